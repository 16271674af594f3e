"""Shared bits of the hundred-and-twenty-fourth corpus: the candidate, a few thread Message-IDs
and the HTML shells that mail tools wrap around a message (ATS layouts, Outlook, Gmail,
newsletters). The wording of every message lives in the msgs124_*.py modules, not here.
"""

from __future__ import annotations

import hashlib
import html as _html

ME_NAME = "Saoirse Lindqvist"
ME_ADDR = "saoirse.l@example.ie"
ME = f"{ME_NAME} <{ME_ADDR}>"

# Message-IDs that more than one message refers to (threads across the corpus).
MID = {
    # the candidate's own mail
    "leeside_apply": "<CAJx8kQp3Lw2N0v@mail.example.ie>",
    "kelvinside_thanks": "<E1B0C9F7-2A44-4D1E-9C7B-5F0D6A1E7C20@example.ie>",
    "coop_reply": "<CAJx8kQrT5yVb0c@mail.example.ie>",
    "gleeson_apply": "<CAJx8kQu7ZfR1h2@mail.example.ie>",
    "zoovital_yes": "<CAJx8kQw2MnP4e9@mail.example.ie>",
    "bradan_apply": "<CAJx8kQy6TqS8a1@mail.example.ie>",
    "mourne_thanks": "<CAJx8kQz0VrX3d5@mail.example.ie>",
    "vetnor_accept": "<CAJx8kR15WcE7f2@mail.example.ie>",
    "emerald_cv": "<CAJx8kR37YdG2k8@mail.example.ie>",
    # employers' mail
    "herdwise_invite": "<0100018d6f1e2a7b-greenhouse-invite-4c1f@greenhouse-mail.io>",
    "norvane_invite": "<AM6PR02MB4412A1C9E0F3B7D8E2@AM6PR02MB4412.eurprd02.prod.outlook.com>",
    "domstad_invite": "<DB9PR08MB6620F0A1B2C3D4E5F6@DB9PR08MB6620.eurprd08.prod.outlook.com>",
    "kelvinside_invite": "<CAF7sWq0bM1nK5tYh@mail.gmail.com>",
    "coop_invite": "<5e1f0a2b-rh-dombes-0412@coop-dombes-saone.example.fr>",
    "zoovital_invite": "<PA4PR06MB7321AB12CD34EF56@PA4PR06MB7321.eurprd06.prod.outlook.com>",
    "bradan_trial": "<7B6D1A40-93E2-4C8F-AE51-0D2C4B9F1E33@bradanbyrne.example.ie>",
    "bradan_moved": "<9C0E2B51-A4F3-4D90-BF62-1E3D5CA02F44@bradanbyrne.example.ie>",
    "gleeson_invite": "<0F2A7C91-55D3-4E18-8B0A-6C4E2D1F9A07@gleesonvets.example.ie>",
    "clydeforth_invite": "<20260421094412.7731.kirsty@clydeforthtalent.example.co.uk>",
    "mourne_second": "<DU2PR10MB5530C7E8F9A0B1C2D3@DU2PR10MB5530.eurprd10.prod.outlook.com>",
    "bioceane_invite": "<PR1P264MB2201D0E1F2A3B4C5@PR1P264MB2201.FRAP264.PROD.OUTLOOK.COM>",
    "llnt_invite": "<20260422103015.4F2A1@llnt.example.de>",
    "stall_invite": "<CAH3bQm4Lk9Ptv1x@mail.gmail.com>",
    "ebro_invite": "<AS8PR04MB8890E1F2A3B4C5D6@AS8PR04MB8890.eurprd04.prod.outlook.com>",
    "ebro_video": "<AS8PR04MB8890F7A8B9C0D1E2@AS8PR04MB8890.eurprd04.prod.outlook.com>",
    "orbe_invite": "<DB7PR01MB4455C1D2E3F4A5B6@DB7PR01MB4455.eurprd01.prod.outlook.com>",
    "moovia_invite": "<CAM9zTn2Vh8Qx0pe@mail.gmail.com>",
    "vetcare_invite": "<0102018e3f-personio-invite-77ac@personio.de>",
    "carraig_call": "<20260318112045.RF2209@emeraldls.example.ie>",
    "vetnor_offer": "<MR1P264MB3390A4B5C6D7E8F9@MR1P264MB3390.ESPP264.PROD.OUTLOOK.COM>",
    "gvns_thread": "<a7c2e0f1-77b4-4f0e-9d35-gvns0311@lists.example.ie>",
}

# iCalendar UIDs shared by an invitation and its later update or cancellation
UID_NORVANE = "040000008200E00074C5B7101A82E00800000000D0A7F3C5E2B5DC01000000000000000010000000A3F1"
UID_DOMSTAD = "domstad-int-20260311-sdv-7f3a@domstad-ah.example.nl"


def h(text: str) -> str:
    """HTML-escaped text (quotes left alone)."""
    return _html.escape(text, quote=False)


def trk(host: str, seed: str, path: str = "ls/click") -> str:
    """A click-tracker URL as mail-marketing tools rewrite links."""
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"https://{host}/{path}?upn={digest[:24]}-2B{digest[24:]}"


def pixel(host: str, seed: str) -> str:
    digest = hashlib.md5(seed.encode()).hexdigest()
    return (f'<img src="https://{host}/o/{digest}.gif" width="1" height="1" alt="" '
            'style="display:block;border:0;width:1px;height:1px;" />')


