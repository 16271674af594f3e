"""Shared layout helpers for the threehundredfiftieth corpus: the candidate, quoting, HTML shells.

Layout only: nothing here decides a label.
"""

from __future__ import annotations

import html as _html
from typing import Any

CANDIDATE = ("Rosalind Achterberg-Osei", "rosalind.achterberg@example.co.uk")
ME = CANDIDATE

ATS_DOMAINS = frozenset({
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
})

Spec = dict[str, Any]


def M(name: str, kind: str, lang: str, company: str, contact: str, frm: tuple[str, str],
      subject: str, date: str, body: str, **extra: Any) -> Spec:
    """One message spec. extra: reply_to, to, cc, fmt (plain/html/alt), html, cte, charset,
    html_cte, pdfs, ics, ics_file, fwd, parent, headers, subj_enc, name_enc, rt_enc."""
    return {"name": name, "kind": kind, "lang": lang, "company": company, "contact": contact,
            "from": frm, "subject": subject, "date": date, "body": body, **extra}


def quote(text: str) -> str:
    """Quote a body the way mail programs do ("> " per line, ">" on empty lines)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.rstrip("\n").split("\n"))


def reply(new: str, attribution: str, old: str) -> str:
    """New text, an attribution line, then the quoted earlier message."""
    return f"{new.rstrip()}\n\n{attribution}\n{quote(old)}\n"


def outlook(new: str, frm: str, sent: str, to: str, subject: str, old: str,
            labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject")) -> str:
    """New text above an Outlook-style header block and the unquoted earlier message."""
    f, s, t, j = labels
    return (f"{new.rstrip()}\n\n________________________________\n"
            f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{old.rstrip()}\n")


def forwarded(new: str, frm: str, date: str, subject: str, old: str,
              marker: str = "---------- Forwarded message ---------") -> str:
    return (f"{new.rstrip()}\n\n{marker}\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {CANDIDATE[0]} <{CANDIDATE[1]}>\n\n{old.rstrip()}\n")


def paras(text: str) -> str:
    """Plain paragraphs -> HTML paragraphs (line breaks kept)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(_html.escape(line) for line in b.split("\n"))
                     + "</p>" for b in blocks)


def shell(inner: str, brand: str = "", colour: str = "#2d5f73", footer: str = "") -> str:
    """A simple e-mail HTML page around already-built inner HTML."""
    head = (f'<tr><td style="background:{colour};color:#ffffff;padding:14px 20px;'
            f'font-size:18px">{_html.escape(brand)}</td></tr>\n') if brand else ""
    foot = (f'<tr><td style="color:#777777;font-size:11px;padding:12px 20px">{footer}</td>'
            f"</tr>\n") if footer else ""
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222222">\n'
            '<table width="600" cellpadding="0" cellspacing="0" role="presentation">\n'
            f"{head}"
            f'<tr><td style="padding:16px 20px">\n{inner}\n</td></tr>\n'
            f"{foot}</table>\n</body>\n</html>\n")


def html_of(text: str, brand: str = "", colour: str = "#2d5f73", footer: str = "") -> str:
    return shell(paras(text), brand, colour, footer)


LIST_HEADERS = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}


def list_headers(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
