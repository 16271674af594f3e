"""Writes the twelfth corpus: one candidate's job-search inbox, July to October 2026.

The candidate is Lukas Brenner <lukas.brenner@example.com>, a mechanical / manufacturing
engineer applying in Hamburg, Vienna, Zurich, Toulouse, Valencia, Birmingham and remotely.
Every message below is written out by hand; this script only dresses the text in the MIME
structure each sender's mail program would produce (charset, transfer encoding, HTML layout,
calendar part, attachment), so the .eml files and labels.csv stay reproducible.
It imports only the standard library.

Run: python tests/corpus_twelfth/make_twelfth.py   (rewrites the .eml files and labels.csv)
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Lukas Brenner", "lukas.brenner@example.com")


@dataclass
class Mail:
    """One message and its labels; text is the new part, quote the chain below it."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    date: str
    text: str
    fmt: str = "plain"  # plain | qp | b64 | html | alt | alt_b64
    charset: str = "utf-8"
    to: tuple[str, str] = ME
    reply_to: tuple[str, str] | None = None
    cc: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    ics: str = ""
    pdf: str = ""
    html: str = ""  # hand-written HTML; else derived from text
    thread: str = ""  # seeds In-Reply-To/References for replies
    brand: str = "#1f3a5f"


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def addr(pair: tuple[str, str], cs: str = "utf-8") -> str:
    name, mail = pair
    if not name:
        return mail
    if name.isascii():
        quoted = f'"{name}"' if re.search(r"[,.()@:;<>]", name) else name
        return f"{quoted} <{mail}>"
    return f"{header_text(name, cs)} <{mail}>"


def header_text(value: str, cs: str) -> str:
    """Encoded words in the message's own charset where it can hold the text, as mailers do."""
    if value.isascii():
        return value
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs).encode()


def msgid(seed: str, domain: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:20]}.{digest[20:28]}@{domain}>"


def to_html(text: str, brand: str) -> str:
    """The layout a mail-marketing or ATS template wraps around plain paragraphs."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    cells = []
    for p in paras:
        body = html.escape(p).replace("\n", "<br>")
        body = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="{m.group(1)}?utm_source=email&amp;utm_medium=ats" '
            f'style="color:{brand}">{m.group(1)}</a>',
            body,
        )
        cells.append(
            f'<tr><td style="padding:6px 24px;font-family:Arial,Helvetica,sans-serif;'
            f'font-size:14px;line-height:20px;color:#333333">{body}</td></tr>'
        )
    pixel = hashlib.md5(text.encode()).hexdigest()[:16]
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        '<body style="margin:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{brand};height:6px"></td></tr>'
        + "".join(cells)
        + '<tr><td style="padding:12px 24px;font-size:11px;color:#999999">'
        f'<img src="https://t.example.net/o/{pixel}.gif" width="1" height="1" alt="">'
        "</td></tr></table></body></html>"
    )


def text_part(body: str, subtype: str, cs: str, cte: str) -> MIMEText:
    charset = email_charset.Charset(cs)
    charset.body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64}.get(cte)
    if cte == "8bit" and cs == "utf-8":
        charset.body_encoding = None
    return MIMEText(body, subtype, charset)


def build(m: Mail, seq: int) -> bytes:
    domain = m.frm[1].split("@", 1)[1]
    body_cte = {"plain": "8bit", "qp": "qp", "b64": "b64", "html": "qp", "alt": "qp",
                "alt_b64": "b64"}[m.fmt]
    if m.charset != "utf-8" and body_cte == "8bit":
        body_cte = "qp"
    text = m.text.strip("\n") + "\n"
    page = m.html or to_html(m.text, m.brand)
    if m.fmt == "html":
        root: MIMEBase = text_part(page, "html", m.charset, body_cte)
    elif m.fmt in ("alt", "alt_b64"):
        root = MIMEMultipart("alternative")
        root.attach(text_part(text, "plain", m.charset, body_cte))
        root.attach(text_part(page, "html", m.charset, body_cte))
    else:
        root = text_part(text, "plain", m.charset, body_cte)
    if m.ics:
        cal = MIMENonMultipart("text", "calendar", method="REQUEST", charset="utf-8")
        cal.set_payload(m.ics.replace("\n", "\r\n"), "utf-8")
        if isinstance(root, MIMEMultipart):
            root.attach(cal)
        else:
            alt = MIMEMultipart("alternative")
            alt.attach(root)
            alt.attach(cal)
            root = alt
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        invite = MIMEApplication(m.ics.replace("\n", "\r\n").encode(), "ics", name="invite.ics")
        invite.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(invite)
        root = mixed
    if m.pdf:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        fake = b"%PDF-1.4\n% " + m.pdf.encode() + b"\n" + hashlib.sha256(m.pdf.encode()).digest() * 8
        pdf = MIMEApplication(fake, "pdf", name=m.pdf)
        pdf.add_header("Content-Disposition", "attachment", filename=m.pdf)
        mixed.attach(pdf)
        root = mixed
    sent = when(m.date)
    root["From"] = addr(m.frm, m.charset)
    root["To"] = addr(m.to)
    if m.cc:
        root["Cc"] = m.cc
    if m.reply_to:
        root["Reply-To"] = addr(m.reply_to, m.charset)
    root["Subject"] = header_text(m.subject, m.charset)
    root["Date"] = format_datetime(sent)
    root["Message-ID"] = msgid(f"{seq}-{m.slug}-{m.date}", domain)
    if m.thread:
        parent = msgid(m.thread, m.thread.rsplit("@", 1)[-1] if "@" in m.thread else "example.com")
        root["In-Reply-To"] = parent
        root["References"] = parent
    for key, value in m.headers.items():
        root[key] = value
    for index, part in enumerate(root.walk()):
        if part.is_multipart():  # fixed boundaries keep regenerated files byte-identical
            part.set_boundary(f"==={hashlib.sha1(m.slug.encode()).hexdigest()[:16]}_{index}===")
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(root)
    return out.getvalue()


def ics(uid: str, summary: str, start: str, minutes: int, organizer: tuple[str, str],
        location: str = "", method: str = "REQUEST", status: str = "CONFIRMED") -> str:
    """A minimal iTIP invitation as calendar servers send it."""
    begin = when(start).astimezone(UTC)
    end = begin + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2026//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{(begin - timedelta(days=3)).strftime(fmt)}",
        f"DTSTART:{begin.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{summary}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"STATUS:{status}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def rendered() -> list[tuple[str, Mail, bytes]]:
    """Each message's path under ROOT, its labels and its bytes."""
    out = []
    counters: dict[str, int] = {}
    for seq, m in enumerate(MAILS, 1):
        counters[m.kind] = counters.get(m.kind, 0) + 1
        out.append((f"{m.kind}/{counters[m.kind]:03d}_{m.slug}.eml", m, build(m, seq)))
    return out


def write_all() -> None:
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for rel, m, data in rendered():
        target = ROOT / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# The inbox. Sections follow the kinds; within each, mail arrives roughly in date order.
# ---------------------------------------------------------------------------------------------
# --- rejection (30) --------------------------------------------------------------------------
add("rejection", "workday_template", "en", "Kessler Fluid Systems", "",
    ("Kessler Fluid Systems", "kesslerfluid@myworkday.com"),
    "Your application for Manufacturing Engineer (R-10482) at Kessler Fluid Systems",
    "2026-07-08 16:02 +0000", """
Dear Lukas,

Thank you for your interest in Kessler Fluid Systems and for taking the time to apply for the position of Manufacturing Engineer  (Job Requisition ID R-10482) .

After careful review of your application, we regret to inform you that we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We encourage you to continue to visit our Careers site and apply for future openings that match your skills and interests.

Kind Regards,

Talent Acquisition
Kessler Fluid Systems

This is a system generated email, please do not reply.
""", fmt="alt", headers={"X-Mailer": "Workday"})

add("rejection", "mobile_one_liner", "en", "Ardent Robotics", "tom@ardentrobotics.example.com",
    ("Tom Heald", "tom@ardentrobotics.example.com"), "Re: CAD test",
    "2026-07-09 21:47 +0100", """
Hi Lukas - thanks for doing the CAD exercise. honestly it was close but we're going with someone who's done more sheet metal. sorry mate, good luck with the search

Tom

Sent from my iPhone

> On 6 Jul 2026, at 10:14, Lukas Brenner <lukas.brenner@example.com> wrote:
>
> Hi Tom, please find attached my solution to the bracket exercise. Happy to walk
> through the tolerance stack-up if useful.
> Best, Lukas
""", thread="cadtest-ardent@example.com")

add("rejection", "de_absage_formal", "de", "Hanseatische Anlagenbau", "bewerbung@hab-anlagenbau.example.de",
    ("Hanseatische Anlagenbau GmbH - Personalabteilung", "bewerbung@hab-anlagenbau.example.de"),
    "Ihre Bewerbung als Konstrukteur (m/w/d) – Kennziffer 2026-114", "2026-07-10 11:30 +0200", """
Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen jedoch mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Sabine Thormählen
Personalreferentin

Hanseatische Anlagenbau GmbH
Billstraße 211 · 20539 Hamburg
Tel. +49 40 7211-340
Geschäftsführer: Dr. Jörg Pape, Henrike Lüth · Amtsgericht Hamburg HRB 88412
""", fmt="qp", charset="iso-8859-1")

add("rejection", "position_filled_uk", "en", "Midland Castings", "rachel.oyelaran@midlandcastings.example.co.uk",
    ("Rachel Oyelaran", "rachel.oyelaran@midlandcastings.example.co.uk"), "Quality Engineer vacancy",
    "2026-07-13 14:05 +0100", """
Dear Lukas,

Many thanks for your application for the Quality Engineer vacancy at our Tyseley site.

I'm afraid the position has now been filled internally and as such we shan't be progressing any external applications further. I appreciate this will be disappointing, particularly given the strength of your CV.

We'll keep your details on file for six months, should you be happy for us to do so.

Kind regards,

Rachel Oyelaran
HR Advisor | Midland Castings Ltd
Tel: 0121 496 0712
Registered in England No. 04418210. Registered office: Unit 4, Wharfdale Road, Tyseley, Birmingham B11 2DE.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""")

add("rejection", "greenhouse_after_onsite", "en", "Voltmark", "",
    ("Voltmark Recruiting", "no-reply@us.greenhouse-mail.io"), "Update from Voltmark",
    "2026-07-15 18:22 +0000", """
Hi Lukas,

Thank you so much for making the time to meet with the team last week - we know an onsite is a real commitment, and everyone appreciated the thought you put into the battery-pack fixture discussion.

We've now had a chance to debrief. While there was a lot we liked, we've decided not to move forward with your candidacy for the Senior Manufacturing Engineer role at this time.

We know this isn't the news you were hoping for. We'd genuinely love to stay in touch as the team grows.

All the best,
The Voltmark Talent Team
""", fmt="html", brand="#00a37a")

add("rejection", "es_formal_descartado", "es", "Cerámicas del Turia", "seleccion@ceramicasturia.example.es",
    ("Selección de Personal - Cerámicas del Turia", "seleccion@ceramicasturia.example.es"),
    "Proceso de selección: Ingeniero/a de Procesos", "2026-07-16 09:41 +0200", """
Estimado Lukas:

Le agradecemos el interés mostrado en formar parte de Cerámicas del Turia y el tiempo dedicado a nuestro proceso de selección para el puesto de Ingeniero/a de Procesos en nuestra planta de Manises.

Tras analizar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos su currículum en nuestra base de datos para futuras vacantes, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Cerámicas del Turia, S.A.
Avda. de la Industria 14, 46940 Manises (Valencia)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. De conformidad con el RGPD (UE) 2016/679, le informamos de que sus datos serán tratados por Cerámicas del Turia, S.A. con la finalidad de gestionar procesos de selección.
""", fmt="qp", charset="windows-1252")

add("rejection", "agency_relayed", "en", "Brightwater Aerostructures", "chloe@apexengineeringtalent.example.co.uk",
    ("Chloe Mistry", "chloe@apexengineeringtalent.example.co.uk"), "Brightwater feedback",
    "2026-07-17 12:12 +0100", """
Hi Lukas,

Hope you're well! Just had feedback back from Brightwater Aerostructures on the Manufacturing Engineer role - unfortunately they've decided not to take you forward to second stage this time :(

Their comments were really positive on your lean/SMED experience but they felt they needed someone with more hands-on composites exposure (mainly RTM). Completely their call and honestly a tiny margin!!

Don't be disheartened - I've got a couple of other roles in the West Mids I think you'd be great for, I'll give you a ring tomorrow if that's ok?

Chloe

Chloe Mistry | Senior Consultant - Engineering & Manufacturing
Apex Engineering Talent
M: 07700 900412 | W: www.apexengineeringtalent.example.co.uk
[Apex Engineering Talent logo]
""")

add("rejection", "de_kurz_du", "de", "Nordwerk Maschinenbau", "jan.ehlers@nordwerk.example.de",
    ("Jan Ehlers", "jan.ehlers@nordwerk.example.de"), "AW: Bewerbung Fertigungsplaner",
    "2026-07-20 17:55 +0200", """
Hallo Lukas,

danke nochmal für das nette Gespräch letzte Woche. Wir haben intern lange diskutiert, uns am Ende aber für jemanden mit mehr SAP-PP-Erfahrung entschieden. Tut mir echt leid, war knapp.

Wenn sich bei uns in der Instandhaltung was tut, melde ich mich gern.

Viele Grüße
Jan

--
Jan Ehlers | Leiter Fertigung
Nordwerk Maschinenbau GmbH & Co. KG | Stade
+49 4141 55 803-20

Von: Lukas Brenner <lukas.brenner@example.com>
Gesendet: Montag, 13. Juli 2026 08:02
An: Jan Ehlers <jan.ehlers@nordwerk.example.de>
Betreff: Bewerbung Fertigungsplaner

Hallo Herr Ehlers,
vielen Dank für das Gespräch am Freitag, hat mich sehr gefreut. Anbei wie besprochen meine Zeugnisse.
Beste Grüße
Lukas Brenner
""", thread="fertigungsplaner@nordwerk.example.de")

add("rejection", "role_on_hold", "en", "Castellan Medical Devices", "priya.nair@castellanmd.example.com",
    ("Priya Nair", "priya.nair@castellanmd.example.com"), "Process Development Engineer - update",
    "2026-07-21 10:20 +0100", """
Dear Lukas,

I wanted to let you know personally that, following a review of our 2026 budget, the Process Development Engineer position has been put on hold and we will not be proceeding with the recruitment at this stage.

I'm sorry to bring this news after you've invested time in two interviews with us. If the role is reopened in the new financial year I would be glad to contact you first.

With best wishes,
Priya

Priya Nair
Talent Partner, Castellan Medical Devices
Castellan Medical Devices Ltd, Birmingham Research Park, Vincent Drive, Edgbaston B15 2SQ
CONFIDENTIALITY NOTICE: The information in this e-mail is confidential and may be legally privileged.
""", fmt="alt", brand="#5a2d82")

add("rejection", "fr_refus_poli", "fr", "Aéro Garonne Industrie", "recrutement@aerogaronne.example.fr",
    ("Aéro Garonne Industrie - Recrutement", "recrutement@aerogaronne.example.fr"),
    "Votre candidature - Ingénieur Méthodes Assemblage (H/F)", "2026-07-22 15:48 +0200", """
Bonjour Monsieur Brenner,

Nous vous remercions de l'intérêt que vous portez à Aéro Garonne Industrie ainsi que de votre candidature au poste d'Ingénieur Méthodes Assemblage basé à Colomiers.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Le service Recrutement
Aéro Garonne Industrie SAS – 12 chemin de la Crabe, 31770 Colomiers
""", fmt="qp", charset="windows-1252")

