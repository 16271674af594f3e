"""Writes the 42nd labelled corpus: Camille Nguyen-Lefèvre's inbox, January to October 2026.

Run `python tests/corpus_fortysecond/make_fortysecond.py` to rewrite every .eml and labels.csv
from the messages below. Standard library only; no classifier code is imported or read. Each
message is written out by hand (no templates with names swapped); the builder only supplies
MIME structure, encodings, quoted reply chains and calendar parts.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CANDIDATE = ("Camille Nguyen-Lefèvre", "camille.nguyen@example.com")
PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))


@dataclass
class Mail:
    """One message and its labels; `when` is 'YYYY-MM-DD HH:MM' in the sender's zone."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    when: str
    body: str
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = CANDIDATE
    fmt: str = "plain"  # plain | html | alt
    cte: str = "qp"  # qp | b64 | 8bit
    charset: str = "utf-8"
    quote: tuple[str, str, str, str] | None = None  # style, who, when, text
    ics: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    html_body: str | None = None
    attachment: str | None = None
    offset: int = 0  # hours from UTC; 0 means Paris time by date


def _zone(mail: Mail, moment: datetime) -> timezone:
    if mail.offset:
        return timezone(timedelta(hours=mail.offset))
    summer = datetime(2026, 3, 29) <= moment < datetime(2026, 10, 25)
    return PARIS_SUMMER if summer else PARIS_WINTER


def _addr(pair: tuple[str, str], charset: str = "utf-8") -> str:
    return formataddr(pair, charset=charset) if pair[0] else pair[1]


_QUOTE_INTRO = {
    "gmail_en": "On {day}, {who} wrote:",
    "gmail_fr": "Le {day}, {who} a écrit :",
    "gmail_es": "El {day}, {who} escribió:",
    "gmail_de": "Am {day} schrieb {who}:",
}


def _quoted(mail: Mail) -> str:
    style, who, when, text = mail.quote or ("", "", "", "")
    if style == "outlook_en":
        head = f"From: {who}\nSent: {when}\nTo: {mail.sender[0]}\nSubject: {mail.subject}\n\n"
        return "\n\n-----Original Message-----\n" + head + text.strip() + "\n"
    if style == "outlook_fr":
        head = f"De : {who}\nEnvoyé : {when}\nÀ : {mail.sender[0]}\nObjet : {mail.subject}\n\n"
        return "\n\n________________________________\n" + head + text.strip() + "\n"
    intro = _QUOTE_INTRO[style].format(day=when, who=who)
    lines = "\n".join(("> " + line).rstrip() for line in text.strip().splitlines())
    return f"\n\n{intro}\n{lines}\n"


def _to_html(text: str) -> str:
    """A bulk-mailer style rendering: a layout table, inline styles, tracked links."""
    rows = []
    for para in text.strip().split("\n\n"):
        escaped = html.escape(para).replace("\n", "<br>\n")
        escaped = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://click.mail.example.net/ls/click?upn={hashlib.md5(m.group(1).encode()).hexdigest()}" style="color:#1a5fb4">{m.group(1)}</a>',
            escaped,
        )
        rows.append(f'<tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#222;padding:6px 24px">{escaped}</td></tr>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" style="background:#ffffff;border:1px solid #e0e0e0">\n'
        + "\n".join(rows)
        + '\n</table></td></tr></table>\n<img src="https://t.mail.example.net/o/1x1.gif" width="1" height="1" alt="">\n</body></html>\n'
    )


def _text_part(text: str, subtype: str, mail: Mail) -> MIMEText:
    charset = Charset(mail.charset)
    charset.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[mail.cte]
    return MIMEText(text, subtype, charset)


def _ics(mail: Mail, stamp: datetime) -> MIMEText:
    spec = dict(mail.ics or {})
    method = spec.pop("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{spec.pop('uid')}", f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{spec.pop('start')}", f"DTEND:{spec.pop('end')}",
        f"SUMMARY:{spec.pop('summary')}",
        f"ORGANIZER;CN={mail.sender[0]}:mailto:{spec.pop('organizer', mail.sender[1])}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE[1]}",
    ]
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += [f"{key.upper()}:{value}" for key, value in spec.items()]
    lines += ["SEQUENCE:" + ("1" if method == "CANCEL" else "0"), "END:VEVENT", "END:VCALENDAR", ""]
    part = MIMEText("\r\n".join(lines), "calendar", "utf-8")
    part.set_param("method", method)
    return part


def build(mail: Mail, number: int) -> bytes:
    """The message as bytes, ready to be written to an .eml file."""
    moment = datetime.strptime(mail.when, "%Y-%m-%d %H:%M")
    stamp = moment.replace(tzinfo=_zone(mail, moment))
    text = mail.body.strip("\n") + "\n" + (_quoted(mail) if mail.quote else "")
    html_text = mail.html_body or _to_html(text)
    root: Message
    if mail.fmt == "plain":
        root = _text_part(text, "plain", mail)
    elif mail.fmt == "html":
        root = _text_part(html_text, "html", mail)
    else:
        root = MIMEMultipart("alternative")
        root.attach(_text_part(text, "plain", mail))
        root.attach(_text_part(html_text, "html", mail))
    if mail.ics:
        if mail.fmt == "alt":
            root.attach(_ics(mail, stamp))
        else:
            wrapper = MIMEMultipart("mixed")
            wrapper.attach(root)
            wrapper.attach(_ics(mail, stamp))
            root = wrapper
    if mail.attachment:
        wrapper = MIMEMultipart("mixed")
        wrapper.attach(root)
        pdf = MIMEBase("application", "pdf")
        pdf.set_payload(b"%PDF-1.4\n% corpus placeholder\n%%EOF\n")
        encoders.encode_base64(pdf)
        pdf.add_header("Content-Disposition", "attachment", filename=mail.attachment)
        wrapper.attach(pdf)
        root = wrapper
    domain = mail.sender[1].rsplit("@", 1)[1]
    digest = hashlib.sha1(f"{number}{mail.scenario}".encode()).hexdigest()[:16]
    root["Message-ID"] = f"<{digest}.{number:03d}@{domain}>"
    root["Date"] = format_datetime(stamp)
    root["From"] = _addr(mail.sender, mail.charset)
    root["To"] = _addr(mail.to)
    if mail.reply_to:
        root["Reply-To"] = _addr(mail.reply_to)
    needs_encoding = any(ord(ch) > 127 for ch in mail.subject)
    root["Subject"] = Header(mail.subject, mail.charset).encode() if needs_encoding else mail.subject
    if mail.quote or mail.subject.lower().startswith(("re:", "tr:", "aw:", "fwd:", "rv:")):
        parent = f"<CAM{digest[::-1]}{number:03d}@mail.example.com>"
        root["In-Reply-To"] = parent
        root["References"] = f"<first.{digest[:8]}@mail.example.com> {parent}"
    for key, value in mail.headers.items():
        root[key] = value
    for index, part in enumerate(root.walk()):
        if part is not root:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{index}_{digest}")
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False).flatten(root)
    return buffer.getvalue()


def write(mails: list[Mail]) -> None:
    """Rewrites every message file and labels.csv from `mails`."""
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, mail in enumerate(mails, start=1):
        rel = f"{mail.kind}/{number:03d}_{mail.scenario}.eml"
        (ROOT / mail.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(mail, number))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["file", "kind", "company", "contact", "language"])
        out.writerows(rows)


MAILS: list[Mail] = []


def m(*args: object, **kwargs: object) -> None:
    """Adds one message (same arguments as Mail)."""
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


R, II, RC, MI, AR, OF, OT = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)

