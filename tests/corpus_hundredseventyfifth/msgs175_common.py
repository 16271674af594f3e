"""Shared pieces of corpus 175: the candidate, quoting helpers and HTML layout shells.

Layout only: every message writes its own words in the msgs175_* data modules.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Clémence Nakamura-Diallo"
CAND_ADDR = "clemence.nd@example.fr"
CAND = (CAND_NAME, CAND_ADDR)


def quote(text: str, header: str) -> str:
    """A classic '> ' quote under an attribution line such as 'Le ... a écrit :'."""
    lines = [header]
    for line in text.strip("\n").split("\n"):
        lines.append(">" if not line else "> " + line)
    return "\n".join(lines)


def outlook(text: str, frm: str, sent: str, to: str, subject: str,
            labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject")) -> str:
    """An Outlook-style reply block (no '>' markers)."""
    bar = "________________________________"
    return (f"{bar}\n{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}\n\n{text.strip()}")


def fwd(text: str, frm: str, date: str, subject: str, to: str = CAND_ADDR,
        title: str = "---------- Forwarded message ---------") -> str:
    return (f"{title}\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n"
            f"{text.strip()}")


def _paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        inner = "<br>\n".join(_html.escape(line) for line in block.split("\n"))
        out.append(f"<p>{inner}</p>")
    return "\n".join(out)


def simple_html(text: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n{_paras(text)}\n"
            "</body></html>\n")


def ats_card(text: str, brand: str, button: str = "", link: str = "",
             footer: str = "") -> str:
    """A branded ATS notification card."""
    btn = ""
    if button:
        btn = (f"<tr><td style=\"padding:16px\"><a href=\"{link}\" style=\"background:#2d6cdf;"
               f"color:#fff;padding:10px 18px;text-decoration:none\">{_html.escape(button)}"
               "</a></td></tr>\n")
    foot = f"<tr><td style=\"font-size:11px;color:#888\">{_html.escape(footer)}</td></tr>\n"
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            f"{_html.escape(brand)}</title></head>\n<body style=\"background:#f4f4f6\">\n"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\">\n"
            f"<tr><td style=\"padding:16px;font-size:18px\"><b>{_html.escape(brand)}</b></td></tr>\n"
            f"<tr><td style=\"padding:16px\">{_paras(text)}</td></tr>\n{btn}"
            f"{foot if footer else ''}</table>\n</body></html>\n")


def outlook_html(text: str) -> str:
    """A Word-generated Outlook HTML wrapper."""
    body = _paras(text).replace("<p>", "<p class=MsoNormal>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            " --></style>\n</head>\n<body lang=FR link=\"#0563C1\">\n<div class=WordSection1>\n"
            f"{body}\n</div>\n</body>\n</html>\n")


def digest_html(title: str, items: list[tuple[str, str, str]], intro: str,
                unsub: str) -> str:
    """A newsletter / job-alert digest: items are (headline, blurb, link)."""
    rows = "\n".join(
        f"<tr><td style=\"padding:8px\"><a href=\"{link}\"><b>{_html.escape(h)}</b></a><br>"
        f"{_html.escape(b)}</td></tr>" for h, b, link in items)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
            f"<h2>{_html.escape(title)}</h2>\n<p>{_html.escape(intro)}</p>\n"
            f"<table>\n{rows}\n</table>\n<p style=\"font-size:11px\"><a href=\"{unsub}\">"
            "Unsubscribe / Se désabonner</a></p>\n</body></html>\n")


def digest_text(title: str, items: list[tuple[str, str, str]], intro: str, unsub: str) -> str:
    lines = [title, "", intro, ""]
    for h, b, link in items:
        lines += [f"* {h}", f"  {b}", f"  {link}", ""]
    lines.append(f"Unsubscribe: {unsub}")
    return "\n".join(lines)
