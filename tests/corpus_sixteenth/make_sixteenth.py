"""Writes the sixteenth labelled corpus: Marc Dubois's inbox, March to July 2026.

Every message below is written out by hand (no templates with names swapped); this module only
encodes them into .eml files (charset, transfer encoding, HTML, calendar parts, threading) and
writes labels.csv. Run it from anywhere: `python tests/corpus_sixteenth/make_sixteenth.py`.
It imports only the standard library, and nothing from the classifier.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Marc Dubois <marc.dubois@example.org>"
MY_ADDR = "marc.dubois@example.org"
KINDS_DIRS = (
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
    """One message as written, before encoding."""

    kind: str
    slug: str
    lang: str
    sender: str
    subject: str
    body: str
    date: str
    company: str = ""
    contact: str = ""
    to: str = ME
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 8bit | qp | b64
    charset: str = "utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    ics: str = ""
    reply: bool = False
    html_style: int = 0
    html_body: str = ""
    cc: str = ""


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


def enc_addr(addr: str) -> str:
    """RFC 2047-encode a display name that is not plain ASCII."""
    if "<" not in addr:
        return addr
    name, rest = addr.split("<", 1)
    name = name.strip().strip('"')
    if not name:
        return "<" + rest
    if name.isascii():
        if any(c in name for c in ",.()@"):
            return f'"{name}" <{rest}'
        return f"{name} <{rest}"
    return f"{Header(name, 'utf-8').encode()} <{rest}"


def enc_subject(subject: str) -> str:
    if subject.isascii():
        return subject
    return Header(subject, "utf-8").encode(linesep="\r\n")


def encode_body(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "b64":
        return "base64", base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).replace(b"\r\r\n", b"\r\n")
    return ("7bit" if raw.isascii() else "8bit"), raw


def part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    name, payload = encode_body(text, charset, cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\r\nContent-Transfer-Encoding: {name}\r\n\r\n"
    return head.encode("ascii") + payload + (b"" if payload.endswith(b"\r\n") else b"\r\n")


P_OPEN = '<p style="margin:0 0 12px 0">'
P_MSO = '<p class="MsoNormal">'


def to_html(m: Mail) -> str:
    """An HTML rendering of the text, in one of a few house styles (ATS, newsletter, Outlook)."""
    if m.html_body:
        return m.html_body
    paras = m.body.split("\n\n")
    inner = "".join(
        P_OPEN + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras
    )
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">'
    if m.html_style == 1:
        return (
            f"<html><head>{meta}</head><body style=\"background:#f4f4f4\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\" "
            "style=\"font-family:Arial,sans-serif;font-size:14px;background:#ffffff\">"
            "<tr><td style=\"padding:24px\"><img src=\"https://cdn.example.net/logo.png\" alt=\"logo\" width=\"120\"></td></tr>"
            f"<tr><td style=\"padding:0 24px 24px 24px\">{inner}</td></tr>"
            "<tr><td style=\"padding:12px;font-size:11px;color:#888\">"
            "<img src=\"https://t.example.net/open/3f9a1c.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr>"
            "</table></body></html>"
        )
    if m.html_style == 2:
        return (
            f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>{meta}"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style>"
            f"</head><body lang=\"EN-GB\"><div class=\"WordSection1\">{inner.replace(P_OPEN, P_MSO)}"
            "</div></body></html>"
        )
    return f"<html><head>{meta}</head><body><div dir=\"ltr\">{inner}</div></body></html>"


UTC_SENDERS = ("greenhouse", "lever.co", "myworkday", "icims", "smartrecruiters", "taleo", "goodtime",
               "ashbyhq", "teamtailor", "linkedin", "indeed", "google.com", "docusign", "successfactors")


def utc_offset(m: Mail) -> timedelta:
    """The sender's offset: the written time is the sender's local time, as in a real inbox."""
    domain = m.sender.rsplit("@", 1)[1].lower()
    summer = m.date >= "2026-03-29"
    if any(s in domain for s in UTC_SENDERS):
        return timedelta(0)
    if domain.rstrip(">").endswith(".ca"):
        return timedelta(hours=-4 if m.date >= "2026-03-08" else -5)
    if domain.rstrip(">").endswith(".in"):
        return timedelta(hours=5, minutes=30)
    if domain.rstrip(">").endswith((".co.uk", ".ie")):
        return timedelta(hours=1 if summer else 0)
    if domain.rstrip(">").endswith(".edu.au"):
        return timedelta(hours=10 if m.date >= "2026-04-05" else 11)
    return timedelta(hours=2 if summer else 1)


def opaque_id(*parts: object) -> str:
    """A Message-ID left part that, like a real one, says nothing about the content."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:24].upper()


def build(m: Mail, n: int) -> bytes:
    dt = datetime.fromisoformat(m.date).replace(tzinfo=timezone(utc_offset(m)))
    domain = m.sender.rsplit("@", 1)[1].rstrip(">").strip()
    mid = f"<{opaque_id(m.slug, n)}.{int(dt.timestamp()) % 100000}@{domain}>"
    lines = [
        f"Return-Path: <{m.sender.rsplit('<', 1)[-1].rstrip('>')}>",
        f"From: {enc_addr(m.sender)}",
        f"To: {enc_addr(m.to)}",
    ]
    if m.cc:
        lines.append(f"Cc: {enc_addr(m.cc)}")
    if m.reply_to:
        lines.append(f"Reply-To: {enc_addr(m.reply_to)}")
    lines += [
        f"Subject: {enc_subject(m.subject)}",
        f"Date: {format_datetime(dt)}",
        f"Message-ID: {mid}",
    ]
    if m.reply:
        parent = f"<CAKd{opaque_id('parent', m.slug)[:16]}+{n:03d}@mail.example.org>"
        lines += [f"In-Reply-To: {parent}", f"References: {parent}"]
    for k, v in m.headers.items():
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    head = ("\r\n".join(lines) + "\r\n").encode("ascii")
    text_part = part("text/plain", m.body, m.charset, m.cte)
    if m.fmt == "html" and not m.ics:
        return head + part("text/html", to_html(m), m.charset, m.cte)
    if m.fmt == "plain" and not m.ics:
        return head + text_part
    boundary = f"=_b{n:03d}_{m.slug[:8]}"
    parts: list[bytes] = []
    if m.fmt in ("plain", "alt"):
        parts.append(text_part)
    if m.fmt in ("html", "alt"):
        parts.append(part("text/html", to_html(m), m.charset, m.cte))
    if m.ics:
        method = "CANCEL" if "METHOD:CANCEL" in m.ics else "REQUEST"
        parts.append(part("text/calendar", m.ics, "utf-8", "8bit", f"; method={method}"))
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p
    return out + f"--{boundary}--\r\n".encode()


def ics(uid: str, start: str, minutes: int, summary: str, organizer: str, method: str = "REQUEST",
        location: str = "", tz: str = "Europe/Paris", seq: int = 0) -> str:
    """A minimal but valid iTIP invitation or cancellation."""
    s = datetime.fromisoformat(start)
    e = s + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%S"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    loc = f"LOCATION:{location}\n" if location else ""
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Corpus16//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260301T090000Z\n"
        f"DTSTART;TZID={tz}:{s.strftime(fmt)}\nDTEND;TZID={tz}:{e.strftime(fmt)}\n"
        f"SUMMARY:{summary}\n{loc}ORGANIZER:mailto:{organizer}\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{MY_ADDR}\n"
        f"SEQUENCE:{seq}\nSTATUS:{status}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def quote(lines: str) -> str:
    return "\n".join("> " + x if x else ">" for x in lines.strip("\n").split("\n"))


def write_all() -> None:
    for kind in KINDS_DIRS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    rows = []
    seen = set()
    for n, m in enumerate(MAILS, start=1):
        assert m.kind in KINDS_DIRS, m.slug
        assert m.slug not in seen, m.slug
        seen.add(m.slug)
        rel = f"{m.kind}/{n:03d}_{m.slug}.eml"
        (ROOT / rel).write_bytes(build(m, n))
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# The messages. Marc Dubois, secondary-school teacher (history/French), moving into
# instructional design and EdTech; applies in Brussels, Lyon, Strasbourg, Basel, Stuttgart,
# Munich, Montréal and Toronto.
# ---------------------------------------------------------------------------------------------

# ----- rejections ----------------------------------------------------------------------------

add("rejection", "greenhouse_edtech_soft", "en",
    "Lumen Learning Labs <no-reply@us.greenhouse-mail.io>",
    "Your application to Lumen Learning Labs",
    """Hi Marc,

Thank you for your interest in the Instructional Designer (Contract, Remote EU) role at Lumen Learning Labs, and for the time you put into your application.

We've reviewed your background carefully and have decided to pursue other candidates whose experience more closely aligns with what the team needs right now.

We'll keep your details on file and may reach out if something better suited comes up.

All the best,
The Lumen Learning Labs Talent Team

This email was sent via Greenhouse. Please do not reply directly to this message.""",
    "2026-03-09T17:42:00", company="Lumen Learning Labs", fmt="alt", html_style=1, cte="qp")

add("rejection", "hm_mobile_terse", "en",
    "Priya Raman <priya.raman@brightpath-academy.example.com>",
    "Re: Curriculum lead",
    """Hi Marc - thanks for coming in Tues. We've gone with someone with more secondary maths exp. Best of luck w/ the search.

Priya

Sent from my iPhone

> On 14 Apr 2026, at 09:12, Marc Dubois <marc.dubois@example.org> wrote:
>
> Dear Priya,
> Thank you again for the conversation on Tuesday about the curriculum lead position. I enjoyed meeting the team.
> Best regards,
> Marc""",
    "2026-04-16T21:05:00", company="BrightPath Academy", contact="priya.raman@brightpath-academy.example.com", reply=True)

add("rejection", "ecole_privee_fr_formal", "fr",
    "Direction - Institution Saint-Exupéry <direction@institution-stex.example.fr>",
    "Votre candidature - poste d'enseignant d'histoire-géographie",
    """Monsieur,

Nous avons bien pris connaissance de votre candidature au poste d'enseignant d'histoire-géographie pour la rentrée de septembre 2026, et nous vous en remercions.

Après examen attentif de l'ensemble des dossiers reçus, nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Anne-Laure Besson
Directrice
Institution Saint-Exupéry
12 rue des Chartreux, 69001 Lyon
Tél. 04 72 00 00 00""",
    "2026-03-20T11:30:00", company="Institution Saint-Exupéry", contact="direction@institution-stex.example.fr",
    charset="iso-8859-1", cte="qp")

add("rejection", "workday_university_position_filled", "en",
    "University of Lakeshore Careers <lakeshore@myworkday.com>",
    "Regarding Job Requisition R-0045517 Learning Experience Designer",
    """Dear Marc Dubois,

Thank you for applying to R-0045517 Learning Experience Designer  -  Centre for Teaching Support & Innovation.

We wish to inform you that this position has now been filled. We encourage you to continue to visit our careers site and apply to positions that match your skills and interests.

Please note this mailbox is not monitored.

Regards,
Talent Acquisition
University of Lakeshore

---
This message was generated automatically by Workday. Do not reply.""",
    "2026-05-04T14:03:00", company="University of Lakeshore", fmt="html", html_style=1)

add("rejection", "kultusministerium_de_absage", "de",
    "Staatliches Schulamt Stuttgart <poststelle@ssa-stuttgart.example.de>",
    "Ihre Bewerbung vom 02.03.2026 - Az. 21-0311/26",
    """Sehr geehrter Herr Dubois,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit als Lehrkraft (Französisch/Geschichte) im Vorbereitungsdienst bzw. als Quereinsteiger.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im laufenden Auswahlverfahren nicht berücksichtigen können. Maßgeblich hierfür ist, dass die Anerkennung Ihrer Lehrbefähigung für das Land Baden-Württemberg noch nicht vorliegt.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Sabine Kögel
Staatliches Schulamt Stuttgart
Referat 21 - Personal
Tel.: 0711 000 00 21""",
    "2026-04-02T10:15:00", company="Staatliches Schulamt Stuttgart", contact="poststelle@ssa-stuttgart.example.de",
    charset="iso-8859-1", cte="qp")

add("rejection", "agency_relayed_uk", "en",
    "Tom Hadley <tom.hadley@tandemtalent.example.co.uk>",
    "RE: Learning Designer - client feedback",
    """Hi Marc,

Hope you're well! Just had feedback back from the client (Northgate Training Group) on the learning designer role.

Unfortunately they've decided not to progress your application to the next stage - they were really after someone with heavier Articulate Storyline experience and a corporate L&D background. Gutted as I thought you'd be a great fit!!

Please don't be disheartened, I've got a couple of other roles coming in over the next few weeks that I think could suit you better, I'll be in touch.

Cheers,
Tom

Tom Hadley | Senior Consultant - Learning & Development
Tandem Talent Ltd | 020 7946 0123 | www.tandemtalent.example.co.uk

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Tandem Talent Ltd is registered in England & Wales no. 00000000.""",
    "2026-03-27T16:48:00", company="Northgate Training Group", contact="tom.hadley@tandemtalent.example.co.uk",
    fmt="alt", html_style=2, reply=True)

add("rejection", "after_demo_lesson_fr_be", "fr",
    "Mme Claessens <s.claessens@athenee-royal-ixelles.example.be>",
    "Suite à votre leçon d'essai",
    """Bonjour Monsieur Dubois,

Je tenais à vous remercier personnellement pour la leçon d'essai donnée jeudi dernier en 4e secondaire. Les élèves ont apprécié votre approche par les sources.

Le jury a toutefois retenu un autre candidat, dont le profil correspondait davantage aux besoins de l'équipe (notamment l'expérience du réseau de la Fédération Wallonie-Bruxelles). Ce n'est pas une décision facile, et je vous encourage à postuler à nouveau lors d'une prochaine vacance.

Bien à vous,

Sophie Claessens
Préfète des études
Athénée Royal d'Ixelles""",
    "2026-05-11T13:22:00", company="Athénée Royal d'Ixelles", contact="s.claessens@athenee-royal-ixelles.example.be",
    charset="windows-1252", cte="qp")

add("rejection", "startup_ceo_short", "en",
    "Jonas <jonas@quizbloom.example.io>",
    "Following up",
    """Hey Marc,

thanks for your time on the call last week. Honestly we loved the energy but we won't be moving forward -- we need someone who can also own the product side and that's just not where your experience is yet.

Good luck!
Jonas
co-founder, Quizbloom""",
    "2026-04-21T19:51:00", company="Quizbloom", contact="jonas@quizbloom.example.io")

add("rejection", "role_on_hold_lever", "en",
    "Kinetic Classroom <no-reply@hire.lever.co>",
    "Update on your application",
    """Hi Marc,

We wanted to give you an update on the Senior Instructional Designer position you applied for.

Due to a change in business priorities, this role has been put on hold and we will not be proceeding with hiring for it at this time. As a result, we are closing all open applications, including yours.

We truly appreciate the time you invested and hope you'll consider Kinetic Classroom for future opportunities.

Best,
Kinetic Classroom Recruiting""",
    "2026-06-02T15:00:00", company="Kinetic Classroom", reply_to="careers@kineticclassroom.example.com",
    contact="careers@kineticclassroom.example.com",
    fmt="html", cte="b64")

add("rejection", "indian_english_regret", "en",
    "HR Desk - Vidyaan EduSolutions <hr.desk@vidyaan.example.in>",
    "Application status - Content Developer (French)",
    """Dear Candidate,

Greetings from Vidyaan EduSolutions!!

With reference to your application for the post of Content Developer (French), we regret to inform you that your profile has not been shortlisted for further process at this point of time.

We shall retain your resume in our database and do revert in case of any suitable opening in future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
Kavitha S.
HR Desk
Vidyaan EduSolutions Pvt. Ltd.
Pune | +91 20 0000 0000""",
    "2026-03-13T07:44:00", company="Vidyaan EduSolutions", contact="hr.desk@vidyaan.example.in")

add("rejection", "csdm_portal_quebec", "fr",
    "Centre de services scolaire du Mont-Royal <ne-pas-repondre@csmr.example.qc.ca>",
    "Concours 2026-041 - Conseiller pédagogique / conseillère pédagogique",
    """Bonjour,

Nous vous remercions de l'intérêt que vous portez au Centre de services scolaire du Mont-Royal.

Nous désirons vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection du concours 2026-041 - Conseiller pédagogique (intégration du numérique).

Nous conservons votre dossier dans notre banque de candidatures pour une période de douze mois.

Veuillez prendre note qu'il s'agit d'un message automatisé. Merci de ne pas y répondre.

Service des ressources humaines
Centre de services scolaire du Mont-Royal""",
    "2026-04-28T12:10:00", company="Centre de services scolaire du Mont-Royal", fmt="html", html_style=1,
    charset="windows-1252", cte="qp")

