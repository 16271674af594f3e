"""Writes the twenty-eighth labelled corpus: one job seeker's inbox, Feb-Jul 2026.

Run `python tests/corpus_twentyeighth/make_twentyeighth.py` to (re)write every .eml file and
labels.csv next to this script. Each message below is written by hand (its own wording); this
module only wraps the text in the mail structure a real sender's software would produce
(plain, HTML-only, multipart/alternative, quoted-printable, base64, legacy charsets, calendar
parts, attachments). It imports only the standard library: the corpus must not be shaped by
the classifier or by any other corpus.
"""

from __future__ import annotations

import csv
import html
import random
import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
ME = "Jonas Albrecht <jonas.albrecht@example.net>"
MY_ADDR = "jonas.albrecht@example.net"
START = datetime(2026, 2, 2, 7, 40, tzinfo=UTC)


@dataclass
class Spec:
    """One message as written by its sender, plus its label."""

    kind: str
    scenario: str
    lang: str
    sender: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    reply_to: str = ""
    to: str = ME
    fmt: str = "plain"  # plain | html | alt
    cte: str = ""  # "" (library choice) | quoted-printable | base64 | 8bit
    charset: str = "utf-8"
    quote: str = ""
    ics: dict[str, str] | None = None
    pdf: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    date: str = ""
    thread: bool = False
    table: bool = False


SPECS: list[Spec] = []


def m(kind: str, scenario: str, lang: str, sender: str, subject: str, body: str,
      **opts: object) -> None:
    """Registers one message (the body is dedented and stripped of its first newline)."""
    SPECS.append(Spec(kind, scenario, lang, sender, subject, _dedent(body), **opts))  # type: ignore[arg-type]


def _dedent(text: str) -> str:
    lines = text.strip("\n").splitlines()
    pad = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(x[pad:] for x in lines) + "\n"


def gmail(who: str, when: str, text: str) -> str:
    """A Gmail-style quoted earlier message."""
    quoted = "\n".join("> " + x if x else ">" for x in _dedent(text).splitlines())
    return f"\nOn {when}, {who} wrote:\n{quoted}\n"


