# ruff: noqa: W291, W293  -- DATA keeps real mail whitespace: "-- " signature marks, Taleo's blank lines
"""Writes the eleventh labelled corpus (tests/corpus_eleventh/) from the hand-written messages below.

Why a generator: each message's words are written by hand in DATA, but the MIME plumbing
(charsets, transfer encodings, RFC 2047 headers, HTML wrappers with tracking links, calendar
parts, attachments, Message-IDs) is mechanical and easy to get wrong by hand. The generator only
packages; it never rewords, so every message has its own text.

Block syntax in DATA:
    @@ kind/nnn_scenario | language | company | contact
    Header: value            (real headers, written as-is; To defaults to the candidate)
    %option: value           (packaging: format, charset, cte, ics-*, attach, brand, subj-enc)

    body text (for %format html without a leading "<", paragraphs are wrapped in a branded layout)

Imports only the standard library. Run: python tests/corpus_eleventh/make_eleventh.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CANDIDATE = "Priya Nair <priya.nair@example.org>"
ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To", "Sender")


def _date(text: str) -> str:
    return format_datetime(datetime.strptime(text.strip(), "%Y-%m-%d %H:%M %z"))


def _addresses(value: str, charset: str) -> str:
    pairs = getaddresses([value])
    out = []
    for name, addr in pairs:
        if name and not name.isascii():
            out.append(formataddr((name, addr), charset=charset))
        else:
            out.append(formataddr((name, addr)))
    return ", ".join(out)


def _subject(value: str, charset: str, how: str) -> str:
    if value.isascii() and how != "force":
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name="Subject").encode(linesep="\n")


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    data = text.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = cte
    return part


_URL = re.compile(r"https?://[^\s<>\")]+")


def _tracked(url: str, domain: str) -> str:
    token = hashlib.sha1(url.encode()).hexdigest()[:24]
    return f"https://click.{domain}/ls/click?upn={token}&u={html.escape(url, quote=True)}"


def _to_html(text: str, brand: str, domain: str) -> str:
    colour, _, name = brand.partition("|")
    colour = colour or "#333333"
    paras = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>".join(html.escape(line.lstrip("> ")) for line in lines)
            paras.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
            continue
        escaped = html.escape("\n".join(lines))
        linked = _URL.sub(
            lambda m: (
                f'<a href="{_tracked(html.unescape(m.group(0)), domain)}" '
                f'style="color:{colour}">{m.group(0)}</a>'
            ),
            escaped,
        )
        paras.append(
            '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            f'line-height:20px;color:#222">{linked.replace(chr(10), "<br>")}</p>'
        )
    logo = (
        f'<tr><td style="background:{colour};padding:18px 24px"><img src="https://cdn.{domain}/'
        f'email/logo.png" alt="{html.escape(name)}" width="120" style="display:block;border:0"></td></tr>'
        if name
        else ""
    )
    pixel = hashlib.md5(text.encode()).hexdigest()[:16]
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body style="margin:0;padding:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f"{logo}\n"
        f'<tr><td style="padding:24px">\n{chr(10).join(paras)}\n</td></tr>\n'
        "</table></td></tr></table>\n"
        f'<img src="https://t.{domain}/o/{pixel}.gif" width="1" height="1" alt="" '
        'style="display:none">\n</body></html>\n'
    )


def _ics(opts: dict[str, str], organizer: str, uid_seed: str) -> str:
    method = opts.get("ics", "REQUEST")
    start_text, _, tzid = opts["ics-start"].rpartition(" ")
    start = datetime.strptime(start_text, "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=int(opts.get("ics-min", "45")))
    uid = opts.get(
        "ics-uid", hashlib.sha1(uid_seed.encode()).hexdigest()[:20] + "@" + organizer.split("@")[1]
    )
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + opts.get("ics-prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{opts.get('ics-seq', '0')}",
        "DTSTAMP:20260901T080000Z",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{opts['ics-summary']}",
        f"LOCATION:{opts.get('ics-loc', '')}",
        f"ORGANIZER;CN={opts.get('ics-orgname', organizer)}:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Nair:"
        "mailto:priya.nair@example.org",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _build(head: list[str], body: str, rel: str) -> bytes:
    headers: list[tuple[str, str]] = []
    opts: dict[str, str] = {}
    for line in head:
        key, _, value = line.partition(":")
        value = value.strip()
        if key.startswith("%"):
            opts[key[1:].strip()] = value
        else:
            headers.append((key.strip(), value))
    charset = opts.get("charset", "utf-8")
    fmt = opts.get("format", "plain")
    body = body.strip("\n") + "\n"
    cte = opts.get("cte") or ("7bit" if body.isascii() else "quoted-printable")
    names = [k for k, _ in headers]
    sender = dict(headers)["From"]
    domain = getaddresses([sender])[0][1].split("@")[1]
    brand = opts.get("brand", "")

    if fmt == "plain":
        root: MIMEBase = _text_part(body, "plain", charset, cte)
    elif fmt == "html":
        markup = body if body.lstrip().startswith("<") else _to_html(body, brand, domain)
        root = _text_part(markup, "html", charset, cte)
    else:  # alt
        root = MIMEMultipart("alternative")
        root.attach(_text_part(body, "plain", charset, cte))
        root.attach(_text_part(_to_html(body, brand, domain), "html", charset, cte))
    if "ics" in opts:
        organizer = getaddresses([opts.get("ics-org", sender)])[0][1]
        opts.setdefault("ics-orgname", getaddresses([sender])[0][0] or organizer)
        ics = _ics(opts, organizer, rel)
        cal = _text_part(ics, "calendar", "utf-8", opts.get("ics-cte", "7bit"))
        cal.set_param("method", opts.get("ics", "REQUEST"))
        if not isinstance(root, MIMEMultipart):
            alt = MIMEMultipart("alternative")
            alt.attach(root)
            root = alt
        root.attach(cal)
        if opts.get("ics-file"):
            mixed = MIMEMultipart("mixed")
            mixed.attach(root)
            att = MIMEBase("application", "ics", name=opts["ics-file"])
            att.set_payload(base64.encodebytes(ics.encode()).decode("ascii"))
            att["Content-Transfer-Encoding"] = "base64"
            att["Content-Disposition"] = f'attachment; filename="{opts["ics-file"]}"'
            mixed.attach(att)
            root = mixed
    if "attach" in opts:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        att = MIMEBase("application", "pdf", name=opts["attach"])
        att.set_payload(base64.encodebytes(_PDF).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        att["Content-Disposition"] = f'attachment; filename="{opts["attach"]}"'
        mixed.attach(att)
        root = mixed

    out = root
    order: list[tuple[str, str]] = []
    if "To" not in names:
        headers.insert(1, ("To", CANDIDATE))
    for key, value in headers:
        if key in ADDRESS_HEADERS:
            value = _addresses(value, "utf-8")
        elif key == "Subject":
            value = _subject(value, charset, opts.get("subj-enc", ""))
        elif key == "Date":
            value = _date(value)
        order.append((key, value))
    if "Message-ID" not in names:
        digest = hashlib.sha1(rel.encode()).hexdigest()[:16]
        order.append(("Message-ID", f"<{digest}.{rel.split('/')[1][:3]}@{domain}>"))
    order.append(("MIME-Version", "1.0"))
    existing = list(out.items())
    for key in list(out.keys()):
        del out[key]
    for key, value in order + existing:
        if key == "MIME-Version" and "MIME-Version" in out:
            continue
        out[key] = value
    # Fixed boundaries keep regenerated files byte-identical (the library draws random ones).
    for index, part in enumerate(p for p in out.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index}_{hashlib.sha1(rel.encode()).hexdigest()[:12]}")
    return out.as_bytes()


def _blocks(data: str) -> list[tuple[list[str], list[str], str]]:
    result = []
    for chunk in re.split(r"^@@ ", data, flags=re.M)[1:]:
        first, _, rest = chunk.partition("\n")
        label = [field.strip() for field in first.split("|")]
        head_text, _, body = rest.partition("\n\n")
        result.append((label, head_text.strip("\n").split("\n"), body))
    return result


def main() -> None:
    """Rewrites every kind folder and labels.csv from DATA."""
    blocks = _blocks(DATA)
    rels = [label[0] for label, _, _ in blocks]
    assert len(rels) == len(set(rels)), "duplicate file name"
    for folder in {rel.split("/")[0] for rel in rels}:
        shutil.rmtree(ROOT / folder, ignore_errors=True)
    rows = []
    for (rel, language, company, contact), head, body in blocks:
        path = ROOT / (rel + ".eml")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_build(head, body, rel))
        rows.append((rel + ".eml", rel.split("/")[0], company, contact, language))
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages")


DATA = r"""
@@ rejection/001_hiring_manager_mobile_oneliner | en | Harbourline Studio | tom.okafor@harbourline.example.com
From: Tom Okafor <tom.okafor@harbourline.example.com>
Subject: Re: Senior Product Designer - Harbourline Studio
Date: 2026-10-07 19:42 +0100
In-Reply-To: <CAPn7q3x1001@mail.example.org>
References: <CAPn7q3x1001@mail.example.org>

Hi Priya - thanks for your time last week but we won't be moving forward. Good luck with the search

Tom

Sent from my iPhone

> On 30 Sep 2026, at 17:05, Priya Nair <priya.nair@example.org> wrote:
>
> Hi Tom, thanks again for the conversation today, really enjoyed hearing about
> the booking flow redesign. Looking forward to hearing about next steps.
> Priya

@@ rejection/002_greenhouse_soft_aligns | en | Tessellate |
From: Tessellate <no-reply@us.greenhouse-mail.io>
Subject: Your application to Tessellate
Date: 2026-09-22 16:03 +0000
%format: alt
%brand: #5b3df5|Tessellate

Hi Priya,

Thank you for your interest in the Product Designer, Growth position at Tessellate and for the time you put into your application.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We know this isn't the news you were hoping for. We'll keep your details on file and may reach out should a suitable opening come up in the future.

Best regards,
The Tessellate Talent Team

Powered by Greenhouse | Privacy policy: https://tessellate.example.com/privacy

@@ rejection/003_british_shant_progress_filled | en | Pennine Building Society | careers@pennine-bs.example.co.uk
From: Pennine Building Society Careers <careers@pennine-bs.example.co.uk>
Subject: Re: your application
Date: 2026-10-19 11:20 +0100
%cte: quoted-printable

Dear Priya

Ref: PBS-2217 UX Designer (Digital Channels), Manchester

Thank you for your interest in the above vacancy and for taking the time to attend the telephone interview with Gemma last week.

I am sorry to say that we shan't be progressing your application any further, as the position has now been filled. We had a very strong field and the decision was not an easy one.

We would encourage you to keep an eye on our careers pages, and we wish you every success in the future.

Kind regards

Sandra Whitlock
Recruitment Advisor | People Team
Pennine Building Society
Pennine House, 4 Oldham Road, Manchester M4 5HU
T: 0161 555 0192

Pennine Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Any views expressed are those of the individual sender.

@@ rejection/004_workday_regret_to_inform | en | Vantor Group |
From: Vantor Group <vantor@myworkday.com>
Subject: Application Status Update - R-004417 Lead Product Designer
Date: 2026-10-02 03:17 +0000
%format: html
%brand: #00395d|Vantor Group

Dear Priya Nair,

Thank you for your interest in the position of Lead Product Designer (R-004417) .

We regret to inform you that we will not be moving forward with your application  for this position. This decision is not a reflection on your qualifications; we received a large number of applications from highly qualified candidates .

We encourage you to visit our Careers Site and apply for other positions that match your experience.

Sincerely,

Vantor Group Talent Acquisition

***Please do not reply to this email as this mailbox is not monitored.***

@@ rejection/005_after_final_round_feedback | en | Kestrel Health | amara.lindqvist@kestrelhealth.example.com
From: Amara Lindqvist <amara.lindqvist@kestrelhealth.example.com>
Subject: Following up
Date: 2026-11-04 10:48 +0100
%format: alt
%brand: #0a7c6f|Kestrel Health

Hi Priya,

I wanted to get back to you personally after the final round on Monday. First of all, thank you - the team really enjoyed your presentation, and the way you walked us through the clinician interviews for the medication tracker was one of the strongest parts of the whole process.

That said, we've decided to go with another candidate for the Senior UX Researcher role. It was close. The deciding factor was hands-on experience running research in regulated clinical settings (MDR, ethics boards etc.), which the other finalist has done for several years and which we need from day one.

If it's useful I'm happy to jump on a 15 min call and share more detailed feedback. And honestly, I hope our paths cross again - we'll be hiring for a research role on the patient app side next year.

All the best,
Amara

--
Amara Lindqvist
Head of Design | Kestrel Health
Herengracht 420, 1017 BZ Amsterdam
+31 20 555 0147

@@ rejection/006_after_take_home | en | Moss & Fern | h.bello@mossandfern.example.co.uk
From: Hannah Bello <h.bello@mossandfern.example.co.uk>
Subject: Re: Design exercise - checkout
Date: 2026-10-14 17:30 +0100
In-Reply-To: <20261009-exercise.priya@mail.example.org>
References: <20261008102233.hb@mossandfern.example.co.uk> <20261009-exercise.priya@mail.example.org>

Hi Priya,

Thanks so much for turning the exercise around so quickly, and for the Loom walkthrough, that was a nice touch.

We've now reviewed all the submissions and I'm afraid we won't be taking you through to the final stage. The panel liked your research framing but felt the final checkout screens didn't go deep enough on the edge cases we'd flagged (split delivery, gift cards). I know that's a lot to ask in a 4 hour exercise and I'm sorry it's not better news.

Thanks again for the effort you put in.

Hannah

Hannah Bello
Design Manager
Moss & Fern
www.mossandfern.example.co.uk

On Fri, 9 Oct 2026 at 22:14, Priya Nair <priya.nair@example.org> wrote:
> Hi Hannah,
> Please find my submission attached (PDF + Figma link). Happy to walk through it.
> Best, Priya

@@ rejection/007_lever_role_on_hold | en | Orbital Freight | jules.marchetti@orbitalfreight.example.com
From: Orbital Freight <no-reply@hire.lever.co>
Reply-To: Jules Marchetti <jules.marchetti@orbitalfreight.example.com>
Subject: Product Designer (Shipper Experience) - update
Date: 2026-10-21 14:06 +0000
%format: alt
%brand: #ff6a13|Orbital Freight

Hi Priya,

I'm reaching out with an update I'd hoped not to send. Due to a change in our 2027 headcount plan, the Product Designer (Shipper Experience) role has been put on hold and we will not be proceeding with the hiring process for now. That means we'll have to cancel your upcoming conversation with our VP Product as well.

This has nothing to do with your profile - the feedback from your first interview was really positive. If the role reopens, I'll reach out to you first.

Thanks for your patience and understanding,
Jules Marchetti
Talent Partner, Orbital Freight

Sent via Lever

