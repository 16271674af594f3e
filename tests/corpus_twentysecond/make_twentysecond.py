"""Writes the twenty-second labelled corpus: one candidate's inbox, January to May 2026.

The candidate is Camille Dubois-Laurent <camille.dubois@example.com>, a management accountant
looking for controller roles in France, Belgium, Switzerland, Luxembourg, Québec, London and
Madrid. Every message below was written by hand as its own scenario; this script only does the
MIME work (charsets, transfer encodings, HTML, calendar parts, attachments, threading headers)
so that the bytes look like what real mail programs and ATS products send.

Run it from anywhere: `python tests/corpus_twentysecond/make_twentysecond.py`. It rewrites the
.eml files and labels.csv next to it, deterministically. It imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "camille.dubois@example.com"
ME_NAME = "Camille Dubois-Laurent"
KIND_ORDER = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
# Characters a latin-1 mailer cannot carry, replaced the way such mailers do it.
_LATIN1_FALLBACK = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
                    "€": "EUR", "œ": "oe", "Œ": "OE", "\u202f": " ", "•": "*"}


@dataclass
class Msg:
    """One scenario: the labels, the headers and the text a person wrote."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: str
    subject: str
    body: str
    date: str
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 7bit | 8bit | qp | b64
    charset: str = "utf-8"
    to: str = ""
    reply_to: str = ""
    cc: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    reply_to_id: str = ""
    follows: str = ""  # scenario of an earlier message in the same thread
    ics: str = ""
    attach: str = ""
    tz: int = 1


MESSAGES: list[Msg] = []


def add(kind: str, scenario: str, lang: str, company: str, contact: str, sender: str,
        subject: str, body: str, date: str, **opts: object) -> None:
    """Register one scenario; labels are given alongside the mail so they cannot drift."""
    MESSAGES.append(Msg(kind, scenario, lang, company, contact, sender, subject, body, date,
                        **opts))  # type: ignore[arg-type]


def _addr(text: str) -> str:
    """'Name <a@b>' with an RFC 2047 name when it is not ASCII."""
    name, address = parseaddr(text)
    return formataddr((name, address), charset="utf-8") if name else address


def _subject(text: str) -> str:
    if text.isascii():
        return text
    return Header(text, "utf-8", maxlinelen=76).encode(linesep="\n")


def _encode(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    for bad, good in _LATIN1_FALLBACK.items():
        try:
            bad.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    raw = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(raw), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(raw), "base64"
    if raw.isascii():
        return raw, "7bit"
    return raw, "8bit"


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    body, transfer = _encode(text, charset, cte)
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {transfer}\n\n")
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def _html_from_text(text: str, charset: str) -> str:
    """What a marketing or ATS template makes of a plain text: a table, inline styles, pixels."""
    paras = [html.escape(p.strip(), quote=False) for p in text.strip().split("\n\n") if p.strip()]
    cells = "\n".join(
        f'<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;'
        f'padding:0 24px 14px 24px;line-height:20px">{p.replace(chr(10), "<br>")}</td></tr>'
        for p in paras)
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
            f"content=\"text/html; charset={charset}\"></head><body style=\"margin:0;padding:0\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#f4f4f4\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
            f"{cells}\n</table></td></tr></table>\n"
            "<img src=\"https://t.example.net/o/open.gif?u=8c1f2\" width=\"1\" height=\"1\" alt=\"\">"
            "\n</body></html>")


def _boundary(seed: str, n: int) -> str:
    return f"==_{hashlib.sha1(f'{seed}{n}'.encode()).hexdigest()[:20]}_=="


def _message_id(msg: Msg, index: int) -> str:
    domain = parseaddr(msg.sender)[1].split("@")[-1] or "example.net"
    digest = hashlib.sha1(f"{index}{msg.scenario}".encode()).hexdigest()[:16]
    return f"<{digest}.{index:03d}@{domain}>"


def _body_parts(msg: Msg) -> bytes:
    seed = msg.scenario
    if msg.fmt == "html":
        text_part = _leaf("text/html", _html_from_text(msg.body, msg.charset), msg.charset, msg.cte)
    elif msg.fmt == "alt":
        b = _boundary(seed, 1)
        text_part = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
                     f"--{b}\n").encode() + _leaf("text/plain", msg.body, msg.charset, msg.cte)
        text_part += f"--{b}\n".encode() + _leaf(
            "text/html", _html_from_text(msg.body, msg.charset), msg.charset, msg.cte)
        text_part += f"--{b}--\n".encode()
    else:
        text_part = _leaf("text/plain", msg.body, msg.charset, msg.cte, "; format=flowed"
                          if msg.cte == "8bit" and msg.fmt == "plain" and len(msg.body) < 400
                          else "")
    extras: list[bytes] = []
    if msg.ics:
        method = re.search(r"METHOD:(\w+)", msg.ics)
        extras.append(_leaf("text/calendar", msg.ics.replace("\n", "\r\n"), "utf-8", "b64",
                            f"; method={method.group(1) if method else 'REQUEST'}"))
    if msg.attach:
        pdf = b"%PDF-1.4\n% invented attachment for a test corpus\n%%EOF\n"
        extras.append((f"Content-Type: application/pdf; name=\"{msg.attach}\"\n"
                       f"Content-Disposition: attachment; filename=\"{msg.attach}\"\n"
                       "Content-Transfer-Encoding: base64\n\n").encode()
                      + base64.encodebytes(pdf))
    if not extras:
        return text_part
    b = _boundary(seed, 2)
    kind = "alternative" if msg.ics and not msg.attach and msg.fmt != "alt" else "mixed"
    out = f"Content-Type: multipart/{kind}; boundary=\"{b}\"\n\n".encode()
    for part in (text_part, *extras):
        out += f"--{b}\n".encode() + part
    return out + f"--{b}--\n".encode()


def render(msg: Msg, index: int) -> bytes:
    """The whole message as bytes, headers first, LF line ends as a Maildir keeps them."""
    when = datetime.fromisoformat(msg.date).replace(tzinfo=timezone(timedelta(hours=msg.tz)))
    lines = [
        f"Return-Path: <{parseaddr(msg.sender)[1]}>",
        f"Message-ID: {_message_id(msg, index)}",
        f"Date: {format_datetime(when)}",
        f"From: {_addr(msg.sender)}",
        f"To: {_addr(msg.to or f'{ME_NAME} <{ME}>')}",
    ]
    if msg.cc:
        lines.append(f"Cc: {_addr(msg.cc)}")
    if msg.reply_to:
        lines.append(f"Reply-To: {_addr(msg.reply_to)}")
    lines.append(f"Subject: {_subject(msg.subject)}")
    parents = [_message_id(MESSAGES[i], i + 1) for i, m in enumerate(MESSAGES)
               if msg.follows and m.scenario == msg.follows]
    assert len(parents) == (1 if msg.follows else 0), msg.scenario
    if msg.reply_to_id:
        parents.append(f"<{msg.reply_to_id}>")
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append(f"References: {' '.join(parents)}")
    lines += [f"{k}: {v}" for k, v in msg.headers.items()]
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines).encode("ascii") + b"\n" + _body_parts(msg)


def main() -> None:
    """Rewrite every kind folder and labels.csv from MESSAGES."""
    for kind in KIND_ORDER:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    rows = []
    for index, msg in enumerate(MESSAGES, start=1):
        assert msg.kind in KIND_ORDER, msg.scenario
        rel = f"{msg.kind}/{index:03d}_{msg.scenario}.eml"
        (ROOT / rel).write_bytes(render(msg, index))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


def ics(method: str, uid: str, summary: str, start: str, end: str, organizer: str,
        status: str = "CONFIRMED", seq: int = 0, location: str = "") -> str:
    """A calendar part as Outlook, Google or an ATS scheduler sends it (times in UTC)."""
    loc = f"LOCATION:{location}\n" if location else ""
    return (f"BEGIN:VCALENDAR\nPRODID:-//Example Scheduler//EN\nVERSION:2.0\nMETHOD:{method}\n"
            f"BEGIN:VEVENT\nUID:{uid}\nSEQUENCE:{seq}\nDTSTAMP:20260101T000000Z\n"
            f"DTSTART:{start}\nDTEND:{end}\nSUMMARY:{summary}\n{loc}STATUS:{status}\n"
            f"ORGANIZER;CN=Organizer:mailto:{organizer}\n"
            f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}\nEND:VEVENT\nEND:VCALENDAR\n")


# --------------------------------------------------------------------------------------------
# The inbox. Arguments: kind, scenario, language, company label, contact label, From, Subject,
# body, local date; options for structure. Order roughly follows the kinds, not the dates.
# --------------------------------------------------------------------------------------------

# ---------------------------------------------------------------- rejections
add("rejection", "taleo_template_industrial", "fr", "Groupe Vernaz Industries", "",
    "Groupe Vernaz Industries <ne-pas-repondre@vernaz-industries.taleo.example.net>",
    "Votre candidature - Contrôleur de gestion usine H/F (Réf. 26-0114)",
    """Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Vernaz Industries et de votre candidature au poste de Contrôleur de gestion usine H/F (Réf. 26-0114) basé à Saint-Priest.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées dans notre base de données et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Groupe Vernaz Industries

Ce message est généré automatiquement, merci de ne pas y répondre.
""", "2026-01-19T08:02:11", fmt="alt", cte="qp")

add("rejection", "hiring_manager_mobile_after_interview", "fr", "Lumea Cosmétiques", "b.achard@lumea-cosmetiques.example.com",
    "Bérénice Achard <b.achard@lumea-cosmetiques.example.com>",
    "Re: Suite à notre échange",
    """Bonjour Camille,

Merci encore pour ton temps mardi. On a finalement retenu une autre candidate, avec une expérience retail plus directe. Ce n'était pas simple, ton profil nous a plu.

Bonne continuation et n'hésite pas à repostuler chez nous

Bérénice

Envoyé de mon iPhone

> Le 3 févr. 2026 à 18:41, Camille Dubois-Laurent <camille.dubois@example.com> a écrit :
>
> Bonjour Bérénice,
> Merci pour l'entretien de ce matin, j'ai beaucoup apprécié nos échanges sur le pilotage des marges par canal.
> Belle soirée,
> Camille
""", "2026-02-06T21:14:02", reply_to_id="cdl.20260203.1841@example.com")

add("rejection", "agency_relayed_bank", "fr", "Banque Hélvea", "thomas.rigal@talentis-finance.example.fr",
    "Thomas Rigal | Talentis Finance <thomas.rigal@talentis-finance.example.fr>",
    "Point sur le poste de Contrôleur financier - Banque Hélvea",
    """Bonjour Camille,

Je reviens vers vous comme promis suite à votre entretien avec la Banque Hélvea.

J'ai eu un retour de la DAF ce matin : ils ont été très intéressés par votre parcours mais ont finalement décidé de poursuivre avec un profil issu du secteur bancaire, la connaissance de la réglementation prudentielle (COREP/FINREP) ayant été déterminante pour eux.

Je suis sincèrement désolé, c'était un beau process. Je garde votre dossier bien en tête, j'ai d'autres missions en contrôle de gestion qui arrivent d'ici quelques semaines et je vous appelle dès que j'ai quelque chose de pertinent.

Bien à vous,

Thomas Rigal
Consultant Senior - Finance & Comptabilité
Talentis Finance | Cabinet de recrutement
06 71 22 48 90 | 21 rue de la Bourse, 69002 Lyon
[Logo Talentis Finance]
""", "2026-03-02T11:37:45", charset="windows-1252", cte="qp")

add("rejection", "workday_soft_other_candidates_en", "en", "Norrbridge Capital", "",
    "Norrbridge Capital <norrbridge@myworkday.example.com>",
    "Update on your application",
    """Dear Camille,

Thank you for your interest in the Financial Controller - EMEA position at Norrbridge Capital and for the time you invested in the application process.

We have reviewed your application carefully. While your experience is impressive, we've decided to pursue other candidates whose background more closely aligns with the requirements of this role at this time.

We encourage you to continue to visit our careers site and apply for positions that match your skills and interests.

Kind regards,
Norrbridge Capital Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
""", "2026-01-27T16:05:00", fmt="html", tz=0)

add("rejection", "blunt_one_liner_en", "en", "Pallister & Crane", "jo.whitcombe@pallistercrane.example.co.uk",
    "Jo Whitcombe <jo.whitcombe@pallistercrane.example.co.uk>",
    "RE: Management Accountant",
    """Hi Camille - thanks for your time, but we won't be moving forward. Good luck with the search.

Jo

Jo Whitcombe | Finance Director | Pallister & Crane
""", "2026-02-11T17:52:19", tz=0)

add("rejection", "british_shant_be_progressing", "en", "Hollins Ashby", "recruitment@hollinsashby.example.co.uk",
    "Hollins Ashby Recruitment <recruitment@hollinsashby.example.co.uk>",
    "Your application - Assistant Financial Controller (London)",
    """Dear Camille,

Many thanks for applying for the role of Assistant Financial Controller with Hollins Ashby.

We have now had the opportunity to consider your application against the shortlisting criteria and I regret to inform you that on this occasion we shan't be progressing your application to the next stage.

We received a very high number of applications of a strong standard, which made the shortlisting decision a difficult one.

May I take this opportunity to thank you for the interest you have shown in Hollins Ashby and to wish you every success in the future.

Yours sincerely

Priya Chandarana
Recruitment Coordinator
Hollins Ashby LLP
T: +44 (0)20 7946 0318

Hollins Ashby LLP is a limited liability partnership registered in England and Wales (OC000000). A list of members is available at our registered office. This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it.
""", "2026-02-17T10:20:44", cte="qp", tz=0)

add("rejection", "role_on_hold_fr", "fr", "Mairie de Villeurbanne", "recrutement@mairie-villeurbanne.example.fr",
    "Service Recrutement <recrutement@mairie-villeurbanne.example.fr>",
    "Votre candidature au poste de contrôleur de gestion (catégorie A)",
    """Madame,

Vous avez bien voulu vous porter candidate au poste de contrôleur de gestion (catégorie A) au sein de la Direction des Finances de la Ville de Villeurbanne, et nous vous en remercions.

Je vous informe que, suite à une réorganisation de la direction, le recrutement sur ce poste est suspendu et la procédure est close. Votre candidature ne peut donc pas être retenue.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice des Ressources Humaines
Mairie de Villeurbanne
""", "2026-03-09T14:02:00", charset="iso-8859-1", cte="qp")

add("rejection", "after_case_study_fr_vous", "fr", "Arvalis Assurances", "claire.meunier@arvalis-assurances.example.fr",
    "Claire MEUNIER <claire.meunier@arvalis-assurances.example.fr>",
    "Cas pratique - retour",
    """Bonjour Madame Dubois-Laurent,

Je vous remercie pour le cas pratique rendu vendredi et pour le temps que vous y avez consacré.

Le comité l'a examiné avec attention. Votre analyse des écarts était claire, mais la partie consolidation ne répondait pas tout à fait à nos attentes pour ce poste. Nous avons donc décidé de ne pas poursuivre le processus avec vous.

Je reste à votre disposition si vous souhaitez un retour plus détaillé par téléphone.

Cordialement,

Claire Meunier
Responsable Recrutement Fonctions Support
Arvalis Assurances
Tél. : 01 44 90 12 37

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
""", "2026-03-16T09:48:31")

add("rejection", "smartrecruiters_position_filled", "en", "Brixhold", "",
    "Brixhold Hiring Team <noreply@smartrecruiters.example.com>",
    "Regarding your application for Senior Financial Analyst",
    """Hi Camille,

Thank you for applying to the Senior Financial Analyst position at Brixhold.

We wanted to let you know that this position has now been filled. We appreciate the time you took to apply and hope you'll consider other opportunities with us in the future.

Best,
The Brixhold Hiring Team

Powered by SmartRecruiters | Privacy Policy | Unsubscribe from job alerts
""", "2026-02-03T19:11:07", fmt="alt", cte="b64", tz=0)

add("rejection", "spanish_formal_rrhh", "es", "Grupo Albarracín", "seleccion@grupoalbarracin.example.es",
    "Selección Grupo Albarracín <seleccion@grupoalbarracin.example.es>",
    "Proceso de selección Controller Financiero - Madrid",
    """Estimada Camille:

Le agradecemos sinceramente el interés mostrado en formar parte de Grupo Albarracín y el tiempo dedicado a nuestro proceso de selección para la posición de Controller Financiero en Madrid.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos optado por otros perfiles que se ajustan más a las necesidades actuales del puesto.

Conservaremos su currículum en nuestra base de datos para futuros procesos que puedan encajar con su perfil.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Grupo Albarracín
Paseo de la Castellana 000, 28046 Madrid
""", "2026-03-04T12:30:00", charset="iso-8859-1", cte="qp")

