"""Writes the forty-fifth labelled corpus: one job seeker's inbox (a nurse moving into clinical
informatics and healthcare administration), January to October 2026.

Run `python tests/corpus_fortyfifth/make_fortyfifth.py` to rewrite every .eml and labels.csv.
The MIME is serialized by hand (not by the email package) so that each message keeps exactly
the charset, transfer encoding and header encoding chosen for it. Imports the standard library
only; it creates and deletes files inside tests/corpus_fortyfifth/ and nowhere else.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import logging
import quopri
import re
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
CAND_NAME = "Katharina Brenner-Yilmaz"
CAND = "k.brenner@example.de"
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@dataclass
class Mail:
    """One message to write, with its labels."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    text: str = ""
    html: str = ""
    to: tuple[str, str] = (CAND_NAME, CAND)
    reply_to: tuple[str, str] | None = None
    charset: str = "utf-8"
    cte: str = ""
    header_charset: str = "utf-8"
    day: int = 0
    in_reply_to: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    ics: str = ""
    attachment: str = ""
    cc: tuple[str, str] | None = None
    alt: bool = False  # send the HTML with a plain-text rendering as multipart/alternative


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    """Collect one message (arguments as for Mail)."""
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


# --- MIME serialization -------------------------------------------------------------------


def _needs_encoding(value: str) -> bool:
    return any(ord(ch) > 127 for ch in value)


def enc_header(value: str, charset: str) -> str:
    """An RFC 2047 encoded word when the value is not ASCII (Q for latin charsets, B for utf-8)."""
    if not _needs_encoding(value):
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def addr(pair: tuple[str, str], charset: str) -> str:
    name, address = pair
    if not name:
        return address
    if _needs_encoding(name):
        return f"{enc_header(name, charset)} <{address}>"
    if any(ch in name for ch in ",.()@:;"):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def encode_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    data = text.encode(charset)
    if not cte:
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return body, cte


def html_to_text(html: str) -> str:
    """The plain-text part a mailing tool derives from its HTML (links kept in brackets)."""
    text = re.sub(r"(?is)<(head|style|title)>.*?</\1>", "", html)
    text = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", text)
    text = re.sub(r"(?i)<br\s*/?>|</(p|tr|h\d|div)>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    body, cte = encode_body(text, charset, cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + body


def multipart(subtype: str, parts: list[bytes], seed: str) -> bytes:
    boundary = "==b" + hashlib.sha1((seed + subtype).encode()).hexdigest()[:24]
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()]
    out.append(b"This is a multi-part message in MIME format.\n")
    for part in parts:
        out.append(f"--{boundary}\n".encode() + part)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def pdf_part(name: str) -> bytes:
    fake = b"%PDF-1.4\n% placeholder document for the test corpus\n%%EOF\n"
    return (
        f'Content-Type: application/pdf; name="{name}"\n'
        f'Content-Disposition: attachment; filename="{name}"\n'
        "Content-Transfer-Encoding: base64\n\n"
    ).encode() + base64.encodebytes(fake)


def build(mail: Mail, index: int) -> bytes:
    """The whole message as bytes; dates advance through 2026, ids derive from the index."""
    when = START + timedelta(days=mail.day or (index * 1.7 % 285), hours=index % 9, minutes=index * 7 % 60)
    domain = mail.sender[1].split("@")[1]
    mid = f"<{hashlib.md5(f'{index}{mail.scenario}'.encode()).hexdigest()[:16]}.{index}@{domain}>"
    hc = mail.header_charset
    lines = [
        f"Return-Path: <{mail.sender[1]}>",
        f"From: {addr(mail.sender, hc)}",
        f"To: {addr(mail.to, hc)}",
    ]
    if mail.cc:
        lines.append(f"Cc: {addr(mail.cc, hc)}")
    if mail.reply_to:
        lines.append(f"Reply-To: {addr(mail.reply_to, hc)}")
    lines += [
        f"Subject: {enc_header(mail.subject, hc)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {mid}",
    ]
    if mail.in_reply_to:
        lines += [f"In-Reply-To: {mail.in_reply_to}", f"References: {mail.in_reply_to}"]
    lines += [f"{k}: {v}" for k, v in mail.headers]
    lines.append("MIME-Version: 1.0")
    seed = f"{index}{mail.scenario}"
    text = textwrap.dedent(mail.text).strip("\n") + "\n" if mail.text else ""
    html = textwrap.dedent(mail.html).strip("\n") + "\n" if mail.html else ""
    if mail.alt:
        text = html_to_text(html)
    if text and html:
        body = multipart("alternative", [
            leaf("text/plain", text, mail.charset, mail.cte),
            leaf("text/html", html, mail.charset, mail.cte),
        ], seed)
    elif html:
        body = leaf("text/html", html, mail.charset, mail.cte)
    else:
        body = leaf("text/plain", text, mail.charset, mail.cte)
    if mail.ics:
        cal = leaf("text/calendar", textwrap.dedent(mail.ics).strip("\n").replace("\n", "\r\n") + "\r\n",
                   "utf-8", "7bit", "; method=REQUEST")
        body = multipart("mixed", [body, cal], seed + "ics")
    if mail.attachment:
        body = multipart("mixed", [body, pdf_part(mail.attachment)], seed + "pdf")
    return "\n".join(lines).encode("ascii") + b"\n" + body


def ics(uid: str, start: str, minutes: int, summary: str, organizer: str, method: str = "REQUEST",
        status: str = "CONFIRMED", seq: int = 0) -> str:
    """A one-event iCalendar invitation (start as YYYYMMDDTHHMMSSZ)."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M%SZ")
    end = (begin + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    return f"""\
BEGIN:VCALENDAR
PRODID:-//Example Corp//Scheduler 4.2//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{start}
DTSTART:{start}
DTEND:{end}
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
ORGANIZER;CN=Recruiting:mailto:{organizer}
ATTENDEE;CN={CAND_NAME};RSVP=TRUE:mailto:{CAND}
END:VEVENT
END:VCALENDAR"""


def html_mail(paragraphs: str, brand: str, color: str = "#00589b", track: str = "",
              footer: str = "") -> str:
    """A table-layout HTML mail with inline styles, a logo's alt text and tracked links."""
    blocks = [p.strip() for p in textwrap.dedent(paragraphs).strip().split("\n\n")]
    rows = "\n".join(
        f'<tr><td style="padding:6px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f"{b.replace(chr(10), '<br>')}</td></tr>" for b in blocks)
    link = f'<img src="https://{track}/open/{hashlib.md5(paragraphs.encode()).hexdigest()[:10]}.gif" width="1" height="1" alt="">' if track else ""
    return f"""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{brand}</title></head>
<body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">
<tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {color}">
<tr><td style="padding:18px 24px"><img src="https://cdn.example.net/logos/{hashlib.md5(brand.encode()).hexdigest()[:6]}.png" alt="{brand} Logo" height="32"></td></tr>
{rows}
<tr><td style="padding:18px 24px;font-size:11px;color:#888;font-family:Arial,sans-serif">{footer}</td></tr>
</table></td></tr></table>{link}
</body></html>"""


# --- Reply-chain helpers ------------------------------------------------------------------


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in textwrap.dedent(text).strip().splitlines())


def gmail_quote(when: str, who: str, text: str) -> str:
    return f"On {when}, {who} wrote:\n{quoted(text)}"


def de_quote(when: str, who: str, text: str) -> str:
    return f"Am {when} schrieb {who}:\n{quoted(text)}"


def fr_quote(when: str, who: str, text: str) -> str:
    return f"Le {when}, {who} a écrit :\n{quoted(text)}"


def es_quote(when: str, who: str, text: str) -> str:
    return f"El {when}, {who} escribió:\n{quoted(text)}"


def outlook_quote(frm: str, sent: str, to: str, subject: str, text: str, de: bool = False) -> str:
    head = (f"Von: {frm}\nGesendet: {sent}\nAn: {to}\nBetreff: {subject}" if de
            else f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}")
    return "________________________________\n" + head + "\n\n" + textwrap.dedent(text).strip()


