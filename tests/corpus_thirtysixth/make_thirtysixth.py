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
import html
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
    alternative: bool = False


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


def html_twin(text: str, charset: str) -> str:
    """The HTML part Gmail, Outlook and Apple Mail add beside a typed plain-text message."""
    paragraphs = [html.escape(block).replace("\n", "<br>\n") for block in text.strip().split("\n\n")]
    inner = "\n".join(f"<div>{block}</div><div><br></div>" for block in paragraphs)
    return f'<html><head><meta charset="{charset}"></head><body><div dir="ltr">\n{inner}\n</div></body></html>\n'


def body_of(m: Mail, seed: str) -> bytes:
    parts: list[bytes] = []
    if m.text:
        parts.append(leaf("text/plain", m.text, m.charset, m.cte))
    if m.html or m.alternative:
        parts.append(leaf("text/html", m.html or html_twin(m.text, m.charset), m.charset, m.cte))
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

# ---- rejections ---------------------------------------------------------------------------------
add("rejection", "personio_soft_brenner", "de", "Brenner Antriebstechnik", "",
    frm=person("Brenner Antriebstechnik GmbH", "noreply@brenner-antriebstechnik.jobs.personio.de"),
    subject="Ihre Bewerbung bei der Brenner Antriebstechnik GmbH", date="2026-02-03 09:02 +0100",
    text="""Hallo Aylin Demir,

nochmals vielen Dank für Ihr Interesse an der Position Projektleiter (m/w/d) Serienanlauf.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Viele Grüße
Ihr Recruiting-Team der Brenner Antriebstechnik GmbH
""")

add("rejection", "terse_mobile_hm", "en", "Voltgrid", "tom.okafor@voltgrid.example.com",
    frm=person("Tom Okafor", "tom.okafor@voltgrid.example.com"),
    subject="Re: Voltgrid TPM - next steps", date="2026-02-06 21:13 +0000", reply="<9a8b7c.aylin@mail.example.net>",
    text="""Hi Aylin - thanks for your time on Tues, but we won't be moving forward. Went with someone with more BESS commissioning exp. Good luck!

Tom

Sent from my iPhone
""" + quoted("gmail", "Aylin Demir <aylin.demir@example.net>", "Wed, Feb 4, 2026 at 8:40 AM",
             "Hi Tom,\n\nthank you again for the conversation yesterday. Happy to share more on my commissioning work if useful.\n\nBest,\nAylin"))

add("rejection", "workday_after_screen_rheinchemie", "en", "Rheinchemie Solutions", "",
    frm=person("Rheinchemie Careers", "rheinchemie@myworkday.com"),
    subject="Update on your application for Project Manager Capex (R-20418)", date="2026-02-10 10:30 +0100",
    html="""<html><body style="font-family:Arial;font-size:13px"><p>Dear Aylin,</p>
<p>Thank you for taking the time to apply for the Project Manager Capex (R-20418) position and for your interest in Rheinchemie Solutions AG.</p>
<p>After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.</p>
<p>We encourage you to continue to visit our careers site and apply for future openings that match your profile.</p>
<p>Best regards,<br>Talent Acquisition<br>Rheinchemie Solutions AG</p>
<p style="font-size:10px;color:#888">Please do not reply to this message.</p></body></html>
""")

add("rejection", "stadtwerke_formal_absage", "de", "Stadtwerke Leinetal", "personal@stadtwerke-leinetal.example.de",
    frm=person("Personalabteilung Stadtwerke Leinetal", "personal@stadtwerke-leinetal.example.de"),
    subject="Ihre Bewerbung Kennziffer 2026-004", date="2026-02-24 14:10 +0100", charset="iso-8859-1",
    text="""Sehr geehrte Frau Demir,

wir danken Ihnen für Ihre Bewerbung als Referent:in Netzausbauprojekte und das uns entgegengebrachte Vertrauen.

Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leicht gefallen.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
i. A. Kerstin Albers
Personalabteilung
Stadtwerke Leinetal GmbH
Tel. 0511 9876-214
""")

add("rejection", "on_hold_northgate", "en", "Northgate Wind Services", "fiona.mcleod@northgate-wind.example.co.uk",
    frm=person("Fiona McLeod", "fiona.mcleod@northgate-wind.example.co.uk"),
    subject="Offshore Project Engineer - update", date="2026-03-03 12:05 +0000",
    text="""Dear Aylin,

I wanted to let you know personally that, following a review of our 2026 project pipeline, the Offshore Project Engineer role in Hamburg has been put on hold and we will not be proceeding with the recruitment at this time.

I appreciate this is disappointing, particularly as you had progressed well through the first conversation. I shall keep your details on file and will be in touch should the position be reopened.

Kind regards,

Fiona McLeod
Senior Talent Partner
Northgate Wind Services Ltd
T: +44 131 496 0772
""")

add("rejection", "swiss_umantis_absage", "de", "Aarwerk Engineering", "",
    frm=person("Aarwerk Engineering AG", "jobs-noreply@aarwerk.example.ch"),
    subject="Ihre Bewerbung als Projektleiterin Wasserkraft (80–100 %)", date="2026-02-19 17:20 +0100",
    text="""Sehr geehrte Frau Demir

Nochmals herzlichen Dank für Ihre Bewerbung und das Interesse an unserer Unternehmung.

Wir haben Ihr Dossier mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben, die dem Anforderungsprofil in Bezug auf die Erfahrung im Schweizer Wasserbau noch besser entspricht.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Aarwerk Engineering AG
Human Resources
""", headers=[("X-Mailer", "Umantis Talent Management")])

add("rejection", "french_after_interview_ferroval", "fr", "Groupe Ferroval", "claire.benali@ferroval.example.fr",
    frm=person("BENALI Claire", "claire.benali@ferroval.example.fr"),
    subject="Suite à notre entretien", date="2026-03-13 18:02 +0100",
    text="""Bonjour Aylin,

Je vous remercie encore pour le temps que vous nous avez consacré lors de nos échanges avec M. Kieffer.

Après réflexion, nous avons fait le choix de poursuivre le processus avec un autre candidat dont l'expérience en homologation ferroviaire correspond davantage aux enjeux immédiats du poste. Ce choix a été difficile, votre profil ayant été très apprécié.

Je me permets de conserver votre CV pour de futures opportunités et vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Claire Benali
Chargée de recrutement – Direction des Ressources Humaines
Groupe Ferroval | 4 allée de l'Écluse, 67000 Strasbourg
+33 3 88 00 41 52
""")

add("rejection", "spanish_position_filled", "es", "Eólica del Cierzo", "",
    frm=person("Eólica del Cierzo - Talento", "notificaciones@cierzo.example.es"),
    subject="Actualización de tu candidatura", date="2026-03-05 10:15 +0100",
    text="""Hola Aylin:

Te escribimos para informarte de que el proceso de selección para la posición de Project Manager Parques Eólicos ha finalizado y la vacante ya ha sido cubierta.

Queremos agradecerte sinceramente el interés mostrado. Guardaremos tu candidatura en nuestra base de datos para futuros procesos, salvo que nos indiques lo contrario.

Un saludo,
Equipo de Talento
Eólica del Cierzo S.L.
""")

add("rejection", "british_shant_progress_kestrel", "en", "Kestrel Automotive", "",
    frm=person("Kestrel Automotive Careers", "careers-noreply@successfactors.example.eu"),
    subject="Kestrel Automotive - Req. 44821", date="2026-03-24 08:00 +0000",
    text="""Dear Aylin Demir ,

Thank you for your recent application for the role of Programme Manager – Electrified Powertrain.

We have now had the opportunity to consider your application against the criteria for the role and regret to inform you that on this occasion we shan't be progressing your application further.

We would like to thank you for the interest you have shown in Kestrel Automotive and wish you every success in the future.

Regards ,
Kestrel Automotive Ltd – Resourcing Team
""", charset="windows-1252", cte="quoted-printable")

add("rejection", "headhunter_relayed", "de", "Limmat Rail Systems", "m.fehr@stellwerk-search.example.ch",
    frm=person("Marco Fehr", "m.fehr@stellwerk-search.example.ch"),
    subject="Kurzes Feedback Limmat", date="2026-03-18 19:41 +0100",
    text="""Liebe Aylin

Ich habe heute Nachmittag mit dem Mandanten telefoniert. Leider kein gutes Signal: Limmat hat sich nach der zweiten Runde für eine interne Lösung entschieden - ein Teilprojektleiter aus dem eigenen Haus übernimmt die Rolle. Mit deinem Profil hatte das wenig zu tun, das Feedback von Herrn Gasser war wirklich positiv.

Ich melde mich, sobald ich ein passendes Mandat habe, gerade im Bereich Bahntechnik Zürich tut sich einiges.

Herzlich
Marco

Marco Fehr | Partner
Stellwerk Executive Search AG | Bahnhofstrasse 52 | 8001 Zürich
+41 44 555 18 90
""")

