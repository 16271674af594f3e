"""Writes the thirty-eighth labelled corpus: three months of Chidi Okafor's inbox, Jan-Oct 2026.

Why a generator: the MIME plumbing (quoted-printable, base64, legacy charsets, RFC 2047 headers,
text/calendar parts, threading headers) is easy to get subtly wrong by hand, while every message
text below is written out individually so no kind rests on a few templates with names swapped.
Run `python tests/corpus_thirtyeighth/make_thirtyeighth.py` to rewrite the .eml files and
labels.csv. Imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import re
from datetime import datetime
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
ME = "Chidi Okafor <chidi.okafor@example.org>"
ME_ADDR = "chidi.okafor@example.org"
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|notification|alerts?@|mailer|bounce|digest|news@|"
    r"newsletter|jobalerts|updates@|system@|talent-noreply|info@|ne-pas-repondre|no-responder|"
    r"notificaciones|myworkday|taleo",
    re.I,
)
_ROWS: list[tuple[str, str, str, str, str]] = []
_SPECS: list[dict[str, Any]] = []


def q(style: str, who: str, when: str, text: str) -> str:
    """A quoted earlier message in the style of the mail program that replied."""
    quoted = "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))
    heads = {
        "gmail": f"On {when}, {who} wrote:\n{quoted}",
        "de": f"Am {when} schrieb {who}:\n{quoted}",
        "fr": f"Le {when}, {who} a écrit :\n{quoted}",
        "es": f"El {when}, {who} escribió:\n{quoted}",
        "iphone": f"On {when}, {who} wrote:\n\n{quoted}",
    }
    if style == "outlook":
        name, addr = parseaddr(who)
        subject, body = "RE: your application", text.strip("\n")
        if body.startswith("Subject:"):
            first, body = body.split("\n", 1)
            subject = first.removeprefix("Subject:").strip()
        return (
            "________________________________\n"
            f"From: {name} <{addr}>\nSent: {when}\nTo: Chidi Okafor <{ME_ADDR}>\n"
            f"Subject: {subject}\n\n{body}"
        )
    return heads[style]


def ics(uid: str, summary: str, start: str, end: str, organizer: str, *, method: str = "REQUEST",
        status: str = "CONFIRMED", location: str = "", sequence: int = 0, description: str = "") -> str:
    """A one-event VCALENDAR as calendar programs attach to invitations (times in UTC)."""
    name, addr = parseaddr(organizer)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
        f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN=Chidi Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"SEQUENCE:{sequence}", f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location.replace(',', chr(92) + ',')}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def htmlize(text: str, brand: str, track: str, charset: str = "utf-8") -> str:
    """The bulk-mail HTML an ATS or newsletter tool makes of a text: tables, inline styles,
    a logo with alt text and tracked links."""
    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        token = hashlib.sha1(url.encode()).hexdigest()[:16]
        return f'<a href="https://{track}/ls/click?upn={token}" style="color:#1a5fb4">{url}</a>'

    paras = []
    for para in text.strip().split("\n\n"):
        safe = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        safe = re.sub(r"https?://\S+", link, safe).replace("\n", "<br>\n")
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;line-height:20px;color:#222222">{safe}</p>')
    pixel = hashlib.sha1((brand + text[:40]).encode()).hexdigest()[:20]
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"></head><body style="margin:0;padding:0;'
        'background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center"><table width="600" cellpadding="24" style="background:#ffffff">'
        f'<tr><td><img src="https://{track}/logo.png" alt="{brand} logo" width="140"></td></tr>'
        '<tr><td>\n' + "\n".join(paras) + '\n</td></tr></table>'
        f'<img src="https://{track}/o/{pixel}.gif" width="1" height="1" alt="">'
        '</td></tr></table></body></html>\n'
    )


def _text_part(text: str, subtype: str, charset: str, cte: str | None) -> MIMENonMultipart:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]  # only the top level carries it in real mail
    if cte == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = cte
    return part


def _addr(value: str, charset: str) -> str:
    name, addr = parseaddr(value)
    if name and not name.isascii():
        return formataddr((name, addr), charset=charset)
    return formataddr((name, addr)) if name else addr


def add(kind: str, slug: str, lang: str, company: str = "", contact: str | None = None,
        **spec: Any) -> None:
    """Record one message; `contact` None means: Reply-To if human, else the sender if human."""
    if contact is None:
        contact = ""
        if kind != "other":
            for field in (spec.get("reply_to"), spec["frm"]):
                addr = parseaddr(field)[1] if field else ""
                if addr and not NOT_HUMAN.search(addr) and addr != ME_ADDR:
                    contact = addr
                    break
    _SPECS.append(dict(spec, kind=kind, slug=slug, lang=lang, company=company, contact=contact))


def build(spec: dict[str, Any], number: int) -> bytes:
    """The message bytes for one spec."""
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    body = spec["body"].strip("\n") + "\n"
    fmt = spec.get("fmt", "plain")
    brand = spec.get("brand") or spec["company"] or "Updates"
    track = spec.get("track", "email.track.example.net")
    html = spec.get("html") or htmlize(body, brand, track, cs)
    if fmt == "plain":
        main: MIMEBase = _text_part(body, "plain", cs, cte)
    elif fmt == "html":
        main = _text_part(html, "html", cs, cte)
    else:
        main = MIMEMultipart("alternative")
        del main["MIME-Version"]
        main.attach(_text_part(body, "plain", cs, cte))
        main.attach(_text_part(html, "html", cs, cte))
    if spec.get("ics"):
        cal = _text_part(spec["ics"], "calendar", "utf-8", "7bit" if spec["ics"].isascii() else "base64")
        cal.set_param("method", spec.get("ics_method", "REQUEST"))
        if isinstance(main, MIMEMultipart):
            main.attach(cal)
        else:
            alt = MIMEMultipart("alternative")
            del alt["MIME-Version"]
            alt.attach(main)
            alt.attach(cal)
            main = alt
    if spec.get("attach"):
        mixed = MIMEMultipart("mixed")
        del main["MIME-Version"]
        mixed.attach(main)
        for filename, ctype, payload in spec["attach"]:
            maintype, subtype = ctype.split("/")
            att = MIMEBase(maintype, subtype, name=filename)
            del att["MIME-Version"]
            att.set_payload(base64.encodebytes(payload).decode("ascii"))
            att["Content-Transfer-Encoding"] = "base64"
            att["Content-Disposition"] = f'attachment; filename="{filename}"'
            mixed.attach(att)
        main = mixed
    frm = spec["frm"]
    domain = parseaddr(frm)[1].split("@")[-1]
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    token = hashlib.sha1(f"{number}{spec['slug']}".encode()).hexdigest()
    mid = spec.get("mid") or f"<{token[:8]}-{token[8:12]}-{token[12:16]}.{number}@{domain}>"
    subject = spec["subject"]
    headers = [
        ("Return-Path", f"<{spec.get('return_path', parseaddr(frm)[1])}>"),
        ("Date", format_datetime(when)),
        ("From", _addr(frm, cs)),
        ("To", _addr(spec.get("to", ME), cs)),
    ]
    if spec.get("cc"):
        headers.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addr(spec["reply_to"], cs)))
    esubj = spec.get("esubj")
    if esubj or not subject.isascii():
        subject = Header(subject, esubj or cs, header_name="Subject").encode()
    headers += [("Subject", subject), ("Message-ID", mid)]
    if spec.get("irt"):
        headers.append(("In-Reply-To", spec["irt"]))
        headers.append(("References", " ".join(spec.get("refs", [])) or spec["irt"]))
    headers += list(spec.get("headers", []))
    for name, value in headers:
        main[name] = value
    if "MIME-Version" not in main:
        main["MIME-Version"] = "1.0"
    # Put the envelope headers first, as real mail shows them.
    items = main._headers
    first = [h for h in items if h[0] in dict(headers)]
    rest = [h for h in items if h[0] not in dict(headers)]
    main._headers = first + rest
    # Fixed boundaries keep the output byte-for-byte reproducible.
    for index, part in enumerate(p for p in main.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{token[16:28]}_{index}")
    return main.as_bytes()


def render() -> list[tuple[str, bytes, tuple[str, str, str, str, str]]]:
    """Every message as (path relative to the corpus, bytes, label row), numbered by date
    as an inbox lists them."""
    in_inbox_order = sorted(_SPECS, key=lambda s: datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z"))
    out = []
    for number, spec in enumerate(in_inbox_order, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        company = spec["company"] if spec["kind"] != "other" else ""
        out.append((rel, build(spec, number), (rel, spec["kind"], company, spec["contact"], spec["lang"])))
    return out


def write_all() -> None:
    """Rewrites every .eml and labels.csv from the specs."""
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rendered = render()
    for rel, data, _row in rendered:
        (ROOT / rel).parent.mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(data)
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(row for _rel, _data, row in rendered)


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REJ, INV, RES, MIS, ACK, OFF, OTH = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                                   "missed_interview_notice", "application_received", "offer", "other")


# ---------------------------------------------------------------- application acknowledgements
add(ACK, "workday_thank_you_applying", "en", "Harrowgate Building Society",
    frm="Harrowgate Building Society <harrowgate@myworkday.example.com>",
    return_path="bounce-8812@myworkday.example.com",
    subject="Thank you for applying - FP&A Business Partner (R-10442)",
    date="2026-01-12 07:41 +0000", fmt="alt", brand="Harrowgate Building Society",
    body="""
Dear Chidi,

Thank you for your interest in Harrowgate Building Society and for applying for the FP&A Business Partner position (Req ID R-10442).

We have successfully received your application. Our Talent Acquisition team will now review your CV against the requirements of the role. Due to the high volume of applications we receive, we are unable to respond to every applicant individually, however if your application is shortlisted a member of the team will be in touch within 10 working days.

You can track the status of your application at any time by logging in to your candidate home:
https://harrowgate.myworkday.example.com/candidate/home

Kind regards

Talent Acquisition Team
Harrowgate Building Society

Harrowgate Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 118XXX. This email was sent from an unmonitored mailbox.
""")

add(ACK, "nhs_trac_acknowledgement", "en", "Pennine Valley NHS Foundation Trust",
    contact="",
    frm="NHS Jobs <no-reply@jobs.nhs.example.uk>",
    subject="Application received: Finance Business Partner - Band 7 (324-FIN-2611)",
    date="2026-01-14 11:02 +0000",
    body="""
Dear Chidi Okafor

Application reference: 324-FIN-2611-0077

Thank you for your application for the post of Finance Business Partner - Band 7 with Pennine Valley NHS Foundation Trust.

Your application will now be shortlisted by the recruiting manager. Shortlisting is expected to be completed by 28/01/2026.

Please note: if you have not heard from us within 4 weeks of the closing date, you should assume that on this occasion your application has not been successful. Unfortunately we are unable to provide individual feedback at this stage.

Please do not reply to this email as this mailbox is not monitored. For queries contact the recruitment team on 0161 496 0123.

Pennine Valley NHS Foundation Trust Recruitment Team
""")

add(ACK, "greenhouse_fintech_ack", "en", "Ledgerline",
    frm="Ledgerline Recruiting <no-reply@us.greenhouse-mail.example.io>",
    reply_to="talent@ledgerline.example.com",
    subject="Thanks for applying to Ledgerline!",
    date="2026-01-19 16:27 +0000", fmt="html", brand="Ledgerline",
    body="""
Hi Chidi,

Thanks so much for applying for the Senior FP&A Analyst role here at Ledgerline! We're really glad you're interested in helping us build the finance stack for 40,000 small businesses.

Our team reviews every application by hand (no robots here), so please bear with us - it usually takes about a week or two. If it looks like a match, someone from the team will reach out to set up a call.

In the meantime, check out our blog to see what we've been up to: https://ledgerline.example.com/blog

Cheers,
The Ledgerline Talent Team
""")

add(ACK, "reed_agency_cv_received", "en", "Marlow & Finch",
    frm="Priya Raman <priya.raman@marlowfinch.example.co.uk>",
    subject="Re: Management Accountant - Leeds",
    date="2026-01-20 09:15 +0000",
    irt="<CAo1x9K2@mail.example.org>",
    body="""
Hi Chidi,

Thanks for sending your CV over, received with thanks. Just to confirm I've got it - I'll have a proper read this afternoon and give you a bell tomorrow morning to talk through the client and the package. It's a lovely team, very hybrid friendly.

Speak soon,
Priya

Priya Raman | Senior Consultant, Finance & Accounting
Marlow & Finch | Leeds | 0113 496 0871 | 07700 900412
[Marlow & Finch logo]

""" + q("gmail", "Chidi Okafor <chidi.okafor@example.org>", "Mon, 19 Jan 2026 at 21:40", """
Hi Priya,

Please find my CV attached for the Management Accountant role we discussed on LinkedIn.

Best,
Chidi
"""))

add(ACK, "civil_service_jobs_submitted", "en", "HM Revenue & Customs", contact="",
    frm="Civil Service Jobs <noreply@csjobs.example.gov.uk>",
    subject="Civil Service Jobs - Application submitted (Reference 401223)",
    date="2026-01-23 22:10 +0000",
    body="""
Dear Chidi Okafor,

Your application for:
    Finance Business Partner (SEO) - HM Revenue & Customs
    Reference: 401223

has been submitted successfully.

The sift is expected to take place in week commencing 9 February 2026. You will be notified of the outcome via your Civil Service Jobs account. Please note that, due to the volume of applications, feedback will only be provided if you are invited to interview.

Please do not reply to this email. If you need any help with your application, contact the vacancy holder using the details in the advert.

Civil Service Jobs
""")

add(ACK, "lever_saas_ack", "en", "Tallyforge",
    frm="Tallyforge <no-reply@hire.lever.example.co>",
    subject="Your application to Tallyforge",
    date="2026-02-02 13:55 +0000", fmt="alt", brand="Tallyforge",
    body="""
Hi Chidi,

Thank you for your interest in Tallyforge! We've received your application for Finance Systems Lead (NetSuite) and our team is reviewing it now.

We're a small team so we read every application ourselves. If your experience is a fit we'll be in touch to arrange an intro call.

Best,
Tallyforge Talent

Sent via Lever
""")

add(ACK, "lagos_bank_ack_indian_register", "en", "Coral Crest Bank",
    mid="<ACK.FPA.20260204@coralcrestbank.example.com>",
    frm="Coral Crest Bank Careers <careers@coralcrestbank.example.com>",
    subject="ACKNOWLEDGEMENT OF APPLICATION - HEAD, FINANCIAL PLANNING & ANALYSIS",
    date="2026-02-04 08:03 +0100",
    body="""
Dear Chidi Okafor,

We acknowledge receipt of your application for the above-mentioned position.

Kindly note that your application is presently under review by the Human Capital Management department and only shortlisted candidates shall be contacted for the next stage of the recruitment process.

Kindly do not hesitate to revert to this mail should you require any clarification.

Yours faithfully,
For: Human Capital Management
Coral Crest Bank Plc
Plot 1402, Adeola Odeku Street, Victoria Island, Lagos
""")

add(ACK, "pinpoint_charity_ack", "en", "Open Doors Housing Trust",
    frm="Open Doors Housing Trust <notifications@pinpointhq.example.com>",
    reply_to="recruitment@opendoorshousing.example.org.uk",
    subject="We've got your application",
    date="2026-02-09 10:12 +0000", fmt="html", brand="Open Doors Housing Trust",
    body="""
Hi Chidi

Thanks for applying for our Head of Management Accounts role. We really appreciate the time it takes to apply.

What happens next? The closing date is 22 February. Our hiring manager, Gemma, will review applications in the week after that and we aim to let everyone know the outcome by 6 March, whatever it is.

If you need any adjustments during the process, just reply to this email.

Open Doors Housing Trust
Registered charity no. 1099XXX
""")

add(ACK, "eploy_retailer_ack_windows1252", "en", "Brightwell's",
    frm="Brightwell's Careers <careers-noreply@brightwells.example.co.uk>",
    subject="Application Confirmation \u2013 Commercial Finance Manager",
    date="2026-02-11 18:44 +0000", charset="windows-1252", cte="8bit",
    body="""
Dear Chidi,

Thank you for applying for the role of Commercial Finance Manager \u2013 Buying & Merchandising at our Support Centre in Birmingham.

We\u2019ve received your application and it\u2019s now with our recruitment team. We aim to review all applications within 14 days. If you\u2019re successful at this stage, we\u2019ll contact you to arrange a telephone interview.

Thank you for your interest in joining the Brightwell\u2019s family.

