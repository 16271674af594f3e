"""Layout helpers shared by the msgs317_* modules: the spec constructor, signatures,
disclaimers and HTML shells. No message text lives here."""

from __future__ import annotations

from html import escape
from typing import Any

CANDIDATE_NAME = "Inés Villanueva Ortega"
CANDIDATE_ADDR = "ines.villanueva@example.es"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def msg(kind: str, lang: str, key: str, **fields: Any) -> Spec:
    """One hand-written message: kind/lang/key plus the fields the builder reads.

    Fields: frm, reply_to, to, cc, subject, date ("YYYY-MM-DD HH:MM"), tz ("CET", "WET",
    "UTC"), body, html, fmt ("plain", "html", "alt"), cte, charset, subj_enc, name_enc,
    attach, ics, ics_attach, fwd, parent, quote, headers, company, contact.
    """
    spec: Spec = {"kind": kind, "lang": lang, "key": key, "company": "", "contact": ""}
    spec.update(fields)
    return spec


def own(lang: str, key: str, **fields: Any) -> Spec:
    """The candidate's own sent mail: always kind other, no company, no contact."""
    fields.setdefault("frm", ME)
    return msg("other", lang, key, **fields)


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def html_shell(text: str, brand: str = "", color: str = "#1f4e79", footer: str = "",
               charset: str = "utf-8") -> str:
    """A plain e-mail HTML layout: an optional brand bar, one <p> per paragraph, a footer."""
    paragraphs = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    bar = (f'<div style="background:{color};color:#ffffff;padding:12px 18px;'
           f'font-size:18px;font-weight:bold">{escape(brand)}</div>\n') if brand else ""
    foot = (f'<div style="color:#777777;font-size:11px;padding:8px 18px">'
            f'{escape(footer)}</div>\n') if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
        f"{bar}"
        f'<div style="padding:16px 18px;max-width:640px">\n{body}\n</div>\n'
        f"{foot}"
        "</body>\n</html>\n"
    )


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or job-alert digest."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsubscribe),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("Precedence", "auto_reply")]

DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo\n"
    "elimine. De acuerdo con el RGPD, sus datos se tratarán únicamente para gestionar el proceso\n"
    "de selección."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error, please notify the sender and delete it. Any views\n"
    "expressed are those of the author and not necessarily those of the company."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den\n"
    "Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie\n"
    "bitte den Absender und löschen Sie die Nachricht."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive\n"
    "de leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et\n"
    "de le détruire."
)
