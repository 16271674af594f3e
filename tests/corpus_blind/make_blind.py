"""Writes the blind corpus: tests/corpus_blind/<kind>/<nnn>_<scenario>.eml and labels.csv.

The corpus measures how well the classifier generalizes, so every message below was written by
hand for this file, without looking at the classifier or the other corpora. This script only
dresses the hand-written text in varied MIME (plain, HTML-only, multipart/alternative,
quoted-printable, base64, 8bit, legacy charsets, RFC 2047 headers, calendar parts, attachments,
quoted reply chains) so that structure varies independently of wording.

Run `python tests/corpus_blind/make_blind.py` to rewrite the outputs; the result is
deterministic (no clock, no randomness), and tests/test_corpus_blind.py checks that the committed
files match. Imports only the standard library.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email import encoders
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
CANDIDATE = "Sam Moreau <sam.moreau@example.com>"
CANDIDATE_ADDR = "sam.moreau@example.com"

# Time zones by name, so that Date headers carry the sender's offset like real mail does.
TZ = {
    "us_e": timezone(timedelta(hours=-5)),
    "us_p": timezone(timedelta(hours=-8)),
    "uk": UTC,
    "cet": timezone(timedelta(hours=1)),
    "cest": timezone(timedelta(hours=2)),
    "ist": timezone(timedelta(hours=5, minutes=30)),
    "aest": timezone(timedelta(hours=10)),
}


@dataclass
class Spec:
    """One hand-written message plus how it should be dressed and labelled."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    sender: str
    subject: str
    body: str
    to: str = CANDIDATE
    reply_to: str = ""
    cc: str = ""
    fmt: str = "plain"  # plain | html | alt
    html_body: str = ""  # hand-written HTML; else derived from body for html/alt
    charset: str = "utf-8"
    cte: str = "qp"  # qp | b64 | 8bit
    when: str = ""  # "2026-03-04 10:15"; else derived from the position in the corpus
    tz: str = "uk"
    headers: dict[str, str] = field(default_factory=dict)
    quote: str = ""  # a reply chain, already formatted by one of the quote helpers
    ics: str = ""  # text/calendar payload
    ics_method: str = "REQUEST"
    attach: str = ""  # file name of a PDF attachment
    reply: bool = False  # a reply in an existing thread (In-Reply-To/References)
    tracking: bool = False  # wrap links in click-tracking redirects in the HTML part
    logo: str = ""  # alt text of a logo image in the HTML part
    footer: str = ""  # unsubscribe/legal footer appended to both parts


SPECS: list[Spec] = []


def add(kind: str, slug: str, lang: str, company: str, contact: str, sender: str, subject: str,
        body: str, **opts: object) -> None:
    """Register one message; the body is dedented so the calls below can be indented."""
    SPECS.append(Spec(kind, slug, lang, company, contact, sender, subject, _dedent(body), **opts))  # type: ignore[arg-type]


def _dedent(text: str) -> str:
    lines = text.strip("\n").split("\n")
    indents = [len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(ln[cut:] for ln in lines).rstrip() + "\n"


# --- reply-chain helpers ---------------------------------------------------------------------

def _prefixed(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in _dedent(text).rstrip("\n").split("\n"))


def q_gmail(who: str, when: str, text: str) -> str:
    return f"On {when}, {who} wrote:\n{_prefixed(text)}\n"


def q_outlook(who: str, when: str, to: str, subject: str, text: str) -> str:
    return (f"________________________________\nFrom: {who}\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{_dedent(text)}")


def q_de(who: str, when: str, text: str) -> str:
    return f"Am {when} schrieb {who}:\n{_prefixed(text)}\n"


def q_fr(who: str, when: str, text: str) -> str:
    return f"Le {when}, {who} a écrit :\n{_prefixed(text)}\n"


def q_es(who: str, when: str, text: str) -> str:
    return f"El {when}, {who} escribió:\n{_prefixed(text)}\n"


def q_forward(who: str, when: str, subject: str, to: str, text: str) -> str:
    return (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {to}\n\n{_dedent(text)}")


# --- calendar helper -------------------------------------------------------------------------

def ics(uid: str, start: str, minutes: int, summary: str, organizer: str, *, method: str = "REQUEST",
        status: str = "CONFIRMED", sequence: int = 0, location: str = "", description: str = "",
        tzid: str = "") -> str:
    """A minimal but valid VCALENDAR with one VEVENT; start is "YYYYMMDDTHHMM" (UTC unless tzid)."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M")
    end = begin + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%S"
    if tzid:
        dt = (f"DTSTART;TZID={tzid}:{begin.strftime(fmt)}\r\n"
              f"DTEND;TZID={tzid}:{end.strftime(fmt)}\r\n")
    else:
        dt = f"DTSTART:{begin.strftime(fmt)}Z\r\nDTEND:{end.strftime(fmt)}Z\r\n"
    name, addr = parseaddr(organizer)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
        dt.rstrip("\r\n"), f"SUMMARY:{summary}", f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN=Sam Moreau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE_ADDR}",
        f"STATUS:{status}", f"SEQUENCE:{sequence}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# --- MIME assembly ---------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\")]+")


def _domain(addr: str) -> str:
    return parseaddr(addr)[1].rpartition("@")[2] or "example.com"


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _text_part(text: str, subtype: str, spec: Spec) -> MIMEText:
    cs = email_charset.Charset(spec.charset)
    cs.body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}[spec.cte]
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        pass
    else:
        if spec.cte == "8bit":
            cs = email_charset.Charset("us-ascii")
    part = MIMEText(text, subtype, cs)  # type: ignore[arg-type]
    if spec.cte == "8bit" and str(cs) != "us-ascii":
        del part["Content-Transfer-Encoding"]
        part.set_payload(text.encode(spec.charset).decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def _linkify(text: str, spec: Spec) -> str:
    def repl(m: re.Match[str]) -> str:
        url = m.group(0)
        href = url
        if spec.tracking:
            href = (f"https://click.{_domain(spec.sender)}/ls/click?upn="
                    f"{_digest(url, spec.slug)}{_digest(spec.slug, url)}")
        return f'<a href="{html.escape(href)}" style="color:#1a73e8;text-decoration:underline">' \
               f"{html.escape(url)}</a>"

    out = []
    pos = 0
    for m in _URL.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(repl(m))
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _to_html(spec: Spec, text: str) -> str:
    """Corporate-looking HTML for a plain body: layout tables, inline styles, logo, tracking."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = []
    for p in paras:
        if p.startswith(">") or (p.startswith("On ") and "wrote:" in p):
            inner = _linkify(p, spec).replace("\n", "<br>\n")
            cells.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
        else:
            inner = _linkify(p, spec).replace("\n", "<br>\n")
            cells.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;'
                         f'font-size:14px;line-height:20px;color:#333333">{inner}</p>')
    logo = ""
    if spec.logo:
        logo = (f'<tr><td style="padding:18px 24px"><img src="https://cdn.{_domain(spec.sender)}'
                f'/assets/logo.png" width="120" alt="{html.escape(spec.logo)}" '
                f'style="display:block;border:0"></td></tr>\n')
    pixel = ""
    if spec.tracking:
        pixel = (f'<img src="https://t.{_domain(spec.sender)}/o/{_digest(spec.slug)}.gif" '
                 f'width="1" height="1" alt="" style="display:none">')
    body = "\n".join(cells)
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset={spec.charset}"><meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;padding:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background:#f4f4f4"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
        'style="background:#ffffff;border:1px solid #e0e0e0">\n'
        f'{logo}<tr><td style="padding:8px 24px 24px 24px">\n{body}\n</td></tr>\n'
        f'</table>\n</td></tr></table>{pixel}\n</body></html>\n'
    )


def _header(value: str, spec: Spec) -> str | Header:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "iso-8859-1" if spec.charset == "iso-8859-1" else "utf-8")


def _address(value: str, spec: Spec) -> str:
    out = []
    for chunk in value.split(";"):
        name, addr = parseaddr(chunk.strip())
        out.append(formataddr((name, addr), charset="utf-8"))
    return ", ".join(out)


# Dates that the story needs (local time of the sender); the rest are spread over 2026.
WHEN = {
    "greenhouse_soft_aligned": "2026-02-03 14:05", "hm_sick_move": "2026-01-28 21:30",
    "hm_mobile_terse": "2026-02-16 08:40", "outlook_chain_reply": "2026-03-10 16:15",
    "own_sent_reply_to_rejection": "2026-03-10 19:02", "de_nach_interview_reply": "2026-03-11 11:20",
    "fr_apres_entretiens": "2026-03-17 10:05", "phone_screen_plain": "2026-04-14 09:12",
    "tried_calling": "2026-04-22 11:20", "ics_onsite_invite": "2026-04-29 15:30",
    "ics_updated_time": "2026-05-05 08:50", "agency_excited_next_round": "2026-04-08 12:10",
    "agency_client_postponed": "2026-04-13 09:30",
    "agency_offer_news": "2026-04-28 18:00", "teams_ics_panel": "2026-05-08 10:00",
    "ics_cancelled": "2026-05-15 14:00", "indian_kindly_revert": "2026-04-22 12:30",
    "indian_postponed": "2026-04-27 10:15", "indian_not_attended": "2026-04-30 15:25",
    "indian_offer_letter": "2026-05-08 11:00", "workday_interview_scheduled": "2026-05-26 09:00",
    "workday_rescheduled": "2026-05-29 11:00", "conditional_offer_background": "2026-06-10 08:30",
    "zoom_invite_forwarded_by_coord": "2026-05-11 17:02", "zoom_link_and_time_changed": "2026-05-12 13:00",
    "second_round_soft": "2026-04-07 11:20", "own_sent_accepting_interview": "2026-04-07 13:45",
    "cancel_role_paused_before_interview": "2026-04-08 16:00", "de_einladung_formal": "2026-04-30 10:00",
    "de_termin_verschieben": "2026-05-07 10:30", "de_vertragsangebot": "2026-05-22 09:15",
    "de_zweite_runde_ics": "2026-05-13 16:20", "de_nicht_erschienen": "2026-05-21 14:45",
    "de_abwesenheit_recruiter": "2026-05-26 08:01", "fr_convocation_entretien": "2026-05-05 09:40",
    "fr_report_entretien": "2026-05-13 09:00", "fr_promesse_embauche": "2026-05-29 11:30",
    "fr_cabinet_teams": "2026-04-30 11:00", "fr_absence_entretien": "2026-05-07 15:30",
    "fr_absence_recruteur": "2026-05-11 07:00", "es_entrevista_formal": "2026-05-15 12:00",
    "es_cambio_hora": "2026-05-20 12:00", "es_oferta_formal": "2026-06-05 10:00",
    "es_llamada_rapida": "2026-04-30 18:30", "es_cancelada_reagendar": "2026-05-05 20:10",
    "es_prueba_tecnica_siguiente_fase": "2026-05-27 17:10", "es_no_se_presento": "2026-06-02 10:55",
    "es_fuera_oficina_recruiter": "2026-05-20 12:30", "teams_no_join": "2026-03-05 14:40",
    "linkedin_recruiter_interview": "2026-03-02 09:10", "recruiter_personal_got_cv": "2026-02-24 16:00",
    "hm_mobile_waiting": "2026-03-10 10:25", "hm_direct_casual": "2026-03-03 07:45",
    "own_sent_thank_you": "2026-03-12 17:20", "recruiter_no_show_formal": "2026-03-26 14:10",
    "after_onsite_soft": "2026-04-20 10:00", "recruiter_out_of_office": "2026-05-12 09:00",
    "agency_client_waited": "2026-03-03 09:55", "agency_relayed": "2026-03-20 15:00",
    "standup_calendar_notification": "2026-05-11 18:00", "de_verpasst_locker": "2026-04-22 16:40",
    "de_agentur_telefon": "2026-04-17 10:00", "calendly_link": "2026-04-02 10:30",
    "verbal_followup_offer_letter": "2026-05-20 17:30", "greenhouse_thanks_applying": "2026-03-28 22:14",
    "coordinator_need_to_reschedule": "2026-03-24 16:40", "ashby_self_schedule": "2026-03-19 12:00",
    "de_duzen_kennenlernen": "2026-03-16 09:30", "de_absage_termin_kurz": "2026-03-18 17:45",
    "de_zusage_duzen": "2026-04-10 15:00", "fr_visio_prochaine_etape": "2026-03-25 10:10",
    "fr_annulation_poste_gele": "2026-03-30 18:20", "uk_pleased_to_offer": "2026-05-14 10:00",
    "uk_shant_progressing": "2026-02-20 12:00", "uk_public_sector_ack": "2026-03-30 20:31",
}


def build(spec: Spec, index: int) -> Message:
    """Dress one spec as a complete RFC 5322 message."""
    text = spec.body + ("\n" + spec.quote if spec.quote else "") + (
        "\n" + _dedent(spec.footer) if spec.footer else "")
    if spec.fmt == "plain":
        root: Message = _text_part(text, "plain", spec)
    else:
        html_text = spec.html_body or _to_html(spec, text)
        html_part = _text_part(html_text, "html", spec)
        if spec.fmt == "html":
            root = html_part
        else:
            root = MIMEMultipart("alternative")
            root.attach(_text_part(text, "plain", spec))
            root.attach(html_part)
    if spec.ics:
        cal = MIMEText(spec.ics, "calendar", "utf-8")
        cal.set_param("method", spec.ics_method)
        if isinstance(root, MIMEMultipart) and root.get_content_subtype() == "alternative":
            root.attach(cal)
        else:
            alt = MIMEMultipart("alternative")
            alt.attach(root)
            alt.attach(cal)
            root = alt
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        invite = MIMEApplication(spec.ics.encode(), "ics", Name="invite.ics")
        invite.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(invite)
        root = mixed
    if spec.attach:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        pdf = MIMEBase("application", "pdf")
        pdf.set_payload(b"%PDF-1.4\n% placeholder document for the test corpus\n%%EOF\n")
        encoders.encode_base64(pdf)
        pdf.add_header("Content-Disposition", "attachment", filename=spec.attach)
        mixed.attach(pdf)
        root = mixed

    tz = TZ[spec.tz]
    stamp = spec.when or WHEN.get(spec.slug, "")
    if stamp:
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    else:
        base = datetime(2026, 1, 6, 8, 0, tzinfo=tz)
        when = base + timedelta(days=(index * 37) % 300, minutes=(index * 137) % 600)
    domain = _domain(spec.sender)
    root["From"] = _address(spec.sender, spec)
    root["To"] = _address(spec.to, spec)
    if spec.cc:
        root["Cc"] = _address(spec.cc, spec)
    if spec.reply_to:
        root["Reply-To"] = _address(spec.reply_to, spec)
    root["Subject"] = _header(spec.subject, spec)
    root["Date"] = format_datetime(when)
    root["Message-ID"] = f"<{_digest(spec.slug, str(index))}.{when:%Y%m%d%H%M}@{domain}>"
    if spec.reply or spec.quote or spec.subject.lower().startswith(("re:", "aw:", "re :", "rv:")):
        parent = f"<{_digest('parent', spec.slug)}@{_domain(spec.to) if spec.quote else domain}>"
        root["In-Reply-To"] = parent
        root["References"] = f"<{_digest('root', spec.slug)}@{domain}> {parent}"
    for key, value in spec.headers.items():
        root[key] = _header(value, spec)
    for number, part in enumerate(root.walk()):
        if part.is_multipart():  # fixed boundaries keep the output reproducible
            part.set_boundary(f"----=_Part_{number}_{_digest(spec.slug, str(number))}")
    return root


def _serialize(msg: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


def write(outdir: Path) -> list[tuple[str, str, str, str, str]]:
    """Write every message and labels.csv under outdir; returns the label rows."""
    rows = []
    counters = dict.fromkeys(KINDS, 0)
    seen: set[str] = set()
    for index, spec in enumerate(SPECS):
        if spec.kind not in KINDS:
            raise ValueError(f"{spec.slug}: unknown kind {spec.kind}")
        if spec.slug in seen:
            raise ValueError(f"duplicate scenario name {spec.slug}")
        seen.add(spec.slug)
        counters[spec.kind] += 1
        rel = f"{spec.kind}/{counters[spec.kind]:03d}_{spec.slug}.eml"
        path = outdir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_serialize(build(spec, index)))
        rows.append((rel, spec.kind, spec.company, spec.contact, spec.lang))
    with (outdir / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["file", "kind", "company", "contact", "language"])
        out.writerows(rows)
    return rows