add("rejection", "indian_english_agency", "en", "Meridian Turbomachinery", "karthik.r@talentbridge-consulting.example.in",
    ("Karthik Raghavan", "karthik.r@talentbridge-consulting.example.in"), "RE: Opportunity with Meridian Turbomachinery || Lukas Brenner",
    "2026-07-23 07:36 +0530", """
Dear Lukas,

Greetings of the day!!

This is with reference to your candidature for the position of Lead Mechanical Engineer with our esteemed client Meridian Turbomachinery (Remote / Europe).

We regret to inform you that the client has gone ahead with another profile which is matching more closely to their requirement. Kindly note the same.

We will surely revert back to you in case any other suitable opening comes up. Request you to kindly share your updated CV for our database.

Thanks & Regards,
Karthik Raghavan
Sr. Talent Acquisition Specialist
TalentBridge Consulting Pvt. Ltd.
Mob: +91 98450 12345

-----Original Message-----
From: Lukas Brenner <lukas.brenner@example.com>
Sent: 15 July 2026 14:10
To: Karthik Raghavan <karthik.r@talentbridge-consulting.example.in>
Subject: RE: Opportunity with Meridian Turbomachinery || Lukas Brenner

Hi Karthik, any news from the client? Thanks, Lukas
""", thread="meridian-tb@talentbridge-consulting.example.in")

add("rejection", "smartrecruiters_short", "en", "Larsen & Voigt Packaging", "",
    ("Larsen & Voigt Packaging", "noreply@smartrecruiters.com"), "Thanks for your time",
    "2026-07-24 13:00 +0000", """
Hi Lukas,

Thanks for your time, but we won't be moving forward with your application for Packaging Line Engineer.

Best,
Larsen & Voigt Packaging Recruiting Team
""", fmt="alt", brand="#e2001a")

add("rejection", "es_tuteo_startup", "es", "Fabrik3D", "marta@fabrik3d.example.es",
    ("Marta Soler", "marta@fabrik3d.example.es"), "Re: Ingeniero/a de producto - prueba técnica",
    "2026-07-27 19:03 +0200", """
Hola Lukas!

Muchas gracias por la prueba técnica, se nota que le dedicaste tiempo. La hemos revisado con el equipo y al final hemos decidido seguir con otra persona que tiene más experiencia en fabricación aditiva con metal, que es justo lo que necesitamos ahora.

Sentimos no traer mejores noticias. Si en unos meses abrimos algo más de diseño mecánico te escribo, de verdad.

Un abrazo,
Marta

Marta Soler · Head of Engineering · Fabrik3D
Carrer de Sueca 41, València

El jue, 16 jul 2026 a las 11:20, Lukas Brenner (<lukas.brenner@example.com>) escribió:
> Hola Marta, te envío la prueba resuelta. Cualquier duda me dices.
> Saludos, Lukas
""", fmt="alt", brand="#ff5a36", thread="prueba-fabrik3d@example.es")

add("rejection", "austrian_public", "de", "Wiener Verkehrsbetriebe", "personal@wvb.example.at",
    ("Wiener Verkehrsbetriebe - Personalmanagement", "personal@wvb.example.at"),
    "Ihre Bewerbung: Techniker*in Fahrzeuginstandhaltung (Ref. 26/0318)", "2026-07-28 08:15 +0200", """
Sehr geehrter Herr Brenner!

Wir bedanken uns für Ihre Bewerbung als Techniker*in Fahrzeuginstandhaltung.

Nach eingehender Prüfung aller eingelangten Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir danken für Ihr Interesse und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Für die Wiener Verkehrsbetriebe
Mag.a Daniela Hofbauer
Personalmanagement – Recruiting
Erdbergstraße 202, 1030 Wien

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an personal@wvb.example.at.
""", fmt="b64")

add("rejection", "lever_after_takehome", "en", "Quillon", "",
    ("Quillon", "no-reply@hire.lever.co"), "Your application to Quillon",
    "2026-07-29 22:10 +0000", """
Hi Lukas,

Thanks again for completing the take-home assignment for the Hardware Design Engineer position. Our hiring panel reviewed every submission carefully.

Unfortunately, we will not be moving forward with your application. Due to the number of submissions we aren't able to provide individual feedback on the assignment.

We appreciate your interest in Quillon and wish you the best in your search.

Quillon Hiring Team
""", fmt="alt", brand="#111111")

add("rejection", "dutch_english", "en", "Van der Meulen Industrial Automation", "e.dejong@vdmeulen.example.nl",
    ("Esther de Jong", "e.dejong@vdmeulen.example.nl"), "application Project engineer",
    "2026-07-30 11:44 +0200", """
Dear Lukas,

Thank you for applying at Van der Meulen Industrial Automation for the function of Project Engineer (remote, with travel to Eindhoven).

We have looked at your resume with the team. We see a lot of experience in production, but for this function we are searching someone with more experience in PLC and electrical side. So we will not continue with your application, sorry for that.

We wish you a lot of success with finding a nice job.

Met vriendelijke groet / Kind regards,

Esther de Jong
HR advisor
Van der Meulen Industrial Automation B.V.
T +31 40 299 1120
""")

add("rejection", "de_stellenausschreibung_zurueckgezogen", "de", "Alpen Präzisionstechnik", "karin.wyss@alpenpraezision.example.ch",
    ("Karin Wyss", "karin.wyss@alpenpraezision.example.ch"), "Ihre Bewerbung als Produktionsingenieur",
    "2026-08-03 10:02 +0200", """
Sehr geehrter Herr Brenner

Vielen Dank für Ihre Bewerbung und die Zeit, die Sie sich für das Gespräch mit Herrn Keller genommen haben.

Aufgrund einer internen Reorganisation wird die ausgeschriebene Stelle als Produktionsingenieur in Winterthur nicht besetzt. Wir haben das Rekrutierungsverfahren deshalb abgebrochen und können Ihre Bewerbung nicht weiter berücksichtigen. Wir bedauern dies sehr.

Freundliche Grüsse

Karin Wyss
HR Business Partner

Alpen Präzisionstechnik AG
Grüzefeldstrasse 30 | 8404 Winterthur
T +41 52 511 24 70
""", fmt="qp")

add("rejection", "taleo_oddformat", "en", "Brackmann Industries", "",
    ("Brackmann Careers", "careers-noreply@brackmann.taleo.net"),
    "Brackmann Industries - Status of your Application - Req ID: 2600731", "2026-08-04 03:17 +0000", """
Dear Lukas Brenner ,

Re: Requisition 2600731 - Maintenance Reliability Engineer - Birmingham, GB

We would like to thank you for your interest in the position of Maintenance Reliability Engineer .

We regret to inform you that your application has not been selected for further consideration for this position . Please be assured that this decision was made after careful consideration of your qualifications in relation to the requirements of the position.

Your profile will be kept in our database. You may login to our career section at any time to apply for other positions.

Sincerely,
Brackmann Industries Talent Acquisition

*** Please do not reply to this message. This mailbox is not monitored. ***
""", fmt="html", brand="#003366")

add("rejection", "es_plaza_cubierta_agencia", "es", "Logística Levante", "irene.casas@adeccia-rrhh.example.es",
    ("Irene Casas", "irene.casas@adeccia-rrhh.example.es"), "Oferta Jefe/a de Mantenimiento - Sagunto",
    "2026-08-05 16:26 +0200", """
Buenas tardes Lukas,

Te escribo para comentarte que el cliente (Logística Levante) nos ha confirmado que ya ha cubierto la posición de Jefe/a de Mantenimiento en Sagunto con otro candidato, así que el proceso queda cerrado por su parte.

Siento mucho no tener mejores noticias. Tu perfil me parece muy interesante y lo tendré en cuenta para otras posiciones de la zona.

Un saludo,

Irene Casas
Consultora de Selección · División Industrial
Adeccia Recursos Humanos
Tel. 961 00 23 45
""", fmt="qp")

add("rejection", "fr_apres_entretien", "fr", "Valorin", "c.mercier@valorin.example.fr",
    ("Camille Mercier", "c.mercier@valorin.example.fr"), "Suite à notre entretien",
    "2026-08-06 18:11 +0200", """
Bonsoir Lukas,

Merci encore pour le temps que vous nous avez consacré mardi, les échanges avec l'équipe industrialisation ont été très riches.

Après réflexion, nous avons fait le choix de poursuivre avec un autre candidat dont le profil correspond davantage au besoin immédiat de l'atelier, notamment sur la partie usinage 5 axes.

Je sais que ce n'est pas la réponse attendue, et je reste disponible si vous souhaitez un retour plus détaillé par téléphone.

Belle soirée,
Camille

Camille Mercier – Responsable RH
VALORIN · Blagnac
06 12 34 56 78

Le lun. 3 août 2026 à 09:12, Lukas Brenner <lukas.brenner@example.com> a écrit :
> Bonjour Camille,
> je vous confirme ma présence mardi à 14h.
> Cordialement,
> Lukas Brenner
""", thread="entretien-valorin@example.fr")

add("rejection", "successfactors_reqclosed", "en", "Halvorsen Energy", "",
    ("Halvorsen Energy Careers", "careers@successfactors.eu"), "Your Halvorsen Energy application",
    "2026-08-07 06:00 +0000", """
Dear Lukas,

Thank you for applying for the role Mechanical Integrity Engineer (Job ID 48211).

We would like to inform you that this job requisition has been cancelled and the position will no longer be filled. Your application has therefore been closed.

We hope you will consider other opportunities with Halvorsen Energy in the future.

Yours sincerely,
Halvorsen Energy Recruitment Centre

Halvorsen Energy | Privacy Notice | Unsubscribe from job alerts
""", fmt="alt", brand="#0a6e7d")

add("rejection", "australian_casual", "en", "Southern Cross Fabrication", "dave@scfab.example.com.au",
    ("Dave Kowalczyk", "dave@scfab.example.com.au"), "Re: Remote design role",
    "2026-08-10 08:40 +1000", """
G'day Lukas,

Cheers for your patience on this one. Had a yarn with the directors and we've decided to go with a local bloke for the remote design role - turns out they want someone who can pop into the Geelong shop now and then, which I reckon rules out Hamburg haha.

No reflection on you at all, your portfolio was ripper. All the best mate.

Dave

Dave Kowalczyk
Engineering Manager
Southern Cross Fabrication Pty Ltd
0412 345 678
""", thread="remote-design@scfab.example.com.au")

add("rejection", "de_personio", "de", "Elbtakt Robotics", "",
    ("Elbtakt Robotics", "noreply@elbtakt.jobs.personio.de"), "Deine Bewerbung bei Elbtakt Robotics",
    "2026-08-11 14:31 +0200", """
Hallo Lukas,

vielen Dank für deine Bewerbung als Mechanical Design Engineer (m/w/d) und dein Interesse an Elbtakt Robotics!

Wir haben alle Bewerbungen sorgfältig geprüft. Leider können wir dir diesmal keine positive Rückmeldung geben – wir haben uns für Kandidat*innen entschieden, deren Erfahrung noch besser zu unseren aktuellen Anforderungen passt.

Wir drücken dir die Daumen für deine weitere Suche!

Dein Elbtakt People Team
""", fmt="html", brand="#14b8a6")

add("rejection", "uk_nhs_trust", "en", "Queen Elizabeth Hospitals Estates", "",
    ("NHS Jobs", "noreply@jobs.nhs.example.uk"), "Outcome of your application - 348-EST-26-0912",
    "2026-08-12 12:00 +0100", """
Dear Lukas Brenner

Job reference: 348-EST-26-0912
Job title: Estates Engineer (Mechanical) Band 6
Employer: Queen Elizabeth Hospitals Estates

Thank you for your application for the above post.

Unfortunately on this occasion you have not been shortlisted for interview. The shortlisting panel received a high number of applications and competition was strong.

If you would like feedback, please contact the recruiting manager, details of whom can be found in the job advert.

Kind regards

Recruitment Team
This is an automated message. Please do not reply to this email.
""")

add("rejection", "italian_english", "en", "Bernardi Meccanica", "f.galli@bernardimeccanica.example.it",
    ("Francesca Galli", "f.galli@bernardimeccanica.example.it"), "Update",
    "2026-08-14 09:55 +0200", """
Dear Mr. Brenner,

we thank you again for the interview of last week with our Technical Director, ing. Rossi.

We have to communicate you that the company decided to proceed with a different candidate, who has a better knowledge of Italian language, that is necessary for the relation with our suppliers in the area of Brescia.

We remain at disposal for any clarification and we wish you the best for your professional future.

Best regards

Francesca Galli
Human Resources Office
BERNARDI MECCANICA S.p.A.
Via dell'Industria 8 - 25030 Castel Mella (BS)
Tel. +39 030 123 4567
Le informazioni contenute in questo messaggio sono riservate. Ai sensi del Reg. UE 2016/679...
""", fmt="qp", charset="iso-8859-1")

add("rejection", "es_administracion_publica", "es", "Ayuntamiento de Paterna", "",
    ("Sede Electrónica - Ayuntamiento de Paterna", "notificaciones@sede.paterna.example.es"),
    "Resultado proceso selectivo Ingeniero/a Técnico/a Industrial", "2026-08-18 10:30 +0200", """
Estimado/a aspirante:

Se le informa de que ha sido publicada la lista definitiva de aspirantes del proceso selectivo para la provisión de una plaza de Ingeniero/a Técnico/a Industrial (interino/a).

De acuerdo con la baremación efectuada por el Tribunal, su candidatura NO ha sido seleccionada para la fase de entrevista al no alcanzar la puntuación mínima exigida en la fase de méritos.

Contra la presente resolución podrá interponer recurso de alzada en el plazo de un mes.

Ayuntamiento de Paterna – Recursos Humanos
Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.
""", fmt="b64")

add("rejection", "soft_after_two_rounds", "en", "Corvid Instruments", "sam.whitlock@corvidinstruments.example.com",
    ("Sam Whitlock", "sam.whitlock@corvidinstruments.example.com"), "Re: Following up",
    "2026-08-20 16:18 +0100", """
Hi Lukas,

Apologies for the slow reply, it's been a mad couple of weeks with the product launch.

I'm afraid we've decided to move forward with candidates whose experience more closely matches where the manufacturing team is heading (a lot more high-mix electromechanical assembly). It was a genuinely difficult decision and I'd be happy to give you more detailed feedback on a call if that would help.

Thanks again for your time with me, Helen and Dev.

Best,
Sam

Sam Whitlock | Head of Operations | Corvid Instruments
Unit 9, Aston Science Park, Birmingham B7 4BJ

On Mon, 17 Aug 2026 at 09:03, Lukas Brenner <lukas.brenner@example.com> wrote:
> Hi Sam,
> Just following up on my second interview on 6 August - is there any update on
> timing? Still very keen on the role.
> Best regards,
> Lukas
""", fmt="alt", thread="followup-corvid@example.com")

add("rejection", "de_zeitarbeit", "de", "Stahlwerk Harburg", "m.yilmaz@personalpartner-nord.example.de",
    ("Murat Yilmaz | Personalpartner Nord", "m.yilmaz@personalpartner-nord.example.de"),
    "Rückmeldung vom Kunden", "2026-08-24 13:02 +0200", """
Moin Herr Brenner,

kurze Rückmeldung: das Stahlwerk Harburg hat sich leider gegen eine Einladung entschieden. Die suchen doch eher jemanden aus der Elektrotechnik, das stand so leider nicht in der Anfrage.

Ich hab aber noch zwei Projekte in Hamburg-Süd, die gut passen könnten. Haben Sie morgen kurz Zeit für ein Telefonat?

Beste Grüße
Murat Yilmaz
Personaldisponent
Personalpartner Nord GmbH · Großmoorbogen 5 · 21079 Hamburg
Tel.: 040 76 11 55-12 · Mobil: 0171 555 28 91
""")

add("rejection", "fr_teamtailor", "fr", "Neopulse", "",
    ("Neopulse", "notifications@mail.teamtailor.com"), "Réponse à ta candidature chez Neopulse",
    "2026-09-02 11:11 +0200", """
Salut Lukas,

Merci d'avoir postulé chez Neopulse pour le poste d'Ingénieur·e Mécanique Produit (Toulouse / hybride) !

On a bien regardé ton profil et, malheureusement, on ne va pas aller plus loin avec ta candidature cette fois-ci. On a reçu énormément de candidatures et on a dû faire des choix difficiles.

On te souhaite plein de réussite pour la suite !

L'équipe Neopulse
""", fmt="alt", brand="#7c3aed")

add("rejection", "brief_after_phone_screen", "en", "Oakridge Pumps", "hannah.bell@oakridgepumps.example.com",
    ("Hannah Bell", "hannah.bell@oakridgepumps.example.com"), "Re: your application",
    "2026-09-09 15:40 +0100", """
Hi Lukas, thanks for the call on Monday. We've thought about it and we won't be taking your application further - the role needs more time on site in Redditch than would work with your relocation plans. Best of luck. Hannah

Hannah Bell - HR Manager - Oakridge Pumps
""", thread="app-oakridge@example.com")