@@ rejection/008_agency_relayed_exclamations | en | Fable Media | kirsty@bridgewatertalent.example.co.uk
From: Kirsty Doyle <kirsty@bridgewatertalent.example.co.uk>
Subject: Fable feedback :(
Date: 2026-09-29 12:11 +0100

Hi Priya!!

Hope you're well! So I've just had feedback from Fable Media and unfortunately they've decided not to take things further this time :( They really liked you as a person but felt they needed someone with more broadcast/video-on-demand experience for this one.

Honestly don't be disheartened, you came across SO well and I've got a couple of other roles I think would be perfect for you - can I give you a ring tomorrow??

Speak soon!!
Kirsty

Kirsty Doyle | Senior Consultant - Digital & Creative
Bridgewater Talent
M: 07700 900 481 | www.bridgewatertalent.example.co.uk
[Bridgewater Talent logo]
Bridgewater Talent Ltd is acting as an employment agency in relation to this vacancy.

@@ rejection/009_indian_english_regret_revert | en | Infoloom Technologies | shalini.r@infoloom.example.in.test
From: Shalini Raghavan <shalini.r@infoloom.example.in.test>
Subject: Regarding your candidature for UX Designer (Remote)
Date: 2026-10-26 15:41 +0530

Dear Priya,

Greetings from Infoloom Technologies!

This is with reference to the technical discussion held on 24th October for the position of UX Designer (Remote - EMEA). We regret to inform you that your profile has not been shortlisted for the next round of the process.

We thank you for the interest shown in our organisation and wish you all the very best for your future endeavours. Your profile shall be retained in our database for future requirements.

Do revert in case of any queries.

Thanks & Regards,
Shalini Raghavan
Senior Executive - Talent Acquisition
Infoloom Technologies Pvt. Ltd.
Tel: +91 80 5550 2231

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail.

@@ rejection/010_dutch_english_other_candidate | en | Polderlight | marleen@polderlight.example.nl.test
From: Marleen de Wit <marleen@polderlight.example.nl.test>
Subject: Your application Polderlight
Date: 2026-10-30 09:05 +0100

Dear Priya,

Thank you for the nice conversation of last week and for your interest in Polderlight. We have spoken with several candidates and unfortunately we have chosen for another candidate, who has more experience with energy and B2B dashboards.

We found it very pleasant to get to know you and we wish you a lot of success with finding a new job.

With kind regards,

Marleen de Wit
HR advisor
Polderlight B.V. | Keizersgracht 77 | Amsterdam
06 55501 234

@@ rejection/011_italian_english_sorry_communicate | en | Studio Vernazza | recruiting@studiovernazza.example.it.test
From: "Studio Vernazza - Recruiting" <recruiting@studiovernazza.example.it.test>
Subject: Selection UX/UI Designer Barcelona
Date: 2026-11-03 18:22 +0100
%charset: iso-8859-1

Dear Priya,

thank you very much for the time you dedicated to us during the interview with Lorenzo and Giulia.

We are sorry to communicate you that we have decided to proceed with another profile, more in line with the needs of the project for our Barcelona office in this moment. It was not an easy choice.

We will be happy to keep your CV in our database, in case of future opportunities we will contact you again.

Best regards and good luck for everything,

Francesca Moretti
HR & Recruiting
Studio Vernazza S.r.l. - Milano · Barcelona
Via Tortona 31, 20144 Milano

Le informazioni contenute in questa e-mail sono riservate. This message is confidential.

@@ rejection/012_smartrecruiters_update_html_table | en | Cityline Hotels |
From: Cityline Hotels <noreply@smartrecruiters.com>
Subject: Update
Date: 2026-09-18 07:55 +0000
%format: html
%cte: base64

<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#fff;border-top:4px solid #b8860b">
<tr><td style="padding:20px"><img src="https://c.smartrecruiters.com/sr-company-logo/cityline.png" alt="Cityline Hotels" height="40"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#333">
<p>Dear Priya,</p>
<p>Thank you for applying for the <b>Guest Experience Designer</b> position at Cityline Hotels Amsterdam.</p>
<p>We have carefully reviewed your application. Unfortunately, we have decided not to proceed with your candidacy for this position.</p>
<p>We appreciate your interest in Cityline Hotels and wish you the very best.</p>
<p>Kind regards,<br>Cityline Hotels People &amp; Culture</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;background:#fafafa">You received this message because you applied via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsub?c=ad81f">Manage preferences</a></td></tr>
</table></td></tr></table></body></html>

@@ rejection/013_reply_to_thank_you_gmail_chain | en | Quayside Learning | olu.adeyemi@quaysidelearning.example.com
From: Olu Adeyemi <olu.adeyemi@quaysidelearning.example.com>
Subject: Re: Thank you!
Date: 2026-10-12 16:14 +0100
In-Reply-To: <CAF9priya-ty-2210@mail.example.org>
References: <CAF9priya-ty-2210@mail.example.org>
%format: alt

Hi Priya,

Thanks for the lovely note, and sorry it took us a while to get back to you.

We've now met everyone on the shortlist and I'm afraid we've decided to offer the role to someone else. You were genuinely in our top three and the team were split, so please don't read too much into it. The other candidate had spent years designing for teachers specifically, which tipped it.

Do stay in touch - we'll be growing the product team again in spring.

Best,
Olu

Olu Adeyemi
VP Product, Quayside Learning

On Tue, 6 Oct 2026 at 18:02, Priya Nair <priya.nair@example.org> wrote:

> Hi Olu,
>
> Thank you for taking the time to speak with me today. I really enjoyed
> hearing how your team is approaching lesson planning for secondary school
> teachers, and I'd love to bring my research background to it.
>
> Best wishes,
> Priya

@@ rejection/014_australian_thanks_heaps | en | Bluegum Software | mick@bluegum.example.com.au.test
From: Mick Harrington <mick@bluegum.example.com.au.test>
Subject: Re: Product Designer (remote, EMEA hours)
Date: 2026-10-16 08:02 +1100

G'day Priya,

Thanks heaps for your time on the call the other day - really appreciated you staying up late for our timezone.

Unfortunately we won't be taking your application further. We've gone with someone a bit closer to the Sydney team's hours, which in hindsight we should've flagged earlier in the ad. Sorry about that.

All the best with it, reckon you'll land something great.

Cheers,
Mick
Bluegum Software | Co-founder

@@ rejection/015_public_sector_role_withdrawn | en | Irwell Valley Council | recruitment@irwellvalley.gov.example
From: Irwell Valley Council Recruitment <recruitment@irwellvalley.gov.example>
Subject: IVC/DS/0931 Service Designer - vacancy withdrawn
Date: 2026-11-10 13:00 +0000
%charset: windows-1252
%cte: quoted-printable

Dear Ms Nair

Vacancy: IVC/DS/0931 – Service Designer (Digital Services), Grade 8

Thank you for your application for the above post.

Following a review of the Digital Services restructure, the Council has taken the decision to withdraw this vacancy and it will not be filled at this time. As a result, your application will not be progressed and the interviews planned for week commencing 16 November will no longer take place.

We apologise for any inconvenience this may cause and thank you for the interest you have shown in working for Irwell Valley Council.

Yours sincerely

HR Resourcing Team
Irwell Valley Council
Town Hall, Market Street, Bury BL9 0AA

This email and any files transmitted with it are confidential. If you have received this email in error please notify the sender. Irwell Valley Council may monitor email traffic data and content.

@@ rejection/016_ashby_short_after_screen | en | Parcel | ines@parcel.example.com
From: Ines Albrecht <no-reply@ashbyhq.com>
Reply-To: ines@parcel.example.com
Subject: Parcel <> Priya
Date: 2026-11-02 12:40 +0000

Hi Priya,

Thank you for chatting with me last week. After discussing with the team, we won't be moving forward with your candidacy for the Senior Product Designer role.

Appreciate your time and interest in Parcel, and wish you all the best!

Ines

@@ rejection/017_teamtailor_after_interviews_base64 | en | Lumen Dental Group | talent@lumendental.example.com
From: Lumen Dental Group <talent@lumendental.example.com>
Subject: =?UTF-8?Q?Your_application_=E2=80=93_UX_Designer_Patient_App?=
Date: 2026-11-12 10:15 +0100
%format: alt
%cte: base64
%brand: #1c64f2|Lumen Dental Group

Hi Priya,

Thank you for the interviews with Dr. Sofie Claes and our product team – we really appreciate the time and energy you've invested in the process.

After careful consideration we have decided not to move forward with your application for the UX Designer – Patient App position. We received a high number of strong applications and had to make some difficult decisions.

We'd be happy to stay in touch for future opportunities. If you have any questions, just reply to this email.

Warm regards,
Noor Haddad
Talent Acquisition | Lumen Dental Group

Sent with Teamtailor

@@ rejection/018_german_formal_personio_latin1 | de | Hallberg Maschinenbau | karriere@hallberg-maschinenbau.example.de
From: Hallberg Maschinenbau GmbH <karriere@hallberg-maschinenbau.example.de>
Subject: Ihre Bewerbung als UX Designer (m/w/d) – Hallberg Maschinenbau GmbH
Date: 2026-10-08 09:31 +0200
%charset: iso-8859-1
%cte: quoted-printable

Sehr geehrte Frau Nair,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Katrin Albers
Personalabteilung

Hallberg Maschinenbau GmbH · Industriestraße 12 · 71636 Ludwigsburg
Geschäftsführer: Dr. Wolfgang Hallberg · Amtsgericht Stuttgart HRB 70123

@@ rejection/019_german_casual_startup_du | de | Kiezkind | lena@kiezkind.example.com
From: Lena Brandt <lena@kiezkind.example.com>
Subject: Kurzes Update von Kiezkind
Date: 2026-10-23 18:47 +0200

Hey Priya,

erstmal danke nochmal für das nette Gespräch mit Jonas und mir und für die Zeit, die du in die Case Study gesteckt hast!

Leider haben wir uns am Ende für jemand anderen entschieden – eine Person, die schon länger im Familien-/Kita-Bereich unterwegs ist und das Onboarding mit den Eltern quasi aus dem Stand machen kann. War echt knapp.

Falls du magst, geb ich dir gern noch ausführlicheres Feedback per Call. Und wer weiß, vielleicht klappts ja ein andermal :)

Liebe Grüße
Lena

Lena Brandt · People & Ops · Kiezkind
Oranienstraße 185, 10999 Berlin

@@ rejection/020_german_after_interview_am_schrieb | de | Rheinwerk Medien | t.kessler@rheinwerk-medien.example.de
From: Thomas Keßler <t.kessler@rheinwerk-medien.example.de>
Subject: AW: Rückfrage zum Stand meiner Bewerbung
Date: 2026-11-06 11:02 +0100
In-Reply-To: <AM0PR-priya-nachfrage-0511@mail.example.org>
References: <AM0PR-priya-nachfrage-0511@mail.example.org>
%cte: 8bit

Hallo Frau Nair,

danke für Ihre Nachfrage und entschuldigen Sie die späte Rückmeldung.

Wir haben die Gespräche inzwischen abgeschlossen und uns für eine andere Kandidatin entschieden, deren Profil im Bereich Video-Redaktionssysteme noch etwas näher an unseren Anforderungen liegt. Die Entscheidung ist uns nach den Gesprächen mit Ihnen nicht leichtgefallen.

Ich wünsche Ihnen alles Gute für die weitere Suche.

Beste Grüße
Thomas Keßler
Teamlead Product Design
Rheinwerk Medien GmbH | Schanzenstraße 22 | 51063 Köln

Am Do., 5. Nov. 2026 um 09:14 Uhr schrieb Priya Nair <priya.nair@example.org>:
> Hallo Herr Keßler,
> ich wollte mich kurz nach dem Stand meiner Bewerbung als Product Designer
> erkundigen. Unser Gespräch am 21.10. hat mir sehr gefallen.
> Viele Grüße
> Priya Nair

@@ rejection/021_german_successfactors_besetzt_cp1252 | de | Vogt Versicherung |
From: Vogt Versicherung <noreply@successfactors.eu>
Subject: Ihre Bewerbung: UX Researcher (w/m/d) – Req. 20419
Date: 2026-09-25 06:12 +0200
%charset: windows-1252
%cte: quoted-printable
%format: html
%brand: #7a0019|Vogt Versicherung

Sehr geehrte Frau Nair,

vielen Dank für Ihr Interesse an der Position „UX Researcher (w/m/d)“ bei der Vogt Versicherung AG.

Wir müssen Ihnen leider mitteilen, dass die Stelle inzwischen besetzt wurde. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Gerne können Sie sich auf unserem Karriereportal für weitere passende Stellen bewerben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vogt Versicherung AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.

@@ rejection/022_german_agency_relayed | de | Spreeblick Mobility | s.yilmaz@talentbruecke.example.de
From: Selin Yılmaz <s.yilmaz@talentbruecke.example.de>
Subject: Rückmeldung Spreeblick
Date: 2026-10-13 14:20 +0200

Hi Priya,

ich hab heute endlich Feedback von Spreeblick Mobility bekommen – leider keine guten News. Sie haben sich nach der zweiten Runde für eine:n andere:n Kandidat:in entschieden. Das Feedback war aber echt positiv, vor allem zu deinem Research-Vorgehen, nur beim Thema Design-Systeme hätten sie sich mehr Tiefe gewünscht.

Ich melde mich, sobald ich was Passendes habe, ich hab da schon was im Kopf!

Viele Grüße
Selin

Selin Yılmaz
Senior Consultant Digital Product
Talentbrücke Personalberatung GmbH · Torstraße 140 · 10119 Berlin
Tel. +49 30 5557 3381

@@ rejection/023_french_formal_regret | fr | Maison Oriel | recrutement@maison-oriel.example.fr
From: Maison Oriel <recrutement@maison-oriel.example.fr>
Subject: =?UTF-8?B?Vm90cmUgY2FuZGlkYXR1cmUgY2hleiBNYWlzb24gT3JpZWw=?=
Date: 2026-11-09 17:45 +0100
%format: alt
%brand: #1a1a1a|Maison Oriel

Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Oriel et du temps que vous nous avez accordé lors de nos différents échanges.

Nous sommes toutefois au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Product Designer E-commerce. Cette décision ne remet nullement en cause la qualité de votre parcours.

Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Dubois-Fontaine
Responsable Talents
Maison Oriel – 12 rue du Faubourg Saint-Honoré, 75008 Paris

@@ rejection/024_french_casual_le_a_ecrit | fr | Atelier Nuage | hugo@ateliernuage.example.fr
From: Hugo Lemaire <hugo@ateliernuage.example.fr>
Subject: Re: Entretien Product Designer
Date: 2026-10-28 21:10 +0100
In-Reply-To: <CAF9-priya-merci-1027@mail.example.org>
References: <CAF9-priya-merci-1027@mail.example.org>

Salut Priya,

Merci pour ton message et encore merci pour l'entretien de mardi, c'était super intéressant.

Bon, je vais être franc : on a décidé de ne pas poursuivre avec toi pour ce poste. On cherche quelqu'un de plus senior sur la partie design system / front, et on a eu un profil qui colle pile. Désolé, je sais que c'est frustrant.

Si tu veux un retour plus détaillé, je peux t'appeler la semaine prochaine.

Bonne continuation !
Hugo
--
Hugo Lemaire · CPO · Atelier Nuage
06 55 51 42 87

Le mar. 27 oct. 2026 à 18:33, Priya Nair <priya.nair@example.org> a écrit :
> Bonjour Hugo,
> Merci beaucoup pour l'échange de cet après-midi, j'ai adoré découvrir
> l'équipe. Au plaisir d'avoir de vos nouvelles !
> Priya

@@ rejection/025_french_hospital_poste_pourvu_latin1 | fr | Groupe Hospitalier Saint-Aubin | drh.recrutement@gh-saintaubin.example.fr
From: =?iso-8859-1?Q?DRH_Recrutement_=2D_Groupe_Hospitalier_Saint=2DAubin?= <drh.recrutement@gh-saintaubin.example.fr>
Subject: Candidature - Designer de services
Date: 2026-10-05 15:02 +0200
%charset: iso-8859-1
%cte: 8bit

Madame Nair,

Nous accusons bonne réception de votre candidature au poste de Designer de services (CDD 12 mois) au sein de la Direction de l'Expérience Patient, et vous en remercions.

Nous avons le regret de vous informer que ce poste a été pourvu. Nous ne pouvons donc pas donner une suite favorable à votre demande.

Nous vous souhaitons pleine réussite dans vos recherches.

Direction des Ressources Humaines
Groupe Hospitalier Saint-Aubin
3 avenue du Général Leclerc, 94000 Créteil

@@ rejection/026_french_recrutement_suspendu | fr | Éditions Lumière | a.benali@editions-lumiere.example.fr
From: Amine Benali <a.benali@editions-lumiere.example.fr>
Subject: Poste de UX designer – point d'étape
Date: 2026-11-13 10:30 +0100

Bonjour Priya,

Je reviens vers vous concernant le poste de UX designer pour notre nouvelle plateforme de lecture numérique.

Suite à une réorganisation budgétaire, le recrutement est suspendu jusqu'à nouvel ordre et nous ne poursuivrons pas le processus pour le moment. J'en suis sincèrement désolé, d'autant que votre profil avait beaucoup plu à l'équipe.

Je me permettrai de vous recontacter si le poste venait à être rouvert.

Bien cordialement,

Amine Benali
Chargé de recrutement
Éditions Lumière
01 55 50 62 10

@@ rejection/027_spanish_formal_hotel | es | Grupo Alba Hoteles | seleccion@grupoalba.example.es
From: Grupo Alba Hoteles - Selección <seleccion@grupoalba.example.es>
Subject: Proceso de selección: Diseñador/a UX - Departamento Digital
Date: 2026-11-05 13:25 +0100
%format: alt
%brand: #c0392b|Grupo Alba Hoteles

Estimada Priya:

Queremos agradecerle el interés mostrado en formar parte de Grupo Alba Hoteles y el tiempo dedicado a las entrevistas.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar el proceso con otros perfiles que se ajustan más a los requisitos del puesto.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Personas
Grupo Alba Hoteles
Paseo de Gràcia 88, 08008 Barcelona

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional.

@@ rejection/028_spanish_casual_otro_perfil | es | Tramuntana Labs | marta@tramuntanalabs.example.com
From: Marta Puig <marta@tramuntanalabs.example.com>
Subject: Re: Seguimos?
Date: 2026-11-11 19:03 +0100
In-Reply-To: <CAF9-priya-seguimos@mail.example.org>
References: <CAF9-priya-tramuntana-1@mail.example.org> <CAF9-priya-seguimos@mail.example.org>

Hola Priya!

Perdona que no te haya contestado antes, han sido unas semanas de locos.

Al final nos hemos decantado por otro perfil para la posición de Product Designer, alguien que ya había trabajado en apps de movilidad compartida. Me sabe mal porque nos gustó mucho tu prueba y cómo presentaste los insights.

Te deseo muchísima suerte, y si en algún momento abrimos otra posición te escribo seguro.

Un abrazo,
Marta

Enviado desde mi iPhone

El 10 nov 2026, a las 9:12, Priya Nair <priya.nair@example.org> escribió:
> Hola Marta, ¿cómo va todo? Quería saber si habéis podido avanzar con el
> proceso. ¡Gracias!
> Priya

@@ rejection/029_spanish_workable_cerrado | es | Caixa Levante |
From: Caixa Levante <noreply@candidates.workablemail.com>
Subject: =?UTF-8?Q?Actualizaci=C3=B3n_de_tu_candidatura_=E2=80=93_Caixa_Levante?=
Date: 2026-10-01 08:40 +0200
%format: html
%brand: #00857c|Caixa Levante

Hola Priya,

Gracias por tu interés en la posición de UX Researcher en Caixa Levante.

Hemos revisado tu candidatura con atención y, en esta ocasión, no vamos a seguir adelante con ella. El proceso para esta vacante ya está cerrado.

Te animamos a seguir consultando nuestras ofertas en https://caixalevante.example.es/empleo

Un saludo,
Equipo de Talento – Caixa Levante

Este correo se ha enviado desde una dirección que no acepta respuestas.

@@ rejection/030_spanish_after_take_home_escribio | es | Estudio Pampa | diego@estudiopampa.example.es
From: Diego Ferraro <diego@estudiopampa.example.es>
Subject: RE: Prueba técnica - Diseño de servicio
Date: 2026-09-30 12:15 +0200
In-Reply-To: <priya-prueba-2409@mail.example.org>
References: <priya-prueba-2409@mail.example.org>
X-Mailer: Microsoft Outlook 16.0

Hola Priya,

Muchas gracias por la prueba, se nota el trabajo que hay detrás.

Lo hemos estado comentando con el equipo y, siendo sinceros, no vamos a continuar contigo en el proceso. Buscábamos una propuesta más aterrizada en la parte de implementación con el cliente (el ayuntamiento) y la tuya se quedaba más en la fase de descubrimiento.

Gracias otra vez por el tiempo y mucha suerte!

Diego Ferraro
Director de Diseño | Estudio Pampa
C/ Bailèn 45, 08010 Barcelona

-----Mensaje original-----
De: Priya Nair <priya.nair@example.org>
Enviado el: jueves, 24 de septiembre de 2026 23:40
Para: Diego Ferraro <diego@estudiopampa.example.es>
Asunto: Prueba técnica - Diseño de servicio

Hola Diego, te envío la prueba. ¡Quedo atenta a vuestros comentarios!
Priya

@@ interview_invitation/031_calendly_quick_chat | en | Sproutly | dana@sproutly.example.com
From: Dana Whitfield <dana@sproutly.example.com>
Subject: Quick chat?
Date: 2026-09-08 15:27 +0100

Hi Priya,

Saw your application come through for the Product Designer role - love the research-heavy portfolio, especially the tutoring marketplace piece.

Would you be free for a quick chat this week or next? 30 mins, super informal, mostly me telling you what we're building and you telling me what you're looking for. Grab whatever works here: https://calendly.com/dana-sproutly/30min

