"""Writes the thirty-sixth labelled corpus: Aylin Demir's job-search inbox, Jan-Oct 2026.

Every message is written out by hand below (no templates with names swapped); this module only
does the MIME plumbing (charsets, transfer encodings, multipart layout, ICS parts, quoted
chains) so each .eml is byte-for-byte reproducible.  It imports only the standard library and
must never import the classifier.  Run: python tests/corpus_thirtysixth/make_thirtysixth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "aylin.demir@example.net"
ME_NAME = "Aylin Demir"
TO_ME = f"{ME_NAME} <{ME}>"
CODEC = {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "utf-8": "utf-8", "us-ascii": "ascii"}


def person(name: str, address: str, charset: str = "utf-8") -> str:
    """A From/To value; non-ASCII display names become RFC 2047 words in the given charset."""
    if name.isascii():
        quoted = f'"{name}"' if any(c in name for c in ",.()@:;") else name
        return f"{quoted} <{address}>"
    return f"{Header(name, charset).encode()} <{address}>"


def subject_header(text: str, charset: str = "utf-8") -> str:
    """Subjects with umlauts or accents are RFC 2047 encoded, the way mail clients send them."""
    return text if text.isascii() else Header(text, charset, maxlinelen=76).encode()


def quoted(style: str, who: str, when: str, text: str, *, subject: str = "", to: str = TO_ME) -> str:
    """A reply chain below new text, in the attribution style of the client that wrote it."""
    prefixed = "\n".join(("> " + line).rstrip() for line in text.strip("\n").splitlines())
    if style == "gmail":
        return f"\n\nOn {when}, {who} wrote:\n{prefixed}\n"
    if style == "de":
        return f"\n\nAm {when} schrieb {who}:\n{prefixed}\n"
    if style == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n{prefixed}\n"
    if style == "es":
        return f"\n\nEl {when}, {who} escribió:\n{prefixed}\n"
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: {who}\nSent: {when}\nTo: {to}\n"
                f"Subject: {subject}\n\n{text.strip()}\n")
    if style == "outlook-de":
        return (f"\n\n-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {when}\nAn: {to}\n"
                f"Betreff: {subject}\n\n{text.strip()}\n")
    if style == "forward":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")
    raise ValueError(style)


def ics(uid: str, start: str, end: str, summary: str, organizer: str, *, method: str = "REQUEST",
        location: str = "", status: str = "CONFIRMED", sequence: int = 0, attendee: str = ME) -> str:
    """A minimal but valid VCALENDAR as Outlook/Google attach to invitations and updates."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus36//Invite//EN", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"DTSTART:{start}",
             f"DTEND:{end}", f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
             f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


