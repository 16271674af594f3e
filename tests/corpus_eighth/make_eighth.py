"""Generator for the eighth labelled corpus: a job seeker's inbox over three months of 2026.

Every message below was written by hand, one at a time, in the voice of its sender; this file
only turns those texts into MIME (encodings, charsets, HTML alternatives, calendar parts,
quoted reply chains) and writes labels.csv. It imports only the standard library.

Run `python tests/corpus_eighth/make_eighth.py` to rewrite the .eml files and labels.csv; the
output is deterministic (dates and Message-IDs derive from each message's position and name).
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = ("Tomás Silva", "tomas.silva@example.org")
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
    """One hand-written message and its labels; everything else is presentation."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    text: str
    to: tuple[str, str] = ME
    reply_to: tuple[str, str] | None = None
    cc: list[tuple[str, str]] = field(default_factory=list)
    html: str = ""  # "", "alt" (text + generated HTML), "only" (generated HTML only)
    style: str = "simple"  # HTML look: simple, corporate, outlook, ats
    enc: str = "qp"  # qp, b64, 7bit, 8bit
    charset: str = "utf-8"
    date: datetime | None = None
    reply: bool = False  # carries In-Reply-To/References
    headers: dict[str, str] = field(default_factory=dict)
    ics: dict[str, str] | None = None
    attach: str = ""  # a file name: a small fake PDF is attached


MAILS: list[Mail] = []


def add(kind: str, scenario: str, lang: str, company: str, contact: str, **kw: object) -> None:
    MAILS.append(Mail(kind, scenario, lang, company, contact, **kw))  # type: ignore[arg-type]


def gmail_quote(when: str, who: str, addr: str, body: str) -> str:
    quoted = "\n".join(("> " + line).rstrip() for line in body.strip().splitlines())
    return f"\n\nOn {when}, {who} <{addr}> wrote:\n\n{quoted}\n"


def outlook_quote(frm: str, sent: str, to: str, subject: str, body: str) -> str:
    return (
        "\n\n________________________________\n"
        f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body.strip()}\n"
    )


def intro_quote(intro: str, body: str) -> str:
    """A localized 'X wrote:' line ("Am ... schrieb", "Le ... a écrit", "El ... escribió")."""
    quoted = "\n".join(("> " + line).rstrip() for line in body.strip().splitlines())
    return f"\n\n{intro}\n{quoted}\n"


def forwarded(frm: str, date: str, subject: str, to: str, body: str) -> str:
    return (
        "\n\n---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{body.strip()}\n"
    )


URL = re.compile(r"https?://[^\s<>\")]+")


def _track(url: str, n: int) -> str:
    digest = hashlib.sha1(url.encode()).hexdigest()[:24]
    return f"https://click.mailer.example.net/ls/click?upn={digest}&n={n}"


def _para_html(block: str, n: int) -> str:
    if all(line.startswith(">") for line in block.splitlines()):
        inner = "<br>\n".join(html.escape(line[1:].strip()) for line in block.splitlines())
        return f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>'
    out = []
    for line in block.splitlines():
        esc = html.escape(line)
        esc = URL.sub(lambda m: f'<a href="{_track(m.group(0), n)}">{m.group(0)}</a>', esc)
        out.append(esc)
    return "<br>\n".join(out)


def to_html(mail: Mail, n: int) -> str:
    blocks = [b for b in re.split(r"\n\s*\n", mail.text.strip()) if b.strip()]
    paras = [_para_html(b, n) for b in blocks]
    brand = mail.company or mail.frm[0]
    pixel = f'<img src="https://open.mailer.example.net/o/{n:04d}.gif" width="1" height="1" alt="">'
    if mail.style == "corporate":
        rows = "\n".join(
            f'<tr><td style="padding:0 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;'
            f'font-size:14px;line-height:20px;color:#333333">{p}</td></tr>'
            for p in paras
        )
        return (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            '<body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff">'
            f'<tr><td style="padding:24px 32px"><img src="https://cdn.example.net/logo/{n}.png" '
            f'alt="{html.escape(brand)} logo" width="140"></td></tr>\n{rows}\n'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#999999">'
            f"&copy; 2026 {html.escape(brand)}</td></tr>"
            f"</table></td></tr></table>{pixel}</body></html>"
        )
    if mail.style == "outlook":
        body = "\n".join(
            f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,'
            f'sans-serif">{p}<o:p></o:p></span></p>'
            for p in paras
        )
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p.MsoNormal{margin:0cm;}</style></head>"
            f'<body lang="EN-GB"><div class="WordSection1">{body}</div></body></html>'
        )
    if mail.style == "ats":
        body = "\n".join(f'<p style="margin:0 0 12px 0">{p}</p>' for p in paras)
        return (
            '<html><body><div style="font-family:Helvetica,Arial;font-size:14px;color:#222;'
            f'max-width:640px">{body}<hr style="border:0;border-top:1px solid #eee">'
            '<p style="font-size:11px;color:#888">Powered by the applicant tracking system '
            f"of {html.escape(brand)}</p></div>{pixel}</body></html>"
        )
    body = "\n".join(f"<div>{p}</div><div><br></div>" for p in paras)
    return f'<div dir="ltr">{body}</div>'


def ics_part(ics: dict[str, str], mail: Mail, n: int) -> MIMEText:
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Example Corp//Calendar 2.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics.get('uid', f'evt-{n:03d}@' + mail.frm[1].split('@')[1])}",
        f"DTSTAMP:{(mail.date or datetime(2026, 3, 1, tzinfo=UTC)).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SEQUENCE:{ics.get('sequence', '0')}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={mail.frm[0]}:mailto:{ics.get('organizer', mail.frm[1])}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    part = MIMEText("\r\n".join(lines) + "\r\n", "calendar", "utf-8")
    part.set_param("method", method)
    return part


def _charset(mail: Mail) -> email_charset.Charset:
    cs = email_charset.Charset(mail.charset)
    cs.body_encoding = {
        "qp": email_charset.QP,
        "b64": email_charset.BASE64,
        "7bit": None,
        "8bit": None,
    }[mail.enc]
    if mail.enc == "7bit" and not mail.text.isascii():
        cs.body_encoding = email_charset.QP
    return cs


