"""Writes the fortieth labelled corpus: three months of one job seeker's inbox, as .eml files.

Run `python tests/corpus_fortieth/make_fortieth.py` to (re)write every message and labels.csv.
Each message below is written out by hand (no wording templates); the helpers here only wrap
the text in the MIME structure a real sender would use (plain, HTML-only, alternative,
quoted-printable, base64, legacy charsets, calendar parts, quoted reply chains).

Imports only the standard library: the corpus must not depend on the assistant's code.
"""

from __future__ import annotations

import csv
import email.policy
import html
import logging
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
LENA = "Lena Hoffmann <lena.hoffmann@example.net>"


@dataclass(frozen=True)
class Quote:
    """An earlier message quoted under the new text, in one mail program's style."""

    style: str  # gmail | outlook | de | fr | es | fwd
    who: str
    when: str
    text: str
    subject: str = ""


@dataclass(frozen=True)
class Ics:
    """A text/calendar part; times are naive local strings in TZID Europe/Berlin."""

    summary: str
    start: str
    end: str
    method: str = "REQUEST"
    organizer: str = ""
    location: str = ""
    sequence: int = 0
    status: str = "CONFIRMED"


@dataclass
class Mail:
    """One corpus message and its labels."""

    kind: str
    lang: str
    slug: str
    sent: datetime
    frm: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    to: str = LENA
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 8bit | quoted-printable | base64
    charset: str = "utf-8"
    quote: Quote | None = None
    ics: Ics | None = None
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    html_body: str = ""
    reply: bool = False


MAILS: list[Mail] = []


def m(kind: str, lang: str, slug: str, day: str, frm: str, subject: str, body: str, **kw: object) -> None:
    """Register one message; `day` is "MM-DD" in 2026 and fixes its place in the inbox."""
    hour, minute = divmod(zlib.crc32(slug.encode()) % 720, 60)  # 07:00-18:59, stable per slug
    sent = datetime.fromisoformat(f"2026-{day}T{7 + hour:02d}:{minute:02d}:00+00:00")
    MAILS.append(Mail(kind, lang, slug, sent, frm, subject, body.strip("\n") + "\n", **kw))  # type: ignore[arg-type]


def _quote_block(q: Quote) -> str:
    lines = q.text.strip("\n").splitlines()
    if q.style == "outlook":
        head = (f"________________________________\nFrom: {q.who}\nSent: {q.when}\n"
                f"To: {LENA}\nSubject: {q.subject}\n\n")
        return "\n\n" + head + "\n".join(lines) + "\n"
    if q.style == "fwd":
        head = (f"---------- Forwarded message ---------\nFrom: {q.who}\nDate: {q.when}\n"
                f"Subject: {q.subject}\nTo: {LENA}\n\n")
        return "\n\n" + head + "\n".join(lines) + "\n"
    intro = {
        "gmail": f"On {q.when}, {q.who} wrote:",
        "de": f"Am {q.when} schrieb {q.who}:",
        "fr": f"Le {q.when}, {q.who} a écrit :",
        "es": f"El {q.when}, {q.who} escribió:",
    }[q.style]
    return "\n\n" + intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in lines) + "\n"


def _ics_text(ics: Ics, uid: str) -> str:
    org = parseaddr(ics.organizer)
    rows = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Corpus40//Scheduling//EN",
        f"METHOD:{ics.method}", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID=Europe/Berlin:{ics.start}", f"DTEND;TZID=Europe/Berlin:{ics.end}",
        f"SUMMARY:{ics.summary}", f"SEQUENCE:{ics.sequence}", f"STATUS:{ics.status}",
    ]
    if ics.location:
        rows.append(f"LOCATION:{ics.location}")
    if org[1]:
        rows.append(f"ORGANIZER;CN={org[0] or org[1]}:mailto:{org[1]}")
    rows.append("ATTENDEE;CN=Lena Hoffmann;RSVP=TRUE:mailto:lena.hoffmann@example.net")
    rows += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(rows) + "\r\n"


def _html(text: str, sender: str) -> str:
    """A bulk-mail style HTML rendering: table layout, inline styles, tracking links, logo."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#222">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    domain = parseaddr(sender)[1].split("@")[-1]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" cellpadding="24" style="background:#ffffff;border-collapse:collapse">'
        f'<tr><td><img src="https://cdn.{domain}/mail/logo.png" alt="{html.escape(domain)} logo" width="140"></td></tr>'
        f"<tr><td>{cells}</td></tr>"
        f'<tr><td style="font-size:11px;color:#888"><a href="https://click.{domain}/t/ls?u=8f3a91&amp;e=lh">Datenschutz / Privacy</a>'
        f'<img src="https://click.{domain}/o/1x1.gif?m=4471" width="1" height="1" alt=""></td></tr>'
        "</table></td></tr></table></body></html>\n")


def build(mail: Mail, index: int) -> EmailMessage:
    """The message as an EmailMessage, dated in the sender's local time (CET or CEST)."""
    when = mail.sent
    local = timezone(timedelta(hours=2 if (when.month, when.day) >= (3, 29) else 1))
    domain = parseaddr(mail.frm)[1].split("@")[-1]
    msg = EmailMessage()
    msg["From"] = mail.frm
    msg["To"] = mail.to
    if mail.reply_to:
        msg["Reply-To"] = mail.reply_to
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(when.astimezone(local))
    msg["Message-ID"] = f"<c40.{index:03d}.{mail.slug}@{domain}>"
    if mail.quote or mail.reply:
        parent = f"<c40.{index:03d}.parent@{parseaddr(mail.to)[1].split('@')[-1]}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<c40.{index:03d}.root@{domain}> {parent}"
    msg["MIME-Version"] = "1.0"
    for key, value in mail.headers.items():
        msg[key] = value
    text = mail.body + (_quote_block(mail.quote) if mail.quote else "")
    if mail.fmt == "html":
        msg.set_content(mail.html_body or _html(text, mail.frm), subtype="html",
                        charset=mail.charset, cte=mail.cte)
    else:
        msg.set_content(text, charset=mail.charset, cte=mail.cte)
        if mail.fmt == "alt":
            msg.add_alternative(mail.html_body or _html(text, mail.frm), subtype="html",
                                charset=mail.charset, cte=mail.cte)
    if mail.ics:
        msg.add_attachment(_ics_text(mail.ics, f"c40-{index:03d}@{domain}"), subtype="calendar",
                           filename="invite.ics", params={"method": mail.ics.method})
    if mail.attach:
        msg.add_attachment(b"%PDF-1.4\n% corpus placeholder\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=mail.attach)
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_c40_{index:03d}_{depth}_{mail.slug[:12]}")  # stable across runs
    return msg


def write_all() -> None:
    """Write every message and labels.csv, numbering files in inbox order."""
    rows = []
    inbox = sorted(MAILS, key=lambda mail: mail.sent)  # numbered in the order they arrived
    for index, mail in enumerate(inbox, start=1):
        rel = f"{mail.kind}/{index:03d}_{mail.slug}.eml"
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(mail, index).as_bytes(policy=email.policy.default))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))



# --------------------------------------------------------------------------- rejections
R = "rejection"

