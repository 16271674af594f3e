"""Writes the thirty-third labelled corpus: three months of Karim Benali's inbox, Jan-Oct 2026.

The wording of every message is written out by hand below (one entry per message); this script
only dresses each body in a realistic MIME structure (plain, HTML-only, alternative,
quoted-printable, base64, legacy charsets, calendar parts, attachments, list headers), gives it
consistent Message-IDs, dates and threading headers, and writes labels.csv. Run it from anywhere:
`python tests/corpus_thirtythird/make_thirtythird.py`. Output is deterministic.

Imports only the standard library; it must never import the classifier.
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import html as htmlmod
import re
import shutil
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
KARIM = "Karim Benali <karim.benali@example.net>"
KARIM_ADDR = "karim.benali@example.net"
AUTO = object()
MACHINE = re.compile(
    r"no-?reply|ne-?pas-?r[eé]pondre|noresponder|do-?not-?reply|notifica|mailer|boletin|"
    r"alert|digest|newsletter|info@|bounce|calendar-server|automat|system@|news@|"
    r"nepasrepondre|keine-?antwort|updates@|hello@|jobs-listings|ats@|"
    # ATS and job-board sending domains: their per-customer addresses reach no person
    r"@(.+\.)?(myworkday\.com|taleo\.net|flatchr\.io|recruitee\.com|greenhouse-mail\.io|"
    r"lever\.co|smartrecruiters\.com|teamtailor-mail\.com|ashbyhq\.com|successfactors\.eu|"
    r"talent-soft\.com|icims\.com|softgarden\.io|linkedin\.com|indeed\.com|stepstone\.de|"
    r"welcometothejungle\.com|google\.com|substack\.com)$",
    re.IGNORECASE,
)
MESSAGES: list[dict] = []


def M(kind: str, scen: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> None:
    """Record one message: the hand-written text plus how it is dressed."""
    MESSAGES.append({"kind": kind, "scen": scen, "lang": lang, "frm": frm,
                     "subject": subject, "body": body.strip("\n") + "\n", **kw})


def gmail_quote(when: str, who: str, text: str) -> str:
    return f"\nOn {when}, {who} wrote:\n" + "".join(f"> {ln}\n" if ln else ">\n"
                                                    for ln in text.strip("\n").split("\n"))


def fr_quote(when: str, who: str, text: str) -> str:
    return f"\nLe {when}, {who} a écrit :\n" + "".join(f"> {ln}\n" if ln else ">\n"
                                                       for ln in text.strip("\n").split("\n"))


def de_quote(when: str, who: str, text: str) -> str:
    return f"\nAm {when} schrieb {who}:\n" + "".join(f"> {ln}\n" if ln else ">\n"
                                                     for ln in text.strip("\n").split("\n"))


def es_quote(when: str, who: str, text: str) -> str:
    return f"\nEl {when}, {who} escribió:\n" + "".join(f"> {ln}\n" if ln else ">\n"
                                                       for ln in text.strip("\n").split("\n"))


def outlook_quote(frm: str, sent: str, to: str, subject: str, text: str,
                  labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject")) -> str:
    return (f"\n________________________________\n{labels[0]}: {frm}\n{labels[1]}: {sent}\n"
            f"{labels[2]}: {to}\n{labels[3]}: {subject}\n\n{text.strip()}\n")


def ics(uid: str, start: str, minutes: int, summary: str, organizer: str, *,
        method: str = "REQUEST", location: str = "", status: str = "CONFIRMED",
        seq: int = 0, rrule: str = "") -> str:
    """A minimal but valid iCalendar object as calendar servers and ATS products send it."""
    dt = datetime.fromisoformat(start).replace(tzinfo=UTC)
    end = dt + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus33//Mail//EN", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{(dt - timedelta(days=3)).strftime(fmt)}",
             f"DTSTART:{dt.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}", f"SUMMARY:{summary}",
             f"ORGANIZER:mailto:{organizer}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{KARIM_ADDR}",
             f"SEQUENCE:{seq}", f"STATUS:{status}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued with a space."""
    parts = [line[:75]] + [" " + line[i:i + 74] for i in range(75, len(line), 74)]
    return "\r\n".join(parts) + "\r\n"


_URL = re.compile(r"https?://\S+")


def to_html(text: str, brand: str, track: str) -> str:
    """The body as a marketing-style HTML mail: tables, inline styles, tracked links, a logo."""
    paras = []
    for block in text.strip().split("\n\n"):
        esc = htmlmod.escape(block)
        esc = _URL.sub(lambda m: f'<a href="https://{track}/c/{hashlib.md5(m.group(0).encode()).hexdigest()[:12]}'
                       f'?u={htmlmod.escape(m.group(0))}" style="color:#1a73e8">{m.group(0)}</a>', esc)
        paras.append('<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;line-height:20px;color:#333">{esc.replace(chr(10), "<br>")}</p>')
    logo = (f'<img src="https://{track}/logo.png" alt="{htmlmod.escape(brand)}" width="120" '
            'height="32" style="display:block;border:0">') if brand else ""
    pixel = f'<img src="https://{track}/o/{hashlib.md5(text.encode()).hexdigest()[:16]}.gif" width="1" height="1" alt="">'
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;'
            'background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" '
            'cellspacing="0" style="background:#f4f4f4"><tr><td align="center">'
            '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">'
            f'<tr><td>{logo}</td></tr><tr><td>{"".join(paras)}</td></tr></table>'
            f'{pixel}</td></tr></table></body></html>')


def _addr(value: str) -> str:
    return getaddresses([value])[0][1].lower()


def _contact(spec: dict) -> str:
    """The label rule: Reply-To if human, else the human sender, else empty."""
    if spec.get("contact", AUTO) is not AUTO:
        return str(spec["contact"])
    for field in ("reply_to", "frm"):
        value = spec.get(field)
        if value:
            address = _addr(str(value))
            if address != KARIM_ADDR and not MACHINE.search(address):
                return address
    return ""


ZONES = {".ca.test": "America/Toronto", ".in.test": "Asia/Kolkata", ".au.test": "Australia/Sydney",
         ".ie.test": "Europe/Dublin", ".uk.test": "Europe/London", ".ma.test": "Africa/Casablanca"}


def _sender_zone(domain: str, lang: str) -> ZoneInfo:
    """Mail programs stamp local time: the sender's zone, guessed from its domain or language."""
    for suffix, zone in ZONES.items():
        if domain.endswith(suffix):
            return ZoneInfo(zone)
    return ZoneInfo("Europe/Paris" if lang != "en" else "UTC")


def build(spec: dict, index: int, when: datetime) -> EmailMessage:
    """Dress one hand-written message in headers and MIME structure."""
    msg = EmailMessage()
    sender = _addr(spec["frm"])
    domain = sender.split("@")[1]
    tag = hashlib.sha1(f"{index}{spec['scen']}".encode()).hexdigest()
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", KARIM)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(when.astimezone(_sender_zone(domain, spec["lang"])))
    msg["Message-ID"] = f"<{tag[:20]}.{index}@{domain}>"
    if re.match(r"(?i)(re|aw|tr|fwd?|wg|rv|res)\s?:", spec["subject"]) or spec.get("thread"):
        parent = f"<{tag[20:36]}@{spec.get('parent_domain', 'mail.example.net')}>"
        root = f"<{tag[4:18]}.root@{spec.get('parent_domain', 'mail.example.net')}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"{root} {parent}"
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    body: str = spec["body"]
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "8bit" if cs == "utf-8" else "quoted-printable")
    fmt = spec.get("fmt", "plain")
    brand = spec.get("brand", spec.get("company", ""))
    track = spec.get("track", f"click.{domain}")
    html = spec.get("html") or to_html(body, brand, track)
    html = html.encode(cs, "xmlcharrefreplace").decode(cs)
    html_cte = "quoted-printable" if cte in ("8bit", "7bit") else cte
    if fmt == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif fmt == "html":
        msg.set_content(html, subtype="html", charset=cs, cte=html_cte)
    else:  # alternative
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(html, subtype="html", charset=cs, cte=html_cte)
    if spec.get("ics"):
        method = re.search(r"METHOD:(\w+)", spec["ics"]).group(1)  # type: ignore[union-attr]
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        msg.add_attachment(spec["ics"].encode(), maintype="text", subtype="calendar",
                           params={"method": method}, filename="invite.ics")
    for name, data in spec.get("attach", []):
        sub = "pdf" if name.endswith(".pdf") else "octet-stream"
        msg.add_attachment(data, maintype="application", subtype=sub, filename=name)
    # Stable boundaries keep the output deterministic, so a rerun changes no file.
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_{tag[:24]}_{depth}")
    return msg


