"""Small helpers shared by the hand-written message specs of the hundred-and-second corpus.

A spec is a plain dict (see `msg`). The text of every message is written by hand in the
msgs102_* modules; the helpers here only dress a hand-written text in the HTML a given kind of
sender produces (an ATS layout table, an Outlook body, a Gmail body, a newsletter, an app card),
so that the same wording is not typed twice for the text and HTML parts of one message.

Link markup inside a source text: [label](https://url). `plain` turns it into text, the HTML
shells into <a> tags, optionally through a click tracker.
"""

from __future__ import annotations

import hashlib
import html
import re

CAND = "ciaran.dm@example.ie"
CAND_NAME = "Ciarán Delacroix-Mwangi"
ME = (CAND_NAME, CAND)

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")

SPEC_KEYS = frozenset({
    "kind", "scenario", "lang", "frm", "reply_to", "to", "cc", "subject", "date", "text", "html",
    "charset", "cte", "hcharset", "msgid", "in_reply_to", "references", "headers", "attachments",
    "ics", "ics_as_attachment", "company", "contact",
})


def msg(**spec: object) -> dict[str, object]:
    """One message spec; refuses unknown keys so a typo cannot silently drop a header."""
    unknown = set(spec) - SPEC_KEYS
    if unknown:
        raise KeyError(f"{spec.get('scenario')}: unknown spec keys {sorted(unknown)}")
    for key in ("kind", "scenario", "lang", "frm", "subject", "date", "company", "contact"):
        if key not in spec:
            raise KeyError(f"{spec.get('scenario')}: missing {key}")
    if "text" not in spec and "html" not in spec:
        raise KeyError(f"{spec['scenario']}: no body")
    return dict(spec)


def plain(src: str, style: str = "colon") -> str:
    """The text/plain rendering of a source text with [label](url) links."""
    def repl(match: re.Match[str]) -> str:
        label, url = match.group(1), match.group(2)
        if style == "angle":
            return f"{label} <{url}>"
        if style == "paren":
            return f"{label} ({url})"
        if style == "bare":
            return url
        return f"{label}: {url}"
    return LINK.sub(repl, src)


def tracked(url: str, tracker: str | None) -> str:
    if not tracker:
        return url
    token = hashlib.sha1(url.encode()).hexdigest()[:28]
    return f"{tracker}{token}"


def _inline(line: str, tracker: str | None, astyle: str) -> str:
    out, last = [], 0
    for match in LINK.finditer(line):
        out.append(html.escape(line[last:match.start()], quote=False))
        href = html.escape(tracked(match.group(2), tracker))
        style = f' style="{astyle}"' if astyle else ""
        out.append(f'<a href="{href}"{style} target="_blank">{html.escape(match.group(1))}</a>')
        last = match.end()
    out.append(html.escape(line[last:], quote=False))
    return "".join(out)


def blocks(src: str, tracker: str | None = None, pstyle: str = "", astyle: str = "",
           tag: str = "p", button: str = "") -> str:
    """Paragraphs of a source text as HTML. A line '- x' makes a list; a paragraph that is only a
    link becomes a button when `button` holds its inline style."""
    parts = []
    for para in src.strip("\n").split("\n\n"):
        lines = para.split("\n")
        attr = f' style="{pstyle}"' if pstyle else ""
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:], tracker, astyle)}</li>" for line in lines)
            parts.append(f"<ul{attr}>{items}</ul>")
            continue
        only = LINK.fullmatch(para.strip())
        if button and only:
            href = html.escape(tracked(only.group(2), tracker))
            parts.append(f'<table role="presentation" cellpadding="0" cellspacing="0" border="0">'
                         f'<tr><td style="{button}"><a href="{href}" style="color:#ffffff;'
                         f'text-decoration:none;font-weight:bold" target="_blank">'
                         f"{html.escape(only.group(1))}</a></td></tr></table><br>")
            continue
        inner = "<br>\n".join(_inline(line, tracker, astyle) for line in lines)
        parts.append(f"<{tag}{attr}>{inner}</{tag}>")
    return "\n".join(parts)


