"""Shared pieces for the threehundredtenth corpus specs: the candidate, a spec constructor,
signatures, disclaimers and list headers. Layout only: no message meaning lives here."""

from __future__ import annotations

from typing import Any

CAND = ("Tomasz Wróblewski", "tomasz.wroblewski@example.ie")
CAND_SIG = """Kind regards,
Tomasz Wróblewski
+353 87 914 2260
linkedin.example.com/in/tomasz-wroblewski"""


def m(kind: str, lang: str, slug: str, frm: Any, subject: str, date: str, text: str,
      **extra: Any) -> dict[str, Any]:
    """One message spec. `date` is "YYYY-MM-DD HH:MM +ZZZZ" in the sender's offset."""
    spec: dict[str, Any] = {
        "kind": kind, "lang": lang, "slug": slug, "frm": frm, "subject": subject,
        "date": date, "text": text,
    }
    spec.update(extra)
    return spec


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>, <mailto:unsubscribe@{unsubscribe.split('/')[2]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
AUTO_GEN = {"Auto-Submitted": "auto-generated"}

DISCLAIMER_EN = """This email and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and delete it. Any views
expressed are those of the author and do not necessarily represent those of the company."""

DISCLAIMER_DE = """Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe
dieser Mail sind nicht gestattet."""

DISCLAIMER_FR = """Ce message et ses pièces jointes sont confidentiels et établis à l'attention
exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir
immédiatement l'expéditeur et de le détruire."""

DISCLAIMER_ES = """Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos
exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al
remitente y proceda a su eliminación. En cumplimiento del RGPD, sus datos serán tratados con la
única finalidad de gestionar el proceso de selección."""