m(R, "de", "stadtwerke_absage_formell", "02-20", "Stadtwerke Lindenau Personal <bewerbung@stadtwerke-lindenau.test>",
  "Ihre Bewerbung als Projektingenieurin Netzanschluss (Kennziffer 2026-014)", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei den
Stadtwerken Lindenau.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist
uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von
sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Kornmeier
Personalabteilung
Stadtwerke Lindenau GmbH
Am Wasserturm 3, 04178 Leipzig
Tel. 0341 555 2210
""", company="Stadtwerke Lindenau", contact="bewerbung@stadtwerke-lindenau.test", charset="iso-8859-1", cte="quoted-printable")

m(R, "de", "workday_absage_kurz", "03-16", "Nordwind Offshore Talent <nordwindoffshore@myworkday.com>",
  "Update zu Ihrer Bewerbung", """
Hallo Lena,

danke, dass Sie sich die Zeit genommen haben, sich auf die Position Senior Project Engineer Grid
Connection (R-10442) zu bewerben.

Wir haben uns entschieden, mit anderen Kandidatinnen und Kandidaten weiterzumachen, deren Profil
noch besser zu den Anforderungen dieser Rolle passt.

Wir ermutigen Sie, sich unser Karriereportal regelmäßig anzusehen und sich auf weitere passende
Stellen zu bewerben.

Viele Grüße
Ihr Talent Acquisition Team
Nordwind Offshore

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""", company="Nordwind Offshore", contact="", fmt="alt")

m(R, "de", "nach_fachgespraech_du", "03-13", "Jonas Brandtner <jonas@sonnenfeld-solar.test>",
  "Re: Fachgespräch letzte Woche", """
Hi Lena,

ich wollte mich nach unserem Fachgespräch noch persönlich bei dir melden. Erstmal danke für die
Zeit und die wirklich gute Vorbereitung, das Team war von deiner PV-Erfahrung echt angetan.

Leider haben wir uns am Ende für jemanden entschieden, der schon mehrere Freiflächenanlagen >20 MWp
als Projektleiter verantwortet hat. Das war am Ende das Zünglein an der Waage.

Sorry, dass es nicht geklappt hat – ich hoffe, wir laufen uns nochmal über den Weg!

Beste Grüße
Jonas

--
Jonas Brandtner | Head of Project Development
Sonnenfeld Solar GmbH | Leopoldstr. 88 | 80802 München
+49 89 5555 3021
""", company="Sonnenfeld Solar", contact="jonas@sonnenfeld-solar.test", reply=True,
  quote=Quote("de", "Lena Hoffmann <lena.hoffmann@example.net>", "Mi., 11. März 2026 um 17:02",
              "Hallo Jonas,\nvielen Dank nochmal für das nette Gespräch heute!\nViele Grüße\nLena"))

m(R, "de", "softgarden_stelle_besetzt", "01-28", "softgarden <no-reply@softgarden.io>",
  "Ihre Bewerbung bei der Hallwang Antriebstechnik", """
Sehr geehrte Frau Hoffmann,

wir bedanken uns für Ihr Interesse an der Stelle „Vertriebsingenieur (m/w/d) Antriebssysteme“.

Leider müssen wir Ihnen mitteilen, dass die Position zwischenzeitlich besetzt wurde.

Wir möchten Sie gerne in unseren Talentpool aufnehmen. Wenn Sie damit einverstanden sind,
klicken Sie bitte auf folgenden Link: https://hallwang.softgarden.io/talentpool/confirm?t=8Qx2

Freundliche Grüße
Ihr Recruiting-Team der
Hallwang Antriebstechnik GmbH & Co. KG
""", company="Hallwang Antriebstechnik", contact="", reply_to="Recruiting Hallwang <noreply-hallwang@softgarden.io>", fmt="html")

m(R, "de", "hr_einzeiler_mobil", "04-07", "Katrin Oels <k.oels@fernwaerme-rhein.test>",
  "AW: Bewerbung Projektleitung", """
Hallo Frau Hoffmann, leider müssen wir Ihnen absagen, wir haben intern besetzt. Trotzdem danke und alles Gute!
K. Oels

Von meinem iPhone gesendet
""", company="Fernwärme Rhein", contact="k.oels@fernwaerme-rhein.test", reply=True)

m(R, "de", "personalberatung_absage", "05-22", "Dr. Matthias Berwanger <mb@berwanger-partner.test>",
  "Mandat Technischer Vertrieb Wasserstoff – Rückmeldung", """
Liebe Frau Hoffmann,

ich hatte Ihnen versprochen, mich nach der Präsentation beim Mandanten zeitnah zu melden.

Der Beirat hat sich nach zwei Runden für einen Kandidaten entschieden, der bereits Elektrolyseure
im Industriekundengeschäft verkauft hat. Ihre Unterlagen wurden ausdrücklich positiv bewertet,
allerdings fiel die Entscheidung am Ende zugunsten der längeren Vertriebserfahrung aus. Für dieses
Mandat geht es daher für Sie leider nicht weiter.

Ich würde mich freuen, wenn wir bei künftigen Suchen im Bereich Energietechnik wieder auf Sie
zukommen dürfen.

Herzliche Grüße
Matthias Berwanger

Berwanger & Partner Executive Search
Königsallee 14 · 40212 Düsseldorf
T +49 211 555 87 10
""", company="Berwanger & Partner", contact="mb@berwanger-partner.test")

m(R, "de", "successfactors_nach_interview", "03-05", "EKW Energie Karriere <careers-noreply@successfactors.eu>",
  "Ihre Bewerbung: Netzplanerin/Netzplaner Hochspannung (Job-ID 40817)", """
Guten Tag Frau Hoffmann,

vielen Dank für die Gespräche, die Sie mit uns geführt haben, und für die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Wir haben alle Eindrücke sorgfältig abgewogen und uns letztlich für eine andere Bewerberin
entschieden. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können.

Bei Rückfragen wenden Sie sich bitte an Herrn Frederik Aumann (frederik.aumann@ekw-energie.test).

Mit freundlichen Grüßen
EKW Energie AG
Personalgewinnung

--------------------------------------------------------------
EKW Energie AG · Sitz: Stuttgart · Registergericht Stuttgart HRB 55512
Vorstand: Dr. Claudia Renz (Vors.), Henning Volz · Aufsichtsratsvorsitzender: Peter Lamm
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", company="EKW Energie", contact="frederik.aumann@ekw-energie.test", cte="quoted-printable")

m(R, "de", "stelle_gestrichen", "02-24", "Personalabteilung Kessler Maschinenbau <personal@kessler-mb.test>",
  "Ihre Bewerbung vom 02.02.2026", """
Sehr geehrte Frau Hoffmann,

wir danken Ihnen für Ihre Bewerbung als Projektingenieurin Elektrokonstruktion.

Aufgrund einer unternehmensinternen Umstrukturierung wurde die ausgeschriebene Stelle leider
gestrichen. Wir werden das Besetzungsverfahren daher nicht fortsetzen und senden Ihnen Ihre
Unterlagen nicht zurück, sondern löschen sie fristgerecht.

Wir bitten um Ihr Verständnis.

Mit freundlichem Gruß
Kessler Maschinenbau GmbH
Ute Rademacher
Personalreferentin
Tel.: 07141 5551-230
""", company="Kessler Maschinenbau", contact="personal@kessler-mb.test", charset="windows-1252")

m(R, "de", "schweiz_absage_ss", "06-10", "Martina Gerber <martina.gerber@alpenstrom.example.com>",
  "Bewerbung Projektleiterin Kleinwasserkraft", """
Sehr geehrte Frau Hoffmann

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Alpenstrom AG.

Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen mitteilen, dass wir uns für eine andere
Kandidatur entschieden haben. Ausschlaggebend waren insbesondere Kenntnisse der Schweizer
Netzanschlussregeln (NA/EEA-CH) sowie gute Französischkenntnisse für die Projekte in der Romandie.

Wir bedauern, Ihnen keinen besseren Bescheid geben zu können, und wünschen Ihnen für die
Stellensuche viel Erfolg.

Freundliche Grüsse

Martina Gerber
HR Business Partner
Alpenstrom AG | Bahnhofstrasse 21 | 3011 Bern
""", company="Alpenstrom", contact="martina.gerber@alpenstrom.example.com", charset="iso-8859-1")

m(R, "de", "rexx_probearbeitstag", "04-24", "Bewerbermanagement <jobs@rexx.gruenstrom-elektro.test>",
  "Rückmeldung nach Ihrem Probearbeitstag", """
Sehr geehrte Frau Hoffmann,

herzlichen Dank, dass Sie sich am Donnerstag die Zeit für den Probearbeitstag bei uns in
Hannover genommen haben.

Wir haben uns intensiv mit allen Eindrücken beschäftigt. Leider können wir Ihnen heute keine
Zusage geben – wir haben uns für einen Bewerber entschieden, der bereits über die
Elektrofachkraft-Zulassung für Mittelspannungsanlagen verfügt.

Ihre Ansprechpartnerin für Rückfragen ist Frau Dilek Aras, dilek.aras@gruenstrom-elektro.test.

Mit sonnigen Grüßen
Grünstrom Elektrotechnik GmbH
""", company="Grünstrom Elektrotechnik", contact="dilek.aras@gruenstrom-elektro.test", fmt="alt", cte="base64")

m(R, "de", "oesterreich_karriere_absage", "07-14", "Recruiting Team <recruiting@voest-linz-systems.test>",
  "Bewerbung: Inbetriebnahmetechnikerin Automatisierung", """
Sehr geehrte Frau Hoffmann!

Vielen Dank für Ihre Bewerbung, die wir mit Interesse gelesen haben.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen
können. Wir haben uns für Kandidat:innen entschieden, deren Profil besser zu unserem
Anforderungsprofil passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Elisabeth Pichler
Human Resources
Donauwerk Systems GmbH
Industriezeile 36, 4020 Linz
""", company="Donauwerk Systems", contact="recruiting@voest-linz-systems.test")

m(R, "de", "personio_einfach", "02-27", "Kallweit Energy Recruiting <kallweit-energy@jobs.personio.de>",
  "Deine Bewerbung als Technical Sales Manager PV (m/w/d)", """
Hallo Lena,

vielen Dank für deine Bewerbung und dein Interesse an Kallweit Energy!

Wir haben uns deine Unterlagen genau angeschaut, müssen dir aber leider mitteilen, dass wir uns
gegen eine weitere Berücksichtigung entschieden haben.

Wir wünschen dir alles Gute und viel Erfolg bei der weiteren Jobsuche.

Liebe Grüße
Tamara von Kallweit Energy

Bitte antworte nicht auf diese E-Mail – dieses Postfach wird nicht überwacht.
""", company="Kallweit Energy", contact="", fmt="html")

m(R, "de", "assessment_center_absage", "04-17", "Anja Strobel <anja.strobel@bahntechnik-sued.test>",
  "Ihr Assessment-Center am 14.04.", """
Liebe Frau Hoffmann,

zunächst einmal herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center und Ihr
Engagement an diesem langen Tag.

Wir haben uns die Entscheidung nicht leicht gemacht. Für die Position als Projektleiterin
Leit- und Sicherungstechnik können wir Ihnen dennoch kein Angebot machen. Insbesondere bei der
Fallstudie zur Stellwerksmigration haben andere Teilnehmende mehr einschlägige Praxis gezeigt.

Wenn Sie möchten, gebe ich Ihnen gerne telefonisch ein ausführlicheres Feedback – melden Sie sich
einfach unter 0711 555 4471.

Mit besten Grüßen
Anja Strobel
Talent Acquisition | Bahntechnik Süd GmbH
""", company="Bahntechnik Süd", contact="anja.strobel@bahntechnik-sued.test", cte="quoted-printable")

m(R, "de", "ingenieurbuero_knapp", "08-04", "info@ib-harms.test",
  "Bewerbung", """
Sehr geehrte Frau Hoffmann,

danke für Ihre Unterlagen. Wir haben uns für einen anderen Bewerber entschieden.

MfG
Ingenieurbüro Harms
Dipl.-Ing. Wolfgang Harms
""", company="Ingenieurbüro Harms", contact="info@ib-harms.test", charset="iso-8859-1")

m(R, "de", "forschungsinstitut_absage_befristet", "09-15", "Personalreferat IWE <personal@iwe-institut.example.org>",
  "Ausschreibung 31/2026 – Wissenschaftliche Mitarbeiterin Netzintegration", """
Sehr geehrte Frau Hoffmann,

für Ihre Bewerbung auf die oben genannte Ausschreibung danken wir Ihnen.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Wahl nicht auf Sie gefallen
ist. Die Entscheidung bedeutet keine Abwertung Ihrer Qualifikation.

Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gemäß § 26 BDSG
vernichtet, sofern Sie nicht in eine längere Speicherung einwilligen.

Mit freundlichen Grüßen
Im Auftrag
Hannelore Tietjen
Institut für Windenergiesysteme (IWE)
Personalreferat, Dresden
""", company="Institut für Windenergiesysteme", contact="personal@iwe-institut.example.org")

m(R, "en", "greenhouse_soft", "04-02", "Baltic Current <no-reply@us.greenhouse-mail.io>",
  "Your application to Baltic Current", """
Hi Lena,

Thank you for your interest in the Grid Connection Manager role at Baltic Current and for the time
you invested in applying.

After careful consideration, we've decided to move forward with candidates whose background more
closely aligns with the needs of the team at this time.

We'll keep your details on file and may reach out should a suitable opportunity come up.

Best wishes,
The Baltic Current Talent Team
""", company="Baltic Current", contact="", fmt="alt")

m(R, "en", "uk_shant_progress", "05-06", "Harriet Gledhill <harriet.gledhill@moorfield-renewables.test>",
  "Application - Senior Electrical Engineer (Onshore Wind)", """
Dear Lena,

Many thanks for your application and for taking the time to speak with Callum on the phone last
week.

I'm afraid we shan't be progressing your application any further on this occasion. We had a very
strong field and have decided to take forward candidates with more UK DNO experience (G99 studies
in particular).

We do appreciate the interest you've shown in Moorfield and wish you every success.

Kind regards,

Harriet Gledhill
People Partner
Moorfield Renewables Ltd
Registered in England & Wales no. 09912345. Registered office: 2 Canal Wharf, Leeds LS11 5PS.
""", company="Moorfield Renewables", contact="harriet.gledhill@moorfield-renewables.test")

m(R, "en", "indian_regret_inform", "06-23", "HR Desk <hr.desk@sarvatra-power.test>",
  "Regarding your candidature", """
Dear Ms. Lena Hoffmann,

Greetings from Sarvatra Power Systems!

With reference to your candidature for the post of Technical Sales Manager - Europe, we regret to
inform you that your profile has not been shortlisted for the further rounds of the selection
process.

We thank you for the interest shown in our organisation and wish you all the best in your future
endeavours.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition | Sarvatra Power Systems Pvt. Ltd.
Plot 42, MIDC, Pune 411026
Mob: +91 98 5555 1234
""", company="Sarvatra Power Systems", contact="hr.desk@sarvatra-power.test")

m(R, "en", "one_liner_hiring_manager", "05-07", "Erik Lindqvist <erik@fjordvolt.example.com>",
  "Re: quick follow up", """
Thanks for your time, but we won't be moving forward. Good luck with the search.

Erik

Sent from my iPhone
""", company="Fjordvolt", contact="erik@fjordvolt.example.com",
  quote=Quote("gmail", "Lena Hoffmann <lena.hoffmann@example.net>", "Tue, 5 May 2026 at 09:14",
              "Hi Erik,\n\nJust following up on our conversation from two weeks ago - is there any news on\nthe Sales Engineer role?\n\nBest,\nLena", "quick follow up"))

m(R, "en", "role_on_hold", "08-06", "Noor Al-Hassan <noor.alhassan@helioport.test>",
  "Update on the Project Manager - BESS role", """
Hi Lena,

I wanted to give you an honest update rather than leave you hanging. Following a budget review
this week, leadership has put the Project Manager - BESS position on hold indefinitely, and we
won't be proceeding with any candidates for now.

This is no reflection on you - the panel genuinely enjoyed your case presentation. If the role is
reopened I'll reach out to you directly.

Warmly,
Noor

Noor Al-Hassan | Senior Recruiter | HelioPort
Rotterdam | +31 10 555 8812
""", company="HelioPort", contact="noor.alhassan@helioport.test")

m(R, "en", "agency_relayed", "03-27", "Dan Whitcombe <dan.whitcombe@voltage-talent.test>",
  "Feedback from Kestrel Grid", """
Hi Lena!!

Hope you're well! Just had feedback from the client on Thursday's interview and unfortunately it's
a no from them this time :( They felt your experience is super strong on the automation side
but they really need someone who's led substation projects end to end.

Gutted for you as I thought it went really well! Let's jump on a call this week - I've got a
couple of other roles in Hamburg that might be a great fit!!

Cheers,
Dan

Dan Whitcombe
Principal Consultant - Energy & Infrastructure
Voltage Talent | +44 20 5555 0192
""", company="Kestrel Grid", contact="dan.whitcombe@voltage-talent.test")

m(R, "en", "taleo_odd_format", "02-18", "Brightwell Industrial Careers <brightwell@taleo.net>",
  "Brightwell Industrial - Job Submission Status - Req 26000517", """
Dear Lena Hoffmann ,

Thank you for your interest in Brightwell Industrial and the position of   Application Engineer -
Drives & Automation  (26000517).

Upon review of your qualifications, we have determined that we will not be moving forward with
your candidacy for this position at this time .

We encourage you to visit our career site and apply for other positions for which you are
qualified.

Sincerely ,
Brightwell Industrial Talent Acquisition

*** This is an automated message. Please do not reply. ***
""", company="Brightwell Industrial", contact="", charset="windows-1252", cte="quoted-printable")

m(R, "en", "korean_after_takehome", "07-02", "Ji-woo Park <jiwoo.park@hanbit-energy.example.com>",
  "Result of technical assignment", """
Dear Lena,

Thank you for submitting the technical assignment on the inverter commissioning plan. Our
engineering team reviewed your submission carefully.

Regrettably, we have decided not to proceed to the next step with your application. The team
felt the grid-code compliance part needed more depth for this senior position.

We sincerely appreciate your effort and time, and we hope for good chance to meet again in the
future.

Best regards,
Ji-woo Park
HR Team, Hanbit Energy Europe
Frankfurt office
""", company="Hanbit Energy Europe", contact="jiwoo.park@hanbit-energy.example.com", fmt="alt")

m(R, "en", "swedish_position_filled", "05-28", "Karin Sjöberg <karin.sjoberg@nordkraft-ab.test>",
  "Your application – Commissioning Lead, Copenhagen", """
Hi Lena,

Thanks a lot for applying to Nordkraft and for your patience with our process.

We have now filled the Commissioning Lead position, so we are closing the recruitment. I'm sorry
that it wasn't good news this time.

Take care and all the best,
Karin

Karin Sjöberg
Talent Acquisition Partner, Nordkraft
""", company="Nordkraft", contact="karin.sjoberg@nordkraft-ab.test", charset="iso-8859-1", cte="quoted-printable")

m(R, "fr", "refus_formel", "04-29", "Service Recrutement <recrutement@energies-lorraine.test>",
  "Votre candidature – Chargée d'affaires raccordement", """
Madame,

Nous avons bien reçu votre candidature au poste de Chargée d'affaires raccordement et nous vous
remercions de l'intérêt que vous portez à Énergies de Lorraine.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable.

Nous conservons néanmoins vos coordonnées afin de vous recontacter si un poste correspondant à
votre profil venait à se libérer.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Dumesnil
Responsable Recrutement
Énergies de Lorraine SAS
""", company="Énergies de Lorraine", contact="recrutement@energies-lorraine.test", charset="iso-8859-1", cte="quoted-printable")

m(R, "fr", "refus_luxembourg_apres_entretien", "06-18", "Julien Weber <julien.weber@lux-reseaux.example.com>",
  "Suite à notre entretien", """
Bonjour Lena,

Merci encore pour l'échange de mardi dernier avec Sophie et moi-même.

Nous avons finalement retenu un autre profil, dont l'expérience en gestion de projets HTA est plus
proche de nos besoins immédiats. Je sais que ce n'est pas la réponse que vous espériez.

Je vous souhaite une très bonne continuation dans vos recherches.

Bien cordialement,
Julien Weber
Chef de service Ingénierie
Lux Réseaux S.A. – 12, rue de l'Industrie – L-3895 Foetz
""", company="Lux Réseaux", contact="julien.weber@lux-reseaux.example.com")

m(R, "fr", "welcome_ats_refus", "05-12", "Atelier Solaire Bordelais <notifications@welcomekit.example.com>",
  "Mise à jour de votre candidature", """
Bonjour Lena,

Merci pour votre candidature au poste d'Ingénieure commerciale photovoltaïque chez Atelier
Solaire Bordelais.

Malheureusement, nous n'allons pas donner suite, le poste ayant été pourvu en interne.

Au plaisir de recroiser votre route,
L'équipe Atelier Solaire Bordelais
""", company="Atelier Solaire Bordelais", contact="", fmt="html")

m(R, "es", "rechazo_formal", "03-30", "Selección de Personal <seleccion@eolica-iberica.test>",
  "Proceso de selección – Ingeniera de Proyectos Eólicos", """
Estimada Sra. Hoffmann:

Le agradecemos el interés mostrado en formar parte de Eólica Ibérica y el tiempo dedicado a
nuestro proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido
continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Guardaremos su currículum en nuestra base de datos para futuras oportunidades.

Atentamente,
Marta Illescas
Departamento de Recursos Humanos
Eólica Ibérica S.L.
""", company="Eólica Ibérica", contact="seleccion@eolica-iberica.test", charset="iso-8859-1", cte="quoted-printable")

m(R, "es", "rechazo_informal", "06-09", "Pablo Ortega <pablo@solarmente.example.com>",
  "Re: Oferta Técnica comercial", """
Hola Lena,

Perdona la tardanza en contestarte. Al final hemos decidido no seguir adelante con tu candidatura,
buscamos a alguien con más experiencia en el mercado español de autoconsumo.

Mucha suerte y gracias por tu tiempo!

Un abrazo,
Pablo
Solarmente · Valencia
""", company="Solarmente", contact="pablo@solarmente.example.com",
  quote=Quote("es", "Lena Hoffmann (<lena.hoffmann@example.net>)", "lun, 8 jun 2026 a las 10:31",
              "Hola Pablo,\n¿hay alguna novedad sobre el proceso?\nSaludos,\nLena"))

m(R, "es", "rechazo_puesto_cancelado", "07-21", "Talento <talento@redes-andinas.example.org>",
  "Actualización de su candidatura", """
Buenas tardes, Lena:

Le escribimos para informarle de que el puesto de Jefa de Proyecto de Subestaciones ha sido
cancelado por motivos organizativos, por lo que el proceso de selección queda cerrado.

Sentimos las molestias y le agradecemos sinceramente su participación.

Saludos cordiales,
Equipo de Talento
Redes Andinas Energía
""", company="Redes Andinas Energía", contact="talento@redes-andinas.example.org", fmt="alt", cte="base64")


# --------------------------------------------------------------------------- interview invitations
II = "interview_invitation"

m(II, "de", "telefoninterview_terminvorschlag", "03-04", "Sandra Wehmeyer <s.wehmeyer@netzwerk-ost.test>",
  "Ihre Bewerbung als Projektmanagerin Umspannwerke", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre aussagekräftigen Bewerbungsunterlagen. Wir würden Sie gerne in einem ersten
Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Hätten Sie am Dienstag, 10.03., um 10:00 Uhr oder am Mittwoch, 11.03., um 14:30 Uhr Zeit?
Bitte teilen Sie mir kurz mit, welcher Termin Ihnen passt und unter welcher Nummer wir Sie
erreichen.

Mit freundlichen Grüßen
Sandra Wehmeyer
Personalreferentin
Netzwerk Ost GmbH - Verteilnetzbetreiber für Sachsen
Tel. 0351 555 6620
""", company="Netzwerk Ost", contact="s.wehmeyer@netzwerk-ost.test", charset="iso-8859-1", cte="quoted-printable")

m(II, "de", "du_kurzer_call", "02-10", "Felix Rautenberg <felix@ampere-heroes.test>",
  "Kurzer Call?", """
Hey Lena,

danke für deine Bewerbung! Hab mir dein Profil angeschaut und fand den Schwenk von Automatisierung
in Richtung Projektentwicklung mega spannend.

Hast du diese Woche Lust auf einen kurzen Call (20 min)? Such dir einfach was aus:
https://calendly.com/felix-ampereheroes/kennenlernen

Cheers
Felix
Co-Founder @ Ampere Heroes (Wallbox-Infrastruktur für Flotten), Berlin
""", company="Ampere Heroes", contact="felix@ampere-heroes.test")

m(II, "de", "videointerview_ics", "04-08", "Recruiting Windpark Nord <recruiting@windpark-nord.test>",
  "Einladung zum Videointerview – Projektleiter/in Repowering", """
Sehr geehrte Frau Hoffmann,

wir freuen uns, Sie zu einem Videointerview einladen zu dürfen:

Termin: Montag, 20. April 2026, 11:00–12:00 Uhr
Format: Microsoft Teams (Link in der Kalendereinladung)
Gesprächspartner: Herr Carsten Meinders (Leitung Projektentwicklung), Frau Ilka Janssen (HR)

Bitte nehmen Sie die Einladung im Anhang an. Sollte der Termin nicht passen, melden Sie sich
gerne bei mir.

Viele Grüße
Ilka Janssen
Windpark Nord GmbH & Co. KG · Husum
""", company="Windpark Nord", contact="ilka.janssen@windpark-nord.test", reply_to="Ilka Janssen <ilka.janssen@windpark-nord.test>",
  ics=Ics("Videointerview Lena Hoffmann – Projektleitung Repowering", "20260420T110000", "20260420T120000",
          organizer="Ilka Janssen <ilka.janssen@windpark-nord.test>", location="Microsoft Teams"))

m(II, "de", "fachgespraech_vor_ort", "03-17", "Bernd Kühnel <bernd.kuehnel@kuehnel-steuerungstechnik.test>",
  "Einladung zum Fachgespräch", """
Sehr geehrte Frau Hoffmann,

nach dem angenehmen Telefonat letzte Woche möchten wir Sie gerne zu einem persönlichen
Fachgespräch an unseren Standort in Reutlingen einladen. Teilnehmen werden neben mir unser
Leiter Elektrokonstruktion sowie ein Kollege aus dem Vertrieb.

Vorschlag: Freitag, 27.03.2026, 9:30 Uhr, Dauer ca. 2 Stunden inkl. Werksrundgang.

Reisekosten erstatten wir Ihnen selbstverständlich (Bahn 2. Klasse).

Für eine kurze Bestätigung wäre ich dankbar.

Mit freundlichen Grüßen
Bernd Kühnel
Geschäftsführer
Kühnel Steuerungstechnik GmbH
Tel 07121 555 400 | Fax 07121 555 499
""", company="Kühnel Steuerungstechnik", contact="bernd.kuehnel@kuehnel-steuerungstechnik.test", charset="windows-1252", cte="quoted-printable")

m(II, "de", "headhunter_naechste_runde", "04-14", "Clarissa Hagedorn <hagedorn@hagedorn-consulting.test>",
  "Gute Neuigkeiten!", """
Liebe Frau Hoffmann,

gute Neuigkeiten: mein Mandant war von Ihrem Profil sehr angetan und möchte Sie gerne persönlich
kennenlernen! Das Gespräch würde mit dem Bereichsleiter Vertrieb Netztechnik stattfinden, vor Ort
in Hamburg.

Ich kann Ihnen dazu folgende Slots anbieten:
- Do., 23.04., 15:00 Uhr
- Fr., 24.04., 10:00 Uhr

Der Name des Unternehmens bleibt vorerst noch vertraulich, wie besprochen handelt es sich um den
norddeutschen Schaltanlagenhersteller. Details gerne telefonisch: 040 555 91 32.

Herzliche Grüße
Clarissa Hagedorn
Hagedorn Consulting – Personalberatung für Energie & Industrie
""", company="Hagedorn Consulting", contact="hagedorn@hagedorn-consulting.test")

m(II, "de", "dvinci_selbstbuchung", "04-22", "Stadtwerke Oberhavel Karriere <noreply@dvinci-mail.test>",
  "Terminbuchung für Ihr Vorstellungsgespräch", """
Sehr geehrte Frau Hoffmann,

wir möchten Sie gerne zu einem Vorstellungsgespräch für die Stelle „Ingenieur/in Netzplanung
Strom“ einladen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
https://stadtwerke-oberhavel.dvinci-hr.test/de/p/terminbuchung/9931a

Die Gespräche finden in der Woche vom 4. bis 8. Mai in unserem Verwaltungsgebäude in Oranienburg
statt.

Bei Fragen steht Ihnen Herr Tobias Lenz (tobias.lenz@sw-oberhavel.test, 03301 5555 120) gerne
zur Verfügung.

Mit freundlichen Grüßen
Ihre Stadtwerke Oberhavel
""", company="Stadtwerke Oberhavel", contact="tobias.lenz@sw-oberhavel.test", fmt="html")

m(II, "de", "praesentation_geschaeftsfuehrung", "05-05", "Yvonne Albrecht <yvonne.albrecht@terrawatt.example.com>",
  "Nächster Schritt: Präsentation vor der Geschäftsführung", """
Liebe Lena,

wie gestern am Telefon angekündigt, hier die Einzelheiten zum letzten Schritt in unserem Prozess:
eine Präsentation vor unserer Geschäftsführung.

Aufgabe: Stelle in 20 Minuten vor, wie du die Vertriebsstrategie für unsere Speicherlösungen bei
Stadtwerken in Süddeutschland aufbauen würdest. Anschließend ca. 40 Minuten Diskussion.

Termin: Dienstag, 12. Mai, 14:00 Uhr, bei uns im Office in Stuttgart-Vaihingen.

Gib mir bitte kurz Bescheid, ob das passt!

Viele Grüße
Yvonne

Yvonne Albrecht
People & Culture | TerraWatt Speichersysteme
""", company="TerraWatt Speichersysteme", contact="yvonne.albrecht@terrawatt.example.com", reply=True,
  quote=Quote("de", "Lena Hoffmann <lena.hoffmann@example.net>", "Mo., 4. Mai 2026 um 18:45",
              "Hallo Yvonne,\ndanke für das Telefonat, ich freue mich auf den nächsten Schritt!\nLG Lena"))

m(II, "de", "schweiz_gespraech", "06-22", "Reto Baumgartner <reto.baumgartner@rheinkraft-basel.example.com>",
  "Bewerbung Projektleiterin Photovoltaik", """
Grüezi Frau Hoffmann

Vielen Dank für Ihre Bewerbung. Ihr Dossier hat uns gut gefallen und wir möchten Sie gerne zu
einem ersten Gespräch per Video einladen.

Passt Ihnen der Donnerstag, 2. Juli, um 09.00 Uhr? Das Gespräch dauert rund eine Stunde und wird
von mir sowie von unserer Teamleiterin Solar, Frau Corinne Imhof, geführt.

Freundliche Grüsse
Reto Baumgartner
Leiter Personal
Rheinkraft Basel AG
""", company="Rheinkraft Basel", contact="reto.baumgartner@rheinkraft-basel.example.com")

m(II, "de", "teamtailor_einladung", "03-02", "Lumen Grid <jobs@lumengrid.teamtailor-mail.test>",
  "Lumen Grid: Wir möchten dich kennenlernen", """
Hi Lena,

vielen Dank für deine Bewerbung als Solution Engineer (m/w/d)! Wir möchten dich gern zu einem
ersten Interview mit unserem Hiring Manager Moritz einladen.

Buche dir hier einen Slot, der dir passt:
https://lumengrid.teamtailor.test/meetings/book/77f1

Bis bald!
Moritz Demir & das Lumen Grid Team

Antworten auf diese E-Mail landen direkt bei Moritz.
""", company="Lumen Grid", contact="moritz.demir@lumengrid.test", reply_to="Moritz Demir <moritz.demir@lumengrid.test>", fmt="alt")

m(II, "de", "oesterreich_zweite_runde", "06-03", "Mag. Gudrun Hofer <g.hofer@steirerenergie.test>",
  "Einladung zur zweiten Gesprächsrunde", """
Sehr geehrte Frau Hoffmann,

wir bedanken uns für das erste Gespräch und freuen uns, Sie zur zweiten Gesprächsrunde nach Graz
einladen zu dürfen. In diesem Termin lernen Sie auch das Team Netzanschluss kennen.

Datum: Mittwoch, 17. Juni 2026
Uhrzeit: 13:00 Uhr
Ort: Steirer Energie, Leonhardstraße 10, 8010 Graz, Empfang Haus B

Um Bestätigung wird gebeten.

Mit freundlichen Grüßen
Mag. Gudrun Hofer
Personalentwicklung & Recruiting
Steirer Energie AG
""", company="Steirer Energie", contact="g.hofer@steirerenergie.test",
  ics=Ics("Gespräch 2. Runde – L. Hoffmann", "20260617T130000", "20260617T143000",
          organizer="Gudrun Hofer <g.hofer@steirerenergie.test>", location="Leonhardstraße 10, Graz"))

m(II, "de", "xing_recruiter_interview", "09-01", "Oliver Sturm <oliver.sturm@ingcon-partner.test>",
  "Re: Ihre Nachricht auf XING", """
Hallo Frau Hoffmann,

danke für Ihre schnelle Antwort und den Lebenslauf! Ich habe mit dem Geschäftsführer unseres
Kunden gesprochen – er würde Sie gerne zu einem Vorstellungsgespräch nach Köln einladen. Es
handelt sich um ein mittelständisches Ingenieurbüro für Netzplanung (ca. 80 MA).

Können Sie am 9. oder 10. September vormittags? Dann stimme ich alles Weitere ab.

Beste Grüße
Oliver Sturm
INGCON Partner | Personalvermittlung Technik
Mobil 0170 5555 832
""", company="INGCON Partner", contact="oliver.sturm@ingcon-partner.test",
  quote=Quote("outlook", "Lena Hoffmann", "Montag, 31. August 2026 20:11",
              "Hallo Herr Sturm,\n\nanbei wie besprochen mein Lebenslauf.\n\nViele Grüße\nLena Hoffmann", "AW: Ihre Nachricht auf XING"))

m(II, "de", "fraunhofer_style_interview", "06-11", "Dr. Henrike Vollmer <henrike.vollmer@izes-forschung.example.org>",
  "Vorstellungsgespräch Gruppenleitung Netzintegration", """
Sehr geehrte Frau Hoffmann,

im Namen der Auswahlkommission lade ich Sie herzlich zu einem Vorstellungsgespräch am
Institut für Zukunftsenergiesysteme ein.

Das Gespräch findet am 30. Juni 2026 ab 10:15 Uhr in Raum 2.14 statt. Wir bitten Sie, einen
Fachvortrag von 15 Minuten zu einem selbst gewählten Projekt aus Ihrer bisherigen Tätigkeit
vorzubereiten.

Bitte bestätigen Sie Ihre Teilnahme bis zum 22. Juni.

Mit freundlichen Grüßen
Dr. Henrike Vollmer
Abteilungsleitung Netze
Institut für Zukunftsenergiesysteme (IZES), Leipzig
""", company="Institut für Zukunftsenergiesysteme", contact="henrike.vollmer@izes-forschung.example.org", cte="quoted-printable")

m(II, "en", "goodtime_panel", "06-26", "Aurelia Storage via GoodTime <scheduling@goodtime.example.com>",
  "Please schedule your panel interview with Aurelia Storage", """
Hi Lena,

Congratulations on moving to the next stage! The Aurelia Storage team would like to invite you to
a 90-minute virtual panel interview for the Senior Project Manager - Utility Scale role.

Please choose a time that works for you using the link below:
https://app.goodtime.example.com/s/aurelia/8e61f

Your panel: Rachel Kim (VP Delivery), Tomasz Nowak (Lead Electrical Engineer), Sofia Reyes
(Recruiting).

Questions? Contact Sofia Reyes at sofia.reyes@aurelia-storage.test.

Aurelia Storage Recruiting
""", company="Aurelia Storage", contact="sofia.reyes@aurelia-storage.test", fmt="html")

m(II, "en", "phone_screen_quick_chat", "05-11", "Megan O'Connell <megan.oconnell@tidewater-energy.test>",
  "Quick question", """
Hi Lena,

I'm one of the recruiters here at Tidewater Energy. Your application for the Technical Sales
Engineer role caught my eye. Would you be free for a quick chat sometime Thursday or Friday? It'd
just be 15-20 mins to go over the role and your background.

Let me know what works!

Megan
""", company="Tidewater Energy", contact="megan.oconnell@tidewater-energy.test")

m(II, "en", "indian_do_revert", "07-06", "Rakesh Menon <rakesh.menon@vayu-turbines.test>",
  "Interview schedule - Project Manager (Europe)", """
Dear Lena,

Greetings of the day!

We are pleased to inform you that your profile has been shortlisted for the technical interview
round for the position of Project Manager (Europe).

Interview details are as below:
Date: 14th July 2026 (Tuesday)
Time: 11:30 AM CEST / 3:00 PM IST
Mode: Video call (MS Teams link will be shared separately)

Kindly confirm your availability for the same. Do revert in case the slot is not suitable.

Thanks & Regards,
Rakesh Menon
Senior Executive - HR
Vayu Turbines Ltd.
""", company="Vayu Turbines", contact="rakesh.menon@vayu-turbines.test", charset="windows-1252")

m(II, "en", "onsite_ics_multi", "08-19", "Lisa Engström <lisa.engstrom@sveagrid.example.com>",
  "Invitation: Onsite interview, Copenhagen office", """
Hi Lena,

Great speaking with you on Monday! As discussed, we'd love to move you to the next stage and meet
you in person at our Copenhagen office.

The afternoon will consist of:
13:00 Welcome & coffee
13:15 Technical interview with Anders (Head of Grid Studies)
14:15 Case discussion - offshore export cable routing
15:15 Meet the team

I've attached a calendar invite. We'll of course cover your travel; our travel agency will be in
touch.

Best,
Lisa

Lisa Engström | Talent Partner | SveaGrid
""", company="SveaGrid", contact="lisa.engstrom@sveagrid.example.com", fmt="alt",
  ics=Ics("Onsite interview - Lena Hoffmann", "20260903T130000", "20260903T160000",
          organizer="Lisa Engström <lisa.engstrom@sveagrid.example.com>", location="SveaGrid, Havnegade 39, Copenhagen"))

m(II, "en", "agency_exclamation", "06-16", "Jade Turner <jade@greenforce-recruitment.test>",
  "INTERVIEW CONFIRMED!!", """
Hi Lena!!

AMAZING news - the client (Helix Wind) want to interview you!!! :)

They've offered Wednesday 24th June at 2pm (German time) via Teams, first stage with the Head of
Development. I've pencilled it in - can you confirm ASAP?

I'll send some prep notes over tomorrow, we should jump on a call Monday to go through it!

Jade x

Jade Turner | Senior Recruitment Consultant | GreenForce Recruitment
M: +44 7700 555 321
""", company="Helix Wind", contact="jade@greenforce-recruitment.test")

m(II, "en", "lever_next_round", "07-23", "Coastline Mobility <no-reply@hire.lever.co>",
  "Next steps with Coastline Mobility", """
Hi Lena,

Thanks again for chatting with our team last week. We'd like to invite you to the next round: a
technical conversation with two of our rail systems engineers (60 min, video).

Please use this link to pick a time in the next 7 days:
https://hire.lever.co/interviewing/schedule/coastline/5c0f

If none of the times work, just reply to this email and Hannah will sort it out.

Best,
Hannah Boateng
Recruiting Coordinator, Coastline Mobility
""", company="Coastline Mobility", contact="hannah.boateng@coastline-mobility.test", reply_to="Hannah Boateng <hannah.boateng@coastline-mobility.test>")

m(II, "en", "turkish_owned_interview", "07-08", "Elif Yıldız <elif.yildiz@anatolia-cable.example.com>",
  "Interview invitation - Technical Sales Manager DACH", """
Dear Ms. Hoffmann,

Thank you for your application to Anatolia Cable. We were impressed with your background and
would like to invite you for an interview with our Sales Director DACH, Mr. Kerem Aydın, and
myself.

Could you let us know your availability for a 45-minute online meeting during the week of
20 July? Mornings are preferred on our side.

Kind regards,
Elif Yıldız
Human Resources Specialist
Anatolia Cable – Istanbul | Munich
""", company="Anatolia Cable", contact="elif.yildiz@anatolia-cable.example.com", cte="base64")

m(II, "en", "australian_chat", "07-27", "Brodie McLaren <brodie@sunbelt-projects.test>",
  "Following up", """
Hey Lena,

Thanks heaps for sending through your CV. We're keen to have a yarn about the Project Engineer
role for the Europe team - are you around for a video call Tuesday arvo your time (say 4pm
Berlin)? Shouldn't take more than half an hour.

Cheers,
Brodie
Sunbelt Projects | Engineering Manager
""", company="Sunbelt Projects", contact="brodie@sunbelt-projects.test")

m(II, "en", "forwarded_invite_from_colleague", "07-16", "Martin Voss <martin.voss@ostsee-netz.test>",
  "Fwd: Interview slot for Lena Hoffmann", """
Hi Lena,

see below - Birgit from our HR team has set up the interview with our team lead. Tuesday 21 July,
10:00, Teams. Does that work for you?

Martin
""", company="Ostsee Netz", contact="martin.voss@ostsee-netz.test",
  quote=Quote("fwd", "Birgit Lange <birgit.lange@ostsee-netz.test>", "Thu, 16 Jul 2026 08:02",
              "Hi Martin,\n\nI've booked Tuesday 21.07. 10:00-11:00 with Jens for your referral Lena\nHoffmann. Teams link is in the calendar.\n\nBirgit", "Interview slot for Lena Hoffmann"))

m(II, "fr", "entretien_telephonique", "03-12", "Camille Roussel <camille.roussel@helios-conseil.test>",
  "Votre candidature – Chef de projet photovoltaïque", """
Bonjour Madame Hoffmann,

Votre candidature a retenu toute notre attention et nous souhaiterions échanger avec vous lors
d'un entretien téléphonique d'environ 30 minutes.

Seriez-vous disponible jeudi 19 mars à 10h ou vendredi 20 mars à 15h ?

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Camille Roussel
Chargée de recrutement
Hélios Conseil - Lyon
""", company="Hélios Conseil", contact="camille.roussel@helios-conseil.test", charset="iso-8859-1", cte="quoted-printable")

m(II, "fr", "entretien_suisse_romande", "08-24", "Nathalie Favre <nathalie.favre@energie-leman.example.com>",
  "Invitation à un entretien", """
Chère Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien dans nos
locaux de Lausanne le mardi 8 septembre à 14h00, en présence de M. Olivier Chappuis, responsable
du développement éolien.

Merci de bien vouloir nous confirmer votre présence.

Meilleures salutations,

Nathalie Favre
Ressources humaines
Énergie Léman SA
""", company="Énergie Léman", contact="nathalie.favre@energie-leman.example.com", fmt="alt",
  ics=Ics("Entretien – Lena Hoffmann", "20260908T140000", "20260908T153000",
          organizer="Nathalie Favre <nathalie.favre@energie-leman.example.com>", location="Avenue de Rhodanie 58, Lausanne"))

m(II, "fr", "cabinet_tour_suivant", "10-02", "Thomas Lefèvre <t.lefevre@altitude-rh.test>",
  "Prochaine étape !", """
Bonjour Lena,

Bonne nouvelle, mon client (un fabricant de postes de transformation en Alsace) souhaite vous
rencontrer pour un second entretien, cette fois avec le directeur commercial.

Il propose le 15 ou le 16 octobre, à Strasbourg. Quel jour vous arrange ?

À très vite,
Thomas Lefèvre
Altitude RH – Cabinet de recrutement ingénierie
06 55 55 12 34
""", company="Altitude RH", contact="t.lefevre@altitude-rh.test")

m(II, "es", "entrevista_videollamada", "05-26", "Lucía Fernández <lucia.fernandez@solaria-norte.test>",
  "Entrevista – Ingeniera de Proyectos Fotovoltaicos", """
Hola Lena:

Gracias por tu interés en Solaria Norte. Nos ha gustado mucho tu perfil y nos gustaría invitarte
a una primera entrevista por videollamada con el responsable del área técnica.

¿Te vendría bien el miércoles 3 de junio a las 11:00 (hora peninsular)? Si no, propónnos otro
momento esta semana.

Un saludo,
Lucía Fernández
Recursos Humanos | Solaria Norte
""", company="Solaria Norte", contact="lucia.fernandez@solaria-norte.test")

m(II, "es", "entrevista_tecnica_ics", "09-14", "Ignacio Ruiz <iruiz@vientos-del-sur.example.com>",
  "Convocatoria a entrevista técnica", """
Estimada Lena:

Nos complace convocarla a la entrevista técnica del proceso de Ingeniera de Puesta en Marcha. Se
adjunta convocatoria de calendario con el enlace de Teams.

Fecha: jueves, 24 de septiembre de 2026
Hora: 9:30 - 10:30 (CEST)

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Ignacio Ruiz
Jefe de Ingeniería
Vientos del Sur Renovables
""", company="Vientos del Sur Renovables", contact="iruiz@vientos-del-sur.example.com", charset="iso-8859-1", cte="quoted-printable",
  ics=Ics("Entrevista técnica – Lena Hoffmann", "20260924T093000", "20260924T103000",
          organizer="Ignacio Ruiz <iruiz@vientos-del-sur.example.com>", location="Microsoft Teams"))


# --------------------------------------------------------------------------- reschedules and cancellations
RS = "interview_reschedule_or_cancel"

m(RS, "de", "verschiebung_krankheit", "03-09", "Sandra Wehmeyer <s.wehmeyer@netzwerk-ost.test>",
  "AW: Telefoninterview Dienstag", """
Sehr geehrte Frau Hoffmann,

leider muss ich unser Telefoninterview am Dienstag kurzfristig absagen, da unser Abteilungsleiter
erkrankt ist. Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag bei Ihnen.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Sandra Wehmeyer
Netzwerk Ost GmbH
""", company="Netzwerk Ost", contact="s.wehmeyer@netzwerk-ost.test",
  quote=Quote("de", "Lena Hoffmann <lena.hoffmann@example.net>", "Fr., 6. März 2026 um 08:55",
              "Sehr geehrte Frau Wehmeyer,\n\nDienstag, 10.03., 10:00 Uhr passt mir sehr gut. Sie erreichen mich unter\n0176 5555 0142.\n\nMit freundlichen Grüßen\nLena Hoffmann"))

m(RS, "de", "neuer_termin_vorschlag", "03-23", "Bernd Kühnel <bernd.kuehnel@kuehnel-steuerungstechnik.test>",
  "Terminänderung Fachgespräch", """
Sehr geehrte Frau Hoffmann,

wegen eines Kundentermins in Ungarn, der sich leider nicht verschieben lässt, muss ich Sie bitten,
unser Fachgespräch vom 27.03. zu verlegen. Wäre Ihnen stattdessen Donnerstag, der 2. April, zur
gleichen Uhrzeit (9:30 Uhr) recht?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Bernd Kühnel
Kühnel Steuerungstechnik GmbH
""", company="Kühnel Steuerungstechnik", contact="bernd.kuehnel@kuehnel-steuerungstechnik.test", charset="windows-1252")

m(RS, "de", "ics_cancel", "04-16", "Ilka Janssen <ilka.janssen@windpark-nord.test>",
  "Abgesagt: Videointerview Lena Hoffmann – Projektleitung Repowering", """
Hallo Frau Hoffmann,

der Termin am 20.04. muss leider entfallen, da Herr Meinders an diesem Tag auf der Baustelle in
Dithmarschen gebraucht wird. Ich schicke Ihnen heute noch zwei Alternativen.

Viele Grüße
Ilka Janssen
Windpark Nord GmbH & Co. KG
""", company="Windpark Nord", contact="ilka.janssen@windpark-nord.test",
  ics=Ics("Videointerview Lena Hoffmann – Projektleitung Repowering", "20260420T110000", "20260420T120000",
          method="CANCEL", organizer="Ilka Janssen <ilka.janssen@windpark-nord.test>", sequence=1, status="CANCELLED"))

m(RS, "de", "headhunter_verschoben_du", "04-21", "Clarissa Hagedorn <hagedorn@hagedorn-consulting.test>",
  "Planänderung", """
Liebe Frau Hoffmann,

kurze Info vorab per Mail, ich versuche Sie auch noch telefonisch zu erreichen: der Bereichsleiter
hat für Donnerstag abgesagt, er sitzt in einer Aufsichtsratssitzung fest. Der Mandant schlägt
stattdessen Montag, 27.04., 11:00 Uhr vor. Geht das bei Ihnen?

Herzliche Grüße
Clarissa Hagedorn
""", company="Hagedorn Consulting", contact="hagedorn@hagedorn-consulting.test")

m(RS, "de", "praesentation_abgesagt_nachholen", "05-08", "Yvonne Albrecht <yvonne.albrecht@terrawatt.example.com>",
  "Präsentation am 12.05. – leider müssen wir absagen", """
Liebe Lena,

ich muss dir leider mitteilen, dass wir die Präsentation am Dienstag absagen müssen. Unsere
Geschäftsführung ist diese Woche komplett in den Finanzierungsgesprächen gebunden. Wir wollen den
Termin aber unbedingt nachholen – sobald ich neue Slots habe (vermutlich in zwei Wochen), melde
ich mich.

Sorry für das Hin und Her!
Yvonne
""", company="TerraWatt Speichersysteme", contact="yvonne.albrecht@terrawatt.example.com")

m(RS, "de", "uhrzeit_verschoben_mobil", "07-01", "Reto Baumgartner <reto.baumgartner@rheinkraft-basel.example.com>",
  "Donnerstag", """
Frau Hoffmann, können wir morgen auf 10.30 statt 9.00 schieben? Ich hänge noch in einer Sitzung fest. Gruss R. Baumgartner

Von meinem iPhone gesendet
""", company="Rheinkraft Basel", contact="reto.baumgartner@rheinkraft-basel.example.com")

m(RS, "de", "ats_termin_storniert", "05-04", "Stadtwerke Oberhavel Karriere <noreply@dvinci-mail.test>",
  "Ihr Termin wurde storniert", """
Sehr geehrte Frau Hoffmann,

Ihr gebuchter Termin für das Vorstellungsgespräch „Ingenieur/in Netzplanung Strom“ am 06.05.2026
um 13:00 Uhr wurde von uns storniert.

Bitte buchen Sie über den untenstehenden Link einen neuen Termin:
https://stadtwerke-oberhavel.dvinci-hr.test/de/p/terminbuchung/9931a

Wir bitten um Entschuldigung. Bei Rückfragen: Tobias Lenz, tobias.lenz@sw-oberhavel.test

Ihre Stadtwerke Oberhavel
""", company="Stadtwerke Oberhavel", contact="tobias.lenz@sw-oberhavel.test", fmt="html", cte="quoted-printable")

m(RS, "de", "ort_und_zeit_neu", "06-12", "Mag. Gudrun Hofer <g.hofer@steirerenergie.test>",
  "Aktualisiert: Gespräch 2. Runde – L. Hoffmann", """
Sehr geehrte Frau Hoffmann,

wegen einer Veranstaltung im Haus B müssen wir Ihr Gespräch am 17. Juni verlegen: neuer Beginn
ist 15:00 Uhr, und wir treffen uns im Besprechungsraum „Schöckl“ in Haus A. Die aktualisierte
Einladung finden Sie im Anhang.

Mit freundlichen Grüßen
Gudrun Hofer
Steirer Energie AG
""", company="Steirer Energie", contact="g.hofer@steirerenergie.test",
  ics=Ics("Gespräch 2. Runde – L. Hoffmann", "20260617T150000", "20260617T163000", sequence=1,
          organizer="Gudrun Hofer <g.hofer@steirerenergie.test>", location="Haus A, Raum Schöckl, Graz"))

m(RS, "en", "recruiter_reschedule", "07-06", "Sofia Reyes <sofia.reyes@aurelia-storage.test>",
  "Change to your panel interview", """
Hi Lena,

I'm so sorry to do this - Rachel has been pulled into a board meeting on Thursday, so we need to
move your panel interview. Could you do Monday 13 July at 3pm CEST instead? I've put a hold on
everyone's calendars.

Apologies again for the short notice!

Sofia
""", company="Aurelia Storage", contact="sofia.reyes@aurelia-storage.test", fmt="alt")

m(RS, "en", "indian_postponed", "07-11", "Rakesh Menon <rakesh.menon@vayu-turbines.test>",
  "RE: Interview schedule - Project Manager (Europe)", """
Dear Lena,

Due to unavoidable circumstances the technical interview scheduled on 14th July stands postponed.
The revised schedule will be intimated to you shortly.

Regret the inconvenience caused.

Thanks & Regards,
Rakesh Menon
Vayu Turbines Ltd.
""", company="Vayu Turbines", contact="rakesh.menon@vayu-turbines.test",
  quote=Quote("outlook", "Lena Hoffmann", "Friday, July 10, 2026 9:02 AM",
              "Dear Rakesh,\n\nThank you, I confirm the 14th at 11:30 CEST.\n\nBest regards,\nLena", "RE: Interview schedule - Project Manager (Europe)"))

m(RS, "en", "cancelled_role_closed", "05-27", "Megan O'Connell <megan.oconnell@tidewater-energy.test>",
  "Re: Friday call", """
Hi Lena - I need to cancel our call on Friday, apologies. The hiring manager has asked me to pause
all screening for this req while they rework the scope. I'll be in touch if it opens up again.

Megan
""", company="Tidewater Energy", contact="megan.oconnell@tidewater-energy.test", reply=True)

m(RS, "en", "calendly_rescheduled", "02-17", "Calendly <notifications@calendly.com>",
  "Updated: Felix Rautenberg rescheduled Kennenlernen (20 min)", """
Hi Lena Hoffmann,

Felix Rautenberg has rescheduled your event.

Event Type: Kennenlernen (20 min)
Former: Wednesday, February 18, 2026 at 4:00pm (Central European Time)
Updated: Thursday, February 19, 2026 at 9:30am (Central European Time)

Reason: "Sorry, Investor-Call dazwischengekommen! - Felix"

Need to make changes? Reschedule or cancel: https://calendly.com/reschedulings/4b2c
Questions about this event? Contact felix@ampere-heroes.test
""", company="Ampere Heroes", contact="felix@ampere-heroes.test", fmt="alt")

m(RS, "fr", "report_entretien", "03-17", "Camille Roussel <camille.roussel@helios-conseil.test>",
  "Report de notre entretien", """
Bonjour Madame Hoffmann,

Je suis contrainte de reporter notre entretien téléphonique de jeudi, notre directeur technique
étant retenu sur un chantier. Pourriez-vous être disponible lundi 23 mars à 11h à la place ?

Avec toutes mes excuses pour ce contretemps,

Camille Roussel
Hélios Conseil
""", company="Hélios Conseil", contact="camille.roussel@helios-conseil.test", charset="iso-8859-1")

m(RS, "fr", "annulation_entretien", "09-03", "Nathalie Favre <nathalie.favre@energie-leman.example.com>",
  "Annulation – Entretien du 8 septembre", """
Chère Madame,

Nous sommes au regret de devoir annuler l'entretien prévu le mardi 8 septembre. M. Chappuis a dû
s'absenter pour raisons familiales. Nous reviendrons vers vous dans les meilleurs délais avec une
nouvelle date.

Meilleures salutations,
Nathalie Favre
Énergie Léman SA
""", company="Énergie Léman", contact="nathalie.favre@energie-leman.example.com",
  ics=Ics("Entretien – Lena Hoffmann", "20260908T140000", "20260908T153000", method="CANCEL", sequence=1,
          status="CANCELLED", organizer="Nathalie Favre <nathalie.favre@energie-leman.example.com>"))

m(RS, "es", "cambio_hora", "06-01", "Lucía Fernández <lucia.fernandez@solaria-norte.test>",
  "Cambio de hora entrevista", """
Hola Lena,

Te escribo porque nos ha surgido un imprevisto el miércoles por la mañana. ¿Podríamos pasar la
entrevista a las 16:30 del mismo día? Si no te va bien dime y buscamos otro hueco.

Perdona las molestias!
Lucía
""", company="Solaria Norte", contact="lucia.fernandez@solaria-norte.test")


# --------------------------------------------------------------------------- missed interviews
MI = "missed_interview_notice"

m(MI, "de", "nicht_erreicht_telefon", "03-19", "Sandra Wehmeyer <s.wehmeyer@netzwerk-ost.test>",
  "Telefoninterview heute", """
Sehr geehrte Frau Hoffmann,

wir hatten heute um 10:00 Uhr unser Telefoninterview vereinbart. Leider konnten wir Sie unter der
angegebenen Nummer zweimal nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz bei mir, damit wir einen neuen
Termin finden können.

Mit freundlichen Grüßen
Sandra Wehmeyer
Netzwerk Ost GmbH
""", company="Netzwerk Ost", contact="s.wehmeyer@netzwerk-ost.test", charset="iso-8859-1")

m(MI, "de", "teams_nicht_beigetreten", "04-29", "Ilka Janssen <ilka.janssen@windpark-nord.test>",
  "Unser Termin heute um 11 Uhr", """
Hallo Frau Hoffmann,

Herr Meinders und ich haben heute ab 11:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind aber
leider nicht beigetreten. Ist alles in Ordnung bei Ihnen? Vielleicht gab es technische Probleme?

Geben Sie mir gerne Bescheid, dann schauen wir, ob wir einen neuen Termin finden.

Viele Grüße
Ilka Janssen
""", company="Windpark Nord", contact="ilka.janssen@windpark-nord.test", fmt="alt")

m(MI, "de", "empfang_gewartet", "04-02", "Bernd Kühnel <bernd.kuehnel@kuehnel-steuerungstechnik.test>",
  "Heute 9:30", """
Guten Tag Frau Hoffmann,

wir hatten Sie heute um 9:30 Uhr zum Fachgespräch bei uns in Reutlingen erwartet. Leider sind Sie
nicht erschienen und wir haben auch keine Nachricht erhalten.

Ich bitte um eine kurze Rückmeldung, ob Sie an der Stelle weiterhin interessiert sind.

Mit freundlichen Grüßen
Bernd Kühnel
Geschäftsführer, Kühnel Steuerungstechnik GmbH
""", company="Kühnel Steuerungstechnik", contact="bernd.kuehnel@kuehnel-steuerungstechnik.test", charset="windows-1252", cte="quoted-printable")

m(MI, "de", "du_verpasst_kurz", "02-19", "Felix Rautenberg <felix@ampere-heroes.test>",
  "hey, alles ok?", """
Hi Lena, ich sitz grad im Call und du bist nicht da 🙂 Alles gut? Wenn's heute nicht mehr klappt, buch dir einfach nen neuen Slot über den Calendly-Link.
Felix
""", company="Ampere Heroes", contact="felix@ampere-heroes.test")

m(MI, "de", "schweiz_nicht_erschienen", "07-02", "Reto Baumgartner <reto.baumgartner@rheinkraft-basel.example.com>",
  "Videogespräch vom 2. Juli", """
Sehr geehrte Frau Hoffmann

Frau Imhof und ich haben heute Morgen vergeblich im Videocall auf Sie gewartet. Wir gehen davon
aus, dass etwas Unvorhergesehenes passiert ist.

Bitte teilen Sie uns bis Ende Woche mit, ob Sie weiterhin am Verfahren teilnehmen möchten.

Freundliche Grüsse
Reto Baumgartner
Rheinkraft Basel AG
""", company="Rheinkraft Basel", contact="reto.baumgartner@rheinkraft-basel.example.com")

m(MI, "en", "tried_calling", "05-15", "Megan O'Connell <megan.oconnell@tidewater-energy.test>",
  "Missed you today", """
Hi Lena,

I tried calling you at the scheduled time (2pm) but it went straight to voicemail. No worries if
something came up - just let me know when you're free and we'll rebook.

Thanks,
Megan
Tidewater Energy Talent
""", company="Tidewater Energy", contact="megan.oconnell@tidewater-energy.test")

m(MI, "en", "no_show_panel", "07-13", "Sofia Reyes <sofia.reyes@aurelia-storage.test>",
  "Your interview this afternoon", """
Hi Lena,

The panel was ready for your interview at 3pm CEST today, but it looks like you didn't join the
meeting. We waited about 15 minutes before wrapping up.

I hope everything is okay. If you'd still like to be considered, please reply by Friday and I'll
see whether the panel can find another slot.

Best,
Sofia Reyes
Recruiting, Aurelia Storage
""", company="Aurelia Storage", contact="sofia.reyes@aurelia-storage.test", fmt="alt", cte="quoted-printable")

m(MI, "en", "agency_client_waiting", "06-24", "Jade Turner <jade@greenforce-recruitment.test>",
  "where are you?? client waiting", """
Lena!! Helix Wind have just been on to me - you didn't join the Teams call at 2pm?? Are you ok?
Please call me asap on 07700 555 321 so I can smooth things over with them!!

Jade
""", company="Helix Wind", contact="jade@greenforce-recruitment.test")

m(MI, "fr", "absence_entretien", "10-15", "Thomas Lefèvre <t.lefevre@altitude-rh.test>",
  "Entretien de ce matin", """
Bonjour Lena,

Le directeur commercial m'indique que vous ne vous êtes pas présentée ce matin à Strasbourg pour
le second entretien. J'espère qu'il ne vous est rien arrivé.

Pouvez-vous me rappeler dès que possible ? Je vais essayer de proposer une autre date au client.

Thomas Lefèvre
Altitude RH
""", company="Altitude RH", contact="t.lefevre@altitude-rh.test")

m(MI, "es", "no_se_conecto", "09-24", "Ignacio Ruiz <iruiz@vientos-del-sur.example.com>",
  "Entrevista de hoy", """
Estimada Lena:

Le esperamos hoy a las 9:30 en la reunión de Teams, pero no llegó a conectarse. Entendemos que
puede haber surgido algún imprevisto.

Si sigue interesada en el proceso, le ruego que me lo indique para buscar una nueva fecha.

Atentamente,
Ignacio Ruiz
Vientos del Sur Renovables
""", company="Vientos del Sur Renovables", contact="iruiz@vientos-del-sur.example.com", charset="iso-8859-1")


# --------------------------------------------------------------------------- application acknowledgements
AR = "application_received"

m(AR, "de", "stepstone_bestaetigung", "01-13", "Rhenania Netz Karriere <bewerbung@rhenania-netz.test>",
  "Eingangsbestätigung Ihrer Bewerbung", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Projektingenieurin Netzausbau (m/w/d) über StepStone. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.
Bitte sehen Sie bis dahin von telefonischen Nachfragen ab.

Mit freundlichen Grüßen
Ihr Personalteam
Rhenania Netz GmbH, Köln
""", company="Rhenania Netz", contact="bewerbung@rhenania-netz.test", cte="quoted-printable")