def main() -> None:
    order = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other"]
    for kind in order:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    rows = []
    for index, spec in enumerate(MESSAGES, start=1):
        step = timedelta(days=(index * 37) % 290, minutes=(index * 613) % 660)
        when = spec.get("date") or DATES.get(spec["scen"]) or start + step
        if isinstance(when, str):
            when = datetime.fromisoformat(when).replace(tzinfo=UTC)
        msg = build(spec, index, when)
        rel = f"{spec['kind']}/{index:03d}_{spec['scen']}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(msg.as_bytes(policy=email.policy.SMTP))
        company = spec.get("company", "") if spec["kind"] != "other" or spec.get("job") else ""
        rows.append([rel, spec["kind"], company, _contact(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# The messages. Kinds: R rejection, INV interview_invitation, C reschedule/cancel, N missed
# (no-show), A application_received, OFFER offer, X other.
# ---------------------------------------------------------------------------------------------
R, INV, C, N, A, OFFER, X = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                           "missed_interview_notice", "application_received", "offer", "other")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

# ----------------------------------------------------------------------------- rejections
M(R, "workday_soft_bank", "fr", "Banque Aurore <banqueaurore@myworkday.com>",
  "Votre candidature - Ingénieur SRE H/F (REQ-20931)", """
Bonjour Karim,

Nous vous remercions de l'intérêt que vous portez à Banque Aurore et du temps consacré à votre candidature pour le poste d'Ingénieur SRE H/F (REQ-20931).

Après une étude attentive de votre profil, nous avons le regret de vous informer que nous avons décidé de poursuivre le processus avec des candidats dont le parcours correspond plus étroitement aux besoins actuels de l'équipe.

Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Banque Aurore

Ce message a été généré automatiquement, merci de ne pas y répondre.
Banque Aurore SA au capital de 412 000 000 EUR - RCS Paris 552 000 111 - Les informations contenues dans ce message sont confidentielles et destinées exclusivement à leur destinataire.
""", company="Banque Aurore", fmt="html", cte="quoted-printable")

M(R, "after_onsite_hm_short", "fr", "Julien Marchetti <j.marchetti@telvia.example.com>",
  "Re: suite entretien", """
Bonjour Karim,

Merci encore pour ton temps jeudi, les échanges avec l'équipe ont été vraiment sympas.
On a finalement retenu un autre profil, plus senior sur Kubernetes en prod. Désolé de ne pas avoir meilleure nouvelle.

Bonne continuation et n'hésite pas si tu repasses par Lyon.

Julien

Envoyé de mon iPhone
""" + fr_quote("mar. 3 févr. 2026 à 18:12", "Karim Benali <karim.benali@example.net>", """
Bonjour Julien,
Merci pour l'entretien de ce jour, j'ai apprécié la discussion sur votre migration vers l'astreinte partagée.
Bien à vous,
Karim"""), company="Telvia")

M(R, "position_filled_hospital", "fr", "Direction des Ressources Humaines <drh-recrutement@ch-saintroch.example.org>",
  "Candidature ingénieur systèmes", """
Monsieur,

Vous avez bien voulu nous adresser votre candidature au poste d'ingénieur systèmes et réseaux au sein de la Direction du Numérique du Groupe Hospitalier Saint-Roch, et nous vous en remercions.

Nous sommes au regret de vous informer que le poste a été pourvu.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Mme Corinne Vasseur
Attachée d'administration hospitalière
Direction des Ressources Humaines
Groupe Hospitalier Saint-Roch - 12 rue des Tanneurs - 44000 Nantes
Tél. 02 40 00 12 34
""", company="Groupe Hospitalier Saint-Roch", cs="iso-8859-1")

M(R, "welcometothejungle_ats", "fr", "Nuvéo via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Nuvéo - Votre candidature pour Site Reliability Engineer", """
Hello Karim,

Merci d'avoir postulé chez Nuvéo ! Toute l'équipe a pris le temps de lire ta candidature.

Malheureusement, on ne va pas pouvoir aller plus loin ensemble pour le poste de Site Reliability Engineer. On a reçu beaucoup de candidatures et on a dû faire des choix difficiles.

On te souhaite le meilleur pour la suite 🚀

La team Nuvéo

Voir d'autres offres : https://www.welcometothejungle.com/fr/companies/nuveo/jobs
Se désabonner : https://www.welcometothejungle.com/fr/me/settings
""", company="Nuvéo", fmt="alt", brand="Welcome to the Jungle", track="email.welcometothejungle.com")

M(R, "esn_cabinet_relayed", "fr", "Sandrine Oyono <sandrine.oyono@talentbridge-conseil.example.com>",
  "Retour client - poste DevOps / SRE", """
Bonjour Karim,

Je reviens vers vous concernant le poste DevOps / SRE chez notre client (énergie, Toulouse).
J'ai eu le retour du manager ce matin : malheureusement ils ne donnent pas suite. Ils ont apprécié votre aisance sur AWS mais cherchent quelqu'un qui a déjà tenu des astreintes sur de l'OT/SCADA, ce qui est très spécifique.

Je garde évidemment votre profil sous le coude, j'ai d'autres missions qui arrivent en mars et je pense à vous !

Belle journée,
Sandrine

Sandrine OYONO | Consultante Senior IT & Digital
TalentBridge Conseil - Cabinet de recrutement
06 12 34 56 78 | www.talentbridge-conseil.example.com
""", company="TalentBridge Conseil")

M(R, "role_on_hold_quebec", "fr", "Émilie Gagnon <emilie.gagnon@pixelmare.example.com>",
  "Mise à jour - poste Ingénieur(e) fiabilité", """
Bonjour Karim,

Je voulais vous tenir au courant personnellement : suite à une réorganisation interne, le poste d'Ingénieur(e) fiabilité des plateformes en ligne est mis sur la glace pour une durée indéterminée et nous ne poursuivrons pas le processus de dotation pour l'instant.

Je suis désolée, je sais que vous aviez investi du temps dans le test technique. Si le poste est réouvert, je vous recontacterai en priorité.

Au plaisir,

Émilie Gagnon
Conseillère principale, Acquisition de talents
Studio Pixelmare | Montréal, QC
514 555-0142
""", company="Studio Pixelmare")

M(R, "takehome_feedback", "fr", "Thomas Leclercq <thomas@kaskad.example.io>",
  "Ton exercice technique", """
Salut Karim,

Merci pour le rendu de l'exercice (le Terraform + le runbook d'incident). On l'a relu à trois.

Pour être transparent : on ne va pas continuer le process. Le code était propre mais la partie observabilité était trop légère pour ce qu'on cherche (pas de SLO défini, alerting uniquement sur CPU). Je préfère te le dire franchement plutôt qu'un mail générique.

Bonne chance pour la suite, vraiment.
Thomas
CTO - Kaskad
""", company="Kaskad")

M(R, "apec_terse", "fr", "Recrutement Mutuelle Atlantique <recrutement@mutuelle-atlantique.example.fr>",
  "Réponse à votre candidature", """
Bonjour,

Suite à votre candidature au poste "Ingénieur Cloud (F/H) - Nantes", nous ne sommes malheureusement pas en mesure d'y répondre favorablement.

Cordialement,

Service Recrutement
Mutuelle Atlantique
Mutuelle soumise aux dispositions du livre II du Code de la mutualité.
""", company="Mutuelle Atlantique", cs="windows-1252")

M(R, "ats_taleo_odd_format", "fr", "Assurances Lémanique <lemanique@taleo.net>",
  "Assurances Lémanique : statut de votre candidature // Status of your application", """
Madame, Monsieur Karim Benali,

Nous accusons réception de votre dossier et vous remercions de votre intérêt pour le poste Ingénieur(e) Plateforme Cloud  -  Genève  (ID : 2600417).

Après un examen approfondi de votre dossier,nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue pour ce poste.

Cette décision ne remet pas en cause vos compétences et qualités professionnelles.

Avec nos meilleures salutations

Assurances Lémanique
Ressources Humaines

*** Merci de ne pas répondre à ce courriel. ***
""", company="Assurances Lémanique", cte="base64")

M(R, "brussels_public_after_jury", "fr", "Jury de sélection <jury.numerique@agence-numerique.example.be>",
  "Sélection comparative - Architecte cloud (réf. AND26012)", """
Madame, Monsieur,

Nous vous informons que vous n'avez pas atteint le score minimum requis lors de l'épreuve orale de la sélection comparative AND26012 (Architecte cloud - néerlandophone/francophone).

Votre résultat : 54/100 (minimum requis : 60/100).

Vous pouvez demander un feedback écrit dans les 30 jours via votre compte candidat.

Nous vous remercions pour votre participation.

Le jury de sélection
Agence du Numérique de Bruxelles
Ce courriel est envoyé depuis une adresse fonctionnelle, les réponses ne sont pas lues.
""", company="Agence du Numérique de Bruxelles", contact="")

M(R, "tu_startup_casual_short", "fr", "Inès <ines@cartographe.example.fr>",
  "Cartographe x Karim", """
Hello Karim,
Merci pour l'échange de mardi ! On a décidé de ne pas avancer pour ce poste, on cherche finalement quelqu'un de plus orienté data platform.
Bonne suite à toi 🙏
Inès — Head of People @ Cartographe
""", company="Cartographe")

M(R, "flatchr_after_codingame", "fr", "Koudou Recrutement <koudou@flatchr.io>",
  "Votre candidature chez Koudou", """
Bonjour Karim,

Nous vous remercions d'avoir pris le temps de réaliser le test CodinGame pour le poste d'Ingénieur Backend / SRE basé à Casablanca.

Malgré des résultats intéressants, nous avons choisi de donner la priorité à des profils disponibles immédiatement sur place. Nous ne donnerons donc pas suite à votre candidature.

Bien cordialement,
Meryem Alaoui
Talent Acquisition - Koudou
""", company="Koudou", reply_to="Meryem Alaoui <meryem.alaoui@koudou.example.ma.test>")

M(R, "greenhouse_soft_en", "en", "Ledgerline Hiring Team <no-reply@us.greenhouse-mail.io>",
  "Your application to Ledgerline", """
Hi Karim,

Thank you for your interest in the Site Reliability Engineer II role at Ledgerline. We appreciate the time you invested in the process.

After careful consideration, we've decided to move forward with other candidates whose background more closely aligns with the needs of the team at this time.

We'll keep your information on file and may reach out if a role opens up that's a fit. We wish you the best of luck in your search.

Best,
The Ledgerline Talent Team
""", company="Ledgerline", fmt="alt", track="links.greenhouse.io")

M(R, "uk_shant_progress", "en", "Rupert Ashworth <rupert.ashworth@albionwater.example.co.uk.test>",
  "RE: Platform Reliability Engineer - Albion", """
Dear Karim,

Many thanks for attending the panel interview last Tuesday and for your patience whilst we deliberated.

I'm afraid we shan't be progressing your application to the final stage on this occasion. The panel felt your experience was strong on the cloud side but a touch light on incident command for critical national infrastructure.

Do keep an eye on our careers site, as we expect further roles in the autumn.

Kind regards,

Rupert Ashworth
Senior Resourcing Partner | Albion Water
Albion Water plc is registered in England and Wales no. 04000000. This email and any attachments are confidential.
""" + outlook_quote("Karim Benali <karim.benali@example.net>", "11 March 2026 17:40", "Rupert Ashworth",
                    "Platform Reliability Engineer - Albion", "Hi Rupert,\nThanks again for today, any news on timelines?\nKarim"),
  company="Albion Water")

M(R, "very_short_mobile", "en", "Dan Okafor <dan@brightpath.example.com>",
  "Update", """
Thanks for your time Karim, but we won't be moving forward. Best of luck!

Sent from my iPhone
""", company="Brightpath")

M(R, "indian_regret_inform", "en", "Priya Raghunathan <priya.r@infoveda.example.in.test>",
  "Regarding your candidature - SRE Lead", """
Dear Karim,

Greetings from Infoveda Technologies!

We thank you for your interest in the position of SRE Lead and for taking out time for the technical discussion with our panel.

We regret to inform you that your profile has not been shortlisted for the next round of the selection process. We will keep your resume in our database for future requirements.

Wishing you all the very best.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition | Infoveda Technologies
+91 80 4000 1234
DISCLAIMER: This e-mail message may contain confidential, proprietary or legally privileged information. It should not be used by anyone who is not the original intended recipient.
""", company="Infoveda Technologies")

M(R, "lever_after_system_design", "en", "Hollowbyte Games <no-reply@hire.lever.co>",
  "Hollowbyte Games | Reliability Engineer, Live Ops", """
Hi Karim,

Thanks so much for interviewing with us for the Reliability Engineer, Live Ops position, and for the time you spent on the system design round.

It was a hard decision, but the team has decided not to move forward with your candidacy. Because of the number of candidates we speak with we're not able to share detailed feedback, but we really enjoyed meeting you.

Warmly,
Maya at Hollowbyte Games
""", company="Hollowbyte Games", fmt="html", track="hire.lever.co")

M(R, "role_cancelled_canada", "en", "Jordan Tremblay <jordan.tremblay@maplecore.example.ca.test>",
  "Quick update on the DevOps role", """
Hey Karim,

Wanted to give you a heads up before it hits the portal - leadership froze hiring for Q2 and the Cloud Ops Engineer req has been cancelled outright. So we won't be proceeding with your application, which stinks because you were one of our top picks.

If it reopens I'll reach out directly. Sorry eh.

Jordan
People & Culture, MapleCore Insurance
""", company="MapleCore Insurance")

M(R, "agency_relayed_exclaim", "en", "Ollie Grant <ollie@stackhunters.example.co.uk.test>",
  "Feedback from Fintechly!!", """
Hi Karim!!

Hope you're well! Just had feedback from the guys at Fintechly - unfortunately they've decided to go with another candidate who had a bit more Go in production :( Gutted as I really thought you smashed the pairing session!!

Don't worry though, I've got 2-3 other SRE roles in London I think you'd be perfect for - are you free for a call Thursday?

Cheers!
Ollie Grant
Principal Consultant - Platform & SRE | Stack Hunters
M: +44 7700 900123
""", company="Fintechly")

M(R, "smartrecruiters_closed", "en", "Kestrel Telecom <noreply@smartrecruiters.com>",
  "Update regarding Senior Cloud Engineer (Dublin)", """
Dear Karim,

Thank you for applying for the Senior Cloud Engineer (Dublin) position at Kestrel Telecom.

We would like to let you know that this position has now been closed and we are no longer considering applications for it.

We encourage you to visit our career page for other opportunities.

Kind regards,
Kestrel Telecom Talent Acquisition
""", company="Kestrel Telecom", fmt="alt", cte="base64", track="my.smartrecruiters.com")

M(R, "nigerian_owned_en", "en", "Adaeze Nwosu <adaeze.nwosu@paystream.example.com>",
  "Re: Your application", """
Dear Karim,

Trust this meets you well.

Thank you for the time you took to speak with us on the SRE role. After review, we are unable to offer you the role at this time, as we have concluded with a candidate whose experience is closer to our current requirements.

Please do not be discouraged. We will reach out should a suitable opportunity arise.

Warm regards,
Adaeze Nwosu
Head, People Operations
PayStream Africa | Lagos - Amsterdam
""", company="PayStream Africa")

M(R, "personio_de_standard", "de", "Recruiting Team Wattwerk <jobs@wattwerk.example.de.test>",
  "Ihre Bewerbung als Site Reliability Engineer (m/w/d)", """
Sehr geehrter Herr Benali,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Wattwerk.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie bei der Besetzung der Position nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Lena Brandt
People & Culture

Wattwerk GmbH | Schlesische Str. 12 | 10997 Berlin
Geschäftsführer: Jan Seidel | HRB 200000 B, Amtsgericht Charlottenburg
""", company="Wattwerk", cs="iso-8859-1", contact="jobs@wattwerk.example.de.test")

M(R, "de_after_interview_du", "de", "Max Hoffmann <max.hoffmann@lumenlabs.example.de.test>",
  "AW: Gespräch am Freitag", """
Hi Karim,

danke nochmal für das nette Gespräch am Freitag! Wir haben uns im Team jetzt leider für jemand anderen entschieden, der schon mehr Erfahrung mit Bare-Metal-Kubernetes hat.

Ich drück dir die Daumen für die weitere Suche!

Viele Grüße
Max
""" + de_quote("Fr., 10. Apr. 2026 um 16:02", "Karim Benali <karim.benali@example.net>", """
Hallo Max,
vielen Dank für das Gespräch heute. Ich freue mich auf eure Rückmeldung.
Beste Grüße
Karim"""), company="Lumen Labs")

M(R, "de_stelle_besetzt_kurz", "de", "Bewerbermanagement <bewerbung@stadtwerke-rheinau.example.de.test>",
  "Absage", """
Sehr geehrter Herr Benali,

die ausgeschriebene Stelle "DevOps Engineer (m/w/d)" konnte inzwischen besetzt werden. Ihre Unterlagen werden gemäß DSGVO nach 6 Monaten gelöscht.

Freundliche Grüße
Ihre Personalabteilung
Stadtwerke Rheinau
""", company="Stadtwerke Rheinau", cs="windows-1252", contact="bewerbung@stadtwerke-rheinau.example.de.test")

M(R, "de_successfactors_hold", "de", "Helvetia Rück Karriere <noreply@successfactors.eu>",
  "Information zu Ihrer Bewerbung - Job-ID 48812", """
Guten Tag Karim Benali

Wir danken Ihnen für Ihre Bewerbung als Cloud Platform Engineer (80-100%) in Lausanne.

Aufgrund interner Veränderungen wurde die Stelle zurückgezogen. Wir führen das Auswahlverfahren daher nicht weiter und können Ihre Bewerbung leider nicht berücksichtigen.

Freundliche Grüsse
Helvetia Rück
Human Resources
""", company="Helvetia Rück", fmt="html", track="career5.successfactors.eu")

M(R, "de_agency_relay", "de", "Sophie Wagner <s.wagner@itkoepfe.example.de.test>",
  "Rückmeldung Kunde", """
Hallo Herr Benali,

leider habe ich keine guten Nachrichten: Mein Kunde (Versicherung, Köln) hat sich nach dem Zweitgespräch gegen eine Zusammenarbeit entschieden. Ausschlaggebend war wohl das fehlende Deutsch auf C1-Niveau für die Abstimmung mit dem Fachbereich.

Ich melde mich, sobald ich etwas Passendes remote oder auf Englisch habe.

Beste Grüße
Sophie Wagner
Senior Personalberaterin IT | IT-Köpfe Personalberatung
Tel. +49 221 555 0190
""", company="IT-Köpfe Personalberatung")

M(R, "es_soft_madrid", "es", "Lucía Fernández <lucia.fernandez@orbitapagos.example.es.test>",
  "Proceso de selección - SRE", """
Hola Karim:

Muchas gracias por tu interés en Órbita Pagos y por el tiempo dedicado a las entrevistas.

Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que encajan mejor con lo que buscamos en este momento. Ha sido una decisión difícil.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Lucía Fernández
Talent Acquisition | Órbita Pagos
""", company="Órbita Pagos", cs="iso-8859-1")

M(R, "es_teamtailor", "es", "Ludomar Studios <notifications@teamtailor-mail.com>",
  "Actualización de tu candidatura en Ludomar Studios", """
Hola Karim,

Gracias por postularte a Backend / Infra Engineer en Ludomar Studios.

Lamentablemente, en esta ocasión no vamos a seguir adelante con tu candidatura. Recibimos muchísimas solicitudes y la competencia ha sido muy alta.

¡Te animamos a seguir atento a nuestras futuras vacantes!

Un abrazo,
El equipo de Ludomar Studios
""", company="Ludomar Studios", fmt="html", track="app.teamtailor.com")

M(R, "es_formal_ustedes", "es", "Recursos Humanos Grupo Solaria <rrhh@gruposolaria.example.es.test>",
  "RE: Candidatura Ingeniero Cloud", """
Estimado Sr. Benali:

Le agradecemos su participación en el proceso de selección para la posición de Ingeniero Cloud.

Lamentamos comunicarle que su candidatura no ha sido seleccionada para continuar en el proceso. No obstante, conservaremos su currículum en nuestra base de datos durante un año.

Atentamente,

Departamento de Recursos Humanos
Grupo Solaria Energía
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional.
""", company="Grupo Solaria Energía", cs="windows-1252", contact="rrhh@gruposolaria.example.es.test")

M(R, "es_puesto_cubierto_movil", "es", "Andrés Pardo <apardo@kuboseguros.example.com>",
  "Re: Seguimiento", """
Hola Karim, perdona la tardanza. Al final el puesto se cubrió internamente, así que no seguimos con el proceso. Gracias por todo y mucha suerte!!

Enviado desde mi iPhone
""" + es_quote("12 may 2026, a las 9:14", "Karim Benali <karim.benali@example.net>", """
Hola Andrés, ¿hay novedades sobre el proceso de SRE? Un saludo, Karim"""), company="Kubo Seguros")

# ----------------------------------------------------------------------------- invitations
M(INV, "calendly_phone_screen_fr", "fr", "Camille Roux <camille.roux@telvia.example.com>",
  "Votre candidature SRE - premier échange", """
Bonjour Karim,

Votre profil a retenu toute notre attention pour le poste d'Ingénieur SRE (astreinte partagée, Lyon).
Je vous propose un premier échange téléphonique de 30 minutes pour faire connaissance et vous présenter l'équipe.

Vous pouvez choisir le créneau qui vous arrange directement ici : https://calendly.com/camille-roux-telvia/30min

À très vite,
Camille Roux
Chargée de recrutement Tech | Telvia
04 72 00 11 22
""", company="Telvia")

M(INV, "esn_entretien_tu", "fr", "Yanis Belkacem <yanis.b@sopraxis.example.fr>",
  "Dispo cette semaine ?", """
Salut Karim,

Suite à notre échange sur LinkedIn, ton profil colle bien à une mission SRE chez un de nos clients grands comptes (banque, La Défense, 2 j de TT).
Est-ce que tu serais dispo jeudi 14h ou vendredi 10h pour un entretien en visio avec moi puis le manager technique côté Sopraxis ?

Dis-moi ce qui t'arrange !
Yanis
Business Manager - Sopraxis Conseil
07 68 00 00 01
""", company="Sopraxis Conseil")

M(INV, "hospital_jury_convocation", "fr", "Secrétariat DSN <secretariat.dsn@chu-garonne.example.fr>",
  "Convocation entretien - Ingénieur exploitation cloud", """
Monsieur Benali,

Nous avons le plaisir de vous convoquer à un entretien pour le poste d'ingénieur exploitation cloud (catégorie A) de la Direction des Services Numériques.

Date : mardi 17 mars 2026 à 10h30
Lieu : CHU Garonne, bâtiment administratif, salle du conseil, 2 place du Dr Baylac, Toulouse
Jury : le Directeur des Services Numériques, le responsable infrastructure et une représentante de la DRH.

Merci de bien vouloir confirmer votre présence par retour de mail et de vous munir d'une pièce d'identité.

Le secrétariat de la Direction des Services Numériques
CHU Garonne
""", company="CHU Garonne", cs="iso-8859-1", contact="secretariat.dsn@chu-garonne.example.fr")

M(INV, "recruitee_next_stage_pairing", "fr", "Kaskad <kaskad@recruitee.com>",
  "Étape suivante : session de pair programming", """
Bonjour Karim,

Bonne nouvelle : on aimerait te faire passer à l'étape suivante ! 🎉

La prochaine étape est une session de pair programming d'1h30 avec deux personnes de l'équipe plateforme. Pas de piège : on travaille ensemble sur un petit service Go et son déploiement.

Réserve ton créneau ici : https://kaskad.recruitee.com/o/sre/scheduler/8f2a1

À bientôt,
Thomas (CTO) & l'équipe Kaskad
""", company="Kaskad", fmt="alt", reply_to="Thomas Leclercq <thomas@kaskad.example.io>", track="kaskad.recruitee.com")

M(INV, "suisse_ics_panel", "fr", "Nadia Perrin <nadia.perrin@helvetix.example.ch.test>",
  "Invitation: Entretien panel - Ingénieur SRE @ jeu. 9 avr. 2026 14:00 - 15:30 (CEST)", """
Bonjour Monsieur Benali,

Suite à votre échange avec notre responsable technique, nous avons le plaisir de vous inviter à un entretien en panel dans nos locaux de Lausanne.

Vous rencontrerez Mme Sarah Keller (Head of Platform), M. Luca Bernasconi (SRE) et moi-même. Prévoyez une courte présentation (10 min) d'un incident que vous avez géré.

Vous trouverez l'invitation en pièce jointe.

Meilleures salutations,
Nadia Perrin
Spécialiste RH | Helvetix Télécom SA
Avenue de Rhodanie 40, 1007 Lausanne
""", company="Helvetix Télécom", fmt="alt",
  ics=ics("hx-panel-20260409@helvetix.example.ch.test", "2026-04-09T12:00:00", 90,
          "Entretien panel - Ingénieur SRE - Karim Benali", "nadia.perrin@helvetix.example.ch.test",
          location="Helvetix, Av. de Rhodanie 40, Lausanne"))

M(INV, "quick_chat_vous_ceo", "fr", "Olivier Mathis <olivier@quaipay.example.fr>",
  "Petite question", """
Bonjour Karim,

J'ai vu votre candidature passer, et votre expérience sur la migration multi-région m'intéresse beaucoup.
Seriez-vous disponible pour un rapide échange en visio cette semaine ? 20 minutes suffiront.

Olivier Mathis
Co-fondateur & CTO, QuaiPay
""", company="QuaiPay")

M(INV, "hellowork_entretien_rh", "fr", "Enerlis - Recrutement <recrutement@enerlis.example.fr>",
  "Proposition d'entretien - Ingénieur DevOps / SRE (H/F)", """
Bonjour M. Benali,

Nous avons bien étudié votre candidature transmise via HelloWork et souhaiterions vous rencontrer.

Nous vous proposons un entretien RH en visioconférence (Teams) d'une durée de 45 minutes, suivi, en cas de retour positif, d'un entretien technique avec l'équipe Infrastructure.

Pourriez-vous nous indiquer vos disponibilités sur les créneaux suivants :
- lundi 16 février : 9h30, 11h ou 15h
- mardi 17 février : 14h ou 16h30

Bien cordialement,

Aurélie Dumas
Chargée de recrutement
Enerlis - Direction des Ressources Humaines
Tour Occitanie, 31000 Toulouse
""", company="Enerlis", reply_to="Aurélie Dumas <aurelie.dumas@enerlis.example.fr>", cs="windows-1252")

M(INV, "belgique_systeme_design", "fr", "Pieter Claes <pieter.claes@brixbank.example.be>",
  "Re: Candidature SRE - prochaine étape", """
Bonjour Karim,

Merci pour l'entretien de lundi, vos réponses sur la gestion des incidents ont beaucoup plu.
Nous aimerions organiser l'étape suivante : un entretien "system design" d'une heure avec deux architectes (sujet : concevoir un service de paiements instantanés tolérant aux pannes).

Auriez-vous un créneau la semaine prochaine, idéalement mardi ou mercredi après-midi ? L'entretien peut se faire sur site à Bruxelles ou à distance.

Cordialement,
Pieter Claes
Engineering Manager - Platform
BrixBank
""" + outlook_quote("Karim Benali", "lundi 2 mars 2026 18:20", "Pieter Claes",
                    "Candidature SRE", "Bonjour Pieter,\nMerci pour cet échange très intéressant.\nKarim",
                    ("De", "Envoyé", "À", "Objet")), company="BrixBank")

M(INV, "jobteaser_hackerrank", "fr", "Ludiverse <ne-pas-repondre@ludiverse.example.fr>",
  "Ludiverse - Test technique HackerRank", """
Bonjour Karim,

Merci pour votre candidature au poste de Backend Engineer - Services en ligne.
La prochaine étape de notre processus est un test technique en ligne (HackerRank, 75 minutes, Python ou Go au choix).

Lien vers le test (valable 7 jours) : https://www.hackerrank.com/test/ludiverse-backend-2026

Une fois le test réalisé, notre équipe reviendra vers vous sous 10 jours.

L'équipe Talents de Ludiverse
""", company="Ludiverse", fmt="html")

M(INV, "ashby_hiring_committee_onsite", "fr", "Alban de Rosny <alban.derosny@nuageo.example.fr>",
  "Dernière étape chez Nuageo", """
Karim,

Bravo, tu passes en dernière étape ! Il s'agit d'une demi-journée dans nos bureaux de Nantes :
- 9h30 : scénario d'astreinte (on simule un incident, tu pilotes)
- 10h30 : échange avec deux futurs collègues
- 11h30 : café avec notre CEO

Le tout sera ensuite présenté au comité de recrutement. Je t'envoie l'invitation via Ashby, dis-moi si le vendredi 22 mai te va.

Alban
Talent Partner, Nuageo
""", company="Nuageo")

M(INV, "greenhouse_goodtime_en", "en", "Ledgerline Recruiting <no-reply@us.greenhouse-mail.io>",
  "Schedule your interview with Ledgerline", """
Hi Karim,

Great news - the team would love to move you to the next stage for the Platform Engineer role!

Next up is a 60-minute technical interview with two engineers. Please pick a time that works for you using the link below:

https://app.goodtime.io/schedule/ledgerline/c7b1e2

If none of the times work, just reply to this email and we'll sort something out.

Thanks,
Rachel Kim
Recruiting Coordinator, Ledgerline
""", company="Ledgerline", reply_to="Rachel Kim <rachel.kim@ledgerline.example.com>", fmt="alt")

M(INV, "uk_agency_many_exclaim", "en", "Ollie Grant <ollie@stackhunters.example.co.uk.test>",
  "GREAT NEWS - Monzara interview!!", """
Karim!!

Brilliant news - Monzara LOVED your CV and want to get you in for a first stage video call with their Head of SRE!! 🙌

They've offered:
- Wed 29th April, 11:00 BST
- Thu 30th April, 15:30 BST

Let me know ASAP which works and I'll lock it in! Also happy to jump on a quick call beforehand to prep you on what they're looking for.

Speak soon!!
Ollie
Principal Consultant | Stack Hunters
M: +44 7700 900123
""", company="Monzara")

M(INV, "japanese_owned_formal", "en", "Kenji Sato <k.sato@hoshinet.example.com>",
  "Interview invitation - Cloud Reliability Engineer (Amsterdam)", """
Dear Mr. Benali,

Thank you very much for applying to HoshiNet Europe B.V.

We are pleased to inform you that you have passed the document screening. We would like to invite you to a first interview with our Infrastructure Division.

Date: 12 May 2026, 10:00-11:00 CEST
Format: Online (Microsoft Teams; link will be sent separately)
Interviewers: Mr. Tanaka (Division Manager), Ms. de Vries (SRE Team Lead)

We kindly ask you to confirm your attendance by 8 May.

We look forward to speaking with you.

Best regards,
Kenji Sato
Human Resources Department
HoshiNet Europe B.V.
""", company="HoshiNet Europe")

M(INV, "calendar_invite_only_en", "en", "Aoife Byrne <aoife.byrne@kestreltelecom.example.ie.test>",
  "Invitation: Kestrel / Karim - Technical interview (on-call scenario) @ Tue Jun 2, 2026 2pm - 3pm (IST)", """
Karim Benali, you have been invited to an event.

Kestrel / Karim - Technical interview (on-call scenario)
When: Tue Jun 2, 2026 2pm - 3pm Irish Standard Time
Where: https://meet.example.com/kes-trel-sre
Organizer: Aoife Byrne

Hi Karim, as discussed - this is the on-call scenario round with Declan and Siobhan. See you then! Aoife

Going? Yes - Maybe - No
""", company="Kestrel Telecom", fmt="alt",
  ics=ics("kestrel-oncall-0602@kestreltelecom.example.ie.test", "2026-06-02T13:00:00", 60,
          "Kestrel / Karim - Technical interview (on-call scenario)", "aoife.byrne@kestreltelecom.example.ie.test",
          location="https://meet.example.com/kes-trel-sre"))

M(INV, "brazilian_owned_casual", "en", "Rafael Costa <rafael.costa@vaiapp.example.com>",
  "Following up", """
Hey Karim, hope all good!

Our CTO checked your profile and really liked it. Would you be free for a quick chat sometime this week? Tuesday or Wednesday afternoon (Lisbon/London time) work best for us. Just a 30 min call to tell you more about our infra and hear about you.

Abraço,
Rafael
Talent @ Vai App - São Paulo | Lisbon
""", company="Vai App")

M(INV, "workday_next_round", "en", "Northwind Assurance <northwind@myworkday.com>",
  "Next steps - Senior Site Reliability Engineer (R-55120)", """
Dear Karim,

Thank you for completing the recruiter screen. We are pleased to invite you to the next round of interviews for the Senior Site Reliability Engineer position (R-55120).

Please log in to your candidate home to select an interview slot from the available times:
https://northwind.wd3.myworkday.com/careers/candidate-home

The interview will consist of a 45-minute technical discussion and a 45-minute behavioural interview with the hiring manager.

Kind regards,
Northwind Assurance Talent Acquisition
Please do not reply to this message. This mailbox is not monitored.
""", company="Northwind Assurance", fmt="html", cte="quoted-printable")

M(INV, "indian_kindly_revert", "en", "Sneha Kulkarni <sneha.k@cloudnexa.example.in.test>",
  "Interview schedule for SRE position || CloudNexa", """
Hi Karim,

Greetings of the day!

Your profile has been shortlisted for the SRE position. We would like to schedule the first technical round on Friday, 19th June between 11:00 AM to 1:00 PM CET.

Kindly revert with your confirmation along with the below details:
- Current CTC
- Expected CTC
- Notice period

Thanks & Regards,
Sneha Kulkarni
HR Executive | CloudNexa Solutions
""", company="CloudNexa Solutions")

M(INV, "linkedin_reply_then_invite", "en", "Marta Jensen <marta.jensen@shopwave.example.com>",
  "Re: SRE role at Shopwave", """
Hi Karim,

Thanks for getting back to me so quickly! Based on what you've shared, I'd love to set up an intro call with Tom, our Director of Infrastructure.

Could you book a 45-min slot here? https://calendly.com/shopwave-marta/intro-with-tom

Looking forward,
Marta

Marta Jensen | Senior Technical Recruiter | Shopwave
""" + gmail_quote("Mon, Jul 6, 2026 at 9:12 AM", "Karim Benali <karim.benali@example.net>", """
Hi Marta,
Thanks for reaching out. Yes, I'm open to hearing more about the SRE position - remote from Paris would be ideal.
Best,
Karim""") , company="Shopwave")

M(INV, "de_telefoninterview", "de", "Julia Neumann <julia.neumann@voltnetz.example.de.test>",
  "Einladung zum Telefoninterview - Site Reliability Engineer (m/w/d)", """
Sehr geehrter Herr Benali,

vielen Dank für Ihre Bewerbung bei Voltnetz. Ihr Profil hat uns überzeugt und wir möchten Sie gerne näher kennenlernen.

Gerne würden wir ein ca. 30-minütiges Telefoninterview mit Ihnen führen. Bitte wählen Sie über folgenden Link einen passenden Termin aus:
https://voltnetz.softgarden.io/interview/9f31

Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Julia Neumann
Talent Acquisition Specialist

Voltnetz AG | Am Kraftwerk 3 | 04109 Leipzig
Vorstand: Dr. Petra Lindner | Aufsichtsratsvorsitzender: Klaus Berger
""", company="Voltnetz", cs="iso-8859-1")

M(INV, "de_zweitgespraech_vor_ort", "de", "Tobias Krüger <tobias.krueger@spielwerk.example.de.test>",
  "Zweitgespräch", """
Hallo Karim,

danke für den Code-Review-Teil letzte Woche, das lief echt gut. Wir würden dich gern zum Zweitgespräch bei uns in Berlin-Kreuzberg einladen, ca. 3 Stunden inkl. Systemdesign und Team-Lunch. Reisekosten übernehmen wir natürlich.

Würde dir Dienstag, der 23.06., ab 10 Uhr passen?

Grüße
Tobias
Engineering Lead Infrastructure | Spielwerk Games
""", company="Spielwerk Games")

M(INV, "de_ics_teams", "de", "Recruiting <recruiting@finlogik.example.de.test>",
  "Einladung: Fachinterview SRE - Karim Benali", """
Guten Tag Herr Benali,

wie telefonisch besprochen, sende ich Ihnen hiermit die Einladung zum Fachinterview mit unserem Platform-Team.

Termin: Donnerstag, 9. Juli 2026, 15:00-16:00 Uhr
Ort: Microsoft Teams (Link in der Kalendereinladung)

Freundliche Grüße
Annika Vogel
Recruiting | FinLogik
""", company="FinLogik", contact="recruiting@finlogik.example.de.test",
  ics=ics("040000008200E00074C5B7101A82E0080000000050A1@finlogik.example.de.test", "2026-07-09T13:00:00", 60,
          "Fachinterview SRE - Karim Benali", "recruiting@finlogik.example.de.test", location="Microsoft Teams-Besprechung"))

M(INV, "de_headhunter_kennenlernen", "de", "Markus Stein <m.stein@steinpartners.example.ch.test>",
  "Vertraulich: Kennenlerngespräch", """
Guten Tag Herr Benali,

wie gestern kurz angesprochen: Mein Mandant, eine Privatbank in Genf, möchte Sie gerne in einem ersten vertraulichen Gespräch kennenlernen (Position: Lead SRE).

Das Gespräch würde mit dem CIO stattfinden, vor Ort in Genf oder per Video. Hätten Sie am 3. oder 4. September Zeit?

Mit besten Grüssen
Markus Stein
Partner | Stein & Partners Executive Search
""", company="Stein & Partners Executive Search")

M(INV, "es_entrevista_tecnica", "es", "Carmen Ruiz <carmen.ruiz@redalia.example.es.test>",
  "Entrevista técnica - SRE", """
Hola Karim,

¡Gracias por tu tiempo en la primera llamada! Nos gustaría avanzar contigo a la siguiente fase: una entrevista técnica de una hora con dos personas del equipo de Plataforma.

¿Te vendría bien el miércoles 15 de abril a las 16:00 (hora de Madrid)? Si no, dime un par de huecos que te vayan bien esa semana.

Un saludo,
Carmen Ruiz
Tech Recruiter | Redalia Telecomunicaciones
""", company="Redalia Telecomunicaciones")

M(INV, "es_smartrecruiters_formal", "es", "Banco Meridiano <noreply@smartrecruiters.com>",
  "Invitación a entrevista: Ingeniero/a SRE", """
Estimado/a Karim Benali:

Nos complace informarle de que ha superado la fase de preselección para la posición de Ingeniero/a SRE en Banco Meridiano.

Le invitamos a reservar una entrevista por videoconferencia con el equipo de Selección a través del siguiente enlace:
https://www.smartrecruiters.com/interview-scheduler/bancomeridiano/4410

Atentamente,
Equipo de Talento - Banco Meridiano
""", company="Banco Meridiano", fmt="alt", cte="base64")

M(INV, "es_cafe_informal", "es", "Diego Herrera <diego@pixelforja.example.com>",
  "¿Hablamos?", """
Buenas Karim!

Vi tu candidatura para el puesto de infra. ¿Te apetece que hablemos un rato esta semana por videollamada? Nada formal, para contarte el proyecto y que me cuentes tú. ¿Jueves a las 18h te va?

Diego
CTO · Pixelforja
""", company="Pixelforja")

# ----------------------------------------------------------------------------- reschedule / cancel
M(C, "report_jury_absent", "fr", "Secrétariat DSN <secretariat.dsn@chu-garonne.example.fr>",
  "Report de votre entretien du 17 mars", """
Monsieur Benali,

En raison de l'indisponibilité d'un membre du jury, nous sommes contraints de reporter l'entretien initialement prévu le mardi 17 mars à 10h30.

Nous vous proposons à la place le jeudi 26 mars à 14h00, au même lieu. Merci de nous confirmer si cette date vous convient.

Veuillez nous excuser pour ce contretemps.

Le secrétariat de la Direction des Services Numériques
CHU Garonne
""", company="CHU Garonne", cs="iso-8859-1", contact="secretariat.dsn@chu-garonne.example.fr")

M(C, "ics_cancel_panel", "fr", "Nadia Perrin <nadia.perrin@helvetix.example.ch.test>",
  "Annulé : Entretien panel - Ingénieur SRE @ jeu. 9 avr. 2026 14:00 - 15:30 (CEST)", """
Bonjour Monsieur Benali,

Je suis navrée, Mme Keller doit se rendre en urgence à Zurich jeudi. Nous annulons donc le panel de jeudi et je reviens vers vous dès demain avec de nouvelles dates.

Meilleures salutations,
Nadia Perrin
Helvetix Télécom SA
""", company="Helvetix Télécom", fmt="alt",
  ics=ics("hx-panel-20260409@helvetix.example.ch.test", "2026-04-09T12:00:00", 90,
          "Entretien panel - Ingénieur SRE - Karim Benali", "nadia.perrin@helvetix.example.ch.test",
          method="CANCEL", status="CANCELLED", seq=1))

M(C, "esn_decaler_tu", "fr", "Yanis Belkacem <yanis.b@sopraxis.example.fr>",
  "Re: Dispo cette semaine ?", """
Hello Karim,

Petit changement : le manager technique est bloqué en comité jeudi, est-ce qu'on peut décaler à lundi même heure (14h) ? Désolé pour le contretemps 🙏

Yanis

Envoyé depuis mon mobile
""" + fr_quote("lun. 19 janv. 2026 à 11:03", "Karim Benali <karim.benali@example.net>", """
Salut Yanis, jeudi 14h c'est parfait pour moi.
Karim"""), company="Sopraxis Conseil")

M(C, "outlook_updated_time", "fr", "Aurélie Dumas <aurelie.dumas@enerlis.example.fr>",
  "Mise à jour : Entretien technique Enerlis - nouvel horaire", """
Bonjour M. Benali,

L'entretien technique avec l'équipe Infrastructure prévu le 3 mars à 10h est déplacé à 15h le même jour, suite à une contrainte d'agenda de notre responsable d'exploitation. Le lien Teams reste inchangé.

Merci de votre compréhension.

Aurélie Dumas
Chargée de recrutement - Enerlis
""", company="Enerlis",
  ics=ics("enerlis-tech-0303@enerlis.example.fr", "2026-03-03T14:00:00", 60,
          "Entretien technique - K. Benali", "aurelie.dumas@enerlis.example.fr", seq=2,
          location="Réunion Microsoft Teams"))

M(C, "cancel_then_reopen_later", "fr", "Alban de Rosny <alban.derosny@nuageo.example.fr>",
  "Vendredi", """
Karim,

Je suis désolé de te prévenir si tard : on doit annuler la demi-journée de vendredi, notre CEO est cloué au lit et on tient à ce que tu le rencontres.
Je te propose de tout décaler au mardi 26 ou mercredi 27 mai, même programme. Dis-moi vite ce qui te convient.

Alban
""", company="Nuageo")

M(C, "quebec_deplacer_appel", "fr", "Émilie Gagnon <emilie.gagnon@pixelmare.example.com>",
  "Notre appel de demain", """
Bonjour Karim,

Est-ce qu'on pourrait déplacer notre appel de demain 10 h (heure de Montréal) à 13 h ? J'ai un conflit avec une rencontre de direction qui vient d'être ajoutée à mon agenda.

Merci de me revenir et désolée pour le changement!

Émilie Gagnon
Conseillère principale, Acquisition de talents | Studio Pixelmare
""", company="Studio Pixelmare")

M(C, "greenhouse_reschedule_en", "en", "Rachel Kim <rachel.kim@ledgerline.example.com>",
  "Ledgerline interview - need to reschedule", """
Hi Karim,

Apologies for the short notice - one of your interviewers for Thursday has had a family emergency. Could we move your technical interview to Monday the 16th? I've put a few options on the same link:

https://app.goodtime.io/schedule/ledgerline/c7b1e2

Really sorry for the hassle.

Rachel Kim
Recruiting Coordinator | Ledgerline
""", company="Ledgerline")

M(C, "japanese_owned_postpone", "en", "Kenji Sato <k.sato@hoshinet.example.com>",
  "[Important] Change of interview date", """
Dear Mr. Benali,

We sincerely apologise for the inconvenience. Due to an unavoidable business trip of Mr. Tanaka, we must postpone your first interview scheduled for 12 May 2026, 10:00 CEST.

Could you kindly let us know your availability for the following alternative dates?
1) 18 May 2026, 10:00-11:00 CEST
2) 19 May 2026, 14:00-15:00 CEST

Once again, we apologise and thank you for your understanding.

Best regards,
Kenji Sato
Human Resources Department
HoshiNet Europe B.V.
""", company="HoshiNet Europe")

M(C, "ics_cancel_google_en", "en", "Aoife Byrne <aoife.byrne@kestreltelecom.example.ie.test>",
  "Cancelled event: Kestrel / Karim - Technical interview (on-call scenario) @ Tue Jun 2, 2026 2pm - 3pm (IST)", """
This event has been cancelled and removed from your calendar.

Kestrel / Karim - Technical interview (on-call scenario)
When: Tue Jun 2, 2026 2pm - 3pm Irish Standard Time
Organizer: Aoife Byrne

Note from organiser: Karim, so sorry, Declan's off sick - I'll send a new time by tomorrow. A.
""", company="Kestrel Telecom", fmt="alt",
  ics=ics("kestrel-oncall-0602@kestreltelecom.example.ie.test", "2026-06-02T13:00:00", 60,
          "Kestrel / Karim - Technical interview (on-call scenario)", "aoife.byrne@kestreltelecom.example.ie.test",
          method="CANCEL", status="CANCELLED", seq=1))

M(C, "agency_push_back_uk", "en", "Ollie Grant <ollie@stackhunters.example.co.uk.test>",
  "Monzara - slight change!", """
Hi Karim!

Quick one - Monzara's Head of SRE has been pulled into an incident review on Wednesday so they've asked to push your call back to Friday 1st May, same time (11:00 BST). Hope that's OK!! Let me know and I'll confirm with them.

Cheers!
Ollie
""", company="Monzara")

M(C, "aus_interview_cancelled_freeze", "en", "Bree Mitchell <bree.mitchell@coralcloud.example.com.au.test>",
  "Re: Interview Thursday", """
Hi Karim,

Unfortunately I need to cancel Thursday's interview - we've had a restructure announced this morning and all interviews this week are on pause. I'm hoping to have clarity by the end of next week and I'll reach out straight away to rebook if we're good to go.

Sorry mate, not ideal I know.

Cheers,
Bree Mitchell
Talent Partner | Coral Cloud
""", company="Coral Cloud")

M(C, "de_terminverschiebung", "de", "Julia Neumann <julia.neumann@voltnetz.example.de.test>",
  "Verschiebung Ihres Telefoninterviews", """
Sehr geehrter Herr Benali,

leider muss ich unser für morgen, 11:00 Uhr, geplantes Telefoninterview krankheitsbedingt verschieben. Könnten Sie sich alternativ am Montag um 11:00 Uhr oder am Dienstag um 14:30 Uhr vorstellen?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Julia Neumann
Voltnetz AG
""", company="Voltnetz", cs="iso-8859-1")

M(C, "de_absage_termin_ics", "de", "Tobias Krüger <tobias.krueger@spielwerk.example.de.test>",
  "Abgesagt: Zweitgespräch Karim Benali", """
Hi Karim,

sorry, wir müssen den Termin am Dienstag leider absagen - bei uns steht ein Release an und das halbe Team ist im War Room. Ich schick dir morgen neue Vorschläge, versprochen.

Tobias
""", company="Spielwerk Games",
  ics=ics("spielwerk-zweit-0623@spielwerk.example.de.test", "2026-06-23T08:00:00", 180,
          "Zweitgespräch Karim Benali", "tobias.krueger@spielwerk.example.de.test", method="CANCEL",
          status="CANCELLED", seq=1, location="Spielwerk, Oranienstr. 7, Berlin"))

M(C, "es_cambio_hora", "es", "Carmen Ruiz <carmen.ruiz@redalia.example.es.test>",
  "RE: Entrevista técnica - SRE", """
Hola Karim,

Perdona el cambio: a uno de los entrevistadores le ha surgido un imprevisto. ¿Podríamos pasar la entrevista del miércoles a las 16:00 al jueves 16 a la misma hora?

Gracias por la flexibilidad y disculpa las molestias.

Carmen
""", company="Redalia Telecomunicaciones")

M(C, "es_aplazada_formal", "es", "Selección Banco Meridiano <seleccion@bancomeridiano.example.es.test>",
  "Aplazamiento de su entrevista", """
Estimado Sr. Benali:

Por motivos organizativos nos vemos obligados a aplazar la entrevista prevista para el día 22 de junio. En los próximos días nos pondremos en contacto con usted para proponerle una nueva fecha.

Rogamos disculpe las molestias.

Atentamente,
Equipo de Selección
Banco Meridiano
""", company="Banco Meridiano", contact="seleccion@bancomeridiano.example.es.test")

# ----------------------------------------------------------------------------- missed interviews
M(N, "tried_calling_fr", "fr", "Camille Roux <camille.roux@telvia.example.com>",
  "Notre rendez-vous téléphonique", """
Bonjour Karim,

J'ai essayé de vous joindre à 11h comme convenu pour notre échange, mais je suis tombée sur votre messagerie (deux fois).
J'espère que tout va bien de votre côté. Si vous êtes toujours intéressé par le poste, n'hésitez pas à reprendre un créneau sur mon agenda : https://calendly.com/camille-roux-telvia/30min

Belle journée,
Camille Roux
Telvia
""", company="Telvia")

M(N, "teams_absent_fr", "fr", "Aurélie Dumas <aurelie.dumas@enerlis.example.fr>",
  "Entretien de ce jour", """
Bonjour M. Benali,

Nous vous attendions ce matin à 9h30 sur Teams pour votre entretien RH, mais vous ne vous êtes pas connecté. Nous avons patienté une quinzaine de minutes.

Pouvez-vous nous indiquer si vous souhaitez maintenir votre candidature ? Le cas échéant, nous pourrons vous proposer un nouveau créneau.

Cordialement,
Aurélie Dumas
Chargée de recrutement - Enerlis
""", company="Enerlis", cs="windows-1252")

M(N, "esn_tu_pas_connecte", "fr", "Yanis Belkacem <yanis.b@sopraxis.example.fr>",
  "T'es où ?", """
Karim, on t'attend sur le Meet avec le manager depuis 10 min, tout va bien ? Je t'ai appelé aussi.
Yanis
Envoyé de mon iPhone
""", company="Sopraxis Conseil")

M(N, "quebec_manque", "fr", "Émilie Gagnon <emilie.gagnon@pixelmare.example.com>",
  "Rencontre manquée", """
Bonjour Karim,

Je crois qu'on s'est manqués aujourd'hui à 13 h : je vous ai attendu sur Zoom une vingtaine de minutes. Possible qu'il y ait eu une confusion avec le fuseau horaire (13 h heure de Montréal = 19 h à Paris) ?

Pas de souci, dites-moi vos disponibilités et on replanifie.

Émilie
""", company="Studio Pixelmare")

M(N, "no_show_uk_formal", "en", "Harriet Pemberton <harriet.pemberton@northgateenergy.example.co.uk.test>",
  "Your interview this morning", """
Dear Karim,

We were expecting you at our Aldgate office at 10:00 this morning for your interview, but unfortunately you did not arrive and we were unable to reach you on the mobile number provided.

Should you wish to continue with your application, please let me know by Friday and I will endeavour to arrange another slot, subject to the panel's availability.

Kind regards,
Harriet Pemberton
Senior Resourcing Partner | Northgate Energy
""", company="Northgate Energy")

M(N, "zoom_missed_casual", "en", "Marta Jensen <marta.jensen@shopwave.example.com>",
  "Missed you today", """
Hi Karim,

Tom and I were on the Zoom at 4pm but didn't see you join - hope everything's ok! These things happen. Want to grab another slot from the same link? https://calendly.com/shopwave-marta/intro-with-tom

Marta
""", company="Shopwave")

M(N, "ashby_noshow_template", "en", "Vectorly Recruiting <no-reply@ashbyhq.com>",
  "We missed you - Vectorly interview", """
Hi Karim,

It looks like you weren't able to make your scheduled interview with Vectorly today (Systems Design, 3:00 PM CET).

If something came up, no problem - reply to this email or contact your recruiter, Sam Whitfield (sam@vectorly.example.com), to reschedule.

Best,
Vectorly Recruiting
""", company="Vectorly", reply_to="Sam Whitfield <sam@vectorly.example.com>", fmt="alt", track="jobs.ashbyhq.com")

M(N, "de_nicht_erschienen", "de", "Annika Vogel <annika.vogel@finlogik.example.de.test>",
  "Fachinterview heute 15 Uhr", """
Guten Tag Herr Benali,

leider konnten wir Sie heute um 15:00 Uhr nicht im Teams-Meeting begrüßen. Unser Team hat bis 15:15 Uhr gewartet.

Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse an der Position haben. Gerne suchen wir dann einen neuen Termin.

Freundliche Grüße
Annika Vogel
Recruiting | FinLogik
""", company="FinLogik")

M(N, "de_anruf_nicht_erreicht", "de", "Markus Stein <m.stein@steinpartners.example.ch.test>",
  "Unser Telefonat", """
Guten Tag Herr Benali

Ich habe Sie heute zum vereinbarten Zeitpunkt (14:00) zweimal angerufen, Sie aber leider nicht erreicht. Bitte melden Sie sich, damit wir das Gespräch zeitnah nachholen können, mein Mandant wartet auf meine Einschätzung.

Mit besten Grüssen
Markus Stein
Stein & Partners Executive Search
+41 44 555 01 20
""", company="Stein & Partners Executive Search")

M(N, "es_no_se_conecto", "es", "Diego Herrera <diego@pixelforja.example.com>",
  "Re: ¿Hablamos?", """
Karim, te he estado esperando en el Meet desde las 18h y no te has conectado. ¿Todo bien? Si quieres lo movemos a otro día, sin problema.

Diego
""" + es_quote("lun, 16 mar 2026 a las 20:41", "Karim Benali <karim.benali@example.net>", """
¡Hola Diego! El jueves a las 18h me va perfecto. Hablamos.
Karim"""), company="Pixelforja")

# ----------------------------------------------------------------------------- acknowledgements
M(A, "wttj_ack", "fr", "Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Ta candidature chez Nuvéo a bien été envoyée ✅", """
Bravo Karim !

Ta candidature pour le poste Site Reliability Engineer chez Nuvéo a bien été envoyée.

Et maintenant ? L'équipe de recrutement de Nuvéo va étudier ton profil. Tu pourras suivre l'avancement de ta candidature depuis ton espace.

Suivre ma candidature : https://www.welcometothejungle.com/fr/me/applications

À bientôt sur Welcome to the Jungle
""", company="Nuvéo", fmt="html", brand="Welcome to the Jungle", track="email.welcometothejungle.com")

M(A, "taleo_accuse_volume", "fr", "Assurances Lémanique <lemanique@taleo.net>",
  "Accusé de réception - Ingénieur(e) Plateforme Cloud - Genève", """
Cher/Chère Karim Benali,

Nous vous remercions pour votre candidature au poste Ingénieur(e) Plateforme Cloud  -  Genève (ID : 2600417) que nous avons bien reçue.

Votre dossier sera étudié avec la plus grande attention. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil est retenu, nous prendrons contact avec vous dans un délai de 4 semaines.

Avec nos meilleures salutations
Assurances Lémanique - Ressources Humaines

*** Merci de ne pas répondre à ce courriel. ***
""", company="Assurances Lémanique", cte="base64")

M(A, "cegid_talentsoft_ack", "fr", "Groupe Hexaliance <recrutement-noreply@hexaliance.talent-soft.com>",
  "Confirmation de votre candidature - Ref. 2026-0412 Ingénieur SRE confirmé H/F", """
Madame, Monsieur,

Nous avons bien reçu votre candidature pour l'offre "Ingénieur SRE confirmé H/F" (Réf. 2026-0412) et vous en remercions.

Nos équipes Ressources Humaines vont étudier votre candidature avec attention et reviendront vers vous dans les meilleurs délais.

Nous vous invitons à consulter régulièrement votre espace candidat.

Cordialement,
La Direction des Ressources Humaines
Groupe Hexaliance

Ceci est un message automatique, merci de ne pas y répondre.
""", company="Groupe Hexaliance", fmt="html", cs="iso-8859-1")

M(A, "public_agency_pas_de_retour", "fr", "Recrutement ANPN <recrutement@anpn.example.gouv.fr.test>",
  "Votre candidature - Ingénieur fiabilité (SRE) - Place de l'emploi public", """
Bonjour,

Votre candidature au poste d'Ingénieur fiabilité (SRE) au sein de l'Agence nationale des plateformes numériques a bien été enregistrée.

Les candidatures sont examinées au fil de l'eau. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade ; seuls les candidats présélectionnés seront contactés pour un entretien.

Nous vous remercions de l'intérêt porté à nos missions de service public.

Le bureau du recrutement
Agence nationale des plateformes numériques
""", company="Agence nationale des plateformes numériques", contact="recrutement@anpn.example.gouv.fr.test")

M(A, "esn_bien_recu_humain", "fr", "Claire Fontaine <claire.fontaine@azimutconseil.example.fr>",
  "RE: Candidature spontanée - Ingénieur Cloud / SRE", """
Bonjour Karim,

Merci pour votre candidature, bien reçue ! Je la transmets à nos managers de la practice Cloud & Infra à Nantes et je reviens vers vous d'ici une dizaine de jours.

Bonne journée,
Claire Fontaine
Talent Acquisition | Azimut Conseil
""" + outlook_quote("Karim Benali <karim.benali@example.net>", "mardi 13 janvier 2026 08:47",
                    "recrutement@azimutconseil.example.fr", "Candidature spontanée - Ingénieur Cloud / SRE",
                    "Bonjour,\nVeuillez trouver ci-joint mon CV pour un poste d'ingénieur cloud ou SRE à Nantes.\nCordialement,\nKarim Benali",
                    ("De", "Envoyé", "À", "Objet")), company="Azimut Conseil")

M(A, "flatchr_ack", "fr", "Koudou <koudou@flatchr.io>",
  "Nous avons bien reçu votre candidature", """
Bonjour Karim Benali,

Merci pour votre candidature au poste Ingénieur Backend / SRE (Casablanca) chez Koudou !

Notre équipe va l'examiner dans les prochains jours. Si votre profil correspond, vous recevrez une invitation à passer un test technique CodinGame.

À bientôt,
L'équipe Koudou
""", company="Koudou", fmt="alt", contact="")

M(A, "mutuelle_ack_windows1252", "fr", "Recrutement Mutuelle Atlantique <recrutement@mutuelle-atlantique.example.fr>",
  "Votre candidature \u2013 Ingénieur Cloud (F/H) \u2013 Nantes", """
Bonjour,

Nous accusons bonne réception de votre candidature au poste « Ingénieur Cloud (F/H) » et vous remercions de l'intérêt que vous portez à notre mutuelle.

Votre candidature va être étudiée par notre service recrutement et par le manager concerné. Vous serez informé(e) de la suite donnée dans un délai d'environ trois semaines.

Cordialement,
Service Recrutement \u2013 Mutuelle Atlantique
""", company="Mutuelle Atlantique", cs="windows-1252")

M(A, "jobteaser_ack_quebec_tu", "fr", "Studio Pixelmare <carrieres@pixelmare.example.com>",
  "On a bien reçu ta candidature!", """
Salut Karim!

Merci d'avoir postulé chez Studio Pixelmare pour le poste d'Ingénieur(e) fiabilité des plateformes en ligne. 🎮

Notre équipe d'acquisition de talents lit toutes les candidatures (oui, vraiment). Si ton profil correspond, on te contacte d'ici deux semaines. Sinon, on t'écrira quand même pour te le dire.

À plus,
L'équipe Talents - Studio Pixelmare
""", company="Studio Pixelmare", fmt="html", contact="carrieres@pixelmare.example.com")

M(A, "greenhouse_ack_en", "en", "Ledgerline <no-reply@us.greenhouse-mail.io>",
  "Thank you for applying to Ledgerline", """
Hi Karim,

Thanks for applying to the Site Reliability Engineer II role at Ledgerline! We've received your application and our team will review it shortly.

If your background is a match, a member of our recruiting team will be in touch to discuss next steps.

Best,
Ledgerline Recruiting
""", company="Ledgerline", fmt="alt", track="links.greenhouse.io")

M(A, "workday_ack_no_feedback", "en", "Northwind Assurance <northwind@myworkday.com>",
  "Application Received: Senior Site Reliability Engineer (R-55120)", """
Dear Karim,

Thank you for your interest in Northwind Assurance. This email confirms that we have received your application for Senior Site Reliability Engineer (R-55120).

Our Talent Acquisition team is currently reviewing applications. Due to the high volume of applications we receive, we cannot respond to every applicant individually, and unfortunately we are unable to provide individual feedback at this stage. If your qualifications match the requirements, a recruiter will contact you.

You can track the status of your application at any time in your candidate home.

Regards,
Northwind Assurance Talent Acquisition
""", company="Northwind Assurance", fmt="html", cte="quoted-printable")

M(A, "lever_ack_games", "en", "Hollowbyte Games <no-reply@hire.lever.co>",
  "Thanks for applying to Hollowbyte Games!", """
Hey Karim,

Thanks for your interest in Hollowbyte Games! We've received your application for Reliability Engineer, Live Ops and we're excited to take a look.

Fair warning: we're a small team, so it can take us a couple of weeks to get back to everyone. Hang tight!

- The Hollowbyte crew
""", company="Hollowbyte Games", fmt="html", track="hire.lever.co")

M(A, "indian_ack_formal", "en", "Infoveda Careers <careers@infoveda.example.in.test>",
  "Acknowledgement: Application for SRE Lead - Job Code IVT/SRE/114", """
Dear Candidate,

Thank you for applying for the position of SRE Lead (Job Code IVT/SRE/114) with Infoveda Technologies.

This is to acknowledge receipt of your application. Our recruitment team shall review the same and revert to you in case your profile is shortlisted.

Kindly do not reply to this mail.

Regards,
HR Team
Infoveda Technologies Pvt. Ltd.
""", company="Infoveda Technologies", contact="")

M(A, "nigerian_owned_ack", "en", "PayStream Careers <careers@paystream.example.com>",
  "Application received - Site Reliability Engineer", """
Hello Karim,

Thank you for your interest in joining PayStream Africa. We have received your application for the Site Reliability Engineer role (Amsterdam/remote).

Our team reviews every application carefully. Should you progress to the next stage, a member of our People team will reach out within 2-3 weeks. Please note that due to volume, only shortlisted candidates will be contacted.

Best regards,
PayStream People Team
""", company="PayStream Africa", contact="careers@paystream.example.com")

M(A, "canada_icims_ack", "en", "MapleCore Insurance Careers <careers-noreply@maplecore.icims.com>",
  "MapleCore Insurance - Application Confirmation / Confirmation de candidature", """
Dear Karim,

Thank you for applying to the Cloud Ops Engineer position (Req #2026-1188) at MapleCore Insurance. Your application has been successfully submitted.

A member of our Talent Acquisition team will review your application. If your skills and experience are a match, we will contact you to discuss next steps.

--

Bonjour Karim,

Merci d'avoir postulé au poste de Cloud Ops Engineer (réq. 2026-1188) chez MapleCore Assurance. Votre candidature a bien été soumise.

MapleCore Insurance Talent Acquisition
""", company="MapleCore Insurance", fmt="alt")

M(A, "de_eingangsbestaetigung", "de", "Voltnetz Recruiting <noreply@voltnetz.softgarden.io>",
  "Eingangsbestätigung Ihrer Bewerbung", """
Sehr geehrter Herr Benali,

vielen Dank für Ihre Bewerbung als Site Reliability Engineer (m/w/d) bei der Voltnetz AG. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen bis zu drei Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Voltnetz AG
""", company="Voltnetz", fmt="alt", cs="iso-8859-1")

M(A, "de_personio_du", "de", "Spielwerk Games <jobs@spielwerk.example.de.test>",
  "Danke für deine Bewerbung!", """
Hey Karim,

danke für deine Bewerbung als Infrastructure Engineer bei Spielwerk Games! Wir schauen uns deine Unterlagen in den nächsten Tagen an und melden uns - egal wie die Entscheidung ausfällt.

Bis bald
Dein Spielwerk Team
""", company="Spielwerk Games", contact="jobs@spielwerk.example.de.test")

M(A, "de_ch_keine_einzelrueckmeldung", "de", "Helvetia Rück Karriere <noreply@successfactors.eu>",
  "Bestätigung Ihrer Bewerbung - Cloud Platform Engineer (80-100%)", """
Guten Tag Karim Benali

Vielen Dank für Ihre Bewerbung als Cloud Platform Engineer (80-100%). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Leider ist es uns nicht möglich, jedem Bewerbenden eine individuelle Rückmeldung zum Stand des Verfahrens zu geben. Sie hören innerhalb von drei Wochen von uns.

Freundliche Grüsse
Helvetia Rück
Human Resources
""", company="Helvetia Rück", fmt="html", track="career5.successfactors.eu")

M(A, "es_acuse_recibo", "es", "Órbita Pagos <careers@orbitapagos.example.es.test>",
  "Hemos recibido tu candidatura", """
¡Hola Karim!

Gracias por tu interés en formar parte de Órbita Pagos. Hemos recibido correctamente tu candidatura para el puesto de SRE.

Nuestro equipo de Talento la revisará en los próximos días. Si tu perfil encaja, nos pondremos en contacto contigo.

¡Mucha suerte!
Equipo de Talento · Órbita Pagos
""", company="Órbita Pagos", fmt="html", cs="iso-8859-1", contact="careers@orbitapagos.example.es.test")

M(A, "es_no_respuesta_individual", "es", "Grupo Solaria Energía <noresponder@gruposolaria.example.es.test>",
  "Confirmación de inscripción en la oferta Ingeniero Cloud", """
Estimado/a candidato/a:

Le confirmamos que su inscripción en la oferta "Ingeniero Cloud" se ha realizado correctamente.

Debido al elevado número de candidaturas recibidas, lamentablemente no podemos responder de forma individual a cada una de ellas. En caso de que su perfil resulte seleccionado, nos pondremos en contacto con usted.

Atentamente,
Departamento de Recursos Humanos
Grupo Solaria Energía
""", company="Grupo Solaria Energía", cs="windows-1252")

M(A, "es_recruitee_tu", "es", "Ludomar Studios <ludomar@recruitee.com>",
  "¡Gracias por tu candidatura, Karim!", """
¡Hola Karim!

Ya tenemos tu candidatura para Backend / Infra Engineer. Nuestro equipo la revisará con calma y te contaremos algo pronto.

Mientras tanto, puedes echar un vistazo a nuestro blog de ingeniería: https://ludomar.example.com/blog

¡Gracias!
Ludomar Studios
""", company="Ludomar Studios", fmt="alt", contact="")

# ----------------------------------------------------------------------------- offers
M(OFFER, "promesse_embauche_pdf", "fr", "Alban de Rosny <alban.derosny@nuageo.example.fr>",
  "Ta proposition d'embauche Nuageo 🎉", """
Karim,

Comme promis au téléphone ce midi, voici ta promesse d'embauche en pièce jointe !
Pour résumer : CDI, SRE senior, 62 k€ brut annuel fixe + 8 % variable, BSPCE, 2 jours de télétravail, démarrage le 1er septembre.

Tu as jusqu'au 15 juin pour nous faire ton retour. Et si tu as des questions, appelle-moi, même le week-end.

On a vraiment hâte de t'avoir dans l'équipe.

Alban
Talent Partner, Nuageo
""", company="Nuageo", attach=[("Promesse_embauche_K_Benali.pdf", PDF)])

M(OFFER, "esn_proposition_salaire", "fr", "Claire Fontaine <claire.fontaine@azimutconseil.example.fr>",
  "Proposition", """
Bonjour Karim,

Suite à vos échanges avec Rémi et Nathalie, j'ai le plaisir de vous confirmer que nous souhaitons vous faire une proposition pour rejoindre Azimut Conseil en tant que Consultant Cloud/SRE confirmé.

Rémunération : 52 000 € bruts annuels + prime de 3 000 € sur objectifs, mutuelle prise en charge à 80 %, tickets restaurant.
Le contrat vous sera envoyé pour signature électronique (Yousign) dès votre accord de principe.

Au plaisir d'en discuter,

Claire Fontaine
Talent Acquisition | Azimut Conseil
""", company="Azimut Conseil")

M(OFFER, "suisse_offre_conditionnelle", "fr", "Nadia Perrin <nadia.perrin@helvetix.example.ch.test>",
  "Offre d'engagement - Ingénieur SRE", """
Bonjour Monsieur Benali,

Nous avons le plaisir de vous soumettre une offre d'engagement pour le poste d'Ingénieur SRE au sein de Helvetix Télécom SA, sous réserve de l'obtention de votre permis de travail (permis B) et d'un extrait de casier judiciaire vierge.

Vous trouverez ci-joint le contrat en deux exemplaires. Merci de nous en retourner un exemplaire signé d'ici au 30 juin 2026.

Meilleures salutations,
Nadia Perrin
Spécialiste RH | Helvetix Télécom SA
""", company="Helvetix Télécom", attach=[("Contrat_travail_Benali.pdf", PDF)])

M(OFFER, "verbal_offer_followup_fr_belge", "fr", "Pieter Claes <pieter.claes@brixbank.example.be>",
  "Suite à notre appel", """
Bonjour Karim,

Comme je vous le disais tout à l'heure au téléphone : le comité a validé votre candidature et nous sommes ravis de vous proposer le poste de SRE au sein de l'équipe Platform.
Les RH vous enverront l'offre écrite (package salarial, voiture de société ou budget mobilité, chèques-repas) d'ici vendredi.

Encore bravo,
Pieter Claes
Engineering Manager - Platform | BrixBank
""", company="BrixBank")

M(OFFER, "pleased_to_offer_uk", "en", "Harriet Pemberton <harriet.pemberton@northgateenergy.example.co.uk.test>",
  "Offer of employment - Platform Reliability Engineer", """
Dear Karim,

Further to your conversation with James earlier today, I am delighted to confirm that we are pleased to offer you the position of Platform Reliability Engineer at Northgate Energy, at a salary of £78,000 per annum plus a 10% bonus opportunity.

This offer is conditional upon satisfactory references and the right to work in the UK. Your formal offer letter and contract are attached; please sign and return them via DocuSign at your earliest convenience.

Congratulations - we very much look forward to welcoming you to the team.

Kind regards,

Harriet Pemberton
Senior Resourcing Partner | Northgate Energy
""", company="Northgate Energy", attach=[("Northgate_Offer_Letter_KBenali.pdf", PDF)])

M(OFFER, "canada_offer_casual", "en", "Jordan Tremblay <jordan.tremblay@maplecore.example.ca.test>",
  "Good news!", """
Hey Karim!

Told you I'd reach out if the req came back - and it did! Even better: after the conversations with Priya and the team, we'd like to offer you the Cloud Ops Engineer role. I've attached the offer letter (base $118k CAD, 15% STIP, relocation package to Montréal).

Have a look and let's hop on a call tomorrow to go through it.

Jordan
People & Culture, MapleCore Insurance
""", company="MapleCore Insurance", attach=[("MapleCore_Offer_Benali.pdf", PDF)])

M(OFFER, "brazilian_verbal_recap", "en", "Rafael Costa <rafael.costa@vaiapp.example.com>",
  "Re: Following up", """
Karim!! Great talking to you earlier. As discussed, we want you on the team 🎉

Quick recap of the verbal offer:
- Senior SRE, fully remote (EU hours)
- EUR 85k/year + equity
- Start date flexible, ideally October

Written offer coming from our People team in the next 48h. Any questions just ping me.

Abraço,
Rafael
""", company="Vai App")

M(OFFER, "de_vertragsangebot", "de", "Tobias Krüger <tobias.krueger@spielwerk.example.de.test>",
  "Unser Angebot", """
Hi Karim,

ich freu mich riesig: Wir möchten dich als Senior Infrastructure Engineer bei Spielwerk Games an Bord holen! Im Anhang findest du unser Vertragsangebot (75.000 € Jahresgehalt, 30 Urlaubstage, Deutschlandticket, Umzugspauschale).

Schau es dir in Ruhe an und gib mir bis nächste Woche Freitag Bescheid. Bei Fragen ruf einfach an.

Grüße
Tobias
""", company="Spielwerk Games", attach=[("Arbeitsvertrag_Benali.pdf", PDF)])

M(OFFER, "de_zusage_hr_formal", "de", "Annika Vogel <annika.vogel@finlogik.example.de.test>",
  "Ihr Vertragsangebot der FinLogik GmbH", """
Sehr geehrter Herr Benali,

wir freuen uns, Ihnen nach den erfolgreichen Gesprächen die Position als Site Reliability Engineer anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag zur Unterzeichnung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31.07.2026 zurück.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüße
Annika Vogel
Recruiting | FinLogik GmbH
""", company="FinLogik", attach=[("Arbeitsvertrag_FinLogik.pdf", PDF)], cte="quoted-printable")

M(OFFER, "es_oferta_formal", "es", "Carmen Ruiz <carmen.ruiz@redalia.example.es.test>",
  "Oferta - SRE Redalia", """
Hola Karim,

¡Enhorabuena! Tras las entrevistas, nos encantaría que te unieras al equipo de Plataforma de Redalia Telecomunicaciones.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 58.000 € brutos anuales, modelo híbrido (2 días en la oficina de Madrid) y seguro médico. Necesitaríamos tu respuesta antes del 10 de julio.

Cualquier duda, aquí estoy.

Carmen Ruiz
Tech Recruiter | Redalia Telecomunicaciones
""", company="Redalia Telecomunicaciones", attach=[("Carta_oferta_Benali.pdf", PDF)])

# ----------------------------------------------------------------------------- other
BULK = {"Precedence": "bulk"}


def listhdr(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK}


M(X, "linkedin_alert_fr", "fr", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "« ingénieur sre » : 12 nouvelles offres à Paris", """
Vos offres d'emploi correspondant à « ingénieur sre » - Île-de-France

Ingénieur SRE H/F
Banque Aurore · Paris (Hybride)
Candidature simplifiée
https://www.linkedin.com/comm/jobs/view/41011

Site Reliability Engineer - Observabilité
Observa SAS · Paris 9e
https://www.linkedin.com/comm/jobs/view/41012

DevOps / SRE Senior (F/H)
Kaskad · Télétravail
Recrutement actif
https://www.linkedin.com/comm/jobs/view/41013

Voir toutes les offres : https://www.linkedin.com/comm/jobs/search?alert=88

Vous recevez des alertes emploi pour « ingénieur sre ». Se désabonner : https://www.linkedin.com/comm/jobs/alerts/unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", fmt="alt", brand="LinkedIn", track="www.linkedin.com/e",
  headers=listhdr("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe"))

M(X, "apec_offres_du_jour", "fr", "Apec <alertes@apec.example.fr>",
  "Vos 8 nouvelles offres Apec - Ingénieur cloud / Lyon", """
Bonjour Karim,

8 nouvelles offres correspondent à votre recherche « Ingénieur cloud » - Lyon et 30 km.

- Ingénieur de production cloud H/F - Telvia - Lyon 3e - 48-55 k€
- Architecte cloud AWS - ESN - Villeurbanne - 55-65 k€
- SRE / Ingénieur fiabilité - éditeur SaaS - Lyon - selon profil

Consulter les offres : https://www.apec.example.fr/candidat/recherche-emploi.html?alerte=5521

Modifier ou supprimer cette alerte : https://www.apec.example.fr/candidat/mon-espace/alertes.html
""", fmt="html", brand="Apec", headers=listhdr("<alertes.apec.example.fr>", "https://www.apec.example.fr/desinscription"))

M(X, "hellowork_newsletter_refus", "fr", "Le Mag HelloWork <newsletter@hellowork.example.com>",
  "Refus après un entretien : 5 réflexes pour rebondir", """
Le Mag HelloWork - édition du mardi

REFUS APRÈS UN ENTRETIEN : 5 RÉFLEXES POUR REBONDIR
« Malheureusement, nous ne donnerons pas suite à votre candidature. » Recevoir ce mail après trois entretiens, c'est rageant. Voici comment demander un retour constructif au recruteur, sans paraître insistant.
Lire l'article : https://www.hellowork.example.com/fr-fr/medias/refus-entretien.html

ENTRETIEN MANQUÉ : COMMENT S'EXCUSER ?
Vous avez raté votre entretien d'embauche ? Pas de panique, un mail d'excuse bien tourné peut sauver votre candidature.
https://www.hellowork.example.com/fr-fr/medias/entretien-manque.html

LES OFFRES DE LA SEMAINE
Ingénieur DevOps (H/F) - Nantes - CDI

Vous recevez cette newsletter car vous êtes inscrit sur HelloWork. Se désinscrire : https://www.hellowork.example.com/unsubscribe
""", fmt="html", brand="HelloWork", headers=listhdr("<mag.hellowork.example.com>", "https://www.hellowork.example.com/unsubscribe"))

M(X, "indeed_fr_entreprises", "fr", "Indeed <alert@indeed.com>",
  "Ingénieur DevOps : des entreprises recrutent près de Toulouse", """
Karim, de nouvelles offres vous attendent

Ingénieur DevOps H/F
Enerlis - Toulouse (31)
Postuler facilement
Publiée il y a 2 jours

Ingénieur Systèmes Linux / Cloud
Cabinet de recrutement - Blagnac (31)
45 000 € - 55 000 € par an

Voir les offres similaires : https://fr.indeed.com/jobs?q=devops&l=Toulouse

Gérer vos alertes : https://fr.indeed.com/alert/manage
Indeed, 6433 Champion Grandview Way, Austin, TX 78750
""", fmt="alt", brand="Indeed", headers=listhdr("<alert.indeed.com>", "https://fr.indeed.com/alert/unsubscribe"))

M(X, "impots_avis", "fr", "DGFiP <ne-pas-repondre@dgfip.example.gouv.fr.test>",
  "Votre avis d'impôt est disponible dans votre espace particulier", """
Madame, Monsieur,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr, rubrique « Documents ».

Pour des raisons de sécurité, aucun lien de connexion ne figure dans ce message.

La Direction générale des Finances publiques
""", cs="iso-8859-1")

M(X, "caf_attestation", "fr", "Caf <ne-pas-repondre@caf.example.fr>",
  "Un nouveau document est disponible dans votre Espace Mon Compte", """
Bonjour,

Un nouveau document est disponible dans votre Espace Mon Compte sur caf.fr : attestation de paiement.

Cordialement,
Votre Caf

Ce mail vous est envoyé automatiquement, merci de ne pas y répondre.
""")

M(X, "ameli_remboursement", "fr", "L'Assurance Maladie <noreply@ameli.example.fr>",
  "Un remboursement de 17,50 € a été effectué", """
Bonjour Monsieur BENALI,

Votre caisse d'assurance maladie vous informe qu'un remboursement de 17,50 € a été effectué le 14/04/2026 sur votre compte bancaire.

Consultez le détail de vos remboursements dans votre compte ameli.

L'Assurance Maladie
""", fmt="html", brand="ameli")

M(X, "banque_credit_recu", "fr", "Votre Banque en Ligne <service-client@banquenova.example.fr>",
  "Nous avons bien reçu votre demande de prêt personnel", """
Bonjour Karim,

Nous vous confirmons la bonne réception de votre demande de prêt personnel n° PP-2026-884102 (montant : 8 000 €, durée : 48 mois).

Votre dossier est en cours d'étude par nos conseillers. Malheureusement, en raison d'un nombre élevé de demandes, le délai de réponse peut atteindre 5 jours ouvrés. Vous serez informé par e-mail de la décision.

BanqueNova - Service Crédit
BanqueNova SA, établissement de crédit agréé par l'ACPR.
""", fmt="alt", contact="")

M(X, "location_dossier_refuse", "fr", "Agence Immo Croix-Rousse <location@immo-croixrousse.example.fr>",
  "Votre dossier - T2 rue d'Austerlitz", """
Bonjour Monsieur Benali,

Nous vous remercions pour votre dossier de candidature pour l'appartement T2 situé rue d'Austerlitz (Lyon 4e).

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Service Location
Agence Immo Croix-Rousse
04 78 00 00 00
""", contact="location@immo-croixrousse.example.fr")

M(X, "colissimo_retard", "fr", "Colissimo <noreply@notif-colissimo.example.fr>",
  "Votre colis 6A2026XXXX4471 : retard de livraison", """
Bonjour,

Malheureusement, votre colis n° 6A2026XXXX4471 a pris du retard suite à un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : jeudi 21 mai.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois?code=6A2026XXXX4471

Colissimo, une marque de La Poste
""", fmt="html", brand="Colissimo")

M(X, "sncf_train_annule", "fr", "SNCF Connect <noreply@sncf-connect.example.com>",
  "Votre train du 12/06 est supprimé", """
Bonjour Karim,

Nous sommes désolés : votre TGV INOUI n° 6611 Paris Gare de Lyon -> Lyon Part-Dieu du vendredi 12 juin à 07h04 est supprimé en raison d'un mouvement social.

Vous pouvez échanger ou vous faire rembourser votre billet sans frais dans votre espace.

SNCF Connect
""", fmt="alt")

M(X, "ami_raconte_refus", "fr", "Mehdi Saïdi <mehdi.saidi@example.org>",
  "Re: bières jeudi ?", """
Carrément pour jeudi !

Sinon la nouvelle du jour : je me suis fait recaler chez Ledgerline après le dernier entretien 🙃 « nous avons décidé de poursuivre avec d'autres candidats », même pas un retour sur le system design alors que j'avais passé 4 tours... Bref, j'ai besoin d'une bière.

Et toi, ça avance tes candidatures ?

Mehdi
""" + fr_quote("mer. 8 avr. 2026 à 19:20", "Karim Benali <karim.benali@example.net>", """
Yo, on se fait une bière jeudi soir vers Oberkampf ?"""))

M(X, "envoi_karim_remerciement", "fr", "Karim Benali <karim.benali@example.net>",
  "Merci pour l'entretien", """
Bonjour Pieter,

Merci pour le temps que vous m'avez consacré aujourd'hui. J'ai beaucoup apprécié la discussion sur votre plateforme de paiements instantanés et la façon dont l'équipe gère les astreintes.

Je reste à votre disposition pour la suite du processus.

Bien cordialement,
Karim Benali
06 00 00 00 00
""", to="Pieter Claes <pieter.claes@brixbank.example.be>", contact="")

M(X, "cabinet_cold_outreach", "fr", "Guillaume Perrot <g.perrot@alphatalents.example.fr>",
  "Opportunité SRE - scale-up énergie - Paris", """
Bonjour Karim,

Je me permets de vous contacter car votre parcours (Backend + Cloud AWS, évolution vers le SRE) a retenu mon attention.

J'accompagne actuellement une scale-up de la transition énergétique (Série C, 200 personnes) qui structure son équipe Reliability : SLO, astreinte, chaos engineering. Package 60-70 k€ + BSPCE, 3 jours de télétravail.

Si le sujet vous parle, vous trouverez la fiche de poste ici : https://alphatalents.example.fr/offres/sre-energie
Et si ce n'est pas le bon moment, aucun souci, je reste dans votre réseau.

Bien à vous,
Guillaume Perrot
Manager - Practice Tech | Alpha Talents
""")

M(X, "ooo_recruteuse", "fr", "Camille Roux <camille.roux@telvia.example.com>",
  "Réponse automatique : Re: Votre candidature SRE - premier échange", """
Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus, avec un accès limité à mes mails.
Pour toute question urgente concernant un recrutement, vous pouvez contacter recrutement-tech@telvia.example.com.

Bien cordialement,
Camille Roux
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M(X, "podcast_interview", "fr", "Lucie Marchand <lucie@podcast-lesops.example.fr>",
  "Interview pour le podcast Les Ops", """
Salut Karim,

J'ai adoré ton talk au meetup Cloud Native Lyon sur les post-mortems sans reproche. Est-ce que tu serais partant pour une interview de 45 minutes dans le podcast Les Ops ?

On enregistre à distance, en général le mardi soir. Pas besoin de préparer quoi que ce soit, on discute simplement de ton retour d'expérience.

Lucie
Les Ops - le podcast des gens qui tiennent la prod
""")

M(X, "mutuelle_adhesion_recue", "fr", "Mutuelle Horizon Santé <adhesion@mutuelle-horizon.example.fr>",
  "Votre demande d'adhésion a bien été enregistrée", """
Cher adhérent,

Nous avons bien reçu votre demande d'adhésion à la formule Horizon Essentiel et nous vous en remercions.

Votre carte de tiers payant vous sera adressée sous 10 jours. Malheureusement, nous ne pouvons pas traiter les demandes de remboursement antérieures à la date d'effet de votre contrat (1er mai 2026).

Mutuelle Horizon Santé
""", cs="windows-1252", contact="")

M(X, "rappel_daily_standup", "fr", "Google Agenda <calendar-notification@google.com>",
  "Notification : Daily standup - Asso Codeurs Solidaires @ Quotidien 9h30 - 9h45 (CET)", """
Ceci est un rappel pour l'événement suivant.

Daily standup - Asso Codeurs Solidaires
Quand : Quotidien de 9h30 à 9h45 heure normale d'Europe centrale - Paris
Participer avec Google Meet : https://meet.example.com/asso-daily

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail, car vous êtes un invité de cet événement.
""", fmt="alt",
  ics=ics("asso-daily-standup@example.org", "2026-02-02T08:30:00", 15, "Daily standup - Asso Codeurs Solidaires",
          "bureau@codeurs-solidaires.example.org", rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"))

M(X, "wttj_newsletter", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
  "Ces entreprises recrutent en SRE 🔥 + comment réussir ton entretien system design", """
Hello Karim 👋

Cette semaine dans la Jungle :

🧠 Entretien system design : la méthode en 4 étapes que les recruteurs adorent
https://www.welcometothejungle.com/fr/articles/entretien-system-design

💬 « J'ai raté mon entretien technique, et ensuite ? » : trois devs racontent
https://www.welcometothejungle.com/fr/articles/rater-entretien

🏢 Ils recrutent : Nuvéo, Kaskad, QuaiPay et 40 autres
https://www.welcometothejungle.com/fr/jobs

Tu reçois cet email car tu es inscrit·e à la newsletter. Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe
""", fmt="html", brand="Welcome to the Jungle",
  headers=listhdr("<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe"))

M(X, "universite_admission", "fr", "Scolarité Université Lyon Sciences <scolarite-master@univ-lyonsciences.example.fr>",
  "Décision de la commission pédagogique - Master Cloud Computing (formation continue)", """
Monsieur,

Suite à l'examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature au Master 2 Cloud Computing (formation continue) n'a pas été retenue. Vous êtes placé en position 7 sur la liste complémentaire.

Le service de scolarité
""", cs="iso-8859-1", contact="scolarite-master@univ-lyonsciences.example.fr")

M(X, "linkedin_inmail_en", "en", "Sam Whitfield via LinkedIn <inmail-hit-reply@linkedin.com>",
  "Sam sent you a message", """
Hi Karim,

I came across your profile and was really impressed by your background in cloud and backend engineering. I'm hiring for several SRE positions at Vectorly, a fast-growing observability startup (Series B, remote-first in Europe).

No pressure at all - just wanted to put us on your radar. Here's our careers page if you'd like to have a look: https://vectorly.example.com/careers

Best,
Sam

Reply  |  Not interested
You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email
""", fmt="alt", brand="LinkedIn", track="www.linkedin.com/e", contact="")

M(X, "indeed_alert_en", "en", "Indeed <alert@indeed.com>",
  "5 new Site Reliability Engineer jobs in London", """
Site Reliability Engineer jobs in London

Senior SRE - Monzara - London EC2 - £85,000 - £100,000 a year - Easily apply
Platform Reliability Engineer - Northgate Energy - London - Hybrid
SRE (Kubernetes) - Stack Hunters - London - £600 a day - Contract

See all jobs: https://uk.indeed.com/jobs?q=site+reliability+engineer&l=London

Unsubscribe from this alert: https://uk.indeed.com/alert/unsubscribe
""", fmt="html", brand="Indeed", headers=listhdr("<alert.indeed.com>", "https://uk.indeed.com/alert/unsubscribe"))

M(X, "substack_rejection_essay", "en", "The On-Call Letter <oncall@substack.com>",
  "Why 'we've decided to move forward with other candidates' isn't about you", """
THE ON-CALL LETTER - Issue #48

This week, three readers sent me the same rejection email, word for word: "After careful consideration, we've decided to move forward with other candidates whose experience more closely aligns with the role." Let's talk about what actually happens in a hiring committee, why feedback rarely comes, and what to do when you miss an interview because of a calendar time zone bug (it happens more than you think).

Read the full post: https://oncallletter.substack.com/p/move-forward-with-other-candidates

Also: the offer negotiation checklist I wish I'd had.

Unsubscribe https://oncallletter.substack.com/action/disable_email
""", fmt="alt", brand="The On-Call Letter",
  headers=listhdr("<oncallletter.substack.com>", "https://oncallletter.substack.com/action/disable_email"))

M(X, "user_research_interview", "en", "Nina Patel <nina.patel@fluxcloud.example.com>",
  "Would you join a 30-min research interview? ($75 gift card)", """
Hi Karim,

I'm a UX researcher at FluxCloud. As someone who uses our CLI regularly, we'd love to interview you about how you manage deploys and alerts day to day. It's a 30-minute video call, no preparation needed, and we'll send a $75 gift card as a thank-you.

You can pick a time here: https://calendly.com/fluxcloud-research/30min

Thanks!
Nina Patel
UX Research, FluxCloud
""")

M(X, "press_interview_request", "en", "Ellie Brennan <ellie.brennan@techpulse.example.ie.test>",
  "Interview request - article on SRE burnout", """
Hi Karim,

I'm a reporter with TechPulse in Dublin, writing a feature on burnout in on-call engineering teams. I read your blog post about rotating incident commanders and wondered if you'd be up for a short phone interview (15-20 minutes) this week? Happy to keep you anonymous if you prefer.

Thanks,
Ellie Brennan
Senior Reporter, TechPulse
""")

M(X, "order_delayed", "en", "ShopBox <orders@shopbox.example.com>",
  "Unfortunately your order is delayed", """
Hi Karim,

Unfortunately your order #SB-20266841 (USB-C dock, 1 item) is delayed due to high demand at our fulfilment centre. We now expect to dispatch it within 3-5 working days.

We're sorry for the wait. You can cancel your order at any time from your account.

The ShopBox Team
""", fmt="html", contact="")

M(X, "gps_position_shared", "en", "Find My Device <no-reply@findmy.example.com>",
  "Your device's last known position", """
Karim's Pixel 8 was located.

Last known position: 45.7640° N, 4.8357° E (Lyon, France)
Accuracy: 12 m
Time: 3 Jul 2026, 22:14 CEST

Open the map: https://findmy.example.com/device/8841
If this wasn't you, secure your account.
""")

M(X, "streaming_payment", "en", "StreamFlix <info@streamflix.example.com>",
  "Your payment was declined", """
Hi Karim,

We couldn't process your payment for the Standard plan. Please update your payment details to keep watching without interruption.

Update payment: https://streamflix.example.com/account/payment

- The StreamFlix Team
""", fmt="html")

M(X, "candidate_experience_survey", "en", "Ledgerline via Greenhouse <no-reply@us.greenhouse-mail.io>",
  "How was your interview experience with Ledgerline?", """
Hi Karim,

You recently interviewed with Ledgerline. We'd love to hear about your experience - good or bad - so we can keep improving our process.

The survey takes 2 minutes and is anonymous; your answers won't affect any hiring decision.

Take the survey: https://survey.greenhouse.io/ledgerline/8811

Thank you!
""", fmt="alt", track="links.greenhouse.io")

M(X, "sent_followup_en", "en", "Karim Benali <karim.benali@example.net>",
  "Following up - Senior SRE application", """
Hi Rachel,

I hope you're well. I interviewed with the platform team on the 16th and wanted to follow up on the timeline for next steps. I'm still very interested in the role.

Best regards,
Karim
""", to="Rachel Kim <rachel.kim@ledgerline.example.com>", contact="")

M(X, "ooo_recruiter_en", "en", "Aoife Byrne <aoife.byrne@kestreltelecom.example.ie.test>",
  "Automatic reply: Technical interview follow-up", """
Thanks for your email. I'm on annual leave until Monday 13 July with no access to email. For anything urgent please contact talent@kestreltelecom.example.ie.test.

Aoife
""", headers={"Auto-Submitted": "auto-replied"})

M(X, "friend_forward_rejection", "en", "Chris Adeyemi <chris.adeyemi@example.org>",
  "Fwd: Your application to Monzara", """
lol look what I got this morning. At least they spelled my name right this time. Drinks Friday?

---------- Forwarded message ---------
From: Monzara Talent <no-reply@monzara.example.com>
Date: Tue, 5 May 2026 at 08:02
Subject: Your application to Monzara
To: Chris Adeyemi <chris.adeyemi@example.org>

Hi Chris,

Thank you for your interest in Monzara. Unfortunately, we will not be moving forward with your application for Backend Engineer at this time.

The Monzara Talent Team
""")

M(X, "calendar_reminder_guild", "en", "Google Calendar <calendar-notification@google.com>",
  "Reminder: SRE Guild sync (community) @ Thu Sep 10, 2026 6pm - 7pm (CEST)", """
Reminder: SRE Guild sync (community)
When: Thu Sep 10, 2026 6pm - 7pm Central European Summer Time
Joining: https://meet.example.com/sre-guild
Calendar: karim.benali@example.net

Invitation from Google Calendar
""")

M(X, "hn_hiring_digest", "en", "Remote SRE Jobs Weekly <digest@remotesrejobs.example.com>",
  "This week: 27 remote SRE jobs, 3 offer negotiation tips", """
REMOTE SRE JOBS WEEKLY - #112

FEATURED
- Vectorly - Senior SRE (EU remote) - €90-110k
- Hollowbyte Games - Reliability Engineer, Live Ops - Montreal/remote
- PayStream Africa - Site Reliability Engineer - Amsterdam/remote

TIP OF THE WEEK
Got an offer? Don't accept on the call. Ask for the offer letter in writing and 48 hours to review it.

Browse all jobs: https://remotesrejobs.example.com/jobs
Unsubscribe: https://remotesrejobs.example.com/unsubscribe
""", fmt="html", brand="Remote SRE Jobs", headers=listhdr("<weekly.remotesrejobs.example.com>", "https://remotesrejobs.example.com/unsubscribe"))

M(X, "stepstone_jobagent", "de", "StepStone Jobagent <jobagent@stepstone.de>",
  "Ihr Jobagent: 6 neue Jobs für \"Site Reliability Engineer\" in Berlin", """
Hallo Karim Benali,

Ihr Jobagent hat 6 neue Jobs für Sie gefunden:

Site Reliability Engineer (m/w/d) - Wattwerk GmbH - Berlin - Homeoffice möglich
DevOps Engineer Cloud (m/w/d) - Voltnetz AG - Leipzig
Platform Engineer (all genders) - Spielwerk Games - Berlin

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=2207

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/verwalten
""", fmt="html", brand="StepStone", cs="iso-8859-1", headers=listhdr("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/verwalten"))

M(X, "karriere_newsletter_absage", "de", "Karriere-Kompass <newsletter@karriere-kompass.example.de.test>",
  "Absage nach dem Vorstellungsgespräch - was nun?", """
Karriere-Kompass - Ihr Newsletter für die Jobsuche

ABSAGE NACH DEM VORSTELLUNGSGESPRÄCH - WAS NUN?
"Leider müssen wir Ihnen mitteilen ..." - so beginnen die meisten Absagen. Wir zeigen, wie Sie höflich um Feedback bitten und warum sich eine Antwort auf die Absage lohnen kann.
Weiterlesen: https://karriere-kompass.example.de.test/absage-was-nun

TERMIN VERPASST?
Was Sie tun sollten, wenn Sie ein Vorstellungsgespräch verpasst haben.

Newsletter abbestellen: https://karriere-kompass.example.de.test/abmelden
""", fmt="alt", brand="Karriere-Kompass", headers=listhdr("<news.karriere-kompass.example.de.test>", "https://karriere-kompass.example.de.test/abmelden"))

M(X, "kreditkarte_antrag", "de", "Nordbank Direkt <service@nordbank-direkt.example.de.test>",
  "Ihr Kreditkartenantrag ist bei uns eingegangen", """
Guten Tag Herr Benali,

vielen Dank für Ihren Antrag auf die Nordbank Visa Card. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Bitte beachten Sie: Wir können Ihnen leider keine Auskunft zum Bearbeitungsstand per Telefon geben. Sie erhalten unsere Entscheidung innerhalb von 5 Werktagen per E-Mail.

Freundliche Grüße
Ihre Nordbank Direkt
""", fmt="html", contact="")

M(X, "paket_verspaetet", "de", "DHL Paket <noreply@dhl.example.de.test>",
  "Ihre Sendung verzögert sich", """
Hallo Karim Benali,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Die neue voraussichtliche Zustellung ist am Mittwoch, 24.06.2026.

Sendungsverfolgung: https://www.dhl.example.de.test/sendung?id=00340434161234567890

Ihr DHL Paket Team
""", fmt="html")

M(X, "wohnung_absage", "de", "Hausverwaltung Becker <vermietung@hv-becker.example.de.test>",
  "Ihre Anfrage zur Wohnung Reichenberger Str. 41", """
Sehr geehrter Herr Benali,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Reichenberger Str. 41 und Ihre Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Becker
""", cs="windows-1252", contact="vermietung@hv-becker.example.de.test")

M(X, "abwesenheit_recruiter", "de", "Julia Neumann <julia.neumann@voltnetz.example.de.test>",
  "Abwesenheitsnotiz: AW: Verschiebung Ihres Telefoninterviews", """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@voltnetz.example.de.test.

Mit freundlichen Grüßen
Julia Neumann
""", headers={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1")

M(X, "infojobs_alerta", "es", "InfoJobs <alertas@infojobs.example.net>",
  "Nuevas ofertas para: SRE en Madrid", """
Hola Karim,

Tenemos 9 nuevas ofertas que encajan con tu alerta "SRE - Madrid":

- Ingeniero/a SRE - Banco Meridiano - Madrid - 50.000 € - 60.000 €
- DevOps / SRE Senior - Redalia Telecomunicaciones - Madrid (híbrido)
- Platform Engineer - Kubo Seguros - Remoto

Ver todas: https://www.infojobs.example.net/ofertas?alerta=7718

Puedes darte de baja de esta alerta aquí: https://www.infojobs.example.net/alertas/baja
""", fmt="html", brand="InfoJobs", cs="iso-8859-1", headers=listhdr("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/alertas/baja"))

M(X, "universidad_admision", "es", "Admisiones Universidad Politécnica Atlántica <admisiones@upatlantica.example.es.test>",
  "Resolución de admisión - Máster en Ingeniería de Sistemas Distribuidos", """
Estimado Karim Benali:

Le comunicamos que ha sido ADMITIDO en el Máster Universitario en Ingeniería de Sistemas Distribuidos (modalidad online) para el curso 2026-2027.

Dispone de 10 días hábiles para formalizar la reserva de plaza a través de la sede electrónica.

Atentamente,
Servicio de Admisiones
""", contact="admisiones@upatlantica.example.es.test")

M(X, "gimnasio_cuota", "es", "FitZona <socios@fitzona.example.es.test>",
  "Tu cuota de septiembre", """
¡Hola Karim!

Te recordamos que el próximo 1 de septiembre se cargará tu cuota mensual de 39,90 €. Si quieres congelar tu abono durante las vacaciones, hazlo desde la app antes del día 28.

¡Nos vemos en el gym!
Equipo FitZona
""", fmt="html", contact="")

M(X, "amigo_rechazo_propio", "es", "Pablo Serrano <pablo.serrano@example.org>",
  "jaja vaya semana", """
Tío, me acaban de decir que no en Órbita Pagos después de la entrevista final. "Hemos decidido continuar con otros perfiles". Tres semanas de proceso para eso 🙄

Bueno, ¿nos vemos el sábado para el partido?

Pablo
Enviado desde mi iPhone
""")

M(X, "radio_entrevista", "es", "Marta Gil <marta.gil@radiotecnica.example.es.test>",
  "Propuesta de entrevista en Onda Técnica", """
Hola Karim:

Soy productora del programa Onda Técnica (Radio Técnica, Madrid). Estamos preparando un especial sobre la caída de servicios en la nube y nos encantaría entrevistarte en directo unos 10 minutos, por teléfono, el jueves por la mañana.

¿Te interesaría? Te puedo pasar las preguntas antes.

Un saludo,
Marta Gil
Producción - Onda Técnica
""")

M(X, "banco_prestamo_recibido", "es", "Banco Ribera <notificaciones@bancoribera.example.es.test>",
  "Hemos recibido tu solicitud de préstamo", """
Hola Karim,

Hemos recibido correctamente tu solicitud de Préstamo Personal (referencia PR-55102). Nuestro equipo la está estudiando y te daremos una respuesta en un plazo máximo de 48 horas.

Gracias por confiar en Banco Ribera.
""", fmt="alt")

M(X, "correos_retraso", "es", "Correos <noreply@correos.example.es.test>",
  "Tu envío llegará con retraso", """
Lamentablemente, tu envío PQ4B8K0012345 llegará con retraso por una incidencia en el centro de tratamiento. Nueva fecha estimada de entrega: 9 de octubre.

Sigue tu envío: https://www.correos.example.es.test/seguimiento?n=PQ4B8K0012345
""", fmt="html")

M(X, "newsletter_entrevista_tecnica", "es", "Código Carrera <boletin@codigocarrera.example.com>",
  "Cómo preparar una entrevista técnica (y qué hacer si te rechazan)", """
CÓDIGO CARRERA - boletín semanal

Esta semana:
1. Entrevista técnica de system design: guía paso a paso.
2. "Lamentamos comunicarte que no has sido seleccionado": cómo pedir feedback.
3. Ofertas destacadas: SRE, Platform y DevOps en España y remoto.

Leer online: https://codigocarrera.example.com/boletin/88

Darse de baja: https://codigocarrera.example.com/baja
""", fmt="alt", brand="Código Carrera", headers=listhdr("<boletin.codigocarrera.example.com>", "https://codigocarrera.example.com/baja"))

M(X, "reclutador_cold_es", "es", "Javier Molina <javier.molina@headtech.example.es.test>",
  "Oportunidad Platform Engineer - remoto", """
Hola Karim,

¿Qué tal? Soy Javier, de HeadTech. Estoy colaborando con una fintech española que está montando su equipo de Plataforma (Kubernetes, Terraform, AWS). Salario 55-65k, 100 % remoto.

Te dejo la descripción del puesto por si te encaja: https://headtech.example.es.test/ofertas/platform-fintech
Si no es el momento, ¡sin problema! Quizá conozcas a alguien a quien le pueda interesar.

Un saludo,
Javier Molina
Senior Tech Recruiter | HeadTech
""")

M(X, "karim_acepta_oferta_es", "es", "Karim Benali <karim.benali@example.net>",
  "Re: Oferta - SRE Redalia", """
Hola Carmen,

¡Muchísimas gracias por la oferta! Estoy revisando las condiciones con calma y te confirmo mi respuesta antes del viernes.

Un saludo,
Karim
""" + es_quote("lun, 29 jun 2026 a las 12:05", "Carmen Ruiz <carmen.ruiz@redalia.example.es.test>", """
¡Enhorabuena! Tras las entrevistas, nos encantaría que te unieras al equipo de Plataforma de Redalia Telecomunicaciones.
Te adjunto la carta de oferta con las condiciones."""),
  to="Carmen Ruiz <carmen.ruiz@redalia.example.es.test>", contact="", parent_domain="redalia.example.es.test")

# When each story happened, so that threads, quoted dates and weekdays agree (UTC).
DATES = {
    "calendly_phone_screen_fr": "2026-01-12T08:40", "tried_calling_fr": "2026-01-15T10:20",
    "after_onsite_hm_short": "2026-02-06T16:05", "ooo_recruteuse": "2026-02-24T09:00",
    "esn_entretien_tu": "2026-01-19T09:30", "esn_decaler_tu": "2026-01-21T16:10",
    "esn_tu_pas_connecte": "2026-01-26T13:12", "hospital_jury_convocation": "2026-03-02T10:00",
    "report_jury_absent": "2026-03-12T08:30", "suisse_ics_panel": "2026-03-30T13:00",
    "ics_cancel_panel": "2026-04-07T16:45", "suisse_offre_conditionnelle": "2026-06-12T09:00",
    "hellowork_entretien_rh": "2026-02-10T08:15", "teams_absent_fr": "2026-02-16T09:05",
    "outlook_updated_time": "2026-02-27T10:00", "recruitee_next_stage_pairing": "2026-02-18T11:00",
    "takehome_feedback": "2026-03-20T17:45", "ashby_hiring_committee_onsite": "2026-05-12T15:20",
    "cancel_then_reopen_later": "2026-05-21T17:30", "promesse_embauche_pdf": "2026-06-03T12:30",
    "jobteaser_ack_quebec_tu": "2026-03-02T14:00", "quebec_deplacer_appel": "2026-03-16T20:00",
    "quebec_manque": "2026-03-17T17:30", "role_on_hold_quebec": "2026-04-20T15:00",
    "belgique_systeme_design": "2026-03-04T10:00", "envoi_karim_remerciement": "2026-03-11T17:30",
    "verbal_offer_followup_fr_belge": "2026-04-02T15:00", "greenhouse_ack_en": "2026-02-02T07:12",
    "greenhouse_goodtime_en": "2026-02-20T16:00", "greenhouse_reschedule_en": "2026-03-11T09:40",
    "sent_followup_en": "2026-03-25T08:15", "greenhouse_soft_en": "2026-04-01T18:02",
    "candidate_experience_survey": "2026-04-03T18:00", "ami_raconte_refus": "2026-04-09T07:50",
    "uk_agency_many_exclaim": "2026-04-24T11:00", "agency_push_back_uk": "2026-04-27T08:30",
    "friend_forward_rejection": "2026-05-05T12:00", "japanese_owned_formal": "2026-04-28T07:00",
    "japanese_owned_postpone": "2026-05-08T06:30", "calendar_invite_only_en": "2026-05-26T10:00",
    "ics_cancel_google_en": "2026-06-01T18:00", "ooo_recruiter_en": "2026-07-06T09:00",
    "smartrecruiters_closed": "2026-08-14T09:00", "brazilian_owned_casual": "2026-08-03T13:00",
    "brazilian_verbal_recap": "2026-08-20T17:00", "workday_ack_no_feedback": "2026-05-04T06:00",
    "workday_next_round": "2026-05-29T06:00", "indian_kindly_revert": "2026-06-15T06:30",
    "linkedin_reply_then_invite": "2026-07-06T14:00", "zoom_missed_casual": "2026-07-09T14:30",
    "de_eingangsbestaetigung": "2026-02-25T10:00", "de_telefoninterview": "2026-03-04T09:00",
    "de_terminverschiebung": "2026-03-09T15:00", "abwesenheit_recruiter": "2026-03-12T08:00",
    "de_personio_du": "2026-05-18T12:00", "de_zweitgespraech_vor_ort": "2026-06-12T10:00",
    "de_absage_termin_ics": "2026-06-19T16:00", "de_vertragsangebot": "2026-07-15T11:00",
    "de_ics_teams": "2026-07-02T09:00", "de_nicht_erschienen": "2026-07-09T13:40",
    "de_zusage_hr_formal": "2026-07-21T10:00", "de_headhunter_kennenlernen": "2026-08-27T08:00",
    "de_anruf_nicht_erreicht": "2026-09-03T12:30", "es_entrevista_tecnica": "2026-04-08T09:00",
    "es_cambio_hora": "2026-04-13T08:00", "es_oferta_formal": "2026-06-29T10:05",
    "karim_acepta_oferta_es": "2026-06-30T08:00", "es_smartrecruiters_formal": "2026-06-05T09:00",
    "es_aplazada_formal": "2026-06-18T11:00", "es_cafe_informal": "2026-03-16T10:00",
    "es_no_se_conecto": "2026-03-19T17:25", "aus_interview_cancelled_freeze": "2026-05-12T00:30",
    "no_show_uk_formal": "2026-07-14T10:30", "pleased_to_offer_uk": "2026-08-05T15:00",
    "canada_icims_ack": "2026-03-23T14:00", "role_cancelled_canada": "2026-04-15T19:00",
    "canada_offer_casual": "2026-09-22T18:00", "indian_ack_formal": "2026-01-20T05:00",
    "indian_regret_inform": "2026-02-13T09:30", "nigerian_owned_ack": "2026-04-06T08:00",
    "nigerian_owned_en": "2026-05-06T09:00", "flatchr_ack": "2026-01-26T10:00",
    "flatchr_after_codingame": "2026-02-17T10:00", "taleo_accuse_volume": "2026-01-14T22:00",
    "ats_taleo_odd_format": "2026-02-27T22:00", "mutuelle_ack_windows1252": "2026-01-28T08:00",
    "apec_terse": "2026-03-05T08:00", "wttj_ack": "2026-01-07T19:30",
    "welcometothejungle_ats": "2026-01-29T09:00", "lever_ack_games": "2026-04-14T16:00",
    "lever_after_system_design": "2026-05-20T16:00", "de_ch_keine_einzelrueckmeldung": "2026-06-01T07:00",
    "de_successfactors_hold": "2026-07-01T07:00", "es_acuse_recibo": "2026-03-09T12:00",
    "es_soft_madrid": "2026-04-22T12:00", "amigo_rechazo_propio": "2026-09-12T21:00",
    "es_no_respuesta_individual": "2026-05-11T08:00", "es_formal_ustedes": "2026-06-24T08:00",
    "es_recruitee_tu": "2026-08-10T08:00", "es_teamtailor": "2026-08-31T08:00",
    "esn_bien_recu_humain": "2026-01-13T14:00", "esn_proposition_salaire": "2026-02-26T16:00",
    "de_after_interview_du": "2026-04-14T09:00", "es_puesto_cubierto_movil": "2026-05-19T18:00",
    "uk_shant_progress": "2026-03-18T12:00", "calendar_reminder_guild": "2026-09-10T15:50",
    "rappel_daily_standup": "2026-02-02T08:20", "colissimo_retard": "2026-05-18T06:00",
    "sncf_train_annule": "2026-06-10T16:00", "gps_position_shared": "2026-07-03T20:15",
    "gimnasio_cuota": "2026-08-25T07:00", "correos_retraso": "2026-10-05T07:00",
    "paket_verspaetet": "2026-06-22T05:00", "impots_avis": "2026-07-24T06:00",
}


if __name__ == "__main__":
    main()
