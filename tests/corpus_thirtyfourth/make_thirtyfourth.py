"""Writes the thirty-fourth labelled corpus: one job seeker's inbox, January to September 2026.

Run it from anywhere (`python tests/corpus_thirtyfourth/make_thirtyfourth.py`); it rewrites
every <kind>/<nnn>_<scenario>.eml beside it and labels.csv. It uses only the standard library
and imports nothing from the project, so the corpus cannot be shaped by the classifier.

Each message below is written by hand; the helpers only do the MIME work (charsets, transfer
encodings, HTML wrappers, quoted reply chains, calendar parts), so wording never repeats.
"""

from __future__ import annotations

import csv
import html as _html
import shutil
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as _policy
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PRIYA = "Priya Raman <priya.raman@example.com>"
PRIYA_ADDR = "priya.raman@example.com"


@dataclass
class Spec:
    """One message and its labels, as written below."""

    kind: str
    slug: str
    lang: str
    frm: str
    subject: str
    date: str
    text: str | None = None
    html: str | None = None
    company: str = ""
    contact: str = ""
    to: str = PRIYA
    cc: str | None = None
    reply_to: str | None = None
    charset: str = "utf-8"
    cte: str | None = None
    quote: tuple[str, str, str, str] | None = None
    ics: str | None = None
    pdf: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    thread: str | None = None


MESSAGES: list[Spec] = []


def _h(text: str) -> int:
    """A stable number for ids and image names, so reruns write identical files."""
    return zlib.crc32(text.encode())


def add(kind: str, slug: str, lang: str, **kw: object) -> None:
    """Record one message; see Spec for the fields."""
    MESSAGES.append(Spec(kind, slug, lang, **kw))  # type: ignore[arg-type]


def page(body: str, brand: str = "", colour: str = "#1f4e79", button: tuple[str, str] | None = None,
         footer: str = "", logo: str = "") -> str:
    """An HTML mail as bulk senders build it: nested tables, inline styles, tracked links."""
    paras = []
    for chunk in body.strip().split("\n\n"):
        inner = "<br>\n".join(_html.escape(line) for line in chunk.splitlines())
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;line-height:20px;color:#333333">{inner}</p>')
    top = ""
    if logo:
        top = (f'<tr><td style="padding:18px 24px;background:{colour}"><img src="https://cdn.example.net/'
               f'img/{_h(logo) % 99991}.png" alt="{_html.escape(logo)}" width="140" '
               f'style="display:block;border:0"></td></tr>')
    btn = ""
    if button:
        btn = (f'<tr><td style="padding:4px 24px 18px 24px"><table role="presentation" cellpadding="0" '
               f'cellspacing="0"><tr><td style="background:{colour};border-radius:4px"><a href="{button[1]}" '
               f'style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;'
               f'font-family:Arial,sans-serif;font-size:14px">{_html.escape(button[0])}</a></td></tr>'
               f'</table></td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:14px 24px;font-family:Arial,sans-serif;font-size:11px;'
                f'color:#888888;border-top:1px solid #e5e5e5">{_html.escape(footer)}</td></tr>')
    pixel = '<img src="https://t.example.net/o/' + str(_h(body) % 10**9) + '.gif" width="1" height="1" alt="">'
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{_html.escape(brand)}</title></head><body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            f'{top}<tr><td style="padding:24px">{"".join(paras)}</td></tr>{btn}{foot}</table>'
            f'</td></tr></table>{pixel}</body></html>')


def _quote(style: str, who: str, when: str, text: str) -> str:
    """The quoted history under a reply, in the quoting style of the replying program."""
    lines = text.strip().splitlines()
    if style == "gmail":
        return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + x if x else ">" for x in lines)
    if style == "de":
        return f"\n\nAm {when} schrieb {who}:\n" + "\n".join("> " + x if x else ">" for x in lines)
    if style == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n" + "\n".join("> " + x if x else ">" for x in lines)
    if style == "es":
        return f"\n\nEl {when}, {who} escribió:\n" + "\n".join("> " + x if x else ">" for x in lines)
    if style == "outlook":
        head, _, rest = when.partition("|")
        return ("\n\n________________________________\nFrom: " + who + "\nSent: " + head + "\n" + rest
                + "\n\n" + "\n".join(lines))
    if style == "fwd":
        return ("\n\n---------- Forwarded message ---------\nFrom: " + who + "\nDate: " + when + "\n"
                + "\n".join(lines))
    raise ValueError(style)


def ics(uid: str, start: str, end: str, summary: str, organizer: str, method: str = "REQUEST",
        location: str = "", seq: int = 0, status: str = "CONFIRMED") -> str:
    """A minimal iTIP calendar object as invitation mailers attach it."""
    loc = f"LOCATION:{location}\r\n" if location else ""
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Example Mailer//EN\r\nVERSION:2.0\r\n"
            f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
            f"DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\n{loc}"
            f"ORGANIZER:mailto:{organizer}\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            f"RSVP=TRUE:mailto:{PRIYA_ADDR}\r\nSEQUENCE:{seq}\r\nSTATUS:{status}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].strip(">").strip()


def build(spec: Spec, number: int) -> bytes:
    """The message as a mail server would store it."""
    msg = EmailMessage(policy=_policy)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(datetime.strptime(spec.date, "%Y-%m-%d %H:%M %z"))
    dom = _domain(spec.frm)
    msg["Message-ID"] = f"<{number:03d}.{spec.slug}.{_h(spec.slug) % 10**6}@{dom}>"
    if spec.thread:
        msg["In-Reply-To"] = f"<{spec.thread}>"
        msg["References"] = f"<{spec.thread}>"
    msg["MIME-Version"] = "1.0"
    for name, value in spec.headers.items():
        msg[name] = value
    text = spec.text
    if text is not None and spec.quote:
        text = text.rstrip() + _quote(*spec.quote) + "\n"
    if text is not None:
        msg.set_content(text, charset=spec.charset, cte=spec.cte)
        if spec.html is not None:
            msg.add_alternative(spec.html, subtype="html", charset=spec.charset,
                                cte=spec.cte or "quoted-printable")
    else:
        assert spec.html is not None, spec.slug
        msg.set_content(spec.html, subtype="html", charset=spec.charset, cte=spec.cte or "quoted-printable")
    if spec.ics:
        method = "CANCEL" if "METHOD:CANCEL" in spec.ics else "REQUEST"
        msg.add_attachment(spec.ics, subtype="calendar", filename="invite.ics",
                           params={"method": method})
    if spec.pdf:
        msg.add_attachment(b"%PDF-1.4\n% placeholder\n%%EOF\n", maintype="application", subtype="pdf",
                           filename=spec.pdf)
    return msg.as_bytes()


def main() -> None:
    """Rewrite every message and labels.csv from MESSAGES."""
    for kind_dir in ROOT.iterdir():
        if kind_dir.is_dir() and not kind_dir.name.startswith("__"):
            shutil.rmtree(kind_dir)
    rows = []
    for number, spec in enumerate(MESSAGES, start=1):
        rel = f"{spec.kind}/{number:03d}_{spec.slug}.eml"
        (ROOT / spec.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec, number))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ---------------------------------------------------------------- rejections (30)

add("rejection", "nhs_trac_after_interview", "en",
    frm="Pennine Vale NHS Foundation Trust <no-reply@trac.example.net>",
    subject="Outcome of interview - Research Operations Manager (Band 7) - 326-RD-1184",
    date="2026-02-19 16:42 +0000", company="Pennine Vale NHS Foundation Trust", contact="",
    text="""Dear Priya

Job Reference: 326-RD-1184
Job Title: Research Operations Manager
Department: R&D Directorate

Thank you for attending interview for the above post. I am sorry to inform you that on this occasion you have not been successful.

The panel were impressed with your knowledge of GCP and study set-up. Should you wish to receive feedback please contact the recruiting manager, Helen Ashworth, via the switchboard on 01632 960 410.

Thank you for your interest in working for Pennine Vale NHS Foundation Trust and we wish you every success in the future.

Kind regards

Recruitment Team
Pennine Vale NHS Foundation Trust

This is an automated message sent from Trac. Please do not reply to this email as this mailbox is not monitored.
""")

add("rejection", "greenhouse_soft_cro", "en",
    frm="Meridian Clinical via Greenhouse <no-reply@us.greenhouse-mail.io>",
    reply_to="Dana Whitfield <dana.whitfield@meridianclinical.example.com>",
    subject="Your application to Meridian Clinical",
    date="2026-01-27 18:03 +0000", company="Meridian Clinical", contact="dana.whitfield@meridianclinical.example.com",
    text="""Hi Priya,

Thanks so much for your interest in the Clinical Operations Lead role at Meridian Clinical and for the time you put into your application.

We've reviewed your background carefully and have decided to pursue other candidates whose experience more closely aligns with the needs of the team at this time.

We'll keep your details on file and may reach out if something comes up that's a closer match. We really appreciate you thinking of us.

All the best,
Dana Whitfield
Talent Partner, Meridian Clinical
""",
    html=page("""Hi Priya,

Thanks so much for your interest in the Clinical Operations Lead role at Meridian Clinical and for the time you put into your application.

We've reviewed your background carefully and have decided to pursue other candidates whose experience more closely aligns with the needs of the team at this time.

We'll keep your details on file and may reach out if something comes up that's a closer match. We really appreciate you thinking of us.

All the best,
Dana Whitfield
Talent Partner, Meridian Clinical""", brand="Meridian Clinical", colour="#0b6e4f", logo="Meridian Clinical logo",
        footer="Powered by Greenhouse | Privacy policy"))

add("rejection", "hm_mobile_terse", "en",
    frm="Tom Okafor <tom.okafor@larchwoodhealth.example.org>",
    subject="Re: Ops manager role",
    date="2026-03-03 21:17 +0000", company="Larchwood Health", contact="tom.okafor@larchwoodhealth.example.org",
    thread="CAPr8x2k1@mail.example.com",
    text="""Hi Priya - thanks for your time last week, but we won't be moving forward. Went with someone with more commissioning background. Best of luck

Tom

Sent from my iPhone""",
    quote=("gmail", "Priya Raman <priya.raman@example.com>", "Mon, 2 Mar 2026 at 09:11",
           """Hi Tom,

Just wanted to check in on the Operations Manager role - any update after Tuesday?

Thanks,
Priya"""))

add("rejection", "workday_position_filled", "en",
    frm="Castlegate University Hospitals <castlegate@myworkday.com>",
    subject="Update",
    date="2026-04-08 07:55 +0000", company="Castlegate University Hospitals", contact="",
    html=page("""Dear Priya Raman,

Thank you for your interest in the position Clinical Trials Unit Operations Manager (JR-004412).

We wish to inform you that this position has now been filled. As a result, your application will not be progressing further.

We encourage you to continue to visit our careers site for future opportunities.

Regards,
Talent Acquisition
Castlegate University Hospitals""", brand="Workday", colour="#005cb9", logo="Castlegate University Hospitals",
        button=("View Candidate Home", "https://castlegate.wd3.myworkday.com/castlegate/d/home.htmld?trk=x81"),
        footer="This email was sent by Workday on behalf of Castlegate University Hospitals. Replies are not monitored."))

add("rejection", "agency_relay_pharma", "en",
    frm="Becky Lyle <becky@harrowgate-life.example.co.uk>",
    subject="feedback from Solvane",
    date="2026-02-11 12:30 +0000", company="Solvane Therapeutics", contact="becky@harrowgate-life.example.co.uk",
    text="""Hiya Priya,

Hope you're well! So I've finally heard back from the hiring team at Solvane Therapeutics re the Clinical Study Manager position and unfortunately it's a no this time :( They said you came across really well but they've gone with a candidate who has more oncology experience, which was a real must for them.

Honestly don't be disheartened!! I've got a couple of other bits coming through in the next few weeks that I think would be a great fit so I'll be in touch.

Speak soon,
Becky

Becky Lyle | Senior Consultant - Clinical Operations
Harrowgate Life Sciences
M: 07700 900 318 | T: 0161 496 0772
[Harrowgate Life Sciences logo]
""")

add("rejection", "after_takehome_startup", "en",
    frm="Maya Chen <maya@quillhealth.example.com>",
    subject="Quill - case study",
    date="2026-05-14 15:09 -0400", company="Quill Health", contact="maya@quillhealth.example.com",
    text="""Hi Priya,

Thank you for completing the operations case study and for walking us through it on Friday. We could tell you put real thought into the site-activation workflow.

After a lot of discussion the team has decided not to move ahead with your candidacy. The main gap for us was hands-on experience scaling a patient-support team across multiple US states, which is a big part of the first six months in this role.

I know that's disappointing after the effort you put in. If it's useful I'm happy to jump on a 15 min call to share more specific feedback.

Warmly,
Maya

--
Maya Chen
Head of People, Quill Health
quillhealth.example.com
""")

add("rejection", "indian_english_regret", "en",
    frm="HR Team - Sanjeevani CRO <careers@sanjeevanicro.example.in>",
    reply_to="Deepa Menon <deepa.menon@sanjeevanicro.example.in>",
    subject="Regarding your candidature for Manager - Clinical Operations",
    date="2026-03-23 10:14 +0530", company="Sanjeevani CRO", contact="deepa.menon@sanjeevanicro.example.in",
    text="""Dear Ms. Priya,

Greetings from Sanjeevani CRO!

This is with reference to your candidature for the position of Manager - Clinical Operations (Bangalore). We thank you for taking time out to attend the interview rounds with our team.

We regret to inform you that we shall not be able to take your candidature forward at this point of time. We will retain your profile in our database and do revert in case a suitable opening arises in the future.

Wishing you all the best in your career endeavours.

Thanks & Regards,
Deepa Menon
Talent Acquisition | Sanjeevani CRO Pvt. Ltd.
Whitefield, Bengaluru 560066
Ph: +91 80 5555 0192

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager.
""")

add("rejection", "british_shant_progress", "en",
    frm="Rosalind Pryce <r.pryce@hollinsmedical.example.co.uk>",
    subject="Re: your application",
    date="2026-02-02 09:48 +0000", company="Hollins Medical", contact="r.pryce@hollinsmedical.example.co.uk",
    text="""Dear Priya,

Many thanks for your application for the Quality & Compliance Manager vacancy and apologies for the delay in coming back to you - it's been rather a busy month here.

Having reviewed the applications against the person specification we shan't be progressing yours to the next stage on this occasion. We had a very strong field, and a number of applicants had direct experience of ISO 13485 audits, which we felt was essential.

Do keep an eye on our vacancies page and thank you again for your interest in Hollins.

Best wishes,

Rosalind Pryce
Operations Director
Hollins Medical Ltd
Unit 4, Aire Valley Business Park, Leeds LS10 1AB
Tel 0113 496 0901

Hollins Medical Ltd is registered in England and Wales, company no. 04411873. This email is confidential and may be legally privileged.
""")

add("rejection", "role_on_hold_charity", "en",
    frm="Claire Donnelly <claire.donnelly@brightwellfoundation.example.org>",
    subject="Programme Operations Manager - update",
    date="2026-04-21 14:02 +0100", company="Brightwell Foundation", contact="claire.donnelly@brightwellfoundation.example.org",
    text="""Dear Priya,

I'm writing to let you know that, following a review of our funding position for 2026/27, the trustees have taken the difficult decision to put the Programme Operations Manager post on hold. This means we won't be proceeding with the recruitment, including the second-stage interviews that were due to take place next month.

I'm really sorry - I know you'd put time into preparing, and we genuinely enjoyed meeting you. If the role is re-opened later in the year I'd be delighted to let you know.

With best wishes,
Claire

Claire Donnelly
Head of People & Culture
Brightwell Foundation
Registered charity no. 1190442
""")

add("rejection", "icims_ats_short", "en",
    frm="Halverson Biologics Careers <halverson-talent@talent.icims.com>",
    subject="Halverson Biologics - Application Status",
    date="2026-01-16 23:12 +0000", company="Halverson Biologics", contact="",
    text="""Priya,

Thank you for applying for the Clinical Program Manager (Req 2026-1043) position at Halverson Biologics. After careful review, we have decided not to move forward with your application at this time.

We appreciate your interest in Halverson Biologics and wish you success in your job search.

Sincerely,
Halverson Biologics Talent Acquisition

*** This is an automated message. Please do not reply. ***
""")