# --- interview_invitation (25) ----------------------------------------------------------------
add("interview_invitation", "calendly_phone_screen", "en", "Tessaract Motion", "olivia.grant@tessaractmotion.example.com",
    ("Olivia Grant", "olivia.grant@tessaractmotion.example.com"), "Tessaract Motion - next steps",
    "2026-07-07 10:05 +0100", """
Hi Lukas,

Thanks for applying for the Manufacturing Engineer role at Tessaract Motion! I've had a look through your CV and would love to set up a 30 minute intro call to tell you more about the team and hear about your background.

Please grab a slot that works for you here: https://calendly.com/olivia-grant-tm/30min

Speak soon,
Olivia

Olivia Grant
Talent Acquisition Lead | Tessaract Motion
""", fmt="alt", brand="#ff6b00")

add("interview_invitation", "de_einladung_vorort", "de", "Hanseatische Kältetechnik", "t.petersen@hkt-kaelte.example.de",
    ("Tanja Petersen", "t.petersen@hkt-kaelte.example.de"), "Einladung zum Vorstellungsgespräch",
    "2026-07-08 14:20 +0200", """
Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung als Projektingenieur Kälteanlagen (m/w/d). Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, den 16. Juli 2026, um 10:00 Uhr in unsere Zentrale ein:

Hanseatische Kältetechnik GmbH
Wandsbeker Zollstraße 87, 22041 Hamburg
Ansprechpartner vor Ort: Herr Dipl.-Ing. Carsten Wulf (Technischer Leiter)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, finden wir gerne eine Alternative.

Mit freundlichen Grüßen

Tanja Petersen
Personal
Hanseatische Kältetechnik GmbH
Tel. 040 68 94 71-0
""", fmt="qp", charset="iso-8859-1")

add("interview_invitation", "goodtime_panel", "en", "Northgate Aerospace", "",
    ("Northgate Aerospace via GoodTime", "scheduling@goodtime.io"),
    "Action needed: schedule your panel interview with Northgate Aerospace", "2026-07-10 17:02 +0000", """
Hi Lukas,

Great news - the Northgate Aerospace team would like to invite you to a panel interview for Manufacturing Engineer II (Composites).

Format: 3 x 45 minute conversations (Engineering, Quality, Hiring Manager), video via Zoom
Please select your availability using the link below within 48 hours:

https://app.goodtime.io/availability/8f2c91d0-northgate

If none of the times work, just reply to your recruiter, Ben Ashworth (ben.ashworth@northgate-aero.example.com).

Thanks,
Northgate Aerospace Recruiting Coordination
""", fmt="html", brand="#1b365d")

add("interview_invitation", "quick_chat_terse", "en", "Ferrum Labs", "jonas@ferrumlabs.example.com",
    ("Jonas Albrecht", "jonas@ferrumlabs.example.com"), "Quick question",
    "2026-07-13 08:12 +0200", """
hey Lukas, saw your application for the fixture design role. would you be free for a quick chat thursday or friday afternoon? 20 min on google meet is fine. let me know what works

jonas
cto, ferrum labs
""")

add("interview_invitation", "es_entrevista_telefonica", "es", "Industrias Albufera", "rrhh@industriasalbufera.example.es",
    ("RRHH Industrias Albufera", "rrhh@industriasalbufera.example.es"), "Entrevista telefónica - Técnico/a de Métodos y Tiempos",
    "2026-07-14 12:44 +0200", """
Buenos días Lukas,

Hemos recibido su candidatura para el puesto de Técnico/a de Métodos y Tiempos en nuestra planta de Silla y nos gustaría mantener una primera entrevista telefónica con usted.

¿Tendría disponibilidad el miércoles 22 de julio entre las 10:00 y las 13:00? La llamada durará aproximadamente 20 minutos y la realizará nuestra responsable de selección, Laura Pons.

Quedamos a la espera de su respuesta.

Atentamente,

Laura Pons
Responsable de Selección
Industrias Albufera S.L.
Tel. 961 20 44 10
""", fmt="qp", charset="windows-1252")

add("interview_invitation", "agency_exclamations", "en", "Gantry Systems", "ryan.cole@vectorrecruitment.example.co.uk",
    ("Ryan Cole", "ryan.cole@vectorrecruitment.example.co.uk"), "INTERVIEW!!! Gantry Systems",
    "2026-07-15 16:58 +0100", """
Lukas!!

Brilliant news - Gantry Systems loved your CV and want to meet you!!

They've offered Tuesday 21st July at 2pm, Teams video, 1 hour with Mark Fenwick (Engineering Manager) and someone from HR. It'll be mostly competency based plus a bit about your DFMA projects.

Can you confirm ASAP and I'll lock it in? I'll send over some prep notes tonight. So pleased for you!!!

Ryan

Ryan Cole | Principal Consultant | Vector Recruitment
Direct: 0121 555 0190 | Mobile: 07700 900 877
Vector Recruitment Ltd is acting as an employment agency in relation to this vacancy.
""")

add("interview_invitation", "ics_teams_invite", "en", "Pellworth Engineering", "g.marsh@pellworth.example.com",
    ("Gemma Marsh", "g.marsh@pellworth.example.com"), "Interview: Lukas Brenner / Pellworth Engineering - Senior Process Engineer",
    "2026-07-16 09:30 +0100", """
Hi Lukas,

As discussed on the phone, please find the meeting invite for your first interview with Pellworth Engineering below. You'll be meeting myself and Neil Drummond, our Operations Director.

When: Wednesday 22 July 2026, 11:00-12:00 (UK time)
Where: Microsoft Teams (link in the invitation)

Please bring examples of cost-reduction projects you've led. Any questions, just shout.

Kind regards
Gemma

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_pellworth>
Meeting ID: 371 552 908 114
Passcode: 7xQm4e
________________________________________________________________________________
""", ics=ics("pellworth-int-1@pellworth.example.com", "Interview: Lukas Brenner / Senior Process Engineer",
             "2026-07-22 11:00 +0100", 60, ("Gemma Marsh", "g.marsh@pellworth.example.com"),
             "Microsoft Teams Meeting"))

add("interview_invitation", "de_zweite_runde_du", "de", "Kranwerk Süd", "lena.hauser@kranwerk-sued.example.de",
    ("Lena Hauser", "lena.hauser@kranwerk-sued.example.de"), "Re: Gespräch letzte Woche",
    "2026-07-20 11:03 +0200", """
Hi Lukas,

das Team war nach eurem Gespräch echt angetan, deshalb würden wir dich gern zur nächsten Runde einladen: ein Fachgespräch mit Markus (Teamlead Konstruktion) und eine kleine Case-Study zu einem Hubwerk, etwa 2 Stunden, gern vor Ort bei uns in Wien-Liesing.

Passt dir der 29. oder 30. Juli? Reisekosten übernehmen wir natürlich.

LG Lena

Lena Hauser
Talent Acquisition · Kranwerk Süd GmbH
Perfektastraße 59, 1230 Wien · +43 1 866 20-115
""", fmt="alt", brand="#d97706", thread="gespraech-kranwerk@example.de")

add("interview_invitation", "ashby_selfschedule", "en", "Loop Dynamics", "",
    ("Loop Dynamics", "no-reply@ashbyhq.com"), "Schedule your Technical Interview with Loop Dynamics",
    "2026-07-21 19:45 +0000", """
Hi Lukas,

We're excited to move you to the next stage of the interview process for Mechanical Engineer, Manufacturing at Loop Dynamics!

Next up is a 60-minute technical interview with two engineers from our production team. You'll walk through a part you've designed for manufacture and discuss trade-offs.

Use this link to choose a time that suits you: https://app.ashbyhq.com/interview-scheduling/loopdynamics/6c1b4e

Looking forward to it,
Loop Dynamics Recruiting
""", fmt="html", brand="#2563eb")

add("interview_invitation", "fr_entretien_visio", "fr", "Sud-Ouest Composites", "julie.lafargue@so-composites.example.fr",
    ("Julie Lafargue", "julie.lafargue@so-composites.example.fr"), "Entretien - Ingénieur Industrialisation",
    "2026-07-22 10:37 +0200", """
Bonjour Lukas,

Suite à votre candidature pour le poste d'Ingénieur Industrialisation, nous souhaiterions vous rencontrer lors d'un premier entretien en visioconférence (Teams) d'environ 45 minutes avec Monsieur Darrieux, responsable du service Méthodes.

Seriez-vous disponible le lundi 27 juillet à 10h30 ou le mardi 28 juillet à 15h ?

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Julie Lafargue
Chargée de recrutement
Sud-Ouest Composites – ZI de Montredon, 31240 L'Union
05 61 00 00 42
""", fmt="qp")

add("interview_invitation", "indian_english_do_revert", "en", "Sarvam Heavy Engineering", "anita.k@sarvamheavy.example.in",
    ("Anita Kulkarni", "anita.k@sarvamheavy.example.in"), "Interview schedule - Manager Manufacturing Engineering (Europe)",
    "2026-07-23 11:15 +0530", """
Dear Lukas,

Greetings from Sarvam Heavy Engineering!

With reference to your application, we are pleased to inform you that you have been shortlisted for the first round of interview (virtual) for the position of Manager - Manufacturing Engineering for our European subsidiary.

Date: 29th July 2026
Time: 2:00 PM IST (10:30 AM CEST)
Mode: Webex (link will be shared one day prior)
Panel: Mr. R. Venkatesh (GM - Operations), Ms. Anita Kulkarni (HR)

Kindly do revert with your confirmation at the earliest along with your current CTC and notice period.

Warm Regards,
Anita Kulkarni
Deputy Manager - Talent Acquisition
Sarvam Heavy Engineering Ltd.
""")

add("interview_invitation", "es_segunda_entrevista_planta", "es", "Motores Mediterráneo", "javier.ortega@motoresmed.example.es",
    ("Javier Ortega", "javier.ortega@motoresmed.example.es"), "RE: Proceso Ingeniero de Calidad Proveedores",
    "2026-07-24 13:29 +0200", """
Hola Lukas,

Gracias por la videollamada del martes. Nos gustaría que pasaras a la siguiente fase: una visita a la planta de Almussafes con el responsable de Calidad y una entrevista con la Dirección Industrial. Calcula unas tres horas.

¿Te vendría bien el jueves 30 de julio a las 9:30? Si no, dime qué días tienes libres la semana siguiente.

Un saludo,
Javier

Javier Ortega Ruiz
Talent Acquisition – Motores Mediterráneo
Pol. Ind. Juan Carlos I, 46440 Almussafes

-----Mensaje original-----
De: Lukas Brenner <lukas.brenner@example.com>
Enviado el: martes, 21 de julio de 2026 17:40
Para: Javier Ortega <javier.ortega@motoresmed.example.es>
Asunto: RE: Proceso Ingeniero de Calidad Proveedores

Muchas gracias por la entrevista de hoy, Javier. Quedo a la espera.
Saludos,
Lukas
""", thread="calidad-motoresmed@example.es")

add("interview_invitation", "greenhouse_onsite_ics", "en", "Halcyon Medtech", "",
    ("Halcyon Medtech", "no-reply@greenhouse.io"), "Interview Confirmation: Halcyon Medtech - Onsite",
    "2026-07-27 15:00 +0000", """
Hi Lukas,

Your onsite interview for Manufacturing Engineer - Catheter Lines has been scheduled. Please see the details below and the attached calendar invitation.

Tuesday, August 4, 2026
09:30 - 13:30 CEST
Halcyon Medtech, Hohlstrasse 400, 8048 Zürich (reception, building B)

09:30 Welcome with Nadia (People)
10:00 Line walk with Reto Baumann
11:00 Technical deep-dive with the Process Engineering team
12:30 Lunch with the team

Please bring a valid ID for site access. If you need to make changes, reply to your recruiter directly.

Best,
Halcyon Medtech Recruiting
""", fmt="alt", brand="#0ea5e9",
    ics=ics("gh-onsite-771204@greenhouse.io", "Onsite Interview - Halcyon Medtech",
            "2026-08-04 09:30 +0200", 240, ("Halcyon Medtech Recruiting", "no-reply@greenhouse.io"),
            "Hohlstrasse 400, 8048 Zürich"))

add("interview_invitation", "de_oeffentlicher_dienst", "de", "Landesbetrieb Straßen, Brücken und Gewässer", "",
    ("Karriereportal LSBG", "noreply@karriere.lsbg.example.de"),
    "Einladung zum Auswahlgespräch – Kennziffer LSBG-2026-077", "2026-07-28 09:00 +0200", """
Sehr geehrter Herr Brenner,

wir freuen uns, Sie zu einem strukturierten Auswahlgespräch für die Stelle „Ingenieurin bzw. Ingenieur Maschinenbau (Brückenbetriebstechnik)" einladen zu können.

Termin: Mittwoch, 12. August 2026, 13:30 Uhr
Ort: Sachsenfeld 3–5, 20097 Hamburg, Raum 4.012

Das Gespräch dauert ca. 60 Minuten. Bitte bringen Sie Ihren Personalausweis sowie Originale Ihrer Abschlusszeugnisse mit.

Bitte bestätigen Sie Ihre Teilnahme über das Karriereportal. Eine Antwort auf diese E-Mail ist nicht möglich.

Mit freundlichen Grüßen
Im Auftrag
Personalgewinnung
Landesbetrieb Straßen, Brücken und Gewässer (LSBG)
Freie und Hansestadt Hamburg
""", fmt="b64")

add("interview_invitation", "dutch_english_video", "en", "Brouwer Hydraulics", "p.vanleeuwen@brouwerhydraulics.example.nl",
    ("Pieter van Leeuwen", "p.vanleeuwen@brouwerhydraulics.example.nl"), "Your application",
    "2026-07-29 13:52 +0200", """
Hello Lukas,

Thanks for your application for Field Service Engineer / Mechanical (remote Germany). I like your background at the hydraulic presses, so I want to plan a first video call to get to know each other.

Are you available Monday 3 August in the morning, for example 10.00? It will take around 45 minutes, with me and our service manager Ruud.

Please let me know, then I send you the Teams link.

Groeten,
Pieter van Leeuwen
Team lead Service
Brouwer Hydraulics | Zwolle
+31 38 421 5560
""")

add("interview_invitation", "workday_self_schedule", "en", "Tennant-Graves", "",
    ("Tennant-Graves Talent", "tennantgraves@myworkday.com"),
    "Action Required: Interview Scheduling for Lean Manufacturing Lead", "2026-08-03 14:23 +0000", """
Hello Lukas Brenner,

Congratulations! You have been selected to move forward in the hiring process for Lean Manufacturing Lead (JR-88131).

Please log in to your Candidate Home account to select an interview time from the available slots:

https://tennantgraves.wd3.myworkday.com/en-US/careers/userHome

Interview type: Virtual - Hiring Manager Interview (45 min)
Available dates: 10 Aug 2026 - 14 Aug 2026

Regards,
Talent Acquisition
Tennant-Graves
""", fmt="html", brand="#5c2d91")

add("interview_invitation", "zurich_de_ch_bahn", "de", "Limmat Bahntechnik", "r.buehler@limmat-bahntechnik.example.ch",
    ("Regula Bühler", "r.buehler@limmat-bahntechnik.example.ch"), "Einladung zum Erstgespräch",
    "2026-08-05 08:47 +0200", """
Grüezi Herr Brenner

Vielen Dank für Ihre Bewerbung als Fertigungsingenieur Drehgestelle. Gerne möchten wir Sie in einem ersten Gespräch per Video besser kennenlernen.

Wir schlagen folgende Termine vor:
- Dienstag, 11. August, 08:30 Uhr
- Mittwoch, 12. August, 16:00 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt. Teilnehmen werden Herr Simon Frei (Leiter Fertigungstechnik) und ich.

Freundliche Grüsse
Regula Bühler
HR Fachfrau
Limmat Bahntechnik AG | Industriestrasse 19 | 8952 Schlieren
""", fmt="qp")