m(AR, "de", "volumen_keine_einzelantwort", "01-22", "Karriere Isarwerke <karriere@isarwerke.example.com>",
  "Ihre Bewerbung ist bei uns eingegangen", """
Guten Tag Frau Hoffmann,

herzlichen Dank für Ihr Interesse an den Isarwerken München und Ihre Bewerbung als
Technische Vertriebsreferentin Wärmepumpen.

Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der großen Zahl an Bewerbungen
bitten wir um Verständnis, dass wir nicht jede Bewerbung einzeln kommentieren können und die
Bearbeitung einige Wochen in Anspruch nehmen kann. Leider ist es uns auch nicht möglich, zum
jetzigen Zeitpunkt ein individuelles Feedback zu geben.

Sobald wir eine Entscheidung getroffen haben, hören Sie von uns.

Freundliche Grüße
Isarwerke München – Personalmarketing
""", company="Isarwerke München", contact="karriere@isarwerke.example.com", fmt="alt")

m(AR, "de", "personio_danke_du", "02-12", "Kallweit Energy Recruiting <kallweit-energy@jobs.personio.de>",
  "Danke für deine Bewerbung bei Kallweit Energy!", """
Hallo Lena,

danke für deine Bewerbung als Technical Sales Manager PV (m/w/d)! Wir haben deine Unterlagen
erhalten und schauen sie uns in den nächsten Tagen genau an.

Du hörst spätestens in zwei Wochen von uns. 🚀

Liebe Grüße
Tamara von Kallweit Energy
""", company="Kallweit Energy", contact="", fmt="html")

