"""Shared bits for the hundredninth corpus specs: the candidate, and small HTML helpers.

The helpers only produce the pieces that ATS and marketing tools stamp on every mail (a
tracked link, a tracking pixel, a layout table around hand-written content). The wording of
every message is written in its own spec.
"""

from __future__ import annotations

CAND = "maelle.tn@example.ca"
CAND_NAME = "Maëlle Tremblay-Nakamura"
ME = (CAND_NAME, CAND)


def trk(host: str, token: str) -> str:
    """A click-tracker URL as mailing tools rewrite links."""
    return f"https://{host}/c/{token}?utm_source=newsletter&amp;utm_medium=email"


def pixel(host: str, token: str) -> str:
    """A 1x1 open-tracking image."""
    return (f'<img src="https://{host}/o/{token}.gif" width="1" height="1" alt="" '
            f'style="display:block;border:0;height:1px;width:1px">')


def layout(inner: str, *, logo: str, alt: str, accent: str = "#1d4f91",
           footer: str = "", pix: str = "", width: int = 600, font: str = "Arial,Helvetica,sans-serif") -> str:
    """A centred layout table with a logo row, a content cell and a grey footer, as ATS send it."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:20px 32px 8px 32px"><img src="{logo}" alt="{alt}" height="40" style="display:block;border:0"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:15px;line-height:22px;color:#222222">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;background-color:#f7f7f9;font-family:{font};font-size:11px;line-height:16px;color:#77797d">
{footer}
</td></tr>
</table>
{pix}
</td></tr></table>
</body></html>
"""