add("interview_invitation", "recruiter_linkedin_followup", "en", "Corran Offshore", "euan.mackay@corranoffshore.example.com",
    ("Euan MacKay", "euan.mackay@corranoffshore.example.com"), "Following up",
    "2026-08-07 12:10 +0100", """
Hi Lukas,

Following up on my LinkedIn message - thanks for sending your CV over. I've shared it with the hiring manager for our Mechanical Engineer (Subsea Tooling) role and she'd like to have an initial conversation.

Could you do a 30 min phone call sometime next Tuesday or Wednesday? If you send me a couple of times and the best number to reach you, I'll set it up.

Cheers,
Euan

Euan MacKay
Recruitment Partner
Corran Offshore Ltd | Aberdeen
""")

add("interview_invitation", "es_ats_inforjobs_style", "es", "Grupo Vernia", "",
    ("Grupo Vernia - Empleo", "no-responder@empleo.grupovernia.example.es"),
    "Te invitamos a una videoentrevista - Ingeniero/a de Mantenimiento", "2026-08-10 10:10 +0200", """
¡Hola, Lukas!

Tu candidatura para Ingeniero/a de Mantenimiento (Puerto de Valencia) ha avanzado a la siguiente fase.

Te invitamos a realizar una videoentrevista con el equipo de Operaciones. Reserva el hueco que mejor te venga desde este enlace:

https://empleo.grupovernia.example.es/agenda/reservar?c=LB7731

La entrevista dura unos 40 minutos. Si tienes cualquier problema técnico, escríbenos a talento@grupovernia.example.es.

Equipo de Talento
Grupo Vernia
""", fmt="alt", brand="#c2185b")

add("interview_invitation", "onsite_birmingham_travel", "en", "Amberline Rail", "j.singh@amberlinerail.example.co.uk",
    ("Jaspreet Singh", "j.singh@amberlinerail.example.co.uk"), "Second interview - Amberline Rail",
    "2026-08-12 15:31 +0100", """
Dear Lukas,

Thank you for your time on the video call last week. I'm pleased to say that Lorna and Andy would like to invite you to a second-stage interview at our Washwood Heath depot.

The session will be on Thursday 27 August, starting at 10:00, and will include a 20-minute presentation on "Improving first-time-right on a bogie overhaul line", followed by a competency interview and a tour of the depot.

We will of course reimburse reasonable travel expenses from Hamburg - please keep your receipts. Safety boots will be provided; please let me know your shoe size.

Kind regards,

Jaspreet Singh
Resourcing Advisor
Amberline Rail Limited
Registered in England and Wales No. 09912345
""", fmt="alt", brand="#8b0000")

add("interview_invitation", "fr_invitation_ics", "fr", "Occitane Usinage", "p.garcia@occitane-usinage.example.fr",
    ("Pauline Garcia", "p.garcia@occitane-usinage.example.fr"), "Invitation : Entretien Lukas Brenner - Responsable Méthodes",
    "2026-08-18 16:05 +0200", """
Bonjour Lukas,

Comme convenu par téléphone, je vous confirme votre entretien sur site le jeudi 3 septembre à 9h00, avec Monsieur Fabre (Directeur de site) et moi-même. Vous trouverez l'invitation ci-jointe.

Adresse : 7 rue des Frères Boudé, 31100 Toulouse – se présenter à l'accueil du bâtiment A.

À très bientôt,
Pauline Garcia
RH – Occitane Usinage
""", ics=ics("occ-usinage-entretien-0903@occitane-usinage.example.fr", "Entretien Lukas Brenner - Responsable Méthodes",
             "2026-09-03 09:00 +0200", 90, ("Pauline Garcia", "p.garcia@occitane-usinage.example.fr"),
             "7 rue des Frères Boudé, 31100 Toulouse"))

add("interview_invitation", "hm_direct_short", "en", "Skelton Valves", "mike.skelton@skeltonvalves.example.co.uk",
    ("Mike Skelton", "mike.skelton@skeltonvalves.example.co.uk"), "Re: CV",
    "2026-08-25 07:58 +0100", """
Lukas - had a look at your CV, looks good. Can you come in next week to meet me and the works manager? Mon or Weds morning best. We're just off the M6 at junction 10.

Mike

--
Mike Skelton
Managing Director, Skelton Valves
Sent from Outlook for Android
""", thread="cv-skelton@example.com")

add("interview_invitation", "de_stepstone_agentur", "de", "Lübecker Verpackungsmaschinen", "s.krueger@technoprofil-personal.example.de",
    ("Sven Krüger", "s.krueger@technoprofil-personal.example.de"), "Vorstellungsgespräch beim Kunden – Lübeck",
    "2026-09-01 12:36 +0200", """
Hallo Herr Brenner,

gute Nachrichten: die Lübecker Verpackungsmaschinen möchten Sie gern kennenlernen! Vorgeschlagen ist Montag, der 7. September, 14 Uhr, direkt vor Ort in Lübeck-Genin. Gesprächspartner sind der Leiter Konstruktion und die Personalleiterin.

Ich würde Sie vorher am Freitag gern noch kurz anrufen, um das Gespräch vorzubereiten – passt Ihnen 11 Uhr?

Viele Grüße aus Hamburg
Sven Krüger
Senior Personalberater Engineering
TechnoProfil Personalberatung GmbH
Tel. 040 300 66 12-4
""")

add("interview_invitation", "smartrecruiters_assessment_interview", "en", "Orbis Cleanroom Solutions", "anna.ferreira@orbiscleanroom.example.com",
    ("Orbis Cleanroom Solutions", "noreply@smartrecruiters.com"), "Invitation to interview - Equipment Engineer",
    "2026-09-08 09:20 +0000", """
Dear Lukas,

Thank you for your interest in the Equipment Engineer position at Orbis Cleanroom Solutions.

We would like to invite you to a video interview with Anna Ferreira (Engineering Manager) on Friday, 18 September 2026 at 14:00 CEST. A Google Meet link will follow in a separate calendar invitation.

If this time does not suit you, please reply to Anna directly at the address in the Reply-To of this email.

Kind regards,
Orbis Cleanroom Solutions Recruiting
""", fmt="alt", reply_to=("Anna Ferreira", "anna.ferreira@orbiscleanroom.example.com"), brand="#0f766e")

add("interview_invitation", "es_final_round_director", "es", "Astilleros del Grao", "direccion.rrhh@astillerosgrao.example.es",
    ("Dirección de RRHH - Astilleros del Grao", "direccion.rrhh@astillerosgrao.example.es"),
    "Última fase del proceso", "2026-09-15 11:02 +0200", """
Estimado Sr. Brenner:

Nos complace comunicarle que ha superado las fases anteriores del proceso para la posición de Jefe de Ingeniería de Producción.

Le convocamos a una entrevista final con nuestro Director General, D. Vicente Ferrer Almela, el próximo martes 22 de septiembre a las 12:00 h en nuestras oficinas del Puerto de Valencia (Muelle de la Aduana s/n).

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Dirección de Recursos Humanos
Astilleros del Grao, S.A.
""", fmt="qp", charset="iso-8859-1")

# --- interview_reschedule_or_cancel (15) ------------------------------------------------------
add("interview_reschedule_or_cancel", "hm_sick_move", "en", "Pellworth Engineering", "g.marsh@pellworth.example.com",
    ("Gemma Marsh", "g.marsh@pellworth.example.com"), "RE: Interview: Lukas Brenner / Pellworth Engineering - Senior Process Engineer",
    "2026-07-21 16:44 +0100", """
Hi Lukas,

Really sorry for the late notice - Neil has come down with something and won't be in tomorrow. Would it be possible to move your interview to Friday 24th at the same time (11:00 UK)? I'll send an updated invite once you confirm.

Apologies again,
Gemma

Gemma Marsh
HR Business Partner | Pellworth Engineering Ltd
""", thread="pellworth-int-1@pellworth.example.com")

add("interview_reschedule_or_cancel", "de_terminverschiebung", "de", "Hanseatische Kältetechnik", "t.petersen@hkt-kaelte.example.de",
    ("Tanja Petersen", "t.petersen@hkt-kaelte.example.de"), "AW: Einladung zum Vorstellungsgespräch",
    "2026-07-14 09:18 +0200", """
Sehr geehrter Herr Brenner,

leider muss ich Ihnen mitteilen, dass Herr Wulf am Donnerstag kurzfristig zu einem Kunden nach Kiel muss. Wir müssen das Gespräch daher leider verschieben.

Könnten Sie alternativ am Montag, 20. Juli, um 14:00 Uhr oder am Dienstag, 21. Juli, um 9:00 Uhr zu uns kommen?

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Tanja Petersen
Personal
Hanseatische Kältetechnik GmbH

-----Ursprüngliche Nachricht-----
Von: Lukas Brenner <lukas.brenner@example.com>
Gesendet: Mittwoch, 8. Juli 2026 18:02
An: Tanja Petersen <t.petersen@hkt-kaelte.example.de>
Betreff: Re: Einladung zum Vorstellungsgespräch

Sehr geehrte Frau Petersen,
vielen Dank für die Einladung, den Termin am 16. Juli um 10 Uhr bestätige ich gern.
Mit freundlichen Grüßen
Lukas Brenner
""", fmt="qp", charset="iso-8859-1", thread="einladung-hkt@hkt-kaelte.example.de")

add("interview_reschedule_or_cancel", "ics_cancel", "en", "Northgate Aerospace", "ben.ashworth@northgate-aero.example.com",
    ("Ben Ashworth", "ben.ashworth@northgate-aero.example.com"), "Canceled: Panel interview - Lukas Brenner",
    "2026-07-17 11:02 +0100", """
Hi Lukas,

I'm so sorry - we've had to cancel Monday's panel as two of the interviewers are pulled into an audit at short notice. I'm working on new times for early next week and will send them across by tomorrow.

Ben
""", ics=ics("northgate-panel-lb@northgate-aero.example.com", "Panel interview - Lukas Brenner",
             "2026-07-20 13:00 +0100", 135, ("Ben Ashworth", "ben.ashworth@northgate-aero.example.com"),
             "Zoom", method="CANCEL", status="CANCELLED"))

add("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Industrias Albufera", "rrhh@industriasalbufera.example.es",
    ("Laura Pons", "rrhh@industriasalbufera.example.es"), "RE: Entrevista telefónica - Técnico/a de Métodos y Tiempos",
    "2026-07-21 17:30 +0200", """
Hola Lukas,

Te escribo porque mañana me ha surgido una reunión con dirección justo a las 11:00. ¿Te importaría que pasáramos la llamada al jueves 23 a la misma hora? Si no te va bien, dime otra franja y lo cuadramos.

Disculpa el cambio.

Laura Pons
Industrias Albufera
""", fmt="qp", charset="windows-1252", thread="entrevista-albufera@industriasalbufera.example.es")

add("interview_reschedule_or_cancel", "agency_client_postponed", "en", "Gantry Systems", "ryan.cole@vectorrecruitment.example.co.uk",
    ("Ryan Cole", "ryan.cole@vectorrecruitment.example.co.uk"), "Gantry - change of plan",
    "2026-07-20 13:15 +0100", """
Hi Lukas,

Bit of a curveball I'm afraid - Gantry have had to postpone tomorrow's interview, Mark's been called to a customer site in Leeds. They've asked if Thursday 23rd at 3pm works instead?? Same Teams format.

Really sorry about this, let me know and I'll confirm with them straight away!

Ryan
Vector Recruitment
""")

add("interview_reschedule_or_cancel", "interview_cancelled_role_frozen", "en", "Loop Dynamics", "maya@loopdynamics.example.com",
    ("Maya Chen", "maya@loopdynamics.example.com"), "Your technical interview on Friday",
    "2026-07-29 20:12 -0700", """
Hi Lukas,

I have to cancel your technical interview scheduled for this Friday. The company has just announced a hiring freeze while we close our next funding round, and all open interviews are paused until further notice.

I know this is frustrating and I'm sorry. I'll reach out as soon as I know whether the Manufacturing Engineer role will be reopened.

Maya Chen
Recruiting, Loop Dynamics
""")

add("interview_reschedule_or_cancel", "de_absage_termin_du", "de", "Kranwerk Süd", "lena.hauser@kranwerk-sued.example.de",
    ("Lena Hauser", "lena.hauser@kranwerk-sued.example.de"), "Termin 29.7. - müssen leider verschieben",
    "2026-07-27 10:48 +0200", """
Hi Lukas,

blöde Nachricht: Markus ist diese Woche krank, den Termin am Mittwoch müssen wir leider verschieben. Wie schaut's bei dir am 5. oder 6. August aus? Gleiche Uhrzeit (10 Uhr) wäre ideal.

Sorry für das Hin und Her!
LG Lena
""", fmt="alt", brand="#d97706")

add("interview_reschedule_or_cancel", "greenhouse_rescheduled", "en", "Halcyon Medtech", "",
    ("Halcyon Medtech", "no-reply@greenhouse.io"), "Updated: Your onsite interview with Halcyon Medtech",
    "2026-07-31 12:00 +0000", """
Hi Lukas,

Your onsite interview for Manufacturing Engineer - Catheter Lines has been rescheduled.

Previous time: Tuesday, August 4, 2026, 09:30 - 13:30 CEST
New time: Thursday, August 6, 2026, 13:00 - 17:00 CEST

Location is unchanged: Hohlstrasse 400, 8048 Zürich. An updated calendar invitation is attached.

Best,
Halcyon Medtech Recruiting
""", fmt="alt", brand="#0ea5e9",
    ics=ics("gh-onsite-771204@greenhouse.io", "Onsite Interview - Halcyon Medtech",
            "2026-08-06 13:00 +0200", 240, ("Halcyon Medtech Recruiting", "no-reply@greenhouse.io"),
            "Hohlstrasse 400, 8048 Zürich"))

add("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Sud-Ouest Composites", "julie.lafargue@so-composites.example.fr",
    ("Julie Lafargue", "julie.lafargue@so-composites.example.fr"), "Report de notre entretien",
    "2026-07-26 19:22 +0200", """
Bonsoir Lukas,

Je suis navrée mais M. Darrieux est retenu demain matin par un incident sur la ligne de drapage. Nous sommes contraints de reporter l'entretien de 10h30.

Pourriez-vous me proposer deux ou trois créneaux la semaine prochaine ? De notre côté, le mardi 4 et le jeudi 6 août après-midi sont possibles.

Toutes mes excuses pour ce contretemps.

Julie Lafargue
Sud-Ouest Composites
""", fmt="qp")

add("interview_reschedule_or_cancel", "indian_english_postponed", "en", "Sarvam Heavy Engineering", "anita.k@sarvamheavy.example.in",
    ("Anita Kulkarni", "anita.k@sarvamheavy.example.in"), "RE: Interview schedule - Manager Manufacturing Engineering (Europe)",
    "2026-07-28 18:40 +0530", """
Dear Lukas,

Due to unavoidable circumstances, the interview scheduled for tomorrow (29th July) stands postponed, as Mr. Venkatesh is travelling to the plant at Pune. The revised schedule is 4th August 2026, same time (2:00 PM IST / 10:30 AM CEST).

Inconvenience caused is deeply regretted. Kindly confirm your availability.

Warm Regards,
Anita Kulkarni
Sarvam Heavy Engineering Ltd.
""", thread="sarvam-interview@sarvamheavy.example.in")

add("interview_reschedule_or_cancel", "workday_interview_cancelled", "en", "Tennant-Graves", "",
    ("Tennant-Graves Talent", "tennantgraves@myworkday.com"), "Interview Cancelled",
    "2026-08-11 08:05 +0000", """
Hello Lukas Brenner,

Your interview for Lean Manufacturing Lead (JR-88131) scheduled for 12 Aug 2026 10:00 AM has been cancelled by the hiring team.

You will receive a new invitation to select a time shortly.

Regards,
Talent Acquisition
Tennant-Graves
""", fmt="html", brand="#5c2d91")

add("interview_reschedule_or_cancel", "ch_verschiebung_video", "de", "Limmat Bahntechnik", "r.buehler@limmat-bahntechnik.example.ch",
    ("Regula Bühler", "r.buehler@limmat-bahntechnik.example.ch"), "AW: Einladung zum Erstgespräch",
    "2026-08-10 15:12 +0200", """
Grüezi Herr Brenner

Leider muss Herr Frei morgen früh an einer Abnahme in Bern teilnehmen. Dürfen wir das Gespräch vom Dienstag, 08:30 Uhr, auf Donnerstag, 13. August, 08:30 Uhr verschieben? Der Link bleibt derselbe.

Besten Dank für Ihr Verständnis.

Freundliche Grüsse
Regula Bühler
Limmat Bahntechnik AG
""", fmt="qp", thread="erstgespraech-limmat@limmat-bahntechnik.example.ch")

