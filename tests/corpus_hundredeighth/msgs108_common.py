"""Shared bits of the hundredeighth corpus: the candidate, a spec builder and a few HTML shells.

The HTML shells only dress the hand-written paragraphs of a message the way a given sending tool
would (an ATS layout table, an Outlook-style div, a marketing newsletter); the wording is always
the message's own.
"""

from __future__ import annotations

import html as _html

CAND = "camila.ro@example.co"
CAND_FULL = "Camila Restrepo-Okafor <camila.ro@example.co>"


def M(kind: str, scen: str, frm: str, subj: str, date: str, lang: str, body: str, *,
      company: str = "", contact: str = "", **kw: object) -> dict:
    """One message spec. kw: reply_to, to, cc, struct (plain/html/alt/mixed), cs, cte, html,
    quote, thread (True or list of ids), list (True), headers (dict), attach (list of
    (filename, pdf text)), cal (ics text), cal_method, html_shell (name of an HTML shell + args)."""
    spec = {"kind": kind, "scen": scen, "frm": frm, "subj": subj, "date": date, "lang": lang,
            "body": body.strip("\n") + "\n", "company": company, "contact": contact}
    spec.update(kw)
    return spec


def _paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p style=\"margin:0 0 14px 0\">" + "<br>".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def ats_shell(body: str, *, brand: str, logo: str, color: str = "#1a4d8f", cta: str = "",
              tracker: str = "https://click.example.com/ls/click?upn=", footer: str = "",
              pixel: str = "https://trk.example.com/open.gif?u=cro") -> str:
    """A layout-table HTML mail as applicant-tracking systems send it."""
    button = ""
    if cta:
        button = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{color}" '
                  f'style="border-radius:4px;padding:10px 18px"><a href="{tracker}{abs(hash(cta)) % 99991}" '
                  f'style="color:#ffffff;text-decoration:none;font-weight:bold">{_html.escape(cta)}</a></td></tr></table>')
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{_html.escape(brand)}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
<tr><td style="padding:20px 30px;border-bottom:3px solid {color}"><img src="{logo}" alt="{_html.escape(brand)}" width="140" style="display:block;border:0"></td></tr>
<tr><td style="padding:24px 30px;line-height:1.5">
{_paras(body)}
{button}
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888888;background:#fafafa">{footer}</td></tr>
</table></td></tr></table>
<img src="{pixel}" width="1" height="1" alt="" style="display:none">
</body></html>
"""


def outlook_shell(body: str, *, font: str = "Calibri") -> str:
    """A person's HTML-only mail from a desktop client."""
    return (f'<html><head><meta charset="utf-8"></head><body><div style="font-family:{font},sans-serif;font-size:11pt;color:#1f1f1f">\n'
            + _paras(body) + "\n</div></body></html>\n")


def news_shell(body: str, *, title: str, items: list[tuple[str, str]], unsub: str, color: str = "#0b6e4f") -> str:
    """A newsletter / digest with many tracked links."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eeeeee"><a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">{_html.escape(t)}</a></td></tr>'
        for t, url in items)
    return f"""<html><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:15px;color:#222222">
<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:22px">{_html.escape(title)}</td></tr>
<tr><td style="padding:20px 24px">{_paras(body)}</td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#999999">You receive this because you subscribed. / Recibes este correo porque te suscribiste.
<a href="{unsub}" style="color:#999999">Unsubscribe / Darse de baja</a></td></tr>
</table></td></tr></table><img src="{unsub}&amp;open=1" width="1" height="1" alt="">
</body></html>
"""
