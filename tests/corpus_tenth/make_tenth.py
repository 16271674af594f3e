"""Writes the tenth labelled corpus: one job seeker's inbox, Aug-Oct 2026, as .eml files.

Run `python tests/corpus_tenth/make_tenth.py [OUTDIR]` to regenerate (default: this folder).
Every message is written out by hand below, one call per message; the helpers only build the
MIME structure (plain, HTML-only, multipart/alternative, calendar parts, attachments), the
transfer encodings and charsets, and the threading headers. Output is byte-for-byte
reproducible: fixed dates, Message-IDs derived from the file name, fixed MIME boundaries.

Imports only the standard library; never the classifier.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass, field
from datetime import datetime
from email import charset as email_charset
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

ME = ("Femi Adeyemi", "femi.adeyemi@example.com")
ME_STR = "Femi Adeyemi <femi.adeyemi@example.com>"


@dataclass
class Mail:
    """One message to write, with its labels."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    date: str
    body: str | None = None
    html: str | None = None
    to: list[tuple[str, str]] = field(default_factory=lambda: [ME])
    cc: list[tuple[str, str]] = field(default_factory=list)
    reply_to: tuple[str, str] | None = None
    charset: str = "utf-8"
    cte: str = "qp"  # "qp", "b64", "8bit", "7bit"
    head_charset: str = "utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    ics: str | None = None
    attach: list[tuple[str, str, bytes]] = field(default_factory=list)
    reply_to_mid: str | None = None
    refs: list[str] = field(default_factory=list)
    mid: str | None = None


MAILS: list[Mail] = []


def add(kind: str, slug: str, **kw: object) -> Mail:
    """Record one message (keyword arguments are the Mail fields)."""
    mail = Mail(kind=kind, slug=slug, **kw)  # type: ignore[arg-type]
    MAILS.append(mail)
    return mail


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def _charset(name: str, cte: str) -> email_charset.Charset:
    cs = email_charset.Charset(name)
    cs.body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64}.get(cte)
    return cs


def _text(text: str, subtype: str, mail: Mail) -> MIMEText:
    part = MIMEText("", subtype, "us-ascii")
    del part["Content-Transfer-Encoding"]
    del part["Content-Type"]
    part.set_type(f"text/{subtype}")
    if mail.cte in ("7bit", "8bit"):
        part.set_param("charset", mail.charset)
        part.set_payload(text.encode(mail.charset).decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = mail.cte
    else:
        part.set_payload(text, _charset(mail.charset, mail.cte))
    return part


def _fit(value: str, charset: str) -> str:
    """The header charset the sender's client would pick: its own, else UTF-8."""
    try:
        value.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def _hdr(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, _fit(value, charset), header_name="Subject").encode()


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, _fit(name, charset), header_name='From').encode()} <{addr}>"


def mid_of(slug: str, domain: str) -> str:
    """A stable Message-ID for a message or for a reply it quotes."""
    digest = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def _body(mail: Mail) -> MIMEBase:
    plain = _text(mail.body, "plain", mail) if mail.body is not None else None
    html = _text(mail.html, "html", mail) if mail.html is not None else None
    cal = None
    if mail.ics is not None:
        method = next(line[7:] for line in mail.ics.splitlines() if line.startswith("METHOD:"))
        cal = MIMEBase("text", "calendar", charset="utf-8", method=method)
        raw = mail.ics.replace("\n", "\r\n").encode("utf-8")
        cal.set_payload(raw.decode("ascii", "surrogateescape"))
        cal["Content-Transfer-Encoding"] = "7bit" if raw.isascii() else "8bit"
    parts = [p for p in (plain, html, cal) if p is not None]
    seed = hashlib.sha1(mail.slug.encode()).hexdigest()
    if len(parts) == 1:
        root: MIMEBase = parts[0]
    else:
        root = MIMEMultipart("alternative", boundary=f"==alt_{seed[:16]}==")
        for p in parts:
            root.attach(p)
    if mail.attach:
        mixed = MIMEMultipart("mixed", boundary=f"==mix_{seed[16:32]}==")
        mixed.attach(root)
        for filename, ctype, data in mail.attach:
            maintype, subtype = ctype.split("/")
            att = MIMEBase(maintype, subtype, name=filename)
            att.set_payload(data)
            encoders.encode_base64(att)
            att.add_header("Content-Disposition", "attachment", filename=filename)
            mixed.attach(att)
        root = mixed
    for sub in root.walk():
        if sub is not root:
            del sub["MIME-Version"]
    return root


def render(mail: Mail) -> bytes:
    """The message as bytes, headers in the order a real MTA leaves them."""
    msg = _body(mail)
    hc = mail.head_charset
    head: list[tuple[str, str]] = [
        ("Return-Path", f"<{mail.frm[1]}>"),
        ("Date", format_datetime(datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z"))),
        ("From", _addr(mail.frm, hc)),
        ("To", ", ".join(_addr(a, hc) for a in mail.to)),
    ]
    if mail.cc:
        head.append(("Cc", ", ".join(_addr(a, hc) for a in mail.cc)))
    if mail.reply_to:
        head.append(("Reply-To", _addr(mail.reply_to, hc)))
    head.append(("Subject", _hdr(mail.subject, hc)))
    head.append(("Message-ID", mail.mid or mid_of(mail.slug, _domain(mail.frm[1]))))
    if mail.reply_to_mid:
        head.append(("In-Reply-To", mail.reply_to_mid))
        head.append(("References", " ".join([*mail.refs, mail.reply_to_mid])))
    head.append(("MIME-Version", "1.0"))
    head.extend(mail.headers)
    existing = list(msg.items())
    for key in list(msg.keys()):
        del msg[key]
    for key, value in head:
        msg[key] = value
    for key, value in existing:
        if key != "MIME-Version":
            msg[key] = value
    return msg.as_bytes(policy=compat32)


def write(outdir: Path) -> None:
    """Write every message and labels.csv under outdir."""
    rows = []
    for number, mail in enumerate(MAILS, start=1):
        rel = f"{mail.kind}/{number:03d}_{mail.slug}.eml"
        target = outdir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(mail))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (outdir / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


def quote_gmail(when: str, who: str, text: str) -> str:
    """A Gmail-style quoted earlier message."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.strip("\n").split("\n"))
    return f"\nOn {when}, {who} wrote:\n\n{quoted}\n"


def quote_outlook(frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style earlier message below a From:/Sent: block."""
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip(chr(10))}\n")


def pdf(title: str) -> bytes:
    """A tiny stand-in PDF (the bytes only need to look like an attachment)."""
    return (f"%PDF-1.4\n1 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R >>\n"
            "%%EOF\n").encode("latin-1")


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: str,
        location: str = "", seq: int = 0, status: str = "CONFIRMED", tz: str = "") -> str:
    """A calendar object as an organizer's mail client sends it (times as UTC or TZID)."""
    if tz:
        dt = f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}"
    else:
        dt = f"DTSTART:{start}Z\nDTEND:{end}Z"
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Corpus Ten//Mail//EN\nVERSION:2.0\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260801T090000Z\n{dt}\n"
        f"SUMMARY:{summary}\nORGANIZER;CN=Organizer:mailto:{organizer}\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}\n"
        f"LOCATION:{location}\nSEQUENCE:{seq}\nSTATUS:{status}\nEND:VEVENT\nEND:VCALENDAR\n"
    )



