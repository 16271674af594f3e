"""Shared layout helpers for corpus 323: the candidate, spec shorthand, HTML shells, signatures.

Layout only: nothing here decides a label. Each message spec is a plain dict written by hand in
one of the msgs323_*.py modules; make_threehundredtwentythird.py turns the specs into .eml files.
"""

from __future__ import annotations

from typing import Any

CAND = ("Konstantin Wiesinger", "konstantin.wiesinger@example.at")

Spec = dict[str, Any]


def M(**kw: Any) -> Spec:
    """One message spec. Keys:

    s slug, k kind, l language, co company label, ct contact source ("f" From, "r" Reply-To,
    "" none), fr (name, address), rt Reply-To, to/cc lists, sub subject, d date
    "YYYY-MM-DD HH:MM +ZZZZ", b plain text, h HTML, cs charset, cte transfer encoding,
    att PDF attachments [(filename, [lines])], ics calendar dict, hdr extra headers,
    re parent slug, q quote style ("std"/"outlook"/None), fwd slug of a forwarded message,
    ews / ewn (charset, "Q"|"B") to write the subject / From name as RFC 2047 encoded words.
    """
    kw.setdefault("to", [CAND])
    kw.setdefault("cs", "utf-8")
    kw.setdefault("ct", "")
    kw.setdefault("co", "")
    return kw


def own(**kw: Any) -> Spec:
    """A message the candidate sent himself (always kind other, no company, no contact)."""
    kw["fr"] = CAND
    kw["k"] = "other"
    return M(**kw)


def shell(inner: str, brand: str = "", color: str = "#2d4a3e", foot: str = "") -> str:
    """A simple HTML mail shell as mail tools and ATSs produce them."""
    head = (
        f'<tr><td style="background:{color};color:#ffffff;padding:14px 20px;'
        f'font-size:18px;font-weight:bold">{brand}</td></tr>\n'
        if brand else ""
    )
    tail = (
        f'<tr><td style="padding:10px 20px;color:#888888;font-size:11px">{foot}</td></tr>\n'
        if foot else ""
    )
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation">\n'
        f"{head}"
        f'<tr><td style="padding:20px">\n{inner}\n</td></tr>\n'
        f"{tail}"
        "</table>\n</body>\n</html>\n"
    )


def plain_html(inner: str) -> str:
    """A bare HTML body as a desktop mail client writes it."""
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "</head>\n<body>\n" + inner + "\n</body></html>\n"
    )


DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
    "Wenn Sie nicht\nder richtige Adressat sind, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese E-Mail.\nDas unerlaubte Kopieren sowie die unbefugte Weitergabe "
    "dieser E-Mail sind nicht gestattet."
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee.\nIf you have received it in error, please notify the sender and delete it. "
    "Any other use is prohibited."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive "
    "de leurs\ndestinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur "
    "et de le détruire."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a "
    "su destinatario.\nSi lo ha recibido por error, comuníquelo al remitente y bórrelo. "
    "Sus datos se tratan conforme al RGPD."
)