def outlook(who: str, when: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style earlier message under a From:/Sent: block."""
    return (f"\n________________________________\nFrom: {who}\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{_dedent(text)}")


def am(who: str, when: str, text: str, verb: str = "schrieb") -> str:
    """German, French and Spanish clients' quote headers ("Am ... schrieb", "Le ... a écrit")."""
    quoted = "\n".join("> " + x if x else ">" for x in _dedent(text).splitlines())
    if verb == "schrieb":
        head = f"Am {when} schrieb {who}:"
    elif verb == "a écrit":
        head = f"Le {when}, {who} a écrit :"
    else:
        head = f"El {when}, {who} escribió:"
    return f"\n{head}\n{quoted}\n"


def _zone(domain: str) -> ZoneInfo:
    """The sender's local zone, as its mail server would write the Date header."""
    for suffix, name in ((".uk", "Europe/London"), (".in", "Asia/Kolkata"), (".mx", "America/Mexico_City"),
                         (".au", "Australia/Sydney"), (".fi", "Europe/Helsinki")):
        if domain.endswith(suffix):
            return ZoneInfo(name)
    return ZoneInfo("UTC") if domain.endswith((".com", ".io", ".co")) else ZoneInfo("Europe/Berlin")


def _html(spec: Spec, domain: str) -> str:
    """The HTML a mailing tool would make of the text: inline styles, tracked links, a logo."""
    paras = []
    for block in spec.body.split("\n\n"):
        esc = html.escape(block.strip()).replace("\n", "<br>")
        esc = re.sub(
            r"(https?://[^\s<]+)",
            lambda mt: f'<a href="https://click.{domain}/ls/click?upn={zlib.crc32(mt.group(1).encode())}'
            f'&amp;u={html.escape(mt.group(1))}" style="color:#0a66c2">{mt.group(1)}</a>',
            esc,
        )
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px">{esc}</p>')
    inner = "\n".join(paras)
    if spec.quote:
        q = html.escape(spec.quote).replace("\n", "<br>")
        inner += f'\n<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#666">{q}</blockquote>'
    logo = f'<img src="https://cdn.{domain}/logo.png" alt="{html.escape(spec.company or domain)} Logo" width="120">'
    if spec.table:
        inner = (
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f4f4"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;border:1px solid #e0e0e0">'
            f'<tr><td style="padding:16px">{logo}</td></tr>'
            f'<tr><td style="padding:24px">{inner}</td></tr></table></td></tr></table>'
        )
    else:
        inner = f"<div>{inner}</div>\n<div>{logo}</div>"
    pixel = f'<img src="https://t.{domain}/o/{zlib.crc32(spec.subject.encode())}.gif" width="1" height="1" alt="">'
    return f"<!DOCTYPE html><html><head><meta charset=\"{spec.charset}\"></head><body>{inner}{pixel}</body></html>\n"


def _ics(spec: Spec, domain: str, stamp: datetime) -> str:
    ev = spec.ics or {}
    method = ev.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ev.get('uid', spec.scenario + '@' + domain)}",
        f"SEQUENCE:{ev.get('seq', '0')}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Albrecht:mailto:{MY_ADDR}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams Meeting')}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if "rrule" in ev:
        lines.append(f"RRULE:{ev['rrule']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def build(spec: Spec, when: datetime) -> EmailMessage:
    """The message a sender's mail software would have produced for spec."""
    msg = EmailMessage()
    addr = parseaddr(spec.sender)[1]
    domain = addr.split("@")[1]
    msg["From"] = spec.sender
    msg["To"] = spec.to
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(when.astimezone(_zone(domain)))
    msg["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{spec.scenario.replace('_', '-')}@{domain}>"
    if spec.thread:
        parent = f"<{spec.scenario.replace('_', '.')}.{when:%m%d}@mail.example.net>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<app.{when:%Y%m}.{len(spec.scenario)}@mail.example.net> {parent}"
    for name, value in spec.headers.items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    text = spec.body + spec.quote
    charset = spec.charset
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    kw: dict[str, str] = {"charset": charset}
    if spec.cte:
        kw["cte"] = spec.cte
    if spec.fmt == "html":
        msg.set_content(_html(spec, domain), subtype="html", **kw)
    else:
        msg.set_content(text, **kw)
        if spec.fmt == "alt":
            msg.add_alternative(_html(spec, domain), subtype="html", **kw)
    if spec.ics:
        method = spec.ics.get("method", "REQUEST")
        msg.add_alternative(_ics(spec, domain, when), subtype="calendar", params={"method": method})
    if spec.pdf:
        msg.add_attachment(b"%PDF-1.4\n% placeholder document\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=spec.pdf)
    seed = zlib.crc32(spec.scenario.encode())
    for depth, part in enumerate(msg.walk()):
        if part.is_multipart():  # fixed boundaries keep regenerated files byte-identical
            part.set_boundary(f"----=_Part_{seed:08x}_{depth}")
    return msg


def main() -> None:
    """Writes every message and labels.csv; dates spread over Feb-Jul 2026 in inbox order."""
    order = list(range(len(SPECS)))
    random.Random(28).shuffle(order)
    rows = []
    for pos, idx in enumerate(order):
        spec = SPECS[idx]
        if spec.date:
            when = datetime.fromisoformat(spec.date).replace(tzinfo=UTC)
        else:
            when = START + timedelta(days=pos * 0.95, minutes=(pos * 137) % 600)
        rel = f"{spec.kind}/{idx + 1:03d}_{spec.scenario}.eml"
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes(build(spec, when)))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    rows.sort()
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# --------------------------------------------------------------------------------------------
# rejection (30)
# --------------------------------------------------------------------------------------------

m("rejection", "personio_absage_sie", "de",
  "Hanseatische Versicherungsgruppe <karriere@hvg-versicherung.example.com>",
  "Ihre Bewerbung als Teamlead Data Platform (m/w/d)",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihr Interesse an der Hanseatischen Versicherungsgruppe und die Zeit, die Sie in
  Ihre Bewerbung investiert haben.

  Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
  Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung ist keine
  Bewertung Ihrer Qualifikation, sondern spiegelt die Anforderungen der konkreten Position wider.

  Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

  Mit freundlichen Grüßen

  Birte Johannsen
  Talent Acquisition
  Hanseatische Versicherungsgruppe AG
  Ballindamm 14, 20095 Hamburg
  """,
  company="Hanseatische Versicherungsgruppe", contact="karriere@hvg-versicherung.example.com",
  fmt="alt", cte="quoted-printable")

m("rejection", "nach_fachinterview_du", "de",
  "Lena Vogt <lena@kassenfluss.example.com>",
  "Re: Fachinterview am Dienstag",
  """
  Hi Jonas,

  danke nochmal für das gute Gespräch am Dienstag und die Zeit, die du dir für die Case Study
  genommen hast. Wir haben uns im Team lange beraten und uns am Ende für eine andere Kandidatin
  entschieden, die schon tiefer im Streaming-Bereich (Kafka/Flink) unterwegs war.

  Ist mir echt nicht leicht gefallen, dir das zu schreiben. Wenn du magst, gebe ich dir gern
  telefonisch noch Feedback zu deiner Präsentation, schreib mir einfach.

  Viele Grüße
  Lena

  --
  Lena Vogt | Head of Data | Kassenfluss
  +49 30 5557 2210
  """,
  company="Kassenfluss", contact="lena@kassenfluss.example.com", thread=True,
  quote=am("Jonas Albrecht <jonas.albrecht@example.net>", "Mi., 11. März 2026 um 18:02",
           """
           Hallo Lena,
           vielen Dank für heute, hat mir Spaß gemacht. Die Folien schicke ich dir anbei.
           Beste Grüße, Jonas
           """))

m("rejection", "stelle_besetzt_kurz", "de",
  "Personalabteilung Stadtwerke Rheinaue <personal@stadtwerke-rheinaue.example.de>",
  "Ihre Bewerbung",
  """
  Sehr geehrter Herr Albrecht,

  die ausgeschriebene Stelle "Referent Datenmanagement (w/m/d)" ist inzwischen besetzt.
  Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

  Freundliche Grüße
  i.A. M. Kersting
  Stadtwerke Rheinaue GmbH - Personal
  """,
  company="Stadtwerke Rheinaue", contact="personal@stadtwerke-rheinaue.example.de",
  charset="iso-8859-1", cte="quoted-printable")

m("rejection", "softgarden_template", "de",
  "NordLicht Energie via softgarden <noreply@softgarden.io>",
  "Rückmeldung zu Ihrer Bewerbung - Senior Data Engineer (all genders)",
  """
  Guten Tag Herr Albrecht,

  herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an der NordLicht Energie.

  Wir haben eine Vielzahl an Bewerbungen erhalten und uns die Entscheidung nicht leicht gemacht.
  Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber
  entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

  Gerne möchten wir Ihre Unterlagen in unseren Talentpool aufnehmen. Über den folgenden Link
  können Sie zustimmen: https://nordlicht.softgarden.io/talentpool/consent?id=88213

  Wir wünschen Ihnen weiterhin viel Erfolg bei Ihrer Suche.

  Ihr Recruiting-Team der NordLicht Energie GmbH

  Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
  """,
  company="NordLicht Energie", fmt="html", table=True, cte="base64")

m("rejection", "stelle_on_hold", "de",
  "Carolin Weiß <carolin.weiss@alpenmobil.example.at>",
  "Update zur Position Data Platform Manager",
  """
  Lieber Herr Albrecht,

  ich melde mich leider mit keinen guten Nachrichten. Im Zuge der Budgetplanung für das zweite
  Halbjahr wurde die Position "Data Platform Manager" vorerst eingefroren. Wir werden den Prozess
  daher nicht fortsetzen und haben alle laufenden Gespräche beendet.

  Es tut mir wirklich leid, gerade weil das Gespräch mit Ihnen und Herrn Pichler so positiv war.
  Sollte die Stelle im Herbst wieder freigegeben werden, komme ich gerne auf Sie zu.

  Herzliche Grüße aus Wien
  Carolin Weiß
  People & Culture
  AlpenMobil Versicherung AG
  T +43 1 555 3412
  """,
  company="AlpenMobil Versicherung", contact="carolin.weiss@alpenmobil.example.at")

m("rejection", "headhunter_relayed", "de",
  "Dr. Thomas Brenner <t.brenner@brenner-partner.example.com>",
  "Feedback Mandant",
  """
  Hallo Herr Albrecht,

  wie telefonisch angekündigt, hier noch kurz schriftlich: mein Mandant (der Automobilzulieferer
  aus dem Raum Stuttgart) hat sich nach der zweiten Runde für einen internen Kandidaten
  entschieden. Das Feedback zu Ihnen war ausdrücklich gut, vor allem zur Architektur-Diskussion.

  Ich behalte Sie selbstverständlich für weitere Mandate im Blick und melde mich.

  Beste Grüße
  Thomas Brenner

  Brenner & Partner Personalberatung
  Königstraße 28 | 70173 Stuttgart
  Mobil +49 171 5550192
  """,
  company="Brenner & Partner Personalberatung", contact="t.brenner@brenner-partner.example.com")

m("rejection", "workday_absage_de", "de",
  "Volkmann Automotive <volkmann@myworkday.com>",
  "Status Ihrer Bewerbung: R-20831 Manager Data Engineering",
  """
  Hallo Jonas,

  Vielen Dank für Ihr Interesse an der Position R-20831 Manager Data Engineering bei Volkmann
  Automotive.

  Wir haben Ihre Qualifikationen sorgfältig geprüft und bedauern, Ihnen mitteilen zu müssen,
  dass wir uns entschieden haben, mit anderen Kandidaten fortzufahren.

  Sie können den Status Ihrer Bewerbungen jederzeit in Ihrem Kandidatenkonto einsehen.

  Mit freundlichen Grüßen,
  Volkmann Automotive Talent Acquisition

  ***Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.***
  """,
  company="Volkmann Automotive", fmt="alt")

m("rejection", "nach_coding_challenge", "de",
  "Recruiting | Paketwerk <jobs@paketwerk.example.com>",
  "Deine Coding-Challenge",
  """
  Hey Jonas,

  vielen Dank, dass du dir die Zeit für unsere Coding-Challenge genommen hast! Unser Team hat
  sich deine Lösung genau angeschaut. Die Pipeline war sauber strukturiert, uns haben aber Tests
  und das Handling von Late Arriving Data gefehlt.

  Deshalb gehen wir an dieser Stelle nicht weiter mit dir in den Prozess. Wir wissen, wie viel
  Arbeit in so einer Aufgabe steckt, und sind dir dankbar dafür.

  Alles Gute und vielleicht bis bald!
  Mira aus dem Paketwerk-Recruiting
  """,
  company="Paketwerk", contact="jobs@paketwerk.example.com")

m("rejection", "oeffentlicher_dienst", "de",
  "Bewerbermanagement <bewerbung@lvr-daten.example.de>",
  "Auswahlverfahren Kennziffer 2026/041 - Sachgebietsleitung Datenplattform",
  """
  Sehr geehrter Herr Albrecht,

  wir beziehen uns auf Ihre Bewerbung im o.g. Auswahlverfahren. Nach Auswertung der
  eingegangenen Bewerbungen anhand des Anforderungsprofils teilen wir Ihnen mit, dass Sie nicht
  in die engere Wahl einbezogen werden konnten. Die Auswahl wurde im Einvernehmen mit der
  Gleichstellungsbeauftragten und dem Personalrat getroffen.

  Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens datenschutzgerecht vernichtet.

  Mit freundlichen Grüßen
  Im Auftrag
  Schulte-Ebbinghaus

  Landesamt für Digitale Verwaltungsdaten
  Dezernat 12 - Personal
  """,
  company="Landesamt für Digitale Verwaltungsdaten", contact="bewerbung@lvr-daten.example.de",
  charset="iso-8859-1")

m("rejection", "xing_recruiter_kurz", "de",
  "Sven Ahlers <sven.ahlers@fintura-bank.example.com>",
  "AW: Bewerbung Lead Analytics Engineer",
  """
  Moin Herr Albrecht,

  kurze Rückmeldung: Wir haben die Stelle intern besetzt, sorry für die lange Wartezeit.

  Gruß
  Sven Ahlers
  Fintura Bank AG | HR Business Partner IT

  Von meinem iPhone gesendet
  """,
  company="Fintura Bank", contact="sven.ahlers@fintura-bank.example.com", thread=True,
  quote=outlook("Jonas Albrecht <jonas.albrecht@example.net>", "Montag, 16. Februar 2026 09:12",
                "Sven Ahlers", "Bewerbung Lead Analytics Engineer",
                """
                Sehr geehrter Herr Ahlers,
                anbei meine Unterlagen für die Position Lead Analytics Engineer ...
                """))

m("rejection", "nach_case_study_sie", "de",
  "Anja Lorenz <anja.lorenz@quadrant-consulting.example.com>",
  "Ihre Case Study / nächste Schritte",
  """
  Guten Abend Herr Albrecht,

  erst einmal vielen Dank für Ihre Präsentation der Case Study am Freitag. Die Kolleginnen und
  Kollegen aus dem Partnerkreis haben sich heute abgestimmt.

  Leider haben wir uns dagegen entschieden, Ihnen ein Angebot zu machen. Ausschlaggebend war vor
  allem die fehlende Projekterfahrung im Beratungsumfeld, die für die Rolle als Managing
  Consultant unerlässlich ist.

  Ich hätte Ihnen gerne etwas anderes geschrieben. Alles Gute für Ihre weitere Suche!

  Anja Lorenz
  Senior Recruiterin
  Quadrant Consulting Partners
  Maximilianstraße 35, 80539 München
  ________________________________________
  Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
  der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
  sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
  Weitergabe dieser Mail ist nicht gestattet.
  """,
  company="Quadrant Consulting Partners", contact="anja.lorenz@quadrant-consulting.example.com",
  charset="windows-1252", cte="quoted-printable")

m("rejection", "rundfunk_absage", "de",
  "Westdeutscher Medienfunk - Personalgewinnung <personalgewinnung@wmf-rundfunk.example.de>",
  "Ihre Bewerbung um die Stelle ID 7714",
  """
  Sehr geehrter Herr Albrecht,

  haben Sie vielen Dank für Ihre Bewerbung als "Product Owner Datenplattform (m/w/d)" und Ihr
  Interesse am Westdeutschen Medienfunk.

  Wir bedauern, Ihnen heute keine positive Nachricht geben zu können. Für die Besetzung der
  Stelle haben wir uns für eine andere Bewerbung entschieden.

  Mit freundlichen Grüßen
  Ihre Personalgewinnung
  Westdeutscher Medienfunk
  Anstalt des öffentlichen Rechts
  """,
  company="Westdeutscher Medienfunk", contact="personalgewinnung@wmf-rundfunk.example.de",
  fmt="alt", cte="base64")

m("rejection", "startup_ceo_handy", "de",
  "Fabian Roth <fabian@kiezkasse.example.com>",
  "Re: Kennenlernen",
  """
  hi jonas, sorry für die späte antwort - wir machen mit dem rolle erstmal nicht weiter, haben
  die seed-extension doch nicht so bekommen wie geplant. tut mir leid!! meld mich falls sich was
  ändert

  fabian

  Sent from my iPhone
  """,
  company="Kiezkasse", contact="fabian@kiezkasse.example.com", thread=True,
  quote=gmail("Jonas Albrecht <jonas.albrecht@example.net>", "Tue, Apr 7, 2026 at 10:15 AM",
              """
              Hallo Fabian,
              wollte mal nachhaken, wie es bei euch mit der Data-Lead-Rolle aussieht?
              VG Jonas
              """))

m("rejection", "schweiz_absage_ss", "de",
  "Rebecca Frei <rebecca.frei@helvetia-datentreuhand.example.ch>",
  "Ihre Bewerbung als Head of Data Platform",
  """
  Sehr geehrter Herr Albrecht

  Besten Dank für Ihre Bewerbung und das angenehme Gespräch vom 24. März.

  Nach eingehender Prüfung aller Dossiers müssen wir Ihnen leider mitteilen, dass wir uns für eine
  Kandidatur entschieden haben, die unseren Anforderungen, insbesondere bezüglich Erfahrung im
  Schweizer Bankenumfeld, noch etwas besser entspricht.

  Wir danken Ihnen für das entgegengebrachte Vertrauen und wünschen Ihnen für die Zukunft
  alles Gute.

  Freundliche Grüsse

  Rebecca Frei
  HR Specialist
  Helvetia Datentreuhand AG, Zürich
  """,
  company="Helvetia Datentreuhand", contact="rebecca.frei@helvetia-datentreuhand.example.ch")

m("rejection", "successfactors_absage", "de",
  "SAP SuccessFactors <donotreply@successfactors.eu>",
  "Rückmeldung zu Ihrer Bewerbung bei Grünwerk Energie",
  """
  Sehr geehrte/r Jonas Albrecht ,

  Vielen Dank für Ihre Bewerbung auf die Stelle  Expert Data Governance (Req ID: 41877) .

  Leider  müssen wir Ihnen  mitteilen,dass wir Ihre Bewerbung  nicht weiter berücksichtigen
  können.

  Wir bedanken uns für Ihr Interesse an Grünwerk Energie und wünschen Ihnen für Ihre berufliche
  Zukunft alles Gute.

  Mit freundlichen Grüßen
  Ihr Grünwerk Energie Recruiting Team
  """,
  company="Grünwerk Energie", fmt="html", cte="quoted-printable")

m("rejection", "greenhouse_soft_en", "en",
  "Tidepool Analytics <no-reply@us.greenhouse-mail.io>",
  "Your application to Tidepool Analytics",
  """
  Hi Jonas,

  Thank you for taking the time to apply for the Data Platform Lead role at Tidepool Analytics.
  We really enjoyed learning about your background.

  After careful consideration, we've decided to pursue other candidates whose background more
  closely aligns with what we need for this role right now.

  We'll keep your details on file and may reach out if something comes up that's a better fit.

  Best,
  The Tidepool Talent Team
  """,
  company="Tidepool Analytics", fmt="alt", reply_to="no-reply@us.greenhouse-mail.io")

m("rejection", "one_liner_hm", "en",
  "Marcus Hale <marcus.hale@brightledger.example.com>",
  "Re: Following up",
  """
  Thanks for your time, but we won't be moving forward. Good luck with the search.

  M.
  """,
  company="Brightledger", contact="marcus.hale@brightledger.example.com", thread=True,
  quote=gmail("Jonas Albrecht <jonas.albrecht@example.net>", "Mon, May 4, 2026 at 9:02 AM",
              """
              Hi Marcus,
              Just following up on our conversation from two weeks ago. Is there any update on the
              Analytics Engineering Manager role?
              Thanks, Jonas
              """))

m("rejection", "uk_shant_progress", "en",
  "Harriet Pemberton <h.pemberton@thamesmutual.example.co.uk>",
  "Data Engineering Manager - outcome",
  """
  Dear Jonas,

  Many thanks for coming in to meet the panel on Thursday, it was a pleasure to chat.

  I'm afraid that on this occasion we shan't be progressing your application to the final stage.
  The panel felt that whilst your technical depth was very strong, another candidate had more
  direct experience of line management in a regulated environment.

  Do let me know if you'd like more detailed feedback; I'm happy to arrange a short call.

  Kind regards,

  Harriet Pemberton
  Senior Talent Partner | Thames Mutual
  20 Gracechurch Street, London EC3V 0BG

  Thames Mutual Assurance plc is authorised by the Prudential Regulation Authority. This email
  and any attachments are confidential and intended solely for the addressee.
  """,
  company="Thames Mutual", contact="h.pemberton@thamesmutual.example.co.uk", fmt="alt",
  cte="quoted-printable")

m("rejection", "indian_regret", "en",
  "Priya Raghunathan <priya.r@vayudata.example.in>",
  "Update on your candidature",
  """
  Dear Jonas,

  Greetings from Vayu Data Systems!

  We thank you for your interest in the position of Data Platform Manager (Europe) and for the
  time you spent with our panel. We regret to inform you that your profile has not been
  shortlisted for the next round of the process.

  We will retain your profile in our database and will reach out should a suitable opening
  arise in future. Kindly do not revert to this mail for feedback as the same cannot be shared.

  Warm regards,
  Priya Raghunathan
  Talent Acquisition - EMEA
  Vayu Data Systems Pvt. Ltd.
  +91 80 5550 4471
  """,
  company="Vayu Data Systems", contact="priya.r@vayudata.example.in")

m("rejection", "agency_excl_en", "en",
  "Kyle Morrison <kyle@talentbridge-recruit.example.com>",
  "Quick update!",
  """
  Hey Jonas!!

  Hope you're well! So I heard back from the client (the Amsterdam scale-up) and unfortunately
  it's a no this time :( They went with someone who had more dbt + Snowflake at scale. Gutted
  for you mate, I really thought this one was yours!

  Don't worry though, I've got a couple of other roles that might be even better, will ring you
  tomorrow!!

  Cheers,
  Kyle
  Kyle Morrison | Senior Consultant - Data & Analytics
  TalentBridge Recruitment | +44 20 5550 8812
  """,
  company="TalentBridge Recruitment", contact="kyle@talentbridge-recruit.example.com")

m("rejection", "lever_role_cancelled", "en",
  "Hollow Pine Games <no-reply@hire.lever.co>",
  "Update regarding Data Engineering Lead",
  """
  Hi Jonas,

  We wanted to let you know that we have decided to close the Data Engineering Lead position
  due to a change in business priorities. As a result we won't be continuing with any candidates
  for this role, including your application.

  We're sorry to deliver this news, and we appreciate the interest you showed in Hollow Pine.

  Regards,
  Hollow Pine Games Recruiting
  """,
  company="Hollow Pine Games", reply_to="Sanna Virtanen <sanna.virtanen@hollowpine.example.com>",
  contact="sanna.virtanen@hollowpine.example.com", fmt="alt")

m("rejection", "australian_takehome", "en",
  "Bec Thornton <bec.thornton@koalapay.example.com.au>",
  "Your take home task",
  """
  Hi Jonas,

  Thanks heaps for getting the take home back to us so quickly. The team had a good look through
  it and unfortunately we've decided not to take things further this time. Honestly it was a
  close one, the reviewers just felt the data modelling section was a bit light on for a lead role.

  Really appreciate the effort you put in and all the best with the hunt.

  Cheers,
  Bec

  Bec Thornton
  Talent Lead, KoalaPay
  """,
  company="KoalaPay", contact="bec.thornton@koalapay.example.com.au")

m("rejection", "korean_corp_en", "en",
  "HR Team <hr.europe@hanbit-electronics.example.com>",
  "[Hanbit Electronics] Application Result Notice",
  """
  Dear Mr. Jonas Albrecht,

  Thank you for applying to Hanbit Electronics Europe, Data Platform Part Leader position.

  We sincerely regret to inform you that you have not passed the document screening stage.
  Many excellent applicants applied and it was very difficult decision.

  We appreciate your interest to Hanbit Electronics and wish you success in your future.

  Best Regards,
  HR Team, Hanbit Electronics Europe GmbH (Frankfurt)
  """,
  company="Hanbit Electronics", contact="hr.europe@hanbit-electronics.example.com",
  fmt="html", table=True)

m("rejection", "ashby_after_final", "en",
  "Quillstone <no-reply@ashbyhq.com>",
  "Quillstone - Staff Data Engineer",
  """
  Hi Jonas,

  Thank you so much for the time you invested in our interview process, including the final
  round with our CTO. This was a tough decision, but we've decided to move forward with another
  candidate for the Staff Data Engineer role.

  If you'd like to hear more about the team's decision, reply to Oona (oona@quillstone.example.com),
  who coordinated your interviews.

  All the best,
  Quillstone
  """,
  company="Quillstone", contact="oona@quillstone.example.com", fmt="alt")

m("rejection", "copenhagen_short", "en",
  "Mette Lund <mlu@nordhavn-energy.example.dk>",
  "Your application",
  """
  Dear Jonas

  Thank you for your application for the position as Data Platform Manager. We have now completed
  the first screening and I'm sorry to tell you that you have not been selected for interview.

  Kind regards
  Mette Lund
  HR Partner
  Nordhavn Energy A/S
  """,
  company="Nordhavn Energy", contact="mlu@nordhavn-energy.example.dk", charset="iso-8859-1")

m("rejection", "smartrecruiters_en", "en",
  "Caldera Retail Group <notifications@smartrecruiters.com>",
  "Thank you for your interest in Caldera Retail Group",
  """
  Dear Jonas,

  Thank you for your interest in the Senior Manager, Data Platform position. We appreciate you
  taking the time to apply.

  Following a review of your experience against the requirements of the role, we regret that
  we will not be moving your application forward at this time.

  We encourage you to visit our careers site regularly and apply for any future role for which
  you feel qualified.

  Sincerely,
  Talent Acquisition | Caldera Retail Group
  """,
  company="Caldera Retail Group", fmt="html", cte="base64")

m("rejection", "fr_cabinet_vous", "fr",
  "Claire Dumoulin <c.dumoulin@lumiere-rh.example.fr>",
  "Votre candidature - Responsable Plateforme Data",
  """
  Bonjour Monsieur Albrecht,

  Je vous remercie pour le temps que vous avez consacré à nos échanges ainsi qu'à l'entretien
  avec notre client.

  Malheureusement, celui-ci a fait le choix de poursuivre avec un autre candidat dont le
  parcours correspond davantage à ses attentes, notamment sur la partie management d'équipe.

  Je ne manquerai pas de revenir vers vous si une opportunité plus en adéquation se présente.

  Bien cordialement,

  Claire Dumoulin
  Consultante Senior - Lumière RH
  06 55 50 12 34
  """,
  company="Lumière RH", contact="c.dumoulin@lumiere-rh.example.fr", charset="iso-8859-1",
  cte="quoted-printable")

m("rejection", "fr_startup_tu", "fr",
  "Hugo Marchand <hugo@pixelmarche.example.fr>",
  "Re: Ton test technique",
  """
  Salut Jonas,

  Merci encore d'avoir pris le temps de faire le test. On a bien regardé ton rendu avec l'équipe
  et on ne va pas donner suite cette fois-ci : on cherche quelqu'un de plus orienté Spark temps
  réel pour ce poste.

  Désolé pour la mauvaise nouvelle, et bon courage pour la suite !

  Hugo
  CTO @ PixelMarché
  """,
  company="PixelMarché", contact="hugo@pixelmarche.example.fr", thread=True,
  quote=am("Jonas Albrecht <jonas.albrecht@example.net>", "lun. 18 mai 2026 à 21:40",
           """
           Salut Hugo, voilà mon rendu pour le test (lien GitHub privé).
           Jonas
           """, verb="a écrit"))

m("rejection", "fr_grand_groupe", "fr",
  "Recrutement Groupe Artémis <ne-pas-repondre@artemis-assurances.example.fr>",
  "Suite donnée à votre candidature - Réf. 2026-DATA-118",
  """
  Monsieur,

  Nous avons bien étudié votre candidature au poste de Data Platform Manager et vous remercions
  de l'intérêt que vous portez à notre Groupe.

  Nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable.

  Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

  La Direction des Ressources Humaines
  Groupe Artémis Assurances
  """,
  company="Groupe Artémis Assurances", fmt="alt", cte="quoted-printable")

m("rejection", "es_formal", "es",
  "Lucía Ferrer <lucia.ferrer@solvantia.example.es>",
  "Proceso de selección Data Platform Manager",
  """
  Estimado Jonas:

  Muchas gracias por tu interés en Solvantia y por participar en el proceso de selección para la
  posición de Data Platform Manager.

  Lamentamos comunicarte que, tras valorar todas las candidaturas, hemos decidido continuar con
  otros perfiles que se ajustan más a las necesidades actuales del puesto.

  Guardaremos tu CV en nuestra base de datos para futuras oportunidades.

  Un saludo cordial,
  Lucía Ferrer
  Talent Acquisition | Solvantia
  Paseo de la Castellana 95, Madrid
  """,
  company="Solvantia", contact="lucia.ferrer@solvantia.example.es", charset="iso-8859-1")

m("rejection", "es_mexico_casual", "es",
  "Diego Salinas <diego.salinas@tacoloop.example.mx>",
  "Re: Entrevista con el equipo de datos",
  """
  Hola Jonas, ¿qué tal?

  Te escribo para avisarte que al final no vamos a seguir con tu candidatura. Nos encantó
  platicar contigo, pero el equipo decidió ir con alguien que ya está en CDMX y puede estar
  en la oficina tres días a la semana.

  ¡Mucho éxito y ojalá coincidamos más adelante!

  Saludos,
  Diego
  Tacoloop - Head of Engineering
  """,
  company="Tacoloop", contact="diego.salinas@tacoloop.example.mx", thread=True,
  quote=am("Jonas Albrecht <jonas.albrecht@example.net>", "jue, 9 abr 2026 a las 17:20",
           """
           Hola Diego, muchas gracias por la entrevista de hoy. Quedo atento.
           Jonas
           """, verb="escribió"))
# --------------------------------------------------------------------------------------------
# interview_invitation (25)
# --------------------------------------------------------------------------------------------

m("interview_invitation", "kennenlernen_personio", "de",
  "Julia Hartmann <julia.hartmann@elbdeich-commerce.example.com>",
  "Einladung zum Kennenlerngespräch - Data Platform Manager",
  """
  Hallo Herr Albrecht,

  vielen Dank für Ihre Bewerbung, Ihr Profil hat uns sehr angesprochen! Wir würden Sie gern in
  einem ersten Kennenlerngespräch (ca. 30 Minuten, per Google Meet) näher kennenlernen.

  Bitte wählen Sie über diesen Link einen passenden Termin aus:
  https://elbdeich.jobs.personio.de/scheduling/7f3a9c

  Ich freue mich auf unser Gespräch!

  Viele Grüße
  Julia Hartmann
  Recruiting | Elbdeich Commerce GmbH
  """,
  company="Elbdeich Commerce", contact="julia.hartmann@elbdeich-commerce.example.com", fmt="alt")

m("interview_invitation", "fachinterview_ics", "de",
  "Markus Demir <markus.demir@rheinstrom.example.de>",
  "Fachinterview Data Engineering - Donnerstag 14 Uhr",
  """
  Sehr geehrter Herr Albrecht,

  wie telefonisch besprochen, laden wir Sie herzlich zum Fachinterview mit unserem Team
  Datenplattform ein:

  Termin: Donnerstag, 12. März 2026, 14:00 - 15:30 Uhr
  Ort: Microsoft Teams (Link in der Einladung)
  Teilnehmende: Markus Demir (Teamleiter), Svenja Krug (Senior Data Engineer)

  Bitte bereiten Sie eine kurze Vorstellung eines Projekts vor, auf das Sie stolz sind.

  Mit freundlichen Grüßen
  Markus Demir
  Teamleiter Datenplattform
  RheinStrom AG, Köln
  """,
  company="RheinStrom", contact="markus.demir@rheinstrom.example.de", date="2026-03-05T10:12:00",
  ics={"start": "20260312T130000Z", "end": "20260312T143000Z",
       "summary": "Fachinterview Jonas Albrecht - Datenplattform", "organizer":
       "markus.demir@rheinstrom.example.de", "cn": "Markus Demir"})

m("interview_invitation", "headhunter_zweites_gespraech", "de",
  "Katrin Sommer <sommer@sommer-executive.example.com>",
  "nächste Runde!",
  """
  Lieber Herr Albrecht,

  gute Nachrichten: Der Mandant möchte Sie gern kennenlernen! Geplant ist ein Gespräch mit dem
  CDO und der Bereichsleiterin HR vor Ort in Frankfurt, voraussichtlich in KW 16.

  Können Sie mir zwei, drei Zeitfenster nennen, die Ihnen passen würden? Dann stimme ich das ab.

  Herzlich
  Katrin Sommer
  Sommer Executive Search
  Tel. +49 69 5550 7788
  """,
  company="Sommer Executive Search", contact="sommer@sommer-executive.example.com")

m("interview_invitation", "telefoninterview_du", "de",
  "Tim <tim.becker@flinkfracht.example.com>",
  "Kurzes Telefonat?",
  """
  Hey Jonas,

  danke für deine Bewerbung als Data Lead! Hättest du Lust auf ein kurzes Telefonat diese Woche,
  so 20-30 Min? Mittwoch ab 16 Uhr oder Freitag vormittags ginge bei mir. Sag einfach Bescheid,
  dann ruf ich dich an.

  LG Tim
  Tim Becker, Talent @ FlinkFracht
  """,
  company="FlinkFracht", contact="tim.becker@flinkfracht.example.com")

m("interview_invitation", "softgarden_selfscheduling", "de",
  "Lindenbank eG <noreply@softgarden.io>",
  "Terminvorschläge für Ihr Interview bei der Lindenbank",
  """
  Sehr geehrter Herr Albrecht,

  wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position "Leitung Data Analytics
  (m/w/d)" einzuladen.

  Bitte buchen Sie innerhalb der nächsten 5 Tage einen der angebotenen Termine:
  https://lindenbank.softgarden.io/interview/select?token=ab12cd

  Bei Fragen wenden Sie sich gerne an Frau Petra Eckert, petra.eckert@lindenbank.example.de.

  Mit freundlichen Grüßen
  Ihre Lindenbank eG
  """,
  company="Lindenbank", contact="petra.eckert@lindenbank.example.de", fmt="html", table=True)

m("interview_invitation", "vor_ort_muenchen", "de",
  "Stefanie Haas <stefanie.haas@isar-mobility.example.com>",
  "Einladung zum Vorstellungsgespräch vor Ort",
  """
  Sehr geehrter Herr Albrecht,

  nach dem angenehmen ersten Austausch möchten wir Sie gerne zu einem persönlichen Gespräch in
  unsere Zentrale in München einladen.

  Datum: 21.04.2026
  Uhrzeit: 10:00 Uhr bis ca. 13:00 Uhr
  Adresse: Leopoldstraße 200, 80804 München, Empfang Haus B

  Der Tag besteht aus einem Gespräch mit Ihrer künftigen Führungskraft, einer Case Study
  (Vorbereitung vor Ort, 45 Min.) und einem Lunch mit dem Team. Reisekosten erstatten wir
  Ihnen selbstverständlich.

  Bitte bestätigen Sie den Termin kurz per E-Mail.

  Beste Grüße
  Stefanie Haas
  Senior Recruiter
  ISAR Mobility Solutions SE
  """,
  company="ISAR Mobility Solutions", contact="stefanie.haas@isar-mobility.example.com",
  charset="windows-1252", cte="quoted-printable")

m("interview_invitation", "wien_panel", "de",
  "Mag. Johanna Gruber <j.gruber@donaukredit.example.at>",
  "Ihre Bewerbung - Einladung Hearing",
  """
  Sehr geehrter Herr Albrecht!

  Wir freuen uns, Ihnen mitteilen zu können, dass Sie in die nächste Runde des Auswahlverfahrens
  aufgenommen wurden. Wir laden Sie daher zu einem Hearing vor unserem Gremium ein, am
  Montag, den 4. Mai 2026 um 9:30 Uhr in der Schottengasse 6, 1010 Wien.

  Bitte bereiten Sie eine 15-minütige Präsentation zum Thema "Data Governance in einer
  Regionalbank" vor.

  Mit freundlichen Grüßen
  Mag. Johanna Gruber
  Personalentwicklung
  Donaukredit Bank AG
  """,
  company="Donaukredit Bank", contact="j.gruber@donaukredit.example.at", charset="iso-8859-1")

m("interview_invitation", "xing_recruiter_interesse", "de",
  "Nils Brandt <nils.brandt@vierpunkt-it.example.com>",
  "AW: Ihre Bewerbung über XING",
  """
  Hallo Herr Albrecht,

  danke für die schnelle Rückmeldung und den Lebenslauf. Passt sehr gut! Ich würde gerne im
  nächsten Schritt einen Videocall mit Ihnen und unserem Bereichsleiter Daten, Herrn Okafor,
  ansetzen. Wie sieht es bei Ihnen am Dienstag, 17.03., um 11 Uhr aus?

  Viele Grüße
  Nils Brandt
  vierpunkt IT-Beratung
  """,
  company="vierpunkt IT-Beratung", contact="nils.brandt@vierpunkt-it.example.com", thread=True,
  quote=am("Jonas Albrecht <jonas.albrecht@example.net>", "12.03.2026 um 08:44",
           """
           Hallo Herr Brandt, anbei wie besprochen mein aktueller Lebenslauf.
           Viele Grüße, Jonas Albrecht
           """))

m("interview_invitation", "coding_challenge_einladung", "de",
  "Recruiting Team Zahlfix <talent@zahlfix.example.com>",
  "Nächster Schritt: Technisches Interview",
  """
  Hallo Jonas,

  schön, dass du weiter dabei bist! Als Nächstes steht unser technisches Interview an: 60 Minuten
  Live-Pairing mit zwei Engineers an einer kleinen Pipeline-Aufgabe (Python + SQL).

  Buch dir hier einen Slot, der dir passt: https://calendly.com/zahlfix-eng/tech-interview

  Keine Sorge, es geht um deine Denkweise, nicht um perfekten Code.

  Bis bald
  Aylin vom Zahlfix Talent Team
  """,
  company="Zahlfix", contact="talent@zahlfix.example.com", fmt="alt", cte="base64")

m("interview_invitation", "uni_berufungskommission", "de",
  "Prof. Dr. Ulrike Stein <ulrike.stein@hs-hafenstadt.example.de>",
  "Stelle IT-Architekt/in Forschungsdaten - Gespräch",
  """
  Sehr geehrter Herr Albrecht,

  im Namen der Auswahlkommission darf ich Sie zu einem Vorstellungsgespräch am
  Mittwoch, 27. Mai 2026, 13:00 Uhr, Raum C.2.14 (Hauptgebäude) einladen. Das Gespräch dauert
  ca. 60 Minuten. Eine Teilnahme per Videokonferenz ist nach Absprache möglich.

  Bitte teilen Sie uns bis 20. Mai mit, ob Sie den Termin wahrnehmen können.

  Mit freundlichen Grüßen
  Ulrike Stein
  Hochschule Hafenstadt - Zentrum für Forschungsdatenmanagement
  """,
  company="Hochschule Hafenstadt", contact="ulrike.stein@hs-hafenstadt.example.de")

m("interview_invitation", "referenzen_und_finale", "de",
  "Oliver Knapp <oliver.knapp@bergblick-ecommerce.example.com>",
  "Finale Runde + Referenzen",
  """
  Hallo Herr Albrecht,

  wir würden Sie gerne zur finalen Runde mit unserer Geschäftsführung einladen, am Freitag
  um 15 Uhr in Köln oder alternativ Montag früh per Zoom - was ist Ihnen lieber?

  Parallel dazu bräuchten wir zwei Referenzen (Name, Funktion, Telefonnummer).

  Danke und Gruß
  Oliver Knapp
  Bergblick E-Commerce
  """,
  company="Bergblick E-Commerce", contact="oliver.knapp@bergblick-ecommerce.example.com")

m("interview_invitation", "gespraech_hamburg_outlook", "de",
  "Assistenz Geschäftsführung <assistenz@wattwerk.example.de>",
  "Einladung: Gespräch Herr Albrecht / Dr. Frerichs",
  """
  Sehr geehrter Herr Albrecht,

  Herr Dr. Frerichs würde Sie gerne persönlich kennenlernen. Anbei finden Sie eine
  Kalendereinladung für Dienstag, den 9. Juni, 10:00 Uhr in unserem Büro am Sandtorkai 40.

  Mit freundlichen Grüßen
  Sabine Rehder
  Assistenz der Geschäftsführung, Wattwerk Energie GmbH
  """,
  company="Wattwerk Energie", contact="assistenz@wattwerk.example.de",
  ics={"start": "20260609T080000Z", "end": "20260609T090000Z",
       "summary": "Vorstellungsgespräch Albrecht / Dr. Frerichs", "organizer":
       "assistenz@wattwerk.example.de", "cn": "Sabine Rehder", "location": "Sandtorkai 40, Hamburg"})

m("interview_invitation", "goodtime_en", "en",
  "Meridian Freight <scheduling@goodtime.io>",
  "Action needed: schedule your interviews with Meridian Freight",
  """
  Hi Jonas,

  Congratulations on moving to the next stage for Senior Manager, Data Platform at Meridian
  Freight! Please pick times for your virtual onsite (4 x 45 minutes):

  https://meridianfreight.goodtime.io/schedule/c/9e2b1

  If none of the times work, reply to your coordinator Alicia Gomez at
  alicia.gomez@meridianfreight.example.com.

  Thanks,
  Meridian Freight Recruiting
  """,
  company="Meridian Freight", contact="alicia.gomez@meridianfreight.example.com", fmt="alt")

m("interview_invitation", "quick_chat", "en",
  "Sophie Carter <sophie@lattice-health.example.com>",
  "Quick question",
  """
  Hi Jonas,

  Saw your application come through for the Data Platform Lead role - would you be free for a
  quick chat sometime this week? Thursday afternoon works well on my side, 2-4pm CET.

  Sophie
  Sophie Carter · Recruiting Lead · Lattice Health
  """,
  company="Lattice Health", contact="sophie@lattice-health.example.com")

m("interview_invitation", "agency_excl", "en",
  "Danny Price <danny.price@apexdata-recruit.example.co.uk>",
  "GREAT NEWS!!",
  """
  Jonas!!

  Client LOVED your CV - they want to get you in for a first stage video interview with the
  Head of Data ASAP!! Are you around Tuesday or Wednesday next week? Give me a few slots and
  I'll lock it in.

  Fingers crossed for this one, it's a cracking role!!

  Danny
  Apex Data Recruitment
  07700 900 412
  """,
  company="Apex Data Recruitment", contact="danny.price@apexdata-recruit.example.co.uk")

m("interview_invitation", "greenhouse_next_stage", "en",
  "Harbourline <no-reply@us.greenhouse-mail.io>",
  "Next steps with Harbourline",
  """
  Hi Jonas,

  We'd love to move you to the next stage for the Engineering Manager, Data role! The next step
  is a 45-minute conversation with our VP Engineering, Ravi.

  Please use the link below to share your availability:
  https://app.greenhouse.io/scheduling/availability/3c81

  Best,
  Ines Kovač
  Recruiter, Harbourline
  """,
  company="Harbourline", reply_to="Ines Kovač <ines.kovac@harbourline.example.com>",
  contact="ines.kovac@harbourline.example.com", fmt="alt", cte="quoted-printable")

m("interview_invitation", "finnish_panel", "en",
  "Aino Korhonen <aino.korhonen@revontuli-systems.example.fi>",
  "Interview invitation - Data Platform Manager",
  """
  Hi Jonas,

  Thank you for your application. We would like to invite you to a panel interview on Teams.
  The panel is our CTO Juha Mäkinen, team lead Elina Saari and me.

  Time: Wednesday 15 April, 10:00-11:00 Finnish time (9:00 CET)

  I have sent a calendar invite separately. If the time does not suit, please let me know.

  Best regards,
  Aino Korhonen
  HR Manager, Revontuli Systems Oy
  """,
  company="Revontuli Systems", contact="aino.korhonen@revontuli-systems.example.fi",
  charset="iso-8859-1", cte="quoted-printable")

m("interview_invitation", "indian_do_revert", "en",
  "Rahul Menon <rahul.menon@sarathi-tech.example.in>",
  "Interview schedule - Data Platform Manager (Berlin)",
  """
  Dear Jonas,

  Greetings of the day!

  Your profile has been shortlisted for the position of Data Platform Manager for our Berlin
  office. We would like to schedule a technical discussion with our Delivery Head on 23rd April,
  11:30 AM CET over MS Teams.

  Kindly confirm your availability and do revert with your current CTC, expected CTC and notice
  period at the earliest.

  Thanks & Regards,
  Rahul Menon
  Sr. Executive - Talent Acquisition
  Sarathi Technologies
  Mob: +91 98455 50123
  """,
  company="Sarathi Technologies", contact="rahul.menon@sarathi-tech.example.in")

m("interview_invitation", "london_onsite_ics", "en",
  "Emily Watson <emily.watson@foxglove-media.example.co.uk>",
  "Invitation: Final interview - Jonas Albrecht @ Tue 5 May 2026 14:00 - 16:00 (BST)",
  """
  Hi Jonas,

  As discussed, please find the invite for your final interview at our King's Cross office.
  You'll meet Priyanka (Director of Data) and Tom (Platform Lead). Bring ID for reception.

  Best,
  Emily

  Emily Watson | People Team | Foxglove Media
  """,
  company="Foxglove Media", contact="emily.watson@foxglove-media.example.co.uk", fmt="alt",
  ics={"start": "20260505T130000Z", "end": "20260505T150000Z",
       "summary": "Final interview - Jonas Albrecht", "organizer":
       "emily.watson@foxglove-media.example.co.uk", "cn": "Emily Watson",
       "location": "Foxglove Media, 4 Pancras Square, London"})

m("interview_invitation", "amsterdam_case", "en",
  "Joost de Vries <joost@tulpcloud.example.nl>",
  "Re: your application",
  """
  Hey Jonas,

  Sorry for the radio silence, crazy weeks here. We'd like to invite you for a case interview:
  you get a short brief 48h before and present for 20 min, then Q&A. Could you do Monday 1 June
  at 13:00 Amsterdam time? Otherwise Tuesday same time.

  Groetjes,
  Joost
  TulpCloud | Head of Data
  """,
  company="TulpCloud", contact="joost@tulpcloud.example.nl", thread=True)

m("interview_invitation", "workday_interview_en", "en",
  "Castellan Insurance <castellan@myworkday.com>",
  "Interview Request: Data Platform Manager (R-11902)",
  """
  Hello Jonas,

  You have been selected to interview for the Data Platform Manager position. Please log in to
  the candidate home page to select an interview time.

  Interview Type: Video - Hiring Manager
  Duration: 60 minutes

  Regards,
  Castellan Insurance Talent Acquisition

  This message was sent from an unmonitored mailbox.
  """,
  company="Castellan Insurance", fmt="html")

m("interview_invitation", "fr_entretien_vous", "fr",
  "Élodie Bernard <elodie.bernard@cobalt-energie.example.fr>",
  "Entretien - Responsable Plateforme Data",
  """
  Bonjour Monsieur Albrecht,

  Suite à votre candidature, nous souhaiterions vous rencontrer pour un premier entretien en
  visio avec le Directeur Data. Seriez-vous disponible mardi 24 mars à 10h ou jeudi 26 mars à 15h ?

  Dans l'attente de votre retour,
  Bien cordialement,

  Élodie Bernard
  Chargée de recrutement
  Cobalt Énergie
  """,
  company="Cobalt Énergie", contact="elodie.bernard@cobalt-energie.example.fr",
  charset="iso-8859-1", cte="quoted-printable")

m("interview_invitation", "fr_welcome_rh", "fr",
  "Camille <camille@boussole.example.fr>",
  "On s'appelle ?",
  """
  Hello Jonas !

  J'ai bien reçu ta candidature via Welcome to the Jungle pour le poste de Lead Data Engineer,
  ton profil nous plaît beaucoup. Dispo pour un premier call de 30 min cette semaine ?
  Tu peux réserver directement ici : https://calendly.com/camille-boussole/30min

  À très vite,
  Camille - Talent @ Boussole
  """,
  company="Boussole", contact="camille@boussole.example.fr")

m("interview_invitation", "es_entrevista", "es",
  "Marta Giménez <marta.gimenez@ibercargo.example.es>",
  "Entrevista - Data Platform Manager",
  """
  Hola Jonas:

  Gracias por tu candidatura. Nos gustaría conocerte en una primera entrevista por
  videollamada con Javier Ortega, nuestro CTO. ¿Te vendría bien el miércoles 22 de abril a las
  12:00 (hora de Madrid)?

  Un saludo,
  Marta Giménez
  Recursos Humanos - Ibercargo
  """,
  company="Ibercargo", contact="marta.gimenez@ibercargo.example.es")

m("interview_invitation", "es_mexico_formal", "es",
  "Reclutamiento Grupo Nopal <reclutamiento@gruponopal.example.mx>",
  "Invitación a entrevista técnica",
  """
  Estimado Jonas Albrecht:

  Por medio del presente, le informamos que ha sido seleccionado para la etapa de entrevista
  técnica del proceso para la vacante de Gerente de Plataforma de Datos (remoto).

  Fecha: lunes 11 de mayo de 2026
  Hora: 9:00 (hora del centro de México)
  Plataforma: Google Meet (le enviaremos la liga un día antes)

  Le agradeceremos confirmar su asistencia respondiendo a este correo.

  Atentamente,
  Lic. Andrea Cárdenas
  Atracción de Talento | Grupo Nopal
  """,
  company="Grupo Nopal", contact="reclutamiento@gruponopal.example.mx", fmt="alt",
  charset="iso-8859-1")
# --------------------------------------------------------------------------------------------
# interview_reschedule_or_cancel (15)
# --------------------------------------------------------------------------------------------

m("interview_reschedule_or_cancel", "verschiebung_krank", "de",
  "Markus Demir <markus.demir@rheinstrom.example.de>",
  "Verschiebung Fachinterview",
  """
  Sehr geehrter Herr Albrecht,

  leider ist meine Kollegin Frau Krug kurzfristig erkrankt. Wir müssen das Fachinterview am
  Donnerstag daher leider verschieben. Passt Ihnen alternativ Dienstag, 17. März, 14:00 Uhr?
  Die neue Einladung kommt gleich.

  Entschuldigen Sie die Umstände.

  Mit freundlichen Grüßen
  Markus Demir
  RheinStrom AG
  """,
  company="RheinStrom", contact="markus.demir@rheinstrom.example.de", date="2026-03-10T08:05:00",
  ics={"start": "20260317T130000Z", "end": "20260317T143000Z", "seq": "1",
       "uid": "fachinterview_ics@rheinstrom.example.de",
       "summary": "Fachinterview Jonas Albrecht - Datenplattform (verschoben)",
       "organizer": "markus.demir@rheinstrom.example.de", "cn": "Markus Demir"})

m("interview_reschedule_or_cancel", "absage_termin_ics_cancel", "de",
  "Sabine Rehder <assistenz@wattwerk.example.de>",
  "Abgesagt: Vorstellungsgespräch Albrecht / Dr. Frerichs",
  """
  Sehr geehrter Herr Albrecht,

  Herr Dr. Frerichs muss den Termin am 9. Juni leider absagen, da er zu einer Aufsichtsratssitzung
  muss. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

  Freundliche Grüße
  Sabine Rehder
  Wattwerk Energie GmbH
  """,
  company="Wattwerk Energie", contact="assistenz@wattwerk.example.de", date="2026-06-05T12:30:00",
  ics={"method": "CANCEL", "seq": "1", "start": "20260609T080000Z", "end": "20260609T090000Z",
       "uid": "gespraech_hamburg_outlook@wattwerk.example.de",
       "summary": "Vorstellungsgespräch Albrecht / Dr. Frerichs",
       "organizer": "assistenz@wattwerk.example.de", "cn": "Sabine Rehder"})

m("interview_reschedule_or_cancel", "headhunter_neuer_termin", "de",
  "Katrin Sommer <sommer@sommer-executive.example.com>",
  "Terminänderung",
  """
  Lieber Herr Albrecht,

  kleine Planänderung: Der CDO ist am Donnerstag doch auf Dienstreise. Das Gespräch in
  Frankfurt wird auf Montag, 20. April, 11 Uhr verlegt. Geht das bei Ihnen? Kurze Info genügt.

  Danke und herzlich
  Katrin Sommer
  """,
  company="Sommer Executive Search", contact="sommer@sommer-executive.example.com")

m("interview_reschedule_or_cancel", "du_kurz_verschieben", "de",
  "Tim Becker <tim.becker@flinkfracht.example.com>",
  "Re: Kurzes Telefonat?",
  """
  sorry Jonas, mir ist was dazwischen gekommen - können wir von Mittwoch auf Donnerstag 17 Uhr
  schieben? gleiche Nummer

  Tim
  Von meinem iPhone gesendet
  """,
  company="FlinkFracht", contact="tim.becker@flinkfracht.example.com", thread=True,
  quote=am("Jonas Albrecht <jonas.albrecht@example.net>", "Mo., 23. Feb. 2026 um 19:10",
           """
           Hi Tim, Mittwoch 16 Uhr passt super. Meine Nummer: 0176 5550 3321
           LG Jonas
           """))

m("interview_reschedule_or_cancel", "interview_abgesagt_stelle_offen", "de",
  "Stefanie Haas <stefanie.haas@isar-mobility.example.com>",
  "Absage des Termins am 21.04.",
  """
  Sehr geehrter Herr Albrecht,

  aufgrund einer internen Umstrukturierung im Bereich Data & Analytics müssen wir den geplanten
  Vor-Ort-Termin am 21.04. leider absagen. Die Stelle bleibt ausgeschrieben; wir melden uns, sobald
  der neue Zuschnitt feststeht, und vereinbaren dann einen neuen Termin mit Ihnen.

  Wir bitten um Ihr Verständnis.

  Beste Grüße
  Stefanie Haas
  ISAR Mobility Solutions SE
  """,
  company="ISAR Mobility Solutions", contact="stefanie.haas@isar-mobility.example.com",
  fmt="alt")

m("interview_reschedule_or_cancel", "personio_neuer_slot", "de",
  "Elbdeich Commerce <notifications@personio.de>",
  "Ihr Termin wurde geändert",
  """
  Hallo Jonas Albrecht,

  Ihr Termin "Kennenlerngespräch Data Platform Manager" wurde von Julia Hartmann geändert.

  Neuer Termin: Fr., 13.03.2026, 09:30 - 10:00 (Europe/Berlin)
  Vorheriger Termin: Do., 12.03.2026, 16:00 - 16:30

  Bei Fragen wenden Sie sich bitte an julia.hartmann@elbdeich-commerce.example.com.

  Diese Nachricht wurde automatisch versendet.
  """,
  company="Elbdeich Commerce", contact="julia.hartmann@elbdeich-commerce.example.com",
  fmt="html", table=True)

m("interview_reschedule_or_cancel", "wien_hearing_verschoben", "de",
  "Mag. Johanna Gruber <j.gruber@donaukredit.example.at>",
  "AW: Ihre Bewerbung - Einladung Hearing",
  """
  Sehr geehrter Herr Albrecht!

  Aufgrund eines Feiertagsüberhangs im Gremium müssen wir das Hearing vom 4. Mai auf den
  11. Mai 2026, selbe Uhrzeit, verlegen. Ort und Ablauf bleiben unverändert.

  Wir ersuchen um kurze Bestätigung.

  Mit freundlichen Grüßen
  Johanna Gruber
  Donaukredit Bank AG
  """,
  company="Donaukredit Bank", contact="j.gruber@donaukredit.example.at", charset="iso-8859-1",
  cte="quoted-printable", thread=True)

m("interview_reschedule_or_cancel", "uni_raumwechsel_zeit", "de",
  "Sekretariat ZFD <sekretariat-zfd@hs-hafenstadt.example.de>",
  "Geänderter Termin Ihres Vorstellungsgesprächs",
  """
  Sehr geehrter Herr Albrecht,

  im Auftrag von Frau Prof. Stein teile ich Ihnen mit, dass Ihr Vorstellungsgespräch nicht wie
  geplant am 27. Mai stattfinden kann. Neuer Termin ist Donnerstag, 28. Mai 2026, 10:30 Uhr,
  Raum C.1.03.

  Mit freundlichen Grüßen
  Ines Petersen
  Sekretariat Zentrum für Forschungsdatenmanagement
  Hochschule Hafenstadt
  """,
  company="Hochschule Hafenstadt", contact="sekretariat-zfd@hs-hafenstadt.example.de")

m("interview_reschedule_or_cancel", "hm_travel_push", "en",
  "Ravi Subramanian <ravi@harbourline.example.com>",
  "Need to move our call",
  """
  Hi Jonas - apologies, I'm stuck at an offsite on Thursday. Could we push our conversation to
  Monday at the same time? Ines will send an updated invite.

  Ravi
  VP Engineering, Harbourline
  """,
  company="Harbourline", contact="ravi@harbourline.example.com")

m("interview_reschedule_or_cancel", "calendly_cancel", "en",
  "Calendly <notifications@calendly.com>",
  "Canceled: Tech interview between Zahlfix Engineering and Jonas Albrecht",
  """
  Hi Jonas Albrecht,

  Zahlfix Engineering canceled the event below.

  Event: Tech interview (60 min)
  Date: 10:00 - 11:00, Wednesday, March 25, 2026 (Central European Time)
  Cancellation reason: "Our interviewer is unavailable - we'll send a new link, sorry!"

  Reply to this email to contact Zahlfix Engineering: talent@zahlfix.example.com
  """,
  company="Zahlfix", contact="talent@zahlfix.example.com", reply_to="talent@zahlfix.example.com",
  fmt="alt")

m("interview_reschedule_or_cancel", "uk_panel_rearrange", "en",
  "Harriet Pemberton <h.pemberton@thamesmutual.example.co.uk>",
  "Panel interview - change of date",
  """
  Dear Jonas,

  I'm so sorry to do this, but one of our panel members has been called away and we shall need
  to rearrange Thursday's interview. Would Tuesday 14 April at 10am or Wednesday 15 April at 2pm
  suit instead?

  Apologies for the inconvenience.

  Kind regards,
  Harriet
  """,
  company="Thames Mutual", contact="h.pemberton@thamesmutual.example.co.uk")

m("interview_reschedule_or_cancel", "outlook_updated_invite", "en",
  "Emily Watson <emily.watson@foxglove-media.example.co.uk>",
  "Updated invitation: Final interview - Jonas Albrecht @ Thu 7 May 2026 10:00 - 12:00 (BST)",
  """
  Hi Jonas,

  This event has been changed. Priyanka had a clash so we've moved your final to Thursday
  morning, same office. Hope that's OK, shout if not.

  Emily
  """,
  company="Foxglove Media", contact="emily.watson@foxglove-media.example.co.uk",
  ics={"start": "20260507T090000Z", "end": "20260507T110000Z", "seq": "2",
       "uid": "london_onsite_ics@foxglove-media.example.co.uk",
       "summary": "Final interview - Jonas Albrecht", "organizer":
       "emily.watson@foxglove-media.example.co.uk", "cn": "Emily Watson"})

m("interview_reschedule_or_cancel", "indian_reschedule", "en",
  "Rahul Menon <rahul.menon@sarathi-tech.example.in>",
  "RE: Interview schedule - Data Platform Manager (Berlin)",
  """
  Dear Jonas,

  Due to unavoidable circumstances the Delivery Head is not available tomorrow. The discussion
  stands postponed to 28th April, same time. Kindly confirm the revised slot.

  Regret the inconvenience caused.

  Thanks & Regards,
  Rahul Menon
  Sarathi Technologies
  """,
  company="Sarathi Technologies", contact="rahul.menon@sarathi-tech.example.in", thread=True)

m("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
  "Élodie Bernard <elodie.bernard@cobalt-energie.example.fr>",
  "Report de notre entretien",
  """
  Bonjour Monsieur Albrecht,

  Le Directeur Data a un empêchement de dernière minute et je dois malheureusement reporter
  notre entretien de mardi. Pourriez-vous me proposer un autre créneau la semaine prochaine ?

  Toutes mes excuses pour ce contretemps.

  Bien cordialement,
  Élodie Bernard
  Cobalt Énergie
  """,
  company="Cobalt Énergie", contact="elodie.bernard@cobalt-energie.example.fr")

m("interview_reschedule_or_cancel", "es_cambio_hora", "es",
  "Marta Giménez <marta.gimenez@ibercargo.example.es>",
  "Cambio de hora entrevista",
  """
  Hola Jonas,

  Javier tiene un viaje imprevisto el miércoles. ¿Podemos mover la entrevista al jueves 23 a las
  16:00? Si no te viene bien, dime y buscamos otro hueco.

  Disculpa las molestias,
  Marta
  """,
  company="Ibercargo", contact="marta.gimenez@ibercargo.example.es")

# --------------------------------------------------------------------------------------------
# missed_interview_notice (10)
# --------------------------------------------------------------------------------------------

m("missed_interview_notice", "angerufen_niemand", "de",
  "Tim Becker <tim.becker@flinkfracht.example.com>",
  "Telefonat heute",
  """
  Hi Jonas,

  ich hab dich heute um 17 Uhr zweimal angerufen, aber dich leider nicht erreicht. Alles ok bei
  dir? Gib mir kurz Bescheid, ob wir einen neuen Termin finden wollen.

  LG Tim
  """,
  company="FlinkFracht", contact="tim.becker@flinkfracht.example.com")

m("missed_interview_notice", "teams_nicht_erschienen", "de",
  "Nils Brandt <nils.brandt@vierpunkt-it.example.com>",
  "Unser Termin heute 11 Uhr",
  """
  Hallo Herr Albrecht,

  Herr Okafor und ich haben heute ab 11 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich
  aber leider nicht eingewählt. Vielleicht ist etwas dazwischengekommen?

  Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Position haben.

  Viele Grüße
  Nils Brandt
  vierpunkt IT-Beratung
  """,
  company="vierpunkt IT-Beratung", contact="nils.brandt@vierpunkt-it.example.com")

m("missed_interview_notice", "vor_ort_nicht_da_sie", "de",
  "Empfang Bergblick <empfang@bergblick-ecommerce.example.com>",
  "Ihr Termin bei Bergblick heute",
  """
  Sehr geehrter Herr Albrecht,

  Sie waren heute um 15 Uhr zu einem Gespräch mit unserer Geschäftsführung eingeplant. Leider
  haben wir Sie nicht angetroffen und konnten Sie auch telefonisch nicht erreichen.

  Herr Knapp bittet um kurze Rückmeldung, ob und wann Sie einen neuen Termin wünschen.

  Freundliche Grüße
  Empfang / Office Management
  Bergblick E-Commerce
  """,
  company="Bergblick E-Commerce", contact="empfang@bergblick-ecommerce.example.com",
  charset="windows-1252")

m("missed_interview_notice", "headhunter_mandant_wartet", "de",
  "Dr. Thomas Brenner <t.brenner@brenner-partner.example.com>",
  "Dringend - Gespräch heute",
  """
  Herr Albrecht,

  der Mandant hat mich eben angerufen: Sie sind zum vereinbarten Videocall um 9:30 Uhr nicht
  erschienen. Das ist natürlich ungünstig. Bitte rufen Sie mich umgehend an, damit ich die
  Situation klären kann.

  Thomas Brenner
  Mobil +49 171 5550192
  """,
  company="Brenner & Partner Personalberatung", contact="t.brenner@brenner-partner.example.com")

m("missed_interview_notice", "du_zoom_verpasst", "de",
  "Aylin Kaya <aylin@zahlfix.example.com>",
  "Wir haben dich vermisst :)",
  """
  Hey Jonas,

  Ben und Jule saßen heute um 10 im Zoom und haben auf dich gewartet, du warst aber nicht da.
  Kann ja passieren! Falls du noch Lust hast, buch dir einfach einen neuen Slot:
  https://calendly.com/zahlfix-eng/tech-interview

  Aylin
  Zahlfix Talent
  """,
  company="Zahlfix", contact="aylin@zahlfix.example.com", fmt="alt")

m("missed_interview_notice", "tried_calling", "en",
  "Sophie Carter <sophie@lattice-health.example.com>",
  "Missed you",
  """
  Hi Jonas,

  We tried calling you at the scheduled time (3pm) but couldn't get through. Hope all is well!
  Let me know if you'd still like to chat and we can find another time.

  Sophie
  """,
  company="Lattice Health", contact="sophie@lattice-health.example.com")

m("missed_interview_notice", "did_not_join_teams", "en",
  "Aino Korhonen <aino.korhonen@revontuli-systems.example.fi>",
  "Today's interview",
  """
  Hi Jonas,

  You did not join the Teams meeting this morning at 9:00 CET. The panel waited for 15 minutes.
  Please let me know what happened and whether you are still interested in the position.

  Best regards,
  Aino Korhonen
  Revontuli Systems Oy
  """,
  company="Revontuli Systems", contact="aino.korhonen@revontuli-systems.example.fi")

m("missed_interview_notice", "ats_no_show", "en",
  "Castellan Insurance <castellan@myworkday.com>",
  "Missed Interview: Data Platform Manager (R-11902)",
  """
  Hello Jonas,

  Our records indicate that you were unable to attend your scheduled interview on
  05/19/2026. If you would like to be considered further, please contact the recruiter,
  Daniel Okoro (daniel.okoro@castellan-insurance.example.com), within 3 business days.

  Regards,
  Castellan Insurance Talent Acquisition
  """,
  company="Castellan Insurance", contact="daniel.okoro@castellan-insurance.example.com",
  fmt="html")

m("missed_interview_notice", "fr_absent_visio", "fr",
  "Camille <camille@boussole.example.fr>",
  "Notre call de ce matin",
  """
  Coucou Jonas,

  Je t'ai attendu sur le lien Meet ce matin à 10h mais tu n'es pas venu, j'espère que tout va
  bien ! Dis-moi si tu veux qu'on recale un créneau.

  Camille
  """,
  company="Boussole", contact="camille@boussole.example.fr")

m("missed_interview_notice", "es_no_se_conecto", "es",
  "Lic. Andrea Cárdenas <reclutamiento@gruponopal.example.mx>",
  "Entrevista técnica de hoy",
  """
  Estimado Jonas:

  Le escribimos porque el día de hoy a las 9:00 lo estuvimos esperando en la sesión de Google
  Meet y no se conectó. ¿Tuvo algún inconveniente? Quedamos atentos para reprogramar si sigue
  interesado.

  Saludos cordiales,
  Andrea Cárdenas
  Grupo Nopal
  """,
  company="Grupo Nopal", contact="reclutamiento@gruponopal.example.mx")
# --------------------------------------------------------------------------------------------
# application_received (20)
# --------------------------------------------------------------------------------------------

m("application_received", "personio_eingang", "de",
  "Elbdeich Commerce GmbH <noreply@personio.de>",
  "Vielen Dank für Ihre Bewerbung",
  """
  Hallo Jonas Albrecht,

  vielen Dank für Ihre Bewerbung als Data Platform Manager (m/w/d) bei Elbdeich Commerce!

  Wir haben Ihre Unterlagen erhalten und werden uns diese in Ruhe ansehen. Sie hören
  spätestens in zwei Wochen von uns.

  Beste Grüße
  Ihr Elbdeich Commerce Recruiting Team
  """,
  company="Elbdeich Commerce", fmt="html", table=True)

m("application_received", "softgarden_keine_einzelantwort", "de",
  "Lindenbank eG <noreply@softgarden.io>",
  "Eingangsbestätigung Ihrer Bewerbung",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihre Bewerbung als Leitung Data Analytics (m/w/d). Hiermit bestätigen wir den
  Eingang Ihrer Unterlagen.

  Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Leider können wir in
  dieser Phase keine individuellen Zwischenstände mitteilen. Sobald wir Ihre Unterlagen geprüft
  haben, erhalten Sie eine Rückmeldung.

  Mit freundlichen Grüßen
  Ihre Lindenbank eG
  """,
  company="Lindenbank", fmt="html", cte="quoted-printable")

m("application_received", "stepstone_weitergeleitet", "de",
  "StepStone <noreply@stepstone.de>",
  "Ihre Bewerbung wurde erfolgreich versendet",
  """
  Hallo Jonas,

  Ihre Bewerbung für "Senior Data Engineer / Teamlead (m/w/d)" bei Mainfranken Logistik wurde
  erfolgreich an den Arbeitgeber übermittelt.

  Tipp: Vervollständigen Sie Ihr Profil, um von weiteren Arbeitgebern gefunden zu werden.
  https://www.stepstone.de/profil

  Viel Erfolg!
  Ihr StepStone Team
  """,
  company="Mainfranken Logistik", fmt="html", table=True,
  headers={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8812>"})

m("application_received", "oeff_dienst_eingang", "de",
  "Bewerbermanagement <bewerbung@lvr-daten.example.de>",
  "Eingangsbestätigung - Kennziffer 2026/041",
  """
  Sehr geehrter Herr Albrecht,

  hiermit bestätigen wir den Eingang Ihrer Bewerbung für das Auswahlverfahren Kennziffer 2026/041.
  Bitte sehen Sie von Sachstandsanfragen ab; wir werden Sie nach Abschluss der Vorauswahl
  unaufgefordert informieren. Dies kann einige Wochen in Anspruch nehmen.

  Mit freundlichen Grüßen
  Im Auftrag
  Schulte-Ebbinghaus
  Landesamt für Digitale Verwaltungsdaten
  """,
  company="Landesamt für Digitale Verwaltungsdaten", contact="bewerbung@lvr-daten.example.de",
  charset="iso-8859-1", cte="quoted-printable")

m("application_received", "rundfunk_eingang_kein_feedback", "de",
  "Westdeutscher Medienfunk - Personalgewinnung <noreply-karriere@wmf-rundfunk.example.de>",
  "Ihre Bewerbung ist eingegangen (ID 7714)",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihr Interesse am Westdeutschen Medienfunk. Ihre Bewerbung als Product Owner
  Datenplattform ist bei uns eingegangen.

  Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl von Bewerbungen leider nicht
  jede Bewerbung einzeln beantworten oder Ihnen in diesem Stadium ein individuelles Feedback
  geben können. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

  Ihre Personalgewinnung
  """,
  company="Westdeutscher Medienfunk", fmt="alt", cte="base64")

m("application_received", "join_com_bestaetigung", "de",
  "Kiezkasse via JOIN <no-reply@join.com>",
  "Bewerbung erhalten: Data Lead (m/w/d)",
  """
  Hi Jonas,

  deine Bewerbung als Data Lead (m/w/d) bei Kiezkasse ist eingegangen. Das Team meldet sich bei
  dir, sobald es deine Bewerbung geprüft hat.

  Du kannst den Status jederzeit in deinem JOIN-Profil verfolgen.

  Dein JOIN Team
  """,
  company="Kiezkasse", fmt="html")

m("application_received", "mittelstand_persoenlich", "de",
  "Andrea Köhler <a.koehler@sauerland-armaturen.example.de>",
  "AW: Bewerbung als Leiter BI / Datenmanagement",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir prüfen Ihre Unterlagen und
  kommen in Kürze auf Sie zu. Die Fachabteilung ist bis Ende nächster Woche im Urlaub, bitte
  haben Sie daher etwas Geduld.

  Mit freundlichen Grüßen

  Andrea Köhler
  Personal
  Sauerland Armaturen GmbH & Co. KG
  Tel. 02931 5550-214
  """,
  company="Sauerland Armaturen", contact="a.koehler@sauerland-armaturen.example.de",
  charset="windows-1252", thread=True,
  quote=outlook("Jonas Albrecht [mailto:jonas.albrecht@example.net]",
                "Dienstag, 3. März 2026 20:41", "bewerbung@sauerland-armaturen.example.de",
                "Bewerbung als Leiter BI / Datenmanagement",
                """
                Sehr geehrte Damen und Herren,
                anbei übersende ich Ihnen meine Bewerbungsunterlagen ...
                """))

m("application_received", "schweiz_dossier", "de",
  "Helvetia Datentreuhand AG <jobs@helvetia-datentreuhand.example.ch>",
  "Bestätigung Ihrer Bewerbung",
  """
  Sehr geehrter Herr Albrecht

  Wir bestätigen Ihnen den Eingang Ihres Bewerbungsdossiers für die Stelle Head of Data Platform.
  Ihre Unterlagen werden nun sorgfältig geprüft. Wir werden uns innert 10 Arbeitstagen bei Ihnen
  melden.

  Freundliche Grüsse
  Human Resources
  Helvetia Datentreuhand AG
  """,
  company="Helvetia Datentreuhand", contact="jobs@helvetia-datentreuhand.example.ch")

m("application_received", "successfactors_eingang", "de",
  "SAP SuccessFactors <donotreply@successfactors.eu>",
  "Grünwerk Energie - Ihre Bewerbung ist eingegangen",
  """
  Sehr geehrte/r Jonas Albrecht ,

  wir  haben Ihre Bewerbung für die Position Expert Data Governance (Req ID: 41877)  erhalten.

  Bitte beachten Sie,dass wir leider nicht auf individuelle Anfragen zum Bearbeitungsstand
  antworten können.

  Mit freundlichen Grüßen
  Ihr Grünwerk Energie Recruiting Team
  """,
  company="Grünwerk Energie", fmt="html")

m("application_received", "versicherung_workday_eingang", "de",
  "Volkmann Automotive <volkmann@myworkday.com>",
  "Vielen Dank für Ihre Bewerbung: R-20831",
  """
  Hallo Jonas,

  Vielen Dank für Ihre Bewerbung auf die Stelle R-20831 Manager Data Engineering. Wir haben Ihre
  Bewerbung erhalten und werden sie nun prüfen. Unter "Meine Bewerbungen" können Sie den Status
  einsehen.

  Volkmann Automotive Talent Acquisition
  """,
  company="Volkmann Automotive", fmt="alt", cte="quoted-printable")

m("application_received", "greenhouse_received_en", "en",
  "Harbourline <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Harbourline!",
  """
  Hi Jonas,

  Thanks for applying for the Engineering Manager, Data role at Harbourline. Our team will review
  your application and get back to you if your experience is a match.

  Due to the volume of applications we receive, we are unable to respond to every applicant
  individually, but please know we read every application carefully.

  Cheers,
  Harbourline Talent
  """,
  company="Harbourline", fmt="alt")

m("application_received", "lever_received", "en",
  "Quillstone <no-reply@hire.lever.co>",
  "Thanks for your application to Quillstone",
  """
  Jonas,

  We've received your application for Staff Data Engineer and will be reviewing it shortly.
  Unfortunately we are unable to provide individual feedback at this stage, but if your
  background is a fit, someone from our team will be in touch within two weeks.

  - Quillstone Recruiting
  """,
  company="Quillstone")

m("application_received", "indian_acknowledgement", "en",
  "Careers Sarathi <careers@sarathi-tech.example.in>",
  "Acknowledgement: Application for Data Platform Manager",
  """
  Dear Candidate,

  Thank you for applying with Sarathi Technologies. This is to acknowledge receipt of your
  application for the position of Data Platform Manager (Berlin). Our team will go through your
  profile and revert in case of a suitable match.

  Regards,
  HR Team
  Sarathi Technologies
  """,
  company="Sarathi Technologies", contact="careers@sarathi-tech.example.in")

m("application_received", "smartrecruiters_received", "en",
  "Caldera Retail Group <notifications@smartrecruiters.com>",
  "Your application for Senior Manager, Data Platform",
  """
  Dear Jonas,

  Thank you for applying to the Senior Manager, Data Platform position at Caldera Retail Group.
  We have received your application and our recruiting team is reviewing it.

  What happens next? If your profile matches our requirements, a recruiter will contact you to
  discuss next steps.

  Best regards,
  Caldera Retail Group
  """,
  company="Caldera Retail Group", fmt="html", table=True)

m("application_received", "korean_received", "en",
  "HR Team <hr.europe@hanbit-electronics.example.com>",
  "[Hanbit Electronics] Application Completed",
  """
  Dear Mr. Jonas Albrecht,

  Your application for Data Platform Part Leader has been completed successfully.
  Document screening result will be notified by e-mail within 3 weeks.

  Thank you.
  Hanbit Electronics Europe HR Team
  """,
  company="Hanbit Electronics", contact="hr.europe@hanbit-electronics.example.com")

m("application_received", "ashby_received", "en",
  "Tidepool Analytics <no-reply@ashbyhq.com>",
  "We got your application!",
  """
  Hey Jonas,

  Thanks for applying to be our Data Platform Lead! A real human (probably Nadia) will look at
  your application in the next few days. If you have questions in the meantime, you can reach
  her at nadia@tidepool.example.com.

  Tidepool Analytics
  """,
  company="Tidepool Analytics", contact="nadia@tidepool.example.com", fmt="alt")

m("application_received", "australian_received", "en",
  "KoalaPay Careers <careers@koalapay.example.com.au>",
  "Application received - Lead Data Engineer (Remote, EU)",
  """
  G'day Jonas,

  Thanks for throwing your hat in the ring for our Lead Data Engineer role. We've got your
  application and the hiring team will be in touch either way within a fortnight.

  Cheers,
  The KoalaPay People Team
  """,
  company="KoalaPay", contact="careers@koalapay.example.com.au")

m("application_received", "fr_accuse_reception", "fr",
  "Recrutement Groupe Artémis <ne-pas-repondre@artemis-assurances.example.fr>",
  "Accusé de réception de votre candidature - Réf. 2026-DATA-118",
  """
  Monsieur,

  Nous accusons réception de votre candidature au poste de Data Platform Manager et vous en
  remercions. En raison du nombre important de candidatures, nous ne sommes malheureusement pas
  en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, nous
  vous contacterons dans les meilleurs délais.

  La Direction des Ressources Humaines
  Groupe Artémis Assurances
  """,
  company="Groupe Artémis Assurances", fmt="alt", charset="iso-8859-1", cte="quoted-printable")

m("application_received", "fr_wttj", "fr",
  "Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Ta candidature chez PixelMarché a bien été envoyée",
  """
  Bonjour Jonas,

  Ta candidature pour le poste Lead Data Engineer chez PixelMarché a bien été transmise à
  l'entreprise. Tu recevras une réponse directement de leur part.

  Bonne chance !
  L'équipe Welcome to the Jungle
  """,
  company="PixelMarché", fmt="html")

m("application_received", "es_acuse", "es",
  "Solvantia Talento <talento@solvantia.example.es>",
  "Hemos recibido tu candidatura",
  """
  Hola Jonas:

  ¡Gracias por tu interés en Solvantia! Hemos recibido correctamente tu candidatura para el puesto
  de Data Platform Manager. Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en
  contacto contigo en las próximas semanas.

  Un saludo,
  Equipo de Talento de Solvantia
  """,
  company="Solvantia", contact="talento@solvantia.example.es", charset="iso-8859-1")

# --------------------------------------------------------------------------------------------
# offer (10)
# --------------------------------------------------------------------------------------------

m("offer", "vertragsangebot_pdf", "de",
  "Julia Hartmann <julia.hartmann@elbdeich-commerce.example.com>",
  "Ihr Vertragsangebot",
  """
  Lieber Herr Albrecht,

  wie heute telefonisch besprochen, freue ich mich sehr, Ihnen anbei unser Vertragsangebot für
  die Position Data Platform Manager zu senden. Das Jahresbruttogehalt beträgt wie besprochen
  92.000 EUR zzgl. variabler Vergütung; Startdatum wäre der 1. Juli 2026.

  Wir würden uns freuen, wenn Sie uns bis zum 15. Mai Bescheid geben. Bei Fragen rufen Sie mich
  gern jederzeit an.

  Herzliche Grüße
  Julia Hartmann
  Elbdeich Commerce GmbH
  """,
  company="Elbdeich Commerce", contact="julia.hartmann@elbdeich-commerce.example.com",
  pdf="Vertragsangebot_Albrecht.pdf")

m("offer", "muendliche_zusage_du", "de",
  "Maren Olsen <maren@spreeblick-analytics.example.com>",
  "Wir wollen dich!",
  """
  Hey Jonas,

  ich hab's dir vorhin am Telefon ja schon gesagt, aber hier nochmal schriftlich: Wir würden dich
  unglaublich gerne als Lead Data Platform bei Spreeblick an Bord holen! Die Eckdaten (88k fix,
  0,1% VSOP, 30 Tage Urlaub, remote-first) fasst dir Maik bis Freitag im Vertrag zusammen.

  Freu mich riesig!
  Maren

  Spreeblick Analytics | Co-Founder & CTO
  """,
  company="Spreeblick Analytics", contact="maren@spreeblick-analytics.example.com")

m("offer", "headhunter_angebot", "de",
  "Katrin Sommer <sommer@sommer-executive.example.com>",
  "Angebot des Mandanten",
  """
  Lieber Herr Albrecht,

  herzlichen Glückwunsch! Der Mandant möchte Ihnen die Position als Head of Data Platform
  anbieten. Das Angebot: 125.000 EUR Fixum, 20 % Bonus, Dienstwagen. Die schriftliche
  Vertragsunterlage geht Ihnen direkt vom Mandanten zu.

  Lassen Sie uns morgen telefonieren, um Ihre Fragen durchzugehen.

  Herzlich
  Katrin Sommer
  Sommer Executive Search
  """,
  company="Sommer Executive Search", contact="sommer@sommer-executive.example.com")

m("offer", "uni_einstellungszusage", "de",
  "Personaldezernat <personal@hs-hafenstadt.example.de>",
  "Einstellungszusage - IT-Architekt/in Forschungsdaten",
  """
  Sehr geehrter Herr Albrecht,

  wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Besetzung der
  Stelle IT-Architekt/in Forschungsdaten (E 14 TV-L) ausgewählt hat. Die Einstellung erfolgt
  vorbehaltlich der Zustimmung des Personalrats und der ärztlichen Eignung.

  Bitte teilen Sie uns bis zum 19. Juni mit, ob Sie die Stelle annehmen. Den Arbeitsvertrag
  erhalten Sie anschließend postalisch.

  Mit freundlichen Grüßen
  Im Auftrag
  Kerstin Albers
  Hochschule Hafenstadt - Personaldezernat
  """,
  company="Hochschule Hafenstadt", contact="personal@hs-hafenstadt.example.de",
  charset="iso-8859-1", cte="quoted-printable")

m("offer", "wien_vertrag_unterschreiben", "de",
  "Carolin Weiß <carolin.weiss@alpenmobil.example.at>",
  "Dienstvertrag zur Unterschrift",
  """
  Lieber Herr Albrecht,

  schön, dass es nun doch geklappt hat! Wie vereinbart erhalten Sie im Anhang Ihren Dienstvertrag
  als Data Platform Manager (Verwendungsgruppe VI, 5.850 EUR brutto, 14x jährlich). Bitte
  unterschreiben Sie beide Exemplare und senden Sie eines an uns zurück.

  Herzliche Grüße
  Carolin Weiß
  AlpenMobil Versicherung AG
  """,
  company="AlpenMobil Versicherung", contact="carolin.weiss@alpenmobil.example.at",
  pdf="Dienstvertrag_Albrecht.pdf", fmt="alt")

m("offer", "pleased_to_offer_uk", "en",
  "Gareth Hughes <gareth.hughes@wrenfield.example.co.uk>",
  "Offer of employment",
  """
  Dear Jonas,

  Further to our conversation this afternoon, I am delighted to confirm that we are pleased to
  offer you the position of Head of Data Platform at Wrenfield Building Society, subject to
  satisfactory references and background screening.

  Your formal offer letter is attached. Please sign and return it by Friday 12 June.

  Warm regards,
  Gareth Hughes
  Resourcing Manager | Wrenfield Building Society
  """,
  company="Wrenfield Building Society", contact="gareth.hughes@wrenfield.example.co.uk",
  pdf="Offer_Letter_J_Albrecht.pdf", fmt="alt", cte="quoted-printable")

m("offer", "verbal_followup_amsterdam", "en",
  "Joost de Vries <joost@tulpcloud.example.nl>",
  "Following up",
  """
  Hi Jonas,

  Great talking earlier! Just putting in writing what I said on the phone: we'd like you to join
  TulpCloud as Data Platform Lead. Formal paperwork (85k base, 8% bonus, relocation support) is
  coming from our People team tomorrow.

  Let me know if anything's unclear.

  Joost
  """,
  company="TulpCloud", contact="joost@tulpcloud.example.nl")

m("offer", "conditional_offer_ashby", "en",
  "Meridian Freight <no-reply@ashbyhq.com>",
  "Your offer from Meridian Freight",
  """
  Hi Jonas,

  Congratulations! Meridian Freight has extended you a conditional offer for the role of Senior
  Manager, Data Platform. The offer is contingent on a background check.

  Review and sign your offer here: https://app.ashbyhq.com/offer/2b7c

  Questions? Contact Alicia Gomez at alicia.gomez@meridianfreight.example.com.
  """,
  company="Meridian Freight", contact="alicia.gomez@meridianfreight.example.com", fmt="html")

m("offer", "fr_promesse_embauche", "fr",
  "Élodie Bernard <elodie.bernard@cobalt-energie.example.fr>",
  "Promesse d'embauche",
  """
  Bonjour Monsieur Albrecht,

  J'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Cobalt Énergie en
  tant que Responsable Plateforme Data. Vous trouverez ci-joint votre promesse d'embauche.

  Merci de nous la retourner signée d'ici le 30 avril.

  Bien cordialement,
  Élodie Bernard
  Cobalt Énergie
  """,
  company="Cobalt Énergie", contact="elodie.bernard@cobalt-energie.example.fr",
  pdf="Promesse_embauche.pdf", charset="iso-8859-1")

m("offer", "es_oferta", "es",
  "Valeria Montes <valeria@casaambar.example.mx>",
  "Oferta",
  """
  Hola Jonas!

  Qué gusto escribirte esto: nos encantaría que te unas a Casa Ámbar como Data Platform Lead
  (remoto, contrato como contractor). Te adjunto la carta oferta con el paquete que platicamos.

  Avísame cualquier duda, ¡ojalá digas que sí!

  Valeria
  Directora de Tecnología - Casa Ámbar
  """,
  company="Casa Ámbar", contact="valeria@casaambar.example.mx", pdf="Carta_oferta.pdf")
# --------------------------------------------------------------------------------------------
# other (50): job alerts, newsletters, outreach, everyday mail, the candidate's own mail
# --------------------------------------------------------------------------------------------

LIST = {"List-Unsubscribe": "<mailto:unsubscribe@news.example.com>, <https://news.example.com/u>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

m("other", "linkedin_jobalert_de", "de",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "„Data Platform Manager“: 14 neue Jobs in Hamburg",
  """
  Ihre Jobbenachrichtigung für Data Platform Manager in Hamburg

  Head of Data Platform (m/w/d)
  Hafenkontor Digital · Hamburg (Hybrid)
  https://www.linkedin.com/comm/jobs/view/4021

  Teamlead Data Engineering
  Nordsee Versand · Hamburg
  https://www.linkedin.com/comm/jobs/view/4022

  Manager Analytics Platform
  Alsterbank · Hamburg · Schnell bewerben
  https://www.linkedin.com/comm/jobs/view/4023

  Alle Jobs ansehen: https://www.linkedin.com/comm/jobs/search

  Sie erhalten Jobbenachrichtigungen. Abbestellen: https://www.linkedin.com/comm/psettings/job-alerts
  """,
  fmt="html", table=True, cte="quoted-printable",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/job-alerts>"})

m("other", "stepstone_job_digest", "de",
  "StepStone Jobagent <jobagent@stepstone.de>",
  "Neue Jobs für Sie: Data Engineer Lead, Köln",
  """
  Hallo Jonas,

  Ihr Jobagent hat 9 neue Stellen gefunden, die zu Ihrer Suche passen:

  - Leiter Datenplattform (m/w/d), Rheinland Energie, Köln
  - Data Engineering Lead, Domstadt Media, Köln
  - Senior Analytics Manager, Kölner Kreditbank, Köln

  Leider passt nicht jeder Job perfekt - verfeinern Sie Ihre Suche für bessere Treffer.

  Jobagent verwalten: https://www.stepstone.de/jobagent
  """,
  fmt="html", headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/off?id=33>"})

m("other", "indeed_digest_en", "en",
  "Indeed <alert@indeed.com>",
  "15 new data platform manager jobs in Remote",
  """
  Jobs matching data platform manager in Remote

  Data Platform Manager - Lumencart - Remote (EU) - Easily apply
  Manager, Data Engineering - Orbitwise - Remote - Responsive employer
  Head of Analytics Engineering - Greyfin - Remote

  See all jobs: https://www.indeed.com/jobs?q=data+platform+manager&l=Remote

  Unsubscribe: https://www.indeed.com/alert/unsubscribe
  """,
  fmt="html", table=True, cte="base64", headers={"List-Unsubscribe": "<https://www.indeed.com/u>"})

m("other", "xing_news_bewerbung_tipps", "de",
  "XING Insider <newsletter@mail.xing.com>",
  "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
  """
  Liebe XING-Mitglieder,

  eine Absage nach dem dritten Gespräch tut weh. Doch wer professionell reagiert, bleibt im
  Gedächtnis: Bedanken Sie sich für das Gespräch, bitten Sie um Feedback und halten Sie den
  Kontakt. Außerdem in dieser Ausgabe:

  - "Leider müssen wir Ihnen mitteilen": Was Absageschreiben wirklich bedeuten
  - Das Vorstellungsgespräch verpasst - was nun?
  - Gehaltsverhandlung 2026: die neuen Benchmarks

  Weiterlesen: https://www.xing.com/news/insider/articles/8812

  Newsletter abbestellen: https://www.xing.com/settings/notifications
  """,
  fmt="alt", headers={**LIST, "List-Id": "XING Insider <insider.xing.com>"})

m("other", "karriere_newsletter_interview", "de",
  "karriere.example Redaktion <newsletter@karriere-magazin.example.de>",
  "Die 7 häufigsten Fragen im Interview - und was Personaler hören wollen",
  """
  Hallo Jonas,

  "Wir laden Sie herzlich zum Vorstellungsgespräch ein" - und dann? In unserem neuen Guide zeigen
  wir, wie Sie sich auf Fachinterviews, Case Studies und Coding-Challenges vorbereiten, und was Sie
  tun, wenn das Unternehmen den Termin kurzfristig verschiebt.

  Jetzt lesen: https://karriere-magazin.example.de/guide/interview

  Ihr Team vom Karriere-Magazin
  Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden:
  https://karriere-magazin.example.de/abmelden
  """,
  fmt="html", table=True, headers={**LIST, "List-Id": "<weekly.karriere-magazin.example.de>"})

m("other", "recruiter_cold_outreach_de", "de",
  "Jana Wolff <jana.wolff@talentwerk-personal.example.com>",
  "Spannende Position als Head of Data - Interesse?",
  """
  Hallo Herr Albrecht,

  ich bin auf Ihr Profil bei XING aufmerksam geworden und war direkt beeindruckt! Aktuell
  unterstütze ich einen etablierten Energieversorger in Nordrhein-Westfalen bei der Besetzung
  einer Position als Head of Data (unbefristet, bis 120k).

  Falls das für Sie interessant klingt, schicke ich Ihnen gerne die Stellenbeschreibung. Falls
  nicht, freue ich mich über eine Empfehlung aus Ihrem Netzwerk.

  Beste Grüße
  Jana Wolff
  Talentwerk Personalberatung
  """,
  contact="jana.wolff@talentwerk-personal.example.com")

m("other", "linkedin_inmail_en", "en",
  "Chris Delaney via LinkedIn <inmail-hit-reply@linkedin.com>",
  "Chris sent you a message",
  """
  Chris Delaney
  Principal Recruiter at Northbeam Talent

  Hi Jonas, hope you're doing great! I'm working with a Series B fintech in Berlin that's building
  out its data platform team. Your background at the intersection of analytics and engineering
  looks like a really strong match. Open to hearing more? No pressure at all.

  Reply: https://www.linkedin.com/messaging/thread/2-abc

  This message was sent to jonas.albrecht@example.net. Unsubscribe.
  """,
  fmt="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/psettings>"})

m("other", "agency_job_list_excl", "en",
  "Kyle Morrison <kyle@talentbridge-recruit.example.com>",
  "Hot roles this week!!",
  """
  Hi Jonas!

  Some cracking roles on my desk this week, all hybrid/remote friendly:

  * Data Platform Lead - fintech, Amsterdam - EUR 95-110k
  * Head of Analytics Engineering - e-commerce, Berlin - EUR 100k
  * Data Engineering Manager - energy, London - GBP 95k

  Any of these tickle your fancy? Just hit reply!!

  Kyle
  TalentBridge Recruitment
  """,
  contact="kyle@talentbridge-recruit.example.com")

m("other", "podcast_interview", "de",
  "Leonie Graf <leonie@datenfunk-podcast.example.de>",
  "Interview-Anfrage für den Datenfunk-Podcast",
  """
  Hallo Jonas,

  ich produziere den Podcast "Datenfunk" und habe deinen Vortrag auf der PyCon DE gesehen. Hättest
  du Lust, in einer unserer nächsten Folgen als Gast über Data Contracts zu sprechen? Das Interview
  würden wir remote aufzeichnen, ca. 45 Minuten, Termin nach Absprache.

  Liebe Grüße
  Leonie Graf
  Datenfunk - der Podcast für Datenmenschen
  """,
  contact="leonie@datenfunk-podcast.example.de")

m("other", "user_research_interview", "en",
  "Noor from Flowbase <research@flowbase.example.com>",
  "Got 30 minutes? Join a user research interview (EUR 50 voucher)",
  """
  Hi Jonas,

  As a Flowbase user, your feedback shapes our roadmap. We're running 30-minute user research
  interviews next week about how data teams manage pipeline alerts. Participants receive a 50 EUR
  voucher.

  Pick a slot: https://calendly.com/flowbase-research/interview

  Thanks!
  Noor, UX Research @ Flowbase
  """,
  reply_to="Noor Haddad <noor.haddad@flowbase.example.com>", contact="noor.haddad@flowbase.example.com",
  fmt="alt")

m("other", "radio_interview", "de",
  "Redaktion Wirtschaft Radio Nordwelle <wirtschaft@nordwelle.example.de>",
  "Anfrage: Kurzinterview zum Thema KI im Mittelstand",
  """
  Sehr geehrter Herr Albrecht,

  für unsere Sendung "Wirtschaft am Morgen" suchen wir Gesprächspartner zum Thema Datenplattformen
  im Mittelstand. Wären Sie zu einem kurzen Telefoninterview (ca. 5 Minuten, wird aufgezeichnet)
  am Donnerstag bereit?

  Mit freundlichen Grüßen
  Henrik Sommerfeld
  Redaktion Wirtschaft, Radio Nordwelle
  """,
  contact="wirtschaft@nordwelle.example.de")

m("other", "freund_eigene_absage", "de",
  "Paul Neumann <paul.neumann@example.org>",
  "uff",
  """
  Na du,

  kurzes Update von mir: hab heute die Absage von der Versicherung bekommen, bei der ich die drei
  Runden hatte. "Wir haben uns für einen anderen Kandidaten entschieden" - nach 6 Wochen! Bin
  ziemlich durch. Bier am Freitag? Wie läuft's bei dir mit den Bewerbungen?

  Paul
  """,
  contact="paul.neumann@example.org")

m("other", "freundin_interview_en", "en",
  "Sarah Kim <sarahkim@example.com>",
  "Re: how did it go??",
  """
  haha thanks for asking!! the interview went ok I think, but they told me at the end they're
  not moving forward with me because they want someone more senior. oh well. on to the next one.
  how's YOUR search going, did the Hamburg people get back to you?

  x Sarah

  Sent from my iPhone
  """,
  contact="sarahkim@example.com", thread=True,
  quote=gmail("Jonas Albrecht <jonas.albrecht@example.net>", "Wed, Apr 15, 2026 at 8:30 PM",
              """
              Hey Sarah, how did your interview go today?? Fingers crossed!
              J
              """))

m("other", "dhl_paket_verspaetet", "de",
  "DHL Paket <noreply@dhl.de>",
  "Ihre Sendung verspätet sich leider",
  """
  Guten Tag,

  leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten
  vielmals um Entschuldigung. Die neue voraussichtliche Zustellung: Mittwoch, 11.03.2026.

  Sendung verfolgen: https://www.dhl.de/sendungsverfolgung

  Ihr DHL Team
  """,
  fmt="html", table=True)

m("other", "hermes_paket_zustellung", "de",
  "Hermes <noreply@paketankuendigung.myhermes.de>",
  "Wir konnten Sie leider nicht antreffen",
  """
  Hallo Jonas Albrecht,

  wir haben heute leider vergeblich versucht, Ihr Paket zuzustellen. Ihr Paket wurde im
  Hermes PaketShop Schanzenstraße 12 hinterlegt und kann dort 7 Tage abgeholt werden.

  Ihr Hermes Team
  """,
  fmt="html")

m("other", "order_delayed_en", "en",
  "Nordic Desk Co. <orders@nordicdesk.example.com>",
  "Update on your order #48213",
  """
  Hi Jonas,

  Unfortunately your order (Height-adjustable desk, oak) is delayed due to a supplier issue.
  We now expect to ship it in 2-3 weeks. We're very sorry for the inconvenience, and you're
  welcome to cancel free of charge.

  The Nordic Desk team
  """,
  fmt="alt")

m("other", "gps_position", "en",
  "TrailTrack <noreply@trailtrack.example.com>",
  "Your device position was updated",
  """
  Hi Jonas,

  Your GPS tracker "Bike" reported a new position at 07:42: 53.5511 N, 9.9937 E
  (Hamburg, Altstadt). Accuracy: 8 m.

  View on map: https://app.trailtrack.example.com/devices/bike

  You receive this because position alerts are enabled.
  """,
  fmt="html")

m("other", "bank_kreditantrag", "de",
  "Alstertal Sparkasse <service@alstertal-sparkasse.example.de>",
  "Eingangsbestätigung Ihres Kreditantrags",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihren Antrag auf einen Ratenkredit über 15.000 EUR. Ihr Antrag ist bei uns
  eingegangen und wird derzeit geprüft. Wir melden uns innerhalb von 3 Werktagen.

  Mit freundlichen Grüßen
  Ihre Alstertal Sparkasse

  Diese E-Mail wurde automatisch erstellt.
  """,
  fmt="alt", charset="iso-8859-1")

m("other", "credit_card_application_en", "en",
  "Lumen Card <no-reply@lumencard.example.com>",
  "We've received your application",
  """
  Hi Jonas,

  Thanks for applying for the Lumen Travel Card. We've received your application and will let you
  know our decision within 5 business days. Unfortunately we cannot speed up the review.

  Lumen Card
  """,
  fmt="html", table=True)

m("other", "wohnung_absage", "de",
  "Hausverwaltung Petersen <vermietung@hv-petersen.example.de>",
  "Ihre Bewerbung für die Wohnung Eppendorfer Weg 88",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung im Eppendorfer Weg und Ihre
  Mieterselbstauskunft. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere
  Mietinteressenten entschieden hat.

  Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.

  Mit freundlichen Grüßen
  Hausverwaltung Petersen
  """,
  contact="vermietung@hv-petersen.example.de")

m("other", "uni_zulassung_master", "en",
  "Admissions Office <admissions@univ-lowlands.example.nl>",
  "Decision on your application - MSc Data Science (part-time)",
  """
  Dear Mr Albrecht,

  Thank you for your application for the part-time MSc Data Science programme. After careful
  review, the Admissions Board regrets to inform you that we are unable to offer you a place for
  the September 2026 intake, as the programme was heavily oversubscribed.

  Yours sincerely,
  Admissions Office
  University of the Lowlands
  """,
  contact="admissions@univ-lowlands.example.nl", fmt="alt")

m("other", "eigene_bewerbung_gesendet", "de",
  ME, "Bewerbung als Data Platform Manager (m/w/d) - Jonas Albrecht",
  """
  Sehr geehrte Frau Hartmann,

  mit großem Interesse habe ich Ihre Stellenausschreibung als Data Platform Manager gelesen. Als
  Analytics Lead mit acht Jahren Erfahrung im Aufbau von Datenplattformen ...

  Im Anhang finden Sie meinen Lebenslauf sowie meine Zeugnisse. Über eine Einladung zu einem
  Vorstellungsgespräch freue ich mich sehr.

  Mit freundlichen Grüßen
  Jonas Albrecht
  """,
  to="Julia Hartmann <julia.hartmann@elbdeich-commerce.example.com>", pdf="Lebenslauf_Albrecht.pdf")

m("other", "eigene_nachfrage_sent", "en",
  ME, "Re: Data Engineering Manager - outcome",
  """
  Dear Harriet,

  Thank you for letting me know, and for the panel's time. I'd very much appreciate the detailed
  feedback you offered - would a 15-minute call next week work?

  Best regards,
  Jonas
  """,
  to="Harriet Pemberton <h.pemberton@thamesmutual.example.co.uk>", thread=True,
  quote=gmail("Harriet Pemberton <h.pemberton@thamesmutual.example.co.uk>",
              "Fri, Apr 24, 2026 at 4:10 PM",
              """
              Dear Jonas,
              I'm afraid that on this occasion we shan't be progressing your application to the
              final stage ...
              """))

m("other", "eigene_absage_an_firma", "de",
  ME, "AW: Einladung zum Kennenlerngespräch",
  """
  Hallo Herr Brandt,

  vielen Dank für die Einladung. Ich habe mich inzwischen für ein anderes Angebot entschieden und
  ziehe meine Bewerbung daher zurück. Ich wünsche Ihnen viel Erfolg bei der Besetzung.

  Viele Grüße
  Jonas Albrecht
  """,
  to="Nils Brandt <nils.brandt@vierpunkt-it.example.com>", thread=True)

m("other", "ooo_recruiter_de", "de",
  "Julia Hartmann <julia.hartmann@elbdeich-commerce.example.com>",
  "Automatische Antwort: Rückfrage zum Gehaltsrahmen",
  """
  Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. April nicht im Büro und habe nur
  eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
  recruiting@elbdeich-commerce.example.com.

  Beste Grüße
  Julia Hartmann
  """,
  contact="julia.hartmann@elbdeich-commerce.example.com",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

m("other", "ooo_recruiter_en", "en",
  "Sophie Carter <sophie@lattice-health.example.com>",
  "Out of Office: Re: Lattice Health - availability",
  """
  Hi there, I'm out of office until Monday 18 May with limited access to email. For anything
  urgent regarding interviews please contact talent@lattice-health.example.com.

  Sophie
  """,
  contact="sophie@lattice-health.example.com", headers={"Auto-Submitted": "auto-replied"})

m("other", "standup_calendar", "en",
  "Google Calendar <calendar-notification@google.com>",
  "Notification: Daily Standup - Data Team @ Weekdays 09:15 - 09:30 (CET)",
  """
  Daily Standup - Data Team
  Weekdays 09:15 - 09:30 (Central European Time - Berlin)
  Joining: https://meet.google.com/abc-defg-hij

  Invitation from Google Calendar. You are receiving this email because you are an attendee of
  the event.
  """,
  ics={"start": "20260302T081500Z", "end": "20260302T083000Z", "summary": "Daily Standup - Data Team",
       "organizer": "teamlead@current-employer.example.com", "cn": "Teamlead",
       "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "location": "Google Meet"})

m("other", "sprint_review_verschoben", "de",
  "Kathrin Roloff <kathrin.roloff@current-employer.example.com>",
  "Verschoben: Sprint Review Datenplattform",
  """
  Hi zusammen,

  das Sprint Review verschiebt sich wegen der Betriebsversammlung auf Donnerstag 14 Uhr.
  Bitte Demos bis Mittwoch im Confluence eintragen.

  Danke!
  Kathrin
  """,
  contact="kathrin.roloff@current-employer.example.com",
  ics={"start": "20260416T120000Z", "end": "20260416T130000Z", "seq": "1",
       "summary": "Sprint Review Datenplattform", "organizer":
       "kathrin.roloff@current-employer.example.com", "cn": "Kathrin Roloff"})

m("other", "elster_bescheid", "de",
  "ELSTER <portal@elster.de>",
  "Neue Nachricht in Ihrem ELSTER-Postfach",
  """
  Sehr geehrte Nutzerin, sehr geehrter Nutzer,

  in Ihrem Benutzerkonto bei "Mein ELSTER" ist eine neue Nachricht eingegangen: Bescheid für 2025
  über Einkommensteuer. Bitte melden Sie sich an, um die Nachricht abzurufen.

  Ihr ELSTER-Team

  Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.
  """,
  charset="iso-8859-1")

m("other", "buergeramt_termin", "de",
  "Bürgeramt Hamburg-Nord <terminvergabe@buergeramt.example.de>",
  "Terminbestätigung Bürgeramt - Ummeldung",
  """
  Sehr geehrter Herr Albrecht,

  hiermit bestätigen wir Ihren Termin:
  Dienstleistung: Wohnsitz anmelden / ummelden
  Datum: 14.04.2026, 08:40 Uhr
  Ort: Kundenzentrum Hamburg-Nord, Kümmellstraße 5

  Bitte bringen Sie Personalausweis und Wohnungsgeberbestätigung mit. Falls Sie den Termin nicht
  wahrnehmen können, sagen Sie ihn bitte über den folgenden Link ab.

  Ihr Bezirksamt Hamburg-Nord
  """,
  fmt="alt")

m("other", "krankenkasse_beitrag", "de",
  "Ihre Hanse Krankenkasse <service@hanse-kk.example.de>",
  "Information zu Ihrem Zusatzbeitrag 2026",
  """
  Guten Tag Herr Albrecht,

  zum 1. Januar 2026 ändert sich der Zusatzbeitrag Ihrer Krankenkasse. Ihr persönliches Schreiben
  finden Sie im Online-Postfach. Ihr Arbeitgeber wird die Änderung automatisch berücksichtigen.

  Freundliche Grüße
  Ihre Hanse Krankenkasse
  """,
  fmt="html", table=True, cte="quoted-printable")

m("other", "bahn_verspaetung", "de",
  "DB Reisebegleiter <noreply@bahn.de>",
  "Ihre Reise: ICE 578 heute ca. 35 Minuten später",
  """
  Hallo Jonas Albrecht,

  Ihre Verbindung Hamburg Hbf - Frankfurt(Main)Hbf am 20.04.2026 ist betroffen: ICE 578 fährt
  voraussichtlich ca. 35 Minuten später ab. Grund: Reparatur an einem Signal.

  Die Zugbindung Ihres Sparpreis-Tickets ist aufgehoben.

  Gute Reise wünscht
  Ihre Deutsche Bahn
  """,
  fmt="html")

m("other", "kita_elternbrief", "de",
  "Kita Sonnenblume <leitung@kita-sonnenblume.example.de>",
  "Elternbrief: Schließtage und Sommerfest",
  """
  Liebe Eltern,

  bitte notieren Sie sich die Schließtage im Sommer (20.07.-07.08.). Das Sommerfest findet am
  27. Juni ab 15 Uhr statt, wir freuen uns über Kuchenspenden! Leider müssen wir den Ausflug in den
  Wildpark absagen, da der Bus nicht verfügbar ist.

  Herzliche Grüße
  Birgit Lange und das Kita-Team
  """,
  contact="leitung@kita-sonnenblume.example.de", charset="windows-1252")

m("other", "mietvertrag_vermieter", "de",
  "Gerd Holtmann <g.holtmann@example.org>",
  "Mietvertrag Wohnung 2. OG",
  """
  Hallo Herr Albrecht,

  anbei wie besprochen der Mietvertrag für die Wohnung in Ottensen zur Unterschrift. Schlüssel-
  übergabe wäre am 1. Juni um 18 Uhr. Bitte die Kaution bis zum 25. Mai überweisen.

  Gruß
  G. Holtmann
  """,
  contact="g.holtmann@example.org", pdf="Mietvertrag_Ottensen.pdf")

m("other", "meetup_talk_einladung", "de",
  "Data Engineering Meetup Hamburg <info@meetup.com>",
  "Neue Veranstaltung: Data Contracts in der Praxis",
  """
  Data Engineering Meetup Hamburg hat eine neue Veranstaltung angekündigt:

  Data Contracts in der Praxis - mit Talks von Zahlfix und Hafenkontor Digital
  Mittwoch, 6. Mai 2026, 18:30 Uhr, betahaus Hamburg

  Zusagen: https://www.meetup.com/de-DE/de-hamburg/events/3011

  Keine E-Mails mehr von dieser Gruppe: https://www.meetup.com/settings
  """,
  fmt="html", headers={**LIST, "List-Id": "<de-hamburg.meetup.com>"})

m("other", "linkedin_profile_views", "de",
  "LinkedIn <messages-noreply@linkedin.com>",
  "Jonas, Ihr Profil wurde von 12 Personen angesehen",
  """
  Jonas, Sie sind gefragt!

  Ihr Profil wurde diese Woche 12-mal angesehen, unter anderem von Recruitern bei Alsterbank und
  Hafenkontor Digital. Mit Premium sehen Sie alle Besucher.

  Premium 1 Monat gratis testen: https://www.linkedin.com/premium

  Abbestellen: https://www.linkedin.com/comm/psettings
  """,
  fmt="html", table=True, headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings>"})

m("other", "glassdoor_salary_en", "en",
  "Glassdoor Community <noreply@glassdoor.com>",
  "Was your last interview a dud? Here's what 5,000 candidates said",
  """
  Bowls for you this week:

  "They ghosted me after the final round" - 214 comments
  "Got rejected after a take-home task, is this normal?" - 98 comments
  "Offer negotiation in Berlin: what's a realistic bump?" - 77 comments

  Read more on Glassdoor: https://www.glassdoor.com/Community

  Unsubscribe | Privacy | Help
  """,
  fmt="html", cte="base64", headers={**LIST, "List-Id": "<community.glassdoor.com>"})

m("other", "substack_career_newsletter", "en",
  "The Data Leader's Weekly <datalead@substack.com>",
  "#112: Why the best data candidates get rejected (and what to do)",
  """
  Hey friends,

  This week a reader wrote in: "I made it to the final round three times this quarter and got
  the 'we've decided to move forward with other candidates' email every time." Let's unpack why
  hiring managers say no to strong candidates, and how to follow up after an interview without
  sounding desperate.

  Read the full post: https://datalead.substack.com/p/112

  Unsubscribe https://datalead.substack.com/action/disable_email
  """,
  fmt="alt", headers={**LIST, "List-Id": "<datalead.substack.com>"})

m("other", "conference_cfp_accepted", "en",
  "Data Summit Copenhagen <speakers@datasummit-cph.example.dk>",
  "Your talk proposal has been accepted!",
  """
  Dear Jonas,

  We are pleased to inform you that your talk "From Analytics Lead to Platform Owner" has been
  accepted for Data Summit Copenhagen 2026 (8-9 October). Please confirm your participation by
  30 June in the speaker portal.

  The Programme Committee
  """,
  contact="speakers@datasummit-cph.example.dk", fmt="alt")

m("other", "saas_trial_ending", "en",
  "Team Pipewise <hello@pipewise.example.com>",
  "Your trial ends in 3 days",
  """
  Hey Jonas,

  Just a heads-up: your Pipewise trial ends on Friday. Upgrade now to keep your 4 pipelines
  running. Any questions? Reply to this email and a real person will answer.

  Cheers,
  Team Pipewise
  """,
  fmt="html", table=True, headers={"List-Unsubscribe": "<https://pipewise.example.com/u>"})

m("other", "alumni_newsletter", "en",
  "TU Alumni Network <alumni@tu-alumni.example.de>",
  "Alumni News: Career panel, mentoring, and your stories",
  """
  Dear alumni,

  Career Panel on 12 May: "Interviewing for leadership roles" with HR heads from three DAX
  companies. Plus: our mentoring programme is looking for mentors, and alumna Dr. Eva Lind on
  how she handled 40 rejections before landing her dream job.

  Register: https://tu-alumni.example.de/events/panel

  To unsubscribe, update your preferences.
  """,
  fmt="alt", headers={**LIST, "List-Id": "Alumni News <news.tu-alumni.example.de>"})

m("other", "security_alert", "en",
  "Account Security <security@cloudvault.example.com>",
  "New sign-in to your account",
  """
  Hi Jonas,

  We noticed a new sign-in to your CloudVault account from Chrome on Windows, Hamburg, Germany
  (Thu, 9 Apr 2026 21:14 CEST). If this was you, you don't need to do anything.

  CloudVault Security
  """,
  fmt="html")

m("other", "invoice_hosting_en", "en",
  "Billing <billing@hostery.example.com>",
  "Your invoice INV-2026-0419 is available",
  """
  Hello Jonas Albrecht,

  Your invoice for April 2026 (EUR 7.14) is now available in your customer portal. The amount
  will be charged to your card ending 4412.

  Thank you for choosing Hostery.
  """,
  fmt="alt", cte="quoted-printable")

m("other", "fr_newsletter_emploi", "fr",
  "Welcome to the Jungle <newsletter@welcometothejungle.com>",
  "Refus après entretien : comment rebondir ?",
  """
  Bonjour Jonas,

  Un refus après un entretien, ça pique. Cette semaine, on vous explique comment demander un
  retour constructif, et on vous présente 12 offres de Data Platform Manager en télétravail.

  Lire l'article : https://www.welcometothejungle.com/fr/articles/refus-entretien

  Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe
  """,
  fmt="html", table=True, headers={**LIST, "List-Id": "<newsletter.welcometothejungle.com>"})

m("other", "fr_ami_colis", "fr",
  "Thomas Lefèvre <thomas.lefevre@example.org>",
  "Ton colis",
  """
  Salut Jonas,

  Petit message rapide : le colis que tu m'avais envoyé pour l'anniversaire de Léa est
  malheureusement bloqué à la douane. La Poste dit encore une semaine... Merci quand même !

  Bises,
  Thomas
  """,
  contact="thomas.lefevre@example.org", charset="iso-8859-1", cte="quoted-printable")

m("other", "fr_banque_dossier", "fr",
  "Banque Lumineuse <ne-pas-repondre@banque-lumineuse.example.fr>",
  "Votre demande de prêt immobilier",
  """
  Bonjour Monsieur Albrecht,

  Nous avons bien reçu votre demande de simulation de prêt immobilier. Un conseiller étudiera
  votre dossier et reviendra vers vous sous 48h.

  Banque Lumineuse
  """,
  fmt="html")

m("other", "es_entrevista_prensa", "es",
  "Carmen Ruiz <carmen.ruiz@diariodigital.example.es>",
  "Solicitud de entrevista para un reportaje",
  """
  Hola Jonas:

  Soy periodista en Diario Digital y estoy preparando un reportaje sobre ingenieros de datos
  europeos que trabajan en remoto para empresas españolas. ¿Te animarías a una breve entrevista
  telefónica esta semana? Serían unos 20 minutos.

  Gracias de antemano,
  Carmen Ruiz
  Redacción Tecnología - Diario Digital
  """,
  contact="carmen.ruiz@diariodigital.example.es")

m("other", "es_pedido_retrasado", "es",
  "Tienda Verde <pedidos@tiendaverde.example.es>",
  "Tu pedido se ha retrasado",
  """
  Hola Jonas,

  Lamentablemente tu pedido n.º 55213 se ha retrasado por un problema con el transportista.
  Te avisaremos en cuanto salga del almacén. Disculpa las molestias.

  El equipo de Tienda Verde
  """,
  fmt="alt", charset="iso-8859-1")

m("other", "es_alerta_empleo", "es",
  "InfoEmpleo Alertas <alertas@infoempleo-mail.example.es>",
  "5 nuevas ofertas de Data Engineer en remoto",
  """
  Hola Jonas,

  Estas son las nuevas ofertas que coinciden con tu alerta:

  - Data Platform Manager - Logística Ibérica - Remoto
  - Jefe de Ingeniería de Datos - Banco Meseta - Madrid / Híbrido
  - Lead Data Engineer - Startup fintech - Barcelona

  Gestionar alertas: https://infoempleo-mail.example.es/alertas
  """,
  fmt="html", table=True, headers={**LIST, "List-Id": "<alertas.infoempleo-mail.example.es>"})

m("other", "es_amigo_rechazo", "es",
  "Pablo Ortega <pablo.ortega@example.com>",
  "qué tal todo",
  """
  Ey Jonas!

  Al final no me cogieron en la consultora, me dijeron que buscaban a alguien con más
  experiencia en SAP. En fin, a seguir buscando. ¿Tú qué tal con lo de Hamburgo? ¿Te hicieron
  ya la entrevista final?

  Un abrazo,
  Pablo
  """,
  contact="pablo.ortega@example.com")

m("other", "personalberater_netzwerk_de", "de",
  "Dr. Thomas Brenner <t.brenner@brenner-partner.example.com>",
  "Frohe Ostern & kurzer Marktüberblick",
  """
  Sehr geehrte Damen und Herren,

  zum Osterfest ein kurzer Überblick über den Markt für Datenführungskräfte: Die Nachfrage nach
  Head-of-Data-Profilen im Automotive-Umfeld ist im ersten Quartal um 12 % gesunken, während
  Banken und Versicherer weiter suchen. Mehr in unserem Marktbericht im Anhang.

  Frohe Ostern wünscht
  Thomas Brenner
  Brenner & Partner Personalberatung
  """,
  contact="t.brenner@brenner-partner.example.com", pdf="Marktbericht_Q1_2026.pdf",
  headers={"Precedence": "bulk"})

m("other", "weitergeleitete_stelle_kollege", "de",
  "Mehmet Yilmaz <mehmet.yilmaz@example.net>",
  "WG: Stellenausschreibung Leitung Datenplattform",
  """
  Hi Jonas,

  hab das hier im Intranet von meinem Schwager gesehen, wäre das nicht was für dich? Bewerbung
  über deren Karriereseite.

  Grüße
  Mehmet

  -------- Weitergeleitete Nachricht --------
  Betreff: Stellenausschreibung Leitung Datenplattform
  Datum: Mon, 16 Mar 2026 09:00:12 +0100
  Von: Interne Kommunikation <intern@hafenkontor-digital.example.com>

  Liebe Kolleginnen und Kollegen,
  wir suchen eine Leitung für unsere Datenplattform (m/w/d). Empfehlungen sind willkommen!
  """,
  contact="mehmet.yilmaz@example.net")

m("other", "versicherung_antrag_eingang", "de",
  "Rheinische Haftpflicht <antrag@rheinische-haftpflicht.example.de>",
  "Ihr Antrag ist bei uns eingegangen",
  """
  Sehr geehrter Herr Albrecht,

  vielen Dank für Ihren Antrag auf eine Privathaftpflichtversicherung. Wir prüfen Ihre Angaben und
  senden Ihnen die Police in den nächsten Tagen zu. Eine Bearbeitungsbestätigung erhalten Sie nicht
  gesondert.

  Ihre Rheinische Haftpflicht
  """,
  fmt="html", cte="base64")

m("other", "github_notification", "en",
  "Marta Novak <notifications@github.com>",
  "Re: [dataplat/orchestrator] Fix retry for late arriving partitions (PR #281)",
  """
  @jonasalbrecht LGTM, one nit on the backoff constant. Can you rebase on main? I'd like to get
  this into the 2.4 release before we cancel the feature freeze.

  --
  Reply to this email directly, view it on GitHub:
  https://github.com/dataplat/orchestrator/pull/281#issuecomment-99
  You are receiving this because you authored the thread.
  """,
  headers={"List-Id": "dataplat/orchestrator <orchestrator.dataplat.github.com>",
           "List-Unsubscribe": "<https://github.com/notifications/unsubscribe/abc>"})

if __name__ == "__main__":
    main()