Recruitment Team
Brightwell\u2019s \u2013 Great food, every day
""")

add(ACK, "dubai_energy_received_polite", "en", "Al Noor Energy",
    frm="Fatima Al Mansoori <fatima.almansoori@alnoorenergy.example.ae>",
    subject="Your application",
    date="2026-02-17 06:20 +0400",
    body="""
Dear Mr. Chidi,

Greetings from Al Noor Energy.

We are pleased to confirm that your profile for the position of Senior Manager - Financial Planning has been received and shared with the hiring department. The evaluation of profiles generally takes 2 to 3 weeks.

Should your profile be shortlisted, our team will contact you to schedule the assessment. We kindly request you to not send repeated follow up emails during this period.

Best Regards,

Fatima Al Mansoori
Talent Acquisition Specialist
Al Noor Energy PJSC | Abu Dhabi, UAE
Tel: +971 2 555 0142

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender immediately.
""")

add(ACK, "teamtailor_amsterdam_ack", "en", "Kanaalstraat Payments",
    cte="base64",
    frm="Kanaalstraat Payments <noreply@teamtailor-mail.example.com>",
    reply_to="Joost de Wit <joost@kanaalstraat.example.nl>",
    subject="Thanks, Chidi \U0001f64c",
    date="2026-03-03 14:07 +0100", fmt="alt", brand="Kanaalstraat Payments",
    body="""
Hey Chidi,

Thanks for applying to be our Finance Business Partner (Product & Engineering)! Your application landed safely with us.

I'm Joost, and I'll be your contact throughout the process. We'll get back to you within 5 working days, promise. Questions? Just hit reply.

Joost
Talent Partner @ Kanaalstraat Payments
""")

add(ACK, "icims_insurer_ack_volume", "en", "Northgate Mutual",
    frm="Northgate Mutual <donotreply@northgatemutual.icims.example.com>",
    subject="Northgate Mutual: Application Received",
    date="2026-04-06 03:12 +0000", fmt="html", brand="Northgate Mutual",
    body="""
Dear Chidi,

Thank you for applying to the position of Finance Transformation Manager, Requisition 2026-4471.

Your application has been received and will be reviewed by our recruitment team. Please be aware that due to the high volume of applications we receive, we cannot respond to every applicant individually about the status of their application. If your skills and experience match our requirements, we will contact you.

Sincerely,
Northgate Mutual Talent Acquisition

Northgate Mutual is an equal opportunities employer. This message was sent from an unattended mailbox.
""")

add(ACK, "de_successfactors_eingang", "de", "Rheinhaven Versicherung",
    frm="Rheinhaven Versicherung AG <noreply@successfactors.example.eu>",
    subject="Eingangsbestätigung Ihrer Bewerbung - Referent Konzerncontrolling (m/w/d)",
    date="2026-03-10 09:31 +0100", charset="iso-8859-1", esubj="iso-8859-1",
    body="""
Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Referent Konzerncontrolling (m/w/d) und das damit verbundene Interesse an der Rheinhaven Versicherung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden diese nun sorgfältig prüfen und uns so schnell wie möglich wieder bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinhaven Versicherung AG
Konrad-Adenauer-Ufer 7, 50668 Köln

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")

add(ACK, "de_personio_kurz", "de", "Pfeffer & Salz Gastro",
    cte="base64",
    frm="Pfeffer & Salz Gastro GmbH <jobs@pfeffersalz-gastro.example.de>",
    subject="Deine Bewerbung bei Pfeffer & Salz",
    date="2026-03-16 20:05 +0100", fmt="alt", brand="Pfeffer & Salz Gastro",
    body="""
Hallo Chidi,

danke für deine Bewerbung als Controller (m/w/d) für unsere Restaurantgruppe in Frankfurt! Wir haben alles bekommen.

Wir schauen uns deine Unterlagen in den nächsten Tagen in Ruhe an und melden uns dann bei dir. Leider können wir aufgrund der vielen Bewerbungen nicht jedem ein individuelles Feedback geben, aber du hörst auf jeden Fall von uns.

Viele Grüße
Lena vom Pfeffer & Salz Team
""")

add(ACK, "de_mittelstand_bestaetigung", "de", "Brenner Anlagenbau",
    frm="Sabine Kuhlmann <s.kuhlmann@brenner-anlagenbau.example.de>",
    subject="AW: Bewerbung als Leiter Finanzplanung",
    date="2026-04-21 11:48 +0200",
    irt="<a1b2c3@mail.example.org>",
    body="""
Sehr geehrter Herr Okafor,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Herzlichen Dank!

Die Stelle wird derzeit intern abgestimmt, wir kommen spätestens Mitte Mai auf Sie zu.

Freundliche Grüße
i.A. Sabine Kuhlmann
Personalabteilung

Brenner Anlagenbau GmbH & Co. KG
Industriestraße 12 | 34123 Kassel
Tel. +49 561 555 2210
Geschäftsführer: Dr. Klaus Brenner | Amtsgericht Kassel HRA 1XXXX
""")

add(ACK, "fr_welcome_jungle_candidature", "fr", "Maison Vautrin",
    frm="Maison Vautrin via Welcome to the Jungle <ne-pas-repondre@welcomekit.example.co>",
    subject="Votre candidature chez Maison Vautrin",
    date="2026-02-24 10:01 +0100", fmt="html", brand="Maison Vautrin",
    body="""
Bonjour Chidi,

Merci pour votre candidature au poste de Contrôleur de gestion senior - Retail ! Elle a bien été transmise à l'équipe de Maison Vautrin.

Et maintenant ? L'équipe recrutement étudie votre profil et reviendra vers vous dans les meilleurs délais.

À très vite,
L'équipe Welcome to the Jungle
""")

add(ACK, "fr_banque_accuse_reception", "fr", "Banque Lormont",
    frm="Recrutement Banque Lormont <recrutement@banquelormont.example.fr>",
    subject="Accusé de réception - Réf. FPA-2026-118",
    date="2026-03-05 15:22 +0100", charset="iso-8859-1",
    body="""
Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste d'Analyste FP&A (réf. FPA-2026-118) et vous remercions de l'intérêt que vous portez à Banque Lormont.

Votre dossier est actuellement à l'étude. Compte tenu du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles avant la fin du processus de présélection.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Banque Lormont
""")

add(ACK, "fr_cabinet_conseil_bien_recu", "fr", "Garnier Audit & Conseil",
    frm="Élodie Marchand <e.marchand@garnier-audit.example.fr>",
    subject="RE: Candidature manager audit / FP&A",
    date="2026-05-12 18:36 +0200",
    body="""
Bonjour Chidi,

Bien reçu votre CV, merci. Je le transmets à Stéphane (associé) qui rentre de congés lundi. On revient vers vous la semaine prochaine.

Bonne soirée,
Élodie

Élodie Marchand
Chargée RH
Garnier Audit & Conseil - 18 rue de la Bourse, 69002 Lyon
04 72 00 00 00

Envoyé de mon iPhone
""")

add(ACK, "es_infojobs_inscrito", "es", "Grupo Hostelero Almudena",
    frm="Grupo Hostelero Almudena <notificaciones@empleo.example.es>",
    subject="Te has inscrito en la oferta: Responsable de Control de Gestión",
    date="2026-04-02 12:30 +0200", fmt="alt", brand="Grupo Hostelero Almudena",
    body="""
Hola Chidi:

Tu candidatura a la oferta "Responsable de Control de Gestión (Madrid)" de Grupo Hostelero Almudena se ha enviado correctamente.

La empresa revisará tu CV. Te avisaremos cuando cambie el estado de tu candidatura.

Estado actual: CV recibido

Un saludo,
El equipo de empleo
""")

add(ACK, "es_energia_acuse", "es", "Solaria Ibérica",
    frm="Talento Solaria Ibérica <talento@solariaiberica.example.es>",
    subject="Hemos recibido tu candidatura",
    date="2026-06-08 09:50 +0200", fmt="alt", brand="Solaria Ibérica",
    body="""
Estimado Chidi:

Gracias por tu interés en formar parte de Solaria Ibérica. Hemos recibido correctamente tu candidatura para el puesto de Finance Business Partner - Renovables.

Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos. Lamentablemente, por el volumen de candidaturas no podemos dar respuesta personalizada a todas ellas en esta fase.

Un cordial saludo,
Equipo de Talento
Solaria Ibérica, S.A.
""")


# ---------------------------------------------------------------- rejections
add(REJ, "workday_soft_closer_alignment", "en", "Harrowgate Building Society", contact="",
    frm="Harrowgate Building Society <harrowgate@myworkday.example.com>",
    subject="Update on your application - FP&A Business Partner (R-10442)",
    date="2026-02-03 17:02 +0000", fmt="alt",
    body="""
Dear Chidi,

Thank you for taking the time to apply for the FP&A Business Partner role at Harrowgate Building Society.

We have now carefully reviewed all applications and, after careful consideration, we've decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We appreciate your interest in Harrowgate and encourage you to keep an eye on our careers site for future opportunities.

Kind regards

Talent Acquisition Team
Harrowgate Building Society
""")

add(REJ, "hiring_manager_mobile_terse", "en", "Quayside Analytics",
    frm="Tom Brereton <tom@quaysideanalytics.example.com>",
    subject="Re: Head of FP&A",
    date="2026-02-05 19:48 +0000",
    irt="<CAx77chidi01@mail.example.org>",
    body="""
Hi Chidi - thanks for your time on tues, genuinely enjoyed it. We're going with someone with more SaaS metrics exposure so won't be taking it further on this one. Good luck with the search

Tom

Sent from my iPhone

""" + q("iphone", "Chidi Okafor <chidi.okafor@example.org>", "3 Feb 2026, at 18:02", """
Hi Tom,

Thanks again for the conversation this afternoon - really enjoyed hearing about the plans for the Series B.

Best wishes,
Chidi
"""))

add(REJ, "nhs_trac_not_shortlisted", "en", "Pennine Valley NHS Foundation Trust", contact="",
    frm="NHS Jobs <no-reply@jobs.nhs.example.uk>",
    subject="Outcome of your application - 324-FIN-2611",
    date="2026-02-02 10:30 +0000",
    body="""
Dear Chidi Okafor

Application reference: 324-FIN-2611-0077
Post: Finance Business Partner - Band 7

Thank you for applying for the above post. We regret to inform you that on this occasion you have not been shortlisted for interview.

The shortlisting panel received a high number of applications and had a difficult decision to make.

We wish you every success in the future.

Pennine Valley NHS Foundation Trust Recruitment Team
""")

add(REJ, "british_shant_be_progressing", "en", "Whitcombe & Lyle",
    frm="Harriet Osei <harriet.osei@whitcombelyle.example.co.uk>",
    subject="Your application - Financial Controller",
    date="2026-02-12 12:15 +0000", fmt="alt",
    body="""
Dear Chidi,

Many thanks for your interest in the Financial Controller vacancy and for the time you spent on the application.

I'm sorry to say that we shan't be progressing your application on this occasion. The partners were looking for someone with more recent practice-side experience of owner-managed businesses.

We will keep your details on file for six months, in line with our privacy notice, should anything more suitable come up.

With best wishes,

Harriet Osei
HR Manager
Whitcombe & Lyle LLP, Chartered Accountants
3 Bridge Street, Bristol BS1 2AA | 0117 496 0312
""")

add(REJ, "greenhouse_after_panel", "en", "Ledgerline",
    frm="Amara Okonkwo <no-reply@us.greenhouse-mail.example.io>",
    reply_to="Amara Okonkwo <amara.okonkwo@ledgerline.example.com>",
    subject="Ledgerline - Senior FP&A Analyst",
    date="2026-03-02 15:40 +0000", fmt="alt",
    body="""
Hi Chidi,

I wanted to reach out personally after your final round with Maya, Dev and the CFO last week. Thank you for all of the effort you put into the process, including the modelling exercise - the team noted how clean your scenario tab was.

This was a really tough decision, but we've decided to move forward with another candidate whose experience with usage-based revenue forecasting was a closer fit for where we are right now.

I know this isn't the news you were hoping for. If you'd like feedback, I'm happy to jump on a 15 minute call - just reply here.

Warmly,
Amara
Senior Talent Partner, Ledgerline
""")

add(REJ, "role_on_hold_budget_freeze", "en", "Cobalt Ridge Energy",
    frm="Naledi Dlamini <naledi.dlamini@cobaltridge.example.co.za>",
    subject="Finance Business Partner - update",
    date="2026-03-09 08:55 +0200",
    body="""
Good morning Chidi

I hope you are well.

I'm afraid I have disappointing news. Following the group's budget review last week, the Finance Business Partner position has been put on hold indefinitely and we will not be proceeding with the recruitment at this stage. This is no reflection on you - you were one of our strongest candidates.

Should the role be reopened, I will reach out to you directly.

Kind regards
Naledi Dlamini
Talent Acquisition Lead | Cobalt Ridge Energy
Sandton, Johannesburg | +27 11 555 0190
""")

add(REJ, "very_short_one_liner", "en", "Penrose Digital",
    frm="Ollie Grant <ollie@penrosedigital.example.com>",
    subject="Following up",
    date="2026-03-11 16:03 +0000",
    body="""
Hi Chidi, thanks for your time, but we won't be moving forward. All the best, Ollie
""")

add(REJ, "agency_relayed_client_feedback", "en", "Aire Valley Foods",
    frm="Priya Raman <priya.raman@marlowfinch.example.co.uk>",
    subject="Feedback from Aire Valley Foods",
    date="2026-02-19 13:20 +0000",
    body="""
Hi Chidi,

Hope you're well! I've just had feedback back from Aire Valley Foods following your interview with Mark on Tuesday.

Sadly they've decided not to take things further - really positive about you personally and your technical knowledge was spot on, but they felt you'd be a bit under-stretched in the role and might not stay long, which is frustrating to hear I know!!

Don't be disheartened at all, there's loads happening at the moment and I've got a couple of FP&A roles landing next week I think you'd be perfect for. I'll give you a ring on Friday.

Thanks,
Priya

Priya Raman | Senior Consultant, Finance & Accounting
Marlow & Finch | Leeds | 0113 496 0871
""")

add(REJ, "civil_service_sift_unsuccessful", "en", "HM Revenue & Customs", contact="",
    frm="Civil Service Jobs <noreply@csjobs.example.gov.uk>",
    subject="Civil Service Jobs - Outcome of sift (Reference 401223)",
    date="2026-02-20 11:45 +0000",
    body="""
Dear Chidi Okafor,

Vacancy: Finance Business Partner (SEO) - HM Revenue & Customs
Reference: 401223

Thank you for your application. Following the sift, we regret to inform you that your application has not been successful on this occasion.

Your application was assessed against the Behaviours and Experience in the advert. Your scores are shown below:

  Experience (Statement of suitability): 3 - Minimal evidence
  Behaviour - Making Effective Decisions: 4 - Moderate demonstration

The minimum score required to progress was 4 for each element.

Please log in to your account to view further details. Please do not reply to this email.

Civil Service Jobs
""")

add(REJ, "after_take_home_model", "en", "Halden Capital Partners",
    frm="Ravi Menon <ravi.menon@haldencapital.example.com>",
    subject="Case study feedback",
    date="2026-04-01 18:12 +0100",
    body="""
Dear Chidi,

Thank you for completing the three-statement modelling case study - we know these take real time.

The panel reviewed all submissions blind. While your model was well structured, the cash flow did not balance under the downside scenario and the working capital assumptions were not documented, and unfortunately we will not be inviting you to the final stage.

I realise this is disappointing. I hope the specific feedback is of use.

Best regards,
Ravi Menon
Director, Finance
Halden Capital Partners LLP
This email is confidential and may be privileged. If you are not the intended recipient please delete it and notify the sender.
""")

add(REJ, "indian_register_regret", "en", "Vistaraj Technologies",
    cte="base64",
    frm="HR Team Vistaraj <hr.recruitment@vistaraj.example.in>",
    subject="Regarding your candidature for Manager - FP&A (Req 7781)",
    date="2026-04-08 10:40 +0530",
    body="""
Dear Chidi,

Greetings from Vistaraj Technologies!!

Thank you for your interest and for the time invested in the interview process for the Manager - FP&A position.

We regret to inform you that your candidature has not been shortlisted for the further rounds of discussion. We shall retain your profile in our database and do revert in case of any suitable opening in future.

Wishing you all the best in your career endeavours.

Thanks & Regards,
Talent Acquisition Team
Vistaraj Technologies Pvt. Ltd.
Whitefield, Bengaluru
""")