LIST = [("List-Unsubscribe", "<https://news.example.net/unsub?u=kb77>, <mailto:unsub@news.example.net>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# === rejection ==============================================================================

add("rejection", "klinikum_absage_pflegedirektion", "de", "Klinikum Nordhafen", "",
    ("Klinikum Nordhafen Karriere", "no-reply@karriere.klinikum-nordhafen.example.de"),
    "Ihre Bewerbung als Stabsstelle Qualitätsmanagement (m/w/d) – Kennziffer QM-2026-014",
    html=html_mail("""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit im Klinikum Nordhafen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer fachlichen oder persönlichen Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Nordhafen gGmbH""", "Klinikum Nordhafen", "#005a8c", "t.rexx-mail.example.net",
        "Klinikum Nordhafen gGmbH · Hafenstraße 12 · 20457 Hamburg · Geschäftsführung: Dr. J. Mertens · Amtsgericht Hamburg HRB 44123"),
    day=18, alt=True)

add("rejection", "caritas_kurz", "de", "Seniorenzentrum St. Anna", "m.vogler@st-anna-pflege.example.de",
    ("Vogler, Marion", "m.vogler@st-anna-pflege.example.de"), "AW: Bewerbung Pflegedienstleitung",
    text="""\
Hallo Frau Brenner-Yilmaz,

danke für Ihre Unterlagen. Wir haben uns intern für eine Kollegin aus dem eigenen Haus entschieden, die Stelle ist damit besetzt.

Alles Gute!
M. Vogler
Heimleitung
Seniorenzentrum St. Anna | Tel. 0221 / 88 41 20-11
""", day=22, charset="iso-8859-1")

add("rejection", "tk_case_management_softgarden", "de", "Hanseatische Ersatzkasse", "",
    ("Hanseatische Ersatzkasse über softgarden", "noreply@softgarden.io"),
    "Rückmeldung zu Ihrer Bewerbung: Fallmanager*in Krankengeld",
    text="""\
Guten Tag Frau Brenner-Yilmaz,

herzlichen Dank, dass Sie sich die Zeit genommen haben, sich bei der Hanseatischen Ersatzkasse zu bewerben.

Wir haben sehr viele qualifizierte Bewerbungen erhalten und uns die Entscheidung nicht leicht gemacht. Leider hat es diesmal nicht gepasst - wir haben uns für Bewerber*innen entschieden, deren Profil noch näher an den Anforderungen der Stelle liegt.

Gern laden wir Sie ein, unser Stellenportal weiter im Blick zu behalten.

Viele Grüße
Ihr Recruiting-Team der Hanseatischen Ersatzkasse

--
Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.
""", cte="quoted-printable", day=40)

add("rejection", "uniklinik_nach_gespraech", "de", "Universitätsklinikum Rheinaue", "sabine.kranz@ukra.example.de",
    ("Dr. Sabine Kranz", "sabine.kranz@ukra.example.de"), "Ihr Gespräch am 12.03.",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

nochmals vielen Dank für das angenehme Gespräch mit Herrn Pohl und mir am vergangenen Donnerstag. Sie haben uns einen guten Einblick in Ihre Erfahrung auf der Intensivstation gegeben.

Wir haben uns nach reiflicher Überlegung dennoch für eine Kandidatin entschieden, die bereits mehrjährige Erfahrung mit der Einführung eines Patientendatenmanagementsystems mitbringt. Das ist uns bei dieser Position im Projekt "PDMS 2027" besonders wichtig.

Ich würde mich freuen, wenn Sie sich bei künftigen Ausschreibungen im Bereich Medizininformatik wieder bei uns melden.

Mit besten Grüßen
Sabine Kranz

Dr. rer. medic. Sabine Kranz
Leitung Stabsstelle Klinische Informationssysteme
Universitätsklinikum Rheinaue – Anstalt des öffentlichen Rechts
Telefon +49 221 478-5521
""", day=75, cte="8bit")

add("rejection", "personalberatung_relayed", "de", "Medtronix Diagnostics", "j.brandes@brandes-partner.example.com",
    ("Jana Brandes", "j.brandes@brandes-partner.example.com"), "Kurzes Update zu Medtronix",
    text="""\
Liebe Katharina,

ich hatte heute früh das Feedback-Telefonat mit Medtronix Diagnostics. Leider keine guten Nachrichten: Sie haben sich für eine Kandidatin mit mehr Vertriebserfahrung im Klinikumfeld entschieden. Ich weiß, dass du dir nach dem zweiten Gespräch Hoffnungen gemacht hattest, und es tut mir echt leid.

Das Feedback zu dir war übrigens sehr positiv, gerade was deine Praxisnähe angeht. Ich melde mich, sobald ich wieder etwas Passendes im Customer-Success-Bereich auf dem Tisch habe!

Herzliche Grüße
Jana

Jana Brandes
Senior Consultant Healthcare & Life Sciences
Brandes & Partner Personalberatung
Mobil +49 171 2334455
""", day=96)

add("rejection", "workday_pharma_en_de", "de", "Vireon Pharma", "",
    ("Vireon Pharma", "vireon@myworkday.example.com"), "Ihre Bewerbung bei Vireon Pharma - R-0048812",
    html="""\
<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Hallo Katharina,</p>
<p>vielen Dank für Ihr Interesse an der Position <b>Medical Science Liaison Oncology (all genders) R-0048812</b>.</p>
<p>Wir haben Ihre Bewerbung sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns entschieden haben, mit anderen Kandidat:innen weiterzugehen.</p>
<p>Sie können den Status Ihrer Bewerbung jederzeit in Ihrem <a href="https://vireon.wd3.myworkdayjobs.example.com/de-DE/Careers/userHome">Kandidatenprofil</a> einsehen.</p>
<p>Beste Grüße,<br>Talent Acquisition<br>Vireon Pharma</p>
<p style="font-size:10px;color:#999">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.<br>Vireon Pharma Deutschland GmbH, Sitz Frankfurt am Main, HRB 99812</p>
</body></html>""", day=33, cte="base64")

add("rejection", "gesundheitsamt_oeffentlicher_dienst", "de", "Bezirksamt Lichtenfelde", "",
    ("Bezirksamt Lichtenfelde - Serviceeinheit Personal", "personal-noreply@ba-lichtenfelde.example.de"),
    "Stellenausschreibung Kennzahl 41/2026 – Gesundheitsamt, Sachbearbeitung Infektionsschutz",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

Bezug nehmend auf Ihre Bewerbung vom 02.02.2026 teile ich Ihnen mit, dass die Auswahlentscheidung getroffen wurde.

Ich bedaure, Ihnen mitteilen zu müssen, dass die Wahl nicht auf Sie gefallen ist. Die ausgewählte Person erfüllte das Anforderungsprofil in höherem Maße (Art. 33 Abs. 2 GG).

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG vernichtet.

Im Auftrag
Kühne

Bezirksamt Lichtenfelde von Berlin
Abteilung Personal und Finanzen
Serviceeinheit Personal
""", day=92, charset="iso-8859-1", cte="quoted-printable")

add("rejection", "startup_du_absage", "de", "Caremates", "lena@caremates.example.com",
    ("Lena from Caremates", "lena@caremates.example.com"), "Re: Product Ops Rolle",
    text="""\
Hey Katharina,

sorry, dass es so lange gedauert hat! Wir haben lange hin und her überlegt, aber wir gehen für die Product-Ops-Rolle mit jemandem weiter, der schon in einem SaaS-Startup gearbeitet hat. War wirklich knapp.

Deine Fallstudie zur Dienstplanung fanden wir super, echt! Wenn wir nächstes Jahr das Clinical-Team aufbauen, würd ich mich gern nochmal melden, wenn das für dich ok ist.

Liebe Grüße
Lena

Sent from my iPhone

""" + de_quote("Mo., 16. März 2026 um 09:12", "Katharina Brenner-Yilmaz <k.brenner@example.de>", """\
Hallo Lena,
ich wollte mich kurz erkundigen, ob es schon Neuigkeiten zur Product-Ops-Stelle gibt?
Viele Grüße
Katharina"""), day=78, in_reply_to="<kb-0316-caremates@example.de>")

add("rejection", "stelle_gestrichen", "de", "Pflegewerk Süd", "t.hahn@pflegewerk-sued.example.de",
    ("Thomas Hahn", "t.hahn@pflegewerk-sued.example.de"), "Update",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

leider muss ich Ihnen mitteilen, dass die Stelle "Referentin Qualitätsmanagement" im Zuge der Umstrukturierung unserer Regionalverwaltung nicht besetzt wird. Das Auswahlverfahren ist damit beendet, auch für Sie.

Ich bedauere das sehr, denn Sie waren in der engeren Wahl.

Freundliche Grüße
Thomas Hahn
Regionalleitung Bayern
Pflegewerk Süd GmbH – Ambulante und stationäre Pflege
""", day=120)

add("rejection", "schweiz_spital_umantis", "de", "Kantonsspital Aarfeld", "",
    ("Kantonsspital Aarfeld", "jobs-noreply@umantis.example.ch"), "Ihre Bewerbung als Fachexpertin Pflegeinformatik 80-100%",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz

Besten Dank für Ihre Bewerbung und das damit verbundene Interesse am Kantonsspital Aarfeld.

Wir haben Ihre Unterlagen mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben, welche unseren Anforderungen noch besser entspricht.

Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können, und wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Freundliche Grüsse

Kantonsspital Aarfeld
Human Resources
""", day=110, charset="windows-1252", cte="quoted-printable")

add("rejection", "wien_karriere_at", "de", "Wiener Gesundheitsverbund Ost", "recruiting.ost@wgv-ost.example.at",
    ("Recruiting WGV Ost", "recruiting.ost@wgv-ost.example.at"), "Ihre Bewerbung - Qualitätsmanagerin",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz!

Wir danken Ihnen für Ihre Bewerbung vom 14. Jänner 2026 und das damit verbundene Vertrauen.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für eine Kandidatin entschieden, die dem Anforderungsprofil am besten entspricht. Wir ersuchen um Verständnis, dass wir Ihnen daher keine Zusage erteilen können.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Mag. Elisabeth Wallner
Personalmanagement
Wiener Gesundheitsverbund Ost
""", day=45)

add("rejection", "assessment_center_absage", "de", "Curavita Kliniken", "personal@curavita.example.de",
    ("Curavita Kliniken Personalabteilung", "personal@curavita.example.de"), "Assessment-Center Traineeprogramm Klinikmanagement",
    text="""\
Liebe Frau Brenner-Yilmaz,

herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center am 21. April in Leipzig.

Nach Auswertung aller Übungen müssen wir Ihnen leider mitteilen, dass wir Ihnen keinen Platz in unserem Traineeprogramm Klinikmanagement 2026 anbieten können. Die Konkurrenz war in diesem Jahr außergewöhnlich stark.

Wenn Sie ein persönliches Feedback zu Ihren Ergebnissen wünschen, melden Sie sich gern bei uns, wir vereinbaren dann einen kurzen Telefontermin.

Mit freundlichen Grüßen

Ihre Curavita Kliniken
Zentrale Personalentwicklung
""", day=118)

add("rejection", "hospitation_danach", "de", "Evangelisches Krankenhaus Lindenhof", "a.kaiser@ekh-lindenhof.example.de",
    ("Kaiser, Annette", "a.kaiser@ekh-lindenhof.example.de"), "WG: Hospitation 07.05.",
    text="""\
Liebe Frau Brenner-Yilmaz,

vielen Dank nochmal für Ihren Hospitationstag auf der 3B. Das Team hat sich gefreut.

Ich muss Ihnen aber leider absagen. Wir brauchen für die Stationsleitung jemanden mit abgeschlossener Weiterbildung Leitung einer Station/Einheit, und das war am Ende ausschlaggebend. Tut mir leid, ich hätte es Ihnen gern anders geschrieben.

Gruß
Annette Kaiser
Pflegedirektorin

Evangelisches Krankenhaus Lindenhof
--
Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""", day=130, charset="windows-1252")

add("rejection", "medizintechnik_sehr_kurz", "de", "Sanovis", "p.lorenz@sanovis.example.de",
    ("Patrick Lorenz", "p.lorenz@sanovis.example.de"), "Re: Bewerbung Clinical Application Specialist",
    text="""\
Hallo Frau Brenner-Yilmaz,
danke für Ihre Zeit, wir gehen aber nicht weiter mit Ihrer Bewerbung. Viel Erfolg!
VG P. Lorenz

Von meinem iPhone gesendet
""", day=140)

add("rejection", "personio_digital_health", "de", "Medlyra Health", "",
    ("Medlyra Health", "jobs@medlyra-health.jobs.personio.example.de"), "Deine Bewerbung bei Medlyra Health",
    text="""\
Hi Katharina,

vielen Dank für deine Bewerbung als Clinical Success Manager (m/w/d) und die Zeit, die du dir für uns genommen hast.

Wir haben uns alle Bewerbungen genau angeschaut und müssen dir leider mitteilen, dass wir dich in diesem Prozess nicht weiter berücksichtigen können.

Wir drücken dir die Daumen für deine weitere Jobsuche!

Dein People Team von Medlyra Health

Bitte antworte nicht auf diese E-Mail - dieses Postfach wird nicht überwacht.
""", day=215)

# English
add("rejection", "nhs_style_trust_regret", "en", "Liffey Valley Hospital Group", "",
    ("Liffey Valley Hospital Group Recruitment", "donotreply@jobs.lvhg.example.ie"), "Application outcome - Clinical Informatics Nurse Lead (Ref CIN-0331)",
    text="""\
Dear Katharina,

Thank you for your recent application for the post of Clinical Informatics Nurse Lead.

We regret to inform you that on this occasion you have not been shortlisted for interview. The shortlisting panel assessed all applications against the essential and desirable criteria in the person specification.

Due to the number of applications received we are unable to provide individual feedback.

We wish you every success in your future career.

Kind regards,
HR Recruitment Team
Liffey Valley Hospital Group
""", day=60)

add("rejection", "uk_shant_be_progressing", "en", "Ashgrove Health Analytics", "harriet.cole@ashgrove.example.co.uk",
    ("Harriet Cole", "harriet.cole@ashgrove.example.co.uk"), "Re: your application",
    text="""\
Hi Katharina,

Many thanks for coming in on Tuesday and for the time you've put into the process - the panel really enjoyed chatting with you.

I'm afraid we shan't be progressing your application to the final stage. It was a close call, but we felt another candidate's NHS data-governance experience was a closer fit for where the team is right now.

Do keep an eye on our careers page; I'd be glad to hear from you again.

All the best,
Harriet

Harriet Cole | Talent Partner
Ashgrove Health Analytics Ltd
""", day=88)

add("rejection", "greenhouse_soft_ny", "en", "Brightwell", "",
    ("Brightwell Recruiting", "no-reply@us.greenhouse-mail.io"), "Update on your application to Brightwell",
    html=html_mail("""\
Hi Katharina,

Thank you for your interest in the Implementation Specialist, DACH (Remote) role at Brightwell and for taking the time to apply.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your information on file and may reach out if a future role looks like a good match.

Best,
The Brightwell Talent Team""", "Brightwell", "#6b46c1", "click.greenhouse-mail.example.io"),
    day=35, alt=True)

add("rejection", "indian_english_regret", "en", "Sarvanta Healthtech", "careers@sarvanta.example.in",
    ("Sarvanta Careers", "careers@sarvanta.example.in"), "Status of your candidature",
    text="""\
Dear Ms. Katharina,

Greetings from Sarvanta Healthtech!

This is with reference to your candidature for the position of Customer Success Lead - Europe. We thank you for your interest and the time invested in our selection process.

We regret to inform you that your profile has not been shortlisted for the next round of discussions. We shall retain your resume in our database and do revert in case a suitable opening arises in future.

Wishing you all the very best.

Warm Regards,
Talent Acquisition Team
Sarvanta Healthtech Pvt. Ltd.
Bengaluru | Berlin
""", day=64, cte="base64")

add("rejection", "take_home_feedback", "en", "Nordlys Care", "erik.lindqvist@nordlyscare.example.se",
    ("Erik Lindqvist", "erik.lindqvist@nordlyscare.example.se"), "Case study follow-up",
    text="""\
Hi Katharina,

thanks a lot for the case study on the discharge-planning workflow, and sorry for the slow reply, half the team was off for Midsommar.

We've gone through it together and honestly it was good, but we've decided not to move forward with your application. What we missed was a bit more thinking about rollout across several hospitals (Region Skåne has 10+ sites) rather than a single ward.

Hope that's useful. Best of luck with the search!

/Erik
--
Erik Lindqvist
Head of Clinical Operations, Nordlys Care AB
""", day=170)

add("rejection", "lever_role_on_hold", "en", "Tavora Medical", "",
    ("Tavora Medical", "no-reply@hire.lever.co"), "Tavora Medical - Clinical Specialist position",
    text="""\
Hi Katharina,

I wanted to let you know that the Clinical Specialist (Zürich) position has been put on hold due to a change in our hiring plans for the second half of the year, and we will not be proceeding with interviews for this role.

I'm sorry to bring this news after you'd already spoken with our team. Thank you for your patience throughout the process.

Best,
Maya Sharon
People Operations, Tavora Medical
""", day=175)

add("rejection", "israeli_short", "en", "Pulsegrid", "noa@pulsegrid.example.com",
    ("Noa Ben-David", "noa@pulsegrid.example.com"), "Pulsegrid // next steps",
    text="""\
Hi Katharina,
Thank you for your time, but we won't be moving forward. Good luck!
Noa
""", day=150)

add("rejection", "after_final_round_au", "en", "Harbourline Health", "j.nguyen@harbourline.example.com.au",
    ("Jess Nguyen", "j.nguyen@harbourline.example.com.au"), "Following up",
    text="""\
Hi Katharina,

Hope you're well. Just wanted to give you a call-back in writing as I couldn't reach you on the phone this arvo.

Unfortunately the team has decided to go with another candidate for the EU Customer Success role. It came down to two of you and it really was a tough call. Please don't be discouraged - you were genuinely a strong contender.

Cheers,
Jess

Jess Nguyen
Talent Acquisition | Harbourline Health
M: +61 412 000 118
""", day=190)

# French
add("rejection", "fr_clinique_regret", "fr", "Clinique des Alpilles", "recrutement@clinique-alpilles.example.fr",
    ("Service Recrutement", "recrutement@clinique-alpilles.example.fr"), "Votre candidature - Cadre de santé qualité",
    text="""\
Madame,

Nous avons bien pris connaissance de votre candidature au poste de Cadre de santé chargée de la qualité et vous remercions de l'intérêt que vous portez à notre établissement.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, votre profil ne correspondant pas tout à fait aux attentes du poste.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Clinique des Alpilles
""", charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1", day=58)

add("rejection", "fr_lux_poste_pourvu", "fr", "Hôpital Kirchberg-Est", "",
    ("Hôpital Kirchberg-Est – RH", "ne-pas-repondre@hke.example.lu"), "Suite à votre candidature",
    text="""\
Madame Brenner-Yilmaz,

Nous vous remercions pour votre candidature spontanée et pour votre intérêt pour notre hôpital.

Nous vous informons que le poste d'Infirmière coordinatrice DPI a été pourvu. Par conséquent, nous ne sommes pas en mesure de donner suite à votre demande.

Avec nos meilleures salutations,

Le service Recrutement
Hôpital Kirchberg-Est
""", day=101)

add("rejection", "fr_suisse_apres_entretien", "fr", "Réseau Santé Léman", "c.favre@rsleman.example.ch",
    ("Céline Favre", "c.favre@rsleman.example.ch"), "Re: Entretien du 4 juin",
    text="""\
Bonjour Madame Brenner-Yilmaz,

Je vous remercie encore pour notre entretien de jeudi dernier.

Malheureusement, après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate dont le profil correspond davantage à nos besoins actuels, notamment pour la maîtrise du français au niveau C2 exigée pour la coordination avec les EMS.

Je vous souhaite plein succès pour la suite.

Bien cordialement,
Céline Favre
Responsable RH
Réseau Santé Léman
Tél. +41 21 555 12 40
""", day=160)

add("rejection", "fr_smartrecruiters", "fr", "Medivia France", "",
    ("Medivia France", "noreply@smartrecruiters.com"), "Votre candidature chez Medivia France",
    html=html_mail("""\
Bonjour Katharina,

Merci d'avoir postulé au poste de Chargée de Customer Success – Logiciels hospitaliers.

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de ne pas poursuivre le processus avec vous pour ce poste.

Nous vous encourageons à consulter régulièrement nos offres.

L'équipe Talent Acquisition de Medivia France""", "Medivia France", "#e4002b", "em.smartrecruiters.example.com"),
    day=82, cte="quoted-printable", alt=True)

# Spanish
add("rejection", "es_hospital_lamentamos", "es", "Hospital San Rafael de Levante", "seleccion@hsrlevante.example.es",
    ("Selección de Personal HSRL", "seleccion@hsrlevante.example.es"), "Proceso de selección – Enfermera gestora de calidad",
    text="""\
Estimada Katharina:

Le agradecemos su participación en el proceso de selección para el puesto de Enfermera gestora de calidad.

Lamentamos comunicarle que, tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,
Departamento de Recursos Humanos
Hospital San Rafael de Levante
""", charset="iso-8859-1", header_charset="iso-8859-1", day=70)

add("rejection", "es_startup_informal", "es", "Vitalia Salud Digital", "marta@vitaliasalud.example.com",
    ("Marta Ruiz", "marta@vitaliasalud.example.com"), "Re: Entrevista Customer Success",
    text="""\
Hola Katharina!

Muchas gracias por tu tiempo la semana pasada. Al final nos hemos decantado por otra persona que ya conocía nuestro software de gestión de citas. No ha sido fácil.

Te deseo lo mejor y ojalá coincidamos más adelante.

Un abrazo,
Marta

Marta Ruiz
People & Culture | Vitalia Salud Digital

""" + es_quote("mar, 9 jun 2026 a las 11:02", "Katharina Brenner-Yilmaz (<k.brenner@example.de>)", """\
Hola Marta,
muchas gracias por la conversación de hoy, me ha gustado mucho conocer el equipo.
Saludos,
Katharina"""), day=165, in_reply_to="<kb-0609-vitalia@example.de>")

add("rejection", "es_teamtailor_puesto_cancelado", "es", "Clínica Arenal", "",
    ("Clínica Arenal", "no-reply@teamtailor-mail.com"), "Actualización sobre tu candidatura",
    text="""\
Hola Katharina,

Gracias por tu interés en Clínica Arenal. Te escribimos para informarte de que hemos decidido cancelar el proceso para la posición de Coordinadora de Calidad Asistencial, por lo que no seguiremos adelante con ninguna candidatura.

Sentimos las molestias y te agradecemos el tiempo dedicado.

Un saludo,
El equipo de Personas de Clínica Arenal
""", day=200)


# === interview_invitation ===================================================================

add("interview_invitation", "telefoninterview_klinikum", "de", "Klinikum Weserbogen", "n.steffens@klinikum-weserbogen.example.de",
    ("Nicole Steffens", "n.steffens@klinikum-weserbogen.example.de"), "Ihre Bewerbung – Telefoninterview",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihre Bewerbung als Koordinatorin Entlassmanagement. Ihre Unterlagen haben uns angesprochen und wir würden Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Dienstag, 10.02., um 14:00 Uhr oder Mittwoch, 11.02., um 9:30 Uhr? Ich würde Sie dann unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Freundliche Grüße
Nicole Steffens
Personalreferentin
Klinikum Weserbogen gGmbH
Tel. 0421 / 70 11-204
""", day=30)

add("interview_invitation", "calendly_digital_health", "de", "Heilbar", "jonas@heilbar.example.com",
    ("Jonas Krüger", "jonas@heilbar.example.com"), "Kurzes Kennenlernen?",
    text="""\
Hi Katharina,

danke für deine Bewerbung als Clinical Onboarding Manager! Dein Mix aus Intensivpflege und dem Zertifikat in Medizininformatik klingt spannend für uns.

Hättest du Lust auf einen kurzen Video-Call (30 min), um dich und uns kennenzulernen? Such dir einfach einen Slot aus, der dir passt:
https://calendly.example.com/jonas-heilbar/kennenlernen

Bis bald,
Jonas
Head of Customer Operations | Heilbar
""", day=44)

add("interview_invitation", "rexx_videointerview_ics", "de", "Maltesische Kliniken Rhein-Ruhr", "bewerbung@mkrr.example.de",
    ("Maltesische Kliniken Rhein-Ruhr – Recruiting", "bewerbung@mkrr.example.de"), "Einladung zum Videointerview am 03.03.2026",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

wir freuen uns, Sie zu einem Videointerview für die Position Qualitätsmanagementbeauftragte (m/w/d) einladen zu dürfen.

Termin: Dienstag, 03.03.2026, 10:00 – 11:00 Uhr
Teilnehmende: Frau Dr. Ohm (Geschäftsführung), Herr Baumann (Pflegedirektion)
Der Link zur Microsoft-Teams-Besprechung befindet sich in der beigefügten Kalendereinladung.

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Maltesische Kliniken Rhein-Ruhr gGmbH
""", ics=ics("mkrr-2026-0303-qm@mkrr.example.de", "20260303T090000Z", 60,
             "Videointerview Brenner-Yilmaz / QMB", "bewerbung@mkrr.example.de"), day=52)

add("interview_invitation", "hospitation_einladung", "de", "Alexianer Stift Köln-Süd", "pdl@alexstift.example.de",
    ("Pflegedienstleitung Alexianer Stift", "pdl@alexstift.example.de"), "Hospitation",
    text="""\
Liebe Frau Brenner-Yilmaz,

nach unserem netten Telefonat möchten wir Sie gern zu einem Hospitationstag auf unseren Wohnbereich 2 einladen, damit Sie das Team und die Abläufe kennenlernen. Wie wäre es mit Freitag, 20. März, 7:00 bis ca. 12:00 Uhr? Danach hätten wir noch Zeit für ein Gespräch mit der Einrichtungsleitung.

Bitte bringen Sie bequeme Schuhe mit, Dienstkleidung stellen wir.

Herzliche Grüße
Birgit Schwan
Pflegedienstleitung
Alexianer Stift Köln-Süd
""", day=68, charset="iso-8859-1", cte="8bit")

add("interview_invitation", "agentur_mehrere_ausrufezeichen", "de", "Helvexa", "m.yildiz@talentbruecke.example.de",
    ("Murat Yildiz | TalentBrücke", "m.yildiz@talentbruecke.example.de"), "Gute Nachrichten!!",
    text="""\
Hallo Katharina,

super Neuigkeiten!!! Helvexa möchte dich kennenlernen!! :)

Die Hiring Managerin (Frau Dr. Reuter, Teamlead Clinical Support DACH) hätte nächste Woche Donnerstag oder Freitag vormittags Zeit für ein erstes Gespräch per Teams, ca. 45 Minuten. Sag mir einfach, was dir besser passt, dann mache ich den Termin fix!

Ich schicke dir vorab noch ein paar Infos zum Team und wie die Gespräche dort so ablaufen.

Beste Grüße und Daumen sind gedrückt!
Murat

Murat Yildiz
Senior Recruitment Consultant Life Sciences
TalentBrücke Personaldienstleistungen GmbH
T +49 69 900 123 45 | M +49 160 7788990
""", day=86)

add("interview_invitation", "zweite_runde_gf", "de", "Pflegenetz Elbe", "k.marx@pflegenetz-elbe.example.de",
    ("Katrin Marx", "k.marx@pflegenetz-elbe.example.de"), "AW: Ihr Gespräch / nächste Schritte",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für das offene Gespräch letzte Woche. Wir würden Sie sehr gern in die nächste Runde einladen: ein Gespräch mit unserer Geschäftsführung, Herrn Wendt, und mir vor Ort in Hamburg-Altona.

Vorschlag: Montag, 27.04., 15 Uhr. Wir würden Sie bitten, eine kurze Präsentation (10 Min.) vorzubereiten: "Wie würden Sie das Beschwerdemanagement in einem ambulanten Dienst mit 120 Mitarbeitenden aufbauen?"

Reisekosten erstatten wir selbstverständlich.

Viele Grüße
Katrin Marx
Leitung Personal
Pflegenetz Elbe GmbH

""" + outlook_quote("Katharina Brenner-Yilmaz <k.brenner@example.de>", "Freitag, 17. April 2026 18:40",
                    "Katrin Marx", "Ihr Gespräch / nächste Schritte", """\
Sehr geehrte Frau Marx,
herzlichen Dank für das angenehme Gespräch heute. Ich bin nach wie vor sehr an der Position interessiert.
Mit freundlichen Grüßen
Katharina Brenner-Yilmaz

""" + outlook_quote("Katrin Marx <k.marx@pflegenetz-elbe.example.de>", "Montag, 13. April 2026 11:02",
                    "Katharina Brenner-Yilmaz", "Ihr Gespräch / nächste Schritte", """\
Sehr geehrte Frau Brenner-Yilmaz,
vielen Dank für Ihre Bewerbung als Qualitätsbeauftragte. Passt Ihnen ein erstes Gespräch per Teams am Freitag, 17.04., um 10 Uhr?
Viele Grüße
Katrin Marx""", de=True) + """

""" + outlook_quote("Katharina Brenner-Yilmaz <k.brenner@example.de>", "Mittwoch, 1. April 2026 20:15",
                    "bewerbung@pflegenetz-elbe.example.de", "Bewerbung Qualitätsbeauftragte", """\
Sehr geehrte Damen und Herren,
anbei erhalten Sie meine Bewerbungsunterlagen für die Stelle als Qualitätsbeauftragte.
Mit freundlichen Grüßen
Katharina Brenner-Yilmaz""", de=True), de=True), day=107, in_reply_to="<kb-0417-pne@example.de>", cte="8bit")

add("interview_invitation", "krankenkasse_assessment", "de", "BKK Mittelland", "",
    ("BKK Mittelland Karriere", "karriere-noreply@bkk-mittelland.example.de"), "Einladung zum Auswahltag Fallmanagement",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

wir freuen uns, Ihnen mitteilen zu können, dass Sie uns mit Ihrer Bewerbung überzeugt haben. Wir möchten Sie daher zu unserem Auswahltag einladen:

Datum: 19.05.2026
Uhrzeit: 09:00 - ca. 15:30 Uhr
Ort: BKK Mittelland, Hauptverwaltung, Raum 4.12, Kasseler Str. 40, Göttingen

Ablauf: Begrüßung, Gruppenübung, Fallstudie (Krankengeldfall), Einzelinterview.

Bitte bestätigen Sie Ihre Teilnahme bis 12.05. über den Link in Ihrem Bewerberportal.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
""", day=125, cte="base64")

add("interview_invitation", "schweiz_gespraech_du", "de", "Spitex Limmattal", "r.meier@spitex-limmattal.example.ch",
    ("Regula Meier", "r.meier@spitex-limmattal.example.ch"), "Vorstellungsgespräch",
    text="""\
Grüezi Frau Brenner-Yilmaz

Herzlichen Dank für Ihre Bewerbung als Fachverantwortliche Qualität und Pflegeentwicklung. Gerne möchten wir Sie persönlich kennenlernen.

Wir schlagen Ihnen folgende Termine vor:
- Mittwoch, 3. Juni, 13.30 Uhr
- Donnerstag, 4. Juni, 10.00 Uhr

Das Gespräch findet an der Badenerstrasse 88 in Schlieren statt. Falls die Anreise aus Deutschland schwierig ist, ist auch ein erstes Gespräch via Zoom möglich.

Freundliche Grüsse
Regula Meier
Geschäftsleiterin
Spitex Limmattal
""", day=145)

add("interview_invitation", "dvinci_pflegedirektion", "de", "St. Marien-Hospital Bergheim", "",
    ("St. Marien-Hospital Bergheim", "noreply@dvinci-hr.example.com"), "Einladung zum Vorstellungsgespräch",
    html=html_mail("""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihre Bewerbung als Pflegeexpertin Digitalisierung.

Gerne möchten wir Sie zu einem persönlichen Gespräch mit unserer Pflegedirektorin Frau Lenz einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:

<a href="https://marien-bergheim.dvinci-hr.example.com/p/interview/8f3a2c" style="color:#8b1538">Termin auswählen</a>

Mit freundlichen Grüßen
Ihr Personalmanagement
St. Marien-Hospital Bergheim""", "St. Marien-Hospital Bergheim", "#8b1538", "t.dvinci-hr.example.com",
        "Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf."), day=112)

add("interview_invitation", "wien_jaenner_gespraech", "de", "Privatklinik Döblinger Höhe", "office.hr@doeblingerhoehe.example.at",
    ("HR Privatklinik Döblinger Höhe", "office.hr@doeblingerhoehe.example.at"), "Einladung Bewerbungsgespräch",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz!

Wir bedanken uns für Ihre Bewerbung und dürfen Sie zu einem Bewerbungsgespräch einladen, und zwar am Donnerstag, den 29. Jänner 2026 um 10:30 Uhr in unserem Haus (Verwaltung, 2. Stock).

Ersuchen um kurze Bestätigung.

Mit freundlichen Grüßen
Mag. Stefan Huber
Leitung Personal
""", day=16, charset="windows-1252")

add("interview_invitation", "fallstudie_consulting", "de", "Quadriga Health Consulting", "recruiting@quadriga-health.example.de",
    ("Lisa Brandt", "l.brandt@quadriga-health.example.de"), "Nächster Schritt: Fallstudie",
    reply_to=("Recruiting Quadriga", "recruiting@quadriga-health.example.de"),
    text="""\
Liebe Frau Brenner-Yilmaz,

wir möchten Sie gern zur nächsten Runde einladen: eine Fallstudie mit anschließendem Gespräch (Interview mit zwei Partnern), insgesamt ca. 2,5 Stunden, vor Ort in unserem Münchner Büro.

Bitte teilen Sie uns bis Freitag drei mögliche Termine in KW 24 oder 25 mit.

Beste Grüße
Lisa Brandt
Recruiting & Employer Branding
Quadriga Health Consulting GmbH
""", day=152)

add("interview_invitation", "drk_kurz_mobil", "de", "DRK Harzvorland", "s.otto@drk-harzvorland.example.de",
    ("Sven Otto", "s.otto@drk-harzvorland.example.de"), "Re: Bewerbung",
    text="""\
Hallo Frau Brenner-Yilmaz, haben Sie Mo oder Di nächste Woche kurz Zeit für ein Telefonat? Würde mich gern mit Ihnen zur Stelle in der Koordination Hausnotruf/Pflege unterhalten. Beste Grüße S. Otto

Gesendet von meinem Samsung Galaxy Smartphone.
""", day=203)

# English
add("interview_invitation", "goodtime_panel", "en", "Orbis Clinical Systems", "",
    ("Orbis Clinical Systems Recruiting", "scheduling@goodtime.example.io"), "Schedule your panel interview with Orbis Clinical Systems",
    html=html_mail("""\
Hi Katharina,

We'd love to move you to the next stage for the Clinical Solutions Consultant role!

The next step is a 90-minute virtual panel with the Product, Clinical and Customer Success teams. Please use the link below to choose a time that works for you:

<a href="https://app.goodtime.example.io/schedule/xk29fa" style="background:#0b5fff;color:#fff;padding:8px 14px;text-decoration:none">Select your time</a>

Looking forward to it!
Orbis Clinical Systems Talent Team""", "Orbis Clinical Systems", "#0b5fff", "track.goodtime.example.io"),
    day=98, alt=True)

add("interview_invitation", "quick_chat_recruiter", "en", "Kestrel Medical Devices", "olivia.hart@kestrelmed.example.com",
    ("Olivia Hart", "olivia.hart@kestrelmed.example.com"), "Quick question",
    text="""\
Hi Katharina,

Thanks for applying for the Customer Success Manager (DACH) role. Would you be free for a quick chat sometime this week? 20 minutes, just to go over your background and what you're looking for. Thursday after 2pm CET works well on my side, but I'm flexible.

Cheers,
Olivia

Olivia Hart | Senior Recruiter EMEA | Kestrel Medical Devices
""", day=55)

add("interview_invitation", "dublin_competency_interview_ics", "en", "St. Columba's University Hospital", "hr.recruitment@stcolumbas.example.ie",
    ("HR Recruitment", "hr.recruitment@stcolumbas.example.ie"), "Interview - Clinical Nurse Manager 2, Quality & Patient Safety",
    text="""\
Dear Katharina,

Further to your application for the above post, I am pleased to invite you to attend for a competency-based interview.

Date: Wednesday 15th April 2026
Time: 11:15am (Irish time)
Venue: Microsoft Teams (link in attached invitation)
Panel: Director of Nursing, Quality Manager, HR Business Partner

Please bring/forward photographic ID and originals of your NMBI registration. Kindly confirm your attendance by reply.

Yours sincerely,
Aoife Byrne
HR Officer
St. Columba's University Hospital
""", ics=ics("cnm2-qps-0415-kb@stcolumbas.example.ie", "20260415T101500Z", 45,
             "Interview CNM2 QPS - K. Brenner-Yilmaz", "hr.recruitment@stcolumbas.example.ie"), day=85, cte="8bit")

add("interview_invitation", "turkish_owned_en", "en", "Anatolia MedTech", "deniz.aksoy@anatoliamedtech.example.com",
    ("Deniz Aksoy", "deniz.aksoy@anatoliamedtech.example.com"), "Anatolia MedTech - Interview Invitation",
    text="""\
Dear Katharina Hanım,

Thank you for your application to Anatolia MedTech for the position of Clinical Application Specialist - Germany.

We are pleased to invite you to a technical interview with our Product Director, Mr. Emre Şahin, via Google Meet. Could you please share your availability for next week between 10:00 and 16:00 (Berlin time)?

Best regards,
Deniz Aksoy
Human Resources Specialist
Anatolia MedTech A.Ş. | İstanbul - München
""", day=134, cte="quoted-printable")

add("interview_invitation", "swedish_next_round", "en", "Vardaga Digital", "",
    ("Vardaga Digital via Teamtailor", "no-reply@teamtailor-mail.com"), "Next step in the process",
    text="""\
Hej Katharina!

Thanks for a good first conversation with Sara. We'd like to invite you to the next round: a 60 min video interview with our CPO and one of our nurses in the clinical advisory team.

Book a time that suits you here: https://vardaga.teamtailor.example.com/meetings/5521/book

Kind regards,
Vardaga Digital
""", day=138)

add("interview_invitation", "smartrecruiters_phone_screen", "en", "Medexa Solutions", "",
    ("Medexa Solutions", "noreply@smartrecruiters.com"), "Phone screen: Healthcare Account Manager (Copenhagen)",
    text="""\
Hi Katharina,

Good news - the hiring team would like to schedule a 30-minute phone screen with you for the Healthcare Account Manager position in Copenhagen.

Please pick a slot via your candidate portal: https://jobs.smartrecruiters.example.com/medexa/interview/8837

Best regards,
Medexa Solutions Recruiting
""", day=180)

add("interview_invitation", "indian_en_do_revert", "en", "Aarogya Systems", "priya.menon@aarogyasys.example.in",
    ("Priya Menon", "priya.menon@aarogyasys.example.in"), "Interview schedule - Implementation Consultant (EU)",
    text="""\
Hi Katharina,

Hope you are doing well.

Your profile has been shortlisted for the Implementation Consultant (EU) role. We would like to schedule the first round of technical interview on 23rd July, 2:30 PM IST (11:00 AM CEST) over Zoom.

Kindly confirm your availability for the same and do revert with an updated CV at the earliest.

Thanks & Regards,
Priya Menon
Talent Acquisition | Aarogya Systems Pvt Ltd
+91 98450 12345
""", day=195)

# French
add("interview_invitation", "fr_entretien_telephonique", "fr", "Groupe Hospitalier Val-de-Saône", "drh.recrutement@ghvs.example.fr",
    ("DRH GHVS", "drh.recrutement@ghvs.example.fr"), "Votre candidature – proposition d'entretien",
    text="""\
Madame,

Suite à votre candidature pour le poste d'Infirmière référente DPI, nous souhaiterions échanger avec vous lors d'un entretien téléphonique d'environ 30 minutes.

Seriez-vous disponible le mardi 12 mai à 10h ou le mercredi 13 mai à 15h ?

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Garnier
Chargée de recrutement
Groupe Hospitalier Val-de-Saône
""", day=120, charset="iso-8859-1", header_charset="iso-8859-1")

add("interview_invitation", "fr_wttj_startup", "fr", "Soignia", "hugo@soignia.example.fr",
    ("Hugo de Soignia", "hugo@soignia.example.fr"), "On se cale un call ?",
    text="""\
Hello Katharina,

Merci pour ta candidature sur Welcome to the Jungle ! Ton profil infirmière + informatique médicale nous parle beaucoup pour le poste de Customer Success Manager Santé.

Est-ce que tu serais dispo pour un premier échange en visio de 30 min cette semaine ? Voici mon agenda : https://calendly.example.com/hugo-soignia/30min

À très vite,
Hugo
Head of Ops @ Soignia
""", day=100)

add("interview_invitation", "fr_geneve_entretien_ics", "fr", "Fondation Soins Genève", "rh@fsg.example.ch",
    ("Ressources humaines FSG", "rh@fsg.example.ch"), "Convocation à un entretien",
    text="""\
Madame Brenner-Yilmaz,

Nous avons le plaisir de vous convier à un entretien pour le poste de Spécialiste qualité des soins (80%).

Date : jeudi 18 juin 2026, 14h00
Lieu : Rue de Carouge 62, 1205 Genève, 3e étage
Personnes présentes : M. Rochat, directeur des soins, et Mme Dupuis, RH

Vous trouverez l'invitation en pièce jointe. Merci de nous confirmer votre présence.

Meilleures salutations,
Ressources humaines
Fondation Soins Genève
""", ics=ics("fsg-entretien-0618-kb@fsg.example.ch", "20260618T120000Z", 60,
             "Entretien K. Brenner-Yilmaz", "rh@fsg.example.ch"), day=155)

add("interview_invitation", "fr_lux_deuxieme_tour", "fr", "CareLux Services", "a.weber@carelux.example.lu",
    ("Anne Weber", "a.weber@carelux.example.lu"), "Deuxième entretien",
    text="""\
Bonjour Madame,

Suite à notre premier échange, j'ai le plaisir de vous proposer un second entretien avec notre directrice générale, Madame Schmit, dans nos locaux à Strassen. Auriez-vous des disponibilités la semaine du 6 juillet ?

Bien à vous,
Anne Weber
HR Manager – CareLux Services S.à r.l.
""", day=178)

# Spanish
add("interview_invitation", "es_entrevista_videollamada", "es", "Grupo Hospitalario Mediterráneo", "rrhh@ghmediterraneo.example.es",
    ("Recursos Humanos GHM", "rrhh@ghmediterraneo.example.es"), "Convocatoria entrevista – Supervisora de calidad",
    text="""\
Estimada Sra. Brenner-Yilmaz:

Nos complace comunicarle que ha sido seleccionada para la siguiente fase del proceso. Le proponemos una entrevista por videollamada el jueves 14 de mayo a las 10:00 (hora peninsular) con la Dirección de Enfermería.

Le rogamos confirme su asistencia respondiendo a este correo.

Un cordial saludo,
Laura Giménez
Técnica de Selección
Grupo Hospitalario Mediterráneo
""", day=122, cte="base64")

add("interview_invitation", "es_charla_rapida", "es", "Nubecare", "pablo@nubecare.example.com",
    ("Pablo Ortega", "pablo@nubecare.example.com"), "¿Hablamos?",
    text="""\
Hola Katharina,

He visto tu candidatura para Customer Success (remoto, DACH) y me encantaría tener una llamada rápida contigo. ¿Te viene bien el martes o el miércoles por la tarde? Dime hora y te mando el enlace de Meet.

Saludos!
Pablo
Talent @ Nubecare
""", day=185)


# === interview_reschedule_or_cancel =========================================================

add("interview_reschedule_or_cancel", "verschiebung_krankheit", "de", "Klinikum Weserbogen", "n.steffens@klinikum-weserbogen.example.de",
    ("Nicole Steffens", "n.steffens@klinikum-weserbogen.example.de"), "AW: Ihre Bewerbung – Telefoninterview",
    text="""\
Liebe Frau Brenner-Yilmaz,

leider muss ich unser Telefonat morgen um 14 Uhr absagen, ich bin krankheitsbedingt ausgefallen. Können wir es auf Montag, 16.02., gleiche Uhrzeit verschieben? Geben Sie mir bitte kurz Bescheid.

Entschuldigen Sie die Umstände!
Nicole Steffens
""", day=35, in_reply_to="<kb-0205-weserbogen@example.de>")

add("interview_reschedule_or_cancel", "termin_verlegt_ics", "de", "Maltesische Kliniken Rhein-Ruhr", "bewerbung@mkrr.example.de",
    ("Maltesische Kliniken Rhein-Ruhr – Recruiting", "bewerbung@mkrr.example.de"), "Terminänderung: Videointerview (neu: 05.03.2026)",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

aufgrund einer kurzfristigen Terminkollision in der Geschäftsführung müssen wir Ihr Videointerview vom 03.03. auf Donnerstag, 05.03.2026, 13:00 Uhr verlegen. Die aktualisierte Einladung finden Sie im Anhang.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Maltesische Kliniken Rhein-Ruhr gGmbH
""", ics=ics("mkrr-2026-0303-qm@mkrr.example.de", "20260305T120000Z", 60,
             "Videointerview Brenner-Yilmaz / QMB", "bewerbung@mkrr.example.de", seq=1), day=55)

add("interview_reschedule_or_cancel", "absage_termin_stelle_weg", "de", "Sanitätshaus Bergmann", "j.bergmann@sh-bergmann.example.de",
    ("Julia Bergmann", "j.bergmann@sh-bergmann.example.de"), "Unser Termin am Mittwoch",
    text="""\
Hallo Frau Brenner-Yilmaz,

ich muss unseren Termin am Mittwoch leider absagen. Wir klären intern gerade, ob und wann die Stelle im Versorgungsmanagement überhaupt besetzt wird, und ich möchte Sie nicht umsonst anreisen lassen. Ich melde mich, sobald ich mehr weiß, spätestens Ende des Monats.

Viele Grüße
Julia Bergmann
Sanitätshaus Bergmann GmbH & Co. KG
""", day=73)

add("interview_reschedule_or_cancel", "vorverlegung_agentur", "de", "Helvexa", "m.yildiz@talentbruecke.example.de",
    ("Murat Yildiz | TalentBrücke", "m.yildiz@talentbruecke.example.de"), "Kleine Änderung beim Termin mit Helvexa!",
    text="""\
Hi Katharina,

kurze Info: Frau Dr. Reuter muss am Freitag spontan zu einem Kunden nach Basel. Könntest du stattdessen schon am Donnerstag um 11:00 Uhr? Der Teams-Link bleibt derselbe! Falls das gar nicht geht, sag Bescheid, dann finden wir was in der Woche drauf.

LG Murat
""", day=90)

add("interview_reschedule_or_cancel", "uni_gespraech_verschoben", "de", "Universität Hohenfels", "berufungen-verwaltung@uni-hohenfels.example.de",
    ("Stabsstelle Personal, Universität Hohenfels", "berufungen-verwaltung@uni-hohenfels.example.de"),
    "Verschiebung Auswahlgespräche wiss. Mitarbeiter/in Pflegewissenschaft (Kennz. 26/118)",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

wegen des ganztägigen Warnstreiks im öffentlichen Nahverkehr am 24.06. werden die Auswahlgespräche auf den 01.07.2026 verschoben. Ihre Uhrzeit (11:15 Uhr) bleibt unverändert, der Raum ändert sich auf Gebäude C, Raum 2.031.

Sollte Ihnen der neue Termin nicht möglich sein, teilen Sie uns dies bitte umgehend mit.

Mit freundlichen Grüßen
Im Auftrag
B. Schäfer
""", day=165, charset="iso-8859-1", cte="quoted-printable")

add("interview_reschedule_or_cancel", "schweiz_abgesagt_intern", "de", "Spitex Limmattal", "r.meier@spitex-limmattal.example.ch",
    ("Regula Meier", "r.meier@spitex-limmattal.example.ch"), "AW: Vorstellungsgespräch",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz

Leider müssen wir das vereinbarte Gespräch vom 4. Juni absagen, da unsere Pflegedienstleiterin, die am Gespräch teilnehmen sollte, kurzfristig ausfällt. Wäre Ihnen stattdessen Donnerstag, 11. Juni, um 10.00 Uhr möglich? Ich bedaure die Umstände sehr.

Freundliche Grüsse
Regula Meier
""", day=150)

add("interview_reschedule_or_cancel", "teams_link_neu_uhrzeit", "de", "Hanseatic MedTech Partners", "c.wolff@hmtp.example.de",
    ("Christian Wolff", "c.wolff@hmtp.example.de"), "Änderung Uhrzeit",
    text="""\
Moin Frau Brenner-Yilmaz,

können wir unser Gespräch morgen von 10 auf 13 Uhr schieben? Mir ist ein Kundentermin dazwischengekommen. Sorry für die Kurzfristigkeit!

Gruß aus Hamburg
Christian Wolff
Geschäftsführer
Hanseatic MedTech Partners
""", day=210)

add("interview_reschedule_or_cancel", "personio_neuer_termin", "de", "Medlyra Health", "",
    ("Medlyra Health", "jobs@medlyra-health.jobs.personio.example.de"), "Dein Termin wurde verschoben",
    text="""\
Hi Katharina,

dein Interview "Clinical Success Manager – 2. Gespräch" wurde vom Team auf einen neuen Termin verschoben:

Neuer Termin: Mittwoch, 22. Juli 2026, 15:00 - 15:45 (Europe/Berlin)
Ort: Google Meet (Link folgt)

Falls dir der neue Termin nicht passt, antworte bitte über dein Bewerberportal.

Dein People Team von Medlyra Health
""", day=198)

add("interview_reschedule_or_cancel", "en_reschedule_hiring_manager_out", "en", "Kestrel Medical Devices", "olivia.hart@kestrelmed.example.com",
    ("Olivia Hart", "olivia.hart@kestrelmed.example.com"), "Re: Interview Thursday",
    text="""\
Hi Katharina,

So sorry to do this - Mark (the hiring manager) has been pulled into an urgent customer escalation and won't be able to make Thursday's interview. Could we move it to Monday 9 March, same time? If that doesn't work, let me know two or three slots next week that suit you.

Apologies again,
Olivia

Olivia Hart | Senior Recruiter EMEA | Kestrel Medical Devices

""" + gmail_quote("Tue, 3 Mar 2026 at 10:14", "Katharina Brenner-Yilmaz <k.brenner@example.de>", """\
Hi Olivia,
Thursday at 2:30pm works great for me. Looking forward to it!
Best,
Katharina"""), day=58, in_reply_to="<kb-0303-kestrel@example.de>")

add("interview_reschedule_or_cancel", "en_goodtime_cancelled_ics", "en", "Orbis Clinical Systems", "",
    ("Orbis Clinical Systems Recruiting", "scheduling@goodtime.example.io"), "Cancelled: Panel interview - Orbis Clinical Systems",
    text="""\
Hi Katharina,

Your panel interview scheduled for Tuesday, April 21 at 3:00 PM CEST has been cancelled. A member of our recruiting team will reach out shortly with new times.

Orbis Clinical Systems Talent Team
""", ics=ics("orbis-panel-kb-0421@goodtime.example.io", "20260421T130000Z", 90,
             "Panel interview: Katharina Brenner-Yilmaz", "scheduling@goodtime.example.io", method="CANCEL", status="CANCELLED", seq=2),
    day=103)

add("interview_reschedule_or_cancel", "en_irish_postponed", "en", "St. Columba's University Hospital", "hr.recruitment@stcolumbas.example.ie",
    ("HR Recruitment", "hr.recruitment@stcolumbas.example.ie"), "Postponement of interviews - CNM2 QPS",
    text="""\
Dear Katharina,

Due to unforeseen circumstances, the interviews for the post of Clinical Nurse Manager 2, Quality & Patient Safety scheduled for 15th April have been postponed. We expect to reschedule for the week commencing 27th April and will be in contact with a revised date and time.

We apologise for any inconvenience caused.

Yours sincerely,
Aoife Byrne
HR Officer
St. Columba's University Hospital
""", day=88)

add("interview_reschedule_or_cancel", "en_dutch_withdrawn_interview", "en", "Maasstad Care Technology", "r.dekker@maasstadcaretech.example.nl",
    ("Ruben Dekker", "r.dekker@maasstadcaretech.example.nl"), "Interview Friday",
    text="""\
Hi Katharina,

Unfortunately I have to cancel our interview on Friday - our office in Rotterdam is closed that day because of a power outage in the building, and our Head of Customer Success is travelling anyway. Really sorry, I know you'd already arranged the train. I'll send you two or three new slots for next week on Monday.

Kind regards,
Ruben Dekker
Maasstad Care Technology B.V.
""", day=215)

add("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Groupe Hospitalier Val-de-Saône", "drh.recrutement@ghvs.example.fr",
    ("Sophie Garnier", "drh.recrutement@ghvs.example.fr"), "Report de notre entretien téléphonique",
    text="""\
Bonjour Madame,

Je suis contrainte de reporter notre entretien téléphonique prévu demain à 10h, en raison d'une réunion de crise au sein de l'établissement. Pourrions-nous le décaler au vendredi 15 mai, même heure ?

Avec toutes mes excuses,
Sophie Garnier
Chargée de recrutement
Groupe Hospitalier Val-de-Saône
""", day=124, charset="iso-8859-1", header_charset="iso-8859-1", cte="quoted-printable")

add("interview_reschedule_or_cancel", "fr_annulation_wttj", "fr", "Soignia", "hugo@soignia.example.fr",
    ("Hugo de Soignia", "hugo@soignia.example.fr"), "Re: On se cale un call ?",
    text="""\
Hello Katharina,

Je dois malheureusement annuler notre call de jeudi, j'ai un rendez-vous client qui tombe pile au même moment. Je te renvoie un nouveau créneau pour la semaine prochaine, promis.

Désolé pour le contretemps !
Hugo

""" + fr_quote("lun. 27 avr. 2026 à 09:15", "Katharina Brenner-Yilmaz <k.brenner@example.de>", """\
Bonjour Hugo,
J'ai réservé le créneau de jeudi 14h. À bientôt !
Katharina"""), day=118, in_reply_to="<kb-0427-soignia@example.de>")

add("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Grupo Hospitalario Mediterráneo", "rrhh@ghmediterraneo.example.es",
    ("Laura Giménez", "rrhh@ghmediterraneo.example.es"), "RE: Convocatoria entrevista – Supervisora de calidad",
    text="""\
Estimada Katharina:

Le escribo para informarle de que la Directora de Enfermería tiene un imprevisto el jueves. ¿Le vendría bien trasladar la entrevista al viernes 15 de mayo a las 12:30? Disculpe las molestias.

Un saludo,
Laura Giménez
Grupo Hospitalario Mediterráneo
""", day=124)


# === missed_interview_notice ================================================================

add("missed_interview_notice", "telefon_nicht_erreicht", "de", "BKK Mittelland", "h.jansen@bkk-mittelland.example.de",
    ("Heike Jansen", "h.jansen@bkk-mittelland.example.de"), "Unser Telefontermin heute",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

ich habe heute zum vereinbarten Termin um 10:00 Uhr versucht, Sie telefonisch zu erreichen, leider ohne Erfolg. Auch auf der Mailbox habe ich eine Nachricht hinterlassen.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich gern bis Freitag bei mir, dann vereinbaren wir einen neuen Termin.

Mit freundlichen Grüßen
Heike Jansen
Personalgewinnung
BKK Mittelland
""", day=105)

add("missed_interview_notice", "teams_nicht_erschienen", "de", "Curavita Kliniken", "m.frank@curavita.example.de",
    ("Frank, Michael", "m.frank@curavita.example.de"), "Videointerview heute 14 Uhr",
    text="""\
Hallo Frau Brenner-Yilmaz,

wir haben heute um 14 Uhr im Teams-Meeting auf Sie gewartet, Sie sind aber leider nicht beigetreten. Ist etwas dazwischengekommen? Geben Sie mir bitte kurz Bescheid, ob wir einen neuen Termin finden sollen.

Viele Grüße
Michael Frank
Recruiting | Curavita Kliniken
""", day=70)

add("missed_interview_notice", "hospitation_nicht_gekommen", "de", "Pflegeheim Am Stadtpark", "wbl2@am-stadtpark.example.de",
    ("Wohnbereichsleitung 2", "wbl2@am-stadtpark.example.de"), "Probearbeiten heute",
    text="""\
Guten Tag Frau Brenner-Yilmaz,

wir hatten Sie heute um 6:30 zum Probearbeiten erwartet. Leider sind Sie nicht gekommen und wir konnten Sie auch telefonisch nicht erreichen. Bitte melden Sie sich, ob Sie noch Interesse haben.

Mfg
Sandra Özdemir
Wohnbereichsleitung
Pflegeheim Am Stadtpark
""", day=133, charset="windows-1252")

add("missed_interview_notice", "agentur_wo_warst_du", "de", "Helvexa", "m.yildiz@talentbruecke.example.de",
    ("Murat Yildiz | TalentBrücke", "m.yildiz@talentbruecke.example.de"), "Alles ok??",
    text="""\
Hey Katharina,

Frau Dr. Reuter von Helvexa hat mich gerade angerufen - sie saß um 11 Uhr im Call und du warst nicht drin?! Ist alles okay bei dir? Ruf mich bitte kurz zurück, dann versuche ich, einen neuen Termin zu retten!

Murat
Mobil +49 160 7788990
""", day=91)

add("missed_interview_notice", "wien_nicht_erschienen", "de", "Privatklinik Döblinger Höhe", "office.hr@doeblingerhoehe.example.at",
    ("HR Privatklinik Döblinger Höhe", "office.hr@doeblingerhoehe.example.at"), "Ihr Termin am 29. Jänner",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz!

Leider sind Sie zu Ihrem heutigen Bewerbungsgespräch um 10:30 Uhr nicht erschienen. Wir ersuchen Sie, uns mitzuteilen, ob Sie an einem Ersatztermin interessiert sind.

Mit freundlichen Grüßen
Mag. Stefan Huber
""", day=24)

add("missed_interview_notice", "en_tried_calling", "en", "Aarogya Systems", "priya.menon@aarogyasys.example.in",
    ("Priya Menon", "priya.menon@aarogyasys.example.in"), "Missed call - interview today",
    text="""\
Hi Katharina,

We tried calling you at the scheduled time today (11:00 AM CEST) but were unable to connect. The panel waited on the Zoom link for 15 minutes as well.

Kindly let us know if you are still interested in the opportunity so we can check for an alternate slot.

Thanks & Regards,
Priya Menon
Talent Acquisition | Aarogya Systems
""", day=199)

add("missed_interview_notice", "en_no_show_recruiter", "en", "Medexa Solutions", "anders.holm@medexa.example.dk",
    ("Anders Holm", "anders.holm@medexa.example.dk"), "We missed you today",
    text="""\
Hi Katharina,

I had you down for our phone screen at 13:00 today, but couldn't get hold of you. No worries - these things happen. If you'd still like to chat, just reply with a couple of times that work and I'll send a new invite.

Best,
Anders Holm
Talent Partner, Medexa Solutions ApS
""", day=186)

add("missed_interview_notice", "en_did_not_join_teams", "en", "Liffey Valley Hospital Group", "c.oshea@lvhg.example.ie",
    ("Ciara O'Shea", "c.oshea@lvhg.example.ie"), "Interview this morning",
    text="""\
Dear Katharina,

You were scheduled for interview this morning at 10:00 for the Clinical Informatics Facilitator post, however you did not join the Teams meeting. The panel waited until 10:20.

If there were exceptional circumstances please contact me by Wednesday and we will see whether the panel can accommodate you.

Regards,
Ciara O'Shea
Recruitment Officer
Liffey Valley Hospital Group
""", day=140)

add("missed_interview_notice", "fr_absente_entretien", "fr", "CareLux Services", "a.weber@carelux.example.lu",
    ("Anne Weber", "a.weber@carelux.example.lu"), "Entretien de ce matin",
    text="""\
Bonjour Madame,

Madame Schmit et moi-même vous attendions ce matin à 9h30 pour votre second entretien, mais vous ne vous êtes pas présentée. Nous n'avons pas non plus réussi à vous joindre par téléphone.

Pourriez-vous revenir vers moi rapidement afin que nous sachions si vous souhaitez poursuivre le processus ?

Bien à vous,
Anne Weber
HR Manager – CareLux Services
""", day=182)

add("missed_interview_notice", "es_no_se_conecto", "es", "Nubecare", "pablo@nubecare.example.com",
    ("Pablo Ortega", "pablo@nubecare.example.com"), "Hoy no te vimos en la llamada",
    text="""\
Hola Katharina,

Te estuve esperando en el Meet a las 17:00 pero no llegaste a conectarte. ¿Todo bien? Si quieres lo volvemos a intentar esta semana, dime qué día te viene.

Saludos,
Pablo
""", day=189)


# === application_received ===================================================================

add("application_received", "softgarden_eingang", "de", "Hanseatische Ersatzkasse", "",
    ("Hanseatische Ersatzkasse über softgarden", "noreply@softgarden.io"), "Eingangsbestätigung Ihrer Bewerbung",
    text="""\
Guten Tag Frau Brenner-Yilmaz,

vielen Dank für Ihre Bewerbung als Fallmanager*in Krankengeld. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten drei bis vier Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team der Hanseatischen Ersatzkasse
""", day=12)

add("application_received", "uniklinik_keine_einzelrueckmeldung", "de", "Universitätsklinikum Rheinaue", "",
    ("UK Rheinaue Bewerbermanagement", "bewerbermanagement-noreply@ukra.example.de"), "Ihre Bewerbung ist bei uns eingegangen (Ref. 2026-0219-KIS)",
    html=html_mail("""\
Sehr geehrte Frau Brenner-Yilmaz,

herzlichen Dank für Ihre Bewerbung im Universitätsklinikum Rheinaue. Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um Verständnis, dass die Bearbeitung einige Zeit in Anspruch nehmen kann. Leider ist es uns nicht möglich, jede Bewerbung einzeln zu kommentieren; Sie erhalten jedoch in jedem Fall eine Nachricht von uns, sobald das Auswahlverfahren abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Bewerbermanagement""", "Universitätsklinikum Rheinaue", "#003d7a", "",
        "Universitätsklinikum Rheinaue AöR · Vorstandsvorsitzender Prof. Dr. H. Vahl · USt-IdNr. DE 123456789"),
    day=48)

add("application_received", "personio_du_eingang", "de", "Medlyra Health", "",
    ("Medlyra Health", "jobs@medlyra-health.jobs.personio.example.de"), "Danke für deine Bewerbung!",
    text="""\
Hi Katharina,

danke, dass du dich bei Medlyra Health als Clinical Success Manager (m/w/d) beworben hast! 🙌

Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen. Leider können wir nicht jedem individuelles Feedback geben, aber du hörst auf jeden Fall von uns.

Bis dahin: Schau gern auf unserem Blog vorbei.

Dein People Team
""", day=40, cte="base64")

add("application_received", "arbeitsagentur_weitergeleitet", "de", "Stadtverwaltung Neuburg", "personalamt@neuburg.example.de",
    ("Personalamt Stadt Neuburg", "personalamt@neuburg.example.de"), "Bewerbung Sachbearbeitung Heimaufsicht – Eingangsbestätigung",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 04.03.2026 auf die Stelle Sachbearbeitung Heimaufsicht (Entgeltgruppe 9c TVöD).

Die Bewerbungsfrist endet am 31.03.2026. Nach Ablauf der Frist werden alle Bewerbungen gesichtet. Wir bitten Sie, von Rückfragen zum Stand des Verfahrens abzusehen.

Mit freundlichen Grüßen
Stadtverwaltung Neuburg
Personalamt
""", day=62, charset="iso-8859-1")

add("application_received", "schweiz_umantis_eingang", "de", "Kantonsspital Aarfeld", "",
    ("Kantonsspital Aarfeld", "jobs-noreply@umantis.example.ch"), "Eingangsbestätigung",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz

Vielen Dank für Ihre Bewerbung als Fachexpertin Pflegeinformatik 80-100%. Wir bestätigen Ihnen hiermit den Eingang Ihrer Bewerbungsunterlagen.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Freundliche Grüsse
Kantonsspital Aarfeld, Human Resources
""", day=95, charset="windows-1252")

add("application_received", "successfactors_medtech", "de", "Berolina Medical", "",
    ("Berolina Medical Careers", "careers-noreply@successfactors.example.eu"), "Bewerbungseingang: Clinical Education Specialist (w/m/d) - Req 22871",
    text="""\
Sehr geehrte/r Katharina Brenner-Yilmaz,

vielen Dank für Ihre Bewerbung für die Stelle Clinical Education Specialist (w/m/d) - Req 22871.

Ihre Bewerbung wurde erfolgreich übermittelt. Sie können den Status Ihrer Bewerbung jederzeit im Karriereportal unter "Meine Bewerbungen" verfolgen.

***  Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.  ***

Berolina Medical GmbH | Sitz: Berlin | Registergericht: Amtsgericht Charlottenburg HRB 55555 B
""", day=20)

add("application_received", "wien_karriere_eingang", "de", "Wiener Gesundheitsverbund Ost", "recruiting.ost@wgv-ost.example.at",
    ("Recruiting WGV Ost", "recruiting.ost@wgv-ost.example.at"), "Ihre Bewerbung ist eingelangt",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz!

Wir bestätigen den Eingang Ihrer Bewerbung für die Position Qualitätsmanagerin (Vollzeit). Ihre Unterlagen werden derzeit geprüft. Wir werden uns nach Ende der Bewerbungsfrist am 6. Februar bei Ihnen melden.

Mit freundlichen Grüßen
Personalmanagement Wiener Gesundheitsverbund Ost
""", day=11)

add("application_received", "pflegedienst_kurz_danke", "de", "Pflegedienst Sonnenschein", "info@pflegedienst-sonnenschein.example.de",
    ("Pflegedienst Sonnenschein", "info@pflegedienst-sonnenschein.example.de"), "Re: Bewerbung als PDL",
    text="""\
Hallo Frau Brenner-Yilmaz,
danke für Ihre Bewerbung, ist angekommen. Unsere Chefin ist bis 15. im Urlaub, danach meldet sie sich bei Ihnen.
Gruß, Petra (Büro)
""", day=26)

add("application_received", "rexx_keine_individuelle_rueckmeldung", "de", "Curavita Kliniken", "",
    ("Curavita Kliniken Karriereportal", "noreply@curavita-karriere.example.de"), "Vielen Dank für Ihre Bewerbung – Traineeprogramm Klinikmanagement",
    text="""\
Liebe Frau Brenner-Yilmaz,

vielen Dank für Ihr Interesse an unserem Traineeprogramm Klinikmanagement. Ihre Bewerbung haben wir erhalten.

Aufgrund der Vielzahl der Bewerbungen können wir leider nicht jede Bewerbung individuell beantworten, bevor die Vorauswahl abgeschlossen ist. Sofern Ihr Profil zu unseren Anforderungen passt, laden wir Sie bis Ende März zu unserem Assessment-Center ein.

Ihre Curavita Kliniken
Zentrale Personalentwicklung
""", day=42)

add("application_received", "initiativbewerbung_pharma", "de", "Kessler Pharma", "bewerbung@kessler-pharma.example.de",
    ("Kessler Pharma Personal", "bewerbung@kessler-pharma.example.de"), "Ihre Initiativbewerbung",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

haben Sie vielen Dank für Ihre Initiativbewerbung, die wir gerne erhalten haben.

Wir leiten Ihre Unterlagen an die Fachbereiche Medical Affairs und Patient Services weiter und prüfen, ob es dort eine passende Einsatzmöglichkeit für Sie gibt. Sie hören innerhalb von etwa drei Wochen von uns.

Mit freundlichen Grüßen
Corinna Albers
Human Resources
Kessler Pharma GmbH & Co. KG
""", day=80)

# English
add("application_received", "greenhouse_thanks_applying", "en", "Brightwell", "",
    ("Brightwell Recruiting", "no-reply@us.greenhouse-mail.io"), "Thank you for applying to Brightwell",
    text="""\
Hi Katharina,

Thanks for applying to Brightwell! Your application for the Implementation Specialist, DACH (Remote) role has been received and our team will review it shortly.

Because of the high volume of applications, we're not able to respond to every applicant individually, but if your experience matches what we're looking for, someone from our team will be in touch.

Best,
Brightwell Talent Team
""", day=21)

add("application_received", "lever_received", "en", "Tavora Medical", "",
    ("Tavora Medical", "no-reply@hire.lever.co"), "Thanks for your application - Tavora Medical",
    html="""\
<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
<p>Hi Katharina,</p>
<p>Thank you for applying for the <strong>Clinical Specialist (Zürich)</strong> position at Tavora Medical. We've received your application and will be reviewing it over the coming days.</p>
<p>Unfortunately we are unable to provide individual feedback at this stage, but we will let you know the outcome either way.</p>
<p>Tavora Medical</p>
<p style="color:#aaa;font-size:11px">Powered by Lever</p>
</div>""", day=110)

add("application_received", "indian_workday_ack", "en", "Sarvanta Healthtech", "careers@sarvanta.example.in",
    ("Sarvanta Careers", "careers@sarvanta.example.in"), "Application Acknowledgement",
    text="""\
Dear Katharina,

Thank you for your application for the role of Customer Success Lead - Europe. This is to acknowledge receipt of the same.

Our Talent Acquisition team will go through your profile and revert within 10 working days if shortlisted.

Regards,
Talent Acquisition Team
Sarvanta Healthtech
""", day=50)

add("application_received", "irish_hse_style_ack", "en", "St. Columba's University Hospital", "",
    ("St. Columba's Recruitment", "noreply@rezoomo.example.com"), "Application received - Clinical Nurse Manager 2, Quality & Patient Safety",
    text="""\
Dear Katharina,

Thank you for submitting your application for Clinical Nurse Manager 2, Quality & Patient Safety at St. Columba's University Hospital. Please note: shortlisting may apply.

Closing date: 20/03/2026

This mailbox is not monitored.
""", day=70)

add("application_received", "copenhagen_ack", "en", "Medexa Solutions", "",
    ("Medexa Solutions", "noreply@smartrecruiters.com"), "We've received your application",
    text="""\
Hi Katharina,

Thanks for your interest in Medexa Solutions! We've received your application for Healthcare Account Manager (Copenhagen) and we're currently reviewing applications.

What happens next? If your profile is a match, we'll contact you to arrange a first conversation. This normally takes 2-3 weeks.

Best regards,
Medexa Solutions Recruiting
""", day=165)

# French
add("application_received", "fr_accuse_reception", "fr", "Groupe Hospitalier Val-de-Saône", "",
    ("GHVS Recrutement", "no-reply@ghvs-recrutement.example.fr"), "Accusé de réception de votre candidature",
    text="""\
Madame,

Nous accusons bonne réception de votre candidature au poste d'Infirmière référente DPI et vous remercions de l'intérêt que vous portez au Groupe Hospitalier Val-de-Saône.

Votre dossier sera étudié avec la plus grande attention. Compte tenu du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles dans l'immédiat.

Cordialement,
La Direction des Ressources Humaines
""", day=108, charset="iso-8859-1", header_charset="iso-8859-1")

add("application_received", "fr_suisse_jobs_ch", "fr", "Réseau Santé Léman", "c.favre@rsleman.example.ch",
    ("Céline Favre", "c.favre@rsleman.example.ch"), "Votre dossier",
    text="""\
Bonjour Madame,

Je vous remercie pour votre dossier de candidature, bien reçu via jobs.ch. Nous reviendrons vers vous d'ici la fin du mois.

Meilleures salutations,
Céline Favre
Responsable RH, Réseau Santé Léman
""", day=140)

add("application_received", "fr_teamtailor_merci", "fr", "Medivia France", "",
    ("Medivia France", "noreply@smartrecruiters.com"), "Merci pour votre candidature !",
    text="""\
Bonjour Katharina,

Merci d'avoir postulé au poste de Chargée de Customer Success – Logiciels hospitaliers. Nous avons bien reçu votre candidature et notre équipe va l'étudier.

Malheureusement, nous ne pouvons pas faire de retour personnalisé à chaque candidat à ce stade, mais nous reviendrons vers vous si votre profil correspond.

L'équipe Talent Acquisition de Medivia France
""", day=66)

# Spanish
add("application_received", "es_acuse_recibo", "es", "Hospital San Rafael de Levante", "",
    ("Portal de Empleo HSRL", "no-responder@hsrlevante.example.es"), "Hemos recibido su candidatura",
    text="""\
Estimada candidata:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Enfermera gestora de calidad (Ref. ENF-CAL-07).

Debido al elevado número de solicitudes, no podemos responder de forma individual a cada persona. Si su perfil encaja, nos pondremos en contacto con usted.

Atentamente,
Hospital San Rafael de Levante
""", day=56, charset="iso-8859-1", header_charset="iso-8859-1", cte="quoted-printable")

add("application_received", "es_startup_recibido", "es", "Vitalia Salud Digital", "talento@vitaliasalud.example.com",
    ("Talento Vitalia", "talento@vitaliasalud.example.com"), "¡Gracias por tu candidatura!",
    text="""\
¡Hola Katharina!

Gracias por querer formar parte de Vitalia. Hemos recibido tu CV para Customer Success Manager (DACH) y lo revisaremos esta semana.

¡Hablamos pronto!
El equipo de Talento de Vitalia Salud Digital
""", day=150)


# === offer ==================================================================================

add("offer", "vertragsangebot_klinikum", "de", "Klinikum Weserbogen", "n.steffens@klinikum-weserbogen.example.de",
    ("Nicole Steffens", "n.steffens@klinikum-weserbogen.example.de"), "Vertragsangebot Koordinatorin Entlassmanagement",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

wie heute telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Koordinatorin Entlassmanagement anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung (TV-L, Entgeltgruppe P10, Stufe 4, Beginn 01.05.2026). Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20.03. zurück. Außerdem benötigen wir noch ein erweitertes Führungszeugnis und Ihren Impfnachweis (Masern).

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüße
Nicole Steffens
Personalreferentin
Klinikum Weserbogen gGmbH
""", attachment="Arbeitsvertrag_Brenner-Yilmaz.pdf", day=72)

add("offer", "muendliche_zusage_followup", "de", "Pflegenetz Elbe", "k.marx@pflegenetz-elbe.example.de",
    ("Katrin Marx", "k.marx@pflegenetz-elbe.example.de"), "Unser Telefonat von heute",
    text="""\
Liebe Frau Brenner-Yilmaz,

schön, dass wir Sie heute am Telefon erreicht haben! Wie besprochen möchten wir Sie sehr gern als Qualitätsbeauftragte bei uns im Team haben.

Zur Zusammenfassung: 38,5 Std./Woche, 4.450 € brutto monatlich, 30 Tage Urlaub, Start zum 1. Juli oder nach Absprache. Den schriftlichen Vertrag bereitet unsere Personalabteilung gerade vor und schickt ihn Ihnen bis Ende der Woche.

Wenn Sie vorab noch Fragen haben, rufen Sie mich jederzeit an.

Herzliche Grüße
Katrin Marx
Leitung Personal
Pflegenetz Elbe GmbH
""", day=112)

add("offer", "schweiz_zusage_vorbehalt", "de", "Spitex Limmattal", "r.meier@spitex-limmattal.example.ch",
    ("Regula Meier", "r.meier@spitex-limmattal.example.ch"), "Zusage",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz

Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Fachverantwortliche Qualität anbieten möchten, vorbehältlich der Anerkennung Ihres Pflegediploms durch das Schweizerische Rote Kreuz und einwandfreier Referenzauskünfte.

Den Arbeitsvertrag stellen wir Ihnen nach Eingang der SRK-Anerkennung zu. Für die Arbeitsbewilligung unterstützen wir Sie selbstverständlich.

Freundliche Grüsse
Regula Meier
Geschäftsleiterin
Spitex Limmattal
""", day=240, charset="windows-1252")

add("offer", "startup_offer_du", "de", "Heilbar", "jonas@heilbar.example.com",
    ("Jonas Krüger", "jonas@heilbar.example.com"), "🎉 Dein Angebot von Heilbar",
    text="""\
Hi Katharina,

wir haben's gestern im Team besprochen und sind uns einig: Wir wollen dich als Clinical Onboarding Manager an Bord haben!

Im Anhang findest du dein Offer Letter (58k fix + VSOP, remote mit 1x/Monat Berlin, Start flexibel). Lass dir gern ein paar Tage Zeit und meld dich, wenn du Fragen hast. Wir würden uns riesig freuen!

Jonas
""", attachment="Heilbar_Offer_Katharina_Brenner-Yilmaz.pdf", day=80, cte="base64")

add("offer", "uni_einstellungszusage", "de", "Universität Hohenfels", "berufungen-verwaltung@uni-hohenfels.example.de",
    ("Stabsstelle Personal, Universität Hohenfels", "berufungen-verwaltung@uni-hohenfels.example.de"),
    "Einstellungszusage – Kennz. 26/118",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

im Namen der Auswahlkommission freue ich mich, Ihnen mitzuteilen, dass Sie für die Stelle einer wissenschaftlichen Mitarbeiterin (E13, 75 %, befristet auf 3 Jahre) am Institut für Pflegewissenschaft ausgewählt wurden, vorbehaltlich der Zustimmung des Personalrats.

Für die Erstellung des Arbeitsvertrags benötigen wir noch die in der Anlage genannten Unterlagen. Bitte teilen Sie uns bis zum 24.07. mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Im Auftrag
B. Schäfer
""", day=188, charset="iso-8859-1")

add("offer", "en_pleased_to_offer", "en", "Kestrel Medical Devices", "olivia.hart@kestrelmed.example.com",
    ("Olivia Hart", "olivia.hart@kestrelmed.example.com"), "Offer - Customer Success Manager (DACH)",
    text="""\
Hi Katharina,

Following your conversation with Mark yesterday, I'm delighted to confirm that we'd like to offer you the position of Customer Success Manager (DACH) at Kestrel Medical Devices!

Attached you'll find your offer letter with the details: base salary EUR 68,000, 15% annual bonus target, company car, and a start date of 1 June 2026. Could you let me know by Friday 10 April whether you'd like to accept?

Congratulations - the whole team is really excited.

Olivia
""", attachment="Kestrel_Offer_Letter_KBY.pdf", day=95, cte="base64")

add("offer", "en_conditional_offer_irish", "en", "St. Columba's University Hospital", "hr.recruitment@stcolumbas.example.ie",
    ("HR Recruitment", "hr.recruitment@stcolumbas.example.ie"), "Conditional offer of employment",
    text="""\
Dear Katharina,

I am pleased to advise that, following your recent interview, you have been placed first on the panel for the post of Clinical Nurse Manager 2, Quality & Patient Safety.

This offer is conditional on satisfactory references, Garda vetting, occupational health clearance and evidence of active NMBI registration. Please complete the attached forms and return them within 10 working days.

Yours sincerely,
Aoife Byrne
HR Officer
St. Columba's University Hospital
""", day=115)

add("offer", "fr_promesse_embauche", "fr", "Fondation Soins Genève", "rh@fsg.example.ch",
    ("Ressources humaines FSG", "rh@fsg.example.ch"), "Proposition d'engagement",
    text="""\
Madame Brenner-Yilmaz,

Suite à votre entretien du 18 juin, nous avons le plaisir de vous proposer le poste de Spécialiste qualité des soins à 80%, avec entrée en fonction le 1er septembre 2026.

Vous trouverez ci-joint le contrat de travail en deux exemplaires. Nous vous remercions de nous en retourner un exemplaire signé d'ici au 10 juillet.

Au plaisir de vous accueillir dans notre équipe.

Meilleures salutations,
Ressources humaines
Fondation Soins Genève
""", attachment="Contrat_Brenner-Yilmaz.pdf", day=165)

add("offer", "fr_offre_orale_confirmation", "fr", "CareLux Services", "a.weber@carelux.example.lu",
    ("Anne Weber", "a.weber@carelux.example.lu"), "Suite à notre appel",
    text="""\
Bonjour Katharina,

Comme convenu au téléphone, je vous confirme par écrit que nous souhaitons vous proposer le poste de Coordinatrice qualité. Le contrat (CDI, 40h, début au 1er octobre) vous sera adressé par courrier dans les prochains jours.

Bienvenue chez CareLux !

Anne Weber
HR Manager – CareLux Services
""", day=205)

add("offer", "es_oferta_contrato", "es", "Grupo Hospitalario Mediterráneo", "rrhh@ghmediterraneo.example.es",
    ("Laura Giménez", "rrhh@ghmediterraneo.example.es"), "Oferta de empleo – Supervisora de calidad",
    text="""\
Estimada Katharina:

Nos complace ofrecerle el puesto de Supervisora de Calidad Asistencial en el Hospital de Alicante. Adjuntamos la carta oferta con las condiciones (contrato indefinido, 42.000 € brutos anuales, incorporación el 1 de septiembre).

Le agradeceríamos que nos confirmara su aceptación antes del 5 de junio.

Enhorabuena y un cordial saludo,
Laura Giménez
Técnica de Selección
Grupo Hospitalario Mediterráneo
""", attachment="Carta_oferta_KBY.pdf", day=138)


# === other ==================================================================================

add("other", "stepstone_jobagent", "de", "", "",
    ("StepStone Jobagent", "jobagent@mail.stepstone.example.de"), "12 neue Jobs für \"Qualitätsmanagement Pflege\" in Hamburg",
    html=html_mail("""\
Hallo Katharina,

hier sind deine neuen Jobs für deine Suche "Qualitätsmanagement Pflege" in Hamburg (+ 30 km):

<b>Qualitätsmanagementbeauftragte (m/w/d)</b> – Asklepia Seniorenresidenzen – Hamburg – <a href="https://www.stepstone.example.de/r/1?utm_source=jobagent">Ansehen</a>
<b>Referent Pflegequalität (w/m/d)</b> – Elbklinik Harburg – Hamburg – <a href="https://www.stepstone.example.de/r/2?utm_source=jobagent">Ansehen</a>
<b>Koordinator Interview- und Auditprozesse QM (m/w/d)</b> – Nordlicht Pflege – Norderstedt – <a href="https://www.stepstone.example.de/r/3?utm_source=jobagent">Ansehen</a>

Tipp: Bewerber mit vollständigem Profil werden 3x häufiger zum Vorstellungsgespräch eingeladen!

Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. <a href="https://www.stepstone.example.de/jobagent/abmelden">Jobagent abbestellen</a>""",
        "StepStone", "#0c2577", "t.stepstone-mail.example.de"),
    headers=[*LIST, ("List-Id", "StepStone Jobagent <jobagent.stepstone.example.de>")], day=15, alt=True)

add("other", "xing_neue_stellen", "de", "", "",
    ("XING", "mailrobot@mail.xing.example.com"), "Katharina, diese Jobs passen zu Ihnen",
    text="""\
Hallo Katharina Brenner-Yilmaz,

auf Basis Ihres Profils haben wir neue Stellenangebote für Sie gefunden:

- Clinical Application Specialist (m/w/d) | Medisono GmbH | München
- Case Managerin Krankenversicherung | Allgemeine Gesundheitskasse Süd | Stuttgart
- Teamleitung Pflegeinformatik | Klinikverbund Main-Taunus | Frankfurt

Alle Jobs ansehen: https://www.xing.example.com/jobs/recommendations

Sie erhalten diese Nachricht, weil Sie Job-Empfehlungen aktiviert haben. Einstellungen ändern: https://www.xing.example.com/settings/notifications
""", headers=LIST, day=27)

add("other", "linkedin_digest_en_de", "de", "", "",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"), "„Medizininformatik“: 8 neue Jobs in Berlin",
    html=html_mail("""\
Ihr Jobalarm für <b>Medizininformatik</b> in Berlin, Deutschland

Clinical Data Specialist – Charitéa Digital Lab – Berlin (Hybrid) – vor 2 Tagen – 34 Bewerber
Produktmanager:in Pflegedokumentation – DokuCare – Berlin – Schnell bewerben
Interview-Koordinator:in Studienzentrum – Biotronic Studies – Berlin – Aktiv auf Personalsuche

Sie erhalten Jobalarm-E-Mails. <a href="https://www.linkedin.example.com/comm/jobs/alerts">Abmelden</a>""",
        "LinkedIn", "#0a66c2", "click.linkedin.example.com"),
    headers=LIST, day=33, alt=True)

add("other", "indeed_absage_tipps_newsletter", "de", "", "",
    ("Indeed Karriere-Ratgeber", "news@indeed-karriere.example.com"), "Absage erhalten? So machen Sie weiter",
    html=html_mail("""\
<h2 style="font-family:Georgia">Absage nach dem Vorstellungsgespräch – was jetzt?</h2>

Leider müssen wir Ihnen mitteilen... Kaum ein Satz ist im Bewerbungsprozess so gefürchtet. Doch eine Absage ist kein Urteil über Ihre Fähigkeiten. In unserem neuen Artikel erfahren Sie, wie Sie um Feedback bitten, warum eine kurze Dankesmail Türen offen hält und wann Sie sich erneut bewerben sollten.

Außerdem: Die 10 häufigsten Fragen im Telefoninterview – und wie Sie souverän antworten.

<a href="https://karriere.indeed.example.com/artikel/absage">Jetzt lesen</a>

Sie erhalten diesen Newsletter, weil Sie sich bei Indeed angemeldet haben. <a href="https://karriere.indeed.example.com/unsubscribe">Abmelden</a>""",
        "Indeed", "#2557a7", "click.indeed.example.com"),
    headers=[*LIST, ("List-Id", "Indeed Karriere <karriere.indeed.example.com>")], day=57)

add("other", "karriere_at_jobalarm", "de", "", "",
    ("karriere.at", "jobalarm@karriere.example.at"), "Ihr Jobalarm: 5 neue Jobs in Wien und Graz",
    text="""\
Guten Tag!

Diese neuen Jobs passen zu Ihrem Jobalarm "Pflege Qualitätsmanagement":

* Qualitätsmanager:in (m/w/d) – Privatklinik Kahlenberg – Wien – ab € 3.800 brutto/Monat
* DGKP Stabsstelle Pflegeentwicklung – LKH Steiermark Mitte – Graz – ab € 3.650
* Pflegeberater:in Telemedizin – Vitaphone Austria – Wien

Jobalarm verwalten: https://www.karriere.example.at/jobalarm
""", headers=LIST, day=90, charset="windows-1252")

add("other", "recruiter_cold_outreach_de", "de", "", "felix.hartung@vitalis-personal.example.de",
    ("Felix Hartung", "felix.hartung@vitalis-personal.example.de"), "Spannende Position im Klinik-IT-Umfeld",
    text="""\
Hallo Frau Brenner-Yilmaz,

ich bin auf XING auf Ihr Profil gestoßen und war sofort beeindruckt von Ihrer Kombination aus Intensivpflege und Weiterbildung in der Medizininformatik!

Ich betreue aktuell exklusiv mehrere Mandate im Bereich Krankenhaus-IT (KIS-Einführung, PDMS, Telemedizin) in Frankfurt und Umgebung, zum Teil mit 2-3 Tagen Homeoffice und sehr attraktiver Vergütung.

Falls Sie grundsätzlich offen für Veränderungen sind, freue ich mich über eine kurze Rückmeldung. Gern sende ich Ihnen vorab eine anonymisierte Stellenbeschreibung.

Beste Grüße
Felix Hartung
Senior Consultant | Vitalis Personalmanagement
Tel. +49 69 555 02 19
""", day=39)

add("other", "podcast_interview_anfrage", "de", "", "redaktion@pflegefunk.example.de",
    ("Redaktion Pflegefunk", "redaktion@pflegefunk.example.de"), "Interviewanfrage für unseren Podcast",
    text="""\
Liebe Frau Brenner-Yilmaz,

wir sind über Ihren Beitrag im Pflegeforum zur Digitalisierung auf Intensivstationen auf Sie aufmerksam geworden. Wir würden Sie gern für eine Folge unseres Podcasts "Pflegefunk" interviewen (ca. 40 Minuten, remote aufgezeichnet).

Hätten Sie im Mai Zeit? Als Dankeschön gibt's eine Tasse und viel Ruhm :)

Herzliche Grüße
Tobias Reinhardt
Redaktion Pflegefunk
""", day=105)

add("other", "user_research_interview", "de", "", "",
    ("DokuCare UX Research", "research-noreply@dokucare.example.de"), "Teilnahme an einem Nutzerinterview – 50 € Gutschein",
    text="""\
Hallo Katharina,

du nutzt die DokuCare-App als Pflegefachkraft? Dann suchen wir genau dich!

Für die Weiterentwicklung unserer Pflegedokumentation führen wir 45-minütige Nutzerinterviews per Video durch. Als Dankeschön erhältst du einen Gutschein im Wert von 50 €.

Hier kannst du dir einen Termin aussuchen: https://research.dokucare.example.de/termine

Dein UX-Research-Team
DokuCare
""", headers=[("List-Unsubscribe", "<https://research.dokucare.example.de/abmelden>")], day=127)

add("other", "freundin_eigene_absage", "de", "", "miri.kaya@example.org",
    ("Miriam Kaya", "miri.kaya@example.org"), "boah",
    text="""\
Kathi!!

Hab grad die Absage von der Uniklinik bekommen, nach DREI Gesprächen und dieser blöden Präsentation. "Wir haben uns für eine Kandidatin entschieden, deren Profil..." bla bla. Bin echt frustriert.

Wie läuft's bei dir mit den Bewerbungen? Lass uns am Wochenende mal telefonieren, ich brauch Wein und jemanden zum Jammern 😅

Miri

Von meinem iPhone gesendet
""", day=117)

add("other", "dhl_verspaetung", "de", "", "",
    ("DHL Paket", "noreply@dhl-benachrichtigung.example.de"), "Ihre Sendung verzögert sich leider",
    html=html_mail("""\
Hallo Katharina Brenner-Yilmaz,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890 von MediShop24. Unfortunately ist bei diesem Paket ein Problem im Start-Paketzentrum aufgetreten.

Neuer voraussichtlicher Zustelltag: Donnerstag, 16.04.2026

Wir bitten die Verzögerung zu entschuldigen.

Ihr DHL Team""", "DHL", "#ffcc00", "t.dhl-benachrichtigung.example.de"), day=100, alt=True)

add("other", "bank_kreditantrag_eingang", "de", "", "",
    ("Sparkasse Elbmarsch", "noreply@sparkasse-elbmarsch.example.de"), "Eingangsbestätigung Ihres Kreditantrags",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihren Antrag auf einen Privatkredit über 8.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Sie erhalten innerhalb von 3 Werktagen eine Entscheidung in Ihrem Online-Banking-Postfach. Leider können wir Ihnen zum Bearbeitungsstand keine telefonische Auskunft geben.

Mit freundlichen Grüßen
Ihre Sparkasse Elbmarsch
""", day=140)

add("other", "wohnungsbewerbung_absage", "de", "", "vermietung@hausverwaltung-kranich.example.de",
    ("Hausverwaltung Kranich", "vermietung@hausverwaltung-kranich.example.de"), "Wohnung Eppendorfer Weg 88, 3. OG",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihr Interesse an der Wohnung im Eppendorfer Weg 88 und Ihre Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Kranich
Vermietungsteam
""", day=130, charset="iso-8859-1")

add("other", "eigene_gesendete_bewerbung", "de", "", "",
    (CAND_NAME, CAND), "Bewerbung als Referentin Pflegequalität – Kennziffer 2026-17",
    to=("Personalabteilung Elbklinik Harburg", "bewerbung@elbklinik-harburg.example.de"),
    text="""\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Referentin Pflegequalität. Als examinierte Gesundheits- und Krankenpflegerin mit zehn Jahren Erfahrung auf der Intensivstation und einer Weiterbildung zur Qualitätsmanagementbeauftragten (TÜV) bringe ich ...

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Katharina Brenner-Yilmaz
""", attachment="Bewerbung_Brenner-Yilmaz.pdf", day=28)

add("other", "eigene_nachfrage_gesendet", "de", "", "",
    (CAND_NAME, CAND), "Nachfrage zum Stand meiner Bewerbung",
    to=("Patrick Lorenz", "p.lorenz@sanovis.example.de"),
    text="""\
Sehr geehrter Herr Lorenz,

ich habe mich am 12. Mai als Clinical Application Specialist beworben und wollte mich freundlich nach dem Stand erkundigen. Ich bin nach wie vor sehr interessiert und würde mich über ein Gespräch freuen.

Viele Grüße
Katharina Brenner-Yilmaz
""", day=136)

add("other", "abwesenheit_recruiterin", "de", "", "n.steffens@klinikum-weserbogen.example.de",
    ("Nicole Steffens", "n.steffens@klinikum-weserbogen.example.de"), "Automatische Antwort: Rückfrage Vertragsunterlagen",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@klinikum-weserbogen.example.de.

Mit freundlichen Grüßen
Nicole Steffens
""", day=75)

add("other", "kalender_standup", "de", "", "",
    ("Google Kalender", "calendar-notification@google.example.com"), "Erinnerung: Daily Stand-up Projekt Pflegedoku @ Mo. 9. Feb. 2026 9:00 - 9:15 (MEZ)",
    text="""\
Daily Stand-up Projekt Pflegedoku
Montag, 9. Februar 2026 ⋅ 9:00 – 9:15 (Mitteleuropäische Normalzeit)
Teilnehmen mit Google Meet: https://meet.example.com/abc-defg-hij

Einladung von Google Kalender
Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.
""", day=34)

add("other", "finanzamt_elster", "de", "", "",
    ("ELSTER", "noreply@elster.example.de"), "Neue Nachricht in Ihrem ELSTER-Postfach",
    text="""\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach auf Mein ELSTER liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über Einkommensteuer (Finanzamt Hamburg-Eimsbüttel).

Bitte melden Sie sich an, um die Nachricht abzurufen.

Ihr ELSTER-Team
Diese E-Mail wurde automatisch erstellt.
""", day=160)

add("other", "krankenkasse_versicherte", "de", "", "",
    ("Meine Techniker Gesundheitskasse", "service-noreply@tgk-versichert.example.de"), "Ihr Antrag auf Kostenübernahme ist eingegangen",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

wir haben Ihren Antrag auf Kostenübernahme für die Zahnbehandlung (Heil- und Kostenplan vom 03.06.2026) erhalten. Die Bearbeitung dauert in der Regel bis zu drei Wochen. Über das Ergebnis informieren wir Sie in Ihrem Online-Postfach.

Freundliche Grüße
Ihre Techniker Gesundheitskasse
""", day=158)

add("other", "deutsche_bahn_verspaetung", "de", "", "",
    ("DB Reisebegleitung", "noreply@bahn-reise.example.de"), "Verspätung: ICE 787 Hamburg Hbf – München Hbf",
    text="""\
Ihre Reise am 27.04.2026

ICE 787, Abfahrt Hamburg Hbf 08:01 Uhr
Aktuelle Verspätung: ca. +35 Minuten (Reparatur am Zug)
Ihr Anschluss in Würzburg wird voraussichtlich nicht erreicht.

Alternative Verbindungen finden Sie im DB Navigator.
""", day=112)

add("other", "stadtwerke_abschlag", "de", "", "",
    ("Stadtwerke Nordhafen", "kundenservice-noreply@stadtwerke-nordhafen.example.de"), "Ihre neue Abschlagszahlung",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

Ihre Jahresverbrauchsabrechnung Strom 2025 steht im Kundenportal bereit. Ihr monatlicher Abschlag ändert sich ab 01.03.2026 auf 58,00 EUR.

Mit freundlichen Grüßen
Ihre Stadtwerke Nordhafen
""", day=45)

add("other", "fitnessstudio_kuendigung", "de", "", "",
    ("FitWerk Studios", "service@mail.fitwerk.example.de"), "Bestätigung Ihrer Kündigung",
    text="""\
Hallo Katharina,

wir bestätigen die Kündigung deiner Mitgliedschaft (Mitgliedsnr. 447120) zum 30.06.2026. Schade, dass du gehst! Bis dahin kannst du alle Studios wie gewohnt nutzen.

Sportliche Grüße
Dein FitWerk-Team
""", day=120)

add("other", "pflegekammer_fortbildung", "de", "", "",
    ("Pflegekammer Nord", "newsletter@pflegekammer-nord.example.de"), "Newsletter Juni: Fortbildungspunkte, Berufsordnung, Interview mit der Präsidentin",
    html=html_mail("""\
Liebe Kammermitglieder,

<b>Im Interview:</b> Unsere Präsidentin über die neue Berufsordnung und warum Pflegefachpersonen bei der Digitalisierung mitreden müssen.

<b>Fortbildung:</b> Denken Sie an Ihre Registrierungspunkte bis 31.12.2026.

<b>Stellenmarkt:</b> Neue Angebote im Kammer-Stellenportal.

Sie erhalten diesen Newsletter als Mitglied der Pflegekammer. <a href="https://www.pflegekammer-nord.example.de/newsletter/abmelden">Abmelden</a>""",
        "Pflegekammer Nord", "#4b8b3b", "nl.pflegekammer-nord.example.de"),
    headers=[*LIST, ("List-Id", "Newsletter Pflegekammer <newsletter.pflegekammer-nord.example.de>")], day=150)

add("other", "fortbildung_anmeldung", "de", "", "",
    ("Akademie für Gesundheitsberufe", "anmeldung-noreply@afg-akademie.example.de"), "Anmeldebestätigung: Zertifikatskurs Case Management (DGCC)",
    text="""\
Sehr geehrte Frau Brenner-Yilmaz,

vielen Dank für Ihre Anmeldung zum Zertifikatskurs Case Management (DGCC), Kursbeginn 14.09.2026 in Köln. Ihre Bewerbung um einen Kursplatz ist eingegangen; die Zulassung erfolgt nach Prüfung der Voraussetzungen.

Die Rechnung erhalten Sie separat.

Ihre Akademie für Gesundheitsberufe
""", day=175)

add("other", "streaming_neue_staffel", "de", "", "",
    ("Streamflix", "info@mail.streamflix.example.com"), "Neu: Staffel 3 von „Notaufnahme“ ist da",
    html=html_mail("""\
Hallo Katharina,

die neue Staffel von „Notaufnahme" ist jetzt verfügbar. Dr. Weller muss sich entscheiden: Nimmt sie das Angebot aus Zürich an?

<a href="https://www.streamflix.example.com/title/8812">Jetzt ansehen</a>""", "Streamflix", "#e50914", "t.streamflix.example.com"),
    headers=LIST, day=200)

add("other", "gps_position_fahrradtracker", "de", "", "",
    ("TrackMy Bike", "alerts@trackmybike.example.com"), "Positionswarnung: Ihr Fahrrad hat die Zone verlassen",
    text="""\
Alarm für Gerät "Stadtrad Katharina"

Ihr Tracker hat um 03:12 Uhr eine neue Position gemeldet, die außerhalb Ihrer sicheren Zone liegt:
Position: 53.5631° N, 9.9614° E (Hamburg-Eimsbüttel), Genauigkeit ±15 m

Position auf der Karte ansehen: https://app.trackmybike.example.com/map
""", day=143)

add("other", "post_sendungsverfolgung_ch", "de", "", "",
    ("Die Post", "noreply@post-notification.example.ch"), "Ihre Sendung konnte nicht zugestellt werden",
    text="""\
Guten Tag

Leider konnten wir Ihre Sendung 99.00.123456.78901234 heute nicht zustellen. Sie können die Sendung ab morgen 10.00 Uhr in der Filiale Zürich Wiedikon abholen.

Freundliche Grüsse
Die Post
""", day=230)

# English "other"
add("other", "linkedin_inmail_outreach", "en", "", "rahul.iyer@talentnest.example.com",
    ("Rahul Iyer", "rahul.iyer@talentnest.example.com"), "Opportunity: Clinical Informatics roles in Dublin",
    text="""\
Hi Katharina,

Came across your profile and thought your ICU + clinical informatics background is a great fit for a few roles I'm working on with a leading Irish hospital group and two EHR vendors. Relocation support available.

Not sure if you're open to a move at the moment, but if you are, I'd love to share more details. No pressure at all!

Best,
Rahul Iyer
Principal Consultant - Healthcare IT | TalentNest
""", day=84, cte="base64")

add("other", "career_newsletter_missed_interview", "en", "", "",
    ("The Career Pivot Weekly", "hello@careerpivotweekly.example.com"), "What to do if you miss an interview (and 4 other things we learned this week)",
    html=html_mail("""\
Hey there,

This week's issue: <b>Missed an interview?</b> It happens more than you think. Recruiters told us the best move is a short, honest apology within 24 hours - no long explanations. We also cover how to handle the dreaded "we've decided to pursue other candidates" email, and why you should always ask for feedback after a final round.

Plus: nurses moving into health tech - three stories from readers.

<a href="https://careerpivotweekly.example.com/p/missed-interview">Read the full issue</a>

You're receiving this because you subscribed at careerpivotweekly.example.com. <a href="https://careerpivotweekly.example.com/unsubscribe">Unsubscribe</a>""",
        "The Career Pivot Weekly", "#ff6b35", "open.substack-like.example.com"),
    headers=[*LIST, ("List-Id", "The Career Pivot Weekly <careerpivotweekly.example.com>")], day=118, alt=True)

add("other", "radio_interview_request", "en", "", "tom.kelly@dublinfm.example.ie",
    ("Tom Kelly", "tom.kelly@dublinfm.example.ie"), "Radio interview - international nurses in Ireland",
    text="""\
Hi Katharina,

I'm a producer at Dublin City FM. We're doing a piece on internationally trained nurses working in Irish hospitals and a colleague mentioned you. Would you be up for a short interview (10 mins, pre-recorded by phone) sometime next week?

Thanks a million,
Tom Kelly
Producer, The Morning Round, Dublin City FM
""", day=222)

add("other", "survey_candidate_experience", "en", "", "",
    ("Candidate Experience Survey", "surveys@candidatepulse.example.com"), "How was your interview experience with Kestrel Medical Devices?",
    text="""\
Hi Katharina,

You recently interviewed with Kestrel Medical Devices. We'd love to hear about your experience! This 2-minute survey is anonymous and helps the company improve its hiring process.

Take the survey: https://candidatepulse.example.com/s/k8a7

Unsubscribe from survey emails: https://candidatepulse.example.com/unsubscribe
""", headers=LIST, day=100)

add("other", "amazon_order_delayed", "en", "", "",
    ("Shopwave", "order-update@shopwave.example.com"), "Unfortunately your order is delayed",
    text="""\
Hello Katharina,

Unfortunately, your order #302-7781123 (Littmann Classic III stethoscope) has been delayed. We now expect to deliver it between 18 and 21 May.

We apologise for the inconvenience. You don't need to do anything - we'll email you when it ships.

Shopwave Customer Service
""", day=128)

add("other", "credit_card_application", "en", "", "",
    ("Revolta Bank", "no-reply@revolta-bank.example.com"), "We've received your credit card application",
    text="""\
Hi Katharina,

Thanks for applying for the Revolta Metal credit card. We've received your application and are reviewing it now. Most decisions are made within 24 hours - we'll notify you in the app.

Revolta Bank
""", day=60)

add("other", "university_admission_decision", "en", "", "",
    ("Graduate Admissions", "admissions-noreply@rotterdam-univ.example.nl"), "Decision on your application: MSc Health Informatics",
    text="""\
Dear Katharina Brenner-Yilmaz,

Thank you for applying to the MSc Health Informatics programme for the 2026-2027 academic year.

After careful consideration, the Admissions Board regrets to inform you that we are unable to offer you a place in the programme. We received many more qualified applications than we have places available.

We wish you success in your future studies.

Graduate Admissions Office
""", day=110)

add("other", "ooo_recruiter_en", "en", "", "olivia.hart@kestrelmed.example.com",
    ("Olivia Hart", "olivia.hart@kestrelmed.example.com"), "Automatic reply: Offer - Customer Success Manager (DACH)",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""\
Thanks for your email. I'm currently out of office with limited access to email and will return on Monday 13 April. For urgent recruitment matters please contact talent@kestrelmed.example.com.

Olivia
""", day=96)

add("other", "forwarded_job_posting_friend", "en", "", "sam.okafor@example.net",
    ("Sam Okafor", "sam.okafor@example.net"), "Fwd: Clinical Informatics Nurse - might be for you?",
    text="""\
Saw this and thought of you straight away! My old manager is the hiring lead there, happy to put in a word.

Sam

---------- Forwarded message ---------
From: St. Columba's Careers <careers-noreply@stcolumbas.example.ie>
Date: Mon, 2 Mar 2026 at 09:00
Subject: Clinical Informatics Nurse
To: sam.okafor@example.net

New vacancy: Clinical Informatics Nurse (Permanent, Whole-time). Closing date 20 March 2026. Apply via our careers site.
""", day=61)

add("other", "fortnightly_team_calendar", "en", "", "",
    ("Microsoft Outlook", "noreply@calendar-notify.example.com"), "Updated invitation: Clinical Quality Sync (bi-weekly)",
    text="""\
The meeting "Clinical Quality Sync (bi-weekly)" has been updated by the organizer.

When: Every other Tuesday 10:00-10:30 (UTC+01:00) Amsterdam, Berlin
Where: Microsoft Teams Meeting

Join the meeting now: https://teams.example.com/l/meetup-join/19%3ameeting
""", ics=ics("quality-sync-biweekly@calendar-notify.example.com", "20260210T090000Z", 30,
             "Clinical Quality Sync (bi-weekly)", "noreply@calendar-notify.example.com"), day=38)

add("other", "webinar_interview_skills", "en", "", "",
    ("HealthTech Careers Network", "events@healthtechcareers.example.org"), "Tomorrow: Acing the panel interview - free webinar",
    text="""\
Hi Katharina,

Reminder: "Acing the panel interview - from the ward to health tech" starts tomorrow at 18:00 CET. Our speakers are hiring managers from three EHR vendors who will share what they look for and the most common reasons candidates are rejected.

Join link: https://events.healthtechcareers.example.org/webinar/221

Manage email preferences: https://healthtechcareers.example.org/prefs
""", headers=[*LIST, ("List-Id", "HealthTech Careers Events <events.healthtechcareers.example.org>")], day=148)

# French "other"
add("other", "fr_wttj_alerte", "fr", "", "",
    ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"), "5 nouvelles offres pour « Customer Success Santé »",
    html=html_mail("""\
Bonjour Katharina,

Voici les dernières offres correspondant à ton alerte :

<b>Customer Success Manager</b> – Doctovia – Paris ou télétravail
<b>Chargée de déploiement hospitalier</b> – Medilink – Lyon
<b>Infirmière conseil e-santé</b> – Telesoin – Luxembourg

<a href="https://www.welcometothejungle.example.com/alerts">Voir toutes les offres</a>

Tu reçois cet e-mail car tu as créé une alerte. <a href="https://www.welcometothejungle.example.com/unsubscribe">Se désabonner</a>""",
        "Welcome to the Jungle", "#ffcd00", "t.wttj.example.com"),
    headers=LIST, day=92, alt=True)

add("other", "fr_newsletter_refus_conseils", "fr", "", "",
    ("Le Mag de l'Emploi Santé", "newsletter@emploisante-mag.example.fr"), "Refus après entretien : comment rebondir ?",
    text="""\
Bonjour,

Au sommaire cette semaine :

- « Nous sommes au regret de vous informer… » : comment transformer un refus en opportunité
- Entretien d'embauche en clinique : les 7 questions qui reviennent toujours
- Reconversion : d'infirmière à chargée de qualité, témoignage

Lire la newsletter en ligne : https://emploisante-mag.example.fr/nl/142

Pour vous désinscrire, cliquez ici : https://emploisante-mag.example.fr/desinscription
""", headers=[*LIST, ("List-Id", "<newsletter.emploisante-mag.example.fr>")], day=125, charset="windows-1252", header_charset="iso-8859-1")

add("other", "fr_interview_presse", "fr", "", "julie.martin@lequotidiensoins.example.fr",
    ("Julie Martin", "julie.martin@lequotidiensoins.example.fr"), "Demande d'interview – Le Quotidien des Soins",
    text="""\
Bonjour Madame Brenner-Yilmaz,

Je suis journaliste au Quotidien des Soins et je prépare un article sur les infirmières européennes qui se reconvertissent dans l'informatique médicale. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique de 20 minutes ?

Bien cordialement,
Julie Martin
Journaliste
""", day=168, cte="base64")

add("other", "fr_colis_retarde", "fr", "", "",
    ("Colissimo", "ne-pas-repondre@colissimo-suivi.example.fr"), "Votre colis a du retard",
    text="""\
Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard. Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Suivre mon colis : https://www.colissimo-suivi.example.fr/suivi/6A12345678901

Colissimo
""", day=170)

add("other", "fr_sncf_train", "fr", "", "",
    ("SNCF Voyageurs", "noreply@sncf-voyages.example.fr"), "Votre e-billet Strasbourg → Luxembourg",
    text="""\
Bonjour Katharina,

Voici votre e-billet pour votre voyage du 2 juillet 2026.
TER 88512 – Départ Strasbourg 07h12 – Arrivée Luxembourg 09h05 – Voiture 4, place 42

Bon voyage !
SNCF Voyageurs
""", day=176)

add("other", "fr_propre_envoi", "fr", "", "",
    (CAND_NAME, CAND), "Candidature – Coordinatrice qualité",
    to=("Anne Weber", "a.weber@carelux.example.lu"),
    text="""\
Madame Weber,

Je vous prie de trouver ci-joint ma candidature pour le poste de Coordinatrice qualité. Infirmière diplômée d'État (équivalence reconnue) avec dix ans d'expérience en soins intensifs, je serais ravie de mettre mes compétences au service de CareLux.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Katharina Brenner-Yilmaz
""", attachment="CV_Brenner-Yilmaz_FR.pdf", day=170)

add("other", "fr_formation_inscription", "fr", "", "",
    ("Institut de Formation Santé Numérique", "inscriptions@ifsn.example.fr"), "Confirmation d'inscription – MOOC Qualité et sécurité des soins",
    text="""\
Bonjour Katharina,

Votre inscription au MOOC « Qualité et sécurité des soins » est confirmée. Le premier module sera disponible le 7 septembre.

L'équipe pédagogique
Institut de Formation Santé Numérique
""", headers=[("List-Unsubscribe", "<mailto:desinscription@ifsn.example.fr>")], day=235)

# Spanish "other"
add("other", "es_infojobs_alerta", "es", "", "",
    ("Alertas de Empleo", "alertas@empleo-salud.example.es"), "Nuevas ofertas: Enfermería - Calidad - Remoto",
    text="""\
Hola Katharina,

Tenemos 4 nuevas ofertas que coinciden con tu alerta:

> Coordinadora de calidad asistencial – Hospital Costa Blanca – Alicante
> Enfermera de aplicación clínica – Sistemas Médicos Íbera – Remoto
> Gestora de casos – Mutua Levantina – Valencia

Ver todas: https://empleo-salud.example.es/alertas/9921
Darse de baja: https://empleo-salud.example.es/baja
""", headers=LIST, day=132)

add("other", "es_amiga_rechazo", "es", "", "lucia.fernandez@example.org",
    ("Lucía Fernández", "lucia.fernandez@example.org"), "qué rabia",
    text="""\
Kathi!!

Me acaban de decir que no en el hospital de Valencia, después de la entrevista final. "Hemos decidido continuar con otra candidata" y ya está. Estoy de bajón.

¿Tú qué tal con lo de Alicante? ¡Cuéntame!

Besos,
Lucía

Enviado desde mi iPhone
""", day=130, cte="8bit")

add("other", "es_pedido_retrasado", "es", "", "",
    ("TiendaSalud", "pedidos@tiendasalud.example.es"), "Tu pedido se ha retrasado",
    text="""\
Hola Katharina,

Lamentablemente, tu pedido n.º 55421 (zuecos sanitarios talla 39) sufrirá un retraso por falta de stock. La nueva fecha estimada de entrega es el 12 de junio.

Disculpa las molestias.
Atención al cliente TiendaSalud
""", day=150, charset="iso-8859-1", header_charset="iso-8859-1")

add("other", "es_encuesta_investigacion", "es", "", "",
    ("Equipo de Investigación UX", "research@saludapp.example.es"), "¿Nos ayudas con una entrevista de 30 minutos?",
    text="""\
Hola Katharina,

Estamos mejorando SaludApp para profesionales de enfermería y buscamos personas para una entrevista de investigación de usuarios (30 min, online). Como agradecimiento te enviaremos una tarjeta regalo de 30 €.

Reserva tu hueco aquí: https://research.saludapp.example.es/reservar

Gracias!
Equipo de Investigación UX
""", headers=[("List-Unsubscribe", "<https://research.saludapp.example.es/baja>")], day=190)

add("other", "es_universidad_admision", "es", "", "",
    ("Secretaría de Posgrado", "posgrado-noreply@univ-levante.example.es"), "Resolución de admisión – Máster en Gestión Sanitaria",
    text="""\
Estimada Katharina Brenner-Yilmaz:

Le comunicamos que su solicitud de admisión al Máster Universitario en Gestión Sanitaria ha sido ADMITIDA. Deberá formalizar la matrícula entre el 15 y el 30 de julio.

Secretaría de Posgrado
""", day=185)

add("other", "es_recruiter_outreach", "es", "", "ines.castro@talentomedico.example.es",
    ("Inés Castro", "ines.castro@talentomedico.example.es"), "Oportunidades en gestión sanitaria",
    text="""\
Hola Katharina,

Soy consultora en Talento Médico y me ha parecido muy interesante tu perfil en LinkedIn. Trabajamos con varios grupos hospitalarios que buscan perfiles de enfermería con experiencia en calidad y digitalización.

Si en algún momento te planteas un cambio, estaré encantada de contarte más. ¡Un saludo!

Inés Castro
Talento Médico – Consultoría de Selección
""", day=205)

add("other", "fr_jobs_ch_alerte", "fr", "", "",
    ("jobs.ch", "alert@mail.jobs.example.ch"), "Nouvelles offres d'emploi pour vous : « infirmière qualité »",
    text="""\
Bonjour,

3 nouvelles offres correspondent à votre abonnement :

• Infirmière spécialiste qualité 80-100 % – Hôpital du Chablais – Monthey
• Responsable qualité des soins – EMS Les Tilleuls – Lausanne
• Case manager – Assurance Romande – Fribourg

Gérer mes abonnements : https://www.jobs.example.ch/fr/abonnements
""", headers=LIST, day=210)


# --- writing ------------------------------------------------------------------------------


def main() -> None:
    """Rewrite every message and labels.csv (old .eml files under ROOT/<kind>/ are removed first)."""
    kinds = sorted({m.kind for m in MAILS})
    for kind in kinds:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for index, mail in enumerate(MAILS, start=1):
        rel = f"{mail.kind}/{index:03d}_{mail.scenario}.eml"
        (ROOT / rel).write_bytes(build(mail, index))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