m(AR, "de", "successfactors_eingang", "01-19", "EKW Energie Karriere <careers-noreply@successfactors.eu>",
  "Bewerbungseingang: Netzplanerin/Netzplaner Hochspannung (Job-ID 40817)", """
Guten Tag Frau Hoffmann,

wir bestätigen den Eingang Ihrer Bewerbung für die Position
    Netzplanerin/Netzplaner Hochspannung (Job-ID 40817)
am 19.01.2026.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
EKW Energie AG
Personalgewinnung

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet.
""", company="EKW Energie", contact="", cte="quoted-printable")

m(AR, "de", "umantis_schweiz", "02-05", "Berner Verkehrsbetriebe HR <noreply@umantis.example.com>",
  "Bestätigung Ihrer Bewerbung", """
Sehr geehrte Frau Hoffmann

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung als Projektleiterin Fahrstrom-Anlagen und danken
Ihnen für Ihr Interesse an den Berner Verkehrsbetrieben.

Wir prüfen Ihr Dossier und werden uns so bald wie möglich bei Ihnen melden. Besten Dank für Ihre
Geduld.

Freundliche Grüsse
Berner Verkehrsbetriebe
Human Resources, Viktoriaplatz 4, 3013 Bern
""", company="Berner Verkehrsbetriebe", contact="", charset="iso-8859-1", cte="quoted-printable")