# =============================================================================================
# The messages. Company = the employer as a person would write it ("" when the mail is not from
# or about an employer). Contact = Reply-To if human, else the human sender, else "".
# =============================================================================================

# --- rejections ------------------------------------------------------------------------------

add("rejection", "greenhouse_soft_aligned", "en", "Halvorsen Logistics", "",
    "Halvorsen Logistics <no-reply@us.greenhouse-mail.io>",
    "Your application to Halvorsen Logistics",
    """
    Hi Sam,

    Thank you for your interest in the Senior Data Engineer position at Halvorsen Logistics and for
    the time you invested in applying.

    After careful review, we've decided to pursue other candidates whose background more closely
    aligns with the needs of the role at this time. This was not an easy decision, as we received
    applications from many talented people.

    We will keep your details on file and encourage you to keep an eye on our careers page for
    future openings: https://boards.greenhouse.io/halvorsenlogistics

    All the best in your search,
    Talent Acquisition | Halvorsen Logistics
    """, fmt="alt", logo="Halvorsen Logistics", tracking=True, tz="us_e")

add("rejection", "hm_mobile_terse", "en", "Pinecrest Robotics", "d.okafor@pinecrest-robotics.test",
    "Daniel Okafor <d.okafor@pinecrest-robotics.test>", "Re: Thursday",
    """
    Sam - thanks for your time thursday, really enjoyed it. unfortunately we're going with someone
    with more embedded experience. good luck out there

    D

    Sent from my iPhone
    """, quote=q_gmail("Sam Moreau <sam.moreau@example.com>", "Fri, Feb 13, 2026 at 9:02 AM", """
    Hi Daniel,

    Thanks again for the conversation yesterday. I really enjoyed hearing about the firmware
    roadmap. Happy to answer anything else.

    Best,
    Sam
    """), tz="us_p")

add("rejection", "uk_shant_progressing", "en", "Marlow & Finch", "recruitment@marlowfinch.test",
    "Marlow & Finch Recruitment <recruitment@marlowfinch.test>", "Application update - Ref MF-2231",
    """
    Dear Sam,

    Thank you for taking the time to apply for the role of Business Analyst with Marlow & Finch.

    We have now reviewed all applications against the criteria for the post and I am sorry to say
    that on this occasion we shan't be progressing your application further.

    We appreciate this will be disappointing news. Should you wish to be considered for future
    vacancies, please do register for job alerts on our website.

    Kind regards,

    Harriet Blythe
    Resourcing Advisor
    Marlow & Finch LLP | 12 Aldgate Row, London EC3N 1AA
    T: +44 20 7946 0321

    This email and any attachments are confidential and intended solely for the addressee. If you
    have received it in error please notify the sender and delete it. Marlow & Finch LLP is a
    limited liability partnership registered in England and Wales (OC000000).
    """)

add("rejection", "india_regret_to_inform", "en", "Sundaram Infotech", "hr.careers@sundaraminfotech.test",
    "HR Team <hr.careers@sundaraminfotech.test>", "Regarding your candidature",
    """
    Dear Candidate,

    Greetings from Sundaram Infotech!!

    With reference to your candidature for the position of Lead QA Engineer, we regret to inform
    you that your profile has not been shortlisted for the further process. Kindly note your
    resume shall be kept in our database and we shall revert in case any suitable opening comes
    up in future.

    Wishing you all the very best for your future endeavours.

    Thanks & Regards,
    Talent Acquisition Team
    Sundaram Infotech Pvt. Ltd.
    Chennai | Bengaluru | Pune
    """, tz="ist")

add("rejection", "after_onsite_soft", "en", "Lumen Harbor", "priya.nair@lumenharbor.test",
    "Priya Nair <priya.nair@lumenharbor.test>", "Following up",
    """
    Hi Sam,

    I wanted to reach out personally after your onsite last week. The team really appreciated the
    thought you put into the system design session, and several people mentioned your questions
    about the on-call model.

    That said, after a lot of discussion the team has decided not to move forward with an offer.
    The main gap was depth with large-scale stream processing, which is a big part of this role
    day to day. I know that's not the news you were hoping for.

    If it's helpful I'm happy to jump on a 10 minute call to share more detail. And I'd genuinely
    like to stay in touch - we open roles on the platform team a couple of times a year.

    Warmly,
    Priya
    --
    Priya Nair | Senior Technical Recruiter
    Lumen Harbor
    """, fmt="alt", tz="us_p")

add("rejection", "takehome_feedback", "en", "Corvid Labs", "hiring@corvidlabs.test",
    "Tom Reyes <tom@corvidlabs.test>", "Take-home review",
    """
    Hey Sam,

    Thanks for sending the take-home back so quickly. We reviewed it as a group on Monday.

    Honest feedback: the API design was clean, but the solution didn't handle the concurrency part
    of the brief (two writers on the same ledger), and the tests only covered the happy path.
    Given that, we're not going to move you on to the final round.

    Appreciate the effort you put in, I know these things take an evening or two.

    Tom
    Eng Manager, Corvid Labs
    """, reply_to="Corvid Labs Hiring <hiring@corvidlabs.test>", cte="8bit")

add("rejection", "position_filled", "en", "Ostrava Foods", "",
    "Ostrava Foods Careers <careers-noreply@ostravafoods.test>", "Update",
    """
    Dear Sam Moreau,

    Thank you for applying for Supply Chain Analyst (Req 44871).

    We wanted to let you know that this position has now been filled. As a result we are no
    longer considering applications for it, including yours.

    We appreciate your interest in Ostrava Foods.

    Ostrava Foods Talent Team
    This mailbox is not monitored. Please do not reply to this email.
    """, fmt="html", tz="cet")

add("rejection", "role_on_hold", "en", "Brightwater Health", "m.chen@brightwaterhealth.test",
    "Melissa Chen <m.chen@brightwaterhealth.test>", "Re: Product Manager, Patient Apps",
    """
    Hi Sam,

    I'm sorry for the slow reply. I have some frustrating news: the Product Manager, Patient Apps
    role has been put on hold following a budget review, and we will not be proceeding with the
    search this year. That means we have to close out all candidates in process, including you.

    This has nothing to do with your interviews, which went well. If the role reopens I will
    reach out directly.

    Melissa Chen
    People Partner, Brightwater Health
    (617) 555-0143
    """, reply=True, tz="us_e")

add("rejection", "role_cancelled_workday", "en", "Veridian Mutual", "",
    "Veridian Mutual <veridianmutual@myworkday.com>",
    "Veridian Mutual - Status of Your Application",
    """
    Dear Sam,

    Thank you for your interest in Veridian Mutual. We are writing to inform you that the
    requisition R-10522 Actuarial Systems Developer has been cancelled and is no longer
    available.

    Your candidate profile will remain active in our system. You can view your applications and
    apply for other roles at any time by signing in to your candidate home account.

    Sincerely,
    Veridian Mutual Talent Acquisition

    ***This is an automated message, replies are not monitored***
    """, fmt="html", cte="b64", tz="us_e")

add("rejection", "very_short", "en", "Quillfeather", "ana@quillfeather.test",
    "Ana Whitfield <ana@quillfeather.test>", "Re: Content Designer",
    """
    Thanks for your time, but we won't be moving forward. Best of luck!

    Ana
    """, reply=True)

add("rejection", "agency_relayed", "en", "Stonebridge Capital", "olivia.grant@talentbridge-search.test",
    "Olivia Grant <olivia.grant@talentbridge-search.test>", "Stonebridge feedback",
    """
    Hi Sam,

    Hope you're well! I've just come off the phone with the hiring team at Stonebridge Capital
    and unfortunately they've decided not to take you forward to the final stage. They were really
    complimentary about your communication but felt another candidate had more direct buy-side
    experience.

    I know it's gutting after three rounds. Let's jump on a call this week - I've got a couple of
    other roles I think you'd be perfect for!!

    Olivia

    Olivia Grant | Senior Consultant, Financial Technology
    TalentBridge Search | +44 7700 900 412
    """, tz="uk")

add("rejection", "lever_after_screen", "en", "Fennel & Moss", "jules@fennelandmoss.test",
    "Jules Park <no-reply@hire.lever.co>", "Fennel & Moss - Brand Designer",
    """
    Hi Sam,

    Thanks so much for chatting with me last week about the Brand Designer opening at Fennel & Moss.

    We've now finished our first round of conversations, and while your portfolio has some lovely
    work in it, we're going to move ahead with other applicants for the next stage. We had an
    unusually strong pool and had to make some hard calls.

    Thanks again, and I hope our paths cross again.

    Jules
    """, reply_to="Jules Park <jules@fennelandmoss.test>", fmt="alt", tz="us_p")

add("rejection", "dutch_english", "en", "Van Dijk Mobility", "e.bakker@vandijkmobility.test",
    "Eva Bakker <e.bakker@vandijkmobility.test>", "Your application Backend Developer",
    """
    Dear Sam,

    Thank you for your application and for the nice conversation last Tuesday with me and Joris.

    We have discussed your profile in the team. Unfortunately we have decided not to continue with
    your application. We are looking for someone with more experience in Kotlin and with working
    on-site in Utrecht three days per week, and in the end this did not match enough.

    We wish you a lot of success with finding a new job.

    With kind regards,

    Eva Bakker
    Recruiter | Van Dijk Mobility B.V.
    """, tz="cet")

add("rejection", "italian_english", "en", "Ferretti Design Studio", "giulia.romano@ferrettidesign.test",
    "Giulia Romano <giulia.romano@ferrettidesign.test>", "Feedback selection process",
    """
    Dear Sam,

    first of all thank you very much for the time you dedicated to our selection process and for
    the interesting interview with our Creative Director.

    We inform you that, after a careful evaluation, we have chosen to proceed with another
    candidate whose profile is more in line with our current needs.

    We will keep your CV in our database for future opportunities.

    Best regards,
    Giulia Romano
    HR Office - Ferretti Design Studio S.r.l.
    Via dei Mille 14, Milano

    Ai sensi del Regolamento UE 2016/679 (GDPR) i dati personali saranno trattati esclusivamente
    per finalità di selezione del personale.
    """, charset="iso-8859-1", tz="cet")

add("rejection", "australian_unsuccessful", "en", "Kookaburra Energy", "careers@kookaburraenergy.test",
    "Kookaburra Energy Careers <careers@kookaburraenergy.test>",
    "Your application - Grid Analyst (Job ID 7781)",
    """
    G'day Sam,

    Thanks for applying for the Grid Analyst role with Kookaburra Energy.

    We've now assessed all applications and unfortunately you haven't been successful on this
    occasion. We know that's not what you wanted to hear and appreciate the effort you put in.

    Cheers,
    The Kookaburra Energy Talent Team
    """, tz="aest")

add("rejection", "smartrecruiters_template", "en", "Norrland Outdoor", "",
    "Norrland Outdoor <noreply@smartrecruiters.com>", "Thank you for your application",
    """
    Dear Sam,

    We would like to thank you for your interest in the position E-commerce Manager at Norrland
    Outdoor.

    Unfortunately, we are unable to offer you an interview at this time. We have carefully
    reviewed your application and while your skills and experience are impressive, we have
    decided to proceed with candidates whose qualifications better match our requirements.

    We wish you every success in your job search.

    Kind regards,
    Norrland Outdoor Recruitment Team
    """, fmt="html", logo="Norrland Outdoor", tracking=True, tz="cet")

add("rejection", "after_final_call_summary", "en", "Atlas Freight", "brent.hollis@atlasfreight.test",
    "Brent Hollis <brent.hollis@atlasfreight.test>", "Quick update",
    """
    Sam,

    Appreciate you coming in for the panel. I'll be straight with you - it was close between you
    and one other person and we went the other way. Decision's final on this one.

    Keep in touch.

    Brent Hollis
    VP Operations | Atlas Freight
    c: 312-555-0198
    """, fmt="alt", tz="us_e")

add("rejection", "icims_not_selected", "en", "Clearwater Bank", "",
    "Clearwater Bank Careers <do-not-reply@clearwaterbank.icims.com>",
    "Clearwater Bank: Application Status Update",
    """
    Sam,

    Thank you for your interest in the Fraud Analytics Lead position with Clearwater Bank.
    After reviewing your background and qualifications, we have selected other candidates for
    this position.

    We encourage you to visit our career site and apply for other positions for which you feel
    qualified.

    Clearwater Bank is an Equal Opportunity Employer. All qualified applicants will receive
    consideration for employment without regard to race, color, religion, sex, sexual
    orientation, gender identity, national origin, disability or veteran status.
    """, fmt="alt", cte="b64", tz="us_e")

add("rejection", "outlook_chain_reply", "en", "Greyfield Consulting", "n.adeyemi@greyfield.test",
    "Ngozi Adeyemi <n.adeyemi@greyfield.test>", "RE: Next steps?",
    """
    Hi Sam,

    Thanks for checking in, and apologies for keeping you waiting. I'm afraid the partners have
    decided not to proceed with your application for the Senior Consultant role. They felt the
    client-facing experience wasn't quite at the level they need right now.

    Do let me know if you'd like more detailed feedback.

    Best wishes,
    Ngozi
    """, quote=q_outlook("Sam Moreau <sam.moreau@example.com>", "Monday, March 9, 2026 8:41 AM",
                         "Ngozi Adeyemi <n.adeyemi@greyfield.test>", "Next steps?", """
    Hi Ngozi,

    I hope you had a good weekend. I wanted to follow up on my interview with the partners on the
    27th - is there any update on next steps? I'm still very interested in the role.

    Kind regards,
    Sam
    """), fmt="alt", tz="uk")

add("rejection", "de_absage_formal", "de", "Kranich Versicherung", "bewerbung@kranich-versicherung.test",
    "Kranich Versicherung AG <bewerbung@kranich-versicherung.test>",
    "Ihre Bewerbung als Softwareentwickler (m/w/d)",
    """
    Sehr geehrter Herr Moreau,

    vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

    Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
    Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist
    keine Bewertung Ihrer Qualifikation; wir hatten uns für Bewerberinnen und Bewerber zu
    entscheiden, deren Profil noch besser zu den Anforderungen der Stelle passt.

    Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
    löschen.

    Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

    Mit freundlichen Grüßen

    Sabine Hoffmann
    Personalabteilung
    Kranich Versicherung AG · Königsallee 40 · 40212 Düsseldorf
    Vorstand: Dr. K. Lenz (Vors.), M. Otte · Amtsgericht Düsseldorf HRB 00000
    """, charset="iso-8859-1", tz="cet")

add("rejection", "de_personio_absage", "de", "Fuchsbau Games", "",
    "Fuchsbau Games GmbH <noreply@personio.de>", "Rückmeldung zu deiner Bewerbung",
    """
    Hallo Sam,

    danke dir für deine Bewerbung als Game Economy Designer bei Fuchsbau Games und die Zeit, die
    du dir dafür genommen hast!

    Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende leider für jemand anderen
    entschieden. Das ist uns nicht leichtgefallen.

    Wir würden uns freuen, wenn du uns trotzdem weiter folgst - vielleicht passt es ja beim
    nächsten Mal!

    Viele Grüße
    dein Fuchsbau-Team
    """, fmt="alt", logo="Fuchsbau Games Logo", tz="cet")