add("rejection", "very_short_linkedin_reply", "en",
    frm="Gareth Boyce <gareth.boyce@tealbay.example.com>",
    subject="Re: Operations Manager - Cardiff",
    date="2026-05-29 08:06 +0100", company="Tealbay Diagnostics", contact="gareth.boyce@tealbay.example.com",
    text="""Thanks for your time Priya, but we won't be moving forward with your application. Good luck with the search.

Gareth Boyce
Tealbay Diagnostics | Site Lead, Cardiff""")

add("rejection", "uni_hr_after_panel", "en",
    frm="Recruitment <recruitment@ed-northgate.example.ac.uk>",
    reply_to="Fiona Crawford <f.crawford@ed-northgate.example.ac.uk>",
    subject="Vacancy 118244 - Clinical Research Facility Manager",
    date="2026-06-12 11:20 +0100", company="University of Northgate", contact="f.crawford@ed-northgate.example.ac.uk",
    text="""Dear Priya

Vacancy 118244 - Clinical Research Facility Manager

Thank you for attending the interview and delivering your presentation on Tuesday 9 June. The panel found it a difficult decision, however I am sorry to let you know that you have not been offered the post on this occasion.

Feedback is available on request from the panel chair, Dr Alasdair Kerr. Please reply to this email if you would like me to arrange this.

Yours sincerely

Fiona Crawford
HR Adviser, College of Medicine and Veterinary Medicine
The University of Northgate

The University of Northgate is a charitable body, registered in Scotland, with registration number SC000000.
""")

add("rejection", "lever_html_medtech", "en",
    frm="Ostrava Medical Devices <no-reply@hire.lever.co>",
    reply_to="no-reply@hire.lever.co",
    subject="Thank you from Ostrava Medical",
    date="2026-07-02 19:40 +0000", company="Ostrava Medical", contact="",
    html=page("""Hi Priya,

Thank you for your interest in Ostrava Medical and for applying to the Regulatory Operations Manager position.

Unfortunately, we will not be moving forward with your candidacy. This was not an easy decision, and we received applications from many qualified people.

Please don't let this stop you from applying for future roles that match your skills and experience.

Best,
The Ostrava Medical Recruiting Team""", brand="Ostrava Medical", colour="#3b3b98", logo="Ostrava Medical"))

add("rejection", "australian_seek", "en",
    frm="Kirra Walsh <kirra.walsh@harbourlinehealth.example.com.au>",
    subject="Thanks for applying - Health Service Operations Coordinator",
    date="2026-08-04 10:33 +1000", company="Harbourline Health", contact="kirra.walsh@harbourlinehealth.example.com.au",
    text="""Hi Priya,

Thanks heaps for applying for the Health Service Operations Coordinator role with us in Parramatta.

We've had a terrific response and have now shortlisted. Unfortunately we won't be taking your application further this time round - we were after someone with current AHPRA-adjacent experience in NSW hospitals.

All the best with your search, and thanks again for your interest in Harbourline.

Cheers,
Kirra Walsh
Recruitment Advisor | Harbourline Health
p: 02 5550 1182
""")

add("rejection", "korean_owned_english", "en",
    frm="Jiyoon Park <jiyoon.park@hanbitbio.example.com>",
    subject="Result of Interview - Clinical Operations Manager (Boston)",
    date="2026-05-06 22:15 -0400", company="Hanbit Bio", contact="jiyoon.park@hanbitbio.example.com",
    charset="utf-8", cte="base64",
    text="""Dear Ms. Priya Raman,

We sincerely appreciate your participation in the interview process for the Clinical Operations Manager position at our Boston office.

After comprehensive evaluation of all candidates, we regret to inform you that we are unable to offer you the position at this time. This decision was very difficult as your qualifications were excellent.

We hope to have chance to work together in the future. Thank you again for your interest in Hanbit Bio.

Best regards,

Jiyoon Park
Global HR Team
Hanbit Bio Inc. | 한빛바이오
Tel. +1 617 555 0148
""")

add("rejection", "after_assessment_centre", "en",
    frm="Graduate & Early Careers <talent@corvane.example.co.uk>",
    reply_to="Amir Haddad <amir.haddad@corvane.example.co.uk>",
    subject="Assessment Centre outcome",
    date="2026-03-17 17:51 +0000", company="Corvane Healthcare", contact="amir.haddad@corvane.example.co.uk",
    text="""Dear Priya,

Thank you for attending the Corvane Healthcare assessment centre on 12 March. We know a full day of exercises is demanding, and we appreciated the energy you brought to the group task.

Following the panel's wash-up session, we regret that we will not be offering you a place on the Healthcare Operations Leadership Programme this year. Your scores were strongest in the written exercise; the panel felt the stakeholder role-play was less developed.

Amir will be happy to take you through your individual feedback report if you reply to this email.

Kind regards,
Amir Haddad
Talent Acquisition Specialist
Corvane Healthcare
""")

add("rejection", "fwd_via_friend_referral", "en",
    frm="Nadia Kowalski <nadia.k@ardenpharma.example.com>",
    subject="FW: Referral - Priya Raman",
    date="2026-06-25 13:05 +0100", company="Arden Pharma", contact="nadia.k@ardenpharma.example.com",
    text="""Hey Priya, sorry - just got this from the hiring manager, see below. Really thought this one would go your way. Drinks on me next week?

N x""",
    quote=("outlook", "Marcus Reid <marcus.reid@ardenpharma.example.com>",
           "25 June 2026 11:48|To: Nadia Kowalski <nadia.k@ardenpharma.example.com>\nSubject: RE: Referral - Priya Raman",
           """Hi Nadia,

Thanks for the referral. We met Priya for the Study Start-Up Manager role and she was good, but we've decided to go with an internal candidate so won't be taking her forward. Could you let her know? Happy to give her feedback directly if she wants it.

Marcus"""))