@dataclass
class Mail:
    """One message and its label; `text`/`html` are the bodies as the sender's client wrote them."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    date: str
    text: str = ""
    html: str = ""
    to: str = TO_ME
    charset: str = "utf-8"
    cte: str = ""
    reply_to: str = ""
    cc: str = ""
    reply: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    calendar: str = ""
    attach: str = ""
    subject_charset: str = "utf-8"


MAILS: list[Mail] = []


def add(*args: str, **kwargs: object) -> None:
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


def leaf(ctype: str, text: str, charset: str, cte: str, params: str = "") -> bytes:
    raw = text.replace("\r\n", "\n").encode(CODEC[charset])
    cte = cte or ("7bit" if raw.isascii() else "quoted-printable")
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{params}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def multipart(subtype: str, parts: list[bytes], seed: str) -> bytes:
    boundary = f"==_{subtype[:3]}_{hashlib.sha1((seed + subtype).encode()).hexdigest()[:20]}"
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()]
    for part in parts:
        out.append(f"--{boundary}\n".encode() + part)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def attachment(name: str, seed: str) -> bytes:
    content = (b"%PDF-1.4\n% corpus placeholder " + seed.encode() + b"\n%%EOF\n")
    return (f'Content-Type: application/pdf; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n\n').encode() + base64.encodebytes(content)


def body_of(m: Mail, seed: str) -> bytes:
    parts: list[bytes] = []
    if m.text:
        parts.append(leaf("text/plain", m.text, m.charset, m.cte))
    if m.html:
        parts.append(leaf("text/html", m.html, m.charset, m.cte))
    if m.calendar:
        method = m.calendar.split("METHOD:", 1)[1].split("\r\n", 1)[0]
        parts.append(leaf("text/calendar", m.calendar, "utf-8", "7bit", f"; method={method}"))
    node = parts[0] if len(parts) == 1 else multipart("alternative", parts, seed)
    if m.attach:
        node = multipart("mixed", [node, attachment(m.attach, seed)], seed)
    return node


def render(m: Mail, number: int) -> bytes:
    """The message as it would sit in the mailbox: headers, MIME-Version, then the body tree."""
    sender = m.frm.rsplit("<", 1)[-1].rstrip(">")
    domain = sender.split("@", 1)[1]
    seed = f"{number}-{m.scenario}"
    msgid = f"<{hashlib.sha1(seed.encode()).hexdigest()[:16]}.{number:03d}@{domain}>"
    when = datetime.strptime(m.date, "%Y-%m-%d %H:%M %z")
    head = [("Return-Path", f"<{sender}>"), ("From", m.frm), ("To", m.to)]
    if m.cc:
        head.append(("Cc", m.cc))
    if m.reply_to:
        head.append(("Reply-To", m.reply_to))
    head += [("Subject", subject_header(m.subject, m.subject_charset)),
             ("Date", format_datetime(when)), ("Message-ID", msgid)]
    if m.reply:
        head += [("In-Reply-To", m.reply), ("References", m.reply)]
    head += m.headers
    head.append(("MIME-Version", "1.0"))
    lines = "".join(f"{k}: {v}\n" for k, v in head).encode("ascii")
    return lines + body_of(m, seed)


def main() -> None:
    """Rewrites every kind folder and labels.csv from MAILS."""
    for kind in {m.kind for m in MAILS}:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    rows = []
    for number, m in enumerate(MAILS, start=1):
        rel = f"{m.kind}/{number:03d}_{m.scenario}.eml"
        (ROOT / m.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(m, number))
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# --------------------------------------------------------------------------------------------
# The inbox, roughly in the order it arrived.  add(kind, scenario, language, company, contact, ...)
# --------------------------------------------------------------------------------------------

# ---- application acknowledgements -------------------------------------------------------------
add("application_received", "personio_ack_brenner", "de", "Brenner Antriebstechnik", "",
    frm=person("Brenner Antriebstechnik GmbH", "noreply@brenner-antriebstechnik.jobs.personio.de"),
    subject="Ihre Bewerbung als Projektleiter (m/w/d) Serienanlauf", date="2026-01-08 10:14 +0100",
    text="""Hallo Aylin Demir,

vielen Dank für Ihre Bewerbung als Projektleiter (m/w/d) Serienanlauf bei der Brenner Antriebstechnik GmbH.
Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sobald wir uns ein Bild gemacht haben,
melden wir uns bei Ihnen - das kann erfahrungsgemäß zwei bis drei Wochen dauern.

Bitte antworten Sie nicht auf diese E-Mail, sie wurde automatisch versendet.

Viele Grüße
Ihr Recruiting-Team der Brenner Antriebstechnik GmbH

Brenner Antriebstechnik GmbH | Heilbronner Str. 212 | 70191 Stuttgart
Amtsgericht Stuttgart HRB 734512 | Geschäftsführer: Dr. Matthias Brenner, Julia Ott
""")

add("application_received", "workday_ack_rheinchemie", "en", "Rheinchemie Solutions", "",
    frm=person("Rheinchemie Careers", "rheinchemie@myworkday.com"),
    subject="Thank you for applying - Project Manager Capex (R-20418)", date="2026-01-12 17:02 +0000",
    html="""<html><body style="font-family:Arial;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td><img src="https://wd3.myworkday.com/rheinchemie/logo.png" alt="Rheinchemie Solutions AG"></td></tr>
<tr><td style="padding:18px">
<p>Dear Aylin,</p>
<p>Thank you for your interest in Rheinchemie Solutions AG. We have received your application for <b>Project Manager Capex (R-20418)</b> in Köln.</p>
<p>Our Talent Acquisition team will review your profile against the requirements of the role. You can check the status of your application at any time in the Candidate Home.</p>
<p>Due to the high number of applications we receive, we are unfortunately unable to provide individual feedback at this stage of the process.</p>
<p>Kind regards,<br>Talent Acquisition<br>Rheinchemie Solutions AG</p>
<p style="font-size:10px;color:#888">This is a system generated message. Please do not reply. <a href="https://wd3.myworkday.com/rheinchemie/d/home.htmld?utm_source=email&amp;utm_medium=ack">Candidate Home</a></p>
</td></tr></table></body></html>
""")

add("application_received", "softgarden_ack_stadtwerke", "de", "Stadtwerke Leinetal", "",
    frm=person("Stadtwerke Leinetal über softgarden", "no-reply@softgarden.io", "utf-8"),
    subject="Eingangsbestätigung Ihrer Bewerbung - Referent:in Netzausbauprojekte",
    date="2026-01-14 08:30 +0100", charset="iso-8859-1", subject_charset="iso-8859-1",
    text="""Sehr geehrte Frau Demir,

