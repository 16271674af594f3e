"""Generate the thirtieth labelled corpus: three months of Sofia Marchetti's inbox, Jan-Jul 2026.

Written by hand as message specs (one `m(...)` call per message, each with its own wording) and
rendered here into .eml files with varied MIME structure, charsets and transfer encodings.
Imports only the standard library. Run from anywhere: `python make_thirtieth.py` rewrites every
.eml under this folder and labels.csv.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Sofia Marchetti <sofia.marchetti@example.net>"
ME_ADDR = "sofia.marchetti@example.net"


@dataclass
class Spec:
    kind: str
    scen: str
    lang: str
    frm: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    date: str = "2026-02-10 09:00 +0100"
    to: str = ME
    reply_to: str | None = None
    cc: str | None = None
    fmt: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str | None = None  # None (let the package choose) | quoted-printable | base64 | 8bit
    quote: tuple[str, str, str, str] | None = None  # (style, who, when, quoted text)
    ics: dict[str, str] | None = None
    attach: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)


SPECS: list[Spec] = []


def m(kind: str, scen: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> None:
    SPECS.append(Spec(kind, scen, lang, frm, subject, body, **kw))  # type: ignore[arg-type]


def _addr(text: str) -> Address:
    name, addr = parseaddr(text)
    user, _, domain = addr.partition("@")
    return Address(display_name=name, username=user, domain=domain)


def _when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


_QUOTE_HEAD = {
    "gmail": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def _quoted(style: str, who: str, when: str, text: str, subject: str, forwarder: str) -> str:
    if style == "outlook":
        name, addr = parseaddr(who)
        return (
            "\n\n________________________________\n"
            f"From: {name} <{addr}>\nSent: {when}\nTo: {ME}\nSubject: {subject}\n\n{text}\n"
        )
    if style == "forward":
        name, addr = parseaddr(who)
        return (
            "\n\n---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\nDate: {when}\nSubject: {subject}\nTo: {forwarder}\n\n{text}\n"
        )
    head = _QUOTE_HEAD[style].format(when=when, who=who)
    lines = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\n{head}\n{lines}\n"


def _to_html(text: str, domain: str, charset: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    cells = []
    for p in paras:
        inner = html.escape(p).replace("\n", "<br>")
        inner = re.sub(
            r"(https?://[^\s<]+)",
            lambda mt: f'<a href="https://click.{domain}/ls/click?upn={hashlib.md5(mt.group(1).encode()).hexdigest()[:20]}"'
            f' style="color:#0b5cad">{mt.group(1)}</a>',
            inner,
        )
        cells.append(
            '<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            f'line-height:20px;color:#222222;padding:0 0 12px 0">{inner}</td></tr>'
        )
    pixel = f'<img src="https://t.{domain}/o/{hashlib.md5(text.encode()).hexdigest()[:16]}.gif" width="1" height="1" alt="">'
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"></head><body style=\"margin:0\">"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" border="0">'
        + "".join(cells)
        + f"</table></td></tr></table>{pixel}</body></html>"
    )


def _ics(ev: dict[str, str]) -> str:
    method = ev.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus30//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{ev['uid']}", "DTSTAMP:20260101T000000Z",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}", f"SEQUENCE:{ev.get('seq', '0')}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines)


def build(spec: Spec, n: int) -> bytes:
    msg = EmailMessage()
    sender = _addr(spec.frm)
    domain = sender.domain or "example.com"
    msg["From"] = sender
    msg["To"] = _addr(spec.to)
    if spec.cc:
        msg["Cc"] = _addr(spec.cc)
    if spec.reply_to:
        msg["Reply-To"] = _addr(spec.reply_to)
    msg["Subject"] = spec.subject
    when = _when(spec.date)
    msg["Date"] = format_datetime(when)
    digest = hashlib.sha1(f"{n}{spec.scen}".encode()).hexdigest()[:12]
    msg["Message-ID"] = f"<{when:%Y%m%d%H%M}.{digest}.{n:03d}@{domain}>"
    if spec.quote and spec.quote[0] != "forward":
        parent = f"<{(when - timedelta(days=3)):%Y%m%d}.{digest[::-1]}@{ME_ADDR.split('@')[1]}>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for name, value in spec.headers:
        msg[name] = value
    text = spec.body.strip("\n") + "\n"
    if spec.quote:
        style, who, qwhen, qtext = spec.quote
        text += _quoted(style, who, qwhen, qtext.strip("\n"), spec.subject.split(": ", 1)[-1], spec.frm)
    opts: dict[str, str] = {"charset": spec.charset}
    if spec.cte:
        opts["cte"] = spec.cte
    elif spec.charset == "utf-8" and n % 3 == 0:
        opts["cte"] = "8bit"  # raw UTF-8 bodies, as many mobile clients send them
    markup = _to_html(text, domain, spec.charset)
    if spec.fmt == "html":
        msg.set_content(markup, subtype="html", **opts)
    else:
        msg.set_content(text, **opts)
        if spec.fmt == "alt":
            msg.add_alternative(markup, subtype="html", **opts)
    if spec.ics:
        cal = _ics(spec.ics)
        if spec.fmt == "alt":
            msg.add_alternative(cal.encode(), "text", "calendar", params={"method": spec.ics.get("method", "REQUEST")},
                                cte="base64" if spec.cte == "base64" else "7bit")
        else:
            msg.add_attachment(cal.encode(), "text", "calendar", filename="invite.ics",
                               params={"method": spec.ics.get("method", "REQUEST")})
    if spec.attach:
        fake = b"%PDF-1.4\n% corpus placeholder\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
        msg.add_attachment(fake, "application", "pdf", filename=spec.attach)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_c30_{digest}_{i}")  # fixed boundaries keep regeneration byte-identical
    return msg.as_bytes()



# --------------------------------------------------------------------------- rejections
REJ = "rejection"
m(REJ, "successfactors_fpna_soft", "en", "Careers at Halvard Re <careers-noreply@halvardre.example.com>",
  "Your application for FP&A Manager (Req 40872)", """
Dear Sofia,

Thank you for your interest in Halvard Re and for taking the time to apply for the position of FP&A Manager (Req 40872) in Luxembourg.

After careful review, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We will retain your details in our talent community and encourage you to apply for future openings that match your profile.

Kind regards,
Talent Acquisition
Halvard Re

This is an automated message sent via SAP SuccessFactors. Please do not reply to this email.
""", company="Halvard Re", fmt="alt", date="2026-01-14 16:02 +0100")

m(REJ, "hm_mobile_terse", "en", "Daniel Okafor <d.okafor@brightwell-pay.example.com>", "Re: intro", """
Hi Sofia - thanks for your time yesterday but we won't be moving forward. Good luck with the search.

Dan

Sent from my iPhone
""", company="Brightwell Pay", contact="d.okafor@brightwell-pay.example.com", date="2026-02-03 19:41 +0000",
  quote=("gmail", "Sofia Marchetti <sofia.marchetti@example.net>", "Mon, 2 Feb 2026 at 18:05",
         "Hi Daniel,\nThanks again for the chat today, really enjoyed hearing about the finance team.\nBest,\nSofia"))

m(REJ, "british_shant_progress", "en", "Harriet Blythe <harriet.blythe@caldermoor.example.co.uk>", "Financial Controller - update",
  """
Dear Sofia

Many thanks for coming in to meet Graham and me on Thursday. It was a pleasure to hear about your time at the fund administrator and your approach to month-end.

I'm afraid we shan't be progressing your application to the final stage. It was a very close call, but we felt another candidate had rather more direct experience of UK GAAP consolidations.

Do keep an eye on our vacancies - I'd be very happy to hear from you again.

Warm regards

Harriet Blythe
Head of People
Caldermoor Insurance Group
T: +44 20 7946 0321
""", company="Caldermoor Insurance Group", contact="harriet.blythe@caldermoor.example.co.uk", date="2026-02-16 11:20 +0000",
  charset="windows-1252", cte="quoted-printable")

m(REJ, "indian_regret_inform", "en", "HR Desk - Vantara Global Services <hr.desk@vantaraglobal.example.in>",
  "Application Status : Finance Business Partner - EMEA", """
Dear Candidate,

Greetings from Vantara Global Services!!

With reference to your candidature for the position of Finance Business Partner - EMEA, we regret to inform you that your profile has not been shortlisted for the next round of the selection process.

We appreciate your interest in Vantara and wish you all success in your future endeavours. Kindly do not revert to this mail as this mailbox is not monitored.

Thanks & Regards,
Talent Acquisition Team
Vantara Global Services Pvt. Ltd.
""", company="Vantara Global Services", date="2026-03-02 07:15 +0530", charset="windows-1252", cte="quoted-printable")

m(REJ, "after_case_study", "en", "Jonas Lindqvist <jonas.lindqvist@nordhavn-shipping.example.com>",
  "Following up", """
Hi Sofia,

Thank you for the case study you sent over and for presenting it to the panel on Tuesday - the working capital bridge was very clearly laid out.

We've now finished the process and unfortunately we've decided not to take your application further. The deciding factor was hands-on experience with vessel operating cost budgeting, which the successful candidate has.

I know a case study is a real time investment, so genuinely - thank you. If you'd like more detailed feedback I'm happy to do a 15-minute call.

Best,
Jonas

Jonas Lindqvist | Head of Commercial Finance
Nordhavn Shipping AS | Oslo / Luxembourg
+47 22 00 41 17
""", company="Nordhavn Shipping", contact="jonas.lindqvist@nordhavn-shipping.example.com", fmt="alt", date="2026-03-12 14:48 +0100")

m(REJ, "role_on_hold", "en", "Priya Raman via Greenhouse <no-reply@us.greenhouse-mail.io>", "Update on the Senior Finance BP role", """
Hi Sofia,

I wanted to reach out personally. Due to a change in our planning for H2, the Senior Finance Business Partner position has been put on hold and we will not be proceeding with the hiring process at this time.

This has nothing to do with your candidacy, and I'm sorry to deliver this after you've invested time in our interviews. If the role reopens I'll let you know directly.

All the best,
Priya Raman
Talent Partner, Lumora
""", company="Lumora", contact="priya.raman@lumora.example.com", reply_to="Priya Raman <priya.raman@lumora.example.com>",
  fmt="html", date="2026-04-08 17:30 -0400")

m(REJ, "very_short_workday", "en", "Stellwerk Pharma Careers <stellwerkpharma@myworkday.com>", "Update", """
Dear Sofia Marchetti,

Thanks for your time, but we won't be moving forward with your application for Controller, Commercial Operations (R-0019934).

Stellwerk Pharma Talent Acquisition
""", company="Stellwerk Pharma", fmt="html", date="2026-01-28 03:12 +0000")

m(REJ, "agency_relayed", "en", "Tom Ashworth <tom@harcourtfinance-search.example.com>", "Re: Meridian FP&A - news", """
Hi Sofia,

Just heard back from Meridian Fund Services on the Head of FP&A role. Unfortunately they've decided to go with another candidate - they said you interviewed really well but they went with someone who'd already run an IFRS 17 project.

Gutted for you as I thought it was a great fit. Let's speak this week, I have two other interim mandates in Luxembourg that could be interesting!!

Cheers,
Tom

Tom Ashworth
Senior Consultant - Interim & Permanent Finance
Harcourt Finance Search
M: +44 7700 900 412
""", company="Meridian Fund Services", contact="tom@harcourtfinance-search.example.com", date="2026-03-20 10:05 +0000",
  quote=("outlook", "Sofia Marchetti <sofia.marchetti@example.net>", "Tuesday, March 17, 2026 8:51 AM",
         "Hi Tom,\nAny news from Meridian? I haven't heard anything since the second round.\nThanks,\nSofia"))

m(REJ, "position_filled_aus", "en", "Kirra Donnelly <kirra.donnelly@saltbushcapital.example.com.au>", "Re: your application", """
Hi Sofia,

Thanks heaps for applying for the Finance Analyst (remote, EMEA hours) role. Just letting you know the position has now been filled, so we won't be taking your application any further.

Cheers and all the best with it,
Kirra
Saltbush Capital
""", company="Saltbush Capital", contact="kirra.donnelly@saltbushcapital.example.com.au", date="2026-02-24 08:02 +1100")

m(REJ, "taleo_after_interview", "en", "Oriel Bank Recruitment <oriel-recruitment@taleo.net>",
  "Oriel Bank - Requisition 26-0411 Finance Business Partner, Retail Banking", """
Dear Sofia,

Thank you for attending the interview for the position of Finance Business Partner, Retail Banking.   We appreciate the time and effort you put into the selection process.

We regret to inform you that, following careful consideration, your application will not be progressed further on this occasion.

We wish you every success in your career.

Yours sincerely,

Oriel Bank plc
Group Recruitment

-------------------------------------------
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Oriel Bank plc is authorised by the Prudential Regulation Authority.
""", company="Oriel Bank", fmt="alt", cte="quoted-printable", date="2026-04-21 12:00 +0100")

m(REJ, "polish_owned_soft", "en", "Agnieszka Wróbel <agnieszka.wrobel@kalinowski-logistics.example.pl>", "Controlling Specialist - decision", """
Dear Sofia,

Thank you for completing the Excel test and for your patience during our recruitment.

Having compared all candidates, we decided to continue with a person whose experience better matches our needs in transport cost controlling. This decision was not easy.

We will keep your CV in our database for 12 months, if you agree.

With best regards,
Agnieszka Wróbel
HR Business Partner
Kalinowski Logistics Sp. z o.o.
ul. Przemysłowa 12, 60-101 Poznań
""", company="Kalinowski Logistics", contact="agnieszka.wrobel@kalinowski-logistics.example.pl", date="2026-05-06 13:33 +0200")

# German rejections
m(REJ, "de_formal_absage", "de", "Personalabteilung Rheinfels Versicherung <bewerbung@rheinfels-versicherung.example.de>",
  "Ihre Bewerbung als Referentin Konzerncontrolling", """
Sehr geehrte Frau Marchetti,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinfels Versicherung AG
""", company="Rheinfels Versicherung", contact="bewerbung@rheinfels-versicherung.example.de",
  charset="iso-8859-1", cte="quoted-printable", date="2026-01-22 10:11 +0100")

m(REJ, "de_swiss_absage", "de", "Corinne Baumgartner <corinne.baumgartner@zuerileu-bank.example.ch>", "Ihre Bewerbung", """
Sehr geehrte Frau Marchetti

Besten Dank für das angenehme Gespräch vom vergangenen Mittwoch und Ihr Interesse an der Stelle als Finance Business Partner.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir uns für eine Kandidatin entschieden haben, die über vertiefte Erfahrung im Schweizer Bankenreporting (FINMA) verfügt.

Gerne stehe ich Ihnen für ein kurzes Feedback telefonisch zur Verfügung.

Freundliche Grüsse

Corinne Baumgartner
HR Business Partner
Zürileu Privatbank AG
Bahnhofstrasse 88, 8001 Zürich
Tel. +41 44 000 12 34
""", company="Zürileu Privatbank", contact="corinne.baumgartner@zuerileu-bank.example.ch", date="2026-02-19 15:27 +0100")

m(REJ, "de_personio_stelle_besetzt", "de", "Klarwerk Energie GmbH <jobs@klarwerk-energie.jobs.personio.de>",
  "Deine Bewerbung bei Klarwerk – kurzes Update", """
Hallo Sofia,

