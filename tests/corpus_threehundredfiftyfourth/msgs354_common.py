"""Shared layout helpers for corpus 354: the candidate, spec shorthand, HTML shells,
signatures, disclaimers and the PDF / calendar text. Layout only: no message meaning here."""

from __future__ import annotations

from typing import Any

CANDIDATE_NAME = "Cormac Ó Briain-Castellanos"
CANDIDATE_ADDR = "cormac.obriain@example.ie"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def m(kind: str, lang: str, slug: str, company: str, contact: str, frm: tuple[str, str],
      subject: str, date: str, text: str | None = None, **extra: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +HHMM' (the sender's offset)."""
    spec: Spec = {"kind": kind, "lang": lang, "slug": slug, "company": company,
                  "contact": contact, "frm": frm, "subject": subject, "date": date,
                  "text": text}
    spec.update(extra)
    return spec


def mine(slug: str, lang: str, to: tuple[str, str], subject: str, date: str, text: str,
         **extra: Any) -> Spec:
    """A message the candidate sent himself: always `other`, no company, no contact."""
    return m("other", lang, slug, "", "", ME, subject, date, text, to=to, **extra)


def html_shell(brand: str, paragraphs: list[str], colour: str = "#1f4e5a",
               footer: str = "") -> str:
    """A plain branded HTML mail layout around the given paragraphs (already HTML-escaped)."""
    body = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paragraphs)
    foot = f'<p style="font-size:11px;color:#777">{footer}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{brand}</title></head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:{colour};'
        f'color:#fff;padding:12px 18px;font-size:18px">{brand}</td></tr>\n'
        f'<tr><td style="padding:18px">\n{body}\n{foot}\n</td></tr></table>\n</body></html>\n'
    )


def sig(*lines: str) -> str:
    return "\n".join(["--", *lines])


ME_SIG_EN = "Kind regards,\nCormac Ó Briain-Castellanos\n+353 87 415 2290"
ME_SIG_DE = "Viele Grüße\nCormac Ó Briain-Castellanos\n+353 87 415 2290"
ME_SIG_FR = "Bien cordialement,\nCormac Ó Briain-Castellanos\n+353 87 415 2290"
ME_SIG_ES = "Un saludo,\nCormac Ó Briain-Castellanos\n+353 87 415 2290"

DISCLAIMER_EN = (
    "This email and any attachments are confidential and intended solely for the\n"
    "addressee. If you have received it in error please notify the sender and delete\n"
    "it. Views expressed are those of the author and not necessarily of the company."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige\n"
    "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese\n"
    "Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à\n"
    "leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer. Pensez à l'environnement avant d'imprimer ce courriel."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.\n"
    "De acuerdo con el RGPD, puede ejercer sus derechos en privacidad@ejemplo.example.es."
)

LIST_HEADERS = "list"  # marker: builder adds List-Id / List-Unsubscribe / Precedence


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