Cheers,
Dana
Head of Product, Sproutly (remote-first, team in UK/NL/PT)

@@ interview_invitation/032_goodtime_coordinator | en | Meridian Pay | recruiting.coordination@meridianpay.example.com
From: Meridian Pay Recruiting <recruiting.coordination@meridianpay.example.com>
Subject: Meridian Pay | Interview availability - Senior Product Designer
Date: 2026-09-15 10:02 +0200
%format: alt
%brand: #14213d|Meridian Pay

Hi Priya,

Congratulations - the hiring team would like to move you forward to the next step for the Senior Product Designer role!

The next step is a 60-minute Portfolio Review with Femke (Design Lead) and Rahul (Product Manager). Please share your availability using the link below and we'll confirm a time within one business day:

https://app.goodtime.io/availability/3f0a9c2e-meridianpay

The interview will take place over Google Meet. If none of the times work for you, just reply to this email and I'll find alternatives.

Best,
Sanne Vermeulen
Recruiting Coordinator, Meridian Pay
Meridian Pay B.V. · Stadhouderskade 14 · Amsterdam

@@ interview_invitation/033_greenhouse_self_schedule | en | Northwind Atlas | carla.menezes@northwindatlas.example.com
From: Northwind Atlas <no-reply@us.greenhouse-mail.io>
Reply-To: Carla Menezes <carla.menezes@northwindatlas.example.com>
Subject: Northwind Atlas - please select your interview times
Date: 2026-10-06 17:44 +0000
%format: html
%brand: #0b5fff|Northwind Atlas

Hi Priya,

Thanks again for your time with Carla! We'd like to invite you to the next round for the Product Designer, Trips role: a 45 minute interview with our Design Manager, Ben Ashworth.

Please use the link below to pick a time that works for you:
https://app.greenhouse.io/scheduling/self_schedule/71e2ab90c4

Once you've chosen a slot you'll receive a calendar invitation with the video link.

Kind regards,
Northwind Atlas Recruiting

@@ interview_invitation/034_agency_phone_screen | en | Albion Rail | jake.pemberton@northstar-recruitment.example.co.uk
From: Jake Pemberton <jake.pemberton@northstar-recruitment.example.co.uk>
Subject: GREAT NEWS - Albion Rail want to speak to you!!
Date: 2026-09-21 09:18 +0100
X-Mailer: iPhone Mail (21G93)

Morning Priya!!

Brilliant news - Albion Rail loved your CV and want to set up a phone screen with their Head of Customer Experience, Gareth Lowe, for the Service Designer role!!

Are you free Thursday 24th between 2-4pm or Friday morning? It'll be a 30 min call, nothing too formal, just a chat about your background and why rail.

Let me know ASAP and I'll lock it in!!

Jake

Jake Pemberton
Principal Consultant | Northstar Recruitment
Peter House, Oxford Street, Manchester M1 5AN
07700 900 127

@@ interview_invitation/035_onsite_panel_ics | en | Halden Robotics | mira.schoenfeld@halden-robotics.example.de
From: Mira Schönfeld <mira.schoenfeld@halden-robotics.example.de>
Subject: Invitation: Onsite interview Halden Robotics - Priya Nair @ Thu 8 Oct 2026 10:00 - 13:00 (CEST)
Date: 2026-09-29 14:31 +0200
%ics: REQUEST
%ics-start: 2026-10-08 10:00 Europe/Berlin
%ics-min: 180
%ics-summary: Onsite interview Halden Robotics - Priya Nair
%ics-loc: Halden Robotics, Lohmühlenstraße 65, 12435 Berlin (Reception 2nd floor)
%ics-orgname: Mira Schönfeld
%ics-prodid: -//Google Inc//Google Calendar 70.9054//EN
%ics-file: invite.ics

Hi Priya,

as discussed on the phone, here's the invite for your onsite at our Berlin office. The schedule:

10:00 - 10:15  Welcome & coffee with me
10:15 - 11:15  Portfolio presentation to the panel (Design, Engineering, Product)
11:15 - 12:00  Collaboration exercise with Tobias (Robot fleet UI)
12:00 - 13:00  Lunch with the team

Please bring a laptop with your presentation; we have HDMI and USB-C. If you need anything (accessibility, travel costs from Amsterdam) just let me know.

See you soon,
Mira

Mira Schönfeld
Talent Acquisition Lead · Halden Robotics GmbH
Lohmühlenstraße 65 · 12435 Berlin

@@ interview_invitation/036_quick_question_signature_only | en | Fennel & Finch Publishing | rob@fennelfinch.example.co.uk
From: Rob Kaplan <rob@fennelfinch.example.co.uk>
Subject: Quick question
Date: 2026-10-09 08:51 +0100

Priya - got your CV via our careers page. Any chance you're free Tuesday or Wednesday next week for 45 mins? I'd like to talk you through the UX role on our subscriptions team and hear about your research work. Video or in person at our Ancoats office, whichever is easier.

Rob

Rob Kaplan
Product Director
Fennel & Finch Publishing
0161 555 0934

@@ interview_invitation/037_indian_english_technical_round | en | Infoloom Technologies | shalini.r@infoloom.example.in.test
From: Shalini Raghavan <shalini.r@infoloom.example.in.test>
Subject: Interview schedule - Technical round - UX Designer (Remote)
Date: 2026-10-14 12:06 +0530

Dear Priya,

Greetings from Infoloom Technologies!

Further to your telephonic discussion with our team, we are pleased to inform you that your profile has been shortlisted for the Technical round of interview for the position of UX Designer (Remote - EMEA).

Kindly find the details below:
Date: 20th October 2026 (Tuesday)
Time: 2:30 PM IST / 11:00 AM CEST
Mode: Microsoft Teams (link will be shared separately)
Panel: Mr. Arvind Kulkarni (Design Manager)

Kindly confirm your availability for the same at the earliest. Do revert in case the slot is not suitable and we shall try to reschedule.

Thanks & Regards,
Shalini Raghavan
Senior Executive - Talent Acquisition
Infoloom Technologies Pvt. Ltd.
Tel: +91 80 5550 2231

@@ interview_invitation/038_dutch_english_first_interview | en | Polderlight | marleen@polderlight.example.nl.test
From: Marleen de Wit <marleen@polderlight.example.nl.test>
Subject: Invitation first interview Polderlight
Date: 2026-10-15 11:37 +0200

Dear Priya,

Thank you for your application for the function of Product Designer at Polderlight. We have read your motivation letter with interest and we would like to invite you for a first interview at our office in Amsterdam.

The interview will be with Joost (CTO) and me, and will take around one hour. Possible moments are:
- Thursday 22 October, 10.00 hour
- Friday 23 October, 14.30 hour

Can you let me know which moment suits you best? Our office is at Keizersgracht 77, please report at the reception on the ground floor.

With kind regards,

Marleen de Wit
HR advisor
Polderlight B.V.
06 55501 234

@@ interview_invitation/039_lever_ics_first_interview | en | Orbital Freight | jules.marchetti@orbitalfreight.example.com
From: Jules Marchetti <jules.marchetti@orbitalfreight.example.com>
Subject: Interview confirmed: Priya Nair <> Orbital Freight
Date: 2026-09-28 16:10 +0000
%format: alt
%ics: REQUEST
%ics-start: 2026-10-01 15:00 Europe/Amsterdam
%ics-min: 45
%ics-summary: Priya Nair <> Orbital Freight (Product Designer) - Hiring Manager Interview
%ics-loc: https://orbitalfreight.zoom.us/j/84412096631
%ics-prodid: -//Lever//Lever Interview Scheduler//EN

Hi Priya,

You're all set! Here are the details for your interview with Dimitri Papadakis, Head of Design:

When: Thursday, October 1, 15:00 - 15:45 CEST
Where: Zoom - https://orbitalfreight.zoom.us/j/84412096631

Dimitri will want to hear about a project you're proud of, so feel free to have a couple of screens ready to share. A calendar invite is attached.

Good luck!
Jules Marchetti
Talent Partner, Orbital Freight

@@ interview_invitation/040_workday_interview_scheduled | en | Aldgate Insurance |
From: Aldgate Insurance <aldgate@myworkday.com>
Subject: Interview Scheduled - R-10293 UX Designer - Priya Nair
Date: 2026-10-05 07:02 +0000
%format: html
%brand: #3b2a78|Aldgate Insurance

Dear Priya Nair ,

Your interview for the position  R-10293 UX Designer (Hybrid - Manchester)  has been scheduled.

Interview Details:
Date :  Monday, 12 October 2026
Time :  10:00 AM - 10:45 AM  (GMT+01:00) United Kingdom Time
Interview Type :  Telephone Interview
Interviewer(s) :  Helen Marsh

The interviewer will call you on the number provided in your application. If you need to change the time, please contact the recruiter through your Candidate Home account: https://aldgate.wd3.myworkday.com/aldgate_careers/userHome

Regards,
Aldgate Insurance Talent Acquisition

This email was sent from an unattended mailbox.

@@ interview_invitation/041_outlook_teams_ics | en | Clearwater Housing Trust | p.okonkwo@clearwaterhousing.example.org.uk
From: Patience Okonkwo <p.okonkwo@clearwaterhousing.example.org.uk>
Subject: Interview - Digital Service Designer - Priya Nair
Date: 2026-10-13 09:44 +0100
%format: alt
%ics: REQUEST
%ics-start: 2026-10-20 13:30 Europe/London
%ics-min: 60
%ics-summary: Interview - Digital Service Designer - Priya Nair
%ics-loc: Microsoft Teams Meeting
%ics-cte: base64
%ics-uid: 040000008200E00074C5B7101A82E0080000000090C1FA3D9B3ADC01

Dear Priya,

Thank you for your application for the role of Digital Service Designer. I am pleased to invite you to an interview on Tuesday 20 October at 13:30 via Microsoft Teams. The panel will be myself, Craig Bennett (Head of Digital) and a tenant representative from our Customer Voice panel.

You will be asked to give a 10 minute presentation on: "How would you make it easier for tenants to report a repair?" followed by competency-based questions.

Please accept the invitation to confirm your attendance.

Kind regards

Patience Okonkwo
HR Business Partner
Clearwater Housing Trust
Direct dial: 0161 555 0388

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_clearwater_0931
Meeting ID: 331 904 226 118
Passcode: aB3xZ9
________________________________________________________________________________

Clearwater Housing Trust is a charitable registered society. Registered office: 1 Riverside Way, Salford M3 7BD.

@@ interview_invitation/042_italian_english_video_call | en | Studio Vernazza | lorenzo.gatti@studiovernazza.example.it.test
From: Lorenzo Gatti <lorenzo.gatti@studiovernazza.example.it.test>
Subject: Studio Vernazza - video call
Date: 2026-10-20 10:19 +0200

Dear Priya,

I am Lorenzo, Design Director in Studio Vernazza. We have received your candidature for the UX/UI Designer position in our Barcelona office and we are pleased to invite you to a video call with me and Giulia, our Project Lead.

We propose Tuesday 27 October at 11:00 (Rome/Barcelona time), on Google Meet. If it is not possible for you, please propose us some alternatives.

During the call we would like that you present us two projects of your portfolio, about 15 minutes.

Waiting for your kind reply,

Lorenzo Gatti
Design Director
Studio Vernazza - Milano · Barcelona

@@ interview_invitation/043_ux_researcher_role_exercise | en | Fieldnote | anouk@fieldnote.example.com
From: Anouk Visser <anouk@fieldnote.example.com>
Subject: Next steps - UX Researcher
Date: 2026-09-24 13:58 +0200
%format: alt
%brand: #222222|Fieldnote

Hi Priya,

Thanks for the great conversation on Monday! The team and I would love to move you to the next stage for the UX Researcher role.

The next step is a 90 minute interview with three parts:
1. A short research planning exercise (we'll send the brief 30 min before)
2. A deep dive into one of your past studies with Kaveh, our Lead Researcher
3. Time for your questions about Fieldnote

Could you send me a few slots that work for you between 29 Sep and 2 Oct? Happy to do it on site in our Amsterdam office (Oostelijke Handelskade) or remotely.

Best,
Anouk
People Lead @ Fieldnote

@@ interview_invitation/044_ashby_schedule_link | en | Parcel | ines@parcel.example.com
From: Ines Albrecht <no-reply@ashbyhq.com>
Reply-To: ines@parcel.example.com
Subject: Let's schedule your interview with Parcel
Date: 2026-10-22 09:30 +0000
%format: alt
%brand: #111827|Parcel

Hi Priya,

Thanks for applying to Parcel! I'd love to set up an intro call (30 min) to learn more about you and share more about the Senior Product Designer role.

Please pick a time that works for you: https://jobs.ashbyhq.com/parcel/interviews/schedule/5a1b9f2e

Talk soon,
Ines Albrecht
Recruiter, Parcel

@@ interview_invitation/045_final_round_next_stage | en | Kestrel Health | amara.lindqvist@kestrelhealth.example.com
From: Amara Lindqvist <amara.lindqvist@kestrelhealth.example.com>
Subject: Re: Senior UX Researcher - next steps
Date: 2026-10-26 16:20 +0100
In-Reply-To: <CAF9-priya-kestrel-2310@mail.example.org>
References: <20261020.al.kestrel@kestrelhealth.example.com> <CAF9-priya-kestrel-2310@mail.example.org>

Hi Priya,

Great news - we'd love to move you to the final stage! It's a 2-hour session on Monday 2 November from 13:00 at our office (Herengracht 420):

- 45 min: present a research project of your choice (slides are fine)
- 45 min: conversation with our CMO and a clinician from our advisory board
- 30 min: chat with the product designers you'd work with

Could you confirm that works? If Monday is impossible I can try for Wednesday afternoon.

Best,
Amara

On Fri, 23 Oct 2026 at 10:02, Priya Nair <priya.nair@example.org> wrote:
> Hi Amara, thanks for the call yesterday! Attaching the case study I mentioned.
> Priya

@@ interview_invitation/046_german_formal_ics_einladung | de | Stadtwerke Neuhain | bewerbung@stadtwerke-neuhain.example.de
From: Stadtwerke Neuhain Personal <bewerbung@stadtwerke-neuhain.example.de>
Subject: Einladung zum Vorstellungsgespräch – UX Designer (m/w/d) Kundenportal
Date: 2026-10-07 10:55 +0200
%charset: iso-8859-1
%cte: quoted-printable
%ics: REQUEST
%ics-start: 2026-10-15 09:30 Europe/Berlin
%ics-min: 60
%ics-summary: Vorstellungsgespräch UX Designer – Frau Nair
%ics-loc: Stadtwerke Neuhain, Am Wasserturm 3, Raum 2.14

Sehr geehrte Frau Nair,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen:

Termin: Donnerstag, 15.10.2026, 09:30 Uhr
Ort: Stadtwerke Neuhain, Am Wasserturm 3, Raum 2.14
Gesprächspartner: Herr Dr. Markus Pohl (Leitung Digitalisierung), Frau Anja Roth (Personal), ein Mitglied des Personalrats

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden nach dem Bundesreisekostengesetz erstattet.

Mit freundlichen Grüßen
Im Auftrag

Anja Roth
Personalabteilung
Stadtwerke Neuhain GmbH
Tel. 05551 555-214

@@ interview_invitation/047_german_casual_lust_auf_call | de | Kiezkind | jonas@kiezkind.example.com
From: Jonas Meier <jonas@kiezkind.example.com>
Subject: Hi von Kiezkind :)
Date: 2026-10-02 12:40 +0200

Hi Priya,

ich bin Jonas, Gründer von Kiezkind. Dein Portfolio hat uns echt umgehauen, vor allem das Projekt mit den Eltern-Interviews!

Hast du Lust, nächste Woche mal 30-45 Min mit Lena und mir zu quatschen? Wir können dir zeigen, woran wir gerade arbeiten, und du erzählst uns ein bisschen von dir. Dienstag oder Mittwoch Nachmittag wäre super, gern auch bei uns im Büro in Kreuzberg auf nen Kaffee.

Bis bald
Jonas

-- 
Jonas Meier · Co-Founder & CEO · Kiezkind

@@ interview_invitation/048_german_personio_terminvorschlaege | de | Grünfeld Logistik | tanja.wolff@gruenfeld-logistik.example.de
From: =?utf-8?q?Gr=C3=BCnfeld_Logistik_GmbH?= <jobs@gruenfeld-logistik.jobs.personio.de>
Reply-To: Tanja Wolff <tanja.wolff@gruenfeld-logistik.example.de>
Subject: Terminvorschläge für Ihr Gespräch bei Grünfeld Logistik
Date: 2026-10-19 15:12 +0200
%format: alt
%brand: #2e7d32|Grünfeld Logistik

Hallo Frau Nair,

vielen Dank für Ihre Bewerbung als Product Designer (m/w/d) Fahrer-App. Wir würden Sie gerne in einem ersten Video-Interview (ca. 45 Minuten) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://gruenfeld-logistik.jobs.personio.de/interview-booking/8c21f0

Falls keiner der Termine passt, antworten Sie gerne direkt auf diese E-Mail.

Viele Grüße
Tanja Wolff
Recruiting | Grünfeld Logistik GmbH

@@ interview_invitation/049_german_agency_client | de | Brandt Medical | s.yilmaz@talentbruecke.example.de
From: Selin Yılmaz <s.yilmaz@talentbruecke.example.de>
Subject: Brandt Medical – Interview am Montag?
Date: 2026-10-29 17:05 +0100

Hallo Priya,

tolle Neuigkeiten: Brandt Medical möchte dich kennenlernen! Es geht um die Rolle als UX Researcher für ihre Diagnostik-Software in Potsdam (2 Tage vor Ort, Rest remote).

Das erste Gespräch wäre mit Dr. Ulrike Sander (Head of UX) per Teams, 45 Minuten. Sie hätten am Montag, 2.11. um 10 Uhr oder um 15 Uhr Zeit. Was passt dir besser?

Gib mir kurz Bescheid, dann stimme ich das ab und schick dir noch ein paar Infos zur Vorbereitung.

Viele Grüße
Selin

Selin Yılmaz
Senior Consultant Digital Product
Talentbrücke Personalberatung GmbH · Torstraße 140 · 10119 Berlin
Tel. +49 30 5557 3381

@@ interview_invitation/050_french_formal_rencontrer | fr | Maison Oriel | c.duboisfontaine@maison-oriel.example.fr
From: Claire Dubois-Fontaine <c.duboisfontaine@maison-oriel.example.fr>
Subject: Votre candidature - Product Designer E-commerce
Date: 2026-10-12 11:08 +0200
%format: alt
%brand: #1a1a1a|Maison Oriel