danke, dass du dich bei Klarwerk als Controller (m/w/d) beworben hast!

Wir möchten dir kurz Bescheid geben: Die Stelle ist inzwischen besetzt. Wir haben uns deshalb entschieden, den Prozess mit dir nicht weiterzuführen.

Wir drücken dir die Daumen für deine Suche!

Viele Grüße
Lena vom Klarwerk People Team
""", company="Klarwerk Energie", fmt="html", date="2026-03-05 09:40 +0100")

m(REJ, "de_nach_interview_kurz", "de", "Markus Heberle <m.heberle@fintrail.example.de>", "AW: Gespräch letzte Woche", """
Hallo Frau Marchetti,

kurze Rückmeldung: wir gehen mit einer anderen Kandidatin weiter. Danke trotzdem für Ihre Zeit und das offene Gespräch.

Gruß
M. Heberle

--
Von meinem Smartphone gesendet
""", company="Fintrail", contact="m.heberle@fintrail.example.de", date="2026-03-26 21:03 +0100",
  quote=("de", "Sofia Marchetti <sofia.marchetti@example.net>", "Mo., 23. März 2026 um 09:14",
         "Hallo Herr Heberle,\nvielen Dank nochmals für das Gespräch am Freitag. Gibt es schon einen Zeitplan für die nächsten Schritte?\nViele Grüße\nSofia Marchetti"))

m(REJ, "de_stepstone_ats_abgelehnt", "de", "Bewerbermanagement Hanseatische Reederei Kordt <noreply@kordt-reederei.softgarden.io>",
  "Rückmeldung zu Ihrer Bewerbung - Financial Analyst (w/m/d)", """
Sehr geehrte Frau Marchetti,

wir bedanken uns für Ihre Bewerbung als Financial Analyst (w/m/d) am Standort Hamburg.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für andere Bewerberinnen und Bewerber entschieden, deren Profil unseren Anforderungen noch genauer entspricht.

Wir bedauern, Ihnen keine positive Nachricht geben zu können, und wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
Hanseatische Reederei Kordt GmbH & Co. KG
Personalabteilung

Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch erstellt.
""", company="Hanseatische Reederei Kordt", fmt="alt", charset="iso-8859-1", date="2026-04-02 06:58 +0200")

m(REJ, "de_projekt_gestoppt", "de", "Svenja Ortmann <svenja.ortmann@aurelis-pharma.example.de>", "Update zur Position Finance Business Partner R&D", """
Liebe Frau Marchetti,

ich muss Ihnen leider eine unerfreuliche Nachricht überbringen: Aufgrund einer internen Umstrukturierung wurde die Position Finance Business Partner R&D gestrichen. Wir werden das Auswahlverfahren daher nicht fortsetzen.

Das tut mir insbesondere leid, weil Sie uns im zweiten Gespräch sehr überzeugt haben. Sollte sich eine vergleichbare Stelle ergeben, melde ich mich gerne bei Ihnen.

Herzliche Grüße
Svenja Ortmann
Talent Acquisition | Aurelis Pharma
Telefon +49 69 000 4471
""", company="Aurelis Pharma", contact="svenja.ortmann@aurelis-pharma.example.de", fmt="alt", cte="base64", date="2026-05-13 16:44 +0200")

m(REJ, "de_agentur_absage", "de", "Julia Brandstätter <jb@brandstaetter-interim.example.at>", "Feedback Mandat Linzer Stahl", """
Hallo Sofia,

leider keine guten Nachrichten vom Kunden: Die Linzer Stahlwerke haben sich nach der zweiten Runde für einen internen Kandidaten entschieden. Sie waren aber sehr angetan von deiner Präsentation!

Ich bleib für dich dran, es kommen gerade einige Interim-Mandate rein.

Liebe Grüße
Julia

Julia Brandstätter
Brandstätter Interim Management
+43 1 000 2299
""", company="Linzer Stahlwerke", contact="jb@brandstaetter-interim.example.at", date="2026-06-03 12:12 +0200",
  quote=("forward", "Mag. Florian Huber <f.huber@linzer-stahlwerke.example.at>", "Mi., 3. Juni 2026 um 10:47",
         "Liebe Frau Brandstätter,\ndanke für die Vorstellung von Frau Marchetti. Wir haben uns nach der zweiten Runde für eine interne Lösung entschieden.\nBeste Grüße\nFlorian Huber\nLeitung Finanzen, Linzer Stahlwerke"))

m(REJ, "de_successfactors_talentpool", "de", "Karriere Voss & Lindner <karriere@vosslindner.example.de>", "Ihre Bewerbung: Senior Controller (w/m/d)", """
Sehr geehrte Frau Marchetti,

wir danken Ihnen für Ihre Bewerbung und die Teilnahme an unserem Online-Zahlentest.

Leider hat Ihr Ergebnis die für diese Position erforderliche Schwelle nicht erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne nehmen wir Ihr Profil in unseren Talentpool auf, sofern Sie dem zustimmen.

Mit freundlichen Grüßen
Voss & Lindner Wirtschaftsprüfung
Human Resources
""", company="Voss & Lindner Wirtschaftsprüfung", contact="karriere@vosslindner.example.de", fmt="html", date="2026-02-09 14:20 +0100")

# French rejections
m(REJ, "fr_formel_lux", "fr", "Recrutement Banque Sauvageot <recrutement@banque-sauvageot.example.lu>",
  "Votre candidature - Contrôleur de gestion H/F", """
Madame,

Nous avons bien étudié votre candidature au poste de Contrôleur de gestion H/F et vous remercions de l'intérêt que vous portez à notre établissement.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable, d'autres profils correspondant davantage à nos attentes.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Ressources Humaines
Banque Sauvageot S.A.
""", company="Banque Sauvageot", contact="recrutement@banque-sauvageot.example.lu", charset="iso-8859-1", cte="quoted-printable",
  date="2026-01-19 11:05 +0100")

m(REJ, "fr_belge_apres_entretien", "fr", "Delphine Vandamme <delphine.vandamme@mutuelle-escaut.example.be>", "Suite à notre entretien", """
Bonjour Madame Marchetti,

Je vous remercie encore pour l'entretien de mardi passé et pour le temps que vous nous avez consacré.

Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate, dont l'expérience en comptabilité des mutualités belges est plus directement transposable au poste.

Je reste volontiers disponible pour un retour plus détaillé si vous le souhaitez. N'hésitez pas à me téléphoner au 02 000 45 67, ou à me renvoyer un petit mail.

Bien à vous,

Delphine Vandamme
Responsable recrutement
Mutuelle de l'Escaut
""", company="Mutuelle de l'Escaut", contact="delphine.vandamme@mutuelle-escaut.example.be", date="2026-02-26 17:12 +0100")

m(REJ, "fr_smartrecruiters_poste_pourvu", "fr", "Maison Delorme Paris <noreply@smartrecruiters.com>",
  "Candidature : Contrôleur Financier Retail - Maison Delorme", """
Bonjour Sofia,

Merci pour votre candidature au poste de Contrôleur Financier Retail.

Nous tenons à vous informer que le poste a été pourvu. Nous ne pourrons donc pas donner suite à votre candidature.

Nous conservons votre profil et reviendrons vers vous si une opportunité correspondant à votre parcours se présente.

L'équipe Talent Acquisition
Maison Delorme
""", company="Maison Delorme", fmt="alt", date="2026-03-10 09:00 +0100")

m(REJ, "fr_tutoiement_startup", "fr", "Hugo Ferrand <hugo@quantile.example.fr>", "Re: candidature Finance Ops", """
Salut Sofia,

Merci encore pour le test Excel, t'as fait du bon boulot. Par contre on a finalement choisi quelqu'un de plus junior pour ce poste (budget oblige...), donc on ne va pas continuer ensemble sur celui-ci.

Désolé pour la mauvaise nouvelle, et bonne continuation !

Hugo
Quantile - CFO
""", company="Quantile", contact="hugo@quantile.example.fr", date="2026-04-15 18:26 +0200",
  quote=("fr", "Sofia Marchetti <sofia.marchetti@example.net>", "lun. 13 avr. 2026 à 10:02",
         "Bonjour Hugo,\nVoici le fichier Excel complété pour le test, n'hésite pas si tu as des questions.\nBelle journée,\nSofia"))

m(REJ, "fr_suisse_geneve", "fr", "Service du personnel - Fondation Alpage <rh@fondation-alpage.example.ch>", "Votre dossier de candidature", """
Madame Marchetti,

Nous accusons réception de votre dossier et vous en remercions.

Après examen attentif, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de responsable financière à 80%.

Nous vous retournons par la présente l'assurance de notre considération et vous adressons nos meilleurs vœux pour la suite.

Fondation Alpage
Rue du Rhône 40, 1204 Genève
""", company="Fondation Alpage", contact="rh@fondation-alpage.example.ch", fmt="html", charset="windows-1252",
  date="2026-05-20 10:30 +0200")

m(REJ, "fr_cabinet_recrutement", "fr", "Camille Rousseau <c.rousseau@talents-finance-conseil.example.fr>", "Retour de notre client", """
Bonjour Sofia,

J'ai eu le retour de notre client, le groupe Ardent Assurances, suite à votre entretien avec le DAF.

Ils ont apprécié votre parcours mais ne souhaitent pas donner suite : ils recherchent finalement un profil avec une expérience Solvabilité II plus poussée.

Je reviens vers vous très vite avec d'autres opportunités.

Bien cordialement,
Camille Rousseau
Consultante Senior - Talents Finance Conseil
06 00 00 12 34
""", company="Ardent Assurances", contact="c.rousseau@talents-finance-conseil.example.fr", date="2026-03-31 11:44 +0200")

m(REJ, "fr_institution_ue", "fr", "Agence européenne de surveillance des marchés - Recrutement <recruitment@eamsa.europa.example.eu>",
  "Procédure de sélection EAMSA/TA/AD6/2026/04 - Résultat", """
Madame,

Nous vous remercions de votre participation à la procédure de sélection EAMSA/TA/AD6/2026/04 (Chargé(e) de budget et finances).

Le comité de sélection a examiné votre candidature au regard des critères de sélection publiés dans l'avis de vacance. Nous regrettons de vous informer que vous ne figurez pas parmi les candidats invités à l'épreuve écrite.

Vous pouvez demander un réexamen de cette décision dans un délai de 10 jours calendaires à compter de la date du présent courriel.

Avec nos salutations distinguées,
Unité Ressources Humaines
""", company="Agence européenne de surveillance des marchés", date="2026-04-28 15:00 +0200",
  headers=[("Auto-Submitted", "auto-generated")])

# Spanish rejections
m(REJ, "es_formal_madrid", "es", "Selección Grupo Albéniz <seleccion@grupoalbeniz.example.es>", "Proceso de selección - Controller Financiero", """
Estimada Sofia:

Le agradecemos el interés mostrado en formar parte de Grupo Albéniz y el tiempo dedicado al proceso de selección para el puesto de Controller Financiero.

Lamentamos comunicarle que, en esta ocasión, hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos su currículum para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Personas
Grupo Albéniz
""", company="Grupo Albéniz", contact="seleccion@grupoalbeniz.example.es", charset="iso-8859-1", cte="quoted-printable",
  date="2026-02-12 12:31 +0100")

m(REJ, "es_informal_bcn", "es", "Marta Puig <marta@nubeta.example.es>", "Re: Finance BP", """
Hola Sofia!

Gracias por la entrevista del otro día, de verdad. Al final nos hemos decidido por otra persona que ya conocía nuestro stack (NetSuite + Pigment), así que no vamos a seguir adelante contigo esta vez.

Un abrazo y mucha suerte!!
Marta

Enviado desde mi iPhone
""", company="Nubeta", contact="marta@nubeta.example.es", date="2026-03-18 20:10 +0100",
  quote=("es", "Sofia Marchetti <sofia.marchetti@example.net>", "lun, 16 mar 2026 a las 9:30",
         "Hola Marta,\nMuchas gracias por la entrevista del viernes. Quedo a la espera de noticias.\nUn saludo,\nSofia"))

m(REJ, "es_infojobs_descartada", "es", "InfoJobs <notificaciones@infojobs.example.net>", "Tu candidatura en Logística Tajo ha cambiado de estado", """
Hola Sofia,

La empresa Logística Tajo ha actualizado el estado de tu candidatura para la oferta "Analista FP&A (Madrid)".

Estado: Descartada

La empresa ha indicado que tu candidatura no continúa en el proceso de selección. ¡No te desanimes! Hay miles de ofertas esperándote.

Ver mis candidaturas: https://www.infojobs.example.net/candidato/mis-candidaturas

El equipo de InfoJobs
""", company="Logística Tajo", fmt="html", date="2026-05-04 08:15 +0200")

m(REJ, "es_tras_prueba_tecnica", "es", "Javier Olmedo <jolmedo@aseguradora-cierzo.example.es>", "Prueba técnica - resultado", """
Buenas tardes Sofia,

Muchas gracias por realizar la prueba técnica de modelización financiera. Tras revisarla con el equipo, lamentablemente no vamos a continuar con tu candidatura en el proceso.

Te deseamos lo mejor en tu búsqueda.

Saludos cordiales,
Javier Olmedo
Responsable de Control de Gestión
Aseguradora Cierzo
Tel. 976 00 00 11

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Aseguradora Cierzo, S.A.
""", company="Aseguradora Cierzo", contact="jolmedo@aseguradora-cierzo.example.es", fmt="alt", cte="quoted-printable",
  date="2026-06-09 16:40 +0200")

# --------------------------------------------------------------------------- interview invitations
INV = "interview_invitation"
m(INV, "calendly_phone_screen", "en", "Rachel Kim <rachel.kim@tidewater-am.example.com>", "Tidewater AM - Finance Business Partner", """
Hi Sofia,

Thanks for applying for the Finance Business Partner role here at Tidewater Asset Management. I've had a look at your CV and would love to set up a 30 min phone screen to learn more about you.

Please grab a slot that works for you here: https://calendly.example.com/rachel-kim-tidewater/30min

Speak soon,
Rachel

Rachel Kim | Talent Acquisition Lead | Tidewater Asset Management
Dublin 2, Ireland | +353 1 000 7788
""", company="Tidewater Asset Management", contact="rachel.kim@tidewater-am.example.com", fmt="alt", date="2026-01-20 10:18 +0000")

m(INV, "quick_chat_hm", "en", "Olamide Adeyemi <olamide@fernleaf.example.io>", "Quick question", """
Hey Sofia, saw your application come through for our FP&A lead role. Would you be free for a quick chat Thursday or Friday afternoon? 20 mins, just video, nothing formal. Let me know what suits.

O.
--
Olamide Adeyemi, VP Finance, Fernleaf
""", company="Fernleaf", contact="olamide@fernleaf.example.io", date="2026-02-02 13:55 +0000")

m(INV, "goodtime_panel", "en", "Ledgerline Recruiting <scheduling@goodtime.example.io>", "Action required: schedule your panel interview with Ledgerline", """
Hi Sofia,

Congratulations - the team would like to move you to the next stage! The next step is a 2-hour panel interview (case study presentation + competency interview) with members of the Finance leadership team.

Please choose your preferred time using the link below. Available slots are shown in your local time zone.

https://app.goodtime.example.io/schedule/c9f2a7e1-ledgerline

If none of the times work, reply to this email and your coordinator, Megan Doyle (megan.doyle@ledgerline.example.com), will help.