add("rejection", "german_absage_formal", "de", "Hollmann Werkzeugbau", "karriere@hollmann-werkzeugbau.example.de",
    "Hollmann Werkzeugbau GmbH - Personalabteilung <karriere@hollmann-werkzeugbau.example.de>",
    "Ihre Bewerbung als Controller (m/w/d)",
    """Sehr geehrte Frau Dubois-Laurent,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Kortmann
Personalreferentin
Hollmann Werkzeugbau GmbH
Industriestraße 00, 42853 Remscheid
Geschäftsführer: Dr. Ulrich Hollmann | Amtsgericht Wuppertal HRB 00000
""", "2026-02-12T15:05:33", charset="iso-8859-1", cte="qp")

add("rejection", "teamtailor_casual_tu", "fr", "Kobalt", "",
    "Kobalt <notifications@teamtailor-mail.example.com>",
    "Ta candidature chez Kobalt",
    """Hello Camille,

Merci d'avoir postulé pour le poste de Finance Business Partner chez Kobalt ! On a bien pris le temps de lire ton profil.

Après réflexion, on ne va pas aller plus loin avec ta candidature pour ce poste : on cherche quelqu'un avec une expérience SaaS B2B plus marquée (revenue recognition, ARR, cohortes).

On sait que ce n'est pas la réponse que tu espérais. On te souhaite de trouver le poste qui te correspond, et pourquoi pas de recroiser ta route plus tard !

L'équipe Kobalt 🚀
""", "2026-01-30T10:12:40", fmt="alt")

add("rejection", "after_final_interview_en_geneva", "en", "Maison Oréliane", "s.vogt@oreliane.example.ch",
    "Sandrine Vogt <s.vogt@oreliane.example.ch>",
    "Controller position - Geneva",
    """Dear Camille,

I hope you are well.

I wanted to personally thank you for meeting with Mr. Favre and myself last Thursday and for the thoughtful presentation of your case.

It was a close decision. After much deliberation we have chosen to offer the role to another candidate whose experience with Swiss GAAP FER was a deciding factor for us. I know this is disappointing news at the final stage and I am sorry to deliver it by email; I would be happy to call you if you'd like feedback.

With best regards,

Sandrine Vogt
Head of Talent Acquisition
Maison Oréliane SA | Rue du Rhône 00 | 1204 Genève
""", "2026-04-08T18:03:29", cte="qp")

add("rejection", "indian_english_regret", "en", "Varuna Tech Services", "",
    "Varuna Tech Services Careers <careers.emea@varunatech.example.in>",
    "Application status - Finance Controller (Paris office)",
    """Dear Candidate,

Greetings from Varuna Tech Services!

This is with reference to your application for the post of Finance Controller for our Paris office. We regret to inform you that your profile has not been shortlisted for the further rounds of the selection process.

We appreciate your interest in Varuna and will keep your CV in our database for any suitable future openings. Kindly do not revert to this mail for status queries.

Thanks & Regards,
HR Team - EMEA
Varuna Tech Services Ltd.
""", "2026-02-24T06:44:12", tz=5)

add("rejection", "friendly_after_phone_screen_fr_be", "fr", "Brasserie Vandeputte", "n.claes@vandeputte.example.be",
    "Nathalie Claes <n.claes@vandeputte.example.be>",
    "Re: Contrôleur de gestion - Brasserie Vandeputte",
    """Bonjour Madame Dubois-Laurent,

Merci pour notre échange téléphonique de mercredi dernier.

Je me permets de revenir vers vous : nous avons fait le choix de privilégier des candidatures disposant d'une bonne maîtrise du néerlandais, indispensable pour ce poste au contact de nos sites de Flandre. Nous ne poursuivrons donc pas avec votre candidature.

Je vous souhaite beaucoup de succès dans vos démarches.

Bien cordialement,

Nathalie Claes
HR Business Partner
Brasserie Vandeputte
Chaussée de Louvain 000 - 1030 Bruxelles
+32 2 000 41 18

-----Message d'origine-----
De : Camille Dubois-Laurent <camille.dubois@example.com>
Envoyé : lundi 9 mars 2026 09:12
À : Nathalie Claes <n.claes@vandeputte.example.be>
Objet : Contrôleur de gestion - Brasserie Vandeputte

Bonjour Madame Claes,
Je me permets de vous relancer au sujet de ma candidature. Je reste très motivée par le poste.
Bien à vous,
Camille Dubois-Laurent
""", "2026-03-10T16:25:03", reply_to_id="cdl.20260309.0912@example.com")

add("rejection", "cornerstone_hospital_fr", "fr", "Hôpital Saint-Joseph Nantes", "",
    "Hôpital Saint-Joseph Nantes <no-reply@cornerstone-mail.example.net>",
    "Hôpital Saint-Joseph Nantes - Suite donnée à votre candidature",
    """Madame Camille Dubois-Laurent,

Vous avez postulé à l'offre « Contrôleur de gestion hospitalier (F/H) - CDI » et nous vous en remercions.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Ce choix ne remet nullement en cause vos compétences.

Nous vous remercions de l'intérêt porté à notre établissement.

Direction des Ressources Humaines
Hôpital Saint-Joseph Nantes

*** Merci de ne pas répondre à ce courriel, cette boîte n'est pas consultée ***
""", "2026-02-19T07:30:00", fmt="html", cte="b64")

add("rejection", "agency_en_ldn_exclaim", "en", "Fenwright Pharma", "ollie@brightlane-search.example.co.uk",
    "Ollie Granger <ollie@brightlane-search.example.co.uk>",
    "Fenwright",
    """Hi Camille,

Hope you're well! Just had feedback from Fenwright and unfortunately it's a no this time :( They loved your energy but they've gone with someone who's already done a big S/4HANA migration, which was the big thing for them.

Gutted as I thought you'd smash it! Honestly don't let it knock you, I've got a couple of other things on that I think could be a great fit - free for a call later in the week??

Cheers,
Ollie

Ollie Granger
Senior Consultant | Brightlane Search
M: +44 7700 900461
""", "2026-03-19T13:08:55", tz=0)

add("rejection", "after_psychotechnical_tests_fr", "fr", "Rhodania Services Urbains", "",
    "Jobaffinity <noreply@jobaffinity.example.fr>",
    "Votre candidature - Contrôleur de gestion opérationnel",
    """Bonjour Camille,

Nous vous remercions pour le temps consacré aux tests psychotechniques dans le cadre de votre candidature au poste de Contrôleur de gestion opérationnel.

Malheureusement, les résultats obtenus ne nous permettent pas de poursuivre le processus de recrutement avec vous pour ce poste.

Nous vous souhaitons une bonne continuation.

Le service Recrutement
Rhodania Services Urbains

Message envoyé via Jobaffinity - ne pas répondre
""", "2026-03-27T11:00:00", fmt="alt", charset="iso-8859-1", cte="qp")

add("rejection", "spanish_casual_startup", "es", "Tukán", "lucia@tukan.example.es",
    "Lucía Herrero <lucia@tukan.example.es>",
    "Re: Finance Manager",
    """Hola Camille!

Gracias por la charla del otro día, de verdad que nos gustó mucho conocerte.

Te escribo para contarte que al final hemos decidido no seguir adelante contigo para el puesto: buscamos a alguien con más experiencia en fundraising y relación con inversores, y creemos que ahora mismo no encaja del todo.

Ojalá coincidamos más adelante. Mucha suerte con la búsqueda!!

Un abrazo,
Lucía
Head of People @ Tukán

El lun, 30 mar 2026 a las 10:14, Camille Dubois-Laurent (<camille.dubois@example.com>) escribió:
> Hola Lucía,
> Muchas gracias por la entrevista de hoy. Quedo a vuestra disposición.
> Un saludo,
> Camille
""", "2026-04-02T19:40:10", tz=2, reply_to_id="cdl.20260330.1014@example.com")

add("rejection", "role_cancelled_en_quebec", "en", "Groupe Laurentide", "m.tremblay@groupelaurentide.example.ca",
    "Marc-André Tremblay <m.tremblay@groupelaurentide.example.ca>",
    "Following up",
    """Hi Camille,

Following up on our conversation two weeks ago about the Corporate Controller opening in Québec City.

I'm sorry to tell you that the position has been cancelled following a budget freeze decided by the board last week. We will not be proceeding with any candidates for this role. If it reopens later in the year I will reach out to you first.

Thanks again for your patience,

Marc-André Tremblay, CRHA
Talent Acquisition Partner | Groupe Laurentide
418 555-0142
""", "2026-04-14T15:22:00", tz=-4)

add("rejection", "german_du_startup", "de", "Finlo", "jana@finlo.example.de",
    "Jana Petersen <jana@finlo.example.de>",
    "Kurzes Update zu deiner Bewerbung",
    """Hi Camille,

danke dir nochmal für das nette Gespräch letzte Woche und deine Zeit!

Leider müssen wir dir absagen – wir haben uns für eine Kandidatin entschieden, die schon Erfahrung mit DATEV und deutschem HGB-Abschluss mitbringt, das ist für die Rolle gerade einfach zentral.

Ich wünsch dir ganz viel Erfolg bei der Suche und würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Jana

--
Jana Petersen | People & Culture | Finlo
Am 12.03.2026 um 09:31 schrieb Camille Dubois-Laurent <camille.dubois@example.com>:
> Hallo Jana, vielen Dank für das Gespräch heute. Beste Grüße, Camille
""", "2026-03-18T12:04:50", reply_to_id="cdl.20260312.0931@example.com")

add("rejection", "welcome_jungle_ats_fr", "fr", "Atelier Sorel", "",
    "Atelier Sorel via Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
    "Atelier Sorel a répondu à ta candidature",
    """Bonjour Camille,

L'équipe d'Atelier Sorel a étudié ta candidature pour le poste de Contrôleur·se de gestion junior.

Malheureusement, ton profil n'a pas été retenu pour la suite du processus.

Ne te décourage pas : d'autres entreprises recrutent sur Welcome to the Jungle. Découvre les offres qui pourraient te plaire.

Voir les offres

Welcome to the Jungle - 00 rue des Jeûneurs, 75002 Paris
Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle.
""", "2026-01-22T09:15:00", fmt="html", cte="qp")

add("rejection", "audit_firm_pool_fr", "fr", "Carrel Audit & Conseil", "rh@carrel-audit.example.fr",
    "RH Carrel Audit <rh@carrel-audit.example.fr>",
    "Re: Candidature spontanée - Senior audit / contrôle de gestion",
    """Bonjour Madame,

Nous avons bien étudié votre candidature spontanée.

Nous n'avons pas, à l'heure actuelle, de poste ouvert correspondant à votre profil et ne sommes donc pas en mesure d'y donner suite favorablement.

Bien cordialement,

Service RH
Carrel Audit & Conseil
""", "2026-01-14T17:45:00")

add("rejection", "czech_employer_en", "en", "Vltava Mobility", "petra.novakova@vltavamobility.example.cz",
    "Petra Nováková <petra.novakova@vltavamobility.example.cz>",
    "Controlling Manager - Lyon branch",
    """Dear Ms. Dubois-Laurent,

thank you very much for your time during the interview with me and Mr. Dvořák on Monday.

We appreciated your experience, however after the evaluation of all candidates we have decided to continue with other candidate, whose profile is more close to our needs in the area of fleet leasing. So unfortunately we will not continue with your application.

We wish you a lot of success in your next career steps.

Best regards,
Petra Nováková
HR Business Partner
Vltava Mobility a.s.
Na Florenci 0000/00, 110 00 Praha 1
""", "2026-04-22T14:10:30", charset="utf-8", cte="b64", tz=2)

add("rejection", "reference_check_not_proceed_fr_ch", "fr", "Fondation Aurore", "direction.rh@fondation-aurore.example.ch",
    "Direction RH - Fondation Aurore <direction.rh@fondation-aurore.example.ch>",
    "Poste de contrôleuse de gestion",
    """Chère Madame,

Nous faisons suite à l'entretien que vous avez eu avec notre Directeur financier, ainsi qu'aux prises de références que vous nous aviez autorisés à effectuer.

Malgré les qualités de votre dossier, le Conseil de fondation a porté son choix sur une autre candidature. Nous regrettons de ne pas pouvoir vous donner une réponse positive.

Nous vous remercions de l'intérêt témoigné envers notre institution et vous adressons, chère Madame, nos meilleures salutations.

Françoise Imhof
Responsable des Ressources humaines
Fondation Aurore
""", "2026-05-05T10:00:00", tz=2)

add("rejection", "sap_successfactors_es", "es", "Salud Levante", "",
    "Salud Levante Empleo <empleo-noreply@successfactors.example.eu>",
    "Actualización sobre su candidatura - Req. 40312",
    """Estimado/a Camille Dubois-Laurent,

Gracias por su interés en la vacante Responsable de Control de Gestión (Req. 40312).

Queremos informarle de que su candidatura no ha sido seleccionada para continuar en el proceso. Esta decisión no ha sido fácil dado el número de candidaturas de alta calidad recibidas.

Le invitamos a consultar nuestro portal de empleo para futuras oportunidades.

Atentamente,
Equipo de Talento
Salud Levante

Este es un mensaje automático. Por favor, no responda.
""", "2026-02-27T08:12:00", fmt="alt", cte="b64")

add("rejection", "quick_short_fr_nonprofit", "fr", "Les Ateliers du Partage", "recrutement@ateliersdupartage.example.org",
    "Recrutement - Les Ateliers du Partage <recrutement@ateliersdupartage.example.org>",
    "Re: votre candidature",
    """Bonjour,

merci pour votre candidature. Le poste a été pourvu en interne, nous ne donnerons donc pas suite.

Belle journée,
Hélène, pour l'équipe RH
Les Ateliers du Partage
""", "2026-04-28T13:31:00")

add("rejection", "australian_en_fintech", "en", "Kestrel Harbour", "talent@kestrelharbour.example.com.au",
    "Kestrel Harbour Talent <talent@kestrelharbour.example.com.au>",
    "Your application with Kestrel Harbour",
    """Hi Camille,

Thanks heaps for putting your hand up for the Group Financial Controller role and for chatting with Mel and the team last week.

We've had a really strong field and unfortunately we won't be taking your application any further this time round. We've gone with someone who's local to the Sydney head office, which was a bit of a late call on our end - sorry about that.

All the best with the search, and we'll keep your details on file.

Cheers,
Talent Team
Kestrel Harbour
""", "2026-03-24T08:55:00", tz=11)

add("rejection", "luxembourg_bank_en_formal", "en", "Banque Mosellane de Luxembourg", "",
    "BML Recruitment <do-not-reply@bml-careers.example.lu>",
    "Your application: Management Accountant (ref. BML-2026-017)",
    """Dear Ms Dubois-Laurent,

Thank you for your application for the position of Management Accountant (ref. BML-2026-017).

We have carefully considered your profile against the requirements of the position. We regret to inform you that we are unable to offer you an interview on this occasion.

Should you wish to be considered for future vacancies, please keep your candidate profile up to date on our careers portal.

Yours faithfully,

Human Resources
Banque Mosellane de Luxembourg S.A.
R.C.S. Luxembourg B000000

This message is intended only for the addressee and may contain confidential information. If you are not the addressee, you are requested to notify the sender and delete this message.
""", "2026-03-12T11:18:27", fmt="alt", cte="qp")

# ---------------------------------------------------------------- interview invitations
add("interview_invitation", "calendly_agency_fr", "fr", "Maison Castelbrun", "ines.roche@hunteo-conseil.example.fr",
    "Inès Roche <ines.roche@hunteo-conseil.example.fr>",
    "Poste Contrôleur de gestion Maison Castelbrun - prochaine étape",
    """Bonjour Camille,

Bonne nouvelle : j'ai présenté votre profil à Maison Castelbrun et le DAF souhaite vous rencontrer pour un premier entretien (45 min, en visio).

Pourriez-vous réserver un créneau directement dans son agenda via ce lien ?
https://calendly.example.com/castelbrun-daf/entretien-45min

Idéalement cette semaine ou début de semaine prochaine. Je vous appelle la veille pour vous briefer sur l'entreprise et sur les attentes du poste (pilotage des marges boutique, clôtures mensuelles, reporting groupe).

Belle journée,

Inès Roche
Manager - Pôle Finance
Hunteo Conseil, cabinet de recrutement
07 82 00 15 64
""", "2026-02-02T10:41:00", cte="qp")

add("interview_invitation", "quick_chat_en_hm", "en", "Quillfeather", "dan.okafor@quillfeather.example.com",
    "Dan Okafor <dan.okafor@quillfeather.example.com>",
    "Quick question",
    """Hey Camille,

Saw your application come through for the FP&A lead role - would you be free for a quick chat Thursday or Friday afternoon (Paris time)? 20-30 mins, very informal, just want to hear about the controlling work you did at your last place.

Let me know what works and I'll send an invite.

Dan
VP Finance, Quillfeather
sent from mobile, excuse brevity
""", "2026-01-20T22:03:15", tz=0)