add("rejection", "swiss_formal_absage", "de",
    "Personaldienst Gymnasium am Münsterplatz <personal@gym-muensterplatz.example.ch>",
    "Ihre Bewerbung als Lehrperson Französisch (Pensum 60-80%)",
    """Sehr geehrter Herr Dubois

Besten Dank für Ihre Bewerbung und das Interesse an unserer Schule.

Wir haben zahlreiche qualifizierte Bewerbungen erhalten. Nach eingehender Prüfung haben wir uns für eine andere Person entschieden, deren Profil unseren Anforderungen noch besser entspricht. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse

Dr. Urs Zeller
Rektor
Gymnasium am Münsterplatz
Münsterplatz 15, 4051 Basel""",
    "2026-03-31T09:02:00", company="Gymnasium am Münsterplatz", contact="personal@gym-muensterplatz.example.ch",
    cte="b64")

add("rejection", "after_takehome_edtech", "en",
    "Hannah Okafor <hannah@sproutlearn.example.com>",
    "Your storyboard task",
    """Hi Marc,

Thanks so much for turning the storyboard around so quickly - the panel could really see the classroom experience in it, especially the formative check-ins.

After a lot of discussion we've decided not to move ahead with your candidacy for this role. The main gap for us was authoring-tool depth (we need someone productive in Rise and Storyline from week one).

I know that's disappointing after the effort you put in. If it helps, I'm happy to jump on a 15-min call to share more specific feedback.

Warmly,
Hannah Okafor
Head of Learning Design | SproutLearn
Toronto, ON""",
    "2026-05-22T18:20:00", company="SproutLearn", contact="hannah@sproutlearn.example.com", fmt="alt")

add("rejection", "spanish_colegio", "es",
    "Recursos Humanos Colegio Internacional Alameda <rrhh@colegio-alameda.example.es>",
    "Proceso de selección - Profesor/a de Francés",
    """Estimado Marc:

Le agradecemos sinceramente su interés en formar parte del Colegio Internacional Alameda y el tiempo dedicado al proceso de selección.

Lamentamos comunicarle que, tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a las necesidades actuales del centro.

Guardaremos su currículum para futuras vacantes, si así lo desea.

Un cordial saludo,

Lucía Navarro
Departamento de Recursos Humanos
Colegio Internacional Alameda""",
    "2026-04-07T12:31:00", company="Colegio Internacional Alameda", contact="rrhh@colegio-alameda.example.es",
    charset="iso-8859-1", cte="qp")

add("rejection", "successfactors_bank_academy", "en",
    "Helvora Bank Careers <careers-noreply@successfactors.eu>",
    "Helvora Bank - Status of your application 10482",
    """Dear Marc,

Thank you for your application for the position of

   Learning Specialist Digital Academy (80-100%)   Job ID 10482

and for the interest in Helvora Bank.

After careful consideration we regret to inform you that we are not able to consider your application any further.

As a matter of principle we do not give any reasons for our decision. We thank you for your understanding.

Kind regards

Helvora Bank AG
Talent Acquisition

Please do not reply to this system generated e-mail.""",
    "2026-06-10T08:15:00", company="Helvora Bank", fmt="html", html_style=1, cte="qp")

add("rejection", "dutch_english_blunt", "en",
    "Femke de Vries <femke.devries@leerplein.example.nl>",
    "Re: Application instructional designer",
    """Dear Marc,

Thank you for your application. We have looked at it with the team. To be direct: we are not going to invite you for an interview. The main reason is that we need somebody who speaks Dutch on a professional level for the work with our schools.

I wish you succes with your search.

Kind regards,
Femke de Vries
Teamlead Onderwijsontwerp
Leerplein - learning that works
Utrecht

> From: Marc Dubois <marc.dubois@example.org>
> Sent: Monday, 16 March 2026 10:02
> To: Femke de Vries <femke.devries@leerplein.example.nl>
> Subject: Application instructional designer
>
> Dear Ms de Vries,
> Please find attached my application for the instructional designer role in your Utrecht team.""",
    "2026-03-19T15:37:00", company="Leerplein", contact="femke.devries@leerplein.example.nl", reply=True)

add("rejection", "teamtailor_de_du", "de",
    "Lernwerk Akademie <notifications@mail.teamtailor.com>",
    "Deine Bewerbung bei Lernwerk Akademie",
    """Hallo Marc,

vielen Dank für deine Bewerbung als Online-Trainer:in / Learning Designer bei der Lernwerk Akademie und für die Zeit, die du dir genommen hast.

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für andere Kandidat:innen entschieden, deren Erfahrungen noch besser zu unseren aktuellen Anforderungen passen.

Wir wünschen dir für deinen weiteren Weg alles Gute!

Liebe Grüße
Julia aus dem People-Team der Lernwerk Akademie""",
    "2026-04-14T16:06:00", company="Lernwerk Akademie", reply_to="Julia Brandt <julia.brandt@lernwerk-akademie.example.de>",
    contact="julia.brandt@lernwerk-akademie.example.de", fmt="html", html_style=1)

add("rejection", "french_lycee_after_interview_casual", "fr",
    "Karim Benali <k.benali@lycee-vauban-stras.example.fr>",
    "Re: entretien du 3 juin",
    """Bonjour Marc,

Merci encore d'être venu mardi. Je vais être franc : on a choisi une collègue déjà titulaire de l'académie, ça simplifie beaucoup les choses côté rectorat. Rien à voir avec la qualité de ton entretien.

Si un poste de contractuel se libère à la Toussaint je te recontacte, promis.

Bonne continuation,
Karim

--
Karim Benali
Proviseur adjoint, Lycée Vauban - Strasbourg

Le 4 juin 2026 à 08:15, Marc Dubois <marc.dubois@example.org> a écrit :
> Bonjour Monsieur Benali,
> Je vous remercie pour l'entretien d'hier et reste très motivé par le poste.
> Cordialement,
> Marc Dubois""",
    "2026-06-06T10:44:00", company="Lycée Vauban", contact="k.benali@lycee-vauban-stras.example.fr", reply=True)

add("rejection", "ashby_after_final", "en",
    "Ola from Pathwise <ola@ashbyhq.example.com>",
    "Pathwise // Instructional Designer",
    """Hi Marc,

Thank you for spending so much time with us over the last few weeks - the demo lesson, the panel and the chat with our CEO.

This was a really close decision, but we've decided to extend an offer to another candidate. I wanted you to hear it from me rather than via a form email.

I'd genuinely like to stay in touch; we'll be hiring for a second ID role in Q4.

Ola Adeyemi
Talent Partner, Pathwise""",
    "2026-07-08T17:12:00", company="Pathwise", reply_to="Ola Adeyemi <ola.adeyemi@pathwise.example.com>",
    contact="ola.adeyemi@pathwise.example.com", fmt="alt", cte="qp")

add("rejection", "australian_not_progressing", "en",
    "Recruitment - Southbank Grammar <recruitment@southbankgrammar.example.edu.au>",
    "Application - Head of Digital Learning",
    """Dear Marc,

Thanks for your interest in the Head of Digital Learning role at Southbank Grammar. We had a very strong field this time round.

Unfortunately we shan't be progressing your application further on this occasion. We do appreciate that this isn't the news you were hoping for.

Kind regards,

Recruitment Team
Southbank Grammar""",
    "2026-03-17T23:40:00", company="Southbank Grammar", contact="recruitment@southbankgrammar.example.edu.au")

add("rejection", "cancelled_role_de_personio", "de",
    "Bildungsfabrik München <no-reply@bildungsfabrik.jobs.personio.de>",
    "Ihre Bewerbung als Instructional Designer (m/w/d)",
    """Sehr geehrter Herr Dubois,

vielen Dank für Ihr Interesse an der Bildungsfabrik München.

Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle als Instructional Designer (m/w/d) aus internen Gründen nicht besetzt wird. Das Auswahlverfahren wurde daher eingestellt.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Team der Bildungsfabrik München""",
    "2026-05-15T11:55:00", company="Bildungsfabrik München", fmt="html", html_style=1, cte="b64")

add("rejection", "smartrecruiters_museum", "en",
    "Royal Ontario Heritage Museum <noreply@smartrecruiters.com>",
    "Education Programs Coordinator - application update",
    """Dear Marc,

Thank you for taking the time to apply for the Education Programs Coordinator position.

We received a high number of applications and after careful review, we will not be moving forward with your candidacy at this time.

We encourage you to apply for future roles that match your skills and experience.

Sincerely,
People & Culture
Royal Ontario Heritage Museum""",
    "2026-05-27T20:18:00", company="Royal Ontario Heritage Museum", fmt="alt", html_style=1)

add("rejection", "italian_english_gentle", "en",
    "Giulia Ferraro <g.ferraro@scuolanova.example.it>",
    "Your candidature",
    """Dear Mr. Dubois,

thank you very much for the interview of last week, it was a pleasure to know you and your experience with the students in Lyon.

I am sorry to communicate you that the commission has chosen another candidate for the post of French teacher in our international section. The decision was not simple, because your profile was really interesting.

We remain available for any clarification and we wish you all the best for your professional path.

Kind regards
Giulia Ferraro
Coordinatrice Sezione Internazionale
Scuola Nova International School - Milano""",
    "2026-04-24T14:25:00", company="Scuola Nova International School", contact="g.ferraro@scuolanova.example.it",
    charset="windows-1252", cte="qp")

add("rejection", "very_short_thanks_no", "en",
    "Derek Chow <derek.chow@maplecrest-tutoring.example.ca>",
    "Re: Tutor coordinator",
    """Thanks for your time, but we won't be moving forward. Best, Derek""",
    "2026-06-19T12:01:00", company="Maplecrest Tutoring", contact="derek.chow@maplecrest-tutoring.example.ca", reply=True)

add("rejection", "icims_hospital_education", "en",
    "St. Aurelia Health Network <stauralia-talent@icims.com>",
    "Clinical Education Specialist - Req #26-1180",
    """Dear Marc Dubois,

We appreciate your interest in St. Aurelia Health Network and the time you invested in applying for the Clinical Education Specialist opening.

We regret to inform you that we have selected candidates whose qualifications better match the needs of this position. Please note that a healthcare or nursing background was required for this role.

We wish you every success.

Human Resources
St. Aurelia Health Network

*** This is an automated message. Replies to this address are not monitored. ***""",
    "2026-04-09T13:13:00", company="St. Aurelia Health Network", fmt="html", html_style=1)

add("rejection", "fr_organisme_formation_tutoiement", "fr",
    "Camille de l'équipe Talents <camille@formapro-lyon.example.fr>",
    "Ta candidature chez Formapro",
    """Salut Marc,

Merci pour ta candidature au poste de Concepteur·rice pédagogique digital ! On a pris le temps de bien la lire.

Malheureusement, on ne va pas poursuivre avec ton profil pour ce poste : on cherche quelqu'un qui a déjà piloté des projets e-learning de bout en bout côté entreprise.

On garde ton CV sous le coude et on te souhaite plein de réussite dans ta reconversion !

Camille
Formapro - Lyon 7e""",
    "2026-03-24T10:09:00", company="Formapro", contact="camille@formapro-lyon.example.fr", fmt="alt", html_style=1, cte="qp")

add("rejection", "de_uni_nach_vorstellung", "de",
    "Dr. Katrin Albers <katrin.albers@hochschule-neckar.example.de>",
    "AW: Vorstellungsgespräch Mediendidaktiker/in (E13)",
    """Sehr geehrter Herr Dubois,

nochmals vielen Dank für das angenehme Gespräch am 12. Mai und Ihre Probelehrveranstaltung.

Die Auswahlkommission hat sich nach intensiver Beratung für eine Mitbewerberin entschieden. Ich bedauere, Ihnen keine positive Nachricht geben zu können. Gern gebe ich Ihnen telefonisch eine kurze Rückmeldung, wenn Sie das wünschen.

Mit besten Grüßen
Katrin Albers

Dr. Katrin Albers
Leiterin Zentrum für Lehre und Digitalisierung
Hochschule Neckar - University of Applied Sciences
Tel. +49 711 000 000 45

-----Ursprüngliche Nachricht-----
Von: Marc Dubois <marc.dubois@example.org>
Gesendet: Mittwoch, 13. Mai 2026 09:14
An: Katrin Albers <katrin.albers@hochschule-neckar.example.de>
Betreff: Vorstellungsgespräch Mediendidaktiker/in (E13)

Sehr geehrte Frau Dr. Albers,
vielen Dank für das Gespräch gestern.""",
    "2026-05-26T15:30:00", company="Hochschule Neckar", contact="katrin.albers@hochschule-neckar.example.de",
    reply=True, fmt="alt", html_style=2, cte="qp")

add("rejection", "es_edtech_casual", "es",
    "Pablo | Aulaviva <pablo@aulaviva.example.com>",
    "Re: Diseñador instruccional",
    """Hola Marc,

Gracias por la charla del martes. Al final hemos decidido no seguir adelante con tu candidatura: buscamos a alguien con un nivel de español nativo para producir los contenidos. Una pena, porque tu experiencia en aula nos gustó mucho.

¡Mucha suerte!
Pablo

El mar, 5 may 2026 a las 18:02, Marc Dubois (<marc.dubois@example.org>) escribió:
> Hola Pablo, gracias por tu tiempo hoy. Quedo atento. Un saludo, Marc""",
    "2026-05-08T09:47:00", company="Aulaviva", contact="pablo@aulaviva.example.com", reply=True)

add("rejection", "taleo_school_board", "en",
    "Toronto Westside District School Board <tws.careers@taleo.net>",
    "TWSDSB - Occasional Teacher Roster, Job Number 2600318",
    """Dear Marc Dubois ,

Thank you for your interest in the Occasional Teacher Roster (French as a Second Language) , Job Number 2600318 .

After careful review of your application , we have determined that you do not meet the minimum qualifications for this posting . Specifically , applicants must hold current certification with the Ontario College of Teachers .

You may review other postings on our careers page .

TWSDSB Human Resources Services

This is a system generated message .  Please do not reply .""",
    "2026-06-23T04:12:00", company="Toronto Westside District School Board", charset="windows-1252")

add("rejection", "fr_rectorat_contractuel", "fr",
    "DPE - Rectorat de l'académie de Lyon <ne-pas-repondre@ac-lyon.example.fr>",
    "Candidature contractuelle - suite donnée",
    """Monsieur,

Vous avez fait acte de candidature pour exercer des fonctions d'enseignement en qualité de contractuel dans l'académie de Lyon.

J'ai le regret de vous faire savoir que les besoins de la discipline Histoire-Géographie sont actuellement couverts et que votre candidature ne peut être retenue à ce jour.

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Pour le recteur et par délégation,
La cheffe de la division des personnels enseignants""",
    "2026-07-02T16:00:00", company="Rectorat de l'académie de Lyon", fmt="html", html_style=2, charset="iso-8859-1", cte="qp")

# ----- interview invitations -----------------------------------------------------------------

add("interview_invitation", "calendly_edtech_screen", "en",
    "Nadia Petrov <nadia@clevernote.example.com>",
    "Quick chat about the Learning Designer role?",
    """Hi Marc,

Thanks for applying to CleverNote! Your background in the classroom caught my eye - we don't see many applicants who've actually taught 30 teenagers on a Friday afternoon :)

Would you be free for a quick 30-min intro call this week or next? Grab whatever slot works for you here:
https://calendly.com/nadia-clevernote/30min

Talk soon,
Nadia
Recruiting @ CleverNote""",
    "2026-03-11T10:20:00", company="CleverNote", contact="nadia@clevernote.example.com", fmt="alt")

add("interview_invitation", "de_schule_probestunde", "de",
    "Sekretariat Friedrich-List-Gymnasium <sekretariat@flg-muenchen.example.de>",
    "Einladung zum Vorstellungsgespräch und Probeunterricht",
    """Sehr geehrter Herr Dubois,

vielen Dank für Ihre Bewerbung als Lehrkraft für Französisch (Vertretung, befristet).

Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch mit anschließender Probestunde (45 Minuten, Jahrgangsstufe 8, Thema frei wählbar) ein:

Donnerstag, 23. April 2026, 10:30 Uhr
Friedrich-List-Gymnasium, Raum 104 (Verwaltung), Leopoldstraße 00, 80802 München

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, melden Sie sich bitte bei uns.

Mit freundlichen Grüßen

i. A. Monika Huber
Sekretariat
Friedrich-List-Gymnasium München
Tel. 089 000 000 10""",
    "2026-04-14T08:50:00", company="Friedrich-List-Gymnasium", contact="sekretariat@flg-muenchen.example.de",
    charset="iso-8859-1", cte="qp")

