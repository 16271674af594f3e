"""Shared layout for the threehundredsixteenth corpus specs: the candidate, HTML shells,
signatures and disclaimers. Layout only; every message text is in the other modules.

A spec is a dict:
  id, kind, lang, co (company label), frm / to / cc / rt ("Name <addr>", ';' between several),
  sys (From is a system sender), rt_sys (Reply-To is a system address), subj, date
  ("YYYY-MM-DD HH:MM", local), tz (eu/uk/utc/us/ca), text, html, cs (body charset),
  cte (qp/b64/8bit), hcs/henc (charset and Q/B for encoded words), hdr (extra headers),
  att [(filename, [pdf lines])], ics {uid, seq, method, start, end, summary, ...},
  fwd (inner spec, attached as message/rfc822), parent (id), quote (gmail/outlook),
  html_quote (also quote in the HTML part).
"""

from __future__ import annotations

import html

CANDIDATE = "Clémence Vautrin <clemence.vautrin@example.fr>"
CAND_SIG = "Clémence Vautrin\n06 41 27 83 90\nNancy"


def shell(body: str, footer: str = "", accent: str = "#1d4e89") -> str:
    """A simple HTML mail shell around already-written HTML `body`."""
    foot = (
        f'<tr><td style="font-size:11px;color:#777;padding:12px">{footer}</td></tr>'
        if footer
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"></head>\n<body style="margin:0">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" '
        'style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
        f'<tr><td style="background:{accent};height:6px"></td></tr>\n'
        f'<tr><td style="padding:20px">\n{body}\n</td></tr>\n{foot}\n'
        "</table>\n</body></html>\n"
    )


def paras(text: str) -> str:
    """Paragraphs of plain text as HTML <p> blocks (blank line = new paragraph)."""
    return "\n".join(
        "<p>" + html.escape(p.strip()).replace("\n", "<br>") + "</p>"
        for p in text.strip().split("\n\n")
    )


def page(text: str, footer: str = "", accent: str = "#1d4e89") -> str:
    return shell(paras(text), footer, accent)


def sig(*lines: str) -> str:
    return "\n-- \n" + "\n".join(lines)


DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive "
    "de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir "
    "immédiatement l'expéditeur et de le supprimer."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo."
)

BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}


def listhdr(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
