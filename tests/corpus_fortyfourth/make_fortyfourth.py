#!/usr/bin/env python3
"""Writes the fortyfourth labelled corpus: one job seeker's inbox, Jan-Oct 2026.

Run `python tests/corpus_fortyfourth/make_fortyfourth.py` to rewrite every .eml and labels.csv
from the hand-written messages below. It imports only the standard library (no classifier code),
so the corpus cannot be shaped by what the classifier happens to detect. Each message is written
out by hand; the builder only varies the wire format (charset, transfer encoding, HTML skin,
calendar parts, attachments, quoted reply chains) so structure varies independently of wording.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
from datetime import datetime
from email import charset as charsets
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
ME = "Jordan Whitfield-Osei <jordan.whitfield@example.com>"
ME_ADDR = "jordan.whitfield@example.com"
MESSAGES: list[dict[str, Any]] = []
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ENCODINGS = {"qp": charsets.QP, "b64": charsets.BASE64, "8bit": None}


def add(kind: str, scenario: str, lang: str, sender: str, subject: str, body: str, *,
        date: str, company: str = "", contact: str | None = None, reply_to: str = "",
        system: bool = False, fmt: str = "plain", charset: str = "utf-8", cte: str = "qp",
        html_body: str = "", skin: int = 0, logo: str = "", quote: str = "",
        ics: dict[str, str] | None = None, attach: str = "", headers: dict[str, str] | None = None,
        to: str = ME, cc: str = "", reply: bool = False) -> None:
    """Queue one message. `system` marks a sender no human reads (no contact from it)."""
    MESSAGES.append(dict(locals()))


def q(style: str, when: str, who: str, text: str) -> str:
    """A quoted earlier message in the voice of one mail program."""
    lines = "\n".join("> " + line if line else ">" for line in text.strip().splitlines())
    if style == "gmail":
        return f"On {when}, {who} wrote:\n{lines}"
    if style == "de":
        return f"Am {when} schrieb {who}:\n{lines}"
    if style == "fr":
        return f"Le {when}, {who} a écrit :\n{lines}"
    if style == "es":
        return f"El {when}, {who} escribió:\n{lines}"
    # "outlook:<subject>": Outlook's header block, unindented, under a rule.
    return (f"________________________________\nFrom: {who}\nSent: {when}\nTo: {ME}\n"
            f"Subject: {style.partition(':')[2]}\n\n{text.strip()}")


def _part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = charsets.Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    return MIMEText(text, subtype, cs)  # type: ignore[arg-type]


def _linkify(text: str, n: int) -> str:
    def repl(match: re.Match[str]) -> str:
        url = match.group(0)
        token = hashlib.sha1(f"{n}{url}".encode()).hexdigest()[:24]
        return (f'<a href="https://click.mailer.example.net/ls/click?upn={token}" '
                f'style="color:#1a5fb4">{html.escape(url)}</a>')
    return re.sub(r"https?://\S+", repl, html.escape(text, quote=False))


def _html(m: dict[str, Any], n: int) -> str:
    if m["html_body"]:
        return str(m["html_body"])
    paras = [p for p in m["body"].split("\n\n") if p.strip()]
    inner = "".join(
        f'<p style="margin:0 0 14px 0;font-size:15px;line-height:1.5">'
        f'{_linkify(p, n).replace(chr(10), "<br>")}</p>' for p in paras)
    if m["quote"]:
        quoted = html.escape(m["quote"]).replace("\n", "<br>")
        inner += (f'<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;'
                  f'border-left:1px solid #ccc;padding-left:1ex">{quoted}</blockquote></div>')
    logo = (f'<img src="https://cdn.example.net/l/{n}.png" alt="{html.escape(m["logo"])}" '
            f'width="140">' if m["logo"] else "")
    pixel = f'<img src="https://t.example.net/o/{n:04d}.gif" width="1" height="1" alt="">'
    if m["skin"] == 1:
        return (f'<html><body style="background:#f4f4f4"><table width="600" align="center" '
                f'cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial">'
                f'<tr><td style="padding:20px;border-bottom:3px solid #0b6">{logo}</td></tr>'
                f'<tr><td style="padding:24px">{inner}</td></tr>'
                f'<tr><td style="font-size:11px;color:#888;padding:12px">{pixel}</td></tr>'
                f'</table></body></html>')
    if m["skin"] == 2:
        return (f'<!DOCTYPE html><html><head><meta charset="{m["charset"]}"></head><body>'
                f'<div style="font-family:Segoe UI,sans-serif;font-size:11pt">{logo}{inner}</div>'
                f'{pixel}</body></html>')
    return f'<div dir="ltr">{inner}</div>'


def _ics(spec: dict[str, str]) -> str:
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Scheduling//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{spec['uid']}", f"DTSTAMP:{spec['start']}",
        f"DTSTART:{spec['start']}", f"DTEND:{spec['end']}", f"SUMMARY:{spec['summary']}",
        f"ORGANIZER;CN={spec.get('cn', 'Organizer')}:mailto:{spec['organizer']}",
        f"ATTENDEE;CN=Jordan Whitfield-Osei;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"LOCATION:{spec.get('location', 'Zoom')}", f"SEQUENCE:{spec.get('seq', '0')}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    # RFC 5545 folds content lines longer than 75 octets (all lines here are ASCII).
    folded = ["\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74)) for line in lines]
    return "\r\n".join(folded) + "\r\n"


def _fits(text: str, charset: str) -> str:
    """The message's charset for an encoded word when it can carry the text, else UTF-8."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _addr(value: str, charset: str) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=_fits(name, charset))


def build(m: dict[str, Any], n: int) -> Message:
    """The message as a mail program would have sent it."""
    text = m["body"].rstrip() + "\n"
    if m["quote"]:
        text += "\n" + m["quote"].rstrip() + "\n"
    fmt, charset, cte = m["fmt"], m["charset"], m["cte"]
    plain = _part(text, "plain", charset, cte)
    if fmt == "plain" and not m["ics"] and not m["attach"]:
        msg: Message = plain
    else:
        body: Message
        if fmt == "alt" or m["ics"]:
            body = MIMEMultipart("alternative")
            if fmt != "html":
                body.attach(plain)
            if fmt != "plain":
                body.attach(_part(_html(m, n), "html", charset, cte))
        elif fmt == "html":
            body = _part(_html(m, n), "html", charset, cte)
        else:
            body = plain
        if m["ics"]:
            cal = MIMEText(_ics(m["ics"]), "calendar", "utf-8")
            cal.set_param("method", m["ics"].get("method", "REQUEST"))
            body.attach(cal)
        if m["attach"]:
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            data = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " +
                    m["attach"].encode() + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            att = MIMEApplication(data, "pdf")
            att.add_header("Content-Disposition", "attachment", filename=m["attach"])
            msg.attach(att)
        else:
            msg = body
    when = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    _, sender_addr = parseaddr(m["sender"])
    domain = sender_addr.split("@")[-1]
    digest = hashlib.sha1(f"{n}{m['subject']}{m['date']}".encode()).hexdigest()
    msg["From"] = _addr(m["sender"], charset)
    msg["To"] = _addr(m["to"], charset)
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = _addr(m["reply_to"], charset)
    subject = m["subject"]
    msg["Subject"] = subject if subject.isascii() else Header(subject, _fits(subject, charset)).encode()
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{digest[:20]}.{n:03d}@{domain}>"
    if m["reply"]:
        parent = f"<CAJw{digest[20:36]}+{n:03d}@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<CAJw{digest[:12]}@mail.gmail.com> {parent}"
    for key, value in (m["headers"] or {}).items():
        msg[key] = value
    for i, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():  # stable boundaries keep regeneration byte-for-byte
            part.set_boundary(f"=_{digest[:16]}_{i}")
    # Mail programs put the address headers first and the MIME headers last.
    content = [(k, v) for k, v in msg.items() if k.lower().startswith(("content-", "mime-"))]
    for key, _ in content:
        del msg[key]
    msg["MIME-Version"] = "1.0"
    for key, value in content:
        if key.lower() != "mime-version":
            msg[key] = value
    return msg


def contact_of(m: dict[str, Any]) -> str:
    """The label rule: job mail only; Reply-To if human, else the human sender, else empty."""
    if m["contact"] is not None:
        return str(m["contact"])
    if m["kind"] == "other":
        return ""
    if m["reply_to"]:
        return parseaddr(m["reply_to"])[1]
    return "" if m["system"] else parseaddr(m["sender"])[1]