add(REJ, "position_filled_internal", "en", "Caledon University",
    frm="Caledon University Recruitment <recruitment@caledon.example.ac.uk>",
    subject="Re: Management Accountant (Research Grants) - CU-0412",
    date="2026-04-14 14:30 +0100", charset="iso-8859-1",
    body="""
Dear Mr Okafor

Thank you for your application for the above post.

I am writing to let you know that the post has now been filled by an internal candidate and the vacancy is therefore closed. We are sorry to disappoint you on this occasion and thank you for the interest you have shown in working at the University.

Yours sincerely

Fiona McLeish
Recruitment Administrator, Human Resources
Caledon University, Edinburgh EH8 9YL
The University is a charitable body, registered in Scotland, with registration number SC00XXXX.
""")

add(REJ, "ashby_after_interviews_html", "en", "Northwind Ledger",
    frm="Northwind Ledger <no-reply@ashbyhq.example.com>",
    reply_to="Sofia Lindqvist <sofia@northwindledger.example.com>",
    subject="Your application with Northwind Ledger",
    date="2026-05-06 16:18 +0100", fmt="html", brand="Northwind Ledger",
    body="""
Hi Chidi,

Thank you for spending time with the Northwind Ledger team over the last few weeks. We really enjoyed getting to know you.

After a lot of discussion, we've made the difficult decision not to move forward with your candidacy for Finance Systems Manager. The team felt another candidate's hands-on Workday Adaptive implementation experience was more closely matched to what we need in the next six months.

We'd love to stay in touch - we're growing quickly and expect to open more finance roles later this year.

Best,
Sofia Lindqvist
Talent, Northwind Ledger
""")

add(REJ, "australian_casual_not_proceed", "en", "Harbourline Super",
    frm="Jess McAllister <jess.mcallister@harbourlinesuper.example.com.au>",
    subject="Senior Analyst, Finance Planning - Harbourline",
    date="2026-05-14 09:15 +1000",
    body="""
Hi Chidi,

Thanks heaps for chatting with us last week and for being so flexible with the time difference - 7am starts from London are no joke!

Unfortunately we won't be proceeding with your application. The team have decided to go with a candidate with Australian superannuation reporting experience given the regulatory deadlines coming up.

Really appreciate your time and wish you all the best.

Cheers,
Jess

Jess McAllister | Talent Acquisition Partner
Harbourline Super | Level 12, 1 Market St, Sydney NSW 2000
""")

add(REJ, "taleo_bank_ats_template", "en", "Sterling Meridian Bank", contact="",
    frm="Sterling Meridian Bank <sterlingmeridian@taleo.example.net>",
    subject="Sterling Meridian Bank - Requisition 260004811 - Status Update",
    date="2026-05-20 02:14 +0000", fmt="html", brand="Sterling Meridian Bank",
    body="""
Dear Chidi Okafor,

Requisition:  260004811  -  VP, Treasury Planning & Analysis
Location:     GBR-London-Canary Wharf

Thank you for your interest in employment opportunities with Sterling Meridian Bank. We have completed our review of your application for the position referenced above.

Although your background is impressive, we have decided to proceed with candidates whose qualifications more closely match the requirements of the position at this time.

We thank you for your interest in Sterling Meridian Bank and wish you success in your career.

Sincerely,
Talent Acquisition
***This is an automated message. Please do not reply.***
""")

add(REJ, "korean_owned_en_polite", "en", "Hanbit Electronics UK",
    frm="Ji-woo Park <jiwoo.park@hanbit-electronics.example.co.uk>",
    subject="Result of Interview - Finance Manager",
    date="2026-06-03 10:05 +0100",
    body="""
Dear Mr. Chidi Okafor,

First of all, we sincerely appreciate your participation in the interview for Finance Manager position at Hanbit Electronics UK on 27th May.

After deep review with the headquarters finance team in Seoul, we are sorry to inform you that we could not offer you the position this time. It was very difficult decision because of many excellent candidates.

We hope to have a chance to meet again in future and wish for your success.

Best regards,
Ji-woo Park
HR & General Affairs Team
Hanbit Electronics UK Ltd. | Weybridge
""")

add(REJ, "polish_owned_after_assessment", "en", "Wisla Logistics",
    frm="Katarzyna Nowak <katarzyna.nowak@wislalogistics.example.pl>",
    subject="Re: Your application",
    date="2026-06-22 15:33 +0200",
    body="""
Hello Chidi,

Thank you for taking part in the assessment day in Manchester and the numerical test.

I must inform you that we have chosen another candidate for the role of Financial Controller UK. Your results were good, however the other person has stronger experience in transport and freight costing which is important for us.

Thank you for your time and good luck.

Kind regards,
Katarzyna Nowak
HR Business Partner
Wisla Logistics Sp. z o.o. / UK branch
""")

add(REJ, "role_cancelled_restructure_outlook_chain", "en", "Meridale Housing",
    frm="Dan Whitfield <dan.whitfield@meridale.example.org.uk>",
    subject="RE: Interview - Head of Financial Planning",
    date="2026-07-01 17:47 +0100",
    irt="<DB7PR01MB5566@meridale.example.org.uk>",
    body="""
Hi Chidi,

Apologies for the radio silence since your interview. I'm sorry to tell you that following the announcement of our merger with Trentside Homes last week, the Head of Financial Planning role has been withdrawn while the combined structure is agreed, so we won't be able to progress your application.

I'm genuinely sorry - it's frustrating for everyone. I'd be happy to be a referee-type contact if a role comes up in the new organisation.

Dan

Dan Whitfield
Director of Finance
Meridale Housing
Registered Society No. 31XXXR | Regulator of Social Housing L4XXX

""" + q("outlook", "Dan Whitfield <dan.whitfield@meridale.example.org.uk>", "12 June 2026 09:14", """
Subject: Interview - Head of Financial Planning
Hi Chidi,

Confirming your interview on Thursday 18 June at 10:00 at our Salford office. The panel will be myself and Claire Ward (Chair of Audit Committee). Please prepare a 10 minute presentation on the 30-year business plan.

Dan
"""))

add(REJ, "de_absage_formal", "de", "Rheinhaven Versicherung", contact="",
    frm="Rheinhaven Versicherung AG <noreply@successfactors.example.eu>",
    subject="Ihre Bewerbung als Referent Konzerncontrolling (m/w/d)",
    date="2026-04-02 13:12 +0200", charset="iso-8859-1",
    body="""
Sehr geehrter Herr Okafor,

nochmals vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinhaven Versicherung AG
""")

add(REJ, "de_startup_du_absage", "de", "Kontor Zwei",
    frm="Marie Schwarz <marie@kontorzwei.example.de>",
    subject="Kurzes Update",
    date="2026-04-17 18:20 +0200", fmt="alt",
    body="""
Hi Chidi,

danke dir nochmal für das nette Gespräch letzte Woche und die Zeit, die du in die Case Study gesteckt hast!

Wir haben uns jetzt leider für eine andere Person entschieden, die schon Erfahrung mit DATEV und dem deutschen HGB-Abschluss mitbringt. Ich hätte dir gern was anderes geschrieben.

Alles Gute für deine Suche und bleib gern in Kontakt!
Marie

Marie Schwarz | People & Culture
Kontor Zwei GmbH · Berlin
""")

add(REJ, "de_stelle_besetzt_am_schrieb", "de", "Brenner Anlagenbau",
    frm="Sabine Kuhlmann <s.kuhlmann@brenner-anlagenbau.example.de>",
    subject="AW: AW: Bewerbung als Leiter Finanzplanung",
    date="2026-05-13 10:02 +0200",
    body="""
Sehr geehrter Herr Okafor,

wie angekündigt melde ich mich bei Ihnen. Die Position Leiter Finanzplanung konnten wir inzwischen besetzen. Wir bedauern, Ihnen keine positive Nachricht geben zu können, und senden Ihnen Ihre Unterlagen hiermit datenschutzkonform nicht zurück, sondern löschen sie nach sechs Monaten.

Freundliche Grüße
i.A. Sabine Kuhlmann
Personalabteilung
Brenner Anlagenbau GmbH & Co. KG

""" + q("de", "Chidi Okafor <chidi.okafor@example.org>", "06.05.2026 um 08:12", """
Sehr geehrte Frau Kuhlmann,

ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen.

Mit freundlichen Grüßen
Chidi Okafor
"""))

add(REJ, "de_nach_interview_bank", "de", "Mainufer Bank",
    frm="Dr. Andreas Vogt <andreas.vogt@mainuferbank.example.de>",
    subject="Ihre Bewerbung - Financial Planning & Analysis Frankfurt",
    date="2026-06-11 16:45 +0200", charset="iso-8859-1", cte="quoted-printable",
    body="""
Sehr geehrter Herr Okafor,

herzlichen Dank für das angenehme und offene Gespräch am vergangenen Dienstag sowie für Ihre Präsentation.

Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit einem anderen Kandidaten fortzusetzen, der über tiefere Kenntnisse der regulatorischen Meldungen (FINREP/COREP) verfügt. Leider können wir Ihnen daher keine Zusage geben.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen

Dr. Andreas Vogt
Bereichsleiter Finanzen
Mainufer Bank AG · Neue Mainzer Straße 20 · 60311 Frankfurt am Main
Vorsitzender des Aufsichtsrats: Prof. Dr. H. Lenz · Sitz: Frankfurt am Main · HRB 12XXX
""")

add(REJ, "de_ausschreibung_zurueckgezogen", "de", "Stadtwerke Nordheide", contact="",
    frm="Stadtwerke Nordheide <bewerbung-noreply@stadtwerke-nordheide.example.de>",
    subject="Information zu Ihrer Bewerbung (Kennziffer 2026-17)",
    date="2026-07-08 09:00 +0200",
    body="""
Sehr geehrter Herr Okafor,

wir danken Ihnen für Ihre Bewerbung auf die Stelle Referent/in Controlling (Kennziffer 2026-17).

Aufgrund organisatorischer Veränderungen wird die Stelle nicht mehr besetzt und das Auswahlverfahren wurde eingestellt. Ihre Bewerbung kann daher leider nicht weiter berücksichtigt werden.

Mit freundlichen Grüßen
Stadtwerke Nordheide GmbH
Personalservice
""")

add(REJ, "fr_refus_formel_cabinet", "fr", "Garnier Audit & Conseil",
    frm="Élodie Marchand <e.marchand@garnier-audit.example.fr>",
    subject="Votre candidature",
    date="2026-05-26 11:05 +0200",
    body="""
Bonjour Chidi,

Je reviens vers vous suite à votre entretien avec Stéphane Garnier.

Nous avons apprécié votre parcours, mais nous avons malheureusement décidé de ne pas donner suite à votre candidature : nous recherchons finalement un profil avec une expérience plus marquée des normes françaises et de la liasse fiscale.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Élodie Marchand
Chargée RH
Garnier Audit & Conseil
""")

add(REJ, "fr_banque_regret_html", "fr", "Banque Lormont", contact="",
    frm="Recrutement Banque Lormont <ne-pas-repondre@banquelormont.example.fr>",
    subject="Suite donnée à votre candidature - Réf. FPA-2026-118",
    date="2026-04-10 10:22 +0200", fmt="html", charset="iso-8859-1", brand="Banque Lormont",
    body="""
Madame, Monsieur,

Nous avons pris connaissance avec attention de votre candidature au poste d'Analyste FP&A et vous remercions de l'intérêt que vous portez à notre établissement.

Nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y réserver une suite favorable, d'autres profils correspondant davantage à nos attentes actuelles.

Nous nous permettons de conserver votre dossier dans notre vivier pendant une durée de deux ans.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
""")

add(REJ, "fr_startup_tutoiement", "fr", "Plume Finance",
    frm="Camille Roux <camille@plumefinance.example.fr>",
    subject="Re: Process FP&A Lead",
    date="2026-06-16 19:30 +0200",
    body="""
Hello Chidi,

Merci encore pour ton temps et pour la présentation au CFO jeudi, c'était très solide.

On a pris la décision de poursuivre avec une autre personne qui connaît déjà très bien le marché français de l'assurance emprunteur. Désolée de ne pas avoir de meilleure nouvelle.

Je garde ton profil sous le coude, on recrute beaucoup en 2027.

Belle soirée,
Camille
""")

add(REJ, "fr_poste_suspendu_montreal_style", "fr", "Groupe Hôtelier Beaumont",
    frm="Nathalie Dubois <ndubois@beaumont-hotels.example.com>",
    subject="Poste de contrôleur financier - mise à jour",
    date="2026-08-04 14:10 +0200", charset="windows-1252",
    body="""
Bonjour M. Okafor,

Je vous remercie pour votre patience. Je dois malheureusement vous informer que le recrutement pour le poste de contrôleur financier régional est suspendu jusqu'à nouvel ordre, suite à une réorganisation de notre direction financière. Nous ne pourrons donc pas poursuivre le processus avec vous.

Veuillez recevoir nos sincères excuses pour ce contretemps.

Cordialement,

Nathalie Dubois
Responsable Talents
Groupe Hôtelier Beaumont
""")

add(REJ, "es_descartado_formal", "es", "Solaria Ibérica",
    frm="Talento Solaria Ibérica <talento@solariaiberica.example.es>",
    subject="Tu candidatura en Solaria Ibérica",
    date="2026-07-02 13:40 +0200",
    body="""
Estimado Chidi:

Queremos agradecerte sinceramente el interés mostrado en el puesto de Finance Business Partner - Renovables y el tiempo dedicado al proceso.

Tras analizar detenidamente todas las candidaturas, lamentamos comunicarte que en esta ocasión hemos decidido continuar con otros perfiles que se ajustan más a las necesidades actuales del puesto.

Conservaremos tu CV para futuras oportunidades.

Un cordial saludo,
Equipo de Talento
Solaria Ibérica
""")

add(REJ, "es_tras_entrevista_madrid", "es", "Banco Cantábrico",
    frm="Lucía Fernández <lucia.fernandez@bancocantabrico.example.es>",
    subject="RE: Entrevista Controller Financiero",
    date="2026-07-21 18:02 +0200",
    body="""
Hola Chidi,

Muchas gracias por venir a la entrevista con el equipo la semana pasada.

Te escribo para comentarte que finalmente no vamos a seguir adelante con tu candidatura; el comité se ha decantado por una persona con más experiencia en normativa del Banco de España.

Ha sido un placer conocerte y te deseo mucha suerte.

Un saludo,
Lucía

Lucía Fernández Ruiz
Selección y Desarrollo | Banco Cantábrico
Paseo de la Castellana 81, Madrid
""" + "\n" + q("es", "Chidi Okafor <chidi.okafor@example.org>", "lun, 13 jul 2026 a las 9:10", """
Hola Lucía,

Gracias por la oportunidad de conocer al equipo. Quedo a vuestra disposición.

Saludos,
Chidi
"""))

add(REJ, "es_latam_consultora_relay", "es", "Arrecife Logística",
    frm="Diego Salgado <dsalgado@talentoandino.example.com>",
    subject="Novedades proceso",
    date="2026-08-19 11:26 +0200",
    body="""
Hola Chidi, ¿qué tal?

Te cuento: el cliente (Arrecife Logística) nos ha dado feedback y lamentablemente han decidido no avanzar con tu perfil para la posición de Gerente de Planificación Financiera. Valoraron mucho tu experiencia, pero buscan a alguien con experiencia previa en el sector logístico en España.

Cualquier cosa que salga que encaje contigo, te escribo.

¡Un abrazo!
Diego Salgado
Talento Andino · Consultores de Selección
+34 600 000 111
""")


# ---------------------------------------------------------------- interview invitations
add(INV, "greenhouse_goodtime_scheduling", "en", "Ledgerline",
    frm="Amara Okonkwo <no-reply@us.greenhouse-mail.example.io>",
    reply_to="Amara Okonkwo <amara.okonkwo@ledgerline.example.com>",
    subject="Ledgerline: let's find a time to chat",
    date="2026-01-28 12:05 +0000", fmt="alt",
    body="""
Hi Chidi,

Thanks again for applying to Ledgerline. The team loved your background and we'd love to move you to the next stage - a 30 minute intro call with me to talk through the role and what you're looking for.

Please use the link below to pick a time that works for you:
https://app.goodtime.example.io/schedule/ledgerline/7f3a9c

If none of the slots work, just reply and I'll find something.

Talk soon,
Amara
Senior Talent Partner, Ledgerline
""")

add(INV, "agency_quick_chat_exclamations", "en", "Aire Valley Foods",
    frm="Priya Raman <priya.raman@marlowfinch.example.co.uk>",
    subject="Great news!!",
    date="2026-02-09 11:31 +0000",
    body="""
Hi Chidi!!

Brilliant news - Aire Valley Foods LOVED your CV and want to meet you! First stage would be a 45 min Teams with Mark (Head of Finance) and then a second stage in person in Bradford with an Excel test.

Mark has offered Tuesday 17th at 2pm or Wednesday 18th at 10am - which works best?? Let me know asap and I'll lock it in!

Speak soon,
Priya

Priya Raman | Senior Consultant, Finance & Accounting
Marlow & Finch | Leeds | 0113 496 0871 | 07700 900412
""")

