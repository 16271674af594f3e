"""Shared bits for the ninety-fifth corpus: the candidate, quoting, HTML wrappers, PDF bytes.

Only mechanics live here (how a quote is prefixed, how an ATS wraps its HTML, how a PDF is laid
out). Every message's wording is written by hand in the msgs95_*.py modules.
"""

from __future__ import annotations

import html as _html

CANDIDATE = "lucia.am@example.es"
CANDIDATE_NAME = "Lucía Arrieta-Mbeki"
ME = (CANDIDATE_NAME, CANDIDATE)
ME_SHORT = ("Lucia Arrieta", CANDIDATE)
ME_BARE = ("", CANDIDATE)


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def pixel(url: str) -> str:
    """A tracking pixel as marketing and ATS tools add it."""
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            f'style="display:block;width:1px;height:1px;border:0;" />')


def gmail_html(text: str) -> str:
    """How Gmail renders a plain message it also sends as HTML (quote lines kept as a blockquote)."""
    body, quoted = [], []
    in_quote = False
    for line in text.split("\n"):
        if line.startswith(">"):
            in_quote = True
        (quoted if in_quote else body).append(line)
    parts = ['<div dir="ltr">']
    for line in body:
        parts.append(f"<div>{esc(line) if line.strip() else '<br>'}</div>")
    parts.append("</div>")
    if quoted:
        inner = "<br>\n".join(esc(q.lstrip(">").lstrip(" ")) for q in quoted)
        parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     f"{inner}</blockquote>")
    return "\n".join(parts)


def outlook_html(text: str, font: str = "Calibri") -> str:
    """How Outlook for Windows wraps a plain message (WordSection1, MsoNormal paragraphs)."""
    paras = []
    for line in text.split("\n"):
        content = esc(line) if line.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal"><span style="font-family:&quot;{font}&quot;,sans-serif;'
                     f'font-size:11.0pt">{content}</span></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>\n</head>\n'
            '<body lang="ES" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>")


def ats_shell(*, brand: str, logo: str, logo_alt: str, accent: str, body: str, footer: str,
              pixel_url: str = "", preheader: str = "", width: int = 600,
              font: str = "Helvetica,Arial,sans-serif") -> str:
    """The nested layout tables an applicant-tracking system wraps around its text."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}</div>'
           if preheader else "")
    px = pixel(pixel_url) if pixel_url else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};font-family:{font};">
<tr><td style="padding:24px 32px 8px 32px;"><img src="{logo}" alt="{esc(logo_alt)}" height="36" style="display:block;border:0;height:36px;" /></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:15px;line-height:22px;color:#222222;">
{body}
</td></tr>
</table>
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 32px;font-family:{font};font-size:11px;line-height:16px;color:#8a8f98;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{px}
</body></html>"""


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines of text."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + pdf_str(line) + b") '\n"
    stream += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
            + str(xref).encode() + b"\n%%EOF\n")
    return out
