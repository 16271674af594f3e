"""What the hundred-and-twenty-third corpus's data modules share: the candidate, a marker for a
plain-text part the mailer derives from its HTML, and a few HTML shells the way some senders
lay out their mail (the wording inside every shell is written per message).

Dario Menéndez-Holt is a call-centre team lead in Guadalajara who moves into customer success
and support operations in SaaS.
"""

from __future__ import annotations

CANDIDATE = "dario.mh@example.mx"
CAND_NAME = "Dario Menéndez-Holt"
ME = (CAND_NAME, CANDIDATE)

# text="AUTO": the sending tool builds the plain part from its HTML (many ATS and newsletter tools do).
AUTO = "AUTO"


def ats_table(logo_alt: str, logo_src: str, body: str, footer: str, *, accent: str = "#1a73e8",
              pixel: str = "", width: int = 600, font: str = "Arial,Helvetica,sans-serif") -> str:
    """A centred layout table with a logo row, a body cell and a grey footer, as ATS send it."""
    pixel_img = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0" />'
                 if pixel else "")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};font-family:{font};">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{logo_src}" alt="{logo_alt}" height="36" style="display:block;border:0;height:36px;" /></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:15px;line-height:22px;color:#222222;">
{body}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:16px;color:#8a8a8a;">
{footer}
</td></tr>
</table>
{pixel_img}
</td></tr></table>
</body></html>
"""


def newsletter(title: str, preheader: str, body: str, footer: str, *, pixel: str = "",
               brand_color: str = "#0b5345") -> str:
    """A marketing-tool newsletter: hidden preheader, banner, content blocks, legal footer."""
    pixel_img = f'<img src="{pixel}" width="1" height="1" border="0" alt="" />' if pixel else ""
    return f"""<html>
<head><title>{title}</title>
<style type="text/css">body{{margin:0}} a{{color:{brand_color}}} .btn{{background:{brand_color};color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px}}</style></head>
<body style="margin:0;background:#eeeeee;">
<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>
<center>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;">
<tr><td bgcolor="{brand_color}" style="padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold;">{title}</td></tr>
<tr><td style="padding:22px 28px;font-size:16px;line-height:24px;color:#333333;">
{body}
</td></tr>
<tr><td style="padding:18px 28px;border-top:1px solid #dddddd;font-family:Arial,sans-serif;font-size:11px;color:#999999;">
{footer}
</td></tr>
</table>
</center>
{pixel_img}
</body>
</html>
"""
