"""Shared layout helpers for corpus 313 (Rodrigo Albarracín Peña): people, HTML shells, signatures.

Only layout lives here; every message text is written in the msgs313_* modules.
"""

from __future__ import annotations

import html as _html
from typing import Any

CANDIDATE_NAME = "Rodrigo Albarracín Peña"
CANDIDATE_ADDR = "rodrigo.albarracin@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def mail(key: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
         body: str | None = None, **extra: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +ZZZZ' in the sender's offset.

    Optional keys: html, company, contact, to, cc, reply_to, charset, cte, html_cte,
    subj_enc, name_enc, headers, parent, quote, pdfs, ics, forward, slug.
    """
    spec: Spec = {"key": key, "kind": kind, "lang": lang, "date": date, "from": frm,
                  "subject": subject, "body": body}
    spec.update(extra)
    return spec


def own(key: str, lang: str, date: str, to: tuple[str, str], subject: str, body: str,
        **extra: Any) -> Spec:
    """A message the candidate sent herself: always `other`, no company, no contact."""
    return mail(key, "other", lang, date, CANDIDATE, subject, body, to=[to], **extra)


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks with <br> line breaks."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def shell(title: str, inner: str, *, brand: str = "", footer: str = "",
          color: str = "#1f4e79") -> str:
    """A plain HTML e-mail page: a coloured band with the brand, the content, a small footer."""
    band = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;'
            f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n') if brand else ""
    foot = (f'<tr><td style="padding:12px 24px;font-size:11px;color:#777777">{footer}</td></tr>\n'
            if footer else "")
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc(title)}</title>\n</head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f"{band}"
        f'<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5;color:#222222">\n'
        f"{inner}\n</td></tr>\n"
        f"{foot}"
        "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def button(label: str, href: str, color: str = "#1f4e79") -> str:
    return (f'<p><a href="{href}" style="display:inline-block;background:{color};color:#ffffff;'
            f'padding:10px 18px;text-decoration:none;border-radius:4px">{esc(label)}</a></p>')


def simple_html(text: str, *, font: str = "Calibri,Arial,sans-serif") -> str:
    """What a desktop mail client sends as the HTML twin of a typed message."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body><div style="font-family:{font};font-size:11pt">\n'
            f"{paras(text)}\n</div></body></html>\n")
