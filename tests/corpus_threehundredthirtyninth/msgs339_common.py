"""Layout helpers shared by the msgs339_* spec modules: the spec constructor, HTML shells,
quoting (attribution lines in four languages, Outlook header blocks) and signatures.

Nothing here decides a label; every label is written by hand in the spec modules.
"""

from __future__ import annotations

import html as _html
import re
from datetime import datetime
from typing import Any

CANDIDATE_NAME = "Franziska Oberhuber-Lindgren"
CANDIDATE_ADDR = "franziska.oberhuber@example.at"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def _clean(text: str) -> str:
    """Strip the source indentation (that of the first line) from every line that has it;
    lines spliced in without indentation (signatures, disclaimers) stay as they are."""
    lines = text.strip("\n").split("\n")
    indent = len(lines[0]) - len(lines[0].lstrip(" "))
    out = [line[indent:] if not line[:indent].strip() else line for line in lines]
    return "\n".join(out).strip("\n") + "\n"


def spec(name: str, kind: str, lang: str, sender: tuple[str, str], subject: str, date: str,
         text: str | None = None, **opts: Any) -> Spec:
    """One hand-written message: name (file stem), kind (= folder), language, sender
    (display name, address), subject, date ("2026-03-04 09:12 +0100") and plain text body.

    Optional keys: company, contact, html, reply_to, to, cc, charset, cte, html_charset,
    html_cte, subj_enc, name_enc, parent, quote, headers, pdf, ics, ics_mode, forward.
    """
    result: Spec = {"name": name, "kind": kind, "lang": lang, "from": sender,
                    "subject": subject, "date": date,
                    "text": _clean(text) if text is not None else None}
    if "html" in opts and opts["html"] is not None:
        opts["html"] = opts["html"].strip("\n") + "\n"
    result.update(opts)
    result.setdefault("company", "")
    result.setdefault("contact", "")
    return result


def html_shell(title: str, body: str, footer: str = "", accent: str = "#1d4e89") -> str:
    """A plain newsletter/ATS style HTML page around `body` (already HTML)."""
    foot = f'<p style="font-size:11px;color:#777">{footer}</p>\n' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_html.escape(title)}</title>\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td '
        f'style="background:{accent};color:#fff;padding:12px 18px;font-size:18px">'
        f"{_html.escape(title)}</td></tr>\n<tr><td style=\"padding:18px\">\n"
        f"{body.strip()}\n</td></tr></table>\n{foot}</body>\n</html>\n"
    )


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks."""
    blocks = [b for b in _clean(text).split("\n\n") if b.strip()]
    return "\n".join("<p>" + _html.escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def html_to_text(markup: str) -> str:
    """A rough text view of an HTML body, used only when quoting an HTML-only parent."""
    text = re.sub(r"(?is)<(head|style|title).*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</p>|</tr>|</li>|</h\d>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = _html.unescape(text)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
           "Nov.", "Dez."],
}


def attribution(style: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    hm = when.strftime("%H:%M")
    wd = when.weekday()
    mo = when.month - 1
    if style == "en":
        return (f"On {_DAYS['en'][wd]}, {when.day} {_MONTHS['en'][mo]} {when.year} at {hm}, "
                f"{name} <{addr}> wrote:")
    if style == "de":
        return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if style == "de2":
        return (f"Am {_DAYS['de'][wd]}, {when.day}. {_MONTHS['de'][mo]} {when.year} um {hm} "
                f"schrieb {name} <{addr}>:")
    if style == "fr":
        return (f"Le {_DAYS['fr'][wd]} {when.day} {_MONTHS['fr'][mo]} {when.year} à {hm}, "
                f"{name} <{addr}> a écrit :")
    if style == "es":
        return (f"El {_DAYS['es'][wd]}, {when.day} {_MONTHS['es'][mo]} {when.year} a las {hm}, "
                f"{name} (<{addr}>) escribió:")
    raise ValueError(style)


_OUTLOOK = {
    "outlook-en": ("From", "Sent", "To", "Subject"),
    "outlook-de": ("Von", "Gesendet", "An", "Betreff"),
    "outlook-fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "outlook-es": ("De", "Enviado el", "Para", "Asunto"),
}


def quote_block(style: str, when: datetime, sender: tuple[str, str], to: tuple[str, str],
                subject: str, body: str) -> str:
    """The quoted earlier message appended under a reply (`> ` lines or an Outlook block)."""
    name, addr = sender
    if style.startswith("outlook"):
        f, s, t, subj = _OUTLOOK[style]
        stamp = when.strftime("%d.%m.%Y %H:%M") if style != "outlook-en" else \
            when.strftime("%A, %d %B %Y %H:%M")
        head = (f"{f}: {name} <{addr}>\n{s}: {stamp}\n{t}: {to[0]} <{to[1]}>\n"
                f"{subj}: {subject}\n")
        sep = "________________________________" if style != "outlook-en" else \
            "-----Original Message-----"
        return f"{sep}\n{head}\n{body.rstrip()}\n"
    lines = body.rstrip("\n").split("\n")
    quoted = "\n".join(">" if not line else "> " + line if not line.startswith(">")
                       else ">" + line for line in lines)
    return f"{attribution(style, when, name, addr)}\n{quoted}\n"


def sig(name: str, title: str, company: str, address: str, phone: str,
        web: str = "") -> str:
    """A signature block (name, title, company, address, phone, web)."""
    lines = ["-- ", name, title, company, address, phone]
    if web:
        lines.append(web)
    return "\n".join(lines)


DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.\n"
    "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,\n"
    "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error, please notify the sender and delete it. Any views\n"
    "expressed are those of the author and not necessarily those of the organisation."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive\n"
    "de ses destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur\n"
    "et de le détruire."
)
DISCLAIMER_ES = (
    "Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y\n"
    "proceda a su eliminación."
)
