"""Shared pieces for corpus 242: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs242_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Valeria Nowak-Etxeberria"
CANDIDATE_ADDR = "valeria.ne@example.es"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature (she writes it herself, in each language).
SIG_ES = "Un saludo,\nValeria Nowak-Etxeberria\n+34 648 213 907\nPamplona"
SIG_EN = "Kind regards,\nValeria Nowak-Etxeberria\n+34 648 213 907\nPamplona, Spain"
SIG_FR = "Bien cordialement,\nValeria Nowak-Etxeberria\n+34 648 213 907\nPampelune (Espagne)"
SIG_DE = "Mit freundlichen Grüßen\nValeria Nowak-Etxeberria\n+34 648 213 907\nPamplona, Spanien"


def quote(text: str) -> str:
    """Prefix every line of text with '> ' (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    if lang == "en":
        return f"On {when}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style quoted message: a rule, From/Sent/To/Subject lines, then the old body."""
    f, s, t, subj = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{subj}: {subject}\n\n{body.strip()}"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    rule, f, d, s, t = _FWD[lang]
    return f"{rule}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body.strip()}"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements, single newlines as <br>."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_html(text: str) -> str:
    """A minimal HTML document around paragraphs (what a webmail sends)."""
    return (
        '<html><head><meta charset="utf-8"></head>\n<body>\n<div dir="ltr">\n'
        f"{paras_html(text)}\n</div>\n</body></html>"
    )


def ats_card(brand: str, colour: str, inner_html: str, footer: str) -> str:
    """An applicant-tracking-system e-mail: coloured header bar, white card, grey footer."""
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><title></title></head>\n'
        '<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:18px 24px;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#222">\n'
        f"{inner_html}\n</td></tr>\n"
        f'<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa">'
        f"{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>"
    )


def button(label: str, url: str, colour: str = "#1a73e8") -> str:
    return (
        f'<p><a href="{url}" style="display:inline-block;background:{colour};color:#fff;'
        f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>'
    )


def word_html(inner_html: str) -> str:
    """The Word-generated HTML that Outlook for Windows sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style></head>\n"
        '<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{inner_html}\n"
        "</div>\n</body></html>"
    )


def mso_paras(text: str) -> str:
    """Paragraphs as Outlook writes them: one p.MsoNormal per line, an empty one between."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_shell(title: str, intro_html: str, items: list[tuple[str, str, str]],
                 footer_html: str, colour: str = "#0b5394") -> str:
    """A newsletter or job-alert digest: header, intro, a list of linked items, footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{colour};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#555;font-size:13px\">{esc(meta)}</span>"
        "</td></tr>"
        for head, meta, url in items
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Verdana,sans-serif;background:#ffffff">\n'
        f'<h1 style="color:{colour};font-size:20px">{esc(title)}</h1>\n'
        f"{intro_html}\n"
        f'<table role="presentation" width="100%">\n{rows}\n</table>\n'
        f'<div style="font-size:11px;color:#777;margin-top:24px">{footer_html}</div>\n'
        "</body></html>"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of a digest."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, meta, url in items:
        lines += [f"* {head}", f"  {meta}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)


def pdf(filename: str, lines: list[str], title: str = "") -> dict:
    """An attached one-page PDF whose page shows these lines (built by the generator)."""
    return {"type": "pdf", "filename": filename, "lines": lines, "title": title or filename}


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        *, seq: int = 0, location: str = "", description: str = "", tzid: str = "",
        attendee: tuple[str, str] = CAND, inline: bool = True, filename: str = "",
        cte: str = "base64", stamp: str = "") -> dict:
    """A calendar part. start/end are local 'YYYY-MM-DD HH:MM' in tzid, or UTC when no tzid.
    inline=True puts it inside multipart/alternative (as Outlook and Google do); filename adds
    it (also) as an attached invite.ics."""
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "seq": seq, "location": location,
            "description": description, "tzid": tzid, "attendee": attendee, "inline": inline,
            "filename": filename, "cte": cte, "stamp": stamp}
