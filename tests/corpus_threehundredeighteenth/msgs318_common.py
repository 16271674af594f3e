"""Shared layout helpers for the corpus 318 specs: the candidate, a spec constructor,
signatures, HTML shells and list headers. Layout only, no message text of any kind here."""

from __future__ import annotations

CANDIDATE = ("Bart Achterberg", "bart.achterberg@example.nl")
LANG_ORDER = ["en", "de", "fr", "es"]


def M(sid: str, kind: str, lang: str, frm: tuple[str, str], subject: str, date: str,
      text: str | None = None, **kw: object) -> dict:
    """One message spec. kw: company, contact, reply_to, to, cc, html, auto_html, brand,
    charset, cte, html_cte, html_charset, ics, pdfs, fwd, reply, quote, quote_style, headers,
    subj_enc, name_enc."""
    spec: dict = {"id": sid, "kind": kind, "lang": lang, "frm": frm, "subject": subject,
                  "date": date, "text": text}
    spec.update(kw)
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


def sig(*lines: str) -> str:
    """A signature block, '-- ' separated when asked for with a leading '--'."""
    if lines and lines[0] == "--":
        return "\n-- \n" + "\n".join(lines[1:])
    return "\n" + "\n".join(lines)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text: str, brand: str | None = None) -> str:
    """A plain HTML rendering of a plain-text body: one <p> per paragraph."""
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    body = "\n".join("<p>" + esc(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    head = ""
    if brand:
        head = (f'<div style="background:#1f3b5a;color:#fff;padding:12px 18px;'
                f'font-size:18px">{esc(brand)}</div>\n')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            f"{head}<div style=\"padding:12px 18px\">\n{body}\n</div>\n</body></html>\n")


def html_shell(inner: str, brand: str = "", footer: str = "") -> str:
    """An HTML page around hand-written inner markup, with an optional brand bar and footer."""
    top = ""
    if brand:
        top = (f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:'
               f'#0b4f6c;color:#ffffff;padding:14px 20px;font-size:20px">{esc(brand)}</td></tr>'
               f'</table>\n')
    bottom = ""
    if footer:
        bottom = (f'<p style="font-size:11px;color:#888;border-top:1px solid #ddd;'
                  f'padding-top:8px">{footer}</p>\n')
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"margin:0;font-family:Helvetica,Arial,sans-serif;color:#1d1d1d\">\n"
            f"{top}<div style=\"padding:16px 20px;max-width:640px\">\n{inner}\n{bottom}</div>\n"
            "</body></html>\n")


def list_headers(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ME = CANDIDATE
