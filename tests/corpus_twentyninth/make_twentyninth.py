"""Writes the twenty-ninth labelled corpus: one candidate's inbox, March to August 2026.

Every message below is written out by hand (no wording templates with names swapped); this script
only does the MIME work: charsets, transfer encodings, HTML wrappers, calendar parts, threading
headers, and labels.csv. Run it from anywhere: `python tests/corpus_twentyninth/make_twentyninth.py`.
It imports only the standard library and writes only inside its own folder.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import shutil
from datetime import datetime
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Marcus Okafor <marcus.okafor@example.com>"
ME_ADDR = "marcus.okafor@example.com"
ROWS: list[tuple[str, str, str, str, str]] = []
COUNTERS: dict[str, int] = {}

TZ = {"en": "+0100", "es": "+0200", "de": "+0200", "fr": "+0200"}


def _date(d: str, tz: str) -> str:
    """'MM-DD HH:MM' in 2026 with an offset; winter months get the winter offset."""
    month = int(d[:2])
    day = int(d[3:5])
    if tz in ("+0100", "+0200") and (month < 3 or (month == 3 and day < 29)):
        tz = {"+0100": "+0000", "+0200": "+0100"}[tz]
    return format_datetime(datetime.strptime(f"2026-{d} {tz}", "%Y-%m-%d %H:%M %z"))


def _addr(text: str) -> str:
    """An address header value; non-ASCII display names become RFC 2047 encoded words."""
    name, addr = parseaddr(text)
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return formataddr((name, addr), charset="utf-8")
    return formataddr((name, addr))


def _part(text: str, subtype: str, cs: str, cte: str) -> Message:
    part = Message()
    raw = text.encode(cs, errors="strict")
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    else:
        if any(b > 127 for b in raw):
            raise ValueError("7bit part with non-ASCII text")
        payload = raw.decode("ascii")
        name = "7bit"
    part["Content-Type"] = f'text/{subtype}; charset="{cs}"'
    part["Content-Transfer-Encoding"] = name
    part.set_payload(payload)
    return part


def html_of(text: str, brand: str = "", colour: str = "#1f3a5f", track: str = "") -> str:
    """A plain body dressed the way mass-mail tools dress it: tables, inline styles, links."""
    paras = [p.strip() for p in text.strip().split("\n\n")]
    rows = []
    for p in paras:
        inner = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        inner = inner.replace("\n", "<br>")
        rows.append(
            f'<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            f'line-height:20px;color:#333333;padding:0 24px 14px 24px;">{inner}</td></tr>'
        )
    head = ""
    if brand:
        head = (
            f'<tr><td style="background:{colour};padding:18px 24px;">'
            f'<img src="https://cdn.example.net/logos/{hashlib.md5(brand.encode()).hexdigest()[:8]}.png"'
            f' alt="{brand}" width="140" style="display:block;border:0;"></td></tr>'
        )
    pixel = ""
    if track:
        pixel = f'<img src="https://{track}/o/{hashlib.sha1(text.encode()).hexdigest()[:16]}.gif" width="1" height="1" alt="">'
    return (
        "<!DOCTYPE html><html><head><title></title></head>"
        '<body style="margin:0;padding:0;background:#f4f4f4;">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;">' + head + "".join(rows) + "</table></td></tr></table>"
        + pixel + "</body></html>"
    )


def ics(uid: str, start: str, end: str, summary: str, organizer: str, method: str = "REQUEST",
        location: str = "", status: str = "CONFIRMED", seq: int = 0, rrule: str = "") -> str:
    """A minimal iTIP calendar object; start and end are UTC 'YYYYMMDDTHHMMSSZ'."""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
        "DTSTAMP:20260301T090000Z", f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;CN=Marcus Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def M(kind: str, scen: str, lang: str, frm: str, subj: str, body: str, *, d: str,
      company: str = "", contact: str = "", reply_to: str = "", html: str = "",
      fmt: str = "plain", cs: str = "utf-8", cte: str = "qp", tz: str = "",
      irt: str = "", refs: str = "", to: str = ME, cc: str = "", headers: dict[str, str] | None = None,
      cal: str = "", cal_method: str = "REQUEST", attach: tuple[str, str] | None = None,
      enc_subject: bool = False) -> None:
    """Write one message and its label row.

    fmt: "plain" (text only), "html" (HTML only; `html` or html_of(body)), "alt" (both).
    """
    COUNTERS[kind] = COUNTERS.get(kind, 0) + 1
    n = COUNTERS[kind]
    rel = f"{kind}/{n:03d}_{scen}.eml"
    domain = parseaddr(frm)[1].split("@")[-1]
    mid = f"<{hashlib.sha1(rel.encode()).hexdigest()[:20]}@{domain}>"
    html_text = html or (html_of(body) if fmt in ("html", "alt") else "")

    if fmt == "plain":
        content = _part(body, "plain", cs, cte)
    elif fmt == "html":
        content = _part(html_text, "html", cs, cte)
    else:
        content = Message()
        content["Content-Type"] = 'multipart/alternative; boundary="alt-' + mid[1:13] + '"'
        content.attach(_part(body, "plain", cs, cte))
        content.attach(_part(html_text, "html", cs, cte))
    if cal:
        calpart = Message()
        calpart["Content-Type"] = f'text/calendar; charset="utf-8"; method={cal_method}'
        calpart["Content-Transfer-Encoding"] = "base64"
        calpart.set_payload(base64.encodebytes(cal.encode()).decode("ascii"))
        if fmt == "alt":
            content.attach(calpart)
        else:
            wrap = Message()
            wrap["Content-Type"] = 'multipart/alternative; boundary="cal-' + mid[1:13] + '"'
            wrap.attach(content)
            wrap.attach(calpart)
            content = wrap
    if attach:
        mixed = Message()
        mixed["Content-Type"] = 'multipart/mixed; boundary="mix-' + mid[1:13] + '"'
        mixed.attach(content)
        att = Message()
        att["Content-Type"] = f'application/pdf; name="{attach[0]}"'
        att["Content-Disposition"] = f'attachment; filename="{attach[0]}"'
        att["Content-Transfer-Encoding"] = "base64"
        pdf = b"%PDF-1.4\n% " + attach[1].encode() + b"\n%%EOF\n"
        att.set_payload(base64.encodebytes(pdf).decode("ascii"))
        mixed.attach(att)
        content = mixed

    msg = Message()
    msg["Return-Path"] = f"<{parseaddr(frm)[1]}>"
    msg["From"] = _addr(frm)
    msg["To"] = ", ".join(_addr(a.strip()) for a in to.split(";"))
    if cc:
        msg["Cc"] = ", ".join(_addr(a.strip()) for a in cc.split(";"))
    if reply_to:
        msg["Reply-To"] = _addr(reply_to)
    if enc_subject or any(ord(c) > 127 for c in subj):
        msg["Subject"] = Header(subj, "utf-8", header_name="Subject")  # type: ignore[assignment]
    else:
        msg["Subject"] = subj
    msg["Date"] = _date(d, tz or TZ[lang])
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = (refs + " " + irt).strip()
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in content.items():
        msg[k] = v
    if content.is_multipart():
        for sub in content.get_payload():
            msg.attach(sub)
    else:
        msg.set_payload(content.get_payload())

    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(msg)
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    ROWS.append((rel, kind, company, contact, lang))


LIST = {"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Headers a bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk", **LIST}


def rejections() -> None:
    M("rejection", "workday_after_assessment_centre", "en",
      "Kelderwick Construction Careers <kelderwick@myworkday.example.com>",
      "Your application for Assistant Project Manager - Leeds (R-104882)",
      """Dear Marcus,

Thank you for attending our assessment centre at Wellington Place on 17 March and for the time you invested in the group exercise and the competency-based interview.

We have now reviewed the feedback from all assessors. On this occasion we will not be progressing your application further. The standard of candidates was high and the decision was a close one.

We will keep your details on file for 12 months in line with our Candidate Privacy Notice and may contact you should a suitable role arise.

Kind regards,

Talent Acquisition Team
Kelderwick Construction Group

This email was sent from an unmonitored mailbox. Please do not reply to this message.
Kelderwick Construction Limited is registered in England and Wales No. 01938472. Registered office: 4 Wellington Place, Leeds LS1 4AP.""",
      d="03-24 16:02", company="Kelderwick Construction Group", fmt="alt", tz="+0000")

    M("rejection", "hiring_manager_mobile", "en",
      "Dan Whitcombe <dan.whitcombe@brackenhall-civils.example.com>",
      "Re: PM role",
      """Hi Marcus - thanks for coming in Tuesday. Gone with someone who's run a bigger highways job before so won't be taking it further this time. Good luck with it all.

Dan

Sent from my iPhone

> On 9 Apr 2026, at 08:11, Marcus Okafor <marcus.okafor@example.com> wrote:
>
> Hi Dan, just checking in after Tuesday's interview - let me know if you need anything else from me, eg references.
> Cheers, Marcus""",
      d="04-10 19:47", company="Brackenhall Civils", contact="dan.whitcombe@brackenhall-civils.example.com",
      irt="<CAMo8812fe2@mail.example.com>", cte="7bit")

    M("rejection", "agency_relay_contract_desk", "en",
      "Priya Raman <priya.raman@ferrogate-recruit.example.co.uk>",
      "Update",
      """Hi Marcus,

Hope you're well!! Just had feedback from Northvale Homes on the Site Project Manager role.

Unfortunately they've decided not to move forward with you - they felt your experience is more on the consultancy/design side and they really need someone who has been main contractor side running residential plots day to day. Genuinely gutted as I thought it was a great fit!!

Please don't let it put you off, I've got a couple of other things coming through with a Tier 1 in Salford next week so I'll give you a bell.

Speak soon,
Priya

Priya Raman | Senior Consultant - Construction & Property (Perm)
Ferrogate Recruitment
M: 07700 900 418 | T: 0161 496 0724
www.ferrogate-recruit.example.co.uk

Ferrogate Recruitment Ltd acts as an employment agency for permanent recruitment. Registered in England No. 08812345.""",
      d="04-15 12:31", company="Northvale Homes", contact="priya.raman@ferrogate-recruit.example.co.uk")

    M("rejection", "oleeo_council_shortlisting", "en",
      "Metropolitan Borough of Ashcombe - Recruitment <noreply@ashcombe.oleeo.example.com>",
      "Senior Engineer (Structures) - Ref ASH/ENV/0419",
      """Dear Marcus Okafor

Post: Senior Engineer (Structures) - Highways & Infrastructure
Reference: ASH/ENV/0419

Thank you for your recent application for the above post.

The shortlisting panel has now met and I regret to inform you that you have not been shortlisted for interview on this occasion.

The panel assessed all applications against the essential and desirable criteria in the person specification. Due to the number of applications received we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working for Ashcombe Council and we wish you every success in the future.

Yours sincerely

HR Recruitment Team
Metropolitan Borough of Ashcombe

Please do not reply to this email as this mailbox is not monitored.""",
      d="03-11 10:05", company="Metropolitan Borough of Ashcombe", tz="+0000", cte="qp")

    M("rejection", "greenhouse_soft_aligned", "en",
      "Trussly Recruiting <no-reply@us.greenhouse-mail.io>",
      "Thanks for applying to Trussly",
      """Hi Marcus,

Thanks so much for your interest in the Construction Project Manager (Remote, UK) role at Trussly and for taking the time to speak with Hannah last week.

We've reviewed your background carefully and we've decided to pursue other candidates whose experience more closely aligns with what we need right now, particularly around proptech product delivery.

We know it isn't the news you were hoping for. We'd love to stay in touch as the team grows.

All the best,
The Trussly Talent Team""",
      d="05-06 21:14", company="Trussly", fmt="alt",
      headers={"X-Mailer": "Greenhouse"},
      html=html_of("""Hi Marcus,

Thanks so much for your interest in the Construction Project Manager (Remote, UK) role at Trussly and for taking the time to speak with Hannah last week.

We've reviewed your background carefully and we've decided to pursue other candidates whose experience more closely aligns with what we need right now, particularly around proptech product delivery.

We know it isn't the news you were hoping for. We'd love to stay in touch as the team grows.

All the best,
The Trussly Talent Team""", brand="Trussly", colour="#ff6a3d", track="trk.greenhouse-mail.io"))

    M("rejection", "very_short_lever", "en",
      "Orrin Dawes <orrin@hollinsgate.example.com>",
      "Hollinsgate Structures - Project Engineer",
      """Hi Marcus,

Thanks for your time, but we won't be moving forward with your application.

Best,
Orrin
Hollinsgate Structures""",
      d="03-19 14:40", tz="+0000", company="Hollinsgate Structures", contact="orrin@hollinsgate.example.com",
      headers={"X-Lever-Source": "posting"}, cte="7bit")

    M("rejection", "role_on_hold", "en",
      "Gemma Thorburn <g.thorburn@calderbank-water.example.co.uk>",
      "Capital Delivery Project Manager - update",
      """Dear Marcus,

I wanted to let you know personally that, following a review of our AMP8 capital programme, the Capital Delivery Project Manager post you interviewed for has been put on hold and we will not be proceeding with the recruitment at this time.

This is no reflection on you - the panel were impressed with your answers on stakeholder management and your work on the Ribble culvert scheme.

If the post is re-advertised I'd encourage you to apply again, and I'll make sure the hiring manager knows you were interested.

With best wishes,

Gemma Thorburn
Resourcing Partner, People Services
Calderbank Water
Tel: 01274 555 0192

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Calderbank Water Services Ltd, registered in England and Wales no. 2366831.""",
      d="06-02 11:20", company="Calderbank Water", contact="g.thorburn@calderbank-water.example.co.uk",
      cs="windows-1252")

    M("rejection", "after_take_home_design_task", "en",
      "Aoife Brennan <aoife.brennan@liffeyspan.example.ie>",
      "Your design exercise - Liffeyspan",
      """Hi Marcus,

Thank you for sending through the design exercise on the footbridge - it was clear you put real effort into it and the team enjoyed going through your calcs.

Having compared all the submissions, we're not going to progress your application to the final stage. The main gap for us was the Eurocode 3 connection design, which is a big part of this role day to day.

I appreciate this is disappointing after the work you've put in. If it's helpful I'm happy to have a 10 minute call to go through the panel's comments in more detail.

Kind regards,
Aoife

Aoife Brennan CEng MIEI
Associate Director | Liffeyspan Consulting Engineers
+353 1 555 0147 | Dublin 2""",
      d="05-21 09:58", company="Liffeyspan Consulting Engineers", contact="aoife.brennan@liffeyspan.example.ie",
      fmt="alt")

    M("rejection", "indian_english_regret", "en",
      "Rajesh Venkataraman <rajesh.v@sutara-infra.example.com>",
      "Application status - Project Manager (Metro Package 4)",
      """Dear Mr. Okafor,

Greetings from Sutara Infraprojects.

This is with reference to your application and the subsequent technical discussion held on 28th April with our panel.

We regret to inform you that your profile has not been shortlisted for the next round as the requirement is for a candidate having prior metro viaduct execution experience. We shall keep your CV in our database for future requirements.

Kindly do revert in case of any queries.

Thanks & Regards,
Rajesh Venkataraman
Manager - HR (Talent Acquisition)
Sutara Infraprojects Limited | Corporate Office, Dubai Silicon Oasis
Mob: +971 50 555 0183""",
      d="05-04 07:12", tz="+0400", company="Sutara Infraprojects", contact="rajesh.v@sutara-infra.example.com")

    M("rejection", "british_shant_progress", "en",
      "Felicity Ashdown <felicity.ashdown@harrowfield-arch.example.co.uk>",
      "Re: Project Architect / PM - your application",
      """Dear Marcus,

Many thanks for coming in to see Tom and me on Thursday, and for bringing your portfolio along - we did enjoy hearing about the Bradford school scheme.

After a good deal of deliberation we've decided we shan't be progressing your application any further. Candidly, we've realised the role needs an ARB-registered architect for the contract administration side, which we ought to have made clearer in the advert. Our apologies for that.

We do wish you the very best with the move into project management.

Warm regards,

Felicity Ashdown
Practice Manager
Harrowfield Architects
12 Spring Gardens, Manchester M2 1FB

-----Original Message-----
From: Marcus Okafor <marcus.okafor@example.com>
Sent: 30 April 2026 17:02
To: Felicity Ashdown <felicity.ashdown@harrowfield-arch.example.co.uk>
Subject: Project Architect / PM - your application

Dear Felicity,
Thank you for arranging Thursday. I've attached the portfolio PDF as promised.
Best wishes,
Marcus""",
      d="05-05 15:36", company="Harrowfield Architects", contact="felicity.ashdown@harrowfield-arch.example.co.uk",
      irt="<DB9PR04MB8812.eurprd04.prod.example.com>", cs="iso-8859-1")

    M("rejection", "icims_position_filled", "en",
      "Stonegate Rail Careers <careers-noreply@stonegaterail.icims.example.com>",
      "Regarding Requisition 2026-4471",
      """Dear Marcus,

