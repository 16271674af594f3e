"""Writes the seventeenth labelled corpus: three months of Priya Natarajan's inbox (Feb-Jun 2026).

Run `python tests/corpus_seventeenth/make_seventeenth.py [OUTDIR]` to (re)write every .eml and
labels.csv. Each message below is written by hand; the helpers only vary the MIME structure
(plain, HTML-only, alternative, quoted-printable, base64, legacy charsets, calendar parts,
attachments) and keep Message-IDs and threading headers consistent. Imports only the standard
library: the corpus must never be shaped by the classifier.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as _default_policy
from email.utils import format_datetime, formataddr
from pathlib import Path

ME = ("Priya Natarajan", "priya.natarajan@example.net")
POLICY = _default_policy.clone(linesep="\n")
NOREPLY_MARKERS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "notification",
                   "mailer-daemon", "alerts@", "jobs-noreply", "news@", "newsletter",
                   "ne-pas-repondre", "nepasrepondre", "noresponder", "no-responder",
                   "alert@", "alertas@", "digest@", "jobagent@", "benachrichtigung@",
                   "bookings@")
# ATS and e-signature senders: their From is a system even when it carries no "noreply" marker.
SYSTEM_DOMAINS = ("myworkday.com", "softgarden.io", "docusign.net", "greenhouse-mail.io",
                  "ashbyhq.com", "hire.lever.co", "teamtailor-mail.com", "smartrecruiters.com",
                  "taleo.net", "successfactors.eu", "join.com", "welcometothejungle.com",
                  "recruitee.com")


@dataclass
class Mail:
    """One message to write, with its labels."""

    kind: str
    scenario: str
    frm: tuple[str, str]
    subject: str
    date: str
    text: str | None = None
    html: str | None = None
    charset: str = "utf-8"
    cte: str | None = None
    to: tuple[str, str] = ME
    cc: tuple[str, str] | None = None
    reply_to: tuple[str, str] | None = None
    ics: str | None = None
    attach: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: str | None = None
    company: str = ""
    contact: str | None = None
    lang: str = "en"
    mid: str | None = None


MAILS: list[Mail] = []


def add(kind: str, scenario: str, **kw: object) -> None:
    """Registers one message; the order of calls fixes the file numbers."""
    MAILS.append(Mail(kind, scenario, **kw))  # type: ignore[arg-type]


def _is_human(addr: str) -> bool:
    low = addr.lower()
    domain = low.rsplit("@", 1)[-1]
    if any(domain == d or domain.endswith("." + d) for d in SYSTEM_DOMAINS):
        return False
    return not any(marker in low for marker in NOREPLY_MARKERS)


def default_contact(mail: Mail) -> str:
    """Reply-To if human, else the human sender, else empty; never the candidate herself."""
    for pair in (mail.reply_to, mail.frm):
        if pair and _is_human(pair[1]) and pair[1] != ME[1]:
            return pair[1]
    return ""


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _message_id(mail: Mail, number: int) -> str:
    if mail.mid:
        return mail.mid
    domain = mail.frm[1].split("@", 1)[1]
    stamp = _when(mail.date).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{number:03d}.{abs(hash_text(mail.subject)) % 99991:05d}@{domain}>"


def hash_text(text: str) -> int:
    """A stable (unsalted) hash, so Message-IDs do not change between runs."""
    value = 7
    for char in text:
        value = (value * 31 + ord(char)) % 2_147_483_647
    return value


def _ics_part(msg: EmailMessage, ics: str) -> None:
    method = "CANCEL" if "METHOD:CANCEL" in ics else "REQUEST"
    body = ics.strip().replace("\n", "\r\n") + "\r\n"
    msg.add_alternative(body, subtype="calendar", params={"method": method})
    msg.add_attachment(body.encode("utf-8"), maintype="application", subtype="ics",
                       filename="invite.ics")


def build(mail: Mail, number: int) -> bytes:
    """The message as bytes, in the structure its fields ask for."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = formataddr(mail.frm)
    msg["To"] = formataddr(mail.to)
    if mail.cc:
        msg["Cc"] = formataddr(mail.cc)
    if mail.reply_to:
        msg["Reply-To"] = formataddr(mail.reply_to)
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(_when(mail.date))
    msg["Message-ID"] = _message_id(mail, number)
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
        msg["References"] = mail.in_reply_to
    msg["MIME-Version"] = "1.0"
    for name, value in mail.headers:
        msg[name] = value
    if mail.text is not None:
        msg.set_content(mail.text.strip("\n") + "\n", charset=mail.charset, cte=mail.cte)
        if mail.html is not None:
            msg.add_alternative(mail.html.strip("\n") + "\n", subtype="html", charset=mail.charset,
                                cte=mail.cte)
    elif mail.html is not None:
        msg.set_content(mail.html.strip("\n") + "\n", subtype="html", charset=mail.charset,
                        cte=mail.cte)
    if mail.ics:
        _ics_part(msg, mail.ics)
    for name in mail.attach:
        payload = b"%PDF-1.4\n% stand-in for " + name.encode("ascii", "replace") + b"\n%%EOF\n"
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=name)
    # Fixed boundaries keep the output byte-identical between runs (the test regenerates it).
    for index, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_s17_{number:03d}_{index}")
    return msg.as_bytes(policy=POLICY)


def write(out: Path) -> None:
    """Writes every message under out/<kind>/ and the label file."""
    rows = []
    for number, mail in enumerate(MAILS, start=1):
        rel = f"{mail.kind}/{number:03d}_{mail.scenario}.eml"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(mail, number))
        contact = default_contact(mail) if mail.contact is None else mail.contact
        rows.append([rel, mail.kind, mail.company, contact, mail.lang])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


def ics_event(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
              location: str = "", method: str = "REQUEST", sequence: int = 0,
              status: str = "CONFIRMED") -> str:
    """A minimal, valid VCALENDAR with one VEVENT (times given as UTC stamps)."""
    return f"""BEGIN:VCALENDAR
PRODID:-//Example Corp//Calendar 1.0//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T000000Z
DTSTART:{start}
DTEND:{end}
SEQUENCE:{sequence}
STATUS:{status}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}
END:VEVENT
END:VCALENDAR"""


# ---------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------
add("rejection", "greenhouse_soft_aligned",
    frm=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    subject="Your application to Cargoflow", date="2026-02-18T16:02:11+00:00",
    company="Cargoflow",
    text="""Hi Priya,

Thank you for your interest in the Junior Data Analyst, Network Planning role at Cargoflow and for
the time you put into your application.

We received a lot of strong applications for this position. After careful review, we've decided
to pursue other candidates whose background more closely aligns with what the team needs right
now.

We'd like to keep your details on file and may reach out if something fits better down the line.

Best,
The Cargoflow Talent Team

Please do not reply to this email - this mailbox is not monitored.""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hi Priya,</p>
<p>Thank you for your interest in the <b>Junior Data Analyst, Network Planning</b> role at Cargoflow and for the time you put into your application.</p>
<p>We received a lot of strong applications for this position. After careful review, we've decided to pursue other candidates whose background more closely aligns with what the team needs right now.</p>
<p>We'd like to keep your details on file and may reach out if something fits better down the line.</p>
<p>Best,<br>The Cargoflow Talent Team</p>
<p style="font-size:11px;color:#888">Please do not reply to this email - this mailbox is not monitored.<br>
<a href="https://app.greenhouse.io/privacy?utm_source=email&amp;t=8f3a">Privacy</a></p>
<img src="https://click.greenhouse-mail.io/o/8f3a19bc.gif" width="1" height="1" alt="">
</body></html>""")

add("rejection", "hiring_manager_mobile_blunt",
    frm=("Dan Whitcombe", "dan.whitcombe@pennine3pl.example.com"),
    subject="Re: Analyst role", date="2026-02-20T19:47:00+00:00",
    in_reply_to="<CAPn7x2Lq0=pn3@mail.example.net>",
    company="Pennine 3PL",
    text="""Hi Priya thanks for coming in tuesday. Going to be straight with you, we're going with someone with more WMS experience. Wont be taking it further on our side. Good luck with the search

Dan

Sent from my iPhone

> On 17 Feb 2026, at 08:12, Priya Natarajan <priya.natarajan@example.net> wrote:
>
> Hi Dan,
> Thanks again for your time today - I really enjoyed seeing the Normanton site.
> Looking forward to hearing from you.
> Priya""")

add("rejection", "workday_position_filled",
    frm=("Brightwater Retail Group", "brightwater@myworkday.com"),
    subject="Update on your application - Supply Chain Data Analyst (R-10482)",
    date="2026-02-24T10:15:33+00:00",
    company="Brightwater Retail Group", contact="",
    text="""Dear Priya Natarajan,

Thank you for applying for the position of Supply Chain Data Analyst (R-10482) at Brightwater Retail Group.

We wanted to let you know that this position has now been filled. As a result your application will not be progressed further.

We encourage you to continue to visit our careers site and apply for other roles that match your skills and experience.

Kind regards,
Brightwater Retail Group Talent Acquisition

-----------------------------------------------
This email was sent from an unmonitored mailbox. To review your candidate home, sign in at https://brightwater.wd3.myworkday.com/brightwater/login
Brightwater Retail Group plc, registered in England and Wales no. 0000000. Registered office: Kirkstall Road, Leeds LS3 1AA.""")

add("rejection", "dutch_english_after_case",
    frm=("Femke de Graaf", "f.degraaf@havenlijn.example.com"),
    subject="Your application Havenlijn - Data Analyst Operations",
    date="2026-03-10T14:21:00+01:00",
    company="Havenlijn Logistics",
    text="""Dear Priya,

Thank you for the time and energy you put in the case assignment and for coming back on Friday, we appreciated the clear way you presented the container dwell time analysis.

After discussing it with the team we have decided not to continue with your application. Honestly it was close, but the other candidate has more hands-on experience with port community systems which is important for us in the coming year.

If you would like to have feedback on the case I am happy to plan a short call, just let me know.

With kind regards,

Femke de Graaf
Recruiter | Havenlijn Logistics B.V.
Waalhaven Zuidzijde 19, Rotterdam
T +31 10 000 0000

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this e-mail.""")

