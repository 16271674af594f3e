"""Shared pieces of corpus 240: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words; these helpers only lay them out the way mail programs and
applicant-tracking systems do.
"""

from __future__ import annotations

import html

ME = ("Desmond Achterberg-Lyons", "desmond.al@example.ie")
ME_ADDR = ME[1]

MY_SIG = """Desmond Achterberg-Lyons
Chef | Food product development
Kilkenny, Ireland
+353 87 412 9086"""


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way a reply quotes it."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def reply(new: str, lang: str, when: str, who: tuple[str, str], old: str) -> str:
    """A bottom-quoted reply: new text, an attribution line, the quoted old text."""
    line = ATTRIBUTION[lang].format(when=when, name=who[0], addr=who[1])
    return f"{new.strip()}\n\n{line}\n{quote(old)}\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The From:/Sent:/To:/Subject: block Outlook puts above the message it answers."""
    a, b, c, d = OUTLOOK_LABELS[lang]
    return (f"{a}: {frm}\n{b}: {sent}\n{c}: {to}\n{d}: {subject}")


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """A top-posted Outlook reply: new text, a rule, the header block, the old text unquoted."""
    block = outlook_block(lang, frm, sent, to, subject)
    return f"{new.strip()}\n\n________________________________\n{block}\n\n{old.strip()}\n"


FORWARD_LINES = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
FORWARD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Subject", "To"),
    "es": ("De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A Gmail-style inline forward."""
    f, d, s, t = FORWARD_FIELDS[lang]
    head = f"{FORWARD_LINES[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}"
    return f"{new.strip()}\n\n{head}\n\n{old.strip()}\n"


def paras(text: str) -> str:
    """Plain text paragraphs as HTML <p> elements (blank line = new paragraph)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, colour: str, inner: str, footer: str) -> str:
    """An applicant-tracking-system card: a branded bar, a white card, a grey footer."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ margin:0; padding:0; background:#f3f4f6; font-family:Arial, Helvetica, sans-serif; }}
.card {{ max-width:600px; margin:24px auto; background:#ffffff; border-radius:6px; }}
.bar {{ background:{colour}; color:#ffffff; padding:18px 28px; font-size:18px; }}
.body {{ padding:24px 28px; color:#1f2937; font-size:15px; line-height:1.5; }}
.foot {{ padding:14px 28px; color:#6b7280; font-size:12px; }}
a.btn {{ display:inline-block; background:{colour}; color:#ffffff; padding:10px 18px;
  text-decoration:none; border-radius:4px; }}
</style>
</head>
<body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<div class="card">
<div class="bar">{html.escape(brand)}</div>
<div class="body">
{inner}
</div>
<div class="foot">
{footer}
</div>
</div>
</td></tr></table>
</body>
</html>
"""


def button(label: str, url: str) -> str:
    """A call-to-action link styled as a button."""
    return f'<p><a class="btn" href="{html.escape(url)}">{html.escape(label)}</a></p>'


def outlook_html(inner: str, lang: str = "en-IE") -> str:
    """The Word-generated HTML wrapper Outlook sends."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs, one per line, empty lines kept."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(masthead: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """A mailing-list layout: masthead, intro, a list of linked items, an unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{html.escape(url)}" style="font-size:16px;color:#0f766e;font-weight:bold">'
        f"{html.escape(title)}</a><br>"
        f'<span style="color:#374151">{html.escape(blurb)}</span></td></tr>'
        for title, blurb, url in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(masthead)}</title></head>
<body style="margin:0;background:#fafaf9;font-family:Georgia, serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:20px">
<tr><td style="font-size:24px;color:#111827;padding-bottom:10px">{html.escape(masthead)}</td></tr>
<tr><td style="color:#374151;padding-bottom:14px">{intro}</td></tr>
{rows}
<tr><td style="color:#9ca3af;font-size:12px;padding-top:18px">{footer}</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def items_text(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a newsletter item list."""
    return "\n\n".join(f"* {t}\n  {b}\n  {u}" for t, b, u in items)
