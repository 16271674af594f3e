"""Shared pieces of corpus 216: the candidate, quoting helpers, attachment specs and HTML shells.

Everything here is layout. The words of every message are written in the msgs216_*.py modules.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Mathis Kowalczyk-Aubry"
CANDIDATE_ADDR = "mathis.ka@example.de"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)
CAND_PHONE = "+49 171 5550 1234"


def M(**spec):
    """One message spec. Keys used by the generator:

    id, kind, slug, lang, company, contact       -- identity and label
    frm, reply_to, to, cc                        -- (name, addr) tuples (to/cc: lists allowed)
    frm_enc                                      -- (charset, "Q"|"B") for the From display name
    subject, subj_enc                            -- subject and its encoded-word charset/encoding
    date                                         -- "YYYY-MM-DD HH:MM +hhmm"
    re                                           -- id of the message this one answers
    text, html                                   -- bodies (either or both)
    charset, cte, html_charset, html_cte         -- body charsets and transfer encodings
    attach                                       -- list of pdf()/ics()/rfc822() specs
    headers                                      -- list of (name, value) extra headers
    """
    spec.setdefault("to", CAND)
    return spec


# ---------------------------------------------------------------- quoting

def quote(text, prefix="> "):
    """Quote every line of text the way mail programs do ("> " and ">" on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line.strip():
            out.append(prefix + line)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out)


def wrote(lang, when, name, addr):
    """The attribution line above a quoted message, in the reader's mail program language."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang, frm, sent, to, subject, body, cc=None):
    """An Outlook-style original-message block ("From: / Sent:") with its body unquoted."""
    labels = {
        "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
        "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
        "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
        "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    }[lang]
    head = [f"{labels[0]} {frm}", f"{labels[1]} {sent}", f"{labels[2]} {to}"]
    if cc:
        head.append(f"{labels[3]} {cc}")
    head.append(f"{labels[4]} {subject}")
    return "_" * 32 + "\n" + "\n".join(head) + "\n\n" + body.strip("\n")


def forwarded(lang, frm, when, subject, to, body):
    """An inline forwarded-message block as Gmail-like programs write it."""
    title = {
        "de": "---------- Weitergeleitete Nachricht ---------",
        "en": "---------- Forwarded message ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    names = {
        "de": ("Von", "Date", "Subject", "To"),
        "en": ("From", "Date", "Subject", "To"),
        "fr": ("De", "Date", "Subject", "To"),
        "es": ("De", "Date", "Subject", "To"),
    }[lang]
    return (f"{title}\n{names[0]}: {frm}\n{names[1]}: {when}\n{names[2]}: {subject}\n"
            f"{names[3]}: {to}\n\n{body.strip(chr(10))}")


# ---------------------------------------------------------------- attachments

def pdf(filename, lines):
    """A small PDF attachment whose page shows the given lines."""
    return {"type": "pdf", "filename": filename, "lines": list(lines)}


def ics(method, uid, start, end, summary, organizer, *, seq=0, tz="Europe/Berlin",
        location="", description="", status=None, inline=True, filename="invite.ics",
        attendees=(), stamp=None):
    """An iCalendar part (METHOD REQUEST or CANCEL). start/end: "YYYYMMDDTHHMMSS" local to tz."""
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "seq": seq, "tz": tz,
            "location": location, "description": description, "status": status,
            "inline": inline, "filename": filename, "attendees": list(attendees),
            "stamp": stamp or start}


def rfc822(**inner):
    """A forwarded message attached as message/rfc822 (same keys as M, no label keys)."""
    inner.setdefault("to", CAND)
    return {"type": "rfc822", "spec": inner}


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text):
    return _html.escape(text, quote=False)


def paras(text):
    """Blank-line separated paragraphs to <p> elements, single newlines to <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(inner, charset="utf-8", lang="de"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f'{inner}\n</body>\n</html>')


def ats_card(brand, inner, footer, color="#1f4e79", charset="utf-8", lang="de", button=None):
    """A hosted-ATS notification: brand bar, white card, optional button, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{esc(url)}" style="background:{color};'
               f'color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
               f'{esc(label)}</a></p>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<title>{esc(brand)}</title>\n</head>\n'
            f'<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">'
            f'{esc(brand)}</td></tr>\n'
            f'<tr><td style="background:#fff;padding:24px;font-size:14px;line-height:1.5">\n'
            f'{inner}\n{btn}</td></tr>\n'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280">\n{footer}\n'
            f'</td></tr>\n</table>\n</body>\n</html>')


def outlook_html(inner, charset="utf-8", lang="DE"):
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs in a WordSection1 div."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
        'div.WordSection1 {page:WordSection1;}\n'
        '--></style>\n</head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f'{inner}\n'
        '</div>\n</body>\n</html>')


def mso(text):
    """Plain text as Outlook MsoNormal paragraphs, one per line, empty lines as &nbsp;."""
    out = []
    for line in text.strip("\n").split("\n"):
        body = esc(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(title, intro, items, footer, color="#0b6e4f", charset="utf-8", lang="de"):
    """A newsletter/digest: title, intro, then items (headline, blurb, url), then footer."""
    rows = []
    for headline, blurb, url in items:
        rows.append(
            f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
            f'<a href="{esc(url)}" style="color:{color};font-weight:bold;font-size:15px">'
            f'{esc(headline)}</a><br>\n<span style="font-size:13px;color:#374151">'
            f'{esc(blurb)}</span></td></tr>')
    rows_html = "\n".join(rows)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<title>{esc(title)}</title>\n</head>\n<body style="margin:0;background:#fafafa">\n'
            f'<table role="presentation" width="640" align="center" cellpadding="0" '
            f'cellspacing="0" style="background:#fff;font-family:Georgia,serif">\n'
            f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:22px">'
            f'{esc(title)}</td></tr>\n'
            f'<tr><td style="padding:16px 24px;font-size:14px">{esc(intro)}</td></tr>\n'
            f'{rows_html}\n'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280">'
            f'{paras(footer)}</td></tr>\n'
            f'</table>\n</body>\n</html>')


def digest_text(title, intro, items, footer):
    """The text/plain twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for headline, blurb, url in items:
        lines += [f"* {headline}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines)
