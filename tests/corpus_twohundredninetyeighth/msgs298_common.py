"""Shared layout helpers for corpus 298: the candidate, the spec shorthand, HTML shells.

Layout only: no message text lives here except the candidate's own signature.
"""

from __future__ import annotations

import html
from typing import Any

YUKI = ("Yuki Tanabe-Schmidt", "yuki.ts@example.co.uk")
SIG_YUKI = "Yuki Tanabe-Schmidt\nUX Writer | Content Design\n+44 7700 900418"

Spec = dict[str, Any]


def M(key: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
      body: str, company: str = "", contact: str = "", **extra: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +ZZZZ' in the sender's offset."""
    spec: Spec = {"key": key, "kind": kind, "lang": lang, "date": date, "frm": frm,
                  "subject": subject, "body": body, "company": company, "contact": contact}
    spec.update(extra)
    return spec


def cal(**fields: Any) -> Spec:
    """A calendar event: method, uid, seq, stamp, start, end, tz, summary, location,
    organizer; optional prodid, cte, attach, filename."""
    return fields


def _paragraphs(text: str) -> str:
    out: list[str] = []
    quoted: list[str] = []
    block: list[str] = []

    def flush_block() -> None:
        if block:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in block) + "</p>")
            block.clear()

    def flush_quote() -> None:
        if quoted:
            inner = "<br>\n".join(html.escape(x) for x in quoted)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + inner + "</blockquote>")
            quoted.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_block()
            quoted.append(line.lstrip("> "))
        elif not line.strip():
            flush_block()
            flush_quote()
        else:
            flush_quote()
            block.append(line)
    flush_block()
    flush_quote()
    return "\n".join(out)


def html_page(text: str, brand: str = "", accent: str = "#1f3a5f", lang: str = "en",
              footer: str = "") -> str:
    """A plain transactional HTML shell around paragraphs made from `text`."""
    head = (f'<tr><td style="background:{accent};color:#fff;padding:14px 24px;'
            f'font:bold 18px Arial,sans-serif">{html.escape(brand)}</td></tr>\n'
            if brand else "")
    foot = (f'<tr><td style="padding:12px 24px;color:#888;font:11px Arial,sans-serif">'
            f"{html.escape(footer)}</td></tr>\n" if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        "<title></title>\n</head>\n"
        '<body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{head}"
        '<tr><td style="background:#fff;padding:20px 24px;font:14px/1.5 Arial,sans-serif;'
        'color:#222">\n'
        f"{_paragraphs(text)}\n"
        "</td></tr>\n"
        f"{foot}"
        "</table>\n</body>\n</html>\n"
    )


def html_simple(text: str) -> str:
    """What a desktop mail program writes for a short human message."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body dir="ltr"><div style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n' + _paragraphs(text) + "\n</div></body></html>\n")


def digest_html(title: str, intro: str, items: list[tuple[str, str]], footer: str,
                lang: str = "en") -> str:
    """A bulk newsletter / job-alert layout: a title, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="https://links.example.net/r/{i}" style="color:#0b57d0;font-weight:bold">'
        f"{html.escape(head)}</a><br>\n<span>{html.escape(desc)}</span></td></tr>"
        for i, (head, desc) in enumerate(items, 1))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>'
        f"{html.escape(title)}</title></head>\n"
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<table width="600" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff;padding:24px">\n'
        f"<tr><td><h1 style=\"font-size:20px\">{html.escape(title)}</h1>\n"
        f"<p>{html.escape(intro)}</p></td></tr>\n{rows}\n"
        f'<tr><td style="font-size:11px;color:#777;padding-top:18px">{html.escape(footer)}'
        "</td></tr>\n</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str]], footer: str) -> str:
    """The text/plain twin of digest_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for i, (head, desc) in enumerate(items, 1):
        lines += [f"* {head}", f"  {desc}", f"  https://links.example.net/r/{i}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def bulk_headers(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or job alert."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
