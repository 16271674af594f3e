"""Shared bits of the ninety-seventh corpus: the candidate, and the HTML shells that a few
applicant-tracking systems and mailing tools wrap around their messages.

The shells are the vendors' own look (the same tool sends the same frame); every message that
uses one still brings its own words, greeting, length and signature.
"""

from __future__ import annotations

CANDIDATE_NAME = "Inès Vandermeulen-Osei"
CANDIDATE_ADDR = "ines.vo@example.be"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def ats_table(*, logo: str, logo_alt: str, accent: str, body: str, footer: str,
              pixel: str, font: str = "Arial, Helvetica, sans-serif") -> str:
    """A layout table the way Workday, SmartRecruiters, Taleo and friends send it."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{logo}" alt="{logo_alt}" width="160" style="display:block;border:0;"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:14px;line-height:21px;color:#222222;">
{body}
</td></tr>
<tr><td style="padding:16px 32px;background-color:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#888888;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
<img src="{pixel}" width="1" height="1" alt="" style="display:none;">
</body></html>
"""


def newsletter_frame(*, title: str, logo: str, logo_alt: str, body: str, footer: str,
                     pixel: str) -> str:
    """A marketing-tool newsletter: centred column, coloured header band, many links."""
    return f"""<html>
<head><title>{title}</title></head>
<body style="background:#eeeeee;margin:0;">
<center>
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;">
<tr><td style="background:#1d2b4f;padding:18px;text-align:center;"><img src="{logo}" alt="{logo_alt}" height="40" style="border:0;"></td></tr>
<tr><td style="padding:24px 36px;font-size:15px;line-height:23px;color:#333;">
{body}
</td></tr>
<tr><td style="padding:18px 36px;font-family:Arial,sans-serif;font-size:11px;color:#999;border-top:1px solid #ddd;">
{footer}
</td></tr>
</table>
</center>
<img src="{pixel}" width="1" height="1" border="0" alt="">
</body>
</html>
"""