add("interview_invitation", "workday_self_schedule_en", "en", "Castellane Reinsurance", "",
    "Castellane Reinsurance Careers <castellane@myworkday.example.com>",
    "Action Required: Schedule your interview",
    """Hello Camille,

Congratulations! You have been selected to move forward in the recruitment process for Business Controller (R-0021847).

Please use the link below to select a time for your interview with the hiring team. Available slots are shown in your local time zone.

Schedule Interview: https://castellane.wd3.myworkday.example.com/careers/interview/select?id=7a1e...

Interview type: Video (Microsoft Teams)
Duration: 60 minutes
Interviewers: Hiring Manager, HR Business Partner

If none of the times work for you, please contact your recruiter, Aurélie Marchand (aurelie.marchand@castellane-re.example.com).

Castellane Reinsurance - Talent Acquisition
This is a system-generated message. Replies to this address are not monitored.
""", "2026-02-09T09:00:04", fmt="alt", cte="qp", reply_to="", headers={"Auto-Submitted": "auto-generated"})

add("interview_invitation", "formal_invite_with_ics_fr", "fr", "Crédit Rhodanien", "emma.faure@credit-rhodanien.example.fr",
    "Emma FAURE <emma.faure@credit-rhodanien.example.fr>",
    "Invitation : Entretien RH - Contrôleur de gestion - mer. 18 févr. 2026 10:00",
    """Madame,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien RH le mercredi 18 février 2026 à 10h00, dans nos locaux du 00 cours Lafayette, 69003 Lyon (accueil, 2e étage).

Cet entretien, d'une durée d'une heure environ, sera mené par moi-même. Il sera suivi, en cas de retour positif, d'un entretien opérationnel avec le Directeur du contrôle de gestion.

Merci de bien vouloir me confirmer votre présence par retour de mail et de vous munir d'une pièce d'identité.

Cordialement,

Emma Faure
Chargée de recrutement
Crédit Rhodanien - Direction des Ressources Humaines
04 72 00 00 31
""", "2026-02-10T15:30:12",
    ics=ics("REQUEST", "rh-cg-20260218@credit-rhodanien.example.fr", "Entretien RH - Contrôleur de gestion",
            "20260218T090000Z", "20260218T100000Z", "emma.faure@credit-rhodanien.example.fr",
            location="00 cours Lafayette, 69003 Lyon"))

add("interview_invitation", "next_round_en_goodtime", "en", "Hartwell Robotics", "",
    "Hartwell Robotics Recruiting <scheduling@goodtime.example.io>",
    "Hartwell Robotics: please select times for your next round",
    """Hi Camille,

We'd love to move you to the next stage of the process for Finance Manager, EMEA!

Next up is a 3-part virtual panel (CFO, Head of Ops Finance, one of our plant controllers), about 2h15 in total. Please share your availability over the next two weeks using the link below and we'll confirm a time within 24 hours.

Share availability: https://app.goodtime.example.io/availability/8fd2c1

Questions? Reach out to your recruiting coordinator, Sam.

Thanks!
Hartwell Robotics Recruiting
""", "2026-03-03T18:20:40", fmt="html", cte="b64", tz=-5)

add("interview_invitation", "phone_screen_indian_en", "en", "Suryodaya Consulting", "kavya.iyer@suryodaya.example.in",
    "Kavya Iyer <kavya.iyer@suryodaya.example.in>",
    "Telephonic round - Finance Controller (Paris)",
    """Dear Camille,

Greetings of the day.

Your profile has been shortlisted for the position of Finance Controller at our Paris subsidiary. We would like to schedule a telephonic discussion with you on 24-Feb-2026 at 11:30 AM CET. The discussion will be taken by our Finance Head - Europe, Mr. Rakesh Menon.

Kindly confirm your availability for the same at the earliest. In case the above slot is not convenient, please do revert with two alternative time slots.

Also request you to share your current CTC and notice period.

Thanks and Regards,
Kavya Iyer
Talent Acquisition - Europe
Suryodaya Consulting Pvt. Ltd.
+91 80 0000 4412
""", "2026-02-19T07:15:00", tz=5)

add("interview_invitation", "entretien_operationnel_tu", "fr", "Nuvola", "marion@nuvola.example.fr",
    "Marion Lefebvre <marion@nuvola.example.fr>",
    "Re: Candidature Finance Ops",
    """Hello Camille,

Merci pour ton échange avec Léa hier, super retours de son côté !

On aimerait te proposer la suite : un entretien avec Antoine, notre CFO, et Yasmine (Head of FP&A). Tu aurais des dispos jeudi 5 ou vendredi 6 mars ? Plutôt en fin de matinée si possible, ça peut se faire dans nos locaux à Nantes (Île de Nantes) ou en visio, comme tu préfères.

À très vite,
Marion
Talent Acquisition @ Nuvola

Le mar. 24 févr. 2026 à 17:02, Camille Dubois-Laurent <camille.dubois@example.com> a écrit :
> Bonjour Marion,
> Merci pour votre message, je suis disponible jeudi après-midi pour un premier échange avec Léa.
> Camille
""", "2026-02-27T11:50:33", reply_to_id="cdl.20260224.1702@example.com")

add("interview_invitation", "teams_ics_insurer_en", "en", "Astoria Mutual", "g.hadley@astoriamutual.example.co.uk",
    "Georgina Hadley <g.hadley@astoriamutual.example.co.uk>",
    "Interview invitation - Management Accountant, Finance Shared Services",
    """Dear Camille,

Thank you for your application for the Management Accountant role. I'm pleased to invite you to a first-stage interview via Microsoft Teams on Tuesday 3 March at 14:00 (UK time).

You will meet Tom Gallacher (Finance Business Partner) and me. The interview will be competency-based and will last around 45 minutes. Please find the Teams invitation attached.

Do let me know if you need any adjustments.

Kind regards,
Georgina Hadley
Talent Partner, Astoria Mutual
Microsoft Teams meeting - Join on your computer, mobile app or room device
https://teams.example.com/l/meetup-join/19%3ameeting_xyz
""", "2026-02-25T12:00:00", tz=0,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E0080000000090A1@astoriamutual.example.co.uk",
            "Interview - Camille Dubois-Laurent - Management Accountant", "20260303T140000Z",
            "20260303T144500Z", "g.hadley@astoriamutual.example.co.uk",
            location="Microsoft Teams Meeting"))

add("interview_invitation", "es_entrevista_madrid", "es", "Bodegas Iturralde", "rrhh@bodegasiturralde.example.es",
    "RRHH Bodegas Iturralde <rrhh@bodegasiturralde.example.es>",
    "Entrevista - Controller de Gestión",
    """Buenos días Camille,

Hemos revisado tu candidatura para el puesto de Controller de Gestión y nos gustaría conocerte.

¿Te vendría bien una entrevista por videollamada el próximo martes 10 de marzo a las 16:00 (hora de Madrid)? En ella estarán Ana Goñi, Directora Financiera, y yo.

Quedamos a la espera de tu confirmación.

Un saludo,
Iker Etxeberria
Recursos Humanos
Bodegas Iturralde
Tel. 945 00 00 17
""", "2026-03-04T09:22:00", charset="windows-1252", cte="qp")

add("interview_invitation", "de_vorstellungsgespraech", "de", "Brenner Logistik", "m.albrecht@brenner-logistik.example.de",
    "Markus Albrecht <m.albrecht@brenner-logistik.example.de>",
    "Einladung zum Vorstellungsgespräch – Controller (m/w/d) Standort Lille",
    """Sehr geehrte Frau Dubois-Laurent,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem ersten Gespräch per Videokonferenz ein, und zwar am Donnerstag, 12. März 2026, um 10:00 Uhr. Gesprächspartner sind Herr Dr. Wiesner (Leiter Finanzen) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, schlagen Sie uns gerne Alternativen vor.

Mit freundlichen Grüßen

Markus Albrecht
Recruiting
Brenner Logistik GmbH & Co. KG
Tel.: +49 40 000 811-27
""", "2026-03-05T08:47:19", charset="iso-8859-1", cte="qp")

add("interview_invitation", "ats_smartrecruiters_interview_fr", "fr", "Pharmalys", "lucie.girard@pharmalys.example.fr",
    "Pharmalys <noreply@smartrecruiters.example.com>",
    "Pharmalys - Invitation à un entretien",
    """Bonjour Camille,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Contrôleur de Gestion Industriel (H/F) - Compiègne.

Merci de choisir un créneau via le lien ci-dessous :
Choisir un créneau

Type : Entretien visio (Google Meet)
Durée : 45 minutes
Avec : Lucie Girard, Talent Acquisition Specialist

Pour toute question, vous pouvez répondre directement à Lucie.

À bientôt,
L'équipe Recrutement Pharmalys
""", "2026-03-11T10:03:00", fmt="html", reply_to="Lucie Girard <lucie.girard@pharmalys.example.fr>")

add("interview_invitation", "turkish_employer_en_onsite", "en", "Anadolu Textile Group", "selin.kaya@anadolutextile.example.com.tr",
    "Selin Kaya <selin.kaya@anadolutextile.example.com.tr>",
    "Interview for Finance Controller - Paris Office",
    """Dear Camille Hanım,

Thank you for your interest to Anadolu Textile Group.

We are pleased to invite you for face to face interview at our Paris office (Rue du Sentier) on 17 March 2026, 15:00. You will meet with our CFO Mr. Emre Aydın who will be in Paris this week, and our local Country Manager.

Please bring your diploma copies. Kindly confirm your attendance.

Best Regards,

Selin Kaya
Human Resources Specialist
Anadolu Textile Group
İstanbul | Paris | Düsseldorf
""", "2026-03-10T13:20:00", tz=3, cte="qp")

add("interview_invitation", "panel_assessment_day_en", "en", "Thornbury & Vale", "assessment@thornburyvale.example.co.uk",
    "Thornbury & Vale Graduate & Experienced Hire <assessment@thornburyvale.example.co.uk>",
    "Invitation: Assessment Centre, 26 March",
    """Dear Camille,

Congratulations on progressing to the final stage of our selection process for Audit Senior - Financial Services.

We are delighted to invite you to our Assessment Centre at our London office, 00 Moorgate, on Thursday 26 March 2026 from 9:00 to 15:30. The day will include a case study exercise, a group exercise and a partner interview.

Please confirm your attendance by replying to this email by Friday. Lunch will be provided; do let us know of any dietary requirements.

Kind regards,

Experienced Hire Recruitment Team
Thornbury & Vale LLP
""", "2026-03-13T16:40:00", fmt="alt", tz=0)

add("interview_invitation", "cas_pratique_plus_entretien", "fr", "Société des Eaux du Nord", "j.delattre@eaux-du-nord.example.fr",
    "Julien Delattre <j.delattre@eaux-du-nord.example.fr>",
    "Contrôleur de gestion - étape suivante",
    """Bonjour Madame Dubois-Laurent,

Je fais suite à notre entretien téléphonique de lundi. Nous souhaiterions poursuivre le processus avec vous.

La prochaine étape consiste en un cas pratique (2 heures, sur site, à Lille - Euralille) suivi d'un entretien avec le Directeur administratif et financier. Je vous propose le mardi 24 mars à 9h30. Merci de me dire si cela vous convient.

Bien cordialement,

Julien Delattre
Responsable Contrôle de Gestion
Société des Eaux du Nord
03 20 00 00 77
""", "2026-03-12T12:05:44", charset="iso-8859-1")

add("interview_invitation", "gmail_short_next_step_fr_qc", "fr", "Coopérative Boréale", "genevieve.gagnon@cooperativeboreale.example.ca",
    "Geneviève Gagnon <genevieve.gagnon@cooperativeboreale.example.ca>",
    "Entrevue",
    """Bonjour Camille,

Merci pour ta candidature au poste de contrôleuse financière. On aimerait bien te rencontrer en entrevue (visio Teams, environ une heure) avec notre directeur des finances.

Est-ce que mercredi prochain, 10 h heure de Québec (16 h pour toi si je ne me trompe pas), te conviendrait ?

Au plaisir,

Geneviève Gagnon
Conseillère en acquisition de talents
Coopérative Boréale
418 555-0199
""", "2026-04-01T14:12:00", tz=-4)

add("interview_invitation", "es_agency_screen", "es", "Farmacéutica Levantina", "pablo.soler@talentia-rh.example.es",
    "Pablo Soler <pablo.soler@talentia-rh.example.es>",
    "Oportunidad Controller - Farmacéutica Levantina",
    """Hola Camille, ¿qué tal?

Te escribo desde Talentia RH. Gracias por aplicar a la posición de Controller para Farmacéutica Levantina en Madrid.

Me gustaría tener una primera llamada contigo de unos 20 minutos para conocer tu experiencia y explicarte el proyecto. ¿Te iría bien mañana jueves entre las 12:00 y las 14:00? Si no, dime cuándo te viene mejor.

Saludos,
Pablo Soler
Consultor Senior | Talentia RH
+34 600 000 231
""", "2026-04-08T17:31:00", tz=2)

add("interview_invitation", "reference_and_final_round_en", "en", "Kinsale Software", "rachel.moran@kinsale.example.ie",
    "Rachel Moran <rachel.moran@kinsale.example.ie>",
    "Re: Financial Controller - next steps",
    """Hi Camille,

Great news - the team really enjoyed meeting you on Tuesday and would like to invite you to the final round with our CEO, Niamh Brennan. It'll be 45 mins in our London office (Shoreditch) or over Zoom if easier.

Could you do Monday 20th April at 11:00 or Tuesday 21st at 15:00 (UK)?

Thanks,
Rachel

Rachel Moran | People Partner | Kinsale Software
________________________________
From: Camille Dubois-Laurent <camille.dubois@example.com>
Sent: 14 April 2026 18:22
To: Rachel Moran <rachel.moran@kinsale.example.ie>
Subject: Financial Controller - next steps

Hi Rachel,
Thank you again for organising today's interviews. I enjoyed meeting the team.
Best,
Camille
""", "2026-04-15T10:05:00", tz=1, cc="Niamh Brennan <niamh@kinsale.example.ie>", reply_to_id="cdl.20260414.1822@example.com")

add("interview_invitation", "teamtailor_video_tu", "fr", "Yuzu Paie", "",
    "Yuzu Paie <no-reply@teamtailor-mail.example.com>",
    "Planifie ton entretien avec Yuzu Paie",
    """Salut Camille 👋

Bonne nouvelle, l'équipe de Yuzu Paie aimerait échanger avec toi au sujet du poste Contrôleur·euse de gestion !

Choisis le créneau qui te convient le mieux :
👉 Réserver mon entretien

Durée : 30 min - Google Meet

À très vite,
L'équipe Yuzu Paie

Tu reçois ce message car tu as postulé chez Yuzu Paie via Teamtailor.
""", "2026-04-13T09:44:00", fmt="alt", cte="b64")

add("interview_invitation", "japanese_employer_en", "en", "Hoshikawa Precision Europe", "y.tanaka@hoshikawa-precision.example.jp",
    "Yuki Tanaka <y.tanaka@hoshikawa-precision.example.jp>",
    "[Hoshikawa Precision Europe] Interview arrangement",
    """Dear Ms. Dubois-Laurent,

Thank you very much for your application to the position of Controller at Hoshikawa Precision Europe (Lille plant).

We would like to kindly ask you to attend the interview as below.

 Date: 22 April 2026 (Wed)
 Time: 10:00 - 11:00 (CEST)
 Place: Online (Webex) - link will be sent separately
 Interviewers: Mr. Sato (General Manager, Administration), Ms. Lemaire (HR)

We would be grateful if you could reply whether you are available at your earliest convenience.

Best regards,

Yuki Tanaka
Administration Department
Hoshikawa Precision Europe B.V.
""", "2026-04-09T03:15:00", tz=9, cc="Claire Lemaire <c.lemaire@hoshikawa-precision.example.jp>")

add("interview_invitation", "de_zweites_gespraech_lux", "de", "Mosel Rück", "katrin.schaefer@moselrueck.example.lu",
    "Katrin Schäfer <katrin.schaefer@moselrueck.example.lu>",
    "AW: Ihre Bewerbung – Controller Rückversicherung",
    """Liebe Frau Dubois-Laurent,

herzlichen Dank für das angenehme Erstgespräch am Montag.

Gerne möchten wir Sie zu einem zweiten Gespräch bei uns in Luxemburg-Kirchberg einladen, diesmal mit unserem CFO und dem Teamleiter Controlling. Passt Ihnen der 29. April um 14:00 Uhr? Die Reisekosten übernehmen wir selbstverständlich.

Beste Grüße
Katrin Schäfer
HR Business Partner
Mosel Rück S.A.

Von: Camille Dubois-Laurent <camille.dubois@example.com>
Gesendet: Montag, 20. April 2026 17:48
An: Katrin Schäfer <katrin.schaefer@moselrueck.example.lu>
Betreff: Ihre Bewerbung – Controller Rückversicherung

Sehr geehrte Frau Schäfer, vielen Dank für das Gespräch heute. Mit freundlichen Grüßen, Camille Dubois-Laurent
""", "2026-04-22T09:10:00", tz=2, reply_to_id="cdl.20260420.1748@example.com", cte="qp")

