"""Writes the thirteenth labelled corpus: one finance candidate's inbox, Aug-Nov 2026.

Chloé Martin (FP&A analyst / controller) applies in Lyon, Paris, Geneva, Frankfurt, Madrid,
Barcelona, London and Montréal. Every message below was written by hand, one by one; this
script only wraps the text in MIME (charsets, transfer encodings, HTML, calendar parts,
attachments) and writes `<kind>/<nnn>_<scenario>.eml` plus `labels.csv`.

Run from anywhere: `python tests/corpus_thirteenth/make_thirteenth.py`. Standard library only;
it imports nothing from the project, and nothing imports it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Chloé Martin <chloe.martin@example.net>"


@dataclass
class Msg:
    """One hand-written message and its labels."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    date: str  # "2026-09-03 10:14 +0200"
    text: str
    to: str = ME
    fmt: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str = "8bit"  # 7bit | 8bit | qp | b64
    reply_to: str = ""
    cc: str = ""
    skin: str = "corp"  # corp | ats | news
    ics: dict[str, str] = field(default_factory=dict)
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    reply: bool = False


MESSAGES: list[Msg] = []


def m(*args: str, **kwargs: object) -> None:
    """Registers one message (positional: kind, slug, lang, company, contact, from, subject, date, text)."""
    MESSAGES.append(Msg(*args, **kwargs))  # type: ignore[arg-type]


def _addr_header(value: str, charset: str) -> str:
    parts = []
    for chunk in value.split(";"):
        name, addr = parseaddr(chunk.strip())
        parts.append(formataddr((name, addr), charset="utf-8" if charset == "utf-8" else charset))
    return ", ".join(parts)