def ats_html(src: str, *, brand: str, logo: str, accent: str = "#1f4e79", footer: str = "",
             tracker: str | None = None, pixel: str | None = None, font: str = "Arial,Helvetica,sans-serif",
             preheader: str = "", title: str = "") -> str:
    """The layout-table mail of an applicant-tracking system: logo with alt text, one content
    cell with inline styles, a grey footer, an optional tracking pixel."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
           f"{html.escape(preheader)}</div>\n" if preheader else "")
    pix = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0" />\n'
           if pixel else "")
    foot = (f'<tr><td style="padding:18px 32px;background:#f2f2f2;color:#777777;font-size:11px;'
            f'line-height:16px">{blocks(footer, tracker, "margin:0 0 6px 0", "color:#777777")}'
            f"</td></tr>\n" if footer else "")
    body = blocks(src, tracker, "margin:0 0 14px 0;font-size:14px;line-height:21px;color:#222222",
                  f"color:{accent}",
                  button=f"background:{accent};padding:11px 22px;border-radius:4px")
    return (f"<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\">"
            f"<title>{html.escape(title or brand)}</title></head>\n"
            f'<body style="margin:0;padding:0;background:#e9ecef;font-family:{font}">\n{pre}'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
            f'bgcolor="#e9ecef"><tr><td align="center" style="padding:24px 0">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
            f'style="background:#ffffff;border-top:4px solid {accent}">\n'
            f'<tr><td style="padding:22px 32px 8px 32px"><img src="{logo}" alt="{html.escape(brand)}" '
            f'width="140" style="display:block;border:0"></td></tr>\n'
            f'<tr><td style="padding:12px 32px 20px 32px">\n{body}\n</td></tr>\n{foot}'
            f"</table>\n{pix}</td></tr></table>\n</body></html>\n")


def outlook_html(src: str, font: str = "Calibri", lang: str = "EN-IE", size: str = "11.0pt") -> str:
    """A body the way desktop Outlook writes it (MsoNormal paragraphs, WordSection1)."""
    paras = []
    for para in src.strip("\n").split("\n\n"):
        for line in para.split("\n"):
            text = _inline(line, None, "color:#0563C1") or "&nbsp;"
            paras.append(f"<p class=MsoNormal>{text}<o:p></o:p></p>")
        paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f"p.MsoNormal, li.MsoNormal {{margin:0cm; font-size:{size}; font-family:\"{font}\",sans-serif;}}\n"
            "a:link {color:#0563C1; text-decoration:underline;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n"
            f'--></style></head><body lang={lang} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class=WordSection1>\n' + "\n".join(paras) + "\n</div></body></html>\n")


def gmail_html(src: str, quoted: str = "", attribution: str = "") -> str:
    """A Gmail body: div dir=ltr, <br> line breaks, an optional gmail_quote blockquote."""
    lines = [(_inline(line, None, "") or "<br>") for line in src.strip("\n").split("\n")]
    body = "".join(f"<div>{line}</div>" for line in lines)
    quote = ""
    if quoted:
        qlines = "<br>".join(_inline(line, None, "") for line in quoted.strip("\n").split("\n"))
        quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}'
                 f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qlines}</blockquote></div>')
    return f'<div dir="ltr">{body}</div>{quote}\n'


def newsletter_html(*, brand: str, logo: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, tracker: str, pixel: str, accent: str = "#0b6e4f",
                    cta: str = "Read more") -> str:
    """A marketing newsletter: header, intro, one card per item (title, blurb, url), footer."""
    cards = []
    for title, blurb, url in items:
        href = html.escape(tracked(url, tracker))
        cards.append(
            f'<tr><td style="padding:14px 28px;border-bottom:1px solid #e3e3e3">'
            f'<h3 style="margin:0 0 6px 0;font-size:17px;color:#111111">'
            f'<a href="{href}" style="color:#111111;text-decoration:none">{html.escape(title)}</a></h3>'
            f'<p style="margin:0 0 8px 0;font-size:14px;line-height:20px;color:#444444">{html.escape(blurb)}</p>'
            f'<a href="{href}" style="color:{accent};font-size:13px;font-weight:bold">{html.escape(cta)} &rarr;</a>'
            f"</td></tr>")
    intro_html = blocks(intro, tracker, "margin:0 0 10px 0;font-size:15px;line-height:22px;color:#333333",
                        f"color:{accent}")
    foot_html = blocks(footer, tracker, "margin:0 0 6px 0", "color:#888888")
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(brand)}</title></head>"
            f'<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n'
            f'<center><table role="presentation" width="620" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff;margin:20px auto">\n'
            f'<tr><td style="background:{accent};padding:18px 28px"><img src="{logo}" alt="{html.escape(brand)}" '
            f'height="32" style="border:0;display:block"></td></tr>\n'
            f'<tr><td style="padding:20px 28px 6px 28px">{intro_html}</td></tr>\n'
            + "\n".join(cards) +
            f'\n<tr><td style="padding:18px 28px;font-size:11px;color:#888888;line-height:16px">{foot_html}</td></tr>\n'
            f'</table></center><img src="{pixel}" width="1" height="1" alt="" border="0">\n</body></html>\n')


def card_html(src: str, *, brand: str, accent: str, footer: str = "", logo: str = "",
              tracker: str | None = None) -> str:
    """A consumer app's notification card (courier, bank, maps app): no table, flex-free divs."""
    head = (f'<img src="{logo}" alt="{html.escape(brand)}" height="28" style="border:0">' if logo
            else f'<strong style="font-size:20px;color:{accent}">{html.escape(brand)}</strong>')
    body = blocks(src, tracker, "margin:0 0 12px 0;font-size:15px;line-height:22px", f"color:{accent}",
                  button=f"background:{accent};padding:10px 20px;border-radius:20px")
    foot = (f'<div style="margin-top:24px;font-size:11px;color:#8a8a8a">'
            f'{blocks(footer, tracker, "margin:0 0 4px 0", "color:#8a8a8a")}</div>' if footer else "")
    return (f'<html><body style="font-family:Roboto,Segoe UI,Arial,sans-serif;color:#202124;margin:0">'
            f'<div style="max-width:560px;margin:0 auto;padding:24px">'
            f'<div style="padding-bottom:14px;border-bottom:2px solid {accent}">{head}</div>'
            f'<div style="padding-top:18px">{body}</div>{foot}</div></body></html>\n')


def simple_html(src: str, font: str = "Verdana", size: str = "13px") -> str:
    """A hand-rolled HTML body of a small firm's mail client: one div, <p> per paragraph."""
    return (f'<html><head><meta http-equiv="content-type" content="text/html"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n'
            f'{blocks(src, None, "", "")}\n</div></body></html>\n')
