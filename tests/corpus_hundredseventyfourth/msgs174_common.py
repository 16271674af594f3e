"""Shared helpers for corpus 174: the candidate, quoting helpers and HTML layout shells.

Layout only; every message writes its own words in the msgs174_* modules.
"""
from __future__ import annotations

import html as _html

CAND_NAME = "Henrik Özdemir-Laval"
CAND_ADDR = "henrik.ol@example.at"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"

HENRIK_SIG = "Henrik Özdemir-Laval\nTel. +43 660 555 0174\nhenrik.ol@example.at\n"


def quote(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return "\n".join("> " + ln if ln else ">" for ln in lines) + "\n"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    return new.rstrip("\n") + "\n\n" + wrote(lang, when, name, addr) + "\n" + quote(old)


def outlook_block(lang: str, frm: str, sent: str, to: str, subj: str) -> str:
    keys = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "es": ("De", "Enviado", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    vals = (frm, sent, to, subj)
    return "\n".join(f"{k}: {v}" for k, v in zip(keys, vals)) + "\n"


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subj: str, old: str) -> str:
    return (new.rstrip("\n") + "\n\n" + "_" * 32 + "\n"
            + outlook_block(lang, frm, sent, to, subj) + "\n" + old)


def forward(new: str, lang: str, frm: str, sent: str, to: str, subj: str, old: str) -> str:
    head = {
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
        "en": "---------- Forwarded message ---------",
    }[lang]
    return new.rstrip("\n") + "\n\n" + head + "\n" + outlook_block(lang, frm, sent, to, subj) \
        + "\n" + old


def paras(text: str) -> str:
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def simple_html(text: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + paras(text) + "\n</body></html>\n")


def ats_card(brand: str, color: str, text: str, footer: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + _html.escape(brand) + "</title></head>\n<body style=\"margin:0;background:#f3f4f6\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{color};padding:18px;color:#fff;font:bold 18px Arial\">"
        + _html.escape(brand) + "</td></tr>\n"
        "<tr><td style=\"background:#fff;padding:24px;font:14px/1.5 Arial\">\n"
        + paras(text) + "\n</td></tr>\n"
        "<tr><td style=\"padding:12px;font:11px Arial;color:#6b7280\">"
        + _html.escape(footer) + "</td></tr>\n</table>\n</body></html>\n"
    )


def outlook_html(text: str) -> str:
    body = "\n".join(
        "<p class=MsoNormal>" + "<br>\n".join(_html.escape(x) for x in block.split("\n"))
        + "<o:p></o:p></p>"
        for block in text.strip("\n").split("\n\n"))
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\"} --></style>\n"
        "</head>\n<body lang=DE-AT link=\"#0563C1\">\n<div class=WordSection1>\n"
        + body + "\n</div>\n</body></html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    rows = "\n".join(
        f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #ddd\">"
        f"<a href=\"{_html.escape(url)}\" style=\"font-weight:bold\">{_html.escape(t)}</a><br>"
        f"<span style=\"color:#555\">{_html.escape(b)}</span></td></tr>"
        for t, url, b in items)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
        f"<h2 style=\"font-family:Arial\">{_html.escape(title)}</h2>\n"
        f"<p style=\"font-family:Arial\">{_html.escape(intro)}</p>\n"
        "<table width=\"100%\" style=\"font-family:Arial;font-size:13px\">\n" + rows
        + "\n</table>\n"
        f"<p style=\"font:11px Arial;color:#888\">{_html.escape(footer)}</p>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    lines = [title, "", intro, ""]
    for t, url, b in items:
        lines += [f"* {t}", f"  {b}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