add("rejection", "de_nach_interview_reply", "de", "Elbtal Medizintechnik", "t.vogel@elbtal-med.test",
    "Thomas Vogel <t.vogel@elbtal-med.test>", "AW: Gespräch am Dienstag",
    """
    Hallo Herr Moreau,

    danke für Ihre Nachricht. Leider muss ich Ihnen nach Rücksprache mit der Fachabteilung
    absagen – wir haben uns für einen Kandidaten mit mehr Erfahrung in der Medizinprodukte-
    Zulassung entschieden.

    Beste Grüße
    Thomas Vogel
    """, quote=q_de("Sam Moreau <sam.moreau@example.com>", "10.03.2026 um 09:14", """
    Hallo Herr Vogel,

    vielen Dank nochmals für das angenehme Gespräch am Dienstag. Gibt es schon einen Zeitplan für
    die nächsten Schritte?

    Viele Grüße
    Sam Moreau
    """), cte="8bit", tz="cet")

add("rejection", "de_stelle_besetzt", "de", "Stadtwerke Lindenau", "",
    "Stadtwerke Lindenau <karriere-noreply@stadtwerke-lindenau.test>",
    "Stellenbesetzung: Sachbearbeitung Controlling",
    """
    Sehr geehrte Bewerberin, sehr geehrter Bewerber,

    die oben genannte Stelle konnte inzwischen besetzt werden. Wir bedanken uns für Ihr Interesse
    und senden Ihnen Ihre Unterlagen nicht zurück, da die Bewerbung digital eingegangen ist.

    Mit freundlichen Grüßen
    Stadtwerke Lindenau GmbH - Personal
    """, charset="windows-1252", tz="cet")

add("rejection", "fr_refus_formel", "fr", "Groupe Valmont", "recrutement@groupe-valmont.test",
    "Recrutement Groupe Valmont <recrutement@groupe-valmont.test>",
    "Votre candidature - Chef de projet digital",
    """
    Bonjour Monsieur Moreau,

    Nous vous remercions de l'intérêt que vous portez au Groupe Valmont et de votre candidature au
    poste de Chef de projet digital.

    Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
    ne sommes pas en mesure d'y donner une suite favorable. Nous avons en effet retenu des profils
    correspondant davantage aux exigences du poste.

    Nous vous souhaitons pleine réussite dans vos recherches.

    Bien cordialement,

    Claire Dubois
    Chargée de recrutement – Groupe Valmont
    """, fmt="alt", tz="cet")

add("rejection", "fr_startup_tutoiement", "fr", "Mistral Paysages", "lucas@mistral-paysages.test",
    "Lucas Bernard <lucas@mistral-paysages.test>", "Suite à notre échange",
    """
    Salut Sam,

    Merci encore pour ton temps mardi et pour le cas pratique, on a bien aimé ta façon de
    présenter.

    Après en avoir discuté avec l'équipe, on a décidé de ne pas aller plus loin ensemble pour ce
    poste : on cherche quelqu'un de plus senior sur la partie data. Je suis désolé, je sais que tu
    y as passé du temps.

    Bonne continuation et n'hésite pas à garder un œil sur nos offres !

    Lucas
    CTO @ Mistral Paysages
    """, cte="8bit", tz="cet")

add("rejection", "fr_welcome_ats", "fr", "Atelier Sorbier", "",
    "Atelier Sorbier <no-reply@welcomekit.co>", "Candidature Atelier Sorbier",
    """
    Bonjour Sam,

    Merci pour votre candidature au poste de Responsable e-commerce chez Atelier Sorbier.

    Malheureusement, votre profil n'a pas été retenu pour la suite du processus. Nous avons reçu
    de nombreuses candidatures de qualité et le choix a été difficile.

    Nous vous souhaitons bonne chance pour la suite.

    L'équipe Atelier Sorbier
    """, fmt="html", logo="Atelier Sorbier", tracking=True, cte="b64", tz="cet")

add("rejection", "fr_apres_entretiens", "fr", "Cabinet Lestrade", "m.lefevre@cabinet-lestrade.test",
    "Marion Lefèvre <m.lefevre@cabinet-lestrade.test>", "RE: Entretien du 12 mars",
    """
    Bonjour Sam,

    Je reviens vers vous suite à votre entretien avec les associés. Malgré les qualités de votre
    parcours, ils ont fait le choix d'une autre candidate, dont l'expérience en droit social est
    plus directement opérationnelle.

    Je vous remercie sincèrement pour votre disponibilité tout au long du processus.

    Bien à vous,
    Marion Lefèvre
    Responsable RH | Cabinet Lestrade Avocats
    01 84 88 00 00
    """, charset="iso-8859-1", reply=True, tz="cet")

add("rejection", "es_descartado_formal", "es", "Grupo Alcázar", "seleccion@grupoalcazar.test",
    "Selección Grupo Alcázar <seleccion@grupoalcazar.test>",
    "Proceso de selección - Analista Financiero",
    """
    Estimado Sam:

    Le agradecemos sinceramente su interés en formar parte de Grupo Alcázar y el tiempo dedicado
    al proceso de selección para el puesto de Analista Financiero.

    Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido
    continuar con otros perfiles que se ajustan más a las necesidades actuales del puesto.

    Conservaremos su currículum para futuros procesos, salvo que nos indique lo contrario.

    Reciba un cordial saludo,

    Departamento de Recursos Humanos
    Grupo Alcázar S.A.

    AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
    destinatario y pueden contener información confidencial.
    """, charset="windows-1252", tz="cet")

add("rejection", "es_informal_startup", "es", "Tortuga Pagos", "marta@tortugapagos.test",
    "Marta Iglesias <marta@tortugapagos.test>", "Re: Entrevista técnica",
    """
    Hola Sam!

    Gracias por la entrevista técnica del jueves. Al final hemos decidido seguir con otra persona
    que tiene más experiencia con pagos en tiempo real, así que no vamos a continuar con tu
    candidatura esta vez.

    Te deseo mucha suerte, de verdad. Un abrazo,
    Marta
    """, reply=True, cte="8bit", tz="cet")

add("rejection", "es_puesto_cancelado", "es", "Lumbre Energía", "",
    "Lumbre Energía <empleo-noreply@lumbreenergia.test>", "Actualización de tu candidatura",
    """
    Hola Sam,

    Te escribimos para informarte de que la vacante de Ingeniero/a de Datos a la que te
    presentaste ha quedado cancelada por cambios organizativos, por lo que no seguiremos adelante
    con el proceso.

    Gracias por tu interés en Lumbre Energía.

    Equipo de Talento
    """, fmt="alt", tz="cet")

add("rejection", "es_mexico_agencia", "es", "Banco Tlaloc", "rocio.mendez@talentomx.test",
    "Rocío Méndez <rocio.mendez@talentomx.test>", "Retroalimentación Banco Tlaloc",
    """
    Hola Sam, ¿cómo estás?

    Te comento que ya tuve respuesta del cliente (Banco Tlaloc). Lamentablemente decidieron no
    avanzar con tu perfil para la posición de Gerente de Riesgos; buscan a alguien con
    certificación FRM.

    De todas formas sigo con tu CV a la mano por si sale algo que te quede. ¡Saludos!

    Rocío Méndez
    Consultora Sr. | Talento MX
    Cel. +52 55 5555 0199
    """, tz="us_e")

# --- interview invitations -------------------------------------------------------------------

add("interview_invitation", "calendly_link", "en", "Tidepool Analytics", "rachel@tidepoolanalytics.test",
    "Rachel Kim <rachel@tidepoolanalytics.test>", "Tidepool x Sam - next steps",
    """
    Hi Sam,

    Thanks for applying to the Analytics Engineer role! I've had a look through your background
    and I'd love to set up a 30 minute intro call to tell you more about the team and hear about
    what you're looking for.

    You can grab any time that works for you here: https://calendly.com/rachel-tidepool/30min

    Talk soon,
    Rachel

    Rachel Kim | Talent Partner | Tidepool Analytics
    """, fmt="alt", tz="us_p")

add("interview_invitation", "goodtime_panel", "en", "Sablewood Security", "jordan.blake@sablewoodsec.test",
    "Sablewood Security Recruiting <scheduling@goodtime.io>",
    "Action required: select your interview times with Sablewood Security",
    """
    Hi Sam,

    Great news - the Sablewood Security team would like to invite you to the virtual onsite for
    the Detection Engineer position. This consists of four 45-minute sessions:

      - Coding (live, in CoderPad)
      - Threat modelling
      - Incident response deep dive
      - Values and collaboration

    Please choose the times that work best for you using the link below. Availability is shown in
    your local time zone.

    Select times: https://app.goodtime.io/candidate/select/7f3a9c1e

    If none of the times work, reply to your recruiter Jordan Blake (jordan.blake@sablewoodsec.test).

    Sablewood Security Recruiting
    """, reply_to="Jordan Blake <jordan.blake@sablewoodsec.test>", fmt="html", logo="Sablewood Security",
    tracking=True, tz="us_e")

add("interview_invitation", "phone_screen_plain", "en", "Mapleton Hospital Trust", "k.osei@mapleton-nhs.test",
    "Kwame Osei <k.osei@mapleton-nhs.test>", "Telephone interview - Data Analyst",
    """
    Dear Sam,

    Thank you for your application for the post of Data Analyst (Band 6). I am pleased to invite
    you to a telephone interview with myself and the Head of Information.

    Date: Wednesday 22 April 2026
    Time: 10:30 - 11:00 (UK time)
    We will call you on the mobile number provided in your application.

    Please confirm by reply whether you are able to attend. If the time is not convenient, do let
    me know and we will try to accommodate.

    Kind regards
    Kwame Osei
    Information Services Manager
    Mapleton Hospital Trust
    """, tz="uk")

add("interview_invitation", "quick_chat_mobile", "en", "Foxglove Studio", "hannah@foxglove.studio.test",
    "Hannah Lowe <hannah@foxglove.studio.test>", "Quick question",
    """
    hey Sam! saw your application come through for the motion designer role - would you be free for
    a quick chat tmrw or friday? 15 mins tops, just want to get a feel before i pass you to our AD.
    lmk a time that works

    H

    Sent from my iPhone
    """, cte="8bit", tz="uk")

add("interview_invitation", "ashby_self_schedule", "en", "Quorum Health AI", "",
    "Quorum Health AI <no-reply@ashbyhq.com>", "Schedule your technical interview with Quorum Health AI",
    """
    Hi Sam,

    Thanks for your time on the recruiter screen! We're excited to move you to the next stage: a
    60-minute technical interview with one of our senior engineers. You'll pair on a realistic
    problem in your language of choice.

    Please pick a slot here within the next 3 business days:
    https://jobs.ashbyhq.com/quorum-health-ai/interview/schedule/2c81f0

    Questions? Just reach out to Leah, your recruiting coordinator, at leah.m@quorumhealth.test.

    - The Quorum Health AI Recruiting Team
    """, fmt="alt", tracking=True, tz="us_p")

add("interview_invitation", "ics_onsite_invite", "en", "Harrow & Vale Architects", "s.patel@harrowvale.test",
    "Sunita Patel <s.patel@harrowvale.test>",
    "Invitation: Interview - Sam Moreau / Harrow & Vale @ Thu 7 May 2026 14:00 - 15:30 (BST)",
    """
    You have been invited to the following event.

    Interview - Sam Moreau / Harrow & Vale
    When: Thursday 7 May 2026 14:00 - 15:30 (BST)
    Where: Harrow & Vale Architects, 3rd floor, 18 Clerkenwell Close, London
    Who: Sunita Patel (organiser), James Harrow, Sam Moreau

    Sam - looking forward to meeting you in person. Please bring a few printed portfolio pieces.
    Ask for me at reception. Sunita
    """, ics=ics("hv-interview-20260507@harrowvale.test", "20260507T1300", 90,
                 "Interview - Sam Moreau / Harrow & Vale", "Sunita Patel <s.patel@harrowvale.test>",
                 location="18 Clerkenwell Close\\, London"), tz="uk")

add("interview_invitation", "agency_excited_next_round", "en", "Orbitline Satellites", "chloe@nexushire.test",
    "Chloe Barnes <chloe@nexushire.test>", "GREAT NEWS!!! Orbitline want to meet you",
    """
    Hi Sam!!

    Amazing news - Orbitline Satellites LOVED your CV and want to invite you to a first stage
    interview with their Head of Ground Software!! It'll be 45 mins over Teams.

    They've offered the following slots:
    - Tues 14th April, 11:00
    - Tues 14th April, 15:30
    - Weds 15th April, 09:30

    Can you let me know ASAP which works best and I'll lock it in? I'll send over some prep notes
    on the team beforehand. So excited for you!!!

    Chloe x

    Chloe Barnes | Recruitment Consultant | Nexus Hire
    Mob: 07700 900 771
    """, fmt="alt", logo="Nexus Hire", tz="uk")

add("interview_invitation", "teams_ics_panel", "en", "Kestrel Insurance Group", "",
    "Kestrel Talent Acquisition <talent.noreply@kestrelgroup.test>",
    "Interview confirmation - Solutions Architect - Kestrel Insurance Group",
    """
    Dear Sam,

    We are pleased to confirm your panel interview for the Solutions Architect position.

    Date: Tuesday, May 19, 2026
    Time: 1:00 PM - 2:30 PM Eastern Time
    Format: Microsoft Teams (link in the attached calendar invitation)
    Panel: Gregory Walsh (Director, Enterprise Architecture), Ines Duarte (Principal Engineer),
    Aaron Cole (HR Business Partner)

    Please accept the calendar invitation to confirm. Should you require any accommodations during
    the interview process, please contact Ines Duarte at ines.duarte@kestrelgroup.test.

    Kestrel Insurance Group Talent Acquisition
    This is an automated message. Please do not reply.
    """, fmt="alt", ics=ics("kestrel-panel-8812@kestrelgroup.test", "20260519T1700", 90,
                            "Panel interview: Sam Moreau - Solutions Architect",
                            "Kestrel Talent Acquisition <talent.noreply@kestrelgroup.test>",
                            location="Microsoft Teams Meeting"), tz="us_e")

add("interview_invitation", "hm_direct_casual", "en", "Ridgeback Coffee", "marcus@ridgebackcoffee.test",
    "Marcus Dlamini <marcus@ridgebackcoffee.test>", "your application",
    """
    Hi Sam,

    Marcus here, I run ops at Ridgeback. Liked what I saw in your application for the supply
    planner gig. Any chance you could come by the roastery next week for a chat and a coffee? I'm
    around Tues-Thurs, mornings are best. We're at 40 Foundry Lane.

    Cheers
    Marcus
    """, tz="aest")

add("interview_invitation", "indian_kindly_revert", "en", "Nilgiri Software Services", "deepa.r@nilgirisoft.test",
    "Deepa Raghavan <deepa.r@nilgirisoft.test>", "Interview schedule - Technical Round 1",
    """
    Dear Sam,

    Greetings of the day.

    Further to our telephonic discussion, we are pleased to inform you that your profile has been
    shortlisted for Technical Round 1 for the position of Senior Java Developer.

    Date: 28-Apr-2026
    Time: 11:00 AM IST
    Mode: Virtual (Google Meet link will be shared separately)

    Kindly revert with your confirmation at the earliest along with your updated resume and
    current CTC details.

    Thanks & Regards,
    Deepa Raghavan
    Talent Acquisition | Nilgiri Software Services
    +91 98450 00000
    """, tz="ist")

add("interview_invitation", "workday_interview_scheduled", "en", "Paragon Aerospace", "",
    "Paragon Aerospace <paragonaero@myworkday.com>",
    "Interview Scheduled - Manufacturing Engineer II - R0041192",
    """
    Hello Sam,

    An interview has been scheduled for you for the job requisition R0041192 Manufacturing
    Engineer II.

    Interview Date:        06/02/2026
    Interview Time:        9:00 AM - 11:00 AM PDT
    Location:              Building 4, 2200 Skyway Rd, Everett WA
    Interviewers:          Lopez, Carla; Whitman, Dale

    Please arrive 15 minutes early and bring a government-issued photo ID for your visitor badge.

    To view details, sign in to your candidate home page.

    Paragon Aerospace Talent Acquisition
    """, fmt="html", tz="us_p")