m(AR, "de", "oesterreich_karriere_at", "05-18", "Bewerbungsmanagement <bewerbung@tauernstrom.test>",
  "Ihre Bewerbung über karriere.at – Elektroplanerin PV-Großanlagen", """
Sehr geehrte Frau Hoffmann,

danke für Ihre Bewerbung, die uns über karriere.at erreicht hat. Wir werden Ihre Unterlagen
prüfen und uns innerhalb von 14 Tagen bei Ihnen melden.

Unterlagen, die per Post nachgereicht werden, können wir leider nicht retournieren.

Mit freundlichen Grüßen
Anna Gruber
Tauernstrom GmbH · Salzburger Straße 12 · 4020 Linz
""", company="Tauernstrom", contact="bewerbung@tauernstrom.test")

m(AR, "de", "kurze_persoenliche_bestaetigung", "02-06", "Wiebke Thomsen <w.thomsen@kuestenkabel.test>",
  "AW: Bewerbung Technischer Vertrieb", """
Moin Frau Hoffmann,

danke, ist angekommen! Ich leite Ihre Unterlagen an unseren Vertriebsleiter weiter, der ist aber
bis 20.02. im Urlaub. Rückmeldung kommt also etwas später.

Gruß
Wiebke Thomsen
Küstenkabel GmbH, Cuxhaven
""", company="Küstenkabel", contact="w.thomsen@kuestenkabel.test", reply=True)

m(AR, "de", "rexx_eingang_und_kein_feedback", "03-09", "Bewerbermanagement <jobs@rexx.gruenstrom-elektro.test>",
  "Ihre Bewerbung: Projektingenieurin Mittelspannung", """
Sehr geehrte Frau Hoffmann,

wir haben Ihre Bewerbung erhalten – vielen Dank!

Bitte haben Sie Verständnis dafür, dass die Prüfung aller Unterlagen etwas Zeit in Anspruch nimmt.
Leider können wir aufgrund der hohen Anzahl an Bewerbungen nicht allen Bewerberinnen und
Bewerbern persönlich antworten; wenn wir uns innerhalb von vier Wochen nicht melden, ist die
Stelle anderweitig vergeben.

Mit sonnigen Grüßen
Grünstrom Elektrotechnik GmbH
Dilek Aras, dilek.aras@gruenstrom-elektro.test
""", company="Grünstrom Elektrotechnik", contact="dilek.aras@gruenstrom-elektro.test", fmt="alt", cte="base64")

m(AR, "de", "behoerde_bestaetigung", "03-02", "Landesamt für Energie und Geologie <stellen@leg-sachsen.example.org>",
  "Eingangsbestätigung – Ausschreibung 12/2026 Sachbearbeitung Netzausbau", """
Sehr geehrte Frau Hoffmann,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung 12/2026.

Nach Ablauf der Bewerbungsfrist am 15.03.2026 wird die Auswahlkommission über die Einladung zu
Vorstellungsgesprächen entscheiden. Schwerbehinderte Bewerberinnen und Bewerber werden bei
gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Im Auftrag
Referat 12 - Personal
Landesamt für Energie und Geologie Sachsen
""", company="Landesamt für Energie und Geologie Sachsen", contact="stellen@leg-sachsen.example.org", charset="iso-8859-1")

