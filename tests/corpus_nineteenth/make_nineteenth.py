"""Writes the nineteenth labelled corpus: one job seeker's inbox, March to July 2026.

The candidate is Amara Okafor, a registered nurse and ward manager moving into clinical
operations and health-tech product roles. Each message below is written out by hand; this
script only does the MIME work (encodings, charsets, multipart layouts, calendar parts,
threading headers) and writes labels.csv. Run it from anywhere:
`python tests/corpus_nineteenth/make_nineteenth.py`. Imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from html import escape
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Amara Okafor", "amara.okafor@example.org")
ROWS: list[dict[str, str]] = []


def _addr(name: str, address: str, charset: str = "utf-8") -> str:
    """A display name with an address; non-ASCII names become RFC 2047 encoded words."""
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)
    return formataddr((name, address))


def _hdr(text: str, charset: str) -> str:
    """A header value, RFC 2047 encoded when it is not plain ASCII."""
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        try:
            text.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(text, charset).encode()
    return text


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    """One text/* part with exactly the transfer encoding asked for."""
    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = cte
    return part


def _html_from_text(text: str, charset: str) -> str:
    """The HTML twin a mail client sends beside the plain text: one <div> per paragraph."""
    paragraphs = [escape(block).replace("\n", "<br>\n") for block in text.strip().split("\n\n")]
    divs = "".join(f"<div>{block}</div><div><br></div>\n" for block in paragraphs)
    return f'<html><head><meta charset="{charset}"></head><body dir="ltr">\n{divs}</body></html>'


def _ics(summary: str, start: datetime, minutes: int, organizer: str, method: str = "REQUEST",
         uid: str = "", location: str = "", status: str = "CONFIRMED", seq: int = 0) -> str:
    stamp = start.strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    uid = uid or hashlib.sha1(f"{summary}{stamp}".encode()).hexdigest()[:16] + "@n19.test"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nineteenth corpus//EN", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART:{stamp}", f"DTEND:{end}",
        f"SEQUENCE:{seq}", f"SUMMARY:{summary}", f"STATUS:{status}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME[0]}:mailto:{ME[1]}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


def mail(kind: str, scenario: str, *, lang: str, frm: tuple[str, str], subject: str,
         date: str, text: str = "", html: str = "", company: str = "", contact: str = "",
         charset: str = "utf-8", cte: str = "", reply_to: tuple[str, str] | None = None,
         to: tuple[str, str] = ME, cc: str = "", headers: dict[str, str] | None = None,
         ics: dict | None = None, attach: tuple[str, str] | None = None,
         in_reply_to: str = "", msgid: str = "", alt: bool = False) -> str:
    """Builds one message, writes it under its kind and records its label row.

    `date` is "YYYY-MM-DD HH:MM +ZZZZ". Text only, HTML only or both (alternative) follow
    from which of text/html is given (`alt` derives the HTML from the text, as mail clients
    do); `ics` adds a text/calendar part; `attach` a PDF.
    """
    if alt and not html:
        html = _html_from_text(text, charset)
    number = len(ROWS) + 1
    when = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    cte = cte or ("quoted-printable" if charset != "us-ascii" else "7bit")
    parts = []
    if text:
        parts.append(_text_part(text, "plain", charset, cte))
    if html:
        parts.append(_text_part(html, "html", charset, cte))
    body = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", _subparts=parts)
    if ics is not None:
        cal = ics.copy()
        method = cal.pop("method", "REQUEST")
        cal_part = _text_part(_ics(method=method, **cal), "calendar", "utf-8", "7bit")
        cal_part.set_param("method", method)
        if isinstance(body, MIMEMultipart):
            body.attach(cal_part)
        else:
            body = MIMEMultipart("alternative", _subparts=[body, cal_part])
    if attach is not None:
        name, content = attach
        pdf = MIMEBase("application", "pdf", name=name)
        pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% " + content.encode() + b"\n%%EOF\n").decode())
        pdf["Content-Transfer-Encoding"] = "base64"
        pdf["Content-Disposition"] = f'attachment; filename="{name}"'
        body = MIMEMultipart("mixed", _subparts=[body, pdf])
    for index, part in enumerate(body.walk()):
        if part is not body:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{index}")
    content_headers = list(body.items())
    for key in {key for key, _ in content_headers}:
        del body[key]
    domain = frm[1].rsplit("@", 1)[1]
    digest = hashlib.sha1(f"{number}{subject}".encode()).hexdigest()[:12]
    body["Message-ID"] = msgid or f"<{when:%Y%m%d%H%M}.{digest}@{domain}>"
    body["Date"] = format_datetime(when)
    body["From"] = _addr(*frm, charset=charset)
    body["To"] = _addr(*to, charset=charset)
    if cc:
        body["Cc"] = cc
    if reply_to:
        body["Reply-To"] = _addr(*reply_to, charset=charset)
    body["Subject"] = _hdr(subject, charset)
    if in_reply_to:
        body["In-Reply-To"] = in_reply_to
        body["References"] = in_reply_to
    for key, value in (headers or {}).items():
        body[key] = value
    for key, value in content_headers:
        body[key] = value
    rel = f"{kind}/{number:03d}_{scenario}.eml"
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False).flatten(body)
    (ROOT / kind).mkdir(exist_ok=True)
    (ROOT / rel).write_bytes(out.getvalue())
    ROWS.append({"file": rel, "kind": kind, "company": company, "contact": contact,
                 "language": lang})
    return body["Message-ID"]


def at(date: str) -> datetime:
    """A UTC start time for a calendar part, from "YYYY-MM-DD HH:MM"."""
    return datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)



def rejections() -> None:
    """Blunt, soft, on hold, after interviews, agencies, ATS templates; four languages."""
    mail("rejection", "nhs_trac_after_shortlisting", lang="en", company="Severnside NHS Foundation Trust",
         frm=("NHS Jobs", "noreply@jobs.nhs.uk"),
         subject="Application update - Matron, Acute Medicine - 274-SNT-5521",
         date="2026-03-09 16:02 +0000", text="""Dear Amara Okafor

Application reference: 274-SNT-5521
Vacancy: Matron, Acute Medicine (Band 8a)
Employing organisation: Severnside NHS Foundation Trust

Thank you for your interest in the above post.

The shortlisting panel has now assessed all applications against the person specification. We
regret to inform you that on this occasion your application has not been shortlisted for interview.

If you would like feedback on your application please contact the recruiting manager, Ruth
Penhallow, on ruth.penhallow@severnside-nhs.example.net quoting the reference above.

Thank you for the interest you have shown in working for Severnside NHS Foundation Trust.

Kind regards
Recruitment Team

This is an automated message from NHS Jobs. Please do not reply to this email.
""")
    mail("rejection", "mobile_one_liner_after_panel", lang="en", company="Larkspur Health",
         contact="niamh@larkspurhealth.example.com",
         frm=("Niamh Gallagher", "niamh@larkspurhealth.example.com"), subject="Re: Thursday",
         date="2026-04-17 21:48 +0100", in_reply_to="<CAF9x1k2QmA@mail.example.org>",
         text="""Hi Amara, sorry for the slow reply. Team met today and we're going w someone with more product delivery under their belt. Genuinely liked you tho - keep in touch?

Niamh

Sent from my iPhone

> On 15 Apr 2026, at 19:02, Amara Okafor <amara.okafor@example.org> wrote:
>
> Hi Niamh, thanks again for Thursday's panel - I really enjoyed the discussion about
> discharge flow. Any news on timing?
> Amara
""")
    mail("rejection", "workday_soft_aligned", lang="en", company="Brightwell Pharma",
         frm=("Brightwell Pharma Careers", "brightwell@myworkday.com"),
         subject="Your application for Clinical Operations Lead (R-20418)",
         date="2026-03-23 11:30 +0000", html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
<img src="https://brightwell.example.com/logo.png" alt="Brightwell Pharma" width="180"><br><br>
<p>Dear Amara,</p>
<p>Thank you for applying for the <b>Clinical Operations Lead</b> position (R-20418) at Brightwell Pharma.</p>
<p>We have reviewed your application carefully. While your experience is impressive, we've decided to pursue
other candidates whose background more closely aligns with the requirements of this role.</p>
<p>We encourage you to continue to visit our <a href="https://brightwell.wd3.myworkday.com/careers?utm_source=email&amp;utm_campaign=dispo">careers site</a> for future opportunities.</p>
<p>Best regards,<br>Talent Acquisition<br>Brightwell Pharma</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox. Brightwell Pharma Ltd, registered in England No. 04412290.</td></tr></table>
<img src="https://brightwell.wd3.myworkday.com/t/o.gif?id=88127" width="1" height="1" alt="">
</body></html>""")
    mail("rejection", "role_on_hold_budget", lang="en", company="Ostara Diagnostics",
         contact="t.whitcombe@ostaradx.example.com",
         frm=("Tom Whitcombe", "t.whitcombe@ostaradx.example.com"), subject="Update",
         date="2026-04-02 09:14 +0100", text="""Hi Amara,

I wanted to let you know personally rather than through the system. We've had a budget review
this week and the Clinical Implementation Manager role has been put on hold until at least Q4.
That means we won't be proceeding with any candidates for it, including yourself, which I'm
really sorry about given how far along we were.

If it reopens I'll get in touch directly - I'd be glad to pick the conversation up again.

Best,
Tom

--
Tom Whitcombe | Head of Customer Success
Ostara Diagnostics | Unit 4, Temple Quay, Bristol BS1 6EA
M: +44 7700 900418
""")
    mail("rejection", "agency_relay_exclamations", lang="en", company="Pinewood Private Hospital",
         contact="shauna@meridianhealthrec.example.com",
         frm=("Shauna Keane", "shauna@meridianhealthrec.example.com"),
         subject="Pinewood feedback", date="2026-04-09 14:27 +0100", text="""Hi Amara!!

Hope you're keeping well! So I've just got off the phone with the DON at Pinewood and
unfortunately they've gone with an internal candidate for the Clinical Nurse Manager post :(
They said you interviewed really well and it was very close!! Honestly gutted for you.

Don't be disheartened - I have a couple of other roles in Cork I think would be a great fit,
will ring you tomorrow to chat!!

Shauna

Shauna Keane | Senior Consultant, Nursing & Allied Health
Meridian Healthcare Recruitment | +353 21 555 0192
""")
    mail("rejection", "after_takehome_case_study", alt=True, lang="en", company="Clarity Triage",
         contact="jonas.brandt@claritytriage.example.com",
         frm=("Jonas Brandt", "jonas.brandt@claritytriage.example.com"),
         subject="Re: Case study - Clarity Triage", date="2026-05-06 17:40 +0200",
         in_reply_to="<0a1f.case@mail.example.org>", text="""Hi Amara,

Thanks a lot for the time you put into the case study, the team read it closely. The triage
pathway analysis was strong, but the prioritisation section was lighter than we need for a
Senior PM at our stage, and after a long discussion we have decided not to move forward with
your application.

I know a take-home is a real investment so if a short call with feedback would help, just reply
and I'll set it up.

Viele Grüße
Jonas

Jonas Brandt
Head of Product, Clarity Triage GmbH
Chausseestraße 86, 10115 Berlin

On Mon, 4 May 2026 at 08:12, Amara Okafor <amara.okafor@example.org> wrote:
> Hi Jonas,
> Please find my case study attached. Happy to walk through it whenever suits.
> Best, Amara
""")
    mail("rejection", "very_short", lang="en", company="Tandem Care Homes",
         contact="gareth.lloyd@tandemcare.example.co.uk",
         frm=("Gareth Lloyd", "gareth.lloyd@tandemcare.example.co.uk"),
         subject="Re: Regional Quality Lead", date="2026-03-27 08:03 +0000",
         in_reply_to="<rql.0319@mail.example.org>", charset="us-ascii",
         text="""Thanks for your time Amara, but we won't be moving forward. Best of luck.

G.
""")
    mail("rejection", "indian_english_agency", lang="en", company="Saúde Atlântica",
         contact="priya.raman@orbistalent.example.in",
         frm=("Priya Raman", "priya.raman@orbistalent.example.in"),
         subject="Feedback - Clinical Ops Manager profile", date="2026-05-12 10:55 +0530",
         text="""Dear Amara,

Greetings from Orbis Talent Solutions!!

This is with reference to your candidature for the Clinical Operations Manager position with
our client Saúde Atlântica (Lisbon/remote). We regret to inform you that the client has not
shortlisted your profile for further rounds as they are looking for candidates with Portuguese
language proficiency.

We will keep your profile in our database and do revert to us in case you are looking for
other opportunities.

Thanks & Regards,
Priya Raman
Lead - Healthcare Hiring
Orbis Talent Solutions Pvt. Ltd. | Bengaluru
Ph: +91 80 5550 3321
""")
    mail("rejection", "british_shant_progress", alt=True, lang="en", company="Lothian Bridge Clinics",
         contact="h.mcallister@lothianbridge.example.co.uk",
         frm=("Heather McAllister", "h.mcallister@lothianbridge.example.co.uk"),
         subject="Your application", date="2026-04-21 12:10 +0100", charset="windows-1252",
         text="""Dear Amara

Many thanks for coming in on Friday to meet Dr Forsyth and me. We very much enjoyed talking with you.

I’m afraid that after a great deal of deliberation we shan’t be progressing your application to
the next stage. The panel felt another candidate’s experience of independent-sector CQC/HIS
inspections gave them the edge for this particular post.

I do hope you’ll consider us again in future.

With best wishes

Heather McAllister
People & Culture Manager
Lothian Bridge Clinics
12 Melville Street, Edinburgh EH3 7PE · 0131 496 0120

This e-mail and any attachments are confidential and may be privileged. If you are not the
intended recipient please notify the sender immediately and delete it. Lothian Bridge Clinics
Ltd is registered in Scotland, SC512209.
""")
    mail("rejection", "position_filled_smartrecruiters", lang="en", company="Aidline International",
         frm=("Aidline International", "no-reply@smartrecruiters.com"),
         subject="Medical Coordinator – Emergency Response Roster", date="2026-06-03 07:20 +0200",
         text="""Dear Amara,

Thank you for your interest in the Medical Coordinator – Emergency Response Roster position with Aidline International.

We wish to inform you that this position has now been filled. We received a very large number of
applications and appreciate the time you invested.

We encourage you to create a job alert on our careers page.

Aidline International
Rue de Lausanne 64, 1202 Geneva
""", html="""<div style="max-width:560px;font-family:Helvetica"><p>Dear Amara,</p>
<p>Thank you for your interest in the <strong>Medical Coordinator – Emergency Response Roster</strong> position with Aidline International.</p>
<p>We wish to inform you that this position has now been filled. We received a very large number of applications and appreciate the time you invested.</p>
<p>We encourage you to create a <a href="https://jobs.smartrecruiters.com/AidlineInternational?trid=4410">job alert</a> on our careers page.</p>
<p>Aidline International<br>Rue de Lausanne 64, 1202 Geneva</p>
<p style="font-size:9px;color:#999">Powered by SmartRecruiters</p></div>""")
    mail("rejection", "german_personio_absage", lang="de", company="Rheinwerk Pflege",
         contact="karriere@rheinwerk-pflege.example.de",
         frm=("Rheinwerk Pflege GmbH", "jobs-noreply@personio.de"),
         reply_to=("Lena Hoffmann", "karriere@rheinwerk-pflege.example.de"),
         subject="Ihre Bewerbung als Pflegedienstleitung (m/w/d)", date="2026-03-18 10:05 +0100",
         text="""Sehr geehrte Frau Okafor,

vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit bei der Rheinwerk Pflege GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für
andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch
besser entspricht. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Lena Hoffmann
Personalabteilung
Rheinwerk Pflege GmbH · Aachener Str. 220 · 50931 Köln
""")
    mail("rejection", "german_casual_du", alt=True, lang="de", company="Kardiona Medical Devices",
         contact="felix.wagner@kardiona.example.de",
         frm=("Felix Wagner", "felix.wagner@kardiona.example.de"), subject="Kurzes Feedback",
         date="2026-05-19 18:22 +0200", charset="iso-8859-1", text="""Hallo Amara,

danke nochmal für das nette Gespräch letzte Woche! Ich hab leider keine guten News: wir haben
uns im Team für jemanden entschieden, der schon Erfahrung mit MDR-Audits mitbringt. Das war
echt knapp.

Wenn du magst, melde dich gerne bei der nächsten Ausschreibung wieder - du passt menschlich
super zu uns.

LG Felix

--
Felix Wagner
Teamlead Clinical Affairs | Kardiona Medical Devices GmbH
Tel. +49 30 5557 1184
""")
    mail("rejection", "german_taleo_formal_after_interview", lang="de", company="Universitätsklinikum Köln-Süd",
         frm=("Universitätsklinikum Köln-Süd", "ukks@taleo.net"),
         subject="Ihre Bewerbung: Stationsleitung Intensivstation – Kennziffer 2026-0412",
         date="2026-06-11 08:31 +0200", charset="iso-8859-1", cte="quoted-printable",
         text="""Sehr geehrte Frau Okafor,

wir bedanken uns für Ihr Interesse an der ausgeschriebenen Position sowie für das Vorstellungsgespräch.

Leider können wir Ihnen heute keine positive Nachricht übermitteln. Wir haben uns nach reiflicher
Überlegung für eine andere Kandidatin entschieden.

Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können, und wünschen Ihnen für Ihre
Zukunft alles Gute.

Mit freundlichen Grüßen

i. A. Personalmanagement
Universitätsklinikum Köln-Süd - Anstalt des öffentlichen Rechts

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")
    mail("rejection", "french_formal_clinique", lang="fr", company="Clinique Saint-Roch",
         contact="recrutement@clinique-saintroch.example.fr",
         frm=("Service Recrutement - Clinique Saint-Roch", "recrutement@clinique-saintroch.example.fr"),
         subject="Votre candidature - Cadre de santé", date="2026-04-14 15:12 +0200",
         charset="iso-8859-1", text="""Madame,

Nous avons bien étudié votre candidature au poste de Cadre de santé en service de médecine, et
nous vous remercions de l'intérêt que vous portez à notre établissement.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable, votre profil ne
correspondant pas tout à fait aux exigences du poste (diplôme de cadre de santé requis).

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service des Ressources Humaines
Clinique Saint-Roch - 560 avenue du Colonel André Pavelet, 34000 Montpellier
""")
    mail("rejection", "french_casual_startup_chain", alt=True, lang="fr", company="Lacustre Medical",
         contact="camille.rochat@lacustre.example.ch",
         frm=("Camille Rochat", "camille.rochat@lacustre.example.ch"),
         subject="RE: Suite à notre échange", date="2026-05-22 11:47 +0200",
         in_reply_to="<lac.follow@mail.example.org>", text="""Bonjour Amara,

Merci pour ta relance et désolée pour le délai ! On a finalement retenu un autre profil pour le
poste de Clinical Product Specialist, quelqu'un qui connaissait déjà nos dispositifs. Ça s'est
joué à peu de chose.

Je garde ton CV sous le coude pour la suite, vraiment.

Belle journée,
Camille

Camille Rochat | Talent Partner
Lacustre Medical SA · Chemin des Aulx 14 · 1228 Genève

Le mer. 20 mai 2026 à 09:15, Amara Okafor <amara.okafor@example.org> a écrit :
> Bonjour Camille,
> Je me permets de revenir vers vous concernant le poste de Clinical Product Specialist.
> Avez-vous des nouvelles ?
> Bien à vous,
> Amara
""")
    mail("rejection", "french_ehpad_group_html", lang="fr", company="Maison Clairval",
         frm=("Maison Clairval - Recrutement", "ne-pas-repondre@clairval.example.be"),
         subject="Votre candidature : Directrice adjointe des soins (H/F) - Bruxelles",
         date="2026-06-16 09:02 +0200", html="""<html><body>
<table style="width:100%;max-width:620px;border:1px solid #e3e3e3"><tr><td style="background:#2d5b7a;padding:12px">
<img src="https://clairval.example.be/img/logo-blanc.png" alt="Maison Clairval - Résidences &amp; soins" height="40"></td></tr>
<tr><td style="padding:18px;font-family:Verdana;font-size:12px">
Bonjour Amara Okafor,<br><br>
Nous vous remercions pour l'intérêt porté à notre groupe et pour le temps consacré à nos entretiens.<br><br>
Après examen attentif, nous avons le regret de vous informer que nous n'avons pas retenu votre candidature pour ce poste.<br><br>
Nous vous souhaitons pleine réussite dans vos recherches.<br><br>
L'équipe Talents<br>Maison Clairval
</td></tr>
<tr><td style="font-size:9px;color:#999;padding:8px">Merci de ne pas répondre à ce message automatique. <a href="https://clairval.example.be/confidentialite?u=ao">Politique de confidentialité</a></td></tr></table></body></html>""",
         cte="base64")
    mail("rejection", "spanish_formal_hospital", lang="es", company="Hospital Universitario Sierra Norte",
         contact="seleccion@husierranorte.example.es",
         frm=("Selección de Personal HUSN", "seleccion@husierranorte.example.es"),
         subject="Proceso de selección Supervisora de Enfermería - Ref. SUP-26-014",
         date="2026-04-28 13:40 +0200", charset="iso-8859-1", text="""Estimada Sra. Okafor:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de
Supervisora de Enfermería de la Unidad de Hospitalización Médica.

Lamentamos comunicarle que, tras valorar todas las candidaturas, su perfil no ha sido
seleccionado para continuar en el proceso. Le animamos a seguir consultando nuestras ofertas.

Atentamente,

Departamento de Recursos Humanos
Hospital Universitario Sierra Norte
C/ de la Fuente Vieja 12, 28034 Madrid
""")
    mail("rejection", "spanish_casual_whatsapp_style", lang="es", company="Velora Health",
         contact="pablo@velorahealth.example.es",
         frm=("Pablo Martín", "pablo@velorahealth.example.es"), subject="Re: Seguimos?",
         date="2026-06-02 22:15 +0200", in_reply_to="<vel.seg@mail.example.org>", text="""Hola Amara!

Perdona que no te haya contestado antes, han sido semanas de locos. Al final hemos decidido
no seguir adelante con tu candidatura para Clinical Ops, buscamos a alguien con más experiencia
en startups. Una pena porque nos caíste genial.

Mucha suerte y seguimos en contacto!!
Pablo

Enviado desde mi iPhone

El 30 may 2026, a las 10:02, Amara Okafor <amara.okafor@example.org> escribió:
> Hola Pablo, ¿hay novedades sobre el proceso? Un saludo, Amara
""")
    mail("rejection", "spanish_agency_role_cancelled", alt=True, lang="es", company="Grupo Sanitario Giralda",
         contact="lucia.ferrer@talentosalud.example.es",
         frm=("Lucía Ferrer", "lucia.ferrer@talentosalud.example.es"),
         subject="Actualización proceso Giralda", date="2026-07-01 12:00 +0200", cte="base64",
         text="""Buenos días Amara,

Te escribo para informarte de que Grupo Sanitario Giralda ha decidido cancelar la
posición de Responsable de Calidad Asistencial en Sevilla por una reestructuración interna, por
lo que el proceso queda cerrado y no podremos avanzar con tu candidatura.

Siento mucho la noticia después de las dos entrevistas. Te tendré en cuenta para futuras
posiciones.

Un abrazo,
Lucía Ferrer
Consultora Senior · Talento Salud
Tel. 954 55 01 23
""")
    mail("rejection", "nordic_english_teamtailor", lang="en", company="Nordlys Health",
         contact="ingrid.solberg@nordlyshealth.example.no",
         frm=("Ingrid Solberg", "ingrid.solberg@nordlyshealth.example.no"),
         subject="Clinical Success Manager - status", date="2026-05-08 13:25 +0200", text="""Hi Amara,

Thank you for the conversations we have had in the process for Clinical Success Manager. It was
nice to get to know you and hear about your work on the ward.

We have now made a decision, and it is unfortunately not in your favour this time. We went for
a candidate who is already based in Oslo and speaks Norwegian, which turned out to matter more
for the first customers than we expected.

Wish you all the best and good luck with the search!

Best regards,
Ingrid Solberg
People Lead, Nordlys Health AS
""", html="""<p>Hi Amara,</p><p>Thank you for the conversations we have had in the process for Clinical Success Manager. It was nice to get to know you and hear about your work on the ward.</p><p>We have now made a decision, and it is unfortunately not in your favour this time. We went for a candidate who is already based in Oslo and speaks Norwegian, which turned out to matter more for the first customers than we expected.</p><p>Wish you all the best and good luck with the search!</p><p>Best regards,<br>Ingrid Solberg<br>People Lead, Nordlys Health AS</p><p><small><a href="https://nordlyshealth.teamtailor.com/connect">Join our talent community</a> · Sent with Teamtailor</small></p>""")
    mail("rejection", "icims_after_assessment_centre", lang="en", company="Halden & Rowe Insurance",
         frm=("Halden & Rowe Careers", "careers-noreply@icims.com"),
         subject="Regarding your application: Clinical Claims Nurse Adviser",
         date="2026-05-27 16:45 +0100", text="""Hello Amara,

Thank you for completing the situational judgement test and assessment centre for the Clinical
Claims Nurse Adviser role.

After careful consideration of all candidates we regret to advise that we will not be offering
you a position at this time. Due to the number of candidates, we are unable to provide
individual feedback on assessment centre performance.

We will retain your details in our talent pool for 12 months.

Regards,
Resourcing Team
Halden & Rowe Insurance plc

*** This message was sent from a send-only address. Replies are not monitored. ***
""")
    mail("rejection", "australian_recruiter_plain", alt=True, lang="en", company="Corrib Valley Hospital Group",
         contact="mick.doherty@southerncrosshealth.example.com.au",
         frm=("Mick Doherty", "mick.doherty@southerncrosshealth.example.com.au"),
         subject="Cork role - no luck this time", date="2026-04-24 07:58 +0100", text="""Hey Amara,

Heard back from Corrib Valley this arvo (well, this morning your time). They've decided not to
progress with you for the Nurse Practice Development Coordinator role - reasoning was they want
someone who's already run a national competency programme. Bit of a shame, reckon you'd have
been ace.

No worries though, plenty more in the pipeline. Chat next week?

Cheers,
Mick
Southern Cross Health Recruitment | Dublin & Sydney
""")
    mail("rejection", "edu_lecturer_university", lang="en", company="University of the West Coast",
         contact="r.hegarty@uwc.example.ac.uk",
         frm=("Rhian Hegarty", "r.hegarty@uwc.example.ac.uk"),
         subject="Lecturer in Adult Nursing (REF 0926) - outcome", date="2026-06-19 15:30 +0100",
         text="""Dear Amara,

Thank you for attending interview and delivering your presentation on Wednesday for the post of
Lecturer in Adult Nursing.

The panel were impressed with your clinical leadership but I'm sorry to let you know that you
have not been successful on this occasion. The appointed candidate holds a teaching
qualification and has experience of module leadership, which was a deciding factor.

I'd be happy to arrange a call to give you fuller feedback.

Kind regards,
Dr Rhian Hegarty
Head of School, Nursing & Midwifery
University of the West Coast
""")
    mail("rejection", "public_health_agency_not_shortlisted", lang="en", company="Public Health Alba",
         frm=("Public Health Alba Recruitment", "recruitment-donotreply@publichealthalba.example.gov.uk"),
         subject="Outcome of your application PHA/26/118", date="2026-05-05 10:00 +0100", text="""Dear Applicant

Post: Senior Health Protection Nurse, PHA/26/118

Thank you for applying. The panel has completed shortlisting and I am sorry to tell you that you
have not been invited to interview. Applications were scored against the essential criteria and
the number of high-scoring applications was such that we could not take everyone forward.

We appreciate your interest in Public Health Alba.

Recruitment Services
""")
    mail("rejection", "hospitality_occ_health", lang="en", company="Harbourline Hotels",
         contact="people@harbourlinehotels.example.com",
         frm=("Harbourline Hotels People Team", "people@harbourlinehotels.example.com"),
         subject="Re: Occupational Health & Wellbeing Manager", date="2026-03-31 17:12 +0100",
         in_reply_to="<hh.app@mail.example.org>", text="""Hello Amara,

Thanks for your patience. We've now completed the first round and, unfortunately, we will not be
taking your application further. We had an exceptional response and have prioritised candidates
with hospitality-sector experience.

Warm regards,
Sinéad
People Team | Harbourline Hotels
""")
    mail("rejection", "lever_not_moving_forward", lang="en", company="Quill Health",
         frm=("Quill Health", "no-reply@hire.lever.co"),
         reply_to=("Quill Health", "no-reply@hire.lever.co"),
         subject="Update on your Quill Health application", date="2026-03-13 19:04 +0000", text="""Hi Amara,

Thanks for your interest in the Product Manager, Clinical Workflows role at Quill Health. We've
reviewed your background and while it's clear you have a lot to offer, we won't be moving
forward at this time.

Thanks again, and best of luck.

Quill Health Recruiting
""")
    mail("rejection", "polish_pharma_english", lang="en", company="Medivia Polska",
         contact="agnieszka.kowalczyk@medivia.example.pl",
         frm=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@medivia.example.pl"),
         subject="Medical Science Liaison – recruitment result", date="2026-06-24 09:41 +0200",
         text="""Dear Ms. Okafor,

Thank you very much for your participation in the recruitment process for the position of Medical
Science Liaison (Dublin, remote). I would like to inform you that we decided to continue the
process with other candidates, whose experience in oncology matches our needs more closely.

We thank you for your time and we wish you success in your professional career.

With kind regards,
Agnieszka Kowalczyk
HR Business Partner
Medivia Polska Sp. z o.o.
ul. Puławska 145, 02-715 Warszawa
""")
    mail("rejection", "retail_pharmacy_chain_ats", lang="en", company="Greenway Pharmacy",
         frm=("Greenway Pharmacy Careers", "greenway@myworkdayjobs.example.com"),
         subject="Your recent application", date="2026-07-07 06:30 +0100", text="""Dear Amara,

Thank you for applying for the role of Clinical Services Manager - Region South West.

We have carefully considered your application and unfortunately on this occasion you have not
been successful.

Kind regards,
Greenway Pharmacy Recruitment
Please do not reply to this email as the mailbox is not monitored.
""")
    mail("rejection", "ngo_geneva_french_after_interview", lang="fr", company="Santé Sans Frontières Suisse",
         contact="rh@ssf-suisse.example.ch",
         frm=("Mélanie Dubois", "rh@ssf-suisse.example.ch"),
         subject="Poste de Coordinatrice médicale - décision", date="2026-07-03 16:20 +0200",
         charset="windows-1252", text="""Chère Madame Okafor,

Nous tenons à vous remercier pour votre disponibilité lors de l’entretien du 24 juin.

Après mûre réflexion, le comité a décidé de poursuivre le processus avec une autre candidate dont
l’expérience terrain en contexte humanitaire correspond davantage au profil recherché.

Nous vous souhaitons plein succès pour la suite.

Cordialement,
Mélanie Dubois
Chargée des ressources humaines
Santé Sans Frontières Suisse – Rue de Carouge 19 – 1205 Genève
""")


def invitations() -> None:
    """Scheduling links, phone screens, panels, OSCE-style steps, agencies, with and without ICS."""
    mail("interview_invitation", "ashby_self_schedule", lang="en", company="Larkspur Health",
         frm=("Larkspur Health", "no-reply@ashbyhq.com"),
         reply_to=("Niamh Gallagher", "niamh@larkspurhealth.example.com"),
         contact="niamh@larkspurhealth.example.com",
         subject="Larkspur Health - let's find a time", date="2026-03-26 10:11 +0000", text="""Hi Amara,

Thanks for applying to Larkspur Health! We'd love to move you to the next stage: a 45 minute
conversation with Niamh (Head of Clinical Product) and Rory (Eng Lead).

Please pick a slot that works for you here:
https://app.ashbyhq.com/interview-scheduling/larkspur/3f9c1e2a-9d1b

If none of the times work, just reply to this email.

Talk soon,
The Larkspur team
""")
    mail("interview_invitation", "phone_screen_quick_chat", alt=True, lang="en", company="Ostara Diagnostics",
         contact="t.whitcombe@ostaradx.example.com",
         frm=("Tom Whitcombe", "t.whitcombe@ostaradx.example.com"), subject="Quick question",
         date="2026-03-16 08:47 +0000", text="""Morning Amara,

Saw your application come through for the Clinical Implementation Manager role - would you be
free for a quick chat this week? 20-30 mins, just to tell you a bit more about what we're doing
in point-of-care testing and hear about your ward experience. Thurs or Fri afternoon ideal.

Cheers
Tom

Tom Whitcombe | Head of Customer Success | Ostara Diagnostics
""")
    mail("interview_invitation", "nhs_competency_panel", alt=True, lang="en", company="Severnside NHS Foundation Trust",
         contact="ruth.penhallow@severnside-nhs.example.net",
         frm=("Ruth Penhallow", "ruth.penhallow@severnside-nhs.example.net"),
         subject="Invitation to interview - Lead Nurse, Patient Flow (274-SNT-5802)",
         date="2026-04-08 14:03 +0100", charset="windows-1252", text="""Dear Amara

Thank you for your application for the post of Lead Nurse, Patient Flow. I’m pleased to invite you
to interview.

Date: Wednesday 22 April 2026
Time: 10:30 (please arrive 15 minutes early)
Venue: Seminar Room 3, Education Centre, Southmead Road, Bristol

The interview will consist of a 10-minute presentation – “How would you reduce delayed
discharges on a 30-bed medical ward within 6 months?” – followed by competency-based questions
from the panel (Deputy Chief Nurse, Divisional Director of Operations and myself).

Please bring photo ID, proof of right to work and your NMC PIN for the ID check.

Kindly confirm your attendance by replying to this email.

Kind regards

Ruth Penhallow
Deputy Head of Nursing – Medicine Division
Severnside NHS Foundation Trust
Tel: 0117 496 0733
""")
    mail("interview_invitation", "calendly_agency_excited", lang="en", company="Pinewood Private Hospital",
         contact="shauna@meridianhealthrec.example.com",
         frm=("Shauna Keane", "shauna@meridianhealthrec.example.com"),
         subject="GREAT NEWS!! Pinewood want to meet you", date="2026-03-24 11:32 +0000", text="""Amara!!

Pinewood Private Hospital loved your CV and want to interview you for the Clinical Nurse
Manager post!! First stage is a video call with the Director of Nursing, Maura Quinlan, 40 mins.

Grab a time here asap as slots are going fast: https://calendly.com/meridian-shauna/pinewood-cnm

Can you also send me your updated NMBI registration number before then?

So excited for you!!
Shauna

Shauna Keane | Senior Consultant, Nursing & Allied Health
Meridian Healthcare Recruitment | +353 21 555 0192
""")
    mail("interview_invitation", "goodtime_ics_technical", lang="en", company="Kardiona Medical Devices",
         contact="talent@kardiona.example.de",
         frm=("Kardiona Talent via GoodTime", "scheduling@goodtime.io"),
         reply_to=("Kardiona Talent Team", "talent@kardiona.example.de"),
         subject="Interview Confirmation: Clinical Affairs Specialist - Kardiona",
         date="2026-04-29 09:00 +0200", text="""Hi Amara,

Your interview has been scheduled. Details below - a calendar invitation is attached.

Clinical Affairs Specialist - Technical interview
Tuesday, May 5, 2026 · 14:00 - 15:00 CEST
Interviewers: Felix Wagner (Teamlead Clinical Affairs), Dr. Sabine Roth (Medical Director)
Join: https://kardiona.zoom.example.com/j/88120044

The session includes a short exercise on reviewing a post-market clinical follow-up plan.

Need to reschedule? Reply to this email and our team will help.
""", ics={"summary": "Kardiona - Clinical Affairs Specialist - Technical interview",
          "start": at("2026-05-05 12:00"), "minutes": 60, "organizer": "talent@kardiona.example.de",
          "location": "https://kardiona.zoom.example.com/j/88120044"})
    mail("interview_invitation", "onsite_osce_style", lang="en", company="Lothian Bridge Clinics",
         contact="h.mcallister@lothianbridge.example.co.uk",
         frm=("Heather McAllister", "h.mcallister@lothianbridge.example.co.uk"),
         subject="Next steps - Clinical Services Manager", date="2026-04-06 16:10 +0100", text="""Dear Amara

Further to your telephone conversation with me last week, I'm delighted to invite you to the
final stage for the Clinical Services Manager post.

Friday 17 April, 09:30 - 12:30, at our Melville Street clinic:
 - 09:30 Practical scenario stations (OSCE style, three 10-minute stations: deteriorating
   patient escalation, medicines incident, difficult conversation with a relative)
 - 10:30 Tour of the clinic with our Lead Nurse
 - 11:15 Panel interview with Dr Forsyth (Medical Director) and myself

Please let me know of any reasonable adjustments you need.

With best wishes

Heather McAllister
People & Culture Manager | Lothian Bridge Clinics | 0131 496 0120
""")
    mail("interview_invitation", "german_vorstellungsgespraech", alt=True, lang="de", company="Kardiona Medical Devices",
         contact="felix.wagner@kardiona.example.de",
         frm=("Felix Wagner", "felix.wagner@kardiona.example.de"),
         subject="Einladung zum Kennenlernen", date="2026-04-20 11:18 +0200", text="""Hallo Amara,

vielen Dank für deine Bewerbung als Clinical Affairs Specialist! Dein Profil hat uns sehr
neugierig gemacht und wir würden dich gerne in einem ersten Videocall (ca. 30 Minuten)
kennenlernen.

Passt dir Donnerstag, 23.04., um 10:00 Uhr oder Freitag, 24.04., um 14:30 Uhr? Den Link
schicke ich dir dann per Kalendereinladung.

Viele Grüße
Felix

Felix Wagner
Teamlead Clinical Affairs | Kardiona Medical Devices GmbH | Tel. +49 30 5557 1184
""")
    mail("interview_invitation", "german_formal_klinik_ics", lang="de", company="Universitätsklinikum Köln-Süd",
         contact="b.schreiber@ukks.example.de",
         frm=("Schreiber, Birgit", "b.schreiber@ukks.example.de"),
         subject="Einladung zum Vorstellungsgespräch – Stationsleitung Intensivstation",
         date="2026-05-21 13:55 +0200", charset="iso-8859-1", text="""Sehr geehrte Frau Okafor,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen:

Termin:  Donnerstag, 04.06.2026, 13:00 Uhr
Ort:     Verwaltungsgebäude, Raum 2.14, Kerpener Straße 62, 50937 Köln
Teilnehmende: Pflegedirektorin Frau Dr. Lange, Herr Demir (Personalrat), Frau Schreiber

Bitte bringen Sie Ihre Berufsurkunde und Ihre Anerkennung der Pflegeausbildung mit.
Wir bitten um kurze Bestätigung des Termins.

Mit freundlichen Grüßen
Birgit Schreiber
Personalmanagement
Universitätsklinikum Köln-Süd
""", ics={"summary": "Vorstellungsgespräch Stationsleitung ITS - Okafor",
          "start": at("2026-06-04 11:00"), "minutes": 60, "organizer": "b.schreiber@ukks.example.de",
          "location": "Verwaltungsgebäude Raum 2.14"})
    mail("interview_invitation", "french_entretien_clinique", lang="fr", company="Clinique du Lez",
         contact="s.bernard@cliniquedulez.example.fr",
         frm=("Sophie Bernard", "s.bernard@cliniquedulez.example.fr"),
         subject="Entretien - poste de Responsable qualité et gestion des risques",
         date="2026-05-11 10:22 +0200", charset="iso-8859-1", cte="quoted-printable", text="""Bonjour Madame Okafor,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour
le poste de Responsable qualité et gestion des risques.

L'entretien se déroulera le mardi 19 mai à 14h00 dans nos locaux (bâtiment B, 2e étage), en
présence de la Directrice des soins et de moi-même. Il durera environ une heure et comprendra
une mise en situation sur l'analyse d'un événement indésirable grave.

Merci de bien vouloir me confirmer votre présence.

Bien cordialement,

Sophie Bernard
Chargée de recrutement
Clinique du Lez - 15 rue de la Croix Verte, 34090 Montpellier
Tél. 04 67 55 21 90
""")
    mail("interview_invitation", "french_visio_tutoiement", lang="fr", company="Lacustre Medical",
         contact="camille.rochat@lacustre.example.ch",
         frm=("Camille Rochat", "camille.rochat@lacustre.example.ch"), subject="On s'appelle ?",
         date="2026-04-30 15:05 +0200", text="""Salut Amara,

Ton profil m'a beaucoup plu pour le poste de Clinical Product Specialist ! Est-ce que tu serais
dispo pour un premier échange en visio de 30 min la semaine prochaine ? Je te propose lundi
11h ou mercredi 16h, dis-moi ce qui t'arrange.

À très vite,
Camille

Camille Rochat | Talent Partner | Lacustre Medical SA
""")
    mail("interview_invitation", "spanish_entrevista_hospital", alt=True, lang="es", company="Hospital Universitario Sierra Norte",
         contact="seleccion@husierranorte.example.es",
         frm=("Selección de Personal HUSN", "seleccion@husierranorte.example.es"),
         subject="Citación a entrevista - Ref. SUP-26-014", date="2026-04-10 09:30 +0200", text="""Estimada Sra. Okafor:

Nos complace comunicarle que ha superado la fase de valoración curricular del proceso para el
puesto de Supervisora de Enfermería. Le citamos a una entrevista personal ante la comisión de
selección:

Fecha: martes 21 de abril de 2026
Hora: 11:15 h
Lugar: Dirección de Enfermería, planta 1, edificio de Gobierno

Rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Departamento de Recursos Humanos
Hospital Universitario Sierra Norte
""")
    mail("interview_invitation", "spanish_startup_next_round", lang="es", company="Velora Health",
         contact="pablo@velorahealth.example.es",
         frm=("Pablo Martín", "pablo@velorahealth.example.es"), subject="Siguiente paso 🙌",
         date="2026-05-14 18:40 +0200", text="""Hola Amara,

¡Nos encantó hablar contigo el martes! Queremos pasar a la siguiente fase: una sesión de 1 hora
con nuestra CEO, Marta, y con el equipo de producto, donde te pediremos que nos cuentes cómo
rediseñarías el flujo de seguimiento de pacientes crónicos.

Reserva aquí el hueco que mejor te venga: https://calendly.com/velora-pablo/final-round

Un abrazo,
Pablo Martín
Head of Operations · Velora Health
""")
    mail("interview_invitation", "workday_teams_invite_ics", lang="en", company="Brightwell Pharma",
         contact="olivia.price@brightwellpharma.example.com",
         frm=("Olivia Price", "olivia.price@brightwellpharma.example.com"),
         subject="Microsoft Teams Meeting: Brightwell - Medical Information Manager interview",
         date="2026-06-01 12:12 +0100", html="""<div style="font-family:Segoe UI">
<p>Hi Amara, as discussed on the phone, here is the invite for your first-round interview for Medical Information Manager. You'll meet me and Dr Anil Mehta (Head of Medical Affairs). We'll use a competency-based format (STAR), about 45 minutes.</p>
<p>Olivia</p>
<hr>
<p style="font-size:14px"><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br>
<a href="https://teams.example.com/l/meetup-join/19%3ameeting_YjQ2">Click here to join the meeting</a><br>Meeting ID: 345 120 998 1<br>Passcode: 7hQ2xZ</p>
<hr><p style="font-size:10px">Olivia Price | Talent Acquisition Partner | Brightwell Pharma | +44 20 7946 0521</p></div>""",
         ics={"summary": "Brightwell - Medical Information Manager interview",
              "start": at("2026-06-08 13:00"), "minutes": 45,
              "organizer": "olivia.price@brightwellpharma.example.com", "location": "Microsoft Teams Meeting"})
    mail("interview_invitation", "indian_agency_do_revert", lang="en", company="Medivia Polska",
         contact="priya.raman@orbistalent.example.in",
         frm=("Priya Raman", "priya.raman@orbistalent.example.in"),
         subject="Interview schedule || Medical Science Liaison || Medivia", date="2026-06-09 11:20 +0530",
         text="""Dear Amara,

Greetings!!

Further to our telecon, we are pleased to inform you that your profile has been shortlisted by
our client Medivia Polska for the position of Medical Science Liaison.

Kindly find below the interview details:
Mode: MS Teams (link will be shared by client)
Date: 15th June 2026
Time: 2:00 PM CET
Panel: Dr. Tomasz Zielinski (Medical Director CEE)

Request you to kindly confirm your availability for the same and do revert with an updated CV
at the earliest.

Thanks & Regards,
Priya Raman
Lead - Healthcare Hiring | Orbis Talent Solutions | Ph: +91 80 5550 3321
""")
    mail("interview_invitation", "second_round_reply_chain_outlook", alt=True, lang="en", company="Halden & Rowe Insurance",
         contact="d.okonjo@haldenrowe.example.co.uk",
         frm=("Daniel Okonjo", "d.okonjo@haldenrowe.example.co.uk"),
         subject="RE: Clinical Claims Nurse Adviser - next stage", date="2026-05-13 09:08 +0100",
         in_reply_to="<hr.screen@mail.example.org>", text="""Hi Amara,

Great speaking to you on Monday. I'm pleased to say the hiring manager would like to invite you
to the assessment centre on Thursday 21 May (09:30-13:00, our Temple office). You'll do an
online situational judgement test on arrival, a case file review, and a 30-minute interview.

I'll send the joining pack this afternoon.

Thanks
Daniel

Daniel Okonjo | Senior Recruiter | Halden & Rowe Insurance plc

From: Amara Okafor <amara.okafor@example.org>
Sent: 11 May 2026 18:42
To: Daniel Okonjo <d.okonjo@haldenrowe.example.co.uk>
Subject: Re: Clinical Claims Nurse Adviser - next stage

Hi Daniel, thank you for the call today. Very keen to proceed. Best, Amara

From: Daniel Okonjo
Sent: 08 May 2026 10:15
To: Amara Okafor
Subject: Clinical Claims Nurse Adviser

Hi Amara, are you free for a 15 minute call on Monday to talk through the role?
""")
    mail("interview_invitation", "portuguese_english_panel", lang="en", company="Saúde Atlântica",
         contact="joana.ferreira@saudeatlantica.example.pt",
         frm=("Joana Ferreira", "joana.ferreira@saudeatlantica.example.pt"),
         subject="Interview - Nurse Lead for Remote Monitoring", date="2026-03-20 15:36 +0000", text="""Dear Amara,

I hope this email finds you well. We have analysed your curriculum and we would like to invite you
for an interview with our clinical board, that will be done by video call.

We propose the day 2nd April at 15h (Lisbon time). In the interview will be present our Clinical
Director, Dr. Rui Matos, and me. Please confirm if this date is possible for you, otherwise we
can find an alternative.

Best regards,
Joana Ferreira
Human Resources | Saúde Atlântica, S.A.
Av. da Liberdade 190, Lisboa
""")
    mail("interview_invitation", "ngo_written_test_then_interview", lang="en", company="Aidline International",
         contact="m.haddad@aidline.example.org",
         frm=("Mariam Haddad", "m.haddad@aidline.example.org"),
         subject="Health Programme Manager - shortlisted", date="2026-06-12 13:00 +0200", text="""Dear Amara,

Congratulations - you have been shortlisted for the Health Programme Manager position based in
Geneva. The next step is a written test (90 minutes, sent by email on Monday 15 June at 09:00
CET) followed, if successful, by a competency-based interview with the panel on 18 or 19 June.

Please reply to confirm you are available on Monday morning.

Kind regards,
Mariam Haddad
HR Officer | Aidline International | Rue de Lausanne 64, 1202 Geneva
""")
    mail("interview_invitation", "hospital_group_html_only", lang="en", company="Corrib Valley Hospital Group",
         contact="recruitment@corribvalley.example.ie",
         frm=("Corrib Valley HG Recruitment", "recruitment@corribvalley.example.ie"),
         subject="Interview Invitation - Clinical Nurse Manager 3, Bed Management (CVHG-0417)",
         date="2026-04-03 12:00 +0100", html="""<html><body><table border="0" cellpadding="6" style="font-family:Calibri;font-size:11pt">
<tr><td colspan="2"><img src="cid:logo" alt="Corrib Valley Hospital Group - Grúpa Ospidéal"></td></tr>
<tr><td colspan="2">Dear Amara,<br><br>Following shortlisting, you are invited to attend for interview as detailed below.</td></tr>
<tr><td><b>Post</b></td><td>Clinical Nurse Manager 3, Bed Management</td></tr>
<tr><td><b>Date</b></td><td>Thursday 16th April 2026</td></tr>
<tr><td><b>Time</b></td><td>11.45am</td></tr>
<tr><td><b>Venue</b></td><td>Boardroom, Administration Block, Corrib Valley University Hospital, Cork</td></tr>
<tr><td colspan="2">Interviews are competency based. Please bring original qualifications and NMBI registration for verification.<br>
If you are unable to attend, please let us know as soon as possible by return email.<br><br>Regards,<br>Siobhán Ní Bhriain<br>HR Recruitment Officer</td></tr></table></body></html>""")
    mail("interview_invitation", "smartrecruiters_video_interview", lang="en", company="Greenway Pharmacy",
         frm=("Greenway Pharmacy", "no-reply@smartrecruiters.com"),
         subject="Next step: complete your video interview", date="2026-06-17 08:02 +0100", text="""Hi Amara,

Good news! We'd like to invite you to the next stage of the process for Clinical Services Manager -
Region North. This is a one-way video interview with 5 questions; it takes about 20 minutes.

Please complete it by Monday 22 June using the link below:
https://jobs.smartrecruiters.com/oneclick-ui/company/GreenwayPharmacy/video/71a9

Good luck!
Greenway Pharmacy Talent Team
""")
    mail("interview_invitation", "care_home_informal_visit", lang="en", company="Tandem Care Homes",
         contact="bev.clarke@tandemcare.example.co.uk",
         frm=("Bev Clarke", "bev.clarke@tandemcare.example.co.uk"),
         subject="Home Manager - Clifton", date="2026-06-22 19:30 +0100", text="""Hi Amara

Lovely to speak earlier. As promised, would you like to come and see the home and meet a few of
the team before a formal interview? Next Tues or Weds any time after 10 is good for me, and then
we'd do the formal interview with our Operations Director the week after.

Let me know what suits

Bev
Regional Manager, Tandem Care Homes
07700 900 233
""")
    mail("interview_invitation", "public_sector_sjt_invite", lang="en", company="Public Health Alba",
         contact="k.fraser@publichealthalba.example.gov.uk",
         frm=("Kirsty Fraser", "k.fraser@publichealthalba.example.gov.uk"),
         subject="PHA/26/131 Clinical Operations Lead – interview", date="2026-06-26 11:11 +0100",
         text="""Dear Amara,

I am pleased to let you know you have been shortlisted for interview for Clinical Operations Lead
(PHA/26/131).

Interviews will take place on 7 and 8 July at Gyle Square, Edinburgh. The process includes a
20-minute written exercise and a panel interview. Please use the booking link to choose your
slot by Wednesday: https://apply.publichealthalba.example.gov.uk/book?ref=131&c=ao

Best wishes,
Kirsty Fraser
Resourcing Adviser, Public Health Alba
""")
    mail("interview_invitation", "media_company_health_content", lang="en", company="Fernhill Media",
         contact="leo@fernhillmedia.example.com",
         frm=("Leo Marsh", "leo@fernhillmedia.example.com"), subject="Clinical Editor role",
         date="2026-05-25 13:44 +0100", text="""hi Amara - thanks for applying for the clinical editor role on our health channel. loved
the sample piece. could you do a 30 min video chat w me and our managing editor wed or thurs
this week? we'd want to talk through how you'd fact-check patient-facing content.

leo
--
Leo Marsh, Commissioning Editor, Fernhill Media
""")
    mail("interview_invitation", "engineering_firm_hs_role", lang="en", company="Brennan Tolland Engineering",
         contact="aoife.brennan@brennantolland.example.ie",
         frm=("Aoife Brennan", "aoife.brennan@brennantolland.example.ie"),
         subject="Occupational Health Nurse Manager – interview 12th May", date="2026-05-01 10:50 +0100",
         text="""Hi Amara,

Thank you for your application for the Occupational Health Nurse Manager position. We would like
to invite you to an interview at our Cork office on Tuesday 12th May at 2pm with our HSE Director
and myself.

Could you please let me know if this time suits?

Kind regards,
Aoife Brennan
HR Manager
Brennan Tolland Engineering Ltd. | Little Island, Co. Cork | +353 21 555 7781
""")
    mail("interview_invitation", "forwarded_by_hiring_manager", lang="en", company="Quill Health",
         contact="sam.ortiz@quillhealth.example.com",
         frm=("Sam Ortiz", "sam.ortiz@quillhealth.example.com"),
         subject="Fwd: Amara Okafor - referral", date="2026-07-08 09:15 +0100", text="""Hey Amara - Dev passed me your CV, we have a Clinical Ops Lead opening that never made it to
the job board. Want to grab 30 mins this Friday? I'm free 11-2 UK time, send me a slot.

Sam

---------- Forwarded message ---------
From: Dev Patel <dev@quillhealth.example.com>
Date: Tue, 7 Jul 2026 at 17:02
Subject: Amara Okafor - referral
To: Sam Ortiz <sam.ortiz@quillhealth.example.com>

Sam, friend of mine from the hospital, ward manager for 6 yrs, deep patient flow experience.
Worth a chat for the clin ops role? CV attached.
""")


def reschedules() -> None:
    """The employer moves or cancels an interview already arranged."""
    mail("interview_reschedule_or_cancel", "panel_member_sick", alt=True, lang="en", company="Severnside NHS Foundation Trust",
         contact="ruth.penhallow@severnside-nhs.example.net",
         frm=("Ruth Penhallow", "ruth.penhallow@severnside-nhs.example.net"),
         subject="RE: Invitation to interview - Lead Nurse, Patient Flow (274-SNT-5802)",
         date="2026-04-20 07:41 +0100", in_reply_to="<snt.confirm@mail.example.org>", text="""Dear Amara

Apologies for the short notice. Our Divisional Director has been called to an urgent
operational meeting on Wednesday and we need a full panel, so I'm afraid we have to postpone the
interviews. Could you do Monday 27 April at 14:00 instead, same venue?

Sorry again for the disruption.

Ruth

Ruth Penhallow | Deputy Head of Nursing – Medicine Division | Tel: 0117 496 0733
""")
    mail("interview_reschedule_or_cancel", "ics_cancel_kardiona", lang="en", company="Kardiona Medical Devices",
         contact="talent@kardiona.example.de",
         frm=("Kardiona Talent via GoodTime", "scheduling@goodtime.io"),
         reply_to=("Kardiona Talent Team", "talent@kardiona.example.de"),
         subject="Canceled: Kardiona - Clinical Affairs Specialist - Technical interview",
         date="2026-05-04 17:20 +0200", text="""Hi Amara,

Your interview on Tuesday, May 5, 2026 at 14:00 CEST has been canceled because one of the
interviewers is unavailable. We'll send you new times to choose from shortly.

Questions? Reply to this email.
""", ics={"summary": "Kardiona - Clinical Affairs Specialist - Technical interview",
          "start": at("2026-05-05 12:00"), "minutes": 60, "organizer": "talent@kardiona.example.de",
          "method": "CANCEL", "status": "CANCELLED", "seq": 1})
    mail("interview_reschedule_or_cancel", "mobile_push_back", lang="en", company="Ostara Diagnostics",
         contact="t.whitcombe@ostaradx.example.com",
         frm=("Tom Whitcombe", "t.whitcombe@ostaradx.example.com"), subject="Re: Friday",
         date="2026-03-19 12:58 +0000", in_reply_to="<ost.fri@mail.example.org>",
         text="""Amara so sorry - something's come up with a customer go-live, can we push our call from Fri 3pm to Mon same time? Tom

Sent from my iPhone
""")
    mail("interview_reschedule_or_cancel", "german_terminverschiebung", lang="de", company="Universitätsklinikum Köln-Süd",
         contact="b.schreiber@ukks.example.de",
         frm=("Schreiber, Birgit", "b.schreiber@ukks.example.de"),
         subject="AW: Einladung zum Vorstellungsgespräch – Stationsleitung Intensivstation",
         date="2026-05-28 10:02 +0200", charset="iso-8859-1", in_reply_to="<ukks.best@mail.example.org>",
         text="""Sehr geehrte Frau Okafor,

leider müssen wir den vereinbarten Termin am 04.06.2026 verschieben, da unsere Pflegedirektorin
an diesem Tag kurzfristig verhindert ist. Wir können Ihnen als Ersatztermin Dienstag, den
09.06.2026, um 10:00 Uhr anbieten.

Bitte teilen Sie mir mit, ob Ihnen dieser Termin passt. Wir bitten die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Birgit Schreiber
Personalmanagement, Universitätsklinikum Köln-Süd

Am 21.05.2026 um 16:10 schrieb Amara Okafor <amara.okafor@example.org>:
> Sehr geehrte Frau Schreiber,
> vielen Dank für die Einladung. Ich bestätige gerne den Termin am 04.06.2026 um 13:00 Uhr.
> Mit freundlichen Grüßen
> Amara Okafor
""")
    mail("interview_reschedule_or_cancel", "french_report_entretien", alt=True, lang="fr", company="Clinique du Lez",
         contact="s.bernard@cliniquedulez.example.fr",
         frm=("Sophie Bernard", "s.bernard@cliniquedulez.example.fr"),
         subject="Report de votre entretien du 19 mai", date="2026-05-15 09:12 +0200", charset="iso-8859-1",
         text="""Bonjour Madame Okafor,

En raison d'un imprévu, la Directrice des soins ne pourra pas être présente mardi. Nous sommes
contraints de reporter votre entretien. Seriez-vous disponible le jeudi 28 mai à 10h00 ?

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Sophie Bernard
Chargée de recrutement, Clinique du Lez
""")
    mail("interview_reschedule_or_cancel", "spanish_cambio_hora", lang="es", company="Hospital Universitario Sierra Norte",
         contact="seleccion@husierranorte.example.es",
         frm=("Selección de Personal HUSN", "seleccion@husierranorte.example.es"),
         subject="RE: Citación a entrevista - Ref. SUP-26-014", date="2026-04-16 14:25 +0200",
         in_reply_to="<husn.conf@mail.example.org>", text="""Estimada Sra. Okafor:

Por motivos de agenda de la comisión de selección, nos vemos obligados a modificar la hora de
su entrevista del martes 21 de abril. La nueva hora será a las 13:30 h, en el mismo lugar.

Disculpe las molestias. Le rogamos nos confirme que puede asistir.

Atentamente,
Departamento de Recursos Humanos
Hospital Universitario Sierra Norte

El 10/04/2026 a las 12:03, Amara Okafor escribió:
> Buenos días, confirmo mi asistencia a la entrevista del día 21 a las 11:15. Un saludo.
""")
    mail("interview_reschedule_or_cancel", "teams_updated_ics", lang="en", company="Brightwell Pharma",
         contact="olivia.price@brightwellpharma.example.com",
         frm=("Olivia Price", "olivia.price@brightwellpharma.example.com"),
         subject="Updated invitation: Brightwell - Medical Information Manager interview",
         date="2026-06-04 16:48 +0100", text="""Hi Amara, Dr Mehta is now travelling on the 8th so I've moved us to Wednesday 10 June, 10:00-10:45 UK. Same Teams link. Shout if that's a problem!

Olivia Price | Talent Acquisition Partner | Brightwell Pharma
""", ics={"summary": "Brightwell - Medical Information Manager interview",
          "start": at("2026-06-10 09:00"), "minutes": 45,
          "organizer": "olivia.price@brightwellpharma.example.com", "location": "Microsoft Teams Meeting",
          "seq": 2})
    mail("interview_reschedule_or_cancel", "agency_client_cancelled_interview", lang="en", company="Pinewood Private Hospital",
         contact="shauna@meridianhealthrec.example.com",
         frm=("Shauna Keane", "shauna@meridianhealthrec.example.com"),
         subject="Tomorrow's interview - change of plan", date="2026-03-30 18:05 +0100", text="""Hi Amara,

Just had a call from Pinewood - the DON has to cover a CQC-style HIQA visit tomorrow so they've
had to cancel your interview at 10am. Really sorry!! They're going to send me new dates by
Thursday and I'll come straight back to you.

Shauna
Meridian Healthcare Recruitment | +353 21 555 0192
""")
    mail("interview_reschedule_or_cancel", "nordic_move_earlier", lang="en", company="Nordlys Health",
         contact="ingrid.solberg@nordlyshealth.example.no",
         frm=("Ingrid Solberg", "ingrid.solberg@nordlyshealth.example.no"),
         subject="Change of time for Thursday", date="2026-04-27 08:33 +0200", text="""Hi Amara,

Our CTO Eirik has got a conflict, so we need to move the interview on Thursday. Would it be
possible for you to take it one hour earlier, 13:00 CET instead of 14:00? If that does not fit,
Friday morning is also good for us.

Sorry for the inconvenience!

Best regards,
Ingrid
""")
    mail("interview_reschedule_or_cancel", "ashby_interview_cancelled_role_review", lang="en", company="Larkspur Health",
         frm=("Larkspur Health", "no-reply@ashbyhq.com"),
         subject="Your interview with Larkspur Health has been cancelled", date="2026-04-01 09:00 +0100",
         text="""Hi Amara,

Your upcoming interview (Onsite - Product Sense) on Apr 3, 2026 at 10:00 AM IST has been cancelled
by the Larkspur Health team. They will be in touch about next steps.

This is an automated message from Ashby.
""")
    mail("interview_reschedule_or_cancel", "university_panel_new_date", lang="en", company="University of the West Coast",
         contact="hr-recruitment@uwc.example.ac.uk",
         frm=("HR Recruitment", "hr-recruitment@uwc.example.ac.uk"),
         subject="Lecturer in Adult Nursing (REF 0926) - revised interview date",
         date="2026-06-05 11:30 +0100", text="""Dear Amara,

Due to the UCU industrial action now scheduled for 10 June, we have had to rearrange the
interviews for Lecturer in Adult Nursing. Your interview and presentation will now take place on
Wednesday 17 June at 11:00, Room 2.07, Glyndwr Building.

The presentation topic remains the same. Please accept our apologies and confirm you can attend.

Kind regards,
Ceri Jones
HR Recruitment Officer, University of the West Coast
""")
    mail("interview_reschedule_or_cancel", "french_annulation_ngo", lang="fr", company="Santé Sans Frontières Suisse",
         contact="rh@ssf-suisse.example.ch",
         frm=("Mélanie Dubois", "rh@ssf-suisse.example.ch"),
         subject="Annulation - entretien du 17 juin", date="2026-06-15 18:10 +0200", text="""Bonjour Madame Okafor,

Je suis au regret de devoir annuler notre entretien prévu mercredi 17 juin : deux membres du
comité sont partis en urgence sur le terrain. Je reviendrai vers vous d'ici la fin de semaine
avec de nouvelles dates.

Avec toutes nos excuses,
Mélanie Dubois
Santé Sans Frontières Suisse
""")
    mail("interview_reschedule_or_cancel", "portuguese_english_new_slot", lang="en", company="Saúde Atlântica",
         contact="joana.ferreira@saudeatlantica.example.pt",
         frm=("Joana Ferreira", "joana.ferreira@saudeatlantica.example.pt"),
         subject="RE: Interview - Nurse Lead for Remote Monitoring", date="2026-03-31 11:02 +0100",
         in_reply_to="<sa.confirm@mail.example.org>", text="""Dear Amara,

I am sorry but Dr. Rui Matos will be in a congress in Porto on the 2nd April. We need to change
the interview for the 7th April, same hour (15h Lisbon). Is it ok for you?

Thank you for the comprehension.

Best regards,
Joana Ferreira
Human Resources | Saúde Atlântica
""")
    mail("interview_reschedule_or_cancel", "german_absage_termin_casual", lang="de", company="Kardiona Medical Devices",
         contact="felix.wagner@kardiona.example.de",
         frm=("Felix Wagner", "felix.wagner@kardiona.example.de"),
         subject="Donnerstag klappt leider nicht", date="2026-04-22 20:14 +0200", text="""Hi Amara,

sorry, ich muss unseren Call morgen um 10 leider absagen, ich bin krank geworden. Können wir
auf Anfang nächster Woche ausweichen? Montag 11 Uhr ginge bei mir.

Danke für dein Verständnis!
Felix
""")
    mail("interview_reschedule_or_cancel", "spanish_agency_aplazamiento", lang="es", company="Grupo Sanitario Giralda",
         contact="lucia.ferrer@talentosalud.example.es",
         frm=("Lucía Ferrer", "lucia.ferrer@talentosalud.example.es"),
         subject="Cambio de fecha entrevista Giralda", date="2026-06-08 10:40 +0200", text="""Hola Amara,

Me acaba de confirmar Giralda que el director médico no estará el jueves, así que tenemos que
aplazar la segunda entrevista. Te proponen el lunes 15 a las 9:30 en su sede de la Avenida de
la Buhaira. ¿Te viene bien?

Gracias y perdona el lío,
Lucía
Talento Salud · 954 55 01 23
""")


def missed() -> None:
    """The employer tells the candidate she did not turn up or could not be reached."""
    mail("missed_interview_notice", "tried_calling", lang="en", company="Corrib Valley Hospital Group",
         contact="recruitment@corribvalley.example.ie",
         frm=("Corrib Valley HG Recruitment", "recruitment@corribvalley.example.ie"),
         subject="Telephone interview today", date="2026-03-12 15:22 +0000", text="""Dear Amara,

We tried calling you at the scheduled time of 2.30pm today on 087 555 0143 for your telephone
interview for the Clinical Nurse Specialist post but were unable to reach you and left a
voicemail.

If you are still interested in the position please contact us by Friday so we can see whether
another slot can be offered.

Regards,
Siobhán Ní Bhriain
HR Recruitment Officer, Corrib Valley Hospital Group
""")
    mail("missed_interview_notice", "teams_no_join", alt=True, lang="en", company="Halden & Rowe Insurance",
         contact="d.okonjo@haldenrowe.example.co.uk",
         frm=("Daniel Okonjo", "d.okonjo@haldenrowe.example.co.uk"), subject="Missed you this morning",
         date="2026-05-18 10:05 +0100", text="""Hi Amara,

You did not join the Teams meeting at 9:30 with our Clinical Director this morning - we waited
about fifteen minutes. I hope everything is ok.

Could you let me know what happened? If it was a technical problem I'll try to find another slot
with her this week.

Thanks
Daniel
Daniel Okonjo | Senior Recruiter | Halden & Rowe Insurance plc
""")
    mail("missed_interview_notice", "mobile_where_are_you", lang="en", company="Fernhill Media",
         contact="leo@fernhillmedia.example.com",
         frm=("Leo Marsh", "leo@fernhillmedia.example.com"), subject="Re: Clinical Editor role",
         date="2026-05-27 14:09 +0100", in_reply_to="<fm.conf@mail.example.org>",
         text="""hey - we're on the zoom, are you joining? no worries if something's come up, just let me know

Sent from my iPhone
""")
    mail("missed_interview_notice", "german_nicht_erschienen", msgid="<rw.missed@rheinwerk-pflege.example.de>", lang="de", company="Rheinwerk Pflege",
         contact="lena.hoffmann@rheinwerk-pflege.example.de",
         frm=("Lena Hoffmann", "lena.hoffmann@rheinwerk-pflege.example.de"),
         subject="Ihr Vorstellungsgespräch heute", date="2026-06-10 11:45 +0200", text="""Sehr geehrte Frau Okafor,

leider haben wir Sie heute um 10:30 Uhr nicht zu unserem vereinbarten Videogespräch angetroffen.
Wir haben bis 10:50 Uhr im Meeting gewartet und Sie zusätzlich telefonisch zu erreichen versucht.

Sollten Sie weiterhin Interesse an der Position als Qualitätsbeauftragte haben, melden Sie sich
bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Lena Hoffmann
Personalreferentin | Rheinwerk Pflege GmbH | Tel. 0221 555 40 12
""")
    mail("missed_interview_notice", "french_absence_entretien", lang="fr", company="Clinique du Lez",
         contact="s.bernard@cliniquedulez.example.fr",
         frm=("Sophie Bernard", "s.bernard@cliniquedulez.example.fr"),
         subject="Entretien de ce matin", date="2026-05-28 11:03 +0200", charset="iso-8859-1",
         text="""Bonjour Madame Okafor,

Nous vous attendions ce matin à 10h00 pour votre entretien et ne vous avons pas vue. Je n'ai pas
réussi à vous joindre par téléphone.

Pourriez-vous me faire savoir si vous souhaitez toujours donner suite à votre candidature ?

Cordialement,
Sophie Bernard
Clinique du Lez
""")
    mail("missed_interview_notice", "spanish_no_se_presento", lang="es", company="Velora Health",
         contact="pablo@velorahealth.example.es",
         frm=("Pablo Martín", "pablo@velorahealth.example.es"), subject="¿Todo bien?",
         date="2026-05-21 17:20 +0200", text="""Hola Amara,

Te hemos estado esperando en el Meet a las 16h con Marta y el equipo, pero no te has conectado.
¿Ha pasado algo? Si quieres lo reprogramamos para la semana que viene.

Un abrazo,
Pablo
""")
    mail("missed_interview_notice", "goodtime_no_show_system", lang="en", company="Kardiona Medical Devices",
         contact="talent@kardiona.example.de",
         frm=("Kardiona Talent via GoodTime", "scheduling@goodtime.io"),
         reply_to=("Kardiona Talent Team", "talent@kardiona.example.de"),
         subject="We missed you today - Kardiona interview", date="2026-05-12 15:30 +0200", text="""Hi Amara,

It looks like you weren't able to make your interview today (Clinical Affairs Specialist -
Technical interview, 14:00 CEST). We understand things come up.

If you'd like to rebook, reply to this email and the Kardiona talent team will share new times.
""")
    mail("missed_interview_notice", "indian_agency_not_attended", lang="en", company="Medivia Polska",
         contact="priya.raman@orbistalent.example.in",
         frm=("Priya Raman", "priya.raman@orbistalent.example.in"),
         subject="URGENT || Interview not attended || Medivia", date="2026-06-15 18:55 +0530", text="""Dear Amara,

Client has informed us that you have not attended the scheduled interview today at 2:00 PM CET
and the panel was waiting for 20 mins. Also your phone was not reachable.

Kindly revert with the reason at the earliest so that we can check with client for
rescheduling, if possible.

Thanks & Regards,
Priya Raman | Orbis Talent Solutions
""")
    mail("missed_interview_notice", "care_home_site_visit_missed", lang="en", company="Tandem Care Homes",
         contact="bev.clarke@tandemcare.example.co.uk",
         frm=("Bev Clarke", "bev.clarke@tandemcare.example.co.uk"), subject="Today",
         date="2026-06-30 12:40 +0100", text="""Hi Amara, we had you down for 11 today at Clifton for the interview with our Ops Director but you didn't arrive - hope all ok? Give me a ring when you can. Bev
""")
    mail("missed_interview_notice", "nhs_did_not_attend_letter", lang="en", company="Severnside NHS Foundation Trust",
         contact="ruth.penhallow@severnside-nhs.example.net",
         frm=("Ruth Penhallow", "ruth.penhallow@severnside-nhs.example.net"),
         subject="Lead Nurse, Patient Flow - interview 27 April", date="2026-04-27 16:30 +0100",
         charset="windows-1252", text="""Dear Amara

The panel convened at 14:00 today for your rearranged interview but you didn’t attend, and we
weren’t able to reach you on the number on your application.

If there were exceptional circumstances, please let me know by Wednesday – after that we will
need to close the process.

Kind regards
Ruth Penhallow
Deputy Head of Nursing – Medicine Division, Severnside NHS Foundation Trust
""")


def acknowledgements() -> None:
    """Application received, from ATS systems and people; some say feedback is not possible."""
    mail("application_received", "nhs_jobs_submitted", lang="en", company="Severnside NHS Foundation Trust",
         frm=("NHS Jobs", "noreply@jobs.nhs.uk"),
         subject="Application submitted - Lead Nurse, Patient Flow - 274-SNT-5802",
         date="2026-03-29 22:41 +0100", text="""Dear Amara Okafor

Your application for Lead Nurse, Patient Flow (274-SNT-5802) at Severnside NHS Foundation Trust
has been submitted.

The closing date for this vacancy is 5 April 2026. Shortlisting is expected to take place within
two weeks of the closing date. If you have not heard from us within 4 weeks of the closing date,
please assume that on this occasion your application has not been successful.

You can track your application by signing in to your NHS Jobs account.

NHS Jobs
Do not reply to this email.
""")
    mail("application_received", "workday_thank_you_applying", lang="en", company="Brightwell Pharma",
         frm=("Brightwell Pharma Careers", "brightwell@myworkday.com"),
         subject="Thank you for applying to Brightwell Pharma", date="2026-03-10 20:15 +0000",
         html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<img src="https://brightwell.example.com/logo.png" alt="Brightwell Pharma">
<p>Dear Amara,</p><p>Thank you for your interest in Brightwell Pharma. We have received your application for <b>Clinical Operations Lead (R-20418)</b>.</p>
<p>Our Talent Acquisition team will review your application. If your qualifications match the role's requirements, a member of our team will contact you. You can check the status of your application at any time through your <a href="https://brightwell.wd3.myworkday.com/careers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition</p></td></tr></table></body></html>""")
    mail("application_received", "volume_cannot_respond_individually", lang="en", company="Aidline International",
         frm=("Aidline International", "no-reply@smartrecruiters.com"),
         subject="Thank you for your application - Health Programme Manager",
         date="2026-05-29 12:30 +0200", text="""Dear Amara,

Thank you for applying for the Health Programme Manager position at Aidline International.
Your application has been received and will be reviewed by the hiring team.

Due to the high volume of applications we receive, we regret that we cannot respond to every
applicant individually. Only shortlisted candidates will be contacted. If you have not heard
from us within four weeks of the closing date, please consider your application unsuccessful.

With thanks,
Aidline International Recruitment
""")
    mail("application_received", "icims_no_individual_feedback", lang="en", company="Halden & Rowe Insurance",
         frm=("Halden & Rowe Careers", "careers-noreply@icims.com"),
         subject="We've received your application - Clinical Claims Nurse Adviser",
         date="2026-04-30 08:12 +0100", text="""Hello Amara,

Thanks for applying for the Clinical Claims Nurse Adviser role with Halden & Rowe. Your
application is now with our resourcing team.

What happens next: we review every application against the role profile. If you're selected
to progress, you'll be invited to an initial telephone conversation. Unfortunately we are unable
to provide individual feedback at this stage of the process.

Kind regards,
Resourcing Team, Halden & Rowe Insurance plc
""")
    mail("application_received", "personio_eingangsbestaetigung", lang="de", company="Rheinwerk Pflege",
         contact="lena.hoffmann@rheinwerk-pflege.example.de",
         frm=("Rheinwerk Pflege GmbH", "jobs-noreply@personio.de"),
         reply_to=("Lena Hoffmann", "lena.hoffmann@rheinwerk-pflege.example.de"),
         subject="Eingangsbestätigung Ihrer Bewerbung – Qualitätsbeauftragte (m/w/d)",
         date="2026-05-20 07:55 +0200", text="""Sehr geehrte Frau Okafor,

vielen Dank für Ihre Bewerbung als Qualitätsbeauftragte (m/w/d) und Ihr Interesse an der
Rheinwerk Pflege GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei
Ihnen. Für Rückfragen steht Ihnen Frau Hoffmann gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinwerk Pflege GmbH
""")
    mail("application_received", "german_uniklinik_taleo", lang="de", company="Universitätsklinikum Köln-Süd",
         frm=("Universitätsklinikum Köln-Süd", "ukks@taleo.net"),
         subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-05-02 23:10 +0200",
         charset="iso-8859-1", cte="quoted-printable", text="""Sehr geehrte Frau Okafor,

vielen Dank für Ihre Online-Bewerbung auf die Stelle Stationsleitung Intensivstation
(Kennziffer 2026-0412).

Aufgrund der großen Zahl an Bewerbungen bitten wir um Verständnis, dass die Bearbeitung
einige Wochen in Anspruch nehmen kann. Zwischenbescheide können wir leider nicht versenden.

Mit freundlichen Grüßen
Personalmanagement
Universitätsklinikum Köln-Süd

Diese E-Mail wurde automatisch erstellt.
""")
    mail("application_received", "french_accuse_reception", lang="fr", company="Clinique du Lez",
         frm=("Clinique du Lez - Recrutement", "no-reply@cliniquedulez.example.fr"),
         subject="Accusé de réception de votre candidature", date="2026-04-25 14:00 +0200",
         text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable qualité et gestion des
risques et vous remercions de l'intérêt que vous portez à la Clinique du Lez.

Votre dossier va être étudié avec attention. Nous vous contacterons si votre profil correspond à
nos besoins. En raison du grand nombre de candidatures, il ne nous est malheureusement pas
possible de répondre individuellement à chacune d'entre elles.

Le service Ressources Humaines
""")
    mail("application_received", "french_welcome_to_the_jungle_ats", lang="fr", company="Lacustre Medical",
         frm=("Lacustre Medical", "notifications@welcomekit.example.co"),
         subject="Lacustre Medical a bien reçu votre candidature 🎉", date="2026-04-27 10:31 +0200",
         html="""<div style="font-family:Helvetica;max-width:520px;margin:auto">
<p style="font-size:18px"><b>Merci Amara !</b></p>
<p>Votre candidature pour le poste <b>Clinical Product Specialist (H/F)</b> chez <b>Lacustre Medical</b> a bien été transmise à l'équipe.</p>
<p>L'équipe recrutement revient généralement vers les candidats sous 10 jours.</p>
<p><a href="https://welcomekit.example.co/candidate/applications?utm_medium=email" style="background:#ffcd00;padding:10px 18px;color:#000;text-decoration:none">Suivre ma candidature</a></p>
<p style="font-size:10px;color:#999">Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.</p></div>""")
    mail("application_received", "spanish_recepcion_cv", lang="es", company="Grupo Sanitario Giralda",
         frm=("Grupo Sanitario Giralda - Empleo", "noreply@giraldasalud.example.es"),
         subject="Hemos recibido tu candidatura", date="2026-05-07 09:15 +0200", cte="base64", text="""Hola Amara,

¡Gracias por tu interés en formar parte de Grupo Sanitario Giralda!

Hemos recibido correctamente tu candidatura para la oferta "Responsable de Calidad Asistencial -
Sevilla". Nuestro equipo de selección la revisará en los próximos días. Si tu perfil encaja con
lo que buscamos, nos pondremos en contacto contigo.

Debido al elevado número de candidaturas, no podemos dar respuesta individualizada a todas
ellas.

Un saludo,
Equipo de Talento · Grupo Sanitario Giralda
""")
    mail("application_received", "spanish_formal_registro", lang="es", company="Hospital Universitario Sierra Norte",
         frm=("Portal de Empleo HUSN", "empleo-noresponder@husierranorte.example.es"),
         subject="Confirmación de inscripción - Ref. SUP-26-014", date="2026-03-25 17:44 +0100",
         charset="iso-8859-1", text="""Estimada Sra. Okafor:

Le confirmamos que su solicitud de participación en el proceso de selección Ref. SUP-26-014
(Supervisora de Enfermería) ha quedado registrada con el número 000431.

La relación de candidaturas admitidas se publicará en el portal de empleo del hospital.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""")
    mail("application_received", "recruiter_personal_ack", lang="en", company="Public Health Alba",
         contact="k.fraser@publichealthalba.example.gov.uk",
         frm=("Kirsty Fraser", "k.fraser@publichealthalba.example.gov.uk"),
         subject="Re: Application - Clinical Operations Lead PHA/26/131", date="2026-06-15 13:02 +0100",
         in_reply_to="<pha.app@mail.example.org>", text="""Dear Amara,

Thanks for your email - I can confirm we've received your application and supporting statement
for PHA/26/131. Shortlisting takes place the week commencing 22 June and we'll be in touch after
that either way.

Best wishes,
Kirsty Fraser
Resourcing Adviser, Public Health Alba

On Sun, 14 Jun 2026 at 20:31, Amara Okafor <amara.okafor@example.org> wrote:
> Hello, I submitted my application on the portal this evening but did not get a confirmation
> email. Could you let me know it arrived? Many thanks, Amara Okafor
""")
    mail("application_received", "ashby_received_startup", lang="en", company="Clarity Triage",
         frm=("Clarity Triage", "no-reply@ashbyhq.com"),
         subject="Thanks for applying to Clarity Triage!", date="2026-04-13 16:20 +0200", text="""Hi Amara,

Thanks so much for applying for the Senior Product Manager, Clinical role at Clarity Triage!
We're a small team so every application is read by a human (promise). You'll hear from us
within about a week.

In the meantime, here's a little more about how we work: https://claritytriage.example.com/handbook

The Clarity Triage team
""")
    mail("application_received", "teamtailor_received_nordic", lang="en", company="Nordlys Health",
         frm=("Nordlys Health", "no-reply@teamtailor.com"),
         subject="We have received your application", date="2026-04-06 09:03 +0200", text="""Hi Amara,

Thank you for your application for the position Clinical Success Manager at Nordlys Health!

We will go through all applications after the deadline 20 April and we will contact you about
the next steps in the process.

Best regards
Nordlys Health
""")
    mail("application_received", "care_home_group_ack_html", lang="en", company="Tandem Care Homes",
         frm=("Tandem Care Homes Recruitment", "recruitment-noreply@tandemcare.example.co.uk"),
         subject="Your application to Tandem Care Homes", date="2026-03-15 11:11 +0000",
         html="""<table style="font-family:Tahoma;font-size:12px" width="100%"><tr><td>
<img alt="Tandem Care Homes - Caring together since 1994" src="https://tandemcare.example.co.uk/mail/logo.jpg"></td></tr>
<tr><td>Dear Amara<br><br>Thank you for applying for <b>Regional Quality Lead</b>.<br>Your application reference is TCH-22981.<br><br>
Our recruitment team aim to review applications within 10 working days. Please note that, unfortunately, we are unable to provide individual feedback at this stage.<br><br>
Best wishes<br>Recruitment Team</td></tr></table>""", cte="base64")
    mail("application_received", "university_jobs_portal", lang="en", company="University of the West Coast",
         frm=("UWC Jobs", "jobs-noreply@uwc.example.ac.uk"),
         subject="Application received: Lecturer in Adult Nursing (REF 0926)", date="2026-05-17 23:48 +0100",
         text="""Dear Amara Okafor,

Thank you for your application for the post of Lecturer in Adult Nursing (Ref 0926).

This email confirms we have received your application. Shortlisting will take place after the
closing date of 29 May 2026. We will contact you after shortlisting has been completed.

HR Recruitment Team
University of the West Coast
""")
    mail("application_received", "hotel_group_ack", lang="en", company="Harbourline Hotels",
         frm=("Harbourline Hotels Careers", "careers@harbourline-hotels.example.com"),
         subject="Thanks for your interest in Harbourline!", date="2026-03-18 09:30 +0000",
         text="""Hi Amara,

Thank you for your application for Occupational Health & Wellbeing Manager - Dublin. We're
delighted that you want to be part of the Harbourline family!

Our People Team will be in touch if your experience is a match. Due to the number of
applications we receive, we're sorry we can't reply to every candidate personally.

Best,
Harbourline Hotels Careers
(This mailbox is not monitored)
""")
    mail("application_received", "agency_registration_received", lang="en",
         company="Southern Cross Health Recruitment",
         contact="mick.doherty@southerncrosshealth.example.com.au",
         frm=("Mick Doherty", "mick.doherty@southerncrosshealth.example.com.au"),
         subject="Got your CV!", date="2026-03-11 22:05 +0000", text="""Hi Amara,

Thanks for sending through your CV - received and it's looking great. I'll get you registered on
our system tomorrow and put you forward to a couple of Irish hospital groups I'm working with
(with your OK first, of course).

Talk soon,
Mick
Southern Cross Health Recruitment
""")
    mail("application_received", "engineering_firm_ack", lang="en", company="Brennan Tolland Engineering",
         frm=("Brennan Tolland Careers", "careers@brennantolland.example.ie"),
         subject="Application Acknowledgement - OHNM/0426", date="2026-04-19 10:00 +0100", text="""Dear Applicant,

We acknowledge receipt of your application for the position of Occupational Health Nurse Manager
(Ref: OHNM/0426). All applications will be reviewed following the closing date of 24 April.

Brennan Tolland Engineering Ltd.
""")
    mail("application_received", "polish_pharma_ack", lang="en", company="Medivia Polska",
         frm=("Medivia Recruitment", "rekrutacja@medivia.example.pl"),
         subject="Confirmation of application – Medical Science Liaison", date="2026-05-26 08:40 +0200",
         text="""Dear Candidate,

We kindly confirm that we have received your application for the position Medical Science Liaison
(Ireland). We will contact only selected candidates.

Please be informed that the administrator of your personal data is Medivia Polska Sp. z o.o.
with its registered office in Warsaw. Your data will be processed for the purposes of the
current recruitment process only (Art. 6(1)(a) GDPR).

Medivia Recruitment Team
""")
    mail("application_received", "greenway_smartrecruiters", lang="en", company="Greenway Pharmacy",
         frm=("Greenway Pharmacy", "no-reply@smartrecruiters.com"),
         subject="Your application for Clinical Services Manager - Region North", date="2026-06-10 19:19 +0100",
         text="""Hi Amara,

Thanks for your application for Clinical Services Manager - Region North! We're reviewing
applications now and will be in touch with next steps as soon as we can.

Greenway Pharmacy Talent Team
""")


def offers() -> None:
    """Verbal offer follow-ups, offer letters, conditional offers, contracts to sign."""
    mail("offer", "pleased_to_offer_conditional_nhs", lang="en", company="Severnside NHS Foundation Trust",
         contact="ruth.penhallow@severnside-nhs.example.net",
         frm=("Ruth Penhallow", "ruth.penhallow@severnside-nhs.example.net"),
         subject="Conditional offer - Lead Nurse, Patient Flow", date="2026-05-06 15:20 +0100", text="""Dear Amara

Further to our telephone call this afternoon, I am delighted to confirm that we are pleased to
offer you the post of Lead Nurse, Patient Flow (Band 8a), subject to satisfactory
pre-employment checks: two references, occupational health clearance, enhanced DBS and
verification of your NMC registration.

Our recruitment team will contact you through TRAC to start the checks. Your starting salary will
be on point 1 of Band 8a; we can discuss a start date once checks are complete.

Congratulations - the panel were unanimous.

Kind regards
Ruth Penhallow
Deputy Head of Nursing – Medicine Division, Severnside NHS Foundation Trust
""")
    mail("offer", "offer_letter_attached_pharma", alt=True, lang="en", company="Brightwell Pharma",
         contact="olivia.price@brightwellpharma.example.com",
         frm=("Olivia Price", "olivia.price@brightwellpharma.example.com"),
         subject="Your offer from Brightwell Pharma", date="2026-06-19 11:05 +0100", text="""Hi Amara,

Following my call with you yesterday, please find attached your formal offer letter for the role
of Medical Information Manager, together with our benefits summary. The offer is for a base
salary of £68,500 plus 12% annual bonus target.

Please review and return a signed copy by 26 June. Any questions at all, just give me a call.

Congratulations again!
Olivia

Olivia Price | Talent Acquisition Partner | Brightwell Pharma | +44 20 7946 0521
""", attach=("Offer_Letter_A_Okafor.pdf", "offer letter"))
    mail("offer", "startup_verbal_followup", lang="en", company="Quill Health",
         contact="sam.ortiz@quillhealth.example.com",
         frm=("Sam Ortiz", "sam.ortiz@quillhealth.example.com"), subject="Following up",
         date="2026-07-21 20:02 +0100", text="""Amara,

Great talking earlier. As promised, putting in writing what we discussed: we'd love you to join
as Clinical Ops Lead. €82k base, 0.3% options over 4 years, 1 year cliff, remote-first with a
Dublin hub. Formal paperwork will come through from Deel tomorrow.

Sleep on it and let me know if you have questions - really hope you say yes!

Sam
""")
    mail("offer", "german_vertragsangebot", alt=True, lang="de", company="Kardiona Medical Devices",
         contact="felix.wagner@kardiona.example.de",
         frm=("Felix Wagner", "felix.wagner@kardiona.example.de"), subject="Gute Nachrichten!",
         date="2026-05-29 16:40 +0200", text="""Hallo Amara,

wie am Telefon schon angekündigt: wir möchten dich sehr gerne als Clinical Affairs Specialist bei
Kardiona an Bord holen! Im Anhang findest du deinen Arbeitsvertrag zur Unterschrift. Das
Jahresgehalt beträgt 72.000 € brutto, Start wäre zum 1. August.

Schick mir den unterschriebenen Vertrag einfach bis zum 10. Juni zurück, gerne per DocuSign.

Wir freuen uns riesig!
Felix
""", attach=("Arbeitsvertrag_Okafor.pdf", "arbeitsvertrag"))
    mail("offer", "french_promesse_embauche", lang="fr", company="Clinique du Lez",
         contact="s.bernard@cliniquedulez.example.fr",
         frm=("Sophie Bernard", "s.bernard@cliniquedulez.example.fr"),
         subject="Proposition d'embauche - Responsable qualité", date="2026-06-05 17:30 +0200",
         charset="iso-8859-1", text="""Bonjour Madame Okafor,

Nous avons le plaisir de vous confirmer que votre candidature au poste de Responsable qualité et
gestion des risques a été retenue. Vous trouverez ci-joint votre promesse d'embauche en CDI,
statut cadre, avec une prise de poste souhaitée au 1er septembre 2026.

Nous vous remercions de nous retourner le document signé sous huit jours.

Bien cordialement,
Sophie Bernard
Chargée de recrutement, Clinique du Lez
""", attach=("Promesse_embauche_Okafor.pdf", "promesse"))
    mail("offer", "spanish_oferta_contrato", lang="es", company="Grupo Sanitario Giralda",
         contact="rrhh@giraldasalud.example.es",
         frm=("Manuel Ortega", "rrhh@giraldasalud.example.es"),
         subject="Oferta de incorporación", date="2026-07-14 12:30 +0200", text="""Estimada Amara:

Tras la reactivación de la posición de Responsable de Calidad Asistencial, y a la vista de tus
entrevistas, nos complace ofrecerte la incorporación a Grupo Sanitario Giralda con un contrato
indefinido y una retribución bruta anual de 46.000 €.

Adjuntamos la carta de oferta con las condiciones. Te agradeceríamos una respuesta antes del
viernes 24 de julio.

Un cordial saludo,
Manuel Ortega
Director de Recursos Humanos · Grupo Sanitario Giralda
""", attach=("Carta_oferta.pdf", "carta oferta"))
    mail("offer", "care_home_offer_subject_to_refs", lang="en", company="Tandem Care Homes",
         contact="bev.clarke@tandemcare.example.co.uk",
         frm=("Bev Clarke", "bev.clarke@tandemcare.example.co.uk"), subject="Clifton",
         date="2026-07-09 18:12 +0100", text="""Hi Amara

Thank you for coming back in on Tuesday after the mix-up. I'm really pleased to say we'd like to
offer you the Home Manager position at Clifton, subject to references and your CQC registered
manager application. Salary £58k + car allowance as discussed.

HR will send the contract over but wanted you to hear it from me first!

Bev
Regional Manager, Tandem Care Homes
""")
    mail("offer", "agency_offer_exclamations", lang="en", company="Pinewood Private Hospital",
         contact="shauna@meridianhealthrec.example.com",
         frm=("Shauna Keane", "shauna@meridianhealthrec.example.com"),
         subject="!!!!! OFFER !!!!!", date="2026-07-02 13:14 +0100", text="""AMARA!!!

Pinewood have come back with an OFFER for the Clinical Nurse Manager 2 post on the day
surgery unit!! €64,000 + 10% on-call allowance, start date flexible. I'm so delighted for you!!

They need a verbal yes/no by Monday and then the contract will follow. Ring me when you can!!

Shauna
Meridian Healthcare Recruitment | +353 21 555 0192
""")
    mail("offer", "ngo_contract_to_sign_french", lang="fr", company="Santé Sans Frontières Suisse",
         contact="rh@ssf-suisse.example.ch",
         frm=("Mélanie Dubois", "rh@ssf-suisse.example.ch"),
         subject="Contrat - Coordinatrice médicale Genève", date="2026-07-24 10:10 +0200", text="""Chère Amara,

Suite à notre entretien téléphonique, j'ai le plaisir de vous transmettre votre contrat de travail
pour le poste de Coordinatrice médicale au siège de Genève (contrat à durée déterminée de 12
mois, renouvelable). Merci de nous le renvoyer signé via la plateforme de signature électronique.

Bienvenue dans l'équipe !

Mélanie Dubois
Santé Sans Frontières Suisse
""")
    mail("offer", "public_health_provisional_offer", msgid="<pha.offer.131@publichealthalba.example.gov.uk>", lang="en", company="Public Health Alba",
         contact="k.fraser@publichealthalba.example.gov.uk",
         frm=("Kirsty Fraser", "k.fraser@publichealthalba.example.gov.uk"),
         subject="PHA/26/131 - provisional offer of appointment", date="2026-07-13 14:48 +0100",
         text="""Dear Amara,

Following your interview on 8 July, I am pleased to make you a provisional offer of appointment
for the post of Clinical Operations Lead, Band 8b, at Public Health Alba.

This offer is conditional on satisfactory references, occupational health clearance, PVG
membership and confirmation of your NMC registration. Please complete the online pre-employment
forms within 5 working days.

Best wishes,
Kirsty Fraser
Resourcing Adviser, Public Health Alba
""")


def _bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """The headers a mailing-list or marketing sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def others_job_adjacent() -> None:
    """Alerts, digests, newsletters, cold outreach and auto-replies: job words, no job event."""
    mail("other", "linkedin_job_alert", lang="en",
         frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
         subject="“clinical operations”: 14 new jobs in Dublin", date="2026-03-17 06:12 +0000",
         headers=_bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsub?e=ao"),
         html="""<table width="600" style="font-family:-apple-system,Arial"><tr><td><h2>Your job alert for clinical operations in Dublin</h2></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39120?trk=eml">Clinical Operations Manager</a><br>Larkspur Health · Dublin (Hybrid)<br><span style="color:#057642">Actively recruiting</span></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39121?trk=eml">Head of Nursing Operations</a><br>Beacon Ridge Clinic · Dublin<br>Be an early applicant</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39122?trk=eml">Clinical Lead – Virtual Wards</a><br>Medoc Digital · Remote<br>3 connections work here</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/search?keywords=clinical%20operations">See all 14 jobs</a></td></tr>
<tr><td style="font-size:11px;color:#666">You're receiving job alert emails. <a href="https://www.linkedin.com/jobs/alerts/unsub?e=ao">Unsubscribe</a> · LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2.</td></tr></table>""")
    mail("other", "indeed_digest_interview_words", lang="en",
         frm=("Indeed", "alert@indeed.com"), subject="Nurse Manager jobs in Bristol - apply now",
         date="2026-04-04 07:00 +0100",
         headers=_bulk("<jobalert.indeed.com>", "https://uk.indeed.com/unsubscribe?t=aa71"),
         text="""New jobs matching "nurse manager" near Bristol

Ward Manager - Elderly Care
Avon Vale Hospital - Bristol
£46,148 - £52,809 a year · Interviewing now · Easily apply

Clinical Nurse Manager - Urgent Care
HealthBridge Partners - Bristol BS1
Urgently hiring · Responds to applications within 1 day

Practice Nurse Manager
Stoke Lane Surgery - Bradley Stoke
You must create an Indeed account before continuing

Get interview-ready: read "10 questions every nurse manager is asked"

Unsubscribe from this alert: https://uk.indeed.com/unsubscribe?t=aa71
""")
    mail("other", "stepstone_de_jobagent", lang="de",
         frm=("StepStone Job-Agent", "jobagent@stepstone.de"),
         subject="12 neue Jobs für „Pflegedienstleitung“ in Köln", date="2026-04-15 05:45 +0200",
         headers=_bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=9981"),
         html="""<div style="font-family:Arial"><h3>Hallo Amara, hier sind deine neuen Jobs</h3>
<p><a href="https://www.stepstone.de/stellenangebote--Pflegedienstleitung-Koeln--991.html">Pflegedienstleitung (m/w/d) ambulanter Dienst</a><br>Caritas Pflege Rhein · Köln · Vollzeit · Schnelle Bewerbung</p>
<p><a href="https://www.stepstone.de/stellenangebote--Stationsleitung--992.html">Stationsleitung Geriatrie (m/w/d)</a><br>St. Agatha Krankenhaus · Köln-Nippes</p>
<p><a href="https://www.stepstone.de/stellenangebote--Qualitaet--993.html">Qualitätsmanagementbeauftragte Pflege</a><br>Seniorenzentrum am Stadtwald · Köln</p>
<p style="font-size:10px">Du erhältst diese E-Mail, weil du einen Job-Agent angelegt hast. <a href="https://www.stepstone.de/jobagent/abmelden?id=9981">Job-Agent abbestellen</a></p></div>""")
    mail("other", "welcome_jungle_fr_digest", lang="fr",
         frm=("Welcome to the Jungle", "hello@welcometothejungle.example.co"),
         subject="Les offres de la semaine : santé & medtech à Montpellier", date="2026-05-03 08:00 +0200",
         headers=_bulk("<hebdo.wttj>", "https://www.welcometothejungle.example.co/unsubscribe?u=ao"),
         text="""Bonjour Amara,

Voici 8 offres sélectionnées pour vous cette semaine :

- Cheffe de projet clinique – Nerva Medtech (Montpellier) – CDI
- Infirmière coordinatrice – Clinique des Garrigues (Castelnau-le-Lez)
- Product Owner santé – DocLink (Full remote)

Notre article de la semaine : « Refus après un entretien : comment rebondir ? » – 5 min de
lecture. Et notre guide pour préparer un entretien en panel.

Se désabonner : https://www.welcometothejungle.example.co/unsubscribe?u=ao
""")
    mail("other", "infojobs_es_alert", lang="es",
         frm=("InfoJobs", "alertas@infojobs.example.net"),
         subject="Nuevas ofertas: supervisora de enfermería en Sevilla", date="2026-05-18 07:30 +0200",
         headers=_bulk("<alertas.infojobs>", "https://www.infojobs.example.net/baja?id=5531"),
         text="""Hola Amara, tenemos 6 ofertas nuevas para ti:

* Supervisor/a de Enfermería - Hospital Virgen de la Estrella (Sevilla) - Inscritos: 43
* Coordinadora de Enfermería Residencia - Vitalia Mayores (Dos Hermanas)
* Responsable de Calidad - Clínica Santa Justa (Sevilla)

¿Tienes una entrevista pronto? Descubre las 7 preguntas más frecuentes.

Darse de baja: https://www.infojobs.example.net/baja?id=5531
""")
    mail("other", "career_newsletter_rejection_article", lang="en",
         frm=("The Nurse Leader Weekly", "newsletter@nurseleaderweekly.example.com"),
         subject="Why 'we've decided to move forward with other candidates' isn't the end",
         date="2026-04-12 07:00 +0100",
         headers=_bulk("Nurse Leader Weekly <weekly.nurseleaderweekly.example.com>",
                       "https://nurseleaderweekly.example.com/unsubscribe/ao"),
         text="""THE NURSE LEADER WEEKLY · Issue 214

This week: rejection, resilience and the move out of the ward

"Unfortunately, we have decided not to progress your application." If you've read a line like
that recently, you're not alone: our reader survey found 71% of nurses moving into management or
industry roles were rejected at least five times before an offer.

We spoke to three former ward sisters about what changed their results - including asking for
feedback after every interview, practising competency questions with STAR, and treating a missed
interview as a chance to follow up rather than give up.

Also in this issue:
- Band 7 to 8a: what panels actually want
- Revalidation deadlines this quarter
- Podcast: a clinical ops director on her first 100 days

Read online | Unsubscribe: https://nurseleaderweekly.example.com/unsubscribe/ao
""")
    mail("other", "recruiter_cold_inmail_no_interview", contact="hannah.cole@vantagemedsearch.example.com", alt=True, lang="en",
         frm=("Hannah Cole", "hannah.cole@vantagemedsearch.example.com"),
         subject="Clinical Ops opportunities - Bristol & remote", date="2026-04-23 12:30 +0100",
         text="""Hi Amara,

I came across your profile and was really impressed by your experience leading a 28-bed acute
medical ward. I specialise in placing clinical leaders into health-tech and medtech companies
across the UK and Ireland.

I'm working on several confidential Clinical Operations and Clinical Safety Officer roles at the
moment, salaries £60-85k. If you're open to hearing about opportunities, feel free to send an
updated CV whenever suits and I'll add you to my network.

Best,
Hannah Cole
Principal Consultant | Vantage Med Search | +44 117 496 0099
""")
    mail("other", "agency_newsletter_market_update", lang="en",
         frm=("Meridian Healthcare Recruitment", "news@meridianhealthrec.example.com"),
         subject="Irish nursing market update - May 2026", date="2026-05-04 10:00 +0100",
         headers=_bulk("<news.meridianhealthrec.example.com>", "https://meridianhealthrec.example.com/unsub?c=ao"),
         html="""<div style="font-family:Georgia;max-width:600px"><h2>Market Update – May 2026</h2>
<p>Demand for CNM2/CNM3 roles remains high across the South/South West Hospital Group, while private hospitals report average time-to-interview down to 9 days.</p>
<p><b>Top tip:</b> If a hospital offers you an interview slot you can't make, ask to reschedule straight away – most will accommodate you.</p>
<p><a href="https://meridianhealthrec.example.com/jobs?utm_campaign=may">Browse 120+ live jobs</a></p>
<p style="font-size:10px">Meridian Healthcare Recruitment, 3 Lapp's Quay, Cork. <a href="https://meridianhealthrec.example.com/unsub?c=ao">Unsubscribe</a></p></div>""")
    mail("other", "ooo_recruiter_autoreply", contact="d.okonjo@haldenrowe.example.co.uk", lang="en",
         frm=("Daniel Okonjo", "d.okonjo@haldenrowe.example.co.uk"),
         subject="Automatic reply: Clinical Claims Nurse Adviser - next stage", date="2026-05-22 08:00 +0100",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         in_reply_to="<hr.thanks@mail.example.org>", text="""Thank you for your email. I am out of the office until Monday 1 June with limited access to email.
For urgent recruitment queries please contact resourcing@haldenrowe.example.co.uk.

Daniel Okonjo | Senior Recruiter | Halden & Rowe Insurance plc
""")
    mail("other", "ooo_german_abwesenheit", contact="b.schreiber@ukks.example.de", lang="de",
         frm=("Schreiber, Birgit", "b.schreiber@ukks.example.de"),
         subject="Abwesenheitsnotiz: Ihre Bewerbung", date="2026-06-12 09:30 +0200",
         headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26.06.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an personal@ukks.example.de.

Mit freundlichen Grüßen
Birgit Schreiber
""")
    mail("other", "ooo_french_absence", contact="camille.rochat@lacustre.example.ch", lang="fr",
         frm=("Camille Rochat", "camille.rochat@lacustre.example.ch"),
         subject="Réponse automatique : Candidature Clinical Product Specialist",
         date="2026-05-01 09:02 +0200", headers={"Auto-Submitted": "auto-replied"}, text="""Bonjour,

Je suis absente jusqu'au 11 mai inclus. Pour toute demande urgente, merci de contacter
talents@lacustre.example.ch.

Camille Rochat
""")
    mail("other", "glassdoor_interview_reviews", lang="en",
         frm=("Glassdoor", "noreply@glassdoor.example.com"),
         subject="See how people interviewed at Brightwell Pharma", date="2026-06-02 18:00 +0100",
         headers=_bulk("<community.glassdoor>", "https://www.glassdoor.example.com/unsub?x=ao"),
         text="""Preparing for your interview?

31 interview reviews for Brightwell Pharma
"Competency-based panel, very friendly. They asked about a time I handled a medication error."
"Got rejected after the second round, no feedback given."
Interview difficulty: 3.1 / 5 · Positive experience: 64%

See all interview questions: https://www.glassdoor.example.com/Interview/Brightwell?utm=email

Unsubscribe: https://www.glassdoor.example.com/unsub?x=ao
""")
    mail("other", "ats_account_password_reset", lang="en",
         frm=("Workday", "brightwell@myworkday.com"),
         subject="Reset your password", date="2026-06-06 22:13 +0100", text="""A password reset was requested for the candidate account amara.okafor@example.org on
Brightwell Pharma Careers.

Reset your password: https://brightwell.wd3.myworkday.com/careers/passwordreset?token=X91

If you did not request this, you can ignore this email.
""")
    mail("other", "talent_community_welcome", lang="en",
         frm=("Corrib Valley Careers", "talentcommunity@corribvalley.example.ie"),
         subject="Welcome to the Corrib Valley Talent Community", date="2026-03-05 12:00 +0000",
         headers=_bulk("<talent.corribvalley.example.ie>", "https://careers.corribvalley.example.ie/unsub"),
         text="""Hi Amara,

Thanks for joining our talent community! You'll now get updates about nursing, midwifery and
management vacancies across our six hospitals, plus invitations to our open evenings.

Next open evening: Cork University campus, 23 April, 6-8pm. Meet our Directors of Nursing,
find out about CNM roles and get your CV reviewed.

Corrib Valley Hospital Group Careers
Unsubscribe: https://careers.corribvalley.example.ie/unsub
""")
    mail("other", "referral_request_from_ex_colleague", contact="chloe.byrne@example.net", lang="en",
         frm=("Chloe Byrne", "chloe.byrne@example.net"), subject="Reference?",
         date="2026-05-16 21:30 +0100", text="""Hey Amara!

Hope you're surviving the job hunt. Quick favour - I've applied for a Band 6 post at St Kevin's
and they want a referee who managed me. Would you be ok with me putting you down? They said
they'd email you a form after my interview next week.

Thank youuu, drinks on me
Chloe x
""")
    mail("other", "reference_request_for_colleague", lang="en",
         frm=("TRAC Recruitment", "noreply@trac.example.nhs.uk"),
         subject="Reference request for Chloe Byrne", date="2026-05-26 09:10 +0100", text="""Dear Amara Okafor

Chloe Byrne has applied for the post of Staff Nurse, Band 6 (ref 331-SK-221) and has named you as
a referee. Chloe has been offered the post subject to satisfactory references.

Please complete the reference using the secure link below within 5 working days:
https://apps.trac.example.nhs.uk/ref/4471-aa

Thank you
Recruitment Team
""")


def others_life() -> None:
    """The rest of the inbox: work rota, health, money, home, friends, and other 'interviews'."""
    mail("other", "podcast_interview_request", contact="maeve@wardroundpodcast.example.com", alt=True, lang="en",
         frm=("Maeve Doran", "maeve@wardroundpodcast.example.com"),
         subject="Podcast interview? Ward Round episode on nurse-led discharge", date="2026-03-21 14:15 +0000",
         text="""Hi Amara,

I host The Ward Round, a podcast about frontline NHS and HSE innovation. A colleague mentioned
your nurse-led discharge project and I'd love to interview you for an episode - about 40 minutes,
recorded remotely, whenever suits you in April.

Would you be up for it? No prep needed beyond a quick 10-minute pre-chat.

Maeve Doran
Host & Producer, The Ward Round
""")
    mail("other", "radio_interview_german", contact="j.koehler@wdr-gesundheit.example.de", lang="de",
         frm=("Jana Köhler", "j.koehler@wdr-gesundheit.example.de"),
         subject="Interviewanfrage: Pflegenotstand – Radiobeitrag", date="2026-06-18 10:05 +0200",
         text="""Liebe Frau Okafor,

für unsere Sendung „Visite am Morgen“ bereiten wir einen Beitrag über internationale
Pflegekräfte in Deutschland vor. Hätten Sie Zeit für ein kurzes Telefoninterview (ca. 15
Minuten) am Dienstag oder Mittwoch? Das Gespräch würde aufgezeichnet und gekürzt gesendet.

Herzliche Grüße
Jana Köhler
Redaktion Gesundheit
""")
    mail("other", "user_research_interview_invite", lang="en",
         frm=("Research at Medoc Digital", "research@medocdigital.example.com"),
         subject="Join a 45-min research interview (€50 voucher)", date="2026-04-18 11:00 +0100",
         text="""Hi Amara,

Thanks for signing up to our clinician research panel. We're redesigning how ward nurses hand over
patients between shifts and would love to interview you about your experience.

- 45 minute video call, 27-30 April
- €50 One4All voucher as a thank-you
- Book a slot: https://calendly.com/medoc-research/handover-study

Your answers are used for product research only.

Medoc Digital UX Research
""")
    mail("other", "survey_feedback_on_hiring_process", lang="en",
         frm=("Candidate Experience", "survey@candidatepulse.example.com"),
         subject="How was your interview experience with Severnside NHS Foundation Trust?",
         date="2026-05-08 12:00 +0100",
         headers=_bulk("<survey.candidatepulse>", "https://candidatepulse.example.com/optout?id=ao"),
         text="""Hi Amara,

You recently took part in an interview with Severnside NHS Foundation Trust. We'd value 2 minutes
of your time to tell us about your experience - whatever the outcome.

Start the survey: https://candidatepulse.example.com/s/7731

Responses are anonymous and don't affect your application.
""")
    mail("other", "friend_own_rejection", contact="tolu.adeyemi@example.com", alt=True, lang="en",
         frm=("Tolu Adeyemi", "tolu.adeyemi@example.com"), subject="ugh",
         date="2026-04-19 23:02 +0100", text="""Amara babe,

Just got the email. "Unfortunately we've decided to move forward with other candidates whose
experience more closely matches the role." After FOUR rounds and a presentation!! I'm so
annoyed. They didn't even give feedback.

How did your interview at the trust go? Tell me you had better luck than me lol. Call tmrw?

T xx
""")
    mail("other", "friend_interview_news_spanish", contact="carmen.ruiz@example.net", lang="es",
         frm=("Carmen Ruiz", "carmen.ruiz@example.net"), subject="Noticias!!",
         date="2026-05-10 20:44 +0200", text="""Amara guapa!

Por fin me han llamado para la entrevista en el Virgen del Rocío, es el jueves. Estoy de los
nervios. ¿Me ayudas a preparar las preguntas de situación? Tú eres la experta jaja.

Y tú qué tal con lo de Giralda? Besos
Carmen
""")
    mail("other", "order_delayed", lang="en",
         frm=("Scrubs & Co", "orders@scrubsandco.example.com"),
         subject="Unfortunately your order is delayed", date="2026-03-28 15:00 +0000",
         text="""Hi Amara,

Unfortunately your order #SC-118204 (2 x ComfortFlex scrub tops, navy, size M) is delayed due
to high demand. We now expect to dispatch it by 6 April.

We're sorry for the inconvenience. You can cancel at any time for a full refund.

Scrubs & Co Customer Care
""")
    mail("other", "parcel_position_gps", lang="en",
         frm=("TrackIt", "notifications@trackit.example.com"),
         subject="Your courier's position has been updated", date="2026-04-07 10:42 +0100",
         text="""Your parcel is on its way.

Current position of your driver: 53.3498 N, 6.2603 W (Dublin 1)
Estimated arrival: 11:20 - 12:20
Stops before yours: 4

Track live: https://trackit.example.com/t/ZX81
""")
    mail("other", "strava_position_segment", lang="en",
         frm=("Strava", "no-reply@strava.example.com"),
         subject="You moved up to 3rd position on Phoenix Park Loop!", date="2026-05-24 09:05 +0100",
         headers=_bulk("<notifications.strava>", "https://strava.example.com/unsub"),
         text="""Nice work, Amara! Your run this morning put you in 3rd position on the Phoenix Park Loop
segment leaderboard (women, 35-44). Keep it up!
""")
    mail("other", "bank_loan_application_received", lang="en",
         frm=("Harbour Bank", "noreply@harbourbank.example.ie"),
         subject="We've received your application", date="2026-03-19 13:20 +0000", text="""Dear Ms Okafor,

Thank you for your personal loan application (reference PL-7789120). We have received your
application and will review it within 2 working days.

Unfortunately we are unable to process applications without proof of address; please upload a
recent utility bill in the app.

Harbour Bank Lending Team
Harbour Bank DAC is regulated by the Central Bank of Ireland.
""")
    mail("other", "credit_card_declined", lang="en",
         frm=("Clearwave Card", "no-reply@clearwavecard.example.com"),
         subject="An update on your credit card application", date="2026-04-05 11:00 +0100",
         text="""Dear Amara Okafor,

Thank you for applying for a Clearwave Rewards credit card. After careful review we regret to
inform you that we are unable to approve your application at this time. This decision was based
on information from a credit reference agency.

You can request a copy of your credit file free of charge.

Clearwave Card Services
""")
    mail("other", "insurance_application_received_french", lang="fr",
         frm=("Mutuelle Horizon Santé", "ne-pas-repondre@horizon-sante.example.fr"),
         subject="Votre demande d'adhésion a bien été reçue", date="2026-06-29 16:00 +0200",
         text="""Madame Okafor,

Nous accusons réception de votre demande d'adhésion à notre complémentaire santé. Votre dossier
est en cours d'étude ; vous recevrez votre carte de tiers payant sous 10 jours.

Mutuelle Horizon Santé
""")
    mail("other", "apartment_application_rejected_german", contact="vermietung@immo-rheinblick.example.de", lang="de",
         frm=("Immo Rheinblick", "vermietung@immo-rheinblick.example.de"),
         subject="Ihre Anfrage: 2-Zimmer-Wohnung Ehrenfeld", date="2026-05-15 12:10 +0200",
         charset="iso-8859-1", text="""Sehr geehrte Frau Okafor,

vielen Dank für Ihr Interesse an der Wohnung in der Venloer Straße und Ihre Bewerbungsunterlagen.
Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Immo Rheinblick Hausverwaltung
""")
    mail("other", "apartment_application_spanish_viewing", contact="alquileres@trianahogar.example.es", lang="es",
         frm=("Inmobiliaria Triana Hogar", "alquileres@trianahogar.example.es"),
         subject="Solicitud de alquiler - Calle Betis 41", date="2026-07-06 13:30 +0200",
         text="""Hola Amara,

Hemos recibido tu solicitud para el piso de Calle Betis. El propietario quiere hacer una
entrevista breve con los interesados antes de decidir; ¿te viene bien una visita el jueves a
las 18:00?

Saludos,
Triana Hogar
""")
    mail("other", "university_admission_decision", lang="en",
         frm=("Admissions Office", "admissions@dunmore.example.ac.uk"),
         subject="Your application to MSc Healthcare Management - decision", date="2026-06-23 14:00 +0100",
         text="""Dear Amara,

Thank you for applying to the MSc Healthcare Management (part-time) at Dunmore University. We are
delighted to make you an unconditional offer of a place for entry in September 2026.

Please accept your offer through the applicant portal by 31 July.

Admissions Office, Dunmore University
""")
    mail("other", "university_masters_rejected", lang="fr",
         frm=("Scolarité Master", "scolarite-master@univ-montpellier.example.fr"),
         subject="Résultat de votre candidature - Master Management des établissements de santé",
         date="2026-06-20 10:00 +0200", text="""Madame,

Nous avons le regret de vous informer que votre candidature au Master 2 Management des
établissements sanitaires et médico-sociaux n'a pas été retenue par la commission pédagogique.

Le service de scolarité
""")
    mail("other", "rota_published", lang="en",
         frm=("HealthRoster", "noreply@healthroster.example.ie"),
         subject="Your roster for 6-19 April has been published", date="2026-03-27 16:00 +0000",
         text="""Hi Amara,

The roster for St Brigid's Ward 7 (6 April - 19 April) has been published.

Your shifts: 6 Apr LD, 7 Apr LD, 10 Apr N, 11 Apr N, 14 Apr E, 15 Apr E, 18 Apr LD

Log in to view the full roster or request changes.
""")
    mail("other", "shift_swap_request", contact="grace.kinsella@example.com", lang="en",
         frm=("Grace Kinsella", "grace.kinsella@example.com"), subject="swap?",
         date="2026-04-08 07:12 +0100", text="""Hiya, any chance you'd swap your Sat night (11th) for my Tues long day (14th)? Kids are off and my mam can't mind them Sat. No stress if not! G
""")
    mail("other", "cpd_course_confirmation", lang="en",
         frm=("RCSI Nursing CPD", "cpd@rcsi-nursing.example.ie"),
         subject="Booking confirmed: Leading Quality Improvement in Clinical Teams", date="2026-03-14 10:20 +0000",
         text="""Dear Amara,

Your place is confirmed on Leading Quality Improvement in Clinical Teams (7 CEUs).

Date: Saturday 9 May 2026, 09:30-16:30
Venue: Education Centre, Room 4

Please bring your NMBI PIN to claim CEUs.
""")
    mail("other", "registration_renewal_reminder", lang="en",
         frm=("NMC", "noreply@nmc.example.org.uk"),
         subject="Your revalidation application is due", date="2026-05-01 08:00 +0100",
         text="""Dear Amara Okafor

Your revalidation application is due by 31 July 2026. You must submit it through NMC Online and
pay your annual fee to stay on the register.

If you do not revalidate on time your registration will lapse.

Nursing and Midwifery Council
""")
    mail("other", "gp_appointment_reminder", lang="en",
         frm=("Clontarf Road Medical Centre", "appointments@clontarfmedical.example.ie"),
         subject="Appointment reminder", date="2026-04-13 18:00 +0100", text="""Reminder: you have an appointment with Dr O'Neill on Wed 15 Apr at 08:40.

If you cannot attend please cancel at least 24 hours in advance by replying CANCEL. Missed
appointments may incur a fee of €30.
""")
    mail("other", "pharmacy_prescription_ready", lang="es",
         frm=("Farmacia Alameda", "avisos@farmaciaalameda.example.es"),
         subject="Tu receta está lista para recoger", date="2026-07-10 11:15 +0200", text="""Hola Amara,

Tu pedido de receta electrónica ya está preparado. Puedes pasar a recogerlo hoy hasta las 21:30.

Farmacia Alameda · Alameda de Hércules 32, Sevilla
""")
    mail("other", "calendar_standup_notification", lang="en",
         frm=("Google Calendar", "calendar-notification@google.com"),
         subject="Notification: Ward huddle @ Mon Apr 20, 2026 7:45am - 8am (IST)", date="2026-04-20 07:35 +0100",
         text="""Ward huddle
Monday Apr 20, 2026 ⋅ 7:45 – 8:00am (Irish Standard Time)
Nurses' station, Ward 7

Reminder from Google Calendar. You are receiving this email because you are an attendee on the
event.
""")
    mail("other", "recurring_standup_invite_ics", contact="deirdre.walsh@stbrigids.example.ie", lang="en",
         frm=("Deirdre Walsh", "deirdre.walsh@stbrigids.example.ie"),
         subject="Invitation: Bed meeting - daily @ 10:00", date="2026-03-06 14:00 +0000",
         text="""Deirdre Walsh has invited you to a recurring meeting: Bed meeting (daily, 10:00-10:15,
Patient Flow Office). Please accept to add it to your calendar.
""", ics={"summary": "Bed meeting - daily", "start": at("2026-03-09 10:00"), "minutes": 15,
          "organizer": "deirdre.walsh@stbrigids.example.ie", "location": "Patient Flow Office"})
    mail("other", "webinar_interview_skills", lang="en",
         frm=("NurseCareers Live", "events@nursecareerslive.example.com"),
         subject="Tonight: Ace your panel interview (live webinar)", date="2026-05-12 12:00 +0100",
         headers=_bulk("<events.nursecareerslive>", "https://nursecareerslive.example.com/unsubscribe"),
         text="""Starting at 7pm tonight!

Join our free webinar on competency-based and OSCE-style interviews for senior nursing posts.
We'll cover what to do if you're rejected, how to reschedule an interview politely, and how to
negotiate an offer.

Join here: https://nursecareerslive.example.com/live/panel
Unsubscribe: https://nursecareerslive.example.com/unsubscribe
""")
    mail("other", "gym_membership_application", lang="de",
         frm=("FitPoint Köln", "service@fitpoint.example.de"),
         subject="Dein Mitgliedsantrag ist eingegangen", date="2026-06-01 19:00 +0200", text="""Hi Amara,

danke für deinen Mitgliedsantrag! Wir haben ihn erhalten und schalten deinen Zugang innerhalb von
24 Stunden frei.

Sportliche Grüße
Dein FitPoint-Team
""")
    mail("other", "volunteer_application_thanks", lang="en",
         frm=("Dublin Marathon Medical Volunteers", "volunteers@dublinmarathon.example.ie"),
         subject="Thanks for volunteering!", date="2026-06-14 09:00 +0100", text="""Hi Amara,

Thanks for applying to join the medical volunteer team for the October marathon. Briefings are
on 3 October; we'll send your position on the course (first aid station number) in September.

Medical Volunteer Team
""")
    mail("other", "interview_transcript_research_paper", contact="c.lynch@tcd-nursing.example.ie", lang="en",
         frm=("Dr Ciara Lynch", "c.lynch@tcd-nursing.example.ie"),
         subject="Transcript of our interview for the study", date="2026-04-29 15:40 +0100",
         text="""Dear Amara,

Thank you again for taking part in the interview for our study on ward managers' experience of
escalation. Attached please find the anonymised transcript for you to check. Could you let me
know of any corrections by 15 May?

Best wishes,
Ciara

Dr Ciara Lynch, Assistant Professor, School of Nursing
""")
    mail("other", "uk_visa_application_received", lang="en",
         frm=("UK Visas and Immigration", "no-reply@ukvi.example.gov.uk"),
         subject="Your application has been received", date="2026-05-03 10:00 +0100", text="""Dear Amara Okafor

We have received your application for a Health and Care Worker visa. Your application number is
GWF071234567. You will be told the outcome of your application by email.

UK Visas and Immigration
""")


def own_mail() -> None:
    """The candidate's own sent mail: job words, never a trigger."""
    mail("other", "own_sent_thank_you", alt=True, lang="en", frm=ME,
         to=("Ruth Penhallow", "ruth.penhallow@severnside-nhs.example.net"),
         subject="Thank you - Lead Nurse interview", date="2026-04-27 19:10 +0100",
         msgid="<snt.thanks.0427@mail.example.org>", text="""Dear Ruth,

Thank you for the opportunity to interview for the Lead Nurse, Patient Flow post today. I
enjoyed discussing the discharge-to-assess pathway with the panel and I remain very keen on the
role.

Kind regards,
Amara Okafor
""")
    mail("other", "own_sent_withdrawal", lang="en", frm=ME,
         to=("Heather McAllister", "h.mcallister@lothianbridge.example.co.uk"),
         subject="Withdrawing my application", date="2026-04-15 08:20 +0100",
         text="""Dear Heather,

I'm sorry to let you know that I need to withdraw from the Clinical Services Manager process, as
I have accepted another interview on the same day that I can't move. Thank you for your time.

Best wishes,
Amara
""")
    mail("other", "own_sent_missed_apology_german", lang="de", frm=ME,
         to=("Lena Hoffmann", "lena.hoffmann@rheinwerk-pflege.example.de"),
         subject="AW: Ihr Vorstellungsgespräch heute", date="2026-06-10 19:40 +0200",
         in_reply_to="<rw.missed@rheinwerk-pflege.example.de>", text="""Sehr geehrte Frau Hoffmann,

es tut mir sehr leid, dass ich heute nicht am Gespräch teilnehmen konnte – ich hatte einen
Notfall im Dienst und konnte mich nicht rechtzeitig melden. Ich habe weiterhin großes Interesse
an der Stelle und würde mich über einen neuen Termin sehr freuen.

Mit freundlichen Grüßen
Amara Okafor
""")
    mail("other", "own_sent_followup_spanish", lang="es", frm=ME,
         to=("Pablo Martín", "pablo@velorahealth.example.es"),
         subject="Seguimos?", date="2026-05-30 10:02 +0200", msgid="<vel.seg@mail.example.org>",
         text="""Hola Pablo, ¿hay novedades sobre el proceso? Un saludo, Amara
""")
    mail("other", "own_sent_accepting_offer", in_reply_to="<pha.offer.131@publichealthalba.example.gov.uk>", lang="en", frm=ME,
         to=("Kirsty Fraser", "k.fraser@publichealthalba.example.gov.uk"),
         subject="Re: PHA/26/131 - provisional offer of appointment", date="2026-07-14 08:30 +0100",
         text="""Dear Kirsty,

Thank you so much - I'm delighted to accept the provisional offer for Clinical Operations Lead.
I'll complete the pre-employment forms today.

Best wishes,
Amara

On Mon, 13 Jul 2026 at 14:48, Kirsty Fraser <k.fraser@publichealthalba.example.gov.uk> wrote:
> Following your interview on 8 July, I am pleased to make you a provisional offer of
> appointment for the post of Clinical Operations Lead
""")


def late_arrivals() -> None:
    """Mail from July, and a few more employers writing in German, French and Spanish."""
    mail("rejection", "berlin_startup_absage_ashby", lang="de", company="Pulsweg Health",
         contact="miriam.yilmaz@pulsweg.example.de",
         frm=("Pulsweg Health", "no-reply@ashbyhq.com"),
         reply_to=("Miriam Yilmaz", "miriam.yilmaz@pulsweg.example.de"),
         subject="Deine Bewerbung bei Pulsweg", date="2026-07-15 17:05 +0200", text="""Hi Amara,

vielen Dank, dass du dir die Zeit für die Gespräche mit uns genommen hast. Wir haben uns die
Entscheidung nicht leicht gemacht, uns am Ende aber für eine Person entschieden, die bereits
Erfahrung mit DiGA-Zulassungen hat. Wir können dir daher leider kein Angebot machen.

Wenn du Fragen hast oder Feedback möchtest, antworte einfach auf diese Mail.

Alles Gute für dich!
Miriam
People & Talent, Pulsweg Health GmbH
""")
    mail("rejection", "seville_private_clinic_short", lang="es", company="Clínica Nervión",
         contact="direccion.enfermeria@clinicanervion.example.es",
         frm=("Dirección de Enfermería", "direccion.enfermeria@clinicanervion.example.es"),
         subject="Re: Candidatura Coordinadora de Planta", date="2026-07-17 09:48 +0200",
         in_reply_to="<cn.cand@mail.example.org>", charset="windows-1252", text="""Buenos días Amara:

Gracias por tu interés. En esta ocasión hemos optado por una candidata con experiencia previa en
nuestro centro, por lo que no continuaremos con tu candidatura.

Un saludo cordial,
Rocío Vargas
Directora de Enfermería · Clínica Nervión · Sevilla
""")
    mail("interview_invitation", "brussels_mutualite_entretien", lang="fr", company="Mutualité Solidaris Bruxelles",
         contact="recrutement@msb.example.be",
         frm=("Recrutement MSB", "recrutement@msb.example.be"),
         subject="Invitation à un entretien de sélection – Coordinatrice soins à domicile",
         date="2026-07-16 11:20 +0200", html="""<p>Madame Okafor,</p>
<p>Nous avons le plaisir de vous inviter à un entretien de sélection pour la fonction de <b>Coordinatrice soins à domicile</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Date</td><td>lundi 27 juillet 2026</td></tr>
<tr><td>Heure</td><td>9h30</td></tr><tr><td>Lieu</td><td>Rue du Midi 111, 1000 Bruxelles – 3e étage</td></tr></table>
<p>L'entretien comprend une épreuve écrite de 30 minutes (mise en situation) suivie d'un échange avec le jury.</p>
<p>Merci de confirmer votre présence par retour de mail.</p>
<p>Cordialement,<br>Service Recrutement<br>Mutualité Solidaris Bruxelles</p>""")
    mail("application_received", "cologne_hospital_ack_casual", lang="de", company="Klinikum Deutz",
         frm=("Klinikum Deutz Karriere", "bewerbung-noreply@klinikum-deutz.example.de"),
         subject="Danke für deine Bewerbung!", date="2026-07-18 21:04 +0200", text="""Hallo Amara,

schön, dass du dich für die Stelle als Leitung Patientenmanagement (m/w/d) interessierst! Deine
Bewerbung ist bei uns angekommen. Wir melden uns in den nächsten 14 Tagen bei dir.

Leider können wir aufgrund der vielen Bewerbungen kein individuelles Feedback zu einzelnen
Unterlagen geben – wir bitten um Verständnis.

Dein Recruiting-Team vom Klinikum Deutz
""")
    mail("other", "ordre_infirmiers_cotisation", lang="fr",
         frm=("Ordre National des Infirmiers", "ne-pas-repondre@ordre-infirmiers.example.fr"),
         subject="Rappel : votre cotisation 2026", date="2026-07-20 08:00 +0200", text="""Madame,

Nous vous rappelons que votre cotisation ordinale 2026 reste à régler. Votre inscription au
tableau est nécessaire pour exercer en France.

Payer en ligne : https://www.ordre-infirmiers.example.fr/cotisation

L'Ordre National des Infirmiers
""")
    mail("other", "spanish_newsletter_entrevistas", lang="es",
         frm=("Enfermería Hoy", "boletin@enfermeriahoy.example.es"),
         subject="Boletín semanal: cómo superar una entrevista por competencias",
         date="2026-07-19 07:00 +0200",
         headers=_bulk("<boletin.enfermeriahoy.example.es>", "https://enfermeriahoy.example.es/baja"),
         text="""ENFERMERÍA HOY · Boletín nº 318

- Cómo superar una entrevista por competencias en la sanidad privada
- "Lamentamos comunicarle que no ha sido seleccionada": qué hacer después de un rechazo
- Nuevas plazas de supervisión en Andalucía

Darse de baja: https://enfermeriahoy.example.es/baja
""")


def main() -> None:
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    for section in (rejections, invitations, reschedules, missed, acknowledgements, offers,
                    others_job_adjacent, others_life, own_mail, late_arrivals):
        section()
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"])
        writer.writeheader()
        writer.writerows(ROWS)


if __name__ == "__main__":
    main()
