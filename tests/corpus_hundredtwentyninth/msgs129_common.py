"""Small shared pieces for the hundred-twenty-ninth corpus: the candidate, and the HTML
shells that mail tools wrap around a hand-written message.

Only the wrapping is shared (an ATS, a newsletter tool or Outlook wraps every message the
same way); the words inside every message are written one by one in the msgs129_* modules.
"""

from __future__ import annotations

import html as _html

CANDIDATE = ("Ingrid Solheim-Castro", "ingrid.sc@example.no")
ME = CANDIDATE
SIG = "-- "  # the signature delimiter, with its trailing space kept out of the source files


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements with <br> inside."""
    blocks = [b.strip("\n") for b in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>" for b in blocks if b)


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="display:block;height:1px!important;width:1px!important;border:0;margin:0;padding:0">')


def outlook(text: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """What Outlook sends as the HTML side of a message typed as plain paragraphs."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">{esc(line)}</span></p>')
        else:
            out.append('<p class="MsoNormal"><span style="font-size:11.0pt">&nbsp;</span></p>')
    body = "\n".join(out)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{color:#0563C1;text-decoration:underline;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 2.0cm 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def gmail(text: str) -> str:
    """Gmail's HTML side: one div per line, quoted lines ('>') in a gmail_quote blockquote."""
    lines = text.strip("\n").split("\n")
    own = [ln for ln in lines if not ln.startswith(">")]
    quoted = [ln[1:].lstrip() if ln.startswith("> ") or ln == ">" else ln[1:] for ln in lines if ln.startswith(">")]
    out = ['<div dir="ltr">']
    for line in own:
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    out.append("</div>")
    if quoted:
        out.append('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append("<br>\n".join(esc(q) for q in quoted))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def ats(inner: str, *, logo: str, alt: str, footer: str, tracker: str = "", accent: str = "#1a1a1a",
        width: int = 600, bg: str = "#f4f4f4", font: str = "Helvetica,Arial,sans-serif", lang: str = "es") -> str:
    """The layout-table shell an applicant-tracking system puts round a recruiter's text."""
    track = pixel(tracker) if tracker else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title></title>
</head>
<body style="margin:0;padding:0;background-color:{bg};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;background-color:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:24px 32px 8px 32px;"><img src="{logo}" alt="{esc(alt)}" height="40" style="display:block;border:0;height:40px;"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:15px;line-height:22px;color:#222222;">
{inner}
</td></tr>
</table>
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;">
<tr><td style="padding:16px 32px;font-family:{font};font-size:11px;line-height:16px;color:#8a8a8a;text-align:center;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{track}
</body>
</html>
"""


def button(url: str, label: str, color: str = "#0b5cff") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>'
            f'<td style="border-radius:4px;background-color:{color};"><a href="{url}" target="_blank" '
            f'style="display:inline-block;padding:12px 22px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">{esc(label)}</a></td></tr></table>')


def news(header: str, items: list[tuple[str, str, str]], *, logo: str, alt: str, intro: str, footer: str,
         tracker: str, accent: str = "#e85d26", lang: str = "es") -> str:
    """A marketing-tool newsletter or alert digest: header, a column of linked items, a footer."""
    rows = []
    for title, url, blurb in items:
        rows.append(f"""<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee;">
<a href="{url}" style="font-family:Arial,sans-serif;font-size:17px;font-weight:bold;color:{accent};text-decoration:none;">{esc(title)}</a>
<div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#444444;padding-top:4px;">{esc(blurb)}</div>
</td></tr>""")
    body = "\n".join(rows)
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="x-apple-disable-message-reformatting"><title>{esc(header)}</title>
<style type="text/css">@media only screen and (max-width:620px){{.wrap{{width:100%!important}}}}</style></head>
<body style="margin:0;padding:0;background:#eef1f4;">
<div style="display:none;max-height:0;overflow:hidden;">{esc(intro)}</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#eef1f4"><tr><td align="center">
<table class="wrap" role="presentation" width="620" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="margin:20px 0;">
<tr><td style="padding:20px 28px;background:{accent};"><img src="{logo}" alt="{esc(alt)}" width="150" style="display:block;border:0;"></td></tr>
<tr><td style="padding:22px 28px 6px 28px;font-family:Georgia,serif;font-size:24px;color:#111111;">{esc(header)}</td></tr>
<tr><td style="padding:0 28px 12px 28px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#555555;">{esc(intro)}</td></tr>
{body}
<tr><td style="padding:22px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#999999;">{footer}</td></tr>
</table>
</td></tr></table>
{pixel(tracker)}
</body></html>
"""