Ledgerline
""", company="Ledgerline", contact="megan.doyle@ledgerline.example.com", reply_to="Megan Doyle <megan.doyle@ledgerline.example.com>",
  fmt="html", date="2026-02-11 15:03 +0000")

m(INV, "agency_exclamation", "en", "Chloe Barnes <chloe.barnes@apex-talent-partners.example.co.uk>", "GREAT NEWS - Harwick interview!!", """
Hi Sofia!!

Amazing news - Harwick Asset Servicing LOVED your profile and want to meet you!! First stage is a video call with Anna Petersen (Head of Fund Accounting) and they've suggested Tuesday 3rd March at 10am CET or Wednesday 4th at 2pm CET.

Can you let me know ASAP which works best?? I'll send over some prep notes tonight!

Chloe x

Chloe Barnes | Principal Consultant | Apex Talent Partners
07700 900 118
""", company="Harwick Asset Servicing", contact="chloe.barnes@apex-talent-partners.example.co.uk", date="2026-02-26 17:47 +0000")

m(INV, "ics_teams_invite", "en", "Stefan Novak <stefan.novak@corvina-pharma.example.com>", "Interview: Commercial Finance Manager - Sofia Marchetti", """
Hi Sofia,

As discussed, please find the invitation for your first interview for the Commercial Finance Manager role with me and Laura Bianchi (Finance Director, Southern Europe). The interview will take place on Microsoft Teams and will last around 45 minutes.

Looking forward to speaking with you.

Best regards,
Stefan Novak
Talent Acquisition Partner
Corvina Pharma
""", company="Corvina Pharma", contact="stefan.novak@corvina-pharma.example.com", fmt="alt",
  ics={"uid": "corvina-cfm-2026-0317@corvina-pharma.example.com", "start": "20260317T090000Z", "end": "20260317T094500Z",
       "summary": "Interview Commercial Finance Manager - Sofia Marchetti", "organizer": "stefan.novak@corvina-pharma.example.com",
       "cn": "Stefan Novak"}, date="2026-03-09 11:22 +0100")

m(INV, "next_round_onsite", "en", "Ingrid Solberg <ingrid.solberg@fjordvik-energy.example.no>", "Next round", """
Dear Sofia,

Thank you for a good conversation last week. We would like to invite you to the second round, which will be held at our office in Oslo (Bryggegata 7) with the CFO and two members of the controlling team. It will include a short numerical reasoning exercise.

We can cover your travel. Would 14 or 15 April suit you? Please confirm and I will arrange the practical details.

Best regards,
Ingrid Solberg
HR Adviser
Fjordvik Energy ASA
""", company="Fjordvik Energy", contact="ingrid.solberg@fjordvik-energy.example.no", date="2026-03-30 08:40 +0200")

m(INV, "chinese_owned_invite", "en", "Wendy Zhao <wendy.zhao@huaxin-trade.example.com>", "Interview arrangement - Finance Controller (Europe HQ)", """
Dear Ms. Marchetti,

Thank you for your application. We are pleased to inform you that you are shortlisted for the interview for Finance Controller of our European headquarters in Luxembourg.

Interview details:
Date: 22 April 2026 (Wednesday)
Time: 15:00 Luxembourg time (21:00 Beijing time)
Format: video conference (Zoom ID will be sent one day before)
Interviewers: Mr. Liu Wei (CFO Europe), Ms. Chen Jing (Group Finance)

Kindly confirm your availability by return email. If the time is not convenient please propose two alternatives.

Best regards,
Wendy Zhao
HR Department
Huaxin International Trade (Europe) S.à r.l.
""", company="Huaxin International Trade (Europe)", contact="wendy.zhao@huaxin-trade.example.com", date="2026-04-14 09:05 +0800")

m(INV, "south_african_invite", "en", "Thandi Mokoena <thandi.mokoena@karoo-mutual.example.co.za>", "Re: Application - Group FP&A Analyst", """
Hi Sofia

Hope you're well. Thanks for your patience - the panel has reviewed the applications and we'd like to invite you for a first interview with our Group Financial Manager, Pieter van Wyk. It'll be on Teams, around 40 minutes, competency-based with a few technical questions on forecasting.

Would Monday 11 May at 11:00 (SAST, so 11:00 your time as well) work for you? Shout if not and we'll find another time.

Kind regards
Thandi Mokoena
Talent Specialist | Karoo Mutual
Cape Town
""", company="Karoo Mutual", contact="thandi.mokoena@karoo-mutual.example.co.za", date="2026-05-04 14:11 +0200",
  quote=("gmail", "Sofia Marchetti <sofia.marchetti@example.net>", "Tue, 21 Apr 2026 at 09:02",
         "Dear Thandi,\nI'm writing to follow up on my application for the Group FP&A Analyst role (remote, EMEA). I remain very interested.\nKind regards,\nSofia Marchetti"))

m(INV, "ats_self_schedule_ashby", "en", "Volta Ledger <no-reply@ashbyhq.com>", "Volta Ledger: pick a time for your Excel modelling interview", """
Hi Sofia,

Thanks for your time with Jess last week! We'd like to invite you to the next step: a 60-minute live Excel modelling interview with two members of our Finance team.

Select a time: https://jobs.ashbyhq.example.com/voltaledger/interview-scheduling/6b1a

Questions? Reply to jess.mori@voltaledger.example.com.

The Volta Ledger Recruiting Team
""", company="Volta Ledger", contact="jess.mori@voltaledger.example.com", reply_to="Jess Mori <jess.mori@voltaledger.example.com>", fmt="html", date="2026-06-02 19:02 +0000")

# German invitations
m(INV, "de_einladung_formell", "de", "Franziska Lehner <franziska.lehner@mainufer-bank.example.de>", "Einladung zum Vorstellungsgespräch", """
Sehr geehrte Frau Marchetti,

vielen Dank für Ihre Bewerbung als Finance Business Partner (m/w/d) und Ihr Interesse an der Mainufer Bank.

Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, den 10. Februar 2026, um 14:00 Uhr in unsere Zentrale (Neue Mainzer Straße 20, 60311 Frankfurt am Main) ein. Gesprächspartner sind Herr Dr. Albrecht (Bereichsleiter Controlling) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Franziska Lehner
Personalreferentin
Mainufer Bank AG
""", company="Mainufer Bank", contact="franziska.lehner@mainufer-bank.example.de", charset="iso-8859-1", cte="quoted-printable",
  date="2026-01-29 09:50 +0100")

m(INV, "de_du_startup", "de", "Tobias Wendt <tobias@zahlwerk.example.de>", "Kurzes Kennenlernen?", """
Hi Sofia,

danke für deine Bewerbung als Finance Lead bei Zahlwerk! Dein Profil passt echt gut zu dem, was wir suchen.

Hättest du Lust auf ein erstes Kennenlernen per Google Meet? Such dir einfach hier einen Slot aus: https://cal.example.com/tobias-zahlwerk/kennenlernen

Bis bald
Tobias (Co-Founder & CFO)
""", company="Zahlwerk", contact="tobias@zahlwerk.example.de", date="2026-02-17 22:14 +0100")

m(INV, "de_swiss_zweitgespraech", "de", "Reto Gisler <reto.gisler@helvetia-logistik.example.ch>", "Zweitgespräch Leiterin Controlling", """
Grüezi Frau Marchetti

Gerne möchten wir Sie nach dem erfreulichen ersten Gespräch zu einem Zweitgespräch mit unserer Geschäftsleitung einladen. Vorgesehen ist eine Fallstudie (Vorbereitung 60 Minuten vor Ort) mit anschliessender Präsentation.

Passt Ihnen Donnerstag, 26. März, 09:30 Uhr in Basel? Für Rückfragen erreichen Sie mich unter +41 61 000 33 44.

Freundliche Grüsse
Reto Gisler
Leiter HR
Rheinhafen Logistik AG
""", company="Rheinhafen Logistik", contact="reto.gisler@helvetia-logistik.example.ch", fmt="alt", date="2026-03-16 13:02 +0100")

m(INV, "de_workday_interview_ics", "de", "Talent Acquisition Kessler Automotive <kessler@myworkday.com>", "Terminbestätigung: Interview Controller Werk Ingolstadt", """
Guten Tag Frau Marchetti,

hiermit laden wir Sie zu einem Video-Interview für die Position Controller Werk Ingolstadt (JR-2026-01187) ein.

Datum: 08.04.2026
Uhrzeit: 10:00 - 11:00 Uhr (MESZ)
Teilnehmende: Frau Anke Sommer (Leitung Werkscontrolling), Herr Daniel Popescu (HR)

Die Einwahldaten finden Sie in der beigefügten Kalendereinladung. Bei Rückfragen wenden Sie sich bitte an daniel.popescu@kessler-automotive.example.de.

Freundliche Grüße
Ihr Talent Acquisition Team
Kessler Automotive
""", company="Kessler Automotive", contact="daniel.popescu@kessler-automotive.example.de", reply_to="Daniel Popescu <daniel.popescu@kessler-automotive.example.de>",
  ics={"uid": "JR-2026-01187-int1@kessler-automotive.example.de", "start": "20260408T080000Z", "end": "20260408T090000Z",
       "summary": "Interview Controller Werk Ingolstadt", "organizer": "daniel.popescu@kessler-automotive.example.de",
       "cn": "Daniel Popescu"}, date="2026-03-27 15:30 +0100")

m(INV, "de_telefoninterview_agentur", "de", "Nadine Krause <nadine.krause@finanzprofile-personal.example.de>", "Telefoninterview mit meinem Kunden", """
Hallo Frau Marchetti,

wie heute Morgen telefonisch besprochen: mein Mandant, die Sternberg Fondsverwaltung in Luxemburg, würde gerne ein erstes Telefoninterview mit Ihnen führen. Ansprechpartner ist Herr Kübler (Head of Finance). Vorschlag: Freitag, 24.04., 11 Uhr.

Geben Sie mir bitte kurz Bescheid, ob das klappt – dann gebe ich Ihre Nummer weiter.

Beste Grüße
Nadine Krause
FinanzProfile Personalberatung
""", company="Sternberg Fondsverwaltung", contact="nadine.krause@finanzprofile-personal.example.de", charset="windows-1252",
  cte="quoted-printable", date="2026-04-20 12:30 +0200")

m(INV, "de_assessment_center", "de", "Recruiting Team Bundesagentur für Finanzstabilität <recruiting@bafst.example.de>", "Einladung zum Auswahlverfahren", """
Sehr geehrte Frau Marchetti,

wir freuen uns, Ihnen mitteilen zu können, dass Sie nach Sichtung der Bewerbungsunterlagen zum Auswahlverfahren für die Stelle Referentin/Referent Haushalt und Finanzen (Kennziffer 14/2026) eingeladen werden.

Das Auswahlverfahren besteht aus einem schriftlichen Test (90 Minuten) und einem strukturierten Interview vor einer Auswahlkommission und findet am 19. Mai 2026 ab 08:30 Uhr in Bonn statt.

Bitte teilen Sie uns bis zum 8. Mai mit, ob Sie teilnehmen.

Mit freundlichen Grüßen
Im Auftrag
Referat Z 2 - Personal
""", company="Bundesagentur für Finanzstabilität", contact="recruiting@bafst.example.de", fmt="alt", cte="base64", date="2026-04-29 10:00 +0200")

# French invitations
m(INV, "fr_entretien_formel", "fr", "Aurélie Marchand <aurelie.marchand@groupe-vaubrun.example.fr>", "Convocation à un entretien", """
Madame,

Suite à votre candidature au poste de Business Partner Finance, nous avons le plaisir de vous convier à un premier entretien le jeudi 5 février 2026 à 10h30, dans nos locaux situés 12 rue de la Chaussée-d'Antin, 75009 Paris.

Vous rencontrerez Monsieur Thierry Gallet, Directeur du Contrôle de Gestion.

Merci de bien vouloir nous confirmer votre présence.

Cordialement,

Aurélie Marchand
Chargée de recrutement
Groupe Vaubrun
""", company="Groupe Vaubrun", contact="aurelie.marchand@groupe-vaubrun.example.fr", charset="iso-8859-1", date="2026-01-27 14:20 +0100")

m(INV, "fr_visio_belgique", "fr", "Nicolas Peeters <nicolas.peeters@credit-sambre.example.be>", "Votre candidature - Finance Business Partner", """
Bonjour Madame Marchetti,

Merci pour votre candidature, qui a retenu toute notre attention. Seriez-vous disponible pour un premier échange en visio d'une trentaine de minutes la semaine prochaine ? Je vous propose mardi à 11h ou jeudi à 14h.

Au plaisir de vous lire,

Nicolas Peeters
Talent Acquisition | Crédit de la Sambre
Tél. : 081 00 00 00
""", company="Crédit de la Sambre", contact="nicolas.peeters@credit-sambre.example.be", fmt="html", date="2026-02-20 09:12 +0100")

m(INV, "fr_welcome_jungle_tour", "fr", "Léa via Welcome to the Jungle <notifications@welcometothejungle.example.com>",
  "Léa de Paloma Capital vous a envoyé un message", """
Bonjour Sofia,

Votre profil nous a beaucoup plu ! On aimerait vous proposer un premier call de 30 minutes avec Léa (Talent) pour vous présenter Paloma Capital et le poste de FP&A Manager.

Réservez directement un créneau : https://calendar.example.com/paloma-capital/lea-30

À très vite,
Léa Garnier - Talent Acquisition Manager @ Paloma Capital
lea.garnier@paloma-capital.example.fr
""", company="Paloma Capital", contact="lea.garnier@paloma-capital.example.fr", reply_to="Léa Garnier <lea.garnier@paloma-capital.example.fr>", fmt="alt", date="2026-03-03 16:40 +0100")

m(INV, "fr_suisse_second_tour", "fr", "Mélanie Favre <melanie.favre@horlogerie-jaquet.example.ch>", "Deuxième entretien", """
Bonjour Madame Marchetti,

Nous vous remercions pour l'entretien de la semaine passée. Nous avons le plaisir de vous inviter à un deuxième entretien avec M. Jaquet (CFO) et Mme Rochat (Directrice RH), le lundi 13 avril à 14h00 à notre siège du Sentier.

Une étude de cas vous sera transmise 48 heures avant l'entretien; vous disposerez de 15 minutes pour la présenter.

Je vous saurais gré de bien vouloir nous confirmer votre venue.

Avec nos meilleures salutations,
Mélanie Favre
Ressources humaines
Manufacture Jaquet
""", company="Manufacture Jaquet", contact="melanie.favre@horlogerie-jaquet.example.ch", cte="quoted-printable", date="2026-04-01 10:45 +0200")

m(INV, "fr_ics_entretien_tech", "fr", "Youssef Benali <youssef.benali@assurances-lumiere.example.fr>", "Invitation : Entretien technique - Contrôle de gestion", """
Bonjour Sofia,

Comme convenu par téléphone, je vous envoie l'invitation pour l'entretien technique avec Claire et Antoine de l'équipe contrôle de gestion. Prévoyez votre ordinateur : il y aura un petit exercice sur Excel (tableau croisé, RECHERCHEX).

À jeudi !

