"""Shared bits for the hundred-thirty-sixth corpus: the candidate, and the HTML shells that the
applicant-tracking systems and mailing tools of this mailbox wrap their (hand-written) text in.

A shell is the vendor's own chrome (layout tables, logo, footer, pixel); the words inside are
written message by message in the msgs136_*.py modules.
"""

from __future__ import annotations

CANDIDATE = "hugo.md@example.be"
CANDIDATE_NAME = "Hugo Marchetti-Diallo"
ME = (CANDIDATE_NAME, CANDIDATE)


def pixel(url: str) -> str:
    """An invisible 1x1 tracking image, the way mailing tools append one."""
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />'


def track(base: str, token: str, text: str, style: str = "color:#0b5cad") -> str:
    """A click-tracked link: the visible text hides a redirect through the tool's domain."""
    return f'<a href="https://{base}/ls/click?upn={token}" style="{style}" target="_blank">{text}</a>'


def calendar(**fields: object) -> dict:
    """An iCalendar event for the generator: method, uid, sequence, times, organizer..."""
    return fields


def pdf(**fields: object) -> dict:
    """A PDF attachment for the generator: filename, title and the lines of its one page."""
    return fields


def workday(tenant: str, logo_alt: str, inner: str, footer: str, color: str = "#005cb9") -> str:
    """Workday's candidate mail: a grey page, a centred white card, the tenant's logo on top."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {color}">
<tr><td style="padding:20px 32px"><img src="https://{tenant}.wd3.myworkday.com/wday/cxs/{tenant}/assets/logo.png" alt="{logo_alt}" width="140" style="border:0"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;color:#888888">
{footer}
</td></tr>
</table>
</td></tr></table>
{pixel(f"https://{tenant}.wd3.myworkday.com/o/{tenant}-open.gif")}
</body></html>
"""


def greenhouse(company: str, logo: str, inner: str, token: str) -> str:
    """Greenhouse: a plain single column, the company logo, a grey 'Powered by' line."""
    return f"""<html>
<head><meta charset="utf-8"></head>
<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#24292e">
<div style="max-width:560px;margin:0 auto;padding:16px">
<p><img src="{logo}" alt="{company} logo" height="40"></p>
{inner}
<hr style="border:none;border-top:1px solid #e1e4e8;margin:28px 0 12px 0">
<p style="font-size:11px;color:#959da5">Powered by <a href="https://www.greenhouse.io" style="color:#959da5">Greenhouse</a> &middot; This message was sent on behalf of {company}.</p>
</div>
<img src="https://click.greenhouse-mail.io/o/{token}.png" width="1" height="1" alt="">
</body>
</html>
"""


def smartrecruiters(company: str, inner: str, footer: str, token: str, prefs: str) -> str:
    """SmartRecruiters: header band in the company's colour, centred table, legal footer."""
    return f"""<html><head><meta name="viewport" content="width=device-width"></head>
<body bgcolor="#eef1f4" style="margin:0">
<center>
<table width="620" cellpadding="0" cellspacing="0" style="font-family:'Open Sans',Arial,sans-serif">
  <tr><td bgcolor="#1d3557" style="padding:18px 28px;color:#ffffff;font-size:18px;font-weight:bold">{company}</td></tr>
  <tr><td bgcolor="#ffffff" style="padding:28px;font-size:14px;line-height:22px;color:#2b2b2b">
  {inner}
  </td></tr>
  <tr><td style="padding:14px 28px;font-size:11px;color:#7a7a7a;line-height:16px">
  {footer}<br>
  <a href="https://jobs.smartrecruiters.com/unsubscribe?t={token}" style="color:#7a7a7a">{prefs}</a>
  </td></tr>
</table>
</center>
<img alt="" src="https://email.smartrecruiters.com/wf/open?upn={token}" width="1" height="1" border="0">
</body></html>"""


def teamtailor(company: str, accent: str, inner: str, career_site: str, token: str) -> str:
    """Teamtailor: rounded card, big friendly type, career-site link at the bottom."""
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><style>p{{margin:0 0 14px 0}}</style></head>
<body style="background:#fbf7f2;margin:0;padding:32px 0">
<table align="center" width="100%" style="max-width:540px;background:#ffffff;border-radius:12px" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 36px 8px 36px"><img src="https://{career_site}/logo.svg" alt="{company}" height="34"></td></tr>
<tr><td style="padding:8px 36px 28px 36px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#1f1f1f">
{inner}
</td></tr>
<tr><td style="padding:14px 36px 28px 36px;border-top:1px solid #f0ebe4;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#8a8178">
<a href="https://{career_site}" style="color:{accent};text-decoration:none">{career_site}</a><br>
Tu reçois cet e-mail parce que tu as postulé via notre site carrière. <a href="https://{career_site}/connect/unsubscribe?t={token}" style="color:#8a8178">Gérer mes données</a>
</td></tr>
</table>
<img src="https://teamtailor-mail.com/t/o/{token}.gif" width="1" height="1" alt="" style="display:none">
</body></html>
"""


def personio(company: str, inner: str, imprint: str, token: str) -> str:
    """Personio: sober, left-aligned, the company's imprint in small print."""
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 28px;max-width:600px">
<img src="https://{token[:6]}.jobs.personio.de/logo.png" alt="{company}" style="max-height:48px;margin-bottom:18px"><br>
{inner}
<p style="font-size:11px;color:#8c8c8c;margin-top:32px;border-top:1px solid #e6e6e6;padding-top:10px">{imprint}</p>
</td></tr></table>
<img src="https://mail.personio.de/o/{token}" width="1" height="1" alt="">
</body>
</html>"""


def taleo(inner: str, footer: str, auto_line: str) -> str:
    """Oracle Taleo: an old-fashioned table with fonts in <font> tags and a fixed legal footer."""
    return f"""<HTML><HEAD><META content="text/html; charset=windows-1252" http-equiv=Content-Type></HEAD>
<BODY>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=640>
<TR><TD><FONT face=Arial size=2>
{inner}
</FONT></TD></TR>
<TR><TD><BR><HR noShade SIZE=1><FONT face=Arial size=1 color=#666666>{footer}<BR>{auto_line}</FONT></TD></TR>
</TABLE>
</BODY></HTML>
"""