herzlichen Dank für Ihr Interesse an den Stadtwerken Leinetal und Ihre Bewerbung als Referent:in Netzausbauprojekte (Kennziffer 2026-004).

Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der Vielzahl der Bewerbungen bitten wir um etwas Geduld. Die Sichtung erfolgt nach Ende der Bewerbungsfrist am 31.01.2026 gemeinsam mit dem Personalrat und der Gleichstellungsbeauftragten.

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Leinetal GmbH
Am Kraftwerk 3, 30159 Hannover
""")

add("application_received", "greenhouse_ack_voltgrid", "en", "Voltgrid", "",
    frm=person("Voltgrid Hiring Team", "no-reply@us.greenhouse-mail.io"),
    subject="Thanks for applying to Voltgrid!", date="2026-01-19 22:41 +0000",
    text="""Hi Aylin,

Thanks so much for applying for the Technical Program Manager, Grid Storage (Remote EU) role at Voltgrid! We're a small team so every application gets read by an actual human - usually within 10 business days.

If your background looks like a match we'll reach out to set up a first chat. If not, we'll let you know either way - no ghosting, promise.

In the meantime, feel free to check out our engineering blog: https://voltgrid.example.com/blog

Cheers,
The Voltgrid Team
""", headers=[("X-Mailer", "Greenhouse")])

add("application_received", "interamt_ack_bund", "de", "Bundesamt für Infrastrukturplanung", "",
    frm=person("Interamt", "noreply@interamt.example.de"),
    subject="Interamt: Bestätigung des Bewerbungseingangs (Stellen-ID 1182764)", date="2026-01-21 11:05 +0100",
    text="""Sehr geehrte Frau Demir,

Ihre Online-Bewerbung für das Stellenangebot

  Technische Referentin / Technischer Referent (m/w/d) Projektsteuerung Schienenprojekte
  Bundesamt für Infrastrukturplanung, Dienstort Leipzig
  Stellen-ID 1182764

ist am 21.01.2026 um 11:04 Uhr eingegangen.

Die ausschreibende Behörde entscheidet eigenständig über das weitere Verfahren. Bitte sehen Sie von Sachstandsanfragen ab.

Dies ist eine automatisch generierte Nachricht.
Ihr Interamt-Team
""")

add("application_received", "karriere_at_ack_voralpen", "de", "Voralpen Stahlbau", "",
    frm=person("karriere.at", "bewerbung@mail.karriere.example.at"),
    subject="Deine Bewerbung wurde erfolgreich an Voralpen Stahlbau GmbH versendet", date="2026-01-23 19:48 +0100",
    html="""<div style="max-width:560px;font-family:Helvetica,Arial">
<h2 style="color:#1b4b8f">Geschafft, Aylin!</h2>
<p>Deine Bewerbung als <strong>Projektingenieur:in Anlagenbau</strong> wurde an <strong>Voralpen Stahlbau GmbH</strong> (Linz) übermittelt.</p>
<p>Wie geht es weiter? Das Unternehmen meldet sich direkt bei dir. Den Status siehst du in deinem karriere.at Profil.</p>
<p><a href="https://www.karriere.example.at/bewerbungen?utm_campaign=apply_confirm">Meine Bewerbungen</a></p>
<hr><p style="font-size:11px;color:#999">karriere.at GmbH, Linz · Du erhältst diese Nachricht, weil du dich über karriere.at beworben hast.</p></div>
""")

add("application_received", "recruiter_ack_manual_medivalve", "de", "Medivalve Medizintechnik", "sabine.ruehl@medivalve.example.de",
    frm=person("Rühl, Sabine", "sabine.ruehl@medivalve.example.de", "iso-8859-1"),
    subject="AW: Bewerbung Projektmanagerin Produktentwicklung", date="2026-01-27 13:22 +0100",
    reply="<CAF7h2k9x@mail.example.net>", charset="windows-1252", cte="quoted-printable",
    text="""Hallo Frau Demir,