# ---------------------------------------------------------------- rejections
m(R, "workday_maison_verlaine", "fr", "Maison Verlaine", "",
  ("Maison Verlaine Recrutement", "maisonverlaine@myworkday.com"),
  "Votre candidature - Chef de projet contenu digital (R-20417)", "2026-01-19 18:02",
  """Bonjour Camille,

Nous vous remercions de l'intérêt que vous portez à Maison Verlaine et pour votre candidature au poste de Chef de projet contenu digital (R-20417).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons vos informations dans notre base de talents et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent Acquisition
Maison Verlaine

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
  fmt="html", headers={"Auto-Submitted": "auto-generated"})

m(R, "mobile_terse_hm", "fr", "Studio Brique", "thomas@studiobrique.example.fr",
  ("Thomas Garnier", "thomas@studiobrique.example.fr"), "Re: candidature UX writer", "2026-01-22 21:47",
  """Bonjour Camille, merci pour l'échange de mardi. On part finalement sur un profil plus junior pour des raisons de budget, désolé. Bonne continuation !

Thomas

Envoyé de mon iPhone""",
  quote=("gmail_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "mar. 20 janv. 2026 à 19:12",
         "Bonjour Thomas,\nMerci encore pour notre échange de cet après-midi, ravie d'en savoir plus sur Studio Brique.\nBelle soirée,\nCamille"),
  cte="8bit")

m(R, "cabinet_relay_client", "fr", "Groupe Hélios Assurances", "a.mercier@talentis-conseil.example.fr",
  ("Aurélie Mercier", "a.mercier@talentis-conseil.example.fr"), "Retour - poste Responsable communication interne", "2026-02-03 11:15",
  """Bonjour Camille,

Je reviens vers vous suite à votre entretien avec Mme Roux chez notre client, le Groupe Hélios Assurances.

Malgré la qualité de votre parcours et un échange qu'elle a trouvé très agréable, elle a fait le choix de poursuivre avec une candidate disposant d'une expérience plus longue en environnement mutualiste. Je sais que ce n'est pas la réponse que vous espériez.

Je garde bien évidemment votre profil en tête pour d'autres missions, n'hésitez pas à me tenir au courant de vos démarches.

Bien à vous,

Aurélie Mercier
Consultante senior - Talentis Conseil
01 84 25 63 17 | 06 71 22 09 48
www.talentis-conseil.example.fr""", charset="iso-8859-1")

m(R, "taleo_after_test", "fr", "Banque Ardent", "",
  ("Banque Ardent - Carrières", "noreply-carrieres@banqueardent.taleo.net"),
  "Banque Ardent : suite donnée à votre candidature", "2026-02-05 09:30",
  """Madame,

Nous faisons suite à votre participation aux tests en ligne (cas pratique rédactionnel et test de personnalité) dans le cadre de votre candidature au poste de :

   Chargé(e) de communication éditoriale - Réf. 26000312

Nous avons le regret de vous informer que les résultats obtenus ne nous permettent pas de donner une suite favorable à votre candidature.

Cette décision ne remet pas en cause vos compétences et nous vous encourageons à consulter régulièrement nos offres.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Banque Ardent

--------------------------------------------------------------
Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation non autorisée est interdite. Banque Ardent SA au capital de 312 000 000 EUR - RCS Paris 552 000 111.""",
  charset="windows-1252", headers={"X-Mailer": "Taleo Business Edition"})

m(R, "role_cancelled_mairie", "fr", "Ville de Villeurbanne-sur-Rhône", "recrutement@villeurbanne-rhone.example.fr",
  ("Service Recrutement", "recrutement@villeurbanne-rhone.example.fr"), "Offre n°2026-044 - Chargé de communication numérique", "2026-02-10 14:20",
  """Madame Nguyen-Lefèvre,

Vous avez fait acte de candidature pour le poste de chargé(e) de communication numérique (catégorie A, filière administrative) et nous vous en remercions.

Nous vous informons que, suite à une réorganisation de la Direction de la communication, ce recrutement est suspendu et la procédure est close. Aucune suite ne pourra donc être donnée à votre candidature.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour le Maire et par délégation,
La Directrice des Ressources Humaines
Ville de Villeurbanne-sur-Rhône
Tél. 04 72 00 00 00""")

m(R, "teamtailor_short", "fr", "Nuage Bleu", "",
  ("Nuage Bleu", "no-reply@teamtailor.example.com"), "Ta candidature chez Nuage Bleu", "2026-02-12 16:41",
  """Hello Camille,

Merci d'avoir postulé pour le poste de Content Designer chez Nuage Bleu 💙

On a reçu énormément de candidatures et on a dû faire des choix difficiles : on ne va pas aller plus loin avec ton profil cette fois-ci.

On te souhaite le meilleur pour la suite,
La team Nuage Bleu""", fmt="alt")

m(R, "after_jury_region", "fr", "Région Hauts-de-Flandre", "m.dubreucq@hautsdeflandre.example.fr",
  ("DUBREUCQ Marion", "m.dubreucq@hautsdeflandre.example.fr"), "Suite de votre audition du 17 février", "2026-02-24 10:05",
  """Madame,

Je vous remercie de vous être présentée devant le jury de recrutement le 17 février dernier pour le poste de responsable éditoriale.

Après délibération, le jury a retenu un autre candidat. Il a toutefois souligné la clarté de votre présentation et la pertinence de vos propositions sur la refonte du magazine régional.

Je reste à votre disposition si vous souhaitez un retour plus détaillé.

Cordialement,

Marion Dubreucq
Chargée de recrutement - Direction des Ressources Humaines
Région Hauts-de-Flandre
03 20 00 00 00
--
Avant d'imprimer, pensez à l'environnement.""", charset="iso-8859-1")

m(R, "successfactors_odd", "fr", "Lumière Cosmétiques", "",
  ("Lumière Cosmétiques", "careers@successfactors.example.eu"),
  "Mise à jour de votre candidature / Update on your application", "2026-03-02 07:58",
  """*** English version below ***

Chère Camille,

Merci pour votre candidature au poste de Product Marketing Manager – Skincare (Job Req ID: 48812).

Nous avons examiné votre profil avec attention. Nous avons toutefois décidé de donner suite à d'autres candidatures dont le profil correspond davantage aux exigences du poste.

Cordialement,
Talent Acquisition Lumière Cosmétiques

***

Dear Camille,

Thank you for applying to the Product Marketing Manager – Skincare position (Job Req ID: 48812). After careful review we have decided to move forward with other candidates whose profiles more closely match the requirements.

Kind regards,
Lumière Cosmétiques Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.""", fmt="alt", cte="b64")

m(R, "tu_startup_after_take_home", "fr", "Pépite", "lea@pepite.example.io",
  ("Léa de Pépite", "lea@pepite.example.io"), "Ton exercice de rédaction", "2026-03-06 19:20",
  """Salut Camille,

Merci beaucoup pour le temps passé sur l'exercice, on a vraiment apprécié ta proposition pour l'onboarding.

Honnêtement ça s'est joué à peu de choses, mais on a choisi d'avancer avec une autre personne qui avait déjà bossé sur une app de paiement. Je préfère te le dire franchement plutôt que de te laisser sans nouvelles.

Si tu veux un retour détaillé sur ton exercice, dis-moi, je te fais ça avec plaisir.

Belle soirée,
Léa
Head of Product, Pépite""", cte="8bit")

m(R, "belgian_ngo", "fr", "Solidarités Nord-Sud", "rh@solidarites-nordsud.example.be",
  ("Ressources humaines - SNS", "rh@solidarites-nordsud.example.be"), "Candidature Chargé·e de plaidoyer et communication", "2026-03-11 12:32",
  """Chère Madame,

Nous avons bien pris connaissance de votre candidature et vous remercions de l'intérêt porté à notre ONG.

Nous avons reçu plus de 200 candidatures pour ce poste. Après examen, nous sommes au regret de ne pas pouvoir vous inviter à la phase d'entretiens.

Nous vous remercions pour votre engagement et vous souhaitons bonne chance.

Bien cordialement,

Sophie Vandenbroucke
Responsable RH
Solidarités Nord-Sud asbl
Rue de la Loi 00, 1000 Bruxelles
+32 2 000 00 00""")

m(R, "hellowork_ats", "fr", "Maison Castel", "",
  ("Maison Castel via HelloWork", "ne-pas-repondre@hellowork.example.com"),
  "Réponse à votre candidature : Responsable communication (H/F) - Bordeaux", "2026-03-18 08:14",
  """Bonjour Camille Nguyen-Lefèvre,

La société Maison Castel a consulté votre candidature au poste de Responsable communication (H/F) à Bordeaux.

Message du recruteur :
« Bonjour, nous vous remercions pour votre candidature. Malheureusement, votre profil ne correspond pas à nos besoins actuels. Bonne continuation. »

Retrouvez des milliers d'offres sur HelloWork.
Vous recevez cet e-mail car vous avez postulé via HelloWork. Gérer mes notifications""", fmt="html",
  headers={"List-Unsubscribe": "<https://www.hellowork.example.com/unsubscribe?u=3321>"})

m(R, "geneva_formal_after_rh", "fr", "Banque Privée Rochat & Cie", "valerie.bonvin@rochat-cie.example.ch",
  ("Valérie Bonvin", "valerie.bonvin@rochat-cie.example.ch"), "Votre candidature", "2026-04-08 17:10",
  """Madame,

Nous revenons vers vous suite à votre entretien RH du 1er avril.

Nous avons apprécié l'échange, néanmoins nous avons décidé de poursuivre le processus avec un profil dont l'expérience du secteur bancaire privé correspond plus étroitement aux attentes du poste. Nous ne sommes par conséquent pas en mesure de donner une suite favorable à votre candidature.

Nous vous remercions de l'intérêt manifesté envers notre établissement et vous adressons, Madame, nos meilleures salutations.

Valérie Bonvin
Talent Acquisition Partner
Banque Privée Rochat & Cie SA
Quai de l'Ile 00 - 1204 Genève
T +41 22 000 00 00

Ce message est confidentiel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.""",
  charset="iso-8859-1", cte="qp")

m(R, "quebec_agency", "fr", "Boréal Médias", "j.tremblay@borealmedias.example.ca",
  ("Julie Tremblay", "j.tremblay@borealmedias.example.ca"), "Suivi - poste de conceptrice-rédactrice UX", "2026-04-15 15:44",
  """Bonjour Camille,

Merci d'avoir pris le temps de nous rencontrer en visio la semaine passée, c'était bien plaisant.

Malheureusement, on ne pourra pas aller de l'avant avec ta candidature : l'équipe a besoin de quelqu'un qui peut être sur place à Montréal dès le mois prochain, et les délais pour le permis de travail sont trop longs de notre bord.

Lâche pas, ton portfolio est vraiment solide!

Julie Tremblay
Conseillère principale, acquisition de talents
Boréal Médias
514 000-0000""", offset=-4)

m(R, "one_liner_ceo", "fr", "Graine", "nico@graine.example.fr",
  ("Nicolas", "nico@graine.example.fr"), "Re: Candidature", "2026-05-04 08:03",
  """Hello, désolé pour la réponse tardive, le poste a été pourvu en interne. Bonne chance pour la suite. Nico""",
  quote=("gmail_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "jeu. 16 avr. 2026 à 10:02",
         "Bonjour Nicolas,\nJe me permets de vous relancer concernant ma candidature au poste de responsable marketing produit chez Graine.\nBien à vous,\nCamille"))

m(R, "flatchr_after_manager", "fr", "Éditions du Lac", "",
  ("Éditions du Lac", "notifications@flatchr.example.io"), "Votre candidature chez Éditions du Lac", "2026-06-09 10:47",
  """Bonjour Camille,

Suite à votre entretien avec Hélène Marchal, responsable du pôle numérique, nous sommes au regret de vous annoncer que nous ne donnerons pas suite à votre candidature pour le poste de Responsable marketing digital.

Votre candidature a retenu toute notre attention mais d'autres profils ont été jugés plus proches de nos attentes.

Toute l'équipe des Éditions du Lac vous remercie pour le temps que vous nous avez consacré.

--
Cet e-mail a été envoyé via Flatchr. Merci de ne pas répondre directement.""", fmt="alt")

# English rejections
m(R, "greenhouse_soft", "en", "Tallyworks", "",
  ("Tallyworks Recruiting", "no-reply@us.greenhouse-mail.io"), "Your application to Tallyworks", "2026-01-27 22:11",
  """Hi Camille,

Thanks so much for your interest in the Content Designer role at Tallyworks and for taking the time to apply.

We've reviewed your application and have decided to pursue other candidates whose background more closely aligns with what we need for this position right now.

We really appreciate you considering Tallyworks and wish you all the best in your search.

Best,
The Tallyworks Talent Team""", fmt="html", offset=-5)

m(R, "british_shant", "en", "Harrowgate Publishing", "e.pemberton@harrowgate.example.co.uk",
  ("Eleanor Pemberton", "e.pemberton@harrowgate.example.co.uk"), "Marketing Manager (Digital) - your application", "2026-02-17 13:26",
  """Dear Camille,

Many thanks for your application for the Marketing Manager (Digital) post and for your patience whilst we worked through the shortlisting.

I'm sorry to say that on this occasion we shan't be progressing your application to interview. We had a very strong field and the panel felt other applicants had more direct experience of trade publishing.

Do keep an eye on our vacancies page, and thank you again.

Kind regards,

Eleanor Pemberton
HR Business Partner
Harrowgate Publishing Ltd
Registered in England and Wales No. 00000000. Registered office: 12 Example Row, London WC1 0XX.""", offset=0)

m(R, "indian_regret", "en", "Vasudha Digital", "priya.raman@vasudhadigital.example.in",
  ("Priya Raman", "priya.raman@vasudhadigital.example.in"), "Application Status - Sr. UX Writer (Remote)", "2026-03-04 12:40",
  """Dear Camille,

Greetings from Vasudha Digital!

We regret to inform you that your profile has not been shortlisted for the further rounds of the Sr. UX Writer (Remote) position. The hiring team has gone ahead with candidates having more experience in fintech products.

We will keep your CV in our database and do revert in case any suitable opening arises in future.

Thanks & Regards,
Priya Raman
Talent Acquisition | Vasudha Digital Pvt. Ltd.
Mob: +91 98000 00000""", offset=5)

m(R, "after_panel_italian_owned", "en", "Fratelli Conti Design", "giulia.conti@fratelliconti.example.it",
  ("Giulia Conti", "giulia.conti@fratelliconti.example.it"), "Update", "2026-04-21 18:09",
  """Dear Camille,

thank you again for coming to Milan for the panel interview last week, it was a pleasure to meet you in person.

I am sorry to tell you that in the end we have chosen another candidate for the Brand Content Lead position. It was a difficult decision, the team appreciated very much your presentation about the launch campaign.

I wish you the best for your future and hope our paths will cross again.

Kind regards
Giulia Conti
People & Culture
Fratelli Conti Design S.r.l. - Via Esempio 00, Milano""", offset=2)

m(R, "lever_hold", "en", "Orbitale", "",
  ("Orbitale", "no-reply@hire.lever.co"), "Orbitale - Product Marketing Manager, EMEA", "2026-05-12 16:00",
  """Hi Camille,

I wanted to reach out personally with an update. Following a change in our 2026 priorities, the Product Marketing Manager, EMEA role has been put on hold and we will not be proceeding with the search at this time.

This has nothing to do with your candidacy, and we're sorry we can't take things further. If the role reopens we will let you know.

All the best,
Maya
Recruiting at Orbitale

Sent via Lever""", fmt="alt", offset=-4)

m(R, "australian_short", "en", "Wattle & Gum", "bec@wattleandgum.example.com.au",
  ("Bec Harris", "bec@wattleandgum.example.com.au"), "Re: Senior copywriter - remote", "2026-06-02 09:31",
  """Hey Camille,

Thanks heaps for your time on Monday. Unfortunately we won't be moving forward - the team's gone with someone in AEST hours in the end, the timezone thing was a bit of a sticking point.

Cheers and best of luck,
Bec""", offset=10,
  quote=("gmail_en", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "Mon, 1 Jun 2026 at 19:02",
         "Hi Bec,\nLovely to chat today, thanks for walking me through the role.\nCamille"))

m(R, "agency_relay_en", "en", "Northwind Insurance", "dan.okafor@brightpath-search.example.com",
  ("Dan Okafor", "dan.okafor@brightpath-search.example.com"), "Northwind feedback", "2026-07-07 14:55",
  """Hi Camille,

Hope you're well! Just had feedback from Northwind Insurance on the Content Strategy Manager role - unfortunately they've decided not to take you forward to second stage. Their feedback was really positive on your writing samples but they want someone with regulated-industry comms experience.

Gutted for you, honestly thought it was a great match!! Let's have a catch up this week, I've got a couple of other things that could be interesting.

Dan

Dan Okafor | Senior Consultant, Marketing & Comms
Brightpath Search
M: +44 7700 900000
[Brightpath Search logo]""", offset=1)

m(R, "ashby_very_short", "en", "Quillstack", "",
  ("Quillstack Hiring Team", "no-reply@ashbyhq.com"), "Following up", "2026-08-18 20:03",
  """Hi Camille,

Thanks for your time, but we won't be moving forward with your application for UX Writer.

Best,
Quillstack Hiring Team""", fmt="html", offset=-7)

m(R, "workday_after_interviews_en", "en", "Meridian Health Partners", "",
  ("Meridian Health Partners", "meridianhealth@myworkday.com"),
  "Regarding your application for Senior Content Strategist", "2026-09-15 11:20",
  """Dear Camille,

Thank you for taking the time to interview for the Senior Content Strategist position at Meridian Health Partners. We truly appreciate the time and effort you invested in the process.

After much consideration, we have decided to move forward with another candidate for this role. Please know that this decision was not easy.

We encourage you to continue to explore opportunities with Meridian Health Partners in the future.

Sincerely,
Meridian Health Partners Talent Acquisition

This is an automatically generated message. Replies are not monitored or answered.""", fmt="alt", offset=-4)

# Spanish rejections
m(R, "es_agencia_formal", "es", "Grupo Alcantara Seguros", "lucia.ferrer@talentoiberia.example.es",
  ("Lucía Ferrer", "lucia.ferrer@talentoiberia.example.es"), "Proceso de selección - Responsable de Comunicación", "2026-03-24 13:02",
  """Estimada Camille:

Le agradecemos sinceramente su interés y el tiempo dedicado al proceso de selección para la posición de Responsable de Comunicación en nuestro cliente, Grupo Alcantara Seguros.

Lamentamos comunicarle que, tras valorar todas las candidaturas, el cliente ha optado por continuar con otros perfiles que se ajustan más a las necesidades actuales del puesto.

Guardaremos su currículum para futuros procesos.

Un cordial saludo,

Lucía Ferrer
Consultora de Selección | Talento Iberia
+34 910 000 000""", charset="iso-8859-1")

m(R, "es_casual_startup", "es", "Rumbo", "pablo@rumbo.example.com",
  ("Pablo Ortega", "pablo@rumbo.example.com"), "Re: UX writer freelance -> interno", "2026-07-21 17:39",
  """Hola Camille!

Perdona la tardanza. Al final hemos decidido no abrir la posición este año, nos han recortado presupuesto y lo cubriremos con el equipo actual. Siento no traerte mejores noticias.

Un abrazo y mucha suerte,
Pablo

Enviado desde mi iPhone""", quote=("gmail_es", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "lun, 13 jul 2026 a las 9:41",
         "Hola Pablo,\n¿Hay novedades sobre la posición? Sigo muy interesada.\nUn saludo,\nCamille"))

m(R, "es_smartrecruiters", "es", "Vinícola del Sur", "",
  ("Vinícola del Sur", "noreply@smartrecruiters.com"), "Actualización sobre tu candidatura", "2026-09-02 10:10",
  """Hola Camille,

Gracias por tu interés en el puesto de Brand Manager Internacional en Vinícola del Sur.

Hemos revisado tu candidatura con atención y, aunque tu experiencia es muy interesante, en esta ocasión no vamos a continuar con tu proceso.

Te deseamos mucho éxito.

Equipo de Talento
Vinícola del Sur""", fmt="alt", cte="b64")

# German rejections
m(R, "de_personio_formal", "de", "Kessler & Voss Kommunikation", "",
  ("Kessler & Voss Kommunikation", "jobs-noreply@personio.example.de"), "Ihre Bewerbung als Senior Content Manager (m/w/d)", "2026-02-26 15:30",
  """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Kessler & Voss Kommunikation.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler & Voss Kommunikation GmbH""", charset="iso-8859-1", fmt="alt")

m(R, "de_du_after_case", "de", "Fjord Analytics", "jana@fjord-analytics.example.de",
  ("Jana Albrecht", "jana@fjord-analytics.example.de"), "Kurzes Feedback zur Case Study", "2026-05-28 18:22",
  """Hi Camille,

danke dir nochmal für die Case Study und die Präsentation gestern – hat Spaß gemacht!

Wir haben uns im Team lange beraten und uns am Ende für eine andere Person entschieden, die mehr Erfahrung mit B2B-SaaS mitbringt. Tut mir echt leid, ich weiß, dass du viel Zeit reingesteckt hast.

Wenn du magst, können wir gern 15 Minuten telefonieren und ich gebe dir ausführliches Feedback.

Liebe Grüße
Jana

--
Jana Albrecht | Head of Marketing
Fjord Analytics GmbH | Berlin
+49 30 0000000""", cte="8bit")

m(R, "de_swiss_stelle_besetzt", "de", "Alpenrot Versicherungen", "bewerbung@alpenrot.example.ch",
  ("Alpenrot Versicherungen HR", "bewerbung@alpenrot.example.ch"), "Absage – Kommunikationsspezialist/in 80-100%", "2026-08-06 08:45",
  """Guten Tag Frau Nguyen-Lefèvre

Besten Dank für Ihre Bewerbung als Kommunikationsspezialist/in 80-100 %.

Leider müssen wir Ihnen mitteilen, dass die Stelle inzwischen besetzt wurde. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Beatrice Imhof
HR Business Partner
Alpenrot Versicherungen AG, Zürich""")

# ------------------------------------------------------- interview invitations
m(II, "phone_screen_cabinet", "fr", "Groupe Orsane", "c.lambert@hunteo.example.fr",
  ("Claire Lambert", "c.lambert@hunteo.example.fr"), "Opportunité Responsable contenus - échange téléphonique ?", "2026-01-13 09:52",
  """Bonjour Camille,

Merci pour votre candidature au poste de Responsable contenus & UX writing que je pilote pour le compte du Groupe Orsane (grand groupe de distribution, siège à Lille).

Votre parcours m'intéresse beaucoup. Seriez-vous disponible pour un entretien téléphonique d'une trentaine de minutes cette semaine ? Je vous propose jeudi 15/01 à 11h ou vendredi 16/01 à 14h30.

Au plaisir d'échanger,

Claire Lambert
Chasseuse de têtes - Pôle Marketing & Communication
Hunteo Executive Search
06 12 34 56 78""")

m(II, "calendly_startup_tu", "fr", "Kiosque", "marion@kiosque.example.fr",
  ("Marion Petit", "marion@kiosque.example.fr"), "Ta candidature Content Designer 🙌", "2026-01-20 14:07",
  """Hello Camille !

Merci pour ta candidature, ton portfolio nous a beaucoup plu (surtout la refonte des messages d'erreur, on a adoré).

On aimerait bien faire un premier call de 30 min pour se présenter et en savoir plus sur toi. Tu peux choisir un créneau directement ici : https://calendly.com/marion-kiosque/premier-echange

À très vite,
Marion
Talent @ Kiosque""", fmt="alt")

m(II, "visio_teams_ics", "fr", "Mutuelle Atlantique Santé", "sandrine.guerin@mutuelle-atlantique.example.fr",
  ("GUERIN Sandrine", "sandrine.guerin@mutuelle-atlantique.example.fr"), "Invitation : Entretien visio - Chargée de communication digitale", "2026-01-28 16:30",
  """Bonjour Madame Nguyen-Lefèvre,

Suite à notre échange téléphonique, je vous confirme votre entretien avec Monsieur Bastien Morel, Responsable de la communication, le mardi 3 février à 10h00 en visioconférence (Microsoft Teams).

Rejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_example

Merci de prévoir une pièce d'identité et de vous connecter 5 minutes avant.

Cordialement,
Sandrine Guérin
Chargée de recrutement
Mutuelle Atlantique Santé
02 40 00 00 00""", ics={"uid": "040000008200E00074C5B7101A82E00800000000A1B2C3@mutuelle-atlantique.example.fr",
  "start": "20260203T090000Z", "end": "20260203T100000Z", "summary": "Entretien visio - C. Nguyen-Lefèvre / B. Morel",
  "location": "Réunion Microsoft Teams"}, charset="utf-8")

m(II, "next_stage_case_exercise", "fr", "Sillage", "pauline.roche@sillage.example.fr",
  ("Pauline Roche", "pauline.roche@sillage.example.fr"), "Re: Suite de notre échange", "2026-02-04 12:18",
  """Bonjour Camille,

Bonne nouvelle : l'équipe a été convaincue par notre premier échange et nous aimerions vous faire passer à l'étape suivante !

Il s'agit d'un cas pratique (recommandation de plateforme éditoriale pour un de nos clients du secteur bancaire) que vous viendrez présenter à l'agence devant Jérôme, notre directeur conseil, et moi-même. Comptez 1h30.

Quelles seraient vos disponibilités la semaine du 16 février ?

Belle journée,
Pauline

Pauline Roche | Directrice de clientèle
Sillage - Conseil en communication | 12 rue Exemple, 69002 Lyon""",
  quote=("gmail_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "ven. 30 janv. 2026 à 18:40",
         "Bonjour Pauline,\nMerci pour ce premier échange très riche. Je reste à votre disposition pour la suite.\nCamille"))

m(II, "goodtime_self_schedule", "en", "Lattice Grove", "",
  ("Lattice Grove Recruiting", "scheduling@goodtime.example.io"), "Please select your interview times - Lattice Grove", "2026-02-09 15:00",
  """Hi Camille,

Congratulations on moving forward in the interview process for UX Content Designer at Lattice Grove!

Next up is a 45-minute conversation with the hiring manager, Sam Whitfield. Please choose a time that works for you using the link below. Times are shown in your local time zone.

Select times: https://app.goodtime.example.io/schedule/8f2c1a

If none of the times work, reply to your recruiter directly.

Thanks,
Lattice Grove Recruiting Team""", fmt="html", offset=-8)

m(II, "quick_chat_en_casual", "en", "Moonshot Labs", "dev@moonshotlabs.example.com",
  ("Dev Patel", "dev@moonshotlabs.example.com"), "Quick question", "2026-02-13 10:21",
  """Hey Camille - saw your application come through for the content design role. Would you be free for a quick chat Tuesday or Wed afternoon (your time)? 20 mins, nothing formal.

Dev
Founder, Moonshot Labs""", offset=0)

m(II, "apec_manager_interview", "fr", "Crédit Mutualiste du Centre", "recrutement@cmc.example.fr",
  ("Recrutement CMC", "recrutement@cmc.example.fr"), "Convocation à un entretien", "2026-02-19 11:00",
  """Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable éditoriale web (réf. APEC 178234XYZ) a retenu notre attention.

Nous vous proposons de rencontrer Madame Isabelle Fournier, Directrice Marketing, et Monsieur Paul Besson, Responsable RH, le :

    Lundi 2 mars 2026 à 14h30
    Siège social - 10 avenue Exemple, 45000 Orléans
    Accueil, 3e étage

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Bien cordialement,

Le service Recrutement
Crédit Mutualiste du Centre""", charset="windows-1252")

m(II, "indian_do_revert", "en", "Kavya Infotech", "hr.anita@kavyainfotech.example.in",
  ("Anita Sharma", "hr.anita@kavyainfotech.example.in"), "Interview Schedule || Content Marketing Lead || Kavya Infotech", "2026-02-25 07:45",
  """Dear Candidate,

Greetings of the day!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for the first round of interview (Technical + HR) for the post of Content Marketing Lead.

Kindly share your availability for 3rd or 4th March between 11:00 AM and 4:00 PM IST along with your updated CV, current CTC and notice period.

Please do revert at the earliest.

Thanks & Regards
Anita Sharma
HR Executive
Kavya Infotech Solutions Pvt Ltd""", offset=5)

m(II, "smartrecruiters_panel_fr", "fr", "Maison Delorme", "",
  ("Maison Delorme", "noreply@smartrecruiters.com"), "Maison Delorme : invitation à un entretien", "2026-03-03 09:15",
  """Bonjour Camille,

Nous avons le plaisir de vous inviter à un entretien collectif (panel) pour le poste de Chef de produit marketing – Parfums.

Vous rencontrerez Laure Vasseur (Directrice Marketing), Antoine Perrin (Chef de groupe) et Fanny Lopez (HR Business Partner).

Merci de réserver votre créneau via le lien suivant : https://www.smartrecruiters.com/candidate/schedule/abc123

Nous nous réjouissons de faire votre connaissance.

L'équipe Talent Acquisition de Maison Delorme""", fmt="alt", cte="b64")

m(II, "casablanca_english", "en", "Atlas Pay", "y.benjelloun@atlaspay.example.ma",
  ("Yasmine Benjelloun", "y.benjelloun@atlaspay.example.ma"), "Next steps - Product Marketing Manager", "2026-03-10 13:33",
  """Dear Camille,

Thank you for your interest in joining Atlas Pay. We were impressed by your background and we'd love to move you to the next stage of our process.

The next step is a 1-hour video interview with our CMO, Mehdi Alaoui, and our Head of Product. Would Thursday 12 March at 3pm (Casablanca time) or Friday 13 March at 10am work for you?

Looking forward to hearing from you.

Best regards,
Yasmine Benjelloun
Talent Acquisition Manager
Atlas Pay | Casablanca Finance City
+212 5 22 00 00 00""", offset=1)

m(II, "teamtailor_ics_onsite", "fr", "Oiseau Lyre", "",
  ("Oiseau Lyre", "no-reply@teamtailor.example.com"), "Entretien confirmé avec Oiseau Lyre", "2026-03-13 10:02",
  """Bonjour Camille,

Votre entretien sur site pour le poste de Responsable contenu & communauté est confirmé :

Jeudi 19 mars 2026, 10:00 - 11:30
Oiseau Lyre, 4 quai Exemple, 44000 Nantes

Avec : Romain Chevalier (CEO), Inès Haddad (Lead Design)

L'invitation calendrier est jointe à ce message.

À bientôt,
L'équipe Oiseau Lyre""",
  ics={"uid": "tt-iv-5531@teamtailor.example.com", "start": "20260319T090000Z", "end": "20260319T103000Z",
       "summary": "Entretien sur site - Oiseau Lyre", "location": "4 quai Exemple, 44000 Nantes",
       "organizer": "no-reply@teamtailor.example.com"}, fmt="alt")

m(II, "es_entrevista_telefonica", "es", "Clínica Santa Brígida", "rrhh.seleccion@santabrigida.example.es",
  ("Selección Clínica Santa Brígida", "rrhh.seleccion@santabrigida.example.es"), "Entrevista telefónica - Técnico/a de Comunicación", "2026-03-17 12:12",
  """Buenos días Camille,

Nos ponemos en contacto contigo en relación con tu candidatura para el puesto de Técnico/a de Comunicación.

Nos gustaría realizar una breve entrevista telefónica el próximo jueves 19 de marzo. ¿Te vendría bien a las 10:30 o a las 16:00? Por favor, indícanos también el número de teléfono en el que podemos localizarte.

Un saludo,

Marta Gil
Departamento de Recursos Humanos
Clínica Santa Brígida
Tel. 954 00 00 00""", charset="iso-8859-1")

m(II, "de_zweites_gespraech", "de", "Hanse Medienhaus", "k.brandt@hanse-medienhaus.example.de",
  ("Katrin Brandt", "k.brandt@hanse-medienhaus.example.de"), "Einladung zum Zweitgespräch", "2026-03-26 09:48",
  """Liebe Frau Nguyen-Lefèvre,

vielen Dank für das angenehme Erstgespräch. Wir möchten Sie gerne zu einem zweiten Gespräch in unser Hamburger Büro einladen, um Sie dem Team der Digitalredaktion vorzustellen.

Vorschlag: Mittwoch, 8. April, 13:00 Uhr, Dauer ca. 2 Stunden. Ihre Reisekosten übernehmen wir selbstverständlich.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Herzliche Grüße
Katrin Brandt
Personalreferentin
Hanse Medienhaus GmbH & Co. KG
Tel. +49 40 0000000""", charset="iso-8859-1", fmt="alt")

m(II, "agency_exclamation", "en", "Brackenridge Retail", "sophie@talentforge.example.co.uk",
  ("Sophie Carter", "sophie@talentforge.example.co.uk"), "GREAT NEWS!!", "2026-04-02 16:58",
  """Hi Camille!!

Brilliant news - Brackenridge Retail LOVED your CV and want to meet you!! 🎉

They've offered a first-stage video interview with the Head of Brand, Tom Ellis, next Tuesday 7th April at 11am UK time (12 your time). 45 mins, competency-based plus a chat about your portfolio.

Can you confirm ASAP? I'll send over some prep notes tomorrow!!

Speak soon,
Sophie x

Sophie Carter | Principal Recruiter
TalentForge
07700 900123""", offset=1)

m(II, "lyon_entretien_rh_tel", "fr", "Lyonnaise des Saveurs", "emilie.faure@lyonnaise-saveurs.example.fr",
  ("Emilie Faure", "emilie.faure@lyonnaise-saveurs.example.fr"), "Votre candidature", "2026-04-14 11:27",
  """Bonjour Madame,

J'ai bien reçu votre candidature pour le poste de chargée de marketing éditorial et je souhaiterais échanger avec vous par téléphone afin de faire plus ample connaissance.

Pourriez-vous m'indiquer vos disponibilités pour cette fin de semaine ? Un créneau de 20 à 30 minutes suffira.

Dans l'attente de votre retour,

Emilie Faure
Responsable Ressources Humaines
Lyonnaise des Saveurs - 69007 Lyon
Tél. : 04 78 00 00 00""", cte="8bit")

m(II, "dakar_tu_visio", "fr", "Téranga Tech", "awa.diop@terangatech.example.sn",
  ("Awa Diop", "awa.diop@terangatech.example.sn"), "Entretien visio mercredi ?", "2026-04-22 15:05",
  """Bonjour Camille,

Je suis Awa, responsable des talents chez Téranga Tech. Ta candidature pour le poste de Product Marketing Manager (remote, basé Dakar ou Paris) nous a tapé dans l'œil.

Est-ce que tu serais dispo mercredi 29 avril à 11h (heure de Dakar, donc 13h à Paris) pour un entretien en visio Google Meet avec notre COO ? Lien : https://meet.google.com/abc-defg-hij

Bonne journée,
Awa Diop
Téranga Tech - Dakar, Sénégal""", offset=0)

m(II, "workday_interview_en", "en", "Helix Biotech", "",
  ("Helix Biotech Careers", "helixbiotech@myworkday.com"), "Interview Invitation: Communications Manager, Europe", "2026-05-05 14:14",
  """Dear Camille,

You have been invited to schedule an interview for the Communications Manager, Europe position.

Interview type: Panel interview (Microsoft Teams)
Duration: 60 minutes
Interviewers: Rachel Nguyen, Director of Communications; Martin Becker, VP Corporate Affairs

Please log in to your candidate home page to select an available time slot:
https://helixbiotech.wd3.myworkday.example.com/careers/candidate-home

Thank you,
Helix Biotech Talent Acquisition

*** Please do not reply to this email ***""", fmt="alt", offset=-4)

m(II, "french_presentation_jury_university", "fr", "Université Rhône-Alpes Sud", "drh-recrutement@univ-ras.example.fr",
  ("DRH - Recrutement", "drh-recrutement@univ-ras.example.fr"), "Convocation - audition pour le poste de Responsable communication numérique", "2026-05-11 10:40",
  """Madame,

J'ai le plaisir de vous informer que votre candidature au poste de Responsable de la communication numérique (contrat de 3 ans, catégorie A) a été retenue par la commission de présélection.

Vous êtes convoquée à une audition devant le jury le :

    Mardi 26 mai 2026 à 9h15
    Bâtiment de la Présidence, salle du Conseil

L'audition débutera par une présentation de 10 minutes sur le thème : « Quelle stratégie éditoriale pour les réseaux sociaux de l'université ? », suivie de 20 minutes d'échange avec le jury.

Je vous remercie de bien vouloir confirmer votre présence.

Pour le Président et par délégation,
Le Directeur des ressources humaines
Université Rhône-Alpes Sud""")

m(II, "es_siguiente_fase_madrid", "es", "Lumen Fintech", "carla.rivas@lumenfintech.example.com",
  ("Carla Rivas", "carla.rivas@lumenfintech.example.com"), "Siguiente fase", "2026-06-01 09:09",
  """¡Hola Camille!

Te escribo porque el equipo ha quedado encantado con tu prueba de redacción y nos gustaría que pasaras a la siguiente fase: una entrevista con nuestro Head of Design y con Álvaro, el CPO.

Será online, unos 45 minutos. Te dejo aquí mi agenda para que elijas el hueco que mejor te venga: https://calendly.com/carla-lumen/entrevista-2

¡Mucha suerte!
Carla

Carla Rivas · People Partner · Lumen Fintech""", fmt="alt")

m(II, "outlook_reply_chain_interview", "fr", "Horizon Conseil", "guillaume.leroy@horizon-conseil.example.com",
  ("Leroy, Guillaume", "guillaume.leroy@horizon-conseil.example.com"), "RE: Candidature UX writer - portfolio", "2026-06-16 18:25",
  """Bonjour Camille,

Merci pour le lien vers votre portfolio. Est-ce que vous auriez un créneau jeudi ou vendredi pour qu'on se voie à l'agence ? Je voudrais vous présenter à notre directrice de création.

Bien à vous,

Guillaume Leroy
Directeur Expérience Client
Horizon Conseil
[logo Horizon Conseil]
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
  quote=("outlook_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "lundi 15 juin 2026 10:11",
         "Bonjour Monsieur Leroy,\n\nComme convenu lors de notre appel, voici le lien vers mon portfolio : https://camille-nl.example.com/portfolio\n\nBien cordialement,\nCamille Nguyen-Lefèvre"),
  fmt="alt")

m(II, "de_telefoninterview_du", "de", "Wandelbar", "tobias@wandelbar.example.de",
  ("Tobias Keller", "tobias@wandelbar.example.de"), "Kurzes Telefonat?", "2026-07-02 11:50",
  """Hallo Camille,

danke für deine Bewerbung als UX Writer (Remote)! Hättest du Lust auf ein erstes Kennenlerngespräch am Telefon? Ich könnte Montag oder Dienstag zwischen 10 und 12 Uhr.

Schick mir einfach deine Nummer und einen passenden Slot.

Viele Grüße
Tobias
People & Culture bei Wandelbar""")

m(II, "luxembourg_bank_final_round", "fr", "Banque Lëtzebuerg Invest", "s.weber@bli.example.lu",
  ("Sarah Weber", "s.weber@bli.example.lu"), "Dernier entretien - Senior Communication Officer", "2026-07-09 08:37",
  """Bonjour Madame Nguyen-Lefèvre,

Suite à vos échanges avec l'équipe Communication, nous avons le plaisir de vous convier à un dernier entretien avec notre CEO, Monsieur Marc Schmit, le vendredi 17 juillet à 15h00 dans nos locaux du Kirchberg.

Cet entretien d'environ 45 minutes sera suivi, le cas échéant, d'une prise de références.

Merci de me confirmer votre disponibilité.

Meilleures salutations,

Sarah Weber
HR Officer
Banque Lëtzebuerg Invest S.A.
T +352 00 00 00 1

The information in this e-mail is confidential and may be legally privileged.""", charset="iso-8859-1")

m(II, "es_mx_agencia_llamada", "es", "Grupo Textil Amaranto", "diego.salas@headhuntersmx.example.mx",
  ("Diego Salas", "diego.salas@headhuntersmx.example.mx"), "Vacante Gerente de Comunicación Remota", "2026-08-11 10:05",
  """Hola Camille, ¿qué tal?

Te contacto por la vacante de Gerente de Comunicación (100% remoto) para Grupo Textil Amaranto, a la que aplicaste la semana pasada. Me gustaría platicar contigo por videollamada para contarte más del puesto y conocer tu experiencia.

¿Tendrías chance este jueves a las 9 am hora de CDMX?

Saludos!
Diego Salas
Consultor Senior | HeadHunters MX
Cel. +52 55 0000 0000""", offset=-6)

m(II, "vietnam_owned_en", "en", "Saigon Lotus Studio", "linh.tran@saigonlotus.example.vn",
  ("Tran Thi Linh", "linh.tran@saigonlotus.example.vn"), "Invitation to interview - Content Lead (Remote Europe)", "2026-09-08 14:30",
  """Dear Ms. Camille,

Thank you for applying to Saigon Lotus Studio. We are happy to inform you that you passed the CV screening round.

We would like to invite you for an online interview with our Creative Director, Mr. Pham Quoc Bao, on Tuesday 15 September 2026 at 3:00 PM (Vietnam time, GMT+7). The interview will be via Zoom, link will be sent one day before.

Please kindly confirm your attendance by replying this email.

Best regards,
Ms. Tran Thi Linh
HR Department | Saigon Lotus Studio
Hotline: +84 28 0000 0000""", offset=7)

m(II, "montreal_entrevue", "fr", "Coopérative Saint-Laurent", "recrutement@csl-coop.example.ca",
  ("Équipe recrutement CSL", "recrutement@csl-coop.example.ca"), "Invitation à une entrevue - Conseillère en contenu UX", "2026-10-06 10:00",
  """Bonjour Camille,

Nous avons bien analysé ta candidature et nous aimerions te rencontrer pour une première entrevue virtuelle d'environ 45 minutes avec Geneviève Gagnon, gestionnaire de l'équipe Contenu.

Tu peux réserver la plage horaire qui te convient ici : https://outlook.office365.com/book/RecrutementCSL@csl-coop.example.ca/

Au plaisir de jaser avec toi!

L'équipe recrutement
Coopérative Saint-Laurent""", fmt="html", offset=-4)

# ----------------------------------------------- reschedules and cancellations
m(RC, "manager_sick_report", "fr", "Crédit Mutualiste du Centre", "recrutement@cmc.example.fr",
  ("Recrutement CMC", "recrutement@cmc.example.fr"), "Report de votre entretien du 2 mars", "2026-02-27 17:50",
  """Madame,

Madame Fournier étant absente lundi pour raisons personnelles, nous sommes contraints de reporter votre entretien prévu le 2 mars à 14h30.

Nous vous proposons à la place le jeudi 5 mars à 10h00 ou le vendredi 6 mars à 15h00, au même endroit. Merci de nous indiquer le créneau qui vous convient.

Avec toutes nos excuses pour ce contretemps,

Le service Recrutement
Crédit Mutualiste du Centre""", charset="windows-1252")

m(RC, "teams_cancel_ics", "fr", "Mutuelle Atlantique Santé", "sandrine.guerin@mutuelle-atlantique.example.fr",
  ("GUERIN Sandrine", "sandrine.guerin@mutuelle-atlantique.example.fr"), "Annulé : Entretien visio - Chargée de communication digitale", "2026-02-02 08:12",
  """L'entretien de demain est annulé, Monsieur Morel est retenu en comité de direction toute la matinée. Je reviens vers vous très vite avec une nouvelle date.

Sandrine Guérin
Chargée de recrutement
Mutuelle Atlantique Santé""",
  ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3@mutuelle-atlantique.example.fr",
       "start": "20260203T090000Z", "end": "20260203T100000Z", "summary": "Annulé : Entretien visio - C. Nguyen-Lefèvre / B. Morel"},
  fmt="alt")

m(RC, "startup_move_tu", "fr", "Kiosque", "marion@kiosque.example.fr",
  ("Marion Petit", "marion@kiosque.example.fr"), "Petit changement pour jeudi", "2026-01-26 09:03",
  """Hello Camille,

Désolée, imprévu de mon côté : est-ce qu'on pourrait décaler notre call de jeudi 14h à vendredi même heure ? Sinon lundi matin ça marche aussi.

Dis-moi ce qui t'arrange, et encore pardon !
Marion""", quote=("gmail_fr", "Calendly <notifications@calendly.com>", "mer. 21 janv. 2026 à 10:15",
         "Nouvel événement : Camille Nguyen-Lefèvre - Premier échange\nJeudi 29 janvier 2026, 14:00 - 14:30 (heure de Paris)"))

m(RC, "cabinet_client_postpone", "fr", "Groupe Orsane", "c.lambert@hunteo.example.fr",
  ("Claire Lambert", "c.lambert@hunteo.example.fr"), "Groupe Orsane - décalage RDV", "2026-02-16 13:40",
  """Bonjour Camille,

Le DRH du Groupe Orsane me demande de décaler votre rendez-vous de mercredi : il doit se rendre en urgence sur un de leurs sites. Il vous propose le mardi 24 février à 16h, toujours au siège de Lille.

Je vous laisse me confirmer, je fais le lien.

Bien à vous,
Claire Lambert
Hunteo Executive Search
06 12 34 56 78""", charset="iso-8859-1")

m(RC, "jury_date_change_region", "fr", "Métropole Garonne", "recrutement@metropole-garonne.example.fr",
  ("Métropole Garonne - Recrutement", "recrutement@metropole-garonne.example.fr"), "MODIFICATION - date du jury de recrutement", "2026-04-23 16:16",
  """Madame,

Pour des raisons d'organisation, le jury de recrutement prévu le 30 avril 2026 pour le poste de chargé(e) de communication éditoriale est reporté au jeudi 7 mai 2026 à 14h00, Hôtel de Métropole, salle 2.04.

Les modalités (présentation de 10 minutes puis échange) restent inchangées.

Nous vous remercions de nous confirmer votre disponibilité à cette nouvelle date.

Direction des Ressources Humaines
Métropole Garonne""", fmt="alt", cte="b64")

m(RC, "onsite_to_visio", "fr", "Oiseau Lyre", "ines@oiseaulyre.example.fr",
  ("Inès Haddad", "ines@oiseaulyre.example.fr"), "Re: Entretien confirmé avec Oiseau Lyre", "2026-03-18 20:12",
  """Bonsoir Camille,

Grève SNCF demain, Romain est bloqué à Paris... on peut transformer l'entretien sur site en visio à la même heure ? Sinon on reporte à la semaine pro, comme tu préfères. Je te mets le lien Meet au cas où : https://meet.google.com/xyz-abcd-efg

Inès""")

m(RC, "hm_cancel_last_minute_en", "en", "Lattice Grove", "sam.whitfield@latticegrove.example.com",
  ("Sam Whitfield", "sam.whitfield@latticegrove.example.com"), "Tomorrow's conversation", "2026-02-17 23:02",
  """Hi Camille,

I'm really sorry to do this last minute, but I need to cancel our conversation tomorrow - I'm dealing with a production incident that's going to eat the whole day. Could we find another slot next week? My recruiter Jess will send new times.

Apologies again,
Sam

Sent from my iPhone""", offset=-8)

m(RC, "goodtime_rescheduled", "en", "Helix Biotech", "",
  ("Helix Biotech Careers", "helixbiotech@myworkday.com"), "Your interview has been rescheduled", "2026-05-13 09:00",
  """Dear Camille,

Your panel interview for Communications Manager, Europe has been rescheduled.

Previous time: Thursday, May 14, 2026 10:00 AM EDT
New time: Tuesday, May 19, 2026 10:00 AM EDT

The Microsoft Teams link remains the same. An updated calendar invitation is attached.

Helix Biotech Talent Acquisition
*** Please do not reply to this email ***""",
  ics={"uid": "wd-iv-99812@myworkday.com", "start": "20260519T140000Z", "end": "20260519T150000Z",
       "summary": "Panel interview - Helix Biotech", "organizer": "helixbiotech@myworkday.com"}, fmt="alt", offset=-4)

m(RC, "british_postpone", "en", "Ashcombe Trust", "r.whitlock@ashcombetrust.example.org.uk",
  ("Rupert Whitlock", "r.whitlock@ashcombetrust.example.org.uk"), "Interview on Thursday - change of plan", "2026-06-23 12:05",
  """Dear Camille,

I'm afraid we shall have to move Thursday's interview for the Digital Communications Officer post, as two of our panel members have been called to a trustees' meeting.

Would Monday 29th June at 2pm suit instead? Same format, on Zoom. Please do let me know at your earliest convenience.

With apologies for the inconvenience,

Rupert Whitlock
Head of Operations
The Ashcombe Trust
Registered charity no. 000000""", offset=1)

m(RC, "casablanca_move", "en", "Atlas Pay", "y.benjelloun@atlaspay.example.ma",
  ("Yasmine Benjelloun", "y.benjelloun@atlaspay.example.ma"), "RE: Next steps - Product Marketing Manager", "2026-03-11 18:44",
  """Dear Camille,

Apologies, Mehdi has to travel to Rabat on Thursday. Could we please shift your interview to Monday 16 March, same time (3pm Casablanca)? The Teams invite will be updated accordingly.

Best regards,
Yasmine""",
  quote=("outlook_en", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "Tuesday, March 10, 2026 8:02 PM",
         "Dear Yasmine,\nThursday at 3pm works perfectly for me. Looking forward to it.\nBest,\nCamille"), offset=1)

m(RC, "es_anular_telefonica", "es", "Clínica Santa Brígida", "rrhh.seleccion@santabrigida.example.es",
  ("Selección Clínica Santa Brígida", "rrhh.seleccion@santabrigida.example.es"), "Cambio en la entrevista del jueves", "2026-03-18 17:31",
  """Hola Camille,

Te escribimos para avisarte de que tenemos que anular la entrevista telefónica de mañana jueves a las 10:30. Por motivos internos necesitamos retrasarla a la semana que viene; te llamaremos el martes 24 a la misma hora, si te parece bien.

Disculpa las molestias.

Marta Gil
RRHH · Clínica Santa Brígida""", charset="iso-8859-1")

m(RC, "es_cambio_hora", "es", "Lumen Fintech", "carla.rivas@lumenfintech.example.com",
  ("Carla Rivas", "carla.rivas@lumenfintech.example.com"), "Re: Siguiente fase", "2026-06-04 08:55",
  """Hola Camille, perdona el lío: Álvaro tiene un vuelo que se le ha adelantado y no llega a las 17h del viernes. ¿Te va bien moverlo a las 12h el mismo día? Si no, buscamos otro día la semana que viene.

Gracias!!
Carla""", quote=("gmail_es", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "lun, 1 jun 2026 a las 11:20",
         "¡Hola Carla! He reservado el viernes a las 17h. ¡Gracias!\nCamille"))

m(RC, "de_termin_verschoben", "de", "Hanse Medienhaus", "k.brandt@hanse-medienhaus.example.de",
  ("Katrin Brandt", "k.brandt@hanse-medienhaus.example.de"), "AW: Einladung zum Zweitgespräch", "2026-04-06 10:14",
  """Liebe Frau Nguyen-Lefèvre,

leider müssen wir unser Gespräch am Mittwoch verschieben, da die Chefredakteurin kurzfristig verhindert ist. Wäre Ihnen stattdessen Dienstag, der 14. April, um 11:00 Uhr recht?

Ich bitte um Entschuldigung für die Umstände.

Herzliche Grüße
Katrin Brandt""",
  quote=("gmail_de", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "Do., 26. März 2026 um 14:10",
         "Liebe Frau Brandt,\nvielen Dank für die Einladung, der 8. April passt mir sehr gut.\nBeste Grüße\nCamille Nguyen-Lefèvre"),
  charset="iso-8859-1")

m(RC, "agency_cancel_client_internal", "fr", "Maison Aurèle", "b.nguyen@cadres-et-talents.example.fr",
  ("Bruno Nguyen", "b.nguyen@cadres-et-talents.example.fr"), "Annulation entretien Maison Aurèle", "2026-07-15 12:48",
  """Camille,

Mauvaise nouvelle de dernière minute : Maison Aurèle annule l'entretien de demain avec la directrice marketing, elle part en congé maternité plus tôt que prévu. Le process est mis en pause jusqu'à la nomination de son intérim, je vous recontacte dès que j'ai une nouvelle date.

Désolé,
Bruno Nguyen
Cadres & Talents - Recrutement par approche directe
07 00 00 00 00""")

m(RC, "montreal_deplacer", "fr", "Coopérative Saint-Laurent", "genevieve.gagnon@csl-coop.example.ca",
  ("Geneviève Gagnon", "genevieve.gagnon@csl-coop.example.ca"), "Déplacer notre rencontre", "2026-10-13 07:30",
  """Bonjour Camille,

Petit changement : je dois déplacer notre rencontre de jeudi 9 h (heure de Montréal). Serais-tu disponible vendredi à 9 h 30 plutôt? Le lien Teams reste le même.

Merci de ta souplesse!
Geneviève

Geneviève Gagnon
Gestionnaire, équipe Contenu
Coopérative Saint-Laurent""", offset=-4)

# ------------------------------------------------------------ missed interviews
m(MI, "called_no_answer", "fr", "Lyonnaise des Saveurs", "emilie.faure@lyonnaise-saveurs.example.fr",
  ("Emilie Faure", "emilie.faure@lyonnaise-saveurs.example.fr"), "Notre rendez-vous téléphonique", "2026-04-17 11:22",
  """Bonjour Madame,

J'ai essayé de vous joindre à 11h comme convenu pour notre entretien téléphonique, sans succès (je suis tombée sur votre messagerie).

Peut-être y a-t-il eu un souci de numéro ? N'hésitez pas à me proposer un autre créneau si vous êtes toujours intéressée par le poste.

Cordialement,
Emilie Faure
Responsable Ressources Humaines
Lyonnaise des Saveurs""", cte="8bit")

m(MI, "teams_no_join", "fr", "Mutuelle Atlantique Santé", "sandrine.guerin@mutuelle-atlantique.example.fr",
  ("GUERIN Sandrine", "sandrine.guerin@mutuelle-atlantique.example.fr"), "Entretien de ce matin", "2026-02-10 10:25",
  """Bonjour Madame Nguyen-Lefèvre,

Monsieur Morel et moi-même vous avons attendue ce matin à 10h sur Teams, mais vous ne vous êtes pas connectée à la réunion. Nous espérons qu'il ne vous est rien arrivé.

Pouvez-vous revenir vers moi pour nous indiquer si vous souhaitez poursuivre le processus ?

Cordialement,
Sandrine Guérin
Chargée de recrutement
Mutuelle Atlantique Santé""", fmt="alt")

m(MI, "startup_tu_where_are_you", "fr", "Pépite", "lea@pepite.example.io",
  ("Léa de Pépite", "lea@pepite.example.io"), "On t'attend sur Meet ?", "2026-02-20 15:12",
  """Coucou Camille, on est sur le Meet depuis 15h avec Hugo, tu as peut-être eu un souci de connexion ? Dis-nous si tu veux qu'on reprogramme 🙂

Léa""")

m(MI, "agency_missed_client", "fr", "Groupe Orsane", "c.lambert@hunteo.example.fr",
  ("Claire Lambert", "c.lambert@hunteo.example.fr"), "Rendez-vous de 16h", "2026-02-24 16:40",
  """Camille,

Le DRH du Groupe Orsane vient de m'appeler : il vous attendait à 16h à l'accueil du siège et ne vous a pas vue. Tout va bien ?

Pouvez-vous me rappeler rapidement au 06 12 34 56 78 pour que je puisse lui donner une explication et, si possible, retrouver un créneau ?

Claire""")

m(MI, "mairie_absente_jury", "fr", "Métropole Garonne", "recrutement@metropole-garonne.example.fr",
  ("Métropole Garonne - Recrutement", "recrutement@metropole-garonne.example.fr"), "Jury du 7 mai - absence", "2026-05-07 15:30",
  """Madame,

Nous constatons que vous ne vous êtes pas présentée devant le jury de recrutement convoqué ce jour à 14h00 pour le poste de chargé(e) de communication éditoriale.

Sans nouvelles de votre part sous 48 heures, nous considérerons que vous vous désistez de la procédure.

Direction des Ressources Humaines
Métropole Garonne""")

m(MI, "en_tried_calling", "en", "Moonshot Labs", "dev@moonshotlabs.example.com",
  ("Dev Patel", "dev@moonshotlabs.example.com"), "Missed you", "2026-02-17 14:36",
  """Hey - tried calling you at 2 as planned but no luck. Everything ok? Happy to try again later this week if you're still keen.

Dev""", offset=0)

m(MI, "en_zoom_no_show_vn", "en", "Saigon Lotus Studio", "linh.tran@saigonlotus.example.vn",
  ("Tran Thi Linh", "linh.tran@saigonlotus.example.vn"), "Re: Invitation to interview - Content Lead (Remote Europe)", "2026-09-15 15:25",
  """Dear Ms. Camille,

Mr. Bao and I waited in the Zoom room from 3:00 PM to 3:20 PM (Vietnam time) today but you did not join the meeting. Maybe there was a confusion with the time zone?

Please let us know if you are still interested and we will try to arrange another time.

Best regards,
Ms. Tran Thi Linh
HR Department | Saigon Lotus Studio""",
  quote=("gmail_en", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "Wed, 9 Sep 2026 at 09:12",
         "Dear Ms. Linh,\nThank you, I confirm my attendance on 15 September.\nKind regards,\nCamille"), offset=7)

m(MI, "en_recruiter_client_waited", "en", "Brackenridge Retail", "sophie@talentforge.example.co.uk",
  ("Sophie Carter", "sophie@talentforge.example.co.uk"), "Are you ok?!", "2026-04-07 11:20",
  """Hi Camille,

Tom from Brackenridge Retail has just been on the phone - you didn't dial in to the 11am interview?? He waited 15 mins. Hope everything's alright!

Give me a call when you can, I'll see if I can smooth things over and get it rebooked.

Sophie

Sophie Carter | Principal Recruiter
TalentForge
07700 900123""", offset=1)

m(MI, "es_no_te_conectaste", "es", "Grupo Textil Amaranto", "diego.salas@headhuntersmx.example.mx",
  ("Diego Salas", "diego.salas@headhuntersmx.example.mx"), "Re: Vacante Gerente de Comunicación Remota", "2026-08-13 09:40",
  """Hola Camille, te estuve esperando en la videollamada de las 9 am pero no te conectaste. ¿Todo bien? Si quieres lo reagendamos, avísame.

Saludos,
Diego""", offset=-6,
  quote=("gmail_es", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "mar, 11 ago 2026 a las 18:02",
         "Hola Diego,\n¡Perfecto! Nos vemos el jueves a las 9 (hora de CDMX) para hablar del puesto en Grupo Textil Amaranto.\nSaludos,\nCamille"))

m(MI, "de_nicht_erreicht", "de", "Wandelbar", "tobias@wandelbar.example.de",
  ("Tobias Keller", "tobias@wandelbar.example.de"), "Telefonat heute", "2026-07-07 10:45",
  """Hi Camille,

ich hab dich heute um 10:30 wie besprochen angerufen, dich aber leider nicht erreicht. Mailbox war auch nicht an. Sollen wir einen neuen Termin finden?

Viele Grüße
Tobias""")

# ---------------------------------------------------- application acknowledgements
m(AR, "wttj_ack", "fr", "Kiosque", "",
  ("Welcome to the Jungle", "no-reply@welcometothejungle.example.com"), "Votre candidature chez Kiosque a bien été envoyée", "2026-01-14 22:31",
  """Bravo Camille !

Votre candidature pour le poste de Content Designer chez Kiosque a bien été envoyée.

L'entreprise reviendra vers vous si votre profil correspond. En attendant, découvrez d'autres offres qui pourraient vous plaire :
- UX Writer - Nuage Bleu - Paris
- Product Marketing Manager - Orbitale - Remote

Suivre ma candidature : https://www.welcometothejungle.example.com/fr/me/applications

Welcome to the Jungle - 10 rue Exemple, 75002 Paris
Se désinscrire""", fmt="html", headers={"List-Unsubscribe": "<mailto:unsubscribe@welcometothejungle.example.com>"})

m(AR, "workday_ack_volume", "fr", "Maison Verlaine", "",
  ("Maison Verlaine Recrutement", "maisonverlaine@myworkday.com"), "Confirmation de votre candidature - R-20417", "2026-01-08 23:05",
  """Bonjour Camille,

Nous vous confirmons la bonne réception de votre candidature au poste de Chef de projet contenu digital (R-20417) et vous remercions de l'intérêt que vous portez à Maison Verlaine.

Notre équipe va étudier votre profil avec attention. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans retour de notre part sous quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

L'équipe Talent Acquisition
Maison Verlaine""", fmt="alt", cte="b64")

m(AR, "mairie_ack_formal", "fr", "Métropole Garonne", "",
  ("Métropole Garonne - ne pas répondre", "ne-pas-repondre@metropole-garonne.example.fr"), "Accusé de réception de votre candidature", "2026-03-30 08:00",
  """Madame,

Nous accusons réception de votre candidature au poste de chargé(e) de communication éditoriale (offre n° MG-2026-117).

Votre dossier sera examiné à l'issue de la date limite de dépôt des candidatures. Les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s directement.

Direction des Ressources Humaines
Métropole Garonne

Ceci est un message automatique, merci de ne pas y répondre.""", charset="iso-8859-1")

m(AR, "cegid_talentsoft_ack", "fr", "Groupe Mutualia Prévoyance", "",
  ("Groupe Mutualia Prévoyance", "recrutement-noreply@talent-soft.example.com"), "Candidature enregistrée", "2026-02-11 14:48",
  """Madame NGUYEN-LEFEVRE Camille,

Votre candidature pour l'offre « Chef de projet communication digitale H/F » (Réf. 2026-0198) a bien été enregistrée le 11/02/2026.

Nous étudions chaque candidature avec la plus grande attention. Si votre profil correspond à nos attentes, un membre de l'équipe RH prendra contact avec vous dans les meilleurs délais.

Vous pouvez à tout moment consulter et modifier votre dossier dans votre espace candidat.

Groupe Mutualia Prévoyance - Direction des Ressources Humaines""", fmt="html", charset="windows-1252")

m(AR, "flatchr_ack_no_feedback", "fr", "Éditions du Lac", "",
  ("Éditions du Lac", "notifications@flatchr.example.io"), "Nous avons bien reçu votre candidature", "2026-05-18 09:12",
  """Bonjour Camille,

Merci pour votre candidature au poste de Responsable marketing digital aux Éditions du Lac !

Elle a bien été transmise à notre équipe, qui reviendra vers vous d'ici deux à trois semaines. Nous vous informons que nous ne sommes malheureusement pas en mesure de fournir un retour personnalisé à ce stade.

À bientôt,
L'équipe des Éditions du Lac

--
Cet e-mail a été envoyé via Flatchr.""", fmt="alt")

m(AR, "human_ack_ngo", "fr", "Fondation Hirondelle Verte", "claire.moreau@hirondelleverte.example.org",
  ("Claire Moreau", "claire.moreau@hirondelleverte.example.org"), "RE: Candidature - Responsable communication et collecte", "2026-03-05 17:22",
  """Bonjour Camille,

Merci pour votre candidature, bien reçue. Je la transmets à notre directrice générale ; nous faisons un premier tri après la clôture de l'offre le 20 mars et revenons vers les personnes présélectionnées début avril.

Belle fin de journée,
Claire

Claire Moreau
Assistante de direction
Fondation Hirondelle Verte - reconnue d'utilité publique""",
  quote=("outlook_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "jeudi 5 mars 2026 09:03",
         "Madame, Monsieur,\n\nVeuillez trouver ci-joint ma candidature au poste de Responsable communication et collecte.\n\nBien cordialement,\nCamille Nguyen-Lefèvre"))

m(AR, "beetween_ack", "fr", "Transports Azur Méditerranée", "",
  ("Transports Azur Méditerranée", "no-reply@beetween.example.com"), "Transports Azur Méditerranée - Confirmation de candidature", "2026-04-02 12:00",
  """Bonjour,

Nous avons bien reçu votre candidature pour le poste de Responsable communication externe basé à Marseille et nous vous en remercions.

Nous allons l'étudier attentivement. Compte tenu du nombre de candidatures, seules les personnes dont le profil correspond seront recontactées.

Cordialement,
Le service RH - Transports Azur Méditerranée""", fmt="html")

m(AR, "jobaffinity_ack_swiss", "fr", "Horlogerie Vauclair", "",
  ("Horlogerie Vauclair SA", "jobs@jobaffinity.example.ch"), "Votre dossier de candidature", "2026-04-28 07:33",
  """Madame,

Nous vous remercions de votre candidature pour le poste de Spécialiste Contenu & Storytelling (80-100 %) à Lausanne, que nous avons reçue ce jour.

Votre dossier est en cours d'analyse et nous reviendrons vers vous dans les meilleurs délais.

Avec nos meilleures salutations,

Ressources Humaines
Horlogerie Vauclair SA""", charset="iso-8859-1")

m(AR, "casual_ack_tu", "fr", "Graine", "nico@graine.example.fr",
  ("Nicolas", "nico@graine.example.fr"), "Re: Candidature", "2026-03-20 23:14",
  """Bien reçu merci ! je regarde ça la semaine prochaine et je te redis.

N.""", quote=("gmail_fr", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "ven. 20 mars 2026 à 16:40",
         "Bonjour Nicolas,\nSuite à notre échange sur LinkedIn, je vous envoie mon CV et mon portfolio pour le poste de responsable marketing produit.\nBien à vous,\nCamille"))

m(AR, "france_travail_ack", "fr", "Centre Hospitalier de Saintonge", "",
  ("France Travail", "ne-pas-repondre@francetravail.example.fr"), "Votre candidature a été transmise", "2026-06-22 10:41",
  """Bonjour Camille NGUYEN-LEFEVRE,

Votre candidature à l'offre 198XKLM « Chargé / Chargée de communication » du Centre Hospitalier de Saintonge a bien été transmise au recruteur.

Le recruteur vous contactera directement s'il souhaite donner suite.

Retrouvez toutes vos candidatures dans votre espace personnel sur francetravail.example.fr.

France Travail""", fmt="alt")

# English acknowledgements
m(AR, "greenhouse_ack", "en", "Tallyworks", "",
  ("Tallyworks Recruiting", "no-reply@us.greenhouse-mail.io"), "Thank you for applying to Tallyworks", "2026-01-16 18:20",
  """Hi Camille,

Thanks for applying to the Content Designer role at Tallyworks! Our team will review your application and reach out if there's a fit.

Due to the volume of applications we receive, we are unable to respond to every applicant individually, but we do read every application.

Cheers,
The Tallyworks Talent Team""", fmt="alt", offset=-5)

m(AR, "lever_ack", "en", "Orbitale", "",
  ("Orbitale", "no-reply@hire.lever.co"), "Thanks for your application to Orbitale", "2026-04-14 15:02",
  """Hi Camille,

Thank you for your interest in Orbitale! We wanted to let you know we received your application for Product Marketing Manager, EMEA, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Thanks,
Orbitale Talent Team""", fmt="html", offset=-4)

m(AR, "indian_ack", "en", "Vasudha Digital", "priya.raman@vasudhadigital.example.in",
  ("Priya Raman", "priya.raman@vasudhadigital.example.in"), "Acknowledgement - Sr. UX Writer (Remote)", "2026-02-20 11:05",
  """Dear Camille,

Thank you for your application for the position of Sr. UX Writer (Remote). This is to acknowledge receipt of the same.

Your profile is under review with the hiring manager. We shall get back to you within 7 working days.

Thanks & Regards,
Priya Raman
Talent Acquisition | Vasudha Digital Pvt. Ltd.""", offset=5)

m(AR, "british_ack_unable_feedback", "en", "Harrowgate Publishing", "",
  ("Harrowgate Publishing Recruitment", "recruitment-noreply@harrowgate.example.co.uk"), "Application received: Marketing Manager (Digital)", "2026-02-02 09:00",
  """Dear Camille,

Thank you for your application for the role of Marketing Manager (Digital). We confirm that it has been received.

The closing date for this vacancy is 9 February 2026. Shortlisted candidates will be contacted by 16 February. Unfortunately we are unable to provide individual feedback at this stage of the process.

Kind regards,
HR Team
Harrowgate Publishing Ltd""", charset="windows-1252", offset=0)

m(AR, "workday_ack_en", "en", "Meridian Health Partners", "",
  ("Meridian Health Partners", "meridianhealth@myworkday.com"), "Thank you for applying!", "2026-07-28 06:10",
  """Dear Camille,

Thank you for your interest in Meridian Health Partners! We have received your application for Senior Content Strategist (JR-118203).

What happens next? Our recruiting team will review your qualifications. If your skills and experience match the position, a recruiter will contact you to discuss next steps.

You can check the status of your application anytime in your Candidate Home.

Meridian Health Partners Talent Acquisition""", fmt="alt", offset=-4)

m(AR, "icims_ack_quebec_owned", "en", "Érable Interactive", "",
  ("Érable Interactive Careers", "careers-noreply@icims.example.com"), "Application Confirmation", "2026-08-25 13:13",
  """Hello Camille,

Thank you for applying to the Senior UX Writer (Bilingual EN/FR) position at Érable Interactive. Your application has been successfully submitted.

We review every application carefully. If your experience is a match, a member of our Talent team will reach out to you.

Merci et à bientôt!
Érable Interactive Talent Team
Montréal | Toronto""", fmt="html", offset=-4)

m(AR, "es_ack", "es", "Vinícola del Sur", "",
  ("Vinícola del Sur", "noreply@smartrecruiters.com"), "Hemos recibido tu candidatura", "2026-08-20 12:40",
  """Hola Camille,

¡Gracias por tu interés en Vinícola del Sur! Hemos recibido correctamente tu candidatura para el puesto de Brand Manager Internacional.

Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo. Debido al elevado número de candidaturas, no podemos responder personalmente a cada una.

Un saludo,
Equipo de Talento de Vinícola del Sur""", fmt="alt")

m(AR, "es_ack_human", "es", "Fundación Mar Abierto", "elena.prieto@marabierto.example.org",
  ("Elena Prieto", "elena.prieto@marabierto.example.org"), "RE: Candidatura coordinadora de comunicación", "2026-05-26 16:05",
  """Hola Camille,

Recibido, muchas gracias. Cerramos la convocatoria el día 5 de junio y empezaremos las entrevistas la semana siguiente. Te diremos algo en cualquier caso.

Un saludo,
Elena Prieto
Coordinación de Personas · Fundación Mar Abierto""")

m(AR, "de_eingangsbestaetigung", "de", "Stadtwerke Rheinaue", "",
  ("Stadtwerke Rheinaue Karriere", "karriere-noreply@stadtwerke-rheinaue.example.de"), "Eingangsbestätigung Ihrer Bewerbung", "2026-03-09 07:15",
  """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihre Bewerbung als Referent/in Unternehmenskommunikation (Kennziffer 2026-031). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Wir bitten um Verständnis, dass wir keine telefonischen Auskünfte zum Stand des Verfahrens geben können.

Mit freundlichen Grüßen
Ihre Personalabteilung
Stadtwerke Rheinaue GmbH

Diese E-Mail wurde automatisch erstellt.""", charset="iso-8859-1", fmt="alt")

m(AR, "de_du_ack_startup", "de", "Fjord Analytics", "jana@fjord-analytics.example.de",
  ("Jana Albrecht", "jana@fjord-analytics.example.de"), "Re: Bewerbung Content Marketing", "2026-05-11 21:02",
  """Hi Camille, danke, ist angekommen! Ich schau mir alles in Ruhe an und melde mich nächste Woche.

LG Jana

Von meinem iPhone gesendet""",
  quote=("gmail_de", "Camille Nguyen-Lefèvre <camille.nguyen@example.com>", "Mo., 11. Mai 2026 um 18:30",
         "Hallo Jana,\nanbei wie besprochen meine Unterlagen für die Stelle im Content Marketing.\nViele Grüße\nCamille"))

# -------------------------------------------------------------------- offers
m(OF, "oiseau_lyre_verbal_followup", "fr", "Oiseau Lyre", "romain@oiseaulyre.example.fr",
  ("Romain Chevalier", "romain@oiseaulyre.example.fr"), "Suite à notre appel", "2026-03-27 18:58",
  """Camille,

Comme je te l'ai dit au téléphone tout à l'heure, on serait ravis que tu nous rejoignes comme Responsable contenu & communauté !

Pour résumer : CDI, statut cadre, 52 k€ brut annuel + 10 % de variable, mutuelle prise à 100 %, 2 jours de télétravail. Démarrage idéalement le 4 mai.

Je t'envoie la promesse d'embauche lundi, dis-moi si tu as des questions d'ici là.

Romain
CEO - Oiseau Lyre""", cte="8bit")

m(OF, "promesse_embauche_pdf", "fr", "Crédit Mutualiste du Centre", "paul.besson@cmc.example.fr",
  ("Paul Besson", "paul.besson@cmc.example.fr"), "Proposition d'embauche - Responsable éditoriale web", "2026-03-16 15:03",
  """Madame,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein du Crédit Mutualiste du Centre en qualité de Responsable éditoriale web.

Vous trouverez ci-joint notre proposition d'embauche détaillant les conditions de rémunération et la date de prise de poste envisagée. Nous vous remercions de nous la retourner signée avant le 23 mars si elle vous convient.

Je reste à votre disposition pour toute question.

Bien cordialement,

Paul Besson
Responsable des Ressources Humaines
Crédit Mutualiste du Centre""", attachment="Proposition_embauche_CNL.pdf", charset="windows-1252")

m(OF, "conditional_references", "fr", "Banque Lëtzebuerg Invest", "s.weber@bli.example.lu",
  ("Sarah Weber", "s.weber@bli.example.lu"), "Offre conditionnelle - Senior Communication Officer", "2026-07-20 17:35",
  """Bonjour Madame Nguyen-Lefèvre,

Nous avons le plaisir de vous faire part d'une offre d'emploi pour le poste de Senior Communication Officer, sous réserve de la prise de références et de la production d'un extrait de casier judiciaire.

Les éléments principaux : CDI, 78 000 EUR bruts annuels sur 13 mois, chèques-repas, assurance complémentaire.

Merci de nous transmettre les coordonnées de deux référents d'ici vendredi.

Meilleures salutations,
Sarah Weber
HR Officer
Banque Lëtzebuerg Invest S.A.""", charset="iso-8859-1")

m(OF, "agency_offer_relay", "fr", "Maison Aurèle", "b.nguyen@cadres-et-talents.example.fr",
  ("Bruno Nguyen", "b.nguyen@cadres-et-talents.example.fr"), "🎉 Maison Aurèle", "2026-09-10 19:05",
  """Camille !!

Ça y est : Maison Aurèle vous fait une offre pour le poste de Responsable marketing éditorial ! 65 k€ fixe + 8 % de bonus, statut cadre, démarrage au 1er novembre.

La DRH va vous envoyer le contrat par DocuSign demain, mais elle voulait que je vous l'annonce moi-même. Appelez-moi quand vous pouvez, on en parle.

Félicitations, c'était mérité !

Bruno Nguyen
Cadres & Talents
07 00 00 00 00""")

m(OF, "contrat_docusign_region", "fr", "Région Hauts-de-Flandre", "",
  ("DocuSign via Région Hauts-de-Flandre", "dse@eu.docusign.example.net"), "Veuillez signer : Contrat de travail - Nguyen-Lefèvre Camille", "2026-10-01 09:45",
  """Région Hauts-de-Flandre vous a envoyé un document à vérifier et à signer.

Message de l'expéditeur :
Madame, veuillez trouver ci-joint votre contrat d'engagement en qualité de chargée de mission communication numérique (contractuelle, 3 ans) à compter du 2 novembre 2026. Merci de le signer électroniquement. Bienvenue parmi nous !

EXAMINER LE DOCUMENT

Ne partagez pas cet e-mail. Il contient un code d'accès sécurisé.""", fmt="html", cte="b64")

m(OF, "en_pleased_to_offer", "en", "Atlas Pay", "y.benjelloun@atlaspay.example.ma",
  ("Yasmine Benjelloun", "y.benjelloun@atlaspay.example.ma"), "Offer of Employment - Product Marketing Manager", "2026-03-30 12:00",
  """Dear Camille,

Following your interviews with Mehdi and the product team, we are pleased to offer you the position of Product Marketing Manager at Atlas Pay.

Please find attached your offer letter with the details of your compensation package, relocation support to Casablanca and start date. We would appreciate your answer by 8 April.

Congratulations, we really hope you will join us!

Best regards,
Yasmine Benjelloun
Talent Acquisition Manager
Atlas Pay""", attachment="AtlasPay_Offer_Letter_CNguyenLefevre.pdf", offset=1)

m(OF, "en_verbal_offer_followup", "en", "Lattice Grove", "jess.moreno@latticegrove.example.com",
  ("Jess Moreno", "jess.moreno@latticegrove.example.com"), "Great speaking today!", "2026-03-12 16:48",
  """Hi Camille,

Great speaking earlier! As promised, here's a written summary of the verbal offer for the UX Content Designer role (fully remote, EU contract via our employer of record):

- Base: EUR 68,000
- Equity: 4,000 options, 4-year vest, 1-year cliff
- 30 days PTO

The formal offer letter will come through DocuSign once you confirm you'd like to proceed. Take the weekend to think it over - no pressure.

Jess
Recruiter, Lattice Grove""", offset=-8)

m(OF, "en_australian_offer", "en", "Wattle & Gum", "bec@wattleandgum.example.com.au",
  ("Bec Harris", "bec@wattleandgum.example.com.au"), "Contract attached!", "2026-05-20 08:30",
  """Hi Camille,

Good news - we'd love to have you on board as our Content Lead (remote, EU hours)! Contract attached, have a read and sign when you're ready. Any questions just shout.

Cheers,
Bec
Wattle & Gum""", attachment="W&G_Contractor_Agreement.pdf", offset=10)

m(OF, "es_oferta", "es", "Lumen Fintech", "carla.rivas@lumenfintech.example.com",
  ("Carla Rivas", "carla.rivas@lumenfintech.example.com"), "¡Bienvenida a Lumen! (propuesta)", "2026-06-19 13:31",
  """¡Hola Camille!

Tras las entrevistas, tenemos el placer de ofrecerte el puesto de Senior UX Writer en Lumen Fintech. Te adjunto la carta de oferta con las condiciones: 55.000 € brutos anuales, 100% remoto desde Francia y fecha de incorporación el 1 de septiembre.

Si tienes cualquier duda, aquí estoy. ¡Ojalá nos digas que sí!

Carla Rivas
People Partner · Lumen Fintech""", attachment="Oferta_Lumen_Camille.pdf")

m(OF, "de_vertragsangebot", "de", "Hanse Medienhaus", "k.brandt@hanse-medienhaus.example.de",
  ("Katrin Brandt", "k.brandt@hanse-medienhaus.example.de"), "Ihr Vertragsangebot", "2026-04-22 16:20",
  """Liebe Frau Nguyen-Lefèvre,

wir freuen uns sehr, Ihnen nach den Gesprächen die Position als Senior Editor Digital anbieten zu können. Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung.

Wenn Sie einverstanden sind, senden Sie uns bitte ein unterschriebenes Exemplar bis zum 6. Mai zurück.

Herzliche Grüße
Katrin Brandt
Personalreferentin
Hanse Medienhaus GmbH & Co. KG""", attachment="Arbeitsvertrag_Nguyen-Lefevre.pdf", charset="iso-8859-1")

# -------------------------------------------------------------------- other (fr)
m(OT, "wttj_alert_digest", "fr", "", "",
  ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"), "8 nouvelles offres pour « UX writer »", "2026-01-12 07:00",
  """Bonjour Camille,

Voici les nouvelles offres qui correspondent à votre alerte « UX writer - Paris / Télétravail » :

UX Writer (H/F) - Nuage Bleu - Paris - CDI
https://www.welcometothejungle.example.com/fr/companies/nuage-bleu/jobs/ux-writer

Content Designer - Kiosque - Paris - CDI
https://www.welcometothejungle.example.com/fr/companies/kiosque/jobs/content-designer

Product Marketing Manager - Orbitale - Télétravail total
https://www.welcometothejungle.example.com/fr/companies/orbitale/jobs/pmm

Conceptrice-rédactrice - Sillage - Lyon - CDI
https://www.welcometothejungle.example.com/fr/companies/sillage/jobs/concepteur-redacteur

… et 4 autres offres.

À lire cette semaine : « Entretien d'embauche : 5 questions pour retourner la situation » et « Refus après un entretien : comment demander un feedback ».

Modifier mon alerte | Se désabonner""", fmt="html",
  headers={"List-Id": "Alertes emploi <alertes.welcometothejungle.example.com>",
           "List-Unsubscribe": "<https://www.welcometothejungle.example.com/unsubscribe/abc>", "Precedence": "bulk"})

m(OT, "apec_alerte", "fr", "", "",
  ("Apec", "alertes-offres@apec.example.fr"), "Vos offres Apec du jour : Responsable communication", "2026-02-18 06:30",
  """Bonjour,

12 nouvelles offres correspondent à votre recherche « Responsable communication - Auvergne-Rhône-Alpes ».

• Responsable communication interne H/F - Groupe industriel - Lyon 3e - 50-58 k€
• Chargé de communication éditoriale H/F - Collectivité - Villeurbanne - selon grille
• Responsable marketing contenu H/F - Éditeur de logiciels - Lyon 7e - 48-55 k€

Voir toutes les offres : https://www.apec.example.fr/candidat/recherche-emploi

Conseil Apec : préparer un entretien avec un manager opérationnel, c'est différent d'un entretien RH. Nos consultants vous aident gratuitement.

Vous recevez cet e-mail car vous avez créé une alerte sur apec.fr.""", fmt="alt",
  headers={"List-Unsubscribe": "<https://www.apec.example.fr/desabonnement>"})

m(OT, "indeed_digest_fr", "fr", "", "",
  ("Indeed", "alert@indeed.example.com"), "Content designer : 15 nouveaux emplois à Paris", "2026-03-03 05:12",
  """Content designer - Paris (75)
15 nouveaux emplois

Content Designer H/F
Banque Ardent - Paris 9e
Répond généralement dans un délai de 3 jours

UX Writer senior (freelance possible)
Studio Brique - Paris 11e
Candidature simplifiée

Chef de projet contenu digital
Maison Verlaine - Paris 8e
Employeur réactif

Voir plus d'emplois : https://fr.indeed.example.com/jobs?q=content+designer

Indeed vous envoie des alertes emploi. Se désabonner""", fmt="html", cte="b64",
  headers={"List-Unsubscribe": "<https://fr.indeed.example.com/unsubscribe>", "Precedence": "bulk"})

m(OT, "cadremploi_newsletter_refus", "fr", "", "",
  ("Cadremploi Le Mag", "newsletter@cadremploi.example.fr"), "Refus, silence radio, entretien raté : comment rebondir", "2026-04-09 08:00",
  """LA NEWSLETTER DES CADRES

Refus après un entretien : ce que les recruteurs ne vous disent pas
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue » : la formule est connue. Mais que se cache-t-il derrière ? Trois recruteurs nous répondent.

Entretien manqué : faut-il s'excuser ou passer à autre chose ?
Vous avez raté un entretien téléphonique ? Un message rapide et sincère peut encore sauver la situation.

Le chiffre de la semaine : 62 % des cadres n'ont jamais reçu de réponse à au moins une candidature.

Lire les articles : https://www.cadremploi.example.fr/editorial

Vous recevez cette lettre car vous êtes inscrit(e) sur Cadremploi. Se désinscrire""", fmt="html",
  headers={"List-Id": "<lemag.cadremploi.example.fr>", "List-Unsubscribe": "<https://www.cadremploi.example.fr/unsub>"})

m(OT, "chasseur_cold_outreach", "fr", "", "h.delacroix@altitude-executive.example.fr",
  ("Hugo Delacroix", "h.delacroix@altitude-executive.example.fr"), "Votre profil", "2026-05-06 12:15",
  """Bonjour Camille,

Je me permets de vous contacter car j'accompagne plusieurs groupes du luxe et de la cosmétique sur leurs recrutements en communication digitale et contenu de marque.

Votre parcours, entre communication corporate et UX writing, est assez rare sur le marché. Je n'ai pas de poste ouvert à vous proposer aujourd'hui, mais je serais ravi de garder le contact et de vous envoyer les missions à venir si vous êtes d'accord.

Bonne journée,

Hugo Delacroix
Associé - Altitude Executive
Recrutement par approche directe""")

m(OT, "linkedin_inmail_fr", "fr", "", "",
  ("LinkedIn", "inmail-hit-reply@linkedin.example.com"), "Sabrina vous a envoyé un message", "2026-06-03 10:44",
  """Sabrina Lopes
Talent Partner chez Agence Mélusine

« Bonjour Camille, je développe mon réseau dans l'univers content & brand. Votre profil m'a tapé dans l'œil, au plaisir d'échanger un jour ! »

Répondre : https://www.linkedin.example.com/messaging/thread/2-abc

Vous recevez des e-mails de notification de messages. Se désabonner""", fmt="html",
  headers={"List-Unsubscribe": "<https://www.linkedin.example.com/e/unsub>"})

m(OT, "podcast_interview_fr", "fr", "", "manon@podcast-motsclefs.example.fr",
  ("Manon — Mots Clefs, le podcast", "manon@podcast-motsclefs.example.fr"), "Invitation dans Mots Clefs 🎙️", "2026-02-25 14:02",
  """Bonjour Camille,

Je produis Mots Clefs, un podcast sur les métiers de l'écriture dans le numérique. J'ai lu ton article sur les messages d'erreur bienveillants et j'aimerais beaucoup t'inviter pour une interview d'une quarantaine de minutes.

L'enregistrement se ferait en studio à Paris 10e ou à distance, courant mars. Tu serais partante ?

Manon
Mots Clefs - le podcast des mots qui font le web""", cte="8bit")

m(OT, "journaliste_interview", "fr", "", "t.roussel@lequotidien-ouest.example.fr",
  ("Thibault Roussel", "t.roussel@lequotidien-ouest.example.fr"), "Demande d'interview - reconversion UX writing", "2026-04-01 11:30",
  """Bonjour Madame,

Journaliste au Quotidien de l'Ouest, je prépare un dossier sur les reconversions vers les métiers du numérique. Une de vos anciennes collègues m'a donné votre nom.

Accepteriez-vous de répondre à mes questions lors d'un entretien téléphonique de 20 minutes cette semaine ? Le sujet paraîtra dans notre édition du week-end.

Bien cordialement,
Thibault Roussel
Journaliste - rubrique Économie
06 00 00 00 00""", charset="iso-8859-1")

m(OT, "user_research_fr", "fr", "", "",
  ("L'équipe Recherche Utilisateur - Santéo", "recherche@santeo.example.fr"), "Participez à un entretien utilisateur (bon d'achat de 40 €)", "2026-03-19 10:00",
  """Bonjour Camille,

Vous utilisez l'application Santéo pour prendre vos rendez-vous médicaux ? Nous cherchons des patients pour des entretiens utilisateurs de 45 minutes en visio afin d'améliorer la prise de rendez-vous.

En remerciement, vous recevrez un bon d'achat de 40 €.

Choisir un créneau : https://santeo.example.fr/recherche/creneaux

Ce message vous est envoyé car vous avez accepté d'être contacté·e pour nos études. Se désinscrire""", fmt="alt",
  headers={"List-Unsubscribe": "<https://santeo.example.fr/unsub>"})

m(OT, "amie_refus_elle", "fr", "", "sarah.benali@example.net",
  ("Sarah Benali", "sarah.benali@example.net"), "bon ben c'est mort pour moi", "2026-05-15 22:40",
  """Coucou ma belle,

Bon, j'ai eu la réponse de l'agence ce midi : refus. « Nous avons décidé de poursuivre avec un profil plus senior », bref la formule habituelle 🙃 Après trois entretiens et un cas pratique, ça pique un peu.

Bref, on se fait un verre jeudi pour se remonter le moral ? Et toi, des nouvelles de ton entretien chez Oiseau Lyre ?

Bisous
Sarah""", cte="8bit")

m(OT, "fwd_offre_ami", "fr", "", "julien.marchand@example.org",
  ("Julien Marchand", "julien.marchand@example.org"), "Fwd: [Offre] UX writer chez Wemoov", "2026-06-08 13:05",
  """Salut Camille, vu passer ça sur la liste de diffusion de mon ancienne école, ça pourrait te plaire ? Ils cherchent quelqu'un pour septembre. Bises, Ju

---------- Forwarded message ---------
De : Association des anciens <anciens@ecole-exemple.example.fr>
Date: lun. 8 juin 2026 à 09:14
Subject: [Offre] UX writer chez Wemoov
To: <anciens-offres@ecole-exemple.example.fr>

Wemoov (mobilité partagée, 60 personnes, Nantes) recrute un·e UX writer en CDI. Candidatures à jobs@wemoov.example.fr avant le 30 juin.""")

m(OT, "colissimo_retard", "fr", "", "",
  ("Colissimo", "noreply@notif-colissimo.example.fr"), "Votre colis 6A123456789 est retardé", "2026-01-30 19:12",
  """Bonjour,

Malheureusement, votre colis n° 6A123456789 a pris du retard en raison d'un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : mardi 3 février.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois

Colissimo - La Poste""", fmt="html", headers={"Auto-Submitted": "auto-generated"})

m(OT, "mondial_relay_position", "fr", "", "",
  ("Mondial Relay", "notification@mondialrelay.example.fr"), "Votre colis est disponible en Point Relais®", "2026-07-03 16:44",
  """Bonjour Camille,

Votre colis est arrivé dans votre Point Relais® :
TABAC DE LA GARE - 12 rue Exemple 69003 Lyon
Position GPS : 45.7601, 4.8593

Il vous attend pendant 14 jours. Pensez à vous munir d'une pièce d'identité et du code de retrait : 482913.

Mondial Relay""", fmt="alt")

m(OT, "banque_pret_dossier", "fr", "", "",
  ("Banque Ardent", "service-client@banqueardent.example.fr"), "Votre demande de prêt personnel a bien été reçue", "2026-04-16 09:05",
  """Madame Nguyen-Lefèvre,

Nous avons bien reçu votre demande de prêt personnel (réf. PP-2026-88213) et vous remercions de votre confiance.

Votre dossier est en cours d'étude par nos services. Une réponse vous sera apportée sous 72 heures ouvrées. Il est possible que votre conseiller vous contacte pour compléter certaines pièces.

Banque Ardent - Service Crédit

Ceci est un message automatique, merci de ne pas y répondre.""", charset="windows-1252")

m(OT, "agence_immo_refus", "fr", "", "location@cabinet-laporte-immo.example.fr",
  ("Cabinet Laporte Immobilier", "location@cabinet-laporte-immo.example.fr"), "Votre dossier de location - T2 rue Exemple", "2026-08-27 18:10",
  """Bonjour Madame,

Nous vous remercions pour le dépôt de votre dossier de location pour l'appartement T2 situé 14 rue Exemple à Lyon 6e.

Après étude par le propriétaire, nous sommes au regret de vous informer que votre candidature n'a pas été retenue : le propriétaire a donné sa préférence à un dossier avec garant.

Nous vous souhaitons de trouver rapidement le logement qui vous convient.

Cordialement,
Cabinet Laporte Immobilier - Service location
04 78 00 00 00""")

m(OT, "universite_admission_du", "fr", "", "",
  ("Université Lumière Confluence - Scolarité", "scolarite-noreply@univ-confluence.example.fr"), "Résultat de votre candidature - DU Écriture numérique", "2026-06-30 12:00",
  """Madame,

La commission pédagogique du Diplôme Universitaire « Écriture numérique et UX writing » s'est réunie le 26 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée 2026, la capacité d'accueil de la formation étant atteinte. Vous êtes placée en liste complémentaire (rang 7).

Le service de la scolarité""", fmt="alt")

m(OT, "impots_avis", "fr", "", "",
  ("impots.gouv.fr", "ne-pas-repondre@dgfip.example.fr"), "Votre avis d'impôt est disponible", "2026-07-24 06:00",
  """Madame, Monsieur,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous avec votre numéro fiscal.

La Direction générale des Finances publiques

Ce courriel vous est adressé automatiquement, merci de ne pas y répondre.""", fmt="html")

m(OT, "caf_message", "fr", "", "",
  ("Caf", "ne-pas-repondre@caf.example.fr"), "Un nouveau message dans votre Espace Mon Compte", "2026-03-06 14:30",
  """Bonjour,

Vous avez reçu un nouveau document dans votre espace Mon Compte sur caf.fr : « Attestation de paiement ».

Pour le consulter, connectez-vous à votre espace.

Votre Caf""")

m(OT, "mutuelle_remboursement", "fr", "", "",
  ("Ma Mutuelle Harmonie Ouest", "info@harmonie-ouest-mutuelle.example.fr"), "Un remboursement vient d'être effectué", "2026-05-21 08:44",
  """Bonjour Camille,

Nous avons effectué un remboursement de 23,40 € correspondant à vos soins du 12/05/2026 (consultation ophtalmologie).

Retrouvez le détail de vos remboursements dans votre espace adhérent.

Harmonie Ouest Mutuelle - vous accompagner au quotidien""", fmt="html", charset="windows-1252")

m(OT, "sncf_retard", "fr", "", "",
  ("SNCF Connect", "noreply@sncf-connect.example.com"), "Information voyage : votre TGV INOUI 6612 est retardé", "2026-03-19 07:02",
  """Bonjour Camille,

En raison d'un mouvement social, votre train TGV INOUI 6612 Lyon Part-Dieu → Nantes du jeudi 19 mars est retardé d'environ 45 minutes. Nous vous prions de nous excuser pour la gêne occasionnée.

Vous pouvez échanger ou annuler votre billet sans frais depuis l'application.

SNCF Voyageurs""", fmt="alt")

m(OT, "salle_de_sport_cours_annule", "fr", "", "",
  ("Fitness Park Confluence", "contact@fitnesspark-confluence.example.fr"), "Cours de Body Pump annulé ce soir", "2026-09-22 15:30",
  """Bonjour Camille,

Votre cours de Body Pump de 19h00 avec Kevin est annulé ce soir (coach malade). Il est reporté à jeudi même heure ; votre réservation a été automatiquement transférée.

Désolés pour le désagrément, à très vite à la salle !

L'équipe Fitness Park Confluence""", fmt="html")

m(OT, "own_sent_thank_you_fr", "fr", "", "",
  CANDIDATE, "Merci pour notre échange", "2026-03-20 17:35",
  """Bonjour Romain, bonjour Inès,

Merci encore pour l'entretien de ce matin (et pour votre souplesse malgré la grève !). J'ai beaucoup apprécié la discussion sur la voix de marque d'Oiseau Lyre et je suis d'autant plus motivée à vous rejoindre.

N'hésitez pas si vous avez besoin d'autres éléments de ma part.

Belle soirée,
Camille Nguyen-Lefèvre
06 00 00 00 00""", to=("Romain Chevalier", "romain@oiseaulyre.example.fr"))

m(OT, "absence_recruteuse", "fr", "", "emilie.faure@lyonnaise-saveurs.example.fr",
  ("Emilie Faure", "emilie.faure@lyonnaise-saveurs.example.fr"), "Réponse automatique : relance candidature", "2026-04-27 09:00",
  """Bonjour,

Je suis absente du bureau jusqu'au lundi 4 mai inclus, avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter le service RH au 04 78 00 00 00.

Cordialement,
Emilie Faure""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

m(OT, "gcal_point_hebdo_asso", "fr", "", "",
  ("Google Agenda", "calendar-notification@google.example.com"), "Notification : Point hebdo bénévoles @ mar. 10 févr. 2026 19:00 - 19:30", "2026-02-10 18:50",
  """Point hebdo bénévoles
mardi 10 févr. 2026 19:00 – 19:30 (heure normale d'Europe centrale)

Participer avec Google Meet : https://meet.google.com/asso-hebd-omd

Agenda : Camille Nguyen-Lefèvre
Invitation de Google Agenda. Vous recevez ce rappel car vous avez activé les notifications par e-mail.""", fmt="alt")

m(OT, "streaming_paiement", "fr", "", "",
  ("Cinélune", "info@mailer.cinelune.example.com"), "Mettez à jour vos informations de paiement", "2026-08-03 04:12",
  """Bonjour Camille,

Nous n'avons pas pu traiter le paiement de votre abonnement Cinélune Standard. Mettez à jour vos informations de paiement pour continuer à regarder vos séries préférées sans interruption.

METTRE À JOUR LE PAIEMENT

L'équipe Cinélune""", fmt="html", headers={"List-Unsubscribe": "<https://cinelune.example.com/unsub>"})

# -------------------------------------------------------------- other (en, es, de)
m(OT, "linkedin_job_alert", "en", "", "",
  ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"), "“content designer”: 24 new jobs in European Union", "2026-02-06 08:03",
  """Your job alert for content designer in European Union
24 new jobs match your preferences.

Content Designer
Quillstack · Remote (EU) · Actively recruiting

Senior UX Writer
Érable Interactive · Montréal, QC (Hybrid) · 3 connections work here

Product Marketing Manager, EMEA
Orbitale · Paris (Remote) · Be an early applicant

See all jobs: https://www.linkedin.example.com/jobs/search/?alert=1

You're receiving Job Alert emails. Unsubscribe · Help
© 2026 LinkedIn Corporation""", fmt="html",
  headers={"List-Unsubscribe": "<https://www.linkedin.example.com/e/v2?unsub=jobalert>", "Precedence": "bulk"})

m(OT, "recruiter_cold_email_en", "en", "", "olivia@kestrel-talent.example.com",
  ("Olivia Grant", "olivia@kestrel-talent.example.com"), "Content design market - 2026", "2026-03-25 10:27",
  """Hi Camille,

I hope you don't mind me reaching out. I run the content design desk at Kestrel Talent and came across your portfolio - really enjoyed the error-messages case study!

I'm not working on anything that fits you right this minute, but I speak with a lot of hiring managers across fintech and healthtech in Europe. I've attached our 2026 Content Design Salary Guide which you might find useful.

If you'd ever like to be kept in the loop, just let me know.

Best,
Olivia Grant
Director, Kestrel Talent
+44 20 0000 0000""", fmt="alt", offset=0)

m(OT, "substack_newsletter_rejection", "en", "", "",
  ("The Content Design Letter", "contentdesignletter@substack.example.com"), "Issue #87: The rejection email nobody wants to write", "2026-04-04 13:00",
  """THE CONTENT DESIGN LETTER - Issue #87

The rejection email nobody wants to write

"Unfortunately, we have decided to move forward with other candidates." Every hiring team sends it; few write it well. This week, three content designers rewrite a real rejection template, and we look at why "we'll keep your CV on file" reads as a brush-off.

Also in this issue:
- How to prepare for a portfolio review interview
- What to do when the interviewer doesn't show up
- Job board: 6 new content roles

Read online: https://contentdesignletter.substack.example.com/p/issue-87

You're a free subscriber. Unsubscribe""", fmt="html",
  headers={"List-Id": "<contentdesignletter.substack.example.com>",
           "List-Unsubscribe": "<https://contentdesignletter.substack.example.com/action/disable_email>", "Precedence": "bulk"})

m(OT, "podcast_interview_en", "en", "", "nat@wordsatwork.example.com",
  ("Nat Okonkwo", "nat@wordsatwork.example.com"), "Podcast interview?", "2026-05-19 17:45",
  """Hi Camille,

I host Words at Work, a podcast about writing inside tech companies. A listener pointed me to your talk at UX Lyon and I'd love to interview you for an episode about moving from corporate comms into UX writing.

We record remotely, around 45 minutes, whenever suits you in June. Interested?

Nat
Words at Work (podcast)""", offset=0)

m(OT, "user_research_interview_en", "en", "", "",
  ("Parcelio Research", "research@parcelio.example.com"), "We'd love your feedback - 30 min interview, $50 gift card", "2026-06-11 16:00",
  """Hi Camille,

Thanks for being a Parcelio customer! Our design team is running user interviews to understand how people track their deliveries.

The interview is a 30-minute video call with one of our researchers. As a thank you, you'll receive a $50 gift card.

Book your interview slot: https://parcelio.example.com/research/book

Parcelio Research Team
You can opt out of research invitations at any time.""", fmt="alt", offset=-4)

m(OT, "order_delayed_en", "en", "", "",
  ("Northleaf Books", "orders@northleafbooks.example.com"), "Update on your order #NB-448120", "2026-02-14 11:11",
  """Hi Camille,

Unfortunately your order is delayed. "Content Design" (2nd edition) is temporarily out of stock at our warehouse; we now expect to dispatch it on 21 February.

We're sorry for the wait. If you'd prefer to cancel, you can do so from your account.

Northleaf Books Customer Care""", fmt="html", offset=0)

m(OT, "location_sharing_en", "en", "", "",
  ("Find My Friends", "noreply@findmy.example.com"), "Alex is sharing their location with you", "2026-07-18 20:20",
  """Alex Nguyen started sharing their location with you.

Current position: 45.7640° N, 4.8357° E (Lyon, France)
Updated 2 minutes ago

Open the app to see Alex on the map.""", offset=2)

m(OT, "credit_card_application", "en", "", "",
  ("Revolta Bank", "no-reply@revoltabank.example.com"), "We've received your credit card application", "2026-04-24 09:40",
  """Hi Camille,

Thanks for applying for the Revolta Metal credit card. We've received your application and our team is reviewing it.

We'll let you know our decision within 5 working days. We may ask you for additional documents to verify your income.

Revolta Bank
Revolta Bank UAB is authorised by the Bank of Lithuania.""", fmt="alt", offset=3)

m(OT, "university_admission_en", "en", "", "",
  ("Graduate Admissions", "gradadmissions-noreply@kingsbridge-univ.example.ac.uk"), "Your application to MA Digital Media (Part-time)", "2026-05-08 15:00",
  """Dear Camille,

Thank you for your application for the MA Digital Media (Part-time) programme starting in September 2026.

We regret to inform you that we are unable to offer you a place on this occasion. The programme was heavily oversubscribed this year.

We wish you every success with your future plans.

Graduate Admissions Office
Kingsbridge University""", offset=1)

m(OT, "own_sent_followup_en", "en", "", "",
  CANDIDATE, "Following up - Content Designer application", "2026-02-03 09:12",
  """Hi Dev,

Just following up on my application for the content design role at Moonshot Labs - I'd love to chat whenever suits you. My portfolio is here: https://camille-nl.example.com/portfolio

Thanks,
Camille""", to=("Dev Patel", "dev@moonshotlabs.example.com"))

m(OT, "ooo_recruiter_en", "en", "", "sophie@talentforge.example.co.uk",
  ("Sophie Carter", "sophie@talentforge.example.co.uk"), "Automatic reply: Brackenridge - interview prep", "2026-04-03 08:00",
  """Thank you for your email. I'm out of the office on annual leave until Monday 6th April with no access to emails.

For anything urgent please contact my colleague Ravi on ravi@talentforge.example.co.uk.

Sophie""", headers={"Auto-Submitted": "auto-replied"}, offset=1)

m(OT, "gcal_standup_freelance", "en", "", "",
  ("Google Calendar", "calendar-notification@google.example.com"), "Reminder: Daily standup - Bloomhaus content sprint @ Mon Mar 2, 2026 9:30am - 9:45am", "2026-03-02 09:20",
  """Daily standup - Bloomhaus content sprint
Monday Mar 2, 2026 ⋅ 9:30 – 9:45am (Central European Time - Paris)

Join with Google Meet: https://meet.google.com/bhs-stnd-upp

Organizer: lena@bloomhaus.example.com
Guests: camille.nguyen@example.com, jonas@bloomhaus.example.com

Reminder from Google Calendar.""", fmt="alt")

m(OT, "friend_fwd_rejection_en", "en", "", "marcus.bell@example.net",
  ("Marcus Bell", "marcus.bell@example.net"), "Fwd: Your application to Quillstack", "2026-08-19 21:03",
  """ha, same template as yours?? at least they're consistent. drinks friday?

M

---------- Forwarded message ---------
From: Quillstack Hiring Team <no-reply@ashbyhq.com>
Date: Wed, Aug 19, 2026 at 5:10 AM
Subject: Your application to Quillstack
To: <marcus.bell@example.net>

Hi Marcus,

Thanks for your time, but we won't be moving forward with your application for Senior UX Writer.

Best,
Quillstack Hiring Team""", offset=1)

m(OT, "magazine_interview_request_en", "en", "", "priya@uxmonthly.example.com",
  ("Priya Desai", "priya@uxmonthly.example.com"), "Interview request for UX Monthly", "2026-09-29 12:00",
  """Hello Camille,

I'm an editor at UX Monthly. We're putting together a feature on content designers who came from marketing and communications, and I'd love to interview you - about 30 minutes by video, at your convenience next week.

Let me know if you're up for it, and I'll send over some questions in advance.

Kind regards,
Priya Desai
Features Editor, UX Monthly""", offset=5)

m(OT, "streaming_en", "en", "", "",
  ("Tunewave", "no-reply@tunewave.example.com"), "Your Premium plan renews soon", "2026-10-02 03:00",
  """Hi Camille,

Just a heads-up: your Tunewave Premium Duo plan renews on 9 October for €14.99.

No action needed. To change or cancel your plan, visit your account page.

Tunewave""", fmt="html", headers={"List-Unsubscribe": "<https://tunewave.example.com/unsub>"})

m(OT, "webinar_interview_skills", "en", "", "",
  ("Jobteaser Events", "events@jobteaser.example.com"), "Tomorrow: Ace your next interview (live webinar)", "2026-01-21 12:30",
  """Hi Camille,

Join us tomorrow at 6pm CET for "Ace your next interview", a live webinar with two senior recruiters.

We'll cover: answering "tell me about yourself", handling a panel interview, what to do after a rejection, and how to follow up without being pushy.

Save my seat: https://www.jobteaser.example.com/events/ace-your-interview

See you there!
The Jobteaser Events team""", fmt="html",
  headers={"List-Id": "<events.jobteaser.example.com>", "List-Unsubscribe": "<https://www.jobteaser.example.com/unsub>"})

m(OT, "es_infojobs_alertas", "es", "", "",
  ("InfoJobs", "alertas@infojobs.example.net"), "Nuevas ofertas: Responsable de comunicación", "2026-03-12 07:30",
  """Hola Camille,

Tenemos 9 nuevas ofertas que coinciden con tu alerta «Responsable de comunicación - Teletrabajo»:

• Responsable de Comunicación - Grupo Alcantara Seguros - Madrid
• Content Manager bilingüe FR/ES - Lumen Fintech - 100% remoto
• Técnico/a de Comunicación - Clínica Santa Brígida - Sevilla

Ver todas las ofertas: https://www.infojobs.example.net/ofertas

Consejo de la semana: cómo responder a una entrevista por competencias.

Darse de baja""", fmt="html", headers={"List-Unsubscribe": "<https://www.infojobs.example.net/baja>"})

m(OT, "es_amiga_rechazo", "es", "", "ines.moreno@example.org",
  ("Inés Moreno", "ines.moreno@example.org"), "ufff", "2026-06-26 23:58",
  """Cami!! Me acaban de decir que no en lo de la agencia de Barcelona, después de cuatro entrevistas. "Hemos decidido seguir con otra candidata", así tal cual. Estoy de bajón.

Bueno, ¿cuándo vienes a Madrid? Necesito un vermut contigo.

Besos,
Inés

Enviado desde mi iPhone""")

m(OT, "es_correos_retraso", "es", "", "",
  ("Correos", "notificaciones@correos.example.es"), "Tu envío PQ4R8 sufre un retraso", "2026-05-02 10:20",
  """Hola,

Lamentablemente tu envío PQ4R8000123 sufre un retraso en la entrega por una incidencia en el centro de tratamiento. Te lo entregaremos en cuanto sea posible.

Puedes seguir tu envío en correos.es.

Correos""", fmt="alt", charset="iso-8859-1")

m(OT, "es_encuesta_entrevista", "es", "", "",
  ("Equipo de Investigación de Usuarios - Viajalo", "research@viajalo.example.com"), "¿Nos ayudas? Entrevista de 20 minutos", "2026-09-17 11:00",
  """Hola Camille,

Estamos rediseñando la app de Viajalo y buscamos viajeros para una entrevista de investigación de 20 minutos por videollamada. Te regalamos un cupón de 25 € por participar.

Reserva tu hueco aquí: https://viajalo.example.com/research

¡Gracias!
El equipo de Investigación de Usuarios""", fmt="html")

m(OT, "de_stepstone_jobletter", "de", "", "",
  ("StepStone Jobletter", "jobletter@stepstone.example.de"), "15 neue Jobs für Sie: Content Manager", "2026-02-23 06:45",
  """Guten Morgen Camille,

hier sind Ihre neuen Jobs passend zu Ihrem Suchauftrag „Content Manager – Remote":

Senior Content Manager (m/w/d) – Kessler & Voss Kommunikation – Hamburg/Remote
UX Writer (m/w/d) – Wandelbar – Remote
Referent/in Unternehmenskommunikation – Stadtwerke Rheinaue – Köln

Alle Jobs ansehen: https://www.stepstone.example.de/jobs

Karriere-Tipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor.

Sie erhalten diesen Jobletter, weil Sie einen Suchauftrag angelegt haben. Abmelden""", fmt="html", charset="windows-1252",
  headers={"List-Unsubscribe": "<https://www.stepstone.example.de/abmelden>", "Precedence": "bulk"})

m(OT, "de_xing_recruiter_nachricht", "de", "", "",
  ("XING", "mailrobot@mail.xing.example.com"), "Neue Nachricht von Felix Baumann", "2026-04-29 14:14",
  """Hallo Camille,

Felix Baumann (Senior Recruiter, Nordlicht Personalberatung) hat Ihnen eine Nachricht geschrieben:

„Hallo Frau Nguyen-Lefèvre, ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang spannend. Ich würde mich freuen, wenn wir uns vernetzen – vielleicht ergibt sich künftig etwas Passendes."

Nachricht lesen: https://www.xing.example.com/chats

Ihr XING-Team""", fmt="html")

m(OT, "de_dhl_verspaetung", "de", "", "",
  ("DHL Paket", "noreply@dhl.example.de"), "Ihre Sendung verzögert sich", "2026-06-15 17:02",
  """Hallo Camille Nguyen-Lefèvre,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung. Voraussichtliche Zustellung: Donnerstag, 18.06.

Sendung verfolgen: https://www.dhl.example.de/sendungsverfolgung

Ihr DHL Team""", fmt="alt")

m(OT, "de_karriere_newsletter", "de", "", "",
  ("Karrierebibel Newsletter", "newsletter@karriere-magazin.example.de"), "Absage erhalten? So geht's weiter", "2026-07-30 07:00",
  """KARRIERE-NEWSLETTER | Ausgabe 31/2026

Absage erhalten? So geht's weiter
„Leider müssen wir Ihnen mitteilen…" – kaum ein Satz frustriert mehr. Wir zeigen, wie Sie nach einer Absage nach Feedback fragen und was Sie aus einem verpassten Vorstellungsgespräch lernen.

Außerdem: Die 10 häufigsten Fragen im Zweitgespräch.

Zum Artikel: https://www.karriere-magazin.example.de/absage

Newsletter abbestellen""", fmt="html",
  headers={"List-Id": "<newsletter.karriere-magazin.example.de>", "List-Unsubscribe": "<https://www.karriere-magazin.example.de/abmelden>"})

m(OT, "de_wohnung_absage", "de", "", "vermietung@hausverwaltung-lindner.example.de",
  ("Hausverwaltung Lindner", "vermietung@hausverwaltung-lindner.example.de"), "Ihre Bewerbung um die Wohnung Lindenstraße 12", "2026-09-04 12:30",
  """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lindenstraße 12 und die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Lindner
Tel. 0221 0000000""")

m(OT, "de_abwesenheit_recruiterin", "de", "", "k.brandt@hanse-medienhaus.example.de",
  ("Katrin Brandt", "k.brandt@hanse-medienhaus.example.de"), "Automatische Antwort: Rückfrage Vertrag", "2026-04-27 09:30",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Mai nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@hanse-medienhaus.example.de.

Mit freundlichen Grüßen
Katrin Brandt""", headers={"Auto-Submitted": "auto-replied"})


if __name__ == "__main__":
    write(MAILS)