_LATIN1_FALLBACK = str.maketrans({"–": "-", "—": "-", "…": "...", "’": "'", "“": '"', "”": '"', "€": "EUR", "•": "-"})


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    if charset == "iso-8859-1":
        # What a Latin-1 mailer does with typographic characters it cannot encode.
        text = text.translate(_LATIN1_FALLBACK)
    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "b64":
        # Base64 carries the canonical CRLF form; the other encodings get CRLF from the generator.
        part.set_payload(base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit text must be ASCII")
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
    del part["MIME-Version"]
    return part


_SKINS = {
    "corp": (
        '<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">',
        '</td></tr></table></body></html>',
    ),
    "ats": (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head>'
        '<body style="background:#f4f5f7;margin:0"><table role="presentation" width="600" align="center" '
        'style="background:#ffffff;border:1px solid #e1e4e8"><tr><td style="padding:24px 32px;'
        'font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333">',
        '<p style="font-size:11px;color:#8a8f98;margin-top:28px">Powered by the hiring platform · '
        '<a href="https://track.example.com/c/9f2e1b?u=privacy" style="color:#8a8f98">Privacy</a></p>'
        '<img src="https://track.example.com/o/9f2e1b.gif" width="1" height="1" alt="">'
        '</td></tr></table></body></html>',
    ),
    "news": (
        '<html><body style="margin:0;background:#eeeeee"><center><table width="640" '
        'style="background:#fff;font-family:Georgia,serif;font-size:16px;color:#111">'
        '<tr><td style="padding:28px">',
        '<hr><p style="font-size:12px;color:#777">You are receiving this because you subscribed. '
        '<a href="https://links.example.org/u?e=chloe.martin%40example.net">Unsubscribe</a> · '
        '<a href="https://links.example.org/prefs">Preferences</a></p>'
        '</td></tr></table></center></body></html>',
    ),
}


def _html_paragraph(paragraph: str) -> str:
    """Long wrapped lines flow together (as an HTML editor writes them); short ones and list
    items keep their own line."""
    lines = paragraph.split("\n")
    out = ""
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        out += html.escape(line, quote=False)
        if after:
            flows = len(line) > 60 and not after.lstrip().startswith(("-", "·", "•", ">", "–"))
            out += " " if flows else "<br>\n"
    return out


def _to_html(text: str, skin: str, charset: str) -> str:
    head, tail = _SKINS[skin]
    head = head.replace('charset="utf-8"', f'charset="{charset}"')
    body = "".join("<p>" + _html_paragraph(p) + "</p>\n" for p in text.strip().split("\n\n"))
    return head + body + tail


def _ics(spec: dict[str, str]) -> str:
    method = spec.get("method", "REQUEST")
    status = spec.get("status", "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        "METHOD:" + method,
        "BEGIN:VEVENT",
        "UID:" + spec["uid"],
        "SEQUENCE:" + spec.get("sequence", "0"),
        "DTSTAMP:" + spec.get("stamp", "20260901T080000Z"),
        "DTSTART:" + spec["start"],
        "DTEND:" + spec["end"],
        "SUMMARY:" + spec["summary"],
        "LOCATION:" + spec.get("location", "Microsoft Teams"),
        "ORGANIZER;CN=" + spec.get("org_name", "Recruiting") + ":mailto:" + spec["organizer"],
        "ATTENDEE;CN=Chloé Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        "mailto:chloe.martin@example.net",
        "STATUS:" + status,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued after CRLF + space."""
    out, chunk = [], ""
    for char in line:
        if len((chunk + char).encode()) > (75 if not out else 74):
            out.append(chunk)
            chunk = ""
        chunk += char
    out.append(chunk)
    return "\r\n ".join(out) + "\r\n"


def _pdf(name: str) -> MIMEBase:
    part = MIMEBase("application", "pdf", name=name)
    body = b"%PDF-1.4\n% " + name.encode() + b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    part.set_payload(base64.encodebytes(body).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def build(msg: Msg, index: int) -> bytes:
    """The message as RFC 5322 bytes with CRLF line ends."""
    text = textwrap.dedent(msg.text).strip("\n") + "\n"
    digest = hashlib.sha1(f"{index}{msg.slug}".encode()).hexdigest()[:16]
    if msg.fmt == "plain":
        body = _text_part(text, "plain", msg.charset, msg.cte)
    else:
        markup = _to_html(text, msg.skin, msg.charset)
        html_part = _text_part(markup, "html", msg.charset, msg.cte if msg.cte != "7bit" else "qp")
        if msg.fmt == "html":
            body = html_part
        else:
            body = MIMEMultipart("alternative", boundary=f"=_alt_{digest}")
            body.attach(_text_part(text, "plain", msg.charset, msg.cte))
            body.attach(html_part)
    if msg.ics:
        cal = _text_part(_ics(msg.ics), "calendar", "utf-8", "8bit")
        cal.set_param("method", msg.ics.get("method", "REQUEST"))
        wrap = MIMEMultipart("mixed", boundary=f"=_cal_{digest}")
        wrap.attach(body)
        wrap.attach(cal)
        body = wrap
    if msg.attach:
        wrap = MIMEMultipart("mixed", boundary=f"=_att_{digest}")
        wrap.attach(body)
        wrap.attach(_pdf(msg.attach))
        body = wrap
    sender = parseaddr(msg.frm)[1]
    domain = sender.split("@")[1]
    when = datetime.strptime(msg.date, "%Y-%m-%d %H:%M %z")
    headers = [
        ("Return-Path", f"<{sender}>"),
        ("Message-ID", f"<{digest}.{index:03d}@{domain}>"),
        ("Date", format_datetime(when)),
        ("From", _addr_header(msg.frm, msg.charset)),
        ("To", _addr_header(msg.to, msg.charset)),
    ]
    if msg.cc:
        headers.append(("Cc", _addr_header(msg.cc, msg.charset)))
    if msg.reply_to:
        headers.append(("Reply-To", _addr_header(msg.reply_to, msg.charset)))
    subject = msg.subject
    if msg.charset == "iso-8859-1":
        subject = subject.translate(_LATIN1_FALLBACK)
    if not subject.isascii():
        subject = Header(
            subject, msg.charset if msg.charset != "windows-1252" else "utf-8", header_name="Subject"
        ).encode()
    headers.append(("Subject", subject))
    if msg.reply:
        parent = f"<{hashlib.sha1(msg.slug.encode()).hexdigest()[:12]}@mail.example.net>"
        headers += [("In-Reply-To", parent), ("References", parent)]
    headers += list(msg.headers.items())
    headers.append(("MIME-Version", "1.0"))
    for sub in body.walk():
        del sub["MIME-Version"]
    for name, value in headers:
        body[name] = value
    # Our header order: move the MIME headers the part already had to the end.
    mime = [(k, v) for k, v in body.items() if k.lower().startswith("content-")]
    for k, _ in mime:
        del body[k]
    for k, v in mime:
        body[k] = v
    return body.as_bytes(policy=body.policy.clone(linesep="\r\n"))


def main() -> None:
    """Writes every message and labels.csv, after checking the labels look sane."""
    rows = []
    counters: dict[str, int] = {}
    for index, msg in enumerate(MESSAGES, start=1):
        counters[msg.kind] = counters.get(msg.kind, 0) + 1
        rel = f"{msg.kind}/{index:03d}_{msg.slug}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(msg, index))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), "messages", dict(sorted(counters.items())))


# ---------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------

m("rejection", "workday_fr_template", "fr", "Banque Rhône-Alpes Privée", "",
  "Banque Rhône-Alpes Privée <brap@myworkday.com>",
  "Votre candidature – Contrôleur de gestion H/F (R-004512)", "2026-09-02 07:41 +0000",
  """
  Bonjour Chloé,

  Nous vous remercions de l'intérêt que vous portez à Banque Rhône-Alpes Privée et du temps
  consacré à votre candidature au poste de Contrôleur de gestion H/F (R-004512).

  Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
  sommes pas en mesure de donner une suite favorable à votre candidature.

  Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité
  correspondant à votre profil se présentait.

  Nous vous souhaitons pleine réussite dans vos recherches.

  L'équipe Recrutement
  Banque Rhône-Alpes Privée

  Ce message a été envoyé automatiquement, merci de ne pas y répondre.
  """, fmt="alt", skin="ats", cte="qp",
  headers={"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"})

m("rejection", "soft_aligns_reply_to", "en", "Hallbrook Insurance", "priya.natarajan@hallbrook.example.com",
  "Hallbrook Careers <careers-noreply@hallbrook.example.com>",
  "Your application for FP&A Analyst, London", "2026-09-04 16:02 +0100",
  """
  Dear Chloé,

  Thank you for taking the time to apply for the FP&A Analyst role at Hallbrook Insurance and for
  your patience while we reviewed applications.

  We received a very strong response to this vacancy. After careful consideration, we've decided
  to pursue other candidates whose background more closely aligns with the requirements of the
  role at this time.

  We know this isn't the news you were hoping for. We would encourage you to keep an eye on our
  careers site, as new roles open in Finance regularly.

  Kind regards,

  Priya Natarajan
  Talent Acquisition Partner – Finance & Actuarial
  Hallbrook Insurance
  20 Fenwick Street, London EC3M 4BE

  Hallbrook Insurance Ltd is authorised by the Prudential Regulation Authority and regulated by
  the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England
  and Wales No. 04418822. This e-mail and any attachments are confidential and intended solely
  for the addressee. If you have received it in error please notify the sender and delete it.
  """, reply_to="Priya Natarajan <priya.natarajan@hallbrook.example.com>", fmt="alt")

m("rejection", "mobile_oneliner", "en", "Vantis Logistics", "tom.okafor@vantislogistics.example.com",
  "Tom Okafor <tom.okafor@vantislogistics.example.com>",
  "Re: Finance Business Partner", "2026-10-21 19:48 +0100",
  """
  Hi Chloe, thanks for your time last week but we won't be moving forward. All the best with the search.

  Tom

  Sent from my iPhone

  > On 14 Oct 2026, at 09:12, Chloé Martin <chloe.martin@example.net> wrote:
  >
  > Dear Tom,
  > Thank you again for meeting me on Tuesday. I enjoyed hearing about the network
  > redesign and how finance supports the depot managers.
  > Best regards,
  > Chloé
  """, reply=True, cte="8bit")

m("rejection", "absage_sie_latin1", "de", "Kessler & Vogt Treuhand", "j.brandner@kessler-vogt.example.de",
  "Julia Brandner <j.brandner@kessler-vogt.example.de>",
  "Ihre Bewerbung als Controller (m/w/d)", "2026-09-09 11:20 +0200",
  """
  Sehr geehrte Frau Martin,

  vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Kanzlei.

  Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen jedoch mitteilen,
  dass wir Ihre Bewerbung für die Position Controller (m/w/d) in Frankfurt am Main nicht
  weiter berücksichtigen können. Bitte sehen Sie diese Absage nicht als Bewertung Ihrer
  Qualifikation.

  Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
  löschen.

  Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

  Mit freundlichen Grüßen

  i. A. Julia Brandner
  Personalabteilung

  Kessler & Vogt Treuhand GmbH Wirtschaftsprüfungsgesellschaft
  Bockenheimer Landstraße 51, 60325 Frankfurt am Main
  Tel. +49 69 2573 110
  Geschäftsführer: Dr. Matthias Kessler, Anne Vogt · HRB 88412 Amtsgericht Frankfurt am Main
  """, charset="iso-8859-1", cte="qp")

m("rejection", "successfactors_es_html", "es", "Almacenes Levante", "",
  "Almacenes Levante <noreply@successfactors.eu>",
  "Actualización sobre tu candidatura - Analista de Control de Gestión", "2026-09-11 09:03 +0200",
  """
  Hola Chloé:

  Te agradecemos el interés mostrado en formar parte de Almacenes Levante y el tiempo que has
  dedicado a tu candidatura para la posición de Analista de Control de Gestión (Req. 31877).

  Tras analizar detenidamente todos los perfiles recibidos, lamentamos comunicarte que en esta
  ocasión hemos decidido continuar el proceso con otras personas candidatas cuyo perfil se ajusta
  más a las necesidades actuales del puesto.

  Tus datos permanecerán en nuestra base de datos para futuros procesos de selección, salvo que
  nos indiques lo contrario.

  Un saludo cordial,
  Equipo de Talento
  Almacenes Levante, S.A.

  Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.
  """, fmt="html", skin="ats", cte="b64",
  headers={"X-SF-Template": "CAND_REJECT_ES_01"})

m("rejection", "british_shant_progress", "en", "Northgate Advisory", "graduate.recruitment@northgate-advisory.example.co.uk",
  "Northgate Advisory Recruitment <graduate.recruitment@northgate-advisory.example.co.uk>",
  "Northgate Advisory – Assistant Manager, Financial Planning & Analysis", "2026-09-15 14:37 +0100",
  """
  Dear Chloe

  Re: Assistant Manager, Financial Planning & Analysis – Transaction Services, London

  Thank you for your recent application and for completing the online assessments.

  We regret to inform you that on this occasion we shan't be progressing your application to the
  next stage of our process. Competition for places this year has been exceptionally strong and
  we have had to make some difficult decisions.

  We are unable to provide individual feedback on assessment results, however we do hope you
  will consider Northgate Advisory again in the future.

  Yours sincerely

  Resourcing Team
  Northgate Advisory LLP

  Northgate Advisory LLP is a limited liability partnership registered in England and Wales
  with registered number OC309912. A list of members is available at our registered office.
  """)

m("rejection", "agency_relayed_client", "en", "Meridian Freight", "sophie.lane@harperfinch.example.co.uk",
  "Sophie Lane <sophie.lane@harperfinch.example.co.uk>",
  "Meridian feedback", "2026-09-17 12:05 +0100",
  """
  Hi Chloé,

  Hope you're well! Just had feedback back from Meridian Freight on the Management Accountant
  role. Unfortunately they've decided not to take you forward to second stage - they went with
  someone who has more hands-on experience of SAP S/4 month-end in a shared service centre,
  which was the key thing for them.

  Honestly they were really positive about your communication and the budgeting work you
  did at your last place, so please don't be disheartened!! I've got a couple of other roles
  I think could be a great fit so I'll give you a ring tomorrow if that works?

  Speak soon,
  Sophie

  Sophie Lane | Senior Consultant, Accountancy & Finance
  Harper Finch Recruitment
  M: +44 7700 900 482 | T: +44 20 7946 0381
  [Harper Finch logo]
  """, fmt="alt", cte="qp")

m("rejection", "role_on_hold", "en", "Lumen Retail Group", "d.ashworth@lumenretail.example.com",
  "Dan Ashworth <d.ashworth@lumenretail.example.com>",
  "Update", "2026-09-22 17:50 +0100",
  """
  Hi Chloé,

  I wanted to let you know personally, rather than via the system. Following the trading update
  last week the business has put the Commercial Finance Manager role on hold, and we won't be
  proceeding with the recruitment for the foreseeable future. I'm really sorry, as you'd have
  been in the final two.

  If things change in the new year I will reach out, but I don't want you waiting on us.

  Thanks again for all the time you gave us.

  Dan

  Dan Ashworth
  Head of FP&A, Lumen Retail Group
  """)

m("rejection", "after_take_home_feedback", "en", "Oakridge Capital Partners", "hannah.feld@oakridgecp.example.com",
  "Hannah Feld <hannah.feld@oakridgecp.example.com>",
  "Case study – feedback", "2026-09-25 10:18 +0200",
  """
  Dear Chloé,

  Thank you for submitting the three-statement model and the portfolio budget memo; the team
  appreciated the effort that went into it, especially over a weekend.

  The reviewers liked the clarity of your assumptions page. Where it fell short for us was the
  working-capital logic (the cash conversion cycle didn't tie back to the balance sheet in years
  2 and 3) and the memo was longer than the two pages we asked for.

  Given the number of strong submissions, we have decided not to take your application further
  for the Portfolio Controller position. I hope the detail above is useful.

  With best wishes,

  Hannah Feld
  Director, Finance & Operations
  Oakridge Capital Partners · Geneva
  """, fmt="alt", cte="b64")

m("rejection", "after_final_fr_reply_chain", "fr", "Groupe Verdane", "ines.roussel@verdane.example.fr",
  "Inès Roussel <ines.roussel@verdane.example.fr>",
  "RE: Entretien final - Contrôleuse de gestion retail", "2026-10-02 18:22 +0200",
  """
  Bonsoir Chloé,

  Je reviens vers vous suite à votre entretien avec Marc Delorme et moi-même mardi dernier.

  Nous avons beaucoup apprécié nos échanges et la qualité de votre préparation. Néanmoins, après
  réflexion, nous avons fait le choix d'une candidate dont l'expérience en magasin et en pilotage
  de la marge correspond davantage à nos enjeux à court terme. C'est une décision qui s'est jouée
  à peu de choses.

  Je vous remercie sincèrement pour votre disponibilité tout au long du processus et vous souhaite
  le meilleur pour la suite.

  Bien cordialement,

  Inès Roussel
  Responsable Recrutement – Fonctions support
  Groupe Verdane | 12 quai Perrache, 69002 Lyon
  Tél. : +33 4 72 10 55 20

  -----Message d'origine-----
  De : Chloé Martin <chloe.martin@example.net>
  Envoyé : mardi 29 septembre 2026 19:03
  À : Inès Roussel <ines.roussel@verdane.example.fr>
  Objet : RE: Entretien final - Contrôleuse de gestion retail

  Bonjour Madame Roussel,
  Merci encore pour l'entretien de cet après-midi, j'ai été ravie d'échanger avec vous et M. Delorme.
  Bien à vous,
  Chloé Martin
  """, reply=True, charset="windows-1252", cte="qp")

m("rejection", "quebec_poste_comble", "fr", "Coopérative financière Laurentienne", "recrutement@laurentienne.example.ca",
  "Recrutement Laurentienne <recrutement@laurentienne.example.ca>",
  "Suivi de votre candidature – Analyste principale, planification financière", "2026-10-05 13:44 -0400",
  """
  Bonjour Madame Martin,

  Nous tenons à vous remercier pour l'intérêt que vous avez manifesté envers la Coopérative
  financière Laurentienne et pour votre candidature au poste d'analyste principale,
  planification financière (concours 2026-188).

  Nous désirons vous informer que le poste a été comblé. Votre candidature n'a donc pas été
  retenue pour cette fois-ci, mais votre curriculum vitae sera conservé dans notre banque de
  candidatures pour une période de six mois.

  Veuillez agréer, Madame Martin, nos salutations distinguées.

  Marie-Ève Gagnon, CRHA
  Conseillère en acquisition de talents
  Coopérative financière Laurentienne
  1200, avenue McGill College, Montréal (Québec)
  514 555-0144, poste 3320
  """, fmt="alt")

m("rejection", "dutch_english", "en", "Van der Berg Shipping", "l.dekker@vdberg-shipping.example.nl",
  "Lotte Dekker <l.dekker@vdberg-shipping.example.nl>",
  "Your application Financial Controller", "2026-10-07 15:31 +0200",
  """
  Dear Chloé,

  Thank you for your application and the nice conversation we had by phone last Thursday.

  We have spoken with several candidates for the position of Financial Controller in our
  Rotterdam office. After careful consideration we have chosen for another candidate, who has
  more experience with Dutch GAAP and the Exact system. Unfortunately this means we will not
  continue the procedure with you.

  We wish you a lot of success in finding a nice new job.

  With kind regards,

  Lotte Dekker
  HR Advisor
  Van der Berg Shipping B.V.
  Waalhaven Zuidzijde 19, 3089 JH Rotterdam
  T +31 10 555 0190
  """)

m("rejection", "italian_english", "en", "Cantieri Moretti", "f.galli@cantierimoretti.example.it",
  "Federica Galli <f.galli@cantierimoretti.example.it>",
  "Selection process Group Controller", "2026-10-09 09:27 +0200",
  """
  Dear Mrs. Martin,

  first of all we thank you for the interest demonstrated in our company and for the time you
  dedicated to the interviews with us.

  We are sorry to communicate you that the selection process for the position of Group
  Controller is concluded and your candidature has not been selected for the next phase.

  We will keep your CV in our database and we will contact you in case of future opportunities
  coherent with your profile.

  Best regards

  Federica Galli
  HR Specialist
  Cantieri Moretti S.p.A.
  Via dei Cantieri 8, 19126 La Spezia (SP)

  Le informazioni contenute in questo messaggio sono riservate. This message is confidential.
  """, charset="windows-1252", cte="8bit")

m("rejection", "indian_english_regret", "en", "Kaveri Global Services", "anjali.menon@kaveriglobal.example.com",
  "Anjali Menon <anjali.menon@kaveriglobal.example.com>",
  "Application Status - Assistant Manager FP&A (Europe Delivery Centre)", "2026-10-12 06:55 +0000",
  """
  Dear Chloe,

  Greetings from Kaveri Global Services!

  This is with reference to your application and subsequent discussion with our panel for the
  position of Assistant Manager - FP&A for our Europe Delivery Centre.

  We regret to inform you that your profile has not been shortlisted for the further rounds. Kindly
  note this decision is based on the current requirement of the client team and is no reflection
  of your abilities.

  We shall retain your profile in our database. Do revert in case of any queries.

  Thanks & Regards,
  Anjali Menon
  Talent Acquisition | Kaveri Global Services
  +91 80 4719 2200 | Bengaluru

  DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for
  the use of the individual or entity to whom they are addressed. Please consider the environment
  before printing this email.
  """, fmt="alt", cte="qp")

m("rejection", "australian_recruiter", "en", "Southbank Health Partners", "jess.mcallister@southbankhealth.example.com",
  "Jess McAllister <jess.mcallister@southbankhealth.example.com>",
  "FP&A Manager - quick update", "2026-10-14 08:10 +0100",
  """
  Hi Chloé,

  Thanks heaps for chatting with the team on Monday. Unfortunately we've decided not to progress
  with your application - the panel felt they needed someone with NHS/healthcare costing
  experience from day one.

  Really appreciate you giving it a crack and good luck with everything.

  Cheers,
  Jess

  Jess McAllister | People & Culture Lead
  Southbank Health Partners
  """)

m("rejection", "taleo_geneva_fr", "fr", "Genevra Assurances", "",
  "Genevra Assurances <system@taleo.net>",
  "Genevra Assurances - Réquisition 2600417 - Spécialiste contrôle financier", "2026-10-16 10:00 +0200",
  """
  Madame,

  Réf. : Réquisition 2600417 - Spécialiste contrôle financier (80-100%) - Genève

  Nous accusons bonne réception de votre dossier et vous remercions de l'intérêt porté à
  Genevra Assurances.

  Après examen attentif de votre candidature, nous regrettons de vous informer qu'elle n'a pas été
  retenue. Le nombre important de dossiers reçus ne nous permet pas de vous communiquer les
  motifs de notre décision.

  Nous vous souhaitons plein succès dans vos démarches.

  Genevra Assurances SA
  Ressources Humaines
  Rue du Rhône 44 - 1204 Genève

  *** Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée. ***
  """, fmt="html", skin="ats", charset="iso-8859-1", cte="qp",
  headers={"X-Mailer": "Taleo Enterprise Edition"})

m("rejection", "barcelona_casual_es", "es", "Pagalia", "marc@pagalia.example.es",
  "Marc Puig <marc@pagalia.example.es>",
  "Re: Finance Lead Pagalia", "2026-10-19 20:14 +0200",
  """
  Hola Chloé!

  Perdona el retraso en contestarte, han sido unas semanas de locos con el cierre de la ronda.
  Al final hemos decidido no seguir adelante contigo para el puesto de Finance Lead: buscamos a
  alguien con más experiencia en startups y métricas SaaS (ARR, cohortes, etc.).

  Me gustó mucho la charla, de verdad. Si en unos meses abrimos algo más de control de gestión
  te escribo.

  Un abrazo,
  Marc
  CFO @ Pagalia

  El vie, 9 oct 2026 a las 11:40, Chloé Martin (<chloe.martin@example.net>) escribió:
  > Hola Marc,
  > Muchas gracias por la entrevista de ayer. Te adjunto el ejemplo de reporting del que hablamos.
  > Saludos,
  > Chloé
  """, reply=True, cte="qp")

m("rejection", "position_filled_es_1252", "es", "Transportes Ibéricos Norte", "seleccion@tinorte.example.es",
  "Departamento de Selección <seleccion@tinorte.example.es>",
  "Proceso de selección: Controller financiero", "2026-10-20 12:30 +0200",
  """
  Estimada Sra. Martin:

  Le agradecemos sinceramente su participación en el proceso de selección para el puesto de
  Controller financiero en nuestra sede de Madrid.

  Le informamos de que la vacante ya ha sido cubierta, por lo que su candidatura no continuará en
  el proceso. Guardaremos su currículum, con su consentimiento, para futuras vacantes.

  Atentamente,

  Departamento de Selección
  Transportes Ibéricos Norte, S.L.
  Avda. de Manoteras 22, 28050 Madrid

  AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario,
  pudiendo contener información confidencial sometida a secreto profesional.
  """, charset="windows-1252", cte="8bit")

m("rejection", "startup_du_absage", "de", "Finlytic", "lena@finlytic.example.de",
  "Lena aus dem Finlytic Team <lena@finlytic.example.de>",
  "Deine Bewerbung bei Finlytic", "2026-10-23 16:45 +0200",
  """
  Hi Chloé,

  danke dir, dass du dir die Zeit für das Gespräch mit Jonas und mir genommen hast – hat echt Spaß
  gemacht!

  Wir haben uns jetzt leider für eine andere Person entschieden, die schon länger im
  Zahlungsverkehr unterwegs ist. Das ist uns echt nicht leicht gefallen.

  Wenn du magst, geb ich dir gern noch 10 Minuten Feedback am Telefon, schreib mir einfach.

  Alles Gute und viele Grüße
  Lena

  Lena Hoffmann · People Lead
  Finlytic GmbH · Hanauer Landstraße 126 · 60314 Frankfurt
  """, fmt="alt")

m("rejection", "gmail_chain_hotels", "en", "Brightwater Hotels", "olivia.grant@brightwaterhotels.example.com",
  "Olivia Grant <olivia.grant@brightwaterhotels.example.com>",
  "Re: Hotel Finance Analyst - interview", "2026-10-26 11:02 +0000",
  """
  Hi Chloé,

  Thank you for coming in to meet Raj and me. We've now completed all our interviews and I'm
  afraid we've offered the role to another candidate who has hotel revenue-management experience.
  It was a close call.

  We'll hold onto your details for future openings in the regional finance team.

  Best,
  Olivia

  Olivia Grant
  Regional Finance Director, UK & Ireland
  Brightwater Hotels

  On Mon, 19 Oct 2026 at 09:15, Olivia Grant <olivia.grant@brightwaterhotels.example.com> wrote:

  > Hi Chloé,
  >
  > Great to speak with you. We would love to invite you to interview for the Hotel Finance
  > Analyst role on Thursday 22 October at 2pm at our Kensington office. Please bring ID.
  >
  > Best,
  > Olivia
  >
  > On Fri, 16 Oct 2026 at 17:40, Chloé Martin <chloe.martin@example.net> wrote:
  >
  >> Dear Olivia, thank you for the call today...
  """, reply=True, fmt="alt", cte="qp")

m("rejection", "terse_signature_only", "en", "Calder Engineering", "mark.whitfield@calder-eng.example.com",
  "Mark Whitfield <mark.whitfield@calder-eng.example.com>",
  "Update", "2026-10-28 13:06 +0000",
  """
  Chloe - we've gone with an internal candidate for the controller position. Thanks for your patience and sorry it took so long to tell you.

  Mark

  --
  Mark Whitfield | Finance Director
  Calder Engineering
  """, cte="7bit")

m("rejection", "university_post_cancelled", "en", "St Aldric University", "finance-recruitment@staldric.example.ac.uk",
  "Finance Recruitment <finance-recruitment@staldric.example.ac.uk>",
  "Vacancy ref FIN-0931 Management Accountant", "2026-10-29 09:45 +0000",
  """
  Dear Ms Martin

  Vacancy reference FIN-0931 – Management Accountant (Research Finance)

  I am writing to let you know that, following a review of the University's financial plan, the
  above post has been withdrawn and will not be filled. The recruitment process has therefore been
  closed and we will not be taking any applications further.

  We apologise for any disappointment this may cause and thank you for your interest in working
  at St Aldric.

  Yours sincerely

  Rachel Ibbotson
  HR Officer (Recruitment)
  St Aldric University
  """, fmt="alt", charset="windows-1252", cte="qp")

m("rejection", "public_body_fr", "fr", "Métropole du Val de Saône", "",
  "Direction des Ressources Humaines <ne-pas-repondre@valdesaone-metropole.example.fr>",
  "Votre candidature au poste de chargée de contrôle de gestion", "2026-10-30 14:12 +0100",
  """
  Madame,

  Vous avez bien voulu faire acte de candidature au poste de chargé(e) de contrôle de gestion
  (catégorie A – cadre d'emplois des attachés territoriaux) au sein de la Direction des finances.

  J'ai le regret de vous informer que votre candidature n'a pas été retenue par le jury.

  Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

  Pour le Président et par délégation,
  La Directrice des Ressources Humaines

  Métropole du Val de Saône
  """, charset="iso-8859-1", cte="8bit")

m("rejection", "jobvite_media", "en", "Quillon Media", "",
  "Quillon Media Talent Team <notifications@jobvite.com>",
  "Thank you from Quillon Media", "2026-11-02 18:00 +0000",
  """
  Hi Chloé,

  Thanks for your interest in the Senior Financial Analyst position at Quillon Media. We really
  appreciate you taking the time to speak with our team.

  After a lot of thought, we've decided to move forward with other candidates for this role. We
  know that's disappointing to hear, and we're grateful for the energy you brought to the
  process.

  We'd love to stay in touch - follow us on LinkedIn to hear about new opportunities.

  The Quillon Media Talent Team
  """, fmt="alt", skin="ats", cte="qp")

m("rejection", "recruitee_fr_startup", "fr", "Atelier Norrland", "camille@ateliernorrland.example.fr",
  "Camille de Atelier Norrland <camille@ateliernorrland.example.fr>",
  "Ta candidature chez Atelier Norrland", "2026-11-03 10:26 +0100",
  """
  Hello Chloé,

  Merci pour ta candidature au poste de Contrôleur·se de gestion et pour le temps passé sur le
  cas pratique.

  Malheureusement, nous ne donnerons pas suite cette fois-ci : nous avons choisi un profil avec
  plus d'expérience sur la gestion des stocks multi-entrepôts.

  On te souhaite plein de belles choses pour la suite ✨

  Camille
  Talent & Culture – Atelier Norrland
  """, fmt="html", skin="ats", headers={"X-Mailer": "Recruitee"})

m("rejection", "wttj_style_fr", "fr", "Mobilis Fret", "",
  "Mobilis Fret via Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
  "Mobilis Fret a répondu à votre candidature", "2026-11-04 08:31 +0100",
  """
  Bonjour Chloé,

  L'équipe de Mobilis Fret a étudié votre candidature pour le poste « Contrôleur de gestion
  transport – CDI – Lyon ».

  Message de l'entreprise :
  « Bonjour Chloé, merci pour votre intérêt. Votre profil est intéressant mais nous avons retenu
  des candidatures plus proches de nos besoins pour ce poste. Bonne continuation ! »

  Statut de la candidature : Non retenue

  Découvrez d'autres offres qui pourraient vous plaire sur votre espace candidat.
  """, fmt="alt", skin="ats", cte="qp")

m("rejection", "cornerstone_es_formal", "es", "Banco Serrano", "",
  "Banco Serrano - Selección <rrhh-seleccion-noreply@bancoserrano.example.es>",
  "Proceso 2026-0457 Analista FP&A", "2026-11-06 09:15 +0100",
  """
  Estimada candidata:

  En relación con el proceso de selección 2026-0457 (Analista FP&A, Dirección Financiera, Madrid),
  le comunicamos que, una vez finalizada la fase de entrevistas, su candidatura no ha resultado
  seleccionada.

  Agradecemos el interés mostrado en Banco Serrano y le deseamos éxito en su carrera profesional.

  Dirección de Personas
  Banco Serrano
  """, fmt="html", skin="corp", charset="iso-8859-1", cte="b64",
  headers={"X-Mailer": "Cornerstone OnDemand"})

m("rejection", "british_cv_on_file", "en", "Pemberton Retail", "careers@pembertonretail.example.co.uk",
  "Pemberton Retail Careers <careers@pembertonretail.example.co.uk>",
  "Re: your application", "2026-11-09 15:58 +0000",
  """
  Dear Chloé,

  Many thanks for your interest in the Finance Business Partner (Stores) vacancy and apologies for
  the delay in getting back to you.

  Having reviewed your CV against the brief I'm sorry to say we won't be taking your application
  forward on this occasion. We will, with your permission, keep your CV on file and be in touch
  should something more suitable come up.

  Kind regards,
  Gemma
  Pemberton Retail – Resourcing
  """)

m("rejection", "outlook_after_followup", "en", "Alderney Trust Bank", "r.zimmermann@alderneytrust.example.ch",
  "Zimmermann Rolf <r.zimmermann@alderneytrust.example.ch>",
  "RE: Following up – Financial Controller application", "2026-11-10 17:20 +0100",
  """
  Dear Ms Martin,

  Thank you for your follow-up and apologies for the silence. The hiring committee met on Monday
  and I'm afraid we will not be proceeding with your candidacy; we are moving forward with a
  candidate who already holds Swiss banking regulatory reporting experience (FINMA).

  Kind regards
  Rolf Zimmermann
  Head of Financial Control | Alderney Trust Bank SA
  Quai du Mont-Blanc 7 | 1201 Geneva | +41 22 555 07 40

  From: Chloé Martin <chloe.martin@example.net>
  Sent: Thursday, November 5, 2026 9:02 AM
  To: Zimmermann Rolf <r.zimmermann@alderneytrust.example.ch>
  Subject: Following up – Financial Controller application

  Dear Mr Zimmermann,
  I hope you are well. I wanted to follow up on my interview of 23 October for the Financial
  Controller position and to reiterate my interest.
  Kind regards,
  Chloé Martin

  ________________________________
  This message is confidential and may be privileged. Alderney Trust Bank SA is supervised by FINMA.
  """, reply=True, fmt="alt", cte="qp")

m("rejection", "bilingual_fr_en_geneva", "fr", "Banque Lémanique", "talents@banquelemanique.example.ch",
  "Talents Banque Lémanique <talents@banquelemanique.example.ch>",
  "Votre candidature / Your application – Analyste Contrôle de gestion", "2026-11-12 11:11 +0100",
  """
  Chère Madame Martin,

  Nous vous remercions pour votre candidature. Malgré l'intérêt de votre parcours, nous avons
  décidé de ne pas poursuivre le processus avec vous pour ce poste.

  ---

  Dear Ms Martin,

  Thank you for your application. Despite your interesting background, we have decided not to
  continue the process with you for this position.

  Meilleures salutations / Best regards,
  Service du recrutement – Banque Lémanique
  """, charset="iso-8859-1", cte="qp")

m("rejection", "insurer_de_after_interview", "de", "Rheinmain Versicherung", "karriere@rheinmain-versicherung.example.de",
  "Rheinmain Versicherung Karriere <karriere@rheinmain-versicherung.example.de>",
  "Rückmeldung zu Ihrem Vorstellungsgespräch", "2026-11-13 09:38 +0100",
  """
  Sehr geehrte Frau Martin,

  herzlichen Dank für das angenehme Gespräch am vergangenen Donnerstag und Ihr Interesse an der
  Stelle als Referentin Konzerncontrolling.

  Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
  etwas besser zu den Anforderungen passt. Wir bedauern, Ihnen keine positive Nachricht geben zu
  können.

  Wir wünschen Ihnen für Ihre Zukunft alles Gute.

  Freundliche Grüße
  Tobias Renner
  Recruiting
  Rheinmain Versicherung AG
  """, fmt="alt", cte="b64")
# ---------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------

m("interview_invitation", "calendly_fr_manager", "fr", "Transalp Logistique", "s.morel@transalp-logistique.example.fr",
  "Sébastien Morel <s.morel@transalp-logistique.example.fr>",
  "Candidature contrôleur de gestion", "2026-08-24 08:52 +0200",
  """
  Bonjour Chloé,

  J'ai bien reçu votre CV via l'APEC, votre expérience sur les clôtures mensuelles m'intéresse
  beaucoup. Seriez-vous disponible pour un premier échange de 30 minutes en visio cette
  semaine ou la suivante ?

  Vous pouvez choisir directement un créneau ici :
  https://calendly.com/s-morel-transalp/30min

  Bonne journée,

  Sébastien Morel
  Directeur Administratif et Financier
  Transalp Logistique – Saint-Priest
  06 12 34 56 78
  """)

m("interview_invitation", "goodtime_selfschedule", "en", "Aurelia Bank", "maya.chen@aureliabank.example.com",
  "Aurelia Bank Recruiting <no-reply@goodtime.io>",
  "Action required: schedule your interview with Aurelia Bank", "2026-08-27 14:03 +0100",
  """
  Hi Chloé,

  Congratulations – the hiring team for Senior Analyst, Financial Planning (London) would like to
  meet you!

  Please choose a time for a 45-minute video interview with Daniel Harrow (VP, FP&A) using the
  link below. Times are shown in your local time zone.

  Select a time: https://app.goodtime.io/select/aurelia/7f3c2a

  If none of the times work, just reply to this email and your coordinator Maya will help.

  Aurelia Bank Recruiting Coordination
  """, reply_to="Maya Chen <maya.chen@aureliabank.example.com>", fmt="alt", skin="ats", cte="qp")

m("interview_invitation", "workday_schedule_fr", "fr", "Castellane Assurances", "",
  "Castellane Assurances <castellane@myworkday.com>",
  "Planifiez votre entretien – Analyste FP&A (R-26-1193)", "2026-08-31 10:20 +0200",
  """
  Bonjour Chloé,

  Bonne nouvelle ! Votre candidature au poste d'Analyste FP&A (R-26-1193) a retenu l'attention de
  l'équipe de recrutement.

  Nous vous invitons à planifier un entretien téléphonique de 30 minutes avec notre chargée de
  recrutement. Connectez-vous à votre espace candidat Workday et sélectionnez l'un des créneaux
  proposés dans la rubrique « Mes tâches ».

  Accéder à mes tâches : https://castellane.wd3.myworkday.com/castellane/d/task/2997$6.htmld

  À très bientôt,
  Castellane Assurances – Direction du Recrutement

  Ceci est un message automatique. Merci de ne pas y répondre.
  """, fmt="html", skin="ats", cte="b64")

m("interview_invitation", "agency_excited_phone", "en", "Tessaro Foods", "ryan.brookes@brookeshale.example.co.uk",
  "Ryan Brookes <ryan.brookes@brookeshale.example.co.uk>",
  "GREAT NEWS!!", "2026-09-01 17:31 +0100",
  """
  Hi Chloé!!

  Brilliant news - Tessaro Foods LOVED your CV and want to set up a first stage call with their
  Head of Commercial Finance, Aisha!! It'll be a 30 min Teams chat, fairly informal, more about
  your experience with trade spend and promo analysis.

  She's free Thursday 11am or Friday 2:30pm - which suits?? Let me know asap and I'll lock it in!

  Really think this one could be the one :)

  Ryan

  Ryan Brookes | Principal Consultant - Finance & Accounting
  Brookes & Hale Search
  07700 900 117
  """)

m("interview_invitation", "quick_chat_mobile", "en", "Harbourline Ports", "g.evans@harbourline.example.com",
  "Gareth Evans <g.evans@harbourline.example.com>",
  "Quick question", "2026-09-03 07:14 +0100",
  """
  Morning Chloé, saw your application for the controller role come through. Would you be free for a quick chat today or tmrw? Happy to call whenever suits, just send me a time & number.

  G

  Sent from Outlook for iOS
  """, cte="8bit")

m("interview_invitation", "panel_ics_de", "de", "Mainfeld Logistik", "personal@mainfeld-logistik.example.de",
  "Mainfeld Logistik Personal <personal@mainfeld-logistik.example.de>",
  "Einladung zum Vorstellungsgespräch – Controller (m/w/d) Standort Frankfurt", "2026-09-07 13:15 +0200",
  """
  Sehr geehrte Frau Martin,

  vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu
  dürfen:

  Termin: Donnerstag, 17. September 2026, 10:00 – 11:30 Uhr
  Ort: Mainfeld Logistik, Cargo City Süd, Gebäude 538, 60549 Frankfurt am Main
  Gesprächspartner: Herr Dr. Weiß (Leiter Controlling), Frau Aydin (HR Business Partner)

  Bitte bringen Sie einen gültigen Ausweis mit; die Anmeldung erfolgt am Empfang. Eine
  Kalendereinladung finden Sie im Anhang. Sollte Ihnen der Termin nicht passen, geben Sie uns
  bitte kurz Bescheid.

  Mit freundlichen Grüßen

  Selin Aydin
  HR Business Partner
  Mainfeld Logistik GmbH & Co. KG
  """, fmt="alt", cte="qp",
  ics={"uid": "0401-mainfeld-2026-controller@mainfeld-logistik.example.de", "start": "20260917T080000Z",
       "end": "20260917T093000Z", "summary": "Vorstellungsgespräch Chloé Martin – Controller (m/w/d)",
       "location": "Cargo City Süd, Gebäude 538, Frankfurt", "organizer": "personal@mainfeld-logistik.example.de",
       "org_name": "Selin Aydin"})

m("interview_invitation", "mixed_fr_en_geneva", "fr", "Fromageries Bellerive", "anna.keller@bellerive.example.ch",
  "Anna Keller <anna.keller@bellerive.example.ch>",
  "Next round / prochaine étape", "2026-09-08 16:40 +0200",
  """
  Bonjour Chloé,

  Merci pour l'échange de lundi, le feedback de Jean-Luc est très positif. We'd love to move you to
  the next stage: un entretien avec notre CFO, Stefan Brunner, qui est germanophone mais parle
  anglais — the interview will therefore be in English.

  Would Wednesday 16 September at 14:00 (CET) work for you? Sinon, le vendredi matin est possible.
  It will take place in our Geneva office, Route des Acacias 25.

  Belle fin de journée,
  Anna

  Anna Keller | Talent Acquisition
  Fromageries Bellerive SA | Genève
  """, fmt="alt", charset="iso-8859-1", cte="qp")

m("interview_invitation", "seguros_entrevista_ics", "es", "Seguros Atalaya", "laura.vidal@segurosatalaya.example.es",
  "Laura Vidal <laura.vidal@segurosatalaya.example.es>",
  "Convocatoria entrevista técnica - Analista de Control de Gestión", "2026-09-10 09:58 +0200",
  """
  Buenos días, Chloé:

  Tras revisar tu candidatura, nos gustaría invitarte a una entrevista técnica con el responsable
  del área de Control de Gestión, Álvaro Ruiz.

  Fecha: martes, 22 de septiembre de 2026
  Hora: 12:00 h (hora peninsular)
  Formato: videollamada por Microsoft Teams (te adjunto la convocatoria)
  Duración aproximada: 60 minutos

  Durante la entrevista te plantearemos un pequeño caso práctico sobre desviaciones
  presupuestarias, así que ten Excel a mano.

  Por favor, confírmame la asistencia respondiendo a este correo.

  Un saludo,
  Laura Vidal
  Técnica de Selección | Seguros Atalaya
  Paseo de la Castellana 141, Madrid
  """, fmt="alt", cte="qp",
  ics={"uid": "AAMkAGI2-atalaya-0922@segurosatalaya.example.es", "start": "20260922T100000Z",
       "end": "20260922T110000Z", "summary": "Entrevista técnica – Chloé Martin",
       "organizer": "laura.vidal@segurosatalaya.example.es", "org_name": "Laura Vidal"})

m("interview_invitation", "whatsapp_style_es", "es", "Grupo Mareny", "jordi.serra@mareny.example.es",
  "Jordi Serra <jordi.serra@mareny.example.es>",
  "Hola!", "2026-09-14 21:07 +0200",
  """
  Hola Chloé! Soy Jordi, el director financiero de Mareny. He visto tu CV para controller, te va bien una llamada mañana sobre las 10? 15 min, para conocernos. Si no, dime tú.

  Enviado desde mi iPhone
  """)

m("interview_invitation", "assessment_centre_uk", "en", "Harcourt Lyle", "experiencedhire@harcourtlyle.example.co.uk",
  "Harcourt Lyle Experienced Hire <experiencedhire@harcourtlyle.example.co.uk>",
  "Invitation: Assessment Day – Manager, Financial Planning & Analysis", "2026-09-15 12:00 +0100",
  """
  Dear Chloé,

  Thank you for your application to Harcourt Lyle. We are delighted to invite you to an
  Assessment Day for the Manager, Financial Planning & Analysis role in our London office.

  Date: Tuesday 29 September 2026
  Time: 09:00 – 15:30 (lunch provided)
  Venue: 1 Bishopsgate Square, London EC2N

  The day consists of a case study exercise, a competency-based interview with two partners, and a
  short presentation. Please confirm your attendance by replying to this email by Friday and let
  us know of any adjustments you need.

  Kind regards

  Experienced Hire Recruitment Team
  Harcourt Lyle LLP

  Harcourt Lyle LLP is a limited liability partnership registered in England and Wales. Our privacy
  notice for candidates is available on our website.
  """, fmt="html", skin="corp", cte="qp")

m("interview_invitation", "indian_english_availability", "en", "Sahyadri Analytics", "rohit.kulkarni@sahyadri.example.in",
  "Rohit Kulkarni <rohit.kulkarni@sahyadri.example.in>",
  "Interview for Finance Controller - Europe", "2026-09-16 05:40 +0000",
  """
  Dear Chloe,

  Hope you are doing well.

  Your profile has been shortlisted for the position of Finance Controller - Europe (Frankfurt
  based). We would like to schedule a virtual discussion with our Finance Head, Mr. Venkat Iyer.

  Kindly share your availability for this week between 10 AM and 4 PM CET along with your updated
  CV, current CTC, expected CTC and notice period.

  Looking forward to your revert.

  Thanks & Regards,
  Rohit Kulkarni
  Senior Executive - Talent Acquisition
  Sahyadri Analytics Pvt. Ltd.
  Mob: +91 98200 55512
  """)

m("interview_invitation", "quebec_entrevue", "fr", "Groupe Beaudry-Ouellet", "n.beaudry@beaudry-ouellet.example.ca",
  "Nathalie Beaudry <n.beaudry@beaudry-ouellet.example.ca>",
  "Entrevue – Analyste financière senior", "2026-09-18 15:22 -0400",
  """
  Bonjour Chloé,

  Merci pour l'intérêt que vous portez au Groupe Beaudry-Ouellet. Votre candidature a retenu notre
  attention et nous aimerions vous rencontrer en entrevue virtuelle (Teams) pour le poste
  d'analyste financière senior.

  Seriez-vous disponible le jeudi 24 septembre à 10 h (heure de Montréal), soit 16 h heure de
  Paris ? L'entrevue durera environ une heure, avec notre contrôleur corporatif.

  Au plaisir,

  Nathalie Beaudry
  Conseillère principale, ressources humaines
  Groupe Beaudry-Ouellet inc.
  T 514 555-0178
  """, fmt="alt")

m("interview_invitation", "greenhouse_next_stage", "en", "Ledgerly", "tasha.wright@ledgerly.example.com",
  "Tasha Wright <no-reply@us.greenhouse-mail.io>",
  "Ledgerly – next steps for Senior FP&A Analyst", "2026-09-21 11:46 +0100",
  """
  Hi Chloé,

  Thanks so much for your time with me last week! The team really enjoyed reviewing your
  background and we'd love to move you to the next stage: a 60-minute video interview with our
  Head of Finance, Oliver, and one of our Finance Business Partners.

  Please use the link below to pick a time that works for you:
  https://app.greenhouse.io/scheduling/self_schedule/8c2d91f0

  Let me know if you have any questions.

  Best,
  Tasha
  Talent Partner, Ledgerly
  """, reply_to="Tasha Wright <tasha.wright@ledgerly.example.com>", fmt="alt", skin="ats", cte="qp")

m("interview_invitation", "lever_paris_en", "en", "Parcelio", "hugo@parcelio.example.fr",
  "Hugo Lambert <hugo@parcelio.example.fr>",
  "Parcelio x Chloé", "2026-09-23 18:05 +0200",
  """
  Hey Chloé,

  Hugo here, I lead finance at Parcelio (we do last-mile delivery for e-commerce in FR/BE). Loved
  your application. Are you around for a 45' video call next Tuesday or Wednesday to walk
  through your experience and the role? Happy to adapt to your schedule.

  Here's my calendar if easier: https://cal.example.com/hugo-parcelio

  Cheers,
  Hugo
  """, fmt="html", skin="corp", headers={"X-Mailer": "Lever"})

m("interview_invitation", "privatbank_sie", "de", "Taunus Privatbank", "m.schreiber@taunus-privatbank.example.de",
  "\"Schreiber, Martina\" <m.schreiber@taunus-privatbank.example.de>",
  "Ihre Bewerbung – Einladung", "2026-09-24 14:30 +0200",
  """
  Guten Tag Frau Martin,

  wir bedanken uns für Ihre aussagekräftigen Bewerbungsunterlagen. Gerne möchten wir Sie
  persönlich kennenlernen und laden Sie zu einem ersten Gespräch per Videokonferenz ein.

  Wir schlagen Montag, den 5. Oktober, um 15:00 Uhr vor. Bitte bestätigen Sie uns den Termin
  kurz per E-Mail; den Einwahllink erhalten Sie anschließend.

  Mit freundlichen Grüßen

  Martina Schreiber
  Human Resources
  Taunus Privatbank AG · Kaiserstraße 29 · 60311 Frankfurt am Main
  Vorstand: Dr. Heiner Lutz (Vors.), Claudia Brenner · Aufsichtsratsvorsitzender: Peter Voss
  Sitz: Frankfurt am Main · Registergericht Frankfurt HRB 41102
  """, charset="iso-8859-1", cte="qp")

m("interview_invitation", "startup_du_call", "de", "Frostwerk", "jonas@frostwerk.example.de",
  "Jonas Brehm <jonas@frostwerk.example.de>",
  "Kurzer Call?", "2026-09-28 12:12 +0200",
  """
  Hey Chloé,

  danke für deine Bewerbung als Finance Manager! Würde dich gern in einem kurzen Call (30 Min)
  kennenlernen. Passt dir Mittwoch 16 Uhr oder Donnerstag 9:30? Link schick ich dann.

  LG Jonas
  Co-Founder & CFO, Frostwerk
  """, cte="qp")

m("interview_invitation", "dutch_english_second", "en", "Bakker & Smit Retail", "r.visser@bakkersmit.example.nl",
  "Ruud Visser <r.visser@bakkersmit.example.nl>",
  "Second conversation", "2026-09-29 10:48 +0200",
  """
  Hello Chloé,

  Thanks for the pleasant first conversation. We would like to invite you for a second
  conversation with our CFO Mrs. de Groot and myself, at our head office in Utrecht. You can also
  do it online if travelling from Paris is not handy.

  Are you available on Tuesday 6 October in the afternoon? Please let me know which time suits
  you best.

  Met vriendelijke groet / Kind regards,

  Ruud Visser
  Finance Manager
  Bakker & Smit Retail
  """)

m("interview_invitation", "italian_english_invite", "en", "Gruppo Ferraris Assicurazioni", "chiara.conti@gruppoferraris.example.it",
  "Chiara Conti <chiara.conti@gruppoferraris.example.it>",
  "Invitation to interview – Planning & Control Specialist (Paris branch)", "2026-10-01 09:20 +0200",
  """
  Dear Chloé,

  following the evaluation of your curriculum, we are pleased to invite you to a first interview
  for the position of Planning & Control Specialist for our Paris branch.

  The interview will be held in video call on 8 October 2026 at 11.00 (Paris time) with me and
  with Dott. Bianchi, Head of Planning & Control. We kindly ask you to confirm your
  participation.

  Best regards

  Chiara Conti
  Talent Acquisition
  Gruppo Ferraris Assicurazioni S.p.A.
  """, charset="windows-1252", cte="qp")

m("interview_invitation", "clinique_entretien", "fr", "Clinique du Parc Saint-Jean", "drh@clinique-parc-stjean.example.fr",
  "DRH Clinique du Parc Saint-Jean <drh@clinique-parc-stjean.example.fr>",
  "Proposition d'entretien", "2026-10-02 11:35 +0200",
  """
  Madame,

  Suite à votre candidature au poste de contrôleuse de gestion, nous vous proposons un entretien
  le mercredi 7 octobre à 14h30 dans nos locaux (bâtiment administratif, 2e étage), avec le
  directeur administratif et financier et moi-même.

  Merci de nous confirmer votre présence.

  Cordialement,

  Véronique Texier
  Responsable des Ressources Humaines
  Clinique du Parc Saint-Jean – Lyon 8e
  04 78 55 01 20
  """)

m("interview_invitation", "business_school_teams_ics", "fr", "ESC Rhodanie", "recrutement@esc-rhodanie.example.fr",
  "Recrutement ESC Rhodanie <recrutement@esc-rhodanie.example.fr>",
  "Invitation : Entretien – Contrôleur de gestion @ mar. 13 oct. 2026 10:00 - 11:00 (CEST)", "2026-10-05 17:02 +0200",
  """
  Bonjour Chloé,

  Comme convenu par téléphone, je vous confirme notre entretien pour le poste de contrôleur de
  gestion de l'école, en visioconférence Teams. Vous trouverez l'invitation ci-jointe.

  Participeront : Hélène Garnier (Directrice financière) et Thomas Blanc (Contrôleur de gestion
  senior).

  À mardi,
  Lucie Perrin
  Chargée de recrutement – ESC Rhodanie

  ________________________________________________________________________________
  Réunion Microsoft Teams
  Rejoindre sur votre ordinateur, application mobile ou appareil de salle
  Cliquez ici pour rejoindre la réunion
  ID de la réunion : 381 552 907 144
  Code secret : 7kP2xQ
  ________________________________________________________________________________
  """, fmt="alt", cte="qp", reply_to="Lucie Perrin <recrutement@esc-rhodanie.example.fr>",
  ics={"uid": "040000008200E00074C5B7101A82E008-rhodanie-1013", "start": "20261013T080000Z",
       "end": "20261013T090000Z", "summary": "Entretien – Contrôleur de gestion",
       "organizer": "recrutement@esc-rhodanie.example.fr", "org_name": "Lucie Perrin"})

m("interview_invitation", "smartrecruiters_hotels", "en", "Maison Marceau Hôtels", "",
  "Maison Marceau Hôtels <no-reply@smartrecruiters.com>",
  "Interview invitation from Maison Marceau Hôtels", "2026-10-06 09:00 +0200",
  """
  Dear Chloé,

  The hiring team for Hotel Financial Controller – Paris would like to invite you to an interview.

  Interview type: Video interview
  Interviewers: Antoine Marceau (Group Finance Director), Claire Dumas (HR)
  Please book a time slot: https://jobs.smartrecruiters.com/interview/book/4f1e2c9a

  We look forward to meeting you.

  Maison Marceau Hôtels Recruitment
  This email was sent via SmartRecruiters. Please do not reply to this message.
  """, fmt="html", skin="ats", cte="qp")

m("interview_invitation", "hirevue_video_uk", "en", "Oberon Insurance Group", "",
  "Oberon Insurance Group <oberon@hirevue-notify.example.com>",
  "Your next step: video interview", "2026-10-08 15:15 +0100",
  """
  Hello Chloé,

  Thanks for your interest in the Reserving & Planning Analyst role at Oberon Insurance Group.
  We'd like to invite you to complete an on-demand video interview, the next stage of our
  process. It takes about 25 minutes and includes five questions; you'll have 30 seconds to
  prepare each answer.

  Please complete it by Friday 16 October at 23:59 UK time.

  Start your interview: https://app.hirevue.example.com/i/9zT2kQ

  Good luck!
  Oberon Talent Acquisition
  """, fmt="alt", skin="ats", cte="b64")

m("interview_invitation", "es_chain_second_round", "es", "Logística Ebro", "pilar.lasheras@logisticaebro.example.es",
  "Pilar Lasheras <pilar.lasheras@logisticaebro.example.es>",
  "RE: Candidatura Controller Zaragoza/Madrid", "2026-10-13 13:27 +0200",
  """
  Hola Chloé,

  Gracias por tu respuesta tan rápida. Nos gustaría que pasaras a la segunda fase: una entrevista
  presencial en nuestras oficinas de Madrid (Calle Alcalá 265) con el director financiero,
  Fernando Gil. ¿Te vendría bien el lunes 19 a las 17:00?

  Saludos,
  Pilar

  Pilar Lasheras
  HR Business Partner – Logística Ebro
  T. +34 976 555 120

  El lun, 12 oct 2026 a las 18:02, Chloé Martin <chloe.martin@example.net> escribió:
  > Hola Pilar,
  > Muchas gracias por la llamada de esta mañana. Sigo muy interesada en el puesto.
  > Quedo a vuestra disposición,
  > Chloé
  >
  > El lun, 12 oct 2026 a las 9:41, Pilar Lasheras <pilar.lasheras@logisticaebro.example.es> escribió:
  >> Hola Chloé, ¿tienes 10 minutos hoy para una primera llamada?
  """, reply=True, cte="qp")

m("interview_invitation", "agency_fr_entretien_client", "fr", "Mutuelle Ligérienne", "t.aubert@aubert-claes.example.fr",
  "Thibault Aubert <t.aubert@aubert-claes.example.fr>",
  "Entretien client - Mutuelle Ligérienne", "2026-10-15 19:10 +0200",
  """
  Bonsoir Chloé,

  Très bonne nouvelle : la Mutuelle Ligérienne souhaite vous rencontrer pour le poste de
  Responsable contrôle de gestion !

  Ils proposent jeudi 22 octobre à 9h30 dans leurs locaux à Lyon Part-Dieu (tour Oxygène, 18e
  étage). Vous verrez la DAF, Mme Lefèvre, et le DRH. Je vous appelle demain pour vous briefer.

  Pouvez-vous me confirmer rapidement ?

  Thibault Aubert
  Consultant Senior Finance – Aubert & Claes Conseil
  06 48 22 19 03
  """)

m("interview_invitation", "fwd_referral_hm", "en", "Kingsmere Bank", "amara.osei@kingsmerebank.example.com",
  "Amara Osei <amara.osei@kingsmerebank.example.com>",
  "Fwd: Chloé Martin - referral", "2026-10-19 08:45 +0100",
  """
  Hi Chloé – looping you in directly. Simon passed on your CV and I'd be keen to have a proper
  conversation about the Treasury & Planning Analyst role. Could you do 30 minutes on Thursday or
  Friday morning? I'll send a Teams invite once we've found a slot.

  Amara

  Amara Osei
  Director, Treasury Planning
  Kingsmere Bank plc, London

  ---------- Forwarded message ---------
  From: Simon Hale <simon.hale@kingsmerebank.example.com>
  Date: Fri, 16 Oct 2026 at 17:21
  Subject: Chloé Martin - referral
  To: Amara Osei <amara.osei@kingsmerebank.example.com>

  Amara, referring a former colleague for your open role - strong on forecasting and very
  organised. CV attached. Simon
  """, fmt="alt", cc="Simon Hale <simon.hale@kingsmerebank.example.com>")
# ---------------------------------------------------------------------------------------------
# Reschedules and cancellations by the employer
# ---------------------------------------------------------------------------------------------

m("interview_reschedule_or_cancel", "terminverschiebung_ics", "de", "Mainfeld Logistik", "personal@mainfeld-logistik.example.de",
  "Mainfeld Logistik Personal <personal@mainfeld-logistik.example.de>",
  "Terminverschiebung: Vorstellungsgespräch am 17.09.", "2026-09-14 09:05 +0200",
  """
  Sehr geehrte Frau Martin,

  leider ist Herr Dr. Weiß am Donnerstag kurzfristig verhindert. Wir müssen unser Gespräch daher
  verschieben und schlagen als neuen Termin Montag, 21. September 2026, 13:00 Uhr am gleichen Ort
  vor. Die aktualisierte Kalendereinladung liegt bei.

  Wir bitten um Ihr Verständnis und freuen uns auf Sie.

  Mit freundlichen Grüßen
  Selin Aydin
  HR Business Partner
  Mainfeld Logistik GmbH & Co. KG
  """, fmt="alt", cte="qp",
  ics={"uid": "0401-mainfeld-2026-controller@mainfeld-logistik.example.de", "sequence": "1",
       "stamp": "20260914T070500Z", "start": "20260921T110000Z", "end": "20260921T123000Z",
       "summary": "Vorstellungsgespräch Chloé Martin – Controller (m/w/d) [verschoben]",
       "location": "Cargo City Süd, Gebäude 538, Frankfurt", "organizer": "personal@mainfeld-logistik.example.de",
       "org_name": "Selin Aydin"})

m("interview_reschedule_or_cancel", "entrevista_cancelada_ics", "es", "Seguros Atalaya", "laura.vidal@segurosatalaya.example.es",
  "Laura Vidal <laura.vidal@segurosatalaya.example.es>",
  "Cancelada: Entrevista técnica – Chloé Martin", "2026-09-21 16:48 +0200",
  """
  Hola Chloé,

  Te escribo para anular la entrevista de mañana martes a las 12:00: Álvaro ha tenido que viajar
  de urgencia a Bilbao. Lo sentimos mucho.

  Te propongo retomarla la semana que viene; en cuanto tenga su agenda te envío nuevas opciones.

  Un saludo,
  Laura
  """, cte="b64",
  ics={"method": "CANCEL", "status": "CANCELLED", "sequence": "1", "stamp": "20260921T144800Z",
       "uid": "AAMkAGI2-atalaya-0922@segurosatalaya.example.es", "start": "20260922T100000Z",
       "end": "20260922T110000Z", "summary": "Cancelada: Entrevista técnica – Chloé Martin",
       "organizer": "laura.vidal@segurosatalaya.example.es", "org_name": "Laura Vidal"})

m("interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Aurelia Bank", "maya.chen@aureliabank.example.com",
  "Aurelia Bank Recruiting <no-reply@goodtime.io>",
  "Updated: your interview with Aurelia Bank has been rescheduled", "2026-09-07 10:31 +0100",
  """
  Hi Chloé,

  Your interview for Senior Analyst, Financial Planning has been rescheduled due to a change in
  the interviewer's availability.

  Previous time: Wednesday, 9 September 2026, 15:00 – 15:45 BST
  New time: Friday, 11 September 2026, 10:00 – 10:45 BST
  Interviewer: Daniel Harrow

  The calendar invitation has been updated. If the new time doesn't work, reply to this email and
  Maya will find an alternative.

  Aurelia Bank Recruiting Coordination
  """, reply_to="Maya Chen <maya.chen@aureliabank.example.com>", fmt="html", skin="ats", cte="qp",
  ics={"uid": "goodtime-aurelia-7f3c2a@goodtime.io", "sequence": "2", "stamp": "20260907T093100Z",
       "start": "20260911T090000Z", "end": "20260911T094500Z",
       "summary": "Aurelia Bank – Interview with Daniel Harrow", "organizer": "no-reply@goodtime.io",
       "org_name": "Aurelia Bank Recruiting", "prodid": "-//GoodTime//Scheduling//EN"})

m("interview_reschedule_or_cancel", "assessment_postponed_strike", "en", "Harcourt Lyle", "experiencedhire@harcourtlyle.example.co.uk",
  "Harcourt Lyle Experienced Hire <experiencedhire@harcourtlyle.example.co.uk>",
  "IMPORTANT: change to your Assessment Day", "2026-09-25 18:20 +0100",
  """
  Dear Chloé,

  Owing to the rail strikes announced for next week, we have taken the decision to postpone the
  Assessment Day scheduled for Tuesday 29 September. It will now take place on Tuesday 6 October,
  same times and venue.

  Please reply to confirm you can attend the new date. Apologies for any inconvenience.

  Kind regards

  Experienced Hire Recruitment Team
  Harcourt Lyle LLP
  """, cte="qp")

m("interview_reschedule_or_cancel", "clinique_report", "fr", "Clinique du Parc Saint-Jean", "drh@clinique-parc-stjean.example.fr",
  "DRH Clinique du Parc Saint-Jean <drh@clinique-parc-stjean.example.fr>",
  "Report de votre entretien", "2026-10-06 08:15 +0200",
  """
  Madame,

  Notre directeur administratif et financier étant retenu par une inspection de l'ARS, nous
  sommes contraints de reporter l'entretien prévu demain mercredi à 14h30.

  Pourriez-vous nous indiquer vos disponibilités pour le lundi 12 ou le mardi 13 octobre ?

  Avec toutes nos excuses,

  Véronique Texier
  Responsable des Ressources Humaines
  Clinique du Parc Saint-Jean
  """, charset="iso-8859-1", cte="8bit")

m("interview_reschedule_or_cancel", "push_to_3pm_mobile", "en", "Harbourline Ports", "g.evans@harbourline.example.com",
  "Gareth Evans <g.evans@harbourline.example.com>",
  "Re: Quick question", "2026-09-04 11:02 +0100",
  """
  Sorry Chloé, something's come up with the auditors - can we push our call to 3pm instead of 12? Same number.

  G

  Sent from Outlook for iOS
  ________________________________
  From: Chloé Martin <chloe.martin@example.net>
  Sent: Thursday, September 3, 2026 8:40:12 AM
  To: Gareth Evans <g.evans@harbourline.example.com>
  Subject: Re: Quick question

  Good morning Gareth, thank you! Tomorrow at 12:00 would be perfect, my number is +33 6 98 76 54 32.
  Best, Chloé
  """, reply=True)

m("interview_reschedule_or_cancel", "italian_postpone", "en", "Gruppo Ferraris Assicurazioni", "chiara.conti@gruppoferraris.example.it",
  "Chiara Conti <chiara.conti@gruppoferraris.example.it>",
  "R: Invitation to interview – Planning & Control Specialist (Paris branch)", "2026-10-06 14:55 +0200",
  """
  Dear Chloé,

  I am sorry but we have to postpone the interview of 8 October because Dott. Bianchi will be
  engaged in the Board meeting. Can we move it to Monday 12 October, same hour (11.00)?

  I remain at disposal for any need.

  Best regards
  Chiara Conti
  Talent Acquisition – Gruppo Ferraris Assicurazioni
  """, reply=True, charset="windows-1252", cte="8bit")

m("interview_reschedule_or_cancel", "outlook_canceled_ics", "en", "Kingsmere Bank", "amara.osei@kingsmerebank.example.com",
  "Amara Osei <amara.osei@kingsmerebank.example.com>",
  "Canceled: Chloé Martin / Amara Osei – Treasury & Planning Analyst", "2026-10-22 07:58 +0100",
  """
  Apologies Chloé – I've been pulled into a regulatory deadline today and need to cancel our
  9:30. I'll send you a new invite for next week shortly.

  Amara
  """, fmt="alt", cte="qp",
  ics={"method": "CANCEL", "status": "CANCELLED", "sequence": "1", "stamp": "20261022T065800Z",
       "uid": "040000008200E00074C5B7101A82E00800000000kingsmere1022", "start": "20261022T083000Z",
       "end": "20261022T090000Z", "summary": "Canceled: Chloé Martin / Amara Osei – Treasury & Planning Analyst",
       "organizer": "amara.osei@kingsmerebank.example.com", "org_name": "Amara Osei"})

m("interview_reschedule_or_cancel", "move_thursday_chat", "en", "Ledgerly", "tasha.wright@ledgerly.example.com",
  "Tasha Wright <tasha.wright@ledgerly.example.com>",
  "Need to move Thursday", "2026-09-29 13:40 +0100",
  """
  Hi Chloé,

  Oliver's been asked to join an offsite on Thursday so we'll need to move your interview with
  him. Would Monday 5th at 4pm or Tuesday 6th at 10am work instead? Really sorry for the shuffle.

  Tasha
  Talent Partner | Ledgerly
  """, fmt="alt", cte="8bit")

m("interview_reschedule_or_cancel", "quebec_deplacer_entrevue", "fr", "Groupe Beaudry-Ouellet", "n.beaudry@beaudry-ouellet.example.ca",
  "Nathalie Beaudry <n.beaudry@beaudry-ouellet.example.ca>",
  "RE: Entrevue – Analyste financière senior", "2026-09-22 12:30 -0400",
  """
  Bonjour Chloé,

  Notre contrôleur corporatif doit s'absenter jeudi. Serait-il possible de déplacer l'entrevue au
  vendredi 25 septembre, même heure (10 h, heure de Montréal) ? Désolée pour le changement.

  Merci et bonne journée,
  Nathalie

  Le 18 sept. 2026 à 15:40, Chloé Martin <chloe.martin@example.net> a écrit :
  > Bonjour Madame Beaudry,
  > Avec plaisir, jeudi 24 septembre à 10 h me convient parfaitement.
  > Cordialement,
  > Chloé Martin
  """, reply=True, cte="qp")

m("interview_reschedule_or_cancel", "agency_reschedule_excited", "en", "Tessaro Foods", "ryan.brookes@brookeshale.example.co.uk",
  "Ryan Brookes <ryan.brookes@brookeshale.example.co.uk>",
  "Tessaro - change of time!", "2026-09-09 09:12 +0100",
  """
  Hi Chloé,

  Quick one - Aisha's had a clash come in so she's asked if we can move tomorrow's call from
  11am to Monday at 10am instead? Same Teams link. So sorry for the faff!! Let me know you're ok
  with that and I'll confirm back.

  Ryan
  Brookes & Hale Search | 07700 900 117
  """)

m("interview_reschedule_or_cancel", "ebro_cambio_online", "es", "Logística Ebro", "pilar.lasheras@logisticaebro.example.es",
  "Pilar Lasheras <pilar.lasheras@logisticaebro.example.es>",
  "Cambio entrevista lunes", "2026-10-16 10:05 +0200",
  """
  Hola Chloé:

  Fernando tiene que estar el lunes en Zaragoza, así que hemos tenido que cambiar la entrevista:
  pasa al martes 20 de octubre a las 16:30, y será por videollamada (Teams) en lugar de en la
  oficina. Te reenvío la convocatoria actualizada.

  Perdona las molestias.
  Pilar
  """, charset="iso-8859-1", cte="qp")

m("interview_reschedule_or_cancel", "verdane_changement_horaire", "fr", "Groupe Verdane", "ines.roussel@verdane.example.fr",
  "Inès Roussel <ines.roussel@verdane.example.fr>",
  "Changement d'horaire - entretien du 29/09", "2026-09-25 12:44 +0200",
  """
  Bonjour Chloé,

  Petit changement : Marc Delorme ne pourra être présent qu'à partir de 15h mardi. Je vous
  propose donc de décaler notre entretien final de 10h à 15h, même adresse (12 quai Perrache).

  Est-ce que cela vous convient ?

  Bien à vous,
  Inès Roussel
  Groupe Verdane
  """)

m("interview_reschedule_or_cancel", "interview_preponed_india", "en", "Sahyadri Analytics", "rohit.kulkarni@sahyadri.example.in",
  "Rohit Kulkarni <rohit.kulkarni@sahyadri.example.in>",
  "RE: Interview for Finance Controller - Europe", "2026-09-18 06:10 +0000",
  """
  Dear Chloe,

  Due to Mr. Iyer's travel plans, the interview scheduled on Monday 21st at 2 PM CET has been
  preponed to Friday 18th at 4 PM CET (today). Kindly confirm your availability at the earliest.

  Apologies for the short notice.

  Thanks & Regards,
  Rohit Kulkarni
  Talent Acquisition | Sahyadri Analytics
  """, reply=True)

m("interview_reschedule_or_cancel", "bankhaus_absage_termin", "de", "Bankhaus Adler", "k.wolff@bankhaus-adler.example.de",
  "Katrin Wolff <k.wolff@bankhaus-adler.example.de>",
  "Absage Termin morgen – neuer Vorschlag folgt", "2026-10-26 17:35 +0100",
  """
  Liebe Frau Martin,

  leider muss ich unser morgiges Gespräch (10:00 Uhr) krankheitsbedingt absagen. Unser
  Bereichsleiter Controlling fällt diese Woche aus.

  Ich melde mich Anfang nächster Woche mit zwei bis drei neuen Terminvorschlägen bei Ihnen. Ihre
  Bewerbung ist davon selbstverständlich nicht berührt.

  Herzliche Grüße
  Katrin Wolff
  Recruiting · Bankhaus Adler KG · Frankfurt am Main
  """, fmt="alt", charset="iso-8859-1", cte="qp")

# ---------------------------------------------------------------------------------------------
# "We missed you" / no-show notices
# ---------------------------------------------------------------------------------------------

m("missed_interview_notice", "agency_tried_calling", "en", "Tessaro Foods", "ryan.brookes@brookeshale.example.co.uk",
  "Ryan Brookes <ryan.brookes@brookeshale.example.co.uk>",
  "Everything ok??", "2026-09-14 10:24 +0100",
  """
  Hi Chloé,

  Aisha tried calling you at 10 for the Tessaro call but couldn't get through - went straight to
  voicemail twice. Is everything alright?? Give me a shout as soon as you see this and I'll see if
  I can salvage it with her!

  Ryan
  Brookes & Hale Search | 07700 900 117
  """)

m("missed_interview_notice", "teams_pas_connectee", "fr", "Castellane Assurances", "julie.fabre@castellane-assurances.example.fr",
  "Julie Fabre <julie.fabre@castellane-assurances.example.fr>",
  "Entretien de ce matin", "2026-09-08 10:02 +0200",
  """
  Bonjour Chloé,

  Nous avions rendez-vous ce matin à 9h30 pour votre entretien téléphonique (poste Analyste FP&A),
  mais vous ne vous êtes pas connectée à la réunion Teams et je n'ai pas réussi à vous joindre sur
  votre portable.

  J'espère que tout va bien. Pouvez-vous me recontacter pour que nous voyions si un autre créneau
  est envisageable ?

  Cordialement,
  Julie Fabre
  Chargée de recrutement – Castellane Assurances
  01 44 55 62 10
  """, fmt="alt", cte="qp")

m("missed_interview_notice", "tried_you_at_10", "en", "Harbourline Ports", "g.evans@harbourline.example.com",
  "Gareth Evans <g.evans@harbourline.example.com>",
  "Re: Quick question", "2026-09-04 15:18 +0100",
  """
  Tried you at 3 as agreed, no answer. Let me know if you still want to chat about the role.

  G

  Sent from Outlook for iOS
  """, reply=True, cte="7bit")

m("missed_interview_notice", "te_he_llamado", "es", "Grupo Mareny", "jordi.serra@mareny.example.es",
  "Jordi Serra <jordi.serra@mareny.example.es>",
  "Re: Hola!", "2026-09-15 10:21 +0200",
  """
  Chloé, te he llamado a las 10 como quedamos pero no lo has cogido. Avísame si te sigue interesando y buscamos otro hueco.

  Jordi

  Enviado desde mi iPhone

  > El 14 sept 2026, a las 21:30, Chloé Martin <chloe.martin@example.net> escribió:
  >
  > ¡Hola Jordi! Perfecto, mañana a las 10 me va genial. Mi número es el +33 6 98 76 54 32.
  """, reply=True)

m("missed_interview_notice", "nicht_erreicht", "de", "Taunus Privatbank", "m.schreiber@taunus-privatbank.example.de",
  "\"Schreiber, Martina\" <m.schreiber@taunus-privatbank.example.de>",
  "Unser Termin heute, 15:00 Uhr", "2026-10-05 15:40 +0200",
  """
  Guten Tag Frau Martin,

  wir hatten heute um 15:00 Uhr unser Videogespräch vereinbart. Herr Lutz und ich haben bis 15:20
  Uhr im Meeting auf Sie gewartet, Sie haben sich jedoch leider nicht eingewählt.

  Falls etwas dazwischengekommen ist, melden Sie sich bitte bei mir, dann prüfen wir, ob wir einen
  neuen Termin finden.

  Mit freundlichen Grüßen
  Martina Schreiber
  Human Resources
  Taunus Privatbank AG
  """, charset="iso-8859-1", cte="qp")

m("missed_interview_notice", "quebec_attendue_teams", "fr", "Groupe Beaudry-Ouellet", "n.beaudry@beaudry-ouellet.example.ca",
  "Nathalie Beaudry <n.beaudry@beaudry-ouellet.example.ca>",
  "Entrevue de ce matin", "2026-09-25 10:35 -0400",
  """
  Bonjour Chloé,

  Nous vous avons attendue sur Teams ce matin à 10 h pour l'entrevue avec notre contrôleur
  corporatif, sans nouvelles de votre part. Il est possible qu'il y ait eu une confusion avec le
  décalage horaire.

  Faites-moi signe si vous souhaitez toujours poursuivre le processus.

  Nathalie Beaudry
  Conseillère principale, ressources humaines
  Groupe Beaudry-Ouellet inc.
  """)

m("missed_interview_notice", "panel_waited_india", "en", "Sahyadri Analytics", "rohit.kulkarni@sahyadri.example.in",
  "Rohit Kulkarni <rohit.kulkarni@sahyadri.example.in>",
  "Missed interview - Finance Controller Europe", "2026-09-18 15:35 +0000",
  """
  Dear Chloe,

  The panel waited for 15 minutes on the Teams link for the scheduled discussion at 4 PM CET today,
  however you did not join the meeting. We also tried reaching you on your mobile.

  Kindly let us know the reason and whether you are still interested in the opportunity, so that
  we can check with Mr. Iyer for another slot.

  Thanks & Regards,
  Rohit Kulkarni
  Talent Acquisition | Sahyadri Analytics
  """, cte="qp")

m("missed_interview_notice", "greenhouse_missed_you", "en", "Ledgerly", "tasha.wright@ledgerly.example.com",
  "Ledgerly Recruiting <no-reply@us.greenhouse-mail.io>",
  "We missed you today", "2026-10-06 10:31 +0100",
  """
  Hi Chloé,

  We were scheduled to meet today at 10:00 for your interview with Oliver Brandt, but it looks like
  we missed each other.

  If you're still interested in the Senior FP&A Analyst role, reply to this email and Tasha will
  help find another time.

  Thanks,
  Ledgerly Recruiting
  """, reply_to="Tasha Wright <tasha.wright@ledgerly.example.com>", fmt="alt", skin="ats", cte="qp")

m("missed_interview_notice", "dutch_expecting_you", "en", "Bakker & Smit Retail", "r.visser@bakkersmit.example.nl",
  "Ruud Visser <r.visser@bakkersmit.example.nl>",
  "Today 14:00", "2026-10-06 14:41 +0200",
  """
  Hello Chloé,

  We were expecting you today at 14:00 for the second conversation, Mrs. de Groot and I were
  waiting in the Teams meeting. Did something go wrong? Please let me know, then we can see if
  another moment is possible.

  Kind regards,
  Ruud Visser
  Finance Manager | Bakker & Smit Retail
  """)

m("missed_interview_notice", "du_nicht_im_call", "de", "Frostwerk", "jonas@frostwerk.example.de",
  "Jonas Brehm <jonas@frostwerk.example.de>",
  "Re: Kurzer Call?", "2026-10-01 09:52 +0200",
  """
  Hey Chloé, hab grad 15 Min im Call auf dich gewartet – alles ok bei dir? Wenn du noch Lust hast, schick mir einfach 2-3 neue Slots.

  Jonas

  Von meinem iPhone gesendet

  > Am 28.09.2026 um 13:01 schrieb Chloé Martin <chloe.martin@example.net>:
  >
  > Hallo Jonas, Donnerstag 9:30 passt mir super. Viele Grüße, Chloé
  """, reply=True)
# ---------------------------------------------------------------------------------------------
# Application acknowledgements
# ---------------------------------------------------------------------------------------------

m("application_received", "workday_thank_you", "en", "Thamesview Building Society", "",
  "Thamesview Careers <thamesview@myworkday.com>",
  "Thank you for applying – Financial Planning Analyst", "2026-08-18 22:14 +0100",
  """
  Dear Chloé,

  Thank you for applying for the Financial Planning Analyst role (JR-10482) at Thamesview Building
  Society. We have received your application and our recruitment team will now review it.

  You can check the status of your application at any time by signing in to your candidate home
  account.

  Kind regards,
  Thamesview Talent Acquisition

  This is an automated message from an unmonitored mailbox.
  """, fmt="alt", skin="ats", cte="qp", headers={"Auto-Submitted": "auto-generated"})

m("application_received", "sf_accuse_reception_hopital", "fr", "Groupe Hospitalier Fourvière", "",
  "Groupe Hospitalier Fourvière <ne-pas-repondre@successfactors.eu>",
  "Accusé de réception de votre candidature", "2026-08-19 09:31 +0200",
  """
  Madame Martin,

  Nous avons bien reçu votre candidature pour le poste de Contrôleur de gestion hospitalier (H/F)
  – Réf. 26-0781 et nous vous remercions de l'intérêt que vous portez au Groupe Hospitalier
  Fourvière.

  Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos
  attentes, nous vous contacterons dans les meilleurs délais pour convenir d'un entretien.

  Bien cordialement,

  La Direction des Ressources Humaines
  Groupe Hospitalier Fourvière
  """, fmt="html", skin="ats", charset="iso-8859-1", cte="qp")

m("application_received", "taleo_volume_no_reply_each", "en", "Westmoor Insurance", "",
  "Westmoor Insurance <donotreply@taleo.net>",
  "Westmoor Insurance - Application Received - Finance Analyst (Req 26-1143)", "2026-08-20 13:05 +0100",
  """
  Dear Chloe Martin,

  Thank you for your interest in Westmoor Insurance. This email confirms that your application for
  the position of Finance Analyst (Requisition 26-1143) has been successfully submitted.

  Our recruiters will review your qualifications against the requirements of the role. Due to the
  high volume of applications we receive, we are unfortunately unable to respond to every
  applicant individually. If you have not heard from us within four weeks of the closing date,
  please assume that your application has not been successful on this occasion.

  Sincerely,
  Westmoor Insurance Talent Acquisition

  ***Please do not reply to this message. This mailbox is not monitored.***
  """, charset="windows-1252", cte="qp", headers={"X-Mailer": "Taleo Enterprise Edition"})

m("application_received", "no_individual_feedback_uk", "en", "Crowngate Bank", "",
  "Crowngate Bank Careers <careers.noreply@crowngatebank.example.co.uk>",
  "We've received your application", "2026-08-21 17:44 +0100",
  """
  Dear Chloé,

  Thank you for applying for the role of Business Performance Analyst at Crowngate Bank.

  What happens next? Our resourcing team will review your application against the role profile
  over the next two weeks. If you are shortlisted, we will invite you to complete an online
  assessment.

  Please note that, unfortunately, we are unable to provide individual feedback at this stage
  of the process.

  Thank you again for your interest in a career with us.

  Crowngate Bank Resourcing

  Crowngate Bank plc. Registered in England No. 2065. Registered Office: 1 Crowngate Place, London.
  """, fmt="alt", skin="corp", cte="b64")

m("application_received", "greenhouse_thanks_applying", "en", "Ledgerly", "",
  "Ledgerly <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Ledgerly!", "2026-09-10 08:12 +0100",
  """
  Hi Chloé,

  Thanks for applying for the Senior FP&A Analyst role at Ledgerly! We're excited that you're
  interested in helping small businesses get their finances sorted.

  Our team reviews every application by hand, so it may take a week or two before you hear from
  us. In the meantime, feel free to check out our engineering and finance blog.

  Cheers,
  The Ledgerly Talent Team
  """, fmt="html", skin="ats", cte="qp")

m("application_received", "lever_application_confirmed", "en", "Cobalt Freight", "",
  "Cobalt Freight <no-reply@hire.lever.co>",
  "Your application to Cobalt Freight", "2026-08-25 15:20 +0200",
  """
  Hi Chloé,

  We received your application for FP&A Manager – Barcelona Hub and will be in touch if your
  experience is a good match for the role.

  Thanks,
  Cobalt Freight
  """, fmt="alt", skin="ats", cte="8bit")

m("application_received", "recruitee_hemos_recibido", "es", "Café Mirador", "",
  "Café Mirador <no-reply@recruitee.com>",
  "¡Hemos recibido tu candidatura!", "2026-08-26 11:11 +0200",
  """
  ¡Hola Chloé!

  Gracias por tu interés en unirte a Café Mirador como Controller de Gestión (Barcelona).
  Hemos recibido tu candidatura correctamente 🙌

  Nuestro equipo la revisará en los próximos días. Debido al gran número de candidaturas, no
  siempre podemos responder a todo el mundo de forma personalizada, pero te prometemos que
  leemos cada CV.

  ¡Un abrazo!
  El equipo de Personas de Café Mirador
  """, fmt="html", skin="ats", cte="b64")

m("application_received", "personio_eingang", "de", "Finlytic", "",
  "Finlytic Recruiting <jobs@finlytic.jobs.personio.de>",
  "Eingangsbestätigung deiner Bewerbung", "2026-09-20 10:03 +0200",
  """
  Hallo Chloé,

  vielen Dank für deine Bewerbung als Finance Manager (m/w/d) bei Finlytic! Wir haben deine
  Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei dir.

  Beste Grüße
  Dein Finlytic People Team

  Diese E-Mail wurde automatisch versendet. Antworten auf diese Nachricht können leider nicht
  bearbeitet werden.
  """, fmt="alt", skin="ats", cte="qp")

m("application_received", "jobvite_received", "en", "Quillon Media", "",
  "Quillon Media Talent Team <notifications@jobvite.com>",
  "Application received: Senior Financial Analyst", "2026-09-28 19:40 +0100",
  """
  Hi Chloé,

  Thank you for applying to the Senior Financial Analyst position at Quillon Media. Your
  application has been received and will be reviewed by our recruiting team.

  If your skills and experience are a match, a member of the team will reach out to discuss next
  steps.

  Best,
  Quillon Media Talent Team
  """, fmt="html", skin="ats", cte="qp")

m("application_received", "wttj_candidature_envoyee", "fr", "Maison Arlette", "",
  "Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
  "Votre candidature chez Maison Arlette a bien été envoyée", "2026-09-02 21:47 +0200",
  """
  Bonjour Chloé,

  Votre candidature au poste « Contrôleur de gestion Retail – Paris 3e » chez Maison Arlette a bien
  été envoyée 🎉

  L'entreprise va maintenant étudier votre profil. Vous pouvez suivre l'avancement de votre
  candidature dans votre espace.

  Bonne chance !
  L'équipe Welcome to the Jungle
  """, fmt="alt", skin="ats", cte="qp")

m("application_received", "agence_eau_accuse", "fr", "Agence Rhodanienne de l'Eau", "recrutement@agence-rhodanienne-eau.example.fr",
  "Service recrutement <recrutement@agence-rhodanienne-eau.example.fr>",
  "Votre candidature – offre n° 2026-042", "2026-09-03 14:25 +0200",
  """
  Madame,

  Nous accusons réception de votre candidature à l'offre n° 2026-042 (Contrôleur de gestion –
  Direction des finances, Lyon).

  Les candidatures seront examinées après la date de clôture de l'offre, fixée au 30 septembre.
  En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de
  répondre individuellement à chaque candidat avant cette date.

  Nous vous prions d'agréer, Madame, nos salutations distinguées.

  Le service recrutement
  Agence Rhodanienne de l'Eau – Établissement public de l'État
  """, charset="iso-8859-1", cte="qp")

m("application_received", "india_acknowledge_receipt", "en", "Kaveri Global Services", "anjali.menon@kaveriglobal.example.com",
  "Anjali Menon <anjali.menon@kaveriglobal.example.com>",
  "Acknowledgement - Application for Assistant Manager FP&A", "2026-09-01 07:12 +0000",
  """
  Dear Chloe,

  We acknowledge receipt of your application for the position of Assistant Manager - FP&A (Europe
  Delivery Centre). Your profile is under review with the hiring team and we shall get back to you
  with an update shortly.

  Request you to keep your mobile reachable.

  Thanks & Regards,
  Anjali Menon
  Talent Acquisition | Kaveri Global Services
  """)

m("application_received", "cornerstone_recibido_banco", "es", "Banco Serrano", "",
  "Banco Serrano - Selección <rrhh-seleccion-noreply@bancoserrano.example.es>",
  "Confirmación de inscripción - Proceso 2026-0457", "2026-09-05 12:02 +0200",
  """
  Estimada Chloé Martin:

  Le confirmamos que su inscripción en el proceso de selección 2026-0457 (Analista FP&A, Dirección
  Financiera, Madrid) se ha registrado correctamente.

  Una vez cerrado el plazo, el equipo de Selección valorará las candidaturas recibidas. Le
  informaremos de la evolución del proceso a través de esta misma dirección de correo.

  Dirección de Personas
  Banco Serrano
  """, fmt="html", skin="corp", charset="iso-8859-1", cte="b64", headers={"X-Mailer": "Cornerstone OnDemand"})

m("application_received", "mobile_got_your_cv", "en", "Calder Engineering", "mark.whitfield@calder-eng.example.com",
  "Mark Whitfield <mark.whitfield@calder-eng.example.com>",
  "Re: Controller role", "2026-09-06 18:33 +0100",
  """
  Got your CV, thanks Chloe. Bit snowed under with year end but I'll have a proper look this week and come back to you.

  Mark

  Sent from my iPhone
  """, reply=True, cte="7bit")

m("application_received", "agency_registered_meridian", "en", "Meridian Freight", "sophie.lane@harperfinch.example.co.uk",
  "Sophie Lane <sophie.lane@harperfinch.example.co.uk>",
  "Your application - Management Accountant, Meridian Freight", "2026-08-28 09:50 +0100",
  """
  Hi Chloé,

  Thanks for applying for the Management Accountant role with Meridian Freight through Harper
  Finch! I've had a read of your CV and I'll be submitting you to the hiring manager today.

  They're aiming to shortlist by the end of next week, so I'll update you as soon as I hear
  anything. Any questions in the meantime, just drop me a line :)

  Sophie

  Sophie Lane | Senior Consultant, Accountancy & Finance
  Harper Finch Recruitment
  M: +44 7700 900 482
  """, fmt="alt", cte="qp")

m("application_received", "rheinmain_eingangsbestaetigung", "de", "Rheinmain Versicherung", "",
  "Rheinmain Versicherung Karriere <noreply-karriere@rheinmain-versicherung.example.de>",
  "Eingangsbestätigung: Referent Konzerncontrolling (m/w/d)", "2026-09-30 16:20 +0200",
  """
  Sehr geehrte Frau Martin,

  vielen Dank für Ihre Online-Bewerbung als Referent Konzerncontrolling (m/w/d), Kennziffer
  RV-2026-311. Ihre Unterlagen sind vollständig bei uns eingegangen.

  Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten drei Wochen bei Ihnen.
  Bitte sehen Sie bis dahin von telefonischen Rückfragen ab.

  Mit freundlichen Grüßen
  Ihr Recruiting-Team
  Rheinmain Versicherung AG

  Dies ist eine automatisch erzeugte E-Mail.
  """, fmt="html", skin="ats", cte="qp")

m("application_received", "taleo_fr_pas_individuel", "fr", "Genevra Assurances", "",
  "Genevra Assurances <system@taleo.net>",
  "Genevra Assurances - Confirmation de candidature", "2026-09-24 23:05 +0200",
  """
  Madame,

  Nous vous confirmons la bonne réception de votre candidature pour le poste de Spécialiste
  contrôle financier (80-100%) - Genève (Réquisition 2600417).

  Votre dossier sera examiné avec attention. Compte tenu du nombre important de candidatures,
  nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque personne ;
  nous prendrons contact avec vous si votre profil est retenu pour un entretien.

  Genevra Assurances SA - Ressources Humaines

  *** Merci de ne pas répondre à ce courriel. ***
  """, fmt="html", skin="ats", charset="iso-8859-1", cte="qp", headers={"X-Mailer": "Taleo Enterprise Edition"})

m("application_received", "montreal_pension_en", "en", "Northbridge Pension Plan", "",
  "Northbridge Pension Plan <careers-noreply@northbridgepension.example.ca>",
  "Application submitted / Candidature soumise", "2026-10-03 20:02 -0400",
  """
  Hello Chloé,

  Thank you for your interest in joining Northbridge Pension Plan. We confirm that we have
  received your application for Senior Analyst, Investment Finance (Montréal).

  Only candidates selected for an interview will be contacted.

  ---

  Bonjour Chloé,

  Merci de votre intérêt pour le Régime de retraite Northbridge. Nous confirmons la réception de
  votre candidature au poste d'analyste principale, finance des placements (Montréal).

  Seules les personnes retenues pour une entrevue seront contactées.
  """, fmt="alt", skin="ats", cte="qp", headers={"X-Mailer": "iCIMS"})

m("application_received", "icims_hallbrook", "en", "Hallbrook Insurance", "",
  "Hallbrook Careers <careers-noreply@hallbrook.example.com>",
  "Hallbrook Insurance: application confirmation", "2026-08-20 08:00 +0100",
  """
  Dear Chloé Martin,

  Thank you for submitting your application for FP&A Analyst (London) - job ID 2026-4471.

  We will review your details and contact you if you are selected for the next stage. You can
  withdraw your application or update your profile at any time through the candidate portal.

  Hallbrook Insurance Talent Acquisition
  """, fmt="html", skin="ats", cte="qp", headers={"X-Mailer": "iCIMS"})

m("application_received", "ashby_gracias_pagalia", "es", "Pagalia", "",
  "Pagalia Hiring <no-reply@ashbyhq.com>",
  "Gracias por aplicar a Pagalia", "2026-09-27 13:55 +0200",
  """
  Hola Chloé,

  ¡Gracias por aplicar a la posición de Finance Lead en Pagalia! Hemos recibido tu solicitud y el
  equipo la está revisando.

  Te escribiremos en cuanto tengamos novedades.

  Equipo Pagalia
  """, fmt="alt", skin="ats", cte="qp")

# ---------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------

m("offer", "verbal_offer_followup", "en", "Aurelia Bank", "daniel.harrow@aureliabank.example.com",
  "Daniel Harrow <daniel.harrow@aureliabank.example.com>",
  "Following up", "2026-09-30 18:12 +0100",
  """
  Hi Chloé,

  Great to speak earlier. As discussed, I'm delighted to confirm that we'd like to offer you the
  Senior Analyst, Financial Planning role. To recap what we went through:

  - base salary £68,000, bonus target 15%
  - 27 days holiday plus bank holidays, hybrid 3 days in Canary Wharf
  - start date to be agreed, ideally by mid-November

  Maya will send the formal offer letter and contract tomorrow. Take the weekend to think it over
  and call me with any questions.

  Best,
  Daniel

  Daniel Harrow
  VP, FP&A | Aurelia Bank
  """, cc="Maya Chen <maya.chen@aureliabank.example.com>", fmt="alt", cte="qp")

m("offer", "vertragsangebot_pdf", "de", "Mainfeld Logistik", "personal@mainfeld-logistik.example.de",
  "Mainfeld Logistik Personal <personal@mainfeld-logistik.example.de>",
  "Ihr Vertragsangebot – Controller (m/w/d)", "2026-10-02 14:10 +0200",
  """
  Sehr geehrte Frau Martin,

  nach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Controller (m/w/d) an
  unserem Standort Frankfurt anbieten zu können. Den Arbeitsvertrag in zweifacher Ausfertigung
  finden Sie im Anhang.

  Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 16. Oktober 2026 zurück. Für Fragen
  stehe ich Ihnen gern zur Verfügung.

  Mit freundlichen Grüßen
  Selin Aydin
  HR Business Partner
  Mainfeld Logistik GmbH & Co. KG
  """, attach="Arbeitsvertrag_Martin_Chloe.pdf", cte="qp")

m("offer", "conditional_offer_uk", "en", "Kingsmere Bank", "amara.osei@kingsmerebank.example.com",
  "Amara Osei <amara.osei@kingsmerebank.example.com>",
  "Conditional offer of employment", "2026-11-06 16:30 +0000",
  """
  Dear Chloé,

  Further to your interviews, I am pleased to offer you the position of Treasury & Planning
  Analyst at Kingsmere Bank plc, subject to satisfactory references, Baseline Personnel Security
  Standard checks and confirmation of your right to work in the UK.

  Your offer letter, with the main terms and conditions, is attached. Please sign and return it
  by 13 November 2026. Our onboarding team will contact you about the pre-employment checks.

  We very much look forward to welcoming you to the team.

  Yours sincerely,

  Amara Osei
  Director, Treasury Planning
  Kingsmere Bank plc
  """, attach="Kingsmere_Offer_Letter_CMartin.pdf", fmt="alt", cte="qp")

m("offer", "promesse_embauche", "fr", "Clinique du Parc Saint-Jean", "drh@clinique-parc-stjean.example.fr",
  "DRH Clinique du Parc Saint-Jean <drh@clinique-parc-stjean.example.fr>",
  "Promesse d'embauche – Contrôleuse de gestion", "2026-10-20 17:45 +0200",
  """
  Madame,

  Suite à nos entretiens, nous avons le plaisir de vous confirmer notre proposition d'embauche au
  poste de contrôleuse de gestion, en CDI, statut cadre, à compter du 4 janvier 2027.

  Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (52 000 € bruts annuels
  sur 13 mois) et les conditions de la période d'essai. Nous vous remercions de nous la retourner
  signée sous huit jours.

  Dans l'attente, je reste à votre disposition.

  Véronique Texier
  Responsable des Ressources Humaines
  Clinique du Parc Saint-Jean
  """, attach="Promesse_embauche_C_Martin.pdf", charset="windows-1252", cte="qp")

m("offer", "carta_oferta", "es", "Logística Ebro", "pilar.lasheras@logisticaebro.example.es",
  "Pilar Lasheras <pilar.lasheras@logisticaebro.example.es>",
  "Carta oferta - Controller", "2026-10-27 12:20 +0100",
  """
  Hola Chloé:

  ¡Enhorabuena! Fernando y el comité han quedado muy contentos con tus entrevistas y nos complace
  ofrecerte el puesto de Controller en Logística Ebro.

  Te adjunto la carta oferta con las condiciones: salario fijo de 55.000 € brutos anuales,
  variable de hasta el 10 %, contrato indefinido e incorporación el 1 de diciembre (negociable).

  Si estás de acuerdo, firma la carta y devuélvemela antes del viernes. Cualquier duda, llámame.

  Un abrazo,
  Pilar
  """, attach="Carta_oferta_Chloe_Martin.pdf", fmt="alt", cte="b64")

m("offer", "docusign_contract", "en", "Ledgerly", "tasha.wright@ledgerly.example.com",
  "Tasha Wright via Docusign <dse_na3@docusign.net>",
  "Please DocuSign: Ledgerly – Employment Agreement – Chloé Martin", "2026-10-23 10:02 +0100",
  """
  Tasha Wright sent you a document to review and sign.

  REVIEW DOCUMENT

  Tasha Wright
  tasha.wright@ledgerly.example.com

  Hi Chloé – as promised, here's your employment agreement for the Senior FP&A Analyst role.
  We're so excited to have you join Ledgerly! Please review and sign when you're ready.

  Do Not Share This Email
  This email contains a secure link to Docusign. Please do not share this email, link, or access
  code with others.
  """, reply_to="Tasha Wright <tasha.wright@ledgerly.example.com>", fmt="html", skin="ats", cte="qp")

m("offer", "agency_you_got_it", "en", "Tessaro Foods", "ryan.brookes@brookeshale.example.co.uk",
  "Ryan Brookes <ryan.brookes@brookeshale.example.co.uk>",
  "YOU GOT IT!!!", "2026-10-09 16:55 +0100",
  """
  Chloé!!!

  Just off the phone with Aisha - they want to offer you the Commercial Finance Analyst job!!
  £52k base + 10% bonus, hybrid 2 days in Reading. Written offer to follow from their HR early
  next week.

  Give me a call when you can, we can talk through notice period and start date. Massive
  congrats, so well deserved!!

  Ryan
  Brookes & Hale Search | 07700 900 117
  """)

m("offer", "proposition_poste_geneve", "fr", "Fromageries Bellerive", "anna.keller@bellerive.example.ch",
  "Anna Keller <anna.keller@bellerive.example.ch>",
  "Proposition d'engagement", "2026-10-01 09:30 +0200",
  """
  Chère Chloé,

  C'est avec grand plaisir que nous vous proposons le poste de Business Controller au sein de
  Fromageries Bellerive SA, à Genève, à 100 %.

  Conditions principales : salaire annuel brut de CHF 118'000 versé en 13 mensualités, 25 jours
  de vacances, entrée en fonction le 1er janvier 2027 ou à convenir. Le contrat de travail vous
  parviendra par courrier dès réception de votre accord de principe.

  Nous nous réjouissons de votre réponse.

  Meilleures salutations,
  Anna Keller
  Talent Acquisition | Fromageries Bellerive SA
  """, charset="iso-8859-1", cte="qp")

m("offer", "workday_offer_ready", "en", "Harcourt Lyle", "",
  "Harcourt Lyle <harcourtlyle@myworkday.com>",
  "Action required: your offer from Harcourt Lyle", "2026-10-16 12:00 +0100",
  """
  Dear Chloé,

  Congratulations! We are pleased to extend an offer for the position of Manager, Financial
  Planning & Analysis.

  Please sign in to your candidate home account to review and accept your offer within 7 days:
  https://harcourtlyle.wd3.myworkday.com/harcourtlyle/d/inbox.htmld

  Harcourt Lyle Recruitment

  This message was sent from an unattended mailbox.
  """, fmt="html", skin="ats", cte="qp")

m("offer", "montreal_offre_emploi", "fr", "Northbridge Pension Plan", "e.tremblay@northbridgepension.example.ca",
  "Émilie Tremblay <e.tremblay@northbridgepension.example.ca>",
  "Offre d'emploi – Analyste principale, finance des placements", "2026-11-10 15:05 -0500",
  """
  Bonjour Chloé,

  Au nom de toute l'équipe, j'ai le plaisir de vous offrir le poste d'analyste principale, finance
  des placements, à notre bureau de Montréal. Vous trouverez en pièce jointe la lettre d'offre
  détaillant le salaire (96 000 $ par année), les avantages sociaux et le régime de retraite.

  L'offre est conditionnelle à la vérification de vos références et de vos diplômes. Pourriez-vous
  nous confirmer votre acceptation d'ici le 17 novembre ?

  Au plaisir de vous compter parmi nous,

  Émilie Tremblay
  Directrice, acquisition de talents
  Northbridge Pension Plan | Régime de retraite Northbridge
  """, attach="Lettre_offre_CMartin.pdf", fmt="alt", cte="qp")
# ---------------------------------------------------------------------------------------------
# Other: alerts, newsletters, outreach, other meanings, own mail, auto-replies, calendar noise
# ---------------------------------------------------------------------------------------------

LIST = {
    "List-Unsubscribe": "<https://links.example.org/u?e=chloe.martin%40example.net>, <mailto:unsubscribe@links.example.org>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

m("other", "job_alert_digest_en", "en", "", "",
  "JobLink Alerts <jobalerts-noreply@joblink.example.com>",
  "30+ new jobs for \"FP&A Analyst\" in London", "2026-08-17 06:02 +0100",
  """
  Your job alert for FP&A Analyst in London, England, United Kingdom

  Senior FP&A Analyst – Aurelia Bank · London (Hybrid) · Actively recruiting
  Financial Planning Analyst – Thamesview Building Society · Reading · Easy Apply
  FP&A Business Partner – a fast-growing fintech · London · 3 connections work here
  Commercial Finance Analyst – Tessaro Foods · Reading · Promoted
  Management Accountant – Meridian Freight · Tilbury · 48 applicants

  See all jobs: https://www.joblink.example.com/jobs/search?alert=82711

  You're receiving job alert emails. Unsubscribe · Manage alerts
  """, fmt="alt", skin="news", cte="qp", headers={**LIST, "List-Id": "Job alerts <alerts.joblink.example.com>"})

m("other", "alerte_offres_fr", "fr", "", "",
  "Alertes Emploi <alerte@emploi-direct.example.fr>",
  "Contrôleur de gestion - Lyon (69) : 12 nouvelles offres", "2026-08-23 07:30 +0200",
  """
  Bonjour Chloé,

  Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion – Lyon ».

  Contrôleur de gestion industriel H/F – Vénissieux – CDI – 45-50 k€
  Contrôleur de gestion retail (H/F) – Lyon 2e – CDI – Groupe Verdane
  Contrôleur financier junior – Villeurbanne – Intérim 6 mois
  Chargé(e) de contrôle de gestion – Métropole du Val de Saône – Fonction publique

  Malheureusement, certaines offres de votre précédente alerte ne sont plus disponibles.

  Voir toutes les offres · Modifier mon alerte · Se désabonner
  """, fmt="html", skin="news", cte="qp", headers={**LIST, "List-Id": "<alertes.emploi-direct.example.fr>"})

m("other", "stepstone_style_de", "de", "", "",
  "JobStufe <jobagent@jobstufe.example.de>",
  "Neue Jobs für Sie: Controller (m/w/d) in Frankfurt am Main", "2026-09-06 08:15 +0200",
  """
  Guten Morgen Chloé,

  Ihr JobAgent hat 8 neue Stellenangebote für Sie gefunden:

  Controller (m/w/d) – Mainfeld Logistik – Frankfurt am Main – vor 1 Tag
  Referent Konzerncontrolling (m/w/d) – Rheinmain Versicherung – Wiesbaden
  Senior Controller FP&A (m/w/d) – Taunus Privatbank – Frankfurt am Main
  Financial Analyst (m/w/d) – Finlytic – Frankfurt – Home-Office möglich

  Alle Jobs ansehen
  Sie erhalten diese E-Mail, weil Sie einen JobAgent angelegt haben. JobAgent abbestellen.
  """, fmt="html", skin="news", cte="b64", headers={**LIST, "List-Id": "JobAgent <jobagent.jobstufe.example.de>"})

m("other", "wttj_newsletter", "fr", "", "",
  "Welcome to the Jungle <newsletter@welcometothejungle.example.com>",
  "Décrocher un CDI après un refus : ils racontent", "2026-09-13 10:00 +0200",
  """
  Cette semaine dans la Jungle

  « Votre candidature n'a pas été retenue » : qui n'a jamais reçu ce mail ? Trois candidats nous
  racontent comment un refus après un entretien final les a menés vers un meilleur poste.

  Aussi au sommaire :
  – Entretien manqué : comment rattraper le coup sans se ridiculiser
  – Contrôle de gestion : les salaires 2026 à Paris, Lyon et Bordeaux
  – 24 entreprises qui recrutent en finance ce mois-ci

  Lire le magazine
  Vous recevez cet e-mail car vous êtes inscrit·e à la newsletter. Se désinscrire.
  """, fmt="html", skin="news", cte="qp", headers={**LIST, "List-Id": "WTTJ Newsletter <newsletter.welcometothejungle.example.com>"})

m("other", "alerta_ofertas_es", "es", "", "",
  "TrabajaYa <alertas@trabajaya.example.es>",
  "5 nuevas ofertas de Controller en Madrid", "2026-09-19 07:45 +0200",
  """
  Hola Chloé,

  Estas son las nuevas ofertas que encajan con tu búsqueda «Controller financiero – Madrid»:

  · Controller financiero – Transportes Ibéricos Norte – Madrid – 45.000 € - 55.000 €
  · Analista FP&A – Banco Serrano – Madrid – Indefinido
  · Controller de Gestión – Almacenes Levante – Alcobendas
  · Business Controller (inglés alto) – empresa confidencial – Madrid

  Ver ofertas · Darme de baja de esta alerta
  """, fmt="alt", skin="news", charset="iso-8859-1", cte="qp", headers={**LIST, "List-Id": "<alertas.trabajaya.example.es>"})

m("other", "career_newsletter_rejection_en", "en", "", "",
  "The Career Desk <hello@careerdesk.example.com>",
  "\"Unfortunately, we've decided to move forward with other candidates\"", "2026-09-26 12:30 +0000",
  """
  Hi there,

  This week we're talking about the email everyone dreads. You've done three rounds, a case study,
  and then: "Unfortunately, we've decided to move forward with other candidates whose experience
  more closely matches our needs."

  Here's how to reply in a way that keeps the door open:
  1. Thank them for their time and the interviews.
  2. Ask one specific question for feedback.
  3. Say you'd like to be considered for future roles.

  Also: what to do if you missed an interview (hint: write the same day, and don't invent an
  excuse), and why "we'll keep your CV on file" sometimes really means it.

  Read the full issue on the web.

  The Career Desk · 123 Example Street, Manchester
  Unsubscribe · Update preferences
  """, fmt="alt", skin="news", cte="qp", headers={**LIST, "List-Id": "The Career Desk <weekly.careerdesk.example.com>"})

m("other", "conseils_entretien_rate_fr", "fr", "", "",
  "Cadres & Carrières <lettre@cadres-carrieres.example.fr>",
  "Lettre n°212 – Vous avez raté un entretien ? Voici quoi faire", "2026-10-03 09:00 +0200",
  """
  Bonjour,

  Un train supprimé, un lien Teams qui ne fonctionne pas, une erreur de fuseau horaire… Rater un
  entretien d'embauche arrive plus souvent qu'on ne le croit. Nos experts vous expliquent comment
  écrire au recruteur dans l'heure, proposer de nouveaux créneaux et rester crédible.

  Dans ce numéro :
  • Le mail d'excuses parfait en 5 phrases
  • Relancer après un entretien : quand et comment ?
  • Témoignage : « Mon entretien a été annulé trois fois »

  Lire la lettre en ligne
  Pour ne plus recevoir cette lettre, cliquez ici.
  """, fmt="html", skin="news", charset="iso-8859-1", cte="qp", headers={**LIST, "List-Id": "<lettre.cadres-carrieres.example.fr>"})

m("other", "newsletter_entrevista_es", "es", "", "",
  "Finanzas y Talento <boletin@finanzasytalento.example.es>",
  "Cómo preparar una entrevista de Controller (y qué preguntan)", "2026-10-10 08:00 +0200",
  """
  ¡Hola!

  En el boletín de esta semana repasamos las 10 preguntas más habituales en una entrevista para
  un puesto de control de gestión: desde «explícame una desviación presupuestaria» hasta el caso
  práctico en Excel. También te contamos qué hacer si te cancelan la entrevista en el último
  momento.

  Leer más en el blog

  Recibes este correo porque te suscribiste a Finanzas y Talento. Darse de baja.
  """, fmt="html", skin="news", cte="b64", headers={**LIST, "List-Id": "<boletin.finanzasytalento.example.es>"})

m("other", "recruiter_cold_inmail", "en", "", "oscar.lindqvist@nordhavn-search.example.com",
  "Oscar Lindqvist <oscar.lindqvist@nordhavn-search.example.com>",
  "Your FP&A background", "2026-08-29 13:22 +0100",
  """
  Hi Chloé,

  I came across your profile and was impressed by your FP&A background across retail and
  logistics. I specialise in finance hires for PE-backed businesses in London and Paris, and we
  regularly have mandates that could suit someone with your mix of modelling and business
  partnering.

  Nothing specific to share right now, but I'd like to keep you on my radar. If you're open to it,
  feel free to send me an up-to-date CV and your salary expectations and I'll let you know when
  something relevant comes up.

  Best regards,
  Oscar Lindqvist
  Director – Finance Practice, Nordhavn Search
  +44 20 7946 0914
  """)

m("other", "xing_style_anfrage", "de", "", "sven.hartmann@finanzkoepfe.example.de",
  "Sven Hartmann <sven.hartmann@finanzkoepfe.example.de>",
  "Spannende Controlling-Positionen im Rhein-Main-Gebiet", "2026-09-02 11:48 +0200",
  """
  Hallo Frau Martin,

  ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang im Controlling sehr interessant. Als
  Personalberater betreue ich zahlreiche Mandanten aus dem Banken- und Versicherungsumfeld in
  Frankfurt.

  Aktuell habe ich keine konkrete Vakanz für Sie, möchte Sie aber gerne in unseren Kandidatenpool
  aufnehmen. Wenn Sie möchten, senden Sie mir Ihren Lebenslauf.

  Beste Grüße
  Sven Hartmann
  FinanzKöpfe Personalberatung
  """, charset="iso-8859-1", cte="qp")

m("other", "agence_offres_du_moment", "fr", "", "",
  "Aubert & Claes Conseil <newsletter@aubert-claes.example.fr>",
  "Nos offres finance du moment – Lyon & Genève", "2026-09-09 07:00 +0200",
  """
  Bonjour Chloé,

  Découvrez notre sélection d'offres en finance et contrôle de gestion :

  – Responsable contrôle de gestion (H/F) – Mutuelle – Lyon – 65-75 k€
  – Business Controller (H/F) – Industrie agroalimentaire – Genève – CHF 110-125k
  – Contrôleur financier (H/F) – Logistique – Saint-Priest – 50-55 k€

  Vous souhaitez en savoir plus ? Postulez directement sur notre site.

  Aubert & Claes Conseil – Cabinet de recrutement spécialisé
  Se désinscrire
  """, fmt="html", skin="news", cte="qp", headers={**LIST, "List-Id": "<offres.aubert-claes.example.fr>"})

m("other", "podcast_interview_request", "en", "", "priya@ledgerlines-podcast.example.com",
  "Priya Raman <priya@ledgerlines-podcast.example.com>",
  "Podcast interview? Ledger Lines", "2026-10-04 16:10 +0100",
  """
  Hi Chloé,

  I host Ledger Lines, a podcast about the people behind the numbers in corporate finance. I
  loved your post about rebuilding a rolling forecast in three weeks and would love to interview
  you for an episode in November.

  It's a relaxed 40-minute conversation recorded over Zoom, and you'd get to review the edit
  before it goes out. Would you be up for it? I can send a few possible recording dates.

  Thanks!
  Priya
  Host, Ledger Lines
  """)

m("other", "journaliste_interview_fr", "fr", "", "m.lacroix@lecho-rhone.example.fr",
  "Mathilde Lacroix <m.lacroix@lecho-rhone.example.fr>",
  "Demande d'interview – femmes et finance à Lyon", "2026-10-08 11:25 +0200",
  """
  Bonjour Madame Martin,

  Je suis journaliste à L'Écho du Rhône et je prépare un dossier sur la place des femmes dans les
  métiers de la finance d'entreprise à Lyon. Votre témoignage lors de la table ronde de l'APDC m'a
  marquée.

  Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la
  semaine prochaine ? L'article paraîtra début novembre.

  Bien cordialement,
  Mathilde Lacroix
  Journaliste – service Économie
  L'Écho du Rhône
  """, charset="windows-1252", cte="qp")

m("other", "user_research_bank_app", "en", "", "",
  "Verso Bank Research <research-noreply@versobank.example.com>",
  "Share your thoughts in a 30-minute interview (£40 voucher)", "2026-10-11 14:00 +0100",
  """
  Hi Chloé,

  We're redesigning the budgeting features in the Verso app and we'd love to hear how you manage
  your money. Our research team is running 30-minute video interviews next week.

  As a thank you, you'll receive a £40 gift voucher. Spaces are limited.

  Book your research interview: https://research.versobank.example.com/book?id=5521

  The Verso Research Team
  You're receiving this because you agreed to be contacted for research. Opt out anytime.
  """, fmt="html", skin="news", cte="qp", headers=LIST)

m("other", "encuesta_satisfaccion", "es", "", "",
  "Seguros Hogar Plus <encuestas@hogarplus.example.es>",
  "Su opinión nos importa: encuesta de 5 minutos", "2026-10-12 10:30 +0200",
  """
  Estimada clienta:

  Recientemente ha tramitado un parte con Seguros Hogar Plus. Nos gustaría conocer su opinión
  sobre la atención recibida mediante una breve entrevista telefónica o una encuesta online de
  cinco minutos.

  Responder a la encuesta

  Gracias por confiar en nosotros.
  Seguros Hogar Plus
  """, fmt="html", skin="news", charset="iso-8859-1", cte="qp", headers=LIST)

m("other", "friend_own_rejection_fr", "fr", "", "lea.fontaine@example.org",
  "Léa Fontaine <lea.fontaine@example.org>",
  "bon ben c'est mort", "2026-09-18 21:47 +0200",
  """
  Coucou ma belle,

  Bon, je viens de recevoir la réponse de la banque où j'avais passé mon 3e entretien… « nous
  avons le regret de vous informer que votre candidature n'a pas été retenue ». Trois entretiens
  et un cas pratique pour ça 😩

  Bref, on se fait toujours ce verre jeudi ? J'ai besoin de me changer les idées. Et toi, ça avance
  tes candidatures à Genève ?

  Bisous
  Léa
  """)

m("other", "friend_interview_story_en", "en", "", "sam.okoye@example.org",
  "Sam Okoye <sam.okoye@example.org>",
  "lol you won't believe this", "2026-10-14 22:03 +0100",
  """
  Chlo,

  So the company I told you about rescheduled my final interview AGAIN (third time) and then
  today the hiring manager just didn't show up on the call. HR sent a "sorry we missed you" email
  like it was MY fault haha. Anyway I think I'm going to withdraw.

  How did your Kingsmere thing go? Drinks Friday?

  S
  """)

m("other", "order_delayed_en", "en", "", "",
  "Homewise <orders@homewise.example.co.uk>",
  "Unfortunately your order is delayed", "2026-09-05 08:40 +0100",
  """
  Hi Chloé,

  We're sorry – unfortunately your order HW-4471823 (ergonomic desk chair, charcoal) is delayed
  due to high demand. Your new estimated delivery date is Tuesday 15 September.

  We won't be able to move your delivery forward, but you can cancel for a full refund at any
  time from your account.

  Track your order · Help centre
  Homewise Ltd, Unit 4, Example Park, Leeds
  """, fmt="html", skin="corp", cte="qp")

m("other", "pedido_retrasado_es", "es", "", "",
  "Tienda Nube Azul <pedidos@nubeazul.example.es>",
  "Tu pedido se ha retrasado", "2026-10-18 09:12 +0200",
  """
  Hola Chloé,

  Lamentamos informarte de que tu pedido n.º 88213-ES (maleta de cabina, color arena) sufrirá un
  retraso de 3 a 5 días laborables por una incidencia con el transportista.

  Sentimos las molestias. Puedes seguir el envío desde tu cuenta.

  Atención al cliente · Tienda Nube Azul
  """, fmt="alt", skin="corp", cte="qp")

m("other", "gps_position_shared", "en", "", "",
  "FindMy Family <notifications@findmyfamily.example.com>",
  "Julien shared his position with you", "2026-09-12 18:22 +0200",
  """
  Julien Martin shared his live position with you for 1 hour.

  Current position: 45.7640° N, 4.8357° E – near Place Bellecour, Lyon
  Accuracy: 12 m · Updated 2 minutes ago

  Open the map to see his position. You can stop receiving updates at any time.
  """, fmt="html", skin="corp", cte="7bit")

m("other", "position_colis_fr", "fr", "", "",
  "Colissimo Express <suivi@colis-express.example.fr>",
  "Votre colis est en cours de livraison – position du livreur", "2026-10-22 10:05 +0200",
  """
  Bonjour,

  Votre colis n° 6A1928374650 sera livré aujourd'hui entre 11h45 et 12h45.

  Suivez la position de votre livreur en temps réel sur la carte. Vous êtes absente ? Choisissez
  un point relais ou une nouvelle date de livraison.

  Malheureusement, en cas d'absence, le colis sera déposé au bureau de poste le plus proche.
  """, fmt="html", skin="corp", cte="qp")

m("other", "loan_application_received", "en", "", "",
  "Harbour Mutual Bank <no-reply@harbourmutual.example.co.uk>",
  "We've received your personal loan application", "2026-08-22 12:15 +0100",
  """
  Dear Ms Martin,

  Thank you for your personal loan application (reference PL-2026-0087341) for £6,000 over 36
  months.

  We are now reviewing your application. This usually takes up to two working days. We may need
  to contact you for further documents, such as proof of income or address.

  Your application has been received and is being processed.

  Harbour Mutual Bank
  Harbour Mutual Bank plc is authorised by the Prudential Regulation Authority.
  """, fmt="alt", skin="corp", cte="qp")

m("other", "demande_carte_bancaire", "fr", "", "",
  "Banque Populaire Saône <ne-pas-repondre@bp-saone.example.fr>",
  "Votre demande de carte a bien été reçue", "2026-09-16 19:20 +0200",
  """
  Madame Martin,

  Nous avons bien reçu votre demande de carte Visa Premier. Votre conseiller étudie votre dossier
  et reviendra vers vous sous 48 heures.

  Nous vous remercions de votre confiance.

  Votre banque
  """, charset="iso-8859-1", cte="qp")

m("other", "versicherung_antrag", "de", "", "",
  "Hansewacht Versicherung <service@hansewacht.example.de>",
  "Ihr Antrag auf Hausratversicherung ist eingegangen", "2026-10-19 13:01 +0200",
  """
  Sehr geehrte Frau Martin,

  vielen Dank für Ihren Antrag auf eine Hausratversicherung (Vorgangsnummer HR-77120-26). Ihre
  Bewerbung um unseren Neukundenrabatt haben wir ebenfalls erhalten.

  Wir prüfen Ihren Antrag und senden Ihnen die Police in den nächsten Tagen zu.

  Mit freundlichen Grüßen
  Ihr Kundenservice
  Hansewacht Versicherung AG
  """, fmt="alt", skin="corp", cte="qp")

m("other", "flat_application_unsuccessful", "en", "", "lettings@camdenkeys.example.co.uk",
  "Camden Keys Lettings <lettings@camdenkeys.example.co.uk>",
  "14B Albert Road - application outcome", "2026-09-24 17:10 +0100",
  """
  Dear Chloé,

  Thank you for your application for the one-bedroom flat at 14B Albert Road and for attending
  the viewing on Saturday.

  Unfortunately the landlord has decided to proceed with another applicant. We regret we cannot
  provide feedback on individual applications. We'll let you know about similar properties.

  Kind regards,
  Lettings Team
  Camden Keys
  """)

m("other", "dossier_location_refuse", "fr", "", "agence@immo-croixrousse.example.fr",
  "Agence Croix-Rousse Immobilier <agence@immo-croixrousse.example.fr>",
  "Votre dossier de location – T2 rue d'Austerlitz", "2026-10-09 12:00 +0200",
  """
  Bonjour Madame,

  Suite à votre visite du T2 situé 8 rue d'Austerlitz, nous vous informons que le propriétaire a
  retenu un autre dossier. Nous sommes désolés de ne pouvoir donner une suite favorable à votre
  candidature pour ce logement.

  Nous restons à votre disposition pour d'autres biens.

  L'équipe location
  """, charset="windows-1252", cte="qp")

m("other", "msc_admission_decision", "en", "", "",
  "Graduate Admissions <admissions-noreply@kingsbridge-uni.example.ac.uk>",
  "Decision on your application: MSc Corporate Finance (part-time)", "2026-08-30 15:00 +0100",
  """
  Dear Chloé Martin,

  Thank you for your application to the MSc Corporate Finance (part-time) programme starting in
  January 2027.

  We regret to inform you that we are unable to offer you a place on this occasion. We received a
  very large number of applications from highly qualified candidates.

  We wish you every success in your future studies.

  Graduate Admissions Office
  Kingsbridge University
  """, fmt="alt", skin="corp", cte="qp")

m("other", "admission_executive_master_fr", "fr", "", "",
  "Admissions Executive Education <admissions@ecole-gestion-lyon.example.fr>",
  "Résultat d'admission – Executive Master Contrôle de gestion", "2026-10-15 16:30 +0200",
  """
  Madame,

  Nous avons le plaisir de vous informer que le jury d'admission a émis un avis favorable à votre
  candidature à l'Executive Master Contrôle de gestion et pilotage de la performance (rentrée
  mars 2027).

  Vous trouverez dans votre espace candidat le contrat de formation et les modalités d'inscription.

  Le service des admissions
  """, fmt="html", skin="corp", cte="qp")

m("other", "fpa_community_newsletter", "en", "", "",
  "The Variance <newsletter@thevariance.example.com>",
  "The Variance #42: offers, counter-offers and the art of saying no", "2026-10-17 07:00 +0000",
  """
  THE VARIANCE – weekly notes for FP&A people

  1. Got an offer? How to negotiate the bonus, not just the base.
  2. "We regret to inform you": what hiring managers actually mean.
  3. Interview invitation decoded – what a "quick chat" really is.
  4. Driver-based forecasting in 10 lines of Power Query.

  Forward to a friend · Unsubscribe · Sponsored by a spreadsheet company
  """, fmt="alt", skin="news", cte="qp", headers={**LIST, "List-Id": "The Variance <weekly.thevariance.example.com>"})

m("other", "own_sent_thank_you", "en", "", "",
  ME, "Thank you – Treasury & Planning Analyst interview", "2026-10-29 14:20 +0000",
  """
  Dear Amara,

  Thank you for taking the time to meet me this morning. I enjoyed our conversation about the
  liquidity forecasting project and how the team works with ALM.

  I'm very interested in the role and would be glad to provide any further information.

  Best regards,
  Chloé Martin
  +33 6 98 76 54 32
  """, to="Amara Osei <amara.osei@kingsmerebank.example.com>", reply=True, headers={"X-Mailer": "Apple Mail (2.3774)"})

m("other", "own_sent_relance_fr", "fr", "", "",
  ME, "Relance – candidature Contrôleuse de gestion retail", "2026-09-21 08:45 +0200",
  """
  Bonjour Madame Roussel,

  Je me permets de revenir vers vous concernant ma candidature au poste de contrôleuse de gestion
  retail. Je reste très motivée et disponible pour un entretien à votre convenance.

  Je vous remercie par avance et vous souhaite une excellente journée.

  Bien cordialement,
  Chloé Martin
  """, to="Inès Roussel <ines.roussel@verdane.example.fr>", charset="iso-8859-1", cte="qp")

m("other", "own_sent_apology_missed", "en", "", "",
  ME, "Re: Missed interview - Finance Controller Europe", "2026-09-18 16:05 +0000",
  """
  Dear Rohit,

  I am very sorry to have missed this afternoon's discussion with Mr. Iyer. I take full
  responsibility; the change of time slipped past me. I remain very interested in the role and
  could make any time on Monday or Tuesday.

  Kind regards,
  Chloé Martin

  On Fri, 18 Sept 2026 at 17:35, Rohit Kulkarni <rohit.kulkarni@sahyadri.example.in> wrote:
  > The panel waited for 15 minutes on the Teams link for the scheduled discussion at 4 PM CET
  > today, however you did not join the meeting.
  """, to="Rohit Kulkarni <rohit.kulkarni@sahyadri.example.in>", reply=True)

m("other", "ooo_recruiter_en", "en", "", "maya.chen@aureliabank.example.com",
  "Maya Chen <maya.chen@aureliabank.example.com>",
  "Automatic reply: Offer questions", "2026-10-02 09:14 +0100",
  """
  Thank you for your email. I am out of the office until Monday 12 October with limited access to
  email. For urgent recruitment matters please contact recruiting@aureliabank.example.com.

  Kind regards,
  Maya
  """, reply=True, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("other", "ooo_absence_fr", "fr", "", "ines.roussel@verdane.example.fr",
  "Inès Roussel <ines.roussel@verdane.example.fr>",
  "Réponse automatique : Relance – candidature Contrôleuse de gestion retail", "2026-09-21 08:45 +0200",
  """
  Bonjour,

  Je suis absente du bureau jusqu'au 23 septembre inclus. Je traiterai votre message à mon
  retour. En cas d'urgence, vous pouvez contacter recrutement@verdane.example.fr.

  Cordialement,
  Inès Roussel
  """, reply=True, charset="windows-1252", cte="qp", headers={"Auto-Submitted": "auto-replied"})

m("other", "ooo_abwesenheit_de", "de", "", "k.wolff@bankhaus-adler.example.de",
  "Katrin Wolff <k.wolff@bankhaus-adler.example.de>",
  "Abwesenheitsnotiz: Ihre Bewerbung – Controller FP&A", "2026-10-30 12:31 +0100",
  """
  Vielen Dank für Ihre Nachricht.

  Ich bin bis einschließlich 6. November nicht im Büro und habe keinen Zugriff auf meine E-Mails.
  Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
  recruiting@bankhaus-adler.example.de.

  Mit freundlichen Grüßen
  Katrin Wolff
  """, reply=True, charset="iso-8859-1", cte="qp", headers={"Auto-Submitted": "auto-replied"})

m("other", "ooo_fuera_oficina_es", "es", "", "pilar.lasheras@logisticaebro.example.es",
  "Pilar Lasheras <pilar.lasheras@logisticaebro.example.es>",
  "Respuesta automática: Carta oferta - Controller", "2026-10-28 08:02 +0100",
  """
  Hola,

  Estoy fuera de la oficina hasta el 2 de noviembre. Para cualquier tema urgente, escribe a
  rrhh@logisticaebro.example.es.

  Gracias,
  Pilar Lasheras
  """, reply=True, headers={"Auto-Submitted": "auto-replied"})

m("other", "bootcamp_standup_invite", "en", "", "",
  "Google Calendar <calendar-notification@google.com>",
  "Invitation: Daily stand-up – Power BI bootcamp @ Weekdays 09:00 – 09:15 (CEST)", "2026-08-31 19:00 +0200",
  """
  You have been invited to the following event.

  Daily stand-up – Power BI bootcamp
  When: Weekdays 09:00 – 09:15 Central European Time - Paris
  Joining info: meet.example.com/pbi-standup
  Organizer: cohort12@databootcamp.example.org

  Going? Yes - Maybe - No    more options »

  Invitation from Google Calendar. You are receiving this email because you are an attendee of
  the event.
  """, fmt="alt", skin="corp", cte="qp",
  ics={"uid": "7ab3c9d0pbistandup@google.com", "start": "20260901T070000Z", "end": "20260901T071500Z",
       "summary": "Daily stand-up – Power BI bootcamp", "location": "meet.example.com/pbi-standup",
       "organizer": "cohort12@databootcamp.example.org", "org_name": "Cohort 12",
       "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

m("other", "study_group_reminder", "en", "", "",
  "Google Calendar <calendar-notification@google.com>",
  "Notification: CFA Level II study group @ Wed 7 Oct 2026 19:00 – 20:30 (CEST)", "2026-10-07 18:50 +0200",
  """
  CFA Level II study group
  Wed 7 Oct 2026 19:00 – 20:30 Central European Time - Paris
  Location: Bibliothèque Part-Dieu, salle 3

  Invitation from Google Calendar. You are receiving this email because you set a reminder.
  """, cte="qp")

m("other", "profile_views_digest", "en", "", "",
  "JobLink <notifications-noreply@joblink.example.com>",
  "Your application was viewed by Aurelia Bank", "2026-08-28 12:40 +0100",
  """
  Chloé, good news: your application for Senior FP&A Analyst was viewed by Aurelia Bank.

  Applicants who follow up with a short message are 2x more likely to hear back.

  See application status · Jobs you may be interested in: Financial Analyst (Ledgerly),
  Management Accountant (Meridian Freight)

  Unsubscribe from application updates
  """, fmt="html", skin="news", cte="qp", headers=LIST)

m("other", "virtual_careers_evening", "en", "", "",
  "Crowngate Bank Early & Experienced Careers <events@crowngatebank.example.co.uk>",
  "Join us: Finance careers evening, 15 October", "2026-10-01 12:00 +0100",
  """
  Curious about a career in finance at Crowngate Bank?

  Join our virtual careers evening on Thursday 15 October at 6pm. Hear from our FP&A and Group
  Finance teams, take part in a Q&A and find out about our current vacancies and how our
  interview process works.

  Register now – spaces are limited.

  Crowngate Bank plc · Unsubscribe
  """, fmt="html", skin="news", cte="b64", headers=LIST)

m("other", "actualisation_mensuelle", "fr", "", "",
  "Service Emploi <ne-pas-repondre@service-emploi.example.fr>",
  "N'oubliez pas votre actualisation mensuelle", "2026-10-28 08:00 +0100",
  """
  Madame Martin,

  Votre période d'actualisation est ouverte du 28 octobre au 15 novembre. Pensez à déclarer votre
  situation du mois d'octobre (heures travaillées, formation, etc.) depuis votre espace
  personnel.

  Votre conseillère reste disponible pour un entretien sur rendez-vous.

  Ceci est un message automatique.
  """, charset="iso-8859-1", cte="qp")

m("other", "informe_salarial_agencia", "es", "", "",
  "Talentia Finance Recruitment <marketing@talentia-finance.example.es>",
  "Informe salarial 2027: Finanzas y Control de Gestión", "2026-11-03 10:00 +0100",
  """
  ¿Cuánto gana un Controller en Madrid o Barcelona?

  Descarga nuestro Informe Salarial 2027 con las bandas retributivas de más de 40 puestos de
  finanzas, y descubre las tendencias en procesos de selección: entrevistas por competencias,
  casos prácticos y ofertas con teletrabajo.

  Descargar el informe

  Talentia Finance Recruitment · Darse de baja
  """, fmt="html", skin="news", cte="qp", headers=LIST)

m("other", "interview_exclusive_press_fr", "fr", "", "",
  "La Lettre de la DAF <redaction@lettre-daf.example.fr>",
  "Entretien exclusif avec la directrice financière de Parcelio", "2026-10-21 06:30 +0200",
  """
  LA LETTRE DE LA DAF – édition du mercredi

  ENTRETIEN. La directrice financière de Parcelio revient sur la levée de fonds, la fin du
  « cash burn » et ses recrutements en contrôle de gestion pour 2027.

  À lire aussi : le taux de refus des candidatures spontanées a doublé en un an.

  Vous recevez cette lettre car vous êtes abonnée. Se désabonner.
  """, fmt="html", skin="news", cte="qp", headers={**LIST, "List-Id": "<quotidienne.lettre-daf.example.fr>"})

m("other", "networking_event_geneva", "en", "", "",
  "Geneva Finance Circle <events@genevafinancecircle.example.ch>",
  "Reminder: Networking evening – tomorrow 18:30", "2026-11-04 09:00 +0100",
  """
  Dear member,

  This is a reminder of tomorrow's networking evening at the Hotel des Bergues, with a panel on
  "Hiring in Swiss finance: what interviewers look for in 2027". Please bring your badge.

  Geneva Finance Circle
  """, fmt="alt", skin="news", cte="qp", headers=LIST)

m("other", "workday_password_reset", "en", "", "",
  "Thamesview Careers <thamesview@myworkday.com>",
  "Reset your password", "2026-09-29 23:12 +0100",
  """
  Hi Chloé,

  We received a request to reset the password for your Thamesview candidate account. Click the
  link below to choose a new password. The link expires in 24 hours.

  https://thamesview.wd3.myworkday.com/thamesview/login.htmld?reset=1

  If you didn't request this, you can ignore this email.
  """, fmt="html", skin="ats", cte="qp", headers={"Auto-Submitted": "auto-generated"})

m("other", "taleo_incomplete_application", "en", "", "",
  "Westmoor Insurance <donotreply@taleo.net>",
  "Your application is not complete", "2026-08-19 07:00 +0100",
  """
  Dear Chloe Martin,

  You started an application for Finance Analyst (Requisition 26-1143) but have not yet submitted
  it. Incomplete applications cannot be considered.

  To finish your application, sign in to the career section.

  Westmoor Insurance Talent Acquisition
  """, charset="windows-1252", cte="qp", headers={"X-Mailer": "Taleo Enterprise Edition"})

m("other", "friend_fwd_job_posting_es", "es", "", "carla.nunez@example.org",
  "Carla Núñez <carla.nunez@example.org>",
  "Fwd: Oferta Controller - mira esto!", "2026-09-08 13:30 +0200",
  """
  Chloé!! Mira esto, en mi empresa buscan controller y he pensado en ti. Si quieres te paso el contacto de la responsable de selección 😊

  Besos,
  Carla

  ---------- Forwarded message ---------
  De: Comunicación Interna <comunicacion@grupomareny.example.es>
  Date: mar, 8 sept 2026 a las 10:02
  Subject: Oferta Controller
  To: <todos@grupomareny.example.es>

  ¡Buscamos Controller para el equipo de Finanzas en Barcelona! Si conoces a alguien, comparte la
  oferta. Programa de referidos: 1.000 € por contratación.
  """)

m("other", "alta_suministro_es", "es", "", "",
  "Energía Clara <no-responder@energiaclara.example.es>",
  "Hemos recibido tu solicitud de alta", "2026-11-05 18:40 +0100",
  """
  Hola Chloé,

  Hemos recibido tu solicitud de alta de luz para la dirección Calle de Alcalá 120, 28009 Madrid.
  Revisaremos la documentación y te confirmaremos la fecha de activación en un plazo de 5 días.

  Gracias por elegir Energía Clara.
  """, fmt="alt", skin="corp", cte="qp")

m("other", "flight_rescheduled", "en", "", "",
  "SkyLéman Airways <noreply@skyleman.example.com>",
  "Important: your flight has been rescheduled", "2026-10-24 05:50 +0200",
  """
  Dear Ms Martin,

  Unfortunately your flight SL 1143 Lyon – London Gatwick on 27 October has been rescheduled. New
  departure time: 14:35 (previously 09:10). We apologise for the inconvenience.

  If the new time doesn't suit you, you can change your flight free of charge or request a refund.

  SkyLéman Airways Customer Service
  """, fmt="html", skin="corp", cte="qp")

m("other", "rdv_medical_annule", "fr", "", "",
  "MédiRendezVous <no-reply@medirdv.example.fr>",
  "Votre rendez-vous a été annulé", "2026-10-13 07:45 +0200",
  """
  Bonjour Chloé,

  Votre rendez-vous du jeudi 15 octobre à 17h30 avec le Dr Perrin (ophtalmologue) a été annulé
  par le cabinet. Vous pouvez reprendre un rendez-vous en ligne.

  Cet e-mail est envoyé automatiquement.
  """, fmt="alt", skin="corp", cte="qp")

m("other", "recruiter_inmail_es_no_request", "es", "", "alvaro.mendez@sumatalent.example.es",
  "Álvaro Méndez <alvaro.mendez@sumatalent.example.es>",
  "Tu perfil en finanzas", "2026-10-26 12:15 +0100",
  """
  Hola Chloé,

  Soy consultor en Suma Talent, especializados en perfiles financieros en Madrid y Barcelona. He
  visto tu experiencia en control de gestión y me parece muy interesante.

  Ahora mismo no tengo un proceso abierto que encaje contigo, pero me encantaría tener tu CV
  actualizado para tenerte en cuenta en próximas búsquedas.

  Un saludo,
  Álvaro Méndez
  Suma Talent
  """)

m("other", "glassdoor_style_salary", "en", "", "",
  "Worktalk <digest@worktalk.example.com>",
  "Interview reviews for Kingsmere Bank + 3 companies you follow", "2026-10-20 08:30 +0100",
  """
  New interview reviews at companies you follow

  Kingsmere Bank – Treasury Analyst: "Two rounds, friendly panel, got rejected after the case
  study but the feedback was useful." ★★★★☆

  Aurelia Bank – FP&A: "Quick phone screen, then a 45-min video interview with the VP."

  Salaries for Financial Controller in London: £65k – £85k

  Unsubscribe from this digest
  """, fmt="html", skin="news", cte="qp", headers={**LIST, "List-Id": "<digest.worktalk.example.com>"})

m("other", "bootcamp_update_de", "de", "", "",
  "Datenakademie Rhein-Main <kurse@datenakademie.example.de>",
  "Ihr Kurs \"Power BI für Controller\": Terminänderung", "2026-09-30 09:00 +0200",
  """
  Sehr geehrte Teilnehmerin,

  leider müssen wir den Präsenztermin Ihres Kurses "Power BI für Controller" vom 8. Oktober auf
  den 15. Oktober verschieben, da der Dozent erkrankt ist. Ort und Uhrzeit bleiben unverändert.

  Wir bitten um Verständnis.
  Ihre Datenakademie Rhein-Main
  """, fmt="alt", skin="corp", cte="qp")


if __name__ == "__main__":
    main()