def main() -> None:
    """Rewrite every kind folder and labels.csv from MESSAGES."""
    for kind in KINDS:  # only this corpus's own kind folders, never anything else
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    rows = []
    for n, m in enumerate(MESSAGES, start=1):
        assert m["kind"] in KINDS, m["scenario"]
        rel = f"{m['kind']}/{n:03d}_{m['scenario']}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(m, n).as_bytes())
        company = m["company"] if m["kind"] != "other" else ""
        rows.append([rel, m["kind"], company, contact_of(m), m["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


# ---------------------------------------------------------------------------------------------
# The inbox. Kinds are written out in full on every message so each label is read where it is set.
# ---------------------------------------------------------------------------------------------

# rejections ------------------------------------------------------------------------------------

add("rejection", "greenhouse_soft_template", "en",
    "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
    "Your application to Brightpath Learning",
    """Hi Jordan,

Thank you for your interest in the Instructional Designer, K-12 Science role at Brightpath Learning and for the time you invested in applying.

We received a large number of strong applications, and after careful review we've decided to pursue other candidates whose background more closely aligns with the needs of this position.

We'll keep your information on file and encourage you to apply to future openings that match your experience: https://boards.greenhouse.io/brightpathlearning

All the best in your search,

The Brightpath Learning Recruiting Team""",
    date="2026-02-11 16:02 -0500", company="Brightpath Learning", system=True, fmt="alt",
    skin=1, logo="Brightpath Learning")

add("rejection", "hiring_manager_mobile_oneliner", "en",
    "Dana Okafor <dokafor@kitehillacademy.example.org>", "Re: Curriculum Coordinator",
    """Thanks for your time Jordan but we wont be moving forward. Good luck out there

Sent from my iPhone""",
    date="2026-03-19 21:47 -0400", company="Kite Hill Academy", reply=True,
    quote=q("gmail", "Thu, Mar 19, 2026 at 9:03 AM", ME, """Hi Dana,

Just checking in on the Curriculum Coordinator role - happy to send over more lesson samples if useful.

Best,
Jordan"""))

add("rejection", "workday_hospital_odd_format", "en",
    "Meridian Health System <meridianhealth@myworkday.com>",
    "Meridian Health System - Application Status Update  R-0045127",
    """Dear Jordan Whitfield-Osei ,

Thank you for your interest in the position of  Clinical Education Specialist - Nursing Professional Development  (R-0045127) at Meridian Health System.

After reviewing your qualifications, we have decided to move forward with other applicants for this position.    We appreciate the time you took to apply and we encourage you to visit our career site regularly for additional opportunities.

Sincerely,
Talent Acquisition
Meridian Health System

*** This email was sent from an unmonitored mailbox. Please do not reply. ***
Meridian Health System is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.""",
    date="2026-03-02 03:14 +0000", company="Meridian Health System", system=True, fmt="html", skin=2)

add("rejection", "district_position_filled", "en",
    "Rosalind Pietrowski <rpietrowski@cedarvalleyusd.example.org>",
    "Instructional Coach - Secondary Science (Posting #2026-118)",
    """Dear Mx. Whitfield-Osei,

Thank you for applying for the Instructional Coach - Secondary Science position with Cedar Valley Unified School District.

Please be advised that this position has been filled. We appreciate your interest in Cedar Valley USD and wish you success in your professional endeavors.

Respectfully,

Rosalind Pietrowski
Human Resources Technician II
Cedar Valley Unified School District
1200 Orchard Ave, Cedar Valley
(555) 014-2290 ext. 4411

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by FERPA. Any unauthorized review, use, disclosure or distribution is prohibited.""",
    date="2026-04-07 14:30 -0700", company="Cedar Valley Unified School District",
    charset="windows-1252", cte="qp")

add("rejection", "startup_role_on_hold", "en",
    "Marcus Lindqvist <marcus@quillstack.example.com>", "Following up",
    """Hey Jordan,

Wanted to give you a straight answer rather than leave you hanging. We just closed out our planning for Q2 and, honestly, the Learning Experience Designer role got cut - we're putting it on hold and won't be proceeding with hiring for it this year.

That's nothing to do with you. I really enjoyed our conversation about how you ran the lab-notebook rubrics in your chem classes, and if the role opens back up I'll reach out first.

Sorry for the news.

Marcus
Co-founder, Quillstack
quillstack.example.com""",
    date="2026-04-15 18:22 -0400", company="Quillstack")

add("rejection", "university_after_panel_thread", "en",
    "Priya Raman <p.raman@lakeshorestate.example.edu>", "RE: Thank you - Instructional Designer panel",
    """Dear Jordan,

Thank you again for meeting with the search committee last week and for your thoughtful follow-up note.

I'm sorry to share that the committee has selected another finalist for the Instructional Designer position. It was a genuinely difficult decision; your teaching demonstration on photosynthesis was one of the strongest we saw, and several members commented on how clearly you scaffolded the activity.

We'd be glad to consider you for future openings at the Center for Teaching Innovation.

Warm regards,
Priya

Priya Raman, PhD
Associate Director, Center for Teaching Innovation
Lakeshore State University | Chicago, IL
t: 555-0142-770""",
    date="2026-05-06 10:11 -0500", company="Lakeshore State University", reply=True,
    quote=q("outlook:Thank you - Instructional Designer panel", "Wednesday, April 29, 2026 4:58 PM",
            ME, """Dear Dr. Raman and committee,

Thank you for the chance to present my teaching demonstration today. I really enjoyed the discussion about the faculty onboarding modules, and I'd love to help build them.

Best regards,
Jordan Whitfield-Osei"""))

add("rejection", "after_take_home_with_feedback", "en",
    "Sofia Brandt <sofia.brandt@fernhill.example.io>", "Your design task - thank you",
    """Hi Jordan,

Thanks so much for the time you put into the take-home. We know a storyboard plus a mini-module is a real ask on top of a full teaching week.

We reviewed it as a team and have decided not to move ahead with your candidacy. Some honest feedback, since you asked for it: the learning objectives and the assessment alignment were excellent, but the reviewers wanted to see more of your own visual design decisions in the Rise prototype - it leaned heavily on the default blocks.

I hope that's useful. Please don't hesitate to apply again in the future.

Sofia Brandt
Head of Learning Design | Fernhill Labs""",
    date="2026-05-21 12:40 -0600", company="Fernhill Labs", fmt="alt")

add("rejection", "talent_partner_relays_client_internal", "en",
    "Tyler Beaumont <tyler.b@keystonetalent.example.com>", "Harbor Bank L&D role - update",
    """Hi Jordan!!

Hope your week is going great! Just got off the phone with the hiring team at Harbor Bank and unfortunately they've decided to go with an internal candidate for the Learning & Development Specialist role :( I know you were really excited about this one!!

They did say your demo was super polished so please don't be discouraged!! I've got a couple of other L&D roles with banking clients opening up next month and I'd love to put you forward - let's jump on a call?

Cheers!!
Tyler

Tyler Beaumont | Senior Talent Partner
Keystone Talent Partners
m: 555-0177-3021
"Connecting great people with great teams\"""",
    date="2026-06-03 15:05 -0400", company="Harbor Bank")

add("rejection", "kenyan_shall_not_progress", "en",
    "Human Resources - Savanna Learning Trust <careers@savannalearning.example.org>",
    "RE: APPLICATION FOR THE POST OF CURRICULUM DEVELOPMENT OFFICER",
    """Dear Jordan,

RE: APPLICATION FOR THE POST OF CURRICULUM DEVELOPMENT OFFICER

We acknowledge receipt of your application for the above post and thank you for your interest in joining Savanna Learning Trust.

We regret to inform you that following the shortlisting exercise, we shall not be progressing your application further. Kindly note that this decision was arrived at after careful consideration of all applications received.

We wish you all the best in your future endeavours.

Yours faithfully,

Wanjiru Kamau (Mrs.)
Head of Human Resources
Savanna Learning Trust
P.O. Box 00100-555, Nairobi
Tel: +254 700 000 555""",
    date="2026-03-26 09:35 +0300", company="Savanna Learning Trust",
    contact="careers@savannalearning.example.org")

add("rejection", "indian_english_do_revert", "en",
    "Harshita Menon <harshita.menon@vidyalogic.example.in>",
    "Application Status - Curriculum Specialist (Science) - Vidyalogic",
    """Dear Jordan,

Greetings from Vidyalogic!

This is with reference to your application for the position of Curriculum Specialist (Science) for our Toronto office. We thank you for your interest and the time taken for the assessment round.

We regret to inform you that your profile has not been shortlisted for the further rounds at this point of time. We will retain your CV in our database and get in touch should a suitable requirement arise in future.

Please do revert in case of any queries.

Thanks & Regards,
Harshita Menon
Talent Acquisition | Vidyalogic Learning
+91 98 0000 1234 | Toronto | Bengaluru""",
    date="2026-04-22 08:12 +0530", company="Vidyalogic Learning")

add("rejection", "filipino_bpo_not_selected", "en",
    "Bayanihan Learning Solutions Recruitment <recruitment@bayanihanls.example.ph>",
    "Update on your application",
    """Good day Jordan!

We would like to thank you for your interest in the Training Content Developer position at Bayanihan Learning Solutions and for taking the time to attend the initial interview with our team.

After careful deliberation, we regret to inform you that you were not selected to proceed to the next step of our hiring process. Please know that this was a difficult decision as we received many qualified applicants.

We will keep your application in our talent pool for future openings. Thank you and God bless!

Warm regards,
Joanna Marie Dizon
Recruitment Specialist
Bayanihan Learning Solutions, Inc.
12F Ayala Tower, Makati City
(+63) 917 000 4455""",
    date="2026-06-17 11:00 +0800", company="Bayanihan Learning Solutions", fmt="alt", skin=2)

add("rejection", "dutch_direct_no", "en",
    "Sanne de Vries <sanne@tulpwerk.example.nl>", "Your application",
    """Hi Jordan,

Thank you for your application and for the nice video call last Tuesday.

We have decided not to continue with your application. To be honest with you: the other candidates had quite a lot more hands-on experience with Articulate Storyline and with corporate learners, and for this role we need someone who can start producing right away.

Your science background is really interesting though, so if we open a position for our secondary education line we will let you know.

Good luck with your search!

Met vriendelijke groet / Kind regards,
Sanne de Vries
Recruiter | Tulpwerk Education
Keizersgracht 000, Amsterdam""",
    date="2026-05-13 14:47 +0200", company="Tulpwerk Education")

add("rejection", "lever_reply_to_recruiter", "en",
    "Nadia Hassan <no-reply@hire.lever.co>", "Orbitly | Customer Education Specialist",
    """Hi Jordan,

Thanks for chatting with us about the Customer Education Specialist role at Orbitly. We enjoyed learning more about your classroom and your work on the district's Canvas rollout.

After a lot of discussion, we've decided to move forward with other candidates at this time. We know that's not the news you were hoping for, and we truly appreciate the time and energy you spent with us.

Best,
Nadia Hassan
Talent, Orbitly""",
    date="2026-03-30 17:31 -0700", company="Orbitly",
    reply_to="Nadia Hassan <nadia.hassan@orbitly.example.com>", fmt="alt", skin=0)

add("rejection", "ashby_very_short", "en",
    "Plinth <no-reply@ashbyhq.com>", "Update",
    """Hi Jordan,

Thanks for applying to Plinth. We've reviewed your application and won't be moving forward for the Curriculum Designer role at this time.

Best,
Plinth""",
    date="2026-02-27 20:03 +0000", company="Plinth", system=True, fmt="html", skin=0)

add("rejection", "museum_not_selected_interview", "en",
    "Elena Marsh <emarsh@harborviewscience.example.org>",
    "Learning Programs Developer - Harborview Museum of Science",
    """Dear Jordan,

On behalf of the Education Department at the Harborview Museum of Science, thank you for applying for the Learning Programs Developer position.

We had an overwhelming response to this posting. After careful consideration, we regret that we are unable to offer you an interview at this time. We genuinely appreciate your interest in the museum and hope you will visit us soon - as a guest, if not a colleague!

With gratitude,
Elena Marsh
Manager, School & Teacher Programs
Harborview Museum of Science
One Harbor Plaza, Seattle, WA""",
    date="2026-07-09 13:18 -0700", company="Harborview Museum of Science", fmt="alt", skin=1,
    logo="Harborview Museum of Science logo")

add("rejection", "successfactors_bank_status_changed", "en",
    "First Prairie Bank Careers <careers-donotreply@successfactors.example.com>",
    "Your application status has changed",
    """Dear Jordan,

Thank you for your recent application for Learning Experience Designer, Req ID 88231, at First Prairie Bank.

We have carefully reviewed your background and qualifications. At this time, we have decided to pursue other candidates for this opportunity.

You may view the status of your application at any time by logging into your candidate profile.

Thank you for your interest in First Prairie Bank.

First Prairie Bank Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.""",
    date="2026-06-25 06:44 -0500", company="First Prairie Bank", system=True, fmt="html", skin=1,
    logo="First Prairie Bank")

add("rejection", "state_agency_requisition_cancelled", "en",
    "Front Range Workforce Authority <hr.recruiting@frwa.example.gov>",
    "Notice Regarding Announcement FRWA-2026-0412",
    """Dear Applicant,

This notice is to inform you that Announcement FRWA-2026-0412, Training and Development Specialist II, has been cancelled. The agency will not be filling the position under this announcement and no further action will be taken on applications received.

If the position is re-announced, you will need to submit a new application.

Front Range Workforce Authority
Office of Human Resources
Denver, CO""",
    date="2026-05-28 10:00 -0600", company="Front Range Workforce Authority",
    contact="hr.recruiting@frwa.example.gov", cte="8bit", charset="us-ascii")

add("rejection", "community_college_after_demo_lesson", "en",
    "Gregory Atwell <gatwell@pinecrestcc.example.edu>", "Science Faculty Search",
    """Jordan,

I want to thank you personally for coming to campus and for the demo lesson on stoichiometry - the students who sat in really enjoyed it.

Following the teaching demonstrations the committee has met and, I'm sorry to say, we will not be extending an offer to you for this position. The pool was unusually deep this year.

I'd be glad to talk through the committee's comments if that would help. Just let me know.

Greg

Gregory Atwell
Dean, STEM Division
Pinecrest Community College""",
    date="2026-05-01 16:55 -0500", company="Pinecrest Community College")

add("rejection", "canadian_publisher_different_direction", "en",
    "Hannah Leclair <hannah.leclair@mapleslate.example.ca>",
    "Re: Science Editor, Grades 7-10 - Maple & Slate",
    """Hi Jordan,

Apologies for the slow reply - it's been a busy spring on our end with the Ontario curriculum revisions.

I wanted to let you know that we've decided to go in a different direction for the Science Editor role. We really liked your sample edit, and the team was split, but in the end we went with someone with more direct publishing experience.

Thanks so much for your patience with our process, eh - and please keep an eye on our careers page.

Cheers,
Hannah

Hannah Leclair
Managing Editor, School Division
Maple & Slate Publishing | Toronto""",
    date="2026-05-19 09:26 -0400", company="Maple & Slate Publishing", reply=True,
    quote=q("gmail", "Mon, May 4, 2026 at 2:12 PM", ME, """Hi Hannah,

I hope you're well! I wanted to follow up on the Science Editor role - is there any update on timing?

Thanks,
Jordan"""))

add("rejection", "hospital_training_after_phone_screen", "en",
    "Carla Mendes <cmendes@stjudeoftheplains.example.org>", "Following up",
    """Hi Jordan,

Thanks for hopping on the phone with me last week. I shared your notes with the Clinical Education manager, and unfortunately we won't be moving forward with your application for the Education Coordinator role - they're looking for someone with an RN license for this one.

I appreciate your time and wish you the best.

Carla Mendes, SHRM-CP
Talent Acquisition Partner
St. Jude of the Plains Medical Center
Phone 555-0199-2040""",
    date="2026-08-04 11:41 -0500", company="St. Jude of the Plains Medical Center")

add("rejection", "personio_absage_formal", "de",
    "Lernwerk Berlin GmbH <jobs@lernwerk-berlin.jobs.personio.de>",
    "Ihre Bewerbung als Instructional Designer (m/w/d)",
    """Sehr geehrte*r Jordan Whitfield-Osei,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) und das damit verbundene Interesse an der Lernwerk Berlin GmbH.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen jedoch mitteilen, dass wir uns für andere Bewerber*innen entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lernwerk Berlin GmbH""",
    date="2026-03-12 10:05 +0100", company="Lernwerk Berlin", system=True, fmt="alt", skin=1)

add("rejection", "startup_du_absage", "de",
    "Jana Krüger <jana@klassenfuchs.example.de>", "Kurzes Update",
    """Hey Jordan,

danke dir nochmal für das nette Gespräch letzte Woche und die Zeit, die du dir genommen hast!

Wir haben uns jetzt intern abgestimmt und uns leider gegen dich entschieden – am Ende hat uns für die Rolle als Customer Success Manager die Erfahrung im deutschen Schulmarkt gefehlt. Ich weiß, das ist nicht das, was du hören wolltest.

Falls du Fragen hast oder Feedback möchtest, melde dich einfach gern bei mir.

Viele Grüße
Jana

--
Jana Krüger | People & Culture
Klassenfuchs – digitale Lernbegleitung für Schulen""",
    date="2026-04-28 17:12 +0200", company="Klassenfuchs", charset="utf-8", cte="8bit")

add("rejection", "versicherung_iso_qp", "de",
    "Alpenstern Versicherung AG <recruiting@alpenstern.example.de>",
    "Ihre Bewerbung: Referent Learning & Development (w/m/d) – Kennziffer 4471",
    """Sehr geehrte(r) Frau/Herr Whitfield-Osei,

nochmals herzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserem Hause.

Nach sorgfältiger Prüfung Ihrer Unterlagen bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Bewerbungsunterlagen werden wir unter Beachtung der datenschutzrechtlichen Bestimmungen vernichten.

Mit freundlichen Grüßen

Alpenstern Versicherung AG
Personalgewinnung
Leopoldstraße 000, 80802 München

Alpenstern Versicherung AG · Sitz München · Registergericht München HRB 000000 · Vorstand: Dr. K. Huber (Vors.), M. Seidl""",
    date="2026-06-08 08:30 +0200", company="Alpenstern Versicherung",
    charset="iso-8859-1", cte="qp")

add("rejection", "zurich_intern_besetzt", "de",
    "Regula Baumann <regula.baumann@zh-lernakademie.example.ch>",
    "Ihre Bewerbung als Fachperson Didaktik & E-Learning",
    """Guten Tag Jordan Whitfield-Osei

Besten Dank für Ihre Bewerbung und das Interesse an der Zürcher Lernakademie.

Leider müssen wir Ihnen mitteilen, dass die Stelle als Fachperson Didaktik & E-Learning intern besetzt werden konnte. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Regula Baumann
HR Fachfrau
Zürcher Lernakademie
Hardstrasse 000, 8005 Zürich
+41 44 000 00 00""",
    date="2026-07-14 13:20 +0200", company="Zürcher Lernakademie", charset="iso-8859-1", cte="b64")

add("rejection", "nach_gespraech_thread", "de",
    "Dr. Matthias Engel <m.engel@bildungsverlag-auenthal.example.de>",
    "AW: Ihr Gespräch am Dienstag",
    """Liebe/r Jordan Whitfield-Osei,

haben Sie vielen Dank für das angenehme Gespräch am Dienstag und Ihre freundliche Nachricht danach.

Wir haben uns nach reiflicher Überlegung entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen, die bereits Erfahrung in der Schulbuchredaktion mitbringt. Ihre Unterrichtserfahrung in den Naturwissenschaften hat uns sehr beeindruckt – die Entscheidung fiel knapp aus.

Ich wünsche Ihnen auf Ihrem weiteren Weg alles Gute.

Herzliche Grüße
Matthias Engel
Programmleitung Naturwissenschaften
Bildungsverlag Auenthal""",
    date="2026-06-19 15:48 +0200", company="Bildungsverlag Auenthal", reply=True, cte="qp",
    quote=q("de", "Mi., 10. Juni 2026 um 18:02", ME, """Sehr geehrter Herr Dr. Engel,

vielen Dank für das Gespräch heute. Ich freue mich sehr über die Möglichkeit, am Physik-Lehrwerk mitzuarbeiten.

Beste Grüße
Jordan Whitfield-Osei"""))

add("rejection", "joincom_deine_bewerbung", "de",
    "Mediathek Nord via JOIN <noreply@join.com>", "Deine Bewerbung bei Mediathek Nord",
    """Hallo Jordan,

vielen Dank für deine Bewerbung als Lernbegleiter:in Digital bei Mediathek Nord.

Wir haben uns alle Bewerbungen genau angeschaut. Leider passt dein Profil aktuell nicht ganz zu dem, was wir suchen, daher können wir dich im weiteren Prozess nicht berücksichtigen.

Wir wünschen dir alles Gute!

Dein Team von Mediathek Nord

Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG, Zürich.""",
    date="2026-02-18 12:00 +0100", company="Mediathek Nord", system=True, fmt="html", skin=1)

add("rejection", "museum_stelle_vorerst_nicht_besetzt", "de",
    "Technikmuseum Isartal – Personal <personal@technikmuseum-isartal.example.de>",
    "Ihre Bewerbung Museumspädagogik",
    """Sehr geehrte*r Jordan Whitfield-Osei,

wir danken Ihnen für Ihre Bewerbung auf die Stelle einer Museumspädagogin / eines Museumspädagogen (Teilzeit, 30 Std.).

Aufgrund einer kurzfristigen Haushaltssperre wird die ausgeschriebene Position vorerst nicht besetzt. Wir führen das Auswahlverfahren daher nicht weiter und bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Theresa Wimmer
Personalverwaltung
Technikmuseum Isartal""",
    date="2026-08-20 09:12 +0200", company="Technikmuseum Isartal",
    contact="personal@technikmuseum-isartal.example.de", charset="windows-1252", cte="qp")

add("rejection", "cegep_candidature_non_retenue", "fr",
    "Service des ressources humaines <rh@cegep-rivierenoire.example.qc.ca>",
    "Concours 2026-043 – Conseiller(ère) pédagogique",
    """Bonjour,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de conseillère ou conseiller pédagogique (concours 2026-043) au Cégep de la Rivière-Noire.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection.

Nous conserverons votre dossier pour une période d'un an et vous souhaitons bon succès dans vos démarches.

Le Service des ressources humaines
Cégep de la Rivière-Noire""",
    date="2026-04-02 10:30 -0400", company="Cégep de la Rivière-Noire",
    contact="rh@cegep-rivierenoire.example.qc.ca", charset="iso-8859-1", cte="qp")

add("rejection", "wttj_autre_profil", "fr",
    "Studio Savoir <notifications@welcometothejungle.example.com>",
    "Votre candidature chez Studio Savoir",
    """Bonjour Jordan,

Merci pour votre candidature au poste de Concepteur·rice pédagogique (CDI, full remote).

Nous avons pris le temps d'étudier votre profil avec attention. Malheureusement, nous avons choisi de poursuivre avec un autre profil, plus proche de nos besoins actuels.

Nous vous souhaitons plein de réussite pour la suite !

L'équipe Studio Savoir""",
    date="2026-03-05 11:15 +0100", company="Studio Savoir", system=True, fmt="alt", skin=1)

add("rejection", "startup_tutoiement", "fr",
    "Maxime Gagnon <maxime@pedagogix.example.ca>", "Suite à notre appel",
    """Salut Jordan,

Merci encore pour l'appel de mardi, j'ai vraiment apprécié ta façon de parler des labos en classe.

Je vais être franc : on a finalement décidé d'aller avec quelqu'un d'autre pour le poste de gestionnaire succès client, surtout parce qu'on a besoin de quelqu'un qui connaît déjà bien le réseau scolaire québécois.

Désolé de ne pas avoir de meilleures nouvelles. Bonne chance pour la suite!

Maxime
Pédagogix – Montréal""",
    date="2026-07-22 16:40 -0400", company="Pédagogix", cte="8bit")

add("rejection", "musee_apres_entretien", "fr",
    "Claire Beaulieu <c.beaulieu@musee-lumierenord.example.fr>",
    "RE: Entretien – Chargé(e) de médiation scientifique",
    """Madame, Monsieur,

Je vous remercie pour l'entretien que vous nous avez accordé le 3 juin ainsi que pour la qualité de vos échanges avec l'équipe.

À la suite de cet entretien, et après une réflexion approfondie, nous avons le regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Claire Beaulieu
Responsable des publics
Musée Lumière-Nord""",
    date="2026-06-12 14:02 +0200", company="Musée Lumière-Nord", reply=True, charset="iso-8859-1",
    cte="b64", quote=q("fr", "3 juin 2026 à 18:40", ME, """Madame Beaulieu,

Merci beaucoup pour cet échange très intéressant aujourd'hui.

Bien cordialement,
Jordan Whitfield-Osei"""))

add("rejection", "mexico_edtech_no_continuas", "es",
    "Fernanda Ruiz <fernanda.ruiz@aprendia.example.mx>", "Tu proceso en Aprendia",
    """¡Hola Jordan!

Muchas gracias por tu tiempo y por compartirnos tu experiencia en las entrevistas.

Lamentamos informarte que en esta ocasión no continuarás en el proceso para la vacante de Diseñador(a) Instruccional. Fue una decisión difícil porque tu perfil nos gustó mucho.

Te deseamos mucho éxito y ojalá coincidamos más adelante.

Un abrazo,
Fer Ruiz
Atracción de Talento | Aprendia""",
    date="2026-05-08 12:22 -0600", company="Aprendia", fmt="alt")

add("rejection", "fundacion_perfil_se_ajusta", "es",
    "Fundación Horizonte Educativo <seleccion@horizonteeducativo.example.org>",
    "Proceso de selección – Coordinador/a de Formación Docente",
    """Estimado/a Jordan Whitfield-Osei:

Le agradecemos el interés mostrado en formar parte de la Fundación Horizonte Educativo y el tiempo dedicado a nuestro proceso de selección.

Tras valorar detenidamente todas las candidaturas, le informamos que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Selección
Fundación Horizonte Educativo""",
    date="2026-04-10 10:00 +0200", company="Fundación Horizonte Educativo",
    contact="seleccion@horizonteeducativo.example.org", charset="iso-8859-1", cte="qp")

add("rejection", "spain_vacante_cubierta", "es",
    "Lucía Serrano <lucia.serrano@editorialcometa.example.es>", "Re: Editor/a de Ciencias",
    """Hola Jordan,

Gracias por escribir de nuevo. Te cuento: la vacante de Editor/a de Ciencias ya ha quedado cubierta, así que no podremos seguir adelante con tu candidatura.

Siento no tener mejores noticias. Mucha suerte con la búsqueda.

Saludos,
Lucía

Enviado desde mi móvil""",
    date="2026-09-02 19:05 +0200", company="Editorial Cometa", reply=True,
    quote=q("es", "lun, 31 ago 2026 a las 10:15", ME, """Hola Lucía,

¿Hay novedades sobre el puesto de Editor/a de Ciencias?

Un saludo,
Jordan"""))

# interview invitations -------------------------------------------------------------------------

add("interview_invitation", "recruiter_calendly_quick_chat", "en",
    "Bri Castellano <bri@lumenpath.example.com>", "Quick question",
    """Hi Jordan -

I came across your application for our Customer Success Manager (K-12) opening and I'd love to learn more about you. Would you be free for a quick chat sometime this week or next? 25 mins, super casual, just to talk about the role and what you're looking for.

Grab whatever time works here: https://calendly.com/bri-lumenpath/25min

Talk soon!
Bri

Bri Castellano | Recruiting Lead
Lumen Path - helping teachers teach""",
    date="2026-01-20 10:42 -0600", company="Lumen Path", fmt="alt", skin=0)

add("interview_invitation", "goodtime_availability_request", "en",
    "Northbeam Software Recruiting <scheduling@goodtime.io>",
    "Northbeam Software: Please share your availability",
    """Hi Jordan,

Congratulations - the Customer Education team at Northbeam Software would like to invite you to a 45-minute Zoom interview for the Customer Education Specialist position.

Please use the link below to select the times that work for you over the next 5 business days. Once you submit your availability, you'll receive a calendar invitation with the Zoom details.

Share availability: https://app.goodtime.io/availability/7f3a9c2b

If you have any questions, reply to this email and your recruiter, Owen Pritchard, will get back to you.

Northbeam Software Talent Team""",
    date="2026-02-03 14:09 -0800", company="Northbeam Software",
    reply_to="Owen Pritchard <owen.pritchard@northbeam.example.com>", fmt="html", skin=1,
    logo="Northbeam")

add("interview_invitation", "district_phone_screen", "en",
    "Tamara Wells <twells@aspenridgeschools.example.org>", "Phone Screen - Instructional Technology Specialist",
    """Good afternoon Jordan,

Thank you for applying for the Instructional Technology Specialist position with Aspen Ridge Public Schools. We would like to schedule a 20-minute phone screen with you.

Are you available on any of the following?
 - Tuesday, 2/24 between 9:00 and 11:30 AM MT
 - Wednesday, 2/25 after 3:15 PM MT

Please reply with your preferred time and the best number to reach you.

Thank you,

Tamara Wells
HR Specialist - Licensed Staffing
Aspen Ridge Public Schools | Denver, CO
Office: 555-0103-8870""",
    date="2026-02-19 13:37 -0700", company="Aspen Ridge Public Schools", charset="windows-1252")

add("interview_invitation", "charter_demo_lesson", "en",
    "Keisha Adebayo <kadebayo@brightharborcharter.example.org>", "Next step: sample lesson",
    """Hi Jordan,

Thanks so much for speaking with me Friday! The team enjoyed reviewing your materials and we'd like to invite you to the next step in our process - a 20-minute demo lesson with a small group of 9th graders, followed by a 30-min debrief with our Dean of Instruction.

We have openings Wednesday March 11 at 10:15am or Thursday March 12 at 1:00pm at our Dorchester campus. Topic is your choice but it should be aligned to HS Biology standards. Please send your lesson plan 24 hours ahead.

Let me know which works!

Keisha Adebayo
Director of Talent
Bright Harbor Charter School
Boston, MA""",
    date="2026-03-02 08:55 -0500", company="Bright Harbor Charter School")

add("interview_invitation", "portfolio_review_with_ics", "en",
    "Luis Andrade <luis.andrade@stackwise.example.io>", "Invitation: Portfolio review - Jordan W-O",
    """Hi Jordan,

As discussed, sending over the invite for your portfolio review with our two design leads. Plan on ~10 min of intros, 30 min walking us through 2 projects (your Rise module on cell respiration would be great), and 15 min for your questions.

Zoom link is in the invite. Let me know if anything changes!

Luis
Stackwise | Learning Experience""",
    date="2026-03-16 11:20 -0700", company="Stackwise", fmt="alt",
    ics={"uid": "stackwise-pr-5521@stackwise.example.io", "start": "20260319T180000Z",
         "end": "20260319T190000Z", "summary": "Portfolio review - Jordan Whitfield-Osei",
         "organizer": "luis.andrade@stackwise.example.io", "cn": "Luis Andrade",
         "location": "https://zoom.us/j/0000000000"})

add("interview_invitation", "university_campus_visit_itinerary", "en",
    "Search Committee Chair <drobinson@ncascades.example.edu>",
    "Campus Interview - Instructional Designer (Req 26-0177)",
    """Dear Jordan,

On behalf of the search committee, I am pleased to invite you to an on-campus interview for the position of Instructional Designer in the Office of Digital Learning at Northern Cascades University.

Your visit is scheduled for Monday, April 20, 2026. A draft itinerary is below:

  8:30  Breakfast with the search committee chair
  9:30  Presentation to faculty and staff (30 min + Q&A): "Designing a first-year online lab course"
 11:00  Panel interview with the search committee
 12:15  Lunch with instructional design team
  1:30  Meeting with HR (benefits overview)
  2:15  Meeting with the Associate Provost

Travel will be arranged by Ms. Sandra Ocampo in our office (cc'd). Please confirm your availability at your earliest convenience.

Sincerely,

Dr. Dwayne Robinson
Chair, Instructional Designer Search Committee
Northern Cascades University
Seattle, Washington""",
    date="2026-04-06 09:03 -0700", company="Northern Cascades University",
    cc="Sandra Ocampo <socampo@ncascades.example.edu>", fmt="alt", skin=2)

add("interview_invitation", "greenhouse_next_stage", "en",
    "Rachel Kim <rachel.kim@canopyhealthlearning.example.com>",
    "Canopy Health Learning - next steps!",
    """Hi Jordan,

Great news - the team really enjoyed your conversation with Matt and we'd love to move you to the next stage for the Clinical Learning Designer role!

The next round is a 60-minute working session with two members of our design team. You'll get a short scenario (a nurse onboarding module) about 15 minutes before, and we'll talk through how you'd approach it. No prep needed beyond that.

You can book a time directly here: https://app.greenhouse.io/scheduling/choose/ch2-6621af

Looking forward to it!

Rachel Kim
Senior Recruiter
Canopy Health Learning""",
    date="2026-04-13 16:28 -0400", company="Canopy Health Learning", fmt="alt", skin=0)

add("interview_invitation", "talent_partner_client_slots", "en",
    "Jess Navarro <jess@summitvale.example.com>", "GREAT news re: Greystone!!",
    """Jordan!!

So I just heard back from Greystone Financial and they LOVED your profile!! They want to meet you for a first round video interview with the L&D Manager (Priya) for the Learning Specialist contract.

Can you do either:
- Thursday 5/7 @ 2pm ET
- Friday 5/8 @ 10am ET

It'll be on Teams, 45 min. Let me know ASAP and I'll lock it in + send you some prep notes!! So excited for you!!

Jess Navarro
Talent Partner | Summit & Vale
555-0110-4432 (call/text anytime!)""",
    date="2026-05-04 12:02 -0400", company="Greystone Financial")

add("interview_invitation", "indian_english_telephonic_round", "en",
    "Rohit Sharma <rohit.sharma@gyaansetu.example.in>", "Interview for Instructional Designer - Gyaansetu",
    """Dear Jordan,

Hope you are doing well.

With reference to your application for the Instructional Designer (Remote) role, we are pleased to inform you that your profile has been shortlisted for the first round of interview, which will be a telephonic round of 30 minutes with our Learning Head.

Kindly share your availability for this week along with your current CTC and notice period. Request you to do revert at the earliest so that we can block the slot.

Thanks & Regards,
Rohit Sharma
HR Executive, Gyaansetu EdTech Pvt. Ltd.
Mob: +91 90000 12345""",
    date="2026-06-01 10:15 +0530", company="Gyaansetu EdTech")

add("interview_invitation", "kenyan_shortlisted_interview", "en",
    "Umoja EdTech Recruitment <recruitment@umojaedtech.example.co.ke>",
    "INVITATION FOR INTERVIEW - LEARNING DESIGNER",
    """Dear Jordan Whitfield-Osei,

Further to your application for the position of Learning Designer, we are pleased to inform you that you have been shortlisted for an interview.

The interview has been scheduled for Tuesday, 14th April 2026 at 10:00 a.m. East Africa Time and will be conducted virtually via Google Meet. Kindly confirm your attendance by replying to this email not later than Friday, 10th April 2026.

Please avail copies of your academic and professional certificates during the interview.

Regards,

Faith Njeri Otieno
HR & Admin Officer
Umoja EdTech Limited
Westlands, Nairobi | +254 711 000 222""",
    date="2026-04-07 15:40 +0300", company="Umoja EdTech")

add("interview_invitation", "filipino_initial_interview_meet", "en",
    "Kalinaw Academy HR <hr@kalinawacademy.example.ph>", "Initial Interview Invitation - Kalinaw Academy",
    """Hi Jordan!

Good day! We are pleased to invite you for an initial interview for the Curriculum Writer (Science) position via Google Meet.

Schedule: June 23, 2026 (Tuesday), 9:00 AM Manila time (PHT)
Interviewer: Ms. Patricia Villanueva, Academic Director
Link: https://meet.google.com/abc-defg-hij

Kindly reply to confirm your availability. Should you have any concerns, feel free to message us.

Thank you and see you!

Warm regards,
Mika Santos
HR Associate | Kalinaw Academy""",
    date="2026-06-18 16:05 +0800", company="Kalinaw Academy", fmt="html", skin=2)

add("interview_invitation", "mexican_owned_english_interview", "en",
    "Andrés Villaseñor <andres@tlalocanlearning.example.mx>", "Your application - let's talk",
    """Hi Jordan,

Thanks for applying to the Learning Experience Designer role at Tlalocan Learning. I'm the head of product here, and I'd really like to talk with you - your chemistry lab redesign project is very close to what we are building for high schools in Monterrey and Austin.

Could we do a 40 min video interview next week? Tuesday or Wednesday morning Austin time would be best for me. I'll send a Meet link once you confirm.

Saludos,
Andrés Villaseñor
Head of Product, Tlalocan Learning""",
    date="2026-07-02 18:30 -0600", company="Tlalocan Learning", fmt="alt", charset="utf-8", cte="b64")

add("interview_invitation", "ashby_self_schedule_system", "en",
    "Cobalt Learning <no-reply@ashbyhq.com>", "Schedule your interview with Cobalt Learning",
    """Hi Jordan,

You're invited to schedule the following interview for the Learning Content Manager role:

Interview: Hiring Manager Interview (45 min)
Format: Video call (Google Meet)

Pick a time: https://jobs.ashbyhq.com/cobalt-learning/interview/schedule/61b3e

This link expires in 7 days.

Cobalt Learning Recruiting""",
    date="2026-08-11 09:00 -0700", company="Cobalt Learning", system=True, fmt="html", skin=1)

add("interview_invitation", "bank_teams_invite_ics", "en",
    "Naomi Fletcher <naomi.fletcher@lakeporttrust.example.ca>",
    "Interview - Learning Consultant - Jordan Whitfield-Osei",
    """Hi Jordan,

Please see the Teams invite for your interview for the Learning Consultant role with our Enterprise Learning team. You'll meet with Simone Tran (Director, Enterprise Learning) and me.

Please come prepared to talk through one learning program you designed end-to-end.

Best regards,
Naomi Fletcher
Talent Acquisition Advisor
Lakeport Trust Bank | Toronto

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 000 000 000 000  Passcode: abc123
________________________________________________________________________________

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Ce courriel est confidentiel.""",
    date="2026-08-24 13:11 -0400", company="Lakeport Trust Bank", fmt="alt", skin=2,
    ics={"uid": "040000008200E00074C5B7101A82E00800000000ABCDEF@lakeporttrust.example.ca",
         "start": "20260827T150000Z", "end": "20260827T160000Z",
         "summary": "Interview - Learning Consultant - Jordan Whitfield-Osei",
         "organizer": "naomi.fletcher@lakeporttrust.example.ca", "cn": "Naomi Fletcher",
         "location": "Microsoft Teams Meeting"})

add("interview_invitation", "einladung_vorstellungsgespraech_formal", "de",
    "Katrin Hofmann <katrin.hofmann@bergmann-medtech.example.de>",
    "Einladung zum Vorstellungsgespräch – Trainer/in Medizinprodukte",
    """Sehr geehrte*r Jordan Whitfield-Osei,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Bergmann Medizintechnik GmbH.

Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen. Hiermit laden wir Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, den 19. März 2026, um 14:00 Uhr an unserem Standort in München-Garching ein. Das Gespräch wird ca. 60 Minuten dauern; Gesprächspartner sind Frau Dr. Lenz (Leitung Akademie) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Katrin Hofmann
Human Resources
Bergmann Medizintechnik GmbH
Lichtenbergstraße 000 · 85748 Garching
Tel. +49 89 0000 000

Geschäftsführer: Dr. Peter Bergmann · Amtsgericht München HRB 000000""",
    date="2026-03-09 11:02 +0100", company="Bergmann Medizintechnik", charset="iso-8859-1", cte="qp")

add("interview_invitation", "startup_du_kennenlernen_calendly", "de",
    "Felix Hartmann <felix@lernpilot.example.de>", "Kennenlernen?",
    """Hi Jordan,

danke für deine Bewerbung als Learning Experience Designer! Dein Portfolio hat uns echt gut gefallen, vor allem das Modul zu Stromkreisen.

Hast du Lust auf ein erstes Kennenlernen (30 Min, Video)? Such dir einfach direkt einen Slot aus: https://calendly.com/felix-lernpilot/kennenlernen

Bis bald!
Felix
Co-Founder @ Lernpilot · Berlin""",
    date="2026-02-24 19:17 +0100", company="Lernpilot", fmt="alt")

add("interview_invitation", "zurich_teams_erstgespraech", "de",
    "Bildungsnetz Limmat – HR <hr@bildungsnetz-limmat.example.ch>",
    "Ihre Bewerbung als Learning Designer 80–100%",
    """Guten Tag Jordan Whitfield-Osei

Herzlichen Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem ersten Gespräch via MS Teams näher kennenlernen.

Wir schlagen Ihnen folgende Termine vor:
- Montag, 11. Mai, 09.00 Uhr
- Dienstag, 12. Mai, 16.30 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt. Die Einladung mit dem Link folgt danach.

Freundliche Grüsse
Nicole Frei
HR Business Partner
Bildungsnetz Limmat""",
    date="2026-05-05 08:44 +0200", company="Bildungsnetz Limmat", charset="iso-8859-1", cte="b64",
    contact="hr@bildungsnetz-limmat.example.ch")

add("interview_invitation", "personio_zweitgespraech_probeaufgabe", "de",
    "Kiezschule Digital <jobs@kiezschule-digital.jobs.personio.de>",
    "Einladung zum Zweitgespräch",
    """Hallo Jordan,

vielen Dank für das angenehme erste Gespräch! Wir würden dich gerne zur nächsten Runde einladen.

Im Zweitgespräch (ca. 90 Minuten, vor Ort in Berlin-Neukölln) stellst du uns eine kleine Probeaufgabe vor: Skizziere bitte eine 45-minütige Fortbildungseinheit für Lehrkräfte zum Thema „Digitale Messwerterfassung im Physikunterricht“.

Bitte wähle über folgenden Link einen passenden Termin aus: https://kiezschule-digital.jobs.personio.de/appointment/8812

Bei Fragen erreichst du Leonie direkt unter leonie.brandt@kiezschule-digital.example.de.

Viele Grüße
Dein Kiezschule-Digital-Team""",
    date="2026-06-09 10:30 +0200", company="Kiezschule Digital", system=True,
    contact="leonie.brandt@kiezschule-digital.example.de", fmt="html", skin=1)

add("interview_invitation", "hochschule_auswahlgespraech_lehrprobe", "de",
    "Prof. Dr. Sabine Wolf <sabine.wolf@hs-lechfeld.example.de>",
    "Einladung zum Auswahlgespräch (Kennziffer 26/014)",
    """Sehr geehrte*r Jordan Whitfield-Osei,

im Namen der Berufungs- bzw. Auswahlkommission lade ich Sie herzlich zu einem Auswahlgespräch für die Stelle „Mitarbeiter*in Hochschuldidaktik (E13 TV-L)“ ein.

Termin: Mittwoch, 24. Juni 2026, 10:30 Uhr
Ort: Hochschule Lechfeld, Gebäude C, Raum C 2.14

Das Gespräch beginnt mit einer 15-minütigen Lehrprobe zu einem Thema Ihrer Wahl aus der MINT-Didaktik, gefolgt von einem Gespräch mit der Kommission. Reisekosten können nach BayRKG erstattet werden.

Bitte bestätigen Sie Ihre Teilnahme bis zum 17. Juni.

Mit freundlichen Grüßen
Sabine Wolf
Hochschule Lechfeld – Zentrum für Lehre""",
    date="2026-06-05 14:12 +0200", company="Hochschule Lechfeld", cte="qp")

add("interview_invitation", "personalberatung_kunde_gespraech", "de",
    "Oliver Seidel <o.seidel@seidel-partner.example.de>", "Ihr Profil – Termin mit Isarwerk Akademie",
    """Hallo Jordan,

gute Nachrichten: Ihr Profil hat unseren Kunden, die Isarwerk Akademie, überzeugt! Man möchte Sie gerne zu einem ersten Gespräch (Video, ca. 45 Min.) für die Position als Senior Learning Designer einladen.

Passt Ihnen Dienstag, 14.07., 15 Uhr, oder Mittwoch, 15.07., 9 Uhr? Kurze Rückmeldung genügt, den Rest koordiniere ich.

Beste Grüße
Oliver Seidel
Seidel & Partner – Talent Partner für Bildung und HR
Mobil +49 170 0000000""",
    date="2026-07-08 16:51 +0200", company="Isarwerk Akademie")

add("interview_invitation", "quebec_entrevue", "fr",
    "Isabelle Tremblay <isabelle.tremblay@cssdestroislacs.example.qc.ca>",
    "Invitation à une entrevue – Conseillère ou conseiller pédagogique en sciences",
    """Bonjour Jordan,

À la suite de l'analyse de votre candidature, nous aimerions vous rencontrer en entrevue pour le poste de conseillère ou conseiller pédagogique en sciences et technologie.

L'entrevue aura lieu le jeudi 7 mai à 13 h 30, en mode virtuel (Teams). Elle sera d'une durée d'environ une heure et comprendra une courte mise en situation.

Merci de confirmer votre présence en répondant à ce courriel.

Au plaisir,

Isabelle Tremblay
Agente de dotation
Centre de services scolaire des Trois-Lacs""",
    date="2026-04-29 09:12 -0400", company="Centre de services scolaire des Trois-Lacs",
    charset="iso-8859-1", cte="qp")

add("interview_invitation", "startup_tu_petit_call", "fr",
    "Camille Roux <camille@classeo.example.fr>", "Ta candidature chez Classeo",
    """Hello Jordan,

Merci pour ta candidature pour le poste de Customer Success Manager (full remote) ! Ton parcours de prof de sciences nous a tapé dans l'œil.

Ça te dit un petit call de 30 min la semaine prochaine pour faire connaissance ? Tu peux choisir un créneau ici : https://calendly.com/camille-classeo/30min

À très vite,
Camille
Talent @ Classeo""",
    date="2026-03-24 12:47 +0100", company="Classeo", fmt="alt", skin=0)

add("interview_invitation", "universite_convocation_entretien", "fr",
    "Direction des ressources humaines <drh-recrutement@univ-valmont.example.fr>",
    "Convocation à un entretien – Ingénieur·e pédagogique",
    """Madame, Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste d'ingénieur·e pédagogique (réf. IP-2026-07) a retenu l'attention du comité de sélection.

Vous êtes convoqué·e à un entretien le mardi 9 juin 2026 à 10 h 00 (heure de Paris), en visioconférence. Le lien de connexion vous sera communiqué la veille. L'entretien débutera par une présentation de 10 minutes d'un dispositif de formation que vous avez conçu.

Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pour le Président et par délégation,
Le Directeur des ressources humaines
Université de Valmont""",
    date="2026-05-26 15:30 +0200", company="Université de Valmont",
    contact="drh-recrutement@univ-valmont.example.fr", charset="windows-1252", cte="qp")

add("interview_invitation", "wttj_planifiez_entretien", "fr",
    "Octave Learning <no-reply@welcometothejungle.example.com>",
    "Octave Learning souhaite échanger avec vous",
    """Bonjour Jordan,

Bonne nouvelle ! Octave Learning souhaite poursuivre le processus pour le poste de Responsable contenus pédagogiques.

Hugo, Head of Content, vous propose un premier entretien de 45 minutes. Choisissez le créneau qui vous convient :

https://www.welcometothejungle.example.com/fr/scheduling/octave/5521

À bientôt,
L'équipe Welcome to the Jungle pour Octave Learning""",
    date="2026-09-08 10:20 +0200", company="Octave Learning", system=True, fmt="html", skin=1)

add("interview_invitation", "mexico_entrevista_zoom", "es",
    "Daniela Ortega <daniela.ortega@grupoceiba.example.mx>", "Entrevista - Coordinador(a) Académico(a)",
    """Hola Jordan, ¿cómo estás?

Te escribo de Grupo Educativo Ceiba. Revisamos tu CV para la vacante de Coordinador(a) Académico(a) de Ciencias y nos gustaría invitarte a una entrevista por Zoom con la directora académica.

¿Tendrías disponibilidad el miércoles 20 de mayo a las 11:00 (hora CDMX) o el jueves 21 a las 17:00?

Quedo atenta a tu respuesta.

Saludos cordiales,
Daniela Ortega
Reclutamiento y Selección
Grupo Educativo Ceiba
Tel. 55 0000 0000""",
    date="2026-05-14 13:05 -0600", company="Grupo Educativo Ceiba", charset="iso-8859-1", cte="qp")

add("interview_invitation", "spain_videollamada", "es",
    "Pablo Méndez <pablo@kumoformacion.example.es>", "Re: Candidatura Diseñador/a instruccional",
    """Hola Jordan:

Gracias por tu candidatura. Nos ha gustado mucho tu experiencia como profesor de ciencias y tu trabajo con Canvas.

¿Tendrías disponibilidad para una videollamada de unos 30 minutos esta semana? Te propongo el jueves a las 16:00 (hora de Madrid). Si no te viene bien, dime qué huecos tienes.

Un saludo,
Pablo Méndez
Responsable de Formación Online – Kumo Formación
Madrid""",
    date="2026-06-22 09:40 +0200", company="Kumo Formación", reply=True,
    quote=q("gmail", "Fri, Jun 19, 2026 at 4:10 PM", ME, """Hola Pablo,

Adjunto mi CV para la vacante de Diseñador/a instruccional.

Un saludo,
Jordan Whitfield-Osei"""))

# reschedules and cancellations by the employer ----------------------------------------------

add("interview_reschedule_or_cancel", "hiring_manager_mobile_move_call", "en",
    "Matt Oyelaran <matt.o@canopyhealthlearning.example.com>", "Re: Working session Thurs",
    """Jordan so sorry - something came up with a client launch. Can we push our session to Mon or Tue next wk instead? Any time after 11 ET works. Rachel will send a new invite

Matt
Sent from my iPhone""",
    date="2026-04-22 07:58 -0400", company="Canopy Health Learning", reply=True,
    quote=q("gmail", "Apr 21, 2026, at 5:02 PM", "Rachel Kim <rachel.kim@canopyhealthlearning.example.com>",
            """Hi Jordan, confirming your working session with Matt and Jen this Thursday 4/23 at 1pm ET. Zoom link in the invite!"""))

add("interview_reschedule_or_cancel", "outlook_canceled_meeting_ics", "en",
    "Naomi Fletcher <naomi.fletcher@lakeporttrust.example.ca>",
    "Canceled: Interview - Learning Consultant - Jordan Whitfield-Osei",
    """Hi Jordan - Simone has been pulled into an urgent leadership offsite on Thursday, so I'm cancelling this slot. I'll be in touch tomorrow with a couple of new options for early next week. Apologies for the shuffle!

Naomi""",
    date="2026-08-26 17:45 -0400", company="Lakeport Trust Bank", fmt="alt", skin=2,
    ics={"uid": "040000008200E00074C5B7101A82E00800000000ABCDEF@lakeporttrust.example.ca",
         "start": "20260827T150000Z", "end": "20260827T160000Z", "method": "CANCEL", "seq": "1",
         "summary": "Canceled: Interview - Learning Consultant - Jordan Whitfield-Osei",
         "organizer": "naomi.fletcher@lakeporttrust.example.ca", "cn": "Naomi Fletcher",
         "location": "Microsoft Teams Meeting"})

add("interview_reschedule_or_cancel", "goodtime_rescheduled_notice", "en",
    "Northbeam Software Recruiting <scheduling@goodtime.io>",
    "Updated: Your interview with Northbeam Software has been rescheduled",
    """Hi Jordan,

Your interview with Northbeam Software has been rescheduled.

NEW TIME: Thursday, February 12, 2026, 11:30 AM - 12:15 PM (Pacific Time)
Previously: Wednesday, February 11, 2026, 2:00 PM - 2:45 PM (Pacific Time)

Interviewers: Hollis Grant (Manager, Customer Education)
Location: Zoom (link in the updated calendar invite)

Questions? Reply to this email to reach Owen Pritchard.""",
    date="2026-02-09 15:02 -0800", company="Northbeam Software",
    reply_to="owen.pritchard@northbeam.example.com", fmt="html", skin=1,
    ics={"uid": "gt-88213-northbeam@goodtime.io", "start": "20260212T193000Z",
         "end": "20260212T201500Z", "seq": "2", "summary": "Northbeam Software Interview",
         "organizer": "scheduling@goodtime.io", "cn": "Northbeam Software"})

add("interview_reschedule_or_cancel", "talent_partner_panel_pushed", "en",
    "Jess Navarro <jess@summitvale.example.com>", "small change!!",
    """Hey Jordan!

Quick one - Greystone just let me know Priya has jury duty (of all things!!) so they need to push your Thursday interview to next week. They're offering Tues 5/12 at 2pm or Wed 5/13 at 11am ET.

Which is better?? I'll update the invite right away!

Thanks for rolling with it!!
Jess""",
    date="2026-05-06 09:14 -0400", company="Greystone Financial")

add("interview_reschedule_or_cancel", "university_teaching_demo_conflict", "en",
    "Sandra Ocampo <socampo@ncascades.example.edu>", "Campus visit - change of date",
    """Dear Jordan,

I'm writing on behalf of Dr. Robinson. Due to an unexpected conflict with the Faculty Senate meeting, several committee members are no longer available on April 20, and we need to reschedule your campus visit.

Could you instead visit on Thursday, April 23, or Monday, April 27? The itinerary will remain the same. I have not yet booked your flight, so there is nothing to change on your end.

We apologize for the inconvenience.

Kind regards,
Sandra Ocampo
Administrative Coordinator, Office of Digital Learning
Northern Cascades University""",
    date="2026-04-09 11:37 -0700", company="Northern Cascades University")

add("interview_reschedule_or_cancel", "hm_out_sick_cancel_tomorrow", "en",
    "Talent Team <talent@pebbleandpine.example.com>", "Tomorrow's interview",
    """Hi Jordan,

Unfortunately our hiring manager, Grace, is out sick today and won't be able to make tomorrow's interview, so we're cancelling it for now. I'm really sorry for the late notice.

We'll reach out as soon as she's back with a few new times - hopefully later this week.

Thanks for understanding,
Ben Whitaker
Talent, Pebble & Pine""",
    date="2026-09-15 16:20 -0400", company="Pebble & Pine",
    contact="talent@pebbleandpine.example.com")

add("interview_reschedule_or_cancel", "kenyan_postponed", "en",
    "Umoja EdTech Recruitment <recruitment@umojaedtech.example.co.ke>",
    "RE: INVITATION FOR INTERVIEW - LEARNING DESIGNER",
    """Dear Jordan,

Kindly note that the interview earlier scheduled for Tuesday, 14th April 2026 at 10:00 a.m. has been postponed to Thursday, 16th April 2026 at 2:00 p.m. (EAT) owing to unavoidable circumstances on the side of the panel.

The Google Meet link remains the same. We regret any inconvenience caused.

Regards,
Faith Njeri Otieno
HR & Admin Officer
Umoja EdTech Limited""",
    date="2026-04-11 10:05 +0300", company="Umoja EdTech", reply=True)

add("interview_reschedule_or_cancel", "filipino_move_final_interview", "en",
    "Mika Santos <mika.santos@kalinawacademy.example.ph>", "Re: Final Interview Schedule",
    """Hi Jordan,

Good day! Apologies po, but we would like to move your final interview with our President from Thursday (July 9) to Monday, July 13, same time (9:00 AM PHT). Our President will be travelling to Cebu on Thursday.

Hope this is okay with you. Kindly confirm. Thank you so much!

Mika""",
    date="2026-07-06 14:22 +0800", company="Kalinaw Academy", reply=True)

add("interview_reschedule_or_cancel", "lever_interview_cancelled_new_times_soon", "en",
    "Nadia Hassan <nadia.hassan@orbitly.example.com>", "Our call on Friday",
    """Hi Jordan,

I need to cancel our Friday conversation - our team offsite got moved and I'll be travelling all day. Really sorry about that.

Here are a few replacement times, all Pacific:
Mon 3/16 - 10:00 or 1:30
Tue 3/17 - 9:00

Just reply with whichever works and I'll send a fresh invite.

Nadia""",
    date="2026-03-11 08:07 -0700", company="Orbitly")

add("interview_reschedule_or_cancel", "absage_termin_neuer_folgt", "de",
    "Katrin Hofmann <katrin.hofmann@bergmann-medtech.example.de>",
    "Absage Termin 19.03. – neuer Terminvorschlag folgt",
    """Sehr geehrte*r Jordan Whitfield-Osei,

leider müssen wir unseren Gesprächstermin am Donnerstag, 19. März, um 14:00 Uhr kurzfristig absagen, da Frau Dr. Lenz krankheitsbedingt ausfällt.

Wir melden uns Anfang nächster Woche mit einem neuen Terminvorschlag bei Ihnen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Hofmann
Human Resources
Bergmann Medizintechnik GmbH""",
    date="2026-03-17 09:31 +0100", company="Bergmann Medizintechnik", charset="iso-8859-1", cte="qp")

add("interview_reschedule_or_cancel", "du_koennen_wir_verschieben", "de",
    "Felix Hartmann <felix@lernpilot.example.de>", "Re: Kennenlernen?",
    """Hey Jordan,

sorry für die kurzfristige Nachricht – bei mir ist morgen ein Investorentermin reingerutscht. Können wir unser Gespräch auf Donnerstag verschieben? Gleiche Uhrzeit (17 Uhr) wäre super, ansonsten buch dir gern einfach einen neuen Slot über den Link.

Danke dir & bis dann
Felix""",
    date="2026-03-02 20:40 +0100", company="Lernpilot", reply=True,
    quote=q("de", "Mo., 2. März 2026 um 09:11", "Calendly <notifications@calendly.com>",
            """Neues Ereignis: Jordan Whitfield-Osei – Kennenlernen (30 Min) – Mittwoch, 4. März 2026, 17:00"""))

add("interview_reschedule_or_cancel", "terminverschiebung_hochschule", "de",
    "Prof. Dr. Sabine Wolf <sabine.wolf@hs-lechfeld.example.de>",
    "Terminverschiebung Auswahlgespräch Kennziffer 26/014",
    """Sehr geehrte*r Jordan Whitfield-Osei,

aufgrund einer Terminkollision in der Kommission müssen wir das Auswahlgespräch vom 24. Juni auf Freitag, den 26. Juni 2026, 13:00 Uhr verlegen. Ort und Ablauf (Lehrprobe und Gespräch) bleiben unverändert.

Bitte teilen Sie uns mit, ob Ihnen der neue Termin möglich ist.

Mit freundlichen Grüßen
Sabine Wolf""",
    date="2026-06-15 11:09 +0200", company="Hochschule Lechfeld")

add("interview_reschedule_or_cancel", "report_entrevue_quebec", "fr",
    "Isabelle Tremblay <isabelle.tremblay@cssdestroislacs.example.qc.ca>",
    "Report de votre entrevue du 7 mai",
    """Bonjour Jordan,

En raison d'une journée de formation imprévue pour les membres du comité, nous devons reporter votre entrevue prévue le jeudi 7 mai. Serait-il possible pour vous de nous rencontrer plutôt le mardi 12 mai à 9 h ou à 13 h 30?

Nous sommes désolés de ce contretemps.

Isabelle Tremblay
Agente de dotation
Centre de services scolaire des Trois-Lacs""",
    date="2026-05-04 15:55 -0400", company="Centre de services scolaire des Trois-Lacs",
    charset="iso-8859-1", cte="b64")

add("interview_reschedule_or_cancel", "annule_entretien_ics", "fr",
    "Camille Roux <camille@classeo.example.fr>", "Annulé : Call Classeo x Jordan",
    """Hello Jordan,

Je dois malheureusement annuler notre call de demain, j'ai un imprévu. Je te renvoie un lien pour reprendre un créneau dès que possible, sans doute lundi.

Désolée !
Camille""",
    date="2026-03-30 18:12 +0200", company="Classeo", fmt="alt",
    ics={"uid": "classeo-call-3321@calendly.com", "start": "20260331T090000Z",
         "end": "20260331T093000Z", "method": "CANCEL", "seq": "1",
         "summary": "Call Classeo x Jordan", "organizer": "camille@classeo.example.fr",
         "cn": "Camille Roux", "location": "Google Meet"})

add("interview_reschedule_or_cancel", "cambio_horario_entrevista", "es",
    "Daniela Ortega <daniela.ortega@grupoceiba.example.mx>", "Cambio de horario - entrevista",
    """Hola Jordan,

Una disculpa, la directora académica tuvo un cambio en su agenda y necesitamos mover tu entrevista del miércoles 20 a las 11:00 al viernes 22 a las 10:00 (hora CDMX). ¿Te queda bien?

Quedo atenta.

Saludos,
Daniela""",
    date="2026-05-18 17:30 -0600", company="Grupo Educativo Ceiba", charset="iso-8859-1", cte="8bit")

add("interview_reschedule_or_cancel", "spain_reprogramar", "es",
    "Pablo Méndez <pablo@kumoformacion.example.es>", "Re: Videollamada jueves",
    """Jordan, perdona, al final el jueves no voy a poder. ¿Lo pasamos al lunes 29 a la misma hora? Si no te encaja dime y buscamos otro hueco.

Gracias!
Pablo

Enviado desde Outlook para iOS""",
    date="2026-06-24 21:03 +0200", company="Kumo Formación", reply=True)

# missed interviews ------------------------------------------------------------------------------

add("missed_interview_notice", "tried_calling_scheduled_time", "en",
    "Tamara Wells <twells@aspenridgeschools.example.org>", "Phone screen today",
    """Hi Jordan,

I tried calling you at the scheduled time today (10:00 AM MT) at the number on your application, 555-0100-2233, but it went to voicemail. I left a brief message.

If you are still interested in the Instructional Technology Specialist position, please reply with a couple of times that work for you this week and I will do my best to reschedule.

Thank you,
Tamara Wells
HR Specialist - Licensed Staffing
Aspen Ridge Public Schools""",
    date="2026-02-24 10:31 -0700", company="Aspen Ridge Public Schools")

add("missed_interview_notice", "did_not_join_teams", "en",
    "Naomi Fletcher <naomi.fletcher@lakeporttrust.example.ca>", "Today's interview",
    """Hi Jordan,

Simone and I were on the Teams meeting for your 11:00 interview this morning but you did not join, and we weren't able to reach you by phone. I hope everything is alright.

If something came up, please let me know and we can see whether there's another time that works before we wrap up the first round.

Regards,
Naomi Fletcher
Talent Acquisition Advisor
Lakeport Trust Bank""",
    date="2026-09-01 12:04 -0400", company="Lakeport Trust Bank")

add("missed_interview_notice", "we_missed_you_casual", "en",
    "Bri Castellano <bri@lumenpath.example.com>", "missed you!",
    """Hey Jordan - we missed you on the Zoom today at 2! No worries, totally get that things come up. Want to grab another slot? Same link: https://calendly.com/bri-lumenpath/25min

Bri""",
    date="2026-01-28 14:19 -0600", company="Lumen Path")

add("missed_interview_notice", "ats_no_show_notice", "en",
    "Cobalt Learning <no-reply@ashbyhq.com>", "We missed you at your interview",
    """Hi Jordan,

It looks like you weren't able to make your Hiring Manager Interview with Cobalt Learning scheduled for Tuesday, August 18 at 10:00 AM PDT.

If you'd still like to be considered for the Learning Content Manager role, please reply to your recruiter, Theo Marsh (theo.marsh@cobaltlearning.example.com), within 3 business days to discuss next steps.

Cobalt Learning Recruiting""",
    date="2026-08-18 10:47 -0700", company="Cobalt Learning", system=True,
    contact="theo.marsh@cobaltlearning.example.com", fmt="html", skin=1)

add("missed_interview_notice", "talent_partner_client_waited", "en",
    "Jess Navarro <jess@summitvale.example.com>", "are you ok??",
    """Jordan - Priya from Greystone just pinged me that she waited on the Teams call for 15 min at 2 and you didn't show. Are you ok?? Totally not like you!

Call or text me when you see this - if it was a tech issue I can probably smooth it over and get you a new time but I need to get back to them today.

Jess
555-0110-4432""",
    date="2026-05-12 14:22 -0400", company="Greystone Financial")

add("missed_interview_notice", "university_no_show_demo", "en",
    "Gregory Atwell <gatwell@pinecrestcc.example.edu>", "Teaching demonstration this morning",
    """Jordan,

We had you scheduled for a teaching demonstration at 9:30 this morning in Room S-114, and the committee and the student volunteers waited until 10:00. We did not hear from you.

If there was an emergency, I understand - please let me know by Friday if you wish to remain in the search, and we will see whether a remote demonstration is possible.

Gregory Atwell
Dean, STEM Division
Pinecrest Community College""",
    date="2026-04-17 10:26 -0500", company="Pinecrest Community College")

add("missed_interview_notice", "nicht_im_teams_meeting", "de",
    "Nicole Frei <nicole.frei@bildungsnetz-limmat.example.ch>", "Unser Termin heute, 9.00 Uhr",
    """Guten Tag Jordan Whitfield-Osei

Wir waren heute um 9.00 Uhr für unser Gespräch im Teams-Meeting, leider haben Sie sich nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Ende Woche bei mir, gerne prüfen wir einen neuen Termin.

Freundliche Grüsse
Nicole Frei
HR Business Partner
Bildungsnetz Limmat""",
    date="2026-05-11 09:42 +0200", company="Bildungsnetz Limmat", charset="iso-8859-1", cte="qp")

add("missed_interview_notice", "nicht_erreicht_telefoninterview", "de",
    "Oliver Seidel <o.seidel@seidel-partner.example.de>", "Telefonat heute 15 Uhr",
    """Hallo Jordan,

wir hatten heute um 15 Uhr das Telefonat mit Frau Brandl von der Isarwerk Akademie vereinbart – sie hat Sie leider nicht erreicht, auch auf meinen Rückruf kam keine Reaktion.

Ist alles in Ordnung? Geben Sie mir bitte kurz Bescheid, dann versuche ich, einen neuen Termin zu organisieren.

Beste Grüße
Oliver Seidel""",
    date="2026-07-14 15:36 +0200", company="Isarwerk Akademie")

add("missed_interview_notice", "pas_pu_vous_joindre", "fr",
    "Isabelle Tremblay <isabelle.tremblay@cssdestroislacs.example.qc.ca>", "Votre entrevue de ce matin",
    """Bonjour Jordan,

Le comité vous attendait ce matin à 9 h sur Teams pour votre entrevue, mais vous ne vous êtes pas connecté(e) et nous n'avons pas pu vous joindre par téléphone à l'heure prévue.

Si vous souhaitez toujours poursuivre le processus, merci de nous contacter d'ici vendredi afin que nous puissions évaluer la possibilité d'une nouvelle plage horaire.

Cordialement,
Isabelle Tremblay
Agente de dotation
Centre de services scolaire des Trois-Lacs""",
    date="2026-05-12 10:02 -0400", company="Centre de services scolaire des Trois-Lacs",
    charset="iso-8859-1", cte="qp")

add("missed_interview_notice", "absent_entretien_visio", "fr",
    "Hugo Lambert <hugo.lambert@octavelearning.example.fr>", "Notre entretien de 14h",
    """Bonjour Jordan,

Je vous attendais à 14h pour notre entretien en visio mais je ne vous ai pas vu arriver. J'espère que tout va bien de votre côté.

N'hésitez pas à me répondre si vous souhaitez fixer un nouveau créneau.

Bien à vous,
Hugo Lambert
Head of Content – Octave Learning""",
    date="2026-09-15 14:25 +0200", company="Octave Learning")

add("missed_interview_notice", "no_pudimos_contactarte", "es",
    "Fernanda Ruiz <fernanda.ruiz@aprendia.example.mx>", "Entrevista de hoy",
    """Hola Jordan,

Te estuvimos esperando en la llamada de las 12:00 y también intentamos marcarte, pero no pudimos contactarte a la hora acordada.

¿Todo bien? Si sigues interesado/a en la vacante, avísame y vemos si podemos reagendar esta semana.

Saludos,
Fer""",
    date="2026-04-21 12:33 -0600", company="Aprendia")

# application acknowledgements ----------------------------------------------------------------

add("application_received", "workday_thank_you_for_applying", "en",
    "Meridian Health System <meridianhealth@myworkday.com>",
    "Thank you for applying to Meridian Health System",
    """Dear Jordan,

Thank you for your interest in Meridian Health System! We have received your application for Clinical Education Specialist - Nursing Professional Development (R-0045127).

Our talent acquisition team will review your qualifications. If your background is a match for the position, a recruiter will contact you to discuss next steps. Due to the high volume of applications we receive, we are unable to respond to every applicant individually.

You can check the status of your application anytime by signing in to your candidate home: https://meridianhealth.wd5.myworkdayjobs.com/careers/userHome

Thank you,
Meridian Health System Talent Acquisition

*** Please do not reply to this email. This mailbox is not monitored. ***""",
    date="2026-02-06 22:41 +0000", company="Meridian Health System", system=True, fmt="html", skin=2)

add("application_received", "icims_received_no_individual_feedback", "en",
    "Harborview Museum of Science <hr-noreply@icims.com>",
    "Harborview Museum of Science: Application Received",
    """Hi Jordan,

Thank you for applying for the Learning Programs Developer position at the Harborview Museum of Science. This message confirms that we have received your application.

We will review all applications over the coming weeks. Unfortunately, we are unable to provide individual feedback at this stage of the process, but if your qualifications match our needs, a member of the Education Department will be in touch to schedule a conversation.

We appreciate your interest in joining us in sparking curiosity for all ages.

Harborview Museum of Science
Human Resources""",
    date="2026-06-02 15:50 -0700", company="Harborview Museum of Science", system=True,
    fmt="alt", skin=1, logo="Harborview Museum of Science")

add("application_received", "smartrecruiters_confirmation", "en",
    "First Prairie Bank <noreply@smartrecruiters.com>",
    "Thanks for applying to First Prairie Bank",
    """Hi Jordan,

Thank you for your application for the Learning Experience Designer position at First Prairie Bank!

What happens next?
- Our team reviews every application carefully.
- If we'd like to move forward, we'll reach out within 2-3 weeks.
- In the meantime, you can track your application status in your SmartRecruiters profile.

We wish you the best of luck!

First Prairie Bank Talent Acquisition""",
    date="2026-06-10 13:26 -0500", company="First Prairie Bank", system=True, fmt="html", skin=1)

add("application_received", "usajobs_agency_received", "en",
    "USAJOBS <usajobs-noreply@usajobs.example.gov>",
    "Your application for Training Specialist (Instructional Systems Design) has been received",
    """Dear Jordan Whitfield-Osei,

Thank you for applying to Training Specialist (Instructional Systems Design), GS-1712-11, with the Department of Workforce Readiness, announcement DWR-26-12345678-MP.

Your application was received by the agency on 03/04/2026. You can track the progress of your application by signing into USAJOBS and selecting "Application Status."

The hiring agency will review your application to determine whether you meet the minimum qualifications. This process may take several weeks. Please do not contact the agency during this time unless you have updates to your application.

This is an automated message. Please do not reply.""",
    date="2026-03-04 18:02 -0500", company="Department of Workforce Readiness", system=True,
    cte="8bit", charset="us-ascii")

add("application_received", "handshake_application_submitted", "en",
    "Handshake <notifications@mail.joinhandshake.example.com>",
    "Your application to Pinecrest Community College was submitted",
    """Jordan, your application is in!

Science Faculty (Adjunct Pool) - Pinecrest Community College
Applied: Mar 2, 2026 at 9:14 PM

The employer will reach out directly if they'd like to move forward. You can view the status of all your applications in Handshake.

View application: https://app.joinhandshake.example.com/applications

Manage notifications | Unsubscribe""",
    date="2026-03-02 21:14 -0500", company="Pinecrest Community College", system=True, fmt="html",
    skin=1, headers={"List-Unsubscribe": "<https://app.joinhandshake.example.com/unsub/88a1>"})

add("application_received", "bamboohr_short_receipt", "en",
    "Pebble & Pine <notifications@app.bamboohr.com>", "Application Received",
    """Hi Jordan,

Thanks for your interest in the Education Programs Manager position at Pebble & Pine. We've received your application and our hiring team will review it shortly.

If there's a fit, you'll hear from us soon!

Cheers,
The Pebble & Pine Team""",
    date="2026-08-28 11:05 -0400", company="Pebble & Pine", system=True, fmt="html", skin=0)

add("application_received", "recruiter_human_got_it", "en",
    "Carla Mendes <cmendes@stjudeoftheplains.example.org>", "Re: Education Coordinator - resume attached",
    """Hi Jordan,

Got it, thank you! I've added your resume to the file for the Education Coordinator position and will share it with the hiring manager this week. I'll be in touch either way once they've had a chance to review.

Carla

Carla Mendes, SHRM-CP
Talent Acquisition Partner
St. Jude of the Plains Medical Center""",
    date="2026-07-20 08:47 -0500", company="St. Jude of the Plains Medical Center", reply=True,
    quote=q("gmail", "Sun, Jul 19, 2026 at 8:12 PM", ME, """Hi Carla,

As promised on the phone, attached is my resume for the Education Coordinator opening.

Thank you!
Jordan"""))

add("application_received", "kenyan_acknowledge_receipt", "en",
    "Umoja EdTech Recruitment <recruitment@umojaedtech.example.co.ke>",
    "ACKNOWLEDGEMENT OF APPLICATION - LEARNING DESIGNER",
    """Dear Applicant,

We hereby acknowledge receipt of your application for the position of Learning Designer.

Kindly note that only shortlisted candidates will be contacted. Should you not hear from us within three (3) weeks of the closing date, please consider your application unsuccessful.

Thank you for your interest in Umoja EdTech.

HR & Admin Department
Umoja EdTech Limited""",
    date="2026-03-20 12:14 +0300", company="Umoja EdTech",
    contact="recruitment@umojaedtech.example.co.ke")

add("application_received", "paylocity_candidate_receipt", "en",
    "Riverbend Public Library Foundation <donotreply@paylocity.com>",
    "Thank You for Your Application",
    """Jordan,

Thank you for applying for the position of Youth STEM Learning Coordinator with Riverbend Public Library Foundation. Your application has been successfully submitted.

We review all applications carefully. Due to the volume of applications, we cannot respond to every applicant individually; candidates selected for an interview will be contacted by phone or email.

Best regards,
Riverbend Public Library Foundation""",
    date="2026-04-03 09:30 -0500", company="Riverbend Public Library Foundation", system=True,
    fmt="html", skin=2)

add("application_received", "rippling_dutch_startup_receipt", "en",
    "Grachten Labs Hiring <hiring@grachtenlabs.example.nl>",
    "We received your application - Customer Success Manager (Education)",
    """Hi Jordan,

Thanks for applying to Grachten Labs! Your application for Customer Success Manager (Education) has landed with us.

What's next: we look at every application ourselves (no robots), usually within 10 working days. We'll let you know either way - it may just take a little while.

Groetjes,
Team Grachten Labs
Amsterdam""",
    date="2026-05-07 10:02 +0200", company="Grachten Labs",
    contact="hiring@grachtenlabs.example.nl", fmt="alt", skin=0)

add("application_received", "personio_eingangsbestaetigung", "de",
    "Lernwerk Berlin GmbH <jobs@lernwerk-berlin.jobs.personio.de>",
    "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte*r Jordan Whitfield-Osei,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lernwerk Berlin GmbH""",
    date="2026-02-20 14:33 +0100", company="Lernwerk Berlin", system=True, fmt="alt", skin=1)

add("application_received", "versicherung_kein_individuelles_feedback", "de",
    "Alpenstern Versicherung AG <recruiting@alpenstern.example.de>",
    "Ihre Bewerbung ist bei uns eingegangen – Kennziffer 4471",
    """Sehr geehrte(r) Frau/Herr Whitfield-Osei,

herzlichen Dank für Ihre Bewerbung als Referent Learning & Development (w/m/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der hohen Anzahl an Bewerbungen können wir Ihnen leider zum jetzigen Zeitpunkt kein individuelles Feedback geben. Wir werden uns nach Abschluss der Vorauswahl unaufgefordert bei Ihnen melden.

Mit freundlichen Grüßen
Alpenstern Versicherung AG
Personalgewinnung""",
    date="2026-05-18 07:55 +0200", company="Alpenstern Versicherung", charset="windows-1252", cte="qp")

add("application_received", "joincom_bewerbung_eingegangen", "de",
    "Klassenfuchs via JOIN <noreply@join.com>", "Deine Bewerbung ist eingegangen",
    """Hallo Jordan,

super, deine Bewerbung als Customer Success Manager (m/w/d) bei Klassenfuchs ist eingegangen! 🎉

Das Team schaut sich deine Unterlagen in Ruhe an und meldet sich bei dir. Den Status deiner Bewerbung kannst du jederzeit in deinem JOIN-Profil sehen.

Viel Erfolg!
Dein JOIN-Team""",
    date="2026-04-06 16:20 +0200", company="Klassenfuchs", system=True, fmt="html", skin=1)

add("application_received", "zurich_eingang_bestaetigt", "de",
    "Zürcher Lernakademie <jobs@zh-lernakademie.example.ch>",
    "Bestätigung: Bewerbung Fachperson Didaktik & E-Learning",
    """Guten Tag Jordan Whitfield-Osei

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung und danken Ihnen für Ihr Interesse an der Zürcher Lernakademie.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns bis Ende Juni bei Ihnen melden.

Freundliche Grüsse
HR Zürcher Lernakademie""",
    date="2026-06-03 11:45 +0200", company="Zürcher Lernakademie",
    contact="jobs@zh-lernakademie.example.ch", charset="iso-8859-1", cte="qp")

add("application_received", "stadt_bewerbung_erhalten", "de",
    "Landeshauptstadt München – Personalgewinnung <bewerbung@lhm-personal.example.de>",
    "Ihre Online-Bewerbung – Ausschreibung 2026/0815 Fortbildungsreferent*in",
    """Sehr geehrte*r Jordan Whitfield-Osei,

Ihre Online-Bewerbung für die Stelle Fortbildungsreferent*in im Pädagogischen Institut ist bei uns eingegangen.

Bitte sehen Sie von Nachfragen zum Stand des Verfahrens ab. Wir informieren Sie, sobald die Auswahlentscheidung getroffen wurde. Die Bearbeitung kann aufgrund der Vielzahl der Bewerbungen bis zu acht Wochen in Anspruch nehmen.

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
    date="2026-07-01 06:00 +0200", company="Landeshauptstadt München", system=True,
    charset="iso-8859-1", cte="b64")

add("application_received", "accuse_reception_candidature", "fr",
    "Université de Valmont – Recrutement <ne-pas-repondre@univ-valmont.example.fr>",
    "Accusé de réception de votre candidature (réf. IP-2026-07)",
    """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste d'ingénieur·e pédagogique (réf. IP-2026-07) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera examiné par le comité de sélection à l'issue de la date limite de dépôt. En raison du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles avant cette date.

Ceci est un message automatique, merci de ne pas y répondre.

Direction des ressources humaines
Université de Valmont""",
    date="2026-05-10 08:00 +0200", company="Université de Valmont", system=True,
    charset="windows-1252", cte="qp")

add("application_received", "quebec_nous_avons_bien_recu", "fr",
    "Musée des sciences de Montréal-Nord <emplois@msmn.example.qc.ca>",
    "Nous avons bien reçu votre candidature",
    """Bonjour Jordan,

Merci d'avoir postulé au poste d'animateur·rice scientifique – programmes scolaires. Nous avons bien reçu votre candidature.

Seules les personnes retenues pour une entrevue seront contactées. Nous vous remercions de votre intérêt pour le Musée!

L'équipe des ressources humaines
Musée des sciences de Montréal-Nord""",
    date="2026-08-12 13:33 -0400", company="Musée des sciences de Montréal-Nord",
    contact="emplois@msmn.example.qc.ca", fmt="alt", skin=2)

add("application_received", "tu_candidature_recue_startup", "fr",
    "L'équipe Pédagogix <bonjour@pedagogix.example.ca>", "Candidature reçue 👋",
    """Salut Jordan,

Ta candidature pour le poste de gestionnaire succès client est bien arrivée chez nous. Merci!

On lit tout nous-mêmes, alors ça peut prendre une dizaine de jours. On te revient dans tous les cas.

L'équipe Pédagogix""",
    date="2026-07-03 11:11 -0400", company="Pédagogix", contact="bonjour@pedagogix.example.ca",
    fmt="html", skin=0)

add("application_received", "mexico_recibimos_postulacion", "es",
    "Aprendia Talento <talento@aprendia.example.mx>", "¡Recibimos tu postulación!",
    """¡Hola Jordan!

Gracias por postularte a la vacante de Diseñador(a) Instruccional en Aprendia. Ya recibimos tu CV y lo estamos revisando.

Si tu perfil avanza, te contactaremos por este medio en un plazo de 10 días hábiles.

¡Mucho éxito!
Equipo de Talento Aprendia""",
    date="2026-04-01 10:40 -0600", company="Aprendia", contact="talento@aprendia.example.mx",
    fmt="alt", skin=1)

add("application_received", "spain_confirmacion_recepcion", "es",
    "Editorial Cometa – RR. HH. <no-responder@editorialcometa.example.es>",
    "Confirmación de recepción de su candidatura",
    """Estimado/a candidato/a:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Editor/a de Ciencias (ESO y Bachillerato).

Debido al elevado número de candidaturas recibidas, no nos es posible responder de forma individual a cada una de ellas. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto con usted.

Atentamente,
Departamento de Recursos Humanos
Editorial Cometa

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""",
    date="2026-07-28 09:15 +0200", company="Editorial Cometa", system=True,
    charset="iso-8859-1", cte="qp")

# offers -------------------------------------------------------------------------------------------

add("offer", "verbal_offer_follow_up", "en",
    "Rachel Kim <rachel.kim@canopyhealthlearning.example.com>", "Following up on our call",
    """Hi Jordan,

It was so great to speak with you this afternoon - I'm thrilled to put in writing what I shared on the phone: we'd love for you to join Canopy Health Learning as a Clinical Learning Designer!

To recap what we discussed:
- Base salary: $84,000
- Start date: Monday, June 15 (flexible)
- Fully remote, with one team week in Boston per quarter

The formal offer letter will come through DocuSign tomorrow. In the meantime, please don't hesitate to reach out with any questions - happy to hop on another call.

Congratulations!
Rachel""",
    date="2026-05-14 17:40 -0400", company="Canopy Health Learning", fmt="alt")

add("offer", "offer_letter_attached", "en",
    "Dr. Dwayne Robinson <drobinson@ncascades.example.edu>",
    "Offer of Employment - Instructional Designer",
    """Dear Jordan,

On behalf of Northern Cascades University, I am delighted to offer you the position of Instructional Designer in the Office of Digital Learning. Please find your offer letter attached, which outlines the salary, benefits and start date.

This offer is contingent upon the successful completion of a background check. Please sign and return the letter by May 22, 2026.

We were very impressed by your campus visit and look forward to welcoming you to the team.

Sincerely,
Dwayne Robinson""",
    date="2026-05-12 10:18 -0700", company="Northern Cascades University",
    attach="NCU_Offer_Letter_Whitfield-Osei.pdf")

add("offer", "talent_partner_offer_exclamation", "en",
    "Jess Navarro <jess@summitvale.example.com>", "!!!! OFFER !!!!",
    """JORDAN!!!

Greystone Financial wants to make you an offer for the Learning Specialist contract!!! 6 months, $48/hr W2, hybrid 2 days/wk in their Atlanta office, potential to convert!!

Call me when you can so I can walk you through everything before I send the paperwork!!

Jess""",
    date="2026-05-21 11:03 -0400", company="Greystone Financial")

add("offer", "pleased_to_offer_docusign", "en",
    "Stackwise People Team <people@stackwise.example.io>",
    "Your offer from Stackwise",
    """Hi Jordan,

We're pleased to offer you the role of Learning Experience Designer at Stackwise! Your offer letter is ready for review and signature in DocuSign:

https://docusign.example.net/sign/0f2a1b

Please review and sign by Friday, April 10. Reach out to Luis (luis.andrade@stackwise.example.io) or reply here with any questions.

Welcome (almost!) to Stackwise.

Stackwise People Team""",
    date="2026-04-06 12:30 -0700", company="Stackwise", contact="people@stackwise.example.io",
    fmt="html", skin=1, logo="Stackwise")

add("offer", "conditional_offer_school_district", "en",
    "Tamara Wells <twells@aspenridgeschools.example.org>",
    "Conditional Offer of Employment - Instructional Technology Specialist",
    """Dear Jordan Whitfield-Osei,

Aspen Ridge Public Schools is pleased to extend to you a conditional offer of employment for the position of Instructional Technology Specialist, 1.0 FTE, 2026-27 school year, at placement Step 6 of the Professional Salary Schedule.

This offer is conditional upon (1) satisfactory fingerprint-based background check, (2) verification of your Colorado license, and (3) Board of Education approval at its April 14 meeting.

Please indicate your acceptance by replying to this email within three (3) business days.

Sincerely,
Tamara Wells
HR Specialist - Licensed Staffing
Aspen Ridge Public Schools""",
    date="2026-03-26 15:02 -0600", company="Aspen Ridge Public Schools", charset="windows-1252")

add("offer", "filipino_job_offer", "en",
    "Mika Santos <mika.santos@kalinawacademy.example.ph>", "Job Offer - Curriculum Writer (Science)",
    """Hi Jordan!

Congratulations! We are happy to inform you that you passed the final interview and we would like to offer you the position of Curriculum Writer (Science), project-based, fully remote.

Attached is the job offer for your review. Kindly sign and send back on or before July 24, 2026. If you have questions on the compensation or the deliverables, feel free to reach out po.

Welcome to the Kalinaw family!

Mika Santos
HR Associate | Kalinaw Academy""",
    date="2026-07-17 10:30 +0800", company="Kalinaw Academy", attach="Kalinaw_Job_Offer_JWO.pdf")

add("offer", "vertragsangebot_de", "de",
    "Katrin Hofmann <katrin.hofmann@bergmann-medtech.example.de>",
    "Ihr Vertragsangebot – Trainer/in Medizinprodukte",
    """Sehr geehrte*r Jordan Whitfield-Osei,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Trainer/in Medizinprodukte in unserer Akademie anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 30. April zurück. Für Rückfragen zum Vertrag stehe ich Ihnen jederzeit gerne zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Katrin Hofmann
Human Resources
Bergmann Medizintechnik GmbH""",
    date="2026-04-16 13:40 +0200", company="Bergmann Medizintechnik",
    attach="Arbeitsvertrag_Whitfield-Osei.pdf", charset="iso-8859-1", cte="qp")

add("offer", "zusage_du_startup", "de",
    "Felix Hartmann <felix@lernpilot.example.de>", "Wir wollen dich!",
    """Hey Jordan,

ich mach's kurz: Wir würden dich wahnsinnig gern als Learning Experience Designer bei Lernpilot an Bord holen! 🚀

Wie besprochen: 58.000 € brutto/Jahr, 30 Tage Urlaub, remote-first mit einem Teamtag pro Monat in Berlin. Den Vertrag schicke ich dir morgen per DocuSign.

Sag Bescheid, wenn du Fragen hast – ich freu mich riesig!

Felix""",
    date="2026-03-27 18:05 +0100", company="Lernpilot", fmt="alt")

add("offer", "proposition_embauche_fr", "fr",
    "Isabelle Tremblay <isabelle.tremblay@cssdestroislacs.example.qc.ca>",
    "Offre d'emploi – Conseillère ou conseiller pédagogique en sciences",
    """Bonjour Jordan,

C'est avec grand plaisir que nous vous offrons le poste de conseillère ou conseiller pédagogique en sciences et technologie, à temps plein, à compter du 17 août 2026.

Vous trouverez ci-joint la lettre d'offre précisant votre classement salarial et les conditions d'emploi. Nous vous prions de nous retourner la lettre signée d'ici le 5 juin.

Toutes nos félicitations et bienvenue au Centre de services scolaire des Trois-Lacs!

Isabelle Tremblay
Agente de dotation""",
    date="2026-05-28 14:00 -0400", company="Centre de services scolaire des Trois-Lacs",
    attach="Lettre_offre_Whitfield-Osei.pdf", charset="iso-8859-1", cte="b64")

add("offer", "oferta_laboral_mx", "es",
    "Daniela Ortega <daniela.ortega@grupoceiba.example.mx>", "Oferta laboral - Grupo Educativo Ceiba",
    """Hola Jordan,

¡Muchas felicidades! Nos da mucho gusto hacerte una oferta formal para el puesto de Coordinador(a) Académico(a) de Ciencias en Grupo Educativo Ceiba.

Te comparto adjunta la carta oferta con el sueldo, prestaciones y fecha de ingreso propuesta (1 de agosto). Te pedimos nos confirmes tu aceptación antes del viernes 12 de junio.

Cualquier duda, aquí estoy.

Saludos,
Daniela Ortega
Reclutamiento y Selección""",
    date="2026-06-05 12:40 -0600", company="Grupo Educativo Ceiba",
    attach="Carta_Oferta_JWO.pdf", charset="iso-8859-1", cte="qp")

# other: job alerts, newsletters, outreach, other meanings, the candidate's own mail, life admin ----

BULK = {"Precedence": "bulk"}


def listed(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers as a bulk sender writes them."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK}


add("other", "linkedin_job_alert_boston", "en",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
    "\"instructional designer\": 30+ new jobs in Greater Boston",
    """Your job alert for instructional designer in Greater Boston
30+ new jobs match your preferences.

Instructional Designer II
Bayside Medical Group - Boston, MA (Hybrid)
Actively recruiting · Easy Apply
https://www.linkedin.example.com/comm/jobs/view/4100000001

Learning Experience Designer
Quarry Hill Software - Cambridge, MA (Remote)
Be an early applicant
https://www.linkedin.example.com/comm/jobs/view/4100000002

Curriculum Developer, Science
Beacon Charter Network - Boston, MA
3 school alumni work here
https://www.linkedin.example.com/comm/jobs/view/4100000003

See all jobs: https://www.linkedin.example.com/comm/jobs/search

You're receiving job alert emails. Unsubscribe: https://www.linkedin.example.com/comm/unsub
© 2026 LinkedIn Corporation""",
    date="2026-01-13 07:02 -0500", system=True, fmt="html", skin=1,
    headers=listed("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/comm/unsub"))

add("other", "indeed_alert_austin", "en",
    "Indeed <alert@indeed.example.com>", "Curriculum Developer jobs in Austin, TX",
    """New jobs for "curriculum developer" in Austin, TX

Curriculum Developer - Middle School Science
Lone Star Learning Co. - Austin, TX
$62,000 - $75,000 a year
Design standards-aligned units... Interviews are being scheduled this week for qualified candidates.

K-12 Content Specialist
Hill Country ISD - Austin, TX
Responsible for curriculum review; previous classroom experience required.

Instructional Designer (Contract)
Ridgeline Staffing - Remote
Easily apply

View all 14 new jobs: https://www.indeed.example.com/jobs?q=curriculum+developer&l=Austin

Unsubscribe from this alert | Indeed, 6433 Champion Grandview Way, Austin, TX""",
    date="2026-02-09 06:31 -0600", system=True, fmt="alt", skin=1,
    headers=listed("<jobalert.indeed.example.com>", "https://www.indeed.example.com/unsub/af3"))

add("other", "higheredjobs_weekly", "en",
    "HigherEdJobs <jobs@higheredjobs.example.com>", "Your Weekly Job Agent Results (12 new)",
    """HigherEdJobs Job Agent: "instructional design" - Northeast, Midwest, Remote

Instructional Designer
Lakeshore State University - Chicago, IL
Posted 03/10/2026

Senior Instructional Designer (Online Learning)
Bellmont College - Remote
Posted 03/09/2026

Faculty Developer, Center for Teaching and Learning
St. Agnes University - New York, NY
Posted 03/08/2026

Edit or delete this Job Agent: https://www.higheredjobs.example.com/myhej/agents""",
    date="2026-03-12 05:00 -0400", system=True, cte="8bit", charset="us-ascii",
    headers=listed("<jobagent.higheredjobs.example.com>", "https://www.higheredjobs.example.com/unsub"))

add("other", "schoolspring_new_postings", "en",
    "SchoolSpring <noreply@schoolspring.example.com>", "5 new postings match your search",
    """Hi Jordan,

New postings matching "science coach OR curriculum" in Massachusetts:

* K-12 Science Curriculum Coordinator - Westfield Public Schools
* Instructional Coach (Secondary) - Maplewood Regional
* STEM Integration Specialist - North Shore Collaborative
* Chemistry Teacher (LTS) - Harbor City Public Schools
* Director of Teaching & Learning - Elmwood Academy

Log in to apply: https://www.schoolspring.example.com

Manage alerts: https://www.schoolspring.example.com/alerts""",
    date="2026-04-14 16:00 -0400", system=True, fmt="html", skin=2,
    headers=listed("<alerts.schoolspring.example.com>", "https://www.schoolspring.example.com/alerts/off"))

add("other", "career_newsletter_final_round_rejection", "en",
    "The Pivot Letter <hello@pivotletter.example.com>",
    "Rejected after the final round? Read this before you reply",
    """THE PIVOT LETTER - for teachers leaving the classroom
Issue #47

Hi friends,

This week's inbox question: "I made it to the final round for an instructional design job, did a take-home AND a panel, and then got a two-line rejection: 'we've decided to move forward with other candidates.' Do I respond?"

Short answer: yes, briefly. Thank them, ask one specific question about what would have made your portfolio stronger, and say you'd love to be considered for future roles. Don't argue. Don't send a novel.

Also in this issue:
- 5 phrases from your teaching resume that hiring managers skip
- Why "we'll keep your resume on file" isn't a lie (usually)
- Reader win: Maria landed a CSM role at an edtech after 73 applications

Read online: https://pivotletter.example.com/p/47

You're receiving this because you subscribed at pivotletter.example.com. Unsubscribe anytime.""",
    date="2026-03-22 08:00 -0400", system=True, fmt="alt", skin=2, logo="The Pivot Letter",
    headers=listed("The Pivot Letter <pivotletter.example.com>", "https://pivotletter.example.com/unsub"))

add("other", "newsletter_missed_interview_advice", "en",
    "Teach to Tech Weekly <newsletter@teachtotech.example.org>",
    "You missed the interview. Now what? + 9 remote L&D roles",
    """Teach to Tech Weekly | May 4, 2026

ADVICE: You missed the interview. Now what?
It happens - a time-zone mix-up, a dead phone, a sick kid. If you didn't join the call, write within the hour: apologise once, give one line of context, and offer two concrete times. Recruiters reschedule far more often than people think.

ROLES WE LIKE THIS WEEK
- Learning Designer, Quarry Hill Software (remote US)
- Customer Education Manager, Fieldnote (Denver)
- Curriculum Specialist, Nimbus Reads (Toronto)

COMMUNITY
Our next virtual coffee chat is Thursday at 7pm ET.

Unsubscribe | Update preferences | Teach to Tech, Chicago IL""",
    date="2026-05-04 07:30 -0500", system=True, fmt="html", skin=1,
    headers=listed("<weekly.teachtotech.example.org>", "mailto:unsubscribe@teachtotech.example.org"))

add("other", "inmail_cold_outreach_no_ask", "en",
    "Derek Sommers via LinkedIn <inmail-hit-reply@linkedin.example.com>",
    "Jordan, an opportunity in EdTech you might like",
    """Hi Jordan,

I came across your profile and was impressed by your move from the classroom into learning design - that's exactly the kind of background our clients in EdTech and SaaS value.

I'm a Principal at Brightline Search, where we partner with high-growth companies on Customer Education and Enablement hires. I don't have a specific role for you today, but I'd love to stay connected and keep you in mind as searches open up this year.

Feel free to accept my connection request!

Best,
Derek

Reply | View profile
This message was sent to jordan.whitfield@example.com. Unsubscribe""",
    date="2026-02-02 12:10 -0600", system=True, fmt="html", skin=2)

add("other", "staffing_marketing_hot_roles", "en",
    "Ridgeline Staffing <jobs@ridgelinestaffing.example.com>",
    "🔥 Hot L&D contract roles this week!",
    """Hi Jordan!!

Check out this week's HOTTEST learning & development contracts from Ridgeline!

- eLearning Developer (Storyline) - 6 mo - Remote - $45-55/hr
- Training Facilitator - 3 mo - Atlanta, GA - $38/hr
- Instructional Designer, Banking - 12 mo - Charlotte/Remote - $52/hr

Know someone great? Refer a friend and earn $500!!

Browse all jobs: https://ridgelinestaffing.example.com/jobs

Ridgeline Staffing | Unsubscribe from marketing emails""",
    date="2026-06-15 09:45 -0400", system=True, fmt="html", skin=1,
    headers=listed("<marketing.ridgelinestaffing.example.com>", "https://ridgelinestaffing.example.com/unsub"))

add("other", "podcast_guest_interview", "en",
    "Annie Lowe <annie@teacherslounge-pod.example.com>", "Podcast interview?",
    """Hi Jordan,

I host The Teachers' Lounge, a podcast for science educators (about 8k listeners, mostly middle and high school teachers). A colleague shared your blog post on redesigning chemistry labs around claim-evidence-reasoning, and I'd love to interview you for an episode!

It's a relaxed 40-minute conversation over Zoom; we record in May and release in June. Would you be up for it? Here's my scheduling link if so: https://calendly.com/teacherslounge/guest-recording

Thanks!
Annie Lowe
Host, The Teachers' Lounge""",
    date="2026-04-18 13:12 -0400")

add("other", "local_news_reporter_interview", "en",
    "Marcus Bell <mbell@cityledger.example.com>", "Media request: teacher attrition story",
    """Hi Jordan,

I'm a reporter at the City Ledger working on a story about experienced teachers leaving the classroom for corporate learning jobs. A mutual contact mentioned you recently made that transition.

Would you be willing to do a 15-minute phone interview this week? It can be on background if you prefer. My deadline is Friday.

Thanks,
Marcus Bell
Education Reporter, City Ledger
555-0155-0909""",
    date="2026-09-21 10:01 -0400")

add("other", "user_research_interview_gift_card", "en",
    "Inkwell Research Team <research@inkwell-lms.example.com>",
    "Share your feedback - 30 min interview, $50 thank-you",
    """Hi Jordan,

As a teacher who uses Inkwell in your classroom, we'd love to hear from you! We're running 30-minute user research interviews about how you create quizzes and give feedback.

Participants receive a $50 gift card. If you're interested, pick a time here: https://inkwell-lms.example.com/research/schedule

There are no right or wrong answers - we just want to learn how you work.

Thanks,
The Inkwell Research Team

You're receiving this because you opted in to research invitations. Opt out: https://inkwell-lms.example.com/research/optout""",
    date="2026-02-25 14:00 -0800", system=True, fmt="alt", skin=1,
    headers=listed("<research.inkwell-lms.example.com>", "https://inkwell-lms.example.com/research/optout"))

add("other", "candidate_experience_survey", "en",
    "Northbeam Software <surveys@candidate-pulse.example.com>",
    "How was your interview experience with Northbeam Software?",
    """Hi Jordan,

You recently interviewed with Northbeam Software. We'd love to hear about your experience - whatever the outcome.

This 2-minute survey is anonymous and helps Northbeam improve how it treats candidates:

https://candidate-pulse.example.com/s/nb-4471

Thank you!
Candidate Pulse, on behalf of Northbeam Software""",
    date="2026-02-20 11:00 -0800", system=True, fmt="html", skin=1)

add("other", "friend_own_rejection_vent", "en",
    "Tasha Greene <tasha.greene88@example.net>", "ugh",
    """ok so remember the Denver job I was SO excited about?? got the "unfortunately we've decided to move forward with other candidates" email this morning. after FOUR rounds. and a presentation!!

I'm fine. I'm totally fine. (I'm eating cereal for lunch.)

anyway how are YOUR interviews going? drinks Friday? I need to complain to someone who gets it

T""",
    date="2026-05-29 12:48 -0600")

add("other", "store_order_delayed", "en",
    "Parcel & Pine Goods <orders@parcelpine.example.com>", "Unfortunately your order is delayed",
    """Hi Jordan,

Unfortunately your order #PP-448213 (Lab Safety Goggles, 30-pack; Periodic Table Poster) is delayed. Our carrier has let us know it will arrive 3-5 business days later than expected.

We're sorry for the wait. Your new estimated delivery date is Friday, March 13.

Track your order: https://parcelpine.example.com/track/PP-448213

Parcel & Pine Goods Customer Care""",
    date="2026-03-06 09:12 -0500", system=True, fmt="html", skin=1)

add("other", "gps_position_share", "en",
    "TrailMate <alerts@trailmate.example.com>", "Kofi shared a position with you",
    """Kofi Osei shared their current position with you.

Position: 39.7392 N, 104.9903 W (near Denver, CO)
Accuracy: 12 m
Time: Aug 8, 2026 4:12 PM MDT
Battery: 41%

Open the map: https://trailmate.example.com/share/7a8b9c

You're receiving this because Kofi added you as a trusted contact.""",
    date="2026-08-08 16:13 -0600", system=True, fmt="alt", skin=2)

add("other", "credit_card_application_received", "en",
    "Harbor Bank Card Services <cardservices@harborbank.example.com>",
    "We've received your application",
    """Dear Jordan Whitfield-Osei,

Thank you for applying for the Harbor Bank Cash Rewards Visa. We've received your application and are reviewing it.

Most decisions are made within 7-10 business days. We'll notify you by mail and email. Please do not reply to this email; for questions, call 1-800-555-0199.

Application reference: HB-CR-2026-0093412

Harbor Bank, N.A. Member FDIC. Equal Housing Lender.""",
    date="2026-01-29 18:40 -0500", system=True, fmt="html", skin=1)

add("other", "auto_loan_not_approved", "en",
    "Summit Credit Union <notices@summitcu.example.org>", "An update on your loan application",
    """Dear Jordan,

Thank you for your recent application for an auto loan with Summit Credit Union.

After careful review, we regret that we are unable to approve your application at this time. The principal reason(s) for our decision: insufficient length of employment at current employer.

You have the right to a free copy of your credit report within 60 days. A written notice of this adverse action, including your rights under the Equal Credit Opportunity Act, will be mailed to you.

Summit Credit Union""",
    date="2026-09-03 14:10 -0600", system=True, fmt="alt", skin=2)

add("other", "apartment_application_declined", "en",
    "Ellie Moran <ellie@lakeviewproperty.example.com>", "1420 W Balmoral #3 - application",
    """Hi Jordan,

Thanks for applying for the 2-bedroom at 1420 W Balmoral. Unfortunately we've decided to move forward with another applicant for this unit - they were able to sign for an earlier move-in date.

We have a similar unit opening at 1436 W Balmoral in October if you'd like to be notified.

Best,
Ellie Moran
Leasing Agent, Lakeview Property Management
Chicago""",
    date="2026-07-30 15:30 -0500")

add("other", "graduate_admission_decision", "en",
    "Office of Graduate Admissions <gradadmissions@bellmont.example.edu>",
    "Your application decision - M.Ed. Learning Design & Technology",
    """Dear Jordan,

Thank you for your application to the Master of Education in Learning Design & Technology program at Bellmont College.

The admissions committee has completed its review. We regret to inform you that we are unable to offer you admission for the Fall 2026 term. This year we received more than 600 applications for 40 places.

We encourage you to consider applying again in a future cycle.

Sincerely,
Office of Graduate Admissions
Bellmont College""",
    date="2026-03-18 17:00 -0400", system=True, fmt="html", skin=1)

add("other", "own_sent_thank_you_note", "en",
    ME, "Thank you - Clinical Learning Designer conversation",
    """Hi Rachel and Matt,

Thank you both for the conversation this afternoon. I really enjoyed hearing how the nurse onboarding program evolved, and the working session made me even more excited about the Clinical Learning Designer role.

I'm looking forward to hearing about next steps - and happy to share any additional samples in the meantime.

Best,
Jordan Whitfield-Osei
555-0100-2233""",
    date="2026-04-28 17:22 -0400", to="Rachel Kim <rachel.kim@canopyhealthlearning.example.com>",
    cc="Matt Oyelaran <matt.o@canopyhealthlearning.example.com>")

add("other", "own_sent_reply_to_rejection", "en",
    ME, "Re: Learning Programs Developer - Harborview Museum of Science",
    """Hi Elena,

Thank you for letting me know, and for the kind words. I'd love to be considered if another education role opens up - and I'll definitely visit!

Best,
Jordan""",
    date="2026-07-09 19:02 -0400", to="Elena Marsh <emarsh@harborviewscience.example.org>",
    reply=True, quote=q("gmail", "Thu, Jul 9, 2026 at 4:18 PM", "Elena Marsh <emarsh@harborviewscience.example.org>",
                        """Dear Jordan,

On behalf of the Education Department at the Harborview Museum of Science, thank you for applying for the Learning Programs Developer position. After careful consideration, we regret that we are unable to offer you an interview at this time."""))

add("other", "recruiter_out_of_office", "en",
    "Owen Pritchard <owen.pritchard@northbeam.example.com>",
    "Automatic reply: Re: Customer Education Specialist interview",
    """Thanks for your email. I'm out of the office from Monday 2/16 through Friday 2/20 with limited access to email.

For interview scheduling questions, please contact recruiting@northbeam.example.com. I'll respond when I'm back.

Owen""",
    date="2026-02-16 08:00 -0800",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "calendar_standup_notification", "en",
    "Google Calendar <calendar-notification@google.example.com>",
    "Updated invitation: Science Dept Standup @ Weekly from 7:15am to 7:30am on Monday (EST)",
    """This event has been changed.

Science Dept Standup
When: Weekly from 7:15am to 7:30am on Monday (Eastern Time - New York)
Where: Room 214
Organizer: Mr. Halvorsen (Department Chair)

Changed: the standup now starts at 7:15am instead of 7:20am.

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.""",
    date="2026-01-09 15:30 -0500", system=True, fmt="alt", skin=2,
    ics={"uid": "sciencestandup-214@westbrookhs.example.org", "start": "20260112T121500Z",
         "end": "20260112T123000Z", "seq": "3", "summary": "Science Dept Standup",
         "organizer": "dhalvorsen@westbrookhs.example.org", "cn": "Dan Halvorsen",
         "location": "Room 214"})

add("other", "irs_return_accepted", "en",
    "IRS e-file <efile-noreply@irs.example.gov>", "Your 2025 federal return was accepted",
    """Your 2025 federal income tax return was accepted by the IRS on 03/02/2026.

Submission ID: 00000020260610000000
Refund amount: $1,142.00

You can check your refund status with the Where's My Refund tool. This mailbox is not monitored; do not reply.""",
    date="2026-03-02 21:20 -0500", system=True, cte="8bit", charset="us-ascii")

add("other", "dmv_appointment_rescheduled", "en",
    "State Department of Motor Vehicles <appointments@dmv.example.gov>",
    "Your DMV appointment has been rescheduled",
    """Dear JORDAN WHITFIELD-OSEI,

Due to a system outage, your appointment at the Downtown Service Center for REAL ID - Driver License Renewal has been rescheduled.

New date and time: Thursday, 06/18/2026 at 10:40 AM
Confirmation number: DMV-7731-20

Please bring all required documents. To cancel or change your appointment, visit the DMV website.

This is an automated message. Do not reply.""",
    date="2026-06-12 05:15 -0400", system=True, fmt="html", skin=2)

add("other", "student_loan_pslf_received", "en",
    "Keystone Loan Servicing <noreply@keystoneloans.example.com>",
    "We received your PSLF form",
    """Hello Jordan,

We have received your Public Service Loan Forgiveness (PSLF) form for your employer WESTBROOK HIGH SCHOOL. We will review your application and employment certification and update your qualifying payment count within 30 business days.

Log in to your account to view your progress.

Keystone Loan Servicing""",
    date="2026-01-22 10:05 -0500", system=True, fmt="alt", skin=1)

add("other", "fedex_delivery_exception", "en",
    "FedEx <trackingupdates@fedex.example.com>", "Delivery exception: your package is delayed",
    """Your package is delayed.

Tracking ID: 7700 0000 1234
Status: Delivery exception - weather delay
Scheduled delivery: updated - pending

We apologize for the inconvenience. Check your tracking details for the latest updates.

Please do not respond to this message. This email was sent from an unattended mailbox.""",
    date="2026-01-31 11:48 -0500", system=True, fmt="html", skin=1)

add("other", "amtrak_train_cancelled", "en",
    "Amtrak <amtrak@service.amtrak.example.com>", "Service Disruption: Train 171 cancelled",
    """Dear Jordan,

We regret to inform you that Northeast Regional Train 171 from Boston (BOS) to New York (NYP) on Friday, April 3, 2026 has been cancelled due to a mechanical issue.

You have been accommodated on Train 173, departing Boston at 9:40 AM. No action is needed. If the new itinerary does not work for you, you may change or cancel your reservation without fee.

Reservation number: 1A2B3C

Amtrak Customer Service""",
    date="2026-04-02 19:10 -0400", system=True, fmt="alt", skin=1)

add("other", "teachers_union_newsletter", "en",
    "Westbrook Education Association <wea-news@westbrookea.example.org>",
    "WEA Bulletin: contract vote, PD credits, and interview tips for members",
    """WEA BULLETIN - February 2026

CONTRACT VOTE: The ratification vote is Tuesday, Feb 17, in the library after school.

PD CREDITS: Reminder that summer workshop hours must be submitted by May 1.

MEMBER CAREER NIGHT: Considering an administrative or instructional coaching role? Join us for a panel on applications, interview questions, and what to do if you are not selected.

In solidarity,
WEA Executive Board

Unsubscribe from WEA Bulletin""",
    date="2026-02-05 19:00 -0500", system=True, fmt="html", skin=2,
    headers=listed("<bulletin.westbrookea.example.org>", "mailto:leave-bulletin@westbrookea.example.org"))

add("other", "streaming_payment_declined", "en",
    "StreamBox <info@streambox.example.com>", "Update your payment method",
    """Hi Jordan,

We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

UPDATE ACCOUNT: https://streambox.example.com/account

Your friends at StreamBox""",
    date="2026-08-15 02:11 -0700", system=True, fmt="html", skin=1)

add("other", "gym_membership_freeze", "en",
    "Iron & Oak Fitness <members@ironoak.example.com>", "Your membership freeze is confirmed",
    """Hi Jordan,

Your membership freeze request has been processed. Your membership will be paused from June 20 to July 31, 2026, and billing resumes on August 1.

See you soon!
Iron & Oak Fitness - Somerville""",
    date="2026-06-18 12:00 -0400", system=True, fmt="alt", skin=0)

add("other", "stepstone_jobagent", "de",
    "StepStone Job-Agent <jobagent@stepstone.example.de>",
    "12 neue Jobs für „Instructional Designer“ in München",
    """Hallo Jordan,

Ihr Job-Agent hat 12 neue Stellenangebote für Sie gefunden:

Instructional Designer (m/w/d) – Isarwerk Akademie, München
Learning Experience Designer (w/m/d) – Helix Versicherungsgruppe, München
E-Learning-Autor*in Naturwissenschaften – Verlagshaus Sonnenfeld, Freising

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/4481

Tipp der Woche: So bereiten Sie sich optimal auf Ihr Vorstellungsgespräch vor – und was Sie nach einer Absage tun können.

Job-Agent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent/abmelden""",
    date="2026-05-20 06:45 +0200", system=True, fmt="html", skin=1,
    headers=listed("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden"))

add("other", "karriere_newsletter_absage", "de",
    "Karrierebrief <newsletter@karrierebrief.example.de>",
    "Absage erhalten? So reagierst du souverän",
    """Der Karrierebrief – Ausgabe 19/2026

Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz tut im Bewerbungsprozess mehr weh. Diese Woche zeigen wir, wie du auf eine Absage antwortest, ohne verbittert zu wirken, und wann sich eine Nachfrage nach Feedback lohnt.

Außerdem: Quereinstieg aus dem Lehramt ins Corporate Learning – drei Erfahrungsberichte.

Zum Artikel: https://karrierebrief.example.de/absage-reagieren

Newsletter abbestellen: https://karrierebrief.example.de/abmelden""",
    date="2026-05-09 08:00 +0200", system=True, fmt="alt", skin=2,
    headers=listed("Karrierebrief <karrierebrief.example.de>", "https://karrierebrief.example.de/abmelden"))

add("other", "bahn_zug_faellt_aus", "de",
    "Reiseinformation <reiseinfo@bahn-service.example.de>", "Ihre Reise am 22.06.: Zug fällt aus",
    """Guten Tag Jordan Whitfield-Osei,

leider fällt Ihr Zug ICE 1007 von Berlin Hbf nach München Hbf am 22.06.2026, Abfahrt 09:34 Uhr, aus.

Alternative Verbindung: ICE 1009, Abfahrt 10:34 Uhr, Ankunft 14:41 Uhr. Ihre Zugbindung ist aufgehoben.

Wir bitten um Entschuldigung.

Ihr Reiseinformationsservice""",
    date="2026-06-22 06:50 +0200", system=True, fmt="html", skin=1)

add("other", "paket_zustellung_verzoegert", "de",
    "Paketdienst Nord <benachrichtigung@paketnord.example.de>",
    "Ihre Sendung verzögert sich",
    """Hallo,

Ihre Sendung 00340434 1234 5678 90 verzögert sich leider. Aufgrund des hohen Sendungsaufkommens erfolgt die Zustellung voraussichtlich erst morgen.

Sendungsverfolgung: https://paketnord.example.de/verfolgung

Ihr Paketdienst Nord""",
    date="2026-06-25 17:05 +0200", system=True, charset="iso-8859-1", cte="qp")

add("other", "wohnung_absage", "de",
    "Hausverwaltung Kranich <vermietung@hv-kranich.example.de>",
    "Ihre Anfrage zur Wohnung Weserstraße 12, 2. OG",
    """Sehr geehrte*r Jordan Whitfield-Osei,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Weserstraße 12 und für die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Kranich
Berlin-Neukölln""",
    date="2026-07-10 11:20 +0200", charset="windows-1252", cte="qp")

add("other", "bank_kontoeroeffnung_antrag", "de",
    "Nordstern Direktbank <service@nordstern-bank.example.de>",
    "Ihr Antrag auf Kontoeröffnung ist eingegangen",
    """Guten Tag Jordan Whitfield-Osei,

vielen Dank für Ihren Antrag auf Eröffnung eines Girokontos. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Bitte schließen Sie noch die Identifizierung per Video-Ident ab. Den Link finden Sie in Ihrem Postfach im Online-Banking.

Ihre Nordstern Direktbank

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""",
    date="2026-08-03 09:00 +0200", system=True, fmt="html", skin=2)

add("other", "freundin_absage_erzaehlt", "de",
    "Lea Schuster <lea.schuster@example.net>", "na toll",
    """Hey Jordan,

kurzes Update von mir: Die Stelle beim Museum in Hamburg hat leider nicht geklappt. Absage kam heute, nach drei Runden 🙄 „Wir haben uns für eine Kandidatin mit mehr Erfahrung entschieden“. Naja.

Wie läuft's bei dir mit Lernpilot? Drück dir die Daumen!

Wann telefonieren wir mal wieder?
Lea""",
    date="2026-03-06 21:14 +0100")

add("other", "podcast_interviewanfrage", "de",
    "Tobias Brenner <tobias@lehrerzimmer-podcast.example.de>", "Interviewanfrage für unseren Podcast",
    """Hallo Jordan,

ich bin Tobias vom Podcast „Lehrerzimmer 2.0“. Wir machen gerade eine Reihe über Lehrkräfte, die in die Bildungswirtschaft wechseln, und würden dich gern dazu interviewen – gern auf Englisch oder Deutsch.

Das Interview dauert etwa 45 Minuten und wird remote aufgezeichnet. Hättest du im Juli Lust und Zeit?

Viele Grüße
Tobias Brenner""",
    date="2026-06-29 10:02 +0200")

add("other", "headhunter_kaltakquise_ohne_termin", "de",
    "Johanna Vogt <j.vogt@vogt-executive.example.de>", "Austausch zu Ihrem Profil",
    """Guten Tag Jordan Whitfield-Osei,

ich bin auf Ihr Profil aufmerksam geworden und finde Ihren Weg vom Lehramt ins Learning Design spannend.

Als Personalberaterin begleite ich Unternehmen der Bildungs- und Gesundheitsbranche im DACH-Raum. Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gern in mein Netzwerk aufnehmen und mich melden, sobald etwas Passendes dabei ist.

Herzliche Grüße
Johanna Vogt
Vogt Executive Partners
München""",
    date="2026-04-23 14:18 +0200", fmt="alt")

add("other", "abwesenheitsnotiz_recruiterin", "de",
    "Katrin Hofmann <katrin.hofmann@bergmann-medtech.example.de>",
    "Abwesenheitsnotiz: Ihr Vertragsangebot – Trainer/in Medizinprodukte",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@bergmann-medtech.example.de.

Mit freundlichen Grüßen
Katrin Hofmann""",
    date="2026-04-20 08:31 +0200", charset="iso-8859-1", cte="qp",
    headers={"Auto-Submitted": "auto-replied"})

add("other", "fitnessstudio_kuendigung", "de",
    "FitWerk Berlin <service@fitwerk.example.de>", "Bestätigung Ihrer Kündigung",
    """Hallo Jordan,

hiermit bestätigen wir die Kündigung Ihrer Mitgliedschaft zum 30.09.2026. Bis dahin können Sie alle Studios wie gewohnt nutzen.

Schade, dass du gehst – vielleicht sehen wir uns ja wieder!

Dein FitWerk-Team""",
    date="2026-08-29 13:00 +0200", system=True, fmt="html", skin=0)

add("other", "wttj_alerte_emploi", "fr",
    "Welcome to the Jungle <alertes@welcometothejungle.example.com>",
    "8 nouvelles offres pour « concepteur pédagogique »",
    """Bonjour Jordan,

Voici les nouvelles offres qui correspondent à votre alerte :

Concepteur·rice pédagogique – Octave Learning – Télétravail total
Chargé·e de formation digitale – Banque Solaire – Montréal
Learning Designer – Kiwi Campus – Paris (hybride)

Voir toutes les offres : https://www.welcometothejungle.example.com/fr/alertes

Se désabonner de cette alerte""",
    date="2026-08-31 07:00 +0200", system=True, fmt="html", skin=1,
    headers=listed("<alertes.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsub"))

add("other", "colis_en_retard", "fr",
    "Livraison Express <suivi@livraison-express.example.fr>", "Votre colis a du retard",
    """Bonjour,

Malheureusement, votre colis n° LX2026-99812 a pris du retard en raison d'un incident logistique. Il vous sera livré dans un délai de 48 à 72 heures.

Suivre mon colis : https://livraison-express.example.fr/suivi

Nous vous prions de nous excuser pour la gêne occasionnée.""",
    date="2026-09-10 10:40 +0200", system=True, charset="windows-1252", cte="qp")

add("other", "admission_maitrise_refusee", "fr",
    "Bureau du registraire <admission@univ-laurentides.example.qc.ca>",
    "Décision d'admission – Maîtrise en technologie éducative",
    """Bonjour,

Nous avons le regret de vous informer que votre demande d'admission à la maîtrise en technologie éducative (trimestre d'automne 2026) n'a pas été retenue par le comité d'admission.

Vous pouvez consulter le détail de la décision dans votre Centre étudiant.

Bureau du registraire
Université des Laurentides""",
    date="2026-04-15 16:00 -0400", system=True, fmt="html", skin=2)

add("other", "entrevue_radio_media", "fr",
    "Geneviève Paquette <gpaquette@radiocite.example.qc.ca>", "Demande d'entrevue – émission du matin",
    """Bonjour Jordan,

Je suis recherchiste pour l'émission « Le Matin Cité ». Nous préparons un segment sur la pénurie d'enseignants en sciences et les profs qui quittent la profession.

Seriez-vous disponible pour une courte entrevue téléphonique en ondes jeudi vers 7 h 40? Ça durerait environ 6 minutes.

Merci!
Geneviève Paquette
Recherchiste, Radio Cité""",
    date="2026-09-28 15:20 -0400")

add("other", "reponse_automatique_absence", "fr",
    "Hugo Lambert <hugo.lambert@octavelearning.example.fr>",
    "Réponse automatique : Notre entretien de 14h",
    """Bonjour,

Je suis absent du bureau jusqu'au 21 septembre inclus, avec un accès limité à mes courriels. Pour toute urgence, vous pouvez écrire à talents@octavelearning.example.fr.

Cordialement,
Hugo Lambert""",
    date="2026-09-15 19:02 +0200", headers={"Auto-Submitted": "auto-replied"})

add("other", "carte_credit_demande_recue", "fr",
    "Caisse Horizon <ne-pas-repondre@caissehorizon.example.qc.ca>",
    "Nous avons bien reçu votre demande de carte de crédit",
    """Bonjour Jordan,

Nous avons bien reçu votre demande de carte Visa Horizon Remises. Elle est présentement à l'étude.

Vous recevrez une réponse d'ici 5 jours ouvrables. Vous pouvez suivre votre demande dans AccèsD Horizon.

Caisse Horizon""",
    date="2026-08-20 12:05 -0400", system=True, fmt="alt", skin=1)

add("other", "occ_alerta_vacantes", "es",
    "OCC Alertas <alertas@occ.example.com.mx>", "Nuevas vacantes de Diseñador Instruccional para ti",
    """Hola Jordan,

Encontramos 9 vacantes nuevas que coinciden con tu búsqueda:

Diseñador(a) Instruccional – Aprendia – Remoto
Coordinador(a) de Capacitación – Grupo Financiero Alameda – CDMX
Desarrollador(a) de Contenidos de Ciencias – Editorial Quetzal – Guadalajara

Ver todas: https://www.occ.example.com.mx/alertas/7781

Para dejar de recibir estas alertas, haz clic aquí.""",
    date="2026-03-27 08:15 -0600", system=True, fmt="html", skin=1,
    headers=listed("<alertas.occ.example.com.mx>", "https://www.occ.example.com.mx/alertas/baja"))

add("other", "pedido_retrasado", "es",
    "Tienda Lumbre <pedidos@tiendalumbre.example.es>", "Tu pedido se ha retrasado",
    """Hola Jordan:

Lamentablemente, tu pedido n.º TL-55120 se ha retrasado por un problema con la empresa de transporte. La nueva fecha estimada de entrega es el 14 de septiembre.

Disculpa las molestias.

Equipo Tienda Lumbre""",
    date="2026-09-09 13:00 +0200", system=True, charset="iso-8859-1", cte="qp")

add("other", "amiga_cuenta_rechazo", "es",
    "Valeria Gómez <vale.gomez@example.net>", "noticias :(",
    """Jordan!!

Pues nada, no me dieron el puesto en la fundación 😩 me escribieron hoy que "han decidido continuar con otros candidatos". Después de la entrevista final y todo.

Bueno, a seguir buscando. ¿Tú cómo vas con lo de Ceiba? Cuéntame!!

Besos,
Vale""",
    date="2026-04-12 22:30 -0600")

add("other", "entrevista_investigacion_usuarios", "es",
    "Equipo de Investigación de Aula Viva <investigacion@aulaviva.example.com>",
    "¿Nos ayudas con una entrevista de 30 minutos?",
    """Hola Jordan:

Estamos mejorando Aula Viva y buscamos docentes de ciencias para una entrevista de investigación de 30 minutos sobre cómo preparan sus prácticas de laboratorio.

Como agradecimiento, recibirás una tarjeta de regalo de 40 USD. Reserva tu horario aquí: https://aulaviva.example.com/investigacion

¡Gracias!
Equipo de Investigación de Aula Viva""",
    date="2026-05-25 11:00 -0600", system=True, fmt="alt", skin=1,
    headers=listed("<research.aulaviva.example.com>", "https://aulaviva.example.com/baja"))

add("other", "banco_solicitud_tarjeta", "es",
    "Banco Alameda <notificaciones@bancoalameda.example.mx>", "Recibimos tu solicitud de tarjeta",
    """Hola Jordan,

Recibimos tu solicitud de Tarjeta de Crédito Alameda Oro. En un plazo de 72 horas te informaremos el resultado.

Número de folio: BA-2026-771203

Este correo es informativo, por favor no respondas a esta dirección.""",
    date="2026-07-06 10:20 -0600", system=True, fmt="html", skin=2)


if __name__ == "__main__":
    main()