add(INV, "nhs_trac_invite_interview", "en", "Pennine Valley NHS Foundation Trust",
    contact="lisa.hartley@pennine.nhs.example.uk",
    frm="NHS Jobs <no-reply@jobs.nhs.example.uk>",
    subject="Invitation to interview - Deputy Head of Financial Management (324-FIN-2710)",
    date="2026-03-04 09:12 +0000",
    body="""
Dear Chidi Okafor

Post: Deputy Head of Financial Management - Band 8a
Reference: 324-FIN-2710

Congratulations, you have been shortlisted for interview for the above post.

Interview date: 17/03/2026
Location: Trust Headquarters, Fairfield Road, Oldham OL1 1AA (Meeting Room 2)

The interview will consist of a 10 minute presentation on "How would you support clinical divisions to deliver their Cost Improvement Programme?" followed by a values-based panel interview.

Please log in to your account to book an interview slot. Slots are allocated on a first come, first served basis.

If you have any questions please contact Lisa Hartley, Finance Business Manager, at lisa.hartley@pennine.nhs.example.uk.

Pennine Valley NHS Foundation Trust Recruitment Team
""")

add(INV, "civil_service_interview_success_profiles", "en", "Department for Regional Growth",
    contact="finance.recruitment@regionalgrowth.example.gov.uk",
    frm="Civil Service Jobs <noreply@csjobs.example.gov.uk>",
    subject="Civil Service Jobs - Invitation to Interview (Reference 402871)",
    date="2026-03-12 15:02 +0000",
    body="""
Dear Chidi Okafor,

Vacancy: Senior Finance Business Partner (Grade 7) - Department for Regional Growth
Reference: 402871

We are pleased to inform you that your application has been successful at sift and you are invited to interview.

The interview will be held via Microsoft Teams and will last approximately 60 minutes. You will be assessed on the following Success Profiles:
  Behaviours: Seeing the Big Picture, Communicating and Influencing, Delivering at Pace
  Strengths (not disclosed in advance)
  Technical: a 5 minute presentation on the topic provided below

Please book your interview slot via your Civil Service Jobs account by 18 March 2026.

Any queries should be sent to the vacancy holder: finance.recruitment@regionalgrowth.example.gov.uk

Please do not reply to this email.
""")

add(INV, "lever_self_schedule_excel_test", "en", "Tallyforge",
    frm="Marcus Bell <marcus.bell@tallyforge.example.com>",
    subject="Next steps - Finance Systems Lead",
    date="2026-02-16 10:48 +0000", fmt="alt",
    body="""
Hi Chidi,

Great speaking to you on Friday. I've shared my notes with Hannah (our VP Finance) and she'd like to meet you for a 60 minute technical interview covering NetSuite, your month-end close process and a short live Excel exercise (nothing scary - a bit of INDEX/MATCH and a pivot).

You can book directly into her calendar here: https://calendly.example.com/hannah-tallyforge/technical-60

Any questions let me know!

Marcus
Marcus Bell | Talent Partner | Tallyforge
""")

add(INV, "korean_owned_ics_interview", "en", "Hanbit Electronics UK",
    frm="Ji-woo Park <jiwoo.park@hanbit-electronics.example.co.uk>",
    subject="Interview Invitation - Finance Manager / Hanbit Electronics UK",
    date="2026-05-19 08:40 +0100",
    ics=ics("hanbit-fm-20260527@hanbit-electronics.example.co.uk", "Interview - Finance Manager (Chidi Okafor)",
            "20260527T090000Z", "20260527T103000Z", "Ji-woo Park <jiwoo.park@hanbit-electronics.example.co.uk>",
            location="Hanbit Electronics UK, Brooklands Business Park, Weybridge"),
    body="""
Dear Mr. Chidi Okafor,

Thank you for your application for Finance Manager position. We are pleased to invite you to the 1st interview as below.

 - Date : 27th May 2026 (Wed) 10:00 ~ 11:30
 - Place : Hanbit Electronics UK office, Weybridge
 - Interviewer : Mr. Seo (CFO), Ms. Harris (Financial Controller)
 - Please bring your passport for Right to Work check.

Please kindly confirm your attendance by reply.

Best regards,
Ji-woo Park
HR & General Affairs Team
Hanbit Electronics UK Ltd.
""")

add(INV, "lagos_bank_assessment_centre", "en", "Coral Crest Bank",
    mid="<HCM.2026.0226.1420@coralcrestbank.example.com>",
    frm="Oluwaseun Adeyemi <oluwaseun.adeyemi@coralcrestbank.example.com>",
    subject="INVITATION TO ASSESSMENT AND INTERVIEW",
    date="2026-02-26 14:20 +0100",
    body="""
Dear Chidi,

Further to your application for the role of Head, Financial Planning & Analysis, we are pleased to invite you for a virtual assessment and interview session as follows:

Date: Thursday, 5th March 2026
Time: 10:00am WAT (9:00am GMT)
Platform: Zoom (link to be shared 24 hours prior)

The session will comprise a numerical reasoning test and a panel interview with the Chief Financial Officer and the Group Head, Strategy.

Kindly acknowledge receipt of this mail and confirm your availability at your earliest convenience.

Thank you.

Oluwaseun Adeyemi
Human Capital Management
Coral Crest Bank Plc | 08012345678
""")

add(INV, "recruiter_would_you_be_free", "en", "Calder Street Search",
    frm="James Ofori <james@calderstreetsearch.example.co.uk>",
    subject="Quick question",
    date="2026-03-18 08:02 +0000",
    body="""
Morning Chidi,

The Head of FP&A role at the ecommerce business we spoke about - client has seen your CV and would like a first chat. Would you be free for a quick chat with their CFO, Helen, on Thursday or Friday afternoon? 30 mins on Teams, fairly informal.

Let me know a couple of times and I'll set it up.

Cheers
James
Calder Street Search | Manchester | 0161 496 0044
""")

add(INV, "workable_phone_screen_uae", "en", "Gulfstar Hospitality Group",
    frm="Gulfstar Hospitality Group <noreply@workablemail.example.com>",
    reply_to="Rania Haddad <rania.haddad@gulfstarhg.example.ae>",
    subject="Phone screen: Financial Planning Manager",
    date="2026-04-09 07:30 +0400", fmt="html", brand="Gulfstar Hospitality Group",
    body="""
Dear Chidi,

Thank you for applying for Financial Planning Manager at Gulfstar Hospitality Group.

We would like to invite you to a short telephone screening with our Talent team (around 20 minutes). Please select a convenient time slot using the link below:

https://apply.workable.example.com/gulfstar/schedule/9c1e0

We look forward to speaking with you,.

Warm regards,
Rania Haddad
Talent Acquisition Manager
Gulfstar Hospitality Group, Dubai
""")

add(INV, "big_four_superday", "en", "Ashcombe Pryce",
    frm="Ashcombe Pryce Student & Experienced Recruitment <experiencedhire@ashcombepryce.example.com>",
    subject="Ashcombe Pryce | Invitation to Final Assessment - Manager, Finance Transformation",
    date="2026-04-20 12:00 +0100", fmt="alt", brand="Ashcombe Pryce",
    body="""
Dear Chidi

Congratulations! Following your successful first-stage interview, we'd like to invite you to a final assessment for the Manager, Finance Transformation role in our Consulting practice (London).

Your final assessment will be held on Tuesday 5 May 2026 at our Canary Wharf office from 09:30 to 13:30 and includes:
  - a written case study (45 mins)
  - a presentation of your case study to a Director
  - a partner interview focusing on our behaviours and your motivation

Please reply to confirm your attendance and let us know about any reasonable adjustments you may need.

Kind regards

Experienced Hire Recruitment Team
Ashcombe Pryce LLP
""")

add(INV, "university_panel_ics_outlook", "en", "Caledon University",
    mid="<DB9PR03MB7710.caledon.0519@caledon.example.ac.uk>",
    frm="Fiona McLeish <f.mcleish@caledon.example.ac.uk>",
    subject="Interview invitation - Finance Business Partner (Estates) CU-0519",
    date="2026-05-28 13:10 +0100", fmt="alt",
    ics=ics("040000008200E00074C5B7101A82E0080000000070C9A2C3@caledon.example.ac.uk",
            "Interview: Finance Business Partner (Estates) - C Okafor", "20260609T130000Z", "20260609T140000Z",
            "Fiona McLeish <f.mcleish@caledon.example.ac.uk>", location="Microsoft Teams Meeting"),
    body="""
Dear Mr Okafor

I am pleased to invite you to interview for the post of Finance Business Partner (Estates), reference CU-0519.

Date: Tuesday 9 June 2026
Time: 14:00 (UK time), 60 minutes
Format: Microsoft Teams

The panel will be Dr Neil Fraser (Director of Finance), Morag Stewart (Head of Estates) and myself. Prior to the interview you will be asked to complete a short Excel exercise, which I will send 30 minutes before the start.

I have sent a calendar invitation separately. Please accept it to confirm.

Yours sincerely

Fiona McLeish
Recruitment Administrator, Human Resources
Caledon University
""")

add(INV, "ashby_next_round_cfo_presentation", "en", "Northwind Ledger",
    frm="Northwind Ledger <no-reply@ashbyhq.example.com>",
    reply_to="Sofia Lindqvist <sofia@northwindledger.example.com>",
    subject="Next round at Northwind Ledger \U0001f389",
    date="2026-04-15 11:22 +0100", fmt="html", brand="Northwind Ledger",
    body="""
Hi Chidi,

Good news - the team enjoyed meeting you and we'd like to invite you to the next round: a 45 minute presentation to our CFO, Erik, on how you'd design our board pack, followed by 15 minutes of Q&A.

Pick a time here: https://jobs.ashbyhq.example.com/northwindledger/schedule/2b81

We'll send the brief as soon as you've booked.

Best,
Sofia
""")

add(INV, "sa_insurer_competency_interview", "en", "Umoya Life",
    frm="Thandeka Mokoena <thandeka.mokoena@umoyalife.example.co.za>",
    cc="Pieter van der Merwe <pieter.vdm@umoyalife.example.co.za>",
    subject="Interview: Senior Financial Analyst - Actuarial Finance",
    date="2026-06-02 10:14 +0200",
    body="""
Dear Chidi

Trust you are well.

You have been shortlisted for the Senior Financial Analyst role. We would like to schedule a competency-based interview with Pieter (Head of Actuarial Finance) and myself on Monday 8 June at 11:00 SAST via MS Teams.

Please also complete the SHL Verify numerical reasoning assessment before the interview - a separate email with the link will follow from SHL.

Kindly confirm if the time suits you.

Regards
Thandeka Mokoena
HR Business Partner | Umoya Life
Cape Town | +27 21 555 0133
""")

add(INV, "energy_onsite_final_round_ics", "en", "Brightsea Power",
    mid="<CAKp0rQ1z.bsp.final@mail.brightseapower.example.co.uk>",
    frm="Callum Reid <callum.reid@brightseapower.example.co.uk>",
    subject="Final interview - Glasgow",
    date="2026-07-06 16:55 +0100", fmt="alt",
    ics=ics("bsp-final-okafor-0714@brightseapower.example.co.uk", "Final interview - Chidi Okafor / FP&A Manager",
            "20260714T090000Z", "20260714T113000Z", "Callum Reid <callum.reid@brightseapower.example.co.uk>",
            location="Brightsea Power, 320 St Vincent St, Glasgow"),
    body="""
Hi Chidi,

Thanks for your patience. Really pleased to say we'd like you to come up to Glasgow for the final round on Tuesday 14 July, 10:00 to 12:30.

It'll be three parts: a tour of the control room, a case study on our RAB model and a conversation with our CFO, Alison. We'll reimburse your train from London - keep the receipt.

Invite attached. Shout if anything doesn't work.

Callum
Callum Reid | Finance Recruitment Lead | Brightsea Power
""")

add(INV, "charity_interview_plain_reply_chain", "en", "Open Doors Housing Trust",
    frm="Gemma Lawson <gemma.lawson@opendoorshousing.example.org.uk>",
    subject="Re: Head of Management Accounts - interview",
    date="2026-03-02 09:40 +0000",
    irt="<PN3P265MB0919@opendoorshousing.example.org.uk>",
    body="""
Hi Chidi

That's great, thank you. So just to confirm: Wednesday 11 March at 1.30pm at our Bristol office (Temple Quay, 2nd floor - ask at reception). You'll be with me and our Finance Director, Joanne. There's no test, but we will ask you to talk us through a set of management accounts you've produced (anonymised!).

Any problems please call me on 0117 496 0588.

Gemma

""" + q("gmail", "Chidi Okafor <chidi.okafor@example.org>", "Fri, 27 Feb 2026 at 17:12", """
Hi Gemma,

Thank you - Wednesday 11th at 1.30pm works well for me.

Kind regards,
Chidi
""") + "\n\n" + q("gmail", "Gemma Lawson <gemma.lawson@opendoorshousing.example.org.uk>", "Fri, 27 Feb 2026 at 15:03", """
Dear Chidi

Thank you for your application for the Head of Management Accounts. We would like to invite you to interview. Would Wednesday 11 March at 1.30pm or Thursday 12 March at 10am suit?

Best wishes
Gemma Lawson
Head of Finance
"""))

add(INV, "de_einladung_vorstellungsgespraech", "de", "Mainufer Bank",
    frm="Dr. Andreas Vogt <andreas.vogt@mainuferbank.example.de>",
    subject="Einladung zum Vorstellungsgespräch",
    date="2026-05-22 10:18 +0200", charset="iso-8859-1",
    body="""
Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Senior Analyst Financial Planning & Analysis. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 2. Juni 2026, um 14:00 Uhr in unsere Zentrale in Frankfurt ein. Bitte bereiten Sie eine kurze Präsentation (ca. 10 Minuten) zum Thema "Kostensteuerung in einer Regionalbank" vor. Das Gespräch kann auf Englisch geführt werden.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Dr. Andreas Vogt
Bereichsleiter Finanzen
Mainufer Bank AG · Neue Mainzer Straße 20 · 60311 Frankfurt am Main
""")

add(INV, "de_personio_terminbuchung", "de", "Kontor Zwei",
    frm="Kontor Zwei GmbH <noreply@personio-mail.example.de>",
    reply_to="Marie Schwarz <marie@kontorzwei.example.de>",
    subject="Lass uns sprechen! \u2013 Finance Manager (m/w/d)",
    date="2026-03-26 12:44 +0100", fmt="alt", brand="Kontor Zwei",
    body="""
Hallo Chidi,

vielen Dank für deine Bewerbung! Wir würden dich gern in einem ersten Video-Call (ca. 30 Minuten) kennenlernen.

Bitte such dir hier einen passenden Termin aus:
https://kontorzwei.jobs.personio.example.de/interview/book/55ab

Bis bald!
Marie Schwarz
People & Culture, Kontor Zwei
""")

add(INV, "de_zweite_runde_du_agentur", "de", "Hafenblick Logistik",
    mid="<7d2f1a90-runde2@finanzprofis-nord.example.de>",
    frm="Tobias Lange <t.lange@finanzprofis-nord.example.de>",
    subject="2. Runde bei Hafenblick!",
    date="2026-06-09 17:20 +0200",
    body="""
Hallo Chidi,

super Neuigkeiten: Hafenblick Logistik möchte dich in die zweite Runde einladen! Geplant ist ein Vor-Ort-Termin in Hamburg mit dem CFO und dem Leiter Controlling, inklusive einer kleinen Fallstudie.

Vorgeschlagen sind Mittwoch, 17.06. um 10 Uhr oder Freitag, 19.06. um 13 Uhr. Gib mir kurz Bescheid, was dir besser passt, dann kümmere ich mich um alles Weitere.

Beste Grüße
Tobias

Tobias Lange
Senior Berater Finance & Accounting
Finanzprofis Nord · Ballindamm 3 · 20095 Hamburg · +49 40 555 77 12
""")