add("rejection", "stepstone_ats_german_formal",
    frm=("Elbkai Spedition GmbH", "bewerbung@elbkai-spedition.example.com"),
    subject="Ihre Bewerbung als Datenanalyst (m/w/d) Luftfracht",
    date="2026-02-26T09:02:00+01:00", lang="de",
    company="Elbkai Spedition", contact="bewerbung@elbkai-spedition.example.com",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Natarajan,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit den Anforderungen der Position.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i.A. Katrin Böhme
Personalabteilung

Elbkai Spedition GmbH
Am Sandtorkai 00, 20457 Hamburg
Geschäftsführer: H. Lorenzen | Amtsgericht Hamburg HRB 00000""")

add("rejection", "taleo_role_on_hold",
    frm=("Castleford Manufacturing Careers", "careers-donotreply@castlefordmfg.taleo.net"),
    subject="Requisition 26-0117 - status change",
    date="2026-03-05T23:40:12+00:00",
    company="Castleford Manufacturing",
    text="""Dear Priya,

Re: Requisition 26-0117  Inventory & Demand Planning Analyst  Castleford, West Yorkshire

We are writing to inform you that the above requisition has been placed ON HOLD due to a change in business requirements. As a result, we will not be proceeding with any applications for this vacancy at this time.

Should the requisition re-open, candidates will need to submit a new application via our careers portal.

We thank you for your interest in Castleford Manufacturing.

Regards,
Talent Acquisition
Castleford Manufacturing Ltd

*** This is an automatically generated message. Please do not respond to this e-mail. ***""")

add("rejection", "agency_relayed_exclaim",
    frm=("Jodie Marsh | Redline Recruitment", "jodie.marsh@redlinerecruitment.example.co.uk"),
    subject="feedback from Halewood",
    date="2026-03-20T12:09:00+00:00",
    company="Halewood Foods",
    contact="jodie.marsh@redlinerecruitment.example.co.uk",
    text="""Hiya Priya!!

Just had feedback from Halewood Foods on Tuesday's rearranged interview - unfortunately they've decided not to move forward :( They said you were really personable and your SQL was good but they've gone for someone who has done more S&OP forecasting in food manufacturing.

Honestly gutted for you as I thought it went well!! Don't let it knock you, I've got a couple of other bits coming through next week that I think would be a really good fit so let's chat Monday?

Jodie x

Jodie Marsh
Senior Consultant - Supply Chain & Procurement
Redline Recruitment | 0161 000 0000 | 07700 900000
[Redline Recruitment logo]""")

add("rejection", "french_formal_apres_entretien",
    frm=("Claire Fontaine", "claire.fontaine@rhone-supply.example.fr"),
    subject="Votre candidature - Analyste Data Supply Chain",
    date="2026-03-10T17:33:00+01:00", lang="fr",
    company="Rhône Supply Partners",
    text="""Bonjour Priya,

Je vous remercie encore pour les échanges que nous avons eus la semaine dernière ainsi que pour l'intérêt que vous portez à Rhône Supply Partners.

Après réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste d'Analyste Data Supply Chain. Nous avons retenu un profil dont l'expérience du transport routier en France correspond davantage à nos besoins immédiats.

Nous conservons néanmoins votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.

Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,

Claire Fontaine
Chargée de recrutement
Rhône Supply Partners
12 quai Perrache, 69002 Lyon
04 00 00 00 00""")

add("rejection", "very_short_one_liner",
    frm=("Kit Harlow", "kit@binbook.example.io"),
    subject="Re: Data role",
    date="2026-02-13T08:55:00+00:00",
    in_reply_to="<CAPn7x2Bnb-dr@mail.example.net>",
    company="Binbook",
    text="""Thanks for your time Priya, but we won't be moving forward. All the best.

Kit
Founder, Binbook""")

add("rejection", "indian_english_regret",
    frm=("Ananya Kulkarni", "ananya.k@talentbridge-global.example.in"),
    subject="Status of your candidature - Vantara Supply Chain",
    date="2026-03-12T06:31:00+05:30",
    company="Vantara Supply Chain",
    text="""Dear Priya,

Greetings from TalentBridge Global Services!

This is with reference to your candidature for the position of Analyst - Logistics Analytics with our esteemed client Vantara Supply Chain Pvt Ltd (Europe hub, Antwerp).

We regret to inform you that the client has decided not to proceed with your profile at this juncture, as they are looking for a candidate with stronger exposure to Power BI and SAP EWM.

We shall keep your resume in our database and revert in case of any suitable opening in future.

Thanks & Regards,
Ananya Kulkarni
Talent Acquisition Specialist
TalentBridge Global Services | Pune | +91 20 0000 0000

Disclaimer: This e-mail and any attachments are confidential and intended solely for the use of the addressee. If you are not the intended recipient, please notify the sender immediately and delete it. TalentBridge accepts no liability for any virus transmitted.""")

add("rejection", "spanish_formal_proceso",
    frm=("Transportes Turia - Selección", "seleccion@transportesturia.example.es"),
    subject="Proceso de selección - Analista de Datos Logísticos",
    date="2026-03-13T13:00:00+01:00", lang="es",
    company="Transportes Turia", contact="seleccion@transportesturia.example.es",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Priya:

Le agradecemos sinceramente el interés mostrado en formar parte de Transportes Turia y el tiempo dedicado al proceso de selección.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión no ha sido seleccionada para continuar en el proceso. Su perfil quedará registrado en nuestra base de datos para futuras vacantes que puedan ajustarse a su experiencia.

Le deseamos mucho éxito en su búsqueda profesional.

Un cordial saludo,

Departamento de Recursos Humanos
Transportes Turia, S.L.
Polígono Fuente del Jarro, Paterna (Valencia)

Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, puede ejercer sus derechos escribiendo a lopd@transportesturia.example.es.""")

add("rejection", "successfactors_after_assessment",
    frm=("Mainfracht Logistik Recruiting", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung: Junior Analyst Supply Chain Analytics (Job-ID 48213)",
    date="2026-03-16T11:47:09+01:00", lang="de",
    company="Mainfracht Logistik",
    html="""<html><head><meta charset="utf-8"></head><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px">
<tr><td style="background:#003b71;color:#fff;padding:12px"><img alt="Mainfracht Logistik AG" src="https://rmkcdn.successfactors.eu/mainfracht/logo.png" height="32"></td></tr>
<tr><td style="padding:16px">
<p>Hallo Priya Natarajan,</p>
<p>herzlichen Dank für Ihre Teilnahme am Online-Assessment (Excel/SQL) im Rahmen Ihrer Bewerbung als <b>Junior Analyst Supply Chain Analytics</b>.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nach Auswertung der Ergebnisse nicht weiter berücksichtigen werden. Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu den Anforderungen passt.</p>
<p>Wir wünschen Ihnen für Ihre Zukunft viel Erfolg.</p>
<p>Ihr Recruiting-Team<br>Mainfracht Logistik AG</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:16px">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.<br>Mainfracht Logistik AG &middot; Sitz Frankfurt am Main &middot; Vorstand: A. Brandt, S. Yilmaz</td></tr>
</table></body></html>""", cte="base64")

add("rejection", "british_shant_progressing",
    frm=("Harriet Coles", "harriet.coles@northgatefreight.example.co.uk"),
    subject="Following up",
    date="2026-03-17T15:12:00+00:00",
    company="Northgate Freight",
    text="""Dear Priya,

Many thanks for coming in to meet Graham and me last Thursday, and apologies for the slight delay in getting back to you.

We've now seen all of the shortlisted candidates and I'm afraid we shan't be progressing your application to the final stage on this occasion. It was a very competitive field and the decision came down to prior customs brokerage experience, which the role leans on rather heavily.

I hope this doesn't put you off applying to Northgate in future - we do have a graduate analytics scheme opening in the autumn.

Kind regards,
Harriet

Harriet Coles | People Partner
Northgate Freight Ltd | Trafford Park, Manchester M17 1AA
DDI 0161 000 0001""")

add("rejection", "recruitee_plain_after_interview",
    frm=("Lotte van Dijk", "lotte@shiptrace.recruitee.com"),
    reply_to=("Lotte van Dijk", "lotte.vandijk@shiptrace.example.com"),
    subject="ShipTrace | Update on your application",
    date="2026-03-18T10:04:00+01:00",
    company="ShipTrace",
    text="""Hi Priya,

Thanks for the nice conversation last week and for taking the time to meet with Joost and me.

We've given it a good thought and unfortunately we've decided not to proceed to the next round with you. For this position we are looking for someone who has more experience building dashboards directly on top of carrier API data.

We really appreciate your interest in ShipTrace and wish you the best of luck!

Cheers,
Lotte van Dijk
Talent Acquisition | ShipTrace
Amsterdam - Rotterdam

Powered by Recruitee""")

add("rejection", "french_casual_startup",
    frm=("Mehdi Benali", "mehdi@flottio.example.fr"),
    subject="Retour suite à nos échanges",
    date="2026-03-19T18:25:00+01:00", lang="fr",
    company="Flottio",
    text="""Hello Priya,

Merci encore pour ton temps et pour le cas pratique, c'était vraiment sympa d'échanger avec toi.

Malheureusement on ne va pas pouvoir aller plus loin ensemble pour ce poste : on a finalement choisi un profil plus orienté data engineering (dbt, Airflow) car on doit reconstruire toute notre stack.

Je garde ton profil sous le coude, et n'hésite pas si tu as des questions sur ton cas pratique.

Belle journée,
Mehdi
--
Mehdi Benali - Head of Data @ Flottio
06 00 00 00 00""")

add("rejection", "lever_role_cancelled",
    frm=("Kestrel Consulting", "no-reply@hire.lever.co"),
    subject="Kestrel Consulting - Associate, Supply Chain Analytics",
    date="2026-03-20T09:30:00+00:00",
    company="Kestrel Consulting",
    text="""Hi Priya,

Thank you for your application for Associate, Supply Chain Analytics.

We're writing to let you know that, following a review of our hiring plans for 2026, we have decided not to fill this position and the vacancy has been withdrawn. This means we are unable to take your application further.

We know this is disappointing, and we're sorry we can't give better news. We'd welcome an application from you for future roles.

Kind regards,
Kestrel Consulting Recruitment Team

Sent via Lever""")

add("rejection", "german_casual_du_startup",
    frm=("Jana from Lagerwerk", "jana@lagerwerk.example.de"),
    subject="Kurzes Update zu deiner Bewerbung",
    date="2026-03-23T16:40:00+01:00", lang="de",
    company="Lagerwerk",
    text="""Hi Priya,

danke dir nochmal für das nette Gespräch am Donnerstag und die Zeit, die du dir für die SQL-Aufgabe genommen hast!

Wir haben uns im Team lange beraten und uns am Ende leider für eine andere Kandidatin entschieden, die schon Erfahrung mit unserem WMS-Setup mitbringt. Das war wirklich eine knappe Entscheidung.

Ich wünsche dir ganz viel Erfolg bei der weiteren Suche - und falls du Feedback zur Aufgabe willst, melde dich gern.

Liebe Grüße
Jana

Jana Petersen | People & Culture
Lagerwerk GmbH - Hamburg""")

add("rejection", "italian_english_warehouse",
    frm=("Giulia Ferraro", "g.ferraro@logisticaferraro.example.it"),
    subject="R: application Data Analyst - Verona hub",
    date="2026-03-24T12:18:00+01:00",
    company="Logistica Ferraro",
    text="""Dear Mrs. Natarajan,

thank you very much for the interview of the last week with me and Mr. Rossi.

We are sorry to communicate you that we have chosen another candidate for the position, who can start immediately in Verona and speaks Italian, which for the contact with our drivers is very important.

We thank you again for the interest in our company and we wish you the best for your future.

Best regards

Giulia Ferraro
HR Office
Logistica Ferraro S.p.A.
Via dell'Industria 00 - 37135 Verona (VR)
Tel. +39 045 000 0000

Le informazioni contenute in questa comunicazione sono riservate. / The information in this message is confidential.""")

add("rejection", "spanish_casual_tu",
    frm=("Lucía Ortega", "lucia.ortega@ebrologistica.example.es"),
    subject="Re: Entrevista analista",
    date="2026-03-26T19:02:00+01:00", lang="es",
    in_reply_to="<CAPn7x2Ebro-1@mail.example.net>",
    company="Plataforma Ebro Logística",
    text="""Hola Priya,

Gracias por tu paciencia. Te escribo para contarte que al final hemos decidido seguir adelante con otra persona para el puesto de analista. Nos gustó mucho tu perfil pero buscábamos a alguien con más experiencia en transporte intermodal.

Mucha suerte, de verdad, y ojalá coincidamos más adelante.

Un abrazo,
Lucía

Lucía Ortega
Responsable de Personas
Plataforma Ebro Logística
Zaragoza

El mié, 18 mar 2026 a las 9:14, Priya Natarajan (<priya.natarajan@example.net>) escribió:
> Hola Lucía,
> Muchas gracias por la entrevista de ayer. ¿Sabéis ya cuándo tendréis una decisión?
> Un saludo,
> Priya""")

add("rejection", "workday_generic_many_roles",
    frm=("Calder Bank Careers", "calderbank@myworkday.com"),
    subject="Your Calder Bank application",
    date="2026-03-27T02:12:44+00:00",
    company="Calder Bank",
    html="""<div style="font-family:Georgia,serif;font-size:14px">
<p>Dear Priya,</p>
<p>Thank you for your interest in the <i>Trade Finance Operations Data Analyst</i> opportunity at Calder Bank.</p>
<p>We have reviewed your application against the requirements of the role and regret that on this occasion you have not been successful.</p>
<p>Due to the high number of applications we receive, we are unable to provide individual feedback.</p>
<p>Yours sincerely,<br/>Talent Acquisition, Calder Bank</p>
<hr/>
<p style="font-size:10px">Calder Bank plc is authorised by the Prudential Regulation Authority. This is an automated notification; replies are not monitored.</p>
</div>""")

add("rejection", "australian_english_cheers",
    frm=("Mick O'Donnell", "mick.odonnell@southerncrossfreight.example.com.au"),
    subject="Re: Remote analytics role",
    date="2026-03-30T07:20:00+10:00",
    in_reply_to="<CAPn7x2Scf-2@mail.example.net>",
    company="Southern Cross Freight Systems",
    text="""G'day Priya,

Thanks heaps for jumping on the call at such an ungodly hour your time, really appreciate it.

Bad news I'm afraid - we've decided to go with a local candidate in the end, the time zone overlap with the Melbourne ops team was just too tricky for this one. No reflection on you at all, your Rotterdam dwell-time stuff was ace.

All the best with it, and reach out if you're ever down under!

Cheers,
Mick

Mick O'Donnell
Analytics Lead | Southern Cross Freight Systems
M +61 400 000 000""")

add("rejection", "softgarden_after_telefon",
    frm=("NordHafen Terminal Recruiting", "nordhafen-terminal@softgarden.io"),
    reply_to=("Svenja Kröger", "svenja.kroeger@nordhafen-terminal.example.de"),
    subject="Absage: Data Analyst Terminalbetrieb (w/m/d)",
    date="2026-04-01T10:10:00+02:00", lang="de",
    company="NordHafen Terminal",
    text="""Hallo Frau Natarajan,

nochmals vielen Dank für das angenehme Telefoninterview in der vergangenen Woche.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende jedoch für eine Bewerberin entschieden, die bereits Erfahrung mit Terminal-Operating-Systemen mitbringt. Wir können Ihnen daher heute leider keine positive Nachricht geben.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Freundliche Grüße
Svenja Kröger
HR Business Partner

NordHafen Terminal GmbH & Co. KG | Hamburg""")

add("rejection", "french_ats_automatique",
    frm=("Groupe Lumière Distribution", "ne-pas-repondre@lumiere-distribution.example.fr"),
    subject="Suite donnée à votre candidature",
    date="2026-04-02T08:00:00+02:00", lang="fr",
    company="Groupe Lumière Distribution",
    html="""<table style="font-family:Verdana;font-size:12px;width:100%"><tr><td>
<p>Madame,</p>
<p>Nous avons bien étudié votre candidature au poste de <strong>Analyste Approvisionnement &amp; Data (H/F) - Paris 13e</strong> et vous remercions de l'intérêt que vous portez au Groupe Lumière Distribution.</p>
<p>Malgré les qualités de votre parcours, nous sommes au regret de ne pouvoir donner une suite favorable à votre démarche, d'autres candidatures correspondant plus précisément au profil recherché.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Groupe Lumière Distribution</p>
<p style="color:#999;font-size:10px">Merci de ne pas répondre à ce message envoyé automatiquement. <a href="https://carrieres.lumiere-distribution.example.fr/desinscription?c=77a1">Gérer mes données</a></p>
</td></tr></table>""", charset="iso-8859-1", cte="quoted-printable")

add("rejection", "hospitality_after_takehome",
    frm=("Nadia Osei", "nadia.osei@harbourside-hotels.example.com"),
    subject="Take-home task - thank you",
    date="2026-04-07T13:45:00+01:00",
    company="Harbourside Hotels",
    text="""Hi Priya,

Thanks so much for the procurement forecasting task - it was clear you put real thought into it, and the team liked your write-up on par levels.

Having reviewed all submissions, we won't be taking your application forward this time. The successful candidate had direct experience with hotel F&B procurement systems, which tipped it.

I'm sorry it's not better news. If helpful I'm happy to share the panel's notes.

Warm regards,
Nadia

Nadia Osei
Talent Partner, Central Services
Harbourside Hotels | Liverpool · Manchester · Leeds""")

add("rejection", "reply_chain_outlook_from_sent",
    frm=("Rebecca Lamb", "rebecca.lamb@northerncaresupplies.example.org"),
    subject="RE: Interview - Inventory Data Analyst",
    date="2026-04-09T16:30:00+01:00",
    in_reply_to="<AM0PR01MB0000.priya@mail.example.net>",
    company="Northern Care Supplies",
    text="""Hi Priya,

Sorry for the radio silence. The panel met yesterday and I'm sorry to say we've offered the post to another candidate, who accepted this morning.

Thank you for your interest in Northern Care Supplies and for the time you gave us.

Best wishes,
Rebecca

Rebecca Lamb
Recruitment Advisor
Northern Care Supplies (NHS Supply Partnership)
Tel: 0113 000 0000

From: Priya Natarajan <priya.natarajan@example.net>
Sent: 02 April 2026 09:03
To: Rebecca Lamb <rebecca.lamb@northerncaresupplies.example.org>
Subject: Interview - Inventory Data Analyst

Dear Rebecca,

Thank you for interviewing me on Tuesday. I wondered if there was any update on timings?

Kind regards,
Priya Natarajan

Northern Care Supplies is committed to equality, diversity and inclusion. This email and its attachments may contain confidential information. If you have received it in error please notify the sender and delete it.""")

add("rejection", "spanish_agency_cliente",
    frm=("Álvaro Muñoz | Talento Levante", "alvaro.munoz@talentolevante.example.es"),
    subject="Novedades candidatura Frío Levante",
    date="2026-04-14T11:11:00+02:00", lang="es",
    company="Frío Levante Logística",
    text="""Buenos días Priya,

Te escribo con el feedback de Frío Levante Logística después de la segunda entrevista. Lamentablemente han decidido no avanzar con tu candidatura; han optado por una persona que ya trabajaba en el puerto de Valencia y conocía sus sistemas.

Me dicen que les gustó mucho cómo planteaste el caso de Excel, así que no te desanimes. En cuanto tenga algo parecido te aviso.

Saludos,
Álvaro Muñoz
Consultor Senior - Supply Chain
Talento Levante | Valencia
+34 600 000 000""")

add("rejection", "german_short_formal_after_panel",
    frm=("Dr. Ulrike Haas", "u.haas@spessart-automotive.example.de"),
    subject="AW: Gespräch am 08.04.",
    date="2026-04-16T08:37:00+02:00", lang="de",
    in_reply_to="<CAPn7x2SPA-3@mail.example.net>",
    company="Spessart Automotive",
    text="""Sehr geehrte Frau Natarajan,

vielen Dank für das Gespräch. Wir haben uns entschieden, die Stelle mit einem internen Kandidaten zu besetzen, und werden das Verfahren daher mit Ihnen nicht fortsetzen.

Mit freundlichen Grüßen
Ulrike Haas

--
Dr. Ulrike Haas
Leiterin Logistikplanung
Spessart Automotive GmbH, Aschaffenburg

Am 09.04.2026 um 18:02 schrieb Priya Natarajan <priya.natarajan@example.net>:
> Sehr geehrte Frau Dr. Haas,
> herzlichen Dank für das Gespräch gestern. Ich freue mich auf Ihre Rückmeldung.
> Mit freundlichen Grüßen
> Priya Natarajan""")

add("rejection", "ashby_pretty_html",
    frm=("Freightbase Hiring Team", "no-reply@ashbyhq.com"),
    subject="Thanks from Freightbase",
    date="2026-04-21T21:05:00+00:00",
    company="Freightbase",
    html="""<!doctype html><html><body style="margin:0;background:#f5f5f7">
<table align="center" width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:-apple-system,Segoe UI,sans-serif">
<tr><td><img src="https://cdn.ashbyprd.com/freightbase/logo.png" alt="Freightbase" height="28"></td></tr>
<tr><td style="font-size:15px;line-height:1.5">
<p>Hey Priya,</p>
<p>Thanks for chatting with us about the <strong>Data Analyst, Pricing</strong> role.</p>
<p>We wanted to be upfront: we're not going to move ahead with your candidacy. We were looking for someone further along with Python-based modelling, and we don't think it's the right match at this time.</p>
<p>We really appreciated your time and hope our paths cross again.</p>
<p>— Freightbase Talent</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8a8a">Freightbase Ltd · 1 Example Street, Manchester · <a href="https://jobs.ashbyhq.com/freightbase">Careers</a></td></tr>
</table></body></html>""")

add("rejection", "french_apres_entretiens_finaux",
    frm=("Sébastien Morel", "smorel@port-lyon-edouard.example.fr"),
    subject="Re: Entretien final - chargée d'études data",
    date="2026-05-05T12:30:00+02:00", lang="fr",
    company="Port de Lyon Édouard Herriot",
    text="""Madame Natarajan,

Je reviens vers vous suite aux entretiens finaux du 28 avril. Le jury a finalement retenu une autre candidate pour le poste de chargée d'études data. Votre candidature n'a donc pas été retenue, ce qui n'enlève rien à la qualité de votre présentation.

Je reste à votre disposition pour un retour plus détaillé par téléphone.

Cordialement,

Sébastien Morel
Responsable RH
Port de Lyon Édouard Herriot
Tél. : 04 00 00 00 01

Le mer. 29 avr. 2026 à 09:12, Priya Natarajan <priya.natarajan@example.net> a écrit :
> Monsieur Morel,
> Je vous remercie pour l'entretien d'hier et pour la visite du terminal.
> Je reste à votre disposition pour toute information complémentaire.
> Bien cordialement,
> Priya Natarajan""",
    in_reply_to="<CAPn7x2PLE-fin@mail.example.net>")

add("rejection", "media_company_soft_no_decision_word",
    frm=("Ellie Brandt", "ellie.brandt@amberlinemedia.example.com"),
    subject="Re: your application",
    date="2026-05-12T10:02:00+01:00",
    in_reply_to="<CAPn7x2Amb-5@mail.example.net>",
    company="Amberline Media",
    text="""Hi Priya,

Thanks for following up, and apologies - I should have written sooner. We've closed the Audience & Distribution Analyst search and gone with a candidate from within the publishing side, so I'm afraid we won't be taking things further with you.

I genuinely enjoyed our conversation about newsprint logistics and hope something great comes along soon.

Best,
Ellie

Ellie Brandt | Head of Insight | Amberline Media
Sent from Outlook for iOS

On Mon, May 11, 2026 at 9:40 AM, Priya Natarajan <priya.natarajan@example.net> wrote:
> Hi Ellie, just checking in on the Audience & Distribution Analyst role - is there any news?
> Thanks, Priya""")

# ---------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------
add("interview_invitation", "calendly_phone_screen",
    frm=("Sam Okafor", "sam.okafor@cargoflow.example.com"),
    subject="Cargoflow - quick chat?",
    date="2026-02-09T11:20:00+00:00",
    company="Cargoflow",
    text="""Hi Priya,

Thanks for applying for the Ops Data Analyst role - your background on the carrier side is really relevant to what we're building.

Would you be free for a quick 20-min chat this week or next? Grab whatever slot suits here: https://calendly.com/sam-okafor-cargoflow/20min

Speak soon,
Sam
Talent Partner, Cargoflow""")

add("interview_invitation", "greenhouse_goodtime_next_stage",
    frm=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Sam Okafor", "sam.okafor@cargoflow.example.com"),
    subject="Next steps with Cargoflow: technical interview",
    date="2026-02-16T14:03:00+00:00",
    company="Cargoflow",
    html="""<p>Hi Priya,</p>
<p>We'd love to move you to the next stage! The next step is a 60-minute technical interview with two members of our Data team (SQL exercise plus a discussion of a past project).</p>
<p>Please use the link below to choose a time that works for you within the next 5 business days:</p>
<p><a href="https://app.goodtime.io/schedule/c9f1e2?utm_source=greenhouse" style="background:#1b6ef3;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Select your interview time</a></p>
<p>If none of the times work, just reply to this email and I'll sort something out.</p>
<p>Thanks,<br>Sam Okafor<br>Talent Partner | Cargoflow</p>""")

add("interview_invitation", "dutch_english_case_invite",
    frm=("Femke de Graaf", "f.degraaf@havenlijn.example.com"),
    subject="Invitation second interview + case",
    date="2026-02-19T09:44:00+01:00",
    company="Havenlijn Logistics",
    text="""Dear Priya,

Thank you for the pleasant first meeting on Monday. We would like to invite you for a second interview at our office in Rotterdam, in which you will present a small case about container dwell time (you will receive the data set 3 days before).

Would Thursday 26 February at 10:00 suit you? The interview will be with Maarten Visser (Manager Operations Analytics) and myself and takes about 1,5 hour.

Please let me know if this date fits your agenda.

With kind regards,

Femke de Graaf
Recruiter | Havenlijn Logistics B.V.
T +31 10 000 0000""")

add("interview_invitation", "agency_exclaim_phone",
    frm=("Jodie Marsh | Redline Recruitment", "jodie.marsh@redlinerecruitment.example.co.uk"),
    subject="GREAT NEWS!!",
    date="2026-02-25T17:02:00+00:00",
    company="Halewood Foods",
    text="""Hi Priya!!

Halewood Foods LOVED your CV and want to meet you!! :) First stage is a 45 min Teams with the Demand Planning Manager, Chris Abbott.

They've offered Wed 4th March at 2pm or Thurs 5th at 10am - let me know which works and I'll lock it in!! I'll send over some prep notes tomorrow too.

So pleased for you!!

Jodie x
Senior Consultant | Redline Recruitment | 07700 900000""")

add("interview_invitation", "german_formal_einladung_ics",
    frm=("Katrin Böhme", "k.boehme@elbkai-spedition.example.com"),
    subject="Einladung zum Vorstellungsgespräch - Datenanalyst (m/w/d) Seefracht",
    date="2026-02-27T10:30:00+01:00", lang="de",
    company="Elbkai Spedition",
    text="""Sehr geehrte Frau Natarajan,

vielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d) Seefracht. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 10. März 2026, 14:00 - 15:00 Uhr
Teilnehmende: Herr Lorenzen (Leitung Seefracht), Frau Böhme (Personal)

Die Einladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Katrin Böhme
Personalabteilung
Elbkai Spedition GmbH, Hamburg""",
    ics=ics_event("elbkai-2026-0310-natarajan", "20260310T130000Z", "20260310T140000Z",
                  "Vorstellungsgespräch Priya Natarajan - Datenanalyst Seefracht",
                  ("Katrin Böhme", "k.boehme@elbkai-spedition.example.com"), "Microsoft Teams"))

add("interview_invitation", "manager_terse_mobile",
    frm=("Graham Pryce", "graham.pryce@northgatefreight.example.co.uk"),
    subject="Thursday?",
    date="2026-03-02T07:58:00+00:00",
    company="Northgate Freight",
    text="""Priya - Harriet passed me your CV. Can you come in thurs 10.30 for an hour, Trafford Park? Ask for me at reception. Bring laptop if you've got any dashboards to show.

G

Sent from my iPhone""")

add("interview_invitation", "workday_self_schedule",
    frm=("Brightwater Retail Group", "brightwater@myworkday.com"),
    subject="Action Required: Schedule Your Interview",
    date="2026-03-04T12:00:00+00:00",
    company="Brightwater Retail Group", contact="",
    text="""Dear Priya,

Congratulations! You have been selected to interview for Replenishment Analyst (R-10611).

Please log in to your candidate home and select an interview slot from the available times. Interviews will be held via video and last approximately 45 minutes. The panel will include a competency-based section and an Excel exercise.

Schedule your interview: https://brightwater.wd3.myworkday.com/brightwater/d/task/2998$1.htmld

Slots are allocated on a first-come, first-served basis.

Kind regards,
Brightwater Retail Group Talent Acquisition
This mailbox is not monitored.""")

add("interview_invitation", "french_invitation_entretien",
    frm=("Claire Fontaine", "claire.fontaine@rhone-supply.example.fr"),
    subject="Rhône Supply Partners - proposition d'entretien",
    date="2026-03-02T15:15:00+01:00", lang="fr",
    company="Rhône Supply Partners",
    text="""Bonjour Priya,

Suite à l'examen de votre candidature pour le poste d'Analyste Data Supply Chain, j'ai le plaisir de vous proposer un premier entretien en visioconférence avec Julien Mercier, responsable de la cellule Pilotage des flux.

Seriez-vous disponible mardi 3 mars à 11h ou jeudi 5 mars à 16h ? L'échange durera environ 45 minutes.

Dans l'attente de votre retour,

Bien cordialement,
Claire Fontaine
Chargée de recrutement - Rhône Supply Partners""")

add("interview_invitation", "indian_english_do_revert",
    frm=("Ananya Kulkarni", "ananya.k@talentbridge-global.example.in"),
    subject="Interview schedule - Vantara Supply Chain - Round 1",
    date="2026-02-27T05:50:00+05:30",
    company="Vantara Supply Chain",
    text="""Dear Priya,

Greetings of the day!

Further to our telecon, we are pleased to inform you that your profile has been shortlisted by Vantara Supply Chain for the first round of technical discussion.

Kindly find the details below:
Date: 3rd March 2026
Time: 11:00 AM CET (3:30 PM IST)
Mode: Webex (link will be shared one day prior)
Panel: Mr. Rakesh Menon, Head - Logistics Analytics

Kindly do revert with your confirmation at the earliest along with your updated CV and current/expected CTC.

Thanks & Regards,
Ananya Kulkarni
TalentBridge Global Services""")

add("interview_invitation", "spanish_llamada_telefonica",
    frm=("Lucía Ortega", "lucia.ortega@ebrologistica.example.es"),
    subject="Tu candidatura - analista de operaciones",
    date="2026-03-05T10:12:00+01:00", lang="es",
    company="Plataforma Ebro Logística",
    text="""Hola Priya,

Soy Lucía, de Personas en Plataforma Ebro Logística. Hemos visto tu candidatura para el puesto de analista de operaciones y nos gustaría tener una primera llamada contigo, de unos 30 minutos, para conocerte y contarte el proyecto.

¿Te vendría bien el lunes 9 o el martes 10 por la mañana? Dime qué hora te encaja mejor y te llamo.

Un saludo,
Lucía Ortega
Responsable de Personas
Plataforma Ebro Logística - Zaragoza""")

add("interview_invitation", "recruitee_self_schedule_html",
    frm=("ShipTrace", "notifications@shiptrace.recruitee.com"),
    reply_to=("Lotte van Dijk", "lotte.vandijk@shiptrace.example.com"),
    subject="ShipTrace | Plan your interview",
    date="2026-03-06T13:37:00+01:00",
    company="ShipTrace",
    html="""<div style="font-family:Arial,sans-serif;max-width:600px">
<p>Hi Priya,</p>
<p>Thanks for applying to the <b>Data Analyst - Carrier Insights</b> position. We would like to get to know you better!</p>
<p>Please pick a moment for a 45 minute video interview with our Head of Data, Joost Smits, and me:</p>
<p><a href="https://app.recruitee.com/s/shiptrace/8Hk2pQ">Pick a time slot</a></p>
<p>Talk soon!<br>Lotte van Dijk<br>Talent Acquisition | ShipTrace</p>
<p style="font-size:11px;color:#999">Sent with Recruitee &middot; <a href="https://app.recruitee.com/unsubscribe/8Hk2pQ">Manage your data</a></p>
</div>""")

add("interview_invitation", "join_com_german_video",
    frm=("Lagerwerk via JOIN", "jobs-noreply@join.com"),
    reply_to=("Jana Petersen", "jana@lagerwerk.example.de"),
    subject="Lagerwerk möchte dich kennenlernen",
    date="2026-03-09T09:05:00+01:00", lang="de",
    company="Lagerwerk",
    text="""Hallo Priya,

gute Neuigkeiten: Lagerwerk möchte dich zu einem ersten Kennenlernen einladen!

Nachricht von Jana Petersen:
"Hi Priya, danke für deine Bewerbung als Operations Analyst! Hast du Lust auf ein 30-minütiges Video-Call mit mir und unserem Head of Ops? Danach bekommst du eine kleine SQL-Aufgabe. Schlag mir einfach zwei, drei Zeiten diese oder nächste Woche vor."

Antworte direkt auf diese E-Mail, um Jana zu schreiben.

Dein JOIN-Team
JOIN Solutions AG · Zürich""")

add("interview_invitation", "consultancy_assessment_centre",
    frm=("Kestrel Consulting Graduate & Associate Recruitment", "associates@kestrelconsulting.example.com"),
    subject="Kestrel Consulting - Assessment Centre invitation (Manchester, 18 March)",
    date="2026-03-07T16:22:00+00:00",
    company="Kestrel Consulting",
    text="""Dear Priya,

Congratulations on your performance in the online numerical test. We are delighted to invite you to our Assessment Centre for the Analytics Associate (Operations & Supply Chain) role.

Date: Wednesday 18 March 2026, 09:00 - 16:30
Venue: Kestrel Consulting, 1 Spinningfields Square, Manchester

The day comprises a group case exercise, a 1:1 case interview with a Manager and a short Excel-based analysis task. Lunch will be provided.

Please confirm your attendance by replying to this email by Friday 13 March, and let us know of any adjustments you may need.

Kind regards,
Associate Recruitment Team
Kestrel Consulting""")

add("interview_invitation", "italian_english_video",
    frm=("Giulia Ferraro", "g.ferraro@logisticaferraro.example.it"),
    subject="Logistica Ferraro - interview",
    date="2026-03-10T11:01:00+01:00",
    company="Logistica Ferraro",
    text="""Dear Mrs. Natarajan,

we have received your CV for the position of Data Analyst in our Verona hub and we are happy to invite you for a video interview with me and our Operations Director Mr. Paolo Rossi.

We propose Tuesday 17 March at 15.00 (Italian time), on Google Meet. If this is not possible for you please propose another day.

Waiting for your kind confirmation.

Best regards
Giulia Ferraro
HR Office - Logistica Ferraro S.p.A.""")

add("interview_invitation", "outlook_ics_panel_port",
    frm=("Pieter Claes", "pieter.claes@scheldt-terminals.example.be"),
    subject="Panel interview - Data Analyst Terminal Performance",
    date="2026-03-11T08:40:00+01:00",
    company="Scheldt Terminal Operators",
    text="""Dear Priya,

Following your conversation with our recruiter, we are pleased to invite you to a panel interview for the position of Data Analyst Terminal Performance.

When: Friday 20 March 2026, 13:30-15:00 CET
Where: Scheldt Terminal Operators, Kaai 000, Antwerp (visitor parking at gate 4)
Panel: Pieter Claes (Head of Performance), An Peeters (HR), Wouter Jacobs (IT)

Please accept the calendar invitation attached. Please bring an ID document for the port access.

Kind regards,
Pieter Claes
Head of Terminal Performance
Scheldt Terminal Operators NV""",
    ics=ics_event("STO-PANEL-7781@scheldt-terminals.example.be", "20260320T123000Z",
                  "20260320T140000Z", "Panel interview Priya Natarajan",
                  ("Pieter Claes", "pieter.claes@scheldt-terminals.example.be"),
                  "Kaai 000, Antwerp"))

add("interview_invitation", "smartrecruiters_video_html",
    frm=("Groupe Lumière Distribution", "noreply@smartrecruiters.com"),
    reply_to=("Inès Garnier", "ines.garnier@lumiere-distribution.example.fr"),
    subject="Invitation à un entretien - Analyste Flux Logistiques",
    date="2026-03-12T10:00:00+01:00", lang="fr",
    company="Groupe Lumière Distribution",
    html="""<table width="100%" style="font-family:Arial"><tr><td>
<p>Bonjour Priya,</p>
<p>Votre profil a retenu notre attention pour le poste d'<b>Analyste Flux Logistiques (H/F)</b>.</p>
<p>Nous souhaiterions échanger avec vous lors d'un entretien vidéo de 45 minutes avec Inès Garnier, Responsable Recrutement Supply Chain.</p>
<p>Merci de sélectionner le créneau qui vous convient : <a href="https://www.smartrecruiters.com/app/interview/schedule/b21e?lang=fr">Choisir un créneau</a></p>
<p>À très bientôt,<br>Inès Garnier<br>Groupe Lumière Distribution</p>
</td></tr></table>""")

add("interview_invitation", "next_round_reply_gmail",
    frm=("Tom Aske", "tom@palletly.example.io"),
    subject="Re: Ops Analyst",
    date="2026-02-23T21:14:00+00:00",
    in_reply_to="<CAPn7x2Rr9-ops@mail.example.net>",
    company="Palletly",
    text="""Hey Priya,

Great to chat earlier. Next round would be a paired session with our CTO, Leena - basically we give you a messy pallet-movements export and work through it together in SQL. About an hour. Are you around Friday afternoon? Anytime after 2.

Tom

On Mon, 23 Feb 2026 at 16:02, Priya Natarajan <priya.natarajan@example.net> wrote:
> Hi Tom,
> Thanks for the call today, really enjoyed hearing about the marketplace.
> Happy to do whatever the next step is.
> Best,
> Priya
>
> On Fri, 20 Feb 2026 at 10:11, Tom Aske <tom@palletly.example.io> wrote:
>> Hi Priya - saw your application for the Ops Analyst role. Free for a call Monday?
>> Tom""")

add("interview_invitation", "spanish_formal_presencial",
    frm=("Naviera Albufera - RRHH", "rrhh@navieraalbufera.example.es"),
    cc=("Álvaro Muñoz", "alvaro.munoz@talentolevante.example.es"),
    subject="Convocatoria entrevista - Analista de Datos Portuarios",
    date="2026-03-25T12:40:00+01:00", lang="es",
    company="Naviera Albufera",
    text="""Estimada Sra. Natarajan:

Nos complace convocarle a una segunda entrevista presencial para el puesto de Analista de Datos Portuarios, que tendrá lugar el próximo jueves 2 de abril a las 10:00 horas en nuestras oficinas del Muelle de Poniente (Valencia).

La entrevista incluirá una prueba práctica de Excel de aproximadamente 40 minutos. Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Departamento de Recursos Humanos
Naviera Albufera, S.A.""")

add("interview_invitation", "public_sector_formal",
    frm=("Metro Lancashire Transport Partnership Recruitment", "recruitment@mltp.example.gov.uk"),
    subject="Invitation to interview: Freight Data Officer (Ref MLTP-0426)",
    date="2026-04-02T14:00:00+01:00",
    company="Metro Lancashire Transport Partnership",
    text="""Dear Ms Natarajan

Freight Data Officer, Grade 6 - Ref MLTP-0426

I am pleased to inform you that you have been shortlisted for interview for the above post.

Interviews will take place on Tuesday 14 April 2026 at Wigan Life Centre. Your interview is scheduled for 11.15am and will last approximately 50 minutes. You will be asked to deliver a 10 minute presentation on the following topic: "How could better use of data reduce empty running of HGVs in the region?"

Please confirm your attendance by return, and let us know if you require any reasonable adjustments.

Yours sincerely

Recruitment Team
Metro Lancashire Transport Partnership""",
    charset="windows-1252", cte="quoted-printable")

add("interview_invitation", "teams_ics_only_body_short",
    frm=("Chris Abbott", "chris.abbott@halewoodfoods.example.co.uk"),
    subject="Halewood Foods - Demand Planning Analyst interview",
    date="2026-02-27T11:11:00+00:00",
    company="Halewood Foods",
    text="""Hi Priya, invite for Wednesday attached - looking forward to speaking. Chris

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc>
Meeting ID: 000 000 000 000  Passcode: aB3cD4
________________________________________________________________________________""",
    ics=ics_event("040000008200E00074C5B7101A82E0080000000090A1@halewoodfoods", "20260304T140000Z",
                  "20260304T144500Z", "Interview: Priya Natarajan / Demand Planning Analyst",
                  ("Chris Abbott", "chris.abbott@halewoodfoods.example.co.uk"),
                  "Microsoft Teams Meeting"))

add("interview_invitation", "german_agency_du_casual",
    frm=("Tobias Wendt | Nova Personal", "t.wendt@nova-personal.example.de"),
    subject="Frankfurt - Termin beim Kunden!",
    date="2026-04-01T13:20:00+02:00", lang="de",
    company="Rhein-Main Industriewerke",
    text="""Hi Priya,

super Nachrichten: Die Rhein-Main Industriewerke in Offenbach möchten dich kennenlernen! Gespräch mit Dr. Vogel (Leiter Materialwirtschaft) vor Ort, Mittwoch 8.4. um 10 Uhr - passt das? Dauert ca. 1 Std, danach kurze Werksführung.

Gib mir kurz Bescheid, dann bestätige ich dem Kunden. Vorbereitung machen wir gern Dienstag per Telefon.

Viele Grüße
Tobias

Tobias Wendt
Senior Consultant Logistics
Nova Personal GmbH | Frankfurt am Main | +49 69 000 000""")

add("interview_invitation", "healthcare_excel_assessment",
    frm=("Rebecca Lamb", "rebecca.lamb@northerncaresupplies.example.org"),
    subject="Inventory Data Analyst - interview and assessment",
    date="2026-03-20T10:05:00+00:00",
    company="Northern Care Supplies",
    text="""Dear Priya,

Thank you for your application for the post of Inventory Data Analyst (Band 5). I'm pleased to let you know you have been shortlisted.

Interviews will be held on Tuesday 31st March at our Wakefield distribution centre. You'll complete a 30 minute Excel assessment (pivot tables, lookups, basic forecasting) followed by a panel interview of around 45 minutes.

Could you let me know by Wednesday which of the following times you would prefer: 9.30, 11.00 or 14.00?

Kind regards,
Rebecca Lamb
Recruitment Advisor, Northern Care Supplies""")

add("interview_invitation", "french_casual_startup_call",
    frm=("Mehdi Benali", "mehdi@flottio.example.fr"),
    subject="Flottio x Priya",
    date="2026-03-04T09:12:00+01:00", lang="fr",
    company="Flottio",
    text="""Salut Priya,

Merci pour ta candidature ! Ton parcours chez un transitaire nous parle beaucoup.

Est-ce que tu serais dispo pour un premier call de 30 min cette semaine ? Tu peux bloquer un créneau directement ici : https://cal.com/mehdi-flottio/30min

À vite,
Mehdi - Head of Data, Flottio""")

add("interview_invitation", "teamtailor_final_round",
    frm=("Routewise", "notifications@teamtailor-mail.com"),
    reply_to=("Harpreet Gill", "harpreet@routewise.example.co.uk"),
    subject="Final interview at Routewise",
    date="2026-04-10T15:30:00+01:00",
    company="Routewise",
    html="""<div style="font-family:Helvetica"><p>Hi Priya!</p>
<p>Thanks so much for your time with the team on the take-home review. We'd like to invite you to the final round: a 90 minute session on site in Leeds with our VP Product and two engineers, Thursday 16 April at 13:00.</p>
<p>Please confirm by replying - and let me know if you need travel booked.</p>
<p>Best,<br>Harpreet Gill<br>People Ops, Routewise</p></div>""")

add("interview_invitation", "education_sector_short",
    frm=("Aire Valley College HR", "hr@airevalleycollege.example.ac.uk"),
    subject="Interview - MI & Data Analyst (Estates and Procurement)",
    date="2026-05-06T09:00:00+01:00",
    company="Aire Valley College",
    text="""Dear Priya

Thank you for applying for the MI & Data Analyst post. The panel would like to invite you to interview on Monday 18 May at 2pm, on campus (Keighley Road site, Room B214). Please bring photo ID and proof of right to work.

Please reply to confirm.

Regards
HR Services
Aire Valley College""")

# ---------------------------------------------------------------------------------------------
# Reschedules and cancellations by the employer
# ---------------------------------------------------------------------------------------------
add("interview_reschedule_or_cancel", "manager_needs_to_move",
    frm=("Graham Pryce", "graham.pryce@northgatefreight.example.co.uk"),
    subject="Re: Thursday?",
    date="2026-03-04T18:31:00+00:00",
    in_reply_to="<CAPn7x2Ngf-thu@mail.example.net>",
    company="Northgate Freight",
    text="""Priya sorry, got a customs audit landed on me thursday. Can we do friday same time instead? Apologies for the faff.

G

Sent from my iPhone

> On 2 Mar 2026, at 08:20, Priya Natarajan <priya.natarajan@example.net> wrote:
>
> Hi Graham, Thursday 10.30 is perfect, see you then. Priya""")

add("interview_reschedule_or_cancel", "ics_cancel_panel",
    frm=("Pieter Claes", "pieter.claes@scheldt-terminals.example.be"),
    subject="Canceled: Panel interview Priya Natarajan",
    date="2026-03-17T09:02:00+01:00",
    company="Scheldt Terminal Operators",
    text="""Dear Priya,

Unfortunately An Peeters is sick this week, so we have to cancel Friday's panel. Our HR colleague will contact you to plan a new moment next week. Sorry for the inconvenience.

Pieter""",
    ics=ics_event("STO-PANEL-7781@scheldt-terminals.example.be", "20260320T123000Z",
                  "20260320T140000Z", "Panel interview Priya Natarajan",
                  ("Pieter Claes", "pieter.claes@scheldt-terminals.example.be"),
                  "Kaai 000, Antwerp", method="CANCEL", sequence=1, status="CANCELLED"))

add("interview_reschedule_or_cancel", "german_verschiebung_formal",
    frm=("Katrin Böhme", "k.boehme@elbkai-spedition.example.com"),
    subject="Verschiebung Ihres Vorstellungsgesprächs am 10.03.",
    date="2026-03-06T15:48:00+01:00", lang="de",
    company="Elbkai Spedition",
    text="""Sehr geehrte Frau Natarajan,

leider müssen wir den vereinbarten Termin am Dienstag, 10. März, aus terminlichen Gründen auf unserer Seite verschieben. Wir bitten dies zu entschuldigen.

Als Ausweichtermine können wir Ihnen Donnerstag, 12. März, 9:00 Uhr oder Freitag, 13. März, 14:00 Uhr anbieten. Bitte teilen Sie uns mit, welcher Termin Ihnen besser passt.

Mit freundlichen Grüßen

Katrin Böhme
Personalabteilung
Elbkai Spedition GmbH""")

add("interview_reschedule_or_cancel", "agency_client_cancelled_stage",
    frm=("Jodie Marsh | Redline Recruitment", "jodie.marsh@redlinerecruitment.example.co.uk"),
    subject="change of plan for tomorrow",
    date="2026-03-03T16:05:00+00:00",
    company="Halewood Foods",
    text="""Hi Priya,

Chris at Halewood has had to pull tomorrow's 2pm as he's been called to their Preston site :( He's asked if you could do Friday at 11 instead - same Teams link, he'll resend the invite.

Really sorry for the late notice! Can you let me know asap?

Jodie x""")

add("interview_reschedule_or_cancel", "goodtime_rescheduled_notice",
    frm=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Sam Okafor", "sam.okafor@cargoflow.example.com"),
    subject="Updated: your interview with Cargoflow has been rescheduled",
    date="2026-02-20T10:40:00+00:00",
    company="Cargoflow",
    text="""Hi Priya,

One of your interviewers is no longer available at the originally scheduled time, so we've moved your technical interview.

Previous time: Tuesday, February 24, 2026, 3:00 PM - 4:00 PM GMT
New time:      Wednesday, February 25, 2026, 11:00 AM - 12:00 PM GMT

The video link stays the same. If the new time doesn't work, reply to this email and Sam will help.

Cargoflow Recruiting""",
    ics=ics_event("gt-c9f1e2-natarajan@goodtime.io", "20260225T110000Z", "20260225T120000Z",
                  "Cargoflow technical interview - Priya Natarajan",
                  ("Sam Okafor", "sam.okafor@cargoflow.example.com"), "Google Meet",
                  sequence=2))

add("interview_reschedule_or_cancel", "french_report_entretien",
    frm=("Inès Garnier", "ines.garnier@lumiere-distribution.example.fr"),
    subject="Report de notre entretien de jeudi",
    date="2026-03-17T08:20:00+01:00", lang="fr",
    company="Groupe Lumière Distribution",
    text="""Bonjour Priya,

Je suis désolée mais je dois reporter notre entretien prévu ce jeudi à 10h, suite à une réunion de direction ajoutée à la dernière minute.

Pourriez-vous me proposer deux ou trois créneaux la semaine prochaine ? Je m'adapterai.

Toutes mes excuses pour ce contretemps.

Inès Garnier
Responsable Recrutement Supply Chain
Groupe Lumière Distribution""")

add("interview_reschedule_or_cancel", "spanish_cambio_hora",
    frm=("Lucía Ortega", "lucia.ortega@ebrologistica.example.es"),
    subject="Cambio de hora mañana",
    date="2026-03-16T17:55:00+01:00", lang="es",
    company="Plataforma Ebro Logística",
    text="""Hola Priya,

Perdona el lío: mañana a las 10 se nos ha complicado porque viene una auditoría al almacén. ¿Podríamos pasar la entrevista con el director de operaciones a las 12:30? Si no te va bien, buscamos otro día esta semana.

Gracias y perdona otra vez,
Lucía""")

add("interview_reschedule_or_cancel", "role_paused_interview_cancelled",
    frm=("Harpreet Gill", "harpreet@routewise.example.co.uk"),
    subject="Thursday's final round",
    date="2026-04-14T12:01:00+01:00",
    company="Routewise",
    text="""Hi Priya,

I'm really sorry to do this at short notice: we need to cancel Thursday's final interview. Our VP Product is out unexpectedly for the rest of the week.

We'd still very much like to see you - I'll come back to you by Monday with new dates for the week of the 20th.

Apologies again,
Harpreet
People Ops, Routewise""")

add("interview_reschedule_or_cancel", "indian_english_postponed",
    frm=("Ananya Kulkarni", "ananya.k@talentbridge-global.example.in"),
    subject="RE: Interview schedule - Vantara Supply Chain - Round 1",
    date="2026-03-02T07:10:00+05:30",
    in_reply_to="<CAPn7x2Vtr-r1@mail.example.net>",
    company="Vantara Supply Chain",
    text="""Dear Priya,

Please note that due to unavoidable circumstances at client end, tomorrow's discussion with Mr. Rakesh Menon stands postponed. The revised schedule is Thursday 5th March 2026, 11:00 AM CET, same Webex link.

Kindly acknowledge the revised slot.

Apologies for the inconvenience caused.

Thanks & Regards,
Ananya Kulkarni
TalentBridge Global Services

From: Priya Natarajan <priya.natarajan@example.net>
Sent: Friday, February 27, 2026 2:15 PM
To: Ananya Kulkarni <ananya.k@talentbridge-global.example.in>
Subject: Re: Interview schedule - Vantara Supply Chain - Round 1

Dear Ananya, I confirm 3rd March at 11:00 CET. Updated CV attached. Regards, Priya""")

add("interview_reschedule_or_cancel", "dutch_english_move_earlier",
    frm=("Femke de Graaf", "f.degraaf@havenlijn.example.com"),
    subject="RE: Invitation second interview + case",
    date="2026-02-23T12:12:00+01:00",
    company="Havenlijn Logistics",
    text="""Hi Priya,

Small change: Maarten has to be in Antwerp on Thursday, so we would like to move your second interview to Wednesday 25 February, same time 10:00. Is this possible for you? The case data you will still receive on Monday.

Sorry for the shuffle!

Kind regards,
Femke""")

add("interview_reschedule_or_cancel", "public_sector_venue_date_change",
    frm=("Metro Lancashire Transport Partnership Recruitment", "recruitment@mltp.example.gov.uk"),
    subject="IMPORTANT: change to interview arrangements - Ref MLTP-0426",
    date="2026-04-09T16:45:00+01:00",
    company="Metro Lancashire Transport Partnership",
    text="""Dear Ms Natarajan

Due to planned industrial action affecting rail services on 14 April, interviews for the Freight Data Officer post have been rescheduled. Your interview will now take place on Thursday 16 April 2026 at 11.15am, and will be held via Microsoft Teams rather than in person.

A Teams link will be sent separately. The presentation topic is unchanged.

Please confirm you are able to attend at the new date.

Yours sincerely
Recruitment Team
Metro Lancashire Transport Partnership""")

add("interview_reschedule_or_cancel", "german_casual_absage_termin",
    frm=("Jana Petersen", "jana@lagerwerk.example.de"),
    subject="Morgen klappt leider nicht",
    date="2026-03-12T20:14:00+01:00", lang="de",
    company="Lagerwerk",
    text="""Hi Priya,

sorry für die kurzfristige Info - unser Head of Ops ist krank, deshalb müssen wir den Call morgen um 11 leider absagen. Können wir auf nächsten Dienstag oder Mittwoch ausweichen? Schick mir einfach, was dir passt.

LG Jana

Von meinem iPhone gesendet""")

add("interview_reschedule_or_cancel", "italian_english_anticipate",
    frm=("Giulia Ferraro", "g.ferraro@logisticaferraro.example.it"),
    subject="R: Logistica Ferraro - interview",
    date="2026-03-13T17:00:00+01:00",
    company="Logistica Ferraro",
    text="""Dear Mrs. Natarajan,

I must inform you that Mr. Rossi will be at a customer on Tuesday 17, so we need to change the date of the interview. Is it possible for you Thursday 19 March at the same hour (15.00)? The link of Google Meet will be the same.

Sorry for the change and thank you for the comprehension.

Best regards
Giulia Ferraro""")

add("interview_reschedule_or_cancel", "workday_interview_cancelled_system",
    frm=("Brightwater Retail Group", "brightwater@myworkday.com"),
    subject="Interview Cancelled: Replenishment Analyst (R-10611)",
    date="2026-03-09T08:00:00+00:00",
    company="Brightwater Retail Group", contact="",
    text="""Dear Priya,

Your interview scheduled for 10/03/2026 10:00 AM GMT for Replenishment Analyst (R-10611) has been cancelled by the hiring team.

Please sign in to your candidate home to select a new interview time from the available slots.

Brightwater Retail Group Talent Acquisition
This mailbox is not monitored.""")

add("interview_reschedule_or_cancel", "spanish_formal_aplazamiento",
    frm=("Naviera Albufera - RRHH", "rrhh@navieraalbufera.example.es"),
    subject="Aplazamiento entrevista 2 de abril",
    date="2026-03-31T09:30:00+02:00", lang="es",
    company="Naviera Albufera",
    text="""Estimada Sra. Natarajan:

Lamentamos comunicarle que, por motivos organizativos, nos vemos obligados a aplazar la entrevista prevista para el jueves 2 de abril. Le proponemos como nueva fecha el martes 7 de abril a las 10:00 horas, en el mismo lugar.

Le rogamos nos confirme su disponibilidad. Disculpe las molestias.

Atentamente,
Departamento de Recursos Humanos
Naviera Albufera, S.A.""")

# ---------------------------------------------------------------------------------------------
# "We missed you" notices
# ---------------------------------------------------------------------------------------------
add("missed_interview_notice", "tried_calling_scheduled_time",
    frm=("Sam Okafor", "sam.okafor@cargoflow.example.com"),
    subject="Missed you today",
    date="2026-02-12T15:48:00+00:00",
    company="Cargoflow",
    text="""Hi Priya,

I tried calling you at the scheduled time (3pm) for our chat but couldn't get through - it went straight to voicemail. Hope everything's OK!

If you're still interested, feel free to grab another slot on my Calendly and we'll try again.

Sam""")

add("missed_interview_notice", "teams_did_not_join",
    frm=("Chris Abbott", "chris.abbott@halewoodfoods.example.co.uk"),
    cc=("Jodie Marsh", "jodie.marsh@redlinerecruitment.example.co.uk"),
    subject="RE: Halewood Foods - Demand Planning Analyst interview",
    date="2026-03-06T11:19:00+00:00",
    company="Halewood Foods",
    text="""Hi Priya,

I was on the Teams call at 11 but you did not join the Teams meeting - I waited about 15 minutes. Not sure if there was a problem with the link?

Jodie, can you let me know if Priya still wants to go ahead.

Thanks
Chris

Chris Abbott | Demand Planning Manager | Halewood Foods Ltd""")

add("missed_interview_notice", "german_nicht_erschienen",
    frm=("Katrin Böhme", "k.boehme@elbkai-spedition.example.com"),
    subject="Unser Termin heute um 9:00 Uhr",
    date="2026-03-12T09:35:00+01:00", lang="de",
    company="Elbkai Spedition",
    text="""Sehr geehrte Frau Natarajan,

wir hatten uns heute um 9:00 Uhr zum Vorstellungsgespräch verabredet, leider haben wir Sie in der Teams-Besprechung nicht angetroffen und auch telefonisch nicht erreicht.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Position haben. Gern können wir dann einen neuen Termin abstimmen.

Mit freundlichen Grüßen
Katrin Böhme
Personalabteilung - Elbkai Spedition GmbH""")

add("missed_interview_notice", "agency_where_are_you",
    frm=("Jodie Marsh | Redline Recruitment", "jodie.marsh@redlinerecruitment.example.co.uk"),
    subject="are you ok??",
    date="2026-03-06T11:24:00+00:00",
    company="Halewood Foods",
    text="""Priya, Chris from Halewood just rang me - says you didn't show for the 11am Teams?? Have tried your mobile twice. Hope all's ok. Call me as soon as you see this and I'll see if I can smooth it over with them!!

Jodie""")

add("missed_interview_notice", "french_absence_visio",
    frm=("Julien Mercier", "julien.mercier@rhone-supply.example.fr"),
    subject="Entretien de ce matin",
    date="2026-03-05T16:20:00+01:00", lang="fr",
    company="Rhône Supply Partners",
    text="""Bonjour Priya,

Je vous ai attendue ce matin à 11h sur le lien Teams pour notre entretien, mais vous ne vous êtes pas connectée. J'espère que tout va bien de votre côté.

Si vous êtes toujours intéressée par le poste, merci de revenir vers Claire Fontaine pour fixer un nouveau créneau.

Cordialement,
Julien Mercier
Responsable Pilotage des flux - Rhône Supply Partners""")

add("missed_interview_notice", "spanish_no_pudimos_contactar",
    frm=("Lucía Ortega", "lucia.ortega@ebrologistica.example.es"),
    subject="Llamada de hoy",
    date="2026-03-10T11:05:00+01:00", lang="es",
    company="Plataforma Ebro Logística",
    text="""Hola Priya,

Te he llamado a las 10:30 como quedamos pero no he podido contactar contigo, me salta el buzón de voz. ¿Está todo bien?

Si sigues interesada, dime otro momento que te venga bien y lo intentamos de nuevo.

Un saludo,
Lucía""")

add("missed_interview_notice", "ats_no_show_marked",
    frm=("Kestrel Consulting", "no-reply@hire.lever.co"),
    reply_to=("Associate Recruitment", "associates@kestrelconsulting.example.com"),
    subject="We missed you at your Kestrel Consulting interview",
    date="2026-03-18T17:10:00+00:00",
    company="Kestrel Consulting",
    text="""Hi Priya,

We were expecting you at the Assessment Centre today (Wednesday 18 March, 09:00) but you were not able to attend, and we haven't heard from you.

If something came up, please let us know by replying to this message within 5 working days. We may be able to offer a place at a later Assessment Centre.

Kind regards,
Kestrel Consulting Recruitment Team""")

add("missed_interview_notice", "dutch_english_waited",
    frm=("Maarten Visser", "m.visser@havenlijn.example.com"),
    subject="Today 10:00",
    date="2026-02-25T10:41:00+01:00",
    company="Havenlijn Logistics",
    text="""Dear Priya,

Femke and I were waiting for you at the reception at 10:00 for the case presentation, but you did not come. We also could not reach you by phone.

Please let us know what happened. Maybe there was a misunderstanding about the new date?

Regards,
Maarten Visser
Manager Operations Analytics | Havenlijn Logistics B.V.""")

add("missed_interview_notice", "indian_english_candidate_absent",
    frm=("Ananya Kulkarni", "ananya.k@talentbridge-global.example.in"),
    subject="Your absence in today's interview - Vantara",
    date="2026-03-05T16:02:00+05:30",
    company="Vantara Supply Chain",
    text="""Dear Priya,

The panel from Vantara Supply Chain informed that you did not join the Webex discussion scheduled today at 11:00 AM CET. They waited for 10 minutes.

Kindly share the reason for the same so that we can request the client to reschedule, if possible. Kindly revert at the earliest.

Thanks & Regards,
Ananya Kulkarni
TalentBridge Global Services""")

add("missed_interview_notice", "public_sector_failed_attend",
    frm=("Metro Lancashire Transport Partnership Recruitment", "recruitment@mltp.example.gov.uk"),
    subject="Freight Data Officer interview - Ref MLTP-0426",
    date="2026-04-16T13:10:00+01:00",
    company="Metro Lancashire Transport Partnership",
    text="""Dear Ms Natarajan

You were scheduled to be interviewed via Microsoft Teams at 11.15am today for the above post. Unfortunately you did not attend and we have not received any notification from you.

If there were exceptional circumstances that prevented you from attending, please contact us by 5pm on Friday 17 April. Otherwise we will assume that you no longer wish to be considered.

Yours sincerely
Recruitment Team
Metro Lancashire Transport Partnership""")

# ---------------------------------------------------------------------------------------------
# Application acknowledgements
# ---------------------------------------------------------------------------------------------
add("application_received", "greenhouse_thanks_for_applying",
    frm=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Cargoflow",
    date="2026-02-05T22:14:00+00:00",
    company="Cargoflow",
    text="""Hi Priya,

Thanks for applying to Cargoflow! Your application for the Ops Data Analyst position has been received and our team will review it shortly.

If your experience looks like a match, someone will be in touch to talk about next steps.

Best,
Cargoflow Talent Team""")

add("application_received", "workday_volume_cannot_respond",
    frm=("Brightwater Retail Group", "brightwater@myworkday.com"),
    subject="Brightwater Retail Group: Application Received",
    date="2026-02-06T09:21:55+00:00",
    company="Brightwater Retail Group", contact="",
    text="""Dear Priya Natarajan,

Thank you for applying for Supply Chain Data Analyst (R-10482). We have received your application and it is now being reviewed.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.

You can track the status of your application at any time in your candidate home.

Kind regards,
Brightwater Retail Group Talent Acquisition
This mailbox is not monitored.""")

add("application_received", "german_eingangsbestaetigung",
    frm=("Elbkai Spedition GmbH", "bewerbung@elbkai-spedition.example.com"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-10T14:03:00+01:00", lang="de",
    company="Elbkai Spedition", contact="bewerbung@elbkai-spedition.example.com",
    charset="iso-8859-1",
    text="""Sehr geehrte Frau Natarajan,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Datenanalyst (m/w/d) Seefracht. Vielen Dank für Ihr Interesse an der Elbkai Spedition.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen melden. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Ihre Personalabteilung
Elbkai Spedition GmbH""")

add("application_received", "successfactors_no_individual_feedback",
    frm=("Mainfracht Logistik Recruiting", "noreply@successfactors.eu"),
    subject="Bestätigung: Ihre Bewerbung ist bei uns eingegangen (Job-ID 48213)",
    date="2026-02-14T10:02:00+01:00", lang="de",
    company="Mainfracht Logistik",
    html="""<table width="600" style="font-family:Arial;font-size:13px"><tr><td>
<img alt="Mainfracht Logistik AG" src="https://rmkcdn.successfactors.eu/mainfracht/logo.png" height="32">
<p>Hallo Priya Natarajan,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Junior Analyst Supply Chain Analytics</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Im nächsten Schritt erhalten Sie ggf. eine Einladung zu unserem Online-Assessment (Excel/SQL, ca. 40 Minuten). Bitte haben Sie Verständnis dafür, dass wir Ihnen zum jetzigen Zeitpunkt leider kein individuelles Feedback geben können.</p>
<p>Ihr Recruiting-Team<br>Mainfracht Logistik AG</p>
<p style="font-size:10px;color:#777">Dies ist eine automatisch generierte E-Mail.</p>
</td></tr></table>""", cte="base64")

add("application_received", "recruitee_confirmation",
    frm=("ShipTrace", "notifications@shiptrace.recruitee.com"),
    subject="ShipTrace | We received your application",
    date="2026-02-28T18:44:00+01:00",
    company="ShipTrace",
    text="""Hi Priya,

Thanks for applying for Data Analyst - Carrier Insights at ShipTrace! We've received your application and will get back to you within two weeks.

In the meantime, check out our engineering blog to get to know the team better: https://shiptrace.example.com/blog

Cheers,
The ShipTrace team

This is an automated message, please do not reply.""")

add("application_received", "french_accuse_reception",
    frm=("Groupe Lumière Distribution", "ne-pas-repondre@lumiere-distribution.example.fr"),
    subject="Accusé de réception de votre candidature",
    date="2026-02-17T11:30:00+01:00", lang="fr",
    company="Groupe Lumière Distribution",
    text="""Madame,

Nous accusons bonne réception de votre candidature au poste d'Analyste Approvisionnement & Data (H/F) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec attention par nos équipes. En raison du grand nombre de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines
Groupe Lumière Distribution""", charset="iso-8859-1", cte="quoted-printable")

add("application_received", "spanish_hemos_recibido",
    frm=("Transportes Turia - Selección", "seleccion@transportesturia.example.es"),
    subject="Hemos recibido tu candidatura",
    date="2026-02-19T08:15:00+01:00", lang="es",
    company="Transportes Turia", contact="seleccion@transportesturia.example.es",
    text="""Hola Priya:

Gracias por tu interés en Transportes Turia. Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Analista de Datos Logísticos (Valencia).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Selección
Transportes Turia""")

add("application_received", "lever_application_received_plain",
    frm=("Kestrel Consulting", "no-reply@hire.lever.co"),
    subject="Thank you for your application to Kestrel Consulting",
    date="2026-02-21T13:13:00+00:00",
    company="Kestrel Consulting",
    text="""Priya,

Thank you for your interest in Kestrel Consulting. We have received your application for Associate, Supply Chain Analytics and our recruitment team will review it.

As part of our process, shortlisted candidates will be invited to complete an online numerical reasoning test.

Unfortunately we are unable to provide individual feedback at this stage of the process.

Kestrel Consulting Recruitment""")

add("application_received", "join_com_german_du",
    frm=("JOIN", "jobs-noreply@join.com"),
    subject="Deine Bewerbung bei Lagerwerk ist angekommen",
    date="2026-03-01T20:03:00+01:00", lang="de",
    company="Lagerwerk",
    html="""<div style="font-family:Arial;max-width:560px">
<h2 style="font-size:18px">Bewerbung erfolgreich versendet &#10003;</h2>
<p>Hallo Priya,</p>
<p>deine Bewerbung als <b>Operations Analyst (m/w/d)</b> bei <b>Lagerwerk GmbH</b> ist eingegangen. Das Team meldet sich bei dir, sobald es deine Unterlagen angesehen hat.</p>
<p><a href="https://join.com/candidate/applications?utm_campaign=apply_confirm">Status ansehen</a></p>
<p style="color:#888;font-size:11px">JOIN Solutions AG &middot; Hardturmstrasse 000, Zürich &middot; <a href="https://join.com/unsubscribe">Abmelden</a></p>
</div>""")

add("application_received", "softgarden_eingang",
    frm=("NordHafen Terminal Recruiting", "nordhafen-terminal@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung bei der NordHafen Terminal",
    date="2026-03-08T12:12:00+01:00", lang="de",
    company="NordHafen Terminal", contact="",
    text="""Hallo Frau Natarajan,

vielen Dank für Ihre Bewerbung als Data Analyst Terminalbetrieb (w/m/d). Wir haben Ihre Unterlagen erhalten und melden uns zeitnah bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Recruiting-Team
NordHafen Terminal GmbH & Co. KG

Powered by softgarden""")

add("application_received", "small_company_personal_ack",
    frm=("Emma Lindqvist", "emma@coldchainlabs.example.com"),
    subject="Re: Data analyst application",
    date="2026-03-09T10:50:00+00:00",
    in_reply_to="<CAPn7x2CCL-app@mail.example.net>",
    company="ColdChain Labs",
    text="""Hi Priya,

Thanks for your note and CV - got it! We're collecting applications until the 20th and I'll be in touch the week after either way.

Emma

Emma Lindqvist
Operations Director, ColdChain Labs
Leeds Dock

On Sun, 8 Mar 2026 at 19:22, Priya Natarajan <priya.natarajan@example.net> wrote:
> Dear Emma,
> I saw your post about a data analyst for the temperature-controlled network and have
> attached my CV. I have four years in freight forwarding operations ...
> Kind regards,
> Priya""")

add("application_received", "taleo_ack_html_odd_format",
    frm=("Castleford Manufacturing Careers", "careers-donotreply@castlefordmfg.taleo.net"),
    subject="Thank you for applying - Req 26-0117",
    date="2026-02-11T04:05:00+00:00",
    company="Castleford Manufacturing",
    html="""<HTML><BODY><FONT face="Arial" size="2">Dear Priya,<BR><BR>Thank you for your interest in employment with Castleford Manufacturing.<BR><BR>This message confirms that we have received your application for: <B>Inventory &amp; Demand Planning Analyst</B> (Requisition 26-0117)<BR><BR>Your application will be reviewed by our Talent Acquisition team. Due to the volume of applications we cannot respond to every applicant individually; only shortlisted candidates will be contacted.<BR><BR>Regards,<BR>Talent Acquisition<BR>Castleford Manufacturing Ltd<BR><BR><FONT size="1">*** This is an automatically generated message. Please do not respond to this e-mail. ***</FONT></FONT></BODY></HTML>""",
    charset="windows-1252")

add("application_received", "nhs_style_trac_ack",
    frm=("Northern Care Supplies Recruitment", "noreply@jobs.northerncaresupplies.example.org"),
    subject="Application received: Inventory Data Analyst (Band 5) - 312-NCS-0091",
    date="2026-03-02T19:19:00+00:00",
    company="Northern Care Supplies",
    text="""Dear Priya Natarajan

Thank you for submitting your application for Inventory Data Analyst (Band 5), reference 312-NCS-0091.

The closing date for this vacancy is 15/03/2026. Shortlisting will take place after the closing date and you will be notified of the outcome by email.

Please check your junk folder regularly as emails are sometimes filtered.

Northern Care Supplies Recruitment Team
Please do not reply to this email address as this mailbox is not monitored.""")

add("application_received", "italian_english_received",
    frm=("Logistica Ferraro HR", "hr@logisticaferraro.example.it"),
    subject="Application received - Data Analyst Verona",
    date="2026-03-03T09:09:00+01:00",
    company="Logistica Ferraro",
    text="""Dear Candidate,

we confirm the receipt of your application for the position Data Analyst (Verona hub). We will evaluate your profile and contact you in case of positive feedback.

Best regards
HR Office
Logistica Ferraro S.p.A.""")

add("application_received", "french_startup_welcome_jungle",
    frm=("Flottio via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
    subject="Votre candidature chez Flottio a bien été envoyée",
    date="2026-03-01T15:40:00+01:00", lang="fr",
    company="Flottio",
    html="""<div style="font-family:Arial;max-width:600px;background:#fff">
<img src="https://cdn.welcometothejungle.com/wttj-front/logo.png" alt="Welcome to the Jungle" height="24">
<p>Bonjour Priya,</p>
<p>Votre candidature pour le poste <b>Data Analyst Ops (CDI) - Paris</b> chez <b>Flottio</b> a bien été transmise à l'équipe de recrutement.</p>
<p>Vous pouvez suivre son avancement depuis votre espace candidat.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_medium=email">Suivre ma candidature</a></p>
<p style="color:#999;font-size:11px">Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle.</p>
</div>""")

add("application_received", "spanish_formal_acuse_no_respuesta",
    frm=("Plataforma Ebro Logística", "empleo@ebrologistica.example.es"),
    subject="Confirmación de candidatura - Ref. PEL-26-014",
    date="2026-03-02T10:00:00+01:00", lang="es",
    company="Plataforma Ebro Logística", contact="empleo@ebrologistica.example.es",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada candidata:

Le confirmamos la recepción de su candidatura para la posición de Analista de Operaciones (Ref. PEL-26-014).

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada candidato. Si su perfil resulta seleccionado, nos pondremos en contacto con usted en un plazo aproximado de tres semanas.

Atentamente,
Departamento de Personas
Plataforma Ebro Logística""")

add("application_received", "scheldt_ack_dutch_english",
    frm=("Scheldt Terminal Operators Jobs", "jobs@scheldt-terminals.example.be"),
    subject="We have received your application",
    date="2026-02-26T16:16:00+01:00",
    company="Scheldt Terminal Operators", contact="jobs@scheldt-terminals.example.be",
    text="""Dear Priya,

Thank you for your application for the vacancy Data Analyst Terminal Performance. We have well received your CV and motivation letter.

Our recruiter An Peeters will screen your application in the coming days. You will receive an answer from us at the latest in two weeks.

Kind regards,
HR Team Scheldt Terminal Operators NV
Antwerp""")

add("application_received", "ashby_received_short",
    frm=("Routewise", "notifications@teamtailor-mail.com"),
    subject="Thanks for applying to Routewise!",
    date="2026-03-22T12:00:00+00:00",
    company="Routewise",
    text="""Hey Priya,

We got your application for Analytics Engineer (Freight Marketplace). A real human on our team will read it - promise. We aim to reply to everyone within 10 working days.

- Routewise Talent""")

add("application_received", "public_sector_ack_guaranteed_interview",
    frm=("Metro Lancashire Transport Partnership Recruitment", "recruitment@mltp.example.gov.uk"),
    subject="Application acknowledgement - Freight Data Officer (Ref MLTP-0426)",
    date="2026-03-15T23:59:00+00:00",
    company="Metro Lancashire Transport Partnership",
    text="""Dear Ms Natarajan

Thank you for your application for the post of Freight Data Officer (Ref MLTP-0426), which was received on 15/03/2026.

Shortlisting will take place w/c 23 March. We regret that we are unable to provide individual feedback to candidates who are not shortlisted.

Recruitment Team
Metro Lancashire Transport Partnership""")

add("application_received", "hospitality_ack_html",
    frm=("Harbourside Hotels Careers", "careers@harbourside-hotels.example.com"),
    subject="We've got your application",
    date="2026-03-20T07:45:00+00:00",
    company="Harbourside Hotels", contact="careers@harbourside-hotels.example.com",
    html="""<table style="width:100%;font-family:Georgia"><tr><td style="background:#0d2b45;color:#fff;padding:20px"><img alt="Harbourside Hotels" src="https://harbourside-hotels.example.com/img/logo-white.png"></td></tr>
<tr><td style="padding:20px">
<p>Dear Priya,</p>
<p>Thank you for applying for <b>Procurement Data Analyst, Central Services</b>. Our Talent team has received your application and will be in touch within 10 working days.</p>
<p>Warmest wishes,<br>The Harbourside Hotels Talent Team</p>
</td></tr></table>""")

# ---------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------
add("offer", "verbal_offer_followup",
    frm=("Harpreet Gill", "harpreet@routewise.example.co.uk"),
    subject="Following our call",
    date="2026-04-27T17:40:00+01:00",
    company="Routewise",
    text="""Hi Priya,

Great to speak just now - as promised, here's a summary of what we discussed on the phone.

We'd love you to join Routewise as Analytics Engineer (Freight Marketplace):
- Base salary £46,000 + 0.05% options
- Hybrid, 2 days a week in the Leeds office
- Start date: flexible, ideally 1 June

The formal offer letter will follow from our HR system in the next day or two. Shout if you have any questions in the meantime - genuinely thrilled.

Harpreet
People Ops, Routewise""")

add("offer", "offer_letter_attached_uk",
    frm=("Harriet Coles", "harriet.coles@northgatefreight.example.co.uk"),
    subject="Offer of employment - Transport Planning Data Analyst",
    date="2026-05-08T11:00:00+01:00",
    company="Northgate Freight",
    text="""Dear Priya,

Further to your interview with Graham last week for the Transport Planning vacancy, I am delighted to offer you the position of Transport Planning Data Analyst at Northgate Freight, reporting to Graham Pryce.

Please find attached your offer letter and statement of terms. The offer is subject to satisfactory references and right-to-work checks.

If you are happy to accept, please sign and return the letter by Friday 15 May.

Kind regards,
Harriet Coles | People Partner
Northgate Freight Ltd | Trafford Park, Manchester""",
    attach=("Northgate_Offer_Letter_PNatarajan.pdf",))

add("offer", "german_vertragsangebot",
    frm=("Tobias Wendt | Nova Personal", "t.wendt@nova-personal.example.de"),
    subject="Zusage!!! Rhein-Main",
    date="2026-04-22T09:15:00+02:00", lang="de",
    company="Rhein-Main Industriewerke",
    text="""Hi Priya,

ich hab tolle Nachrichten: Die Rhein-Main Industriewerke möchten dir ein Angebot machen! Dr. Vogel war von deiner Präsentation begeistert.

Eckdaten: Analystin Materialwirtschaft, unbefristet, 58.000 EUR brutto p.a., Start 1. Juni, 2 Tage Homeoffice. Der Vertragsentwurf kommt heute Nachmittag direkt von der Personalabteilung.

Ruf mich an, dann gehen wir alles durch!

Viele Grüße
Tobias

Tobias Wendt | Nova Personal GmbH | +49 69 000 000""")

add("offer", "french_promesse_embauche",
    frm=("Inès Garnier", "ines.garnier@lumiere-distribution.example.fr"),
    subject="Proposition d'embauche - Analyste Flux Logistiques",
    date="2026-04-29T14:20:00+02:00", lang="fr",
    company="Groupe Lumière Distribution",
    text="""Bonjour Priya,

Suite à vos entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste d'Analyste Flux Logistiques en CDI, basé à Paris 13e.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (46 k€ bruts annuels + variable), la date de démarrage envisagée (1er juin 2026) et les conditions de la période d'essai.

Je vous remercie de bien vouloir me la retourner signée d'ici le 6 mai.

Bien cordialement,
Inès Garnier
Responsable Recrutement Supply Chain
Groupe Lumière Distribution""",
    attach=("Promesse_embauche_Natarajan.pdf",))

add("offer", "spanish_oferta_condicional",
    frm=("Naviera Albufera - RRHH", "rrhh@navieraalbufera.example.es"),
    subject="Oferta de empleo - Analista de Datos Portuarios",
    date="2026-04-15T13:30:00+02:00", lang="es",
    company="Naviera Albufera",
    text="""Estimada Sra. Natarajan:

Nos complace ofrecerle el puesto de Analista de Datos Portuarios en Naviera Albufera, S.A., con incorporación prevista el 4 de mayo de 2026.

La presente oferta está condicionada a la verificación de sus referencias y a la obtención de la documentación necesaria para trabajar en España. Adjuntamos el detalle de las condiciones económicas.

Le rogamos nos comunique su decisión antes del 22 de abril.

Atentamente,
Departamento de Recursos Humanos
Naviera Albufera, S.A.""",
    attach=("Oferta_Naviera_Albufera.pdf",))

add("offer", "dutch_english_pleased_to_offer",
    frm=("Femke de Graaf", "f.degraaf@havenlijn.example.com"),
    subject="Good news from Havenlijn",
    date="2026-05-20T16:05:00+02:00",
    company="Havenlijn Logistics",
    text="""Dear Priya,

I remember that we disappointed you in March, so I am extra happy to write this mail. A new position opened in the team of Maarten (Data Analyst Inland Shipping) and after your conversation with him last week we are pleased to offer you this position!

You will receive the contract proposal via DocuSign today. The salary is as discussed on the phone, EUR 4.100 gross per month excl. holiday allowance, with a 30% ruling application if you are eligible.

Congratulations and let me know if you have any questions!

With kind regards,
Femke de Graaf
Recruiter | Havenlijn Logistics B.V.""")

add("offer", "docusign_contract_to_sign",
    frm=("Emma Lindqvist via DocuSign", "dse_NA3@docusign.net"),
    reply_to=("Emma Lindqvist", "emma@coldchainlabs.example.com"),
    subject="Please DocuSign: ColdChain Labs - Employment Contract - P Natarajan",
    date="2026-04-03T10:30:00+01:00",
    company="ColdChain Labs",
    html="""<table width="100%" style="font-family:Helvetica;background:#eaeaea"><tr><td align="center">
<table width="640" style="background:#fff;padding:24px">
<tr><td><b>Emma Lindqvist</b> sent you a document to review and sign.</td></tr>
<tr><td style="padding:20px 0"><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=5b1c" style="background:#ffc820;padding:10px 20px;color:#000">REVIEW DOCUMENT</a></td></tr>
<tr><td><b>Emma Lindqvist</b><br>emma@coldchainlabs.example.com<br><br>Hi Priya - as discussed, here's your contract for the Data Analyst role. Really pleased to be making this offer - welcome aboard (subject to references)! Sign when you're ready. Emma</td></tr>
<tr><td style="font-size:10px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</td></tr>
</table></td></tr></table>""")

add("offer", "conditional_offer_public_sector",
    frm=("Metro Lancashire Transport Partnership Recruitment", "recruitment@mltp.example.gov.uk"),
    subject="Conditional offer of appointment - Freight Data Officer (Ref MLTP-0426)",
    date="2026-04-24T15:00:00+01:00",
    company="Metro Lancashire Transport Partnership",
    text="""Dear Ms Natarajan

Following your interview on 20 April, I am pleased to make you a conditional offer of appointment to the post of Freight Data Officer, Grade 6, at a starting salary of £34,834 per annum.

This offer is conditional upon receipt of two satisfactory references, verification of your right to work in the UK and a satisfactory occupational health assessment.

Please confirm by return whether you wish to accept this conditional offer.

Yours sincerely
Recruitment Team
Metro Lancashire Transport Partnership""")

add("offer", "startup_short_offer_mobile",
    frm=("Tom Aske", "tom@palletly.example.io"),
    subject="!!",
    date="2026-03-05T20:48:00+00:00",
    company="Palletly",
    text="""Priya - Leena loved the session. We want you on the team! Offer is £42k + equity, details in the doc I'll send tomorrow morning. Call me when you can?

Tom

Sent from my iPhone""")

add("offer", "greenhouse_offer_letter_html",
    frm=("Cargoflow Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Sam Okafor", "sam.okafor@cargoflow.example.com"),
    subject="Your offer from Cargoflow",
    date="2026-03-13T12:30:00+00:00",
    company="Cargoflow",
    html="""<p>Hi Priya,</p>
<p>Congratulations! We're excited to extend you an offer for the <b>Ops Data Analyst</b> position at Cargoflow.</p>
<p>Please review and sign your offer letter using the secure link below. The offer expires on March 20, 2026.</p>
<p><a href="https://app.greenhouse.io/offers/sign/7d2f1a">View and sign your offer</a></p>
<p>If you have any questions, just reply to this email.</p>
<p>Sam Okafor<br>Talent Partner, Cargoflow</p>""")

# ---------------------------------------------------------------------------------------------
# Everything else a job seeker's inbox holds
# ---------------------------------------------------------------------------------------------
BULK = (("Precedence", "bulk"),)


def _list_headers(list_id: str, unsubscribe: str) -> tuple[tuple[str, str], ...]:
    return (("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK)


add("other", "linkedin_style_job_alert",
    frm=("JobLink Job Alerts", "jobalerts-noreply@joblink.example.com"),
    subject="\"data analyst logistics\": 14 new jobs in Greater Manchester",
    date="2026-02-08T06:02:00+00:00",
    headers=_list_headers("<jobalerts.joblink.example.com>",
                          "https://www.joblink.example.com/unsub?t=aa1"),
    html="""<table width="600" style="font-family:Arial"><tr><td>
<h2 style="font-size:16px">Your job alert for data analyst logistics</h2>
<p>14 new jobs match your preferences.</p>
<p><a href="https://www.joblink.example.com/jobs/view/1?trk=eml">Supply Chain Data Analyst</a><br>Brightwater Retail Group &middot; Leeds (Hybrid)<br><span style="color:#057642">Actively recruiting</span></p>
<p><a href="https://www.joblink.example.com/jobs/view/2?trk=eml">Logistics Analyst</a><br>Pennine 3PL Solutions &middot; Wakefield<br>Be an early applicant</p>
<p><a href="https://www.joblink.example.com/jobs/view/3?trk=eml">Transport Data Analyst</a><br>Metro Lancashire Transport Partnership &middot; Wigan</p>
<p><a href="https://www.joblink.example.com/jobs/search?alert=1">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://www.joblink.example.com/unsub?t=aa1">Unsubscribe</a> &middot; JobLink Corp, 1000 Example Way</p>
</td></tr></table>""")

add("other", "indeed_style_digest_plain",
    frm=("Jobfinder", "alert@jobfinder.example.com"),
    subject="New jobs for you: Supply chain analyst, Leeds",
    date="2026-02-15T07:30:00+00:00",
    headers=_list_headers("Jobfinder alerts <alerts.jobfinder.example.com>",
                          "https://uk.jobfinder.example.com/alert/unsub?id=93"),
    text="""Supply chain analyst jobs in Leeds

Demand Planner - Halewood Foods - Preston - £32,000 - £36,000 a year
Easily apply. Responsive employer.
https://uk.jobfinder.example.com/rc/clk?jk=01

Inventory Analyst - Northern Care Supplies - Wakefield
Urgently needed. Hiring multiple candidates.
https://uk.jobfinder.example.com/rc/clk?jk=02

Logistics Data Analyst - Castleford Manufacturing - Castleford
https://uk.jobfinder.example.com/rc/clk?jk=03

Don't miss out - employers are reviewing applications now.

Unsubscribe: https://uk.jobfinder.example.com/alert/unsub?id=93""")

add("other", "stepstone_style_jobagent_de",
    frm=("Stellenblick Jobagent", "jobagent@stellenblick.example.de"),
    subject="12 neue Jobs für \"Datenanalyst Logistik\" in Hamburg",
    date="2026-02-22T05:45:00+01:00", lang="de",
    headers=_list_headers("<jobagent.stellenblick.example.de>",
                          "https://www.stellenblick.example.de/jobagent/abmelden?k=71"),
    html="""<div style="font-family:Arial;font-size:13px">
<p>Hallo Priya,</p>
<p>Ihr Jobagent hat 12 neue passende Stellen gefunden:</p>
<ul>
<li><a href="https://www.stellenblick.example.de/stellenangebote--1">Datenanalyst (m/w/d) Seefracht</a> - Elbkai Spedition GmbH - Hamburg</li>
<li><a href="https://www.stellenblick.example.de/stellenangebote--2">Business Analyst Supply Chain (m/w/d)</a> - Hanseatische Lagerhaus AG - Hamburg</li>
<li><a href="https://www.stellenblick.example.de/stellenangebote--3">Junior Controller Logistik (m/w/d)</a> - NordHafen Terminal - Hamburg</li>
</ul>
<p><a href="https://www.stellenblick.example.de/jobagent">Alle Ergebnisse ansehen</a></p>
<p style="font-size:10px;color:#777">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.stellenblick.example.de/jobagent/abmelden?k=71">Jobagent abbestellen</a></p>
</div>""")

add("other", "wttj_style_newsletter_fr",
    frm=("La Jungle Hebdo", "newsletter@lajungle.example.fr"),
    subject="Entretien raté, refus, silence radio : comment rebondir ?",
    date="2026-03-01T08:00:00+01:00", lang="fr",
    headers=_list_headers("La Jungle Hebdo <hebdo.lajungle.example.fr>",
                          "https://lajungle.example.fr/desabonnement?u=5f"),
    html="""<table width="600" style="font-family:Georgia"><tr><td>
<h1 style="font-size:22px">Cette semaine dans La Jungle Hebdo</h1>
<p><b>« Nous ne donnerons pas suite à votre candidature »</b> : vous avez sans doute déjà lu cette phrase. Notre rédaction a interrogé cinq recruteurs sur la meilleure manière de répondre à un refus et de demander un retour constructif.</p>
<p><a href="https://lajungle.example.fr/articles/rebondir-apres-un-refus?utm_source=hebdo">Lire l'article</a></p>
<p><b>Vous avez manqué un entretien ?</b> Trois modèles d'e-mails d'excuses pour garder le contact.</p>
<p><a href="https://lajungle.example.fr/articles/entretien-manque?utm_source=hebdo">Lire l'article</a></p>
<p><b>Offres de la semaine</b> : 230 postes data en Île-de-France.</p>
<p style="font-size:10px;color:#888">Vous recevez cette newsletter car vous êtes inscrite sur La Jungle. <a href="https://lajungle.example.fr/desabonnement?u=5f">Se désabonner</a></p>
</td></tr></table>""")

add("other", "infojobs_style_alert_es",
    frm=("Empleate Alertas", "alertas@empleate.example.es"),
    subject="Nuevas ofertas: Analista de datos logística en Valencia",
    date="2026-03-03T07:10:00+01:00", lang="es",
    headers=_list_headers("<alertas.empleate.example.es>",
                          "https://www.empleate.example.es/baja?a=44"),
    text="""Hola Priya,

Tenemos 8 ofertas nuevas que encajan con tu alerta "analista de datos logística":

- Analista de Datos Logísticos - Transportes Turia - Paterna (Valencia)
  https://www.empleate.example.es/oferta/1
- Técnico/a de Planificación de Transporte - Frío Levante Logística - Ribarroja
  https://www.empleate.example.es/oferta/2
- Analista de Operaciones - Plataforma Ebro Logística - Zaragoza
  https://www.empleate.example.es/oferta/3

¡No dejes pasar tu oportunidad, inscríbete hoy!

Si no quieres recibir más alertas: https://www.empleate.example.es/baja?a=44""")

add("other", "career_newsletter_rejection_tips",
    frm=("The Shortlist by Maya Reeves", "maya@theshortlist.example.org"),
    subject="Why \"we've decided to move forward with other candidates\" isn't the end",
    date="2026-03-08T09:00:00+00:00",
    contact="",
    headers=_list_headers("The Shortlist <theshortlist.example.org>",
                          "https://theshortlist.example.org/unsubscribe/p9"),
    text="""Hi friend,

This week three readers sent me the same email they'd received: "Unfortunately, we've decided to move forward with other candidates whose experience more closely matches our needs."

Here's what that sentence usually means, and what it doesn't.

1. It's a template. The recruiter probably had 300 applications.
2. A reply asking for feedback works more often than you think - keep it to three sentences.
3. If you were rejected after an interview, send a thank-you anyway. I've seen that turn into an offer two months later.

Also in this issue: how to reschedule an interview without looking flaky, and what to do if you miss one.

Until next Sunday,
Maya

You're getting this because you subscribed at theshortlist.example.org.
Unsubscribe: https://theshortlist.example.org/unsubscribe/p9""")

add("other", "german_karriere_newsletter_interviews",
    frm=("Karriere-Kompass", "redaktion@karriere-kompass.example.de"),
    subject="Vorstellungsgespräch verpasst? So retten Sie die Situation",
    date="2026-03-14T10:00:00+01:00", lang="de",
    contact="",
    headers=_list_headers("Karriere-Kompass Newsletter <news.karriere-kompass.example.de>",
                          "https://karriere-kompass.example.de/newsletter/abmelden?id=3c"),
    html="""<div style="font-family:Verdana;font-size:13px;max-width:620px">
<h2>Karriere-Kompass - Ausgabe 11/2026</h2>
<p><b>Termin verschwitzt?</b> Wer ein Vorstellungsgespräch verpasst, sollte sich innerhalb von 24 Stunden entschuldigen. Unsere Expertin erklärt, wie.</p>
<p><b>Absage erhalten?</b> Fünf Formulierungen, mit denen Sie trotzdem im Gespräch bleiben.</p>
<p><b>Einladung zum Interview:</b> Die zehn häufigsten Fragen in der Logistikbranche.</p>
<p><a href="https://karriere-kompass.example.de/artikel/verpasst?utm_campaign=nl11">Weiterlesen</a></p>
<p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://karriere-kompass.example.de/newsletter/abmelden?id=3c">Abmelden</a> | Impressum</p>
</div>""")

add("other", "recruiter_cold_inmail",
    frm=("Oliver Grant via JobLink", "inmail-hit-reply@joblink.example.com"),
    reply_to=("Oliver Grant", "oliver.grant@meridiantalent.example.co.uk"),
    subject="Priya, your supply chain background caught my eye",
    date="2026-02-11T14:05:00+00:00",
    text="""Hi Priya,

I came across your profile and was impressed by your experience in freight forwarding operations and your move into analytics.

I specialise in data and analytics roles across the North West's logistics sector and regularly work with 3PLs and retailers looking for people just like you. No specific role to pitch right now - I just like to build relationships early.

If you ever want a sounding board on salaries or the market, feel free to connect.

Best,
Oliver Grant
Principal Consultant, Meridian Talent""")

add("other", "agency_marketing_exclaim",
    frm=("Becky @ Swift Supply Recruitment", "becky@swiftsupplyrec.example.co.uk"),
    subject="Are you open to new opportunities?!",
    date="2026-02-18T10:33:00+00:00",
    text="""Hi Priya!

Hope you're well!! I'm Becky from Swift Supply Recruitment - we're a specialist supply chain agency covering Yorkshire and the North West!

We've got LOADS of exciting roles coming through for 2026 (planning, procurement, analytics, you name it!!) and I'd love to add you to our talent pool. Just reply with your latest CV and your salary expectations and I'll keep you in mind!!

Have a fab day!
Becky :)

Becky Hall | Recruitment Consultant | Swift Supply Recruitment
If you no longer wish to hear from us, reply STOP.""")

add("other", "french_chasseur_approche",
    frm=("Antoine Leclerc", "a.leclerc@cabinet-vauban.example.fr"),
    subject="Votre profil",
    date="2026-03-24T11:45:00+01:00", lang="fr",
    text="""Bonjour Priya,

Je me permets de vous contacter car votre profil (transit international + analyse de données) correspond au type de candidats que nous accompagnons au sein du Cabinet Vauban.

Nous travaillons régulièrement avec des chargeurs et des commissionnaires de transport en région lyonnaise. Je n'ai pas de mission précise à vous proposer aujourd'hui, mais je serais ravi de vous ajouter à notre vivier pour les prochains mois.

N'hésitez pas à m'envoyer votre CV à jour.

Bien à vous,
Antoine Leclerc
Consultant - Cabinet Vauban Recrutement, Lyon""")

add("other", "podcast_interview_request",
    frm=("Danny Kowalski", "danny@lastmileradio.example.com"),
    subject="Guest on Last Mile Radio?",
    date="2026-03-09T16:20:00+00:00",
    text="""Hi Priya,

I host Last Mile Radio, a weekly podcast about the people behind logistics. I read your LinkedIn post about using customs data to predict port delays and would love to interview you for an episode in April.

It's a relaxed 40-minute recorded conversation over Zoom - no prep needed beyond a quick 10-minute call beforehand. Would you be up for it?

Cheers,
Danny Kowalski
Host, Last Mile Radio
lastmileradio.example.com""")

add("other", "german_radio_interview",
    frm=("Lena Schubert", "lena.schubert@radio-hafenwelle.example.de"),
    subject="Anfrage Interview - Sendung \"Hafen & Handel\"",
    date="2026-04-20T13:10:00+02:00", lang="de",
    text="""Liebe Frau Natarajan,

für unsere Sendung "Hafen & Handel" bei Radio Hafenwelle suchen wir Stimmen zum Thema Frauen in der Logistik. Eine Kollegin hat mir Ihren Vortrag beim Logistik-Meetup in Hamburg empfohlen.

Hätten Sie Zeit für ein kurzes Telefoninterview (ca. 10 Minuten), das wir aufzeichnen und am 5. Mai ausstrahlen würden?

Herzliche Grüße
Lena Schubert
Redaktion Radio Hafenwelle""")

add("other", "user_research_interview",
    frm=("Rachel from Shiplog", "research@shiplog.example.com"),
    subject="Quick question",
    date="2026-03-18T12:12:00+00:00",
    contact="research@shiplog.example.com",
    text="""Hi Priya,

You've been using Shiplog to track shipments at work, and we'd love to hear how it's going.

Would you be free for a 30-minute user research interview over video next week? We're redesigning the exceptions dashboard and want to learn from analysts like you. As a thank you, we'll send a £40 voucher.

Pick a slot here: https://calendly.com/shiplog-research/30min

Thanks!
Rachel Adebayo
UX Research, Shiplog""")

add("other", "candidate_experience_survey_fr",
    frm=("Groupe Lumière Distribution", "ne-pas-repondre@lumiere-distribution.example.fr"),
    subject="Votre avis compte : 2 minutes pour évaluer notre processus de recrutement",
    date="2026-05-12T10:00:00+02:00", lang="fr",
    headers=BULK,
    html="""<p>Bonjour Priya,</p>
<p>Vous avez récemment participé à un processus de recrutement chez nous. Afin d'améliorer l'expérience de nos candidats, nous vous invitons à répondre à un court questionnaire (2 minutes, anonyme).</p>
<p><a href="https://survey.lumiere-distribution.example.fr/q/cx2026?id=8812">Répondre au questionnaire</a></p>
<p>Merci pour votre participation !</p>
<p style="font-size:10px">Ceci est un message automatique.</p>""")

add("other", "friend_own_rejection",
    frm=("Hannah Price", "hannah.price88@example.org"),
    subject="ugh",
    date="2026-03-12T21:40:00+00:00",
    text="""So I finally heard back from the Leeds council job. "We regret to inform you that on this occasion you have not been successful." After THREE interviews!! I'm so fed up.

How are your applications going? Did the Halewood thing happen in the end? Let's get a drink this weekend, I need to moan at someone.

H x

Sent from my iPhone""")

add("other", "friend_own_rejection_es",
    frm=("Marta Gil", "marta.gil.v@example.com"),
    subject="Re: ¿qué tal todo?",
    date="2026-04-04T22:15:00+02:00", lang="es",
    in_reply_to="<CAPn7x2Mar-1@mail.example.net>",
    text="""Jajaja pues aquí sigo. Me han dicho que no en lo de la consultora, que han elegido a otra persona "con un perfil más ajustado", lo de siempre. Me he pasado la tarde comiendo helado.

Oye, ¿al final vienes a Valencia en mayo? Si te sale lo de la naviera nos vemos todas las semanas!!

Besos,
Marta

El sáb, 4 abr 2026 a las 18:02, Priya Natarajan (<priya.natarajan@example.net>) escribió:
> Hola guapa! ¿Qué tal la entrevista de la consultora? Cuéntame!
> P.""")

add("other", "order_delayed_en",
    frm=("Hearth & Home", "orders@hearthandhome-shop.example.com"),
    subject="Unfortunately your order is delayed",
    date="2026-02-27T08:30:00+00:00",
    contact="",
    text="""Hi Priya,

We're sorry - unfortunately your order #HH-448120 (Oak bookshelf, 1 item) is delayed due to a stock shortage at our supplier.

New estimated delivery: 12-14 March 2026.

You don't need to do anything. If you'd prefer to cancel, you can do so from your account for a full refund.

Thanks for your patience,
Hearth & Home Customer Care""")

add("other", "sendung_verzoegert_de",
    frm=("PaketFix", "benachrichtigung@paketfix.example.de"),
    subject="Ihre Sendung verzögert sich",
    date="2026-03-21T09:00:00+01:00", lang="de",
    text="""Hallo Priya Natarajan,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094000001 aufgrund eines erhöhten Sendungsaufkommens. Neuer voraussichtlicher Zustelltag: Dienstag, 24.03.2026.

Sie können die Sendung jederzeit verfolgen: https://www.paketfix.example.de/verfolgen?n=00340434161094000001

Ihr PaketFix-Team
Diese E-Mail wurde automatisch erstellt.""")

add("other", "telematics_position_report",
    frm=("FleetEye Telematics", "reports@fleeteye.example.com"),
    subject="Position report: vehicle MX71 KTE - geofence exit",
    date="2026-03-04T02:14:00+00:00",
    contact="",
    text="""FleetEye Alert

Vehicle: MX71 KTE (Trailer T-4471)
Event: Geofence exit - Trafford Park Depot
Position: 53.4631 N, 2.3128 W
Speed: 38 mph, heading 212 deg
Time: 04/03/2026 02:13:47 GMT

The current position of the vehicle has been updated. View live map: https://app.fleeteye.example.com/map?v=mx71kte

You are receiving this alert because you are subscribed to depot exception reports.""")

add("other", "location_sharing_notice",
    frm=("Locato", "no-reply@locato.example.com"),
    subject="Ravi shared his location with you",
    date="2026-04-11T19:02:00+01:00",
    text="""Ravi Natarajan is sharing his real-time location with you until 22:00.

Current position: near Manchester Piccadilly station.

Open the app to see where Ravi is.""")

add("other", "credit_card_application_received",
    frm=("Calder Bank", "no-reply@alerts.calderbank.example.co.uk"),
    subject="We've received your credit card application",
    date="2026-02-12T13:02:00+00:00",
    text="""Dear Ms Natarajan,

Thank you for applying for a Calder Rewards Credit Card. We have received your application (reference CR-2026-118822) and are reviewing it.

We will usually give you a decision within 2 working days. We may contact you if we need more information.

Calder Bank plc is authorised by the Prudential Regulation Authority.
Please do not reply to this email.""")

add("other", "loan_application_es",
    frm=("Banco Mediterráneo Digital", "avisos@bancomediterraneo.example.es"),
    subject="Hemos recibido tu solicitud de préstamo",
    date="2026-05-04T10:10:00+02:00", lang="es",
    contact="",
    text="""Hola Priya:

Hemos recibido tu solicitud de Préstamo Personal (importe: 6.000 EUR). Nuestro equipo de análisis de riesgos la está estudiando y te daremos una respuesta en un plazo máximo de 48 horas.

Puedes consultar el estado en la app.

Banco Mediterráneo Digital
Este es un mensaje automático, por favor no respondas.""")

add("other", "insurance_antrag_de",
    frm=("HanseSchutz Versicherung", "service@hanseschutz.example.de"),
    subject="Eingangsbestätigung Ihres Antrags - Hausratversicherung",
    date="2026-05-28T11:30:00+02:00", lang="de",
    contact="",
    text="""Sehr geehrte Frau Natarajan,

vielen Dank für Ihren Antrag auf Abschluss einer Hausratversicherung. Wir haben Ihren Antrag erhalten und prüfen ihn derzeit. Die Police erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Ihr Kundenservice
HanseSchutz Versicherung AG""", charset="iso-8859-1", cte="quoted-printable")

add("other", "apartment_application_rejected",
    frm=("Maasstad Rentals", "lettings@maasstadrentals.example.nl"),
    subject="Your application for Westzeedijk 000-B",
    date="2026-05-22T15:00:00+02:00",
    contact="lettings@maasstadrentals.example.nl",
    text="""Dear Priya Natarajan,

Thank you for your interest in the apartment at Westzeedijk 000-B, Rotterdam, and for attending the viewing.

We received many applications for this property. Unfortunately, the landlord has chosen another candidate tenant, and we are therefore unable to offer you this apartment.

We will keep your details and let you know about similar properties.

Kind regards,
Maasstad Rentals - Lettings Team""")

add("other", "dossier_location_refuse_fr",
    frm=("Agence Croix-Rousse Immobilier", "location@croixrousse-immo.example.fr"),
    subject="Votre dossier de location - T2 rue d'Austerlitz",
    date="2026-04-17T18:05:00+02:00", lang="fr",
    text="""Madame,

Nous faisons suite à votre dossier de candidature pour l'appartement T2 situé rue d'Austerlitz (Lyon 4e).

Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier. Nous restons à votre disposition pour vous proposer d'autres biens.

Cordialement,
Service Location
Agence Croix-Rousse Immobilier""")

add("other", "university_admission_offer",
    frm=("University of Salford Quays Admissions", "admissions@salfordquays-uni.example.ac.uk"),
    subject="Your application: MSc Business Analytics (part-time) - decision",
    date="2026-03-26T12:00:00+00:00",
    contact="admissions@salfordquays-uni.example.ac.uk",
    text="""Dear Priya,

Congratulations! We are pleased to offer you a place on the MSc Business Analytics (part-time) programme starting September 2026. This offer is unconditional.

To accept your offer, please log in to the applicant portal by 30 April 2026.

Best wishes,
Postgraduate Admissions
University of Salford Quays""")

add("other", "university_absage_master_de",
    frm=("Hochschule Elbe - Studierendenservice", "studium@hs-elbe.example.de"),
    subject="Bescheid über Ihren Antrag auf Zulassung - M.Sc. Logistik",
    date="2026-04-30T08:00:00+02:00", lang="de",
    contact="studium@hs-elbe.example.de",
    text="""Sehr geehrte Frau Natarajan,

leider müssen wir Ihnen mitteilen, dass wir Ihnen zum Sommersemester keinen Studienplatz im Masterstudiengang Logistik (M.Sc.) anbieten können, da die Zahl der Bewerbungen die verfügbaren Plätze deutlich überstieg.

Ihren Ablehnungsbescheid finden Sie im Bewerbungsportal.

Mit freundlichen Grüßen
Studierendenservice
Hochschule Elbe""")

add("other", "own_sent_followup_en",
    frm=ME, to=("Ellie Brandt", "ellie.brandt@amberlinemedia.example.com"),
    subject="Audience & Distribution Analyst - following up",
    date="2026-05-11T09:40:00+01:00",
    mid="<CAPn7x2Amb-5@mail.example.net>",
    text="""Hi Ellie,

Just checking in on the Audience & Distribution Analyst role - is there any news? I'm still very keen and happy to provide anything else you need.

Thanks,
Priya""")

add("other", "own_sent_withdrawal_fr",
    frm=ME, to=("Claire Fontaine", "claire.fontaine@rhone-supply.example.fr"),
    subject="Retrait de ma candidature",
    date="2026-05-02T10:00:00+02:00", lang="fr",
    text="""Bonjour Claire,

Je vous remercie encore pour nos échanges. Je souhaitais vous informer que j'ai accepté une autre proposition et que je retire donc ma candidature à toute autre opportunité chez Rhône Supply Partners pour le moment.

Bien cordialement,
Priya Natarajan""")

add("other", "own_sent_thankyou_de",
    frm=ME, to=("Tobias Wendt", "t.wendt@nova-personal.example.de"),
    subject="Danke für die Vorbereitung!",
    date="2026-04-07T18:30:00+02:00", lang="de",
    text="""Hallo Tobias,

danke für das Telefonat heute, das hat mir sehr geholfen. Ich freue mich auf morgen um 10 Uhr in Offenbach und melde mich danach direkt bei dir.

Viele Grüße
Priya""")

add("other", "recruiter_out_of_office",
    frm=("Oliver Grant", "oliver.grant@meridiantalent.example.co.uk"),
    subject="Automatic reply: Priya, your supply chain background caught my eye",
    date="2026-02-12T08:01:00+00:00",
    headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    text="""Thank you for your email. I am out of the office until Monday 16th February with limited access to email.

For anything urgent please contact my colleague Sarah Finch on 0161 000 0002.

Kind regards,
Oliver""")

add("other", "abwesenheitsnotiz_de",
    frm=("Katrin Böhme", "k.boehme@elbkai-spedition.example.com"),
    subject="Abwesenheitsnotiz: AW: Verschiebung Ihres Vorstellungsgesprächs am 10.03.",
    date="2026-03-07T10:00:00+01:00", lang="de",
    headers=(("Auto-Submitted", "auto-replied"),),
    text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. März nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an bewerbung@elbkai-spedition.example.com.

Mit freundlichen Grüßen
Katrin Böhme""")

add("other", "reponse_automatique_fr",
    frm=("Inès Garnier", "ines.garnier@lumiere-distribution.example.fr"),
    subject="Réponse automatique : Proposition d'embauche - Analyste Flux Logistiques",
    date="2026-04-30T09:00:00+02:00", lang="fr",
    headers=(("Auto-Submitted", "auto-replied"),),
    text="""Bonjour,

Je suis absente jusqu'au lundi 4 mai inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez contacter recrutement@lumiere-distribution.example.fr.

Inès Garnier""")

add("other", "standup_calendar_notification",
    frm=("Calendar", "calendar-notification@workcal.example.com"),
    subject="Reminder: Daily ops stand-up @ Mon 2 Mar 2026 08:45 - 09:00 (GMT)",
    date="2026-03-02T08:35:00+00:00",
    text="""This is a reminder for:

Daily ops stand-up
When: Mon 2 Mar 2026 08:45 - 09:00 (GMT)
Where: Teams / Bay 3
Organiser: Rob Hennessy

Invitation from Workcal. You are receiving this email because you are an attendee of this event.""")

add("other", "weekly_sop_sync_invite",
    frm=("Rob Hennessy", "rob.hennessy@marlowfinch.example.com"),
    subject="Invitation: Weekly S&OP data sync",
    date="2026-02-10T14:30:00+00:00",
    text="""Priya - setting up a weekly slot so we can go through the S&OP numbers before the Thursday meeting. Shout if the time doesn't work.

Rob""",
    ics=ics_event("sop-sync-weekly@marlowfinch.example.com", "20260212T100000Z",
                  "20260212T103000Z", "Weekly S&OP data sync",
                  ("Rob Hennessy", "rob.hennessy@marlowfinch.example.com"),
                  "Meeting room 2 / Teams"))

add("other", "carrier_exception_tracking",
    frm=("NorthLink Parcel Tracking", "tracking@northlinkparcel.example.com"),
    subject="Exception: Delivery attempt failed - 1Z999AA10123456784",
    date="2026-02-19T15:22:00+00:00",
    contact="",
    text="""Shipment exception

Tracking number: 1Z999AA10123456784
Reference: MF-PO-55102
Status: Delivery attempted - receiver closed
Next attempt: 20/02/2026

Shipper: Marlow & Finch Distribution, Salford
Consignee: Halden Garden Centres, Bury

Manage delivery: https://www.northlinkparcel.example.com/track?tn=1Z999AA10123456784""")

add("other", "customs_clearance_hold",
    frm=("Brokerage Desk - Portside Customs", "clearance@portsidecustoms.example.co.uk"),
    subject="Entry on hold - commercial invoice required - HBL MFSHA2602117",
    date="2026-03-10T10:12:00+00:00",
    contact="clearance@portsidecustoms.example.co.uk",
    text="""Hi Priya,

Import entry for HBL MFSHA2602117 (2 x 40HC, Felixstowe) is on hold: HMRC has requested the commercial invoice and packing list for line 3 (HS 9403.60).

Please send the documents by 14:00 today so we can release before the port storage charges start on Thursday.

Thanks,
Gary Mills
Customs Entry Team, Portside Customs Services
DDI 01394 000 000""")

add("other", "warehouse_slot_booking_confirmation",
    frm=("DockSlot", "bookings@dockslot.example.com"),
    subject="Booking confirmed: Dock 7, 05/03/2026 06:30 - Ref DS-88213",
    date="2026-03-03T16:40:00+00:00",
    text="""Your delivery slot booking is confirmed.

Site: Marlow & Finch DC, Salford
Dock: 7
Date/time: 05/03/2026 06:30-07:30
Haulier: Pennine Haulage
Pallets: 26
Reference: DS-88213

Please arrive 15 minutes before your slot. Late arrivals may be rejected and rebooked.""")

add("other", "ocean_booking_confirmation",
    frm=("BlueMeridian Line Bookings", "booking-noreply@bluemeridian.example.com"),
    subject="Booking Confirmation 6124478810 / MF-EXP-0332",
    date="2026-04-06T03:15:00+00:00",
    text="""BOOKING CONFIRMATION

Booking no.: 6124478810
Shipper ref.: MF-EXP-0332
Vessel/voyage: BM ROTTERDAM 614W
POL: Felixstowe  ETD 18-Apr-2026
POD: Valencia    ETA 24-Apr-2026
Equipment: 1 x 40' HC

Cargo cut-off: 16-Apr-2026 12:00
VGM cut-off: 16-Apr-2026 10:00

This is a system generated message.""")

add("other", "online_order_shipped_es",
    frm=("Tiendas Azahar", "pedidos@tiendasazahar.example.es"),
    subject="Tu pedido ha sido enviado",
    date="2026-05-15T12:00:00+02:00", lang="es",
    contact="",
    html="""<div style="font-family:Arial"><h2>¡Tu pedido está en camino!</h2>
<p>Hola Priya, tu pedido nº 220-4471 ha salido de nuestro almacén y llegará entre el 18 y el 19 de mayo.</p>
<p><a href="https://www.tiendasazahar.example.es/seguimiento/220-4471">Seguir mi pedido</a></p>
<p style="font-size:10px;color:#777">Tiendas Azahar · Este correo se ha enviado automáticamente.</p></div>""")

add("other", "order_unterwegs_de",
    frm=("Modehaus Nord", "service@modehaus-nord.example.de"),
    subject="Deine Bestellung ist unterwegs",
    date="2026-06-02T17:20:00+02:00", lang="de",
    contact="",
    html="""<table width="600" style="font-family:Helvetica"><tr><td>
<p>Hey Priya,</p>
<p>gute Nachrichten: Deine Bestellung 10049921 ist auf dem Weg zu dir! Voraussichtliche Lieferung: 04.06.</p>
<p><a href="https://www.modehaus-nord.example.de/sendung?id=10049921">Sendung verfolgen</a></p>
<p style="font-size:10px">Modehaus Nord GmbH · <a href="https://www.modehaus-nord.example.de/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table>""")

add("other", "industry_newsletter_ceo_interview",
    frm=("Freight Weekly", "editor@freightweekly.example.com"),
    subject="Freight Weekly: our interview with the CEO of Scheldt Terminal Operators",
    date="2026-04-03T07:00:00+00:00",
    contact="",
    headers=_list_headers("Freight Weekly <weekly.freightweekly.example.com>",
                          "https://freightweekly.example.com/unsubscribe?s=19"),
    html="""<table width="640" style="font-family:Georgia"><tr><td>
<h1>Freight Weekly</h1>
<h3>Interview: "Antwerp has to become a data port"</h3>
<p>In an exclusive interview, the chief executive of Scheldt Terminal Operators talks automation, hiring analysts and why the terminal is offering places to 40 graduates this year.</p>
<p><a href="https://freightweekly.example.com/a/sto-ceo?utm_source=nl">Read the interview</a></p>
<h3>Rates</h3><p>Spot rates Asia-North Europe fell 4% week on week.</p>
<h3>Jobs board</h3><p>12 new analyst vacancies this week. <a href="https://freightweekly.example.com/jobs">Browse jobs</a></p>
<p style="font-size:10px"><a href="https://freightweekly.example.com/unsubscribe?s=19">Unsubscribe</a></p>
</td></tr></table>""")

add("other", "reviews_site_digest",
    frm=("OfficeVoice", "digest@officevoice.example.com"),
    subject="What employees say about Brightwater Retail Group",
    date="2026-03-01T11:00:00+00:00",
    headers=_list_headers("<digest.officevoice.example.com>",
                          "https://www.officevoice.example.com/unsubscribe?d=2"),
    text="""Companies you follow have new reviews

Brightwater Retail Group - 3.6 stars
"Interview process was quick: phone screen, Excel test, panel. Got an offer within 2 weeks."

Northgate Freight - 4.1 stars
"Friendly team, but they rejected me without feedback after the final interview."

Read more reviews: https://www.officevoice.example.com/reviews

Unsubscribe: https://www.officevoice.example.com/unsubscribe?d=2""")

add("other", "webinar_interviewing_data_roles",
    frm=("DataCareers Academy", "events@datacareers.example.org"),
    subject="Tomorrow: Acing the SQL interview for analyst roles (free webinar)",
    date="2026-03-16T17:00:00+00:00",
    contact="",
    headers=_list_headers("<events.datacareers.example.org>",
                          "https://datacareers.example.org/prefs?u=12"),
    text="""Hi Priya,

Reminder: our free live webinar "Acing the SQL interview" starts tomorrow at 18:00 GMT.

You'll learn how hiring managers design technical interviews, how to talk through a take-home, and what to do after a rejection.

Join link: https://datacareers.example.org/webinar/sql-interview

See you there!
DataCareers Academy

Manage preferences: https://datacareers.example.org/prefs?u=12""")

add("other", "meetup_event_invite",
    frm=("Manchester Supply Chain Data Meetup", "info@meetup-mscd.example.org"),
    subject="New event: Forecasting with messy data - 24 March",
    date="2026-03-05T12:00:00+00:00",
    contact="",
    headers=BULK,
    text="""Manchester Supply Chain Data Meetup

A new event has been scheduled:
Forecasting with messy data (and surviving S&OP)
Tuesday 24 March 2026, 18:30, Northern Quarter

RSVP: https://meetup-mscd.example.org/events/24mar

Pizza provided by Cargoflow.""")

add("other", "profile_search_appearances",
    frm=("JobLink", "notifications-noreply@joblink.example.com"),
    subject="You appeared in 23 searches this week",
    date="2026-04-13T06:30:00+00:00",
    headers=_list_headers("<notifications.joblink.example.com>",
                          "https://www.joblink.example.com/unsub?t=n3"),
    text="""Priya, you appeared in 23 searches this week

Recruiters from logistics and staffing companies found you through: data analyst, supply chain, SQL.

See who's looking: https://www.joblink.example.com/me/search-appearances

Unsubscribe: https://www.joblink.example.com/unsub?t=n3""")

add("other", "recommended_jobs_fr",
    frm=("EmploiDirect", "offres@emploidirect.example.fr"),
    subject="Priya, 9 offres recommandées pour vous à Lyon",
    date="2026-04-21T07:00:00+02:00", lang="fr",
    contact="",
    headers=_list_headers("<offres.emploidirect.example.fr>",
                          "https://www.emploidirect.example.fr/desinscription?x=7"),
    text="""Bonjour Priya,

Voici les offres sélectionnées pour vous cette semaine :

* Analyste Data Supply Chain (H/F) - Rhône Supply Partners - Lyon 2e
* Chargé(e) d'études transport (H/F) - Port de Lyon Édouard Herriot - Lyon 7e
* Contrôleur de gestion logistique (H/F) - Groupe Lumière Distribution - Saint-Priest

Postulez en un clic : https://www.emploidirect.example.fr/mes-offres

Se désinscrire : https://www.emploidirect.example.fr/desinscription?x=7""")

add("other", "ex_colleague_quick_chat",
    frm=("Sanjay Mehta", "sanjay.mehta@example.com"),
    subject="would you be free for a quick chat?",
    date="2026-02-24T19:12:00+00:00",
    text="""Hey Priya,

Long time! Saw you're looking at analytics roles - would you be free for a quick chat this week? Happy to share what the move from ops to data was like for me, and I can pass your CV to our TA team if anything comes up at my place.

Thursday evening call?

Sanjay""")

add("other", "job_fair_registration_es",
    frm=("Feria de Empleo Logístico Zaragoza", "inscripciones@feriaempleo-zgz.example.es"),
    subject="Confirmación de inscripción - Feria de Empleo Logístico 2026",
    date="2026-04-08T12:30:00+02:00", lang="es",
    contact="",
    text="""Hola Priya,

Tu inscripción en la Feria de Empleo Logístico 2026 (Zaragoza, 23 de abril) se ha completado correctamente. Más de 40 empresas del sector estarán presentes y podrás realizar entrevistas rápidas en sus stands.

Presenta el código QR adjunto en la entrada.

Organización Feria de Empleo Logístico""")

add("other", "mortgage_offer_bank",
    frm=("Calder Bank Mortgages", "mortgages@calderbank.example.co.uk"),
    subject="Your mortgage offer is ready",
    date="2026-06-05T14:00:00+01:00",
    contact="",
    text="""Dear Ms Natarajan,

Good news - we're pleased to confirm your mortgage offer is ready. You can view and download your offer documents in Online Banking.

Your offer is valid for 6 months. Your solicitor will receive a copy.

Calder Bank Mortgages
Please do not reply to this email.""")

add("other", "spanish_recruiter_inmail_cold",
    frm=("Irene Sáez", "irene.saez@norteselect.example.es"),
    subject="Hola Priya",
    date="2026-05-19T10:45:00+02:00", lang="es",
    text="""Hola Priya,

Soy Irene, consultora en Norte Select. He visto tu perfil y me ha parecido muy interesante tu trayectoria en transitarios y análisis de datos.

Ahora mismo no tengo una vacante concreta para ti, pero trabajo con varios operadores logísticos de Zaragoza y Valencia y me gustaría tenerte en cuenta para futuros procesos. Si te parece bien, envíame tu CV actualizado.

Un saludo,
Irene Sáez
Norte Select""")

add("other", "library_card_application",
    frm=("Manchester Libraries", "libraries-noreply@manchester-libs.example.gov.uk"),
    subject="Your library membership application has been received",
    date="2026-02-03T16:00:00+00:00",
    text="""Dear Priya,

Thank you for applying for library membership online. Your application has been received. Please visit any library with proof of address within 30 days to collect your card.

Manchester Libraries""")



# ---------------------------------------------------------------------------------------------
# Forwarded mail (added last so the numbers above stay put)
# ---------------------------------------------------------------------------------------------
add("interview_invitation", "forwarded_internal_shortlist",
    frm=("Graham Pryce", "graham.pryce@northgatefreight.example.co.uk"),
    subject="Fwd: Transport Planning shortlist",
    date="2026-04-22T12:48:00+01:00",
    company="Northgate Freight",
    text="""Priya - see below. Different role to the one in March, more your thing I think. Can you come in Tues 28th at 2 for an hour with me and Dave from planning? Same place as before.

G

---------- Forwarded message ---------
From: Harriet Coles <harriet.coles@northgatefreight.example.co.uk>
Date: Wed, 22 Apr 2026 at 11:02
Subject: Transport Planning shortlist
To: Graham Pryce <graham.pryce@northgatefreight.example.co.uk>

Graham,

Priya Natarajan (who you saw for the customs role) has applied for the Transport Planning Data Analyst vacancy. Her SQL test score was the highest of the batch. Do you want to see her? If so, could you contact her directly to arrange.

Thanks,
Harriet""")

add("other", "friend_forwarded_job_post",
    frm=("Hannah Price", "hannah.price88@example.org"),
    subject="Fwd: We're hiring! Data Analyst, Leeds Dock",
    date="2026-03-02T13:05:00+00:00",
    text="""saw this and thought of u!! x

-------- Original Message --------
From: ColdChain Labs <hello@coldchainlabs.example.com>
Sent: 2 March 2026 12:40
To: Hannah Price <hannah.price88@example.org>
Subject: We're hiring! Data Analyst, Leeds Dock

Hi Hannah,

Thanks for subscribing to ColdChain Labs news. We're growing: we're looking for a Data Analyst to join our operations team at Leeds Dock. Know someone who loves spreadsheets and cold chains? Send them our way: emma@coldchainlabs.example.com

The ColdChain Labs team""")


def main(argv: list[str]) -> int:
    """Writes the corpus next to this file, or into the folder given."""
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    write(out)
    print(f"wrote {len(MAILS)} messages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