add("interview_invitation", "visio_rh_brussels_vous", "fr", "Union Mutualiste Wallonne", "recrutement@umw.example.be",
    "Recrutement UMW <recrutement@umw.example.be>",
    "Convocation - entretien de sélection",
    """Madame Dubois-Laurent,

Nous avons le plaisir de vous informer que votre candidature pour la fonction de Contrôleur de gestion (m/f/x) a retenu notre attention.

Vous êtes invitée à un entretien de sélection le lundi 4 mai 2026 à 13h30, en nos bureaux (Rue Saint-Lambert 000, 1200 Bruxelles). L'entretien comportera une partie de mise en situation (30 minutes).

Nous vous saurions gré de bien vouloir confirmer votre présence.

Veuillez agréer, Madame, nos salutations distinguées.

Service Recrutement
Union Mutualiste Wallonne
""", "2026-04-23T11:00:00", tz=2, charset="windows-1252", cte="qp")

add("interview_invitation", "cabinet_chasse_lyon_vous", "fr", "Groupe Dauphiné Bâtiment", "s.bertin@altesse-executive.example.fr",
    "Sophie Bertin <s.bertin@altesse-executive.example.fr>",
    "Rencontre - mission Contrôle de gestion (BTP)",
    """Bonjour Camille,

Suite à nos échanges, je vous confirme que le Groupe Dauphiné Bâtiment souhaite vous rencontrer. L'entretien aura lieu au siège, à Grenoble, avec le DAF et la DRH, le jeudi 7 mai à 14h. Vous recevrez une invitation formelle de leur part.

Je vous propose un point téléphonique de préparation mercredi à 18h, cela vous convient-il ?

Bien à vous,

Sophie Bertin
Associée
Altesse Executive Search
""", "2026-04-29T19:12:00", tz=2)

add("interview_invitation", "hospital_jury_entretien", "fr", "CHU de Lille", "drh.recrutement@chu-lille.example.fr",
    "DRH - Recrutement CHU <drh.recrutement@chu-lille.example.fr>",
    "Candidature - Contrôleur de gestion DAF (réf. 2026-DAF-09)",
    """Madame,

Votre candidature au poste de contrôleur de gestion à la Direction des Affaires Financières (réf. 2026-DAF-09) a été retenue pour un entretien devant un jury.

L'entretien se tiendra le mardi 12 mai 2026 à 9h15, bâtiment administratif, salle du conseil. Le jury sera composé de la Directrice des Affaires Financières, du responsable du contrôle de gestion et d'un représentant de la DRH.

Merci de confirmer votre venue par retour de courriel.

Le bureau du recrutement
Direction des Ressources Humaines
CHU de Lille
""", "2026-04-30T10:25:00", tz=2, fmt="alt", charset="iso-8859-1", cte="qp")

add("interview_invitation", "lever_hm_loop_en", "en", "Parcelo", "tom@parcelo.example.com",
    "Tom Becker <tom@parcelo.example.com>",
    "Parcelo <> Camille",
    """Hi Camille,

Tom here, CFO at Parcelo. Our recruiter passed me your CV for the Finance Controller (Paris) role and I'd really like to meet you.

Could we do 45 min on Google Meet next week? Tuesday or Wednesday morning works best for me, or grab whatever suits you here: https://cal.example.com/tom-parcelo/45

Cheers,
Tom
""", "2026-05-04T07:58:00", tz=2)

# ---------------------------------------------------------------- reschedules and cancellations
add("interview_reschedule_or_cancel", "move_rh_interview_fr", "fr", "Crédit Rhodanien", "emma.faure@credit-rhodanien.example.fr",
    "Emma FAURE <emma.faure@credit-rhodanien.example.fr>",
    "Mis à jour : Entretien RH - Contrôleur de gestion - jeu. 19 févr. 2026 14:00",
    """Madame,

Je suis contrainte de décaler notre entretien initialement prévu demain mercredi à 10h, en raison d'une indisponibilité de dernière minute.

Je vous propose de le reporter au jeudi 19 février à 14h00, même lieu. Vous trouverez ci-joint l'invitation mise à jour. Si ce nouvel horaire ne vous convenait pas, n'hésitez pas à me le dire.

Toutes mes excuses pour ce changement.

Cordialement,

Emma Faure
Chargée de recrutement
Crédit Rhodanien
""", "2026-02-17T17:05:00",
    ics=ics("REQUEST", "rh-cg-20260218@credit-rhodanien.example.fr", "Entretien RH - Contrôleur de gestion",
            "20260219T130000Z", "20260219T140000Z", "emma.faure@credit-rhodanien.example.fr", seq=1,
            location="00 cours Lafayette, 69003 Lyon"), follows="formal_invite_with_ics_fr")

add("interview_reschedule_or_cancel", "cancel_ics_en", "en", "Astoria Mutual", "g.hadley@astoriamutual.example.co.uk",
    "Georgina Hadley <g.hadley@astoriamutual.example.co.uk>",
    "Canceled: Interview - Camille Dubois-Laurent - Management Accountant",
    """Hi Camille,

Apologies - Tom has been called into the year-end audit close this afternoon, so I've had to cancel today's interview. I'll be in touch tomorrow with some new dates; we're very keen to still meet you.

Sorry for the short notice.

Georgina
""", "2026-03-03T09:12:00", tz=0,
    ics=ics("CANCEL", "040000008200E00074C5B7101A82E0080000000090A1@astoriamutual.example.co.uk",
            "Canceled: Interview - Camille Dubois-Laurent - Management Accountant", "20260303T140000Z",
            "20260303T144500Z", "g.hadley@astoriamutual.example.co.uk", status="CANCELLED", seq=2))

add("interview_reschedule_or_cancel", "hm_mobile_push_tomorrow", "en", "Quillfeather", "dan.okafor@quillfeather.example.com",
    "Dan Okafor <dan.okafor@quillfeather.example.com>",
    "Re: Thursday",
    """Camille - so sorry, something's come up with our board pack. Can we push our chat to Monday same time? Will send a new invite

Sent from my iPhone

> On 22 Jan 2026, at 09:10, Camille Dubois-Laurent <camille.dubois@example.com> wrote:
>
> Hi Dan, Thursday 3pm works great for me. Speak then!
""", "2026-01-28T21:47:00", tz=0, reply_to_id="cdl.20260122.0910@example.com")

add("interview_reschedule_or_cancel", "report_entretien_tu_nuvola", "fr", "Nuvola", "marion@nuvola.example.fr",
    "Marion Lefebvre <marion@nuvola.example.fr>",
    "Changement d'horaire",
    """Hello Camille,

Petit souci d'agenda de notre côté : Antoine doit être à Paris jeudi, on doit donc décaler ton entretien.

Est-ce que vendredi 6 mars à 11h00 t'irait à la place ? Même format, même lieu. Désolée pour le changement !

Marion
""", "2026-03-02T08:32:00")

add("interview_reschedule_or_cancel", "es_aplazar_entrevista", "es", "Bodegas Iturralde", "rrhh@bodegasiturralde.example.es",
    "RRHH Bodegas Iturralde <rrhh@bodegasiturralde.example.es>",
    "RE: Entrevista - Controller de Gestión",
    """Hola Camille,

Te escribimos porque Ana ha tenido que viajar a la bodega de Rioja por un imprevisto y no podrá estar el martes.

¿Podríamos aplazar la entrevista al jueves 12 de marzo a la misma hora (16:00)? Te pedimos disculpas por las molestias.

Un saludo,
Iker Etxeberria
RRHH - Bodegas Iturralde
""", "2026-03-09T10:02:00", charset="windows-1252", cte="qp", follows="es_entrevista_madrid")

add("interview_reschedule_or_cancel", "cancel_role_frozen_interview_fr", "fr", "Société des Eaux du Nord", "j.delattre@eaux-du-nord.example.fr",
    "Julien Delattre <j.delattre@eaux-du-nord.example.fr>",
    "Annulation cas pratique du 24/03",
    """Bonjour Madame Dubois-Laurent,

Je suis au regret de devoir annuler le cas pratique et l'entretien prévus le mardi 24 mars à 9h30. Notre DAF est retenu par un comité d'audit qui a été avancé.

Nous reviendrons vers vous d'ici la fin de semaine avec de nouvelles dates. Le processus se poursuit bien avec vous.

Avec toutes mes excuses,

Julien Delattre
Responsable Contrôle de Gestion
Société des Eaux du Nord
""", "2026-03-20T18:10:00", charset="iso-8859-1")

add("interview_reschedule_or_cancel", "de_terminverschiebung", "de", "Brenner Logistik", "m.albrecht@brenner-logistik.example.de",
    "Markus Albrecht <m.albrecht@brenner-logistik.example.de>",
    "Terminverschiebung: Vorstellungsgespräch am 12.03.",
    """Sehr geehrte Frau Dubois-Laurent,

leider muss Herr Dr. Wiesner kurzfristig einen Termin bei unserem Hauptkunden wahrnehmen. Wir müssen unser Gespräch am Donnerstag daher leider verschieben.

Wäre Ihnen stattdessen Montag, der 16. März, um 14:00 Uhr recht? Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Markus Albrecht
Brenner Logistik GmbH & Co. KG
""", "2026-03-10T15:40:00", charset="iso-8859-1", cte="qp")

add("interview_reschedule_or_cancel", "goodtime_updated_time_en", "en", "Hartwell Robotics", "",
    "Hartwell Robotics Recruiting <scheduling@goodtime.example.io>",
    "Updated: your Hartwell Robotics interview",
    """Hi Camille,

Your panel interview for Finance Manager, EMEA has been rescheduled.

New time: Wednesday, March 18, 2026, 3:00 PM - 5:15 PM CET
Previous time: Tuesday, March 17, 2026, 3:00 PM - 5:15 PM CET
Location: Zoom (link in the calendar invite)

An updated calendar invitation is attached. If the new time doesn't work, use the link in the invite to request a change.

Hartwell Robotics Recruiting
""", "2026-03-13T22:01:00", fmt="html", tz=-5,
    ics=ics("REQUEST", "gt-7741-hartwell-panel@goodtime.example.io", "Hartwell Robotics - Panel interview",
            "20260318T140000Z", "20260318T161500Z", "scheduling@goodtime.example.io", seq=1,
            location="Zoom"))

add("interview_reschedule_or_cancel", "agency_cancel_client_paused", "fr", "Maison Castelbrun", "ines.roche@hunteo-conseil.example.fr",
    "Inès Roche <ines.roche@hunteo-conseil.example.fr>",
    "Entretien de jeudi",
    """Camille,

Je viens d'avoir le DAF de Maison Castelbrun : il doit annuler votre entretien de jeudi, il est en déplacement imprévu à Milan toute la semaine. Il tient vraiment à vous voir et m'a demandé de vous proposer un nouveau créneau la semaine du 16.

Je vous renvoie le lien de réservation dès qu'il a mis à jour son agenda. Désolée pour ce contretemps !

Inès

Envoyé de mon iPhone
""", "2026-02-10T12:58:00")

add("interview_reschedule_or_cancel", "japanese_change_time_en", "en", "Hoshikawa Precision Europe", "y.tanaka@hoshikawa-precision.example.jp",
    "Yuki Tanaka <y.tanaka@hoshikawa-precision.example.jp>",
    "Re: [Hoshikawa Precision Europe] Interview arrangement",
    """Dear Ms. Dubois-Laurent,

We are very sorry for the inconvenience, but due to the schedule of Mr. Sato we would like to change the interview time as below.

 Before: 22 April 2026 (Wed) 10:00 - 11:00 (CEST)
 After:  23 April 2026 (Thu) 09:00 - 10:00 (CEST)

Could you kindly confirm if the new time is possible for you?

Best regards,
Yuki Tanaka
Hoshikawa Precision Europe B.V.

-----Original Message-----
From: Camille Dubois-Laurent <camille.dubois@example.com>
Sent: Thursday, April 9, 2026 6:31 PM
To: Yuki Tanaka <y.tanaka@hoshikawa-precision.example.jp>
Subject: Re: [Hoshikawa Precision Europe] Interview arrangement

Dear Ms. Tanaka, thank you, I confirm my availability on 22 April at 10:00. Kind regards, Camille Dubois-Laurent
""", "2026-04-16T02:40:00", tz=9, follows="japanese_employer_en", reply_to_id="cdl.20260409.1831@example.com")

add("interview_reschedule_or_cancel", "hospital_jury_report_fr", "fr", "CHU de Lille", "drh.recrutement@chu-lille.example.fr",
    "DRH - Recrutement CHU <drh.recrutement@chu-lille.example.fr>",
    "Report de votre entretien - réf. 2026-DAF-09",
    """Madame,

En raison d'un mouvement social prévu le 12 mai, l'entretien devant le jury initialement fixé à cette date est reporté au vendredi 15 mai 2026 à 9h15, dans la même salle.

Nous vous remercions de bien vouloir nous confirmer votre disponibilité.

Le bureau du recrutement
CHU de Lille
""", "2026-05-07T16:20:00", tz=2, charset="iso-8859-1", cte="qp", follows="hospital_jury_entretien")

add("interview_reschedule_or_cancel", "agency_en_client_cancels_process", "en", "Marlowe Hotels", "priya@northstar-talent.example.co.uk",
    "Priya Shah <priya@northstar-talent.example.co.uk>",
    "Tomorrow's interview - Marlowe Hotels",
    """Hi Camille,

Really sorry to do this so late - Marlowe have asked me to cancel tomorrow's interview with their Group FD. They've had a last-minute restructure at the top and want to pause all finance interviews for a fortnight.

The role isn't gone, and they've specifically said they want to rebook you first, so I'll come back with new times as soon as I have them!!

Speak soon,
Priya

Priya Shah | Principal Consultant | Northstar Talent
07700 900 812
""", "2026-04-06T18:45:00", tz=1)

add("interview_reschedule_or_cancel", "qc_reporter_entrevue", "fr", "Coopérative Boréale", "genevieve.gagnon@cooperativeboreale.example.ca",
    "Geneviève Gagnon <genevieve.gagnon@cooperativeboreale.example.ca>",
    "RE: Entrevue",
    """Bonjour Camille,

Petit changement : notre directeur des finances sera en conseil d'administration mercredi. Est-ce qu'on pourrait déplacer l'entrevue à jeudi, même heure (10 h chez nous / 16 h chez toi) ? Le lien Teams reste le même.

Merci de ta souplesse!

Geneviève

De : Camille Dubois-Laurent <camille.dubois@example.com>
Envoyé : 1 avril 2026 11:02
À : Geneviève Gagnon <genevieve.gagnon@cooperativeboreale.example.ca>
Objet : RE: Entrevue

Bonjour Geneviève, mercredi 10 h (heure de Québec) me convient parfaitement. Au plaisir, Camille
""", "2026-04-06T09:05:00", tz=-4, reply_to_id="cdl.20260401.1102@example.com")

add("interview_reschedule_or_cancel", "es_cancelada_puesto", "es", "Farmacéutica Levantina", "pablo.soler@talentia-rh.example.es",
    "Pablo Soler <pablo.soler@talentia-rh.example.es>",
    "Cambio llamada",
    """Hola Camille,

Perdona, me ha surgido una reunión con el cliente justo a esa hora. ¿Podemos mover nuestra llamada de mañana al viernes a las 10:00? Si no te encaja dime y buscamos otro hueco.

Gracias!
Pablo

Enviado desde mi móvil
""", "2026-04-08T21:02:00", tz=2)

add("interview_reschedule_or_cancel", "outlook_decline_organizer_fr", "fr", "Arvalis Assurances", "claire.meunier@arvalis-assurances.example.fr",
    "Claire MEUNIER <claire.meunier@arvalis-assurances.example.fr>",
    "Annulé : Entretien opérationnel - C. Dubois-Laurent",
    """Bonjour Madame Dubois-Laurent,

Le manager opérationnel étant en arrêt cette semaine, je me vois contrainte d'annuler l'entretien de vendredi. Je reviens vers vous très rapidement avec une nouvelle date.

Cordialement,
Claire Meunier
Arvalis Assurances
""", "2026-03-04T08:30:00",
    ics=ics("CANCEL", "AAMkAGI2-arvalis-entretien-op-0306@arvalis-assurances.example.fr",
            "Entretien opérationnel - C. Dubois-Laurent", "20260306T100000Z", "20260306T110000Z",
            "claire.meunier@arvalis-assurances.example.fr", status="CANCELLED", seq=1))