Youssef Benali
Chargé de recrutement - Assurances Lumière
""", company="Assurances Lumière", contact="youssef.benali@assurances-lumiere.example.fr",
  ics={"uid": "ent-tech-0507-sm@assurances-lumiere.example.fr", "start": "20260507T120000Z", "end": "20260507T131500Z",
       "summary": "Entretien technique - Sofia Marchetti", "organizer": "youssef.benali@assurances-lumiere.example.fr",
       "cn": "Youssef Benali", "location": "Google Meet"}, date="2026-05-04 17:25 +0200")

m(INV, "fr_cabinet_dg", "fr", "Stéphanie Morel <s.morel@morel-executive.example.fr>", "Rencontre avec le client - DAF adjoint", """
Bonjour Sofia,

Bonne nouvelle : notre client, les Laboratoires Virelle, souhaite vous rencontrer pour le poste de DAF adjoint. Le rendez-vous pourrait avoir lieu à Lyon le 28 mai ou en visio le 29 mai au matin.

Dites-moi ce qui vous arrange, je cale tout avec leur assistante.

Belle journée,
Stéphanie
Morel Executive Search
""", company="Laboratoires Virelle", contact="s.morel@morel-executive.example.fr", date="2026-05-19 08:55 +0200")

# Spanish invitations
m(INV, "es_entrevista_formal", "es", "Lucía Herrera <lucia.herrera@naviera-cantabrica.example.es>", "Entrevista - Controller de Flota", """
Estimada Sofia:

En relación con su candidatura al puesto de Controller de Flota, nos complace invitarle a una entrevista por videoconferencia con el Director Financiero, D. Ignacio Salas.

Le proponemos el miércoles 11 de febrero a las 10:00 h (hora peninsular). Le rogamos nos confirme su disponibilidad.

Atentamente,
Lucía Herrera
Recursos Humanos
Naviera Cantábrica
""", company="Naviera Cantábrica", contact="lucia.herrera@naviera-cantabrica.example.es", charset="iso-8859-1", cte="quoted-printable",
  date="2026-02-04 11:00 +0100")

m(INV, "es_charla_rapida", "es", "Pablo Arrieta <pablo@finzio.example.es>", "¿Hablamos?", """
Hola Sofia, ¿qué tal?

He visto tu candidatura para Finance Business Partner y me encantaría tener una llamada rápida contigo esta semana para contarte más sobre el rol. ¿Te va bien el jueves a las 17h o el viernes por la mañana?

Un saludo,
Pablo Arrieta
Head of Finance @ Finzio
""", company="Finzio", contact="pablo@finzio.example.es", date="2026-03-23 12:48 +0100")

m(INV, "es_siguiente_fase", "es", "Equipo de Talento Banco Meridiano <talento@bancomeridiano.example.es>", "Siguiente fase del proceso: entrevista con el panel", """
Hola Sofia,

¡Enhorabuena! Has superado la prueba de razonamiento numérico y nos gustaría invitarte a la siguiente fase: una entrevista con un panel formado por la Directora de Planificación Financiera y dos responsables de negocio.

Puedes elegir fecha y hora en el siguiente enlace: https://seleccion.bancomeridiano.example.es/agenda/SM-2026-884

Si tienes cualquier duda, responde a este correo.

Un saludo,
Equipo de Talento
Banco Meridiano
""", company="Banco Meridiano", contact="talento@bancomeridiano.example.es", fmt="html", date="2026-04-22 09:30 +0200")

m(INV, "es_headhunter", "es", "Carmen Vidal <cvidal@vidal-headhunting.example.es>", "Entrevista con mi cliente", """
Buenas Sofia,

Mi cliente (Textiles Ebro, grupo familiar con sede en Zaragoza) quiere conocerte para la posición de Responsable de Control de Gestión. Sería una primera entrevista presencial en sus oficinas el 9 de junio a las 12:00.

¿Te encaja? Si me confirmas, te paso la dirección y un breve dossier de la empresa.

Saludos,
Carmen Vidal
Vidal Headhunting
+34 600 000 321
""", company="Textiles Ebro", contact="cvidal@vidal-headhunting.example.es", fmt="alt", date="2026-05-29 13:15 +0200")

# --------------------------------------------------------------------------- reschedules / cancellations
RESCHED = "interview_reschedule_or_cancel"
m(RESCHED, "hm_travel_move", "en", "Laura Bianchi <laura.bianchi@corvina-pharma.example.com>", "Re: Interview: Commercial Finance Manager - Sofia Marchetti", """
Hi Sofia,

Apologies, I've been pulled into a board meeting on the 17th. Could we move our interview to Thursday 19th, same time (10:00 CET)? Stefan will send an updated invite.

Sorry for the shuffle!
Laura

Laura Bianchi
Finance Director, Southern Europe
Corvina Pharma
""", company="Corvina Pharma", contact="laura.bianchi@corvina-pharma.example.com", date="2026-03-13 18:02 +0100",
  quote=("gmail", "Stefan Novak <stefan.novak@corvina-pharma.example.com>", "Mon, 9 Mar 2026 at 11:22",
         "Hi Sofia,\nAs discussed, please find the invitation for your first interview for the Commercial Finance Manager role.\nBest regards,\nStefan"))

m(RESCHED, "ics_updated_time", "en", "Stefan Novak <stefan.novak@corvina-pharma.example.com>", "Updated invitation: Interview Commercial Finance Manager - Sofia Marchetti", """
Hi Sofia,

Please see the updated invitation for Thursday 19 March, 10:00-10:45 CET. The Teams link stays the same.

Best,
Stefan
""", company="Corvina Pharma", contact="stefan.novak@corvina-pharma.example.com", fmt="alt",
  ics={"uid": "corvina-cfm-2026-0317@corvina-pharma.example.com", "start": "20260319T090000Z", "end": "20260319T094500Z",
       "summary": "Interview Commercial Finance Manager - Sofia Marchetti", "organizer": "stefan.novak@corvina-pharma.example.com",
       "cn": "Stefan Novak", "seq": "1"}, date="2026-03-13 18:30 +0100")

m(RESCHED, "cancel_panel_chair_sick", "en", "Megan Doyle <megan.doyle@ledgerline.example.com>", "Panel on Friday", """
Hi Sofia, I'm really sorry but we need to cancel Friday's panel - the panel chair is off sick. I'll come back to you early next week with new dates.

Megan
""", company="Ledgerline", contact="megan.doyle@ledgerline.example.com", date="2026-02-25 07:58 +0000")

m(RESCHED, "agency_push_back", "en", "Chloe Barnes <chloe.barnes@apex-talent-partners.example.co.uk>", "Harwick - slight change of plan!", """
Hiya Sofia!

Slight change - Anna at Harwick has had something come up on Tuesday so they've asked if we can push your interview to Thursday 5th March at 11am CET instead. Really sorry for the faff!! Can you do it?

Chloe x
""", company="Harwick Asset Servicing", contact="chloe.barnes@apex-talent-partners.example.co.uk", date="2026-03-01 20:15 +0000")

m(RESCHED, "outlook_cancel_ics", "en", "Wendy Zhao <wendy.zhao@huaxin-trade.example.com>", "Canceled: Interview - Finance Controller (Europe HQ)", """
Dear Ms. Marchetti,

Due to an urgent business trip of our CFO, we have to cancel the interview scheduled on 22 April. We sincerely apologise for the inconvenience and will contact you shortly with a new arrangement.

Best regards,
Wendy Zhao
HR Department
""", company="Huaxin International Trade (Europe)", contact="wendy.zhao@huaxin-trade.example.com",
  ics={"method": "CANCEL", "uid": "huaxin-fc-0422@huaxin-trade.example.com", "start": "20260422T130000Z", "end": "20260422T140000Z",
       "summary": "Interview - Finance Controller (Europe HQ)", "organizer": "wendy.zhao@huaxin-trade.example.com", "cn": "Wendy Zhao",
       "seq": "1"}, date="2026-04-20 10:14 +0800")

# German
m(RESCHED, "de_verschiebung_formell", "de", "Franziska Lehner <franziska.lehner@mainufer-bank.example.de>", "Terminverschiebung Vorstellungsgespräch", """
Sehr geehrte Frau Marchetti,

leider muss ich Ihnen mitteilen, dass Herr Dr. Albrecht am 10. Februar kurzfristig verhindert ist. Wir würden das Gespräch daher gerne auf Donnerstag, den 12. Februar 2026, 15:00 Uhr verlegen.

Bitte entschuldigen Sie die Unannehmlichkeiten und geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Franziska Lehner
Personalreferentin
Mainufer Bank AG
""", company="Mainufer Bank", contact="franziska.lehner@mainufer-bank.example.de", charset="iso-8859-1", cte="quoted-printable",
  date="2026-02-05 16:41 +0100")

m(RESCHED, "de_absage_termin_krank", "de", "Tobias Wendt <tobias@zahlwerk.example.de>", "Morgen", """
Hey Sofia, sorry für die Kurzfristigkeit – ich lieg flach und muss unser Gespräch morgen leider absagen. Können wir nächste Woche was Neues finden? Schick dir gleich ein paar Optionen.

VG Tobias

Von meinem iPhone gesendet
""", company="Zahlwerk", contact="tobias@zahlwerk.example.de", date="2026-02-23 19:20 +0100")

m(RESCHED, "de_swiss_neuer_termin", "de", "Reto Gisler <reto.gisler@helvetia-logistik.example.ch>", "AW: Zweitgespräch Leiterin Controlling", """
Grüezi Frau Marchetti

Kleine Planänderung: Unser CEO ist am 26. März an einer Verwaltungsratssitzung. Wir müssten das Zweitgespräch deshalb auf Dienstag, 31. März, 13:30 Uhr verschieben. Ginge das für Sie?

Freundliche Grüsse
Reto Gisler
Rheinhafen Logistik AG
""", company="Rheinhafen Logistik", contact="reto.gisler@helvetia-logistik.example.ch", date="2026-03-19 08:05 +0100",
  quote=("de", "Sofia Marchetti <sofia.marchetti@example.net>", "Mo., 16. März 2026 um 15:40",
         "Grüezi Herr Gisler\nHerzlichen Dank für die Einladung, den 26. März um 09:30 Uhr bestätige ich gerne.\nFreundliche Grüsse\nSofia Marchetti"))

m(RESCHED, "de_workday_abgesagt", "de", "Talent Acquisition Kessler Automotive <kessler@myworkday.com>", "Absage Ihres Interviewtermins am 08.04.2026", """
Guten Tag Frau Marchetti,

der Interviewtermin am 08.04.2026 um 10:00 Uhr für die Position Controller Werk Ingolstadt (JR-2026-01187) wurde abgesagt. Frau Sommer wird Ihnen in Kürze einen Ersatztermin vorschlagen.

Bei Fragen: daniel.popescu@kessler-automotive.example.de

Ihr Talent Acquisition Team
Kessler Automotive
""", company="Kessler Automotive", contact="daniel.popescu@kessler-automotive.example.de", reply_to="Daniel Popescu <daniel.popescu@kessler-automotive.example.de>", fmt="html",
  ics={"method": "CANCEL", "uid": "JR-2026-01187-int1@kessler-automotive.example.de", "start": "20260408T080000Z", "end": "20260408T090000Z",
       "summary": "Interview Controller Werk Ingolstadt", "organizer": "daniel.popescu@kessler-automotive.example.de", "cn": "Daniel Popescu",
       "seq": "1"}, date="2026-04-06 11:11 +0200")

# French
m(RESCHED, "fr_report_entretien", "fr", "Aurélie Marchand <aurelie.marchand@groupe-vaubrun.example.fr>", "Report de votre entretien du 5 février", """
Madame,

Monsieur Gallet étant retenu par la clôture annuelle, nous sommes contraints de reporter votre entretien prévu le jeudi 5 février à 10h30.

Nous vous proposons le mardi 10 février à 9h30 ou le mercredi 11 février à 16h. Merci de nous indiquer le créneau qui vous convient le mieux.

Avec toutes nos excuses,

Aurélie Marchand
Chargée de recrutement
Groupe Vaubrun
""", company="Groupe Vaubrun", contact="aurelie.marchand@groupe-vaubrun.example.fr", charset="iso-8859-1", date="2026-02-02 12:00 +0100")

m(RESCHED, "fr_annulation_poste_gele", "fr", "Nicolas Peeters <nicolas.peeters@credit-sambre.example.be>", "Annulation de notre rendez-vous de jeudi", """
Bonjour Madame Marchetti,

Je suis désolé de devoir annuler notre échange de jeudi à 14h : nous devons d'abord clarifier le périmètre du poste en interne. Je reviens vers vous d'ici deux semaines avec de nouvelles disponibilités.

Bien à vous,
Nicolas Peeters
Crédit de la Sambre
""", company="Crédit de la Sambre", contact="nicolas.peeters@credit-sambre.example.be", fmt="alt", date="2026-02-24 09:47 +0100")

m(RESCHED, "fr_decale_heure", "fr", "Youssef Benali <youssef.benali@assurances-lumiere.example.fr>", "Petit changement pour jeudi", """
Bonjour Sofia,

Petit changement : Claire a un comité qui déborde, on décale l'entretien technique de jeudi à 15h au lieu de 14h. Même lien Meet. Ça te va toujours ?

Youssef
""", company="Assurances Lumière", contact="youssef.benali@assurances-lumiere.example.fr",
  ics={"uid": "ent-tech-0507-sm@assurances-lumiere.example.fr", "start": "20260507T130000Z", "end": "20260507T141500Z",
       "summary": "Entretien technique - Sofia Marchetti", "organizer": "youssef.benali@assurances-lumiere.example.fr",
       "cn": "Youssef Benali", "location": "Google Meet", "seq": "1"}, date="2026-05-06 10:03 +0200")

m(RESCHED, "fr_cabinet_annule_client", "fr", "Stéphanie Morel <s.morel@morel-executive.example.fr>", "RDV Virelle du 28 mai", """
Bonjour Sofia,

Le DG des Laboratoires Virelle doit s'absenter le 28 ; ils annulent donc le rendez-vous à Lyon et proposent de le remplacer par une visio le 2 juin à 9h. Je vous laisse me confirmer ?

Merci et désolée pour ce contretemps,
Stéphanie
Morel Executive Search
""", company="Laboratoires Virelle", contact="s.morel@morel-executive.example.fr", date="2026-05-25 17:30 +0200",
  quote=("forward", "Isabelle Roux <isabelle.roux@laboratoires-virelle.example.fr>", "lun. 25 mai 2026 à 16:58",
         "Bonjour Stéphanie,\nM. Virelle sera en déplacement le 28. Pouvons-nous annuler le rendez-vous de Lyon et proposer une visio le 2 juin à 9h ?\nCordialement,\nIsabelle Roux\nAssistante de direction"))

# Spanish
m(RESCHED, "es_cambio_hora", "es", "Lucía Herrera <lucia.herrera@naviera-cantabrica.example.es>", "RE: Entrevista - Controller de Flota", """
Estimada Sofia:

Le escribo para informarle de que D. Ignacio Salas tiene un viaje imprevisto el miércoles 11. ¿Sería posible trasladar la entrevista al viernes 13 de febrero a las 12:00 h?

Disculpe las molestias.

