"""Shared layout for the threehundredsecond specs: the candidate, senders, signatures, footers.

Layout only: no message text that decides a label lives here.
"""

from __future__ import annotations

CANDIDATE = ("Rosalind Achterberg", "ros.achterberg@example.nl")
ME = CANDIDATE

# Senders used by more than one module (threads cross the kind modules).
MAARTJE = ("Maartje de Wit", "maartje.dewit@artvault.example.nl")
AV_GH = ("Maartje de Wit via Greenhouse", "no-reply@greenhouse-mail.io")
CALDER_WD = ("Calder University Library", "calder@myworkday.com")
VK_TT = ("Veldhuis & Kroon", "no-reply@teamtailor-mail.com")
VK_HUMAN = ("Jorien Bakx", "jorien.bakx@veldhuiskroon.example.nl")
RB_PERSONIO = ("Museum Rheinbogen Köln", "noreply@personio.de")
RB_HUMAN = ("Katrin Weißenborn", "k.weissenborn@rheinbogen-museum.example.de")
DUSSAC_RH = ("Recrutement Fondation Dussac", "rh@fondation-dussac.example.fr")
DUSSAC_HUMAN = ("Hélène Vasseur", "helene.vasseur@fondation-dussac.example.fr")
ZUB_RT = ("Museo Zubiarte", "noreply@recruitee.com")
ZUB_HUMAN = ("Itziar Goikoetxea", "i.goikoetxea@museozubiarte.example.es")
ARDEN = ("Fraser Lindsay", "fraser@ardenfraser.example.co.uk")
LEMAIRE = ("Sophie Lemaire", "s.lemaire@lemaire-culture.example.fr")
DOMSTAD = ("Wouter Hageman", "w.hageman@domstadarchief.example.nl")
TEMPO = ("Femke Rozendaal", "femke@tempocultuur.example.nl")
OUDE = ("Museum Oudegracht Jobs", "jobs@museumoudegracht.example.nl")
OUDE_HR = ("Annelies Brouwer", "a.brouwer@museumoudegracht.example.nl")
PROV_ASHBY = ("Provenio", "no-reply@ashbyhq.com")
PROV_HUMAN = ("Tobias Lindqvist", "tobias@provenio.example.nl")
KP = ("Nadja Brunner", "nadja.brunner@kulturpersonal.example.ch")
KT = ("Dr. Jens Overbeck", "overbeck@kulturtalente.example.de")
MARCEAU_SR = ("Hôtel des Ventes Marceau", "noreply@smartrecruiters.com")
MARCEAU_HUMAN = ("Julien Carrère", "j.carrere@marceau-encheres.example.fr")
BRUNEL_WK = ("Atelier Brunel Restauration", "noreply@workablemail.com")
BRUNEL_HUMAN = ("Claire Brunel", "claire@atelier-brunel.example.fr")
TALENTO = ("Ane Etxeberria", "ane.etxeberria@talentocultural.example.es")
IBAIGANE = ("Mikel Arregi", "m.arregi@ibaigane.example.es")
LEITH = ("Morag Stewart", "morag.stewart@leithmaritime.example.org.uk")
HTP = ("Priya Ramsay", "priya@heritagetalent.example.co.uk")
CANONGATE = ("Canongate Print Collection", "recruitment@canongateprints.example.org.uk")
KEIZ = ("Daan Verhoef", "daan.verhoef@keizersgrachtphoto.example.nl")
HOHENRAIN = ("Beatrice Imhof", "b.imhof@stiftung-hohenrain.example.ch")
MAKK = ("Ulrike Stratmann", "u.stratmann@makk-koeln.example.de")
URIBARRI = ("Galería Uribarri", "info@galeriauribarri.example.es")


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines)


DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error, please notify the sender and delete it. Any views\n"
    "expressed are those of the author and not necessarily those of the organisation."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat\n"
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das\n"
    "unerlaubte Kopieren sowie die Weitergabe dieser E-Mail ist nicht gestattet."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur\n"
    "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le\n"
    "supprimer. Toute diffusion non autorisée est interdite."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y\n"
    "proceda a su borrado. Protección de datos: puede ejercer sus derechos en\n"
    "privacidad@ibaigane.example.es."
)

BULK = [("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers for digests and newsletters."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


def html_shell(title: str, inner: str, lang: str = "en") -> str:
    """A newsletter-like HTML page around `inner`."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n"
        '<body style="margin:0;background:#f4f2ee">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:24px;font-family:Georgia,serif;color:#2b2b2b">\n'
        f"{inner}\n"
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )


def msg(**fields: object) -> dict:
    """One message spec (a plain dict; keyword syntax keeps the specs readable)."""
    return fields