add("interview_reschedule_or_cancel", "mobile_running_late_move", "en", "Skelton Valves", "mike.skelton@skeltonvalves.example.co.uk",
    ("Mike Skelton", "mike.skelton@skeltonvalves.example.co.uk"), "Weds",
    "2026-09-01 06:51 +0100", """
Lukas, got a customer audit land on us wednesday so need to push our meeting. thurs 10am instead? same place. sorry

Mike

Sent from my iPhone
""")

add("interview_reschedule_or_cancel", "es_entrevista_anulada", "es", "Grupo Vernia", "talento@grupovernia.example.es",
    ("Equipo de Talento Grupo Vernia", "talento@grupovernia.example.es"), "Cancelación de tu videoentrevista",
    "2026-08-17 09:45 +0200", """
Hola Lukas,

Lamentamos informarte de que la videoentrevista que tenías reservada para el miércoles 19 de agosto a las 12:00 ha tenido que ser cancelada por un problema de agenda del equipo de Operaciones.

Ya puedes elegir un nuevo hueco desde el mismo enlace de reserva. Disculpa las molestias.

Un saludo,
Equipo de Talento
Grupo Vernia
""", fmt="alt", brand="#c2185b")

add("interview_reschedule_or_cancel", "de_agentur_kunde_sagt_ab", "de", "Lübecker Verpackungsmaschinen", "s.krueger@technoprofil-personal.example.de",
    ("Sven Krüger", "s.krueger@technoprofil-personal.example.de"), "Termin Montag entfällt – neuer Vorschlag",
    "2026-09-04 16:20 +0200", """
Hallo Herr Brenner,

kurze Info: der Kunde (Lübecker Verpackungsmaschinen) musste den Termin am Montag leider absagen, die Personalleiterin ist kurzfristig ausgefallen. Neuer Vorschlag ist Donnerstag, 10. September, 10 Uhr, wieder vor Ort in Lübeck.

Passt Ihnen das? Dann gebe ich gleich Bescheid.

Viele Grüße
Sven Krüger
TechnoProfil Personalberatung GmbH
""")

# --- missed_interview_notice (10) -------------------------------------------------------------
add("missed_interview_notice", "tried_calling", "en", "Corran Offshore", "euan.mackay@corranoffshore.example.com",
    ("Euan MacKay", "euan.mackay@corranoffshore.example.com"), "Missed call",
    "2026-08-12 14:38 +0100", """
Hi Lukas,

We tried calling you at the scheduled time (2pm UK) on the number you gave me but it went straight to voicemail. Hope everything's ok?

If you'd still like to speak with Fiona, let me know some times later this week and I'll try to rebook.

Euan

Euan MacKay
Recruitment Partner | Corran Offshore Ltd
""")

add("missed_interview_notice", "teams_no_join", "en", "Gantry Systems", "ryan.cole@vectorrecruitment.example.co.uk",
    ("Ryan Cole", "ryan.cole@vectorrecruitment.example.co.uk"), "Where are you?? Gantry interview",
    "2026-07-23 15:21 +0100", """
Lukas,

Mark and Jo from Gantry have just been on to me - you did not join the Teams meeting at 3pm. They waited 15 minutes. Is everything alright? Did the invite not come through?

Please call me asap on 07700 900 877 so I can try and salvage this with them.

Ryan
""")

add("missed_interview_notice", "de_nicht_erschienen", "de", "Hanseatische Kältetechnik", "t.petersen@hkt-kaelte.example.de",
    ("Tanja Petersen", "t.petersen@hkt-kaelte.example.de"), "Ihr Termin heute um 14 Uhr",
    "2026-07-20 14:52 +0200", """
Sehr geehrter Herr Brenner,

wir hatten Sie heute um 14:00 Uhr zum Vorstellungsgespräch bei uns erwartet. Leider sind Sie nicht erschienen und wir konnten Sie telefonisch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz bei mir. Wir prüfen dann, ob wir einen neuen Termin anbieten können.

Mit freundlichen Grüßen
Tanja Petersen
Personal
Hanseatische Kältetechnik GmbH
Tel. 040 68 94 71-0
""", fmt="qp", charset="iso-8859-1")

add("missed_interview_notice", "ats_no_show_template", "en", "Tennant-Graves", "",
    ("Tennant-Graves Talent", "tennantgraves@myworkday.com"), "We missed you today",
    "2026-08-13 16:30 +0000", """
Hello Lukas Brenner,

Our records show that you did not attend your scheduled interview for Lean Manufacturing Lead (JR-88131) on 13 Aug 2026 at 10:00 AM.

If you are still interested in this position, please log in to Candidate Home within 5 business days to request a new interview time. After this period your application will be withdrawn automatically.

Regards,
Talent Acquisition
Tennant-Graves
""", fmt="html", brand="#5c2d91")

add("missed_interview_notice", "es_no_se_conecto", "es", "Motores Mediterráneo", "javier.ortega@motoresmed.example.es",
    ("Javier Ortega", "javier.ortega@motoresmed.example.es"), "Hoy 9:30",
    "2026-07-30 10:05 +0200", """
Hola Lukas,

Te hemos estado esperando en la recepción de la planta desde las 9:30 y no has llegado. Te he llamado dos veces al móvil sin respuesta.

¿Ha pasado algo? Si quieres, lo intentamos reprogramar para la semana que viene, pero necesito saberlo hoy para avisar a Dirección.

Javier
--
Javier Ortega Ruiz · Motores Mediterráneo
""")

add("missed_interview_notice", "hm_waited_zoom", "en", "Ferrum Labs", "jonas@ferrumlabs.example.com",
    ("Jonas Albrecht", "jonas@ferrumlabs.example.com"), "Re: Quick question",
    "2026-07-17 16:24 +0200", """
hey, i was in the meet link at 16:00 for about 15 min but didn't see you. all good? happy to find another slot if something came up

jonas

On Tue, Jul 14, 2026 at 7:31 PM Lukas Brenner <lukas.brenner@example.com> wrote:
> Hi Jonas, Friday at 16:00 works great for me. Talk then!
> Lukas
""", thread="quickq-ferrum@example.com")

add("missed_interview_notice", "fr_absence_entretien", "fr", "Occitane Usinage", "p.garcia@occitane-usinage.example.fr",
    ("Pauline Garcia", "p.garcia@occitane-usinage.example.fr"), "Entretien de ce matin",
    "2026-09-03 10:12 +0200", """
Bonjour Lukas,

Nous vous attendions ce matin à 9h pour votre entretien avec Monsieur Fabre, mais vous ne vous êtes pas présenté et nous n'avons pas réussi à vous joindre.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me recontacter dès que possible afin que nous voyions ensemble la suite à donner ?

Cordialement,
Pauline Garcia
RH – Occitane Usinage
05 34 00 12 87
""", fmt="qp")

add("missed_interview_notice", "phone_screen_no_answer_indian", "en", "Sarvam Heavy Engineering", "anita.k@sarvamheavy.example.in",
    ("Anita Kulkarni", "anita.k@sarvamheavy.example.in"), "Interview - no response from your end",
    "2026-08-04 11:20 +0530", """
Dear Lukas,

The panel had joined the Webex meeting at 2:00 PM IST today as per the revised schedule, however you did not join the meeting and were unreachable on the number provided.

Kindly let us know the reason at the earliest so that we may check with the panel regarding possibility of one more slot.

Warm Regards,
Anita Kulkarni
Deputy Manager - Talent Acquisition
Sarvam Heavy Engineering Ltd.
""")

add("missed_interview_notice", "de_ch_video_verpasst", "de", "Limmat Bahntechnik", "r.buehler@limmat-bahntechnik.example.ch",
    ("Regula Bühler", "r.buehler@limmat-bahntechnik.example.ch"), "Video-Gespräch heute",
    "2026-08-13 09:04 +0200", """
Grüezi Herr Brenner

Herr Frei und ich waren heute ab 08:30 Uhr im Video-Call, Sie haben sich jedoch leider nicht eingewählt. Wir hoffen, es ist alles in Ordnung.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüsse
Regula Bühler
HR Fachfrau
Limmat Bahntechnik AG
""", fmt="qp")

add("missed_interview_notice", "calendly_no_show", "en", "Tessaract Motion", "olivia.grant@tessaractmotion.example.com",
    ("Olivia Grant", "olivia.grant@tessaractmotion.example.com"), "Sorry we missed each other!",
    "2026-07-14 11:47 +0100", """
Hi Lukas,

Looks like we missed each other for our 11:00 call today - I rang the number on your booking but no luck. No worries at all, these things happen!

If you're still keen, feel free to rebook via the same link: https://calendly.com/olivia-grant-tm/30min

Olivia
""", fmt="alt", brand="#ff6b00")

# --- application_received (20) ----------------------------------------------------------------
add("application_received", "workday_ack", "en", "Kessler Fluid Systems", "",
    ("Kessler Fluid Systems", "kesslerfluid@myworkday.com"), "Thank you for applying to Kessler Fluid Systems",
    "2026-07-01 09:14 +0000", """
Dear Lukas,

Thank you for applying for the Manufacturing Engineer position (R-10482). We have received your application and our Talent Acquisition team will review your qualifications.

You can check the status of your application at any time by signing in to your candidate account.

Kind Regards,
Talent Acquisition
Kessler Fluid Systems

This is a system generated email, please do not reply.
""", fmt="alt", headers={"X-Mailer": "Workday"})

add("application_received", "volume_no_individual_reply", "en", "Brightline Foods", "",
    ("Brightline Foods Careers", "careers-noreply@brightlinefoods.example.co.uk"), "Application received - Engineering Manager (Night Shift)",
    "2026-07-02 22:31 +0100", """
Dear Lukas,

Thank you for your application for the role of Engineering Manager (Night Shift) at our Tamworth site.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within 21 days of the closing date, please assume that your application has not been successful on this occasion.

We appreciate the time you have taken to apply.

Brightline Foods Resourcing Team
""", fmt="html", brand="#16a34a")

add("application_received", "de_eingangsbestaetigung", "de", "Hamburger Hafentechnik", "karriere@hh-hafentechnik.example.de",
    ("Hamburger Hafentechnik - Karriere", "karriere@hh-hafentechnik.example.de"), "Eingangsbestätigung Ihrer Bewerbung",
    "2026-07-03 10:02 +0200", """
Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung als Instandhaltungsingenieur Krananlagen (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen etwas Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hamburger Hafentechnik GmbH
Am Kaiserkai 62 · 20457 Hamburg
""", fmt="qp", charset="iso-8859-1")

add("application_received", "greenhouse_ack_short", "en", "Voltmark", "",
    ("Voltmark", "no-reply@us.greenhouse-mail.io"), "Thanks for applying to Voltmark!",
    "2026-07-03 15:40 +0000", """
Hi Lukas,

Thanks for applying to Voltmark! We've received your application for Senior Manufacturing Engineer and our team will be in touch if your experience is a match.

In the meantime, check out our engineering blog to learn more about how we build.

Cheers,
The Voltmark Talent Team
""", fmt="html", brand="#00a37a")

add("application_received", "es_candidatura_recibida", "es", "Cerámicas del Turia", "seleccion@ceramicasturia.example.es",
    ("Selección de Personal - Cerámicas del Turia", "seleccion@ceramicasturia.example.es"),
    "Hemos recibido tu candidatura", "2026-07-04 08:20 +0200", """
Hola Lukas,

Te confirmamos que hemos recibido correctamente tu candidatura para la oferta de Ingeniero/a de Procesos (Manises).

Nuestro equipo de Recursos Humanos revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al elevado número de candidaturas, no nos es posible responder individualmente a cada persona.

¡Gracias por tu interés en formar parte de Cerámicas del Turia!

Departamento de Recursos Humanos
Cerámicas del Turia, S.A.
""", fmt="qp", charset="windows-1252")

add("application_received", "lever_ack", "en", "Quillon", "",
    ("Quillon", "no-reply@hire.lever.co"), "Thanks for your application to Quillon",
    "2026-07-06 11:03 +0000", """
Hi Lukas,

Thanks for your interest in the Hardware Design Engineer role at Quillon. Our team has received your application and will review it carefully.

If your experience fits what we're looking for, someone from our team will reach out about next steps.

Best,
Quillon
""", fmt="alt", brand="#111111")

add("application_received", "fr_accuse_reception", "fr", "Aéro Garonne Industrie", "",
    ("Aéro Garonne Industrie - Ne pas répondre", "ne-pas-repondre@aerogaronne.example.fr"),
    "Accusé de réception de votre candidature", "2026-07-06 14:55 +0200", """
Bonjour Lukas Brenner,

Nous accusons bonne réception de votre candidature au poste d'Ingénieur Méthodes Assemblage (réf. AGI-2026-0419) et vous remercions de l'intérêt que vous portez à notre entreprise.

Votre dossier va être étudié avec attention par notre équipe Recrutement. Nous ne sommes malheureusement pas en mesure de fournir un retour individuel à ce stade ; si votre profil est retenu, nous vous contacterons dans les prochaines semaines.

Cordialement,
L'équipe Recrutement
Aéro Garonne Industrie
Merci de ne pas répondre à ce message automatique.
""", fmt="qp", charset="iso-8859-1")

add("application_received", "personio_ack_du", "de", "Elbtakt Robotics", "",
    ("Elbtakt Robotics", "noreply@elbtakt.jobs.personio.de"), "Danke für deine Bewerbung!",
    "2026-07-07 09:30 +0200", """
Hallo Lukas,

vielen Dank für deine Bewerbung als Mechanical Design Engineer (m/w/d) bei Elbtakt Robotics! Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an.

Du hörst spätestens in zwei Wochen von uns.

Bis bald
Dein Elbtakt People Team
""", fmt="html", brand="#14b8a6")

add("application_received", "uk_public_sector_ack", "en", "Birmingham City Council", "",
    ("Birmingham City Council Jobs", "donotreply@jobs.birmingham.example.gov.uk"),
    "Application received: Senior Mechanical Engineer (Building Services)", "2026-07-08 12:00 +0100", """
Dear Lukas Brenner

Vacancy reference: BCC-PLC-26-4471
Post: Senior Mechanical Engineer (Building Services)

Thank you for submitting your application. This email confirms that we have received it.

Shortlisting will take place after the closing date. Unfortunately we are unable to provide individual feedback at this stage. If you are shortlisted, we will contact you by email with details of the assessment.

Birmingham City Council is committed to equality of opportunity and welcomes applications from all sections of the community.

Recruitment Team
Please do not reply to this automated message.
""")

add("application_received", "smartrecruiters_ack", "en", "Larsen & Voigt Packaging", "",
    ("Larsen & Voigt Packaging", "noreply@smartrecruiters.com"), "We received your application",
    "2026-07-09 08:15 +0000", """
Hi Lukas,

Thank you for applying for Packaging Line Engineer at Larsen & Voigt Packaging. We've got your application and it's now being reviewed by our recruiting team.

You can track your application status in your SmartRecruiters candidate profile.

Larsen & Voigt Packaging Recruiting Team
""", fmt="alt", brand="#e2001a")

add("application_received", "human_recruiter_ack", "en", "Castellan Medical Devices", "priya.nair@castellanmd.example.com",
    ("Priya Nair", "priya.nair@castellanmd.example.com"), "Re: Process Development Engineer application",
    "2026-07-09 13:37 +0100", """
Hi Lukas,

Thanks for your email and CV - I can confirm we've received your application for the Process Development Engineer role. The closing date is 17 July and I'll be reviewing applications with the hiring manager the week after, so you should hear from me by the end of the month either way.

Best wishes,
Priya

Priya Nair
Talent Partner, Castellan Medical Devices

> From: Lukas Brenner <lukas.brenner@example.com>
> Sent: 09 July 2026 09:12
> To: Priya Nair <priya.nair@castellanmd.example.com>
> Subject: Process Development Engineer application
>
> Dear Priya, please find attached my CV and cover letter for the Process
> Development Engineer role advertised on your website. Kind regards, Lukas Brenner
""", fmt="alt", brand="#5a2d82", thread="pde-castellan@example.com")