add("interview_invitation", "goodtime_panel_ics", "en",
    "Arcadia Learning Recruiting <scheduling@goodtime.io>",
    "Interview Confirmation: Marc Dubois <> Arcadia Learning (Panel)",
    """Hi Marc,

Your panel interview for Senior Instructional Designer has been scheduled. Details below.

Date: Wednesday, April 29, 2026
Time: 3:00 PM - 4:30 PM (Central European Summer Time)
Location: Zoom (link in the calendar invite)

Interviewers:
- Rachel Kim, Director of Learning Design
- Samuel Otieno, Product Manager
- Ines Moreau, Learning Scientist

Please prepare a 15-minute walkthrough of a learning experience you designed.

Questions? Reply to this email or contact Rachel's coordinator, Beth Lowry (beth.lowry@arcadialearning.example.com).

Powered by GoodTime""",
    "2026-04-22T14:02:00", company="Arcadia Learning", reply_to="Beth Lowry <beth.lowry@arcadialearning.example.com>",
    contact="beth.lowry@arcadialearning.example.com", fmt="alt", html_style=1,
    ics=ics("gt-8812-arcadia@goodtime.io", "2026-04-29T15:00:00", 90, "Arcadia Learning - Panel Interview (Marc Dubois)",
            "scheduling@goodtime.io", location="Zoom"))

add("interview_invitation", "fr_cssmr_entrevue", "fr",
    "Julie Tremblay <julie.tremblay@cs-laurentides.example.qc.ca>",
    "Convocation en entrevue - poste de conseiller pédagogique",
    """Bonjour Monsieur Dubois,

Suite à l'analyse de votre candidature, nous avons le plaisir de vous convoquer en entrevue pour le poste de conseiller pédagogique en intégration du numérique.

L'entrevue aura lieu le mardi 19 mai 2026 à 13 h 30, par Teams (le lien vous sera acheminé la veille). Elle sera d'une durée d'environ 60 minutes et comprendra une mise en situation.

Merci de confirmer votre présence en répondant à ce courriel d'ici vendredi.

Au plaisir,

Julie Tremblay
Conseillère en gestion des ressources humaines
Centre de services scolaire des Laurentides
450 000-0000, poste 4471""",
    "2026-05-07T15:41:00", company="Centre de services scolaire des Laurentides", contact="julie.tremblay@cs-laurentides.example.qc.ca",
    fmt="alt", html_style=2, cte="qp")

add("interview_invitation", "agency_excited_next_stage", "en",
    "Chloe Barnes <chloe@brightsidesearch.example.co.uk>",
    "GREAT NEWS - interview!!",
    """Hi Marc!!

So pleased to let you know that the client LOVED your CV and want to meet you!! It's for the Learning Experience Designer role at Oakhurst Publishing we discussed.

They've offered Thursday 7th May at 11am or Friday 8th May at 2pm (UK time), 45 mins on Teams with the Head of Digital Learning. Which works best for you?? Let me know ASAP and I'll lock it in!

I'll send over some prep notes tomorrow. Fingers crossed!!

Chloe

Chloe Barnes | Recruitment Consultant | Brightside Search
M: 07700 900123""",
    "2026-04-30T17:55:00", company="Oakhurst Publishing", contact="chloe@brightsidesearch.example.co.uk")

add("interview_invitation", "workday_self_schedule", "en",
    "Northbridge University <northbridge@myworkday.com>",
    "Action Required: Schedule your interview",
    """Hello Marc,

Congratulations! You have been selected to move forward in the recruiting process for Educational Developer (Job R-26-00981).

Please log in to your candidate home account to select an interview time that works for you. Available times are listed for the next 10 business days.

Schedule now: https://northbridge.wd3.myworkday.com/northbridge/d/task/2998$12.htmld

If you have questions, please contact the hiring coordinator, Amira Haddad, at amira.haddad@northbridge.example.edu.

Thank you,
Northbridge University Talent Acquisition""",
    "2026-05-12T13:30:00", company="Northbridge University",
    fmt="html", html_style=1, cte="qp")

add("interview_invitation", "hm_would_you_be_free", "en",
    "Greg Whitfield <greg@whitfield-consulting.example.com>",
    "Re: LinkedIn message",
    """Marc - thanks for the note. Would you be free for a quick chat Thursday or Friday morning? 20 min is fine. Call me on 0161 496 0000 or send me a time.

G

--
Greg Whitfield
Principal, Whitfield Learning Consulting""",
    "2026-03-25T07:58:00", company="Whitfield Learning Consulting", contact="greg@whitfield-consulting.example.com", reply=True)

add("interview_invitation", "basel_formal_einladung_ics", "de",
    "Erziehungsdepartement Basel - Personal <personal.ed@bs-bildung.example.ch>",
    "Einladung zum Bewerbungsgespräch: Fachperson Digitales Lernen",
    """Sehr geehrter Herr Dubois

Wir danken Ihnen für Ihre Bewerbung als Fachperson Digitales Lernen (80%) und freuen uns, Sie zu einem ersten Gespräch einzuladen.

Datum: Montag, 8. Juni 2026
Zeit: 14.00 bis 15.00 Uhr
Ort: Leimenstrasse 00, 4051 Basel, 3. Stock, Sitzungszimmer Rhein

Am Gespräch nehmen Frau Regula Imhof (Leiterin Fachstelle) und Herr Beat Schnyder (HR) teil. Eine Terminbestätigung im Anhang.

Wir bitten Sie, uns den Termin bis Mittwoch zu bestätigen.

Freundliche Grüsse

Beat Schnyder
HR-Fachmann
Erziehungsdepartement des Kantons Basel-Stadt""",
    "2026-05-29T09:20:00", company="Erziehungsdepartement des Kantons Basel-Stadt", contact="personal.ed@bs-bildung.example.ch",
    fmt="plain", cte="qp",
    ics=ics("ed-bs-20260608-dubois@bs-bildung.example.ch", "2026-06-08T14:00:00", 60,
            "Bewerbungsgespräch Marc Dubois", "personal.ed@bs-bildung.example.ch", location="Leimenstrasse, Basel",
            tz="Europe/Zurich"))

add("interview_invitation", "fr_startup_lyon_tutoiement", "fr",
    "Léa Fontaine <lea@kidoclass.example.fr>",
    "Re: Candidature Instructional Designer",
    """Hello Marc,

Merci pour ta candidature, ton parcours de prof nous parle beaucoup ! On aimerait bien échanger avec toi pour te présenter Kidoclass et en savoir plus sur toi.

Tu serais dispo pour un premier call de 30 min en visio ? Je te propose :
- mercredi 8 avril à 10h
- jeudi 9 avril à 16h30

Dis-moi ce qui t'arrange, je t'envoie l'invit Google Meet.

À très vite,
Léa
Head of People - Kidoclass""",
    "2026-04-02T18:22:00", company="Kidoclass", contact="lea@kidoclass.example.fr", reply=True, fmt="alt")

add("interview_invitation", "greenhouse_demo_lesson", "en",
    "Stride Schools Online <no-reply@greenhouse.io>",
    "Next steps: Demo lesson with Stride Schools Online",
    """Hi Marc,

We'd love to move you to the next stage of our process for the Online French Teacher & Curriculum Writer role!

The next step is a 20-minute demo lesson with two members of our academic team, followed by 25 minutes of Q&A. Please choose a time using the link below:

https://app.greenhouse.io/scheduling/candidate/7c1e9a0e...

For the demo, please plan a short lesson for a Grade 9 French (Core) class on a topic of your choice. Slides are welcome but not required.

If none of the times work, just reply and our coordinator Danielle will help.

Best,
Danielle Wu
Recruiting Coordinator, Stride Schools Online""",
    "2026-05-05T16:40:00", company="Stride Schools Online", reply_to="Danielle Wu <danielle.wu@strideschools.example.com>",
    contact="danielle.wu@strideschools.example.com", fmt="alt", html_style=1, cte="qp")

add("interview_invitation", "phone_screen_hospital", "en",
    "Karen O'Neill <koneill@mercyvalley.example.org>",
    "Phone screen - Patient Education Coordinator",
    """Good afternoon Marc,

I'm the recruiter for the Patient Education Coordinator posting at Mercy Valley Hospital. I'd like to set up a brief phone screen (15-20 minutes) to go over the position and your availability.

Are you available Monday 15 June between 9 and 11 am Eastern? If so please send me the best number to reach you.

Thank you,
Karen O'Neill
Talent Acquisition Specialist
Mercy Valley Hospital | 416-555-0142

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by law. Any unauthorized review, use, disclosure or distribution is prohibited.""",
    "2026-06-10T19:05:00", company="Mercy Valley Hospital", contact="koneill@mercyvalley.example.org", fmt="alt", html_style=2)

add("interview_invitation", "es_entrevista_presencial", "es",
    "Marta Gil <marta.gil@edutalento.example.es>",
    "Entrevista - Diseñador/a instruccional (Barcelona/remoto)",
    """Hola Marc:

Gracias por tu interés en Edutalento. Nos ha gustado mucho tu perfil y nos gustaría conocerte en una entrevista por videollamada con el equipo de contenidos.

¿Te vendría bien el jueves 21 de mayo a las 11:00 (hora peninsular)? La entrevista durará unos 45 minutos. Si no te encaja, dime un par de huecos y lo cuadramos.

Un abrazo,
Marta Gil
Talent Acquisition · Edutalento""",
    "2026-05-14T12:12:00", company="Edutalento", contact="marta.gil@edutalento.example.es", fmt="alt", cte="b64")

add("interview_invitation", "indian_english_technical_round", "en",
    "Rahul Mehta <rahul.mehta@learnsphere.example.in>",
    "Interview Schedule || Instructional Designer || Round 2",
    """Dear Marc,

Greetings of the day!

Further to your discussion with our HR team, we are pleased to inform you that you have been shortlisted for the 2nd round of interview (Technical + Portfolio Review) for the post of Instructional Designer - French Content.

Date: 12-Jun-2026 (Friday)
Time: 2:30 PM IST (11:00 AM CEST)
Mode: Google Meet - meet.google.com/abc-defg-hij
Panel: Ms. Sunita Rao (Sr. Manager, Content)

Kindly keep your portfolio handy and do revert with your confirmation at the earliest.

Thanks & Regards,
Rahul Mehta
Talent Acquisition | LearnSphere Technologies
+91 98 0000 0000""",
    "2026-06-08T11:34:00", company="LearnSphere Technologies", contact="rahul.mehta@learnsphere.example.in")

add("interview_invitation", "uni_strasbourg_jury", "fr",
    "Service RH - Université de Strasbourg-Ouest <recrutement@univ-strasbourg-ouest.example.fr>",
    "Convocation - audition ingénieur pédagogique (réf. IGE-2026-17)",
    """Monsieur,

J'ai le plaisir de vous informer que votre candidature au poste d'ingénieur pédagogique (réf. IGE-2026-17) a été retenue par la commission de sélection.

Vous êtes convoqué pour une audition le lundi 22 juin 2026 à 9 h 40, bâtiment Le Platane, salle 2.05, campus de l'Esplanade.

L'audition se déroulera en deux temps : une présentation de 10 minutes sur le thème « Accompagner un enseignant dans l'hybridation de son cours », suivie de 20 minutes d'échange avec le jury.

Merci de bien vouloir confirmer votre présence par retour de courriel à Mme Florence Haag (florence.haag@univ-strasbourg-ouest.example.fr).

Veuillez agréer, Monsieur, mes salutations distinguées.

Pour le Président et par délégation,
Le Directeur des ressources humaines""",
    "2026-06-09T14:48:00", company="Université de Strasbourg-Ouest", contact="recrutement@univ-strasbourg-ouest.example.fr",
    fmt="html", html_style=2, charset="iso-8859-1", cte="qp")

add("interview_invitation", "smartrecruiters_onsite", "en",
    "Verdant Schools Group <noreply@smartrecruiters.com>",
    "Interview invitation - Digital Learning Lead",
    """Dear Marc,

Thank you for your interest in Verdant Schools Group. We are pleased to invite you to an on-site interview for the Digital Learning Lead position.

When: Tuesday, 26 May 2026, 10:00 - 12:30
Where: Verdant Schools Group head office, 40 Rue de la Loi, 1040 Brussels (ask for Pieter Janssens at reception)

The morning includes a tour of our secondary campus and a 30-minute workshop you will lead for four of our teachers.

Please accept the calendar invitation attached to confirm.

Kind regards,
Pieter Janssens
HR Business Partner
Verdant Schools Group""",
    "2026-05-15T10:00:00", company="Verdant Schools Group", reply_to="Pieter Janssens <pieter.janssens@verdantschools.example.be>",
    contact="pieter.janssens@verdantschools.example.be", fmt="alt", html_style=1,
    ics=ics("sr-verdant-88213@smartrecruiters.com", "2026-05-26T10:00:00", 150, "Interview - Digital Learning Lead - Marc Dubois",
            "pieter.janssens@verdantschools.example.be", location="40 Rue de la Loi, Brussels", tz="Europe/Brussels"))

add("interview_invitation", "de_startup_du_kennenlernen", "de",
    "Tobias Lang <tobias@klassenzimmer.example.de>",
    "Kennenlernen?",
    """Hi Marc,

danke für deine Bewerbung bei Klassenzimmer.io! Wir fanden deinen Werdegang spannend - Lehrer mit Französisch und Geschichte und dann Lust auf EdTech, das passt gut zu uns.

Hast du nächste Woche Zeit für ein erstes Kennenlernen per Video (ca. 30 Min)? Such dir einfach einen Slot aus: https://cal.example.com/tobias-klassenzimmer/kennenlernen

Viele Grüße aus Stuttgart
Tobias

Tobias Lang
Co-Founder & CPO | Klassenzimmer.io""",
    "2026-03-18T13:14:00", company="Klassenzimmer.io", contact="tobias@klassenzimmer.example.de", fmt="alt")

add("interview_invitation", "teams_invite_outlook_ics", "en",
    "Siobhan Murphy <siobhan.murphy@corvuslearning.example.ie>",
    "Interview: Learning Designer - Marc Dubois",
    """Hi Marc,

As discussed, please find a Teams invite for your interview with myself and Conor (our Head of Content) on Thursday 11 June at 14:00 Irish time.

The first half will be about your experience; in the second half we'd like you to talk us through one teaching resource you've adapted for online use.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 312 000 000 111
Passcode: a7BcD9
________________________________________________________________________________

Thanks,
Siobhan
Siobhan Murphy | People Partner | Corvus Learning | Dublin""",
    "2026-06-03T11:28:00", company="Corvus Learning", contact="siobhan.murphy@corvuslearning.example.ie", fmt="alt", html_style=2,
    ics=ics("040000008200E00074C5B7101A82E00800000000B0A1@corvuslearning.example.ie", "2026-06-11T14:00:00", 60,
            "Interview: Learning Designer - Marc Dubois", "siobhan.murphy@corvuslearning.example.ie",
            location="Microsoft Teams Meeting", tz="Europe/Dublin"))

add("interview_invitation", "be_ecole_secondaire_rdv", "fr",
    "Athénée de la Woluwe - Direction <direction@athenee-woluwe.example.be>",
    "Votre candidature - rendez-vous",
    """Bonjour Monsieur,

Suite à votre envoi, je vous propose de passer à l'école pour un entretien avec la direction et la coordinatrice pédagogique le vendredi 13 mars à 14h15. Nous vous demanderons également de présenter une courte séquence (10 minutes) comme si vous étiez face à une classe de 3e.

Pouvez-vous me confirmer votre venue ?

Bien à vous,

Marc-Antoine Lejeune
Directeur
Athénée de la Woluwe
Avenue ... 1200 Woluwe-Saint-Lambert
02 000 00 00""",
    "2026-03-06T12:03:00", company="Athénée de la Woluwe", contact="direction@athenee-woluwe.example.be", charset="windows-1252")

add("interview_invitation", "ashby_take_home_then_call", "en",
    "Wren from Brightline <no-reply@ashbyhq.com>",
    "Brightline - next round",
    """Hi Marc,

Thanks for chatting with us last week. The team would like to invite you to the next round: a 60-minute working session with our Learning Design lead and one of our engineers.

Pick a time that suits you: https://jobs.ashbyhq.com/brightline/interview/schedule/0d5b...

Questions? You can reach me directly at wren.alvarez@brightline-ed.example.com.

Wren
Brightline""",
    "2026-05-19T21:02:00", company="Brightline", fmt="html", html_style=1)

add("interview_invitation", "quebec_casual_jasette", "fr",
    "Maxime Gagnon <maxime@apprentix.example.ca>",
    "Jasette?",
    """Salut Marc,

J'ai vu passer ta candidature pour le poste de concepteur pédagogique. Ça te dirait qu'on se parle 20-30 minutes cette semaine ? Je suis pas mal dispo jeudi après-midi (heure de Montréal). Envoie-moi ton numéro pis je t'appelle.

Merci!
Max

--
Maxime Gagnon | Directeur, Apprentissage | Apprentix
Montréal (QC)

Envoyé de mon iPhone""",
    "2026-04-20T20:40:00", company="Apprentix", contact="maxime@apprentix.example.ca")

add("interview_invitation", "de_interamt_portal", "de",
    "Interamt-Benachrichtigung <benachrichtigung@interamt.example.de>",
    "Neue Nachricht zu Ihrer Bewerbung - Stellen-ID 1193022",
    """Sehr geehrter Herr Dubois,

in Ihrem Interamt-Postfach liegt eine neue Nachricht der Landeshauptstadt Stuttgart - Amt für Jugend und Bildung zu Ihrer Bewerbung auf die Stelle "Pädagogische Fachkraft Medienbildung (m/w/d)" (Stellen-ID 1193022):

"Einladung zum Auswahlgespräch am Dienstag, 16.06.2026, 09:00 Uhr, Rathaus, Marktplatz 1, Zimmer 312. Bitte bringen Sie Ihren Personalausweis mit. Ansprechpartnerin: Frau Petra Weiß, Tel. 0711 216-00000, petra.weiss@stuttgart-jugend.example.de"

Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch erzeugt.

Ihr Interamt-Team""",
    "2026-06-01T07:05:00", company="Landeshauptstadt Stuttgart",
    fmt="html", html_style=1, charset="iso-8859-1", cte="qp")

add("interview_invitation", "training_firm_final_round_uk", "en",
    "Laura Pennington <laura.pennington@keystonetraining.example.co.uk>",
    "Final stage",
    """Dear Marc,

Many thanks for your time on the first interview. I'm pleased to say we'd like to invite you to the final stage, which will be held on Teams on Wednesday 24 June at 10:00 (invite to follow).

The session will include a 20-minute presentation (brief attached) and a competency-based interview with our MD and myself.

Do let me know if this suits.

Kind regards,

Laura Pennington
Head of Learning Solutions
Keystone Training Partners
T: 0121 496 0000""",
    "2026-06-12T16:16:00", company="Keystone Training Partners", contact="laura.pennington@keystonetraining.example.co.uk",
    fmt="alt", html_style=2, cte="qp")

add("interview_invitation", "toronto_board_panel", "en",
    "Anita Sharma <anita.sharma@lakefront-dsb.example.ca>",
    "Interview - Instructional Coach (Secondary, French Immersion)",
    """Hello Marc,

Thank you for applying to the Instructional Coach posting. You have been selected for a panel interview on Monday, July 6 at 1:15 p.m. EDT (virtual, via Google Meet).

The panel will consist of a superintendent, a principal and a teacher federation representative. You will receive two questions 15 minutes before the interview.

Please reply to confirm by end of day Thursday.

Anita Sharma
HR Officer, Staffing
Lakefront District School Board""",
    "2026-06-29T15:09:00", company="Lakefront District School Board", contact="anita.sharma@lakefront-dsb.example.ca")

add("interview_invitation", "teamtailor_fr_invite", "fr",
    "Ludiclasse <notifications@mail.teamtailor.com>",
    "Ludiclasse - Invitation à un entretien",
    """Bonjour Marc,

Bonne nouvelle : nous aimerions te rencontrer pour le poste de Chef·fe de projet pédagogique !

Tu peux réserver directement un créneau de 45 minutes avec Inès, notre responsable pédagogique, via ce lien : https://ludiclasse.teamtailor.com/meetings/...

Si tu as la moindre question, écris à ines.roux@ludiclasse.example.fr.

À bientôt,
L'équipe Ludiclasse""",
    "2026-04-16T09:33:00", company="Ludiclasse", fmt="html", html_style=1, cte="b64")

add("interview_invitation", "es_ong_llamada", "es",
    "Fundación Aprende Más <seleccion@aprendemas.example.org>",
    "Su candidatura - Coordinador pedagógico",
    """Estimado Sr. Dubois:

Le escribimos en relación con su candidatura para el puesto de Coordinador pedagógico de proyectos educativos en Lyon y Ginebra.

Nos gustaría mantener una primera conversación telefónica con usted. ¿Le iría bien el martes 9 de junio entre las 10:00 y las 12:00? Le llamaría nuestra responsable de programas, Carmen Ortega.

Quedamos a la espera de su confirmación.

Atentamente,
Carmen Ortega
Responsable de Programas
Fundación Aprende Más""",
    "2026-06-03T10:11:00", company="Fundación Aprende Más", contact="seleccion@aprendemas.example.org",
    charset="iso-8859-1", cte="qp")

# ----- reschedules and cancellations by the employer -----------------------------------------

add("interview_reschedule_or_cancel", "hm_needs_to_move", "en",
    "Rachel Kim <rachel.kim@arcadialearning.example.com>",
    "Re: Interview Confirmation: Marc Dubois <> Arcadia Learning (Panel)",
    """Hi Marc,

Really sorry - Samuel has been pulled into a product launch on Wednesday and I'd rather you meet the full panel. Could we push to Friday May 1st, same time (3pm CEST)? Beth will send an updated invite once you confirm.

Apologies for the shuffle!
Rachel""",
    "2026-04-27T08:11:00", company="Arcadia Learning", contact="rachel.kim@arcadialearning.example.com", reply=True, fmt="alt")

add("interview_reschedule_or_cancel", "de_terminverschiebung", "de",
    "Monika Huber <sekretariat@flg-muenchen.example.de>",
    "AW: Einladung zum Vorstellungsgespräch und Probeunterricht",
    """Sehr geehrter Herr Dubois,

leider müssen wir den vereinbarten Termin am 23. April verschieben, da an diesem Tag kurzfristig eine Lehrerkonferenz angesetzt wurde.

Wir könnten Ihnen alternativ Dienstag, den 28. April, um 11:15 Uhr anbieten (Probestunde dann in der 5. Stunde, Klasse 8b). Bitte geben Sie uns Bescheid, ob das für Sie möglich ist.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Monika Huber
Sekretariat
Friedrich-List-Gymnasium München

Am 14.04.2026 um 10:02 schrieb Marc Dubois <marc.dubois@example.org>:
> Sehr geehrte Frau Huber,
> vielen Dank für die Einladung, ich bestätige gerne den Termin am 23. April um 10:30 Uhr.
> Mit freundlichen Grüßen
> Marc Dubois""",
    "2026-04-17T12:40:00", company="Friedrich-List-Gymnasium", contact="sekretariat@flg-muenchen.example.de",
    reply=True, charset="iso-8859-1", cte="qp")

add("interview_reschedule_or_cancel", "ics_cancel_teams", "en",
    "Siobhan Murphy <siobhan.murphy@corvuslearning.example.ie>",
    "Canceled: Interview: Learning Designer - Marc Dubois",
    """Hi Marc, I'm cancelling this slot as Conor is out sick - I'll come back to you tomorrow with new times. Apologies. Siobhan""",
    "2026-06-10T17:45:00", company="Corvus Learning", contact="siobhan.murphy@corvuslearning.example.ie", fmt="alt", html_style=2,
    ics=ics("040000008200E00074C5B7101A82E00800000000B0A1@corvuslearning.example.ie", "2026-06-11T14:00:00", 60,
            "Canceled: Interview: Learning Designer - Marc Dubois", "siobhan.murphy@corvuslearning.example.ie",
            method="CANCEL", tz="Europe/Dublin", seq=1))

add("interview_reschedule_or_cancel", "fr_quebec_report_entrevue", "fr",
    "Julie Tremblay <julie.tremblay@cs-laurentides.example.qc.ca>",
    "Report de votre entrevue du 19 mai",
    """Bonjour Monsieur Dubois,

En raison d'une absence imprévue d'un membre du comité de sélection, nous devons reporter votre entrevue prévue le mardi 19 mai à 13 h 30.

Nous vous proposons le jeudi 21 mai à 9 h ou à 14 h (heure de l'Est). Pourriez-vous nous indiquer la plage qui vous convient le mieux ?

Nous nous excusons des inconvénients.

Julie Tremblay
Conseillère en gestion des ressources humaines
Centre de services scolaire des Laurentides""",
    "2026-05-15T14:20:00", company="Centre de services scolaire des Laurentides", contact="julie.tremblay@cs-laurentides.example.qc.ca",
    fmt="alt", html_style=2, cte="qp")

add("interview_reschedule_or_cancel", "agency_client_cancelled", "en",
    "Chloe Barnes <chloe@brightsidesearch.example.co.uk>",
    "Thursday - change of plan :(",
    """Hi Marc,

Bit of a curveball I'm afraid - Oakhurst have just been on the phone and need to cancel Thursday's interview, their Head of Digital Learning has had a family emergency. They're still really keen and want to rebook for next week, I'll come back with options as soon as I have them!!

Sorry for the hassle,
Chloe

Chloe Barnes | Recruitment Consultant | Brightside Search""",
    "2026-05-05T09:03:00", company="Oakhurst Publishing", contact="chloe@brightsidesearch.example.co.uk")

add("interview_reschedule_or_cancel", "goodtime_updated_time", "en",
    "Arcadia Learning Recruiting <scheduling@goodtime.io>",
    "Updated Interview: Marc Dubois <> Arcadia Learning (Panel)",
    """Hi Marc,

Your interview has been rescheduled.

Previous time: Wednesday, April 29, 2026, 3:00 PM CEST
New time: Friday, May 1, 2026, 3:00 PM - 4:30 PM CEST
Location: Zoom

The updated calendar invitation is attached. Reply to this email or contact Beth Lowry with any questions.

Powered by GoodTime""",
    "2026-04-27T13:31:00", company="Arcadia Learning", reply_to="Beth Lowry <beth.lowry@arcadialearning.example.com>",
    contact="beth.lowry@arcadialearning.example.com", fmt="alt", html_style=1,
    ics=ics("gt-8812-arcadia@goodtime.io", "2026-05-01T15:00:00", 90, "Arcadia Learning - Panel Interview (Marc Dubois)",
            "scheduling@goodtime.io", location="Zoom", seq=1))

add("interview_reschedule_or_cancel", "uni_annulation_audition", "fr",
    "Florence Haag <florence.haag@univ-strasbourg-ouest.example.fr>",
    "Audition IGE-2026-17 : modification d'horaire",
    """Monsieur,

Pour des raisons d'organisation du jury, votre audition du lundi 22 juin est avancée à 8 h 50 (au lieu de 9 h 40). Le lieu reste inchangé : bâtiment Le Platane, salle 2.05.

Je vous remercie de bien vouloir m'accuser réception de ce message.

Cordialement,

Florence Haag
Gestionnaire recrutement - DRH
Université de Strasbourg-Ouest""",
    "2026-06-16T10:02:00", company="Université de Strasbourg-Ouest", contact="florence.haag@univ-strasbourg-ouest.example.fr",
    charset="iso-8859-1", cte="qp")

add("interview_reschedule_or_cancel", "startup_mobile_push", "en",
    "Nadia Petrov <nadia@clevernote.example.com>",
    "Re: Invitation: CleverNote intro - Marc Dubois @ Thu 19 Mar 11:00",
    """so sorry Marc, something came up - can we do 2pm instead of 11 tomorrow? same link

Sent from my phone""",
    "2026-03-18T18:47:00", company="CleverNote", contact="nadia@clevernote.example.com", reply=True)

add("interview_reschedule_or_cancel", "de_stelle_gesperrt_gespraech_abgesagt", "de",
    "Beat Schnyder <personal.ed@bs-bildung.example.ch>",
    "Absage Bewerbungsgespräch vom 8. Juni 2026",
    """Sehr geehrter Herr Dubois

Leider müssen wir das für Montag, 8. Juni 2026, 14.00 Uhr vereinbarte Gespräch absagen, da Frau Imhof krankheitsbedingt ausfällt. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Wir entschuldigen uns für die Umstände.

Freundliche Grüsse

Beat Schnyder
HR-Fachmann
Erziehungsdepartement des Kantons Basel-Stadt""",
    "2026-06-05T15:25:00", company="Erziehungsdepartement des Kantons Basel-Stadt", contact="personal.ed@bs-bildung.example.ch",
    cte="qp",
    ics=ics("ed-bs-20260608-dubois@bs-bildung.example.ch", "2026-06-08T14:00:00", 60,
            "Bewerbungsgespräch Marc Dubois", "personal.ed@bs-bildung.example.ch", method="CANCEL", tz="Europe/Zurich", seq=1))

add("interview_reschedule_or_cancel", "indian_postponed", "en",
    "Rahul Mehta <rahul.mehta@learnsphere.example.in>",
    "RE: Interview Schedule || Instructional Designer || Round 2",
    """Dear Marc,

Due to unavoidable circumstances at panel end, the interview scheduled on 12-Jun-2026 stands postponed. We will share the revised schedule shortly.

Regret the inconvenience caused.

Thanks & Regards,
Rahul Mehta
Talent Acquisition | LearnSphere Technologies""",
    "2026-06-11T06:20:00", company="LearnSphere Technologies", contact="rahul.mehta@learnsphere.example.in", reply=True)

add("interview_reschedule_or_cancel", "es_cambio_hora", "es",
    "Marta Gil <marta.gil@edutalento.example.es>",
    "RE: Entrevista - Diseñador/a instruccional",
    """Hola Marc,

Perdona el cambio de última hora: a Jordi le ha surgido un viaje y no podrá estar el jueves. ¿Podríamos mover la entrevista al viernes 22 a las 10:00? Te mando nueva convocatoria si te va bien.

Gracias y perdona,
Marta

De: Marc Dubois <marc.dubois@example.org>
Enviado: viernes, 15 de mayo de 2026 9:12
Para: Marta Gil <marta.gil@edutalento.example.es>
Asunto: RE: Entrevista - Diseñador/a instruccional (Barcelona/remoto)

Hola Marta, perfecto, el jueves 21 a las 11:00 me va muy bien. Un saludo, Marc""",
    "2026-05-19T17:08:00", company="Edutalento", contact="marta.gil@edutalento.example.es", reply=True, fmt="alt", cte="qp")

add("interview_reschedule_or_cancel", "workday_interview_cancelled", "en",
    "Northbridge University <northbridge@myworkday.com>",
    "Interview Cancelled - Educational Developer",
    """Hello Marc,

Your interview for Educational Developer (Job R-26-00981) scheduled for May 20, 2026 at 10:00 AM has been cancelled by the hiring team. You will be contacted if the interview is rescheduled.

Thank you,
Northbridge University Talent Acquisition

This mailbox is not monitored.""",
    "2026-05-18T20:44:00", company="Northbridge University", fmt="html", html_style=1)

add("interview_reschedule_or_cancel", "fr_be_lecon_reportee", "fr",
    "Sophie Claessens <s.claessens@athenee-royal-ixelles.example.be>",
    "Leçon d'essai - changement de date",
    """Bonjour Monsieur Dubois,

Je suis désolée, la classe de 4e prévue pour votre leçon d'essai part en excursion ce jeudi (je l'avais oublié...). Pouvons-nous déplacer la leçon au jeudi suivant, 7 mai, même heure (10h20, local B12) ?

Merci de votre compréhension.

S. Claessens
Préfète des études
Athénée Royal d'Ixelles""",
    "2026-04-27T16:14:00", company="Athénée Royal d'Ixelles", contact="s.claessens@athenee-royal-ixelles.example.be",
    charset="windows-1252", cte="qp")