add("rejection", "rechazo_formal_madrid", "es",
    frm="Selección Hospital San Telmo <seleccion@hsantelmo.example.es>",
    subject="Proceso de selección - Coordinador/a de Ensayos Clínicos",
    date="2026-04-15 12:40 +0200", company="Hospital San Telmo", contact="",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Priya:

Le agradecemos sinceramente el interés mostrado en formar parte de Hospital San Telmo y el tiempo dedicado al proceso de selección para el puesto de Coordinador/a de Ensayos Clínicos.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos optado por otros perfiles que se ajustan más a los requisitos del puesto.

Conservaremos su currículum en nuestra base de datos para futuros procesos.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Hospital San Telmo
Este mensaje se ha enviado desde una dirección de correo que no acepta respuestas.
""")

add("rejection", "rechazo_informal_startup", "es",
    frm="Lucía Ferrer <lucia@vitalaapp.example.com>",
    subject="Re: Entrevista Operations Lead",
    date="2026-05-20 19:22 +0200", company="Vitala", contact="lucia@vitalaapp.example.com",
    text="""Hola Priya!

Muchas gracias por la charla del otro día con Javi y conmigo, de verdad que nos gustó mucho conocerte.

Te escribo para contarte que al final hemos decidido seguir con otra persona que tiene más experiencia montando operaciones en clínicas privadas, que es justo lo que necesitamos ahora mismo. Sé que no es la noticia que esperabas :(

Si te parece bien, me guardo tu contacto para más adelante, porque seguramente abramos más posiciones a finales de año.

Un abrazo y mucha suerte,
Lucía

Lucía Ferrer · People Lead · Vitala
""",
    quote=("es", "Priya Raman (<priya.raman@example.com>)", "lun, 11 may 2026 a las 10:03",
           """Hola Lucía,

Gracias por la invitación, el jueves a las 16h me va perfecto.

Un saludo,
Priya"""))

add("rejection", "rechazo_mexico_consultora", "es",
    frm="Rodrigo Salinas <rsalinas@talentomedico.example.mx>",
    subject="Seguimiento a tu postulación",
    date="2026-07-08 11:10 -0600", company="Laboratorios Altamira", contact="rsalinas@talentomedico.example.mx",
    text="""Hola Priya, buen día.

Te comento que ya tuve retroalimentación por parte de Laboratorios Altamira sobre la vacante de Gerente de Operaciones Clínicas. Por el momento el cliente decidió no continuar con tu proceso, ya que buscan a alguien con experiencia previa ante COFEPRIS.

Te agradezco mucho tu tiempo y disposición. Quedo al pendiente por si surge otra vacante que haga match con tu perfil.

Saludos cordiales,

Rodrigo Salinas
Consultor Sr. | Talento Médico
Cel. +52 55 5555 0134
""")

add("rejection", "rechazo_puesto_cancelado", "es",
    frm="Equipo de Talento <talento@fundacionaurora.example.org>",
    reply_to="Marta Iglesias <marta.iglesias@fundacionaurora.example.org>",
    subject="Actualización sobre la vacante de Responsable de Operaciones",
    date="2026-03-09 09:30 +0100", company="Fundación Aurora", contact="marta.iglesias@fundacionaurora.example.org",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Priya:

Queremos informarle de que, por motivos organizativos, la posición de Responsable de Operaciones Sanitarias ha quedado cancelada y no continuaremos con el proceso de selección.

Lamentamos las molestias y le agradecemos el interés y el tiempo dedicado. Si en el futuro volvemos a abrir la posición, nos pondremos en contacto con usted.

Atentamente,
Marta Iglesias
Técnica de Selección – Fundación Aurora
""")

add("rejection", "absage_personio", "de",
    frm="Medivio GmbH <jobs@medivio.jobs.personio.de>",
    reply_to="jobs@medivio.jobs.personio.de",
    subject="Deine Bewerbung als Head of Clinical Operations (m/w/d)",
    date="2026-02-24 10:02 +0100", company="Medivio", contact="",
    text="""Hallo Priya,

vielen Dank für Deine Bewerbung und Dein Interesse an Medivio.

Wir haben uns Deine Unterlagen genau angeschaut und müssen Dir leider mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Profil besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Dir für Deine weitere Suche alles Gute!

Viele Grüße
Dein Medivio People Team

Medivio GmbH · Torstraße 140 · 10119 Berlin
Geschäftsführer: Jan Hellwig · HRB 201233 B
""")

add("rejection", "absage_klinikum_formal", "de",
    frm="Personalabteilung Klinikum Sankt Irmgard <bewerbung@klinikum-irmgard.example.de>",
    subject="Ihre Bewerbung - Kennziffer 2026-044",
    date="2026-04-28 14:17 +0200", company="Klinikum Sankt Irmgard", contact="",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Raman,

nochmals herzlichen Dank für das angenehme Gespräch und Ihr Interesse an der Position als Leitung Studienzentrale (Kennziffer 2026-044).

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass unsere Wahl auf eine andere Bewerberin gefallen ist. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Krüger
Personalabteilung
Klinikum Sankt Irmgard gGmbH
Irmgardstraße 12, 80331 München

Bitte antworten Sie nicht auf diese E-Mail.
""")

add("rejection", "absage_kurz_hm", "de",
    frm="Felix Brandt <f.brandt@nordlicht-diagnostik.example.de>",
    subject="AW: Rückfrage Bewerbung",
    date="2026-06-03 18:44 +0200", company="Nordlicht Diagnostik", contact="f.brandt@nordlicht-diagnostik.example.de",
    text="""Hallo Frau Raman,

sorry für die späte Rückmeldung. Wir haben die Stelle inzwischen intern besetzt, daher leider eine Absage von unserer Seite.

Beste Grüße
Felix Brandt

Von meinem iPhone gesendet""",
    quote=("de", "Priya Raman <priya.raman@example.com>", "01.06.2026 um 09:15",
           """Sehr geehrter Herr Brandt,

ich wollte kurz nachfragen, ob es zu meiner Bewerbung als Operations Manager schon einen neuen Stand gibt.

Viele Grüße
Priya Raman"""))

add("rejection", "absage_schweden_english_de", "de",
    frm="Karin Lindqvist <karin.lindqvist@sorbyhealth.example.se>",
    subject="Ihre Bewerbung bei Sörby Health Deutschland",
    date="2026-08-19 09:05 +0200", company="Sörby Health", contact="karin.lindqvist@sorbyhealth.example.se",
    text="""Liebe Priya,

vielen Dank, dass Du Dir die Zeit für die Fallstudie und das Gespräch mit unserem Team in Berlin genommen hast.

Wir haben lange diskutiert, haben uns am Ende aber entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen. Ausschlaggebend war ihre Erfahrung mit der DiGA-Zulassung beim BfArM.

Gerne gebe ich Dir in einem kurzen Telefonat ausführlicheres Feedback.

Herzliche Grüße aus Stockholm und Berlin
Karin Lindqvist
Talent Acquisition Lead
Sörby Health AB
""")

add("rejection", "absage_successfactors", "de",
    frm="Vellmar Pharma Karriere <noreply@successfactors.eu>",
    subject="Vellmar Pharma – Ihre Bewerbung (Req ID 48817)",
    date="2026-01-29 06:31 +0100", company="Vellmar Pharma", contact="",
    html=page("""Sehr geehrte Frau Raman,

wir bedanken uns für Ihre Bewerbung als Clinical Operations Manager (w/m/d) und das damit verbundene Interesse an der Vellmar Pharma.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vellmar Pharma""", brand="Vellmar Pharma", colour="#7a1f3d", logo="Vellmar Pharma Logo",
        footer="Vellmar Pharma GmbH & Co. KG, Sitz Darmstadt. Diese Nachricht wurde automatisch erstellt."))

add("rejection", "refus_cabinet_recrutement", "fr",
    frm="Camille Roux <c.roux@lumen-sante-rh.example.fr>",
    subject="Votre candidature - Responsable des opérations cliniques",
    date="2026-03-26 16:55 +0100", company="Laboratoires Verlaine", contact="c.roux@lumen-sante-rh.example.fr",
    text="""Bonjour Priya,

Je reviens vers vous suite à votre entretien avec les Laboratoires Verlaine pour le poste de Responsable des opérations cliniques.

Malheureusement, mon client a fait le choix de poursuivre avec un autre profil, davantage orienté affaires réglementaires. Ils ont néanmoins beaucoup apprécié votre présentation et votre aisance en anglais.

Je ne manquerai pas de revenir vers vous pour d'autres opportunités.

Bien cordialement,

Camille Roux
Consultante Senior – Santé & Life Sciences
Lumen Santé RH
06 12 34 56 78
""")

add("rejection", "refus_chu_formel", "fr",
    frm="Direction des Ressources Humaines <drh-recrutement@chu-belrive.example.fr>",
    subject="Suite donnée à votre candidature",
    date="2026-05-12 10:00 +0200", company="CHU de Belrive", contact="",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous avons bien pris connaissance de votre candidature au poste de Chef de projet recherche clinique et nous vous en remercions.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
CHU de Belrive

Ce message est généré automatiquement, merci de ne pas y répondre.
""")

add("rejection", "refus_startup_tutoiement", "fr",
    frm="Hugo Marchand <hugo@kinetia.example.fr>",
    subject="Retour sur ton process chez Kinetia",
    date="2026-07-15 20:12 +0200", company="Kinetia", contact="hugo@kinetia.example.fr",
    text="""Salut Priya,

Merci encore d'avoir pris le temps de rencontrer l'équipe mardi et pour ta présentation, super claire.

On a pris la décision de ne pas aller plus loin pour le poste d'Ops Manager : on cherche quelqu'un qui parle couramment français avec les centres investigateurs au quotidien, et on pense que ce serait trop juste pour le moment.

Franchement c'était serré. Si tu veux un debrief plus détaillé, dis-moi et on cale 15 min.

Belle journée,
Hugo
CEO @ Kinetia
""")

add("rejection", "refus_poste_pourvu_candidature_spontanee", "fr",
    frm="Sophie Lemaire <sophie.lemaire@fondation-cassiopee.example.org>",
    subject="RE: Candidature spontanée",
    date="2026-09-01 09:41 +0200", company="Fondation Cassiopée", contact="sophie.lemaire@fondation-cassiopee.example.org",
    text="""Bonjour Madame Raman,

Merci pour votre candidature et pour l'intérêt que vous portez à la Fondation Cassiopée.

Le poste de coordinatrice des opérations de recherche a été pourvu le mois dernier et nous n'avons pas d'autre recrutement prévu d'ici la fin de l'année. Nous ne pourrons donc pas donner suite à votre démarche.

Avec nos meilleurs vœux de réussite,

Sophie Lemaire
Responsable RH
Fondation Cassiopée – 12 rue des Tanneurs, 67000 Strasbourg
""",
    quote=("outlook", "Priya Raman <priya.raman@example.com>",
           "mardi 25 août 2026 14:20|To: recrutement@fondation-cassiopee.example.org\nSubject: Candidature spontanée",
           """Madame, Monsieur,

Je me permets de vous adresser ma candidature spontanée pour un poste dans vos équipes de recherche clinique.

Bien cordialement,
Priya Raman"""))

# ---------------------------------------------------------------- interview invitations (25)

add("interview_invitation", "calendly_phone_screen", "en",
    frm="Jess Morgan <jess.morgan@talentbridge-health.example.co.uk>",
    subject="Quick chat?",
    date="2026-01-12 10:21 +0000", company="Ashcombe Clinics", contact="jess.morgan@talentbridge-health.example.co.uk",
    text="""Hi Priya!!

Hope you had a lovely weekend! I came across your profile and I'm working on an exclusive Operations Manager role with Ashcombe Clinics (private outpatient group, 14 sites across the North West) and honestly I think you'd be PERFECT for it!!

Would you be free for a quick 15-20 min chat this week so I can tell you more and hear what you're looking for? Grab any slot that suits here: https://calendly.com/jess-morgan-tb/15min

Speak soon!!
Jess

Jess Morgan | Principal Consultant
TalentBridge Health
0161 555 0199 | www.talentbridge-health.example.co.uk
""")

add("interview_invitation", "greenhouse_goodtime_panel", "en",
    frm="Northwind Genomics <no-reply@us.greenhouse-mail.io>",
    reply_to="Alicia Fernandes <alicia.fernandes@northwindgenomics.example.com>",
    subject="Next steps: Panel interview for Clinical Operations Manager",
    date="2026-02-05 15:34 +0000", company="Northwind Genomics", contact="alicia.fernandes@northwindgenomics.example.com",
    text="""Hi Priya,

Great news - the team enjoyed speaking with you and we'd love to move you to the next stage!

The next step is a 90-minute panel interview (virtual, via Zoom) with:
- Rachel Stein, VP Clinical Operations
- Omar Qureshi, Director, Site Management
- Lena Hoffmann, Quality Lead

Please use the link below to choose a time that works for you over the next week:
https://app.goodtime.io/schedule/n0rthw1nd-7f3a2c?candidate=pr

Let me know if you have any questions or need any adjustments.

Best,
Alicia
Alicia Fernandes | Senior Recruiter | Northwind Genomics
""",
    html=page("""Hi Priya,

Great news - the team enjoyed speaking with you and we'd love to move you to the next stage!

The next step is a 90-minute panel interview (virtual, via Zoom) with Rachel Stein (VP Clinical Operations), Omar Qureshi (Director, Site Management) and Lena Hoffmann (Quality Lead).

Please use the button below to choose a time that works for you over the next week.

Let me know if you have any questions or need any adjustments.

Best,
Alicia""", brand="Northwind Genomics", colour="#14325c", button=("Schedule your interview", "https://app.goodtime.io/schedule/n0rthw1nd-7f3a2c?candidate=pr"),
        footer="Sent via Greenhouse on behalf of Northwind Genomics."))

add("interview_invitation", "nhs_jobs_shortlisted", "en",
    frm="NHS Jobs <no-reply@jobs.example.nhs.uk>",
    subject="Invitation to interview: Clinical Research Operations Lead - Calderbank Teaching Hospitals NHS Trust",
    date="2026-03-04 09:02 +0000", company="Calderbank Teaching Hospitals NHS Trust", contact="",
    text="""Dear Priya Raman,

Congratulations, you have been shortlisted for interview.

Vacancy: Clinical Research Operations Lead
Reference: C9275-26-0113
Employer: Calderbank Teaching Hospitals NHS Trust

Interviews will be held on Thursday 19 March 2026 at Calderbank General Hospital, Education Centre, Room 3. You will be asked to deliver a 10 minute presentation on: "How would you improve recruitment to time and target across a portfolio of commercial studies?"

Please log in to your NHS Jobs account to book an interview time slot. Slots are allocated on a first come, first served basis.

Please bring photo ID and proof of your right to work in the UK.

If you have any questions about this vacancy, contact Karen Whitley, R&D Manager, karen.whitley@calderbank.example.nhs.uk.

This is an automated email - do not reply.
""")

add("interview_invitation", "competency_based_ics", "en",
    frm="Lisa O'Halloran <lisa.ohalloran@stbrendans.example.ie>",
    subject="Interview - Clinical Operations Manager, St Brendan's University Hospital",
    date="2026-03-30 14:12 +0100", company="St Brendan's University Hospital", contact="lisa.ohalloran@stbrendans.example.ie",
    text="""Dear Priya,

Further to your application for the position of Clinical Operations Manager (Grade VIII), I am pleased to invite you to a competency-based interview on Wednesday 15 April 2026 at 11:30am (Irish time) in the HR Department, Block C, St Brendan's University Hospital, Dublin 8.

The interview will last approximately 45 minutes and will focus on the following competencies: Leadership & Direction, Working with and through Others, Managing and Delivering Results, and Commitment to a Quality Service.

Please confirm your attendance by return email. A calendar invitation is attached for convenience.

Kind regards,

Lisa O'Halloran
HR Officer - Recruitment
St Brendan's University Hospital
Tel: +353 1 555 0177
""",
    ics=ics("sbuh-int-0415-raman@stbrendans.example.ie", "20260415T103000Z", "20260415T111500Z",
            "Interview - Clinical Operations Manager (Priya Raman)", "lisa.ohalloran@stbrendans.example.ie",
            location="HR Department, Block C, St Brendan's University Hospital"))

add("interview_invitation", "hm_casual_next_round", "en",
    frm="Ben Aldridge <ben@carewise.example.com>",
    subject="Re: Following up",
    date="2026-04-14 17:58 -0400", company="Carewise", contact="ben@carewise.example.com",
    thread="CAPrR-followup-0410@mail.example.com",
    text="""Priya - sorry for the radio silence, it's been a week. Yes we'd like you to come in for the next round, meet Sam (our COO) and a couple of the clinic leads. Are you around Tue or Wed next week, afternoon? Boston office, 2-3 hrs all in.

Ben

Sent from my iPhone""",
    quote=("gmail", "Priya Raman <priya.raman@example.com>", "Fri, Apr 10, 2026 at 9:02 AM",
           """Hi Ben,

Thanks again for Tuesday's conversation. I wanted to follow up and see whether there's any news on next steps for the Clinic Operations Manager role.

Best,
Priya"""))

add("interview_invitation", "ashby_self_schedule", "en",
    frm="Lumora Health <no-reply@ashbyhq.com>",
    reply_to="Priyanka Shah <priyanka@lumorahealth.example.com>",
    subject="Lumora Health - schedule your interview",
    date="2026-05-07 13:01 +0000", company="Lumora Health", contact="priyanka@lumorahealth.example.com",
    html=page("""Hi Priya,

Thanks for your interest in the Operations Manager, Clinical Services role at Lumora Health! We'd like to invite you to a 30-minute video call with our Head of Clinical Ops, Danielle.

Pick a time that works for you using the link below. If none of the slots work, just reply and we'll find another.

Priyanka
Recruiting @ Lumora Health""", brand="Lumora Health", colour="#5b2a86",
        button=("Select a time", "https://jobs.ashbyhq.com/lumora/interview/9c2e1f7a-self-schedule"),
        footer="Lumora Health, 88 Kingsland Road, London E2"))

add("interview_invitation", "saudi_owned_english", "en",
    frm="Faisal Al-Harbi <f.alharbi@nakheelcare.example.sa>",
    cc="Recruitment Desk <recruitment@nakheelcare.example.sa>",
    subject="Interview Invitation - Healthcare Operations Manager (London Office)",
    date="2026-06-01 08:47 +0300", company="Nakheel Care", contact="f.alharbi@nakheelcare.example.sa",
    text="""Dear Ms. Priya Raman,

Greetings from Nakheel Care.

With reference to your application for the position of Healthcare Operations Manager at our London representative office, we are pleased to inform you that you have been shortlisted for a virtual interview with our Executive Director of Operations.

Proposed date: Monday, 8 June 2026
Time: 11:00 AM London time (1:00 PM Riyadh time)
Platform: Microsoft Teams (link to follow upon confirmation)

Kindly confirm your availability at your earliest convenience.

Best Regards,

Faisal Al-Harbi
Talent Acquisition Section Head
Nakheel Care Company
Riyadh, Kingdom of Saudi Arabia
Mob: +966 50 555 0123

This email and any attachments are confidential and intended only for the addressee.
""")

add("interview_invitation", "toronto_phone_screen_oracle", "en",
    frm="Lakeshore Health Network <lakeshore-careers@oraclecloud.com>",
    reply_to="Emily Tran <emily.tran@lakeshorehealth.example.ca>",
    subject="Lakeshore Health Network: Phone Interview Request - Manager, Research Operations (REQ 26-0871)",
    date="2026-02-17 15:20 -0500", company="Lakeshore Health Network", contact="emily.tran@lakeshorehealth.example.ca",
    text="""Hello Priya,

Thank you for applying to the Manager, Research Operations position. We have reviewed your application and would like to schedule a 30 minute telephone interview with you.

Please select your preferred interview time by clicking on the link below:
https://lakeshore.fa.ca2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile/interview/SCHED-55102

If you require accommodation at any stage of the recruitment process, please contact Emily Tran, Talent Acquisition Partner.

Regards,
Talent Acquisition
Lakeshore Health Network
""")

add("interview_invitation", "singapore_medtech_video", "en",
    frm="Wei Ling Tan <weiling.tan@arcadiamedtech.example.sg>",
    subject="Arcadia MedTech - 2nd interview",
    date="2026-07-21 11:05 +0800", company="Arcadia MedTech", contact="weiling.tan@arcadiamedtech.example.sg",
    text="""Hi Priya,

Thanks for your time with Jonathan last week. Happy to share that he would like to proceed with a second round interview with our APAC Clinical Affairs Director, Dr. Ravi Subramaniam.

Could you let me know your availability for a 1 hour video call on either 28 or 29 July, between 9am and 12pm Singapore time (2am - 5am UK, I know, sorry! we can also do 4-6pm SGT if easier)?

Thanks and regards,
Wei Ling

Tan Wei Ling | HR Business Partner
Arcadia MedTech Pte. Ltd.
DID: +65 6555 0142
""")

add("interview_invitation", "swedish_owned_english_teams", "en",
    frm="Erik Sandberg <erik.sandberg@valbergmedical.example.se>",
    subject="Interview - Head of Clinical Operations UK",
    date="2026-04-02 09:15 +0200", company="Valberg Medical", contact="erik.sandberg@valbergmedical.example.se",
    text="""Hi Priya,

Thank you for your application to Valberg Medical. We have read it with interest and would like to meet you for a first interview on Teams.

Would Thursday 9 April at 14.00 CET (13.00 UK time) work for you? The meeting will be with me and Annika Holm, our Clinical Director. Plan for about 45 minutes.

Please confirm and I will send the invite.

Best regards / Vänliga hälsningar
Erik Sandberg
HR Manager
Valberg Medical AB | Göteborg
""")

add("interview_invitation", "indian_naukri_walkin", "en",
    frm="Ramesh Iyer <ramesh.iyer@pranavhealthcare.example.in>",
    subject="Interview schedule for Operations Manager - Pranav Multispecialty Hospitals",
    date="2026-08-11 12:48 +0530", company="Pranav Multispecialty Hospitals", contact="ramesh.iyer@pranavhealthcare.example.in",
    text="""Dear Priya Raman,

Greetings from Pranav Multispecialty Hospitals!!

With reference to your profile on Naukri, we are pleased to inform you that you have been shortlisted for the face to face interview for the post of Operations Manager - Clinical Research.

Date: 18th August 2026 (Tuesday)
Time: 10:30 AM
Venue: Pranav Multispecialty Hospitals, HR Dept, 3rd Floor, Bannerghatta Road, Bengaluru
Contact person: Mr. Ramesh Iyer

Kindly carry updated resume, last 3 months payslips and one passport size photo. Please do revert with your confirmation.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - HR
Mob: +91 98450 55501
""")

add("interview_invitation", "presentation_task_uni", "en",
    frm="Recruitment Team <jobs@manc-westbury.example.ac.uk>",
    reply_to="Hannah Pickering <hannah.pickering@manc-westbury.example.ac.uk>",
    subject="Invitation to Interview - Ref 26/1194 Research Governance Manager",
    date="2026-05-19 16:30 +0100", company="Westbury University Manchester", contact="hannah.pickering@manc-westbury.example.ac.uk",
    charset="utf-8", cte="quoted-printable",
    text="""Dear Priya,

Thank you for your application for the above post. I am pleased to invite you to the selection process, which will take place on Tuesday 2 June 2026 on campus (Stopford Building, Room 2.14).

The selection process consists of:
• 13:00 – a 10-minute presentation: "The top three risks in research governance for a university sponsor and how you would mitigate them"
• 13:15 – a panel interview (approximately 45 minutes)

Please send your slides to me by 12 noon on Monday 1 June.

Please reply to confirm you are able to attend, and let us know if you require any reasonable adjustments.

Kind regards,
Hannah Pickering
HR Administrator, Faculty of Biology, Medicine and Health
Westbury University Manchester
""")

add("interview_invitation", "teams_invite_ics_only", "en",
    frm="Gemma Whitaker <gemma.whitaker@orrellhealthcare.example.co.uk>",
    subject="Interview: Priya Raman / Orrell Healthcare - Regional Operations Manager",
    date="2026-06-16 12:10 +0100", company="Orrell Healthcare", contact="gemma.whitaker@orrellhealthcare.example.co.uk",
    text="""Hi Priya, as discussed on the phone, invite for Friday. Questions will be around your experience of managing budgets, CQC compliance and leading multi-site teams.

Gemma

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_orrell_0619>
Meeting ID: 388 551 902 117
Passcode: aB7kQz
________________________________________________________________________________
""",
    ics=ics("040000008200E00074C5B7101A82E00800000000ORRELL0619", "20260619T090000Z", "20260619T100000Z",
            "Interview: Priya Raman / Orrell Healthcare - Regional Operations Manager",
            "gemma.whitaker@orrellhealthcare.example.co.uk", location="Microsoft Teams Meeting"))

add("interview_invitation", "jobvite_onsite_boston", "en",
    frm="Redfern Therapeutics <notification@jobvite.com>",
    reply_to="Kyle Brennan <kbrennan@redferntx.example.com>",
    subject="Onsite interview - Redfern Therapeutics",
    date="2026-08-26 18:22 -0400", company="Redfern Therapeutics", contact="kbrennan@redferntx.example.com",
    html=page("""Hi Priya,

Thanks for taking the time to speak with our hiring team. We'd like to invite you to an onsite interview at our Cambridge, MA office for the Associate Director, Clinical Operations role.

The day will include four 45-minute conversations (Clinical Ops, Biometrics, Quality, and our CMO) plus lunch with the team. We will cover reasonable travel expenses.

Please reply with your availability for the weeks of September 7 and September 14.

Thanks,
Kyle Brennan
Talent Acquisition, Redfern Therapeutics""", brand="Jobvite", colour="#00263e", logo="Redfern Therapeutics"))

add("interview_invitation", "entrevista_madrid_formal", "es",
    frm="Carmen Ruiz <carmen.ruiz@grupohospitalariolevante.example.es>",
    subject="Convocatoria de entrevista – Responsable de Operaciones de Investigación",
    date="2026-02-09 11:45 +0100", company="Grupo Hospitalario Levante", contact="carmen.ruiz@grupohospitalariolevante.example.es",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Priya:

En relación con su candidatura al puesto de Responsable de Operaciones de Investigación, nos complace convocarle a una entrevista personal que tendrá lugar el próximo jueves 19 de febrero a las 10:00 h en nuestras oficinas centrales (Paseo de la Castellana 200, planta 6, Madrid).

La entrevista será con la Directora de Investigación, la Dra. Elena Montoya, y con quien suscribe. Tendrá una duración aproximada de una hora.

Le rogamos que nos confirme su asistencia respondiendo a este correo.

Un cordial saludo,

Carmen Ruiz
Técnica de Selección
Grupo Hospitalario Levante
Tel. 91 555 02 33
""")

add("interview_invitation", "entrevista_informal_whatsapp_style", "es",
    frm="Pablo Serrano <pablo@clinicalia.example.es>",
    subject="¿Hablamos?",
    date="2026-04-06 13:27 +0200", company="Clinicalia", contact="pablo@clinicalia.example.es",
    text="""Hola Priya, ¿qué tal?

He visto tu candidatura para Operations Manager y me ha encajado bastante. ¿Te vendría bien una videollamada de media hora esta semana para conocernos? Yo tengo hueco el miércoles por la tarde o el viernes por la mañana.

Dime qué te va mejor y te mando el enlace de Meet.

Saludos!
Pablo Serrano
Cofundador & COO – Clinicalia

Enviado desde mi iPhone""")

add("interview_invitation", "entrevista_mexico_rrhh", "es",
    frm="Atracción de Talento <talento@farmaceuticasolano.example.mx>",
    reply_to="Daniela Ortega <dortega@farmaceuticasolano.example.mx>",
    subject="Entrevista para la vacante Gerente de Estudios Clínicos",
    date="2026-06-22 10:05 -0600", company="Farmacéutica Solano", contact="dortega@farmaceuticasolano.example.mx",
    text="""Buen día Priya,

Por medio del presente te invitamos a una entrevista virtual para la vacante de Gerente de Estudios Clínicos.

Fecha: martes 30 de junio
Hora: 9:00 am (hora del centro de México)
Plataforma: Zoom – te compartiremos la liga un día antes

Agradeceremos nos confirmes tu asistencia a la brevedad.

Saludos cordiales,
Daniela Ortega
Especialista de Atracción de Talento
Farmacéutica Solano S.A. de C.V.
""")

add("interview_invitation", "entrevista_cro_siguiente_fase", "es",
    frm="Iñaki Etxeberria <inaki.etxeberria@biorhea.example.es>",
    subject="Siguiente fase - Clinical Operations Manager",
    date="2026-07-09 16:40 +0200", company="Biorhea", contact="inaki.etxeberria@biorhea.example.es",
    text="""Hola Priya,

Gracias por la entrevista telefónica del lunes. Nos gustaría que pasaras a la siguiente fase del proceso: una entrevista con el equipo de dirección en la que te pediremos que presentes un caso práctico (te lo enviaré 48 horas antes).

Te propongo estas fechas:
- martes 14 de julio, 11:00
- miércoles 15 de julio, 16:30

Sería presencial en nuestras oficinas de Barcelona, o por Teams si te viene mejor.

Un saludo,
Iñaki Etxeberria
Talent Acquisition – Biorhea
""")

add("interview_invitation", "einladung_vorstellungsgespraech", "de",
    frm="Julia Hartmann <julia.hartmann@charisma-cro.example.de>",
    subject="Einladung zum Vorstellungsgespräch",
    date="2026-03-11 09:22 +0100", company="Charisma CRO", contact="julia.hartmann@charisma-cro.example.de",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung als Clinical Operations Manager (m/w/d). Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem ersten Gespräch per Videokonferenz am Dienstag, den 17. März 2026, um 14:00 Uhr ein. Gesprächspartner sind Dr. Martin Vogel (Head of Clinical Operations) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, finden wir gerne eine Alternative.

Mit freundlichen Grüßen

Julia Hartmann
Senior HR Business Partner
Charisma CRO GmbH | Friedrichstraße 95 | 10117 Berlin
Tel.: +49 30 5555 0187
""")

add("interview_invitation", "einladung_zweitgespraech_du", "de",
    frm="Lea Schubert <lea@heilwerk.example.de>",
    subject="Nächster Schritt 🎉",
    date="2026-05-25 11:03 +0200", company="Heilwerk", contact="lea@heilwerk.example.de",
    text="""Hi Priya,

danke Dir für das nette Gespräch letzte Woche! Wir würden Dich gern zum zweiten Gespräch einladen – diesmal vor Ort bei uns in Berlin-Kreuzberg, mit unserem CTO Moritz und Anna aus dem Medical Team.

Such Dir einfach einen Termin aus: https://cal.example.com/heilwerk/zweitgespraech

Reisekosten übernehmen wir natürlich.

Liebe Grüße
Lea
People & Culture @ Heilwerk
""")

add("interview_invitation", "einladung_uniklinik_auswahl", "de",
    frm="Recruiting Universitätsklinikum Auental <recruiting@uk-auental.example.de>",
    reply_to="Thomas Wegner <thomas.wegner@uk-auental.example.de>",
    subject="Einladung zum Auswahlgespräch – Koordination Studienzentrum (Kennziffer 118/26)",
    date="2026-07-13 10:30 +0200", company="Universitätsklinikum Auental", contact="thomas.wegner@uk-auental.example.de",
    text="""Sehr geehrte Frau Raman,

wir freuen uns, Sie zu einem Auswahlgespräch für die o. g. Stelle einzuladen.

Termin: Mittwoch, 22. Juli 2026, 10:15 Uhr
Ort: Verwaltungsgebäude, Haus 7, Raum 0.12
Dauer: ca. 60 Minuten

Bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) zum Thema „Qualitätssicherung in multizentrischen Studien" vor. An dem Gespräch nehmen die Leitung des Studienzentrums, die Gleichstellungsbeauftragte sowie ein Mitglied des Personalrats teil.

Bitte bestätigen Sie den Termin bis zum 17. Juli.

Mit freundlichen Grüßen
Thomas Wegner
Geschäftsbereich Personal
Universitätsklinikum Auental – Anstalt des öffentlichen Rechts
""")

add("interview_invitation", "einladung_agentur_telefon", "de",
    frm="Marco Pohl <m.pohl@lifescience-partners.example.de>",
    subject="Spannende Position – kurzes Telefonat?",
    date="2026-08-06 15:48 +0200", company="Aurelia Biotech", contact="m.pohl@lifescience-partners.example.de",
    text="""Hallo Frau Raman,

wie gestern am Telefon kurz angesprochen: mein Mandant Aurelia Biotech (München) hat Ihr Profil gesehen und möchte Sie gerne zu einem ersten Telefoninterview mit dem Head of Clinical Development einladen. Termin wäre Freitag, 14. August, 9:30 Uhr – passt das?

Alle Details zur Position schicke ich Ihnen vorab noch zu!

Viele Grüße
Marco Pohl
Senior Consultant Life Sciences
LifeScience Partners
Mobil: +49 170 5550 221
""")

add("interview_invitation", "entretien_visio_cro", "fr",
    frm="Élodie Garnier <elodie.garnier@clinova.example.fr>",
    subject="Proposition d'entretien – Responsable Opérations Cliniques",
    date="2026-02-26 10:18 +0100", company="Clinova", contact="elodie.garnier@clinova.example.fr",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Raman,

Nous avons bien reçu votre candidature pour le poste de Responsable Opérations Cliniques et nous vous en remercions.

Votre profil a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un entretien en visioconférence. Seriez-vous disponible le mardi 3 mars à 14h ou le jeudi 5 mars à 10h ?

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Élodie Garnier
Chargée de recrutement
Clinova - 45 avenue Jean Jaurès, 69007 Lyon
""")

add("interview_invitation", "entretien_second_tour_panel", "fr",
    frm="Recrutement Institut Hélios <recrutement@institut-helios.example.fr>",
    reply_to="Antoine Mercier <antoine.mercier@institut-helios.example.fr>",
    subject="Votre candidature : étape suivante",
    date="2026-06-09 17:02 +0200", company="Institut Hélios", contact="antoine.mercier@institut-helios.example.fr",
    text="""Bonjour Priya,

Suite à votre premier entretien avec Mme Dubois, nous avons le plaisir de vous convier à un second entretien avec un jury composé de la Directrice des opérations, du Responsable qualité et d'un représentant de la DRH.

Il se déroulera le lundi 22 juin à 9h30 dans nos locaux (bâtiment B, salle Curie). Merci de préparer une courte présentation de 10 minutes sur votre expérience en pilotage d'études multicentriques.

Merci de bien vouloir nous confirmer votre présence.

Cordialement,
Antoine Mercier
Chargé de recrutement – Institut Hélios
""")

add("interview_invitation", "entretien_montreal_tel", "fr",
    frm="Geneviève Tremblay <gtremblay@santeboreal.example.ca>",
    subject="Entrevue téléphonique",
    date="2026-08-18 13:40 -0400", company="Santé Boréal", contact="gtremblay@santeboreal.example.ca",
    text="""Bonjour Priya,

Merci pour ton intérêt pour le poste de gestionnaire des opérations de recherche. J'aimerais planifier une courte entrevue téléphonique (20-30 minutes) avec toi cette semaine ou la semaine prochaine.

Tu peux réserver une plage directement ici : https://outlook.office365.com/book/SanteBorealRecrutement@santeboreal.example.ca/

Au plaisir,
Geneviève Tremblay
Conseillère en acquisition de talents
Santé Boréal – Toronto / Montréal
""")

# ---------------------------------------------------------------- reschedules and cancellations (15)

add("interview_reschedule_or_cancel", "hm_sick_move_tomorrow", "en",
    frm="Rachel Stein <rachel.stein@northwindgenomics.example.com>",
    subject="Need to move tomorrow",
    date="2026-02-12 07:14 +0000", company="Northwind Genomics", contact="rachel.stein@northwindgenomics.example.com",
    text="""Hi Priya - so sorry, I've come down with something and have lost my voice. Can we push tomorrow's panel to early next week? Alicia will send new options today. Apologies for the short notice.

Rachel

Sent from my iPhone""")

add("interview_reschedule_or_cancel", "ics_updated_time_outlook", "en",
    frm="Gemma Whitaker <gemma.whitaker@orrellhealthcare.example.co.uk>",
    subject="Updated: Interview: Priya Raman / Orrell Healthcare - Regional Operations Manager",
    date="2026-06-17 16:25 +0100", company="Orrell Healthcare", contact="gemma.whitaker@orrellhealthcare.example.co.uk",
    text="""Hi Priya, our MD can only join later on Friday so I've moved us to 2pm. Same Teams link. Shout if that's a problem!

Gemma
""",
    ics=ics("040000008200E00074C5B7101A82E00800000000ORRELL0619", "20260619T130000Z", "20260619T140000Z",
            "Interview: Priya Raman / Orrell Healthcare - Regional Operations Manager",
            "gemma.whitaker@orrellhealthcare.example.co.uk", location="Microsoft Teams Meeting", seq=1))

add("interview_reschedule_or_cancel", "ics_cancel_role_paused", "en",
    frm="Kyle Brennan <kbrennan@redferntx.example.com>",
    subject="Canceled: Redfern Therapeutics Onsite - Priya Raman",
    date="2026-09-04 10:02 -0400", company="Redfern Therapeutics", contact="kbrennan@redferntx.example.com",
    text="""Hi Priya,

I'm sorry to do this, but we need to cancel your onsite on the 10th. Our leadership team is re-scoping the Associate Director role after a reorg in Clinical Development and I don't have a new date yet. I'll be back in touch as soon as I know more - this isn't a reflection on you.

Kyle
""",
    ics=ics("redfern-onsite-raman-0910@redferntx.example.com", "20260910T130000Z", "20260910T190000Z",
            "Redfern Therapeutics Onsite - Priya Raman", "kbrennan@redferntx.example.com",
            method="CANCEL", seq=2, status="CANCELLED"))

add("interview_reschedule_or_cancel", "nhs_panel_postponed", "en",
    frm="Karen Whitley <karen.whitley@calderbank.example.nhs.uk>",
    subject="RE: Interview 19 March - Clinical Research Operations Lead",
    date="2026-03-13 15:37 +0000", company="Calderbank Teaching Hospitals NHS Trust", contact="karen.whitley@calderbank.example.nhs.uk",
    text="""Dear Priya,

Apologies for the inconvenience, but due to the ongoing industrial action we have had to postpone the interviews scheduled for Thursday 19 March. The interviews will now take place on Thursday 26 March, with your slot remaining at 14:15. The presentation topic is unchanged.

Please could you let me know if you are able to make the new date.

Kind regards
Karen

Karen Whitley
R&D Manager
Calderbank Teaching Hospitals NHS Trust
Tel: 01632 960 588 | Ext 4588

*****************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
*****************************************************************
""")

add("interview_reschedule_or_cancel", "agency_client_moved", "en",
    frm="Becky Lyle <becky@harrowgate-life.example.co.uk>",
    subject="Change of plan for Thursday!",
    date="2026-05-05 11:55 +0100", company="Tavistock Biosciences", contact="becky@harrowgate-life.example.co.uk",
    text="""Hi Priya!

Quick one - Tavistock Biosciences have had to move your interview from Thursday 10am to Monday 11th at 3pm as the hiring manager's been pulled into an audit. Still at their Alderley Park site, same people. Really sorry about the faff!!

Can you just confirm Monday works? I'll let them know asap.

Thanks!
Becky

Becky Lyle | Senior Consultant - Clinical Operations
Harrowgate Life Sciences
M: 07700 900 318
""")

add("interview_reschedule_or_cancel", "goodtime_rescheduled_html", "en",
    frm="Quill Health Recruiting <scheduling@goodtime.io>",
    reply_to="Maya Chen <maya@quillhealth.example.com>",
    subject="Your interview with Quill Health has been rescheduled",
    date="2026-04-27 20:31 +0000", company="Quill Health", contact="maya@quillhealth.example.com",
    html=page("""Hi Priya,

Your interview with Quill Health has been rescheduled.

Previous time: Wednesday, April 29, 2:00 PM - 3:00 PM EDT
New time: Thursday, April 30, 10:30 AM - 11:30 AM EDT

Interviewers: Maya Chen, Derek Liu
Location: Google Meet (link in the attached calendar invite)

Need to change the time? Reply to this email and Maya will help.""", brand="GoodTime", colour="#222222",
        button=("View interview details", "https://app.goodtime.io/c/e/8f21ab?utm_source=email"),
        footer="GoodTime.io, on behalf of Quill Health"),
    ics=ics("goodtime-8f21ab@goodtime.io", "20260430T143000Z", "20260430T153000Z",
            "Interview with Quill Health", "maya@quillhealth.example.com", seq=1))

add("interview_reschedule_or_cancel", "aus_cancel_restructure", "en",
    frm="Mitchell Grant <mitchell.grant@southerncrosscare.example.com.au>",
    subject="Friday's interview",
    date="2026-07-29 16:02 +1000", company="Southern Cross Care Group", contact="mitchell.grant@southerncrosscare.example.com.au",
    text="""Hi Priya,

Unfortunately I need to cancel Friday's interview for the Clinical Services Operations Manager role - the hiring manager has had a family emergency and will be on leave for the next fortnight.

We're still very keen to meet you, so I'll be in touch the week of 17 August to rebook. Sorry for the mucking around!

Cheers,
Mitchell Grant
Talent Acquisition Partner
Southern Cross Care Group
""")

add("interview_reschedule_or_cancel", "indian_reschedule_kindly", "en",
    frm="Ramesh Iyer <ramesh.iyer@pranavhealthcare.example.in>",
    subject="RE: Interview schedule for Operations Manager - Pranav Multispecialty Hospitals",
    date="2026-08-14 18:20 +0530", company="Pranav Multispecialty Hospitals", contact="ramesh.iyer@pranavhealthcare.example.in",
    text="""Dear Priya,

Due to unavoidable circumstances the interview scheduled on 18th August stands postponed. The revised schedule is 21st August 2026 (Friday) at 11:00 AM, same venue. Inconvenience caused is deeply regretted.

Kindly acknowledge the receipt of this mail.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - HR
Pranav Multispecialty Hospitals
""",
    quote=("outlook", "Priya Raman <priya.raman@example.com>",
           "12 August 2026 09:40|To: Ramesh Iyer <ramesh.iyer@pranavhealthcare.example.in>\nSubject: Re: Interview schedule for Operations Manager",
           """Dear Mr Iyer,

Thank you, I confirm I will attend on 18 August at 10:30 AM.

Regards,
Priya Raman"""))

add("interview_reschedule_or_cancel", "reprogramar_entrevista", "es",
    frm="Carmen Ruiz <carmen.ruiz@grupohospitalariolevante.example.es>",
    subject="RE: Convocatoria de entrevista – Responsable de Operaciones de Investigación",
    date="2026-02-16 09:12 +0100", company="Grupo Hospitalario Levante", contact="carmen.ruiz@grupohospitalariolevante.example.es",
    text="""Estimada Priya:

Le escribo porque la Dra. Montoya tiene que asistir a un comité el jueves y no podrá estar en la entrevista. ¿Le vendría bien cambiarla al lunes 23 de febrero a la misma hora, 10:00 h? Disculpe las molestias.

Quedo a la espera de su confirmación.

Un saludo,
Carmen Ruiz
Grupo Hospitalario Levante
""")

add("interview_reschedule_or_cancel", "cancelacion_proceso_congelado", "es",
    frm="Daniela Ortega <dortega@farmaceuticasolano.example.mx>",
    subject="Cancelación de entrevista",
    date="2026-06-29 17:45 -0600", company="Farmacéutica Solano", contact="dortega@farmaceuticasolano.example.mx",
    text="""Hola Priya,

Lamento informarte que la entrevista programada para mañana martes 30 de junio queda cancelada, ya que la vacante fue puesta en pausa por la dirección. En cuanto tengamos novedades te contactaré nuevamente para reagendar.

Una disculpa por el inconveniente.

Saludos,
Daniela Ortega
Farmacéutica Solano
""")

add("interview_reschedule_or_cancel", "terminverschiebung_formal", "de",
    frm="Julia Hartmann <julia.hartmann@charisma-cro.example.de>",
    subject="Verschiebung unseres Gesprächstermins",
    date="2026-03-16 08:05 +0100", company="Charisma CRO", contact="julia.hartmann@charisma-cro.example.de",
    text="""Sehr geehrte Frau Raman,

leider muss Dr. Vogel kurzfristig zu einem Audit nach Wien reisen, sodass wir unser für morgen, 17. März, 14:00 Uhr geplantes Gespräch verschieben müssen.

Könnten Sie alternativ am Freitag, 20. März, um 10:00 Uhr oder um 15:00 Uhr? Wir bitten die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Julia Hartmann
Charisma CRO GmbH
""")

add("interview_reschedule_or_cancel", "absage_termin_abgesagt_kalender", "de",
    frm="Lea Schubert <lea@heilwerk.example.de>",
    subject="Abgesagt: Zweitgespräch Heilwerk – Priya Raman",
    date="2026-06-02 09:40 +0200", company="Heilwerk", contact="lea@heilwerk.example.de",
    text="""Hi Priya,

sorry, Moritz ist diese Woche krank, deshalb sage ich unser Zweitgespräch am Donnerstag erst einmal ab. Ich melde mich Anfang nächster Woche mit neuen Terminvorschlägen!

LG Lea
""",
    ics=ics("heilwerk-zweit-raman-0604@heilwerk.example.de", "20260604T080000Z", "20260604T100000Z",
            "Zweitgespräch Heilwerk – Priya Raman", "lea@heilwerk.example.de", method="CANCEL", seq=1,
            status="CANCELLED"))

add("interview_reschedule_or_cancel", "verschiebung_agentur", "de",
    frm="Marco Pohl <m.pohl@lifescience-partners.example.de>",
    subject="AW: Telefoninterview Freitag",
    date="2026-08-12 12:11 +0200", company="Aurelia Biotech", contact="m.pohl@lifescience-partners.example.de",
    text="""Hallo Frau Raman,

kleine Planänderung: Herr Dr. Seidel schafft es am Freitag nicht, das Telefoninterview mit Aurelia Biotech wird daher auf Montag, 17.08., 16:00 Uhr verschoben. Er ruft Sie unter Ihrer Mobilnummer an.

Passt das für Sie?

Beste Grüße
Marco Pohl
LifeScience Partners
""")

add("interview_reschedule_or_cancel", "report_entretien", "fr",
    frm="Antoine Mercier <antoine.mercier@institut-helios.example.fr>",
    subject="Report de votre entretien du 22 juin",
    date="2026-06-18 14:30 +0200", company="Institut Hélios", contact="antoine.mercier@institut-helios.example.fr",
    text="""Bonjour Priya,

En raison d'un empêchement de la Directrice des opérations, nous sommes contraints de reporter votre entretien prévu le lundi 22 juin. Nous vous proposons à la place le jeudi 25 juin à 14h, même lieu.

Merci de nous indiquer si ce nouveau créneau vous convient. Toutes nos excuses pour ce changement.

Cordialement,
Antoine Mercier
Institut Hélios
""")

add("interview_reschedule_or_cancel", "annulation_entretien_poste_gele", "fr",
    frm="Élodie Garnier <elodie.garnier@clinova.example.fr>",
    subject="Annulation entretien",
    date="2026-03-02 18:05 +0100", company="Clinova", contact="elodie.garnier@clinova.example.fr",
    text="""Bonjour Priya,

Je suis désolée de vous prévenir si tard : l'entretien de demain 14h est annulé, le recrutement étant suspendu suite à une réorganisation interne. Je reviens vers vous dès que j'ai plus de visibilité.

Bien à vous,
Élodie
""")

# ---------------------------------------------------------------- missed interviews (10)

add("missed_interview_notice", "tried_calling", "en",
    frm="Jess Morgan <jess.morgan@talentbridge-health.example.co.uk>",
    subject="Tried to call you",
    date="2026-01-15 11:07 +0000", company="TalentBridge Health", contact="jess.morgan@talentbridge-health.example.co.uk",
    text="""Hi Priya,

I tried calling you at 11 for our chat as booked via Calendly but it went to voicemail. Hope everything's ok! Feel free to rebook here whenever suits: https://calendly.com/jess-morgan-tb/15min

Jess
""")

add("missed_interview_notice", "teams_no_join_nhs", "en",
    frm="Helen Ashworth <helen.ashworth@pennine-vale.example.nhs.uk>",
    subject="Interview this morning",
    date="2026-01-28 10:52 +0000", company="Pennine Vale NHS Foundation Trust", contact="helen.ashworth@pennine-vale.example.nhs.uk",
    text="""Dear Priya,

The panel were waiting for you this morning at 10:00 but you did not join the Teams meeting, and we were unable to reach you on the number on your application.

If there was a problem with the link or something unexpected happened, please let me know by the end of tomorrow and we will see whether we can offer an alternative slot.

Regards,

Helen Ashworth
Head of Research Operations
Pennine Vale NHS Foundation Trust
""")

add("missed_interview_notice", "zoom_waited_startup", "en",
    frm="Danielle Ross <danielle@lumorahealth.example.com>",
    subject="Did we miss each other?",
    date="2026-05-13 14:21 +0100", company="Lumora Health", contact="danielle@lumorahealth.example.com",
    text="""Hey Priya, I was on the Zoom from 2:00 until about 2:15 but didn't see you join - did something come up? No worries if so, just let me know and we can find another time this week.

Danielle
Head of Clinical Ops, Lumora Health""")

add("missed_interview_notice", "no_show_onsite_boston", "en",
    frm="Ben Aldridge <ben@carewise.example.com>",
    subject="today",
    date="2026-04-22 15:48 -0400", company="Carewise", contact="ben@carewise.example.com",
    text="""Priya, Sam and I were expecting you at 1pm today for the onsite. Front desk didn't see you. Everything OK? Let me know.

Ben""")

add("missed_interview_notice", "indian_absent_walkin", "en",
    frm="Ramesh Iyer <ramesh.iyer@pranavhealthcare.example.in>",
    subject="Absent for interview - Operations Manager",
    date="2026-08-21 14:05 +0530", company="Pranav Multispecialty Hospitals", contact="ramesh.iyer@pranavhealthcare.example.in",
    text="""Dear Priya,

This is to inform you that you were not present for the interview scheduled today at 11:00 AM at our Bannerghatta Road facility. We also tried to reach you on your mobile number but the call could not be connected.

In case you are still interested in the position, please do revert by tomorrow EOD so that we can check the panel's availability for another slot.

Regards,
Ramesh Iyer
Sr. Executive - HR
Pranav Multispecialty Hospitals
""")

add("missed_interview_notice", "no_presentada_entrevista", "es",
    frm="Pablo Serrano <pablo@clinicalia.example.es>",
    subject="Re: ¿Hablamos?",
    date="2026-04-10 10:22 +0200", company="Clinicalia", contact="pablo@clinicalia.example.es",
    text="""Hola Priya, te he estado esperando en el Meet a las 10 pero no te has conectado. ¿Todo bien? Si quieres lo movemos a otro día, dime.

Pablo""",
    quote=("es", "Priya Raman <priya.raman@example.com>", "mié, 8 abr 2026 a las 18:40",
           """Hola Pablo, el viernes a las 10 me va genial. ¡Gracias!
Priya"""))

add("missed_interview_notice", "llamada_sin_respuesta_mx", "es",
    frm="Rodrigo Salinas <rsalinas@talentomedico.example.mx>",
    subject="Llamada de hoy",
    date="2026-06-10 13:15 -0600", company="Talento Médico", contact="rsalinas@talentomedico.example.mx",
    text="""Hola Priya,

Te marqué a las 12:00 como quedamos para la entrevista telefónica, pero no tuve respuesta y me mandó a buzón. Avísame si todo está bien y si quieres que reagendemos la llamada.

Saludos,
Rodrigo Salinas
Talento Médico
""")

add("missed_interview_notice", "nicht_erschienen", "de",
    frm="Thomas Wegner <thomas.wegner@uk-auental.example.de>",
    subject="Ihr Auswahlgespräch am 22. Juli",
    date="2026-07-22 12:03 +0200", company="Universitätsklinikum Auental", contact="thomas.wegner@uk-auental.example.de",
    text="""Sehr geehrte Frau Raman,

leider sind Sie heute um 10:15 Uhr nicht zu dem vereinbarten Auswahlgespräch erschienen. Die Kommission hat bis 10:40 Uhr gewartet; telefonisch konnten wir Sie nicht erreichen.

Sollten Sie weiterhin Interesse an der Stelle haben, bitten wir um eine kurze Rückmeldung bis Freitag.

Mit freundlichen Grüßen
Thomas Wegner
Geschäftsbereich Personal
Universitätsklinikum Auental
""")

add("missed_interview_notice", "absente_visio", "fr",
    frm="Geneviève Tremblay <gtremblay@santeboreal.example.ca>",
    subject="Notre entrevue de ce matin",
    date="2026-08-25 10:45 -0400", company="Santé Boréal", contact="gtremblay@santeboreal.example.ca",
    text="""Bonjour Priya,

Je t'ai appelée à 10h comme prévu pour notre entrevue téléphonique, mais je suis tombée sur ta boîte vocale. J'espère que tout va bien!

Si tu es toujours intéressée, tu peux reprendre un rendez-vous avec le même lien.

Bonne journée,
Geneviève
""")

add("missed_interview_notice", "pas_connectee_teams", "fr",
    frm="Claire Fontaine <claire.fontaine@medalys.example.fr>",
    subject="Entretien de 15h",
    date="2026-09-08 15:32 +0200", company="Medalys", contact="claire.fontaine@medalys.example.fr",
    text="""Bonjour Madame Raman,

Nous vous attendions à 15h sur Teams pour l'entretien avec M. Girard, mais vous ne vous êtes pas connectée. Nous avons essayé de vous joindre sans succès.

Merci de me faire savoir si vous souhaitez convenir d'un nouveau rendez-vous.

Cordialement,
Claire Fontaine
Responsable recrutement – Medalys
""")

# ---------------------------------------------------------------- application received (20)

add("application_received", "workday_ack_volume", "en",
    frm="Castlegate University Hospitals <castlegate@myworkday.com>",
    subject="Thank you for applying",
    date="2026-03-02 22:41 +0000", company="Castlegate University Hospitals", contact="",
    html=page("""Dear Priya Raman,

Thank you for your application for Clinical Trials Unit Operations Manager (JR-004412). We have successfully received it.

Our recruitment team will review your application against the role requirements. Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you are shortlisted, a member of the team will contact you within 3 weeks of the closing date.

You can track the status of your application at any time in your Candidate Home account.

Regards,
Talent Acquisition
Castlegate University Hospitals""", brand="Workday", colour="#005cb9", logo="Castlegate University Hospitals",
        button=("Candidate Home", "https://castlegate.wd3.myworkday.com/castlegate/d/home.htmld?trk=a11"),
        footer="This email was sent by Workday on behalf of Castlegate University Hospitals. Replies are not monitored."))

add("application_received", "greenhouse_ack_plain", "en",
    frm="Northwind Genomics <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Northwind Genomics",
    date="2026-01-21 14:02 +0000", company="Northwind Genomics", contact="",
    text="""Hi Priya,

Thanks for applying to Northwind Genomics! Your application for the Clinical Operations Manager role has been received and will be reviewed by our hiring team.

If your experience is a fit, someone from our team will be in touch to discuss next steps. In the meantime, feel free to check out our blog and follow us on LinkedIn.

Thanks,
Northwind Genomics Talent Team
""")

add("application_received", "nhs_trac_ack", "en",
    frm="Calderbank Teaching Hospitals NHS Trust <no-reply@trac.example.net>",
    subject="Application received - C9275-26-0113",
    date="2026-02-14 19:33 +0000", company="Calderbank Teaching Hospitals NHS Trust", contact="",
    text="""Dear Priya

Thank you for applying for the post of Clinical Research Operations Lead (C9275-26-0113).

Your application has been successfully submitted and will be passed to the recruiting manager after the closing date (26/02/2026).

Please note, if you have not heard from us within 4 weeks of the closing date, please assume that on this occasion you have not been shortlisted. Unfortunately we are unable to provide individual feedback at this stage.

Please check your email (including junk folder) regularly as all correspondence will be sent by email.

Calderbank Teaching Hospitals NHS Trust - Recruitment
""")

add("application_received", "icims_ack_req", "en",
    frm="Halverson Biologics Careers <halverson-talent@talent.icims.com>",
    subject="We've received your application - Clinical Program Manager",
    date="2026-01-06 03:14 +0000", company="Halverson Biologics", contact="",
    text="""Dear Priya,

Thank you for your interest in Halverson Biologics. This email confirms that we have received your application for Clinical Program Manager (Req 2026-1043).

We will review your qualifications and, should your background match our needs, a member of our Talent Acquisition team will contact you.

Thank you,
Halverson Biologics Talent Acquisition
""")

add("application_received", "seek_ack_aus", "en",
    frm="Harbourline Health via SEEK <noreply@s.seek.com.au>",
    subject="Your application was successfully submitted",
    date="2026-07-14 09:12 +1000", company="Harbourline Health", contact="",
    html=page("""Hi Priya,

Your application for Health Service Operations Coordinator at Harbourline Health was successfully submitted.

Harbourline Health may contact you directly if your application is shortlisted. You can view your application and its status in your SEEK profile.

Good luck!
SEEK""", brand="SEEK", colour="#0d3880", button=("View application", "https://www.seek.com.au/my-activity/applied-jobs?tracking=EMC-APPL"),
        footer="You received this email because you applied for a job on SEEK. SEEK Limited, 60 Cremorne St, Cremorne VIC 3121."))

add("application_received", "charity_ack_personal", "en",
    frm="Claire Donnelly <claire.donnelly@brightwellfoundation.example.org>",
    subject="Re: Application - Programme Operations Manager",
    date="2026-03-28 10:15 +0000", company="Brightwell Foundation", contact="claire.donnelly@brightwellfoundation.example.org",
    text="""Dear Priya,

Thank you for sending through your application and supporting statement - received with thanks. Shortlisting will take place on 8 April and we hope to hold first interviews the week of 20 April.

Best wishes,
Claire""",
    quote=("gmail", "Priya Raman <priya.raman@example.com>", "Fri, 27 Mar 2026 at 17:48",
           """Dear Claire,

Please find attached my CV and supporting statement for the Programme Operations Manager role.

Kind regards,
Priya Raman"""))

add("application_received", "indian_ack_profile_shortlisting", "en",
    frm="Careers - Sanjeevani CRO <careers@sanjeevanicro.example.in>",
    subject="Acknowledgement of your application",
    date="2026-02-20 16:48 +0530", company="Sanjeevani CRO", contact="",
    text="""Dear Candidate,

Thank you for applying to Sanjeevani CRO for the role of Manager - Clinical Operations.

We acknowledge receipt of your application. Our Talent Acquisition team is currently reviewing profiles and shortlisted candidates will be contacted for further rounds. Please note that owing to the large number of applications, only shortlisted candidates will be contacted.

Regards,
Talent Acquisition Team
Sanjeevani CRO Pvt. Ltd.

This is a system generated mail. Please do not reply.
""")

add("application_received", "taleo_odd_formatting", "en",
    frm="Westmere Health Insurance <careers@taleo.net>",
    subject="Westmere Health Insurance - Application Confirmation - Req 26000874",
    date="2026-04-03 05:02 +0000", company="Westmere Health Insurance", contact="",
    text="""Dear Priya Raman ,


Thank you for your interest in the   Healthcare Operations Manager - Provider Networks   position (Req 26000874 ).

This message confirms that we have received your application.   Our recruiters will review your qualifications and determine if they match the needs of the position. Should your profile match, we will contact you to discuss next steps.

Unfortunately, we are not able to provide individual feedback on applications at this stage of the process.

Please do not respond to this e-mail.

Sincerely ,
Westmere Health Insurance
Talent Acquisition





Confidentiality: This message and attachments are intended solely for the named recipient(s)...
""")

add("application_received", "lever_ack_html_alt", "en",
    frm="Ostrava Medical Devices <no-reply@hire.lever.co>",
    subject="Thanks for applying to Ostrava Medical!",
    date="2026-06-11 17:20 +0000", company="Ostrava Medical", contact="",
    text="""Hi Priya,

Thanks for your interest in the Regulatory Operations Manager role at Ostrava Medical - we've received your application!

Our team reviews every application and we'll be in touch if there's a fit. In the meantime, get to know us a little better on our careers page.

Cheers,
The Ostrava Medical Recruiting Team
""",
    html=page("""Hi Priya,

Thanks for your interest in the Regulatory Operations Manager role at Ostrava Medical - we've received your application!

Our team reviews every application and we'll be in touch if there's a fit. In the meantime, get to know us a little better on our careers page.

Cheers,
The Ostrava Medical Recruiting Team""", brand="Ostrava Medical", colour="#3b3b98", logo="Ostrava Medical",
        button=("Life at Ostrava", "https://jobs.lever.co/ostrava?lever-source=email")))

add("application_received", "canadian_ack_hospital", "en",
    frm="Lakeshore Health Network <lakeshore-careers@oraclecloud.com>",
    subject="Lakeshore Health Network - We received your application (REQ 26-0871)",
    date="2026-02-03 13:45 -0500", company="Lakeshore Health Network", contact="",
    text="""Hello Priya,

Thank you for applying for the Manager, Research Operations position with Lakeshore Health Network. Your application has been received.

While we appreciate all applications, only those selected for an interview will be contacted. Lakeshore is committed to an inclusive, barrier-free recruitment process; accommodations are available on request.

Regards,
Talent Acquisition
Lakeshore Health Network
""")

add("application_received", "agency_registration", "en",
    frm="Olu Adeyemi <olu.adeyemi@kestrelclinical.example.co.uk>",
    subject="Thanks for registering - Kestrel Clinical",
    date="2026-05-18 09:31 +0100", company="Kestrel Clinical", contact="olu.adeyemi@kestrelclinical.example.co.uk",
    text="""Hi Priya,

Thanks for applying for the Research Operations Manager (locum, 6 months, Leeds) role with us. I've received your CV and I'm just going through the shortlist with the Trust this week.

In the meantime could you send over your right-to-work docs and two referees? We'll need them for compliance before any submission.

Best,
Olu

Olu Adeyemi
Recruitment Consultant - Locum & Interim
Kestrel Clinical
T: 0113 555 0142
""")

add("application_received", "acuse_recibo_ats", "es",
    frm="Empleo Sanitas Levante <no-reply@smartrecruiters.com>",
    subject="Hemos recibido tu candidatura",
    date="2026-01-19 12:00 +0100", company="Sanitas Levante", contact="",
    html=page("""Hola Priya:

¡Gracias por tu interés en Sanitas Levante! Hemos recibido correctamente tu candidatura para el puesto de Responsable de Operaciones Clínicas (Madrid).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al gran número de candidaturas que recibimos, no podemos responder a cada persona de forma individual.

Un saludo,
Equipo de Selección de Sanitas Levante""", brand="SmartRecruiters", colour="#00a0dc", logo="Sanitas Levante"))

add("application_received", "acuse_recibo_fundacion", "es",
    frm="Marta Iglesias <marta.iglesias@fundacionaurora.example.org>",
    subject="RE: Candidatura Responsable de Operaciones Sanitarias",
    date="2026-02-18 13:02 +0100", company="Fundación Aurora", contact="marta.iglesias@fundacionaurora.example.org",
    text="""Hola Priya,

Te confirmo que hemos recibido tu CV y la carta de motivación. El plazo de la convocatoria cierra el día 28 y a partir de ahí haremos la preselección.

Gracias por tu interés.

Marta Iglesias
Fundación Aurora
""")

add("application_received", "acuse_mexico_sin_feedback", "es",
    frm="Reclutamiento Laboratorios Altamira <reclutamiento@labaltamira.example.mx>",
    subject="Confirmación de postulación",
    date="2026-06-02 08:33 -0600", company="Laboratorios Altamira", contact="",
    text="""Estimada candidata:

Le confirmamos que su postulación a la vacante Gerente de Operaciones Clínicas ha sido registrada con éxito.

Desafortunadamente no nos es posible dar retroalimentación individual a cada postulante. En caso de que su perfil sea seleccionado, nuestro equipo se comunicará con usted en un plazo no mayor a 15 días hábiles.

Atentamente,
Recursos Humanos
Laboratorios Altamira
""")

add("application_received", "eingangsbestaetigung_formal", "de",
    frm="Karriere Klinikum Sankt Irmgard <bewerbung@klinikum-irmgard.example.de>",
    subject="Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-044",
    date="2026-03-19 11:20 +0100", company="Klinikum Sankt Irmgard", contact="",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihre Personalabteilung
Klinikum Sankt Irmgard
""")

add("application_received", "eingang_personio_du", "de",
    frm="Heilwerk <jobs@heilwerk.jobs.personio.de>",
    subject="Danke für Deine Bewerbung bei Heilwerk!",
    date="2026-05-04 21:47 +0200", company="Heilwerk", contact="",
    text="""Hi Priya,

danke für Deine Bewerbung als Operations Lead Clinical Services! 🙌 Wir haben alles gut erhalten.

Unser Team schaut sich Deine Unterlagen in Ruhe an und meldet sich innerhalb von zwei Wochen bei Dir. Leider schaffen wir es nicht, jeder Person individuelles Feedback zu geben – wir hoffen auf Dein Verständnis.

Bis bald!
Dein Heilwerk Team
""")

add("application_received", "eingang_stepstone_weitergeleitet", "de",
    frm="StepStone <noreply@stepstone.de>",
    subject="Ihre Bewerbung wurde erfolgreich versendet: Clinical Operations Manager (m/w/d) bei Charisma CRO GmbH",
    date="2026-03-05 20:15 +0100", company="Charisma CRO", contact="",
    html=page("""Hallo Priya Raman,

Ihre Bewerbung wurde erfolgreich an Charisma CRO GmbH übermittelt.

Stelle: Clinical Operations Manager (m/w/d)
Ort: Berlin
Beworben am: 05.03.2026

Das Unternehmen wird sich direkt bei Ihnen melden. Viel Erfolg!

Ihr StepStone Team""", brand="StepStone", colour="#0c2577", button=("Meine Bewerbungen", "https://www.stepstone.de/candidate/applications?utm_campaign=apply_confirm"),
        footer="StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf"))

add("application_received", "accuse_reception_cro", "fr",
    frm="Recrutement Clinova <recrutement@clinova.example.fr>",
    subject="Accusé de réception de votre candidature",
    date="2026-02-20 09:00 +0100", company="Clinova", contact="",
    text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable Opérations Cliniques et vous remercions de l'intérêt que vous portez à Clinova.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

L'équipe Recrutement
Clinova
""")

add("application_received", "accuse_wttj", "fr",
    frm="Kinetia via Welcome to the Jungle <no-reply@welcometothejungle.com>",
    subject="Ta candidature chez Kinetia a bien été envoyée",
    date="2026-06-24 12:31 +0200", company="Kinetia", contact="",
    html=page("""Hello Priya,

Ta candidature pour le poste Operations Manager chez Kinetia a bien été envoyée !

L'équipe de Kinetia va l'étudier et reviendra vers toi directement. Tu peux suivre l'avancement depuis ton espace candidat.

Bonne chance !
L'équipe Welcome to the Jungle""", brand="Welcome to the Jungle", colour="#ffcd00",
        button=("Suivre ma candidature", "https://www.welcometothejungle.com/fr/me/applications?utm_medium=email")))