add("application_received", "at_oeffentlich_ack", "de", "Wiener Verkehrsbetriebe", "",
    ("Wiener Verkehrsbetriebe Jobportal", "noreply@jobs.wvb.example.at"), "Bestätigung: Ihre Bewerbung ist eingegangen",
    "2026-07-10 07:50 +0200", """
Sehr geehrter Herr Brenner!

Ihre Bewerbung für die Position Techniker*in Fahrzeuginstandhaltung (Ref. 26/0318) ist bei uns eingelangt.

Wir ersuchen um Verständnis, dass die Bearbeitung aufgrund der großen Anzahl an Bewerbungen einige Wochen dauern kann. Eine individuelle Rückmeldung zum aktuellen Stand ist leider nicht möglich.

Mit freundlichen Grüßen
Wiener Verkehrsbetriebe – Personalmanagement

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""", fmt="b64")

add("application_received", "icims_ack", "en", "Dunmore Thermal", "",
    ("Dunmore Thermal Careers", "dunmorethermal-careers@talent.icims.com"),
    "Dunmore Thermal: Application Confirmation - Reliability Engineer", "2026-07-14 19:02 +0000", """
Dear Lukas,

Thank you for your interest in career opportunities with Dunmore Thermal. This message confirms that we have received your application for Reliability Engineer (Req #2026-3310).

Our recruiters review every application. If your qualifications match the needs of the position, a member of our team will contact you.

Sincerely,
Dunmore Thermal Talent Acquisition

Please do not respond to this message as replies are not monitored.
""", fmt="html", brand="#7a1f2b")

add("application_received", "es_ett_registro", "es", "Trabajo Levante", "",
    ("Trabajo Levante ETT", "no-reply@trabajolevante.example.es"), "Tu inscripción en la oferta 48812",
    "2026-07-16 18:10 +0200", """
Hola Lukas,

Te has inscrito correctamente en la oferta "Ingeniero/a de Producción - sector automoción (Almussafes)", ref. 48812.

Un/a consultor/a de nuestra oficina de Valencia revisará tu perfil. Si encajas en el proceso, te llamaremos en los próximos días.

Gracias por confiar en Trabajo Levante.
""", fmt="alt", brand="#f59e0b")

add("application_received", "ashby_ack", "en", "Loop Dynamics", "",
    ("Loop Dynamics", "no-reply@ashbyhq.com"), "Loop Dynamics - Application Received",
    "2026-07-16 21:12 +0000", """
Hi Lukas,

Thanks for applying to the Mechanical Engineer, Manufacturing role at Loop Dynamics. We're a small team, so we read every application ourselves - it may take us a week or two to get back to you.

Loop Dynamics
""", fmt="html", brand="#2563eb")

add("application_received", "de_ch_eingang_persoenlich", "de", "Alpen Präzisionstechnik", "karin.wyss@alpenpraezision.example.ch",
    ("Karin Wyss", "karin.wyss@alpenpraezision.example.ch"), "Ihre Bewerbung als Produktionsingenieur",
    "2026-07-17 11:25 +0200", """
Sehr geehrter Herr Brenner

Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir werden Ihre Unterlagen nun mit der Fachabteilung prüfen und uns bis spätestens Ende Juli bei Ihnen melden.

Freundliche Grüsse

Karin Wyss
HR Business Partner
Alpen Präzisionstechnik AG
""", fmt="qp")

add("application_received", "teamtailor_fr_ack", "fr", "Neopulse", "",
    ("Neopulse", "notifications@mail.teamtailor.com"), "On a bien reçu ta candidature 🚀",
    "2026-07-20 10:00 +0200", """
Salut Lukas,

Merci pour ta candidature au poste d'Ingénieur·e Mécanique Produit ! On l'a bien reçue et l'équipe va la regarder dans les prochains jours.

Si ton profil correspond, on te contactera pour un premier échange. Sinon, on te tiendra quand même au courant.

À très vite,
L'équipe Neopulse
""", fmt="alt", brand="#7c3aed")

add("application_received", "successfactors_ack", "en", "Halvorsen Energy", "",
    ("Halvorsen Energy Careers", "careers@successfactors.eu"), "Application Confirmation - Mechanical Integrity Engineer (Job ID 48211)",
    "2026-07-21 04:44 +0000", """
Dear Lukas Brenner,

Thank you for your application for the position Mechanical Integrity Engineer (Job ID 48211). Your application has been successfully submitted.

What happens next?
- Our recruiters will review your application against the requirements of the role.
- Shortlisted candidates will be contacted to arrange an interview.
- Please note that we are unable to provide feedback to candidates who are not shortlisted.

Yours sincerely,
Halvorsen Energy Recruitment Centre
""", fmt="alt", brand="#0a6e7d")

add("application_received", "es_admin_publica_registro", "es", "Ayuntamiento de Paterna", "",
    ("Sede Electrónica - Ayuntamiento de Paterna", "notificaciones@sede.paterna.example.es"),
    "Justificante de registro de solicitud - Proceso selectivo", "2026-07-22 13:21 +0200", """
Se ha registrado correctamente su solicitud de participación en el proceso selectivo para la provisión, con carácter interino, de una plaza de Ingeniero/a Técnico/a Industrial.

Número de registro: 2026-E-RE-18843
Fecha y hora de presentación: 22/07/2026 13:21:08

Puede consultar el estado de su expediente en la Sede Electrónica del Ayuntamiento de Paterna.

Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.
""", fmt="b64")

add("application_received", "hm_got_cv", "en", "Hartwell Precision", "j.okafor@hartwell-precision.example.com",
    ("James Okafor", "j.okafor@hartwell-precision.example.com"), "Re: Production Engineer - Solihull",
    "2026-08-19 09:08 +0100", """
Morning Lukas,

Got your application, thanks. We're still getting CVs in so I won't be shortlisting until after the bank holiday - I'll come back to you w/c 31st.

Cheers
James

James Okafor
Engineering Manager
Hartwell Precision Ltd | Solihull
""", thread="prod-eng-hartwell@example.com")

# --- offer (10) -------------------------------------------------------------------------------
add("offer", "verbal_followup", "en", "Corvid Instruments", "helen.price@corvidinstruments.example.com",
    ("Helen Price", "helen.price@corvidinstruments.example.com"), "Following our call",
    "2026-10-02 17:10 +0100", """
Hi Lukas,

Great to speak earlier - as promised, here's a summary of what we discussed. We'd like to offer you the role of Manufacturing Engineering Lead at Corvid Instruments:

- Base salary: £62,000 per annum
- 10% annual bonus target
- 25 days holiday plus bank holidays
- Relocation support up to £5,000
- Start date: to be agreed, ideally early December

The formal offer letter and contract will follow from HR once you've had a chance to think it over. Any questions at all, ring me.

Really hope you say yes!
Helen

Helen Price
Director of Manufacturing | Corvid Instruments
""")

add("offer", "de_vertragsangebot_pdf", "de", "Nordwerk Maschinenbau", "personal@nordwerk.example.de",
    ("Nordwerk Maschinenbau - Personal", "personal@nordwerk.example.de"), "Ihr Arbeitsvertrag",
    "2026-09-22 10:30 +0200", """
Sehr geehrter Herr Brenner,

wir freuen uns sehr, Ihnen die Position als Leiter Instandhaltung (m/w/d) an unserem Standort Stade anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 2. Oktober 2026 zurück. Das vereinbarte Jahresbruttogehalt beträgt 78.000 EUR, der Eintritt ist zum 1. Januar 2027 vorgesehen.

Für Rückfragen steht Ihnen Herr Ehlers gern zur Verfügung.

Mit freundlichen Grüßen
Birte Hansen
Personalleitung
Nordwerk Maschinenbau GmbH & Co. KG
""", fmt="qp", charset="iso-8859-1", pdf="Arbeitsvertrag_Brenner.pdf")

add("offer", "es_oferta_formal", "es", "Astilleros del Grao", "direccion.rrhh@astillerosgrao.example.es",
    ("Dirección de RRHH - Astilleros del Grao", "direccion.rrhh@astillerosgrao.example.es"),
    "Propuesta de incorporación - Jefe de Ingeniería de Producción", "2026-09-29 13:00 +0200", """
Estimado Sr. Brenner:

Tras la entrevista mantenida con nuestro Director General, tenemos el placer de ofrecerle el puesto de Jefe de Ingeniería de Producción en Astilleros del Grao.

Adjuntamos la carta oferta con las condiciones económicas (retribución bruta anual de 58.000 €, más variable de hasta un 12 %) y la fecha de incorporación propuesta, 2 de noviembre de 2026.

Le rogamos nos haga llegar su aceptación firmada antes del 7 de octubre.

Atentamente,
Dirección de Recursos Humanos
Astilleros del Grao, S.A.
""", fmt="qp", charset="windows-1252", pdf="Carta_oferta_LBrenner.pdf")

add("offer", "conditional_offer_uk", "en", "Amberline Rail", "j.singh@amberlinerail.example.co.uk",
    ("Jaspreet Singh", "j.singh@amberlinerail.example.co.uk"), "Conditional offer of employment",
    "2026-09-03 12:20 +0100", """
Dear Lukas,

Following your recent interview, I am delighted to confirm our conditional offer of employment for the position of Senior Manufacturing Engineer (Bogies) at Washwood Heath.

This offer is conditional upon satisfactory references, a pre-employment medical (including drugs and alcohol screening, as required for safety-critical rail work) and proof of your right to work in the UK. Full terms are set out in the attached letter.

Please sign and return the acceptance slip by 11 September 2026.

Kind regards,

Jaspreet Singh
Resourcing Advisor
Amberline Rail Limited
""", fmt="alt", brand="#8b0000", pdf="Amberline_Conditional_Offer_LBrenner.pdf")

add("offer", "agency_verbal_offer", "en", "Brouwer Hydraulics", "p.vanleeuwen@brouwerhydraulics.example.nl",
    ("Pieter van Leeuwen", "p.vanleeuwen@brouwerhydraulics.example.nl"), "Good news",
    "2026-08-27 16:02 +0200", """
Hello Lukas,

I have good news! After the conversations with Ruud and our director we are happy to offer you the job as Field Service Engineer for the region North Germany.

The gross salary is EUR 5.400 per month (x 13), a company car and a laptop and phone. Our HR colleague will make the contract this week and send it to you.

Can you let me know if you accept? Then we can also talk about the start date.

Groeten,
Pieter van Leeuwen
Team lead Service
Brouwer Hydraulics | Zwolle
""")

add("offer", "fr_promesse_embauche", "fr", "Valorin", "c.mercier@valorin.example.fr",
    ("Camille Mercier", "c.mercier@valorin.example.fr"), "Proposition d'embauche",
    "2026-09-18 11:40 +0200", """
Bonjour Lukas,

Je reviens vers vous avec une bonne nouvelle : le poste que nous avions pourvu en août se libère de nouveau, et l'équipe a souhaité revenir vers vous en priorité.

Nous avons le plaisir de vous proposer le poste d'Ingénieur Industrialisation en CDI, basé à Blagnac, avec une rémunération annuelle brute de 52 000 € sur 13 mois. Vous trouverez ci-joint la promesse d'embauche détaillant les conditions.

Je vous remercie de me faire part de votre décision d'ici le 25 septembre.

Bien cordialement,
Camille Mercier – Responsable RH
VALORIN · Blagnac
""", fmt="qp", pdf="Promesse_embauche_Brenner.pdf")

add("offer", "greenhouse_offer_letter", "en", "Halcyon Medtech", "nadia.keller@halcyonmedtech.example.ch",
    ("Nadia Keller", "nadia.keller@halcyonmedtech.example.ch"), "Your offer from Halcyon Medtech",
    "2026-08-19 14:00 +0200", """
Hi Lukas,

It's my pleasure to share your offer letter for the position of Manufacturing Engineer - Catheter Lines. You'll find it attached to this email, and you can also review and e-sign it via the link from Greenhouse that you'll receive shortly.

Highlights: CHF 118,000 annual base, 13th salary included, 25 days of vacation, relocation package to Zürich.

The offer is valid until 28 August. I'm happy to jump on a call to go through anything.

Warmly,
Nadia Keller
People Partner | Halcyon Medtech
""", fmt="alt", brand="#0ea5e9", pdf="Offer_Letter_Lukas_Brenner.pdf")

add("offer", "es_oferta_informal", "es", "Fabrik3D", "marta@fabrik3d.example.es",
    ("Marta Soler", "marta@fabrik3d.example.es"), "Una propuesta",
    "2026-10-06 18:30 +0200", """
Hola Lukas!

¿Te acuerdas de que te dije que te escribiría si abríamos algo de diseño mecánico? Pues aquí estoy :)

Hemos cerrado ronda y queremos ofrecerte el puesto de Ingeniero Mecánico Senior, en remoto con viajes a València una vez al mes. Te proponemos 52k brutos anuales + stock options. Si te encaja, te mando el contrato esta semana.

Dime algo cuando puedas!
Marta
""", fmt="alt", brand="#ff5a36")

add("offer", "de_at_angebot_du", "de", "Kranwerk Süd", "lena.hauser@kranwerk-sued.example.de",
    ("Lena Hauser", "lena.hauser@kranwerk-sued.example.de"), "Wir wollen dich! 🎉",
    "2026-08-14 12:15 +0200", """
Hi Lukas,

Markus und das ganze Team waren von deiner Case-Study begeistert – wir würden dir sehr gerne die Stelle als Konstrukteur Hubwerke in Wien anbieten!

Konditionen wie besprochen: 62.000 EUR brutto p.a. (14 Gehälter, KV Metall), Gleitzeit, 2 Tage Homeoffice/Woche. Den Dienstvertrag schicke ich dir im Anhang.

Sag Bescheid, ob du Fragen hast, sonst freuen wir uns auf deine Unterschrift!

LG Lena
Kranwerk Süd GmbH
""", fmt="alt", brand="#d97706", pdf="Dienstvertrag_Lukas_Brenner.pdf")

add("offer", "contract_to_sign_docusign", "en", "Skelton Valves", "office@skeltonvalves.example.co.uk",
    ("Skelton Valves Office", "office@skeltonvalves.example.co.uk"), "Contract to sign",
    "2026-09-10 09:02 +0100", """
Dear Lukas,

Further to Mike's call yesterday, please find attached your contract of employment for the position of Production Engineer. We're very pleased you'll be joining us.

Please sign where indicated and return by email, along with your P45 and bank details form, by Friday 18 September. Your start date is Monday 5 October at 8:00.

Kind regards,
Sandra Lowe
Office Manager
Skelton Valves Ltd | Willenhall
""", pdf="Skelton_Valves_Contract_LBrenner.pdf")