add("interview_reschedule_or_cancel", "toronto_board_moved_virtual", "en",
    "Anita Sharma <anita.sharma@lakefront-dsb.example.ca>",
    "Change to your interview time - July 6",
    """Hello Marc,

Due to a scheduling conflict with the superintendent, we need to move your Instructional Coach interview from 1:15 p.m. to 3:45 p.m. EDT on Monday, July 6. The Google Meet link will remain the same.

Please confirm that the new time works.

Anita Sharma
HR Officer, Staffing
Lakefront District School Board""",
    "2026-07-02T13:37:00", company="Lakefront District School Board", contact="anita.sharma@lakefront-dsb.example.ca")

add("interview_reschedule_or_cancel", "de_startup_absage_termin", "de",
    "Tobias Lang <tobias@klassenzimmer.example.de>",
    "Re: Kennenlernen?",
    """Hey Marc,

sorry für die Kurzfristigkeit, ich muss unser Gespräch morgen um 15 Uhr leider absagen - Investorentermin, der sich nicht verschieben lässt. Magst du dir über den Link einfach einen neuen Slot nächste Woche nehmen?

Danke dir & sorry nochmal!
Tobias

Gesendet von meinem iPhone""",
    "2026-03-23T22:10:00", company="Klassenzimmer.io", contact="tobias@klassenzimmer.example.de", reply=True)

# ----- missed interview / no-show notices ----------------------------------------------------

add("missed_interview_notice", "tried_calling", "en",
    "Karen O'Neill <koneill@mercyvalley.example.org>",
    "Missed call - phone screen",
    """Hi Marc,

I tried calling you at the scheduled time this morning (9:30 am Eastern) for our phone screen, but it went straight to voicemail. I left a message as well.

If you're still interested in the Patient Education Coordinator position, please let me know a couple of times that work for you this week.

Thank you,
Karen O'Neill
Talent Acquisition Specialist
Mercy Valley Hospital | 416-555-0142""",
    "2026-06-15T10:22:00", company="Mercy Valley Hospital", contact="koneill@mercyvalley.example.org", fmt="alt", html_style=2)

add("missed_interview_notice", "teams_no_join", "en",
    "Laura Pennington <laura.pennington@keystonetraining.example.co.uk>",
    "Today's interview",
    """Dear Marc,

We were expecting you on Teams at 10:00 this morning for your interview but you did not join the meeting. We waited for around 15 minutes and emailed the link again.

I do hope everything is alright. Please do let me know what happened and whether you would still like to be considered.

Kind regards,

Laura Pennington
Head of Learning Solutions
Keystone Training Partners""",
    "2026-06-24T11:02:00", company="Keystone Training Partners", contact="laura.pennington@keystonetraining.example.co.uk",
    fmt="alt", html_style=2, cte="qp")

add("missed_interview_notice", "fr_entretien_absent", "fr",
    "Léa Fontaine <lea@kidoclass.example.fr>",
    "On t'a raté ce matin ?",
    """Hello Marc,

On devait se parler ce matin à 10h sur Meet mais je ne t'ai pas vu arriver - j'ai attendu une bonne dizaine de minutes. Pas de souci, ça arrive ! Tout va bien de ton côté ?

Si tu es toujours intéressé, reprends un créneau quand tu veux et on refait ça.

Léa
Kidoclass""",
    "2026-04-08T10:26:00", company="Kidoclass", contact="lea@kidoclass.example.fr")

add("missed_interview_notice", "de_nicht_erschienen", "de",
    "Petra Weiß <petra.weiss@stuttgart-jugend.example.de>",
    "Ihr Auswahlgespräch am 16.06.2026",
    """Sehr geehrter Herr Dubois,

zu dem für heute, 09:00 Uhr, vereinbarten Auswahlgespräch sind Sie leider nicht erschienen. Eine Absage lag uns nicht vor.

Sofern Sie weiterhin Interesse an der Stelle haben, bitten wir um eine kurze Rückmeldung bis zum 19.06.2026. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Mit freundlichen Grüßen
Petra Weiß
Landeshauptstadt Stuttgart
Amt für Jugend und Bildung - Personal""",
    "2026-06-16T11:40:00", company="Landeshauptstadt Stuttgart", contact="petra.weiss@stuttgart-jugend.example.de",
    charset="iso-8859-1", cte="qp")

add("missed_interview_notice", "calendly_no_show_mobile", "en",
    "Maxime Gagnon <maxime@apprentix.example.ca>",
    "you there?",
    """Hey Marc, I'm on the call - are you joining? Waited 10 min, will try again later or just rebook if today doesn't work.

Max

Envoyé de mon iPhone""",
    "2026-04-23T14:12:00", company="Apprentix", contact="maxime@apprentix.example.ca")

add("missed_interview_notice", "es_no_pudimos_contactar", "es",
    "Carmen Ortega <seleccion@aprendemas.example.org>",
    "Llamada de hoy",
    """Estimado Sr. Dubois:

Esta mañana le he llamado a la hora acordada (10:30) en dos ocasiones, pero no ha sido posible contactar con usted.

Si sigue interesado en el proceso, le ruego me indique otro momento para la conversación.

Un saludo cordial,
Carmen Ortega
Responsable de Programas
Fundación Aprende Más""",
    "2026-06-09T11:15:00", company="Fundación Aprende Más", contact="seleccion@aprendemas.example.org",
    charset="iso-8859-1", cte="qp")

add("missed_interview_notice", "goodtime_no_show_notice", "en",
    "Brightline Recruiting <recruiting@brightline-ed.example.com>",
    "We missed you today",
    """Hi Marc,

It looks like we weren't able to connect for your Working Session with Brightline, which was scheduled for today at 4:00 PM CEST. Our interviewers were in the Zoom room but didn't see you join.

If something came up, no worries - just reply to this email and we'll see about finding another time.

Thanks,
Wren Alvarez
Brightline Recruiting""",
    "2026-05-27T16:31:00", company="Brightline", contact="recruiting@brightline-ed.example.com", fmt="html", html_style=1)

add("missed_interview_notice", "fr_quebec_absence_entrevue", "fr",
    "Julie Tremblay <julie.tremblay@cs-laurentides.example.qc.ca>",
    "Absence à l'entrevue",
    """Bonjour Monsieur Dubois,

Nous vous attendions ce matin à 9 h sur Teams pour votre entrevue (poste de conseiller pédagogique) et nous n'avons pas pu vous joindre.

Pourriez-vous communiquer avec nous d'ici vendredi afin de nous indiquer si vous souhaitez toujours poursuivre le processus ?

Cordialement,
Julie Tremblay
Centre de services scolaire des Laurentides""",
    "2026-05-21T09:48:00", company="Centre de services scolaire des Laurentides", contact="julie.tremblay@cs-laurentides.example.qc.ca",
    cte="qp")

add("missed_interview_notice", "hm_terse_no_show", "en",
    "Conor Walsh <conor.walsh@corvuslearning.example.ie>",
    "Re: Interview rescheduled - Learning Designer",
    """Marc, we had you down for 14:00 today, Siobhan and I were on the Teams call till 14:20. Drop us a line.

Conor

--
Conor Walsh | Head of Content | Corvus Learning""",
    "2026-06-16T14:25:00", company="Corvus Learning", contact="conor.walsh@corvuslearning.example.ie", reply=True)

add("missed_interview_notice", "de_lernwerk_verpasst", "de",
    "Julia Brandt <julia.brandt@lernwerk-akademie.example.de>",
    "Unser Termin heute",
    """Hallo Marc,

wir waren heute um 11 Uhr zum Videocall verabredet, ich habe dich aber leider nicht erreicht - weder im Call noch telefonisch. Ist alles okay bei dir?

Wenn du weiterhin Interesse hast, schreib mir einfach kurz, dann finden wir einen neuen Termin.

Viele Grüße
Julia
People-Team | Lernwerk Akademie""",
    "2026-03-26T11:34:00", company="Lernwerk Akademie", contact="julia.brandt@lernwerk-akademie.example.de")

# ----- application acknowledgements ----------------------------------------------------------

add("application_received", "greenhouse_thanks_applying", "en",
    "Pathwise <no-reply@us.greenhouse-mail.io>",
    "Thanks for applying to Pathwise!",
    """Hi Marc,

Thanks for applying for the Instructional Designer role at Pathwise! We've received your application and our team will review it over the coming weeks.

If your experience is a match, someone from our team will reach out to discuss next steps.

Due to the volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you haven't heard from us within four weeks, please assume we won't be moving forward at this time.

Best,
The Pathwise Team""",
    "2026-05-02T09:14:00", company="Pathwise", fmt="html", html_style=1, cte="qp")

add("application_received", "workday_submitted", "en",
    "University of Lakeshore Careers <lakeshore@myworkday.com>",
    "Application Received - R-0045517 Learning Experience Designer",
    """Dear Marc Dubois,

Thank you for your interest in the University of Lakeshore.

This is to confirm that we have received your application for R-0045517 Learning Experience Designer - Centre for Teaching Support & Innovation.

Only those candidates selected for an interview will be contacted. You may check the status of your application at any time by logging into your Candidate Home.

Regards,
Talent Acquisition
University of Lakeshore""",
    "2026-03-30T22:01:00", company="University of Lakeshore", fmt="html", html_style=1)

add("application_received", "de_eingangsbestaetigung_behoerde", "de",
    "Bewerbermanagement Landratsamt <bewerbung@landkreis-esslingen.example.de>",
    "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026/048",
    """Sehr geehrter Herr Dubois,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle "Sachbearbeitung Bildungskoordination für Neuzugewanderte (m/w/d)", Kennziffer 2026/048.

Nach Ablauf der Bewerbungsfrist werden wir alle Unterlagen sorgfältig prüfen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Von Zwischennachfragen bitten wir abzusehen.

Mit freundlichen Grüßen
Ihr Team Personal
Landratsamt Esslingen""",
    "2026-04-03T13:00:00", company="Landratsamt Esslingen", contact="bewerbung@landkreis-esslingen.example.de",
    charset="iso-8859-1", cte="qp")

add("application_received", "fr_accuse_reception_apec_style", "fr",
    "Recrutement Groupe Cognitia <recrutement@cognitia-formation.example.fr>",
    "Accusé de réception de votre candidature",
    """Bonjour Marc,

Nous vous remercions pour votre candidature au poste d'Ingénieur pédagogique multimodal (H/F) - Lyon.

Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec attention. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de fournir un retour individualisé à chaque candidat à ce stade. Si votre profil retient notre attention, nous vous contacterons sous trois semaines.

Bien cordialement,

L'équipe Recrutement
Groupe Cognitia""",
    "2026-03-16T08:05:00", company="Groupe Cognitia", contact="recrutement@cognitia-formation.example.fr",
    fmt="alt", html_style=1, cte="qp")

add("application_received", "lever_received", "en",
    "Kinetic Classroom <no-reply@hire.lever.co>",
    "Thank you for your application to Kinetic Classroom",
    """Hi Marc,

Thank you for your interest in Kinetic Classroom! We wanted to let you know we received your application for Senior Instructional Designer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Kinetic Classroom Team""",
    "2026-04-11T19:27:00", company="Kinetic Classroom", fmt="html", html_style=1, cte="b64")

add("application_received", "swiss_eingang_du_stil", "de",
    "HR Rheinbrücke Lernzentrum <jobs@rheinbruecke-lernen.example.ch>",
    "Bestätigung: Bewerbung Kursleitung Französisch",
    """Grüezi Herr Dubois

Vielen Dank für Ihre Bewerbung als Kursleiter Französisch (Erwachsenenbildung, 40-60%). Ihre Unterlagen sind vollständig bei uns eingetroffen.

Wir werden uns nach Ablauf der Bewerbungsfrist (30. April) bei Ihnen melden. Leider können wir während des laufenden Verfahrens keine Auskünfte zum Stand einzelner Bewerbungen geben.

Freundliche Grüsse

Nicole Baumgartner
HR-Assistentin
Rheinbrücke Lernzentrum, Basel""",
    "2026-04-15T10:48:00", company="Rheinbrücke Lernzentrum", contact="jobs@rheinbruecke-lernen.example.ch", cte="b64")

add("application_received", "smartrecruiters_ack", "en",
    "Verdant Schools Group <noreply@smartrecruiters.com>",
    "We've received your application - Digital Learning Lead",
    """Dear Marc,

Thank you for applying for the Digital Learning Lead position at Verdant Schools Group. Your application has been successfully submitted.

What happens next? Our recruitment team will carefully review your profile. Unfortunately we are unable to provide individual feedback at this stage of the process. Shortlisted candidates will be contacted within 10 working days.

Kind regards,
Verdant Schools Group Recruitment""",
    "2026-04-30T14:37:00", company="Verdant Schools Group", fmt="alt", html_style=1)

add("application_received", "quebec_portail_reception", "fr",
    "Portail emplois - Cégep de Maisonneuve-Est <ne-pas-repondre@cegep-maisonneuve-est.example.qc.ca>",
    "Confirmation de réception - Affichage 2026-P-112",
    """Bonjour Marc Dubois,

Nous accusons réception de votre candidature pour l'affichage 2026-P-112 - Conseiller pédagogique / conseillère pédagogique (technopédagogie).

Nous vous remercions de l'intérêt manifesté envers le Cégep. Veuillez noter que nous communiquerons uniquement avec les personnes retenues pour la suite du processus.

Ceci est un courriel automatisé, merci de ne pas y répondre.

Direction des ressources humaines
Cégep de Maisonneuve-Est""",
    "2026-05-06T16:40:00", company="Cégep de Maisonneuve-Est", fmt="html", html_style=1, charset="windows-1252", cte="qp")

add("application_received", "indian_acknowledgement", "en",
    "careers@learnsphere.example.in",
    "Acknowledgement: Application for Instructional Designer - French Content",
    """Dear Marc Dubois,

Thank you for applying with LearnSphere Technologies.

This is to acknowledge the receipt of your application. Our Talent Acquisition team will go through your profile and get back to you in case your profile gets shortlisted.

Kindly do not reply to this mail as this is an auto generated mail.

Regards,
Team TA
LearnSphere Technologies""",
    "2026-05-25T05:30:00", company="LearnSphere Technologies")

add("application_received", "es_candidatura_recibida", "es",
    "Edutalento Empleo <empleo@edutalento.example.es>",
    "Hemos recibido tu candidatura",
    """¡Hola Marc!

Gracias por inscribirte en la oferta de Diseñador/a instruccional (Barcelona/remoto). Hemos recibido tu candidatura correctamente.

Nuestro equipo revisará todos los perfiles durante las próximas dos semanas. Debido al gran número de candidaturas, no podemos responder personalmente a cada persona, pero si tu perfil encaja te escribiremos.

¡Mucha suerte!
Equipo de Talento - Edutalento""",
    "2026-05-09T11:03:00", company="Edutalento", contact="empleo@edutalento.example.es", fmt="alt", html_style=1, cte="b64")

add("application_received", "icims_hospital_ack", "en",
    "St. Aurelia Health Network <stauralia-talent@icims.com>",
    "Thank you for applying: Clinical Education Specialist",
    """Marc,

Thank you for your interest in a career at St. Aurelia Health Network!

We have received your application for Clinical Education Specialist (Req #26-1180). A member of our recruitment team will review your qualifications. If your experience matches the requirements of the position, you will be contacted about next steps.

Sincerely,
Talent Acquisition
St. Aurelia Health Network

*** This is an automated message. Replies to this address are not monitored. ***""",
    "2026-03-22T15:58:00", company="St. Aurelia Health Network", fmt="html", html_style=1, cte="qp")

add("application_received", "small_school_personal_ack", "en",
    "Emma Lindqvist <office@nordic-intl-school.example.ch>",
    "Re: Application - MYP French teacher",
    """Dear Marc,

Thank you for your application, which I have passed on to our Head of Secondary. Shortlisting will take place after the closing date on 10 April, and we will be in touch either way by the end of April.

With best wishes,
Emma Lindqvist
School Office
Nordic International School Basel""",
    "2026-03-28T08:19:00", company="Nordic International School Basel", contact="office@nordic-intl-school.example.ch", reply=True)

add("application_received", "personio_de_eingang", "de",
    "Bildungsfabrik München <no-reply@bildungsfabrik.jobs.personio.de>",
    "Ihre Bewerbung ist bei uns eingegangen",
    """Hallo Herr Dubois,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d)! Wir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich bei Ihnen.

Bei Fragen erreichen Sie unser Recruiting-Team unter jobs@bildungsfabrik.example.de.

Viele Grüße
Ihr Team der Bildungsfabrik München""",
    "2026-04-06T12:00:00", company="Bildungsfabrik München", fmt="html", html_style=1, cte="qp")