Bonjour Madame Nair,

Nous avons bien pris connaissance de votre candidature pour le poste de Product Designer E-commerce et nous souhaiterions vous rencontrer afin d'échanger plus longuement sur votre parcours.

Seriez-vous disponible pour un premier entretien en visioconférence le jeudi 15 octobre à 14h30 ou le vendredi 16 octobre à 10h ? L'entretien se déroulera avec Mathilde Garnier, Directrice Digitale, et moi-même.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Claire Dubois-Fontaine
Responsable Talents
Maison Oriel
12 rue du Faubourg Saint-Honoré, 75008 Paris

@@ interview_invitation/051_french_casual_dispo_call | fr | Atelier Nuage | hugo@ateliernuage.example.fr
From: Hugo Lemaire <hugo@ateliernuage.example.fr>
Subject: Dispo pour un call ?
Date: 2026-10-20 09:03 +0200

Hello Priya,

J'ai vu ta candidature passer pour le poste de Product Designer, ton portfolio est top (le projet sur les parcours de soin m'a bien parlé).

Tu serais dispo pour un premier call d'une demi-heure cette semaine ou la semaine pro ? Mardi 27 en fin d'aprèm ça m'irait bien sinon dis-moi ce qui t'arrange.

A+
Hugo

Hugo Lemaire · CPO · Atelier Nuage

@@ interview_invitation/052_french_teamtailor_planifiez | fr | Banque Cassiopée | recrutement@banque-cassiopee.example.fr
From: Banque Cassiopée <recrutement@banque-cassiopee.example.fr>
Subject: =?UTF-8?Q?Planifiez_votre_entretien_=E2=80=93_UX_Designer_Senior?=
Date: 2026-10-09 14:00 +0200
%format: html
%brand: #004b87|Banque Cassiopée

Bonjour Priya,

Merci pour votre candidature au poste de UX Designer Senior – Banque au quotidien. Votre profil a retenu toute notre attention et nous aimerions organiser un entretien avec Julien Marchand, Lead UX.

Choisissez le créneau qui vous convient le mieux en cliquant ici : https://banquecassiopee.teamtailor.com/meetings/book/6f2c0a

L'entretien durera environ 45 minutes et se tiendra en visio (Teams).

À très bientôt,
L'équipe Recrutement – Banque Cassiopée

@@ interview_invitation/053_spanish_casual_conocerte | es | Tramuntana Labs | marta@tramuntanalabs.example.com
From: Marta Puig <marta@tramuntanalabs.example.com>
Subject: Tramuntana Labs 👋
Date: 2026-10-06 11:25 +0200
Message-ID: <CAF9-marta-tramuntana-1@tramuntanalabs.example.com>

Hola Priya,

Soy Marta, Head of Design en Tramuntana Labs. Hemos visto tu candidatura para Product Designer y nos ha encantado tu portfolio, sobre todo la parte de research.

Nos gustaría conocerte! Te parece si hacemos una videollamada de unos 40 minutos la semana que viene? Yo tengo hueco el martes 13 por la mañana o el jueves 15 a partir de las 16h. Si te va mejor en persona, estamos en el 22@, al lado de Glòries.

Un saludo!
Marta

@@ interview_invitation/054_spanish_formal_convocatoria | es | Grupo Alba Hoteles | lucia.herrera@grupoalba.example.es
From: Lucía Herrera <lucia.herrera@grupoalba.example.es>
Subject: Convocatoria de entrevista – Diseñador/a UX
Date: 2026-10-16 09:47 +0200
%charset: iso-8859-1
%cte: quoted-printable

Estimada Sra. Nair:

En relación con su candidatura al puesto de Diseñador/a UX en el Departamento Digital de Grupo Alba Hoteles, nos complace convocarle a una entrevista personal, que tendrá lugar el próximo miércoles 21 de octubre a las 12:00 h en nuestras oficinas centrales (Paseo de Gràcia 88, 3ª planta, Barcelona).

La entrevista la realizarán D. Ignacio Vidal, Director Digital, y quien suscribe. Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Lucía Herrera
Técnica de Selección
Grupo Alba Hoteles
Tel. 93 555 48 20

@@ interview_invitation/055_spanish_ics_primera_entrevista | es | Estudio Pampa | diego@estudiopampa.example.es
From: Diego Ferraro <diego@estudiopampa.example.es>
Subject: Entrevista Estudio Pampa - Diseñador/a de servicios
Date: 2026-09-10 18:30 +0200
%ics: REQUEST
%ics-start: 2026-09-15 10:00 Europe/Madrid
%ics-min: 60
%ics-summary: Entrevista Priya Nair - Estudio Pampa
%ics-loc: Estudio Pampa, C/ Bailèn 45, Barcelona

Hola Priya,

Gracias por escribirnos. Nos gustaría que vinieras al estudio a conocer al equipo el martes 15 a las 10:00. Estaremos Laia (research), Pau (diseño) y yo. Te adjunto la invitación.

Si no te encaja el horario dime y lo movemos.

Abrazo,
Diego Ferraro
Director de Diseño | Estudio Pampa

@@ interview_reschedule_or_cancel/056_mobile_push_to_friday | en | Sproutly | dana@sproutly.example.com
From: Dana Whitfield <dana@sproutly.example.com>
Subject: Re: Quick chat?
Date: 2026-09-15 07:58 +0100
In-Reply-To: <CAF9-priya-sproutly-0908@mail.example.org>
References: <a81f.dana@sproutly.example.com> <CAF9-priya-sproutly-0908@mail.example.org>

Morning Priya, so sorry - something's come up with a board meeting today. Could we push our chat to Friday same time (10:00 UK)? If not I'll find another slot, just let me know. Apologies for the late notice!

D

Sent from my iPhone

> On 8 Sep 2026, at 21:12, Priya Nair <priya.nair@example.org> wrote:
>
> Hi Dana, thanks so much for reaching out! I've booked Tuesday 15th at 10:00
> via Calendly. Looking forward to it.

@@ interview_reschedule_or_cancel/057_goodtime_rescheduled_ics | en | Meridian Pay | recruiting.coordination@meridianpay.example.com
From: Meridian Pay Recruiting <recruiting.coordination@meridianpay.example.com>
Subject: Updated: Portfolio Review - Priya Nair (Senior Product Designer)
Date: 2026-09-23 12:15 +0200
%format: alt
%brand: #14213d|Meridian Pay
%ics: REQUEST
%ics-seq: 1
%ics-uid: gt-7731-meridianpay-portfolio@goodtime.io
%ics-start: 2026-09-30 15:00 Europe/Amsterdam
%ics-min: 60
%ics-summary: Portfolio Review - Priya Nair (Senior Product Designer)
%ics-loc: https://meet.google.com/qxe-pdna-rvt
%ics-prodid: -//GoodTime//Interview Scheduling//EN

Hi Priya,

Unfortunately Femke is out sick this week, so we've had to move your Portfolio Review.

Previous time: Thursday, 24 September, 14:00 - 15:00 CEST
New time: Wednesday, 30 September, 15:00 - 16:00 CEST

The Google Meet link stays the same. The updated calendar invitation is attached - please accept it so we know the new time works. If it doesn't, reply here and we'll sort something out.

Apologies for the change,
Sanne Vermeulen
Recruiting Coordinator, Meridian Pay

@@ interview_reschedule_or_cancel/058_outlook_canceled_ics | en | Clearwater Housing Trust | p.okonkwo@clearwaterhousing.example.org.uk
From: Patience Okonkwo <p.okonkwo@clearwaterhousing.example.org.uk>
Subject: Canceled: Interview - Digital Service Designer - Priya Nair
Date: 2026-10-19 08:12 +0100
Importance: high
%ics: CANCEL
%ics-seq: 1
%ics-uid: 040000008200E00074C5B7101A82E0080000000090C1FA3D9B3ADC01
%ics-start: 2026-10-20 13:30 Europe/London
%ics-min: 60
%ics-summary: Canceled: Interview - Digital Service Designer - Priya Nair
%ics-loc: Microsoft Teams Meeting
%ics-cte: base64

Dear Priya,

I am very sorry but due to unforeseen circumstances on the panel we need to cancel tomorrow's interview. I will be in touch later this week with a new date, and your application remains under consideration.

Apologies for the inconvenience.

Patience

@@ interview_reschedule_or_cancel/059_interviewer_sick_move | en | Halden Robotics | mira.schoenfeld@halden-robotics.example.de
From: Mira Schönfeld <mira.schoenfeld@halden-robotics.example.de>
Subject: Change of plans for Thursday
Date: 2026-10-06 18:40 +0200

Hi Priya,

bad news, unfortunately: Tobias and half the panel have come down with flu, so we can't do the onsite on Thursday 8 October as planned. I'm really sorry, especially as I know you've already booked the train from Amsterdam - we will of course cover any rebooking fees.

Could you do Tuesday 13 or Wednesday 14 October instead, same schedule (10:00-13:00)? As soon as you confirm I'll send a new invite and cancel the old one.

Best,
Mira

Mira Schönfeld
Talent Acquisition Lead · Halden Robotics GmbH

@@ interview_reschedule_or_cancel/060_agency_client_cancelled | en | Albion Rail | jake.pemberton@northstar-recruitment.example.co.uk
From: Jake Pemberton <jake.pemberton@northstar-recruitment.example.co.uk>
Subject: Tomorrow - change!!
Date: 2026-10-01 17:52 +0100

Hi Priya,

Just had Albion on the phone - Gareth has been pulled into an urgent meeting with the Department for Transport tomorrow so they've had to cancel your 2nd stage interview :( Really sorry for the short notice!!

They're super keen to rebook though, they're looking at early next week and I'll come back to you with new times by tomorrow lunchtime. Nothing to worry about at all!

Jake

Jake Pemberton
Principal Consultant | Northstar Recruitment
07700 900 127

@@ interview_reschedule_or_cancel/061_indian_english_postponed | en | Infoloom Technologies | shalini.r@infoloom.example.in.test
From: Shalini Raghavan <shalini.r@infoloom.example.in.test>
Subject: RE: Interview schedule - Technical round - UX Designer (Remote)
Date: 2026-10-16 18:02 +0530
In-Reply-To: <priya-infoloom-confirm-1014@mail.example.org>
References: <priya-infoloom-confirm-1014@mail.example.org>

Dear Priya,

Due to unavoidable circumstances at the panel's end, the technical round scheduled on 20th October at 11:00 AM CEST stands postponed to 22nd October 2026 (Thursday) at the same time.

Kindly revert with your confirmation for the revised slot. Inconvenience caused is regretted.

Thanks & Regards,
Shalini Raghavan
Senior Executive - Talent Acquisition
Infoloom Technologies Pvt. Ltd.

From: Priya Nair <priya.nair@example.org>
Sent: Wednesday, October 14, 2026 2:40 PM
To: Shalini Raghavan <shalini.r@infoloom.example.in.test>
Subject: Re: Interview schedule - Technical round - UX Designer (Remote)

Dear Shalini, thank you, I confirm my availability on 20 October at 11:00 CEST.
Best regards, Priya

@@ interview_reschedule_or_cancel/062_dutch_english_online_instead | en | Polderlight | marleen@polderlight.example.nl.test
From: Marleen de Wit <marleen@polderlight.example.nl.test>
Subject: Change appointment Thursday
Date: 2026-10-20 16:44 +0200

Dear Priya,

Because of the announced strike at the NS on Thursday, it is probably difficult to come to our office. Therefore we would like to change the appointment: the interview will be online via Teams, and we move it to 11.00 hour instead of 10.00 hour, because Joost has an other meeting before.

I will send you a new invitation with the link. I hope this is okay for you, otherwise please let me know.

With kind regards,

Marleen de Wit
HR advisor
Polderlight B.V.

@@ interview_reschedule_or_cancel/063_panel_cancelled_new_invite_soon | en | Fieldnote | anouk@fieldnote.example.com
From: Anouk Visser <anouk@fieldnote.example.com>
Subject: Thursday's panel
Date: 2026-09-30 20:07 +0200

Hi Priya,

Really sorry to do this, but I need to cancel Thursday's panel interview. Kaveh had to fly out to a client this morning and won't be back until next week, and we don't want you to do the deep dive without him.

I'll send you a new invite for next week as soon as I have his calendar. Again, apologies!

Anouk
People Lead @ Fieldnote

@@ interview_reschedule_or_cancel/064_ashby_interview_updated | en | Parcel | ines@parcel.example.com
From: Parcel <no-reply@ashbyhq.com>
Reply-To: ines@parcel.example.com
Subject: Updated invitation: Intro call - Parcel (Priya Nair)
Date: 2026-10-26 11:31 +0000
%format: alt
%brand: #111827|Parcel
%ics: REQUEST
%ics-seq: 2
%ics-uid: ashby-intro-9f2e1c@parcel.example.com
%ics-start: 2026-10-29 16:30 Europe/Amsterdam
%ics-min: 30
%ics-summary: Intro call - Parcel (Priya Nair)
%ics-loc: https://meet.google.com/wcz-uhke-kpa
%ics-org: ines@parcel.example.com
%ics-orgname: Ines Albrecht
%ics-prodid: -//Ashby//Scheduling//EN

Hi Priya,

Your interview has been rescheduled.

Intro call with Ines Albrecht
New time: Thursday, October 29, 2026 · 4:30 PM - 5:00 PM (CET)
Previously: Tuesday, October 27, 2026 · 2:00 PM - 2:30 PM (CET)

Google Meet: https://meet.google.com/wcz-uhke-kpa

Need to make a change? Reply to this email.

Powered by Ashby

@@ interview_reschedule_or_cancel/065_german_terminverschiebung | de | Stadtwerke Neuhain | anja.roth@stadtwerke-neuhain.example.de
From: Anja Roth <anja.roth@stadtwerke-neuhain.example.de>
Subject: Terminverschiebung Vorstellungsgespräch am 15.10.2026
Date: 2026-10-12 13:20 +0200
%charset: iso-8859-1
%cte: quoted-printable

Sehr geehrte Frau Nair,

leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch am Donnerstag, 15.10.2026, 09:30 Uhr, aus organisatorischen Gründen verschieben.

Wir können Ihnen als Ersatztermin Montag, 19.10.2026, 14:00 Uhr am gleichen Ort anbieten. Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag

Anja Roth
Personalabteilung
Stadtwerke Neuhain GmbH
Tel. 05551 555-214

@@ interview_reschedule_or_cancel/066_german_casual_schieben | de | Grünfeld Logistik | tanja.wolff@gruenfeld-logistik.example.de
From: Tanja Wolff <tanja.wolff@gruenfeld-logistik.example.de>
Subject: AW: Video-Interview Donnerstag
Date: 2026-10-27 08:33 +0100
In-Reply-To: <priya-gruenfeld-booking@mail.example.org>
References: <priya-gruenfeld-booking@mail.example.org>

Hallo Frau Nair,

kurze Frage: Unser Teamlead Design, Herr Ahrens, ist am Donnerstag leider kurzfristig auf einer Messe. Könnten wir das Gespräch auf Mittwoch, 4.11., 11 Uhr schieben? Der Teams-Link bleibt gleich.

Sorry für das Hin und Her!

Viele Grüße
Tanja Wolff
Recruiting | Grünfeld Logistik GmbH

-----Ursprüngliche Nachricht-----
Von: Priya Nair <priya.nair@example.org>
Gesendet: Dienstag, 20. Oktober 2026 19:02
An: Tanja Wolff <tanja.wolff@gruenfeld-logistik.example.de>
Betreff: Video-Interview Donnerstag

Hallo Frau Wolff, ich habe den Termin am Donnerstag, 29.10., 10 Uhr gebucht. Viele Grüße, Priya Nair

@@ interview_reschedule_or_cancel/067_french_report_entretien | fr | Banque Cassiopée | julien.marchand@banque-cassiopee.example.fr
From: Julien Marchand <julien.marchand@banque-cassiopee.example.fr>
Subject: Report de notre entretien
Date: 2026-10-14 09:20 +0200
%format: alt

Bonjour Priya,

Je suis désolé, je dois malheureusement reporter notre entretien prévu demain jeudi à 11h, suite à un comité de direction qui vient d'être déplacé.

Pourriez-vous me proposer deux ou trois créneaux la semaine prochaine ? Je suis assez disponible mardi et mercredi après-midi.

Merci de votre compréhension et à très vite,

Julien Marchand
Lead UX – Banque au quotidien
Banque Cassiopée
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.

@@ interview_reschedule_or_cancel/068_french_annule_ics | fr | Maison Oriel | c.duboisfontaine@maison-oriel.example.fr
From: Claire Dubois-Fontaine <c.duboisfontaine@maison-oriel.example.fr>
Subject: =?UTF-8?Q?Annul=C3=A9_=3A_Entretien_Priya_Nair_=2F_Mathilde_Garnier?=
Date: 2026-10-22 17:03 +0200
%ics: CANCEL
%ics-seq: 1
%ics-start: 2026-10-23 15:00 Europe/Paris
%ics-min: 60
%ics-summary: Annulé : Entretien Priya Nair / Mathilde Garnier
%ics-loc: Maison Oriel - 12 rue du Faubourg Saint-Honoré, salle Vendôme

Bonjour Madame Nair,

Mathilde Garnier étant retenue par un déplacement imprévu à Milan, nous sommes contraints d'annuler l'entretien prévu demain à 15h. Nous revenons vers vous très rapidement avec une nouvelle proposition de date.

Avec nos excuses,

Claire Dubois-Fontaine
Responsable Talents – Maison Oriel

@@ interview_reschedule_or_cancel/069_spanish_cambio_hora | es | Grupo Alba Hoteles | lucia.herrera@grupoalba.example.es
From: Lucía Herrera <lucia.herrera@grupoalba.example.es>
Subject: RE: Convocatoria de entrevista – Diseñador/a UX
Date: 2026-10-19 10:05 +0200
In-Reply-To: <priya-alba-confirmo@mail.example.org>
References: <priya-alba-confirmo@mail.example.org>
X-Mailer: Microsoft Outlook 16.0

Estimada Sra. Nair:

Le escribo para informarle de un cambio en la hora de su entrevista del miércoles 21 de octubre: por motivos de agenda del Director Digital, la entrevista pasa de las 12:00 h a las 16:30 h, en el mismo lugar.