add("interview_invitation", "teamtailor_case_interview", "en", "Nordwind Shipping", "ida.karlsson@nordwind.test",
    "Ida Karlsson via Teamtailor <notifications@teamtailor-mail.com>",
    "Nordwind Shipping: case interview",
    """
    Hi Sam,

    Thank you for the good conversation last week! We would like to invite you to the second step
    in our process, a case interview with two people from the chartering team. You will get the
    case 30 minutes before and present your thoughts.

    Please book a time that suits you: https://nordwind.teamtailor.com/meetings/book/88a1

    Looking forward!
    Ida Karlsson
    Talent Acquisition, Nordwind Shipping
    """, reply_to="Ida Karlsson <ida.karlsson@nordwind.test>", fmt="alt", logo="Nordwind", tracking=True, tz="cet")

add("interview_invitation", "zoom_invite_forwarded_by_coord", "en", "Cobalt Ridge Games", "tess@cobaltridge.test",
    "Tess Morgan <tess@cobaltridge.test>", "Fwd: Zoom: Gameplay Programmer - final round",
    """
    Hi Sam - forwarding the Zoom details from Raj for your final round. Three back to back
    sessions, there's a 10 min break after the second. Good luck, you've got this!

    Tess
    """, quote=q_forward("Raj Menon <raj@cobaltridge.test>", "Mon, May 11, 2026 at 4:10 PM",
                         "Zoom: Gameplay Programmer - final round", "Tess Morgan <tess@cobaltridge.test>", """
    Raj Menon is inviting you to a scheduled Zoom meeting.

    Topic: Gameplay Programmer - final round (Sam Moreau)
    Time: May 14, 2026 10:00 AM Pacific Time (US and Canada)

    Join Zoom Meeting
    https://cobaltridge.zoom.us/j/81234567890
    """), tz="us_p")

add("interview_invitation", "second_round_soft", "en", "Amberline Publishing", "j.hart@amberline.test",
    "Josephine Hart <j.hart@amberline.test>", "Re: your application",
    """
    Dear Sam,

    Thank you for coming in on Monday - we very much enjoyed meeting you. We'd like to invite you
    back for a second conversation, this time with our Publishing Director, Alan Birch, and a
    short editing exercise beforehand.

    Would any of the following suit? Thursday 9th at 2pm, Friday 10th at 11am, or Monday 13th at
    3pm.

    With best wishes,
    Josephine Hart
    Managing Editor, Amberline Publishing
    """, reply=True, charset="windows-1252", tz="uk")

add("interview_invitation", "linkedin_recruiter_interview", "en", "Greenlane Telecom", "bilal.aziz@greenlanetel.test",
    "Bilal Aziz <bilal.aziz@greenlanetel.test>", "Network Automation Engineer - interview",
    """
    Hi Sam,

    Following up on my LinkedIn message - thanks for sending your CV over. The hiring manager
    would like to do a 30 minute video interview with you this week. Are you free Thursday between
    1 and 4pm? I'll send a Teams invite once we have a time.

    Regards,
    Bilal Aziz
    Technical Recruiter, Greenlane Telecom
    """, tz="uk")

add("interview_invitation", "de_einladung_formal", "de", "Bergmann Elektrotechnik", "personal@bergmann-et.test",
    "Bergmann Elektrotechnik GmbH <personal@bergmann-et.test>",
    "Einladung zum Vorstellungsgespräch",
    """
    Sehr geehrter Herr Moreau,

    vielen Dank für Ihre Bewerbung als Projektingenieur (m/w/d). Ihre Unterlagen haben uns
    überzeugt und wir möchten Sie gern persönlich kennenlernen.

    Wir laden Sie daher herzlich zu einem Vorstellungsgespräch ein:

    Termin: Dienstag, 12. Mai 2026, 10:00 Uhr
    Ort: Bergmann Elektrotechnik GmbH, Industriestraße 7, 70565 Stuttgart
    Gesprächspartner: Herr Dipl.-Ing. Weber (Bereichsleitung), Frau Schulz (Personal)

    Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden Ihnen gemäß unserer
    Reisekostenrichtlinie erstattet.

    Mit freundlichen Grüßen

    i.A. Katrin Schulz
    Personalreferentin
    """, charset="iso-8859-1", tz="cest")

add("interview_invitation", "de_duzen_kennenlernen", "de", "Kiezküche", "lena@kiezkueche.test",
    "Lena Krüger <lena@kiezkueche.test>", "Kennenlernen?",
    """
    Hi Sam,

    danke für deine Bewerbung als Product Owner! Wir würden dich gern in einem ersten
    Kennenlernen (ca. 30 Min, per Google Meet) kennenlernen. Such dir einfach einen Slot aus:
    https://calendly.com/lena-kiezkueche/kennenlernen

    Bis bald!
    Lena

    Lena Krüger · People & Culture · Kiezküche GmbH
    """, fmt="alt", cte="8bit", tz="cest")

add("interview_invitation", "de_zweite_runde_ics", "de", "Hanse Logistik", "j.petersen@hanse-logistik.test",
    "Jan Petersen <j.petersen@hanse-logistik.test>", "Zweites Gespräch – Teamlead Disposition",
    """
    Guten Tag Herr Moreau,

    wie telefonisch besprochen sende ich Ihnen anbei die Einladung für das zweite Gespräch mit
    unserer Geschäftsführung am Donnerstag, 21. Mai 2026, 14:00 Uhr, in unserem Büro in Hamburg.

    Bei Fragen erreichen Sie mich jederzeit unter 040 555 0177.

    Freundliche Grüße
    Jan Petersen
    Hanse Logistik GmbH & Co. KG
    """, ics=ics("hanse-2nd-round-5521@hanse-logistik.test", "20260521T1200", 60,
                 "Zweites Gespräch Sam Moreau", "Jan Petersen <j.petersen@hanse-logistik.test>",
                 location="Hanse Logistik\\, Hamburg"), tz="cest")

add("interview_invitation", "de_agentur_telefon", "de", "Alpenblick Pharma", "f.huber@talentwerk.test",
    "Florian Huber <f.huber@talentwerk.test>", "Rückmeldung Alpenblick – Telefoninterview",
    """
    Servus Sam,

    gute Nachrichten: Alpenblick Pharma möchte dich gern zu einem telefonischen Erstgespräch mit
    der Teamleitung Regulatory Affairs einladen. Vorgeschlagen sind Mittwoch 16 Uhr oder Freitag
    9 Uhr. Gib mir kurz Bescheid, was dir besser passt, dann bestätige ich.

    Beste Grüße
    Florian Huber
    Senior Consultant | Talentwerk Personalberatung
    """, tz="cest")

add("interview_invitation", "fr_convocation_entretien", "fr", "Société Générale des Eaux du Rhône", "a.girard@sger.test",
    "Anne Girard <a.girard@sger.test>", "Convocation à un entretien",
    """
    Madame, Monsieur,

    Suite à l'examen de votre candidature au poste d'Ingénieur(e) réseaux, nous avons le plaisir de
    vous convier à un entretien le lundi 18 mai 2026 à 9h30 dans nos locaux, 5 quai Perrache à
    Lyon.

    Vous rencontrerez M. Rousseau, responsable du service exploitation, ainsi que moi-même.

    Merci de bien vouloir nous confirmer votre présence par retour de mail.

    Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

    Anne Girard
    Chargée de recrutement
    """, charset="iso-8859-1", tz="cest")

add("interview_invitation", "fr_visio_prochaine_etape", "fr", "Papillon Santé", "camille@papillonsante.test",
    "Camille Martin <camille@papillonsante.test>", "Prochaine étape 🙂",
    """
    Bonjour Sam,

    Merci pour ce premier échange très sympa ! On aimerait te proposer de passer à l'étape
    suivante : un entretien technique en visio d'environ 1h avec Hugo, notre lead dev.

    Tu peux choisir un créneau ici : https://calendly.com/papillon-sante/entretien-technique

    À très vite,
    Camille
    """, fmt="alt", cte="b64", tz="cest")

add("interview_invitation", "fr_cabinet_teams", "fr", "Groupe Hélios Assurances", "t.moreau@recrut-conseil.test",
    "Thibault Moreau <t.moreau@recrut-conseil.test>", "Votre candidature - Hélios",
    """
    Bonjour Sam,

    Je vous contacte de la part de notre client, le Groupe Hélios Assurances. Votre profil a retenu
    toute leur attention et ils souhaiteraient organiser un premier entretien par Teams avec le
    Directeur des Systèmes d'Information.

    Seriez-vous disponible jeudi 7 mai entre 14h et 17h ?

    Cordialement,
    Thibault Moreau
    Consultant senior – Recrut Conseil
    06 00 00 00 00
    """, tz="cest")

add("interview_invitation", "es_entrevista_formal", "es", "Seguros Mediterráneo", "rrhh@segurosmediterraneo.test",
    "RRHH Seguros Mediterráneo <rrhh@segurosmediterraneo.test>", "Citación a entrevista",
    """
    Estimado Sr. Moreau:

    Nos complace comunicarle que ha sido seleccionado para la siguiente fase del proceso para el
    puesto de Analista de Sistemas. Le convocamos a una entrevista personal el próximo martes 26
    de mayo a las 10:00 h en nuestras oficinas de la Calle Colón 22, Valencia.

    Le rogamos confirme su asistencia respondiendo a este correo.

    Atentamente,
    Pilar Sanz
    Técnico de Selección
    """, charset="iso-8859-1", tz="cest")

add("interview_invitation", "es_llamada_rapida", "es", "Cometa Apps", "diego@cometaapps.test",
    "Diego Fernández <diego@cometaapps.test>", "¿Hablamos?",
    """
    Hola Sam,

    ¡Gracias por aplicar a la posición de Frontend Developer! Me encantaría tener una llamada
    rápida contigo esta semana para contarte más del equipo. ¿Te viene bien el miércoles a las
    17:00 o el jueves a las 12:00 (hora de Madrid)?

    Saludos,
    Diego
    Head of Engineering · Cometa Apps
    """, cte="8bit", tz="cest")

add("interview_invitation", "es_prueba_tecnica_siguiente_fase", "es", "Viñedos Altamira", "l.ortega@altamira.test",
    "Laura Ortega <l.ortega@altamira.test>", "Siguiente fase del proceso",
    """
    Buenas tardes Sam,

    Gracias por tu tiempo en la primera entrevista. Nos gustaría que pasaras a la siguiente
    fase: una entrevista con el equipo de exportación y la directora comercial, de una hora,
    por Google Meet. Te paso a continuación dos opciones:

    - Lunes 1 de junio, 16:00
    - Martes 2 de junio, 10:30

    Dime cuál te encaja mejor y te envío la invitación.

    Un saludo,
    Laura Ortega
    Responsable de Personas | Viñedos Altamira
    """, fmt="alt", tz="cest")

# --- reschedules and cancellations by the employer -------------------------------------------

add("interview_reschedule_or_cancel", "hm_sick_move", "en", "Pinecrest Robotics", "d.okafor@pinecrest-robotics.test",
    "Daniel Okafor <d.okafor@pinecrest-robotics.test>", "Re: Interview Thursday",
    """
    Sam, really sorry - I've come down with something and need to push our thursday 2pm. Could we
    do thursday the 12th, same time, instead? Let me know

    Daniel
    Sent from my phone
    """, quote=q_gmail("Daniel Okafor <d.okafor@pinecrest-robotics.test>", "Mon, Jan 26, 2026 at 10:12 AM", """
    Hi Sam, great to e-meet you. Would love to have you in for an interview on Thursday at 2pm
    PT with me and two of the engineers. Does that work?
    Daniel
    """), tz="us_p")

add("interview_reschedule_or_cancel", "ics_updated_time", "en", "Harrow & Vale Architects", "s.patel@harrowvale.test",
    "Sunita Patel <s.patel@harrowvale.test>",
    "Updated invitation: Interview - Sam Moreau / Harrow & Vale @ Fri 8 May 2026 10:00 - 11:30 (BST)",
    """
    This event has been changed.

    Interview - Sam Moreau / Harrow & Vale
    When: CHANGED Friday 8 May 2026 10:00 - 11:30 (BST)
    Where: Harrow & Vale Architects, 3rd floor, 18 Clerkenwell Close, London

    Sorry Sam - James has a site visit on Thursday so we've had to move this to Friday morning.
    Hope that still works. Sunita
    """, ics=ics("hv-interview-20260507@harrowvale.test", "20260508T0900", 90,
                 "Interview - Sam Moreau / Harrow & Vale", "Sunita Patel <s.patel@harrowvale.test>",
                 sequence=1, location="18 Clerkenwell Close\\, London"), fmt="alt", tz="uk")

add("interview_reschedule_or_cancel", "ics_cancelled", "en", "Kestrel Insurance Group", "",
    "Kestrel Talent Acquisition <talent.noreply@kestrelgroup.test>",
    "Canceled: Panel interview: Sam Moreau - Solutions Architect",
    """
    This meeting has been cancelled by the organizer.

    A member of our Talent Acquisition team will be in touch shortly with new dates. We apologise
    for any inconvenience.
    """, ics=ics("kestrel-panel-8812@kestrelgroup.test", "20260519T1700", 90,
                 "Panel interview: Sam Moreau - Solutions Architect",
                 "Kestrel Talent Acquisition <talent.noreply@kestrelgroup.test>", method="CANCEL",
                 status="CANCELLED", sequence=2), ics_method="CANCEL", fmt="html", tz="us_e")

add("interview_reschedule_or_cancel", "coordinator_need_to_reschedule", "en", "Quorum Health AI", "leah.m@quorumhealth.test",
    "Leah Morales <leah.m@quorumhealth.test>", "Need to reschedule your technical interview",
    """
    Hi Sam,

    Apologies for the late notice! Your interviewer for tomorrow (Wed 10am) has a production
    incident they need to stay on, so we need to reschedule your technical interview. I've
    re-opened the scheduling link so you can choose a new time that works:
    https://jobs.ashbyhq.com/quorum-health-ai/interview/schedule/2c81f0

    Again, sorry for the shuffle - this one's on us.

    Leah Morales
    Recruiting Coordinator | Quorum Health AI
    """, fmt="alt", tz="us_p")

add("interview_reschedule_or_cancel", "agency_client_postponed", "en", "Orbitline Satellites", "chloe@nexushire.test",
    "Chloe Barnes <chloe@nexushire.test>", "Orbitline - change of plan :(",
    """
    Hi Sam,

    Annoyingly Orbitline have just been on to say their Head of Ground Software has been pulled
    into a launch review, so Tuesday's interview needs to move. They've suggested Thursday 16th at
    10am or 2pm instead - which do you prefer? Really sorry about this!!

    Chloe
    Nexus Hire | 07700 900 771
    """, reply=True, tz="uk")

add("interview_reschedule_or_cancel", "cancel_role_paused_before_interview", "en", "Amberline Publishing", "j.hart@amberline.test",
    "Josephine Hart <j.hart@amberline.test>", "Thursday's meeting",
    """
    Dear Sam,

    I'm so sorry to write with this, but we need to cancel your second interview on Thursday.
    We've just been told that all editorial hiring is frozen until the autumn while the new
    owners review the list. I will be in touch if and when that changes, and I do hope we can pick
    up the conversation then.

    With apologies,
    Josephine
    """, charset="windows-1252", tz="uk")

add("interview_reschedule_or_cancel", "workday_rescheduled", "en", "Paragon Aerospace", "",
    "Paragon Aerospace <paragonaero@myworkday.com>",
    "Interview Rescheduled - Manufacturing Engineer II - R0041192",
    """
    Hello Sam,

    Your interview for job requisition R0041192 Manufacturing Engineer II has been rescheduled.

    Previous:   06/02/2026 9:00 AM - 11:00 AM PDT
    New:        06/04/2026 1:00 PM - 3:00 PM PDT
    Location:   Building 4, 2200 Skyway Rd, Everett WA

    Paragon Aerospace Talent Acquisition
    """, fmt="html", tz="us_p")