add("application_received", "accuse_universite_personnel", "fr",
    frm="Nathalie Perrin <nathalie.perrin@univ-lacfleuri.example.fr>",
    subject="Re: Candidature - Responsable administrative plateforme de recherche clinique",
    date="2026-04-09 16:12 +0200", company="Université du Lac Fleuri", contact="nathalie.perrin@univ-lacfleuri.example.fr",
    text="""Bonjour Madame Raman,

Je vous confirme la bonne réception de votre dossier de candidature. La commission de recrutement se réunira fin avril ; vous serez informée de la suite par courriel.

Bien cordialement,

Nathalie Perrin
Gestionnaire RH – Pôle Recherche
Université du Lac Fleuri
""")

# ---------------------------------------------------------------- offers (10)

add("offer", "verbal_offer_followup", "en",
    frm="Ben Aldridge <ben@carewise.example.com>",
    subject="Following up on our call",
    date="2026-05-01 16:40 -0400", company="Carewise", contact="ben@carewise.example.com",
    text="""Hi Priya,

Great to speak earlier - as promised, here's the summary of what we discussed on the phone:

- Role: Clinic Operations Manager, reporting to Sam Porter (COO)
- Base: $118,000 + 10% annual bonus target
- Start date: flexible, ideally June 15
- Hybrid, 3 days in the Boston office

The formal offer letter will come through from our HR platform tomorrow. Really excited about this - the whole team loved you. Let me know if you have any questions in the meantime.

Ben
""")

add("offer", "offer_letter_attached_nhs", "en",
    frm="Karen Whitley <karen.whitley@calderbank.example.nhs.uk>",
    subject="Conditional offer of employment - Clinical Research Operations Lead",
    date="2026-04-02 12:18 +0100", company="Calderbank Teaching Hospitals NHS Trust", contact="karen.whitley@calderbank.example.nhs.uk",
    text="""Dear Priya,

Further to your recent interview, I am delighted to confirm that we would like to offer you the post of Clinical Research Operations Lead (Band 8a) on a permanent, full-time basis.

This offer is conditional upon satisfactory pre-employment checks, including two references, an enhanced DBS check, occupational health clearance and verification of your right to work. Our recruitment team will contact you through Trac to complete these.

Your conditional offer letter is attached. Please reply to confirm whether you wish to accept.

Congratulations, and I look forward to working with you.

Kind regards
Karen

Karen Whitley
R&D Manager
Calderbank Teaching Hospitals NHS Trust
""",
    pdf="Conditional_Offer_Letter_Raman.pdf")

add("offer", "pleased_to_offer_irish", "en",
    frm="Lisa O'Halloran <lisa.ohalloran@stbrendans.example.ie>",
    subject="Clinical Operations Manager - outcome",
    date="2026-04-24 15:05 +0100", company="St Brendan's University Hospital", contact="lisa.ohalloran@stbrendans.example.ie",
    text="""Dear Priya,

I am pleased to inform you that following your interview on 15 April you have been placed first on the panel for the post of Clinical Operations Manager, and we are pleased to offer you the position, subject to Garda vetting, references and a pre-employment health assessment.

The contract will issue once clearances are complete. Salary will be at point 3 of the Grade VIII scale.

Could you please confirm acceptance by return email by Friday 1 May.

Kind regards,
Lisa O'Halloran
HR Officer - Recruitment
St Brendan's University Hospital
""")