danke für Ihre Bewerbung, die ist gut bei mir angekommen. Ich gebe Ihre Unterlagen diese Woche an den Fachbereich weiter (Leitung R&D Katheter) und melde mich, sobald ich Rückmeldung habe. Kann aber wegen der Messe in Düsseldorf ein bisschen dauern.

Beste Grüße
Sabine Rühl
HR Business Partner

Medivalve Medizintechnik GmbH
Tel. +49 89 4521 330-17
www.medivalve.example.de
""" + quoted("de", "Aylin Demir <aylin.demir@example.net>", "Mo., 26. Jan. 2026 um 21:10",
             "Sehr geehrte Frau Rühl,\n\nanbei sende ich Ihnen meine Bewerbung als Projektmanagerin Produktentwicklung.\n\nMit freundlichen Grüßen\nAylin Demir"))

add("application_received", "smartrecruiters_ack_northgate", "en", "Northgate Wind Services", "",
    frm=person("Northgate Wind Services", "no-reply@smartrecruiters.com"),
    subject="Application received: Offshore Project Engineer", date="2026-02-02 09:11 +0000",
    text="""Dear Aylin Demir,

Thank you for your application for the position of Offshore Project Engineer (Hamburg) with Northgate Wind Services.

We confirm receipt of your application. Our recruitment team will carefully review it and contact you should your profile match our requirements.

Please note that due to the volume of applications we receive, we are not able to respond to every applicant individually. If you have not heard from us within four weeks, please assume that your application has not been shortlisted on this occasion.

Best regards,
Northgate Wind Services Recruitment
--
Powered by SmartRecruiters
""")

add("application_received", "swiss_ack_aarwerk", "de", "Aarwerk Engineering", "",
    frm=person("Aarwerk Engineering AG", "jobs-noreply@aarwerk.example.ch"),
    subject="Ihre Bewerbung bei der Aarwerk Engineering AG", date="2026-02-04 16:40 +0100",
    text="""Sehr geehrte Frau Demir

Wir bedanken uns für Ihre Bewerbung als Projektleiterin Wasserkraft (80–100 %) und das damit verbundene Interesse an unserem Unternehmen.

Ihr Dossier wird nun von unserem HR-Team und der zuständigen Linienführung geprüft. Wir werden uns in den nächsten zwei Wochen mit Ihnen in Verbindung setzen.

Freundliche Grüsse

Aarwerk Engineering AG
Human Resources
Schermenweg 150, 3014 Bern

Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.
""", headers=[("X-Mailer", "Umantis Talent Management")])

add("application_received", "french_ack_ferroval", "fr", "Groupe Ferroval", "",
    frm=person("Groupe Ferroval - Recrutement", "ne-pas-repondre@ferroval.example.fr"),
    subject="Accusé de réception de votre candidature", date="2026-02-05 10:03 +0100",
    html="""<html><body><p>Bonjour Aylin,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Chef de projet industrialisation matériel roulant (H/F)</b> basé à Strasbourg.</p>
<p>Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec la plus grande attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles.</p>
<p>Bien cordialement,<br>L'équipe Recrutement<br>Groupe Ferroval</p>
<p style="font-size:9px">Ce message est généré automatiquement, merci de ne pas y répondre.</p></body></html>
""")

add("application_received", "spanish_ack_cierzo", "es", "Eólica del Cierzo", "",
    frm=person("Eólica del Cierzo - Talento", "notificaciones@cierzo.example.es"),
    subject="Hemos recibido tu candidatura", date="2026-02-09 12:27 +0100",
    text="""Hola Aylin:

Gracias por inscribirte en la oferta "Project Manager Parques Eólicos (Zaragoza / remoto)".

Hemos recibido correctamente tu CV. Nuestro equipo de Personas lo revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Talento
Eólica del Cierzo S.L.

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.
""")

add("application_received", "dvinci_ack_fsp", "de", "Forschungszentrum Sächsische Prozesstechnik", "",
    frm=person("FSP Bewerbermanagement", "bewerbung-noreply@fsp-leipzig.example.de"),
    subject="Eingangsbestätigung – Wissenschaftliche*r Mitarbeiter*in Projektkoordination (Kennz. 07/26)",
    date="2026-02-11 07:55 +0100", cte="base64",
    text="""Sehr geehrte Frau Demir,