Atentamente,
Lucía Herrera
Recursos Humanos
Naviera Cantábrica
""", company="Naviera Cantábrica", contact="lucia.herrera@naviera-cantabrica.example.es", date="2026-02-09 09:20 +0100",
  quote=("outlook", "Sofia Marchetti <sofia.marchetti@example.net>", "jueves, 5 de febrero de 2026 10:12",
         "Estimada Lucía:\nLe confirmo mi disponibilidad para el miércoles 11 de febrero a las 10:00 h.\nUn saludo,\nSofia Marchetti"))

m(RESCHED, "es_cancelada_agencia", "es", "Carmen Vidal <cvidal@vidal-headhunting.example.es>", "Cambio de planes", """
Hola Sofia,

Te escribo rápido: Textiles Ebro me acaba de decir que tienen que cancelar la entrevista del martes 9 porque el director financiero está de baja. Me dicen que en cuanto vuelva proponen nueva fecha. Te mantengo informada!

Saludos,
Carmen
""", company="Textiles Ebro", contact="cvidal@vidal-headhunting.example.es", date="2026-06-05 18:44 +0200")

# --------------------------------------------------------------------------- missed interview notices
MISSED = "missed_interview_notice"
m(MISSED, "tried_calling", "en", "Rachel Kim <rachel.kim@tidewater-am.example.com>", "Missed call - phone screen today", """
Hi Sofia,

I tried calling you at 14:00 today for our phone screen (on the +352 number on your CV) but couldn't get through, and left a voicemail.

Hope everything's OK. If you're still interested, you can rebook here: https://calendly.example.com/rachel-kim-tidewater/30min

Best,
Rachel
Tidewater Asset Management
""", company="Tidewater Asset Management", contact="rachel.kim@tidewater-am.example.com", date="2026-01-26 14:22 +0000")

m(MISSED, "teams_no_show", "en", "Greta Halvorsen <greta.halvorsen@norrsken-insurance.example.no>", "Today's interview", """
Dear Sofia,

We had you scheduled for an interview at 10:00 CET today, but you did not join the Teams meeting. Anders and I waited for 15 minutes.

Could you let me know what happened? If you would like to reschedule, please reply with a few times that work for you next week.

Best regards,
Greta Halvorsen
Senior Recruiter
Norrsken Forsikring
""", company="Norrsken Forsikring", contact="greta.halvorsen@norrsken-insurance.example.no", fmt="alt", date="2026-02-18 10:31 +0100")

m(MISSED, "hm_terse_missed", "en", "Olamide Adeyemi <olamide@fernleaf.example.io>", "Re: Quick question", """
Were we still on for 3pm? I'm in the meet link, no sign of you. Let me know if you want to try another day.

O.
""", company="Fernleaf", contact="olamide@fernleaf.example.io", date="2026-02-06 15:12 +0000",
  quote=("gmail", "Sofia Marchetti <sofia.marchetti@example.net>", "Tue, 3 Feb 2026 at 09:15",
         "Hi Olamide,\nFriday 3pm works great for me. Talk then!\nSofia"))

m(MISSED, "ats_no_show_indian", "en", "Talent Team - Sarvam Analytics <talent@sarvam-analytics.example.in>", "Interview Missed : FP&A Analyst (Remote)", """
Dear Sofia,

This is to inform you that you were scheduled for a virtual interview today, 12-May-2026 at 12:30 IST, for the role of FP&A Analyst (Remote). As per our records you did not attend the same.

In case you wish to be considered further, kindly revert with your availability within 48 hours so that we may reschedule.

Regards,
Talent Team
Sarvam Analytics
""", company="Sarvam Analytics", contact="talent@sarvam-analytics.example.in", fmt="html", date="2026-05-12 13:20 +0530")

m(MISSED, "de_nicht_erschienen", "de", "Anke Sommer <anke.sommer@kessler-automotive.example.de>", "Unser Termin heute", """
Guten Tag Frau Marchetti,

wir waren heute um 10:00 Uhr zum Video-Interview verabredet, Sie haben sich jedoch nicht eingewählt. Ich hoffe, es ist nichts passiert.

Falls Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Ende der Woche bei mir.

Freundliche Grüße
Anke Sommer
Leitung Werkscontrolling
Kessler Automotive
""", company="Kessler Automotive", contact="anke.sommer@kessler-automotive.example.de", cte="quoted-printable", date="2026-04-15 10:40 +0200")

m(MISSED, "de_swiss_verpasst", "de", "Reto Gisler <reto.gisler@helvetia-logistik.example.ch>", "Zweitgespräch heute 13:30", """
Grüezi Frau Marchetti

Wir haben heute um 13:30 Uhr mit der Geschäftsleitung auf Sie gewartet, leider sind Sie nicht erschienen. Telefonisch konnten wir Sie auch nicht erreichen.

Bitte melden Sie sich kurz bei mir.

Freundliche Grüsse
Reto Gisler
Rheinhafen Logistik AG
""", company="Rheinhafen Logistik", contact="reto.gisler@helvetia-logistik.example.ch", date="2026-03-31 14:10 +0200")

m(MISSED, "fr_absente_visio", "fr", "Léa Garnier <lea.garnier@paloma-capital.example.fr>", "Notre call de ce matin", """
Bonjour Sofia,

Je vous attendais ce matin à 10h pour notre call, mais je ne vous ai pas vue dans la visio. Peut-être un souci de calendrier ?

Si vous êtes toujours intéressée, n'hésitez pas à reprendre un créneau via le lien habituel.

Belle journée,
Léa
Paloma Capital
""", company="Paloma Capital", contact="lea.garnier@paloma-capital.example.fr", date="2026-03-10 10:35 +0100")

m(MISSED, "fr_suisse_pas_presentee", "fr", "Mélanie Favre <melanie.favre@horlogerie-jaquet.example.ch>", "Entretien du 13 avril", """
Madame Marchetti,

Nous vous attendions cet après-midi à 14h00 au Sentier pour votre deuxième entretien. Sauf erreur de notre part, vous ne vous êtes pas présentée et nous n'avons reçu aucun message.

Je vous remercie de bien vouloir me recontacter afin que nous puissions faire le point.

Avec nos meilleures salutations,
Mélanie Favre
Manufacture Jaquet
""", company="Manufacture Jaquet", contact="melanie.favre@horlogerie-jaquet.example.ch", charset="iso-8859-1", cte="quoted-printable",
  date="2026-04-13 15:05 +0200")

m(MISSED, "es_no_se_conecto", "es", "Pablo Arrieta <pablo@finzio.example.es>", "Llamada de hoy", """
Hola Sofia,

Te he estado esperando en la llamada de las 17h pero no te has conectado. ¿Todo bien? Si quieres lo intentamos otro día, dime qué te viene mejor.

Pablo
Finzio
""", company="Finzio", contact="pablo@finzio.example.es", date="2026-03-26 17:25 +0100")

m(MISSED, "es_ausencia_entrevista", "es", "Equipo de Talento Banco Meridiano <talento@bancomeridiano.example.es>", "Ausencia en la entrevista con el panel", """
Hola Sofia,

Ayer teníamos programada tu entrevista con el panel a las 11:00 h y no pudimos contactar contigo. Te llamamos también al móvil sin éxito.

Si sigues interesada en el proceso, contesta a este correo y veremos si es posible encontrar una nueva fecha.

Un saludo,
Equipo de Talento
Banco Meridiano
""", company="Banco Meridiano", contact="talento@bancomeridiano.example.es", fmt="alt", date="2026-05-06 09:12 +0200")

# --------------------------------------------------------------------------- application acknowledgements
ACK = "application_received"
m(ACK, "workday_volume", "en", "Stellwerk Pharma Careers <stellwerkpharma@myworkday.com>", "Thank you for applying to Stellwerk Pharma", """
Dear Sofia Marchetti,

Thank you for your interest in Stellwerk Pharma. We have received your application for Controller, Commercial Operations (R-0019934).

Our recruiting team will review your qualifications. Due to the high volume of applications we receive, we are unable to respond to every applicant individually; if your profile matches our requirements, a member of our team will contact you.

You can check the status of your application at any time in your candidate home.

Sincerely,
Stellwerk Pharma Talent Acquisition
""", company="Stellwerk Pharma", fmt="html", date="2026-01-12 21:40 +0000")

m(ACK, "greenhouse_ack", "en", "Lumora Hiring Team <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Lumora!", """
Hi Sofia,

Thanks so much for your interest in the Senior Finance Business Partner role at Lumora! We've received your application and our team is reviewing it now.

We review every application carefully, and will be in touch if there's a match. In the meantime, feel free to check out our blog: https://lumora.example.com/blog

Best,
The Lumora Talent Team
""", company="Lumora", fmt="alt", date="2026-02-27 16:03 -0500")

m(ACK, "no_individual_feedback", "en", "Recruitment - Halcyon Fund Administration <recruitment@halcyon-fa.example.ie>", "Application received - Fund Financial Controller", """
Dear Sofia,

Thank you for applying for the role of Fund Financial Controller with Halcyon Fund Administration in Dublin.

This email confirms that your application has been received. Our recruitment team will review all applications after the closing date of 20 March 2026. Shortlisted candidates will be contacted to complete an online numerical reasoning assessment.

Unfortunately we are unable to provide individual feedback at this stage of the process.

Kind regards,
Recruitment Team
Halcyon Fund Administration
Registered in Ireland No. 000000. Halcyon Fund Administration is regulated by the Central Bank of Ireland.
""", company="Halcyon Fund Administration", contact="recruitment@halcyon-fa.example.ie", cte="quoted-printable", date="2026-03-04 11:27 +0000")

m(ACK, "smartrecruiters_ack", "en", "Orsino Luxury Group <noreply@smartrecruiters.com>", "We received your application", """
Hi Sofia,

Thank you for applying to Finance Business Partner - Retail EMEA at Orsino Luxury Group.

Your application has been submitted successfully. If your experience matches what we are looking for, we will contact you about next steps. If you do not hear from us within four weeks, please consider that we have not been able to take your application forward this time.

Orsino Luxury Group | Milano
""", company="Orsino Luxury Group", fmt="html", date="2026-01-08 08:44 +0100")

m(ACK, "ngo_ack_british", "en", "Wellspring International <jobs@wellspring-intl.example.org>", "Your application: Finance & Grants Manager", """
Dear Sofia,

Many thanks for your application for the post of Finance & Grants Manager (Brussels, 12-month FTC).

We will be in touch after the shortlisting meeting on 9 April. Please note that as a small charity we receive a very large number of applications and we regret that we are not able to contact unsuccessful applicants individually.

With best wishes,
The People Team
Wellspring International
Registered charity no. 000000 (England and Wales)
""", company="Wellspring International", contact="jobs@wellspring-intl.example.org", date="2026-03-25 12:02 +0000",
  charset="windows-1252")

m(ACK, "epso_portal_ack", "en", "EU Budget Agency Selection <selection-noreply@eubudget-agency.example.eu>", "Acknowledgement of receipt - Vacancy REF/TA/AD7/2026/02", """
Dear Candidate,

We acknowledge receipt of your application for the vacancy REF/TA/AD7/2026/02 - Financial Officer (Budget Planning).

Application number: 2026-02-01187

Please quote this number in any correspondence. The Selection Committee will assess all eligible applications against the criteria set out in the vacancy notice. Candidates will be informed of the outcome in due course.

This is an automatically generated message. Please do not reply.
""", company="EU Budget Agency", date="2026-04-03 23:59 +0200", headers=[("Auto-Submitted", "auto-generated")])

m(ACK, "recruiter_personal_ack", "en", "Sinead Walsh <sinead.walsh@corrib-assurance.example.ie>", "Re: Application - Finance Business Partner", """
Hi Sofia,

Thanks for your email and CV - got it, and I've passed it to the hiring manager. We're hoping to get shortlisting done by the end of next week, so I'll be in touch either way.

Thanks,
Sinead

Sinead Walsh | Talent Acquisition | Corrib Assurance
""", company="Corrib Assurance", contact="sinead.walsh@corrib-assurance.example.ie", date="2026-05-11 09:40 +0100",
  quote=("outlook", "Sofia Marchetti <sofia.marchetti@example.net>", "Sunday, May 10, 2026 7:12 PM",
         "Dear Sinead,\nPlease find attached my CV for the Finance Business Partner role advertised on LinkedIn.\nKind regards,\nSofia Marchetti"))

# German
m(ACK, "de_eingangsbestaetigung", "de", "Bewerbermanagement Rheinfels Versicherung <bewerbung@rheinfels-versicherung.example.de>", "Eingangsbestätigung Ihrer Bewerbung", """
Sehr geehrte Frau Marchetti,