Thank you for your interest in the Rail Systems Project Manager position (Requisition 2026-4471) with Stonegate Rail.

We would like to inform you that this position has now been filled. We appreciate the time you took to apply.

We encourage you to visit our careers site regularly and to set up a job alert.

Sincerely,
Stonegate Rail Talent Acquisition

*** This is an automated message. Replies to this address are not read. ***""",
      d="06-18 03:00", company="Stonegate Rail", fmt="html",
      html=html_of("""Dear Marcus,

Thank you for your interest in the Rail Systems Project Manager position (Requisition 2026-4471) with Stonegate Rail.

We would like to inform you that this position has now been filled. We appreciate the time you took to apply.

We encourage you to visit our careers site regularly and to set up a job alert.

Sincerely,
Stonegate Rail Talent Acquisition

*** This is an automated message. Replies to this address are not read. ***""", brand="Stonegate Rail", colour="#003b5c", track="click.icims.example.com"))

    M("rejection", "canadian_after_panel", "en",
      "Chantal Leblanc-Moore <cleblancmoore@northquay-infra.example.ca>",
      "Northquay - Project Manager, Transit (Toronto)",
      """Hi Marcus,

Thank you again for meeting with our panel virtually on Monday - we know the time difference made it an early one for you.

I'm reaching out to let you know that we've made the decision to move ahead with another candidate whose Ontario P.Eng. licensure and Metrolinx experience were a closer match to the immediate needs of the project.

This was a tough call. You interviewed really well and we'd be glad to hear from you again if you do make the move to Canada.

Take care,
Chantal

Chantal Leblanc-Moore
Talent Partner, Northquay Infrastructure Inc.
416-555-0199""",
      d="07-08 16:44", tz="-0400", company="Northquay Infrastructure", contact="cleblancmoore@northquay-infra.example.ca",
      fmt="alt")

    M("rejection", "nigerian_owned_lagos_london", "en",
      "Oluwaseun Adeyemi <seun.adeyemi@zenithbuild-global.example.com>",
      "Re: Quick question",
      """Dear Marcus,

Thank you for your patience, and apologies for the delay in getting back to you, we have had the board retreat in Lagos.

I am sorry to say that management have decided to fill the London project controls position internally, so we will not be able to take your application forward at this point. I did push for you, honestly.

Please let us keep in touch, we are bidding for two housing frameworks in the Midlands later in the year and I will reach out if they land.

Regards,
Seun

Oluwaseun Adeyemi
Head of Operations (UK)
ZenithBuild Global
+44 20 7946 0332 | +234 803 555 0192

On Mon, 11 May 2026 at 09:20, Marcus Okafor <marcus.okafor@example.com> wrote:
> Hi Seun,
> Quick question - is there any update on the project controls role? Happy to
> come in again if it helps.
> Marcus""",
      d="05-19 13:05", company="ZenithBuild Global", contact="seun.adeyemi@zenithbuild-global.example.com",
      irt="<CAMo2204aa1@mail.example.com>")

    M("rejection", "taleo_odd_format", "en",
      "HALDRON ENGINEERING <do-not-reply@taleo.example.net>",
      "HALDRON ENGINEERING - Job Application Status : 26000XHQ",
      """Dear Marcus Okafor ,

Thank you for your interest in HALDRON ENGINEERING and for your application for the position of ; Project Manager - Energy from Waste  ( Job Number : 26000XHQ ).

After careful consideration , we regret that we are unable to offer you a position at this time. Your profile will remain active in our system and you may be contacted for other opportunities that match your qualifications .

We thank you for your interest in HALDRON and wish you success in your career search .

Sincerely ,

HALDRON ENGINEERING  Talent Acquisition
-------------------------------------------------------------
Please do not respond to this message. It was sent from an auto-generated mailbox.""",
      d="04-27 05:31", company="Haldron Engineering", cte="7bit")

    M("rejection", "swedish_owned_renewables", "en",
      "Linnea Sjöberg <linnea.sjoberg@vindkraft-nordhav.example.se>",
      "Regarding your application - Construction PM, Offshore (Aberdeen/Glasgow)",
      """Hi Marcus,

Thank you for your application and the interesting conversation on Teams. We appreciated your openness about the gaps in your offshore experience.

After discussing with the project director we have concluded that we will go further with other candidates in this process. We have chosen profiles with more marine coordination background for this phase of the project.

We wish you all the best and good luck in your search.

Best regards,
Linnea Sjöberg
Talent Acquisition Specialist
Nordhav Vindkraft AB - UK Branch
Glasgow | Göteborg""",
      d="06-23 10:12", company="Nordhav Vindkraft", contact="linnea.sjoberg@vindkraft-nordhav.example.se",
      cte="b64")

    M("rejection", "reed_employer_template", "en",
      "Reed.co.uk <jobs@notifications.reed.example.co.uk>",
      "Update on your application: Project Manager - Social Housing Refurb",
      """Hi Marcus,

Merriton Property Services has reviewed your application for Project Manager - Social Housing Refurb.

Unfortunately the employer has decided not to progress your application on this occasion.

Don't give up - there are 1,204 other Project Manager jobs in Birmingham on reed.co.uk right now.
View similar jobs: https://www.reed.example.co.uk/jobs/project-manager-jobs-in-birmingham?utm_source=status

Good luck,
The reed.co.uk team

