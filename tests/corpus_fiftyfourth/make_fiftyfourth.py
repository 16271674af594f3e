"""Generator of corpus 54: three months of a Belgian auditor's job-search inbox, hand-written.

Each `add(...)` call below is one message written by hand (no templates with names swapped);
this module only gives them MIME structure, dates, ids and threading, then writes
<kind>/<nnn>_<scenario>.eml and labels.csv. It imports only the standard library and writes
only inside its own folder. Run: python tests/corpus_fiftyfourth/make_fiftyfourth.py
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CAND = "Élodie Vanderhaegen-Roth <elodie.vr@example.be>"
KIND_DIRS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
MESSAGES: list[dict] = []


def add(kind: str, scen: str, lang: str, frm: str, subject: str, body: str, *,
        company: str = "", contact: str = "", fmt: str = "plain", reply_to: str | None = None,
        to: str = CAND, cc: str | None = None, headers: dict[str, str] | None = None,
        ics: str | None = None, attach: tuple[str, str] | None = None,
        html: str | None = None, reply: bool = False) -> None:
    """Record one hand-written message; its labels travel with it."""
    MESSAGES.append({"kind": kind, "scen": scen, "lang": lang, "frm": frm, "subject": subject,
                     "body": body, "company": company, "contact": contact, "fmt": fmt,
                     "reply_to": reply_to, "to": to, "cc": cc, "headers": headers or {}, "ics": ics,
                     "attach": attach, "html": html, "reply": reply})


def quote(intro: str, text: str) -> str:
    """A reply chain quoted with '>' the way Gmail, Apple Mail and Thunderbird do."""
    lines = "\n".join("> " + line if line else ">" for line in text.strip().splitlines())
    return f"\n\n{intro}\n{lines}\n"


def outlook(frm: str, sent: str, subject: str, text: str, labels: tuple[str, ...] = ("From", "Sent", "To", "Subject")) -> str:
    """An Outlook-style unquoted header block followed by the earlier message."""
    f, s, t, j = labels
    return (f"\n\n________________________________\n{f}: {frm}\n{s}: {sent}\n{t}: {CAND}\n"
            f"{j}: {subject}\n\n{text.strip()}\n")


def to_html(text: str, brand: str = "", color: str = "#1a3d6d", track: str = "") -> str:
    """Turn a plain body into the table-and-inline-style HTML that ATS and mailers send."""
    paras = []
    for para in re.split(r"\n\s*\n", text.strip()):
        para = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        para = re.sub(r"(https?://\S+)", lambda m: f'<a href="{track + m.group(1) if track else m.group(1)}" style="color:{color}">{m.group(1)}</a>', para)
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333">{para.replace(chr(10), "<br>")}</p>')
    head = (f'<tr><td style="background:{color};padding:18px 24px"><img src="https://cdn.example.net/logo.png" alt="{brand}" width="140" style="display:block;border:0"></td></tr>' if brand else "")
    pixel = f'<img src="{track or "https://t.example.net/o/"}px.gif" width="1" height="1" alt="" style="display:none">' if track else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">"
            f"{head}<tr><td style=\"padding:24px\">{''.join(paras)}</td></tr></table></td></tr></table>{pixel}</body></html>")


def ics_event(uid: str, start: str, minutes: int, summary: str, organizer: str, method: str = "REQUEST",
              location: str = "", seq: int = 0, status: str = "CONFIRMED") -> str:
    """A minimal RFC 5545 invitation; start is 'YYYYMMDDTHHMMSSZ'."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M%SZ")
    end = (begin + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 16.0//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{start}", f"DTSTART:{start}",
        f"DTEND:{end}", f"SUMMARY:{summary}", f"LOCATION:{location}", f"STATUS:{status}",
        f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.vr@example.be",
        "END:VEVENT", "END:VCALENDAR", ""])


# ---------------------------------------------------------------- rejections (30)

add("rejection", "workday_bank_soft", "fr",
    "Banque Lemaire-Dufays <banquelemairedufays@myworkday.com>",
    "Votre candidature – Analyste KYC (R-20931)",
    """Bonjour Élodie,

Nous vous remercions de l'intérêt que vous portez à Banque Lemaire-Dufays et du temps consacré à votre candidature pour le poste d'Analyste KYC (R-20931) à Bruxelles.

Après une analyse attentive de votre dossier, nous avons décidé de poursuivre le processus avec des candidat·e·s dont le profil correspond plus étroitement aux exigences actuelles du poste.

Nous conserverons vos données dans notre base de talents pendant 24 mois, sauf opposition de votre part, et nous vous invitons à consulter régulièrement nos offres.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Banque Lemaire-Dufays

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
    company="Banque Lemaire-Dufays", fmt="html")

add("rejection", "hm_mobile_blunt", "en",
    "Tom Varga <tom.varga@ledgerline.example.com>",
    "Re: Compliance Analyst",
    """Hi Elodie, thanks for coming in Tuesday. we've decided to go with another candidate. good luck!

Tom

Sent from my iPhone""" + quote("On 12 Mar 2026, at 17:02, Élodie Vanderhaegen-Roth <elodie.vr@example.be> wrote:",
    """Dear Tom,
Thank you again for the conversation on Tuesday. I remain very interested in the Compliance Analyst role and look forward to hearing about next steps.
Best regards,
Élodie"""),
    company="Ledgerline", contact="tom.varga@ledgerline.example.com", reply=True)

add("rejection", "cabinet_relay_fr_tu", "fr",
    "Margaux Thiry <m.thiry@talentis-conseil.example.fr>",
    "Retour client – poste contrôleuse de gestion Lille",
    """Hello Élodie,

Je reviens vers toi suite à ton entretien chez Groupe Verhaeghe Distribution la semaine dernière. J'ai eu le retour de la DAF ce matin : ils ont beaucoup apprécié l'échange mais ont finalement retenu une candidate avec une expérience plus longue en retail multi-sites. Je suis désolée, je sais que tu y croyais.

Ce n'est que partie remise, j'ai d'autres missions qui pourraient te correspondre (notamment côté trésorerie), je t'appelle début de semaine prochaine si ça te va ?

Belle soirée,
Margaux

Margaux THIRY
Consultante Senior Finance & Comptabilité
Talentis Conseil – 12 rue Nationale, 59000 Lille
06 71 22 48 90""",
    company="Groupe Verhaeghe Distribution", contact="m.thiry@talentis-conseil.example.fr")

add("rejection", "successfactors_de_formal", "de",
    "Rhenania Chemie Karriere <noreply@successfactors.eu>",
    "Ihre Bewerbung als Referentin Konzernrechnungswesen (m/w/d) - Ref. 44817",
    """Sehr geehrte Frau Vanderhaegen-Roth,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei der Rhenania Chemie AG.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit den Anforderungen der konkreten Position.

Ihre Unterlagen werden gemäß den geltenden Datenschutzbestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rhenania Chemie AG | Personalabteilung | Köln

Rhenania Chemie AG, Sitz der Gesellschaft: Köln, Registergericht Köln HRB 10238
Vorstand: Dr. Ulrich Kamp (Vors.), Sabine Orth | Aufsichtsratsvorsitzender: Peter Lindner""",
    company="Rhenania Chemie", fmt="latin1")

add("rejection", "ch_canton_after_interview", "fr",
    "Service des ressources humaines <rh.recrutement@etat-vd.example.ch>",
    "Votre postulation – Réviseur-e interne 80-100%",
    """Madame,

Nous faisons suite à l'entretien que vous avez eu avec notre commission le 4 juin dernier dans le cadre du poste de réviseur-e interne au Contrôle cantonal des finances et vous en remercions.

Au terme de la procédure, la commission a porté son choix sur une autre candidature. Nous regrettons de ne pouvoir donner une suite favorable à votre offre de service.

Votre dossier vous sera retourné sous pli séparé, respectivement détruit s'il nous est parvenu par voie électronique.

En vous remerciant de l'intérêt témoigné pour l'Administration cantonale vaudoise, nous vous prions d'agréer, Madame, nos salutations distinguées.

Sandrine Rochat
Spécialiste RH
Contrôle cantonal des finances
Rue de la Paix 6, 1014 Lausanne
+41 21 316 00 00""",
    company="Contrôle cantonal des finances", contact="rh.recrutement@etat-vd.example.ch")

add("rejection", "greenhouse_en_short", "en",
    "Paylume Recruiting <no-reply@us.greenhouse-mail.io>",
    "Thank you from Paylume",
    """Hi Élodie,

Thanks for your time, but we won't be moving forward with your application for Senior AML Investigator.

Best,
The Paylume Talent Team""",
    company="Paylume", reply_to="Paylume Recruiting <no-reply@us.greenhouse-mail.io>")

add("rejection", "lever_hold_en", "en",
    "Ines Carvalho <ines@tallyrock.example.io>",
    "Update on the Finance Ops role",
    """Hi Élodie,

I wanted to reach out personally rather than let this sit. After a review of our 2026 plan, leadership has put the Finance Operations Lead position on hold, and we won't be continuing the process for now. This is entirely about budget and timing, not about you: the team enjoyed meeting you.

If the role reopens in H2 I'll let you know directly.

Warmly,
Ines Carvalho
People Partner, Tallyrock
Sent via Lever""",
    company="Tallyrock", contact="ines@tallyrock.example.io",
    headers={"X-Mailer": "Lever Hire"})

add("rejection", "uk_shant_progress", "en",
    "Harriet Pemberton <h.pemberton@ashworth-lyle.example.co.uk>",
    "Your application: Treasury Analyst, Luxembourg",
    """Dear Élodie,

Thank you for taking the time to complete the online numerical assessment for the Treasury Analyst vacancy at our Luxembourg office.

Having reviewed the results alongside your CV, I'm sorry to say we shan't be progressing your application to the next stage on this occasion. Competition was particularly strong.

I'd encourage you to keep an eye on our careers page, as we do expect further openings in the autumn.

Kind regards,

Harriet Pemberton
Graduate & Experienced Hire Recruitment
Ashworth Lyle Asset Management
T: +44 20 7946 0321

This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it. Ashworth Lyle Asset Management Ltd is authorised and regulated by the Financial Conduct Authority.""",
    company="Ashworth Lyle Asset Management", contact="h.pemberton@ashworth-lyle.example.co.uk", fmt="qp")

add("rejection", "indian_regret_inform", "en",
    "HR Team Vasanta Global Services <careers@vasantaglobal.example.in>",
    "Application Status - Process Lead, Finance & Accounts (Brussels Delivery Centre)",
    """Dear Candidate,

Greetings from Vasanta Global Services!!

With reference to your application and subsequent discussion with our panel, we regret to inform you that your profile has not been shortlisted for the further rounds for the position of Process Lead - F&A.

We shall keep your resume in our database and will revert in case any suitable opening arises in future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
Talent Acquisition Team
Vasanta Global Services Pvt. Ltd.
Please do not print this email unless it is absolutely necessary.""",
    company="Vasanta Global Services", contact="careers@vasantaglobal.example.in")

add("rejection", "take_home_fr_be", "fr",
    "Jérôme Dewandre <jerome.dewandre@fintrix.example.be>",
    "Suite à ton étude de cas",
    """Salut Élodie,

Merci encore pour le temps passé sur l'étude de cas (et pour la présentation, très claire sur la partie rapprochements).

On a pris le temps d'en discuter avec l'équipe ce matin et, honnêtement, ça a été serré, mais on part sur un autre profil qui a déjà mené un projet de migration de core banking, ce qui est critique pour nous cette année.

Je ne veux pas te laisser sans feedback : ton analyse des écarts était top, ce qui a manqué c'est la partie automatisation (Python/SQL). Si tu veux qu'on en parle 10 minutes au tél, avec plaisir.

Bonne continuation et à bientôt j'espère,
Jérôme

--
Jérôme Dewandre | Head of Finance | Fintrix
Rue de la Loi 42, 1040 Bruxelles | +32 475 12 34 56""",
    company="Fintrix", contact="jerome.dewandre@fintrix.example.be")

add("rejection", "teamtailor_de_ch", "de",
    "Alpenhof Versicherungen <no-reply@teamtailor.com>",
    "Deine Bewerbung bei Alpenhof Versicherungen",
    """Hallo Élodie

Danke, dass du dich für die Stelle «Spezialist:in Risk & Compliance 80–100%» in Bern interessiert hast.

Wir haben uns alle Bewerbungen genau angeschaut und uns entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung näher an unseren aktuellen Anforderungen liegt. Das fällt uns nie leicht.

Schau doch gerne wieder auf unserer Karriereseite vorbei – wir wachsen weiter.

Herzliche Grüsse
Lara Imboden
Talent Acquisition, Alpenhof Versicherungen""",
    company="Alpenhof Versicherungen", fmt="alt", reply_to="Lara Imboden <lara.imboden@alpenhof.example.ch>",
    contact="lara.imboden@alpenhof.example.ch")

add("rejection", "taleo_es_formal", "es",
    "Grupo Asegurador Marvento <notificaciones@taleo.net>",
    "Marvento - Estado de su candidatura (Req. 2600341)",
    """Estimado/a Élodie Vanderhaegen-Roth:

Le agradecemos su interés en formar parte de Grupo Asegurador Marvento y el tiempo dedicado al proceso de selección para la posición de Técnico/a de Control Interno (Madrid).

Tras valorar detenidamente todas las candidaturas recibidas, lamentamos comunicarle que en esta ocasión hemos decidido continuar con otros perfiles que se ajustan en mayor medida a los requisitos del puesto.

Sus datos permanecerán en nuestra base de datos para futuros procesos, conforme a nuestra política de privacidad.

Atentamente,
Dirección de Personas
Grupo Asegurador Marvento

*** Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección. ***""",
    company="Grupo Asegurador Marvento", fmt="latin1")

add("rejection", "es_casual_filled", "es",
    "Lucía Ferrer <lucia.ferrer@bancoravell.example.es>",
    "Re: Analista de Cumplimiento - Barcelona",
    """Hola Élodie,

Gracias por tu paciencia. Te escribo para contarte que finalmente la vacante ya está cubierta, se incorporó una persona de forma interna la semana pasada. Siento no traerte mejores noticias, tu perfil nos gustó mucho.

Un abrazo y mucha suerte,
Lucía

Lucía Ferrer · Talent Acquisition · Banco Ravell
Tel. +34 93 555 01 22""" + quote("El lun, 9 feb 2026 a las 9:15, Élodie Vanderhaegen-Roth (<elodie.vr@example.be>) escribió:",
    """Hola Lucía,
Quería saber si hay novedades sobre el proceso para el puesto de Analista de Cumplimiento.
Un saludo,
Élodie"""),
    company="Banco Ravell", contact="lucia.ferrer@bancoravell.example.es", reply=True)

add("rejection", "de_personalberatung_relay", "de",
    "Markus Feldhaus <m.feldhaus@feldhaus-partner.example.de>",
    "AW: Position Leiter/in Treasury – Rückmeldung",
    """Liebe Frau Vanderhaegen-Roth,

wie telefonisch angekündigt, hier noch einmal schriftlich: unser Mandant, die Hessenbank Direkt in Frankfurt, hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden. Ausschlaggebend war am Ende die längere Führungserfahrung.

Ich bedauere das sehr und würde Sie gern für künftige Mandate im Bereich Treasury/Finance im Blick behalten, sofern Sie einverstanden sind.

Beste Grüße aus Frankfurt
Markus Feldhaus
Partner

Feldhaus & Partner Executive Search
Taunusanlage 8 · 60329 Frankfurt am Main
Tel. +49 69 2222 4410 · Mobil +49 171 555 0190""" + quote("Am 18.05.2026 um 11:40 schrieb Élodie Vanderhaegen-Roth <elodie.vr@example.be>:",
    """Sehr geehrter Herr Feldhaus,
vielen Dank für das angenehme Gespräch. Ich freue mich auf Ihre Rückmeldung.
Freundliche Grüße
Élodie Vanderhaegen-Roth"""),
    company="Hessenbank Direkt", contact="m.feldhaus@feldhaus-partner.example.de", reply=True)

add("rejection", "selor_bosa_fr", "fr",
    "BOSA - Sélection <ne-pas-repondre@bosa.example.be>",
    "Résultat de votre sélection AFG26117 - Auditeur interne (m/f/x)",
    """Madame,

Vous avez participé à la sélection AFG26117 – Auditeur interne (m/f/x) pour le SPF Stratégie et Appui.

Nous avons le regret de vous informer que vous n'avez pas réussi l'épreuve de sélection informatisée (test de jugement situationnel). Vous trouverez le détail de vos résultats dans votre compte sur www.travaillerpour.be > Mes sélections.

Conformément à la réglementation, vous pourrez à nouveau participer à une sélection portant sur la même fonction après un délai de six mois.

Cordialement,

Service Recrutement et Sélection
SPF Stratégie et Appui (BOSA)

Ceci est un message automatique. Pour toute question, utilisez le formulaire de contact sur travaillerpour.be.""",
    company="SPF Stratégie et Appui")

add("rejection", "lux_fund_admin_fr", "fr",
    "Claire Wagner <claire.wagner@moselle-fundservices.example.lu>",
    "Candidature - Fund Accountant Senior",
    """Madame Vanderhaegen-Roth,

Je vous remercie pour votre candidature au poste de Fund Accountant Senior ainsi que pour notre échange téléphonique du 3 mars.

Malheureusement, nous ne donnerons pas suite à votre candidature : nous recherchons pour ce poste une expérience confirmée en comptabilité d'OPC (UCITS/AIF), qui fait aujourd'hui défaut à votre parcours.

Je vous souhaite bonne chance dans vos démarches.

Bien à vous,

Claire Wagner
HR Business Partner
Moselle Fund Services S.A.
2, rue Eugène Ruppert · L-2453 Luxembourg
T +352 26 00 41 1

Disclaimer: The information contained in this e-mail is confidential and intended only for the use of the addressee. Any unauthorised use, disclosure or copying is strictly prohibited.""",
    company="Moselle Fund Services", contact="claire.wagner@moselle-fundservices.example.lu", fmt="latin1")

add("rejection", "quebec_tu_after_panel", "fr",
    "Geneviève Tremblay <gtremblay@caissehorizon.example.ca>",
    "Ta candidature – Conseillère conformité LBC/FAT",
    """Bonjour Élodie,

Merci encore d'avoir pris le temps de rencontrer le comité jeudi dernier, en visio depuis Bruxelles en plus, avec le décalage!

Après mûre réflexion, on a choisi de poursuivre avec une autre personne pour le poste de conseillère conformité LBC/FAT. Ton expérience en audit interne est vraiment solide, mais l'équipe cherchait quelqu'un qui connaît déjà le cadre réglementaire de l'AMF et du CANAFE.

Je te souhaite la meilleure des chances pour la suite, et n'hésite pas à postuler de nouveau sur nos affichages.

Au plaisir,
Geneviève

Geneviève Tremblay, CRHA
Partenaire d'affaires RH – Caisse Horizon
514 555-0147 poste 2210""",
    company="Caisse Horizon", contact="gtremblay@caissehorizon.example.ca")

add("rejection", "personio_de_at_after_assessment", "de",
    "Donauwerk Energie GmbH <jobs@donauwerk-energie.jobs.personio.de>",
    "Rückmeldung zu Ihrer Bewerbung",
    """Sehr geehrte Frau Vanderhaegen-Roth,

herzlichen Dank für Ihre Teilnahme an unserem Assessment Center am 22. April in Wien.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für eine andere Bewerberin entschieden, deren Profil unseren Anforderungen an die Position „ESG Reporting Specialist“ noch besser entspricht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Freundliche Grüße

Mag. Katharina Hölzl
Human Resources
Donauwerk Energie GmbH | Praterstraße 31 | 1020 Wien
T +43 1 555 2290""",
    company="Donauwerk Energie", reply_to="Katharina Hölzl <k.hoelzl@donauwerk-energie.example.at>",
    contact="k.hoelzl@donauwerk-energie.example.at", fmt="b64")

add("rejection", "smartrecruiters_en_cancelled", "en",
    "Nordvik Maritime Finance <noreply@smartrecruiters.com>",
    "An update on your application",
    """Hi Élodie,

We are writing to let you know that the Group Internal Auditor position you applied for has been cancelled following an internal reorganisation of our Oslo and Antwerp finance teams. As a result, we are closing all open applications for this vacancy.

We genuinely appreciate the time you invested, and we hope you will consider Nordvik for future opportunities.

Kind regards,
Nordvik Maritime Finance — People & Culture""",
    company="Nordvik Maritime Finance", fmt="html")

add("rejection", "fr_apec_cabinet_blunt", "fr",
    "Recrutement Hestia Patrimoine <recrutement@hestia-patrimoine.example.fr>",
    "Réf. CDG-LYO-0226",
    """Madame,

Nous accusons réception de votre candidature au poste de contrôleur de gestion (réf. CDG-LYO-0226) et vous en remercions.

Votre profil ne correspondant pas aux critères définis pour ce poste, nous ne pouvons malheureusement pas y donner une suite favorable.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Service RH
Hestia Patrimoine – Lyon""",
    company="Hestia Patrimoine", contact="recrutement@hestia-patrimoine.example.fr", fmt="cp1252")

add("rejection", "recruitee_nl_be_en", "en",
    "Sofie Claes <sofie@ghentpay.example.be>",
    "Quick update",
    """Hi Élodie,

Hope you're well! Just a quick note to close the loop: we've decided to pursue other candidates whose background more closely aligns with what we need right now for the Payments Compliance Officer role (mostly PSD2/EMI licensing experience).

Really appreciated the chat, and sorry it took us a while to come back to you.

All the best,
Sofie
GhentPay | People team""",
    company="GhentPay", contact="sofie@ghentpay.example.be", fmt="alt",
    headers={"X-Recruitee-Mail": "candidate-message"})

add("rejection", "ch_bank_de_after_second", "de",
    "Reto Gasser <reto.gasser@zuercher-privatbank.example.ch>",
    "Ihre Kandidatur",
    """Sehr geehrte Frau Vanderhaegen-Roth

Wir danken Ihnen für das offene und angenehme Gespräch vom vergangenen Donnerstag mit Herrn Dr. Keller und mir.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine Kandidatin entschieden haben, die bereits über mehrjährige Erfahrung im Schweizer Private Banking und mit den FINMA-Rundschreiben verfügt.

Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Reto Gasser
HR Business Partner
Zürcher Privatbank Haldimann AG
Bahnhofstrasse 21, 8001 Zürich
+41 44 555 31 70

Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.""",
    company="Zürcher Privatbank Haldimann", contact="reto.gasser@zuercher-privatbank.example.ch")

add("rejection", "jobup_fr_ch_septante", "fr",
    "Nicolas Berset <nicolas.berset@fiduciaire-sarine.example.ch>",
    "Votre dossier",
    """Bonjour Madame,

Merci pour votre dossier de candidature pour le poste de comptable-réviseur·euse à 80%.

Nous avons reçu près de septante candidatures et avons dû faire des choix. Je suis au regret de vous annoncer que nous ne retenons pas votre dossier pour la suite, faute d'expérience de la fiscalité suisse (déclarations d'impôt PM, TVA AFC).

