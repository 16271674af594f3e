"""Shared pieces of the hundred-and-forty-first corpus: the candidate, HTML shells, ids.

The shells are the page layouts the sending tools wrap around a message (an ATS template, an
Outlook or Gmail HTML body, a newsletter). The words inside each message are written by hand in
the msgs141_*.py modules; only the wrapping is shared, as it is in real mail.
"""

from __future__ import annotations

import hashlib

CANDIDATE = "hannah.kr@example.co.uk"
CANDIDATE_NAME = "Hannah Kowalczyk-Reid"
ME = (CANDIDATE_NAME, CANDIDATE)


def digest(seed: str, size: int = 16) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:size]


def hannah_mid(seed: str) -> str:
    """A Message-ID of a mail the candidate sent that is not itself in the corpus."""
    return f"<{digest('hannah' + seed, 24)}@mail.example.co.uk>"


def gmail_mid(seed: str) -> str:
    raw = digest("gmail" + seed, 40)
    return f"<CA{raw[:2].upper()}+{raw[2:30]}{raw[30:].upper()}@mail.gmail.com>"


def outlook_mid(seed: str, host: str = "DB9PR02MB7163") -> str:
    raw = digest("outlook" + seed, 32).upper()
    return f"<{host}{raw[:12]}{raw[12:28]}@{host}.eurprd02.prod.outlook.com>"


def apple_mid(seed: str) -> str:
    raw = digest("apple" + seed, 32).upper()
    return f"<{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:32]}@example.co.uk>"


def track(host: str, seed: str) -> str:
    """A click-tracker link."""
    return f"https://{host}/ls/click?upn={digest(seed, 40)}-2B{digest(seed + 'x', 12)}"


def pixel(host: str, seed: str) -> str:
    return f"https://{host}/wf/open?upn={digest(seed + 'open', 48)}"


def paras(*blocks: str, style: str = "margin:0 0 14px 0;") -> str:
    """Paragraphs for an HTML body; each block is already HTML-safe text."""
    return "\n".join(f'<p style="{style}">{block}</p>' for block in blocks)


def ats_shell(inner: str, *, title: str, logo_src: str, logo_alt: str, footer: str,
              accent: str = "#1f4e79", pixel_src: str | None = None, preheader: str = "") -> str:
    """A table-layout template of the kind applicant-tracking systems send."""
    hidden = (f'<span style="display:none;font-size:1px;color:#ffffff;max-height:0;'
              f'overflow:hidden;mso-hide:all;">{preheader}</span>\n' if preheader else "")
    tracker = (f'<img src="{pixel_src}" width="1" height="1" alt="" '
               f'style="display:block;border:0;width:1px;height:1px;">\n' if pixel_src else "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
{hidden}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#2b2b2b;">
<tr><td style="padding:22px 32px;border-bottom:3px solid {accent};"><img src="{logo_src}" alt="{logo_alt}" width="170" height="42" style="display:block;border:0;outline:none;"></td></tr>
<tr><td style="padding:28px 32px 12px 32px;">
{inner}
</td></tr>
<tr><td style="padding:18px 32px;background-color:#f7f7f7;font-size:11px;line-height:16px;color:#7a7a7a;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{tracker}</body>
</html>
"""


def card_shell(inner: str, *, footer: str, accent: str = "#5b4cdb", pixel_src: str | None = None) -> str:
    """The lighter, div-based layout of newer ATS tools and start-ups."""
    tracker = f'<img src="{pixel_src}" alt="" width="1" height="1" style="border:0;">' if pixel_src else ""
    return f"""<html>
<head><meta charset="__CHARSET__"></head>
<body style="background:#fbfbfd;margin:0;padding:32px 0;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e6e6ef;border-radius:10px;padding:32px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#1d1d29;">
<div style="height:4px;background:{accent};border-radius:2px;margin-bottom:24px;"></div>
{inner}
</div>
<div style="max-width:560px;margin:16px auto 0 auto;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#8a8a99;text-align:center;">
{footer}
</div>
{tracker}
</body>
</html>
"""


def outlook_shell(inner: str) -> str:
    """The HTML body Outlook writes."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{color:#0563C1;text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def gmail_shell(inner: str, quote: str = "") -> str:
    """The HTML body Gmail writes, with an optional quoted block."""
    quoted = (f'<br><div class="gmail_quote">{quote}</div>' if quote else "")
    return f'<div dir="ltr">{inner}</div>{quoted}\n'


def newsletter_shell(inner: str, *, title: str, masthead: str, masthead_alt: str, footer: str,
                     pixel_src: str, bg: str = "#eef1f4", accent: str = "#0b6e4f") -> str:
    """A marketing-tool newsletter: nested tables, hidden preheader, tracking pixel."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">
<title>{title}</title>
<style type="text/css">
  body {{ margin:0; padding:0; }}
  table, td {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
  img {{ border:0; height:auto; line-height:100%; outline:none; text-decoration:none; }}
  @media only screen and (max-width:620px) {{ .wrap {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg};">
<center>
<table role="presentation" class="wrap" width="620" cellpadding="0" cellspacing="0" border="0" style="width:620px;margin:0 auto;">
<tr><td style="padding:18px 0 10px 0;font-family:Georgia,'Times New Roman',serif;font-size:11px;color:#6b7178;text-align:right;"><a href="{pixel_src.replace('/wf/open', '/view')}" style="color:#6b7178;">View in browser</a></td></tr>
<tr><td style="background-color:{accent};padding:22px 28px;"><img src="{masthead}" alt="{masthead_alt}" width="240" style="display:block;"></td></tr>
<tr><td style="background-color:#ffffff;padding:26px 28px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:25px;color:#22262a;">
{inner}
</td></tr>
<tr><td style="padding:20px 28px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:17px;color:#6b7178;">
{footer}
</td></tr>
</table>
</center>
<img src="{pixel_src}" width="1" height="1" alt="" style="display:none;">
</body>
</html>
"""


def ics_event(*, method: str, uid: str, sequence: int, summary: str, start: str, end: str,
              organizer: tuple[str, str], location: str, description: str, stamp: str,
              lang: str = "en-GB", status: str = "CONFIRMED",
              prodid: str = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN") -> str:
    """A VCALENDAR with one VEVENT; times in UTC (yyyymmddThhmmssZ)."""
    org_name, org_addr = organizer
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{CANDIDATE_NAME}":mailto:{CANDIDATE}',
        f"DESCRIPTION;LANGUAGE={lang}:{description}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{summary}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{sequence}",
        f"LOCATION;LANGUAGE={lang}:{location}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)