def rejections() -> None:
    """~30 rejections: blunt, soft, filled, on hold, after interviews, relayed, ATS, 4 languages."""
    k = "rejection"
    add(k, "workday_crescent_mutual", lang="en", company="Crescent Mutual", contact="",
        frm=("Crescent Mutual", "crescentmutual@myworkday.com"),
        subject="Crescent Mutual - Application Status Update: Data Analyst (R-0041872)",
        date="2026-08-21 23:14 +0000", cte="7bit",
        body="""Dear  Femi Adeyemi ,

Thank you for your interest in the Data Analyst  - Pricing & Underwriting position (R-0041872) at Crescent Mutual.

After careful review of your application we have decided not to move forward with your candidacy for this position at this time.

We encourage you to continue to visit our careers site at https://crescentmutual.wd3.myworkday.com/External and apply for any future positions that match your skills and experience.



Sincerely,

Crescent Mutual Talent Acquisition



This email was sent from an unmonitored mailbox. Please do not reply to this message.
""")

    add(k, "greenhouse_quillstack_soft", cte="b64", lang="en", company="Quillstack",
        contact="hannah.okafor@quillstack.example.com",
        frm=("Quillstack Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Hannah Okafor", "hannah.okafor@quillstack.example.com"),
        subject="Your application to Quillstack", date="2026-08-12 17:40 +0100",
        body="""Hi Femi,

Thanks so much for taking the time to apply for our Analytics Engineer role, and for your patience while we reviewed applications.

We've had a lot of strong interest in this position, and after a careful look we've decided to pursue other candidates whose background more closely aligns with what the team needs right now.

We know that's not the news you were hoping for. We'd genuinely like to keep in touch - if another role on our careers page catches your eye, please don't hesitate to throw your hat in the ring again.

All the best with your search,

Hannah Okafor
Talent Partner, Quillstack
""",
        html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Femi,</p>
<p>Thanks so much for taking the time to apply for our Analytics Engineer role, and for your patience while we reviewed applications.</p>
<p>We've had a lot of strong interest in this position, and after a careful look we've decided to pursue other candidates whose background more closely aligns with what the team needs right now.</p>
<p>We know that's not the news you were hoping for. We'd genuinely like to keep in touch - if another role on our <a href="https://boards.greenhouse.io/quillstack">careers page</a> catches your eye, please don't hesitate to throw your hat in the ring again.</p>
<p>All the best with your search,</p>
<p>Hannah Okafor<br>Talent Partner, Quillstack</p>
</div>
<img src="https://us.greenhouse-mail.io/o/eJx1jk0OgjAQhe9Sz.gif" width="1" height="1" alt="">""")

    first = mid_of("kittiwake_thread_1", "example.com")
    add(k, "kittiwake_hm_mobile", lang="en", company="Kittiwake",
        contact="tom.brannigan@kittiwake.test",
        frm=("Tom Brannigan", "tom.brannigan@kittiwake.test"),
        subject="Re: Analytics Engineer chat", date="2026-09-03 19:02 +0100", cte="7bit",
        reply_to_mid=first,
        body="""Hi Femi, thanks again for tuesday. we've decided to go with someone who has a bit more dbt + airflow in production, was a close call honestly. Sorry! Good luck with it all

Tom

Sent from my iPhone

> On 1 Sep 2026, at 09:15, Femi Adeyemi <femi.adeyemi@example.com> wrote:
>
> Hi Tom,
>
> Thank you for the conversation this morning - I enjoyed hearing about how
> Kittiwake is rebuilding its warehouse. Looking forward to hearing about next steps.
>
> Best,
> Femi
""")

    add(k, "harbourlight_position_filled", lang="en", company="Harbourlight Hotels",
        contact="recruitment@harbourlight-hotels.example.com",
        frm=("Harbourlight Recruitment", "recruitment@harbourlight-hotels.example.com"),
        subject="Revenue Data Analyst - London", date="2026-08-07 11:26 +0100",
        body="""Dear Femi,

Many thanks for your application for the role of Revenue Data Analyst based at our Southwark support office.

I am writing to let you know that the position has now been filled and we shan't be progressing your application any further. I do appreciate this will be disappointing and I'm sorry we couldn't bring you better news.

We'll keep your CV on file for six months, in line with our privacy notice, should anything suitable come up.

Kind regards,

Gemma Price
Recruitment Advisor | Harbourlight Hotels
T: +44 20 7946 0321

Harbourlight Hotels Limited. Registered in England and Wales No. 04418822. Registered office: 12 Bankside Row, London SE1 9XX.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""")

    add(k, "northgate_on_hold", lang="en", company="Northgate Media",
        contact="r.oyelaran@northgatemedia.example.co.uk",
        frm=("Rachel Oyelaran", "r.oyelaran@northgatemedia.example.co.uk"),
        subject="Audience Insights Analyst - update", date="2026-09-14 16:48 +0100",
        body="""Hi Femi,

I wanted to let you know personally before you heard it any other way: following the restructure announced last week, the Audience Insights Analyst role has been put on hold and we will not be proceeding with the recruitment process, including your final-stage interview.

This is no reflection on you at all - the panel really enjoyed meeting you. If the role is reopened in the new year I'd be very happy to reach out.

Apologies again, and thank you for your patience with us.

Rachel

Rachel Oyelaran
Head of Audience Data
Northgate Media
""")

    add(k, "tessellate_takehome_feedback", lang="en", company="Tessellate Labs",
        contact="maya.lindqvist@tessellate.example.io",
        frm=("Tessellate Labs", "no-reply@ashbyhq.com"),
        reply_to=("Maya Lindqvist", "maya.lindqvist@tessellate.example.io"),
        subject="Following up", date="2026-09-22 10:05 +0200",
        body="""Hi Femi,

Thank you for the work you put into the take-home exercise - we know it takes real time, and we don't take that for granted.

The reviewers liked how clearly you documented your assumptions, and your cohort retention model was well structured. Where it fell short for us was the testing: we were looking for data tests on the staging models and some thought about late-arriving events, and neither really came through.

On balance we won't be taking your application to the onsite stage. I'm sorry it isn't better news, and I hope the feedback is useful.

Warmly,
Maya Lindqvist
Recruiting Lead - Tessellate Labs

Sent via Ashby
""")

    add(k, "sterling_vale_foxglove", lang="en", company="Foxglove Rail",
        contact="dan.whitcombe@sterlingvale.example.co.uk",
        frm=("Dan Whitcombe", "dan.whitcombe@sterlingvale.example.co.uk"),
        subject="Foxglove feedback", date="2026-08-28 13:31 +0100",
        body="""Hi Femi!!

Hope you're well! Just had the feedback through from Foxglove Rail re the Performance Analyst role - unfortunately they've decided not to take things further this time :( They said you came across really well but they've gone with an internal candidate who already knows their timetabling data inside out.

Honestly gutted for you as I thought it was a great fit!! Don't be disheartened though - I've got a couple of other things coming up in the transport space and you're top of my list. Free for a quick call Thursday?

Cheers,
Dan

Dan Whitcombe | Senior Consultant - Data & Analytics
Sterling Vale Recruitment
M: 07700 900 412 | www.sterlingvale.example.co.uk
Sterling Vale Recruitment Ltd is an employment business and employment agency.
""")

    add(k, "orbitra_one_liner", lang="en", company="Orbitra", contact="jess@orbitra.test",
        frm=("Jess Amankwah", "jess@orbitra.test"), subject="Update",
        date="2026-10-02 08:57 +0100", cte="7bit",
        body="""Hi Femi - thanks for your time, but we won't be moving forward. Best of luck.

J
""")

    add(k, "zentara_regret_inform", lang="en", company="Zentara Consulting",
        contact="hr.recruitment@zentara.example.in",
        frm=("HR Recruitment - Zentara", "hr.recruitment@zentara.example.in"),
        subject="Regarding your candidature for Analytics Consultant - Dublin",
        date="2026-09-08 12:40 +0530",
        body="""Dear Candidate,

Greetings from Zentara Consulting!

Thank you for your interest in Zentara and for the time you have invested in the selection process for the position of Analytics Consultant (Dublin).

We regret to inform you that your profile has not been shortlisted for the further rounds of the process. This decision was taken after careful evaluation of all the profiles received against the current requirement.

We will retain your resume in our database and do revert to you in case any suitable opening arises in future. We wish you all the very best for your future endeavours.

Do revert in case of any queries.

Thanks & Regards,
Shalini Iyer
Talent Acquisition Team
Zentara Consulting Pvt. Ltd.
Ph: +91 80 4567 1200

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised.
""")

    add(k, "van_doorn_dutch_english", lang="en", company="Van Doorn Capital",
        contact="s.dekker@vandoorncapital.example.nl",
        frm=("Sanne Dekker", "s.dekker@vandoorncapital.example.nl"),
        subject="Your application Data Analyst Risk", date="2026-08-31 09:22 +0200",
        body="""Dear Femi,

Thank you for your application for the function of Data Analyst Risk and for the conversation we had last week with Joost.

Unfortunately we have decided not to continue with your application. We had many good candidates and the choice was not easy for us. In the end we chose a candidate with more experience in the credit risk domain.

We wish you a lot of success with your further search.

With kind regards,

Sanne Dekker
Recruiter
Van Doorn Capital B.V.
Keizersgracht 410 | 1016 GC Amsterdam
""")

    add(k, "banca_verdi_italian_english", lang="en", company="Banca Verdi",
        contact="selezione.personale@bancaverdi.example.it",
        frm=("Selezione Personale Banca Verdi", "selezione.personale@bancaverdi.example.it"),
        subject="Application BI Analyst Dublin Branch", date="2026-09-17 15:03 +0200",
        charset="iso-8859-1", cte="qp", head_charset="iso-8859-1",
        body="""Dear Mr. Adeyemi,

we thank you for the interest demonstrated towards our Group and for the time dedicated to the interview with our Dublin branch.

We are sorry to communicate you that, at the end of the evaluation, your profile has not been selected for the position of BI Analyst. We will keep your curriculum in our archive for future opportunities, in compliance with the privacy law.

Best regards

Human Resources - Selection Office
Banca Verdi S.p.A.

--
Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per errore siete cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua distruzione. Grazie.
This e-mail and any attachments is confidential and may contain privileged information intended for the addressee(s) only.
""")

    add(k, "lumenfold_lever_after_final", lang="en", company="Lumenfold",
        contact="priya.nair@lumenfold.example.com",
        frm=("Priya Nair", "no-reply@hire.lever.co"),
        reply_to=("Priya Nair", "priya.nair@lumenfold.example.com"),
        subject="Lumenfold | Senior Data Analyst", date="2026-10-06 18:12 +0100",
        body="""Hi Femi,

I really appreciate you making time for the final round last week - four conversations in an afternoon is a lot, and everyone mentioned how prepared you were.

I'm sorry to say we've decided to extend an offer to another candidate. It was genuinely close, and the deciding factor was experience leading experimentation programmes end to end, which is a big part of the first six months in this role.

If it would help, I'm happy to jump on a 15 minute call to share more detail from the panel. And I'd love to stay in touch for future roles.

Best,
Priya

--
Priya Nair | Talent Partner | Lumenfold
""")

    add(k, "marlowe_finch_smartrecruiters", lang="en", company="Marlowe & Finch", contact="",
        frm=("Marlowe & Finch", "noreply@smartrecruiters.com"),
        subject="Your application for Merchandise Planning Analyst", date="2026-08-19 07:45 +0100",
        html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#333">
<tr><td style="border-bottom:3px solid #1d3b2a"><img src="https://c.smartrecruiters.com/sr-company-logo/marlowefinch.png" alt="Marlowe &amp; Finch" width="180"></td></tr>
<tr><td>
<p>Dear Femi,</p>
<p>Thank you for applying for the <b>Merchandise Planning Analyst</b> position at Marlowe &amp; Finch, and for the interest you have shown in joining our Head Office team.</p>
<p>After careful consideration, we regret that we will not be progressing your application at this time. We received a very high number of applications and the decision was a difficult one.</p>
<p>We would encourage you to keep an eye on <a href="https://jobs.smartrecruiters.com/MarloweFinch?utm_source=email&amp;utm_campaign=reject_2">our vacancies</a>, as new roles are added regularly.</p>
<p>With best wishes,<br>The Marlowe &amp; Finch Talent Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Powered by SmartRecruiters. You are receiving this email because you applied for a position. <a href="https://my.smartrecruiters.com/privacy">Privacy</a></td></tr>
</table></td></tr></table></body></html>""")

    add(k, "kurrajong_aussie", lang="en", company="Kurrajong Digital",
        contact="bec.mcallister@kurrajong.example.com.au",
        frm=("Bec McAllister", "bec.mcallister@kurrajong.example.com.au"),
        subject="Re: Remote Analytics Engineer (EMEA)", date="2026-09-10 08:14 +0100",
        body="""Hey Femi,

Thanks heaps for applying and for jumping on the call with me last week, really appreciated it.

Unfortunately you haven't been successful on this occasion - the team's gone with someone who's a bit closer to AEST hours for the overlap with Melbourne, which I know is a bit rough given we advertised it as EMEA friendly. Sorry about that!

No worries at all if you want to reach out down the track, we're growing pretty quick.

Cheers,
Bec

Bec McAllister
People & Talent | Kurrajong Digital
""")

    chain = quote_outlook(
        "Femi Adeyemi <femi.adeyemi@example.com>", "Friday, 25 September 2026 10:02",
        "Aoife Gallagher <aoife.gallagher@medivia.example.ie>",
        "Thank you - second interview",
        """Hi Aoife,

Thank you and Declan for your time yesterday. I particularly enjoyed the discussion about
readmission dashboards and how the team prioritises clinical requests.

Kind regards,
Femi""")
    add(k, "medivia_after_second_interview", lang="en", company="Medivia Health",
        contact="aoife.gallagher@medivia.example.ie",
        frm=("Aoife Gallagher", "aoife.gallagher@medivia.example.ie"),
        subject="RE: Thank you - second interview", date="2026-10-01 14:37 +0100",
        reply_to_mid=mid_of("medivia_thanks", "example.com"),
        body="""Hi Femi,

Thanks for your lovely note, and apologies for taking a few days to come back to you.

Declan and I have now met all of the shortlisted candidates. It was a really strong field, and I'm afraid we have decided to offer the role to another candidate whose experience with HSE reporting systems gave them the edge.

I want to say that your presentation on the readmissions data was one of the best we saw. I'd be very glad to be in touch if a similar role opens on the team - we expect to hire again in Q2.

Thanks again for all the effort you put in.

Best wishes,
Aoife

Aoife Gallagher
Head of Data & Analytics
Medivia Health | 4 Grand Canal Quay, Dublin 2
+353 1 555 0198
""" + chain)

    add(k, "ashcombe_role_withdrawn", lang="en", company="Ashcombe University",
        contact="hr-recruitment@ashcombe.example.ac.uk",
        frm=("HR Recruitment", "hr-recruitment@ashcombe.example.ac.uk"),
        subject="Vacancy ref AU-3317 Planning Data Analyst", date="2026-09-29 12:00 +0100",
        charset="windows-1252", cte="qp", head_charset="windows-1252",
        body="""Dear Femi Adeyemi

Vacancy ref AU-3317 \u2013 Planning Data Analyst, Strategic Planning Office

Thank you for your application for the above post.

I am writing to inform you that, following a review of staffing in the Strategic Planning Office, the University has taken the decision to withdraw this vacancy. We will therefore not be taking any applications further, including yours.

We recognise the time and effort that goes into an application and we are sorry for any inconvenience. You are welcome to apply for any future vacancies advertised on our website.

Yours sincerely

HR Recruitment Team
Ashcombe University
""")

    add(k, "nimbalyst_teamtailor", cte="b64", lang="en", company="Nimbalyst", contact="",
        frm=("Nimbalyst", "no-reply@teamtailor-mail.com"),
        subject="About your application", date="2026-08-26 09:30 +0200",
        body="""Hi Femi!

Thank you for applying for the Product Data Analyst position at Nimbalyst. We have now reviewed your application and have decided to go ahead with other candidates for this role.

We appreciate you taking the time to apply and hope you'll consider Nimbalyst again in the future.

Best regards,
Nimbalyst

Powered by Teamtailor
""",
        html="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif">
<div style="max-width:560px;margin:auto;padding:32px">
<img src="https://assets.teamtailor-cdn.com/nimbalyst/logo.png" alt="Nimbalyst logo" height="40">
<h2 style="font-weight:600">Hi Femi!</h2>
<p>Thank you for applying for the Product Data Analyst position at Nimbalyst. We have now reviewed your application and have decided to go ahead with other candidates for this role.</p>
<p>We appreciate you taking the time to apply and hope you'll consider Nimbalyst again in the future.</p>
<p>Best regards,<br>Nimbalyst</p>
<p style="font-size:11px;color:#999">Powered by <a href="https://www.teamtailor.com/?utm_source=email">Teamtailor</a> &middot; <a href="https://nimbalyst.teamtailor.com/connect/unsubscribe">Manage your data</a></p>
</div></body></html>""")

    add(k, "pellucid_recruiter_following_up", lang="en", company="Pellucid Insurance",
        contact="marcus.hale@pellucid.example.com",
        frm=("Marcus Hale", "marcus.hale@pellucid.example.com"),
        subject="Following up", date="2026-09-24 17:55 +0100", cte="7bit",
        body="""Hi Femi,

Following up on our call earlier - as promised, here's the written version. The hiring team met this afternoon and unfortunately they've decided not to move forward with your application for the Claims Analytics role. The main feedback was around stakeholder management at senior level; they felt the role needs someone who has already presented to exec committees regularly.

I know you put a lot into the case study so I'm sorry to be passing this on. If you'd like to chat it through, just reply here.

Marcus

Marcus Hale
Talent Acquisition Partner
Pellucid Insurance
""")

    add(k, "ocs_sift_outcome", lang="en", company="Office for Civic Statistics", contact="",
        frm=("OCS Recruitment", "noreply@jobs.civicstatistics.example.gov.uk"),
        subject="Outcome of your application - 2026-0419", date="2026-08-14 16:01 +0100",
        cte="7bit",
        body="""Application reference: 2026-0419-FA
Vacancy: Statistical Officer (Data Engineering) - Grade SEO
Department: Office for Civic Statistics

Dear Femi Adeyemi,

Thank you for applying for the above vacancy.

Outcome: Unsuccessful at sift

The sift panel has assessed your application against the essential criteria and behaviours
advertised. Unfortunately your application did not meet the required standard at this stage
and we will not be taking it forward to interview.

Sift scores
  Behaviour - Working Together ........ 3
  Behaviour - Delivering at Pace ...... 4
  Technical - Data Engineering ........ 3
  Pass mark: 4 in each element

Please note we are unable to provide further feedback beyond the scores above.

Regards
OCS Recruitment

This is an automated message. Replies to this mailbox are not monitored.
""")

    add(k, "westbury_icims", lang="en", company="Westbury Engineering", contact="",
        frm=("Westbury Engineering Careers", "do-not-reply@icims.com"),
        subject="Westbury Engineering: Your Application", date="2026-10-08 03:12 +0000",
        html="""<html><head><style>p{font-family:Arial;font-size:10pt}</style></head><body>
<p>Dear Femi,</p>
<p>Thank you for your interest in Westbury Engineering and the <span style="font-weight:bold">Asset Data Analyst (Req ID: 2026-7781)</span> position.</p>
<p>We have reviewed your qualifications against the requirements of the role and, while your background is impressive, we have selected other applicants whose qualifications better meet our current needs.</p>
<p>Your profile will remain in our talent community. Thank you again for considering Westbury Engineering.</p>
<p>Westbury Engineering<br>Talent Acquisition</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. This mailbox is not monitored.<br>
<a href="https://careers-westbury.icims.com/jobs/login?mobile=false&amp;width=1200">Candidate Portal</a></p>
<img src="https://careers-westbury.icims.com/icims2?track=open&amp;id=8812" width="1" height="1">
</body></html>""")

    add(k, "brueckner_personio_de", lang="de", company="Brückner Anlagenbau",
        contact="k.wenzel@brueckner-anlagenbau.example.de",
        frm=("Brückner Anlagenbau", "noreply@mail.personio.de"),
        reply_to=("Katrin Wenzel", "k.wenzel@brueckner-anlagenbau.example.de"),
        subject="Ihre Bewerbung als Data Analyst (m/w/d) – Brückner Anlagenbau",
        date="2026-09-02 10:41 +0200",
        body="""Sehr geehrter Herr Adeyemi,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Data Analyst (m/w/d) am Standort Garching nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person; wir hatten sehr viele qualifizierte Bewerbungen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Wenzel
Personalreferentin
Brückner Anlagenbau GmbH
Lichtenbergstraße 8 · 85748 Garching bei München
Geschäftsführer: Dr. Harald Brückner · Amtsgericht München HRB 118822
""")

    add(k, "isarwerk_casual_du", lang="de", company="Isarwerk",
        contact="lukas@isarwerk.example.de",
        frm=("Lukas Reindl", "lukas@isarwerk.example.de"),
        subject="kurzes Update", date="2026-09-18 21:06 +0200", cte="8bit",
        body="""Hey Femi,

danke dir nochmal für die Zeit am Mittwoch, war echt ein gutes Gespräch!

Ich mach's kurz: wir haben uns am Ende für jemand anderen entschieden, der schon länger mit Looker und unserem Stack gearbeitet hat. Tut mir leid, dass es diesmal nicht geklappt hat.

Wenn du magst, bleiben wir gern in Kontakt – wir wachsen nächstes Jahr sicher weiter.

Viele Grüße
Lukas

--
Lukas Reindl | Head of Data | Isarwerk
""")

    add(k, "klinikum_isarblick_besetzt", lang="de", company="Klinikum Isarblick",
        contact="bewerbung@klinikum-isarblick.example.de",
        frm=("Personalabteilung Klinikum Isarblick", "bewerbung@klinikum-isarblick.example.de"),
        subject="Ihre Bewerbung vom 04.08.2026 – Kennziffer 2026/118",
        date="2026-08-25 13:19 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Sehr geehrter Herr Adeyemi,

wir bedanken uns für Ihre Bewerbung als Datenanalyst/in im Medizincontrolling (Kennziffer 2026/118) und das unserem Haus entgegengebrachte Vertrauen.

Leider müssen wir Ihnen mitteilen, dass die Stelle inzwischen besetzt wurde. Wir bitten um Ihr Verständnis.

Ihre Bewerbungsunterlagen werden wir datenschutzgerecht vernichten.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
i. A. Monika Huber
Personalabteilung

Klinikum Isarblick gGmbH
Isarstraße 40, 81669 München
""")

    add(k, "finanzhaus_softgarden_nach_gespraech", lang="de", company="Finanzhaus Ammersee",
        contact="",
        frm=("Finanzhaus Ammersee Karriere", "no-reply@softgarden.io"),
        subject="Ihre Bewerbung: Analytics Engineer (w/m/d)", date="2026-10-09 11:50 +0200",
        html="""<html><body><table width="600" style="font-family:Verdana,sans-serif;font-size:13px">
<tr><td><img src="https://finanzhaus-ammersee.softgarden.io/assets/logo.png" alt="Finanzhaus Ammersee"></td></tr>
<tr><td>
<p>Hallo Femi Adeyemi,</p>
<p>herzlichen Dank für das angenehme Gespräch und Ihr Interesse an der Position <b>Analytics Engineer (w/m/d)</b>.</p>
<p>Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, deren Profil den Anforderungen der Stelle noch etwas genauer entspricht. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.</p>
<p>Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team der Finanzhaus Ammersee AG</p>
<p style="color:#999;font-size:10px">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table></body></html>""")

    add(k, "hotels_rivages_fr_formel", lang="fr", company="Hôtels Rivages",
        contact="recrutement@hotels-rivages.example.fr",
        frm=("Hôtels Rivages - Recrutement", "recrutement@hotels-rivages.example.fr"),
        subject="Votre candidature – Analyste Revenue Management (H/F) – Lyon",
        date="2026-08-20 15:22 +0200", charset="windows-1252", cte="qp",
        head_charset="windows-1252",
        body="""Bonjour Monsieur Adeyemi,

Nous vous remercions de l\u2019intérêt que vous portez à notre groupe et de votre candidature au poste d\u2019Analyste Revenue Management basé à Lyon.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n\u2019a pas été retenue. Cette décision ne remet nullement en cause vos qualités professionnelles.

Nous conservons vos coordonnées dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d\u2019agréer, Monsieur, l\u2019expression de nos salutations distinguées.

Claire Fontanel
Chargée de recrutement
Hôtels Rivages \u2013 Siège social
27 quai Saint-Antoine, 69002 Lyon
""")

    add(k, "canut_data_fr_tutoiement", lang="fr", company="Canut Data",
        contact="mathilde@canutdata.example.fr",
        frm=("Mathilde Roux", "mathilde@canutdata.example.fr"),
        subject="Re: Entretien Analytics Engineer", date="2026-09-11 18:47 +0200",
        reply_to_mid=mid_of("canut_thread", "example.com"),
        body="""Salut Femi,

Merci encore pour ton temps et pour l'échange de mardi avec Bastien, c'était vraiment sympa.

Je vais être directe : on part finalement sur un autre profil, quelqu'un qui a déjà monté une stack dbt/Snowflake de zéro, ce qui colle mieux à ce dont on a besoin tout de suite. Désolée, je sais que ce n'est pas la réponse que tu espérais.

Si tu veux un retour plus détaillé, n'hésite pas à m'appeler.

Belle continuation !
Mathilde

--
Mathilde Roux - Talent & People - Canut Data
06 12 34 56 78
""" + quote_gmail("mar. 8 sept. 2026 à 09:12", "Femi Adeyemi <femi.adeyemi@example.com>",
                  """Bonjour Mathilde,
Merci pour l'invitation, je confirme pour mardi 14h.
Bonne journée,
Femi""").replace("On mar.", "Le mar.").replace("wrote:", "a écrit :"))

    add(k, "valmont_poste_gele", lang="fr", company="Groupe Valmont Assurances",
        contact="j.perrin@valmont-assurances.example.fr",
        frm=("Julien Perrin", "j.perrin@valmont-assurances.example.fr"),
        subject="Point sur votre candidature", date="2026-10-05 10:10 +0200",
        body="""Bonjour Femi,

Je reviens vers vous concernant le poste de Data Analyst Actuariat pour lequel nous avions échangé le mois dernier.

Suite à une réorganisation interne, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite à votre candidature pour le moment, et je préfère vous le dire clairement plutôt que de vous laisser sans nouvelles.

Je suis sincèrement désolé de ce contretemps et vous remercie pour votre disponibilité.

Bien cordialement,

Julien Perrin
Responsable Recrutement
Groupe Valmont Assurances
""")

    add(k, "maison_corbel_recruitee_fr", lang="fr", company="Maison Corbel", contact="",
        frm=("Maison Corbel", "noreply@recruitee.com"),
        subject="Maison Corbel – votre candidature", date="2026-08-29 08:05 +0200",
        body="""Bonjour Femi,

Merci d'avoir postulé au poste de Data Analyst E-commerce chez Maison Corbel.

Nous avons bien étudié votre profil mais nous avons décidé de ne pas poursuivre le processus avec vous. Nous avons reçu beaucoup de candidatures de grande qualité pour ce poste.

Nous vous souhaitons une excellente continuation dans vos recherches.

L'équipe Maison Corbel

---
Cet e-mail a été envoyé via Recruitee. Merci de ne pas y répondre.
""")

    add(k, "supermercados_alba_es_formal", lang="es", company="Supermercados Alba",
        contact="", frm=("Supermercados Alba - Selección", "no-reply@seleccion.supermercadosalba.example.es"),
        subject="Proceso de selección – Analista de Datos Comerciales",
        date="2026-09-04 12:33 +0200", charset="windows-1252", cte="qp",
        head_charset="windows-1252",
        body="""Estimado/a Femi Adeyemi:

Le agradecemos sinceramente el interés mostrado por formar parte de Supermercados Alba y el tiempo dedicado a nuestro proceso de selección para el puesto de Analista de Datos Comerciales.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso.

Sus datos permanecerán en nuestra base de datos durante un período de 12 meses, de acuerdo con la normativa vigente de protección de datos, por si surgiera alguna vacante acorde a su perfil.

Atentamente,

Departamento de Selección
Supermercados Alba S.A.

Este mensaje se ha enviado desde una dirección que no admite respuestas.
""")

    add(k, "nexo_talent_almendro_es", lang="es", company="Grupo Almendro",
        contact="lucia.ferrer@nexotalent.example.es",
        frm=("Lucía Ferrer", "lucia.ferrer@nexotalent.example.es"),
        subject="Feedback Grupo Almendro", date="2026-09-25 13:58 +0200",
        body="""Hola Femi!!

Qué tal? Te escribo porque ya tengo el feedback de Grupo Almendro sobre la posición de Analytics Engineer. Al final han decidido seguir con otra persona que ya conocía su ERP, así que por esta vez no va a poder ser :(

Les gustó mucho tu perfil y tu nivel técnico, de verdad. Yo sigo moviendo tu candidatura en otros procesos que tengo abiertos en Madrid, te cuento en cuanto tenga algo!!

Un abrazo,

Lucía Ferrer
Senior Consultant Tech & Data | Nexo Talent
+34 600 123 456
""")

    add(k, "tramontana_prueba_tecnica_es", lang="es", company="Tramontana Software",
        contact="rrhh@tramontana.example.es",
        frm=("Equipo de Talento Tramontana", "rrhh@tramontana.example.es"),
        subject="RE: Prueba técnica - Data Analyst", date="2026-10-13 09:40 +0200",
        body="""Hola Femi:

Muchas gracias por enviarnos la prueba técnica y por el esfuerzo que has dedicado.

El equipo la ha revisado con detalle y, aunque la parte de SQL estaba muy bien resuelta, echamos en falta más profundidad en el análisis y en las conclusiones para negocio. Por ello, hemos decidido no continuar con tu candidatura en este proceso.

Te deseamos mucha suerte en tu búsqueda y esperamos coincidir en el futuro.

Un saludo,

Carmen Vidal
Talent Acquisition
Tramontana Software
""")


def invitations() -> None:
    """~25 interview invitations: links, screens, panels, next rounds, agencies, ICS parts."""
    k = "interview_invitation"
    add(k, "lumenfold_goodtime_next_stage", lang="en", company="Lumenfold",
        contact="priya.nair@lumenfold.example.com",
        frm=("Priya Nair", "no-reply@hire.lever.co"),
        reply_to=("Priya Nair", "priya.nair@lumenfold.example.com"),
        subject="Lumenfold | Senior Data Analyst - next steps", date="2026-09-15 11:20 +0100",
        body="""Hi Femi,

Great news - the team really enjoyed your conversation with Sam and we'd love to move you to the next stage!

The final round is four back-to-back 45-minute sessions over Zoom: SQL and modelling, a product analytics case, a conversation with our VP Data, and a values chat. Please use the link below to choose a slot that works for you next week; the tool will hold the interviewers' calendars for you.

Schedule here: https://app.goodtime.io/schedule/candidate/lmf-7Qx2kP9a

If none of the times suit, reply to this email and I'll find another option.

Cheers,
Priya

--
Priya Nair | Talent Partner | Lumenfold
""")

    add(k, "medivia_teams_invite_ics", lang="en", company="Medivia Health",
        contact="aoife.gallagher@medivia.example.ie",
        frm=("Aoife Gallagher", "aoife.gallagher@medivia.example.ie"),
        subject="Interview - Senior Healthcare Data Analyst - Femi Adeyemi",
        date="2026-09-04 09:48 +0100",
        body="""Hi Femi,

Following your application for the Senior Healthcare Data Analyst role, we would like to invite you to a first interview with myself and Declan Furlong (Analytics Lead).

When: Thursday 10 September 2026, 14:00-14:45 (Irish time)
Where: Microsoft Teams - link in the invitation

The conversation will cover your experience to date and a short discussion of a dashboard you have built and are proud of. No preparation beyond that is needed.

Please accept the invitation to confirm, or let me know if the time does not suit.

Kind regards,
Aoife

Aoife Gallagher
Head of Data & Analytics
Medivia Health | 4 Grand Canal Quay, Dublin 2

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzY4>
Meeting ID: 349 811 627 005
Passcode: 8dVq3r
________________________________________________________________________________
""",
        ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000001@medivia.example.ie",
                "20260910T130000", "20260910T134500",
                "Interview - Senior Healthcare Data Analyst - Femi Adeyemi",
                "aoife.gallagher@medivia.example.ie", "Microsoft Teams Meeting"))

    add(k, "fernhill_quick_chat", lang="en", company="Fernhill Energy",
        contact="o.mensah@fernhill-energy.example.com",
        frm=("Ollie Mensah", "o.mensah@fernhill-energy.example.com"),
        subject="Quick question", date="2026-08-11 12:03 +0100", cte="7bit",
        body="""Hi Femi,

Saw your application come through for the Trading Analytics role - would you be free for a quick chat this week? 20 mins, very informal, mostly so I can tell you what the job actually is (the ad is a bit generic, sorry).

Thursday after 2 or Friday morning work best for me. Just reply with a time and I'll send a Teams link.

Ollie
--
Ollie Mensah
Analytics Manager, Trading
Fernhill Energy
""")

    add(k, "datahire_cobalt_street", lang="en", company="Cobalt Street Bank",
        contact="kayleigh@datahirepartners.example.co.uk",
        frm=("Kayleigh Burns", "kayleigh@datahirepartners.example.co.uk"),
        subject="GREAT NEWS!!! Cobalt Street want to meet you", date="2026-09-01 10:15 +0100",
        html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Femi,</p>
<p>Hope you had a lovely weekend!! I have <b>GREAT</b> news - Cobalt Street Bank loved your CV and want to get you in for a first stage interview for the Financial Crime Data Analyst role!!! &#127881;</p>
<p>They've offered the following slots (all video, 45 mins with the Hiring Manager, Neil Ashworth):</p>
<ul><li>Wed 9th Sept - 10:00</li><li>Wed 9th Sept - 15:30</li><li>Thu 10th Sept - 11:00</li></ul>
<p>Let me know ASAP which works best and I'll lock it in! I'll send over some prep notes once confirmed - they're big on SQL window functions so worth a refresh :)</p>
<p>Speak soon!!</p>
<p>Kayleigh</p>
<p style="color:#6a1b9a"><b>Kayleigh Burns</b><br>Principal Consultant | Data &amp; Analytics<br>DataHire Partners<br>M: +44 7700 900 877<br>
<img src="https://www.datahirepartners.example.co.uk/sig/logo.png" alt="DataHire Partners - Data people, placed properly" width="160"></p>
<p style="font-size:8pt;color:#999">DataHire Partners Ltd acts as an employment agency for permanent recruitment. This email and its attachments are confidential.</p>
</div>""")

    add(k, "albion_water_workday_schedule", lang="en", company="Albion Water", contact="",
        frm=("Albion Water", "albionwater@myworkday.com"),
        subject="Action Required: Schedule your interview for Data Analyst - Leakage (JR-10923)",
        date="2026-08-24 08:02 +0000", cte="7bit",
        body="""Hello Femi ,


Congratulations! You have been selected to move forward in the recruitment process for Data Analyst - Leakage (JR-10923) .

Next Step : Interview Scheduling

Please log in to your candidate home account and select an interview time from the available slots within 3 business days :

https://albionwater.wd3.myworkday.com/albionwater/d/task/2997$1122.htmld


Interview Format :  Video interview (MS Teams) , 60 minutes , competency based

Interviewers :  Hiring Manager and a member of the Asset Performance team


Kind regards ,

Albion Water Resourcing Team



*** This is a system generated email, please do not reply ***
""")

    add(k, "kestrel_greenhouse_phone_screen", lang="en", company="Kestrel Payments",
        contact="nadia.yousef@kestrelpay.example.com",
        frm=("Nadia Yousef", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Nadia Yousef", "nadia.yousef@kestrelpay.example.com"),
        subject="Kestrel Payments - Phone Screen Availability", date="2026-08-18 15:37 +0100",
        body="""Hi Femi,

Thanks for applying to the Analytics Engineer position at Kestrel Payments! I'd love to set up a 30 minute phone screen to learn more about you and share more about the team.

Could you please let me know your availability over the next few days by clicking the link below?

https://app.greenhouse.io/availability/1f6c8e2a-0f3b/candidate_availability

Talk soon,
Nadia

Nadia Yousef
Recruiter, Kestrel Payments
""")

    add(k, "pennant_onsite_panel", lang="en", company="Pennant Analytics",
        contact="gwen.harcourt@pennant.example.com",
        frm=("Gwen Harcourt", "gwen.harcourt@pennant.example.com"),
        cc=[("Ravi Chandran", "ravi.chandran@pennant.example.com")],
        subject="Final interview - Tuesday 22nd September", date="2026-09-16 16:20 +0100",
        body="""Hi Femi,

Thank you for your patience. I'm pleased to invite you to the final stage for the Analytics Engineer role, which we'll hold in person at our Farringdon office:

Date: Tuesday 22 September
Arrival: 09:45 (reception, 3rd floor, 61 Clerkenwell Road)

10:00 - 10:45  Technical deep dive with Ravi Chandran and Hugo Blanc (data modelling, dbt)
10:50 - 11:30  Stakeholder scenario with Fatima Rehman (Head of Commercial Finance)
11:30 - 12:00  Coffee and office tour
12:00 - 12:30  Chat with Gwen (me) about the team and next steps

Please bring photo ID for building security. Lunch isn't included, but there are plenty of places nearby. If you need any adjustments for the day, just let me know.

Could you confirm by reply that the date works?

Best wishes,
Gwen

Gwen Harcourt
People Partner | Pennant Analytics
""")

    add(k, "corvid_games_live_sql_round", lang="en", company="Corvid Games",
        contact="hiring@corvidgames.example.com",
        frm=("Corvid Games Hiring", "hiring@corvidgames.example.com"),
        subject="Re: your application", date="2026-09-07 14:11 +0100",
        body="""hey Femi,

nice one getting through the screen! next round is a live SQL session with two of our analysts (60 min, over Google Meet, you'll share your screen and we'll work through some player-retention questions together - not a trick-question thing, we care more about how you think).

can you send over 3-4 times that work next week? we're in London, so anywhere between 10:00 and 17:00 UK time.

cheers
Ana @ Corvid
Talent, Corvid Games
""")

    add(k, "sundaram_shortlisted_indian", lang="en", company="Sundaram Analytics",
        contact="deepa.r@sundaram-analytics.example.in",
        frm=("Deepa Raghavan", "deepa.r@sundaram-analytics.example.in"),
        subject="Shortlisted for Technical Round - Data Analyst (Dublin)",
        date="2026-08-20 10:55 +0530",
        body="""Dear Femi,

Greetings of the day!

This is with reference to your application for the post of Data Analyst for our Dublin delivery centre. We are pleased to inform you that your profile has been shortlisted for the Technical Round of interview.

Details are as below:
Mode: Virtual (Webex)
Date: 26th August 2026
Time: 11:30 AM IST / 07:00 AM IST... kindly note correction: 07:00 AM Irish Standard Time
Panel: Mr. Arjun Menon (Delivery Manager), Ms. Kavya Pillai (Lead - BI)

Kindly confirm your availability for the said slot at the earliest. Also request you to share your updated resume and current CTC details prior to the interview.

Do revert in case of any clarification.

Thanks & Regards,
Deepa Raghavan
Sr. Executive - Talent Acquisition
Sundaram Analytics Pvt. Ltd.
Mob: +91 98450 12345
""")

    add(k, "liffey_regional_assessment", lang="en", company="Liffey Regional Authority",
        contact="recruitment@liffeyregional.example.ie",
        frm=("Recruitment Unit", "recruitment@liffeyregional.example.ie"),
        subject="Invitation to Interview - Data Analyst Grade VII - Competition 26/041",
        date="2026-09-09 11:00 +0100",
        attach=[("Interview_Guidance_Notes_26-041.pdf", "application/pdf",
                 pdf("Interview guidance notes"))],
        body="""Dear Femi Adeyemi,

Competition Ref: 26/041 - Data Analyst (Grade VII)

I am pleased to inform you that, following the shortlisting process, you have been invited to attend for interview for the above competition.

Your interview is scheduled as follows:

Date:     Wednesday 23 September 2026
Time:     10:30 a.m. (please arrive 15 minutes early)
Venue:    Liffey Regional Authority, Block C, Civic Offices, Wood Quay, Dublin 8

Interviews will be competency based and will last approximately 40 minutes. Please bring photographic ID and the original of your highest qualification. Guidance notes are attached.

Please confirm your attendance by return email no later than Friday 18 September 2026.

Is mise le meas,

Siobhán Kerrigan
Recruitment Unit
Liffey Regional Authority
""")

    add(k, "glashaven_dutch_first_conversation", lang="en", company="Glashaven Logistics",
        contact="m.vanleeuwen@glashaven.example.nl",
        frm=("Maarten van Leeuwen", "m.vanleeuwen@glashaven.example.nl"),
        subject="Invitation first conversation", date="2026-08-13 14:02 +0200",
        body="""Dear Femi,

Thanks for your application for the position Data Analyst Supply Chain (remote, EU).

We would like to invite you for a first conversation by video call with me and our teamlead Eva Bosman. In this conversation we want to get to know you better and of course you can ask all your questions about Glashaven.

Would Tuesday 18 August at 10.00 CET or Wednesday 19 August at 15.00 CET be possible for you? The conversation takes about 45 minutes.

I hear from you!

Kind regards,
Maarten van Leeuwen
Corporate Recruiter
Glashaven Logistics B.V.
""")

    add(k, "pipit_founder_calendly", lang="en", company="Pipit",
        contact="sam@pipit.test",
        frm=("Sam Okonjo", "sam@pipit.test"), subject="Pipit x Femi",
        date="2026-08-27 22:40 +0100", cte="7bit",
        body="""Femi - loved your write-up on attribution in your portfolio. We're 9 people, Series A, building analytics for small clinics and I need someone to own the data model.

Grab any 30 min slot here and let's talk: https://calendly.com/sam-pipit/30min

Sam
Founder, Pipit
""")

    add(k, "saltmarsh_google_calendar", cte="b64", lang="en", company="Saltmarsh Studios",
        contact="ellie.carr@saltmarsh.example.com",
        frm=("Ellie Carr (via Google Calendar)", "calendar-notification@google.com"),
        reply_to=("Ellie Carr", "ellie.carr@saltmarsh.example.com"),
        subject="Invitation: Femi / Saltmarsh - Data Analyst interview @ Thu 17 Sep 2026 11am - 12pm (BST) (femi.adeyemi@example.com)",
        date="2026-09-11 09:31 +0000",
        body="""You have been invited to the following event.

Femi / Saltmarsh - Data Analyst interview
When: Thursday 17 Sep 2026 11am - 12pm (BST)
Joining info: Join with Google Meet https://meet.google.com/qwe-rtyu-iop
Calendar: femi.adeyemi@example.com
Who:
  * ellie.carr@saltmarsh.example.com - organiser
  * femi.adeyemi@example.com
  * joe.fairley@saltmarsh.example.com

Hi Femi - this is the first interview we spoke about, with me and Joe from the audience team. Looking forward to it! Ellie

Going (femi.adeyemi@example.com)?   Yes - Maybe - No    more options >>

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
        ics=ics("REQUEST", "7k2mv1f0c3ab8e@google.com", "20260917T100000", "20260917T110000",
                "Femi / Saltmarsh - Data Analyst interview", "ellie.carr@saltmarsh.example.com",
                "https://meet.google.com/qwe-rtyu-iop"))

    add(k, "thistledown_second_stage", lang="en", company="Thistledown Housing",
        contact="lorna.mcbride@thistledown.example.org.uk",
        frm=("Lorna McBride", "lorna.mcbride@thistledown.example.org.uk"),
        subject="Performance & Insight Analyst - second stage", date="2026-09-03 15:46 +0100",
        body="""Dear Femi

Thank you for attending the first interview last week. I'm delighted to let you know that the panel would like to invite you to a second-stage interview.

This will take place at our Head Office in Stratford on Monday 14 September at 2pm and will last around an hour. You will be asked to give a ten-minute presentation on the following: "Using our published tenant satisfaction data, what would you prioritise in your first 90 days?" followed by questions from the panel (Director of Customer Experience, Head of Performance, and a tenant board member).

Do let me know if you have any access requirements, and please confirm whether you're able to attend.

Kind regards

Lorna McBride
HR Business Partner
Thistledown Housing
Registered society no. 31266R. Thistledown Housing is a charitable housing association.
""")

    add(k, "rookwood_android_terse", lang="en", company="Rookwood Retail",
        contact="d.kovacs@rookwood.example.co.uk",
        frm=("Daniel Kovacs", "d.kovacs@rookwood.example.co.uk"),
        subject="RE: Pricing Analyst application", date="2026-08-17 18:22 +0100",
        reply_to_mid=mid_of("rookwood_application_mail", "example.com"),
        body="""Can you do 3pm tomorrow for a first chat? I'll send a Teams link. 30 mins.

Dan

Get Outlook for Android
________________________________
From: Femi Adeyemi <femi.adeyemi@example.com>
Sent: Monday, August 17, 2026 9:03:41 AM
To: Daniel Kovacs <d.kovacs@rookwood.example.co.uk>
Subject: Pricing Analyst application

Dear Daniel,

I saw your post about the Pricing Analyst opening at Rookwood Retail and have applied
through the website. I've attached my CV here as well in case it's useful.

Best regards,
Femi Adeyemi
""")

    add(k, "orbitra_ashby_self_schedule", lang="en", company="Orbitra",
        contact="jess@orbitra.test",
        frm=("Orbitra", "no-reply@ashbyhq.com"), reply_to=("Jess Amankwah", "jess@orbitra.test"),
        subject="Pick a time for your interview with Orbitra", date="2026-09-21 13:05 +0100",
        html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#101828">
<table role="presentation" width="100%"><tr><td style="padding:24px">
<p style="font-size:12px;color:#667085">ORBITRA</p>
<p>Hi Femi,</p>
<p>Thanks for chatting with Jess! The next step is a 45-minute <b>Analytics case interview</b> with Marco (Head of Data).</p>
<p><a href="https://app.ashbyhq.com/interview-self-scheduling/2c7e1f0a" style="background:#5b4bdb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
<p>The link will show times over the next two weeks. If nothing works, just reply and Jess will sort it out.</p>
<p>The Orbitra team</p>
</td></tr></table></body></html>""")

    add(k, "stadtwerke_ammertal_einladung", lang="de", company="Stadtwerke Ammertal",
        contact="personal@stadtwerke-ammertal.example.de",
        frm=("Stadtwerke Ammertal – Personalwesen", "personal@stadtwerke-ammertal.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Datenanalyst/in Netzbetrieb",
        date="2026-09-07 08:35 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Sehr geehrter Herr Adeyemi,

vielen Dank für Ihre Bewerbung als Datenanalyst/in im Bereich Netzbetrieb. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie daher herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 15. September 2026, 10:00 Uhr
Ort: Stadtwerke Ammertal, Verwaltungsgebäude, Raum 2.14, Bahnhofstraße 12, 82467 Garmisch-Partenkirchen
Gesprächspartner: Herr Dr. Berger (Abteilungsleiter Netzbetrieb), Frau Schuster (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten werden Ihnen im Rahmen der Reisekostenrichtlinie erstattet.

Mit freundlichen Grüßen

Andrea Schuster
Personalwesen
Stadtwerke Ammertal
Telefon 08821 555-214
""")

    add(k, "kiebitz_kennenlernen_du", cte="b64", lang="de", company="Kiebitz Mobility",
        contact="jana@kiebitz-mobility.example.de",
        frm=("Jana Vogt", "jana@kiebitz-mobility.example.de"),
        subject="Lust auf ein erstes Kennenlernen? 🙂", date="2026-08-19 16:12 +0200",
        body="""Hi Femi,

vielen Dank für deine Bewerbung als Analytics Engineer bei Kiebitz! Dein Profil passt richtig gut zu dem, was wir suchen, und wir würden dich gern in einem ersten Call (ca. 30 Min.) kennenlernen.

Such dir einfach hier einen Termin aus, der dir passt:
https://calendly.com/kiebitz-talent/kennenlernen

Falls nichts dabei ist, schreib mir kurz, dann finden wir was.

Bis bald!
Jana

Jana Vogt
Talent Acquisition | Kiebitz Mobility GmbH
""")

    add(k, "alpenmetrik_zweite_runde_ics", lang="de", company="Alpenmetrik",
        contact="t.hofbauer@alpenmetrik.example.de",
        frm=("Thomas Hofbauer", "t.hofbauer@alpenmetrik.example.de"),
        subject="Zweite Runde: Fallstudie am 29.09.", date="2026-09-22 17:30 +0200",
        body="""Hallo Herr Adeyemi,

danke für das gute Erstgespräch! Wir würden gern mit Ihnen in die zweite Runde gehen.

Dabei bekommen Sie eine kleine Fallstudie (Datensatz aus unserem Vertriebsreporting), die Sie vor Ort 45 Minuten vorbereiten und anschließend dem Team präsentieren. Insgesamt sollten Sie ca. 2,5 Stunden einplanen.

Termin: Dienstag, 29.09.2026, 13:00 Uhr, bei uns im Werksviertel (Atelierstraße 10, München). Die Einladung kommt als Kalendereintrag mit.

Viele Grüße
Thomas Hofbauer
Teamleiter BI & Analytics
Alpenmetrik GmbH
""",
        ics=ics("REQUEST", "alpenmetrik-2026-0929-adeyemi", "20260929T130000",
                "20260929T153000", "Zweite Runde Analytics – Femi Adeyemi",
                "t.hofbauer@alpenmetrik.example.de", "Atelierstraße 10, München",
                tz="Europe/Berlin"))

    add(k, "talentwerk_sonnleitner", lang="de", company="Sonnleitner Versicherung",
        contact="f.gruber@talentwerk.example.de",
        frm=("Florian Gruber", "f.gruber@talentwerk.example.de"),
        subject="Sonnleitner – Termin für das Gespräch", date="2026-08-26 11:47 +0200",
        body="""Hallo Herr Adeyemi,

wie telefonisch besprochen: mein Kunde, die Sonnleitner Versicherung, möchte Sie sehr gerne kennenlernen!

Vorgeschlagen wird ein Video-Interview mit dem Leiter Data Analytics, Herrn Maier, am Donnerstag, 3. September, 16:00 Uhr oder am Freitag, 4. September, 9:30 Uhr. Geben Sie mir einfach Bescheid, welcher Termin besser passt, dann stimme ich alles ab.

Vorab schicke ich Ihnen noch ein paar Infos zum Team und zur Rolle.

Beste Grüße
Florian Gruber
Senior Personalberater IT & Data
Talentwerk München GmbH | Leopoldstraße 31 | 80802 München
""")

    add(k, "editions_lumiere_convocation", cte="b64", lang="fr", company="Éditions Lumière",
        contact="s.garnier@editions-lumiere.example.fr",
        frm=("Sophie Garnier", "s.garnier@editions-lumiere.example.fr"),
        subject="Convocation à un entretien – Chargé(e) d'études data",
        date="2026-09-02 14:26 +0200",
        body="""Bonjour Monsieur Adeyemi,

Nous avons bien étudié votre candidature au poste de Chargé(e) d'études data et avons le plaisir de vous convier à un premier entretien.

Celui-ci se déroulera en visioconférence (Teams) le lundi 7 septembre 2026 à 11h00, avec Mme Leclerc, directrice marketing, et moi-même. Il durera environ 45 minutes.

Pourriez-vous nous confirmer votre disponibilité ? Si ce créneau ne vous convient pas, je vous proposerai volontiers une autre date.

Dans l'attente de votre retour, je vous prie d'agréer, Monsieur, mes salutations distinguées.

Sophie Garnier
Responsable Ressources Humaines
Éditions Lumière
12 rue Mercière, 69002 Lyon
""")

    add(k, "traboule_tech_call_tutoiement", lang="fr", company="Traboule Tech",
        contact="hugo@traboule.example.fr",
        frm=("Hugo Marchetti", "hugo@traboule.example.fr"),
        subject="Ton profil", date="2026-08-24 19:05 +0200", cte="8bit",
        body="""Hello Femi,

J'ai vu passer ta candidature pour le poste d'analytics engineer, ton parcours m'a bien plu. Ça te dirait qu'on s'appelle 20 min cette semaine pour faire connaissance ? Je suis dispo jeudi après 16h ou vendredi matin.

Dis-moi ce qui t'arrange, je t'envoie un lien Meet.

A+
Hugo
CTO @ Traboule Tech

Envoyé de mon iPhone
""")

    add(k, "altais_banque_rhodanienne", lang="fr", company="Banque Rhodanienne",
        contact="c.benali@cabinet-altais.example.fr",
        frm=("Camille Benali", "c.benali@cabinet-altais.example.fr"),
        subject="Entretien Banque Rhodanienne – proposition de créneaux",
        date="2026-09-16 09:12 +0200",
        body="""Bonjour Femi,

Excellente nouvelle : suite à notre échange et à la transmission de votre dossier, la Banque Rhodanienne souhaite vous rencontrer pour le poste de Data Analyst Risques.

Le premier entretien aurait lieu avec M. Duval, responsable du pôle Data, dans leurs locaux de la Part-Dieu. Créneaux proposés :
- mardi 22 septembre à 10h
- mercredi 23 septembre à 14h30

Merci de me confirmer celui qui vous convient ; je vous enverrai ensuite une fiche de préparation.

Bien à vous,

Camille Benali
Consultante Senior – Finance & Data
Cabinet Altaïs
04 72 00 00 00
""")

    add(k, "sierra_norte_convocatoria", lang="es", company="Hospital Universitario Sierra Norte",
        contact="seleccion@hsierranorte.example.es",
        frm=("Selección de Personal HUSN", "seleccion@hsierranorte.example.es"),
        subject="Convocatoria a entrevista – Analista de Datos Clínicos",
        date="2026-09-10 10:20 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Estimado Sr. Adeyemi:

Tras la revisión de su candidatura para el puesto de Analista de Datos Clínicos, nos complace convocarle a una entrevista personal con la Unidad de Sistemas de Información.

Fecha: miércoles 16 de septiembre de 2026
Hora: 12:00 h
Lugar: Edificio de Dirección, 2.ª planta, sala de juntas. Avda. de la Sierra 25, 28700 San Sebastián de los Reyes (Madrid)

Le rogamos que confirme su asistencia respondiendo a este correo y que traiga su DNI/NIE.

Atentamente,

Unidad de Selección de Personal
Hospital Universitario Sierra Norte
""")

    add(k, "pagoda_llamada_rapida", cte="b64", lang="es", company="Pagoda Pagos",
        contact="irene@pagodapagos.example.es",
        frm=("Irene Castillo", "irene@pagodapagos.example.es"),
        subject="Tu candidatura en Pagoda", date="2026-08-31 17:44 +0200",
        body="""¡Hola Femi!

Soy Irene, del equipo de People de Pagoda Pagos. Hemos visto tu candidatura para Data Analyst y nos encantaría conocerte.

¿Te viene bien una llamada rápida de 20-30 minutos el jueves o el viernes por la mañana? Así te cuento más sobre el equipo y el proceso, y tú nos cuentas qué buscas.

¡Un saludo!
Irene
People Partner | Pagoda Pagos
""")

    add(k, "cierzo_entrevista_tecnica_ics", lang="es", company="Cierzo Energía",
        contact="alvaro.ruiz@cierzo.example.es",
        frm=("Álvaro Ruiz", "alvaro.ruiz@cierzo.example.es"),
        subject="Invitación: Entrevista técnica – Analytics Engineer",
        date="2026-10-07 12:15 +0200",
        body="""Hola Femi,

Como te comenté por teléfono, te enviamos la invitación para la entrevista técnica con el equipo de datos: martes 13 de octubre, de 16:00 a 17:30 (hora de Madrid), por Google Meet.

Será una sesión práctica: revisaremos juntos un modelo en dbt y haremos algunas consultas SQL. No hace falta preparar nada.

Si no te encaja el horario, dímelo y lo movemos.

Saludos,
Álvaro Ruiz
Data Lead – Cierzo Energía
""",
        ics=ics("REQUEST", "cierzo-tech-20261013-fa@cierzo.example.es", "20261013T140000",
                "20261013T153000", "Entrevista técnica Analytics Engineer – Femi Adeyemi",
                "alvaro.ruiz@cierzo.example.es", "Google Meet"))


def reschedules() -> None:
    """~15 interviews moved, postponed or cancelled by the employer."""
    k = "interview_reschedule_or_cancel"
    add(k, "medivia_moved_ics", lang="en", company="Medivia Health",
        contact="aoife.gallagher@medivia.example.ie",
        frm=("Aoife Gallagher", "aoife.gallagher@medivia.example.ie"),
        subject="Updated: Interview - Senior Healthcare Data Analyst - Femi Adeyemi",
        date="2026-09-08 16:05 +0100",
        body="""Hi Femi,

Apologies for the change - Declan has been called into a clinical governance meeting on Thursday afternoon, so we need to move your interview to Friday 11 September at 10:00 (same Teams link). I've updated the invitation.

If Friday morning doesn't work, let me know a couple of alternatives and we'll make it happen.

Thanks for your understanding,
Aoife
""",
        ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000001@medivia.example.ie",
                "20260911T090000", "20260911T094500",
                "Interview - Senior Healthcare Data Analyst - Femi Adeyemi",
                "aoife.gallagher@medivia.example.ie", "Microsoft Teams Meeting", seq=1))

    add(k, "saltmarsh_google_updated", lang="en", company="Saltmarsh Studios",
        contact="ellie.carr@saltmarsh.example.com",
        frm=("Ellie Carr (via Google Calendar)", "calendar-notification@google.com"),
        reply_to=("Ellie Carr", "ellie.carr@saltmarsh.example.com"),
        subject="Updated invitation: Femi / Saltmarsh - Data Analyst interview @ Fri 18 Sep 2026 2pm - 3pm (BST) (femi.adeyemi@example.com)",
        date="2026-09-15 12:44 +0000",
        body="""This event has been changed.

Femi / Saltmarsh - Data Analyst interview
When: CHANGED: Friday 18 Sep 2026 2pm - 3pm (BST)
Joining info: Join with Google Meet https://meet.google.com/qwe-rtyu-iop
Who:
  * ellie.carr@saltmarsh.example.com - organiser
  * femi.adeyemi@example.com
  * joe.fairley@saltmarsh.example.com

Sorry Femi, Joe is stuck at a shoot on Thursday - moved us to Friday afternoon. Shout if that's a problem! E

Going (femi.adeyemi@example.com)?   Yes - Maybe - No    more options >>

Invitation from Google Calendar
""",
        ics=ics("REQUEST", "7k2mv1f0c3ab8e@google.com", "20260918T130000", "20260918T140000",
                "Femi / Saltmarsh - Data Analyst interview", "ellie.carr@saltmarsh.example.com",
                "https://meet.google.com/qwe-rtyu-iop", seq=2))

    add(k, "pennant_postpone_onsite", lang="en", company="Pennant Analytics",
        contact="gwen.harcourt@pennant.example.com",
        frm=("Gwen Harcourt", "gwen.harcourt@pennant.example.com"),
        subject="RE: Final interview - Tuesday 22nd September", date="2026-09-20 19:12 +0100",
        body="""Hi Femi,

I'm really sorry to do this so close to the day, but we need to postpone Tuesday's final interview. Ravi has come down with something nasty and Fatima has been pulled into year-end planning, so we wouldn't be able to give you a proper panel.

I'll come back to you by Wednesday with a couple of new dates, most likely the week of the 28th. Please do bear with us - you're very much still in the process.

Apologies again for the inconvenience.

Gwen
""")

    add(k, "corvid_outlook_canceled_ics", lang="en", company="Corvid Games",
        contact="ana.petrova@corvidgames.example.com",
        frm=("Ana Petrova", "ana.petrova@corvidgames.example.com"),
        subject="Canceled: Live SQL session - Femi Adeyemi", date="2026-09-13 10:02 +0100",
        headers=[("Importance", "High")],
        body="""Sorry Femi - one of the analysts is out next week so I've had to cancel this one. I'll send a new invite for the week after once I've got the panel sorted.

Ana
""",
        ics=ics("CANCEL", "corvid-livesql-0915-adeyemi", "20260915T130000", "20260915T140000",
                "Live SQL session - Femi Adeyemi", "ana.petrova@corvidgames.example.com",
                "Google Meet", seq=1, status="CANCELLED"))

    add(k, "datahire_cobalt_moved", lang="en", company="Cobalt Street Bank",
        contact="kayleigh@datahirepartners.example.co.uk",
        frm=("Kayleigh Burns", "kayleigh@datahirepartners.example.co.uk"),
        subject="Change of time!! Cobalt Street", date="2026-09-07 08:41 +0100",
        body="""Morning Femi!!

Quick one - Neil at Cobalt Street has had a clash come up so they've asked to move your interview from Wednesday 10:00 to THURSDAY 10th at 11:00 instead. Same video link. Really sorry for the faff!!

Can you just drop me a quick reply to confirm you're OK with the new time? Then I'll let them know.

Thanks lovely!
Kayleigh

Kayleigh Burns
Principal Consultant | Data & Analytics
DataHire Partners
""")

    add(k, "thistledown_rearrange", lang="en", company="Thistledown Housing",
        contact="lorna.mcbride@thistledown.example.org.uk",
        frm=("Lorna McBride", "lorna.mcbride@thistledown.example.org.uk"),
        subject="Second stage interview - change of date", date="2026-09-10 12:15 +0100",
        body="""Dear Femi

I'm afraid we shall have to rearrange Monday's interview, as our Director of Customer Experience has been asked to attend a regulator meeting that afternoon. I do apologise for the short notice.

Would Thursday 17 September at 10am suit you instead? The format and presentation topic remain the same.

Kind regards

Lorna McBride
HR Business Partner
Thistledown Housing
""")

    add(k, "fernhill_push_terse", lang="en", company="Fernhill Energy",
        contact="o.mensah@fernhill-energy.example.com",
        frm=("Ollie Mensah", "o.mensah@fernhill-energy.example.com"),
        subject="Re: Quick question", date="2026-08-13 13:50 +0100", cte="7bit",
        reply_to_mid=mid_of("fernhill_reply_femi", "example.com"),
        body="""Hi Femi, something's come up on the desk today - can we push our chat to Monday same time? Sorry for the late notice

Ollie

On Tue, 11 Aug 2026 at 17:20, Femi Adeyemi <femi.adeyemi@example.com> wrote:
> Hi Ollie, Thursday at 2:30 would be great. Thanks, Femi
""")

    add(k, "liffey_postponed", lang="en", company="Liffey Regional Authority",
        contact="recruitment@liffeyregional.example.ie",
        frm=("Recruitment Unit", "recruitment@liffeyregional.example.ie"),
        subject="Competition 26/041 - Postponement of Interviews",
        date="2026-09-21 15:30 +0100",
        body="""Dear Candidate,

Competition Ref: 26/041 - Data Analyst (Grade VII)

Due to unforeseen circumstances, interviews for the above competition scheduled for Wednesday 23 September 2026 have been postponed.

Your interview has been rescheduled to Wednesday 30 September 2026 at 10:30 a.m. at the same venue. All other arrangements remain unchanged.

We apologise for any inconvenience caused. Please confirm by return that you are able to attend on the new date.

Is mise le meas,

Siobhán Kerrigan
Recruitment Unit
Liffey Regional Authority
""")

    add(k, "kestrel_greenhouse_rescheduled", lang="en", company="Kestrel Payments",
        contact="nadia.yousef@kestrelpay.example.com",
        frm=("Kestrel Payments", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Nadia Yousef", "nadia.yousef@kestrelpay.example.com"),
        subject="Your interview with Kestrel Payments has been rescheduled",
        date="2026-08-27 09:14 +0100",
        html="""<table style="font-family:Arial;font-size:14px;max-width:600px"><tr><td>
<p>Hi Femi,</p>
<p>Your <b>Hiring Manager Interview</b> for <b>Analytics Engineer</b> has been rescheduled.</p>
<table style="border:1px solid #ddd;padding:12px">
<tr><td style="color:#888">Previous time</td><td><s>Friday, August 28, 2026 at 2:00 PM BST</s></td></tr>
<tr><td style="color:#888">New time</td><td>Tuesday, September 1, 2026 at 11:30 AM BST</td></tr>
<tr><td style="color:#888">Interviewer</td><td>Leon Fischer</td></tr>
<tr><td style="color:#888">Location</td><td>Zoom (link in calendar invite)</td></tr>
</table>
<p>Leon had a conflict come up - sorry for the shuffle! Reply to this email if the new time doesn't work.</p>
<p>Nadia</p>
</td></tr></table>""")

    add(k, "albion_workday_cancelled", lang="en", company="Albion Water", contact="",
        frm=("Albion Water", "albionwater@myworkday.com"),
        subject="Interview Cancelled: Data Analyst - Leakage (JR-10923)",
        date="2026-08-28 07:30 +0000", cte="7bit",
        body="""Hello Femi ,

Your interview scheduled for 01/09/2026 10:00 AM  has been cancelled as the interviewer is no longer available.

You will shortly receive a new invitation to select an alternative interview time from your candidate home account.

We apologise for any inconvenience.

Albion Water Resourcing Team

*** This is a system generated email, please do not reply ***
""")

    add(k, "stadtwerke_terminverschiebung", lang="de", company="Stadtwerke Ammertal",
        contact="personal@stadtwerke-ammertal.example.de",
        frm=("Stadtwerke Ammertal – Personalwesen", "personal@stadtwerke-ammertal.example.de"),
        subject="Terminverschiebung Ihres Vorstellungsgesprächs am 15.09.2026",
        date="2026-09-11 14:03 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Sehr geehrter Herr Adeyemi,

leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch am Dienstag, 15.09.2026, aus dienstlichen Gründen verschieben.

Als Ersatztermin schlagen wir Ihnen Freitag, 18.09.2026, um 9:00 Uhr am selben Ort vor. Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen

Andrea Schuster
Personalwesen
Stadtwerke Ammertal
""")

    add(k, "talentwerk_absage_termin", lang="de", company="Sonnleitner Versicherung",
        contact="f.gruber@talentwerk.example.de",
        frm=("Florian Gruber", "f.gruber@talentwerk.example.de"),
        subject="AW: Sonnleitner – Termin für das Gespräch", date="2026-09-02 18:20 +0200",
        body="""Hallo Herr Adeyemi,

kurze Info: Herr Maier ist leider kurzfristig erkrankt, daher muss der Termin morgen um 16 Uhr abgesagt werden. Sonnleitner meldet sich Anfang nächster Woche mit neuen Terminvorschlägen, ich gebe sie Ihnen dann direkt weiter.

Sorry für das Hin und Her!

Beste Grüße
Florian Gruber
Talentwerk München GmbH

-----Ursprüngliche Nachricht-----
Von: Femi Adeyemi <femi.adeyemi@example.com>
Gesendet: Mittwoch, 26. August 2026 14:10
An: Florian Gruber <f.gruber@talentwerk.example.de>
Betreff: Re: Sonnleitner – Termin für das Gespräch

Hallo Herr Gruber,
Donnerstag um 16:00 passt mir sehr gut. Vielen Dank!
Viele Grüße
Femi Adeyemi
""")

    add(k, "editions_lumiere_report", lang="fr", company="Éditions Lumière",
        contact="s.garnier@editions-lumiere.example.fr",
        frm=("Sophie Garnier", "s.garnier@editions-lumiere.example.fr"),
        subject="Report de votre entretien du 7 septembre", date="2026-09-04 11:48 +0200",
        body="""Bonjour Monsieur Adeyemi,

Mme Leclerc ayant un impératif lundi matin, nous sommes contraints de reporter votre entretien. Nous vous proposons le mercredi 9 septembre à 15h00, toujours en visioconférence.

Je vous prie de bien vouloir nous excuser pour ce changement et vous remercie de me confirmer ce nouveau créneau.

Bien cordialement,

Sophie Garnier
Responsable Ressources Humaines
Éditions Lumière
""")

    add(k, "altais_annulation", lang="fr", company="Banque Rhodanienne",
        contact="c.benali@cabinet-altais.example.fr",
        frm=("Camille Benali", "c.benali@cabinet-altais.example.fr"),
        subject="RE: Entretien Banque Rhodanienne – proposition de créneaux",
        date="2026-09-21 17:05 +0200",
        body="""Bonjour Femi,

Je suis désolée, je viens d'avoir la Banque Rhodanienne : M. Duval a un empêchement et l'entretien de demain 10h est annulé. Ils me proposent de le décaler à la semaine prochaine, je reviens vers vous dès que j'ai des créneaux précis.

Encore toutes mes excuses pour ce changement de dernière minute.

Bien à vous,
Camille

Le lun. 16 sept. 2026 à 10:02, Femi Adeyemi <femi.adeyemi@example.com> a écrit :
> Bonjour Camille,
> Mardi 22 à 10h me convient parfaitement. Merci beaucoup !
> Femi
""")

    add(k, "sierra_norte_aplazamiento", lang="es", company="Hospital Universitario Sierra Norte",
        contact="seleccion@hsierranorte.example.es",
        frm=("Selección de Personal HUSN", "seleccion@hsierranorte.example.es"),
        subject="Aplazamiento de su entrevista – Analista de Datos Clínicos",
        date="2026-09-14 09:05 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Estimado Sr. Adeyemi:

Por motivos organizativos de la Unidad de Sistemas de Información, nos vemos obligados a aplazar la entrevista prevista para el miércoles 16 de septiembre.

La nueva fecha será el lunes 21 de septiembre a las 10:30 h, en el mismo lugar. Le rogamos confirme su asistencia.

Disculpe las molestias.

Atentamente,
Unidad de Selección de Personal
Hospital Universitario Sierra Norte
""")

    add(k, "cierzo_cambio_hora", lang="es", company="Cierzo Energía",
        contact="alvaro.ruiz@cierzo.example.es",
        frm=("Álvaro Ruiz", "alvaro.ruiz@cierzo.example.es"),
        subject="Re: Invitación: Entrevista técnica – Analytics Engineer",
        date="2026-10-12 18:30 +0200",
        body="""Hola Femi, perdona el cambio: mañana se me ha complicado la tarde con un comité. ¿Te parece si movemos la entrevista técnica al jueves 15 a la misma hora? Te mando la invitación actualizada ahora.

Gracias y perdona!
Álvaro

Enviado desde mi móvil
""")


def missed() -> None:
    """~10 notices that the candidate did not turn up or could not be reached."""
    k = "missed_interview_notice"
    add(k, "rookwood_tried_calling", lang="en", company="Rookwood Retail",
        contact="d.kovacs@rookwood.example.co.uk",
        frm=("Daniel Kovacs", "d.kovacs@rookwood.example.co.uk"),
        subject="Today 3pm", date="2026-08-18 15:24 +0100", cte="7bit",
        body="""Hi Femi, we tried calling you at the scheduled time (3pm) on the number on your CV but no answer, and you weren't on the Teams link either. Hope all ok? Let me know if you still want to have a chat.

Dan

Get Outlook for Android
""")

    add(k, "glashaven_did_not_join", cte="b64", lang="en", company="Glashaven Logistics",
        contact="m.vanleeuwen@glashaven.example.nl",
        frm=("Maarten van Leeuwen", "m.vanleeuwen@glashaven.example.nl"),
        subject="Our appointment of this morning", date="2026-08-18 10:41 +0200",
        body="""Dear Femi,

This morning at 10.00 we had planned our first conversation, but you did not join the Teams meeting. Eva and I waited until 10.20.

Maybe something went wrong with the invitation or the time zone? Please let me know if you are still interested in the position, then we can look for a new moment.

Kind regards,
Maarten van Leeuwen
Corporate Recruiter
Glashaven Logistics B.V.
""")

    add(k, "kestrel_missed_phone_screen", lang="en", company="Kestrel Payments",
        contact="nadia.yousef@kestrelpay.example.com",
        frm=("Nadia Yousef", "nadia.yousef@kestrelpay.example.com"),
        subject="Sorry we missed you!", date="2026-08-21 14:18 +0100",
        body="""Hi Femi,

I called at 2pm for our phone screen but it went straight to voicemail - I left you a message. No worries at all if something came up!

Are you still interested in the Analytics Engineer role? If so, just let me know a couple of times that work and I'll call you then.

Nadia
Recruiter, Kestrel Payments
""")

    add(k, "sundaram_not_joined_webex", lang="en", company="Sundaram Analytics",
        contact="deepa.r@sundaram-analytics.example.in",
        frm=("Deepa Raghavan", "deepa.r@sundaram-analytics.example.in"),
        subject="RE: Shortlisted for Technical Round - Data Analyst (Dublin)",
        date="2026-08-26 12:20 +0530",
        body="""Dear Femi,

This is to inform you that you have not joined the Webex session scheduled today at 07:00 AM Irish time for the Technical Round. The panel waited for 15 minutes.

Kindly revert with the reason and your availability so that we can check with the panel for rescheduling the same.

Thanks & Regards,
Deepa Raghavan
Sr. Executive - Talent Acquisition
Sundaram Analytics Pvt. Ltd.
""")

    add(k, "pipit_zoom_everything_ok", lang="en", company="Pipit", contact="sam@pipit.test",
        frm=("Sam Okonjo", "sam@pipit.test"), subject="Re: Pipit x Femi",
        date="2026-09-02 16:19 +0100", cte="7bit",
        body="""hey - I'm on the zoom, were we still on for 4? no stress if something came up, just grab another slot

Sam
""")

    add(k, "fairhaven_icims_no_show", lang="en", company="Fairhaven Care Group", contact="",
        frm=("Fairhaven Care Group Recruitment", "do-not-reply@icims.com"),
        subject="We missed you at your interview", date="2026-09-30 17:00 +0000",
        html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Femi,</p>
<p>Our records show that you did not attend your scheduled interview for the position of <b>Quality &amp; Performance Data Analyst</b> on 30/09/2026 at 14:00.</p>
<p>If you would still like to be considered for this position, please log in to the <a href="https://careers-fairhaven.icims.com/jobs/candidate">candidate portal</a> within 5 working days to request a new interview time. Otherwise we will assume you no longer wish to proceed.</p>
<p>Kind regards,<br>Fairhaven Care Group Recruitment</p>
<p style="font-size:8pt;color:#777">This is an automated message from an unmonitored address.</p>
</body></html>""")

    add(k, "bramley_hart_reception", lang="en", company="Bramley Hart",
        contact="c.aldridge@bramleyhart.example.co.uk",
        frm=("Charlotte Aldridge", "c.aldridge@bramleyhart.example.co.uk"),
        subject="Your interview this morning", date="2026-10-06 11:02 +0100",
        body="""Dear Femi,

We were expecting you at reception at 10am this morning for your interview for the Audit Data Analytics Associate position, but I'm afraid you didn't arrive and we weren't able to reach you on your mobile.

I do hope everything is alright. If you would still like to be considered, do let me know and I'll see whether the partners can rearrange.

Kind regards,

Charlotte Aldridge
Graduate & Experienced Hire Recruitment
Bramley Hart LLP, Chartered Accountants
1 Exchange Square, London EC2A 2XX

Bramley Hart LLP is a limited liability partnership registered in England and Wales (OC412398). A list of members is available at our registered office.
""")

    add(k, "kiebitz_nicht_im_meeting", lang="de", company="Kiebitz Mobility",
        contact="jana@kiebitz-mobility.example.de",
        frm=("Jana Vogt", "jana@kiebitz-mobility.example.de"),
        subject="Unser Call heute", date="2026-08-25 11:22 +0200",
        body="""Hi Femi,

wir hatten heute um 11 Uhr unser Kennenlernen eingeplant, leider warst du nicht im Meeting. Ich hab ca. 15 Minuten gewartet.

Kein Stress – vielleicht ist was dazwischengekommen? Wenn du weiterhin Interesse hast, such dir gern einfach einen neuen Termin über den Calendly-Link aus.

Liebe Grüße
Jana
""")

    add(k, "traboule_attendu_meet", lang="fr", company="Traboule Tech",
        contact="hugo@traboule.example.fr",
        frm=("Hugo Marchetti", "hugo@traboule.example.fr"),
        subject="Re: Ton profil", date="2026-08-28 10:25 +0200", cte="8bit",
        body="""Salut Femi,

On t'a attendu sur le Meet ce matin à 10h mais personne ne s'est connecté. Tout va bien ? Si tu es toujours partant, propose-moi un autre créneau.

Hugo
""")

    add(k, "pagoda_esperando_videollamada", lang="es", company="Pagoda Pagos",
        contact="irene@pagodapagos.example.es",
        frm=("Irene Castillo", "irene@pagodapagos.example.es"),
        subject="Llamada de hoy", date="2026-09-03 10:38 +0200",
        body="""Hola Femi,

Te hemos estado esperando en la videollamada de las 10:00 pero no te has conectado. ¿Ha pasado algo? Si sigues interesado en el puesto, dime cuándo te viene bien y lo volvemos a agendar.

Un saludo,
Irene
People Partner | Pagoda Pagos
""")