Avec mes meilleures salutations,

Nicolas Berset
Associé
Fiduciaire de la Sarine SA, Fribourg
026 555 41 10""",
    company="Fiduciaire de la Sarine", contact="nicolas.berset@fiduciaire-sarine.example.ch")

add("rejection", "eu_agency_epso_en", "en",
    "EUFINSA Selection <selection-noreply@eufinsa.example.eu>",
    "Selection procedure EUFINSA/TA/AD6/2026/04 - outcome",
    """Dear Ms VANDERHAEGEN-ROTH,

Thank you for your participation in the selection procedure EUFINSA/TA/AD6/2026/04 (Financial Officer - Internal Control).

The Selection Committee has carefully assessed your written test. We regret to inform you that your score (21/40) is below the threshold required to be invited to the interview phase (26/40). Consequently, your application cannot be considered further.

You may request a review of the Selection Committee's decision within 10 calendar days, by email to the address indicated in the Vacancy Notice.

Yours sincerely,

Chair of the Selection Committee
European Financial Supervision Support Agency (EUFINSA)""",
    company="EUFINSA")

add("rejection", "fr_soft_tu_startup", "fr",
    "Camille <camille@kyclair.example.fr>",
    "Re: Candidature Compliance Officer",
    """Hello Élodie !

Désolée pour le délai de réponse, on a été sous l'eau avec la levée.

Pour être transparente : on ne va pas aller plus loin ensemble sur ce poste. On a finalement besoin de quelqu'un qui a déjà fait le process d'agrément ACPR de bout en bout et c'est vraiment le point bloquant.

J'ai adoré notre call, et si on ouvre un poste plus junior sur la partie contrôle permanent je te fais signe direct.

Belle journée,
Camille
Co-fondatrice @ Kyclair

Envoyé de mon iPhone""",
    company="Kyclair", contact="camille@kyclair.example.fr", reply=True)

add("rejection", "de_ostbelgien_gemeinde", "de",
    "Personaldienst Gemeinde Raeren <personal@raeren.example.be>",
    "Ihre Bewerbung als Finanzdirektor/in",
    """Sehr geehrte Frau Vanderhaegen-Roth,

das Gemeindekollegium hat in seiner Sitzung vom 14. Juli 2026 über die Besetzung der Stelle des Finanzdirektors/der Finanzdirektorin befunden.

Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt wurde. Die Auswahlprüfung wurde von einer anderen Person mit einem besseren Ergebnis bestanden.

Wir danken Ihnen für Ihr Interesse am öffentlichen Dienst in der Deutschsprachigen Gemeinschaft.

Hochachtungsvoll

Für das Gemeindekollegium
Die Generaldirektorin, Der Bürgermeister""",
    company="Gemeinde Raeren", contact="personal@raeren.example.be", fmt="latin1")

add("rejection", "bigfour_fr_bruxelles", "fr",
    "Careers Belgium <belgium.careers@vanhove-audit.example.be>",
    "Votre candidature chez Van Hove & Associés",
    """Chère Élodie,

Nous tenons à vous remercier pour votre participation à l'assessment center du 12 septembre ainsi qu'à l'entretien avec le comité de direction.

Malgré vos nombreuses qualités, nous avons le regret de vous informer que nous ne pourrons pas vous proposer le poste de Manager Risk Advisory. Les autres profils présentaient une expérience plus approfondie en audit IT (ISAE 3402, SOC 2), ce qui est déterminant pour la clientèle de ce département.

Si vous le souhaitez, Mme De Backer se tient à votre disposition pour un feedback détaillé par téléphone.

Avec nos meilleures salutations,

Talent Acquisition Team
Van Hove & Associés — Audit · Tax · Advisory
Avenue Louise 250, 1050 Bruxelles

Van Hove & Associés SRL, réviseurs d'entreprises, membre de l'IRE. Ce message et ses annexes sont confidentiels.""",
    company="Van Hove & Associés", contact="belgium.careers@vanhove-audit.example.be", fmt="alt")

add("rejection", "es_agency_relay_mx_voice", "es",
    "Andrés Quiroga <aquiroga@talentoiberia.example.es>",
    "Novedades proceso Controller Financiero",
    """Buenas tardes Élodie,

Te comento que el cliente (Laboratorios Albéniz, planta de Sant Cugat) nos ha dado feedback esta mañana: han decidido no seguir adelante con tu candidatura. Valoran mucho tu perfil pero finalmente han priorizado a alguien con experiencia previa en el sector farmacéutico y en SAP S/4.

Cualquier cosa me dices, seguimos en contacto para otras posiciones.

Saludos cordiales,
Andrés Quiroga
Senior Consultant Finance
Talento Iberia · Passeig de Gràcia 55, Barcelona · +34 610 55 22 11""",
    company="Laboratorios Albéniz", contact="aquiroga@talentoiberia.example.es")

add("rejection", "fr_mairie_lille_cp1252", "fr",
    "Direction des Ressources Humaines <drh-recrutement@mairie-lille.example.fr>",
    "Votre candidature au poste de contrôleur(se) de gestion – Ville de Lille",
    """Madame,

Vous avez bien voulu faire acte de candidature au poste de contrôleur(se) de gestion au sein de la Direction des Finances, et je vous en remercie.

Après examen attentif de votre dossier par le jury, j’ai le regret de vous faire savoir que celui-ci n’a pas été retenu. Ce poste est en effet ouvert en priorité aux agents titulaires de la fonction publique territoriale.

Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice des Ressources Humaines
Ville de Lille""",
    company="Ville de Lille", contact="drh-recrutement@mairie-lille.example.fr", fmt="cp1252")

add("rejection", "en_canadian_after_references", "en",
    "Priya Raman <priya.raman@maplecrest-insurance.example.ca>",
    "Following up",
    """Hi Élodie,

Thanks so much for your patience while we completed reference checks, and please pass on my thanks to your references as well, they were very generous with their time.

I'm sorry to let you know that we've made the difficult decision to offer the Risk & Controls Analyst position to another candidate. It came down to very fine margins.

I'd be happy to stay in touch, and I'll flag you to my colleagues in our Montréal office, who are hiring in Q4.

Take care,
Priya

Priya Raman | Talent Acquisition Partner
Maplecrest Insurance | 416-555-0192""",
    company="Maplecrest Insurance", contact="priya.raman@maplecrest-insurance.example.ca")

# ---------------------------------------------------------------- interview invitations (25)

add("interview_invitation", "calendly_fintech_fr", "fr",
    "Baptiste Leroy <baptiste.leroy@payvalon.example.fr>",
    "Payvalon x Élodie – premier échange",
    """Bonjour Élodie,

Merci pour ta candidature au poste de Responsable Conformité LCB-FT. Ton parcours en audit interne nous a tapé dans l'œil !

Est-ce que tu serais dispo pour un premier échange de 30 minutes en visio, histoire de te présenter l'équipe et de mieux comprendre ce que tu recherches ? Tu peux réserver directement un créneau ici :
https://calendly.com/payvalon-baptiste/30min

À très vite,
Baptiste
Talent Acquisition @ Payvalon""",
    company="Payvalon", contact="baptiste.leroy@payvalon.example.fr")

add("interview_invitation", "workday_selfschedule_en", "en",
    "Sterling-Hart Bank <sterlinghart@myworkday.com>",
    "Action Required: Schedule your interview - AML Quality Assurance Analyst",
    """Dear Élodie,

Congratulations! You have been selected to proceed to the next stage of our recruitment process for the position of AML Quality Assurance Analyst (JR-118204), Luxembourg.

Please log in to your candidate home account and select a time slot for a 45-minute video interview with the hiring manager within the next 3 business days:

https://sterlinghart.wd3.myworkday.com/careers/candidate/interview

If none of the available slots suit you, please contact talent.lux@sterlinghart.example.com.

Kind regards,
Talent Acquisition | Sterling-Hart Bank

