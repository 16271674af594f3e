"""Shared layout for the threehundredfourth corpus specs: the candidate, a spec maker, HTML
shells, signatures and disclaimers. Layout only: no message text lives here."""

from __future__ import annotations

import html
from typing import Any

CAND = ("Océane Lefebvre-Ndiaye", "oceane.ln@example.fr")
CAND_ADDR = CAND[1]

BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}


def m(key: str, kind: str, lang: str, date: str, frm: Any, subject: str,
      text: str | None = None, **extra: Any) -> dict[str, Any]:
    """One message spec. `text` is the new plain text (quotes are added by the builder)."""
    spec: dict[str, Any] = {"key": key, "kind": kind, "lang": lang, "date": date, "frm": frm,
                            "subject": subject}
    if text is not None:
        spec["text"] = dedent(text)
    spec.update(extra)
    return spec


def dedent(text: str) -> str:
    lines = text.strip("\n").split("\n")
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] for line in lines) + "\n"


def page(*paragraphs: str, brand: str = "", footer: str = "", color: str = "#1d3557") -> str:
    """A simple HTML mail shell; paragraphs are plain text (escaped, newlines become <br>)."""
    body = "\n".join(
        "<p>" + html.escape(para).replace("\n", "<br>\n") + "</p>" for para in paragraphs)
    head = (f'<tr><td style="background:{color};color:#fff;padding:12px 20px;'
            f'font-weight:bold">{html.escape(brand)}</td></tr>\n' if brand else "")
    foot = (f'<tr><td style="font-size:11px;color:#777;padding:10px 20px">'
            f"{html.escape(footer).replace(chr(10), '<br>')}</td></tr>\n" if footer else "")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\">\n"
            f"{head}<tr><td style=\"padding:20px\">\n{body}\n</td></tr>\n{foot}</table>\n"
            "</body></html>\n")


def sig(*lines: str) -> str:
    return "\n-- \n" + "\n".join(lines) + "\n"


DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
    "destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
    "supprimer. Toute utilisation ou diffusion non autorisée est interdite.")
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any "
    "unauthorised use, disclosure or copying is prohibited.")
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind "
    "oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
    "Mail sind nicht gestattet.")
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. "
    "Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. "
    "Conforme al RGPD, puede ejercer sus derechos ante nuestro delegado de protección de datos.")