add("offer", "startup_offer_docusign", "en",
    frm="Maya Chen <maya@quillhealth.example.com>",
    subject="Offer!",
    date="2026-09-10 18:02 -0400", company="Quill Health", contact="maya@quillhealth.example.com",
    text="""Priya!!

I'm so happy to send this over - we'd love for you to join Quill Health as Senior Manager, Patient Operations. You'll receive the offer letter via DocuSign in the next few minutes (from docusign.net on our behalf).

Highlights: $132k base, 0.08% equity, remote with quarterly onsites in NYC, start date Oct 5.

The offer is valid for a week. Let's grab time tomorrow to talk through any questions?

Maya
""")

add("offer", "agency_offer_phone_confirm", "en",
    frm="Olu Adeyemi <olu.adeyemi@kestrelclinical.example.co.uk>",
    subject="CONGRATULATIONS!!",
    date="2026-06-05 17:22 +0100", company="Leeds Riverside NHS Trust", contact="olu.adeyemi@kestrelclinical.example.co.uk",
    text="""Priya!!

Just confirming in writing what I told you on the phone - Leeds Riverside NHS Trust would like to offer you the Research Operations Manager locum assignment!! £38/hr via umbrella, 6 months initially, start 22 June subject to compliance.

I'll send the assignment schedule over on Monday for you to sign. Well deserved!!!

Olu

Olu Adeyemi
Kestrel Clinical
""")

add("offer", "oferta_formal_madrid", "es",
    frm="Carmen Ruiz <carmen.ruiz@grupohospitalariolevante.example.es>",
    subject="Propuesta de incorporación",
    date="2026-03-06 13:25 +0100", company="Grupo Hospitalario Levante", contact="carmen.ruiz@grupohospitalariolevante.example.es",
    text="""Estimada Priya:

Tras finalizar el proceso de selección, nos complace comunicarle que ha sido seleccionada para el puesto de Responsable de Operaciones de Investigación.

Le adjuntamos la carta oferta con las condiciones (retribución bruta anual, jornada y fecha prevista de incorporación, 13 de abril). Le agradeceríamos que nos confirmase su aceptación antes del próximo miércoles.

Enhorabuena y bienvenida.

Carmen Ruiz
Grupo Hospitalario Levante
""",
    pdf="Carta_oferta_P_Raman.pdf")

add("offer", "oferta_contrato_firmar", "es",
    frm="Iñaki Etxeberria <inaki.etxeberria@biorhea.example.es>",
    subject="Tu contrato con Biorhea",
    date="2026-07-28 10:50 +0200", company="Biorhea", contact="inaki.etxeberria@biorhea.example.es",
    text="""¡Hola Priya!

Como te adelanté por teléfono, estamos encantados de ofrecerte el puesto de Clinical Operations Manager. Te adjunto el contrato para que lo revises y lo firmes; si tienes cualquier duda con las condiciones, lo hablamos.

¡Bienvenida al equipo!

Iñaki
""",
    pdf="Contrato_Biorhea_Raman.pdf")

add("offer", "vertragsangebot_formal", "de",
    frm="Julia Hartmann <julia.hartmann@charisma-cro.example.de>",
    subject="Ihr Vertragsangebot",
    date="2026-04-01 15:10 +0200", company="Charisma CRO", contact="julia.hartmann@charisma-cro.example.de",
    charset="utf-8", cte="base64",
    text="""Sehr geehrte Frau Raman,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Dr. Vogel die Position als Clinical Operations Manager (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. April zurück. Für Rückfragen zu Gehalt oder Startdatum stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Julia Hartmann
Charisma CRO GmbH
""",
    pdf="Arbeitsvertrag_Raman.pdf")

add("offer", "zusage_du_startup", "de",
    frm="Karin Lindqvist <karin.lindqvist@sorbyhealth.example.se>",
    subject="Gute Neuigkeiten!",
    date="2026-09-15 09:30 +0200", company="Sörby Health", contact="karin.lindqvist@sorbyhealth.example.se",
    text="""Liebe Priya,

ich habe gute Neuigkeiten: Nach dem Gespräch mit unserem CEO möchten wir Dir die Rolle als Operations Lead DACH anbieten! Ja, ganz andere Rolle als beim letzten Mal – aber wir haben Dich nicht vergessen.

Das schriftliche Angebot mit Gehalt und Startdatum schicke ich Dir morgen. Lass uns gern vorher kurz telefonieren.

Herzliche Grüße
Karin
""")

add("offer", "proposition_embauche", "fr",
    frm="Antoine Mercier <antoine.mercier@institut-helios.example.fr>",
    subject="Proposition d'embauche",
    date="2026-07-03 11:45 +0200", company="Institut Hélios", contact="antoine.mercier@institut-helios.example.fr",
    text="""Bonjour Priya,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Responsable des opérations de recherche clinique au sein de l'Institut Hélios, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération et les conditions. Nous vous remercions de nous faire part de votre décision avant le 10 juillet.

Au plaisir de vous compter parmi nous,

Antoine Mercier
Chargé de recrutement – Institut Hélios
""",
    pdf="Promesse_embauche_Raman.pdf")