vielen Dank für Ihre Bewerbung als Referentin Konzerncontrolling (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine Zwischenbescheide versenden können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfels Versicherung AG
""", company="Rheinfels Versicherung", contact="bewerbung@rheinfels-versicherung.example.de", charset="iso-8859-1", cte="quoted-printable",
  date="2026-01-06 08:00 +0100")

m(ACK, "de_personio_du", "de", "Zahlwerk <jobs@zahlwerk.jobs.personio.de>", "Danke für deine Bewerbung!", """
Hi Sofia,

danke für deine Bewerbung als Finance Lead! Wir haben sie erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Leider schaffen wir es nicht, jedem individuelles Feedback zu geben – wir melden uns aber auf jeden Fall, sobald es Neuigkeiten gibt.

Dein Zahlwerk Team
""", company="Zahlwerk", fmt="html", date="2026-02-14 11:20 +0100")

m(ACK, "de_swiss_bestaetigung", "de", "HR Services Bergli Versicherungen <hr-services@bergli.example.ch>", "Bestätigung: Ihre Bewerbung ist bei uns eingetroffen", """
Sehr geehrte Frau Marchetti

Wir bestätigen Ihnen den Eingang Ihres Dossiers für die Stelle «Finance Business Partner Nichtleben 80-100%».

Der Bewerbungsprozess dauert erfahrungsgemäss drei bis vier Wochen. Bei Fragen steht Ihnen Frau Nadia Ammann (nadia.ammann@bergli.example.ch) gerne zur Verfügung.

Freundliche Grüsse
HR Services
Bergli Versicherungen
""", company="Bergli Versicherungen", contact="nadia.ammann@bergli.example.ch", reply_to="Nadia Ammann <nadia.ammann@bergli.example.ch>", fmt="alt", date="2026-03-11 07:31 +0100")

m(ACK, "de_oeffentlicher_dienst", "de", "Personalreferat Stadtwerke Mainbogen <personal@stadtwerke-mainbogen.example.de>", "Ihre Bewerbung – Kennziffer 2026-031", """
Sehr geehrte Frau Marchetti,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Sachbearbeitung Beteiligungscontrolling (Kennziffer 2026-031).

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Wir bitten um Verständnis, dass dies einige Zeit in Anspruch nehmen kann und wir von Sachstandsanfragen abzusehen bitten.

Mit freundlichen Grüßen
Personalreferat
Stadtwerke Mainbogen
""", company="Stadtwerke Mainbogen", contact="personal@stadtwerke-mainbogen.example.de", charset="iso-8859-1", date="2026-04-09 13:15 +0200")

m(ACK, "de_successfactors_ack", "de", "Karriere Aurelis Pharma <karriere-noreply@aurelis-pharma.example.de>", "Ihre Bewerbung: Finance Business Partner R&D (Req. 8812)", """
Guten Tag Frau Marchetti,

vielen Dank für Ihr Interesse an Aurelis Pharma. Ihre Bewerbung für die Position Finance Business Partner R&D (Req. 8812) ist bei uns eingegangen.

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
""", company="Aurelis Pharma", fmt="alt", date="2026-04-07 02:15 +0200")

# French
m(ACK, "fr_accuse_reception", "fr", "Recrutement Banque Sauvageot <recrutement@banque-sauvageot.example.lu>", "Accusé de réception de votre candidature", """
Madame,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion H/F et vous remercions de l'intérêt porté à notre établissement.

Votre dossier sera étudié avec la plus grande attention. En raison du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Service Ressources Humaines
Banque Sauvageot S.A.
""", company="Banque Sauvageot", contact="recrutement@banque-sauvageot.example.lu", charset="iso-8859-1", cte="quoted-printable",
  date="2026-01-07 09:02 +0100")

m(ACK, "fr_welcome_ack", "fr", "Maison Delorme Paris <noreply@smartrecruiters.com>", "Merci pour votre candidature chez Maison Delorme", """
Bonjour Sofia,

Nous avons bien reçu votre candidature pour le poste de Contrôleur Financier Retail et nous vous en remercions.

Notre équipe l'étudie actuellement avec attention. Nous reviendrons vers vous dans les meilleurs délais.

À bientôt,
L'équipe Talent Acquisition
Maison Delorme
""", company="Maison Delorme", fmt="html", date="2026-02-16 10:21 +0100")

m(ACK, "fr_belge_asbl", "fr", "Solidarité Nord-Sud asbl <emploi@snsud.example.be>", "Bien reçu ! Candidature responsable administrative et financière", """
Bonjour,

Merci pour votre candidature au poste de responsable administrative et financière. Nous l'avons bien reçue.

Les entretiens auront lieu dans la semaine du 20 avril. Nous ne pourrons malheureusement pas fournir de retour individuel à ce stade ; les personnes retenues seront contactées par téléphone.

Bien à vous,
L'équipe de Solidarité Nord-Sud
""", company="Solidarité Nord-Sud", contact="emploi@snsud.example.be", date="2026-04-02 15:47 +0200")

m(ACK, "fr_universite_ack", "fr", "Université de Lausanne-Rives - Ressources humaines <rh-candidatures@unil-rives.example.ch>",
  "Confirmation de dépôt de votre candidature (réf. ADM-2026-17)", """
Madame Marchetti,

Nous vous confirmons la bonne réception de votre dossier de candidature pour le poste d'adjointe au responsable financier (réf. ADM-2026-17).

La commission de présélection se réunira après le délai de postulation. Vous serez informée de la suite donnée à votre candidature.

Ce message est généré automatiquement, merci de ne pas y répondre.
""", company="Université de Lausanne-Rives", fmt="alt", date="2026-05-15 12:00 +0200")

m(ACK, "fr_cabinet_ack", "fr", "Camille Rousseau <c.rousseau@talents-finance-conseil.example.fr>", "Re: Candidature - Contrôleur de gestion assurance", """
Bonjour Sofia,

Merci pour votre candidature, bien reçue. Je la parcours ce week-end et je vous rappelle en début de semaine pour faire connaissance.

Bien cordialement,
Camille Rousseau
Talents Finance Conseil
""", company="Talents Finance Conseil", contact="c.rousseau@talents-finance-conseil.example.fr", date="2026-03-13 18:50 +0100")

# Spanish
m(ACK, "es_acuse_recibo", "es", "Selección Grupo Albéniz <seleccion@grupoalbeniz.example.es>", "Hemos recibido tu candidatura", """
Hola Sofia,

Gracias por inscribirte en nuestra oferta de Controller Financiero. Hemos recibido correctamente tu candidatura.

Debido al elevado número de candidaturas, no nos es posible responder de forma individual a cada una. Si tu perfil encaja, nos pondremos en contacto contigo en las próximas semanas.

Un saludo,
Departamento de Personas
Grupo Albéniz
""", company="Grupo Albéniz", contact="seleccion@grupoalbeniz.example.es", fmt="alt", charset="iso-8859-1", date="2026-01-21 17:05 +0100")

m(ACK, "es_infojobs_inscrita", "es", "InfoJobs <notificaciones@infojobs.example.net>", "Te has inscrito en la oferta Analista FP&A (Madrid)", """
Hola Sofia,

Te confirmamos que te has inscrito correctamente en la oferta "Analista FP&A (Madrid)" de Logística Tajo.

La empresa recibirá tu CV y tu carta de presentación. Te avisaremos cuando cambie el estado de tu candidatura.

El equipo de InfoJobs
""", company="Logística Tajo", fmt="html", date="2026-04-20 19:33 +0200")

m(ACK, "es_workday_recibida", "es", "Aseguradora Cierzo Empleo <cierzo@myworkday.com>", "Confirmación de candidatura - Técnico/a de Control de Gestión", """
Estimada Sofia Marchetti:

Gracias por tu interés en Aseguradora Cierzo. Confirmamos la recepción de tu candidatura para la vacante Técnico/a de Control de Gestión (JR-2026-332).

Revisaremos tu perfil y, si encaja con los requisitos del puesto, nos pondremos en contacto contigo para las siguientes fases, que incluyen una prueba técnica y entrevistas.

Atentamente,
Equipo de Selección
""", company="Aseguradora Cierzo", fmt="alt", cte="base64", date="2026-05-21 07:10 +0200")

# --------------------------------------------------------------------------- offers
OFFER = "offer"
m(OFFER, "verbal_followup", "en", "Jonas Lindqvist <jonas.lindqvist@nordhavn-shipping.example.com>", "Great speaking earlier", """
Hi Sofia,

Really glad I caught you on the phone earlier. As promised, a quick summary of what we discussed: we'd like to offer you the role of Finance Business Partner, Fleet Operations, based in Luxembourg, with a base salary of EUR 92,000 plus the annual bonus scheme (target 12%).

HR will send the formal offer letter and contract by Thursday. Any questions in the meantime, just call me.

Best,
Jonas
Nordhavn Shipping AS
""", company="Nordhavn Shipping", contact="jonas.lindqvist@nordhavn-shipping.example.com", date="2026-06-16 17:02 +0200")

m(OFFER, "offer_letter_attached", "en", "Sinead Walsh <sinead.walsh@corrib-assurance.example.ie>", "Offer of employment - Finance Business Partner", """
Dear Sofia,

Further to your recent interviews, I am delighted to confirm that Corrib Assurance would like to offer you the position of Finance Business Partner.

Please find attached your offer letter setting out the terms and conditions. The offer is conditional upon satisfactory references and background screening. We would be grateful if you could return a signed copy by 5 June 2026.

Congratulations, and please don't hesitate to contact me with any questions.

Kind regards,
Sinead Walsh
Talent Acquisition | Corrib Assurance
""", company="Corrib Assurance", contact="sinead.walsh@corrib-assurance.example.ie", attach="Offer_Letter_S_Marchetti.pdf", charset="windows-1252",
  date="2026-05-28 15:44 +0100")

m(OFFER, "pleased_to_offer_aus", "en", "Kirra Donnelly <kirra.donnelly@saltbushcapital.example.com.au>", "Good news!", """
Hi Sofia,

Hope your week's going well! I'm pleased to offer you the Senior FP&A Analyst contract (6 months, remote, EMEA hours, AUD day rate as discussed). The team were really impressed with your model walkthrough.

I'll send through the contract via DocuSign shortly - shout if anything doesn't look right.

Cheers,
Kirra
Saltbush Capital
""", company="Saltbush Capital", contact="kirra.donnelly@saltbushcapital.example.com.au", date="2026-06-22 09:30 +1000")

m(OFFER, "conditional_offer_ref_check", "en", "Ingrid Solberg <ingrid.solberg@fjordvik-energy.example.no>", "Conditional offer - Senior Controller", """
Dear Sofia,

Following the second round in Oslo, I am pleased to inform you that we would like to offer you the position of Senior Controller in Fjordvik Energy ASA.

The offer is conditional on two satisfactory reference checks. Could you please send me contact details for two references (preferably former line managers)? Once these are completed we will send you the employment contract for signature.

Best regards,
Ingrid Solberg
HR Adviser
Fjordvik Energy ASA
""", company="Fjordvik Energy", contact="ingrid.solberg@fjordvik-energy.example.no", fmt="alt", date="2026-04-24 13:10 +0200")

m(OFFER, "de_vertragsangebot", "de", "Svenja Ortmann <svenja.ortmann@aurelis-pharma.example.de>", "Ihr Vertragsangebot", """
Liebe Frau Marchetti,

ich freue mich sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Position als Finance Business Partner Oncology anbieten möchten!

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 30. Juni zurück. Für Fragen zu Gehalt oder Startdatum stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Svenja Ortmann
Talent Acquisition | Aurelis Pharma
""", company="Aurelis Pharma", contact="svenja.ortmann@aurelis-pharma.example.de", attach="Arbeitsvertrag_Marchetti.pdf",
  cte="quoted-printable", date="2026-06-18 11:25 +0200")

m(OFFER, "de_swiss_zusage", "de", "Corinne Baumgartner <corinne.baumgartner@zuerileu-bank.example.ch>", "Zusage", """
Liebe Frau Marchetti

Es freut mich ausserordentlich, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Senior Financial Controller anbieten. Das Gremium war von Ihrer Fallstudie begeistert.

Den Vertragsentwurf erhalten Sie diese Woche per Post und vorab per E-Mail. Möchten Sie vorher noch telefonisch die Konditionen besprechen?

Freundliche Grüsse
Corinne Baumgartner
Zürileu Privatbank AG
""", company="Zürileu Privatbank", contact="corinne.baumgartner@zuerileu-bank.example.ch", date="2026-05-27 16:00 +0200")

m(OFFER, "fr_promesse_embauche", "fr", "Aurélie Marchand <aurelie.marchand@groupe-vaubrun.example.fr>", "Proposition d'embauche", """
Madame,

Nous avons le plaisir de vous proposer le poste de Business Partner Finance au sein du Groupe Vaubrun, en CDI, à compter du 1er avril 2026, pour une rémunération annuelle brute de 68 000 euros.

Vous trouverez ci-joint la promesse d'embauche. Nous vous remercions de bien vouloir nous la retourner signée avant le 6 mars.

Dans l'attente de vous accueillir, je vous prie d'agréer, Madame, mes salutations distinguées.

Aurélie Marchand
Chargée de recrutement
Groupe Vaubrun
""", company="Groupe Vaubrun", contact="aurelie.marchand@groupe-vaubrun.example.fr", attach="Promesse_embauche_Marchetti.pdf",
  charset="iso-8859-1", cte="quoted-printable", date="2026-02-27 10:10 +0100")

m(OFFER, "fr_offre_orale_tu", "fr", "Hugo Ferrand <hugo@quantile.example.fr>", "Suite à notre appel", """
Salut Sofia,

Comme je te disais au tel, on aimerait vraiment que tu rejoignes Quantile en tant que Head of Finance Ops ! Je te confirme le package : 75k fixe + BSPCE. Je t'envoie le contrat à signer dès que les juristes l'ont relu, normalement lundi.

Trop content !
Hugo
""", company="Quantile", contact="hugo@quantile.example.fr", date="2026-06-26 19:40 +0200")

m(OFFER, "es_oferta_formal", "es", "Lucía Herrera <lucia.herrera@naviera-cantabrica.example.es>", "Oferta de empleo - Controller de Flota", """
Estimada Sofia:

Nos complace comunicarle que, tras finalizar el proceso de selección, ha sido seleccionada para el puesto de Controller de Flota en Naviera Cantábrica.

Adjuntamos la carta de oferta con las condiciones económicas y la fecha de incorporación prevista. Le agradeceríamos que nos confirmara su aceptación antes del 10 de marzo.

Reciba un cordial saludo,
Lucía Herrera
Recursos Humanos
Naviera Cantábrica
""", company="Naviera Cantábrica", contact="lucia.herrera@naviera-cantabrica.example.es", attach="Carta_oferta.pdf", fmt="alt",
  date="2026-03-02 13:00 +0100")

m(OFFER, "es_contrato_firmar", "es", "Marta Puig <marta@nubeta.example.es>", "Te queremos en el equipo!!", """
Hola Sofia!!

Después de todo el lío, se ha abierto una segunda posición de Finance BP y queremos ofrecértela. Te mando el contrato para firmar por Signaturit esta tarde; incorporación el 1 de julio si te encaja.

¡Dime algo!
Marta
Nubeta
""", company="Nubeta", contact="marta@nubeta.example.es", date="2026-06-10 12:05 +0200")

# --------------------------------------------------------------------------- other
OTHER = "other"


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


m(OTHER, "linkedin_job_alert", "en", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
  "\u201cfinance business partner\u201d: 12 new jobs in Luxembourg", """
Your job alert for finance business partner in Luxembourg

Finance Business Partner - Halvard Re - Luxembourg (Hybrid) - Actively recruiting
https://www.linkedin.example.com/comm/jobs/view/3901

Senior FP&A Analyst - Tidewater Asset Management - Dublin - Easy Apply
https://www.linkedin.example.com/comm/jobs/view/3902

Controller, Fund Accounting - Meridian Fund Services - Luxembourg - 3 school alumni work here
https://www.linkedin.example.com/comm/jobs/view/3903

Commercial Finance Manager - Corvina Pharma - Milan - Be an early applicant
https://www.linkedin.example.com/comm/jobs/view/3904

See all jobs: https://www.linkedin.example.com/comm/jobs/search?keywords=finance%20business%20partner

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/comm/psettings/email-unsubscribe
""", fmt="html", date="2026-01-09 06:12 +0000",
  headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/comm/psettings/email-unsubscribe"))

m(OTHER, "indeed_digest", "en", "Indeed <alert@indeed.example.com>", "Financial Controller jobs in Zürich - 8 new", """
8 new jobs matching financial controller in Zürich, ZH

Financial Controller 80-100% - Bergli Versicherungen - Zürich - CHF 120,000 - 140,000 a year - Responded to 75% or more applications in the past 30 days
https://ch.indeed.example.com/rc/clk?jk=a1

Group Reporting Specialist - Alpenfels Holding - Zug - Easily apply
https://ch.indeed.example.com/rc/clk?jk=a2

Controller (m/w/d) - Seewald Medtech - Winterthur - Urgently hiring
https://ch.indeed.example.com/rc/clk?jk=a3

Senior Finance Analyst - Zürileu Privatbank - Zürich - New
https://ch.indeed.example.com/rc/clk?jk=a4

Unsubscribe from this alert | Privacy | Indeed, 6433 Champion Grandview Way, Austin, TX 78750
""", fmt="alt", date="2026-02-08 05:30 +0000",
  headers=bulk("<job-alerts.indeed.example.com>", "https://ch.indeed.example.com/unsubscribe?id=77"))

m(OTHER, "career_newsletter_rejection", "en", "The Finance Career Letter <hello@financecareerletter.example.com>",
  "Why \"we won't be moving forward\" isn't the end + interview no-shows", """
Hi there,

This week: three readers told us about being rejected after a final-round interview. Unfortunately, "we have decided to move forward with other candidates" is something almost every job seeker hears. Here is how to reply graciously and ask for feedback.

Also inside: what to do if you miss an interview (short answer: write quickly, take responsibility, offer new times), and why hiring managers reschedule more than you think.

Read the issue: https://financecareerletter.example.com/p/issue-87

Interview of the week: we spoke to a CFO in Amsterdam about her path from audit to FP&A.

You're receiving this because you subscribed at financecareerletter.example.com. Unsubscribe: https://financecareerletter.example.com/unsubscribe
""", fmt="html", date="2026-02-22 07:00 +0000",
  headers=bulk("Finance Career Letter <weekly.financecareerletter.example.com>", "https://financecareerletter.example.com/unsubscribe"))

m(OTHER, "inmail_notification", "en", "Graham Pryce via LinkedIn <inmail-hit-reply@linkedin.example.com>", "Graham sent you a new message", """
Graham Pryce
Director, Finance Practice at Holloway Partners

Hi Sofia, I came across your profile and was impressed by your FP&A background. I work exclusively with fund administrators and asset managers across Luxembourg and Dublin. I'd be keen to connect and keep you in mind for upcoming interim and permanent opportunities. No specific role right now, just building my network.

Reply: https://www.linkedin.example.com/messaging/thread/2-ZjQ

This message was sent via LinkedIn. Unsubscribe from InMail notifications.
""", fmt="html", date="2026-01-15 12:40 +0000",
  headers=[("List-Unsubscribe", "<https://www.linkedin.example.com/comm/psettings/email-unsubscribe>")])

m(OTHER, "cold_outreach_agency", "en", "Ben Hardcastle <ben.hardcastle@quantum-recruit.example.co.uk>", "Quick one", """
Hi Sofia,

Hope you're well! I'm a specialist recruiter covering Finance Business Partnering roles across Benelux. I have a number of EXCITING opportunities coming through with top-tier banks and fintechs - some of them never advertised!!

Would be great to add you to my network - if you can send over an updated CV I'll keep you front of mind.

Have a great week!
Ben

Ben Hardcastle | Quantum Recruit | +44 161 000 5544
""", contact="ben.hardcastle@quantum-recruit.example.co.uk", date="2026-03-06 09:02 +0000")

m(OTHER, "podcast_interview", "en", "Nikhil Rao <nikhil@thecfopipeline.example.com>", "Podcast interview - The CFO Pipeline?", """
Hi Sofia,

I host The CFO Pipeline, a podcast about finance careers (about 8k listeners, mostly FP&A folks). I read your LinkedIn post on rolling forecasts in shipping and would love to have you on for an interview - 40 minutes, recorded remotely, whenever suits.

Would you be up for it? Happy to send sample questions.

Cheers,
Nikhil
""", contact="nikhil@thecfopipeline.example.com", date="2026-03-17 16:20 +0000")

m(OTHER, "user_research", "en", "Maya Feldman <maya.feldman@pennywise-app.example.com>", "Invitation: 30-min research interview (EUR 50 voucher)", """
Hi Sofia,

Thanks for signing up to the Pennywise research panel! We're talking to finance professionals about how they build budgets and we'd love to interview you for 30 minutes over Zoom.

As a thank you you'll receive a EUR 50 voucher. Book a slot here: https://research.pennywise-app.example.com/book/sm

Thanks!
Maya Feldman
UX Researcher, Pennywise
""", contact="maya.feldman@pennywise-app.example.com", fmt="alt", date="2026-04-10 11:05 +0100")

m(OTHER, "friend_own_rejection", "en", "Giulia Conti <giulia.conti84@example.org>", "ugh", """
Sofi,

So I finally heard back from that Deutsche-whatever bank in Frankfurt. They rejected me!! After FOUR rounds and a case study. "We have decided to proceed with candidates whose profiles more closely match" blah blah. I'm so annoyed.

Drinks on Friday? I need to vent. And tell me how your interviews are going!

G xx
""", contact="giulia.conti84@example.org", date="2026-03-04 21:33 +0100")

m(OTHER, "parcel_delayed", "en", "ParcelPoint <no-reply@parcelpoint.example.com>", "Unfortunately your order is delayed", """
Hi Sofia,

Unfortunately your order #PP-2281734 (1 item: Ergonomic laptop stand) is delayed due to high volumes at our sorting centre.

New estimated delivery: Thursday 19 February.

Track your parcel: https://track.parcelpoint.example.com/PP-2281734

We're sorry for the inconvenience.
ParcelPoint Customer Care
""", fmt="html", date="2026-02-16 08:10 +0000")

m(OTHER, "bank_credit_card_application", "en", "Harbour Bank Ireland <notifications@harbourbank.example.ie>", "We've received your application", """
Dear Ms Marchetti,

Thank you for applying for a Harbour Platinum Credit Card. We have received your application (reference HB-CC-0094412) and will assess it within 5 working days.

Unfortunately we are unable to discuss the outcome of your application by phone. We will write to you with our decision.

Harbour Bank Ireland DAC is regulated by the Central Bank of Ireland.
""", fmt="alt", date="2026-05-18 10:00 +0100")

m(OTHER, "apartment_rejection", "en", "Aoife Byrne <aoife.byrne@liffeylettings.example.ie>", "Re: 14 Grand Canal Quay viewing", """
Hi Sofia,

Thanks for viewing the apartment at 14 Grand Canal Quay on Saturday and for submitting your application. Unfortunately the landlord has decided to proceed with another applicant.

We have a similar two-bed in Ringsend coming up next week - let me know if you'd like a viewing.

Kind regards,
Aoife Byrne
Liffey Lettings
""", contact="aoife.byrne@liffeylettings.example.ie", date="2026-05-25 12:30 +0100")

m(OTHER, "recruiter_out_of_office", "en", "Tom Ashworth <tom@harcourtfinance-search.example.com>", "Automatic reply: Meridian interview feedback?", """
Thank you for your email. I am out of the office until Monday 9th March with limited access to email. For urgent matters please contact the office on +44 20 7946 0000.

Kind regards,
Tom
""", contact="tom@harcourtfinance-search.example.com", date="2026-03-03 08:14 +0000",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

m(OTHER, "standup_calendar", "en", "Google Calendar <calendar-notification@google.example.com>", "Invitation: FP&A weekly standup @ Weekly on Monday 09:30 - 09:45 (CET)", """
You have been invited to the following event.

FP&A weekly standup
When: Weekly on Monday 09:30 - 09:45 Central European Time
Who: Marco Ferri (organiser), Sofia Marchetti, Elena Russo

Join with Google Meet: https://meet.google.example.com/abc-defg-hij

Invitation from Google Calendar
""", fmt="alt",
  ics={"uid": "standup-fpa-weekly@lagunaverde.example.com", "start": "20260112T083000Z", "end": "20260112T084500Z",
       "summary": "FP&A weekly standup", "organizer": "marco.ferri@lagunaverde.example.com", "cn": "Marco Ferri",
       "location": "Google Meet"}, date="2026-01-05 16:44 +0100")

m(OTHER, "own_sent_followup", "en", ME, "Following up - Finance Business Partner application", """
Dear Sinead,

I hope you are well. I applied for the Finance Business Partner role at Corrib Assurance two weeks ago and wanted to follow up, as I remain very interested in the position. Would you be able to share an update on the timeline?

Kind regards,
Sofia Marchetti
+352 621 000 000
""", to="Sinead Walsh <sinead.walsh@corrib-assurance.example.ie>", date="2026-05-24 18:02 +0200")

m(OTHER, "airline_schedule_change", "en", "SkyLuxe Airlines <noreply@skyluxe-air.example.com>", "Important: your flight LX2214 has been rescheduled", """
Dear Ms Marchetti,

We regret to inform you that your flight LX2214 Luxembourg - Oslo on 13 April 2026 has been rescheduled due to operational reasons.

New departure: 13 April 2026, 15:40 (previously 07:25)
Booking reference: K7Q2ZP

If the new time does not suit you, you can change your flight free of charge or request a refund: https://www.skyluxe-air.example.com/manage

SkyLuxe Airlines
""", fmt="html", date="2026-04-06 03:20 +0000")

m(OTHER, "university_admission", "en", "Admissions Office - Ashford Business School <admissions@ashford-bs.example.ac.uk>",
  "Your application for the Executive MSc in Strategic Finance", """
Dear Sofia,

Thank you for your application to the Executive MSc in Strategic Finance (September 2026 intake).

The Admissions Committee has carefully considered your application. We regret to inform you that we are unable to offer you a place on this occasion. Competition was exceptionally strong this year.

You are welcome to reapply for a future intake.

Yours sincerely,
Admissions Office
Ashford Business School
""", contact="admissions@ashford-bs.example.ac.uk", date="2026-06-12 14:00 +0100")

# German other
m(OTHER, "de_stepstone_jobagent", "de", "StepStone Jobagent <jobagent@stepstone.example.de>", "12 neue Jobs für \u201eController\u201c in Frankfurt am Main", """
Hallo Sofia,

hier sind die neuesten Jobs für deinen Jobagenten "Controller" in Frankfurt am Main (+ 25 km):

Referent Konzerncontrolling (m/w/d) - Rheinfels Versicherung AG - Wiesbaden - Homeoffice möglich
Financial Controller (w/m/d) - Mainufer Bank AG - Frankfurt am Main - Schnelle Bewerbung
Senior Controller (w/m/d) - Voss & Lindner - Eschborn - Neu
Controller Beteiligungen (m/w/d) - Stadtwerke Mainbogen - Offenbach

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/ergebnisse?id=4411

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent/verwalten
""", fmt="html", charset="iso-8859-1", date="2026-01-16 06:45 +0100",
  headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/verwalten"))

m(OTHER, "de_karriere_newsletter", "de", "Karriere-Kompass <newsletter@karriere-kompass.example.de>", "Absage erhalten? So reagieren Sie richtig", """
Liebe Leserin, lieber Leser,

eine Absage nach dem Vorstellungsgespräch tut weh. In dieser Ausgabe zeigen wir, wie Sie souverän antworten, um Feedback bitten und sich Türen offen halten.

Außerdem: Was tun, wenn Sie ein Vorstellungsgespräch verpasst haben? Und: Warum Personaler Termine so oft verschieben.

Zum Artikel: https://www.karriere-kompass.example.de/absage-richtig-reagieren

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.de angemeldet haben. Abmelden: https://www.karriere-kompass.example.de/abmelden
""", fmt="alt", charset="windows-1252", cte="quoted-printable", date="2026-02-13 07:30 +0100",
  headers=bulk("Karriere-Kompass <news.karriere-kompass.example.de>", "https://www.karriere-kompass.example.de/abmelden"))

m(OTHER, "de_finanzamt", "de", "Finanzamt Frankfurt am Main III <poststelle@fa-frankfurt3.example.de>", "Ihr Einkommensteuerbescheid 2025 liegt vor", """
Sehr geehrte Frau Marchetti,

Ihr Einkommensteuerbescheid für 2025 wurde erstellt und steht in Ihrem ELSTER-Postfach zum Abruf bereit.

Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Einspruch einlegen.

Mit freundlichen Grüßen
Ihr Finanzamt

Diese Nachricht wurde automatisch erzeugt.
""", charset="iso-8859-1", date="2026-06-01 04:10 +0200", headers=[("Auto-Submitted", "auto-generated")])

m(OTHER, "de_krankenkasse_antrag", "de", "Ihre Techniker-Gesundheitskasse <service@tgk-krankenkasse.example.de>", "Ihr Antrag ist bei uns eingegangen", """
Guten Tag Frau Marchetti,

vielen Dank für Ihren Antrag auf Kostenerstattung (Zahnreinigung). Wir haben Ihre Unterlagen erhalten und prüfen diese nun.

Leider können wir Ihnen nicht sofort eine Entscheidung mitteilen; die Bearbeitung dauert in der Regel 10 Arbeitstage.

Freundliche Grüße
Ihre TGK
""", fmt="html", date="2026-03-09 09:55 +0100")

m(OTHER, "de_stadtwerke_abschlag", "de", "Stadtwerke Mainbogen Kundenservice <kundenservice@stadtwerke-mainbogen.example.de>", "Anpassung Ihres monatlichen Abschlags", """
Sehr geehrte Frau Marchetti,

aufgrund Ihrer Jahresverbrauchsabrechnung passen wir Ihren monatlichen Abschlag für Strom ab 1. Februar 2026 auf 64,00 EUR an.

Ihre Kundennummer: 7011-44829

Mit freundlichen Grüßen
Ihre Stadtwerke Mainbogen
""", fmt="alt", date="2026-01-23 10:00 +0100")

m(OTHER, "de_paket_verzoegert", "de", "Paketdienst Blitz <noreply@blitz-paket.example.de>", "Ihre Sendung verzögert sich leider", """
Hallo Sofia Marchetti,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094027318. Grund: hohe Sendungsmengen im Paketzentrum.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 29.04.2026

Sendungsverfolgung: https://www.blitz-paket.example.de/verfolgen?id=00340434161094027318
""", fmt="html", date="2026-04-27 06:02 +0200")

m(OTHER, "de_freundin_absage", "de", "Katrin Vogel <katrin.vogel@example.org>", "Re: wie läufts?", """
Hi Sofia,

bei mir leider nix Neues – doch, eine Absage von der Versicherung in Köln, nach dem zweiten Gespräch. "Wir haben uns für einen anderen Kandidaten entschieden". Naja. Wenigstens ging's schnell.

Wie war dein Gespräch bei der Mainufer Bank? Erzähl!

LG Katrin
""", contact="katrin.vogel@example.org", date="2026-02-13 22:40 +0100",
  quote=("de", "Sofia Marchetti <sofia.marchetti@example.net>", "Mi., 11. Feb. 2026 um 19:03",
         "Hey Katrin,\nwie läuft's bei dir mit der Jobsuche? Bei mir ist gerade viel los.\nLG Sofia"))

m(OTHER, "de_abwesenheit_recruiterin", "de", "Nadine Krause <nadine.krause@finanzprofile-personal.example.de>", "Abwesenheitsnotiz: Telefoninterview mit meinem Kunden", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Mai nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@finanzprofile-personal.example.de.

Beste Grüße
Nadine Krause
""", contact="nadine.krause@finanzprofile-personal.example.de", date="2026-04-27 08:00 +0200",
  headers=[("Auto-Submitted", "auto-replied")])