add(INV, "de_telefoninterview_ics", "de", "Stadtwerke Nordheide",
    frm="Jana Petersen <j.petersen@stadtwerke-nordheide.example.de>",
    subject="Telefoninterview Referent/in Finanzplanung",
    date="2026-08-24 09:30 +0200",
    ics=ics("swn-tel-2026-0827-okafor@stadtwerke-nordheide.example.de", "Telefoninterview Chidi Okafor",
            "20260827T080000Z", "20260827T083000Z", "Jana Petersen <j.petersen@stadtwerke-nordheide.example.de>",
            location="Telefon"),
    body="""
Guten Morgen Herr Okafor,

wir würden Sie gern im Rahmen eines ersten telefonischen Interviews näher kennenlernen. Passt Ihnen Donnerstag, der 27.08., um 10:00 Uhr? Ich rufe Sie dann unter der angegebenen Mobilnummer an. Die Einladung finden Sie anbei.

Viele Grüße
Jana Petersen
Personalservice
Stadtwerke Nordheide GmbH
""")

add(INV, "fr_entretien_visio", "fr", "Maison Vautrin",
    mid="<a9c3e1.vautrin.0309@maisonvautrin.example.fr>",
    frm="Aurélie Perrin <aurelie.perrin@maisonvautrin.example.fr>",
    subject="Entretien - Contrôleur de gestion senior",
    date="2026-03-09 11:15 +0100",
    body="""
Bonjour Chidi,

Suite à votre candidature via Welcome to the Jungle, j'aimerais vous proposer un premier échange en visio de 45 minutes avec moi-même et notre Directeur Administratif et Financier.

Seriez-vous disponible jeudi 12 mars à 10h ou vendredi 13 mars à 15h ?

Bien à vous,
Aurélie Perrin
Responsable Recrutement
Maison Vautrin - 12 avenue Montaigne, 75008 Paris
""")

add(INV, "fr_startup_tutoiement_prochaine_etape", "fr", "Plume Finance",
    frm="Camille Roux <camille@plumefinance.example.fr>",
    subject="Prochaine étape 🚀",
    date="2026-06-01 09:05 +0200", fmt="alt",
    body="""
Hello Chidi,

Merci pour l'échange de vendredi ! On aimerait te proposer la prochaine étape : une étude de cas (modèle de prévision de trésorerie sur 13 semaines) à présenter à notre CFO, Julien, le jeudi 11 juin.

Tu peux réserver ton créneau directement ici : https://calendly.example.com/plume-finance/etude-de-cas

À très vite !
Camille
Talent @ Plume Finance
""")

add(INV, "fr_cabinet_formel_ics", "fr", "Cabinet Delorme Associés",
    mid="<20260715144800.delorme.entretien@delorme-associes.example.fr>",
    frm="Isabelle Delorme <i.delorme@delorme-associes.example.fr>",
    subject="Convocation à un entretien",
    date="2026-07-15 14:48 +0200", charset="iso-8859-1", cte="quoted-printable",
    ics=ics("delorme-entretien-0722@delorme-associes.example.fr", "Entretien M. Okafor - Manager FP&A",
            "20260722T120000Z", "20260722T130000Z", "Isabelle Delorme <i.delorme@delorme-associes.example.fr>",
            location="8 rue de Rivoli, Paris"),
    body="""
Monsieur,

Nous avons bien étudié votre candidature au poste de Manager FP&A et souhaiterions vous rencontrer.

Nous vous proposons un entretien le mercredi 22 juillet à 14h00 dans nos locaux (8 rue de Rivoli, 75004 Paris). Vous trouverez ci-joint l'invitation.

Nous vous remercions de bien vouloir nous confirmer votre présence.

Veuillez agréer, Monsieur, nos salutations distinguées.

Isabelle Delorme
Associée
Cabinet Delorme Associés
""")

add(INV, "fr_belgique_cabinet_recrutement", "fr", "Brasserie Vandamme",
    frm="Sophie Lambert <sophie.lambert@talentsbruxelles.example.be>",
    subject="Votre profil - Brasserie Vandamme",
    date="2026-09-02 10:20 +0200",
    body="""
Bonjour Chidi,

Comme convenu par téléphone, je vous confirme que Brasserie Vandamme souhaite vous rencontrer pour le poste de Financial Controller (Bruxelles, anglais/français).

L'entretien aura lieu le mardi 8 septembre à 11h, sur Teams. Je vous envoie le lien dès que le client me le transmet.

N'hésitez pas si vous avez la moindre question !

Bien cordialement,
Sophie Lambert
Consultante Finance
Talents Bruxelles | +32 2 555 14 20
""")

add(INV, "es_entrevista_telefonica", "es", "Banco Cantábrico",
    frm="Lucía Fernández <lucia.fernandez@bancocantabrico.example.es>",
    subject="Entrevista Controller Financiero",
    date="2026-07-06 12:32 +0200", fmt="alt",
    body="""
Hola Chidi:

Gracias por tu candidatura al puesto de Controller Financiero. Nos gustaría conocerte en una entrevista presencial con la Directora Financiera el próximo lunes 13 de julio a las 10:00 en nuestras oficinas de Paseo de la Castellana 81.

¿Te viene bien? Si no, dime qué disponibilidad tienes esa semana.

Un saludo,
Lucía Fernández Ruiz
Selección y Desarrollo | Banco Cantábrico
""")

add(INV, "es_startup_mexico_videollamada", "es", "Cuenta Clara",
    mid="<CAM0r4les.platicamos@mail.cuentaclara.example.mx>",
    frm="Andrés Morales <andres@cuentaclara.example.mx>",
    subject="¿Platicamos?",
    date="2026-09-14 17:05 -0600",
    body="""
Hola Chidi, ¿cómo estás?

Vi tu perfil y tu postulación para Head of FP&A (remoto). Me encantaría platicar contigo 30 minutos por videollamada esta semana para contarte del rol y conocer tu experiencia. Te dejo mi agenda para que escojas horario: https://calendly.example.com/andres-cuentaclara/30min

¡Saludos!
Andrés Morales
Co-founder & CFO, Cuenta Clara
""")


# ---------------------------------------------------------------- reschedules and cancellations
add(RES, "hiring_manager_sick_move", "en", "Aire Valley Foods",
    frm="Priya Raman <priya.raman@marlowfinch.example.co.uk>",
    subject="Tuesday - need to move",
    date="2026-02-16 08:12 +0000",
    body="""
Morning Chidi,

Sorry for the early email! Mark at Aire Valley has come down with flu so he's asked if we can move tomorrow's 2pm interview to Thursday 19th at 2pm instead - same Teams link. Really sorry for the faff!!

Can you let me know if Thursday works?

Priya
Sent from my iPhone
""")

add(RES, "goodtime_rescheduled_notice", "en", "Ledgerline",
    frm="Ledgerline Recruiting <no-reply@us.greenhouse-mail.example.io>",
    reply_to="Amara Okonkwo <amara.okonkwo@ledgerline.example.com>",
    subject="Updated: Interview with Ledgerline - Hiring Manager (Maya Chen)",
    date="2026-02-11 14:25 +0000", fmt="alt",
    ics=ics("goodtime-88231@ledgerline.example.com", "Ledgerline - Hiring Manager Interview", "20260213T160000Z",
            "20260213T164500Z", "Amara Okonkwo <amara.okonkwo@ledgerline.example.com>", sequence=1,
            location="https://meet.example.com/ldg-hm-88231"),
    body="""
Hi Chidi,

Your interview with Maya Chen has been rescheduled due to a conflict on her side.

NEW TIME: Friday, February 13, 2026, 4:00 PM - 4:45 PM GMT
PREVIOUS TIME: Thursday, February 12, 2026, 11:00 AM - 11:45 AM GMT

Video link: https://meet.example.com/ldg-hm-88231

An updated calendar invite is attached. If the new time doesn't work, please reply to this email.

Thanks,
Amara
""")

add(RES, "nhs_panel_postponed", "en", "Pennine Valley NHS Foundation Trust",
    frm="Lisa Hartley <lisa.hartley@pennine.nhs.example.uk>",
    subject="Interview 17/03 - postponed",
    date="2026-03-13 16:40 +0000",
    body="""
Dear Chidi

I'm very sorry to let you know that we have had to postpone the interviews for the Deputy Head of Financial Management post scheduled for Tuesday 17 March, as two panel members have been called into the year-end planning submission.

We are hoping to reschedule for the week commencing 30 March and I will be in touch early next week with new slots. The post remains open and you remain shortlisted.

Apologies for any inconvenience.

Kind regards
Lisa Hartley
Finance Business Manager
Pennine Valley NHS Foundation Trust
""")

add(RES, "calendar_cancel_ics", "en", "Brightsea Power",
    irt="<CAKp0rQ1z.bsp.final@mail.brightseapower.example.co.uk>",
    frm="Callum Reid <callum.reid@brightseapower.example.co.uk>",
    subject="Canceled: Final interview - Chidi Okafor / FP&A Manager",
    date="2026-07-10 11:03 +0100",
    ics_method="CANCEL",
    ics=ics("bsp-final-okafor-0714@brightseapower.example.co.uk", "Final interview - Chidi Okafor / FP&A Manager",
            "20260714T090000Z", "20260714T113000Z", "Callum Reid <callum.reid@brightseapower.example.co.uk>",
            method="CANCEL", status="CANCELLED", sequence=2),
    body="""
Hi Chidi - rail strike on Tuesday so we're cancelling the 14th rather than drag you up for nothing. I'll send a new date for the week after, probably Weds or Thurs. Sorry!

Callum
""")

add(RES, "cfo_travel_new_slots", "en", "Northwind Ledger",
    frm="Sofia Lindqvist <sofia@northwindledger.example.com>",
    subject="Re: CFO presentation",
    date="2026-04-22 09:58 +0100",
    irt="<ashby-8a1f22@northwindledger.example.com>",
    body="""
Hi Chidi,

Unfortunately Erik has to travel to Stockholm for the board meeting on Thursday, so we need to move your presentation. Would any of these work instead?

- Mon 27 April, 15:00-16:00
- Tue 28 April, 10:00-11:00
- Wed 29 April, 16:30-17:30

Sorry for the shuffle - nothing changes on the brief.

Best,
Sofia
""")

add(RES, "uae_weekend_change_time", "en", "Gulfstar Hospitality Group",
    frm="Rania Haddad <rania.haddad@gulfstarhg.example.ae>",
    subject="Change of timing - interview with the Director of Finance",
    date="2026-04-24 10:30 +0400",
    body="""
Dear Chidi,

Good day.

Kindly note that due to the Director of Finance's revised schedule, your interview has been moved from Monday 27th April 2:00pm GST to Tuesday 28th April 11:00am GST (8:00am UK time). The Zoom link remains the same.

Please confirm the revised timing at your earliest.

Warm regards,
Rania Haddad
Talent Acquisition Manager
Gulfstar Hospitality Group
""")

add(RES, "university_panel_cancelled_strike", "en", "Caledon University",
    irt="<DB9PR03MB7710.caledon.0519@caledon.example.ac.uk>",
    frm="Fiona McLeish <f.mcleish@caledon.example.ac.uk>",
    subject="RE: Interview invitation - Finance Business Partner (Estates) CU-0519",
    date="2026-06-05 15:20 +0100",
    body="""
Dear Mr Okafor

I regret that I must cancel your interview on Tuesday 9 June. Dr Fraser has been called to give evidence to the Court's Finance Committee that afternoon and we do not wish to hold the panel without him.

The post remains open and you remain shortlisted. I will offer you a new date within the next fortnight, most likely in the week commencing 15 June.

With apologies,

Fiona McLeish
Recruitment Administrator, Human Resources
Caledon University

""" + q("outlook", "Fiona McLeish <f.mcleish@caledon.example.ac.uk>", "28 May 2026 13:10", """
Subject: Interview invitation - Finance Business Partner (Estates) CU-0519
Dear Mr Okafor

I am pleased to invite you to interview for the post of Finance Business Partner (Estates), reference CU-0519, on Tuesday 9 June 2026 at 14:00.
"""))

add(RES, "agency_pushed_back_week", "en", "Calder Street Search",
    frm="James Ofori <james@calderstreetsearch.example.co.uk>",
    subject="Helen call",
    date="2026-03-25 12:16 +0000",
    body="""
Chidi - Helen's had to push Thursday's call, they've got an audit committee that's overrun. She's suggested next Tuesday same time (4pm). OK with you? Will send the new Teams invite once you confirm.

James
""")

