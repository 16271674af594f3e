"""Shared pieces for the 156th corpus: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs156_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Tobias Kranz-Mwangi"
CANDIDATE_ADDR = "tobias.km@example.de"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line in the language of the replying program."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, the previous message quoted below with '> '."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the unquoted older message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    head = "\n".join(
        f"{label}{sep} {value}" for label, value in zip(labels, (sender, sent, to, subject), strict=True)
    )
    return f"\n________________________________\n{head}\n\n{body.strip()}\n"


def forwarded(lang: str, sender: str, date: str, subject: str, to: str, body: str) -> str:
    """An inline forwarded message as mail programs write it."""
    title, labels = {
        "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
        "de": ("---------- Weitergeleitete Nachricht ----------",
               ("Von", "Datum", "Betreff", "An")),
        "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
        "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
    }[lang]
    head = "\n".join(
        f"{label}: {value}" for label, value in zip(labels, (sender, date, subject, to), strict=True)
    )
    return f"{title}\n{head}\n\n{body.strip()}\n"


def signature(*lines: str) -> str:
    """A '-- ' signature block."""
    return "\n-- \n" + "\n".join(lines)


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Plain text laid out as a simple HTML document (see paras_body)."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
        f"{paras_body(text)}\n</body></html>\n"
    )


def paras_body(text: str) -> str:
    """Plain text as HTML blocks: paragraphs, line breaks, quoted lines as blockquote."""
    blocks: list[str] = []
    quoted: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(esc(p) for p in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quoted:
            inner = "<br>\n".join(esc(q) for q in quoted)
            blocks.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
            quoted.clear()

    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            flush_para()
            quoted.append(line.lstrip(">").lstrip())
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return "\n".join(blocks)


def ats_card(brand: str, color: str, inner_html: str, footer_html: str = "") -> str:
    """An applicant-tracking-system style card: coloured header bar, white card, grey footer."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{esc(brand)}</title></head>\n"
        "<body style=\"margin:0;background:#f2f3f5;font-family:Helvetica,Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;margin:24px 0\">\n"
        f"<tr><td style=\"background:{color};color:#ffffff;padding:18px 24px;font-size:20px\">"
        f"{esc(brand)}</td></tr>\n"
        f"<tr><td style=\"padding:24px;font-size:15px;line-height:1.5;color:#222\">\n"
        f"{inner_html}\n</td></tr>\n"
        "<tr><td style=\"padding:12px 24px;font-size:11px;color:#888;background:#fafafa\">"
        f"{footer_html}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, color: str = "#1a73e8") -> str:
    return (
        f"<p><a href=\"{url}\" style=\"display:inline-block;background:{color};color:#fff;"
        f"padding:10px 18px;border-radius:4px;text-decoration:none\">{esc(label)}</a></p>"
    )


def word_html(inner_html: str) -> str:
    """The Word-HTML wrapper Outlook puts around a message (MsoNormal paragraphs)."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
        "</head>\n<body lang=\"DE\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<div class=\"WordSection1\">\n"
        f"{inner_html}\n"
        "</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain text as Outlook MsoNormal paragraphs (an empty line becomes &nbsp;)."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = esc(line) if line.strip() else "&nbsp;"
        out.append(f"<p class=\"MsoNormal\">{inner}<o:p></o:p></p>")
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, color: str = "#2d6a4f") -> str:
    """A digest/newsletter: title bar, intro, one block per item with a link, footer."""
    rows = "\n".join(
        "<tr><td style=\"padding:12px 0;border-bottom:1px solid #e5e5e5\">"
        f"<a href=\"{url}\" style=\"font-size:16px;color:{color};font-weight:bold;"
        f"text-decoration:none\">{esc(head)}</a><br>"
        f"<span style=\"color:#444;font-size:14px\">{esc(blurb)}</span></td></tr>"
        for head, blurb, url in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{esc(title)}</title></head>\n"
        "<body style=\"margin:0;background:#eeeeee;font-family:Georgia,serif\">\n"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
        "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\">\n"
        f"<tr><td style=\"background:{color};color:#fff;padding:20px;font-size:22px\">"
        f"{esc(title)}</td></tr>\n"
        f"<tr><td style=\"padding:16px 20px;font-size:15px\">{esc(intro)}</td></tr>\n"
        f"<tr><td style=\"padding:0 20px\"><table width=\"100%\">\n{rows}\n</table></td></tr>\n"
        f"<tr><td style=\"padding:16px 20px;font-size:11px;color:#777\">{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )
