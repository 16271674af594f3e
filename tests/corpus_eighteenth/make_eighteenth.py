"""Writes the eighteenth corpus: one job seeker's inbox (Jonas Keller, test engineer), Jan-May 2026.

Why a generator: the MIME plumbing (quoted-printable, base64, legacy charsets, RFC 2047 headers,
calendar parts) is easy to get subtly wrong by hand, so it lives here once; every message's
wording is written out by hand below, one message at a time, and never templated.
Imports only the standard library. Run it from anywhere: `python make_eighteenth.py`;
it rewrites the kind folders and labels.csv next to itself.
"""

from __future__ import annotations

import base64
import csv
import html as _html
import quopri
import shutil
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Jonas Keller", "jonas.keller@example.com")
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


@dataclass
class Mail:
    """One message as written; `fmt` says how its body is wrapped in MIME."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    date: str  # "2026-03-04 09:12 +0100"
    body: str
    fmt: str = "plain"  # plain, qp, b64, latin1, cp1252, html, alt, alt-b64
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = ME
    cc: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    html: str | None = None  # hand-written HTML; otherwise derived from body for html/alt
    ics: str | None = None
    attachment: tuple[str, str] | None = None  # (filename, content type) of a stub attachment
    thread: str | None = None  # Message-ID this one replies to
    msgid: str | None = None


MAILS: list[Mail] = []
MSGIDS: dict[int, str] = {}


def add(*args: object, **kw: object) -> None:
    """Collects one message in the order written (the order numbers the files)."""
    MAILS.append(Mail(*args, **kw))  # type: ignore[arg-type]


# ---------------------------------------------------------------- body helpers


def gmail_quote(when: str, name: str, addr: str, text: str) -> str:
    """Gmail's reply attribution followed by the '>'-quoted earlier message."""
    quoted = "\n".join(("> " + line) if line else ">" for line in text.strip().splitlines())
    return f"\n\nOn {when}, {name} <{addr}> wrote:\n\n{quoted}\n"


def outlook_quote(frm: str, sent: str, to: str, subject: str, text: str, lang: str = "en") -> str:
    """Outlook's From:/Sent: block; German Outlook says Von:/Gesendet:/An:/Betreff:."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    return (
        "\n\n________________________________\n"
        f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n{labels[3]}: {subject}\n\n"
        f"{text.strip()}\n"
    )


def intro_quote(intro: str, text: str) -> str:
    """Attribution lines in other languages ('Am ... schrieb', 'Le ... a écrit', 'El ... escribió')."""
    quoted = "\n".join(("> " + line) if line else ">" for line in text.strip().splitlines())
    return f"\n\n{intro}\n{quoted}\n"


def forwarded(frm: str, date: str, subject: str, to: str, text: str) -> str:
    """Gmail's forwarded-message block."""
    return (
        "\n\n---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{text.strip()}\n"
    )


def html_from_text(text: str, brand: str = "", color: str = "#1a1a1a", track: str = "") -> str:
    """A table-layout HTML body with inline styles, as mail tools produce it."""
    paras = text.strip().split("\n\n")
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:{color}">{_html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    head = (
        f'<tr><td style="padding:18px 24px;background:#f3f4f6"><img src="https://cdn.example.net/'
        f'logo.png" alt="{_html.escape(brand)}" width="140" style="display:block"></td></tr>'
        if brand
        else ""
    )
    pixel = (
        f'<img src="{track}" width="1" height="1" alt="" style="display:none">' if track else ""
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;'
        'padding:0;background:#ffffff"><table role="presentation" width="100%" cellpadding="0" '
        f'cellspacing="0" border="0">{head}<tr><td style="padding:24px">{cells}</td></tr></table>'
        f"{pixel}</body></html>"
    )


def ics(
    uid: str,
    start: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    method: str = "REQUEST",
    location: str = "",
    sequence: int = 0,
    tzid: str = "Europe/Berlin",
) -> str:
    """A minimal iTIP calendar object; start is local time 'YYYYMMDDTHHMMSS' in tzid."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M%S")
    end = (begin + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus Eighteen//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}", "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}", f"SUMMARY:{summary}",
        *([f"LOCATION:{location}"] if location else []), f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN=Jonas Keller;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 folding: at most 75 octets a line, continuation lines start with a space."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


# ---------------------------------------------------------------- MIME assembly


def _enc_addr(pair: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")
    return formataddr((name, addr))


def _enc_text(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        try:
            return Header(value, charset, maxlinelen=76).encode()
        except UnicodeEncodeError:
            return Header(value, "utf-8", maxlinelen=76).encode()
    return value


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
        payload = payload.replace(b"=0D\n", b"\n").replace(b"=0D=\n", b"=\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        payload = raw
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head.encode("ascii") + b"\n" + payload


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode("ascii")
    out += b"This is a multi-part message in MIME format.\n"
    for part in parts:
        out += f"\n--{boundary}\n".encode("ascii") + part.rstrip(b"\n") + b"\n"
    return out + f"\n--{boundary}--\n".encode("ascii")


def _body(mail: Mail, n: int) -> bytes:
    fmt = mail.fmt
    text = mail.body.strip("\n") + "\n"
    charset = {"latin1": "iso-8859-1", "cp1252": "windows-1252"}.get(fmt, "utf-8")
    cte = {"qp": "quoted-printable", "latin1": "quoted-printable", "b64": "base64",
           "alt-b64": "base64", "cp1252": "8bit"}.get(fmt, "8bit")
    if fmt == "plain":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    html_text = mail.html or html_from_text(
        mail.body, brand=mail.company or "", track=f"https://t.example.net/o/{n:04d}.gif"
    )
    if fmt == "html":
        main = _leaf("text/html", html_text, "utf-8", "quoted-printable")
    elif fmt in ("alt", "alt-b64"):
        main = _multipart(
            "alternative",
            [_leaf("text/plain", text, "utf-8", "quoted-printable" if fmt == "alt" else cte),
             _leaf("text/html", html_text, "utf-8", "quoted-printable" if fmt == "alt" else cte)],
            f"=_alt_{n:04d}_b",
        )
    else:
        main = _leaf("text/plain", text, charset, cte, '; format=flowed' if fmt == "qp" else "")
    extras: list[bytes] = []
    if mail.ics:
        method = "CANCEL" if "METHOD:CANCEL" in mail.ics else "REQUEST"
        cal_cte = "7bit" if mail.ics.isascii() else "8bit"
        extras.append(_leaf("text/calendar", mail.ics, "utf-8", cal_cte, f"; method={method}"))
    if mail.attachment:
        name, ctype = mail.attachment
        stub = base64.encodebytes(f"%stub {name}\n".encode("ascii") * 4)
        extras.append(
            f'Content-Type: {ctype}; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n\n'.encode("ascii") + stub
        )
    if not extras:
        return main
    return _multipart("mixed", [main, *extras], f"=_mix_{n:04d}_a")


def message_id(mail: Mail, n: int) -> str:
    """Stable Message-ID on the sender's domain (ATS senders keep their own domain)."""
    if mail.msgid:
        return mail.msgid
    domain = mail.sender[1].split("@", 1)[1]
    return f"<e18.{n:04d}.{zlib.crc32(mail.subject.encode()) % 99991:05d}@{domain}>"


def render(mail: Mail, n: int) -> bytes:
    """The whole message as bytes, headers first in the order mail servers write them."""
    when = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    domain = mail.sender[1].split("@", 1)[1]
    lines = [
        f"Return-Path: <{mail.sender[1]}>",
        f"Received: from mx.{domain} (mx.{domain} [192.0.2.{10 + n % 200}]) by mx.example.com "
        f"with ESMTPS; {format_datetime(when)}",
        f"Date: {format_datetime(when)}",
        f"From: {_enc_addr(mail.sender)}",
        f"To: {_enc_addr(mail.to)}",
    ]
    if mail.cc:
        lines.append(f"Cc: {mail.cc}")
    if mail.reply_to:
        lines.append(f"Reply-To: {_enc_addr(mail.reply_to)}")
    charset = "iso-8859-1" if mail.fmt in ("latin1", "cp1252") else "utf-8"
    lines.append(f"Subject: {_enc_text(mail.subject, charset)}")
    lines.append(f"Message-ID: {MSGIDS[n]}")
    if mail.thread:
        lines.append(f"In-Reply-To: {mail.thread}")
        lines.append(f"References: {mail.thread}")
    lines.append("MIME-Version: 1.0")
    lines.extend(f"{k}: {v}" for k, v in mail.headers)
    head = "\n".join(lines).encode("ascii") + b"\n"
    return (head + _body(mail, n)).replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- the messages

# ================================================================ rejections

add("rejection", "successfactors_absage_formal", "de", "Kessler Fahrzeugtechnik", "",
    ("Kessler Fahrzeugtechnik Recruiting", "no-reply@successfactors.eu"),
    "Ihre Bewerbung als Versuchsingenieur Fahrwerk (m/w/d) - Req. 40871", "2026-02-03 16:41 +0100",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihr Interesse an der Kessler Fahrzeugtechnik GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die o.g. Position nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Vergleichs mit dem Anforderungsprofil der Stelle.

Gerne speichern wir Ihre Daten mit Ihrem Einverständnis für weitere 12 Monate in unserem Talentpool. Ihre Einwilligung können Sie jederzeit im Kandidatenportal widerrufen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Kessler Fahrzeugtechnik GmbH

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.

Kessler Fahrzeugtechnik GmbH | Sitz: Stuttgart | Registergericht Stuttgart HRB 731884
Geschäftsführung: Dr. Ulrike Brandl, Matthias Ortlieb""", fmt="alt")

add("rejection", "hiring_manager_mobile_terse", "en", "Voralpen Mobility", "t.huber@voralpen-mobility.test",
    ("Tobias Huber", "t.huber@voralpen-mobility.test"),
    "Re: Test engineer role", "2026-02-06 21:17 +0100",
    """Hi Jonas, sorry for the slow reply. We went with someone who has more HIL experience, so it's a no from us this time. Thanks for your time and good luck!

Tobi

Sent from my iPhone""" + gmail_quote("Tue, 27 Jan 2026 at 10:02", "Jonas Keller", "jonas.keller@example.com",
    """Hi Tobias,

sorry again for the mix-up with the date on Monday, that was entirely my fault. Just wanted to check whether there's still a chance for the test engineer position?

Best,
Jonas"""), thread="<CAJk-4411-jk@mail.example.com>")

add("rejection", "workday_soft_aligns", "en", "Halden Aerospace", "",
    ("Halden Aerospace", "haldenaero@myworkday.com"),
    "Update on your application for Flight Test Instrumentation Engineer", "2026-01-22 13:05 +0000",
    """Dear Jonas,

Thank you for applying for the Flight Test Instrumentation Engineer position (R-0028813) at Halden Aerospace.

We received a very strong response to this opening. After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the current needs of the team.

We encourage you to keep an eye on our careers site and apply for future roles that match your skills and interests.

Kind regards,
Talent Acquisition
Halden Aerospace

This message was sent from an unmonitored mailbox.""", fmt="html")

add("rejection", "agency_relayed_austrian", "de", "Murtal Prüftechnik", "sabine.pichler@alpenpersonal.test",
    ("Sabine Pichler | Alpen Personal", "sabine.pichler@alpenpersonal.test"),
    "Rückmeldung Murtal", "2026-02-11 11:26 +0100",
    """Lieber Herr Keller,

ich hab heute endlich Rückmeldung von der Murtal Prüftechnik bekommen - leider keine gute. Der Kunde hat sich für einen Kandidaten entschieden, der schon Erfahrung mit Prüfständen für E-Achsen hat und aus der Region kommt. Das Feedback zu Ihrem Gespräch war aber durchwegs positiv, vor allem Ihre Messtechnik-Kenntnisse.

Ich hab mehrere Projekte in der Steiermark und in Wien offen und melde mich gerne wieder, wenn was Passendes dabei ist. Falls Sie einverstanden sind, behalte ich Ihr Profil bei uns.

Liebe Grüße aus Graz
Sabine Pichler
Senior Consultant Engineering

Alpen Personal GmbH | Annenstraße 22 | 8020 Graz
T +43 316 555 0192 | M +43 664 555 2281""", fmt="latin1")

add("rejection", "position_filled_internal", "en", "Thorncliffe Rail", "recruitment@thorncliffe-rail.test",
    ("Thorncliffe Rail Recruitment", "recruitment@thorncliffe-rail.test"),
    "Vehicle Test Engineer - Derby", "2026-01-29 09:48 +0000",
    """Dear Jonas,

Thank you for your application for the role of Vehicle Test Engineer.

We regret to inform you that the position has now been filled by an internal candidate and we shan't be progressing external applications any further. We appreciate this may be disappointing and thank you for the interest you have shown in Thorncliffe Rail.

Your details will be held on file in line with our privacy notice and deleted after six months.

Yours sincerely,

Emma Whitlock
Resourcing Advisor
Thorncliffe Rail Ltd
Registered in England and Wales No. 08812345. Registered office: Litchurch Lane, Derby.

The information in this email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it.""")

add("rejection", "role_on_hold_personio", "de", "Isar Cell Systems", "marie@isarcell.test",
    ("Marie von Isar Cell", "marie@isarcell.test"),
    "Deine Bewerbung bei Isar Cell", "2026-03-02 17:30 +0100",
    """Hey Jonas,

danke dir nochmal für das nette Gespräch letzte Woche!

Leider muss ich dir sagen, dass wir die Stelle als Test Engineer Cell Validation vorerst auf Eis legen. Unsere Finanzierungsrunde hat sich verschoben und wir dürfen gerade niemanden neu einstellen. Wir werden den Prozess deshalb nicht weiterführen - das hat wirklich nichts mit dir zu tun.

Sobald sich das ändert, melde ich mich gern nochmal bei dir, wenn du magst.

Alles Liebe
Marie
People & Culture | Isar Cell Systems
isarcell.test""", headers=[("X-Mailer", "Personio")], fmt="qp")

add("rejection", "after_takehome_spanish", "es", "Ibaialde Automoción", "ainhoa.etxeberria@ibaialde.test",
    ("Ainhoa Etxeberria", "ainhoa.etxeberria@ibaialde.test"),
    "RE: Prueba técnica - Ingeniero/a de ensayos", "2026-03-09 12:14 +0100",
    """Hola Jonas:

Muchas gracias por el tiempo que has dedicado a la prueba técnica, sabemos que es un esfuerzo considerable.

El equipo la ha revisado con detalle y, aunque valoramos mucho el planteamiento del plan de ensayos, finalmente hemos decidido seguir adelante con otros perfiles que encajan mejor con lo que buscamos ahora mismo, sobre todo en la parte de durabilidad de componentes de chasis.

Te deseo mucha suerte en la búsqueda y no dudes en presentarte a futuras vacantes.

Un saludo,

Ainhoa Etxeberria
Talent Acquisition
Ibaialde Automoción S.L. | Polígono Ugaldeguren III, Zamudio (Bizkaia)
Tel. +34 944 555 310""" + intro_quote("El lun, 2 mar 2026 a las 18:40, Jonas Keller (<jonas.keller@example.com>) escribió:",
    """Hola Ainhoa,

adjunto la prueba técnica resuelta. Cualquier duda me decís.

Saludos,
Jonas"""), thread="<CAJk-5520-jk@mail.example.com>", fmt="b64")

add("rejection", "french_ats_politesse", "fr", "Aérostructures Garonne", "",
    ("Aérostructures Garonne - Recrutement", "ne-pas-repondre@aerostructures-garonne.test"),
    "Votre candidature - Ingénieur Essais Structures H/F", "2026-02-17 10:00 +0100",
    """Bonjour Monsieur Keller,

Nous vous remercions de l'intérêt que vous portez à Aérostructures Garonne et de votre candidature au poste d'Ingénieur Essais Structures H/F.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature. En effet, d'autres profils correspondent davantage aux exigences du poste.

Nous conservons néanmoins vos coordonnées dans notre base de données afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le Service Recrutement
Aérostructures Garonne SAS - 31700 Blagnac""", fmt="latin1")

add("rejection", "very_short_en", "en", "Norrvik Engineering", "hanna.lind@norrvik.test",
    ("Hanna Lind", "hanna.lind@norrvik.test"),
    "Update", "2026-01-16 08:52 +0100",
    """Hi Jonas,

Thanks for your time, but we won't be moving forward with your application.

Best of luck,
Hanna

--
Hanna Lind | Talent Partner | Norrvik Engineering AB""")

add("rejection", "swiss_after_interviews", "de", "Tössbahn Engineering", "marco.keller@toessbahn.test",
    ("Marco Keller", "marco.keller@toessbahn.test"),
    "Ihre Bewerbung als Inbetriebsetzungsingenieur Schienenfahrzeuge", "2026-03-13 15:22 +0100",
    """Grüezi Herr Keller

Zuerst nochmals herzlichen Dank für die beiden Gespräche in Winterthur und die Zeit, die Sie sich für uns genommen haben. (Ja, gleicher Nachname, aber nicht verwandt, soweit ich weiss.)

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin entschieden, welche bereits Erfahrung mit Zulassungsprozessen beim BAV mitbringt. Wir müssen Ihnen daher leider eine Absage erteilen.

Gerne gebe ich Ihnen telefonisch noch ein ausführlicheres Feedback, falls Sie das wünschen.

Freundliche Grüsse

Marco Keller
Leiter Inbetriebsetzung
Tössbahn Engineering AG
Zürcherstrasse 41, 8400 Winterthur
Tel. +41 52 555 44 10""", fmt="qp")

add("rejection", "indian_regret_revert", "en", "Sahyadri Engineering Solutions", "pooja.kulkarni@sahyadri-eng.test",
    ("Pooja Kulkarni", "pooja.kulkarni@sahyadri-eng.test"),
    "Regarding your candidature - CAE / Test Validation Lead", "2026-02-20 07:31 +0100",
    """Dear Jonas,

Greetings from Sahyadri Engineering Solutions!!

This is with reference to your candidature for the position of Test Validation Lead (Europe delivery centre). We regret to inform you that your profile has not been shortlisted for the further rounds, as the client has preferred candidates with prior onsite experience in Pune.

We will keep your CV in our database and do revert in case any suitable opening comes up in future.

Thanks & Regards,
Pooja Kulkarni
HR - Talent Acquisition
Sahyadri Engineering Solutions Pvt. Ltd.
Hinjewadi Phase 2, Pune 411057 | +91 20 5555 8801""")

add("rejection", "greenhouse_after_panel", "en", "Lumatrix Robotics", "",
    ("Lumatrix Robotics", "no-reply@us.greenhouse-mail.io"),
    "Your application to Lumatrix Robotics", "2026-04-01 18:02 +0200",
    """Hi Jonas,

Thank you so much for taking the time to meet with our team for the Senior Validation Engineer, Actuators role. We really enjoyed learning about your work on endurance test benches.

Unfortunately, after a lot of discussion, the team has decided not to move forward with your candidacy at this time. This was a difficult decision - we had a number of strong finalists.

We'd be happy to stay in touch, and we hope you'll consider Lumatrix Robotics again in the future.

All the best,
The Lumatrix Robotics Recruiting Team""", fmt="alt")

add("rejection", "dvinci_automotive_supplier", "de", "Brenner Antriebssysteme", "",
    ("Brenner Antriebssysteme GmbH", "bewerbermanagement@dvinci-hr.com"),
    "Absage - Ihre Bewerbung vom 12.01.2026 (Kennziffer BA-2026-014)", "2026-02-09 10:15 +0100",
    """Sehr geehrter Herr Keller,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Leider müssen wir Ihnen heute mitteilen, dass wir uns für eine andere Bewerberin/einen anderen Bewerber entschieden haben. Bitte verstehen Sie, dass wir aufgrund der Vielzahl der Bewerbungen keine individuelle Begründung geben können.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihren weiteren Lebensweg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Personalabteilung
Brenner Antriebssysteme GmbH, Ingolstadt

----
Diese Nachricht wurde über d.vinci versendet. Antworten an diese Adresse werden nicht gelesen.""",
    html="""<html><body style="font-family:Verdana;font-size:12px"><table width="600" align="center" cellpadding="12"><tr><td bgcolor="#00335f"><font color="#ffffff" size="3"><b>Brenner Antriebssysteme</b></font></td></tr><tr><td>
<p>Sehr geehrter Herr Keller,</p><p>wir bedanken uns f&uuml;r Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Leider m&uuml;ssen wir Ihnen heute mitteilen, dass wir uns f&uuml;r eine andere Bewerberin/einen anderen Bewerber entschieden haben. Bitte verstehen Sie, dass wir aufgrund der Vielzahl der Bewerbungen keine individuelle Begr&uuml;ndung geben k&ouml;nnen.</p>
<p>Ihre Unterlagen werden gem&auml;&szlig; den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gel&ouml;scht.</p><p>F&uuml;r Ihren weiteren Lebensweg w&uuml;nschen wir Ihnen viel Erfolg.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Personalabteilung<br>Brenner Antriebssysteme GmbH, Ingolstadt</p></td></tr>
<tr><td style="font-size:9px;color:#888">Diese Nachricht wurde &uuml;ber d.vinci versendet. Antworten an diese Adresse werden nicht gelesen. <a href="https://brenner.dvinci-hr.com/de/jobs/track?c=8812">Stellenportal</a></td></tr></table></body></html>""",
    fmt="html")

add("rejection", "dutch_direct_english", "en", "VanderLinden Test & Validation", "joost.bakker@vanderlinden-tv.test",
    ("Joost Bakker", "joost.bakker@vanderlinden-tv.test"),
    "Your application NVH engineer", "2026-01-27 14:40 +0100",
    """Hello Jonas,

Thank you for applying at VanderLinden. I will be honest with you: your profile is good but for this position we really need someone who speaks Dutch, because the test engineers work directly with our customers in Helmond. So we will not continue with your application.

If we open the position in our Munich office later this year I will contact you, that is a promise.

Met vriendelijke groet / Kind regards,

Joost Bakker
Recruiter
VanderLinden Test & Validation B.V. | Automotive Campus 30, Helmond
+31 492 555 110""")

add("rejection", "italian_english_after_interview", "en", "Officine Brambilla Powertrain", "giulia.rossi@brambilla-pt.test",
    ("Giulia Rossi", "giulia.rossi@brambilla-pt.test"),
    "Feedback after our meeting", "2026-03-05 19:03 +0100",
    """Dear Jonas,

first of all thank you very much for the availability and for the interesting conversation of last Monday with me and Eng. Colombo.

I am sorry to communicate you that we have decided to proceed with another candidate, whose experience on hybrid transmission test rigs is more close to our necessity in this moment. It was not an easy choice.

We remain in contact for the future, we have often new projects with German customers.

Best regards,
Giulia Rossi
HR Business Partner
Officine Brambilla Powertrain S.p.A. - Via Stura 18, 10156 Torino""")

add("rejection", "stepstone_direct_after_probearbeitstag", "de", "Hegau Messtechnik", "k.wiedmann@hegau-messtechnik.test",
    ("Wiedmann, Karin", "k.wiedmann@hegau-messtechnik.test"),
    "AW: Probearbeitstag 19.02.", "2026-02-24 08:05 +0100",
    """Hallo Herr Keller,

vielen Dank nochmal, dass Sie sich einen ganzen Tag für uns Zeit genommen haben. Die Kollegen aus dem Prüffeld waren von Ihrer Arbeitsweise angetan.

Trotzdem haben wir uns nach Abstimmung mit dem Betriebsrat und der Abteilungsleitung für einen anderen Bewerber entschieden, der die Stelle früher antreten kann. Ich bedauere, Ihnen keine positivere Nachricht geben zu können.

Ihre Fahrtkosten für den Probearbeitstag erstatten wir selbstverständlich, bitte schicken Sie mir die Belege einfach per Mail.

Viele Grüße
Karin Wiedmann
Personalreferentin

Hegau Messtechnik GmbH & Co. KG
Rielasinger Str. 140 · 78224 Singen
Telefon +49 7731 555-214""" + outlook_quote("Keller, Jonas <jonas.keller@example.com>", "Freitag, 20. Februar 2026 09:12",
    "Wiedmann, Karin <k.wiedmann@hegau-messtechnik.test>", "Probearbeitstag 19.02.",
    """Sehr geehrte Frau Wiedmann,

vielen Dank für den spannenden Tag gestern im Prüffeld. Ich habe mich bei Ihnen sehr wohl gefühlt und würde mich freuen, Teil des Teams zu werden.

Viele Grüße
Jonas Keller""", "de"), fmt="cp1252")

add("rejection", "french_casual_startup", "fr", "Volta Rail", "camille@voltarail.test",
    ("Camille Fabre", "camille@voltarail.test"),
    "Suite à nos échanges", "2026-04-08 11:47 +0200",
    """Salut Jonas,

Merci encore pour ton temps et pour l'entretien avec Julien mardi dernier.

Je reviens vers toi avec une réponse qui n'est malheureusement pas celle que tu espérais : on a décidé de ne pas poursuivre avec ta candidature pour le poste d'ingénieur essais. On cherche finalement quelqu'un de plus orienté logiciel embarqué.

Vraiment désolée, et bonne continuation dans tes recherches !

Camille
Talent @ Volta Rail""")

add("rejection", "lever_role_cancelled", "en", "Corvane", "",
    ("Corvane", "no-reply@hire.lever.co"),
    "Your Corvane application", "2026-03-18 22:10 +0000",
    """Hi Jonas,

We wanted to let you know that we've closed the Test Engineer, Drivetrain (Munich) requisition. Following a change in our product roadmap, the role will not be filled this year, so we won't be proceeding with any candidates, including you.

We know this isn't the news you were hoping for, and we're sorry for the disappointment. Thanks for the time you put into the process.

Corvane Talent Team""")

add("rejection", "spanish_formal_barcelona", "es", "Mecànica Llobregat", "seleccion@mecanica-llobregat.test",
    ("Mecànica Llobregat | Selección", "seleccion@mecanica-llobregat.test"),
    "Proceso de selección Ingeniero de Validación - Ref. 2026/07", "2026-02-26 13:30 +0100",
    """Estimado Sr. Keller:

Le agradecemos sinceramente el interés mostrado en formar parte de Mecànica Llobregat y la confianza depositada en nuestra empresa.

Lamentamos comunicarle que, tras analizar detenidamente todas las candidaturas recibidas, su perfil no ha sido seleccionado para continuar en el proceso. La decisión ha sido especialmente difícil debido al elevado nivel de los candidatos.

Conservaremos su currículum en nuestra base de datos para futuros procesos, salvo que nos indique lo contrario.

Atentamente,

Departamento de Recursos Humanos
Mecànica Llobregat, S.A. - Polígon Industrial Can Sant Joan, Sant Cugat del Vallès

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.""", fmt="latin1")

add("rejection", "headhunter_client_declined", "en", "Orbis Avionics", "m.fenwick@hartmannfrey.test",
    ("Miles Fenwick", "m.fenwick@hartmannfrey.test"),
    "Orbis - feedback", "2026-04-14 16:55 +0200",
    """Jonas,

Quick one - heard back from Orbis Avionics this afternoon. Unfortunately they've decided not to take you forward to the final stage. Their feedback was that you're very strong on the mechanical side but they want someone who's led DO-160 qualification campaigns end to end.

Gutted, I thought this was a good fit. Let's speak Thursday about the two other mandates I mentioned!

Cheers,
Miles

Miles Fenwick | Partner, Engineering Practice
Hartmann & Frey Executive Search | Maximilianstr. 13, 80539 München | +49 89 5555 2090""")

add("rejection", "softgarden_html_rail", "de", "Donau Rail Systems", "",
    ("Donau Rail Systems via softgarden", "noreply@softgarden.io"),
    "Ihre Bewerbung: Testingenieur Drehgestelle (w/m/d)", "2026-03-20 09:00 +0100",
    """Sehr geehrter Herr Keller,

herzlichen Dank für Ihre Bewerbung als Testingenieur Drehgestelle (w/m/d) und Ihr Interesse an Donau Rail Systems.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach eingehender Prüfung sind wir jedoch zu dem Ergebnis gekommen, dass andere Bewerbungen dem Profil der Stelle noch besser entsprechen. Wir können Sie daher im weiteren Auswahlverfahren leider nicht berücksichtigen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüße
Ihr HR-Team
Donau Rail Systems GmbH
Wagramer Straße 8, 1220 Wien""", fmt="html")

add("rejection", "after_final_round_call_followup", "de", "IngenieurWerk Süd", "florian.gass@ingenieurwerk-sued.test",
    ("Florian Gaß", "florian.gass@ingenieurwerk-sued.test"),
    "Unser Telefonat von heute", "2026-04-16 17:48 +0200",
    """Hallo Herr Keller,

wie eben telefonisch besprochen, hier nochmal schriftlich: wir werden Ihnen für die Stelle als Projektingenieur Validierung leider kein Angebot machen. Ausschlaggebend war am Ende die fehlende Erfahrung mit ASPICE-Prozessen, die der Kunde zwingend fordert.

Danke für die offenen Gespräche. Vielleicht ergibt sich ja später etwas.

Gruß
Florian Gaß
Teamleiter Validierung

IngenieurWerk Süd GmbH | Leopoldstraße 244 | 80807 München
Tel. +49 89 5555 7712

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.""")

add("rejection", "australian_after_video", "en", "Southern Cross Aerospace Testing", "bec.o'connor@sxat.test",
    ("Bec O'Connor", "bec.o'connor@sxat.test"),
    "Re: Structures Test Engineer - Toulouse site", "2026-04-22 02:14 +0200",
    """Hi Jonas,

Thanks heaps for jumping on the video call with Darren and me last week, especially given the time difference!

Unfortunately we've decided not to progress your application any further - we've gone with someone already based in Toulouse who can start straight away. Really appreciate the effort you put in and it was great to chat.

All the best with the search,
Bec

Rebecca O'Connor | People & Culture Lead
Southern Cross Aerospace Testing Pty Ltd | Brisbane · Toulouse""", thread="<CAJk-sxat-0402-jk@mail.example.com>")

add("rejection", "smartrecruiters_spanish", "es", "Grupo Aresti Componentes", "",
    ("Grupo Aresti Componentes", "noreply@smartrecruiters.com"),
    "Actualización sobre tu candidatura", "2026-03-27 10:31 +0100",
    """Hola Jonas,

Gracias por tu interés en la posición de Ingeniero/a de Pruebas de Vehículo en Grupo Aresti Componentes.

Hemos revisado tu candidatura con atención y, en esta ocasión, hemos decidido avanzar con otras personas cuyo perfil se ajusta más a los requisitos del puesto.

Te animamos a seguir atento a nuestras ofertas en nuestra web de empleo.

Un cordial saludo,
Equipo de Talento - Grupo Aresti Componentes""", fmt="alt")

add("rejection", "hospital_medtech_rejection", "de", "Klinikum Ostalb", "bewerbung@klinikum-ostalb.test",
    ("Klinikum Ostalb - Personalabteilung", "bewerbung@klinikum-ostalb.test"),
    "Ihre Bewerbung als Ingenieur Medizintechnik", "2026-01-30 11:02 +0100",
    """Sehr geehrter Herr Keller,

wir bedanken uns für Ihre Bewerbung als Ingenieur (m/w/d) Medizintechnik.

Nach Durchsicht aller Unterlagen haben wir uns für Bewerberinnen und Bewerber entschieden, die über Erfahrung im Krankenhausumfeld und nach MPBetreibV verfügen. Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können.

Ihre Bewerbungsunterlagen haben Sie ausschließlich elektronisch eingereicht; eine Rücksendung ist daher nicht erforderlich.

Mit freundlichen Grüßen
i. A. Petra Schuler
Personalabteilung
Klinikum Ostalb gGmbH
Im Kälblesrain 1, 73430 Aalen""", fmt="qp")

add("rejection", "taleo_odd_formatting", "en", "Maxwell-Strand Industries", "",
    ("Maxwell-Strand Careers", "careers@taleo.net"),
    "Maxwell-Strand Industries - Application Status - Requisition 26000417", "2026-02-13 04:22 +0000",
    """Dear Jonas Keller ,

Thank you for your interest in the  Test Engineer II - Thermal Systems  position ( Requisition ID : 26000417 ) at Maxwell-Strand Industries.

Please be advised that after careful review of your qualifications , we have decided to move forward with other applicants for this position .

We appreciate your interest in Maxwell-Strand and we encourage you to visit our career site regularly .

Sincerely,

Maxwell-Strand Industries
Talent Acquisition

*** This is an automated message. Please do not reply. ***""")

add("rejection", "public_sector_bescheid", "de", "Landesamt für Straßenwesen Baden-Württemberg", "poststelle@lfs-bw.test",
    ("Landesamt für Straßenwesen BW", "poststelle@lfs-bw.test"),
    "Ausschreibung Nr. 2026-11 – Sachgebiet Fahrzeugprüfung", "2026-04-02 14:10 +0200",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung auf die Ausschreibung Nr. 2026-11 (Technische/r Angestellte/r im Sachgebiet Fahrzeugprüfung, EG 11 TV-L).

Das Auswahlverfahren ist abgeschlossen. Wir müssen Ihnen leider mitteilen, dass die Wahl nicht auf Sie gefallen ist. Die Personalvertretung und die Beauftragte für Chancengleichheit wurden beteiligt.

Ihre Unterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Hofmeister
Referat 12 – Personal

Landesamt für Straßenwesen Baden-Württemberg""")

add("rejection", "french_after_interview_formal_outlook", "fr", "Sud-Ouest Ingénierie", "claire.marty@sudouest-ing.test",
    ("MARTY Claire", "claire.marty@sudouest-ing.test"),
    "RE: Entretien du 12 mars - Ingénieur Validation Banc", "2026-03-19 16:20 +0100",
    """Bonjour Monsieur Keller,

Je vous remercie pour votre disponibilité lors de notre entretien du 12 mars.

Malgré l'intérêt de votre parcours, nous avons retenu une autre candidature pour ce poste, plus proche de nos besoins en essais moteurs aéronautiques. Je regrette de ne pouvoir vous apporter une réponse positive.

Je vous souhaite pleine réussite dans vos projets.

Bien cordialement,

Claire MARTY
Chargée de recrutement
Sud-Ouest Ingénierie - 12 avenue Didier Daurat, 31400 Toulouse
Tél. : 05 55 55 12 40""" + outlook_quote("Jonas Keller <jonas.keller@example.com>", "vendredi 13 mars 2026 08:55",
    "MARTY Claire", "Entretien du 12 mars - Ingénieur Validation Banc",
    """Bonjour Madame Marty,

Merci encore pour l'entretien d'hier, j'ai beaucoup apprécié la visite du banc d'essai.

Bien cordialement,
Jonas Keller""", "fr"), fmt="qp")

add("rejection", "rexx_absage_arbeitnehmerueberlassung", "de", "ProTec Personal", "",
    ("ProTec Personal GmbH", "noreply@rexx-systems.com"),
    "Ihre Bewerbung bei der ProTec Personal GmbH", "2026-01-19 07:45 +0100",
    """Guten Tag Herr Keller,

vielen Dank für Ihre Bewerbung als Versuchstechniker (m/w/d) im Rahmen der Arbeitnehmerüberlassung bei unserem Kunden in Ingolstadt.

Leider hat sich unser Kunde für einen anderen Kandidaten entschieden. Wir bedauern, Ihnen keine positive Nachricht übermitteln zu können.

Viel Erfolg bei Ihrer weiteren Stellensuche!

Ihr ProTec Personal Team

Diese E-Mail wurde automatisch erstellt.""")

add("rejection", "spanish_casual_recruiter_whatsapp_style", "es", "Ferrovial Norte Ingeniería", "iker@ferronorte-ing.test",
    ("Iker Zubizarreta", "iker@ferronorte-ing.test"),
    "lo de la vacante", "2026-05-04 20:41 +0200",
    """Buenas Jonas!

Te escribo rápido: al final el cliente ha cerrado la vacante de ingeniero de pruebas en Bilbao con un candidato local, así que no seguimos adelante contigo para esta. Una pena porque tu perfil me gustaba mucho.

Te tengo en el radar para lo siguiente que salga, ¿vale?

Un abrazo,
Iker
Ferrovial Norte Ingeniería - Selección técnica
+34 655 555 102

Enviado desde mi móvil""")

# ================================================================ interview invitations

add("interview_invitation", "calendly_phone_screen", "en", "Voralpen Mobility", "t.huber@voralpen-mobility.test",
    ("Tobias Huber", "t.huber@voralpen-mobility.test"),
    "Quick chat?", "2026-01-12 18:22 +0100",
    """Hey Jonas,

saw your application for the test engineer role come in - looks really interesting, especially the e-axle endurance stuff at your current place.

Would you be free for a quick chat this week or next? 30 min, just to get to know each other and tell you a bit more about what we're building. Just grab a slot here: https://calendly.com/tobias-huber-voralpen/30min

Cheers
Tobi

Tobias Huber
Head of Vehicle Testing | Voralpen Mobility
Munich""", msgid="<vm-2026-0112-tobi@voralpen-mobility.test>")

add("interview_invitation", "successfactors_einladung_ics", "de", "Kessler Fahrzeugtechnik", "anja.reinhold@kessler-fahrzeugtechnik.test",
    ("Kessler Fahrzeugtechnik Recruiting", "no-reply@successfactors.eu"),
    "Einladung zum Vorstellungsgespräch – Versuchsingenieur Bremssysteme (m/w/d)", "2026-01-20 10:03 +0100",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 28. Januar 2026, um 10:00 Uhr an unserem Standort in Stuttgart-Feuerbach (Gebäude 7, Empfang) ein. Am Gespräch nehmen Herr Dr. Weidle (Abteilungsleiter Bremsenversuch) und Frau Reinhold (HR) teil. Bitte planen Sie etwa 90 Minuten ein.

Bitte bestätigen Sie den Termin über die angehängte Kalendereinladung oder antworten Sie direkt an Frau Reinhold.

Mit freundlichen Grüßen
Anja Reinhold
HR Business Partner
Kessler Fahrzeugtechnik GmbH""", reply_to=("Anja Reinhold", "anja.reinhold@kessler-fahrzeugtechnik.test"),
    ics=ics("kessler-int-40912@kessler-fahrzeugtechnik.test", "20260128T100000", 90,
            "Vorstellungsgespräch Jonas Keller - Versuchsingenieur Bremssysteme",
            ("Anja Reinhold", "anja.reinhold@kessler-fahrzeugtechnik.test"),
            location="Stuttgart-Feuerbach, Gebäude 7"), fmt="qp")

add("interview_invitation", "goodtime_onsite_panel", "en", "Lumatrix Robotics", "nadia.price@lumatrix.test",
    ("Nadia Price (Lumatrix Robotics)", "nadia.price@lumatrix.test"),
    "Next steps: onsite interview with Lumatrix Robotics", "2026-03-10 16:40 +0100",
    """Hi Jonas,

Great news - the team really enjoyed your technical screen with Priya and we'd love to move you to the next stage!

The final round is an onsite loop at our Munich lab (4 x 45 min): a bench walkthrough, a test-design case, a session with the hardware lead and a values interview. Please pick the times that work for you using the link below - it's all synced with the interviewers' calendars:

https://app.goodtime.io/schedule/lmx-8f2a71c0

Let me know if you need travel reimbursed or any accommodations.

Best,
Nadia
Technical Recruiter, Lumatrix Robotics""", fmt="alt")

add("interview_invitation", "agency_exclamation_marks", "en", "Brenner Antriebssysteme", "chloe.ward@peakstaff.test",
    ("Chloe Ward", "chloe.ward@peakstaff.test"),
    "GREAT NEWS!!", "2026-01-14 12:09 +0100",
    """Hi Jonas!!

Hope you're well! So I've got amazing news - Brenner have come back to me and they want to meet you!! :)

They're proposing a first interview via Teams on Friday 16th at 14:00 with the hiring manager Stefan and someone from HR. Can you do that?? If not just give me a couple of alternatives and I'll sort it!

Really excited for you, this one is a fantastic opportunity!!

Speak soon,
Chloe

Chloe Ward | Senior Recruitment Consultant - Automotive DACH
Peak Staffing Solutions | +44 20 5555 0811 | +49 151 5555 4410
Peak Staffing Solutions is an employment agency. Part of the Peak Group.""")

add("interview_invitation", "french_entretien_tel", "fr", "Aérostructures Garonne", "julie.lacombe@aerostructures-garonne.test",
    ("Julie Lacombe", "julie.lacombe@aerostructures-garonne.test"),
    "Votre candidature - échange téléphonique", "2026-01-23 09:37 +0100",
    """Bonjour Monsieur Keller,

J'ai bien reçu votre candidature pour le poste d'Ingénieur Essais Systèmes Carburant et votre profil a retenu toute mon attention.

Seriez-vous disponible pour un premier échange téléphonique d'environ 30 minutes la semaine prochaine ? Je vous propose mardi 27 janvier à 11h ou jeudi 29 janvier à 15h. N'hésitez pas à m'indiquer un autre créneau si aucun ne vous convient.

Bien cordialement,

Julie Lacombe
Chargée de recrutement - Essais & Certification
Aérostructures Garonne SAS
Tél. : +33 5 55 55 48 20""", fmt="latin1")

add("interview_invitation", "personio_du_zweites_gespraech", "de", "Flinkwerk", "lena@flinkwerk.test",
    ("Lena von Flinkwerk", "lena@flinkwerk.test"),
    "Nächster Schritt 🚀", "2026-02-12 14:11 +0100",
    """Hi Jonas,

Max und ich fanden unser Gespräch am Montag echt super! Wir würden dich gerne zum nächsten Schritt einladen: ein Fachgespräch mit Sven (CTO) und einem aus dem Battery-Team, ca. 60 Minuten, gern bei uns im Office in Garching. Danach zeigen wir dir noch kurz unsere Prüfstände.

Such dir einfach einen Slot aus, der dir passt: https://flinkwerk.jobs.personio.de/interview/booking/7a1e55

Freu mich!
Lena""", headers=[("X-Mailer", "Personio")], fmt="qp")

add("interview_invitation", "spanish_entrevista_presencial", "es", "Ibaialde Automoción", "ainhoa.etxeberria@ibaialde.test",
    ("Ainhoa Etxeberria", "ainhoa.etxeberria@ibaialde.test"),
    "Entrevista - Ingeniero/a de ensayos de durabilidad", "2026-02-18 10:20 +0100",
    """Hola Jonas:

Gracias por tu candidatura. Nos ha gustado mucho tu experiencia en bancos de durabilidad y nos gustaría conocerte.

Te propongo una entrevista por videoconferencia (Teams) con el responsable del laboratorio, Mikel Arana, y conmigo el jueves 26 de febrero a las 9:30. Dura unos 45 minutos. Si te viene mal, dime qué días tienes libres y lo cuadramos.

Un saludo,

Ainhoa Etxeberria
Talent Acquisition
Ibaialde Automoción S.L.""", msgid="<ibaialde-0218-ae@ibaialde.test>")

add("interview_invitation", "teams_ics_only_invite", "en", "VanderLinden Test & Validation", "joost.bakker@vanderlinden-tv.test",
    ("Joost Bakker", "joost.bakker@vanderlinden-tv.test"),
    "Invitation: Interview Jonas Keller / VanderLinden Munich @ Tue 7 Apr 2026 10:00 - 11:00 (CEST)", "2026-03-30 15:02 +0200",
    """Joost Bakker has invited you to a Microsoft Teams meeting.

Interview Jonas Keller / VanderLinden Munich
Tuesday 7 April 2026, 10:00-11:00 (CEST)

Hi Jonas, as promised - the Munich position is open now. This is a first talk with me and Femke (team lead Munich). See you then!

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.net/l/meetup-join/19%3ameeting_vdl7731>
Meeting ID: 355 555 771 22  Passcode: kR4m7t
________________________________________________________________________________""",
    ics=ics("040000008200E00074C5B7101A82E0080000000090aa7731@vanderlinden-tv.test", "20260407T100000", 60,
            "Interview Jonas Keller / VanderLinden Munich", ("Joost Bakker", "joost.bakker@vanderlinden-tv.test"),
            location="Microsoft Teams Meeting"), fmt="alt")

add("interview_invitation", "workday_self_schedule", "en", "Halden Aerospace", "",
    ("Halden Aerospace", "haldenaero@myworkday.com"),
    "Action Required: Schedule your interview", "2026-04-09 08:00 +0000",
    """Hello Jonas,

Congratulations! You have been selected to interview for the position of Environmental Test Engineer (R-0031140).

Please sign in to your candidate home account and select an interview time from the available slots. Slots are offered on a first-come, first-served basis and expire in 72 hours.

Sign in: https://halden.wd3.myworkday.com/halden_careers/login

Interview format: Video interview (60 minutes) with the Hiring Manager and a member of the Test Laboratory team.

Regards,
Halden Aerospace Talent Acquisition

Please do not reply to this email.""", fmt="html")

add("interview_invitation", "swiss_einladung_formal", "de", "Limmat Aerostructures", "nina.brunner@limmat-aero.test",
    ("Brunner Nina", "nina.brunner@limmat-aero.test"),
    "Einladung zum Erstgespräch", "2026-02-04 08:47 +0100",
    """Sehr geehrter Herr Keller

Besten Dank für Ihre Bewerbung als Test Engineer Structural Qualification. Gerne möchten wir Sie näher kennenlernen.

Wir laden Sie zu einem ersten Gespräch am Dienstag, 10. Februar 2026, 14.00 Uhr, an unserem Hauptsitz in Zürich-Oerlikon ein. Seitens Limmat Aerostructures werden Herr Roth (Head of Test) und ich teilnehmen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Eine Wegbeschreibung finden Sie im Anhang.

Freundliche Grüsse

Nina Brunner
HR Business Partner
Limmat Aerostructures AG
Thurgauerstrasse 117, 8050 Zürich
+41 44 555 80 32""", attachment=("Anfahrt_Oerlikon.pdf", "application/pdf"), fmt="latin1")

add("interview_invitation", "headhunter_client_meeting", "en", "Orbis Avionics", "m.fenwick@hartmannfrey.test",
    ("Miles Fenwick", "m.fenwick@hartmannfrey.test"),
    "Orbis Avionics - they want to meet", "2026-03-24 11:30 +0100",
    """Jonas,

Orbis liked the profile. Their VP Engineering, Dr. Anke Sommer, would like a 45-minute video call with you - she's suggested Monday 30th at 08:30 or Tuesday 31st at 17:00. Which suits?

Confidential, as always - please don't reach out to Orbis directly for now.

Best,
Miles

Miles Fenwick | Partner, Engineering Practice
Hartmann & Frey Executive Search | +49 89 5555 2090""")

add("interview_invitation", "indian_telephonic_round", "en", "Sahyadri Engineering Solutions", "rahul.deshpande@sahyadri-eng.test",
    ("Rahul Deshpande", "rahul.deshpande@sahyadri-eng.test"),
    "Telephonic interview - Validation Engineer (Munich client site)", "2026-01-08 06:55 +0100",
    """Dear Jonas,

Greetings of the day!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for the position of Validation Engineer at our client site in Munich.

Your first round (technical) telephonic interview is scheduled as follows:
Date: 13-Jan-2026
Time: 11:00 AM CET
Panel: Mr. Suresh Iyer (Delivery Manager)

Kindly confirm your availability at the earliest and do revert with your updated CV, current CTC and notice period.

Thanks & Regards,
Rahul Deshpande
Sr. Executive - Talent Acquisition
Sahyadri Engineering Solutions Pvt. Ltd.
Mob: +91 98555 01234""")

add("interview_invitation", "austrian_du_startup", "de", "Grazer E-Mobility Lab", "david@gemlab.test",
    ("David Strohmaier", "david@gemlab.test"),
    "Servus Jonas - Kennenlernen?", "2026-02-02 19:40 +0100",
    """Servus Jonas,

danke für deine Bewerbung! Dein Lebenslauf liest sich richtig gut, besonders die Sache mit den Thermalzyklen an der Batterie.

Magst du dich nächste Woche mal mit mir und der Katrin auf einen Video-Call treffen? Dauert ca. 45 min. Mittwoch oder Donnerstag Nachmittag würd bei uns gut gehen, sag einfach was dir passt.

Baba & schönen Abend
David

--
David Strohmaier
Co-Founder & CTO
Grazer E-Mobility Lab GmbH | Reininghausstraße 13, 8020 Graz""")

add("interview_invitation", "teamtailor_video_interview", "en", "Nordkap Rail", "",
    ("Nordkap Rail", "no-reply@teamtailor.com"),
    "You're invited to an interview at Nordkap Rail", "2026-03-03 09:15 +0100",
    """Hi Jonas,

Thanks for applying for Test Engineer - Rolling Stock at Nordkap Rail!

We'd like to invite you to a first interview. Please choose a time that suits you:

Book your interview -> https://nordkaprail.teamtailor.com/meetings/ab77e1

The interview is held on Google Meet and takes 30 minutes. You'll meet Sofie, our Test Team Lead.

Looking forward to talking!
Nordkap Rail""", fmt="html")

add("interview_invitation", "dutch_technical_round_reply", "en", "VanderLinden Test & Validation", "femke.devries@vanderlinden-tv.test",
    ("Femke de Vries", "femke.devries@vanderlinden-tv.test"),
    "Second round", "2026-04-09 13:12 +0200",
    """Hi Jonas,

Thanks for the good talk on Tuesday. We would like to invite you for the technical round at our Munich office (Landsberger Str. 302) on 16 April, 13:00-15:30. You will do a short case about a vibration test plan for a battery housing and meet two engineers from my team.

Please let me know if this works. Bring your ID for the reception.

Groetjes,
Femke

Femke de Vries | Team Lead Munich
VanderLinden Test & Validation""" + gmail_quote("Tue, 7 Apr 2026 at 11:05", "Jonas Keller", "jonas.keller@example.com",
    """Hi Femke, hi Joost,

thanks a lot for the conversation this morning. As mentioned, I can send you the test report sample as well.

Best regards
Jonas"""))

add("interview_invitation", "italian_english_video_call", "en", "Officine Brambilla Powertrain", "giulia.rossi@brambilla-pt.test",
    ("Giulia Rossi", "giulia.rossi@brambilla-pt.test"),
    "Test Engineer position - interview proposal", "2026-02-23 10:05 +0100",
    """Dear Jonas,

thank you for your application for the position of Test Engineer in our Munich branch. We have read with attention your CV and we would be glad to know you better.

I propose you a video call (Teams) on Thursday 26/02 at 15:00, with me and Eng. Marco Colombo, responsible of the testing department. The conversation will be in English.

Please confirm me if the proposal is ok for you.

Kind regards,
Giulia Rossi
HR Business Partner
Officine Brambilla Powertrain S.p.A.""")

add("interview_invitation", "rail_assessment_center", "de", "Donau Rail Systems", "gerhard.wallner@donaurail.test",
    ("Donau Rail Systems via softgarden", "noreply@softgarden.io"),
    "Einladung: Fachgespräch Testingenieur Bremse (w/m/d)", "2026-01-26 12:00 +0100",
    """Sehr geehrter Herr Keller,

Ihre Bewerbung hat uns gefallen! Wir möchten Sie gerne zu einem Fachgespräch nach Wien einladen.

