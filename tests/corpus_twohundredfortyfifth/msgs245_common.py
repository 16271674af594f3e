"""Shared pieces of corpus 245: the candidate, a spec builder, quoting helpers and HTML shells.

Layout only: every message writes its own words in the msgs245_*.py modules.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Hortense Mbeki-Valdés"
CANDIDATE = "hortense.mv@example.fr"
ME = (CANDIDATE_NAME, CANDIDATE)

SIG_FR = "Hortense Mbeki-Valdés\n06 41 27 88 13\nMontpellier"
SIG_EN = "Hortense Mbeki-Valdés\n+33 6 41 27 88 13"

SYSTEM = re.compile(
    r"(no-?reply|ne-?pas-?repondre|notification|donotreply|mailer|alert|newsletter|bounce|"
    r"digest|news@|info@|system|automat|postmaster)|"
    r"@(.*\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com|"
    r"ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|"
    r"bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)


def M(kind, slug, lang, frm, subject, date, body, company="", contact=None, **kw):
    """One message spec. frm is (display name, address). contact=None: worked out from
    Reply-To / From unless they are system addresses or the candidate."""
    if contact is None:
        cands = [a for _, a in ([kw["reply_to"]] if "reply_to" in kw else []) + [frm]]
        contact = ""
        listed = any(h in kw.get("headers", {}) for h in ("List-Id", "List-Unsubscribe"))
        for a in ([] if listed else cands):
            if a.lower() != CANDIDATE and not SYSTEM.search(a.lower()):
                contact = a.lower()
                break
    spec = {"kind": kind, "slug": slug, "lang": lang, "frm": frm, "subject": subject, "date": date,
                "body": body, "company": company, "contact": contact}
    spec.update(kw)
    return spec


def quote(text, who, when, lang):
    head = {
        "en": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
    }[lang]
    lines = ["> " + line if line else ">" for line in text.strip("\n").splitlines()]
    return head + "\n" + "\n".join(lines)


def outlook(frm, sent, to, subject, text, lang):
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    return ("________________________________\n"
            f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}\n\n{text.strip()}")


def forwarded(frm, date, subject, to, text, lang="fr"):
    title = {"fr": "Message transféré", "en": "Forwarded message",
             "de": "Weitergeleitete Nachricht", "es": "Mensaje reenviado"}[lang]
    return (f"---------- {title} ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {to}\n\n{text.strip()}")


def _paras(text):
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        esc = html.escape(block)
        esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def simple_html(text):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n{_paras(text)}\n"
            "</body></html>\n")


def ats_card(text, brand, color="#2b6cb0", footer="Powered by an applicant tracking system"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            f"{html.escape(brand)}</title></head>\n<body style=\"background:#f4f5f7;margin:0\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n<table width=\"600\" style=\"background:#fff;"
            "border-radius:6px\">\n"
            f"<tr><td style=\"background:{color};color:#fff;padding:18px;font-size:20px\">"
            f"{html.escape(brand)}</td></tr>\n"
            f"<tr><td style=\"padding:24px;font-family:Helvetica,Arial\">\n{_paras(text)}\n"
            "</td></tr>\n"
            f"<tr><td style=\"padding:12px;color:#888;font-size:11px\">{html.escape(footer)}"
            "</td></tr>\n</table></td></tr></table>\n</body></html>\n")


def outlook_html(text):
    body = "\n".join(
        "<p class=MsoNormal>" + html.escape(line) + "<o:p></o:p></p>" if line.strip()
        else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        for line in text.strip().splitlines())
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\"} --></style>\n"
            f"</head>\n<body lang=FR link=\"#0563C1\">\n<div class=WordSection1>\n{body}\n"
            "</div>\n</body>\n</html>\n")


def newsletter_html(text, title, links=()):
    items = "\n".join(f'<li><a href="{html.escape(u)}">{html.escape(t)}</a></li>'
                      for t, u in links)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n<body>\n"
            f"<h1 style=\"font-size:22px\">{html.escape(title)}</h1>\n{_paras(text)}\n"
            f"<ul>\n{items}\n</ul>\n<p style=\"font-size:11px;color:#999\">"
            "<a href=\"https://example.org/unsubscribe\">Unsubscribe / Se désabonner</a></p>\n"
            "</body></html>\n")


def list_headers(list_id, unsub):
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