add("interview_reschedule_or_cancel", "indian_postponed", "en", "Nilgiri Software Services", "deepa.r@nilgirisoft.test",
    "Deepa Raghavan <deepa.r@nilgirisoft.test>", "RE: Interview schedule - Technical Round 1",
    """
    Dear Sam,

    Due to unavoidable circumstances at the panel's end, the Technical Round 1 scheduled on
    28-Apr-2026 at 11:00 AM IST stands postponed. The revised schedule is 30-Apr-2026, 3:00 PM IST.

    Kindly revert with your availability for the same.

    Thanks & Regards,
    Deepa
    """, quote=q_outlook("Sam Moreau <sam.moreau@example.com>", "Friday, April 24, 2026 6:02 PM",
                         "Deepa Raghavan <deepa.r@nilgirisoft.test>", "RE: Interview schedule - Technical Round 1", """
    Dear Deepa,

    Confirming I will attend on 28 April at 11:00 AM IST. Updated resume attached.

    Regards,
    Sam
    """), tz="ist")

add("interview_reschedule_or_cancel", "zoom_link_and_time_changed", "en", "Cobalt Ridge Games", "raj@cobaltridge.test",
    "Raj Menon <raj@cobaltridge.test>", "Change to your final round",
    """
    Hey Sam,

    Small change - we've had to move your final round from Thursday 10am to Friday 1pm PT
    (same three sessions). New Zoom link below, the old one won't work anymore.

    https://cobaltridge.zoom.us/j/89876543210

    Cheers,
    Raj
    Lead Gameplay Engineer, Cobalt Ridge Games
    """, fmt="alt", tracking=False, tz="us_p")

add("interview_reschedule_or_cancel", "de_termin_verschieben", "de", "Bergmann Elektrotechnik", "personal@bergmann-et.test",
    "Katrin Schulz <personal@bergmann-et.test>", "Verschiebung Ihres Vorstellungsgesprächs",
    """
    Sehr geehrter Herr Moreau,

    leider müssen wir das für Dienstag, 12. Mai, 10:00 Uhr vereinbarte Vorstellungsgespräch aus
    terminlichen Gründen verschieben. Könnten Sie alternativ am Freitag, 15. Mai, um 13:30 Uhr zu
    uns kommen?

    Wir bitten um Ihr Verständnis.

    Mit freundlichen Grüßen
    Katrin Schulz
    Personalreferentin · Bergmann Elektrotechnik GmbH
    """, charset="iso-8859-1", tz="cest")

add("interview_reschedule_or_cancel", "de_absage_termin_kurz", "de", "Kiezküche", "lena@kiezkueche.test",
    "Lena Krüger <lena@kiezkueche.test>", "Re: Kennenlernen?",
    """
    Hi Sam, unser Termin morgen um 11 muss leider ausfallen, bei uns brennt gerade die Hütte.
    Ich melde mich Anfang nächster Woche mit neuen Vorschlägen. Sorry!!

    Lena
    """, reply=True, cte="8bit", tz="cest")

add("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Société Générale des Eaux du Rhône", "a.girard@sger.test",
    "Anne Girard <a.girard@sger.test>", "Report de votre entretien du 18 mai",
    """
    Monsieur,

    En raison d'un empêchement de M. Rousseau, nous sommes contraints de reporter votre entretien
    prévu le lundi 18 mai à 9h30. Nous vous proposons le mercredi 20 mai à 14h00, au même endroit.

    Nous vous prions de bien vouloir nous excuser pour ce contretemps et vous remercions de nous
    confirmer votre disponibilité.

    Cordialement,
    Anne Girard
    """, charset="iso-8859-1", tz="cest")

add("interview_reschedule_or_cancel", "fr_annulation_poste_gele", "fr", "Papillon Santé", "camille@papillonsante.test",
    "Camille Martin <camille@papillonsante.test>", "Annulation de l'entretien technique",
    """
    Bonjour Sam,

    Je suis vraiment désolée de te prévenir si tard : nous devons annuler l'entretien technique
    prévu demain avec Hugo. Le recrutement est suspendu le temps de boucler notre levée de fonds.
    Je te recontacte dès qu'on y voit plus clair.

    Camille
    """, fmt="alt", cte="b64", tz="cest")

add("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Seguros Mediterráneo", "p.sanz@segurosmediterraneo.test",
    "Pilar Sanz <p.sanz@segurosmediterraneo.test>", "Cambio de hora - entrevista martes",
    """
    Estimado Sr. Moreau:

    Por motivos de agenda del director del área, nos vemos obligados a modificar la hora de su
    entrevista del martes 26 de mayo: en lugar de las 10:00 h será a las 12:30 h, en la misma
    dirección.

    Disculpe las molestias.

    Atentamente,
    Pilar Sanz
    RRHH Seguros Mediterráneo
    """, reply_to="Pilar Sanz <p.sanz@segurosmediterraneo.test>", charset="iso-8859-1", tz="cest")

add("interview_reschedule_or_cancel", "es_cancelada_reagendar", "es", "Cometa Apps", "diego@cometaapps.test",
    "Diego Fernández <diego@cometaapps.test>", "Re: ¿Hablamos?",
    """
    Sam, perdona, me ha surgido un viaje y tengo que cancelar la llamada del miércoles. ¿Podemos
    reagendarla para la semana que viene? Te paso nuevas opciones mañana.

    Diego

    Enviado desde mi iPhone
    """, quote=q_es("Sam Moreau <sam.moreau@example.com>", "lun, 4 may 2026 a las 9:15", """
    Hola Diego, el miércoles a las 17:00 me viene perfecto. ¡Gracias!
    Sam
    """), cte="8bit", tz="cest")

# --- missed interview / no-show notices ------------------------------------------------------

add("missed_interview_notice", "tried_calling", "en", "Mapleton Hospital Trust", "k.osei@mapleton-nhs.test",
    "Kwame Osei <k.osei@mapleton-nhs.test>", "Telephone interview this morning",
    """
    Dear Sam,

    We tried calling you at the scheduled time of 10:30 this morning for your telephone interview
    but were unable to reach you, and the call went to voicemail twice.

    If you are still interested in the post, please get in touch by the end of the week and we
    will see whether another slot can be arranged.

    Kind regards
    Kwame Osei
    Information Services Manager
    """, tz="uk")

add("missed_interview_notice", "teams_no_join", "en", "Greenlane Telecom", "bilal.aziz@greenlanetel.test",
    "Bilal Aziz <bilal.aziz@greenlanetel.test>", "Today's interview",
    """
    Hi Sam,

    You did not join the Teams meeting for your interview with Oliver at 2pm today. We waited
    about fifteen minutes. Is everything ok? Please let me know if you'd still like to be
    considered and I'll see what I can do.

    Regards,
    Bilal
    """, fmt="alt", tz="uk")

add("missed_interview_notice", "hm_mobile_waiting", "en", "Ridgeback Coffee", "marcus@ridgebackcoffee.test",
    "Marcus Dlamini <marcus@ridgebackcoffee.test>", "you coming?",
    """
    Sam we had you down for 10 at the roastery - its 10:25 now. Did something come up? Give me a
    ring when you see this.

    Marcus

    Sent from my iPhone
    """, cte="8bit", tz="aest")

add("missed_interview_notice", "recruiter_no_show_formal", "en", "Lumen Harbor", "priya.nair@lumenharbor.test",
    "Priya Nair <priya.nair@lumenharbor.test>", "Missed interview - Platform Engineer",
    """
    Hi Sam,

    I was notified that you weren't able to make your scheduled interview with Hiroshi this
    afternoon (1:00-1:45 PT). I hope everything is alright.

    Our process normally doesn't allow for rescheduling after a no-show, but I'm happy to check
    with the hiring manager if you reply with a short note by Friday.

    Best,
    Priya
    """, fmt="alt", tz="us_p")

add("missed_interview_notice", "agency_client_waited", "en", "Stonebridge Capital", "olivia.grant@talentbridge-search.test",
    "Olivia Grant <olivia.grant@talentbridge-search.test>", "What happened?!",
    """
    Sam,

    I've just had Stonebridge on the phone - they were sat waiting for you on the Zoom at 9:30 and
    you never showed! They're not thrilled. Can you call me as soon as you get this so I can
    explain to them? Hopefully we can salvage it.

    Olivia
    TalentBridge Search | +44 7700 900 412
    """, tz="uk")

add("missed_interview_notice", "indian_not_attended", "en", "Nilgiri Software Services", "deepa.r@nilgirisoft.test",
    "Deepa Raghavan <deepa.r@nilgirisoft.test>", "Technical Round 1 - not attended",
    """
    Dear Sam,

    This is to inform you that you did not attend the Technical Round 1 scheduled today at
    3:00 PM IST. The panel waited for 20 minutes on the Google Meet link.

    Kindly revert with the reason and your availability if you wish to continue with the process.

    Thanks & Regards,
    Deepa Raghavan
    Talent Acquisition | Nilgiri Software Services
    """, tz="ist")

add("missed_interview_notice", "de_nicht_erschienen", "de", "Hanse Logistik", "j.petersen@hanse-logistik.test",
    "Jan Petersen <j.petersen@hanse-logistik.test>", "Unser Termin heute",
    """
    Guten Tag Herr Moreau,

    wir hatten Sie heute um 14:00 Uhr zum zweiten Gespräch mit unserer Geschäftsführung erwartet,
    Sie sind jedoch leider nicht erschienen und waren telefonisch nicht erreichbar.

    Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Position haben.

    Freundliche Grüße
    Jan Petersen
    """, charset="iso-8859-1", tz="cest")

add("missed_interview_notice", "de_verpasst_locker", "de", "Alpenblick Pharma", "f.huber@talentwerk.test",
    "Florian Huber <f.huber@talentwerk.test>", "Telefonat heute verpasst?",
    """
    Hi Sam,

    Frau Brandl von Alpenblick hat dich heute um 16 Uhr zweimal angerufen, aber nicht erreicht.
    Alles okay bei dir? Sag mir bitte kurz Bescheid, dann versuche ich, einen neuen Termin zu
    bekommen.

    Beste Grüße
    Florian
    Talentwerk Personalberatung
    """, cte="8bit", tz="cest")

add("missed_interview_notice", "fr_absence_entretien", "fr", "Groupe Hélios Assurances", "t.moreau@recrut-conseil.test",
    "Thibault Moreau <t.moreau@recrut-conseil.test>", "Entretien de cet après-midi",
    """
    Bonjour Sam,

    Le DSI du Groupe Hélios m'informe que vous ne vous êtes pas connecté à l'entretien Teams prévu
    cet après-midi à 15h. Il vous a attendu une vingtaine de minutes.

    Pouvez-vous me rappeler rapidement ? Je reste persuadé que votre profil les intéresse, mais il
    faudra leur donner une explication.

    Cordialement,
    Thibault
    """, charset="iso-8859-1", tz="cest")

add("missed_interview_notice", "es_no_se_presento", "es", "Viñedos Altamira", "l.ortega@altamira.test",
    "Laura Ortega <l.ortega@altamira.test>", "Entrevista de hoy",
    """
    Hola Sam,

    Te hemos estado esperando en la reunión de Google Meet de las 10:30 y no te has conectado.
    ¿Ha pasado algo? Si sigues interesado en el puesto, escríbeme y vemos si podemos buscar otro
    hueco con el equipo.

    Un saludo,
    Laura
    """, fmt="alt", tz="cest")

# --- application acknowledgements ------------------------------------------------------------

add("application_received", "greenhouse_thanks_applying", "en", "Tidepool Analytics", "",
    "Tidepool Analytics <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Tidepool Analytics",
    """
    Hi Sam,

    Thanks for applying to Tidepool Analytics! Your application for the Analytics Engineer role
    has been received and our team will review it shortly.

    If your experience looks like a fit, someone from our recruiting team will be in touch to
    discuss next steps. In the meantime, you can learn more about life at Tidepool on our blog.

    Best,
    The Tidepool Recruiting Team
    """, fmt="alt", logo="Tidepool Analytics", tracking=True, tz="us_p")

add("application_received", "volume_cannot_respond", "en", "Clearwater Bank", "",
    "Clearwater Bank Careers <do-not-reply@clearwaterbank.icims.com>",
    "We have received your application",
    """
    Dear Sam,

    Thank you for applying for the Fraud Analytics Lead position at Clearwater Bank. This email
    confirms that we have received your application.

    Due to the high volume of applications we receive, we are unable to respond to every applicant
    individually. If your qualifications match the requirements of the position, a member of our
    Talent Acquisition team will contact you. Unfortunately, we are unable to provide individual
    feedback at this stage.

    Thank you again for considering Clearwater Bank.
    """, fmt="html", cte="b64", tz="us_e")

add("application_received", "workday_submitted", "en", "Veridian Mutual", "",
    "Veridian Mutual <veridianmutual@myworkday.com>",
    "Veridian Mutual: Application Submitted - Actuarial Systems Developer",
    """
    Dear Sam,

    Thank you for your application to the Actuarial Systems Developer (R-10522) position.

    We will review your qualifications and if there is a match, a recruiter will contact you. You
    can check the status of your application at any time on your candidate home page.

    Sincerely,
    Veridian Mutual Talent Acquisition
    """, fmt="html", tz="us_e")

add("application_received", "lever_received_short", "en", "Fennel & Moss", "",
    "Fennel & Moss <no-reply@hire.lever.co>", "Thanks for your application!",
    """
    Hi Sam,

    Thanks for your interest in Fennel & Moss - we've got your application for Brand Designer.
    We read every one and will get back to you either way within two weeks.

    Fennel & Moss
    """, fmt="alt", tz="us_p")

add("application_received", "uk_public_sector_ack", "en", "Mapleton Hospital Trust", "",
    "Mapleton Hospital Trust Recruitment <noreply@jobs.mapleton-nhs.test>",
    "Application received: Data Analyst (Band 6) - Ref 311-DA-0426",
    """
    Dear Sam Moreau

    Thank you for submitting your application for the above post. Your reference number is
    311-DA-0426.

    Shortlisting will take place after the closing date. If you have not heard from us within
    four weeks of the closing date, please assume that you have been unsuccessful on this
    occasion. We regret that due to the number of applications we are unable to contact every
    applicant.

    Mapleton Hospital Trust Recruitment Team
    """, tz="uk")

add("application_received", "smartrecruiters_we_got_it", "en", "Norrland Outdoor", "",
    "Norrland Outdoor <noreply@smartrecruiters.com>", "Your application to Norrland Outdoor",
    """
    Hi Sam,

    We have received your application for the position of E-commerce Manager.

    Our recruitment team is reviewing applications on an ongoing basis. Please note that this may
    take a few weeks. We'll be in touch as soon as we have an update.

    Kind regards,
    Norrland Outdoor Recruitment Team
    """, fmt="html", logo="Norrland Outdoor", tracking=True, tz="cet")

add("application_received", "indian_ack_hr", "en", "Sundaram Infotech", "hr.careers@sundaraminfotech.test",
    "HR Team <hr.careers@sundaraminfotech.test>", "Acknowledgement of your application",
    """
    Dear Sam,

    We acknowledge the receipt of your resume for the position of Lead QA Engineer. Our team shall
    go through the same and revert to you in case your profile is found suitable.

    Request you to not send multiple applications for the same position.

    Thanks & Regards,
    Talent Acquisition Team
    Sundaram Infotech Pvt. Ltd.
    """, tz="ist")

add("application_received", "taleo_odd_format", "en", "Granite State Utilities", "",
    "Granite State Utilities <gsu.careers@taleo.net>", "Job Submission Confirmation",
    """
    ******** PLEASE DO NOT REPLY TO THIS EMAIL ********

    Dear Sam Moreau,

    Thank you for your interest in Granite State Utilities.  We have received your
    job submission for the position of   SCADA Engineer  (Job Number: 2600218).

    Your submission will be reviewed.  Should your qualifications meet the
    requirements for the position, you will be contacted by a member of the
    Human Resources department.

    Regards,

    Human Resources
    Granite State Utilities
    """, charset="windows-1252", tz="us_e")

