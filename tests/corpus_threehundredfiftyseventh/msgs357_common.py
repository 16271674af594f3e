"""Layout helpers shared by the message modules of the threehundredfiftyseventh corpus.

Only layout lives here (the candidate, HTML shells, signatures); every message text is
written by hand in the msgs357_* modules.
"""

from __future__ import annotations

from html import escape

CANDIDATE = ("Gonzalo Urquiza Ferreira", "gonzalo.urquiza@example.es")

SIGNATURE_ES = """--
Gonzalo Urquiza Ferreira
Socorrista acuático y entrenador de natación
Santander (Cantabria) · +34 600 418 273"""

SIGNATURE_EN = """--
Gonzalo Urquiza Ferreira
Lifeguard & swimming coach, Santander (Spain)
+34 600 418 273"""

SIGNATURE_DE = """--
Gonzalo Urquiza Ferreira
Rettungsschwimmer und Schwimmtrainer
Santander (Spanien) · +34 600 418 273"""

SIGNATURE_FR = """--
Gonzalo Urquiza Ferreira
Maître-nageur sauveteur et entraîneur de natation
Santander (Espagne) · +34 600 418 273"""


def html_page(paragraphs: list[str], brand: str = "", footer: str = "",
              color: str = "#1f4e79") -> str:
    """A plain HTML mail shell: paragraphs are already HTML (they may hold <b>, <a>, <br>)."""
    head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 20px;'
            f'font-size:18px;font-weight:bold">{escape(brand)}</td></tr>\n') if brand else ""
    body = "\n".join(f'<p style="margin:0 0 12px 0">{p}</p>' for p in paragraphs)
    foot = (f'<tr><td style="padding:10px 20px;font-size:11px;color:#777777">{footer}</td></tr>\n'
            if footer else "")
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px">\n'
            f"{head}"
            f'<tr><td style="padding:18px 20px">\n{body}\n</td></tr>\n'
            f"{foot}"
            "</table>\n</body>\n</html>\n")


def m(**spec: object) -> dict[str, object]:
    """One message spec (a plain dict); the builder documents the keys."""
    return dict(spec)