Termin: Donnerstag, 05.02.2026, 09:30 Uhr
Ort: Donau Rail Systems GmbH, Wagramer Straße 8, 1220 Wien, Empfang Haus B
Gesprächspartner: DI Gerhard Wallner (Leitung Bremsenprüfung), Mag. Eva Haas (HR)

Reisekosten ab Stuttgart erstatten wir nach den Richtlinien unseres Hauses. Sollte der Termin nicht passen, wenden Sie sich bitte direkt an Herrn Wallner.

Freundliche Grüße
Ihr HR-Team Donau Rail Systems""", reply_to=("DI Gerhard Wallner", "gerhard.wallner@donaurail.test"), fmt="alt")

add("interview_invitation", "next_round_mobile_reply", "en", "Voralpen Mobility", "t.huber@voralpen-mobility.test",
    ("Tobias Huber", "t.huber@voralpen-mobility.test"),
    "Re: Quick chat?", "2026-01-19 22:03 +0100",
    """Great talking today! Next step would be a tech interview w/ me + Aylin on site, 2h incl. a look at the chassis dyno. Thu 22nd 10am or Mon 26th 2pm? Address: Rosenheimer Str. 145e

T

Sent from my iPhone""" + gmail_quote("Mon, 19 Jan 2026 at 17:44", "Jonas Keller", "jonas.keller@example.com",
    """Hi Tobi,

thanks for your time today, really enjoyed it. Happy to move forward.

Jonas"""), thread="<vm-2026-0112-tobi@voralpen-mobility.test>")

add("interview_invitation", "french_rdv_cabinet", "fr", "Pyrène Aéro Services", "t.roux@pyrene-aero.test",
    ("Thomas Roux", "t.roux@pyrene-aero.test"),
    "Poste Ingénieur Essais Vibrations - Toulouse", "2026-03-11 14:33 +0100",
    """Bonjour Jonas,

Suite à notre échange téléphonique de ce matin, je vous confirme l'entretien technique avec le responsable du laboratoire vibrations, M. Besson, le lundi 16 mars à 10h00 dans nos locaux de Colomiers (8 rue Aristide Bergès).

Merci de vous munir d'une pièce d'identité, le site est en zone à accès réglementé.

Au plaisir de vous rencontrer,

Thomas Roux
Responsable Recrutement
Pyrène Aéro Services""", fmt="qp")

add("interview_invitation", "rexx_probearbeitstag", "de", "Hegau Messtechnik", "k.wiedmann@hegau-messtechnik.test",
    ("Wiedmann, Karin", "k.wiedmann@hegau-messtechnik.test"),
    "Einladung zum Probearbeitstag", "2026-02-10 09:14 +0100",
    """Sehr geehrter Herr Keller,

nach dem guten ersten Gespräch möchten wir Sie gerne zu einem Probearbeitstag in unser Prüffeld nach Singen einladen. Vorgeschlagen ist Donnerstag, der 19. Februar 2026, ab 8:00 Uhr. Sie lernen das Team kennen und begleiten einen laufenden Schwingversuch. Der Betriebsrat ist informiert.

Sicherheitsschuhe stellen wir Ihnen gern, bitte teilen Sie mir Ihre Schuhgröße mit.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Karin Wiedmann
Personalreferentin
Hegau Messtechnik GmbH & Co. KG""", fmt="cp1252")

add("interview_invitation", "spanish_casual_llamada", "es", "Mecànica Llobregat", "marta.puig@mecanica-llobregat.test",
    ("Marta Puig", "marta.puig@mecanica-llobregat.test"),
    "¿Hablamos?", "2026-04-20 12:48 +0200",
    """Hola Jonas!

Soy Marta, de Mecànica Llobregat. He visto tu candidatura para la vacante de ingeniero de validación de componentes (la nueva, en Martorell) y me encantaría que tuviéramos una primera llamada para conocernos.

¿Te iría bien mañana o el jueves por la tarde? Son 20 minutitos. Pásame un teléfono y la hora que prefieras.

Gracias!
Marta Puig · People Team
Mecànica Llobregat""")

add("interview_invitation", "recruiter_panel_ics", "en", "Corvane", "jana.novak@corvane.test",
    ("Jana Novak", "jana.novak@corvane.test"),
    "Corvane | Panel interview - Test Engineer, Drivetrain", "2026-02-27 17:20 +0100",
    """Hi Jonas,

Thanks for your patience! I'm happy to confirm your panel interview for the Test Engineer, Drivetrain role:

Friday, 6 March 2026, 13:00-14:30 CET (Google Meet - link in the invite)
Panel: Henrik (Drivetrain Lead), Olu (Validation), Mara (Program Management)

The session includes 30 minutes on a past project of your choice - a few slides are welcome but not necessary.

Best,
Jana Novak
Recruiting, Corvane""", ics=ics("corvane-panel-5512@corvane.test", "20260306T130000", 90,
        "Corvane panel interview - Jonas Keller", ("Jana Novak", "jana.novak@corvane.test"),
        location="Google Meet"), fmt="alt")

add("interview_invitation", "public_sector_vorstellung", "de", "Stadtwerke Ingolstadt Verkehr", "personal@swi-verkehr.test",
    ("Stadtwerke Ingolstadt Verkehr - Personal", "personal@swi-verkehr.test"),
    "Einladung zum Auswahlgespräch – Ingenieur Fahrzeugtechnik Busflotte", "2026-03-16 10:10 +0100",
    """Sehr geehrter Herr Keller,

wir danken Ihnen für Ihre Bewerbung und freuen uns, Sie zu einem Auswahlgespräch einladen zu dürfen.

Das Gespräch findet am Montag, 23.03.2026, um 13:30 Uhr im Verwaltungsgebäude, Hindemithstraße 30, Raum 2.14, statt. An dem Gespräch nehmen Vertreter des Fachbereichs, der Personalabteilung sowie des Personalrats teil.

Bitte bestätigen Sie Ihre Teilnahme bis zum 19.03.2026 unter der Telefonnummer 0841 555-3310 oder per E-Mail an personal@swi-verkehr.test.

Mit freundlichen Grüßen
Abteilung Personal
Stadtwerke Ingolstadt Verkehr GmbH""")

add("interview_invitation", "linkedin_recruiter_reply_interview", "de", "Bavaria Aero Test", "s.maier@bavaria-aerotest.test",
    ("Stefanie Maier", "s.maier@bavaria-aerotest.test"),
    "AW: Ihre Nachricht auf LinkedIn", "2026-04-27 09:22 +0200",
    """Hallo Herr Keller,

schön, dass Sie sich zurückgemeldet haben! Wie auf LinkedIn angedeutet, suchen wir für unser Testzentrum in Manching einen Ingenieur für Umweltsimulation.

Ich würde Sie gern zu einem ersten Kennenlerngespräch einladen, gerne per Video. Passt Ihnen Donnerstag, 30.04., um 16 Uhr? Den Link schicke ich Ihnen dann zu.

Beste Grüße
Stefanie Maier
Talent Acquisition
Bavaria Aero Test GmbH · Manching""" + intro_quote("Am Fr., 24. Apr. 2026 um 18:02 Uhr schrieb Jonas Keller <jonas.keller@example.com>:",
    """Hallo Frau Maier,

vielen Dank für Ihre Nachricht auf LinkedIn. Die Stelle klingt spannend, gerne können wir sprechen.

Viele Grüße
Jonas Keller"""), fmt="qp")

add("interview_invitation", "finance_insurance_engineer_interview", "en", "Allgäuer Versicherung", "r.haslach@allgaeuer-vers.test",
    ("Ralf Haslach", "r.haslach@allgaeuer-vers.test"),
    "Claims engineering role - interview", "2026-05-06 11:03 +0200",
    """Dear Mr Keller,

Thank you for your application as Motor Claims Engineer (technical expert for vehicle damage). We would like to invite you to an interview in English or German, as you prefer, at our Kempten office on 13 May at 10:00, or via video if easier.

Please reply to confirm or suggest another date.

Kind regards,
Ralf Haslach
Head of Technical Claims
Allgäuer Versicherung AG""")

# ================================================================ reschedules and cancellations

add("interview_reschedule_or_cancel", "successfactors_verschiebung_ics", "de", "Kessler Fahrzeugtechnik", "anja.reinhold@kessler-fahrzeugtechnik.test",
    ("Anja Reinhold", "anja.reinhold@kessler-fahrzeugtechnik.test"),
    "Terminänderung: Vorstellungsgespräch am 28.01.", "2026-01-26 15:44 +0100",
    """Sehr geehrter Herr Keller,

leider ist Herr Dr. Weidle am Mittwoch kurzfristig auf einer Dienstreise beim Kunden. Wir müssen unser Gespräch daher verschieben und schlagen als neuen Termin Montag, den 2. Februar 2026, um 10:00 Uhr vor (gleicher Ort).

Die aktualisierte Kalendereinladung finden Sie anbei. Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Anja Reinhold
HR Business Partner
Kessler Fahrzeugtechnik GmbH
Tel. +49 711 555 4012""", ics=ics("kessler-int-40912@kessler-fahrzeugtechnik.test", "20260202T100000", 90,
        "Vorstellungsgespräch Jonas Keller - Versuchsingenieur Bremssysteme",
        ("Anja Reinhold", "anja.reinhold@kessler-fahrzeugtechnik.test"),
        location="Stuttgart-Feuerbach, Gebäude 7", sequence=1), fmt="qp")

add("interview_reschedule_or_cancel", "mobile_need_to_move", "en", "Voralpen Mobility", "t.huber@voralpen-mobility.test",
    ("Tobias Huber", "t.huber@voralpen-mobility.test"),
    "Re: Quick chat?", "2026-01-21 07:12 +0100",
    """Morning Jonas - sorry, dyno is down and I'm stuck with the supplier all day tmrw. Can we push to Mon 26th 2pm instead? Same place. Sorry for the short notice!

T

Sent from my iPhone""", thread="<vm-2026-0112-tobi@voralpen-mobility.test>")

add("interview_reschedule_or_cancel", "agency_client_postponed", "en", "Brenner Antriebssysteme", "chloe.ward@peakstaff.test",
    ("Chloe Ward", "chloe.ward@peakstaff.test"),
    "Friday - change of plan", "2026-01-15 16:30 +0100",
    """Hi Jonas,

Sorry to be the bearer of annoying news! Stefan from Brenner has been pulled into a launch issue and they've asked to postpone Friday's Teams interview. They've offered Tuesday 20th at 11:00 or Wednesday 21st at 15:00 instead - let me know which works and I'll confirm with them asap!

Thanks for being flexible!!
Chloe

Chloe Ward | Senior Recruitment Consultant - Automotive DACH
Peak Staffing Solutions""")

add("interview_reschedule_or_cancel", "french_report_entretien", "fr", "Aérostructures Garonne", "julie.lacombe@aerostructures-garonne.test",
    ("Julie Lacombe", "julie.lacombe@aerostructures-garonne.test"),
    "Report de notre entretien", "2026-02-02 08:15 +0100",
    """Bonjour Monsieur Keller,

Je suis au regret de devoir reporter l'entretien prévu ce jeudi 5 février avec M. Delmas, celui-ci étant retenu sur une campagne d'essais en vol à Istres.

Pourriez-vous me faire part de vos disponibilités pour la semaine du 16 février ? Je m'adapterai au mieux à vos contraintes.

Avec toutes mes excuses pour ce contretemps,

Julie Lacombe
Chargée de recrutement - Essais & Certification
Aérostructures Garonne SAS""", fmt="latin1")

add("interview_reschedule_or_cancel", "ics_cancel_outlook", "en", "Corvane", "jana.novak@corvane.test",
    ("Jana Novak", "jana.novak@corvane.test"),
    "Canceled: Corvane panel interview - Jonas Keller", "2026-03-05 12:01 +0100",
    """Hi Jonas - I'm really sorry, but we need to cancel tomorrow's panel. Two of the panelists are out sick. I'll come back to you early next week with new times.

Jana""", ics=ics("corvane-panel-5512@corvane.test", "20260306T130000", 90,
        "Corvane panel interview - Jonas Keller", ("Jana Novak", "jana.novak@corvane.test"),
        method="CANCEL", sequence=1), fmt="alt")

add("interview_reschedule_or_cancel", "swiss_kurzfristige_absage_termin", "de", "Limmat Aerostructures", "nina.brunner@limmat-aero.test",
    ("Brunner Nina", "nina.brunner@limmat-aero.test"),
    "AW: Einladung zum Erstgespräch", "2026-02-09 17:05 +0100",
    """Sehr geehrter Herr Keller

Leider muss ich den morgigen Termin um 14.00 Uhr absagen, Herr Roth ist krankheitshalber ausgefallen. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Ich bitte Sie, die Umstände zu entschuldigen.

Freundliche Grüsse
Nina Brunner
HR Business Partner
Limmat Aerostructures AG""" + outlook_quote("Jonas Keller <jonas.keller@example.com>", "Mittwoch, 4. Februar 2026 10:31",
    "Brunner Nina <nina.brunner@limmat-aero.test>", "AW: Einladung zum Erstgespräch",
    """Sehr geehrte Frau Brunner

vielen Dank für die Einladung, den Termin am 10. Februar um 14.00 Uhr bestätige ich gerne.

Freundliche Grüsse
Jonas Keller""", "de"))

add("interview_reschedule_or_cancel", "spanish_cambio_hora", "es", "Ibaialde Automoción", "ainhoa.etxeberria@ibaialde.test",
    ("Ainhoa Etxeberria", "ainhoa.etxeberria@ibaialde.test"),
    "RE: Entrevista - Ingeniero/a de ensayos de durabilidad", "2026-02-24 16:02 +0100",
    """Hola de nuevo Jonas:

Mikel tiene una auditoría de cliente el jueves por la mañana y no llega a las 9:30. ¿Podríamos pasar la entrevista al mismo jueves 26 a las 16:00? Si no, el viernes 27 a las 10:00.

Perdona el cambio. Un saludo,
Ainhoa""", thread="<ibaialde-0218-ae@ibaialde.test>")

add("interview_reschedule_or_cancel", "workday_interview_cancelled_req_closed", "en", "Halden Aerospace", "",
    ("Halden Aerospace", "haldenaero@myworkday.com"),
    "Your interview has been cancelled", "2026-04-13 09:30 +0000",
    """Hello Jonas,

Your scheduled interview for Environmental Test Engineer (R-0031140) on 15 April 2026 has been cancelled by the hiring team. A member of the Talent Acquisition team will be in touch with you regarding next steps.

We apologise for any inconvenience.

Halden Aerospace Talent Acquisition
This is an automated notification. Please do not reply.""")

add("interview_reschedule_or_cancel", "austrian_termin_verlegen", "de", "Grazer E-Mobility Lab", "david@gemlab.test",
    ("David Strohmaier", "david@gemlab.test"),
    "Re: Servus Jonas - Kennenlernen?", "2026-02-10 08:01 +0100",
    """Hey Jonas,

sorry, muss unseren Call morgen um 15 Uhr leider verlegen, bei uns brennt grad ein Prototyp (nicht wörtlich, zum Glück ;)). Geht stattdessen Freitag 11 Uhr? Link bleibt gleich.

lg David""")

add("interview_reschedule_or_cancel", "italian_english_move_call", "en", "Officine Brambilla Powertrain", "giulia.rossi@brambilla-pt.test",
    ("Giulia Rossi", "giulia.rossi@brambilla-pt.test"),
    "R: Test Engineer position - interview proposal", "2026-02-25 09:40 +0100",
    """Dear Jonas,

I am very sorry but Eng. Colombo must be tomorrow in the plant of Cassino for an urgent problem. Is it possible for you to move our video call to Monday 2/03 at the same hour (15:00)?

Sorry for the inconvenient and thank you for the comprehension.

Best regards,
Giulia""")

add("interview_reschedule_or_cancel", "dvinci_termin_abgesagt_stelle", "de", "Brenner Antriebssysteme", "stefan.lutz@brenner-antrieb.test",
    ("Stefan Lutz", "stefan.lutz@brenner-antrieb.test"),
    "Absage unseres Termins am 23.01.", "2026-01-22 18:55 +0100",
    """Hallo Herr Keller,

ich muss unser für morgen neu vereinbartes Gespräch leider absagen. Wir haben heute intern erfahren, dass die Stelle aufgrund einer Umstrukturierung im Bereich Getriebeerprobung neu bewertet wird. Sobald klar ist, wie es weitergeht, melde ich mich bei Ihnen oder bei Frau Ward.

Viele Grüße
Stefan Lutz
Teamleiter Erprobung E-Antrieb
Brenner Antriebssysteme GmbH""", cc="Chloe Ward <chloe.ward@peakstaff.test>")

add("interview_reschedule_or_cancel", "french_decaler_visio", "fr", "Pyrène Aéro Services", "t.roux@pyrene-aero.test",
    ("Thomas Roux", "t.roux@pyrene-aero.test"),
    "Entretien lundi - décalage", "2026-03-13 18:12 +0100",
    """Bonjour Jonas,

Petit changement : M. Besson est en déplacement lundi, on décale l'entretien au mercredi 18 mars, 14h, même adresse. Dites-moi si c'est bon pour vous.

Désolé pour le contretemps,
Thomas