def paras(text: str, style: str = "margin:0 0 14px 0;") -> str:
    """Blank-line separated paragraphs as <p>, single line breaks as <br>."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [h(line) for line in block.split("\n")]
        out.append(f'<p style="{style}">' + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def button(label: str, href: str, colour: str) -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:10px 22px;">'
            f'<a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold;">'
            f'{h(label)}</a></td></tr></table>')


def corporate_html(*, title: str, logo: tuple[str, str], accent: str, content: str,
                   footer: str, track: str = "", lang: str = "en") -> str:
    """The table layout of enterprise ATS mail (Workday, Taleo, iCIMS, SuccessFactors)."""
    src, alt = logo
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{h(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{src}" alt="{h(alt)}" width="160" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">
{content}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#8a8a8a;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{track}
</body>
</html>
"""


def card_html(*, logo: tuple[str, str], content: str, footer: str, track: str = "",
              accent: str = "#24292f", lang: str = "en", preheader: str = "") -> str:
    """The lighter card layout of the newer ATS (Greenhouse, Lever, Ashby, Teamtailor, Personio...)."""
    src, alt = logo
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{h(preheader)}</div>\n'
           if preheader else "")
    return f"""<html lang="{lang}">
<head><meta charset="__CHARSET__"><meta name="color-scheme" content="light only"></head>
<body style="background:#f6f7f9;margin:0;padding:0;">
{pre}<div style="max-width:560px;margin:0 auto;padding:32px 16px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
<div style="text-align:left;padding-bottom:20px;"><img src="{src}" alt="{h(alt)}" height="32" style="height:32px;border:0;"></div>
<div style="background:#ffffff;border:1px solid #e3e6ea;border-radius:8px;padding:28px;color:{accent};font-size:15px;line-height:1.55;">
{content}
</div>
<div style="padding:18px 4px;color:#8c959f;font-size:12px;line-height:1.5;">
{footer}
</div>
</div>
{track}
</body>
</html>
"""


def news_html(*, masthead: str, logo: tuple[str, str], articles: list[tuple[str, str, str]],
              intro: str, footer: str, track: str = "", accent: str = "#0b6e4f",
              lang: str = "en", view_online: str = "") -> str:
    """A newsletter: masthead, intro, a list of articles (title, blurb, link), legal footer."""
    src, alt = logo
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6;">'
        f'<a href="{href}" style="font-size:17px;font-weight:bold;color:{accent};text-decoration:none;">{h(t)}</a>'
        f'<p style="margin:6px 0 0 0;font-size:14px;line-height:20px;color:#444;">{h(b)}</p></td></tr>'
        for t, b, href in articles)
    online = (f'<tr><td align="center" style="font-size:11px;color:#999;padding:6px;">'
              f'<a href="{view_online}" style="color:#999;">View this email in your browser</a></td></tr>'
              if view_online else "")
    return f"""<!doctype html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"><title>{h(masthead)}</title></head>
<body style="margin:0;background:#eef1f0;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0">
{online}
<tr><td align="center">
<table role="presentation" width="620" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;">
<tr><td style="background:{accent};padding:18px 28px;"><img src="{src}" alt="{h(alt)}" width="200" style="display:block;border:0;"></td></tr>
<tr><td style="padding:22px 28px 4px 28px;font-size:15px;line-height:22px;color:#222;">{intro}</td></tr>
<tr><td style="padding:0 28px;"><table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0">
{rows}
</table></td></tr>
<tr><td style="padding:22px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888;">{footer}</td></tr>
</table>
</td></tr>
</table>
{track}
</body></html>
"""


def outlook_html(text: str, font: str = "Calibri", quoted: str = "", quoted_head: str = "") -> str:
    """What Outlook makes of a typed message (WordSection1, MsoNormal paragraphs); the quoted
    message, if any, under the grey separator with its From/Sent/To/Subject block."""
    def mso(block: str) -> str:
        return "\n".join(f'<p class="MsoNormal">{h(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>'
                         for line in block.split("\n"))
    quote = ""
    if quoted:
        quote = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 f'{mso(quoted_head)}\n</div>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n{mso(quoted)}')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
.MsoChpDefault {{mso-style-type:export-only;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-IE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{mso(text)}
{quote}
</div>
</body>
</html>
"""


def outlook_pair(new: str, head: str, quoted: str, font: str = "Calibri") -> dict[str, str]:
    """Text and HTML of an Outlook reply: the new text, the header block, the earlier message."""
    text = f"{new}\n\n________________________________\n{head}\n\n{quoted}\n"
    return {"body": text, "html": outlook_html(new, font=font, quoted=quoted, quoted_head=head)}


def gmail_html(new: str, attribution: str = "", quoted: str = "") -> str:
    def divs(block: str) -> str:
        return "\n".join(f"<div>{h(line) if line.strip() else '<br>'}</div>" for line in block.split("\n"))
    quote = ""
    if attribution:
        quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{h(attribution)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{divs(quoted)}\n</blockquote></div>')
    return f'<div dir="ltr">\n{divs(new)}\n</div>{quote}\n'


def gmail_pair(new: str, attribution: str = "", quoted: str = "") -> dict[str, str]:
    """Text and HTML of a Gmail message, the quoted one prefixed with '> ' in the text part."""
    text = new + "\n"
    if attribution:
        text += "\n" + attribution + "\n" + "\n".join(
            ">" if not line.strip() else "> " + line for line in quoted.split("\n")) + "\n"
    return {"body": text, "html": gmail_html(new, attribution, quoted)}


def quote(text: str, mark: str = "> ") -> str:
    """A quoted earlier message in a plain-text reply."""
    return "\n".join(mark.rstrip() if not line.strip() else mark + line for line in text.split("\n"))