You're receiving this email because you applied for a job on reed.co.uk. Manage email preferences: https://www.reed.example.co.uk/account/email""",
      d="04-02 18:20", company="Merriton Property Services", fmt="alt",
      html=html_of("""Hi Marcus,

Merriton Property Services has reviewed your application for Project Manager - Social Housing Refurb.

Unfortunately the employer has decided not to progress your application on this occasion.

Don't give up - there are 1,204 other Project Manager jobs in Birmingham on reed.co.uk right now.

Good luck,
The reed.co.uk team""", brand="reed.co.uk", colour="#d0021b", track="t.reed.example.co.uk"))

    M("rejection", "after_reference_check_cancelled", "en",
      "Tom Ridley <tom.ridley@ardenmoor.example.co.uk>",
      "Following up",
      """Marcus,

Sorry to be the bearer of this. Group have frozen all non-site headcount until Q4 following the loss of the Coventry framework, which means we can't proceed with the Planning Manager appointment, references and all. Nothing to do with you or your referees (who were glowing, for what it's worth).

I'm gutted, I'd hoped to have you on board by July. If things change I'll call you first.

Tom

Tom Ridley | Operations Director | Ardenmoor Construction
m. 07700 900 771""",
      d="06-12 17:55", company="Ardenmoor Construction", contact="tom.ridley@ardenmoor.example.co.uk")

    M("rejection", "jobtrain_housing_association", "en",
      "Pennine Vale Housing <pennine-vale@jobtrain.example.co.uk>",
      "Your application - Asset Investment Project Manager",
      """Dear Marcus

Asset Investment Project Manager - Ref PVH0312

Thank you for taking the time to attend an interview with us. We are sorry to let you know that on this occasion you have been unsuccessful.

If you would like feedback from the interview panel please email recruitment@pennine-vale.example.org.uk quoting the reference above and a member of the team will arrange this.

Thank you for your interest in Pennine Vale Housing.

Kind regards

People Team
Pennine Vale Housing""",
      d="07-14 15:00", company="Pennine Vale Housing", contact="recruitment@pennine-vale.example.org.uk",
      reply_to="recruitment@pennine-vale.example.org.uk", fmt="html")

    M("rejection", "australian_after_psychometric", "en",
      "Bec Tolhurst <bec.tolhurst@southernarc.example.com.au>",
      "Re: SouthernArc - London Bridge Upgrade Package",
      """Hey Marcus,

Cheers for knocking out the psychometric and the numerical test so quickly.

Bad news I'm afraid mate - we're going to pass this time round. The hiring team want someone who's already been through a full NEC4 ECC project as PM and the scores on the situational judgement test were a bit below where they draw the line. No reflection on you as an engineer.

Keep an eye on our UK page though, we're growing pretty quick over there.

Bec

Bec Tolhurst | People & Culture Lead
SouthernArc Group | London • Sydney""",
      d="05-28 08:47", company="SouthernArc Group", contact="bec.tolhurst@southernarc.example.com.au")

    M("rejection", "es_blunt_consultora", "es",
      "Selección Técnica <seleccion@ingenieria-tajo.example.es>",
      "Candidatura: Jefe de Proyecto Estructuras (Madrid)",
      """Estimado Marcus:

Gracias por tu interés en Ingeniería Tajo y por participar en el proceso de selección para el puesto de Jefe de Proyecto de Estructuras.

Lamentamos comunicarte que tu candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado por perfiles con mayor experiencia en normativa española (Código Estructural) y colegiación en España.

Te deseamos mucha suerte en tu búsqueda profesional.

Un saludo,

Departamento de Selección
Ingeniería Tajo
C/ Príncipe de Vergara 112, 28002 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.""",
      d="04-08 13:30", company="Ingeniería Tajo", contact="seleccion@ingenieria-tajo.example.es",
      cs="iso-8859-1", cte="qp")

    M("rejection", "es_after_interview_soft", "es",
      "Lucía Fernández Ortega <lucia.fernandez@grupo-alcora.example.com>",
      "Re: Entrevista - Project Manager Residencial",
      """Hola Marcus,

Muchas gracias por tu tiempo el pasado jueves, fue una conversación muy agradable.

Te escribo para contarte que finalmente hemos decidido seguir adelante con otra persona cuyo perfil encaja un poco mejor con lo que buscamos para la promoción de Valdebebas, sobre todo por el nivel de español técnico en obra.

No descartamos volver a contactarte más adelante si se abre algo en la parte internacional.

Un abrazo,
Lucía

Lucía Fernández Ortega
Talento y Cultura | Grupo Alcora
Tel. +34 91 555 0123

El jue, 14 may 2026 a las 18:02, Marcus Okafor (<marcus.okafor@example.com>) escribió:
> Hola Lucía,
> Muchas gracias por la entrevista de hoy. Quedo a la espera de noticias.
> Un saludo,
> Marcus""",
      d="05-20 10:15", company="Grupo Alcora", contact="lucia.fernandez@grupo-alcora.example.com",
      irt="<CAMo5514bc9@mail.example.com>", fmt="alt")

    M("rejection", "es_proceso_cerrado_ats", "es",
      "Constructora Mediterránea de Obras <notificaciones@talento.cmo-obras.example.es>",
      "Actualización sobre tu candidatura",
      """Hola Marcus,

Te informamos de que el proceso de selección para la posición de Jefe/a de Obra - Infraestructuras Ferroviarias (ref. 2026-118) ha finalizado.

En esta ocasión tu perfil no ha resultado seleccionado. Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

Gracias por confiar en nosotros.

Equipo de Talento
Constructora Mediterránea de Obras, S.A.

Este es un mensaje automático, por favor no respondas a este correo.""",
      d="06-09 09:00", company="Constructora Mediterránea de Obras", fmt="html", cte="b64")

    M("rejection", "es_agency_relay", "es",
      "Javier Moreno <jmoreno@talentobra.example.es>",
      "Feedback del cliente (perdón por el retraso)",
      """Buenas Marcus!

Ya tengo respuesta del cliente (Promociones Besós) sobre la posición de Project Manager en Barcelona.

No van a seguir con tu candidatura, quieren a alguien que haya llevado promociones BTR aquí en España y con el catalán mínimo. Ya te dije que era un tiro largo jaja, pero me sabe mal.

Seguimos en contacto, tengo otra cosa en Madrid que igual te encaja, te llamo el lunes.

Saludos!!
Javi

Javier Moreno
Consultor Senior - Construcción e Inmobiliario
TalentObra Consulting | 655 555 012""",
      d="07-03 19:22", company="Promociones Besós", contact="jmoreno@talentobra.example.es")

    M("rejection", "es_mexico_ucase", "es",
      "Recursos Humanos - Grupo Cimientos del Norte <rh@cimientosnorte.example.mx>",
      "RESPUESTA A SU POSTULACIÓN",
      """Estimado candidato Marcus Okafor:

Agradecemos sinceramente el interés mostrado en formar parte de Grupo Cimientos del Norte.

Después de analizar detenidamente su perfil, le informamos que en esta ocasión no continuará en el proceso para la vacante de Gerente de Proyecto (Planta Industrial Monterrey).

Su currículum quedará en nuestra cartera de candidatos.

Atentamente,
Gerencia de Recursos Humanos
Grupo Cimientos del Norte""",
      d="04-30 17:41", tz="-0600", company="Grupo Cimientos del Norte", contact="rh@cimientosnorte.example.mx",
      cs="windows-1252")

    M("rejection", "de_absage_formal", "de",
      "Personalabteilung Brückner Ingenieure <bewerbung@brueckner-ing.example.de>",
      "Ihre Bewerbung als Projektleiter Ingenieurbau (m/w/d)",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts Ihres interessanten Profils nicht leichtgefallen.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Sabine Kröger
Personalabteilung
Brückner Ingenieure GmbH
Hafenstraße 21 · 20457 Hamburg
Geschäftsführer: Dr.-Ing. Klaus Brückner · HRB 118823 Amtsgericht Hamburg""",
      d="04-22 11:48", company="Brückner Ingenieure", contact="bewerbung@brueckner-ing.example.de",
      cs="iso-8859-1")

    M("rejection", "de_nach_vorstellungsgespraech_du", "de",
      "Jonas Albers <jonas@baustack.example.de>",
      "Kurzes Update von BauStack",
      """Hi Marcus,

danke dir nochmal für das Gespräch letzte Woche, hat echt Spaß gemacht!

Wir haben uns am Ende für eine:n andere:n Kandidat:in entschieden, die/der schon Erfahrung mit BIM-Rollouts bei Generalunternehmern mitbringt. Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast.

Falls du Feedback willst, sag gern Bescheid, dann telefonieren wir kurz.

Viele Grüße aus Berlin
Jonas

--
Jonas Albers | Co-Founder & COO
BauStack · Berlin""",
      d="06-30 18:03", company="BauStack", contact="jonas@baustack.example.de")

    M("rejection", "de_stelle_nicht_besetzt", "de",
      "Stadtwerke Lindenau - Personalservice <karriere@stadtwerke-lindenau.example.de>",
      "Ausschreibung 14/2026 – Projektingenieur Wasserbau",
      """Sehr geehrter Herr Okafor,

wir bedanken uns für Ihre Bewerbung auf die Stelle Projektingenieur Wasserbau (Kennziffer 14/2026).

Aus organisatorischen Gründen wurde das Stellenbesetzungsverfahren eingestellt. Die Stelle wird vorerst nicht besetzt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Personalservice
Stadtwerke Lindenau

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen wenden Sie sich an Frau Weber, Tel. 0341 555 2210.""",
      d="05-12 08:30", company="Stadtwerke Lindenau", fmt="alt", cte="b64")

    M("rejection", "fr_refus_formel", "fr",
      "Recrutement Groupe Vauban Bâtiment <recrutement@vauban-batiment.example.fr>",
      "Votre candidature - Chef de projet travaux (H/F) - Lyon",
      """Monsieur,

Nous vous remercions de l'intérêt que vous portez à notre groupe et de votre candidature au poste de Chef de projet travaux.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable, votre profil ne correspondant pas tout à fait aux exigences du poste.

Nous conservons néanmoins vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement
Groupe Vauban Bâtiment""",
      d="03-27 09:12", company="Groupe Vauban Bâtiment", contact="recrutement@vauban-batiment.example.fr",
      cs="iso-8859-1", enc_subject=True)

    M("rejection", "fr_apres_entretien_tu", "fr",
      "Camille Roussel <camille@chantierly.example.fr>",
      "Suite à notre échange",
      """Salut Marcus,

Merci encore pour le temps passé avec l'équipe mardi, et pour le cas pratique.

Je préfère te le dire directement : on ne va pas aller plus loin ensemble pour le poste de Head of Delivery. On a eu un coup de cœur pour un profil qui a déjà lancé notre outil chez deux majors du BTP, et c'est ce qui a fait la différence.

Ça n'enlève rien à la qualité de ton parcours, vraiment. Si tu veux un retour plus détaillé, je peux t'appeler la semaine prochaine.

Belle journée,
Camille

Camille Roussel - Talent @ Chantierly
06 55 55 01 48

Le mar. 21 juil. 2026 à 18:10, Marcus Okafor <marcus.okafor@example.com> a écrit :
> Bonjour Camille,
> Merci pour l'échange de cet après-midi avec l'équipe. Je vous envoie comme
> convenu ma note sur le cas pratique (déploiement sur trois chantiers pilotes).
> Bien à vous,
> Marcus""",
      d="07-22 17:31", company="Chantierly", contact="camille@chantierly.example.fr",
      irt="<CAMo7721fd3@mail.example.com>")

    M("rejection", "fr_canada_poste_comble", "fr",
      "Ressources humaines - Génie Boréal <rh@genieboreal.example.ca>",
      "Poste de gestionnaire de projets - Montréal",
      """Bonjour M. Okafor,

Nous tenons à vous remercier de l'intérêt manifesté envers Génie Boréal.

Nous vous informons que le poste de gestionnaire de projets – infrastructures municipales a été comblé. Malheureusement, nous ne pourrons donc pas donner suite à votre candidature.

Nous vous souhaitons bon succès dans vos démarches.

L'équipe des ressources humaines
Génie Boréal inc.""",
      d="08-04 14:10", tz="-0400", company="Génie Boréal", contact="rh@genieboreal.example.ca",
      fmt="alt", cte="b64")


def invitations() -> None:
    M("interview_invitation", "calendly_hiring_manager", "en",
      "Hannah Cole <hannah@trussly.example.com>",
      "Trussly - quick chat?",
      """Hi Marcus,

Thanks for applying for the Construction PM role - your background on the housing side caught my eye.

Would you be free for a quick 20 min chat sometime this week or next? Nothing formal, just to tell you a bit more about what we're building and hear what you're looking for.

Grab whatever slot suits here: https://calendly.example.com/hannah-trussly/intro-20

Cheers,
Hannah
Head of Delivery, Trussly""",
      d="04-21 10:03", company="Trussly", contact="hannah@trussly.example.com", fmt="alt")

    M("interview_invitation", "assessment_centre_workday", "en",
      "Kelderwick Construction Careers <kelderwick@myworkday.example.com>",
      "Invitation to Assessment Centre - Assistant Project Manager",
      """Dear Marcus,

Congratulations! Following your successful online application and video interview, we are delighted to invite you to our Assessment Centre.

Date: Tuesday 17 March 2026
Time: 09:00 - 15:30
Venue: Kelderwick House, 4 Wellington Place, Leeds LS1 4AP

The day will include:
- a group exercise based on a live project scenario
- a written planning exercise (programme and cost)
- a competency-based interview with two senior managers

Please confirm your attendance by selecting "Accept" on the task in your Workday candidate home: https://kelderwick.wd3.myworkday.example.com/careers/home

Bring photographic ID and your right-to-work documents. Lunch will be provided. Please let us know of any reasonable adjustments you need.

Kind regards,
Early Careers & Professional Recruitment
Kelderwick Construction Group""",
      d="03-05 12:20", tz="+0000", company="Kelderwick Construction Group", fmt="html")

    M("interview_invitation", "agency_exclamations_phone_screen", "en",
      "Priya Raman <priya.raman@ferrogate-recruit.example.co.uk>",
      "Northvale!!",
      """Hi Marcus!!

Great news - Northvale Homes loved your CV and want to get you in for a first stage!

It'll be with Gary Pell (Regional Build Director) and Sian from HR, at their Warrington office. They've offered:
- Tue 7th April 10am, or
- Wed 8th April 2pm

Let me know which works and I'll lock it in. It's mostly competency based - think STAR examples on H&S, managing subbies, and programme recovery. I'll send you a prep pack tonight!

Buzzing for you!
Priya

Priya Raman | Senior Consultant - Construction & Property (Perm)
Ferrogate Recruitment
M: 07700 900 418""",
      d="03-31 16:40", company="Northvale Homes", contact="priya.raman@ferrogate-recruit.example.co.uk")

    M("interview_invitation", "goodtime_panel_ics", "en",
      "Stonegate Rail Recruiting <scheduling@goodtime.example.io>",
      "Interview confirmed: Stonegate Rail - Panel Interview",
      """Hi Marcus,

Your panel interview for Rail Systems Project Manager has been scheduled.

When: Thursday, 14 May 2026, 13:00 - 14:30 (BST)
Where: Microsoft Teams (link in the calendar invite)
Interviewers: Mark Denholm (Programme Director), Fiona Walsh (Senior PM), Ade Bakare (HR Business Partner)

If you need to reschedule, please reply to this email and your coordinator Natasha will help.

Good luck!
Stonegate Rail Talent Acquisition""",
      d="05-07 09:31", company="Stonegate Rail", contact="natasha.keane@stonegaterail.example.co.uk",
      reply_to="Natasha Keane <natasha.keane@stonegaterail.example.co.uk>", fmt="alt",
      cal=ics("gt-88123-stonegate@goodtime.example.io", "20260514T120000Z", "20260514T133000Z",
              "Stonegate Rail - Panel Interview - Marcus Okafor", "natasha.keane@stonegaterail.example.co.uk",
              location="Microsoft Teams Meeting"))

    M("interview_invitation", "consultancy_next_round", "en",
      "Aoife Brennan <aoife.brennan@liffeyspan.example.ie>",
      "Next steps",
      """Hi Marcus,

Thanks for the call on Friday, really enjoyed it.

We'd love to move you to the next stage. That's a short design exercise (a pedestrian footbridge, should take you 3-4 hours max, we'll send the brief over) followed by a technical interview in the office with myself and our Director, Ciarán.

Could you do the interview on either 19 or 20 May? We can cover a return flight from Manchester if you come over in person, or do it on Teams if easier.

Kind regards,
Aoife

Aoife Brennan CEng MIEI
Associate Director | Liffeyspan Consulting Engineers""",
      d="05-04 11:10", company="Liffeyspan Consulting Engineers", contact="aoife.brennan@liffeyspan.example.ie")

    M("interview_invitation", "council_oleeo_interview_pack", "en",
      "Leeds Northern Combined Authority <recruitment@lnca.example.gov.uk>",
      "Invitation to interview - Programme Manager (Transport Capital) LNCA-2291",
      """Dear Marcus

Programme Manager (Transport Capital) - LNCA-2291

I am pleased to inform you that you have been shortlisted for interview for the above post.

Your interview will take place on Wednesday 22 April 2026 at 11:15am at Wellington House, 40-50 Wellington Street, Leeds. Please report to main reception 15 minutes before.

The interview will consist of:
1. A 10 minute presentation on "How would you recover a transport capital scheme that is 6 months behind programme?"
2. A competency-based interview (approximately 45 minutes).

Please bring your passport or other documents proving your right to work in the UK.

Please book your slot and confirm any access requirements via the candidate portal by 15 April.

Yours sincerely

Recruitment Team
Leeds Northern Combined Authority""",
      d="04-09 14:02", company="Leeds Northern Combined Authority", contact="recruitment@lnca.example.gov.uk",
      fmt="alt", cs="windows-1252")

    M("interview_invitation", "hiring_manager_terse", "en",
      "Dan Whitcombe <dan.whitcombe@brackenhall-civils.example.com>",
      "Re: your application",
      """Marcus

Can you come in Tues 7th 2pm? Our yard at Trafford Park, ask for me at the gate. Bring your CSCS card.

Dan Whitcombe
Contracts Manager
Brackenhall Civils
07700 900 233

Sent from Outlook for Android""",
      d="04-02 07:58", company="Brackenhall Civils", contact="dan.whitcombe@brackenhall-civils.example.com",
      irt="<CAMo7761aa0@mail.example.com>", cte="7bit")

    M("interview_invitation", "lever_self_schedule", "en",
      "Ridgeway Modular <no-reply@hire.lever.example.co>",
      "Schedule your interview with Ridgeway Modular",
      """Hi Marcus,

Thanks for your interest in Ridgeway Modular! The team would like to invite you to a 45-minute video interview for the Delivery Manager role.

Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

Pick a time: https://hire.lever.example.co/interview-scheduling/ridgewaymodular/9f8a-22c1

Your interviewers will be Kezia Lamb (Head of Delivery) and Rob Nunez (Engineering Lead).

Questions? Just reply and Kezia will get back to you.

Ridgeway Modular Talent Team""",
      d="06-04 15:05", company="Ridgeway Modular", contact="kezia.lamb@ridgewaymodular.example.com",
      reply_to="Kezia Lamb <kezia.lamb@ridgewaymodular.example.com>", fmt="html",
      headers={"X-Lever-Notification": "interview-scheduling"})

    M("interview_invitation", "dubai_onsite_recruiter", "en",
      "Farah Al-Mansoori <farah.almansoori@qasr-dev.example.ae>",
      "Interview Invitation | Senior Project Manager - Residential Towers",
      """Dear Marcus,

Greetings from Qasr Developments!

We are pleased to inform you that your profile has been shortlisted for the position of Senior Project Manager - Residential Towers.

We would like to invite you for a virtual interview with our Development Director, Mr. Karim Haddad, on Sunday 7 June 2026 at 11:00 AM (UAE time) via Zoom. The link will be shared one day prior.

Kindly confirm your availability at your earliest convenience and share your current and expected package, notice period and a copy of your passport.

Best regards,

Farah Al-Mansoori
Talent Acquisition Lead
Qasr Developments LLC
P.O. Box 55512, Dubai, UAE
T: +971 4 555 0190""",
      d="06-01 10:40", tz="+0400", company="Qasr Developments", contact="farah.almansoori@qasr-dev.example.ae",
      fmt="alt")

    M("interview_invitation", "turkish_owned_contractor", "en",
      "Emre Yıldız <emre.yildiz@anadolu-yapi.example.com.tr>",
      "Project Manager position - London - meeting request",
      """Dear Marcus Bey,

Thank you for your application to Anadolu Yapı UK for Project Manager role for our hospital project in London.

Our Country Manager Mr. Serkan Demir will be in London next week and he would like to meet you at our office in Canary Wharf, on Wednesday 10 June at 15:00. If this time is not good for you, please propose another time on 11 or 12 June.

Please send me confirmation.

Best Regards,
Emre Yıldız
HR Specialist
Anadolu Yapı İnşaat A.Ş. - UK Branch
1 Canada Square, London E14 5AB""",
      d="06-03 08:15", company="Anadolu Yapı İnşaat", contact="emre.yildiz@anadolu-yapi.example.com.tr")

    M("interview_invitation", "singapore_video_round", "en",
      "Grace Tan <grace.tan@meridian-ep.example.sg>",
      "Meridian Engineering Partners: 2nd round interview",
      """Hi Marcus,

Hope this email finds you well.

Thank you for your time during the first round interview with our team. We are happy to share that you have been shortlisted for the 2nd round interview with our Regional Director (UK & Europe), Mr Lim Wei Jie.

Interview details:
Date: 2 July 2026 (Thursday)
Time: 9:00am UK time / 4:00pm SGT
Platform: Zoom (link to follow)

Appreciate it if you could confirm your availability by tomorrow. Do let me know if you require any clarification.

Thank you.

Regards,
Grace Tan
Senior Executive, Human Capital
Meridian Engineering Partners Pte Ltd
Singapore | London""",
      d="06-26 03:22", tz="+0800", company="Meridian Engineering Partners", contact="grace.tan@meridian-ep.example.sg",
      fmt="alt")

    M("interview_invitation", "nhs_estates_trac_style", "en",
      "NHS Jobs <noreply@jobs.nhs.example.uk>",
      "Invitation to interview: Capital Projects Manager (Estates) - Band 8a",
      """Dear Marcus Okafor,

Job reference: 331-EST-2026-044
Job title: Capital Projects Manager (Estates)
Employer: Greater Aire Teaching Hospitals NHS Foundation Trust

Congratulations, you've been shortlisted for an interview.

Interview date: 30 June 2026
Interview location: Estates Training Room, Block C, Aire General Hospital

You need to book an interview slot. Sign in to your NHS Jobs account to choose a slot before 23 June 2026.

The interview will include a 15 minute presentation. Details will be sent once you've booked.

This is an automated email. Please do not reply. If you have any questions, contact Jo Hartley, Estates Recruitment Lead, at jo.hartley@greateraire.nhs.example.uk.""",
      d="06-16 12:01", company="Greater Aire Teaching Hospitals NHS Foundation Trust")

    M("interview_invitation", "ics_only_invite_with_note", "en",
      "Fiona Walsh <fiona.walsh@stonegaterail.example.co.uk>",
      "Invitation: Site visit + informal chat - Crewe depot @ Fri 29 May 2026 10:00 - 12:00 (BST)",
      """Marcus - as discussed, come and have a look round the depot works before the final. Hi-vis and boots, we'll sort the rest. Fiona

Invitation from Fiona Walsh
Site visit + informal chat - Crewe depot
Fri 29 May 2026 10:00 - 12:00 (BST)
Crewe TMD, Gresty Lane gate

Accept / Decline / Maybe""",
      d="05-22 17:44", company="Stonegate Rail", contact="fiona.walsh@stonegaterail.example.co.uk", fmt="alt",
      cal=ics("sg-sitevisit-2026-05-29@stonegaterail.example.co.uk", "20260529T090000Z", "20260529T110000Z",
              "Site visit + informal chat - Crewe depot", "fiona.walsh@stonegaterail.example.co.uk",
              location="Crewe TMD, Gresty Lane gate"))

    M("interview_invitation", "glasgow_recruiter_chatty", "en",
      "Callum McNair <callum@clydeforth-talent.example.co.uk>",
      "Tomorrow?",
      """Alright Marcus,

Spoke to the MD at Ballantyne Roofing & Cladding this arvo - he's keen. Any chance you could jump on a call with him tomorrow morning, say half 9? It's just a 30 min chat on the phone, he'll ring your mobile. Pretty relaxed guy, wants to hear about your façade remediation stuff mainly.

Give me a shout either way.

Callum
Clydeforth Talent | 0141 496 0555""",
      d="07-01 16:58", company="Ballantyne Roofing & Cladding", contact="callum@clydeforth-talent.example.co.uk")

    M("interview_invitation", "ashby_technical_interview", "en",
      "Gridwise Energy <no-reply@ashbyhq.example.com>",
      "Gridwise Energy: Please share your availability",
      """Hi Marcus,

Great news! The Gridwise Energy team would like to invite you to a Technical Interview (60 mins) for the Project Manager - Solar & BESS position.

Please submit your availability for the next 5 working days using the link below, and we'll confirm a time within 24 hours.

Share availability: https://app.ashbyhq.example.com/availability/5d1e9c70

If you have any questions, reach out to Zara Quaye at zara.quaye@gridwise.example.com.

Best,
Gridwise Energy Recruiting

Powered by Ashby""",
      d="07-09 13:44", company="Gridwise Energy", fmt="alt")

    M("interview_invitation", "es_entrevista_telefonica", "es",
      "Marta Gil <marta.gil@obrasdelsur.example.es>",
      "Entrevista telefónica - Jefe de Producción",
      """Hola Marcus,

Te escribo de Obras del Sur. Hemos revisado tu CV para la vacante de Jefe de Producción en la obra de Getafe y nos gustaría tener una primera entrevista telefónica contigo.

¿Te vendría bien el martes 12 de mayo a las 10:30 (hora de Madrid)? Serían unos 20-30 minutos. Si no te cuadra, dime un par de huecos que te vengan mejor.

Un saludo,

Marta Gil
Técnico de Selección
Obras del Sur
Tel. 954 555 012""",
      d="05-07 12:55", company="Obras del Sur", contact="marta.gil@obrasdelsur.example.es", cs="iso-8859-1")

    M("interview_invitation", "es_segunda_fase_presencial", "es",
      "Lucía Fernández Ortega <lucia.fernandez@grupo-alcora.example.com>",
      "Siguiente fase - Project Manager Residencial",
      """Hola Marcus,

¡Buenas noticias! Después de la videollamada del otro día, nos gustaría que pasaras a la siguiente fase del proceso.

Se trata de una entrevista presencial en nuestras oficinas de Madrid (Paseo de la Castellana 95, planta 14) con Alberto Ruiz, Director de Promociones, y conmigo. Habíamos pensado en el jueves 14 de mayo a las 11:00.

Confírmame si puedes venir o si prefieres hacerlo por Teams.

Un saludo,
Lucía

Lucía Fernández Ortega
Talento y Cultura | Grupo Alcora""",
      d="05-06 16:20", company="Grupo Alcora", contact="lucia.fernandez@grupo-alcora.example.com", fmt="alt")

    M("interview_invitation", "es_agency_whatsapp_voice", "es",
      "Javier Moreno <jmoreno@talentobra.example.es>",
      "Re: CV Marcus Okafor",
      """Marcus!! Ya está, el cliente quiere conocerte 🙌

Es Promociones Besós, la promotora de Barcelona que te comenté. Entrevista por Teams con la directora técnica, miércoles 24 a las 17h. Te mando invitación ahora.

Prepárate bien lo de BTR y el control de costes, que es lo que más les preocupa.

Hablamos!
Javi

Enviado desde mi iPhone

El 18 jun 2026, a las 9:41, Marcus Okafor <marcus.okafor@example.com> escribió:

> Hola Javi, te adjunto el CV actualizado en español. Gracias!""",
      d="06-19 13:02", company="Promociones Besós", contact="jmoreno@talentobra.example.es",
      irt="<CAMo9912dd4@mail.example.com>", cte="b64")

    M("interview_invitation", "es_ingeniera_municipal_formal", "es",
      "Ayuntamiento de Alcobendas - Recursos Humanos <rrhh.seleccion@alcobendas-ayto.example.es>",
      "Convocatoria a entrevista personal - Técnico de Proyectos Urbanos",
      """Estimado Sr. Okafor:

En relación con el proceso de selección para la cobertura temporal de una plaza de Técnico/a de Proyectos Urbanos (Expediente 2026/RH/057), le comunicamos que ha superado la fase de valoración de méritos.

Por la presente se le convoca a la entrevista personal, que tendrá lugar el día 25 de junio de 2026 a las 9:45 horas en la Casa Consistorial, Plaza Mayor 1, Sala de Comisiones.

Deberá presentarse provisto de DNI, NIE o pasaporte.

Atentamente,
Servicio de Recursos Humanos""",
      d="06-15 10:00", company="Ayuntamiento de Alcobendas", contact="rrhh.seleccion@alcobendas-ayto.example.es",
      cs="windows-1252")

    M("interview_invitation", "de_einladung_gespraech", "de",
      "Sabine Kröger <s.kroeger@brueckner-ing.example.de>",
      "Einladung zum Vorstellungsgespräch",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Projektleiter Ingenieurbau (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, den 9. April 2026, um 14:00 Uhr in unser Büro in Hamburg ein. Alternativ ist das Gespräch auch per MS Teams möglich.

Gesprächspartner sind Herr Dr. Brückner (Geschäftsführung) und Frau Lenz (Bereichsleitung Brückenbau).

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Kröger
Personalreferentin
Brückner Ingenieure GmbH
Tel. +49 40 555 01 23""",
      d="03-30 09:40", company="Brückner Ingenieure", contact="s.kroeger@brueckner-ing.example.de",
      cs="iso-8859-1", fmt="alt")

    M("interview_invitation", "de_personio_kennenlernen", "de",
      "BauStack GmbH <jobs@baustack.jobs.personio.example.de>",
      "Lass uns kennenlernen! - Customer Success Lead Construction",
      """Hallo Marcus,

vielen Dank für deine Bewerbung bei BauStack! Wir würden dich gerne in einem ersten Kennenlerngespräch (ca. 30 Min., per Google Meet) besser kennenlernen.

Bitte such dir über den folgenden Link einen passenden Termin aus:
https://baustack.jobs.personio.example.de/scheduling/7b2c

Dein Gesprächspartner wird Jonas Albers (COO) sein. Bei Fragen erreichst du ihn direkt unter jonas@baustack.example.de.

Bis bald!
Dein BauStack Team""",
      d="06-15 11:27", company="BauStack", fmt="html", cte="b64")

    M("interview_invitation", "de_schweiz_zweitgespraech", "de",
      "Reto Gerber <reto.gerber@alpentunnel-ag.example.ch>",
      "Zweitgespräch Gesamtprojektleiter",
      """Grüezi Herr Okafor

Besten Dank für das angenehme Erstgespräch vom letzten Dienstag.

Gerne möchten wir Sie zu einem Zweitgespräch nach Zürich einladen, inkl. Besichtigung der Baustelle Tunnel Hirzel. Vorgesehen ist Montag, 20. Juli, ab 10.00 Uhr. Die Reisekosten übernehmen wir selbstverständlich.

Würde Ihnen das passen?

Freundliche Grüsse

Reto Gerber
Leiter Personal
Alpentunnel AG
Tel. +41 44 555 01 77""",
      d="07-07 08:05", company="Alpentunnel", contact="reto.gerber@alpentunnel-ag.example.ch", cs="iso-8859-1")

    M("interview_invitation", "fr_entretien_visio", "fr",
      "Sophie Marchand <sophie.marchand@ingeo-structures.example.fr>",
      "Entretien - Chef de projet Ouvrages d'art",
      """Bonjour Marcus,

Suite à votre candidature pour le poste de Chef de projet Ouvrages d'art, j'ai le plaisir de vous proposer un premier entretien en visio avec notre directeur technique, Thierry Lambert.

Seriez-vous disponible le lundi 15 juin à 10h (heure de Paris) ? Le lien Teams vous sera envoyé dès confirmation.

Bien cordialement,

Sophie Marchand
Chargée de recrutement
INGEO Structures
01 55 55 01 32""",
      d="06-08 15:12", company="INGEO Structures", contact="sophie.marchand@ingeo-structures.example.fr",
      fmt="alt", cs="iso-8859-1")

    M("interview_invitation", "fr_welcome_jungle_ats", "fr",
      "Chantierly via Welcome to the Jungle <notifications@wttj.example.co>",
      "Chantierly souhaite échanger avec vous !",
      """Bonjour Marcus,

Bonne nouvelle : Chantierly souhaite aller plus loin avec vous pour le poste de Head of Delivery (Remote / Paris).

Camille, de l'équipe Talent, vous propose un premier appel de 30 minutes. Choisissez votre créneau ici :
https://www.welcometothejungle.example.co/fr/me/applications/88121/schedule

Vous pouvez aussi répondre directement à Camille : camille@chantierly.example.fr

À très vite,
L'équipe Welcome to the Jungle""",
      d="07-08 10:00", company="Chantierly", contact="camille@chantierly.example.fr",
      reply_to="Camille Roussel <camille@chantierly.example.fr>", fmt="html", cte="b64")

    M("interview_invitation", "fr_belgique_tests_et_entretien", "fr",
      "Nathalie Dupuis <n.dupuis@brabant-genie.example.be>",
      "Candidature Project Manager - tests et entretien",
      """Monsieur Okafor,

Nous avons le plaisir de vous informer que votre candidature a retenu toute notre attention.

Nous vous invitons à une demi-journée de sélection le vendredi 26 juin à 9h00 dans nos bureaux de Louvain-la-Neuve : tests psychotechniques le matin (environ 1h30), puis entretien avec Monsieur Peeters, directeur des opérations.

Merci de nous confirmer votre présence par retour de mail.

Veuillez agréer, Monsieur, nos salutations distinguées.

Nathalie Dupuis
Responsable RH
Brabant Génie Civil SA""",
      d="06-12 14:33", company="Brabant Génie Civil", contact="n.dupuis@brabant-genie.example.be", cs="windows-1252")


def reschedules() -> None:
    M("interview_reschedule_or_cancel", "agency_move_to_thursday", "en",
      "Priya Raman <priya.raman@ferrogate-recruit.example.co.uk>",
      "Northvale - change of plan",
      """Hi Marcus,

Sorry to mess you about!! Gary's been pulled onto a site inspection at Lymm on Tuesday so Northvale have asked if we can move your interview to Thursday 9th April, same time (10am), same place.

Can you let me know ASAP if that's ok? If not they've said Friday morning could work too.

Thanks so much!
Priya

Priya Raman | Senior Consultant
Ferrogate Recruitment | M: 07700 900 418""",
      d="04-03 09:12", company="Northvale Homes", contact="priya.raman@ferrogate-recruit.example.co.uk")

    M("interview_reschedule_or_cancel", "goodtime_cancel_ics", "en",
      "Stonegate Rail Recruiting <scheduling@goodtime.example.io>",
      "Cancelled: Stonegate Rail - Panel Interview",
      """Hi Marcus,

Unfortunately your panel interview on Thursday, 14 May 2026 at 13:00 (BST) has been cancelled because one of the panel members is unavailable. Natasha will be in touch shortly with new times.

We apologise for the inconvenience.

Stonegate Rail Talent Acquisition""",
      d="05-12 18:03", company="Stonegate Rail", contact="natasha.keane@stonegaterail.example.co.uk",
      reply_to="Natasha Keane <natasha.keane@stonegaterail.example.co.uk>", fmt="alt",
      cal=ics("gt-88123-stonegate@goodtime.example.io", "20260514T120000Z", "20260514T133000Z",
              "Stonegate Rail - Panel Interview - Marcus Okafor", "natasha.keane@stonegaterail.example.co.uk",
              method="CANCEL", status="CANCELLED", seq=1), cal_method="CANCEL")

    M("interview_reschedule_or_cancel", "council_panel_illness", "en",
      "Recruitment Team <recruitment@lnca.example.gov.uk>",
      "RE: Invitation to interview - Programme Manager (Transport Capital) LNCA-2291",
      """Dear Marcus

Due to unforeseen circumstances (illness of a panel member) we have had to postpone the interviews scheduled for Wednesday 22 April.

We are now proposing Tuesday 28 April at the same time (11:15am) and venue. The presentation topic remains unchanged.

Please reply to confirm whether you are able to attend on the new date.

We apologise for any inconvenience this may cause.

Kind regards

Hollie Sutcliffe
Recruitment Officer
Leeds Northern Combined Authority""",
      d="04-17 16:47", company="Leeds Northern Combined Authority", contact="recruitment@lnca.example.gov.uk",
      cs="windows-1252")

    M("interview_reschedule_or_cancel", "hm_mobile_push_back", "en",
      "Aoife Brennan <aoife.brennan@liffeyspan.example.ie>",
      "Re: Next steps",
      """Marcus - apologies, Ciarán has to be in Cork on the 19th for a client meeting. Any chance we could push to Tue 26th, 10am instead? Same format. Sorry for the hassle.

A

Sent from my iPhone

On 5 May 2026, at 21:14, Marcus Okafor <marcus.okafor@example.com> wrote:

> Hi Aoife, the 19th would be perfect, I'll come over in person.
> Thanks, Marcus""",
      d="05-13 07:39", company="Liffeyspan Consulting Engineers", contact="aoife.brennan@liffeyspan.example.ie",
      irt="<CAMo6671ee0@mail.example.com>")

    M("interview_reschedule_or_cancel", "updated_calendar_request", "en",
      "Kezia Lamb <kezia.lamb@ridgewaymodular.example.com>",
      "Updated invitation: Ridgeway Modular - Delivery Manager interview",
      """This event has been changed.

Ridgeway Modular - Delivery Manager interview (Marcus Okafor)
When: CHANGED  Mon 15 Jun 2026 14:00 - 14:45 (BST)  (was Fri 12 Jun 2026 11:00)
Joining info: meet.example.com/rdg-dlvy-okf

Hi Marcus, sorry - Rob's flight got moved so we've shifted this to Monday afternoon. Shout if that doesn't work. Kez""",
      d="06-10 12:22", company="Ridgeway Modular", contact="kezia.lamb@ridgewaymodular.example.com", fmt="alt",
      cal=ics("rdg-intv-okafor-0612@ridgewaymodular.example.com", "20260615T130000Z", "20260615T134500Z",
              "Ridgeway Modular - Delivery Manager interview (Marcus Okafor)", "kezia.lamb@ridgewaymodular.example.com",
              seq=2, location="meet.example.com/rdg-dlvy-okf"))

    M("interview_reschedule_or_cancel", "dubai_cancelled_role_frozen", "en",
      "Farah Al-Mansoori <farah.almansoori@qasr-dev.example.ae>",
      "RE: Interview Invitation | Senior Project Manager - Residential Towers",
      """Dear Marcus,

Please accept our apologies. Mr. Karim is travelling urgently and we have to cancel tomorrow's interview (Sunday 7 June). We will revert with a new slot by end of next week, the position is still open.

Apologies again for the short notice.

Best regards,
Farah

From: Marcus Okafor <marcus.okafor@example.com>
Sent: Monday, June 1, 2026 2:10 PM
To: Farah Al-Mansoori <farah.almansoori@qasr-dev.example.ae>
Subject: Re: Interview Invitation | Senior Project Manager - Residential Towers

Dear Farah,
Thank you, I confirm Sunday 7 June at 11:00 UAE time. Passport copy attached.
Kind regards,
Marcus""",
      d="06-06 18:50", tz="+0400", company="Qasr Developments", contact="farah.almansoori@qasr-dev.example.ae",
      irt="<CAMo1209cc2@mail.example.com>", fmt="alt")

    M("interview_reschedule_or_cancel", "singapore_time_change", "en",
      "Grace Tan <grace.tan@meridian-ep.example.sg>",
      "Change of timing: 2nd round interview (2 July)",
      """Hi Marcus,

Sorry for the inconvenience caused. Mr Lim has an urgent board meeting on 2 July morning (UK time). Would it be possible to shift the interview to 3 July (Friday), same timing 9:00am UK time?

Please let me know by today if can. Thank you!

Regards,
Grace Tan
Meridian Engineering Partners""",
      d="06-30 02:15", tz="+0800", company="Meridian Engineering Partners", contact="grace.tan@meridian-ep.example.sg")

    M("interview_reschedule_or_cancel", "ashby_reschedule_notice", "en",
      "Gridwise Energy <no-reply@ashbyhq.example.com>",
      "Your interview with Gridwise Energy has been rescheduled",
      """Hi Marcus,

Your Technical Interview for Project Manager - Solar & BESS has been rescheduled.

New time: Wednesday, July 22, 2026 at 3:30 PM BST (60 minutes)
Previous time: Tuesday, July 21, 2026 at 10:00 AM BST
Location: Google Meet (link in calendar invite)

Interviewers: Tobi Ogunleye, Sarah Kwan

Gridwise Energy Recruiting
Powered by Ashby""",
      d="07-17 09:03", company="Gridwise Energy", fmt="alt",
      cal=ics("ashby-int-5d1e9c70@ashbyhq.example.com", "20260722T143000Z", "20260722T153000Z",
              "Technical Interview - Gridwise Energy", "scheduling@ashbyhq.example.com", seq=1))

    M("interview_reschedule_or_cancel", "site_visit_weather", "en",
      "Fiona Walsh <fiona.walsh@stonegaterail.example.co.uk>",
      "Friday",
      """Hi Marcus,

Bad news re Friday I'm afraid - the depot's got an emergency possession over the weekend and the site is locked down from Thursday night, so I need to cancel the site visit. Let's do it the week after instead - Wed 3 or Thu 4 June? Same time works for me.

Fiona

Fiona Walsh | Senior Project Manager | Stonegate Rail
07700 900 612""",
      d="05-27 13:29", company="Stonegate Rail", contact="fiona.walsh@stonegaterail.example.co.uk")

    M("interview_reschedule_or_cancel", "es_cambio_hora", "es",
      "Marta Gil <marta.gil@obrasdelsur.example.es>",
      "RE: Entrevista telefónica - Jefe de Producción",
      """Hola Marcus,

Perdona el cambio: el martes a las 10:30 al final no puedo, me ha surgido una visita de obra. ¿Podríamos pasar la llamada al miércoles 13 a la misma hora?

Gracias y disculpa las molestias.

Marta

-----Mensaje original-----
De: Marcus Okafor [mailto:marcus.okafor@example.com]
Enviado el: jueves, 7 de mayo de 2026 14:10
Para: Marta Gil
Asunto: Re: Entrevista telefónica - Jefe de Producción

Hola Marta, el martes 12 a las 10:30 me viene perfecto. Un saludo, Marcus""",
      d="05-11 08:55", company="Obras del Sur", contact="marta.gil@obrasdelsur.example.es",
      irt="<CAMo3321ab1@mail.example.com>", cs="iso-8859-1")

    M("interview_reschedule_or_cancel", "es_cancelacion_proceso_pausado", "es",
      "Lucía Fernández Ortega <lucia.fernandez@grupo-alcora.example.com>",
      "Cambio entrevista del jueves",
      """Hola Marcus,

Alberto me pide retrasar la entrevista presencial del jueves 14: tiene comité de inversión toda la mañana. ¿Te iría bien a las 16:30 del mismo día? Si no, lo dejamos para el lunes 18 por la mañana.

Perdona las prisas.

Lucía""",
      d="05-12 19:30", company="Grupo Alcora", contact="lucia.fernandez@grupo-alcora.example.com")

    M("interview_reschedule_or_cancel", "es_teams_actualizado", "es",
      "Javier Moreno <jmoreno@talentobra.example.es>",
      "Cambio de día con Besós",
      """Marcus, la directora técnica tiene un problema de agenda el miércoles. Me dicen que mejor el viernes 26 a las 12h, mismo enlace de Teams. ¿Te va bien? Confírmame y se lo paso.

Gracias!!
Javi""",
      d="06-22 11:40", company="Promociones Besós", contact="jmoreno@talentobra.example.es")

    M("interview_reschedule_or_cancel", "de_terminverschiebung", "de",
      "Sabine Kröger <s.kroeger@brueckner-ing.example.de>",
      "Verschiebung Ihres Vorstellungsgesprächs am 09.04.",
      """Sehr geehrter Herr Okafor,

leider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 9. April, kurzfristig verschieben, da Herr Dr. Brückner krankheitsbedingt ausfällt.

Wir möchten Ihnen als Ersatztermin Dienstag, den 14. April, um 10:00 Uhr vorschlagen. Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Kröger
Personalreferentin
Brückner Ingenieure GmbH""",
      d="04-07 15:22", company="Brückner Ingenieure", contact="s.kroeger@brueckner-ing.example.de",
      cs="iso-8859-1", cte="qp")

    M("interview_reschedule_or_cancel", "de_absage_termin_du", "de",
      "Jonas Albers <jonas@baustack.example.de>",
      "Müssen Donnerstag leider absagen",
      """Hey Marcus,

sorry, ich muss unser Gespräch am Donnerstag absagen - wir haben an dem Tag ein Board-Meeting reinbekommen. Ich schick dir gleich einen neuen Link für nächste Woche, dann kannst du dir nen Slot aussuchen.

Sorry nochmal!
Jonas

Am Mo., 22. Juni 2026 um 10:04 Uhr schrieb Marcus Okafor <marcus.okafor@example.com>:
> Hallo Jonas,
> danke für die Einladung, ich habe Donnerstag 15 Uhr gebucht.
> Viele Grüße
> Marcus""",
      d="06-23 09:15", company="BauStack", contact="jonas@baustack.example.de", irt="<CAMo4417fa0@mail.example.com>")

    M("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
      "Sophie Marchand <sophie.marchand@ingeo-structures.example.fr>",
      "Report de notre entretien du 15 juin",
      """Bonjour Marcus,

Je suis navrée, Thierry Lambert doit se rendre en urgence sur un chantier à Bordeaux lundi. Nous devons donc reporter l'entretien prévu le 15 juin à 10h.

Pourriez-vous me dire si le mercredi 17 juin à 14h ou le jeudi 18 à 9h30 vous conviendrait ?

Toutes mes excuses pour ce contretemps.

Bien cordialement,
Sophie Marchand
INGEO Structures""",
      d="06-11 18:02", company="INGEO Structures", contact="sophie.marchand@ingeo-structures.example.fr",
      fmt="alt", cte="b64")


def missed() -> None:
    M("missed_interview_notice", "tried_calling", "en",
      "Sian Pritchard <sian.pritchard@northvalehomes.example.co.uk>",
      "Your interview this morning",
      """Hi Marcus,

Gary and I were expecting you at 10am today for your interview at our Warrington office but unfortunately you didn't arrive. We also tried calling you at the scheduled time on the number on your CV but it went straight to voicemail.

I hope everything is ok. If something came up please let me or Priya at Ferrogate know and we'll see what we can do.

Kind regards,
Sian Pritchard
HR Advisor
Northvale Homes""",
      d="04-09 11:41", company="Northvale Homes", contact="sian.pritchard@northvalehomes.example.co.uk",
      cs="windows-1252")

    M("missed_interview_notice", "teams_no_join", "en",
      "Natasha Keane <natasha.keane@stonegaterail.example.co.uk>",
      "Missed interview - Rail Systems Project Manager",
      """Dear Marcus,

The panel were online for your rescheduled interview at 13:00 today but you did not join the Teams meeting. We waited 15 minutes and also sent a message via the Teams lobby.

Could you let me know what happened? If there was a technical problem we may be able to find another slot, although the panel's diaries are very tight before the end of the month.

Regards,
Natasha Keane
Recruitment Coordinator
Stonegate Rail""",
      d="05-19 13:31", company="Stonegate Rail", contact="natasha.keane@stonegaterail.example.co.uk", fmt="alt")

    M("missed_interview_notice", "agency_where_are_you", "en",
      "Callum McNair <callum@clydeforth-talent.example.co.uk>",
      "??",
      """Marcus - Iain from Ballantyne says he rang you at half 9 as arranged and got no answer, tried twice. Everything alright mate? Give me a bell when you see this and I'll try and smooth it over.

Callum

Sent from my Galaxy""",
      d="07-02 09:52", company="Ballantyne Roofing & Cladding", contact="callum@clydeforth-talent.example.co.uk",
      cte="7bit")

    M("missed_interview_notice", "system_no_show_followup", "en",
      "Ridgeway Modular Talent <talent@ridgewaymodular.example.com>",
      "We missed you today",
      """Hi Marcus,

We're sorry we missed you for your Delivery Manager interview today (Mon 15 Jun, 14:00 BST). Kezia and Rob waited in the Google Meet for 10 minutes.

If you'd still like to be considered, please reply to this email within 3 working days and we'll do our best to rebook.

Thanks,
Ridgeway Modular Talent Team""",
      d="06-15 14:32", company="Ridgeway Modular", contact="kezia.lamb@ridgewaymodular.example.com",
      reply_to="Kezia Lamb <kezia.lamb@ridgewaymodular.example.com>", fmt="html")

    M("missed_interview_notice", "council_did_not_attend", "en",
      "Hollie Sutcliffe <hollie.sutcliffe@lnca.example.gov.uk>",
      "Interview 28 April - non attendance",
      """Dear Marcus

You were due to attend interview for the post of Programme Manager (Transport Capital) at 11:15am today. Our records show that you did not attend and we have not received any message from you.

If there were exceptional circumstances that prevented you from attending please contact me by 5pm on Thursday 30 April. Otherwise we will assume you have withdrawn from the process.

Regards

Hollie Sutcliffe
Recruitment Officer
Leeds Northern Combined Authority
0113 496 0288""",
      d="04-28 14:05", company="Leeds Northern Combined Authority", contact="hollie.sutcliffe@lnca.example.gov.uk")

    M("missed_interview_notice", "canada_early_call_missed", "en",
      "Chantal Leblanc-Moore <cleblancmoore@northquay-infra.example.ca>",
      "Missed you this morning!",
      """Hi Marcus,

Just a heads up that we didn't see you on the Zoom at 9:00 ET this morning for your screening call. I'm wondering if the time zone conversion tripped things up - 9 ET would've been 2pm for you.

No worries at all, these things happen. Here's my calendar if you'd like to grab another time this week: https://calendar.example.com/cleblancmoore/30min

Chantal""",
      d="06-22 10:02", tz="-0400", company="Northquay Infrastructure", contact="cleblancmoore@northquay-infra.example.ca")

    M("missed_interview_notice", "es_no_se_conecto", "es",
      "Marta Gil <marta.gil@obrasdelsur.example.es>",
      "Llamada de hoy",
      """Hola Marcus,

Te he llamado hoy a las 10:30 como habíamos quedado, pero no he conseguido contactar contigo (lo he intentado dos veces y te he dejado un mensaje en el buzón).

¿Ha pasado algo? Si sigues interesado en la vacante, dime cuándo te viene bien y buscamos otro momento esta semana.

Un saludo,
Marta Gil
Obras del Sur""",
      d="05-13 11:05", company="Obras del Sur", contact="marta.gil@obrasdelsur.example.es", cs="iso-8859-1")

    M("missed_interview_notice", "es_ayuntamiento_incomparecencia", "es",
      "Servicio de Recursos Humanos <rrhh.seleccion@alcobendas-ayto.example.es>",
      "Incomparecencia a la entrevista - Expediente 2026/RH/057",
      """Estimado Sr. Okafor:

Le comunicamos que no compareció a la entrevista personal convocada para el día 25 de junio de 2026 a las 9:45 horas.

De conformidad con las bases de la convocatoria, dispone de un plazo de tres días hábiles para justificar documentalmente su ausencia. Transcurrido dicho plazo sin justificación, se entenderá que desiste del proceso.

Atentamente,
Servicio de Recursos Humanos
Ayuntamiento de Alcobendas""",
      d="06-25 13:20", company="Ayuntamiento de Alcobendas", contact="rrhh.seleccion@alcobendas-ayto.example.es",
      cs="windows-1252", cte="qp")

    M("missed_interview_notice", "de_nicht_erschienen", "de",
      "Reto Gerber <reto.gerber@alpentunnel-ag.example.ch>",
      "Heutiger Termin",
      """Grüezi Herr Okafor

Wir haben Sie heute um 10.00 Uhr zum Zweitgespräch und zur Baustellenbesichtigung in Zürich erwartet. Leider sind Sie nicht erschienen, und telefonisch konnten wir Sie nicht erreichen.

Wir hoffen, es ist nichts passiert. Bitte melden Sie sich kurz bei mir.

Freundliche Grüsse
Reto Gerber
Alpentunnel AG""",
      d="07-20 11:15", company="Alpentunnel", contact="reto.gerber@alpentunnel-ag.example.ch", cs="iso-8859-1")

    M("missed_interview_notice", "fr_absent_visio", "fr",
      "Sophie Marchand <sophie.marchand@ingeo-structures.example.fr>",
      "Entretien de ce matin",
      """Bonjour Marcus,

Thierry et moi vous avons attendu ce matin à 9h30 sur Teams pour notre entretien, mais vous ne vous êtes pas connecté. Je vous ai également laissé un message vocal.

J'espère que tout va bien. N'hésitez pas à revenir vers moi si vous souhaitez convenir d'un autre créneau.

Bien cordialement,
Sophie Marchand
Chargée de recrutement - INGEO Structures""",
      d="06-18 10:12", company="INGEO Structures", contact="sophie.marchand@ingeo-structures.example.fr")


def acknowledgements() -> None:
    M("application_received", "workday_submitted", "en",
      "Kelderwick Construction Careers <kelderwick@myworkday.example.com>",
      "Thank you for applying to Kelderwick Construction",
      """Dear Marcus,

Thank you for submitting your application for Assistant Project Manager - Leeds (R-104882).

Our Talent Acquisition team will review your application against the requirements of the role. If your experience is a match, a member of the team will be in touch to discuss next steps. You can check the status of your application at any time in your Workday candidate home.

Kind regards,
Talent Acquisition Team
Kelderwick Construction Group

This mailbox is not monitored.""",
      d="03-02 22:41", tz="+0000", company="Kelderwick Construction Group", fmt="html")

    M("application_received", "volume_no_individual_reply", "en",
      "Careers at Halverson Tait <careers-noreply@halversontait.example.com>",
      "Application received - Graduate to PM Conversion Programme",
      """Dear Marcus,

Thank you for your application to Halverson Tait. We confirm that we have received it.

Due to the very high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

We appreciate your interest in building a career with us.

Halverson Tait Resourcing
Engineering | Design | Advisory

Halverson Tait LLP is a limited liability partnership registered in England and Wales (OC301122).""",
      d="03-14 13:02", tz="+0000", company="Halverson Tait", fmt="alt")

    M("application_received", "oleeo_no_feedback_at_stage", "en",
      "Metropolitan Borough of Ashcombe - Recruitment <noreply@ashcombe.oleeo.example.com>",
      "Application Received: Senior Engineer (Structures) - ASH/ENV/0419",
      """Dear Marcus Okafor

Thank you for applying for the post of Senior Engineer (Structures), reference ASH/ENV/0419.

Your application has been successfully submitted and will be considered by the shortlisting panel after the closing date (1 March 2026). Shortlisting usually takes place within two weeks of the closing date.

Unfortunately we are unable to provide individual feedback at this stage of the process. Candidates selected for interview will be contacted by email.

Ashcombe Council is a Disability Confident Leader and a Real Living Wage employer.

HR Recruitment Team
Metropolitan Borough of Ashcombe""",
      d="03-01 20:17", tz="+0000", company="Metropolitan Borough of Ashcombe", cte="qp")

    M("application_received", "greenhouse_thanks", "en",
      "Trussly <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Trussly!",
      """Hi Marcus,

Thanks for applying for our Construction Project Manager (Remote, UK) role! We've received your application and our team is reviewing it now.

We're a small team so it may take us a week or two, but we read every application. If there's a fit, Hannah from our Delivery team will reach out to set up a first chat.

In the meantime, check out our blog to learn how we're helping housebuilders digitise snagging: https://trussly.example.com/blog

Cheers,
Team Trussly""",
      d="04-16 09:20", company="Trussly", fmt="alt")

    M("application_received", "indeed_apply_confirmation", "en",
      "Indeed Apply <indeedapply@indeed.example.com>",
      "Application submitted: Project Manager - Water Infrastructure",
      """Your application has been submitted

Project Manager - Water Infrastructure
Calderbank Water - Bradford, West Yorkshire

Indeed sent your application to the employer. Good luck!

Next steps:
- The employer may contact you by email or phone.
- Track your application status in My jobs: https://uk.indeed.example.com/myjobs

Note: employers don't always respond to every applicant.

Indeed
You're receiving this because you applied for a job on Indeed.""",
      d="04-20 20:51", company="Calderbank Water", fmt="html",
      html=html_of("""Your application has been submitted

Project Manager - Water Infrastructure
Calderbank Water - Bradford, West Yorkshire

Indeed sent your application to the employer. Good luck!

Next steps:
- The employer may contact you by email or phone.
- Track your application status in My jobs

Note: employers don't always respond to every applicant.""", brand="Indeed", colour="#2557a7", track="engage.indeed.example.com"))

    M("application_received", "agency_got_your_cv", "en",
      "Callum McNair <callum@clydeforth-talent.example.co.uk>",
      "Re: Contracts Manager - Glasgow (Ref CM4410)",
      """Hi Marcus,

Thanks for sending your CV over for the Contracts Manager role, got it.

I'll have a proper look tonight and give you a call tomorrow to have a chat about what you're after - salary, travel, all that. The client is a family-run roofing and cladding contractor in the east end, about 120 staff.

Cheers,
Callum

Callum McNair
Clydeforth Talent | 0141 496 0555""",
      d="06-24 18:22", company="Ballantyne Roofing & Cladding", contact="callum@clydeforth-talent.example.co.uk",
      irt="<CAMo5590aa3@mail.example.com>")

    M("application_received", "housing_association_eploy", "en",
      "Harbourlight Homes Recruitment <jobs@harbourlight.eploy.example.net>",
      "We've received your application",
      """Hi Marcus,

Thanks for applying for Development Project Manager (ref HH-DEV-112) at Harbourlight Homes.

What happens next?
The closing date is Sunday 10 May. Our hiring manager will review applications shortly after. If you're shortlisted we'll invite you to an interview by email, and you may be asked to complete a short written exercise.

We're sorry, but because of the number of applications we get we can't give individual feedback to applicants who aren't shortlisted.

Thanks again,
People & Culture
Harbourlight Homes""",
      d="04-29 07:15", company="Harbourlight Homes", fmt="alt", cs="windows-1252")

    M("application_received", "totaljobs_sent_to_recruiter", "en",
      "Totaljobs <noreply@email.totaljobs.example.com>",
      "Your application has been sent to Arden & Lowe Recruitment",
      """Hi Marcus,

Good news - your application for Senior Site Manager / Project Manager (Birmingham, £60k-£70k + car) has been sent to Arden & Lowe Recruitment.

What's next? The recruiter will review your CV and get in touch if you're a good match.

You may also like:
Project Manager - Fit Out, Birmingham, £55k
Construction Manager - Education, Solihull, £65k

Totaljobs
Unsubscribe from these emails: https://www.totaljobs.example.com/unsubscribe""",
      d="05-03 11:40", fmt="html", company="Arden & Lowe Recruitment", headers=bulk("<transactional.totaljobs.example.com>", "https://www.totaljobs.example.com/unsubscribe"))

    M("application_received", "public_sector_received_reference", "en",
      "Highways Partnership North <recruitment@hpnorth.example.gov.uk>",
      "Acknowledgement: HPN/2026/037 Scheme Project Manager",
      """Dear Mr Okafor,

This is to acknowledge receipt of your application for the post of Scheme Project Manager (HPN/2026/037).

Shortlisting will take place w/c 1 June 2026. Interviews are expected to be held w/c 15 June 2026 and will include a competency-based interview and a technical presentation.

Please note that the post is subject to a Baseline Personnel Security Standard (BPSS) check.

Yours sincerely

Recruitment Services
Highways Partnership North""",
      d="05-21 16:30", company="Highways Partnership North", contact="recruitment@hpnorth.example.gov.uk",
      cs="iso-8859-1")

    M("application_received", "smartrecruiters_nigerian_owned", "en",
      "Okonjo-Bell Engineering <no-reply@smartrecruiters.example.com>",
      "Okonjo-Bell Engineering: Application Received",
      """Hello Marcus,

Thank you for your interest in Okonjo-Bell Engineering. We have received your application for the position of Project Manager - Infrastructure (London).

Our recruiting team will carefully review your qualifications. If your profile matches our requirements, we will contact you to discuss next steps. Kindly note that only shortlisted candidates will be contacted.

Best Regards,
Okonjo-Bell Engineering Recruitment Team
Lagos | Abuja | London""",
      d="05-26 06:12", company="Okonjo-Bell Engineering", fmt="alt")

    M("application_received", "linkedin_easy_apply", "en",
      "LinkedIn <jobs-noreply@linkedin.example.com>",
      "Marcus, your application was sent to Ardent Renewables",
      """Your application was sent to Ardent Renewables

Project Manager - Onshore Wind
Ardent Renewables · Glasgow, Scotland, United Kingdom (Hybrid)

Applied on 2 June 2026

Now, take these next steps for more success with your job search
Review similar jobs: https://www.linkedin.example.com/jobs/view/similar
Get notified about new Project Manager jobs in Glasgow

This email was intended for Marcus Okafor (Civil & Structural Engineer | Moving into Project Management)
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      d="06-02 14:06", company="Ardent Renewables", fmt="html", cte="qp",
      headers={"List-Unsubscribe": "<https://www.linkedin.example.com/e/unsub/jobs>"})

    M("application_received", "small_firm_personal_ack", "en",
      "Deborah Hayes <deborah@hayesandkerr.example.co.uk>",
      "Re: Project Manager vacancy",
      """Hi Marcus,

Thank you for your email and CV. Just to let you know it's arrived safely and I've passed it to Andrew (our MD) who is doing the interviews. He's on site most of this week so it may be next week before you hear anything.

Best wishes,
Deborah

Deborah Hayes
Office Manager
Hayes & Kerr Building Contractors
Tel: 0121 496 0731

On Tue, 7 Jul 2026 at 19:32, Marcus Okafor <marcus.okafor@example.com> wrote:
> Dear Sir/Madam,
> Please find attached my CV for the Project Manager vacancy advertised on CV-Library.
> Kind regards,
> Marcus Okafor""",
      d="07-08 09:14", company="Hayes & Kerr Building Contractors", contact="deborah@hayesandkerr.example.co.uk",
      irt="<CAMo8820ce7@mail.example.com>")

    M("application_received", "es_infojobs_inscrito", "es",
      "InfoJobs <noreply@infojobs.example.net>",
      "Te has inscrito en la oferta: Jefe de Obra Edificación",
      """¡Hola Marcus!

Te has inscrito correctamente en la oferta Jefe de Obra Edificación de Construcciones Hermanos Sáez (Madrid).

La empresa ya puede ver tu CV. Te avisaremos cuando cambie el estado de tu candidatura: CV leído, en proceso, finalista o descartado.

Mucha suerte,
El equipo de InfoJobs""",
      d="03-18 21:10", tz="+0100", company="Construcciones Hermanos Sáez", fmt="html", cte="b64")

    M("application_received", "es_recepcion_cv_empresa", "es",
      "Talento Grupo Alcora <talento@grupo-alcora.example.com>",
      "Hemos recibido tu candidatura",
      """Hola Marcus,

Gracias por tu interés en formar parte de Grupo Alcora. Hemos recibido correctamente tu candidatura para la posición de Project Manager Residencial.

Nuestro equipo revisará tu perfil en los próximos días. Debido al gran número de candidaturas que recibimos, no siempre podemos responder de forma individual a todas las personas, pero si tu perfil encaja nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento y Cultura
Grupo Alcora""",
      d="04-27 12:00", company="Grupo Alcora", contact="talento@grupo-alcora.example.com", fmt="alt")

    M("application_received", "es_colombia_confirmacion", "es",
      "Selección Andina Ingeniería <seleccion@andina-ing.example.co>",
      "Confirmación de recepción de hoja de vida",
      """Buenas tardes señor Okafor,

Por medio del presente le confirmamos la recepción de su hoja de vida para la convocatoria de Director de Proyectos de Infraestructura Vial.

Su postulación será evaluada por el comité de selección. En caso de continuar en el proceso, nos comunicaremos con usted a través de este medio.

Cordialmente,

Área de Gestión Humana
Andina Ingeniería S.A.S.
Bogotá, Colombia""",
      d="05-15 15:40", tz="-0500", company="Andina Ingeniería", contact="seleccion@andina-ing.example.co",
      cs="iso-8859-1")

    M("application_received", "de_eingangsbestaetigung", "de",
      "Bewerbermanagement Brückner Ingenieure <bewerbung@brueckner-ing.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Projektleiter Ingenieurbau (m/w/d) und Ihr Interesse an Brückner Ingenieure.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Personalteam
Brückner Ingenieure GmbH""",
      d="03-16 10:02", tz="+0100", company="Brückner Ingenieure", contact="bewerbung@brueckner-ing.example.de",
      cs="iso-8859-1")

    M("application_received", "de_stepstone_gesendet", "de",
      "StepStone <noreply@stepstone.example.de>",
      "Deine Bewerbung wurde erfolgreich versendet",
      """Hallo Marcus,

deine Bewerbung auf die Stelle "Projektmanager Netzausbau (m/w/d)" bei Rheinwerk Energie AG wurde erfolgreich an das Unternehmen übermittelt.

Wie geht es weiter?
Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbung findest du jederzeit in deinem StepStone-Profil unter "Meine Bewerbungen".

Viel Erfolg!
Dein StepStone Team""",
      d="05-09 19:45", company="Rheinwerk Energie", fmt="alt", cte="b64")

    M("application_received", "de_oeffentlicher_dienst", "de",
      "Landesbetrieb Straßenbau Nordwest <personal@lbs-nordwest.example.de>",
      "Ihre Bewerbung - Kennziffer 2026-031",
      """Sehr geehrter Herr Okafor,

Ihre Bewerbung auf die Stelle einer Projektleiterin / eines Projektleiters für Brückenerhaltung (EG 12 TV-L), Kennziffer 2026-031, ist bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Wir bitten um Verständnis, dass wir Ihnen leider keine Zwischenbescheide erteilen können. Sie erhalten nach Abschluss des Auswahlverfahrens eine Nachricht von uns.

Mit freundlichen Grüßen
Im Auftrag
Petra Hollmann
Landesbetrieb Straßenbau Nordwest - Personal""",
      d="06-05 13:13", company="Landesbetrieb Straßenbau Nordwest", contact="personal@lbs-nordwest.example.de",
      cs="iso-8859-1", cte="qp")

    M("application_received", "fr_accuse_reception", "fr",
      "INGEO Structures - Recrutement <recrutement@ingeo-structures.example.fr>",
      "Accusé de réception de votre candidature",
      """Bonjour Marcus,

Nous accusons bonne réception de votre candidature au poste de Chef de projet Ouvrages d'art et vous remercions de l'intérêt que vous portez à INGEO Structures.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas faire de retour personnalisé à chacun ; nous reviendrons vers vous si votre profil est retenu.

Bien cordialement,
L'équipe Recrutement
INGEO Structures""",
      d="05-28 08:44", company="INGEO Structures", contact="recrutement@ingeo-structures.example.fr", fmt="alt",
      cs="iso-8859-1")

    M("application_received", "fr_taleo_style_quebec", "fr",
      "Carrières Génie Boréal <ne-pas-repondre@genieboreal.taleo.example.net>",
      "Confirmation de candidature - Gestionnaire de projets",
      """Bonjour Marcus Okafor,

Nous vous remercions d'avoir postulé pour le poste de Gestionnaire de projets – infrastructures municipales (no de réquisition 26-0412).

Votre candidature a bien été reçue. Si votre profil correspond aux exigences du poste, un membre de notre équipe communiquera avec vous.

Ceci est un message automatique; veuillez ne pas y répondre.

Génie Boréal inc.""",
      d="07-10 16:05", tz="-0400", company="Génie Boréal", fmt="html", cte="b64")


def offers() -> None:
    M("offer", "verbal_offer_followup", "en",
      "Tom Ridley <tom.ridley@ardenmoor.example.co.uk>",
      "As discussed",
      """Marcus,

Great to speak earlier. As promised, confirming what I said on the phone - we'd like to offer you the Planning Manager role.

Headlines:
- £62,000 basic
- £5,400 car allowance
- 25 days + bank hols
- 6% matched pension
- Start date to suit, ideally early July

Offer is subject to references and a DBS check. Lauren in HR will send the formal paperwork in the next day or two. Any questions just ring me.

Really pleased - welcome (nearly) aboard.

Tom

Tom Ridley | Operations Director | Ardenmoor Construction
m. 07700 900 771""",
      d="05-29 17:20", company="Ardenmoor Construction", contact="tom.ridley@ardenmoor.example.co.uk")

    M("offer", "offer_letter_attached", "en",
      "Lauren Bishop <lauren.bishop@ardenmoor.example.co.uk>",
      "Offer of Employment - Planning Manager",
      """Dear Marcus,

Further to your conversation with Tom Ridley, I am delighted to attach your formal offer of employment for the position of Planning Manager, together with our Statement of Main Terms.

The offer is conditional on receipt of two satisfactory references and a basic DBS check. I will be in touch separately about the reference forms.

Please sign and return the offer letter by Friday 12 June if you wish to accept.

Kind regards,

Lauren Bishop
HR Business Partner
Ardenmoor Construction Ltd
Registered office: Ardenmoor House, Coventry Road, Birmingham B26 3QR. Registered in England No. 04412987.

This email and its attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it from your system.""",
      d="06-01 10:05", company="Ardenmoor Construction", contact="lauren.bishop@ardenmoor.example.co.uk",
      fmt="alt", attach=("Offer_Letter_M_Okafor.pdf", "offer letter"))

    M("offer", "pleased_to_offer_dublin", "en",
      "Aoife Brennan <aoife.brennan@liffeyspan.example.ie>",
      "Liffeyspan - good news",
      """Hi Marcus,

I hope you're keeping well.

I'm really pleased to let you know that, following your interview with Ciarán and me, we'd like to offer you the role of Project Engineer / Project Manager at Liffeyspan, based in Dublin 2 with hybrid working.

We're proposing a salary of €68,000 plus our standard benefits package, and we'll support your Chartered Engineer route with Engineers Ireland. Our HR team will follow up with the contract and a relocation support summary.

Could we have a quick call this week to talk it through?

Kind regards,
Aoife""",
      d="06-04 12:02", company="Liffeyspan Consulting Engineers", contact="aoife.brennan@liffeyspan.example.ie",
      fmt="alt")

    M("offer", "conditional_offer_public_sector", "en",
      "Recruitment Services <recruitment@hpnorth.example.gov.uk>",
      "Conditional offer of appointment - HPN/2026/037",
      """Dear Mr Okafor,

Post: Scheme Project Manager (HPN/2026/037)
Grade: Band 6, £52,417 - £58,213

I am pleased to confirm that, following your recent interview, the panel has recommended you for appointment to the above post.

This offer is conditional upon:
- satisfactory references covering the last three years;
- verification of your right to work in the UK;
- satisfactory BPSS clearance;
- a satisfactory occupational health assessment.

Please complete the online pre-employment forms within 5 working days. Once all checks are complete we will contact you to agree a start date.

Yours sincerely

Karen Oduya
Recruitment Services
Highways Partnership North""",
      d="07-06 11:44", company="Highways Partnership North", contact="recruitment@hpnorth.example.gov.uk",
      cs="windows-1252")

    M("offer", "agency_offer_call_me", "en",
      "Priya Raman <priya.raman@ferrogate-recruit.example.co.uk>",
      "OFFER!!!",
      """MARCUS!!!

Call me as soon as you see this!! Harrowgate Living have come back and they want to OFFER you the Senior PM role!! £65k + car + bonus, start August.

I'm over the moon for you, you absolutely smashed the second interview.

Written offer will follow from them but call me first so we can talk through it!!

Priya x

Priya Raman | Senior Consultant
Ferrogate Recruitment | M: 07700 900 418""",
      d="07-16 15:58", company="Harrowgate Living", contact="priya.raman@ferrogate-recruit.example.co.uk")

    M("offer", "contract_to_sign_docusign", "en",
      "Meridian Engineering Partners via DocuSign <dse@docusign.example.net>",
      "Please DocuSign: Employment Contract - Marcus Okafor - Meridian Engineering Partners UK",
      """Grace Tan sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.example.net/Signing/EmailStart.aspx?a=3f9d

Grace Tan
grace.tan@meridian-ep.example.sg

Hi Marcus, as discussed on the phone, please find your employment contract for the position of Project Manager (London) for your signature. Congratulations and welcome to Meridian! Do let me know if anything is unclear.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
      d="07-14 04:10", tz="+0800", company="Meridian Engineering Partners", contact="grace.tan@meridian-ep.example.sg",
      reply_to="Grace Tan <grace.tan@meridian-ep.example.sg>", fmt="html")

    M("offer", "es_carta_oferta", "es",
      "Lucía Fernández Ortega <lucia.fernandez@grupo-alcora.example.com>",
      "Propuesta de incorporación",
      """Hola Marcus,

¡Enhorabuena! Tras las entrevistas con Alberto y con el equipo, nos encantaría que te incorporaras a Grupo Alcora como Project Manager Internacional.

Te adjunto la carta oferta con las condiciones: salario bruto anual de 58.000 €, retribución variable de hasta un 10 %, seguro médico y ayuda a la reubicación a Madrid. La incorporación sería el 1 de septiembre.

Si te encaja, firma la carta y devuélvemela antes del viernes. Y si tienes cualquier duda, llámame.

Un abrazo,
Lucía""",
      d="07-27 13:44", company="Grupo Alcora", contact="lucia.fernandez@grupo-alcora.example.com",
      fmt="alt", attach=("Carta_oferta_MOkafor.pdf", "carta oferta"))

    M("offer", "es_oferta_verbal_agencia", "es",
      "Javier Moreno <jmoreno@talentobra.example.es>",
      "Buenas noticias!!!",
      """Marcus!!

Promociones Besós me acaba de llamar: te quieren ofrecer el puesto de Project Manager en Barcelona. 55k fijo + 8k variable, y te ayudan con el piso los tres primeros meses.

Te mandan la oferta por escrito mañana. Llámame cuando puedas y lo hablamos con calma!!

Javi""",
      d="07-01 18:33", company="Promociones Besós", contact="jmoreno@talentobra.example.es")

    M("offer", "de_vertragsangebot", "de",
      "Reto Gerber <reto.gerber@alpentunnel-ag.example.ch>",
      "Vertragsangebot Gesamtprojektleiter",
      """Grüezi Herr Okafor

Wir freuen uns sehr, Ihnen nach dem gestrigen Gespräch die Stelle als Gesamtprojektleiter Tunnelbau anbieten zu können.

Im Anhang finden Sie den Arbeitsvertrag zur Unterzeichnung (Jahreslohn CHF 145'000, 13 Monatslöhne, Eintritt per 1. Oktober 2026). Gerne erwarten wir das unterzeichnete Exemplar bis zum 14. August.

Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Freundliche Grüsse
Reto Gerber
Leiter Personal
Alpentunnel AG""",
      d="07-29 16:20", company="Alpentunnel", contact="reto.gerber@alpentunnel-ag.example.ch",
      cs="iso-8859-1", fmt="alt", attach=("Arbeitsvertrag_Okafor.pdf", "Arbeitsvertrag"))

    M("offer", "fr_promesse_embauche", "fr",
      "Nathalie Dupuis <n.dupuis@brabant-genie.example.be>",
      "Proposition d'engagement",
      """Monsieur Okafor,

À la suite de votre entretien avec Monsieur Peeters, nous avons le plaisir de vous proposer le poste de Project Manager au sein de Brabant Génie Civil, sous contrat à durée indéterminée.

Vous trouverez ci-joint notre proposition détaillée (rémunération, voiture de société, chèques-repas et assurance groupe). Nous vous saurions gré de nous faire part de votre décision pour le 17 juillet au plus tard.

Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Nathalie Dupuis
Responsable RH
Brabant Génie Civil SA""",
      d="07-07 11:00", company="Brabant Génie Civil", contact="n.dupuis@brabant-genie.example.be",
      cs="windows-1252", attach=("Proposition_engagement.pdf", "proposition"))


def others_job() -> None:
    M("other", "linkedin_job_alert_digest", "en",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "30+ new jobs for \"project manager construction\" in Greater Manchester",
      """Your job alert for project manager construction in Greater Manchester
30+ new jobs in the past week match your preferences.

Project Manager - Civils
Brackenhall Civils · Trafford Park (On-site)
Actively recruiting · Easy Apply

Assistant Project Manager
Halverson Tait · Manchester (Hybrid)
Be an early applicant

Senior Project Manager - Affordable Housing
Pennine Vale Housing · Oldham
12 applicants

Interview prep: 5 questions construction hiring managers always ask - and the mistakes that get candidates rejected.

See all jobs: https://www.linkedin.example.com/comm/jobs/search?alertId=771
You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/e/unsub/alerts
© 2026 LinkedIn Corporation""",
      d="04-06 07:02", fmt="html", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/e/unsub/alerts"))

    M("other", "indeed_alert_daily", "en",
      "Indeed <alert@indeed.example.com>",
      "Project Manager jobs in Leeds - 14 new",
      """14 new Project Manager jobs in Leeds, West Yorkshire

Project Manager (Water) - Calderbank Water - Bradford - £55,000 - £62,000 a year - Easily apply
Site-based Project Manager - Kelderwick Construction - Leeds - Urgently hiring
Project Manager - Rail - Stonegate Rail - York - Responds to 75% of applications within 3 days
Junior PM - Fit Out - Morrow & Pike Interiors - Leeds - £38,000 a year

Tip: employers are more likely to invite you to interview if you apply within 72 hours.

Unsubscribe | Manage alerts
Indeed, 140 Aldersgate St, London""",
      d="05-05 06:15", fmt="alt", headers=bulk("<alerts.indeed.example.com>", "https://uk.indeed.example.com/alerts/unsub?id=55"))

    M("other", "cv_library_profile_views", "en",
      "CV-Library <noreply@cv-library.example.co.uk>",
      "3 recruiters viewed your CV this week",
      """Hi Marcus,

Good news - your CV was viewed 3 times this week!

Who's looking?
- A construction recruitment agency in Birmingham
- A housing association in the West Midlands
- A civil engineering contractor in Leeds

Keep your CV fresh: profiles updated in the last 30 days are 4x more likely to be contacted by recruiters.

Update my CV: https://www.cv-library.example.co.uk/candidate/cv

The CV-Library Team
To stop receiving these emails, click here.""",
      d="05-24 08:00", fmt="html", headers=bulk("<weekly.cv-library.example.co.uk>", "https://www.cv-library.example.co.uk/unsub"))

    M("other", "career_newsletter_rejection_topic", "en",
      "The Site to Office Letter <hello@sitetooffice.example.org>",
      "Issue 42: Rejected after the final round? Read this first",
      """THE SITE TO OFFICE LETTER - for engineers moving into project management

This week: rejection.

Last month three readers wrote to me with nearly identical emails: "Unfortunately, we have decided not to move forward with your application." One of them had done four interview rounds and a site visit.

Here's what I told them:
1. Reply within 48 hours. Thank them and ask for one specific piece of feedback.
2. Don't argue with the decision. Hiring managers remember grace.
3. Ask to be considered for future roles - roles fall through more often than you'd think.

Also in this issue: how to recover if you missed an interview because of a time-zone mix-up, and why "we'll keep your CV on file" sometimes actually means it.

Until next week,
Niamh

You're receiving this because you subscribed at sitetooffice.example.org. Unsubscribe: https://sitetooffice.example.org/unsubscribe?u=88""",
      d="06-07 08:30", fmt="alt", headers=bulk("Site to Office <letter.sitetooffice.example.org>", "https://sitetooffice.example.org/unsubscribe?u=88"))

    M("other", "competency_interview_webinar", "en",
      "ICE North West <events@ice-nw.example.org.uk>",
      "Webinar: Nailing the competency-based interview (free for members)",
      """Dear Member,

Join us on Wednesday 20 May, 18:00-19:00 for a free webinar on competency-based interviews for engineers moving into management roles.

Our panel of hiring managers from contracting, consultancy and the public sector will share how they score STAR answers, what makes a strong presentation at an assessment centre, and what to do after a rejection.

Register now: https://events.ice-nw.example.org.uk/reg/2026-05-20

Invitation is open to all grades of membership.

ICE North West Region
Manage your email preferences""",
      d="05-01 12:00", fmt="html", headers=bulk("<members.ice-nw.example.org.uk>", "https://ice-nw.example.org.uk/prefs"))

    M("other", "inmail_cold_outreach", "en",
      "Jamie Corcoran via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Jamie sent you a message",
      """Jamie Corcoran
Principal Consultant - Infrastructure at Keystone Talent Partners

Hi Marcus, I came across your profile and was impressed by your move from structural design into project delivery. I work with a number of Tier 1 contractors across the North West on their highways and rail frameworks and I'd love to add you to my network. No specific role right now but I'm expecting several PM openings in Q3.

Reply: https://www.linkedin.example.com/messaging/thread/2-MjA1

This is an InMail. You can turn off InMails in your settings.""",
      d="04-13 14:22", fmt="html", company="Keystone Talent Partners")

    M("other", "agency_contract_desk_cold", "en",
      "Shaun Whelan <shaun.whelan@ironbridge-people.example.co.uk>",
      "Contract roles - open to it?",
      """Morning Marcus,

Shaun here from the contract desk at Ironbridge People. Saw you're on the market. Are you open to contract roles at all? Inside IR35 mostly at the moment, £350-£425 a day for PMs on water and highways jobs around Yorkshire.

If so fire over an up to date CV and your day rate and I'll get you registered. No obligation obviously.

Cheers,
Shaun

Shaun Whelan | Contract Consultant | Ironbridge People
07700 900 345""",
      d="05-18 08:09", company="Ironbridge People", contact="shaun.whelan@ironbridge-people.example.co.uk")

    M("other", "recruiter_out_of_office", "en",
      "Natasha Keane <natasha.keane@stonegaterail.example.co.uk>",
      "Automatic reply: Re: Missed interview - Rail Systems Project Manager",
      """Thank you for your email. I am currently out of the office until Monday 25 May with limited access to email.

For urgent recruitment queries please contact talent@stonegaterail.example.co.uk.

Kind regards,
Natasha Keane
Recruitment Coordinator | Stonegate Rail""",
      d="05-19 15:02", company="Stonegate Rail", contact="natasha.keane@stonegaterail.example.co.uk",
      irt="<CAMo7001ab2@mail.example.com>",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    M("other", "own_sent_thank_you", "en",
      "Marcus Okafor <marcus.okafor@example.com>",
      "Thank you - interview this morning",
      """Dear Gary and Sian,

Thank you both for your time this morning and for the tour of the Warrington office. I really enjoyed hearing about the Lymm development and the plans for the new modular phase.

I'm very keen on the role and I think my experience recovering the Ribble culvert programme would transfer well to the plot-by-plot delivery you described.

Please let me know if you need anything further from me.

Kind regards,
Marcus Okafor
07700 900 119""",
      d="04-09 16:30", to="Sian Pritchard <sian.pritchard@northvalehomes.example.co.uk>; Gary Pell <gary.pell@northvalehomes.example.co.uk>",
      company="Northvale Homes")

    M("other", "own_sent_apology_missed", "en",
      "Marcus Okafor <marcus.okafor@example.com>",
      "Re: ??",
      """Callum - so sorry, my phone died on the train and I only saw the missed calls at 11. Can you apologise to Iain for me? Happy to do any time today or tomorrow.

Marcus

Sent from my iPhone

> On 2 Jul 2026, at 09:52, Callum McNair <callum@clydeforth-talent.example.co.uk> wrote:
>
> Marcus - Iain from Ballantyne says he rang you at half 9 as arranged and got no answer, tried twice. Everything alright mate?""",
      d="07-02 11:14", to="Callum McNair <callum@clydeforth-talent.example.co.uk>",
      company="Ballantyne Roofing & Cladding", irt="<c1f0a2b3d4e5f6a7b8c9@clydeforth-talent.example.co.uk>")

    M("other", "friend_own_rejection", "en",
      "Tunde Bamidele <tunde.bamidele@example.net>",
      "ugh",
      """Mate.

Got the email from Kelderwick this morning - "we will not be progressing your application further". After the whole assessment centre day as well. The group exercise was a disaster to be fair, some guy talked over everyone for 40 mins.

Anyway. Pint Friday? I need to moan and you need to tell me how your interviews are going.

T""",
      d="03-25 12:41")

    M("other", "podcast_guest_interview", "en",
      "Ellie Marsh <ellie@builtpod.example.co.uk>",
      "Podcast interview request - The Built Pod",
      """Hi Marcus,

I host The Built Pod, a podcast about people changing careers within the built environment. Your LinkedIn post about moving from structural design into project management got a lot of traction with our listeners.

Would you be up for a 45-minute interview for an upcoming episode? We record remotely, usually on a Tuesday or Thursday evening. It's very conversational and we send the questions in advance.

Let me know if you'd be interested and I'll send over a few dates.

Thanks,
Ellie Marsh
Host & Producer, The Built Pod""",
      d="06-09 20:11")

    M("other", "trade_press_interview", "en",
      "Raj Kohli <raj.kohli@newcivilbuilder.example.com>",
      "Interview for a feature on culvert replacement",
      """Dear Marcus,

I'm a reporter at New Civil Builder and I'm putting together a feature on culvert replacement schemes in the North West. Your name came up as the design lead on the Ribble scheme.

Would you have 20 minutes for a phone interview next week? I'd like to ask about the design challenges and how the programme was recovered after the flood season. Happy to share quotes for approval before publication.

Best,
Raj Kohli
Senior Reporter, New Civil Builder
020 7946 0881""",
      d="04-23 10:50")

    M("other", "user_research_proptech", "en",
      "Priyanka Shah <priyanka@snagpoint.example.io>",
      "Would you join a 30-min research interview? (£40 voucher)",
      """Hi Marcus,

I'm a user researcher at SnagPoint. We're talking to site and project managers about how they track defects and handovers, and you signed up to our research panel at Digital Construction Week.

Would you be up for a 30-minute user interview over Zoom next week? As a thank you we'll send a £40 Amazon voucher.

Book a slot here: https://calendly.example.com/snagpoint-research/30

Thanks!
Priyanka
User Research, SnagPoint""",
      d="06-17 15:30")

    M("other", "candidate_experience_survey", "en",
      "Kelderwick Construction Careers <survey@kelderwick.surveys.example.com>",
      "How did we do? Tell us about your recruitment experience",
      """Dear Marcus,

You recently took part in our recruitment process for Assistant Project Manager - Leeds. Whatever the outcome, we would value your honest feedback on your experience as a candidate - from the application form to the assessment centre and the way we communicated our decision.

The survey takes about 4 minutes and is anonymous.

Start the survey: https://kelderwick.surveys.example.com/s/cx-2026?t=e81

Thank you,
Talent Acquisition Team
Kelderwick Construction Group""",
      d="03-31 10:00", tz="+0100", fmt="html", company="Kelderwick Construction Group",
      headers=bulk("<cx.kelderwick.surveys.example.com>", "https://kelderwick.surveys.example.com/unsub"))

    M("other", "standup_calendar_notification", "en",
      "Google Calendar <calendar-notification@google.example.com>",
      "Notification: Daily site stand-up @ Mon 13 Apr 2026 07:30 - 07:45 (BST)",
      """Daily site stand-up
Monday 13 Apr 2026 07:30 - 07:45 (British Summer Time)
Cabin 2 / Teams
Organiser: Hamid Qureshi

Invitation from Google Calendar
You are receiving this email at the account marcus.okafor@example.com because you are subscribed for notifications on calendar Marcus Okafor.""",
      d="04-13 07:20", fmt="alt",
      cal=ics("standup-ribble-weekday@ribble-jv.example.com", "20260413T063000Z", "20260413T064500Z",
              "Daily site stand-up", "hamid.qureshi@ribble-jv.example.com", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"))

    M("other", "workday_account_created", "en",
      "Kelderwick Construction Careers <kelderwick@myworkday.example.com>",
      "Your candidate account has been created",
      """Dear Marcus,

Your candidate account for Kelderwick Construction careers has been created. Your username is marcus.okafor@example.com.

You can use this account to complete applications, upload documents and view your tasks.

If you did not create this account, please contact our Talent team.

Kelderwick Construction Group""",
      d="03-02 22:19", tz="+0000", fmt="html", company="Kelderwick Construction Group")

    M("other", "recruiter_job_spec_interest", "en",
      "Amara Eze <amara@peakline-search.example.com>",
      "Quick question",
      """Hi Marcus,

Quick question - would a Project Manager role with a water framework contractor in Nottingham be of interest? Hybrid, £58-63k + car allowance, AMP8 work, mostly non-infra (pumping stations, treatment works).

Spec attached. If it's a maybe, send me an updated CV and a good time to talk through it.

Thanks,
Amara

Amara Eze
Director, Peakline Search
Lagos-born, Nottingham-based, covering East & West Midlands
+44 115 496 0920""",
      d="07-20 09:33", company="Peakline Search", contact="amara@peakline-search.example.com")

    M("other", "es_infojobs_alerta", "es",
      "InfoJobs <alertas@infojobs.example.net>",
      "12 ofertas nuevas de Jefe de Obra en Madrid",
      """Hola Marcus,

Estas son las nuevas ofertas que encajan con tu alerta "jefe de obra - Madrid":

Jefe de Obra Edificación - Construcciones Hermanos Sáez - Madrid - 40.000 € - 48.000 €
Jefe de Producción - Obras del Sur - Getafe - Salario no disponible
Project Manager Residencial - Grupo Alcora - Madrid - Teletrabajo parcial

Consejo: ¿te han rechazado en una entrevista? Descubre en nuestro blog cómo pedir feedback sin quemar puentes.

Ver todas las ofertas: https://www.infojobs.example.net/ofertas?alerta=331
Darte de baja de esta alerta""",
      d="05-10 07:45", fmt="html", cte="qp",
      headers=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja?a=331"))

    M("other", "es_newsletter_entrevistas", "es",
      "Carrera Ingeniería <boletin@carrera-ingenieria.example.org>",
      "Boletín semanal: qué hacer cuando no te presentas a una entrevista",
      """BOLETÍN CARRERA INGENIERÍA - nº 118

Esta semana hablamos de un tema incómodo: faltar a una entrevista. Puede pasar por un error de agenda, un imprevisto en obra o un cambio de zona horaria.

1. Escribe cuanto antes, sin excusas largas.
2. Reconoce el error y ofrece dos o tres huecos alternativos.
3. No insistas más de una vez.

Y además: cinco frases que usan las empresas para decir que no sin decir que no ("hemos seguido adelante con otros perfiles", "el proceso se ha cerrado").

Si no quieres recibir más este boletín, haz clic aquí.""",
      d="06-28 09:00", fmt="alt", cs="iso-8859-1",
      headers=bulk("Boletín Carrera Ingeniería <boletin.carrera-ingenieria.example.org>", "mailto:baja@carrera-ingenieria.example.org"))

    M("other", "es_headhunter_contacto_inicial", "es",
      "Beatriz Lozano <blozano@cazatalentos-obra.example.es>",
      "Oportunidad profesional en Madrid",
      """Hola Marcus,

Soy Beatriz Lozano, consultora en Lozano & Vidal Executive Search. He visto tu perfil en LinkedIn y me ha parecido muy interesante tu experiencia en estructuras y tu transición a gestión de proyectos.

Trabajamos con varias constructoras y promotoras en Madrid que están creciendo en el segmento build-to-rent. Ahora mismo no tengo una posición concreta que proponerte, pero me gustaría conocer tus expectativas y tenerte en cuenta para próximos procesos.

¿Te parece si me mandas tu CV actualizado?

Un saludo,
Beatriz Lozano
Lozano & Vidal Executive Search""",
      d="04-16 11:25", company="Lozano & Vidal Executive Search", contact="blozano@cazatalentos-obra.example.es")

    M("other", "es_entrevista_radio", "es",
      "Pilar Navarro <pilar.navarro@ondaurbana-radio.example.es>",
      "Entrevista en Onda Urbana - ingenieros extranjeros en España",
      """Hola Marcus,

Soy Pilar, productora del programa "Ciudad en Obras" de Onda Urbana. Estamos preparando un reportaje sobre ingenieros extranjeros que vienen a trabajar al sector de la construcción en España y nos encantaría hacerte una entrevista de unos 10 minutos, por teléfono, para la emisión del sábado.

¿Tendrías un rato el jueves por la tarde?

Gracias,
Pilar Navarro
Onda Urbana""",
      d="08-03 12:10")

    M("other", "de_stepstone_jobagent", "de",
      "StepStone Jobagent <jobagent@stepstone.example.de>",
      "8 neue Jobs für \"Projektleiter Bau\"",
      """Hallo Marcus,

dein Jobagent hat 8 neue Stellenangebote für dich gefunden:

Projektleiter Ingenieurbau (m/w/d) - Brückner Ingenieure GmbH - Hamburg
Projektmanager Netzausbau (m/w/d) - Rheinwerk Energie AG - Köln
Bauleiter Tiefbau (m/w/d) - Kaiser & Söhne Bau GmbH - Düsseldorf

Tipp der Woche: Absage erhalten? So nutzt du das Feedback für dein nächstes Vorstellungsgespräch.

Alle Jobs ansehen
Jobagent bearbeiten oder abbestellen""",
      d="05-14 06:30", fmt="html", cs="iso-8859-1", cte="qp",
      headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden"))

    M("other", "de_xing_recruiter_nachricht", "de",
      "Katrin Vogel <k.vogel@personalwerk-bau.example.de>",
      "Ihr Profil",
      """Hallo Herr Okafor,

ich bin Personalberaterin bei Personalwerk Bau und auf Projektleitungspositionen im Infrastrukturbereich spezialisiert. Ihr Profil ist mir aufgefallen, insbesondere Ihre Erfahrung im Wasserbau.

Aktuell habe ich keine konkrete Vakanz für Sie, möchte Sie aber gerne in unseren Kandidatenpool aufnehmen. Wären Sie offen für einen Austausch? Einen Lebenslauf können Sie mir gerne direkt zusenden.

Beste Grüße
Katrin Vogel
Personalwerk Bau""",
      d="06-06 10:18", company="Personalwerk Bau", contact="k.vogel@personalwerk-bau.example.de")

    M("other", "de_karriere_newsletter", "de",
      "Ingenieur Karriere Magazin <newsletter@ingenieur-karriere.example.de>",
      "Absage nach dem Vorstellungsgespräch - und jetzt?",
      """INGENIEUR KARRIERE - Newsletter Juli

Absage nach dem Vorstellungsgespräch: Warum „leider müssen wir Ihnen mitteilen" nicht das Ende sein muss.

Außerdem: Gehaltsreport Bauingenieure 2026, Tipps für das Assessment-Center und wie man einen verpassten Termin höflich nachholt.

Jetzt lesen: https://ingenieur-karriere.example.de/juli

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden""",
      d="07-04 08:00", fmt="alt", cte="b64",
      headers=bulk("<newsletter.ingenieur-karriere.example.de>", "https://ingenieur-karriere.example.de/abmelden"))

    M("other", "fr_wttj_newsletter", "fr",
      "Welcome to the Jungle <hello@wttj.example.co>",
      "Les offres de la semaine + comment rebondir après un refus",
      """Bonjour Marcus,

Cette semaine dans votre sélection :
- Head of Delivery chez Chantierly (Remote / Paris)
- Chef de projet BIM chez Atelier Quadra (Lyon)
- Conducteur de travaux principal chez Bâtisseurs du Rhône (Villeurbanne)

À lire : « Malheureusement, nous ne donnerons pas suite » - 5 façons de rebondir après un refus, et comment préparer un entretien collectif.

Se désabonner | Gérer mes préférences""",
      d="07-15 09:00", fmt="html", cte="qp",
      headers=bulk("<weekly.wttj.example.co>", "https://www.welcometothejungle.example.co/unsubscribe"))

    M("other", "fr_indeed_alerte", "fr",
      "Indeed <alerte@indeed.example.fr>",
      "Nouvelles offres : chef de projet BTP",
      """Nouvelles offres d'emploi correspondant à votre recherche « chef de projet BTP » :

Chef de projet travaux H/F - Groupe Vauban Bâtiment - Lyon
Chef de projet Ouvrages d'art - INGEO Structures - Nanterre
Ingénieur travaux - Eiffage... voir toutes les offres

Vous recevez cet e-mail car vous avez créé une alerte emploi.
Se désinscrire""",
      d="05-25 06:45", fmt="alt", cs="iso-8859-1",
      headers=bulk("<alertes.indeed.example.fr>", "https://fr.indeed.example.com/alerts/unsub"))

    M("other", "fr_cabinet_approche", "fr",
      "Julien Ferrand <jferrand@ferrand-conseil.example.fr>",
      "Votre parcours",
      """Bonjour Marcus,

Je me permets de vous contacter car votre parcours d'ingénieur structure évoluant vers la gestion de projet correspond au type de profils que recherchent plusieurs de nos clients dans le BTP et les énergies renouvelables.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais je serais ravi d'échanger sur vos projets et votre mobilité (France, Belgique, Suisse).

Bien à vous,
Julien Ferrand
Associé - Ferrand Conseil""",
      d="05-02 14:55", company="Ferrand Conseil", contact="jferrand@ferrand-conseil.example.fr")

    M("other", "fr_entretien_utilisateur", "fr",
      "Léa Girard <lea.girard@batiplan.example.fr>",
      "Un entretien de 30 minutes sur vos outils de planning ?",
      """Bonjour Marcus,

Je suis designer UX chez Batiplan. Nous menons des entretiens utilisateurs avec des chefs de projet et conducteurs de travaux pour comprendre comment ils planifient leurs chantiers.

Accepteriez-vous un entretien de 30 minutes en visio ? En remerciement, nous offrons une carte cadeau de 40 €.

Merci d'avance !
Léa Girard
UX Research - Batiplan""",
      d="06-19 11:02")

    M("other", "fr_absence_recruteur", "fr",
      "Sophie Marchand <sophie.marchand@ingeo-structures.example.fr>",
      "Réponse automatique : Entretien de ce matin",
      """Bonjour,

Je suis absente du bureau jusqu'au 3 août inclus, avec un accès limité à ma messagerie.

Pour toute demande urgente, merci de contacter recrutement@ingeo-structures.example.fr.

Cordialement,
Sophie Marchand""",
      d="07-20 19:40", company="INGEO Structures", contact="sophie.marchand@ingeo-structures.example.fr",
      irt="<CAMo6602fe1@mail.example.com>", headers={"Auto-Submitted": "auto-replied"})


def others_life() -> None:
    M("other", "hmrc_tax_code", "en",
      "HM Revenue and Customs <noreply@tax.service.example.gov.uk>",
      "Your tax code has changed",
      """Dear Marcus Okafor

Your tax code has changed. This is because we have received information from your new employer.

You can view your new tax code and find out how it was worked out by signing in to your Personal Tax Account.

We will never ask for personal or payment information by email.

HM Revenue and Customs""",
      d="03-20 09:30", tz="+0000", cte="7bit")

    M("other", "council_tax_bill", "en",
      "Salford Council Tax <counciltax@salford-demo.example.gov.uk>",
      "Your council tax bill for 2026/27 is ready",
      """Dear Mr Okafor

Your council tax bill for 2026/27 for Flat 4, 22 Chapel Street is now available in your online account.

Band: B
Amount due for the year: £1,712.40
First instalment: 1 April 2026

If you have applied for a single person discount, your application has been received and will be considered. We are unable to reply to every enquiry individually during annual billing, so please check your account before contacting us.

Revenues and Benefits""",
      d="03-09 11:05", tz="+0000", fmt="alt")

    M("other", "nhs_missed_appointment", "en",
      "NHS Manchester Dental Hospital <appointments@mdh-nhs.example.uk>",
      "You missed your appointment",
      """Dear Marcus Okafor,

Our records show that you did not attend your appointment at the Restorative Dentistry clinic on Tuesday 12 May 2026 at 14:20.

Missed appointments cost the NHS money and mean other patients wait longer. If you still need treatment please call 0161 496 0011 to rebook. If you do not contact us within 14 days you may be discharged back to your dentist.

Appointments Team
Manchester Dental Hospital

Please do not reply to this email.""",
      d="05-13 08:02")

    M("other", "nhs_appointment_reminder", "en",
      "NHS App <notifications@nhsapp.example.uk>",
      "Reminder: GP appointment tomorrow",
      """You have an appointment tomorrow.

Wednesday 17 June 2026 at 08:40
Dr S. Iqbal, Chapel Street Medical Centre

To cancel or change this appointment, go to the NHS App.

Do not reply to this message.""",
      d="06-16 18:00", fmt="html")

    M("other", "credit_card_application_received", "en",
      "Harbour Bank <cards@harbourbank.example.co.uk>",
      "We've received your credit card application",
      """Hi Marcus,

Thanks for applying for a Harbour Rewards Credit Card. We've received your application and we're reviewing it now.

Most decisions are made within 2 working days. We'll email you as soon as we have an answer. We may need to contact you for more information.

Application reference: HRC-2026-55812

Harbour Bank plc is authorised by the Prudential Regulation Authority.""",
      d="04-01 21:30", fmt="alt")

    M("other", "loan_declined", "en",
      "Harbour Bank <cards@harbourbank.example.co.uk>",
      "An update on your application",
      """Dear Marcus,

Thank you for your recent credit card application (HRC-2026-55812).

Unfortunately, we are unable to offer you a Harbour Rewards Credit Card at this time. This decision was based on the information in your application and your credit file, including the short time at your current address.

You can ask us to look at your application again, or get a free copy of your credit report from a credit reference agency.

Harbour Bank Credit Card Team""",
      d="04-03 10:12", fmt="html")

    M("other", "car_insurance_renewal", "en",
      "Northway Insurance <renewals@northway-insure.example.co.uk>",
      "Your car insurance renewal - action needed",
      """Hi Marcus,

Your car insurance policy NWI-88230411 renews on 14 May 2026.

Your new premium is £684.22 (last year £598.10). We've included your no claims discount of 4 years.

If you'd like to change anything, or if your job title has changed (for example from Structural Engineer to Project Manager), please let us know as it can affect your premium.

Northway Insurance""",
      d="04-14 07:50", fmt="html", cs="windows-1252")

    M("other", "evri_parcel_delayed", "en",
      "Evri <noreply@notifications.evri.example.com>",
      "Unfortunately your parcel is delayed",
      """Hi Marcus,

We're sorry - your parcel from SafetyKit Direct is running late and won't arrive today as planned.

Tracking number: H01HYA0077554321
New estimated delivery: Friday 8 May

We'll keep you updated. No need to contact us.

Evri""",
      d="05-06 16:44", fmt="html",
      headers={"List-Unsubscribe": "<https://www.evri.example.com/unsub>"})

    M("other", "royal_mail_missed_delivery", "en",
      "Royal Mail <no-reply@royalmail.example.com>",
      "Sorry we missed you",
      """We tried to deliver your item today but there was no one in to sign for it.

Tracking number: RM4418 2231 0GB
We've taken it to your local Customer Service Point. You can collect it from tomorrow after 12:00, or reschedule a redelivery online.

Royal Mail""",
      d="06-11 14:30", fmt="alt")

    M("other", "train_delay_repay", "en",
      "Northern Rail Travel <tickets@northern-travel.example.co.uk>",
      "Your journey was delayed - you could claim compensation",
      """Hi Marcus,

Your train from Manchester Piccadilly to Leeds on 22 April 2026 (07:14) arrived 34 minutes late.

You may be entitled to compensation under Delay Repay. Claim within 28 days: https://delayrepay.northern-travel.example.co.uk/claim?j=8812

Thanks for travelling with us.""",
      d="04-22 19:10", fmt="html")

    M("other", "gym_membership", "en",
      "PureForm Gyms <hello@pureform.example.com>",
      "Your membership is paused - welcome back soon!",
      """Hi Marcus,

Your PureForm membership at Manchester Deansgate is now paused until 1 July as requested.

While you're away, why not try our new HIIT classes online? Your first month back is half price.

See you soon,
Team PureForm

Unsubscribe from marketing""",
      d="05-31 10:00", fmt="html", headers=bulk("<members.pureform.example.com>", "https://pureform.example.com/unsub"))

    M("other", "letting_agent_application_unsuccessful", "en",
      "Beech & Rowe Lettings <lettings@beechrowe.example.co.uk>",
      "Application for 14 Albion Court - update",
      """Dear Marcus,

Thank you for your application to rent 14 Albion Court, Leeds LS2.

Unfortunately, the landlord has decided to proceed with another applicant on this occasion. Your holding deposit of £350 will be refunded within 7 days.

We have other two-bedroom flats in the city centre coming up next month - let us know if you'd like to arrange a viewing.

Kind regards,
Josh Pearce
Lettings Negotiator
Beech & Rowe Lettings""",
      d="07-24 12:15")

    M("other", "letting_viewing_invitation", "en",
      "Josh Pearce <josh.pearce@beechrowe.example.co.uk>",
      "Viewing - Flat 9, Wharf Street",
      """Hi Marcus,

Following your enquiry, we'd like to invite you to view Flat 9, Wharf Street on Saturday at 11:30. It's a 2 bed, 2nd floor, £1,150 pcm, available from 1 September.

Please confirm you can make it and bring photo ID. We'll need proof of income (payslips or an offer letter from a new employer) if you want to apply afterwards.

Josh""",
      d="07-28 09:40")

    M("other", "university_admission_decision", "en",
      "University of Salford Admissions <admissions@salford-uni.example.ac.uk>",
      "Decision on your application: MSc Construction Project Management (part-time)",
      """Dear Marcus,

Thank you for applying to study MSc Construction Project Management (part-time, distance learning).

We are pleased to make you an unconditional offer for entry in September 2026. Please log in to the applicant portal to accept your offer by 30 June.

Congratulations, and we hope to welcome you soon.

Admissions Team""",
      d="05-15 13:00", fmt="alt")

    M("other", "fleet_tracker_position", "en",
      "TrackMyVan <alerts@trackmyvan.example.com>",
      "Position update: van LK21 XRT",
      """Vehicle: LK21 XRT (Ford Transit Custom)
Position: 53.4723 N, -2.2935 W (Trafford Park Rd, Manchester)
Status: Stationary for 46 minutes
Ignition: OFF

Last position received 08:14 BST. View on map: https://app.trackmyvan.example.com/v/LK21XRT

You are receiving this alert because geofence "Brackenhall yard" is enabled.""",
      d="04-07 08:15", cte="7bit")

    M("other", "es_banco_solicitud", "es",
      "Banco Meseta <avisos@bancomeseta.example.es>",
      "Hemos recibido tu solicitud de cuenta",
      """Hola Marcus,

Hemos recibido tu solicitud para abrir una Cuenta Nómina. Estamos revisando la documentación (NIE y contrato de trabajo). Te avisaremos en un máximo de 48 horas.

Gracias por confiar en Banco Meseta.

Este correo se ha enviado desde una dirección que no acepta respuestas.""",
      d="08-05 10:20", fmt="html", cs="iso-8859-1")

    M("other", "es_piso_rechazado", "es",
      "Inmobiliaria Chamberí Hogar <alquileres@chamberihogar.example.es>",
      "Solicitud de alquiler - Calle Galileo 41",
      """Hola Marcus,

Gracias por tu interés en el piso de la calle Galileo. Lamentablemente el propietario ha decidido seguir adelante con otro inquilino cuyo perfil encaja mejor con lo que buscaba (contrato indefinido en España).

Si quieres, te avisamos de nuevos pisos en la zona.

Saludos,
Inmobiliaria Chamberí Hogar""",
      d="08-06 17:00")

    M("other", "es_correos_retraso", "es",
      "Correos <notificaciones@correos.example.es>",
      "Tu envío lleva retraso",
      """Tu envío PQ4B9L0771238 lleva retraso por una incidencia en el centro de tratamiento.

Lo sentimos. La nueva fecha estimada de entrega es el 12 de agosto.

Correos""",
      d="08-10 12:00", fmt="html", cte="b64")

    M("other", "de_dhl_verspaetung", "de",
      "DHL Paket <noreply@dhl.example.de>",
      "Ihre Sendung verspätet sich",
      """Hallo Marcus Okafor,

leider verspätet sich Ihre Sendung 00340434161234567890. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 16.07.2026

Ihr DHL Paket Team""",
      d="07-14 18:20", fmt="html", cs="iso-8859-1")

    M("other", "de_wohnungsbewerbung_absage", "de",
      "Hausverwaltung Elbblick <vermietung@elbblick-hv.example.de>",
      "Ihre Anfrage zur Wohnung Bahrenfelder Str. 12",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an der Wohnung in der Bahrenfelder Straße 12.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Elbblick""",
      d="04-11 10:10", cs="iso-8859-1", cte="qp")

    M("other", "fr_colissimo_retard", "fr",
      "Colissimo <ne-pas-repondre@colissimo.example.fr>",
      "Votre colis est retardé",
      """Bonjour,

Votre colis n° 6A22331445566 a pris du retard suite à un incident de transport. Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Nouvelle date de livraison estimée : samedi 20 juin.

Colissimo""",
      d="06-17 07:30", fmt="html", cs="windows-1252")

    M("other", "fr_universite_admission", "fr",
      "Admissions ESTP Formation Continue <admissions@estp-fc.example.fr>",
      "Résultat de votre candidature - Mastère Spécialisé Management de Projets",
      """Bonjour Monsieur Okafor,

Nous avons le regret de vous informer que votre candidature au Mastère Spécialisé Management de Projets de Construction (rentrée 2026, format part-time) n'a pas été retenue par le jury d'admission.

Nous vous encourageons à candidater à nouveau pour la session de printemps.

Le service des admissions""",
      d="06-29 15:15", fmt="alt", cs="iso-8859-1")


def main() -> None:
    for kind in ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                 "missed_interview_notice", "application_received", "offer", "other"):
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    for section in (rejections, invitations, reschedules, missed, acknowledgements, offers,
                    others_job, others_life):
        section()
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        w.writerows(ROWS)


if __name__ == "__main__":
    main()
