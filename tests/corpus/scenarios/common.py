"""Shared pieces for the scenarios: ATS sender addresses, footers, list headers."""

from make_corpus import USER, Ics, Msg, Quote, d  # type: ignore[import-not-found]

__all__ = ["USER", "Ics", "Msg", "Quote", "d"]

GREENHOUSE = "no-reply@us.greenhouse-mail.io"
LEVER = "no-reply@hire.lever.co"
SMARTRECRUITERS = "noreply@smartrecruiters.com"
ICIMS = "donotreply@talent.icims.com"
ASHBY = "no-reply@ashbyhq.com"
TEAMTAILOR = "no-reply@teamtailor.com"


def workday(tenant: str) -> str:
    return f"{tenant}@myworkday.com"


def personio(tenant: str) -> str:
    return f"noreply+{tenant}@jobs.personio.de"


DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
    "use of the intended recipient(s) and may contain confidential and privileged information. "
    "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
    "original message."
)
DISCLAIMER_EN2 = (
    "This message and any attachments are confidential. If you have received it in error, "
    "please notify us immediately and delete it. We process applicant data in line with our "
    "privacy notice; you can ask us to delete your data at any time."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie "
    "die unbefugte Weitergabe dieser Mail ist nicht gestattet.\n"
    "Sitz der Gesellschaft: München, Registergericht: Amtsgericht München HRB 000000, "
    "Geschäftsführer: Dr. Martin Keller"
)
DISCLAIMER_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est "
    "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir "
    "immédiatement l'expéditeur."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
    "destinatario y pueden contener información confidencial. Si no es usted el destinatario "
    "indicado, queda notificado de que la utilización, divulgación o copia sin autorización está "
    "prohibida. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por la "
    "empresa con la finalidad de gestionar los procesos de selección."
)

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def list_headers(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>, <mailto:unsubscribe@{unsubscribe.split('/')[2]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
