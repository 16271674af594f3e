"""Shared bits of the hundred-fortieth corpus: the candidate, HTML shells the way mail tools
lay them out, and a tiny PDF writer for attachments.

The shells only wrap wording written by hand in each spec; no message text is produced here.
"""

from __future__ import annotations

from html import escape

CANDIDATE_NAME = "Diego Salazar-Whitfield"
CANDIDATE = "diego.sw@example.mx"
ME = (CANDIDATE_NAME, CANDIDATE)


def pixel(url: str) -> str:
    """A one-pixel tracking image, as marketing and ATS tools append it."""
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="display:block;height:1px;width:1px;border:0;" />')


def ats_page(*, logo_src: str, logo_alt: str, color: str, paras: list[str],
             button: tuple[str, str] | None = None, footer: list[str],
             track: str | None = None, width: int = 600, font: str = "Arial, Helvetica, sans-serif") -> str:
    """A layout-table page: logo row, body cell, optional button, grey footer, tracking pixel.

    `paras` are HTML fragments written in the spec; each becomes one paragraph."""
    body = "\n".join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in paras)
    btn = ""
    if button:
        label, href = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
               f'<td bgcolor="{color}" style="border-radius:4px;padding:10px 22px;">'
               f'<a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold;">'
               f'{label}</a></td></tr></table>')
    foot = "<br />\n".join(footer)
    px = pixel(track) if track else ""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:{font};font-size:14px;line-height:20px;color:#333333;">
<tr><td style="padding:20px 28px;border-bottom:4px solid {color};">
<img src="{logo_src}" alt="{logo_alt}" height="36" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:26px 28px 10px 28px;">
{body}
{btn}
</td></tr>
<tr><td style="padding:18px 28px;background-color:#fafafa;font-size:11px;line-height:15px;color:#888888;">
{foot}
</td></tr>
</table>
</td></tr></table>
{px}
</body></html>
"""


def outlook_html(text: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """Plain text as Outlook's HTML body shows it: WordSection div, MsoNormal paragraphs."""
    paras = []
    for line in text.split("\n"):
        cell = escape(line) if line.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">{cell}</span></p>')
    joined = "\n".join(paras)
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:{size};font-family:"{font}",sans-serif;}} --></style></head>
<body lang="ES-MX" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{joined}
</div>
</body></html>
"""


def gmail_html(text: str) -> str:
    """Plain text as Gmail's HTML alternative carries it: a ltr div with <br> lines; quoted
    lines (starting with '>') go into a gmail_quote blockquote."""
    own, quoted = [], []
    for line in text.split("\n"):
        (quoted if line.startswith(">") else own).append(line)
    own_html = "<br>\n".join(escape(x) for x in own)
    html = f'<div dir="ltr">{own_html}</div>\n'
    if quoted:
        q = "<br>\n".join(escape(x.lstrip("> ").rstrip()) for x in quoted)
        html += ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')
    return html


def digest_html(*, title: str, intro: str, items: list[tuple[str, str, str]], color: str,
                footer: list[str], track: str | None = None, logo_alt: str = "", logo_src: str = "") -> str:
    """A newsletter or job-alert digest: heading, intro, one card per item (title, link, blurb)."""
    logo = (f'<img src="{logo_src}" alt="{logo_alt}" width="140" style="display:block;border:0;" />'
            if logo_src else "")
    cards = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e6e6e6;">'
        f'<a href="{href}" style="font-size:16px;font-weight:bold;color:{color};text-decoration:none;">{t}</a>'
        f'<div style="font-size:13px;color:#555555;padding-top:4px;">{blurb}</div></td></tr>'
        for t, href, blurb in items)
    foot = "<br />\n".join(footer)
    px = pixel(track) if track else ""
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body style="margin:0;background:#eeeeee;font-family:Helvetica,Arial,sans-serif;">
<center>
<table width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:{color};">{logo}</td></tr>
<tr><td style="padding:20px 24px 6px 24px;"><h1 style="font-size:20px;margin:0 0 10px 0;color:#222222;">{title}</h1>
<p style="font-size:14px;line-height:20px;margin:0;color:#444444;">{intro}</p></td></tr>
{cards}
<tr><td style="padding:18px 24px;font-size:11px;color:#999999;line-height:15px;">{foot}</td></tr>
</table>
</center>
{px}
</body></html>
"""


def _pdf_escape(line: str) -> bytes:
    raw = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return raw.encode("cp1252", "replace")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) showing the given lines; enough for a reader."""
    stream = b"BT /F1 11 Tf 60 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + _pdf_escape(line) + b") '\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
