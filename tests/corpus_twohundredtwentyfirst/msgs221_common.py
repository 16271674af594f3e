# ruff: noqa
"""Shared pieces of corpus 221: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs221_*.py modules writes its own words; the shells here
only wrap those words in the markup a mail program, an ATS or a newsletter tool would add.
"""

from __future__ import annotations

import html
import textwrap

CAND_NAME = "Yusuf Brennan-Castaño"
CAND_ADDR = "yusuf.bc@example.es"
CAND = (CAND_NAME, CAND_ADDR)


def body(text: str) -> str:
    """A hand-written body: dedented, no leading blank line, one final newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def quote(text: str, prefix: str = "> ") -> str:
    """Quote a body the way a mail client does on reply."""
    out = []
    for line in body(text).splitlines():
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out) + "\n"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote."""
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, cc: str = "") -> str:
    """The header block Outlook puts above the earlier message in a reply."""
    labels = {
        "en": ("From", "Sent", "To", "Cc", "Subject", ":"),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto", ":"),
        "fr": ("De", "Envoyé", "À", "Cc", "Objet", " :"),
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ":"),
    }[lang]
    f, s, t, c, sub, colon = labels
    lines = ["________________________________", f"{f}{colon} {sender}", f"{s}{colon} {sent}",
             f"{t}{colon} {to}"]
    if cc:
        lines.append(f"{c}{colon} {cc}")
    lines.append(f"{sub}{colon} {subject}")
    return "\n".join(lines) + "\n"


def forwarded_block(lang: str, sender: str, date: str, subject: str, to: str) -> str:
    """The block a webmail puts above a forwarded message."""
    head, f, d, s, t = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    }[lang]
    return f"{head}\n{f}: {sender}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n"


# --- HTML shells (layout only) -------------------------------------------------------------

def _inline(line: str) -> str:
    """Escape one line; bare URLs become links."""
    words = []
    for word in line.split(" "):
        if word.startswith("https://"):
            url = html.escape(word.rstrip(".,)"), quote=True)
            tail = html.escape(word[len(word.rstrip(".,)")):])
            words.append(f'<a href="{url}">{url}</a>{tail}')
        else:
            words.append(html.escape(word, quote=False))
    return " ".join(words)


def paras_html(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Paragraphs of a plain body as HTML; quoted runs ("> ") become a blockquote."""
    chunks: list[str] = []
    for block in body(text).split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_inline(line.lstrip("> ")) for line in lines)
            chunks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        else:
            chunks.append(p_open + "<br>\n".join(_inline(line) for line in lines) + p_close)
    return "\n".join(chunks)


def simple_html(text: str, lang: str = "es") -> str:
    """What a webmail sends as the HTML side of a plain message."""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n<body>\n<div dir="ltr">\n'
            + paras_html(text, "<div>", "</div><div><br></div>")
            + "\n</div>\n</body>\n</html>\n")


def outlook_html(text: str, lang: str = "es-ES") -> str:
    """An Outlook / Word HTML wrapper."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + paras_html(text, '<p class="MsoNormal">', '<o:p></o:p></p>\n'
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(text: str, brand: str, color: str = "#1f4e79", footer: str = "",
             button: tuple[str, str] | None = None) -> str:
    """An ATS notification card: brand bar, the message, an optional button, a small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{html.escape(url)}" '
               f'style="background:{color};color:#fff;padding:10px 18px;text-decoration:none;'
               f'border-radius:4px">{html.escape(label)}</a></td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#777">'
                f'{paras_html(footer, "", "<br>")}</td></tr>\n')
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"></head>\n'
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 32px;font-size:20px">'
        f'{html.escape(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 32px;font-size:14px;line-height:1.5;color:#222">\n'
        + paras_html(text)
        + "\n</td></tr>\n" + btn + foot
        + "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0f766e") -> str:
    """A newsletter / job-alert layout: a title, an intro, a list of linked items, a footer."""
    rows = []
    for head, url, blurb in items:
        rows.append(
            f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
            f'<a href="{html.escape(url)}" style="color:{color};font-weight:bold;font-size:15px">'
            f'{html.escape(head)}</a><br>\n<span style="color:#444;font-size:13px">'
            f'{html.escape(blurb)}</span></td></tr>')
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f'{html.escape(title)}</title></head>\n<body style="background:#fafafa;margin:0">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;'
        'font-family:Helvetica,Arial,sans-serif">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:22px">'
        f'{html.escape(title)}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font-size:14px">{paras_html(intro)}</td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="padding:16px 24px;font-size:11px;color:#888">'
        f'{paras_html(footer, "", "<br>")}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain side of digest_html."""
    out = [title, "=" * len(title), "", body(intro).rstrip("\n"), ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out.append(body(footer).rstrip("\n"))
    return "\n".join(out) + "\n"


# --- attachments -----------------------------------------------------------------------------

def pdf(filename: str, title: str, lines: list[str]) -> dict:
    """A one-page PDF attachment whose page shows these lines."""
    return {"type": "pdf", "filename": filename, "title": title, "lines": lines}


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        *, seq: int = 0, stamp: str, location: str = "", description: str = "",
        tz: str = "Europe/Madrid", as_file: bool = False) -> dict:
    """An iCalendar part (METHOD:REQUEST or CANCEL); times are local to tz, 'YYYY-MM-DD HH:MM'."""
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "seq": seq, "stamp": stamp,
            "location": location, "description": description, "tz": tz, "as_file": as_file}