Le agradecería que nos confirmara si le viene bien el nuevo horario.

Disculpe las molestias.

Atentamente,
Lucía Herrera
Técnica de Selección – Grupo Alba Hoteles

De: Priya Nair <priya.nair@example.org>
Enviado: viernes, 16 de octubre de 2026 14:10
Para: Lucía Herrera
Asunto: Re: Convocatoria de entrevista – Diseñador/a UX

Estimada Lucía, le confirmo mi asistencia el miércoles 21 a las 12:00. Un saludo, Priya Nair

@@ interview_reschedule_or_cancel/070_spanish_aplazar | es | Tramuntana Labs | marta@tramuntanalabs.example.com
From: Marta Puig <marta@tramuntanalabs.example.com>
Subject: Re: Tramuntana Labs 👋
Date: 2026-10-12 22:47 +0200
In-Reply-To: <CAF9-priya-tramuntana-1@mail.example.org>
References: <CAF9-marta-tramuntana-1@tramuntanalabs.example.com> <CAF9-priya-tramuntana-1@mail.example.org>

Holaa Priya, mil perdones pero tenemos que aplazar la videollamada de mañana martes, me ha surgido un viaje a Valencia con un cliente 🙈

Te va bien el jueves 15 a las 17h? Si no, dime qué te cuadra la semana que viene.

Gracias por la paciencia!
Marta

> El 6 oct 2026, a las 14:02, Priya Nair <priya.nair@example.org> escribió:
> ¡Hola Marta! Muchas gracias. El martes 13 a las 10h me va perfecto.
> Priya

@@ missed_interview_notice/071_tried_calling_scheduled_time | en | Aldgate Insurance | helen.marsh@aldgate-insurance.example.co.uk
From: Helen Marsh <helen.marsh@aldgate-insurance.example.co.uk>
Subject: Telephone interview this morning
Date: 2026-10-12 10:24 +0100

Dear Priya,

I tried calling you at the scheduled time this morning (10:00) for your telephone interview for the UX Designer role, and again at 10:10, but there was no answer, so I left a voicemail.

If there was a problem with the number or something came up, please let me know and we can see whether it is possible to find another slot this week.

Kind regards,
Helen Marsh
Digital Design Manager
Aldgate Insurance
20 Aldgate High Street, London EC3N 1AH

Aldgate Insurance plc is authorised and regulated by the Financial Conduct Authority. This email is confidential and may be privileged.

@@ missed_interview_notice/072_did_not_join_teams | en | Brightline Clinics | recruitment@brightlineclinics.example.com
From: Brightline Clinics Recruitment <recruitment@brightlineclinics.example.com>
Subject: Your interview today - UX Designer
Date: 2026-11-05 15:48 +0000
%format: alt
%brand: #0e7490|Brightline Clinics

Dear Priya,

We were expecting you at 15:00 today for your interview for the UX Designer (Patient Booking) position, but unfortunately you did not join the Microsoft Teams meeting. Our panel waited for 15 minutes before closing the session.

We appreciate that things can go wrong with technology. If you are still interested in the role, please reply to this email within 48 hours and we will try to arrange an alternative time.

Kind regards,

Joanna Pike
Recruitment Officer
Brightline Clinics

@@ missed_interview_notice/073_hiring_manager_zoom_everything_ok | en | Sproutly | dana@sproutly.example.com
From: Dana Whitfield <dana@sproutly.example.com>
Subject: you ok?
Date: 2026-09-25 10:19 +0100

Hey Priya - I'm on the zoom for our 10am but don't see you, everything ok? I'll hang around for another 10 mins. If today's not great anymore no worries, just let me know and we'll find another time.

Dana

Sent from my iPhone

@@ missed_interview_notice/074_agency_client_waited | en | Albion Rail | jake.pemberton@northstar-recruitment.example.co.uk
From: Jake Pemberton <jake.pemberton@northstar-recruitment.example.co.uk>
Subject: Where were you?? Albion interview
Date: 2026-10-07 14:41 +0100

Hi Priya,

Just had Gareth from Albion on the phone - they were all set up for your rescheduled 2nd stage at 2pm and you didn't show?? They waited 15 minutes and tried your mobile.

Is everything ok?? Please give me a call as soon as you get this so I can try and smooth things over with them, they were really keen on you so hopefully we can salvage this!!

Jake
07700 900 127

@@ missed_interview_notice/075_indian_english_not_available | en | Infoloom Technologies | shalini.r@infoloom.example.in.test
From: Shalini Raghavan <shalini.r@infoloom.example.in.test>
Subject: Technical round - not attended
Date: 2026-10-22 15:55 +0530

Dear Priya,

This is to inform you that you were not available for the scheduled technical discussion today at 11:00 AM CEST with Mr. Arvind Kulkarni. The panel waited on the Teams call for 20 minutes.

Kindly let us know the reason and your availability for a revised slot, if you wish to continue with the process. Do revert by EOD tomorrow.

Thanks & Regards,
Shalini Raghavan
Senior Executive - Talent Acquisition
Infoloom Technologies Pvt. Ltd.

@@ missed_interview_notice/076_we_missed_you_coordinator | en | Meridian Pay | sanne.vermeulen@meridianpay.example.com
From: Sanne Vermeulen <sanne.vermeulen@meridianpay.example.com>
Subject: We missed you today
Date: 2026-09-30 16:20 +0200

Hi Priya,

Femke and Rahul were in the Google Meet for your Portfolio Review at 15:00 today but it looks like you weren't able to make it. I hope everything is alright!

If you'd still like to interview, reply to this email and I'll check whether we can find another slot next week - I can't promise the same panel though.

Best,
Sanne
Recruiting Coordinator, Meridian Pay

@@ missed_interview_notice/077_german_nicht_im_call | de | Stadtwerke Neuhain | anja.roth@stadtwerke-neuhain.example.de
From: Anja Roth <anja.roth@stadtwerke-neuhain.example.de>
Subject: Ihr Vorstellungsgespräch am 19.10.2026
Date: 2026-10-19 15:02 +0200
%charset: iso-8859-1
%cte: quoted-printable

Sehr geehrte Frau Nair,

leider sind Sie heute um 14:00 Uhr nicht zu dem vereinbarten Vorstellungsgespräch erschienen. Herr Dr. Pohl und der Personalrat haben bis 14:20 Uhr auf Sie gewartet, telefonisch konnten wir Sie ebenfalls nicht erreichen.

Sollten Sie weiterhin Interesse an der Stelle haben, bitten wir Sie, sich bis Mittwoch bei uns zu melden.

Mit freundlichen Grüßen
Im Auftrag
Anja Roth
Personalabteilung
Stadtwerke Neuhain GmbH

@@ missed_interview_notice/078_german_casual_vermisst | de | Kiezkind | jonas@kiezkind.example.com
From: Jonas Meier <jonas@kiezkind.example.com>
Subject: Alles ok bei dir?
Date: 2026-10-07 16:12 +0200

Hi Priya,

Lena und ich saßen um 15:30 im Meet, aber du warst nicht da – wir haben dich heute vermisst! Hoffe, es ist nichts Schlimmes passiert.

Sag einfach Bescheid, ob du noch Lust hast, dann suchen wir uns einen neuen Termin.

Grüße
Jonas

Von meinem iPhone gesendet

@@ missed_interview_notice/079_french_pas_vue | fr | Atelier Nuage | hugo@ateliernuage.example.fr
From: Hugo Lemaire <hugo@ateliernuage.example.fr>
Subject: Notre call de 17h
Date: 2026-10-23 17:25 +0200

Hello Priya,

Je t'ai attendue sur le Google Meet à 17h pour notre call mais je ne t'ai pas vue. Pas de souci, ça arrive ! Est-ce que tu veux qu'on reprogramme ? Mardi 27 en fin de journée je suis dispo.

Hugo

@@ missed_interview_notice/080_spanish_no_te_conectaste | es | Clínica Nova | rrhh@clinicanova.example.es
From: =?UTF-8?Q?Cl=C3=ADnica_Nova_-_RRHH?= <rrhh@clinicanova.example.es>
Subject: Entrevista de hoy
Date: 2026-11-10 12:42 +0100

Hola Priya,

Te esperábamos hoy a las 12:00 para la entrevista del puesto de Diseñadora UX para nuestra app de citas, pero no te conectaste a la videollamada. Te llamamos al móvil y tampoco pudimos localizarte.

Si sigues interesada, respóndenos a este correo y vemos si podemos buscar otro hueco esta semana.

Un saludo,
Nerea Castillo
Recursos Humanos – Clínica Nova
Av. Diagonal 512, Barcelona

@@ application_received/081_greenhouse_thanks_for_applying | en | Tessellate |
From: Tessellate <no-reply@us.greenhouse-mail.io>
Subject: Thank you for applying to Tessellate
Date: 2026-09-09 14:22 +0000
%format: alt
%brand: #5b3df5|Tessellate

Hi Priya,

Thanks for applying for the Product Designer, Growth role at Tessellate! Your application has been received and our team will review it soon.

If your experience is a good match for the role, someone from our team will reach out to discuss next steps. In the meantime, feel free to learn more about how we work on our blog.

Thanks again,
Tessellate Recruiting

This inbox is not monitored. Powered by Greenhouse.

@@ application_received/082_workday_application_received_odd | en | Vantor Group |
From: Vantor Group <vantor@myworkday.com>
Subject: Thank you for applying: R-004417 Lead Product Designer
Date: 2026-09-17 22:48 +0000
%format: html

<html><body><div style="font-family: Arial; font-size: 10pt">
<p>Dear Priya Nair ,</p>
<p>Thank you for your interest in <b>Vantor Group</b> ! We have received your application for <b>R-004417 Lead Product Designer (Open) </b>.</p>
<p>Our Talent Acquisition team will review your qualifications&nbsp;&nbsp;and if there is a match, a member of the team will contact you regarding next steps .</p>
<p>You can check the status of your application at any time by signing in to your&nbsp;<a href="https://vantor.wd5.myworkday.com/vantorcareers/userHome">Candidate Home</a>&nbsp;account.</p>
<p>&nbsp;</p>
<p>Kind Regards,<br/>Vantor Group Talent Acquisition</p>
<p style="font-size:8pt;color:#777">Vantor Group is an Equal Opportunity Employer. Please do not reply to this message.</p>
</div></body></html>

@@ application_received/083_lever_volume_no_individual | en | Orbital Freight |
From: Orbital Freight <no-reply@hire.lever.co>
Subject: Thanks for your application to Orbital Freight
Date: 2026-09-19 09:05 +0000
%format: alt
%brand: #ff6a13|Orbital Freight

Hi Priya,

Thanks for your interest in Orbital Freight and for applying to the Product Designer (Shipper Experience) position. We're excited to review your application.

Due to the high volume of applications we receive, we unfortunately cannot respond to every applicant individually. If your background is a fit for the role, our team will be in touch within the next two weeks.

In the meantime, check out our engineering and design blog: https://orbitalfreight.example.com/blog

The Orbital Freight Team

@@ application_received/084_smartrecruiters_confirmation | en | Cityline Hotels |
From: Cityline Hotels <noreply@smartrecruiters.com>
Subject: Confirmation of your application - Guest Experience Designer
Date: 2026-09-04 13:37 +0000
%format: alt
%brand: #b8860b|Cityline Hotels

Dear Priya,

Thank you for your application for the Guest Experience Designer position at Cityline Hotels Amsterdam. We confirm that we have received your application.

Our recruitment team will carefully review your profile. We aim to get back to all candidates within 3 weeks.

Warm regards,
Cityline Hotels People & Culture

@@ application_received/085_icims_no_individual_feedback | en | Aldgate Insurance |
From: Aldgate Insurance Careers <aldgate-careers@talent.icims.com>
Subject: Aldgate Insurance: Application Received
Date: 2026-09-26 18:03 +0000
%format: html
%brand: #3b2a78|Aldgate Insurance

Dear Priya,

Thank you for applying for the UX Designer (Hybrid - Manchester) position (Job ID 2026-10293) at Aldgate Insurance.

We have received your application and a member of our Talent Acquisition team will review it shortly. Should your skills and experience match our requirements, we will contact you to discuss the next steps.

Please note that unfortunately we are unable to provide individual feedback at this stage of the process.

Thank you again for your interest in Aldgate Insurance.

Aldgate Insurance Talent Acquisition
Please do not reply to this email. Replies to this message are not monitored.

@@ application_received/086_ashby_received | en | Parcel |
From: Parcel <no-reply@ashbyhq.com>
Subject: Thanks for applying to Parcel!
Date: 2026-10-19 20:14 +0000

Hi Priya,

Thanks for applying to the Senior Product Designer role at Parcel. We've received your application and we'll get back to you as soon as we can.

Our team reads every application, and we aim to respond within 10 working days.

Best,
The Parcel Team

@@ application_received/087_teamtailor_received | en | Lumen Dental Group | talent@lumendental.example.com
From: Lumen Dental Group <talent@lumendental.example.com>
Subject: =?UTF-8?Q?We=E2=80=99ve_received_your_application!?=
Date: 2026-10-08 11:02 +0200
%format: html
%brand: #1c64f2|Lumen Dental Group

Hi Priya,

Thank you for applying for the UX Designer – Patient App position at Lumen Dental Group! We're so glad you're interested in joining us.

We'll review your application and get back to you as soon as possible. If you have questions in the meantime, just reply to this email.

Warm regards,
The Lumen Dental Group Talent Team

Sent with Teamtailor · https://lumendental.teamtailor.com

@@ application_received/088_council_submitted | en | Irwell Valley Council |
From: Irwell Valley Council <noreply@jobs.irwellvalley.gov.example>
Subject: Application submitted: IVC/DS/0931 Service Designer
Date: 2026-10-25 23:11 +0000

Dear Priya Nair

Thank you for submitting your application for the post of Service Designer (Digital Services), ref IVC/DS/0931.

The closing date for this vacancy is 1 November 2026. Shortlisting will take place after the closing date. If you are shortlisted for interview you will be contacted by email. Due to the large number of applications received, we are unable to contact candidates who are not shortlisted; if you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

Your application reference number is 0931-55817.

Irwell Valley Council HR Resourcing
This is an automated message. Please do not reply.

@@ application_received/089_small_company_human_ack | en | Harbourline Studio | tom.okafor@harbourline.example.com
From: Tom Okafor <tom.okafor@harbourline.example.com>
Subject: Re: Senior Product Designer application
Date: 2026-09-16 12:59 +0100
In-Reply-To: <CAF9-priya-harbourline-app@mail.example.org>
References: <CAF9-priya-harbourline-app@mail.example.org>

Hi Priya, thanks - got it. We're a bit swamped with a launch this week so I'll have a proper look at your portfolio early next week and come back to you.

Tom

On Tue, 15 Sep 2026 at 21:40, Priya Nair <priya.nair@example.org> wrote:
> Hi Tom,
> I'm applying for the Senior Product Designer role you posted on LinkedIn.
> CV and portfolio attached. Best, Priya

@@ application_received/090_indian_english_acknowledge_receipt | en | Infoloom Technologies | careers@infoloom.example.in.test
From: Infoloom Careers <careers@infoloom.example.in.test>
Subject: Acknowledgement - Application for UX Designer (Remote - EMEA)
Date: 2026-10-03 10:15 +0530

Dear Candidate,

We acknowledge the receipt of your profile for the position of UX Designer (Remote - EMEA). Our Talent Acquisition team shall go through the same and get in touch with you in case your profile matches the requirement.

Kindly note that only shortlisted candidates will be contacted. Request you not to send multiple applications for the same position.

Thanks & Regards,
Talent Acquisition Team
Infoloom Technologies Pvt. Ltd.

@@ application_received/091_taleo_odd_formatting | en | Hartwell Pharma |
From: Hartwell Pharma Careers <hartwell@taleo.net>
Subject: Hartwell Pharma - Job Submission Confirmation - UX Lead, Clinical Trials Apps (Req ID: 260391)
Date: 2026-10-11 04:30 +0000
%charset: windows-1252
%cte: quoted-printable

 
Dear Priya Nair,
 
Thank you for submitting your application for the position of UX Lead, Clinical Trials Apps  (260391 ) at Hartwell Pharma.
 
Your submission is complete and has been forwarded to the hiring team. If your qualifications match the needs of this role, a member of our recruiting team will contact you. 
 
You may review the status of your application at any time by accessing the “My Submissions” section of the Career Section .
 
Best regards,
 
Hartwell Pharma Talent Acquisition
 
****************************************************************************
This message was sent by an automated system. Please do not reply to this e-mail.
****************************************************************************

@@ application_received/092_recruitee_received | en | Fieldnote | anouk@fieldnote.example.com
From: Fieldnote <jobs@fieldnote.recruitee.com>
Reply-To: Anouk Visser <anouk@fieldnote.example.com>
Subject: We've received your application - UX Researcher
Date: 2026-09-11 08:42 +0200
%format: alt
%brand: #222222|Fieldnote

Hi Priya,

Thanks for applying to be our next UX Researcher! 🎉

We're a small team, so every application is read by a human (usually me). You'll hear from us within two weeks either way.

Anouk
People Lead @ Fieldnote

@@ application_received/093_german_personio_eingang | de | Hallberg Maschinenbau |
From: Hallberg Maschinenbau GmbH <no-reply@hallberg-maschinenbau.jobs.personio.de>
Subject: Eingangsbestätigung Ihrer Bewerbung
Date: 2026-09-21 10:11 +0200
%format: alt
%brand: #1f3b5a|Hallberg Maschinenbau

Sehr geehrte Frau Nair,

vielen Dank für Ihre Bewerbung als UX Designer (m/w/d) und Ihr Interesse an der Hallberg Maschinenbau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Personalteam der Hallberg Maschinenbau GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

@@ application_received/094_german_successfactors_vielzahl | de | Vogt Versicherung |
From: Vogt Versicherung <noreply@successfactors.eu>
Subject: Vielen Dank für Ihre Bewerbung – UX Researcher (w/m/d)
Date: 2026-09-08 07:40 +0200
%charset: windows-1252
%cte: quoted-printable

Sehr geehrte Frau Nair,

vielen Dank für Ihre Bewerbung als UX Researcher (w/m/d) bei der Vogt Versicherung AG. Ihre Unterlagen sind bei uns eingegangen.

Aufgrund der Vielzahl von Bewerbungen bitten wir um etwas Geduld. Leider ist es uns nicht möglich, Ihnen zum jetzigen Zeitpunkt eine individuelle Rückmeldung zu geben; wir melden uns, sobald die Sichtung abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vogt Versicherung AG

