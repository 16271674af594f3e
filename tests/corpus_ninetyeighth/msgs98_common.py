"""Shared pieces of the ninety-eighth corpus: the candidate, quoting, calendar text, PDF-ish
letters and a few HTML shells the way ATS and marketing tools wrap their mail.

Only the wrapping is shared. Every message body is written by hand in the msgs98_* modules.
"""

from __future__ import annotations

CANDIDATE_NAME = "Marisol Kagame-Dunbar"
CANDIDATE_ADDR = "marisol.kd@example.com"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


def ics(*, method: str, uid: str, sequence: int, start: str, end: str, summary: str,
        organizer: tuple[str, str], location: str = "", description: str = "",
        tzid: str = "America/New_York", stamp: str = "20260101T000000Z",
        prodid: str = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN") -> str:
    """A one-event iCalendar body (REQUEST or CANCEL). start/end are local 'YYYYMMDDTHHMMSS'."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    name, addr = organizer
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += [
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={CANDIDATE_NAME}:mailto:{CANDIDATE_ADDR}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    # iCalendar folds content lines longer than 75 octets; keep it simple and fold on characters.
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="height:1px!important;width:1px!important;border:0;margin:0;padding:0">')


def ats_table(*, logo_src: str, logo_alt: str, accent: str, body: str, footer: str,
              pixel_url: str = "", lang: str = "en", title: str = "") -> str:
    """The classic applicant-tracking layout: grey canvas, 600px white table, logo, footer."""
    track = pixel(pixel_url) if pixel_url else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">
  body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
  table td {{ border-collapse:collapse; }}
  @media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
  <tr>
    <td align="center" style="padding:24px 12px;">
      <table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent};">
        <tr>
          <td style="padding:24px 32px 8px 32px;">
            <img src="{logo_src}" alt="{logo_alt}" width="160" style="display:block;border:0;max-width:160px;" />
          </td>
        </tr>
        <tr>
          <td style="padding:8px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2937;">
{body}
          </td>
        </tr>
        <tr>
          <td style="padding:16px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#6b7280;border-top:1px solid #e5e7eb;">
{footer}
          </td>
        </tr>
      </table>
      {track}
    </td>
  </tr>
</table>
</body>
</html>
"""


def card(*, brand: str, body: str, footer: str, accent: str = "#111827", logo_src: str = "",
         pixel_url: str = "", lang: str = "en") -> str:
    """The lighter, div-based layout of newer tools (Ashby, Teamtailor, Personio)."""
    logo = (f'<img src="{logo_src}" alt="{brand}" height="32" style="height:32px;border:0;">'
            if logo_src else f'<span style="font-weight:700;font-size:18px;color:{accent};">{brand}</span>')
    track = pixel(pixel_url) if pixel_url else ""
    return f"""<html lang="{lang}">
<head><meta name="viewport" content="width=device-width"></head>
<body style="background:#fafafa;margin:0;padding:32px 0;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.6;color:#222;">
  <div style="margin-bottom:24px;">{logo}</div>
{body}
</div>
<div style="max-width:560px;margin:16px auto 0 auto;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999;text-align:center;">
{footer}
</div>
{track}
</body>
</html>
"""


def newsletter(*, brand: str, tagline: str, blocks: list[str], footer: str, accent: str,
               logo_src: str, pixel_url: str, lang: str = "en") -> str:
    """A marketing newsletter: header band, stacked article blocks, long footer."""
    rows = "\n".join(
        f"""        <tr><td style="padding:18px 28px;border-bottom:1px solid #eeeeee;font-family:Georgia,'Times New Roman',serif;font-size:15px;line-height:23px;color:#333333;">
{block}
        </td></tr>""" for block in blocks)
    return f"""<!doctype html>
<html lang="{lang}">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{brand}</title></head>
<body style="margin:0;background:#ececec;">
<div style="display:none;max-height:0;overflow:hidden;">{tagline}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ececec;">
  <tr><td align="center">
    <table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
        <tr><td style="background:{accent};padding:20px 28px;">
          <img src="{logo_src}" alt="{brand}" width="180" style="display:block;border:0;">
          <p style="margin:6px 0 0 0;font-family:Arial,sans-serif;font-size:12px;color:#ffffff;">{tagline}</p>
        </td></tr>
{rows}
        <tr><td style="padding:20px 28px;background:#f7f7f7;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#777777;">
{footer}
        </td></tr>
    </table>
    {pixel(pixel_url)}
  </td></tr>
</table>
</body>
</html>
"""
