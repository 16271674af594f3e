"""Layout helpers shared by the message modules of corpus 352: quoting, attribution lines,
Outlook header blocks, signatures and HTML shells. No message text lives here."""

from __future__ import annotations

import html

CANDIDATE_NAME = "Baptiste Kerhervé-Nakamura"
CANDIDATE_ADDR = "baptiste.kerherve@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def quote(text: str) -> str:
    """Quote a body the way mail programs do ("> " before every line)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.strip("\n").split("\n"))


def reply(new: str, attribution: str, old: str) -> str:
    """A reply: new text, the localized attribution line, the quoted earlier message."""
    return f"{new.rstrip()}\n\n{attribution}\n{quote(old)}\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """An Outlook-style block ("From:/Sent:/To:/Subject:") above an unquoted earlier message."""
    f, s, t, subj = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    return (
        "________________________________\n"
        f"{f}{sep} {frm}\n{s}{sep} {sent}\n{t}{sep} {to}\n{subj}{sep} {subject}\n\n"
        f"{old.strip()}\n"
    )


def signature(*lines: str) -> str:
    """A signature block after the conventional "-- " separator."""
    return "-- \n" + "\n".join(lines) + "\n"


def html_shell(text: str, *, brand: str = "", footer: str = "", color: str = "#5a1a2b") -> str:
    """Turn plain paragraphs into a simple HTML mail (layout only; the words are the caller's).

    Lines starting with "> " become a blockquote; blank lines split paragraphs."""
    blocks = text.strip("\n").split("\n\n")
    out: list[str] = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ").rstrip()) for line in lines)
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
        else:
            inner = "<br>\n".join(html.escape(line) for line in lines)
            out.append(f'<p style="margin:0 0 12px 0">{inner}</p>')
    head = (
        f'<div style="background:{color};color:#fff;padding:14px 20px;font-size:18px">'
        f"{html.escape(brand)}</div>\n"
        if brand
        else ""
    )
    foot = (
        f'<p style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:8px">'
        f"{html.escape(footer)}</p>\n"
        if footer
        else ""
    )
    body = "\n".join(out)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{head}<div style=\"padding:16px 20px\">\n{body}\n</div>\n{foot}</body></html>\n"
    )
