"""Shared bits for the hundredtenth corpus: the candidate, a light link markup and the HTML
chrome that mail tools wrap around hand-written words.

Every message's words are written by hand in the msgs110_*.py modules. What is shared here is
only what a sending tool shares between all its mails: a Workday-like card, an Outlook body, a
Gmail body, a newsletter layout. Links are written [[text|url]] in the specs; the text part shows
them as "text: url", the HTML part as a click-tracker link.
"""

from __future__ import annotations

import hashlib
import html
import re

CANDIDATE_NAME = "Santiago Ferreyra-Walsh"
CANDIDATE_ADDR = "santi.fw@example.ar"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def _token(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def tracked(url: str, tracker: str | None) -> str:
    """The address a click-tracker puts in place of url."""
    if not tracker:
        return url
    return f"https://{tracker}/ls/click?upn={_token(url, tracker)[:34]}-2F{_token(tracker)[:12]}"


def pixel(tracker: str, seed: str) -> str:
    return (f'<img src="https://{tracker}/wf/open?upn={_token(seed, tracker)[:40]}" width="1" '
            f'height="1" border="0" alt="" style="height:1px !important;width:1px !important;'
            f'border-width:0 !important;margin:0 !important;padding:0 !important">')


def as_text(source: str) -> str:
    """The text/plain rendering of a hand-written body: links become "text: url"."""
    return LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}", source)


def inline(line: str, tracker: str | None, link_style: str = "") -> str:
    out, last = [], 0
    for m in LINK.finditer(line):
        out.append(html.escape(line[last:m.start()], quote=False))
        style = f' style="{link_style}"' if link_style else ""
        out.append(f'<a href="{html.escape(tracked(m.group(2), tracker))}"{style} '
                   f'target="_blank">{html.escape(m.group(1), quote=False)}</a>')
        last = m.end()
    out.append(html.escape(line[last:], quote=False))
    text = "".join(out)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)


def paragraphs(source: str, tracker: str | None = None, p_style: str = "",
               link_style: str = "", tag: str = "p", cls: str = "") -> str:
    """Blank-line separated paragraphs to HTML; lines starting "- " or "• " become a list."""
    blocks = [b for b in re.split(r"\n\s*\n", source.strip("\n")) if b.strip()]
    out = []
    attr = (f' class="{cls}"' if cls else "") + (f' style="{p_style}"' if p_style else "")
    for block in blocks:
        lines = block.split("\n")
        if all(ln.lstrip().startswith(("- ", "• ")) for ln in lines):
            items = "".join(f"<li>{inline(ln.lstrip()[2:], tracker, link_style)}</li>" for ln in lines)
            out.append(f'<ul style="margin:0 0 14px 18px;padding:0">{items}</ul>')
        else:
            inner = "<br>\n".join(inline(ln, tracker, link_style) for ln in lines)
            out.append(f"<{tag}{attr}>{inner}</{tag}>")
    return "\n".join(out)


def ats_card(body: str, *, brand: str, logo: str, accent: str, footer: str,
             tracker: str | None = None, seed: str = "", unsubscribe: str | None = None,
             font: str = "Arial,Helvetica,sans-serif", width: int = 600) -> str:
    """What an applicant-tracking system sends: layout tables, inline styles, a logo with alt
    text, tracked links, a footer in small grey type and an open pixel."""
    link_style = f"color:{accent};text-decoration:underline"
    content = paragraphs(body, tracker, f"margin:0 0 14px 0;font-family:{font};font-size:14px;"
                         "line-height:21px;color:#333333", link_style)
    foot = paragraphs(footer, tracker, f"margin:0 0 6px 0;font-family:{font};font-size:11px;"
                      "line-height:16px;color:#8a8a8a", "color:#8a8a8a")
    if unsubscribe:
        foot += (f'\n<p style="margin:6px 0 0 0;font-family:{font};font-size:11px;color:#8a8a8a">'
                 f'<a href="{html.escape(tracked(unsubscribe, tracker))}" style="color:#8a8a8a">'
                 f'{"Darse de baja" if "baja" in footer.lower() else "Unsubscribe"}</a></p>')
    px = pixel(tracker, seed or brand) if tracker else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:22px 32px 8px 32px"><img src="https://assets.{logo}" alt="{html.escape(brand)}" height="36" style="display:block;border:0;height:36px"></td></tr>
<tr><td style="padding:12px 32px 18px 32px">
{content}
</td></tr>
<tr><td style="padding:14px 32px 22px 32px;border-top:1px solid #e6e6e6;background-color:#fafafa">
{foot}
</td></tr>
</table>
</td></tr>
</table>
{px}
</body>
</html>
"""


def outlook_html(body: str, *, lang: str = "ES-AR", quote: str = "", font: str = "Calibri",
                 tracker: str | None = None) -> str:
    """A body as Outlook writes it: MsoNormal paragraphs, a WordSection div, the reply header
    block in a top border when there is a quoted message."""
    content = paragraphs(body, tracker, cls="MsoNormal")
    q = ""
    if quote:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + paragraphs(quote, None, cls="MsoNormal") + "\n</div>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;color:#0563C1;text-decoration:underline;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{content}
<p class="MsoNormal">&nbsp;</p>
{q}
</div>
</body>
</html>
"""