# ---------------------------------------------------------------- other (50)

_BULK = {"Precedence": "bulk"}


def _list(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers as bulk senders set them."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **_BULK}


add("other", "linkedin_job_alert", "en",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="“healthcare operations manager”: 12 new jobs in Greater Manchester",
    date="2026-02-08 07:12 +0000",
    headers=_list("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=88"),
    html=page("""Your job alert for healthcare operations manager in Greater Manchester

Operations Manager - Outpatients
Ashcombe Clinics · Manchester (Hybrid)
Actively recruiting · 3 connections work here

Clinical Services Manager
Orrell Healthcare · Stockport
Be an early applicant

Research Operations Manager
Pennine Vale NHS Foundation Trust · Oldham
Promoted

Head of Operations - Digital Health
Lumora Health · Remote (UK)
Easy Apply

See all jobs""", brand="LinkedIn", colour="#0a66c2", button=("See all jobs", "https://www.linkedin.com/comm/jobs/search?alertAction=viewjobs&trk=eml-jobalert"),
        footer="You are receiving Job Alert emails. Unsubscribe · Help. © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."))

add("other", "indeed_digest", "en",
    frm="Indeed <alert@indeed.com>",
    subject="Clinical Operations Manager jobs in Leeds - 8 new",
    date="2026-03-15 06:40 +0000",
    headers=_list("<jobalert.indeed.com>", "https://uk.indeed.com/alert/unsubscribe?id=c71"),
    text="""8 new jobs match your search: Clinical Operations Manager in Leeds

Clinical Operations Manager
Kestrel Clinical - Leeds
£55,000 - £62,000 a year
Easily apply - Responsive employer

Operations Manager - Research & Innovation
Leeds Riverside NHS Trust - Leeds LS9
£53,755 - £60,504 a year (Band 8a)

Trial Delivery Manager
Meridian Clinical - Remote
Urgently hiring

Unfortunately this job is no longer available: Clinical Lead - Harrogate

See all jobs: https://uk.indeed.com/jobs?q=clinical+operations+manager&l=Leeds&from=ja

You're receiving this because you created a job alert. Unsubscribe: https://uk.indeed.com/alert/unsubscribe?id=c71
""")

add("other", "totaljobs_recommended", "en",
    frm="Totaljobs <noreply@e.totaljobs.com>",
    subject="Priya, these jobs were picked for you",
    date="2026-05-23 08:05 +0100",
    headers=_list("<recommendations.totaljobs.com>", "https://www.totaljobs.com/unsubscribe?t=5x"),
    html=page("""Hi Priya,

Based on your recent searches, we think you'll like these:

Service Manager - Community Health (Brightwell Foundation, Edinburgh)
Operations Manager (Corvane Healthcare, Birmingham) - Interview within 7 days!
Research Facility Manager (University of Northgate, Edinburgh)

Update your preferences to get better matches.""", brand="Totaljobs", colour="#7a2ab0",
        button=("View jobs", "https://www.totaljobs.com/recommended?utm_source=email&utm_campaign=reco")))

add("other", "career_newsletter_rejection", "en",
    frm="The Career Clinic <hello@careerclinic.example.com>",
    subject="Rejected after the final round? Read this before you reply",
    date="2026-04-05 10:00 +0100",
    headers=_list("The Career Clinic weekly <weekly.careerclinic.example.com>", "https://careerclinic.example.com/u/a81f"),
    text="""THE CAREER CLINIC - Issue 112

This week: rejection, missed interviews and how to come back from both.

1. "Unfortunately we have decided not to move forward." Sound familiar? Here's the three-line reply that keeps the door open - and why you should always ask for feedback.

2. Missed an interview? It happens more than you think. Apologise quickly, take responsibility and offer two new times. Our template inside.

3. Reader question: "I got an offer but I'm still interviewing elsewhere. What now?"

Read the full issue: https://careerclinic.example.com/issues/112?utm_source=newsletter

You're receiving this because you subscribed at careerclinic.example.com. Unsubscribe: https://careerclinic.example.com/u/a81f
""")

add("other", "recruiter_cold_outreach", "en",
    frm="Sean Gallagher <sean.gallagher@vantagesearch.example.com>",
    subject="Opportunity - healthcare ops leadership",
    date="2026-02-25 12:44 +0000", contact="sean.gallagher@vantagesearch.example.com",
    text="""Hi Priya,

I hope this message finds you well! I came across your profile and was really impressed by your background in clinical research coordination.

At Vantage Search we partner with some of the most exciting hospital groups and digital-health businesses across the UK & Ireland, and we're seeing huge demand for operations leaders with a research background.

I've attached our latest Healthcare Leadership Salary Guide 2026, which you may find useful. If you're ever considering a move, I'd be glad to be a sounding board.

Best regards,
Sean

Sean Gallagher | Director, Healthcare Leadership
Vantage Search
To stop receiving these emails, reply STOP.
""")

add("other", "podcast_interview_request", "en",
    frm="Marcus Bell <marcus@trialandimpact.example.com>",
    subject="Interview for Trial & Impact podcast?",
    date="2026-03-20 15:15 +0000", contact="marcus@trialandimpact.example.com",
    text="""Hi Priya,

I host Trial & Impact, a podcast about the people behind clinical research. A mutual connection (Dr Lakshmi Rao) mentioned your work on improving patient retention in the diabetes trials at your site, and I'd love to interview you for an episode.

Recording is remote, about 40 minutes, and we'd send questions in advance. Would any afternoon in the week of 6 April suit?

Thanks so much,
Marcus Bell
Host & Producer, Trial & Impact
""")

add("other", "user_research_interview", "en",
    frm="Hana Yusuf <hana.yusuf@careloopapp.example.com>",
    subject="Invitation: 45-min research interview (£40 voucher)",
    date="2026-06-19 11:00 +0100", contact="hana.yusuf@careloopapp.example.com",
    text="""Hi Priya,

You signed up to our research panel a while ago - thank you! We're talking to clinical research coordinators about how they manage patient visit schedules, and we'd love to interview you.

It's a 45-minute video call with me and one of our designers. There are no right or wrong answers - we just want to learn about your day-to-day. As a thank you, you'll receive a £40 Amazon voucher.

Book a slot here: https://calendly.com/careloop-research/45min

Hana Yusuf
User Researcher, Careloop
""")

add("other", "friend_own_rejection", "en",
    frm="Anjali Desai <anjali.desai88@example.net>",
    subject="ugh",
    date="2026-04-17 22:33 +0100", contact="anjali.desai88@example.net",
    text="""Pri, remember the Band 7 role at St Thomas' I told you about? Just got the email - "we regret to inform you that you have not been shortlisted for interview". After 4 hours on that supporting statement!!!

Anyway. Wine on Saturday? Also how did your interview with the Manchester lot go? You've got to tell me everything

A xx

Sent from my iPhone""")

add("other", "evri_parcel_delayed", "en",
    frm="Evri <noreply@notifications.evri.example.com>",
    subject="Unfortunately your parcel is delayed",
    date="2026-02-27 18:22 +0000", headers=_BULK,
    html=page("""Hi Priya,

Unfortunately your parcel from Boots is running late and won't arrive today. We're sorry about that.

Your new estimated delivery date is Monday 2 March.

Tracking number: H01HYA0012345678""", brand="Evri", colour="#007bc4", button=("Track my parcel", "https://www.evri.example.com/track/H01HYA0012345678?utm_source=email"),
        footer="Please do not reply to this email."))

add("other", "royal_mail_missed_delivery", "en",
    frm="Royal Mail <no-reply@royalmail.example.com>",
    subject="Sorry we missed you",
    date="2026-07-06 13:02 +0100", headers=_BULK,
    text="""Hello,

Sorry we missed you today. We tried to deliver your item (ref KM 1234 5678 9GB) at 12:47 but nobody was in.

You can rearrange delivery or collect from your local Customer Service Point after 2pm tomorrow.

Royal Mail
""")

add("other", "live_position_shared", "en",
    frm="Strava <no-reply@strava.example.com>",
    subject="Arjun is sharing his live position with you",
    date="2026-05-10 08:02 +0100", headers=_BULK,
    text="""Arjun Raman started a run and is sharing his live position with you using Beacon.

Track his position in real time: https://strava.example.com/beacon/7f8a9b

You're receiving this because Arjun added you as a safety contact.
""")

add("other", "credit_card_application_received", "en",
    frm="Halden Bank <no-reply@haldenbank.example.co.uk>",
    subject="We've received your credit card application",
    date="2026-01-09 19:47 +0000", headers=_BULK,
    text="""Dear Ms Raman,

Thank you for applying for a Halden Rewards Credit Card. We've received your application and we're reviewing it now.

We'll let you know our decision within 2 working days. Unfortunately we can't give updates by phone while your application is being assessed.

Application reference: HB-CC-99182201

Halden Bank plc. Authorised by the Prudential Regulation Authority.
""")

add("other", "insurance_application", "en",
    frm="Thistle Life & Health <customerservice@thistlelife.example.com>",
    subject="Application received: income protection",
    date="2026-08-20 10:11 +0100", headers=_BULK,
    text="""Dear Priya,

Thank you for your application for income protection cover. Your application reference is TLH-552190.

Our underwriters may need more information from your GP; if so, we'll write to you within 10 working days. We're unable to provide individual updates until underwriting is complete.

Thistle Life & Health
""")

add("other", "apartment_application_declined", "en",
    frm="Naomi Clarke <naomi@northernquarterlettings.example.co.uk>",
    subject="Flat 4, 22 Tib Street - your application",
    date="2026-03-24 16:55 +0000", contact="naomi@northernquarterlettings.example.co.uk",
    text="""Hi Priya,

Thanks for your application for Flat 4, 22 Tib Street. Unfortunately the landlord has decided to proceed with another applicant on this occasion.

We've got a couple of similar 1-beds coming up in Ancoats next month - let me know if you'd like me to book you in for viewings.

Kind regards,
Naomi Clarke
Lettings Negotiator
Northern Quarter Lettings
0161 555 0148
""")

add("other", "university_admission_decision", "en",
    frm="Postgraduate Admissions <pgadmissions@lowmoor.example.ac.uk>",
    subject="Decision on your application - MSc Healthcare Leadership (part-time)",
    date="2026-06-26 09:00 +0100", headers=_BULK,
    text="""Dear Priya Raman,

Application ID: 2610448

Thank you for your application to study MSc Healthcare Leadership (part-time) at the University of Lowmoor for entry in September 2026.

We are pleased to make you an unconditional offer of a place on this programme. Please log in to the applicant portal to accept or decline your offer by 24 July 2026.

Postgraduate Admissions Office
University of Lowmoor
""")

add("other", "own_sent_thank_you", "en",
    frm=PRIYA, to="Lisa O'Halloran <lisa.ohalloran@stbrendans.example.ie>",
    subject="Thank you - Clinical Operations Manager interview",
    date="2026-04-15 15:10 +0100",
    text="""Dear Lisa,

Thank you for arranging today's interview for the Clinical Operations Manager post. I very much enjoyed meeting the panel and learning more about the plans for the new Clinical Research Facility.

Please pass on my thanks to the panel. I look forward to hearing from you.

Kind regards,
Priya Raman
07700 900 512
""")

add("other", "own_sent_follow_up_chain", "en",
    frm=PRIYA, to="Gareth Boyce <gareth.boyce@tealbay.example.com>",
    subject="Re: Operations Manager - Cardiff",
    date="2026-05-27 09:20 +0100",
    text="""Hi Gareth,

I hope you're well. I wanted to follow up on the Operations Manager role, as it's been a couple of weeks since we spoke. I'm still very interested and happy to provide anything else you need.

Best wishes,
Priya""",
    quote=("gmail", "Gareth Boyce <gareth.boyce@tealbay.example.com>", "Wed, 13 May 2026 at 16:02",
           """Thanks Priya, great to chat today. We're interviewing a few more people and will be in touch with next steps by end of next week.

Gareth"""))

add("other", "recruiter_out_of_office", "en",
    frm="Alicia Fernandes <alicia.fernandes@northwindgenomics.example.com>",
    subject="Automatic reply: Re: Next steps: Panel interview for Clinical Operations Manager",
    date="2026-02-06 09:01 +0000", contact="alicia.fernandes@northwindgenomics.example.com",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I am out of the office until Monday 9 February with limited access to email. For urgent recruitment queries please contact talent@northwindgenomics.example.com.

Alicia
""")

add("other", "standup_calendar_notification", "en",
    frm="Google Calendar <calendar-notification@google.com>",
    subject="Notification: Daily study team stand-up @ Mon 12 Jan 2026 09:15 - 09:30 (GMT) (priya.raman@example.com)",
    date="2026-01-12 09:05 +0000",
    text="""Daily study team stand-up
Monday 12 Jan 2026 09:15 - 09:30 (Greenwich Mean Time)
Joining info: meet.google.com/xyz-abcd-efg

Organiser: Dr Lakshmi Rao
Guests: study-team@example.com

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for the calendar priya.raman@example.com.
""")

add("other", "hmrc_tax_code", "en",
    frm="HMRC <noreply@tax.service.example.gov.uk>",
    subject="Your tax code has changed",
    date="2026-04-11 06:00 +0100", headers=_BULK,
    text="""Dear Priya Raman

Your tax code has changed. This may be because your employment or income has changed.

Sign in to your personal tax account to see your new tax code and how it was worked out.

HM Revenue and Customs
Do not reply to this email.
""")

add("other", "gp_appointment_reminder", "en",
    frm="Ancoats Medical Practice <noreply@accurx.example.com>",
    subject="Appointment reminder",
    date="2026-03-08 17:30 +0000",
    text="""Ancoats Medical Practice: Reminder of your appointment with Practice Nurse on Tue 10 Mar 2026 at 08:40. If you can no longer attend please reply CANCEL or call 0161 555 0100 so we can offer the slot to another patient. Missed appointments cost the NHS money.
""")

add("other", "nhs_outpatient_letter", "en",
    frm="Manchester Central Outpatients <outpatients@mcft.example.nhs.uk>",
    subject="Your outpatient appointment has been rescheduled",
    date="2026-07-17 11:26 +0100",
    text="""Dear Ms Raman,

We are writing to let you know that your Dermatology outpatient appointment on 23 July 2026 has been rescheduled due to clinician unavailability.

New appointment: Thursday 6 August 2026, 14:20, Clinic 3, Ground Floor.

If you are unable to attend, please contact the Booking Centre on 0161 555 0333. Please do not reply to this email.

Patient Access Team
""")

add("other", "council_tax_bill", "en",
    frm="Manchester City Council <counciltax@manchester.example.gov.uk>",
    subject="Your Council Tax bill for 2026/27 is ready",
    date="2026-03-12 07:30 +0000", headers=_BULK,
    text="""Dear Resident,

Your Council Tax bill for 2026/27 is now available to view online. Your first instalment of £154.00 will be collected on 1 April.

Account reference: 6120045718
""")

add("other", "trainline_delay_repay", "en",
    frm="Trainline <auto-confirm@info.trainline.example.com>",
    subject="Your train was delayed - you may be able to claim",
    date="2026-06-04 20:45 +0100", headers=_BULK,
    text="""Hi Priya,

Your 07:42 Manchester Piccadilly to Leeds on 4 June arrived 34 minutes late. You may be entitled to Delay Repay compensation.

Claim now: https://www.trainline.example.com/delay-repay?ref=TL88120

Trainline
""")

add("other", "gym_membership_freeze", "en",
    frm="PureMotion Gyms <members@puremotion.example.co.uk>",
    subject="Your membership freeze has been confirmed",
    date="2026-08-01 12:00 +0100", headers=_BULK,
    text="""Hi Priya,

Your membership freeze has been confirmed from 1 August to 31 August 2026. Your next payment of £29.99 will be taken on 1 September.

See you soon!
The PureMotion Team
""")

add("other", "streaming_payment_failed", "en",
    frm="Streamly <info@account.streamly.example.com>",
    subject="Update your payment details",
    date="2026-09-03 03:12 +0100", headers=_BULK,
    html=page("""Hi Priya,

Unfortunately we couldn't process your payment for your Standard plan. Please update your payment details to keep watching.""",
        brand="Streamly", colour="#e50914", button=("Update payment", "https://streamly.example.com/account/payment?src=email")))

