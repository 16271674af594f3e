"""Generator of the twenty-seventh labelled corpus: one job seeker's inbox, Jan-Jun 2026.

Each message below was written by hand (one `m(...)` call per message, no shared templates
for the wording); this script only wraps the text in realistic MIME structure (charsets,
transfer encodings, HTML-only and multipart/alternative bodies, calendar parts, threading
headers) and writes the .eml files plus labels.csv. It imports only the standard library.

Run from anywhere: `python tests/corpus_twentyseventh/make_twentyseventh.py`.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Camille Lefèvre <camille.lefevre@example.org>"
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


@dataclass
class Spec:
    """One message as written: its words plus how it travels (fmt) and its labels."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    fmt: str = "plain"  # plain, qp, b64, latin1, cp1252, html, alt, htmlb64
    to: str = ME
    reply_to: str = ""
    cc: str = ""
    html: str = ""
    ics: dict[str, str] = field(default_factory=dict)
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    style: str = "simple"  # html look: simple, ats, news
    reply: bool = False


MESSAGES: list[Spec] = []


def m(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, subject: str,
      body: str, **kw: object) -> None:
    """Record one message; keyword arguments are the optional Spec fields."""
    MESSAGES.append(Spec(kind, slug, lang, company, contact, frm, subject, body, **kw))  # type: ignore[arg-type]


def _domain(addr_field: str) -> str:
    addr = getaddresses([addr_field])[0][1]
    return addr.rsplit("@", 1)[-1] or "example.com"


def _linkify(text: str, track: str) -> str:
    def repl(match: re.Match[str]) -> str:
        url = match.group(0)
        href = f"https://{track}/c/{hashlib.sha1(url.encode()).hexdigest()[:16]}" if track else url
        return f'<a href="{html.escape(href)}" style="color:#1a5fb4">{html.escape(url)}</a>'

    return re.sub(r"https?://[^\s<>\"]+", repl, html.escape(text, quote=False).replace("&amp;", "&"))


def _to_html(spec: Spec) -> str:
    """A plausible HTML rendering of the plain text, in the look the sender would use."""
    if spec.html:
        return spec.html
    track = f"click.{_domain(spec.frm)}" if spec.style in ("ats", "news") else ""
    paras = spec.body.strip("\n").split("\n\n")
    cells = "\n".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:#222">{_linkify(p, track).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    if spec.style == "simple":
        return f'<html><body><div dir="ltr">{cells}</div></body></html>\n'
    pixel = f'<img src="https://{track or "t.example.net"}/o/{spec.slug}.gif" width="1" height="1" alt="">'
    head = html.escape(spec.subject)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + head + "</title></head>"
        '<body style="margin:0;background:#f2f2f2">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="24" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #ddd">'
        f'<tr><td style="background:#20364f;color:#fff;font:bold 16px Arial">{head}</td></tr>'
        f"<tr><td>{cells}</td></tr>"
        '<tr><td style="font:11px Arial;color:#888">' + pixel + "</td></tr>"
        "</table></td></tr></table></body></html>\n"
    )


