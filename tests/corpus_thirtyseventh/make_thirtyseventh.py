#!/usr/bin/env python3
"""Writes the thirty-seventh labelled corpus: Mathilde Ngo's job-search inbox, Jan-Oct 2026.

Every message below is written by hand (one call to `M` each); this module only assembles the
MIME structure (plain, HTML-only, multipart/alternative, calendar parts, attachments), the
transfer encodings and charsets, and labels.csv. Run it from anywhere:
`python tests/corpus_thirtyseventh/make_thirtyseventh.py`. Standard library only; it imports
nothing from the assistant package so that the corpus cannot be shaped by the classifier.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
ME = "Mathilde Ngo <mathilde.ngo@example.com>"
MESSAGES: list[dict[str, Any]] = []


def M(kind: str, slug: str, lang: str, company: str, contact: str, **spec: Any) -> None:
    """Records one message; `spec` holds headers and body (see `render`)."""
    MESSAGES.append(dict(kind=kind, slug=slug, lang=lang, company=company, contact=contact, **spec))


# ---------------------------------------------------------------- quoting helpers

def quoted(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def gmail(when: str, who: str, text: str) -> str:
    return f"\n\nOn {when}, {who} wrote:\n{quoted(text)}\n"


def lefr(when: str, who: str, text: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n{quoted(text)}\n"


def amde(when: str, who: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who}:\n{quoted(text)}\n"


def eles(when: str, who: str, text: str) -> str:
    return f"\n\nEl {when}, {who} escribió:\n{quoted(text)}\n"


def outlook(frm: str, sent: str, to: str, subject: str, text: str, lang: str = "en") -> str:
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    head = "\n".join(f"{k}: {v}" for k, v in zip(labels, (frm, sent, to, subject), strict=True))
    return f"\n\n________________________________\n{head}\n\n{text.strip()}\n"


def ics(uid: str, start: str, end: str, summary: str, organizer: str, method: str = "REQUEST",
        location: str = "", status: str = "CONFIRMED", sequence: int = 0, tz: str = "Europe/Paris") -> str:
    """A minimal but valid VCALENDAR; start/end are local 'YYYYMMDDTHHMMSS' in `tz`."""
    name, addr = parseaddr(organizer)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus37//Invite//FR", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T080000Z",
        f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN={name}:mailto:{addr}",
        "ATTENDEE;CN=Mathilde Ngo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        "mailto:mathilde.ngo@example.com",
        f"LOCATION:{location}", f"STATUS:{status}", f"SEQUENCE:{sequence}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- MIME assembly

def auto_html(text: str, brand: str) -> str:
    """The kind of HTML an ATS or mailing tool wraps around a plain template."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "".join(
        '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:#222222">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body style="margin:0;padding:0;background:#f2f2f2">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        '<td align="center" style="padding:20px 0"><table width="600" cellpadding="0" cellspacing="0"'
        f' style="background:#ffffff;border-top:4px solid {brand}"><tr><td style="padding:28px 32px">'
        f"{body}</td></tr></table></td></tr></table>"
        f'<img src="https://t.mailer.example.net/o/{hashlib.sha1(text.encode()).hexdigest()[:16]}.gif"'
        ' width="1" height="1" alt="" style="display:none"></body></html>'
    )


def encode_body(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype: str, text: str, charset: str, cte: str | None, extra: str = "") -> bytes:
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + encode_body(text, charset, cte).rstrip(b"\n") + b"\n"