m(OTHER, "de_eigene_mail", "de", ME, "AW: Einladung zum Vorstellungsgespräch", """
Sehr geehrte Frau Lehner,

vielen Dank für die Einladung. Den Termin am Dienstag, 10. Februar 2026, um 14:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Sofia Marchetti
""", to="Franziska Lehner <franziska.lehner@mainufer-bank.example.de>", date="2026-01-29 12:14 +0100",
  quote=("de", "Franziska Lehner <franziska.lehner@mainufer-bank.example.de>", "Do., 29. Jan. 2026 um 09:50",
         "Sehr geehrte Frau Marchetti,\nwir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein.\nMit freundlichen Grüßen\nFranziska Lehner"))

m(OTHER, "de_kreditantrag", "de", "Sparkasse Mainufer Online <online-service@spk-mainufer.example.de>", "Eingangsbestätigung Ihres Kreditantrags", """
Sehr geehrte Frau Marchetti,

vielen Dank für Ihren Antrag auf einen Privatkredit über 12.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Sie erhalten unsere Entscheidung in der Regel innerhalb von zwei Bankarbeitstagen in Ihr Online-Postfach.

Ihre Sparkasse
""", fmt="alt", cte="base64", date="2026-04-16 14:33 +0200")

m(OTHER, "de_wohnung_absage", "de", "Hausverwaltung Körner <vermietung@hv-koerner.example.de>", "Ihre Mietanfrage Sachsenhausen, Schweizer Str. 12", """
Sehr geehrte Frau Marchetti,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße 12 und Ihre vollständige Mieterselbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Körner
i. A. Petra Wiegand
""", contact="vermietung@hv-koerner.example.de", charset="iso-8859-1", cte="quoted-printable", date="2026-02-28 11:11 +0100")