add("application_received", "fr_place_emploi_public", "fr",
    "Choisir le service public - Notification <ne-pas-repondre@choisirleservicepublic.example.fr>",
    "Votre candidature a bien été enregistrée",
    """Bonjour,

Votre candidature à l'offre « Chargé de mission numérique éducatif (F/H) - Rectorat de la région académique Grand Est » (référence 2026-1358221) a bien été transmise au recruteur.

Le recruteur étudiera votre candidature et reviendra vers vous s'il souhaite donner suite.

Vous pouvez suivre vos candidatures dans votre espace personnel.

Cordialement,
L'équipe Choisir le service public""",
    "2026-05-13T21:21:00", company="Rectorat de la région académique Grand Est", fmt="html", html_style=1, cte="qp")

add("application_received", "teamtailor_en_ack", "en",
    "Quizbloom <notifications@mail.teamtailor.com>",
    "Thanks for your application, Marc!",
    """Hi Marc,

Thanks for applying for the Learning Content Lead position at Quizbloom. We're a small team so we read every application ourselves - give us a week or two.

Cheers,
Jonas & the Quizbloom crew""",
    "2026-04-09T12:44:00", company="Quizbloom", fmt="html", html_style=1)

add("application_received", "uk_agency_registered", "en",
    "Tandem Talent <registrations@tandemtalent.example.co.uk>",
    "Your application: Learning Designer (ref TT-44871)",
    """Dear Marc,

Thank you for applying for the Learning Designer role with our client Northgate Training Group (ref TT-44871) through Tandem Talent. One of our consultants will review your CV against our client's brief and be in touch if you're a good match.

Unfortunately, due to the high volume of responses, we are unable to reply to every applicant individually. If you have not heard from us within 7 days, please assume you have not been shortlisted for this particular role.

Kind regards,
The Tandem Talent Team""",
    "2026-03-20T09:08:00", company="Northgate Training Group", contact="registrations@tandemtalent.example.co.uk",
    fmt="alt", html_style=1, cte="qp")

add("application_received", "be_commune_accuse", "fr",
    "Service du Personnel - Commune d'Etterbeek <personnel@etterbeek-commune.example.be>",
    "Accusé de réception - Animateur pédagogique",
    """Monsieur,

Nous accusons bonne réception de votre candidature pour la fonction d'animateur pédagogique (service Enseignement), et vous en remercions.

Celle-ci sera examinée avec attention. Nous reviendrons vers vous dans les meilleurs délais.

Veuillez agréer, Monsieur, nos salutations distinguées.

Le Service du Personnel
Administration communale d'Etterbeek""",
    "2026-06-01T11:11:00", company="Administration communale d'Etterbeek", contact="personnel@etterbeek-commune.example.be",
    charset="windows-1252", cte="qp")

add("application_received", "ashby_ack_brightline", "en",
    "Brightline <no-reply@ashbyhq.com>",
    "We've got your application",
    """Marc - thanks for applying to be a Learning Designer at Brightline. A real human will read it (promise). Expect to hear from us within 10 days either way.

- Brightline Talent""",
    "2026-05-03T14:02:00", company="Brightline", fmt="html", html_style=1)

add("application_received", "toronto_board_applytoeducation", "en",
    "Lakefront District School Board <donotreply@applytoeducation.example.com>",
    "Application Submitted: Instructional Coach (Secondary, French Immersion)",
    """Dear Marc Dubois,

Your application for the posting Instructional Coach (Secondary, French Immersion) - Lakefront District School Board has been submitted successfully.

Posting closes: June 19, 2026
Reference: LDSB-26-0772

Please note that only applicants selected for an interview will be contacted. We thank all applicants for their interest.

This is an automated message; please do not reply.""",
    "2026-06-14T23:50:00", company="Lakefront District School Board", fmt="html", html_style=1)

add("application_received", "de_uni_bewerbungsportal", "de",
    "Hochschule Neckar - Bewerbungsportal <noreply-bewerbung@hochschule-neckar.example.de>",
    "Eingangsbestätigung: Mediendidaktiker/in (E13), Kennziffer ZLD-07/26",
    """Sehr geehrter Herr Dubois,

vielen Dank für Ihre Bewerbung über unser Online-Bewerbungsportal. Ihre Bewerbung auf die Stelle "Mediendidaktiker/in (E13, 100 %, befristet)" mit der Kennziffer ZLD-07/26 ist bei uns eingegangen.

Wir bitten um etwas Geduld; das Auswahlverfahren nimmt erfahrungsgemäß einige Wochen in Anspruch. Über das Ergebnis werden Sie in jedem Fall informiert.

Mit freundlichen Grüßen
Personalabteilung
Hochschule Neckar""",
    "2026-04-08T16:22:00", company="Hochschule Neckar", fmt="html", html_style=2, charset="iso-8859-1", cte="qp")

# ----- offers --------------------------------------------------------------------------------

add("offer", "startup_verbal_followup", "en",
    "Nadia Petrov <nadia@clevernote.example.com>",
    "Offer - Learning Designer at CleverNote",
    """Hi Marc,

Great speaking with you earlier! As promised, here's the written version of what I shared on the phone.

We're delighted to offer you the position of Learning Designer at CleverNote, starting 1 September 2026 (remote, EU). Base salary EUR 52,000 per year plus 0.08% equity, 28 days paid holiday, and a EUR 1,500 annual learning budget.

The formal offer letter and contract will come through DocuSign tomorrow. Have a read, ask me anything, and if you can let us know by Friday 12 June that would be amazing.

So excited about this!
Nadia""",
    "2026-06-05T17:40:00", company="CleverNote", contact="nadia@clevernote.example.com", fmt="alt")

add("offer", "de_zusage_vertrag", "de",
    "Katrin Albers <katrin.albers@hochschule-neckar.example.de>",
    "Stellenzusage Mediendidaktiker/in - Arbeitsvertrag",
    """Sehr geehrter Herr Dubois,

ich freue mich sehr, Ihnen mitteilen zu können, dass die Auswahlkommission Ihnen die Stelle als Mediendidaktiker im Zentrum für Lehre und Digitalisierung anbieten möchte. Die ursprünglich ausgewählte Kandidatin hat kurzfristig abgesagt, und Sie waren unsere klare Zweitwahl.

Die Einstellung erfolgt zum 1. Oktober 2026 in Entgeltgruppe E13 TV-L, befristet auf zwei Jahre. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post von der Personalabteilung; bitte senden Sie ihn unterschrieben zurück.

Bitte teilen Sie mir bis zum 10. Juli mit, ob Sie das Angebot annehmen.

Mit besten Grüßen
Katrin Albers
Hochschule Neckar""",
    "2026-07-01T09:12:00", company="Hochschule Neckar", contact="katrin.albers@hochschule-neckar.example.de",
    cte="qp")

add("offer", "fr_promesse_embauche", "fr",
    "Léa Fontaine <lea@kidoclass.example.fr>",
    "Ta promesse d'embauche 🎉",
    """Hello Marc,

Comme promis au téléphone, voici ta promesse d'embauche pour le poste d'Instructional Designer chez Kidoclass (CDI, Lyon / hybride), en pièce jointe.

Les points clés : démarrage le 24 août 2026, 42 k€ brut annuel, 2 jours de télétravail par semaine, mutuelle prise en charge à 100 %.

Tu as jusqu'au 3 juillet pour nous répondre. Si tu as des questions, appelle-moi au 06 00 00 00 00.

Trop hâte de bosser avec toi !
Léa""",
    "2026-06-25T18:02:00", company="Kidoclass", contact="lea@kidoclass.example.fr", fmt="alt", cte="b64")

add("offer", "agency_offer_call_followup", "en",
    "Chloe Barnes <chloe@brightsidesearch.example.co.uk>",
    "OFFER!!!",
    """Marc!!!

Following our call - just confirming in writing that Oakhurst Publishing would like to offer you the Learning Experience Designer role!! £41,000 + benefits, hybrid (2 days in the Oxford office), start date flexible from August.

The formal offer letter will come directly from their HR team in the next day or two. Let me know if you have any questions at all before then - SO happy for you!!

Chloe

Chloe Barnes | Recruitment Consultant | Brightside Search
M: 07700 900123""",
    "2026-05-21T15:30:00", company="Oakhurst Publishing", contact="chloe@brightsidesearch.example.co.uk")

add("offer", "quebec_offre_conditionnelle", "fr",
    "Julie Tremblay <julie.tremblay@cs-laurentides.example.qc.ca>",
    "Offre d'emploi conditionnelle - conseiller pédagogique",
    """Bonjour Monsieur Dubois,

C'est avec plaisir que nous vous offrons le poste de conseiller pédagogique en intégration du numérique (poste régulier à temps plein), conditionnellement à la vérification de vos antécédents judiciaires et à l'obtention de votre permis de travail.

Votre entrée en fonction est prévue le 17 août 2026, à l'échelon 8 de l'échelle salariale des conseillers pédagogiques. Vous trouverez la lettre d'offre en pièce jointe; nous vous invitons à la retourner signée d'ici le 12 juin.

Au plaisir de vous compter parmi nous,

Julie Tremblay
Conseillère en gestion des ressources humaines
Centre de services scolaire des Laurentides""",
    "2026-06-02T13:05:00", company="Centre de services scolaire des Laurentides", contact="julie.tremblay@cs-laurentides.example.qc.ca",
    fmt="alt", html_style=2, cte="qp")

add("offer", "docusign_contract_workday", "en",
    "Arcadia Learning via DocuSign <dse_na3@docusign.net>",
    "Please DocuSign: Arcadia Learning - Employment Agreement - Marc Dubois",
    """Beth Lowry sent you a document to review and sign.

Hi Marc, as discussed with Rachel, please find your offer letter and employment agreement for the Senior Instructional Designer position. Please review and sign by May 22. Don't hesitate to reach out with any questions. Welcome aboard! - Beth

REVIEW DOCUMENT

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
    "2026-05-15T16:20:00", company="Arcadia Learning", reply_to="Beth Lowry <beth.lowry@arcadialearning.example.com>",
    contact="beth.lowry@arcadialearning.example.com", fmt="html", html_style=1, cte="qp")

add("offer", "swiss_anstellung_angebot", "de",
    "Nicole Baumgartner <jobs@rheinbruecke-lernen.example.ch>",
    "Ihre Anstellung als Kursleiter Französisch",
    """Sehr geehrter Herr Dubois

Wir freuen uns, Ihnen nach den guten Gesprächen und Ihrer überzeugenden Probelektion eine Anstellung als Kursleiter Französisch (Erwachsenenbildung) mit einem Pensum von 50% ab 17. August 2026 anbieten zu können.

Den Arbeitsvertrag in zweifacher Ausführung senden wir Ihnen per Post zu. Wir bitten Sie, ein unterzeichnetes Exemplar bis 15. Juli 2026 an uns zu retournieren.

Wir freuen uns auf die Zusammenarbeit.

Freundliche Grüsse

Nicole Baumgartner
HR-Assistentin
Rheinbrücke Lernzentrum""",
    "2026-06-26T10:31:00", company="Rheinbrücke Lernzentrum", contact="jobs@rheinbruecke-lernen.example.ch", cte="b64")

add("offer", "indian_offer_letter_attached", "en",
    "Rahul Mehta <rahul.mehta@learnsphere.example.in>",
    "Offer Letter - Instructional Designer - French Content",
    """Dear Marc,

Greetings from LearnSphere!!

Further to the discussions you had with us, we are pleased to offer you the position of Instructional Designer - French Content (remote, contract basis) with LearnSphere Technologies. Please find attached the offer letter for your perusal.

Kindly go through the same and do revert with a signed copy within 3 working days as a token of your acceptance.

Looking forward to having you on board.

Thanks & Regards,
Rahul Mehta
Talent Acquisition | LearnSphere Technologies""",
    "2026-06-30T12:44:00", company="LearnSphere Technologies", contact="rahul.mehta@learnsphere.example.in")

add("offer", "es_oferta_informal", "es",
    "Pablo | Aulaviva <pablo@aulaviva.example.com>",
    "Re: freelance",
    """Hola de nuevo Marc,

Al final nos ha cambiado el plan: aunque no salió el puesto fijo, nos encantaría ofrecerte un contrato freelance de 6 meses para diseñar el curso de francés B1 (unas 15 h/semana, 35 EUR/hora). Si te interesa, te paso el contrato para firmar esta semana.

¿Qué te parece?
Pablo""",
    "2026-05-29T12:30:00", company="Aulaviva", contact="pablo@aulaviva.example.com", reply=True)

add("offer", "be_school_pleased_to_offer", "en",
    "Pieter Janssens <pieter.janssens@verdantschools.example.be>",
    "Verdant Schools Group - your offer",
    """Dear Marc,

On behalf of Verdant Schools Group, I am pleased to offer you the position of Digital Learning Lead, based at our Brussels head office, with a start date of 1 September 2026.

Attached you will find the offer letter summarising salary, benefits (meal vouchers, hospitalisation insurance, company laptop) and the 6-month trial period. We would appreciate your answer by Wednesday 17 June.

Kind regards,
Pieter Janssens
HR Business Partner
Verdant Schools Group

Verdant Schools Group SRL | BE 0000.000.000 | This e-mail is confidential. If you are not the intended recipient please inform the sender and delete it.""",
    "2026-06-09T11:47:00", company="Verdant Schools Group", contact="pieter.janssens@verdantschools.example.be",
    fmt="alt", html_style=2, charset="windows-1252", cte="qp")

# ----- other: alerts, newsletters, outreach, life, school, own mail --------------------------

def listhdr(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


add("other", "linkedin_job_alert", "en",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "\u201cinstructional designer\u201d: 14 new jobs in Brussels Region",
    """Your job alert for instructional designer in Brussels Region
14 new jobs match your preferences.

Instructional Designer (FR/EN)
Harbourline Consulting - Brussels (Hybrid)
Actively recruiting · 3 days ago
View job: https://www.linkedin.com/comm/jobs/view/40011223/?trk=eml-jserp

E-learning Developer
Novamedia Learning - Mechelen
Easy Apply · 1 week ago
View job: https://www.linkedin.com/comm/jobs/view/40011981/

Learning Experience Designer
European Institute for Public Administration - Brussels
Be an early applicant
View job: https://www.linkedin.com/comm/jobs/view/40012050/

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=instructional%20designer

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/job-alerts
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    "2026-03-10T06:31:00", fmt="alt", html_style=1, cte="qp",
    headers=listhdr("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/job-alerts"))

add("other", "stepstone_digest_de", "de",
    "StepStone Job-Agent <jobagent@stepstone.example.de>",
    "7 neue Jobs für \"Lehrer Quereinsteiger EdTech\" in Stuttgart",
    """Hallo Marc,

Ihr Job-Agent hat 7 neue Stellenangebote für Sie gefunden:

> Trainer für digitale Lernformate (m/w/d) - Campus Weiterbildung, Stuttgart
> Bildungsreferent:in Medienkompetenz - Landesmedienzentrum, Stuttgart (Teilzeit)
> Instructional Designer E-Learning (m/w/d) - Auto-Zulieferer Akademie, Leinfelden
> Lehrkraft Französisch (m/w/d) - Privatschule am Killesberg

Jetzt alle Jobs ansehen: https://www.stepstone.example.de/jobagent/...

Sie möchten keine E-Mails mehr erhalten? Job-Agent abbestellen""",
    "2026-03-12T07:02:00", fmt="html", html_style=1, charset="iso-8859-1", cte="qp",
    headers=listhdr("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/unsubscribe?u=8812"))

add("other", "wttj_newsletter_fr", "fr",
    "Welcome to the Jungle <hello@news.welcometothejungle.example.com>",
    "Refus après entretien : comment rebondir ? + 12 offres EdTech",
    """Cette semaine dans le Jungle Mag

• Refus après un entretien final : 5 façons de transformer un « non » en opportunité
• « On a raté l'entretien » : que faire quand un recruteur ne se connecte pas ?
• Reconversion : de prof à ingénieur pédagogique, le témoignage de Claire

Les offres de la semaine
- Ingénieur·e pédagogique - Lyon - CDI
- Product Designer Learning - Paris - CDI
- Chargé·e de formation - Strasbourg - CDD

Vous recevez cet e-mail car vous êtes inscrit à la newsletter. Se désinscrire""",
    "2026-04-01T08:00:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<jungle-mag.news.welcometothejungle.example.com>", "https://news.welcometothejungle.example.com/u/x81"))