m(AR, "de", "startup_get_in_it", "01-27", "Team Voltfeld <hello@voltfeld.example.com>",
  "Deine Bewerbung via Get in IT", """
Hey Lena,

cool, dass du dich für unsere Stelle als Product Engineer Netzanschluss interessierst!

Wir haben deine Bewerbung bekommen. Wir sind ein kleines Team und antworten jedem – versprochen –
aber es kann ein paar Tage dauern.

Bis bald
Johanna & Team Voltfeld
Leipzig
""", company="Voltfeld", contact="hello@voltfeld.example.com")

m(AR, "en", "workday_received", "02-09", "Nordwind Offshore Talent <nordwindoffshore@myworkday.com>",
  "Thank you for applying to Nordwind Offshore", """
Dear Lena,

Thank you for applying for the position Senior Project Engineer Grid Connection (R-10442). We have
received your application and our recruiting team will review it.

If your qualifications match our needs, we will contact you about next steps. You can check the
status of your application at any time by signing in to your candidate home.

Kind regards,
Nordwind Offshore Talent Acquisition
""", company="Nordwind Offshore", contact="", fmt="alt")

m(AR, "en", "greenhouse_received_no_feedback", "03-11", "Baltic Current <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Baltic Current!", """
Hi Lena,

Thanks for applying to the Grid Connection Manager role at Baltic Current! We've received your
application and our team will review it shortly.

Due to the volume of applications we receive, we're unfortunately unable to respond to every
applicant individually or provide individual feedback at this stage. If your profile is a match,
a member of our team will reach out.

Best,
Baltic Current Talent Team
""", company="Baltic Current", contact="", fmt="html")

m(AR, "en", "indian_acknowledgement", "06-02", "Careers <careers@sarvatra-power.test>",
  "Acknowledgement: Application for Technical Sales Manager - Europe", """
Dear Candidate,

This is to acknowledge receipt of your application for the position of Technical Sales Manager -
Europe. Your application will be reviewed by our HR team and shortlisted candidates will be
contacted for further process.

Kindly do not send duplicate applications.

Regards,
HR Team
Sarvatra Power Systems Pvt. Ltd.
""", company="Sarvatra Power Systems", contact="careers@sarvatra-power.test")

m(AR, "en", "teamtailor_received_swedish", "04-20", "Nordkraft <jobs@nordkraft.teamtailor-mail.test>",
  "We've got your application!", """
Hi Lena,

Thanks for applying for Commissioning Lead, Copenhagen at Nordkraft! We have received your
application and will get back to you as soon as we can - usually within two weeks.

In the meantime, feel free to read more about life at Nordkraft on our career site.

Have a great day,
Karin at Nordkraft
""", company="Nordkraft", contact="karin.sjoberg@nordkraft-ab.test", reply_to="Karin Sjöberg <karin.sjoberg@nordkraft-ab.test>", fmt="alt")

m(AR, "en", "uk_received_short", "04-14", "Moorfield Renewables Recruitment <recruitment@moorfield-renewables.test>",
  "Application received - Senior Electrical Engineer (Onshore Wind)", """
Dear Lena,

Thank you for your application. We confirm it has been received and will be reviewed by the
hiring team in due course. Owing to the number of applications, we are unable to provide feedback
to candidates who are not shortlisted.

Kind regards,
Recruitment Team
Moorfield Renewables
""", company="Moorfield Renewables", contact="recruitment@moorfield-renewables.test")

m(AR, "en", "smartrecruiters_received", "07-10", "Coastline Mobility <noreply@smartrecruiters.example.com>",
  "Coastline Mobility - Application received", """
Hi Lena,

Your application for Rail Systems Project Engineer (Remote, EU) has been successfully submitted.

What happens next? Our team reviews every application and will be in touch if there is a match.
Unfortunately, we are unable to provide individual feedback at this stage.

Coastline Mobility Talent Team
""", company="Coastline Mobility", contact="", fmt="html")

m(AR, "fr", "accuse_reception", "03-18", "Recrutement <recrutement@energies-lorraine.test>",
  "Accusé de réception de votre candidature", """
Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée d'affaires raccordement
et vous en remercions.

Votre dossier est actuellement à l'étude. En raison du nombre important de candidatures, nous ne
serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles.

Bien cordialement,
Le service Recrutement
Énergies de Lorraine
""", company="Énergies de Lorraine", contact="recrutement@energies-lorraine.test", charset="iso-8859-1", cte="quoted-printable")

m(AR, "fr", "ats_candidature_bien_recue", "04-23", "Atelier Solaire Bordelais <notifications@welcomekit.example.com>",
  "Votre candidature a bien été envoyée", """
Bonjour Lena,

Votre candidature pour le poste d'Ingénieure commerciale photovoltaïque chez Atelier Solaire
Bordelais a bien été transmise à l'équipe de recrutement.

Vous pouvez suivre son avancement depuis votre espace candidat.

À bientôt !
""", company="Atelier Solaire Bordelais", contact="", fmt="html")

m(AR, "es", "acuse_recibo", "02-26", "Selección de Personal <seleccion@eolica-iberica.test>",
  "Hemos recibido su candidatura", """
Estimada Sra. Hoffmann:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Ingeniera de
Proyectos Eólicos.

Debido al elevado número de solicitudes, no nos es posible responder a todas de forma
individual. Si su perfil encaja con lo que buscamos, nos pondremos en contacto con usted.

Atentamente,
Departamento de RR. HH.
Eólica Ibérica
""", company="Eólica Ibérica", contact="seleccion@eolica-iberica.test", charset="iso-8859-1", cte="quoted-printable")

m(AR, "es", "infojobs_recibida", "06-15", "Redes Andinas Energía <no-responder@redes-andinas.example.org>",
  "Tu candidatura ha sido recibida", """
Hola Lena,

¡Gracias por inscribirte en la oferta Jefa de Proyecto de Subestaciones! Tu candidatura ya está
en manos del equipo de selección.

Te iremos informando de cualquier cambio en el estado del proceso.

Equipo de Talento
Redes Andinas Energía
""", company="Redes Andinas Energía", contact="", fmt="alt")


# --------------------------------------------------------------------------- offers
OF = "offer"

m(OF, "de", "vertragsangebot_anhang", "07-10", "Yvonne Albrecht <yvonne.albrecht@terrawatt.example.com>",
  "Dein Vertragsangebot", """
Liebe Lena,

wie heute Nachmittag schon am Telefon besprochen: wir freuen uns riesig, dir die Position als
Key Account Managerin Stadtwerke anbieten zu dürfen!

Im Anhang findest du unser Vertragsangebot (Start 1. September, 78.000 € Fix + 15 % Variable,
30 Urlaubstage, Dienstwagen). Lies es dir in Ruhe durch – wenn alles passt, schick es uns
unterschrieben bis zum 24.07. zurück.

Bei Fragen ruf mich jederzeit an!

Herzliche Grüße
Yvonne
People & Culture | TerraWatt Speichersysteme
""", company="TerraWatt Speichersysteme", contact="yvonne.albrecht@terrawatt.example.com",
  attach="Vertragsangebot_Hoffmann.pdf", charset="windows-1252", cte="quoted-printable")

m(OF, "de", "zusage_formell", "06-29", "Mag. Gudrun Hofer <g.hofer@steirerenergie.test>",
  "Zusage – Projektleiterin Netzanschluss", """
Sehr geehrte Frau Hoffmann,

wir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Gerne bieten
wir Ihnen die Position als Projektleiterin Netzanschluss in unserem Team in Graz an.

Das Bruttojahresgehalt beträgt € 68.500,– (14 Gehälter). Den Dienstvertrag senden wir Ihnen nach
Ihrer mündlichen Zusage per Post zu.

Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Mag. Gudrun Hofer
Steirer Energie AG
""", company="Steirer Energie", contact="g.hofer@steirerenergie.test")

m(OF, "de", "arbeitsvertrag_zur_unterschrift", "05-04", "Personalabteilung Netzwerk Ost <personal@netzwerk-ost.test>",
  "Ihr Arbeitsvertrag", """
Sehr geehrte Frau Hoffmann,

im Nachgang zu Ihrem Gespräch mit Herrn Dr. Pfaff übersenden wir Ihnen anbei Ihren Arbeitsvertrag
in zweifacher Ausfertigung. Bitte senden Sie ein unterschriebenes Exemplar bis zum 15.05.2026 an
uns zurück.

Der Vertrag steht unter dem Vorbehalt der arbeitsmedizinischen Eignungsuntersuchung.

Mit freundlichen Grüßen
i. A. Sandra Wehmeyer
Netzwerk Ost GmbH
""", company="Netzwerk Ost", contact="personal@netzwerk-ost.test", attach="Arbeitsvertrag_Hoffmann.pdf", charset="iso-8859-1", cte="quoted-printable")

m(OF, "de", "schweiz_offerte", "08-12", "Reto Baumgartner <reto.baumgartner@rheinkraft-basel.example.com>",
  "Ihre Anstellung bei der Rheinkraft Basel", """
Sehr geehrte Frau Hoffmann

Es freut uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Stelle als Projektleiterin
Photovoltaik anbieten zu können. Im Anhang finden Sie unsere Offerte mit den Eckdaten (Pensum
100 %, Jahreslohn CHF 118'000, Stellenantritt nach Vereinbarung).

Wir würden uns freuen, wenn Sie uns Ihren Entscheid bis Ende Monat mitteilen.

Freundliche Grüsse
Reto Baumgartner
Leiter Personal, Rheinkraft Basel AG
""", company="Rheinkraft Basel", contact="reto.baumgartner@rheinkraft-basel.example.com", attach="Offerte_Hoffmann.pdf")

m(OF, "de", "headhunter_angebot_mandant", "05-15", "Clarissa Hagedorn <hagedorn@hagedorn-consulting.test>",
  "Angebot!!", """
Liebe Frau Hoffmann,

ich habe soeben mit dem Mandanten telefoniert: Sie bekommen das Angebot! Herzlichen Glückwunsch!
Das Unternehmen (jetzt darf ich es sagen: Nordstern Schaltanlagen in Hamburg) bietet Ihnen die
Position Vertriebsingenieurin Netztechnik mit einem Fixum von 82.000 € plus Bonus an.

Das schriftliche Angebot kommt Anfang nächster Woche direkt vom Unternehmen. Lassen Sie uns
morgen telefonieren, um die Details durchzugehen.

Herzliche Grüße
Clarissa Hagedorn
Hagedorn Consulting
""", company="Nordstern Schaltanlagen", contact="hagedorn@hagedorn-consulting.test")

m(OF, "en", "pleased_to_offer", "09-11", "Lisa Engström <lisa.engstrom@sveagrid.example.com>",
  "Offer of employment - Grid Studies Project Manager", """
Dear Lena,

Following your visit to Copenhagen, I am delighted to let you know that we would like to offer
you the position of Grid Studies Project Manager at SveaGrid.

Please find the offer letter attached, which sets out the salary (DKK 720,000 per year plus
pension), the relocation package and the proposed start date of 1 November 2026.

We'd appreciate your answer within one week. Don't hesitate to call me on +45 55 55 12 12.

Warm regards,
Lisa Engström
Talent Partner, SveaGrid
""", company="SveaGrid", contact="lisa.engstrom@sveagrid.example.com", attach="SveaGrid_Offer_Lena_Hoffmann.pdf", fmt="alt")

m(OF, "en", "verbal_offer_follow_up", "08-14", "Brodie McLaren <brodie@sunbelt-projects.test>",
  "As discussed", """
Hi Lena,

Great chatting earlier - as I said on the phone, we'd love to have you on board as Project
Engineer for the Europe team! I've asked our people team to put the formal offer together, you
should see it by Thursday. Base is EUR 72k as we talked about, fully remote with a trip to the
Lisbon office each quarter.

Stoked to be working with you (hopefully)!

Brodie
""", company="Sunbelt Projects", contact="brodie@sunbelt-projects.test")

m(OF, "en", "conditional_offer", "08-17", "Rakesh Menon <rakesh.menon@vayu-turbines.test>",
  "Conditional Offer Letter - Project Manager (Europe)", """
Dear Lena,

Congratulations!

We are pleased to extend to you a conditional offer for the position of Project Manager (Europe)
with Vayu Turbines Europe GmbH, Hamburg. This offer is subject to satisfactory background
verification and reference checks.

Kindly go through the attached offer letter and send us the signed copy on or before 31st
August 2026. Do revert for any clarification.

Thanks & Regards,
Rakesh Menon
Senior Executive - HR, Vayu Turbines Ltd.
""", company="Vayu Turbines", contact="rakesh.menon@vayu-turbines.test", attach="Conditional_Offer_Letter.pdf", charset="windows-1252")

m(OF, "fr", "promesse_embauche", "10-06", "Nathalie Favre <nathalie.favre@energie-leman.example.com>",
  "Proposition d'engagement", """
Chère Madame,

Nous avons le plaisir de vous confirmer notre proposition d'engagement pour le poste de Cheffe de
projet éolien au sein d'Énergie Léman, avec une entrée en fonction au 1er décembre 2026.

Vous trouverez en pièce jointe le contrat de travail. Nous vous remercions de nous le retourner
signé dans un délai de dix jours.

Au plaisir de vous accueillir prochainement dans notre équipe.

Meilleures salutations,
Nathalie Favre
Ressources humaines, Énergie Léman SA
""", company="Énergie Léman", contact="nathalie.favre@energie-leman.example.com", attach="Contrat_Hoffmann.pdf", cte="quoted-printable")

m(OF, "es", "oferta_laboral", "06-30", "Lucía Fernández <lucia.fernandez@solaria-norte.test>",
  "¡Buenas noticias!", """
Hola Lena:

¡Enhorabuena! Nos complace ofrecerte el puesto de Ingeniera de Proyectos Fotovoltaicos en Solaria
Norte. Te adjunto la carta de oferta con las condiciones (salario bruto anual de 52.000 €,
modalidad híbrida desde Bilbao, incorporación el 1 de septiembre).

Cuéntanos qué te parece; si tienes cualquier duda, llámame.

Un abrazo,
Lucía Fernández
Recursos Humanos | Solaria Norte
""", company="Solaria Norte", contact="lucia.fernandez@solaria-norte.test", attach="Carta_oferta_Hoffmann.pdf")


# --------------------------------------------------------------------------- other (German)
OT = "other"
BULK = {"List-Unsubscribe": "<https://mail.example.com/unsub?u=lh40>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk"}

m(OT, "de", "stepstone_jobagent", "01-08", "StepStone Jobagent <jobagent@stepstone.example.com>",
  "12 neue Jobs für „Projektleiter Erneuerbare Energien“ in Hamburg", """
Hallo Lena,

dein Jobagent hat 12 neue passende Stellen gefunden:

Projektleiter Windenergie (m/w/d) – Nordlicht Energy – Hamburg – Neu
Projektingenieur Umspannwerke (m/w/d) – Hanse Netz Service – Hamburg – vor 2 Tagen
Technischer Vertrieb Photovoltaik (m/w/d) – Sonnendeck Solar – Hamburg (Hybrid)
Bauleiter Kabeltiefbau (m/w/d) – Elbkabel Bau – Buxtehude

Alle 12 Jobs ansehen: https://www.stepstone.example.com/jobagent/results?id=93342

Nicht passend? Passe deinen Jobagenten an oder melde dich hier ab.
""", headers=dict(BULK, **{"List-Id": "StepStone Jobagent <jobagent.stepstone.example.com>"}), fmt="html")

