"""Generator for the seventh labelled corpus: a candidate's inbox over three months.

Why a generator: the raw .eml bytes (transfer encodings, charsets, RFC 2047 words,
multipart layout) are easier to keep correct and consistent (Message-IDs, threading,
dates) when built from one description per message. Every message's wording is written
by hand below; the builder only does MIME plumbing. Run it from anywhere:
``python tests/corpus_seventh/make_seventh.py`` rewrites the .eml files and labels.csv.
Imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import quopri
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = "noor.haddad@example.net"
ME_NAME = "Noor Haddad"
ME_FULL = f"{ME_NAME} <{ME}>"
START = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)


@dataclass
class M:
    """One message: its label and the few facts needed to serialise it."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    text: str | None = None
    html: str | None = None
    reply_to: tuple[str, str] | None = None
    to: str = ME_FULL
    cc: str | None = None
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    hcharset: str = "utf-8"
    ics: str | None = None
    ics_method: str = "REQUEST"
    attach: tuple[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reply_of: str | None = None
    day: float = 0.0


def _encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> str:
    if cte in ("7bit",) and not text.isascii():
        cte = "quoted-printable"
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    body = _encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


def _html_twin(text: str) -> str:
    """The HTML alternative a desktop client derives from what the person typed."""
    paras = [html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    body = "\n".join(f'<p class="MsoNormal">{p}</p>' for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style>'
            f'</head><body lang="EN-GB"><div class="WordSection1">\n{body}\n</div></body></html>\n')


def _multipart(subtype: str, parts: list[str], boundary: str) -> str:
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n"]
    for p in parts:
        out.append(f"--{boundary}\n{p}")
    out.append(f"--{boundary}--\n")
    return "".join(out)


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset)


def _hdr(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode(maxlinelen=76)


def _zone(m: M) -> timezone:
    """The sender's local offset, so Date headers look like they came from where they did."""
    domain = m.frm[1].rsplit(".", 1)[-1]
    if domain == "in":
        return timezone(timedelta(hours=5, minutes=30))
    if domain == "au":
        return timezone(timedelta(hours=11))
    if m.lang in ("de", "fr", "es") or domain in ("nl", "it", "de", "fr", "es"):
        return timezone(timedelta(hours=1))
    return UTC


def message_id(index: int, m: M) -> str:
    domain = m.frm[1].split("@")[-1]
    return f"<{index:03d}.{m.scenario.replace('_', '-')}.{1000 + index * 7}@{domain}>"


def render(index: int, m: M, ids: dict[str, str]) -> bytes:
    """Serialise one message to bytes, with headers pre-encoded so charsets survive."""
    when = (START + timedelta(days=m.day, minutes=(index * 37) % 600)).astimezone(_zone(m))
    lines = [
        f"Return-Path: <{m.frm[1]}>",
        f"From: {_addr(m.frm, m.hcharset)}",
        f"To: {m.to}",
    ]
    if m.cc:
        lines.append(f"Cc: {m.cc}")
    if m.reply_to:
        lines.append(f"Reply-To: {_addr(m.reply_to, m.hcharset)}")
    lines += [
        f"Subject: {_hdr(m.subject, m.hcharset)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {message_id(index, m)}",
    ]
    if m.reply_of:
        parent = ids.get(m.reply_of, m.reply_of)
        lines += [f"In-Reply-To: {parent}", f"References: {parent}"]
    for k, v in m.headers.items():
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    b = f"=_b{index:03d}"
    alts: list[str] = []
    if m.text is not None:
        alts.append(_leaf("text/plain", m.text, m.charset, m.cte))
    if m.html is not None:
        alts.append(_leaf("text/html", m.html, m.charset, m.cte))
    elif m.scenario in HTML_TWINS and m.text is not None:
        alts.append(_leaf("text/html", _html_twin(m.text), m.charset, m.cte))
    if m.ics is not None:
        alts.append(_leaf("text/calendar", m.ics, "utf-8", "7bit", f"; method={m.ics_method}"))
    body = alts[0] if len(alts) == 1 else _multipart("alternative", alts, b + "a")
    if m.attach:
        fname, ctype = m.attach
        blob = base64.encodebytes(f"%PDF-1.4\n% placeholder for {fname}\n".encode()).decode()
        att = (f"Content-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; "
               f"filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n{blob}")
        body = _multipart("mixed", [body, att], b + "m")
    return ("\n".join(lines) + "\n" + body).encode("utf-8")


def ics(uid: str, summary: str, start: str, minutes: int, organizer: str,
        method: str = "REQUEST", location: str = "", status: str = "CONFIRMED",
        seq: int = 0) -> str:
    """A minimal iCalendar invitation; times are UTC strings like 20260310T130000Z."""
    st = datetime.strptime(start, "%Y%m%dT%H%M%SZ")
    en = (st + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    return "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Seventh corpus//EN", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260201T090000Z", f"DTSTART:{start}",
        f"DTEND:{en}", f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER:mailto:{organizer}", f"ATTENDEE;RSVP=TRUE:mailto:{ME}",
        f"STATUS:{status}", f"SEQUENCE:{seq}", "END:VEVENT", "END:VCALENDAR", ""])


def q(text: str) -> str:
    """Quote a block the way mail clients do."""
    return "\n".join("> " + ln if ln else ">" for ln in text.strip("\n").split("\n"))


MSGS: list[M] = []
# Messages whose sender's client also sent an HTML rendering of the typed text.
HTML_TWINS = {
    "uk_shant_progress", "after_final_panel", "role_cancelled_recruiter", "de_nach_interview_chain",
    "fr_poste_suspendu", "phone_screen_uk", "teams_ics_corporate", "de_zweite_runde_ics",
    "interviewer_left_outlook", "did_not_join_teams", "letter_attached_formal", "verbal_followup",
    "de_vertragsangebot", "es_oferta_formal", "no_feedback_in_ack", "cold_outreach_agency_uk",
    "fr_interview_presse", "university_lecturer_panel",
}


def add(*ms: M) -> None:
    MSGS.extend(ms)


# --------------------------------------------------------------------------- rejections
add(M("rejection", "greenhouse_soft_align", "en", "Brightwell Analytics", "",
      ("Brightwell Analytics", "no-reply@us.greenhouse-mail.io"),
      "Thank you for your interest in Brightwell Analytics", day=3,
      text="""Hi Noor,

Thank you for taking the time to apply for the Senior Data Engineer position at
Brightwell Analytics. We really appreciate your interest in joining our team.

After careful consideration, we've decided to pursue other candidates whose
background more closely aligns with the needs of the role at this time.

We'll keep your information on file and may reach out if a position opens up that
is a better fit. We wish you the best of luck in your search.

Best,
The Brightwell Talent Team

This email was sent from an unmonitored inbox. Powered by Greenhouse.
"""),
    M("rejection", "manager_mobile_terse", "en", "Tallow & Pine", "owen@tallowandpine.example.com",
      ("Owen Marsh", "owen@tallowandpine.example.com"), "Re: Sous chef trial", day=5,
      reply_of="<sous-chef-trial.noor@example.net>", cte="7bit",
      text="""Hi Noor thanks for coming in sat. Honestly you did fine but we went with someone who can do the weekend doubles. Sorry. Good luck

Owen
Sent from my iPhone

> On 6 Feb 2026, at 22:10, Noor Haddad <noor.haddad@example.net> wrote:
>
> Hi Owen, thanks again for the trial shift today - really enjoyed the pass.
> Let me know if you need anything else from me.
> Noor
"""),
    M("rejection", "workday_position_filled", "en", "Northgate Health Partners", "",
      ("Northgate Health Partners", "northgate@myworkday.com"),
      "Your application for Clinical Informatics Analyst (R-20417)", day=9, cte="base64",
      text="""Dear Noor Haddad,

Thank you for your application for Clinical Informatics Analyst, Job Requisition ID R-20417.

We wanted to let you know that this position has now been filled. We encourage you to
continue to review our career site and apply for positions that match your interests.

Please do not reply to this message. This mailbox is not monitored.

Regards,
Northgate Health Partners Talent Acquisition



------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information protected by
law, including HIPAA. Any unauthorized review, use, disclosure or distribution is prohibited.
"""),
    M("rejection", "uk_shant_progress", "en", "Harrowgate Building Society", "amelia.croft@harrowgate-bs.example.co.uk",
      ("Amelia Croft", "amelia.croft@harrowgate-bs.example.co.uk"), "Your application – Risk Analyst",
      day=12, charset="windows-1252", cte="quoted-printable",
      text="""Dear Noor,

Many thanks for attending the interview on Tuesday and for your patience whilst we
gathered feedback from the panel.

I'm afraid that on this occasion we shan't be progressing your application any further.
The panel felt that other candidates had more direct experience of PRA regulatory
reporting, which is central to the role. It was a close call and they were very
complimentary about your modelling work.

If you'd like more detailed feedback, do give me a ring and I'll happily talk it through.

Kind regards,

Amelia Croft
Resourcing Partner | Harrowgate Building Society
T: 01632 960 512
Harrowgate Building Society is authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the PRA. Registered in England No. 0000000.
"""),
    M("rejection", "india_regret_inform", "en", "Kaveri Infotech", "talent.pune@kaveriinfotech.example.in",
      ("HR Team - Kaveri Infotech", "talent.pune@kaveriinfotech.example.in"),
      "Status of your candidature - Backend Developer", day=14,
      text="""Dear Candidate,

Greetings from Kaveri Infotech!!

With reference to your interview held on 10th Feb for the position of Backend Developer,
we regret to inform you that your profile has not been shortlisted for further rounds.

We appreciate the time you have invested and we will keep your CV in our database for
suitable future openings. Kindly do revert in case of any queries.

Thanks & Regards,
Priyanka S.
Talent Acquisition | Kaveri Infotech Pvt. Ltd.
+91 20 5555 0142
"""),
    M("rejection", "after_takehome_lever", "en", "Orbitline", "maya.k@orbitline.example.com",
      ("Maya Kowalczyk", "no-reply@hire.lever.co"), "Orbitline - take-home follow up",
      reply_to=("Maya Kowalczyk", "maya.k@orbitline.example.com"), day=16,
      text="""Hi Noor,

Thanks so much for putting time into the take-home exercise - I know these are a real
ask on top of everything else.

The team reviewed your submission carefully. There was a lot to like (the test coverage
especially), but ultimately we didn't feel the API design was quite at the level we need
for this role, so we won't be moving forward with your application.

I'm sorry this isn't better news. If you'd like, I can share a couple of points from the
reviewers - just reply here.

Maya
Recruiting @ Orbitline
"""),
    M("rejection", "agency_relay_excl", "en", "Castell Energy", "jess@peakhirepartners.example.co.uk",
      ("Jess Lowther", "jess@peakhirepartners.example.co.uk"), "Castell feedback", day=18,
      text="""Hi Noor!

Just had the feedback through from Castell Energy re: the Graduate Controls Engineer role!!
Unfortunately they've decided not to take things further this time :( They said you came
across really well but they've gone with someone with more PLC hands-on experience.

Honestly don't be disheartened, you were up against a really strong shortlist! I've got a
couple of other roles that might be perfect for you so let's have a catch up next week!

Jess x

Jess Lowther | Senior Consultant | Peak Hire Partners
07700 900 318 | www.peakhirepartners.example.co.uk
"""),
    M("rejection", "very_short", "en", "Fernhill Studio", "dana@fernhill.example.com",
      ("Dana Ruiz", "dana@fernhill.example.com"), "Re: your application", cte="7bit",
      reply_of="<fernhill-apply.noor@example.net>", day=19,
      text="""Thanks for your time, but we won't be moving forward. Best of luck!

-- Dana

On Mon, Feb 16, 2026 at 9:02 AM Noor Haddad <noor.haddad@example.net> wrote:
> Hi Dana, just checking in on the motion designer role - any news? Thanks, Noor
"""),
    M("rejection", "role_on_hold_ashby", "en", "Quillstack", "",
      ("Quillstack Hiring", "no-reply@ashbyhq.com"), "Update on your Quillstack application",
      day=21, html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #eee;padding:24px">
<tr><td><img src="https://cdn.ashbyhq.com/quillstack/logo.png" alt="Quillstack" width="120"></td></tr>
<tr><td style="font-size:15px;line-height:22px">
<p>Hi Noor,</p>
<p>We wanted to give you an update on the Product Designer (Growth) role. Due to a change in
our plans for the year, the role has been put on hold and we will not be proceeding with
hiring for it at this time.</p>
<p>This has nothing to do with your application, and we're sorry to close things out this way.
If the role reopens we'll let you know.</p>
<p>Thanks again,<br>Quillstack Recruiting</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Sent via <a href="https://track.ashbyhq.com/c/9f2a1?u=https%3A%2F%2Fashbyhq.com">Ashby</a></td></tr>
</table></td></tr></table></body></html>
"""),
    M("rejection", "role_cancelled_recruiter", "en", "Meridian Freight", "t.okafor@meridianfreight.example.com",
      ("Tobi Okafor", "t.okafor@meridianfreight.example.com"), "Following up", day=23,
      text="""Hello Noor,

Following up on our call last week. I have some disappointing news: following a
restructure, leadership has decided to cancel the Operations Analyst requisition
entirely, so we won't be able to continue with your application.

I know you'd already done two rounds with us, and I'm genuinely sorry. I've made a note on
your profile so that our team reaches out if something similar comes up later this year.

Tobi Okafor
Talent Partner, Meridian Freight
Mobile: +44 7700 900 771
"""),
    M("rejection", "after_final_panel", "en", "Luma Health", "sarah.nguyen@lumahealth.example.com",
      ("Sarah Nguyen", "sarah.nguyen@lumahealth.example.com"), "Luma Health - final round",
      day=26, cc="Ben Adler <ben.adler@lumahealth.example.com>",
      text="""Hi Noor,

Thank you for spending the afternoon with us on Thursday - meeting five people back to back is
a lot, and everyone appreciated how prepared you were.

I wanted to let you know personally that we've decided to extend an offer to another
candidate for the Staff Engineer role. It was a genuinely difficult decision between the
two of you.

Ben (cc'd) asked me to pass on that he'd love to stay in touch, and we'd be glad to consider
you for future roles on the platform team.

Warmly,
Sarah Nguyen
Head of Talent | Luma Health
"""),
    M("rejection", "smartrecruiters_template", "en", "Verdant Hotels Group", "",
      ("Verdant Hotels Group", "noreply@smartrecruiters.com"),
      "Verdant Hotels Group: Front Office Manager - Application Update", day=28,
      text="""Dear Noor,

Thank you for your interest in the Front Office Manager position at Verdant Hotels Group
and for the time you invested in the application process.

We have reviewed your application carefully. Unfortunately we will not be moving forward
with your candidacy for this particular position.

We encourage you to visit our careers page and apply for future opportunities.

Sincerely,
Verdant Hotels Group Recruiting Team

You are receiving this email because you applied via SmartRecruiters.
Privacy Policy: https://www.smartrecruiters.com/privacy-policy
"""),
    M("rejection", "dutch_english_direct", "en", "Koppel Logistics", "j.vandenberg@koppel-logistics.example.nl",
      ("Jeroen van den Berg", "j.vandenberg@koppel-logistics.example.nl"), "Your application",
      day=30, text="""Dear Noor,

Thank you for your application and for the conversation of last week.

I will be direct with you: we have chosen for another candidate. The main reason is that
we need someone who speaks Dutch on a business level for contact with our carriers, and
this was not clear to us from the start, our apologies for that.

We wish you a lot of success in the rest of your search.

With kind regards,

Jeroen van den Berg
Teamlead Planning
Koppel Logistics B.V. | Havenweg 12, Rotterdam
"""),
    M("rejection", "italian_english", "en", "Studio Benedetti Ingegneria", "recruiting@studiobenedetti.example.it",
      ("Studio Benedetti - Recruiting", "recruiting@studiobenedetti.example.it"),
      "Feedback about your candidature", day=33, charset="iso-8859-1",
      text="""Dear Mrs. Haddad,

we thank you very much for the interest shown towards our company and for the time you
dedicated to the selection process for the position of Structural Engineer.

We inform you that, after an attentive evaluation, we have decided to proceed with other
profiles which are more in line with the requirements of the position.

We will keep your curriculum in our archive, in respect of the GDPR (Reg. UE 2016/679),
for possible future selections.

Best regards

Dott.ssa Chiara Rinaldi
Ufficio Risorse Umane
Studio Benedetti Ingegneria S.r.l. - Via Garibaldi 41, Torino
"""),
    M("rejection", "taleo_odd_format", "en", "Consolidated Mutual Insurance", "",
      ("Consolidated Mutual Careers", "do-not-reply@taleo.net"),
      "Consolidated Mutual - Job 2600318 Claims Data Specialist", day=35, cte="7bit",
      text="""Consolidated Mutual Insurance

Dear Noor Haddad ,

Thank you for your interest in the position of  Claims Data Specialist  (2600318) .

We have carefully reviewed your qualifications and , at this time , have determined that
other applicants more closely match the requirements of this position .

Your profile will remain in our database .    We thank you for considering
Consolidated Mutual Insurance as an employer .



Consolidated Mutual Talent Acquisition

*** This is an automated message . Please do not reply . ***
"""),
    M("rejection", "australian_unsuccessful", "en", "Coastline Water", "recruitment@coastlinewater.example.com.au",
      ("Coastline Water Recruitment", "recruitment@coastlinewater.example.com.au"),
      "Asset Engineer - Outcome", day=38,
      text="""Hi Noor,

Thanks heaps for your interest in the Asset Engineer role and for making the time to chat
with the panel.

Unfortunately you've been unsuccessful on this occasion. We had a strong field and went
with an applicant who has a bit more water network experience.

Feel free to keep an eye on our careers page - we've got a few projects kicking off mid-year.

Cheers,
Coastline Water Recruitment Team
Coastline Water acknowledges the Traditional Owners of the land on which we work.
"""),
    M("rejection", "after_interview_outlook_chain", "en", "Ashford School Trust", "hr@ashfordtrust.example.org.uk",
      ("Karen Bell", "hr@ashfordtrust.example.org.uk"), "RE: Data Manager interview - 24 Feb",
      reply_of="<ashford-confirm.noor@example.net>", day=41,
      text="""Dear Noor,

Thank you for coming in to interview for the Data Manager post. Governors met on Friday and
I'm sorry to say that you have not been successful this time. We had a very high standard of
applicants.

Best wishes,
Karen Bell
HR Officer, Ashford School Trust

From: Noor Haddad <noor.haddad@example.net>
Sent: 20 February 2026 18:42
To: Karen Bell <hr@ashfordtrust.example.org.uk>
Subject: RE: Data Manager interview - 24 Feb

Dear Karen,

Thank you, I'm pleased to confirm I can attend the interview on 24 February at 10:30.

Kind regards,
Noor

From: Karen Bell <hr@ashfordtrust.example.org.uk>
Sent: 19 February 2026 11:05
To: Noor Haddad <noor.haddad@example.net>
Subject: Data Manager interview - 24 Feb

Dear Noor, we are pleased to invite you to interview on Tuesday 24 February at 10:30.
Please bring photo ID for safeguarding checks.
"""),
    M("rejection", "icims_subject_blank", "en", "Halvorsen Medical Devices", "",
      ("Halvorsen Careers", "careers-noreply@talent.icims.com"), "Update", day=44,
      html="""<html><head><style>p{margin:0 0 12px}</style></head><body>
<div style="max-width:600px;font:14px Arial">
<p><img alt="Halvorsen Medical Devices" src="https://careers.halvorsen.example.com/logo.gif"></p>
<p>Dear Noor,</p>
<p>Thank you for applying to the <b>Quality Engineer II</b> position. We appreciate your interest
in Halvorsen Medical Devices.</p>
<p>After reviewing your qualifications, we have decided not to move forward with your application
at this time. We encourage you to apply for other roles that match your experience.</p>
<p>Regards,<br>Talent Acquisition</p>
<p style="font-size:10px;color:#888">Please do not reply to this automated email.
<a href="https://careers-halvorsen.icims.com/jobs/login?hashed=-43521">Candidate Portal</a></p>
</div></body></html>
"""),
)

add(M("rejection", "de_personio_absage", "de", "Wendler Maschinenbau", "",
      ("Wendler Maschinenbau GmbH", "noreply@personio.de"),
      "Ihre Bewerbung als Projektingenieur (m/w/d)", day=6, charset="iso-8859-1",
      cte="quoted-printable", hcharset="iso-8859-1",
      text="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie
bei der Besetzung der Stelle nicht berücksichtigen können. Diese Entscheidung ist keine
Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Wendler Maschinenbau GmbH
"""),
    M("rejection", "de_du_startup", "de", "Hopfenwerk", "lea@hopfenwerk.example.de",
      ("Lea Brandt", "lea@hopfenwerk.example.de"), "Kurzes Update zu deiner Bewerbung", day=15, cte="8bit",
      text="""Hi Noor,

danke dir nochmal für das nette Gespräch letzte Woche! Wir haben uns im Team lange
ausgetauscht und uns am Ende für eine andere Kandidatin entschieden, die schon etwas mehr
Erfahrung im Performance Marketing mitbringt.

Das war echt knapp – ich hoffe, das ist okay, dass ich dir das so direkt schreibe.
Alles Gute und vielleicht läuft man sich ja nochmal über den Weg!

Liebe Grüße
Lea
--
Lea Brandt · People & Culture · Hopfenwerk GmbH · Berlin
"""),
    M("rejection", "de_stelle_besetzt_successfactors", "de", "Rheinland Versicherung", "",
      ("Rheinland Versicherung Karriere", "noreply@successfactors.eu"),
      "Rückmeldung zu Ihrer Bewerbung – Referenz 4471", day=27, cte="base64",
      text="""Sehr geehrte Frau Haddad,

herzlichen Dank für Ihr Interesse an einer Tätigkeit bei der Rheinland Versicherung AG.

Die ausgeschriebene Position "Aktuar (w/m/d)" konnte inzwischen besetzt werden. Wir bedauern,
Ihnen keine positivere Nachricht geben zu können, und senden Ihnen Ihre Unterlagen nicht
zurück, da die Bewerbung digital erfolgte.

Mit freundlichen Grüßen

Rheinland Versicherung AG
Personalgewinnung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Rheinland Versicherung AG · Sitz Köln · Amtsgericht Köln HRB 00000 · Vorstand: Dr. M. Kessler (Vors.)
"""),
    M("rejection", "de_nach_interview_chain", "de", "Klinikum Lindenau", "m.vogt@klinikum-lindenau.example.de",
      ("Vogt, Martina", "m.vogt@klinikum-lindenau.example.de"), "AW: Vorstellungsgespräch Medizincontrolling",
      reply_of="<lindenau-danke.noor@example.net>", day=37,
      text="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Nachricht und nochmals für das angenehme Gespräch am Montag.

Leider muss ich Ihnen mitteilen, dass wir uns nach Abschluss aller Gespräche für eine
Bewerberin entschieden haben, die bereits Erfahrung mit dem InEK-Kalkulationsverfahren hat.

Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.

Mit freundlichen Grüßen
Martina Vogt
Leitung Medizincontrolling
Klinikum Lindenau gGmbH · Tel. 0341 555 2210

Am 02.03.2026 um 17:55 schrieb Noor Haddad <noor.haddad@example.net>:
> Sehr geehrte Frau Vogt,
> vielen Dank für das freundliche Gespräch heute. Ich freue mich auf Ihre Rückmeldung.
> Mit freundlichen Grüßen
> Noor Haddad
"""),
    M("rejection", "de_agentur_kurz", "de", "Brenner Elektrotechnik", "s.kaya@fachkraft-partner.example.de",
      ("Selin Kaya", "s.kaya@fachkraft-partner.example.de"), "Brenner", day=42,
      text="""Hallo Frau Haddad,

kurze Info: Brenner Elektrotechnik hat sich leider gegen eine Fortsetzung des Prozesses
entschieden. Feedback war, dass Ihnen die SPS-Erfahrung etwas fehlt. Schade!

Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Selin Kaya
Fachkraft Partner Personaldienstleistungen GmbH
Mobil 0170 5550 123
"""),
    M("rejection", "fr_vous_formal", "fr", "Groupe Méridienne", "",
      ("Groupe Méridienne - Recrutement", "ne-pas-repondre@meridienne-groupe.example.fr"),
      "Votre candidature au poste de Contrôleur de gestion", day=10, charset="iso-8859-1",
      hcharset="iso-8859-1",
      text="""Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Méridienne et de votre
candidature au poste de Contrôleur de gestion.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons néanmoins votre CV dans notre vivier et ne manquerons pas de revenir vers
vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
"""),
    M("rejection", "fr_tu_wttj", "fr", "Papillote", "camille@papillote.example.fr",
      ("Camille de Papillote", "no-reply@welcometothejungle.com"),
      "Ta candidature chez Papillote", reply_to=("Camille Roux", "camille@papillote.example.fr"),
      day=24, html="""<div style="font-family:Arial;font-size:14px">
<p>Hello Noor,</p>
<p>Merci beaucoup pour ta candidature et pour le temps passé avec l'équipe sur l'étude de cas !</p>
<p>On a beaucoup hésité, mais on a finalement décidé de poursuivre avec un autre profil, plus
orienté B2B. Ce n'est vraiment pas une question de qualité : ton rendu était top.</p>
<p>On garde ton contact pour la suite 🙂</p>
<p>Belle journée,<br>Camille, Office &amp; Talent chez Papillote</p>
<p style="color:#999;font-size:11px">Envoyé via Welcome to the Jungle</p></div>
"""),
    M("rejection", "fr_poste_suspendu", "fr", "Banque Alpine", "helene.girard@banquealpine.example.fr",
      ("Hélène Girard", "helene.girard@banquealpine.example.fr"), "Point sur le recrutement",
      day=39, charset="windows-1252", hcharset="windows-1252",
      text="""Bonjour Noor,

Je reviens vers vous concernant le poste d'analyste risques crédit.

Suite à une réorganisation interne, le recrutement a été suspendu et nous ne donnerons pas
suite aux candidatures en cours, dont la vôtre. J'en suis sincèrement désolée, d'autant que
vos entretiens s'étaient très bien passés.

Je me permettrai de vous recontacter si le poste devait être rouvert.

Bien cordialement,

Hélène Girard
Chargée de recrutement – Banque Alpine
04 76 55 01 23

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires.
"""),
    M("rejection", "fr_after_takehome_chain", "fr", "Nébuleuse Studio", "antoine@nebuleuse.example.fr",
      ("Antoine Lefèvre", "antoine@nebuleuse.example.fr"), "Re: Exercice technique",
      reply_of="<nebuleuse-exercice.noor@example.net>", day=47,
      text="""Salut Noor,

Merci pour l'exercice, on a bien aimé l'approche. Par contre on ne va pas continuer le
process : on cherche quelqu'un de plus senior sur Unity pour ce poste. Désolé !

Bonne continuation,
Antoine

Le jeu. 12 mars 2026 à 19:04, Noor Haddad <noor.haddad@example.net> a écrit :
> Bonjour Antoine,
> Voici mon rendu pour l'exercice technique (lien GitHub ci-dessous).
> Bonne soirée,
> Noor
"""),
    M("rejection", "es_formal_lamentamos", "es", "Grupo Hostelero Albar", "",
      ("Grupo Albar - Selección", "noreply@albarhoteles.example.es"),
      "Proceso de selección: Revenue Manager", day=20, charset="iso-8859-1", cte="quoted-printable",
      hcharset="iso-8859-1",
      text="""Estimada Noor:

Le agradecemos el interés mostrado en formar parte de Grupo Hostelero Albar y el tiempo
dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para
continuar en el proceso. Conservaremos sus datos para futuras vacantes, de acuerdo con
nuestra política de privacidad.

Un cordial saludo,
Departamento de Personas
Grupo Hostelero Albar
"""),
    M("rejection", "es_tu_recruiter", "es", "Kloud Pagos", "marta.ibanez@kloudpagos.example.es",
      ("Marta Ibáñez", "marta.ibanez@kloudpagos.example.es"), "Tu proceso con Kloud", day=32, cte="8bit",
      text="""Hola Noor,

¿Qué tal? Te escribo para contarte cómo ha ido lo de la posición de QA Engineer.

Al final el equipo ha decidido seguir con otra persona que tenía más experiencia en
automatización con Cypress. Sé que no es la noticia que esperabas, pero quería decírtelo
yo directamente y no dejarte esperando.

Te deseo mucha suerte y si te apetece seguimos en contacto por LinkedIn.

Un abrazo,
Marta
Talent Acquisition · Kloud Pagos
"""),
    M("rejection", "es_puesto_cubierto", "es", "Fundación Sanitaria Olmo", "rrhh@fundacionolmo.example.org",
      ("RRHH Fundación Olmo", "rrhh@fundacionolmo.example.org"), "Re: Candidatura Técnico/a de Datos",
      reply_of="<olmo-candidatura.noor@example.net>", day=45,
      text="""Buenos días Noor,

Gracias por tu mensaje. Te informamos de que el puesto ya ha sido cubierto, por lo que no
podemos seguir adelante con tu candidatura.

Saludos cordiales,
Recursos Humanos
Fundación Sanitaria Olmo · Tel. 91 555 04 21

El mar, 10 mar 2026 a las 12:30, Noor Haddad (<noor.haddad@example.net>) escribió:
> Buenos días,
> Quería saber si hay novedades sobre mi candidatura para el puesto de Técnico/a de Datos.
> Muchas gracias,
> Noor Haddad
"""),
)


# --------------------------------------------------------------------------- interview invitations
add(M("interview_invitation", "calendly_recruiter", "en", "Brightpath Learning", "ruth@brightpathlearning.example.com",
      ("Ruth Adebayo", "ruth@brightpathlearning.example.com"),
      "Brightpath Learning - Instructional Designer", day=4,
      text="""Hi Noor,

Thanks for applying for the Instructional Designer role! I'd love to set up a 30 minute
intro call to tell you more about the team and hear about your background.

Grab any time that works for you here: https://calendly.com/ruth-brightpath/30min

Looking forward to it,
Ruth

Ruth Adebayo | People Team | Brightpath Learning
"""),
    M("interview_invitation", "quick_chat_manager", "en", "Sable Robotics", "kenji@sablerobotics.example.com",
      ("Kenji Watanabe", "kenji@sablerobotics.example.com"), "Quick question", day=7, cte="7bit",
      text="""Hey Noor - saw your application come through for the firmware role. Would you be free
for a quick chat sometime Thu or Fri? 20 min, nothing formal. Let me know what works.

Kenji
Eng Manager, Sable Robotics
"""),
    M("interview_invitation", "greenhouse_next_stage", "en", "Tessellate", "priya.m@tessellate.example.com",
      ("Priya Menon", "no-reply@us.greenhouse-mail.io"),
      "Next steps with Tessellate", reply_to=("Priya Menon", "priya.m@tessellate.example.com"),
      day=10, html="""<html><body><table cellpadding="0" cellspacing="0" width="100%"><tr><td style="padding:20px;font-family:Georgia,serif;font-size:15px">
<p>Hi Noor,</p>
<p>Great news &mdash; the team really enjoyed your recruiter screen and we'd love to move you to the
next stage: a 60-minute technical interview with two engineers from the Payments team.</p>
<p>Please use the link below to choose a time that suits you over the next week:</p>
<p><a href="https://app.greenhouse.io/scheduling/self_schedule/8c2e7d1a" style="background:#24a47f;color:#fff;padding:10px 16px;text-decoration:none">Schedule your interview</a></p>
<p>Let me know if none of the times work and I'll find alternatives.</p>
<p>Best,<br>Priya<br>Tessellate Recruiting</p>
</td></tr></table>
<img src="https://app.greenhouse.io/o/4f1e9c.gif" width="1" height="1" alt=""></body></html>
"""),
    M("interview_invitation", "goodtime_onsite_ics", "en", "Corvid Security", "scheduling@corvidsec.example.com",
      ("Corvid Security Scheduling", "scheduling@corvidsec.example.com"),
      "Interview Confirmation: Corvid Security - Onsite (Detection Engineer)", day=13,
      text="""Hi Noor,

Your onsite interview with Corvid Security is confirmed.

Date: Tuesday, February 24, 2026
Time: 10:00 AM - 2:00 PM GMT
Location: 3rd floor, 40 Cable Street, London (ask for Hannah at reception)

Schedule
10:00 Hannah Price - Hiring Manager
11:00 Luis Ortega - Detection engineering deep-dive
12:00 Lunch with the team
13:00 Farah Ali - Values interview

Reply to this email if you need to make a change.

Scheduled with GoodTime
""",
      ics=ics("corvid-onsite-8812@goodtime.io", "Onsite interview - Corvid Security", "20260224T100000Z",
              240, "scheduling@corvidsec.example.com", location="40 Cable Street, London")),
    M("interview_invitation", "phone_screen_uk", "en", "Pennant Publishing", "lucy.hart@pennantbooks.example.co.uk",
      ("Lucy Hart", "lucy.hart@pennantbooks.example.co.uk"), "Editorial Assistant - telephone interview",
      day=15, charset="windows-1252", cte="quoted-printable",
      text="""Dear Noor,

Thank you for your application for the Editorial Assistant role. We were very impressed and
would like to invite you to a short telephone interview with myself and our Commissioning
Editor, Tom Abbott.

Would Wednesday 25th February at 2pm suit? It should take no more than 30 minutes. If that
time isn’t convenient, do let me know a couple of alternatives.

Best wishes,
Lucy

Lucy Hart
HR Coordinator – Pennant Publishing Ltd
"""),
    M("interview_invitation", "agency_panel_excl", "en", "Orion Pharmaceuticals", "dev@talentbridge-rec.example.com",
      ("Dev Chauhan", "dev@talentbridge-rec.example.com"), "GREAT NEWS - Orion!!", day=17,
      text="""Hi Noor,

Hope you're well!! Orion Pharmaceuticals LOVED your CV and want to get you in for a panel
interview for the Biostatistician role!!! :)

They've offered Monday 2nd March 11am or Tuesday 3rd March 3pm - it'll be at their
Cambridge site, 1 hour with the Head of Stats and two senior statisticians.

Can you let me know ASAP which slot works and I'll lock it in! Give me a buzz if easier.

Dev
Talent Bridge Recruitment | 020 7946 0321
"""),
    M("interview_invitation", "teams_ics_corporate", "en", "Eastmere Council", "recruitment@eastmere.gov.example.uk",
      ("Eastmere Council Recruitment", "recruitment@eastmere.gov.example.uk"),
      "Interview invitation - Policy Officer (Ref EC-0911)", day=20,
      text="""Dear Noor Haddad,

Thank you for applying for the post of Policy Officer (Ref EC-0911). I am pleased to inform
you that you have been shortlisted for interview.

Your interview will take place via Microsoft Teams on Thursday 5 March 2026 at 13:30 and
will last approximately 45 minutes. A calendar invitation with the joining link is attached.
The panel will ask you to give a 10 minute presentation on the topic: "How can the council
improve access to its services for residents with limited internet access?"

If you require any reasonable adjustments, please let us know.

Yours sincerely,
Recruitment Team
Eastmere Council
""",
      ics=ics("ec0911-interview-2@eastmere.gov.example.uk", "Interview: Policy Officer EC-0911",
              "20260305T133000Z", 45, "recruitment@eastmere.gov.example.uk",
              location="Microsoft Teams Meeting")),
    M("interview_invitation", "lever_hm_interview", "en", "Juniper & Fig", "",
      ("Juniper & Fig", "no-reply@hire.lever.co"), "Interview with Juniper & Fig", day=22,
      text="""Hi Noor,

We're excited to invite you to the next round: a video interview with our Head of Merchandising,
Alana Fischer, for the Buying Assistant role.

Please book a 45-minute slot using the link below:
https://jobs.lever.co/juniperandfig/schedule/5b7e91d0

If you have any questions, please contact the recruiting team through the candidate portal.

Juniper & Fig
"""),
    M("interview_invitation", "reply_chain_gmail_times", "en", "Halcyon Games", "nina@halcyongames.example.com",
      ("Nina Petrova", "nina@halcyongames.example.com"), "Re: Gameplay programmer application",
      reply_of="<halcyon-apply.noor@example.net>", day=29,
      text="""Hi Noor,

Thanks for following up, and sorry for the slow reply - GDC prep has eaten everyone alive.

The lead programmer would like to do a technical interview with you. Could you do any of:
- Tue 10 Mar, 16:00 CET
- Wed 11 Mar, 10:00 CET
- Thu 12 Mar, 15:00 CET

It'll be ~75 min on Google Meet, mostly talking through C++ and a bit of live debugging.

Nina

On Mon, Mar 2, 2026 at 11:20 AM Noor Haddad <noor.haddad@example.net> wrote:
> Hi Nina,
>
> I hope you're well. I applied for the Gameplay Programmer role two weeks ago and wanted to
> check whether there's any update. I'm really excited about the combat team's work.
>
> Best,
> Noor
"""),
    M("interview_invitation", "indian_english_f2f", "en", "Sundaram Engineering", "hr.chennai@sundaramengg.example.in",
      ("Sundaram Engineering HR", "hr.chennai@sundaramengg.example.in"),
      "Interview call letter - Design Engineer (Mechanical)", day=27,
      text="""Dear Ms. Noor Haddad,

Greetings from Sundaram Engineering!

Further to your application, we are pleased to inform you that you have been shortlisted for
the Technical Interview for the post of Design Engineer (Mechanical).

Date: 09-Mar-2026
Time: 10.30 AM IST
Mode: Virtual (Zoom link will be shared one day prior)

Kindly confirm your availability by revert mail and carry your updated resume.

Regards,
Lakshmi Narayanan
HR Executive | Sundaram Engineering Ltd.
"""),
    M("interview_invitation", "hospital_nurse_open_day", "en", "St Brennan's Hospital", "nursing.recruitment@stbrennans.example.ie",
      ("Nursing Recruitment", "nursing.recruitment@stbrennans.example.ie"),
      "Invitation to interview - Clinical Nurse Specialist (Data & Quality)", day=29,
      text="""Dear Noor,

Following shortlisting, we would like to invite you to attend for interview for the post of
Clinical Nurse Specialist (Data & Quality).

Interviews will be held on Wednesday 11th March in the Education Centre, Level 2. Please
reply to this email to confirm your attendance and preferred time (morning or afternoon).

Please bring originals of your registration and two forms of ID.

Kind regards,
Nursing Recruitment Office
St Brennan's Hospital, Dublin
"""),
    M("interview_invitation", "smartrecruiters_self_schedule", "en", "Atlas Retail Group", "",
      ("Atlas Retail Group", "noreply@smartrecruiters.com"),
      "Action required: schedule your interview", day=31,
      html="""<html><body style="margin:0;background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Arial;font-size:14px;padding:30px">
<tr><td><h2 style="color:#0b3d91">Let's talk!</h2>
<p>Hi Noor,</p>
<p>Your application for <strong>Store Operations Analyst</strong> at Atlas Retail Group has moved
forward. The hiring team would like to meet you for a first interview.</p>
<p><a href="https://jobs.smartrecruiters.com/i/3e9a0/schedule?utm_source=email">Pick a time</a></p>
<p>Available slots are offered on a first-come basis.</p>
<p>Atlas Retail Group Talent Team</p></td></tr>
<tr><td style="font-size:10px;color:#aaa">Powered by SmartRecruiters &middot; <a href="https://www.smartrecruiters.com/privacy-policy">Privacy</a></td></tr>
</table></body></html>
"""),
    M("interview_invitation", "teamtailor_casual", "en", "Fjord Coffee", "elin@fjordcoffee.example.com",
      ("Elin from Fjord Coffee", "no-reply@teamtailor.com"), "Let's meet? ☕",
      reply_to=("Elin Sørensen", "elin@fjordcoffee.example.com"), day=34,
      text="""Hi Noor!

Loved your application for the Area Manager role. Fancy coming by our Shoreditch roastery for
a coffee and a chat with me and Sam (our ops lead)? Next week, any afternoon except Friday.

Just hit reply with a day :)

Elin
People Lead, Fjord Coffee
"""),
    M("interview_invitation", "case_study_round_workday", "en", "Dalgleish Partners", "",
      ("Dalgleish Partners", "dalgleish@myworkday.com"),
      "Invitation: Case Study Interview - Associate, Strategy", day=36, cte="base64",
      text="""Dear Noor,

Congratulations, you have been selected to progress to the Case Study Interview stage for the
Associate, Strategy position.

Please log in to your candidate home to select an interview slot:
https://dalgleish.wd3.myworkdayjobs.com/en-US/Careers/userHome

The case study will be shared with you 48 hours before the interview.

Dalgleish Partners Graduate Recruitment

This message was sent from an unattended mailbox.
"""),
    M("interview_invitation", "university_lecturer_panel", "en", "University of Westbridge", "s.okonkwo@westbridge.example.ac.uk",
      ("Dr Samuel Okonkwo", "s.okonkwo@westbridge.example.ac.uk"),
      "Lecturer in Data Science - interview", day=40,
      text="""Dear Dr Haddad,

I am pleased to let you know that you have been shortlisted for the post of Lecturer in Data
Science. The selection process will take place on 17 March and comprises a 20-minute teaching
presentation to staff and students followed by a formal panel interview.

Could you please confirm your attendance by return, and let me know of any access
requirements.

With best wishes,
Samuel

Dr Samuel Okonkwo
Head of School, Computing and Mathematics
University of Westbridge
"""),
)

add(M("interview_invitation", "de_einladung_formal", "de", "Stadtwerke Nordheim", "personal@stadtwerke-nordheim.example.de",
      ("Personalabteilung Stadtwerke Nordheim", "personal@stadtwerke-nordheim.example.de"),
      "Einladung zum Vorstellungsgespräch", day=11, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Energiedatenmanagement.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am
Donnerstag, den 26. Februar 2026, um 10:00 Uhr in unser Verwaltungsgebäude (Raum 3.14),
Am Wasserturm 5, 12345 Nordheim, ein.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden nicht erstattet.

Mit freundlichen Grüßen
i. A. Petra Schulze
Personalabteilung
Stadtwerke Nordheim GmbH
"""),
    M("interview_invitation", "de_du_kennenlernen", "de", "Klangraum", "jonas@klangraum.example.de",
      ("Jonas Albrecht", "jonas@klangraum.example.de"), "Kennenlernen?", day=19, cte="7bit", headers={"X-Mailer": "Apple Mail (2.3774)"},
      text="""Hey Noor,

danke fuer deine Bewerbung als Frontend-Entwicklerin! Hast du Lust auf ein erstes
Kennenlernen per Video, so 30 Minuten? Ich haette Mittwoch oder Donnerstag naechste Woche
nachmittags Zeit - such dir einfach was aus: https://cal.com/jonas-klangraum/kennenlernen

Viele Gruesse
Jonas
CTO @ Klangraum
"""),
    M("interview_invitation", "de_zweite_runde_ics", "de", "Auwald Consulting", "t.richter@auwald-consulting.example.de",
      ("Richter, Tanja", "t.richter@auwald-consulting.example.de"), "Zweite Runde – Fallstudie",
      day=30, text="""Liebe Frau Haddad,

wir freuen uns, Sie in die zweite Runde unseres Auswahlprozesses einzuladen. Das Gespräch
findet am 10. März 2026 von 14:00 bis 15:30 Uhr per Microsoft Teams statt; eine
Kalendereinladung mit dem Link finden Sie anbei. Sie bearbeiten darin eine kurze Fallstudie
gemeinsam mit zwei Partnern.

Bei Rückfragen erreichen Sie mich jederzeit.

Herzliche Grüße
Tanja Richter
Recruiting | Auwald Consulting GmbH
Tel. +49 89 5555 0130
""",
      ics=ics("auwald-r2-5521@auwald-consulting.example.de", "Auwald Consulting - 2. Runde Fallstudie",
              "20260310T130000Z", 90, "t.richter@auwald-consulting.example.de",
              location="Microsoft Teams")),
    M("interview_invitation", "de_agentur_telefon", "de", "Helios Apotheken", "d.weber@pharmajobs-weber.example.de",
      ("Daniel Weber", "d.weber@pharmajobs-weber.example.de"), "Telefoninterview Helios Apotheken",
      day=43, text="""Hallo Frau Haddad,

gute Nachrichten: Die Helios Apotheken möchten Sie gern im Rahmen eines Telefoninterviews
näher kennenlernen (ca. 30 Min., mit der Leiterin Category Management).

Passt Ihnen Montag, 16.03., 11:00 Uhr? Die Dame würde Sie dann direkt unter Ihrer
Mobilnummer anrufen.

Viele Grüße
Daniel Weber
Weber Pharmajobs Personalberatung
"""),
    M("interview_invitation", "fr_entretien_formel", "fr", "Centre Hospitalier Saint-Aubin", "recrutement@ch-saintaubin.example.fr",
      ("Recrutement CH Saint-Aubin", "recrutement@ch-saintaubin.example.fr"),
      "Convocation à un entretien", day=18, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Madame,

Suite à votre candidature au poste de Technicienne d'information médicale, nous avons le
plaisir de vous convier à un entretien le mardi 3 mars 2026 à 14h30, à la Direction des
Ressources Humaines (bâtiment B, 2e étage).

Le jury sera composé du médecin DIM et de la responsable RH.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Cordialement,
Direction des Ressources Humaines
Centre Hospitalier Saint-Aubin
"""),
    M("interview_invitation", "fr_dispo_echange", "fr", "Lumen Data", "sophie.martin@lumendata.example.fr",
      ("Sophie Martin", "sophie.martin@lumendata.example.fr"), "Échange pour le poste de Data Analyst",
      day=28, text="""Bonjour Noor,

J'ai bien reçu ta candidature et ton profil m'intéresse beaucoup pour notre poste de Data
Analyst. Serais-tu disponible pour un premier échange téléphonique de 20-30 min cette semaine ?
Je suis libre jeudi après 14h ou vendredi matin.

Bonne journée,
Sophie Martin
Talent Acquisition Manager – Lumen Data
06 55 55 12 34
"""),
    M("interview_invitation", "fr_teamtailor_prochaine_etape", "fr", "Atelier Verne", "",
      ("Atelier Verne", "no-reply@teamtailor.com"), "Prochaine étape : entretien technique",
      day=46, html="""<table width="100%" style="font-family:Helvetica;font-size:14px"><tr><td>
<p>Bonjour Noor,</p>
<p>Bonne nouvelle ! Votre candidature au poste d'Ingénieure mécanique a retenu notre attention et
nous souhaitons vous proposer un entretien technique d'une heure avec notre chef de projet.</p>
<p>Merci de choisir un créneau ici : <a href="https://atelierverne.teamtailor.com/meetings/7f3c2b">réserver un créneau</a></p>
<p>À très vite,<br>L'équipe Atelier Verne</p>
</td></tr></table>
"""),
    M("interview_invitation", "es_entrevista_formal", "es", "Constructora Levante", "seleccion@constructoralevante.example.es",
      ("Selección Constructora Levante", "seleccion@constructoralevante.example.es"),
      "Citación entrevista - Jefe/a de Obra", day=21, charset="iso-8859-1", hcharset="iso-8859-1",
      cte="quoted-printable",
      text="""Estimada Sra. Haddad:

Nos complace comunicarle que ha sido seleccionada para realizar una entrevista personal para
el puesto de Jefe/a de Obra. La entrevista tendrá lugar el jueves 5 de marzo a las 10:00 h en
nuestras oficinas de Valencia (Av. del Puerto 120, 3ª planta).

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Departamento de Selección
Constructora Levante S.A.
"""),
    M("interview_invitation", "es_charla_tu", "es", "Mapache Labs", "diego@mapachelabs.example.com",
      ("Diego Fuentes", "diego@mapachelabs.example.com"), "¿Hablamos?", day=35, cte="7bit",
      text="""Hola Noor!

Soy Diego, CTO de Mapache Labs. Vi tu candidatura para backend y me encantaria charlar
contigo un rato. Te viene bien el martes a las 17h por Meet? Si no, dime que hueco tienes.

Saludos!
Diego

Enviado desde mi iPhone
"""),
    M("interview_invitation", "es_ics_panel", "es", "Aseguradora Cantábrica", "l.gomez@cantabrica-seguros.example.es",
      ("Laura Gómez", "l.gomez@cantabrica-seguros.example.es"), "Siguiente fase: entrevista con el comité",
      day=41, text="""Hola Noor:

Enhorabuena, has superado la primera fase. Te proponemos una entrevista con el comité
(Dirección de Riesgos y RRHH) el miércoles 18 de marzo de 12:00 a 13:00 por Teams. Te adjunto
la convocatoria; acéptala si te encaja o indícame otra franja.

Un saludo,
Laura Gómez
Técnica de Selección · Aseguradora Cantábrica
""",
      ics=ics("cantabrica-comite-3390@cantabrica-seguros.example.es", "Entrevista comité - Analista de Riesgos",
              "20260318T110000Z", 60, "l.gomez@cantabrica-seguros.example.es", location="Microsoft Teams")),
)


# --------------------------------------------------------------------------- reschedules / cancellations
add(M("interview_reschedule_or_cancel", "goodtime_moved_ics", "en", "Corvid Security", "scheduling@corvidsec.example.com",
      ("Corvid Security Scheduling", "scheduling@corvidsec.example.com"),
      "Updated: Corvid Security - Onsite (Detection Engineer)", day=15.5, reply_of="goodtime_onsite_ics",
      text="""Hi Noor,

Unfortunately Hannah has had a clash come up on the 24th, so we've had to move your onsite.
The new time is Thursday, February 26, 10:00 AM - 2:00 PM GMT, same location and same
interviewers. An updated calendar invite is attached.

Really sorry for the shuffle - if the new date doesn't work, just reply and we'll sort it.

Scheduled with GoodTime
""",
      ics=ics("corvid-onsite-8812@goodtime.io", "Onsite interview - Corvid Security", "20260226T100000Z",
              240, "scheduling@corvidsec.example.com", location="40 Cable Street, London", seq=1)),
    M("interview_reschedule_or_cancel", "manager_sick_mobile", "en", "Sable Robotics", "kenji@sablerobotics.example.com",
      ("Kenji Watanabe", "kenji@sablerobotics.example.com"), "Re: Quick question", day=9,
      reply_of="quick_chat_manager", cte="7bit",
      text="""Noor sorry - came down with something nasty, need to push our chat tomorrow. Could we do
Monday same time instead? Apologies!!

K

Sent from my Pixel
"""),
    M("interview_reschedule_or_cancel", "council_cancel_ics", "en", "Eastmere Council", "recruitment@eastmere.gov.example.uk",
      ("Eastmere Council Recruitment", "recruitment@eastmere.gov.example.uk"),
      "Cancelled: Interview: Policy Officer EC-0911", day=24, reply_of="teams_ics_corporate",
      ics_method="CANCEL",
      text="""Dear Noor,

Please accept our apologies, but due to the pre-election period restrictions the interviews
for the Policy Officer post scheduled for Thursday 5 March have had to be cancelled. We will
write to you with a new date as soon as possible; your application remains under
consideration.

Recruitment Team
Eastmere Council
""",
      ics=ics("ec0911-interview-2@eastmere.gov.example.uk", "Interview: Policy Officer EC-0911",
              "20260305T133000Z", 45, "recruitment@eastmere.gov.example.uk", method="CANCEL",
              status="CANCELLED", seq=1, location="Microsoft Teams Meeting")),
    M("interview_reschedule_or_cancel", "agency_moved_slot", "en", "Orion Pharmaceuticals", "dev@talentbridge-rec.example.com",
      ("Dev Chauhan", "dev@talentbridge-rec.example.com"), "Re: GREAT NEWS - Orion!!", day=19,
      reply_of="agency_panel_excl",
      text="""Hi Noor,

Slight change of plan I'm afraid!! The Head of Stats has been pulled into an FDA submission
so they need to move your panel from Monday 11am to Wednesday 4th March at 2pm instead.
Same place. Can you still make that? Let me know!!

Dev

On Wed, 18 Feb 2026 at 09:14, Noor Haddad <noor.haddad@example.net> wrote:
> Hi Dev, Monday 2nd at 11am works great, thank you!
"""),
    M("interview_reschedule_or_cancel", "interviewer_left_outlook", "en", "Greyfriars Capital", "a.fitzgerald@greyfriarscap.example.com",
      ("Aoife Fitzgerald", "a.fitzgerald@greyfriarscap.example.com"), "RE: Second interview - Quant Developer",
      reply_of="<greyfriars-2nd.noor@example.net>", day=31,
      text="""Hi Noor,

I'm afraid I need to postpone Friday's second interview. The hiring manager is unexpectedly
out of the office next week, and we'd rather you meet him than a stand-in. I'll come back to
you by Monday with new dates - apologies for the inconvenience.

Kind regards,
Aoife

Aoife Fitzgerald | Talent Acquisition | Greyfriars Capital LLP
This email and any attachments are confidential and may be privileged. If you are not the
intended recipient please notify the sender and delete it. Greyfriars Capital LLP is
authorised and regulated by the Financial Conduct Authority.

From: Noor Haddad <noor.haddad@example.net>
Sent: Tuesday, March 3, 2026 8:12 PM
To: Aoife Fitzgerald <a.fitzgerald@greyfriarscap.example.com>
Subject: RE: Second interview - Quant Developer

Hi Aoife, confirming Friday 6 March at 9:30. Looking forward to it. Noor
"""),
    M("interview_reschedule_or_cancel", "ats_reschedule_request_ashby", "en", "Quarry Bio", "",
      ("Quarry Bio", "no-reply@ashbyhq.com"), "Your interview needs to be rescheduled", day=38,
      text="""Hi Noor,

One of your interviewers is no longer available for your Technical Interview on Tuesday,
March 10 at 3:00 PM GMT. Please pick a new time using the link below - we're sorry for the
inconvenience.

Choose a new time: https://app.ashbyhq.com/scheduling/quarrybio/reschedule/a91f2c

Quarry Bio Recruiting
"""),
    M("interview_reschedule_or_cancel", "hotel_gm_cancel", "en", "The Grange Hotel", "gm@thegrangehotel.example.co.uk",
      ("Richard Pell", "gm@thegrangehotel.example.co.uk"), "Thursday", day=41, cte="7bit",
      text="""Noor,

Need to cancel Thursday's meeting I'm afraid, we have the inspectors in all week. Will be in
touch when things calm down to find another time.

Richard Pell
General Manager, The Grange Hotel
"""),
    M("interview_reschedule_or_cancel", "indian_reschedule_revert", "en", "Kaveri Infotech", "talent.blr@kaveriinfotech.example.in",
      ("Ankit Sharma", "talent.blr@kaveriinfotech.example.in"), "Rescheduling of your Technical Round",
      day=8, text="""Dear Noor,

Greetings!

Due to unavoidable circumstances the panel is not available for your technical round scheduled
tomorrow at 11 AM. We are rescheduling the same to Thursday, 12-Feb-2026 at 3 PM IST.
Meeting link remains the same.

Request you to kindly revert with your confirmation at the earliest.

Regards,
Ankit Sharma
Talent Acquisition - Kaveri Infotech
"""),
    M("interview_reschedule_or_cancel", "teams_updated_time_html", "en", "Pellucid Media", "oliver.grant@pellucidmedia.example.com",
      ("Oliver Grant", "oliver.grant@pellucidmedia.example.com"),
      "Updated invitation: Interview - Audience Data Editor", day=42,
      html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Noor,</p>
<p>Apologies &ndash; our newsroom meeting has moved, so I've shifted our interview from
<s>Tuesday 17 March 11:00</s> to <b>Tuesday 17 March 15:00</b>. The Teams link is unchanged.</p>
<p>Shout if that no longer works.</p>
<p>Oliver<br>Oliver Grant | Head of Audience | Pellucid Media</p>
<hr><p style="font-size:9pt;color:#666">Microsoft Teams meeting<br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQ4">Click here to join the meeting</a></p>
</body></html>
""",
      ics=ics("pellucid-int-0442@pellucidmedia.example.com", "Interview - Audience Data Editor",
              "20260317T150000Z", 45, "oliver.grant@pellucidmedia.example.com",
              location="Microsoft Teams Meeting", seq=2)),
    M("interview_reschedule_or_cancel", "de_termin_verschoben", "de", "Stadtwerke Nordheim", "personal@stadtwerke-nordheim.example.de",
      ("Personalabteilung Stadtwerke Nordheim", "personal@stadtwerke-nordheim.example.de"),
      "Verschiebung Ihres Vorstellungsgesprächs", day=13, reply_of="de_einladung_formal",
      text="""Sehr geehrte Frau Haddad,

leider müssen wir den vereinbarten Termin am 26. Februar krankheitsbedingt absagen. Wir
würden Ihnen gern als Ersatz Dienstag, den 3. März 2026, um 9:30 Uhr anbieten.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Petra Schulze
Stadtwerke Nordheim GmbH
"""),
    M("interview_reschedule_or_cancel", "de_absage_termin_du", "de", "Klangraum", "jonas@klangraum.example.de",
      ("Jonas Albrecht", "jonas@klangraum.example.de"), "AW: Kennenlernen?", day=22,
      reply_of="de_du_kennenlernen", cte="7bit",
      text="""Hi Noor,

sorry, ich muss unser Gespraech morgen leider absagen - wir haben einen Produktionsausfall
und ich stecke mitten drin. Koennen wir naechste Woche neu planen? Schick mir gern zwei,
drei Zeiten.

Jonas

Am 22.02.2026 um 10:03 schrieb Noor Haddad <noor.haddad@example.net>:
> Hi Jonas, Donnerstag 15 Uhr passt mir super. Bis dann! Noor
"""),
    M("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Centre Hospitalier Saint-Aubin", "recrutement@ch-saintaubin.example.fr",
      ("Recrutement CH Saint-Aubin", "recrutement@ch-saintaubin.example.fr"),
      "Report de votre entretien du 3 mars", day=20, reply_of="fr_entretien_formel",
      charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Madame,

En raison de l'indisponibilité d'un membre du jury, nous sommes contraints de reporter votre
entretien prévu le mardi 3 mars à 14h30. Nous vous proposons le jeudi 5 mars à 10h00, au même
endroit.

Nous vous prions de bien vouloir nous excuser pour ce contretemps et vous remercions de nous
confirmer votre disponibilité.

Cordialement,
Direction des Ressources Humaines
Centre Hospitalier Saint-Aubin
"""),
    M("interview_reschedule_or_cancel", "fr_annulation_tu", "fr", "Lumen Data", "sophie.martin@lumendata.example.fr",
      ("Sophie Martin", "sophie.martin@lumendata.example.fr"), "Re: Échange pour le poste de Data Analyst",
      day=31, reply_of="fr_dispo_echange",
      text="""Hello Noor,

Je suis vraiment désolée mais je dois annuler notre call de demain 10h, j'ai un imprévu
personnel. Est-ce qu'on peut le décaler à lundi même heure ?

Merci pour ta compréhension,
Sophie

Le mar. 3 mars 2026 à 09:41, Noor Haddad <noor.haddad@example.net> a écrit :
> Bonjour Sophie, vendredi 10h me convient parfaitement. À vendredi ! Noor
"""),
    M("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Constructora Levante", "seleccion@constructoralevante.example.es",
      ("Selección Constructora Levante", "seleccion@constructoralevante.example.es"),
      "Cambio de hora – entrevista jueves", day=23, reply_of="es_entrevista_formal",
      text="""Estimada Sra. Haddad:

Por motivos de agenda del Director de Obras, nos vemos obligados a modificar la hora de su
entrevista del jueves 5 de marzo, que pasa de las 10:00 h a las 12:30 h. El lugar no cambia.

Disculpe las molestias. Le agradeceríamos que nos confirmara si le viene bien.

Atentamente,
Departamento de Selección
Constructora Levante S.A.
"""),
    M("interview_reschedule_or_cancel", "es_cancelada_ics", "es", "Aseguradora Cantábrica", "l.gomez@cantabrica-seguros.example.es",
      ("Laura Gómez", "l.gomez@cantabrica-seguros.example.es"), "Cancelado: Entrevista comité - Analista de Riesgos",
      day=43, reply_of="es_ics_panel", ics_method="CANCEL",
      text="""Hola Noor:

Te escribo para avisarte de que tenemos que anular la entrevista con el comité del miércoles.
El director de Riesgos está de baja y preferimos esperar a que vuelva. En cuanto tenga
nueva fecha te la propongo.

Perdona las molestias.
Laura
""",
      ics=ics("cantabrica-comite-3390@cantabrica-seguros.example.es", "Entrevista comité - Analista de Riesgos",
              "20260318T110000Z", 60, "l.gomez@cantabrica-seguros.example.es", method="CANCEL",
              status="CANCELLED", seq=1, location="Microsoft Teams")),
)


# --------------------------------------------------------------------------- missed interviews
add(M("missed_interview_notice", "tried_calling", "en", "Pennant Publishing", "lucy.hart@pennantbooks.example.co.uk",
      ("Lucy Hart", "lucy.hart@pennantbooks.example.co.uk"), "Today's call", day=23.3,
      reply_of="phone_screen_uk", charset="windows-1252",
      text="""Hi Noor,

Tom and I tried calling you at the scheduled time this afternoon (2pm) but couldn’t get
through, and it went to voicemail. I hope everything is OK.

If you’re still interested in the role, let me know and we’ll see whether we can find
another slot later this week.

Best wishes,
Lucy
"""),
    M("missed_interview_notice", "did_not_join_teams", "en", "Greyfriars Capital", "a.fitzgerald@greyfriarscap.example.com",
      ("Aoife Fitzgerald", "a.fitzgerald@greyfriarscap.example.com"), "Missed interview this morning",
      day=17, text="""Hi Noor,

You did not join the Teams meeting for your first-round interview at 9:30 this morning. The
interviewer waited for 15 minutes before leaving the call.

Could you let me know what happened? If it was a technical problem I'm happy to look at
rescheduling, but I'd need to hear from you by Friday.

Kind regards,
Aoife Fitzgerald
Talent Acquisition | Greyfriars Capital LLP
"""),
    M("missed_interview_notice", "we_missed_you_zoom_mobile", "en", "Sable Robotics", "kenji@sablerobotics.example.com",
      ("Kenji Watanabe", "kenji@sablerobotics.example.com"), "Re: Re: Quick question", day=14.5,
      reply_of="manager_sick_mobile", cte="7bit",
      text="""hey - I'm on the zoom, don't see you? wait a few more min then I have to jump

Sent from my Pixel
"""),
    M("missed_interview_notice", "no_show_ats", "en", "Atlas Retail Group", "",
      ("Atlas Retail Group", "noreply@smartrecruiters.com"), "We missed you today", day=39,
      text="""Hi Noor,

We were expecting you for your interview for Store Operations Analyst today, but it looks like
you weren't able to make it.

If you'd still like to be considered, you can request a new time through your candidate
portal within the next 3 days: https://jobs.smartrecruiters.com/i/3e9a0/reschedule

Atlas Retail Group Talent Team
"""),
    M("missed_interview_notice", "agency_where_are_you", "en", "Castell Energy", "jess@peakhirepartners.example.co.uk",
      ("Jess Lowther", "jess@peakhirepartners.example.co.uk"), "Where are you?!", day=11.2,
      text="""Hi Noor,

Castell have just been on the phone - they were expecting you at 10 for the Controls Engineer
interview and you haven't turned up? Are you OK? Please call me as soon as you get this, I'll
try and smooth things over with them!!

Jess
07700 900 318
"""),
    M("missed_interview_notice", "australian_didnt_connect", "en", "Coastline Water", "recruitment@coastlinewater.example.com.au",
      ("Coastline Water Recruitment", "recruitment@coastlinewater.example.com.au"),
      "Your interview with Coastline Water", day=30,
      text="""Hi Noor,

The panel dialled in for your interview at 9am AEDT today but unfortunately you didn't
connect. Just wanted to check in - we know time zones can be tricky.

If you're still keen, reply to this email and we'll see if we can fit you in before the
panel wraps up on Thursday.

Cheers,
Coastline Water Recruitment Team
"""),
    M("missed_interview_notice", "de_nicht_erschienen", "de", "Klinikum Lindenau", "m.vogt@klinikum-lindenau.example.de",
      ("Vogt, Martina", "m.vogt@klinikum-lindenau.example.de"), "Unser Termin heute", day=21,
      text="""Sehr geehrte Frau Haddad,

wir hatten heute um 14:00 Uhr ein Vorstellungsgespräch vereinbart, zu dem Sie leider nicht
erschienen sind. Wir haben versucht, Sie telefonisch zu erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich bitte bis Freitag bei mir, damit wir
gegebenenfalls einen neuen Termin finden können.

Mit freundlichen Grüßen
Martina Vogt
Leitung Medizincontrolling
Klinikum Lindenau gGmbH
"""),
    M("missed_interview_notice", "de_verpasst_du", "de", "Hopfenwerk", "lea@hopfenwerk.example.de",
      ("Lea Brandt", "lea@hopfenwerk.example.de"), "Hast du unseren Call verpasst?", day=9, cte="8bit",
      text="""Hi Noor,

wir saßen gerade zu zweit im Google Meet und haben auf dich gewartet – ist was
dazwischengekommen? Kein Stress, sag einfach kurz Bescheid, dann suchen wir einen neuen
Termin.

LG Lea
"""),
    M("missed_interview_notice", "fr_absence_entretien", "fr", "Papillote", "camille@papillote.example.fr",
      ("Camille Roux", "camille@papillote.example.fr"), "On t'a attendue ce matin", day=14, cte="8bit",
      text="""Coucou Noor,

On t'attendait à 10h pour l'entretien avec Julie mais on ne t'a pas vue se connecter. Tout va
bien ? Si tu as eu un souci, dis-le moi et on te propose un autre créneau.

À bientôt,
Camille
"""),
    M("missed_interview_notice", "es_no_se_conecto", "es", "Kloud Pagos", "marta.ibanez@kloudpagos.example.es",
      ("Marta Ibáñez", "marta.ibanez@kloudpagos.example.es"), "Entrevista de hoy", day=25,
      text="""Hola Noor,

Te hemos estado esperando en la videollamada de las 16:00 para la entrevista técnica, pero no
llegaste a conectarte. También te he llamado al móvil sin éxito.

¿Ha pasado algo? Si sigues interesada, dime y buscamos otro hueco esta semana.

Un saludo,
Marta
"""),
)


# --------------------------------------------------------------------------- application acknowledgements
add(M("application_received", "greenhouse_thanks", "en", "Tessellate", "",
      ("Tessellate", "no-reply@us.greenhouse-mail.io"), "Thank you for applying to Tessellate", day=1,
      text="""Hi Noor,

Thanks for applying to Tessellate! Your application for Backend Engineer, Payments has been
received and our team will review it shortly.

If your experience is a good match, someone from our recruiting team will be in touch to
discuss next steps.

Best,
Tessellate Recruiting
"""),
    M("application_received", "volume_no_individual", "en", "Verdant Hotels Group", "",
      ("Verdant Hotels Group", "noreply@smartrecruiters.com"),
      "Verdant Hotels Group: We have received your application", day=2,
      text="""Dear Noor,

Thank you for applying for the Front Office Manager position at Verdant Hotels Group.

We have received your application and our recruitment team will now review it. Due to the
high volume of applications we receive, we are unfortunately unable to respond to every
applicant individually. If you have not heard from us within 21 days, please assume that your
application has not been successful on this occasion.

Thank you for your interest in joining us.

Verdant Hotels Group Recruiting Team
"""),
    M("application_received", "workday_received_html", "en", "Northgate Health Partners", "",
      ("Northgate Health Partners", "northgate@myworkday.com"),
      "Thank you for your application - R-20417", day=0.5,
      html="""<html><body><div style="font-family:Arial;font-size:13px;color:#333">
<img src="https://northgate.example.com/email/nhp_logo.png" alt="Northgate Health Partners logo"><br><br>
Dear Noor,<br><br>
Thank you for your interest in Northgate Health Partners. This email confirms that we have received your
application for <b>Clinical Informatics Analyst (R-20417)</b>.<br><br>
You can track the status of your application at any time by signing in to your
<a href="https://northgate.wd1.myworkdayjobs.com/NHP/userHome">Candidate Home</a>.<br><br>
Regards,<br>Northgate Health Partners Talent Acquisition<br><br>
<span style="font-size:10px">Please do not reply to this e-mail.</span></div></body></html>
"""),
    M("application_received", "no_feedback_in_ack", "en", "Harrowgate Building Society", "",
      ("Harrowgate Careers", "careers-donotreply@harrowgate-bs.example.co.uk"),
      "Application received - Risk Analyst", day=1.5,
      text="""Dear Noor,

Thank you for your application for the role of Risk Analyst.

We will review all applications after the closing date of 13 February. Shortlisted candidates
will be contacted by the end of February. Please note that unfortunately we are unable to
provide individual feedback at this stage of the process.

Kind regards
Resourcing Team
Harrowgate Building Society
"""),
    M("application_received", "lever_received", "en", "Orbitline", "",
      ("Orbitline", "no-reply@hire.lever.co"), "Thanks for your interest in Orbitline!", day=2.5,
      text="""Hi Noor,

Thanks for applying to the Senior Backend Engineer role at Orbitline - we've got your application!

We're a small team, so we read every application ourselves. We'll get back to you within two
weeks either way.

Orbitline Team
"""),
    M("application_received", "personal_recruiter_ack", "en", "Luma Health", "sarah.nguyen@lumahealth.example.com",
      ("Sarah Nguyen", "sarah.nguyen@lumahealth.example.com"), "Re: Staff Engineer referral",
      day=4, reply_of="<luma-referral.noor@example.net>",
      text="""Hi Noor,

Thanks for sending this over, and great to hear Ben referred you! I've added your CV to the
Staff Engineer req and shared it with the hiring manager. I should have an update for you early
next week.

Sarah

Sarah Nguyen
Head of Talent | Luma Health

On Wed, Feb 4, 2026 at 8:15 PM Noor Haddad <noor.haddad@example.net> wrote:
> Hi Sarah, Ben Adler suggested I reach out directly about the Staff Engineer role. CV attached.
> Thanks, Noor
"""),
    M("application_received", "taleo_confirmation", "en", "Consolidated Mutual Insurance", "",
      ("Consolidated Mutual Careers", "do-not-reply@taleo.net"),
      "Consolidated Mutual - Confirmation of application", day=3, cte="7bit",
      text="""Consolidated Mutual Insurance

Dear Noor Haddad ,

This is to confirm that your application for the position  Claims Data Specialist  ( 2600318 )
has been received .

Should your qualifications match the requirements of the position , a member of our
Talent Acquisition team will contact you .

Thank you for your interest in Consolidated Mutual Insurance .

*** This is an automated message . Please do not reply . ***
"""),
    M("application_received", "indian_ack_portal", "en", "Sundaram Engineering", "",
      ("Sundaram Careers", "careers-noreply@sundaramengg.example.in"),
      "Application Acknowledgement: Design Engineer (Mechanical) - Req 7781", day=8,
      text="""Dear Noor Haddad,

Thank you for applying to Sundaram Engineering Ltd. We acknowledge receipt of your application
for the position of Design Engineer (Mechanical) (Req 7781).

Our recruitment team will review your profile and shortlisted candidates will be intimated
regarding the further process. Owing to the large number of applications, only shortlisted
candidates will be contacted.

Regards,
Talent Acquisition Team
Sundaram Engineering Ltd.
"""),
    M("application_received", "icims_received_html", "en", "Halvorsen Medical Devices", "",
      ("Halvorsen Careers", "careers-noreply@talent.icims.com"),
      "Halvorsen Medical Devices - Application Received", day=16,
      html="""<html><body><table width="600" style="font-family:Verdana;font-size:12px">
<tr><td><img alt="Halvorsen Medical Devices" src="https://careers.halvorsen.example.com/logo.gif"></td></tr>
<tr><td><p>Dear Noor,</p><p>Thank you for your interest in the <b>Quality Engineer II</b> position.
Your application has been successfully submitted and is now being reviewed by our Talent
Acquisition team.</p><p>If your skills and experience match our needs, we will be in touch.</p>
<p>Sincerely,<br>Talent Acquisition</p></td></tr></table></body></html>
"""),
    M("application_received", "dutch_english_received", "en", "Koppel Logistics", "j.vandenberg@koppel-logistics.example.nl",
      ("Jeroen van den Berg", "j.vandenberg@koppel-logistics.example.nl"),
      "Received: your application Planner", day=17,
      text="""Dear Noor,

Hereby I confirm that we received your application for the function of Planner. I will
look at it together with my colleague in the coming week and let you know if we want to
invite you for a conversation.

With kind regards,
Jeroen van den Berg
Teamlead Planning, Koppel Logistics B.V.
"""),
    M("application_received", "ashby_thanks_html", "en", "Quarry Bio", "",
      ("Quarry Bio", "no-reply@ashbyhq.com"), "We received your application", day=20,
      html="""<div style="font-family:-apple-system,Segoe UI,sans-serif;max-width:520px">
<p>Hi Noor,</p>
<p>Thanks for applying for <strong>Data Scientist, Assay Analytics</strong> at Quarry Bio. We've
received your application and our team is reviewing it.</p>
<p>We aim to respond within 10 working days. We can't offer individual feedback on
applications at this stage, but we appreciate the time you put into yours.</p>
<p>— Quarry Bio</p></div>
"""),
    M("application_received", "charity_plain", "en", "Riverside Food Bank", "volunteering@riversidefoodbank.example.org",
      ("Riverside Food Bank", "volunteering@riversidefoodbank.example.org"),
      "Operations Coordinator application", day=26,
      text="""Hello Noor,

Thank you for applying for the paid Operations Coordinator role - we've got your form and
CV. We are a small team so please bear with us; we expect to shortlist at the start of April.

With thanks,
Gail
Riverside Food Bank (registered charity 1000000)
"""),
    M("application_received", "de_eingangsbestaetigung", "de", "Rheinland Versicherung", "",
      ("Rheinland Versicherung Karriere", "noreply@successfactors.eu"),
      "Eingangsbestätigung Ihrer Bewerbung", day=5, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung als Aktuar (w/m/d). Hiermit bestätigen wir den Eingang Ihrer
Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten Wochen bei Ihnen. Bitte
haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine
Zwischenbescheide geben können.

Mit freundlichen Grüßen
Rheinland Versicherung AG, Personalgewinnung
"""),
    M("application_received", "de_join_du", "de", "Hopfenwerk", "",
      ("Hopfenwerk GmbH", "no-reply@join.com"), "Deine Bewerbung bei Hopfenwerk ist angekommen 🎉",
      day=3, text="""Hi Noor,

danke für deine Bewerbung als Performance Marketing Manager:in! Wir haben sie gut erhalten
und melden uns innerhalb von 10 Tagen bei dir.

Bis bald
Dein Hopfenwerk Team

Diese Nachricht wurde über JOIN versendet.
"""),
    M("application_received", "de_behoerde", "de", "Landratsamt Oberwald", "bewerbung@lra-oberwald.example.de",
      ("Landratsamt Oberwald – Personal", "bewerbung@lra-oberwald.example.de"),
      "Ihre Bewerbung – Kennziffer 14/2026", day=34, cte="base64",
      text="""Sehr geehrte Frau Haddad,

Ihre Bewerbung für die Stelle „Sachbearbeitung Digitalisierung (E 10 TVöD)“, Kennziffer
14/2026, ist bei uns eingegangen. Nach Ende der Bewerbungsfrist am 31.03.2026 werden alle
Bewerbungen gesichtet; Sie erhalten danach eine Nachricht.

Mit freundlichen Grüßen
Im Auftrag
K. Huber
Landratsamt Oberwald, Sachgebiet Personal
"""),
    M("application_received", "fr_accuse_reception", "fr", "Groupe Méridienne", "",
      ("Groupe Méridienne - Recrutement", "ne-pas-repondre@meridienne-groupe.example.fr"),
      "Accusé de réception de votre candidature", day=4, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion et vous
en remercions.

Votre dossier va être étudié avec attention. En raison du nombre important de candidatures,
nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre
elles. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre
candidature n'a pas été retenue.

La Direction des Ressources Humaines
"""),
    M("application_received", "fr_wttj_bien_recu", "fr", "Papillote", "",
      ("Papillote", "no-reply@welcometothejungle.com"), "Ta candidature a bien été envoyée !",
      day=6, html="""<div style="font-family:Arial"><h3>C'est envoyé ! 🚀</h3>
<p>Ta candidature pour le poste <b>Growth Marketer</b> chez <b>Papillote</b> a bien été transmise.</p>
<p>L'entreprise reviendra vers toi directement. En attendant, découvre d'autres offres qui
pourraient te plaire.</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs?utm_campaign=apply_confirm">Voir les offres</a></p></div>
"""),
    M("application_received", "fr_cabinet_bien_recu", "fr", "Banque Alpine", "helene.girard@banquealpine.example.fr",
      ("Hélène Girard", "helene.girard@banquealpine.example.fr"), "Votre candidature – Analyste risques crédit",
      day=10, text="""Bonjour Noor,

Je vous confirme la bonne réception de votre candidature pour le poste d'analyste risques
crédit. Je l'étudie avec le manager et reviens vers vous d'ici la fin de la semaine prochaine.

Bien cordialement,
Hélène Girard
Chargée de recrutement – Banque Alpine
"""),
    M("application_received", "es_infojobs_style", "es", "Grupo Hostelero Albar", "",
      ("Grupo Albar - Selección", "noreply@albarhoteles.example.es"),
      "Hemos recibido tu candidatura", day=7,
      text="""Hola Noor:

¡Gracias por tu interés en Grupo Hostelero Albar! Hemos recibido correctamente tu candidatura
para la oferta de Revenue Manager (Madrid).

Nuestro equipo la revisará en los próximos días. Debido al elevado número de candidaturas no
podemos contestar a todas de forma individual, pero si tu perfil encaja te llamaremos.

Equipo de Personas · Grupo Hostelero Albar
"""),
    M("application_received", "es_universidad_registro", "es", "Universidad de Almena", "",
      ("Servicio de Personal - Universidad de Almena", "no-reply@ualmena.example.es"),
      "Registro de solicitud - Plaza Técnico/a de Investigación", day=40, charset="iso-8859-1",
      hcharset="iso-8859-1",
      text="""Estimada Sra. Haddad:

Le confirmamos que su solicitud para la plaza de Técnico/a de Apoyo a la Investigación
(ref. PTA-2026-09) ha quedado registrada con el número 2026/004417.

La lista provisional de admitidos se publicará en la sede electrónica de la Universidad.

Servicio de Personal
Universidad de Almena
"""),
)


# --------------------------------------------------------------------------- offers
add(M("offer", "verbal_followup", "en", "Tessellate", "priya.m@tessellate.example.com",
      ("Priya Menon", "priya.m@tessellate.example.com"), "Following up on our call", day=42,
      text="""Hi Noor,

It was so lovely to speak earlier and share the good news! As promised, here's a summary of
what we discussed on the phone:

- Role: Senior Backend Engineer, Payments
- Base salary: £92,000
- Equity: 4,000 options, 4 year vest, 1 year cliff
- Start date: flexible, ideally by 4 May

The formal offer letter will come through DocuSign in the next day or two. Take your time to
think it over and shout if you'd like to speak to anyone else on the team.

So excited about this!
Priya
"""),
    M("offer", "letter_attached_formal", "en", "Northgate Health Partners", "d.osei@northgatehealth.example.com",
      ("Daniel Osei", "d.osei@northgatehealth.example.com"), "Offer of employment", day=49,
      attach=("Offer_Letter_N_Haddad.pdf", "application/pdf"),
      text="""Dear Noor,

Further to your recent interview, I am delighted to offer you the position of Senior
Informatics Analyst with Northgate Health Partners. Please find your offer letter and
contract of employment attached.

This offer is conditional upon satisfactory references, a DBS check and occupational health
clearance. To accept, please sign and return the contract by Friday 27 March.

Welcome aboard, we look forward to working with you.

Yours sincerely,

Daniel Osei
Director of Clinical Informatics
Northgate Health Partners
"""),
    M("offer", "agency_offer_excl", "en", "Orion Pharmaceuticals", "dev@talentbridge-rec.example.com",
      ("Dev Chauhan", "dev@talentbridge-rec.example.com"), "CALL ME!!!", day=27,
      text="""Noor!!!

Orion want to offer you the Biostatistician job!!! £58k + 10% bonus + the usual benefits,
starting April. They're sending the paperwork over tomorrow but I wanted you to hear it from
me first!!

Ring me when you're free and we can talk it through. HUGE congrats!!!

Dev
Talent Bridge Recruitment | 020 7946 0321
"""),
    M("offer", "conditional_university", "en", "University of Westbridge", "hr-offers@westbridge.example.ac.uk",
      ("HR Services", "hr-offers@westbridge.example.ac.uk"), "Conditional offer - Lecturer in Data Science (WB-0312)",
      day=52, cc="Dr Samuel Okonkwo <s.okonkwo@westbridge.example.ac.uk>",
      attach=("WB-0312_conditional_offer.pdf", "application/pdf"),
      text="""Dear Dr Haddad,

Following your recent interview, I am pleased to make you a conditional offer of appointment
to the post of Lecturer in Data Science, Grade 7, spine point 31 (£46,485 per annum).

The offer is conditional on receipt of satisfactory references and evidence of your right to
work in the UK. Your formal contract will be issued once these conditions have been met.

Please confirm acceptance by replying to this email within 10 working days.

Yours sincerely,
HR Services
University of Westbridge
"""),
    M("offer", "startup_slack_style", "en", "Fjord Coffee", "elin@fjordcoffee.example.com",
      ("Elin Sørensen", "elin@fjordcoffee.example.com"), "🎉", day=46, cte="base64",
      text="""Noor!! Sam and I chatted after you left and we'd love for you to join as Area Manager.
£41k, 25 days hols + the free coffee obviously. I'll send the contract over tonight, have a
read and let me know. Really hope it's a yes!

Elin
"""),
    M("offer", "indian_offer_letter", "en", "Kaveri Infotech", "talent.blr@kaveriinfotech.example.in",
      ("Ankit Sharma", "talent.blr@kaveriinfotech.example.in"),
      "Offer Letter - Senior Software Engineer - Kaveri Infotech", day=22,
      attach=("Kaveri_Offer_Noor_Haddad.pdf", "application/pdf"),
      text="""Dear Noor,

Congratulations!!

We are pleased to extend an offer to you for the position of Senior Software Engineer at
Kaveri Infotech Pvt. Ltd., Bangalore. Please find attached your offer letter with the CTC
break-up.

Kindly revert with the signed copy of the offer letter within 3 working days, along with your
date of joining.

Regards,
Ankit Sharma
Talent Acquisition - Kaveri Infotech
"""),
    M("offer", "de_vertragsangebot", "de", "Auwald Consulting", "t.richter@auwald-consulting.example.de",
      ("Richter, Tanja", "t.richter@auwald-consulting.example.de"), "Ihr Vertragsangebot", day=40,
      attach=("Arbeitsvertrag_Haddad.pdf", "application/pdf"),
      text="""Liebe Frau Haddad,

es freut mich sehr, Ihnen mitteilen zu dürfen, dass wir Sie gerne als Senior Consultant bei
Auwald Consulting begrüßen möchten! Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher
Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 27. März zurück. Für Fragen zum
Vertrag stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Tanja Richter
Recruiting | Auwald Consulting GmbH
"""),
    M("offer", "de_zusage_du", "de", "Klangraum", "jonas@klangraum.example.de",
      ("Jonas Albrecht", "jonas@klangraum.example.de"), "Gute Neuigkeiten :)", day=51, cte="7bit",
      text="""Hey Noor,

wir wuerden dich sehr gern ins Team holen! Das Angebot: 64.000 EUR brutto/Jahr, 30 Tage Urlaub,
Remote-first, Start zum 1. Mai. Den Vertrag schickt dir unsere Office-Managerin morgen per
DocuSign.

Sag Bescheid, wenn du Fragen hast - ich freu mich auf deine Antwort!

Jonas
"""),
    M("offer", "fr_promesse_embauche", "fr", "Lumen Data", "sophie.martin@lumendata.example.fr",
      ("Sophie Martin", "sophie.martin@lumendata.example.fr"), "Proposition d'embauche – Data Analyst",
      day=48, attach=("Promesse_embauche_N_Haddad.pdf", "application/pdf"),
      text="""Bonjour Noor,

J'ai le plaisir de te confirmer que nous souhaitons te proposer le poste de Data Analyst en
CDI ! Tu trouveras ci-joint la promesse d'embauche détaillant la rémunération (48 k€ brut
annuel + variable) et la date de démarrage envisagée.

Merci de nous la retourner signée d'ici le 20 mars si la proposition te convient.

Très belle journée,
Sophie Martin
Talent Acquisition Manager – Lumen Data
"""),
    M("offer", "es_oferta_formal", "es", "Constructora Levante", "seleccion@constructoralevante.example.es",
      ("Selección Constructora Levante", "seleccion@constructoralevante.example.es"),
      "Oferta de empleo – Jefe/a de Obra", day=44,
      text="""Estimada Noor:

Tras finalizar el proceso de selección, nos complace ofrecerle el puesto de Jefa de Obra en
Constructora Levante, con un salario bruto anual de 45.000 € y contrato indefinido.

Adjuntaremos la documentación contractual una vez nos confirme su aceptación. Quedamos a su
disposición para cualquier duda.

Atentamente,
Departamento de Selección
Constructora Levante S.A.
"""),
)


# --------------------------------------------------------------------------- other
LIST = {"List-Unsubscribe": "<https://mail.example.com/unsub?u=noor>", "Precedence": "bulk"}

add(M("other", "linkedin_job_alert", "en", "", "",
      ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), "“data engineer”: 12 new jobs in London",
      day=2, headers={**LIST, "List-Id": "<jobalerts.linkedin.com>"},
      html="""<html><body style="font-family:Arial"><h3>Your job alert for data engineer</h3>
<table>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39001?trk=eml-jymbii">Data Engineer</a><br>Brightwell Analytics · London (Hybrid)<br>Actively recruiting</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39002?trk=eml-jymbii">Senior Data Engineer</a><br>Meridian Freight · Manchester<br>Be an early applicant</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/39003?trk=eml-jymbii">Analytics Engineer</a><br>Luma Health · Remote<br>3 connections work here</td></tr>
</table>
<p><a href="https://www.linkedin.com/comm/jobs/search?trk=eml-jymbii-seeall">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a></p>
</body></html>
"""),
    M("other", "indeed_digest", "en", "", "",
      ("Indeed", "alert@indeed.com"), "Interview-ready roles near you: Operations Analyst and 14 more",
      day=9, headers=LIST,
      text="""Operations Analyst - Atlas Retail Group - Leeds
Easily apply · Responds to 75% of applications within 3 days
https://uk.indeed.com/rc/clk?jk=a1b2c3&from=ja

Junior Data Analyst - Riverside Food Bank - Bristol
Urgently hiring
https://uk.indeed.com/rc/clk?jk=d4e5f6&from=ja

Supply Chain Analyst - Koppel Logistics - Remote
https://uk.indeed.com/rc/clk?jk=g7h8i9&from=ja

Tip: Employers often schedule interviews within a week. Keep your phone handy!

Unsubscribe from these emails: https://uk.indeed.com/unsubscribe?t=xyz
Indeed, 10 Bishops Square, London
"""),
    M("other", "career_newsletter_rejection", "en", "", "",
      ("The Offer Letter", "hello@theofferletter.example.com"),
      "Issue #48: Why you got rejected after the final round", day=12,
      headers={**LIST, "List-Id": "The Offer Letter <newsletter.theofferletter.example.com>"},
      html="""<html><body style="max-width:640px;font-family:Georgia">
<h1>Why you got rejected after the final round</h1>
<p>Hi friend,</p>
<p>This week a reader wrote in: "I reached the final interview three times and each time got the
'we've decided to move forward with other candidates' email. What am I doing wrong?"</p>
<p>Here's the honest answer: at the final stage, you're usually not being rejected, another
candidate is being chosen. Still, there are three things you can do before your next interview...</p>
<ol><li>Ask the recruiter what the panel is weighting.</li><li>Prepare a 30-60-90 day plan.</li>
<li>Send a thank-you note within 24 hours.</li></ol>
<p><a href="https://theofferletter.example.com/p/final-round?utm_source=newsletter">Read the full post</a></p>
<p style="font-size:11px">You're receiving this because you subscribed. <a href="https://theofferletter.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
"""),
    M("other", "recruiter_cold_outreach", "en", "", "harvey@apexsearch.example.com",
      ("Harvey Lin", "harvey@apexsearch.example.com"), "Exciting opportunity - Head of Data (fintech)",
      day=14, text="""Hi Noor,

I hope this message finds you well! I came across your profile and was really impressed by
your background in data engineering.

I'm currently partnered with a Series C fintech in London who are building out their data
function and looking for a Head of Data. Package is up to £140k + equity.

Not sure if you're open to new opportunities at the moment, but if so I'd love to share more
details. No pressure at all either way!

Best,
Harvey Lin
Principal Consultant | Apex Search Partners
"""),
    M("other", "podcast_interview", "en", "", "maddie@buildersbytes.example.com",
      ("Maddie Cole", "maddie@buildersbytes.example.com"), "Builders & Bytes podcast - interview request",
      day=16, text="""Hi Noor,

I host Builders & Bytes, a weekly podcast about the people behind data infrastructure. I read
your blog post on streaming joins and would love to interview you for an episode!

Recording takes about 45 minutes over Riverside.fm, and we're booking for late March. Would
you be up for it? Happy to send over sample questions in advance.

Cheers,
Maddie
"""),
    M("other", "user_research_interview", "en", "", "",
      ("Dovetail Research Team", "research-noreply@notionly.example.com"),
      "Share your feedback in a 30-min interview (£40 gift card)", day=18, headers=LIST,
      text="""Hi Noor,

We're looking for people who use Notionly for personal projects to take part in a 30-minute
user research interview with our product team. As a thank-you, you'll receive a £40 gift card.

Sign up for a slot here: https://research.notionly.example.com/book?src=email

Thanks for helping us build a better product!
The Notionly Research Team

Unsubscribe: https://notionly.example.com/email-preferences
"""),
    M("other", "friend_own_rejection", "en", "", "jamie.okoro@example.org",
      ("Jamie Okoro", "jamie.okoro@example.org"), "ugh", day=19, cte="7bit",
      text="""so I got the rejection from the consultancy today. "after careful consideration we have
decided not to progress your application". after FOUR rounds. I'm so annoyed

pub later? need to vent lol

J
"""),
    M("other", "order_delayed", "en", "", "",
      ("ShopRight Orders", "orders-noreply@shopright.example.com"),
      "Unfortunately your order is delayed", day=21,
      text="""Hi Noor,

Unfortunately your order #SR-55120381 is delayed due to high demand. We now expect to dispatch
it by 3 March. We're sorry for the inconvenience and we'll email you once it's on its way.

You can track your order at https://shopright.example.com/orders/SR-55120381

ShopRight Customer Care
"""),
    M("other", "gps_position", "en", "", "",
      ("Trailtrack", "no-reply@trailtrack.example.com"), "Your current position has been shared",
      day=23, text="""Hi Noor,

Your live position was shared with 2 contacts at 18:42 GMT.

Last known position: 51.5074° N, 0.1278° W (accuracy 8 m)
Battery: 64%

Stop sharing at any time in the Trailtrack app.
"""),
    M("other", "bank_loan_application", "en", "", "",
      ("Harbour Bank", "notifications@harbourbank.example.co.uk"),
      "We've received your application", day=25,
      text="""Dear Ms Haddad,

Thank you for applying for a Harbour Bank Personal Loan. We have received your application
(reference HB-L-7719024) and will let you know our decision within 2 working days.

Unfortunately we are unable to discuss your application by email. For security, never share
your online banking passcode with anyone.

Harbour Bank plc is authorised by the Prudential Regulation Authority.
"""),
    M("other", "credit_card_declined", "en", "", "",
      ("Northwind Card Services", "no-reply@northwindcards.example.com"),
      "An update on your credit card application", day=26,
      text="""Dear Noor Haddad,

Thank you for applying for the Northwind Rewards Credit Card. After careful review we regret
to inform you that we are unable to approve your application at this time.

You'll receive a letter explaining the main reasons within 30 days. Checking your credit
report may help you understand our decision.

Northwind Card Services
"""),
    M("other", "apartment_application_rejected", "en", "", "leasing@maplecourtapts.example.com",
      ("Maple Court Leasing", "leasing@maplecourtapts.example.com"), "Flat 4B application", day=27,
      text="""Hi Noor,

Thanks for viewing Flat 4B and submitting an application. Unfortunately the landlord has
decided to go with another applicant. We have a similar one-bed coming up in April if you'd
like to be added to the list.

Kind regards,
Priya
Maple Court Lettings
"""),
    M("other", "university_admission", "en", "", "",
      ("Graduate Admissions", "admissions-noreply@kingsbury.example.ac.uk"),
      "Decision on your application: MSc Health Data Science", day=28,
      text="""Dear Noor,

Thank you for your application to the MSc Health Data Science programme for entry in
September 2026.

We regret to inform you that we are unable to offer you a place on this occasion. Competition
for places was exceptionally strong this year.

Yours sincerely,
Graduate Admissions Office
Kingsbury University
"""),
    M("other", "own_sent_application", "en", "", "",
      (ME_NAME, ME), "Application - Gameplay Programmer",
      to="Halcyon Games Jobs <jobs@halcyongames.example.com>", day=13,
      attach=("Noor_Haddad_CV.pdf", "application/pdf"),
      text="""Dear Halcyon hiring team,

Please find attached my CV for the Gameplay Programmer role. I'd love the chance to interview
and talk about my work on combat systems.

Best regards,
Noor Haddad
"""),
    M("other", "own_sent_thank_you", "en", "", "",
      (ME_NAME, ME), "Thank you - interview today",
      to="Sarah Nguyen <sarah.nguyen@lumahealth.example.com>", day=24,
      text="""Hi Sarah,

Thank you for organising today's interviews. I really enjoyed meeting Ben and the platform team,
and I'm even more excited about the role. Please pass my thanks on to everyone.

Best,
Noor
"""),
    M("other", "ooo_recruiter", "en", "", "t.okafor@meridianfreight.example.com",
      ("Tobi Okafor", "t.okafor@meridianfreight.example.com"), "Automatic reply: Operations Analyst - availability",
      day=11, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Thank you for your email. I am out of the office until Monday 16 February with limited
access to email. For urgent recruitment queries please contact talent@meridianfreight.example.com.

Tobi
"""),
    M("other", "standup_calendar", "en", "", "",
      ("Google Calendar", "calendar-notification@google.com"),
      "Notification: Daily standup @ Mon 9 Mar 2026 09:30 - 09:45 (GMT)", day=35,
      text="""This event has been changed.

Daily standup
When: Mon 9 Mar 2026 09:30 - 09:45 (GMT)
Joining: meet.google.com/abc-defg-hij
Calendar: noor.haddad@example.net
Who: Freelance Collective - organiser

Invitation from Google Calendar
""",
      ics=ics("standup-88812@google.com", "Daily standup", "20260309T093000Z", 15,
              "collective@freelancers.example.org")),
    M("other", "press_radio_interview", "en", "", "ella.moss@radiowestbridge.example.co.uk",
      ("Ella Moss", "ella.moss@radiowestbridge.example.co.uk"), "Radio interview tomorrow?", day=30,
      text="""Hi Noor,

I'm a producer on the Westbridge Breakfast Show. We're doing a segment on the food bank's new
warehouse and someone mentioned you helped set up their stock database. Would you be up for a
short live interview on air tomorrow at about 7.40am? It'd be by phone, 4-5 minutes.

Thanks!
Ella Moss, Producer, Radio Westbridge
"""),
    M("other", "glassdoor_digest", "en", "", "",
      ("Glassdoor", "noreply@glassdoor.com"), "Noor, how does your salary compare?", day=33, headers=LIST,
      html="""<html><body><p>Hi Noor,</p><p>Salaries for <b>Data Engineer</b> in London range from £55k to £95k.</p>
<p>Top companies hiring: Tessellate, Orbitline, Luma Health.</p>
<p>Interview tip of the week: "Tell me about a time you failed" &mdash; read how 1,200 candidates answered it.</p>
<p><a href="https://www.glassdoor.co.uk/member/home?utm_medium=email">See more</a> &middot; <a href="https://www.glassdoor.co.uk/unsub">Unsubscribe</a></p></body></html>
"""),
    M("other", "webinar_marketing", "en", "", "",
      ("CareerCraft Academy", "events@careercraft.example.com"),
      "LIVE: How to ace your next interview (free masterclass)", day=36, headers=LIST,
      text="""Hi Noor,

Got an interview coming up? Join our free live masterclass this Thursday at 7pm and learn the
exact framework 4,000+ students have used to land offers at top companies.

Save your seat: https://careercraft.example.com/masterclass?ref=email

See you there!
The CareerCraft Team

Don't want these emails? Unsubscribe: https://careercraft.example.com/unsubscribe
"""),
    M("other", "recruiter_inmail_india", "en", "", "",
      ("Rohit Verma via LinkedIn", "inmail-hit-reply@linkedin.com"),
      "Rohit Verma sent you a message: Opportunity with leading MNC", day=38,
      text="""Rohit Verma
Talent Acquisition Specialist at GlobeStaff Solutions

Hi Noor,
Hope you are doing good. We have an urgent requirement for Data Engineer (Spark/Scala) with
leading MNC client for Hyderabad/Remote. Please share your updated CV along with current CTC,
expected CTC and notice period. Kindly do the needful.

Reply: https://www.linkedin.com/messaging/thread/2-ZmY1?trk=eml-inmail
This email was intended for Noor Haddad. Unsubscribe.
"""),
    M("other", "recruiter_followup_no_role", "en", "", "jess@peakhirepartners.example.co.uk",
      ("Jess Lowther", "jess@peakhirepartners.example.co.uk"), "New roles!", day=47,
      text="""Hi Noor!

Hope you're doing OK after the Castell news! I've got three new engineering roles in this week
that I think could be right up your street - a controls role in Swindon, an automation role in
Reading and one fully remote. Shall I send over the specs?

Jess x
"""),
    M("other", "friend_interview_advice", "en", "", "sana.q@example.org",
      ("Sana Qureshi", "sana.q@example.org"), "Re: interview nerves", day=20,
      reply_of="<sana-nerves.noor@example.net>",
      text="""Honestly you'll smash it. When I had my panel interview at the council last year I was
shaking and they still offered me the job lol. Just breathe and ask them questions at the end.

Call me after!
S

On Thu, 19 Feb 2026 at 21:40, Noor Haddad <noor.haddad@example.net> wrote:
> I have the big onsite next week and I'm freaking out
"""),
    M("other", "github_notification", "en", "", "",
      ("GitHub", "notifications@github.com"), "[noorh/streamjoin] Issue #12: position offset wrong after rebalance",
      day=41, headers={"List-Id": "noorh/streamjoin <streamjoin.noorh.github.com>",
                       "List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB12>"},
      text="""@contrib-kai opened an issue:

After a consumer group rebalance the reported position offset is off by one for partitions that
were reassigned. Steps to reproduce below.

--
Reply to this email directly, view it on GitHub:
https://github.com/noorh/streamjoin/issues/12
You are receiving this because you are subscribed to this thread.
"""),
    M("other", "gym_membership_application", "en", "", "",
      ("PulseFit", "hello@pulsefit.example.com"), "Your application is approved! 💪", day=43,
      text="""Hi Noor,

Great news, your corporate membership application has been approved. Your first induction is
booked for Saturday at 10am - see you then!

PulseFit
"""),
    M("other", "nhs_survey_interview", "en", "", "",
      ("Patient Experience Team", "pet-noreply@northgatehealth.example.com"),
      "Would you take part in a short telephone interview about your recent visit?", day=45,
      text="""Dear Noor Haddad,

You recently attended an outpatient appointment at one of our clinics. We are inviting a small
number of patients to take part in a 15-minute telephone interview about their experience.

If you are happy to take part, please click here to choose a time: https://survey.northgatehealth.example.com/pet

Patient Experience Team, Northgate Health Partners
"""),
    M("other", "cold_outreach_agency_uk", "en", "", "m.doyle@harbourrecruit.example.co.uk",
      ("Mark Doyle", "m.doyle@harbourrecruit.example.co.uk"), "Quick question", day=48,
      text="""Morning Noor,

Apologies for the cold email. Are you still looking? I've a client in healthcare tech who may
have something coming up in Q2 for a data person - nothing concrete yet, but I'd like to keep you
in mind. Is your CV on LinkedIn up to date?

Cheers,
Mark Doyle
Harbour Recruitment Ltd
"""),
    M("other", "forwarded_job_from_friend", "en", "", "jamie.okoro@example.org",
      ("Jamie Okoro", "jamie.okoro@example.org"), "Fwd: We're hiring: Data Engineer", day=50,
      text="""saw this and thought of you!!

---------- Forwarded message ---------
From: Brightwell Analytics <news@brightwell.example.com>
Date: Wed, 18 Mar 2026 at 10:02
Subject: We're hiring: Data Engineer
To: <jamie.okoro@example.org>

We're growing! Brightwell Analytics is hiring a Data Engineer to join our platform team.
Interviews start in April. Apply at https://brightwell.example.com/careers
"""),
    M("other", "conference_talk_accepted", "en", "", "cfp@pydata-westbridge.example.org",
      ("PyData Westbridge CFP", "cfp@pydata-westbridge.example.org"), "Your talk proposal has been accepted!",
      day=52, text="""Hi Noor,

Congratulations! We're pleased to let you know that your talk "Streaming joins without tears"
has been accepted for PyData Westbridge 2026. Please confirm by 1 April that you can present.

The Programme Committee
"""),
    M("other", "delivery_position_update", "en", "", "",
      ("ParcelPoint", "tracking@parcelpoint.example.com"), "Your parcel: driver position update",
      day=22, text="""Your driver is 4 stops away.
Live position: https://parcelpoint.example.com/t/PP88231?map=1
Estimated delivery window: 13:10 - 14:10

ParcelPoint
"""),
)