Please do not reply to this message. This mailbox is not monitored.""",
    company="Sterling-Hart Bank", contact="talent.lux@sterlinghart.example.com", fmt="html")

add("interview_invitation", "de_telefoninterview_stepstone", "de",
    "Julia Brandt <julia.brandt@kontorwerk.example.de>",
    "Ihre Bewerbung als Controllerin – Terminvorschlag Telefoninterview",
    """Sehr geehrte Frau Vanderhaegen-Roth,

vielen Dank für Ihre Bewerbung über StepStone. Ihr Profil hat uns angesprochen und wir würden Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Dienstag, der 10. März, um 14:00 Uhr oder Mittwoch, der 11. März, um 9:30 Uhr? Ich würde Sie dann unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Julia Brandt
Recruiting
Kontorwerk Logistik GmbH · Am Sandtorkai 12 · 20457 Hamburg · +49 40 555 3321""",
    company="Kontorwerk Logistik", contact="julia.brandt@kontorwerk.example.de")

add("interview_invitation", "hm_quick_chat_mobile", "en",
    "Arjun Mehta <arjun.mehta@finscope.example.com>",
    "Quick question",
    """Hi Elodie - saw your application for the KYC lead role come through. would you be free for a quick chat thursday or friday afternoon? 20 mins, no prep needed. send me a couple of times that work

Arjun
Head of Financial Crime, Finscope
Sent from Outlook for iOS""",
    company="Finscope", contact="arjun.mehta@finscope.example.com")

add("interview_invitation", "ics_outlook_panel_fr", "fr",
    "Isabelle Moreau <isabelle.moreau@assurances-meuse.example.be>",
    "Invitation : Entretien – Auditeur interne senior – Élodie Vanderhaegen-Roth",
    """Bonjour Madame Vanderhaegen-Roth,

Suite à notre entretien téléphonique, j'ai le plaisir de vous convier à un entretien avec le panel composé de M. Lambert (Chief Audit Executive), Mme Sagnier (Risk Management) et moi-même.

Date : mardi 14 avril 2026
Heure : 10h00 – 11h30
Lieu : Assurances de la Meuse, Place Saint-Lambert 18, 4000 Liège (accueil, 3e étage)

Une étude de cas vous sera remise sur place (30 minutes de préparation). Merci de vous munir d'une pièce d'identité.

Vous trouverez l'invitation ci-jointe. N'hésitez pas à me contacter en cas d'empêchement.

Cordialement,

Isabelle Moreau
Talent Acquisition Specialist
Assurances de la Meuse
+32 4 555 12 90""",
    company="Assurances de la Meuse", contact="isabelle.moreau@assurances-meuse.example.be", fmt="alt",
    ics=ics_event("AAMkAD-meuse-20260414-panel", "20260414T080000Z", 90, "Entretien Auditeur interne senior - E. Vanderhaegen-Roth",
                  "isabelle.moreau@assurances-meuse.example.be", location="Place Saint-Lambert 18, Liège"))

add("interview_invitation", "goodtime_en_next_round", "en",
    "Corvia Payments via GoodTime <scheduling@goodtime.io>",
    "Next steps with Corvia Payments",
    """Hi Élodie,

Great news: the team would love to move you to the next stage for Compliance Manager, EMEA!

The next round is a 60-minute virtual panel with Dana (VP Compliance) and Oskar (Head of Payments Ops). Please choose a time that works for you using the link below:

https://app.goodtime.io/s/corvia/7f3kq2

Questions? Just reply to this email and it will reach your recruiter, Nadia Osei.

Thanks,
Corvia Payments Recruiting""",
    company="Corvia Payments", reply_to="Nadia Osei <nadia.osei@corvia.example.com>",
    contact="nadia.osei@corvia.example.com", fmt="alt")

add("interview_invitation", "es_entrevista_presencial", "es",
    "Marta Solís <marta.solis@cajamediterranea.example.es>",
    "Entrevista - Auditor/a Interno/a Senior",
    """Buenos días Élodie:

Nos ponemos en contacto contigo en relación con tu candidatura para la posición de Auditor/a Interno/a Senior en nuestras oficinas centrales de Madrid.

Nos gustaría invitarte a una entrevista presencial con el Director de Auditoría Interna el próximo miércoles 6 de mayo a las 11:00 h en Paseo de la Castellana 120, planta 9. La entrevista durará aproximadamente una hora.

Por favor, confírmanos tu asistencia respondiendo a este correo. Si te resulta imposible desplazarte, podemos valorar hacerla por Teams.

Un saludo,

Marta Solís Pardo
Selección y Desarrollo
Caja Mediterránea de Ahorros
Tel. 91 555 20 44""",
    company="Caja Mediterránea de Ahorros", contact="marta.solis@cajamediterranea.example.es", fmt="qp")

add("interview_invitation", "video_differe_fr", "fr",
    "Assura Santé Recrutement <recrutement@assurasante.flatchr.io>",
    "Votre candidature – prochaine étape : entretien vidéo différé",
    """Bonjour Élodie,

Votre candidature pour le poste de Contrôleuse interne (H/F) – Strasbourg a retenu notre attention !

Prochaine étape : un entretien vidéo différé. Vous recevrez 4 questions et disposerez de 2 minutes pour répondre à chacune, depuis votre ordinateur ou votre smartphone, au moment qui vous convient d'ici le 20 mars.

Accéder à l'entretien : https://app.flatchr.io/video/ab93kd

Bonne chance !
L'équipe RH d'Assura Santé

Pour toute question : sophie.kieffer@assurasante.example.fr""",
    company="Assura Santé", contact="sophie.kieffer@assurasante.example.fr", fmt="html")

add("interview_invitation", "agency_en_exclaim", "en",
    "Chloe Barnes <chloe.barnes@sterlingfield-recruit.example.co.uk>",
    "Great news!!!",
    """Hi Elodie!!

Brilliant news - the client (Halcyon Asset Management) LOVED your CV and want to meet you!! First stage is a Teams call with the Head of Risk, Mark, either Monday 2pm or Tuesday 10am UK time. Can you let me know ASAP which works?? They're moving fast on this one!

I'll give you a ring beforehand to prep you, they like to go deep on SFDR and ESG data so worth brushing up.

Speak soon!!
Chloe

Chloe Barnes | Senior Consultant, Financial Services
Sterlingfield Recruitment | 07700 900 412""",
    company="Halcyon Asset Management", contact="chloe.barnes@sterlingfield-recruit.example.co.uk")

add("interview_invitation", "ch_entretien_vous_ge", "fr",
    "Anne-Laure Favre <al.favre@banque-leman.example.ch>",
    "Poste Compliance Officer – Genève",
    """Madame,

Nous avons bien reçu votre dossier de candidature pour le poste de Compliance Officer (80-100%) et vous en remercions.

Votre profil ayant retenu notre attention, nous avons le plaisir de vous inviter à un premier entretien dans nos locaux :

jeudi 16 avril 2026 à 14h30
Banque du Léman, Rue du Rhône 62, 1204 Genève
Vous serez reçue par M. Jean-Marc Dufour, Head of Compliance, et moi-même.

Merci de bien vouloir nous confirmer votre présence par retour de courriel.

Meilleures salutations,

Anne-Laure Favre
Ressources humaines
Banque du Léman SA
T +41 22 555 88 10""",
    company="Banque du Léman", contact="al.favre@banque-leman.example.ch")

add("interview_invitation", "de_ch_zweitgespraech", "de",
    "Fabienne Ammann <fabienne.ammann@basler-pharma.example.ch>",
    "Einladung zum Zweitgespräch und Fallstudie",
    """Liebe Frau Vanderhaegen-Roth

Herzlichen Dank für das spannende Erstgespräch. Wir freuen uns, Sie zur nächsten Runde einzuladen!

Das Zweitgespräch findet am Freitag, 8. Mai 2026, von 9.00 bis 12.00 Uhr bei uns in Basel statt (Gebäude 24, Empfang Süd) und besteht aus:
– einer Fallstudie zur Konzernkonsolidierung (60 Min. Vorbereitung, 20 Min. Präsentation)
– einem Gespräch mit Herrn Widmer (CFO) und Frau Sutter (Head Group Reporting)

Bitte bestätigen Sie uns den Termin kurz per Mail.

Freundliche Grüsse
Fabienne Ammann
Talent Acquisition
Basler Pharma Holding AG""",
    company="Basler Pharma Holding", contact="fabienne.ammann@basler-pharma.example.ch",
    ics=ics_event("basler-zweitgespraech-0508", "20260508T070000Z", 180, "Zweitgespräch E. Vanderhaegen-Roth", "fabienne.ammann@basler-pharma.example.ch", location="Basel, Gebäude 24"))

add("interview_invitation", "fr_be_tu_linkedin_reply", "fr",
    "Thomas Dupont <thomas.dupont@brusselspay.example.be>",
    "Re: Candidature spontanée",
    """Hello Élodie,

Merci pour ton message et ton CV. Ça tombe bien, on cherche justement quelqu'un pour renforcer l'équipe Risk & Compliance (on n'a pas encore publié l'annonce).

Ça te dirait de passer au bureau pour un café la semaine prochaine ? Je suis dispo mardi ou jeudi en fin de journée. Sinon on peut faire un Meet.

Thomas
Brusselspay – CFO""" + quote("Le ven. 6 févr. 2026 à 08:47, Élodie Vanderhaegen-Roth <elodie.vr@example.be> a écrit :",
    """Bonjour Thomas,
Je me permets de vous contacter suite à votre post LinkedIn sur la croissance de Brusselspay. Auditrice interne depuis 7 ans, je souhaite rejoindre une fintech...
Bien à vous,
Élodie"""),
    company="Brusselspay", contact="thomas.dupont@brusselspay.example.be", reply=True)

add("interview_invitation", "es_telefonica_rrhh_casual", "es",
    "Paula Ortega <paula.ortega@fintechnova.example.es>",
    "¿Hablamos?",
    """Hola Élodie!

Soy Paula, de RRHH de Fintech Nova. Hemos visto tu candidatura para Compliance Analyst (remoto) y nos encantaría tener una primera llamada contigo de unos 20-30 minutos.

¿Te va bien el jueves 23 a las 16h (hora de Madrid)? Si no, dime qué huecos tienes y lo cuadramos.

¡Gracias!
Paula
Fintech Nova""",
    company="Fintech Nova", contact="paula.ortega@fintechnova.example.es")

add("interview_invitation", "moroccan_en_employer", "en",
    "Yassine El Amrani <y.elamrani@atlaspay.example.ma>",
    "Interview invitation - Regulatory Reporting Manager",
    """Dear Élodie,

Thank you for your interest in AtlasPay. Following the review of your application, we are pleased to invite you to a video interview for the Regulatory Reporting Manager position (our new Brussels branch, serving EU passporting).

Proposed: Wednesday 3 June 2026, 11:00 CET (10:00 Casablanca time), via Microsoft Teams. The link will follow in a separate calendar invitation.

Interviewers: Mrs. Salma Bennani (Chief Compliance Officer) and myself.

Kindly confirm your availability at your earliest convenience.

Best regards,
Yassine El Amrani
Talent Acquisition Lead
AtlasPay | Casablanca Finance City | +212 522 55 01 90""",
    company="AtlasPay", contact="y.elamrani@atlaspay.example.ma")

add("interview_invitation", "softgarden_de_assessment", "de",
    "Kölner Versicherungsgruppe <no-reply@softgarden.io>",
    "Einladung zum Assessment Center am 19.06.2026",
    """Guten Tag Frau Vanderhaegen-Roth,

wir freuen uns, Sie zu unserem Assessment Center für die Position „Interne Revisorin (w/m/d)“ einladen zu dürfen.

Termin: Freitag, 19.06.2026, 08:30 – ca. 16:00 Uhr
Ort: Kölner Versicherungsgruppe, Konrad-Adenauer-Ufer 5, 50668 Köln

Bitte bestätigen Sie Ihre Teilnahme über den folgenden Link bis zum 12.06.2026:
https://koelner-versicherung.softgarden.io/de/assessment/confirm?id=88123

Bei Rückfragen erreichen Sie Frau Schulte unter recruiting@koelner-vg.example.de.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kölner Versicherungsgruppe""",
    company="Kölner Versicherungsgruppe", contact="recruiting@koelner-vg.example.de", fmt="html")

add("interview_invitation", "lux_fr_entretien_teams_ics", "fr",
    "Sophie Schmit <sophie.schmit@luxtrust-audit.example.lu>",
    "Entretien – Senior Auditor Financial Services",
    """Bonjour Madame Vanderhaegen-Roth,

Comme convenu par téléphone, je vous confirme notre entretien vidéo le lundi 27 avril à 15h00 (heure de Luxembourg), via Teams. Vous trouverez l'invitation en pièce jointe.

Vous échangerez avec Pierre Hoffmann, Partner, pendant environ 45 minutes.

Bien cordialement,
Sophie Schmit
HR Officer – Schmit Hoffmann Audit""",
    company="Schmit Hoffmann Audit", contact="sophie.schmit@luxtrust-audit.example.lu",
    ics=ics_event("040000008200E00074C5B7101A82E008-shaudit", "20260427T130000Z", 45, "Entretien Senior Auditor - Vanderhaegen-Roth", "sophie.schmit@luxtrust-audit.example.lu", location="Microsoft Teams"))

add("interview_invitation", "greenhouse_en_technical", "en",
    "Hollis & Quay Recruiting <no-reply@us.greenhouse-mail.io>",
    "Interview Confirmation: Hollis & Quay - Tax Technology Specialist",
    """Hi Élodie,

Your interview for Tax Technology Specialist is confirmed. Details below:

Monday, May 18, 2026
13:00 - 14:00 CEST  Technical interview (Alteryx / data) - Rahul Iyer
14:15 - 15:00 CEST  Culture & values - Megan O'Rourke

Video: https://hollisquay.zoom.us/j/8831120044

If you need to make any changes, please reply to this email so your coordinator, Ben Alvarez, can help.

Best,
Hollis & Quay""",
    company="Hollis & Quay", reply_to="Ben Alvarez <ben.alvarez@hollisquay.example.com>",
    contact="ben.alvarez@hollisquay.example.com", fmt="alt")

add("interview_invitation", "fr_paris_cabinet_entretien_client", "fr",
    "Hugo Marchand <hugo.marchand@arborescence-rh.example.fr>",
    "Entretien client confirmé ✔",
    """Bonjour Élodie,

Top, c'est calé ! Tu rencontres M. Perrot, Directeur Administratif et Financier de Maison Delorme (vins & spiritueux), le mardi 9 juin à 10h, au siège : 14 boulevard Haussmann, Paris 9e. Demande Mme Girard à l'accueil.

Prévois environ 1h, il va sûrement te parler de la migration vers l'ERP et du reporting ESG (CSRD).

Je t'appelle lundi pour qu'on prépare ça ensemble.

Hugo Marchand
Manager – Finance & Audit
Arborescence RH
+33 6 55 41 20 18""",
    company="Maison Delorme", contact="hugo.marchand@arborescence-rh.example.fr")

add("interview_invitation", "ch_federal_de_bern", "de",
    "Eidgenössische Finanzkontrolle <jobs@efk-demo.example.ch>",
    "Einladung zum Vorstellungsgespräch - Revisorin/Revisor Finanzaufsicht",
    """Sehr geehrte Frau Vanderhaegen-Roth

Wir freuen uns, Ihnen mitzuteilen, dass Sie für die Stelle «Revisorin/Revisor Finanzaufsicht 80-100 %» in die engere Auswahl gekommen sind.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:
Datum: Dienstag, 23. Juni 2026
Zeit: 13.30 - 15.00 Uhr
Ort: Monbijoustrasse 45, 3003 Bern, Sitzungszimmer 2.14