m(OT, "de", "xing_empfehlungen", "01-15", "XING <mailrobot@xing.example.com>",
  "Lena, diese Stellen könnten Sie interessieren", """
Hallo Lena Hoffmann,

basierend auf Ihrem Profil haben wir neue Jobempfehlungen für Sie:

• Teamleiterin Netzanschluss – Stadtwerke Ostholstein – Eutin
• Senior Sales Engineer Energy Storage – Ampereon – München
• Projektmanagerin Ladeinfrastruktur – Mobilwerk – Stuttgart

Außerdem: 4 Recruiter haben sich diese Woche Ihr Profil angesehen. Mit XING Premium sehen Sie, wer.

Ihr XING-Team
Diese E-Mail wurde an lena.hoffmann@example.net gesendet. Benachrichtigungseinstellungen ändern.
""", headers=BULK, fmt="alt")

m(OT, "de", "karriere_newsletter_absagen", "04-09", "Karrierebrief Technik <newsletter@ingenieurkarriere.example.com>",
  "Absage erhalten? So machen Sie weiter | Karrierebrief 14/2026", """
Liebe Leserinnen und Leser,

jede zweite Ingenieurin bekommt im Bewerbungsprozess mehr Absagen als Einladungen zum
Vorstellungsgespräch. In dieser Ausgabe:

1. „Leider müssen wir Ihnen mitteilen…“ – Was hinter Standardabsagen wirklich steckt
2. Vorstellungsgespräch verpasst? Wie Sie sich professionell entschuldigen
3. Gehaltsverhandlung in der Energiebranche: Was Projektleiter 2026 verdienen
4. Fallstudie im Assessment-Center: Die fünf häufigsten Fehler

Viel Spaß beim Lesen!
Ihre Redaktion Ingenieurkarriere

Sie erhalten diesen Newsletter, weil Sie sich auf ingenieurkarriere.example.com angemeldet haben.
Abmelden: https://ingenieurkarriere.example.com/newsletter/abmelden
""", headers=dict(BULK, **{"List-Id": "Karrierebrief <karrierebrief.ingenieurkarriere.example.com>"}), fmt="html")

m(OT, "de", "jobware_newsletter", "02-03", "Jobware <service@jobware.example.com>",
  "Ihre Jobs der Woche + Tipps fürs Telefoninterview", """
Guten Tag Frau Hoffmann,

hier sind Ihre Top-Jobs der Woche in der Region Stuttgart:

Elektroingenieur/in Automatisierung – Neckar Anlagenbau – Esslingen
Projektleiter/in Energiewende – Stadtwerke Filderstadt – Filderstadt

Tipp der Woche: Im Telefoninterview zählt der erste Eindruck. Legen Sie Lebenslauf und
Stellenanzeige bereit und suchen Sie sich einen ruhigen Raum.

Ihr Jobware-Team
""", headers=BULK, fmt="html", cte="quoted-printable")

m(OT, "de", "karriere_at_jobagent", "05-25", "karriere.at Job-Alarm <jobalarm@karriere.example.com>",
  "Neue Jobs: Elektrotechnik in Linz", """
Servus Lena!

Für deinen Job-Alarm „Elektrotechnik, Linz“ gibt es 7 neue Jobs:

Projektleiter:in Photovoltaik – Mühlviertler Solartechnik – Freistadt
Inbetriebnahmetechniker:in – Donauwerk Systems – Linz
Key Account Manager:in Energie – Linz AG-Partner Energievertrieb – Linz

Jetzt ansehen auf karriere.at
Job-Alarm bearbeiten oder deaktivieren
""", headers=BULK, fmt="alt")

m(OT, "de", "headhunter_kaltakquise", "03-24", "Sebastian Krüger <sk@krueger-executive.test>",
  "Ihr Profil – kurze Frage", """
Sehr geehrte Frau Hoffmann,

ich bin auf XING auf Ihr Profil gestoßen und finde Ihren Werdegang an der Schnittstelle
Automatisierung/Energietechnik sehr interessant.

Wir beraten regelmäßig mittelständische Unternehmen der Energiewirtschaft bei der Besetzung von
Fach- und Führungspositionen. Gerne würde ich Sie in unser Netzwerk aufnehmen, damit ich Sie bei
passenden Vakanzen ansprechen kann. Falls Sie Interesse haben, senden Sie mir gerne Ihren
aktuellen Lebenslauf.

Beste Grüße
Sebastian Krüger
Krüger Executive Search | Personalberatung
Tel. 089 5555 7711
""", contact="sk@krueger-executive.test")

m(OT, "de", "elster_bescheid", "06-08", "ELSTER <noreply@elster.example.org>",
  "Neue Nachricht in Ihrem ELSTER-Postfach", """
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über
Einkommensteuer (Finanzamt Leipzig II).

Bitte melden Sie sich unter https://www.elster.example.org an, um die Nachricht abzurufen.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese E-Mail.
""")

m(OT, "de", "krankenkasse", "02-19", "Ihre BKK Mitteldeutschland <service@bkk-md.example.com>",
  "Ihr Antrag auf Kostenübernahme ist eingegangen", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihren Antrag auf Kostenübernahme für die Zahnreinigung. Wir haben Ihre Unterlagen
erhalten und werden sie innerhalb von 10 Werktagen bearbeiten.

Leider können wir Ihnen zum jetzigen Zeitpunkt noch keine Entscheidung mitteilen. Den Stand Ihres
Antrags sehen Sie jederzeit in der BKK-App.

Freundliche Grüße
Ihre BKK Mitteldeutschland
""", fmt="alt")

m(OT, "de", "rundfunkbeitrag", "04-15", "ARD ZDF Deutschlandradio Beitragsservice <noreply@beitragsservice.example.org>",
  "Ihre Zahlungsaufforderung – Beitragsnummer 123 456 789", """
Guten Tag Frau Hoffmann,

für das Beitragskonto 123 456 789 ist der Rundfunkbeitrag für den Zeitraum 04.2026 bis 06.2026 in
Höhe von 55,08 Euro fällig. Bitte überweisen Sie den Betrag bis zum 15.05.2026.

Mit freundlichen Grüßen
ARD ZDF Deutschlandradio Beitragsservice
""", charset="iso-8859-1")

m(OT, "de", "bank_kreditantrag", "01-30", "Sparkasse Leipziger Land <kreditservice@sparkasse-ll.example.com>",
  "Ihr Kreditantrag ist bei uns eingegangen", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 Euro. Ihr Antrag ist bei uns
eingegangen und wird derzeit geprüft.

Leider können wir aufgrund des hohen Antragsaufkommens keine Zwischenstände telefonisch mitteilen.
Sie erhalten unsere Entscheidung in der Regel innerhalb von drei Werktagen per Post.

Mit freundlichen Grüßen
Ihre Sparkasse Leipziger Land
Diese E-Mail wurde automatisch erstellt.
""", fmt="alt", cte="quoted-printable")