def _ics(spec: Spec, sent: datetime) -> str:
    ev = spec.ics
    method = ev.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + ev.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev.get('uid', spec.slug + '@' + _domain(spec.frm))}",
        f"DTSTAMP:{sent.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ev['start']}",
        f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.lefevre@example.org",
        f"SEQUENCE:{ev.get('sequence', '0')}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if "location" in ev:
        lines.append(f"LOCATION:{ev['location']}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


_LATIN1_FALLBACK = str.maketrans({"–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "…": "...",
                                  "œ": "oe", "€": "EUR", "•": "*", "ş": "s", "→": "->"})


def _legacy(text: str, charset: str) -> str:
    """Text as an older mail client would have typed it in a legacy charset."""
    if charset == "iso-8859-1":
        text = text.translate(_LATIN1_FALLBACK)
    else:
        text = text.translate({ord("ş"): "s", ord("→"): "->"})
    text.encode(charset)  # raises if a character still has no place in the charset
    return text


def _sent(spec: Spec) -> datetime:
    """When the message arrived: from WHEN for messages whose story fixes a date, else spread."""
    if spec.slug in WHEN:
        return datetime.strptime(WHEN[spec.slug], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    seed = int(hashlib.sha1(spec.slug.encode()).hexdigest(), 16)
    start = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
    return start + timedelta(days=seed % 165, minutes=(seed >> 8) % 840)


def _zone(domain: str, sent: datetime) -> timezone:
    """The sender's UTC offset, guessed from its country domain, as its Date header shows it."""
    summer = sent >= datetime(2026, 3, 29, 1, tzinfo=UTC)
    if domain.endswith(".ca"):
        return timezone(timedelta(hours=-4 if sent >= datetime(2026, 3, 8, 7, tzinfo=UTC) else -5))
    if domain.endswith(".br"):
        return timezone(timedelta(hours=-3))
    if domain.endswith(".au"):
        return timezone(timedelta(hours=11 if sent < datetime(2026, 4, 5, tzinfo=UTC) else 10))
    if domain.endswith(".ma"):
        return timezone(timedelta(hours=1))
    if domain.endswith(".uk"):
        return timezone(timedelta(hours=1 if summer else 0))
    if domain.endswith((".fr", ".de", ".be", ".ch", ".lu", ".es", ".dk")):
        return timezone(timedelta(hours=2 if summer else 1))
    return UTC  # ATS platforms and .com/.io hosts stamp UTC


def _legacy_headers(raw: bytes, spec: Spec) -> bytes:
    """Re-encode Subject and From as the legacy client did: RFC 2047 words in its own charset."""
    charset = {"latin1": "iso-8859-1", "cp1252": "windows-1252"}.get(spec.fmt)
    if charset is None or (spec.subject.isascii() and spec.frm.isascii()):
        return raw
    head, sep, body = raw.partition(b"\r\n\r\n")
    name, addr = getaddresses([spec.frm])[0]
    crlf = "\r\n"
    fresh = {}
    if not spec.subject.isascii():
        fresh[b"subject"] = "Subject: " + Header(_legacy(spec.subject, charset), charset).encode(linesep=crlf)
    if not name.isascii():
        fresh[b"from"] = f"From: {Header(_legacy(name, charset), charset).encode(linesep=crlf)} <{addr}>"
    lines: list[bytes] = []
    replacing = False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):  # a folded continuation belongs to the header above
            if not replacing:
                lines.append(line)
            continue
        key = line.split(b":", 1)[0].lower()
        replacing = key in fresh
        lines.append(fresh[key].encode("ascii") if replacing else line)
    return b"\r\n".join(lines) + sep + body


def build(spec: Spec, index: int) -> EmailMessage:
    """The message as a mail program would have received it."""
    sent = _sent(spec)
    domain = _domain(spec.frm)
    zone = _zone(domain, sent)
    digest = hashlib.sha1(f"{index}{spec.slug}".encode()).hexdigest()
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(sent.astimezone(zone))
    msg["Message-ID"] = f"<{digest[:20]}.{index}@{domain}>"
    if spec.reply or spec.subject.lower().startswith(("re:", "aw:", "rv:")):
        parent = f"<CAF{digest[20:36]}=Lq{index}@mail.example.org>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<CAF{digest[4:20]}x@mail.example.org> {parent}"
    for name, value in spec.headers.items():
        msg[name] = value
    text = spec.body.strip("\n") + "\n"
    fmt = spec.fmt
    if fmt == "plain":
        msg.set_content(text, cte="8bit")
    elif fmt == "qp":
        msg.set_content(text, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(text, cte="base64")
    elif fmt == "latin1":
        msg.set_content(_legacy(text, "iso-8859-1"), charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "cp1252":
        msg.set_content(_legacy(text, "windows-1252"), charset="windows-1252", cte="8bit")
    elif fmt == "html":
        msg.set_content(_to_html(spec), subtype="html", cte="quoted-printable")
    elif fmt == "htmlb64":
        msg.set_content(_to_html(spec), subtype="html", cte="base64")
    elif fmt == "alt":
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(_to_html(spec), subtype="html", cte="quoted-printable")
    else:
        raise ValueError(f"{spec.slug}: unknown fmt {fmt}")
    if spec.ics:
        method = spec.ics.get("method", "REQUEST")
        if fmt in ("alt",):
            msg.add_alternative(_ics(spec, sent).encode(), maintype="text", subtype="calendar",
                                params={"method": method}, cte="base64")
        else:
            msg.make_mixed()
            msg.add_attachment(_ics(spec, sent).encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": method})
    if spec.attach:
        pdf = b"%PDF-1.4\n% corpus placeholder\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=spec.attach)
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{number}_{digest[:12]}")  # stable output between runs
    return msg


def main() -> None:
    """Rewrite every kind folder and labels.csv from MESSAGES."""
    for kind in KIND_DIRS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    rows = []
    for index, spec in enumerate(MESSAGES, start=1):
        if spec.kind not in KIND_DIRS:
            raise ValueError(f"{spec.slug}: bad kind {spec.kind}")
        rel = f"{spec.kind}/{index:03d}_{spec.slug}.eml"
        (ROOT / rel).write_bytes(_legacy_headers(build(spec, index).as_bytes(), spec))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


# ---------------------------------------------------------------------------------------------
# The inbox. Labels: kind, company (employer, no legal form; empty on non-job mail), contact
# (Reply-To if human, else the human sender, else empty), language.
# ---------------------------------------------------------------------------------------------

# ----------------------------------------------------------------------------- rejections
m("rejection", "talentsoft_luxe_soft", "fr", "Maison Verdeau", "",
  "Maison Verdeau - Recrutement <ne-pas-repondre@talent-soft.com>",
  "Votre candidature - Acheteur(se) Indirect H/F - Réf. 2026-0114",
  """
Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Verdeau et du temps consacré à votre candidature au poste d'Acheteur(se) Indirect (réf. 2026-0114).

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous avons choisi de poursuivre le processus avec des profils dont l'expérience correspond plus étroitement aux exigences du poste.

Nous conservons vos coordonnées dans notre base de données, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Maison Verdeau

Ce message est généré automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification : dpo@maisonverdeau.example.com
""", fmt="html", style="ats")

m("rejection", "freight_blunt_mobile", "fr", "Transports Berthelin", "j.morel@berthelin-transports.example.com",
  "Julien Morel <j.morel@berthelin-transports.example.com>",
  "Re: candidature planificateur",
  """
Bonjour Camille,
Désolé mais on part sur un autre candidat, plus proche de chez nous et déjà opérationnel sur TMS.
Bonne continuation
Julien

Envoyé de mon iPhone

> Le 12 janv. 2026 à 09:14, Camille Lefèvre <camille.lefevre@example.org> a écrit :
>
> Bonjour Monsieur Morel,
> Je me permets de revenir vers vous concernant ma candidature au poste de planificateur transport envoyée le 2 janvier.
> Bien cordialement,
> Camille Lefèvre
""")

m("rejection", "pharma_after_panel", "fr", "Laboratoires Hélianthe", "sandrine.aubert@helianthe-labs.example.com",
  "Sandrine Aubert <sandrine.aubert@helianthe-labs.example.com>",
  "Suite à nos échanges – poste Responsable Achats Emballages",
  """
Bonjour Madame Lefèvre,

Je tenais à vous remercier personnellement pour votre disponibilité lors des différents entretiens, ainsi que pour la qualité de votre présentation devant le comité la semaine dernière.

Le choix a été difficile. Nous avons finalement décidé de retenir une candidate disposant d'une expérience plus longue dans les achats de matières premières pharmaceutiques, un point qui s'est révélé déterminant pour l'équipe.

Je ne manquerai pas de revenir vers vous si un poste plus proche de votre parcours s'ouvre chez nous, notamment côté supply chain.

Avec mes remerciements renouvelés,

Sandrine Aubert
Talent Acquisition Partner
Laboratoires Hélianthe – Site de Lyon Gerland
T. +33 4 72 00 18 42
[logo Laboratoires Hélianthe]

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
""", fmt="latin1")

m("rejection", "danish_casestudy", "en", "Nordhavn Logistics", "mette.kjaer@nordhavn-logistics.example.com",
  "Mette Kjær <mette.kjaer@nordhavn-logistics.example.com>",
  "Your case study - Procurement Lead, Lyon hub",
  """
Hi Camille,

Thank you for the effort you put into the case study, the team really appreciated the supplier segmentation part.

Having reviewed all submissions we have decided not to move forward with your application this time. Honestly it was close; the deciding factor was hands-on experience with ocean freight tenders, which the role will need from day one.

If you'd like a short call for feedback, just reply and I'll find 15 min.

Best regards / Med venlig hilsen
Mette Kjær
Senior Talent Partner | Nordhavn Logistics
+45 33 12 40 77
""", fmt="qp")

m("rejection", "japanese_on_hold", "en", "Kaito Motors Europe", "recruitment.emea@kaito-motors.example.com",
  "Recruitment EMEA <recruitment.emea@kaito-motors.example.com>",
  "Update",
  """
Dear Ms. Lefevre,

We would like to thank you for your interest in the Purchasing Planner position at our Valenciennes plant.

Due to a revision of the 2026 headcount plan decided by our headquarters, this position has been put on hold and we will not proceed with the recruitment for the time being. As a result we are closing all open applications, including yours.

We sincerely apologise for any inconvenience and appreciate your understanding.

Kind regards,

Human Resources Department
Kaito Motors Europe N.V. – French Branch
""", fmt="alt")

m("rejection", "port_filled_replyto", "fr", "Ports de l'Estuaire", "recrutement@ports-estuaire.example.org",
  "Syndicat mixte des Ports de l'Estuaire <no-reply@ports-estuaire.example.org>",
  "Poste de chargé(e) d'approvisionnement – avis de fin de procédure",
  """
Madame,

Par la présente, nous vous informons que le poste de chargé(e) d'approvisionnement (catégorie B, contractuel) pour lequel vous aviez postulé a été pourvu.

Votre candidature n'a donc pas pu être retenue. Nous vous remercions de l'intérêt que vous avez manifesté pour notre établissement.

Pour toute question, vous pouvez contacter le service recrutement en répondant à ce message.

Le Directeur général des services
Ports de l'Estuaire – Nantes / Saint-Nazaire
""", reply_to="Service Recrutement <recrutement@ports-estuaire.example.org>", fmt="latin1")

m("rejection", "workday_retail_en", "en", "Ravel Distribution", "",
  "Ravel Distribution <ravel@myworkday.com>",
  "Regarding your application for Category Buyer - Non Food (R-004418)",
  """
Dear Camille,

Thank you for applying for the position of Category Buyer - Non Food (R-004418).


We have reviewed your application and regret to inform you that you have not been selected for further consideration for this position.

We encourage you to visit our careers site regularly and apply to other roles that match your skills and experience.

Sincerely,
Ravel Distribution Talent Acquisition


This email was sent from an unmonitored mailbox.     To view your candidate home: https://ravel.wd3.myworkday.com/ravel/d/home.htmld
""", headers={"Auto-Submitted": "auto-generated"}, fmt="html", style="ats")

m("rejection", "agency_relay_cheese", "fr", "Fromageries Delmont", "anais.roux@orvane-conseil.example.fr",
  "Anaïs Roux | Orvane Conseil <anais.roux@orvane-conseil.example.fr>",
  "Retour Fromageries Delmont",
  """
Bonjour Camille,

J'espère que vous allez bien.

J'ai eu le retour de Fromageries Delmont ce matin suite à votre entretien avec M. Garnier. Malheureusement ils ne donneront pas suite : ils ont apprécié votre échange mais cherchent quelqu'un avec une vraie expérience de négociation avec les producteurs laitiers, et un autre candidat du process l'avait.

Je sais que c'est décevant, vous étiez bien placée. Je garde votre profil en tête, j'ai deux autres missions achats qui démarrent en février sur Lyon, je vous appelle la semaine prochaine pour en parler.

Belle journée,

Anaïs Roux
Consultante Senior – Supply Chain & Achats
Orvane Conseil | Cabinet de recrutement
06 71 22 48 90
""")

m("rejection", "successfactors_geneva", "fr", "Helvexa Trading", "",
  "Helvexa Trading SA <noreply@successfactors.eu>",
  "Helvexa Trading SA : votre candidature",
  """
Madame Camille Lefèvre,

Nous accusons bonne réception de votre dossier pour le poste "Procurement Analyst (80-100%) - Genève" et vous remercions de votre intérêt.

Après examen approfondi, nous sommes au regret de vous informer que votre profil ne correspond pas entièrement aux exigences du poste. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès pour la suite.

Meilleures salutations

Helvexa Trading SA
Human Resources
Rue du Rhône 0, 1204 Genève

*** Ceci est un message automatique. Merci de ne pas répondre. ***
""", fmt="b64")

m("rejection", "quebec_retenu", "fr", "Groupe Boréal Distribution", "genevieve.tremblay@borealdistribution.example.ca",
  "Geneviève Tremblay <genevieve.tremblay@borealdistribution.example.ca>",
  "Poste de conseillère en approvisionnement",
  """
Bonjour Camille,

Merci encore pour l'entrevue de mardi, c'était vraiment agréable de jaser avec toi de ton expérience en France.

Je t'écris pour te dire qu'on a retenu une autre candidature pour le poste. La personne choisie connaît déjà notre ERP et le marché québécois, ce qui a fait pencher la balance.

Ça n'enlève rien à ton parcours, qui est super intéressant. Au plaisir de se recroiser!

Geneviève Tremblay, CRHA
Conseillère principale, acquisition de talents
Groupe Boréal Distribution
514 555-0182
""")

m("rejection", "brussels_intermodal", "fr", "Intermodal Benelux", "hr@intermodal-benelux.example.be",
  "HR Intermodal Benelux <hr@intermodal-benelux.example.be>",
  "Votre candidature Purchasing Coordinator",
  """
Chère Madame Lefèvre,

Nous vous remercions pour votre candidature au poste de Purchasing Coordinator basé à Bruxelles.

Nous avons reçu un grand nombre de candidatures de qualité. Après analyse, nous avons décidé de ne pas retenir votre candidature pour la suite de la procédure, la connaissance du néerlandais étant indispensable pour cette fonction.

Nous vous souhaitons bonne chance dans vos démarches.

Bien à vous,

L'équipe RH
Intermodal Benelux
Avenue du Port 0 – 1000 Bruxelles
""", fmt="cp1252")

m("rejection", "british_shant", "en", "Harrowgate Foods", "tom.pemberton@harrowgatefoods.example.co.uk",
  "Tom Pemberton <tom.pemberton@harrowgatefoods.example.co.uk>",
  "Re: Senior Procurement Planner",
  """
Hi Camille,

Many thanks for speaking with Priya and me on Thursday, we both enjoyed it.

I'm afraid we shan't be progressing your application to the next stage. We had a very strong shortlist and have decided to go with candidates who have UK retail grocery experience, which is quite important for how the team works with our buyers.

Sorry it isn't better news. Do keep an eye on our careers page, as we're growing the Lille sourcing office later in the year.

All the best,
Tom

Tom Pemberton
Head of Supply Planning
Harrowgate Foods Ltd | Registered in England No. 0000000
""", reply=True)

m("rejection", "indian_regret_revert", "en", "Vasant Pharma", "hr.europe@vasantpharma.example.com",
  "HR Europe - Vasant Pharma <hr.europe@vasantpharma.example.com>",
  "Application Status - Sourcing Manager (Lyon)",
  """
Dear Camille,

Greetings from Vasant Pharma!

This is with reference to your application and the subsequent discussion with our panel on 20th January for the post of Sourcing Manager at our Lyon formulation unit.

We regret to inform you that your candidature has not been shortlisted for the final round. Your profile will be kept in our database for future requirements.

Kindly do revert in case of any queries.

Thanks & Regards,
Deepika Nair
Talent Acquisition - Europe
Vasant Pharma Ltd.
+91 22 4000 1234 | +33 4 78 00 00 00
""", fmt="alt")

m("rejection", "australian_gone_another", "en", "Southern Cross Freight", "bec@southerncrossfreight.example.com.au",
  "Bec Walsh <bec@southerncrossfreight.example.com.au>",
  "Procurement Manager - remote EMEA",
  """
Hey Camille,

Thanks heaps for your time on the video call last week, and apologies for the slow reply, it's been a crazy fortnight.

Unfortunately we've gone with another candidate for the role - someone who's worked with our carrier network before. Genuinely tough call.

Happy to keep you in mind if something comes up on the EMEA side. Cheers!

Bec Walsh
People & Culture | Southern Cross Freight
Melbourne | Remote
""")

m("rejection", "moroccan_phosphate_fr", "fr", "Atlas Minerals Logistics", "k.bennani@atlasminerals.example.ma",
  "Karima Bennani <k.bennani@atlasminerals.example.ma>",
  "Candidature - Responsable achats transport - Casablanca",
  """
Bonjour Madame Lefèvre,

Suite à votre entretien téléphonique avec notre équipe, nous vous remercions pour votre disponibilité.

Nous sommes au regret de vous annoncer que nous ne pourrons pas donner une suite favorable à votre candidature. Le poste nécessite une présence à temps plein sur notre site de Jorf Lasfar, ce qui ne semble pas compatible avec votre projet de mobilité.

Nous vous souhaitons une bonne continuation.

Cordialement,
Karima Bennani
Chargée de recrutement
Atlas Minerals Logistics
Tél : +212 5 22 00 00 00
""", fmt="latin1")

m("rejection", "german_formal_absage", "de", "Rheinwerk Logistik", "bewerbung@rheinwerk-logistik.example.de",
  "Rheinwerk Logistik GmbH <bewerbung@rheinwerk-logistik.example.de>",
  "Ihre Bewerbung als Einkäufer (m/w/d) strategischer Einkauf",
  """
Sehr geehrte Frau Lefèvre,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Stefanie Krämer
Personalabteilung
Rheinwerk Logistik GmbH
Hafenstraße 0, 47119 Duisburg
Geschäftsführer: Dr. Uwe Lindner | Amtsgericht Duisburg HRB 00000
""", fmt="latin1")

m("rejection", "german_startup_du", "de", "Lagerfix", "lena@lagerfix.example.de",
  "Lena von Lagerfix <lena@lagerfix.example.de>",
  "Kurzes Update zu deiner Bewerbung",
  """
Hi Camille,

danke dir für das nette Gespräch letzte Woche und für deine Zeit!

Wir haben uns jetzt intern abgestimmt und uns leider gegen eine Zusammenarbeit entschieden - für die Rolle brauchen wir jemanden, der schon mal ein Lieferantenportal von Null aufgebaut hat.

Wir fanden dein Profil trotzdem richtig spannend und melden uns gerne, falls wir später im Jahr eine passendere Stelle ausschreiben.

Liebe Grüße aus Berlin
Lena
Talent @ Lagerfix
""")

m("rejection", "spanish_formal", "es", "Grupo Alcántara Retail", "seleccion@grupoalcantara.example.es",
  "Selección Grupo Alcántara <seleccion@grupoalcantara.example.es>",
  "Proceso de selección: Responsable de Compras Internacionales",
  """
Estimada Sra. Lefèvre:

Le agradecemos sinceramente el interés mostrado en formar parte de Grupo Alcántara Retail y el tiempo dedicado al proceso de selección.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos decidido continuar con otros perfiles que se ajustan en mayor medida a las necesidades del puesto.

Conservaremos su currículum para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Personas
Grupo Alcántara Retail
Avda. de Europa 0, 28108 Alcobendas (Madrid)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.
""", fmt="cp1252")

m("rejection", "spanish_startup_casual", "es", "Envíalo", "marta@envialo.example.com",
  "Marta Ruiz <marta@envialo.example.com>",
  "Tu candidatura en Envíalo",
  """
¡Hola Camille!

Muchas gracias por la prueba técnica y por la charla con Sergio, nos encantó conocerte.

Te escribo para contarte que al final no vamos a seguir adelante contigo para el puesto de Procurement Ops. Buscamos a alguien con más experiencia en last-mile en España y nos hemos decantado por otro perfil.

Si te apetece, te puedo pasar el feedback de la prueba por aquí. ¡Mucha suerte con la búsqueda!

Un abrazo,
Marta
People Team · Envíalo
""")

m("rejection", "iphone_one_liner", "en", "Solenne Cosmetics", "a.duval@solenne-cosmetics.example.com",
  "Adrien Duval <a.duval@solenne-cosmetics.example.com>",
  "Re: Following up",
  """
Thanks for your time Camille, but we won't be moving forward. Best of luck

Sent from my iPhone

On Feb 3, 2026, at 8:41 AM, Camille Lefèvre <camille.lefevre@example.org> wrote:

> Hi Adrien, just following up on our conversation from last week regarding the sourcing manager role. Happy to share any further information. Best, Camille
""")

m("rejection", "taleo_rail", "fr", "Compagnie Ferroviaire du Nord", "",
  "Compagnie Ferroviaire du Nord <cfn@taleo.net>",
  "Compagnie Ferroviaire du Nord - Votre candidature   Acheteur Maintenance Matériel Roulant H/F (2600217)",
  """
Bonjour Camille ,



Nous vous remercions de l'intérêt que vous portez à la Compagnie Ferroviaire du Nord.

Votre candidature au poste Acheteur Maintenance Matériel Roulant H/F (2600217) a retenu toute notre attention. Cependant , après étude, nous sommes au regret de ne pouvoir y donner une suite favorable .

Nous vous invitons à consulter régulièrement nos offres d'emploi.



Cordialement ,
Le Service Recrutement
Compagnie Ferroviaire du Nord

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.
""", fmt="html", style="ats")

m("rejection", "lever_saas_replyto", "en", "Parcelwise", "noor@parcelwise.example.io",
  "Parcelwise <no-reply@hire.lever.co>",
  "Your application to Parcelwise",
  """
Hi Camille,

Thanks so much for your interest in the Supplier Success Manager role at Parcelwise and for taking the time to meet the team.

After a lot of consideration we've decided to move forward with other candidates whose background more closely aligns with what we need right now, particularly on the SaaS customer side.

We really appreciate the time you invested and hope our paths cross again.

Best,
Noor Haddad
Recruiting @ Parcelwise
""", reply_to="Noor Haddad <noor@parcelwise.example.io>", fmt="alt")

m("rejection", "teamtailor_biscuits", "fr", "Biscuiterie Lanvaux", "",
  "Biscuiterie Lanvaux <noreply@mail.teamtailor.com>",
  "Merci pour ta candidature chez Biscuiterie Lanvaux",
  """
Hello Camille,

Merci d'avoir pris le temps de postuler au poste de Responsable Approvisionnements chez nous 🍪

On a lu ta candidature avec attention, mais on a décidé de ne pas la retenir pour cette fois-ci : on recherche un profil avec davantage d'expérience en production agroalimentaire.

On te souhaite plein de belles choses pour la suite, et n'hésite pas à suivre nos prochaines offres sur notre page carrière.

L'équipe Biscuiterie Lanvaux
""", fmt="html", style="ats")

m("rejection", "reply_chain_gmail_cosmetics", "fr", "Oréadis", "pauline.marchand@oreadis.example.fr",
  "Pauline Marchand <pauline.marchand@oreadis.example.fr>",
  "Re: Suivi de ma candidature - Acheteuse Packaging",
  """
Bonjour Camille,

Merci pour votre relance et désolée pour ce délai, les recrutements ont pris du retard avec le salon.

Je reviens vers vous avec une réponse négative malheureusement : le poste a été pourvu en interne par une collègue de l'équipe R&D packaging.

Je vous souhaite bon courage pour la suite.

Pauline

Pauline Marchand | Chargée RH | Oréadis
12 rue des Lilas – 75009 Paris

Le lun. 9 févr. 2026 à 10:02, Camille Lefèvre <camille.lefevre@example.org> a écrit :
> Bonjour Madame Marchand,
>
> Je me permets de vous relancer au sujet de ma candidature pour le poste d'acheteuse packaging. Je reste très motivée et disponible pour un échange.
>
> Bien cordialement,
> Camille Lefèvre
""", fmt="qp")

m("rejection", "takehome_en_cargoline", "en", "Cargoline", "hiring@cargoline.example.com",
  "Cargoline Hiring Team <hiring@cargoline.example.com>",
  "Take-home assignment - outcome",
  """
Hello Camille,

Thank you for submitting the take-home assignment for the Procurement Planner role.

Our reviewers went through it carefully. While your demand forecast was well structured, the negotiation plan did not meet the bar we set for this level, so we will not be moving forward with your candidacy.

We know how much effort a take-home takes and we are grateful for it. A short written summary of the reviewers' comments is below.

- Forecast: clear and well justified
- Supplier scenario: missing a fallback option
- Presentation: concise

Kind regards,
The Cargoline Hiring Team
""")

m("rejection", "role_cancelled_hospital", "fr", "Hôpitaux Privés du Rhône", "m.girard@hpr-sante.example.fr",
  "Mathieu GIRARD <m.girard@hpr-sante.example.fr>",
  "Recrutement acheteur biomédical",
  """
Madame,

Je reviens vers vous concernant le poste d'acheteur biomédical pour lequel nous nous sommes rencontrés le 28 janvier.

Suite à la réorganisation de notre direction des achats avec le GHT, la direction a décidé de ne pas ouvrir ce poste cette année. Le recrutement est donc annulé et nous ne pourrons malheureusement pas poursuivre avec vous.

Je suis sincèrement désolé de cette issue, indépendante de la qualité de votre candidature.

Bien cordialement,

Mathieu Girard
Directeur des achats
Hôpitaux Privés du Rhône
04 78 00 00 00
""", fmt="cp1252")

m("rejection", "indeed_relay", "fr", "Distrimax", "",
  "Indeed <alert@indeed.com>",
  "Mise à jour de votre candidature : Acheteur H/F chez Distrimax",
  """
Camille, votre candidature a été mise à jour

Distrimax a examiné votre candidature au poste d'Acheteur H/F (Lille) et a décidé de ne pas poursuivre avec votre candidature pour le moment.

Ne vous découragez pas ! De nouvelles offres correspondant à votre profil sont publiées chaque jour.

Voir des offres similaires : https://fr.indeed.com/jobs?q=acheteur&l=Lille

Indeed, 0 rue de l'exemple, 75008 Paris
Vous recevez ce message car vous avez postulé via Indeed.
""", fmt="html", style="ats")

m("rejection", "outlook_chain_lausanne", "en", "Léman Medtech", "s.favre@lemanmedtech.example.ch",
  "Sophie Favre <s.favre@lemanmedtech.example.ch>",
  "RE: Procurement Manager - Lausanne",
  """
Dear Camille,

Thank you for your message and your patience.

I'm sorry to let you know that the hiring committee has decided to offer the position to another candidate. I will not be able to take your application further, but I wanted to thank you for the very open conversation with Mr Perret.

With best wishes for your search,
Sophie

Sophie Favre
HR Business Partner
Léman Medtech SA | Chemin de la Recherche 0 | 1015 Lausanne

From: Camille Lefèvre <camille.lefevre@example.org>
Sent: Monday, February 16, 2026 9:05 AM
To: Sophie Favre <s.favre@lemanmedtech.example.ch>
Subject: Procurement Manager - Lausanne

Dear Ms Favre,
I hope you are well. Would you have any news regarding the next steps for the Procurement Manager position? I remain very interested.
Kind regards,
Camille Lefèvre

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete it.
""", fmt="qp")

m("rejection", "wttj_popote", "fr", "Popote", "",
  "Popote via Welcome to the Jungle <notifications@welcometothejungle.com>",
  "Popote a répondu à votre candidature",
  """
Bonjour Camille,

Merci pour votre candidature au poste Sourcing Manager Produits Frais chez Popote.

Popote a étudié votre profil avec attention mais a décidé de ne pas donner suite à votre candidature.

Message de l'équipe : « Nous avons eu énormément de candidatures et avons dû faire des choix difficiles. Merci encore et à bientôt peut-être ! »

Découvrez d'autres offres qui pourraient vous plaire sur Welcome to the Jungle.
""", fmt="html", style="ats")

m("rejection", "startup_tu_feedback", "fr", "Tiny Supply", "hugo@tinysupply.example.fr",
  "Hugo Lemaire <hugo@tinysupply.example.fr>",
  "Notre échange",
  """
Salut Camille,

Merci encore pour le call de jeudi, c'était cool d'échanger sur ton parcours.

Je vais être franc : on ne va pas aller plus loin ensemble sur le poste de Head of Procurement. On a besoin de quelqu'un qui a déjà managé une équipe de 4-5 acheteurs, et ce n'est pas encore ton cas.

Si tu veux un retour plus détaillé, dis-moi, je t'appelle 10 min.

Bonne chance pour la suite 🙏
Hugo
CEO @ Tiny Supply
""")

m("rejection", "luxembourg_cargo", "fr", "Luxlogis Cargo", "recrutement@luxlogis.example.lu",
  "Luxlogis Cargo - Recrutement <recrutement@luxlogis.example.lu>",
  "Votre candidature - Supply Planner (réf. LX-26-031)",
  """
Madame Lefèvre,

Nous revenons vers vous au sujet de votre candidature au poste de Supply Planner.

Malgré l'intérêt de votre parcours, nous avons le regret de vous informer que celle-ci n'a pas été retenue. Le nombre important de candidatures reçues ne nous permet pas de vous apporter une réponse plus détaillée.

Recevez, Madame, nos salutations distinguées.

Service des Ressources Humaines
Luxlogis Cargo S.A.
L-5365 Munsbach
""", fmt="b64")

m("rejection", "brazilian_en_soft", "en", "Verdemar Alimentos", "talentos@verdemar.example.com.br",
  "Talentos Verdemar <talentos@verdemar.example.com.br>",
  "Your application - Import Buyer Europe",
  """
Hello Camille, how are you?

First of all, thank you very much for participating in our selection process for the Import Buyer Europe position, based in Marseille.

We would like to inform you that at this moment we have chosen to continue with another candidate whose profile is more aligned with the current needs of the area.

We will keep your resume in our talent bank and we hope to have the opportunity to talk again in the future.

Big hug,
Talentos Verdemar
Verdemar Alimentos S.A. - São Paulo | Marseille
""", fmt="html")

# ----------------------------------------------------------------------------- invitations
m("interview_invitation", "calendly_recruiter_fr", "fr", "Groupe Saveurs d'Antan", "claire.petit@saveursdantan.example.fr",
  "Claire Petit <claire.petit@saveursdantan.example.fr>",
  "Votre candidature Acheteuse Matières Premières",
  """
Bonjour Camille,

Votre candidature a retenu notre attention pour le poste d'Acheteuse Matières Premières sur notre site de Nantes.

Je vous propose un premier échange téléphonique d'une trentaine de minutes pour faire connaissance et vous présenter le poste. Vous pouvez réserver directement un créneau qui vous convient via mon agenda :
https://calendly.com/claire-petit-saveurs/echange-30min

Si aucun créneau ne vous convient, dites-le-moi et on trouvera autre chose.

Belle journée,
Claire Petit
Chargée de recrutement – Groupe Saveurs d'Antan
02 40 00 00 00
""", fmt="alt")

m("interview_invitation", "quick_chat_en", "en", "Nordlys Packaging", "erik.holm@nordlyspack.example.dk",
  "Erik Holm <erik.holm@nordlyspack.example.dk>",
  "Quick question",
  """
Hi Camille,

Saw your application for the sourcing role in Lyon come through - would you be free for a quick chat this week? Thursday or Friday morning works on my side, 20-30 min on Teams.

Let me know what suits and I'll send an invite.

Erik
--
Erik Holm | Procurement Director Southern Europe
Nordlys Packaging A/S
""", fmt="htmlb64")

m("interview_invitation", "goodtime_panel", "en", "Meridian Beauty Group", "",
  "Meridian Beauty Group <scheduling@goodtime.io>",
  "Action required: schedule your panel interview with Meridian Beauty Group",
  """
Hi Camille,

Congratulations! The hiring team for Indirect Procurement Manager - Paris would like to invite you to a panel interview (3 x 45 minutes, video).

Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

Select your time: https://app.goodtime.io/self-schedule/mbg/7f3a9c

Panel:
- Hiring Manager, Procurement
- Finance Business Partner
- HR Business Partner

If you have questions, please reply to your recruiter directly.

Meridian Beauty Group Talent Acquisition
Powered by GoodTime
""", fmt="html", style="ats")

m("interview_invitation", "ics_onsite_lyon", "fr", "Volcan Automobiles", "celine.roche@volcan-auto.example.fr",
  "Céline Roche <celine.roche@volcan-auto.example.fr>",
  "Invitation : Entretien – Acheteur Pièces Moteur – Céline Roche / Camille Lefèvre",
  """
Bonjour Madame Lefèvre,

Comme convenu par téléphone, je vous confirme votre entretien sur site le jeudi 19 février 2026 à 14h00, avec M. Thierry Vasseur (Responsable Achats Groupe Motopropulseur) et moi-même.

Adresse : Volcan Automobiles, Bâtiment C, 0 avenue de l'Industrie, 69800 Saint-Priest. Merci de vous présenter à l'accueil avec une pièce d'identité.

Prévoyez environ 1h30. Une invitation calendrier est jointe.

Cordialement,
Céline Roche
Recrutement – Volcan Automobiles
""", ics={"start": "20260219T130000Z", "end": "20260219T143000Z",
          "summary": "Entretien - Acheteur Pièces Moteur - Camille Lefèvre",
          "organizer": "celine.roche@volcan-auto.example.fr", "cn": "Céline Roche",
          "location": "Volcan Automobiles\\, Bâtiment C\\, Saint-Priest"}, fmt="qp")

m("interview_invitation", "agency_exclam", "en", "Corvel Logistics", "jess.okafor@talentbridge.example.co.uk",
  "Jess Okafor <jess.okafor@talentbridge.example.co.uk>",
  "GREAT NEWS!!",
  """
Hi Camille!!

Hope you're well! So pleased to tell you that Corvel Logistics LOVED your CV and want to meet you for a first interview for the Procurement Manager role!!

They've offered Tuesday 10th March at 11am or Wednesday 11th at 3pm (UK time), on Teams, with Mark (Head of Procurement). Can you let me know ASAP which one works best?

I'll give you a ring tomorrow to prep you, they're a lovely team!!

Speak soon,
Jess

Jess Okafor | Senior Consultant, Supply Chain
TalentBridge Recruitment
M: +44 7700 900123
""")

m("interview_invitation", "next_round_lever", "en", "Freightly", "dana@freightly.example.com",
  "Dana Whitaker <dana@freightly.example.com>",
  "Freightly - next steps",
  """
Hi Camille,

Thanks again for chatting with me on Monday! I shared my notes with the team and we'd love to move you to the next stage of the process.

The next step is a 60-minute conversation with Priya (VP Operations) and Luis (Procurement Lead), focused on how you've run carrier tenders. Could you send me 3-4 windows that work for you next week (CET is fine)?

Looking forward,
Dana

Dana Whitaker
Talent Partner, Freightly
Sent via Lever
""", headers={"X-Mailer": "Lever"})

m("interview_invitation", "phone_screen_apec_cabinet", "fr", "Cabinet Delaunay & Associés", "v.delaunay@delaunay-rh.example.fr",
  "Véronique Delaunay <v.delaunay@delaunay-rh.example.fr>",
  "Poste Responsable Achats - PME agroalimentaire Bretagne",
  """
Madame,

Je fais suite à votre candidature sur l'annonce APEC n° 176543210W pour le poste de Responsable Achats d'une PME agroalimentaire familiale située près de Vannes, que je recrute en exclusivité.

Votre parcours correspond bien au profil recherché. Je souhaiterais convenir d'un entretien téléphonique préalable d'environ 45 minutes. Seriez-vous disponible mardi 27 janvier en fin de matinée ou mercredi 28 après 16h ?

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Véronique Delaunay
Associée
Cabinet Delaunay & Associés – Conseil en recrutement
02 97 00 00 00
""", fmt="latin1")

m("interview_invitation", "german_vorstellungsgespraech", "de", "Südbahn Instandhaltung", "personal@suedbahn-ih.example.de",
  "Personalabteilung Südbahn Instandhaltung <personal@suedbahn-ih.example.de>",
  "Einladung zum Vorstellungsgespräch - Strategische Einkäuferin (m/w/d)",
  """
Sehr geehrte Frau Lefèvre,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, den 3. März 2026, um 10:00 Uhr in unsere Zentrale in Freiburg ein. Das Gespräch findet mit Herrn Baumann (Leiter Einkauf) und Frau Öztürk (Personal) statt und dauert etwa 90 Minuten.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden nach unserer Reisekostenrichtlinie erstattet.

Mit freundlichen Grüßen

Ayşe Öztürk
Personalreferentin
Südbahn Instandhaltung GmbH
""", fmt="qp")

m("interview_invitation", "spanish_entrevista", "es", "Puerto Seco Levante", "rrhh@puertosecolevante.example.es",
  "RRHH Puerto Seco Levante <rrhh@puertosecolevante.example.es>",
  "Entrevista - Jefe/a de Compras",
  """
Hola Camille:

Gracias por tu interés en la posición de Jefe/a de Compras. Nos gustaría conocerte en una entrevista por videollamada el próximo viernes 13 de marzo a las 10:30 (hora peninsular).

La entrevista será con Nuria Castell, Directora de Operaciones, y durará unos 45 minutos. Te enviaremos el enlace de Google Meet en cuanto nos confirmes.

¿Te viene bien? Si no, dinos qué disponibilidad tienes esa semana.

Saludos,
Equipo de Personas
Puerto Seco Levante
""")

m("interview_invitation", "workday_selfschedule", "en", "Aurelle Luxury", "",
  "Aurelle Luxury Careers <aurelle@myworkday.com>",
  "Interview Scheduling - Procurement Manager Leather Goods (R-26-0871)",
  """
Dear Camille,

Thank you for your interest in Aurelle Luxury. We are pleased to invite you to the next step of our recruitment process for Procurement Manager Leather Goods (R-26-0871): an interview with the Hiring Manager.

Please log in to your candidate home to select an interview slot among the available times:
https://aurelle.wd3.myworkday.com/aurelle/d/inst/scheduling.htmld

Slots are available until 06/03/2026.

Best regards,
Aurelle Luxury Talent Acquisition

Please do not reply to this email.
""", fmt="htmlb64", style="ats")

m("interview_invitation", "quebec_entrevue_ics", "fr", "Port de Montréal-Est", "recrutement@portmtlest.example.ca",
  "Recrutement Port de Montréal-Est <recrutement@portmtlest.example.ca>",
  "Convocation à une entrevue – Analyste approvisionnement",
  """
Bonjour Madame Lefèvre,

Nous avons le plaisir de vous convoquer à une entrevue virtuelle pour le poste d'analyste en approvisionnement (concours 2026-014).

Date : le mercredi 18 mars 2026
Heure : 9 h 00 (heure de l'Est)
Plateforme : Microsoft Teams (lien dans l'invitation ci-jointe)

Le comité de sélection sera composé de trois personnes. Une mise en situation écrite de 30 minutes suivra l'entrevue.

Merci de confirmer votre présence en répondant à ce courriel.

L'équipe Ressources humaines
""", ics={"start": "20260318T130000Z", "end": "20260318T143000Z",
          "summary": "Entrevue - Analyste approvisionnement",
          "organizer": "recrutement@portmtlest.example.ca", "cn": "Recrutement",
          "location": "Microsoft Teams"}, fmt="alt")

m("interview_invitation", "hm_mobile_terse", "fr", "Fretmed", "o.benali@fretmed.example.fr",
  "Omar Benali <o.benali@fretmed.example.fr>",
  "dispo ?",
  """
Bonjour Camille,
J'ai lu votre CV, ça m'intéresse. Dispo pour un call demain 18h ou vendredi midi ? 06 12 34 56 78
Omar
Fretmed - Marseille

Envoyé depuis mon mobile
""")

m("interview_invitation", "case_study_invite", "fr", "Carrefour des Saveurs", "recrutement.achats@carrefoursaveurs.example.fr",
  "Recrutement Achats <recrutement.achats@carrefoursaveurs.example.fr>",
  "Étape suivante : étude de cas + entretien",
  """
Bonjour Camille,

Suite à votre entretien RH avec Laura, nous avons le plaisir de vous convier à l'étape suivante du processus pour le poste de Chef de Produit Achats Épicerie.

Cette étape se déroule en deux temps :
1. une étude de cas que vous recevrez le lundi 9 mars à 9h et que vous aurez 48h pour préparer ;
2. une soutenance de 45 minutes devant la Directrice Achats et un acheteur senior, le jeudi 12 mars à 10h, dans nos locaux de Massy.

Pouvez-vous nous confirmer votre disponibilité ?

Bien cordialement,
L'équipe Recrutement Achats
Carrefour des Saveurs
""", fmt="alt")

m("interview_invitation", "teamtailor_selfbook_fr", "fr", "Lumière Retail", "",
  "Lumière Retail <no-reply@teamtailor-mail.com>",
  "Réservez votre entretien avec Lumière Retail",
  """
Bonjour Camille,

Bonne nouvelle ! Nous aimerions échanger avec vous au sujet du poste de Supply & Procurement Planner.

Choisissez le créneau qui vous arrange pour un entretien vidéo de 30 minutes avec Inès, notre Talent Acquisition Manager :

Réserver un créneau : https://lumiereretail.teamtailor.com/meetings/book/8c21a

À très vite,
L'équipe Lumière Retail
""", fmt="html", style="ats")

m("interview_invitation", "greenhouse_onsite_en", "en", "Stackfold", "",
  "Stackfold Recruiting <no-reply@greenhouse.io>",
  "Your onsite interview with Stackfold",
  """
Hi Camille,

We're excited to confirm your final-round interviews for the Procurement Operations Manager role. Details below.

Date: Tuesday, March 24, 2026
Location: Stackfold Paris office, 0 rue du Faubourg, 75010 Paris (or remote on request)

10:00 - 10:45  Meet the team (Procurement)
10:45 - 11:30  Case discussion with Finance
11:45 - 12:30  Values interview

Please reach out to your recruiter if you need any accommodations.

Stackfold Recruiting
""", ics={"start": "20260324T090000Z", "end": "20260324T113000Z",
          "summary": "Final round: Camille Lefèvre - Procurement Operations Manager",
          "organizer": "recruiting@stackfold.example.com", "cn": "Stackfold Recruiting",
          "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}, fmt="alt")

m("interview_invitation", "indian_en_kindly", "en", "Sundaram Auto Components", "careers.eu@sundaram-auto.example.com",
  "Careers EU <careers.eu@sundaram-auto.example.com>",
  "Interview Call Letter - Purchase Manager - Lille",
  """
Dear Ms. Camille,

With reference to your application, we are pleased to inform you that you have been shortlisted for a personal interview for the post of Purchase Manager at our Lille plant.

Date: 5th March 2026
Time: 11:00 AM CET
Mode: Virtual (MS Teams link will be shared)

Kindly confirm your availability at the earliest and do revert with an updated CV.

Thanks and regards,
Rajesh Iyer
HR Manager - Europe Operations
Sundaram Auto Components
""", fmt="cp1252")

m("interview_invitation", "personality_test_step", "fr", "Groupe Hermance", "",
  "Groupe Hermance Recrutement <recrutement@jobaffinity.fr>",
  "Groupe Hermance - Prochaine étape de votre candidature",
  """
Bonjour Camille Lefèvre,

Nous vous remercions pour l'intérêt que vous portez au Groupe Hermance et au poste de Responsable Achats Hors Production.

Votre candidature a retenu notre attention et nous souhaitons vous rencontrer. Avant l'entretien, nous vous invitons à compléter un questionnaire de personnalité (environ 25 minutes) :
https://app.jobaffinity.fr/assessment/hermance/4411

Une fois le questionnaire complété, notre chargée de recrutement vous contactera pour fixer un entretien avec la Direction Achats.

Cordialement,
Le service Recrutement du Groupe Hermance
""", fmt="html", style="ats")

m("interview_invitation", "outlook_invite_ics_brussels", "fr", "Eurotrans Rail", "n.peeters@eurotransrail.example.be",
  "Nathalie Peeters <n.peeters@eurotransrail.example.be>",
  "Entretien Procurement Officer - Eurotrans Rail",
  """
Bonjour Madame Lefèvre,

Je vous confirme notre rendez-vous pour un premier entretien en visioconférence le lundi 2 mars à 15h00, pour une durée d'une heure. Vous trouverez l'invitation Teams en pièce jointe.

Participeront : moi-même et M. Jan De Smet, Procurement Manager Rolling Stock.

Bien à vous,

Nathalie Peeters
Talent Acquisition Specialist
Eurotrans Rail
Rue de la Gare 0 | 1060 Bruxelles
""", ics={"start": "20260302T140000Z", "end": "20260302T150000Z",
          "summary": "Entretien Procurement Officer - C. Lefèvre",
          "organizer": "n.peeters@eurotransrail.example.be", "cn": "Nathalie Peeters",
          "location": "Microsoft Teams Meeting"}, fmt="qp")

m("interview_invitation", "reply_chain_available", "en", "Halden Pharma", "ingrid.solberg@haldenpharma.example.com",
  "Ingrid Solberg <ingrid.solberg@haldenpharma.example.com>",
  "Re: Sourcing Lead application",
  """
Hi Camille,

Great to hear back. Yes, let's do Wednesday 4 March at 2pm CET on Teams - I'll send the invite shortly. It'll be me and Jonas from our Basel site, roughly 45 minutes, mainly about your API supplier experience.

Talk then,
Ingrid

On Mon, 23 Feb 2026 at 17:20, Camille Lefèvre <camille.lefevre@example.org> wrote:
> Hi Ingrid,
> Thank you for your message. I would be glad to talk. I am available Tuesday afternoon or Wednesday after 1pm.
> Best regards,
> Camille
>
> On Mon, 23 Feb 2026 at 11:02, Ingrid Solberg <ingrid.solberg@haldenpharma.example.com> wrote:
>> Dear Camille, thanks for applying to the Sourcing Lead role. Would you have time for a call this week?
""")

m("interview_invitation", "french_tu_agency_interim", "fr", "Manufacture Bressane", "lucas.fontaine@proxinterim.example.fr",
  "Lucas Fontaine - Prox'Intérim <lucas.fontaine@proxinterim.example.fr>",
  "mission approvisionneur",
  """
Coucou Camille,

Comme je te disais au tel, mon client Manufacture Bressane (ustensiles de cuisine, Bourg-en-Bresse) veut te rencontrer pour la mission d'approvisionneur de 6 mois, avec possibilité de CDI derrière.

RDV proposé : vendredi 30 janvier à 9h30 sur place, avec le responsable supply. Tu me confirmes ?

Pense à prendre ton CV papier et une pièce d'identité.

Lucas
Chargé de recrutement – Prox'Intérim Bourg-en-Bresse
04 74 00 00 00
""")

m("interview_invitation", "references_then_meeting", "en", "Kestrel Ports", "amelia.grant@kestrelports.example.com",
  "Amelia Grant <amelia.grant@kestrelports.example.com>",
  "Final interview with our COO",
  """
Dear Camille,

Thank you for your patience over the past weeks. I'm pleased to say the panel would like to invite you to a final interview with our COO, Richard Hale.

Could you let me know your availability for a 45-minute video call between 16 and 20 March? In parallel, could you please send me the contact details of two referees we may approach after the interview?

Best wishes,
Amelia Grant
Head of Talent, Kestrel Ports
""", fmt="html")

m("interview_invitation", "smartrecruiters_video", "fr", "Banque Alpine de Financement", "",
  "Banque Alpine de Financement <no-reply@smartrecruiters.com>",
  "Invitation à un entretien vidéo différé",
  """
Bonjour Camille,

Merci pour votre candidature au poste d'Acheteur(se) IT & Prestations Intellectuelles.

Pour la prochaine étape, nous vous invitons à un entretien vidéo différé : vous répondrez à 4 questions à votre rythme, depuis votre ordinateur ou smartphone. Cela prend environ 20 minutes.

Commencer l'entretien : https://jobs.smartrecruiters.com/oneclick-ui/video/bafin/77c0

Date limite : 15 mars 2026.

Cordialement,
L'équipe Recrutement – Banque Alpine de Financement
""", fmt="html", style="ats")

m("interview_invitation", "german_casual_call", "de", "Kistenwerk", "jonas.berg@kistenwerk.example.de",
  "Jonas Berg <jonas.berg@kistenwerk.example.de>",
  "Kennenlernen?",
  """
Hallo Camille,

danke für deine Bewerbung als Procurement Manager (Remote, EU)! Dein Profil passt echt gut zu dem, was wir suchen.

Hast du Lust auf ein erstes 30-minütiges Kennenlernen per Video? Such dir gern einfach einen Slot aus: https://cal.com/jonas-kistenwerk/kennenlernen

Viele Grüße
Jonas
Head of Operations | Kistenwerk
""")

m("interview_invitation", "geneva_second_round", "fr", "Maison Orsini Horlogerie", "elodie.rey@orsini-horlogerie.example.ch",
  "Elodie Rey <elodie.rey@orsini-horlogerie.example.ch>",
  "Deuxième entretien",
  """
Chère Madame Lefèvre,

Suite à notre premier entretien, j'ai le plaisir de vous informer que nous souhaitons vous rencontrer à nouveau, cette fois avec M. Bernasconi, Directeur des Opérations.

Cet entretien aurait lieu dans nos locaux de Plan-les-Ouates. Les créneaux suivants sont possibles : lundi 9 mars à 10h, mardi 10 mars à 14h ou jeudi 12 mars à 11h.

Je vous remercie de m'indiquer celui qui vous convient le mieux.

Avec mes meilleures salutations,

Elodie Rey
Responsable Ressources Humaines
Maison Orsini Horlogerie SA
+41 22 000 00 00
""", fmt="latin1")

m("interview_invitation", "casablanca_en", "en", "Maghreb Cold Chain", "y.elalami@maghrebcoldchain.example.ma",
  "Youssef El Alami <y.elalami@maghrebcoldchain.example.ma>",
  "Interview - Procurement Manager",
  """
Dear Camille,

Thank you for your application. I would like to invite you to an interview with myself and our CEO, Mr. Tazi, by video call.

Would Monday 16 March at 10:00 Casablanca time (11:00 Paris) be convenient for you? The conversation will be in French or English, as you prefer.

Best regards,
Youssef El Alami
HR Director
Maghreb Cold Chain
Casablanca - Tanger Med
""")

# ----------------------------------------------------------------------------- reschedule / cancel
m("interview_reschedule_or_cancel", "move_to_friday_fr", "fr", "Groupe Saveurs d'Antan", "claire.petit@saveursdantan.example.fr",
  "Claire Petit <claire.petit@saveursdantan.example.fr>",
  "Re: Votre candidature Acheteuse Matières Premières",
  """
Bonjour Camille,

Je suis désolée, un imprévu de dernière minute m'oblige à décaler notre échange de demain 10h. Est-ce que vendredi même heure vous irait ? Sinon je vous renvoie mon lien Calendly.

Toutes mes excuses,
Claire

Claire Petit
Chargée de recrutement – Groupe Saveurs d'Antan
""")

m("interview_reschedule_or_cancel", "ics_cancel_outlook", "fr", "Eurotrans Rail", "n.peeters@eurotransrail.example.be",
  "Nathalie Peeters <n.peeters@eurotransrail.example.be>",
  "Annulé : Entretien Procurement Officer - C. Lefèvre",
  """
Bonjour Madame Lefèvre,

Je dois malheureusement annuler notre entretien de lundi 15h, M. De Smet étant retenu à l'étranger. Je reviens vers vous dès que possible avec de nouvelles disponibilités.

Bien à vous,
Nathalie Peeters
""", ics={"method": "CANCEL", "start": "20260302T140000Z", "end": "20260302T150000Z",
          "summary": "Annulé : Entretien Procurement Officer - C. Lefèvre",
          "organizer": "n.peeters@eurotransrail.example.be", "cn": "Nathalie Peeters",
          "uid": "outlook_invite_ics_brussels@eurotransrail.example.be", "sequence": "1"})

m("interview_reschedule_or_cancel", "hm_sick_en", "en", "Freightly", "dana@freightly.example.com",
  "Dana Whitaker <dana@freightly.example.com>",
  "Re: Freightly - next steps",
  """
Hi Camille,

So sorry for the late notice - Priya is off sick today so we need to push your 3pm interview. Could you do Thursday at the same time instead? Luis is still available.

Apologies again,
Dana
""")

m("interview_reschedule_or_cancel", "german_termin_verschoben", "de", "Südbahn Instandhaltung", "personal@suedbahn-ih.example.de",
  "Ayşe Öztürk <personal@suedbahn-ih.example.de>",
  "AW: Einladung zum Vorstellungsgespräch - Strategische Einkäuferin (m/w/d)",
  """
Sehr geehrte Frau Lefèvre,

leider müssen wir den vereinbarten Termin am 3. März aus betrieblichen Gründen verschieben. Herr Baumann ist kurzfristig auf einer Lieferantenreise.

Wir würden Ihnen als Ersatztermin Dienstag, den 10. März 2026, um 10:00 Uhr vorschlagen. Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ayşe Öztürk
Personalreferentin

Am 20.02.2026 um 09:12 schrieb Camille Lefèvre <camille.lefevre@example.org>:
> Sehr geehrte Frau Öztürk,
> vielen Dank für die Einladung. Den Termin am 3. März um 10:00 Uhr bestätige ich gerne.
> Mit freundlichen Grüßen
> Camille Lefèvre
""", fmt="latin1")

m("interview_reschedule_or_cancel", "spanish_cancelada", "es", "Puerto Seco Levante", "rrhh@puertosecolevante.example.es",
  "RRHH Puerto Seco Levante <rrhh@puertosecolevante.example.es>",
  "RE: Entrevista - Jefe/a de Compras",
  """
Hola Camille:

Sentimos comunicarte que tenemos que cancelar la entrevista del viernes. Nuria ha tenido que viajar de urgencia a Valencia y no sabemos todavía cuándo podrá retomar las entrevistas.

Te escribiremos la semana que viene con una nueva fecha. Disculpa las molestias.

Saludos,
Equipo de Personas
Puerto Seco Levante
""")

m("interview_reschedule_or_cancel", "goodtime_reschedule", "en", "Meridian Beauty Group", "",
  "Meridian Beauty Group <scheduling@goodtime.io>",
  "Your interview with Meridian Beauty Group has been rescheduled",
  """
Hi Camille,

Your panel interview for Indirect Procurement Manager - Paris has been rescheduled by the hiring team.

Previous time: Wednesday, March 4, 2026, 10:00 AM CET
New time: Friday, March 6, 2026, 2:00 PM CET

If the new time does not work for you, you can pick another slot here: https://app.goodtime.io/self-schedule/mbg/7f3a9c/reschedule

Meridian Beauty Group Talent Acquisition
Powered by GoodTime
""", ics={"start": "20260306T130000Z", "end": "20260306T151500Z",
          "summary": "Panel interview - Meridian Beauty Group", "organizer": "scheduling@goodtime.io",
          "cn": "GoodTime", "sequence": "2"}, fmt="alt", style="ats")

m("interview_reschedule_or_cancel", "position_frozen_cancel_interview", "fr", "Volcan Automobiles", "celine.roche@volcan-auto.example.fr",
  "Céline Roche <celine.roche@volcan-auto.example.fr>",
  "Entretien du 19 février",
  """
Bonjour Madame Lefèvre,

Je suis contrainte d'annuler l'entretien prévu jeudi 19 février à 14h : la direction vient de geler temporairement les recrutements sur les fonctions achats, dans l'attente de l'arbitrage budgétaire de fin mars.

Je reviendrai vers vous dès que nous aurons de la visibilité, votre candidature reste bien sûr en cours chez nous.

Cordialement,
Céline Roche
Recrutement – Volcan Automobiles
""", ics={"method": "CANCEL", "start": "20260219T130000Z", "end": "20260219T143000Z",
          "summary": "Entretien - Acheteur Pièces Moteur - Camille Lefèvre",
          "organizer": "celine.roche@volcan-auto.example.fr", "cn": "Céline Roche",
          "uid": "ics_onsite_lyon@volcan-auto.example.fr", "sequence": "1"}, fmt="qp")

m("interview_reschedule_or_cancel", "agency_moved_earlier", "en", "Corvel Logistics", "jess.okafor@talentbridge.example.co.uk",
  "Jess Okafor <jess.okafor@talentbridge.example.co.uk>",
  "Change of time for Corvel!",
  """
Hi Camille!

Quick one - Mark at Corvel has a board meeting come up on Tuesday so they've asked if we can move your interview to Monday 9th at 10am UK time instead? Same Teams link!

Really sorry for the shuffle, let me know if that's OK and I'll confirm with them!

Jess
TalentBridge Recruitment
M: +44 7700 900123

Sent from Outlook for iOS
""")

m("interview_reschedule_or_cancel", "quebec_reporter", "fr", "Port de Montréal-Est", "recrutement@portmtlest.example.ca",
  "Recrutement Port de Montréal-Est <recrutement@portmtlest.example.ca>",
  "Report de votre entrevue – Analyste approvisionnement",
  """
Bonjour Madame Lefèvre,

En raison de la tempête de neige annoncée mercredi, nous devons reporter les entrevues du concours 2026-014. Votre entrevue est déplacée au vendredi 20 mars 2026 à 9 h 00 (heure de l'Est), toujours sur Teams.

Une nouvelle invitation vous est transmise. Merci de nous confirmer votre disponibilité.

L'équipe Ressources humaines
""", ics={"start": "20260320T130000Z", "end": "20260320T143000Z",
          "summary": "Entrevue - Analyste approvisionnement (reportée)",
          "organizer": "recrutement@portmtlest.example.ca", "cn": "Recrutement",
          "uid": "quebec_entrevue_ics@portmtlest.example.ca", "sequence": "1"}, fmt="alt")

m("interview_reschedule_or_cancel", "onsite_to_remote_and_later", "en", "Kestrel Ports", "amelia.grant@kestrelports.example.com",
  "Amelia Grant <amelia.grant@kestrelports.example.com>",
  "Change to Thursday",
  """
Dear Camille,

Apologies - Richard's travel plans have changed and he will no longer be in Paris on Thursday. Would you be able to move our final interview to the following Tuesday, 24 March, at 11:00, by video instead?

I'm sorry for the inconvenience and appreciate your flexibility.

Best wishes,
Amelia
""")

m("interview_reschedule_or_cancel", "hm_whatsapp_style", "fr", "Fretmed", "o.benali@fretmed.example.fr",
  "Omar Benali <o.benali@fretmed.example.fr>",
  "Re: dispo ?",
  """
Camille dsl je suis coincé sur un quai à Fos, on décale notre call à lundi même heure ? je vous rappelle
Omar

Envoyé depuis mon mobile

Le mer. 28 janv. 2026 à 19:40, Camille Lefèvre <camille.lefevre@example.org> a écrit :
> Bonjour Omar, vendredi midi me convient très bien. À vendredi, Camille
""")

m("interview_reschedule_or_cancel", "teamtailor_cancelled", "fr", "Lumière Retail", "ines.caron@lumiereretail.example.fr",
  "Lumière Retail <no-reply@teamtailor-mail.com>",
  "Votre entretien a été annulé",
  """
Bonjour Camille,

Votre entretien vidéo du mardi 17 mars à 11:00 avec Inès Caron a été annulé.

Message d'Inès : « Désolée Camille, je suis en arrêt cette semaine. Je vous renvoie un lien de réservation dès mon retour ! »

L'équipe Lumière Retail
""", reply_to="Inès Caron <ines.caron@lumiereretail.example.fr>", fmt="html", style="ats")

m("interview_reschedule_or_cancel", "danish_new_slot", "en", "Nordlys Packaging", "erik.holm@nordlyspack.example.dk",
  "Erik Holm <erik.holm@nordlyspack.example.dk>",
  "RE: Quick question",
  """
Hi Camille,

Something came up with a customer audit on Friday morning. Can we move our chat to Monday 9:30 instead? Same Teams link, I'll update the invite.

Thanks and sorry!
Erik

-----Original Message-----
From: Camille Lefèvre <camille.lefevre@example.org>
Sent: 4. februar 2026 18:02
To: Erik Holm <erik.holm@nordlyspack.example.dk>
Subject: Re: Quick question

Hi Erik, Friday 10:00 works for me. Looking forward to it. Camille
""")

m("interview_reschedule_or_cancel", "geneva_annulation_candidat_retenu_process", "fr", "Maison Orsini Horlogerie", "elodie.rey@orsini-horlogerie.example.ch",
  "Elodie Rey <elodie.rey@orsini-horlogerie.example.ch>",
  "Changement d'horaire – entretien du 10 mars",
  """
Chère Madame Lefèvre,

M. Bernasconi me fait savoir qu'il ne sera disponible qu'à partir de 16h le mardi 10 mars. Serait-il possible de décaler notre entretien de 14h à 16h30 ce même jour ?

Avec toutes nos excuses pour ce changement.

Meilleures salutations,
Elodie Rey
Responsable Ressources Humaines
Maison Orsini Horlogerie SA
""", fmt="latin1")

m("interview_reschedule_or_cancel", "indian_postponed", "en", "Sundaram Auto Components", "careers.eu@sundaram-auto.example.com",
  "Careers EU <careers.eu@sundaram-auto.example.com>",
  "Interview Rescheduled - Purchase Manager - Lille",
  """
Dear Ms. Camille,

This is to inform you that due to unavoidable circumstances the interview scheduled on 5th March 2026 stands postponed to 9th March 2026, 3:00 PM CET. All other details remain the same.

Kindly acknowledge the receipt of this mail and confirm your availability for the revised schedule.

Regret the inconvenience caused.

Thanks and regards,
Rajesh Iyer
HR Manager - Europe Operations
""", fmt="cp1252")

# ----------------------------------------------------------------------------- missed interview notices
m("missed_interview_notice", "tried_calling_fr", "fr", "Groupe Saveurs d'Antan", "claire.petit@saveursdantan.example.fr",
  "Claire Petit <claire.petit@saveursdantan.example.fr>",
  "Notre échange de ce matin",
  """
Bonjour Camille,

J'ai essayé de vous joindre à 10h comme prévu pour notre échange téléphonique, mais je suis tombée sur votre messagerie (deux appels).

J'espère que tout va bien. Si vous êtes toujours intéressée par le poste, vous pouvez reprendre un créneau via mon agenda ou me répondre directement.

Bonne journée,
Claire Petit
Chargée de recrutement – Groupe Saveurs d'Antan
""")

m("missed_interview_notice", "teams_no_join_en", "en", "Halden Pharma", "ingrid.solberg@haldenpharma.example.com",
  "Ingrid Solberg <ingrid.solberg@haldenpharma.example.com>",
  "Today's call",
  """
Hi Camille,

Jonas and I were in the Teams meeting at 2pm but it looks like you didn't join - we waited about 15 minutes. Hope everything is alright.

Let me know if you'd still like to talk and we'll see if we can find another slot, though our calendars are tight this month.

Ingrid
""")

m("missed_interview_notice", "german_nicht_erschienen", "de", "Kistenwerk", "jonas.berg@kistenwerk.example.de",
  "Jonas Berg <jonas.berg@kistenwerk.example.de>",
  "Unser Termin heute",
  """
Hi Camille,

wir waren heute um 11 Uhr zum Kennenlernen verabredet, ich war im Call, aber du bist leider nicht dazugekommen. Ist alles okay bei dir?

Falls du weiterhin Interesse hast, buch dir gerne einfach einen neuen Slot.

Viele Grüße
Jonas
""")

m("missed_interview_notice", "agency_no_show_worried", "fr", "Manufacture Bressane", "lucas.fontaine@proxinterim.example.fr",
  "Lucas Fontaine - Prox'Intérim <lucas.fontaine@proxinterim.example.fr>",
  "RDV Manufacture Bressane",
  """
Camille,

Le responsable supply de Manufacture Bressane vient de m'appeler, il t'attendait à 9h30 ce matin et tu n'es pas venue. J'ai essayé de te joindre deux fois, sans réponse.

Rappelle-moi vite stp, je vais voir si on peut rattraper le coup mais il faut que je leur donne une explication aujourd'hui.

Lucas
Prox'Intérim Bourg-en-Bresse
04 74 00 00 00
""")

m("missed_interview_notice", "spanish_no_conectaste", "es", "Envíalo", "sergio@envialo.example.com",
  "Sergio Blanco <sergio@envialo.example.com>",
  "¿Todo bien?",
  """
Hola Camille,

Te estuvimos esperando en el Meet de las 16:00 para la entrevista técnica pero no llegaste a conectarte. ¿Ha pasado algo?

Si quieres, dime qué días te vienen bien y lo volvemos a intentar.

Saludos,
Sergio
Head of Ops · Envíalo
""")

m("missed_interview_notice", "ats_missed_self_schedule", "en", "Stackfold", "",
  "Stackfold Recruiting <no-reply@greenhouse.io>",
  "We missed you today",
  """
Hi Camille,

It looks like you weren't able to make your scheduled interview with Stackfold today at 10:00 CET. We understand things come up!

If you're still interested in the Procurement Operations Manager role, please use the link below to book a new time within the next 5 days:
https://app.greenhouse.io/scheduling/stackfold/rebook/2c91

Stackfold Recruiting
""", fmt="html", style="ats")

m("missed_interview_notice", "quebec_absent_entrevue", "fr", "Port de Montréal-Est", "recrutement@portmtlest.example.ca",
  "Recrutement Port de Montréal-Est <recrutement@portmtlest.example.ca>",
  "Entrevue du 20 mars – absence",
  """
Bonjour Madame Lefèvre,

Le comité de sélection vous attendait ce matin à 9 h pour votre entrevue virtuelle. Nous avons constaté que vous ne vous êtes pas connectée à la rencontre Teams et nous n'avons pas réussi à vous joindre par téléphone.

Si un problème technique ou un empêchement est survenu, veuillez nous en informer d'ici lundi midi. Sans nouvelles de votre part, votre candidature sera retirée du concours.

L'équipe Ressources humaines
""", fmt="b64")

m("missed_interview_notice", "hm_terse_missed", "en", "Corvel Logistics", "mark.devlin@corvel-logistics.example.co.uk",
  "Mark Devlin <mark.devlin@corvel-logistics.example.co.uk>",
  "Interview 10am",
  """
Camille - I'm on the Teams link for our 10am, no sign of you. Waiting another 10 mins then I have to jump to another meeting.
Mark

Mark Devlin | Head of Procurement | Corvel Logistics
""", cc="Jess Okafor <jess.okafor@talentbridge.example.co.uk>")

m("missed_interview_notice", "brazilian_en_missed", "en", "Verdemar Alimentos", "renata.souza@verdemar.example.com.br",
  "Renata Souza <renata.souza@verdemar.example.com.br>",
  "Interview today - Import Buyer Europe",
  """
Hello Camille, good afternoon!

We had our interview scheduled for today at 15h (Paris time) but we did not see you in the Zoom room. I also sent you a message on WhatsApp.

No problem, I imagine something happened. Please tell me if you would like to reschedule so we can find a new date this week.

Kind regards,
Renata Souza
Talent Acquisition - Verdemar Alimentos
""")

m("missed_interview_notice", "outlook_missed_casablanca", "fr", "Maghreb Cold Chain", "y.elalami@maghrebcoldchain.example.ma",
  "Youssef El Alami <y.elalami@maghrebcoldchain.example.ma>",
  "RE: Interview - Procurement Manager",
  """
Bonjour Camille,

M. Tazi et moi-même vous avons attendue ce matin à 10h (heure de Casablanca) sur le lien de visioconférence, sans succès. Il y a peut-être eu une confusion sur le fuseau horaire ?

Merci de me dire rapidement si vous souhaitez reprogrammer, M. Tazi voyage beaucoup les prochaines semaines.

Cordialement,
Youssef El Alami
DRH – Maghreb Cold Chain

________________________________
De : Camille Lefèvre <camille.lefevre@example.org>
Envoyé : vendredi 13 mars 2026 18:22
À : Youssef El Alami <y.elalami@maghrebcoldchain.example.ma>
Objet : Re: Interview - Procurement Manager

Dear Youssef, Monday 16 March at 10:00 is perfect. I look forward to meeting you and Mr. Tazi. Best regards, Camille
""", fmt="qp")

# ----------------------------------------------------------------------------- application received
m("application_received", "talentsoft_ack_volume", "fr", "Groupe Hermance", "",
  "Groupe Hermance <ne-pas-repondre@talent-soft.com>",
  "Accusé de réception de votre candidature",
  """
Bonjour Camille Lefèvre,

Nous avons bien reçu votre candidature au poste de Responsable Achats Hors Production (réf. HER-2026-041) et vous en remercions.

Notre équipe recrutement va l'étudier avec attention. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil est retenu, nous vous contacterons dans un délai de trois semaines.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Le service Recrutement
Groupe Hermance
""", fmt="html", style="ats")

m("application_received", "workday_ack_en", "en", "Aurelle Luxury", "",
  "Aurelle Luxury Careers <aurelle@myworkday.com>",
  "Thank you for applying to Aurelle Luxury",
  """
Dear Camille,

Thank you for your application for the position Procurement Manager Leather Goods (R-26-0871).

We have received your application and our Talent Acquisition team will review your qualifications. Please note that due to the high number of applications, we are unable to provide individual feedback at this stage.

You can check the status of your application at any time in your candidate home.

Best regards,
Aurelle Luxury Talent Acquisition
""", fmt="html", style="ats")

m("application_received", "greenhouse_ack", "en", "Stackfold", "",
  "Stackfold <no-reply@greenhouse.io>",
  "Thanks for applying to Stackfold!",
  """
Hi Camille,

Thanks for your interest in Stackfold! We've received your application for Procurement Operations Manager and our team is reviewing it now.

If your background is a match, someone from our team will reach out within the next two weeks to talk next steps. Unfortunately we can't respond to every applicant individually, but we read every application.

In the meantime, feel free to check out our blog: https://stackfold.example.com/blog

Cheers,
The Stackfold Team
""", fmt="alt", style="ats")

m("application_received", "lever_ack_short", "en", "Parcelwise", "",
  "Parcelwise <no-reply@hire.lever.co>",
  "Parcelwise - application received",
  """
Hi Camille,

Thanks for applying for Supplier Success Manager at Parcelwise! We'll review your application and be in touch if there's a fit.

Parcelwise
""")

m("application_received", "teamtailor_ack_tu", "fr", "Biscuiterie Lanvaux", "",
  "Biscuiterie Lanvaux <noreply@mail.teamtailor.com>",
  "On a bien reçu ta candidature !",
  """
Hello Camille,

Merci pour ta candidature au poste de Responsable Approvisionnements 🙌

On la regarde dans les prochains jours. Si ton profil colle à ce qu'on cherche, quelqu'un de l'équipe te contacte pour un premier échange.

À bientôt peut-être à Lanvaux !
L'équipe Biscuiterie Lanvaux
""", fmt="html", style="ats")

m("application_received", "taleo_ack_rail", "fr", "Compagnie Ferroviaire du Nord", "",
  "Compagnie Ferroviaire du Nord <cfn@taleo.net>",
  "Compagnie Ferroviaire du Nord - Accusé de réception (2600217)",
  """
Bonjour Camille ,


Nous vous confirmons la bonne réception de votre candidature pour le poste Acheteur Maintenance Matériel Roulant H/F (2600217).

Votre dossier sera étudié avec la plus grande attention . Nous ne manquerons pas de revenir vers vous si votre profil correspond à nos attentes.

Pour consulter l'état de votre candidature : https://cfn.taleo.net/careersection/ext/mysubmissions.ftl


Cordialement ,
Le Service Recrutement
""", fmt="html", style="ats")

m("application_received", "successfactors_ack_de", "de", "Alpenmilch", "",
  "Alpenmilch Karriere <noreply@successfactors.eu>",
  "Eingangsbestätigung Ihrer Bewerbung",
  """
Sehr geehrte Frau Lefèvre,

vielen Dank für Ihre Bewerbung als Senior Buyer Verpackung (m/w/d) und Ihr Interesse an der Alpenmilch eG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass wir bis dahin keine individuellen Auskünfte zum Stand geben können.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenmilch eG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", fmt="b64")

m("application_received", "spanish_ack", "es", "Grupo Alcántara Retail", "",
  "Grupo Alcántara Empleo <no-reply@grupoalcantara.example.es>",
  "Hemos recibido tu candidatura",
  """
Hola Camille,

¡Gracias por tu interés en Grupo Alcántara Retail! Hemos recibido correctamente tu candidatura para la oferta Responsable de Compras Internacionales (ref. 1187).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al gran volumen de candidaturas, no podemos responder a todas de forma individual.

Un saludo,
Equipo de Selección
""", fmt="cp1252")

m("application_received", "public_body_ack_fr", "fr", "Métropole de Lyon", "",
  "Métropole de Lyon - Recrutement <no-reply@grandlyon.example.fr>",
  "Confirmation de dépôt de candidature - Acheteur public (H/F)",
  """
Madame LEFEVRE Camille,

Votre candidature à l'offre "Acheteur public (H/F) - Direction de la commande publique" a bien été enregistrée le 14/01/2026.

Les candidatures sont examinées à la clôture de l'offre (31/01/2026). Les candidats retenus pour un entretien seront contactés par téléphone ou par courriel. Nous ne sommes pas en mesure de répondre individuellement aux candidats non retenus avant la fin de la procédure.

Direction des Ressources Humaines
Métropole de Lyon
""", fmt="latin1")

m("application_received", "recruiter_human_ack", "fr", "Transitaire Océane", "marine.leroy@oceane-transit.example.fr",
  "Marine Leroy <marine.leroy@oceane-transit.example.fr>",
  "RE: Candidature spontanée - Camille Lefèvre",
  """
Bonjour Camille,

Merci pour votre candidature spontanée, bien reçue. Je l'ai transmise à notre responsable des achats de fret qui recrute peut-être au printemps.

Je reviens vers vous dès que j'ai un retour de sa part, probablement d'ici deux semaines.

Bonne journée,
Marine Leroy
Assistante RH – Transitaire Océane, Le Havre
""")

m("application_received", "smartrecruiters_ack_bank", "fr", "Banque Alpine de Financement", "",
  "Banque Alpine de Financement <no-reply@smartrecruiters.com>",
  "Merci pour votre candidature",
  """
Bonjour Camille,

Nous avons bien reçu votre candidature pour le poste d'Acheteur(se) IT & Prestations Intellectuelles à Lyon.

Nos équipes vont maintenant l'examiner. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade. Si votre profil correspond à nos besoins, nous vous contacterons pour la suite du processus.

Merci de l'intérêt que vous portez à Banque Alpine de Financement.

L'équipe Recrutement
""", fmt="html", style="ats")

m("application_received", "wttj_ack", "fr", "Popote", "",
  "Welcome to the Jungle <notifications@welcometothejungle.com>",
  "Votre candidature chez Popote a bien été envoyée",
  """
Bravo Camille, votre candidature est envoyée !

Poste : Sourcing Manager Produits Frais
Entreprise : Popote
Lieu : Paris (Télétravail partiel)

L'entreprise va étudier votre profil. Vous serez notifié(e) dès qu'elle aura mis à jour le statut de votre candidature.

Suivre mes candidatures : https://www.welcometothejungle.com/fr/me/applications
""", fmt="html", style="ats")

m("application_received", "indian_ack_kindly", "en", "Sundaram Auto Components", "careers.eu@sundaram-auto.example.com",
  "Careers EU <careers.eu@sundaram-auto.example.com>",
  "Acknowledgement - Application for Purchase Manager",
  """
Dear Candidate,

We acknowledge the receipt of your application for the post of Purchase Manager - Lille. Your profile is under review with the concerned department.

You shall be intimated regarding the further process in due course. Kindly do not send multiple applications for the same position.

Thanks and regards,
HR Team
Sundaram Auto Components
""")

m("application_received", "jobaffinity_ack", "fr", "Fromageries Delmont", "",
  "Fromageries Delmont <noreply@jobaffinity.fr>",
  "Fromageries Delmont : confirmation de votre candidature",
  """
Madame,

Nous vous remercions pour votre candidature au poste de Responsable Achats Lait & Ingrédients (CDI – Jura).

Celle-ci a bien été enregistrée et sera étudiée avec attention par notre service des Ressources Humaines. Nous reviendrons vers vous dans les meilleurs délais.

Bien cordialement,
Le service RH – Fromageries Delmont

Ce message a été envoyé automatiquement par Jobaffinity, merci de ne pas y répondre.
""", fmt="latin1")

m("application_received", "personio_ack_de", "de", "Kistenwerk", "",
  "Kistenwerk <noreply@personio.de>",
  "Danke für deine Bewerbung bei Kistenwerk",
  """
Hallo Camille,

vielen Dank für deine Bewerbung als Procurement Manager (Remote, EU)! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Du hörst spätestens in zwei Wochen von uns.

Beste Grüße
Dein Kistenwerk-Team
""", fmt="html", style="ats")

m("application_received", "quebec_ack", "fr", "Groupe Boréal Distribution", "",
  "Groupe Boréal Distribution <carrieres-noreply@borealdistribution.example.ca>",
  "Nous avons bien reçu ta candidature",
  """
Bonjour Camille,

Merci d'avoir postulé au poste de conseillère ou conseiller en approvisionnement chez Groupe Boréal Distribution!

Ta candidature a été reçue et sera analysée par notre équipe d'acquisition de talents. Seules les personnes retenues pour une entrevue seront contactées. Merci de ta compréhension.

L'équipe Carrières
Groupe Boréal Distribution
""", fmt="alt")

m("application_received", "icims_ack_moroccan_en", "en", "Atlas Minerals Logistics", "",
  "Atlas Minerals Logistics <noreply@icims.com>",
  "Application Confirmation - Head of Transport Procurement",
  """
Dear Camille Lefèvre,

Thank you for submitting your application for the Head of Transport Procurement position (Req #2026-0093) at Atlas Minerals Logistics.

Our recruitment team will review your profile against the requirements of the role. Should your qualifications match our needs, a member of our team will contact you to discuss the next steps.

This is an automated message. Please do not reply.

Atlas Minerals Logistics - Talent Acquisition
""", fmt="html", style="ats")

m("application_received", "agency_registered", "fr", "Orvane Conseil", "anais.roux@orvane-conseil.example.fr",
  "Anaïs Roux | Orvane Conseil <anais.roux@orvane-conseil.example.fr>",
  "Votre candidature - Acheteur Projets H/F",
  """
Bonjour Camille,

Je vous confirme la bonne réception de votre candidature pour le poste d'Acheteur Projets que je recrute pour l'un de nos clients, groupe industriel basé à Villeurbanne.

Je prends le temps d'étudier votre CV cette semaine et reviens vers vous rapidement pour un éventuel échange.

Belle journée,

Anaïs Roux
Consultante Senior – Supply Chain & Achats
Orvane Conseil | Cabinet de recrutement
""")

m("application_received", "ashby_ack_en", "en", "Routecraft", "",
  "Routecraft <no-reply@ashbyhq.com>",
  "We received your application",
  """
Hi Camille,

Thanks for applying to the Procurement Lead (Remote - Europe) role at Routecraft. Our team reviews every application by hand, so it can take up to 10 business days to hear back.

If we think there's a fit, we'll reach out to schedule an intro call.

Routecraft Talent
""", fmt="alt", style="ats")

m("application_received", "hospital_ack_cp1252", "fr", "Hôpitaux Privés du Rhône", "",
  "Recrutement HPR <ne-pas-repondre@hpr-sante.example.fr>",
  "Votre candidature – Acheteur biomédical",
  """
Madame,

Votre candidature au poste d'acheteur biomédical nous est bien parvenue. Nous vous en remercions.

Elle sera examinée par la Direction des achats dans les prochaines semaines. Nous nous permettons de vous préciser qu'en l'absence de réponse de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Recevez, Madame, nos sincères salutations.

Direction des Ressources Humaines – Hôpitaux Privés du Rhône
""", fmt="cp1252")

# ----------------------------------------------------------------------------- offers
m("offer", "verbal_followup_fr", "fr", "Carrefour des Saveurs", "laura.mercier@carrefoursaveurs.example.fr",
  "Laura Mercier <laura.mercier@carrefoursaveurs.example.fr>",
  "Suite à notre appel",
  """
Bonjour Camille,

Comme je vous l'ai annoncé au téléphone tout à l'heure, nous sommes ravis de vous proposer le poste de Chef de Produit Achats Épicerie !

Pour rappel, les éléments évoqués :
- CDI, statut cadre, basé à Massy
- Rémunération fixe annuelle brute : 54 000 € sur 13 mois + variable jusqu'à 10 %
- Prise de poste souhaitée : 4 mai 2026

Vous recevrez la promesse d'embauche écrite d'ici vendredi. N'hésitez pas à m'appeler si vous avez la moindre question.

Au plaisir de vous compter parmi nous,
Laura Mercier
Responsable Recrutement – Carrefour des Saveurs
01 60 00 00 00
""", fmt="qp")

m("offer", "offer_letter_attached_en", "en", "Kestrel Ports", "amelia.grant@kestrelports.example.com",
  "Amelia Grant <amelia.grant@kestrelports.example.com>",
  "Offer of employment - Procurement Manager",
  """
Dear Camille,

Following your conversation with Richard, I'm delighted to confirm that we would like to offer you the position of Procurement Manager at Kestrel Ports, based in Marseille.

Please find attached your offer letter setting out the salary, benefits and start date we discussed. The offer is subject to satisfactory references.

If you are happy to accept, please sign and return the letter by 10 April 2026. I'm of course available for any questions.

Warm regards,
Amelia Grant
Head of Talent, Kestrel Ports
""", attach="Kestrel_Offer_Letter_CLefevre.pdf")

m("offer", "pleased_to_offer_indian", "en", "Vasant Pharma", "hr.europe@vasantpharma.example.com",
  "HR Europe - Vasant Pharma <hr.europe@vasantpharma.example.com>",
  "Offer Letter - Procurement Planner",
  """
Dear Camille,

Greetings from Vasant Pharma!

Further to your interview for the Procurement Planner role at our Lyon unit, we are pleased to offer you the position with a gross annual CTC of EUR 48,000. The detailed offer letter is attached herewith.

Kindly sign the acceptance copy and revert by 2nd April 2026. Your joining is subject to background verification.

Thanks & Regards,
Deepika Nair
Talent Acquisition - Europe
""", attach="Offer_Letter_Camille_Lefevre.pdf", fmt="alt")

m("offer", "promesse_embauche_ports", "fr", "Ports de l'Estuaire", "recrutement@ports-estuaire.example.org",
  "Service Recrutement - Ports de l'Estuaire <recrutement@ports-estuaire.example.org>",
  "Proposition de contrat – Chargée de mission achats",
  """
Madame,

Suite à votre entretien avec le jury de recrutement le 3 avril, j'ai le plaisir de vous informer que votre candidature a été retenue pour le poste de chargée de mission achats (contrat de 3 ans).

Vous trouverez ci-joint la proposition de contrat ainsi que la liste des pièces à fournir pour la constitution de votre dossier administratif. Nous vous remercions de nous retourner le contrat signé avant le 24 avril.

Nous nous réjouissons de vous accueillir prochainement au sein de nos équipes.

Le Service Recrutement
Ports de l'Estuaire
""", attach="Proposition_contrat_LEFEVRE.pdf", fmt="latin1")

m("offer", "conditional_offer_uk", "en", "Harrowgate Foods", "tom.pemberton@harrowgatefoods.example.co.uk",
  "Tom Pemberton <tom.pemberton@harrowgatefoods.example.co.uk>",
  "Lille sourcing office - conditional offer",
  """
Hi Camille,

Good news as promised on the phone! We'd like to offer you the Sourcing Manager role in our new Lille office.

The offer is conditional on two satisfactory references and right-to-work checks, which our HR team will get in touch about this week. Salary and package are as we discussed; the formal paperwork will follow from HR.

Really pleased it worked out in the end after the earlier role.

Cheers,
Tom
""")

m("offer", "swiss_contract_to_sign", "fr", "Maison Orsini Horlogerie", "elodie.rey@orsini-horlogerie.example.ch",
  "Elodie Rey <elodie.rey@orsini-horlogerie.example.ch>",
  "Contrat de travail",
  """
Chère Madame Lefèvre,

Nous avons le plaisir de vous faire parvenir en annexe votre contrat de travail pour le poste de Responsable Achats Composants, avec une entrée en fonction au 1er juin 2026.

Nous vous saurions gré de nous retourner un exemplaire signé d'ici au 30 avril. Pour le permis frontalier, notre service RH se charge des démarches dès réception du contrat signé.

Au plaisir de vous accueillir à Plan-les-Ouates,

Elodie Rey
Responsable Ressources Humaines
Maison Orsini Horlogerie SA
""", attach="Contrat_Lefevre_Camille.pdf", fmt="latin1")

m("offer", "german_zusage", "de", "Südbahn Instandhaltung", "personal@suedbahn-ih.example.de",
  "Ayşe Öztürk <personal@suedbahn-ih.example.de>",
  "Ihre Zusage - Strategische Einkäuferin",
  """
Sehr geehrte Frau Lefèvre,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position als Strategische Einkäuferin (m/w/d) in Freiburg anbieten möchten.

Den Arbeitsvertrag in zweifacher Ausfertigung senden wir Ihnen in den nächsten Tagen per Post zu. Als Eintrittsdatum schlagen wir den 1. Mai 2026 vor.

Wir freuen uns sehr auf die Zusammenarbeit!

Mit freundlichen Grüßen
Ayşe Öztürk
Personalreferentin
Südbahn Instandhaltung GmbH
""", fmt="qp")

m("offer", "spanish_oferta", "es", "Puerto Seco Levante", "nuria.castell@puertosecolevante.example.es",
  "Nuria Castell <nuria.castell@puertosecolevante.example.es>",
  "Propuesta",
  """
Hola Camille,

¡Tengo buenas noticias! Después de las entrevistas queremos ofrecerte el puesto de Jefa de Compras. Te adjunto la carta de oferta con las condiciones que hablamos (salario, teletrabajo dos días y fecha de incorporación).

Échale un vistazo con calma y dime si tienes dudas. Nos encantaría tenerte en el equipo.

Un abrazo,
Nuria Castell
Directora de Operaciones
Puerto Seco Levante
""", attach="Carta_oferta_CLefevre.pdf")

m("offer", "agency_offer_exclam", "en", "Corvel Logistics", "jess.okafor@talentbridge.example.co.uk",
  "Jess Okafor <jess.okafor@talentbridge.example.co.uk>",
  "YOU GOT IT!!!",
  """
Camille!!!

Corvel have just called - they want to offer you the Procurement Manager role!!! Base is £62k plus 10% bonus, hybrid 3 days in Manchester or fully remote from France under their EOR, start date flexible.

They've asked for an answer by Friday. Give me a call when you can and we'll go through everything. SO happy for you!!

Jess
TalentBridge Recruitment
M: +44 7700 900123
""")

m("offer", "quebec_offre_emploi", "fr", "Port de Montréal-Est", "recrutement@portmtlest.example.ca",
  "Recrutement Port de Montréal-Est <recrutement@portmtlest.example.ca>",
  "Offre d'emploi – Analyste approvisionnement",
  """
Bonjour Madame Lefèvre,

Au terme du processus de sélection du concours 2026-014, nous avons le plaisir de vous offrir le poste d'analyste en approvisionnement, poste permanent à temps plein, à l'échelon 4 de la classe 8.

L'offre est conditionnelle à l'obtention d'un permis de travail et à la vérification de vos antécédents. La lettre d'offre détaillée est jointe; veuillez nous la retourner signée dans les dix jours ouvrables.

Félicitations!

L'équipe Ressources humaines
""", attach="Lettre_offre_2026-014.pdf", fmt="alt")

# ----------------------------------------------------------------------------- other
LIST = {"List-Unsubscribe": "<https://example.net/unsub?u=cl>", "Precedence": "bulk"}

m("other", "linkedin_job_alert", "en", "", "",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "30+ new jobs for \"procurement manager\" in Lyon",
  """
Your job alert for procurement manager in Lyon, Auvergne-Rhône-Alpes, France

Procurement Manager - Volcan Automobiles - Saint-Priest (On-site)
Actively recruiting · 2 connections work here
https://www.linkedin.com/comm/jobs/view/4100000001

Category Buyer Packaging - Oréadis - Lyon (Hybrid)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/4100000002

Strategic Sourcing Lead - Halden Pharma - Lyon (Hybrid)
https://www.linkedin.com/comm/jobs/view/4100000003

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=procurement%20manager

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", fmt="html", style="news", headers={**LIST, "List-Id": "<jobalerts.linkedin.com>"})

m("other", "indeed_alert_fr", "fr", "", "",
  "Indeed <alert@indeed.com>",
  "acheteur - Lyon : 14 nouvelles offres",
  """
14 nouvelles offres pour acheteur à Lyon (69)

Acheteur Projets H/F - Orvane Conseil - Villeurbanne - 45 000 € - 52 000 € par an
Candidature simplifiée
https://fr.indeed.com/rc/clk?jk=a1

Approvisionneur CDD 6 mois - Prox'Intérim - Bourg-en-Bresse
https://fr.indeed.com/rc/clk?jk=a2

Acheteur Junior Alternance - Grand Frais - Lyon
https://fr.indeed.com/rc/clk?jk=a3

Voir toutes les offres : https://fr.indeed.com/emplois?q=acheteur&l=Lyon

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://fr.indeed.com/unsubscribe
""", fmt="html", style="news", headers=LIST)

m("other", "stepstone_alert_de", "de", "", "",
  "StepStone Jobagent <jobagent@stepstone.de>",
  "8 neue Jobs für \"Einkäufer\" passend zu Ihrem Suchprofil",
  """
Guten Tag Frau Lefèvre,

Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

Strategischer Einkäufer (m/w/d) - Rheinwerk Logistik GmbH - Duisburg
https://www.stepstone.de/stellenangebote--1

Senior Buyer Verpackung (m/w/d) - Alpenmilch eG - Kempten
https://www.stepstone.de/stellenangebote--2

Einkaufsleiter (m/w/d) Remote - Kistenwerk - Berlin
https://www.stepstone.de/stellenangebote--3

Jobagent bearbeiten oder abmelden: https://www.stepstone.de/jobagent
""", fmt="html", style="news", headers=LIST)

m("other", "wttj_newsletter_rejection_article", "fr", "", "",
  "Welcome to the Jungle <newsletter@welcometothejungle.com>",
  "« Nous ne donnerons pas suite » : comment rebondir après un refus ☕",
  """
Cette semaine dans la Jungle

Refus après le dernier entretien : et maintenant ?
Recevoir un « nous ne donnerons pas suite à votre candidature » après trois entretiens, c'est rude. Nos conseils pour demander un retour constructif et rebondir.
https://www.welcometothejungle.com/fr/articles/refus-apres-entretien

Entretien manqué : faut-il s'excuser et demander un nouveau créneau ?
https://www.welcometothejungle.com/fr/articles/entretien-manque

Les offres de la semaine : 250 postes en achats et supply chain
https://www.welcometothejungle.com/fr/jobs?query=achats

Se désinscrire de la newsletter : https://www.welcometothejungle.com/fr/unsubscribe
""", fmt="html", style="news", headers={**LIST, "List-Id": "WTTJ Newsletter <newsletter.welcometothejungle.com>"})

m("other", "apec_newsletter", "fr", "", "",
  "Apec <newsletter@info.apec.fr>",
  "Votre lettre Apec : négocier son salaire, préparer l'entretien final",
  """
Madame,

Ce mois-ci, l'Apec vous accompagne dans les dernières étapes de votre recherche :

- Entretien final : les 7 questions qu'on vous posera sûrement
- Proposition d'embauche : comment négocier votre package sans froisser le recruteur
- Témoignage : « Après 40 refus, j'ai décroché un poste de responsable achats »

Webinaire gratuit le 12 février : « Réussir son entretien de recrutement en visio »
https://www.apec.fr/webinaires

Pour ne plus recevoir cette lettre : https://www.apec.fr/desabonnement
""", fmt="html", style="news", headers=LIST)

m("other", "francetravail_rdv_conseiller", "fr", "", "",
  "France Travail <ne-pas-repondre@francetravail.fr>",
  "Rappel : votre rendez-vous avec votre conseiller",
  """
Madame LEFEVRE,

Nous vous rappelons votre rendez-vous le mardi 10 février 2026 à 14h00 avec votre conseiller, M. DUPUIS, à l'agence France Travail de Lyon Part-Dieu.

Ce rendez-vous a pour objet de faire le point sur votre projet professionnel et vos démarches de recherche d'emploi.

En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel sur francetravail.fr.

France Travail
""", fmt="html", style="ats")

m("other", "francetravail_actualisation", "fr", "", "",
  "France Travail <ne-pas-repondre@francetravail.fr>",
  "Actualisation mensuelle : c'est le moment",
  """
Bonjour,

Votre période d'actualisation est ouverte du 28 février au 15 mars. Pensez à déclarer votre situation du mois de février depuis votre espace personnel ou l'application mobile.

Sans actualisation de votre part, votre inscription pourrait être interrompue.

France Travail
""", fmt="latin1")

m("other", "recruiter_cold_inmail_en", "en", "", "ben.carter@hunterwise.example.com",
  "Ben Carter <ben.carter@hunterwise.example.com>",
  "Procurement opportunities in Paris",
  """
Hi Camille,

I came across your profile and was impressed by your background in supply chain planning. I specialise in procurement and supply chain placements across France and Benelux, and I'm currently working on several mandates with luxury and cosmetics groups.

If you're considering a move, feel free to send me your latest CV and salary expectations and I'll keep you in mind as roles open up.

Best regards,
Ben Carter
Principal Consultant | Hunterwise Executive Search
""")

m("other", "recruiter_cold_fr_marketing", "fr", "", "",
  "Cabinet Talentia Achats <contact@talentia-achats.example.fr>",
  "Achats & Supply Chain : nos opportunités du moment",
  """
Bonjour Camille,

Vous êtes acheteur, approvisionneur ou supply planner ? Découvrez notre sélection d'opportunités du moment en Auvergne-Rhône-Alpes :

• Acheteur Industriel (H/F) – Grenoble – 50-55 K€
• Supply Planner (H/F) – Lyon 7e – 45-50 K€
• Responsable Achats (H/F) – Annecy – 70-80 K€

Postulez directement sur notre site : https://www.talentia-achats.example.fr/offres

L'équipe Talentia Achats
Pour vous désinscrire, cliquez ici : https://www.talentia-achats.example.fr/unsub
""", fmt="html", style="news", headers=LIST)

m("other", "podcast_interview_en", "en", "", "hannah@supplychainunfiltered.example.com",
  "Hannah Mills <hannah@supplychainunfiltered.example.com>",
  "Podcast interview invitation - Supply Chain Unfiltered",
  """
Hi Camille,

I host Supply Chain Unfiltered, a weekly podcast for logistics and procurement folks. I read your LinkedIn post about moving from planning into procurement and would love to interview you for an episode on career switches.

Recording is remote, about 40 minutes. Would any afternoon the week of 23 March work for you?

Thanks!
Hannah Mills
Host, Supply Chain Unfiltered
""")

m("other", "press_interview_fr", "fr", "", "t.guillot@leprogres-eco.example.fr",
  "Thomas Guillot <t.guillot@leprogres-eco.example.fr>",
  "Demande d'interview – pénurie d'emballages",
  """
Bonjour Madame Lefèvre,

Je suis journaliste au service économie. Je prépare un article sur les tensions d'approvisionnement en carton dans l'agroalimentaire régional et votre nom m'a été donné par l'association des acheteurs de Lyon.

Accepteriez-vous une courte interview téléphonique (15-20 minutes) cette semaine ? Vos propos peuvent rester anonymes si vous le souhaitez.

Bien à vous,
Thomas Guillot
Journaliste – Économie
06 00 00 00 00
""")

m("other", "user_research_interview", "en", "", "research@sourcely.example.io",
  "Sourcely Research <research@sourcely.example.io>",
  "Help shape Sourcely - 30 min interview (€50 voucher)",
  """
Hi Camille,

You signed up for a Sourcely trial last month. Our product team is running user research interviews with procurement professionals to understand how you compare supplier quotes.

The interview is a 30-minute video call with one of our designers; as a thank-you we'll send a €50 gift voucher. Book a slot here: https://calendly.com/sourcely-research/30min

Thanks for helping us build a better product!
Elif, UX Research at Sourcely
""", reply_to="Elif Kaya <research@sourcely.example.io>", fmt="alt")

m("other", "candidate_experience_survey", "fr", "", "",
  "Enquête candidats <survey@candidate-feedback.example.net>",
  "Votre avis sur votre expérience de candidature",
  """
Bonjour,

Vous avez récemment participé à un processus de recrutement chez l'un de nos clients. Que vous ayez été retenu(e) ou non, votre avis nous intéresse !

Répondez à notre questionnaire de 3 minutes : https://candidate-feedback.example.net/s/8812

Vos réponses sont anonymes.

Merci,
L'équipe Candidate Feedback
""", fmt="html", style="news", headers=LIST)

m("other", "friend_own_rejection_fr", "fr", "", "julie.bertrand@example.net",
  "Julie Bertrand <julie.bertrand@example.net>",
  "bon ben c'est mort 😩",
  """
Coucou ma belle,

Je viens de recevoir la réponse d'Oréadis : "nous avons le regret de vous informer que nous avons retenu une autre candidature". Après 4 entretiens et une étude de cas !! Je suis dégoûtée.

Bref. Toi t'en es où avec tes process ? On se fait un apéro jeudi pour se remonter le moral ?

Bisous
Julie
""")

m("other", "friend_interview_es", "es", "", "lucia.moreno@example.com",
  "Lucía Moreno <lucia.moreno@example.com>",
  "jajaja no te lo vas a creer",
  """
Camille!!

Ayer tuve la entrevista en la naviera de Valencia y se me olvidó por completo que era por Teams, me presenté en la oficina 🙈 Al final me la cambiaron para la semana que viene, pero qué vergüenza.

¿Cómo va lo tuyo en Lyon? Cuéntame cuando puedas.

Besos,
Lucía
""")

m("other", "parcel_delayed_fr", "fr", "", "",
  "Colis Express <ne-pas-repondre@colis-express.example.fr>",
  "Votre colis 6A123456789 est retardé",
  """
Bonjour,

Malheureusement, la livraison de votre colis n° 6A123456789 est retardée en raison d'un incident sur notre plateforme logistique.

Nouvelle date de livraison estimée : jeudi 26 février.

Suivez votre colis : https://www.colis-express.example.fr/suivi/6A123456789

Nous vous prions de nous excuser pour la gêne occasionnée.
""", fmt="html", style="ats")

m("other", "order_delayed_en", "en", "", "",
  "Nordic Home Store <orders@nordichome.example.com>",
  "Update on your order #NH-558201",
  """
Hi Camille,

Unfortunately your order #NH-558201 (Oak desk, 140 cm) is delayed. Our supplier has informed us of a production issue and we now expect to dispatch it on 12 March.

We're sorry for the wait. If you'd prefer to cancel, reply to this email and we'll refund you in full.

Nordic Home Store Customer Care
""", fmt="alt")

m("other", "dhl_sendung_verzoegert", "de", "", "",
  "DHL Paket <noreply@dhl.example.de>",
  "Ihre Sendung verzögert sich",
  """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung.

Voraussichtliche Zustellung: Montag, 2. März 2026.

Sendungsverfolgung: https://www.dhl.example.de/sendungsverfolgung

Ihr DHL Team
""", fmt="html", style="ats")

m("other", "gps_position_shared", "en", "", "",
  "Find My Device <no-reply@accounts.example.com>",
  "Your device's last known position",
  """
Hi Camille,

You asked to locate your phone "Pixel de Camille". Its last known position was recorded at 18:42 near Place Bellecour, 69002 Lyon (accuracy 20 m).

View on map: https://myaccount.example.com/find/device/88

If you didn't request this, secure your account.
""")

m("other", "strava_position_fr", "fr", "", "",
  "Garmin Connect <noreply@garmin.example.com>",
  "LiveTrack : suivez la position de Julie en direct",
  """
Julie Bertrand a démarré une activité et vous invite à suivre sa position en direct.

Activité : Course à pied – Parc de la Tête d'Or
Suivre en direct : https://livetrack.garmin.example.com/session/ab12

Vous recevez cet e-mail car Julie vous a ajouté à ses contacts LiveTrack.
""")

m("other", "bank_credit_card_application", "fr", "", "",
  "Banque du Rhône <noreply@banquedurhone.example.fr>",
  "Votre demande de carte Visa Premier a bien été reçue",
  """
Madame Lefèvre,

Nous accusons réception de votre demande de carte Visa Premier effectuée le 3 mars 2026. Votre dossier est en cours d'étude par nos services.

Vous recevrez une réponse sous 5 jours ouvrés. Votre conseiller reste à votre disposition pour toute question.

Banque du Rhône
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="html", style="ats")

m("other", "mortgage_application_refused", "fr", "", "karim.haddad@courtier-habitat.example.fr",
  "Karim Haddad <karim.haddad@courtier-habitat.example.fr>",
  "Votre dossier de prêt",
  """
Bonjour Camille,

J'ai eu le retour de la deuxième banque : malheureusement elle ne donne pas suite à votre demande de prêt pour l'instant, faute de contrat de travail en cours. Elle accepterait de réétudier le dossier dès la fin de votre période d'essai dans un nouveau poste.

On en reparle quand vous aurez du nouveau côté emploi.

Cordialement,
Karim Haddad
Courtier – Habitat Conseil
""")

m("other", "apartment_application_rejected", "fr", "", "gestion.locative@immo-saone.example.fr",
  "Agence Immo Saône <gestion.locative@immo-saone.example.fr>",
  "Votre dossier de location – T2 rue Vendôme",
  """
Madame,

Nous vous remercions pour l'envoi de votre dossier de location concernant l'appartement T2 situé rue Vendôme, Lyon 6e.

Après étude par le propriétaire, nous sommes au regret de vous informer que votre dossier n'a pas été retenu. Le propriétaire a choisi un candidat disposant d'un CDI.

Nous restons à votre disposition pour d'autres biens.

Cordialement,
Le service Gestion locative
Agence Immo Saône
""", fmt="cp1252")

m("other", "rental_application_received", "fr", "", "",
  "DossierFacile <ne-pas-repondre@dossierfacile.example.fr>",
  "Votre dossier a bien été transmis",
  """
Bonjour Camille,

Votre dossier de location a bien été transmis au propriétaire du logement situé 14 rue Paul Bert, Lyon 3e.

Le propriétaire ou son agence reviendra vers vous directement s'il souhaite organiser une visite.

L'équipe DossierFacile
""", fmt="html", style="ats")

m("other", "university_admission_decision_en", "en", "", "",
  "Admissions Office <admissions-noreply@hec-lausanne.example.ch>",
  "Executive Master in Supply Chain - Admission decision",
  """
Dear Ms. Lefèvre,

Thank you for your application to the Executive Master in Global Supply Chain Management, intake September 2026.

After careful review, the Admissions Committee regrets to inform you that we are unable to offer you a place in this year's cohort. The programme was highly competitive.

We encourage you to consider applying again next year.

Admissions Office
""", fmt="alt")

m("other", "university_accepted_fr", "fr", "", "",
  "Scolarité IAE <scolarite-noreply@iae-lyon.example.fr>",
  "Résultat de votre candidature – Master 2 Management des Achats (formation continue)",
  """
Madame,

Nous avons le plaisir de vous informer que votre candidature au Master 2 Management des Achats, en formation continue, a reçu un avis favorable de la commission pédagogique.

Vous devez confirmer votre inscription sur eCandidat avant le 30 mai 2026.

Le service Scolarité
""", fmt="latin1")

m("other", "own_sent_thankyou_fr", "fr", "", "",
  ME, "Merci pour notre entretien",
  """
Bonjour Madame Aubert,

Je tenais à vous remercier pour l'entretien de ce mardi devant le comité, et pour la visite du site de Gerland. Nos échanges ont renforcé ma motivation pour le poste de Responsable Achats Emballages.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Camille Lefèvre
06 00 00 00 00
""", to="Sandrine Aubert <sandrine.aubert@helianthe-labs.example.com>")

m("other", "own_sent_followup_en", "en", "", "",
  ME, "Re: Your case study - Procurement Lead, Lyon hub",
  """
Hi Mette,

Thank you for letting me know, and for the kind words on the segmentation part. I'd very much appreciate the 15-minute feedback call - would Thursday afternoon work?

Best regards,
Camille

On Tue, 10 Feb 2026 at 16:05, Mette Kjær <mette.kjaer@nordhavn-logistics.example.com> wrote:
> Having reviewed all submissions we have decided not to move forward with your application this time.
""", to="Mette Kjær <mette.kjaer@nordhavn-logistics.example.com>")

m("other", "own_sent_cant_attend_es", "es", "", "",
  ME, "Re: Entrevista - Jefe/a de Compras",
  """
Hola:

Muchas gracias por la invitación. El viernes 13 a las 10:30 me viene perfecto, quedo a la espera del enlace.

Un saludo,
Camille Lefèvre
""", to="RRHH Puerto Seco Levante <rrhh@puertosecolevante.example.es>")

m("other", "ooo_recruiter_fr", "fr", "", "anais.roux@orvane-conseil.example.fr",
  "Anaïs Roux | Orvane Conseil <anais.roux@orvane-conseil.example.fr>",
  "Réponse automatique : Candidature Acheteur Projets",
  """
Bonjour,

Je suis absente du bureau jusqu'au lundi 23 février inclus, sans accès à mes e-mails.

Pour toute urgence concernant un process de recrutement en cours, merci de contacter Guillaume Perrin : g.perrin@orvane-conseil.example.fr.

Anaïs Roux
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

m("other", "ooo_hr_en", "en", "", "amelia.grant@kestrelports.example.com",
  "Amelia Grant <amelia.grant@kestrelports.example.com>",
  "Automatic reply: Referee details",
  """
Thank you for your email. I am out of the office until Monday 13 April with limited access to email. For urgent recruitment matters please contact talent@kestrelports.example.com.

Kind regards,
Amelia
""", headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"})

m("other", "ooo_de", "de", "", "jonas.berg@kistenwerk.example.de",
  "Jonas Berg <jonas.berg@kistenwerk.example.de>",
  "Abwesenheitsnotiz: Re: Kennenlernen?",
  """
Hallo,

ich bin bis einschließlich 6. März im Urlaub und lese meine E-Mails nur sporadisch. In dringenden Fällen wende dich bitte an hello@kistenwerk.example.de.

Viele Grüße
Jonas
""", headers={"Auto-Submitted": "auto-replied"})

m("other", "calendar_standup", "en", "", "",
  "Google Calendar <calendar-notification@google.com>",
  "Invitation: Weekly standup - Logistique Solidaire @ Weekly from 09:00 to 09:15 on Monday (CET)",
  """
You have been invited to the following event.

Weekly standup - Logistique Solidaire
When: Weekly from 09:00 to 09:15 on Monday, Central European Time
Joining: https://meet.google.com/abc-defg-hij
Organizer: Paul (association Logistique Solidaire)

Going? Yes - Maybe - No

Invitation from Google Calendar
""", ics={"start": "20260112T080000Z", "end": "20260112T081500Z",
          "summary": "Weekly standup - Logistique Solidaire",
          "organizer": "paul.benoit@logistique-solidaire.example.org", "cn": "Paul Benoit",
          "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}, fmt="alt")

m("other", "calendar_standup_moved", "fr", "", "",
  "Google Agenda <calendar-notification@google.com>",
  "Invitation mise à jour : Point hebdo bénévoles - mardi 17 févr. 2026 9:00 - 9:15",
  """
Cet événement a été modifié.

Point hebdo bénévoles (Logistique Solidaire)
Nouvel horaire : mardi 17 févr. 2026 9:00 – 9:15 (heure normale d'Europe centrale)
Ancien horaire : lundi 16 févr. 2026 9:00 – 9:15

Participer avec Google Meet : https://meet.google.com/abc-defg-hij

Invitation de Google Agenda
""", ics={"start": "20260217T080000Z", "end": "20260217T081500Z",
          "summary": "Point hebdo bénévoles", "organizer": "paul.benoit@logistique-solidaire.example.org",
          "cn": "Paul Benoit", "sequence": "3", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
  fmt="alt")

m("other", "caf_notification", "fr", "", "",
  "CAF <ne-pas-repondre@caf.example.fr>",
  "Un nouveau document est disponible dans votre espace Mon Compte",
  """
Madame LEFEVRE,

Un nouveau courrier est disponible dans votre espace Mon Compte sur caf.fr, rubrique « Mes courriers ».

Pour le consulter, connectez-vous à l'aide de votre numéro allocataire et de votre mot de passe.

Votre Caf
""", fmt="latin1")

m("other", "impots_avis", "fr", "", "",
  "impots.gouv.fr <ne-pas-repondre@dgfip.example.fr>",
  "Votre déclaration de revenus 2025 en ligne est ouverte",
  """
Madame,

Le service de déclaration en ligne des revenus 2025 est ouvert. Vous pouvez déclarer vos revenus jusqu'au 28 mai 2026 minuit (département 69).

Connectez-vous à votre espace particulier sur impots.gouv.fr pour vérifier et compléter votre déclaration.

La Direction générale des Finances publiques
""", fmt="html", style="ats")

m("other", "urssaf_autoentrepreneur", "fr", "", "",
  "Urssaf <noreply@urssaf.example.fr>",
  "Rappel : déclaration de chiffre d'affaires du 1er trimestre",
  """
Bonjour,

Votre déclaration de chiffre d'affaires pour la période de janvier à mars 2026 est à effectuer avant le 30 avril 2026 sur autoentrepreneur.urssaf.fr, même si votre chiffre d'affaires est nul.

L'Urssaf
""")

m("other", "mutuelle_remboursement", "fr", "", "",
  "Mutuelle Horizon Santé <info@horizon-sante.example.fr>",
  "Votre relevé de remboursements est disponible",
  """
Chère adhérente,

Votre relevé de prestations du mois de février 2026 est disponible dans votre espace adhérent.

Montant remboursé : 42,30 €, versé sur votre compte le 05/03/2026.

Votre demande de portabilité de vos droits suite à la fin de votre contrat de travail a bien été prise en compte.

Mutuelle Horizon Santé
""", fmt="cp1252")

m("other", "sncf_train_delayed", "fr", "", "",
  "SNCF Voyageurs <ne-pas-repondre@sncf.example.fr>",
  "Votre train TGV INOUI 6612 est retardé",
  """
Bonjour Camille,

Votre train TGV INOUI 6612 Lyon Part-Dieu → Paris Gare de Lyon du 24/03/2026 est annoncé avec un retard d'environ 35 minutes en raison d'une panne de signalisation.

Nouvelle heure d'arrivée estimée : 10h22.

Vous pourrez peut-être bénéficier d'une compensation G30 : https://www.sncf.example.fr/g30

SNCF Voyageurs
""", fmt="html", style="ats")

m("other", "doctolib_cancel", "fr", "", "",
  "Doctolib <no-reply@doctolib.example.fr>",
  "Votre rendez-vous a été annulé",
  """
Bonjour Camille,

Votre rendez-vous du jeudi 5 mars 2026 à 17:30 avec Dr Sophie Marin (Médecin généraliste) a été annulé par le cabinet.

Motif : absence imprévue du praticien.

Prenez un nouveau rendez-vous en quelques clics : https://www.doctolib.example.fr/medecin-generaliste/lyon/sophie-marin

L'équipe Doctolib
""", fmt="html", style="ats")

m("other", "doctolib_reminder", "fr", "", "",
  "Doctolib <no-reply@doctolib.example.fr>",
  "Rappel : rendez-vous demain à 08:45",
  """
Bonjour Camille,

N'oubliez pas votre rendez-vous demain, mardi 21 avril 2026 à 08:45, avec Cabinet dentaire Bellecour.

En cas d'empêchement, annulez ou déplacez votre rendez-vous afin de libérer le créneau pour un autre patient.

L'équipe Doctolib
""", fmt="html", style="ats")

m("other", "career_newsletter_en_list", "en", "", "",
  "The Procurement Brief <hello@procurementbrief.example.com>",
  "Why you got rejected after the final interview (and what to do next)",
  """
THE PROCUREMENT BRIEF - Issue #112

1. Rejected after the final round? You're not alone
Hiring managers tell us the most common reason they decide to "move forward with other candidates" is not skills but timing. We break down what to ask for in a feedback call.
https://procurementbrief.example.com/p/rejected-final-round

2. Missed an interview? How to recover gracefully
A short, honest apology and two new time slots go a long way.
https://procurementbrief.example.com/p/missed-interview

3. Salary survey 2026: category managers up 4%
https://procurementbrief.example.com/p/salary-2026

You're receiving this because you subscribed at procurementbrief.example.com. Unsubscribe: https://procurementbrief.example.com/unsubscribe
""", fmt="alt", style="news", headers={**LIST, "List-Id": "The Procurement Brief <brief.procurementbrief.example.com>"})

m("other", "karriere_newsletter_de", "de", "", "",
  "karriere-kompass <newsletter@karriere-kompass.example.de>",
  "Absage erhalten? So nutzen Sie das Feedback",
  """
Liebe Leserin, lieber Leser,

eine Absage nach dem Vorstellungsgespräch ist frustrierend. In dieser Ausgabe zeigen wir, wie Sie höflich um Feedback bitten und warum "Wir haben uns für einen anderen Kandidaten entschieden" selten etwas über Ihre Qualifikation aussagt.

Außerdem: Gehaltsverhandlung im Einkauf - die wichtigsten Zahlen 2026.

Zum Artikel: https://www.karriere-kompass.example.de/absage-feedback

Newsletter abbestellen: https://www.karriere-kompass.example.de/abmelden
""", fmt="html", style="news", headers={**LIST, "List-Id": "<news.karriere-kompass.example.de>"})

m("other", "infojobs_es_digest", "es", "", "",
  "InfoEmpleo Alertas <alertas@infoempleo.example.es>",
  "Camille, 12 ofertas nuevas de Compras para ti",
  """
Hola Camille,

Estas son las nuevas ofertas que encajan con tu búsqueda "responsable de compras":

Responsable de Compras - Grupo Alcántara Retail - Madrid
https://www.infoempleo.example.es/oferta/1

Comprador/a Internacional - Envíalo - Barcelona (remoto)
https://www.infoempleo.example.es/oferta/2

Gestionar mis alertas: https://www.infoempleo.example.es/alertas
""", fmt="html", style="news", headers=LIST)

m("other", "linkedin_application_viewed", "en", "", "",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Your application was viewed by Meridian Beauty Group",
  """
Camille, your application was viewed

Indirect Procurement Manager - Paris
Meridian Beauty Group · Paris, Île-de-France

Your application was viewed by the hiring team. Applicants who follow the company are 2x more likely to hear back.

View job: https://www.linkedin.com/comm/jobs/view/4100000099
""", fmt="html", style="news", headers=LIST)

m("other", "webinar_interview_skills", "fr", "", "",
  "Jobaffinity Events <events@jobaffinity.fr>",
  "Webinar jeudi : décrocher l'entretien (et ne pas le rater)",
  """
Bonjour Camille,

Jeudi 19 mars à 12h30, notre coach carrière animera un webinar de 45 minutes : « De la candidature à l'entretien : les 10 erreurs qui font passer à côté d'un poste ».

Au programme : relancer sans harceler, préparer une étude de cas, que faire si l'entretien est annulé ou reporté.

Je m'inscris : https://events.jobaffinity.fr/webinar/entretien

À jeudi !
""", fmt="html", style="news", headers=LIST)

m("other", "forwarded_job_posting", "fr", "", "paul.benoit@logistique-solidaire.example.org",
  "Paul Benoit <paul.benoit@logistique-solidaire.example.org>",
  "Tr: Offre acheteur senior - pour toi ?",
  """
Salut Camille,

Un ami m'a transmis ça, ça pourrait t'intéresser. Je connais vaguement le DRH si tu veux que je fasse un mot.

Paul

---------- Forwarded message ---------
De : Recrutement Verger du Sud <recrutement@vergerdusud.example.fr>
Date : lun. 2 mars 2026 à 11:04
Objet : Offre acheteur senior fruits & légumes
À : <reseau@verger-partenaires.example.fr>

Bonjour à tous,
Nous recrutons un(e) acheteur senior fruits et légumes en CDI, basé à Cavaillon. Merci de faire circuler auprès de vos réseaux.
Candidatures : recrutement@vergerdusud.example.fr
""")

m("other", "reference_request_for_excolleague", "fr", "", "r.lambert@alizes-retail.example.fr",
  "Romain Lambert <r.lambert@alizes-retail.example.fr>",
  "Prise de références - Thomas Vidal",
  """
Bonjour Madame Lefèvre,

Thomas Vidal, avec qui vous avez travaillé chez votre précédent employeur, est actuellement en fin de processus de recrutement chez nous pour un poste de planificateur. Il vous a cité comme référence.

Auriez-vous 15 minutes cette semaine pour un échange téléphonique à son sujet ? Je suis joignable au 04 00 00 00 00.

Merci par avance,
Romain Lambert
Responsable RH – Alizés Retail
""")

m("other", "insurance_application_received", "fr", "", "",
  "Assurances Rhodanienne <service.client@rhodanienne.example.fr>",
  "Votre demande d'adhésion habitation a bien été enregistrée",
  """
Madame,

Nous vous confirmons la bonne réception de votre demande d'adhésion à notre contrat Multirisque Habitation pour le logement situé à Lyon 3e.

Votre attestation d'assurance vous sera adressée sous 48 heures.

Assurances Rhodanienne – Service clients
""")

m("other", "wttj_profile_nudge", "fr", "", "",
  "Welcome to the Jungle <hello@welcometothejungle.com>",
  "Camille, 5 entreprises ont consulté votre profil cette semaine",
  """
Votre profil attire l'attention 👀

5 entreprises ont consulté votre profil cette semaine, dont Lumière Retail et Popote.

Complétez votre profil à 100 % pour apparaître en priorité dans les recherches des recruteurs.

Compléter mon profil : https://www.welcometothejungle.com/fr/me/profile
""", fmt="html", style="news", headers=LIST)

m("other", "agency_salary_guide", "en", "", "",
  "TalentBridge Recruitment <marketing@talentbridge.example.co.uk>",
  "Your 2026 Procurement & Supply Chain Salary Guide is here",
  """
Hi Camille,

Our 2026 Salary Guide is out! Discover what procurement professionals are earning across the UK, France and Benelux, which skills are in demand and what candidates want from employers.

Download the guide: https://www.talentbridge.example.co.uk/salary-guide-2026

Looking for your next role? Register with one of our specialist consultants.

TalentBridge Recruitment
Unsubscribe | Manage preferences
""", fmt="html", style="news", headers=LIST)

m("other", "mentoring_programme_selected", "en", "", "mentoring@cips-france.example.org",
  "Women in Procurement France <mentoring@cips-france.example.org>",
  "Mentoring programme 2026 - you've been matched!",
  """
Dear Camille,

Thank you for applying to the 2026 Women in Procurement mentoring programme. We're happy to let you know that you have been matched with a mentor, Hélène Caradec (CPO, retail sector).

Hélène will reach out to set up your first session in the coming weeks.

Best wishes,
The Mentoring Committee
""")

# ----------------------------------------------------------------------------- late additions
m("interview_invitation", "spanish_chain_escribio", "es", "Terminal Marítima del Turia", "p.ferrer@tmturia.example.es",
  "Pilar Ferrer <p.ferrer@tmturia.example.es>",
  "RE: Candidatura Responsable de Aprovisionamiento",
  """
Buenos días Camille,

Gracias por su rápida respuesta. Le confirmo entonces la entrevista presencial el martes 21 de abril a las 12:00 en nuestras oficinas del puerto (edificio de control, 2ª planta). Estarán presentes el director de operaciones y yo misma.

Si necesita alojamiento en Valencia, nuestra agencia de viajes puede gestionarlo.

Un cordial saludo,

Pilar Ferrer
Responsable de Selección
Terminal Marítima del Turia
Tel. +34 960 00 00 00

El jue, 9 abr 2026 a las 18:31, Camille Lefèvre (<camille.lefevre@example.org>) escribió:
> Estimada Sra. Ferrer:
> Muchas gracias por su mensaje. Estaría disponible el martes 21 o el miércoles 22 de abril.
> Atentamente,
> Camille Lefèvre
>
> El jue, 9 abr 2026 a las 10:02, Pilar Ferrer (<p.ferrer@tmturia.example.es>) escribió:
>> Estimada Camille, nos gustaría conocerla en persona. ¿Qué disponibilidad tendría la semana del 20 de abril?
""", fmt="cp1252")

m("interview_invitation", "forwarded_by_assistant", "fr", "Coopérative Laitière des Monts", "isabelle.brun@coop-monts.example.fr",
  "Isabelle Brun <isabelle.brun@coop-monts.example.fr>",
  "TR: Entretien acheteur - candidature C. Lefèvre",
  """
Bonjour Madame Lefèvre,

Je suis l'assistante de M. Chabert. Je vous transfère son message ci-dessous : il souhaite vous rencontrer. Pouvez-vous me confirmer si le mercredi 6 mai à 10h vous convient ? L'entretien aura lieu à notre siège d'Aurillac, ou en visio si le déplacement est compliqué.

Bien cordialement,
Isabelle Brun
Assistante de direction – Coopérative Laitière des Monts
04 71 00 00 00

-----Message d'origine-----
De : Jean-Marc Chabert
Envoyé : lundi 27 avril 2026 08:12
À : Isabelle Brun
Objet : candidature C. Lefèvre

Isabelle, le CV de Mme Lefèvre (poste acheteur emballages) est intéressant, peux-tu lui proposer un entretien avec moi la semaine prochaine ? Merci. JMC
""", fmt="latin1")

m("application_received", "hm_reply_your_application", "en", "Tessera Supply", "k.andersen@tessera-supply.example.dk",
  "Karsten Andersen <k.andersen@tessera-supply.example.dk>",
  "Re: your application",
  """
Hi Camille

Thanks, got it. I'm travelling until Thursday but will go through your CV and the cover letter properly next week and come back to you.

Br
Karsten

Sent from my iPhone

> On 20 Apr 2026, at 09:15, Camille Lefèvre <camille.lefevre@example.org> wrote:
>
> Dear Mr Andersen, please find attached my application for the Procurement Manager role in Lyon. Kind regards, Camille Lefèvre
""")

m("offer", "following_up_saas_offer", "en", "Routecraft", "sam.whitford@routecraft.example.io",
  "Sam Whitford <sam.whitford@routecraft.example.io>",
  "Following up",
  """
Hi Camille,

Great speaking earlier! As promised, following up in writing: we'd love for you to join Routecraft as our Procurement Lead (Remote - Europe).

Summary of what we discussed:
- Base: €78,000 gross/year, paid through our French entity
- Equity: 0.08% options, 4-year vesting, 1-year cliff
- Start: 1 June 2026 (flexible)

You'll get the formal offer via DocuSign from our People team tomorrow. Any questions at all, just reply here or grab time on my calendar.

Really excited about this,
Sam
Head of Operations, Routecraft
""", fmt="alt")

m("rejection", "role_cancelled_en_japanese", "en", "Hoshino Cosmetics Europe", "m.watanabe@hoshino-cosmetics.example.com",
  "Mika Watanabe <m.watanabe@hoshino-cosmetics.example.com>",
  "Re: Regional Sourcing Manager - status",
  """
Dear Camille-san,

Thank you very much for your patience and for your kind message.

I am very sorry to inform you that following a decision by our Tokyo head office, the Regional Sourcing Manager position in Paris has been cancelled, and we will not continue the recruitment process. This decision is not related to your profile, which our team evaluated highly.

We sincerely apologize for taking your precious time, and we wish you every success.

Best regards,
Mika Watanabe
HR Manager
Hoshino Cosmetics Europe S.A.S.
""", fmt="qp")

m("other", "own_sent_withdrawal_fr", "fr", "", "",
  ME, "Re: Votre candidature - Acheteur Projets H/F",
  """
Bonjour Anaïs,

Merci beaucoup pour votre suivi. Je viens d'accepter une proposition et je préfère donc retirer ma candidature pour le poste d'Acheteur Projets, afin de ne pas mobiliser votre client inutilement.

Merci encore pour votre accompagnement, je ne manquerai pas de vous recommander.

Bien à vous,
Camille
""", to="Anaïs Roux | Orvane Conseil <anais.roux@orvane-conseil.example.fr>")

# Arrival times (UTC) of the messages whose text or thread fixes a date; the others are spread
# over January-June by a hash of their name.
WHEN = {
    "freight_blunt_mobile": "2026-01-13 08:02", "pharma_after_panel": "2026-02-10 14:31",
    "own_sent_thankyou_fr": "2026-02-03 18:10", "indian_regret_revert": "2026-01-27 05:40",
    "iphone_one_liner": "2026-02-04 16:55", "reply_chain_gmail_cosmetics": "2026-02-12 13:20",
    "outlook_chain_lausanne": "2026-02-18 10:47", "role_cancelled_hospital": "2026-02-20 15:02",
    "hospital_ack_cp1252": "2026-01-15 09:00", "danish_casestudy": "2026-02-10 15:05",
    "own_sent_followup_en": "2026-02-10 19:31", "ics_onsite_lyon": "2026-02-09 11:18",
    "position_frozen_cancel_interview": "2026-02-17 16:40", "agency_exclam": "2026-03-03 09:12",
    "agency_moved_earlier": "2026-03-05 17:26", "hm_terse_missed": "2026-03-09 10:06",
    "agency_offer_exclam": "2026-03-25 14:48", "phone_screen_apec_cabinet": "2026-01-21 10:15",
    "german_vorstellungsgespraech": "2026-02-17 08:30", "german_termin_verschoben": "2026-02-24 12:04",
    "german_zusage": "2026-03-20 09:41", "spanish_entrevista": "2026-03-05 11:22",
    "own_sent_cant_attend_es": "2026-03-05 19:03", "spanish_cancelada": "2026-03-11 16:15",
    "spanish_oferta": "2026-04-15 10:10", "quebec_entrevue_ics": "2026-03-04 14:00",
    "quebec_reporter": "2026-03-16 20:12", "quebec_absent_entrevue": "2026-03-20 14:35",
    "quebec_offre_emploi": "2026-04-20 13:50", "hm_mobile_terse": "2026-01-27 19:02",
    "hm_whatsapp_style": "2026-01-30 08:10", "case_study_invite": "2026-02-27 10:33",
    "verbal_followup_fr": "2026-03-27 16:20", "greenhouse_ack": "2026-02-20 07:05",
    "greenhouse_onsite_en": "2026-03-12 15:44", "ats_missed_self_schedule": "2026-03-24 11:00",
    "reply_chain_available": "2026-02-24 08:52", "teams_no_join_en": "2026-03-04 13:21",
    "french_tu_agency_interim": "2026-01-26 17:45", "agency_no_show_worried": "2026-01-30 08:52",
    "references_then_meeting": "2026-03-06 12:12", "onsite_to_remote_and_later": "2026-03-16 09:27",
    "offer_letter_attached_en": "2026-03-30 15:00", "ooo_hr_en": "2026-04-03 08:14",
    "smartrecruiters_ack_bank": "2026-02-16 21:03", "smartrecruiters_video": "2026-03-02 10:00",
    "personio_ack_de": "2026-02-18 12:30", "german_casual_call": "2026-02-25 09:58",
    "ooo_de": "2026-02-27 10:01", "german_nicht_erschienen": "2026-03-10 10:20",
    "geneva_second_round": "2026-03-02 13:36", "geneva_annulation_candidat_retenu_process": "2026-03-05 08:44",
    "swiss_contract_to_sign": "2026-04-14 09:05", "casablanca_en": "2026-03-10 11:16",
    "outlook_missed_casablanca": "2026-03-16 10:41", "calendly_recruiter_fr": "2026-02-02 09:37",
    "move_to_friday_fr": "2026-02-04 17:50", "tried_calling_fr": "2026-02-06 09:20",
    "outlook_invite_ics_brussels": "2026-02-23 14:05", "ics_cancel_outlook": "2026-02-27 07:58",
    "next_round_lever": "2026-02-11 17:02", "hm_sick_en": "2026-02-19 08:05",
    "goodtime_panel": "2026-02-24 16:00", "goodtime_reschedule": "2026-03-03 12:00",
    "linkedin_application_viewed": "2026-02-12 06:45", "teamtailor_selfbook_fr": "2026-03-09 10:30",
    "teamtailor_cancelled": "2026-03-16 07:15", "quick_chat_en": "2026-02-03 10:11",
    "danish_new_slot": "2026-02-05 07:49", "indian_ack_kindly": "2026-02-12 04:20",
    "indian_en_kindly": "2026-02-24 06:10", "indian_postponed": "2026-03-03 05:55",
    "workday_ack_en": "2026-02-09 22:14", "workday_selfschedule": "2026-02-25 13:02",
    "talentsoft_ack_volume": "2026-02-23 11:11", "personality_test_step": "2026-03-06 15:25",
    "port_filled_replyto": "2026-02-02 10:00", "promesse_embauche_ports": "2026-04-10 14:12",
    "british_shant": "2026-01-23 16:40", "conditional_offer_uk": "2026-04-28 15:33",
    "pleased_to_offer_indian": "2026-03-23 07:30", "brazilian_en_missed": "2026-02-16 14:20",
    "brazilian_en_soft": "2026-03-02 13:05", "spanish_no_conectaste": "2026-02-09 15:20",
    "spanish_startup_casual": "2026-02-26 10:44", "quebec_ack": "2026-01-12 15:00",
    "quebec_retenu": "2026-02-13 19:25", "teamtailor_ack_tu": "2026-01-08 09:03",
    "teamtailor_biscuits": "2026-01-22 13:10", "taleo_ack_rail": "2026-01-19 23:01",
    "taleo_rail": "2026-02-23 05:12", "wttj_ack": "2026-02-02 20:31", "wttj_popote": "2026-02-19 09:09",
    "lever_ack_short": "2026-01-14 18:22", "lever_saas_replyto": "2026-02-25 16:03",
    "spanish_ack": "2026-01-20 12:00", "spanish_formal": "2026-03-10 08:15",
    "icims_ack_moroccan_en": "2026-04-02 10:30", "moroccan_phosphate_fr": "2026-02-06 11:50",
    "jobaffinity_ack": "2026-01-16 14:40", "agency_relay_cheese": "2026-03-13 10:05",
    "agency_registered": "2026-02-11 09:12", "ooo_recruiter_fr": "2026-02-16 08:01",
    "public_body_ack_fr": "2026-01-14 16:22", "francetravail_rdv_conseiller": "2026-02-06 05:00",
    "francetravail_actualisation": "2026-02-28 05:00", "podcast_interview_en": "2026-03-11 17:30",
    "parcel_delayed_fr": "2026-02-23 07:12", "order_delayed_en": "2026-03-02 13:40",
    "dhl_sendung_verzoegert": "2026-02-26 06:30", "bank_credit_card_application": "2026-03-04 08:00",
    "mortgage_application_refused": "2026-03-18 17:05", "calendar_standup": "2026-01-09 18:00",
    "calendar_standup_moved": "2026-02-13 11:20", "impots_avis": "2026-04-09 06:00",
    "urssaf_autoentrepreneur": "2026-04-02 06:30", "mutuelle_remboursement": "2026-03-06 04:15",
    "sncf_train_delayed": "2026-03-24 06:41", "doctolib_cancel": "2026-03-03 12:02",
    "doctolib_reminder": "2026-04-20 16:00", "webinar_interview_skills": "2026-03-12 08:00",
    "forwarded_job_posting": "2026-03-03 20:14", "university_admission_decision_en": "2026-05-12 14:00",
    "university_accepted_fr": "2026-05-06 09:30", "apec_newsletter": "2026-02-02 06:10",
    "spanish_chain_escribio": "2026-04-10 07:44", "forwarded_by_assistant": "2026-04-28 09:05",
    "hm_reply_your_application": "2026-04-20 11:02", "following_up_saas_offer": "2026-05-18 16:37",
    "ashby_ack_en": "2026-04-22 08:00", "role_cancelled_en_japanese": "2026-03-19 02:15",
    "own_sent_withdrawal_fr": "2026-05-20 18:40",
}


if __name__ == "__main__":
    main()
