"""Layout helpers shared by the msgs307_* spec modules: the candidate, spec shorthand, HTML
shells, signatures. Layout only: no message text is generated here."""

from __future__ import annotations

from typing import Any

LENA = ("Lena Baumgartner", "lena.baumgartner@example.ch")
LENA_ADDR = LENA[1]

Spec = dict[str, Any]


def m(kind: str, lang: str, slug: str, frm: tuple[str, str], subject: str, date: str,
      body: str = "", *, company: str = "", contact: str = "", **extra: Any) -> Spec:
    """One message spec. `body` is the new text (a quote of `parent` is appended when
    quote=True); `extra` carries structure options read by make_threehundredseventh.py."""
    spec: Spec = {"kind": kind, "lang": lang, "slug": slug, "frm": frm, "subject": subject,
                  "date": date, "body": body.strip("\n") + "\n" if body else "",
                  "company": company, "contact": contact}
    spec.update(extra)
    return spec


def html(*paragraphs: str, sig: str = "", footer: str = "") -> str:
    """A plain HTML mail shell: one <p> per paragraph, an optional signature and footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    sig_html = f'\n<p style="color:#555">{sig}</p>' if sig else ""
    foot = f'\n<hr>\n<p style="font-size:11px;color:#888">{footer}</p>' if footer else ""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{paras}{sig_html}{foot}\n</body></html>\n")


def sig(*lines: str) -> str:
    """A signature block after the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"
