"""Layout helpers shared by the hand-written specs of corpus 340.

Only layout lives here (HTML shells, signatures as blocks); every sentence of every message is
written in the msgs340_* modules themselves.
"""

from __future__ import annotations

import html

CANDIDATE = ("Yannick Mbemba-Lefort", "yannick.mbemba@example.be")

LIST_HEADERS = "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence"


def text_of(paras: list[str]) -> str:
    """Plain text: paragraphs separated by one blank line."""
    return "\n\n".join(paras)


def html_doc(paras: list[str], *, brand: str = "", footer: str = "", lang: str = "fr",
             color: str = "#1f3a5f") -> str:
    """A small HTML mail: optional brand bar, one <p> per paragraph, optional grey footer."""
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">',
           '<head><meta charset="utf-8"><title></title></head>',
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">']
    if brand:
        out.append(f'<div style="background:{color};color:#fff;padding:12px 18px;'
                   f'font-weight:bold">{html.escape(brand)}</div>')
    out.append('<div style="padding:12px 18px">')
    for para in paras:
        body = "<br>\n".join(html.escape(line) for line in para.split("\n"))
        out.append(f"<p>{body}</p>")
    out.append("</div>")
    if footer:
        out.append('<div style="color:#888;font-size:11px;padding:8px 18px">'
                   f"{html.escape(footer)}</div>")
    out.append("</body>\n</html>")
    return "\n".join(out)


def alt(paras: list[str], **kw: str) -> dict[str, str]:
    """The same paragraphs as a text part and an HTML part (multipart/alternative)."""
    text = text_of(paras)
    if kw.get("footer"):
        text += "\n\n--\n" + kw["footer"]
    return {"text": text, "html": html_doc(paras, **kw)}


def html_only(paras: list[str], **kw: str) -> dict[str, str]:
    """An HTML-only body."""
    return {"html": html_doc(paras, **kw)}


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers for digests and newsletters."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def auto_reply() -> dict[str, str]:
    """Headers of an out-of-office answer."""
    return {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
