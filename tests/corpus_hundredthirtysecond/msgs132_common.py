"""Shared pieces for the hundred-and-thirty-second corpus: the spec constructor, a few HTML
building blocks (ATS layout tables, Outlook and Gmail HTML, tracked links, pixels), calendar
parts and tiny PDF attachments. The wording of every message lives in the msgs132_* modules."""

from __future__ import annotations

import hashlib
import html as _html
import re

CANDIDATE_NAME = "Romain Okonkwo-Lefèvre"
CANDIDATE = "romain.ol@example.fr"

STRUCTURES = {"plain", "html", "alt", "mixed"}


def M(key: str, kind: str, lang: str, company: str, contact: str, frm: tuple[str, str],
      subject: str, date: str, **kw: object) -> dict:
    """One hand-written message spec. Labels first, then headers, then content."""
    spec: dict = {
        "key": key, "kind": kind, "lang": lang, "company": company, "contact": contact,
        "frm": frm, "subject": subject, "date": date,
        "body": None, "html": None, "structure": "plain", "charset": "utf-8",
        "cte": "quoted-printable", "html_cte": None, "reply_to": None, "to": None, "cc": None,
        "tz": "Europe/Paris", "mua": "default", "thread": [], "headers": [],
        "attachments": [], "calendar": None, "hdr": None, "inner": "plain",
    }
    for name, value in kw.items():
        if name not in spec:
            raise KeyError(f"{key}: unknown field {name}")
        spec[name] = value
    if spec["structure"] not in STRUCTURES:
        raise ValueError(f"{key}: structure {spec['structure']}")
    return spec


def _token(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def pixel(url_base: str, seed: str) -> str:
    return (f'<img src="{url_base}{_token("px" + seed, 32)}.gif" width="1" height="1" alt="" '
            f'style="display:block;border:0;width:1px;height:1px;overflow:hidden">')


def ats(*, brand: str, logo_alt: str, logo_src: str, accent: str, body: str, footer: str,
        px: str = "", lang: str = "fr", font: str = "Arial,Helvetica,sans-serif",
        width: int = 600, bg: str = "#f4f4f4", preheader: str = "") -> str:
    """The layout table an applicant-tracking system wraps around its text."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>'
           if preheader else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_html.escape(brand)}</title></head>
<body style="margin:0;padding:0;background-color:{bg};">{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent};font-family:{font};font-size:14px;line-height:21px;color:#333333;">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{logo_src}" alt="{logo_alt}" width="140" style="display:block;border:0;max-width:140px;height:auto;"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;">
{body}
</td></tr>
<tr><td style="padding:16px 32px;background-color:#fafafa;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #eeeeee;">
{footer}
</td></tr>
</table>
{px}
</td></tr></table>
</body></html>
"""


def _paras(text: str) -> str:
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = [_html.escape(line) for line in block.split("\n")]
        out.append("<br>\n".join(lines))
    return "<br>\n<br>\n".join(out)


def gmail(text: str) -> str:
    """Gmail's HTML twin of a plain-text mail; a quoted chain goes into a gmail_quote blockquote."""
    lines = text.strip("\n").split("\n")
    cut = next((i for i, line in enumerate(lines)
                if re.match(r"^(On .+wrote:|Le .+a écrit ?:|Am .+schrieb .+:|El .+escribió:)$", line)), None)
    if cut is None:
        return f'<div dir="ltr">{_paras(text)}</div>\n'
    new = "\n".join(lines[:cut])
    head = lines[cut]
    quoted = "\n".join(re.sub(r"^> ?", "", line) for line in lines[cut + 1:])
    return (f'<div dir="ltr">{_paras(new)}</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{_html.escape(head)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{_paras(quoted)}</blockquote></div>\n')


def mso(text: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """Outlook's Word-made HTML: MsoNormal paragraphs, the quoted mail below a grey rule."""
    lines = text.strip("\n").split("\n")
    cut = next((i for i, line in enumerate(lines)
                if re.match(r"^(From|De|Von|Da) ?: ", line) or line.startswith("-----Original")), None)

    def ps(chunk: list[str]) -> str:
        return "\n".join(
            f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">'
            f'{_html.escape(line) if line else "&nbsp;"}</span></p>' for line in chunk)

    body = ps(lines if cut is None else lines[:cut])
    if cut is not None:
        body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 + ps(lines[cut:]) + "\n</div>")
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
{body}
</div></body></html>
"""


def ics(*, method: str, uid: str, seq: int, start: str, end: str, tzid: str, summary: str,
        location: str, organizer: tuple[str, str], attendee: tuple[str, str],
        description: str = "", status: str = "CONFIRMED", stamp: str = "20260101T090000Z") -> str:
    """A VCALENDAR as Outlook and Google send it (start/end as YYYYMMDDTHHMMSS local time)."""
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{attendee[0]}\":mailto:{attendee[1]}",
        f"DESCRIPTION;LANGUAGE=fr-FR:{desc}" if desc else "DESCRIPTION:",
        f"UID:{uid}", f"SUMMARY:{summary}",
        f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
        f"DTSTAMP:{stamp}", f"SEQUENCE:{seq}", f"STATUS:{status}",
        f"LOCATION:{location}", "TRANSP:OPAQUE", "CLASS:PUBLIC", "PRIORITY:5",
    ]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in lines:  # RFC 5545 folding at 75 octets
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) holding the given lines: enough for a viewer to open."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    stream = ["BT", "/F1 11 Tf"]
    for line in lines:
        stream.append(f"1 0 0 1 56 {y} Tm ({esc(line)}) Tj")
        y -= 16
    stream.append("ET")
    content = "\n".join(stream).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        ("<< /Title (" + esc(title) + ") /Producer (Microsoft Word) >>").encode("cp1252", errors="replace"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