add("application_received", "successfactors_ack", "en", "Alvarez-Koch Chemicals", "",
    "Alvarez-Koch Chemicals Careers <careers-noreply@successfactors.eu>",
    "Thank you for your application - Process Engineer (Req ID 58213)",
    """
    Dear Sam,

    Thank you for your application for the position Process Engineer (Req ID 58213) at
    Alvarez-Koch Chemicals.

    We appreciate your interest and will carefully review your application documents. Please note
    that unfortunately we are unable to provide individual feedback at this stage of the process.
    We will contact you as soon as a decision has been made.

    Kind regards,
    Your Alvarez-Koch Talent Acquisition Team

    Alvarez-Koch Chemicals SE, Registered office: Ludwigshafen, Register court: Ludwigshafen
    HRB 0000. Chairman of the Supervisory Board: Dr. E. Winter.
    """, fmt="alt", logo="Alvarez-Koch", tz="cet")

add("application_received", "recruiter_personal_got_cv", "en", "Greenlane Telecom", "bilal.aziz@greenlanetel.test",
    "Bilal Aziz <bilal.aziz@greenlanetel.test>", "Re: Network Automation Engineer",
    """
    Thanks Sam, got your CV. I'll share it with the hiring manager this week and come back to you
    once I've heard - usually takes a few days.

    Bilal
    """, reply=True, tz="uk")

add("application_received", "dutch_english_ack", "en", "Van Dijk Mobility", "",
    "Van Dijk Mobility <jobs@vandijkmobility.test>", "Thank you for your application!",
    """
    Dear Sam,

    Thank you for your application for the vacancy Backend Developer. We have received your CV and
    motivation letter in good order.

    Within 2 weeks you will hear from us if we would like to invite you for a first conversation.
    Unfortunately we are not able to give a personal reaction to every applicant.

    With kind regards,
    Team Recruitment Van Dijk Mobility
    """, fmt="alt", tz="cet")

add("application_received", "australian_ack", "en", "Kookaburra Energy", "",
    "Kookaburra Energy <no-reply@pageuppeople.com>", "Application received - Grid Analyst",
    """
    Hi Sam,

    Thanks for applying for the Grid Analyst role with Kookaburra Energy - we've got your
    application.

    Our team will be in touch once applications close on 30 March. If you don't hear from us by
    mid-April, it means we've progressed with other candidates.

    Cheers,
    Kookaburra Energy Talent Team
    """, fmt="html", tz="aest")

add("application_received", "de_eingangsbestaetigung", "de", "Kranich Versicherung", "",
    "Kranich Versicherung AG <bewerbung-noreply@kranich-versicherung.test>",
    "Eingangsbestätigung Ihrer Bewerbung",
    """
    Sehr geehrter Herr Moreau,

    vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d). Hiermit bestätigen wir den
    Eingang Ihrer Unterlagen.

    Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben
    Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern
    kann.

    Mit freundlichen Grüßen
    Ihre Personalabteilung
    Kranich Versicherung AG
    """, charset="iso-8859-1", tz="cet")

add("application_received", "de_personio_danke", "de", "Fuchsbau Games", "",
    "Fuchsbau Games GmbH <noreply@personio.de>", "Danke für deine Bewerbung!",
    """
    Hallo Sam,

    wir haben deine Bewerbung als Game Economy Designer erhalten - vielen Dank! Unser Team schaut
    sich alles in Ruhe an und meldet sich in den nächsten zwei Wochen bei dir.

    Leider können wir nicht jedem Bewerber ein individuelles Feedback geben, wir hoffen auf dein
    Verständnis.

    Viele Grüße
    dein Fuchsbau-Team
    """, fmt="alt", logo="Fuchsbau Games Logo", tz="cet")

add("application_received", "de_stepstone_weitergeleitet", "de", "Stadtwerke Lindenau", "",
    "StepStone <noreply@stepstone.de>", "Ihre Bewerbung wurde erfolgreich versendet",
    """
    Hallo Sam Moreau,

    Ihre Bewerbung als Sachbearbeitung Controlling (m/w/d) bei Stadtwerke Lindenau GmbH wurde
    erfolgreich an das Unternehmen übermittelt.

    Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Profil einsehen.

    Viel Erfolg!
    Ihr StepStone Team
    """, fmt="html", tracking=True, tz="cet")

add("application_received", "fr_accuse_reception", "fr", "Groupe Valmont", "",
    "Groupe Valmont <ne-pas-repondre@groupe-valmont.test>", "Accusé de réception de votre candidature",
    """
    Bonjour Sam,

    Nous accusons réception de votre candidature au poste de Chef de projet digital et vous
    remercions de l'intérêt que vous portez au Groupe Valmont.

    Votre dossier va être étudié avec attention. En raison du nombre important de candidatures,
    nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre
    elles. Sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre
    candidature n'a pas été retenue.

    L'équipe Recrutement
    """, fmt="alt", tz="cet")

add("application_received", "fr_welcome_bien_recu", "fr", "Atelier Sorbier", "",
    "Atelier Sorbier <no-reply@welcomekit.co>", "Nous avons bien reçu votre candidature",
    """
    Bonjour Sam,

    Merci d'avoir postulé au poste de Responsable e-commerce chez Atelier Sorbier ! Votre
    candidature a bien été transmise à l'équipe, qui reviendra vers vous rapidement.

    À bientôt,
    L'équipe Atelier Sorbier
    """, fmt="html", logo="Atelier Sorbier", tracking=True, cte="b64", tz="cet")

add("application_received", "fr_cabinet_personnel", "fr", "Cabinet Lestrade", "m.lefevre@cabinet-lestrade.test",
    "Marion Lefèvre <m.lefevre@cabinet-lestrade.test>", "Votre candidature",
    """
    Bonjour,

    Je vous remercie pour l'envoi de votre candidature, que je transmets aux associés. Je reviendrai
    vers vous dans les meilleurs délais.

    Bien à vous,
    Marion Lefèvre
    Responsable RH | Cabinet Lestrade Avocats
    """, charset="iso-8859-1", tz="cet")

add("application_received", "es_recibida", "es", "Grupo Alcázar", "",
    "Grupo Alcázar Empleo <no-responder@grupoalcazar.test>", "Hemos recibido tu candidatura",
    """
    Hola Sam,

    Gracias por tu interés en Grupo Alcázar. Te confirmamos que hemos recibido correctamente tu
    candidatura para el puesto de Analista Financiero.

    Nuestro equipo de selección revisará tu perfil. Debido al gran volumen de candidaturas, solo
    nos pondremos en contacto con las personas preseleccionadas.

    Un saludo,
    Equipo de Selección
    """, fmt="alt", charset="windows-1252", tz="cet")

add("application_received", "es_infojobs_inscrito", "es", "Lumbre Energía", "",
    "InfoJobs <noreply@infojobs.net>", "Te has inscrito en la oferta Ingeniero/a de Datos",
    """
    Hola Sam,

    Tu inscripción en la oferta "Ingeniero/a de Datos" de Lumbre Energía se ha realizado
    correctamente. La empresa ya puede ver tu CV.

    Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.

    El equipo de InfoJobs
    """, fmt="html", tracking=True, tz="cet")

# --- offers ----------------------------------------------------------------------------------

add("offer", "verbal_followup_offer_letter", "en", "Tidepool Analytics", "rachel@tidepoolanalytics.test",
    "Rachel Kim <rachel@tidepoolanalytics.test>", "Your offer from Tidepool!",
    """
    Hi Sam,

    It was so great to speak with you this afternoon - as promised, here's the written version of
    what we discussed. We're thrilled to offer you the Analytics Engineer position.

    - Base salary: $148,000
    - Equity: 6,000 options (4-year vest, 1-year cliff)
    - Start date: June 15, 2026 (flexible)

    The formal offer letter is attached and will also come through DocuSign shortly. Please let me
    know if you have any questions at all - happy to set up time with the team or with benefits.

    Welcome (almost)!
    Rachel
    """, fmt="alt", attach="Tidepool_Offer_Letter_SMoreau.pdf", tz="us_p")

add("offer", "uk_pleased_to_offer", "en", "Marlow & Finch", "h.blythe@marlowfinch.test",
    "Harriet Blythe <h.blythe@marlowfinch.test>", "Offer of employment",
    """
    Dear Sam,

    Further to your recent interview, I am delighted to confirm that we would like to offer you
    the position of Business Analyst at Marlow & Finch, subject to satisfactory references and
    right-to-work checks.

    Please find attached your offer letter and contract of employment. I should be grateful if you
    could sign and return them by Friday 22 May.

    We very much look forward to welcoming you to the team.

    Kind regards,
    Harriet Blythe
    Resourcing Advisor
    """, attach="MF_Offer_and_Contract.pdf", tz="uk")

add("offer", "conditional_offer_background", "en", "Paragon Aerospace", "",
    "Paragon Aerospace <paragonaero@myworkday.com>",
    "Paragon Aerospace - Conditional Offer of Employment",
    """
    Dear Sam,

    Congratulations! Paragon Aerospace is pleased to extend you a conditional offer of employment
    for the position of Manufacturing Engineer II. This offer is contingent upon successful
    completion of a background check and export-control eligibility verification.

    Please log in to your candidate home page to review and accept your offer by 06/19/2026.

    Paragon Aerospace Talent Acquisition
    """, fmt="html", tz="us_p")

add("offer", "startup_mobile_offer", "en", "Wrenfield Systems", "ollie@wrenfield.test",
    "Ollie Strand <ollie@wrenfield.test>", "!!",
    """
    Sam - team met this morning and it's a unanimous yes. We want you on board. I'll send the
    formal offer tonight but wanted you to hear it from me first. Call me when you can?

    Ollie
    Wrenfield

    Sent from my iPhone
    """, cte="8bit", tz="us_p")

add("offer", "agency_offer_news", "en", "Orbitline Satellites", "chloe@nexushire.test",
    "Chloe Barnes <chloe@nexushire.test>", "OFFER!!!",
    """
    SAM!!!

    Orbitline have come back with an offer!!! £78,000 base plus 10% bonus, 28 days holiday, hybrid
    2 days in Harwell. They'd love you to start 1st July. I've attached the offer letter they sent
    over.

    Let's chat tonight - I think there might be a bit of room on the base if you want me to push.

    Chloe x
    Nexus Hire | 07700 900 771
    """, attach="Orbitline_Offer_SMoreau.pdf", tz="uk")

add("offer", "indian_offer_letter", "en", "Nilgiri Software Services", "deepa.r@nilgirisoft.test",
    "Deepa Raghavan <deepa.r@nilgirisoft.test>", "Offer Letter - Senior Java Developer",
    """
    Dear Sam,

    Congratulations!!

    We are pleased to offer you the position of Senior Java Developer with Nilgiri Software
    Services. Please find attached the offer letter with the detailed CTC break-up.

    Kindly revert with your acceptance along with your expected date of joining within 3 working
    days.

    Thanks & Regards,
    Deepa Raghavan
    """, attach="Offer_Letter_Sam_Moreau.pdf", tz="ist")

add("offer", "de_vertragsangebot", "de", "Bergmann Elektrotechnik", "personal@bergmann-et.test",
    "Katrin Schulz <personal@bergmann-et.test>", "Ihr Arbeitsvertrag",
    """
    Sehr geehrter Herr Moreau,

    wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Projektingenieur
    (m/w/d) anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher
    Ausfertigung.

    Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 5. Juni zurück. Für Rückfragen
    stehe ich Ihnen gern zur Verfügung.

    Mit freundlichen Grüßen
    Katrin Schulz
    """, attach="Arbeitsvertrag_Moreau.pdf", charset="iso-8859-1", tz="cest")

add("offer", "de_zusage_duzen", "de", "Kiezküche", "lena@kiezkueche.test",
    "Lena Krüger <lena@kiezkueche.test>", "Wir wollen dich! 🎉",
    """
    Hi Sam,

    nach den Gesprächen mit dem Team sind wir uns einig: Wir möchten dir die Stelle als Product
    Owner anbieten! Die Eckdaten (65.000 € brutto, 30 Urlaubstage, Start zum 1. Juli) findest du
    im angehängten Angebot.

    Lass uns gern morgen telefonieren, wenn du Fragen hast.

    Liebe Grüße
    Lena
    """, attach="Angebot_Kiezkueche.pdf", cte="8bit", tz="cest")

add("offer", "fr_promesse_embauche", "fr", "Société Générale des Eaux du Rhône", "a.girard@sger.test",
    "Anne Girard <a.girard@sger.test>", "Promesse d'embauche",
    """
    Monsieur,

    Suite à nos entretiens, nous avons le plaisir de vous confirmer notre souhait de vous
    accueillir au sein de nos équipes en qualité d'Ingénieur réseaux, en CDI, à compter du 1er
    septembre 2026.

    Vous trouverez ci-joint votre promesse d'embauche précisant les conditions de rémunération.
    Nous vous remercions de nous la retourner signée sous huit jours.

    Cordialement,
    Anne Girard
    """, attach="Promesse_embauche_Moreau.pdf", charset="iso-8859-1", tz="cest")

add("offer", "es_oferta_formal", "es", "Seguros Mediterráneo", "p.sanz@segurosmediterraneo.test",
    "Pilar Sanz <p.sanz@segurosmediterraneo.test>", "Propuesta de incorporación",
    """
    Estimado Sr. Moreau:

    Tras finalizar el proceso de selección, tenemos el placer de ofrecerle el puesto de Analista de
    Sistemas en Seguros Mediterráneo. Le adjuntamos la carta oferta con las condiciones económicas
    y la fecha de incorporación propuesta.

    Quedamos a la espera de su respuesta.

    Atentamente,
    Pilar Sanz
    """, attach="Carta_oferta.pdf", charset="iso-8859-1", tz="cest")

# --- other: job boards, newsletters, other meanings of the words, the user's own mail -------

