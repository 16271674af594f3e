"""Layout helpers shared by the hand-written message specs of corpus 308 (no message text here).

A spec is a plain dict made by `msg()`; make_threehundredeighth.py turns it into MIME.
"""

from __future__ import annotations

import html
import textwrap
from typing import Any

CANDIDATE = ("Hugo Marchetti", "hugo.marchetti@example.be")

Spec = dict[str, Any]
Addr = tuple[str, str]


def T(text: str) -> str:
    """Dedent a triple-quoted body and make it end with exactly one newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def msg(kind: str, name: str, lang: str, sender: Addr, subject: str, date: str, body: str,
        **extra: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +HHMM' (the sender's UTC offset)."""
    spec: Spec = {"kind": kind, "name": name, "lang": lang, "from": sender,
                  "subject": subject, "date": date, "body": body}
    spec.update(extra)
    return spec


def own(name: str, lang: str, to: Addr, subject: str, date: str, body: str,
        **extra: Any) -> Spec:
    """Mail the candidate sent himself: always kind `other`, no contact."""
    return msg("other", name, lang, CANDIDATE, subject, date, body, to=[to], **extra)


def html_shell(inner: str, brand: str = "", footer: str = "", color: str = "#1f3a5f") -> str:
    """A plain e-mail HTML page around some already-escaped inner HTML."""
    head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;'
            f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n'
            if brand else "")
    foot = (f'<tr><td style="padding:12px 24px;font-size:11px;color:#777777">'
            f"{html.escape(footer)}</td></tr>\n" if footer else "")
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation">\n'
            f"{head}<tr><td style=\"padding:20px 24px\">\n{inner}</td></tr>\n{foot}"
            "</table>\n</body>\n</html>\n")


def text_to_html(text: str) -> str:
    """Paragraphs of a plain body as HTML; quoted lines ('> ') become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            out.append('<blockquote style="border-left:2px solid #cccccc;padding-left:8px">'
                       f"{inner}</blockquote>\n")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>\n")
    return "".join(out)


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: Addr, status: str = "CONFIRMED") -> dict[str, Any]:
    """A calendar part spec; start/end are local Europe/Brussels times 'YYYYMMDDTHHMMSS'."""
    return {"method": method, "uid": uid, "seq": seq, "start": start, "end": end,
            "summary": summary, "location": location, "organizer": organizer,
            "status": status}


BULK = {"Precedence": "bulk"}


def list_headers(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or job-alert digest."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
