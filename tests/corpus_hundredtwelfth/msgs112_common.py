"""Shared pieces for the hundred-and-twelfth corpus: the candidate and a few HTML shells.

The shells only carry the chrome that ATS, marketing tools and mail clients wrap around a
message (layout tables, inline styles, logos, click trackers, pixels, legal footers). Every
sentence a reader sees is written by hand in the message modules and passed in.
"""

from __future__ import annotations

import hashlib
import html

CANDIDATE = ("Priya Ramanathan-Hughes", "priya.rh@example.co.uk")
CAND_ADDR = CANDIDATE[1]


def token(*parts: str) -> str:
    """A stable pseudo-random token, so regenerated files do not change."""
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def track(tracker: str, url: str) -> str:
    """A click-tracker link of the kind marketing tools and ATS rewrite every href into."""
    return f"https://{tracker}/ls/click?upn={token(tracker, url)[:32]}-2F{token(url)[:18]}"


def pixel(tracker: str, seed: str) -> str:
    return (f'<img src="https://{tracker}/wf/open?upn={token(tracker, seed)[:40]}" width="1" '
            'height="1" alt="" style="display:block;border:0;width:1px;height:1px" />')


def paras(text: str) -> str:
    """Plain paragraphs to HTML paragraphs (for the HTML half of an alternative)."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        out.append('<p style="margin:0 0 14px 0">' + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_html(*, brand: str, logo: str, logo_alt: str, body: str, tracker: str, seed: str,
             colour: str = "#1f2a44", button: tuple[str, str] | None = None,
             footer: str = "", font: str = "Arial, Helvetica, sans-serif") -> str:
    """A 600px layout table as applicant-tracking systems send it."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
               f'style="margin:18px 0"><tr><td bgcolor="{colour}" style="border-radius:4px">'
               f'<a href="{track(tracker, url)}" target="_blank" style="display:inline-block;'
               f'padding:12px 22px;font-family:{font};font-size:15px;color:#ffffff;'
               f'text-decoration:none;font-weight:bold">{label}</a></td></tr></table>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(brand)}</title></head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #e5e7eb">
<tr><td style="padding:22px 32px;border-bottom:3px solid {colour}">
<img src="{logo}" alt="{html.escape(logo_alt)}" width="150" style="display:block;border:0;max-width:150px"></td></tr>
<tr><td style="padding:28px 32px;font-family:{font};font-size:15px;line-height:22px;color:#1f2937">
{body}
{btn}
</td></tr>
<tr><td style="padding:18px 32px;background:#f9fafb;font-family:{font};font-size:11px;line-height:16px;color:#6b7280">
{footer}
</td></tr>
</table>
{pixel(tracker, seed)}
</td></tr></table>
</body></html>
"""


def newsletter_html(*, title: str, intro: str, items: list[tuple[str, str, str]], tracker: str,
                    seed: str, footer: str, unsubscribe: str, colour: str = "#0f766e",
                    logo: str = "", logo_alt: str = "") -> str:
    """A marketing-tool newsletter: header, stacked stories with links, legal footer."""
    stories = "\n".join(
        f'<tr><td style="padding:14px 28px;border-top:1px solid #eeeeee">'
        f'<a href="{track(tracker, url)}" style="font-family:Georgia,serif;font-size:19px;'
        f'color:{colour};text-decoration:none;font-weight:bold">{head}</a>'
        f'<p style="margin:6px 0 0 0;font-family:Arial,sans-serif;font-size:14px;line-height:21px;'
        f'color:#333333">{blurb} <a href="{track(tracker, url)}" style="color:{colour}">'
        f'&rarr;</a></p></td></tr>'
        for head, blurb, url in items)
    logo_row = (f'<tr><td style="padding:18px 28px 0 28px"><img src="{logo}" alt="{html.escape(logo_alt)}" '
                f'height="40" style="display:block;border:0"></td></tr>') if logo else ""
    return f"""<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style type="text/css">@media only screen and (max-width:620px){{.wrap{{width:100% !important}}}}</style></head>
<body style="margin:0;background:#fafafa">
<div style="display:none;max-height:0;overflow:hidden">{html.escape(title)}</div>
<center><table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
{logo_row}
<tr><td style="padding:18px 28px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222222">{intro}</td></tr>
{stories}
<tr><td style="padding:22px 28px;background:#f0f0f0;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#777777">
{footer}<br><br><a href="{track(tracker, unsubscribe)}" style="color:#777777">Unsubscribe</a> &middot;
<a href="{track(tracker, unsubscribe + '/prefs')}" style="color:#777777">Manage preferences</a></td></tr>
</table></center>
{pixel(tracker, seed)}
</body></html>
"""


def outlook_html(body: str, signature: str = "") -> str:
    """What Outlook desktop sends: WordSection1 and MsoNormal paragraphs."""
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link {{color:#0563C1;text-decoration:underline;}}--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
{body}
{signature}
</div></body></html>
"""


def gmail_html(body: str) -> str:
    """What Gmail sends: a ltr div, <div> per line and <br> for blank lines."""
    return f'<div dir="ltr">{body}</div>\n'


def pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given lines in Helvetica (latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        stream_lines.append(f"({esc(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)