Envoyé de mon iPhone""")

add("interview_reschedule_or_cancel", "rail_neuer_termin_reply_to", "de", "Donau Rail Systems", "gerhard.wallner@donaurail.test",
    ("Gerhard Wallner", "gerhard.wallner@donaurail.test"),
    "Fachgespräch 05.02. – neuer Termin", "2026-02-02 13:27 +0100",
    """Sehr geehrter Herr Keller,

wegen einer Zulassungsprüfung bei den ÖBB bin ich am Donnerstag leider nicht in Wien. Ich würde unser Fachgespräch gern auf Dienstag, 10.02., 09:30 Uhr verschieben. Die Reisekostenregelung bleibt natürlich bestehen.

Ist Ihnen das möglich?

Mit besten Grüßen
DI Gerhard Wallner
Leitung Bremsenprüfung
Donau Rail Systems GmbH
+43 1 555 2210 - 41""", fmt="qp")

add("interview_reschedule_or_cancel", "calendly_cancel_notification", "en", "Nordkap Rail", "sofie.lund@nordkaprail.test",
    ("Sofie Lund via Calendly", "notifications@calendly.com"),
    "Canceled: Jonas Keller and Sofie Lund", "2026-03-06 10:48 +0100",
    """Hi Jonas Keller,

The event below has been canceled.

Event Type: Test Engineer - first interview
Date/Time: 10:00 - 10:30, Monday, March 9, 2026 (Central European Time)
Canceled by: Sofie Lund
Reason: "Hi Jonas, so sorry - I have to attend a safety review that morning. Please rebook any time later that week!"

Reschedule: https://calendly.com/sofie-lund-nordkap/first-interview

Powered by Calendly""", reply_to=("Sofie Lund", "sofie.lund@nordkaprail.test"), fmt="html")

add("interview_reschedule_or_cancel", "public_sector_verschiebung", "de", "Stadtwerke Ingolstadt Verkehr", "personal@swi-verkehr.test",
    ("Stadtwerke Ingolstadt Verkehr - Personal", "personal@swi-verkehr.test"),
    "Verlegung Ihres Auswahlgesprächs", "2026-03-18 11:20 +0100",
    """Sehr geehrter Herr Keller,

aus organisatorischen Gründen müssen wir das für den 23.03.2026 vorgesehene Auswahlgespräch verlegen. Neuer Termin ist Mittwoch, der 25.03.2026, 9:00 Uhr, gleicher Ort.

Wir bitten um Ihr Verständnis und um kurze Bestätigung.

Mit freundlichen Grüßen
i. A. Monika Brandl
Abteilung Personal
Stadtwerke Ingolstadt Verkehr GmbH""")

# ================================================================ missed interview notices

add("missed_interview_notice", "tried_calling_agency", "en", "Brenner Antriebssysteme", "chloe.ward@peakstaff.test",
    ("Chloe Ward", "chloe.ward@peakstaff.test"),
    "Are you ok??", "2026-01-20 11:24 +0100",
    """Hi Jonas,

Stefan from Brenner just called me - they tried calling you at the scheduled time (11:00) and couldn't reach you, and you didn't join the Teams link either. Is everything ok?!

Please give me a call as soon as you see this so I can smooth things over with them. They're still keen but I need to get back to them today!

Chloe
+49 151 5555 4410""")

add("missed_interview_notice", "teams_no_join_formal_de", "de", "Kessler Fahrzeugtechnik", "anja.reinhold@kessler-fahrzeugtechnik.test",
    ("Anja Reinhold", "anja.reinhold@kessler-fahrzeugtechnik.test"),
    "Unser Termin heute um 10:00 Uhr", "2026-02-02 10:41 +0100",
    """Sehr geehrter Herr Keller,

wir hatten Sie heute um 10:00 Uhr zu unserem Vorstellungsgespräch in Feuerbach erwartet. Leider sind Sie nicht erschienen, und wir konnten Sie telefonisch nicht erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich bitte bei mir. Wir würden dann prüfen, ob ein neuer Termin möglich ist.

Mit freundlichen Grüßen
Anja Reinhold
HR Business Partner
Kessler Fahrzeugtechnik GmbH
Tel. +49 711 555 4012""", fmt="qp")

add("missed_interview_notice", "we_missed_you_startup", "en", "Voralpen Mobility", "aylin.demir@voralpen-mobility.test",
    ("Aylin Demir", "aylin.demir@voralpen-mobility.test"),
    "We missed you today", "2026-01-26 14:37 +0100",
    """Hi Jonas,

Tobi and I were waiting for you at reception at 2pm for the tech interview but you didn't show up - hope everything is alright! Maybe there was a mixup with the date?

Let us know, happy to find another slot.

Aylin
Validation Engineer, Voralpen Mobility""", cc="Tobias Huber <t.huber@voralpen-mobility.test>")

add("missed_interview_notice", "spanish_no_te_conectaste", "es", "Ibaialde Automoción", "ainhoa.etxeberria@ibaialde.test",
    ("Ainhoa Etxeberria", "ainhoa.etxeberria@ibaialde.test"),
    "Entrevista de hoy", "2026-02-26 16:25 +0100",
    """Hola Jonas:

Te hemos estado esperando en la reunión de Teams a las 16:00 pero no te has conectado. ¿Ha pasado algo? Te he llamado al móvil también, sin respuesta.

Si te ha surgido un imprevisto, escríbeme y vemos si podemos buscar otro hueco con Mikel.

Un saludo,
Ainhoa Etxeberria
Ibaialde Automoción""")

add("missed_interview_notice", "indian_no_show_panel", "en", "Sahyadri Engineering Solutions", "rahul.deshpande@sahyadri-eng.test",
    ("Rahul Deshpande", "rahul.deshpande@sahyadri-eng.test"),
    "RE: Telephonic interview - Validation Engineer (Munich client site)", "2026-01-13 11:32 +0100",
    """Dear Jonas,

Mr. Suresh Iyer tried to reach you on your registered mobile number at 11:00 AM CET as scheduled, however the call was not answered. He tried twice.

Kindly let us know the reason for non-availability and your convenient time for rescheduling at the earliest. Please note the client is expecting closure of this position this week.

Thanks & Regards,
Rahul Deshpande
Sr. Executive - Talent Acquisition
Sahyadri Engineering Solutions Pvt. Ltd.""")

add("missed_interview_notice", "french_absence_entretien", "fr", "Pyrène Aéro Services", "t.roux@pyrene-aero.test",
    ("Thomas Roux", "t.roux@pyrene-aero.test"),
    "Entretien de cet après-midi", "2026-03-18 14:40 +0100",
    """Bonjour Jonas,

M. Besson vous a attendu cet après-midi à 14h à l'accueil de Colomiers, mais vous ne vous êtes pas présenté. Je n'ai pas non plus réussi à vous joindre par téléphone.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me recontacter pour que nous fassions le point ?

Cordialement,
Thomas Roux
Responsable Recrutement
Pyrène Aéro Services
06 55 55 71 09""", fmt="latin1")

add("missed_interview_notice", "austrian_nicht_im_call", "de", "Grazer E-Mobility Lab", "katrin@gemlab.test",
    ("Katrin Pail", "katrin@gemlab.test"),
    "Call heute 11 Uhr?", "2026-02-13 11:19 +0100",
    """Hi Jonas,

der David und ich sitzen seit 11 im Meet und warten auf dich :) Hast du den neuen Termin vielleicht übersehen? Falls du's noch schaffst, der Link ist derselbe. Sonst meld dich einfach, dann finden wir einen neuen Termin.

Lg Katrin

Katrin Pail | Battery Testing Lead | Grazer E-Mobility Lab""")

add("missed_interview_notice", "goodtime_no_show_automated_with_recruiter", "en", "Lumatrix Robotics", "nadia.price@lumatrix.test",
    ("Lumatrix Robotics Recruiting", "scheduling@goodtime.io"),
    "Missed interview: Senior Validation Engineer, Actuators", "2026-03-17 10:20 +0100",
    """Hi Jonas,

Our records show that you did not join your scheduled interview today at 09:30 CET (Bench walkthrough with Priya Raman).

If you're still interested in the role, please reply to this email and your recruiter, Nadia Price, will help find a new time.

Thanks,
Lumatrix Robotics Recruiting""", reply_to=("Nadia Price", "nadia.price@lumatrix.test"), fmt="alt")

add("missed_interview_notice", "swiss_verpasst_telefon", "de", "Tössbahn Engineering", "sandra.meier@toessbahn.test",
    ("Meier Sandra", "sandra.meier@toessbahn.test"),
    "Telefoninterview von heute", "2026-02-19 15:48 +0100",
    """Grüezi Herr Keller

Wir hatten heute um 15.00 Uhr ein Telefoninterview vereinbart. Leider haben wir Sie unter der angegebenen Nummer nicht erreicht, es lief jeweils nur die Combox.

Falls Sie weiterhin Interesse an der Stelle haben, bitte ich Sie um eine kurze Rückmeldung mit zwei bis drei möglichen Zeitfenstern.

Freundliche Grüsse
Sandra Meier
HR Recruiting
Tössbahn Engineering AG, Winterthur""")

add("missed_interview_notice", "public_sector_nicht_erschienen", "de", "Stadtwerke Ingolstadt Verkehr", "personal@swi-verkehr.test",
    ("Stadtwerke Ingolstadt Verkehr - Personal", "personal@swi-verkehr.test"),
    "Ihr Auswahlgespräch am 25.03.2026", "2026-03-25 12:05 +0100",
    """Sehr geehrter Herr Keller,

zu dem vereinbarten Auswahlgespräch am heutigen Tag, 9:00 Uhr, sind Sie nicht erschienen. Eine Absage lag uns nicht vor.

Wir bitten Sie, uns bis zum 01.04.2026 mitzuteilen, ob Sie Ihre Bewerbung aufrechterhalten. Andernfalls gehen wir davon aus, dass Sie an der Stelle kein Interesse mehr haben.

Mit freundlichen Grüßen
i. A. Monika Brandl
Abteilung Personal
Stadtwerke Ingolstadt Verkehr GmbH""")

# ================================================================ application acknowledgements

add("application_received", "successfactors_eingang", "de", "Kessler Fahrzeugtechnik", "",
    ("Kessler Fahrzeugtechnik Recruiting", "no-reply@successfactors.eu"),
    "Eingangsbestätigung Ihrer Bewerbung – Versuchsingenieur Fahrwerk (m/w/d)", "2026-01-07 22:14 +0100",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung als Versuchsingenieur Fahrwerk (m/w/d) (Req. 40871). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Den aktuellen Status können Sie jederzeit in unserem Kandidatenportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Fahrzeugtechnik GmbH

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.""", fmt="alt")

add("application_received", "workday_received_volume", "en", "Halden Aerospace", "",
    ("Halden Aerospace", "haldenaero@myworkday.com"),
    "Thank you for applying to Halden Aerospace", "2026-01-05 19:48 +0000",
    """Dear Jonas,

Thank you for your interest in the Flight Test Instrumentation Engineer position (R-0028813). We have received your application and our team will review it shortly.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If your skills and experience match our requirements, a member of our recruiting team will contact you.

You can track the status of your application at any time in your candidate home.

Kind regards,
Halden Aerospace Talent Acquisition""", fmt="html")

add("application_received", "personio_du_danke", "de", "Flinkwerk", "",
    ("Flinkwerk", "noreply@personio.de"),
    "Danke für deine Bewerbung bei Flinkwerk! 🔋", "2026-01-29 13:02 +0100",
    """Hey Jonas,

mega, dass du dich als Test Engineer Battery Systems bei uns beworben hast! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen an.

Kleiner Hinweis: Wir sind ein kleines Team und kriegen gerade sehr viele Bewerbungen. Es kann also bis zu zwei Wochen dauern, bis du von uns hörst. Versprochen: Du hörst von uns!

Bis bald
Dein Flinkwerk-Team""", fmt="alt")

add("application_received", "french_accuse_reception_no_feedback", "fr", "Aérostructures Garonne", "",
    ("Aérostructures Garonne - Recrutement", "ne-pas-repondre@aerostructures-garonne.test"),
    "Accusé de réception de votre candidature", "2026-01-09 08:03 +0100",
    """Bonjour Monsieur Keller,

Nous accusons bonne réception de votre candidature au poste d'Ingénieur Essais Structures H/F et vous remercions de l'intérêt que vous portez à notre société.

Votre dossier va être étudié avec attention par nos équipes. Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
Le Service Recrutement
Aérostructures Garonne SAS""", fmt="latin1")

add("application_received", "spanish_acuse_smartrecruiters", "es", "Grupo Aresti Componentes", "",
    ("Grupo Aresti Componentes", "noreply@smartrecruiters.com"),
    "Hemos recibido tu candidatura", "2026-02-21 23:40 +0100",
    """Hola Jonas,

¡Gracias por inscribirte en la oferta Ingeniero/a de Pruebas de Vehículo! Hemos recibido tu candidatura correctamente.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Lamentablemente, en esta fase no podemos ofrecer una valoración individual a cada candidato.

Un saludo,
Equipo de Talento - Grupo Aresti Componentes""", fmt="alt-b64")

add("application_received", "dvinci_eingang_kennziffer", "de", "Brenner Antriebssysteme", "",
    ("Brenner Antriebssysteme GmbH", "bewerbermanagement@dvinci-hr.com"),
    "Ihre Bewerbung (Kennziffer BA-2026-014)", "2026-01-12 09:31 +0100",
    """Sehr geehrter Herr Keller,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Position Versuchsingenieur E-Antrieb (m/w/d), Kennziffer BA-2026-014.

Bitte haben Sie Verständnis dafür, dass die Bearbeitung einige Zeit in Anspruch nehmen kann. Wir werden uns schnellstmöglich mit Ihnen in Verbindung setzen.

Mit freundlichen Grüßen
Personalabteilung
Brenner Antriebssysteme GmbH

Diese Nachricht wurde über d.vinci versendet. Antworten an diese Adresse werden nicht gelesen.""", fmt="qp")

