"""Shared layout helpers for the 326th corpus specs: the candidate, a spec constructor,
signatures and disclaimers. Layout only; every message text lives in the other modules."""

from __future__ import annotations

from typing import Any

CANDIDATE_NAME = "Tobias Engelhardt-Kühn"
CANDIDATE_ADDR = "tobias.ek@example.de"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def m(mid: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
      body: str, **extra: Any) -> Spec:
    """One message spec. `date` is "YYYY-MM-DD HH:MM +ZZZZ"; `frm` is (display name, address)."""
    spec: Spec = {"id": mid, "kind": kind, "lang": lang, "date": date, "from": frm,
                  "subject": subject, "body": body.strip("\n") + "\n"}
    spec.update(extra)
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


def sig(*lines: str) -> str:
    """A signature block under the usual "-- " separator."""
    return "\n-- \n" + "\n".join(lines)


DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie "
    "die unbefugte Weitergabe dieser Mail sind nicht gestattet."
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
    "addressee and may contain confidential information. If you have received it in error, "
    "please notify the sender and delete it. Any unauthorised use or disclosure is prohibited."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de "
    "ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous "
    "avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente "
    "a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al "
    "remitente y proceda a su eliminación. Sus datos se tratan conforme al RGPD."
)