add(RES, "insurer_teams_moved_outlook_html", "en", "Northgate Mutual",
    frm="Rebecca Owusu <rebecca.owusu@northgatemutual.example.co.uk>",
    subject="Interview moved to Friday",
    date="2026-04-29 17:45 +0100", fmt="html",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi Chidi,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Apologies for the late notice - Mark (Finance Transformation Director) has a clash tomorrow, so we&#8217;ve moved your second interview from <b>Thursday 30 April at 11:00</b> to <b>Friday 1 May at 11:00</b>. Same Teams link, same panel.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Let me know if that&#8217;s a problem and I&#8217;ll see what else we can do.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p><p class="MsoNormal">Rebecca</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#003366">Rebecca Owusu</span></b><br>Senior Resourcing Partner | Northgate Mutual<br>M: 07700 900 817</p>
<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DAB1C2.3F4E5A60" alt="Northgate Mutual"></p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Northgate Mutual Insurance Society Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This email may contain confidential information.</span></p>
</div></body></html>""",
    body="(html only)")

add(RES, "de_termin_verschieben_agentur", "de", "Hafenblick Logistik",
    irt="<7d2f1a90-runde2@finanzprofis-nord.example.de>",
    frm="Tobias Lange <t.lange@finanzprofis-nord.example.de>",
    subject="AW: 2. Runde bei Hafenblick!",
    date="2026-06-15 13:05 +0200",
    body="""
Hallo Chidi,

kleine Planänderung: Der CFO von Hafenblick ist am Mittwoch kurzfristig in Rotterdam. Das Gespräch wird daher auf Montag, 22.06., 10 Uhr verschoben, gleicher Ort. Passt dir das?

Sorry für das Hin und Her!
Tobias

""" + q("de", "Chidi Okafor <chidi.okafor@example.org>", "Di., 9. Juni 2026 um 18:02", """
Hallo Tobias,

Mittwoch, 17.06. um 10 Uhr passt mir sehr gut.

Viele Grüße
Chidi
"""))

add(RES, "de_absage_termin_krankheit", "de", "Mainufer Bank",
    frm="Petra Hoffmann <petra.hoffmann@mainuferbank.example.de>",
    subject="Absage Ihres Termins am 02.06.2026",
    date="2026-05-29 15:50 +0200",
    body="""
Sehr geehrter Herr Okafor,

leider muss ich Ihnen mitteilen, dass das für Dienstag, 2. Juni, 14:00 Uhr, vereinbarte Vorstellungsgespräch krankheitsbedingt nicht stattfinden kann. Wir bitten um Entschuldigung.

Ich melde mich Anfang nächster Woche mit einem Ersatztermin bei Ihnen.

Mit freundlichen Grüßen
Petra Hoffmann
Assistenz Bereichsleitung Finanzen
Mainufer Bank AG
""")

add(RES, "fr_report_entretien", "fr", "Maison Vautrin",
    frm="Aurélie Perrin <aurelie.perrin@maisonvautrin.example.fr>",
    subject="Report de notre échange",
    date="2026-03-11 19:12 +0100",
    body="""
Bonjour Chidi,

Je suis vraiment désolée, notre DAF est retenu en comité de direction demain matin. Pourrions-nous décaler notre entretien de jeudi 10h à lundi 16 mars même heure ?

Merci de votre compréhension, et encore toutes mes excuses.

Aurélie
""")

add(RES, "fr_annulation_entretien_ics", "fr", "Cabinet Delorme Associés",
    irt="<20260715144800.delorme.entretien@delorme-associes.example.fr>",
    frm="Isabelle Delorme <i.delorme@delorme-associes.example.fr>",
    subject="Annulé : Entretien M. Okafor - Manager FP&A",
    date="2026-07-20 08:30 +0200", charset="iso-8859-1",
    ics_method="CANCEL",
    ics=ics("delorme-entretien-0722@delorme-associes.example.fr", "Entretien M. Okafor - Manager FP&A",
            "20260722T120000Z", "20260722T130000Z", "Isabelle Delorme <i.delorme@delorme-associes.example.fr>",
            method="CANCEL", status="CANCELLED", sequence=1),
    body="""
Monsieur,

Nous sommes au regret de devoir annuler l'entretien prévu le mercredi 22 juillet à 14h00, en raison d'une indisponibilité imprévue. Nous reviendrons vers vous très prochainement afin de convenir d'une nouvelle date.

Veuillez nous excuser pour ce contretemps.

Isabelle Delorme
Cabinet Delorme Associés
""")

add(RES, "es_cambio_hora", "es", "Banco Cantábrico",
    frm="Lucía Fernández <lucia.fernandez@bancocantabrico.example.es>",
    subject="Cambio de hora entrevista",
    date="2026-07-09 16:22 +0200",
    body="""
Hola Chidi:

Te escribo porque la Directora Financiera tiene un viaje el lunes por la mañana. ¿Podríamos pasar la entrevista del lunes 13 a las 10:00 a las 16:30 del mismo día? El lugar sería el mismo.

Disculpa las molestias. Quedo atenta a tu confirmación.

Un saludo,
Lucía
""")

add(RES, "es_startup_cancela_reprograma", "es", "Cuenta Clara",
    irt="<CAM0r4les.platicamos@mail.cuentaclara.example.mx>",
    frm="Andrés Morales <andres@cuentaclara.example.mx>",
    subject="Re: ¿Platicamos?",
    date="2026-09-16 22:40 -0600",
    body="""
Chidi, mil disculpas, me surgió un tema con inversionistas y no voy a poder mañana. ¿Lo movemos al viernes a la misma hora? Ya te mandé la nueva invitación.

Saludos,
Andrés

Enviado desde mi iPhone
""")


# ---------------------------------------------------------------- missed interview notices
add(MIS, "tried_calling_scheduled_time", "en", "Umoya Life",
    frm="Thandeka Mokoena <thandeka.mokoena@umoyalife.example.co.za>",
    subject="Missed call - interview today",
    date="2026-06-08 11:25 +0200",
    body="""
Dear Chidi

We tried calling you at the scheduled time (11:00 SAST) for your interview with Pieter but were unable to reach you, and you did not join the Teams meeting either.

I hope everything is OK. Please let me know if there was a problem - if there is a good reason we can look at rescheduling, but Pieter's diary is very full this month.

Regards
Thandeka Mokoena
HR Business Partner | Umoya Life
""")

add(MIS, "teams_no_show_agency", "en", "Calder Street Search",
    frm="James Ofori <james@calderstreetsearch.example.co.uk>",
    subject="Everything ok??",
    date="2026-03-31 16:22 +0000",
    body="""
Chidi, Helen's just been on to me - she was on the Teams at 4 and you didn't join. Is everything alright? Not like you. Give me a call when you get this, I'll try and smooth it over with her.

James
07700 900 233
""")

add(MIS, "nhs_did_not_attend_letter", "en", "Pennine Valley NHS Foundation Trust",
    frm="Lisa Hartley <lisa.hartley@pennine.nhs.example.uk>",
    subject="Non-attendance at interview - Deputy Head of Financial Management",
    date="2026-04-01 14:10 +0100",
    body="""
Dear Chidi

You were booked to attend an interview today, Wednesday 1 April at 10:30, for the post of Deputy Head of Financial Management. Unfortunately you did not attend and we did not receive notification that you would be unable to do so.

If there were exceptional circumstances that prevented you from attending, please contact me by Friday 3 April. Otherwise we will assume you no longer wish to be considered for this post.

Kind regards
Lisa Hartley
Finance Business Manager
Pennine Valley NHS Foundation Trust
""")

add(MIS, "we_missed_you_ashby_style", "en", "Tallyforge",
    frm="Marcus Bell <marcus.bell@tallyforge.example.com>",
    subject="We missed you today",
    date="2026-02-24 15:35 +0000", fmt="alt",
    body="""
Hi Chidi,

Hannah waited in the Zoom for about 15 minutes for your 2.30 technical interview but it looks like we missed you. These things happen - calendars get crossed, wifi dies.

If you're still keen, reply and let me know a few times that work this week and I'll try to get you back in front of her.

Marcus
Talent Partner | Tallyforge
""")

add(MIS, "lagos_absent_assessment", "en", "Coral Crest Bank",
    irt="<HCM.2026.0226.1420@coralcrestbank.example.com>",
    frm="Oluwaseun Adeyemi <oluwaseun.adeyemi@coralcrestbank.example.com>",
    subject="RE: INVITATION TO ASSESSMENT AND INTERVIEW",
    date="2026-03-05 12:48 +0100",
    body="""
Dear Chidi,

We note that you were absent from the virtual assessment and interview session scheduled for 10:00am WAT today. The panel waited for 20 minutes before proceeding with other candidates.

Kindly revert with the reason for your absence latest by close of business tomorrow so that management can consider whether a fresh date may be given.

Regards,
Oluwaseun Adeyemi
Human Capital Management
Coral Crest Bank Plc
""")

add(MIS, "hospitality_gm_no_show_short", "en", "The Aldwych Grand",
    frm="Marco Bellini <marco.bellini@aldwychgrand.example.co.uk>",
    subject="Today 11am",
    date="2026-08-12 11:41 +0100",
    body="""
Hi Chidi,

I was expecting you at 11 for our interview for the Hotel Financial Controller job, waited at reception for half an hour. Did I get the day wrong? Let me know.

Marco Bellini
General Manager
The Aldwych Grand, London WC2
020 7946 0301
""")

add(MIS, "de_nicht_erschienen", "de", "Stadtwerke Nordheide",
    frm="Jana Petersen <j.petersen@stadtwerke-nordheide.example.de>",
    subject="Unser Telefoninterview heute",
    date="2026-08-27 10:35 +0200",
    body="""
Sehr geehrter Herr Okafor,

ich habe heute um 10:00 Uhr wie vereinbart versucht, Sie für unser Telefoninterview zu erreichen, leider ohne Erfolg. Auch auf meine Nachricht auf der Mailbox haben Sie bisher nicht reagiert.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir, dann finden wir einen neuen Termin.

Viele Grüße
Jana Petersen
Personalservice
Stadtwerke Nordheide GmbH
""")

add(MIS, "de_videocall_verpasst_du", "de", "Kontor Zwei",
    frm="Marie Schwarz <marie@kontorzwei.example.de>",
    subject="Hast du unseren Call vergessen?",
    date="2026-04-02 11:20 +0200",
    body="""
Hi Chidi,

wir waren heute um 11 Uhr im Google Meet verabredet, du bist aber leider nicht reingekommen. Alles ok bei dir?

Wenn du noch Interesse hast, such dir gern einen neuen Termin aus oder schreib mir kurz.

LG Marie
""")

add(MIS, "fr_absence_entretien", "fr", "Brasserie Vandamme",
    frm="Sophie Lambert <sophie.lambert@talentsbruxelles.example.be>",
    subject="Entretien de ce matin",
    date="2026-09-08 11:50 +0200",
    body="""
Bonjour Chidi,

Le DAF de Brasserie Vandamme m'informe que vous ne vous êtes pas connecté à l'entretien Teams de 11h ce matin. Il a attendu une quinzaine de minutes.

Pouvez-vous me rappeler dès que possible ? Je préfère comprendre ce qui s'est passé avant de revenir vers le client.

Bien cordialement,
Sophie Lambert
Talents Bruxelles | +32 2 555 14 20
""")

add(MIS, "es_no_se_presento", "es", "Grupo Hostelero Almudena",
    frm="Carmen Ortega <carmen.ortega@grupoalmudena.example.es>",
    subject="Entrevista de hoy",
    date="2026-04-20 13:05 +0200",
    body="""
Hola Chidi:

Te estuvimos esperando esta mañana a las 12:00 en nuestras oficinas de la calle Serrano para la entrevista de Responsable de Control de Gestión, pero no te presentaste y no hemos podido localizarte por teléfono.

Si sigues interesado en el proceso, por favor escríbeme y vemos si es posible buscar otra fecha.

Un saludo,
Carmen Ortega
RR. HH. - Grupo Hostelero Almudena
""")


# ---------------------------------------------------------------- offers
add(OFF, "verbal_offer_follow_up", "en", "Open Doors Housing Trust",
    frm="Gemma Lawson <gemma.lawson@opendoorshousing.example.org.uk>",
    subject="Following our call",
    date="2026-03-13 17:30 +0000",
    body="""
Hi Chidi

Lovely to speak earlier, and I'm so pleased you're as excited as we are! As discussed, I'm delighted to confirm our verbal offer of the Head of Management Accounts role at £62,000 per annum plus 8% employer pension contribution, 30 days annual leave and hybrid working (2 days in Bristol).

HR will send the formal offer letter and contract early next week, subject to two satisfactory references and a basic DBS check.

Have a great weekend, and welcome (almost!) to Open Doors.

Gemma
Head of Finance
Open Doors Housing Trust
""")

add(OFF, "offer_letter_attached_pdf", "en", "Tallyforge",
    frm="Marcus Bell <marcus.bell@tallyforge.example.com>",
    subject="Your offer from Tallyforge \U0001f389",
    date="2026-03-06 12:10 +0000", fmt="alt",
    attach=[("Tallyforge_Offer_Letter_C_Okafor.pdf", "application/pdf", PDF)],
    body="""
Hi Chidi,

I'm thrilled to attach your formal offer for the role of Finance Systems Lead! Hannah and the whole team were really impressed and can't wait to have you on board.

Headlines: base salary £85,000, 0.05% options (details in the letter), 25 days holiday plus bank holidays, fully remote with quarterly offsites in London.

Please have a read and let me know if you have any questions. We'd love to hear back by Friday 13 March. You can sign electronically via the link in the letter.

Marcus
""")

add(OFF, "pleased_to_offer_formal_bank", "en", "Sterling Meridian Bank",
    frm="Claire Fenwick <claire.fenwick@sterlingmeridian.example.com>",
    subject="Offer of Employment - Associate Director, Finance Business Partnering",
    date="2026-06-25 18:04 +0100", fmt="alt",
    attach=[("Offer_Letter_Okafor.pdf", "application/pdf", PDF),
            ("Sterling_Meridian_Benefits_Guide_2026.pdf", "application/pdf", PDF)],
    body="""
Dear Chidi,

Further to your recent conversations with Nikhil Shah, I am pleased to offer you the position of Associate Director, Finance Business Partnering at Sterling Meridian Bank, based in Canary Wharf.

Your offer letter and benefits guide are attached. This offer is conditional upon satisfactory completion of our pre-employment screening, including credit, criminal record (DBS) and employment reference checks, and your approval under the FCA Certification Regime.

To accept, please sign and return the offer letter within 5 working days.

Kind regards,

Claire Fenwick
HR Business Partner, Finance & Treasury
Sterling Meridian Bank plc
This message is confidential and may be legally privileged.
""")

add(OFF, "dubai_conditional_offer", "en", "Gulfstar Hospitality Group",
    frm="Rania Haddad <rania.haddad@gulfstarhg.example.ae>",
    subject="Offer - Financial Planning Manager",
    date="2026-05-07 09:45 +0400",
    attach=[("Gulfstar_Offer_Chidi_Okafor.pdf", "application/pdf", PDF)],
    body="""
Dear Chidi,

Greetings!

On behalf of Gulfstar Hospitality Group, it is my pleasure to extend to you a conditional offer of employment for the position of Financial Planning Manager, based in Dubai.

Package summary (monthly, AED): Basic 28,000 | Housing 9,000 | Transport 2,000. Annual air ticket, family medical insurance and 30 calendar days leave. Employment visa to be processed by the company.

The offer is subject to attestation of your educational certificates, satisfactory medical fitness and background verification. Kindly sign the attached offer and revert at the earliest.

Warm regards,
Rania Haddad
Talent Acquisition Manager
Gulfstar Hospitality Group
""")

add(OFF, "contract_to_sign_docusign_nigerian", "en", "Coral Crest Bank",
    frm="Oluwaseun Adeyemi <oluwaseun.adeyemi@coralcrestbank.example.com>",
    subject="OFFER OF APPOINTMENT - HEAD, FP&A",
    date="2026-04-14 16:20 +0100",
    body="""
Dear Chidi,

Congratulations!

We are pleased to inform you that Management has approved your appointment as Head, Financial Planning & Analysis (Assistant General Manager grade). The offer of appointment and employment contract have been sent to you via DocuSign for your review and signature.

Kindly note that the offer is valid for seven (7) working days. Resumption date is negotiable, subject to your notice period.

Please do not hesitate to revert should you require any clarification.

Best regards,
Oluwaseun Adeyemi
Human Capital Management
Coral Crest Bank Plc
""")

add(OFF, "civil_service_provisional_offer", "en", "Department for Regional Growth",
    contact="finance.recruitment@regionalgrowth.example.gov.uk",
    frm="Civil Service Jobs <noreply@csjobs.example.gov.uk>",
    subject="Civil Service Jobs - Provisional offer (Reference 402871)",
    date="2026-04-16 10:05 +0100",
    body="""
Dear Chidi Okafor,

Vacancy: Senior Finance Business Partner (Grade 7) - Department for Regional Growth
Reference: 402871

Congratulations, we are pleased to make you a provisional offer for the above role. This offer is subject to satisfactory pre-employment checks, including Baseline Personnel Security Standard (BPSS), references and right to work.

Please log in to your Civil Service Jobs account to accept or decline this provisional offer within 5 working days. If you have any questions, contact the vacancy holder at finance.recruitment@regionalgrowth.example.gov.uk.

Please do not reply to this email.
""")

add(OFF, "de_vertragsangebot", "de", "Hafenblick Logistik",
    frm="Kerstin Brandt <k.brandt@hafenblick-logistik.example.de>",
    subject="Ihr Vertragsangebot - Senior Controller (m/w/d)",
    date="2026-06-30 14:00 +0200",
    attach=[("Arbeitsvertrag_Okafor.pdf", "application/pdf", PDF)],
    body="""
Sehr geehrter Herr Okafor,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position als Senior Controller (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Das Jahresbruttogehalt beträgt 92.000 EUR zzgl. einer variablen Vergütung von bis zu 10 %. Als Eintrittstermin haben wir den 1. Oktober 2026 vorgesehen.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Juli zurück. Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Kerstin Brandt
Leiterin Personal
Hafenblick Logistik GmbH · Am Sandtorkai 50 · 20457 Hamburg
""")

add(OFF, "de_zusage_du_startup", "de", "Finory",
    frm="Jonas Keller <jonas@finory.example.de>",
    subject="Wir wollen dich! \U0001f680",
    date="2026-09-22 19:15 +0200",
    body="""
Hey Chidi,

ich mach's kurz: Wir würden dich unglaublich gern als Head of Finance bei Finory an Bord holen! Das Team war nach deiner Präsentation echt begeistert.

Angebot in Kürze: 105k fix, 0,3 % VSOP, remote aus Amsterdam ist kein Problem. Den Vertrag schickt dir Anna morgen per DocuSign.

Lass uns gern morgen kurz telefonieren, falls du Fragen hast.

Jonas
CEO, Finory
""")

add(OFF, "fr_promesse_embauche", "fr", "Plume Finance",
    frm="Camille Roux <camille@plumefinance.example.fr>",
    subject="Promesse d'embauche - FP&A Lead",
    date="2026-10-05 10:40 +0200",
    attach=[("Promesse_embauche_C_Okafor.pdf", "application/pdf", PDF)],
    body="""
Bonjour Chidi,

Suite à nos échanges, j'ai le plaisir de te transmettre ta promesse d'embauche pour le poste de FP&A Lead en CDI, avec une rémunération annuelle brute de 78 000 € et un démarrage souhaité le 4 janvier 2027.

Tu peux la signer via le lien Yousign que tu vas recevoir dans quelques minutes. N'hésite pas à m'appeler si tu as des questions.

On a hâte de travailler avec toi !
Camille
""")

add(OFF, "es_oferta_carta", "es", "Solaria Ibérica",
    frm="Marta Giménez <marta.gimenez@solariaiberica.example.es>",
    subject="Propuesta de incorporación",
    date="2026-10-01 13:15 +0200", charset="windows-1252", cte="quoted-printable",
    body="""
Estimado Chidi:

Tras el proceso de selección para el puesto de Responsable de FP&A - Renovables, nos complace ofrecerte la incorporación a Solaria Ibérica.

Las condiciones principales son: salario bruto anual de 70.000 €, retribución variable de hasta un 15 %, contrato indefinido y modalidad híbrida en Madrid. Te adjuntaremos la carta de oferta en cuanto nos confirmes tu interés.

Quedamos a la espera de tu respuesta antes del 9 de octubre.

Un cordial saludo,
Marta Giménez
Directora de Personas
Solaria Ibérica, S.A.
""")


# ---------------------------------------------------------------- other: job boards, newsletters, marketing
UNSUB = [("List-Unsubscribe", "<https://unsubscribe.example.net/u?e=chidi.okafor%40example.org>, "
          "<mailto:unsubscribe@bounce.example.net>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

add(OTH, "linkedin_job_alert_digest", "en",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
    subject="\u201cfp&a business partner\u201d: 14 new jobs in London",
    date="2026-01-15 06:31 +0000", fmt="alt", brand="LinkedIn", headers=UNSUB,
    body="""
Your job alert for fp&a business partner in London

FP&A Business Partner
Harrowgate Building Society - London (Hybrid)
Actively recruiting - 3 connections work here
https://www.linkedin.example.com/comm/jobs/view/39112

Senior Finance Business Partner - Commercial
Brightwell's - Birmingham
Easy Apply
https://www.linkedin.example.com/comm/jobs/view/39207

Finance Business Partner, Technology
Sterling Meridian Bank - London
Be an early applicant
https://www.linkedin.example.com/comm/jobs/view/39311

See all jobs: https://www.linkedin.example.com/comm/jobs/search?alert=7734

You're receiving job alert emails. Unsubscribe: https://www.linkedin.example.com/comm/psettings/email-unsubscribe
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""")

add(OTH, "indeed_alert_html_only", "en",
    frm="Indeed <alert@indeed.example.com>",
    subject="Management Accountant jobs in Leeds - 22 new",
    date="2026-01-21 07:02 +0000", fmt="html", brand="Indeed", headers=UNSUB,
    body="""
22 new jobs for Management Accountant in Leeds, West Yorkshire

Management Accountant - Aire Valley Foods - Bradford - £50,000 - £55,000 a year
Easily apply. Responded to 75% or more applications in the past 30 days.
https://uk.indeed.example.com/rc/clk?jk=aa12

Finance Business Partner - Yorkshire Water Services - Leeds
Urgently hiring.
https://uk.indeed.example.com/rc/clk?jk=bb34

Assistant Financial Controller - Leeds - £48,000
https://uk.indeed.example.com/rc/clk?jk=cc56

Don't miss out: employers are more likely to respond if you apply within 3 days.

Unsubscribe from these emails: https://uk.indeed.example.com/unsubscribe
""")

add(OTH, "totaljobs_recommended", "en",
    frm="Totaljobs <jobs@email.totaljobs.example.co.uk>",
    subject="Chidi, 9 jobs picked for you",
    date="2026-02-06 08:10 +0000", fmt="html", brand="Totaljobs", headers=UNSUB,
    body="""
Hi Chidi, based on your recent searches we think you'll like these:

Head of FP&A - Manchester - up to £95k + bonus
Financial Planning Manager - Remote - £70k - £80k
Finance Systems Accountant (Oracle Fusion) - Birmingham - £55k

Update your preferences: https://www.totaljobs.example.co.uk/account/alerts
""")

add(OTH, "career_newsletter_rejection_article", "en",
    frm="The Finance Careers Brief <newsletter@financecareersbrief.example.com>",
    subject="Why you got rejected after the final round (and what to do next)",
    date="2026-02-14 07:00 +0000", fmt="alt", brand="The Finance Careers Brief",
    headers=[*UNSUB, ("List-Id", "The Finance Careers Brief <brief.financecareersbrief.example.com>")],
    body="""
THE FINANCE CAREERS BRIEF | Issue 112

This week: the final-round rejection.

"Unfortunately, we have decided to move forward with other candidates." If you've read that line after four rounds and a CFO presentation, you're not alone. We asked 40 hiring managers in FP&A why strong finalists miss out. The top three reasons: compensation mismatch, sector experience, and a case study that answered a different question.

Also inside:
- Missed an interview? How to write the apology email (template inside)
- Competency interviews: the STAR method for finance people
- Salary survey 2026: FP&A pay is up 4.2% year on year

Read online: https://financecareersbrief.example.com/issues/112

You're receiving this because you subscribed at financecareersbrief.example.com. Unsubscribe any time.
""")

add(OTH, "recruiter_cold_outreach_salary_guide", "en",
    frm="Hollis Grey Finance <tom.hadley@hollisgrey.example.co.uk>",
    subject="2026 Finance & Accounting Salary Guide - your copy",
    date="2026-01-26 09:15 +0000", fmt="alt", brand="Hollis Grey", headers=UNSUB,
    body="""
Hi Chidi,

I came across your profile and noticed your move from audit into FP&A - a really common path among the people we place!

We've just published our 2026 Finance & Accounting Salary Guide covering the North West and Yorkshire, with pay benchmarks for FP&A, business partnering and finance systems roles. You can download your copy here: https://hollisgrey.example.co.uk/salary-guide-2026

If you'd ever like a confidential conversation about the market, my door is always open.

Best regards,
Tom Hadley
Associate Director | Hollis Grey Finance
""")

add(OTH, "recruiter_inmail_exciting_opportunity", "en",
    frm="Sasha Kowalski via LinkedIn <inmail-hit-reply@linkedin.example.com>",
    subject="Exciting opportunities in fintech finance",
    date="2026-03-20 13:44 +0000", fmt="alt", brand="LinkedIn",
    body="""
Hi Chidi,

Hope you're having a great week! I lead the finance practice at Bridgeway Talent and we partner with some of the fastest-growing fintechs in Europe.

I'm building a network of top FP&A talent for roles coming through in Q2 - nothing specific right now, but I'd love to connect and keep you in mind.

Have a great weekend!
Sasha

Reply  |  Not interested
This message was sent to Chidi Okafor via LinkedIn InMail.
""")

add(OTH, "podcast_interview_request", "en",
    frm="Leah Morgan <leah@numberscastpod.example.com>",
    subject="Interview for The Numbers Cast?",
    date="2026-05-04 11:20 +0100",
    body="""
Hi Chidi,

I host The Numbers Cast, a podcast for accountants who've left practice. A listener pointed me to your LinkedIn post on moving from audit into FP&A and I loved it.

Would you be up for a 40-minute recorded interview for an upcoming episode? We record remotely on Riverside, and you'd get to approve the edit. Any Thursday in May works our end.

No pressure at all!
Leah Morgan
Host & Producer, The Numbers Cast
""")

add(OTH, "user_research_interview_fintech_app", "en",
    frm="Budgetly Research <research@budgetly.example.com>",
    subject="Share your feedback - 30 min interview, £40 voucher",
    date="2026-03-27 15:00 +0000", fmt="html", brand="Budgetly", headers=UNSUB,
    body="""
Hi Chidi,

You've been using Budgetly for over a year, and we'd love to learn from you.

We're running 30-minute user research interviews over video about how you track shared household bills. As a thank you, you'll receive a £40 Amazon voucher.

Book a session that suits you: https://research.budgetly.example.com/book

Thanks,
The Budgetly Research Team
""")

add(OTH, "friend_own_rejection", "en",
    frm="Ngozi Eze <ngozi.eze@example.net>",
    subject="ugh",
    date="2026-04-23 21:15 +0100",
    body="""
Chidi!! So remember that Big Four transformation role I was going on about? Got the rejection today. "We've decided to progress with candidates whose experience more closely matches the role." After FOUR rounds and a case study. I'm gutted tbh.

Anyway how did your interview with the university go?? Drinks Saturday? I need one lol

N x
""")

add(OTH, "evri_parcel_delayed", "en",
    frm="Evri <noreply@evri.example.com>",
    subject="Unfortunately your parcel is delayed",
    date="2026-02-27 16:40 +0000", fmt="html", brand="Evri",
    body="""
Hi Chidi,

Unfortunately your parcel from Brightwell's Home is running a little late. We're sorry about this.

Your new estimated delivery date is Monday 2 March. You don't need to do anything - we'll keep you updated.

Tracking number: H01HYA0012345678
Track your parcel: https://www.evri.example.com/track/H01HYA0012345678
""")

add(OTH, "royal_mail_we_missed_you", "en",
    frm="Royal Mail <no-reply@royalmail.example.com>",
    subject="Sorry we missed you",
    date="2026-05-15 13:22 +0100", fmt="alt", brand="Royal Mail",
    body="""
Sorry we missed you

We tried to deliver your item today at 12:48 but no one was available to receive it. Your item requires a signature.

What happens next? We'll take it to your local Customer Service Point, where it will be ready to collect from tomorrow after 12pm. You can also rearrange delivery online: https://www.royalmail.example.com/redelivery

Reference: KF 1234 5678 9GB
""")

add(OTH, "vehicle_tracker_position", "en",
    frm="TrackMate <alerts@trackmate.example.co.uk>",
    subject="Vehicle position report - LK21 ABC",
    date="2026-06-06 08:00 +0100",
    body="""
Daily position report for vehicle LK21 ABC (Toyota Yaris)

Last known position: 51.5202 N, 0.0984 W (Old Street, London EC1)
Reported: 06/06/2026 07:58
Ignition: OFF
Geofence alerts: none

Log in to view your journey history: https://app.trackmate.example.co.uk
""")

add(OTH, "credit_card_application_received", "en",
    frm="Northbank <noreply@northbank.example.co.uk>",
    subject="We've received your credit card application",
    date="2026-02-18 20:31 +0000", fmt="alt", brand="Northbank",
    body="""
Dear Mr Okafor,

Thank you for applying for a Northbank Rewards Credit Card. We've received your application (ref. CC-88120473) and we're now reviewing it.

We'll usually let you know our decision within 2 working days. In some cases we may need more information from you, and we'll be in touch if so.

Northbank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""")

add(OTH, "letting_agent_application_declined", "en",
    frm="Emma Clarke <emma.clarke@keysandco-lettings.example.co.uk>",
    subject="Flat 4, 22 Albion Road - your application",
    date="2026-03-19 17:05 +0000",
    body="""
Hi Chidi,

Thank you for your interest in Flat 4, 22 Albion Road and for coming to the viewing on Saturday.

Unfortunately the landlord has decided to proceed with another applicant on this occasion. I'm sorry it's not better news - we have a similar two-bed on Green Lanes coming up next week which I'll send over as soon as it's listed.

Kind regards,
Emma Clarke
Lettings Negotiator | Keys & Co Lettings
""")

add(OTH, "university_admission_decision", "en",
    frm="Admissions Office <admissions@kingsbridge.example.ac.uk>",
    subject="Decision on your application: MSc Financial Technology (part-time)",
    date="2026-04-03 12:00 +0100",
    body="""
Dear Chidi Okafor

Application ID: 2604417

Thank you for your application to the MSc Financial Technology (part-time) programme for September 2026 entry.

We regret to inform you that we are unable to offer you a place on this occasion. Competition for places was exceptionally strong this year.

You can view your decision on the applicant portal. Please do not reply to this email.

Postgraduate Admissions
Kingsbridge University
""")

add(OTH, "own_sent_thank_you_note", "en",
    frm="Chidi Okafor <chidi.okafor@example.org>",
    to="Gemma Lawson <gemma.lawson@opendoorshousing.example.org.uk>",
    subject="Thank you - Head of Management Accounts interview",
    date="2026-03-11 18:20 +0000",
    body="""
Dear Gemma,

Thank you for taking the time to meet me this afternoon, and please pass my thanks to Joanne too. I really enjoyed hearing about the new reporting suite and the plans for the 30-year business plan refresh.

I'm very interested in the role and look forward to hearing from you.

Kind regards,
Chidi Okafor ACA
07700 900 515
""")

add(OTH, "own_sent_chasing_application", "en",
    irt="<ACK.FPA.20260204@coralcrestbank.example.com>",
    frm="Chidi Okafor <chidi.okafor@example.org>",
    to="careers@coralcrestbank.example.com",
    subject="Re: ACKNOWLEDGEMENT OF APPLICATION - HEAD, FINANCIAL PLANNING & ANALYSIS",
    date="2026-02-20 09:05 +0000",
    body="""
Dear Sir/Madam,

I hope this finds you well. I applied for the Head of FP&A role on 3 February and wanted to check whether there is any update on the timeline for interviews.

I remain very interested in the role and would be happy to provide any further information.

Kind regards,
Chidi Okafor

""" + q("gmail", "Coral Crest Bank Careers <careers@coralcrestbank.example.com>", "Wed, 4 Feb 2026 at 07:03", """
Dear Chidi Okafor,

We acknowledge receipt of your application for the above-mentioned position.
"""))

add(OTH, "recruiter_out_of_office", "en",
    frm="James Ofori <james@calderstreetsearch.example.co.uk>",
    subject="Automatic reply: CV - updated",
    date="2026-08-03 10:12 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""
Thanks for your email. I'm on annual leave until Monday 17 August with limited access to email. For anything urgent please contact Rachel Hume at rachel@calderstreetsearch.example.co.uk or call the office on 0161 496 0044.

James
""")

add(OTH, "standup_calendar_notification", "en",
    frm="Google Calendar <calendar-notification@google.example.com>",
    subject="Invitation: Daily finance stand-up @ Weekly from 9:15am to 9:30am on weekdays (GMT) (chidi.okafor@example.org)",
    date="2026-01-09 16:02 +0000", fmt="alt", brand="Google Calendar",
    ics=ics("standup-fin-77a1@volunteer.example.org", "Daily finance stand-up", "20260112T091500Z",
            "20260112T093000Z", "Ruth Adebayo <ruth.adebayo@volunteer.example.org>",
            description="Quick round-up of treasury positions for the Food Bank Network. Recurring."),
    body="""
You have been invited to the following event.

Daily finance stand-up
When: Weekly from 9:15am to 9:30am on weekdays (GMT)
Joining info: Join with Google Meet
Organizer: Ruth Adebayo
Who: Ruth Adebayo, chidi.okafor@example.org, treasurer@volunteer.example.org

Going? Yes - Maybe - No

Invitation from Google Calendar
""")

add(OTH, "hmrc_self_assessment_reminder", "en",
    frm="HM Revenue and Customs <noreply@notifications.hmrc.example.gov.uk>",
    subject="Your Self Assessment tax return is due",
    date="2026-01-06 10:00 +0000",
    body="""
Dear Chidi Okafor

Your Self Assessment tax return for the tax year ended 5 April 2025 must be received by 31 January 2026. You must also pay any tax you owe by then.

Sign in to your HMRC online account to file your return.

Do not reply to this email. HMRC will never ask you to reply with personal or payment details.

From HM Revenue and Customs
""")

add(OTH, "council_tax_bill", "en",
    frm="Islington Council <counciltax@islington.example.gov.uk>",
    subject="Your Council Tax bill 2026/27 is ready",
    date="2026-03-09 08:15 +0000",
    body="""
Dear Mr Okafor

Your Council Tax bill for 2026/27 is now available to view in your online account.

Account reference: 60123456
Annual charge: £1,948.30
First instalment due: 1 April 2026

If you pay by Direct Debit you do not need to do anything.

Revenues and Benefits Service
""")

add(OTH, "gp_surgery_appointment_cancelled", "en",
    frm="Canonbury Medical Practice <noreply@gpsurgery.example.nhs.uk>",
    subject="Your appointment has been cancelled",
    date="2026-05-11 08:45 +0100",
    body="""
Dear Chidi,

Your appointment with Dr Patel on Wednesday 13 May 2026 at 10:20 has been cancelled because the GP is unwell. We apologise for any inconvenience.

To rebook, please use the NHS App or call the surgery on 020 7946 0888 after 8am.

Canonbury Medical Practice
""")

add(OTH, "trainline_delay_repay", "en",
    frm="Trainline <auto-confirm@info.trainline.example.com>",
    subject="Your train was delayed - you might be owed money",
    date="2026-07-15 19:30 +0100", fmt="html", brand="Trainline",
    body="""
Hi Chidi,

Your 07:30 London Euston to Glasgow Central service on 14 July was delayed by 47 minutes.

You may be eligible for Delay Repay compensation. Claim in a few taps: https://www.trainline.example.com/delay-repay

Ticket reference: TLN-44M7Q2
""")

add(OTH, "tv_licence_reminder", "en",
    frm="TV Licensing <donotreply@tvlicensing.example.co.uk>",
    subject="Your TV Licence payment",
    date="2026-06-01 09:00 +0100",
    body="""
Dear Mr C Okafor

Your next TV Licence Direct Debit payment of £14.54 will be collected on or shortly after 15 June 2026.

Licence number: 3012345678

Thank you, TV Licensing
""")

add(OTH, "gym_class_booked", "en",
    frm="PureMove Gyms <hello@puremove.example.co.uk>",
    subject="You're booked: HIIT Blast, Thursday 6.45am",
    date="2026-02-10 21:02 +0000", fmt="html", brand="PureMove", headers=UNSUB,
    body="""
Hi Chidi, you're booked in!

HIIT Blast with Kelly
Thursday 12 February, 06:45 - 07:30
PureMove Angel

Can't make it? Cancel up to 2 hours before to avoid a missed class fee: https://puremove.example.co.uk/bookings
""")

add(OTH, "streaming_payment_failed", "en",
    frm="Streamflix <info@mailer.streamflix.example.com>",
    subject="Update your payment details",
    date="2026-08-20 05:12 +0100", fmt="html", brand="Streamflix",
    body="""
Hi Chidi,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

Update payment: https://www.streamflix.example.com/account/payment

Your friends at Streamflix
""")

add(OTH, "mortgage_decision_in_principle", "en",
    frm="Harbour & Home Mortgages <noreply@harbourhome.example.co.uk>",
    subject="Application received - Decision in Principle",
    date="2026-09-03 14:30 +0100",
    body="""
Dear Chidi Okafor,

Thank you for your Mortgage Decision in Principle application. Your reference number is DIP-4410992.

Good news: based on the information you provided, we could lend you up to £385,000. This is not a mortgage offer. An adviser will be in touch within 2 working days to talk through next steps.

Harbour & Home Mortgages is a trading name of Harbour & Home Building Society.
""")

add(OTH, "trade_press_interview_request", "en",
    frm="Daniel Achterberg <d.achterberg@financedirectorweekly.example.com>",
    subject="Interview request - feature on ACAs moving into industry",
    date="2026-09-10 10:25 +0100",
    body="""
Dear Chidi,

I'm a reporter at Finance Director Weekly, writing a feature on chartered accountants leaving audit for FP&A roles. A colleague at ICAEW suggested I speak to you.

Would you be willing to do a 20-minute phone interview next week? I'd quote you by name and job title, and I'm happy to send quotes for checking before publication.

Best,
Daniel Achterberg
Senior Reporter, Finance Director Weekly
+44 20 7946 0555
""")

add(OTH, "professional_body_webinar", "en",
    frm="Institute of Chartered Finance Professionals <events@icfp.example.org.uk>",
    subject="Webinar: Acing the competency-based interview - Thursday 12:30",
    date="2026-05-18 12:00 +0100", fmt="html", brand="ICFP", headers=[*UNSUB, ("List-Id", "ICFP Members Events <events.icfp.example.org.uk>")],
    body="""
Members' webinar | Thursday 21 May, 12:30-13:15

Acing the competency-based interview

Whether it's a panel interview for an NHS Band 8a role or an assessment centre at a bank, competency questions trip up even experienced finance professionals. Our careers coach shares how to structure answers, how to handle a presentation to the CFO, and what to do if you're rejected after the final round.

Register free: https://icfp.example.org.uk/events/competency-interviews

You are receiving this as an ICFP member. Manage your preferences: https://icfp.example.org.uk/preferences
""")

add(OTH, "job_board_application_tips_digest", "en",
    frm="CV-Library <news@cv-library.example.co.uk>",
    subject="3 reasons you're not getting interviews",
    date="2026-07-28 08:00 +0100", fmt="html", brand="CV-Library", headers=UNSUB,
    body="""
Hi Chidi,

Applying for lots of jobs but not hearing back? Here are three reasons candidates don't get invited to interview, according to recruiters:

1. Your CV isn't tailored to the job description
2. You're missing key skills from the advert (think Power BI, SQL, Anaplan)
3. You apply too late - most roles get 80% of applications in the first week

Plus: 1,240 new finance jobs added this week. Search now: https://www.cv-library.example.co.uk/finance-jobs

Unsubscribe: https://www.cv-library.example.co.uk/unsubscribe
""")

add(OTH, "de_stepstone_jobagent", "de",
    frm="StepStone Jobagent <jobagent@stepstone.example.de>",
    subject="8 neue Jobs für \u201eController Frankfurt\u201c",
    date="2026-03-02 06:45 +0100", fmt="html", brand="StepStone", headers=UNSUB,
    body="""
Hallo Chidi Okafor,

Ihr Jobagent hat 8 neue passende Stellenangebote gefunden:

Senior Controller (m/w/d) - Hafenblick Logistik GmbH - Hamburg
Referent Konzerncontrolling (m/w/d) - Rheinhaven Versicherung AG - Köln
FP&A Manager (m/w/d) - Mainufer Bank AG - Frankfurt am Main

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/ergebnisse

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent/verwalten
""")

add(OTH, "de_karriere_newsletter_absage", "de",
    frm="Karrierebrief Finanzen <newsletter@karrierebrief.example.de>",
    subject="Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    date="2026-04-07 07:30 +0200", fmt="alt", brand="Karrierebrief",
    headers=[*UNSUB, ("List-Id", "Karrierebrief Finanzen <karrierebrief.example.de>")],
    body="""
Karrierebrief Finanzen - Ausgabe 14/2026

Liebe Leserinnen und Leser,

"Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben" - wer sich im Controlling bewirbt, liest diesen Satz öfter, als ihm lieb ist. In dieser Ausgabe erklären wir, wie Sie nach einer Absage um Feedback bitten, warum ein verpasstes Vorstellungsgespräch kein Karriereende ist und welche Fragen im Assessment Center wirklich kommen.

Weiterlesen: https://karrierebrief.example.de/ausgabe-14-2026

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://karrierebrief.example.de/abmelden
""")

add(OTH, "de_dhl_sendung_verzoegert", "de",
    frm="DHL Paket <noreply@dhl.example.de>",
    subject="Ihre Sendung verzögert sich leider",
    date="2026-06-18 14:12 +0200", fmt="html", brand="DHL",
    body="""
Hallo Chidi Okafor,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890 von Kontor Zwei GmbH. Die Sendung wird voraussichtlich am Montag, 22.06.2026, zugestellt.

Wir bitten um Ihr Verständnis.

Sendungsverfolgung: https://www.dhl.example.de/sendungsverfolgung
""")

add(OTH, "de_freund_eigene_absage", "de",
    frm="Felix Hartmann <felix.hartmann@example.net>",
    subject="Re: Frankfurt Wochenende",
    date="2026-05-29 22:40 +0200",
    body="""
Hey Chidi,

klar, Samstag passt! Übrigens: ich hab heute die Absage von der Sparkasse bekommen, nach drei Runden. "Wir haben uns für einen Bewerber entschieden, dessen Profil noch besser passt" - wie immer. Naja, weiter geht's.

Wie lief dein Gespräch bei der Mainufer Bank? Erzähl am Samstag!

Felix

""" + q("de", "Chidi Okafor <chidi.okafor@example.org>", "Fr., 29. Mai 2026 um 19:01", """
Hi Felix, bin nächstes Wochenende in Frankfurt - Samstag ein Bier?
Chidi
"""))

add(OTH, "de_wohnungsbewerbung_absage", "de",
    frm="Immobilien Sonnenhof <vermietung@sonnenhof-immobilien.example.de>",
    subject="Ihre Anfrage: 2-Zimmer-Wohnung, Oeder Weg 41",
    date="2026-07-03 11:10 +0200",
    body="""
Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an der Wohnung im Oeder Weg 41 und Ihre Selbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat. Wir nehmen Sie gern in unsere Interessentenkartei auf.

Mit freundlichen Grüßen
Ihr Vermietungsteam
Immobilien Sonnenhof
""")

add(OTH, "de_bahn_zugausfall", "de",
    frm="Deutsche Bahn <noreply@bahn.example.de>",
    subject="Reiseinformation: Ihre Verbindung am 16.06.2026 fällt aus",
    date="2026-06-15 20:10 +0200", fmt="alt", brand="DB",
    body="""
Guten Tag Chidi Okafor,

leider fällt Ihr ICE 572 am 16.06.2026 von Frankfurt(Main)Hbf nach Hamburg Hbf (ab 08:13) aus. Bitte nutzen Sie eine alternative Verbindung, die Zugbindung ist aufgehoben.

Alternative Verbindungen: https://www.bahn.example.de/reiseauskunft

Ihr DB Team
""")

add(OTH, "fr_wttj_newsletter", "fr",
    frm="Welcome to the Jungle <hello@welcometothejungle.example.co>",
    subject="Entretien raté, refus, silence radio : on vous dit tout",
    date="2026-03-22 08:00 +0100", fmt="html", brand="Welcome to the Jungle",
    headers=[*UNSUB, ("List-Id", "WTTJ Newsletter <newsletter.welcometothejungle.example.co>")],
    body="""
Bonjour Chidi,

Cette semaine dans la newsletter :

- "Nous avons le regret de vous informer..." : comment rebondir après un refus
- Vous avez raté un entretien ? Le mail d'excuse parfait
- 5 entreprises qui recrutent en finance à Paris

Lire les articles : https://www.welcometothejungle.example.co/fr/articles

Se désabonner : https://www.welcometothejungle.example.co/fr/unsubscribe
""")

add(OTH, "fr_apec_alerte_offres", "fr",
    frm="Apec <alerte-offres@apec.example.fr>",
    subject="Vos nouvelles offres : contrôleur de gestion - Île-de-France",
    date="2026-04-13 06:30 +0200", fmt="html", brand="Apec", headers=UNSUB,
    body="""
Bonjour Chidi,

12 nouvelles offres correspondent à votre alerte :

Contrôleur de gestion senior H/F - Maison Vautrin - Paris 8e - 55-65 k€
Responsable FP&A H/F - Plume Finance - Paris 9e - 70-80 k€
Analyste financier H/F - Banque Lormont - La Défense

Voir toutes les offres : https://www.apec.example.fr/alertes

Gérer mes alertes : https://www.apec.example.fr/mon-compte
""")

add(OTH, "fr_podcast_interview", "fr",
    cte="base64",
    frm="Hugo Bernard <hugo@podcastlesdafs.example.fr>",
    subject="Interview pour le podcast Les DAF parlent aux DAF",
    date="2026-06-23 09:40 +0200",
    body="""
Bonjour Chidi,

J'anime le podcast « Les DAF parlent aux DAF » et je prépare une série d'épisodes sur les parcours internationaux en finance. Votre passage de l'audit à Londres au FP&A m'intéresse beaucoup.

Accepteriez-vous une interview d'environ 45 minutes, enregistrée à distance, dans les prochaines semaines ? L'épisode serait diffusé en septembre.

Au plaisir de vous lire,
Hugo Bernard
""")

add(OTH, "fr_colissimo_retard", "fr",
    frm="Colissimo <ne-pas-repondre@colissimo.example.fr>",
    subject="Votre colis a du retard",
    date="2026-05-06 17:12 +0200", fmt="html", brand="Colissimo",
    body="""
Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : vendredi 8 mai.

Suivre mon colis : https://www.colissimo.example.fr/suivi
""")

add(OTH, "fr_banque_demande_pret_recue", "fr",
    frm="Crédit Lormont <ne-pas-repondre@creditlormont.example.fr>",
    subject="Votre demande de prêt personnel a bien été reçue",
    date="2026-08-11 12:20 +0200",
    body="""
Bonjour Monsieur Okafor,

Nous avons bien reçu votre demande de prêt personnel (dossier n° PP-2026-55120). Elle est en cours d'étude par nos conseillers.

Vous recevrez une réponse de principe sous 48 heures ouvrées.

Crédit Lormont - Service Clients
""")

add(OTH, "fr_own_sent_relance", "fr",
    irt="<a9c3e1.vautrin.0309@maisonvautrin.example.fr>",
    frm="Chidi Okafor <chidi.okafor@example.org>",
    to="Aurélie Perrin <aurelie.perrin@maisonvautrin.example.fr>",
    subject="Re: Entretien - Contrôleur de gestion senior",
    date="2026-03-24 10:15 +0100",
    body="""
Bonjour Aurélie,

Je me permets de revenir vers vous suite à notre entretien du 16 mars avec M. Girard. Je reste très motivé par le poste et souhaitais savoir si vous aviez un retour sur la suite du processus.

Bien cordialement,
Chidi Okafor

""" + q("fr", "Aurélie Perrin <aurelie.perrin@maisonvautrin.example.fr>", "lun. 9 mars 2026 à 11:15", """
Bonjour Chidi,

Suite à votre candidature via Welcome to the Jungle, j'aimerais vous proposer un premier échange en visio.
"""))

add(OTH, "fr_entretien_utilisateur", "fr",
    frm="L'équipe Recherche <recherche@neobanque.example.fr>",
    subject="Participez à un entretien utilisateur (50 € offerts)",
    date="2026-07-09 14:00 +0200", fmt="html", brand="Neobanque", headers=UNSUB,
    body="""
Bonjour Chidi,

Nous cherchons des utilisateurs pour des entretiens de 45 minutes en visio sur la gestion des notes de frais. En remerciement, nous vous offrons une carte cadeau de 50 €.

Choisir un créneau : https://neobanque.example.fr/recherche/creneaux

Merci !
L'équipe Recherche
""")

add(OTH, "fr_admission_master", "fr",
    frm="Service des admissions <admissions@ecole-finance.example.fr>",
    subject="Résultat de votre candidature - Executive Master Finance",
    date="2026-06-12 16:30 +0200",
    body="""
Monsieur,

Le jury d'admission s'est réuni le 10 juin 2026. Nous avons le plaisir de vous informer que votre candidature à l'Executive Master Finance d'entreprise (rentrée octobre 2026) a été retenue.

Vous trouverez les modalités d'inscription sur votre espace candidat.

Le Service des admissions
""")

add(OTH, "fr_absence_bureau_recruteuse", "fr",
    frm="Élodie Marchand <e.marchand@garnier-audit.example.fr>",
    subject="Réponse automatique : Candidature manager audit / FP&A",
    date="2026-05-11 09:02 +0200",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""
Bonjour,

Je suis absente du bureau jusqu'au 11 mai inclus. Pour toute urgence, merci de contacter rh@garnier-audit.example.fr.

Cordialement,
Élodie Marchand
""")

add(OTH, "es_infojobs_alertas", "es",
    frm="InfoEmpleo <alertas@infoempleo.example.es>",
    subject="15 nuevas ofertas de Controller Financiero en Madrid",
    date="2026-05-04 07:15 +0200", fmt="html", brand="InfoEmpleo", headers=UNSUB,
    body="""
Hola Chidi,

Tenemos nuevas ofertas que encajan con tu búsqueda:

Controller Financiero - Banco Cantábrico - Madrid
Responsable de FP&A - Solaria Ibérica - Madrid (híbrido)
Analista Financiero Senior - Grupo Hostelero Almudena - Madrid

Ver todas: https://www.infoempleo.example.es/alertas

Darse de baja: https://www.infoempleo.example.es/baja
""")

add(OTH, "es_correos_envio_retrasado", "es",
    frm="Correos <no-responder@correos.example.es>",
    subject="Tu envío lleva retraso",
    date="2026-07-24 13:05 +0200",
    body="""
Hola,

Lamentablemente, tu envío PQ4B2C0123456780128001M ha sufrido un retraso por incidencias en el centro de tratamiento. Te pedimos disculpas.

Nueva fecha estimada de entrega: 28/07/2026.

Consulta el seguimiento en https://www.correos.example.es/seguimiento
""")

add(OTH, "es_amigo_le_rechazaron", "es",
    cte="base64",
    frm="Javier Ruiz <javi.ruiz@example.net>",
    subject="jaja qué semana",
    date="2026-08-07 23:05 +0200",
    body="""
Tío, al final me rechazaron en lo de la consultora. "Lamentamos comunicarte que hemos decidido continuar con otros candidatos" y tal. Tres entrevistas para eso jaja.

¿Lo tuyo en Madrid cómo va? Avísame si vienes en septiembre y nos tomamos algo.

Abrazo,
Javi

Enviado desde mi iPhone
""")

add(OTH, "es_encuesta_entrevista_usuario", "es",
    frm="Equipo de Investigación de Pagaya <investigacion@pagaya-app.example.es>",
    subject="¿Nos ayudas? Entrevista de 30 minutos",
    date="2026-09-01 11:00 +0200", fmt="alt", brand="Pagaya", headers=UNSUB,
    body="""
Hola Chidi:

Estamos mejorando la app y nos encantaría hacerte una entrevista de 30 minutos por videollamada sobre cómo usas las transferencias internacionales. Te regalamos 30 € por participar.

Reserva tu hueco aquí: https://pagaya-app.example.es/investigacion

¡Gracias!
""")

add(OTH, "es_newsletter_empleo_finanzas", "es",
    frm="Finanzas & Carrera <boletin@finanzasycarrera.example.es>",
    subject="Cómo preparar una entrevista por competencias",
    date="2026-10-02 08:00 +0200", fmt="html", brand="Finanzas & Carrera",
    headers=[*UNSUB, ("List-Id", "Boletín Finanzas & Carrera <boletin.finanzasycarrera.example.es>")],
    body="""
Boletín semanal - nº 87

En este número:
- Cómo preparar una entrevista por competencias en banca
- Qué hacer si no te seleccionan tras la última entrevista
- Ofertas destacadas de la semana en FP&A

Leer más: https://finanzasycarrera.example.es/boletin/87

Darse de baja: https://finanzasycarrera.example.es/baja
""")

if __name__ == "__main__":
    write_all()