@@ application_received/095_german_join_du_eingegangen | de | Kiezkind |
From: Kiezkind via JOIN <noreply@join.com>
Subject: Deine Bewerbung bei Kiezkind ist eingegangen
Date: 2026-09-28 21:33 +0200
%format: html
%brand: #ff5a5f|Kiezkind

Hi Priya,

super, deine Bewerbung als Product Designer (m/w/d) bei Kiezkind ist angekommen! 🙌

Das Team schaut sich deine Unterlagen in den nächsten Tagen an und meldet sich dann bei dir.

Viel Erfolg!
Dein JOIN-Team im Auftrag von Kiezkind

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast. https://join.com/privacy

@@ application_received/096_french_accuse_reception | fr | Groupe Hospitalier Saint-Aubin |
From: =?UTF-8?Q?Groupe_Hospitalier_Saint-Aubin?= <ne-pas-repondre@gh-saintaubin.example.fr>
Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_votre_candidature?=
Date: 2026-09-14 16:50 +0200
%charset: iso-8859-1
%cte: quoted-printable

Madame,

Nous accusons réception de votre candidature pour le poste de Designer de services (CDD 12 mois) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier va être étudié avec la plus grande attention par la Direction de l'Expérience Patient. En raison du nombre important de candidatures, seules les personnes dont le profil aura été retenu seront contactées.

Ce message est généré automatiquement, merci de ne pas y répondre.

Direction des Ressources Humaines
Groupe Hospitalier Saint-Aubin

@@ application_received/097_french_wttj_style | fr | Atelier Nuage |
From: Atelier Nuage <no-reply@welcometothejungle.example.com>
Subject: Atelier Nuage a bien reçu votre candidature
Date: 2026-10-16 10:20 +0200
%format: html
%brand: #ffcd00|Welcome to the Jungle

Bonjour Priya,

Votre candidature pour le poste Product Designer (H/F) chez Atelier Nuage a bien été envoyée !

L'équipe de recrutement d'Atelier Nuage va l'étudier avec attention. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Bonne chance !
L'équipe Welcome to the Jungle

@@ application_received/098_spanish_hemos_recibido | es | Tramuntana Labs |
From: Tramuntana Labs <no-reply@tramuntanalabs.factorialhr.example.com>
Subject: Hemos recibido tu candidatura ✔
Date: 2026-10-01 18:45 +0200
%format: alt
%brand: #2563eb|Tramuntana Labs

¡Hola Priya!

Gracias por tu interés en Tramuntana Labs. Hemos recibido tu candidatura para Product Designer y la revisaremos con cariño en los próximos días.

Debido al gran volumen de candidaturas no siempre podemos responder a todo el mundo de forma individual, pero si tu perfil encaja te escribiremos pronto.

El equipo de Tramuntana Labs

@@ application_received/099_spanish_infojobs_registrada | es | Caixa Levante |
From: InfoEmpleo Alertas <notificaciones@infoempleo-mail.example.es>
Subject: Tu candidatura a "UX Researcher" en Caixa Levante ha sido registrada
Date: 2026-09-12 09:02 +0200
%format: html
%brand: #167db7|InfoEmpleo

Hola Priya,

Tu candidatura a la oferta UX Researcher de Caixa Levante (Valencia / Remoto) se ha registrado correctamente.

La empresa ya puede ver tu CV. Te avisaremos por email cuando cambie el estado de tu candidatura: CV leído, en proceso o descartado.

Ver el estado de mi candidatura: https://www.infoempleo.example.es/candidato/mis-candidaturas

Mucha suerte,
El equipo de InfoEmpleo

@@ application_received/100_spanish_formal_acusamos_recibo | es | Grupo Alba Hoteles | seleccion@grupoalba.example.es
From: Grupo Alba Hoteles - Selección <seleccion@grupoalba.example.es>
Subject: Acuse de recibo – Candidatura Diseñador/a UX
Date: 2026-10-02 12:30 +0200
%charset: iso-8859-1
%cte: 8bit

Estimada Sra. Nair:

Acusamos recibo de su candidatura para el puesto de Diseñador/a UX en el Departamento Digital de Grupo Alba Hoteles. Le agradecemos la confianza depositada en nuestra compañía.

Su candidatura será analizada por el equipo de Selección. Lamentablemente, no nos es posible dar una respuesta individualizada a cada candidato en esta fase; en caso de que su perfil se ajuste a nuestras necesidades, nos pondremos en contacto con usted.

Reciba un cordial saludo,

Departamento de Personas
Grupo Alba Hoteles

@@ offer/101_verbal_offer_follow_up | en | Meridian Pay | femke.dejong@meridianpay.example.com
From: Femke de Jong <femke.dejong@meridianpay.example.com>
Subject: Following our call
Date: 2026-11-12 17:44 +0100
Cc: Sanne Vermeulen <sanne.vermeulen@meridianpay.example.com>

Hi Priya,

Thanks for taking my call this afternoon - I'm genuinely thrilled. As promised, a quick written summary of what we discussed:

- Role: Senior Product Designer, Merchant Onboarding
- Base salary: EUR 78,000 gross per year + 8% holiday allowance
- Equity: 2,400 options, 4-year vesting with 1-year cliff
- Start date: 1 January 2027 (flexible)
- Hybrid, 2 days a week in our Amsterdam office

Sanne will send the formal offer letter and contract via DocuSign tomorrow. Take the time you need to review it, and don't hesitate to call me if you have questions.

Really hope you'll join us!

Femke
Design Lead, Meridian Pay

@@ offer/102_offer_letter_attached | en | Fieldnote | anouk@fieldnote.example.com
From: Anouk Visser <anouk@fieldnote.example.com>
Subject: Your offer from Fieldnote 🎉
Date: 2026-10-22 11:15 +0200
%format: alt
%brand: #222222|Fieldnote
%attach: Fieldnote_Offer_Letter_Priya_Nair.pdf

Hi Priya,

On behalf of the whole team: we are delighted to offer you the position of UX Researcher at Fieldnote!

Please find your offer letter attached. It includes your salary (EUR 64,000 per year), your start date (1 December 2026, or a date that works for you), and a summary of benefits, including the 30-day relocation support we discussed.

The offer is valid until 30 October. If you have any questions or would like to discuss anything, let's set up a call - Kaveh would also love to talk you through the first 90 days.

We really hope you'll say yes!

Anouk
People Lead @ Fieldnote

@@ offer/103_conditional_offer_public_sector | en | Clearwater Housing Trust | p.okonkwo@clearwaterhousing.example.org.uk
From: Patience Okonkwo <p.okonkwo@clearwaterhousing.example.org.uk>
Subject: Conditional offer of employment - Digital Service Designer
Date: 2026-11-16 14:05 +0000
%attach: Conditional_Offer_Letter_CHT-DSD-0141.pdf

Dear Priya,

Further to your interview on 3 November, I am delighted to offer you the position of Digital Service Designer at Clearwater Housing Trust on a salary of £44,612 per annum (Band 6, point 3).

This offer is conditional upon:
- receipt of two satisfactory references, one of which must be from your current or most recent employer;
- verification of your right to work in the UK;
- a satisfactory basic DBS check.

Please find the conditional offer letter attached. I would be grateful if you could confirm your acceptance in writing by Friday 20 November and complete the referee form on the portal.

Congratulations, and we look forward to welcoming you to the Trust.

Kind regards

Patience Okonkwo
HR Business Partner
Clearwater Housing Trust

@@ offer/104_contract_to_sign | en | Halden Robotics | mira.schoenfeld@halden-robotics.example.de
From: Mira Schönfeld <mira.schoenfeld@halden-robotics.example.de>
Subject: Your contract - Halden Robotics
Date: 2026-10-27 12:30 +0100
%format: alt
%attach: Arbeitsvertrag_Halden_Robotics_Nair.pdf

Hi Priya,

I'm very happy to send you your employment contract for the Senior Product Designer position, following the verbal offer Jan made on Friday. Everything we agreed is in there: EUR 82,000 annual salary, 30 days vacation, relocation package and the Deutschlandticket.

The contract is in German with an English convenience translation (attached as one PDF). Please sign both pages marked with a yellow tab and send us a scan, or sign via the DocuSign envelope you'll receive separately.

If you'd like our lawyer to walk you through any clause, just say.

Welcome aboard (almost)!
Mira

Mira Schönfeld
Talent Acquisition Lead · Halden Robotics GmbH

@@ offer/105_agency_great_news_offer | en | Albion Rail | jake.pemberton@northstar-recruitment.example.co.uk
From: Jake Pemberton <jake.pemberton@northstar-recruitment.example.co.uk>
Subject: !!!! OFFER !!!!
Date: 2026-10-16 16:22 +0100

PRIYA!!!

I've just come off the phone with Albion Rail and they want to OFFER you the Service Designer role!!! So glad we managed to get that interview rebooked!

Details: £52,000 base, 10% bonus, hybrid 2 days in Piccadilly, start date flexible but they'd love early January. They'll send the formal offer letter through HR early next week.

Give me a ring when you can so we can talk it through!! Absolutely buzzing for you!!

Jake

Jake Pemberton
Principal Consultant | Northstar Recruitment
07700 900 127

@@ offer/106_dutch_english_happy_to_offer | en | Dijkstra Mobility | e.bakker@dijkstramobility.example.nl.test
From: Esther Bakker <e.bakker@dijkstramobility.example.nl.test>
Subject: Offer Product Designer Dijkstra Mobility
Date: 2026-11-18 10:02 +0100
%attach: Aanbiedingsbrief_Priya_Nair.pdf

Dear Priya,

After the good conversations with the team we are happy to offer you the function of Product Designer at Dijkstra Mobility. In the attachment you find the offer letter with the conditions: a salary of EUR 5,250 gross per month based on 40 hours, 8% holiday money, a thirteenth month and a contract for one year with the intention to convert it to indefinite.

We would like to receive your reaction before 25 November. If you have questions, you can always call me.

We hope you say yes!

Met vriendelijke groet / Kind regards,
Esther Bakker
HR Manager
Dijkstra Mobility B.V. | Stationsplein 45 | Amsterdam
06 55509 877

@@ offer/107_german_vertragsangebot | de | Grünfeld Logistik | tanja.wolff@gruenfeld-logistik.example.de
From: Tanja Wolff <tanja.wolff@gruenfeld-logistik.example.de>
Subject: Vertragsangebot Product Designer (m/w/d)
Date: 2026-11-17 15:40 +0100
%attach: Vertragsangebot_Nair.pdf
%cte: quoted-printable

Hallo Frau Nair,

wie heute Vormittag telefonisch mit Herrn Ahrens besprochen, freuen wir uns sehr, Ihnen die Position als Product Designer (m/w/d) für unsere Fahrer-App anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot mit den besprochenen Konditionen (72.000 € Bruttojahresgehalt, 30 Urlaubstage, Start zum 01.02.2027, 3 Tage Homeoffice pro Woche).

Wir würden uns freuen, wenn Sie uns bis zum 27.11.2026 eine Rückmeldung geben. Bei Fragen melden Sie sich jederzeit gerne.

Viele Grüße
Tanja Wolff
Recruiting | Grünfeld Logistik GmbH
Tel. +49 40 5558 1120

@@ offer/108_german_casual_an_bord | de | Spreeblick Mobility | felix@spreeblick.example.de
From: Felix Hartmann <felix@spreeblick.example.de>
Subject: Wir wollen dich! 🚲
Date: 2026-11-19 18:55 +0100

Hi Priya,

nach dem Gespräch heute mit Anna und mir sind wir uns einig: Wir würden dich sehr gern an Bord holen als Senior UX Designerin für die neue Sharing-App!

Wie besprochen: 75k fix, 30 Urlaubstage, BVG-Ticket, Remote-Anteil so wie du magst. Unsere People-Abteilung schickt dir morgen das offizielle Angebot und den Vertrag zum Unterschreiben.

Freu mich riesig, falls du zusagst. Meld dich gern jederzeit, wenn du noch Fragen hast!

Felix
Head of Product · Spreeblick Mobility

@@ offer/109_french_promesse_embauche | fr | Banque Cassiopée | julien.marchand@banque-cassiopee.example.fr
From: Julien Marchand <julien.marchand@banque-cassiopee.example.fr>
Subject: =?UTF-8?Q?Proposition_d=E2=80=99embauche_=E2=80=93_UX_Designer_Senior?=
Date: 2026-11-13 16:30 +0100
%format: alt
%attach: Promesse_embauche_P_Nair.pdf

Bonjour Priya,

Suite à nos différents échanges, j'ai le grand plaisir de vous proposer le poste de UX Designer Senior au sein de l'équipe Banque au quotidien, en CDI, pour une rémunération annuelle brute de 62 000 €.

Vous trouverez ci-joint la promesse d'embauche détaillant l'ensemble des conditions (date d'entrée souhaitée : 4 janvier 2027, période d'essai de 4 mois, télétravail 2 jours par semaine). Je vous remercie de nous la retourner signée d'ici le 20 novembre si elle vous convient.

Au plaisir de vous compter très bientôt parmi nous !

Julien Marchand
Lead UX – Banque au quotidien
Banque Cassiopée

@@ offer/110_spanish_oferta | es | Nómada Viajes | alba.soler@nomadaviajes.example.es
From: Alba Soler <alba.soler@nomadaviajes.example.es>
Subject: Oferta - Product Designer
Date: 2026-11-20 13:12 +0100

Hola Priya,

¡Qué alegría escribirte esto! Después de las entrevistas con el equipo, nos encantaría que te unieras a Nómada Viajes como Product Designer.

Te resumo la oferta: 48.000 € brutos anuales, contrato indefinido, 100% remoto con un par de visitas al año a la oficina de Barcelona, y fecha de incorporación el 11 de enero. En los próximos días te enviaremos la carta oficial para que la revises y la firmes.

Dime si quieres que hablemos por teléfono para cualquier duda.

¡Un abrazo y ojalá digas que sí!
Alba Soler
People & Culture – Nómada Viajes
+34 655 512 903

@@ other/111_job_alert_digest_linkedin_style | en | |
From: JobRadar Alerts <jobalerts-noreply@jobradar.example.net>
Subject: 12 new jobs for "product designer" in Amsterdam
Date: 2026-09-14 06:31 +0000
List-Unsubscribe: <https://www.jobradar.example.net/unsub?e=cHJpeWE&l=pd-ams>, <mailto:unsubscribe@jobradar.example.net>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
%format: html

<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#f3f2ef">
<table width="100%"><tr><td align="center"><table width="560" style="background:#fff">
<tr><td style="padding:16px"><img src="https://static.jobradar.example.net/logo.png" alt="JobRadar"></td></tr>
<tr><td style="padding:0 16px"><h2 style="font-size:18px">Your job alert for product designer in Amsterdam</h2><p>12 new jobs match your preferences.</p></td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.jobradar.example.net/jobs/view/41001?trk=eml-jymbii">Senior Product Designer</a><br>Tessellate · Amsterdam (Hybrid)<br><span style="color:#057642">Actively recruiting</span> · 3 connections work here</td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.jobradar.example.net/jobs/view/41002?trk=eml-jymbii">Product Designer, Payments</a><br>Meridian Pay · Amsterdam<br>Be an early applicant</td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.jobradar.example.net/jobs/view/41003?trk=eml-jymbii">UX Designer (Dutch speaking)</a><br>Gemeente Amstelveld · Amstelveen<br>Easy Apply</td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.jobradar.example.net/jobs/view/41004?trk=eml-jymbii">Lead Product Designer - Interview process: 3 rounds</a><br>Canal Commerce · Amsterdam<br>Promoted</td></tr>
<tr><td style="padding:16px"><a href="https://www.jobradar.example.net/jobs/search?alert=pd-ams" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">See all jobs</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://www.jobradar.example.net/unsub?e=cHJpeWE&l=pd-ams">Unsubscribe</a> · JobRadar Ireland Unlimited Company, Dublin 2</td></tr>
</table></td></tr></table></body></html>

@@ other/112_indeed_style_digest_plain | en | |
From: Jobseek <alert@jobseek-mail.example.com>
Subject: Product Designer jobs in Manchester - 8 new
Date: 2026-10-03 05:10 +0000
List-Unsubscribe: <https://uk.jobseek.example.com/alert/unsubscribe?id=88a1>
%format: alt
%brand: #2557a7|Jobseek

New jobs matching your search: product designer, Manchester

UX/UI Designer - Fennel & Finch Publishing - Manchester - £42,000 - £48,000 a year
Easily apply. "We'll be in touch with shortlisted candidates within a week of the closing date."
https://uk.jobseek.example.com/rc/clk?jk=a10b

Service Designer - Albion Rail - Manchester - Hybrid
Responsive employer. Typically responds within 3 days.
https://uk.jobseek.example.com/rc/clk?jk=a10c

Product Designer - Moss & Fern - Manchester
Urgently needed. Interview process: phone screen, take-home, final interview.
https://uk.jobseek.example.com/rc/clk?jk=a10d

Senior Product Designer (Contract) - Daylight Recruitment - Remote - £450 a day
https://uk.jobseek.example.com/rc/clk?jk=a10e

See all 8 new jobs: https://uk.jobseek.example.com/jobs?q=product+designer&l=Manchester

You're receiving this because you created a job alert. Unsubscribe: https://uk.jobseek.example.com/alert/unsubscribe?id=88a1

@@ other/113_stepstone_style_german_alert | de | |
From: Jobwelt <service@jobwelt-mail.example.de>
Subject: Neue Jobs für dich: UX Designer in Berlin
Date: 2026-10-10 07:00 +0200
List-Unsubscribe: <https://www.jobwelt.example.de/abmelden?t=9x7>
List-Id: Jobwelt Jobagent <jobagent.jobwelt.example.de>
%format: html
%brand: #0c2577|Jobwelt

Hallo Priya,

dein Jobagent hat 6 neue Stellen für „UX Designer“ in Berlin gefunden:

UX Designer (m/w/d) – Grünfeld Logistik GmbH – Hamburg/Remote
https://www.jobwelt.example.de/stellenangebote--UX-Designer-12019

Senior Product Designer (all genders) – Spreeblick Mobility – Berlin
https://www.jobwelt.example.de/stellenangebote--Senior-Product-Designer-12020

UX Researcher (w/m/d) – Vogt Versicherung AG – Köln
https://www.jobwelt.example.de/stellenangebote--UX-Researcher-12021