add("other", "press_interview_request", "en",
    frm="Rosie Hammond <rosie.hammond@healthcarejournal.example.co.uk>",
    subject="Quick question - interview for a piece on trial diversity",
    date="2026-07-24 13:30 +0100", contact="rosie.hammond@healthcarejournal.example.co.uk",
    text="""Hi Priya,

I'm a reporter at Healthcare Operations Journal, writing a feature on how research sites are improving diversity in clinical trial recruitment. Your poster at the NIHR conference came up in my research.

Would you be open to a 20-minute phone interview this week? Happy to share quotes before publication.

Best,
Rosie Hammond
Senior Reporter, Healthcare Operations Journal
07700 900 623
""")

add("other", "landlord_inspection", "en",
    frm="David Pemberton <d.pemberton1962@example.net>",
    subject="Property inspection",
    date="2026-05-15 19:02 +0100", contact="d.pemberton1962@example.net",
    text="""Hello Priya,

Just a heads up that I'd like to do the annual inspection of the flat, would Thursday 21st around 6pm be ok? Also the boiler service is booked for the following week, the engineer will text you.

Thanks
David
""")

add("other", "webinar_interview_skills", "en",
    frm="Institute of Clinical Research Managers <events@icrm.example.org>",
    subject="Webinar: Acing competency-based interviews for NHS leadership roles",
    date="2026-02-19 12:00 +0000",
    headers=_list("ICRM members <members.icrm.example.org>", "https://icrm.example.org/prefs/unsub?m=4412"),
    html=page("""Dear Member,

Join us on Wednesday 4 March at 12:30 for our lunchtime webinar: Acing competency-based interviews for NHS leadership roles.

Our panel of NHS R&D managers will share what they look for at interview, how to structure STAR answers, and how to handle a rejection gracefully.

Free for members.""", brand="ICRM", colour="#2e5e4e", button=("Register now", "https://icrm.example.org/events/cbi-webinar?utm_source=members")))

add("other", "colleague_forwards_vacancy", "en",
    frm="Lakshmi Rao <lakshmi.rao@example.org>",
    subject="Fwd: Vacancy bulletin - Research & Innovation, week 31",
    date="2026-07-31 18:20 +0100", contact="lakshmi.rao@example.org",
    text="""Pri - saw this and thought of you straight away, the ops manager one halfway down. Closes next Friday! Happy to be a referee as always.

L""",
    quote=("fwd", "R&I Vacancies <ri-vacancies@leedsriverside.example.nhs.uk>", "Fri, 31 Jul 2026 at 12:01",
           """Subject: Vacancy bulletin - Research & Innovation, week 31
To: R&I All Staff

Dear colleagues,

Please find below this week's internal and external vacancies:

- Research Nurse (Band 6), Cardiology - closes 7 Aug
- Research Operations Manager (Band 8a), R&I Directorate - closes 7 Aug
- Clinical Trials Assistant (Band 4), Oncology - closes 14 Aug

Apply via NHS Jobs. Please share with anyone who may be interested.

R&I Workforce Team"""))

add("other", "infojobs_alerta", "es",
    frm="InfoJobs <alertas@infojobs.example.net>",
    subject="5 nuevas ofertas de Responsable de operaciones en Madrid",
    date="2026-02-22 08:00 +0100",
    headers=_list("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/alertas/baja?id=41"),
    html=page("""Hola Priya,

Tenemos nuevas ofertas que encajan con tu alerta "Responsable de operaciones sanitarias":

Responsable de Operaciones Clínicas – Sanitas Levante – Madrid
Coordinador/a de Ensayos Clínicos – Hospital San Telmo – Madrid
Operations Manager – Clinicalia – Remoto

Inscríbete cuanto antes: las primeras candidaturas tienen más posibilidades de pasar a entrevista.""", brand="InfoJobs", colour="#167db7",
        button=("Ver todas las ofertas", "https://www.infojobs.example.net/ofertas?utm_source=alerta"),
        footer="Recibes este correo porque tienes una alerta activa. Darte de baja."))

add("other", "newsletter_carrera_es", "es",
    frm="Talento & Carrera <boletin@talentoycarrera.example.es>",
    subject="¿Te han rechazado tras la entrevista? 5 claves para responder",
    date="2026-05-03 09:30 +0200",
    headers=_list("Boletín Talento & Carrera <boletin.talentoycarrera.example.es>", "https://talentoycarrera.example.es/baja/u77"),
    text="""BOLETÍN SEMANAL · nº 58

En este número:

· "Lamentamos comunicarte que no has sido seleccionado": cómo contestar con elegancia y pedir feedback.
· Cómo preparar una entrevista por competencias (método STAR).
· Si no te presentaste a una entrevista: qué escribir para recuperar la oportunidad.

Leer el boletín completo: https://talentoycarrera.example.es/boletin/58

Para darte de baja, pulsa aquí: https://talentoycarrera.example.es/baja/u77
""")

add("other", "amiga_rechazo_propio", "es",
    frm="Laura Gómez <laura.gomez.m@example.org>",
    subject="Noticias (malas jaja)",
    date="2026-06-14 21:05 +0200", contact="laura.gomez.m@example.org",
    text="""Hola guapa!

Te cuento, al final no me han cogido en el hospital de Valencia :( Me llegó el correo esta mañana: "tras valorar su candidatura, lamentamos comunicarle que no ha sido seleccionada". Después de tres entrevistas!! En fin, a seguir.

Y tú qué tal con lo de Madrid? Cuéntame!!

Besos,
Laura
""")

add("other", "pedido_retrasado", "es",
    frm="Tienda Farmavida <pedidos@farmavida.example.es>",
    subject="Tu pedido #FV-20931 se ha retrasado",
    date="2026-03-30 12:14 +0200", headers=_BULK,
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Priya:

Lamentablemente, tu pedido #FV-20931 sufrirá un retraso en la entrega debido a una incidencia con la empresa de transporte. La nueva fecha estimada es el jueves 2 de abril.

Sentimos las molestias.

Atención al cliente Farmavida
""")

add("other", "banco_solicitud_tarjeta", "es",
    frm="Banco Meridional <notificaciones@bancomeridional.example.es>",
    subject="Hemos recibido tu solicitud",
    date="2026-07-01 10:40 +0200", headers=_BULK,
    text="""Hola Priya,

Hemos recibido tu solicitud de tarjeta de crédito Meridional Oro. Nuestro equipo la está estudiando y te comunicaremos la decisión en un plazo máximo de 48 horas.

Referencia de la solicitud: BM-7781220

Este es un correo automático, por favor no respondas.
""")

add("other", "entrevista_radio", "es",
    frm="Andrea Molina <andrea.molina@radiosaludonline.example.es>",
    subject="Entrevista en el programa «Salud al día»",
    date="2026-05-27 11:18 +0200", contact="andrea.molina@radiosaludonline.example.es",
    text="""Hola Priya,

Soy Andrea Molina, productora del programa «Salud al día». Estamos preparando un especial sobre los ensayos clínicos en pacientes mayores y nos encantaría entrevistarte en directo unos 10 minutos el martes 9 de junio a las 12:30.

La entrevista sería por teléfono o por videollamada, como prefieras. ¿Te interesa?

Un saludo,
Andrea Molina
Producción · Radio Salud Online
""")

add("other", "piso_solicitud_rechazada", "es",
    frm="Inmobiliaria Castellana <alquileres@inmocastellana.example.es>",
    subject="Solicitud de alquiler – C/ Embajadores 51, 3ºB",
    date="2026-08-27 17:20 +0200",
    text="""Estimada Priya:

Le informamos de que el propietario ha seleccionado a otro solicitante para la vivienda de la calle Embajadores 51, 3ºB. Lamentamos no poder darle una respuesta favorable en esta ocasión.

Le mantendremos informada de nuevas viviendas que se ajusten a su búsqueda.

Departamento de Alquileres
Inmobiliaria Castellana
""")

add("other", "stepstone_jobagent", "de",
    frm="StepStone Jobagent <jobagent@stepstone.de>",
    subject="Neue Jobs für Sie: Clinical Operations Manager, Berlin",
    date="2026-03-22 07:10 +0100",
    headers=_list("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=99a"),
    html=page("""Guten Morgen Priya Raman,

Ihr Jobagent hat 6 neue Stellenangebote gefunden:

Clinical Operations Manager (m/w/d) – Charisma CRO GmbH – Berlin
Leitung Studienzentrale (m/w/d) – Klinikum Sankt Irmgard – München
Operations Lead Clinical Services (m/w/d) – Heilwerk – Berlin

Jetzt bewerben und schneller zum Vorstellungsgespräch!""", brand="StepStone", colour="#0c2577",
        button=("Alle Jobs ansehen", "https://www.stepstone.de/jobagent/ergebnisse?utm_campaign=ja"),
        footer="Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden"))

add("other", "newsletter_absage_karriere", "de",
    frm="Karriere-Kompass <newsletter@karriere-kompass.example.de>",
    subject="Absage nach dem Vorstellungsgespräch – was jetzt?",
    date="2026-06-07 08:30 +0200",
    headers=_list("Karriere-Kompass Newsletter <news.karriere-kompass.example.de>", "https://karriere-kompass.example.de/abmelden/k3"),
    text="""KARRIERE-KOMPASS · Ausgabe 24/2026

Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen ...“ – eine Absage tut weh, gerade nach einem guten Gespräch. In dieser Ausgabe:

- Wie Sie auf eine Absage antworten und um Feedback bitten
- Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig
- Gehaltsverhandlung beim Vertragsangebot

Zum Artikel: https://karriere-kompass.example.de/a/absage-was-jetzt

Newsletter abbestellen: https://karriere-kompass.example.de/abmelden/k3
""")

add("other", "dhl_paket_verspaetet", "de",
    frm="DHL Paket <noreply@dhl.example.de>",
    subject="Ihre Sendung verspätet sich",
    date="2026-08-05 14:40 +0200", headers=_BULK,
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung.

Voraussichtliche Zustellung: Freitag, 07.08.2026

Ihr DHL Team
""")

add("other", "versicherung_antrag_eingegangen", "de",
    frm="Rheinland Krankenversicherung <service@rheinland-kv.example.de>",
    subject="Eingangsbestätigung Ihres Antrags",
    date="2026-09-02 10:00 +0200", headers=_BULK,
    text="""Sehr geehrte Frau Raman,

vielen Dank für Ihren Antrag auf eine private Zusatzversicherung. Wir haben Ihre Unterlagen erhalten und prüfen diese. Leider können wir Ihnen vorab keine individuelle Auskunft zum Stand geben.

Mit freundlichen Grüßen
Ihre Rheinland Krankenversicherung
""")

add("other", "wohnung_absage", "de",
    frm="Verena Koch <v.koch@hausverwaltung-koch.example.de>",
    subject="Ihre Anfrage zur Wohnung Weserstraße 12",
    date="2026-07-20 16:30 +0200", contact="v.koch@hausverwaltung-koch.example.de",
    text="""Sehr geehrte Frau Raman,

vielen Dank für Ihr Interesse und die Besichtigung am Samstag. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Verena Koch
Hausverwaltung Koch
""")

add("other", "standup_einladung_kalender", "de",
    frm="Tobias Lang <tobias.lang@example.net>",
    subject="Einladung: Weekly Sync Lauf-Gruppe – Mo. 18:30",
    date="2026-04-19 20:12 +0200", contact="tobias.lang@example.net",
    text="""Hi zusammen,

anbei die Serie für unseren wöchentlichen Sync der Laufgruppe (Trainingsplan Halbmarathon). Montags 18:30, 15 Minuten per Jitsi.

Tobias
""",
    ics=ics("laufgruppe-sync@example.net", "20260420T163000Z", "20260420T164500Z",
            "Weekly Sync Lauf-Gruppe", "tobias.lang@example.net", location="Jitsi"))

add("other", "wttj_digest", "fr",
    frm="Welcome to the Jungle <hello@welcometothejungle.com>",
    subject="Ces entreprises recrutent dans la santé 🚀",
    date="2026-04-12 09:00 +0200",
    headers=_list("<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe?u=d0"),
    html=page("""Hello Priya,

Cette semaine, 18 nouvelles offres dans la santé et les biotechs :

Operations Manager – Kinetia – Paris
Responsable Opérations Cliniques – Clinova – Lyon
Chef·fe de projet recherche – Institut Hélios – Bordeaux

Et notre article de la semaine : « Refus après un entretien : comment rebondir ? »""", brand="Welcome to the Jungle", colour="#ffcd00",
        button=("Voir les offres", "https://www.welcometothejungle.com/fr/jobs?utm_campaign=digest")))

add("other", "newsletter_apec", "fr",
    frm="Cadres & Carrières <newsletter@cadres-carrieres.example.fr>",
    subject="Entretien d'embauche : les 7 questions pièges",
    date="2026-05-18 07:30 +0200",
    headers=_list("La lettre Cadres & Carrières <lettre.cadres-carrieres.example.fr>", "https://cadres-carrieres.example.fr/desinscription/p9"),
    text="""LA LETTRE CADRES & CARRIÈRES

Au sommaire :
- Entretien d'embauche : les 7 questions pièges et comment y répondre
- « Nous sommes au regret de vous informer... » : que faire après un refus ?
- Offre d'emploi acceptée : comment négocier sa date d'arrivée

Lire la lettre : https://cadres-carrieres.example.fr/lettre/2026-20

Se désinscrire : https://cadres-carrieres.example.fr/desinscription/p9
""")

add("other", "colissimo_retard", "fr",
    frm="Colissimo <noreply@colissimo.example.fr>",
    subject="Votre colis est retardé",
    date="2026-02-13 15:22 +0100", headers=_BULK,
    text="""Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard. Il vous sera livré au plus tard le mardi 17 février.

Nous vous prions de nous excuser pour ce désagrément.

Colissimo
""")

add("other", "banque_demande_pret", "fr",
    frm="Banque Rivages <conseiller@banque-rivages.example.fr>",
    subject="Votre demande de prêt a bien été reçue",
    date="2026-06-30 11:05 +0200", headers=_BULK,
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame Raman,

Nous accusons réception de votre demande de prêt personnel n° PR-2026-44812. Votre dossier est en cours d'étude par nos services.

Vous recevrez une réponse sous 5 jours ouvrés.

Banque Rivages - Service Crédit
""")

add("other", "interview_presse_fr", "fr",
    frm="Mathilde Girard <m.girard@lejournaldelasante.example.fr>",
    subject="Demande d'interview",
    date="2026-03-04 12:40 +0100", contact="m.girard@lejournaldelasante.example.fr",
    text="""Bonjour Madame Raman,

Je suis journaliste au Journal de la Santé et je prépare un article sur les métiers de la recherche clinique en Europe. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique d'une vingtaine de minutes la semaine prochaine ?

Bien cordialement,
Mathilde Girard
""")

add("other", "auto_reponse_recruteuse", "fr",
    frm="Élodie Garnier <elodie.garnier@clinova.example.fr>",
    subject="Réponse automatique : Re: Proposition d'entretien – Responsable Opérations Cliniques",
    date="2026-02-27 08:02 +0100", contact="elodie.garnier@clinova.example.fr",
    headers={"Auto-Submitted": "auto-replied"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus. Pour toute demande urgente, merci de contacter recrutement@clinova.example.fr.

Cordialement,
Élodie Garnier
""")

add("other", "admission_master", "fr",
    frm="Scolarité – Master Management de la Santé <scolarite-msante@univ-lacfleuri.example.fr>",
    subject="Décision d'admission – Master 2 Management des établissements de santé",
    date="2026-06-15 14:00 +0200",
    text="""Madame,

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature au Master 2 Management des établissements de santé n'a pas été retenue pour l'année universitaire 2026-2027.

Le service de la scolarité
""")

add("other", "doctolib_rdv", "fr",
    frm="Doctolib <no-reply@doctolib.example.fr>",
    subject="Votre rendez-vous est confirmé",
    date="2026-09-11 18:30 +0200", headers=_BULK,
    text="""Bonjour Priya,

Votre rendez-vous avec Dr Marie Lefebvre (dentiste) est confirmé pour le mercredi 16 septembre à 9h15.

En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance.

L'équipe Doctolib
""")


if __name__ == "__main__":
    main()