def acknowledgements() -> None:
    """~20 'we received your application' mails, some with no-feedback or volume wording."""
    k = "application_received"
    add(k, "lumenfold_lever_thanks", lang="en", company="Lumenfold", contact="",
        frm=("Lumenfold", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Lumenfold!", date="2026-08-04 21:33 +0100",
        body="""Hi Femi,

Thanks for your interest in the Senior Data Analyst role at Lumenfold! We've received your application and our team will review it shortly.

If your experience looks like a match, someone from our talent team will reach out to you about next steps.

Thanks again,
The Lumenfold Team

Sent with Lever
""")

    add(k, "quillstack_greenhouse_volume", lang="en", company="Quillstack", contact="",
        frm=("Quillstack", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Quillstack", date="2026-08-03 10:12 +0100",
        body="""Hi Femi,

Thank you for your interest in Quillstack! We wanted to let you know we received your application for Analytics Engineer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. Due to the volume of applications we receive, we cannot respond to every applicant individually, but please know that every application is read by a human.

Regards,
Quillstack Talent
""")

    add(k, "crescent_workday_received", lang="en", company="Crescent Mutual", contact="",
        frm=("Crescent Mutual", "crescentmutual@myworkday.com"),
        subject="Thank you for applying to Crescent Mutual",
        date="2026-08-05 06:58 +0000", cte="7bit",
        body="""Dear  Femi Adeyemi ,

Thank you for submitting your application for the position of Data Analyst  - Pricing & Underwriting (R-0041872) .

We have received your application and it is currently under review. You can track the status of your application at any time by signing in to your candidate home account.

Thank you for your interest in Crescent Mutual.

Crescent Mutual Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply to this message.
""")

    add(k, "kestrel_greenhouse_received", lang="en", company="Kestrel Payments", contact="",
        frm=("Kestrel Payments", "no-reply@us.greenhouse-mail.io"),
        subject="Kestrel Payments: application received", date="2026-08-14 13:22 +0100",
        html="""<div style="font-family:Arial;font-size:14px">
<p>Hi Femi,</p>
<p>Thanks for applying to <b>Analytics Engineer</b> at Kestrel Payments. Your application has been received and our recruiting team is reviewing it now.</p>
<p>We aim to get back to every candidate within two weeks.</p>
<p>Kestrel Payments Recruiting</p>
<p style="font-size:11px;color:#888">Please note this inbox isn't monitored.</p></div>""")

    add(k, "harbourlight_no_feedback_at_this_stage", lang="en", company="Harbourlight Hotels",
        contact="recruitment@harbourlight-hotels.example.com",
        frm=("Harbourlight Recruitment", "recruitment@harbourlight-hotels.example.com"),
        subject="Application received - Revenue Data Analyst", date="2026-08-02 09:14 +0100",
        body="""Dear Femi,

Thank you for applying for the position of Revenue Data Analyst with Harbourlight Hotels. This email is to confirm that we have received your application.

Our team will review all applications after the closing date of 14 August. Unfortunately we are unable to provide individual feedback at this stage, but we will contact shortlisted candidates directly by the end of the month.

Thank you for your interest in joining Harbourlight.

Kind regards,

The Recruitment Team
Harbourlight Hotels
""")

    add(k, "ocs_application_submitted", lang="en", company="Office for Civic Statistics",
        contact="", frm=("OCS Recruitment", "noreply@jobs.civicstatistics.example.gov.uk"),
        subject="Application submitted - 2026-0419", date="2026-07-30 22:47 +0100",
        cte="7bit",
        body="""Dear Femi Adeyemi,

Your application for the following vacancy has been submitted successfully.

Vacancy: Statistical Officer (Data Engineering) - Grade SEO
Reference: 2026-0419-FA
Closing date: 02 August 2026 23:55

What happens next
We will review applications after the closing date. The sift is expected to take place in the
week commencing 10 August. You will be notified of the outcome via your account.

Please do not reply to this email.
OCS Recruitment
""")

    add(k, "ashcombe_jobs_portal", lang="en", company="Ashcombe University", contact="",
        frm=("Ashcombe University Jobs", "no-reply@jobs.ashcombe.example.ac.uk"),
        subject="Ashcombe University: Application Received (AU-3317)",
        date="2026-09-01 12:30 +0100",
        body="""Dear Femi,

Thank you for your application for the post of Planning Data Analyst (AU-3317).

We confirm receipt of your application. Shortlisting will take place after the closing date and we aim to notify candidates of the outcome within three weeks. If you have not heard from us by then, please assume that on this occasion your application has not been successful.

Ashcombe University is committed to equality, diversity and inclusion.

HR Recruitment Team
""")

    add(k, "tessellate_ashby_received", lang="en", company="Tessellate Labs", contact="",
        frm=("Tessellate Labs", "no-reply@ashbyhq.com"),
        subject="We've got your application!", date="2026-08-10 16:05 +0200",
        body="""Hi Femi,

Thanks for applying to Analytics Engineer (Remote, EU) at Tessellate Labs - we've received your application!

Our team reads every application. If there's a fit, we'll reach out within 10 working days to set up a first conversation.

Team Tessellate
""")

    add(k, "nimbalyst_teamtailor_received", lang="en", company="Nimbalyst", contact="",
        frm=("Nimbalyst", "no-reply@teamtailor-mail.com"),
        subject="Thanks for your application, Femi!", date="2026-08-06 11:01 +0200",
        body="""Hi Femi,

We're happy you want to join Nimbalyst! Your application for Product Data Analyst has landed with us, and we'll get back to you as soon as we can.

In the meantime, feel free to check out our blog to get to know us better.

Nimbalyst

Powered by Teamtailor
""")

    add(k, "marlowe_smartrecruiters_received", lang="en", company="Marlowe & Finch",
        contact="", frm=("Marlowe & Finch", "noreply@smartrecruiters.com"),
        subject="Thank you for your application", date="2026-08-09 19:20 +0100",
        html="""<html><body style="font-family:Georgia,serif;color:#333">
<img src="https://c.smartrecruiters.com/sr-company-logo/marlowefinch.png" alt="Marlowe &amp; Finch" width="180">
<p>Dear Femi,</p>
<p>Thank you for applying for the <b>Merchandise Planning Analyst</b> role. We confirm that your application has been received.</p>
<p>Our team will review your application against the requirements of the role. Because of the number of applications we receive, we regret that we are not able to give feedback to every applicant individually. If you have not heard from us within 21 days, we will not be progressing your application on this occasion.</p>
<p>Best wishes,<br>The Marlowe &amp; Finch Talent Team</p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters</p></body></html>""")

    add(k, "indeed_sent_to_corvid", lang="en", company="Corvid Games", contact="",
        frm=("Indeed Apply", "indeedapply@indeed.com"),
        subject="Your application has been submitted", date="2026-08-28 20:14 +0100",
        html="""<html><body style="font-family:Helvetica,Arial">
<table width="600" align="center"><tr><td>
<img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed" width="100">
<h2>Application submitted</h2>
<p>Data Analyst (Player Insights)<br><span style="color:#595959">Corvid Games - London</span></p>
<p>The following items were sent to <b>Corvid Games</b>. Good luck!</p>
<ul><li>Resume: Femi_Adeyemi_CV_2026.pdf</li><li>Screener questions (4)</li></ul>
<p>Next steps: the employer may contact you directly. Track this application in <a href="https://uk.indeed.com/myjobs?from=applyconfemail">My jobs</a>.</p>
<p style="font-size:11px;color:#767676">&copy; 2026 Indeed. <a href="https://uk.indeed.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""")

    add(k, "hollin_foods_workable", lang="en", company="Hollin Foods", contact="",
        frm=("Hollin Foods", "noreply@candidates.workablemail.com"),
        subject="Hollin Foods: Thanks for applying", date="2026-09-05 08:49 +0100",
        body="""Hi Femi,

Thanks for applying for the Supply Chain Data Analyst role at Hollin Foods.

We've got your details and will review your application over the next couple of weeks. If you're shortlisted, a member of our People team will be in touch to arrange a call.

Regards,
People Team, Hollin Foods
""")

    add(k, "brueckner_personio_eingang", lang="de", company="Brückner Anlagenbau",
        contact="", frm=("Brückner Anlagenbau", "noreply@mail.personio.de"),
        subject="Eingangsbestätigung: Ihre Bewerbung als Data Analyst (m/w/d)",
        date="2026-08-10 14:04 +0200",
        body="""Sehr geehrter Herr Adeyemi,

vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) und Ihr Interesse an der Brückner Anlagenbau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brückner Anlagenbau

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")

    add(k, "klinikum_isarblick_eingang", lang="de", company="Klinikum Isarblick",
        contact="bewerbung@klinikum-isarblick.example.de",
        frm=("Personalabteilung Klinikum Isarblick", "bewerbung@klinikum-isarblick.example.de"),
        subject="Bestätigung Ihrer Bewerbung – Kennziffer 2026/118",
        date="2026-08-05 07:55 +0200", charset="iso-8859-1", cte="qp",
        head_charset="iso-8859-1",
        body="""Sehr geehrter Herr Adeyemi,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Datenanalyst/in im Medizincontrolling (Kennziffer 2026/118).

Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld; wir können leider nicht jede Bewerbung einzeln beantworten, bevor das Auswahlverfahren abgeschlossen ist. Wir melden uns spätestens nach Ablauf der Bewerbungsfrist bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung
Klinikum Isarblick gGmbH
""")

    add(k, "join_kiebitz_du", lang="de", company="Kiebitz Mobility", contact="",
        frm=("Kiebitz Mobility via JOIN", "no-reply@join.com"),
        subject="Deine Bewerbung bei Kiebitz Mobility ist angekommen",
        date="2026-08-16 23:11 +0200",
        body="""Hallo Femi,

deine Bewerbung als Analytics Engineer (m/w/d) bei Kiebitz Mobility ist erfolgreich angekommen. 🎉

Das Team schaut sich deine Unterlagen an und meldet sich bei dir. Den Status deiner Bewerbung findest du jederzeit in deinem JOIN-Profil.

Viel Erfolg!
Dein JOIN-Team

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
""")

    add(k, "hotels_rivages_accuse_reception", lang="fr", company="Hôtels Rivages",
        contact="recrutement@hotels-rivages.example.fr",
        frm=("Hôtels Rivages - Recrutement", "recrutement@hotels-rivages.example.fr"),
        subject="Accusé de réception de votre candidature", date="2026-08-06 10:02 +0200",
        charset="windows-1252", cte="qp", head_charset="windows-1252",
        body="""Bonjour,

Nous accusons bonne réception de votre candidature pour le poste d\u2019Analyste Revenue Management (H/F) et vous en remercions.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais.

Bien cordialement,

Le service Recrutement
Hôtels Rivages
""")

    add(k, "wttj_canut_data", cte="b64", lang="fr", company="Canut Data", contact="",
        frm=("Welcome to the Jungle", "noreply@welcometothejungle.com"),
        subject="Votre candidature chez Canut Data a bien été envoyée",
        date="2026-08-30 13:40 +0200",
        html="""<html><body style="font-family:Arial;background:#fff">
<table width="580" align="center"><tr><td style="background:#ffcd00;padding:16px"><img src="https://cdn.welcometothejungle.com/logo.png" alt="Welcome to the Jungle"></td></tr>
<tr><td style="padding:24px">
<p>Bonjour Femi,</p>
<p>Votre candidature au poste <b>Analytics Engineer</b> chez <b>Canut Data</b> a bien été transmise à l'entreprise.</p>
<p>L'équipe de recrutement reviendra vers vous directement. En attendant, retrouvez le suivi de vos candidatures dans votre espace.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Vous recevez cet e-mail suite à votre candidature. <a href="https://www.welcometothejungle.com/fr/me/settings">Gérer mes notifications</a></td></tr></table>
</body></html>""")

    add(k, "valmont_taleo_bien_recu", lang="fr", company="Groupe Valmont Assurances",
        contact="", frm=("Groupe Valmont Assurances", "noreply@taleo.net"),
        subject="Groupe Valmont Assurances - Confirmation de candidature - 26000412",
        date="2026-08-22 02:16 +0000", cte="7bit",
        body="""Bonjour Femi Adeyemi,

Nous avons bien recu votre candidature pour le poste Data Analyst Actuariat (26000412).

Nous prendrons contact avec vous si votre profil correspond aux exigences du poste.
Malheureusement, nous ne sommes pas en mesure de donner une reponse personnalisee a chaque candidat a ce stade.

Cordialement,
La Direction des Ressources Humaines
Groupe Valmont Assurances

Ce courriel a ete genere automatiquement, merci de ne pas y repondre.
""")

    add(k, "supermercados_alba_recibida", lang="es", company="Supermercados Alba", contact="",
        frm=("Supermercados Alba - Selección", "no-reply@seleccion.supermercadosalba.example.es"),
        subject="Hemos recibido tu candidatura", date="2026-08-18 16:25 +0200",
        body="""Hola Femi:

¡Gracias por inscribirte en la oferta de Analista de Datos Comerciales!

Hemos recibido tu candidatura correctamente. Nuestro equipo de Selección la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección – Supermercados Alba
""")

    add(k, "tramontana_volumen", lang="es", company="Tramontana Software",
        contact="rrhh@tramontana.example.es",
        frm=("Equipo de Talento Tramontana", "rrhh@tramontana.example.es"),
        subject="Gracias por tu candidatura – Data Analyst", date="2026-09-08 09:15 +0200",
        body="""Hola Femi:

Gracias por tu interés en Tramontana Software y por presentar tu candidatura al puesto de Data Analyst.

Te confirmamos que la hemos recibido. Debido al elevado número de candidaturas, no podemos responder de forma individual a cada persona en esta fase, pero revisamos todos los perfiles y contactaremos con quienes pasen a la siguiente fase en un plazo de dos semanas.

Un saludo,
Equipo de Talento
Tramontana Software
""")


def offers() -> None:
    """~10 offers: verbal follow-ups, letters attached, conditional, contracts to sign."""
    k = "offer"
    add(k, "pennant_offer_letter", lang="en", company="Pennant Analytics",
        contact="gwen.harcourt@pennant.example.com",
        frm=("Gwen Harcourt", "gwen.harcourt@pennant.example.com"),
        subject="Offer - Analytics Engineer", date="2026-10-07 17:22 +0100",
        attach=[("Pennant_Offer_Letter_F_Adeyemi.pdf", "application/pdf",
                 pdf("Offer letter"))],
        body="""Hi Femi,

Following my call with you this afternoon, I'm thrilled to attach your formal offer letter for the role of Analytics Engineer at Pennant Analytics.

To summarise the headline terms we discussed:
- Base salary: GBP 72,000
- Start date: Monday 2 November 2026 (flexible)
- Hybrid: 2 days a week in Farringdon
- 28 days holiday plus bank holidays

Please have a read and let me know if you have any questions. We'd be grateful for your decision by Wednesday 14 October. The whole panel was so impressed and we really hope you'll join us.

Best wishes,
Gwen

Gwen Harcourt
People Partner | Pennant Analytics
""")

    add(k, "thistledown_verbal_offer_followup", lang="en", company="Thistledown Housing",
        contact="lorna.mcbride@thistledown.example.org.uk",
        frm=("Lorna McBride", "lorna.mcbride@thistledown.example.org.uk"),
        subject="Following our conversation", date="2026-09-22 16:40 +0100",
        body="""Dear Femi

It was lovely to speak to you earlier. As promised, I am writing to confirm that we would like to offer you the position of Performance & Insight Analyst at a salary of £46,500 per annum, subject to satisfactory references and proof of right to work.

Your formal contract and new starter pack will follow by post and email within the next few days. In the meantime do let me know if you have any questions at all.

Congratulations again - the panel were unanimous.

Kind regards

Lorna McBride
HR Business Partner
Thistledown Housing
""")

    add(k, "kestrel_conditional_offer", cte="b64", lang="en", company="Kestrel Payments",
        contact="nadia.yousef@kestrelpay.example.com",
        frm=("Nadia Yousef", "nadia.yousef@kestrelpay.example.com"),
        cc=[("Leon Fischer", "leon.fischer@kestrelpay.example.com")],
        subject="Your offer from Kestrel Payments", date="2026-09-11 12:05 +0100",
        body="""Hi Femi,

I'm delighted to share that we'd like to offer you the Analytics Engineer position at Kestrel Payments!

This is a conditional offer, subject to satisfactory references and a standard background and credit check (we're an FCA-regulated firm, so this applies to all hires). You'll receive a link from our screening partner shortly.

Your offer pack is in the candidate portal: base salary of GBP 68,000, 10% bonus target, and share options. Leon is keen to have a call to answer any questions about the team - shall I set that up for early next week?

Congratulations!
Nadia
""")

    add(k, "saltmarsh_docusign_contract", lang="en", company="Saltmarsh Studios",
        contact="ellie.carr@saltmarsh.example.com",
        frm=("Ellie Carr via Docusign", "dse_eu@docusign.net"),
        reply_to=("Ellie Carr", "ellie.carr@saltmarsh.example.com"),
        subject="Complete with Docusign: Saltmarsh Studios - Employment Contract - F Adeyemi",
        date="2026-09-29 10:10 +0000",
        html="""<html><body style="font-family:Helvetica,Arial;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:20px">Ellie Carr sent you a document to review and sign.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=ab12cd34" style="background:#ffc820;color:#333;padding:10px 20px;text-decoration:none">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px;font-size:14px">
<p><b>Ellie Carr</b><br>ellie.carr@saltmarsh.example.com</p>
<p>Hi Femi, as discussed, here is your employment contract for the Data Analyst role. Please review and sign by Friday - welcome aboard! Ellie</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>
</table></body></html>""")

    add(k, "datahire_cobalt_offer", lang="en", company="Cobalt Street Bank",
        contact="kayleigh@datahirepartners.example.co.uk",
        frm=("Kayleigh Burns", "kayleigh@datahirepartners.example.co.uk"),
        subject="Call me!!! 📞", date="2026-09-18 12:30 +0100",
        body="""Femi!!!

I've been trying to call you - Cobalt Street have come back and they want to OFFER you the Financial Crime Data Analyst role!!! 🎉🎉

They're offering £61k base + 8% bonus + the usual benefits, and they'd love you to start mid-October. Written offer will come from their HR once you've verbally accepted.

Give me a ring as soon as you see this!!

Kayleigh
DataHire Partners
M: +44 7700 900 877
""")

    add(k, "sundaram_offer_of_employment", lang="en", company="Sundaram Analytics",
        contact="deepa.r@sundaram-analytics.example.in",
        frm=("Deepa Raghavan", "deepa.r@sundaram-analytics.example.in"),
        subject="Offer of Employment - Data Analyst - Dublin",
        date="2026-09-16 15:45 +0530",
        attach=[("Offer_Letter_Femi_Adeyemi.pdf", "application/pdf", pdf("Offer"))],
        body="""Dear Femi,

Congratulations!

With reference to your interview with us, we are pleased to offer you the position of Data Analyst at our Dublin delivery centre. Please find attached the offer letter with the details of your compensation and terms of employment.

Kindly go through the same and revert with your acceptance by 21st September 2026. Post acceptance, our onboarding team will get in touch for the documentation formalities.

We look forward to having you on board.

Thanks & Regards,
Deepa Raghavan
Sr. Executive - Talent Acquisition
Sundaram Analytics Pvt. Ltd.
""")

    add(k, "alpenmetrik_vertragsangebot", lang="de", company="Alpenmetrik",
        contact="t.hofbauer@alpenmetrik.example.de",
        frm=("Thomas Hofbauer", "t.hofbauer@alpenmetrik.example.de"),
        subject="Unser Angebot", date="2026-10-05 16:58 +0200",
        attach=[("Arbeitsvertrag_Adeyemi_Entwurf.pdf", "application/pdf", pdf("Vertrag"))],
        body="""Hallo Herr Adeyemi,

wie eben am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als Analytics Engineer anbieten zu dürfen!

Anbei finden Sie den Vertragsentwurf (Jahresbruttogehalt 68.000 EUR, Start zum 1.12.2026, 30 Tage Urlaub, 2 Tage Homeoffice pro Woche). Schauen Sie ihn sich in Ruhe an; bei Fragen rufen Sie mich gerne jederzeit an.

Über eine Rückmeldung bis Ende nächster Woche würden wir uns freuen.

Viele Grüße
Thomas Hofbauer
Teamleiter BI & Analytics
Alpenmetrik GmbH
""")

    add(k, "talentwerk_sonnleitner_zusage", lang="de", company="Sonnleitner Versicherung",
        contact="f.gruber@talentwerk.example.de",
        frm=("Florian Gruber", "f.gruber@talentwerk.example.de"),
        subject="Gute Nachrichten von Sonnleitner!", date="2026-09-24 09:20 +0200",
        body="""Hallo Herr Adeyemi,

herzlichen Glückwunsch – die Sonnleitner Versicherung möchte Ihnen ein Angebot für die Position Data Analyst machen!

Die Eckdaten: 64.000 EUR fix plus variable Vergütung, 30 Urlaubstage, Start frühestens zum 1. November. Den Vertrag schickt die Personalabteilung direkt an Sie, sobald Sie mündlich zugesagt haben.

Wann passt Ihnen ein kurzes Telefonat, um alles zu besprechen?

Beste Grüße
Florian Gruber
Senior Personalberater IT & Data
Talentwerk München GmbH
""")

    add(k, "rhodanienne_promesse_embauche", lang="fr", company="Banque Rhodanienne",
        contact="drh.recrutement@banque-rhodanienne.example.fr",
        frm=("DRH Banque Rhodanienne", "drh.recrutement@banque-rhodanienne.example.fr"),
        cc=[("Camille Benali", "c.benali@cabinet-altais.example.fr")],
        subject="Proposition d'embauche – Data Analyst Risques",
        date="2026-10-09 14:10 +0200",
        attach=[("Promesse_embauche_Adeyemi.pdf", "application/pdf", pdf("Promesse"))],
        body="""Monsieur,

Suite à vos entretiens avec nos équipes, nous avons le plaisir de vous proposer le poste de Data Analyst Risques au sein de la Direction des Risques, en contrat à durée indéterminée, basé à Lyon Part-Dieu.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération annuelle brute (52 000 EUR sur 13 mois), la date de prise de poste envisagée (2 novembre 2026) et les conditions de la période d'essai.

Nous vous remercions de nous retourner ce document signé avant le 16 octobre 2026.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Morel
Direction des Ressources Humaines
Banque Rhodanienne
""")

    add(k, "cierzo_oferta", lang="es", company="Cierzo Energía",
        contact="alvaro.ruiz@cierzo.example.es",
        frm=("Álvaro Ruiz", "alvaro.ruiz@cierzo.example.es"),
        cc=[("Marta Gil", "marta.gil@cierzo.example.es")],
        subject="Oferta – Analytics Engineer", date="2026-10-22 13:02 +0200",
        body="""Hola Femi,

¡Enhorabuena! Después de la entrevista técnica, el equipo lo tiene claro: nos encantaría que te unieras a Cierzo Energía como Analytics Engineer.

Marta, de People (en copia), te enviará hoy la carta de oferta formal con las condiciones: 55.000 € brutos anuales, modelo híbrido en Madrid y incorporación a partir del 16 de noviembre.

Cualquier duda, me dices y lo hablamos.

Un abrazo,
Álvaro Ruiz
Data Lead – Cierzo Energía
""")

    add(k, "pipit_founder_offer", lang="en", company="Pipit", contact="sam@pipit.test",
        frm=("Sam Okonjo", "sam@pipit.test"), subject="we'd love to have you",
        date="2026-09-12 09:03 +0100", cte="7bit",
        body="""Femi,

Talked to the team after yesterday - we'd love to have you as our first data hire. 70k + 0.4% equity, fully remote (UK/IE). Offer letter will come through Deel on Monday.

Any questions, call me: 07700 900 118

Sam
""")


def _bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def others_alerts_and_newsletters() -> None:
    """Job alerts, digests, career newsletters, recruiter marketing: job words, not job mail."""
    k = "other"
    add(k, "linkedin_job_alert", cte="b64", lang="en", company="", contact="",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="\u201canalytics engineer\u201d: 14 new jobs in London", date="2026-08-12 07:02 +0000",
        headers=_bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsub"),
        html="""<html><body style="font-family:-apple-system,Arial">
<table width="600" align="center"><tr><td><img src="https://static.licdn.com/logo.png" alt="LinkedIn"></td></tr>
<tr><td><h2>Your job alert for analytics engineer in London</h2><p>14 new jobs match your preferences.</p></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/40012?trk=eml-jobs">Analytics Engineer</a><br>Kestrel Payments &middot; London (Hybrid)<br><span style="color:#057642">Actively recruiting</span> &middot; 38 applicants</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/40013?trk=eml-jobs">Senior Analytics Engineer</a><br>Corvid Games &middot; London<br>Easy Apply</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/40014?trk=eml-jobs">Data Analyst, Growth</a><br>Saltmarsh Studios &middot; London &middot; Be an early applicant</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/search?trk=eml-jobs-seeall">See all jobs</a></td></tr>
<tr><td style="font-size:11px;color:#666">This email was intended for Femi Adeyemi (Data Analyst). <a href="https://www.linkedin.com/comm/jobs/alerts/unsub">Unsubscribe</a> &middot; <a href="https://www.linkedin.com/help">Help</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></body></html>""")

    add(k, "indeed_dublin_digest", lang="en", company="", contact="",
        frm=("Indeed", "alert@indeed.com"),
        subject="Data Analyst jobs in Dublin - 9 new", date="2026-09-02 06:30 +0000",
        headers=_bulk("<jobalert.indeed.com>", "https://ie.indeed.com/alert/unsubscribe?id=7f2"),
        body="""9 new Data Analyst jobs in Dublin

Data Analyst - Healthcare Insights
Medivia Health - Dublin 2
EUR 55,000 - 65,000 a year
Easily apply. Responsive employer.
https://ie.indeed.com/rc/clk?jk=8a1f

Junior Data Analyst
St Brigid's Hospital Group - Dublin
Posted 2 days ago
https://ie.indeed.com/rc/clk?jk=8a20

BI Analyst (Power BI)
Sundaram Analytics - Dublin
Hiring multiple candidates
https://ie.indeed.com/rc/clk?jk=8a21

See all 9 jobs: https://ie.indeed.com/jobs?q=data+analyst&l=Dublin

You are receiving this job alert because you signed up at Indeed. Unsubscribe: https://ie.indeed.com/alert/unsubscribe?id=7f2
""")

    add(k, "stepstone_muenchen", lang="de", company="", contact="",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="Ihr Jobagent: 7 neue Jobs für „Data Analyst“ in München",
        date="2026-09-09 05:45 +0000",
        headers=_bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=91"),
        html="""<html><body style="font-family:Arial">
<p>Hallo Femi Adeyemi,</p><p>Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:</p>
<table>
<tr><td><a href="https://www.stepstone.de/stellenangebote--Data-Analyst-m-w-d-Muenchen-Alpenmetrik--123.html">Data Analyst (m/w/d)</a><br>Alpenmetrik GmbH, München<br>Teilweise Home-Office</td></tr>
<tr><td><a href="https://www.stepstone.de/stellenangebote--Analytics-Engineer-Muenchen--124.html">Analytics Engineer (w/m/d)</a><br>Finanzhaus Ammersee AG, Starnberg</td></tr>
<tr><td><a href="https://www.stepstone.de/stellenangebote--BI-Entwickler--125.html">BI-Entwickler/in</a><br>Stadtwerke Ammertal, Garmisch-Partenkirchen</td></tr>
</table>
<p><a href="https://www.stepstone.de/jobagent/ergebnisse?id=91">Alle 7 Jobs ansehen</a></p>
<p style="font-size:10px;color:#777">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.stepstone.de/jobagent/abmelden?id=91">Jobagent abbestellen</a><br>StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</p>
</body></html>""")

    add(k, "wttj_lyon_alerte", lang="fr", company="", contact="",
        frm=("Welcome to the Jungle", "alertes@welcometothejungle.com"),
        subject="5 nouvelles offres Data à Lyon", date="2026-09-15 08:00 +0200",
        headers=_bulk("<alertes.welcometothejungle.com>",
                      "https://www.welcometothejungle.com/fr/me/alerts/unsubscribe"),
        body="""Bonjour Femi,

Voici les nouvelles offres qui correspondent à votre alerte « Data Analyst – Lyon » :

- Data Analyst Produit – Traboule Tech – Lyon – CDI – Télétravail partiel
- Analytics Engineer – Canut Data – Lyon – CDI
- Chargé(e) d'études data – Éditions Lumière – Lyon – CDI
- Data Analyst Risques – Banque Rhodanienne – Lyon – CDI
- Stage Data Analyst – Hôtels Rivages – Lyon – Stage 6 mois

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs?alert=8812

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://www.welcometothejungle.com/fr/me/alerts/unsubscribe
""")

    add(k, "infojobs_madrid", lang="es", company="", contact="",
        frm=("InfoJobs", "alertas@infojobs.net"),
        subject="Nuevas ofertas de Data Analyst en Madrid", date="2026-09-21 07:10 +0200",
        headers=_bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=3321"),
        body="""Hola Femi,

Tenemos 6 ofertas nuevas que encajan con tu alerta:

· Data Analyst – Pagoda Pagos – Madrid – 40.000 € - 50.000 € bruto/año
· Analytics Engineer – Cierzo Energía – Madrid – Híbrido
· Analista de Datos Comerciales – Supermercados Alba – Alcobendas
· Analista BI – Tramontana Software – Remoto

Inscríbete antes que nadie: https://www.infojobs.net/ofertas-trabajo?alerta=3321

Recibes este correo porque tienes activada una alerta de empleo. Darse de baja: https://www.infojobs.net/alertas/baja?id=3321
""")

    add(k, "newsletter_rejection_after_final", lang="en", company="", contact="",
        frm=("The Offer Letter", "theofferletter@substack.com"),
        reply_to=("The Offer Letter", "reply+2f8a@substack.com"),
        subject="Rejected after the final round? Read this before you reply",
        date="2026-09-06 08:00 +0000",
        headers=_bulk("<theofferletter.substack.com>", "https://theofferletter.substack.com/action/disable_email"),
        body="""THE OFFER LETTER - issue #112

Rejected after the final round? Read this before you reply

You know the email. "Thank you for your time. Unfortunately, we have decided not to move forward with your application, as we have chosen a candidate whose experience more closely matches the role."

It stings most after a final round, because you had started to picture yourself in the job. Here's what the hiring managers I interviewed for this issue actually want you to do:

1. Reply within a day. Thank them, and say you'd welcome another conversation in future.
2. Ask ONE specific feedback question ("was there a gap in the technical case?"), not "why didn't I get it?"
3. Connect with the hiring manager on LinkedIn a week later - not the same day.

Reader question of the week: "I missed an interview because of a train strike, what do I do?" Short answer: email them the same day, own it, offer three new times. Longer answer next week.

Share The Offer Letter: https://theofferletter.substack.com/?utm_source=share

You're receiving this because you subscribed to The Offer Letter.
Unsubscribe https://theofferletter.substack.com/action/disable_email
""")

    add(k, "coach_newsletter_missed_interview", cte="b64", lang="en", company="", contact="",
        frm=("Maya at Ladder Careers", "hello@laddercareers.example.com"),
        subject="\"We tried calling you at the scheduled time...\"", date="2026-09-24 18:00 +0100",
        headers=_bulk("<weekly.laddercareers.example.com>",
                      "https://laddercareers.example.com/unsubscribe?u=ff31"),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="font-size:24px">"We tried calling you at the scheduled time..."</h1>
<p>That's the line nobody wants to see in their inbox. This week, three members told me they'd missed an interview - one time zone mix-up, one dead phone, one calendar that silently declined the invite.</p>
<p>If it happens to you: <b>write within the hour</b>. Apologise once, don't over-explain, and propose two or three concrete new times. Most recruiters will reschedule; almost none will chase you.</p>
<p>Also this week: <a href="https://laddercareers.example.com/r/3?utm_campaign=wk39">How to read a "we've decided to put the role on hold" email</a> and <a href="https://laddercareers.example.com/r/4?utm_campaign=wk39">our interview prep workshop (Oct 8)</a>.</p>
<p>Rooting for you,<br>Maya</p>
<p style="font-size:11px;color:#888">Ladder Careers, 20-22 Wenlock Road, London N1 7GU. You signed up at laddercareers.example.com. <a href="https://laddercareers.example.com/unsubscribe?u=ff31">Unsubscribe</a></p>
</body></html>""")

    add(k, "karriere_newsletter_absage", lang="de", company="", contact="",
        frm=("karriere.example Newsletter", "newsletter@karriere.example.de"),
        subject="Absage nach dem Vorstellungsgespräch – so reagieren Sie richtig",
        date="2026-09-12 09:00 +0200",
        headers=_bulk("<newsletter.karriere.example.de>",
                      "https://karriere.example.de/newsletter/abmelden?id=55"),
        body="""Ihr Karriere-Newsletter | KW 37

Absage nach dem Vorstellungsgespräch – so reagieren Sie richtig

„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.“ Wer diesen Satz liest, ist erst einmal enttäuscht. Doch die Reaktion auf eine Absage entscheidet oft darüber, ob man beim nächsten Mal wieder im Rennen ist.

Unsere Tipps:
• Bedanken Sie sich kurz und freundlich für das Gespräch.
• Bitten Sie um konkretes Feedback – aber nur einmal.
• Halten Sie den Kontakt auf LinkedIn.

Außerdem in dieser Ausgabe: Gehaltsverhandlung im Zweitgespräch, und was Sie tun, wenn der Termin kurzfristig verschoben wird.

Zum Artikel: https://karriere.example.de/ratgeber/absage-reagieren?utm_source=nl

Newsletter abbestellen: https://karriere.example.de/newsletter/abmelden?id=55
""")

    add(k, "cadremploi_style_newsletter_fr", lang="fr", company="", contact="",
        frm=("Les Echos de l'Emploi", "newsletter@echos-emploi.example.fr"),
        subject="Entretien d'embauche : les 5 erreurs qui font échouer les candidats",
        date="2026-09-17 07:30 +0200",
        headers=_bulk("<hebdo.echos-emploi.example.fr>",
                      "https://echos-emploi.example.fr/desinscription?u=91a"),
        html="""<html><body style="font-family:Arial;max-width:600px">
<p style="font-size:12px;color:#888">La lettre hebdo de l'emploi &ndash; n&deg; 318</p>
<h2>Entretien d'embauche : les 5 erreurs qui font échouer les candidats</h2>
<p>Arriver en retard, ne pas connaître l'entreprise, critiquer son ancien employeur&hellip; Nos recruteurs partenaires listent les erreurs qui conduisent le plus souvent à un « nous sommes au regret de ne pas donner suite à votre candidature ».</p>
<p><a href="https://echos-emploi.example.fr/article/entretien-erreurs?xtor=EPR-12">Lire l'article</a></p>
<h3>Aussi cette semaine</h3>
<ul><li><a href="https://echos-emploi.example.fr/article/offre-embauche-negocier?xtor=EPR-12">Promesse d'embauche : peut-on encore négocier ?</a></li>
<li><a href="https://echos-emploi.example.fr/offres?xtor=EPR-12">1 240 nouvelles offres cadres</a></li></ul>
<p style="font-size:11px;color:#999">Vous recevez cette lettre car vous êtes inscrit(e). <a href="https://echos-emploi.example.fr/desinscription?u=91a">Se désinscrire</a></p>
</body></html>""")

    add(k, "newsletter_es_respuesta_negativa", lang="es", company="", contact="",
        frm=("Empleo Hoy", "boletin@empleohoy.example.es"),
        subject="Cómo responder a un «no has sido seleccionado»", date="2026-10-01 08:15 +0200",
        headers=_bulk("<boletin.empleohoy.example.es>",
                      "https://empleohoy.example.es/baja?id=771"),
        body="""BOLETÍN EMPLEO HOY · 1 de octubre de 2026

Cómo responder a un «no has sido seleccionado»

«Lamentamos comunicarte que hemos decidido continuar con otros candidatos». Es el correo que nadie quiere recibir, pero responder bien puede abrirte puertas en el futuro. Te contamos cómo agradecer, pedir feedback y mantener el contacto.

Leer más: https://empleohoy.example.es/articulos/responder-rechazo?utm_source=boletin

Además: las 10 empresas que más contratan perfiles de datos en Madrid, y qué hacer si te cambian la fecha de la entrevista.

Para dejar de recibir este boletín: https://empleohoy.example.es/baja?id=771
""")

    add(k, "agency_hot_jobs_marketing", lang="en", company="", contact="",
        frm=("Sterling Vale Recruitment", "marketing@sterlingvale.example.co.uk"),
        subject="This week's hot data jobs 🔥", date="2026-08-20 10:00 +0100",
        headers=_bulk("<jobs-weekly.sterlingvale.example.co.uk>",
                      "mailto:unsubscribe@sterlingvale.example.co.uk"),
        html="""<html><body style="font-family:Arial">
<h2 style="color:#0b3c5d">HOT JOBS THIS WEEK</h2>
<table cellpadding="8">
<tr><td><b>Senior Data Analyst</b> - Insurance - London - up to £70k</td><td><a href="https://sterlingvale.example.co.uk/j/1?utm_source=mailchimp">Apply now</a></td></tr>
<tr><td><b>Analytics Engineer</b> - Rail - Birmingham/Hybrid - £60-65k</td><td><a href="https://sterlingvale.example.co.uk/j/2?utm_source=mailchimp">Apply now</a></td></tr>
<tr><td><b>BI Developer</b> - Retail - Leeds - £55k</td><td><a href="https://sterlingvale.example.co.uk/j/3?utm_source=mailchimp">Apply now</a></td></tr>
</table>
<p>Know someone brilliant? Refer a friend and get £250 when they're placed!</p>
<p style="font-size:10px">You are receiving this because you registered with Sterling Vale Recruitment. <a href="https://sterlingvale.example.co.uk/unsubscribe">Unsubscribe</a></p>
</body></html>""")

    add(k, "linkedin_inmail_cold", lang="en", company="", contact="",
        frm=("Rohan Mehta via LinkedIn", "inmail-hit-reply@linkedin.com"),
        subject="Femi, data roles at a Series B healthtech", date="2026-08-25 14:12 +0000",
        body="""Hi Femi,

I came across your profile and was impressed by your work on analytics engineering. I'm partnering with a Series B healthtech that's building out its data team in London and Dublin over the next six months - a mix of analyst and analytics engineer roles, hybrid, competitive equity.

No pressure at all, but if you're open to new opportunities I'd love to keep you in mind. Feel free to send over an up-to-date CV whenever suits.

Best,
Rohan

Rohan Mehta
Talent Partner at Northstar Search

Reply: https://www.linkedin.com/messaging/thread/2-ZmYyOGE
This is an InMail from a LinkedIn member. You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""")

    add(k, "recruiter_cold_direct_de", lang="de", company="",
        contact="n.albrecht@albrecht-partner.example.de",
        frm=("Nina Albrecht", "n.albrecht@albrecht-partner.example.de"),
        subject="Ihr Profil – Data-Positionen im Raum München", date="2026-09-03 13:30 +0200",
        body="""Guten Tag Herr Adeyemi,

ich bin über XING auf Ihr Profil gestoßen und finde Ihren Werdegang im Bereich Analytics Engineering sehr spannend.

Wir betreuen als Personalberatung derzeit mehrere Mandanten aus dem Versicherungs- und Energieumfeld im Großraum München, die ihre Datenteams ausbauen. Falls Sie grundsätzlich offen für Veränderungen sind, nehme ich Sie gerne in unseren Kandidatenpool auf – senden Sie mir dazu einfach Ihren aktuellen Lebenslauf.

Beste Grüße aus Schwabing
Nina Albrecht
Albrecht & Partner Personalberatung
""")

    add(k, "recruiter_cold_es", lang="es", company="",
        contact="pablo.serrano@talentia-rh.example.es",
        frm=("Pablo Serrano", "pablo.serrano@talentia-rh.example.es"),
        subject="Oportunidades en datos", date="2026-10-02 11:50 +0200",
        body="""Hola Femi, ¿qué tal?

Te escribo porque en Talentia RH trabajamos con varias empresas tecnológicas de Madrid que están reforzando sus equipos de datos este último trimestre. He visto tu perfil y creo que podrías encajar en alguna.

Si te interesa que te tenga en cuenta, pásame tu CV actualizado y tu banda salarial y te iré enviando lo que vaya saliendo.

Un saludo,
Pablo Serrano
Consultor de Selección IT · Talentia RH
""")

    add(k, "glassdoor_interview_reviews", lang="en", company="", contact="",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="New interview reviews at companies you follow", date="2026-09-19 15:00 +0000",
        headers=_bulk("<community.glassdoor.com>", "https://www.glassdoor.com/unsubscribe?k=4c"),
        html="""<html><body style="font-family:Arial">
<h3>See how others' interviews went</h3>
<p><b>Lumenfold</b> &ndash; Senior Data Analyst interview: "Four rounds in one afternoon. Got the offer." <a href="https://www.glassdoor.com/Interview/lumenfold?utm_source=email">Read more</a></p>
<p><b>Kestrel Payments</b> &ndash; Analytics Engineer interview: "Recruiter rescheduled twice, then rejected me after the take-home." <a href="https://www.glassdoor.com/Interview/kestrel?utm_source=email">Read more</a></p>
<p><b>Corvid Games</b> &ndash; Data Analyst interview: "Live SQL, friendly panel, no feedback." <a href="https://www.glassdoor.com/Interview/corvid?utm_source=email">Read more</a></p>
<p style="font-size:10px;color:#888">Glassdoor, Inc. <a href="https://www.glassdoor.com/unsubscribe?k=4c">Unsubscribe</a></p>
</body></html>""")

    add(k, "linkedin_application_viewed", lang="en", company="", contact="",
        frm=("LinkedIn", "jobs-noreply@linkedin.com"),
        subject="Your application was viewed by Lumenfold", date="2026-08-06 16:44 +0000",
        body="""Your application was viewed

Lumenfold viewed your application for Senior Data Analyst.

This means the hiring team looked at your profile. You may hear from them soon.

View job: https://www.linkedin.com/comm/jobs/view/39981?trk=eml-application_viewed

----------------------------------------
This email was intended for Femi Adeyemi (Data Analyst).
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobs
(c) 2026 LinkedIn Corporation
""")

    add(k, "meetup_london_analytics", lang="en", company="", contact="",
        frm=("London Analytics Meetup", "info@meetup.com"),
        subject="New event: Interviewing for analytics roles - panel & pizza",
        date="2026-09-28 12:00 +0000",
        headers=_bulk("<events.meetup.com>", "https://www.meetup.com/notifications/unsubscribe"),
        body="""London Analytics Meetup scheduled a new event

Interviewing for analytics roles - panel & pizza
Thursday, 15 October 2026, 18:30
Kestrel Payments, 8 Tabernacle Street, London

Three hiring managers share what they look for in a take-home, how they run technical interviews, and why most candidates get rejected at the case-study stage. Followed by pizza.

RSVP: https://www.meetup.com/london-analytics/events/30112/

Unsubscribe from these emails: https://www.meetup.com/notifications/unsubscribe
""")

    add(k, "bootcamp_webinar_technical_interview", lang="en", company="", contact="",
        frm=("DataForge Academy", "events@dataforge.example.com"),
        subject="Free webinar: ace your next technical interview", date="2026-08-30 17:00 +0100",
        headers=_bulk("<webinars.dataforge.example.com>",
                      "https://dataforge.example.com/email/unsubscribe?c=8"),
        body="""Hi Femi,

Invited to a technical interview and not sure what to expect? Join our free live webinar on Tuesday 8 September at 7pm BST, where two senior analytics engineers run a mock SQL interview and talk through what interviewers look for.

Save your seat: https://dataforge.example.com/webinars/sql-interview?utm_source=email

Can't make it? Register anyway and we'll send the recording.

The DataForge Academy team

Unsubscribe: https://dataforge.example.com/email/unsubscribe?c=8
""")

    add(k, "salary_survey_fr", lang="fr", company="", contact="",
        frm=("Baromètre Data", "enquete@barometre-data.example.fr"),
        subject="Baromètre des salaires data 2026 : 5 minutes pour répondre",
        date="2026-10-06 10:00 +0200",
        headers=_bulk("<enquete.barometre-data.example.fr>",
                      "https://barometre-data.example.fr/desinscription"),
        body="""Bonjour,

Comme chaque année, nous réalisons le Baromètre des salaires des métiers de la data (analystes, analytics engineers, data scientists). Vos réponses sont anonymes et nous aident à publier des repères fiables pour les candidats et les recruteurs.

Répondre à l'enquête (5 minutes) : https://barometre-data.example.fr/2026?src=mail

Merci pour votre participation !
L'équipe du Baromètre Data

Se désinscrire : https://barometre-data.example.fr/desinscription
""")


def others_lookalikes() -> None:
    """Other meanings of the words: press, research, friends, parcels, loans, flats, degrees."""
    k = "other"
    add(k, "podcast_guest_invite", lang="en", company="", contact="jo@dataovercoffee.example.com",
        frm=("Jo Whitfield", "jo@dataovercoffee.example.com"),
        subject="Guest slot on Data Over Coffee?", date="2026-09-09 13:12 +0100",
        body="""Hi Femi,

I produce Data Over Coffee, a small weekly podcast for people working in analytics. A listener pointed us to your blog post about moving from spreadsheets to dbt, and we'd love to interview you for an episode!

Recording is remote, about 40 minutes, and we're flexible on dates through October. It's very relaxed - no prep beyond having a decent microphone.

Would you be up for it?

Jo
Producer, Data Over Coffee
""")

    add(k, "journalist_interview_request", lang="en", company="",
        contact="k.obi@techledger.example.com",
        frm=("Kemi Obi", "k.obi@techledger.example.com"),
        subject="Interview request - piece on hiring freezes in data teams",
        date="2026-10-08 09:40 +0100",
        body="""Hi Femi,

I'm a reporter at The Tech Ledger, working on a feature about how hiring freezes and roles being "put on hold" are affecting data professionals this autumn. I saw your LinkedIn post about having two processes paused in a month.

Would you be willing to do a short phone interview (15-20 minutes) this week? Happy to keep you anonymous if you prefer. My deadline is Friday.

Thanks,
Kemi Obi
Senior Reporter, The Tech Ledger
+44 20 7946 0777
""")

    add(k, "radio_entrevista_es", lang="es", company="",
        contact="produccion@radiocuarzo.example.es",
        frm=("Producción Radio Cuarzo", "produccion@radiocuarzo.example.es"),
        subject="Entrevista en «Mañanas Digitales»", date="2026-10-14 12:20 +0200",
        body="""Hola Femi:

Te escribimos desde el equipo de producción de «Mañanas Digitales», el magacín de tecnología de Radio Cuarzo. Estamos preparando un programa sobre profesionales extranjeros que trabajan con datos en Madrid y nos encantaría hacerte una breve entrevista en directo (unos 10 minutos, por teléfono).

Sería el martes 20 de octubre hacia las 11:15. ¿Te animas?

Un saludo,
Beatriz Llorente
Producción – Radio Cuarzo
""")

    add(k, "user_research_interview", lang="en", company="",
        contact="tess.morgan@ferrybank.example.com",
        frm=("Tess Morgan", "tess.morgan@ferrybank.example.com"),
        subject="Help shape Ferrybank's savings app (£40 voucher)", date="2026-08-14 11:00 +0100",
        body="""Hi Femi,

I'm a user researcher at Ferrybank. As a customer who recently opened a savings pot, you're exactly the kind of person we'd like to learn from.

We're running 45-minute video interviews next week to understand how people plan their savings goals. There are no right or wrong answers, and you'll receive a £40 voucher as a thank-you.

If you're interested, pick a time here: https://calendly.com/ferrybank-research/savings-interview

Thanks,
Tess Morgan
User Research, Ferrybank
""")

    add(k, "marktforschung_studie_de", lang="de", company="", contact="",
        frm=("Institut für Arbeitsmarktstudien", "studien@ifas-umfrage.example.de"),
        subject="Einladung zum Interview: Studie „Arbeitswelt 2026“", date="2026-09-23 10:30 +0200",
        body="""Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer,

Sie wurden zufällig für ein telefonisches Interview im Rahmen unserer Studie „Arbeitswelt 2026“ ausgewählt. Das Interview dauert ca. 20 Minuten und behandelt Ihre Erfahrungen mit Jobsuche, Bewerbungsgesprächen und Homeoffice.

Die Teilnahme ist freiwillig und anonym. Als Dankeschön erhalten Sie einen Gutschein über 15 Euro.

Termin wählen: https://ifas-umfrage.example.de/termin?code=K7Q2

Mit freundlichen Grüßen
Ihr IFAS-Studienteam

Dies ist eine automatisch versandte Nachricht.
""")

    add(k, "friend_own_rejection", lang="en", company="", contact="tunde.bakare@example.net",
        frm=("Tunde Bakare", "tunde.bakare@example.net"), subject="ugh",
        date="2026-09-19 22:48 +0100", cte="7bit",
        body="""mate. got the email from Harlow Biotech today - "after careful consideration we have decided to move forward with other candidates whose experience more closely matches". after FIVE rounds. five!!

anyway. pints on saturday? I need to complain to someone who gets it. how's your search going, did the Pennant thing come through?

T
""")

    add(k, "friend_fr_entretien_verre", lang="fr", company="", contact="lea.martin@example.org",
        frm=("Léa Martin", "lea.martin@example.org"), subject="Verre jeudi ?",
        date="2026-09-02 20:15 +0200",
        body="""Coucou Femi !

Alors, ça avance tes candidatures à Lyon ? Moi j'ai eu mon entretien chez le cabinet d'audit hier, trois heures de cas pratique, je suis lessivée. Ils m'ont dit qu'ils me rappelaient la semaine prochaine…

On se fait un verre jeudi soir pour se raconter tout ça ? Vers 19h à la Croix-Rousse ?

Bisous
Léa

Envoyé de mon iPhone
""")

    add(k, "order_delayed", lang="en", company="", contact="",
        frm=("Kettle & Crate", "no-reply@kettleandcrate.example.com"),
        subject="Unfortunately your order is delayed", date="2026-08-22 09:05 +0100",
        html="""<html><body style="font-family:Arial">
<p>Hi Femi,</p>
<p>Unfortunately your order <b>#KC-559120</b> (standing desk, oak) is delayed. Our courier has let us know there's a hold-up at their depot, and the new estimated delivery date is <b>Thursday 27 August</b>.</p>
<p>We're really sorry for the wait. There's nothing you need to do - we'll email you again when it's out for delivery.</p>
<p><a href="https://kettleandcrate.example.com/orders/KC-559120?utm_source=transactional">Track your order</a></p>
<p>Kettle &amp; Crate Customer Care</p>
</body></html>""")

    add(k, "sendung_verzoegert_de", lang="de", company="", contact="",
        frm=("Paketdienst Sendungsverfolgung", "noreply@paketdienst.example.de"),
        subject="Ihre Sendung 00340434161234567890 verzögert sich", date="2026-10-03 14:22 +0200",
        body="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Aufgrund eines erhöhten Sendungsaufkommens kann die Sendung nicht wie geplant heute zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Montag, 05.10.2026

Wir bitten um Ihr Verständnis.
Ihr Paketdienst

Bitte antworten Sie nicht auf diese E-Mail.
""")

    add(k, "bike_tracker_position", lang="en", company="", contact="",
        frm=("TrackTag", "alerts@tracktag.example.com"),
        subject="Position update: your bike has moved", date="2026-08-29 03:17 +0000",
        body="""TrackTag alert

Your tag "Blue commuter" reported a new position at 04:16 BST:
51.5423 N, 0.0031 W (near Stratford, London E15)
Accuracy: 12 m

If you didn't move your bike, open the app to see its live position and share it with the police:
https://app.tracktag.example.com/tags/bc-221/map

Manage alerts: https://app.tracktag.example.com/settings/alerts
""")

    add(k, "lichess_position", lang="en", company="", contact="",
        frm=("lichess.org", "noreply@lichess.org"),
        subject="It's your move against Kofi_B", date="2026-09-26 19:40 +0000",
        body="""Your opponent Kofi_B has played 23...Qxe4.

It is your turn in the following position. You have 2 days to move.

https://lichess.org/xK3mP9aQ/white

--
You can turn off these notifications in your preferences:
https://lichess.org/account/preferences/notification
""")

    add(k, "bank_loan_application_received", lang="en", company="", contact="",
        frm=("Ferrybank", "notifications@ferrybank.example.com"),
        subject="We've received your application", date="2026-08-08 12:31 +0100",
        body="""Hi Femi,

Thanks for applying for a Ferrybank personal loan of £4,000 over 24 months. We've received your application and we're reviewing it now.

Most decisions take less than a day. We'll email you once it's done - you can also check the status in the app.

Ferrybank
Ferrybank plc is authorised by the Prudential Regulation Authority. This is a service email; please don't reply.
""")

    add(k, "credit_card_declined", lang="en", company="", contact="",
        frm=("Crescent Mutual Cards", "cards-noreply@crescentmutual.example.com"),
        subject="Update on your credit card application", date="2026-08-16 10:00 +0100",
        body="""Dear Femi Adeyemi,

Thank you for applying for a Crescent Mutual Rewards credit card.

Unfortunately, we are unable to approve your application at this time. This decision was based on the information you provided and information from credit reference agencies, including the length of your UK address history.

You can ask us to review this decision, or find out which credit reference agency we used, by calling 0345 600 0000.

Yours sincerely,
Crescent Mutual Cards
""")

    add(k, "seguro_hogar_solicitud", lang="es", company="", contact="",
        frm=("Aseguradora Meseta", "no-responder@segurosmeseta.example.es"),
        subject="Hemos recibido tu solicitud de seguro de hogar", date="2026-10-10 18:02 +0200",
        body="""Hola Femi:

Te confirmamos que hemos recibido tu solicitud del Seguro de Hogar Plus para la vivienda situada en Calle de Embajadores 112, 28045 Madrid.

Nuestro equipo la revisará en un plazo máximo de 48 horas laborables y te enviaremos la póliza por correo electrónico.

Gracias por confiar en Aseguradora Meseta.

Este correo se ha enviado desde una dirección que no admite respuestas.
""")

    add(k, "flat_application_unsuccessful", lang="en", company="",
        contact="lettings@keyholme.example.co.uk",
        frm=("Keyholme Lettings", "lettings@keyholme.example.co.uk"),
        subject="14 Elm Road, Flat 3 - application update", date="2026-08-24 17:10 +0100",
        body="""Dear Femi,

Thank you for your application for Flat 3, 14 Elm Road, E17.

Unfortunately the landlord has decided to proceed with another applicant who was able to move in sooner. We appreciate this is disappointing, particularly in the current market.

We have several similar properties coming to market next month; do let us know if you'd like us to keep you on our list.

Kind regards,
Holly
Keyholme Lettings, Walthamstow
""")

    add(k, "dublin_flat_viewing", lang="en", company="", contact="niamh@quaysidelets.example.ie",
        frm=("Niamh Doyle", "niamh@quaysidelets.example.ie"),
        subject="Viewing - 2 bed, Stoneybatter", date="2026-09-01 09:20 +0100",
        body="""Hi Femi,

Thanks for your enquiry about the 2 bed in Stoneybatter. We're holding a group viewing this Thursday at 6.15pm. Please bring ID and a reference from your current landlord if you'd like to apply on the night.

Reply to confirm and I'll put your name down.

Niamh
Quayside Lettings
""")

    add(k, "msc_admission_decision", lang="en", company="", contact="",
        frm=("Postgraduate Admissions", "no-reply@admissions.ashcombe.example.ac.uk"),
        subject="Decision on your application - MSc Data Science (part-time)",
        date="2026-08-13 14:00 +0100",
        body="""Dear Femi Adeyemi,

Application ID: 2641177
Programme: MSc Data Science (part-time, 2026 entry)

Thank you for your application to study at Ashcombe University.

We regret to inform you that we are unable to offer you a place on this programme. The programme was heavily oversubscribed this year and the selection panel was unable to make offers to all applicants who met the minimum entry requirements.

We wish you every success with your future plans.

Postgraduate Admissions Office
Ashcombe University
""")

    add(k, "master_admission_fr", lang="fr", company="", contact="",
        frm=("Université Lyon Confluence – Admissions", "ne-pas-repondre@univ-confluence.example.fr"),
        subject="Votre candidature en Master 2 Data & Décision", date="2026-08-26 16:00 +0200",
        body="""Madame, Monsieur,

Nous avons le plaisir de vous informer que votre candidature au Master 2 Data & Décision (formation continue, rentrée 2026) a été acceptée par la commission pédagogique.

Pour confirmer votre inscription, merci de vous connecter à la plateforme avant le 4 septembre 2026.

Cordialement,
Le service des admissions
Université Lyon Confluence

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

    add(k, "irp_immigration_received", lang="en", company="", contact="",
        frm=("Immigration Service Delivery", "noreply@irishimmigration.example.ie"),
        subject="Application received - IRP registration", date="2026-09-30 08:30 +0100",
        body="""Dear Applicant,

Your online application for registration / renewal of permission has been received. Your application number is IRP-26-0088112.

Applications are processed in order of receipt. Please do not submit a duplicate application.

Immigration Service Delivery
This mailbox is not monitored.
""")

    add(k, "dentist_appointment_rescheduled", lang="en", company="", contact="",
        frm=("Bright Smile Dental", "reminders@brightsmile.example.co.uk"),
        subject="Your appointment has been rescheduled", date="2026-09-04 08:10 +0100",
        body="""Hi Femi,

Your check-up with Dr Patel has been rescheduled from Tue 8 Sept at 09:00 to Thu 10 Sept at 17:20, as the dentist is unavailable.

If the new time doesn't suit, call us on 020 7946 0412 or rebook online: https://brightsmile.example.co.uk/book

Bright Smile Dental, 41 Hoe Street, E17
""")

    add(k, "gp_missed_appointment", lang="en", company="", contact="",
        frm=("Lonmoor Medical Centre", "noreply@lonmoormedical.example.nhs.uk"),
        subject="You missed your appointment today", date="2026-10-01 12:05 +0100",
        body="""Dear Femi Adeyemi,

Our records show that you did not attend your appointment with the practice nurse today at 10:40.

Missed appointments cost the practice time that could be offered to other patients. If you no longer need an appointment, please cancel it using the NHS App or by calling reception.

Lonmoor Medical Centre
""")

    add(k, "clase_cancelada_es", lang="es", company="", contact="",
        frm=("Gimnasio Lavapiés Fit", "reservas@lavapiesfit.example.es"),
        subject="Tu clase de spinning ha sido cancelada", date="2026-10-15 07:30 +0200",
        body="""Hola Femi,

Lamentamos comunicarte que la clase de spinning de hoy jueves a las 19:00 ha sido cancelada por enfermedad del monitor. Tu bono no se ha descontado.

Puedes reservar otra clase desde la app.

¡Nos vemos pronto!
Lavapiés Fit
""")


def others_own_and_auto() -> None:
    """The candidate's own sent mail, recruiters' auto-replies and calendar noise."""
    k = "other"
    add(k, "own_thank_you_medivia", lang="en", company="", contact="",
        frm=ME, to=[("Aoife Gallagher", "aoife.gallagher@medivia.example.ie")],
        cc=[("Declan Furlong", "declan.furlong@medivia.example.ie")],
        subject="Thank you - second interview", date="2026-09-25 10:02 +0100",
        mid=mid_of("medivia_thanks", "example.com"),
        body="""Hi Aoife,

Thank you and Declan for your time yesterday. I particularly enjoyed the discussion about
readmission dashboards and how the team prioritises clinical requests.

Kind regards,
Femi
""")

    add(k, "own_following_up_application", lang="en", company="", contact="",
        frm=ME, to=[("Marcus Hale", "marcus.hale@pellucid.example.com")],
        subject="Following up - Claims Analytics role", date="2026-09-17 09:30 +0100",
        body="""Hi Marcus,

I hope you're well. I wanted to follow up on my application and case study for the Claims Analytics role - I'm still very interested, and happy to provide anything else the team needs.

Thanks again for your help so far.

Best regards,
Femi Adeyemi
+44 7700 900 555
""")

    add(k, "own_reply_after_rejection", lang="en", company="", contact="",
        frm=ME, to=[("Priya Nair", "priya.nair@lumenfold.example.com")],
        subject="Re: Lumenfold | Senior Data Analyst", date="2026-10-07 08:45 +0100",
        reply_to_mid=mid_of("lumenfold_lever_after_final", "hire.lever.co"),
        body="""Hi Priya,

Thank you for letting me know, and for the kind words - disappointing, of course, but I really enjoyed meeting the team. I'd love to take you up on the offer of a short call to hear the panel's feedback on the experimentation side.

Please do keep me in mind for future roles.

Best,
Femi
""" + quote_gmail("Tue, 6 Oct 2026 at 18:12", "Priya Nair <no-reply@hire.lever.co>",
                  """Hi Femi,

I'm sorry to say we've decided to extend an offer to another candidate. It was genuinely close.

Best,
Priya"""))

    add(k, "own_bestaetigung_talentwerk", lang="de", company="", contact="",
        frm=ME, to=[("Florian Gruber", "f.gruber@talentwerk.example.de")],
        subject="Re: Sonnleitner – Termin für das Gespräch", date="2026-08-26 14:10 +0200",
        body="""Hallo Herr Gruber,
Donnerstag um 16:00 passt mir sehr gut. Vielen Dank!
Viele Grüße
Femi Adeyemi
""")

    add(k, "own_respuesta_pagoda", lang="es", company="", contact="",
        frm=ME, to=[("Irene Castillo", "irene@pagodapagos.example.es")],
        subject="Re: Llamada de hoy", date="2026-09-03 11:05 +0200",
        body="""Hola Irene,

Lo siento muchísimo, tuve un problema con el calendario y no vi la convocatoria a tiempo. Asumo toda la responsabilidad. Sigo muy interesado en el puesto; ¿te vendría bien mañana a las 10:00, el lunes a las 12:00 o el martes a las 16:00?

Un saludo,
Femi
""")

    add(k, "own_cv_sent_fr", lang="fr", company="", contact="",
        frm=ME, to=[("Sophie Garnier", "s.garnier@editions-lumiere.example.fr")],
        subject="Candidature – Chargé(e) d'études data", date="2026-08-21 18:40 +0200",
        attach=[("CV_Femi_Adeyemi_FR.pdf", "application/pdf", pdf("CV"))],
        body="""Madame,

Je vous prie de trouver ci-joint ma candidature au poste de Chargé(e) d'études data publié sur votre site. Analyste de données depuis cinq ans, je serais ravi de mettre mon expérience au service de vos équipes marketing.

Je me tiens à votre disposition pour un entretien.

Bien cordialement,
Femi Adeyemi
""")

    add(k, "ooo_recruiter_en", lang="en", company="", contact="marcus.hale@pellucid.example.com",
        frm=("Marcus Hale", "marcus.hale@pellucid.example.com"),
        subject="Automatic reply: Following up - Claims Analytics role",
        date="2026-09-17 09:30 +0100",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        reply_to_mid=mid_of("own_following_up_application", "example.com"),
        body="""Thank you for your email. I am out of the office until Monday 21 September with limited access to email.

For urgent recruitment queries please contact talent@pellucid.example.com.

Marcus Hale
Talent Acquisition Partner, Pellucid Insurance
""")

    add(k, "abwesenheitsnotiz_de", lang="de", company="", contact="jana@kiebitz-mobility.example.de",
        frm=("Jana Vogt", "jana@kiebitz-mobility.example.de"),
        subject="Abwesenheitsnotiz: Neuer Termin", date="2026-08-25 12:02 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Hallo,

vielen Dank für deine Nachricht. Ich bin bis einschließlich 28.08. im Urlaub und habe keinen Zugriff auf meine E-Mails. Deine Nachricht wird nicht weitergeleitet.

In dringenden Fällen wende dich bitte an people@kiebitz-mobility.example.de.

Viele Grüße
Jana Vogt
""")

    add(k, "reponse_automatique_fr", lang="fr", company="",
        contact="s.garnier@editions-lumiere.example.fr",
        frm=("Sophie Garnier", "s.garnier@editions-lumiere.example.fr"),
        subject="Réponse automatique : Candidature – Chargé(e) d'études data",
        date="2026-08-21 18:41 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Bonjour,

Je suis absente du bureau jusqu'au 24 août inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez contacter le service RH au 04 78 00 00 00.

Cordialement,
Sophie Garnier
""")

    add(k, "standup_google_calendar", lang="en", company="",
        contact="rhys.evans@brambleworks.example.com",
        frm=("Rhys Evans (via Google Calendar)", "calendar-notification@google.com"),
        reply_to=("Rhys Evans", "rhys.evans@brambleworks.example.com"),
        subject="Updated invitation: Data team standup @ Weekly from 9:30am to 9:45am on weekdays (BST) (femi.adeyemi@example.com)",
        date="2026-08-03 08:15 +0000",
        body="""This event has been changed.

Data team standup
When: CHANGED: Weekly from 9:30am to 9:45am on weekdays (BST)
Joining info: https://meet.google.com/abc-defg-hij
Who:
  * rhys.evans@brambleworks.example.com - organiser
  * femi.adeyemi@example.com
  * priti.shah@brambleworks.example.com

Moving standup 15 mins later from next week so Priti can do the school run.

Invitation from Google Calendar
""",
        ics=ics("REQUEST", "standup-data-team@google.com", "20260810T083000",
                "20260810T084500", "Data team standup", "rhys.evans@brambleworks.example.com",
                "https://meet.google.com/abc-defg-hij", seq=3))

    add(k, "sprint_review_cancelled", lang="en", company="",
        contact="rhys.evans@brambleworks.example.com",
        frm=("Rhys Evans", "rhys.evans@brambleworks.example.com"),
        subject="Canceled: Sprint review", date="2026-09-24 16:00 +0100",
        body="""Cancelling sprint review tomorrow - half the team is out. We'll fold it into next week's.

Rhys
""",
        ics=ics("CANCEL", "sprint-review-0925@brambleworks.example.com", "20260925T140000",
                "20260925T150000", "Sprint review", "rhys.evans@brambleworks.example.com",
                "Room 3 / Meet", seq=1, status="CANCELLED"))

    add(k, "course_enrolled", lang="en", company="", contact="",
        frm=("Learnwell", "no-reply@learnwell.example.com"),
        subject="You're enrolled: Analytics Engineering with dbt", date="2026-08-01 10:20 +0000",
        body="""Welcome, Femi!

You're enrolled in Analytics Engineering with dbt (6 weeks, self-paced). Your first module, "Sources and staging models", is ready.

Start learning: https://learnwell.example.com/course/dbt-ae/module/1

Tip: learners who set a weekly goal are 3x more likely to finish.

Learnwell
""")


def build() -> list[Mail]:
    """Every message, in the order the files are numbered."""
    MAILS.clear()
    for section in (rejections, invitations, reschedules, missed, acknowledgements, offers,
                    others_alerts_and_newsletters, others_lookalikes, others_own_and_auto):
        section()
    return MAILS


if __name__ == "__main__":
    build()
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