# ---------------------------------------------------------------- missed interview notices
add("missed_interview_notice", "tried_calling_en", "en", "Suryodaya Consulting", "kavya.iyer@suryodaya.example.in",
    "Kavya Iyer <kavya.iyer@suryodaya.example.in>",
    "RE: Telephonic round - Finance Controller (Paris)",
    """Dear Camille,

Our Finance Head Mr. Menon tried calling you at the scheduled time today (11:30 AM CET) on your mobile number, twice, but the call could not get connected.

Kindly let us know if everything is fine and share your availability so that we can reschedule the discussion.

Thanks and Regards,
Kavya Iyer
Talent Acquisition - Europe
Suryodaya Consulting Pvt. Ltd.
""", "2026-02-24T12:20:00", tz=1, follows="phone_screen_indian_en")

add("missed_interview_notice", "teams_no_join_fr", "fr", "Arvalis Assurances", "claire.meunier@arvalis-assurances.example.fr",
    "Claire MEUNIER <claire.meunier@arvalis-assurances.example.fr>",
    "Entretien de ce matin",
    """Bonjour Madame Dubois-Laurent,

Nous vous avons attendue ce matin à 10h sur Teams pour l'entretien opérationnel, mais vous ne vous êtes pas connectée. Nous sommes restés 15 minutes dans la réunion.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me recontacter pour que nous voyions si une autre date est envisageable ?

Cordialement,
Claire Meunier
Responsable Recrutement Fonctions Support
Arvalis Assurances
""", "2026-03-10T10:41:00")

add("missed_interview_notice", "hm_terse_where_are_you", "en", "Quillfeather", "dan.okafor@quillfeather.example.com",
    "Dan Okafor <dan.okafor@quillfeather.example.com>",
    "Re: Monday",
    """Hi Camille, I'm on the Meet link, we said 3pm? No sign of you - all ok? Happy to find another time this week.

Dan

> On 29 Jan 2026, at 08:03, Camille Dubois-Laurent <camille.dubois@example.com> wrote:
> Monday 3pm is perfect, thanks Dan.
""", "2026-02-02T14:14:00", tz=0, reply_to_id="cdl.20260129.0803@example.com")

add("missed_interview_notice", "onsite_no_show_de", "de", "Brenner Logistik", "m.albrecht@brenner-logistik.example.de",
    "Markus Albrecht <m.albrecht@brenner-logistik.example.de>",
    "Unser Gespräch heute um 14:00 Uhr",
    """Sehr geehrte Frau Dubois-Laurent,

wir hatten Sie heute um 14:00 Uhr zu unserem Videogespräch erwartet, konnten Sie aber leider nicht erreichen. Herr Dr. Wiesner und ich haben bis ca. 14:20 Uhr gewartet.

Falls etwas dazwischengekommen ist, melden Sie sich gerne bei mir. Wir würden prüfen, ob ein neuer Termin möglich ist.

Mit freundlichen Grüßen
Markus Albrecht
Recruiting
Brenner Logistik GmbH & Co. KG
""", "2026-03-16T14:35:00", charset="iso-8859-1", cte="qp")

add("missed_interview_notice", "agency_fr_client_waited", "fr", "Maison Castelbrun", "ines.roche@hunteo-conseil.example.fr",
    "Inès Roche <ines.roche@hunteo-conseil.example.fr>",
    "Urgent - entretien Castelbrun",
    """Camille,

Le DAF de Maison Castelbrun m'appelle : il vous attendait en visio à 9h30 ce matin et vous n'êtes pas apparue. J'ai essayé de vous joindre sur votre portable sans succès.

Rappelez-moi dès que possible svp, je vais essayer de sauver le créneau mais il faut qu'on lui réponde aujourd'hui.

Inès
07 82 00 15 64
""", "2026-02-17T09:58:00")

add("missed_interview_notice", "es_no_se_conecto", "es", "Bodegas Iturralde", "rrhh@bodegasiturralde.example.es",
    "RRHH Bodegas Iturralde <rrhh@bodegasiturralde.example.es>",
    "Entrevista de hoy",
    """Hola Camille,

Te hemos estado esperando en la videollamada a las 16:00 pero no te has conectado. ¿Ha pasado algo? Si sigues interesada en el proceso, dinos qué días te vendrían bien para intentarlo de nuevo.

Un saludo,
Iker Etxeberria
RRHH - Bodegas Iturralde
""", "2026-03-12T16:32:00", charset="windows-1252", cte="qp")

add("missed_interview_notice", "ats_no_show_system_en", "en", "Hartwell Robotics", "",
    "Hartwell Robotics Recruiting <scheduling@goodtime.example.io>",
    "We missed you today",
    """Hi Camille,

Our interviewers were ready for your Hartwell Robotics panel interview today at 3:00 PM CET, but it looks like you weren't able to join.

If you'd still like to be considered for Finance Manager, EMEA, please use the link below to request a new time. Availability is limited, so we recommend responding within 48 hours.

Request a new time: https://app.goodtime.example.io/reschedule/8fd2c1

Hartwell Robotics Recruiting
""", "2026-03-18T16:20:00", fmt="alt", cte="qp", tz=1)

add("missed_interview_notice", "qc_pas_presentee_tu", "fr", "Coopérative Boréale", "genevieve.gagnon@cooperativeboreale.example.ca",
    "Geneviève Gagnon <genevieve.gagnon@cooperativeboreale.example.ca>",
    "Entrevue de ce matin",
    """Bonjour Camille,

On t'a attendue sur Teams ce matin à 10 h (heure de Québec) mais tu ne t'es pas connectée. On a laissé le lien ouvert une quinzaine de minutes.

Peut-être une confusion avec le décalage horaire ? Fais-moi signe si tu veux qu'on reprogramme.

Geneviève
""", "2026-04-09T10:25:00", tz=-4)

add("missed_interview_notice", "british_didnt_attend_assessment", "en", "Thornbury & Vale", "assessment@thornburyvale.example.co.uk",
    "Thornbury & Vale Graduate & Experienced Hire <assessment@thornburyvale.example.co.uk>",
    "Assessment Centre - 26 March",
    """Dear Camille,

We note that you did not attend today's Assessment Centre at our Moorgate office, for which you had confirmed your place.

If there were exceptional circumstances, please reply to this email by Monday and we will consider whether an alternative date can be offered.

Kind regards,

Experienced Hire Recruitment Team
Thornbury & Vale LLP
""", "2026-03-26T16:05:00", tz=0)

add("missed_interview_notice", "lux_missed_second_interview_fr", "fr", "Mosel Rück", "katrin.schaefer@moselrueck.example.lu",
    "Katrin Schäfer <katrin.schaefer@moselrueck.example.lu>",
    "Entretien de cet après-midi",
    """Bonjour Madame Dubois-Laurent,

Notre CFO et moi-même vous attendions à 14h00 à Kirchberg pour votre second entretien, mais nous ne vous avons pas vue à l'accueil et n'avons pas réussi à vous joindre par téléphone.

Pourriez-vous me faire savoir ce qu'il en est ? Nous restons intéressés par votre candidature.

Bien cordialement,
Katrin Schäfer
HR Business Partner - Mosel Rück S.A.
""", "2026-04-29T15:02:00", tz=2, cte="qp")

# ---------------------------------------------------------------- application acknowledgements
add("application_received", "taleo_ack_fr", "fr", "Groupe Vernaz Industries", "",
    "Groupe Vernaz Industries <ne-pas-repondre@vernaz-industries.taleo.example.net>",
    "Accusé de réception de votre candidature",
    """Madame,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion usine H/F (Réf. 26-0114) et vous remercions de l'intérêt que vous portez à notre Groupe.

Votre dossier va être étudié avec attention. Si votre profil correspond à nos attentes, nous prendrons contact avec vous dans les meilleurs délais.

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Sans réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines
Groupe Vernaz Industries
""", "2026-01-06T23:14:02", fmt="alt", cte="qp")

add("application_received", "workday_ack_en", "en", "Norrbridge Capital", "",
    "Norrbridge Capital <norrbridge@myworkday.example.com>",
    "Thank you for applying to Norrbridge Capital",
    """Dear Camille,

Thank you for your interest in Norrbridge Capital. We have received your application for Financial Controller - EMEA (JR-10442).

Our Talent Acquisition team will review your qualifications and, should your experience match our requirements, a member of the team will be in touch.

Please note that due to the volume of applications, we are unable to provide individual feedback at this stage.

You can check the status of your application at any time by signing in to your candidate home.

Kind regards,
Norrbridge Capital Talent Acquisition
""", "2026-01-12T20:31:44", fmt="html", tz=0)

add("application_received", "smartrecruiters_ack_fr", "fr", "Pharmalys", "",
    "Pharmalys <noreply@smartrecruiters.example.com>",
    "Merci pour votre candidature chez Pharmalys",
    """Bonjour Camille,

Merci d'avoir postulé au poste de Contrôleur de Gestion Industriel (H/F) - Compiègne. Nous avons bien reçu votre candidature !

Notre équipe recrutement va l'étudier et reviendra vers vous si votre profil correspond à nos besoins.

Bonne journée,
L'équipe Recrutement Pharmalys
""", "2026-02-20T14:02:10", fmt="alt", cte="b64")

add("application_received", "welcome_jungle_ack_tu", "fr", "Atelier Sorel", "",
    "Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
    "Ta candidature chez Atelier Sorel a bien été envoyée ✅",
    """Bravo Camille !

Ta candidature pour le poste Contrôleur·se de gestion junior chez Atelier Sorel a bien été envoyée.

Et maintenant ? L'entreprise va étudier ton profil. Tu peux suivre l'avancement de ta candidature depuis ton espace.

Suivre ma candidature

Bonne chance !
L'équipe Welcome to the Jungle
""", "2026-01-09T11:27:00", fmt="html", cte="qp")

add("application_received", "agency_ack_personal_fr", "fr", "", "contact@rhone-finance-rh.example.fr",
    "Cabinet Rhône Finance RH <contact@rhone-finance-rh.example.fr>",
    "Re: Candidature - annonce Contrôleur de gestion (réf. RF-2231)",
    """Bonjour Madame,

Nous avons bien reçu votre candidature pour l'annonce réf. RF-2231 et vous en remercions.

Votre CV a été transmis à la consultante en charge de la mission, qui reviendra vers vous si votre profil est retenu pour la présentation à notre client.

Bien cordialement,

Le secrétariat
Cabinet Rhône Finance RH
""", "2026-01-15T09:50:00", charset="windows-1252", cte="qp")

add("application_received", "teamtailor_ack_kobalt", "fr", "Kobalt", "",
    "Kobalt <notifications@teamtailor-mail.example.com>",
    "On a bien reçu ta candidature !",
    """Hello Camille,

Merci pour ta candidature au poste de Finance Business Partner chez Kobalt 🙌

On lit toutes les candidatures (oui, toutes) et on revient vers toi d'ici 10 jours ouvrés, quelle que soit la réponse.

En attendant, jette un œil à notre page carrière pour découvrir l'équipe.

À bientôt,
L'équipe Kobalt
""", "2026-01-18T16:40:00", fmt="alt")