add("other", "indeed_alert_toronto", "en",
    "Indeed <alert@indeed.com>",
    "30+ new Curriculum Developer jobs in Toronto, ON",
    """Curriculum Developer jobs in Toronto, ON

French Curriculum Writer - Maplewood Press - Toronto, ON - $58,000 a year - Easily apply
Instructional Designer II - Civic Health Partners - Toronto, ON - Hybrid
Learning Designer (Contract) - Ontario Teachers Learning Network - Remote

Job seekers also viewed: Instructional Coach, Education Consultant

Unsubscribe from these alerts | Privacy | Indeed Ireland Operations Limited""",
    "2026-06-16T11:20:00", fmt="html", html_style=1,
    headers=listhdr("<alerts.indeed.com>", "https://ca.indeed.com/alerts/unsub?id=aa91"))

add("other", "career_newsletter_rejection_en", "en",
    "The Career Switch Letter <newsletter@careerswitch.example.net>",
    "Issue #88: Why 'we've decided to move forward with other candidates' isn't about you",
    """Hey Marc,

This week: rejection. Almost every reader who writes to me has had the same email: "Unfortunately, after careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs." Teachers switching to instructional design get it a lot. Here's what it usually means, and what to do about it.

1. ATS filters don't read classroom experience as "project management". Translate it.
2. If you were rejected after a take-home, ask for feedback - about a third of hiring managers answer.
3. Missed an interview because of a time-zone mix-up? Own it fast, and propose two new times.

Also in this issue: the three-question portfolio, and a reader who got an offer after 74 applications.

Until next week,
Dana

You're getting this because you subscribed at careerswitch.example.net. Unsubscribe any time.""",
    "2026-04-19T15:00:00", fmt="alt", html_style=1, cte="qp",
    headers=listhdr("Career Switch Letter <careerswitch.example.net>", "https://careerswitch.example.net/unsub/3kd9"))

add("other", "recruiter_cold_outreach", "en",
    "Jess Harlow <jess.harlow@peakpeople.example.com>",
    "Opportunity - Instructional Design (EdTech, Series B)",
    """Hi Marc,

I came across your profile and was impressed by your background in secondary teaching and curriculum design. I'm working with a number of fast-growing EdTech clients across Europe who are building out their learning design teams in 2026.

I'd love to add you to my talent network so I can reach out when a role lines up with what you're looking for. Feel free to send an updated CV whenever suits.

Best regards,
Jess Harlow
Principal Consultant, EdTech & Learning
Peak People Recruitment

If you would prefer not to receive further emails from me, simply reply "unsubscribe".""",
    "2026-03-05T10:45:00", contact="jess.harlow@peakpeople.example.com", fmt="alt", html_style=2)

add("other", "linkedin_inmail_de", "de",
    "Stefan Kraus via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Stefan hat Ihnen eine Nachricht gesendet",
    """Stefan Kraus
Senior Recruiter bei TalentBrücke Personalberatung

Hallo Herr Dubois, ich bin auf Ihr Profil gestoßen und fand Ihren Wechsel vom Klassenzimmer ins Instructional Design spannend. Wir betreuen mehrere Bildungsträger im Raum München. Wären Sie grundsätzlich offen für einen Austausch über den Markt? Viele Grüße, Stefan Kraus

Antworten: https://www.linkedin.com/messaging/thread/2-YWE...

Sie erhalten InMail-Benachrichtigungen. Abbestellen""",
    "2026-05-06T12:19:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<inmail.linkedin.com>", "https://www.linkedin.com/psettings/email-unsubscribe"))

add("other", "podcast_interview_request", "en",
    "Amelia Ford <amelia@teachersinthewild.example.fm>",
    "Interview request - Teachers in the Wild podcast",
    """Hi Marc,

I host Teachers in the Wild, a podcast about teachers who've moved into other careers. A listener pointed me to your blog post about designing an online history course for your Year 10s - we'd love to interview you for an episode!

Recording is remote, about 45 minutes, and we'd aim for sometime in late May. Would you be up for it? I can send a few question ideas in advance.

Cheers,
Amelia Ford
Host & Producer, Teachers in the Wild""",
    "2026-05-04T21:10:00", contact="amelia@teachersinthewild.example.fm")

add("other", "radio_interview_fr", "fr",
    "Radio Campus Lyon - Rédaction <redaction@radiocampus-lyon.example.fr>",
    "Demande d'interview - émission « Profs en mutation »",
    """Bonjour Marc,

Nous préparons une émission sur les enseignants qui quittent l'Éducation nationale pour se reconvertir, et votre témoignage dans Le Progrès nous a beaucoup intéressés.

Seriez-vous d'accord pour une interview enregistrée d'une vingtaine de minutes dans nos studios (ou par téléphone) la semaine du 11 mai ?

Merci d'avance,
Inès Morel
Journaliste - Radio Campus Lyon
06 00 00 00 00""",
    "2026-04-29T11:40:00", contact="redaction@radiocampus-lyon.example.fr", charset="windows-1252", cte="qp")

add("other", "user_research_interview", "en",
    "Sam at Notewise <research@notewise.example.com>",
    "Share your classroom experience - 45 min research interview ($50 gift card)",
    """Hi Marc,

We're the research team at Notewise, and we're talking to secondary teachers about how they plan lessons. Would you join a 45-minute user research interview over video? There are no right answers - we just want to learn from your experience.

As a thank-you, you'll receive a $50 gift card.

Book a slot: https://notewise.example.com/research/book

Thanks!
Sam Ortiz
UX Researcher, Notewise""",
    "2026-03-24T16:00:00", reply_to="Sam Ortiz <sam.ortiz@notewise.example.com>", contact="sam.ortiz@notewise.example.com",
    fmt="html", html_style=1)

add("other", "friend_own_rejection", "en",
    "Elodie Marchand <elodie.marchand@example.net>",
    "ugh",
    """Marc,

so I finally heard back from the museum job. "After careful consideration we have decided not to proceed with your application." After THREE interviews and a presentation. I'm honestly gutted.

How's your search going? Did the Montréal school board ever get back to you? Drinks Friday, I need them.

E.""",
    "2026-05-28T22:14:00", contact="elodie.marchand@example.net")

add("other", "friend_rejection_fr", "fr",
    "Thomas Perrin <thomas.perrin@example.net>",
    "Re: des nouvelles ?",
    """Salut Marc,

Bon, pour moi c'est raté : le collège de Villeurbanne m'a envoyé un mail hier, « nous sommes au regret de ne pas pouvoir donner suite à votre candidature ». Trois semaines d'attente pour ça...

Et toi, ton entretien à Strasbourg, ça a donné quoi ? Tiens-moi au courant !

Thomas

Le mer. 10 juin 2026 à 19:03, Marc Dubois <marc.dubois@example.org> a écrit :
> Alors, des nouvelles du collège ? Moi j'ai une audition à Strasbourg le 22.""",
    "2026-06-11T20:31:00", contact="thomas.perrin@example.net", reply=True)

add("other", "order_delayed", "en",
    "Bookhaven Orders <orders@bookhaven.example.com>",
    "Unfortunately your order is delayed",
    """Hi Marc,

Unfortunately your order #BH-229817 (Design for How People Learn, 2nd ed.; Understanding by Design) is delayed due to high demand at our distribution centre.

New estimated delivery: 14-16 April 2026.

We're sorry for the inconvenience. You can cancel the delayed items at any time from your account.

The Bookhaven Team
This is an automated message - please do not reply.""",
    "2026-04-09T08:33:00", fmt="html", html_style=1)

add("other", "colis_retarde_fr", "fr",
    "Suivi Colis Express <ne-pas-repondre@suivi-colis.example.fr>",
    "Votre colis est en retard",
    """Bonjour,

Nous sommes désolés : votre colis n° 6A00000000000 n'a pas pu être livré à la date prévue en raison d'un incident d'acheminement. Une nouvelle tentative de livraison aura lieu demain.

Suivre mon colis : https://suivi-colis.example.fr/6A00000000000

Ceci est un message automatique.""",
    "2026-05-19T07:10:00", fmt="html", html_style=1, cte="qp")

add("other", "gps_position_share", "en",
    "TrailMate <no-reply@trailmate.example.com>",
    "Elodie shared her live position with you",
    """Elodie Marchand shared her current position with you.

Position: 45.7640 N, 4.8357 E (near Place Bellecour, Lyon)
Updated: 18:42
Accuracy: 12 m

Open in TrailMate to follow her position until 20:42.

You're receiving this because Elodie added you as a trusted contact.""",
    "2026-06-20T18:42:00", fmt="html", html_style=1)

add("other", "bank_credit_card_application", "en",
    "Maplecrown Bank <notifications@maplecrown-bank.example.ca>",
    "We've received your credit card application",
    """Dear Marc Dubois,

Thank you for applying for the Maplecrown Travel Rewards Visa. Your application reference is MCB-77130-Q.

We'll review your application and let you know our decision within 5-7 business days. Unfortunately we cannot provide status updates by phone during this period.

Maplecrown Bank
This email was sent from an unmonitored address.""",
    "2026-06-29T13:58:00", fmt="html", html_style=1, cte="qp")

add("other", "assurance_demande_fr", "fr",
    "Mutuelle des Enseignants - Adhésions <adhesion@mutuelle-ens.example.fr>",
    "Votre demande d'adhésion a bien été reçue",
    """Bonjour Monsieur Dubois,

Nous accusons réception de votre demande d'adhésion à la formule Santé Essentielle. Votre dossier est en cours d'étude ; une réponse vous sera adressée sous 10 jours ouvrés.

Votre conseillère : Mme Nadège Roux, 04 00 00 00 00.

La Mutuelle des Enseignants""",
    "2026-03-18T10:00:00", contact="adhesion@mutuelle-ens.example.fr", charset="iso-8859-1", cte="qp")

add("other", "apartment_application_rejected", "en",
    "Yonge Street Residences Leasing <leasing@yongeresidences.example.ca>",
    "Rental application - Unit 1408",
    """Hi Marc,

Thank you for applying for Unit 1408 at Yonge Street Residences and for coming to the viewing on Saturday.

Unfortunately, we've decided to move forward with another applicant for this unit. We had many qualified applications and the landlord chose a tenant who could start the lease on July 1.

We have a similar one-bedroom available on the 9th floor from August; let me know if you'd like to see it.

Best,
Kayla Brooks
Leasing Agent, Yonge Street Residences""",
    "2026-06-17T17:26:00", contact="leasing@yongeresidences.example.ca")

add("other", "university_admission_decision", "fr",
    "Admissions - Université de Montréal-Nord <admission@umontreal-nord.example.ca>",
    "Décision d'admission - Microprogramme en technopédagogie",
    """Bonjour Marc Dubois,

Votre demande d'admission au Microprogramme de 2e cycle en technopédagogie (trimestre d'automne 2026) a été étudiée.

Nous avons le regret de vous informer que votre demande n'a pas été retenue, le nombre de places étant limité. Vous pouvez présenter une nouvelle demande pour le trimestre d'hiver.

Bureau du registraire
Université de Montréal-Nord

Ne pas répondre à ce courriel.""",
    "2026-05-01T14:00:00", fmt="html", html_style=1, cte="qp")

add("other", "edu_newsletter_list", "en",
    "EdTech Europe Weekly <weekly@edtecheurope.example.org>",
    "EdTech Europe Weekly: AI tutors, layoffs at two unicorns, and hiring freezes",
    """EDTECH EUROPE WEEKLY - 9 June 2026

TOP STORY: Two of Europe's largest learning platforms announced layoffs this week; one says open roles "have been put on hold and will not proceed this year".

JOBS: 42 new roles on the board, including instructional designers in Munich and Basel. Employers: use code SPRING26 for a free listing.

EVENTS: Learning Design Meetup Stuttgart, 25 June - "Interviewing for your first ID job".

Read online | Forward to a friend | Unsubscribe
EdTech Europe, Rue de la Science 00, Brussels""",
    "2026-06-09T06:00:00", fmt="alt", html_style=1, cte="qp",
    headers=listhdr("EdTech Europe Weekly <weekly.edtecheurope.example.org>", "mailto:unsubscribe@edtecheurope.example.org"))

add("other", "own_sent_application", "en",
    ME,
    "Application - Instructional Designer (Ref. ID-2026-14)",
    """Dear Hiring Team,

Please find attached my application for the Instructional Designer position (Ref. ID-2026-14). After nine years teaching history and French in secondary schools in Lyon, I have spent the last two years designing blended courses for my department and training colleagues in Moodle and H5P.

I would welcome the chance to discuss how this experience could support your team. I am available for an interview at your convenience.

Kind regards,
Marc Dubois
+33 6 00 00 00 00""",
    "2026-03-03T20:14:00", to="Talent Team <jobs@harbourline.example.com>")

add("other", "own_sent_thanks_after_interview", "fr",
    ME,
    "Merci pour l'entretien",
    """Bonjour Madame Claessens,

Je tenais à vous remercier pour l'entretien de ce matin et pour la visite de l'école. J'ai beaucoup apprécié nos échanges sur le projet numérique de l'établissement.

Je reste à votre disposition pour la leçon d'essai et vous prie d'agréer mes salutations distinguées.

Marc Dubois""",
    "2026-04-21T18:30:00", to="Sophie Claessens <s.claessens@athenee-royal-ixelles.example.be>", charset="iso-8859-1", cte="qp")

add("other", "own_sent_cant_attend", "en",
    ME,
    "Re: Today's interview",
    """Dear Laura,

I'm very sorry - I was stuck on a train without signal this morning and couldn't join. I'm still very interested in the role and would be grateful for another chance; I'm free Thursday or Friday at any time.

Best regards,
Marc

On Wed, 24 Jun 2026 at 11:02, Laura Pennington <laura.pennington@keystonetraining.example.co.uk> wrote:
> Dear Marc,
> We were expecting you on Teams at 10:00 this morning for your interview but you did not join the meeting.""",
    "2026-06-24T12:40:00", to="Laura Pennington <laura.pennington@keystonetraining.example.co.uk>", reply=True)

add("other", "own_sent_de_bewerbung", "de",
    ME,
    "Bewerbung als Lehrkraft für Französisch",
    """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Vertretungsstelle (Französisch). Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Marc Dubois""",
    "2026-04-01T21:45:00", to="sekretariat@flg-muenchen.example.de", cte="qp")

add("other", "ooo_recruiter", "en",
    "Tom Hadley <tom.hadley@tandemtalent.example.co.uk>",
    "Automatic reply: Feedback - Learning Designer",
    """Hi,

Thanks for your email. I'm out of the office until Monday 6th April with limited access to email. For anything urgent please contact the team on 020 7946 0123 or hello@tandemtalent.example.co.uk.

Kind regards,
Tom""",
    "2026-03-31T09:40:00", contact="tom.hadley@tandemtalent.example.co.uk", reply=True,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "ooo_abwesenheit_de", "de",
    "Julia Brandt <julia.brandt@lernwerk-akademie.example.de>",
    "Abwesenheitsnotiz: Re: Deine Bewerbung bei Lernwerk Akademie",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an people@lernwerk-akademie.example.de.

Beste Grüße
Julia Brandt""",
    "2026-04-15T08:02:00", contact="julia.brandt@lernwerk-akademie.example.de", reply=True,
    headers={"Auto-Submitted": "auto-replied"})

add("other", "ooo_absence_fr", "fr",
    "Florence Haag <florence.haag@univ-strasbourg-ouest.example.fr>",
    "Réponse automatique : Audition IGE-2026-17",
    """Bonjour,

Je suis absente du bureau jusqu'au 29 juin inclus. Pour toute question urgente relative aux recrutements, merci d'écrire à recrutement@univ-strasbourg-ouest.example.fr.

Cordialement,
Florence Haag""",
    "2026-06-23T08:00:00", contact="florence.haag@univ-strasbourg-ouest.example.fr", reply=True,
    headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="qp")

add("other", "standup_calendar_notification", "en",
    "Google Calendar <calendar-notification@google.com>",
    "Notification: Weekly curriculum stand-up @ Mon Apr 13, 8:15am - 8:30am (CEST)",
    """Weekly curriculum stand-up
Mon Apr 13, 2026 8:15am - 8:30am Central European Time - Paris
Joining: meet.google.com/xyz-abcd-efg
Calendar: marc.dubois@example.org
Who: helene.robert@lycee-jean-moulin.example.fr (organizer), marc.dubois@example.org

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for calendar marc.dubois@example.org.""",
    "2026-04-13T08:05:00", fmt="alt", html_style=1)

add("other", "standup_invite_ics", "en",
    "Hélène Robert <helene.robert@lycee-jean-moulin.example.fr>",
    "Invitation: Department stand-up (weekly) - from Mon 4 May",
    """Hi all, moving our Monday catch-up to 8:15 so we're done before first period. Same Meet link. H.""",
    "2026-04-30T17:00:00", contact="helene.robert@lycee-jean-moulin.example.fr", fmt="alt",
    ics=ics("standup-hist-geo-2026@lycee-jean-moulin.example.fr", "2026-05-04T08:15:00", 15, "Department stand-up",
            "helene.robert@lycee-jean-moulin.example.fr").replace("SEQUENCE:0", "RRULE:FREQ=WEEKLY;BYDAY=MO\nSEQUENCE:0"))

