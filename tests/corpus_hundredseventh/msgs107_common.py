"""Shared helpers for the hundredseventh corpus specs: a spec constructor, dates and HTML shells.

The shells only give the layout a mail tool would put around hand-written text; every message's
wording is written by hand in the msgs107_*.py modules.
"""

from __future__ import annotations

import html as _html

CANDIDATE = "Yusuf Demirci-Lindqvist <yusuf.dl@example.se>"


def D(stamp: str) -> str:
    """'MM-DD HH:MM' in 2026, local time of Hamburg (CET/CEST)."""
    return "2026-" + stamp


def M(kind, scen, lang, frm, subject, date, body, company="", contact="", **kw):
    spec = {"kind": kind, "scen": scen, "lang": lang, "frm": frm, "subject": subject, "date": D(date),
                "body": body, "company": company, "contact": contact}
    spec.update(kw)
    return spec


def paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + _html.escape(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def ats_shell(brand: str, text: str, *, color: str = "#1f4e79", track: str = "",
              footer: str = "", logo: str = "", button: tuple[str, str] | None = None) -> str:
    """A layout-table mail as ATS tools send it: logo, body, optional button, footer, pixel."""
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{color}" '
               f'style="border-radius:4px;padding:10px 18px"><a href="{button[1]}" '
               f'style="color:#ffffff;text-decoration:none;font-weight:bold">{_html.escape(button[0])}</a>'
               f'</td></tr></table>')
    pixel = f'<img src="{track}/open.gif" width="1" height="1" alt="" style="display:none">' if track else ""
    logo_img = (f'<img src="{logo}" alt="{_html.escape(brand)}" width="140" style="display:block;border:0">'
                if logo else f'<span style="font-size:20px;color:{color}">{_html.escape(brand)}</span>')
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{_html.escape(brand)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">
<tr><td style="padding:20px 28px;border-bottom:3px solid {color}">{logo_img}</td></tr>
<tr><td style="padding:24px 28px;line-height:1.5">
{paras(text)}
{btn}
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888888;background:#fafafa">{footer}</td></tr>
</table></td></tr></table>
{pixel}
</body></html>
"""


def news_shell(brand: str, items: list[tuple[str, str, str]], intro: str, unsub: str, legal: str) -> str:
    """A newsletter: a list of (title, teaser, tracked link) cards."""
    cards = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee">'
        f'<a href="{link}" style="font-size:16px;color:#0b5cad;font-weight:bold;text-decoration:none">{_html.escape(t)}</a>'
        f'<div style="color:#444444;font-size:13px">{_html.escape(teaser)}</div></td></tr>'
        for t, teaser, link in items)
    return f"""<html><body style="font-family:Verdana,sans-serif;background:#ffffff">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 24px;background:#102a43;color:#ffffff;font-size:18px">{_html.escape(brand)}</td></tr>
<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>
{cards}
<tr><td style="padding:16px 24px;font-size:10px;color:#999999">{_html.escape(legal)}<br><a href="{unsub}">Unsubscribe / Abmelden</a></td></tr>
</table><img src="{unsub.split('?')[0]}/px.gif" width="1" height="1" alt=""></body></html>
"""
