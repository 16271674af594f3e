"""Shared layout helpers for corpus 342: the candidate, signatures, disclaimers, HTML shells.

Layout only: nothing here decides what a message means.
"""

from __future__ import annotations

import html
from typing import Any

CAND_NAME = "Siobhán Rautenberg-Ní Bhriain"
CAND_ADDR = "siobhan.rautenberg@example.ie"
CAND = (CAND_NAME, CAND_ADDR)

Spec = dict[str, Any]


def msg(
    key: str,
    kind: str,
    lang: str,
    frm: tuple[str, str],
    date: str,
    subject: str,
    text: str | None,
    *,
    company: str = "",
    contact: str = "",
    **extra: Any,
) -> Spec:
    """One hand-written message spec (see make_threehundredfortysecond.py for the keys)."""
    spec: Spec = {
        "key": key,
        "kind": kind,
        "lang": lang,
        "from": frm,
        "date": date,
        "subject": subject,
        "text": text,
        "company": company,
        "contact": contact,
    }
    spec.update(extra)
    return spec


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def html_from_text(text: str) -> str:
    """Paragraphs of a plain body as an HTML fragment (blank line = new paragraph)."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(line) for line in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_shell(fragment: str, lang: str, brand: str = "") -> str:
    """A plain mail-client or ATS HTML document around a fragment."""
    head = (
        "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width\">\n</head>\n"
    )
    if brand:
        body = (
            "<body style=\"margin:0;background:#f4f5f7\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;"
            "font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<tr><td style=\"padding:18px 24px;border-bottom:3px solid #2b6cb0\"><strong>"
            + html.escape(brand)
            + "</strong></td></tr>\n<tr><td style=\"padding:24px\">\n"
            + fragment
            + "\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n"
        )
    else:
        body = (
            "<body>\n<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + fragment
            + "\n</div>\n</body>\n"
        )
    return head + body + "</html>\n"


DISCLAIMER_EN = (
    "\nThis e-mail and any attachments are confidential and intended solely for the\n"
    "addressee. If you have received it in error, please notify the sender and delete\n"
    "it. Any views expressed are those of the individual sender.\n"
)
DISCLAIMER_DE = (
    "\nDiese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den\n"
    "genannten Empfänger bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten\n"
    "haben, informieren Sie bitte den Absender und löschen Sie die E-Mail.\n"
)
DISCLAIMER_FR = (
    "\nCe message et ses pièces jointes sont confidentiels et établis à l'attention\n"
    "exclusive de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en\n"
    "avertir l'expéditeur et de le supprimer.\n"
)
DISCLAIMER_ES = (
    "\nEste mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al\n"
    "remitente y proceda a su eliminación. Protección de datos: RGPD (UE) 2016/679.\n"
)