UNSUB = {"List-Unsubscribe": "<https://mail.example.org/unsub?u=8f2c>, <mailto:unsub@example.org>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

add("other", "linkedin_job_alert", "en", "", "",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "\u201cdata engineer\u201d: Halvorsen Logistics - Senior Data Engineer and more",
    """
    Your job alert for data engineer in Remote
    12 new jobs match your preferences.

    Senior Data Engineer
    Halvorsen Logistics · Remote (United States)
    Actively recruiting · Easy Apply
    https://www.linkedin.com/comm/jobs/view/3912345678

    Data Engineer II
    Brightwater Health · Boston, MA (Hybrid)
    Be an early applicant
    https://www.linkedin.com/comm/jobs/view/3912345679

    Staff Data Engineer, Platform
    Lumen Harbor · Remote
    3 connections work here
    https://www.linkedin.com/comm/jobs/view/3912345680

    See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=data%20engineer
    You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email
    """, fmt="alt", tracking=True, logo="LinkedIn",
    headers={**UNSUB, "List-Id": "<jobalerts.linkedin.com>"}, tz="us_p")

add("other", "indeed_digest", "en", "", "",
    "Indeed <alert@indeed.com>", "30+ new Product Manager jobs in Chicago, IL",
    """
    Product Manager jobs in Chicago, IL

    Product Manager - Payments
    Tortuga Pagos - Chicago, IL
    $130,000 - $160,000 a year
    Urgently hiring. Respond to applications within 1 day.
    https://www.indeed.com/rc/clk?jk=a1b2c3

    Associate Product Manager
    Cometa Apps - Remote
    Easily apply. Interviewing candidates now!
    https://www.indeed.com/rc/clk?jk=d4e5f6

    Senior Product Manager, Patient Apps
    Brightwater Health - Chicago, IL
    Hiring multiple candidates
    https://www.indeed.com/rc/clk?jk=g7h8i9

    Unsubscribe from this alert | Manage alerts
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "Indeed Job Alerts <alerts.indeed.com>"},
    tz="us_e")

add("other", "newsletter_handling_rejection", "en", "", "",
    "The Job Hunt Weekly <hello@jobhuntweekly.example.org>",
    "Issue #84: What to do when the rejection email lands",
    """
    THE JOB HUNT WEEKLY - Issue #84

    This week: the rejection email.

    "Unfortunately we have decided not to move forward with your application." If you've been
    searching for more than a month, you've probably read a version of that sentence a dozen
    times. Here's what recruiters told us actually helps:

    1. Reply within a day. Thank them for their time and ask one specific question about what
       would strengthen a future application.
    2. Don't argue. The decision is made.
    3. Ask to stay in touch - we've seen plenty of readers get a call back when the first choice
       declined the offer.

    ALSO IN THIS ISSUE
    - Missed an interview? How to write the apology (and why speed matters)
    - Five phone-screen questions you should have an answer for
    - Reader mailbag: "They said they'd get back to me in a week. It's been three."

    Read online: https://jobhuntweekly.example.org/84
    You're receiving this because you subscribed at jobhuntweekly.example.org.
    Unsubscribe: https://jobhuntweekly.example.org/unsubscribe
    """, fmt="alt", tracking=True, headers={**UNSUB, "List-Id": "The Job Hunt Weekly <weekly.jobhuntweekly.example.org>"},
    tz="us_e")

add("other", "newsletter_missed_interview_story", "en", "", "",
    "Career Compass <newsletter@careercompass.example.net>",
    "I missed my interview. Here's how I still got the job",
    """
    Hi there,

    Priyanka was forty minutes into a traffic jam when she realised she'd miss her final-round
    interview. The recruiter emailed: "We tried calling you at the scheduled time." Three days
    later she had an offer. In this week's story she explains exactly what she wrote back.

    Read the story -> https://careercompass.example.net/stories/missed-interview

    PLUS: our free template for rescheduling an interview without burning bridges.

    Career Compass · 500 Market St · San Francisco, CA
    Manage preferences | Unsubscribe
    """, fmt="html", tracking=True, logo="Career Compass",
    headers={**UNSUB, "List-Id": "<compass.careercompass.example.net>"}, tz="us_p")

add("other", "recruiter_cold_outreach", "en", "Halcyon Robotics", "ben.mayer@halcyonrecruit.test",
    "Ben Mayer <ben.mayer@halcyonrecruit.test>", "Senior Platform Engineer - £110k - fully remote",
    """
    Hi Sam,

    I came across your profile and was really impressed by your platform work. I'm currently
    partnered with Halcyon Robotics, a Series C robotics company, on a Senior Platform Engineer
    hire: £100-110k, fully remote within the UK, great equity.

    No pressure at all - if you're open to hearing more, just reply and I'll send over the full
    spec. And if now's not the right time, totally understand!

    Best,
    Ben Mayer
    Principal Consultant | Halcyon Recruit
    """, fmt="alt", tz="uk")

add("other", "agency_hot_jobs_blast", "en", "", "",
    "Apex Talent Partners <jobs@apextalent.example.com>", "🔥 This week's HOTTEST tech roles!!",
    """
    Hi Sam!

    It's that time of the week again!! Here are the roles our consultants are SUPER excited about:

    ⭐ Lead Frontend Engineer - London - £95k!!
    ⭐ DevOps Engineer - Manchester - £70k + bonus
    ⭐ Data Scientist (NLP) - Remote - up to £85k
    ⭐ Engineering Manager - Bristol - £110k

    Don't miss out - our clients are interviewing THIS WEEK! Reply to this email or call the team
    on 0161 496 0000.

    Apex Talent Partners | Unsubscribe
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "<weekly.apextalent.example.com>"}, tz="uk")

add("other", "podcast_interview_invite", "en", "", "maya@shiptalk.example.org",
    "Maya Torres <maya@shiptalk.example.org>", "Interview on the Ship Talk podcast?",
    """
    Hi Sam,

    I host Ship Talk, a podcast about the people behind logistics software. I read your blog post
    about route optimisation and would love to interview you for an episode! Recording takes
    about 45 minutes over Riverside, and you'd get to review the edit.

    Would you be free sometime in the next two weeks? Here's my calendar:
    https://calendly.com/shiptalk/recording

    Cheers,
    Maya
    """, tz="us_e")

add("other", "journalist_interview_request", "en", "", "k.abbott@dailyledger.example.net",
    "Kieran Abbott <k.abbott@dailyledger.example.net>", "Interview request - piece on remote hiring",
    """
    Hello Sam,

    I'm a reporter at The Daily Ledger working on a feature about how job seekers are coping with
    automated hiring systems. A mutual contact suggested you might have an interesting perspective.

    Would you be willing to do a 20-minute phone interview this week? It can be on background if
    you prefer not to be named.

    Best,
    Kieran Abbott
    Staff Writer, The Daily Ledger
    """, tz="uk")

add("other", "user_research_interview", "en", "", "",
    "Cobalt Bank Research <research-noreply@cobaltbank.example.com>",
    "Help shape our app - 45-min interview, $75 gift card",
    """
    Hi Sam,

    We're looking for customers to take part in a 45-minute video interview about how you manage
    your monthly budget in our app. As a thank-you, you'll receive a $75 gift card.

    Pick a time that suits you: https://research.cobaltbank.example.com/schedule/aa91

    Spaces are limited. This research session is run by our UX team; it is not related to any
    job application.

    Cobalt Bank UX Research
    """, fmt="html", tracking=True, tz="us_e")

add("other", "friend_own_rejection", "en", "", "jess.okoro@example.net",
    "Jess Okoro <jess.okoro@example.net>", "ugh",
    """
    sam!! so I got the email from Corvid today. "unfortunately we've decided not to move forward"
    after FOUR rounds and a take-home. I'm so annoyed. they didn't even give feedback

    anyway drinks friday? I need to complain at someone in person lol. also how did your interview
    at Lumen go??

    j
    """, cte="8bit", tz="uk")

add("other", "order_delayed", "en", "", "",
    "Paperleaf Store <orders@paperleaf.example.com>", "Update on your order #PL-448120",
    """
    Hi Sam,

    Unfortunately your order #PL-448120 has been delayed. Our courier has let us know that the
    parcel is held at their depot and will now arrive on Thursday 14 May.

    We're sorry for the inconvenience. You don't need to do anything - we'll email you again when
    it's out for delivery.

    Track your order: https://paperleaf.example.com/track/PL-448120

    The Paperleaf team
    """, fmt="alt", tracking=True, tz="uk")

add("other", "gps_position_report", "en", "", "",
    "FleetTrack <alerts@fleettrack.example.net>", "Daily position report: Van 3 (KX21 ABC)",
    """
    Daily position report for vehicle Van 3 (KX21 ABC)

    Last known position: 51.5072 N, 0.1276 W (London, Westminster)
    Position accuracy: 8 m
    Distance travelled today: 84.2 km
    Stops: 6

    The position was last updated at 18:42. No geofence alerts today.

    FleetTrack - do not reply to this automated message.
    """, tz="uk")

add("other", "credit_card_application_received", "en", "", "",
    "Northgate Bank <no-reply@northgatebank.example.com>",
    "We've received your credit card application",
    """
    Dear Sam Moreau,

    Thank you for applying for the Northgate Rewards Credit Card. We have received your
    application (reference NG-2026-118244) and are reviewing it now.

    Most decisions are made within 5 business days. Unfortunately we are unable to discuss the
    status of your application by phone during this time.

    Northgate Bank, N.A. Member FDIC.
    """, fmt="html", tz="us_e")

add("other", "loan_application_declined", "en", "", "",
    "Harbour Building Society <notifications@harbourbs.example.co.uk>",
    "Your personal loan application",
    """
    Dear Sam Moreau,

    Thank you for your recent personal loan application. We have carefully reviewed it and regret
    to inform you that we are unable to offer you a loan at this time.

    This decision was based on information provided by a credit reference agency. You have the
    right to request details of the agency we used.

    Harbour Building Society
    """, tz="uk")

add("other", "apartment_application_rejected", "en", "", "leasing@elmstreetlofts.example.com",
    "Elm Street Lofts Leasing <leasing@elmstreetlofts.example.com>", "Re: Unit 4B application",
    """
    Hi Sam,

    Thank you for applying for Unit 4B. Unfortunately the owner has decided to move forward with
    another applicant whose move-in date better matched their timeline. Your holding deposit will
    be refunded within 5 business days.

    We do have a similar unit (6A) coming up in July if you'd like a viewing.

    Best,
    Renee
    Leasing Office, Elm Street Lofts
    """, reply=True, tz="us_e")

add("other", "university_admission_decision", "en", "", "",
    "Graduate Admissions <gradadmissions@westbrook.example.edu>",
    "Your application decision - MSc Data Science",
    """
    Dear Sam,

    Thank you for your application to the MSc Data Science programme at Westbrook University.

    The admissions committee has completed its review, and I regret to inform you that we are
    unable to offer you a place for the 2026-27 academic year. We received over 1,900
    applications for 80 places.

    We wish you every success in your future studies.

    Office of Graduate Admissions
    Westbrook University
    """, fmt="alt", tz="uk")

add("other", "own_sent_thank_you", "en", "Lumen Harbor", "",
    "Sam Moreau <sam.moreau@example.com>", "Thank you - Platform Engineer interview",
    """
    Hi Carlos,

    Thank you for taking the time to speak with me today about the Platform Engineer role. I
    really enjoyed our conversation about the migration to the new scheduler, and it made me even
    more excited about the team.

    Please let me know if there's anything else I can provide.

    Best regards,
    Sam Moreau
    """, to="Carlos Vega <carlos.vega@lumenharbor.test>", tz="us_p")

add("other", "own_sent_reply_to_rejection", "en", "Greyfield Consulting", "",
    "Sam Moreau <sam.moreau@example.com>", "RE: Next steps?",
    """
    Hi Ngozi,

    Thank you for letting me know, and for being so open throughout the process. I'd really
    appreciate any detailed feedback the partners could share, and I'd be glad to be considered
    for future roles.

    Best wishes,
    Sam
    """, to="Ngozi Adeyemi <n.adeyemi@greyfield.test>",
    quote=q_outlook("Ngozi Adeyemi <n.adeyemi@greyfield.test>", "Tuesday, March 10, 2026 4:15 PM",
                    "Sam Moreau <sam.moreau@example.com>", "RE: Next steps?", """
    Hi Sam,

    Thanks for checking in, and apologies for keeping you waiting. I'm afraid the partners have
    decided not to proceed with your application for the Senior Consultant role.

    Best wishes,
    Ngozi
    """), tz="uk")

add("other", "own_sent_accepting_interview", "en", "Amberline Publishing", "",
    "Sam Moreau <sam.moreau@example.com>", "Re: your application",
    """
    Dear Josephine,

    Thank you - I'd be delighted to come back for a second interview. Thursday 9th at 2pm suits me
    well. I look forward to meeting Alan.

    Kind regards,
    Sam
    """, to="Josephine Hart <j.hart@amberline.test>",
    quote=q_gmail("Josephine Hart <j.hart@amberline.test>", "Tue, 7 Apr 2026 at 11:20", """
    Dear Sam,
    We'd like to invite you back for a second conversation, this time with our Publishing Director.
    Would any of the following suit? Thursday 9th at 2pm, Friday 10th at 11am.
    Josephine
    """), tz="uk")

add("other", "recruiter_out_of_office", "en", "Lumen Harbor", "priya.nair@lumenharbor.test",
    "Priya Nair <priya.nair@lumenharbor.test>", "Automatic reply: Platform Engineer - availability",
    """
    Thank you for your email. I am out of the office until Monday 18 May with limited access to
    email. For urgent recruiting matters please contact recruiting@lumenharbor.test.

    Priya
    """, reply=True, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    tz="us_p")

add("other", "standup_calendar_notification", "en", "", "",
    "Google Calendar <calendar-notification@google.com>",
    "Notification: Daily standup @ Tue 12 May 2026 9:30am - 9:45am (BST)",
    """
    Daily standup
    Tuesday 12 May 2026 9:30am - 9:45am (BST)
    Joining info: meet.google.com/abc-defg-hij

    Invitation from Google Calendar
    You are receiving this email because you are an attendee on the event.
    """, ics=ics("standup-recurring-2026@google.com", "20260512T0830", 15, "Daily standup",
                 "Tom Ashby <tom.ashby@brightloop.example.com>", method="PUBLISH"), ics_method="PUBLISH",
    fmt="alt", tz="uk")

add("other", "glassdoor_interview_reviews", "en", "", "",
    "Glassdoor <noreply@glassdoor.com>", "New interview reviews for Lumen Harbor",
    """
    Lumen Harbor has 4 new interview reviews

    "Recruiter screen, then a technical interview and a virtual onsite with 4 rounds. They
    rejected me after the onsite but the process was fair." - Platform Engineer candidate

    "Got an offer after the final round. Interviewers were friendly." - SRE candidate

    Read all interview reviews: https://www.glassdoor.com/Interview/lumen-harbor

    You're receiving this because you follow Lumen Harbor. Unsubscribe
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "<updates.glassdoor.com>"}, tz="us_p")

add("other", "webinar_ace_interview", "en", "", "",
    "Hired Right Academy <events@hiredright.example.org>",
    "Live webinar Thursday: ace your next technical interview",
    """
    Register now: "From phone screen to offer" - live on Thursday at 6pm GMT.

    Our panel of hiring managers will cover how to prepare for a panel interview, what to do if
    you get a rejection after the final round, and how to negotiate a verbal offer.

    Save your seat: https://hiredright.example.org/webinars/phone-to-offer

    Hired Right Academy · Unsubscribe · Privacy
    """, fmt="html", tracking=True, headers={**UNSUB}, tz="uk")

add("other", "profile_viewed_notification", "en", "", "",
    "LinkedIn <notifications-noreply@linkedin.com>", "Sam, you appeared in 14 searches this week",
    """
    You appeared in 14 searches this week

    Your profile was found by people from:
    Halvorsen Logistics, Sablewood Security, Corvid Labs

    A recruiter from Sablewood Security viewed your profile.
    See all: https://www.linkedin.com/me/search-appearances
    """, fmt="html", tracking=True, headers={**UNSUB}, tz="us_p")

add("other", "cfp_talk_not_accepted", "en", "", "",
    "DataConf 2026 Program Committee <cfp@dataconf.example.org>",
    "DataConf 2026: decision on your proposal",
    """
    Dear Sam,

    Thank you for submitting "Idempotent pipelines in practice" to DataConf 2026. We received 640
    proposals for 48 slots this year.

    Unfortunately, your proposal was not selected for the programme. This is not a judgement on
    its quality; we had to turn down many excellent talks.

    We hope to see you at the conference.

    The DataConf Program Committee
    """, fmt="alt", tz="cet")

add("other", "colleague_interview_panel_request", "en", "", "nadia.s@brightloop.example.com",
    "Nadia Saleh <nadia.s@brightloop.example.com>", "Can you sit on a panel Thursday?",
    """
    Hey Sam,

    We've got a candidate coming in for the junior data analyst role on Thursday at 11. Could you
    do the 30-min technical interview slot? I'll send the CV and scorecard tomorrow. Thanks!

    Nadia
    Engineering Manager, Brightloop
    """, tz="uk")

add("other", "beta_waitlist_position", "en", "", "",
    "Tandem Notes <hello@tandemnotes.example.com>", "You're #2,481 on the waitlist",
    """
    Thanks for your application to the Tandem Notes beta!

    Your current position in the waitlist: #2,481.
    Move up the list by inviting friends: https://tandemnotes.example.com/r/sam81

    We'll let you know as soon as your spot opens up.
    """, fmt="html", tracking=True, headers={**UNSUB}, tz="us_p")

add("other", "mock_interview_coaching", "en", "", "",
    "InterviewGym <bookings@interviewgym.example.com>", "Your mock interview is booked",
    """
    Hi Sam,

    Your mock behavioural interview with coach Denise is confirmed for Wednesday at 7:00 PM.
    This is a practice session with our coaching service - not an interview with an employer.

    Join link: https://interviewgym.example.com/room/denise-sam

    The InterviewGym team
    """, fmt="alt", tz="us_e")

add("other", "tech_list_digest", "en", "", "",
    "python-jobs digest <python-jobs@lists.example.org>", "python-jobs Digest, Vol 212, Issue 3",
    """
    Send python-jobs mailing list submissions to
        python-jobs@lists.example.org

    Today's Topics:

       1. [HIRING] Backend engineer, Lisbon (Rui Costa)
       2. Re: How many interview rounds is too many? (Alan Price)
       3. Re: Got rejected after take-home - normal? (Mira Lind)

    ----------------------------------------------------------------------

    Message: 2
    From: Alan Price <alan@example.net>
    Subject: Re: How many interview rounds is too many?

    Four rounds is my limit. Anything beyond and I politely withdraw.

    ------------------------------

    Message: 3
    From: Mira Lind <mira@example.org>
    Subject: Re: Got rejected after take-home - normal?

    Happens to me all the time. They said "we won't be moving forward" after I spent 8 hours.

    _______________________________________________
    python-jobs mailing list
    https://lists.example.org/mailman/listinfo/python-jobs
    """, headers={"List-Id": "Python jobs discussion <python-jobs.lists.example.org>",
                  "List-Unsubscribe": "<https://lists.example.org/mailman/options/python-jobs>",
                  "Precedence": "list"}, tz="uk")

add("other", "referral_friend_passed_cv", "en", "", "omar.h@example.net",
    "Omar Haddad <omar.h@example.net>", "passed your cv on",
    """
    hey, just sent your CV to our head of data like I promised. no idea what the timeline is but
    she said she'd take a look. fingers crossed! will let you know if I hear anything

    O
    """, tz="uk")

add("other", "insurance_claim_unsuccessful", "en", "", "",
    "Bluefin Insurance <claims-noreply@bluefin.example.com>", "Update on your claim BF-77120",
    """
    Dear Sam Moreau,

    We have now completed our assessment of your claim BF-77120 for accidental damage to a laptop.
    Unfortunately the claim is not covered under the terms of your policy, as the item was not
    listed as a specified valuable.

    If you disagree with this decision you can ask us to review it within 8 weeks.

    Bluefin Insurance Claims Team
    """, fmt="alt", tz="uk")

add("other", "gym_offer_promotion", "en", "", "",
    "FlexFit <offers@flexfit.example.com>", "An exclusive offer just for you, Sam",
    """
    We're pleased to offer you 50% off your first three months!

    Congratulations - as a former member you've been selected for our comeback offer. Join before
    31 May and pay just £14.99/month.

    Claim your offer: https://flexfit.example.com/comeback

    Unsubscribe from marketing emails.
    """, fmt="html", tracking=True, headers={**UNSUB}, tz="uk")

# German

add("other", "de_stepstone_jobagent", "de", "", "",
    "StepStone Jobagent <jobagent@stepstone.de>", "12 neue Jobs für „Projektingenieur“",
    """
    Hallo Sam,

    Ihr Jobagent hat 12 neue passende Stellenangebote gefunden:

    Projektingenieur Elektrotechnik (m/w/d)
    Bergmann Elektrotechnik GmbH · Stuttgart
    https://www.stepstone.de/stellenangebote--Projektingenieur-Stuttgart--1234

    Projektleiter Automatisierung (m/w/d)
    Hanse Logistik GmbH & Co. KG · Hamburg
    https://www.stepstone.de/stellenangebote--Projektleiter-Hamburg--5678

    Jobagent bearbeiten oder abbestellen
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "<jobagent.stepstone.de>"}, tz="cet")

