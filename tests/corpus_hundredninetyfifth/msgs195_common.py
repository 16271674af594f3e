"""Shared pieces for corpus 195: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs195_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Roisin Vasquez-Lindholm"
CAND_NAME_ACCENTED = "Róisín Vasquez-Lindholm"
CAND_ADDR = "roisin.vl@example.co.uk"
CANDIDATE = (CAND_NAME, CAND_ADDR)
CANDIDATE_ACCENTED = (CAND_NAME_ACCENTED, CAND_ADDR)

CAND_SIGNATURE = """Roisin Vasquez-Lindholm
07700 900 418 | roisin.vl@example.co.uk
Belfast BT9"""


def M(**spec):  # a short constructor keeps the data modules readable
    """One message spec (a plain dict); the generator documents the keys."""
    return spec


# --------------------------------------------------------------------------- quoting


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do ("> ", or ">" on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


_WROTE = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message ("On ... wrote:", "Am ... schrieb" ...)."""
    return _WROTE[lang].format(when=when, name=name, addr=addr)


def reply_chain(lang: str, when: str, name: str, addr: str, quoted: str) -> str:
    """Attribution line followed by the quoted text."""
    return wrote(lang, when, name, addr) + "\n" + quote(quoted)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet "),
    "es": ("De", "Enviado", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
                  cc: str = "") -> str:
    """An Outlook-style quoted message: a rule, a From/Sent/To/Subject block, then the text."""
    f, s, t, c, j = _OUTLOOK[lang]
    lines = ["_" * 32, f"{f}: {frm}", f"{s}: {sent}", f"{t}: {to}"]
    if cc:
        lines.append(f"{c}: {cc}")
    lines.append(f"{j}: {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded message block as web mail writes it."""
    head, f, d, s, t = _FWD[lang]
    return (f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + body.strip("\n"))


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated paragraphs of plain text as HTML paragraphs (lines kept)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">\n{inner}\n</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def html_page(inner: str, title: str = "") -> str:
    """A bare HTML document around inner."""
    head = f"<title>{esc(title)}</title>\n" if title else ""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n" + head
            + "</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            + inner + "\n</body>\n</html>\n")


def ats_card(brand: str, inner: str, footer: str = "", accent: str = "#1f5f8b",
             button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: a coloured band with the brand, the body, an
    optional button and a small grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{accent};'
               'color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
               f"{esc(label)}</a></p>\n")
    foot = (f'<p style="color:#888;font-size:11px;border-top:1px solid #eee;'
            f'padding-top:8px">{footer}</p>\n') if footer else ""
    return html_page(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:14px 20px;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:20px">\n' + inner + "\n" + btn + foot
        + "</td></tr>\n</table>", title=brand)


def outlook_html(inner: str) -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs and Office namespaces."""
    body = inner.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
        "</head>\n<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#2d6a4f") -> str:
    """A newsletter / job-alert digest: a title, an intro, linked items and a footer."""
    rows = []
    for head, url, blurb in items:
        rows.append(
            f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
            f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:15px">'
            f"{esc(head)}</a><br>\n<span style=\"color:#444\">{esc(blurb)}</span></td></tr>")
    return html_page(
        f'<h2 style="color:{accent}">{esc(title)}</h2>\n<p>{esc(intro)}</p>\n'
        '<table role="presentation" width="100%">\n' + "\n".join(rows) + "\n</table>\n"
        f'<p style="color:#888;font-size:11px">{footer}</p>', title=title)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    out = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out.append(footer)
    return "\n".join(out)
