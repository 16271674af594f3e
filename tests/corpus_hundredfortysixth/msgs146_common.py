"""Shared pieces of corpus 146: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs146_* modules writes its own words; this module only lays them out.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Maxime Tremblay-Nguyen"
CANDIDATE_ADDR = "maxime.tn@example.ca"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+1 514 555-0147"

# Every spec module appends to its own MESSAGES list through `add`.


def make_adder(bucket):
    """Return an `add(**spec)` function that appends a spec dict to bucket."""

    def add(**spec):
        for required in ("kind", "slug", "lang", "frm", "subject", "date"):
            if required not in spec:
                raise ValueError(f"spec {spec.get('slug')!r} lacks {required}")
        spec.setdefault("company", "")
        spec.setdefault("contact", "")
        spec.setdefault("to", [ME])
        bucket.append(spec)
        return spec

    return add


# --------------------------------------------------------------------------- quoting


def quote(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines), as mail programs do."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "es": "El {when}, {name} <{addr}> escribió:",
}


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text above an attribution line and the quoted older message."""
    head = ATTRIBUTION[lang].format(when=when, name=name, addr=addr)
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old) + "\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style 'From: / Sent:' block and the older message (unquoted)."""
    f, s, t, o = OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    block = (
        "________________________________\n"
        f"{f}{sep}{frm}\n{s}{sep}{sent}\n{t}{sep}{to}\n{o}{sep}{subject}\n"
    )
    return new.rstrip("\n") + "\n\n" + block + "\n" + old.strip("\n") + "\n"


FORWARD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """New text above a forwarded message block."""
    head, f, d, s, t = FORWARD_HEAD[lang]
    sep = " : " if lang == "fr" else ": "
    block = f"{head}\n{f}{sep}{frm}\n{d}{sep}{date}\n{s}{sep}{subject}\n{t}{sep}{to}\n"
    return new.rstrip("\n") + "\n\n" + block + "\n" + old.strip("\n") + "\n"


# --------------------------------------------------------------------------- HTML shells


def paras(text: str) -> str:
    """Plain text paragraphs as HTML <p> elements (lines kept with <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [_html.escape(line, quote=False) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, text: str, color: str = "#1d4e89", button: tuple | None = None,
             footer: str = "") -> str:
    """A centred ATS notification card: brand bar, the message, an optional button, a footer."""
    btn = ""
    if button:
        label, url = button
        btn = (
            f'<tr><td style="padding:8px 32px 24px"><a href="{_html.escape(url)}" '
            f'style="background:{color};color:#ffffff;padding:10px 18px;border-radius:4px;'
            f'text-decoration:none;font-weight:bold">{_html.escape(label)}</a></td></tr>\n'
        )
    foot = ""
    if footer:
        foot = (
            '<tr><td style="padding:16px 32px;font-size:11px;color:#777777;'
            f'border-top:1px solid #e5e5e5">{paras(footer)}</td></tr>\n'
        )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{_html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 32px;font-size:18px;'
        f'font-weight:bold">{_html.escape(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px;font-size:14px;line-height:1.5;color:#222222">\n'
        f"{paras(text)}\n</td></tr>\n{btn}{foot}"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str) -> str:
    """An Outlook / Word-generated HTML wrapper around plain paragraphs."""
    body = "\n".join(
        '<p class="MsoNormal">' + block + "<o:p></o:p></p>" for block in _word_blocks(text)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        '<body lang="FR-CA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n"
        "</div>\n</body></html>\n"
    )


def _word_blocks(text: str) -> list[str]:
    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = [_html.escape(line, quote=False) if line else "&nbsp;" for line in block.split("\n")]
        blocks.append("<br>\n".join(lines))
        blocks.append("&nbsp;")
    return blocks[:-1]


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               color: str = "#2f5d50") -> str:
    """A newsletter / digest: a title, an intro, linked items (title, url, blurb), a footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 28px;border-bottom:1px solid #eeeeee">'
        f'<a href="{_html.escape(url)}" style="color:{color};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{_html.escape(t)}</a>'
        f'<div style="font-size:13px;color:#444444;margin-top:4px">{_html.escape(blurb)}</div>'
        "</td></tr>"
        for t, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{_html.escape(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Georgia,serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="620" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="padding:20px 28px;background:{color};color:#ffffff;font-size:22px">'
        f"{_html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 28px;font-size:14px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        '<tr><td style="padding:16px 28px;font-size:11px;color:#888888">'
        f"{paras(footer)}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of `newsletter`."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for t, url, blurb in items:
        lines += [f"* {t}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", footer.strip()]
    return "\n".join(lines) + "\n"


def simple_html(text: str, font: str = "Helvetica,Arial,sans-serif") -> str:
    """A plain mail-client HTML body: the paragraphs in a div."""
    return (
        f'<html><head></head><body><div style="font-family:{font};font-size:14px">\n'
        f"{paras(text)}\n</div></body></html>\n"
    )


# --------------------------------------------------------------------------- calendar


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545), never inside a UTF-8 sequence."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = ch, n
        else:
            cur += ch
            size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple,
        attendees: list[tuple] | None = None, location: str = "", description: str = "",
        sequence: int = 0, stamp: str = "", status: str = "") -> str:
    """An iCalendar VCALENDAR with one VEVENT; start/end/stamp in UTC, 'YYYYMMDDTHHMMSSZ'."""
    org_name, org_addr = organizer
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus146//Hand-written invitation//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp or start}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"SEQUENCE:{sequence}",
        f"SUMMARY:{_ics_escape(summary)}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
    ]
    for name, addr in attendees or [ME]:
        lines.append(
            f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'
            f":mailto:{addr}"
        )
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines.append(f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"