m(OT, "de", "wohnungsbewerbung_absage", "03-26", "Hausverwaltung Petzold <vermietung@hv-petzold.test>",
  "Ihre Anfrage zur Wohnung Gohliser Str. 14, 2. OG links", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Gohliser Straße und Ihre
vollständige Selbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten
entschieden hat. Wir haben Ihre Daten für ähnliche Objekte vorgemerkt.

Mit freundlichen Grüßen
Ramona Petzold
Hausverwaltung Petzold
Tel. 0341 555 4480
""", contact="vermietung@hv-petzold.test", charset="windows-1252")

m(OT, "de", "dhl_verspaetung", "05-19", "DHL Paket <noreply@dhl.example.com>",
  "Ihre Sendung verzögert sich leider", """
Hallo Lena Hoffmann,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1234 5678 90 von Elektro-Versand
Schmidt. Neuer voraussichtlicher Zustelltag: Donnerstag, 21.05.2026.

Wir bitten um Entschuldigung.

Sendung verfolgen: https://www.dhl.example.com/de/privatkunden/verfolgen
Ihr DHL Team
""", fmt="html")

m(OT, "de", "deutsche_bahn_verspaetung", "04-23", "Deutsche Bahn <noreply@bahn.example.com>",
  "Reiseverbindung: Ihr ICE 1005 hat voraussichtlich 35 Minuten Verspätung", """
Guten Tag Lena Hoffmann,

Ihr Zug ICE 1005 (Leipzig Hbf ab 09:15 – München Hbf an 12:30) hat aktuell eine Verspätung von
ca. 35 Minuten. Grund: Reparatur an der Oberleitung.

Ihr Anschluss in München ist nicht betroffen.

Informationen zu Ihren Fahrgastrechten finden Sie unter bahn.example.com/fahrgastrechte.
Ihr DB Reisebegleiter
""", fmt="alt")

m(OT, "de", "stromanbieter_abschlag", "03-10", "Leipziger Ökostrom Kundenservice <kundenservice@leipziger-oekostrom.example.com>",
  "Anpassung Ihres monatlichen Abschlags", """
Sehr geehrte Frau Hoffmann,

auf Grundlage Ihres Zählerstands vom 28.02.2026 passen wir Ihren monatlichen Abschlag ab April von
74 € auf 68 € an. Sie müssen nichts weiter tun.

Ihre Vertragsnummer: 4400-228871

Mit freundlichen Grüßen
Ihr Kundenservice
Leipziger Ökostrom
""", charset="windows-1252", cte="quoted-printable")

m(OT, "de", "fitnessstudio_kuendigung", "03-31", "FitWerk Leipzig <studio-leipzig@fitwerk.example.com>",
  "Bestätigung deiner Kündigung", """
Hi Lena,

wir bestätigen die Kündigung deiner Mitgliedschaft (Mitgliedsnr. 88213) zum 30.06.2026. Schade,
dass du gehst! Bis dahin kannst du alle Studios wie gewohnt nutzen.

Sportliche Grüße
Dein FitWerk Team
""", fmt="html")

m(OT, "de", "freundin_eigene_absage", "03-20", "Miriam Scholz <miri.scholz@example.org>",
  "Re: Wochenende?", """
Hey Lena,

ja Samstag passt! Ach und stell dir vor, ich hab heute die Absage von den Stadtwerken bekommen,
nach DREI Runden und einem Probearbeitstag. "Wir haben uns für eine Kandidatin entschieden, deren
Profil noch besser passt" – blabla. Bin echt frustriert. Brauch am Samstag erstmal einen Wein 🍷

Wie läuft's bei dir mit den Bewerbungen?

Drück dich
Miri
""", contact="miri.scholz@example.org",
  quote=Quote("de", "Lena Hoffmann <lena.hoffmann@example.net>", "Do., 19. März 2026 um 21:14",
              "Hi Miri,\nhast du am Wochenende Zeit? Samstag Brunch?\nLena"))

m(OT, "de", "eigene_nachfass_mail", "02-16", "Lena Hoffmann <lena.hoffmann@example.net>",
  "Nachfrage zu meiner Bewerbung – Projektingenieurin Netzausbau", """
Sehr geehrte Damen und Herren,

am 12. Januar habe ich mich über StepStone auf die Stelle als Projektingenieurin Netzausbau
beworben und den Eingang bestätigt bekommen. Gerne wollte ich mich nach dem aktuellen Stand
erkundigen – ich bin nach wie vor sehr an der Position interessiert.

Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Lena Hoffmann
0176 5555 0142
""", to="Rhenania Netz Karriere <bewerbung@rhenania-netz.test>")

m(OT, "de", "abwesenheitsnotiz_recruiterin", "04-08", "Dilek Aras <dilek.aras@gruenstrom-elektro.test>",
  "Automatische Antwort: Frage zum Probearbeitstag", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.04.2026 nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
personal@gruenstrom-elektro.test.

Mit freundlichen Grüßen
Dilek Aras
""", contact="dilek.aras@gruenstrom-elektro.test",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m(OT, "de", "kalender_standup", "02-09", "Google Kalender <calendar-notification@google.com>",
  "Erinnerung: Weekly Standup Energiegenossenschaft @ Mo. 9. Feb. 2026 19:00 - 19:30 (MEZ)", """
Weekly Standup Energiegenossenschaft
Montag, 9. Feb. 2026 · 19:00 – 19:30
Zeitzone: Europe/Berlin
Videoanruf: https://meet.example.com/kpz-rtqa-xyw

Teilnehmer: Lena Hoffmann, Thomas Brenner, Ute Wiese

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Kalender aktiviert haben.
""", fmt="alt")

m(OT, "de", "radio_interview", "05-27", "Anke Jäger <anke.jaeger@radio-leipzig.example.org>",
  "Interviewanfrage – Bürgerenergie in Leipzig", """
Liebe Frau Hoffmann,

ich bin Redakteurin bei Radio Leipzig und plane für nächste Woche einen Beitrag über
Bürgerenergiegenossenschaften. Ihr Name fiel im Gespräch mit Thomas Brenner von der
Energiegenossenschaft.

Hätten Sie Lust auf ein kurzes Interview (ca. 10 Minuten, telefonisch aufgezeichnet)? Am besten
Dienstag oder Mittwoch vormittag.

Viele Grüße
Anke Jäger
Redaktion Stadt & Land, Radio Leipzig
""", contact="anke.jaeger@radio-leipzig.example.org")

m(OT, "de", "nutzerinterview_app", "06-17", "Paula vom Team Wattbox <research@wattbox.example.com>",
  "30 Minuten Interview – 40 € Gutschein als Dankeschön", """
Hallo Lena,

du nutzt seit einigen Monaten die Wattbox-App für deinen Balkonkraftwerk-Speicher. Wir möchten
die App verbessern und suchen Nutzer:innen für ein 30-minütiges Video-Interview.

Als Dankeschön gibt's einen 40 €-Gutschein. Hier kannst du dir einen Termin aussuchen:
https://calendly.com/wattbox-research/nutzerinterview

Danke & viele Grüße
Paula (UX Research, Wattbox)
""", contact="research@wattbox.example.com", fmt="alt")

m(OT, "de", "standort_geteilt", "07-19", "Komoot <noreply@komoot.example.com>",
  "Miriam hat ihren Live-Standort mit dir geteilt", """
Hallo Lena,

Miriam teilt ihre aktuelle Position während der Tour „Neuseenland Runde“ mit dir.
Letzte Position: 51.2675° N, 12.3921° E (vor 4 Minuten)

Live-Standort ansehen: https://www.komoot.example.com/live/88213
""", fmt="html")

m(OT, "de", "fernstudium_zulassung", "07-16", "Studierendensekretariat <studsek@fh-fern.example.org>",
  "Zulassungsbescheid Master Energiewirtschaft (berufsbegleitend)", """
Sehr geehrte Frau Hoffmann,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Wintersemester 2026/27 zum
berufsbegleitenden Masterstudiengang Energiewirtschaft zugelassen sind.

Bitte nehmen Sie den Studienplatz bis zum 15.08.2026 im Bewerbungsportal an und überweisen Sie den
Semesterbeitrag. Ihren Zulassungsbescheid finden Sie im Portal.

Mit freundlichen Grüßen
Studierendensekretariat
Fernhochschule Mitteldeutschland
""", cte="quoted-printable")

m(OT, "de", "hermes_zustellung", "08-10", "Hermes <noreply@hermes.example.com>",
  "Wir konnten Sie leider nicht antreffen", """
Hallo Lena Hoffmann,

leider konnten wir Ihre Sendung heute nicht zustellen, da wir Sie nicht angetroffen haben. Ihre
Sendung liegt ab morgen 14 Uhr im Hermes PaketShop Kiosk am Markt, Gohliser Str. 2, bereit.

Ihr Hermes Team
""", fmt="html")

m(OT, "de", "oebb_ticket", "06-05", "ÖBB Ticketshop <noreply@oebb.example.com>",
  "Ihr Ticket: Linz Hbf – Graz Hbf, 16.06.2026", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Buchung. Im Anhang finden Sie Ihr Ticket.

Linz Hbf ab 07:12 – Graz Hbf an 10:05, 2. Klasse, Sitzplatz Wagen 24, Platz 61
Buchungscode: 4481 2201 7730

Gute Reise wünscht Ihnen
Ihr ÖBB Team
""", attach="Ticket_OEBB.pdf", fmt="alt")


# --------------------------------------------------------------------------- other (English, French, Spanish)
m(OT, "en", "linkedin_job_alert", "01-12", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "\u201cproject manager renewable energy\u201d: 20+ new jobs in Germany", """
Your job alert for project manager renewable energy in Germany

Project Manager Wind Onshore - Boreal Wind Partners - Hamburg (Hybrid) - Actively recruiting
Senior PM Solar PV - Luxor Renewables - Berlin - 3 connections work here
Project Manager Grid & Substations - Meridian Grid Services - Remote - Easy Apply
Technical Project Lead BESS - Stromkraft Speicher - Munich

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=5521

You are receiving Job Alert emails. Unsubscribe | Help
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""", headers=BULK, fmt="html")

m(OT, "en", "indeed_digest", "02-23", "Indeed <alert@indeed.example.com>",
  "Electrical Engineer jobs in Munich - 14 new", """
14 new jobs match your search

Electrical Engineer Automation - Isar Robotics - München - 65.000 € - 80.000 € a year
Application Engineer Power Electronics - Voltaris - Garching
Commissioning Engineer Substations (f/m/d) - Alpine Grid Services - Munich - Urgently hiring

We're sorry - we could not find any jobs for "Projektleiterin PV Freiflaeche" near Rosenheim.

Unsubscribe from these emails
""", headers=BULK, fmt="html", cte="quoted-printable")

m(OT, "en", "inmail_cold_outreach", "04-28", "Priya Shah <priya.shah@apex-energy-search.test>",
  "Lena, exciting opportunities in offshore wind", """
Hi Lena,

I hope this message finds you well! I came across your profile and was really impressed by your
background in automation and grid connection.

I specialise in placing engineers with offshore wind developers across Northern Europe and we're
seeing huge demand for people with your skill set right now. I'd love to add you to my network so
I can share relevant roles as they come up.

No pressure at all - feel free to connect on LinkedIn or send over an updated CV whenever suits.

Best,
Priya Shah
Senior Consultant | Apex Energy Search
""", contact="priya.shah@apex-energy-search.test")

m(OT, "en", "career_newsletter_rejection", "05-14", "The Pivot Letter <thepivot@substack.example.com>",
  "Why \"we've decided to move forward with other candidates\" isn't about you", """
Hey friends,

This week I want to talk about rejection. Last month I got three in a single day, including one
after a final-round interview where I'd already met the team. Here's what I've learned:

1. Most rejections are about timing, budget or internal candidates.
2. Always reply to a rejection - I got my current job from a role that was "filled".
3. If you missed an interview, own it quickly and ask to reschedule.

Reply and tell me about your worst interview story!

- Jen

You're receiving this because you subscribed to The Pivot Letter. Unsubscribe.
""", headers=dict(BULK, **{"List-Id": "The Pivot Letter <thepivot.substack.example.com>"}), fmt="alt")

m(OT, "en", "podcast_interview", "05-21", "Sam Okafor <sam@gridtalk-podcast.example.org>",
  "Interview request - GridTalk podcast", """
Hi Lena,

I host GridTalk, a small podcast about the people building the energy transition. I saw your talk
at the Bürgerenergie meetup in Leipzig and would love to interview you for an episode on
community-owned solar.

Recording takes about 45 minutes over Zoom. Would any afternoon in the week of 8 June work?

Thanks!
Sam Okafor
GridTalk Podcast
""", contact="sam@gridtalk-podcast.example.org")

m(OT, "en", "user_research_interview", "08-26", "Tom from Plugshare Research <research@evcharge-app.example.com>",
  "Can we interview you? (30 min, €50 voucher)", """
Hi Lena,

We noticed you've used our charging map a lot in the past few months. We're running user research
interviews to understand how people plan long trips with an EV, and we'd love to talk to you.

It's a relaxed 30-minute video call and we'll send you a €50 voucher as a thank you. Pick a slot
here: https://calendly.com/evcharge-research/interview

Cheers,
Tom
User Research Team
""", contact="research@evcharge-app.example.com", fmt="alt")

m(OT, "en", "friend_own_rejection_english", "09-08", "Aisha Rahman <aisha.rahman@example.com>",
  "ugh", """
Lena,

Just got the "we've decided to pursue other candidates" email from the Rotterdam port authority job.
After the case study AND the panel. I'm so annoyed. They didn't even call.

Anyway, drinks when you're in town next month? Need to vent.

A x

Sent from my iPhone
""", contact="aisha.rahman@example.com")

m(OT, "en", "credit_card_application", "01-26", "Northbank Cards <no-reply@northbank.example.com>",
  "We've received your application", """
Dear Lena Hoffmann,

Thank you for applying for the Northbank Travel Rewards credit card. Your application reference is
NB-2026-0448127.

We're reviewing your application and will let you know our decision within 5 working days.
Unfortunately we are unable to give updates by phone during this time.

Northbank Cards
""", fmt="html")

m(OT, "en", "order_delayed", "05-20", "Voltshop Orders <orders@voltshop.example.com>",
  "Unfortunately your order is delayed", """
Hi Lena,

Unfortunately your order #VS-77120 (Fluke 1664 FC installation tester) is delayed. Our supplier has
told us the new expected dispatch date is 2 June 2026.

We're sorry for the inconvenience. If you'd prefer to cancel, just reply to this email.

The Voltshop Team
""", contact="orders@voltshop.example.com", fmt="alt")

m(OT, "en", "streaming_payment", "08-31", "StreamFlix <info@streamflix.example.com>",
  "Your payment was declined", """
Hi Lena,

We're having trouble with your current billing information. We'll try again, but in the meantime
you may want to update your payment details.

Update payment: https://www.streamflix.example.com/youraccount

- Your friends at StreamFlix
""", fmt="html")

m(OT, "en", "own_sent_thank_you", "09-04", "Lena Hoffmann <lena.hoffmann@example.net>",
  "Thank you - onsite interview", """
Hi Lisa,

Thank you so much for organising yesterday's visit - it was great to meet Anders and the team and
to see the grid studies setup in person. The discussion about the export cable routing case made
me even more excited about the role.

Please pass on my thanks to everyone. I look forward to hearing from you.

Best regards,
Lena
""", to="Lisa Engström <lisa.engstrom@sveagrid.example.com>")

m(OT, "en", "recruiter_out_of_office", "08-07", "Noor Al-Hassan <noor.alhassan@helioport.test>",
  "Automatic reply: Re: Update on the Project Manager - BESS role", """
Thank you for your email. I am currently on annual leave and will return on Monday 17 August.
For urgent recruitment matters please contact talent@helioport.test.

Kind regards,
Noor
""", contact="noor.alhassan@helioport.test", headers={"Auto-Submitted": "auto-replied"})

m(OT, "en", "rotterdam_rental_declined", "03-05", "Maas Rentals <lettings@maasrentals.example.com>",
  "Viewing follow-up: Nieuwe Binnenweg 112-B", """
Dear Lena,

Thank you for viewing the apartment at Nieuwe Binnenweg 112-B and for submitting your documents.

Unfortunately the landlord has decided to go with another applicant. We'll keep your details on
file and let you know about similar apartments.

Kind regards,
Sanne de Vries
Maas Rentals, Rotterdam
""", contact="lettings@maasrentals.example.com")

m(OT, "en", "university_admission", "06-04", "Graduate Admissions <admissions@tu-noord.example.org>",
  "Decision on your application - MSc Sustainable Energy Technology", """
Dear Ms Hoffmann,

We are pleased to offer you a place on the part-time MSc Sustainable Energy Technology programme
starting in September 2026.

To accept this offer, please log in to the applicant portal before 30 June and upload the
required documents. Your offer is conditional on proof of your bachelor's degree.

Congratulations!

Graduate Admissions Office
Technical University Noord
""", cte="quoted-printable")

m(OT, "en", "calendar_standup_invite", "02-26", "Thomas Brenner <thomas.brenner@buergerenergie-leipzig.example.org>",
  "Invitation: Daily check-in PV Schuldach @ Weekly from 8:30am to 8:45am on weekdays", """
Thomas Brenner has invited you to a recurring event.

Daily check-in PV Schuldach
Weekdays 8:30am - 8:45am (Central European Time - Berlin)
Joining info: https://meet.example.com/uyt-qqpr-abc

Going? Yes - Maybe - No
Invitation from Google Calendar
""", contact="thomas.brenner@buergerenergie-leipzig.example.org", fmt="alt",
  ics=Ics("Daily check-in PV Schuldach", "20260302T083000", "20260302T084500",
          organizer="Thomas Brenner <thomas.brenner@buergerenergie-leipzig.example.org>", location="Google Meet"))

m(OT, "fr", "wttj_alerte", "02-10", "Welcome to the Jungle <hello@welcometothejungle.example.com>",
  "5 nouvelles offres pour vous : Ingénieur·e projet énergie", """
Bonjour Lena,

Voici les dernières offres qui correspondent à votre alerte :

Cheffe de projet éolien – Vents d'Ouest – Nantes
Ingénieur·e raccordement – Réseau Solaire – Lyon
Business developer énergies renouvelables – Soleo – Télétravail

Voir toutes les offres
Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner.
""", headers=BULK, fmt="html")

m(OT, "fr", "newsletter_apec_entretien", "06-24", "Apec Actus <newsletter@apec.example.org>",
  "Entretien d'embauche : comment rebondir après un refus ?", """
Bonjour,

Au sommaire cette semaine :
- Refus après un entretien : faut-il demander un retour ?
- Entretien vidéo : les erreurs à éviter
- Cadres de l'énergie : les salaires 2026

Bonne lecture !
L'équipe Apec

Pour vous désinscrire, cliquez ici.
""", headers=dict(BULK, **{"List-Id": "Apec Actus <actus.apec.example.org>"}), fmt="html", charset="iso-8859-1", cte="quoted-printable")

m(OT, "fr", "amie_refus", "03-23", "Céline Marchal <celine.marchal@example.fr.test>",
  "Re: Nouvelles", """
Coucou Lena,

Alors de mon côté, pas terrible : j'ai reçu un refus pour le poste à Luxembourg, ils ont « retenu un
autre profil ». Après deux entretiens, je suis un peu dégoûtée. Bref, je continue !

Et toi, ça avance tes candidatures en Allemagne ?

Bises,
Céline
""", contact="celine.marchal@example.fr.test",
  quote=Quote("fr", "Lena Hoffmann <lena.hoffmann@example.net>", "dim. 22 mars 2026 à 20:40",
              "Coucou Céline,\nÇa fait longtemps ! Quoi de neuf ?\nLena"))

m(OT, "fr", "colis_retarde", "09-21", "La Poste Colissimo <noreply@colissimo.example.fr.test>",
  "Votre colis est retardé", """
Bonjour,

Votre colis 6A12345678901 est malheureusement retardé en raison d'un incident d'acheminement.
Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Suivre mon colis : https://www.laposte.example.fr.test/suivi

Colissimo
""", fmt="html")

m(OT, "es", "infojobs_alerta", "03-03", "InfoJobs <alertas@infojobs.example.com>",
  "Nuevas ofertas: Ingeniera eléctrica en Madrid", """
Hola Lena,

Tenemos 9 ofertas nuevas que encajan con tu alerta:

Ingeniero/a de Proyectos Fotovoltaicos – Solarbase – Madrid
Técnico/a Comercial Energía – Energía Verde Castilla – Valladolid
Jefe/a de Obra Subestaciones – Redelec – Remoto

Ver todas las ofertas
Si no quieres recibir más alertas, date de baja aquí.
""", headers=BULK, fmt="html", cte="base64")

m(OT, "es", "banco_prestamo", "07-28", "Banco Ribera <notificaciones@bancoribera.example.com>",
  "Hemos recibido tu solicitud de préstamo", """
Hola Lena,

Hemos recibido tu solicitud de préstamo personal por importe de 8.000 euros. Nuestro equipo la está
estudiando y te informaremos de la resolución en un plazo máximo de 48 horas.

Lamentablemente, no podemos facilitar información sobre el estado de la solicitud por teléfono.

Banco Ribera
Este es un mensaje automático, por favor no respondas.
""", fmt="alt", charset="iso-8859-1", cte="quoted-printable")

m(OT, "es", "newsletter_carrera", "09-29", "Talento Verde <boletin@talentoverde.example.org>",
  "Cómo preparar una entrevista técnica en renovables", """
Hola,

En el boletín de esta semana:
· Qué hacer cuando te rechazan después de la entrevista final
· Entrevistas por competencias: el método STAR
· Ofertas destacadas: 14 puestos en eólica marina

¡Nos leemos!
Equipo Talento Verde

Darse de baja de este boletín
""", headers=dict(BULK, **{"List-Id": "Boletin Talento Verde <boletin.talentoverde.example.org>"}), fmt="html")

m(OT, "es", "amiga_rechazo", "08-28", "Carmen Vidal <carmen.vidal@example.es.test>",
  "jo, qué rabia", """
Lena!!

Me acaban de decir que no en lo de Iberdrola-no-sé-qué, después de tres entrevistas 😩 Me han
dicho que "han decidido seguir con otros candidatos". En fin.

Hablamos el domingo? Te echo de menos.

Besos
Carmen

Enviado desde mi iPhone
""", contact="carmen.vidal@example.es.test")

m(OT, "es", "entrevista_radio", "10-08", "Javier Molina <jmolina@radioenergia.example.org>",
  "Entrevista para el programa Energía en Red", """
Hola Lena:

Soy Javier Molina, productor del programa Energía en Red. Estamos preparando un especial sobre
cooperativas energéticas en Europa y nos encantaría entrevistarte unos 15 minutos por teléfono
sobre la experiencia alemana.

¿Tendrías un hueco el jueves por la tarde?

Gracias y un saludo,
Javier Molina
Radio Energía
""", contact="jmolina@radioenergia.example.org")

m(OT, "es", "pedido_retrasado", "05-06", "TiendaSolar <pedidos@tiendasolar.example.com>",
  "Tu pedido se retrasa", """
Hola Lena,

Lamentablemente tu pedido n.º 20266-4471 (microinversor 800 W) se retrasará unos días por falta de
stock del proveedor. La nueva fecha estimada de entrega es el 12 de mayo.

Disculpa las molestias.

El equipo de TiendaSolar
""", fmt="html", cte="quoted-printable")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_all()