Tipp der Woche: So bereitest du dich optimal auf dein Vorstellungsgespräch vor – und was du tun kannst, wenn eine Absage kommt.

Viel Erfolg bei der Jobsuche!
Dein Jobwelt-Team

Jobagent abbestellen: https://www.jobwelt.example.de/abmelden?t=9x7

@@ other/114_wttj_style_french_offres | fr | |
From: Bienvenue dans la Jungle <hello@jungle-jobs.example.fr>
Subject: =?UTF-8?Q?5_offres_qui_pourraient_vous_plaire_=E2=9C=A8?=
Date: 2026-10-17 08:15 +0200
List-Unsubscribe: <https://www.jungle-jobs.example.fr/fr/me/notifications?unsub=1>
%format: html
%brand: #ffcd00|Bienvenue dans la Jungle

Bonjour Priya,

Voici les nouvelles offres sélectionnées pour vous cette semaine :

Product Designer (H/F) – Éditions Lumière – Paris 9e – CDI
https://www.jungle-jobs.example.fr/fr/companies/editions-lumiere/jobs/product-designer

UX Researcher Senior – Banque Cassiopée – Paris – CDI
https://www.jungle-jobs.example.fr/fr/companies/banque-cassiopee/jobs/ux-researcher

Lead Designer – Atelier Nuage – Lyon / Remote
https://www.jungle-jobs.example.fr/fr/companies/atelier-nuage/jobs/lead-designer

Et aussi dans le magazine : « Entretien d'embauche : 7 questions pour retourner la situation »

Vous recevez cet e-mail car vous avez activé les alertes. Se désinscrire : https://www.jungle-jobs.example.fr/fr/me/notifications?unsub=1

@@ other/115_infojobs_style_spanish_ofertas | es | |
From: Empleate <ofertas@empleate-mail.example.es>
Subject: Ofertas que encajan contigo: Diseñador UX en Barcelona
Date: 2026-10-24 07:45 +0200
List-Unsubscribe: <https://www.empleate.example.es/baja?u=pn3>
Precedence: bulk
%format: alt
%brand: #ff6600|Empleate

Hola Priya,

Estas son las nuevas ofertas que encajan con tu perfil:

- Diseñador/a UX/UI Senior – Tramuntana Labs – Barcelona – 40.000 € - 48.000 €
- Product Designer – Nómada Viajes – Remoto
- Diseñador/a de servicios – Ajuntament (vía ETT) – Barcelona – Incorporación inmediata

Consejo: si te han descartado en un proceso, pide feedback. ¡Te ayudará en la siguiente entrevista!

Ver todas las ofertas: https://www.empleate.example.es/ofertas?alerta=ux-bcn

Darte de baja de estas alertas: https://www.empleate.example.es/baja?u=pn3

@@ other/116_career_newsletter_rejection | en | |
From: The Careerist <hello@thecareerist.example.com>
Subject: Rejected after the final round? Read this before you reply
Date: 2026-10-20 12:00 +0000
List-Id: The Careerist Weekly <weekly.thecareerist.example.com>
List-Unsubscribe: <https://thecareerist.example.com/unsubscribe/u8a1>, <mailto:unsub-u8a1@thecareerist.example.com>
%format: alt
%brand: #e63946|The Careerist

Hi there,

"Unfortunately, we have decided to move forward with other candidates." If you've been job hunting this autumn, you've probably read that sentence more times than you'd like.

This week's issue is all about what to do next:

1. Reply within 24 hours. Thank them for their time, and ask one specific question about what would have made your application stronger.
2. Don't argue the decision. Hiring managers remember graceful candidates - we've seen plenty of second-choice hires get the call three months later.
3. Track it. Keep a simple spreadsheet of every application, interview and outcome.

Plus: reader Q&A - "I was told the role was put on hold. Is that a rejection?"

Read the full issue: https://thecareerist.example.com/p/after-the-final-round

Thanks for reading,
Mel @ The Careerist

You're receiving this because you subscribed at thecareerist.example.com. Unsubscribe: https://thecareerist.example.com/unsubscribe/u8a1

@@ other/117_newsletter_missed_interview | en | |
From: Design Career Club <newsletter@designcareer.club.example.com>
Subject: Oops - I missed my interview. Now what?
Date: 2026-11-03 09:00 +0000
List-Id: <designcareerclub.list.example.com>
List-Unsubscribe: <https://designcareer.club.example.com/u/7fa2>
%format: html
%brand: #6d28d9|Design Career Club

Hey designer,

It happens to more people than you think: the calendar invite was in the wrong time zone, the Zoom link never arrived, or you simply forgot. You missed the interview. The recruiter writes "we tried calling you at the scheduled time". What now?

Our advice: write back the same day. Apologise sincerely, don't make up an excuse, and propose two or three concrete new times. Most teams will give you a second chance if you're quick and honest.

Also this week: portfolio reviews, a salary negotiation workshop, and 23 new remote product design roles.

Read more: https://designcareer.club.example.com/posts/missed-interview

Unsubscribe: https://designcareer.club.example.com/u/7fa2

@@ other/118_ux_newsletter_digest | en | |
From: UX Weekly <digest@uxweekly.example.org>
Subject: UX Weekly #412: research ops, interviewing users, and an offer you can't refuse
Date: 2026-09-18 15:00 +0000
List-Id: UX Weekly <uxweekly.example.org>
List-Unsubscribe: <https://uxweekly.example.org/unsubscribe?id=412-pn>
%format: alt
%brand: #111111|UX Weekly

UX WEEKLY #412

1. How to interview users without leading them
Seven prompts that turn yes/no answers into stories. https://uxweekly.example.org/r/4121

2. Research ops on a budget
A template for consent forms, incentives and scheduling participants. https://uxweekly.example.org/r/4122

3. Designing the "offer" screen
Why the checkout upsell is the most hated screen in e-commerce. https://uxweekly.example.org/r/4123

4. Jobs: Senior UX Researcher at Kestrel Health (Amsterdam), Product Designer at Parcel (Remote EU)

You're getting this because you subscribed to UX Weekly. Unsubscribe: https://uxweekly.example.org/unsubscribe?id=412-pn

@@ other/119_recruiter_cold_outreach_inmail | en | | daniel.osei@vertexsearch.example.co.uk
From: Daniel Osei <daniel.osei@vertexsearch.example.co.uk>
Subject: Product Design Lead opportunity - FinTech - Remote
Date: 2026-09-23 13:47 +0100

Hi Priya,

I hope you don't mind me reaching out. I came across your profile and was really impressed with your background in UX research and product design.

I'm currently partnering with a Series B FinTech (remote-first, European HQ in Lisbon) who are building out their design team and looking for a Product Design Lead. Salary up to £95k plus equity, fully remote with quarterly offsites.

If this sounds of interest, or if you know anyone who might be a good fit, I'd love to hear from you. No worries at all if the timing isn't right!

Best regards,
Daniel Osei
Senior Talent Consultant - Design & Product
Vertex Search
+44 20 7946 0321

@@ other/120_german_recruiter_cold_cv | de | | m.krueger@kreativpersonal.example.de
From: Marco Krüger <m.krueger@kreativpersonal.example.de>
Subject: Spannende Position als Senior UX Designer (m/w/d) – Berlin
Date: 2026-10-05 10:03 +0200

Hallo Priya,

ich bin auf dein Profil gestoßen und finde deinen Werdegang super spannend!

Für einen namhaften Kunden aus dem E-Commerce-Umfeld in Berlin suche ich aktuell eine:n Senior UX Designer:in (unbefristet, bis 85k, 2 Tage Büro). Das Team ist jung, international und arbeitet komplett auf Englisch.

Falls du grundsätzlich offen für Neues bist, schick mir doch gern deinen aktuellen Lebenslauf und deine Gehaltsvorstellung – dann erzähle ich dir gern mehr.

Beste Grüße
Marco Krüger
Senior Recruiter | Kreativpersonal
Tel. +49 30 5558 7714

@@ other/121_agency_marketing_top_roles | en | |
From: Bridgewater Talent <news@bridgewatertalent.example.co.uk>
Subject: 🔥 This week's hottest Digital & Creative roles in the North West
Date: 2026-10-06 08:30 +0100
List-Unsubscribe: <https://bridgewatertalent.example.co.uk/preferences?u=pnair>
Precedence: bulk
%format: html
%brand: #ff3366|Bridgewater Talent

Hi Priya,

Here are this week's top picks from the Bridgewater Talent Digital & Creative desk:

⭐ Senior UX Designer – Media – Salford Quays – £55-60k
⭐ Service Designer – Public Sector – Manchester – £48k + pension
⭐ Product Designer – E-commerce – Remote UK – £50k
⭐ UX Researcher – Healthtech – Leeds/Hybrid – £45k

Interview tips from our consultants: how to nail the portfolio presentation! https://bridgewatertalent.example.co.uk/blog/portfolio-presentation

Know someone great? Refer a friend and get £250 when they're placed.

Bridgewater Talent Ltd | 3 Hardman Street, Manchester | Manage preferences: https://bridgewatertalent.example.co.uk/preferences?u=pnair

@@ other/122_design_podcast_interview_request | en | | sam@pixelsandpeople.example.com
From: Sam Lindgren <sam@pixelsandpeople.example.com>
Subject: Interview for Pixels & People podcast?
Date: 2026-10-01 19:21 +0200

Hey Priya,

I host Pixels & People, a small podcast about the human side of design (about 4k listeners, mostly designers in Europe). I loved your talk at the Amsterdam research meetup on interviewing carers and would love to have you on as a guest.

The interview would be ~45 minutes, recorded remotely, and we'd talk about your path from research into product design and how you run interviews with vulnerable users. We're recording episodes for November - any chance you'd be free one afternoon in the week of the 9th?

No pressure at all, and happy to send questions in advance.

Sam
pixelsandpeople.example.com

@@ other/123_radio_interview_spanish | es | | jordi.vall@radiomar.example.es
From: Jordi Vall <jordi.vall@radiomar.example.es>
Subject: Entrevista en Ràdio Mar - programa "Ciutat Oberta"
Date: 2026-11-09 11:40 +0100

Hola Priya,

Soy Jordi Vall, productor del programa "Ciutat Oberta" de Ràdio Mar. Estamos preparando un especial sobre diseño de servicios públicos y nos han hablado muy bien del taller que hiciste con los vecinos del Raval.

¿Te apetecería participar en una entrevista de unos 15 minutos en directo el jueves 19 de noviembre a las 10:30? Puede ser en el estudio (Poblenou) o por teléfono.

Quedo a la espera de tu respuesta.

Gracias!
Jordi Vall
Producción – Ràdio Mar
93 555 07 61

@@ other/124_user_research_interview_bank_app | en | |
From: Noordzee Bank Research <research-noreply@noordzeebank.example.nl.test>
Subject: Help us improve the Noordzee app - 45 min interview, €40 voucher
Date: 2026-09-29 10:00 +0200
%format: html
%brand: #00a19a|Noordzee Bank

Dear Priya,

As a Noordzee Bank customer, your opinion matters to us. Our design team is looking for customers to take part in a 45-minute online interview about how you manage your savings goals in the app.

As a thank you, you'll receive a €40 gift voucher.

Interested? Pick a time slot that suits you: https://research.noordzeebank.example.nl.test/book?study=SAV-26

Interviews take place between 6 and 16 October via Microsoft Teams. Your answers are treated confidentially and only used to improve our services.

Kind regards,
The Noordzee Bank Design Research team

This email was sent to you as a Noordzee Bank customer. You can change your preferences in the app.

@@ other/125_usertesting_platform_invite | en | |
From: Testbench Participants <studies@testbench-mail.example.com>
Subject: New study available: 30-min interview about travel booking ($35)
Date: 2026-10-14 17:02 +0000
List-Unsubscribe: <https://participants.testbench.example.com/settings/email>
%format: alt
%brand: #6b21a8|Testbench

Hi Priya,

Good news! You qualify for a new study.

Study: Moderated interview - how you plan multi-city trips
Length: 30 minutes
Reward: $35
Format: live video call with a researcher

Spots fill up fast - claim yours now: https://participants.testbench.example.com/studies/88213

Happy testing!
The Testbench team

@@ other/126_candidate_experience_survey | en | |
From: Meridian Pay via Survale <survey-noreply@survale-mail.example.com>
Subject: How was your interview experience with Meridian Pay?
Date: 2026-10-02 14:00 +0000
%format: html
%brand: #14213d|Meridian Pay

Hi Priya,

You recently interviewed with Meridian Pay. We'd love to hear about your experience so we can keep improving how we hire - whatever the outcome of your application.

The survey takes about 2 minutes and is completely anonymous: https://s.survale-mail.example.com/r/mp-8812

On a scale of 0-10, how likely are you to recommend applying to Meridian Pay to a friend?

Thank you!
Meridian Pay Talent Team

@@ other/127_friend_own_rejection | en | | chloe.martins@example.net
From: Chloe Martins <chloe.martins@example.net>
Subject: ugh
Date: 2026-10-09 21:34 +0200

P,

so I didn't get the Booking-ish job. After FIVE rounds. Recruiter called today and said they "decided to move forward with a candidate whose experience more closely matches the role" which, fine, but they made me do a take-home over a weekend 🙃

Anyway I'm fine, mostly. Wine on Friday? You can tell me about your interviews and I'll pretend I'm not jealous.

x Chloe

@@ other/128_order_delayed | en | |
From: Plantly <orders@plantly-shop.example.com>
Subject: Unfortunately your order #PL-77120 is delayed
Date: 2026-10-22 09:14 +0000
%format: alt
%brand: #3f6212|Plantly

Hi Priya,

Unfortunately your order #PL-77120 (Monstera Deliciosa, 1x ceramic pot) is delayed. Our courier has let us know that they are experiencing high volumes, and your delivery is now expected between 27 and 29 October.

We're really sorry for the inconvenience. You don't need to do anything - we'll send you a new tracking link as soon as your parcel is on its way.

If you'd rather cancel your order, you can do so in your account.

Green regards,
The Plantly team

@@ other/129_location_position_shared | en | |
From: Trailmate <no-reply@trailmate.example.com>
Subject: Chloe shared her live position with you
Date: 2026-11-01 11:03 +0000
%format: html
%brand: #ea580c|Trailmate

Chloe Martins is sharing her live position with you during her activity "Sunday ride to Haarlem".

Current position: 52.3874° N, 4.6462° E (updated 2 min ago)
Estimated arrival: 12:40

View on map: https://trailmate.example.com/beacon/9a1c77

Live position sharing ends automatically when the activity is saved.

@@ other/130_credit_card_application_received | en | |
From: Noordzee Bank <noreply@noordzeebank.example.nl.test>
Subject: We have received your credit card application
Date: 2026-09-16 12:20 +0200
%format: alt
%brand: #00a19a|Noordzee Bank

Dear Ms Nair,

Thank you for applying for the Noordzee Gold Credit Card. We have received your application and will assess it within 5 working days.

Unfortunately we cannot give you an update by phone while your application is being assessed. You will receive a message in the app as soon as a decision has been made.

Reference: CC-2026-0916-4471

Kind regards,
Noordzee Bank Customer Service

@@ other/131_german_insurance_antrag | de | |
From: Hanse Direkt Versicherung <kundenservice@hansedirekt.example.de>
Subject: Eingangsbestätigung Ihres Antrags – Hausratversicherung
Date: 2026-10-28 08:05 +0100
%charset: iso-8859-1
%cte: quoted-printable

Sehr geehrte Frau Nair,

vielen Dank für Ihren Antrag auf Abschluss einer Hausratversicherung. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Antragsnummer: HR-4471-2026

Sie erhalten Ihre Versicherungsunterlagen in den nächsten Tagen per Post. Bei Fragen erreichen Sie uns unter 040 555 99 00.

Mit freundlichen Grüßen
Ihr Kundenservice der Hanse Direkt Versicherung AG

@@ other/132_apartment_application_rejected | en | | k.smit@grachtwonen.example.nl.test
From: Kevin Smit <k.smit@grachtwonen.example.nl.test>
Subject: Re: Viewing Van Ostadestraat 212-2
Date: 2026-09-24 16:02 +0200

Dear Priya,

Thank you for your interest in the apartment at Van Ostadestraat 212-2 and for visiting it on Monday.

Unfortunately the landlord has chosen another tenant. We received more than 40 applications for this property. We wish you good luck with your search, and we will keep your details for similar apartments.

Kind regards,
Kevin Smit
Grachtwonen Makelaardij
020 555 4410

@@ other/133_university_admission_decision | en | |
From: Admissions Office <admissions-noreply@uva-example.test>
Subject: Decision on your application - MSc Human-Computer Interaction (part-time)
Date: 2026-11-06 15:00 +0100
%format: html
%brand: #bc0031|Graduate School of Informatics

Dear Ms Nair,

The Admissions Board has reviewed your application for the part-time MSc Human-Computer Interaction, starting February 2027.

We are pleased to inform you that you have been admitted to the programme, subject to the conditions listed in your applicant portal.

Please accept your offer of admission in the portal before 1 December 2026.

Yours sincerely,
Graduate School of Informatics - Admissions Office

@@ other/134_own_sent_thank_you | en | |
From: Priya Nair <priya.nair@example.org>
To: Amara Lindqvist <amara.lindqvist@kestrelhealth.example.com>
Subject: Thank you - final round
Date: 2026-11-02 18:30 +0100
Message-ID: <CAF9-priya-kestrel-thanks-1102@mail.example.org>

Hi Amara,

Thank you for organising today's final round and for the warm welcome at Herengracht. I really enjoyed the conversation with your CMO and Dr. Visser - the discussion about consent flows for older patients gave me a lot to think about.

Please pass on my thanks to the whole team. I look forward to hearing from you.

Best wishes,
Priya

@@ other/135_own_sent_follow_up | en | |
From: Priya Nair <priya.nair@example.org>
To: Ines Albrecht <ines@parcel.example.com>
Subject: Following up - Senior Product Designer
Date: 2026-10-30 09:12 +0100
In-Reply-To: <ashby-intro-9f2e1c@parcel.example.com>
References: <ashby-intro-9f2e1c@parcel.example.com>

Hi Ines,

Thanks again for yesterday's intro call. I just wanted to follow up and say I'm still very interested in the Senior Product Designer role - the problem of making customs paperwork bearable is right up my street.

If there's anything else I can send you (portfolio case studies, references), just let me know.

Best regards,
Priya Nair

