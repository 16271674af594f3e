"""Shared layout helpers for the corpus_threehundredfiftyfirst message specs (layout only).

A spec is a plain dict built by `M`; the builder (make_threehundredfiftyfirst.py) turns it into
MIME. Nothing here decides a label: every kind, company and contact is written by hand in the
spec modules.
"""

from __future__ import annotations

from typing import Any

CAND_NAME = "Henrike Vasquez-Lindholm"
CAND_ADDR = "henrike.vasquez@example.de"
CAND = (CAND_NAME, CAND_ADDR)

Spec = dict[str, Any]


def M(key: str, kind: str, lang: str, company: str, contact: str,
      frm: tuple[str, str], subject: str, date: str, body: str, **opts: Any) -> Spec:
    """One hand-written message spec. `date` is 'YYYY-MM-DD HH:MM +HHMM'."""
    spec: Spec = {
        "key": key, "kind": kind, "lang": lang, "company": company, "contact": contact,
        "from": frm, "subject": subject, "date": date, "body": body,
    }
    spec.update(opts)
    return spec


def html_shell(body: str, *, brand: str = "", color: str = "#1d3557", footer: str = "") -> str:
    """Wrap plain paragraphs (blank-line separated) in a simple mail HTML layout."""
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    html_paras = "\n".join(
        "<p style=\"margin:0 0 12px 0\">" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    head = ""
    if brand:
        head = (f"<tr><td style=\"background:{color};color:#ffffff;padding:14px 20px;"
                f"font-size:18px\"><b>{brand}</b></td></tr>\n")
    foot = ""
    if footer:
        foot = (f"<tr><td style=\"color:#777777;font-size:11px;padding:10px 20px\">"
                f"{footer}</td></tr>\n")
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
        "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
        f"{head}<tr><td style=\"padding:20px\">\n{html_paras}\n</td></tr>\n{foot}"
        "</table>\n</body>\n</html>\n"
    )


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"


DISCLAIMER_DE = (
    "\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie\n"
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren\n"
    "Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie\n"
    "die unbefugte Weitergabe dieser Mail sind nicht gestattet.\n"
)
DISCLAIMER_EN = (
    "\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee and may contain confidential information. If you have received this e-mail in\n"
    "error, please notify the sender and delete it. Any unauthorised use is prohibited.\n"
)
DISCLAIMER_FR = (
    "\nCe message et ses pièces jointes sont confidentiels et établis à l'intention exclusive\n"
    "de leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer. Toute diffusion non autorisée est interdite.\n"
)
DISCLAIMER_ES = (
    "\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos\n"
    "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo\n"
    "comunique al remitente y lo elimine. Queda prohibida su difusión no autorizada.\n"
)

def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or alert digest."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
