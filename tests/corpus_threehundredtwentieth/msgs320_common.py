"""Shared layout helpers for the threehundredtwentieth corpus: the candidate, a spec maker,
HTML shells, signatures and legal disclaimers. Layout only; every message text is in the
msgs320_*.py modules."""

from __future__ import annotations

import html

CAND = ("Anaïs Delacroix-N'Diaye", "anais.dnd@example.fr")
CAND_ADDR = CAND[1]

LIST_BULK = "bulk"


def m(key: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
      text: str | None = None, **extra: object) -> dict:
    """One message spec. kind/lang/company/contact are the labels."""
    spec: dict = {"key": key, "kind": kind, "lang": lang, "date": date, "frm": frm,
                  "subject": subject, "text": text}
    spec.update(extra)
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


def own(key: str, lang: str, date: str, to: tuple[str, str], subject: str, text: str,
        **extra: object) -> dict:
    """A message the candidate sent herself: always `other`, no contact."""
    return m(key, "other", lang, date, CAND, subject, text, to=[to], **extra)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML paragraphs."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + html.escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def shell(inner: str, *, brand: str = "", color: str = "#1f3a5f", footer: str = "",
          lang: str = "fr") -> str:
    """A full HTML document around `inner` (already HTML)."""
    top = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;'
           f'font:bold 18px Arial,sans-serif">{html.escape(brand)}</td></tr>\n'
           if brand else "")
    foot = (f'<tr><td style="padding:12px 24px;color:#888888;font:11px Arial,sans-serif">'
            f"{footer}</td></tr>\n" if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        "<title></title>\n</head>\n<body style=\"margin:0;background:#f4f4f4\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:620px;margin:0 auto;background:#ffffff">\n'
        f"{top}"
        '<tr><td style="padding:20px 24px;font:14px/1.5 Arial,sans-serif;color:#222222">\n'
        f"{inner}\n</td></tr>\n{foot}</table>\n</body>\n</html>\n"
    )


def page(text: str, **kw: str) -> str:
    """HTML version of a plain text, inside a shell."""
    return shell(paras(text), **kw)


def simple_html(text: str) -> str:
    """The bare HTML a mail client writes for a short personal note."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head>\n<body>\n<div dir=\"ltr\">\n" + paras(text) + "\n</div>\n</body>\n</html>\n")


DISCLAIMER_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
    "interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
    "l'expéditeur et de le détruire."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any views "
    "expressed are those of the author and do not necessarily represent the company."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
    "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte "
    "Weitergabe dieser Mail sind nicht gestattet."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos "
    "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo "
    "comunique al remitente y lo elimine. De acuerdo con el RGPD, sus datos serán tratados "
    "con la única finalidad de gestionar el proceso de selección."
)


def latin1_typed(specs: list[dict]) -> list[dict]:
    """Messages written in an ISO-8859-1 mail client: no en dash, euro sign or curly quote
    (the client types '-', 'EUR' and a straight apostrophe)."""
    for spec in specs:
        if spec.get("charset") == "iso-8859-1" and spec.get("text"):
            spec["text"] = (spec["text"].replace("–", "-").replace("€", "EUR")
                            .replace("’", "'"))
    return specs