@@ other/136_own_sent_reschedule_request | en | |
From: Priya Nair <priya.nair@example.org>
To: Sanne Vermeulen <sanne.vermeulen@meridianpay.example.com>
Subject: Re: We missed you today
Date: 2026-09-30 16:45 +0200
In-Reply-To: <9d21.sanne@meridianpay.example.com>
References: <9d21.sanne@meridianpay.example.com>

Hi Sanne,

I'm so sorry about today - that's entirely my fault, and not like me at all. I would still very much like to interview for the role.

Could we find another time? I'm free Monday 5 October from 10:00, Tuesday 6 October after 14:00, or any time on Wednesday 7 October.

Apologies again to Femke and Rahul.

Best,
Priya

> On 30 Sep 2026, at 16:20, Sanne Vermeulen <sanne.vermeulen@meridianpay.example.com> wrote:
>
> Femke and Rahul were in the Google Meet for your Portfolio Review at 15:00
> today but it looks like you weren't able to make it.

@@ other/137_recruiter_out_of_office | en | | jake.pemberton@northstar-recruitment.example.co.uk
From: Jake Pemberton <jake.pemberton@northstar-recruitment.example.co.uk>
Subject: Automatic reply: Albion - offer questions
Date: 2026-10-19 09:00 +0100
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
In-Reply-To: <priya-albion-offerq@mail.example.org>
References: <priya-albion-offerq@mail.example.org>

Hi,

Thanks for your email. I'm out of the office on annual leave until Monday 26th October with limited access to emails.

For anything urgent please contact the Northstar office on 0161 555 0100 or email hello@northstar-recruitment.example.co.uk.

Jake

@@ other/138_german_out_of_office | de | | tanja.wolff@gruenfeld-logistik.example.de
From: Tanja Wolff <tanja.wolff@gruenfeld-logistik.example.de>
Subject: Abwesenheitsnotiz: Rückfragen zum Vertragsangebot
Date: 2026-11-18 07:10 +0100
Auto-Submitted: auto-replied

Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@gruenfeld-logistik.example.de.

Mit freundlichen Grüßen
Tanja Wolff

@@ other/139_french_out_of_office | fr | | a.benali@editions-lumiere.example.fr
From: Amine Benali <a.benali@editions-lumiere.example.fr>
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_=3A_Candidature_UX_designer?=
Date: 2026-10-30 12:00 +0100
Auto-Submitted: auto-replied

Bonjour,

Je suis absent du bureau jusqu'au lundi 9 novembre inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez contacter le service RH au 01 55 50 62 00.

Cordialement,
Amine Benali

@@ other/140_google_calendar_standup | en | | ruben@studio-kade.example.nl.test
From: Google Calendar <calendar-notification@google.com>
To: priya.nair@example.org
Subject: Invitation: Design standup @ Weekly from 09:30 to 09:45 on weekdays (CEST) (priya.nair@example.org)
Date: 2026-09-07 08:01 +0000
Sender: Google Calendar <calendar-notification@google.com>
Reply-To: Ruben Vos <ruben@studio-kade.example.nl.test>
%format: alt
%ics: REQUEST
%ics-start: 2026-09-08 09:30 Europe/Amsterdam
%ics-min: 15
%ics-summary: Design standup
%ics-loc: https://meet.google.com/abc-kade-sdu
%ics-org: ruben@studio-kade.example.nl.test
%ics-orgname: Ruben Vos
%ics-prodid: -//Google Inc//Google Calendar 70.9054//EN

Ruben Vos has invited you to this event

Design standup
Weekly from 09:30 to 09:45 on weekdays (Central European Time - Amsterdam)

Join with Google Meet: https://meet.google.com/abc-kade-sdu

Guests: Ruben Vos (organiser), Priya Nair, Lotte Jansen, Milan de Graaf

Reply for priya.nair@example.org: Yes / No / Maybe - https://calendar.google.com/calendar/event?action=RESPOND&eid=ZGVzaWdu

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.

@@ other/141_outlook_design_crit_moved | en | | lotte@studio-kade.example.nl.test
From: Lotte Jansen <lotte@studio-kade.example.nl.test>
Subject: Updated: Design crit - checkout flow
Date: 2026-09-17 11:22 +0200
%ics: REQUEST
%ics-seq: 1
%ics-start: 2026-09-18 14:00 Europe/Amsterdam
%ics-min: 60
%ics-summary: Design crit - checkout flow
%ics-loc: Kade office, room Zuid / Teams

Moved to Friday 14:00 because half the team is at the offsite Thursday. Same agenda - please bring your latest frames.

Lotte

@@ other/142_meetup_invitation | en | |
From: UX Amsterdam <info@uxamsterdam-meetup.example.org>
Subject: 📣 Next meetup: "Interviewing users who don't want to be interviewed" - 14 Oct
Date: 2026-09-30 17:00 +0000
List-Id: UX Amsterdam members <members.uxamsterdam-meetup.example.org>
List-Unsubscribe: <https://uxamsterdam-meetup.example.org/unsubscribe?m=2231>
%format: alt
%brand: #ff4f00|UX Amsterdam

Hi UX Amsterdammers!

Our October meetup is hosted by Fieldnote at their office on the Oostelijke Handelskade.

18:00 Doors, pizza and drinks
18:45 "Interviewing users who don't want to be interviewed" - Kaveh Rostami
19:30 Lightning talks: portfolio reviews, job search tips, and "the offer I turned down"
20:30 Borrel

RSVP here: https://uxamsterdam-meetup.example.org/events/oct-2026

See you there!
The UX Amsterdam organising team

@@ other/143_spanish_newsletter_entrevistas | es | |
From: Talento Digital <newsletter@talentodigital.example.es>
Subject: =?UTF-8?Q?C=C3=B3mo_responder_a_un_rechazo_(y_otras_claves_de_la_semana)?=
Date: 2026-10-27 08:00 +0100
List-Id: Talento Digital <boletin.talentodigital.example.es>
List-Unsubscribe: <https://talentodigital.example.es/baja?id=7781>
%format: html
%brand: #f97316|Talento Digital

Hola,

Esta semana en Talento Digital:

• "Lamentamos comunicarte que no has sido seleccionada": cómo responder a un rechazo con elegancia y pedir feedback útil.
• Entrevistas por videollamada: los 5 errores más comunes (y qué hacer si no consigues conectarte a tiempo).
• Negociar una oferta: qué preguntar antes de firmar el contrato.

Leer el boletín completo: https://talentodigital.example.es/boletin/2026-43

Recibes este correo porque te suscribiste a Talento Digital. Darte de baja: https://talentodigital.example.es/baja?id=7781

@@ other/144_french_newsletter_rebondir | fr | |
From: Les Cahiers de l'Emploi <lettre@cahiers-emploi.example.fr>
Subject: Rebondir après un refus : nos conseils
Date: 2026-11-10 07:30 +0100
List-Id: La lettre des Cahiers de l'Emploi <lettre.cahiers-emploi.example.fr>
List-Unsubscribe: <mailto:desinscription@cahiers-emploi.example.fr?subject=unsubscribe>
%format: alt
%brand: #1d4ed8|Les Cahiers de l'Emploi

Bonjour,

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Une phrase que beaucoup de candidats reçoivent cet automne.

Dans cette lettre :
- Répondre à un refus sans amertume, et demander un retour constructif
- Entretien annulé ou reporté par le recruteur : comment rester dans la course
- Promesse d'embauche : ce qu'elle vous engage (et ce qu'elle engage l'employeur)

Bonne lecture,
La rédaction

Pour vous désinscrire, répondez à ce message avec « unsubscribe ».

@@ other/145_mentor_portfolio_feedback | en | | ruth.ambrose@example.com
From: Ruth Ambrose <ruth.ambrose@example.com>
Subject: Re: portfolio - would love your eyes on it
Date: 2026-09-19 22:05 +0100
In-Reply-To: <CAF9-priya-ruth-portfolio@mail.example.org>
References: <CAF9-priya-ruth-portfolio@mail.example.org>

Hey Priya,

Had a proper look tonight. Honestly it's strong, but:

- lead with the carers project, it's your best work and it's buried at #4
- cut the dribbble-y visual explorations, hiring managers for research-heavy roles skip them
- every case study needs one sentence on impact, even if it's "we killed the feature and saved 3 months"

Happy to do a mock interview before your Kestrel final if you want. Just send me a time.

R

> On 18 Sep 2026, at 20:11, Priya Nair <priya.nair@example.org> wrote:
> Hi Ruth! I've rebuilt my portfolio for the job search. Would you have 20
> mins to look at it? No rush. x

@@ other/146_recruiter_quick_question_cv_salary | en | | amelia.ross@daylightrecruitment.example.co.uk
From: Amelia Ross <amelia.ross@daylightrecruitment.example.co.uk>
Subject: Quick question
Date: 2026-10-13 11:27 +0100

Hi Priya,

Thanks for applying to the Senior Product Designer (Contract) role I advertised. Before I put you forward to my client, could you please send me:

1. An updated CV in Word format
2. Your day rate expectations
3. Your notice period / earliest start date
4. Confirmation you're happy to work inside IR35

Once I've got these I'll submit you today.

Thanks,
Amelia

Amelia Ross
Recruitment Consultant | Daylight Recruitment
0161 555 0777

@@ other/147_profile_viewed_notification | en | |
From: JobRadar <notifications-noreply@jobradar.example.net>
Subject: Priya, your profile was viewed by 4 recruiters this week
Date: 2026-10-11 16:45 +0000
List-Unsubscribe: <https://www.jobradar.example.net/unsub?e=cHJpeWE&l=views>
%format: html
%brand: #0a66c2|JobRadar

Hi Priya,

Your profile is getting noticed!

4 recruiters viewed your profile this week, including people from Northstar Recruitment, Vertex Search and Halden Robotics.

Your application to Tessellate was viewed. Your application to Orbital Freight was viewed.

Try Premium free for 1 month to see everyone who viewed your profile and get the InMail credits to message hiring managers directly: https://www.jobradar.example.net/premium?trk=views

Unsubscribe: https://www.jobradar.example.net/unsub?e=cHJpeWE&l=views

@@ other/148_company_reviews_digest | en | |
From: Workplace Voices <community@workplacevoices.example.com>
Subject: New reviews for companies you're following
Date: 2026-10-25 10:00 +0000
List-Unsubscribe: <https://www.workplacevoices.example.com/settings/email?unsub=reviews>
%format: alt
%brand: #0caa41|Workplace Voices

Hi Priya,

Here's what employees and candidates are saying about companies you follow:

Parcel - 4.3 ★ "Interview process was fast and friendly. Got a rejection after the final round but with real feedback." - Product Designer candidate, Amsterdam

Kestrel Health - 3.9 ★ "Great mission, lots of meetings." - Current employee, Amsterdam

Meridian Pay - 4.1 ★ "The recruiter rescheduled twice but was always transparent." - Interview candidate

See more reviews: https://www.workplacevoices.example.com/following

@@ other/149_coworking_invoice | en | |
From: De Werkplaats Coworking <billing@dewerkplaats.example.nl.test>
Subject: Invoice 2026-1042 - Flex desk October
Date: 2026-10-01 06:00 +0200
%attach: Invoice_2026-1042.pdf

Dear Priya Nair,

Please find attached invoice 2026-1042 for your Flex desk membership (October 2026), amount EUR 195.00 incl. VAT.

The amount will be collected by direct debit on or around 5 October.

Kind regards,
De Werkplaats Coworking
Czaar Peterstraat 200, Amsterdam

@@ other/150_gym_membership_application | en | |
From: FitBlok <welcome@fitblok.example.com>
Subject: Your membership application has been accepted!
Date: 2026-09-03 18:12 +0200
%format: html
%brand: #111827|FitBlok

Hi Priya,

Welcome to FitBlok! Your membership application for FitBlok Oost has been accepted and your membership starts on 5 September.

Download the app to book your first class and get your digital membership card: https://fitblok.example.com/app

See you on the mat!
Team FitBlok

@@ other/151_visa_appointment_rescheduled | en | |
From: Immigration and Naturalisation Office <noreply@ind-example.test>
Subject: Your appointment has been changed
Date: 2026-10-08 09:30 +0200
%format: alt

Dear Ms P. Nair,

Your appointment at our desk in Amsterdam to collect your residence document has been changed.

Old appointment: 14 October 2026, 10:40
New appointment: 16 October 2026, 13:20
Location: Stadsplateau 1, Amsterdam

Please bring your passport and this confirmation. If you cannot come, you can change the appointment online: https://afspraken.ind-example.test/change?ref=AM-22871

This message was sent automatically. You cannot reply to this email.

@@ other/152_dentist_missed_appointment | en | | receptie@tandartsoost.example.nl.test
From: Tandartspraktijk Oost <receptie@tandartsoost.example.nl.test>
Subject: We missed you at your appointment today
Date: 2026-10-15 16:40 +0200

Dear Ms Nair,

We missed you at your check-up appointment today at 14:15 with Dr. Huisman. We tried calling you but could not reach you.

Please note that appointments cancelled less than 24 hours in advance or missed will be charged (EUR 35). To make a new appointment, call us at 020 555 7788 or reply to this email.

Kind regards,
Reception
Tandartspraktijk Oost

@@ other/153_conference_talk_not_selected | en | | program@designops-summit.example.com
From: DesignOps Summit Program Committee <program@designops-summit.example.com>
Subject: Your talk proposal for DesignOps Summit 2027
Date: 2026-11-12 13:00 +0000

Dear Priya,

Thank you for submitting "Research with carers: interviewing people with no time" to DesignOps Summit 2027.

We received over 600 proposals this year, and unfortunately we are unable to include your talk in the programme. This was an incredibly hard decision and doesn't reflect on the quality of your proposal.

As a thank-you, here is a 30% discount code for tickets: CFP-THANKS-30.

Warm regards,
The DesignOps Summit Program Committee

@@ other/154_freelance_client_project_on_hold | en | | niels@kadeplus.example.nl.test
From: Niels van Dam <niels@kadeplus.example.nl.test>
Subject: project pauze
Date: 2026-10-29 15:15 +0100

Hi Priya,

Bad news from our side: the client has put the loyalty app project on hold until Q1, so we have to pause your freelance research assignment after this week. Please send the invoice for the hours until Friday.

Sorry, it is not in our hands. I'll definitely call you when it starts again.

Groet,
Niels
KadePlus

@@ other/155_spanish_friend_rechazo | es | | laura.gimeno@example.net
From: Laura Gimeno <laura.gimeno@example.net>
Subject: me han dicho que no 😩
Date: 2026-11-04 23:02 +0100

Tiaaa,

Al final de lo de la agencia de Madrid me han dicho que no. Me han escrito hoy: "hemos decidido seguir adelante con otros candidatos", después de tres entrevistas y una prueba!! Estoy de bajón.

¿Tú cómo vas con lo de Barcelona? Cuéntame, que necesito buenas noticias.

Un besazo,
Laura

@@ other/156_german_tech_newsletter_jobmarkt | de | |
From: Digitalwerk Newsletter <newsletter@digitalwerk-magazin.example.de>
Subject: Jobmarkt Tech: Warum Absagen länger dauern – und was Bewerber:innen tun können
Date: 2026-11-02 06:30 +0100
List-Id: Digitalwerk Daily <daily.digitalwerk-magazin.example.de>
List-Unsubscribe: <https://digitalwerk-magazin.example.de/newsletter/abmelden?id=77x>
%format: html
%brand: #e11d48|Digitalwerk

Guten Morgen!

Die Themen heute:

1. Jobmarkt Tech: Viele Unternehmen lassen Bewerber:innen wochenlang warten – und verschicken dann die Absage per Standardmail. Wir haben mit Recruitern gesprochen, warum das so ist.
2. Vorstellungsgespräch verpasst? Was Personaler wirklich denken.
3. Startup-Finanzierung: Spreeblick Mobility sammelt 30 Millionen Euro ein.

Zum Newsletter im Browser: https://digitalwerk-magazin.example.de/newsletter/2026-11-02

Newsletter abbestellen: https://digitalwerk-magazin.example.de/newsletter/abmelden?id=77x

@@ other/157_dribbble_style_notification | en | |
From: Shotboard <no-reply@shotboard.example.com>
Subject: Your shot "Carer app - onboarding" got 25 new likes
Date: 2026-09-27 14:30 +0000
List-Unsubscribe: <https://shotboard.example.com/account/notifications>
%format: html
%brand: #ea4c89|Shotboard

Hi Priya,

Your shot "Carer app - onboarding" is getting attention! 25 designers liked it this week, and 2 added it to their collections.

Also: 3 teams are hiring designers like you. Check out the Shotboard job board: https://shotboard.example.com/jobs

Manage notifications: https://shotboard.example.com/account/notifications

@@ other/158_conference_ticket | en | |
From: Tito Tickets <tickets@tito-mail.example.com>
Subject: Your ticket for Research by the Sea 2026
Date: 2026-09-10 12:00 +0000
%format: alt
%brand: #0f766e|Research by the Sea

Hi Priya,

Here's your ticket for Research by the Sea 2026 (Barcelona, 12-13 November).

Ticket: Early Bird - Standard
Reference: RBTS-6621-PN

Show the QR code in the attached email at registration. See you by the sea!

The Research by the Sea team

@@ other/159_spanish_bank_prestamo | es | |
From: Banco Meridional <avisos@bancomeridional.example.es>
Subject: Hemos recibido su solicitud de préstamo personal
Date: 2026-11-11 10:20 +0100
%charset: iso-8859-15
%cte: quoted-printable

Estimada clienta:

Le confirmamos que hemos recibido su solicitud de préstamo personal por importe de 6.000 €. Nuestro equipo de riesgos la estudiará y le comunicaremos la decisión en un plazo máximo de 72 horas.

Número de solicitud: PP-2026-118830

Este es un mensaje automático, por favor no responda a este correo.

Banco Meridional

@@ other/160_french_apartment_dossier_refuse | fr | | gestion@immo-paris11.example.fr
From: Agence Immo Paris 11 <gestion@immo-paris11.example.fr>
Subject: Votre dossier de location - 14 rue Oberkampf
Date: 2026-11-16 11:45 +0100

Madame,

Nous vous remercions pour votre dossier concernant l'appartement situé 14 rue Oberkampf, 75011 Paris.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous recontacter si un bien correspondant à vos critères se libère.

Cordialement,

Agence Immo Paris 11
Service Location

"""


if __name__ == "__main__":
    main()