add(M("other", "de_stepstone_alert", "de", "", "",
      ("StepStone Jobagent", "jobagent@stepstone.de"), "12 neue Jobs für „Data Engineer“ in Berlin",
      day=5, headers={**LIST, "List-Id": "<jobagent.stepstone.de>"}, charset="iso-8859-1",
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hallo Noor Haddad,</p><p>Ihr Jobagent hat neue passende Stellenangebote gefunden:</p>
<table>
<tr><td><a href="https://www.stepstone.de/stellenangebote--Data-Engineer-Berlin-Hopfenwerk--1234.html?utm_source=jobagent">Data Engineer (m/w/d)</a> - Hopfenwerk GmbH, Berlin</td></tr>
<tr><td><a href="https://www.stepstone.de/stellenangebote--Dateningenieur-Berlin--5678.html?utm_source=jobagent">Dateningenieur:in</a> - Stadtwerke Nordheim, Nordheim</td></tr>
<tr><td><a href="https://www.stepstone.de/stellenangebote--BI-Entwickler--9012.html?utm_source=jobagent">BI-Entwickler (w/m/d)</a> - Rheinland Versicherung AG, Köln</td></tr>
</table>
<p>Tipp: So bereiten Sie sich optimal auf Ihr Vorstellungsgespräch vor!</p>
<p style="font-size:10px">Jobagent abbestellen: <a href="https://www.stepstone.de/jobagent/abmelden">hier klicken</a></p>
</body></html>
"""),
    M("other", "de_karriere_newsletter", "de", "", "",
      ("karriereblick Newsletter", "newsletter@karriereblick.example.de"),
      "Absage erhalten? So gehst du richtig damit um", day=17,
      headers={**LIST, "List-Id": "karriereblick <news.karriereblick.example.de>"},
      text="""Hallo Noor,

„Leider müssen wir Ihnen mitteilen…“ – kaum ein Satz tut im Bewerbungsprozess so weh. In
unserem neuen Artikel zeigen wir, wie du aus einer Absage lernst, ob sich Nachfragen lohnt und
warum ein verpasstes Vorstellungsgespräch nicht das Ende sein muss.

Zum Artikel: https://karriereblick.example.de/absage-richtig-umgehen?utm_source=nl

Außerdem: 5 Fragen, die du im Vorstellungsgespräch immer stellen solltest.

Newsletter abbestellen: https://karriereblick.example.de/abmelden
"""),
    M("other", "de_paket_verspaetet", "de", "", "",
      ("DHL Paket", "noreply@dhl.example.de"), "Ihre Sendung verzögert sich leider", day=24,
      text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um
Entschuldigung. Die neue voraussichtliche Zustellung ist am Donnerstag.

Sendungsverfolgung: https://www.dhl.example.de/sendung?id=00340434161234567890

Ihr DHL Team
"""),
    M("other", "de_wohnung_absage", "de", "", "vermietung@wohnbau-mitte.example.de",
      ("Wohnbau Mitte Vermietung", "vermietung@wohnbau-mitte.example.de"),
      "Ihre Bewerbung für die Wohnung Lindenstraße 12", day=31,
      text="""Sehr geehrte Frau Haddad,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lindenstraße 12 und Ihre
Bewerbungsunterlagen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere
Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Frau Schneider
Wohnbau Mitte GmbH – Vermietung
"""),
    M("other", "de_eigene_bewerbung", "de", "", "",
      (ME_NAME, ME), "Bewerbung als Sachbearbeiterin Energiedatenmanagement",
      to="Personalabteilung <personal@stadtwerke-nordheim.example.de>", day=0.8,
      attach=("Bewerbung_Haddad.pdf", "application/pdf"),
      text="""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Sachbearbeiterin
Energiedatenmanagement. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Noor Haddad
"""),
    M("other", "de_freundin_absage", "de", "", "hanna.k@example.de",
      ("Hanna Krüger", "hanna.k@example.de"), "na toll", day=38, cte="7bit",
      text="""Hey Noor,

die Agentur hat mir heute abgesagt. "Wir haben uns fuer eine Kandidatin mit mehr Erfahrung
entschieden" - nach drei Gespraechen!! Naja. Wie laeuft's bei dir? Lass mal telefonieren.

Hanna

Von meinem iPhone gesendet
"""),
    M("other", "de_abwesenheit", "de", "", "t.richter@auwald-consulting.example.de",
      ("Richter, Tanja", "t.richter@auwald-consulting.example.de"), "Abwesenheitsnotiz: Zweite Runde – Fallstudie",
      day=32, headers={"Auto-Submitted": "auto-replied"},
      text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. März nicht im Büro und habe
nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
recruiting@auwald-consulting.example.de.

Tanja Richter
"""),
    M("other", "de_xing_werbung", "de", "", "",
      ("XING", "mailrobot@mail.xing.com"), "Noor, 3 Recruiter haben Ihr Profil angesehen", day=44,
      headers=LIST, text="""Hallo Noor Haddad,

3 Recruiter:innen haben sich diese Woche Ihr Profil angesehen. Mit XING Premium sehen Sie, wer
es war – und erhöhen Ihre Chancen auf ein Vorstellungsgespräch.

Jetzt Premium testen: https://www.xing.com/premium?sc_o=mail

Einstellungen ändern | Abmelden
"""),
    M("other", "fr_wttj_alerte", "fr", "", "",
      ("Welcome to the Jungle", "alerts@welcometothejungle.com"), "5 nouvelles offres pour toi 🌴",
      day=8, headers={**LIST, "List-Id": "<alerts.welcometothejungle.com>"},
      html="""<html><body style="font-family:Arial"><p>Hello Noor,</p>
<p>Voici les offres qui correspondent à ton alerte <b>« Data Analyst – Paris »</b> :</p>
<ul><li><a href="https://www.welcometothejungle.com/fr/companies/lumen-data/jobs/data-analyst?o=alert">Data Analyst – Lumen Data</a></li>
<li><a href="https://www.welcometothejungle.com/fr/companies/papillote/jobs/growth?o=alert">Growth Marketer – Papillote</a></li>
<li><a href="https://www.welcometothejungle.com/fr/companies/nebuleuse/jobs/dev?o=alert">Développeur Unity – Nébuleuse Studio</a></li></ul>
<p>Conseil : prépare ton entretien avec nos fiches métier.</p>
<p style="font-size:10px"><a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Se désabonner</a></p></body></html>
"""),
    M("other", "fr_newsletter_entretien", "fr", "", "",
      ("Cadremploi Le Mag", "lemag@cadremploi.example.fr"), "Entretien raté : comment rebondir",
      day=15, headers=LIST, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Bonjour,

Vous avez reçu une réponse négative après un entretien ? Vous avez manqué un entretien
d'embauche ? Nos experts vous expliquent comment relancer le recruteur avec élégance et
transformer un refus en opportunité.

Lire l'article : https://www.cadremploi.example.fr/mag/entretien-rate?xtor=EPR

Pour vous désinscrire, cliquez ici.
"""),
    M("other", "fr_colis_retard", "fr", "", "",
      ("Colissimo", "ne-pas-repondre@colissimo.example.fr"), "Votre colis a du retard", day=29,
      text="""Bonjour,

Malheureusement, votre colis 6A12345678901 a pris du retard. Nous mettons tout en œuvre pour
vous le livrer au plus vite. Nouvelle date estimée : vendredi 13 mars.

Suivre mon colis : https://www.colissimo.example.fr/suivi/6A12345678901
"""),
    M("other", "fr_interview_presse", "fr", "", "julien.blanc@lequotidien-tech.example.fr",
      ("Julien Blanc", "julien.blanc@lequotidien-tech.example.fr"), "Demande d'interview – article sur l'open source",
      day=37, text="""Bonjour Noor,

Je suis journaliste au Quotidien Tech et je prépare un article sur les mainteneuses de projets
open source. Accepteriez-vous de répondre à quelques questions lors d'une interview
téléphonique de 20 minutes la semaine prochaine ?

Merci d'avance,
Julien Blanc
Le Quotidien Tech
"""),
    M("other", "fr_admission_master", "fr", "", "",
      ("Scolarité - Université Lyon Confluence", "scolarite-noreply@univ-confluence.example.fr"),
      "Résultat de votre candidature en Master", day=49, charset="iso-8859-1", hcharset="iso-8859-1",
      text="""Madame,

Nous avons le regret de vous informer que votre candidature au Master Science des données
n'a pas été retenue par la commission pédagogique.

Vous pouvez consulter le détail sur la plateforme Mon Master.

Le service de la scolarité
"""),
    M("other", "fr_banque_dossier", "fr", "", "",
      ("Crédit Rhodanien", "notifications@creditrhodanien.example.fr"),
      "Votre demande de prêt a bien été reçue", day=39,
      text="""Madame Haddad,

Nous avons bien reçu votre demande de prêt personnel n° 2026-PP-44812. Votre conseiller
l'étudiera sous 48 heures et vous informera de la décision.

Ceci est un message automatique, merci de ne pas y répondre.
Crédit Rhodanien
"""),
    M("other", "es_infojobs_alerta", "es", "", "",
      ("InfoJobs", "alertas@infojobs.example.net"), "Nuevas ofertas: Analista de datos en Madrid",
      day=10, headers={**LIST, "List-Id": "<alertas.infojobs.example.net>"},
      html="""<html><body style="font-family:Arial"><p>Hola Noor,</p>
<p>Tenemos <b>8 ofertas nuevas</b> que encajan con tu alerta:</p>
<p><a href="https://www.infojobs.example.net/of-i123?utm=alerta">Analista de datos – Kloud Pagos</a> · Madrid · Teletrabajo parcial</p>
<p><a href="https://www.infojobs.example.net/of-i456?utm=alerta">Revenue Analyst – Grupo Hostelero Albar</a> · Madrid</p>
<p><a href="https://www.infojobs.example.net/of-i789?utm=alerta">Data Scientist – Aseguradora Cantábrica</a> · Santander</p>
<p>Consejo: 7 preguntas que te harán en la entrevista de trabajo.</p>
<p style="font-size:10px"><a href="https://www.infojobs.example.net/baja">Darse de baja</a></p></body></html>
"""),
    M("other", "es_pedido_retrasado", "es", "", "",
      ("Tienda Sol", "pedidos@tiendasol.example.es"), "Lamentablemente tu pedido se ha retrasado", day=18,
      text="""Hola Noor,

Lamentablemente tu pedido n.º TS-90211 se ha retrasado por una incidencia con el transportista.
La nueva fecha estimada de entrega es el lunes 2 de marzo. Sentimos las molestias.

Equipo Tienda Sol
"""),
    M("other", "es_amiga_rechazo", "es", "", "lucia.perez@example.es",
      ("Lucía Pérez", "lucia.perez@example.es"), "Re: qué tal la entrevista?", day=34,
      reply_of="<lucia-entrevista.noor@example.net>",
      text="""Pues fatal jaja, hoy me han mandado el típico correo de "lamentamos comunicarte que no
has sido seleccionada". Bueno, a por la siguiente. Y tú qué tal con lo de Valencia?

Besos
Lu

El jue, 5 mar 2026 a las 20:11, Noor Haddad (<noor.haddad@example.net>) escribió:
> Cuéntame qué tal te fue la entrevista!!
"""),
    M("other", "es_encuesta_entrevista", "es", "", "",
      ("Equipo de Investigación de Usuarios", "investigacion@mibanco.example.es"),
      "¿Nos ayudas? Entrevista de 30 minutos sobre nuestra app", day=42, headers=LIST,
      text="""Hola Noor,

Estamos mejorando la app de MiBanco y buscamos clientes para una entrevista de 30 minutos por
videollamada. Como agradecimiento, te regalamos una tarjeta de 30 €.

Reserva tu hueco: https://mibanco.example.es/research?src=mail

Si no quieres recibir más comunicaciones, date de baja aquí.
"""),
    M("other", "es_propio_envio", "es", "", "",
      (ME_NAME, ME), "Re: Citación entrevista - Jefe/a de Obra",
      to="Selección Constructora Levante <seleccion@constructoralevante.example.es>", day=21.4,
      reply_of="es_entrevista_formal",
      text="""Estimados señores:

Muchas gracias por la citación. Confirmo mi asistencia a la entrevista del jueves 5 de marzo a
las 10:00 h.

Un saludo cordial,
Noor Haddad

El lun, 23 feb 2026 a las 9:12, Selección Constructora Levante escribió:
> Nos complace comunicarle que ha sido seleccionada para realizar una entrevista personal
> para el puesto de Jefe/a de Obra.
"""),
    M("other", "es_ubicacion_compartida", "es", "", "",
      ("Localiza", "no-reply@localiza-app.example.es"), "Posición actual de tu dispositivo", day=46,
      text="""Hola Noor,

Tu dispositivo "iPhone de Noor" ha enviado su posición actual:
Calle de Alcalá 45, Madrid (precisión 15 m) a las 21:03.

Si no has solicitado esta información, revisa la seguridad de tu cuenta.
"""),
)


def build() -> tuple[dict[str, bytes], str]:
    """Every file's bytes by relative path, and labels.csv text; numbered in arrival order."""
    ordered = sorted(MSGS, key=lambda m: m.day)
    scenarios = [m.scenario for m in ordered]
    assert len(set(scenarios)) == len(scenarios), "scenario names must be unique"
    ids = {m.scenario: message_id(i, m) for i, m in enumerate(ordered, 1)}
    files: dict[str, bytes] = {}
    rows = []
    for i, m in enumerate(ordered, 1):
        rel = f"{m.kind}/{i:03d}_{m.scenario}.eml"
        files[rel] = render(i, m, ids)
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "kind", "company", "contact", "language"])
    writer.writerows(sorted(rows))
    return files, out.getvalue()


def main() -> None:
    """Rewrite the corpus directories and labels.csv from the descriptions above."""
    files, labels = build()
    for kind in {rel.split("/")[0] for rel in files}:
        shutil.rmtree(HERE / kind, ignore_errors=True)
    for rel, data in files.items():
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (HERE / "labels.csv").write_text(labels, encoding="utf-8")


if __name__ == "__main__":
    main()