def gmail_html(body: str, *, quote_header: str = "", quote: str = "") -> str:
    """A body as Gmail writes it: a ltr div, <br>-separated lines, a gmail_quote blockquote."""
    blocks = re.split(r"\n\s*\n", body.strip("\n"))
    inner = "<div><br></div>".join(
        "<div>" + "<br>".join(inline(ln, None) for ln in b.split("\n")) + "</div>" for b in blocks)
    q = ""
    if quote:
        q = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{html.escape(quote_header)}<br></div>'
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
             f'solid rgb(204,204,204);padding-left:1ex">{paragraphs(quote)}</blockquote></div>')
    return f'<div dir="ltr">{inner}</div>{q}\n'


def plain_html(body: str, *, font: str = "Verdana,Geneva,sans-serif", size: str = "13px",
               tracker: str | None = None) -> str:
    """A small hand-made HTML body, the kind a CRM or a webmail signature editor produces."""
    content = paragraphs(body, tracker, f"font-family:{font};font-size:{size};margin:0 0 12px 0")
    return f"<html><head><meta charset=\"utf-8\"></head><body>\n{content}\n</body></html>\n"


def newsletter_html(*, title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    tracker: str, unsubscribe: str, accent: str, logo: str, seed: str) -> str:
    """A marketing-tool newsletter: header band, one table row per item (title, blurb, link),
    footer with address and unsubscribe link, open pixel."""
    rows = []
    for heading, blurb, url in items:
        rows.append(
            f'<tr><td style="padding:14px 28px;border-bottom:1px solid #ececec">'
            f'<a href="{html.escape(tracked(url, tracker))}" style="font-family:Georgia,serif;'
            f'font-size:18px;color:{accent};text-decoration:none;font-weight:bold">'
            f'{html.escape(heading)}</a>'
            f'<p style="margin:6px 0 0 0;font-family:Arial,sans-serif;font-size:14px;'
            f'line-height:20px;color:#444444">{inline(blurb, tracker)}</p></td></tr>')
    foot = paragraphs(footer, tracker, "margin:0 0 6px 0;font-family:Arial,sans-serif;"
                      "font-size:11px;color:#999999", "color:#999999")
    return f"""<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="margin:0;padding:0;background:#eeeeee">
<center>
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td bgcolor="{accent}" style="padding:18px 28px"><img src="https://cdn.{logo}" alt="{html.escape(title)}" width="180" style="display:block;border:0"></td></tr>
<tr><td style="padding:20px 28px 6px 28px">{paragraphs(intro, tracker, "margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222222")}</td></tr>
{chr(10).join(rows)}
<tr><td style="padding:18px 28px;background:#f7f7f7">{foot}
<p style="margin:8px 0 0 0;font-family:Arial,sans-serif;font-size:11px"><a href="{html.escape(tracked(unsubscribe, tracker))}" style="color:#999999">Unsubscribe / Darse de baja</a></p></td></tr>
</table>
</center>
{pixel(tracker, seed)}
</body></html>
"""


def newsletter_text(*, title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    unsubscribe: str) -> str:
    lines = [title, "=" * len(title), "", as_text(intro).strip(), ""]
    for heading, blurb, url in items:
        lines += [f"* {heading}", f"  {as_text(blurb)}", f"  {url}", ""]
    lines += ["--", as_text(footer).strip(), f"Unsubscribe / Darse de baja: {unsubscribe}", ""]
    return "\n".join(lines)


def quote_gt(text: str, depth: int = 1) -> str:
    """A quoted chain the way Gmail, Apple Mail and Thunderbird write it in text/plain."""
    prefix = ">" * depth
    return "\n".join(f"{prefix} {ln}".rstrip() if ln else prefix for ln in text.strip("\n").split("\n"))


def ics(*, method: str, uid: str, sequence: int, start: str, end: str, summary: str,
        location: str, organizer: tuple[str, str], tzid: str, status: str = "CONFIRMED",
        description: str = "", stamp: str = "20260101T120000Z") -> str:
    """A VCALENDAR with one VEVENT; start/end as 20260312T100000 local to tzid."""
    def fold(line: str) -> list[str]:
        out, raw = [], line
        while len(raw.encode("utf-8")) > 74:
            cut = 74
            while len(raw[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(raw[:cut])
            raw = " " + raw[cut:]
        out.append(raw)
        return out

    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CANDIDATE_NAME}\":mailto:{CANDIDATE_ADDR}",
             f"UID:{uid}", f"SEQUENCE:{sequence}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"STATUS:{status}"]
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in fold(line)]
    return "\r\n".join(folded) + "\r\n"


def text_version(body: str, footer: str = "") -> str:
    """The text/plain alternative an ATS sends beside its HTML: same words, links spelled out,
    the footer after a signature separator."""
    text = as_text(body).replace("**", "")
    if footer:
        text += "\n\n--\n" + as_text(footer).replace("**", "")
    return text + "\n"
