"""Layout helpers shared by the message modules of corpus 314: the candidate, signatures,
disclaimers and small HTML shells. No message text that decides a label lives here."""

from __future__ import annotations

import html

ME_NAME = "Nkechi Adeyemi-Ross"
ME_ADDR = "nkechi.ar@example.co.uk"
ME = (ME_NAME, ME_ADDR)

ME_SIG_EN = "Kind regards,\nNkechi Adeyemi-Ross\n07700 900 418"
ME_SIG_DE = "Mit freundlichen Grüßen\nNkechi Adeyemi-Ross\n+44 7700 900418"
ME_SIG_FR = "Bien cordialement,\nNkechi Adeyemi-Ross\n+44 7700 900418"
ME_SIG_ES = "Un saludo,\nNkechi Adeyemi-Ross\n+44 7700 900418"

DISCLAIMER_EN = (
    "This email and any attachments are confidential and may be legally privileged. If you\n"
    "are not the intended recipient, please notify the sender immediately and delete it.\n"
    "Any unauthorised use, disclosure or copying is prohibited."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie\n"
    "nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und\n"
    "vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe\n"
    "dieser Mail sind nicht gestattet."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive\n"
    "de leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a\n"
    "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente\n"
    "y proceda a su eliminación."
)


def lines(*parts: str) -> str:
    """Join paragraphs with blank lines and end with a newline."""
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def html_from_text(
    text: str, *, font: str = "Arial, sans-serif", brand: str = "", charset: str = "utf-8"
) -> str:
    """A plain HTML rendering of a text body: one <p> per paragraph, quoted lines in a
    blockquote, an optional coloured brand bar on top."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        rows = para.split("\n")
        if all(row.startswith(">") for row in rows):
            inner = "<br>\n".join(html.escape(row.lstrip("> ").rstrip()) for row in rows)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       f"{inner}</blockquote>")
        else:
            inner = "<br>\n".join(html.escape(row) for row in rows)
            out.append(f"<p>{inner}</p>")
    bar = ""
    if brand:
        bar = (f'<table width="100%" cellpadding="8"><tr><td style="background:#1d3557;'
               f'color:#fff;font-weight:bold">{html.escape(brand)}</td></tr></table>\n')
    body = "\n".join(out)
    return (f"<!DOCTYPE html>\n<html>\n<head><meta charset=\"{charset}\"></head>\n"
            f'<body style="font-family:{font};font-size:14px">\n{bar}{body}\n</body>\n</html>\n')