def attachment(filename: str, ctype: str, data: bytes) -> bytes:
    head = (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: attachment; "
            f"filename=\"{filename}\"\nContent-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode("ascii")
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + part + b"\n"
    return out + f"--{boundary}--\n".encode("ascii")


def header_addr(value: str) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def header_text(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode(maxlinelen=76)


def message_id(number: int, m: dict[str, Any]) -> str:
    domain = parseaddr(m["frm"])[1].split("@")[-1]
    digest = hashlib.sha1(f"{number}{m['slug']}".encode()).hexdigest()[:20]
    return f"<{digest}.{number}@{domain}>"


# Conversations: each later message answers the one before it (In-Reply-To / References).
THREADS = [
    ["fr_entretien_telephonique_drh", "fr_decaler_entretien_drh", "fr_pas_connectee_teams"],
    ["greenhouse_panel_ics_en", "ics_cancel_en", "own_sent_reschedule_request_en", "en_offer_letter_docusign"],
    ["fr_ack_humain_tu", "fr_tu_startup_visio", "fr_tu_report_visio", "fr_tu_startup_offre"],
    ["calendly_agency_exclaim", "agency_en_moved"],
    ["ics_teams_fr_immersion", "ics_update_fr_teams"],
    ["es_entrevista_presencial", "es_reprogramar"],
    ["de_vorstellungsgespraech", "de_absage_termin_verschoben", "de_vertragsangebot"],
    ["fr_second_tour_ceo", "fr_heure_avancee_sms_style", "own_sent_thanks_fr", "fr_promesse_embauche"],
    ["fr_chasseur_rencontre_client", "fr_annulation_poste_gele"],
    ["fr_etude_de_cas_convocation", "fr_annule_dr_recrutement_gele"],
    ["es_llamada_telefonica_cl", "es_no_te_conectaste"],
    ["danish_en_next_round", "teams_no_join_en_formal"],
    ["recruitee_next_stage_fr", "fr_tu_on_ta_attendue"],
    ["lever_tech_interview_en", "en_verbal_offer_followup", "ooo_recruiter_en"],
    ["es_segunda_entrevista_ics", "es_oferta_formal"],
    ["fr_reference_check_et_entretien", "ooo_recruteuse_fr"],
    ["fr_quebec_entrevue", "fr_quebec_offre_conditionnelle"],
]


def link_threads(numbered: dict[str, tuple[int, dict[str, Any]]]) -> None:
    for thread in THREADS:
        chain: list[str] = []
        for slug in thread:
            number, m = numbered[slug]
            if chain:
                m["irt"], m["refs"] = chain[-1], " ".join(chain)
            chain.append(message_id(number, m))


def render(number: int, m: dict[str, Any]) -> bytes:
    """Headers, then the body structure that `fmt` names ('plain', 'html' or 'alt')."""
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    frm = m["frm"]
    digest = hashlib.sha1(f"{number}{m['slug']}".encode()).hexdigest()
    when = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    headers = [
        ("Return-Path", f"<{m.get('return_path', parseaddr(frm)[1])}>"),
        ("Message-ID", message_id(number, m)),
        ("Date", format_datetime(when)),
        ("From", header_addr(frm)),
        ("To", ", ".join(header_addr(a) for a in m.get("to", [ME]))),
    ]
    if "cc" in m:
        headers.append(("Cc", ", ".join(header_addr(a) for a in m["cc"])))
    if "reply_to" in m:
        headers.append(("Reply-To", header_addr(m["reply_to"])))
    headers.append(("Subject", header_text(m["subj"], m.get("subj_charset", "utf-8"))))
    if "irt" in m:
        headers.append(("In-Reply-To", m["irt"]))
        headers.append(("References", m.get("refs", m["irt"])))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(m.get("headers", []))

    body: str = m.get("body", "")
    fmt = m.get("fmt", "plain")
    page = m.get("html") or auto_html(body, m.get("brand", "#1d4e89"))
    parts = {
        "plain": [leaf("text/plain", body, charset, cte, m.get("flowed", ""))],
        "html": [leaf("text/html", page, charset, cte)],
        "alt": [leaf("text/plain", body, charset, cte), leaf("text/html", page, charset, cte)],
    }[fmt]
    if "ics" in m:
        method = m["ics"].split("METHOD:")[1].split("\r\n")[0]
        parts.append(leaf("text/calendar", m["ics"], "utf-8", "7bit", f"; method={method}"))
    content = parts[0] if len(parts) == 1 else multipart("alternative", parts, f"alt_{digest[:12]}")
    if m.get("ics_attach"):
        content = multipart("mixed", [content, attachment("invite.ics", "application/ics",
                                                          m["ics"].encode())], f"ics_{digest[:12]}")
    for filename, ctype, data in m.get("attach", []):
        content = multipart("mixed", [content, attachment(filename, ctype, data)], f"att_{digest[:12]}")

    out = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    return out + content


def main() -> None:
    rows = []
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    link_threads({m["slug"]: (n, m) for n, m in enumerate(MESSAGES, start=1)})
    for number, m in enumerate(MESSAGES, start=1):
        rel = f"{m['kind']}/{number:03d}_{m['slug']}.eml"
        (ROOT / m["kind"]).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(number, m))
        rows.append([rel, m["kind"], m["company"], m["contact"], m["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
R, II, RC, MI, AR, OF, OT = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                             "missed_interview_notice", "application_received", "offer", "other")


# ================================================================ rejections (30)

M(R, "ats_workday_fr_soft", "fr", "Groupe Vernaison Distribution", "",
  frm="Groupe Vernaison Distribution <vernaison@myworkday.com>", date="2026-02-03 18:42 +0100",
  subj="Votre candidature - Acheteur·se Approvisionnement H/F (R-004512)", fmt="alt", cte="quoted-printable",
  body="""Bonjour Mathilde,

Nous vous remercions pour l'intérêt que vous portez au Groupe Vernaison Distribution et pour le temps consacré à votre candidature au poste d'Acheteur·se Approvisionnement (R-004512).

Après une étude attentive de votre profil, nous avons le regret de vous informer que nous avons choisi de poursuivre le processus avec des candidat·e·s dont l'expérience correspond plus étroitement aux exigences du poste.

Nous conservons vos coordonnées dans notre vivier et vous invitons à consulter régulièrement nos offres sur notre site carrières.

Bien cordialement,
L'équipe Recrutement
Groupe Vernaison Distribution

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""")

M(R, "chu_after_interview", "fr", "CHU de Bordeaux", "c.lafargue@chu-bordeaux.example.org",
  frm="LAFARGUE Corinne <c.lafargue@chu-bordeaux.example.org>", date="2026-03-12 11:05 +0100",
  subj="RE: Entretien - Coordinatrice logistique pôle achats", irt="<a81c2.mngo@example.com>",
  body="""Madame,

Je fais suite à notre entretien du 5 mars dernier pour le poste de coordinatrice logistique au sein de la Direction des Achats et de la Logistique.

Malgré la qualité de votre parcours, la commission n'a pas retenu votre candidature ; le choix s'est porté sur une candidate disposant d'une expérience en établissement de santé.

Je vous remercie de l'intérêt porté à notre établissement et vous souhaite pleine réussite dans vos recherches.

Corinne LAFARGUE
Attachée d'administration hospitalière - DAL
CHU de Bordeaux
Tél : 05 56 00 00 00 - poste 41 27

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""" + outlook(
      "Mathilde Ngo <mathilde.ngo@example.com>", "vendredi 6 mars 2026 09:14", "LAFARGUE Corinne",
      "Entretien - Coordinatrice logistique pôle achats",
      "Bonjour Madame Lafargue,\n\nMerci encore pour l'échange d'hier. Je reste disponible pour tout complément.\n\nBien à vous,\nMathilde Ngo", "fr"))

M(R, "mobile_hm_terse_en", "en", "Kestrel Freight", "dan.okafor@kestrelfreight.example.com",
  frm="Dan Okafor <dan.okafor@kestrelfreight.example.com>", date="2026-04-21 19:58 +0100",
  subj="Re: Ops coordinator", irt="<CAF8z1Q@mail.example.com>",
  body="""Hi Mathilde - thanks for your time last wk, but we won't be moving forward. Went with someone internal. Good luck

Sent from my iPhone""" + gmail("Tue, 14 Apr 2026 at 10:02", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Hi Dan,\n\nThanks again for the chat on Monday. Happy to send over the KPI dashboard I mentioned.\n\nBest,\nMathilde"))

M(R, "cabinet_relay_tu", "fr", "Maison Colbert", "ines@talentbridge-conseil.example.fr",
  frm="Inès Berrada <ines@talentbridge-conseil.example.fr>", date="2026-05-06 17:31 +0200",
  subj="Retour Maison Colbert",
  body="""Coucou Mathilde,

Je reviens vers toi avec un retour de Maison Colbert... malheureusement pas celui qu'on espérait :( Ils ont eu un vrai coup de cœur pour un autre profil, qui avait déjà géré des flux import Asie sur du cosmétique. Ils ont quand même beaucoup aimé ta rigueur et ta présentation de l'étude de cas.

Je ne lâche pas l'affaire, j'ai deux autres missions achats en cours sur Lyon, je t'appelle la semaine pro pour t'en parler !

Belle soirée,
Inès

Inès Berrada
Consultante Senior Supply Chain & Achats
TalentBridge Conseil - 12 rue de la République, 69002 Lyon
06 12 34 56 78""")

M(R, "taleo_en_regret_indian", "en", "Sundaram Pharma Logistics", "",
  frm="Sundaram Pharma Logistics Careers <no-reply@taleo.net>", date="2026-01-28 06:14 +0530",
  subj="Application Status : Procurement Executive - Req ID 26-0193", fmt="html", cte="base64",
  html="""<html><body><font face="Verdana" size="2">
Dear Mathilde Ngo,<br><br>
Thank you for applying for the position of <b>Procurement Executive</b> (Req ID 26-0193) with Sundaram Pharma Logistics.<br><br>
We regret to inform you that your profile has not been shortlisted for the next stage of the selection process. We shall retain your details in our database and do revert should a suitable opportunity arise in future.<br><br>
Wishing you all the very best in your career endeavours.<br><br>
Warm Regards,<br>Talent Acquisition Team<br>Sundaram Pharma Logistics Pvt. Ltd.<br>
<br><font color="#888888" size="1">This is a system generated mail. Please do not reply to this mail.</font>
</font></body></html>""")

M(R, "role_on_hold_fr", "fr", "Lumenor Cosmétiques", "recrutement@lumenor.example.fr",
  frm="Service Recrutement Lumenor <recrutement@lumenor.example.fr>", date="2026-02-17 14:20 +0100",
  subj="Poste de Responsable Appro - mise à jour", charset="windows-1252", cte="quoted-printable",
  body="""Bonjour Madame Ngo,

Nous revenons vers vous concernant votre candidature au poste de Responsable Approvisionnement pour notre site de Saint-Priest.

Suite à une réorganisation interne, ce recrutement est suspendu jusqu'à nouvel ordre et nous ne donnerons donc pas suite aux candidatures reçues. Nous sommes sincèrement désolés de ce contretemps, d'autant plus que votre profil avait retenu notre attention.

Si le poste venait à être réouvert, nous ne manquerions pas de vous recontacter.

Cordialement,

Service Recrutement
Lumenor Cosmétiques – 14 avenue des Frères Lumière – 69800 Saint-Priest""")

M(R, "greenhouse_after_takehome", "en", "Parcelwise", "",
  frm="Parcelwise Hiring Team <no-reply@us.greenhouse-mail.io>", date="2026-06-09 21:03 +0000",
  subj="Your application with Parcelwise", fmt="alt",
  body="""Hi Mathilde,

Thank you for taking the time to complete the operations case study for the Procurement Operations Lead role. We know these take real effort, and the team enjoyed reading your supplier-consolidation proposal.

After careful review, we've decided to pursue other candidates whose background more closely aligns with what we need right now, particularly in SaaS vendor management.

We'll keep your information on file and may reach out if a role opens that's a closer match.

All the best,
The Parcelwise Talent Team""")

M(R, "de_absage_formal", "de", "Hanseatische Hafenlogistik", "bewerbung@hhl-hamburg.example.de",
  frm="HHL Personalabteilung <bewerbung@hhl-hamburg.example.de>", date="2026-03-24 09:40 +0100",
  subj="Ihre Bewerbung als Einkaufskoordinatorin (m/w/d)", charset="iso-8859-1", cte="quoted-printable",
  subj_charset="iso-8859-1",
  body="""Sehr geehrte Frau Ngo,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren Anforderungen noch etwas besser entspricht. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Personalabteilung
Hanseatische Hafenlogistik GmbH
Am Sandtorkai 5, 20457 Hamburg
Geschäftsführer: Jens Petersen | Amtsgericht Hamburg HRB 000000""")

M(R, "es_descartada_breve", "es", "Grupo Alimentario Ribera", "marta.ibanez@gruporibera.example.es",
  frm="Marta Ibáñez <marta.ibanez@gruporibera.example.es>", date="2026-04-02 13:12 +0200",
  subj="Proceso Técnico/a de Compras",
  body="""Hola Mathilde:

Te escribo para contarte que finalmente hemos cerrado el proceso de Técnico/a de Compras con otra persona. Tu candidatura era muy buena, pero buscábamos a alguien con más experiencia en compras de materia prima agrícola.

Gracias por tu tiempo y mucha suerte.

Un saludo,
Marta Ibáñez
RRHH · Grupo Alimentario Ribera
Tel. +34 976 000 000""")

M(R, "welcome_jungle_ats_fr", "fr", "Cafés Morel & Fils", "",
  frm="Cafés Morel & Fils via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  date="2026-01-19 10:02 +0100", subj="Mise à jour de votre candidature chez Cafés Morel & Fils", fmt="html",
  body="""Bonjour Mathilde,

L'équipe de Cafés Morel & Fils a bien étudié votre candidature pour le poste Coordinateur·rice Supply Chain.

Malheureusement, ils ont décidé de ne pas poursuivre avec votre profil pour cette offre.

Ne vous découragez pas : plus de 2 000 entreprises recrutent en ce moment sur Welcome to the Jungle.

Voir les offres similaires

Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle. Gérer mes notifications""")

M(R, "uk_shant_progressing", "en", "Thornbury & Vale", "recruitment@thornburyvale.example.co.uk",
  frm="Thornbury & Vale Recruitment <recruitment@thornburyvale.example.co.uk>", date="2026-05-14 16:45 +0100",
  subj="Re: your application",
  body="""Dear Mathilde,

Many thanks for your interest in the Category Buyer (Ambient Grocery) vacancy and for attending the assessment centre in Reading.

Having reviewed everyone's performance, I'm afraid we shan't be progressing your application on this occasion. Competition was particularly strong and the panel felt other candidates demonstrated more UK retail category experience.

We do appreciate the effort you put in and wish you every success.

Kind regards,

Harriet Blythe
Resourcing Advisor
Thornbury & Vale plc
Registered in England No. 0000000. Registered office: 1 Example Way, Reading RG1 1AA""")

M(R, "mairie_jury", "fr", "Ville de Nantes", "recrutement@mairie-nantes.example.fr",
  frm="Direction des Ressources Humaines <recrutement@mairie-nantes.example.fr>",
  date="2026-06-30 15:27 +0200", subj="Avis de jury - Gestionnaire marchés publics (cat. B)",
  attach=[("courrier_avis_jury.pdf", "application/pdf", PDF)],
  body="""Madame,

Vous avez présenté votre candidature pour le poste de gestionnaire des marchés publics au sein de la Direction de la commande publique, et nous vous en remercions.

Nous vous informons que le jury de recrutement réuni le 24 juin 2026 n'a pas retenu votre candidature. Vous trouverez ci-joint le courrier officiel.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pôle Recrutement et Mobilité
Direction des Ressources Humaines - Ville de Nantes
recrutement@mairie-nantes.example.fr""")

M(R, "lever_short_en", "en", "Brightcrate", "",
  frm="Brightcrate <no-reply@hire.lever.co>", date="2026-02-26 23:11 +0000",
  subj="Update", reply_to="Brightcrate <no-reply@hire.lever.co>",
  body="""Hi Mathilde,

Thanks for your interest in Brightcrate. We've reviewed your application for Supply Planner (Remote - EMEA) and unfortunately we won't be moving ahead at this time.

Best,
Brightcrate Recruiting""")

M(R, "cooperative_vous_long", "fr", "Coopérative Terres du Sud-Ouest", "a.dufau@terresso.example.fr",
  frm="Aurélie Dufau <a.dufau@terresso.example.fr>", date="2026-07-08 08:55 +0200",
  subj="Votre candidature - Responsable logistique amont",
  body="""Bonjour Madame Ngo,

Je tenais à vous remercier personnellement pour le temps que vous nous avez consacré lors des deux entretiens ainsi que pour la journée d'immersion sur notre silo de Marmande.

Le comité de direction a finalement fait le choix d'un candidat issu du monde agricole, dont la connaissance des adhérents sera un atout immédiat. Ce n'est en rien une remise en cause de vos compétences, que nous avons unanimement appréciées.

Je me permets de garder votre CV, car nous aurons probablement des besoins sur la partie aval en 2027.

Avec mes remerciements renouvelés,

Aurélie Dufau
Responsable RH
Coopérative Terres du Sud-Ouest
05 53 00 00 00""")

M(R, "moroccan_en_regret", "en", "Atlas Cold Chain", "hr@atlascoldchain.example.ma",
  frm="Atlas Cold Chain HR <hr@atlascoldchain.example.ma>", date="2026-08-03 12:30 +0100",
  subj="Procurement Officer - Casablanca",
  body="""Dear Ms. Ngo,

We would like to thank you for your application for the Procurement Officer role at our Casablanca platform.

We regret to inform you that after reviewing all applications we have selected candidates who are fluent in Arabic and have experience with Moroccan customs procedures, which is essential for this position.

We appreciate your interest in Atlas Cold Chain and wish you success in your job search.

Best regards,
Human Resources Department
Atlas Cold Chain S.A.R.L. | Zone Industrielle Ain Sebaa, Casablanca""")

M(R, "successfactors_fr_ciblee", "fr", "Pharmadis", "",
  frm="Pharmadis Recrutement <noreply@successfactors.eu>", date="2026-03-03 02:00 +0100",
  subj="Pharmadis : réponse à votre candidature", fmt="html", cte="base64",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<table width="100%"><tr><td><img src="https://pharmadis.example.com/logo.png" alt="Pharmadis - Distribution pharmaceutique"></td></tr></table>
<p>Madame Mathilde Ngo,</p>
<p>Nous avons bien étudié votre candidature au poste de <b>Gestionnaire Approvisionnement Répartition (F/H) - Réf. 7781</b>.</p>
<p>Nous sommes au regret de vous informer qu'elle n'a pas été retenue.</p>
<p>Nous vous souhaitons une bonne continuation.</p>
<p>La Direction des Ressources Humaines<br>Pharmadis</p>
<p style="font-size:8pt;color:#999">Merci de ne pas répondre à ce message. Pour exercer vos droits RGPD : dpo@pharmadis.example.com</p>
</body></html>""")

M(R, "es_proceso_cerrado_formal", "es", "Puerto Seco Levante", "",
  frm="Puerto Seco Levante - Selección <noreply@psl.example.es>", date="2026-09-15 10:10 +0200",
  subj="Actualización de su candidatura", fmt="alt",
  body="""Estimada Mathilde Ngo:

Le agradecemos el interés mostrado en la vacante de Coordinador/a de Operaciones Logísticas.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Puerto Seco Levante""")

M(R, "de_ausgeschrieben_stelle_gestrichen", "de", "Brauerei Kaltenbach", "s.wendt@kaltenbach-braeu.example.de",
  frm="Sabine Wendt <s.wendt@kaltenbach-braeu.example.de>", date="2026-05-27 11:48 +0200",
  subj="AW: Bewerbung Disposition / Einkauf", irt="<1a2b3c@example.com>",
  body="""Hallo Frau Ngo,

leider muss ich Ihnen mitteilen, dass die ausgeschriebene Stelle aus budgetären Gründen gestrichen wurde. Wir werden das Verfahren daher nicht fortsetzen.

Es tut mir leid, Ihnen nach dem netten Gespräch keine bessere Nachricht geben zu können.

Viele Grüße
Sabine Wendt
Personal
Brauerei Kaltenbach""" + amde("Mo., 11. Mai 2026 um 08:12", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Guten Tag Frau Wendt,\n\ndarf ich nach dem Stand meiner Bewerbung fragen?\n\nBeste Grüße\nMathilde Ngo"))

M(R, "quebec_tu_courte", "fr", "Fromagerie Beaulac", "julie@fromageriebeaulac.example.ca",
  frm="Julie Tremblay <julie@fromageriebeaulac.example.ca>", date="2026-08-19 16:02 -0400",
  subj="Suivi - poste coordonnatrice approvisionnement",
  body="""Bonjour Mathilde,

Merci pour ta belle candidature et pour l'entrevue Teams de mardi. On a finalement choisi d'aller de l'avant avec une candidate de la région qui pouvait commencer tout de suite.

Je te souhaite bonne chance dans tes démarches au Québec!

Julie
Fromagerie Beaulac | Saint-Hyacinthe (Qc)""")

M(R, "teamtailor_en_after_panel", "en", "Nordhavn Shipping", "freja.lund@nordhavn.example.dk",
  frm="Freja Lund <freja.lund@nordhavn.example.dk>", date="2026-04-29 14:37 +0200",
  subj="Operations Manager - feedback", reply_to="Freja Lund <freja.lund@nordhavn.example.dk>",
  headers=[("X-Mailer", "Teamtailor")], fmt="alt",
  body="""Hi Mathilde,

Thank you for meeting the panel on Thursday. It was a close call, but we've decided to offer the role to another candidate who has run a bonded warehouse before.

You asked for feedback: the panel liked your structured answers on S&OP, but felt your experience with Danish and Nordic carriers was thinner than what we need from day one.

I hope our paths cross again.

Best regards,
Freja Lund
Talent Partner, Nordhavn Shipping A/S
+45 33 00 00 00""")

M(R, "chasseur_client_autre_profil", "fr", "Biscuiterie de l'Atlantique", "p.garnier@garnier-executive.example.fr",
  frm="Pierre Garnier <p.garnier@garnier-executive.example.fr>", date="2026-06-12 18:20 +0200",
  subj="Biscuiterie de l'Atlantique - retour", fmt="alt",
  body="""Madame Ngo,

Comme convenu, je reviens vers vous suite à votre entretien avec le Directeur Industriel de la Biscuiterie de l'Atlantique.

Notre client a décidé de finaliser avec un autre candidat pour le poste de Responsable Achats & Approvisionnements. Votre candidature ne sera donc pas retenue pour cette mission.

Je garde néanmoins votre profil en tête pour des missions à venir sur l'Ouest.

Bien cordialement,

Pierre Garnier
Associé - Garnier Executive Search
Nantes | Rennes | Angers
+33 2 40 00 00 00""")

M(R, "korean_en_formal", "en", "Hanul Beauty Europe", "recruit.eu@hanulbeauty.example.com",
  frm="Hanul Beauty Europe Recruit <recruit.eu@hanulbeauty.example.com>", date="2026-07-22 09:00 +0200",
  subj="[Hanul Beauty] Result of Document Screening",
  body="""Dear Mathilde Ngo,

First of all, we sincerely thank you for applying to Hanul Beauty Europe for the position of Supply Chain Specialist (Paris office).

We regret to inform you that you have not passed the document screening stage. Although your qualifications are excellent, we could not offer you the next step due to the limited number of positions.

We wish you good health and success in the future.

Sincerely,
HR Team
Hanul Beauty Europe""")

M(R, "france_travail_refus_employeur", "fr", "Transports Lefèvre", "",
  frm="France Travail <ne-pas-repondre@francetravail.example.fr>", date="2026-02-09 07:45 +0100",
  subj="Réponse de l'employeur à votre candidature", fmt="html",
  body="""Bonjour Mathilde NGO,

L'employeur Transports Lefèvre a répondu à votre candidature à l'offre 193XKLM « Agent d'exploitation transport (H/F) ».

Réponse de l'employeur : candidature non retenue.

Ne vous découragez pas ! Votre conseiller reste à votre disposition dans votre espace personnel.

France Travail - Ceci est un message automatique, merci de ne pas y répondre.""")

M(R, "airline_apologies_gcc", "en", "Aerolinea Sol", "",
  frm="Aerolinea Sol Talent <careers-noreply@aerolineasol.example.com>", date="2026-09-02 17:17 +0000",
  subj="Thank you for your interest in Aerolinea Sol", fmt="html",
  body="""Dear Mathilde,

Thank you for your recent application for the Cargo Procurement Analyst role at our Madrid hub.

We received an outstanding response to this vacancy. Unfortunately, on this occasion your application has been unsuccessful.

Please do not be discouraged from applying for future vacancies with Aerolinea Sol.

Kind regards,
Aerolinea Sol People Team""")

M(R, "belgium_vous_apres_test", "fr", "Groupe Hospitalier Mosan", "selection@ghmosan.example.be",
  frm="Cellule Sélection GHM <selection@ghmosan.example.be>", date="2026-04-08 12:03 +0200",
  subj="Résultat des épreuves - Acheteur hospitalier (m/f/x)",
  body="""Madame,

Nous vous remercions pour votre participation aux épreuves écrites (étude de cas et test de personnalité) du 30 mars.

Nous sommes au regret de vous informer que votre résultat ne vous permet pas d'accéder à l'épreuve orale. Le seuil de réussite était fixé à 60 %.

Vous pouvez obtenir un feedback sur simple demande en répondant à ce mail.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Cellule Sélection
Groupe Hospitalier Mosan - Liège""")

M(R, "es_lamentamos_mx", "es", "Logística Andina", "rrhh@logisticaandina.example.com",
  frm="=?utf-8?q?RRHH_Log=C3=ADstica_Andina?= <rrhh@logisticaandina.example.com>",
  date="2026-06-04 20:14 -0500", subj="Re: Vacante Analista de Abastecimiento",
  body="""Buenas tardes Mathilde,

Muchas gracias por participar en el proceso y por presentar el caso práctico. Lamentamos informarte que en esta ocasión no continuarás a la siguiente etapa.

Quedamos atentos para futuras oportunidades.

Saludos cordiales,
Recursos Humanos
Logística Andina""")

M(R, "indeed_employer_msg_fr", "fr", "Boulangeries Pâtissières Roux", "",
  frm="Indeed <noreply@indeed.com>", date="2026-01-12 15:50 +0100",
  subj="Boulangeries Pâtissières Roux a mis à jour le statut de votre candidature", fmt="alt",
  body="""Acheteur / Acheteuse matières premières
Boulangeries Pâtissières Roux - Lille (59)

Statut de la candidature : Non retenue

Message de l'employeur :
« Merci pour votre candidature. Nous avons retenu un profil plus expérimenté sur les farines et ovoproduits. Bonne continuation. »

Voir des offres similaires

Indeed vous envoie cet e-mail car vous avez postulé à une offre. Se désabonner""")

M(R, "de_ch_stelle_besetzt", "de", "Alpenmilch Genossenschaft", "recruiting@alpenmilch.example.ch",
  frm="Recruiting Alpenmilch <recruiting@alpenmilch.example.ch>", date="2026-08-26 10:30 +0200",
  subj="Ihre Bewerbung", charset="iso-8859-1",
  body="""Guten Tag Frau Ngo

Besten Dank für Ihre Bewerbung als Supply Chain Koordinatorin in Bern.

Die Stelle konnte in der Zwischenzeit besetzt werden. Gerne hätten wir Ihnen einen positiven Bescheid gegeben.

Freundliche Grüsse

Recruiting Team
Alpenmilch Genossenschaft""")

M(R, "consultancy_en_soft_casual", "en", "Brume Consulting", "lea.marchetti@brume-consulting.example.com",
  frm="Léa Marchetti <lea.marchetti@brume-consulting.example.com>", date="2026-10-06 18:40 +0200",
  subj="Following up",
  body="""Hi Mathilde,

Sorry it's taken me a while to get back to you after the case interview - it's been a crazy couple of weeks with the partner offsite.

I'll be straight with you: we're not going to take things further for the Operations Consultant position. The partners want someone with a couple of years of consulting behind them for this intake. Your case on the Lille cross-dock was genuinely good though, and I'd encourage you to apply again next year.

Léa

--
Léa Marchetti | Talent Acquisition
Brume Consulting - Paris | Brussels | Geneva""")

M(R, "flatchr_fr_breve", "fr", "Ateliers Solidaires du Nord", "emploi@ateliers-solidaires.example.org",
  frm="Ateliers Solidaires du Nord <emploi@ateliers-solidaires.example.org>", date="2026-03-30 10:21 +0200",
  subj="Re: Candidature chargée de mission achats responsables", headers=[("X-Sent-Via", "Flatchr")],
  body="""Bonjour Mathilde,

Merci pour votre candidature. Nous ne pourrons malheureusement pas y donner une suite favorable, le poste ayant été pourvu en interne par une salariée en parcours d'insertion.

Belle continuation à vous,

Sophie Vandamme
Coordinatrice RH - Ateliers Solidaires du Nord (association loi 1901)""")

M(R, "talentsoft_fr_apres_drh", "fr", "Groupe Mutualiste Rhône-Alpes", "",
  frm="GMRA Carrières <carrieres-noreply@talent-soft.com>", date="2026-09-23 19:02 +0200",
  subj="Votre candidature - Référence 2026-OPS-118", fmt="html", cte="quoted-printable",
  body="""Madame,

Vous avez rencontré notre Directrice des Ressources Humaines dans le cadre de votre candidature au poste de Responsable des Services Généraux et Achats (Réf. 2026-OPS-118). Nous vous remercions pour votre disponibilité.

Après réflexion, nous avons décidé de retenir une autre candidature, plus en adéquation avec les besoins actuels du service.

Nous vous souhaitons une bonne continuation dans votre recherche.

Le Service Recrutement
Groupe Mutualiste Rhône-Alpes""")


# ================================================================ interview invitations (25)

M(II, "calendly_agency_exclaim", "en", "Veridia Foods", "tom.hadley@apexstaffing.example.co.uk",
  frm="Tom Hadley <tom.hadley@apexstaffing.example.co.uk>", date="2026-01-22 08:31 +0000",
  subj="GREAT NEWS - Veridia Foods want to meet you!!",
  body="""Morning Mathilde!!

Brilliant news - Veridia Foods LOVED your CV and want to get you in for a first-stage interview for the Supply Planning Coordinator role (London/hybrid)!! :)

It'll be a 45 min video call with Priya (Head of Planning) and someone from the category team. Can you grab a slot that works for you here asap, they're filling up fast:
https://calendly.com/veridia-talent/first-stage-45

Give me a bell afterwards so we can debrief!! Fingers crossed!!

Cheers,
Tom

Tom Hadley | Senior Consultant - Supply Chain
Apex Staffing | 07700 900123
[Apex Staffing logo]""")

M(II, "fr_entretien_telephonique_drh", "fr", "Laboratoires Galien-Sorel", "m.perret@galien-sorel.example.fr",
  frm="Mélanie Perret <m.perret@galien-sorel.example.fr>", date="2026-02-05 10:14 +0100",
  subj="Candidature Gestionnaire Supply Chain - entretien",
  body="""Bonjour Madame Ngo,

Votre candidature au poste de Gestionnaire Supply Chain a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un premier entretien téléphonique d'une trentaine de minutes.

Seriez-vous disponible jeudi 12 février entre 14h et 17h, ou vendredi 13 au matin ? Merci de m'indiquer le créneau qui vous convient ainsi que le numéro auquel vous joindre.

Bien cordialement,

Mélanie Perret
Chargée de recrutement
Laboratoires Galien-Sorel
Tél. : 01 45 00 00 00""")

M(II, "goodtime_en_onsite", "en", "Marlowe Health Partners", "",
  frm="Marlowe Health Partners <scheduling@goodtime.io>", date="2026-03-09 15:00 -0500",
  subj="Schedule your onsite interview - Procurement Operations Manager", fmt="html",
  body="""Hi Mathilde,

Congratulations - the team would like to invite you to the final-round interviews for the Procurement Operations Manager position (Montreal).

The onsite consists of three 45-minute sessions: a panel with the Director of Supply Chain, a case exercise on vendor consolidation, and a conversation with HR.

Please choose your availability using the link below. Times are shown in your local time zone.

Select times

If you have questions, reply to your recruiter, Dana Whitfield (dana.whitfield@marlowehealth.example.com).

Powered by GoodTime""")

M(II, "ics_teams_fr_immersion", "fr", "Port Atlantique Nantes Saint-Nazaire", "y.kerbrat@port-atlantique.example.fr",
  frm="KERBRAT Yann <y.kerbrat@port-atlantique.example.fr>", date="2026-04-13 09:02 +0200",
  subj="Invitation : Entretien - Coordinatrice achats portuaires @ mar. 21 avr. 2026 10:00 - 11:00", fmt="alt",
  ics=ics("0042AB-nantes-port-entretien", "20260421T100000", "20260421T110000",
          "Entretien - Coordinatrice achats portuaires", "KERBRAT Yann <y.kerbrat@port-atlantique.example.fr>",
          location="Microsoft Teams"),
  body="""Bonjour Mathilde,

Comme convenu par téléphone, je vous envoie l'invitation pour l'entretien avec moi-même et Mme Le Goff, responsable du service achats. Il se déroulera sur Teams.

Si l'échange est concluant, nous vous proposerons une journée d'immersion sur le site de Montoir.

Cordialement,
Yann Kerbrat
Chef du service RH

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion
ID de la réunion : 312 555 000 111
Code secret : Ab3xYz
________________________________________________________________________________""")

M(II, "quick_chat_casual_en", "en", "Loopcart", "sam@loopcart.example.io",
  frm="Sam Reyes <sam@loopcart.example.io>", date="2026-02-18 22:47 +0100",
  subj="Quick question",
  body="""hey Mathilde - saw your application for the ops role come through. would you be free for a quick chat this week? 20 min, super informal, just want to hear what you're looking for. thurs or fri afternoon CET?

sam
cofounder @ Loopcart""")

M(II, "fr_chasseur_rencontre_client", "fr", "Distillerie Marchal", "camille@hemera-rh.example.fr",
  frm="Camille Vasseur <camille@hemera-rh.example.fr>", date="2026-05-19 12:26 +0200",
  subj="Distillerie Marchal - rencontre avec le DG",
  body="""Bonjour Mathilde,

Bonne nouvelle : suite à notre échange et à la transmission de votre dossier, la Distillerie Marchal souhaite vous rencontrer ! L'entretien se tiendra sur site à Cognac avec Monsieur Marchal (DG) et la responsable ADV.

Ils proposent le mardi 26 mai à 9h30 ou le mercredi 27 à 14h. Peux-tu me dire rapidement ce qui t'arrange ? Je leur confirme dans la foulée et je t'envoie un petit brief pour préparer.

À très vite,
Camille

Camille Vasseur
Consultante - Hémera RH, conseil en recrutement
07 00 00 00 00""")

M(II, "workday_selfschedule_en", "en", "Cardinal Wholesale", "",
  frm="Cardinal Wholesale <cardinalwholesale@myworkday.com>", date="2026-06-02 13:45 +0000",
  subj="Action Required: Schedule Your Interview", fmt="html", cte="quoted-printable",
  body="""Hello Mathilde,

You have been selected to move forward in the hiring process for Replenishment Analyst (JR-22871).

Please log in to your candidate home account and select an interview time under "My Tasks". Available slots are held for 48 hours.

Interview type: Video - Microsoft Teams
Duration: 60 minutes
Interviewers: Hiring Manager and Senior Analyst

Thank you,
Cardinal Wholesale Talent Acquisition

This email was sent from an unmonitored mailbox.""")

M(II, "es_entrevista_presencial", "es", "Cooperativa Hortícola del Ebro", "seleccion@hortebro.example.es",
  frm="Selección Hortebro <seleccion@hortebro.example.es>", date="2026-03-17 09:33 +0100",
  subj="Entrevista - Responsable de Compras", cte="quoted-printable",
  body="""Buenos días, Mathilde:

Nos complace comunicarte que has sido preseleccionada para el puesto de Responsable de Compras. Nos gustaría realizar una entrevista presencial en nuestras oficinas de Tudela el próximo miércoles 25 de marzo a las 11:00 h.

Por favor, confírmanos tu asistencia respondiendo a este correo. Si la fecha no te va bien, dinos qué otros días tienes disponibles.

Un cordial saludo,
Equipo de Selección
Cooperativa Hortícola del Ebro""")

M(II, "de_vorstellungsgespraech", "de", "Medilog Versorgung", "k.brandt@medilog.example.de",
  frm="Katrin Brandt <k.brandt@medilog.example.de>", date="2026-07-01 14:05 +0200",
  subj="Einladung zum Vorstellungsgespräch", charset="windows-1252", cte="quoted-printable",
  body="""Sehr geehrte Frau Ngo,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Position Koordinatorin Einkauf & Logistik (m/w/d) einladen zu dürfen.

Termin: Mittwoch, 8. Juli 2026, 10:00 Uhr
Ort: Medilog Versorgung GmbH, Hafenstraße 12, 50667 Köln
Gesprächspartner: Herr Dr. Jansen (Bereichsleitung Einkauf), Frau Brandt (HR)

Bitte bestätigen Sie den Termin kurz per E-Mail. Reisekosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen

Katrin Brandt
HR Business Partnerin
Medilog Versorgung GmbH""")

M(II, "recruitee_next_stage_fr", "fr", "Kiosque Vert", "lucie.martin@kiosquevert.example.fr",
  frm="Lucie Martin <lucie.martin@kiosquevert.example.fr>", date="2026-03-25 17:48 +0100",
  subj="Kiosque Vert - prochaine étape !", headers=[("X-Recruitee-Candidate", "c-88219")], fmt="alt",
  body="""Hello Mathilde,

Merci pour ton entretien avec Thomas hier, il a été convaincu ! On aimerait passer à l'étape suivante : une mise en situation d'1h30 sur un cas concret de planification des approvisionnements (promis, rien à préparer en amont).

Tu peux réserver ton créneau directement ici : https://kiosquevert.recruitee.com/o/coordinateur-supply/schedule/c-88219

Belle soirée,
Lucie - Talent Acquisition @ Kiosque Vert""")

M(II, "senegal_entretien_vous", "fr", "Sénégal Logistique Services", "drh@senlogistique.example.sn",
  frm="DRH Sénégal Logistique Services <drh@senlogistique.example.sn>", date="2026-08-10 11:11 +0000",
  subj="Convocation à un entretien",
  body="""Madame Mathilde NGO,

Suite à votre candidature au poste de Responsable des Approvisionnements basé à Dakar, nous avons le plaisir de vous convier à un entretien par visioconférence (Google Meet) le jeudi 20 août 2026 à 10h00 GMT.

Le lien de connexion vous sera communiqué la veille. Merci de bien vouloir confirmer votre disponibilité par retour de mail.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le Directeur des Ressources Humaines
Sénégal Logistique Services
Route de Rufisque, Dakar - Tél. +221 33 000 00 00""")

M(II, "greenhouse_panel_ics_en", "en", "Orbital Grocers", "nia.campbell@orbitalgrocers.example.com",
  frm="Nia Campbell <nia.campbell@orbitalgrocers.example.com>", date="2026-04-28 16:20 -0400",
  subj="Interview Confirmation: Orbital Grocers - Sourcing Manager", fmt="alt", ics_attach=True,
  ics=ics("gh-44129-orbital", "20260505T130000", "20260505T150000",
          "Panel interview - Sourcing Manager (Mathilde Ngo)", "Nia Campbell <nia.campbell@orbitalgrocers.example.com>",
          location="Zoom", tz="America/Toronto"),
  body="""Hi Mathilde,

Thanks for confirming your availability! You're all set for your panel interview for the Sourcing Manager role.

Date: Tuesday, May 5, 2026
Time: 1:00 PM - 3:00 PM EDT
Location: Zoom (link in the calendar invite)

Your panel:
- Greg Osei, VP Procurement
- Hannah Roy, Category Manager, Fresh
- Luis Ortega, Supplier Quality Lead

A calendar invitation is attached. Let me know if you need any accommodations.

Best,
Nia Campbell
Recruiting Coordinator | Orbital Grocers""")

M(II, "fr_etude_de_cas_convocation", "fr", "Conseil départemental de la Gironde", "recrutement@gironde.example.fr",
  frm="Recrutement CD33 <recrutement@gironde.example.fr>", date="2026-05-04 16:00 +0200",
  subj="Convocation - épreuve écrite et entretien - Gestionnaire achats (H/F)", attach=[("convocation.pdf", "application/pdf", PDF)],
  body="""Madame,

Suite à la présélection de votre candidature, nous avons le plaisir de vous convoquer aux épreuves de recrutement pour le poste de gestionnaire achats à la Direction des moyens généraux :

- le mardi 19 mai 2026 à 9h00 : étude de cas (1h30)
- le même jour à 14h30 : entretien avec le jury

Lieu : Hôtel du Département, esplanade Charles-de-Gaulle, Bordeaux - salle 3.12.
Merci de vous munir d'une pièce d'identité. La convocation officielle est jointe.

Le service Recrutement
Conseil départemental de la Gironde""")

M(II, "linkedin_recruiter_interview_request", "en", "Castellan Pharma", "r.mehta@castellanpharma.example.com",
  frm="Rohan Mehta <r.mehta@castellanpharma.example.com>", date="2026-06-17 07:50 +0530",
  subj="Re: Application for Buyer - API sourcing", irt="<m.ngo.0611@example.com>",
  body="""Dear Mathilde,

Thank you for your prompt reply. We would like to schedule a technical discussion with our Sourcing Head, Mr. Venkatesh, to go over your experience with supplier qualification and GDP.

Kindly share your availability for next Tuesday or Wednesday between 11 AM and 3 PM CET. Please do revert at the earliest so we may block the calendar.

Thanks & Regards,
Rohan Mehta
Talent Acquisition - Castellan Pharma
+91 22 0000 0000""" + gmail("Thu, 11 Jun 2026, 18:02", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Dear Rohan,\n\nThank you for reaching out. Yes, I am very interested in the Buyer role.\n\nBest regards,\nMathilde"))

M(II, "fr_tu_startup_visio", "fr", "Bocal & Co", "hugo@bocaletco.example.fr",
  frm="Hugo <hugo@bocaletco.example.fr>", date="2026-02-24 21:16 +0100",
  subj="Re: candidature ops",
  body="""Salut Mathilde,

merci pour ta candidature ! ton profil colle bien à ce qu'on cherche pour gérer les flux consigne. Tu serais dispo pour un visio de 30 min avec moi et Léna (notre head of ops) ? Mercredi 14h ou jeudi 10h ?

Hugo
Bocal & Co - l'épicerie consignée

Envoyé de mon iPhone""")

M(II, "es_llamada_telefonica_cl", "es", "Viña Cordillera Exportaciones", "pvaldes@vinacordillera.example.cl",
  frm="Paula Valdés <pvaldes@vinacordillera.example.cl>", date="2026-09-08 10:45 -0300",
  subj="Postulación Jefa de Abastecimiento",
  body="""Hola Mathilde, ¿cómo estás?

Revisamos tu postulación y nos gustaría coordinar una llamada telefónica de unos 30 minutos para conocerte mejor. ¿Tendrías disponibilidad el jueves 10 o el viernes 11 por la mañana (hora de Chile)?

Quedo atenta.

Saludos,
Paula Valdés
Gestión de Personas
Viña Cordillera Exportaciones""")

M(II, "fr_second_tour_ceo", "fr", "Nordis Fret", "a.leclercq@nordisfret.example.fr",
  frm="Antoine Leclercq <a.leclercq@nordisfret.example.fr>", date="2026-06-26 08:12 +0200",
  subj="TR: Suite de votre candidature", fmt="alt",
  body="""Bonjour Mathilde,

Je me permets de vous recontacter suite à votre premier entretien avec Julien. Vous avez fait très bonne impression et nous souhaitons vous faire passer le second tour avec notre Directeur Général, à notre siège de Lille.

Voici les créneaux possibles :
- lundi 6 juillet, 15h
- mardi 7 juillet, 11h
- jeudi 9 juillet, 9h

Un test de personnalité en ligne (20 minutes) vous sera également envoyé par SHL d'ici là.

Bien à vous,

Antoine Leclercq
Responsable Talent Acquisition
Nordis Fret - Commissionnaire de transport
Lille | Dunkerque | Anvers""")

M(II, "danish_en_next_round", "en", "Skovgaard Pharma Distribution", "mette.holm@skovgaard.example.dk",
  frm="Mette Holm <mette.holm@skovgaard.example.dk>", date="2026-04-06 13:30 +0200",
  subj="Next round - Procurement Coordinator",
  body="""Dear Mathilde

Thank you for a good first conversation last week. We would be happy to invite you to a second interview with our Head of Operations, Lars, and a colleague from Quality.

Would Thursday 16 April at 10.00 (CET) work for you? It will be on Teams and last approx. one hour. We will also ask you to present a short case - I will send the material three days before.

Best regards
Mette Holm
HR Partner
Skovgaard Pharma Distribution A/S""")

M(II, "fr_agence_emploi_belgique", "fr", "Brasserie de la Meuse", "julie.renard@interimpro.example.be",
  frm="Julie Renard <julie.renard@interimpro.example.be>", date="2026-05-11 14:22 +0200",
  subj="Entretien Brasserie de la Meuse - confirmation",
  body="""Bonjour Mathilde,

Comme annoncé par téléphone ce matin, je vous confirme votre entretien pour le poste de Supply Planner chez notre client Brasserie de la Meuse :

Quand : vendredi 15 mai à 13h30
Où : Rue du Canal 4, 4000 Liège (demandez Mme Thys à l'accueil)
Durée : environ 1h

N'oubliez pas de prendre votre CV imprimé. N'hésitez pas à m'appeler si vous avez la moindre question.

Bonne journée,
Julie Renard
Consultante - InterimPro Liège
04 000 00 00""")

M(II, "lever_tech_interview_en", "en", "Freightlane", "alex.kim@freightlane.example.com",
  frm="Alex Kim via Lever <no-reply@hire.lever.co>", reply_to="Alex Kim <alex.kim@freightlane.example.com>",
  date="2026-07-14 17:05 +0000", subj="Freightlane: let's set up your next interview", fmt="alt",
  body="""Hi Mathilde,

Great speaking with you on Monday! We'd love to move you to the next stage for the Carrier Procurement Manager role.

Next up is a 60-minute working session with two people from our Ocean Procurement team. You'll walk through a tender analysis with them - no preparation required.

Please pick a time here: https://jobs.lever.co/freightlane/schedule/9f3a2c

Looking forward,
Alex
Recruiting @ Freightlane""")

M(II, "fr_brussels_sante", "fr", "Cliniques Saint-Luc Européennes", "recrutement.achats@clsle.example.be",
  frm="Recrutement Achats CLSLE <recrutement.achats@clsle.example.be>", date="2026-10-01 10:50 +0200",
  subj="=?iso-8859-1?q?Invitation_=E0_un_entretien?=", charset="iso-8859-1", cte="quoted-printable",
  body="""Chère Madame Ngo,

Nous avons le plaisir de vous inviter à un entretien pour la fonction d'Acheteuse - Dispositifs médicaux (CDI, Bruxelles).

L'entretien aura lieu le mercredi 7 octobre à 10h00 dans nos bureaux (bâtiment C, 2e étage) avec Mme Janssens, Head of Procurement, et M. Dubois, pharmacien hospitalier.

Pourriez-vous nous confirmer votre présence ?

Avec nos meilleures salutations,

Le Service Recrutement
Cliniques Saint-Luc Européennes asbl""")

M(II, "fr_quebec_entrevue", "fr", "Groupe Maritime Laurentien", "emplois@gml.example.ca",
  frm="Emplois GML <emplois@gml.example.ca>", date="2026-09-16 09:20 -0400",
  subj="Entrevue - Coordonnatrice aux achats", headers=[("X-Source", "Jobillico")],
  body="""Bonjour Mathilde,

Nous avons bien aimé ta candidature pour le poste de coordonnatrice aux achats à Québec! Nous aimerions te rencontrer en entrevue virtuelle (Teams) d'une durée de 45 minutes.

Est-ce que tu serais disponible le mardi 22 septembre à 13 h (heure de l'Est) ou le mercredi 23 à 9 h?

Merci de nous revenir dès que possible.

L'équipe Talent
Groupe Maritime Laurentien inc.""")

M(II, "es_segunda_entrevista_ics", "es", "Farmadistribución Ibérica", "carlos.nunez@farmadis-iberica.example.es",
  frm="Carlos Núñez <carlos.nunez@farmadis-iberica.example.es>", date="2026-07-20 12:00 +0200",
  subj="Segunda entrevista - Coordinadora de Compras", fmt="alt",
  ics=ics("fdi-2a-entrevista-ngo", "20260727T163000", "20260727T173000", "Segunda entrevista Mathilde Ngo",
          "Carlos Núñez <carlos.nunez@farmadis-iberica.example.es>", location="Google Meet", tz="Europe/Madrid"),
  body="""Hola Mathilde:

Gracias por la primera entrevista. Nos gustaría avanzar contigo a una segunda entrevista con la Directora de Operaciones, Elena Prieto. Te envío la convocatoria para el lunes 27 de julio a las 16:30.

Si necesitas cambiarla, dímelo sin problema.

Un saludo,
Carlos Núñez
Talent Acquisition · Farmadistribución Ibérica""")

M(II, "de_telefoninterview_personio", "de", "Rheinland Frische", "",
  frm="Rheinland Frische Recruiting <no-reply@personio.de>", date="2026-02-12 10:00 +0100",
  subj="Terminvorschläge für Ihr Telefoninterview", fmt="html",
  body="""Hallo Mathilde Ngo,

vielen Dank für Ihre Bewerbung als Supply Chain Planerin. Wir möchten Sie gern in einem kurzen Telefoninterview (ca. 30 Minuten) kennenlernen.

Bitte wählen Sie über folgenden Link einen passenden Termin aus: Termin auswählen

Bei Fragen wenden Sie sich bitte an unser Recruiting-Team über das Bewerberportal.

Viele Grüße
Ihr Recruiting-Team der Rheinland Frische GmbH""")

M(II, "fr_reference_check_et_entretien", "fr", "Mutuelle Santé Provence", "e.sanchez@msprovence.example.fr",
  frm="Elodie Sanchez <e.sanchez@msprovence.example.fr>", date="2026-07-29 15:40 +0200",
  subj="Dernière étape", cc=["Rémi Fabre <r.fabre@msprovence.example.fr>"],
  body="""Bonjour Mathilde,

Suite à votre entretien avec Rémi, nous aimerions vous proposer une dernière rencontre avec notre Directeur Général Adjoint, jeudi 6 août à 11h, dans nos locaux de Marseille (2 rue de la Joliette).

En parallèle, pourriez-vous nous transmettre les coordonnées de deux personnes que nous pourrions contacter pour une prise de références ?

Merci de me confirmer votre venue.

Bien à vous,
Elodie Sanchez
Responsable RH - Mutuelle Santé Provence""")


# ================================================================ reschedules / cancellations (15)

M(RC, "fr_decaler_entretien_drh", "fr", "Laboratoires Galien-Sorel", "m.perret@galien-sorel.example.fr",
  frm="Mélanie Perret <m.perret@galien-sorel.example.fr>", date="2026-02-16 08:47 +0100",
  subj="RE: Candidature Gestionnaire Supply Chain - entretien", irt="<mngo.0206.a@example.com>",
  body="""Bonjour Madame Ngo,

Je suis navrée mais notre DRH a un empêchement de dernière minute jeudi après-midi. Serait-il possible de décaler notre entretien téléphonique au lundi 23 février, même heure (15h) ?

Toutes mes excuses pour ce contretemps.

Bien cordialement,
Mélanie Perret
Chargée de recrutement - Laboratoires Galien-Sorel""" + outlook(
      "Mathilde Ngo <mathilde.ngo@example.com>", "vendredi 6 février 2026 11:02", "Mélanie Perret",
      "RE: Candidature Gestionnaire Supply Chain - entretien",
      "Bonjour Madame Perret,\n\nJe vous confirme ma disponibilité le jeudi 12 février à 15h au 06 00 00 00 00.\n\nBien cordialement,\nMathilde Ngo", "fr"))

M(RC, "ics_cancel_en", "en", "Orbital Grocers", "nia.campbell@orbitalgrocers.example.com",
  frm="Nia Campbell <nia.campbell@orbitalgrocers.example.com>", date="2026-05-04 11:12 -0400",
  subj="Canceled: Panel interview - Sourcing Manager (Mathilde Ngo)", fmt="alt",
  ics=ics("gh-44129-orbital", "20260505T130000", "20260505T150000",
          "Panel interview - Sourcing Manager (Mathilde Ngo)", "Nia Campbell <nia.campbell@orbitalgrocers.example.com>",
          method="CANCEL", status="CANCELLED", sequence=1, location="Zoom", tz="America/Toronto"),
  body="""Hi Mathilde,

Apologies for the short notice - Greg has been pulled into an urgent supplier visit and we need to cancel tomorrow's panel. I'll come back to you by Thursday with new times; we're very much still keen to meet you.

Nia""")

M(RC, "fr_tu_report_visio", "fr", "Bocal & Co", "hugo@bocaletco.example.fr",
  frm="Hugo <hugo@bocaletco.example.fr>", date="2026-02-25 07:58 +0100",
  subj="Re: candidature ops",
  body="""hello, petit changement : Léna est malade, on peut décaler la visio à vendredi même heure ? dsl pour le changement de dernière minute

Hugo""" + lefr("mar. 24 févr. 2026 à 22:30", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Bonsoir Hugo,\n\nMercredi 14h c'est parfait pour moi !\n\nMathilde"))

M(RC, "agency_en_moved", "en", "Veridia Foods", "tom.hadley@apexstaffing.example.co.uk",
  frm="Tom Hadley <tom.hadley@apexstaffing.example.co.uk>", date="2026-01-28 17:40 +0000",
  subj="RE: Veridia - change of time!",
  body="""Hi Mathilde,

Small hiccup - Priya's got a clash on Friday so Veridia have asked if we can move your interview to Monday 2nd Feb at 11am instead. Same Teams link. Can you confirm?? Really sorry about this!!

Tom

Tom Hadley | Senior Consultant | Apex Staffing""")

M(RC, "de_absage_termin_verschoben", "de", "Medilog Versorgung", "k.brandt@medilog.example.de",
  frm="Katrin Brandt <k.brandt@medilog.example.de>", date="2026-07-06 16:22 +0200",
  subj="AW: Einladung zum Vorstellungsgespräch - Terminverschiebung", charset="windows-1252", cte="quoted-printable",
  body="""Sehr geehrte Frau Ngo,

leider muss Herr Dr. Jansen kurzfristig auf Dienstreise. Wir müssen unser Gespräch am Mittwoch daher verschieben. Wären Sie alternativ am Montag, 13. Juli, um 14:00 Uhr verfügbar?

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Katrin Brandt
Medilog Versorgung GmbH""")

M(RC, "fr_annulation_poste_gele", "fr", "Distillerie Marchal", "camille@hemera-rh.example.fr",
  frm="Camille Vasseur <camille@hemera-rh.example.fr>", date="2026-05-25 19:03 +0200",
  subj="Annulation rdv de demain",
  body="""Mathilde,

Je viens d'avoir Monsieur Marchal au téléphone : il doit annuler l'entretien de demain, il est retenu à Paris pour un salon. Il me propose de refaire un point la semaine prochaine, je te recontacte dès que j'ai des dates.

Désolée pour le contretemps !

Camille""")

M(RC, "es_reprogramar", "es", "Cooperativa Hortícola del Ebro", "seleccion@hortebro.example.es",
  frm="Selección Hortebro <seleccion@hortebro.example.es>", date="2026-03-23 18:15 +0100",
  subj="RE: Entrevista - Responsable de Compras",
  body="""Hola Mathilde:

Te pedimos disculpas, pero por un imprevisto en la dirección tenemos que reprogramar la entrevista del miércoles. ¿Te vendría bien el viernes 27 a las 10:00, en el mismo lugar?

Gracias por tu comprensión.

Equipo de Selección
Cooperativa Hortícola del Ebro""" + eles("vie., 20 mar. 2026 a las 9:12", "Mathilde Ngo (<mathilde.ngo@example.com>)",
      "Buenos días:\n\nConfirmo mi asistencia el miércoles 25 a las 11:00.\n\nUn saludo,\nMathilde"))

M(RC, "ics_update_fr_teams", "fr", "Port Atlantique Nantes Saint-Nazaire", "y.kerbrat@port-atlantique.example.fr",
  frm="KERBRAT Yann <y.kerbrat@port-atlantique.example.fr>", date="2026-04-17 12:31 +0200",
  subj="Mise à jour : Entretien - Coordinatrice achats portuaires @ jeu. 23 avr. 2026 14:00 - 15:00", fmt="alt",
  ics=ics("0042AB-nantes-port-entretien", "20260423T140000", "20260423T150000",
          "Entretien - Coordinatrice achats portuaires", "KERBRAT Yann <y.kerbrat@port-atlantique.example.fr>",
          sequence=1, location="Microsoft Teams"),
  body="""Bonjour Mathilde,

Mme Le Goff étant en déplacement mardi, je me permets de déplacer notre entretien au jeudi 23 avril à 14h. Le lien Teams reste inchangé.

Merci de bien vouloir accepter la nouvelle invitation.

Yann Kerbrat""")

M(RC, "en_uk_postpone_half_term", "en", "Thames Gateway Ports", "careers@tgports.example.co.uk",
  frm="Thames Gateway Ports Careers <careers@tgports.example.co.uk>", date="2026-10-13 09:05 +0100",
  subj="Interview on Thursday - change of date",
  body="""Dear Mathilde,

I'm writing regarding your interview for the Procurement Coordinator post, scheduled for Thursday 15 October.

Unfortunately one of our panel members is unwell and we will need to postpone. Could you let us know your availability for the week commencing 26 October? We do apologise for any inconvenience.

Kind regards,
Gemma Price
HR Officer, Thames Gateway Ports""")

M(RC, "fr_annule_dr_recrutement_gele", "fr", "Conseil départemental de la Gironde", "recrutement@gironde.example.fr",
  frm="Recrutement CD33 <recrutement@gironde.example.fr>", date="2026-05-15 17:30 +0200",
  subj="ANNULATION - Convocation du 19 mai", fmt="alt",
  body="""Madame,

Nous sommes au regret de vous informer que les épreuves de recrutement prévues le mardi 19 mai 2026 pour le poste de gestionnaire achats sont annulées en raison d'un mouvement social.

Une nouvelle convocation vous sera adressée dans les meilleurs délais.

Le service Recrutement
Conseil départemental de la Gironde""")

M(RC, "en_brazil_reschedule", "en", "Grão Dourado Alimentos", "beatriz.souza@graodourado.example.com.br",
  frm="Beatriz Souza <beatriz.souza@graodourado.example.com.br>", date="2026-08-24 14:10 -0300",
  subj="Re: Interview - European Sourcing Coordinator",
  body="""Hi Mathilde, how are you?

I need to ask you a favour - our Supply Director will be travelling on Wednesday so we would need to change our interview. Could we do Thursday 27th, same time (3pm Paris / 10am Brasília)? I will send a new invite.

Sorry for that and thanks for understanding!!

Bia
Beatriz Souza | Talent Acquisition
Grão Dourado Alimentos""" + gmail("Fri, Aug 21, 2026 at 9:40 AM", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Hi Beatriz,\n\nWednesday 26th at 3pm works well for me. Talk then!\n\nMathilde"))

M(RC, "fr_heure_avancee_sms_style", "fr", "Nordis Fret", "a.leclercq@nordisfret.example.fr",
  frm="Antoine Leclercq <a.leclercq@nordisfret.example.fr>", date="2026-07-05 20:48 +0200",
  subj="demain",
  body="""Bonsoir Mathilde, désolé de vous écrire un dimanche : notre DG doit avancer le rdv de demain à 13h30 au lieu de 15h. Est-ce jouable pour vous ? Sinon on trouve autre chose. Merci !

Antoine

Envoyé depuis mon mobile""")

M(RC, "en_cancel_role_filled_before_interview", "en", "Marlowe Health Partners", "dana.whitfield@marlowehealth.example.com",
  frm="Dana Whitfield <dana.whitfield@marlowehealth.example.com>", date="2026-03-20 10:12 -0400",
  subj="Your onsite on March 24",
  body="""Hi Mathilde,

I'm sorry to do this, but we have to cancel your onsite scheduled for Tuesday, March 24. The Director of Supply Chain is on unexpected leave and we're pausing interviews for two weeks.

I'll reach out as soon as we have new dates. Your candidacy is still very much active.

Dana Whitfield
Senior Recruiter, Marlowe Health Partners""")

M(RC, "es_cancelada_entrevista_mx", "es", "Logística Andina", "rrhh@logisticaandina.example.com",
  frm="RRHH Logística Andina <rrhh@logisticaandina.example.com>", date="2026-05-20 08:30 -0500",
  subj="Cambio de fecha - entrevista",
  body="""Hola Mathilde,

Te escribimos para avisarte que la entrevista con el gerente de operaciones programada para este viernes queda cancelada por temas de agenda. Te propondremos una nueva fecha la próxima semana.

Disculpa las molestias.

Saludos,
Recursos Humanos · Logística Andina""")

M(RC, "fr_morocco_report", "fr", "Atlas Agro Export", "s.benali@atlasagro.example.ma",
  frm="Salma Benali <s.benali@atlasagro.example.ma>", date="2026-09-28 11:55 +0100",
  subj="Report de notre entretien",
  body="""Bonjour Madame Ngo,

En raison d'un déplacement imprévu de notre Directeur Supply Chain à Agadir, nous sommes contraints de reporter l'entretien prévu mercredi 30 septembre. Nous vous proposons le lundi 5 octobre à 10h (heure de Casablanca), toujours par visioconférence.

Merci de nous confirmer si ce nouveau créneau vous convient.

Cordialement,
Salma Benali
Chargée RH - Atlas Agro Export
+212 5 22 00 00 00""")


# ================================================================ missed interview notices (10)

M(MI, "tried_calling_en", "en", "Kestrel Freight", "dan.okafor@kestrelfreight.example.com",
  frm="Dan Okafor <dan.okafor@kestrelfreight.example.com>", date="2026-04-09 14:22 +0100",
  subj="Missed you",
  body="""Hi Mathilde,

We tried calling you at the scheduled time (2pm UK) but it went to voicemail. Hope all is ok - let me know if you'd still like to chat and we can find another slot.

Dan""")

M(MI, "fr_pas_connectee_teams", "fr", "Laboratoires Galien-Sorel", "m.perret@galien-sorel.example.fr",
  frm="Mélanie Perret <m.perret@galien-sorel.example.fr>", date="2026-02-23 15:25 +0100",
  subj="Entretien de 15h",
  body="""Bonjour Madame Ngo,

Je vous ai appelée à 15h comme convenu pour notre entretien téléphonique mais je suis tombée sur votre messagerie. J'ai laissé un message.

Pouvez-vous me recontacter afin que nous convenions d'un nouveau créneau ?

Cordialement,
Mélanie Perret
01 45 00 00 00""")

M(MI, "teams_no_join_en_formal", "en", "Skovgaard Pharma Distribution", "mette.holm@skovgaard.example.dk",
  frm="Mette Holm <mette.holm@skovgaard.example.dk>", date="2026-04-16 10:35 +0200",
  subj="Interview today",
  body="""Dear Mathilde

Lars and I were waiting in the Teams meeting at 10.00 but you did not join. I hope nothing serious has happened.

Please let me know whether you are still interested in the position, and we will see if we can find a new time.

Best regards
Mette Holm
Skovgaard Pharma Distribution A/S""")

M(MI, "fr_absente_convocation_mairie", "fr", "Ville de Villeurbanne", "drh-recrutement@villeurbanne.example.fr",
  frm="DRH Recrutement <drh-recrutement@villeurbanne.example.fr>", date="2026-06-18 16:40 +0200",
  subj="Votre absence à l'entretien du 18 juin",
  body="""Madame,

Vous étiez convoquée ce jour à 14h00 pour un entretien de recrutement au poste d'acheteuse publique. Nous constatons que vous ne vous êtes pas présentée et que nous n'avons reçu aucune information de votre part.

Si votre absence est due à un cas de force majeure, nous vous remercions de nous en informer par retour de mail avant le 22 juin ; à défaut, votre candidature sera considérée comme retirée.

La Direction des Ressources Humaines
Ville de Villeurbanne""")

M(MI, "de_nicht_erschienen", "de", "Rheinland Frische", "j.weber@rheinland-frische.example.de",
  frm="Julia Weber <j.weber@rheinland-frische.example.de>", date="2026-02-19 11:20 +0100",
  subj="Telefoninterview heute 10:30",
  body="""Hallo Frau Ngo,

wir hatten heute um 10:30 Uhr unser Telefoninterview vereinbart. Leider konnte ich Sie unter der angegebenen Nummer nicht erreichen.

Haben Sie weiterhin Interesse an der Stelle? Dann melden Sie sich gern, und wir vereinbaren einen neuen Termin.

Viele Grüße
Julia Weber
Recruiting, Rheinland Frische""")

M(MI, "fr_tu_on_ta_attendue", "fr", "Kiosque Vert", "lucie.martin@kiosquevert.example.fr",
  frm="Lucie Martin <lucie.martin@kiosquevert.example.fr>", date="2026-04-02 11:47 +0200",
  subj="Mise en situation ce matin ?",
  body="""Hello Mathilde,

On t'attendait à 10h pour la mise en situation mais on ne t'a pas vue sur le Meet. Tout va bien ? Dis-moi si tu veux qu'on reprogramme, pas de souci.

Lucie""")

M(MI, "en_noshow_ats_template", "en", "Cardinal Wholesale", "",
  frm="Cardinal Wholesale <cardinalwholesale@myworkday.com>", date="2026-06-10 16:02 +0000",
  subj="We missed you at your interview", fmt="html",
  body="""Hello Mathilde,

Our records show that you were not able to attend your scheduled interview for Replenishment Analyst (JR-22871) on June 10.

If you would like to be considered for a new interview time, please log in to your candidate home account and complete the "Request New Interview" task within 5 business days.

Thank you,
Cardinal Wholesale Talent Acquisition""")

M(MI, "es_no_te_conectaste", "es", "Viña Cordillera Exportaciones", "pvaldes@vinacordillera.example.cl",
  frm="Paula Valdés <pvaldes@vinacordillera.example.cl>", date="2026-09-10 10:40 -0300",
  subj="Re: Postulación Jefa de Abastecimiento",
  body="""Hola Mathilde,

Te estuve llamando a las 10:00 como habíamos quedado pero no logré comunicarme. ¿Todo bien? Si sigues interesada, dime cuándo podemos volver a intentarlo.

Saludos,
Paula""")

M(MI, "fr_cabinet_client_attendu", "fr", "Biscuiterie de l'Atlantique", "p.garnier@garnier-executive.example.fr",
  frm="Pierre Garnier <p.garnier@garnier-executive.example.fr>", date="2026-06-03 10:05 +0200",
  subj="Entretien de ce matin",
  body="""Bonjour Mathilde,

Le Directeur Industriel de la Biscuiterie de l'Atlantique vient de m'appeler : il vous attendait à 9h30 sur le site de Carquefou et ne vous a pas vue arriver. Je n'arrive pas à vous joindre sur votre portable.

Pouvez-vous me rappeler au plus vite pour que je puisse lui donner une explication ?

Pierre Garnier
Garnier Executive Search
+33 2 40 00 00 00""")

M(MI, "fr_visio_lien_personne", "fr", "Coopérative Terres du Sud-Ouest", "a.dufau@terresso.example.fr",
  frm="Aurélie Dufau <a.dufau@terresso.example.fr>", date="2026-06-09 14:18 +0200",
  subj="Notre visio de 14h",
  body="""Bonjour Madame Ngo,

Nous sommes connectés depuis 14h avec M. Castaing pour votre second entretien, mais vous n'avez pas rejoint la visioconférence. Avez-vous rencontré un problème technique ?

Nous restons joignables au 05 53 00 00 00 jusqu'à 16h. Sinon, proposez-moi d'autres disponibilités cette semaine.

Aurélie Dufau
Responsable RH""")


# ================================================================ application acknowledgements (20)

M(AR, "wttj_ack_fr", "fr", "Kiosque Vert", "",
  frm="Welcome to the Jungle <no-reply@welcometothejungle.com>", date="2026-03-10 09:14 +0100",
  subj="Votre candidature chez Kiosque Vert a bien été envoyée", fmt="html", brand="#ffcd00",
  body="""Bravo Mathilde !

Votre candidature pour le poste Coordinateur·rice Supply Chain chez Kiosque Vert a bien été envoyée.

L'entreprise va étudier votre profil. Vous serez notifié·e dès qu'elle aura mis à jour le statut de votre candidature.

Suivre ma candidature

En attendant, découvrez d'autres offres qui pourraient vous plaire.""")

M(AR, "workday_ack_en_volume", "en", "Cardinal Wholesale", "",
  frm="Cardinal Wholesale <cardinalwholesale@myworkday.com>", date="2026-05-21 04:33 +0000",
  subj="Thank you for applying - Replenishment Analyst", fmt="html",
  body="""Dear Mathilde,

Thank you for your interest in Cardinal Wholesale. We have received your application for Replenishment Analyst (JR-22871).

Our recruiting team will carefully review your qualifications. Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches our needs, a recruiter will contact you.

You can check the status of your application at any time in your candidate home.

Best regards,
Cardinal Wholesale Talent Acquisition""")

M(AR, "fr_ack_pas_de_retour_individuel", "fr", "Groupe Vernaison Distribution", "",
  frm="Groupe Vernaison Distribution <vernaison@myworkday.com>", date="2026-01-14 22:10 +0100",
  subj="Accusé de réception de votre candidature", fmt="alt", cte="quoted-printable",
  body="""Bonjour Mathilde,

Nous accusons bonne réception de votre candidature au poste d'Acheteur·se Approvisionnement (R-004512) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que nous n'avons pas pu donner suite.

Bien cordialement,
L'équipe Recrutement
Groupe Vernaison Distribution""")

M(AR, "de_eingangsbestaetigung", "de", "Hanseatische Hafenlogistik", "bewerbung@hhl-hamburg.example.de",
  frm="HHL Personalabteilung <bewerbung@hhl-hamburg.example.de>", date="2026-03-02 13:02 +0100",
  subj="Eingangsbestätigung Ihrer Bewerbung", charset="iso-8859-1", cte="quoted-printable", subj_charset="iso-8859-1",
  body="""Sehr geehrte Frau Ngo,

vielen Dank für Ihre Bewerbung als Einkaufskoordinatorin (m/w/d), die wir heute erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass wir Ihnen bis dahin keine Zwischenbescheide geben können.

Mit freundlichen Grüßen
Personalabteilung
Hanseatische Hafenlogistik GmbH""")

M(AR, "greenhouse_ack_no_feedback", "en", "Parcelwise", "",
  frm="Parcelwise Hiring Team <no-reply@us.greenhouse-mail.io>", date="2026-05-12 15:48 +0000",
  subj="Thanks for applying to Parcelwise!", fmt="alt",
  body="""Hi Mathilde,

Thanks so much for applying for the Procurement Operations Lead role at Parcelwise! We're excited that you're interested in helping us make shipping simpler.

Our team reviews every application by hand. Unfortunately we are unable to provide individual feedback at this stage, but if your background is a good fit, someone from our team will be in touch within two weeks.

In the meantime, check out our blog to learn more about how we work.

Cheers,
The Parcelwise Talent Team""")

M(AR, "taleo_fr_ack_chu", "fr", "CHU de Toulouse", "",
  frm="CHU de Toulouse - Recrutement <ne_pas_repondre@taleo.net>", date="2026-04-22 10:00 +0200",
  subj="CHU de Toulouse : confirmation de dépôt de candidature (Offre 2600417)", fmt="html", cte="base64",
  html="""<html><body><div style="font-family:Tahoma;font-size:11px">
<p>Madame NGO,</p>
<p>Nous vous confirmons l'enregistrement de votre candidature pour l'offre <strong>2600417 - Technicien(ne) supérieur(e) hospitalier - Achats / Logistique</strong>.</p>
<p>Le service recruteur procédera à l'examen de votre dossier. Seules les candidatures retenues feront l'objet d'une convocation.</p>
<p>Cordialement,</p>
<p>Direction des Ressources Humaines<br>CHU de Toulouse</p>
<p><font size="1" color="#777777">Ce courriel est généré automatiquement. Merci de ne pas répondre.</font></p>
</div></body></html>""")

M(AR, "es_hemos_recibido", "es", "Farmadistribución Ibérica", "",
  frm="Farmadistribución Ibérica <empleo-noreply@farmadis-iberica.example.es>", date="2026-07-02 11:30 +0200",
  subj="Hemos recibido tu candidatura", fmt="alt",
  body="""Hola Mathilde:

¡Gracias por tu interés en Farmadistribución Ibérica! Hemos recibido correctamente tu candidatura para la oferta Coordinador/a de Compras (Madrid).

Nuestro equipo la revisará en los próximos días. Debido al gran volumen de candidaturas, solo nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto.

Un saludo,
Equipo de Talento""")

M(AR, "teamtailor_ack_en_danish", "en", "Nordhavn Shipping", "",
  frm="Nordhavn Shipping <no-reply@teamtailor.com>", date="2026-03-31 08:20 +0200",
  subj="We have received your application", fmt="html", brand="#00355f",
  body="""Hi Mathilde,

Thank you for applying for the position Operations Manager at Nordhavn Shipping. We have received your application and will review it as soon as possible.

We expect to get back to all candidates after the application deadline on 19 April.

Kind regards,
Freja Lund
Talent Partner, Nordhavn Shipping""")

M(AR, "fr_hellowork_ack", "fr", "Transports Garonne Express", "",
  frm="HelloWork <candidature@hellowork.example.com>", date="2026-08-05 18:33 +0200",
  subj="Votre candidature a bien été transmise à Transports Garonne Express", fmt="html",
  body="""Bonjour Mathilde,

Votre candidature au poste « Responsable d'exploitation logistique H/F » à Toulouse (31) a bien été transmise au recruteur Transports Garonne Express.

Le recruteur a consulté votre candidature : non
Vous serez alerté(e) dès qu'il l'aura consultée.

Retrouvez toutes vos candidatures dans votre espace HelloWork.""")

M(AR, "fr_ack_humain_tu", "fr", "Bocal & Co", "hugo@bocaletco.example.fr",
  frm="Hugo <hugo@bocaletco.example.fr>", date="2026-02-20 12:05 +0100",
  subj="Re: Candidature - Ops & Supply", irt="<mngo-bocal-1@example.com>",
  body="""Hello Mathilde, bien reçu ta candidature, merci ! On regarde tout ça avec l'équipe d'ici la fin de la semaine prochaine et je reviens vers toi dans tous les cas.

Hugo""" + lefr("jeu. 19 févr. 2026 à 18:44", "Mathilde Ngo <mathilde.ngo@example.com>",
      "Bonjour,\n\nJe vous adresse ma candidature pour le poste Ops & Supply publié sur Welcome to the Jungle. Vous trouverez mon CV en pièce jointe.\n\nBien cordialement,\nMathilde Ngo"))

M(AR, "uk_ack_nhs_style", "en", "Pennine Community Health", "",
  frm="Pennine Community Health Recruitment <noreply@jobs-portal.example.org.uk>", date="2026-02-11 12:00 +0000",
  subj="Application received: Supplies Coordinator (Band 5) - Ref 200-SC-2611",
  body="""Dear Mathilde Ngo

Thank you for your application for the above post. Your application has been received and will now be passed to the recruiting manager for shortlisting.

Shortlisting is expected to take place week commencing 23 February. If you have not heard from us within three weeks of the closing date, please assume that on this occasion you have not been shortlisted.

Yours sincerely

Recruitment Team
Pennine Community Health

This is an automated email - please do not reply.""")

M(AR, "fr_cadremploi_ack", "fr", "Lumenor Cosmétiques", "",
  frm="Cadremploi <noreply@cadremploi.example.fr>", date="2026-01-26 08:01 +0100",
  subj="Confirmation de votre candidature", fmt="html",
  body="""Mathilde,

Votre candidature a bien été envoyée !

Poste : Responsable Approvisionnement H/F
Entreprise : Lumenor Cosmétiques
Lieu : Saint-Priest (69)

Bonne chance ! Les recruteurs répondent en moyenne sous 12 jours.

Cadremploi - Se désinscrire des notifications""")

M(AR, "de_ch_personio_ack", "de", "Alpenmilch Genossenschaft", "",
  frm="Alpenmilch Genossenschaft <noreply@alpenmilch.jobs.personio.example.ch>", date="2026-08-04 21:15 +0200",
  subj="Bestätigung: Bewerbung Supply Chain Koordinatorin", fmt="alt",
  body="""Guten Tag Frau Ngo

Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und werden sie so schnell wie möglich prüfen.

Leider können wir aufgrund der Vielzahl an Bewerbungen keine individuellen Rückmeldungen zum Stand des Verfahrens geben. Wir melden uns, sobald eine Entscheidung gefallen ist.

Freundliche Grüsse
Ihr Recruiting Team
Alpenmilch Genossenschaft""")

M(AR, "fr_mairie_ack_courrier", "fr", "Ville de Nantes", "recrutement@mairie-nantes.example.fr",
  frm="Direction des Ressources Humaines <recrutement@mairie-nantes.example.fr>", date="2026-05-29 14:00 +0200",
  subj="Accusé de réception - candidature gestionnaire marchés publics",
  body="""Madame,

Nous accusons réception de votre candidature au poste de gestionnaire des marchés publics (offre n° 2026-0412).

Elle sera examinée par le service recruteur à l'issue de la période de publication. Vous serez informée de la suite réservée à votre candidature.

Pôle Recrutement et Mobilité
Ville de Nantes""")

M(AR, "en_indian_ack_revert", "en", "Sundaram Pharma Logistics", "",
  frm="Sundaram Pharma Logistics Careers <no-reply@taleo.net>", date="2026-01-09 11:42 +0530",
  subj="Acknowledgement - Procurement Executive - Req ID 26-0193",
  body="""Dear Mathilde Ngo,

Greetings from Sundaram Pharma Logistics!

This is to acknowledge receipt of your application for the position of Procurement Executive. Our Talent Acquisition team shall go through your profile and revert in case it is shortlisted.

Please note that you will be contacted only if your profile matches the requirement.

Regards,
Talent Acquisition Team
Sundaram Pharma Logistics""")

M(AR, "fr_smartrecruiters_ack", "fr", "Aéroports Rhône-Alpes", "",
  frm="Aéroports Rhône-Alpes <noreply@smartrecruiters.com>", date="2026-06-15 16:07 +0200",
  subj="Merci pour votre candidature, Mathilde", fmt="html",
  body="""Bonjour Mathilde,

Merci d'avoir postulé au poste de Coordinateur Achats Indirects (F/H) chez Aéroports Rhône-Alpes.

Nous avons bien reçu votre candidature et allons l'examiner attentivement. Malheureusement, nous ne sommes pas en mesure de faire un retour personnalisé à chaque candidat à ce stade du processus ; nous reviendrons vers vous si votre profil est retenu pour la suite.

Merci encore pour l'intérêt que vous portez à Aéroports Rhône-Alpes.

L'équipe Talent""")

M(AR, "es_ack_humano", "es", "Puerto Seco Levante", "alba.roca@psl.example.es",
  frm="Alba Roca <alba.roca@psl.example.es>", date="2026-08-28 09:02 +0200",
  subj="RE: CV - Coordinador/a de Operaciones",
  body="""Buenos días Mathilde,

Acuso recibo de tu CV, muchas gracias. Lo trasladamos al responsable del área y te diremos algo en cuanto tengamos noticias.

Saludos,
Alba Roca
Personas · Puerto Seco Levante""")

M(AR, "fr_apec_ack", "fr", "Groupe Lesage Pharma", "",
  frm="Apec <ne-pas-repondre@apec.example.fr>", date="2026-03-18 12:48 +0100",
  subj="Votre candidature a bien été transmise", fmt="html",
  body="""Bonjour Mathilde Ngo,

Votre candidature à l'offre « Acheteur Pharma - Façonnage (H/F) » du Groupe Lesage Pharma a bien été transmise.

Référence de l'offre : 178442105W
Date de candidature : 18/03/2026

Retrouvez le suivi de vos candidatures dans votre espace Apec.""")

M(AR, "en_recruitee_ack_remote", "en", "Cargo Harbour Studio", "",
  frm="Cargo Harbour Studio <no-reply@recruitee.com>", date="2026-09-04 10:10 +0000",
  subj="Your application has been received", fmt="alt",
  body="""Hi Mathilde,

Thanks for applying for Operations Coordinator (Remote, EU) at Cargo Harbour Studio. We've got your application and our hiring team will go through it in the coming days.

We read every application, but we can't always reply to everyone individually - if you haven't heard from us in three weeks, it means we've gone with other profiles for now.

Thanks again for your interest,
Cargo Harbour Studio""")

M(AR, "fr_quebec_jobillico_ack", "fr", "Groupe Maritime Laurentien", "",
  frm="Jobillico <notifications@jobillico.example.com>", date="2026-09-09 13:30 -0400",
  subj="Votre candidature a été envoyée à Groupe Maritime Laurentien inc.", fmt="html",
  body="""Bonjour Mathilde,

Ta candidature pour le poste Coordonnateur(trice) aux achats - Québec a été envoyée avec succès à Groupe Maritime Laurentien inc.

L'employeur communiquera directement avec toi si ta candidature est retenue.

Bonne chance dans ta recherche d'emploi!
L'équipe Jobillico""")


# ================================================================ offers (10)

M(OF, "fr_promesse_embauche", "fr", "Nordis Fret", "a.leclercq@nordisfret.example.fr",
  frm="Antoine Leclercq <a.leclercq@nordisfret.example.fr>", date="2026-07-10 17:12 +0200",
  subj="Proposition d'embauche - Responsable Achats Transport", attach=[("Promesse_embauche_MNgo.pdf", "application/pdf", PDF)],
  body="""Bonjour Mathilde,

Suite à vos échanges avec notre Directeur Général, j'ai le plaisir de vous confirmer par écrit notre souhait de vous accueillir au sein de Nordis Fret en qualité de Responsable Achats Transport, en CDI, au statut cadre.

Vous trouverez ci-joint la promesse d'embauche reprenant les éléments évoqués : rémunération annuelle brute de 48 000 €, variable jusqu'à 10 %, prise de poste souhaitée au 1er septembre 2026.

Nous vous remercions de nous retourner le document signé avant le 17 juillet.

Au plaisir de vous compter parmi nous,

Antoine Leclercq
Responsable Talent Acquisition - Nordis Fret""")

M(OF, "en_verbal_offer_followup", "en", "Freightlane", "alex.kim@freightlane.example.com",
  frm="Alex Kim <alex.kim@freightlane.example.com>", date="2026-07-24 19:40 +0000",
  subj="Following up on our call",
  body="""Hi Mathilde,

It was great to share the news on the phone earlier - the whole team is thrilled! As promised, here's a recap of the verbal offer for the Carrier Procurement Manager role:

- Base: EUR 62,000
- Bonus: up to 12%
- Remote (EU), with quarterly trips to Rotterdam
- Start date: flexible, ideally 1 October

The formal offer letter will come via DocuSign tomorrow. Take the weekend to think it over and call me with any questions.

Alex""")

M(OF, "fr_quebec_offre_conditionnelle", "fr", "Groupe Maritime Laurentien", "isabelle.gagnon@gml.example.ca",
  frm="Isabelle Gagnon <isabelle.gagnon@gml.example.ca>", date="2026-10-02 15:05 -0400",
  subj="Offre d'emploi conditionnelle", attach=[("Offre_conditionnelle_Ngo.pdf", "application/pdf", PDF)],
  body="""Bonjour Mathilde,

C'est avec grand plaisir que nous te proposons le poste de coordonnatrice aux achats au sein du Groupe Maritime Laurentien, à Québec.

Cette offre est conditionnelle à la vérification de tes références et à l'obtention de ton permis de travail. Tous les détails (salaire, avantages sociaux, date d'entrée en fonction) figurent dans la lettre jointe.

Merci de nous retourner la lettre signée d'ici le 9 octobre. N'hésite pas à m'appeler si tu as des questions!

Isabelle Gagnon
Conseillère principale, Acquisition de talents
Groupe Maritime Laurentien inc.
418 000-0000""")

M(OF, "de_vertragsangebot", "de", "Medilog Versorgung", "k.brandt@medilog.example.de",
  frm="Katrin Brandt <k.brandt@medilog.example.de>", date="2026-07-21 10:30 +0200",
  subj="Ihr Vertragsangebot", charset="windows-1252", cte="quoted-printable",
  attach=[("Arbeitsvertrag_Ngo.pdf", "application/pdf", PDF)],
  body="""Sehr geehrte Frau Ngo,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Koordinatorin Einkauf & Logistik anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in doppelter Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31. Juli zurück. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Katrin Brandt
Medilog Versorgung GmbH""")

M(OF, "fr_tu_startup_offre", "fr", "Bocal & Co", "hugo@bocaletco.example.fr",
  frm="Hugo <hugo@bocaletco.example.fr>", date="2026-03-13 18:55 +0100",
  subj="🎉", cc=["Léna Morel <lena@bocaletco.example.fr>"],
  body="""Mathilde !!

Après le cas pratique et la journée avec l'équipe entrepôt, c'est une évidence pour nous : on aimerait vraiment que tu rejoignes Bocal & Co comme Ops & Supply Manager.

On te propose un CDI à 42k€ brut + BSPCE, démarrage dès que tu peux (idéalement avril). Je t'envoie le contrat demain, mais je voulais que tu l'apprennes de nous d'abord.

Dis-nous vite !!
Hugo & Léna""")

M(OF, "en_offer_letter_docusign", "en", "Orbital Grocers", "nia.campbell@orbitalgrocers.example.com",
  frm="Nia Campbell <nia.campbell@orbitalgrocers.example.com>", date="2026-06-01 12:45 -0400",
  subj="Offer of Employment - Sourcing Manager", fmt="alt",
  body="""Dear Mathilde,

On behalf of Orbital Grocers, I am pleased to offer you the position of Sourcing Manager, reporting to Greg Osei, VP Procurement.

Your offer letter, including compensation, benefits and relocation support to Toronto, has been sent to you for e-signature via DocuSign. The offer is valid until June 8, 2026 and is contingent upon satisfactory reference checks.

We are excited about the prospect of you joining the team.

Warm regards,
Nia Campbell
Recruiting Coordinator | Orbital Grocers""")

M(OF, "es_oferta_formal", "es", "Farmadistribución Ibérica", "carlos.nunez@farmadis-iberica.example.es",
  frm="Carlos Núñez <carlos.nunez@farmadis-iberica.example.es>", date="2026-08-07 13:20 +0200",
  subj="Propuesta de incorporación", attach=[("Carta_oferta_MNgo.pdf", "application/pdf", PDF)],
  body="""Hola Mathilde:

Nos alegra mucho comunicarte que queremos que te incorpores a Farmadistribución Ibérica como Coordinadora de Compras. Te adjunto la carta oferta con las condiciones: contrato indefinido, 38.000 € brutos anuales y 2 días de teletrabajo.

Te agradecería que nos dieras una respuesta antes del viernes 14.

Un abrazo,
Carlos Núñez
Talent Acquisition · Farmadistribución Ibérica""")

M(OF, "fr_dakar_lettre_offre", "fr", "Sénégal Logistique Services", "drh@senlogistique.example.sn",
  frm="DRH Sénégal Logistique Services <drh@senlogistique.example.sn>", date="2026-09-03 09:30 +0000",
  subj="Lettre d'offre - Responsable des Approvisionnements", attach=[("Lettre_offre.pdf", "application/pdf", PDF)],
  body="""Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable des Approvisionnements a été retenue à l'issue du processus de sélection.

Vous trouverez en pièce jointe notre lettre d'offre précisant les conditions d'engagement. Nous vous saurions gré de nous faire part de votre décision au plus tard le 15 septembre 2026.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le Directeur des Ressources Humaines
Sénégal Logistique Services""")

M(OF, "en_korean_conditional_offer", "en", "Hanul Beauty Europe", "jiwoo.park@hanulbeauty.example.com",
  frm="Jiwoo Park <jiwoo.park@hanulbeauty.example.com>", date="2026-10-08 08:15 +0200",
  subj="[Hanul Beauty] Conditional Offer - Logistics Coordinator",
  body="""Dear Ms. Mathilde Ngo,

Congratulations! We are pleased to inform you that you have passed the final interview for the Logistics Coordinator position at Hanul Beauty Europe.

This is a conditional offer, subject to the completion of your health check and submission of your diploma certificates. The official employment contract will be provided after these documents are received.

Please reply to this email to confirm your acceptance by October 14.

Best regards,
Jiwoo Park
HR Manager, Hanul Beauty Europe""")

M(OF, "fr_cooperative_contrat_signer", "fr", "Ateliers Solidaires du Nord", "s.vandamme@ateliers-solidaires.example.org",
  frm="Sophie Vandamme <s.vandamme@ateliers-solidaires.example.org>", date="2026-10-15 11:40 +0200",
  subj="Ton contrat", attach=[("CDD_coordinatrice_achats.pdf", "application/pdf", PDF)],
  body="""Bonjour Mathilde,

Comme je te l'ai dit au téléphone, le CA a validé ta candidature pour le poste de coordinatrice achats responsables (CDD 12 mois, temps plein, 2 350 € brut/mois). Super nouvelle pour nous !

Tu trouveras le contrat en PJ : il faut le parapher et le signer, puis me le renvoyer scanné. Ton premier jour serait le lundi 2 novembre.

Bienvenue dans l'équipe !

Sophie
Coordinatrice RH - Ateliers Solidaires du Nord""")


# ================================================================ other (50)

BULK = [("Precedence", "bulk")]


def unsub(list_id: str, url: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{url}>, <mailto:unsubscribe@{list_id.split('.', 1)[1].rstrip('>')}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK]


M(OT, "impots_avis", "fr", "", "",
  frm="impots.gouv.fr <ne-pas-repondre@dgfip.example.fr>", date="2026-07-28 06:02 +0200",
  subj="Votre avis d'impôt 2026 est disponible dans votre espace particulier", fmt="html",
  body="""Madame NGO Mathilde,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr, rubrique « Documents ».

Pour des raisons de sécurité, aucun lien de connexion ne figure dans ce courriel.

La Direction générale des Finances publiques""")

M(OT, "caf_dossier_recu", "fr", "", "",
  frm="Caf <ne-pas-repondre@caf.example.fr>", date="2026-02-04 13:40 +0100",
  subj="Votre demande a bien été reçue", fmt="alt",
  body="""Bonjour,

Nous avons bien reçu votre déclaration de changement de situation professionnelle du 03/02/2026. Elle sera traitée dans les meilleurs délais.

Votre numéro d'allocataire : 0000000 X

Vous pouvez suivre l'avancement de votre demande dans « Mon Compte ».

Votre Caf""")

M(OT, "ameli_remboursement", "fr", "", "",
  frm="l'Assurance Maladie <no-reply@assurance-maladie.example.fr>", date="2026-03-06 19:20 +0100",
  subj="Un nouveau message vous attend sur votre compte ameli", fmt="html",
  body="""Bonjour Mathilde,

Un nouveau document est disponible dans votre messagerie : votre relevé de remboursements du mois de février.

Connectez-vous à votre compte ameli pour le consulter.

Votre caisse d'Assurance Maladie - CPAM du Rhône""")

M(OT, "mutuelle_adhesion_recue", "fr", "", "",
  frm="Mutuelle Horizon Santé <adhesion@horizonsante.example.fr>", date="2026-10-20 10:05 +0200",
  subj="Votre demande d'adhésion a bien été enregistrée",
  body="""Chère Madame Ngo,

Nous vous confirmons la bonne réception de votre demande d'adhésion individuelle à la formule Équilibre 2.

Votre dossier est en cours d'étude. Un conseiller reviendra vers vous sous 5 jours ouvrés si une pièce justificative est manquante. Malheureusement, nous ne pouvons pas vous communiquer de date d'effet avant la fin de l'étude.

Votre service Adhésions
Mutuelle Horizon Santé""")

M(OT, "banque_pret_recu", "fr", "", "",
  frm="Banque Populaire Rhodanienne <noreply@bprhodanienne.example.fr>", date="2026-04-14 11:11 +0200",
  subj="Votre demande de prêt personnel - accusé de réception", fmt="alt",
  body="""Madame Ngo,

Nous avons bien reçu votre demande de prêt personnel n° 2026-88412 d'un montant de 6 000 €.

Votre conseiller étudiera votre dossier et vous recontactera sous 48 heures ouvrées pour vous faire part de notre décision. Aucun engagement n'est pris à ce stade.

Votre agence Lyon Part-Dieu""")

M(OT, "agence_location_refus", "fr", "", "gestion@immo-croixrousse.example.fr",
  frm="Agence Immo Croix-Rousse <gestion@immo-croixrousse.example.fr>", date="2026-05-05 17:48 +0200",
  subj="Votre dossier de location - T2 rue d'Austerlitz",
  body="""Bonjour Madame,

Nous vous remercions pour le dépôt de votre dossier pour l'appartement T2 situé 12 rue d'Austerlitz.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Bien cordialement,
Agence Immo Croix-Rousse
04 78 00 00 00""")

M(OT, "colissimo_retard", "fr", "", "",
  frm="Colissimo <noreply@notif-colissimo.example.fr>", date="2026-01-07 08:15 +0100",
  subj="Votre colis 6A123456789 a du retard", fmt="html",
  body="""Bonjour,

Malheureusement, votre colis n° 6A123456789 a pris du retard en raison d'un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : vendredi 9 janvier.

Suivre mon colis

Colissimo - La Poste""")

M(OT, "mondial_relay_position", "fr", "", "",
  frm="Mondial Relay <noreply@mondialrelay.example.fr>", date="2026-06-22 14:31 +0200",
  subj="Votre colis est disponible en Point Relais®", fmt="html",
  body="""Bonjour Mathilde,

Bonne nouvelle : votre colis est arrivé dans votre Point Relais® Tabac Presse du Marché, 5 place Sathonay, 69001 Lyon.

Position du Point Relais® sur la carte : 45.7676 N, 4.8301 E
Vous avez 8 jours pour le retirer, muni de votre pièce d'identité et du code de retrait 482 193.

Mondial Relay""")

M(OT, "sncf_train_supprime", "fr", "", "",
  frm="SNCF Connect <noreply@sncf-connect.example.fr>", date="2026-05-18 21:00 +0200",
  subj="Votre TGV INOUI 6613 du 19/05 est supprimé", fmt="alt",
  body="""Bonjour Mathilde,

Nous sommes désolés : en raison d'un mouvement social, votre train TGV INOUI 6613 Lyon Part-Dieu → Bordeaux Saint-Jean du mardi 19 mai à 06h04 est supprimé.

Vous pouvez échanger ou annuler votre billet sans frais jusqu'au départ dans l'application SNCF Connect.

Nous vous prions de nous excuser pour la gêne occasionnée.

SNCF Voyageurs""")

M(OT, "edf_facture", "fr", "", "",
  frm="EDF <service-client@edf-mail.example.fr>", date="2026-09-01 07:30 +0200",
  subj="Votre facture d'électricité est disponible", fmt="html",
  body="""Bonjour Mme Mathilde NGO,

Votre facture du 01/09/2026 d'un montant de 54,20 € est disponible dans votre Espace Client.

Elle sera prélevée le 16/09/2026.

EDF - Votre contrat Tarif Bleu""")

M(OT, "salle_sport_seance_annulee", "fr", "", "",
  frm="Fitness Park Lyon 7 <contact@fitnessparklyon7.example.fr>", date="2026-03-19 12:00 +0100",
  subj="Cours annulé : Body Pump de 18h30",
  body="""Bonjour Mathilde,

Votre coach étant absent, le cours Body Pump de ce jeudi 18h30 est annulé. Votre réservation a été automatiquement libérée et votre crédit recrédité.

Nous vous proposons de vous réinscrire au cours de vendredi 12h15.

Sportivement,
L'équipe Fitness Park Lyon 7""")

M(OT, "streaming_nouveautes", "fr", "", "",
  frm="Cinéflix <info@mailer.cineflix.example.com>", date="2026-02-27 18:00 +0100",
  subj="Mathilde, découvrez les nouveautés de mars", fmt="html", headers=unsub("<news.cineflix.example.com>", "https://cineflix.example.com/u/88a1"),
  body="""Les nouveautés de mars sont là !

« Le Candidat » - saison 2 : un entretien d'embauche qui tourne mal...
« Port d'attache » - la série documentaire sur les dockers du Havre.

Regarder maintenant

Vous recevez cet e-mail car vous êtes abonnée à Cinéflix. Se désabonner""")

M(OT, "wttj_job_alert", "fr", "", "",
  frm="Welcome to the Jungle <alertes@welcometothejungle.com>", date="2026-04-20 08:00 +0200",
  subj="12 nouvelles offres pour « acheteur supply chain »", fmt="html", brand="#ffcd00",
  headers=unsub("<alerts.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/me/alerts/unsub"),
  body="""Bonjour Mathilde,

Voici les nouvelles offres qui correspondent à votre alerte « acheteur supply chain - Lyon ».

Acheteur·se Projets - Maison Colbert - Lyon - CDI
Supply Chain Coordinator - Kiosque Vert - Lyon - CDI
Responsable Approvisionnement - Les Confitures d'Elise - Villefranche - CDI
Category Buyer - Parcelwise - Télétravail - CDI

Voir les 12 offres

Modifier mon alerte · Se désabonner""")

M(OT, "apec_newsletter_refus", "fr", "", "",
  frm="Apec <newsletter@apec.example.fr>", date="2026-06-04 07:00 +0200",
  subj="Refus après entretien : comment rebondir ?", fmt="html",
  headers=unsub("<lettre-cadres.apec.example.fr>", "https://www.apec.example.fr/desabonnement?id=x91"),
  body="""La lettre des cadres - juin 2026

Refus après entretien : comment rebondir ?
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Recevoir ce message après plusieurs entretiens est toujours difficile. Nos conseils pour demander un retour, garder le contact et transformer l'échec en apprentissage.

Entretien manqué : que faire si vous avez raté un rendez-vous ?
Un imprévu vous a empêché de vous présenter ? Un mail d'excuse rapide et sincère peut tout changer.

Webinaire : réussir son entretien avec la DRH - jeudi 11 juin à 12h30

Vous recevez cette lettre car vous êtes inscrite sur apec.fr. Se désinscrire""")

M(OT, "chasseur_approche_linkedin", "fr", "", "v.roussel@rousselpartners.example.fr",
  frm="Victor Roussel <v.roussel@rousselpartners.example.fr>", date="2026-08-31 09:41 +0200",
  subj="Opportunité Directeur·rice des Opérations - secteur agroalimentaire",
  body="""Bonjour Mathilde,

Je me permets de vous contacter suite à la lecture de votre profil LinkedIn. J'accompagne actuellement un groupe agroalimentaire familial du Sud-Ouest (CA 180 M€) dans le recrutement de son futur Directeur·rice des Opérations.

Votre parcours en supply chain m'a interpellé, même si le poste demande sans doute quelques années d'expérience de plus. Si le sujet vous intéresse, ou si vous pensez à quelqu'un dans votre réseau, n'hésitez pas à me faire signe.

Bien à vous,

Victor Roussel
Roussel & Partners - Executive Search
Bordeaux · Toulouse""")

M(OT, "own_sent_thanks_fr", "fr", "", "",
  frm=ME, to=["Antoine Leclercq <a.leclercq@nordisfret.example.fr>"], date="2026-07-07 18:20 +0200",
  subj="Merci pour l'entretien de ce jour", return_path="mathilde.ngo@example.com",
  body="""Bonjour Antoine,

Je tenais à vous remercier, ainsi que M. Delattre, pour l'entretien de ce matin. Nos échanges sur la renégociation des contrats transporteurs et la mutualisation des flux Lille-Anvers ont renforcé ma motivation à rejoindre Nordis Fret.

Je reste à votre disposition pour tout complément d'information, et pour la prise de références si besoin.

Bien cordialement,
Mathilde Ngo
06 00 00 00 00""")

M(OT, "own_sent_reschedule_request_en", "en", "", "",
  frm=ME, to=["Nia Campbell <nia.campbell@orbitalgrocers.example.com>"], date="2026-05-06 09:05 +0200",
  subj="Re: Canceled: Panel interview - Sourcing Manager (Mathilde Ngo)", irt="<orbital-cancel@orbitalgrocers.example.com>",
  body="""Hi Nia,

No problem at all, thanks for letting me know. For the new panel, I'm available any afternoon next week except Wednesday (Toronto mornings work best given the time difference).

Looking forward to meeting the team.

Best,
Mathilde""" + gmail("Mon, May 4, 2026 at 5:12 PM", "Nia Campbell <nia.campbell@orbitalgrocers.example.com>",
      "Hi Mathilde,\n\nApologies for the short notice - Greg has been pulled into an urgent supplier visit and we need to cancel tomorrow's panel.\n\nNia"))

M(OT, "ooo_recruteuse_fr", "fr", "", "e.sanchez@msprovence.example.fr",
  frm="Elodie Sanchez <e.sanchez@msprovence.example.fr>", date="2026-08-03 08:00 +0200",
  subj="Réponse automatique : Dernière étape", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Bonjour,

Je suis absente du bureau jusqu'au 5 août inclus, avec un accès limité à ma messagerie. Pour toute urgence, vous pouvez contacter le service RH au 04 91 00 00 00.

Cordialement,
Elodie Sanchez""")

M(OT, "agenda_point_hebdo_asso", "fr", "", "",
  frm="Google Agenda <calendar-notification@google.com>", date="2026-09-14 08:50 +0200",
  subj="Notification : Point hebdo bénévoles logistique @ lun. 14 sept. 2026 09:30 - 10:00 (UTC+2)",
  body="""Point hebdo bénévoles logistique
Lundi 14 septembre 2026 ⋅ 09:30 – 10:00 (heure d'été d'Europe centrale)
Banque Alimentaire du Rhône - entrepôt de Saint-Priest

Participants : Mathilde Ngo, Paul Girard (organisateur), Nadia Haddad

Invitation de Google Agenda
Vous recevez ce rappel, car vous êtes invité à cet événement.""")

M(OT, "radio_interview_reconversion", "fr", "", "margaux.lenoir@radio-rhone.example.fr",
  frm="Margaux Lenoir <margaux.lenoir@radio-rhone.example.fr>", date="2026-04-03 16:15 +0200",
  subj="Interview pour notre émission « Nouveaux départs »",
  body="""Bonjour Mathilde,

Je suis journaliste à Radio Rhône et je prépare une émission sur les reconversions professionnelles. Paul Girard, de la Banque Alimentaire, m'a parlé de votre parcours de la logistique vers les achats responsables.

Accepteriez-vous de répondre à une interview d'une quinzaine de minutes, enregistrée par téléphone la semaine prochaine ? L'émission sera diffusée le 18 avril.

Merci d'avance,
Margaux Lenoir
Radio Rhône - 06 00 00 00 00""")

M(OT, "entretien_utilisateur_appli", "fr", "", "recherche@trajetbox.example.com",
  frm="Chloé de TrajetBox <recherche@trajetbox.example.com>", date="2026-03-27 11:30 +0100",
  subj="30 min pour améliorer TrajetBox ? (bon de 30 €)", fmt="alt",
  body="""Bonjour Mathilde,

Vous utilisez TrajetBox pour suivre vos livraisons, et nous aimerions beaucoup avoir votre avis ! Nous cherchons des utilisatrices pour un entretien utilisateur de 30 minutes en visio, afin de tester notre nouvelle fonction de suivi en temps réel.

En remerciement, vous recevrez un bon d'achat de 30 €. Réservez un créneau ici : https://calendly.com/trajetbox-ux/entretien

Merci !
Chloé, UX Researcher chez TrajetBox""")

M(OT, "amie_recalee", "fr", "", "sarah.benhamou@example.net",
  frm="Sarah Benhamou <sarah.benhamou@example.net>", date="2026-05-22 22:14 +0200",
  subj="bon ben c'est mort pour moi",
  body="""Coucou ma belle,

Je viens de recevoir leur mail : « nous avons le regret de ne pas donner suite à votre candidature ». Après 4 entretiens et une étude de cas !!! J'ai les boules. Ils auraient pu au moins m'appeler.

Bref, on se fait un verre samedi pour noyer ça ? Et toi, des nouvelles de ton entretien chez Nordis ?

Bisous
Sarah

Envoyé de mon iPhone""")

M(OT, "universite_admission_refus", "fr", "", "",
  frm="Université Jean Moulin - Candidatures <noreply@univ-candidatures.example.fr>", date="2026-06-10 17:00 +0200",
  subj="Décision sur votre candidature - Master Management des achats (formation continue)", fmt="html",
  body="""Madame Ngo,

La commission pédagogique du Master Management des achats et de la supply chain a examiné votre dossier de candidature en formation continue.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée 2026, le nombre de places étant limité à 24.

Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne.

Le service Formation Continue""")

M(OT, "france_travail_convocation_conseiller", "fr", "", "",
  frm="France Travail <ne-pas-repondre@francetravail.example.fr>", date="2026-01-16 09:00 +0100",
  subj="Convocation à un entretien avec votre conseiller", fmt="html",
  body="""Bonjour Mathilde NGO,

Vous êtes convoquée à un entretien de suivi avec votre conseiller France Travail :

Le mardi 27 janvier 2026 à 10h15
Agence France Travail Lyon Vaise - 14 rue Saint-Pierre de Vaise, 69009 Lyon

Cet entretien est obligatoire. En cas d'empêchement, prévenez votre conseiller via votre espace personnel.

France Travail""")

M(OT, "webinaire_cabinet_entretien", "fr", "", "",
  frm="Hémera RH <evenements@hemera-rh.example.fr>", date="2026-02-02 12:00 +0100",
  subj="[Webinaire] Entretien d'embauche : les 7 questions pièges des recruteurs achats", fmt="html",
  headers=unsub("<webinaires.hemera-rh.example.fr>", "https://hemera-rh.example.fr/newsletter/unsub"),
  body="""Bonjour,

Jeudi 12 février à 12h30, nos consultantes vous donnent les clés pour réussir vos entretiens : comment parler de ses échecs, répondre à « pourquoi avez-vous été refusée ailleurs ? », négocier une offre.

S'inscrire gratuitement

Hémera RH - conseil en recrutement
Vous recevez cet e-mail car vous vous êtes inscrite à nos événements. Se désinscrire""")

M(OT, "hellowork_alerte", "fr", "", "",
  frm="HelloWork <alertes@hellowork.example.com>", date="2026-07-13 07:31 +0200",
  subj="Mathilde, 8 offres de Responsable achats à Bordeaux", fmt="html",
  headers=unsub("<alertes.hellowork.example.com>", "https://www.hellowork.example.com/alertes/desabonnement"),
  body="""Vos offres du jour

Responsable Achats H/F - Biscuiterie de l'Atlantique - Carquefou (44)
Acheteur Industriel H/F - Aérostructures Garonne - Blagnac (31)
Coordinateur Approvisionnement H/F - Coopérative Terres du Sud-Ouest - Marmande (47)

Postulez en 1 clic

Vous ne souhaitez plus recevoir ces alertes ? Désabonnez-vous""")

M(OT, "linkedin_job_alert_en", "en", "", "",
  frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", date="2026-03-02 14:12 +0000",
  subj="\"procurement coordinator\": Castellan Pharma and 9 more new jobs", fmt="html",
  headers=unsub("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsub"),
  body="""Your job alert for procurement coordinator in European Union

Buyer - API sourcing
Castellan Pharma · Remote
Actively recruiting

Procurement Coordinator
Thames Gateway Ports · Tilbury, England (On-site)
Be an early applicant

Supply Chain Specialist
Hanul Beauty Europe · Paris (Hybrid)

See all jobs

You're receiving Job Alert emails. Unsubscribe · Help""")

M(OT, "indeed_alert_en", "en", "", "",
  frm="Indeed <alert@indeed.com>", date="2026-08-12 06:45 +0000",
  subj="New jobs for operations manager in Montréal, QC", fmt="html",
  headers=unsub("<jobalert.indeed.com>", "https://ca.indeed.com/alert/unsub?id=8812"),
  body="""Operations Manager - Marlowe Health Partners - Montréal, QC - $85,000 a year
Easily apply

Procurement Lead - Orbital Grocers - Toronto, ON
Responsive employer

Logistics Operations Supervisor - Groupe Maritime Laurentien - Québec, QC

View all jobs

Unsubscribe from these alerts""")

M(OT, "substack_career_newsletter", "en", "", "",
  frm="The Ops Career Letter <opscareer@substack.example.com>", date="2026-05-03 13:00 +0000",
  subj="Why 'we've decided to move forward with other candidates' isn't about you", fmt="alt",
  headers=unsub("<opscareer.substack.example.com>", "https://opscareer.substack.example.com/action/disable_email"),
  body="""Hi friends,

This week I got four emails from readers who all received some version of "we've decided to pursue other candidates whose background more closely aligns". Let's unpack what that actually means, and what to do when a recruiter ghosts you after the final interview.

1. Most rejections are about timing and internal candidates.
2. If you missed an interview, apologise within the hour.
3. When an offer arrives, don't accept on the call - ask for it in writing.

Reply and tell me your worst interview story!

Ana
The Ops Career Letter - Unsubscribe""")

M(OT, "recruiter_inmail_no_interview", "en", "", "james.wu@harbourtalent.example.com",
  frm="James Wu <james.wu@harbourtalent.example.com>", date="2026-06-23 10:02 +0100",
  subj="Procurement roles in Geneva - keeping in touch",
  body="""Hi Mathilde,

I lead the supply chain desk at Harbour Talent in Geneva. I came across your profile and thought I'd introduce myself - we work with several commodity traders and pharma distributors who regularly hire procurement coordinators with French and English.

Nothing specific right now that matches your background, but I'd be happy to keep your CV on file. Feel free to send it over whenever suits.

Best,
James Wu
Harbour Talent SA | +41 22 000 00 00""")

M(OT, "podcast_guest_en", "en", "", "priya@supplychaintalk.example.org",
  frm="Priya Natarajan <priya@supplychaintalk.example.org>", date="2026-02-09 17:25 +0000",
  subj="Podcast interview invite - Supply Chain Talk",
  body="""Hi Mathilde,

I loved your LinkedIn post about running a food bank warehouse with volunteers. Would you be up for being interviewed on the Supply Chain Talk podcast? We record remotely, about 40 minutes, and the episode would go live in March.

If you're keen, pick any slot next week and I'll send you the prep questions.

Cheers,
Priya
Host, Supply Chain Talk""")

M(OT, "candidate_survey_en", "en", "", "",
  frm="Parcelwise via Survey <surveys@candidate-feedback.example.com>", date="2026-06-11 09:00 +0000",
  subj="How was your interview experience with Parcelwise?", fmt="html",
  body="""Hi Mathilde,

You recently took part in the interview process at Parcelwise. We'd love to hear how it went - whatever the outcome.

The survey takes 2 minutes and your answers are anonymous.

Rate your experience: 1 2 3 4 5

Powered by Candidate Feedback""")

M(OT, "order_delayed_en", "en", "", "",
  frm="Shopwise <order-update@shopwise.example.com>", date="2026-01-30 20:03 +0000",
  subj="Unfortunately, your order is delayed", fmt="alt",
  body="""Hi Mathilde,

We're sorry - your order #402-7781120 (Ergonomic office chair) won't arrive on the date we promised. The carrier has experienced a delay and the new estimated delivery date is February 4.

You don't need to do anything. If you'd prefer to cancel, you can do so from Your Orders.

Shopwise Customer Service""")

M(OT, "gps_location_shared_en", "en", "", "",
  frm="Find My Device <noreply@locate.example.com>", date="2026-07-19 15:40 +0000",
  subj="Your device's position was updated",
  body="""Mathilde's Pixel was located.

Position: 45.7597 N, 4.8422 E (accuracy 12 m)
Near: Place Bellecour, Lyon

Location history is on. You can manage location sharing in your account settings.""")

M(OT, "credit_card_application_en", "en", "", "",
  frm="Northmark Bank <no-reply@northmark.example.com>", date="2026-09-21 12:12 +0000",
  subj="We've received your application", fmt="html",
  body="""Dear Mathilde Ngo,

Thank you for applying for the Northmark Travel Rewards credit card. We have received your application (reference NB-559201) and it is currently under review.

Unfortunately we are unable to provide a decision online at this stage. We will write to you within 7 working days.

Northmark Bank - Cards team""")

M(OT, "apartment_declined_montreal", "en", "", "leasing@plateaurentals.example.ca",
  frm="Plateau Rentals Leasing <leasing@plateaurentals.example.ca>", date="2026-09-25 14:55 -0400",
  subj="Rental application - 4520 rue Saint-Denis, apt 3",
  body="""Hi Mathilde,

Thank you for your rental application for 4520 rue Saint-Denis, apt 3. Unfortunately the landlord has decided to go with another applicant who could provide a local guarantor.

Let us know if you'd like to see other units in the Plateau.

Regards,
Plateau Rentals Leasing Office""")

M(OT, "friend_rejection_en", "en", "", "kofi.mensah@example.org",
  frm="Kofi Mensah <kofi.mensah@example.org>", date="2026-04-12 23:02 +0100",
  subj="ugh",
  body="""so Kestrel rejected me too lol. "we won't be moving forward at this time". same template as yours probably. at least we're in the same boat

drinks thursday? I need to rant

K""")

M(OT, "ooo_recruiter_en", "en", "", "alex.kim@freightlane.example.com",
  frm="Alex Kim <alex.kim@freightlane.example.com>", date="2026-08-17 09:00 +0000",
  subj="Automatic reply: Re: Offer questions", headers=[("Auto-Submitted", "auto-replied")],
  body="""Thanks for your email. I'm out of office until August 24 with limited access to email. For anything urgent about an interview or offer, please contact recruiting@freightlane.example.com.

Alex""")

M(OT, "calendar_standup_en", "en", "", "",
  frm="Google Calendar <calendar-notification@google.com>", date="2026-10-05 08:45 +0000",
  subj="Notification: Daily standup - Warehouse volunteers @ Mon Oct 5, 2026 9am - 9:15am (CEST)",
  body="""Daily standup - Warehouse volunteers
Monday Oct 5, 2026 ⋅ 9am – 9:15am (Central European Time - Paris)
Join with Google Meet: meet.google.com/abc-defg-hij

Guests: Paul Girard (organizer), Mathilde Ngo

Invitation from Google Calendar""")

M(OT, "admission_msc_en", "en", "", "",
  frm="Graduate Admissions <admissions-noreply@hec-montreal.example.ca>", date="2026-04-30 16:00 -0400",
  subj="Your admission decision", fmt="html",
  body="""Dear Mathilde,

Thank you for your application to the Graduate Certificate in Global Supply Chain Management.

After careful consideration, the admissions committee regrets that it is unable to offer you admission for the Fall 2026 intake.

We wish you every success in your future endeavours.

Office of Graduate Admissions""")

M(OT, "es_amiga_rechazo", "es", "", "lucia.ferrer@example.net",
  frm="Lucía Ferrer <lucia.ferrer@example.net>", date="2026-03-08 21:30 +0100",
  subj="Re: ¿qué tal la entrevista?",
  body="""Pues fatal, tía. Me acaban de escribir que "lamentablemente han decidido continuar con otros candidatos". Después de tres entrevistas!!

Bueno, a seguir buscando. Y tú qué tal con lo de Lyon?

Besos,
Lu""" + eles("dom., 8 mar. 2026 a las 19:02", "Mathilde Ngo (<mathilde.ngo@example.com>)",
      "Lu!! ¿Qué tal la entrevista del jueves? Cuéntame todo\n\nM."))

M(OT, "es_banco_prestamo", "es", "", "",
  frm="Banco Mediterráneo <avisos-noreply@bancomed.example.es>", date="2026-05-11 10:00 +0200",
  subj="Hemos recibido tu solicitud de préstamo", fmt="html",
  body="""Hola, Mathilde:

Hemos recibido tu solicitud de préstamo personal. Estamos estudiando tu solicitud y te contestaremos en un plazo máximo de 72 horas.

Gracias por confiar en Banco Mediterráneo.""")

M(OT, "es_infojobs_alertas", "es", "", "",
  frm="InfoJobs <alertas@infojobs.example.net>", date="2026-06-29 07:15 +0200",
  subj="5 nuevas ofertas de Técnico de Compras", fmt="html",
  headers=unsub("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja"),
  body="""Nuevas ofertas para tu alerta «técnico compras»

Técnico/a de Compras - Grupo Alimentario Ribera - Zaragoza
Responsable de Compras - Cooperativa Hortícola del Ebro - Tudela
Coordinador/a de Operaciones Logísticas - Puerto Seco Levante - Valencia

Ver todas las ofertas

Darse de baja de esta alerta""")

M(OT, "es_envio_retrasado", "es", "", "",
  frm="Correos <noreply@correos.example.es>", date="2026-08-18 13:25 +0200",
  subj="Tu envío sufre un retraso", fmt="html",
  body="""Tu envío PQ4B7X0000000 procedente de Lyon (Francia) está retenido en la aduana / centro de tratamiento.

Lamentamos el retraso. Te informaremos cuando se reanude la entrega.

Correos""")

M(OT, "de_stepstone_jobagent", "de", "", "",
  frm="StepStone Jobagent <jobagent@stepstone.example.de>", date="2026-04-07 06:30 +0200",
  subj="Ihr Jobagent: 7 neue Jobs als Einkäuferin", fmt="html",
  headers=unsub("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden"),
  body="""Guten Morgen Mathilde,

Ihr Jobagent hat neue Stellenangebote gefunden:

Einkaufskoordinatorin (m/w/d) - Hanseatische Hafenlogistik - Hamburg
Strategischer Einkäufer (m/w/d) - Medilog Versorgung - Köln
Supply Chain Planerin (m/w/d) - Rheinland Frische - Düsseldorf

Alle Jobs anzeigen

Jobagent bearbeiten oder abmelden""")

M(OT, "de_xing_recruiter_kein_termin", "de", "", "t.schubert@personalpartner.example.de",
  frm="Tobias Schubert <t.schubert@personalpartner.example.de>", date="2026-05-26 13:13 +0200",
  subj="Ihr Profil",
  body="""Hallo Frau Ngo,

ich bin über XING auf Ihr Profil aufmerksam geworden. Wir betreuen als Personalberatung mehrere Mittelständler im Raum Köln/Düsseldorf im Bereich Einkauf und Logistik.

Aktuell habe ich keine passende Vakanz, würde Sie aber gern in unseren Kandidatenpool aufnehmen. Wenn Sie möchten, schicken Sie mir einfach Ihren Lebenslauf.

Beste Grüße
Tobias Schubert
PersonalPartner Rhein-Ruhr""")

M(OT, "de_dhl_verspaetung", "de", "", "",
  frm="DHL Paket <noreply@dhl.example.de>", date="2026-03-13 16:45 +0100",
  subj="Ihre Sendung verzögert sich", fmt="html", charset="iso-8859-1", cte="quoted-printable",
  body="""Hallo Mathilde Ngo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434000000000000. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltag: Montag, 16.03.2026

Ihr DHL Team""")

M(OT, "de_bank_kreditkarte", "de", "", "",
  frm="Nordsee Direktbank <service-noreply@nordseebank.example.de>", date="2026-02-21 09:30 +0100",
  subj="Eingang Ihres Kreditkartenantrags", fmt="alt",
  body="""Sehr geehrte Frau Ngo,

vielen Dank für Ihren Antrag auf eine Nordsee Visa Card. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Leider können wir Ihnen zum jetzigen Zeitpunkt noch keine Entscheidung mitteilen. Sie erhalten in den nächsten Tagen Post von uns.

Mit freundlichen Grüßen
Ihre Nordsee Direktbank""")

M(OT, "de_karriere_newsletter", "de", "", "",
  frm="karriere-kompass <newsletter@karriere-kompass.example.de>", date="2026-09-06 08:00 +0200",
  subj="Absage nach dem Vorstellungsgespräch - und jetzt?", fmt="html",
  headers=unsub("<newsletter.karriere-kompass.example.de>", "https://karriere-kompass.example.de/abmelden"),
  body="""Der Karriere-Kompass | Ausgabe 36/2026

Absage nach dem Vorstellungsgespräch - und jetzt?
„Leider müssen wir Ihnen mitteilen …" - so reagieren Sie professionell und bitten um Feedback.

Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig.

Gehaltsverhandlung: Wann ist der richtige Zeitpunkt, ein Angebot anzunehmen?

Newsletter abbestellen""")

M(OT, "de_abwesenheitsnotiz", "de", "", "s.wendt@kaltenbach-braeu.example.de",
  frm="Sabine Wendt <s.wendt@kaltenbach-braeu.example.de>", date="2026-05-11 08:13 +0200",
  subj="Abwesenheitsnotiz: Bewerbung Disposition / Einkauf", headers=[("Auto-Submitted", "auto-replied")],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15.05. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@kaltenbach-braeu.example.de.

Mit freundlichen Grüßen
Sabine Wendt""")

M(OT, "chronopost_livraison_reportee", "fr", "", "",
  frm="Chronopost <suivi@chronopost-notif.example.fr>", date="2026-10-09 11:02 +0200",
  subj="Livraison reportée - colis XY000000000FR", fmt="html", cte="base64",
  body="""Bonjour,

Votre colis XY000000000FR n'a malheureusement pas pu être livré aujourd'hui : le livreur est passé à 10h42 mais vous étiez absente.

Il sera présenté à nouveau demain. Vous pouvez aussi choisir une autre date ou un Pickup Relais depuis votre espace de suivi.

Chronopost""")


if __name__ == "__main__":
    main()