Im Anschluss an das Gespräch bitten wir Sie, einen kurzen Persönlichkeitstest online auszufüllen. Bitte bringen Sie einen aktuellen Strafregisterauszug mit.

Freundliche Grüsse
Patrick Zaugg
HR-Berater""",
    company="Eidgenössische Finanzkontrolle", contact="jobs@efk-demo.example.ch", fmt="latin1")

add("interview_invitation", "fr_lyon_outlook_chain", "fr",
    "Nathalie Rey <nathalie.rey@chimie-rhone.example.fr>",
    "RE: Candidature - Responsable Trésorerie Groupe",
    """Bonjour Madame,

Merci pour vos disponibilités. Je vous propose de retenir le jeudi 2 juillet à 9h30 pour l'entretien avec M. Gauthier, Trésorier Groupe, dans nos locaux de Lyon Gerland (accueil bâtiment A).

Pourriez-vous me confirmer que ce créneau vous convient ?

Cordialement,
Nathalie Rey
Chargée de recrutement
Chimie Rhône Industries""" + outlook("Élodie Vanderhaegen-Roth <elodie.vr@example.be>", "lundi 22 juin 2026 18:04", "RE: Candidature - Responsable Trésorerie Groupe",
    """Madame Rey,
Je suis disponible le 1er juillet toute la journée et le 2 juillet au matin.
Bien cordialement,
Élodie Vanderhaegen-Roth""", ("De", "Envoyé", "À", "Objet")),
    company="Chimie Rhône Industries", contact="nathalie.rey@chimie-rhone.example.fr", reply=True)

add("interview_invitation", "norwegian_en_teams", "en",
    "Kari Haugland <kari.haugland@fjordkapital.example.no>",
    "Your application - ESG Reporting Analyst",
    """Hello Élodie,

Thank you for applying to Fjordkapital. We enjoyed reading your application and would like to invite you to a first interview on Teams. It will be with me and Lars Eide from the sustainability team, around 45 minutes.

Could you do Tuesday 15 September between 09:00 and 12:00 CET? Let me know what suits.

Best regards
Kari Haugland
HR Advisor | Fjordkapital AS | +47 22 55 31 00""",
    company="Fjordkapital", contact="kari.haugland@fjordkapital.example.no")

add("interview_invitation", "fr_ue_institution_oral", "fr",
    "EPSO Recrutement <epso-noreply@epso.example.eu>",
    "Convocation – épreuve orale – concours EPSO/AD/412/26",
    """Madame,

Nous avons le plaisir de vous informer que vous avez été admise à la phase d'évaluation du concours EPSO/AD/412/26 – Administrateurs dans le domaine de l'audit.

Votre convocation détaillée (date, horaire et modalités de l'entretien structuré et de l'étude de cas) est disponible dans votre compte EPSO. Merci de la consulter et de confirmer votre participation au plus tard le 14 juillet 2026.

Pour toute question, veuillez utiliser le formulaire de contact de votre compte EPSO.

Office européen de sélection du personnel""",
    company="EPSO")

add("interview_invitation", "de_wien_video_personio", "de",
    "Stefan Wallner <stefan.wallner@alpine-treuhand.example.at>",
    "Ihr Interview bei Alpine Treuhand",
    """Liebe Frau Vanderhaegen-Roth,

danke für Ihre Bewerbung als Tax Technology Consultant. Gerne würden wir Sie in einem Video-Interview kennenlernen.

Unter folgendem Link können Sie sich direkt einen passenden Termin aussuchen:
https://alpine-treuhand.jobs.personio.de/interview-scheduling/7c1f

Das Gespräch führen Mag. Wallner (Partner Tax) und Frau Gruber (HR).

Beste Grüße aus Wien
Stefan Wallner""",
    company="Alpine Treuhand", contact="stefan.wallner@alpine-treuhand.example.at", fmt="qp")

add("interview_invitation", "qc_vous_entretien_tel", "fr",
    "Recrutement Desjardins-Lévesque <recrutement@levesque-assurances.example.ca>",
    "Entrevue téléphonique – Analyste, contrôles financiers",
    """Bonjour Madame Vanderhaegen-Roth,

Nous avons bien reçu votre candidature pour le poste d'Analyste, contrôles financiers (Québec) et aimerions planifier une entrevue téléphonique d'une vingtaine de minutes.

Pourriez-vous nous indiquer vos disponibilités la semaine du 17 août, en tenant compte du décalage horaire (nous sommes à l'heure de l'Est)?

Merci et au plaisir de vous parler,

Marie-Ève Gagnon
Conseillère en acquisition de talents
Lévesque Assurances""",
    company="Lévesque Assurances", contact="recrutement@levesque-assurances.example.ca")

add("interview_invitation", "cornerstone_en_ig_assessment", "en",
    "International Trade Finance Organization <careers-noreply@csod.com>",
    "ITFO - Invitation to written assessment and competency-based interview",
    """Dear Ms. Vanderhaegen-Roth,

Further to your application for the post of Finance Officer (P-3), Geneva, Vacancy 26-FIN-118, we are pleased to inform you that you have been shortlisted.

You are invited to:
1. a timed written assessment (online, 2 hours) on 7 October 2026, 14:00 CEST;
2. a competency-based interview, provisionally scheduled for the week of 19 October 2026.

Please confirm your participation by replying to recruitment.finance@itfo.example.org no later than 30 September.

Human Resources Management Division""",
    company="International Trade Finance Organization", contact="recruitment.finance@itfo.example.org", fmt="html")

# ---------------------------------------------------------------- reschedules and cancellations (15)

add("interview_reschedule_or_cancel", "fr_report_tu", "fr",
    "Baptiste Leroy <baptiste.leroy@payvalon.example.fr>",
    "Petit changement pour jeudi",
    """Hello Élodie,

Désolé pour le contretemps, notre CCO a un comité d'audit qui a été avancé jeudi après-midi. Est-ce qu'on pourrait décaler notre entretien à vendredi même heure (14h) ? Sinon lundi matin, comme tu préfères.

Encore désolé !
Baptiste""",
    company="Payvalon", contact="baptiste.leroy@payvalon.example.fr", reply=True)

add("interview_reschedule_or_cancel", "ics_cancel_en", "en",
    "Nadia Osei <nadia.osei@corvia.example.com>",
    "Canceled: Corvia Payments - Panel interview (Élodie Vanderhaegen-Roth)",
    """Hi Élodie,

Unfortunately Dana has had to travel to our Dublin office at short notice, so I've cancelled tomorrow's panel. I'm so sorry for the late change. I'll send new times first thing Monday.

Nadia""",
    company="Corvia Payments", contact="nadia.osei@corvia.example.com", fmt="alt",
    ics=ics_event("corvia-panel-evr-01", "20260521T130000Z", 60, "Corvia Payments - Panel interview", "nadia.osei@corvia.example.com", method="CANCEL", seq=1, status="CANCELLED"))

add("interview_reschedule_or_cancel", "de_verschiebung_formal", "de",
    "Julia Brandt <julia.brandt@kontorwerk.example.de>",
    "Terminverschiebung Ihres Vorstellungsgesprächs",
    """Sehr geehrte Frau Vanderhaegen-Roth,

leider müssen wir unser für Donnerstag, 19. März, 10:00 Uhr vereinbartes Gespräch krankheitsbedingt verschieben. Wir bitten dies zu entschuldigen.

Als Ersatztermin könnten wir Ihnen Dienstag, 24. März, 10:00 Uhr oder Mittwoch, 25. März, 15:00 Uhr anbieten. Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Viele Grüße
Julia Brandt
Kontorwerk Logistik GmbH""",
    company="Kontorwerk Logistik", contact="julia.brandt@kontorwerk.example.de")

add("interview_reschedule_or_cancel", "ch_fr_annulation_poste", "fr",
    "Anne-Laure Favre <al.favre@banque-leman.example.ch>",
    "Annulation de l'entretien du 16 avril",
    """Madame,

Je me vois contrainte d'annuler notre entretien prévu ce jeudi 16 avril à 14h30. Le Head of Compliance ayant dû s'absenter pour une durée indéterminée, nous ne sommes pas en mesure de maintenir ce rendez-vous.

Je reviendrai vers vous dès que possible avec une nouvelle date, le processus de recrutement restant ouvert.

Avec mes excuses pour ce désagrément,

Anne-Laure Favre
Ressources humaines
Banque du Léman SA""",
    company="Banque du Léman", contact="al.favre@banque-leman.example.ch", fmt="qp")

add("interview_reschedule_or_cancel", "es_cambio_hora", "es",
    "Marta Solís <marta.solis@cajamediterranea.example.es>",
    "RE: Entrevista - Auditor/a Interno/a Senior",
    """Hola Élodie,

Te escribo porque el Director de Auditoría tiene un imprevisto el miércoles por la mañana. ¿Podríamos mover la entrevista a las 16:30 del mismo día? Si no te viene bien, dime y buscamos otro día esta semana.

Disculpa las molestias.

Marta""" + quote("El jue, 30 abr 2026, 12:02, Élodie Vanderhaegen-Roth <elodie.vr@example.be> escribió:",
    """Buenos días Marta,
Confirmo mi asistencia el miércoles 6 de mayo a las 11:00.
Un saludo,
Élodie"""),
    company="Caja Mediterránea de Ahorros", contact="marta.solis@cajamediterranea.example.es", reply=True)

add("interview_reschedule_or_cancel", "workday_en_rescheduled", "en",
    "Sterling-Hart Bank <sterlinghart@myworkday.com>",
    "Your interview has been rescheduled",
    """Dear Élodie,

Please note that your interview for AML Quality Assurance Analyst (JR-118204) has been rescheduled by the hiring team.

New date and time: Thursday, 9 April 2026, 10:30 - 11:15 CEST
Format: Video (the link is available in your candidate home)

If the new time does not suit you, please contact talent.lux@sterlinghart.example.com.

Kind regards,
Talent Acquisition | Sterling-Hart Bank""",
    company="Sterling-Hart Bank", contact="talent.lux@sterlinghart.example.com", fmt="html")

add("interview_reschedule_or_cancel", "fr_agence_decale_client", "fr",
    "Margaux Thiry <m.thiry@talentis-conseil.example.fr>",
    "Changement d'horaire demain !!",
    """Élodie,

Petit message rapide : la DAF de Groupe Verhaeghe me demande si tu peux venir à 11h au lieu de 9h30 demain, elle a une réunion qui a sauté dans son agenda. Même adresse. Tu me confirmes par SMS ou ici ?

Merci !!
Margaux
06 71 22 48 90""",
    company="Groupe Verhaeghe Distribution", contact="m.thiry@talentis-conseil.example.fr")

add("interview_reschedule_or_cancel", "de_ch_abgesagt_stelle", "de",
    "Fabienne Ammann <fabienne.ammann@basler-pharma.example.ch>",
    "Absage Termin 8. Mai",
    """Liebe Frau Vanderhaegen-Roth

Leider muss ich Ihnen mitteilen, dass wir den Termin für das Zweitgespräch am 8. Mai absagen müssen. Herr Widmer ist an diesem Tag an einer ausserordentlichen Verwaltungsratssitzung.

Ich melde mich bis Ende Woche mit zwei neuen Terminvorschlägen. Die Fallstudie bleibt unverändert.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Fabienne Ammann""",
    company="Basler Pharma Holding", contact="fabienne.ammann@basler-pharma.example.ch",
    ics=ics_event("basler-zweitgespraech-0508", "20260508T070000Z", 180, "Zweitgespräch E. Vanderhaegen-Roth", "fabienne.ammann@basler-pharma.example.ch", method="CANCEL", seq=1, status="CANCELLED"))

add("interview_reschedule_or_cancel", "en_agency_moved_mobile", "en",
    "Chloe Barnes <chloe.barnes@sterlingfield-recruit.example.co.uk>",
    "Re: Halcyon",
    """Hi Elodie, Mark's diary has gone a bit mad - can we push your call to Wed 11am UK instead?? Same Teams link. Sorry!! x

Sent from my iPhone""",
    company="Halcyon Asset Management", contact="chloe.barnes@sterlingfield-recruit.example.co.uk", reply=True)

add("interview_reschedule_or_cancel", "fr_lux_nouvelle_date_latin1", "fr",
    "Sophie Schmit <sophie.schmit@luxtrust-audit.example.lu>",
    "Modification : Entretien Senior Auditor",
    """Bonjour Madame Vanderhaegen-Roth,

Monsieur Hoffmann étant retenu en clôture chez un client, je me permets de vous proposer de déplacer notre entretien du lundi 27 avril au mercredi 29 avril, à 15h00 également. La nouvelle invitation suit.

Merci de me dire si cela vous convient.

Bien cordialement,
Sophie Schmit
HR Officer""",
    company="Schmit Hoffmann Audit", contact="sophie.schmit@luxtrust-audit.example.lu", fmt="latin1")

add("interview_reschedule_or_cancel", "qc_report_entrevue", "fr",
    "Marie-Ève Gagnon <megagnon@levesque-assurances.example.ca>",
    "Report de l'entrevue de mardi",
    """Bonjour Élodie,