add("application_received", "softgarden_eingang_wien", "de", "Donau Rail Systems", "",
    ("Donau Rail Systems via softgarden", "noreply@softgarden.io"),
    "Eingangsbestätigung: Testingenieur Bremse (w/m/d)", "2026-01-15 17:06 +0100",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung als Testingenieur Bremse (w/m/d)! Wir haben Ihre Unterlagen erhalten und freuen uns über Ihr Interesse an Donau Rail Systems.

Unser Team sieht sich Ihre Unterlagen nun genau an. Wir melden uns in spätestens drei Wochen bei Ihnen.

Freundliche Grüße
Ihr HR-Team Donau Rail Systems""", fmt="html")

add("application_received", "lever_thanks_applying", "en", "Corvane", "",
    ("Corvane", "no-reply@hire.lever.co"),
    "Thanks for applying to Corvane!", "2026-02-05 11:11 +0000",
    """Hi Jonas,

Thanks for your interest in Corvane! We've received your application for Test Engineer, Drivetrain (Munich) and our team is reviewing it.

If there's a fit, someone from our team will reach out. In the meantime, check out our engineering blog: https://corvane.test/blog

Best,
The Corvane Team""")

add("application_received", "greenhouse_received", "en", "Lumatrix Robotics", "",
    ("Lumatrix Robotics", "no-reply@us.greenhouse-mail.io"),
    "Thank you for applying to Lumatrix Robotics", "2026-02-16 08:12 +0100",
    """Hi Jonas,

Thanks for applying to the Senior Validation Engineer, Actuators role at Lumatrix Robotics. Your application has been received and we'll review it as soon as possible.

We know job hunting can be stressful. Our recruiting team aims to get back to all candidates within 10 business days.

Warmly,
Lumatrix Robotics Recruiting""", fmt="alt")

add("application_received", "swiss_bestaetigung_hr_person", "de", "Tössbahn Engineering", "sandra.meier@toessbahn.test",
    ("Meier Sandra", "sandra.meier@toessbahn.test"),
    "Ihre Bewerbung – Inbetriebsetzungsingenieur Schienenfahrzeuge", "2026-02-12 10:44 +0100",
    """Grüezi Herr Keller

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Tössbahn Engineering AG. Gerne bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung nun prüfen und uns bis spätestens Ende Februar bei Ihnen melden.

Freundliche Grüsse
Sandra Meier
HR Recruiting
Tössbahn Engineering AG""", fmt="latin1")

add("application_received", "indian_ack_do_revert", "en", "Sahyadri Engineering Solutions", "pooja.kulkarni@sahyadri-eng.test",
    ("Pooja Kulkarni", "pooja.kulkarni@sahyadri-eng.test"),
    "Acknowledgement - Application for Test Validation Lead", "2026-02-09 06:40 +0100",
    """Dear Jonas,

Greetings from Sahyadri Engineering Solutions!

We acknowledge the receipt of your application for the position of Test Validation Lead. Your profile is under review with the concerned team and we shall get back to you shortly.

Meanwhile kindly fill the attached candidate information form and do revert at the earliest.

Thanks & Regards,
Pooja Kulkarni
HR - Talent Acquisition""", attachment=("Candidate_Information_Form.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))

add("application_received", "rexx_arbeitnehmerueberlassung_eingang", "de", "ProTec Personal", "",
    ("ProTec Personal GmbH", "noreply@rexx-systems.com"),
    "Bewerbungseingang – Versuchstechniker (m/w/d) Ingolstadt", "2026-01-10 12:00 +0100",
    """Guten Tag Herr Keller,

vielen Dank für Ihre Bewerbung! Ihre Unterlagen sind bei uns eingegangen.

Ihr persönlicher Ansprechpartner aus unserer Niederlassung Ingolstadt wird sich in Kürze telefonisch bei Ihnen melden, um die nächsten Schritte zu besprechen.

Ihr ProTec Personal Team
ProTec Personal GmbH – Ihr Partner für Arbeitnehmerüberlassung und Personalvermittlung

Diese E-Mail wurde automatisch erstellt.""")

add("application_received", "teamtailor_nordkap", "en", "Nordkap Rail", "",
    ("Nordkap Rail", "no-reply@teamtailor.com"),
    "Application received - Test Engineer, Rolling Stock", "2026-02-25 21:30 +0100",
    """Hi Jonas,

We've got your application for Test Engineer - Rolling Stock. Thanks for your interest in Nordkap Rail!

We review every application by hand, so it may take a little while. Unfortunately we are unable to provide individual feedback at this stage of the process, but we'll let you know either way once we've made a decision.

Best regards
Nordkap Rail""", fmt="html")

add("application_received", "spanish_formal_recepcion", "es", "Mecànica Llobregat", "seleccion@mecanica-llobregat.test",
    ("Mecànica Llobregat | Selección", "seleccion@mecanica-llobregat.test"),
    "Confirmación de recepción - Ref. 2026/07", "2026-01-21 09:12 +0100",
    """Estimado Sr. Keller:

Le confirmamos la recepción de su candidatura para el puesto de Ingeniero de Validación (Ref. 2026/07).

Su currículum será valorado por el Departamento de Recursos Humanos. En caso de que su perfil se ajuste a los requisitos, nos pondremos en contacto con usted en las próximas semanas.

Atentamente,
Departamento de Recursos Humanos
Mecànica Llobregat, S.A.""", fmt="latin1")

add("application_received", "public_sector_eingangsbestaetigung", "de", "Landesamt für Straßenwesen Baden-Württemberg", "poststelle@lfs-bw.test",
    ("Landesamt für Straßenwesen BW", "poststelle@lfs-bw.test"),
    "Eingangsbestätigung – Ausschreibung Nr. 2026-11", "2026-02-18 08:30 +0100",
    """Sehr geehrter Herr Keller,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung Nr. 2026-11.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Bitte sehen Sie von Sachstandsanfragen ab; wir werden Sie unaufgefordert über den Ausgang des Verfahrens informieren.

Mit freundlichen Grüßen
Im Auftrag
Hofmeister
Referat 12 – Personal""")

add("application_received", "university_lab_job_ack", "en", "Technische Hochschule Ingolstadt", "",
    ("THI Karriereportal", "jobs-noreply@thi-karriere.test"),
    "Your application: Laboratory Engineer, Vehicle Safety Lab (m/f/d)", "2026-03-02 14:00 +0100",
    """Dear Mr Keller,

thank you for applying for the position Laboratory Engineer, Vehicle Safety Lab (m/f/d), reference number 2026-LAB-07, at Technische Hochschule Ingolstadt.

We have received your application documents. The selection process usually takes four to six weeks after the closing date. Please understand that we cannot answer individual enquiries about the status during this period.

With kind regards
Human Resources
Technische Hochschule Ingolstadt""")

add("application_received", "agency_consultant_ack_personal", "de", "Neckar Engineering Partners", "j.sauter@neckar-ep.test",
    ("Julia Sauter", "j.sauter@neckar-ep.test"),
    "Ihre Bewerbung über StepStone", "2026-03-04 12:25 +0100",
    """Hallo Herr Keller,

vielen Dank für Ihre Bewerbung über StepStone als Prüfstandsingenieur (m/w/d) für einen unserer Kunden im Raum Stuttgart. Ihre Unterlagen liegen mir vor.

Ich schaue sie mir in Ruhe an und rufe Sie in den nächsten Tagen an, um ein paar Eckdaten (Gehaltsvorstellung, Kündigungsfrist, Mobilität) zu klären.

Beste Grüße
Julia Sauter
Personalberaterin Engineering
Neckar Engineering Partners GmbH · Königstraße 26 · 70173 Stuttgart
Tel. 0711 555 68 20""", fmt="qp")

add("application_received", "taleo_received_odd", "en", "Maxwell-Strand Industries", "",
    ("Maxwell-Strand Careers", "careers@taleo.net"),
    "Maxwell-Strand Industries - Job Submission Confirmation", "2026-01-24 03:10 +0000",
    """Dear Jonas Keller ,

Thank you for submitting your application for the  Test Engineer II - Thermal Systems  position ( Requisition ID : 26000417 ).

We have received your submission . Our recruiters will review your profile and contact you if your qualifications meet the requirements of the position .

Due to the large number of applications , we cannot respond to each applicant individually .

Sincerely,
Maxwell-Strand Industries
Talent Acquisition

*** This is an automated message. Please do not reply. ***""")

add("application_received", "french_startup_bien_recu", "fr", "Volta Rail", "camille@voltarail.test",
    ("Camille Fabre", "camille@voltarail.test"),
    "Bien reçu !", "2026-03-23 10:02 +0100",
    """Hello Jonas,

Merci pour ta candidature au poste d'ingénieur essais chez Volta Rail, c'est bien reçu !

Je la partage avec Julien (lead systèmes) cette semaine et je reviens vers toi d'ici 10 jours max.

À bientôt,
Camille
Talent @ Volta Rail""")

add("application_received", "italian_english_ack", "en", "Officine Brambilla Powertrain", "hr@brambilla-pt.test",
    ("HR Officine Brambilla", "hr@brambilla-pt.test"),
    "Receipt of your application", "2026-02-17 12:31 +0100",
    """Dear Mr. Keller,

we confirm to have received your application for the position of Test Engineer (Munich branch). Our HR team will evaluate it and will contact you in case of positive feedback.

In accordance with the GDPR (EU Regulation 2016/679) your personal data will be treated only for the purpose of the selection.

Best regards,
HR Department
Officine Brambilla Powertrain S.p.A.""")

# ================================================================ offers

add("offer", "verbal_offer_followup", "de", "Flinkwerk", "lena@flinkwerk.test",
    ("Lena von Flinkwerk", "lena@flinkwerk.test"),
    "Unser Angebot – wie besprochen", "2026-02-20 18:05 +0100",
    """Hi Jonas,

wie gerade am Telefon besprochen, freuen wir uns riesig, dir die Stelle als Test Engineer Battery Systems anzubieten! 🎉

Nochmal die Eckdaten:
- Start: 1. April 2026 (oder früher, wenn's klappt)
- 72.000 € Fixgehalt + VSOP
- 30 Tage Urlaub, 2 Tage Remote pro Woche

Den Vertrag schicke ich dir morgen per DocuSign. Sag Bescheid, falls du noch Fragen hast!

Liebe Grüße
Lena""", headers=[("X-Mailer", "Personio")], fmt="qp")

add("offer", "offer_letter_attached_en", "en", "Nordkap Rail", "sofie.lund@nordkaprail.test",
    ("Sofie Lund", "sofie.lund@nordkaprail.test"),
    "Your offer from Nordkap Rail", "2026-05-05 17:30 +0200",
    """Hi Jonas,

Congratulations! I'm delighted to share your offer letter for the Test Engineer - Rolling Stock position (attached). It covers base salary, bonus, start date and benefits.

Please review it and let me know if you have any questions - I'm happy to set up a call with the hiring manager as well. We'd ask you to come back to us by 12 May.

The whole team is excited about the possibility of you joining!

Best,
Sofie

Sofie Lund | Test Team Lead | Nordkap Rail""", attachment=("Nordkap_Offer_Jonas_Keller.pdf", "application/pdf"), fmt="alt")

add("offer", "vertragsangebot_formal", "de", "Hegau Messtechnik", "k.wiedmann@hegau-messtechnik.test",
    ("Wiedmann, Karin", "k.wiedmann@hegau-messtechnik.test"),
    "Vertragsangebot Versuchsingenieur Schwingprüfung", "2026-04-21 10:12 +0200",
    """Sehr geehrter Herr Keller,

wie heute Morgen telefonisch besprochen, hat der im Februar ausgewählte Bewerber seine Zusage kurzfristig zurückgezogen. Wir freuen uns daher sehr, Ihnen nach Zustimmung des Betriebsrats die Position als Versuchsingenieur Schwingprüfung (m/w/d) in unserem Prüffeld in Singen anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 5. Mai 2026 zurück. Eintrittstermin wäre der 1. Juli 2026.

Für Rückfragen stehe ich Ihnen selbstverständlich gern zur Verfügung.

Mit freundlichen Grüßen
Karin Wiedmann
Personalreferentin
Hegau Messtechnik GmbH & Co. KG""", attachment=("Arbeitsvertrag_Keller.pdf", "application/pdf"), fmt="cp1252")

add("offer", "spanish_oferta", "es", "Mecànica Llobregat", "marta.puig@mecanica-llobregat.test",
    ("Marta Puig", "marta.puig@mecanica-llobregat.test"),
    "Propuesta de incorporación", "2026-05-11 13:05 +0200",
    """Hola Jonas:

¡Enhorabuena! Después de la última entrevista con dirección, nos alegra mucho comunicarte que queremos contar contigo como Ingeniero de Validación de Componentes en nuestra planta de Martorell.

Te adjunto la carta de oferta con las condiciones (salario bruto anual, jornada, fecha de incorporación prevista el 1 de julio). Revísala con calma y dime si tienes cualquier duda. Nos gustaría tener tu respuesta antes del 18 de mayo.

Un abrazo,
Marta Puig · People Team
Mecànica Llobregat""", attachment=("Carta_oferta_JKeller.pdf", "application/pdf"), fmt="b64")

add("offer", "conditional_offer_uk", "en", "Thorncliffe Rail", "emma.whitlock@thorncliffe-rail.test",
    ("Emma Whitlock", "emma.whitlock@thorncliffe-rail.test"),
    "Conditional offer of employment - Senior Test Engineer", "2026-04-28 12:00 +0100",
    """Dear Jonas,

Further to your interview on 20 April, I am pleased to offer you the position of Senior Test Engineer (Traction) at Thorncliffe Rail on a conditional basis.

This offer is conditional upon satisfactory references, a Baseline Personnel Security Standard check and a pre-employment medical. Your formal contract will follow once these conditions are met.

Please confirm in writing whether you wish to accept this conditional offer by 8 May 2026.

Yours sincerely,

Emma Whitlock
Resourcing Advisor
Thorncliffe Rail Ltd""")

add("offer", "french_promesse_embauche", "fr", "Pyrène Aéro Services", "t.roux@pyrene-aero.test",
    ("Thomas Roux", "t.roux@pyrene-aero.test"),
    "Proposition d'embauche - Ingénieur Essais Vibrations", "2026-04-03 16:45 +0200",
    """Bonjour Jonas,

J'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Pyrène Aéro Services en qualité d'Ingénieur Essais Vibrations, en CDI, statut cadre.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération annuelle brute, la date d'entrée envisagée (1er juin 2026) et la période d'essai. Merci de me la retourner signée si elle vous convient.

Au plaisir de travailler ensemble,

Thomas Roux
Responsable Recrutement
Pyrène Aéro Services""", attachment=("Promesse_embauche_JKeller.pdf", "application/pdf"), fmt="qp")

add("offer", "agency_contract_anue", "de", "ProTec Personal", "markus.end@protec-personal.test",
    ("Markus End", "markus.end@protec-personal.test"),
    "Ihr Arbeitsvertrag – Einsatz Ingolstadt", "2026-02-16 15:18 +0100",
    """Hallo Herr Keller,

super Neuigkeiten: ein weiterer Kunde aus dem Raum Ingolstadt möchte Sie ab 02.03.2026 als Versuchsingenieur einsetzen! Wie am Telefon besprochen, erhalten Sie von uns einen unbefristeten Arbeitsvertrag nach iGZ-Tarif, Entgeltgruppe E7, zzgl. Branchenzuschlag Metall/Elektro.

Den Vertrag und das Merkblatt zur Arbeitnehmerüberlassung finden Sie im Anhang. Bitte unterschreiben und bis Freitag zurückschicken, gern auch eingescannt.

Beste Grüße
Markus End
Niederlassungsleiter Ingolstadt
ProTec Personal GmbH""", attachment=("Arbeitsvertrag_ProTec_Keller.pdf", "application/pdf"))

add("offer", "swiss_angebot_mobile", "de", "Limmat Aerostructures", "p.roth@limmat-aero.test",
    ("Patrick Roth", "p.roth@limmat-aero.test"),
    "Gute Nachrichten", "2026-03-27 19:22 +0100",
    """Hoi Jonas

Kurz vorab, bevor die offizielle Post von Nina kommt: Wir möchten dich sehr gerne im Test-Team haben und machen dir ein Angebot als Test Engineer Structural Qualification. Details (Lohn, Start, Relocation) schickt dir HR morgen.

Ich freu mich!
Patrick

Von meinem iPhone gesendet""")

add("offer", "indian_offer_release", "en", "Sahyadri Engineering Solutions", "pooja.kulkarni@sahyadri-eng.test",
    ("Pooja Kulkarni", "pooja.kulkarni@sahyadri-eng.test"),
    "Offer Letter - Validation Engineer - Jonas Keller", "2026-01-30 07:20 +0100",
    """Dear Jonas,

Congratulations!!

We are pleased to release the offer for the position of Validation Engineer (Munich client site) with Sahyadri Engineering Solutions GmbH. Please find attached the offer letter with the compensation details and joining formalities.

Kindly sign and send the scanned copy of the offer acceptance within 3 working days and do revert in case of any clarification.

Thanks & Regards,
Pooja Kulkarni
HR - Talent Acquisition""", attachment=("Offer_Letter_Jonas_Keller.pdf", "application/pdf"))

add("offer", "workday_offer_portal", "en", "Orbis Avionics", "m.fenwick@hartmannfrey.test",
    ("Miles Fenwick", "m.fenwick@hartmannfrey.test"),
    "Re: Orbis Avionics - good news!", "2026-05-14 09:55 +0200",
    """Jonas,

They've come back with a formal offer for the Qualification Test Engineer role (the second position we discussed after the first one closed). The offer letter is waiting for you in their Workday portal - you should have a separate email from them. Package is 88k base plus 10% bonus, start 1 August.

Have a read and call me this afternoon - happy to negotiate on your behalf, I think there's room on the base.

Miles

Miles Fenwick | Partner, Engineering Practice
Hartmann & Frey Executive Search | +49 89 5555 2090""")

# ================================================================ other: alerts, newsletters, outreach

LIST = [("List-Unsubscribe", "<https://mail.example.net/unsub?u=jk8812>, <mailto:unsub@example.net>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

add("other", "linkedin_job_alert_de", "de", "", "",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    "„Versuchsingenieur“: Kessler Fahrzeugtechnik GmbH und 14 weitere sind auf der Suche", "2026-01-13 07:02 +0000",
    """Ihre Jobbenachrichtigung für Versuchsingenieur in Stuttgart und Umgebung

14 neue Jobs entsprechen Ihren Präferenzen.

Versuchsingenieur Bremssysteme (m/w/d)
Kessler Fahrzeugtechnik GmbH · Stuttgart (vor Ort)
Schnellbewerbung · 3 ehemalige Kollegen arbeiten hier

Validierungsingenieur E-Antrieb (w/m/d)
Brenner Antriebssysteme GmbH · Ingolstadt (Hybrid)
Aktiv auf Personalsuche

Prüfstandsingenieur Klimaprüfstand
Neckar Engineering Partners · Sindelfingen
Vor 2 Tagen

Alle Jobs ansehen: https://www.linkedin.com/comm/jobs/search?alertId=88123

Sie erhalten diese E-Mail, weil Sie Jobbenachrichtigungen abonniert haben. Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""", headers=LIST, fmt="alt")

add("other", "indeed_digest_en", "en", "", "",
    ("Indeed", "alert@indeed.com"),
    "15 new test engineer jobs in Munich", "2026-01-18 06:30 +0000",
    """Jobs for test engineer in München, Bayern

Test Engineer Powertrain (m/w/d) - Corvane - München - Easily apply
Validation Engineer (f/m/d) - Lumatrix Robotics - München
Durability Test Engineer - IngenieurWerk Süd - Garching bei München - Responsive employer
Vehicle Test Driver & Engineer - Voralpen Mobility - München - New

Don't miss out! Employers are reviewing applications now. Applicants who apply within 3 days are more likely to get an interview.

See all jobs: https://www.indeed.com/q-test-engineer-l-munich-jobs.html
Unsubscribe from these emails | Privacy | Terms""", headers=LIST, fmt="html")

add("other", "stepstone_jobagent", "de", "", "",
    ("StepStone Jobagent", "jobagent@stepstone.de"),
    "Ihr Jobagent: 9 neue Jobs für „Prüfingenieur“", "2026-02-03 05:45 +0100",
    """Hallo Jonas Keller,

Ihr Jobagent hat 9 neue Stellenangebote für Sie gefunden:

Prüfingenieur (m/w/d) Fahrzeugsicherheit – Bavaria Aero Test GmbH – Manching
Testingenieur Schienenfahrzeuge (w/m/d) – Donau Rail Systems GmbH – Wien
Versuchsingenieur Dauerlauf (m/w/d) – ProTec Personal GmbH – Ingolstadt

Tipp der Woche: Wie Sie eine Absage in eine Chance verwandeln – jetzt im StepStone Magazin lesen.

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent
StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf""", headers=LIST, fmt="html")

add("other", "wttj_newsletter_fr", "fr", "", "",
    ("Welcome to the Jungle", "hello@welcometothejungle.com"),
    "Entretien raté ? 5 façons de rebondir 💪", "2026-02-12 08:00 +0100",
    """Bonjour Jonas,

Cette semaine dans le Mag :

→ « Malheureusement, nous ne donnerons pas suite » : comment répondre à un refus avec élégance
→ Vous avez manqué un entretien ? Voici comment vous excuser (et obtenir une seconde chance)
→ Ingénieur essais : les 10 entreprises qui recrutent à Toulouse

Et toujours, les offres qui vous correspondent : https://www.welcometothejungle.com/fr/jobs

À la semaine prochaine,
L'équipe Welcome to the Jungle

Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire""",
    headers=[("List-Id", "WTTJ Weekly <weekly.welcometothejungle.com>"), *LIST], fmt="html")

add("other", "xing_recruiter_cold_outreach", "de", "", "",
    ("Thomas Brückner über XING", "mailrobot@xing.com"),
    "Thomas Brückner hat Ihnen eine Nachricht geschickt", "2026-02-16 09:14 +0100",
    """Hallo Jonas Keller,

Thomas Brückner (Executive Search Automotive) hat Ihnen eine Nachricht geschickt:

„Sehr geehrter Herr Keller, Ihr Profil ist mir bei der Suche nach erfahrenen Versuchsingenieuren aufgefallen. Ich betreue mehrere spannende Mandate bei namhaften OEMs und Tier-1-Zulieferern im Raum München und Stuttgart. Wenn Sie grundsätzlich offen für Veränderung sind, würde ich mich über eine kurze Rückmeldung freuen. Beste Grüße, Thomas Brückner"

Nachricht lesen und antworten: https://www.xing.com/chats

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu Nachrichten aktiviert haben.
New Work SE, Am Strandkai 1, 20457 Hamburg""", fmt="alt")

add("other", "linkedin_inmail_english_pitch", "en", "", "",
    ("Priyanka Sharma via LinkedIn", "inmail-hit-reply@linkedin.com"),
    "Exciting opportunity - Homologation Test Lead (Graz)", "2026-03-01 10:10 +0000",
    """Hi Jonas,

I came across your profile and was impressed by your background in vehicle testing and data acquisition!

I'm currently partnering with a leading engineering services provider in Graz who are growing their homologation team. Competitive package, hybrid working, relocation support.

Would you be open to hearing more? If it's not for you, I'd really appreciate it if you could pass it on to anyone in your network.

Best,
Priyanka

Priyanka Sharma - Talent Partner at Veritas Engineering Talent

Reply: https://www.linkedin.com/messaging/thread/2-ZjE0
You are receiving InMail notification emails. Unsubscribe""", headers=LIST, fmt="alt")

add("other", "agency_cold_call_exclamation", "en", "", "",
    ("Ben Hollis", "ben.hollis@apexeng-recruit.test"),
    "Quick question", "2026-03-09 08:34 +0100",
    """Hi Jonas!

Hope you're having a great Monday!! I specialise in placing test & validation engineers across Bavaria and Baden-Württemberg and I've got a few roles that might be right up your street - EV, rail, even some aerospace!

Are you actively looking at the moment or just open to the right thing? No pressure at all! Either way I'd love to add you to my network.

Cheers!!
Ben

Ben Hollis | Principal Consultant | Apex Engineering Recruitment
Apex Engineering Recruitment Ltd acts as an employment agency and employment business.""")

add("other", "podcast_interview_request", "en", "", "",
    ("Sarah Whitfield", "sarah@testbenchtalk.test"),
    "Interview request - Test Bench Talk podcast", "2026-02-27 14:02 +0100",
    """Hi Jonas,

I host Test Bench Talk, a small podcast about the people behind vehicle and component testing. A listener pointed me to your conference talk on e-axle endurance rigs at the ATZ symposium.

Would you be up for a 40-minute interview for an upcoming episode? We record remotely and I'll send questions beforehand. Any Tuesday or Thursday in March would work for us.

Thanks!
Sarah Whitfield
Host, Test Bench Talk""")

add("other", "radio_interview_german", "de", "", "",
    ("Redaktion Campusradio", "redaktion@campusradio-stuttgart.test"),
    "Interviewanfrage: Sendung „Technik im Alltag“", "2026-03-12 11:37 +0100",
    """Hallo Herr Keller,

für unsere Sendung „Technik im Alltag“ suchen wir Ingenieurinnen und Ingenieure, die erklären, wie neue Autos eigentlich getestet werden, bevor sie auf die Straße kommen. Ihr Name wurde uns vom VDI-Arbeitskreis genannt.

Hätten Sie Lust auf ein kurzes Interview (ca. 15 Minuten, telefonisch oder im Studio)? Aufzeichnung wäre in der KW 13.

Viele Grüße
Lea Sonnleitner
Redaktion Campusradio Stuttgart""")

add("other", "user_research_interview", "en", "", "",
    ("Mira from Measurelab", "research@measurelab.test"),
    "Help shape Measurelab: 30-min research interview (€50 voucher)", "2026-03-19 15:00 +0100",
    """Hi Jonas,

You've been using Measurelab DAQ Studio for a while now, and we'd love to learn from you!

We're running 30-minute user research interviews with test engineers to understand how you set up channels, trigger recordings and export data. As a thank-you, you'll receive a €50 Amazon voucher.

Pick a time that works for you: https://calendly.com/measurelab-research/interview

Thanks,
Mira Okafor
UX Research, Measurelab

You're receiving this because you have a Measurelab account. Manage email preferences.""", headers=LIST, fmt="html")

add("other", "survey_candidate_experience", "de", "", "",
    ("Kessler Fahrzeugtechnik Recruiting", "no-reply@successfactors.eu"),
    "Wie war Ihr Bewerbungsprozess? Ihre Meinung ist uns wichtig", "2026-02-17 10:00 +0100",
    """Sehr geehrter Herr Keller,

Sie haben sich kürzlich bei der Kessler Fahrzeugtechnik GmbH beworben. Unabhängig vom Ergebnis interessiert uns, wie Sie den Bewerbungsprozess erlebt haben.

Die Umfrage dauert nur 3 Minuten und ist anonym: https://survey.example.net/kessler/cx-2026

Vielen Dank für Ihre Unterstützung!
Ihr Recruiting-Team

Diese E-Mail wurde automatisch generiert.""")

add("other", "friend_own_rejection", "de", "", "",
    ("Philipp Auer", "philipp.auer@example.org"),
    "Re: Und, was macht die Jobsuche?", "2026-02-22 21:48 +0100",
    """Servus Jonas,

bei mir ist's leider auch zäh. Hab am Freitag die Absage von dem Zulieferer in Regensburg bekommen, nach drei Runden und einem Probearbeitstag! „Wir haben uns für einen Kandidaten entschieden, der besser passt“ - na super. Zweimal wurde das Interview auch noch verschoben.

Lass uns nächste Woche mal auf ein Bier gehen und gemeinsam jammern :D

Philipp""" + intro_quote("Am So., 22. Feb. 2026 um 18:10 Uhr schrieb Jonas Keller <jonas.keller@example.com>:",
    """Hey Philipp,

lange nix gehört! Und, was macht die Jobsuche bei dir? Bei mir laufen grad ein paar Gespräche.

Jonas"""))

add("other", "order_delayed", "en", "", "",
    ("Boltshop Order Updates", "orders-noreply@boltshop.test"),
    "Unfortunately your order is delayed", "2026-01-28 13:20 +0100",
    """Hi Jonas,

Unfortunately your order #BS-558102 (torque wrench set, 1/2", 40-200 Nm) is delayed. Our supplier has informed us of a shipping delay and we now expect to dispatch your order on 4 February.

We're sorry for the inconvenience. If you'd prefer to cancel, you can do so in your account.

Boltshop Customer Service""", fmt="html")

add("other", "gps_position_tracker", "de", "", "",
    ("TrackMate", "noreply@trackmate.test"),
    "Position Ihres Geräts „Golf Variant“ aktualisiert", "2026-03-03 23:10 +0100",
    """Hallo Jonas,

die Position Ihres GPS-Trackers „Golf Variant“ wurde aktualisiert.

Letzte Position: 48.7758° N, 9.1829° E (Stuttgart-Mitte, Eberhardstraße)
Zeit: 03.03.2026, 23:08 Uhr
Akku: 64 %

Der Tracker hat die festgelegte Geofence-Zone „Zuhause“ verlassen. Position auf der Karte anzeigen: https://app.trackmate.test/map

Ihr TrackMate-Team""")

add("other", "bank_credit_card_application_received", "en", "", "",
    ("Northbridge Bank", "no-reply@northbridge-bank.test"),
    "We've received your application", "2026-01-31 16:45 +0000",
    """Dear Mr Keller,

Thank you for applying for the Northbridge Travel Credit Card. We have received your application (ref. NBC-4471-203) and will review it within 5 business days.

Unfortunately we are unable to provide status updates by phone during this period. We'll write to you as soon as a decision has been made.

Kind regards,
Northbridge Bank Card Services

Northbridge Bank plc is authorised by the Prudential Regulation Authority.""", fmt="alt")

add("other", "loan_application_german", "de", "", "",
    ("Sparkasse Neckartal Online-Kredit", "kredit@sparkasse-neckartal.test"),
    "Ihr Kreditantrag ist bei uns eingegangen", "2026-04-06 09:03 +0200",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihren Antrag auf einen Privatkredit über 12.000 EUR (Antragsnummer 2026-88172). Ihr Antrag ist bei uns eingegangen und wird geprüft.

Bitte laden Sie noch Ihre letzten drei Gehaltsabrechnungen im Online-Banking hoch. Nach Eingang der Unterlagen erhalten Sie innerhalb von 48 Stunden eine Entscheidung.

Mit freundlichen Grüßen
Ihre Sparkasse Neckartal""")

add("other", "apartment_application_rejected", "de", "", "",
    ("Hausverwaltung Lindner", "vermietung@hv-lindner.test"),
    "Ihre Mietbewerbung – Wohnung Schwabstraße 52, 2. OG", "2026-03-21 10:50 +0100",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihr Interesse an der Wohnung in der Schwabstraße 52 und Ihre Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positive Nachricht geben zu können, und wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Sabine Lindner
Hausverwaltung Lindner""", fmt="qp")

add("other", "flat_viewing_invitation", "de", "", "",
    ("Immo-Portal Nachrichten", "nachrichten@immoportal.test"),
    "Einladung zur Besichtigung: 2-Zimmer-Wohnung in Winterthur", "2026-04-15 12:30 +0200",
    """Hallo Jonas Keller,

der Anbieter hat auf Ihre Anfrage geantwortet:

„Grüezi Herr Keller, gerne laden wir Sie zur Besichtigung der 2.5-Zimmer-Wohnung an der Tösstalstrasse ein. Termin: Samstag, 18. April, 11.15 Uhr. Bitte bringen Sie einen Betreibungsregisterauszug mit. Freundliche Grüsse, Verwaltung Frei AG“

Antworten: https://www.immoportal.test/nachrichten/7712

Ihr Immo-Portal""", headers=LIST)

add("other", "university_admission_decision", "en", "", "",
    ("Graduate Admissions", "admissions-noreply@tu-example.test"),
    "Your admission decision - M.Sc. Automotive Engineering (part-time)", "2026-05-08 14:00 +0200",
    """Dear Jonas Keller,

Thank you for your application to the part-time M.Sc. Automotive Engineering programme for the winter semester 2026/27.

We regret to inform you that we are unable to offer you a place in the programme this year. The number of qualified applicants significantly exceeded the places available.

We wish you every success in your future studies and career.

Yours sincerely,
Graduate Admissions Office""")

add("other", "newsletter_career_advice_interviews", "en", "", "",
    ("The Engineer's Career Letter", "newsletter@engineerscareer.test"),
    "You didn't get the job. Now what?", "2026-03-15 07:00 +0000",
    """Issue #112

You didn't get the job. Now what?

We've all had it: the polite email that says "we have decided to move forward with other candidates whose experience more closely matches". Here's what the hiring managers we spoke to actually want you to do next:

1. Reply within a day. Thank them and ask for feedback - one in three will give it.
2. Missed an interview? Apologise fast, own it, offer two new times.
3. Interview rescheduled twice? That's usually a sign of internal chaos, not disinterest.

Also in this issue: how to negotiate an offer in Germany, and why your CV needs test-rig numbers.

Forward to a friend | Unsubscribe | View in browser""",
    headers=[("List-Id", "Engineer's Career Letter <weekly.engineerscareer.test>"), *LIST], fmt="html")

add("other", "own_sent_thankyou", "de", "", "",
    ME, "Vielen Dank für das Gespräch", "2026-03-04 18:30 +0100",
    """Sehr geehrte Frau Brunner
Sehr geehrter Herr Roth

Vielen Dank für das angenehme Gespräch heute und die Führung durch die Testhalle in Oerlikon. Die Aufgaben in der Strukturqualifikation reizen mich sehr, und ich würde mich freuen, von Ihnen zu hören.

Freundliche Grüsse
Jonas Keller""", to=("Nina Brunner", "nina.brunner@limmat-aero.test"), cc="Patrick Roth <p.roth@limmat-aero.test>")

add("other", "own_sent_withdrawal", "en", "", "",
    ME, "Re: Orbis - feedback", "2026-04-15 08:12 +0200",
    """Hi Miles,

thanks for letting me know, and for pushing for me. Disappointing, but fair feedback. Happy to talk Thursday about the other two mandates.

Best
Jonas

Sent from my phone""", to=("Miles Fenwick", "m.fenwick@hartmannfrey.test"))

add("other", "ooo_recruiter_autoreply", "de", "", "",
    ("Julia Sauter", "j.sauter@neckar-ep.test"),
    "Automatische Antwort: Rückfrage zu meiner Bewerbung", "2026-03-16 08:00 +0100",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Tanja Frick (t.frick@neckar-ep.test, 0711 555 68 21).

Beste Grüße
Julia Sauter""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("other", "ooo_english_recruiter", "en", "", "",
    ("Jana Novak", "jana.novak@corvane.test"),
    "Automatic reply: Re: Corvane | Panel interview - Test Engineer, Drivetrain", "2026-03-02 09:02 +0100",
    """Hi there,

I'm out of office until Wednesday 4 March with limited access to email. For interview scheduling questions please contact recruiting@corvane.test.

Thanks,
Jana""", headers=[("Auto-Submitted", "auto-replied")])

add("other", "standup_calendar_notification", "en", "", "",
    ("Google Calendar", "calendar-notification@google.com"),
    "Reminder: Daily standup - Test team @ Tue 10 Mar 2026 9:15am - 9:30am (CET)", "2026-03-10 09:05 +0100",
    """Daily standup - Test team
Tuesday 10 Mar 2026 ⋅ 9:15 – 9:30am (Central European Time - Berlin)

Joining info: meet.example.net/xyz-abcd-efg

Organizer: Markus Feld
Guests: Jonas Keller, Aylin Demir, Tom Breuer, +4 more

Invitation from Google Calendar
You are receiving this email because you are subscribed to notifications for this calendar.""")

add("other", "car_dealer_service_rescheduled", "de", "", "",
    ("Autohaus Remstal Service", "service@autohaus-remstal.test"),
    "Ihr Werkstatttermin wurde verschoben", "2026-02-06 14:22 +0100",
    """Sehr geehrter Herr Keller,

leider müssen wir Ihren Werkstatttermin zur Inspektion am 10.02.2026 verschieben, da ein benötigtes Ersatzteil noch nicht geliefert wurde. Wir schlagen Ihnen als neuen Termin Freitag, den 13.02.2026, um 7:30 Uhr vor.

Bitte bestätigen Sie kurz oder rufen Sie uns an: 07151 555 30.

Mit freundlichen Grüßen
Ihr Serviceteam
Autohaus Remstal GmbH""")

add("other", "vehicle_recall_letter", "de", "", "",
    ("Kundenbetreuung Fahrzeugsicherheit", "rueckruf@auto-kundeninfo.test"),
    "Wichtige Sicherheitsinformation: Rückruf zu Ihrem Fahrzeug (FIN …4417)", "2026-03-24 09:00 +0100",
    """Sehr geehrter Herr Keller,

im Rahmen unserer Qualitätskontrolle wurde festgestellt, dass bei einigen Fahrzeugen Ihres Typs die Halteklammer der Kraftstoffleitung nicht ordnungsgemäß befestigt sein könnte. Die Überprüfung dauert ca. 30 Minuten und ist für Sie kostenlos.

Bitte vereinbaren Sie zeitnah einen Termin bei Ihrem Servicepartner. Diese Maßnahme wird vom Kraftfahrt-Bundesamt überwacht (Referenznummer 014522).

Mit freundlichen Grüßen
Ihre Kundenbetreuung""", fmt="html")

add("other", "sports_club_probetraining", "de", "", "",
    ("TSV Feuerbach Handball", "abteilung@tsv-feuerbach-handball.test"),
    "Probetraining & Mannschaftsabend", "2026-01-25 20:15 +0100",
    """Hallo Jonas,

schön, dass du Lust hast, bei unserer Herren-2 mitzuspielen! Komm doch am Dienstag um 20:00 Uhr zum Probetraining in die Halle Kapfenburgstraße. Hallenschuhe nicht vergessen.

Am Samstag ist übrigens Mannschaftsabend im Vereinsheim - da bist du natürlich auch herzlich eingeladen.

Sportliche Grüße
Ralf (Abteilungsleiter)""")

add("other", "sports_club_missed_training", "de", "", "",
    ("Ralf Gehring", "ralf.gehring@example.net"),
    "Dienstag?", "2026-02-04 22:31 +0100",
    """Hey Jonas, haben dich gestern beim Training vermisst! Alles ok? Samstag ist Spiel gegen Zuffenhausen, wär gut wenn du kommst. Gruß Ralf

Von meinem iPhone gesendet""")

add("other", "dentist_missed_appointment", "de", "", "",
    ("Zahnarztpraxis Dr. Hertle", "praxis@dr-hertle.test"),
    "Ihr versäumter Termin am 12.03.2026", "2026-03-12 16:00 +0100",
    """Sehr geehrter Herr Keller,

leider haben Sie Ihren heutigen Termin um 14:30 Uhr zur professionellen Zahnreinigung nicht wahrgenommen und nicht abgesagt. Bitte vereinbaren Sie telefonisch einen neuen Termin.

Wir weisen darauf hin, dass wir nicht rechtzeitig abgesagte Termine ggf. in Rechnung stellen.

Ihr Praxisteam Dr. Hertle""")

add("other", "parcel_delivery_attempt", "es", "", "",
    ("Envíos Rápidos", "notificaciones@envios-rapidos.test"),
    "No hemos podido entregar tu paquete", "2026-04-29 13:11 +0200",
    """Hola Jonas:

Hoy hemos intentado entregar tu paquete ES8812003 en la dirección indicada, pero no había nadie. Lamentablemente no hemos podido dejarlo en el buzón.

Puedes programar una nueva entrega o recogerlo en un punto de conveniencia: https://envios-rapidos.test/seguimiento

Gracias,
Envíos Rápidos""", fmt="html")

add("other", "linkedin_notification_profile_views", "en", "", "",
    ("LinkedIn", "notifications-noreply@linkedin.com"),
    "You appeared in 23 searches this week", "2026-02-09 08:20 +0000",
    """Jonas, you appeared in 23 searches this week

Your profile was found by people from:
Brenner Antriebssysteme · Corvane · Hartmann & Frey Executive Search

Searchers' titles: Recruiter, Talent Acquisition Partner, Engineering Manager

See all searches: https://www.linkedin.com/me/search-appearances

Unsubscribe · Help
LinkedIn Ireland Unlimited Company""", headers=LIST, fmt="alt")

add("other", "infojobs_alerta_es", "es", "", "",
    ("InfoJobs", "alertas@infojobs.net"),
    "Nuevas ofertas: Ingeniero de ensayos en Barcelona", "2026-04-07 07:30 +0200",
    """Hola Jonas,

Tenemos 6 nuevas ofertas que encajan con tu alerta «Ingeniero de ensayos - Barcelona»:

· Ingeniero/a de Validación de Componentes - Mecànica Llobregat - Martorell
· Técnico/a de Ensayos de Durabilidad - Grupo Aresti Componentes - Abrera
· Test Engineer ADAS (inglés alto) - empresa confidencial - Barcelona

Consejo: ¿te han rechazado en una entrevista? Descubre cómo pedir feedback sin parecer insistente.

Ver todas las ofertas | Darse de baja de esta alerta""", headers=LIST, fmt="html")

add("other", "apec_offres_fr", "fr", "", "",
    ("Apec - Mes offres", "offres@apec.fr"),
    "12 nouvelles offres Ingénieur essais - Occitanie", "2026-03-06 06:10 +0100",
    """Bonjour Jonas,

Voici les nouvelles offres correspondant à votre recherche « ingénieur essais » en Occitanie :

- Ingénieur Essais Structures H/F - Aérostructures Garonne - Blagnac
- Ingénieur Essais Vibrations H/F - Pyrène Aéro Services - Colomiers
- Ingénieur Moyens d'Essais H/F - Cabinet de conseil - Toulouse

Postulez rapidement : les recruteurs consultent les candidatures dès les premiers jours.

Gérer mes alertes | Se désabonner""", headers=LIST, fmt="latin1")

add("other", "vdi_event_newsletter", "de", "", "",
    ("VDI Bezirksverein Stuttgart", "newsletter@vdi-bv-stuttgart.test"),
    "Einladung: Karriereabend „Bewerbung im Ingenieurwesen 2026“", "2026-01-22 17:00 +0100",
    """Liebe Mitglieder,

wir laden Sie herzlich zu unserem Karriereabend am 5. Februar ein. Themen: Vorstellungsgespräche souverän meistern, Umgang mit Absagen, Gehaltsverhandlung für Ingenieure. Anschließend Networking bei Brezeln und Getränken.

Anmeldung bis 2. Februar: https://vdi-bv-stuttgart.test/karriereabend

Mit kollegialen Grüßen
Ihr VDI Bezirksverein Stuttgart

Newsletter abbestellen""", headers=[("List-Id", "VDI BV Stuttgart <news.vdi-bv-stuttgart.test>"), *LIST], fmt="html")

add("other", "recruiter_marketing_salary_report", "en", "", "",
    ("Peak Staffing Solutions", "insights@peakstaff.test"),
    "2026 DACH Engineering Salary Guide - your free copy", "2026-01-27 10:00 +0100",
    """Hi Jonas,

Our 2026 DACH Engineering Salary Guide is here! Find out what test and validation engineers are earning in Munich, Stuttgart and Vienna, which skills are commanding a premium (hint: HIL and battery testing) and how many interview rounds to expect.

Download your free copy: https://peakstaff.test/salary-guide-2026

Looking for your next role? Our consultants are here to help.

Peak Staffing Solutions
Unsubscribe from marketing emails""", headers=LIST, fmt="html")

add("other", "forwarded_job_ad_from_friend", "de", "", "",
    ("Philipp Auer", "philipp.auer@example.org"),
    "Fwd: Stellenangebot Versuchsingenieur – wär das was für dich?", "2026-03-29 12:03 +0200",
    """Hab das bei uns im Intranet gesehen, wär doch was für dich? Kann dich gern empfehlen, gibt auch Prämie für mich haha

Philipp""" + forwarded("Interne Stellenbörse <stellen@zf-example.test>", "Fr., 27. März 2026 um 09:00",
    "Stellenangebot Versuchsingenieur Getriebeerprobung (m/w/d)", "alle-mitarbeiter@zf-example.test",
    """Liebe Kolleginnen und Kollegen,

für unsere Getriebeerprobung in Friedrichshafen suchen wir ab sofort eine/n Versuchsingenieur/in. Empfehlungen nimmt das Recruiting gerne entgegen. Für erfolgreiche Empfehlungen zahlen wir eine Prämie von 2.000 EUR.

Ihr HR-Team"""))

add("other", "insurance_claim_received", "de", "", "",
    ("Allgäuer Versicherung Schadenservice", "schaden-noreply@allgaeuer-vers.test"),
    "Ihre Schadenmeldung Nr. KF-2026-118822", "2026-04-18 09:40 +0200",
    """Sehr geehrter Herr Keller,

vielen Dank für Ihre Schadenmeldung zu Ihrem Fahrzeug S-JK 4417 (Glasschaden). Wir haben Ihre Meldung erhalten und bearbeiten sie in der Reihenfolge des Eingangs.

Bitte haben Sie Verständnis, dass wir aufgrund des hohen Aufkommens derzeit keine telefonischen Auskünfte geben können.

Ihr Schadenservice
Allgäuer Versicherung AG""")

add("other", "conference_speaker_accepted", "en", "", "",
    ("TestExpo Europe Programme Committee", "programme@testexpo-europe.test"),
    "Your talk proposal: accepted!", "2026-02-19 12:00 +0100",
    """Dear Jonas,

We are pleased to inform you that your proposal "Ten thousand hours on an e-axle endurance rig: what broke and why" has been accepted for TestExpo Europe 2026 in Stuttgart (16-18 June).

Please confirm your participation by 6 March and upload your speaker bio. You will receive a free full-conference pass.

Congratulations,
The TestExpo Europe Programme Committee""")

add("other", "flatshare_rejection_casual", "es", "", "",
    ("Nuria Vidal", "nuria.vidal@example.net"),
    "Re: habitación en Gràcia", "2026-04-23 22:05 +0200",
    """Hola Jonas!

Gracias por venir a ver el piso el martes. Al final hemos decidido quedarnos con otra chica que ya conocíamos, lo siento mucho 😕 Seguro que encuentras algo pronto, Barcelona está complicada pero hay cosas.

Suerte!
Nuria""" + gmail_quote("Wed, 22 Apr 2026 at 09:30", "Jonas Keller", "jonas.keller@example.com",
    """Hola Nuria,

gracias por enseñarme la habitación ayer. ¿Habéis decidido algo ya?

Un saludo,
Jonas"""))

add("other", "mobile_contract_offer", "de", "", "",
    ("Telko Süd Kundenservice", "angebote@telkosued.test"),
    "Ihr persönliches Angebot: 50 GB für nur 9,99 €", "2026-03-08 11:00 +0100",
    """Hallo Herr Keller,

als treuer Kunde haben wir ein exklusives Angebot für Sie: Wechseln Sie jetzt in den Tarif Süd 50 und surfen Sie mit 50 GB für nur 9,99 € im Monat. Das Angebot gilt nur bis 31.03.2026.

Jetzt Angebot sichern: https://telkosued.test/angebot

Ihr Telko Süd Team
Abmelden""", headers=LIST, fmt="html")

add("other", "ats_account_password_reset", "en", "", "",
    ("Workday", "haldenaero@myworkday.com"),
    "Password reset request", "2026-01-06 21:02 +0000",
    """Hello Jonas,

We received a request to reset the password for your Halden Aerospace candidate account. To reset your password, click the link below. The link is valid for 30 minutes.

https://halden.wd3.myworkday.com/halden_careers/passwordreset?t=8f71

If you did not request this, you can ignore this email.

This is an automated message. Please do not reply.""")

add("other", "github_style_notification_job_board_saved", "en", "", "",
    ("Glassdoor", "noreply@glassdoor.com"),
    "Interview reviews for Lumatrix Robotics", "2026-03-12 18:00 +0000",
    """Jonas, preparing for your interview?

Here's what candidates say about interviewing at Lumatrix Robotics:

"Four rounds, very structured. The test-design case was fun. Got an offer after 3 weeks." - Validation Engineer, Munich
"Recruiter was great but they cancelled my onsite twice." - Hardware Test Engineer

Interview difficulty: 3.4 / 5 · Positive experience: 71%

Read all 38 interview reviews: https://www.glassdoor.com/Interview/Lumatrix

Manage email settings | Unsubscribe""", headers=LIST, fmt="alt")

add("other", "french_friend_entretien_news", "fr", "", "",
    ("Hugo Lefèvre", "hugo.lefevre@example.org"),
    "nouvelles de Toulouse", "2026-03-14 13:25 +0100",
    """Salut Jonas,

Alors, ça avance de ton côté ? Moi j'ai eu mon entretien chez un motoriste à Tarnos la semaine dernière, ils m'ont dit qu'ils me recontactaient mais toujours rien. Et l'autre boîte m'a envoyé un refus type, même pas signé...

Si tu passes à Toulouse pour tes entretiens, dis-moi, on se fait un resto !

Hugo""", fmt="qp")

add("other", "kununu_company_review_digest", "de", "", "",
    ("kununu", "newsletter@kununu.test"),
    "Neue Bewertungen für Arbeitgeber, die du beobachtest", "2026-04-11 08:00 +0200",
    """Hallo Jonas,

es gibt 4 neue Bewertungen für Arbeitgeber, die du beobachtest:

Brenner Antriebssysteme GmbH – 3,6 ★ – „Bewerbungsprozess: Einladung kam schnell, Absage dann nach 6 Wochen ohne Begründung.“
Hegau Messtechnik GmbH & Co. KG – 4,2 ★ – „Probearbeitstag war fair organisiert.“

Alle Bewertungen ansehen: https://www.kununu.test/de

Du bekommst diese E-Mail, weil du Arbeitgeber beobachtest. Abmelden""", headers=LIST, fmt="html")

add("other", "ics_private_dinner_invite", "en", "", "",
    ("Aylin Demir", "aylin.demir@example.net"),
    "Invitation: Dinner at Aylin's @ Sat 21 Mar 2026 19:00", "2026-03-16 20:10 +0100",
    """Hi Jonas, dinner at ours on Saturday? Philipp and Nina are coming too. Bring nothing but yourself :)

Aylin""", ics=ics("dinner-2103@example.net", "20260321T190000", 180, "Dinner at Aylin's",
        ("Aylin Demir", "aylin.demir@example.net"), location="Schwabstraße 14, Stuttgart"), fmt="alt")

add("other", "own_sent_application", "en", "", "",
    ME, "Application: Structures Test Engineer - Toulouse", "2026-04-02 09:14 +0200",
    """Dear Ms O'Connor,

please find attached my application for the Structures Test Engineer position at your Toulouse site. I am a test engineer with seven years of experience in component and vehicle testing, most recently leading endurance campaigns on e-axle test rigs.

I look forward to hearing from you.

Kind regards
Jonas Keller
+49 151 5555 0177""", to=("Bec O'Connor", "bec.o'connor@sxat.test"), attachment=("CV_Jonas_Keller.pdf", "application/pdf"),
    msgid="<CAJk-sxat-0402-jk@mail.example.com>")

add("other", "utility_meter_appointment_missed", "de", "", "",
    ("Stadtwerke Stuttgart Kundenservice", "kundenservice@sws-energie.test"),
    "Zählerablesung – wir haben Sie leider nicht angetroffen", "2026-01-16 15:30 +0100",
    """Sehr geehrter Herr Keller,

unser Ableser war heute zum angekündigten Termin bei Ihnen, hat Sie jedoch leider nicht angetroffen. Bitte teilen Sie uns Ihren Zählerstand bis zum 23.01.2026 online mit: https://sws-energie.test/zaehlerstand

Mit freundlichen Grüßen
Ihre Stadtwerke Stuttgart""")

add("other", "recruiter_follow_up_no_request", "en", "", "",
    ("Priya Raman", "priya.raman@example.net"),
    "Following up", "2026-05-12 19:44 +0200",
    """Hey Jonas,

just following up from the meetup last week - it was great chatting about rig controllers! Here's the paper on fatigue damage equivalence I mentioned: https://arxiv.example.org/abs/2601.01234

Let's grab a coffee sometime.

Priya""")

add("other", "ooo_spanish_recruiter", "es", "", "",
    ("Ainhoa Etxeberria", "ainhoa.etxeberria@ibaialde.test"),
    "Respuesta automática: Prueba técnica - Ingeniero/a de ensayos", "2026-03-02 18:41 +0100",
    """Hola,

Estoy fuera de la oficina hasta el 6 de marzo, con acceso limitado al correo. Para cualquier asunto urgente relacionado con procesos de selección, puedes escribir a rrhh@ibaialde.test.

Gracias,
Ainhoa Etxeberria""", headers=[("Auto-Submitted", "auto-replied")])

add("other", "stellenmarkt_newsletter_austria", "de", "", "",
    ("karriere.at Jobletter", "jobletter@karriere-at.test"),
    "Neue Jobs für dich: Prüfingenieur in Graz und Wien", "2026-02-24 06:00 +0100",
    """Servus Jonas,

hier sind deine neuen Jobs der Woche:

Prüfstandsingenieur E-Mobilität (m/w/d) · Grazer E-Mobility Lab GmbH · Graz · ab € 4.200 brutto/Monat
Testingenieur Bremse (w/m/d) · Donau Rail Systems GmbH · Wien · ab € 4.600 brutto/Monat lt. KV
Versuchsingenieur (m/w/d) · Alpen Personal GmbH · Graz-Umgebung

Übrigens: Im karriere.at Blog erfährst du, wie du nach einer Absage professionell nachfragst und warum ein verpasstes Vorstellungsgespräch nicht das Ende sein muss.

Jobletter abbestellen: https://www.karriere-at.test/jobletter""", headers=LIST, fmt="html")


# ---------------------------------------------------------------- writing


def main() -> None:
    """Rewrites every kind folder and labels.csv from MAILS."""
    for kind in KINDS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    rows = []
    for n, mail in enumerate(MAILS, start=1):
        MSGIDS[n] = message_id(mail, n)
    for n, mail in enumerate(MAILS, start=1):
        assert mail.kind in KINDS, mail.scenario
        rel = f"{mail.kind}/{n:03d}_{mail.scenario}.eml"
        (ROOT / mail.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(mail, n))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