wir bestätigen den Eingang Ihrer Bewerbung. Bitte haben Sie Verständnis dafür, dass die Bearbeitung aufgrund der Gremienbeteiligung (Betriebsrat, Schwerbehindertenvertretung) einige Wochen in Anspruch nehmen kann.

Leider können wir Ihnen zu diesem Zeitpunkt keine individuelle Rückmeldung zum Stand Ihrer Bewerbung geben. Sie erhalten von uns in jedem Fall eine Nachricht, sobald das Auswahlverfahren abgeschlossen ist.

Mit freundlichen Grüßen
Personalabteilung
Forschungszentrum Sächsische Prozesstechnik e. V.
Permoserstraße 41, 04318 Leipzig

Hinweise zum Datenschutz: https://www.fsp-leipzig.example.de/datenschutz-bewerbung
""", headers=[("X-Mailer", "d.vinci easy")])

add("application_received", "indian_owned_ack_varuna", "en", "Varuna Engineering Services", "priya.raghavan@varuna-eng.example.com",
    frm=person("Priya Raghavan", "priya.raghavan@varuna-eng.example.com"),
    subject="RE: Application - Project Manager (Automotive) - Munich", date="2026-02-12 06:48 +0000",
    reply="<a1b2c3@mail.example.net>",
    text="""Dear Aylin,

Greetings from Varuna Engineering Services!

Thank you for your application for the position of Project Manager (Automotive) at our Munich delivery centre. We have received your CV and the same has been shared with the hiring manager for his perusal.

Kindly note that the screening process may take 7-10 working days. Request you to keep your notice period details and current CTC handy in case the team wishes to connect.

Do revert in case of any queries.

Thanks & Regards,
Priya Raghavan
Talent Acquisition - Europe
Varuna Engineering Services GmbH (a Varuna Group company)
M: +91 98450 12345 | +49 151 2234 9981
[Varuna logo]

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this e-mail. Varuna Engineering Services accepts no liability for any damage caused by any virus transmitted by this email.
""")

add("application_received", "teamtailor_ack_solaris", "en", "Solaris Grid Labs", "",
    frm=person("Solaris Grid Labs", "noreply@teamtailor-mail.example.com"),
    subject="We got your application 🌞", date="2026-02-16 14:15 +0100",
    html="""<table style="width:100%;background:#fff8e7"><tr><td style="padding:24px;font-family:sans-serif">
<p>Hey Aylin!</p>
<p>Thanks for applying to <b>Programme Manager – Utility-Scale Solar</b> in Rotterdam. Your application is safe with us.</p>
<p>What happens now? Our People team reads everything within two weeks. If there's a match, you'll hear from Joris, who's hiring for this role.</p>
<p>Sunny regards,<br>Solaris Grid Labs</p>
<p><a href="https://solarisgrid.teamtailor.example.com/connect?utm_source=ttmail">Join our Talent Community</a></p>
</td></tr></table>
""")

add("application_received", "sf_ack_kestrel", "en", "Kestrel Automotive", "",
    frm=person("Kestrel Automotive Careers", "careers-noreply@successfactors.example.eu"),
    subject="Kestrel Automotive - Application Confirmation - Req. 44821", date="2026-03-02 08:00 +0000",
    charset="windows-1252", cte="quoted-printable",
    text="""Dear Aylin Demir ,

Thank you for applying for the position: Programme Manager – Electrified Powertrain   (Req. 44821)

We confirm that your application has been received and is now being reviewed.  We regret that we are unable to provide individual feedback to every applicant; however we will contact you should you be shortlisted for the next stage.

Regards ,

Kestrel Automotive Ltd – Resourcing Team
Kestrel House, Whitley Business Park, Coventry CV3 4LF
Registered in England No. 04418827

*** This is an automatically generated e-mail ***
""")

add("application_received", "rexx_ack_kessler", "de", "Kessler & Voss Maschinenbau", "",
    frm=person("Kessler & Voss Karriere", "karriere@kessler-voss.example.de"),
    subject="Ihre Bewerbung", date="2026-03-04 15:31 +0100",
    text="""Guten Tag Frau Demir,

vielen Dank für Ihre Bewerbung über unser Karriereportal und das damit verbundene Vertrauen in die Kessler & Voss Maschinenbau GmbH & Co. KG.