def _addr(pair: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def build(mail: Mail, n: int) -> bytes:
    text_part = MIMEText(mail.text, "plain", _charset(mail)) if mail.html != "only" else None
    html_part = None
    if mail.html:
        html_part = MIMEText(to_html(mail, n), "html", _charset(mail))
    if html_part is not None and text_part is not None:
        body: MIMEBase = MIMEMultipart("alternative", _subparts=[text_part, html_part])
    else:
        body = html_part or text_part  # type: ignore[assignment]
    if mail.ics:
        body = MIMEMultipart("alternative", _subparts=[body, ics_part(mail.ics, mail, n)])
    if mail.attach:
        pdf = b"%PDF-1.4\n% eighth corpus placeholder\n" + mail.attach.encode() + b"\n%%EOF\n"
        att = MIMEApplication(pdf, "pdf")
        att.add_header("Content-Disposition", "attachment", filename=mail.attach)
        body = MIMEMultipart("mixed", _subparts=[body, att])
    msg = body
    for i, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_eighth_{n:03d}_{i}_{hashlib.sha1(mail.scenario.encode()).hexdigest()[:12]}")
    domain = mail.frm[1].split("@")[1]
    digest = hashlib.sha1(f"{n}-{mail.scenario}".encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:20]}.{n:03d}@{domain}>"
    if mail.reply:
        other_side = mail.to if mail.frm == ME else ME
        parent = f"<{digest[20:36]}@{other_side[1].split('@')[1]}>"
        root = f"<{digest[4:18]}.root@{domain}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"{root} {parent}"
    msg["Date"] = format_datetime(mail.date or datetime(2026, 3, 1, tzinfo=UTC))
    msg["From"] = _addr(mail.frm)
    msg["To"] = _addr(mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(_addr(c) for c in mail.cc)
    if mail.reply_to:
        msg["Reply-To"] = _addr(mail.reply_to)
    msg["Subject"] = mail.subject if mail.subject.isascii() else Header(mail.subject, "utf-8").encode()
    for key, value in mail.headers.items():
        msg[key] = value
    return msg.as_bytes()


def assign_dates() -> None:
    """Date each mail: threads follow STORY; the rest spread over Feb-Apr 2026 at varied hours."""
    for mail in MAILS:
        if mail.date is None and mail.scenario in STORY:
            mail.date = STORY[mail.scenario]
    start = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
    order = sorted(MAILS, key=lambda m: hashlib.sha1(m.scenario.encode()).hexdigest())
    for i, mail in enumerate(order):
        if mail.date is None:
            step = timedelta(hours=13 * i + (i * 7) % 5, minutes=(i * 37) % 60)
            mail.date = start + step


def main() -> int:
    unknown = set(STORY) - {m.scenario for m in MAILS}
    assert not unknown, unknown
    assign_dates()
    counters: dict[str, int] = {}
    rows = []
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
        for old in (HERE / kind).glob("*.eml"):
            old.unlink()
    for n, mail in enumerate(MAILS, start=1):
        assert mail.kind in KINDS, mail.kind
        counters[mail.kind] = counters.get(mail.kind, 0) + 1
        rel = f"{mail.kind}/{counters[mail.kind]:03d}_{mail.scenario}.eml"
        (HERE / rel).write_bytes(build(mail, n))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages", {k: counters.get(k, 0) for k in KINDS})
    return 0



def D(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# The messages. Labels: kind, scenario, language, company (as the employer writes its own
# name), contact (Reply-To if human, else the human sender, else "").
# ---------------------------------------------------------------------------------------------


# Dates that keep each employer's thread in order (and after any date quoted in the body).
STORY: dict[str, datetime] = {
    "calendly_phone_screen": D(2, 20, 17, 5), "recruiter_push_back_day": D(3, 10, 17, 30),
    "tried_calling": D(3, 13, 22, 12), "offer_letter_attached": D(3, 20, 18, 0),
    "outlook_updated_invite": D(3, 10, 16, 2), "teams_no_join": D(3, 13, 10, 21),
    "own_sent_thank_you": D(3, 23, 17, 40), "goodtime_onsite_panel": D(3, 6, 15, 0),
    "cancel_ics_role_paused": D(3, 20, 17, 44), "inmail_style_inhouse": D(2, 10, 14, 12),
    "agency_exclamation": D(3, 2, 9, 14), "agency_client_moved": D(3, 6, 12, 3),
    "agency_client_waited": D(3, 12, 11, 26), "terse_thanks_but_no": D(3, 4, 9, 2),
    "short_mobile_running_late": D(2, 24, 13, 10), "lever_received_short": D(2, 9, 8, 31),
    "lever_recruiter_screen": D(2, 16, 19, 0), "goodtime_rescheduled": D(3, 12, 20, 15),
    "verbal_offer_followup": D(4, 6, 22, 8), "quick_chat_founder": D(2, 23, 23, 40),
    "zoom_no_show_terse": D(2, 27, 16, 4), "india_do_revert": D(3, 9, 6, 45),
    "india_postponed": D(3, 16, 5, 30), "india_offer_letter": D(3, 30, 7, 10),
    "aus_panel_interview": D(3, 12, 0, 2), "own_sent_cannot_attend": D(3, 12, 9, 15),
    "aus_panel_waited": D(3, 17, 23, 31), "second_round_reply_chain": D(3, 16, 14, 0),
    "cancel_filled_internally": D(3, 20, 15, 12), "school_teaching_interview": D(3, 9, 12, 0),
    "school_postponed_closure": D(3, 24, 16, 30), "de_einladung_gespraech": D(3, 11, 9, 0),
    "de_termin_verschoben": D(3, 18, 8, 5), "de_vertragsangebot": D(4, 1, 11, 0),
    "de_abwesenheitsnotiz": D(4, 1, 15, 3), "de_kennenlernen_du": D(2, 25, 10, 40),
    "de_absage_termin_krank": D(3, 2, 7, 55), "de_zusage_du": D(3, 27, 16, 20),
    "de_nicht_erschienen": D(3, 26, 13, 25), "de_agentur_telefon": D(3, 3, 14, 10),
    "de_anruf_nicht_erreicht": D(3, 6, 10, 35), "fr_entretien_visio": D(3, 10, 9, 10),
    "fr_entretien_reporte": D(3, 14, 8, 0), "fr_reponse_automatique": D(3, 14, 8, 10),
    "fr_cabinet_rdv_client": D(3, 11, 15, 0), "fr_annulation_gel_recrutement": D(3, 17, 11, 0),
    "es_entrevista_formal": D(3, 12, 9, 30), "es_cambio_hora": D(3, 17, 8, 45),
    "es_mensaje_propio": D(3, 17, 19, 2), "es_charla_informal": D(3, 2, 18, 0),
    "es_cancelada_casual": D(3, 4, 21, 17), "es_prueba_tecnica_argentina": D(3, 23, 13, 0),
    "es_no_se_presento": D(3, 25, 14, 22), "fr_etape_suivante_welcome": D(3, 3, 10, 0),
    "fr_absent_entretien": D(3, 10, 9, 20), "no_show_policy_formal": D(3, 19, 15, 55),
    "es_vacante_congelada": D(3, 9, 10, 0), "es_oferta_formal": D(4, 14, 9, 0),
    "de_nach_interview_schrieb": D(3, 6, 14, 0), "fr_poste_pourvu_chain": D(3, 11, 10, 0),
    "fr_promesse_embauche": D(4, 8, 14, 0), "outlook_chain_final": D(3, 12, 16, 0),
    "recruiter_out_of_office": D(3, 10, 8, 14), "small_business_human": D(2, 27, 9, 3),
    "own_sent_application": D(2, 26, 20, 11), "fr_welcome_style": D(2, 12, 11, 0),
    "fr_tutoiement_startup": D(3, 9, 17, 0), "fr_ami_entretien_rate": D(3, 11, 8, 0),
    "friend_forwarded_job": D(3, 2, 12, 30), "workday_position_filled": D(3, 13, 8, 0),
    "no_individual_feedback": D(2, 16, 8, 0), "workday_submitted": D(2, 18, 8, 0),
    "workday_self_schedule": D(3, 4, 8, 0), "icims_reference_number": D(2, 11, 15, 0),
    "icims_after_interview": D(3, 19, 15, 0), "smartrecruiters_confirm": D(2, 6, 9, 0),
    "smartrecruiters_short": D(2, 27, 9, 0), "de_eingangsbestaetigung": D(2, 5, 12, 0),
    "de_absage_personio": D(2, 26, 12, 0), "de_oeffentlicher_dienst": D(2, 13, 8, 30),
    "de_stelle_besetzt_latin1": D(3, 20, 8, 30), "fr_accuse_reception": D(2, 17, 10, 0),
    "fr_candidature_non_retenue": D(3, 10, 10, 0), "es_recibida": D(2, 19, 10, 0),
    "es_proceso_cerrado": D(3, 16, 10, 0), "es_acuse_formal": D(2, 20, 10, 0),
    "es_formal_usted": D(3, 25, 10, 0), "es_encuesta_candidato": D(3, 30, 10, 0),
    "india_acknowledgement": D(2, 14, 6, 0), "india_regret_inform": D(3, 3, 6, 0),
    "dutch_english_received": D(2, 9, 9, 0), "dutch_english_position": D(3, 5, 9, 0),
    "teamtailor_received": D(2, 10, 9, 0), "teamtailor_uni_hospital": D(3, 18, 9, 0),
    "lever_after_final": D(3, 19, 20, 0), "candidate_experience_survey": D(3, 20, 14, 0),
    "agency_relayed_client": D(2, 20, 16, 0), "agency_offer_excited": D(4, 9, 12, 0),
    "uk_shant_progress": D(2, 24, 9, 0), "uk_conditional_offer": D(4, 2, 9, 0),
    "ashby_received_with_timeline": D(2, 13, 9, 0), "ashby_warm_feedback": D(3, 26, 17, 0),
    "next_stage_hiring_manager": D(3, 6, 11, 0), "contract_docusign_style": D(4, 10, 11, 0),
    "hiring_manager_mobile_blunt": D(2, 19, 16, 0), "application_viewed_notification": D(2, 9, 9, 0),
    "de_startup_danke": D(2, 11, 9, 0), "de_du_startup": D(3, 3, 17, 0),
    "greenhouse_volume_no_reply": D(2, 4, 9, 0),
}

# ----------------------------------------------------------------------------- rejections
add("rejection", "greenhouse_soft_aligns", "en", "Brightwell Analytics", "",
    frm=("Brightwell Analytics", "no-reply@us.greenhouse-mail.io"),
    subject="Your application to Brightwell Analytics",
    html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

Thank you for your interest in the Senior Data Engineer position at Brightwell Analytics and for taking the time to apply.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your profile on file and encourage you to apply for future openings that match your experience: https://boards.greenhouse.io/brightwellanalytics

Best of luck in your search,
The Brightwell Analytics Talent Team""")

add("rejection", "hiring_manager_mobile_blunt", "en", "Cobaltline", "dana.k@cobaltline.example.com",
    frm=("Dana Kowalczyk", "dana.k@cobaltline.example.com"),
    subject="Re: backend role", reply=True, enc="7bit",
    text="""Hi Tomas - thanks for your time on Tuesday but we won't be moving forward. Went with someone with more Go experience. Good luck!

Dana

Sent from my iPhone""" + gmail_quote("Wed, Feb 18, 2026 at 9:02 AM", "Tomás Silva", "tomas.silva@example.org",
        "Hi Dana,\n\nThanks again for the chat on Tuesday. Any update on next steps?\n\nBest,\nTomás"))

add("rejection", "workday_position_filled", "en", "Harrow & Finch Healthcare", "",
    frm=("Harrow & Finch Healthcare", "harrowfinch@myworkday.com"),
    subject="Regarding Your Application for R-20441 Clinical Systems Analyst",
    html="only", style="corporate", enc="b64",
    text="""Dear Tomás Silva,

Thank you for your interest in the position of Clinical Systems Analyst (Job Requisition ID: R-20441) with Harrow & Finch Healthcare.

We wanted to let you know that this position has now been filled. As such, your application will not be progressing further.

We encourage you to continue to visit our Careers site and apply to any position for which you feel qualified.

Regards,

Talent Acquisition
Harrow & Finch Healthcare

This is a system generated email. Please do not reply to this message.""")

add("rejection", "uk_shant_progress", "en", "Pemberton Civil Engineering", "l.okafor@pemberton-ce.example.co.uk",
    frm=("Lydia Okafor", "l.okafor@pemberton-ce.example.co.uk"),
    subject="Graduate Structural Engineer - application", html="alt", style="outlook", enc="qp",
    text="""Dear Tomás,

Thank you for your application for the role of Graduate Structural Engineer and for the time you took completing our online assessment.

We have now reviewed all applications and I am sorry to say that we shan't be progressing your application to interview on this occasion. We received a very high number of strong applications and the decision was not an easy one.

I do wish you every success with your search.

Kind regards,

Lydia Okafor
HR Advisor | Pemberton Civil Engineering Ltd
T: +44 (0)161 496 0812
[Pemberton Civil Engineering logo]

Pemberton Civil Engineering Ltd is registered in England and Wales, company no. 04412983. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""")

add("rejection", "after_takehome", "en", "Quillmate", "priya@quillmate.example.io",
    frm=("Priya Raman", "priya@quillmate.example.io"),
    subject="Your take-home", reply=True, enc="qp",
    text="""Hey Tomás,

Thanks so much for the effort you put into the take-home - the team genuinely appreciated the write-up on the caching tradeoffs.

I'm afraid we're not going to move ahead this time. The main concern was around test coverage and how the solution handled the pagination edge cases, which are pretty central to what this team does day to day.

I know that's disappointing after the time investment. If it's useful I'm happy to jump on 10 mins and share more detail.

Priya
Engineering Manager, Quillmate""")

add("rejection", "lever_after_final", "en", "Northbeam Logistics", "marcus.hale@northbeam.example.com",
    frm=("Marcus Hale", "no-reply@hire.lever.co"),
    reply_to=("Marcus Hale", "marcus.hale@northbeam.example.com"),
    subject="Northbeam Logistics - Update on your candidacy", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

I wanted to personally reach out following your final round with the team last week. Everyone enjoyed meeting you, and it was a genuinely close call.

Unfortunately, we have decided to extend an offer to another candidate for the Platform Engineer role.

I'd love to stay in touch — we're growing fast and I expect more openings in the second half of the year.

All the best,
Marcus Hale
Senior Technical Recruiter, Northbeam Logistics""")

add("rejection", "role_on_hold", "en", "Vantora Retail Group", "careers@vantora.example.com",
    frm=("Vantora Careers", "careers@vantora.example.com"),
    subject="Update", enc="7bit",
    text="""Dear Tomas,

I'm writing with an update on the E-commerce Analyst vacancy you applied for.

Following a review of our budget for the coming financial year, the business has taken the decision to put this role on hold. As a result we will not be proceeding with any applications at this time, including yours.

We're sorry for the disappointing news and appreciate the time you invested in the process so far.

Regards
Hannah Blythe
Recruitment Partner
Vantora Retail Group""")

add("rejection", "india_regret_inform", "en", "Sarvik Infotech", "deepa.menon@sarvik.example.in",
    frm=("Deepa Menon", "deepa.menon@sarvik.example.in"),
    subject="Application status - Java Developer (Ref: SIT/JD/2026/118)", enc="qp",
    text="""Dear Candidate,

Greetings from Sarvik Infotech Pvt. Ltd.!

With reference to your application and the technical discussion held on 24th February, we regret to inform you that your profile has not been shortlisted for the further rounds of the selection process.

We thank you for the interest shown in our organisation and wish you all the best for your future endeavours. Your profile will be retained in our database and we shall revert in case of a suitable opening.

Thanks & Regards,
Deepa Menon
Talent Acquisition | Sarvik Infotech Pvt. Ltd.
Mob: +91 98450 12345

DISCLAIMER: The information contained in this electronic message and any attachments is intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.""")

add("rejection", "agency_relayed_client", "en", "Meridian Insurance", "jake@talentforge-recruit.example.co.uk",
    frm=("Jake Summers", "jake@talentforge-recruit.example.co.uk"),
    subject="Meridian feedback", enc="qp",
    text="""Hi Tomás,

Hope you're well mate. Just had feedback back from Meridian Insurance on the BI Developer role - unfortunately they've decided not to take it further. They liked you but felt you were a bit light on Power BI compared to the other two they saw.

Gutted for you as I thought it went well! Don't let it knock you, I've got a couple of other things on my desk that could be a great fit - shall we catch up Friday?

Cheers,
Jake

Jake Summers | Senior Consultant | TalentForge Recruitment
07700 900 461""")

add("rejection", "smartrecruiters_short", "en", "Oakridge Hotels", "",
    frm=("Oakridge Hotels", "notifications@smartrecruiters.com"),
    subject="Your application for Revenue Manager at Oakridge Hotels", html="only", style="ats", enc="b64",
    text="""Dear Tomás,

Thank you for applying for the Revenue Manager position with Oakridge Hotels.

We have carefully reviewed your application, and regret that we will not be moving forward with your candidacy.

We wish you all the best.

Oakridge Hotels Recruiting""")

add("rejection", "terse_thanks_but_no", "en", "Finchley Labs", "oren@finchleylabs.example.com",
    frm=("Oren Matz", "oren@finchleylabs.example.com"),
    subject="Re: Quick question", reply=True, enc="7bit",
    text="""Thanks for your time, but we won't be moving forward.

Best,
Oren""" + gmail_quote("Mon, Mar 2, 2026 at 4:41 PM", "Tomás Silva", "tomas.silva@example.org",
        "Hi Oren, quick question - is the role still open? I applied a couple of weeks ago and haven't heard back.\n\nThanks,\nTomás"))

add("rejection", "dutch_english_position", "en", "Van Dijk Maritime", "e.bakker@vandijk-maritime.example.nl",
    frm=("Eline Bakker", "e.bakker@vandijk-maritime.example.nl"),
    subject="Your application Software Engineer Vessel Systems", enc="qp", html="alt", style="outlook",
    text="""Dear Tomás,

Thank you for your application and the nice conversation we had last week.

We have discussed your profile with the team. Unfortunately we have to inform you that we will not continue with your application. We are looking for someone with more experience in embedded systems and the maritime domain.

We wish you a lot of success in finding a suitable job.

With kind regards,

Eline Bakker
Recruiter
Van Dijk Maritime B.V. | Havenstraat 12 | 3011 Rotterdam
+31 10 123 4567""")

add("rejection", "icims_after_interview", "en", "Crestline Federal Credit Union", "",
    frm=("Crestline Federal Credit Union", "crestlinefcu+autoreply@talent.icims.com"),
    subject="Thank you for interviewing with Crestline", html="only", style="corporate", enc="qp",
    text="""Dear Tomás,

Thank you for taking the time to interview for the Fraud Analytics Specialist position. We appreciate your interest in Crestline Federal Credit Union.

While your qualifications are impressive, we have selected another candidate whose experience better meets our current needs.

We will retain your information and may contact you should a future opportunity arise that matches your qualifications.

Sincerely,
Human Resources
Crestline Federal Credit Union

Equal Opportunity Employer. Please do not reply to this email; this mailbox is not monitored.""")

add("rejection", "ashby_warm_feedback", "en", "Parcelo", "sam.oduya@parcelo.example.com",
    frm=("Sam Oduya", "sam.oduya@parcelo.example.com"),
    subject="Parcelo — Product Engineer", enc="qp", html="alt",
    text="""Hi Tomás,

Thanks again for spending so much time with us over the last few weeks. I'm sorry to be the bearer of bad news, but we've made the decision not to move forward with your application.

Some feedback from the panel, in case it's helpful:
- Really strong on system design and communication
- The pairing session ran out of time before the core feature was working, and the team wanted to see more comfort in TypeScript

This is not a "never" — we'd genuinely be open to talking again in 6-12 months.

Warmly,
Sam
Talent @ Parcelo""")

add("rejection", "australian_unsuccessful", "en", "Coastal Water Authority", "recruitment@coastalwater.example.gov.au",
    frm=("CWA Recruitment", "recruitment@coastalwater.example.gov.au"),
    subject="Outcome - Position No. 2026/031 Asset Data Officer", enc="7bit",
    text="""Dear Tomas,

Re: Asset Data Officer, Position No. 2026/031

Thank you for your application for the above position. The selection panel has now completed its assessment and I regret to advise that you have been unsuccessful on this occasion.

Should you wish to obtain feedback, please contact the panel convenor, Ms Kerry Whitlam, on (07) 3555 0192.

Thank you for your interest in working with the Coastal Water Authority.

Yours sincerely

Recruitment Services
Coastal Water Authority""")

add("rejection", "teamtailor_uni_hospital", "en", "St. Aldric University Hospital", "",
    frm=("St. Aldric University Hospital", "no-reply@teamtailor-mail.com"),
    subject="Regarding your application", html="alt", style="ats", enc="qp",
    text="""Hello Tomás,

Thank you for your interest in the position Health Informatics Specialist and for the time you have spent on your application.

We have now completed the selection and unfortunately we have chosen to proceed with other candidates.

We hope you will find something that suits you at St. Aldric University Hospital in the future - keep an eye on our career site!

Kind regards,
St. Aldric University Hospital""")

add("rejection", "italian_english_cancelled", "en", "Fonderia Brambilla", "giulia.ferri@fonderiabrambilla.example.it",
    frm=("Giulia Ferri", "giulia.ferri@fonderiabrambilla.example.it"),
    subject="Re: Process Engineer position", reply=True, enc="qp",
    text="""Dear Tomás,

I am writing you to inform that the selection for the Process Engineer position has been cancelled, because the company has decided to cover the role internally.

For this reason we will not proceed further with your candidature. I am very sorry, you made a very good impression to the technical director.

I remain at your disposal for any clarification.

Best regards
Giulia Ferri
HR Office - Fonderia Brambilla S.p.A.
Via dell'Industria 44, 24047 Treviglio (BG)
Tel. +39 0363 555 210""")

add("rejection", "outlook_chain_final", "en", "Ardent Media Group", "rachel.stone@ardentmedia.example.com",
    frm=("Rachel Stone", "rachel.stone@ardentmedia.example.com"),
    subject="RE: Audience Insights Lead - next steps", reply=True, html="alt", style="outlook", enc="qp",
    text="""Hi Tomás,

Apologies for the delay in getting back to you. I've now had a chance to debrief with Simon and the wider team.

It was a really tough decision but we're going to go with another candidate for the Audience Insights Lead role, whose experience in broadcast measurement was a slightly closer match for where we are right now.

Thank you for all the time you've given us. I'll make sure your details are kept for future roles.

Best wishes,
Rachel

Rachel Stone | Talent Partner
Ardent Media Group
M: +44 7700 900 123""" + outlook_quote("Tomás Silva <tomas.silva@example.org>", "Monday, March 9, 2026 08:14",
        "Rachel Stone <rachel.stone@ardentmedia.example.com>", "Audience Insights Lead - next steps",
        "Hi Rachel,\n\nThank you for organising Thursday's panel. I really enjoyed meeting Simon and the team.\nDo you have a sense of timings for a decision?\n\nKind regards,\nTomás"))

add("rejection", "de_absage_personio", "de", "Lindqvist Maschinenbau", "",
    frm=("Lindqvist Maschinenbau GmbH", "noreply@mail.personio.de"),
    subject="Ihre Bewerbung als Softwareentwickler (m/w/d)", html="alt", style="ats", enc="qp",
    text="""Sehr geehrter Herr Silva,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lindqvist Maschinenbau GmbH""")

add("rejection", "de_du_startup", "de", "Kiezkasse", "jonas@kiezkasse.example.de",
    frm=("Jonas Weber", "jonas@kiezkasse.example.de"),
    subject="Feedback zu deinem Gespräch", enc="8bit",
    text="""Hey Tomás,

danke nochmal für das nette Gespräch am Montag! Wir haben uns im Team lange ausgetauscht und uns am Ende leider für jemanden entschieden, der schon mehr Erfahrung mit Zahlungsdienstleistern mitbringt.

Ich weiß, das ist nicht die Nachricht, die du hören wolltest. Wenn du magst, geb ich dir gern noch ein paar Punkte Feedback am Telefon.

Viele Grüße
Jonas
--
Kiezkasse GmbH · Skalitzer Str. 80 · 10997 Berlin""")

add("rejection", "de_stelle_besetzt_latin1", "de", "Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de",
    frm=("Sabine Krüger", "bewerbung@stadtwerke-auental.example.de"),
    subject="Ihre Bewerbung vom 12.02.2026 - Kennziffer 07/2026", charset="iso-8859-1", enc="qp",
    text="""Sehr geehrter Herr Silva,

wir bedanken uns für Ihre Bewerbung auf die Stelle als Sachbearbeiter/in IT-Systeme.

Leider müssen wir Ihnen mitteilen, dass die Stelle inzwischen besetzt wurde. Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Krüger
Personalabteilung
Stadtwerke Auental GmbH
Tel. 07121 555-304""")

add("rejection", "de_nach_interview_schrieb", "de", "Hofmann & Partner Steuerberatung", "k.hofmann@hofmann-partner.example.de",
    frm=("Katrin Hofmann", "k.hofmann@hofmann-partner.example.de"),
    subject="AW: Bewerbung Datenanalyst", reply=True, html="alt", style="outlook", enc="qp",
    text="""Lieber Herr Silva,

haben Sie vielen Dank für Ihre Geduld. Wir haben uns nach den Gesprächen gegen eine Zusammenarbeit entschieden, da wir die Position doch mit stärkerem Fokus auf Steuerrecht besetzen möchten.

Ich bedaure, Ihnen keine positivere Nachricht geben zu können, und wünsche Ihnen viel Erfolg.

Beste Grüße
Katrin Hofmann
Hofmann & Partner Steuerberatung mbB""" + intro_quote(
        "Am Mi., 4. März 2026 um 10:12 Uhr schrieb Tomás Silva <tomas.silva@example.org>:",
        "Sehr geehrte Frau Hofmann,\n\ngibt es schon Neuigkeiten zu meiner Bewerbung?\n\nViele Grüße\nTomás Silva"))

add("rejection", "fr_candidature_non_retenue", "fr", "Groupe Verlaine Assurances", "",
    frm=("Groupe Verlaine Assurances", "ne-pas-repondre@recrutement.verlaine.example.fr"),
    subject="Votre candidature - Chargé d'études actuarielles", html="only", style="corporate", enc="qp",
    text="""Bonjour Tomás,

Nous vous remercions de l'intérêt que vous portez au Groupe Verlaine Assurances et du temps consacré à votre candidature.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Groupe Verlaine Assurances""")

add("rejection", "fr_tutoiement_startup", "fr", "Mistralys", "camille@mistralys.example.fr",
    frm=("Camille Roux", "camille@mistralys.example.fr"),
    subject="Suite à nos échanges", enc="8bit",
    text="""Salut Tomás,

Merci encore pour ton temps et pour le cas pratique, vraiment sympa de l'avoir fait aussi sérieusement.

On a finalement décidé de ne pas donner suite : on part sur un profil plus orienté data science pure. Ce n'est pas du tout une question de niveau, plutôt de timing et de besoins de l'équipe.

Je te souhaite plein de bonnes choses pour la suite, et n'hésite pas à repostuler d'ici quelques mois !

Camille
Head of People · Mistralys""")

add("rejection", "fr_poste_pourvu_chain", "fr", "Clinique des Tilleuls", "m.garnier@clinique-tilleuls.example.fr",
    frm=("Martine Garnier", "m.garnier@clinique-tilleuls.example.fr"),
    subject="RE: Candidature poste gestionnaire SI santé", reply=True, charset="windows-1252", enc="qp",
    text="""Monsieur,

Je fais suite à votre relance. Je suis désolée de vous annoncer que le poste a été pourvu en interne la semaine dernière. Nous ne pourrons donc pas donner une suite favorable à votre candidature.

Avec tous nos encouragements pour la suite de vos démarches,

Martine Garnier
Responsable RH – Clinique des Tilleuls""" + intro_quote(
        "Le lun. 9 mars 2026 à 09:30, Tomás Silva <tomas.silva@example.org> a écrit :",
        "Madame Garnier,\n\nJe me permets de revenir vers vous concernant ma candidature.\n\nCordialement,\nTomás Silva"))

add("rejection", "fr_apres_entretien_cabinet", "fr", "Banque Aurèle", "antoine.lefort@hunteo-conseil.example.fr",
    frm=("Antoine Lefort", "antoine.lefort@hunteo-conseil.example.fr"),
    subject="Retour Banque Aurèle", enc="qp",
    text="""Bonjour Tomás,

J'ai eu le retour de la Banque Aurèle suite à votre entretien avec le directeur des risques. Malheureusement, ils ont choisi de poursuivre avec un autre candidat, qui avait une expérience plus longue sur les modèles Bâle III.

Ils ont apprécié votre échange et votre approche pédagogique. Je reste évidemment à l'écoute pour d'autres opportunités : j'ai deux missions en cours qui pourraient vous intéresser.

Bien à vous,
Antoine Lefort
Consultant senior – Hunteo Conseil
06 12 34 56 78""")

add("rejection", "es_proceso_cerrado", "es", "Grupo Hostelero Marbella Sol", "",
    frm=("Grupo Hostelero Marbella Sol", "noreply@talento.marbellasol.example.es"),
    subject="Actualización de tu candidatura", html="alt", style="corporate", enc="b64",
    text="""Hola Tomás,

Gracias por tu interés en formar parte de Grupo Hostelero Marbella Sol y por el tiempo que has dedicado al proceso de selección para el puesto de Revenue Analyst.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarte que en esta ocasión no vamos a continuar con tu proceso.

Guardaremos tu CV en nuestra base de datos para futuras oportunidades.

Un saludo,
Equipo de Talento
Grupo Hostelero Marbella Sol""")

add("rejection", "es_formal_usted", "es", "Constructora Ibérica Ruiz", "rrhh@ibericaruiz.example.es",
    frm=("Departamento de RRHH", "rrhh@ibericaruiz.example.es"),
    subject="Proceso de selección Ingeniero/a de Planificación", charset="iso-8859-1", enc="qp",
    text="""Estimado Sr. Silva:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Ingeniero/a de Planificación.

Lamentamos informarle de que, tras la última fase de entrevistas, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del proyecto.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,

Departamento de Recursos Humanos
Constructora Ibérica Ruiz, S.A.
Tel. 915 555 210""")

add("rejection", "es_vacante_congelada", "es", "Finanzia Pagos", "lucia.moreno@finanzia.example.es",
    frm=("Lucía Moreno", "lucia.moreno@finanzia.example.es"),
    subject="Re: Entrevista Data Engineer", reply=True, enc="qp",
    text="""Hola Tomás,

Te escribo para contarte que finalmente la vacante de Data Engineer se ha congelado por un cambio de prioridades en el presupuesto, así que no vamos a seguir adelante con el proceso por ahora.

Siento mucho darte esta noticia después de las dos entrevistas. Si la posición se reactiva, serás de los primeros a quienes contactemos.

Un abrazo,
Lucía""" + intro_quote(
        "El jue, 5 mar 2026 a las 18:20, Tomás Silva (<tomas.silva@example.org>) escribió:",
        "Hola Lucía,\n\n¿Hay novedades sobre el proceso?\n\nGracias,\nTomás"))

add("rejection", "es_mexico_agencia", "es", "Aceros del Norte", "fernanda.ibarra@talentiaconsultores.example.mx",
    frm=("Fernanda Ibarra", "fernanda.ibarra@talentiaconsultores.example.mx"),
    subject="Seguimiento vacante Analista de Datos", enc="qp",
    text="""Hola Tomás, ¿cómo estás?

Te comento que ya tuve respuesta de Aceros del Norte: el cliente decidió avanzar con otro candidato para la vacante de Analista de Datos. Me comentaron que les gustó mucho tu perfil, pero buscaban a alguien con experiencia en SAP.

Muchas gracias por tu tiempo y disposición. Sigo pendiente de cualquier otra posición que vaya contigo.

Saludos cordiales,
Fernanda Ibarra
Consultora de Reclutamiento | Talentia Consultores
Cel. 81 5555 0199""")

# ----------------------------------------------------------------------------- invitations
add("interview_invitation", "calendly_phone_screen", "en", "Lumenary Health", "jessica.tran@lumenary.example.com",
    frm=("Jessica Tran", "jessica.tran@lumenary.example.com"),
    subject="Lumenary Health - Data Engineer", html="alt", enc="qp",
    text="""Hi Tomás,

Thanks for applying for the Data Engineer role at Lumenary Health! I'd love to set up a 30 minute phone screen to learn more about your background and walk you through the role.

Please grab a time that works for you here: https://calendly.com/jessica-tran-lumenary/30min

Talk soon,
Jessica Tran
Technical Recruiter | Lumenary Health
(415) 555-0143""")

add("interview_invitation", "quick_chat_founder", "en", "Tessellate", "noah@tessellate.example.io",
    frm=("Noah Brandt", "noah@tessellate.example.io"),
    subject="Quick question", enc="7bit",
    text="""hey Tomas - saw your application come through, love the side project with the transit data.

would you be free for a quick chat this week? thursday or friday afternoon work on my side. just reply with a time and I'll send a google meet link

noah
cofounder @ tessellate""")

add("interview_invitation", "goodtime_onsite_panel", "en", "Kestrel Aerospace", "",
    frm=("Kestrel Aerospace Recruiting", "scheduling@goodtime.io"),
    subject="Action required: Select your onsite interview times - Kestrel Aerospace", html="only", style="ats", enc="qp",
    text="""Hi Tomás,

Congratulations! The Kestrel Aerospace team would like to invite you to an onsite interview for the Flight Software Engineer II position.

The onsite consists of four 45-minute sessions (coding, systems design, hardware-in-the-loop, and a conversation with the hiring manager) plus lunch with the team.

Please select your availability using the link below. The link expires in 72 hours.

https://app.goodtime.io/availability/kestrel/8f2c91ab

If you need accommodations, please let your recruiter know.

Kestrel Aerospace Recruiting Team

You are receiving this email because you applied to a position at Kestrel Aerospace. Powered by GoodTime.""")

add("interview_invitation", "ics_technical_teams", "en", "Halden Bank", "oliver.ng@haldenbank.example.com",
    frm=("Oliver Ng", "oliver.ng@haldenbank.example.com"),
    subject="Invitation: Technical Interview - Tomás Silva / Halden Bank @ Thu 12 Mar 2026 14:00 - 15:00 (GMT)",
    date=D(3, 5, 11, 20), enc="qp",
    ics={"start": "20260312T140000Z", "end": "20260312T150000Z", "summary": "Technical Interview - Tomás Silva / Halden Bank",
         "location": "Microsoft Teams Meeting", "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    text="""Hi Tomás,

As discussed, please find below an invite for your technical interview with myself and Aisha Bello from the Risk Technology team.

It will be a mix of a live coding exercise (Python, please have an IDE ready) and a discussion of your past projects.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_HaldenBank123
Meeting ID: 341 992 117 45
Passcode: k7Gq2x
________________________________________________________________________________

Regards,
Oliver Ng
VP, Risk Technology
Halden Bank plc""")

add("interview_invitation", "agency_exclamation", "en", "Greystone Property", "chloe@peakpeople.example.co.uk",
    frm=("Chloe Marsh", "chloe@peakpeople.example.co.uk"),
    subject="GREAT NEWS!!", enc="qp",
    text="""Hi Tomás!!

Amazing news - Greystone Property LOVED your CV and want to meet you for a first stage interview!! 🎉

They've offered Tuesday 10am or Wednesday 2pm at their Manchester office (Spinningfields). Can you let me know ASAP which works best? They're moving quickly on this one!

I'll send over some prep notes tonight - it's a competency based format so have your STAR examples ready!!

Speak soon!
Chloe x

Chloe Marsh | Recruitment Consultant | Peak People
0161 555 0876 | www.peakpeople.example.co.uk""")

add("interview_invitation", "next_stage_hiring_manager", "en", "Fernhill Publishing", "amelia.cross@fernhillpub.example.com",
    frm=("Amelia Cross", "amelia.cross@fernhillpub.example.com"),
    subject="Next steps", html="alt", style="outlook", enc="qp",
    text="""Dear Tomás,

Thank you for speaking with me on Monday. I'm pleased to let you know we'd love to move you to the next stage of the process for the Digital Product Manager role.

This will be a 60-minute interview with our Publishing Director, Helen Marsh, and the Head of Digital, and will include a short presentation (10 minutes) on how you would approach improving discoverability of our backlist titles.

Could you let me know your availability for the week commencing 16 March?

With best wishes,
Amelia Cross
People Team
Fernhill Publishing""")

add("interview_invitation", "workday_self_schedule", "en", "Trivium Energy", "",
    frm=("Trivium Energy", "trivium@myworkday.com"),
    subject="Interview Scheduling - Grid Data Analyst (R-118834)", html="only", style="corporate", enc="b64",
    text="""Dear Tomás,

We are pleased to inform you that you have been selected to interview for the Grid Data Analyst position (R-118834).

Please log in to your candidate home account to select an interview slot from the available times. Interviews will take place via video conference and last approximately 45 minutes.

https://trivium.wd5.myworkdayjobs.com/en-US/careers/userHome

Please schedule your interview within 3 business days.

Kind Regards,
Trivium Energy Talent Acquisition

This email was sent from an unmonitored mailbox.""")

add("interview_invitation", "india_do_revert", "en", "Nexora Technologies", "rahul.verma@nexora.example.in",
    frm=("Rahul Verma", "rahul.verma@nexora.example.in"),
    subject="Interview schedule - Senior Python Developer - Nexora Technologies", enc="qp",
    text="""Dear Tomás,

Greetings of the day!

Your profile has been shortlisted for the position of Senior Python Developer. We would like to schedule the first round of technical interview (virtual) with our panel on 17th March 2026 at 11:30 AM IST.

Kindly do revert with your confirmation along with the below details at the earliest:
- Current CTC
- Expected CTC
- Notice period

Looking forward to your response.

Thanks & Regards,
Rahul Verma
HR Executive | Nexora Technologies
+91 80 4555 1234""")

add("interview_invitation", "aus_panel_interview", "en", "Southern Cross Transit", "mia.collins@sctransit.example.com.au",
    frm=("Mia Collins", "mia.collins@sctransit.example.com.au"),
    subject="Interview invitation - Transport Data Modeller", enc="7bit",
    text="""Hi Tomas,

Thanks for your application for the Transport Data Modeller role. I'm pleased to let you know you've been shortlisted for a panel interview.

Details:
When: Wednesday 18 March, 9:30am (AEDT)
Where: Level 12, 88 Collins St, Melbourne - or via Zoom if you're interstate, just let me know
Panel: myself, Raj Patel (Manager, Network Planning) and Tom Greer (Senior Modeller)
Duration: about 1 hour

Could you please confirm your attendance by COB Friday? Cheers.

Mia Collins
Talent Acquisition Advisor
Southern Cross Transit""")

add("interview_invitation", "lever_recruiter_screen", "en", "Orchard Robotics", "ines@orchardrobotics.example.com",
    frm=("Inés Castillo", "no-reply@hire.lever.co"),
    reply_to=("Inés Castillo", "ines@orchardrobotics.example.com"),
    subject="Orchard Robotics <> Tomás", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

I'm on the recruiting team at Orchard Robotics and I came across your application for our Perception Data Engineer role - thanks for applying!

I'd love to find 20-30 minutes to chat about what you're looking for and share more about the team. You can book directly on my calendar: https://calendly.com/ines-orchard/intro

Best,
Inés""")

add("interview_invitation", "second_round_reply_chain", "en", "Blue Harbor Seafood Co.", "t.ambrose@blueharborseafood.example.com",
    frm=("Tim Ambrose", "t.ambrose@blueharborseafood.example.com"),
    subject="Re: Supply Chain Analyst", reply=True, enc="qp",
    text="""Tomás,

Good news, the team would like to bring you back for a second round. This one would be in person at our Gloucester plant, around 2 hours, including a walk of the floor and a case exercise with our ops director.

Would Monday the 23rd or Tuesday the 24th work? Mornings are best.

Tim

Tim Ambrose
Director of Operations Planning
Blue Harbor Seafood Co.
(978) 555-0118""" + gmail_quote("Fri, Mar 13, 2026 at 3:15 PM", "Tomás Silva", "tomas.silva@example.org",
        "Hi Tim,\n\nThank you for the call earlier, I enjoyed hearing about the cold-chain project.\n\nBest regards,\nTomás"))

add("interview_invitation", "italian_english_videocall", "en", "Cantieri Navali Rizzo", "a.marchetti@cantieririzzo.example.it",
    frm=("Alessandro Marchetti", "a.marchetti@cantieririzzo.example.it"),
    subject="Your candidature - Data Analyst", enc="qp",
    text="""Dear Tomás,

thank you for your candidature for the Data Analyst position. We have read your CV with interest and we would like to know you better with a videocall of about 45 minutes.

Are you available on next Wednesday at 10:00 (Italian time) or Thursday at 15:00? The call will be with me and with Ing. Paola De Santis, responsible of the production planning.

Waiting for your kind reply.

Best regards,
Alessandro Marchetti
Human Resources
Cantieri Navali Rizzo S.r.l.""")

add("interview_invitation", "school_teaching_interview", "en", "Ashcombe Academy Trust", "recruitment@ashcombe-trust.example.org.uk",
    frm=("Ashcombe Academy Trust", "recruitment@ashcombe-trust.example.org.uk"),
    subject="Interview - Teacher of Computing (maternity cover)", html="alt", style="outlook", enc="qp",
    text="""Dear Mr Silva,

Thank you for your application for the post of Teacher of Computing (maternity cover) at Ashcombe Park School.

I am delighted to invite you to interview on Thursday 26 March 2026. Please arrive at main reception for 8.45am. The day will include a 30-minute observed lesson with a Year 9 class (topic: introduction to algorithms), a student panel and a formal interview with the Headteacher.

Please bring photographic ID and original certificates of your qualifications for our safer recruitment checks. Kindly confirm your attendance by replying to this email.

Yours sincerely,

Mrs J. Whitfield
HR Officer
Ashcombe Academy Trust""")

add("interview_invitation", "smartrecruiters_video_ics", "en", "Pallas Retail", "kofi.mensah@pallasretail.example.com",
    frm=("Kofi Mensah", "kofi.mensah@pallasretail.example.com"),
    subject="Interview confirmed: Pallas Retail - Pricing Analyst", date=D(3, 16, 9, 5), html="alt", style="ats", enc="qp",
    ics={"start": "20260319T153000Z", "end": "20260319T161500Z", "summary": "Pallas Retail - Pricing Analyst interview (Kofi Mensah)",
         "location": "https://meet.google.com/xyz-pqrs-tuv"},
    text="""Hi Tomás,

Your interview for Pricing Analyst is confirmed for Thursday, March 19, 2026 at 3:30 PM - 4:15 PM (UTC).

Interviewer: Kofi Mensah, Pricing Lead
Join: https://meet.google.com/xyz-pqrs-tuv

A calendar invitation is attached. If anything changes, just reply to this email.

Kofi""")

add("interview_invitation", "nhs_style_shortlisted", "en", "Elmbridge Community NHS Trust", "",
    frm=("Trac Jobs", "noreply@trac-mail.example.net"),
    subject="Invitation to interview - 240-IT-2231 Informatics Analyst", enc="7bit",
    text="""Dear Tomas Silva

Job reference: 240-IT-2231
Job title: Informatics Analyst
Employer: Elmbridge Community NHS Trust

Congratulations, you have been shortlisted for interview.

Please log in to your account and book an interview slot. Slots are allocated on a first come first served basis.

Interview date: 25/03/2026
Location: Trust HQ, Oakfield House, Room 2.14

If you have any questions please contact the recruitment team on 01932 555 700.

This is an automated message, please do not reply.""")

add("interview_invitation", "de_einladung_gespraech", "de", "Rheinwerk Logistik", "m.schneider@rheinwerk-logistik.example.de",
    frm=("Markus Schneider", "m.schneider@rheinwerk-logistik.example.de"),
    subject="Einladung zum Vorstellungsgespräch", html="alt", style="outlook", enc="qp",
    text="""Sehr geehrter Herr Silva,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 24. März 2026, um 10:00 Uhr an unseren Standort in Duisburg ein. Gesprächspartner sind Frau Dr. Anja Lenz (Leitung Data & Analytics) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen

Markus Schneider
Personalreferent
Rheinwerk Logistik AG
Tel.: +49 203 555 4410""")

add("interview_invitation", "de_kennenlernen_du", "de", "Bergfunk Media", "lena@bergfunk.example.de",
    frm=("Lena Hartmann", "lena@bergfunk.example.de"),
    subject="Kurzes Kennenlernen?", enc="8bit",
    text="""Hi Tomás,

danke für deine Bewerbung als Backend Developer! Dein Profil passt richtig gut zu dem, was wir suchen.

Hättest du Lust auf ein erstes Kennenlernen per Video, so 30 Minuten? Such dir gern direkt einen Slot aus: https://cal.example.com/lena-bergfunk/kennenlernen

Bis bald!
Lena
People & Culture | Bergfunk Media""")

add("interview_invitation", "de_zweite_runde_teams", "de", "Versicherungskammer Nordhessen", "p.wolff@vk-nordhessen.example.de",
    frm=("Petra Wolff", "p.wolff@vk-nordhessen.example.de"),
    subject="Ihre Bewerbung - zweite Gesprächsrunde", charset="iso-8859-1", enc="qp", date=D(3, 18, 8, 40),
    ics={"start": "20260326T130000Z", "end": "20260326T143000Z", "summary": "Zweites Gespräch Tomás Silva - Aktuariat",
         "location": "Microsoft Teams", "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    text="""Sehr geehrter Herr Silva,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zu einer zweiten Gesprächsrunde einladen möchten.

Das Gespräch findet am Donnerstag, 26.03.2026, von 14:00 bis 15:30 Uhr per Microsoft Teams statt. Eine Einladung mit dem Link erhalten Sie mit dieser E-Mail. Bitte planen Sie eine kurze Fallstudie ein.

Freundliche Grüße
Petra Wolff
Personalentwicklung
Versicherungskammer Nordhessen""")

add("interview_invitation", "de_agentur_telefon", "de", "Haus Lindenhof Seniorenresidenz", "t.kaya@medpersonal.example.de",
    frm=("Tarik Kaya", "t.kaya@medpersonal.example.de"),
    subject="Telefoninterview Lindenhof", enc="qp",
    text="""Hallo Herr Silva,

wie eben am Telefon besprochen: Die Einrichtungsleitung vom Haus Lindenhof Seniorenresidenz würde gern ein Telefoninterview mit Ihnen führen, und zwar am Freitag um 11 Uhr. Frau Brandl ruft Sie dann auf Ihrer Handynummer an.

Geben Sie mir bitte kurz Bescheid, ob das klappt.

Viele Grüße
Tarik Kaya
MedPersonal Vermittlung GmbH
0221 555 8812""")

add("interview_invitation", "fr_entretien_visio", "fr", "Hôtel Le Grand Cerf", "s.dubois@legrandcerf.example.fr",
    frm=("Sophie Dubois", "s.dubois@legrandcerf.example.fr"),
    subject="Votre candidature - Assistant Revenue Manager", html="alt", style="outlook", enc="qp",
    text="""Bonjour Monsieur Silva,

Nous avons bien étudié votre candidature au poste d'Assistant Revenue Manager et souhaiterions vous rencontrer.

Seriez-vous disponible pour un premier entretien en visioconférence le mardi 17 mars à 10h30 ou le mercredi 18 mars à 15h ? L'entretien durera environ 45 minutes, avec Mme Lucas, Directrice commerciale.

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Sophie Dubois
Ressources Humaines
Hôtel Le Grand Cerf ★★★★★""")

add("interview_invitation", "fr_etape_suivante_welcome", "fr", "Pixelbrume", "hugo@pixelbrume.example.fr",
    frm=("Hugo Marchand", "hugo@pixelbrume.example.fr"),
    subject="Prochaine étape chez Pixelbrume 🚀", enc="8bit",
    text="""Hello Tomás,

Super nouvelle : ton échange avec Julie s'est très bien passé et on aimerait te proposer l'étape suivante ! Il s'agit d'un entretien technique d'1h30 avec deux devs de l'équipe (pas de leetcode, promis, plutôt du pair programming sur notre base de code).

Tu peux réserver ton créneau ici : https://calendly.com/pixelbrume-tech/entretien-technique

À très vite,
Hugo
Talent Acquisition – Pixelbrume""")

add("interview_invitation", "fr_cabinet_rdv_client", "fr", "Laboratoires Vernier", "claire.besson@axiome-rh.example.fr",
    frm=("Claire Besson", "claire.besson@axiome-rh.example.fr"),
    subject="Rendez-vous Laboratoires Vernier", charset="windows-1252", enc="qp",
    text="""Bonjour Tomás,

Bonne nouvelle ! Les Laboratoires Vernier souhaitent vous rencontrer pour le poste de Data Analyst Supply Chain.

Le rendez-vous est proposé le jeudi 19 mars à 14h, dans leurs locaux de Lyon Gerland (7 rue du Vercors). Vous rencontrerez M. Perrin, responsable supply chain, et la RRH.

Pouvez-vous me confirmer votre présence ? Je vous appelle demain pour vous préparer.

Cordialement,
Claire Besson
Consultante – Axiome RH
04 72 55 12 34""")

add("interview_invitation", "es_entrevista_formal", "es", "Banco Atlántico Sur", "mcarmen.vidal@bancoatlanticosur.example.es",
    frm=("María del Carmen Vidal", "mcarmen.vidal@bancoatlanticosur.example.es"),
    subject="Convocatoria a entrevista - Analista de Riesgos", html="alt", style="corporate", enc="qp",
    text="""Estimado Tomás:

En relación con su candidatura al puesto de Analista de Riesgos, nos complace convocarle a una entrevista personal que tendrá lugar el próximo lunes 23 de marzo a las 12:00 horas en nuestra sede de Paseo de la Castellana, 95 (Madrid).

Le rogamos que confirme su asistencia respondiendo a este correo.

Reciba un cordial saludo,

María del Carmen Vidal
Selección y Desarrollo
Banco Atlántico Sur""")

add("interview_invitation", "es_charla_informal", "es", "Cosecha Digital", "pablo@cosechadigital.example.es",
    frm=("Pablo Gil", "pablo@cosechadigital.example.es"),
    subject="¿Hablamos?", enc="8bit",
    text="""¡Hola Tomás!

Vi tu candidatura para el puesto de Backend y me encantaría que tuviéramos una charla de 20-30 minutos para conocernos. ¿Te vendría bien este jueves o viernes por la tarde? Si no, dime cuándo te viene mejor y lo cuadramos.

¡Un saludo!
Pablo
CTO @ Cosecha Digital""")

add("interview_invitation", "es_prueba_tecnica_argentina", "es", "Mercantil Pampa", "valeria.sosa@mercantilpampa.example.com.ar",
    frm=("Valeria Sosa", "valeria.sosa@mercantilpampa.example.com.ar"),
    subject="Siguiente instancia - Data Engineer Sr", reply=True, enc="qp",
    text="""Hola Tomás, ¿qué tal?

¡Buenas noticias! El equipo quedó muy conforme con la primera charla y queremos avanzar a la siguiente instancia: una entrevista técnica con el líder del equipo de Datos, Martín Aguirre.

¿Tenés disponibilidad el miércoles 25 entre las 10 y las 13 (hora de Argentina)? Son unos 60 minutos por Meet.

Quedo atenta,
Valeria Sosa
Talent Acquisition | Mercantil Pampa""" + intro_quote(
        "El vie, 20 mar 2026 a las 16:05, Tomás Silva (<tomas.silva@example.org>) escribió:",
        "Hola Valeria,\n\n¡Gracias por la charla de hoy! Quedo atento a los próximos pasos.\n\nSaludos,\nTomás"))

# ----------------------------------------------------------------------------- employer moved/cancelled
add("interview_reschedule_or_cancel", "recruiter_push_back_day", "en", "Lumenary Health", "jessica.tran@lumenary.example.com",
    frm=("Jessica Tran", "jessica.tran@lumenary.example.com"),
    subject="Re: Lumenary Health - Data Engineer", reply=True, enc="qp",
    text="""Hi Tomás,

So sorry for the short notice - our hiring manager Ben has been pulled into an all-day incident review tomorrow, so we need to move your interview.

Would Friday at the same time (2pm PT) work instead? If not, send me a couple of windows early next week and I'll make it work.

Apologies again!
Jessica""" + gmail_quote("Mon, Mar 9, 2026 at 10:03 AM", "Tomás Silva", "tomas.silva@example.org",
        "Hi Jessica, confirming Wednesday 2pm PT works for me. Thanks!\nTomás"))

add("interview_reschedule_or_cancel", "outlook_updated_invite", "en", "Halden Bank", "oliver.ng@haldenbank.example.com",
    frm=("Oliver Ng", "oliver.ng@haldenbank.example.com"),
    subject="Updated invitation: Technical Interview - Tomás Silva / Halden Bank @ Fri 13 Mar 2026 10:00 - 11:00 (GMT)",
    date=D(3, 10, 16, 2), enc="qp",
    ics={"start": "20260313T100000Z", "end": "20260313T110000Z", "summary": "Technical Interview - Tomás Silva / Halden Bank",
         "location": "Microsoft Teams Meeting", "sequence": "1", "uid": "evt-halden-tech@haldenbank.example.com",
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    text="""Hi Tomás,

Aisha is now travelling on Thursday, so I've moved our session to Friday morning, 10:00-11:00 GMT. Same Teams link as before. Apologies for the shuffle - let me know if the new time is a problem.

Oliver""")

add("interview_reschedule_or_cancel", "cancel_ics_role_paused", "en", "Kestrel Aerospace", "dmitri.volkov@kestrelaero.example.com",
    frm=("Dmitri Volkov", "dmitri.volkov@kestrelaero.example.com"),
    subject="Canceled: Onsite - Flight Software Engineer II", date=D(3, 20, 17, 44), enc="qp",
    ics={"method": "CANCEL", "start": "20260324T160000Z", "end": "20260324T220000Z",
         "summary": "Onsite - Flight Software Engineer II - Tomás Silva", "location": "Kestrel HQ, Building 3", "sequence": "2"},
    text="""Hi Tomás,

I'm really sorry to do this, but we need to cancel your onsite on Tuesday. Leadership has paused hiring on the flight software team while we re-plan the program schedule, and I didn't want you to travel in for a role we can't currently fill.

I'll reach out as soon as I know more about when the requisition reopens. Again, my apologies.

Dmitri Volkov
Recruiting Lead, Kestrel Aerospace""")

add("interview_reschedule_or_cancel", "agency_client_moved", "en", "Greystone Property", "chloe@peakpeople.example.co.uk",
    frm=("Chloe Marsh", "chloe@peakpeople.example.co.uk"),
    subject="change of plan!", enc="qp",
    text="""Hi Tomás,

Slight change of plan I'm afraid - the hiring manager at Greystone has been called to a site visit on Tuesday so they've asked to move your interview to Thursday at 11am instead. Same place, same format!

Can you do Thursday?? Let me know asap so I can confirm with them.

Thanks!!
Chloe""")

add("interview_reschedule_or_cancel", "short_mobile_running_late", "en", "Finchley Labs", "oren@finchleylabs.example.com",
    frm=("Oren Matz", "oren@finchleylabs.example.com"),
    subject="today", enc="7bit",
    text="""Something came up, need to push our 3pm today. Can we do tomorrow same time? Sorry!

Sent from my iPhone""")

add("interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Orchard Robotics", "ines@orchardrobotics.example.com",
    frm=("Orchard Robotics Recruiting", "scheduling@goodtime.io"),
    reply_to=("Inés Castillo", "ines@orchardrobotics.example.com"),
    subject="Your interview with Orchard Robotics has been rescheduled", html="only", style="ats", enc="qp",
    text="""Hi Tomás,

Your interview with Orchard Robotics has been rescheduled.

Previous time: Tuesday, March 17, 1:00 PM - 2:00 PM PDT
New time: Thursday, March 19, 10:00 AM - 11:00 AM PDT

Interviewers: Wen Li (Staff Engineer), Carlos Reyes (Engineering Manager)
Location: Zoom (link in your calendar invitation)

Questions? Reply to this email to reach your recruiter, Inés Castillo.""")

add("interview_reschedule_or_cancel", "school_postponed_closure", "en", "Ashcombe Academy Trust", "recruitment@ashcombe-trust.example.org.uk",
    frm=("Ashcombe Academy Trust", "recruitment@ashcombe-trust.example.org.uk"),
    subject="RE: Interview - Teacher of Computing (maternity cover)", reply=True, html="alt", style="outlook", enc="qp",
    text="""Dear Mr Silva,

Due to the forecast snow, the school will be closed on Thursday and we have therefore had to postpone all interviews for the Teacher of Computing post.

The new date is Tuesday 31 March 2026, with the same timings (arrival 8.45am). Please confirm whether you are still able to attend.

We apologise for any inconvenience caused.

Yours sincerely,

Mrs J. Whitfield
HR Officer
Ashcombe Academy Trust""")

add("interview_reschedule_or_cancel", "india_postponed", "en", "Nexora Technologies", "rahul.verma@nexora.example.in",
    frm=("Rahul Verma", "rahul.verma@nexora.example.in"),
    subject="RE: Interview schedule - Senior Python Developer - Nexora Technologies", reply=True, enc="qp",
    text="""Dear Tomás,

Due to unavailability of the panel members, the technical interview scheduled for 17th March stands postponed. The revised schedule is 19th March 2026 at 3:00 PM IST. Meeting link will be shared one day prior.

Kindly do the needful and confirm.

Thanks & Regards,
Rahul Verma
HR Executive | Nexora Technologies""")

add("interview_reschedule_or_cancel", "cancel_filled_internally", "en", "Blue Harbor Seafood Co.", "t.ambrose@blueharborseafood.example.com",
    frm=("Tim Ambrose", "t.ambrose@blueharborseafood.example.com"),
    subject="Monday", reply=True, enc="7bit",
    text="""Tomas - I need to cancel Monday, sorry. Something's come up on our side with the role and I want to sort it out before we bring anyone else in. I'll be in touch next week either way.

Tim""")

add("interview_reschedule_or_cancel", "de_termin_verschoben", "de", "Rheinwerk Logistik", "m.schneider@rheinwerk-logistik.example.de",
    frm=("Markus Schneider", "m.schneider@rheinwerk-logistik.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch", reply=True, html="alt", style="outlook", enc="qp",
    text="""Sehr geehrter Herr Silva,

leider muss ich unser Gespräch am kommenden Dienstag verschieben, da Frau Dr. Lenz kurzfristig verhindert ist. Wäre Ihnen stattdessen Donnerstag, der 26. März, um 13:30 Uhr möglich?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Markus Schneider
Rheinwerk Logistik AG""" + intro_quote(
        "Am Fr., 13. März 2026 um 09:47 Uhr schrieb Tomás Silva <tomas.silva@example.org>:",
        "Sehr geehrter Herr Schneider,\n\nvielen Dank für die Einladung, den Termin am 24. März bestätige ich gern.\n\nMit freundlichen Grüßen\nTomás Silva"))

add("interview_reschedule_or_cancel", "de_absage_termin_krank", "de", "Bergfunk Media", "lena@bergfunk.example.de",
    frm=("Lena Hartmann", "lena@bergfunk.example.de"),
    subject="Unser Termin morgen", enc="8bit",
    text="""Hi Tomás,

sorry für die kurzfristige Nachricht, ich bin leider krank geworden und muss unser Kennenlernen morgen absagen. Kannst du dir über den Link einfach einen neuen Termin nächste Woche raussuchen? https://cal.example.com/lena-bergfunk/kennenlernen

Danke dir & bis bald
Lena""")

add("interview_reschedule_or_cancel", "fr_entretien_reporte", "fr", "Hôtel Le Grand Cerf", "s.dubois@legrandcerf.example.fr",
    frm=("Sophie Dubois", "s.dubois@legrandcerf.example.fr"),
    subject="Report de votre entretien", html="alt", style="outlook", enc="qp",
    text="""Bonjour Monsieur Silva,

En raison d'un imprévu, Mme Lucas ne pourra pas assurer l'entretien prévu mardi à 10h30. Nous vous proposons de le reporter au vendredi 20 mars à 11h, toujours en visioconférence.

Merci de me confirmer si ce nouveau créneau vous convient. Veuillez nous excuser pour ce changement.

Bien cordialement,
Sophie Dubois
Hôtel Le Grand Cerf""")

add("interview_reschedule_or_cancel", "fr_annulation_gel_recrutement", "fr", "Laboratoires Vernier", "claire.besson@axiome-rh.example.fr",
    frm=("Claire Besson", "claire.besson@axiome-rh.example.fr"),
    subject="Annulation RDV Laboratoires Vernier", charset="windows-1252", enc="qp",
    text="""Bonjour Tomás,

Je suis désolée, les Laboratoires Vernier viennent de m'informer qu'ils annulent le rendez-vous de jeudi : un gel des recrutements a été décidé par le groupe jusqu'à fin avril.

Je vous tiens au courant dès que le poste est rouvert.

Cordialement,
Claire Besson
Axiome RH""")

add("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Banco Atlántico Sur", "mcarmen.vidal@bancoatlanticosur.example.es",
    frm=("María del Carmen Vidal", "mcarmen.vidal@bancoatlanticosur.example.es"),
    subject="RE: Convocatoria a entrevista - Analista de Riesgos", reply=True, html="alt", style="outlook", enc="qp",
    text="""Estimado Tomás:

Por motivos de agenda del director del área, nos vemos obligados a modificar la hora de su entrevista del lunes 23 de marzo. La nueva hora será las 16:30, en la misma dirección.

Disculpe las molestias y confírmenos, por favor, si le viene bien.

Un cordial saludo,
María del Carmen Vidal
Banco Atlántico Sur""")

add("interview_reschedule_or_cancel", "es_cancelada_casual", "es", "Cosecha Digital", "pablo@cosechadigital.example.es",
    frm=("Pablo Gil", "pablo@cosechadigital.example.es"),
    subject="Re: ¿Hablamos?", reply=True, enc="8bit",
    text="""Tomás, perdona, me ha surgido un viaje y tengo que cancelar la llamada del jueves. ¿Lo movemos a la semana que viene? Dime qué día te va bien.

Enviado desde mi iPhone""")

# ----------------------------------------------------------------------------- missed interview notices
add("missed_interview_notice", "tried_calling", "en", "Lumenary Health", "jessica.tran@lumenary.example.com",
    frm=("Jessica Tran", "jessica.tran@lumenary.example.com"),
    subject="Missed you today", enc="qp",
    text="""Hi Tomás,

I tried calling you at 2pm PT for our scheduled phone screen but it went straight to voicemail. I hope everything is ok!

If you're still interested in the role, feel free to grab another time on my calendar: https://calendly.com/jessica-tran-lumenary/30min

Best,
Jessica""")

add("missed_interview_notice", "teams_no_join", "en", "Halden Bank", "oliver.ng@haldenbank.example.com",
    frm=("Oliver Ng", "oliver.ng@haldenbank.example.com"),
    subject="RE: Technical Interview", reply=True, html="alt", style="outlook", enc="qp",
    text="""Hi Tomás,

Aisha and I waited in the Teams meeting for about 15 minutes this morning but you did not join. We didn't receive any message from you either.

Please let me know what happened and whether you would still like to be considered for the role.

Regards,
Oliver Ng
VP, Risk Technology
Halden Bank plc""")

add("missed_interview_notice", "zoom_no_show_terse", "en", "Tessellate", "noah@tessellate.example.io",
    frm=("Noah Brandt", "noah@tessellate.example.io"),
    subject="you around?", enc="7bit",
    text="""hey, i'm on the zoom for our 4pm - are you joining? will hang around for another 10 mins

noah""")

add("missed_interview_notice", "agency_client_waited", "en", "Greystone Property", "chloe@peakpeople.example.co.uk",
    frm=("Chloe Marsh", "chloe@peakpeople.example.co.uk"),
    subject="Where are you??", enc="qp",
    text="""Tomás, Greystone have just called me - they were expecting you at 11 and you didn't turn up? I've tried your mobile a couple of times.

Please call me as soon as you get this, I need to go back to them with something.

Chloe
0161 555 0876""")

add("missed_interview_notice", "no_show_policy_formal", "en", "Pallas Retail", "kofi.mensah@pallasretail.example.com",
    frm=("Kofi Mensah", "kofi.mensah@pallasretail.example.com"),
    subject="Your interview today", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

We were scheduled to meet today at 3:30 PM UTC for your Pricing Analyst interview, but it looks like we weren't able to connect - I was on the Google Meet until 3:50.

If something unexpected came up, no problem, just let me know and we can see whether rescheduling is possible.

Thanks,
Kofi Mensah
Pricing Lead, Pallas Retail""")

add("missed_interview_notice", "aus_panel_waited", "en", "Southern Cross Transit", "mia.collins@sctransit.example.com.au",
    frm=("Mia Collins", "mia.collins@sctransit.example.com.au"),
    subject="Interview this morning", enc="7bit",
    text="""Hi Tomas,

The panel was ready for your interview at 9:30am this morning but unfortunately you didn't attend, and we weren't able to reach you on the number provided.

If there were circumstances that prevented you from attending, please get in touch with me by Friday. Otherwise we will assume you are no longer interested in the role.

Kind regards,
Mia Collins
Talent Acquisition Advisor
Southern Cross Transit""")

add("missed_interview_notice", "de_nicht_erschienen", "de", "Versicherungskammer Nordhessen", "p.wolff@vk-nordhessen.example.de",
    frm=("Petra Wolff", "p.wolff@vk-nordhessen.example.de"),
    subject="Unser Gespräch heute", charset="iso-8859-1", enc="qp",
    text="""Sehr geehrter Herr Silva,

leider haben Sie an dem für heute 14:00 Uhr vereinbarten Gespräch über Microsoft Teams nicht teilgenommen. Wir haben bis 14:20 Uhr gewartet.

Sollte etwas Unvorhergesehenes dazwischengekommen sein, melden Sie sich bitte bis Ende der Woche bei mir.

Freundliche Grüße
Petra Wolff
Versicherungskammer Nordhessen""")

add("missed_interview_notice", "de_anruf_nicht_erreicht", "de", "Haus Lindenhof Seniorenresidenz", "t.kaya@medpersonal.example.de",
    frm=("Tarik Kaya", "t.kaya@medpersonal.example.de"),
    subject="Telefoninterview heute - nicht erreicht", enc="qp",
    text="""Hallo Herr Silva,

Frau Brandl vom Haus Lindenhof hat heute um 11 Uhr mehrfach versucht, Sie anzurufen, konnte Sie aber leider nicht erreichen.

Ist alles in Ordnung? Bitte melden Sie sich bei mir, dann versuche ich, einen neuen Termin zu bekommen.

Viele Grüße
Tarik Kaya
MedPersonal Vermittlung GmbH""")

add("missed_interview_notice", "fr_absent_entretien", "fr", "Pixelbrume", "hugo@pixelbrume.example.fr",
    frm=("Hugo Marchand", "hugo@pixelbrume.example.fr"),
    subject="Entretien de ce matin", enc="8bit",
    text="""Salut Tomás,

On t'a attendu ce matin à 10h sur le Meet pour l'entretien technique, mais tu ne t'es pas connecté. J'espère que tout va bien de ton côté !

Dis-moi si tu veux qu'on trouve un autre créneau.

Hugo""")

add("missed_interview_notice", "es_no_se_presento", "es", "Mercantil Pampa", "valeria.sosa@mercantilpampa.example.com.ar",
    frm=("Valeria Sosa", "valeria.sosa@mercantilpampa.example.com.ar"),
    subject="Entrevista técnica de hoy", enc="qp",
    text="""Hola Tomás,

Martín te estuvo esperando hoy a las 11 en el Meet para la entrevista técnica, pero no te conectaste. También te escribí por WhatsApp sin respuesta.

¿Pasó algo? Avisame si querés reprogramar y veo la agenda de Martín.

Saludos,
Valeria""")

# ----------------------------------------------------------------------------- application received
add("application_received", "greenhouse_volume_no_reply", "en", "Wavelength Audio", "",
    frm=("Wavelength Audio", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Wavelength Audio", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

Thanks for applying to Wavelength Audio! Your application for the Data Platform Engineer role has been received and our team will review it shortly.

Due to the high volume of applications we receive, we are unfortunately not able to respond to every applicant individually. If your experience is a match, a member of our recruiting team will be in touch within two weeks.

In the meantime, check out our engineering blog: https://wavelength.example.com/engineering

Wavelength Audio Recruiting""")

add("application_received", "workday_submitted", "en", "Trivium Energy", "",
    frm=("Trivium Energy", "trivium@myworkday.com"),
    subject="Application Received: Grid Data Analyst - R-118834", html="only", style="corporate", enc="b64",
    text="""Dear Tomás Silva,

Thank you for applying for the Grid Data Analyst position (R-118834) at Trivium Energy. We have received your application.

What happens next?
Our recruiting team will review your qualifications. If there is a match, we will contact you regarding next steps. You can check the status of your application at any time through your candidate home.

Sincerely,
Trivium Energy Talent Acquisition

*** This email was sent from an unmonitored mailbox. Please do not reply. ***""")

add("application_received", "no_individual_feedback", "en", "Harrow & Finch Healthcare", "",
    frm=("Harrow & Finch Healthcare", "harrowfinch@myworkday.com"),
    subject="Thank you for your application", html="only", style="corporate", enc="qp",
    text="""Dear Tomás,

Thank you for your application for the Clinical Systems Analyst role at Harrow & Finch Healthcare. This email confirms we have received it.

We will review all applications after the closing date of 27 February. Unfortunately we are unable to provide individual feedback at this stage of the process, but we will contact shortlisted candidates by 13 March.

Thank you for your interest in joining us.

Talent Acquisition
Harrow & Finch Healthcare""")

add("application_received", "lever_received_short", "en", "Orchard Robotics", "",
    frm=("Orchard Robotics", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Orchard Robotics", html="alt", style="ats", enc="7bit",
    text="""Hi Tomás,

Thanks for your interest in Orchard Robotics - we've received your application for Perception Data Engineer.

We'll be reviewing applications over the next few weeks. If it looks like a match, someone from the team will reach out.

Cheers,
The Orchard Robotics team""")

add("application_received", "icims_reference_number", "en", "Crestline Federal Credit Union", "",
    frm=("Crestline Federal Credit Union", "crestlinefcu+autoreply@talent.icims.com"),
    subject="Crestline FCU - Application Confirmation (Job ID 2026-1187)", html="only", style="corporate", enc="qp",
    text="""Dear Tomás,

Thank you for your interest in the Fraud Analytics Specialist position (Job ID 2026-1187) at Crestline Federal Credit Union. Your application has been successfully submitted.

Please note: only candidates selected for an interview will be contacted. If you do not hear from us within 30 days, we encourage you to apply for other positions that match your skills.

Human Resources
Crestline Federal Credit Union""")

add("application_received", "small_business_human", "en", "Pine & Porter Bakery", "gemma@pineandporter.example.com",
    frm=("Gemma Lowe", "gemma@pineandporter.example.com"),
    subject="Re: Operations assistant job", reply=True, enc="qp",
    text="""Hi Tomás,

Thanks for sending your CV over, got it! I'm reading through everyone's applications this weekend and will let you know either way by next Wednesday.

Gemma
Pine & Porter Bakery""" + gmail_quote("Thu, Feb 26, 2026 at 8:11 PM", "Tomás Silva", "tomas.silva@example.org",
        "Hi Gemma,\n\nPlease find attached my CV for the operations assistant role advertised on your website.\n\nBest,\nTomás Silva"))

add("application_received", "smartrecruiters_confirm", "en", "Oakridge Hotels", "",
    frm=("Oakridge Hotels", "notifications@smartrecruiters.com"),
    subject="Thanks for applying to Oakridge Hotels!", html="only", style="ats", enc="b64",
    text="""Hi Tomás,

We've successfully received your application for Revenue Manager at Oakridge Hotels.

What's next? Our hiring team will review your application and get back to you if your profile matches the role. Due to the number of applications, we may not be able to reply to everyone.

Good luck!
Oakridge Hotels""")

add("application_received", "public_sector_uk", "en", "Borough of Kingsmere Council", "",
    frm=("Kingsmere Council Recruitment", "donotreply@kingsmere.example.gov.uk"),
    subject="Application acknowledgement: KBC/0412 Data Protection Officer", enc="7bit",
    text="""Dear Tomas Silva,

Thank you for your application for the post of Data Protection Officer (ref KBC/0412).

The closing date for this vacancy is 6 March 2026. Shortlisting will take place within two weeks of the closing date. If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.

Thank you for your interest in working for the Borough of Kingsmere Council.

Recruitment Team
Borough of Kingsmere Council""")

add("application_received", "india_acknowledgement", "en", "Sarvik Infotech", "careers@sarvik.example.in",
    frm=("Sarvik Careers", "careers@sarvik.example.in"),
    subject="Acknowledgement - Application for Java Developer", enc="qp",
    text="""Dear Tomás,

Thank you for applying to Sarvik Infotech Pvt. Ltd. We acknowledge the receipt of your resume for the position of Java Developer.

Our recruitment team will go through your profile and revert to you in case it matches our requirement. Request you to kindly bear with us.

Regards,
HR Team
Sarvik Infotech Pvt. Ltd.""")

add("application_received", "ashby_received_with_timeline", "en", "Parcelo", "",
    frm=("Parcelo", "no-reply@ashbyhq.com"),
    subject="We got your application!", html="alt", style="ats", enc="qp",
    text="""Hey Tomás 👋

Thanks for applying to be a Product Engineer at Parcelo. A real human (hi!) reads every application, and we aim to get back to everyone within 10 working days — even if it's a no.

While you wait, here's how we work: https://parcelo.example.com/handbook

The Parcelo Talent Team""")

add("application_received", "dutch_english_received", "en", "Van Dijk Maritime", "e.bakker@vandijk-maritime.example.nl",
    frm=("Eline Bakker", "e.bakker@vandijk-maritime.example.nl"),
    subject="Confirmation of receipt", enc="qp",
    text="""Dear Tomás,

Hereby we confirm the receipt of your application for the function of Software Engineer Vessel Systems. We will come back to you within 2 weeks about the next steps.

With kind regards,

Eline Bakker
Recruiter
Van Dijk Maritime B.V.""")

add("application_received", "teamtailor_received", "en", "St. Aldric University Hospital", "",
    frm=("St. Aldric University Hospital", "no-reply@teamtailor-mail.com"),
    subject="Thank you for your application!", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

Thank you for your application for the position Health Informatics Specialist. We have received it and will be in touch once the application period has ended.

Best regards,
St. Aldric University Hospital""")

add("application_received", "de_eingangsbestaetigung", "de", "Lindqvist Maschinenbau", "",
    frm=("Lindqvist Maschinenbau GmbH", "noreply@mail.personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung", html="alt", style="ats", enc="qp",
    text="""Sehr geehrter Herr Silva,

vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lindqvist Maschinenbau GmbH""")

add("application_received", "de_oeffentlicher_dienst", "de", "Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de",
    frm=("Personalabteilung Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de"),
    subject="Eingang Ihrer Bewerbung - Kennziffer 07/2026", charset="iso-8859-1", enc="qp",
    text="""Sehr geehrter Herr Silva,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Sachbearbeiter/in IT-Systeme (Kennziffer 07/2026).

Nach Ablauf der Bewerbungsfrist am 28.02.2026 werden wir alle Bewerbungen sichten. Wir bitten um Verständnis, dass wir Ihnen bis dahin keine Zwischenbescheide geben können.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Auental GmbH""")

add("application_received", "de_startup_danke", "de", "Kiezkasse", "",
    frm=("Kiezkasse Jobs", "jobs-noreply@kiezkasse.example.de"),
    subject="Danke für deine Bewerbung bei Kiezkasse!", html="alt", enc="8bit",
    text="""Hey Tomás,

wir haben deine Bewerbung als Senior Backend Engineer erhalten - danke, dass du dich für uns interessierst!

Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von zwei Wochen bei dir.

Dein Kiezkasse-Team""")

add("application_received", "fr_accuse_reception", "fr", "Groupe Verlaine Assurances", "",
    frm=("Groupe Verlaine Assurances", "ne-pas-repondre@recrutement.verlaine.example.fr"),
    subject="Accusé de réception de votre candidature", html="only", style="corporate", enc="qp",
    text="""Bonjour Tomás,

Nous accusons réception de votre candidature au poste de Chargé d'études actuarielles et vous remercions de l'intérêt que vous portez au Groupe Verlaine Assurances.

Votre dossier est actuellement à l'étude. Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos attentes, nous reviendrons vers vous sous trois semaines.

L'équipe Recrutement""")

add("application_received", "fr_welcome_style", "fr", "Mistralys", "",
    frm=("Mistralys", "jobs@welcomekit-mail.example.net"),
    subject="Mistralys a bien reçu ta candidature", html="alt", style="ats", enc="qp",
    text="""Bonjour Tomás,

Ta candidature pour le poste de Data Engineer chez Mistralys a bien été transmise à l'équipe de recrutement.

Tu peux suivre l'avancement de ta candidature depuis ton espace candidat.

À bientôt,
L'équipe Mistralys""")

add("application_received", "fr_mairie", "fr", "Ville de Saint-Aubin-sur-Loire", "",
    frm=("Ville de Saint-Aubin-sur-Loire", "recrutement-noreply@saint-aubin.example.fr"),
    subject="Votre candidature a bien été enregistrée", charset="iso-8859-1", enc="qp",
    text="""Madame, Monsieur,

Nous vous informons que votre candidature au poste de Chargé(e) de mission données et SIG a bien été enregistrée.

Elle sera examinée à l'issue de la date limite de dépôt des candidatures. Les candidats retenus pour un entretien seront contactés par téléphone.

Le service des Ressources Humaines
Ville de Saint-Aubin-sur-Loire""")

add("application_received", "es_recibida", "es", "Grupo Hostelero Marbella Sol", "",
    frm=("Grupo Hostelero Marbella Sol", "noreply@talento.marbellasol.example.es"),
    subject="Hemos recibido tu candidatura", html="alt", style="corporate", enc="b64",
    text="""Hola Tomás,

¡Gracias por inscribirte en la oferta de Revenue Analyst! Hemos recibido tu candidatura correctamente.

Nuestro equipo de Talento la revisará en los próximos días. Debido al gran volumen de candidaturas, lamentablemente no podemos dar respuesta individual a todas las personas, pero si tu perfil encaja nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento""")

add("application_received", "es_acuse_formal", "es", "Constructora Ibérica Ruiz", "rrhh@ibericaruiz.example.es",
    frm=("Departamento de RRHH", "rrhh@ibericaruiz.example.es"),
    subject="Acuse de recibo - Ingeniero/a de Planificación", charset="iso-8859-1", enc="qp",
    text="""Estimado Sr. Silva:

Por la presente le confirmamos la recepción de su currículum para el puesto de Ingeniero/a de Planificación. Su candidatura será estudiada y, en caso de ajustarse al perfil requerido, nos pondremos en contacto con usted.

Atentamente,
Departamento de Recursos Humanos
Constructora Ibérica Ruiz, S.A.""")

# ----------------------------------------------------------------------------- offers
add("offer", "verbal_offer_followup", "en", "Orchard Robotics", "ines@orchardrobotics.example.com",
    frm=("Inés Castillo", "ines@orchardrobotics.example.com"),
    subject="Following up", enc="qp",
    text="""Hi Tomás,

Great speaking with you this afternoon! As promised, here's a summary of the offer we discussed on the phone:

- Role: Perception Data Engineer
- Base salary: $158,000
- Equity: 12,000 RSUs vesting over 4 years
- Start date: flexible, ideally May 4

The formal offer letter will come through DocuSign from our People team tomorrow. Take the weekend to think it over and let me know if you have any questions at all.

Really excited about this!
Inés

Inés Castillo | Recruiting | Orchard Robotics""")

add("offer", "offer_letter_attached", "en", "Lumenary Health", "ben.adeyemi@lumenary.example.com",
    frm=("Ben Adeyemi", "ben.adeyemi@lumenary.example.com"),
    cc=[("Jessica Tran", "jessica.tran@lumenary.example.com")],
    subject="Your offer from Lumenary Health", html="alt", enc="qp", attach="Lumenary_Offer_Letter_TSilva.pdf",
    text="""Hi Tomás,

On behalf of the whole data team, I'm thrilled to offer you the position of Data Engineer at Lumenary Health. Your offer letter is attached, with details of compensation, benefits and your proposed start date.

Please review and sign by Friday, March 27. Jessica and I are both happy to answer any questions.

Welcome (hopefully!) to the team,
Ben Adeyemi
Head of Data, Lumenary Health""")

add("offer", "uk_conditional_offer", "en", "Pemberton Civil Engineering", "l.okafor@pemberton-ce.example.co.uk",
    frm=("Lydia Okafor", "l.okafor@pemberton-ce.example.co.uk"),
    subject="Conditional offer of employment", html="alt", style="outlook", enc="qp", attach="Conditional_Offer_Pemberton.pdf",
    text="""Dear Tomás,

Further to your interview, I am pleased to confirm our conditional offer of employment for the position of Data & Digital Engineer at a starting salary of £38,500 per annum.

This offer is conditional upon satisfactory references and proof of your right to work in the UK. Please find the offer letter and our standard terms attached; I would be grateful if you could return a signed copy within seven days.

Kind regards,

Lydia Okafor
HR Advisor | Pemberton Civil Engineering Ltd""")

add("offer", "agency_offer_excited", "en", "Meridian Insurance", "jake@talentforge-recruit.example.co.uk",
    frm=("Jake Summers", "jake@talentforge-recruit.example.co.uk"),
    subject="!!!", enc="qp",
    text="""TOMÁS!!

Meridian Insurance have come back with an OFFER for the Senior Analyst role!! £52k base + 10% bonus + hybrid 2 days in office. They want to move quickly so can you give me a call when you're free? I think we can push on the base a touch too.

Massive congrats mate!
Jake
07700 900 461""")

add("offer", "india_offer_letter", "en", "Nexora Technologies", "rahul.verma@nexora.example.in",
    frm=("Rahul Verma", "rahul.verma@nexora.example.in"),
    subject="Offer Letter - Senior Python Developer", enc="qp", attach="Offer_Letter_Tomas_Silva.pdf",
    text="""Dear Tomás,

Congratulations!

We are pleased to extend an offer to you for the position of Senior Python Developer at Nexora Technologies. Please find attached your offer letter with the compensation details.

Kindly revert with your acceptance and the signed copy within 3 working days. Your date of joining will be confirmed upon acceptance.

Thanks & Regards,
Rahul Verma
HR Executive | Nexora Technologies""")

add("offer", "contract_docusign_style", "en", "Fernhill Publishing", "amelia.cross@fernhillpub.example.com",
    frm=("Amelia Cross via DocuSign", "dse@docusign.example.net"),
    reply_to=("Amelia Cross", "amelia.cross@fernhillpub.example.com"),
    subject="Please DocuSign: Fernhill Publishing - Contract of Employment - T Silva", html="only", style="corporate", enc="qp",
    text="""Amelia Cross sent you a document to review and sign.

Dear Tomás, following our call, please find your contract of employment for the role of Digital Product Manager. We're delighted you're joining us - please review and sign at your earliest convenience.

REVIEW DOCUMENT: https://docusign.example.net/Signing/EmailStart.aspx?a=4f1c

Do Not Share This Email: this email contains a secure link to DocuSign.""")

add("offer", "de_vertragsangebot", "de", "Rheinwerk Logistik", "m.schneider@rheinwerk-logistik.example.de",
    frm=("Markus Schneider", "m.schneider@rheinwerk-logistik.example.de"),
    subject="Vertragsangebot Data Engineer", html="alt", style="outlook", enc="qp", attach="Arbeitsvertrag_Silva.pdf",
    text="""Sehr geehrter Herr Silva,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Data Engineer (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Das Jahresbruttogehalt beträgt 72.000 €, der Eintritt ist zum 1. Mai 2026 vorgesehen. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. April zurück.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen
Markus Schneider
Personalreferent
Rheinwerk Logistik AG""")

add("offer", "de_zusage_du", "de", "Bergfunk Media", "lena@bergfunk.example.de",
    frm=("Lena Hartmann", "lena@bergfunk.example.de"),
    subject="Gute Neuigkeiten 🙂", enc="8bit",
    text="""Hi Tomás,

ich hab gute Neuigkeiten: Wir möchten dich sehr gern ins Team holen! Das Team war nach dem Tech-Interview total begeistert.

Unser Angebot: 68.000 € brutto im Jahr, 30 Tage Urlaub, remote-first mit einem Teamtreffen pro Quartal in Leipzig. Den Vertrag schicke ich dir morgen per Mail, sobald du mir grünes Licht gibst.

Lass uns gern kurz telefonieren, wenn du Fragen hast!
Lena""")

add("offer", "fr_promesse_embauche", "fr", "Clinique des Tilleuls", "m.garnier@clinique-tilleuls.example.fr",
    frm=("Martine Garnier", "m.garnier@clinique-tilleuls.example.fr"),
    subject="Promesse d'embauche", charset="windows-1252", enc="qp", attach="Promesse_embauche_Silva.pdf",
    text="""Monsieur Silva,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre proposition d'embauche au poste de Chef de projet SI en CDI, pour une rémunération annuelle brute de 46 000 €.

Vous trouverez ci-joint la promesse d'embauche. Je vous remercie de nous la retourner signée avant le 3 avril.

Dans l'attente de vous accueillir parmi nous,

Martine Garnier
Responsable RH – Clinique des Tilleuls""")

add("offer", "es_oferta_formal", "es", "Finanzia Pagos", "lucia.moreno@finanzia.example.es",
    frm=("Lucía Moreno", "lucia.moreno@finanzia.example.es"),
    subject="Propuesta de incorporación", html="alt", enc="qp", attach="Carta_oferta_Finanzia.pdf",
    text="""Hola Tomás,

¡Qué alegría escribirte este correo! Se ha reactivado la vacante y nos encantaría que te incorporaras a Finanzia Pagos como Data Engineer.

Te adjunto la carta de oferta con las condiciones: 54.000 € brutos anuales, contrato indefinido, teletrabajo 3 días a la semana e incorporación el 4 de mayo.

Si tienes cualquier duda, llámame. ¡Espero tu respuesta!

Un abrazo,
Lucía Moreno
People Partner | Finanzia Pagos""")

# ----------------------------------------------------------------------------- other (English)
BULK = {"Precedence": "bulk"}


def listhdr(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{list_id.strip('<>').split('.', 1)[1]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


add("other", "linkedin_job_alert", "en", "", "",
    frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    subject="“data engineer”: 12 new jobs in London", html="alt", style="corporate", enc="qp",
    headers=listhdr("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x1"),
    text="""Your job alert for data engineer in London
12 new jobs match your preferences.

Data Engineer - Halden Bank - London (Hybrid)
Actively recruiting · 3 connections work here
https://www.linkedin.com/comm/jobs/view/3901123

Senior Data Engineer - Wavelength Audio - London
Easy Apply · Be an early applicant
https://www.linkedin.com/comm/jobs/view/3901188

Analytics Engineer - Fernhill Publishing - Remote
Promoted
https://www.linkedin.com/comm/jobs/view/3901212

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=data%20engineer

You're receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""")

add("other", "indeed_digest", "en", "", "",
    frm=("Indeed", "alert@indeed.com"),
    subject="Operations Analyst jobs near Manchester - 8 new", html="only", style="corporate", enc="b64",
    headers=listhdr("<alerts.indeed.com>", "https://uk.indeed.com/unsubscribe?jk=91ab"),
    text="""8 new jobs for Operations Analyst near Manchester

Operations Analyst - Greystone Property - Manchester - £35,000 - £40,000 a year
Easily apply. Responsive employer.
https://uk.indeed.com/rc/clk?jk=a81c

Supply Chain Analyst - Blue Harbor Seafood Co. - Remote
Urgently hiring
https://uk.indeed.com/rc/clk?jk=b12e

Junior Data Analyst - Vantora Retail Group - Salford
https://uk.indeed.com/rc/clk?jk=c44f

Didn't get the job? 6 ways to bounce back from rejection: https://uk.indeed.com/career-advice/rejection

Manage alerts · Unsubscribe · Privacy""")

add("other", "newsletter_rejection_essay", "en", "", "",
    frm=("The Hiring Table", "thehiringtable@substack.example.com"),
    subject="Why you were rejected (and why it often isn't about you)", html="alt", style="simple", enc="qp",
    headers=listhdr("<thehiringtable.substack.example.com>", "https://thehiringtable.substack.example.com/action/disable_email"),
    text="""Hi friends,

This week, three readers wrote in with a version of the same question: "I got to the final round, they said they'd decided to move forward with other candidates whose experience more closely matches, and I have no idea what I did wrong."

Here's the uncomfortable truth from ten years on the hiring side: most final-round rejections are decided by things you never see. A budget freeze. An internal candidate. A hiring manager who wanted someone who'd done the exact job before.

What you can control:
1. Ask for feedback - politely, once.
2. Send a gracious reply. I've hired people I turned down a year earlier.
3. Don't read the template. "We regret to inform you" is legal language, not a verdict.

Next week: what to do when you miss an interview (yes, it happens to good people).

Read in browser: https://thehiringtable.substack.example.com/p/why-you-were-rejected

You're a free subscriber to The Hiring Table. Unsubscribe https://thehiringtable.substack.example.com/action/disable_email""")

add("other", "newsletter_missed_interview", "en", "", "",
    frm=("Career Compass Weekly", "hello@careercompass.example.net"),
    subject="Missed an interview? Here's the email to send within the hour", html="only", style="corporate", enc="qp",
    headers=listhdr("<weekly.careercompass.example.net>", "https://careercompass.example.net/unsubscribe/88aa"),
    text="""CAREER COMPASS WEEKLY - Issue #142

MISSED AN INTERVIEW? DON'T GHOST THEM
It happens: a calendar glitch, a time-zone mix-up, a train stuck outside the station. The recruiter waited on the Zoom, tried calling you, and you didn't show. What now? Write within the hour, take responsibility, don't invent excuses, and offer three concrete times.

TEMPLATE: "I'm very sorry I missed our interview today at 2pm..."
https://careercompass.example.net/articles/missed-interview

ALSO THIS WEEK
- 5 phrases recruiters use when they mean "no"
- Your offer letter, decoded
- Salary negotiation scripts for 2026

You are receiving this because you signed up at careercompass.example.net. Unsubscribe | Update preferences""")

add("other", "recruiter_cold_outreach", "en", "", "ryan.doherty@apexsearch.example.com",
    frm=("Ryan Doherty", "ryan.doherty@apexsearch.example.com"),
    subject="Data Engineering opportunities - 2026", enc="qp",
    text="""Hi Tomás,

I hope you don't mind me reaching out out of the blue. I specialise in data engineering roles across fintech and insurance in the UK and came across your profile.

I'm currently working with a number of clients who are hiring for senior data engineers (Python, Spark, dbt, cloud) with salaries in the £75-95k range, mostly hybrid.

If you're open to hearing about new opportunities, just let me know what you're looking for and I'll send over a few job specs. No pressure at all if the timing isn't right.

Best regards,
Ryan Doherty
Principal Consultant - Data & Analytics
Apex Search Partners
+44 20 7946 0321""")

add("other", "inmail_style_inhouse", "en", "Kestrel Aerospace", "",
    frm=("Dmitri Volkov via LinkedIn", "inmail-hit-reply@linkedin.com"),
    subject="Dmitri sent you a message: Opportunities at Kestrel Aerospace", html="alt", style="corporate", enc="qp",
    headers={"Precedence": "bulk"},
    text="""Dmitri Volkov
Recruiting Lead at Kestrel Aerospace

Hi Tomás - I lead recruiting for software at Kestrel Aerospace. We're building out our ground systems team this year and your background with telemetry pipelines caught my eye. No specific role yet, but I wanted to connect and keep you in mind as things open up.

Reply on LinkedIn: https://www.linkedin.com/messaging/thread/2-ZmQ4

This is a LinkedIn message. Unsubscribe from InMail notifications.""")

add("other", "podcast_interview_request", "en", "", "maya@datadrift-podcast.example.com",
    frm=("Maya Lindgren", "maya@datadrift-podcast.example.com"),
    subject="Interview for the Data Drift podcast?", enc="qp",
    text="""Hi Tomás,

I host Data Drift, a small podcast about the messy reality of data work (about 4k listeners, mostly practitioners). I read your blog post on backfilling transit data and loved it.

Would you be up for an interview on the show? It's a relaxed 45-minute conversation recorded over Riverside, and we'd send you the questions ahead of time. Any Tuesday or Thursday in April works for us.

Cheers,
Maya Lindgren
Host, Data Drift""")

add("other", "press_journalist_interview", "en", "", "j.oconnell@metrotribune.example.com",
    frm=("Jamie O'Connell", "j.oconnell@metrotribune.example.com"),
    subject="Press interview request - tram reliability story", enc="7bit",
    text="""Hello Tomas,

I'm a reporter at the Metro Tribune working on a piece about tram reliability in the city. A colleague pointed me to your open-data analysis of late-running services.

Would you be available for a short phone interview (15-20 minutes) before Thursday? I'd like to quote you on the methodology. Happy to send the quotes back for checking.

Best,
Jamie O'Connell
Transport Correspondent, Metro Tribune
020 7946 0988""")

add("other", "user_research_interview", "en", "", "research@tallyledger.example.com",
    frm=("Tally Ledger Research", "research@tallyledger.example.com"),
    subject="Share your thoughts? 30-min research interview ($60 gift card)", html="alt", style="ats", enc="qp",
    text="""Hi Tomás,

You recently signed up for a Tally Ledger personal account, and our product research team would love to hear about how you manage your finances.

We're running 30-minute remote user interviews next week. There are no right or wrong answers; we just want to understand your experience. As a thank-you, you'll receive a $60 gift card.

Pick a time: https://research.tallyledger.example.com/book

Thanks!
Nadia, UX Researcher at Tally Ledger

Reply to this email with any questions.""")

add("other", "candidate_experience_survey", "en", "Northbeam Logistics", "",
    frm=("Northbeam Logistics", "surveys@candidatepulse.example.net"),
    subject="How was your interview experience with Northbeam Logistics?", html="only", style="ats", enc="qp",
    text="""Hi Tomás,

You recently interviewed with Northbeam Logistics. Whatever the outcome, we'd love to hear about your experience so we can improve our hiring process.

The survey takes 2 minutes and your answers are anonymous.

Take the survey: https://candidatepulse.example.net/s/nb-7731

Thank you!
Northbeam Logistics Talent Team

You're receiving this because you participated in a hiring process. Opt out: https://candidatepulse.example.net/optout""")

add("other", "friend_own_rejection", "en", "", "sarahjpark@example.net",
    frm=("Sarah Park", "sarahjpark@example.net"),
    subject="ugh", enc="7bit",
    text="""so I got the email from the agency this morning - they went with the other person. "we've decided to move forward with a candidate whose experience more closely matches" blah blah. after FOUR rounds.

anyway how are your interviews going?? want to get a drink thursday and complain about recruiters together

s""")

add("other", "order_delayed", "en", "", "",
    frm=("Hearthware Shop", "orders@hearthware.example.com"),
    subject="Update on your order #HW-482913", html="only", style="corporate", enc="qp",
    text="""Hi Tomás,

Unfortunately your order #HW-482913 (1 x Cast Iron Dutch Oven, 5.5 qt) is delayed due to high demand at our warehouse. We now expect it to ship by March 20.

We're sorry for the inconvenience. You don't need to do anything; we'll email you tracking details as soon as it's on its way. If you'd prefer to cancel, you can do so from your account.

Hearthware Customer Care""")

add("other", "gps_position_report", "en", "", "",
    frm=("TrakPoint Alerts", "alerts@trakpoint.example.com"),
    subject="Position update: Bike (TP-2291) left geofence 'Home'", enc="7bit",
    text="""TrakPoint GPS alert

Device: Bike (TP-2291)
Event: Left geofence 'Home'
Time: 2026-03-14 07:42:10 UTC
Position: 53.47921 N, 2.24263 W (accuracy 8 m)
Speed: 14 km/h
Battery: 71%

View live position: https://app.trakpoint.example.com/devices/TP-2291

Manage notification settings in the TrakPoint app.""")

add("other", "credit_card_application", "en", "", "",
    frm=("Cobalt Bank", "no-reply@alerts.cobaltbank.example.com"),
    subject="We've received your credit card application", html="alt", style="corporate", enc="qp",
    text="""Dear Tomás Silva,

Thank you for applying for the Cobalt Rewards Credit Card. We have received your application (reference CB-55120-77).

We'll review your application and let you know our decision within 5 working days. We may need to contact you for more information.

Cobalt Bank

Cobalt Bank plc is authorised by the Prudential Regulation Authority. Please do not reply to this email.""")

add("other", "loan_declined", "en", "", "",
    frm=("Sterling Mutual", "notifications@sterlingmutual.example.com"),
    subject="Your personal loan application", enc="qp",
    text="""Dear Mr Silva,

Thank you for your recent application for a personal loan of £7,500.

After careful consideration, we regret to inform you that we are unable to approve your application at this time. This decision was based on information from credit reference agencies and our own lending criteria.

You can request a copy of your credit file from the credit reference agencies. This decision does not prevent you from applying again in future.

Sterling Mutual Lending Team""")

add("other", "apartment_application_rejected", "en", "", "lettings@harbourlets.example.co.uk",
    frm=("Harbour Lets", "lettings@harbourlets.example.co.uk"),
    subject="Flat 4, 22 Canal Street - your application", enc="qp",
    text="""Hi Tomás,

Thanks for your interest in Flat 4, 22 Canal Street and for coming to the viewing on Saturday.

Unfortunately the landlord has decided to go with another applicant for this property. We've got a couple of similar one-beds coming up in Ancoats next month - shall I keep you on the list?

Kind regards,
Becky
Harbour Lets""")

add("other", "university_admission_decision", "en", "", "",
    frm=("Graduate Admissions", "gradadmissions@northgate-university.example.ac.uk"),
    subject="Your application to MSc Urban Analytics - decision", enc="qp",
    text="""Dear Tomás Silva,

Application ID: 2614478
Programme: MSc Urban Analytics (full-time)

Thank you for your application to Northgate University. The admissions selectors have now considered your application carefully and I regret to inform you that we are unable to offer you a place on this programme for entry in September 2026. We received many more applications than places available.

We wish you every success with your future studies.

Graduate Admissions Office
Northgate University""")

add("other", "own_sent_thank_you", "en", "Halden Bank", "",
    frm=ME, to=("Oliver Ng", "oliver.ng@haldenbank.example.com"),
    subject="Thank you - technical interview", reply=True, enc="qp",
    text="""Hi Oliver,

Thank you for taking the time to speak with me on Friday, and please pass on my thanks to Aisha as well. I really enjoyed the discussion about the stress-testing pipeline, and it made me even more excited about the role.

Please let me know if there is anything else you need from me.

Best regards,
Tomás Silva""")

add("other", "own_sent_cannot_attend", "en", "Southern Cross Transit", "",
    frm=ME, to=("Mia Collins", "mia.collins@sctransit.example.com.au"),
    subject="Re: Interview invitation - Transport Data Modeller", reply=True, enc="qp",
    text="""Hi Mia,

Thank you very much for the invitation. Unfortunately I'm unable to attend on Wednesday 18 March at 9:30am. I'm still very interested in the role and would be grateful if we could find another time - I'm available Thursday or Friday morning, or any time on Monday the 23rd.

Apologies for any inconvenience.

Kind regards,
Tomás""" + gmail_quote("Thu, Mar 12, 2026 at 11:02 AM", "Mia Collins", "mia.collins@sctransit.example.com.au",
        "Hi Tomas,\n\nThanks for your application for the Transport Data Modeller role. I'm pleased to let you know you've been shortlisted for a panel interview.\n\nWhen: Wednesday 18 March, 9:30am (AEDT)\n\nCould you please confirm your attendance by COB Friday? Cheers.\n\nMia Collins"))

add("other", "own_sent_application", "en", "Pine & Porter Bakery", "",
    frm=ME, to=("Gemma Lowe", "gemma@pineandporter.example.com"),
    subject="Operations assistant job", enc="7bit",
    text="""Hi Gemma,

Please find attached my CV for the operations assistant role advertised on your website. I've been a regular at the Deansgate shop for years and would love to help behind the scenes.

Best,
Tomás Silva
07700 900 512""")

add("other", "recruiter_out_of_office", "en", "Ardent Media Group", "rachel.stone@ardentmedia.example.com",
    frm=("Rachel Stone", "rachel.stone@ardentmedia.example.com"),
    subject="Automatic reply: Audience Insights Lead - next steps", reply=True,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, enc="qp",
    text="""Thank you for your email. I am out of the office until Monday 16 March with limited access to email. For urgent recruitment matters please contact talent@ardentmedia.example.com.

Kind regards,
Rachel""")

add("other", "standup_calendar_notification", "en", "", "",
    frm=("Google Calendar", "calendar-notification@google.com"),
    subject="Notification: Daily standup - volunteer data team @ Weekdays 09:15 - 09:30 (GMT)", enc="qp",
    text="""Daily standup - volunteer data team
Weekdays 09:15 - 09:30 (GMT)
Joining info: meet.google.com/abc-defg-hij

Calendar: tomas.silva@example.org

Invitation from Google Calendar

You are receiving this email at the account tomas.silva@example.org because you are subscribed for notifications on calendar tomas.silva@example.org.
To stop receiving these emails, please log in to https://calendar.google.com/calendar/ and change your notification settings for this calendar.""")

add("other", "glassdoor_interview_questions", "en", "", "",
    frm=("Glassdoor Community", "noreply@glassdoor.example.com"),
    subject="New interview questions posted for Halden Bank", html="only", style="corporate", enc="qp",
    headers=listhdr("<community.glassdoor.example.com>", "https://www.glassdoor.example.com/unsubscribe?c=2"),
    text="""Companies you follow have new reviews and interview questions.

HALDEN BANK - Data Engineer interview
"Technical round over Teams with live coding, then a panel. They rescheduled twice and the recruiter was slow to reply. Got a rejection email two weeks later."
Difficulty: 3.4 / 5 · Experience: Neutral
https://www.glassdoor.example.com/Interview/Halden-Bank

PALLAS RETAIL - Pricing Analyst interview
"Recruiter screen, then case study. Offer extended after 3 weeks."
https://www.glassdoor.example.com/Interview/Pallas-Retail

Unsubscribe from these emails""")

add("other", "application_viewed_notification", "en", "", "",
    frm=("Jobsy", "notifications@jobsy.example.net"),
    subject="Your application was viewed by Cobaltline", html="alt", style="ats", enc="qp",
    text="""Good news, Tomás! Your application for Backend Engineer at Cobaltline was viewed by the employer.

Employers who view your application are 3x more likely to contact you. Keep your profile up to date to stand out.

See similar jobs: https://jobsy.example.net/jobs/similar/88120

Jobsy - Manage notifications""")

add("other", "careers_webinar_invite", "en", "", "",
    frm=("Northgate University Careers Service", "careers-events@northgate-university.example.ac.uk"),
    subject="Webinar: Acing technical interviews in 2026 - register now", html="alt", style="corporate", enc="qp",
    headers=listhdr("<alumni-careers.northgate-university.example.ac.uk>", "https://northgate-university.example.ac.uk/unsub"),
    text="""Dear alumnus,

Join our free live webinar on Wednesday 25 March, 6-7pm: "Acing technical interviews in 2026", with engineers from three local employers sharing what they look for in a coding interview, and how to handle the dreaded live exercise.

Register: https://northgate-university.example.ac.uk/careers/events/3312

Can't make it? Register anyway and we'll send you the recording.

Northgate University Careers Service
To stop receiving alumni careers emails, unsubscribe here.""")

add("other", "mum_how_did_it_go", "en", "", "ana.silva.lisboa@example.net",
    frm=("Ana Silva", "ana.silva.lisboa@example.net"),
    subject="Re: news", reply=True, enc="qp",
    text="""Querido,

So how did the interview go with the bank?? Your father keeps asking me. Call us on Sunday, we want to hear everything.

And don't worry if it's a no, something better will come. Remember when the first university said no and you ended up somewhere you loved.

Beijinhos,
Mãe

Sent from my iPad""")

add("other", "dentist_appointment_moved", "en", "", "",
    frm=("Canalside Dental", "appointments@canalsidedental.example.co.uk"),
    subject="Your appointment has been rescheduled", enc="7bit",
    text="""Dear Tomas,

Your appointment with Dr Chen has been rescheduled.

Previous: Tuesday 17 March 2026, 08:30
New: Thursday 19 March 2026, 17:15

If this new time does not suit, please call reception on 0161 555 0420. This mailbox is not monitored.

Canalside Dental""")

add("other", "conference_talk_rejected", "en", "", "",
    frm=("PyData Northwest 2026", "cfp-noreply@pydatanw.example.org"),
    subject="PyData Northwest 2026: decision on your proposal", enc="qp",
    text="""Dear Tomás Silva,

Thank you for submitting "Backfilling five years of transit data without losing your mind" to PyData Northwest 2026.

We received 312 proposals for 40 slots. Unfortunately, we are unable to accept your proposal this year. This was a hard decision and does not reflect on the quality of your work.

We'd love to see you at the conference - use code CFP2026 for 20% off your ticket.

The PyData Northwest Program Committee""")

add("other", "friend_forwarded_job", "en", "", "dev.kapoor@example.com",
    frm=("Dev Kapoor", "dev.kapoor@example.com"),
    subject="Fwd: we're hiring - Analytics Engineer", enc="qp",
    text="""Saw this in our internal newsletter and immediately thought of you. I don't know the hiring manager but happy to refer you if you want - the referral bonus would buy us a lot of beers :)

Dev""" + forwarded("Quarry Street Internal Comms <comms@quarrystreet.example.com>", "Mon, Mar 2, 2026 at 9:00 AM",
        "We're hiring - Analytics Engineer", "all-staff@quarrystreet.example.com",
        "The Data team is hiring an Analytics Engineer (London/remote). Know someone great? Refer them via the Referrals page on the intranet. Successful referrals earn a £2,000 bonus."))

add("other", "agency_hot_jobs_newsletter", "en", "", "",
    frm=("TalentForge Recruitment", "news@talentforge-recruit.example.co.uk"),
    subject="🔥 This week's hot jobs in the North West", html="only", style="corporate", enc="qp",
    headers=listhdr("<hotjobs.talentforge-recruit.example.co.uk>", "https://talentforge-recruit.example.co.uk/unsubscribe?id=5521"),
    text="""HOT JOBS THIS WEEK

BI Developer - Insurance - Manchester - up to £55k
Data Analyst - Retail - Salford Quays - £38k + bonus
Senior Data Engineer - Fintech - Remote UK - £80-90k

Not looking right now? Refer a friend and earn £500 when they start!

Interview tip of the week: always prepare two questions for the panel.

TalentForge Recruitment Ltd · 1 Piccadilly Gardens, Manchester
Unsubscribe · Update your preferences""")

add("other", "reference_request_for_friend", "en", "", "hr@brookfieldtrust.example.org",
    frm=("Brookfield Trust HR", "hr@brookfieldtrust.example.org"),
    subject="Reference request - Sarah Park", enc="qp",
    text="""Dear Mr Silva,

Sarah Park has applied for the position of Programme Coordinator with Brookfield Trust and has given your name as a referee.

We would be grateful if you could complete the short reference form at the link below by 20 March. All references are treated in confidence.

https://brookfieldtrust.example.org/references/form?r=SP-118

Many thanks,
Judith Ames
HR Administrator, Brookfield Trust""")

# ----------------------------------------------------------------------------- other (de, fr, es)
add("other", "de_stepstone_jobagent", "de", "", "",
    frm=("StepStone Jobagent", "jobagent@stepstone.example.de"),
    subject="12 neue Jobs für „Data Engineer“ in Berlin", html="only", style="corporate", enc="qp",
    headers=listhdr("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden?id=77"),
    text="""Hallo Tomás,

Ihr Jobagent hat 12 neue passende Stellenangebote gefunden:

Data Engineer (m/w/d) - Kiezkasse GmbH - Berlin
https://www.stepstone.example.de/stellenangebote--Data-Engineer-Berlin-Kiezkasse--1188

Senior Data Engineer (m/w/d) - Rheinwerk Logistik AG - Duisburg / Remote
https://www.stepstone.example.de/stellenangebote--Senior-Data-Engineer--1190

Absage bekommen? So bleiben Sie motiviert - unsere Tipps im Karriere-Ratgeber.

Jobagent bearbeiten | Abmelden | Datenschutz""")

add("other", "de_karriere_newsletter_absage", "de", "", "",
    frm=("karriereNOW Newsletter", "newsletter@karrierenow.example.de"),
    subject="Absage nach dem Vorstellungsgespräch – was jetzt?", html="alt", style="corporate", enc="qp",
    headers=listhdr("<newsletter.karrierenow.example.de>", "https://karrierenow.example.de/newsletter/abmelden"),
    text="""Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz sorgt für so viel Frust. In unserer neuen Ausgabe erklären wir, wie Sie auf eine Absage professionell reagieren, warum eine kurze Dankes-Mail Türen offen hält und wie Sie um ein ehrliches Feedback bitten.

Außerdem: Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig.

Zum Artikel: https://karrierenow.example.de/ratgeber/absage-reagieren

Sie erhalten diesen Newsletter, weil Sie sich auf karrierenow.example.de angemeldet haben. Abmelden""")

add("other", "de_wohnung_absage", "de", "", "vermietung@hausverwaltung-berger.example.de",
    frm=("Hausverwaltung Berger", "vermietung@hausverwaltung-berger.example.de"),
    subject="Ihre Mietinteressentenbewerbung – Weserstraße 14", charset="iso-8859-1", enc="qp",
    text="""Sehr geehrter Herr Silva,

vielen Dank für Ihr Interesse an der Wohnung in der Weserstraße 14, 2. OG links, und für Ihre Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Wir wünschen Ihnen weiterhin viel Erfolg bei der Wohnungssuche.

Mit freundlichen Grüßen
Jutta Berger
Hausverwaltung Berger""")

add("other", "de_paket_verspaetet", "de", "", "",
    frm=("Paketdienst Blitz", "benachrichtigung@blitz-paket.example.de"),
    subject="Ihre Sendung verspätet sich", html="only", style="corporate", enc="b64",
    text="""Hallo Tomás Silva,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094022115. Grund: hohes Sendungsaufkommen im Verteilzentrum.

Neuer voraussichtlicher Zustelltermin: Dienstag, 17.03.2026

Sendung verfolgen: https://blitz-paket.example.de/track?id=00340434161094022115

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""")

add("other", "de_freund_erzaehlt_absage", "de", "", "felix.brandt@example.de",
    frm=("Felix Brandt", "felix.brandt@example.de"),
    subject="Na toll", enc="8bit",
    text="""Moin Tomás,

kurzes Update von mir: Die Versicherung hat mir heute abgesagt. Nach drei Gesprächen! „Wir haben uns für einen anderen Kandidaten entschieden, dessen Profil besser passt“ – klassisch.

Wie läuft's bei dir mit der Bewerberei? Lass mal wieder telefonieren.

Felix""")

add("other", "de_abwesenheitsnotiz", "de", "Rheinwerk Logistik", "m.schneider@rheinwerk-logistik.example.de",
    frm=("Markus Schneider", "m.schneider@rheinwerk-logistik.example.de"),
    subject="Abwesenheitsnotiz: Vertragsangebot Data Engineer", reply=True,
    headers={"Auto-Submitted": "auto-replied"}, enc="qp",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@rheinwerk-logistik.example.de.

Mit freundlichen Grüßen
Markus Schneider""")

add("other", "de_bank_kreditantrag", "de", "", "",
    frm=("Nordbank Direkt", "service-noreply@nordbank-direkt.example.de"),
    subject="Ihr Kreditantrag ist bei uns eingegangen", enc="qp",
    text="""Sehr geehrter Herr Silva,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 €. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft (Antragsnummer 2026-44871).

Sie erhalten unsere Entscheidung in der Regel innerhalb von zwei Werktagen.

Ihre Nordbank Direkt""")

add("other", "fr_wttj_newsletter", "fr", "", "",
    frm=("Welcome to the Jungle", "hello@welcometothejungle.example.com"),
    subject="Refus après un entretien : comment rebondir 💪", html="only", style="corporate", enc="qp",
    headers=listhdr("<newsletter.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/fr/unsubscribe"),
    text="""Cette semaine dans la newsletter

Refus après un entretien : comment rebondir
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue »… On connaît tous ce mail. Nos conseils pour demander un retour et garder le contact.
https://www.welcometothejungle.example.com/fr/articles/rebondir-refus

Les offres du moment
Data Engineer – Pixelbrume – Paris
Product Analyst – Mistralys – Lyon
https://www.welcometothejungle.example.com/fr/jobs

Se désabonner""")

add("other", "fr_apec_alerte", "fr", "", "",
    frm=("Apec - Alertes offres", "alertes@apec-mail.example.fr"),
    subject="7 nouvelles offres correspondent à votre recherche", html="alt", style="corporate", enc="qp",
    headers=listhdr("<alertes.apec-mail.example.fr>", "https://www.apec.example.fr/alertes/desinscription"),
    text="""Bonjour Tomás,

7 nouvelles offres correspondent à votre alerte « data analyst – Auvergne-Rhône-Alpes » :

Data Analyst Supply Chain (H/F) – Laboratoires Vernier – Lyon 7e
Chargé d'études statistiques (H/F) – Groupe Verlaine Assurances – Villeurbanne

Voir toutes les offres : https://www.apec.example.fr/candidat/recherche-emploi.html

Pour ne plus recevoir cette alerte, cliquez ici.""")

add("other", "fr_admission_master", "fr", "", "",
    frm=("Scolarité Master", "scolarite-master@univ-rhodanie.example.fr"),
    subject="Résultat de votre candidature – Master Science des données", charset="iso-8859-1", enc="qp",
    text="""Monsieur,

Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu votre candidature pour l'admission en Master 2 Science des données au titre de l'année universitaire 2026-2027.

Vous êtes placé en liste complémentaire, rang 14. Vous serez informé par courriel en cas de désistement.

Le service de la scolarité
Université de Rhodanie""")

add("other", "fr_colis_retard", "fr", "", "",
    frm=("Service client Maisonnette", "service-client@maisonnette.example.fr"),
    subject="Votre commande n°MA-77120 : retard de livraison", enc="qp",
    text="""Bonjour Tomás,

Malheureusement, votre commande n°MA-77120 (lampe de bureau Lumen) a pris du retard chez notre transporteur. La nouvelle date de livraison estimée est le vendredi 20 mars.

Nous vous prions de nous excuser pour ce contretemps.

Le service client Maisonnette""")

add("other", "fr_ami_entretien_rate", "fr", "", "julien.morel@example.fr",
    frm=("Julien Morel", "julien.morel@example.fr"),
    subject="Re: ça donne quoi ?", reply=True, enc="8bit",
    text="""Franchement, catastrophe. J'ai raté mon entretien chez le cabinet de conseil : le lien Teams ne marchait pas, j'ai mis 20 minutes à rejoindre et la RH m'a dit qu'ils reprogrammeraient « peut-être ». Ils ne m'ont jamais rappelé.

Bref. Et toi, ça avance tes candidatures ? On se fait un resto samedi ?

Ju""" + intro_quote("Le mar. 10 mars 2026 à 19:02, Tomás Silva <tomas.silva@example.org> a écrit :",
        "Alors, ça donne quoi ton entretien ?"))

add("other", "fr_radio_interview", "fr", "", "l.perret@radiorhone.example.fr",
    frm=("Lucie Perret", "l.perret@radiorhone.example.fr"),
    subject="Demande d'interview – émission « Ville Connectée »", enc="qp",
    text="""Bonjour Tomás,

Je suis journaliste à Radio Rhône et je prépare une émission sur les données ouvertes des transports lyonnais. Votre analyse des retards de tramway a beaucoup circulé.

Accepteriez-vous de répondre à une interview d'une dizaine de minutes, enregistrée par téléphone, la semaine prochaine ?

Bien cordialement,
Lucie Perret
Radio Rhône – Rédaction
04 78 55 20 10""")

add("other", "fr_reponse_automatique", "fr", "Hôtel Le Grand Cerf", "s.dubois@legrandcerf.example.fr",
    frm=("Sophie Dubois", "s.dubois@legrandcerf.example.fr"),
    subject="Réponse automatique : Report de votre entretien", reply=True,
    headers={"Auto-Submitted": "auto-replied"}, enc="qp",
    text="""Bonjour,

Je suis absente du bureau jusqu'au 23 mars inclus. Pour toute demande urgente, merci de contacter l'accueil RH au 01 45 55 32 10.

Cordialement,
Sophie Dubois""")

add("other", "es_infojobs_alerta", "es", "", "",
    frm=("InfoJobs", "alertas@infojobs.example.net"),
    subject="Tienes 9 ofertas nuevas de «analista de datos» en Madrid", html="only", style="corporate", enc="b64",
    headers=listhdr("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/alertas/baja"),
    text="""Hola Tomás,

Estas son las nuevas ofertas de tu alerta:

Analista de Riesgos – Banco Atlántico Sur – Madrid
Data Analyst – Finanzia Pagos – Madrid (híbrido)
Analista BI – Grupo Hostelero Marbella Sol – Málaga

Ver todas: https://www.infojobs.example.net/ofertas-trabajo/madrid/analista-de-datos

Consejo: ¿te han rechazado tras la entrevista? Aprende a pedir feedback.

Darse de baja de esta alerta""")

add("other", "es_tarjeta_solicitud", "es", "", "",
    frm=("Banco Cierzo", "notificaciones@bancocierzo.example.es"),
    subject="Hemos recibido tu solicitud de tarjeta", enc="qp",
    text="""Hola Tomás:

Hemos recibido tu solicitud de la Tarjeta Cierzo Oro. La estamos revisando y te comunicaremos la resolución en un plazo máximo de 72 horas.

Gracias por confiar en Banco Cierzo.

Este mensaje se ha generado automáticamente; por favor, no respondas a este correo.""")

add("other", "es_amiga_rechazo", "es", "", "carla.nunez@example.es",
    frm=("Carla Núñez", "carla.nunez@example.es"),
    subject="qué bajón", enc="8bit",
    text="""Tomi!!

Me acaban de decir que no en la consultora. Después de la entrevista final con el socio y todo 😩 Me dijeron que buscaban a alguien con más experiencia en banca.

¿Tú qué tal con lo del banco? ¿Te llamaron ya? Cuéntame.

Besos,
Carla""")

add("other", "es_mensaje_propio", "es", "Banco Atlántico Sur", "",
    frm=ME, to=("María del Carmen Vidal", "mcarmen.vidal@bancoatlanticosur.example.es"),
    subject="RE: Convocatoria a entrevista - Analista de Riesgos", reply=True, enc="qp",
    text="""Estimada María del Carmen:

Muchas gracias por la convocatoria. Le confirmo mi asistencia a la entrevista del lunes 23 de marzo a las 16:30 en Paseo de la Castellana, 95.

Un cordial saludo,
Tomás Silva""")

add("other", "es_encuesta_candidato", "es", "Constructora Ibérica Ruiz", "",
    frm=("Constructora Ibérica Ruiz", "encuestas@ibericaruiz.example.es"),
    subject="Tu opinión sobre nuestro proceso de selección", html="alt", style="corporate", enc="qp",
    text="""Hola Tomás:

Recientemente participaste en un proceso de selección en Constructora Ibérica Ruiz. Nos gustaría conocer tu opinión para mejorar la experiencia de los candidatos.

La encuesta es anónima y solo te llevará 3 minutos: https://encuestas.ibericaruiz.example.es/c/2219

¡Gracias!
Equipo de Selección""")

if __name__ == "__main__":
    sys.exit(main())
