"""Shared layout helpers for the corpus 332 message specs: the candidate, HTML shells,
signatures and disclaimers. Layout only: no message text that decides a kind lives here."""

from __future__ import annotations

import html
from typing import Any

CANDIDATE_NAME = "Solène Marchetti-Baudry"
CANDIDATE_ADDR = "solene.mb@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)



def spec(**fields: Any) -> dict[str, Any]:
    """One message spec (or a calendar part of one), written as keyword arguments."""
    return fields


ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)


def paragraphs_html(text: str) -> str:
    """Blank-line separated paragraphs as <p> blocks, single line breaks as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_page(text: str, brand: str = "", color: str = "#2d4a6b", footer: str = "") -> str:
    """A plain branded HTML shell around the paragraphs of `text`."""
    head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 20px;'
            f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n') if brand else ""
    foot = (f'<tr><td style="padding:10px 20px;font-size:11px;color:#777777">'
            f'{paragraphs_html(footer)}</td></tr>\n') if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n"
        '<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{head}"
        f'<tr><td style="padding:20px;font-size:14px;line-height:1.5">\n{paragraphs_html(text)}\n'
        "</td></tr>\n"
        f"{foot}"
        "</table>\n</body></html>\n"
    )


def outlook_html(text: str) -> str:
    """The bare look of an HTML body written in a desktop mail program."""
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "</head>\n<body lang=\"FR\" style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
        f'<div class="WordSection1">\n{paragraphs_html(text)}\n</div>\n</body></html>\n'
    )


def signature(*lines: str) -> str:
    """A signature block after the usual dash-dash line."""
    return "-- \n" + "\n".join(lines)


DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs\n"
    "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer. Toute diffusion non autorisée est interdite."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error, please notify the sender and delete it. Any unauthorised\n"
    "use or disclosure is prohibited."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den\n"
    "Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie\n"
    "bitte den Absender und löschen Sie die Nachricht."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y\n"
    "proceda a su eliminación. Conforme al RGPD, sus datos se tratan con fines de selección."
)