add("other", "de_karriere_newsletter", "de", "", "",
    "Karriere-Kompass <newsletter@karrierekompass.example.org>",
    "Absage erhalten? So reagieren Sie richtig",
    """
    Liebe Leserinnen und Leser,

    „Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist im Bewerbungsprozess so gefürchtet.
    In unserem Schwerpunkt zeigen wir, wie Sie auf eine Absage professionell antworten, warum sich
    die Bitte um Feedback lohnt und wie Sie ein verpasstes Vorstellungsgespräch retten.

    Außerdem: Die zehn häufigsten Fragen im Vorstellungsgespräch – und gute Antworten darauf.

    Zum Artikel: https://karrierekompass.example.org/absage-richtig-reagieren

    Newsletter abbestellen | Impressum
    """, fmt="alt", tracking=True, headers={**UNSUB, "List-Id": "<news.karrierekompass.example.org>"}, tz="cet")

add("other", "de_paket_verspaetet", "de", "", "",
    "Paketdienst Nord <benachrichtigung@paketnord.example.de>",
    "Ihre Sendung verspätet sich leider",
    """
    Guten Tag,

    leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Neuer voraussichtlicher
    Zustelltermin: Mittwoch, 13.05.2026.

    Wir bitten die Verzögerung zu entschuldigen.

    Ihr Paketdienst Nord
    Dies ist eine automatisch erzeugte E-Mail.
    """, charset="iso-8859-1", tz="cest")

add("other", "de_wohnung_absage", "de", "", "vermietung@lindenhof-immobilien.example.de",
    "Lindenhof Immobilien <vermietung@lindenhof-immobilien.example.de>",
    "Ihre Anfrage zur Wohnung Gartenstraße 12",
    """
    Sehr geehrter Herr Moreau,

    vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Gartenstraße 12 und Ihre
    Teilnahme an der Besichtigung. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für
    einen anderen Mietinteressenten entschieden hat.

    Mit freundlichen Grüßen
    Ihr Team von Lindenhof Immobilien
    """, charset="windows-1252", tz="cest")

add("other", "de_kreditantrag_eingang", "de", "", "",
    "Sparkasse Mittelland <service-noreply@sparkasse-mittelland.example.de>",
    "Ihr Kreditantrag ist bei uns eingegangen",
    """
    Sehr geehrter Herr Moreau,

    vielen Dank für Ihren Antrag auf einen Ratenkredit. Ihr Antrag ist bei uns eingegangen und wird
    nun geprüft. Über das Ergebnis informieren wir Sie in der Regel innerhalb von drei Werktagen.

    Mit freundlichen Grüßen
    Ihre Sparkasse Mittelland
    """, fmt="html", tz="cest")

add("other", "de_abwesenheit_recruiter", "de", "Hanse Logistik", "j.petersen@hanse-logistik.test",
    "Jan Petersen <j.petersen@hanse-logistik.test>", "Abwesenheitsnotiz: Zweites Gespräch",
    """
    Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 05.06.2026 nicht im Büro und habe
    keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
    personal@hanse-logistik.test.

    Mit freundlichen Grüßen
    Jan Petersen
    """, reply=True, headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", tz="cest")

add("other", "de_podcast_interview", "de", "", "nina@techtalk-podcast.example.de",
    "Nina Schäfer <nina@techtalk-podcast.example.de>", "Interview für unseren Podcast?",
    """
    Hallo Sam,

    ich bin Nina vom Podcast „Techtalk am Abend“. Dein Vortrag auf der DataConf hat mir sehr
    gefallen – hättest du Lust, für eine Folge mit mir ein Interview zu führen? Aufnahme dauert
    etwa eine Stunde, remote.

    Liebe Grüße
    Nina
    """, cte="8bit", tz="cest")

add("other", "de_xing_recruiter_nachricht", "de", "", "",
    "XING <mailrobot@mail.xing.com>", "Sam, Sie haben eine neue Nachricht",
    """
    Hallo Sam Moreau,

    Sie haben eine neue Nachricht von Markus Brandt (Recruiter bei Talentwerk Personalberatung)
    erhalten:

    „Hallo Herr Moreau, ich hätte eine spannende Position für Sie …“

    Nachricht lesen: https://www.xing.com/chats/abc123

    Benachrichtigungen verwalten
    """, fmt="html", tracking=True, headers={**UNSUB}, tz="cest")

# French

add("other", "fr_wttj_alertes", "fr", "", "",
    "Welcome to the Jungle <hello@welcometothejungle.com>", "5 nouvelles offres pour vous, Sam",
    """
    Bonjour Sam,

    Voici les nouvelles offres qui correspondent à votre alerte « Chef de projet digital – Paris » :

    Chef de projet digital – Groupe Valmont – Paris – CDI
    https://www.welcometothejungle.com/fr/companies/groupe-valmont/jobs/chef-de-projet

    Product Owner – Papillon Santé – Lyon – CDI
    https://www.welcometothejungle.com/fr/companies/papillon-sante/jobs/po

    Gérer mes alertes | Se désabonner
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "<alertes.welcometothejungle.com>"}, tz="cest")

add("other", "fr_newsletter_entretien", "fr", "", "",
    "Le Mag Emploi <lettre@lemagemploi.example.fr>",
    "Entretien d'embauche : les 7 erreurs qui coûtent un poste",
    """
    Bonjour,

    Arriver en retard, ne pas se connecter à l'entretien visio, mal réagir à un refus… Cette
    semaine, nos recruteurs reviennent sur les erreurs les plus fréquentes et sur la bonne façon de
    répondre à une lettre de refus.

    Lire l'article : https://lemagemploi.example.fr/erreurs-entretien

    Vous recevez cette lettre car vous êtes inscrit sur lemagemploi.example.fr.
    Se désinscrire
    """, fmt="alt", tracking=True, headers={**UNSUB, "List-Id": "<lettre.lemagemploi.example.fr>"}, tz="cest")

add("other", "fr_colis_retard", "fr", "", "",
    "Colis Express <notification@colisexpress.example.fr>", "Votre colis a du retard",
    """
    Bonjour,

    Malheureusement, la livraison de votre colis n° 6A12345678901 est retardée en raison d'un
    incident sur notre plateforme de tri. Nouvelle date estimée : jeudi 14 mai.

    Nous vous prions de nous excuser pour la gêne occasionnée.

    Colis Express
    """, charset="iso-8859-1", tz="cest")

add("other", "fr_master_refus", "fr", "", "",
    "Université de Garonne - Admissions <admissions-noreply@univ-garonne.example.fr>",
    "Réponse à votre candidature - Master 2 Économie",
    """
    Madame, Monsieur,

    Nous avons le regret de vous informer que votre candidature au Master 2 Économie appliquée n'a
    pas été retenue par la commission pédagogique pour l'année universitaire 2026-2027.

    Nous vous prions d'agréer nos salutations distinguées.

    Le service des admissions
    """, fmt="alt", tz="cest")

add("other", "fr_dossier_location_refuse", "fr", "", "contact@agence-delaporte.example.fr",
    "Agence Delaporte <contact@agence-delaporte.example.fr>", "Votre dossier de location",
    """
    Bonjour Monsieur Moreau,

    Nous vous remercions pour votre dossier concernant l'appartement rue des Lilas. Le propriétaire
    a malheureusement retenu une autre candidature.

    Nous restons à votre disposition pour d'autres visites.

    Cordialement,
    Agence Delaporte
    """, charset="iso-8859-1", tz="cest")

add("other", "fr_absence_recruteur", "fr", "Groupe Hélios Assurances", "t.moreau@recrut-conseil.test",
    "Thibault Moreau <t.moreau@recrut-conseil.test>", "Réponse automatique : Votre candidature - Hélios",
    """
    Bonjour,

    Je suis absent du bureau jusqu'au 25 mai inclus. Pour toute demande urgente, merci de contacter
    le standard au 01 00 00 00 00.

    Cordialement,
    Thibault Moreau
    """, reply=True, headers={"Auto-Submitted": "auto-replied"}, tz="cest")

add("other", "fr_etude_utilisateur", "fr", "", "",
    "Équipe Recherche Utilisateur <recherche@banquedulac.example.fr>",
    "Participez à un entretien utilisateur (30 min, bon d'achat de 40 €)",
    """
    Bonjour Sam,

    Notre équipe produit recherche des clients pour un entretien utilisateur de 30 minutes en
    visioconférence, afin de mieux comprendre comment vous utilisez notre application mobile.

    Réservez votre créneau : https://banquedulac.example.fr/recherche/creneaux

    Merci pour votre aide !
    L'équipe Recherche Utilisateur
    """, fmt="html", tracking=True, tz="cest")

# Spanish

add("other", "es_infojobs_alertas", "es", "", "",
    "InfoJobs <alertas@infojobs.net>", "Nuevas ofertas de Analista Financiero en Madrid",
    """
    Hola Sam,

    Tenemos 8 nuevas ofertas que encajan con tu alerta:

    Analista Financiero Senior - Grupo Alcázar - Madrid
    https://www.infojobs.net/madrid/analista-financiero/of-i123

    Controller Financiero - Tortuga Pagos - Madrid
    https://www.infojobs.net/madrid/controller/of-i456

    Darse de baja de esta alerta
    """, fmt="html", tracking=True, headers={**UNSUB, "List-Id": "<alertas.infojobs.net>"}, tz="cest")

add("other", "es_newsletter_consejos", "es", "", "",
    "Empleo Hoy <boletin@empleohoy.example.es>",
    "Cómo responder a un correo de rechazo (y otras claves de la semana)",
    """
    Hola,

    Esta semana hablamos de qué hacer cuando recibes el temido "lamentamos comunicarte que no has
    sido seleccionado", cómo preparar una entrevista por competencias y qué decir si no pudiste
    asistir a una entrevista.

    Leer más: https://empleohoy.example.es/boletin/142

    Si no quieres recibir más correos, date de baja aquí.
    """, fmt="alt", tracking=True, headers={**UNSUB, "List-Id": "<boletin.empleohoy.example.es>"}, tz="cest")

add("other", "es_pedido_retrasado", "es", "", "",
    "TiendaMax <pedidos@tiendamax.example.es>", "Tu pedido se ha retrasado",
    """
    Hola Sam,

    Lamentablemente tu pedido n.º 40-118822 se ha retrasado. La nueva fecha estimada de entrega es
    el viernes 15 de mayo.

    Sentimos las molestias.

    El equipo de TiendaMax
    """, fmt="html", tracking=True, tz="cest")

add("other", "es_tarjeta_solicitud", "es", "", "",
    "Banco Ribera <no-responder@bancoribera.example.es>",
    "Hemos recibido tu solicitud de tarjeta de crédito",
    """
    Hola Sam,

    Gracias por solicitar la Tarjeta Ribera Oro. Hemos recibido tu solicitud y la estamos
    estudiando. Te comunicaremos la respuesta en un plazo máximo de 72 horas.

    Banco Ribera
    """, charset="windows-1252", tz="cest")

add("other", "es_amiga_rechazo", "es", "", "lucia.p@example.org",
    "Lucía Pardo <lucia.p@example.org>", "buff",
    """
    Sam!! Me acaban de decir que no en Lumbre, después de tres entrevistas. "Hemos decidido
    continuar con otros candidatos" y ya. Estoy de bajón.

    ¿Un café mañana? Y cuéntame qué tal tu entrevista del martes.

    Besos,
    Lu
    """, cte="8bit", tz="cest")

add("other", "es_fuera_oficina_recruiter", "es", "Viñedos Altamira", "l.ortega@altamira.test",
    "Laura Ortega <l.ortega@altamira.test>", "Respuesta automática: Siguiente fase del proceso",
    """
    Hola,

    Estaré fuera de la oficina hasta el 25 de mayo sin acceso al correo. Para cualquier asunto
    urgente, escribe a personas@altamira.test.

    Gracias,
    Laura Ortega
    """, reply=True, headers={"Auto-Submitted": "auto-replied"}, tz="cest")

add("other", "es_entrevista_radio", "es", "", "andres@radiocosta.example.es",
    "Andrés Villa <andres@radiocosta.example.es>", "Entrevista en Radio Costa",
    """
    Hola Sam,

    Soy Andrés, productor del programa "Mañanas en la Costa". Nos gustaría hacerte una entrevista
    de unos diez minutos en directo sobre tu proyecto de voluntariado tecnológico. ¿Te vendría bien
    el jueves a las 11:15? Sería por teléfono.

    Un saludo,
    Andrés Villa
    Radio Costa
    """, tz="cest")


def main(argv: list[str]) -> int:
    """Rewrite the corpus next to this file (or under argv[1]) and print counts."""
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    rows = write(outdir)
    by_kind: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for _, kind, _, _, lang in rows:
        by_kind[kind] = by_kind.get(kind, 0) + 1
        by_lang[lang] = by_lang.get(lang, 0) + 1
    print(f"{len(rows)} messages", by_kind, by_lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
