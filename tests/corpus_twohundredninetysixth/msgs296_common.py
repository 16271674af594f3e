"""Shared layout for the twohundredninetysixth corpus specs: the candidate, HTML shells,
signatures and list headers. Layout only; every message text lives in the other modules."""

from __future__ import annotations

import html as _html

ME = ("Amélie Kouassi", "amelie.kouassi@example.fr")


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML paragraphs, line breaks kept."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + "<br>\n".join(_html.escape(line) for line in b.split("\n")) + "</p>"
        for b in blocks
    )


def shell(inner: str, brand: str = "", colour: str = "#1f3a5f", foot: str = "",
          lang: str = "fr") -> str:
    """A typical table-based HTML mail layout around inner (already HTML)."""
    head = (f'<tr><td style="background:{colour};color:#ffffff;padding:16px 24px;'
            f'font-size:18px;font-weight:bold">{_html.escape(brand)}</td></tr>\n'
            if brand else "")
    footer = (f'<tr><td style="padding:12px 24px;font-size:11px;color:#777777">'
              f"{foot}</td></tr>\n" if foot else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
        '<body style="margin:0;padding:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'line-height:1.5;color:#222222">\n'
        f"{head}"
        f'<tr><td style="padding:24px">\n{inner}\n</td></tr>\n'
        f"{footer}"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def html_of(text: str, brand: str = "", colour: str = "#1f3a5f", foot: str = "",
            lang: str = "fr") -> str:
    """The HTML twin of a plain body, in the shell."""
    return shell(paras(text), brand, colour, foot, lang)


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Bulk-mail headers of a newsletter or job-alert list."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


def auto_headers() -> list[tuple[str, str]]:
    """Headers of an automatic reply (out of office)."""
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "auto_reply")]


def ats(name: str) -> list[tuple[str, str]]:
    """A marker header some ATS put on their notifications."""
    return [("X-Mailer", name), ("Auto-Submitted", "auto-generated")]