Je dois malheureusement reporter notre entrevue téléphonique de mardi, la gestionnaire est en congé maladie cette semaine. Est-ce que le jeudi 27 août à 9 h (heure de l'Est), donc 15 h chez vous, pourrait faire l'affaire?

Merci de ta compréhension (je me permets le tu, c'est plus simple!),

Marie-Ève""",
    company="Lévesque Assurances", contact="megagnon@levesque-assurances.example.ca")

add("interview_reschedule_or_cancel", "fr_be_annule_poste_gele", "fr",
    "Isabelle Moreau <isabelle.moreau@assurances-meuse.example.be>",
    "Entretien du 14 avril",
    """Madame Vanderhaegen-Roth,

Je reviens vers vous concernant l'entretien prévu ce mardi 14 avril. Le panel n'étant pas au complet (M. Lambert est en déplacement à Namur), nous devons malheureusement l'annuler. Je vous recontacterai dans les prochains jours pour fixer une nouvelle date.

Toutes mes excuses pour ce changement de dernière minute.

Cordialement,
Isabelle Moreau
Assurances de la Meuse""",
    company="Assurances de la Meuse", contact="isabelle.moreau@assurances-meuse.example.be",
    ics=ics_event("AAMkAD-meuse-20260414-panel", "20260414T080000Z", 90, "Entretien Auditeur interne senior - E. Vanderhaegen-Roth", "isabelle.moreau@assurances-meuse.example.be", method="CANCEL", seq=2, status="CANCELLED"))

add("interview_reschedule_or_cancel", "de_wien_neuer_termin", "de",
    "Stefan Wallner <stefan.wallner@alpine-treuhand.example.at>",
    "AW: Ihr Interview bei Alpine Treuhand",
    """Liebe Frau Vanderhaegen-Roth,

ich muss unser Video-Interview am Mittwoch leider kurzfristig verlegen – ein Mandantentermin ist dazwischengekommen. Wäre Freitag, 14 Uhr, für Sie möglich? Der Teams-Link bleibt gleich.

Sorry für die Umstände und beste Grüße
Stefan Wallner
Alpine Treuhand""" + quote("Am Mo., 8. Juni 2026 um 09:12 Uhr schrieb Élodie Vanderhaegen-Roth <elodie.vr@example.be>:",
    """Lieber Herr Wallner,
ich habe soeben Mittwoch, 10:00 Uhr gebucht. Ich freue mich auf das Gespräch.
Beste Grüße
Élodie Vanderhaegen-Roth"""),
    company="Alpine Treuhand", contact="stefan.wallner@alpine-treuhand.example.at", reply=True)

add("interview_reschedule_or_cancel", "es_cancelada_proceso", "es",
    "Paula Ortega <paula.ortega@fintechnova.example.es>",
    "Cancelación llamada jueves",
    """Hola Élodie,

Tengo que cancelar nuestra llamada del jueves, lo siento mucho. Se nos ha juntado todo con el cierre trimestral. Te propongo el lunes 27 a las 10h o el martes 28 a las 17h, ¿te encaja alguno?

Un saludo,
Paula""",
    company="Fintech Nova", contact="paula.ortega@fintechnova.example.es")

add("interview_reschedule_or_cancel", "fr_ville_jury_decale", "fr",
    "Direction des Ressources Humaines <drh-recrutement@ville-namur.example.be>",
    "Épreuve orale – modification de l'horaire",
    """Madame,

Pour des raisons d'organisation du jury, l'épreuve orale de recrutement du/de la Directeur·trice financier·ère adjoint·e, initialement prévue le 3 septembre à 9h00, est reportée au 3 septembre à 13h30, au même endroit (Hôtel de Ville, salle du Conseil).

Nous vous remercions de bien vouloir confirmer votre présence.

Veuillez agréer, Madame, nos salutations distinguées.

Service du Personnel
Ville de Namur""",
    company="Ville de Namur", contact="drh-recrutement@ville-namur.example.be")

# ---------------------------------------------------------------- missed interviews (10)

add("missed_interview_notice", "fr_appel_sans_reponse", "fr",
    "Margaux Thiry <m.thiry@talentis-conseil.example.fr>",
    "On s'est loupées ?",
    """Coucou Élodie,

La DAF de Groupe Verhaeghe m'appelle à l'instant : elle a essayé de te joindre deux fois à 14h comme prévu pour l'entretien téléphonique, mais elle est tombée sur ta messagerie. Tout va bien ?

Redis-moi vite, je peux essayer de lui demander un autre créneau en fin de semaine.

Margaux
06 71 22 48 90""",
    company="Groupe Verhaeghe Distribution", contact="m.thiry@talentis-conseil.example.fr")

add("missed_interview_notice", "en_teams_no_join", "en",
    "Kari Haugland <kari.haugland@fjordkapital.example.no>",
    "Today's interview",
    """Hi Élodie,

Lars and I were on the Teams call at 10:00 CET as planned but you did not join the meeting. We waited about 15 minutes. I hope everything is alright.

If something came up, let me know and we'll see whether we can find another slot.

Best regards
Kari Haugland
HR Advisor | Fjordkapital AS""",
    company="Fjordkapital", contact="kari.haugland@fjordkapital.example.no")

add("missed_interview_notice", "de_nicht_erschienen", "de",
    "Julia Brandt <julia.brandt@kontorwerk.example.de>",
    "Ihr Termin heute um 10 Uhr",
    """Sehr geehrte Frau Vanderhaegen-Roth,

wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch erwartet, leider sind Sie nicht erschienen und wir konnten Sie auch telefonisch nicht erreichen.

Falls etwas Unvorhergesehenes passiert ist, melden Sie sich bitte bis Freitag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Position haben.

Viele Grüße
Julia Brandt
Kontorwerk Logistik GmbH""",
    company="Kontorwerk Logistik", contact="julia.brandt@kontorwerk.example.de", fmt="qp")

add("missed_interview_notice", "fr_ch_absence_entretien", "fr",
    "Anne-Laure Favre <al.favre@banque-leman.example.ch>",
    "Entretien de ce jour",
    """Madame,

Nous vous attendions ce matin à 9h00 pour l'entretien reprogrammé avec M. Dufour. Sauf erreur de notre part, vous ne vous êtes pas présentée et nous n'avons pas reçu de message de votre part.

Nous vous serions reconnaissants de bien vouloir nous faire savoir si vous souhaitez maintenir votre candidature.

Meilleures salutations,
Anne-Laure Favre
Banque du Léman SA""",
    company="Banque du Léman", contact="al.favre@banque-leman.example.ch")

add("missed_interview_notice", "es_te_esperabamos", "es",
    "Paula Ortega <paula.ortega@fintechnova.example.es>",
    "Te hemos esperado en la llamada",
    """Hola Élodie,

Te hemos estado esperando en el Meet a las 10h pero no te has conectado. ¿Ha pasado algo? Si quieres, reprogramamos para otro día esta semana, dime.

Saludos,
Paula
Fintech Nova""",
    company="Fintech Nova", contact="paula.ortega@fintechnova.example.es")

add("missed_interview_notice", "hirevue_de_differe_verpasst", "de",
    "Donau Finanz Holding <no-reply@hirevue-mail.example.com>",
    "Erinnerung: Ihr Video-Interview ist abgelaufen",
    """Guten Tag Élodie Vanderhaegen-Roth,

die Frist für Ihr zeitversetztes Video-Interview für die Position „Group Risk Analyst“ bei Donau Finanz Holding ist am 14.07.2026 um 23:59 Uhr abgelaufen, ohne dass Sie das Interview abgeschlossen haben.

Wenn Sie weiterhin Interesse haben, wenden Sie sich bitte an Ihre Ansprechpartnerin Frau Leitner (talent@donaufinanz.example.at), um eine Verlängerung zu beantragen.

Ihr Donau Finanz Recruiting-Team""",
    company="Donau Finanz Holding", contact="talent@donaufinanz.example.at", fmt="html")

add("missed_interview_notice", "qc_tentative_appel", "fr",
    "Marie-Ève Gagnon <megagnon@levesque-assurances.example.ca>",
    "Appel manqué – entrevue",
    """Bonjour Élodie,

J'ai tenté de te joindre à 9 h (heure de l'Est) pour notre entrevue téléphonique, au numéro +32 inscrit dans ton CV, sans succès. Je t'ai laissé un message vocal.

Est-ce qu'il y a eu un malentendu avec le fuseau horaire? Écris-moi pour qu'on trouve un autre moment.

Marie-Ève Gagnon
Lévesque Assurances""",
    company="Lévesque Assurances", contact="megagnon@levesque-assurances.example.ca")

add("missed_interview_notice", "en_indian_didnt_attend", "en",
    "Rohit Sharma <rohit.sharma@vasantaglobal.example.in>",
    "Missed Interview - Process Lead F&A",
    """Dear Elodie,

Hope you are doing well.

As per the schedule shared, your virtual interview with our panel was at 11:30 AM CET today. However, you did not attend and we were unable to reach you on your mobile.

Kindly revert with your availability for the coming week so that we may reschedule, subject to panel availability.

Thanks & Regards,
Rohit Sharma
Talent Acquisition | Vasanta Global Services""",
    company="Vasanta Global Services", contact="rohit.sharma@vasantaglobal.example.in")

add("missed_interview_notice", "fr_be_visio_absente", "fr",
    "Jérôme Dewandre <jerome.dewandre@fintrix.example.be>",
    "tu es où ?",
    """Hello, on est dans la visio depuis 10 min, tu arrives ? Si souci de connexion appelle-moi au 0475 12 34 56

Jérôme

Envoyé de mon téléphone""",
    company="Fintrix", contact="jerome.dewandre@fintrix.example.be")

add("missed_interview_notice", "de_ch_assessment_absent", "de",
    "Fabienne Ammann <fabienne.ammann@basler-pharma.example.ch>",
    "Heutiger Termin",
    """Liebe Frau Vanderhaegen-Roth

Wir hatten Sie heute um 9.00 Uhr zum Zweitgespräch mit Fallstudie bei uns in Basel erwartet. Leider sind Sie nicht erschienen, und wir haben auch keine Nachricht erhalten.

Bitte melden Sie sich kurz bei mir, damit wir das weitere Vorgehen besprechen können.

Freundliche Grüsse
Fabienne Ammann
Basler Pharma Holding AG""",
    company="Basler Pharma Holding", contact="fabienne.ammann@basler-pharma.example.ch", fmt="b64")

# ---------------------------------------------------------------- application received (20)

add("application_received", "workday_ack_fr", "fr",
    "Groupe Solvenne <solvenne@myworkday.com>",
    "Nous avons bien reçu votre candidature",
    """Bonjour Élodie,

Merci d'avoir postulé au poste de Contrôleur·se de gestion Industriel (R-0042218) – Groupe Solvenne, Bruxelles.

Votre candidature a bien été transmise à notre équipe de recrutement. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat·e. Si votre profil correspond à nos besoins, nous vous contacterons dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat.

L'équipe Talent Acquisition
Groupe Solvenne""",
    company="Groupe Solvenne", fmt="html")

add("application_received", "greenhouse_en_thanks", "en",
    "Tallyrock <no-reply@us.greenhouse-mail.io>",
    "Thanks for applying to Tallyrock!",
    """Hi Élodie,

Thanks for applying for the Finance Operations Lead role! We've received your application and our team will review it shortly.

We read every application carefully. If your experience is a fit, someone from our People team will reach out about next steps.

Cheers,
Tallyrock Recruiting""",
    company="Tallyrock", fmt="alt")

add("application_received", "de_eingangsbestaetigung", "de",
    "Rhenania Chemie Karriere <noreply@successfactors.eu>",
    "Eingangsbestätigung Ihrer Bewerbung - Ref. 44817",
    """Sehr geehrte Frau Vanderhaegen-Roth,

vielen Dank für Ihre Bewerbung als Referentin Konzernrechnungswesen (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden. Bitte haben Sie Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rhenania Chemie AG""",
    company="Rhenania Chemie", fmt="latin1")

add("application_received", "fr_ch_accuse_pas_feedback", "fr",
    "Ressources Humaines HEL <rh@haute-ecole-lausanne.example.ch>",
    "Accusé de réception – Responsable financier·ère (60%)",
    """Madame,

Nous accusons bonne réception de votre dossier de candidature pour le poste de Responsable financier·ère (60%) et vous remercions de l'intérêt manifesté pour notre institution.

Le délai de postulation court jusqu'au 15 mai 2026. Les premiers entretiens auront lieu à la fin du mois de mai. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade de la procédure.

Avec nos meilleures salutations,

Service des ressources humaines
Haute École de gestion de Lausanne""",
    company="Haute École de gestion de Lausanne", contact="rh@haute-ecole-lausanne.example.ch")

add("application_received", "en_uk_volume_no_response", "en",
    "Ashworth Lyle Careers <careers-noreply@ashworth-lyle.example.co.uk>",
    "Application received - Treasury Analyst (Luxembourg)",
    """Dear Élodie,

Thank you for applying for the Treasury Analyst role at Ashworth Lyle. We confirm receipt of your application.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion.

Kind regards,
Ashworth Lyle Recruitment""",
    company="Ashworth Lyle Asset Management")

add("application_received", "teamtailor_fr_be", "fr",
    "Brusselspay <no-reply@teamtailor.com>",
    "Merci pour ta candidature chez Brusselspay 🙌",
    """Salut Élodie,

Merci d'avoir postulé pour le poste de Risk & Compliance Officer ! On a bien reçu ton CV et ta lettre.

On regarde chaque candidature avec attention et on revient vers toi d'ici deux semaines maximum, que la réponse soit positive ou non.

À bientôt,
La team Brusselspay""",
    company="Brusselspay", fmt="html")

add("application_received", "es_acuse_recibo", "es",
    "Empleo Banco Ravell <empleo@bancoravell.example.es>",
    "Hemos recibido tu candidatura",
    """Hola Élodie,

Gracias por tu interés en Banco Ravell. Te confirmamos que hemos recibido correctamente tu candidatura para la posición de Analista de Cumplimiento (Barcelona).

Nuestro equipo de Talent Acquisition revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al volumen de candidaturas, no siempre podemos responder de forma individual.

Un saludo,
Talent Acquisition · Banco Ravell""",
    company="Banco Ravell", contact="empleo@bancoravell.example.es")

add("application_received", "de_ch_jobs_ch_bestaetigung", "de",
    "Alpenhof Versicherungen <no-reply@teamtailor.com>",
    "Vielen Dank für deine Bewerbung",
    """Hallo Élodie

Vielen Dank für deine Bewerbung als «Spezialist:in Risk & Compliance 80–100%». Wir haben deine Unterlagen erhalten und melden uns so bald wie möglich bei dir.

Liebe Grüsse
Lara Imboden
Talent Acquisition, Alpenhof Versicherungen""",
    company="Alpenhof Versicherungen", reply_to="Lara Imboden <lara.imboden@alpenhof.example.ch>",
    contact="lara.imboden@alpenhof.example.ch", fmt="alt")

add("application_received", "fr_fr_taleo_latin1", "fr",
    "Assura Santé Recrutement <recrutement@assurasante.flatchr.io>",
    "Confirmation de votre candidature",
    """Madame,

Nous vous confirmons la bonne réception de votre candidature au poste de Contrôleuse interne (H/F) basé à Strasbourg.

Votre candidature va être étudiée avec attention. Nous reviendrons vers vous dans les meilleurs délais si votre profil correspond à nos attentes.

Cordialement,
Le service Recrutement
Assura Santé""",
    company="Assura Santé", fmt="latin1")

add("application_received", "bosa_inscription", "fr",
    "BOSA - Sélection <ne-pas-repondre@bosa.example.be>",
    "Confirmation d'inscription - AFG26117",
    """Madame,

Nous vous confirmons votre inscription à la sélection AFG26117 – Auditeur interne (m/f/x).

La date limite d'inscription est fixée au 31 janvier 2026. Vous serez informée par e-mail de l'organisation de l'épreuve de sélection informatisée.

Veuillez vérifier régulièrement votre compte sur www.travaillerpour.be.

Service Recrutement et Sélection
SPF Stratégie et Appui (BOSA)""",
    company="SPF Stratégie et Appui")

add("application_received", "en_lever_moroccan", "en",
    "AtlasPay Careers <no-reply@hire.lever.co>",
    "Thank you for your application to AtlasPay",
    """Hi Élodie,

Thank you for your interest in AtlasPay! We have received your application for Regulatory Reporting Manager – Brussels.

Our team is reviewing applications on a rolling basis. Unfortunately, we are unable to provide individual feedback at this stage, but we will be in touch if your profile matches our needs.

Best,
AtlasPay Talent Team""",
    company="AtlasPay", fmt="html")

add("application_received", "de_at_personio", "de",
    "Donauwerk Energie GmbH <jobs@donauwerk-energie.jobs.personio.de>",
    "Ihre Bewerbung ist bei uns eingegangen",
    """Sehr geehrte Frau Vanderhaegen-Roth,

vielen Dank für Ihr Interesse an der Position „ESG Reporting Specialist“. Ihre Bewerbung ist vollständig bei uns eingegangen.

Wir prüfen Ihre Unterlagen derzeit und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Freundliche Grüße
Human Resources
Donauwerk Energie GmbH""",
    company="Donauwerk Energie", reply_to="Katharina Hölzl <k.hoelzl@donauwerk-energie.example.at>",
    contact="k.hoelzl@donauwerk-energie.example.at")

add("application_received", "fr_qc_accuse", "fr",
    "Caisse Horizon <carrieres-noreply@caissehorizon.example.ca>",
    "Réception de votre candidature – Conseillère conformité LBC/FAT",
    """Bonjour Élodie,

Nous avons bien reçu ta candidature et te remercions de l'intérêt que tu portes à la Caisse Horizon.

Seules les personnes retenues pour la suite du processus seront contactées. Nous te remercions de ta compréhension.

L'équipe Acquisition de talents
Caisse Horizon""",
    company="Caisse Horizon", fmt="qp")

add("application_received", "fr_human_recu_merci", "fr",
    "Nicolas Berset <nicolas.berset@fiduciaire-sarine.example.ch>",
    "RE: Postulation comptable-réviseur·euse",
    """Bonjour Madame,

Bien reçu, merci. Je prends connaissance de votre dossier ces prochains jours et vous donne des nouvelles d'ici fin mars.

Meilleures salutations,
N. Berset
Fiduciaire de la Sarine SA""" + quote("Le 2 mars 2026 à 22:41, Élodie Vanderhaegen-Roth <elodie.vr@example.be> a écrit :",
    """Monsieur,
Veuillez trouver ci-joint mon dossier de candidature pour le poste de comptable-réviseur·euse à 80%.
Meilleures salutations,
Élodie Vanderhaegen-Roth"""),
    company="Fiduciaire de la Sarine", contact="nicolas.berset@fiduciaire-sarine.example.ch", reply=True)

add("application_received", "en_itfo_cornerstone", "en",
    "International Trade Finance Organization <careers-noreply@csod.com>",
    "Acknowledgement of application - Vacancy 26-FIN-118",
    """Dear Ms. Vanderhaegen-Roth,

This is to acknowledge receipt of your application for the post of Finance Officer (P-3), Geneva (Vacancy 26-FIN-118).

Please note that, owing to the large number of applications received, only candidates under serious consideration will be contacted. Applicants who are not contacted within three months of the closing date should consider their application unsuccessful.

Human Resources Management Division
International Trade Finance Organization""",
    company="International Trade Finance Organization", fmt="html")

add("application_received", "smartrecruiters_fr_be", "fr",
    "Van Hove & Associés <noreply@smartrecruiters.com>",
    "Van Hove & Associés – votre candidature",
    """Chère Élodie,

Merci pour votre candidature au poste de Manager Risk Advisory. Nous l'avons bien reçue !

Notre équipe Talent Acquisition l'analysera dans les meilleurs délais. Si votre profil est retenu, nous vous contacterons pour un premier entretien téléphonique.

À bientôt,
Talent Acquisition Team – Van Hove & Associés""",
    company="Van Hove & Associés", fmt="html")

add("application_received", "es_talentoiberia_recibido", "es",
    "Andrés Quiroga <aquiroga@talentoiberia.example.es>",
    "RE: CV Controller Financiero",
    """Hola Élodie,

Recibido tu CV, muchas gracias. Lo reviso con calma y esta semana lo presento al cliente. Te cuento en cuanto tenga respuesta.

Saludos,
Andrés""",
    company="Laboratorios Albéniz", contact="aquiroga@talentoiberia.example.es", reply=True)

add("application_received", "de_ch_kanton_bestaetigung", "de",
    "Personalamt Kanton Basel-Stadt <personal-noreply@bs-demo.example.ch>",
    "Bestätigung Ihrer Bewerbung – Revisorin/Revisor 80%",
    """Sehr geehrte Frau Vanderhaegen-Roth

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Revisorin/Revisor 80%» bei der Finanzkontrolle des Kantons Basel-Stadt.

Das Auswahlverfahren wird einige Zeit in Anspruch nehmen. Wir bitten Sie um etwas Geduld und informieren Sie, sobald wir Ihre Unterlagen geprüft haben.

Freundliche Grüsse
Personalamt Basel-Stadt""",
    company="Finanzkontrolle des Kantons Basel-Stadt")

add("application_received", "fr_paris_jobaffinity", "fr",
    "Maison Delorme <candidature-noreply@jobaffinity.example.fr>",
    "Votre candidature a bien été enregistrée",
    """Bonjour Élodie Vanderhaegen-Roth,

Nous vous remercions pour votre candidature au poste de Responsable Contrôle de Gestion & Reporting ESG (CDI – Paris 9e).

Elle a été transmise au service concerné. Nous nous engageons à vous apporter une réponse, positive ou négative, sous 30 jours.

Cordialement,
Direction des Ressources Humaines
Maison Delorme""",
    company="Maison Delorme", fmt="cp1252")

add("application_received", "en_canada_workday_ack", "en",
    "Maplecrest Insurance <maplecrest@myworkday.com>",
    "Maplecrest Insurance - Application Received",
    """Hello Élodie,

Thank you for applying to the Risk & Controls Analyst position (REQ-55120) at Maplecrest Insurance.

We have received your application and it is currently under review. You can check the status of your application at any time by signing in to your candidate account.

Please note this is an automated message; replies are not monitored.

Maplecrest Insurance Talent Acquisition""",
    company="Maplecrest Insurance", fmt="html")

# ---------------------------------------------------------------- offers (10)

add("offer", "fr_be_offre_pdf", "fr",
    "Jérôme Dewandre <jerome.dewandre@fintrix.example.be>",
    "Proposition de contrat – Fintrix",
    """Hello Élodie,

Comme promis au téléphone tout à l'heure, je te confirme par écrit : on est ravis de te proposer le poste de Senior Finance & Compliance Manager chez Fintrix !

Tu trouveras en pièce jointe notre proposition (salaire, voiture de société, chèques-repas, assurance groupe, 32 jours de congé). Démarrage idéal le 1er septembre, mais on est flexibles vu ton préavis.

Prends le temps de la lire et dis-moi si tu as des questions. On aimerait un retour d'ici vendredi si possible.

Vraiment contents,
Jérôme""",
    company="Fintrix", contact="jerome.dewandre@fintrix.example.be", attach=("Fintrix_Offre_EVanderhaegenRoth.pdf", "offer letter"))

add("offer", "en_pleased_to_offer_uk", "en",
    "Harriet Pemberton <h.pemberton@ashworth-lyle.example.co.uk>",
    "Offer of employment",
    """Dear Élodie,

Further to your conversations with Richard and the team, I am delighted to confirm that we are pleased to offer you the position of Senior Treasury Analyst in our Luxembourg office, subject to satisfactory references and a background check.

Please find attached your formal offer letter and contract of employment. Do sign and return them via DocuSign by 24 July, and do revert should you have any queries.

We very much look forward to welcoming you.

Kind regards,
Harriet Pemberton
Ashworth Lyle Asset Management""",
    company="Ashworth Lyle Asset Management", contact="h.pemberton@ashworth-lyle.example.co.uk",
    attach=("Offer_Letter_Vanderhaegen-Roth.pdf", "offer"), fmt="qp")

add("offer", "de_ch_zusage_vertrag", "de",
    "Reto Gasser <reto.gasser@zuercher-privatbank.example.ch>",
    "Vertragsunterlagen",
    """Sehr geehrte Frau Vanderhaegen-Roth

Wie Herr Dr. Keller Ihnen heute telefonisch mitgeteilt hat, freuen wir uns sehr, Ihnen die Stelle als Compliance Officer KYC anbieten zu können.

In der Beilage erhalten Sie den Arbeitsvertrag in zweifacher Ausführung. Wir bitten Sie, ein unterzeichnetes Exemplar bis zum 15. Oktober an uns zurückzusenden. Für die Arbeitsbewilligung benötigen wir zudem einen aktuellen Strafregisterauszug.

Freundliche Grüsse
Reto Gasser
Zürcher Privatbank Haldimann AG""",
    company="Zürcher Privatbank Haldimann", contact="reto.gasser@zuercher-privatbank.example.ch",
    attach=("Arbeitsvertrag_Vanderhaegen-Roth.pdf", "contract"))

add("offer", "qc_offre_conditionnelle", "fr",
    "Marie-Ève Gagnon <megagnon@levesque-assurances.example.ca>",
    "Offre d'emploi conditionnelle",
    """Bonjour Élodie,

Bonne nouvelle : l'équipe a adoré ta candidature et nous sommes heureux de t'offrir le poste d'Analyste, contrôles financiers à Québec!

Cette offre est conditionnelle à la vérification de tes antécédents judiciaires et à l'obtention de ton permis de travail (on t'accompagne pour les démarches EIMT). Le détail (salaire, REER collectif, assurances) se trouve dans la lettre jointe.

Tu peux me répondre directement ou m'appeler au 418 555-0133.

Félicitations!
Marie-Ève""",
    company="Lévesque Assurances", contact="megagnon@levesque-assurances.example.ca",
    attach=("Offre_conditionnelle.pdf", "offre"))

add("offer", "es_oferta_verbal_followup", "es",
    "Marta Solís <marta.solis@cajamediterranea.example.es>",
    "Propuesta económica",
    """Hola Élodie,

Tal y como te ha adelantado esta mañana Ignacio por teléfono, nos encantaría que te incorporaras al equipo de Auditoría Interna. Te adjunto la carta oferta con las condiciones: salario fijo, variable del 10 %, seguro médico y teletrabajo dos días por semana.

Quedo a tu disposición para cualquier duda. ¡Enhorabuena!

Marta Solís Pardo
Caja Mediterránea de Ahorros""",
    company="Caja Mediterránea de Ahorros", contact="marta.solis@cajamediterranea.example.es",
    attach=("Carta_oferta.pdf", "oferta"))

add("offer", "fr_lux_promesse_embauche", "fr",
    "Sophie Schmit <sophie.schmit@luxtrust-audit.example.lu>",
    "Votre contrat – Schmit Hoffmann Audit",
    """Bonjour Madame Vanderhaegen-Roth,

Suite à votre entretien avec M. Hoffmann, nous avons le plaisir de vous proposer le poste de Senior Auditor Financial Services, en CDI, à compter du 1er novembre 2026.

Vous trouverez ci-joint le contrat de travail ainsi que la fiche de renseignements à nous retourner, accompagnée d'un extrait de casier judiciaire (bulletin n°3).

Nous restons à votre disposition et nous réjouissons de vous accueillir.

Bien cordialement,
Sophie Schmit
HR Officer""",
    company="Schmit Hoffmann Audit", contact="sophie.schmit@luxtrust-audit.example.lu",
    attach=("Contrat_CDI_EVR.pdf", "contrat"), fmt="b64")

add("offer", "en_norway_verbal_confirm", "en",
    "Kari Haugland <kari.haugland@fjordkapital.example.no>",
    "Re: Today's interview",
    """Hi Élodie,

Great talking to you again this afternoon, and thanks for the quick message after the missed call last week, no harm done at all.

As Lars said on the call, we'd like to offer you the ESG Reporting Analyst position. I'll send the written offer with the salary figure we discussed and the relocation package tomorrow, once it is signed off by our CFO. Fully remote from Brussels with one week per quarter in Oslo is fine.

Congratulations!
Kari""",
    company="Fjordkapital", contact="kari.haugland@fjordkapital.example.no", reply=True)

add("offer", "fr_fr_offre_cabinet", "fr",
    "Hugo Marchand <hugo.marchand@arborescence-rh.example.fr>",
    "🎉 Bonne nouvelle !!",
    """Élodie !!

Je sors du téléphone avec M. Perrot : Maison Delorme te fait une offre pour le poste de Responsable Contrôle de Gestion & Reporting ESG !! 68k fixe + 10% variable, télétravail 2j/semaine, démarrage au 1er octobre.

La promesse d'embauche arrive de leur côté demain. Appelle-moi dès que tu peux qu'on en parle !

Hugo
+33 6 55 41 20 18""",
    company="Maison Delorme", contact="hugo.marchand@arborescence-rh.example.fr")

add("offer", "de_vertragsangebot_koeln", "de",
    "Julia Brandt <julia.brandt@kontorwerk.example.de>",
    "Ihr Vertragsangebot",
    """Sehr geehrte Frau Vanderhaegen-Roth,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position als Controllerin (w/m/d) in unserem Hamburger Team anbieten zu können.

Anbei finden Sie unser Vertragsangebot. Bitte senden Sie uns den unterschriebenen Vertrag bis zum 30. April zurück oder melden Sie sich bei Fragen gern telefonisch.

Herzliche Grüße
Julia Brandt
Kontorwerk Logistik GmbH""",
    company="Kontorwerk Logistik", contact="julia.brandt@kontorwerk.example.de",
    attach=("Vertragsangebot.pdf", "Vertrag"), fmt="latin1")

add("offer", "fr_be_commune_designation", "fr",
    "Service du Personnel <personnel@ville-namur.example.be>",
    "Désignation – Directeur·trice financier·ère adjoint·e",
    """Madame,

J'ai le plaisir de vous informer que le Collège communal, en séance du 22 septembre 2026, a décidé de vous désigner au poste de Directrice financière adjointe, sous contrat à durée indéterminée, après une période d'essai de six mois.

Vous trouverez en annexe votre contrat de travail à signer, ainsi que la liste des documents à fournir (extrait de casier judiciaire modèle 1, diplômes, attestation d'affiliation à la mutualité).

Veuillez prendre contact avec le Service du Personnel pour fixer votre date d'entrée en fonction.

Veuillez agréer, Madame, nos salutations distinguées.

Le Directeur général, Le Bourgmestre
Ville de Namur""",
    company="Ville de Namur", contact="personnel@ville-namur.example.be",
    attach=("Contrat_designation.pdf", "contrat"))

# ---------------------------------------------------------------- other (52)

LIST = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=e1f9>, <mailto:unsubscribe@mail.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

add("other", "linkedin_alert_fr", "fr",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "« analyste kyc » : 12 nouvelles offres à Bruxelles",
    """Vos alertes emploi

Analyste KYC/AML – Banque Lemaire-Dufays – Bruxelles (hybride)
Postulez facilement · il y a 2 jours
https://www.linkedin.com/comm/jobs/view/40011

KYC Analyst (FR/NL) – Orbis Clearing – Zaventem
12 anciens de votre école travaillent ici
https://www.linkedin.com/comm/jobs/view/40012

Financial Crime Specialist – Ghentpay – Gand
Recrutement actif
https://www.linkedin.com/comm/jobs/view/40013

Voir toutes les offres : https://www.linkedin.com/comm/jobs/search?alert=881

Vous recevez des e-mails d'alertes emploi. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    fmt="html", headers={**LIST, "List-Id": "<jobalerts.linkedin.com>"})

add("other", "forem_atelier_entretien", "fr",
    "Le Forem <info-noreply@forem.example.be>",
    "Atelier gratuit : réussir son entretien d'embauche (Namur, 12 mars)",
    """Bonjour Élodie,

Vous êtes inscrite comme demandeuse d'emploi. Le Forem vous invite à l'atelier « Réussir son entretien d'embauche » le jeudi 12 mars de 9h à 12h, au Carrefour Emploi Formation Orientation de Namur.

Au programme : se présenter en 2 minutes, répondre aux questions difficiles, rebondir après un refus. Places limitées, inscription obligatoire via Mon Espace.

Le Forem – Service public wallon de l'emploi et de la formation""",
    fmt="html", headers=LIST)

add("other", "wttj_newsletter_refus", "fr",
    "Welcome to the Jungle <hello@news.welcometothejungle.example.com>",
    "Refus après un entretien : comment rebondir (et demander un feedback)",
    """Le Mag · Édition du mardi

« Nous ne donnerons pas suite à votre candidature » : la phrase que personne n'aime lire. Pourtant, un refus après un entretien est souvent l'occasion de demander un retour concret. Nos conseils pour écrire un mail de feedback qui obtient une réponse.

Aussi dans cette édition :
– Entretien vidéo différé : 7 erreurs à éviter
– Ces entreprises qui recrutent en compliance à Paris et Lyon
– Témoignage : « J'ai raté mon entretien, puis j'ai été rappelée »

Lire l'article : https://www.welcometothejungle.example.com/fr/articles/refus-entretien

Se désinscrire · Gérer mes préférences""",
    fmt="html", headers={**LIST, "List-Id": "Le Mag WTTJ <mag.welcometothejungle.example.com>"})

add("other", "apec_newsletter", "fr",
    "Apec <newsletter@apec.example.fr>",
    "Votre lettre Apec – Cadres en transition",
    """Élodie, voici votre sélection du mois

Reconversion : devenir compliance officer après l'audit
Le marché de la conformité continue de recruter. Témoignages et fourchettes de salaires.

Webinar – Négocier son offre d'embauche (jeudi 18h)
Que faire quand on reçoit une promesse d'embauche ? Délais, contre-proposition, période d'essai.

Offres pour vous : 27 nouvelles offres « contrôle interne » en Hauts-de-France.

Pour ne plus recevoir cette lettre, cliquez ici.""",
    fmt="alt", headers={**LIST, "List-Id": "<lettre-cadres.apec.example.fr>"})

add("other", "chasseur_vivier_tu", "fr",
    "Inès Bouchard <ines.bouchard@clairval-search.example.fr>",
    "Ton profil",
    """Hello Élodie,

Je me permets de te contacter, je suis Inès, je recrute sur les métiers finance/conformité pour des fintechs et des banques privées entre Paris et Luxembourg.

Ton parcours audit interne → conformité m'intéresse beaucoup. Je n'ai pas de poste ouvert qui colle pile en ce moment, mais je t'ajoute à mon vivier et je reviendrai vers toi dès qu'une mission s'y prête.

Belle journée !
Inès Bouchard
Clairval Search""",
    contact="ines.bouchard@clairval-search.example.fr")

add("other", "podcast_interview_fr", "fr",
    "Lucas Henrard <lucas@podcast-financesdurables.example.be>",
    "Demande d'interview – podcast « Chiffres & Conscience »",
    """Bonjour Élodie,

J'anime le podcast « Chiffres & Conscience » sur la finance durable. J'ai lu ton article sur LinkedIn à propos de l'audit des données ESG et j'aimerais beaucoup t'interviewer pour un épisode de 40 minutes.

L'enregistrement peut se faire à distance, idéalement fin avril. Ça te tenterait ?

Merci et à bientôt,
Lucas Henrard
0486 55 21 09""")

add("other", "user_research_banque", "fr",
    "Équipe Recherche Utilisateur – Banque Lemaire-Dufays <ux-research@lemaire-dufays.example.be>",
    "Donnez votre avis : entretien de 45 min (bon de 40 €)",
    """Bonjour,

En tant que cliente de Banque Lemaire-Dufays, votre avis compte ! Nous recherchons des participant·e·s pour des entretiens utilisateurs de 45 minutes sur notre future application mobile.

En remerciement, vous recevrez un bon d'achat de 40 €. Choisissez un créneau ici : https://research.lemaire-dufays.example.be/session

Merci,
L'équipe Recherche Utilisateur""",
    fmt="html", headers=LIST)

add("other", "amie_refus_perso", "fr",
    "Aurélie Lambotte <aurelie.lambotte@example.be>",
    "pff",
    """Coucou ma belle,

Bon, j'ai eu la réponse de la banque à Luxembourg... refus. Ils ont « décidé de poursuivre avec d'autres candidats ». Après trois entretiens, franchement j'ai les boules.

On se fait un verre vendredi pour que je me plaigne un bon coup ? Et toi, des nouvelles de Fintrix ?

Bisous
Aurélie

Envoyé de mon iPhone""")

add("other", "bpost_colis_retard", "fr",
    "bpost <noreply@bpost.example.be>",
    "Votre colis est retardé",
    """Bonjour,

Malheureusement, votre colis 3232 4410 0091 2207 n'a pas pu être livré aujourd'hui en raison d'un volume exceptionnel. Il vous sera livré le jour ouvrable suivant.

Suivez votre colis : https://track.bpost.example.be/3232441000912207

Merci de votre compréhension,
bpost""",
    fmt="html")

add("other", "banque_carte_credit_recue", "fr",
    "Banque Lemaire-Dufays <service-client@lemaire-dufays.example.be>",
    "Votre demande de carte de crédit a bien été reçue",
    """Madame Vanderhaegen-Roth,

Nous avons bien reçu votre demande de carte de crédit Visa Gold. Elle est en cours d'analyse par nos services.

Vous recevrez une réponse dans un délai de 5 jours ouvrables. Si votre demande est acceptée, votre carte vous sera envoyée par la poste et le code PIN séparément.

Cordialement,
Votre service clientèle""",
    fmt="html")

add("other", "appart_liege_refus", "fr",
    "Immo Meuse & Ourthe <location@immo-meuse-ourthe.example.be>",
    "Votre candidature pour l'appartement rue Saint-Gilles",
    """Madame,

Nous vous remercions pour votre visite et votre dossier de candidature pour l'appartement 2 chambres situé rue Saint-Gilles 112 à Liège.

Malheureusement, le propriétaire a retenu un autre candidat locataire. Nous conservons votre dossier et ne manquerons pas de vous contacter si un bien similaire se libère.

Bien à vous,
Sandrine Paquay
Immo Meuse & Ourthe – agent immobilier agréé IPI""")

add("other", "universite_admission", "fr",
    "Service des admissions <admissions@unilouvain.example.be>",
    "Décision d'admission – Certificat universitaire en Gestion des risques et conformité",
    """Madame,

Nous avons le plaisir de vous informer que votre demande d'admission au Certificat d'université en Gestion des risques et conformité (année académique 2026-2027) a été acceptée.

Votre inscription sera définitive après paiement du minerval avant le 15 septembre. Les cours débutent le 2 octobre, en horaire décalé.

Service des admissions""",
    fmt="qp")

add("other", "taxonweb_avertissement", "fr",
    "SPF Finances <noreply@minfin.example.be>",
    "MyMinfin : un nouveau document est disponible",
    """Bonjour,

Un nouveau document est disponible dans votre dossier MyMinfin : Avertissement-extrait de rôle – Exercice d'imposition 2026.

Connectez-vous sur MyMinfin pour le consulter. Ce message est envoyé automatiquement, merci de ne pas y répondre.

SPF Finances""",
    fmt="html")

add("other", "mutualite_remboursement", "fr",
    "Ma Mutualité <info@mutualite-solidaris.example.be>",
    "Votre remboursement a été effectué",
    """Bonjour Élodie,

Nous avons effectué un remboursement de 36,75 € sur votre compte BE68 5390 0754 7034 pour vos soins de kinésithérapie du 3 mars.

Retrouvez le détail dans votre espace en ligne.

Votre mutualité""")

add("other", "propre_mail_remerciement", "fr",
    CAND,
    "Merci pour notre échange",
    """Bonjour Madame Moreau,

Je tenais à vous remercier pour l'entretien de ce matin et pour votre accueil. L'échange avec M. Lambert et Mme Sagnier a renforcé mon intérêt pour le poste d'auditeur interne senior, en particulier le projet de revue des contrôles IT.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Élodie Vanderhaegen-Roth
+32 478 55 90 12""",
    to="Isabelle Moreau <isabelle.moreau@assurances-meuse.example.be>")

add("other", "ooo_recruteuse_fr", "fr",
    "Isabelle Moreau <isabelle.moreau@assurances-meuse.example.be>",
    "Réponse automatique : Merci pour notre échange",
    """Bonjour,

Je suis absente du bureau jusqu'au lundi 27 avril inclus, sans accès à mes e-mails. Pour toute question urgente concernant un recrutement, vous pouvez contacter recrutement@assurances-meuse.example.be.

Cordialement,
Isabelle Moreau""",
    company="Assurances de la Meuse", contact="isabelle.moreau@assurances-meuse.example.be",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True)

add("other", "standup_asbl_fr", "fr",
    "Google Agenda <calendar-notification@google.com>",
    "Notification : Point hebdo trésorerie ASBL @ mer. 15 avr. 2026 18:00 - 18:30 (CET)",
    """Point hebdo trésorerie ASBL
mercredi 15 avr. 2026 18:00 – 18:30 (heure : Bruxelles)
Participer avec Google Meet : https://meet.google.com/abc-defg-hij

Organisateur : benoit.collard@example.be
Invités : elodie.vr@example.be, benoit.collard@example.be, sarah.n@example.be

Invitation provenant de Google Agenda""",
    fmt="alt", ics=ics_event("recur-asbl-treso-0415@google.com", "20260415T160000Z", 30, "Point hebdo trésorerie ASBL", "benoit.collard@example.be"))

add("other", "ire_formation_continue", "fr",
    "IRE – Institut des Réviseurs d'Entreprises <formation@ire.example.be>",
    "Formation permanente : nouveaux séminaires ISA et ESG",
    """Chère Consœur, Cher Confrère,

Les inscriptions sont ouvertes pour les séminaires de formation permanente du second semestre :

– Audit de l'information de durabilité (CSRD/ESRS) – 3 h, Bruxelles
– Lutte contre le blanchiment : obligations du réviseur – 2 h, webinaire
– Entretiens d'évaluation et leadership pour managers d'audit – 3 h, Liège

Inscription via l'espace membre. Ces séminaires comptent pour vos heures de formation permanente.

Le service Formation""",
    fmt="html", headers={**LIST, "List-Id": "IRE Formation <formation.ire.example.be>"})

add("other", "sncb_retard", "fr",
    "SNCB <noreply@sncb.example.be>",
    "Retard sur votre trajet Liège-Guillemins – Bruxelles-Midi",
    """Bonjour,

Votre train IC 3514 de 07:48 (Liège-Guillemins → Bruxelles-Midi) circule avec un retard estimé de 25 minutes en raison d'un dérangement à la signalisation.

Vous pouvez introduire une demande d'indemnisation pour retard via notre site.

SNCB""",
    fmt="html")

add("other", "proximus_facture", "fr",
    "Proximus <facture@proximus.example.be>",
    "Votre facture Proximus de mars est disponible",
    """Bonjour Élodie,

Votre facture de mars (63,40 €) est disponible dans MyProximus. Elle sera domiciliée le 20 mars.

Merci pour votre confiance,
Proximus""",
    fmt="html")

add("other", "salle_sport", "fr",
    "Basic-Fit <noreply@basicfit.example.com>",
    "Ton abonnement est renouvelé 💪",
    """Hey Élodie,

Ton abonnement Premium a été renouvelé pour 4 semaines. Prochain prélèvement : 29,99 € le 14 mai.

Ne lâche rien !
L'équipe""",
    fmt="html")

add("other", "jobup_alerte_ch", "fr",
    "jobup.ch <alert@jobup.example.ch>",
    "8 nouvelles offres pour « réviseur » à Lausanne, Fribourg",
    """Vos nouvelles offres d'emploi

Réviseur·euse senior 80-100% · Fiduciaire du Lac SA · Lausanne
Spécialiste Contrôle interne · Groupe Mutuel-like · Martigny
Auditeur·trice interne · Ville de Fribourg · Fribourg
Responsable comptable 60% · Fondation Les Oliviers · Lausanne

Voir toutes les offres → https://www.jobup.example.ch/fr/emplois/?term=reviseur

Modifier ou supprimer cette alerte""",
    fmt="html", headers={**LIST, "List-Id": "<alerts.jobup.example.ch>"})

add("other", "fwd_offre_ami", "fr",
    "Pierre-Yves Renard <py.renard@example.fr>",
    "Fwd: Poste Responsable Contrôle Interne – Groupe Artois Retail",
    """Salut Élodie, je suis tombé là-dessus, ça pourrait t'intéresser ? C'est à Lille, je connais un peu le DAF si tu veux que je te mette en contact.

PY

---------- Forwarded message ---------
De : Groupe Artois Retail <jobs@artois-retail.example.fr>
Date: jeu. 11 juin 2026 à 09:02
Subject: Poste Responsable Contrôle Interne – Groupe Artois Retail
To: <py.renard@example.fr>

Nous recrutons un(e) Responsable Contrôle Interne (CDI, Lille). Missions : cartographie des risques, tests des contrôles clés, reporting au comité d'audit...
Postulez : https://artois-retail.example.fr/carrieres/rci""")

add("other", "ire_registre_demande", "fr",
    "IRE – Registre public <registre@ire.example.be>",
    "Accusé de réception de votre demande d'inscription",
    """Madame,

Nous accusons réception de votre demande d'inscription au registre public des réviseurs d'entreprises, ainsi que des pièces justificatives.

Votre dossier sera soumis au Conseil lors de sa prochaine séance. Vous serez informée de la décision par courrier.

Le Secrétariat""")

add("other", "netflix_fr", "fr",
    "Netflix <info@mailer.netflix.example.com>",
    "Nouvelle connexion à votre compte",
    """Bonjour Élodie,

Une nouvelle connexion à votre compte a été détectée depuis un appareil Android TV à Namur, Belgique.

Si c'était vous, vous n'avez rien à faire. Sinon, nous vous recommandons de modifier votre mot de passe.

L'équipe Netflix""",
    fmt="html")

add("other", "engie_relevé", "fr",
    "ENGIE <noreply@engie.example.be>",
    "Encodez votre relevé de compteur",
    """Chère cliente,

C'est le moment d'encoder votre relevé de compteur annuel. Cela ne prend que 2 minutes et nous permet d'établir une facture de régularisation correcte.

Encoder mon relevé : https://www.engie.example.be/releve

ENGIE""",
    fmt="html", headers=LIST)

# German (17)
add("other", "stepstone_jobagent", "de",
    "StepStone Jobagent <jobagent@stepstone.example.de>",
    "Ihr Jobagent: 14 neue Jobs als Controllerin in Köln",
    """Neue Jobs für Sie

Controller (m/w/d) Konzernreporting – Rheinwerk Chemie – Köln
Referent Interne Revision (m/w/d) – Kölner Sparbank – Köln
Senior Tax Technology Consultant (m/w/d) – Kanzlei Dom & Partner – Köln

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/8812

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden""",
    fmt="html", headers={**LIST, "List-Id": "<jobagent.stepstone.example.de>"})

add("other", "karriere_newsletter_absage", "de",
    "Karrierebibel Newsletter <newsletter@karriere-magazin.example.de>",
    "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    """Hallo Élodie,

eine Absage nach dem Vorstellungsgespräch tut weh. Doch wer richtig reagiert, bleibt im Gedächtnis – und wird vielleicht beim nächsten Mal eingeladen. Unsere Tipps:

1. Bedanken Sie sich für das Gespräch.
2. Bitten Sie um ein kurzes Feedback.
3. Bleiben Sie auf LinkedIn in Kontakt.

Außerdem: Gehaltsverhandlung im Zweitgespräch – die 5 häufigsten Fehler.

Zum Artikel: https://karriere-magazin.example.de/absage-reagieren

Newsletter abbestellen""",
    fmt="html", headers={**LIST, "List-Id": "Karriere-Newsletter <news.karriere-magazin.example.de>"})

add("other", "headhunter_de_kaltakquise", "de",
    "Sebastian Roloff <s.roloff@roloff-executive.example.de>",
    "Kurze Frage",
    """Hallo Frau Vanderhaegen-Roth,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang in der Internen Revision sehr spannend. Ich betreue Mandanten aus dem Finanzsektor in Frankfurt und Wien.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in meinem Netzwerk aufnehmen. Wenn Sie mögen, schicken Sie mir Ihren aktuellen Lebenslauf und Ihre Gehaltsvorstellung.

Beste Grüße
Sebastian Roloff
Roloff Executive Search""",
    contact="s.roloff@roloff-executive.example.de")

add("other", "post_ch_verzoegerung", "de",
    "Die Post <noreply@post.example.ch>",
    "Ihre Sendung verzögert sich",
    """Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.60.123456.78901234. Grund: Zollabfertigung.

Voraussichtliche Zustellung: Donnerstag, 7. Mai 2026.

Freundliche Grüsse
Die Schweizerische Post""",
    fmt="html")

add("other", "sbb_zugausfall", "de",
    "SBB CFF FFS <noreply@sbb.example.ch>",
    "Störung auf Ihrer Verbindung Bern – Zürich HB",
    """Guten Tag Élodie Vanderhaegen-Roth

Auf Ihrer gespeicherten Verbindung IC 1 Bern 08:02 – Zürich HB 08:58 fällt der Zug wegen einer Fahrleitungsstörung aus. Bitte benützen Sie den IC 8 um 08:32.

Ihre SBB""",
    fmt="html")

add("other", "swisscom_rechnung", "de",
    "Swisscom <rechnung@swisscom.example.ch>",
    "Ihre Swisscom Rechnung ist da",
    """Guten Tag

Ihre Rechnung vom Juni über CHF 74.90 ist jetzt im Kundencenter verfügbar. Zahlbar bis 30. Juni 2026.

Freundliche Grüsse
Swisscom""",
    fmt="html")

add("other", "kreditantrag_eingang", "de",
    "Wiener Direktbank <service@wiener-direktbank.example.at>",
    "Ihr Kreditantrag ist bei uns eingegangen",
    """Sehr geehrte Frau Vanderhaegen-Roth,

vielen Dank für Ihren Antrag auf einen Wohnkredit. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Leider können wir Ihnen im Moment noch keine Zusage geben; für die Bonitätsprüfung benötigen wir noch Ihre letzten drei Gehaltszettel.

Mit freundlichen Grüßen
Ihr Kreditservice""",
    fmt="qp")

add("other", "wohnung_absage_wien", "de",
    "Hausverwaltung Brandl <vermietung@hv-brandl.example.at>",
    "Wohnung Josefstädter Straße 48/12",
    """Sehr geehrte Frau Vanderhaegen-Roth,

danke für Ihr Interesse an der Wohnung und die Besichtigung am Samstag. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Freundliche Grüße
Hausverwaltung Brandl""")

add("other", "uni_basel_zulassung", "de",
    "Universität Basel – Weiterbildung <weiterbildung@unibas.example.ch>",
    "Zulassung CAS Sustainable Finance",
    """Sehr geehrte Frau Vanderhaegen-Roth

Wir freuen uns, Ihnen mitzuteilen, dass Sie zum CAS Sustainable Finance (Durchführung 2026/27) zugelassen sind.

Die Rechnung für die Programmgebühr folgt separat. Der erste Präsenztag ist am 16. Oktober 2026.

Freundliche Grüsse
Advanced Studies, Universität Basel""",
    fmt="latin1")

add("other", "radio_interviewanfrage", "de",
    "Miriam Kessler <miriam.kessler@radio-rheinland.example.de>",
    "Interviewanfrage: Frauen in der Wirtschaftsprüfung",
    """Liebe Frau Vanderhaegen-Roth,

für unsere Sendung „Wirtschaft am Abend“ planen wir einen Beitrag über Frauen in der Wirtschaftsprüfung. Eine Kollegin hat Sie empfohlen.

Hätten Sie Zeit für ein kurzes Telefoninterview (ca. 15 Minuten), das wir aufzeichnen? Gerne kommende Woche.

Herzliche Grüße
Miriam Kessler
Redaktion Wirtschaft, Radio Rheinland""")

add("other", "freundin_absage_de", "de",
    "Lena Hofer <lena.hofer@example.ch>",
    "Aw: Wie läufts?",
    """Hey Élo,

ach bei mir läufts grad nicht so. Hab gestern die Absage von der Versicherung bekommen, nach dem Assessment. „Leider haben wir uns für eine andere Kandidatin entschieden“ blabla. Naja.

Wie war dein Gespräch in Basel? Erzähl!

Lena

Von meinem iPhone gesendet""" + quote("Am 20.05.2026 um 21:14 schrieb Élodie Vanderhaegen-Roth <elodie.vr@example.be>:",
    """Na du, wie läufts mit den Bewerbungen? Bei mir ist nächste Woche das Zweitgespräch in Basel!"""),
    reply=True)

add("other", "estv_steuer", "de",
    "Eidgenössische Steuerverwaltung ESTV <noreply@estv.example.ch>",
    "Bestätigung: Rückerstattungsantrag Verrechnungssteuer eingegangen",
    """Guten Tag

Ihr Antrag auf Rückerstattung der Verrechnungssteuer (Formular 103) ist bei uns eingegangen. Die Bearbeitung dauert in der Regel 4–6 Wochen.

Dies ist eine automatisch generierte Nachricht.

ESTV""")

add("other", "ooo_personalberater_de", "de",
    "Markus Feldhaus <m.feldhaus@feldhaus-partner.example.de>",
    "Abwesenheitsnotiz: AW: Position Leiter/in Treasury",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April nicht im Büro und habe nur eingeschränkten Zugriff auf E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Weiß (office@feldhaus-partner.example.de).

Mit freundlichen Grüßen
Markus Feldhaus""",
    company="Hessenbank Direkt", contact="m.feldhaus@feldhaus-partner.example.de",
    headers={"Auto-Submitted": "auto-replied"}, reply=True)

add("other", "candidate_survey_de", "de",
    "Kölner Versicherungsgruppe <no-reply@softgarden.io>",
    "Wie war Ihr Bewerbungsprozess? (2 Minuten)",
    """Guten Tag Frau Vanderhaegen-Roth,

Ihre Meinung ist uns wichtig! Bitte nehmen Sie sich zwei Minuten Zeit und bewerten Sie Ihre Erfahrungen mit unserem Bewerbungsprozess – unabhängig vom Ergebnis.

Zur Umfrage: https://survey.softgarden.io/koelner-vg/4471

Vielen Dank!
Ihr Recruiting-Team der Kölner Versicherungsgruppe""",
    company="Kölner Versicherungsgruppe", fmt="html")

add("other", "find_my_position", "de",
    "Google Maps <noreply-maps@google.com>",
    "Lena Hofer teilt ihre Position mit dir",
    """Lena Hofer teilt ihren Echtzeit-Standort mit dir bis 18:45.

Aktuelle Position: Steinenvorstadt, 4051 Basel
Auf Karte ansehen: https://maps.google.com/?share=lh41

Du erhältst diese E-Mail, weil jemand seinen Standort mit dir geteilt hat.""",
    fmt="html")

add("other", "fitness_krankenkasse_at", "de",
    "ÖGK Meine Gesundheitskasse <noreply@oegk.example.at>",
    "Neue Nachricht in Ihrem Postfach",
    """Sehr geehrte Versicherte,

in Ihrem Postfach auf meineoegk.at liegt eine neue Nachricht für Sie: Kostenerstattung Wahlarzt – erledigt.

Mit freundlichen Grüßen
Ihre Österreichische Gesundheitskasse""")

add("other", "kununu_newsletter", "de",
    "kununu <newsletter@kununu.example.com>",
    "Diese Arbeitgeber in Wien punkten bei Bewerbungsgesprächen",
    """Hallo Élodie,

wie erleben Bewerber:innen Vorstellungsgespräche in Österreich? Wir haben 12.000 Bewertungen ausgewertet: Die Top-Arbeitgeber laden schneller ein, geben nach einer Absage Feedback und sagen Termine seltener kurzfristig ab.

Die ganze Auswertung: https://news.kununu.example.com/bewerbung-2026

Du willst keine Newsletter mehr? Hier abmelden.""",
    fmt="html", headers={**LIST, "List-Id": "<newsletter.kununu.example.com>"})

# English (4)
add("other", "inmail_recruiter_en", "en",
    "Daniel Okafor via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Exciting fintech compliance opportunities",
    """Hi Élodie,

I lead the compliance practice at Brightwater Talent in Dublin. I came across your profile and I'm impressed by your internal audit background.

We work with a number of fast-growing payment firms expanding into the EU. Nothing specific right now that matches your location, but I'd love to keep you on my radar. Feel free to connect!

Best,
Daniel""",
    fmt="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"})

add("other", "order_delayed_en", "en",
    "Shopwise Orders <orders@shopwise.example.com>",
    "Unfortunately your order is delayed",
    """Hi Élodie,

Unfortunately your order #114-2290418 (Ergonomic laptop stand) is delayed due to high demand. The new estimated delivery date is 12 June.

We're sorry for the inconvenience. You can cancel at no cost from Your Orders.

Shopwise""",
    fmt="html")

add("other", "glassdoor_newsletter_en", "en",
    "Glassdoor Community <noreply@glassdoor.example.com>",
    "Offer, rejection, ghosted? What 4,000 job seekers told us",
    """This week on the Glassdoor blog

We asked thousands of job seekers how their last application ended. 38% got a rejection email, 31% never heard back, and only 9% received an offer. Plus: how to follow up after an interview without being pushy.

Read more: https://www.glassdoor.example.com/blog/2026-survey

Unsubscribe | Email preferences""",
    fmt="html", headers={**LIST, "List-Id": "<community.glassdoor.example.com>"})

add("other", "standup_calendar_en", "en",
    "Open Finance Data Project <calendar-noreply@opensource-fin.example.org>",
    "Updated invitation: Weekly contributors standup",
    """The weekly contributors standup has been moved to Thursdays 17:00 CET starting next week.

Join: https://meet.opensource-fin.example.org/standup
Agenda: open PRs, XBRL taxonomy update, release 0.9

You are receiving this because you are a contributor to the Open Finance Data Project.""",
    ics=ics_event("standup-weekly@opensource-fin.example.org", "20260903T150000Z", 30, "Weekly contributors standup", "maintainers@opensource-fin.example.org", seq=3))

# Spanish (5)
add("other", "infojobs_alerta_es", "es",
    "InfoJobs <alertas@infojobs.example.net>",
    "Nuevas ofertas: auditor interno en Madrid",
    """Hola Élodie, tenemos 9 ofertas nuevas para ti

Auditor/a Interno/a Senior · Caja Mediterránea de Ahorros · Madrid
Técnico/a de Cumplimiento Normativo · Seguros Atalaya · Madrid
Controller Financiero · Laboratorios del Tajo · Alcobendas

Ver todas: https://www.infojobs.example.net/ofertas?alerta=221

Darse de baja de esta alerta""",
    fmt="html", headers={**LIST, "List-Id": "<alertas.infojobs.example.net>"})

add("other", "prestamo_recibido_es", "es",
    "Banco Ravell Particulares <clientes@bancoravell.example.es>",
    "Hemos recibido tu solicitud de préstamo",
    """Hola Élodie,

Hemos recibido tu solicitud de Préstamo Personal por importe de 6.000 €. Estamos estudiándola y te daremos una respuesta en un plazo máximo de 48 horas.

Gracias por confiar en nosotros,
Banco Ravell""",
    fmt="html")

add("other", "amigo_rechazo_es", "es",
    "Jorge Iglesias <jorge.iglesias@example.es>",
    "Re: ¿qué tal?",
    """Buenas Élodie!

Pues nada, al final me han rechazado en la consultora, dicen que buscan a alguien con más experiencia en banca. Un palo, la verdad, después de cuatro entrevistas.

¿Y tú qué tal con lo de Madrid? A ver si te vienes y nos vemos.

Un abrazo,
Jorge""", reply=True)

add("other", "newsletter_es_entrevistas", "es",
    "Cinco Días Empleo <boletin@empleo-cincodias.example.es>",
    "Boletín semanal: cómo preparar una entrevista en inglés",
    """Esta semana en Empleo

Cómo preparar una entrevista de trabajo en inglés: las preguntas más habituales y cómo responderlas.
Qué hacer si te cancelan una entrevista a última hora.
El sector del cumplimiento normativo busca perfiles de auditoría.

Leer el boletín completo: https://empleo-cincodias.example.es/boletin

Si no deseas recibir más correos, haz clic aquí.""",
    fmt="html", headers={**LIST, "List-Id": "<boletin.empleo-cincodias.example.es>"})

add("other", "correos_envio_retraso", "es",
    "Correos <notificaciones@correos.example.es>",
    "Tu envío PQ4B8F0712345670128001 lleva retraso",
    """Hola,

Lamentablemente, tu envío lleva retraso respecto a la fecha prevista. Lo recibirás en los próximos días.

Puedes seguirlo en https://www.correos.example.es/seguimiento

Correos""",
    fmt="html")


START = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
SPAN_DAYS = 298
TEXT_ENCODINGS = {"plain": ("utf-8", None), "qp": ("utf-8", "quoted-printable"),
                  "b64": ("utf-8", "base64"), "latin1": ("iso-8859-1", "quoted-printable"),
                  "cp1252": ("windows-1252", "8bit")}


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[1].strip(">").strip()


def _fits(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _slug(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def build(index: int, m: dict, rng: random.Random) -> bytes:
    """One message as bytes; boundaries, dates and ids are derived from its index, so reruns are identical."""
    when = START + timedelta(days=(index - 1) * SPAN_DAYS / len(MESSAGES), hours=rng.randint(0, 11), minutes=rng.randint(0, 59))
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{_slug(m['scen'] + str(index))}@{_domain(m['frm'])}>"
    if m["reply"]:
        parent = f"<CAF{_slug(m['scen'])[:12]}@mail.example.be>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{_slug(m['subject'])}@{_domain(m['frm'])}> {parent}"
    msg["MIME-Version"] = "1.0"
    for name, value in m["headers"].items():
        msg[name] = value
    fmt = m["fmt"]
    if fmt == "html":
        msg.set_content(m["html"] or to_html(m["body"], m["company"], track="https://click.example.net/ls/?u="), subtype="html", cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(m["body"])
        msg.add_alternative(m["html"] or to_html(m["body"], m["company"]), subtype="html")
    else:
        charset, cte = TEXT_ENCODINGS[fmt]
        msg.set_content(m["body"], charset=charset, cte=cte)
    if m["ics"]:
        method = re.search(r"METHOD:(\w+)", m["ics"]).group(1)  # type: ignore[union-attr]
        if fmt == "alt":
            msg.add_alternative(m["ics"], subtype="calendar", params={"method": method})
        else:
            msg.add_attachment(m["ics"].encode(), maintype="text", subtype="calendar", filename="invite.ics", params={"method": method})
    if m["attach"]:
        name, content = m["attach"]
        msg.add_attachment(b"%PDF-1.4\n% " + content.encode() + b"\n%%EOF\n", maintype="application", subtype="pdf", filename=name)
    for depth, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_part{index:03d}_{depth}_{_slug(m['scen'])[:8]}")
    raw = msg.as_bytes(policy=POLICY)
    if fmt in ("latin1", "cp1252") and not m["subject"].isascii() and _fits(m["subject"], TEXT_ENCODINGS[fmt][0]):
        encoded = Header(m["subject"], TEXT_ENCODINGS[fmt][0]).encode().encode("ascii")
        raw = re.sub(rb"(?m)^Subject:.*(\r?\n[ \t].*)*", lambda _: b"Subject: " + encoded, raw, count=1)
    return raw


def main() -> None:
    """Rewrite every .eml and labels.csv from the hand-written list above."""
    for kind in KIND_DIRS:
        for old in (ROOT / kind).glob("*.eml") if (ROOT / kind).is_dir() else ():
            old.unlink()
    rows = []
    rng = random.Random(54)
    inbox = MESSAGES[:]
    random.Random(2026).shuffle(inbox)  # an inbox mixes kinds; dates follow this order
    for index, m in enumerate(inbox, start=1):
        rel = f"{m['kind']}/{index:03d}_{m['scen']}.eml"
        (ROOT / m["kind"]).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(index, m, rng))
        rows.append([rel, m["kind"], m["company"], m["contact"], m["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