add("other", "parent_question_homework", "fr",
    "Nathalie Girard <nathalie.girard@example.net>",
    "Devoir d'histoire de Lucas (3e B)",
    """Bonjour Monsieur Dubois,

Lucas était absent jeudi et vendredi (gastro). Pourriez-vous me dire ce qu'il doit rattraper pour le contrôle sur la Première Guerre mondiale ? Il ne trouve pas le document sur Pronote.

Merci beaucoup et bonne soirée,
Nathalie Girard, maman de Lucas

Envoyé de mon iPhone""",
    "2026-03-08T19:41:00", contact="nathalie.girard@example.net")

add("other", "parent_complaint_grade_en", "en",
    "Robert Klein <rklein@example.com>",
    "Sophie's grade on the essay",
    """Dear Mr. Dubois,

Sophie came home quite upset about her mark on the last history essay (11/20). We'd appreciate understanding what she should improve - she tells us the feedback said "interview sources more critically" but she isn't sure what that means.

Could we arrange a short meeting or call next week?

Regards,
Robert Klein""",
    "2026-03-15T20:08:00", contact="rklein@example.com")

add("other", "colleague_sortie_scolaire", "fr",
    "Hélène Robert <helene.robert@lycee-jean-moulin.example.fr>",
    "Sortie au Mémorial - liste des accompagnateurs",
    """Coucou Marc,

Pour la sortie au Mémorial de Caen avec les 1res, il me manque encore un accompagnateur le 2 avril. Tu peux ? Sinon je demande à Yannick.

Et n'oublie pas les autorisations parentales, Mme Lopez les réclame pour vendredi dernier délai.

Bises,
Hélène""",
    "2026-03-09T12:55:00", contact="helene.robert@lycee-jean-moulin.example.fr", charset="windows-1252", cte="qp")

add("other", "colleague_conseil_classe", "fr",
    "Yannick Le Goff <yannick.legoff@lycee-jean-moulin.example.fr>",
    "Re: conseils de classe",
    """Salut,

Pour le conseil de classe de la 2nde 4 on est décalés au mardi 16 juin 17h30 (la salle polyvalente est prise le lundi). Tu peux rentrer tes appréciations d'ici dimanche ?

Yannick

Le 8 juin 2026 à 12:10, Marc Dubois <marc.dubois@example.org> a écrit :
> Yannick, tu sais si le conseil de la 2nde 4 est maintenu lundi ?""",
    "2026-06-08T13:02:00", contact="yannick.legoff@lycee-jean-moulin.example.fr", reply=True)

add("other", "school_admin_pronote_notification", "fr",
    "Pronote - Lycée Jean Moulin <ne-pas-repondre@index-education.example.net>",
    "Nouvelle information : réunion parents-professeurs",
    """Lycée Jean Moulin - Lyon

Nouvelle information publiée par la Direction :
Réunion parents-professeurs des classes de 1re le jeudi 26 mars de 17h à 20h. Les enseignants sont priés de saisir leurs créneaux de rendez-vous avant le 20 mars.

Consulter l'information sur Pronote.

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.""",
    "2026-03-13T16:10:00", fmt="html", html_style=1, cte="qp")

add("other", "student_email_extension", "en",
    "Aya Benhamou <aya.benhamou.1re3@eleve.lycee-jean-moulin.example.fr>",
    "essay extension?? (sorry)",
    """hi sir,

sorry to bother you, could I have until Monday for the essay about the cold war?? my grandmother is in hospital and we were in Marseille all weekend. I can send you the plan tonight if you want

thank you
Aya, 1re 3""",
    "2026-05-17T22:47:00", contact="aya.benhamou.1re3@eleve.lycee-jean-moulin.example.fr")

add("other", "webinar_invite_hr_tech", "en",
    "Lernstack Events <events@lernstack.example.io>",
    "Live webinar: How to ace the instructional design interview (Thu 14 May)",
    """Join us live on Thursday 14 May at 17:00 CEST!

"How to ace the instructional design interview" - portfolio walk-throughs, the storyboard task, and the questions hiring managers really ask. With guests from three EdTech companies.

Reserve your seat: https://lernstack.example.io/webinars/id-interview

Can't make it? Register anyway and we'll send you the recording.

Lernstack GmbH · Unsubscribe""",
    "2026-05-07T10:00:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<events.lernstack.example.io>", "https://lernstack.example.io/unsub/m41"))

add("other", "survey_candidate_experience", "en",
    "Candidate Experience Survey <survey@candidatepulse.example.com>",
    "How was your interview experience with Arcadia Learning?",
    """Hi Marc,

You recently interviewed with Arcadia Learning. Would you take 2 minutes to tell us about your experience? Your answers are anonymous and help the company improve its hiring.

Start the survey: https://candidatepulse.example.com/s/ARC-8812

Thank you!
CandidatePulse on behalf of Arcadia Learning\nThis is an automated message; replies are not monitored.""",
    "2026-05-04T12:00:00", fmt="html", html_style=1)

add("other", "conference_registration", "de",
    "Tagungsbüro didacta-Forum <tagung@bildungsforum-stuttgart.example.de>",
    "Ihre Anmeldung: Bildungsforum Stuttgart 2026",
    """Sehr geehrter Herr Dubois,

vielen Dank für Ihre Anmeldung zum Bildungsforum Stuttgart am 18. und 19. Juni 2026. Ihre Anmeldung ist eingegangen und bestätigt. Ihr Ticket (Tageskarte Lehrkräfte, ermäßigt) finden Sie im Anhang.

Programm-Highlight: Podiumsdiskussion "Lehrkräftemangel und Quereinstieg - wer bewirbt sich noch?"

Mit freundlichen Grüßen
Ihr Tagungsbüro""",
    "2026-05-20T09:30:00", contact="tagung@bildungsforum-stuttgart.example.de", fmt="alt", html_style=1, charset="iso-8859-1", cte="qp")

add("other", "forwarded_job_posting_from_friend", "en",
    "Elodie Marchand <elodie.marchand@example.net>",
    "Fwd: we're hiring - Learning Designer",
    """saw this and thought of you!! apply apply apply

---------- Forwarded message ---------
From: Riverside Museum Staff News <staffnews@riversidemuseum.example.org>
Date: Tue, 12 May 2026 at 09:00
Subject: we're hiring - Learning Designer
To: <all-staff@riversidemuseum.example.org>

Colleagues - please share widely. Our Learning team is hiring a Learning Designer (12-month contract) to build the new schools programme. Closing date 31 May. Applications via the careers page.""",
    "2026-05-12T12:34:00", contact="elodie.marchand@example.net")

add("other", "es_newsletter_empleo", "es",
    "Empleo Alertas <alertas@empleo-alertas.example.es>",
    "Nuevas ofertas: profesor de francés en Barcelona",
    """Hola Marc,

Tenemos 9 nuevas ofertas que encajan con tu búsqueda "profesor de francés":

· Profesor/a de francés - Academia Lumière - Barcelona
· Formador/a de idiomas online - Grupo Lingua - Remoto
· Diseñador/a de contenidos educativos - Ediciones Faro - Barcelona

Ver todas las ofertas

Recibes este correo porque creaste una alerta. Darse de baja""",
    "2026-04-22T08:15:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<alertas.empleo-alertas.example.es>", "https://empleo-alertas.example.es/baja?u=71"))

add("other", "es_amiga_entrevista_radio", "es",
    "Lucía Ferrer <lucia.ferrer@example.com>",
    "¡te escuché en la radio!",
    """¡Marc! Te escuché ayer en la entrevista de la radio sobre profesores que cambian de carrera, ¡qué bien hablaste! Mi madre también la escuchó jaja.

Por cierto, ¿al final te cogieron en lo de Edutalento? Cuéntame cuando puedas.

Besos,
Lucía""",
    "2026-05-22T10:02:00", contact="lucia.ferrer@example.com")

add("other", "es_banco_solicitud_prestamo", "es",
    "Banco Horizonte <notificaciones@bancohorizonte.example.es>",
    "Hemos recibido tu solicitud de préstamo",
    """Hola Marc,

Hemos recibido correctamente tu solicitud de Préstamo Personal Flex (importe: 6.000 EUR). Estamos revisando la documentación y te responderemos en un plazo máximo de 48 horas.

Lamentablemente no podemos atender consultas sobre el estado de tu solicitud por este canal.

Banco Horizonte
Este mensaje se ha generado automáticamente.""",
    "2026-07-06T09:25:00", fmt="html", html_style=1, cte="qp")

add("other", "es_encuesta_investigacion", "es",
    "Equipo de Investigación Clasea <investigacion@clasea.example.com>",
    "¿Nos ayudas? Entrevista de 30 minutos sobre cómo preparas tus clases",
    """Hola Marc:

En Clasea estamos hablando con docentes de secundaria para entender cómo preparan sus clases. ¿Te gustaría participar en una entrevista de investigación de 30 minutos por videollamada? Como agradecimiento, te regalaremos una tarjeta de 30 €.

Elige un hueco aquí: https://clasea.example.com/investigacion

¡Gracias!
Equipo de Investigación - Clasea""",
    "2026-06-15T15:00:00", contact="investigacion@clasea.example.com", fmt="alt", html_style=1, cte="b64")

add("other", "de_kollege_vertretungsplan", "de",
    "Andreas Vogt <andreas.vogt@example.de>",
    "Vertretung Do",
    """Hi Marc,

kannst du am Donnerstag die 6. Stunde in der 9c übernehmen? Ich hab Zahnarzt. Material liegt im Fach, Arbeitsblatt zur Weimarer Republik.

Danke dir!!
Andi""",
    "2026-04-20T07:12:00", contact="andreas.vogt@example.de")

add("other", "de_wohnung_absage", "de",
    "Hausverwaltung Ostend <vermietung@hv-ostend.example.de>",
    "Ihre Anfrage zur Wohnung Schwarenbergstraße",
    """Sehr geehrter Herr Dubois,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schwarenbergstraße. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Hausverwaltung Ostend""",
    "2026-05-12T14:40:00", contact="vermietung@hv-ostend.example.de", charset="iso-8859-1", cte="qp")

add("other", "glassdoor_interview_reviews", "en",
    "Glassdoor Community <noreply@glassdoor.example.com>",
    "New interview reviews for Arcadia Learning",
    """3 new interview reviews for Arcadia Learning

"Panel interview was well organised; I was rejected after the final round but got useful feedback." - Instructional Designer, Berlin
"They rescheduled twice, then offered." - Learning Scientist, Remote
"Recruiter never showed up to the phone screen." - Content Designer, Amsterdam

See all reviews | Manage email settings""",
    "2026-04-25T18:00:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<community.glassdoor.example.com>", "https://glassdoor.example.com/unsub?id=11"))

add("other", "moodle_forum_digest", "en",
    "Moodle Community Digest <noreply@moodle-community.example.org>",
    "Daily forum digest: Teaching with Moodle",
    """Teaching with Moodle - daily digest

Re: H5P interactive video not loading on iPad
by Karin Holm - "Clear the cache, then re-upload the .h5p file; it worked for our school."

Quiz question bank: position of random questions after import
by Luis Ortega - "The position field resets when you import from GIFT..."

You are receiving this digest because you are subscribed to the forum. Unsubscribe from digests""",
    "2026-05-30T03:00:00",
    headers=listhdr("Teaching with Moodle <teaching.moodle-community.example.org>", "https://moodle-community.example.org/unsub/7"))

add("other", "be_school_newsletter_parents", "fr",
    "Athénée de la Woluwe <info@athenee-woluwe.example.be>",
    "Lettre d'information - juin 2026",
    """Chers parents, chers élèves, chers collègues,

Au programme de ce mois de juin : les examens (horaires en pièce jointe), la fancy-fair du 20 juin et la remise des bulletins le 26 juin.

Nous avons le plaisir d'accueillir dans l'équipe, dès septembre, trois nouveaux enseignants. Nous recrutons encore un(e) éducateur/éducatrice : candidatures à la direction.

Bonne fin d'année scolaire à toutes et à tous !
La direction""",
    "2026-06-02T17:30:00", fmt="alt", html_style=1, charset="windows-1252", cte="qp",
    headers=listhdr("<parents.athenee-woluwe.example.be>", "mailto:desinscription@athenee-woluwe.example.be"))

add("other", "linkedin_profile_views", "en",
    "LinkedIn <messages-noreply@linkedin.com>",
    "Marc, you appeared in 38 searches this week",
    """You appeared in 38 searches this week

Your profile was found by people from: Education (41%), E-learning providers (33%), Staffing and Recruiting (12%)

Top search keywords: instructional designer, French teacher, curriculum

Try Premium for free to see who viewed your profile.

Unsubscribe | Help""",
    "2026-05-10T09:15:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<notifications.linkedin.com>", "https://www.linkedin.com/psettings/email-unsubscribe"))

add("other", "recruiter_coffee_chat_no_role", "en",
    "Priyanka Nair <priyanka@talentforge.example.ca>",
    "Toronto EdTech market",
    """Hi Marc,

Noticed you're relocating to Toronto - welcome (soon)! I recruit for learning & development roles across the GTA. Nothing specific open right now that matches, but I like to get to know people early. Here's my card; ping me whenever you land and we can swap notes on the market.

Priyanka Nair
Talentforge Staffing | Toronto
416-555-0199""",
    "2026-06-22T14:41:00", contact="priyanka@talentforge.example.ca")

add("other", "uni_alumni_career_event", "fr",
    "Réseau Alumni Lyon 2 <alumni@univ-lyon-alumni.example.fr>",
    "Atelier carrière : réussir son entretien d'embauche hors enseignement",
    """Chers alumni,

Le service carrières organise le mardi 12 mai un atelier « Réussir son entretien d'embauche hors enseignement » : simulations d'entretien, pitch de reconversion, gestion d'un refus.

Inscription obligatoire (20 places) : https://alumni.example.fr/ateliers

Le Réseau Alumni""",
    "2026-04-27T11:00:00", fmt="html", html_style=1, cte="qp",
    headers=listhdr("<alumni.univ-lyon-alumni.example.fr>", "https://alumni.example.fr/desinscription"))

add("other", "de_gebuehrenbescheid_anerkennung", "de",
    "Regierungspräsidium Stuttgart - Abt. 7 <anerkennung@rps-bw.example.de>",
    "Anerkennung Lehramtsbefähigung - Antrag eingegangen (Az. 76-6741/3387)",
    """Sehr geehrter Herr Dubois,

Ihr Antrag auf Anerkennung Ihrer in Frankreich erworbenen Lehrbefähigung ist bei uns eingegangen. Die Bearbeitungsdauer beträgt derzeit etwa drei Monate. Bitte reichen Sie noch eine beglaubigte Übersetzung Ihres CAPES-Zeugnisses nach.

Mit freundlichen Grüßen
Im Auftrag
Jürgen Maier""",
    "2026-03-25T10:10:00", contact="anerkennung@rps-bw.example.de", charset="iso-8859-1", cte="qp")

add("other", "fr_bank_salary_alert", "fr",
    "Ma banque - Alertes <alertes@mabanque-exemple.example.fr>",
    "Virement reçu",
    """Bonjour,

Un virement de 2 148,32 EUR a été crédité sur votre compte courant le 27/03/2026.
Libellé : TRAITEMENT MARS 2026 - RECTORAT LYON

Pour consulter vos comptes, connectez-vous à votre espace client.\nMessage automatique, merci de ne pas y répondre.""",
    "2026-03-27T06:00:00", fmt="html", html_style=1, cte="qp")


if __name__ == "__main__":
    write_all()
