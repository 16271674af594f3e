"""Shared layout helpers for corpus 325: the candidate, a spec helper, HTML shells.

Layout only: no message text lives here.
"""

from __future__ import annotations

import html
from typing import Any

ME = ("Ximena Carvajal Ruiz", "ximena.carvajal@example.es")
ME_SHORT = ("Ximena Carvajal", "ximena.carvajal@example.es")

BULK = [("Precedence", "bulk")]

LANG_FONT = {"es": "Arial", "en": "Helvetica", "de": "Verdana", "fr": "Georgia"}


def m(key: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
      text: str, company: str = "", contact: str = "", **extra: Any) -> dict[str, Any]:
    """One hand-written message spec."""
    return {"key": key, "kind": kind, "lang": lang, "date": date, "frm": frm,
            "subject": subject, "text": text, "company": company, "contact": contact, **extra}


def mine(key: str, lang: str, date: str, to: tuple[str, str], subject: str, text: str,
         **extra: Any) -> dict[str, Any]:
    """The candidate's own sent mail: always `other`, never a contact."""
    return m(key, "other", lang, date, ME, subject, text, to=to,
             headers=[("X-Mailer", "Thunderbird 128.6.0")], **extra)


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def html_shell(text: str, lang: str) -> str:
    """Wrap plain text as a simple HTML mail: paragraphs, quoted lines in a blockquote."""
    font = LANG_FONT.get(lang, "Arial")
    blocks: list[str] = []
    quote: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quote:
            inner = "<br>\n".join(html.escape(x) for x in quote)
            blocks.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                          f'color:#555">{inner}</blockquote>')
            quote.clear()

    for line in text.splitlines():
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip("> "))
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(blocks)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font},sans-serif;font-size:14px">\n{body}\n'
            "</body></html>\n")


def branded(title: str, body_html: str, footer: str, lang: str, colour: str = "#2b6e4f") -> str:
    """An ATS / newsletter style HTML template with a coloured header bar."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head>\n"
            '<body style="margin:0;background:#f4f4f4">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="24" cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{colour};color:#fff;font:bold 18px Arial">'
            f"{html.escape(title)}</td></tr>\n"
            f'<tr><td style="font:14px/1.5 Arial;color:#222">\n{body_html}\n</td></tr>\n'
            f'<tr><td style="font:11px Arial;color:#888">{footer}</td></tr>\n'
            "</table></td></tr></table>\n</body></html>\n")