add("rejection", "after_takehome_greenhouse", "en", "Ampere Loop", "hiring@amperelop.example.com",
    frm=person("Ampere Loop via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=person("Nadia Costa", "hiring@amperelop.example.com"),
    subject="Your case study for Ampere Loop", date="2026-03-27 15:50 +0000",
    text="""Hi Aylin,

Thank you for the effort you put into the programme plan case study - the team appreciated the risk register in particular.

Having reviewed all submissions, we've decided not to move forward with your application for the Senior Program Manager, Manufacturing role. It was a close call; the deciding factor was hands-on experience scaling a cell assembly line.

We'd be glad to stay in touch for future roles.

Best,
Nadia Costa
People Team, Ampere Loop
""")

add("rejection", "dvinci_fsp_absage", "de", "Forschungszentrum Sächsische Prozesstechnik", "",
    frm=person("FSP Bewerbermanagement", "bewerbung-noreply@fsp-leipzig.example.de"),
    subject="Ihre Bewerbung (Kennz. 07/26)", date="2026-04-02 08:12 +0200", cte="base64",
    text="""Sehr geehrte Frau Demir,

das Auswahlverfahren für die ausgeschriebene Stelle (Kennz. 07/26) ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin entschieden haben.

Wir bedanken uns für Ihr Interesse an einer Tätigkeit im Forschungszentrum Sächsische Prozesstechnik und wünschen Ihnen für Ihre weitere berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Personalabteilung
Forschungszentrum Sächsische Prozesstechnik e. V.
""")

add("rejection", "indian_regret_varuna", "en", "Varuna Engineering Services", "priya.raghavan@varuna-eng.example.com",
    frm=person("Priya Raghavan", "priya.raghavan@varuna-eng.example.com"),
    subject="RE: Application - Project Manager (Automotive) - Munich", date="2026-03-06 07:15 +0000",
    text="""Dear Aylin,

Greetings of the day.

This is with reference to your candidature for the Project Manager (Automotive) position. We regret to inform you that the hiring manager has shortlisted other profiles which are more aligned to the client's requirement (AUTOSAR programme background).

We will keep your profile in our database and do revert to you for suitable openings in future.

Thanks & Regards,
Priya Raghavan
Talent Acquisition - Europe
Varuna Engineering Services GmbH (a Varuna Group company)
""", reply="<20260212064800.varuna@varuna-eng.example.com>")

add("rejection", "kessler_nach_gespraech_du", "de", "Kessler & Voss Maschinenbau", "jonas.pfister@kessler-voss.example.de",
    frm=person("Jonas Pfister", "jonas.pfister@kessler-voss.example.de"),
    subject="Rückmeldung", date="2026-04-07 16:44 +0200",
    text="""Hallo Aylin,

danke nochmal für das offene Gespräch letzte Woche und die Präsentation zum Retrofit-Projekt, das war richtig gut vorbereitet.

Wir haben uns intern lange ausgetauscht und uns am Ende doch für einen Kandidaten entschieden, der schon Erfahrung als Projektleiter im Sondermaschinenbau mitbringt. Ich weiß, das ist nicht die Antwort, die du dir gewünscht hast.

Wenn du magst, können wir gern kurz telefonieren, dann gebe ich dir noch ausführlicher Feedback.

Viele Grüße
Jonas

Jonas Pfister
Leiter Projektmanagement
Kessler & Voss Maschinenbau GmbH & Co. KG
Mobil +49 171 3345 908
""")

add("rejection", "very_short_mobile_de", "de", "Nordwind Rotor Systems", "h.jensen@nordwind-rotor.example.de",
    frm=person("Hauke Jensen", "h.jensen@nordwind-rotor.example.de"),
    subject="AW: Projektingenieur Rotorblatt", date="2026-04-09 07:31 +0200",
    text="""Moin Frau Demir, danke für Ihre Zeit, aber wir gehen mit jemand anderem weiter. Alles Gute!
Gruß H. Jensen

Von meinem iPhone gesendet
""" + quoted("outlook-de", "Aylin Demir <aylin.demir@example.net>", "Montag, 6. April 2026 10:02",
             "Sehr geehrter Herr Jensen,\n\ngibt es schon einen Stand zu meiner Bewerbung?\n\nViele Grüße\nAylin Demir",
             subject="Projektingenieur Rotorblatt", to="Jensen, Hauke <h.jensen@nordwind-rotor.example.de>"))

add("rejection", "french_lux_cancelled", "fr", "Moselle Ingénierie", "",
    frm=person("Moselle Ingénierie", "rh-noreply@moselle-ing.example.lu"),
    subject="Votre candidature – Ingénieur(e) chef de projet énergie", date="2026-04-14 11:00 +0200",
    text="""Madame,

Nous revenons vers vous concernant votre candidature au poste d'Ingénieur(e) chef de projet énergie.

Suite à une réorganisation interne, ce recrutement a été annulé. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Nous vous remercions de l'intérêt porté à notre société et vous prions d'agréer, Madame, nos salutations distinguées.

Le service des Ressources Humaines
Moselle Ingénierie S.A.
""")

add("rejection", "grazer_sap_status", "de", "Grazer Schienenfahrzeuge", "",
    frm=person("GSF Karriere", "sap-recruiting-noreply@gsf.example.at"),
    subject="Statusänderung Ihrer Bewerbung – Job-ID 50013377", date="2026-04-16 00:09 +0200",
    text="""Sehr geehrte/r Frau Aylin Demir,

der Status Ihrer Bewerbung für die Position  *** Projektleiter/in Drehgestelle ***  hat sich geändert.

Neuer Status: ABGESAGT

Wir danken Ihnen für Ihr Interesse an der Grazer Schienenfahrzeuge AG. Leider konnten wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen.

Ihr Grazer Schienenfahrzeuge AG Recruiting Team
""")

add("rejection", "japanese_owned_rotterdam", "en", "Hoshino Precision Europe", "k.tanaka@hoshino-precision.example.nl",
    frm=person("Kenji Tanaka", "k.tanaka@hoshino-precision.example.nl"),
    subject="Result of selection - Project Manager, Factory Expansion", date="2026-04-21 03:12 +0200",
    text="""Dear Ms. Demir,

Thank you very much for your kind attendance at the interview with our management on 14 April, and for your patience while we completed our internal review with our headquarters in Nagoya.

We have carefully examined the results. We are very sorry to inform you that we cannot offer you the position this time. We highly appreciate your interest in Hoshino Precision and sincerely hope for your further success.

With best regards,

Kenji Tanaka
General Affairs & HR Section
Hoshino Precision Europe B.V.
Waalhaven Z.z. 19, 3089 JH Rotterdam
""")

add("rejection", "html_template_medivalve", "de", "Medivalve Medizintechnik", "sabine.ruehl@medivalve.example.de",
    frm=person("Rühl, Sabine", "sabine.ruehl@medivalve.example.de", "iso-8859-1"),
    subject="Ihre Bewerbung als Projektmanagerin Produktentwicklung", date="2026-02-26 11:51 +0100",
    html="""<html><head><style>p{margin:0 0 10px 0}</style></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Demir,</p>
<p>herzlichen Dank für Ihre Geduld. Der Fachbereich hat Ihre Unterlagen inzwischen gesichtet.</p>
<p>Leider müssen wir Ihnen heute eine Absage erteilen. Für die Position suchen wir jemanden mit regulatorischer Erfahrung nach MDR, die in Ihrem Profil bisher nicht ausreichend vorhanden ist.</p>
<p>Wir wünschen Ihnen weiterhin viel Erfolg bei der Stellensuche.</p>
<p>Beste Grüße<br>Sabine Rühl<br>HR Business Partner</p>
<table><tr><td><img src="cid:logo001" alt="Medivalve Medizintechnik GmbH"></td><td style="font-size:8pt;color:#777">Medivalve Medizintechnik GmbH · Sitz München · HRB 199283 · Geschäftsführung: Dr. Anja Weiß</td></tr></table>
</body></html>
""", charset="windows-1252", cte="quoted-printable")

add("rejection", "agency_exclaim_uk", "en", "Brightwell Consulting Engineers", "gemma@talentforge.example.co.uk",
    frm=person("Gemma Price", "gemma@talentforge.example.co.uk"),
    subject="Brightwell feedback :(", date="2026-04-23 17:58 +0100",
    text="""Hiya Aylin!!

So sorry to be the bearer of bad news but Brightwell Consulting Engineers have come back and unfortunately they've decided not to progress you to final stage :( They said they loved your energy but felt another candidate had more UK rail client-side experience!!

Honestly don't be disheartened, I've got loads of other stuff coming in and I'll be on the phone to you next week!!!

Gemma x

Gemma Price | Senior Consultant – Engineering & Infrastructure
TalentForge Recruitment | 0161 496 0533
""")

add("rejection", "spanish_tras_entrevista", "es", "Grupo Solenor", "marta.iglesias@solenor.example.es",
    frm=person("Marta Iglesias", "marta.iglesias@solenor.example.es"),
    subject="Proceso Jefe/a de Proyecto Fotovoltaico", date="2026-04-28 13:30 +0200",
    text="""Hola Aylin,

Muchas gracias por la entrevista del jueves con Ignacio y conmigo. Nos gustó mucho tu enfoque.

Lamentablemente, hemos decidido continuar con otra persona que tiene más experiencia en tramitación de parques en España. No ha sido una decisión fácil.

Te deseo mucha suerte y espero que coincidamos en el futuro.

Un abrazo,
Marta Iglesias
Responsable de Selección · Grupo Solenor
""")

add("rejection", "public_sector_interamt_absage", "de", "Bundesamt für Infrastrukturplanung", "referat-z2@bif.example.de",
    frm=person("Referat Z 2 - Personal", "referat-z2@bif.example.de"),
    subject="Ihre Bewerbung auf die Stellenausschreibung 1182764", date="2026-05-05 10:20 +0200",
    attach="Absage_1182764.pdf",
    text="""Sehr geehrte Frau Demir,

anliegend erhalten Sie unser Schreiben zum Ausgang des Auswahlverfahrens für die Stelle Technische Referentin / Technischer Referent (m/w/d) Projektsteuerung Schienenprojekte.

Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindner

Bundesamt für Infrastrukturplanung
Referat Z 2 – Personal
Dienstsitz Leipzig
""")

add("rejection", "french_cabinet_recrutement", "fr", "Alsace Énergies Renouvelables", "t.muller@lemaire-recrutement.example.fr",
    frm=person("Thomas Muller", "t.muller@lemaire-recrutement.example.fr"),
    subject="Re: Poste Responsable de programme éolien", date="2026-05-07 09:05 +0200",
    text="""Bonjour Aylin,

Petit retour suite à la présentation de votre candidature chez mon client Alsace Énergies Renouvelables : ils ne souhaitent malheureusement pas donner suite, le poste ayant été pourvu en interne entre-temps.

Je reste à votre écoute et reviens vers vous dès que j'ai une mission qui colle à votre profil.

Belle journée,
Thomas Muller
Consultant senior – Cabinet Lemaire Recrutement
06 12 34 56 78
""")

add("rejection", "turkish_owned_en", "en", "Anadolu Rail Systems", "elif.yildiz@anadolurail.example.com",
    frm=person("Elif Yıldız", "elif.yildiz@anadolurail.example.com"),
    subject="Regarding your application", date="2026-05-12 14:40 +0300",
    text="""Dear Aylin Hanım,

Thank you for your application and for the video interview with our Hamburg project office.

After evaluation, we have decided to continue with candidates who have more experience with tram projects in Turkey and the EU. Therefore we are not able to move forward with your application at this time.

We wish you success in your career.

Best regards,
Elif Yıldız
Human Resources Specialist
Anadolu Rail Systems A.Ş. | Hamburg Branch
""")

add("rejection", "personio_casual_du", "de", "Sonnfeld Solarparks", "",
    frm=person("Sonnfeld Solarparks", "jobs@sonnfeld-solar.jobs.personio.de"),
    reply_to=person("Sonnfeld Solarparks", "noreply@sonnfeld-solar.jobs.personio.de"),
    subject="Deine Bewerbung bei Sonnfeld", date="2026-05-19 08:46 +0200",
    text="""Hey Aylin,

danke, dass du dich bei uns als Projektmanager:in PV-Freifläche beworben hast!

Wir haben uns dein Profil genau angeschaut, aber leider passt es gerade nicht ganz zu dem, was wir für die Rolle brauchen. Deshalb müssen wir dir an dieser Stelle absagen.

Wir drücken dir die Daumen für deine Suche!
Dein Sonnfeld-Team
""")

add("rejection", "french_short_after_fallstudie", "fr", "Technopôle Médical de Strasbourg", "sophie.roth@tms.example.fr",
    frm=person("Sophie Roth", "sophie.roth@tms.example.fr"),
    subject="Retour étude de cas", date="2026-06-02 17:25 +0200",
    text="""Bonjour Madame Demir,

Merci pour votre étude de cas et votre présentation devant le jury. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Cordialement,
Sophie Roth
Responsable RH – Technopôle Médical de Strasbourg
""")

add("rejection", "spanish_rol_cancelado", "es", "Ferrotec Ibérica", "rrhh@ferrotec.example.es",
    frm=person("RRHH Ferrotec Ibérica", "rrhh@ferrotec.example.es"),
    subject="Re: Candidatura PM Material Rodante", date="2026-06-09 12:00 +0200",
    text="""Estimada Sra. Demir:

Le agradecemos su interés. Le informamos de que, por motivos presupuestarios, la empresa ha decidido no cubrir finalmente la posición de Project Manager Material Rodante, por lo que el proceso queda cerrado.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Ferrotec Ibérica, S.A. – Polígono Industrial Plaza, Zaragoza
""")

add("rejection", "after_panel_austria_sie", "de", "Voralpen Stahlbau", "b.hinterleitner@voralpen-stahlbau.example.at",
    frm=person("Birgit Hinterleitner", "b.hinterleitner@voralpen-stahlbau.example.at"),
    subject="Ihre Bewerbung – Projektingenieur:in Anlagenbau", date="2026-06-16 15:05 +0200",
    text="""Sehr geehrte Frau Demir,

vielen Dank für Ihren Besuch bei uns in Linz und das angenehme Gespräch mit Herrn Dipl.-Ing. Aigner und mir.

Wir haben alle Gespräche ausgewertet und uns schlussendlich für eine Bewerberin entschieden, die bereits Erfahrung im Hochofen-Umfeld mitbringt. Wir bedauern, Ihnen daher keine Zusage geben zu können.

Ihre Unterlagen senden wir Ihnen nicht zurück, sie werden nach sechs Monaten datenschutzkonform gelöscht.

Mit freundlichen Grüßen

Birgit Hinterleitner
Personalentwicklung & Recruiting
Voralpen Stahlbau GmbH
Tel.: +43 732 6587-221
""")

add("rejection", "greenhouse_two_line", "en", "Gridwise Analytics", "",
    frm=person("Gridwise Analytics", "no-reply@us.greenhouse-mail.io"),
    subject="Update", date="2026-06-22 23:04 +0000",
    text="""Hi Aylin,

Thanks for your interest in Gridwise Analytics. We've reviewed your application for Program Manager, Hardware and unfortunately won't be moving forward at this time.

Gridwise Recruiting
""")

# ---- interview invitations ------------------------------------------------------------------
add("interview_invitation", "calendly_voltgrid", "en", "Voltgrid", "tom.okafor@voltgrid.example.com",
    frm=person("Tom Okafor", "tom.okafor@voltgrid.example.com"),
    subject="Quick question", date="2026-01-26 16:20 +0000",
    text="""Hey Aylin,

Tom here, I lead hardware programs at Voltgrid. Read your application - the commissioning stuff at your current place is really relevant for us. Would you be free for a quick chat this week or next? 30 mins, pretty informal.

Grab any slot that works: https://calendly.example.com/tom-voltgrid/30min

Tom
""")

add("interview_invitation", "personio_interview_ics_brenner", "de", "Brenner Antriebstechnik", "lena.kraus@brenner-antriebstechnik.example.de",
    frm=person("Lena Kraus", "lena.kraus@brenner-antriebstechnik.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Projektleiter Industrialisierung", date="2026-01-20 11:40 +0100",
    text="""Sehr geehrte Frau Demir,

vielen Dank für Ihre Bewerbung als Projektleiter (m/w/d) Industrialisierung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Datum: Donnerstag, 29.01.2026
Uhrzeit: 10:00 – 11:30 Uhr
Ort: Brenner Antriebstechnik GmbH, Heilbronner Str. 212, 70191 Stuttgart, Empfang Gebäude B
Gesprächspartner: Herr Dr. Brenner (Geschäftsführung), Frau Ott (Leitung Operations), Lena Kraus (HR)

Bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) zu einem Projekt vor, auf das Sie besonders stolz sind. Reisekosten erstatten wir Ihnen gern.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Viele Grüße
Lena Kraus
Talent Acquisition
Brenner Antriebstechnik GmbH
Tel. +49 711 8812-305
""", calendar=ics("brenner-ifs-20260129@brenner-antriebstechnik.example.de", "20260129T090000Z", "20260129T103000Z",
                  "Vorstellungsgespräch Aylin Demir", "lena.kraus@brenner-antriebstechnik.example.de",
                  location="Stuttgart, Gebäude B"))

add("interview_invitation", "goodtime_rheinchemie", "en", "Rheinchemie Solutions", "",
    frm=person("Rheinchemie Interview Scheduling", "scheduling@goodtime.example.io"),
    subject="Please select your interview times - Rheinchemie Solutions", date="2026-04-01 13:02 +0200",
    html="""<html><body style="font-family:Arial"><p>Hi Aylin,</p>
<p>Congratulations! The hiring team for <b>Programme Lead, Plant Digitalisation (R-21077)</b> at Rheinchemie Solutions AG would like to invite you to a virtual panel interview (3 x 45 minutes).</p>
<p>Please use the link below to pick the times that work best for you within the next 48 hours:</p>
<p><a href="https://app.goodtime.example.io/select/8XK2PZ?ref=email" style="background:#00539b;color:#fff;padding:8px 14px">Select availability</a></p>
<p>Interviewers: Dr. Katrin Ebel (Head of Engineering), Raj Malhotra (PMO), Ana Lopes (HR)</p>
<p>This message was sent by GoodTime on behalf of Rheinchemie Solutions AG. Replies to this address are not monitored.</p></body></html>
""")

add("interview_invitation", "headhunter_first_call", "de", "Limmat Rail Systems", "m.fehr@stellwerk-search.example.ch",
    frm=person("Marco Fehr", "m.fehr@stellwerk-search.example.ch"),
    subject="Limmat Rail – Gespräch mit Herrn Gasser", date="2026-02-17 08:15 +0100",
    text="""Liebe Aylin

Gute Nachrichten: Herr Gasser (Bereichsleiter Fahrzeugprojekte bei Limmat Rail Systems) möchte dich kennenlernen. Er schlägt ein erstes Gespräch per Teams am Dienstag, 24. Februar, um 14:00 Uhr vor, ca. eine Stunde.

Passt dir das? Dann schicke ich dir die Einladung und ein kurzes Briefing zum Mandanten. Wichtig: Er wird sicher nach dem Lastenheft-Management beim S-Bahn-Projekt fragen.

Herzlich
Marco

Marco Fehr | Partner
Stellwerk Executive Search AG | +41 44 555 18 90
""")

add("interview_invitation", "kessler_betriebsrat_fachgespraech", "de", "Kessler & Voss Maschinenbau", "jonas.pfister@kessler-voss.example.de",
    frm=person("Jonas Pfister", "jonas.pfister@kessler-voss.example.de"),
    cc=person("Personalwesen Kessler & Voss", "karriere@kessler-voss.example.de"),
    subject="Fachgespräch + Betriebsrat am 26.03.", date="2026-03-12 12:10 +0100",
    text="""Hallo Aylin,

wie am Telefon besprochen, hier nochmal die Details für die zweite Runde:

- 26.03.2026, 9:00 Uhr Fachgespräch mit mir und Ralf (Konstruktion)
- ca. 10:30 Uhr kurzes Kennenlernen mit dem Betriebsrat (Frau Maier)
- danach Werksrundgang

Bring bitte eine kurze Präsentation mit (15 min): wie würdest du ein Retrofit einer Transferpresse planen? Beamer ist da.

Parkplätze gibt's direkt vor Tor 2.

Bis dann!
Jonas

Jonas Pfister
Leiter Projektmanagement
Kessler & Voss Maschinenbau GmbH & Co. KG
""")

add("interview_invitation", "agency_phone_screen_uk", "en", "Brightwell Consulting Engineers", "gemma@talentforge.example.co.uk",
    frm=person("Gemma Price", "gemma@talentforge.example.co.uk"),
    subject="INTERVIEW!!! Brightwell", date="2026-04-02 10:07 +0100",
    text="""Hiya Aylin!!

AMAZING news - Brightwell Consulting Engineers want to speak to you!!! They've asked for a 30 min phone screen with their Head of Rail, Simon, on Wednesday 8th April at 11am UK time (12 your time). He'll call you on +49 176... is that still the best number??

Let me know ASAP and I'll confirm!! Then we can jump on a quick prep call Tuesday.

Gemma x

Gemma Price | Senior Consultant – Engineering & Infrastructure
TalentForge Recruitment | 0161 496 0533
""")

add("interview_invitation", "french_entretien_ferroval", "fr", "Groupe Ferroval", "claire.benali@ferroval.example.fr",
    frm=person("BENALI Claire", "claire.benali@ferroval.example.fr"),
    subject="Invitation à un entretien – Chef de projet industrialisation", date="2026-02-20 15:30 +0100",
    text="""Bonjour Aylin,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un premier entretien en visioconférence avec M. Kieffer, Directeur des programmes, et moi-même.

Seriez-vous disponible le mardi 3 mars à 10h00 ou le mercredi 4 mars à 14h30 ? L'entretien durera environ une heure.

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Bien cordialement,

Claire Benali
Chargée de recrutement – Groupe Ferroval
+33 3 88 00 41 52
""")

add("interview_invitation", "spanish_entrevista_solenor", "es", "Grupo Solenor", "marta.iglesias@solenor.example.es",
    frm=person("Marta Iglesias", "marta.iglesias@solenor.example.es"),
    subject="Entrevista - Jefe/a de Proyecto Fotovoltaico", date="2026-04-08 11:20 +0200",
    text="""Hola Aylin,

¡Buenas noticias! Nos ha encajado mucho tu perfil y nos gustaría conocerte. ¿Te vendría bien una videollamada el jueves 23 de abril a las 10:00 con Ignacio Pardo (director de operaciones) y conmigo? Serán unos 45 minutos.

Si no te va bien, dime otras franjas y lo cuadramos.

Un saludo,
Marta
""", calendar=ics("solenor-int-0423@solenor.example.es", "20260423T080000Z", "20260423T084500Z",
                 "Entrevista Aylin Demir - JP Fotovoltaico", "marta.iglesias@solenor.example.es",
                 location="Google Meet"))

add("interview_invitation", "indian_owned_technical_round", "en", "Varuna Engineering Services", "priya.raghavan@varuna-eng.example.com",
    frm=person("Priya Raghavan", "priya.raghavan@varuna-eng.example.com"),
    subject="Interview Schedule - Technical Round - Program Manager EV", date="2026-05-04 05:50 +0000",
    text="""Dear Aylin,

Greetings from Varuna!

Post our telephonic discussion, your profile has been shortlisted for the Technical Round for the position of Program Manager - EV Platforms.

Please find the interview details below:
Date: 07-May-2026 (Thursday)
Time: 10:30 AM CEST / 2:00 PM IST
Mode: MS Teams (link will be shared separately)
Panel: Mr. Suresh Iyer (Delivery Head), Mr. Anand Kulkarni (Engineering Manager)

Kindly confirm your availability at the earliest and do carry a copy of your updated CV.

Thanks & Regards,
Priya Raghavan
Talent Acquisition - Europe
Varuna Engineering Services GmbH
""")

add("interview_invitation", "teamtailor_selfschedule_solaris", "en", "Solaris Grid Labs", "",
    frm=person("Solaris Grid Labs", "noreply@teamtailor-mail.example.com"),
    subject="Let's meet! Book your interview with Solaris Grid Labs", date="2026-03-02 09:30 +0100",
    html="""<table style="width:100%;background:#fff8e7"><tr><td style="padding:24px;font-family:sans-serif">
<p>Hi Aylin,</p>
<p>Great news - Joris and the team would love to move you to the next stage for <b>Programme Manager – Utility-Scale Solar</b>!</p>
<p>The next step is a 45-minute video interview. Pick a time that suits you here:</p>
<p><a href="https://solarisgrid.teamtailor.example.com/meetings/book/7f2c?utm_source=ttmail">Book a time</a></p>
<p>Talk soon,<br>Solaris Grid Labs</p></td></tr></table>
""")

add("interview_invitation", "austria_karriere_einladung", "de", "Voralpen Stahlbau", "b.hinterleitner@voralpen-stahlbau.example.at",
    frm=person("Birgit Hinterleitner", "b.hinterleitner@voralpen-stahlbau.example.at"),
    subject="Einladung Vorstellungsgespräch Linz", date="2026-05-26 09:40 +0200",
    text="""Sehr geehrte Frau Demir,

Ihre Bewerbung als Projektingenieur:in Anlagenbau hat uns angesprochen. Gerne möchten wir Sie zu einem persönlichen Gespräch an unseren Standort in Linz einladen.

Termin: Mittwoch, 10. Juni 2026, 13:30 Uhr
Ort: Voralpen Stahlbau GmbH, Hafenstraße 47, 4020 Linz, Verwaltungsgebäude, 2. Stock

Die Anreisekosten (Bahn 2. Klasse) werden von uns übernommen. Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Birgit Hinterleitner
Personalentwicklung & Recruiting
Voralpen Stahlbau GmbH
Tel.: +43 732 6587-221
""")

add("interview_invitation", "assessment_center_stadtwerke", "de", "Stadtwerke Isartal", "bewerbung@stadtwerke-isartal.example.de",
    frm=person("Stadtwerke Isartal - Personalgewinnung", "bewerbung@stadtwerke-isartal.example.de"),
    subject="Einladung zum Auswahlverfahren (Assessment-Center) – Projektleitung Fernwärme", date="2026-05-11 14:00 +0200",
    attach="Ablauf_Assessment_Center.pdf",
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>Sehr geehrte Frau Demir,</p>
<p>wir freuen uns, Sie zu unserem eintägigen Auswahlverfahren für die Stelle <b>Projektleitung Fernwärmeausbau (m/w/d)</b> einladen zu dürfen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Datum</td><td>Montag, 08.06.2026</td></tr>
<tr><td>Beginn</td><td>08:30 Uhr (Ende ca. 16:00 Uhr)</td></tr>
<tr><td>Ort</td><td>Verwaltungsgebäude, Emmy-Noether-Str. 2, 80992 München, Raum 0.14</td></tr>
<tr><td>Bestandteile</td><td>Fallstudie, Präsentation, strukturiertes Interview, Gespräch mit dem Personalrat</td></tr>
</table>
<p>Den genauen Ablauf finden Sie im Anhang. Bitte teilen Sie uns bis zum 20.05.2026 mit, ob Sie teilnehmen können.</p>
<p>Mit freundlichen Grüßen<br>Ihre Personalgewinnung<br>Stadtwerke Isartal GmbH</p>
</body></html>
""")

add("interview_invitation", "swiss_bern_zweitgespraech", "de", "Basler Pharmatechnik", "andrea.schnyder@basler-pharmatechnik.example.ch",
    frm=person("Andrea Schnyder", "andrea.schnyder@basler-pharmatechnik.example.ch"),
    subject="Zweitgespräch", date="2026-06-03 17:12 +0200",
    text="""Grüezi Frau Demir

Herzlichen Dank für das spannende Erstgespräch. Gerne laden wir Sie zu einem Zweitgespräch vor Ort in Basel ein, inkl. Besichtigung der neuen Abfüllanlage.

Wären Sie am Freitag, 19. Juni, ab 9 Uhr verfügbar? Rechnen Sie mit rund drei Stunden.

Freundliche Grüsse
Andrea Schnyder
HR Business Partnerin
Basler Pharmatechnik AG | Klybeckstrasse 200 | 4057 Basel
""")

add("interview_invitation", "greenhouse_onsite_ampere", "en", "Ampere Loop", "hiring@amperelop.example.com",
    frm=person("Ampere Loop via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=person("Nadia Costa", "hiring@amperelop.example.com"),
    subject="Next round: Ampere Loop case study + panel", date="2026-03-10 14:30 +0000",
    text="""Hi Aylin,

Thanks for chatting with Priyanka last week! We'd like to invite you to the next stage for Senior Program Manager, Manufacturing.

This round has two parts:
1. A take-home case study (programme plan for a new line, ~3 hours, due within 7 days)
2. A 90-min panel interview where you present it to the team

I'll send the case brief once you confirm you'd like to proceed. Let me know your availability for the panel in the week of 23 March.

Best,
Nadia Costa
People Team, Ampere Loop
""")

add("interview_invitation", "interamt_vorstellung_bund", "de", "Bundesamt für Infrastrukturplanung", "referat-z2@bif.example.de",
    frm=person("Referat Z 2 - Personal", "referat-z2@bif.example.de"),
    subject="Einladung zum Auswahlgespräch – Stellen-ID 1182764", date="2026-03-30 10:02 +0200",
    text="""Sehr geehrte Frau Demir,

aufgrund Ihrer Bewerbung laden wir Sie zu einem strukturierten Auswahlgespräch ein.

Termin: Dienstag, 21.04.2026, 11:15 Uhr
Ort: Bundesamt für Infrastrukturplanung, Karl-Heine-Str. 88, 04229 Leipzig, Raum 3.021
Auswahlkommission: Abteilungsleitung 4, Referat Z 2, Personalrat, Gleichstellungsbeauftragte

Bitte bringen Sie einen gültigen Lichtbildausweis mit. Eine Erstattung der Reisekosten ist nach dem Bundesreisekostengesetz nicht möglich.

Bitte bestätigen Sie Ihre Teilnahme bis zum 07.04.2026 per E-Mail.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindner
""")

add("interview_invitation", "short_hm_chat_du", "de", "Sonnfeld Solarparks", "felix@sonnfeld-solar.example.de",
    frm=person("Felix Brandt", "felix@sonnfeld-solar.example.de"),
    subject="kurzer Call?", date="2026-04-29 19:03 +0200",
    text="""Hi Aylin,

hab deinen Lebenslauf von Jana bekommen. Hast du Freitag Vormittag Zeit für nen kurzen Call (20 min)? Würde dir gern erzählen was wir in Sachsen-Anhalt vorhaben und hören was du suchst.

LG Felix
Sonnfeld Solarparks | Head of Projects
""")

add("interview_invitation", "french_lux_visio", "fr", "LuxGrid Énergie", "recrutement@luxgrid.example.lu",
    frm=person("Recrutement LuxGrid", "recrutement@luxgrid.example.lu"),
    subject="Votre candidature – prochaine étape", date="2026-05-20 10:10 +0200",
    text="""Madame Demir,

Nous avons le plaisir de vous informer que votre candidature au poste de Cheffe de projet raccordement réseau a retenu notre attention.

Nous vous proposons un entretien téléphonique de 30 minutes avec notre responsable technique, M. Schmit. Merci de réserver un créneau via le lien suivant : https://outlook.office.example.com/bookwithme/luxgrid-recrutement

Nous restons à votre disposition pour toute question.

Cordialement,
L'équipe Recrutement
LuxGrid Énergie S.A.
""")

add("interview_invitation", "smartrecruiters_video_northgate", "en", "Northgate Wind Services", "fiona.mcleod@northgate-wind.example.co.uk",
    frm=person("Fiona McLeod", "fiona.mcleod@northgate-wind.example.co.uk"),
    subject="Offshore Project Engineer - first interview", date="2026-02-16 11:45 +0000",
    calendar=ics("northgate-ope-0224@northgate-wind.example.co.uk", "20260224T100000Z", "20260224T104500Z",
                 "Interview: Aylin Demir / Offshore Project Engineer", "fiona.mcleod@northgate-wind.example.co.uk",
                 location="Microsoft Teams Meeting"),
    html="""<html><body><p>Dear Aylin,</p>
<p>Thank you for your application. I'm pleased to invite you to a first interview for the Offshore Project Engineer role with myself and Lars Petersen (Construction Manager, Hamburg).</p>
<p><b>Tuesday 24 February, 11:00–11:45 CET</b>, Microsoft Teams. An invitation is attached.</p>
<p>If the time doesn't suit, do let me know and we'll find an alternative.</p>
<p>Kind regards,<br>Fiona McLeod<br>Senior Talent Partner<br>Northgate Wind Services Ltd</p>
<p><a href="https://teams.example.com/l/meetup-join/19%3ameeting_NGW">Join the meeting now</a></p></body></html>
""")

add("interview_invitation", "probearbeitstag_leipzig", "de", "Elbe-Saale Anlagenbau", "s.kuehn@esa-anlagenbau.example.de",
    frm=person("Sandra Kühn", "s.kuehn@esa-anlagenbau.example.de", "iso-8859-1"),
    subject="Probearbeitstag", date="2026-06-24 13:08 +0200", charset="iso-8859-1",
    text="""Hallo Frau Demir,

nach unserem netten Telefonat möchten wir Sie gern zu einem Probearbeitstag einladen. Sie würden einen Tag mit unserem Projektteam auf der Baustelle Schkeuditz verbringen und an der Baubesprechung teilnehmen.

Vorschlag: Donnerstag, 2. Juli, 7:30 Uhr Treffpunkt Baucontainer. Sicherheitsschuhe und Helm stellen wir.

Geht das bei Ihnen?

Freundliche Grüße
Sandra Kühn
Assistenz der Geschäftsführung
Elbe-Saale Anlagenbau GmbH
Tel. 0341 22 55 60-0
""")

add("interview_invitation", "ms_teams_plain_hoshino", "en", "Hoshino Precision Europe", "k.tanaka@hoshino-precision.example.nl",
    frm=person("Kenji Tanaka", "k.tanaka@hoshino-precision.example.nl"),
    subject="Interview invitation", date="2026-04-06 02:30 +0200",
    text="""Dear Ms. Demir,

Thank you for your application to Hoshino Precision Europe B.V.

We would like to kindly invite you to an interview with our Managing Director Mr. Sato and Plant Manager Mr. de Vries.

Date: 14 April 2026 (Tuesday)
Time: 09:00 - 10:00 (CEST)
Place: Our office in Rotterdam (Waalhaven Z.z. 19)

We would be grateful if you could confirm your attendance by return mail.

With best regards,
Kenji Tanaka
General Affairs & HR Section
Hoshino Precision Europe B.V.
""")

add("interview_invitation", "spanish_telefonica_cierzo", "es", "Eólica del Cierzo", "pablo.lafuente@cierzo.example.es",
    frm=person("Pablo Lafuente", "pablo.lafuente@cierzo.example.es"),
    subject="Re: Project Manager O&M", date="2026-07-07 16:42 +0200", reply="<7d1e.aylin@mail.example.net>",
    text="""Hola Aylin,

Gracias por escribirme por LinkedIn. Te cuento: la vacante de PM de O&M sigue abierta y tu perfil me cuadra. ¿Podemos hablar por teléfono mañana o el jueves? Dime a qué hora te viene bien y te llamo.

Saludos,
Pablo Lafuente
Talent Partner | Eólica del Cierzo
+34 600 112 233
""")

add("interview_invitation", "reference_and_final_round_medtech", "en", "Brunner Medical", "lukas.graf@brunner-medical.example.ch",
    frm=person("Lukas Graf", "lukas.graf@brunner-medical.example.ch"),
    subject="Final round & references", date="2026-07-14 08:25 +0200",
    text="""Dear Aylin

Thank you for the strong second interview. We would like to invite you to the final round: a 60-minute conversation with our COO, Dr. Heidi Rüegg, on 22 July at 15:00 at our Zug site (or via Teams if you prefer).

In parallel, could you send me the contact details of two referees? We'd only contact them after the final round and with your go-ahead.

Kind regards
Lukas Graf
Talent Acquisition Lead
Brunner Medical AG
""")

add("interview_invitation", "outlook_thread_next_stage", "en", "Gridwise Analytics", "sam.whitaker@gridwise.example.com",
    frm=person("Sam Whitaker", "sam.whitaker@gridwise.example.com"),
    subject="RE: Senior TPM role", date="2026-08-04 15:31 +0100",
    text="""Aylin,

Great chat yesterday. I'd like you to meet two of my leads for the next stage - Hamid (firmware) and Claire (supply chain). 45 mins each, back to back. Is Tues 11 Aug after 1pm UK any good? I'll get my EA to send invites once you confirm.

Sam

Sam Whitaker | VP Engineering | Gridwise Analytics
""" + quoted("outlook", "Aylin Demir <aylin.demir@example.net>", "Monday, August 3, 2026 6:02 PM",
             "Hi Sam,\n\nThanks for your time today - really enjoyed hearing about the grid edge roadmap.\n\nBest regards,\nAylin",
             subject="Senior TPM role", to="Sam Whitaker <sam.whitaker@gridwise.example.com>"))

add("interview_invitation", "german_recruiter_xing", "de", "Hanse Windpark Service", "lisa.nowak@nordpersonal.example.de",
    frm=person("Lisa Nowak", "lisa.nowak@nordpersonal.example.de"),
    subject="Vorstellungsgespräch bei Hanse Windpark Service - Terminvorschlag", date="2026-08-18 10:55 +0200",
    text="""Hallo Aylin,

super, dass du Interesse hast! Ich habe dein Profil gestern an Hanse Windpark Service gegeben und die möchten dich gleich kennenlernen. :-)

Terminvorschläge für ein Erstgespräch (Video, 45 Min.) mit dem Teamleiter Projektsteuerung, Herrn Thiessen:
- Mi, 26.08., 9:00 Uhr
- Do, 27.08., 15:30 Uhr

Sag mir einfach, was dir besser passt.

Viele Grüße
Lisa Nowak
Senior Personalberaterin | Nordpersonal Beratung GmbH
Tel. 040 3300 1288
""")

add("interview_invitation", "workday_ics_rheinchemie_final", "en", "Rheinchemie Solutions", "katrin.ebel@rheinchemie.example.de",
    frm=person("Ebel, Katrin Dr.", "katrin.ebel@rheinchemie.example.de"),
    subject="Invitation: Final interview Aylin Demir @ Tue 5 May 2026 14:00 - 15:30 (CEST)", date="2026-04-24 09:10 +0200",
    text="""Dear Aylin,

following the panel round, we'd like to meet you once more in person at our Köln-Merkenich site. Please find the invitation attached.

Best regards
Katrin Ebel
Head of Engineering, Rheinchemie Solutions AG
""", calendar=ics("rc-final-20260505@rheinchemie.example.de", "20260505T120000Z", "20260505T133000Z",
                 "Final interview Aylin Demir", "katrin.ebel@rheinchemie.example.de", location="Köln-Merkenich, Bau 12"))

# ---- reschedules and cancellations by the employer -----------------------------------------------
add("interview_reschedule_or_cancel", "brenner_verschiebung", "de", "Brenner Antriebstechnik", "lena.kraus@brenner-antriebstechnik.example.de",
    frm=person("Lena Kraus", "lena.kraus@brenner-antriebstechnik.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch – Projektleiter Industrialisierung", date="2026-01-27 08:05 +0100",
    reply="<b7c1.aylin@mail.example.net>",
    text="""Guten Morgen Frau Demir,

leider muss ich unser Gespräch am Donnerstag verschieben - Herr Dr. Brenner ist kurzfristig bei einem Kunden in Wolfsburg gebunden. Das tut mir sehr leid.

Könnten Sie alternativ am Dienstag, 03.02., um 14:00 Uhr oder am Mittwoch, 04.02., um 9:30 Uhr? Die übrigen Angaben (Ort, Präsentation) bleiben gleich.

Viele Grüße
Lena Kraus
Talent Acquisition
Brenner Antriebstechnik GmbH
""" + quoted("de", "Aylin Demir <aylin.demir@example.net>", "Mi., 21. Jan. 2026 um 07:58",
             "Liebe Frau Kraus,\n\nvielen Dank für die Einladung, den Termin am 29.01. um 10 Uhr bestätige ich gern.\n\nViele Grüße\nAylin Demir"),
    calendar=ics("brenner-ifs-20260129@brenner-antriebstechnik.example.de", "20260129T090000Z", "20260129T103000Z",
                 "Vorstellungsgespräch Aylin Demir", "lena.kraus@brenner-antriebstechnik.example.de",
                 method="CANCEL", status="CANCELLED", sequence=1))

add("interview_reschedule_or_cancel", "ics_update_northgate", "en", "Northgate Wind Services", "fiona.mcleod@northgate-wind.example.co.uk",
    frm=person("Fiona McLeod", "fiona.mcleod@northgate-wind.example.co.uk"),
    subject="Updated invitation: Interview: Aylin Demir / Offshore Project Engineer", date="2026-02-20 16:02 +0000",
    text="""Hi Aylin,

Apologies - Lars has been called offshore on Tuesday, so I've moved our interview to Thursday 26 February, same time (11:00 CET). Updated invite attached. Hope that still works for you!

Fiona
""", calendar=ics("northgate-ope-0224@northgate-wind.example.co.uk", "20260226T100000Z", "20260226T104500Z",
                  "Interview: Aylin Demir / Offshore Project Engineer", "fiona.mcleod@northgate-wind.example.co.uk",
                  location="Microsoft Teams Meeting", sequence=1))

add("interview_reschedule_or_cancel", "ferroval_report", "fr", "Groupe Ferroval", "claire.benali@ferroval.example.fr",
    frm=person("BENALI Claire", "claire.benali@ferroval.example.fr"),
    subject="RE: Invitation à un entretien – Chef de projet industrialisation", date="2026-03-02 08:47 +0100",
    text="""Bonjour Aylin,

Je suis navrée, M. Kieffer a un empêchement demain matin. Nous sommes contraints de reporter notre entretien. Pourriez-vous le jeudi 5 mars à 16h00 ? Le lien Teams restera le même.

Toutes mes excuses pour ce contretemps.

Bien cordialement,
Claire Benali
""" + quoted("fr", "Aylin Demir <aylin.demir@example.net>", "ven. 20 févr. 2026 à 18:12",
             "Bonjour Madame Benali,\n\nJe vous confirme ma disponibilité le mardi 3 mars à 10h00.\n\nBien cordialement,\nAylin Demir"))

add("interview_reschedule_or_cancel", "headhunter_absage_termin", "de", "Limmat Rail Systems", "m.fehr@stellwerk-search.example.ch",
    frm=person("Marco Fehr", "m.fehr@stellwerk-search.example.ch"),
    subject="Limmat: Termin morgen muss leider raus", date="2026-02-23 18:30 +0100",
    text="""Liebe Aylin

Kurze Info: Herr Gasser ist krank, der Teams-Termin morgen um 14 Uhr fällt aus. Ich melde mich, sobald ich einen neuen Termin habe - wahrscheinlich nächste Woche.

Sorry für die Kurzfristigkeit!
Marco

Von meinem iPhone gesendet
""")

add("interview_reschedule_or_cancel", "kessler_neuer_termin_du", "de", "Kessler & Voss Maschinenbau", "jonas.pfister@kessler-voss.example.de",
    frm=person("Jonas Pfister", "jonas.pfister@kessler-voss.example.de"),
    subject="AW: Fachgespräch + Betriebsrat am 26.03.", date="2026-03-20 13:15 +0100",
    text="""Hi Aylin,

blöde Sache: der Betriebsrat hat am 26. eine Betriebsversammlung angesetzt, die wir nicht umgehen können. Können wir alles auf Dienstag, 31.03., gleiche Uhrzeit schieben? Ablauf bleibt gleich.

Sorry & Gruß
Jonas
""", reply="<5c2a.aylin@mail.example.net>")

add("interview_reschedule_or_cancel", "spanish_cambio_hora", "es", "Grupo Solenor", "marta.iglesias@solenor.example.es",
    frm=person("Marta Iglesias", "marta.iglesias@solenor.example.es"),
    subject="Cambio de hora entrevista jueves", date="2026-04-21 12:05 +0200",
    text="""Hola Aylin,

Perdona el lío: Ignacio tiene un comité a las 10, así que tenemos que mover la entrevista del jueves a las 12:30. ¿Te sigue viniendo bien? Te actualizo la invitación.

Gracias y disculpa,
Marta
""", calendar=ics("solenor-int-0423@solenor.example.es", "20260423T103000Z", "20260423T111500Z",
                 "Entrevista Aylin Demir - JP Fotovoltaico", "marta.iglesias@solenor.example.es",
                 location="Google Meet", sequence=1))

add("interview_reschedule_or_cancel", "bund_terminverlegung", "de", "Bundesamt für Infrastrukturplanung", "referat-z2@bif.example.de",
    frm=person("Referat Z 2 - Personal", "referat-z2@bif.example.de"),
    subject="Verlegung des Auswahlgesprächs am 21.04.2026", date="2026-04-13 09:00 +0200",
    text="""Sehr geehrte Frau Demir,

aus organisatorischen Gründen müssen wir das Auswahlgespräch vom 21.04.2026 auf Donnerstag, den 23.04.2026, 13:00 Uhr verlegen. Der Ort bleibt unverändert.

Wir bitten um Ihr Verständnis und um kurze Bestätigung des neuen Termins.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindner
""")

add("interview_reschedule_or_cancel", "gridwise_cancel_hiring_freeze_interview", "en", "Gridwise Analytics", "sam.whitaker@gridwise.example.com",
    frm=person("Sam Whitaker", "sam.whitaker@gridwise.example.com"),
    subject="Tuesday", date="2026-08-10 20:44 +0100",
    text="""Aylin - need to cancel tomorrow's sessions with Hamid and Claire, both got pulled into a customer escalation. Really sorry. My EA will send new times for later this week.

Sam

Sent from my iPhone
""", calendar=ics("gw-panel-20260811@gridwise.example.com", "20260811T120000Z", "20260811T133000Z",
                  "Aylin Demir - TPM panel", "sam.whitaker@gridwise.example.com", method="CANCEL",
                  status="CANCELLED", sequence=2))

add("interview_reschedule_or_cancel", "stadtwerke_ac_verschoben", "de", "Stadtwerke Isartal", "bewerbung@stadtwerke-isartal.example.de",
    frm=person("Stadtwerke Isartal - Personalgewinnung", "bewerbung@stadtwerke-isartal.example.de"),
    subject="Wichtig: Neuer Termin für das Auswahlverfahren Projektleitung Fernwärmeausbau", date="2026-05-29 11:25 +0200",
    text="""Sehr geehrte Frau Demir,

aufgrund einer kurzfristigen Terminkollision in der Auswahlkommission müssen wir das Auswahlverfahren vom 08.06.2026 leider verschieben. Neuer Termin ist Mittwoch, 17.06.2026, 08:30 Uhr, gleicher Ort.

Sollte Ihnen der neue Termin nicht möglich sein, melden Sie sich bitte bis 05.06. unter 089 2361-4470.

Mit freundlichen Grüßen
Ihre Personalgewinnung
Stadtwerke Isartal GmbH
""")

add("interview_reschedule_or_cancel", "french_lux_annulation", "fr", "LuxGrid Énergie", "recrutement@luxgrid.example.lu",
    frm=person("Recrutement LuxGrid", "recrutement@luxgrid.example.lu"),
    subject="Annulation de votre entretien téléphonique", date="2026-05-26 17:40 +0200",
    text="""Madame Demir,

Nous sommes au regret de devoir annuler l'entretien téléphonique prévu le 28 mai avec M. Schmit, celui-ci étant absent pour une durée indéterminée. Nous reviendrons vers vous très prochainement pour convenir d'une nouvelle date.

Avec nos excuses,
L'équipe Recrutement
LuxGrid Énergie S.A.
""")

add("interview_reschedule_or_cancel", "basler_verschieben_ch", "de", "Basler Pharmatechnik", "andrea.schnyder@basler-pharmatechnik.example.ch",
    frm=person("Andrea Schnyder", "andrea.schnyder@basler-pharmatechnik.example.ch"),
    subject="AW: Zweitgespräch", date="2026-06-15 10:10 +0200",
    text="""Grüezi Frau Demir

Leider hat sich bei uns eine Änderung ergeben: Die Abfüllanlage steht am Freitag wegen einer Revision still und der Produktionsleiter ist nicht vor Ort. Wir würden das Zweitgespräch deshalb gerne auf Dienstag, 23. Juni, 9 Uhr verschieben. Passt Ihnen das?

Freundliche Grüsse
Andrea Schnyder
Basler Pharmatechnik AG
""")

add("interview_reschedule_or_cancel", "hoshino_postpone", "en", "Hoshino Precision Europe", "k.tanaka@hoshino-precision.example.nl",
    frm=person("Kenji Tanaka", "k.tanaka@hoshino-precision.example.nl"),
    subject="Re: Interview invitation", date="2026-04-09 01:55 +0200",
    text="""Dear Ms. Demir,

We sincerely apologize for the inconvenience. Due to an urgent business trip of Mr. Sato to Japan, we must kindly ask to change the interview schedule.

New date: 16 April 2026 (Thursday), 13:00 - 14:00 (CEST), same place.

Thank you very much for your understanding.

With best regards,
Kenji Tanaka
Hoshino Precision Europe B.V.
""")

add("interview_reschedule_or_cancel", "french_cabinet_decale", "fr", "Alsace Énergies Renouvelables", "t.muller@lemaire-recrutement.example.fr",
    frm=person("Thomas Muller", "t.muller@lemaire-recrutement.example.fr"),
    subject="Décalage rdv AER", date="2026-04-27 08:12 +0200",
    text="""Aylin,

Mon client Alsace Énergies Renouvelables me demande de décaler votre rendez-vous de mercredi à vendredi 1er mai... qui est férié, donc en fait lundi 4 mai 11h. Ça vous va ?

Thomas
Cabinet Lemaire Recrutement
""")

add("interview_reschedule_or_cancel", "spanish_cancel_cierzo", "es", "Eólica del Cierzo", "pablo.lafuente@cierzo.example.es",
    frm=person("Pablo Lafuente", "pablo.lafuente@cierzo.example.es"),
    subject="Llamada de mañana", date="2026-07-08 21:10 +0200",
    text="""Hola Aylin, lo siento mucho pero mañana no voy a poder hacer la llamada, me ha surgido un viaje al parque de Borja. ¿Lo pasamos al lunes a las 9:30?

Pablo

Enviado desde mi móvil
""")

add("interview_reschedule_or_cancel", "personalberater_absage_gespraech", "de", "Hanse Windpark Service", "lisa.nowak@nordpersonal.example.de",
    frm=person("Lisa Nowak", "lisa.nowak@nordpersonal.example.de"),
    subject="Update zu Mittwoch", date="2026-08-24 17:20 +0200",
    text="""Hallo Aylin,

kleines Update: Herr Thiessen hat den Termin am Mittwoch abgesagt, er muss zu einer Abnahme nach Esbjerg. Er hat aber ausdrücklich gesagt, dass er dich weiter kennenlernen will - ich schlage dir morgen neue Zeiten vor.

Viele Grüße
Lisa
""")

# ---- missed interview notices --------------------------------------------------------------------
add("missed_interview_notice", "teams_no_show_rheinchemie", "en", "Rheinchemie Solutions", "ana.lopes@rheinchemie.example.de",
    frm=person("Lopes, Ana", "ana.lopes@rheinchemie.example.de"),
    subject="Your interview today", date="2026-04-14 10:02 +0200",
    text="""Dear Aylin,

We had you scheduled for the panel interview this morning at 09:15, but you did not join the Teams meeting. The panel waited for about 15 minutes.

I hope everything is alright. Could you let me know what happened? If there was a technical problem, we can look into finding another slot.

Kind regards,
Ana Lopes
HR Business Partner
Rheinchemie Solutions AG
""")

add("missed_interview_notice", "tried_calling_agency", "en", "Brightwell Consulting Engineers", "gemma@talentforge.example.co.uk",
    frm=person("Gemma Price", "gemma@talentforge.example.co.uk"),
    subject="Missed call from Simon??", date="2026-04-08 11:24 +0100",
    text="""Hi Aylin,

Simon from Brightwell Consulting Engineers just rang me - he tried calling you at the scheduled time (11 UK) twice and it went to voicemail!! Is everything ok?? Give me a bell asap and I'll see if I can get him to rebook.

Gemma
""")

add("missed_interview_notice", "wir_haben_sie_vermisst", "de", "Medivalve Medizintechnik", "sabine.ruehl@medivalve.example.de",
    frm=person("Rühl, Sabine", "sabine.ruehl@medivalve.example.de", "iso-8859-1"),
    subject="Heutiges Telefoninterview", date="2026-02-18 15:41 +0100", charset="windows-1252",
    text="""Hallo Frau Demir,

wir waren heute um 15 Uhr zum Telefoninterview verabredet. Leider konnte ich Sie unter der angegebenen Nummer nicht erreichen, auch nicht beim zweiten Versuch um 15:10 Uhr.

Falls etwas dazwischen gekommen ist, melden Sie sich gern bei mir. Einen neuen Termin kann ich Ihnen frühestens nächste Woche anbieten.

Beste Grüße
Sabine Rühl
""")

add("missed_interview_notice", "bewerbungsgespraech_nicht_erschienen", "de", "Elbe-Saale Anlagenbau", "s.kuehn@esa-anlagenbau.example.de",
    frm=person("Sandra Kühn", "s.kuehn@esa-anlagenbau.example.de", "iso-8859-1"),
    subject="Probearbeitstag heute", date="2026-07-02 09:05 +0200", charset="iso-8859-1",
    text="""Guten Morgen Frau Demir,

unser Bauleiter Herr Rösler hat bis 8:15 Uhr am Baucontainer auf Sie gewartet. Sie sind leider nicht erschienen und wir haben auch keine Absage erhalten.

Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüße
Sandra Kühn
Elbe-Saale Anlagenbau GmbH
""")

add("missed_interview_notice", "french_absence_visio", "fr", "Groupe Ferroval", "claire.benali@ferroval.example.fr",
    frm=person("BENALI Claire", "claire.benali@ferroval.example.fr"),
    subject="Entretien de ce jour", date="2026-03-05 16:25 +0100",
    text="""Bonjour Aylin,

Nous vous avons attendue ce jour à 16h00 sur Teams avec M. Kieffer, sans nouvelles de votre part. J'espère qu'il n'y a rien de grave.

Pouvez-vous me recontacter pour que nous fassions le point ?

Bien cordialement,
Claire Benali
""")

add("missed_interview_notice", "spanish_no_te_conectaste", "es", "Grupo Solenor", "marta.iglesias@solenor.example.es",
    frm=person("Marta Iglesias", "marta.iglesias@solenor.example.es"),
    subject="¿Todo bien?", date="2026-04-23 12:52 +0200",
    text="""Hola Aylin,

Te hemos estado esperando en el Meet a las 12:30 Ignacio y yo, pero no te has conectado. ¿Ha pasado algo? Si quieres, lo intentamos otro día.

Un saludo,
Marta
""")

add("missed_interview_notice", "headhunter_verpasst_du", "de", "Limmat Rail Systems", "m.fehr@stellwerk-search.example.ch",
    frm=person("Marco Fehr", "m.fehr@stellwerk-search.example.ch"),
    subject="Was ist passiert?", date="2026-03-03 14:35 +0100",
    text="""Liebe Aylin

Herr Gasser hat mich eben angerufen: Er war um 14 Uhr im Teams-Call für Limmat Rail, du bist aber nicht dazugekommen. Hast du meine Mail mit dem neuen Link bekommen? Bitte ruf mich kurz an, ich versuche, das wieder geradezubiegen.

Marco
+41 79 555 18 90
""")

add("missed_interview_notice", "indian_no_show_varuna", "en", "Varuna Engineering Services", "priya.raghavan@varuna-eng.example.com",
    frm=person("Priya Raghavan", "priya.raghavan@varuna-eng.example.com"),
    subject="RE: Interview Schedule - Technical Round - Program Manager EV", date="2026-05-07 09:20 +0000",
    text="""Dear Aylin,

The panel was waiting on the Teams link for the Technical Round scheduled today at 10:30 AM CEST, however you did not join. We also tried reaching your mobile but could not connect.

Kindly revert with the reason at the earliest so that we can check with the panel on the possibility of rescheduling.

Thanks & Regards,
Priya Raghavan
""")

add("missed_interview_notice", "austria_nicht_erschienen", "de", "Voralpen Stahlbau", "b.hinterleitner@voralpen-stahlbau.example.at",
    frm=person("Birgit Hinterleitner", "b.hinterleitner@voralpen-stahlbau.example.at"),
    subject="Ihr Termin am 10. Juni", date="2026-06-10 14:20 +0200",
    text="""Sehr geehrte Frau Demir,

wir hatten Sie heute um 13:30 Uhr zum Vorstellungsgespräch in Linz erwartet. Leider sind Sie nicht erschienen.

Sollte es einen Grund geben, der Sie daran gehindert hat, lassen Sie es uns bitte wissen.

Mit freundlichen Grüßen
Birgit Hinterleitner
Voralpen Stahlbau GmbH
""")

add("missed_interview_notice", "french_tentative_appel", "fr", "LuxGrid Énergie", "recrutement@luxgrid.example.lu",
    frm=person("Recrutement LuxGrid", "recrutement@luxgrid.example.lu"),
    subject="Entretien téléphonique manqué", date="2026-06-11 10:40 +0200",
    text="""Madame Demir,

M. Schmit a tenté de vous joindre ce matin à 10h00, à l'heure convenue pour notre entretien téléphonique, à deux reprises, sans succès.

Merci de nous indiquer si vous souhaitez convenir d'un nouveau créneau.

Cordialement,
L'équipe Recrutement
LuxGrid Énergie S.A.
""")

# ---- offers ------------------------------------------------------------------------------------
add("offer", "kessler_vertrag", "de", "Kessler & Voss Maschinenbau", "jonas.pfister@kessler-voss.example.de",
    frm=person("Jonas Pfister", "jonas.pfister@kessler-voss.example.de"),
    subject="Angebot", date="2026-04-03 17:50 +0200", attach="Arbeitsvertrag_Demir_Entwurf.pdf",
    text="""Hallo Aylin,

wie heute Mittag am Telefon schon angekündigt: Wir würden dich sehr gern als Projektleiterin Retrofit an Bord holen! Anbei der Vertragsentwurf mit den besprochenen Eckdaten (78.000 EUR fix + Bonus, 30 Tage Urlaub, Start 01.07.).

Schau ihn dir in Ruhe an und melde dich bei Fragen. Wäre super, wenn wir bis Ende nächster Woche eine Rückmeldung bekommen.

Viele Grüße
Jonas
""")

add("offer", "rheinchemie_offer_letter", "en", "Rheinchemie Solutions", "ana.lopes@rheinchemie.example.de",
    frm=person("Lopes, Ana", "ana.lopes@rheinchemie.example.de"),
    subject="Your offer - Programme Lead, Plant Digitalisation", date="2026-05-08 15:15 +0200",
    attach="Offer_Letter_A_Demir.pdf",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Aylin,</p>
<p>It is my great pleasure to follow up on Dr. Ebel's call this afternoon: we are pleased to offer you the position of <b>Programme Lead, Plant Digitalisation</b> at Rheinchemie Solutions AG, based in Köln.</p>
<p>Please find your offer letter attached. It outlines the compensation package, the start date (1 August 2026) and the next steps. The offer is subject to the successful completion of our standard background screening.</p>
<p>Please return the signed copy by 18 May 2026. I'm happy to set up a call if you have any questions.</p>
<p>Kind regards,<br>Ana Lopes<br>HR Business Partner<br>Rheinchemie Solutions AG</p>
<p style="font-size:8pt;color:#999">Rheinchemie Solutions AG · Sitz: Köln · Registergericht Köln HRB 88213 · Vorstand: Dr. Henrik Sauer (Vors.), Miriam Dahl · Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Kamp<br>This e-mail may contain confidential information. If you have received it in error, please notify the sender and delete it.</p>
</body></html>
""")

add("offer", "stadtwerke_zusage_tvoed", "de", "Stadtwerke Isartal", "bewerbung@stadtwerke-isartal.example.de",
    frm=person("Stadtwerke Isartal - Personalgewinnung", "bewerbung@stadtwerke-isartal.example.de"),
    subject="Zusage – Projektleitung Fernwärmeausbau (m/w/d)", date="2026-06-26 12:40 +0200",
    text="""Sehr geehrte Frau Demir,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie entschieden hat. Wir möchten Ihnen die Stelle Projektleitung Fernwärmeausbau (m/w/d) zum 01.09.2026 anbieten. Die Eingruppierung erfolgt in Entgeltgruppe 13 TV-V.

Die Einstellung steht unter dem Vorbehalt der Zustimmung des Personalrats sowie der arbeitsmedizinischen Eignungsuntersuchung.

Bitte teilen Sie uns bis zum 06.07.2026 mit, ob Sie das Angebot annehmen. Ihren Arbeitsvertrag erhalten Sie anschließend per Post.

Mit freundlichen Grüßen
Ihre Personalgewinnung
Stadtwerke Isartal GmbH
Emmy-Noether-Str. 2, 80992 München
""")

add("offer", "verbal_offer_followup_solaris", "en", "Solaris Grid Labs", "joris.vandam@solarisgrid.example.nl",
    frm=person("Joris van Dam", "joris.vandam@solarisgrid.example.nl"),
    subject="Following up", date="2026-03-25 18:03 +0100",
    text="""Hi Aylin,

Great speaking earlier! As promised, just putting in writing what I said on the phone: we'd love for you to join Solaris as Programme Manager – Utility-Scale Solar. The People team will send the formal contract through DocuSign tomorrow; the numbers are the ones we discussed (EUR 92k + 8% bonus, hybrid from Rotterdam, start date flexible).

Any questions in the meantime, just shout.

Cheers,
Joris
Head of Delivery, Solaris Grid Labs
""")

add("offer", "personalberater_angebot", "de", "Hanse Windpark Service", "lisa.nowak@nordpersonal.example.de",
    frm=person("Lisa Nowak", "lisa.nowak@nordpersonal.example.de"),
    subject="!!! Hanse Windpark", date="2026-09-15 11:18 +0200",
    text="""Hallo Aylin,

ich hab's dir ja schon am Telefon gesagt, aber hier nochmal schriftlich: Hanse Windpark Service möchte dich als Teamleiterin Projektsteuerung einstellen!! Das Vertragsangebot kommt direkt von Frau Oltmanns aus der Personalabteilung, voraussichtlich morgen.

Eckdaten wie besprochen: 85.000 EUR, 40 h, Homeoffice 2 Tage/Woche, Dienstwagen. Ich freu mich riesig für dich!

Viele Grüße
Lisa Nowak
Nordpersonal Beratung GmbH
""")

add("offer", "french_promesse_embauche", "fr", "Technopôle Médical de Strasbourg", "sophie.roth@tms.example.fr",
    frm=person("Sophie Roth", "sophie.roth@tms.example.fr"),
    subject="Promesse d'embauche – Responsable de projets industriels", date="2026-09-02 14:02 +0200",
    attach="Promesse_embauche_Demir.pdf",
    text="""Bonjour Madame Demir,

Suite à nos différents échanges, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Responsable de projets industriels, en CDI, à compter du 2 novembre 2026.

Nous vous remercions de bien vouloir nous retourner un exemplaire daté et signé avant le 11 septembre.

Dans l'attente de vous accueillir parmi nous, je vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Roth
Responsable RH – Technopôle Médical de Strasbourg
""")

add("offer", "swiss_vertragsangebot_brunner", "de", "Brunner Medical", "lukas.graf@brunner-medical.example.ch",
    frm=person("Lukas Graf", "lukas.graf@brunner-medical.example.ch"),
    subject="Vertragsangebot", date="2026-07-29 16:00 +0200", attach="Arbeitsvertrag_Brunner_Medical.pdf",
    text="""Liebe Frau Demir

Es freut mich sehr, Ihnen im Namen der Geschäftsleitung die Stelle als Senior Project Manager Operations anzubieten. Im Anhang finden Sie den Arbeitsvertrag in doppelter Ausführung.

Das Angebot steht unter dem Vorbehalt positiver Referenzauskünfte, die wir mit Ihrem Einverständnis diese Woche einholen.

Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Freundliche Grüsse
Lukas Graf
Talent Acquisition Lead
Brunner Medical AG | Zug
""")

add("offer", "spanish_oferta_cierzo", "es", "Eólica del Cierzo", "pablo.lafuente@cierzo.example.es",
    frm=person("Pablo Lafuente", "pablo.lafuente@cierzo.example.es"),
    subject="Oferta - PM O&M", date="2026-08-05 13:20 +0200", attach="Carta_oferta_Demir.pdf",
    text="""Hola Aylin,

¡Enhorabuena! Tras las entrevistas con el equipo, nos complace ofrecerte la posición de Project Manager O&M. Te adjunto la carta de oferta con las condiciones (salario, teletrabajo parcial y fecha de incorporación).

Si tienes cualquier duda, llámame. Nos gustaría tener tu respuesta antes del 14 de agosto.

Un abrazo,
Pablo Lafuente
Talent Partner | Eólica del Cierzo
""")

add("offer", "conditional_offer_uk_agency", "en", "Brightwell Consulting Engineers", "gemma@talentforge.example.co.uk",
    frm=person("Gemma Price", "gemma@talentforge.example.co.uk"),
    subject="OFFER!!!!", date="2026-10-06 16:40 +0100",
    text="""AYLIN!!!

Brightwell Consulting Engineers have made you an offer for the Project Manager - Rail Systems role!!! It's conditional on references and right-to-work checks but honestly that's a formality. £68k + car allowance, hybrid Manchester/remote. Offer letter from their HR to follow.

Call me!!!

Gemma x
TalentForge Recruitment
""")

add("offer", "french_lux_offre", "fr", "LuxGrid Énergie", "recrutement@luxgrid.example.lu",
    frm=person("Recrutement LuxGrid", "recrutement@luxgrid.example.lu"),
    subject="Proposition de contrat", date="2026-07-21 09:30 +0200", attach="Contrat_LuxGrid_Demir.pdf",
    text="""Madame Demir,

Nous avons le plaisir de vous proposer le poste de Cheffe de projet raccordement réseau au sein de LuxGrid Énergie. Vous trouverez ci-joint le contrat de travail à durée indéterminée, à nous retourner signé.

Nous restons à votre disposition pour convenir d'une date de prise de fonction.

Cordialement,
Marc Schmit
Responsable technique
L'équipe Recrutement – LuxGrid Énergie S.A.
""")

add("rejection", "french_poste_pourvu_short", "fr", "Atelier Vosgien de Chaudronnerie", "direction@avc-chaudronnerie.example.fr",
    frm=person("Direction AVC", "direction@avc-chaudronnerie.example.fr"),
    subject="Re: candidature spontanée", date="2026-05-28 07:49 +0200",
    text="""Bonjour,

Merci pour votre candidature spontanée. Le poste de chef de projet a été pourvu le mois dernier, nous ne pouvons donc pas y donner suite.

Bonne continuation.

J.-P. Grandjean
Atelier Vosgien de Chaudronnerie SARL – Saint-Dié-des-Vosges
""")

# ---- other: German ------------------------------------------------------------------------------
UNSUB = "List-Unsubscribe"

add("other", "stepstone_jobagent", "de", "", "",
    frm=person("StepStone Job-Agent", "jobagent@stepstone.example.de"),
    subject="12 neue Jobs für „Projektleiter Maschinenbau“ in Stuttgart", date="2026-01-13 06:02 +0100",
    headers=[(UNSUB, "<https://www.stepstone.example.de/unsubscribe?ja=88123>"), ("List-Id", "<jobagent.stepstone.example.de>"),
             ("Precedence", "bulk")],
    html="""<html><body><table width="600" style="font-family:Arial"><tr><td><img src="https://cdn.stepstone.example.de/logo.png" alt="StepStone"></td></tr>
<tr><td><h3>Hallo Aylin, hier sind deine neuen Jobs</h3></td></tr>
<tr><td><a href="https://www.stepstone.example.de/job/1?cid=ja">Projektleiter (m/w/d) Sondermaschinenbau</a><br>Kessler &amp; Voss Maschinenbau · Göppingen · vor 1 Tag</td></tr>
<tr><td><a href="https://www.stepstone.example.de/job/2?cid=ja">Technischer Projektmanager Automotive (m/w/d)</a><br>Zulieferer-Gruppe Süd · Stuttgart · Schnellbewerbung</td></tr>
<tr><td><a href="https://www.stepstone.example.de/job/3?cid=ja">Projektingenieur Inbetriebnahme (m/w/d)</a><br>Anlagenbau Neckar · Esslingen</td></tr>
<tr><td><a href="https://www.stepstone.example.de/jobs?search=projektleiter">Alle 12 Jobs ansehen</a></td></tr>
<tr><td style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Job-Agent angelegt hast. <a href="https://www.stepstone.example.de/unsubscribe?ja=88123">Job-Agent löschen</a> · StepStone Deutschland GmbH, Düsseldorf</td></tr></table></body></html>
""")

add("other", "xing_stellenmarkt", "de", "", "",
    frm=person("XING Jobs", "jobs@mail.xing.example.com"),
    subject="Aylin, diese Jobs könnten Sie interessieren", date="2026-02-01 09:15 +0100",
    headers=[(UNSUB, "<mailto:unsubscribe@mail.xing.example.com>")],
    text="""Hallo Aylin Demir,

basierend auf Ihrem Profil haben wir neue Stellenangebote gefunden:

* Programm-Manager:in Bahntechnik – Limmat Rail Systems AG, Zürich
  https://www.xing.example.com/jobs/zuerich-programm-manager-123
* Projektleitung Windenergie onshore – Hanse Windpark Service, Hamburg
  https://www.xing.example.com/jobs/hamburg-projektleitung-456
* Teilprojektleiter:in E-Mobilität – Brenner Antriebstechnik, Stuttgart
  https://www.xing.example.com/jobs/stuttgart-teilprojektleiter-789

Tipp: Recruiter finden Sie leichter, wenn Ihr Profil vollständig ist.

Ihr XING Team
New Work SE, Hamburg
E-Mail-Einstellungen ändern: https://www.xing.example.com/settings/notifications
""")

add("other", "karriere_at_jobalarm", "de", "", "",
    frm=person("karriere.at Jobalarm", "jobalarm@mail.karriere.example.at"),
    subject="5 neue Jobs: Projektmanagement · Linz, Graz", date="2026-03-11 07:00 +0100",
    headers=[(UNSUB, "<https://www.karriere.example.at/jobalarm/abmelden/771>")],
    html="""<div style="font-family:Helvetica"><p>Servus Aylin,</p><p>für deinen Jobalarm gibt es Neuigkeiten:</p>
<ul><li><a href="https://www.karriere.example.at/jobs/1">Projektleiter:in Schienenfahrzeuge</a> – Grazer Schienenfahrzeuge AG, Graz – ab € 4.156</li>
<li><a href="https://www.karriere.example.at/jobs/2">Projektmanager:in Anlagenbau</a> – Industrietechnik Traun, Traun</li>
<li><a href="https://www.karriere.example.at/jobs/3">Senior PM Energietechnik</a> – Donauwerke Consulting, Linz</li></ul>
<p><a href="https://www.karriere.example.at/jobalarm/abmelden/771">Jobalarm abbestellen</a></p></div>
""")

add("other", "jobs_ch_abo", "de", "", "",
    frm=person("jobs.ch", "noreply@jobs.example.ch"),
    subject="Ihr Job-Abo: 7 neue Stellen", date="2026-04-15 06:30 +0200",
    headers=[(UNSUB, "<https://www.jobs.example.ch/abo/kuendigen?id=5531>")],
    text="""Grüezi Aylin Demir

Diese neuen Stellen passen zu Ihrem Job-Abo «Projektleitung Technik, Basel/Bern/Zürich»:

Projektleiter/in Infrastruktur 80-100% | Stadt Bern, Tiefbauamt | Bern
Senior Project Manager Operations | Brunner Medical AG | Zug
Projektleiterin Verfahrenstechnik | Basler Pharmatechnik AG | Basel

Alle Stellen ansehen: https://www.jobs.example.ch/abo/5531

Freundliche Grüsse
Ihr jobs.ch-Team
""")

add("other", "indeed_de_digest", "de", "", "",
    frm=person("Indeed", "alert@indeed.example.com"),
    subject="Projektmanager Windenergie: 23 neue Jobs in Hamburg", date="2026-05-03 05:41 +0200",
    headers=[(UNSUB, "<https://de.indeed.example.com/unsubscribe?a=1>")],
    html="""<html><body><p>23 neue Jobs für Projektmanager Windenergie in Hamburg</p>
<p><b><a href="https://de.indeed.example.com/rc/clk?jk=1">Projektmanager Offshore Wind (m/w/d)</a></b><br>Northgate Wind Services - Hamburg<br>Leicht zu bewerben</p>
<p><b><a href="https://de.indeed.example.com/rc/clk?jk=2">Projektleiter Netzanschluss (w/m/d)</a></b><br>Stadtwerke Elbmarsch - Hamburg<br>Neu</p>
<p style="font-size:11px">Sie können diese Job-Benachrichtigung jederzeit <a href="https://de.indeed.example.com/unsubscribe?a=1">abbestellen</a>. © 2026 Indeed</p></body></html>
""")

add("other", "karriere_newsletter_absage_artikel", "de", "", "",
    frm=person("Karriere-Briefing", "newsletter@karrierebriefing.example.de"),
    subject="Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig", date="2026-02-14 07:30 +0100",
    headers=[("List-Id", "Karriere-Briefing <briefing.karrierebriefing.example.de>"),
             (UNSUB, "<https://karrierebriefing.example.de/abmelden?u=aylin>"), ("Precedence", "list")],
    html="""<html><body style="font-family:Georgia"><h1>Das Karriere-Briefing</h1>
<h2>Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig</h2>
<p>„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.“ – diesen Satz liest jede:r Bewerber:in irgendwann. Unsere Expertin erklärt, warum eine freundliche Antwort auf die Absage Türen öffnen kann.</p>
<p><a href="https://karrierebriefing.example.de/artikel/absage?utm_source=nl">Weiterlesen</a></p>
<h3>Außerdem</h3>
<ul><li><a href="https://karrierebriefing.example.de/artikel/verpasst">Vorstellungsgespräch verpasst – was jetzt?</a></li>
<li><a href="https://karrierebriefing.example.de/artikel/gehalt">Gehaltsverhandlung im öffentlichen Dienst</a></li></ul>
<p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://karrierebriefing.example.de/abmelden?u=aylin">Abmelden</a></p></body></html>
""")

add("other", "headhunter_cold_mandat", "de", "", "c.weidemann@weidemann-partner.example.de",
    frm=person("Dr. Christoph Weidemann", "c.weidemann@weidemann-partner.example.de"),
    subject="Vertrauliche Anfrage", date="2026-03-17 08:50 +0100",
    text="""Sehr geehrte Frau Demir,

ich bin auf Ihr Profil bei XING aufmerksam geworden. Wir begleiten derzeit exklusiv einen mittelständischen Hersteller von Verpackungsmaschinen im Raum Stuttgart bei der Besetzung einer Position als Leiter:in PMO.

Sollte eine berufliche Veränderung für Sie grundsätzlich ein Thema sein, freue ich mich über Ihren aktuellen Lebenslauf. Selbstverständlich behandeln wir Ihre Unterlagen streng vertraulich.

Mit besten Grüßen
Dr. Christoph Weidemann
Geschäftsführender Gesellschafter
Weidemann & Partner Personalberatung GmbH, Stuttgart
""")

add("other", "elster_bescheid", "de", "", "",
    frm=person("ELSTER", "noreply@elster.example.de"),
    subject="Ihr Steuerbescheid wurde bereitgestellt", date="2026-06-12 14:00 +0200",
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

zu Ihrer Einkommensteuererklärung 2025 wurde ein Bescheid in Ihrem ELSTER-Postfach bereitgestellt. Bitte melden Sie sich unter https://www.elster.example.de an, um ihn abzurufen.

Ihr Finanzamt München

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""")

add("other", "krankenkasse_ablehnung", "de", "", "",
    frm=person("Ihre Techniker-Gesundheitskasse", "service-noreply@tgk.example.de"),
    subject="Ihr Antrag auf Kostenübernahme", date="2026-04-22 10:11 +0200",
    text="""Sehr geehrte Frau Demir,

vielen Dank für Ihren Antrag auf Kostenübernahme für eine Zahnreinigung. Leider müssen wir Ihnen mitteilen, dass wir die Kosten nach unserer Satzung nicht übernehmen können. Den ausführlichen Bescheid finden Sie in Ihrem Postfach in der TGK-App.

Gegen diese Entscheidung können Sie innerhalb eines Monats Widerspruch einlegen.

Freundliche Grüße
Ihre TGK
""")

add("other", "buergeramt_termin", "de", "", "",
    frm=person("Bürgerbüro Landeshauptstadt Stuttgart", "terminvergabe-noreply@stuttgart-buergerbuero.example.de"),
    subject="Terminbestätigung: Ummeldung Wohnsitz", date="2026-03-02 20:11 +0100",
    text="""Guten Tag Aylin Demir,

hiermit bestätigen wir Ihren Termin:

Anliegen: An-/Ummeldung einer Wohnung
Datum: 09.03.2026, 08:40 Uhr
Ort: Bürgerbüro Mitte, Eberhardstraße 39

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in dieser E-Mail ab.

Ihr Bürgerbüro
""")

add("other", "bank_kreditantrag", "de", "", "",
    frm=person("Nordsparkasse Online-Service", "no-reply@nordsparkasse.example.de"),
    subject="Wir haben Ihren Antrag erhalten", date="2026-05-14 18:22 +0200",
    text="""Sehr geehrte Frau Demir,

vielen Dank für Ihren Antrag auf einen Privatkredit über 12.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Über das Ergebnis informieren wir Sie in Kürze in Ihrem elektronischen Postfach.

Mit freundlichen Grüßen
Ihre Nordsparkasse
""")

add("other", "hausverwaltung_absage_wohnung", "de", "", "m.koenig@hv-koenig.example.de",
    frm=person("Martina König", "m.koenig@hv-koenig.example.de", "iso-8859-1"),
    subject="Wohnung Seestraße 14, 3. OG links", date="2026-06-30 11:35 +0200", charset="iso-8859-1",
    text="""Sehr geehrte Frau Demir,

vielen Dank für Ihr Interesse an der Wohnung in der Seestraße 14 und Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Martina König
Hausverwaltung König GmbH
Tel. 0711 604 22 19
""")

add("other", "dhl_verzoegerung", "de", "", "",
    frm=person("DHL Paket", "noreply@dhl.example.de"),
    subject="Ihre Sendung verzögert sich leider", date="2026-02-25 13:47 +0100",
    html="""<html><body><table width="600"><tr><td><img src="https://dhl.example.de/logo.png" alt="DHL"></td></tr>
<tr><td><p>Hallo Aylin Demir,</p><p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094042557</b> von Technik-Versand24. Wir bitten um Entschuldigung. Die neue voraussichtliche Zustellung ist am <b>Freitag, 27.02.</b></p>
<p><a href="https://www.dhl.example.de/sendungsverfolgung?piececode=00340434161094042557">Sendung verfolgen</a></p></td></tr></table></body></html>
""")

add("other", "hermes_live_position", "de", "", "",
    frm=person("Hermes", "noreply@hermesworld.example.com"),
    subject="Ihr Paket kommt heute – verfolgen Sie die Position Ihres Boten live", date="2026-07-16 09:02 +0200",
    text="""Hallo Aylin,

gute Nachrichten: Ihr Paket wird heute zwischen 13:00 und 15:00 Uhr zugestellt.

Ab ca. 30 Minuten vor Zustellung können Sie die aktuelle Position Ihres Hermes Boten live auf der Karte verfolgen:
https://www.myhermes.example.de/live/7H2K9

Ihr Hermes Team
""")

add("other", "bahn_zugausfall", "de", "", "",
    frm=person("Deutsche Bahn", "noreply@bahn.example.de"),
    subject="Ihre Reise am 04.02.: Zugausfall ICE 513", date="2026-02-04 05:58 +0100",
    text="""Guten Tag Frau Demir,

leider fällt Ihr Zug ICE 513 (Stuttgart Hbf 07:51 – München Hbf 10:05) heute aus. Grund: Reparatur an der Oberleitung.

Ihre Zugbindung ist aufgehoben. Alternative Verbindungen finden Sie im DB Navigator. Sie haben Anspruch auf Fahrgastrechte.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihre Deutsche Bahn
""")

add("other", "rundfunkbeitrag", "de", "", "",
    frm=person("ARD ZDF Deutschlandradio Beitragsservice", "keine-antwort@rundfunkbeitrag.example.de"),
    subject="Bestätigung Ihrer Anmeldung", date="2026-03-19 12:00 +0100",
    text="""Sehr geehrte Frau Demir,

wir bestätigen die Anmeldung Ihrer Wohnung zum Rundfunkbeitrag ab 01.03.2026. Ihre Beitragsnummer lautet 548 772 913.

Mit freundlichen Grüßen
ARD ZDF Deutschlandradio Beitragsservice
""")

add("other", "gym_mitgliedschaft", "de", "", "",
    frm=person("FitBox Studios", "service@fitbox.example.de"),
    reply_to=person("FitBox Studios", "noreply@fitbox.example.de"),
    subject="Deine Mitgliedschaft ist pausiert", date="2026-08-01 08:00 +0200",
    text="""Hey Aylin,

deine Mitgliedschaft im FitBox Studio Stuttgart-West ist wie gewünscht vom 01.08. bis 31.08.2026 pausiert. In dieser Zeit buchen wir keinen Beitrag ab.

Wir sehen uns im September! 💪
Dein FitBox Team
""")

add("other", "streaming_zahlung", "de", "", "",
    frm=person("Streamly", "info@account.streamly.example.com"),
    subject="Problem mit deiner Zahlung", date="2026-09-09 03:14 +0200",
    text="""Hallo Aylin,

wir konnten die Zahlung für dein Streamly-Abo nicht verarbeiten. Bitte aktualisiere deine Zahlungsinformationen, damit du weiterschauen kannst.

Zahlungsdaten aktualisieren: https://www.streamly.example.com/account/payment

Dein Streamly-Team
""")

add("other", "freundin_eigene_absage", "de", "", "jule.hartmann@example.org",
    frm=person("Jule Hartmann", "jule.hartmann@example.org"),
    subject="na super...", date="2026-04-11 22:31 +0200",
    text="""Hey Aylin,

ich hab heute die Absage von der Uniklinik bekommen. „Wir haben uns für eine andere Bewerberin entschieden, deren Profil besser passt“ blabla. Nach drei Gesprächsrunden!! Ich bin echt bedient.

Wie läuft's bei dir mit den Vorstellungsgesprächen? Lass uns mal wieder telefonieren, vielleicht Sonntag?

Drück dich
Jule
""")

add("other", "eigene_mail_terminbestaetigung", "de", "", "",
    frm=person("Aylin Demir", ME), to=person("Jonas Pfister", "jonas.pfister@kessler-voss.example.de"),
    subject="AW: Fachgespräch + Betriebsrat am 26.03.", date="2026-03-20 14:02 +0100",
    reply="<kv.20260320131500@kessler-voss.example.de>",
    text="""Hallo Jonas,

kein Problem, der 31.03. um 9 Uhr passt mir auch. Ich freue mich auf das Gespräch!

Viele Grüße
Aylin
""" + quoted("outlook-de", "Jonas Pfister <jonas.pfister@kessler-voss.example.de>", "Freitag, 20. März 2026 13:15",
             "Hi Aylin,\n\nblöde Sache: der Betriebsrat hat am 26. eine Betriebsversammlung angesetzt. Können wir alles auf Dienstag, 31.03., gleiche Uhrzeit schieben?\n\nSorry & Gruß\nJonas",
             subject="Fachgespräch + Betriebsrat am 26.03.", to=TO_ME))

add("other", "abwesenheit_recruiterin", "de", "", "lena.kraus@brenner-antriebstechnik.example.de",
    frm=person("Lena Kraus", "lena.kraus@brenner-antriebstechnik.example.de"),
    subject="Automatische Antwort: Terminvorschlag 04.02.", date="2026-01-28 19:40 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.01.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an karriere@brenner-antriebstechnik.example.de.

Viele Grüße
Lena Kraus
""")

add("other", "kalender_daily_standup", "de", "", "",
    frm=person("Google Kalender", "calendar-notification@google.example.com"),
    subject="Benachrichtigung: Daily Standup Team Prüfstand – Mo 9. Feb. 2026 09:00 – 09:15 (MEZ)", date="2026-02-09 08:50 +0100",
    text="""Daily Standup Team Prüfstand
Montag, 9. Februar 2026 ⋅ 09:00 – 09:15
Zeitzone: Europe/Berlin
Teilnahme mit Google Meet: https://meet.example.com/abc-defg-hij

Organisator: markus.beyer@example.com
Einladung von Google Kalender

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Kalender aktiviert haben.
""")

add("other", "podcast_interviewanfrage", "de", "", "nina@ingenieurinnen-podcast.example.org",
    frm=person("Nina Berger", "nina@ingenieurinnen-podcast.example.org"),
    subject="Interviewanfrage für unseren Podcast", date="2026-05-06 12:30 +0200",
    text="""Liebe Aylin,

ich moderiere den Podcast „Ingenieurinnen im Wandel“ und habe deinen Vortrag beim VDI-Netzwerktreffen in Stuttgart gesehen. Hättest du Lust, für eine Folge über den Wechsel von der Konstruktion ins Projektmanagement interviewt zu werden? Aufnahme remote, ca. 45 Minuten, irgendwann im Juni.

Liebe Grüße
Nina Berger
Ingenieurinnen im Wandel – der Podcast
""")

add("other", "user_research_interview", "de", "", "",
    frm=person("Team Nutzerforschung | Pendelwerk", "research-noreply@pendelwerk.example.de"),
    subject="Erzähl uns von deinem Arbeitsweg – 30-Minuten-Interview, 40 € Gutschein", date="2026-06-05 15:05 +0200",
    html="""<html><body><p>Hallo Aylin,</p><p>du nutzt die Pendelwerk-App regelmäßig. Wir suchen Nutzer:innen für ein 30-minütiges Video-Interview zu deinen Erfahrungen mit unserer Routenplanung. Als Dankeschön gibt es einen 40-€-Gutschein.</p>
<p><a href="https://research.pendelwerk.example.de/termin?src=mail">Jetzt Termin für das Interview wählen</a></p>
<p style="font-size:10px">Du möchtest keine Einladungen zu Studien mehr? <a href="https://pendelwerk.example.de/abmelden">Abmelden</a></p></body></html>
""", headers=[(UNSUB, "<https://pendelwerk.example.de/abmelden>")])

add("other", "hochschule_zulassung", "de", "", "",
    frm=person("Hochschule Esslingen – Weiterbildung", "zulassung-noreply@hs-esslingen-wb.example.de"),
    subject="Zulassungsbescheid berufsbegleitender Master Projektmanagement", date="2026-07-20 10:00 +0200",
    text="""Sehr geehrte Frau Demir,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Wintersemester 2026/27 zum berufsbegleitenden Masterstudiengang „Technisches Projektmanagement (M.Eng.)“ zugelassen sind. Ihren Zulassungsbescheid finden Sie im Bewerbungsportal.

Bitte nehmen Sie den Studienplatz bis zum 15.08.2026 an.

Mit freundlichen Grüßen
Studierendensekretariat Weiterbildung
""")

add("other", "interamt_newsletter", "de", "", "",
    frm=person("Interamt", "newsletter@interamt.example.de"),
    subject="Neue Stellenangebote im öffentlichen Dienst – KW 19", date="2026-05-08 06:00 +0200",
    headers=[("List-Id", "<stellen.interamt.example.de>"), (UNSUB, "<https://interamt.example.de/newsletter/abmelden>")],
    text="""Neue Stellenangebote passend zu Ihrem Suchprofil „Ingenieurwesen, Projektsteuerung“:

- Projektingenieur/in (m/w/d) Brückenbau – Autobahnamt Süd, München (E 12 TVöD)
- Technische/r Referent/in Netzplanung – Landesamt für Energie, Hannover (A 13)
- Projektleitung Hochbau – Stadt Leipzig, Amt für Gebäudemanagement (E 13)

Zum Stellenmarkt: https://interamt.example.de/stellen

Interamt – das Stellenportal des öffentlichen Dienstes
""")

# ---- other: English, French, Spanish ---------------------------------------------------------------
add("other", "linkedin_job_alert", "en", "", "",
    frm=person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
    subject="“programme manager”: 18 new jobs in Netherlands", date="2026-02-08 07:12 +0100",
    headers=[(UNSUB, "<https://www.linkedin.example.com/e/unsub?t=ja>"), ("Precedence", "bulk")],
    html="""<html><body><table width="512"><tr><td><h2>Your job alert for programme manager</h2>
<p><a href="https://www.linkedin.example.com/jobs/view/1?trk=eml-jymbii">Programme Manager – Utility-Scale Solar</a><br>Solaris Grid Labs · Rotterdam (Hybrid) · Actively recruiting</p>
<p><a href="https://www.linkedin.example.com/jobs/view/2?trk=eml-jymbii">Senior Programme Manager Offshore</a><br>Port of Rotterdam Energy Hub · Rotterdam</p>
<p><a href="https://www.linkedin.example.com/jobs/view/3?trk=eml-jymbii">Project Manager, Factory Expansion</a><br>Hoshino Precision Europe · Rotterdam · Easy Apply</p>
<p><a href="https://www.linkedin.example.com/jobs/search?trk=eml">See all jobs</a></p>
<p style="font-size:11px;color:#666">You're receiving Job Alert emails. <a href="https://www.linkedin.example.com/e/unsub?t=ja">Unsubscribe</a> · © 2026 LinkedIn</p></td></tr></table></body></html>
""")

add("other", "linkedin_inmail_recruiter", "en", "", "",
    frm=person("Raj Patel via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
    subject="Opportunity: Head of PMO - Battery Gigafactory (Central Europe)", date="2026-03-23 14:40 +0100",
    text="""Hi Aylin,

I came across your profile and was impressed by your background in automotive launch projects. I'm partnering with a fast-growing battery manufacturer building a gigafactory in Central Europe, and they're looking for a Head of PMO.

Package is very competitive (base + LTI + relocation). If this sounds interesting, feel free to reply here and I can share more details - no pressure at all.

Best,
Raj Patel
Principal Consultant | Volta Search Partners

This message was sent via LinkedIn InMail. Reply to respond to Raj.
""")

add("other", "indeed_en_digest", "en", "", "",
    frm=person("Indeed", "alert@indeed.example.com"),
    subject="Jobs for you: Project Engineer Remote", date="2026-06-18 05:33 +0200",
    headers=[(UNSUB, "<https://uk.indeed.example.com/unsubscribe?a=2>")],
    text="""Jobs for you

Project Engineer - Solar EPC (Remote, EU)
Helios Build Partners - Remote
Easily apply

Technical Programme Manager - Rail Signalling
Brightwell Consulting Engineers - Manchester
New

See all jobs: https://uk.indeed.example.com/jobs?q=project+engineer+remote

Unsubscribe: https://uk.indeed.example.com/unsubscribe?a=2
Indeed, 6433 Champion Grandview Way, Austin, TX
""")

add("other", "career_newsletter_en", "en", "", "",
    frm=person("The Hiring Desk", "hello@hiringdesk.example.com"),
    subject="Ghosted after the final round? (and how to handle a no-show)", date="2026-05-16 08:00 +0100",
    headers=[("List-Id", "The Hiring Desk <weekly.hiringdesk.example.com>"), (UNSUB, "<https://hiringdesk.example.com/u/aylin>")],
    html="""<html><body style="font-family:Georgia;max-width:620px"><p>Hi there,</p>
<p>This week's reader question: <i>"I was told 'we've decided to pursue other candidates whose background more closely aligns' after four rounds. Should I ask for feedback?"</i></p>
<p>Short answer: yes, but keep it to two sentences. Below, we also cover what to do if you missed an interview (it happens!) and how to reply to an offer without sounding desperate.</p>
<p><a href="https://hiringdesk.example.com/p/ghosted?utm_medium=email">Read the full issue</a></p>
<p style="font-size:11px">The Hiring Desk · You signed up at hiringdesk.example.com · <a href="https://hiringdesk.example.com/u/aylin">Unsubscribe</a></p></body></html>
""")

add("other", "candidate_survey", "en", "", "",
    frm=person("Ampere Loop", "surveys@candidate-feedback.example.com"),
    subject="How was your interview experience with Ampere Loop?", date="2026-04-01 10:00 +0000",
    text="""Hi Aylin,

You recently interviewed with Ampere Loop. We'd love to hear how it went - the survey takes 2 minutes and your answers are anonymous.

Start the survey: https://candidate-feedback.example.com/s/amp/8812

Thanks,
Candidate Experience Team

You can opt out of future surveys here: https://candidate-feedback.example.com/optout
""")

add("other", "press_interview_request", "en", "", "m.hughes@engineeringreview.example.com",
    frm=person("Megan Hughes", "m.hughes@engineeringreview.example.com"),
    subject="Interview request - Women in Energy feature", date="2026-06-08 13:13 +0100",
    text="""Dear Aylin,

I'm a reporter at Engineering Review and I'm putting together a feature on engineers moving into programme leadership in the energy transition. A colleague pointed me to your talk at Wind Europe.

Would you be available for a 20-minute phone interview next week? Quotes would be attributed with your approval.

Many thanks,
Megan Hughes
Senior Reporter, Engineering Review
+44 20 7946 0381
""")

add("other", "out_of_office_fiona", "en", "", "fiona.mcleod@northgate-wind.example.co.uk",
    frm=person("Fiona McLeod", "fiona.mcleod@northgate-wind.example.co.uk"),
    subject="Automatic reply: Re: Offshore Project Engineer - update", date="2026-03-04 09:00 +0000",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Thank you for your email. I am currently on annual leave, returning on Monday 16 March, with limited access to email.

For urgent recruitment matters please contact talent@northgate-wind.example.co.uk.

Kind regards,
Fiona
""")

add("other", "friend_rejection_en", "en", "", "dev.mehta@example.com",
    frm=person("Dev Mehta", "dev.mehta@example.com"),
    subject="ugh", date="2026-07-03 23:05 +0200",
    text="""Aylin!! so the Siemens-ish place finally got back to me and it's a no. "we regret to inform you that we will not be moving forward with your application". After a 4 hr assessment centre. lol.

anyway drinks friday? I need to complain in person. how did your thing in Basel go?

D
""")

add("other", "own_sent_thankyou_en", "en", "", "",
    frm=person("Aylin Demir", ME), to=person("Kenji Tanaka", "k.tanaka@hoshino-precision.example.nl"),
    subject="Thank you - interview on 16 April", date="2026-04-16 17:45 +0200",
    text="""Dear Mr. Tanaka,

Thank you for the opportunity to meet Mr. Sato and Mr. de Vries today. I enjoyed learning about the factory expansion in Rotterdam and remain very interested in the role.

Please let me know if you need any further documents.

Kind regards,
Aylin Demir
+49 176 5550 1234
""")

add("other", "order_delayed_en", "en", "", "",
    frm=person("Toolhaus Online", "orders@toolhaus.example.com"),
    subject="Unfortunately your order is delayed", date="2026-03-28 11:19 +0100",
    text="""Hi Aylin,

Unfortunately your order #TH-448120 (Digital calipers 150 mm, Label printer) is delayed due to a supplier backlog. We now expect to dispatch it on 6 April.

We're sorry for the inconvenience. If you'd rather cancel, you can do so in your account.

Toolhaus Online Customer Care
""")

add("other", "credit_card_application", "en", "", "",
    frm=person("Aurora Bank", "noreply@aurorabank.example.com"),
    subject="Your credit card application has been received", date="2026-08-12 16:00 +0200",
    text="""Dear Aylin Demir,

Thank you for applying for the Aurora Travel Mastercard. We have received your application (ref. AB-77120-CC) and will review it within 5 business days. We may contact you if we need further documents.

Aurora Bank S.A., Luxembourg
""")

add("other", "outlook_standup_reminder", "en", "", "",
    frm=person("Microsoft Outlook", "no-reply@calendar.example.com"),
    subject="Reminder: Weekly Programme Sync / Standup @ Mon 07:45", date="2026-09-21 07:30 +0200",
    text="""Weekly Programme Sync / Standup
Monday, 21 September 2026, 07:45-08:00 (UTC+01:00) Amsterdam, Berlin, Bern
Microsoft Teams meeting

Organizer: Stefan Ruiz
Join: https://teams.example.com/l/meetup-join/weekly

You're receiving this reminder because you're an attendee.
""")

add("other", "wttj_alerte", "fr", "", "",
    frm=person("Welcome to the Jungle", "hello@welcometothejungle.example.com"),
    subject="Aylin, 9 nouvelles offres pour vous 🌿", date="2026-02-22 08:45 +0100",
    headers=[(UNSUB, "<https://www.welcometothejungle.example.com/unsubscribe?u=a1>")],
    html="""<html><body><h2>Vos nouvelles offres</h2>
<p><a href="https://www.welcometothejungle.example.com/fr/jobs/1">Chef·fe de projet industrialisation</a> – Groupe Ferroval – Strasbourg – CDI</p>
<p><a href="https://www.welcometothejungle.example.com/fr/jobs/2">Responsable PMO énergie</a> – LuxGrid Énergie – Luxembourg – CDI</p>
<p><a href="https://www.welcometothejungle.example.com/fr/jobs/3">Program Manager hardware</a> – Gridwise Analytics – Télétravail</p>
<p style="font-size:11px">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://www.welcometothejungle.example.com/unsubscribe?u=a1">Se désabonner</a></p></body></html>
""")

add("other", "apec_newsletter", "fr", "", "",
    frm=person("La Lettre Carrières", "newsletter@lettre-carrieres.example.fr"),
    subject="Refus après entretien : faut-il demander un retour ?", date="2026-04-04 07:00 +0200",
    headers=[("List-Id", "<lettre.lettre-carrieres.example.fr>"), (UNSUB, "<https://lettre-carrieres.example.fr/desinscription>")],
    text="""LA LETTRE CARRIÈRES – n° 214

À LA UNE
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : comment rebondir après un refus, et pourquoi demander un retour peut vous aider pour le prochain entretien.
https://lettre-carrieres.example.fr/refus-entretien

AUSSI CETTE SEMAINE
- Entretien manqué : comment s'excuser sans se justifier à l'excès
- Promesse d'embauche : ce qu'elle vous engage vraiment

Se désinscrire : https://lettre-carrieres.example.fr/desinscription
""")

add("other", "cabinet_approche_directe", "fr", "", "a.fontaine@fontaine-executive.example.fr",
    frm=person("Agathe Fontaine", "a.fontaine@fontaine-executive.example.fr"),
    subject="Approche confidentielle – direction de programmes ferroviaires", date="2026-05-21 18:20 +0200",
    text="""Bonjour Aylin,

Je me permets de vous contacter dans le cadre d'une mission confiée par un acteur majeur de la signalisation ferroviaire, qui renforce sa direction des programmes à Strasbourg.

Si le sujet vous intéresse, je serais ravie de vous en dire plus par retour de mail. Et si ce n'est pas le bon moment, n'hésitez pas à me recommander quelqu'un de votre réseau !

Bien à vous,
Agathe Fontaine
Associée – Fontaine Executive
""")

add("other", "radio_interview", "fr", "", "l.keller@radio-rhin.example.fr",
    frm=person("Léa Keller", "l.keller@radio-rhin.example.fr"),
    subject="Demande d'interview – émission « Les métiers de demain »", date="2026-07-09 11:02 +0200",
    text="""Bonjour Madame Demir,

Je suis journaliste à Radio Rhin. Dans le cadre de notre émission « Les métiers de demain », nous souhaiterions vous interviewer (10 minutes, en direct ou enregistré) sur la place des femmes ingénieures dans les énergies renouvelables.

Seriez-vous disponible la semaine du 20 juillet ?

Cordialement,
Léa Keller
Radio Rhin – Rédaction Strasbourg
""")

add("other", "universite_avis_refus", "fr", "", "",
    frm=person("Université de Strasbourg – eCandidat", "ecandidat-noreply@unistra.example.fr"),
    subject="Avis de la commission pédagogique", date="2026-06-23 17:30 +0200",
    text="""Madame,

La commission pédagogique du Diplôme d'Université « Management de projets énergétiques » a examiné votre dossier.

Avis : défavorable – capacité d'accueil atteinte.

Vous pouvez consulter le détail sur la plateforme eCandidat.

Le service de la formation continue
Université de Strasbourg
""")

add("other", "colis_retard", "fr", "", "",
    frm=person("Colissimo", "noreply@notif-colissimo.example.fr"),
    subject="Votre colis est retardé", date="2026-05-02 12:12 +0200",
    text="""Bonjour,

Votre colis n° 6A21345678901 est retardé en raison d'un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois?code=6A21345678901

Colissimo
""")

add("other", "banque_pret_recu", "fr", "", "",
    frm=person("Banque Alsace Lorraine", "ne-pas-repondre@bal-banque.example.fr"),
    subject="Votre demande de prêt a bien été reçue", date="2026-09-18 10:40 +0200",
    text="""Madame Demir,

Nous accusons réception de votre demande de prêt immobilier n° 2026-88341. Votre conseiller étudiera votre dossier et reviendra vers vous sous 10 jours ouvrés.

Banque Alsace Lorraine
""")

add("other", "absence_claire", "fr", "", "claire.benali@ferroval.example.fr",
    frm=person("BENALI Claire", "claire.benali@ferroval.example.fr"),
    subject="Réponse automatique : Entretien de ce jour", date="2026-03-06 08:00 +0100",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 9 mars inclus. Je prendrai connaissance de votre message à mon retour.

Cordialement,
Claire Benali
""")

add("other", "infojobs_alerta", "es", "", "",
    frm=person("InfoJobs", "alertas@infojobs.example.net"),
    subject="Nuevas ofertas: Project Manager energía", date="2026-03-01 08:00 +0100",
    headers=[(UNSUB, "<https://www.infojobs.example.net/baja?alerta=991>")],
    text="""Hola Aylin,

Tenemos 6 nuevas ofertas que coinciden con tu alerta "Project Manager energía":

- Project Manager O&M - Eólica del Cierzo - Zaragoza
- Jefe/a de Proyecto Fotovoltaico - Grupo Solenor - Zaragoza
- PMO Hidrógeno Verde - Hidroval - Valencia

Ver todas las ofertas: https://www.infojobs.example.net/alertas/991

Darse de baja: https://www.infojobs.example.net/baja?alerta=991
""")

add("other", "amiga_rechazo", "es", "", "carmen.ortega@example.org",
    frm=person("Carmen Ortega", "carmen.ortega@example.org"),
    subject="Re: ¿qué tal?", date="2026-05-24 20:15 +0200",
    text="""Holaaa Aylin!

Pues nada, me han rechazado en lo de Madrid. "Lamentablemente hemos decidido continuar con otros candidatos". Estoy un poco de bajón, pero bueno, a seguir.

¿Y tú? ¿Te llamaron al final los de la eólica?

Besos,
Carmen

Enviado desde mi iPhone
""" + quoted("es", "Aylin Demir <aylin.demir@example.net>", "dom, 17 may 2026 a las 19:02",
             "¡Hola Carmen! ¿Qué tal todo? ¿Sabes algo de la entrevista?\n\nUn abrazo,\nAylin"))

add("other", "pedido_retrasado", "es", "", "",
    frm=person("TecnoMercado", "pedidos@tecnomercado.example.es"),
    subject="Tu pedido se ha retrasado", date="2026-08-20 09:30 +0200",
    text="""Hola Aylin,

Lamentablemente tu pedido 5520-ES se ha retrasado por un problema con el transportista. La nueva fecha estimada de entrega es el 26 de agosto.

Sentimos las molestias.
Equipo TecnoMercado
""")

add("other", "entrevista_usuario", "es", "", "",
    frm=person("Equipo de Investigación de Usuarios", "research@rutafacil.example.es"),
    reply_to=person("No responder", "noreply@rutafacil.example.es"),
    subject="¿Nos ayudas? Entrevista de 20 minutos sobre RutaFácil", date="2026-09-02 12:00 +0200",
    text="""Hola Aylin,

Estamos mejorando RutaFácil y buscamos usuarios para una entrevista de 20 minutos por videollamada. A cambio te regalamos un mes de suscripción Premium.

Reserva tu hueco aquí: https://rutafacil.example.es/estudio

¡Gracias!
El equipo de RutaFácil
""")

add("other", "ubicacion_compartida", "es", "", "",
    frm=person("Rastreo GPS Bici", "avisos@bicitrack.example.es"),
    subject="Nueva posición de tu bicicleta", date="2026-10-03 18:44 +0200",
    text="""Hola Aylin,

Tu localizador ha enviado una nueva posición: 48.7758° N, 9.1829° E (Stuttgart, Marienplatz) a las 18:43.

Ver en el mapa: https://bicitrack.example.es/mapa/77AB

BiciTrack
""")

# Mail clients differ in how they package the same typed text: these senders' clients add an HTML
# twin (multipart/alternative), or send the body base64 or raw 8bit.
CLIENT_ALTERNATIVE = {
    "recruiter_ack_manual_medivalve", "indian_owned_ack_varuna", "spanish_ack_solenor_reply",
    "terse_mobile_hm", "stadtwerke_formal_absage", "on_hold_northgate", "french_after_interview_ferroval",
    "headhunter_relayed", "indian_regret_varuna", "kessler_nach_gespraech_du", "japanese_owned_rotterdam",
    "agency_exclaim_uk", "spanish_tras_entrevista", "turkish_owned_en", "after_panel_austria_sie",
    "calendly_voltgrid", "headhunter_first_call", "kessler_betriebsrat_fachgespraech",
    "agency_phone_screen_uk", "french_entretien_ferroval", "indian_owned_technical_round",
    "austria_karriere_einladung", "swiss_bern_zweitgespraech", "ms_teams_plain_hoshino",
    "reference_and_final_round_medtech", "german_recruiter_xing", "ferroval_report",
    "basler_verschieben_ch", "teams_no_show_rheinchemie", "french_absence_visio", "kessler_vertrag",
    "swiss_vertragsangebot_brunner", "french_promesse_embauche", "freundin_eigene_absage",
    "press_interview_request", "cabinet_approche_directe", "headhunter_cold_mandat",
}
CLIENT_CTE = {
    "japanese_owned_rotterdam": "base64", "turkish_owned_en": "base64", "french_promesse_embauche": "base64",
    "spanish_oferta_cierzo": "base64", "krankenkasse_ablehnung": "base64", "wir_haben_sie_vermisst": "base64",
    "bahn_zugausfall": "8bit", "amiga_rechazo": "8bit", "hausverwaltung_absage_wohnung": "8bit",
    "austria_nicht_erschienen": "8bit",
}
assert (CLIENT_ALTERNATIVE | set(CLIENT_CTE)) <= {m.scenario for m in MAILS}
for _mail in MAILS:
    _mail.alternative = _mail.scenario in CLIENT_ALTERNATIVE
    _mail.cte = _mail.cte or CLIENT_CTE.get(_mail.scenario, "")

if __name__ == "__main__":
    main()