# --- other (50): no company or contact labelled (see README) ----------------------------------
BULK = {"List-Unsubscribe": "<https://lists.example.net/u/lb7731>, <mailto:unsubscribe@lists.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

add("other", "linkedin_job_alert", "en", "", "",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
    "30+ new jobs for \"Manufacturing Engineer\" in Hamburg", "2026-07-05 07:02 +0000", """
Your job alert for Manufacturing Engineer in Hamburg, Germany

Manufacturing Engineer (m/f/d) - Aerotech Nord - Hamburg - Actively recruiting
https://www.linkedin.example.com/jobs/view/4021187731

Process Engineer Additive Manufacturing - Printwerk - Hamburg (Hybrid) - Easy Apply
https://www.linkedin.example.com/jobs/view/4021190012

Senior Industrial Engineer - Hafenlogistik Consult - Hamburg - 2 connections work here
https://www.linkedin.example.com/jobs/view/4021188845

Lean Manager - Elbe Foods - Buxtehude - Be an early applicant
https://www.linkedin.example.com/jobs/view/4021199310

See all jobs: https://www.linkedin.example.com/jobs/search?alert=77213

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/e/unsub
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""", fmt="html", brand="#0a66c2", headers=dict(BULK, **{"List-Id": "<jobalerts.linkedin.example.com>"}))

add("other", "stepstone_jobagent", "de", "", "",
    ("StepStone Jobagent", "jobagent@stepstone.example.de"), "8 neue Jobs für Sie: Konstrukteur Maschinenbau",
    "2026-07-06 06:30 +0200", """
Guten Morgen Lukas,

Ihr Jobagent hat 8 neue passende Stellenangebote gefunden:

Konstrukteur Sondermaschinenbau (m/w/d) – Moorburg Automation GmbH – Hamburg
Entwicklungsingenieur Mechanik (m/w/d) – Harburger Antriebe – Hamburg-Harburg
Fertigungsingenieur (m/w/d) – Alster Medizintechnik – Norderstedt
Projektingenieur Anlagenbau – Elbufer Engineering – Hamburg

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/2731

Tipp: Bewerber mit vollständigem Profil werden 3x häufiger zum Vorstellungsgespräch eingeladen!

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen
""", fmt="html", brand="#0c2577", headers=BULK)

add("other", "newsletter_rejection_advice", "en", "", "",
    ("The Engineering Career Letter", "newsletter@engcareerletter.example.org"),
    "Issue #112: What a rejection email is really telling you", "2026-07-07 12:00 +0000", """
Hi Lukas,

This week: rejection emails. We analysed 400 of them sent by hiring teams in manufacturing and the phrase "we have decided to pursue other candidates whose background more closely aligns" appeared in almost a third.

What does it mean? Usually very little. It is a template chosen by an ATS, not a verdict on your CV. Three things you can actually do after a rejection:

1. Reply once, briefly, and ask for one piece of feedback.
2. Log the company and the date - the role often reopens within 3 months.
3. Don't rewrite your CV after one "unfortunately we won't be moving forward".

Also in this issue: how to answer "why are you leaving?" in a panel interview, and the salary data for process engineers in the UK and DACH.

Read online: https://engcareerletter.example.org/112

You're receiving this because you subscribed at engcareerletter.example.org. Unsubscribe | Manage preferences
""", fmt="alt", brand="#334155", headers=dict(BULK, **{"List-Id": "The Engineering Career Letter <letter.engcareerletter.example.org>"}))

add("other", "recruiter_cold_outreach", "en", "", "",
    ("Sophie Turner", "sophie.turner@kestrelsearch.example.co.uk"), "Manufacturing opportunities in the Midlands",
    "2026-07-08 11:45 +0100", """
Hi Lukas,

I came across your profile and was really impressed with your background in lean manufacturing and automation!

I specialise in placing manufacturing and process engineers with leading automotive and aerospace suppliers across the Midlands, and I'm currently working on a number of exclusive roles that aren't advertised anywhere else.

If you're open to new opportunities, it would be great to add you to my network - feel free to send over your latest CV whenever suits and I'll keep you in mind as things come up.

Best,
Sophie

Sophie Turner | Associate Director | Kestrel Search
www.kestrelsearch.example.co.uk
If you'd prefer not to receive emails from us, reply STOP.
""")

add("other", "podcast_guest_interview", "en", "", "",
    ("Dana Whitfield", "dana@shopfloorpodcast.example.com"), "Interview request: The Shop Floor podcast",
    "2026-07-09 15:20 +0100", """
Hi Lukas,

I host The Shop Floor, a podcast about people who make things. I read your post about cutting changeover times with SMED at your last plant and I'd love to interview you for an episode!

We record remotely, it takes about 45 minutes, and there's no prep needed beyond a quick 10-minute call beforehand. Would you be up for it sometime in August?

Cheers,
Dana
The Shop Floor Podcast
""")

add("other", "user_research_interview", "en", "", "",
    ("Priya from Cadflow Research", "research@cadflow.example.com"), "Would you join a 30-minute research interview? ($75 gift card)",
    "2026-07-10 17:00 +0000", """
Hi Lukas,

We're improving how engineers use Cadflow for sheet-metal design and we'd love to learn from you.

We're inviting a small number of users to a 30-minute user research interview over video. You'll talk through how you work; there are no right or wrong answers. As a thank you, you'll receive a $75 gift card.

Pick a time that suits you: https://cadflow.example.com/research/book?u=lb

Thanks for helping us build a better product!
The Cadflow UX Research team
""", fmt="html", brand="#4f46e5")

add("other", "friend_own_rejection", "en", "", "",
    ("Tom Reilly", "tom.reilly@example.org"), "ugh",
    "2026-07-11 22:14 +0100", """
mate. just got the email from Voltmark. "after careful consideration we won't be moving forward". after FOUR rounds including a take-home that took me the whole weekend!!

anyway. hope your search is going better than mine. pint when you're over in brum next?

T
""")

add("other", "order_delayed", "en", "", "",
    ("ToolDirect", "orders@tooldirect.example.co.uk"), "Unfortunately your order #TD-558102 is delayed",
    "2026-07-12 08:33 +0100", """
Hi Lukas,

Unfortunately your order #TD-558102 (Digital Caliper 150mm, Torque Wrench 1/2") is delayed due to high demand at our warehouse.

New estimated delivery: Thursday 16 July.

We're sorry for the inconvenience. You can track your parcel here: https://tooldirect.example.co.uk/track/TD-558102

ToolDirect Customer Service
""", fmt="html", brand="#facc15")

add("other", "de_paket_verspaetet", "de", "", "",
    ("Paketdienst Nord", "noreply@paketdienst-nord.example.de"), "Ihre Sendung verspätet sich leider",
    "2026-07-13 12:05 +0200", """
Hallo Lukas Brenner,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4345 1187 7631. Grund: Hohes Sendungsaufkommen im Paketzentrum Hamburg.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 15.07.2026, 10:00 - 14:00 Uhr

Wir bitten um Entschuldigung.
Ihr Paketdienst Nord
""", fmt="html", brand="#ffcc00")

add("other", "gps_position_update", "en", "", "",
    ("TrackMate", "alerts@trackmate.example.com"), "Position update: Bike tracker left safe zone",
    "2026-07-14 03:12 +0000", """
TrackMate alert

Your device "Lukas Rennrad" has left the safe zone "Home".

Current position: 53.5503 N, 9.9937 E (Hamburg-Altstadt)
Accuracy: 12 m
Time: 14 Jul 2026, 05:11 CEST

View live position: https://app.trackmate.example.com/device/88213

You can change alert settings in the app.
""")

add("other", "bank_credit_card_application", "en", "", "",
    ("Northbridge Bank", "no-reply@northbridgebank.example.co.uk"), "We've received your credit card application",
    "2026-07-15 10:00 +0100", """
Dear Mr Brenner,

Thank you for applying for a Northbridge Rewards Credit Card. We've received your application (ref. CC-7731-0042) and we're reviewing it now.

We'll usually let you know our decision within 5 working days. In some cases we may need more information from you, in which case we will contact you.

Northbridge Bank plc. Authorised by the Prudential Regulation Authority.
""", fmt="html", brand="#004b87")

add("other", "apartment_application_declined", "en", "", "",
    ("Edgbaston Lettings", "lettings@edgbastonlettings.example.co.uk"), "Your application for 14 Calthorpe Road, Flat 3",
    "2026-07-16 13:30 +0100", """
Dear Lukas,

Thank you for your application to rent 14 Calthorpe Road, Flat 3. Unfortunately the landlord has decided to proceed with another applicant on this occasion.

We have a number of similar properties coming on the market in August - let us know if you would like us to send details.

Kind regards,
Edgbaston Lettings
""")

add("other", "university_admission", "en", "", "",
    ("Graduate Admissions", "admissions@uni-westmidlands.example.ac.uk"), "Your application: MSc Advanced Manufacturing (part-time)",
    "2026-07-17 09:00 +0100", """
Dear Lukas Brenner,

Application ID: 2611873

We are pleased to inform you that you have been made an offer of a place on the MSc Advanced Manufacturing (part-time, distance learning) programme, starting in September 2026.

Please log in to the applicant portal to accept or decline your offer by 14 August 2026.

Graduate Admissions Office
""", fmt="alt", brand="#4b2e83")

add("other", "own_sent_followup", "en", "", "",
    ME, "Following up - Senior Manufacturing Engineer",
    "2026-07-18 09:05 +0200", """
Hi Sam,

I hope you're well. I wanted to follow up on my application for the Senior Manufacturing Engineer role - I'm still very interested and would be happy to provide any further information.

Best regards,
Lukas Brenner
+49 170 555 0134
""", to=("Sam Whitlock", "sam.whitlock@corvidinstruments.example.com"))

add("other", "recruiter_ooo", "en", "", "",
    ("Chloe Mistry", "chloe@apexengineeringtalent.example.co.uk"), "Automatic reply: CV - Lukas Brenner",
    "2026-07-20 08:00 +0100", """
Thank you for your email. I'm currently out of the office on annual leave, returning Monday 27th July, with limited access to email.

For anything urgent please contact the team on 0121 555 0144 or info@apexengineeringtalent.example.co.uk.

Chloe
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, thread="cv-apex@example.com")

add("other", "standup_calendar_notification", "en", "", "",
    ("Google Calendar", "calendar-notification@google.example.com"), "Notification: Daily standup - Retrofit project @ Mon 20 Jul 2026 09:15 - 09:30 (CEST)",
    "2026-07-20 09:05 +0200", """
Daily standup - Retrofit project
Monday 20 Jul 2026 09:15 - 09:30 (Central European Summer Time - Berlin)

Joining info: meet.example.com/xdw-qpmr-tnk

Organizer: Kai Vogt
Guests: Lukas Brenner, Kai Vogt, Ines Hartmann

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.
""", ics=ics("standup-retrofit-0720@google.example.com", "Daily standup - Retrofit project",
             "2026-07-20 09:15 +0200", 15, ("Kai Vogt", "kai.vogt@retrofit-freelance.example.com"),
             "meet.example.com/xdw-qpmr-tnk"))

add("other", "de_xing_recruiter_marketing", "de", "", "",
    ("Nadine Brandt", "n.brandt@ingenio-personal.example.de"), "Spannende Perspektiven im Maschinenbau",
    "2026-07-21 10:40 +0200", """
Hallo Herr Brenner,

ich bin über XING auf Ihr Profil aufmerksam geworden und war sofort begeistert von Ihrem Werdegang im Sondermaschinenbau!

Als spezialisierte Personalberatung betreuen wir zahlreiche mittelständische Unternehmen in Norddeutschland, die aktuell erfahrene Ingenieure suchen. Gerne nehme ich Sie in unseren Talentpool auf, damit ich Sie bei passenden Vakanzen direkt ansprechen kann.

Wenn Sie Interesse haben, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Beste Grüße
Nadine Brandt
Ingenio Personalberatung
""")

add("other", "indeed_digest", "en", "", "",
    ("Indeed", "alert@indeed.example.com"), "Process Engineer jobs in Birmingham - 12 new",
    "2026-07-22 06:12 +0000", """
12 new Process Engineer jobs in Birmingham

Process Engineer - Kettle Brook Plastics - Birmingham B6 - £42,000 - £48,000 a year - Urgently hiring
Continuous Improvement Engineer - Hawkesley Automotive - Longbridge - Easily apply
Manufacturing Process Engineer - Tamar Castings - Walsall - Responsive employer
Senior Process Engineer - Arden Chemicals - Solihull - £55,000 a year

View all jobs: https://uk.indeed.example.com/q-process-engineer-l-birmingham-jobs.html

This job alert was created by you. Unsubscribe | Edit this alert
Indeed, 6433 Champion Grandview Way, Austin, TX
""", fmt="html", brand="#2557a7", headers=BULK)

add("other", "candidate_experience_survey", "en", "", "",
    ("Northgate Aerospace Candidate Survey", "survey@candidatepulse.example.com"), "How did we do? 2 minutes of your time",
    "2026-07-24 16:00 +0000", """
Hi Lukas,

You recently interviewed with Northgate Aerospace. We'd love to hear about your experience - whatever the outcome.

The survey takes less than 2 minutes and your answers are anonymous: https://candidatepulse.example.com/s/ng-8831

Thank you!
CandidatePulse on behalf of Northgate Aerospace
""", fmt="html", brand="#1b365d", headers=BULK)

add("other", "es_infojobs_alerta", "es", "", "",
    ("InfoJobs Alertas", "alertas@infojobs.example.es"), "Nuevas ofertas: Ingeniero mecánico en Valencia",
    "2026-07-25 07:45 +0200", """
Hola Lukas,

Tenemos 6 nuevas ofertas que coinciden con tu alerta "Ingeniero mecánico - Valencia":

· Ingeniero/a de Diseño Mecánico – Talleres Benicalap – Valencia – 30.000 € - 36.000 €
· Responsable de Mantenimiento Industrial – Embalajes Turís – Turís
· Ingeniero/a de Calidad – Componentes Ribera – Alzira
· Técnico/a de Ingeniería de Procesos – Químicas del Júcar – Sueca

Ver todas las ofertas: https://www.infojobs.example.es/alertas/331

Recibes este email porque creaste una alerta. Darse de baja
""", fmt="html", brand="#167db7", headers=BULK)

add("other", "fr_wttj_newsletter", "fr", "", "",
    ("Welcome to the Jungle", "hello@welcometothejungle.example.com"), "Entretien raté ? 5 façons de rebondir 💡",
    "2026-07-26 09:00 +0200", """
Salut Lukas,

Cette semaine dans la Newsletter :

Entretien raté, lapin posé, refus après trois tours... Nos experts expliquent comment rebondir après un entretien qui s'est mal passé, et pourquoi un refus n'est jamais définitif.

À lire aussi :
- « Nous avons le regret de vous informer » : décoder les mails de refus
- Les entreprises industrielles qui recrutent à Toulouse
- Négocier son salaire d'ingénieur en 2026

Lire la newsletter : https://www.welcometothejungle.example.com/fr/newsletter/2026-30

Tu reçois cet e-mail car tu es abonné·e à notre newsletter. Se désabonner
""", fmt="html", brand="#ffcd00", headers=dict(BULK, **{"List-Id": "WTTJ Newsletter <newsletter.welcometothejungle.example.com>"}))

add("other", "de_wohnung_absage", "de", "", "",
    ("Elbblick Immobilien", "vermietung@elbblick-immo.example.de"), "Ihre Anfrage: 2-Zimmer-Wohnung Ottensen",
    "2026-07-27 15:25 +0200", """
Sehr geehrter Herr Brenner,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Bahrenfelder Straße sowie für die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Wir wünschen Ihnen bei der weiteren Wohnungssuche viel Erfolg.

Mit freundlichen Grüßen
Elbblick Immobilien - Vermietung
""", fmt="qp", charset="iso-8859-1")

add("other", "press_interview_request", "en", "", "",
    ("Hugo Marchetti", "h.marchetti@manufacturingweekly.example.com"), "Interview for feature on skilled-worker migration",
    "2026-07-28 12:30 +0100", """
Dear Lukas,

I'm a reporter at Manufacturing Weekly, working on a feature about engineers relocating between Germany and the UK post-Brexit. A mutual contact suggested you might be willing to talk.

Would you be available for a 20-minute phone interview next week? I'm happy to keep your employer and any details you prefer out of the piece.

Best regards,
Hugo Marchetti
Senior Reporter, Manufacturing Weekly
""")

add("other", "own_sent_thankyou", "en", "", "",
    ME, "Thank you - Senior Process Engineer interview",
    "2026-07-24 18:40 +0100", """
Dear Gemma, dear Neil,

Thank you very much for taking the time to speak with me today. I really enjoyed learning about the cost-down programme at the Coventry plant and I'm even more excited about the role.

Please let me know if you need anything further from me.

Kind regards,
Lukas Brenner
""", to=("Gemma Marsh", "g.marsh@pellworth.example.com"), cc="neil.drummond@pellworth.example.com")

add("other", "friend_forwarded_job", "en", "", "",
    ("Ines Hartmann", "ines.hartmann@example.net"), "Fwd: Job: Head of Manufacturing Engineering - Toulouse",
    "2026-07-29 20:47 +0200", """
saw this and immediately thought of you!! they're the ones doing the hydrogen tanks. x

---------- Forwarded message ---------
From: Airmoteurs Careers <jobs@airmoteurs.example.fr>
Date: Wed, 29 Jul 2026 at 10:12
Subject: Job: Head of Manufacturing Engineering - Toulouse
To: <ines.hartmann@example.net>

Airmoteurs is hiring a Head of Manufacturing Engineering for its new hydrogen tank plant in Toulouse-Francazal. Apply before 31 August at https://airmoteurs.example.fr/careers/hme
""")

add("other", "es_podcast_radio", "es", "", "",
    ("Clara Beltrán - Ràdio Túria", "clara.beltran@radioturia.example.es"), "Entrevista en el programa 'Fem Indústria'",
    "2026-07-30 11:11 +0200", """
Hola Lukas,

Soy Clara Beltrán, productora del programa "Fem Indústria" de Ràdio Túria. Estamos preparando un especial sobre ingenieros europeos que se instalan en la Comunitat Valenciana y nos encantaría hacerte una entrevista de unos 15 minutos en directo.

¿Tendrías disponibilidad algún jueves de septiembre por la mañana? Puede ser por teléfono.

Gracias y un saludo,
Clara
""")

add("other", "webinar_interview_skills", "en", "", "",
    ("IMechE Events", "events@imeche-members.example.org"), "Webinar: Acing the competency-based interview",
    "2026-07-31 10:00 +0100", """
Dear Lukas,

Join us on Wednesday 12 August, 18:00 BST, for a free members' webinar: "Acing the competency-based interview - what hiring managers in manufacturing really look for".

Our panel of hiring managers will cover the STAR method, technical interview questions, what to do if you miss an interview or need to reschedule, and how to respond to a job offer.

Register: https://events.imeche-members.example.org/w/2026-08-12

You are receiving this as a member. Manage your email preferences.
""", fmt="alt", brand="#0d47a1", headers=dict(BULK, **{"List-Id": "<events.imeche-members.example.org>"}))

add("other", "de_freund_absage", "de", "", "",
    ("Jonas Petersen", "jonas.p@example.net"), "Neuigkeiten...",
    "2026-08-01 21:30 +0200", """
Na du,

kurzes Update von mir: von Airbus kam heute die Absage. "Leider haben wir uns für einen anderen Kandidaten entschieden". Nach drei Gesprächen. Echt frustrierend.

Wie läuft's bei dir mit Hamburg und Wien? Lass mal die Tage telefonieren.

Grüße
Jonas
""")

add("other", "salary_guide_marketing", "en", "", "",
    ("Vector Recruitment", "marketing@vectorrecruitment.example.co.uk"), "Your 2026 Engineering Salary Guide is here",
    "2026-08-03 08:00 +0100", """
The 2026 Vector Recruitment Engineering & Manufacturing Salary Guide

What are manufacturing engineers in the West Midlands earning this year? Which skills command a premium? Download our free guide, based on 3,200 placements.

Download now: https://vectorrecruitment.example.co.uk/salary-guide-2026

Vector Recruitment Ltd, Colmore Row, Birmingham. Unsubscribe from marketing emails.
""", fmt="html", brand="#e11d48", headers=BULK)

add("other", "de_bank_kreditantrag", "de", "", "",
    ("Hansebank Kundenservice", "service@hansebank.example.de"), "Ihr Kreditantrag ist bei uns eingegangen",
    "2026-08-04 10:18 +0200", """
Sehr geehrter Herr Brenner,

vielen Dank für Ihren Antrag auf einen Ratenkredit (Antragsnummer 7731-KR-2026). Ihr Antrag ist bei uns eingegangen und wird nun geprüft.

Sobald die Prüfung abgeschlossen ist, erhalten Sie unsere Entscheidung per E-Mail und im Online-Banking-Postfach.

Mit freundlichen Grüßen
Ihre Hansebank
Diese E-Mail wurde automatisch versandt.
""", fmt="html", brand="#b91c1c")

add("other", "train_booking", "en", "", "",
    ("West Coast Trains", "tickets@westcoasttrains.example.co.uk"), "Your booking confirmation - Birmingham New Street",
    "2026-08-20 19:22 +0100", """
Booking reference: WCT7K2LM

Outward: Thursday 27 August 2026
London Euston 07:23 -> Birmingham New Street 08:45
Coach C, Seat 42 (Forward facing, window)

Collect your tickets from any ticket machine using your booking reference, or use your e-ticket in the app.

Have a great journey!
""", fmt="html", brand="#00838f")

add("other", "es_banco_tarjeta", "es", "", "",
    ("Banco Levantino", "notificaciones@bancolevantino.example.es"), "Hemos recibido tu solicitud de tarjeta",
    "2026-08-21 12:00 +0200", """
Hola Lukas,

Hemos recibido tu solicitud de la Tarjeta Levantino Oro. Estamos analizando tu solicitud y en un plazo máximo de 72 horas te informaremos de la resolución.

Gracias por confiar en Banco Levantino.

Este mensaje ha sido enviado automáticamente; por favor no respondas.
""", fmt="html", brand="#1e3a8a")

add("other", "mentor_interview_prep", "en", "", "",
    ("Gareth Evans", "gareth.evans@example.org"), "Re: Amberline second interview",
    "2026-08-24 21:05 +0100", """
Lukas,

Had a look at your slides - good stuff. Two thoughts for the presentation:
1. Lead with the scrap number, not the method. Rail people love a number.
2. Have an answer ready for "what would you do in your first 90 days".

They'll probably ask about safety-critical work too. You'll smash it.

G

On Mon, 24 Aug 2026 at 18:10, Lukas Brenner <lukas.brenner@example.com> wrote:
> Gareth, could you look at my presentation for the Amberline interview on Thursday?
> They invited me to a second interview at Washwood Heath. Slides attached.
""", thread="amberline-prep@example.org")

add("other", "de_abwesenheitsnotiz", "de", "", "",
    ("Sven Krüger", "s.krueger@technoprofil-personal.example.de"), "Abwesenheitsnotiz: Rückfrage Gespräch Lübeck",
    "2026-09-05 09:14 +0200", """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. September nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Okonkwo (040 300 66 12-0).

Mit freundlichen Grüßen
Sven Krüger
""", headers={"Auto-Submitted": "auto-replied"}, thread="luebeck-rueckfrage@example.com")

add("other", "fr_apec_alerte", "fr", "", "",
    ("Apec - Alertes offres", "alertes@apec.example.fr"), "5 nouvelles offres correspondent à votre recherche",
    "2026-09-07 07:00 +0200", """
Bonjour Lukas,

5 nouvelles offres correspondent à votre alerte « Ingénieur méthodes – Haute-Garonne » :

Ingénieur Méthodes Usinage H/F – Garonne Précision – Toulouse – 45-50 k€
Ingénieur Industrialisation Aéronautique H/F – Lauragais Aéro – Castelnaudary
Responsable Amélioration Continue H/F – Pyrénées Plastiques – Saint-Gaudens

Voir les offres : https://www.apec.example.fr/alertes/88123

Vous recevez cet email car vous avez créé une alerte sur apec.example.fr. Se désinscrire
""", fmt="html", brand="#00205b", headers=BULK)

add("other", "insurance_application", "en", "", "",
    ("Sterling Mutual", "no-reply@sterlingmutual.example.co.uk"), "Application received - Income Protection",
    "2026-09-08 14:02 +0100", """
Dear Mr Brenner,

Thank you for your application for Sterling Mutual Income Protection. Your application reference is IP-20418873.

Our underwriters will review your application and may contact your GP for further information. We aim to give you a decision within 10 working days.

Sterling Mutual Assurance Society
""", fmt="alt", brand="#14532d")

add("other", "ats_privacy_consent", "en", "", "",
    ("Kessler Fluid Systems", "kesslerfluid@myworkday.com"), "Action required: keep your profile in our talent community",
    "2026-09-10 05:00 +0000", """
Dear Lukas,

In line with data protection regulations, your candidate profile at Kessler Fluid Systems will be deleted in 30 days unless you confirm that you would like us to keep it.

Confirm and stay in our talent community: https://kessler.wd3.myworkday.com/consent

This is a system generated email, please do not reply.
""", fmt="alt")

add("other", "es_master_admision", "es", "", "",
    ("Escuela de Posgrado - Universitat Politècnica de València", "posgrado@upv.example.es"),
    "Resolución de admisión - Máster en Ingeniería de Organización", "2026-09-11 13:00 +0200", """
Estimado/a Lukas Brenner:

Le comunicamos que la Comisión Académica del Máster ha resuelto su solicitud de admisión con el resultado: ADMITIDO/A EN LISTA DE ESPERA (posición 7).

Si se produjera una vacante, se le notificará por correo electrónico.

Escuela de Posgrado
""", fmt="qp", charset="iso-8859-1")

add("other", "linkedin_inmail_no_ask", "en", "", "",
    ("Marco Bianchi via LinkedIn", "inmail-hit-reply@linkedin.example.com"), "Marco sent you a message",
    "2026-09-12 10:30 +0000", """
Marco Bianchi
Talent Partner at Bernardi Group

Hi Lukas, hope all is well. We are growing our engineering team in Northern Italy and Austria over the coming year, mostly in precision machining and assembly. I thought it would be nice to connect - let me know if you ever consider a move south!

Reply: https://www.linkedin.example.com/messaging/thread/2-ZmE3
This is an InMail. You are receiving InMail notification emails. Unsubscribe
""", fmt="html", brand="#0a66c2", headers=BULK)

add("other", "own_sent_accept_slot", "de", "", "",
    ME, "Re: Einladung zum Erstgespräch",
    "2026-08-05 19:02 +0200", """
Grüezi Frau Bühler

Vielen Dank für die Einladung. Der Dienstag, 11. August, um 08:30 Uhr passt mir sehr gut.

Freundliche Grüsse
Lukas Brenner

Am 05.08.2026 um 08:47 schrieb Regula Bühler <r.buehler@limmat-bahntechnik.example.ch>:
> Grüezi Herr Brenner
> Vielen Dank für Ihre Bewerbung als Fertigungsingenieur Drehgestelle. Gerne möchten
> wir Sie in einem ersten Gespräch per Video besser kennenlernen.
""", to=("Regula Bühler", "r.buehler@limmat-bahntechnik.example.ch"), fmt="qp",
    thread="einladung-erstgespraech@limmat-bahntechnik.example.ch")

add("other", "fr_journaliste", "fr", "", "",
    ("Élodie Roux", "e.roux@ladepeche-industrie.example.fr"), "Demande d'interview",
    "2026-09-14 16:45 +0200", """
Bonjour Monsieur Brenner,

Je suis journaliste à L'Industrie du Sud-Ouest et je prépare un article sur les ingénieurs étrangers qui rejoignent la filière aéronautique toulousaine. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique d'une vingtaine de minutes ?

Bien à vous,
Élodie Roux
""", fmt="qp")

add("other", "de_newsletter_karriere", "de", "", "",
    ("ingenieur karriere", "newsletter@ingenieur-karriere.example.de"), "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    "2026-09-16 07:30 +0200", """
Liebe Leserinnen und Leser,

in dieser Ausgabe:

• Absage nach dem Vorstellungsgespräch – warum Sie trotzdem antworten sollten
• Gehaltsreport 2026: Was Fertigungsingenieure in Hamburg, München und Wien verdienen
• Termin verpasst? Wie Sie ein versäumtes Vorstellungsgespräch retten
• Arbeitsvertrag prüfen: Fünf Klauseln, auf die Sie achten sollten

Zum Newsletter: https://www.ingenieur-karriere.example.de/newsletter/38

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden | Impressum
""", fmt="html", brand="#005a9c", headers=dict(BULK, **{"List-Id": "ingenieur karriere <news.ingenieur-karriere.example.de>"}))

add("other", "es_reclutador_frio", "es", "", "",
    ("Pablo Navarro", "pablo.navarro@talentoindustrial.example.es"), "Oportunidades en el sector industrial valenciano",
    "2026-09-17 12:20 +0200", """
Hola Lukas,

Soy Pablo, de Talento Industrial. He visto tu perfil y me ha parecido muy interesante tu experiencia en ingeniería de procesos.

Trabajamos con varias empresas del sector automoción y cerámico de la Comunitat Valenciana. Si te interesa, podemos añadirte a nuestra base de candidatos para futuras oportunidades; solo tienes que enviarme tu CV actualizado.

Un saludo,
Pablo Navarro
Talento Industrial
""")

add("other", "trade_fair_ticket", "en", "", "",
    ("EuroBLECH Tickets", "tickets@euroblech-expo.example.com"), "Your e-ticket for EuroBLECH 2026",
    "2026-09-20 11:00 +0200", """
Dear Lukas Brenner,

Thank you for registering. Your visitor e-ticket for EuroBLECH 2026 (Hanover, 20-23 October) is attached to this email.

Please have the QR code ready at the entrance. Public transport to the exhibition grounds is included.

Your EuroBLECH team
""", fmt="html", brand="#e30613")

add("other", "reference_request_colleague", "en", "", "",
    ("Aisha Rahman", "aisha.rahman@example.org"), "Quick favour?",
    "2026-09-22 20:10 +0100", """
Hi Lukas!

Hope the job hunt's going ok. I've just had a verbal offer from a battery plant in Coventry (!!) and they've asked for two references - would you be willing to be one of them, since we worked together on the press line project? They'd just send a short form.

Thanks so much, I owe you a drink
Aisha
""")

add("other", "fr_enquete_utilisateur", "fr", "", "",
    ("L'équipe Recherche de Solidforge", "recherche@solidforge.example.fr"), "Participez à un entretien utilisateur (30 min)",
    "2026-09-24 10:00 +0200", """
Bonjour Lukas,

Vous utilisez Solidforge pour vos projets de conception ? Nous aimerions échanger avec vous lors d'un entretien utilisateur de 30 minutes en visio pour comprendre vos usages et améliorer le logiciel.

Pour vous remercier, nous vous offrons 3 mois d'abonnement Pro.

Réservez un créneau : https://solidforge.example.fr/recherche/rdv

Merci !
L'équipe Recherche UX
""", fmt="html", brand="#2e7d32", headers=BULK)

add("other", "job_board_profile_nudge", "en", "", "",
    ("Totaljobs", "noreply@totaljobs.example.com"), "Lukas, recruiters viewed your CV 14 times this week",
    "2026-09-28 08:30 +0100", """
Hi Lukas,

Good news - your CV was viewed by 14 recruiters this week. Candidates who update their CV every month get up to 2x more interview requests.

Update your CV: https://www.totaljobs.example.com/profile

Totaljobs. Unsubscribe | Privacy
""", fmt="html", brand="#8b2a8b", headers=BULK)

add("other", "own_sent_offer_question", "es", "", "",
    ME, "Re: Propuesta de incorporación - Jefe de Ingeniería de Producción",
    "2026-09-30 09:20 +0200", """
Estimada Dirección de RRHH:

Muchas gracias por la propuesta, me hace mucha ilusión. Antes de firmar, ¿podrían confirmarme si la fecha de incorporación podría retrasarse al 16 de noviembre? Tengo un preaviso de seis semanas en mi puesto actual.

Un cordial saludo,
Lukas Brenner

El mar, 29 sept 2026 a las 13:00, Dirección de RRHH - Astilleros del Grao (<direccion.rrhh@astillerosgrao.example.es>) escribió:
> Estimado Sr. Brenner:
> Tras la entrevista mantenida con nuestro Director General, tenemos el placer de ofrecerle
> el puesto de Jefe de Ingeniería de Producción en Astilleros del Grao.
""", to=("Dirección de RRHH - Astilleros del Grao", "direccion.rrhh@astillerosgrao.example.es"),
    thread="oferta-astilleros@astillerosgrao.example.es")

add("other", "community_meetup", "en", "", "",
    ("Birmingham Lean Network", "hello@brumlean.example.org"), "October meetup: Value stream mapping in practice",
    "2026-10-01 12:00 +0100", """
Hi all,

Our October meetup is on Tuesday 13 October, 18:30 at the Innovation Hub. Sarah Tully from Arden Chemicals will talk us through a real value stream mapping exercise - warts and all.

Pizza and drinks provided. RSVP here so we get the numbers right: https://brumlean.example.org/rsvp/oct

See you there,
The Birmingham Lean Network organisers
""", headers=dict(BULK, **{"List-Id": "Birmingham Lean Network <members.brumlean.example.org>"}))

add("other", "talent_community_roles", "en", "", "",
    ("Voltmark Talent Community", "talent@voltmark-news.example.com"), "New roles at Voltmark this month",
    "2026-10-05 15:00 +0000", """
Hi Lukas,

Thanks for being part of the Voltmark Talent Community! Here are the roles we opened this month:

- Test Engineer, Battery Modules - Birmingham
- Supplier Quality Engineer - Remote (UK)
- Manufacturing Technician (nights) - Birmingham

Interested? Apply on our careers page: https://voltmark.example.com/careers

You're receiving this because you joined the Voltmark Talent Community. Unsubscribe
""", fmt="html", brand="#00a37a", headers=BULK)


if __name__ == "__main__":
    write_all()