m(OTHER, "de_recruiting_day_event", "de", "Voss & Lindner Events <events@vosslindner.example.de>", "Einladung: Finance & Audit Career Day am 14. März", """
Hallo Sofia,

am 14. März öffnen wir in Eschborn unsere Türen: Lernen Sie unsere Teams aus Audit, Tax und Finance Advisory kennen, nehmen Sie an Workshops teil und führen Sie Gespräche mit unseren Recruitern.

Jetzt kostenlos anmelden: https://events.vosslindner.example.de/careerday-2026

Sie erhalten diese E-Mail, weil Sie sich in unserem Talent Network registriert haben. Abmelden: https://events.vosslindner.example.de/abmelden
""", fmt="html", date="2026-02-20 10:00 +0100",
  headers=bulk("<talentnetwork.vosslindner.example.de>", "https://events.vosslindner.example.de/abmelden"))

m(OTHER, "de_standort_geteilt", "de", "Maps <maps-noreply@maps.example.com>", "Katrin teilt ihre Position mit dir", """
Katrin Vogel teilt ihren Standort in Echtzeit mit dir bis 18:30.

Aktuelle Position: Frankfurt Hauptbahnhof, Gleis 9
Genauigkeit: 15 m

In Maps ansehen: https://maps.example.com/share/kv-88231

Du erhältst diese E-Mail, weil jemand seinen Standort mit dir teilt.
""", fmt="alt", date="2026-05-08 17:02 +0200")

# French other
m(OTHER, "fr_wttj_newsletter", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.example.com>", "Les offres de la semaine + comment rebondir après un refus", """
Bonjour Sofia,

Les offres de la semaine pour vous :
- FP&A Manager chez Paloma Capital (Paris, hybride)
- Contrôleur de gestion chez Quantile (Paris)
- Business Partner Finance chez Assurances Lumière (Lyon)

À lire : "Refus après un entretien : comment rebondir ?" et "5 questions à poser en fin d'entretien".

Voir les offres : https://www.welcometothejungle.example.com/fr/me/jobs

Se désinscrire : https://www.welcometothejungle.example.com/unsubscribe
""", fmt="html", date="2026-03-15 08:00 +0100",
  headers=bulk("<weekly.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsubscribe"))

m(OTHER, "fr_apec_conseils", "fr", "Cadres Emploi Conseils <conseils@cadres-emploi.example.fr>", "Entretien d'embauche : les erreurs qui coûtent cher", """
Bonjour,

Arriver en retard, ne pas se connecter à la visio, oublier de relancer... Nos experts passent en revue les erreurs les plus fréquentes en entretien et la manière de les rattraper.

Et si le recruteur annule ou reporte votre entretien ? Pas de panique : voici comment répondre.

Lire le dossier : https://www.cadres-emploi.example.fr/conseils/entretien-erreurs

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre Conseils. Se désabonner : https://www.cadres-emploi.example.fr/desabonnement
""", fmt="alt", charset="iso-8859-1", cte="quoted-printable", date="2026-04-05 07:15 +0200",
  headers=bulk("<conseils.cadres-emploi.example.fr>", "https://www.cadres-emploi.example.fr/desabonnement"))

m(OTHER, "fr_journaliste_interview", "fr", "Élodie Marin <elodie.marin@lepaperfinance.example.fr>", "Demande d'interview - dossier DAF de demain", """
Bonjour Madame Marchetti,

Je suis journaliste au Paper Finance et je prépare un dossier sur les nouveaux métiers de la fonction finance (business partnering, FP&A). Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la semaine prochaine ?

Merci d'avance,
Élodie Marin
Journaliste - Le Paper Finance
06 00 00 98 76
""", contact="elodie.marin@lepaperfinance.example.fr", date="2026-04-23 11:48 +0200")

m(OTHER, "fr_spf_finances", "fr", "SPF Finances - MyMinfin <noreply@myminfin.example.be>", "Un nouveau document est disponible dans votre eBox", """
Madame,

Un nouveau document du SPF Finances est disponible dans votre eBox : Avertissement-extrait de rôle - exercice d'imposition 2025.

Consultez-le via MyMinfin : https://eservices.minfin.example.be/myminfin

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="html", date="2026-06-20 05:00 +0200", headers=[("Auto-Submitted", "auto-generated")])

m(OTHER, "fr_mutuelle_remboursement", "fr", "Mutualité Léman <info@mutualite-leman.example.ch>", "Votre décompte de prestations", """
Bonjour Madame Marchetti,

Votre décompte de prestations n° 2026-118833 est disponible dans votre espace client. Montant remboursé : CHF 142.60.

Malheureusement, la facture du 3 mars (physiothérapie) n'a pas pu être prise en charge, faute de prescription médicale.

Votre Mutualité Léman
""", fmt="alt", date="2026-03-29 09:00 +0200")

m(OTHER, "fr_colis_retarde", "fr", "Colis Express <ne-pas-repondre@colis-express.example.fr>", "Votre colis est retardé", """
Bonjour Sofia,

Malheureusement, la livraison de votre colis n° 6A18835420917 est retardée en raison d'un incident de transport.

Nouvelle date estimée : vendredi 22 mai.

Suivre mon colis : https://www.colis-express.example.fr/suivi/6A18835420917
""", fmt="html", date="2026-05-19 07:44 +0200")

m(OTHER, "fr_location_geneve_refus", "fr", "Régie du Lac <location@regie-du-lac.example.ch>", "Votre demande de location - Rue de Carouge 55", """
Madame,

Nous accusons réception de votre dossier pour l'appartement de 3 pièces sis rue de Carouge 55, 1205 Genève.

Nous avons le regret de vous informer que le propriétaire a attribué le logement à un autre candidat. Votre dossier ne sera donc pas retenu.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Régie du Lac SA
""", contact="location@regie-du-lac.example.ch", charset="iso-8859-1", date="2026-06-15 15:30 +0200")

m(OTHER, "fr_ami_refus", "fr", "Julien Lambert <julien.lambert@example.net>", "Re: nouvelles ?", """
Coucou Sofia,

Bon, le cabinet d'audit m'a dit non finalement. Refus par mail après trois entretiens, même pas un coup de fil... Je le prends plutôt bien, ça me laisse le temps pour le projet à Bruxelles.

Et toi, ton entretien à Lyon ? Tiens-moi au courant !

Bises,
Julien
""", contact="julien.lambert@example.net", date="2026-05-30 10:18 +0200",
  quote=("fr", "Sofia Marchetti <sofia.marchetti@example.net>", "jeu. 28 mai 2026 à 21:40",
         "Salut Julien,\nAlors, des nouvelles du cabinet d'audit ?\nBises,\nSofia"))

m(OTHER, "fr_admission_universite", "fr", "Service des admissions - Université Libre de Brabant <admissions@ulb-brabant.example.be>",
  "Décision d'admission - Certificat en finance durable", """
Madame,

Nous avons le plaisir de vous informer que votre candidature au Certificat d'université en finance durable (session 2026-2027) a été acceptée.

Vous recevrez prochainement les informations relatives à l'inscription et au paiement du minerval.

Le service des admissions
""", date="2026-06-25 14:15 +0200", headers=[("Auto-Submitted", "auto-generated")])

m(OTHER, "fr_enquete_candidat", "fr", "Groupe Vaubrun Recrutement <enquete@groupe-vaubrun.example.fr>", "Votre avis compte : votre expérience candidat", """
Bonjour Sofia,

Vous avez récemment participé à un processus de recrutement au sein du Groupe Vaubrun. Afin d'améliorer notre démarche, nous vous invitons à répondre à un court questionnaire (3 minutes) sur votre expérience : clarté des échanges, déroulement des entretiens, délais de réponse.

Répondre au questionnaire : https://enquete.groupe-vaubrun.example.fr/s/candidat-2026

Merci pour votre participation !
""", fmt="html", date="2026-03-12 10:00 +0100",
  headers=[("List-Unsubscribe", "<https://enquete.groupe-vaubrun.example.fr/unsubscribe>")])

m(OTHER, "fr_chasseur_prise_contact", "fr", "Antoine Lefort <antoine.lefort@lefort-associes.example.fr>", "Êtes-vous à l'écoute ?", """
Bonjour Sofia,

Je me permets de vous contacter car votre parcours en contrôle de gestion dans l'asset management a retenu mon attention. J'accompagne régulièrement des sociétés de gestion luxembourgeoises sur leurs recrutements finance.

Êtes-vous à l'écoute du marché en ce moment ? Si oui, je serais ravi d'échanger à l'occasion, sans engagement.

Bien cordialement,
Antoine Lefort
Lefort & Associés - Executive Search
""", contact="antoine.lefort@lefort-associes.example.fr", date="2026-01-30 09:15 +0100")

m(OTHER, "fr_absence_recruteuse", "fr", "Camille Rousseau <c.rousseau@talents-finance-conseil.example.fr>", "Réponse automatique : Re: Retour de notre client", """
Bonjour,

Je suis absente du bureau jusqu'au 13 avril inclus. Pour toute demande urgente, merci de contacter contact@talents-finance-conseil.example.fr.

Cordialement,
Camille Rousseau
""", contact="c.rousseau@talents-finance-conseil.example.fr", date="2026-04-01 09:00 +0200",
  headers=[("Auto-Submitted", "auto-replied")])

m(OTHER, "fr_vol_modifie", "fr", "Air Belgica <info@airbelgica.example.be>", "Modification de votre vol SN3581", """
Chère Madame Marchetti,

Votre vol SN3581 Bruxelles - Genève du 12 avril a été modifié. Nouvel horaire de départ : 18h05 (au lieu de 16h40).

Réservation : 7TQ9LM. Si ce changement ne vous convient pas, vous pouvez modifier votre vol sans frais : https://www.airbelgica.example.be/gerer-ma-reservation
""", fmt="alt", cte="base64", date="2026-04-02 04:40 +0200")

m(OTHER, "fr_rappel_point_hebdo", "fr", "Google Agenda <calendar-notification@google.example.com>", "Notification : Point hebdo équipe contrôle de gestion @ lun. 2 févr. 2026 09:00 - 09:30 (CET)", """
Point hebdo équipe contrôle de gestion
Quand : lun. 2 févr. 2026 09:00 - 09:30 Heure normale d'Europe centrale
Participants : Marco Ferri, Sofia Marchetti, Elena Russo

Rejoindre avec Google Meet : https://meet.google.example.com/xyz-abcd-efg

Vous recevez cette notification car vous participez à cet événement.
""", fmt="alt", date="2026-02-02 08:50 +0100")

# Spanish other
m(OTHER, "es_infojobs_alertas", "es", "InfoJobs <alertas@infojobs.example.net>", "15 ofertas nuevas de Controller en Barcelona", """
Hola Sofia,

Tenemos 15 ofertas nuevas que coinciden con tu alerta "Controller - Barcelona":

Controller Financiero - Nubeta - Barcelona - 45.000 - 55.000 EUR
Analista FP&A - Finzio - Barcelona (híbrido)
Responsable de Control de Gestión - Textiles Ebro - Zaragoza

Ver todas las ofertas: https://www.infojobs.example.net/alertas/ofertas?id=2291

Darse de baja de esta alerta: https://www.infojobs.example.net/alertas/baja?id=2291
""", fmt="html", date="2026-03-01 07:00 +0100",
  headers=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/alertas/baja?id=2291"))

m(OTHER, "es_banco_tarjeta", "es", "Banco Meridiano <avisos@bancomeridiano.example.es>", "Hemos recibido tu solicitud de tarjeta", """
Hola Sofia,

Hemos recibido tu solicitud de Tarjeta Meridiano Oro. La estamos estudiando y te comunicaremos la respuesta en un plazo máximo de 72 horas.

Recuerda que nunca te pediremos tus claves por correo electrónico.

Banco Meridiano
""", fmt="alt", charset="iso-8859-1", date="2026-04-11 10:20 +0200")

m(OTHER, "es_ubicacion", "es", "Mapas <maps-noreply@maps.example.com>", "Marta ha compartido su ubicación contigo", """
Marta Puig está compartiendo su ubicación en tiempo real contigo.

Posición actual: Plaça de Catalunya, Barcelona
Hasta las 21:00

Ver en Mapas: https://maps.example.com/share/mp-1199
""", fmt="html", date="2026-06-27 19:30 +0200")

m(OTHER, "es_amiga_rechazo", "es", "Inés Navarro <ines.navarro@example.com>", "jo", """
Sofi!!

Me acaban de rechazar en la consultora, después de la última entrevista con el socio. Ni feedback ni nada, un correo de dos líneas. Estoy de bajón.

¿Cañas el sábado? Y cuéntame qué tal lo tuyo con la naviera!!

Besos
Inés

Enviado desde mi iPhone
""", contact="ines.navarro@example.com", date="2026-02-19 23:05 +0100")

m(OTHER, "es_factura_luz", "es", "Energía Levante <facturas@energialevante.example.es>", "Tu factura de marzo ya está disponible", """
Hola Sofia,

Tu factura de luz de marzo ya está disponible en tu área de cliente. Importe: 58,43 EUR. Se cargará en tu cuenta el día 15.

Consulta tu factura: https://clientes.energialevante.example.es/facturas
""", fmt="html", date="2026-04-03 08:00 +0200")

m(OTHER, "es_newsletter_entrevistas", "es", "Empleo Finanzas Hoy <boletin@empleofinanzashoy.example.es>", "Cómo responder a un \"no\" tras la entrevista final", """
Hola,

En el boletín de esta semana: qué hacer cuando una empresa te dice que "ha decidido seguir con otros candidatos", cómo pedir feedback sin resultar insistente y qué hacer si te cancelan la entrevista a última hora.

Leer más: https://empleofinanzashoy.example.es/boletin/42

Para darte de baja, pulsa aquí: https://empleofinanzashoy.example.es/baja
""", fmt="alt", date="2026-05-10 09:00 +0200",
  headers=bulk("<boletin.empleofinanzashoy.example.es>", "https://empleofinanzashoy.example.es/baja"))

m(OTHER, "es_correo_propio", "es", ME, "Re: Cambio de planes", """
Hola Carmen,

Gracias por avisar. Sin problema, quedo a la espera de la nueva fecha con Textiles Ebro. Sigo muy interesada en el puesto.

Un saludo,
Sofia
""", to="Carmen Vidal <cvidal@vidal-headhunting.example.es>", date="2026-06-05 19:30 +0200",
  quote=("es", "Carmen Vidal <cvidal@vidal-headhunting.example.es>", "vie, 5 jun 2026 a las 18:44",
         "Hola Sofia,\nTextiles Ebro me acaba de decir que tienen que cancelar la entrevista del martes 9.\nSaludos,\nCarmen"))


def main() -> None:
    """Rewrite every message and labels.csv; numbering follows SPECS order."""
    for sub in ROOT.iterdir():
        if sub.is_dir() and sub.name != "__pycache__":
            shutil.rmtree(sub)
    rows = []
    for n, spec in enumerate(SPECS, start=1):
        rel = f"{spec.kind}/{n:03d}_{spec.scen}.eml"
        (ROOT / spec.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec, n))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