add("application_received", "de_eingangsbestaetigung", "de", "Hollmann Werkzeugbau", "",
    "Hollmann Werkzeugbau Karriere <bewerbung-noreply@hollmann-werkzeugbau.example.de>",
    "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte Frau Dubois-Laurent,

vielen Dank für Ihre Bewerbung als Controller (m/w/d) und Ihr Interesse an der Hollmann Werkzeugbau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hollmann Werkzeugbau GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", "2026-01-26T10:03:00", charset="iso-8859-1", cte="qp")

add("application_received", "british_nhs_style_ack", "en", "Camden & Islington Community Health", "",
    "Camden & Islington Community Health <noreply@jobs-portal.example.org.uk>",
    "Application received: Management Accountant (Band 7)",
    """Dear Camille Dubois-Laurent,

Thank you for your application for the post of Management Accountant (Band 7), reference 000-FIN-2641.

Your application has been received and will be forwarded to the recruiting manager after the closing date. If you are shortlisted you will be contacted by email to arrange an interview.

If you have not heard from us within 3 weeks of the closing date, unfortunately on this occasion you have not been successful. We regret that owing to the high number of applications we are unable to respond to every applicant individually.

Recruitment Team
Camden & Islington Community Health
""", "2026-02-04T18:00:00", tz=0)

add("application_received", "es_recibida_infojobs_style", "es", "Grupo Albarracín", "",
    "Grupo Albarracín <notificaciones@empleo-ats.example.es>",
    "Hemos recibido tu candidatura",
    """Hola Camille,

¡Gracias por inscribirte en la oferta Controller Financiero - Madrid de Grupo Albarracín!

Tu candidatura ha sido registrada correctamente. El equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.

Debido al alto volumen de candidaturas, no podemos responder de forma individual a cada persona.

Mucha suerte,
Equipo de Selección - Grupo Albarracín
""", "2026-02-08T12:11:00", fmt="alt", cte="b64")

add("application_received", "cornerstone_ack_fr_hospital", "fr", "Hôpital Saint-Joseph Nantes", "",
    "Hôpital Saint-Joseph Nantes <no-reply@cornerstone-mail.example.net>",
    "Confirmation de candidature",
    """Madame Camille Dubois-Laurent,

Votre candidature à l'offre « Contrôleur de gestion hospitalier (F/H) - CDI » a bien été enregistrée le 02/02/2026.

Nous vous tiendrons informée de la suite qui y sera donnée.

Direction des Ressources Humaines
Hôpital Saint-Joseph Nantes
""", "2026-02-02T21:06:00", fmt="html", cte="b64")

add("application_received", "local_authority_ack_fr", "fr", "Métropole Européenne de Lille", "",
    "Métropole Européenne de Lille - Recrutement <recrutement-noreply@mel-recrutement.example.fr>",
    "Votre candidature a bien été reçue - Contrôleur de gestion des satellites (H/F)",
    """Madame,

Nous vous remercions pour votre candidature au poste de Contrôleur de gestion des satellites (H/F) au sein de la Direction des Finances.

Votre candidature sera examinée à l'issue de la date limite de dépôt. Les candidats présélectionnés seront contactés pour un entretien.

Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade de la procédure.

Le service Recrutement
Métropole Européenne de Lille
""", "2026-02-13T08:00:00", charset="iso-8859-1", cte="qp")

add("application_received", "lever_ack_en_saas", "en", "Parcelo", "",
    "Parcelo <no-reply@hire.lever.example.co>",
    "Thanks for applying to Parcelo!",
    """Hi Camille,

Thanks for applying for the Finance Controller (Paris) role at Parcelo. We've received your application and our team is reviewing it now.

We know waiting isn't fun - we aim to get back to everyone within two weeks.

Best,
Parcelo Talent Team
""", "2026-04-27T15:37:00", fmt="alt", tz=2)

add("application_received", "greek_shipping_ack_en", "en", "Argolis Shipping", "hr@argolisshipping.example.gr",
    "Argolis Shipping HR <hr@argolisshipping.example.gr>",
    "RE: Application - Financial Controller (London office)",
    """Dear Ms Dubois-Laurent,

We acknowledge receipt of your CV and cover letter for the position of Financial Controller at our London office, and thank you for your interest in Argolis Shipping.

Your application will be reviewed by our Finance Director, Mr. Papadakis, in the coming weeks. Should your profile be selected, we will contact you to arrange a meeting.

Kind regards,
Eleni Konstantinou
Human Resources
Argolis Shipping Co.
Akti Miaouli 00, Piraeus 185 38 | 00 Fenchurch Street, London
""", "2026-03-06T10:12:00", tz=2)

add("application_received", "jobaffinity_ack_fr", "fr", "Rhodania Services Urbains", "",
    "Jobaffinity <noreply@jobaffinity.example.fr>",
    "Candidature reçue - Contrôleur de gestion opérationnel",
    """Bonjour Camille,

Votre candidature au poste de Contrôleur de gestion opérationnel (Lyon 7e) a bien été transmise à Rhodania Services Urbains.

Dans le cadre de ce recrutement, vous allez recevoir prochainement une invitation à passer des tests psychotechniques en ligne (environ 40 minutes).

Cordialement,
Le service Recrutement
Rhodania Services Urbains
""", "2026-03-14T10:20:00", fmt="alt", charset="iso-8859-1", cte="qp")

add("application_received", "australian_ack_en", "en", "Kestrel Harbour", "",
    "Kestrel Harbour Careers <careers-noreply@kestrelharbour.example.com.au>",
    "We've got your application!",
    """G'day Camille,

Thanks for applying for Group Financial Controller at Kestrel Harbour. Your application's landed safely with us.

One of our talent team will have a look over the next week or so. Unfortunately we can't get back to every applicant individually, but if you're a match we'll be in touch.

Cheers,
Kestrel Harbour Talent
""", "2026-03-02T09:00:00", fmt="html", tz=11)

add("application_received", "de_personio_ack", "de", "Finlo", "",
    "Finlo <jobs-noreply@personio.example.de>",
    "Deine Bewerbung bei Finlo",
    """Hallo Camille,

vielen Dank für deine Bewerbung als Finance Manager (m/w/d) bei Finlo! Wir haben deine Unterlagen erhalten und melden uns in den nächsten Tagen bei dir.

Viele Grüße
Dein Finlo People Team
""", "2026-02-26T13:33:00", fmt="alt", cte="qp")

add("application_received", "es_ack_startup_tukan", "es", "Tukán", "",
    "Tukán Careers <careers-noreply@tukan.example.es>",
    "Candidatura recibida - Finance Manager",
    """¡Hola Camille!

Gracias por tu interés en Tukán. Hemos recibido tu candidatura para Finance Manager y la estamos revisando.

Si tu perfil encaja, te escribiremos en los próximos días para una primera llamada.

El equipo de Tukán
""", "2026-03-19T08:45:00", fmt="html", tz=1)

add("application_received", "lux_bank_ack_fr", "fr", "Banque Mosellane de Luxembourg", "",
    "BML Recruitment <do-not-reply@bml-careers.example.lu>",
    "Confirmation de réception - Management Accountant (ref. BML-2026-017)",
    """Madame,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Management Accountant (réf. BML-2026-017).

Votre dossier sera traité de manière confidentielle. Le délai de traitement est généralement de 3 à 4 semaines.

Ressources Humaines
Banque Mosellane de Luxembourg S.A.
""", "2026-02-21T07:40:00", fmt="alt", cte="qp")

add("application_received", "ngo_ack_geneva_fr", "fr", "Fondation Aurore", "direction.rh@fondation-aurore.example.ch",
    "Direction RH - Fondation Aurore <direction.rh@fondation-aurore.example.ch>",
    "Votre dossier de candidature",
    """Chère Madame,

Nous accusons réception de votre dossier de candidature pour le poste de contrôleuse/contrôleur de gestion à 80-100 %, et vous en remercions.

Le délai de postulation court jusqu'au 15 mars. Nous reviendrons vers vous dans le courant du mois d'avril.

Avec nos meilleures salutations,

Françoise Imhof
Responsable des Ressources humaines
Fondation Aurore
""", "2026-03-03T09:20:00", cte="qp")

add("application_received", "indian_ack_varuna", "en", "Varuna Tech Services", "",
    "Varuna Tech Services Careers <careers.emea@varunatech.example.in>",
    "Acknowledgement: Your application for Finance Controller (Paris office)",
    """Dear Candidate,

Thank you for applying with Varuna Tech Services. This is to acknowledge that we have received your application for the post of Finance Controller (Paris office).

Our recruitment team will go through your profile and get in touch with you if it matches the requirement. Kindly do not revert to this mail.

Regards,
HR Team - EMEA
Varuna Tech Services
""", "2026-02-10T05:12:00", tz=5)

# ---------------------------------------------------------------- offers
add("offer", "promesse_embauche_pdf_fr", "fr", "Nuvola", "marion@nuvola.example.fr",
    "Marion Lefebvre <marion@nuvola.example.fr>",
    "Ta promesse d'embauche 🎉",
    """Hello Camille,

Comme promis au téléphone tout à l'heure, voici ta promesse d'embauche pour le poste de Finance Ops Manager, en CDI, à Nantes. Tu y trouveras la rémunération dont on a parlé (58 k€ fixe + variable), la date de démarrage envisagée (1er juin) et les conditions de la période d'essai.

On est vraiment ravis de te proposer de nous rejoindre ! Prends le temps de la lire, et n'hésite pas si tu as des questions. Idéalement, on aimerait un retour d'ici vendredi 20 mars.

À très vite (on l'espère !),
Marion
Talent Acquisition @ Nuvola
""", "2026-03-16T18:02:00", attach="Promesse_embauche_Camille_Dubois-Laurent.pdf")

add("offer", "verbal_offer_followup_en", "en", "Kinsale Software", "rachel.moran@kinsale.example.ie",
    "Rachel Moran <rachel.moran@kinsale.example.ie>",
    "Following our call",
    """Hi Camille,

It was lovely to speak earlier, and congratulations again! As discussed, we'd like to offer you the role of Financial Controller at Kinsale Software, based in our London office, at a base salary of GBP 78,000 plus 10% bonus and our standard equity package.

I'll send the formal offer letter and contract through DocuSign tomorrow once Niamh has signed it off. In the meantime, do shout if you have any questions.

Best,
Rachel

Rachel Moran | People Partner | Kinsale Software
""", "2026-04-24T17:20:00", tz=1)

add("offer", "conditional_offer_uk_references", "en", "Astoria Mutual", "g.hadley@astoriamutual.example.co.uk",
    "Georgina Hadley <g.hadley@astoriamutual.example.co.uk>",
    "Conditional offer of employment - Management Accountant",
    """Dear Camille,

Further to your recent interview, I am delighted to confirm that Astoria Mutual would like to offer you the position of Management Accountant, Finance Shared Services, subject to satisfactory references, a basic DBS check and confirmation of your right to work in the UK.

Please find attached your conditional offer letter setting out the terms. Kindly sign and return a copy by Friday 17 April, together with the details of two referees.

We very much look forward to welcoming you to the team.

Kind regards,
Georgina Hadley
Talent Partner, Astoria Mutual

Astoria Mutual is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 00000000.
""", "2026-04-09T11:05:00", tz=1, attach="Astoria_Conditional_Offer_CDL.pdf", cte="qp")

add("offer", "contrat_a_signer_docusign_fr", "fr", "Crédit Rhodanien", "emma.faure@credit-rhodanien.example.fr",
    "Emma FAURE <emma.faure@credit-rhodanien.example.fr>",
    "Proposition d'embauche - Contrôleur de gestion",
    """Madame,

Suite à vos entretiens avec la Direction du contrôle de gestion, j'ai le plaisir de vous confirmer notre proposition d'embauche pour le poste de Contrôleur de gestion, en contrat à durée indéterminée, statut cadre, à compter du 4 mai 2026.

Vous recevrez dans la journée, via notre outil de signature électronique, votre contrat de travail à signer. Les éléments de rémunération sont ceux évoqués lors de notre échange téléphonique (52 000 € bruts annuels sur 13 mois).

Je reste à votre disposition pour toute question et vous souhaite d'ores et déjà la bienvenue.

Cordialement,

Emma Faure
Chargée de recrutement
Crédit Rhodanien - Direction des Ressources Humaines
""", "2026-03-25T10:45:00", charset="windows-1252", cte="qp")

add("offer", "es_oferta_carta", "es", "Bodegas Iturralde", "rrhh@bodegasiturralde.example.es",
    "RRHH Bodegas Iturralde <rrhh@bodegasiturralde.example.es>",
    "Carta oferta - Controller de Gestión",
    """Hola Camille,

Nos alegra mucho comunicarte que Ana y todo el equipo han quedado encantados contigo y queremos ofrecerte el puesto de Controller de Gestión en nuestras oficinas de Madrid.

Te adjuntamos la carta oferta con las condiciones (salario fijo, variable, fecha de incorporación prevista y beneficios). Si tienes cualquier duda, llámanos sin problema. Te agradeceríamos una respuesta antes del 3 de abril.

¡Esperamos contar contigo!

Un abrazo,
Iker Etxeberria
RRHH - Bodegas Iturralde
""", "2026-03-26T13:15:00", charset="windows-1252", cte="qp", attach="Carta_oferta_CDL.pdf")

add("offer", "de_vertragsangebot_lux", "de", "Mosel Rück", "katrin.schaefer@moselrueck.example.lu",
    "Katrin Schäfer <katrin.schaefer@moselrueck.example.lu>",
    "Ihr Vertragsangebot",
    """Liebe Frau Dubois-Laurent,

wir freuen uns sehr, Ihnen nach den Gesprächen mitteilen zu können, dass wir Ihnen die Position als Controllerin Rückversicherung anbieten möchten.

Anbei erhalten Sie unser Vertragsangebot. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Mai zurück. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Herzliche Grüße
Katrin Schäfer
HR Business Partner
Mosel Rück S.A.
""", "2026-05-11T16:00:00", tz=2, attach="Vertragsangebot_Dubois-Laurent.pdf", cte="qp")

add("offer", "hm_mobile_offer_tu", "fr", "Lumea Cosmétiques", "b.achard@lumea-cosmetiques.example.com",
    "Bérénice Achard <b.achard@lumea-cosmetiques.example.com>",
    "Bonne nouvelle",
    """Camille,

Rebondissement : la candidate qu'on avait retenue s'est désistée, et on aimerait beaucoup te faire une proposition pour le poste de contrôleuse de gestion retail ! Même package que celui évoqué en entretien.

Je te laisse m'appeler quand tu peux pour qu'on en parle, puis la RH t'enverra la proposition écrite.

Bérénice

Envoyé de mon iPhone
""", "2026-02-23T19:30:00")

add("offer", "qc_offre_emploi", "fr", "Coopérative Boréale", "genevieve.gagnon@cooperativeboreale.example.ca",
    "Geneviève Gagnon <genevieve.gagnon@cooperativeboreale.example.ca>",
    "Offre d'emploi - Contrôleuse financière",
    """Bonjour Camille,

C'est avec grand plaisir que je te transmets notre offre d'emploi pour le poste de contrôleuse financière à Québec. Tu trouveras en pièce jointe la lettre d'offre détaillant le salaire, les avantages sociaux (assurances collectives, REER collectif) ainsi que le soutien offert pour ton processus d'immigration.

Merci de nous faire part de ta décision d'ici le 8 mai. Je reste disponible pour un appel si tu veux en discuter.

Au plaisir de t'accueillir dans l'équipe!

Geneviève Gagnon
Conseillère en acquisition de talents
Coopérative Boréale
""", "2026-04-28T15:10:00", tz=-4, attach="Lettre_offre_Boreale.pdf")

add("offer", "agency_offer_fr_castelbrun", "fr", "Maison Castelbrun", "ines.roche@hunteo-conseil.example.fr",
    "Inès Roche <ines.roche@hunteo-conseil.example.fr>",
    "Castelbrun : ils vous veulent !",
    """Camille,

Je sors d'un call avec le DAF de Maison Castelbrun : ils souhaitent vous faire une offre pour le poste de Contrôleur de gestion ! Salaire fixe de 62 k€, 10 % de variable, prise de poste souhaitée début avril.

La RH vous envoie la proposition écrite demain. Appelez-moi ce soir si vous pouvez, qu'on en discute avant.

Bravo, vous l'avez bien mérité !!

Inès Roche
Hunteo Conseil
07 82 00 15 64
""", "2026-03-05T17:55:00")

add("offer", "greek_shipping_offer_en", "en", "Argolis Shipping", "hr@argolisshipping.example.gr",
    "Argolis Shipping HR <hr@argolisshipping.example.gr>",
    "Offer Letter",
    """Dear Ms Dubois-Laurent,

Further to your meetings with Mr. Papadakis, we are pleased to offer you the position of Financial Controller at our London office, on the terms set out in the attached offer letter.

Kindly return a signed copy of the letter by 15 May 2026. Your start date will be agreed with you upon acceptance.

Kind regards,
Eleni Konstantinou
Human Resources
Argolis Shipping Co.
""", "2026-05-06T09:40:00", tz=3, attach="Argolis_Offer_Letter.pdf", fmt="alt")

# ---------------------------------------------------------------- other: alerts, digests, newsletters
_UNSUB = {"List-Unsubscribe": "<https://links.example.net/unsub?u=cdl>, <mailto:unsub@lists.example.net>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

add("other", "linkedin_style_job_alert_fr", "fr", "", "",
    "Alertes emploi <jobalerts-noreply@linkedin-mail.example.com>",
    "« contrôleur de gestion » : 12 nouvelles offres à Lyon",
    """Vos offres d'emploi correspondant à « contrôleur de gestion » à Lyon et périphérie

Contrôleur de gestion industriel H/F
Groupe Sarrazin Emballages · Villefranche-sur-Saône
Candidature simplifiée · il y a 2 jours

Contrôleur financier (CDI)
Lyonnaise de Transports Urbains · Lyon
12 anciens élèves de votre école y travaillent

Business Controller - Retail
Maison Palmyre · Lyon 2e
Recrutement actif

Voir toutes les offres

Vous recevez des e-mails d'alerte emploi. Se désabonner · Aide
© 2026 Réseau Pro Example, 00 rue de Londres, 75009 Paris
""", "2026-01-13T07:02:00", fmt="html", headers={"List-Id": "<jobalerts.linkedin-mail.example.com>", **_UNSUB})

add("other", "indeed_digest_en", "en", "", "",
    "Indeed <alert@indeed-mail.example.com>",
    "Financial Controller jobs in London - 24 new jobs",
    """24 new jobs for Financial Controller in London

Financial Controller - Hybrid
Danbury Foods - London EC1
GBP 75,000 - 85,000 a year
Easily apply

Group Financial Controller
Aldwych Property Partners - London
Responsive employer

Assistant Financial Controller
Greenhithe Care Homes - London SE1
Urgently hiring

See all jobs

You're receiving this job alert because you subscribed. Unsubscribe | Manage alerts
""", "2026-02-02T06:30:00", fmt="html", cte="qp", tz=0, headers={"List-Id": "Indeed job alerts <alerts.indeed-mail.example.com>", **_UNSUB})

add("other", "stepstone_de_jobagent", "de", "", "",
    "StepStone Jobagent <jobagent@stepstone-mail.example.de>",
    "Ihr Jobagent: 7 neue Jobs als Controller (m/w/d) in Luxemburg",
    """Hallo Camille,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:

Controller (m/w/d) Konzernreporting - Saarluxe Energie - Luxemburg
Senior Controller (m/w/d) - Trierer Versicherungsgruppe - Trier/Luxemburg
Referent Controlling (m/w/d) - Mosel Kliniken - Remich

Alle Jobs ansehen

Sie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben. Jobagent abbestellen
""", "2026-02-16T06:15:00", fmt="html", charset="iso-8859-1", cte="qp", headers={"List-Id": "<jobagent.stepstone-mail.example.de>", **_UNSUB})

add("other", "wttj_weekly_newsletter_rejection_article", "fr", "", "",
    "Welcome to the Jungle <newsletter@welcometothejungle.example.com>",
    "Refus après un entretien : comment rebondir 💪",
    """Cette semaine dans ta newsletter

Refus après l'entretien final : 5 choses à faire (et une à éviter)
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue... » Ce mail, on l'a tous reçu. Voici comment demander un feedback sans paraître insistant.

Entretien manqué : faut-il s'excuser ou passer à autre chose ?
Un rendez-vous raté n'est pas forcément la fin de l'histoire. Nos conseils pour rattraper le coup.

Les offres de la semaine
Contrôleur·se de gestion - Fromagerie Lacroix - Lyon
FP&A Analyst - Tandem Paie - Paris

Se désinscrire | Préférences
""", "2026-01-29T12:00:00", fmt="html", cte="qp", headers={"List-Id": "WTTJ Newsletter <news.welcometothejungle.example.com>", **_UNSUB})

add("other", "apec_offres_fr", "fr", "", "",
    "Espace Cadres <offres@espacecadres-mail.example.fr>",
    "Vos offres Espace Cadres du jour : Contrôleur de gestion - Île-de-France",
    """Bonjour Camille,

Voici les nouvelles offres correspondant à votre recherche « Contrôleur de gestion - Île-de-France - Cadre » :

- Contrôleur de gestion siège H/F - Groupe Rivière Distribution - Rungis - 55-65 k€
- Contrôleur de gestion sociale H/F - Clinique des Lilas - Paris 20e
- Contrôleur de gestion projets H/F - Aérotech Systèmes - Toulouse (télétravail partiel)

Consulter les offres

Pour ne plus recevoir ces alertes, modifiez vos abonnements dans votre espace.
""", "2026-03-02T05:45:00", fmt="alt", charset="iso-8859-1", cte="qp", headers={"List-Id": "<alertes.espacecadres-mail.example.fr>", **_UNSUB})

add("other", "infojobs_es_alert", "es", "", "",
    "Alertas de empleo <alertas@infoempleo-mail.example.es>",
    "Nuevas ofertas: Controller Financiero en Madrid",
    """Hola Camille,

Tenemos 9 nuevas ofertas que coinciden con tu alerta «Controller Financiero - Madrid»:

Controller Financiero - Grupo Hotelero Sierra - Madrid - 45.000 € - 55.000 €
Business Controller - Logística Meseta - Getafe
Responsable de Control de Gestión - Clínicas Dentales Sonríe - Madrid

Ver todas las ofertas

Si no quieres recibir más alertas, puedes darte de baja aquí.
""", "2026-03-09T07:00:00", fmt="html", cte="b64", headers={"List-Id": "<alertas.infoempleo-mail.example.es>", **_UNSUB})

add("other", "dfcg_newsletter_interviews", "fr", "", "",
    "La Lettre du Contrôleur <lettre@club-controleurs.example.org>",
    "La Lettre n°142 - Entretiens d'embauche : les questions pièges en contrôle de gestion",
    """LA LETTRE DU CONTRÔLEUR - n°142 - mars 2026

DOSSIER : Réussir son entretien de contrôleur de gestion
Les recruteurs le disent : le cas pratique fait souvent la différence. Nous avons interrogé cinq DAF sur leurs questions favorites en entretien et sur les raisons pour lesquelles ils rejettent un candidat.

TÉMOIGNAGE : « J'ai été refusée trois fois avant de décrocher mon poste de DAF »

AGENDA : Matinale du club le 14 avril - IFRS 18, ce qui change pour le reporting

Vous recevez cette lettre en tant que membre du Club. Se désabonner.
""", "2026-03-05T08:00:00", fmt="alt", cte="qp", headers={"List-Id": "Lettre du Controleur <lettre.club-controleurs.example.org>", **_UNSUB})

add("other", "career_coach_newsletter_en", "en", "", "",
    "The Finance Career Brief <hello@financecareerbrief.example.com>",
    "Why 'we've decided to move forward with other candidates' isn't the end",
    """Hi Camille,

This week's brief is about rejection - because if you're job hunting in finance right now, you're probably getting a lot of it.

1. Read the template, not the tea leaves. "We've decided to move forward with other candidates whose experience more closely matches" is boilerplate. It tells you nothing about you.
2. Always reply. A short, gracious note asking for feedback keeps the door open.
3. Missed an interview? Own it within the hour, no excuses, and offer new times.

Next week: how to negotiate a verbal offer without losing it.

Talk soon,
Mara
The Finance Career Brief

Unsubscribe | View in browser
""", "2026-02-12T13:00:00", fmt="alt", tz=0, headers={"List-Id": "<brief.financecareerbrief.example.com>", **_UNSUB})

add("other", "recruiter_cold_outreach_en", "en", "", "",
    "Freddie Marsh <freddie.marsh@apexfinance-recruit.example.co.uk>",
    "Exciting Financial Controller opportunities!!",
    """Hi Camille,

Hope you're well! I came across your profile and was really impressed with your background in management accounting and controlling!!

I specialise in placing finance professionals with fast-growing businesses across London and the South East and have a number of exciting FC and Head of FP&A roles on at the moment (GBP 70-95k + bens).

If you're open to hearing about new opportunities, feel free to send me your latest CV and I'll keep you in mind as roles come in.

Have a great week!

Freddie Marsh
Associate Director | Apex Finance Recruitment
""", "2026-02-05T08:12:00", tz=0)

add("other", "recruiter_inmail_fr_marketing", "fr", "", "",
    "Julie de Talentys via Réseau Pro <inmail-noreply@linkedin-mail.example.com>",
    "Julie vous a envoyé un message",
    """Julie Perrin, Chargée de recherche chez Talentys, vous a envoyé un message :

« Bonjour Camille, je me permets de vous contacter car votre parcours en contrôle de gestion industriel a retenu mon attention. Nous accompagnons de nombreuses ETI de la région lyonnaise sur leurs recrutements finance. N'hésitez pas à me suivre pour être informée de nos prochaines offres ! »

Répondre

Vous recevez des notifications InMail. Se désabonner
""", "2026-03-17T10:10:00", fmt="html", headers={"List-Id": "<inmail.linkedin-mail.example.com>", **_UNSUB})

add("other", "podcast_interview_request_fr", "fr", "", "",
    "Romain Besse <romain@podcast-chiffres-et-lettres.example.fr>",
    "Interview pour le podcast « Chiffres & Lettres » ?",
    """Bonjour Camille,

Je prépare un épisode de notre podcast « Chiffres & Lettres » sur les reconversions vers le contrôle de gestion et on m'a parlé de ton parcours (merci Léa !).

Serais-tu partante pour une interview d'environ 40 minutes, enregistrée à distance, dans les prochaines semaines ? Rien de compliqué, on discute comme entre collègues.

Merci d'avance,
Romain
Chiffres & Lettres - le podcast des métiers de la finance
""", "2026-03-23T17:44:00")

add("other", "user_research_interview_en", "en", "", "",
    "Nadia from Ledgerly Research <research@ledgerly.example.com>",
    "Would you join a 30-min research interview? (EUR 50 voucher)",
    """Hi Camille,

You recently signed up for a Ledgerly trial. Our product team is running user research interviews with finance controllers to understand how you handle month-end close.

Would you be up for a 30-minute video interview next week? As a thank-you, we'll send you a EUR 50 voucher.

Book a slot: https://ledgerly.example.com/research/book

Thanks,
Nadia
UX Research, Ledgerly
""", "2026-03-30T15:00:00", fmt="alt", tz=2, headers={"List-Unsubscribe": "<https://ledgerly.example.com/u/cdl>"})

add("other", "friend_own_rejection_fr", "fr", "", "",
    "Léa Morin <lea.morin@example.org>",
    "bon ben...",
    """Coucou ma belle,

Devine quoi, j'ai reçu la réponse de chez Vesta Immobilier : refusée 🙃 « nous avons retenu un candidat dont l'expérience correspond davantage », bref le classique. Après trois entretiens et un cas pratique de 6h, j'avoue que ça pique.

Bref, on se fait un apéro jeudi pour que je râle un bon coup ? Et raconte-moi où t'en es avec Nuvola !!

Bisous
Léa
""", "2026-03-04T20:31:00")

add("other", "order_delayed_fr", "fr", "", "",
    "Boutique Aiguillon <commandes@boutique-aiguillon.example.fr>",
    "Votre commande n°100238451 est retardée",
    """Bonjour Camille,

Malheureusement, votre commande n°100238451 (1 article : Sac à dos Urbain 22L) a pris du retard chez notre transporteur.

Nouvelle date de livraison estimée : entre le 12 et le 14 février.

Nous sommes désolés pour ce contretemps et vous remercions de votre patience.

Le service client Boutique Aiguillon
""", "2026-02-09T11:00:00", fmt="html", cte="qp")

add("other", "gps_position_shared_en", "en", "", "",
    "Trackly <no-reply@trackly.example.net>",
    "Thomas shared his position with you",
    """Thomas Laurent is sharing his live position with you.

Current position: 45.7578° N, 4.8320° E (Lyon, Part-Dieu)
Updated 2 minutes ago · Battery 41%

Open map to follow his position until 19:30.

You're receiving this because Thomas added you to his trusted contacts in Trackly.
""", "2026-04-17T18:02:00", fmt="html", tz=2)

add("other", "bank_credit_card_application_fr", "fr", "", "",
    "Banque Castillon <ne-pas-repondre@banque-castillon.example.fr>",
    "Votre demande de carte Premier a bien été reçue",
    """Madame Dubois-Laurent,

Nous avons bien reçu votre demande de carte Visa Premier et vous en remercions.

Votre dossier est en cours d'étude. Votre conseiller vous informera de la décision sous 5 jours ouvrés. Malheureusement, nous ne pouvons pas vous communiquer d'information sur l'avancement de votre demande par e-mail.

Banque Castillon - Votre espace client
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "2026-01-21T09:33:00", fmt="alt", cte="qp")

add("other", "loan_application_received_en", "en", "", "",
    "Harrowgate Building Society <applications@harrowgate-bs.example.co.uk>",
    "We've received your mortgage application",
    """Dear Ms Dubois-Laurent,

Thank you for your mortgage application (reference HBS-0098812). We've received everything we need for now and an underwriter will review it within 5 working days.

We'll be in touch if we need anything further. Unfortunately we're unable to provide updates by email at this stage; please log in to your account to track progress.

Harrowgate Building Society
""", "2026-04-20T12:00:00", fmt="html", tz=1)

add("other", "apartment_application_rejected_fr", "fr", "", "",
    "Agence Immobilière Croix-Rousse <location.croixrousse@agence-immo.example.fr>",
    "Votre dossier de location - 12 rue d'Austerlitz",
    """Bonjour Madame,

Nous vous remercions pour le dépôt de votre dossier pour l'appartement T3 situé 12 rue d'Austerlitz, 69004 Lyon.

Nous sommes au regret de vous informer que le propriétaire a retenu une autre candidature. Votre dossier ne sera donc pas retenu pour ce bien.

Nous restons à votre disposition pour vous proposer d'autres logements correspondant à vos critères.

Cordialement,
Service Location - Agence Croix-Rousse
""", "2026-03-13T16:45:00", charset="windows-1252", cte="qp")

add("other", "university_admission_decision_en", "en", "", "",
    "Institut Léman - Executive Education <admissions@exec-education.example.ch>",
    "Your admission decision - Executive Certificate in Corporate Finance",
    """Dear Camille,

Thank you for your application to the Executive Certificate in Corporate Finance, intake September 2026.

After careful review by the admissions committee, we regret to inform you that we are unable to offer you a place in this intake, as the programme is oversubscribed. You are welcome to reapply for the February 2027 intake.

Kind regards,
Admissions Office
""", "2026-04-03T10:00:00", fmt="alt", tz=2)

add("other", "university_admission_accept_fr", "fr", "", "",
    "Université Lyon Finance - Scolarité <scolarite@univ-lyon-finance.example.fr>",
    "Admission - DU Contrôle de gestion et pilotage de la performance",
    """Madame,

Nous avons le plaisir de vous informer que votre candidature au Diplôme d'Université « Contrôle de gestion et pilotage de la performance » (formation continue, rentrée 2026) a reçu un avis favorable de la commission pédagogique.

Vous êtes admise. Merci de confirmer votre inscription avant le 30 mai via l'application eCandidat.

Le service de la Scolarité
""", "2026-05-12T09:00:00", tz=2, charset="iso-8859-1", cte="qp")

# ---------------------------------------------------------------- other: the candidate's own mail
_MY_CLIENT = {"User-Agent": "Mozilla Thunderbird"}

add("other", "own_sent_thank_you_fr", "fr", "", "",
    f"{ME_NAME} <{ME}>", "Merci pour l'entretien",
    """Bonjour Monsieur Delattre,

Je vous remercie pour l'entretien téléphonique de ce matin et pour la présentation du poste de contrôleur de gestion au sein de la Société des Eaux du Nord.

Nos échanges sur la refonte du reporting par territoire ont confirmé mon intérêt pour ce poste. Je reste à votre disposition pour la suite du processus.

Bien cordialement,
Camille Dubois-Laurent
06 00 00 00 00
""", "2026-03-09T12:40:00", to="Julien Delattre <j.delattre@eaux-du-nord.example.fr>", headers=_MY_CLIENT)

add("other", "own_sent_cant_attend_fr", "fr", "", "",
    f"{ME_NAME} <{ME}>", "RE: Convocation - entretien de sélection",
    """Madame, Monsieur,

Je vous remercie pour votre invitation. Malheureusement, un engagement que je ne peux pas déplacer m'empêche d'être présente le lundi 4 mai à 13h30. Serait-il possible de décaler l'entretien au mardi 5 ou au mercredi 6 mai, à l'horaire de votre choix ? Le poste m'intéresse vivement.

Veuillez agréer mes salutations distinguées,
Camille Dubois-Laurent

Le jeu. 23 avr. 2026 à 11:00, Recrutement UMW <recrutement@umw.example.be> a écrit :
> Vous êtes invitée à un entretien de sélection le lundi 4 mai 2026 à 13h30, en nos bureaux.
""", "2026-04-23T18:20:00", tz=2, follows="visio_rh_brussels_vous", to="Recrutement UMW <recrutement@umw.example.be>", headers=_MY_CLIENT)

add("other", "own_sent_apology_missed_es", "es", "", "",
    f"{ME_NAME} <{ME}>", "Re: Entrevista de hoy",
    """Hola Iker,

Te pido disculpas sinceramente por no haberme conectado hoy a la entrevista. Asumo toda la responsabilidad, no es propio de mí. Sigo muy interesada en el puesto: podría el viernes 13 a cualquier hora o el lunes 16 por la mañana.

Un saludo,
Camille

El jue, 12 mar 2026 a las 16:32, RRHH Bodegas Iturralde (<rrhh@bodegasiturralde.example.es>) escribió:
> Hola Camille,
> Te hemos estado esperando en la videollamada a las 16:00 pero no te has conectado.
""", "2026-03-12T17:05:00", follows="es_no_se_conecto", to="RRHH Bodegas Iturralde <rrhh@bodegasiturralde.example.es>", headers=_MY_CLIENT)

add("other", "own_sent_application_fr", "fr", "", "",
    f"{ME_NAME} <{ME}>", "Candidature - Contrôleuse de gestion (annonce du 2 mars)",
    """Madame, Monsieur,

Vous trouverez ci-joint mon CV et ma lettre de motivation pour le poste de contrôleuse de gestion publié le 2 mars sur votre site.

Contrôleuse de gestion depuis sept ans dans l'industrie, je souhaite aujourd'hui mettre mon expérience au service d'une structure de l'économie sociale et solidaire.

Je me tiens à votre disposition pour un entretien.

Cordialement,
Camille Dubois-Laurent
""", "2026-03-03T08:15:00", to="Recrutement - Les Ateliers du Partage <recrutement@ateliersdupartage.example.org>", attach="CV_Camille_Dubois-Laurent.pdf", headers=_MY_CLIENT)

add("other", "own_sent_rejection_reply_en", "en", "", "",
    f"{ME_NAME} <{ME}>", "Re: Controller position - Geneva",
    """Dear Sandrine,

Thank you for letting me know, and for taking the time to tell me personally. I enjoyed meeting you and Mr. Favre, and I'd be very grateful for a short call with feedback on what would have strengthened my application.

I hope our paths cross again.

Best regards,
Camille

-----Original Message-----
From: Sandrine Vogt <s.vogt@oreliane.example.ch>
Sent: Wednesday, April 8, 2026 18:03
To: Camille Dubois-Laurent <camille.dubois@example.com>
Subject: Controller position - Geneva

It was a close decision. After much deliberation we have chosen to offer the role to another candidate.
""", "2026-04-09T08:30:00", follows="after_final_interview_en_geneva", to="Sandrine Vogt <s.vogt@oreliane.example.ch>", tz=2, headers=_MY_CLIENT)

# ---------------------------------------------------------------- other: auto-replies and calendars
add("other", "ooo_recruiter_fr", "fr", "", "",
    "Emma FAURE <emma.faure@credit-rhodanien.example.fr>",
    "Réponse automatique : Merci pour l'entretien",
    """Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus, avec un accès limité à mes e-mails.

Pour toute urgence concernant un recrutement en cours, vous pouvez contacter recrutement@credit-rhodanien.example.fr.

Cordialement,
Emma Faure
""", "2026-02-20T09:01:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "ooo_recruiter_en", "en", "", "",
    "Ollie Granger <ollie@brightlane-search.example.co.uk>",
    "Automatic reply: CV - Camille Dubois-Laurent",
    """Thanks for your email! I'm currently on annual leave, returning Monday 9th March. I'll have limited access to emails so for anything urgent please contact the team on 020 7946 0000.

Ollie
""", "2026-03-02T10:15:00", tz=0, headers={"Auto-Submitted": "auto-replied"})

add("other", "ooo_de_abwesenheit", "de", "", "",
    "Katrin Schäfer <katrin.schaefer@moselrueck.example.lu>",
    "Abwesenheitsnotiz: Ihre Bewerbung – Controller Rückversicherung",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@moselrueck.example.lu.

Mit freundlichen Grüßen
Katrin Schäfer
""", "2026-03-30T08:00:00", tz=2, charset="iso-8859-1", cte="qp", headers={"Auto-Submitted": "auto-replied"})

add("other", "calendar_standup_notification", "en", "", "",
    "Google Calendar <calendar-notification@calendar.example.com>",
    "Notification: Daily stand-up - Finance Ops @ Mon 16 Mar 2026 09:30 - 09:45 (CET)",
    """Daily stand-up - Finance Ops
Monday 16 Mar 2026 · 09:30 - 09:45 (Central European Time - Paris)
Joining info: meet.example.com/xyz-abcd-efg

Organizer: Yasmine Haddad
Guests: 9 yes

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for calendar camille.dubois@example.com.
""", "2026-03-16T09:20:00", fmt="alt", cte="qp",
    headers={"Auto-Submitted": "auto-generated"})

add("other", "calendar_invite_mutuelle_webinar_fr", "fr", "", "",
    "Association Entraide Compta <evenements@entraide-compta.example.org>",
    "Invitation : Atelier « Préparer ses entretiens d'embauche » - jeudi 9 avril 18h30",
    """Bonjour à toutes et à tous,

Notre prochain atelier collectif aura lieu le jeudi 9 avril à 18h30, en visio : « Préparer ses entretiens d'embauche en finance ». Au programme : simulation d'entretien, questions techniques classiques, et comment réagir à un refus.

Vous trouverez l'invitation en pièce jointe. Inscription gratuite pour les adhérents.

L'équipe bénévole d'Entraide Compta
""", "2026-03-31T12:00:00", tz=2, headers={"List-Id": "<membres.entraide-compta.example.org>", **_UNSUB},
    ics=ics("REQUEST", "atelier-entretiens-0409@entraide-compta.example.org",
            "Atelier : Préparer ses entretiens d'embauche", "20260409T163000Z", "20260409T180000Z",
            "evenements@entraide-compta.example.org", location="Visio"))

# ---------------------------------------------------------------- other: life admin
add("other", "impots_gouv_declaration", "fr", "", "",
    "impots.gouv.fr <ne-pas-repondre@dgfip.example.fr>",
    "Votre déclaration de revenus 2025 est en ligne",
    """Madame DUBOIS-LAURENT Camille,

La campagne de déclaration des revenus 2025 est ouverte. Vous pouvez dès à présent consulter votre déclaration pré-remplie dans votre espace particulier sur impots.gouv.fr.

Date limite de déclaration en ligne pour votre département : jeudi 28 mai 2026 à 23h59.

La Direction générale des Finances publiques

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""", "2026-04-09T07:00:00", tz=2, fmt="alt", charset="iso-8859-1", cte="qp")

add("other", "caf_notification_fr", "fr", "", "",
    "Caf.fr <no-reply@caf-mail.example.fr>",
    "Un nouveau document est disponible dans votre Espace Mon Compte",
    """Bonjour,

Un nouveau document vous concernant est disponible dans votre espace Mon Compte, rubrique « Mes courriers ».

Pour le consulter, connectez-vous sur caf.fr ou sur l'application mobile.

Votre Caf
""", "2026-02-05T14:10:00", fmt="html", cte="b64")

add("other", "mutuelle_remboursement_fr", "fr", "", "",
    "Mutuelle Harmonia Santé <contact@harmonia-sante.example.fr>",
    "Votre relevé de remboursements de février",
    """Bonjour Camille,

Votre relevé de remboursements du mois de février est disponible dans votre espace adhérent.

Montant total remboursé : 86,40 €

À noter : votre demande de prise en charge pour les lunettes n'a malheureusement pas pu être traitée, il manque la facture détaillée. Merci de la déposer dans votre espace.

Votre mutuelle Harmonia Santé
""", "2026-03-03T06:30:00", fmt="alt", charset="windows-1252", cte="qp")

add("other", "syndic_assemblee_generale_fr", "fr", "", "",
    "Cabinet Gérance Saône <syndic@gerance-saone.example.fr>",
    "Convocation à l'assemblée générale des copropriétaires - Résidence Les Tilleuls",
    """Madame, Monsieur,

Vous trouverez ci-joint la convocation à l'assemblée générale ordinaire des copropriétaires de la Résidence Les Tilleuls, qui se tiendra le mardi 14 avril 2026 à 18h30 dans nos locaux.

Ordre du jour : approbation des comptes 2025, vote du budget prévisionnel 2026, travaux de ravalement.

Si vous ne pouvez pas être présent, vous pouvez donner pouvoir à un autre copropriétaire.

Le Syndic - Cabinet Gérance Saône
""", "2026-03-20T11:00:00", attach="Convocation_AG_2026.pdf", charset="iso-8859-1", cte="qp")

add("other", "doctolib_rdv_annule", "fr", "", "",
    "Doctolib <no-reply@doctolib-mail.example.fr>",
    "Votre rendez-vous du jeudi 12 février a été annulé",
    """Bonjour Camille,

Votre rendez-vous avec Dr Nathalie Perret (Dermatologue) le jeudi 12 février 2026 à 15h20 a été annulé par le praticien.

Vous pouvez reprendre rendez-vous en ligne à tout moment.

Prendre un nouveau rendez-vous

L'équipe Doctolib
""", "2026-02-10T08:20:00", fmt="html", cte="qp")

add("other", "doctolib_rdv_manque", "fr", "", "",
    "Doctolib <no-reply@doctolib-mail.example.fr>",
    "Rendez-vous non honoré",
    """Bonjour Camille,

Vous ne vous êtes pas présentée à votre rendez-vous du mardi 7 avril 2026 à 9h00 avec M. Julien Royer (Kinésithérapeute), et ce rendez-vous n'avait pas été annulé.

Pensez à annuler vos rendez-vous au moins 24 heures à l'avance : cela permet à d'autres patients d'en bénéficier.

L'équipe Doctolib
""", "2026-04-07T10:30:00", tz=2, fmt="html", cte="b64")

add("other", "sncf_train_supprime", "fr", "", "",
    "SNCF Connect <noreply@sncf-connect-mail.example.fr>",
    "Information trafic : votre TGV INOUI 6611 du 24/03 est supprimé",
    """Bonjour Camille,

Nous sommes désolés : en raison d'un mouvement social, votre train TGV INOUI 6611 Lyon Part-Dieu → Lille Europe du mardi 24 mars 2026, départ 06h04, est supprimé.

Vous pouvez échanger ou vous faire rembourser votre billet sans frais dans votre espace SNCF Connect.

SNCF Voyageurs
""", "2026-03-22T19:00:00", fmt="alt", cte="qp")

add("other", "bank_statement_fr", "fr", "", "",
    "Crédit Mutualiste du Rhône <ne-pas-repondre@cmr-banque.example.fr>",
    "Votre e-relevé de compte est disponible",
    """Madame DUBOIS-LAURENT,

Votre relevé de compte courant n° ****4412 du mois de mars 2026 est disponible dans votre Espace Client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Votre conseillère, Sylvie Marchetti
Crédit Mutualiste du Rhône
""", "2026-04-02T05:00:00", tz=2, fmt="html", charset="iso-8859-1", cte="qp")

add("other", "de_bahn_verspaetung", "de", "", "",
    "Deutsche Reisebahn <noreply@reisebahn-mail.example.de>",
    "Verspätung Ihrer Verbindung ICE 9555 am 28.04.",
    """Guten Tag Frau Dubois-Laurent,

leider hat Ihre Verbindung ICE 9555 Frankfurt(Main)Hbf - Luxembourg am 28.04.2026 voraussichtlich eine Verspätung von ca. 45 Minuten.

Bitte informieren Sie sich vor Reiseantritt über Ihre Verbindung. Bei einer Verspätung ab 60 Minuten haben Sie Anspruch auf eine Fahrpreiserstattung.

Ihr Reiseteam
""", "2026-04-28T06:12:00", tz=2, fmt="alt", cte="qp")

# ---------------------------------------------------------------- other: the words in other senses
add("other", "radio_interview_request_fr", "fr", "", "",
    "Agathe Roux <agathe.roux@radio-rhone-fm.example.fr>",
    "Demande d'interview - émission « Les Femmes et l'Argent »",
    """Bonjour Madame Dubois-Laurent,

Je suis journaliste à Radio Rhône FM et je prépare une émission sur la place des femmes dans les métiers de la finance d'entreprise. Votre intervention au salon du contrôle de gestion m'a été signalée.

Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes, en direct par téléphone, le mercredi 22 avril vers 8h15 ?

Bien à vous,
Agathe Roux
Journaliste - Radio Rhône FM
04 78 00 00 12
""", "2026-04-14T11:20:00", tz=2)

add("other", "trade_press_interview_en", "en", "", "",
    "Callum Reid <callum.reid@controllersweekly.example.com>",
    "Interview for Controllers Weekly - AI in month-end close",
    """Hi Camille,

I'm writing a feature for Controllers Weekly on how mid-market finance teams are using automation at month-end, and a contact suggested I speak with you.

Would you have 20 minutes for a phone interview next week? Quotes would be attributed to you by name and job title unless you prefer otherwise.

Thanks,
Callum Reid
Senior Reporter, Controllers Weekly
""", "2026-04-21T14:00:00", tz=1)

add("other", "candidate_experience_survey_en", "en", "", "",
    "Astoria Mutual Careers <survey-noreply@candidate-pulse.example.com>",
    "How was your interview experience with Astoria Mutual?",
    """Hi Camille,

You recently interviewed with Astoria Mutual. We'd love to hear about your experience as a candidate - whatever the outcome.

The survey takes 2 minutes and your answers are anonymous.

On a scale of 0-10, how likely are you to recommend applying to Astoria Mutual to a friend?
0 1 2 3 4 5 6 7 8 9 10

Thank you,
Astoria Mutual Talent Team · powered by CandidatePulse
Unsubscribe from surveys
""", "2026-03-20T10:00:00", fmt="html", tz=0, headers={"List-Unsubscribe": "<https://candidate-pulse.example.com/u/1>"})

add("other", "friend_forwarded_job_fr", "fr", "", "",
    "Julien Perrault <julien.perrault@example.net>",
    "Fwd: Offre contrôleur de gestion - Groupe Sébastopol",
    """Salut Camille,

Regarde ça, ça a l'air pile pour toi ! C'est la boîte de ma belle-sœur, je peux lui passer ton CV si tu veux.

Julien

---------- Forwarded message ---------
De : Recrutement Groupe Sébastopol <jobs@groupe-sebastopol.example.fr>
Date: lun. 16 mars 2026 à 09:12
Subject: Offre contrôleur de gestion
To: <diffusion-interne@groupe-sebastopol.example.fr>

Le Groupe Sébastopol recrute un(e) contrôleur(se) de gestion pour son site de Villeurbanne. CDI, statut cadre, 50-58 k€. Cooptation bienvenue : prime de 1 500 € pour le parrain.
""", "2026-03-16T21:40:00")

add("other", "former_colleague_coffee_fr", "fr", "", "",
    "Sébastien Moreau <s.moreau@example.org>",
    "Café ?",
    """Hello Camille,

J'ai vu sur LinkedIn que tu étais en recherche, courage ! Si tu veux on se fait un café la semaine prochaine, je te raconterai comment ça se passe chez Ondine depuis ton départ, et je peux te présenter deux ou trois DAF de mon réseau.

Dis-moi ce qui t'arrange,
Seb
""", "2026-01-25T18:30:00")

add("other", "alumni_network_event_fr", "fr", "", "",
    "Réseau des Anciens - IAE Lyon <reseau@anciens-iae.example.fr>",
    "Afterwork Finance : jeudi 5 février au Comptoir",
    """Chers Alumni,

Le club Finance vous donne rendez-vous pour son afterwork mensuel le jeudi 5 février à 19h au Comptoir (Lyon 2e). Au programme : networking et témoignage d'une DAF sur le thème « Rebondir après un licenciement économique ».

Inscription obligatoire (places limitées).

Le bureau du Réseau
Se désinscrire de la liste Club Finance
""", "2026-01-27T12:00:00", fmt="html", charset="iso-8859-1", cte="qp", headers={"List-Id": "Club Finance <club-finance.anciens-iae.example.fr>", **_UNSUB})

add("other", "profile_views_notification_fr", "fr", "", "",
    "Réseau Pro <notifications-noreply@linkedin-mail.example.com>",
    "Camille, votre profil a été consulté par 14 personnes",
    """Camille, découvrez qui a consulté votre profil cette semaine

14 consultations du profil
Dont des recruteurs de Banque Hélvea, Nuvola et 3 autres entreprises

3 apparitions dans les résultats de recherche

Voir toutes les consultations

Vous recevez ces notifications de Réseau Pro. Se désabonner
""", "2026-02-22T09:00:00", fmt="html", cte="qp", headers={"List-Id": "<notifications.linkedin-mail.example.com>", **_UNSUB})

add("other", "company_reviews_digest_en", "en", "", "",
    "Glassview <digest@glassview-mail.example.com>",
    "New interview reviews for companies you follow",
    """New interview reviews this week

Kinsale Software - Financial Controller interview
"Three rounds: recruiter screen, case study, final with the CEO. They sent a rejection template two weeks later." - Anonymous interview candidate in London

Norrbridge Capital - Senior Analyst interview
"Positive experience, offer declined." - Anonymous

Read all reviews

You follow these companies on Glassview. Manage notifications | Unsubscribe
""", "2026-04-19T16:00:00", fmt="html", tz=0, headers={"List-Id": "<digest.glassview-mail.example.com>", **_UNSUB})

add("other", "es_pedido_retrasado", "es", "", "",
    "Tienda Mercadillo <pedidos@tienda-mercadillo.example.es>",
    "Tu pedido 402-77813 llegará más tarde de lo previsto",
    """Hola Camille,

Lamentablemente, tu pedido 402-77813 (Adaptador de corriente UK/EU) se ha retrasado. Nueva fecha de entrega estimada: 8 de abril.

Sentimos las molestias.

Atención al cliente
Tienda Mercadillo
""", "2026-04-03T09:00:00", tz=2, fmt="html", cte="b64")

add("other", "es_newsletter_entrevistas", "es", "", "",
    "Finanzas & Carrera <boletin@finanzasycarrera.example.es>",
    "Boletín semanal: 7 errores en una entrevista de trabajo para controllers",
    """Boletín semanal de Finanzas & Carrera

7 errores que te pueden costar una entrevista de controller
Desde no preparar el caso práctico hasta no preguntar nada al final. Y qué hacer si recibes un «lamentamos comunicarte que no has sido seleccionado».

Ofertas destacadas de la semana
Controller Financiero - Madrid - 50-60k

Darse de baja
""", "2026-02-18T07:30:00", fmt="html", cte="qp", tz=1, headers={"List-Id": "<boletin.finanzasycarrera.example.es>", **_UNSUB})

add("other", "es_friend_asks_referral", "es", "", "",
    "Marta Gil <marta.gil@example.org>",
    "Pregunta rápida",
    """Hola Camille!!

Oye, una pregunta rápida: ¿sigues buscando en Madrid? En mi empresa están buscando a alguien de control de gestión y me he acordado de ti. Si quieres te paso el contacto de la responsable de RRHH, dime algo!

Besos,
Marta
""", "2026-04-10T22:14:00", tz=2)

add("other", "de_karriere_newsletter", "de", "", "",
    "Karriere-Kompass <newsletter@karriere-kompass.example.de>",
    "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    """Karriere-Kompass Newsletter - Ausgabe 11/2026

Absage nach dem Vorstellungsgespräch: Warum Sie trotzdem antworten sollten
„Leider müssen wir Ihnen mitteilen...“ - so beginnen die meisten Absagen. Wir zeigen, wie eine kurze, freundliche Antwort Türen offen hält.

Gehaltsreport Controlling 2026: Was Controller in Deutschland, Österreich und Luxemburg verdienen

Newsletter abbestellen | Impressum
""", "2026-03-11T06:00:00", fmt="alt", cte="qp", headers={"List-Id": "<newsletter.karriere-kompass.example.de>", **_UNSUB})

add("other", "agency_salary_guide_marketing_en", "en", "", "",
    "Northstar Talent <marketing@northstar-talent.example.co.uk>",
    "Your 2026 Finance & Accounting Salary Guide is here",
    """Hi Camille,

Our 2026 Finance & Accounting Salary Guide is out now - with salary benchmarks for over 80 roles from Assistant Accountant to CFO, across London and the regions.

Download your copy

Thinking about your next move? Our consultants are here to help.

Northstar Talent
You are receiving this email because you registered with Northstar Talent. Unsubscribe
""", "2026-01-08T10:00:00", fmt="html", cte="b64", tz=0, headers={"List-Id": "<marketing.northstar-talent.example.co.uk>", **_UNSUB})

add("other", "france_travail_convocation", "fr", "", "",
    "France Travail <ne-pas-repondre@francetravail-mail.example.fr>",
    "Convocation à un entretien avec votre conseiller",
    """Madame DUBOIS-LAURENT,

Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Karine Blanchard, le lundi 16 février 2026 à 10h30, à l'agence de Lyon Part-Dieu.

Cet entretien fait partie de votre accompagnement. En cas d'empêchement, prévenez votre conseillère via votre espace personnel.

Votre agence France Travail
Ce message est envoyé automatiquement.
""", "2026-02-03T08:00:00", fmt="alt", charset="iso-8859-1", cte="qp")

if __name__ == "__main__":
    main()