Wir prüfen Ihre Unterlagen derzeit und melden uns schnellstmöglich wieder bei Ihnen.

Mit freundlichen Grüßen

i. A. Personalwesen
Kessler & Voss Maschinenbau GmbH & Co. KG
Industriestraße 8–12, 73033 Göppingen

Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.
""", headers=[("X-Mailer", "rexx systems")], reply_to=person("No Reply", "noreply@kessler-voss.example.de"))

add("application_received", "french_lux_ack_moselle", "fr", "Moselle Ingénierie", "",
    frm=person("Moselle Ingénierie", "rh-noreply@moselle-ing.example.lu"),
    subject="Votre candidature – Ingénieur(e) chef de projet énergie", date="2026-03-09 11:12 +0100",
    text="""Madame,

Nous accusons bonne réception de votre candidature et vous remercions de l'intérêt que vous portez à Moselle Ingénierie.

Votre dossier est actuellement à l'étude. Nous ne manquerons pas de revenir vers vous dans les prochaines semaines.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le service des Ressources Humaines
Moselle Ingénierie S.A. – 12, rue de l'Industrie – L-3895 Foetz
""")

add("application_received", "linkedin_easyapply_ack", "en", "Hoshino Precision Europe", "",
    frm=person("LinkedIn", "jobs-noreply@linkedin.example.com"),
    subject="Aylin, your application was sent to Hoshino Precision Europe", date="2026-03-12 18:20 +0100",
    headers=[("List-Unsubscribe", "<https://www.linkedin.example.com/e/unsub?type=jobs>")],
    html="""<html><body><table width="100%"><tr><td align="center"><table width="512"><tr><td>
<p style="font-size:20px">Your application was sent to Hoshino Precision Europe</p>
<p>Project Manager, Factory Expansion · Rotterdam, South Holland (Hybrid)</p>
<p>Applied on March 12, 2026</p>
<p><a href="https://www.linkedin.example.com/jobs/view/39918877/?trk=eml-jobs_app_sent">View job</a></p>
<p style="color:#666;font-size:12px">Now, take these steps to stand out: complete your profile, add skills. <br>You are receiving Job application emails. <a href="https://www.linkedin.example.com/e/unsub">Unsubscribe</a></p>
<p style="color:#666;font-size:12px">© 2026 LinkedIn Corporation</p></td></tr></table></td></tr></table></body></html>
""")

add("application_received", "spanish_ack_solenor_reply", "es", "Grupo Solenor", "marta.iglesias@solenor.example.es",
    frm=person("Marta Iglesias", "marta.iglesias@solenor.example.es"),
    subject="RE: Candidatura Jefe/a de Proyecto Fotovoltaico", date="2026-03-16 09:44 +0100",
    reply="<4f5a.aylin@mail.example.net>",
    text="""Buenos días Aylin,

Te confirmo que hemos recibido tu candidatura, muchas gracias. Ahora mismo estamos recopilando perfiles y la semana que viene haremos la primera criba con el director de operaciones. Te iré informando.

Un saludo,

Marta Iglesias
Responsable de Selección · Grupo Solenor
Tel. +34 976 55 41 20
""" + quoted("es", "Aylin Demir <aylin.demir@example.net>", "vie, 13 mar 2026 a las 17:02",
             "Estimada Marta:\n\nAdjunto mi CV para la posición de Jefe/a de Proyecto Fotovoltaico publicada en InfoJobs.\n\nUn saludo,\nAylin Demir"))

add("application_received", "sap_ack_grazer", "de", "Grazer Schienenfahrzeuge", "",
    frm=person("GSF Karriere", "sap-recruiting-noreply@gsf.example.at"),
    subject="Bewerbungseingang – Job-ID 50013377", date="2026-03-20 00:13 +0100",
    text="""Sehr geehrte/r Frau Aylin Demir,

wir bestätigen hiermit den Eingang Ihrer Bewerbung für die Position

*** Projektleiter/in Drehgestelle ***   Job-ID: 50013377

Der Status Ihrer Bewerbung ist: EINGEGANGEN

Ihr Grazer Schienenfahrzeuge AG Recruiting Team

Hinweis: Das Mindestgehalt für diese Position beträgt laut KV EUR 4.156,- brutto/Monat auf Basis Vollzeit. Eine Überzahlung ist je nach Qualifikation und Erfahrung möglich.
""")
