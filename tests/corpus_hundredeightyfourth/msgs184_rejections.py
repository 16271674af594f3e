"""Corpus 184, kind `rejection`: 31 hand-written messages (18 en, 5 de, 4 fr, 4 es)."""

from __future__ import annotations

from msgs184_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    forwarded,
    outlook_block,
    quote,
    wrote,
)

ME = CANDIDATE_NAME
ADDR = CANDIDATE_ADDR

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ English
    dict(
        kind="rejection", slug="quirinal_smartrecruiters_formal", lang="en",
        company="Quirinal Biologics", contact="",
        frm=("Quirinal Biologics", "no-reply@smartrecruiters.com"),
        subject="Regulatory Affairs Assistant (REQ-2291) – your application",
        date="2026-05-20 14:05 +0100",
        headers=[("Auto-Submitted", "auto-generated"), ("X-SR-Template", "candidate-decline-2")],
        layout=("card", "Quirinal Biologics", "#00665e", "Sent via SmartRecruiters"),
        text="""Dear Eleanor,

Thank you for your interest in the Regulatory Affairs Assistant position (REQ-2291) at
Quirinal Biologics in Dublin, and for the time you invested in our selection process.

We have now completed our assessment of all candidates. We regret to inform you that we
will not be offering you the position.

This decision does not reflect on your potential. We will keep your profile in our talent
community for twelve months, unless you ask us to remove it.

With best wishes for your future career,

Talent Acquisition
Quirinal Biologics
""",
    ),
    dict(
        kind="rejection", slug="novarix_after_interview_quotes_thanks", lang="en",
        company="Novarix Therapeutics", contact="priya.raman@novarix.example.co.uk",
        key="novarix-reject",
        frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Priya Raman", "priya.raman@novarix.example.co.uk"),
        subject="Re: Thank you – Regulatory Affairs Assistant (CMC) interview",
        date="2026-02-17 11:32 +0000",
        refs=["novarix-invite", "novarix-thanks"],
        layout=("plain",),
        text=f"""Hi Eleanor,

That was a lovely note, thank you, and it was genuinely nice to meet you on the 5th.

I wish I were writing with better news. The panel met yesterday and has offered the
position to a candidate who has already worked on CMC variations for biologics, which
tipped it in the end. You were a very close second, and Martin asked me to say that your
answer on managing a labelling change across pack sizes was one of the best we heard.

If a more junior opening comes up in the CMC team later this year I will get in touch
directly, if that is all right with you.

Warm regards,
Priya

Priya Raman | Talent Partner, R&D
Novarix Therapeutics | 14 Station Road, Cambridge CB1 2JX

{wrote("en", "Tue, 10 Feb 2026 at 19:04", ME, ADDR)}
{quote('''Dear Priya,

Thank you for arranging Thursday's interview, and please pass my thanks to Martin and
Dr Osei. I enjoyed hearing about how the team handles post-approval changes, and it
confirmed how much I would like to move from dispensing into regulatory work.

I look forward to hearing from you.

Best wishes,
Eleanor''')}
""",
    ),
    dict(
        kind="rejection", slug="bellweather_lever_closer_match", lang="en",
        company="Bellweather Generics", contact="",
        frm=("Bellweather Generics", "no-reply@hire.lever.co"),
        subject="Your application to Bellweather Generics",
        date="2026-02-26 16:40 +0000",
        refs=["bellweather-ack"],
        layout=("plain",),
        text="""Hi Eleanor,

Thanks for applying for the Regulatory Affairs Administrator role in our Trafford Park
office.

We've reviewed your application carefully and have decided to move forward with
candidates whose experience more closely matches what the team needs right now.

We appreciate you thinking of Bellweather and hope you'll keep an eye on our careers page.

All the best,
The Bellweather Generics Talent Team
""",
    ),
    dict(
        kind="rejection", slug="clinova_icims_role_on_hold", lang="en",
        company="Clinova Research", contact="",
        frm=("Clinova Research Careers", "clinova-careers@talent.icims.com"),
        subject="Clinova Research: Regulatory Affairs Assistant (req 4471)",
        date="2026-07-06 09:15 +0100",
        refs=["clinova-invite"],
        headers=[("Auto-Submitted", "auto-generated")],
        cte="quoted-printable",
        text="""Dear Eleanor Wójcik-Adeyemi,

We are writing about requisition 4471, Regulatory Affairs Assistant, York.

Following a review of the study start-up portfolio, this requisition has been put on hold
with no date for reopening. As a result we will not proceed with any of the applications
currently in the process, including yours, and the interview stage you took part in has
been closed.

If the role is reopened it will be advertised again on our careers site, and you would be
most welcome to reapply.

Kind regards,
Clinova Research – People Services
Clifton Moor Business Park, York YO30 4XL

This is an automated message from our recruitment system.
""",
    ),
    dict(
        kind="rejection", slug="fenland_terse_after_panel", lang="en",
        company="Fenland University", contact="j.pryce@fenland.example.ac.uk",
        key="fenland-reject",
        frm=("Joanne Pryce", "j.pryce@fenland.example.ac.uk"),
        subject="RE: Research Governance Assistant - panel interview",
        date="2026-06-09 17:48 +0100",
        refs=["fenland-invite", "fenland-move"],
        text="""Dear Eleanor

Thank you for coming in on the 26th. I'm sorry to say the panel won't be taking your
application further this time.

Regards
Jo

Joanne Pryce
HR Administrator, Research & Innovation Services
Fenland University
""",
    ),
    dict(
        kind="rejection", slug="aire_relays_marstone_no", lang="en",
        company="Marstone Generics", contact="rebecca.thornton@airels.example.co.uk",
        key="aire-marstone-reject",
        frm=("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk"),
        subject="Marstone feedback",
        date="2026-02-20 13:12 +0000",
        refs=["aire-marstone-invite", "aire-marstone-move"],
        layout=("outlook",),
        cte="quoted-printable",
        text="""Hi Eleanor,

Just off the phone with Grace at Marstone Generics. I'm afraid they've decided not to take
you forward for the Regulatory Affairs Assistant post; they've gone with someone who has
already put together a couple of MHRA variation packs.

Their feedback, word for word as far as I could scribble it: "Really warm, clearly
organised, understands the patient end of a licence better than most. Just needs six to
twelve months of hands-on submissions before she's ready for us."

So not a no to you as a person, just a no to this one. I've two other generics clients in
West Yorkshire who are less fussy about submissions experience and I'll be in touch about
those next week.

Chin up!
Rebecca

Rebecca Thornton
Senior Consultant – Regulatory & Quality
Aire Life Sciences Recruitment
3rd Floor, 27 Park Row, Leeds LS1 5JL
T: 0113 496 0732 | M: 07700 900661
""",
    ),
    dict(
        kind="rejection", slug="ouse_valley_filled_internally", lang="en",
        company="Ouse Valley NHS Foundation Trust",
        contact="dawn.pickersgill@ousevalley.example.nhs.uk",
        key="ousevalley-reject",
        frm=("PICKERSGILL, Dawn (OUSE VALLEY NHS FOUNDATION TRUST)",
             "dawn.pickersgill@ousevalley.example.nhs.uk"),
        subject="Medicines Information & Regulatory Assistant (Band 4) - outcome",
        date="2026-04-16 10:05 +0100",
        refs=["ousevalley-invite", "ousevalley-postponed"],
        charset="windows-1252",
        cte="quoted-printable",
        layout=("outlook",),
        text="""Dear Eleanor,

I’m writing with an update following my email about the postponed assessment day.

While the assessment was on hold, the pharmacy directorate was able to fill the post
internally: a colleague returning from secondment has been redeployed into it under the
Trust’s organisational change policy. That means the rescheduled assessment day will not
now go ahead and the vacancy has been withdrawn.

I realise this is disappointing, particularly after the delay, and I’m sorry we couldn’t
give you the chance to complete the process. Please do look out for future vacancies with
us – your application was strong.

Kind regards,

Dawn Pickersgill
Recruitment Advisor – Workforce Services
Ouse Valley NHS Foundation Trust
Wigginton Road, York YO31 8HE
Tel: 01904 726 118

*****************************************************************
This message may contain confidential information. If you are not the intended recipient
please inform the sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action
in relation to its contents. Emails sent to and from this address may be monitored.
*****************************************************************
""",
    ),
    dict(
        kind="rejection", slug="kestrel_friend_colleague_style", lang="en",
        company="Kestrel Generics", contact="jodie.firth@kestrelgenerics.example.co.uk",
        frm=("Jodie Firth", "jodie.firth@kestrelgenerics.example.co.uk"),
        subject="re that reg affairs job...",
        date="2026-03-13 12:44 +0000",
        text="""Hiya El!

So. Bad news, sorry :( Grabbed Martin from Reg Affairs in the canteen and they've gone
with somebody from our own QA team for the assistant job, so your application's not going
any further. He did say it was one of the better ones he read and that the cover letter
bit about the Falsified Medicines scanning rollout at Kirkgate made him smile.

Honestly I think they'd half decided before it was even advertised. Don't let it put you
off, there'll be another one in the spring when Sandra goes on mat leave and I'll shout
the minute it's up.

Drink Friday? My round.

J x

Jodie Firth
Packaging Technologist | Kestrel Generics, Thorp Arch Estate, Wetherby LS23 7FZ
""",
    ),
    dict(
        kind="rejection", slug="lindqvist_headhunter_unnamed_client", lang="en",
        company="Lindqvist Moreau Executive Search", contact="h.lindqvist@lindqvist-moreau.example.ch",
        key="lm-reject",
        frm=("Henrik Lindqvist", "h.lindqvist@lindqvist-moreau.example.ch"),
        subject="Confidential search – Regulatory Affairs Coordinator, Basel",
        subj_cs=("utf-8", "B"),
        date="2026-07-09 08:20 +0200",
        refs=["lm-invite"],
        text="""Dear Eleanor,

I promised to be straightforward with you, so here it is: my client has concluded the
first round and has chosen not to progress your candidacy for the coordinator role.

The hiring manager was candid that the absence of Swissmedic or EU submissions
experience weighed more heavily than she had expected when we first spoke. Your
pharmacy-floor knowledge of labelling and patient information was noted positively, and
she would like me to keep you in view for a more junior role.

Thank you for the time you gave this. I will not share your details with anyone else
without asking you first.

Kind regards,

Henrik Lindqvist
Partner
Lindqvist Moreau Executive Search AG
Aeschenvorstadt 48, 4051 Basel, Switzerland
+41 61 555 02 18

This e-mail is confidential and intended solely for the addressee.
""",
    ),
    dict(
        kind="rejection", slug="veridian_ashby_html_only", lang="en",
        company="Veridian Regulatory", contact="",
        frm=("Veridian Regulatory", "no-reply@ashbyhq.com"),
        subject="Update on your Veridian Regulatory application",
        date="2026-09-25 07:00 -0700",
        refs=["veridian-invite", "veridian-noshow"],
        headers=[("Auto-Submitted", "auto-generated")],
        html_only=True,
        layout=("card", "Veridian Regulatory", "#3b2f80", "Powered by Ashby"),
        text="""Hi Eleanor,

Thank you for your interest in the Regulatory Affairs Assistant opening at Veridian
Regulatory in Cambridge.

After reviewing where things stand, the team has decided to close your application and
will not be continuing with your candidacy for this role.

We're grateful for the time you spent with us and wish you every success.

Veridian Regulatory Recruiting
""",
    ),
    dict(
        kind="rejection", slug="liffey_workable_reply_to_human", lang="en",
        company="Liffey Trials", contact="orla.brennan@liffeytrials.example.ie",
        frm=("Liffey Trials", "noreply@workablemail.com"),
        reply_to=("Orla Brennan", "orla.brennan@liffeytrials.example.ie"),
        subject="Clinical Regulatory Assistant at Liffey Trials",
        date="2026-03-24 10:30 +0000",
        layout=("card", "Liffey Trials", "#1d6fa5", "Sent with Workable"),
        text="""Hi Eleanor,

Thanks so much for the application and for being patient while we got through the
shortlist.

Unfortunately we're not able to offer you a position on this occasion. The team felt that
another applicant's direct experience of clinical trial applications under the EU CTR was
the closer fit for what we need in the first few months.

You're welcome to reply to this email if you'd like a bit more detail; it comes straight
to me.

Best,
Orla Brennan
Operations Lead, Liffey Trials
""",
    ),
    dict(
        kind="rejection", slug="calder_bamboohr_base64", lang="en",
        company="Calder Pharma Services", contact="",
        frm=("Calder Pharma Services", "no-reply@bamboohr.com"),
        subject="Regulatory Documentation Assistant - Calder Pharma Services",
        date="2026-04-02 08:47 +0100",
        refs=["calder-ack"],
        cte="base64",
        text="""Dear Eleanor,

We appreciate the time and effort you put into your application for the Regulatory
Documentation Assistant position.

Having reviewed the applications received, we regret to let you know that you were not
selected to proceed to the next stage. We had an unusually large number of applicants with
document-control backgrounds for this role.

We wish you well in your search.

Sincerely,
Hiring Team, Calder Pharma Services
Elland Road Industrial Park, Leeds LS11 8BU
""",
    ),
    dict(
        kind="rejection", slug="ardmore_taleo_latin1_disclaimer", lang="en",
        company="Ardmore Pharmaceuticals", contact="",
        key="ardmore-reject",
        frm=("Ardmore Pharmaceuticals Talent Acquisition", "ardmore@taleo.net"),
        subject="Update on your application: Regulatory Affairs Assistant (26-0412)",
        date="2026-09-01 12:00 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Ms Wójcik-Adeyemi,

Requisition: 26-0412 Regulatory Affairs Assistant, Ringaskiddy / Dublin (hybrid)

Thank you for the interest you have shown in Ardmore Pharmaceuticals and for the
flexibility you showed when your interview had to be rearranged.

It is with regret that we must tell you that we are unable to progress your application
further. The selection panel has identified a candidate whose profile better meets the
requirements of the role at this time.

Your details will be retained in accordance with our candidate privacy notice.

Yours sincerely,

Ciarán Ó Súilleabháin
Talent Acquisition Specialist
Ardmore Pharmaceuticals

--------------------------------------------------------------------
Ardmore Pharmaceuticals DAC is registered in Ireland, company number 512345,
registered office Block 3, Ardmore Business Campus, Dublin 24. This e-mail and any files
transmitted with it are confidential and intended solely for the use of the individual to
whom they are addressed. If you have received this e-mail in error please notify the
sender. This message has been scanned for viruses.
--------------------------------------------------------------------
""",
    ),
    dict(
        kind="rejection", slug="saltaire_outlook_chain", lang="en",
        company="Saltaire Clinical", contact="hannah.booth@saltaireclinical.example.co.uk",
        key="saltaire-reject",
        frm=("Hannah Booth", "hannah.booth@saltaireclinical.example.co.uk"),
        subject="RE: Interview - Regulatory Affairs Assistant",
        date="2026-08-10 16:20 +0100",
        refs=["saltaire-apply", "saltaire-invite", "saltaire-confirm"],
        layout=("outlook",),
        cte="quoted-printable",
        text=outlook_block("en", f"{ME} <{ADDR}>", "23 July 2026 08:12",
                           "Hannah Booth <hannah.booth@saltaireclinical.example.co.uk>",
                           "RE: Interview - Regulatory Affairs Assistant", """Hi Hannah,

Thursday 30 July at 2pm is perfect, thank you. I'll bring photo ID and my certificates.

Best wishes,
Eleanor
""").join(["""Hi Eleanor,

Thanks again for coming over to Salts Mill Road, and apologies that this has taken a
little longer than I said it would.

We've now seen everyone and, I'm sorry to tell you, we've decided to offer the role to
another applicant. It was close. Where they edged it was previous experience maintaining a
submissions tracker in Veeva, which is a big part of the first six months here.

I'd be very happy to talk through the panel's notes by phone if that would help.

Kind regards,
Hannah

Hannah Booth
Resourcing Manager
Saltaire Clinical Ltd | Unit 4, Salts Mill Road, Shipley BD17 7EF
01274 555 310

""", """
________________________________
From: Hannah Booth <hannah.booth@saltaireclinical.example.co.uk>
Sent: 20 July 2026 15:47
To: """ + f"{ME} <{ADDR}>" + """
Subject: Interview - Regulatory Affairs Assistant

Hi Eleanor,

Thank you for your application. We'd like to invite you to interview for the Regulatory
Affairs Assistant role. Could you do Thursday 30 July at 2pm or Friday 31 July at 10am?
It will be about an hour with me and our Head of Regulatory.

Kind regards,
Hannah
"""]),
    ),
    dict(
        kind="rejection", slug="irwell_nhs_after_interview_signature", lang="en",
        company="Irwell Health NHS Foundation Trust",
        contact="lindsey.okafor@irwellhealth.example.nhs.uk",
        frm=("Lindsey Okafor", "lindsey.okafor@irwellhealth.example.nhs.uk"),
        subject="Clinical Trials Assistant (ref 321-PH-2291) - interview outcome",
        date="2026-06-11 15:10 +0100",
        text="""Dear Eleanor,

Thank you for attending interview on Tuesday 9 June for the post of Clinical Trials
Assistant (Band 4), reference 321-PH-2291.

I'm sorry to inform you that on this occasion you have not been successful. The panel
scored you highly on communication and on your understanding of good clinical practice,
but the appointed candidate had direct experience of preparing trial master file
documentation.

If you would like feedback, Mr Adebayo, Lead Pharmacist for Clinical Trials, has offered
to call you; just reply with a couple of times that suit.

Thank you for your interest in working for Irwell Health.

Yours sincerely,

Lindsey Okafor
Recruitment Officer
Irwell Health NHS Foundation Trust
Trust Headquarters, Stott Lane, Salford M6 8HD
Telephone: 0161 555 4420
""",
    ),
    dict(
        kind="rejection", slug="sorrel_teamtailor_not_further", lang="en",
        company="Sorrel Biotech", contact="",
        frm=("Sorrel Biotech", "no-reply@teamtailor-mail.com"),
        subject="About your application for Regulatory Operations Assistant",
        date="2026-09-14 09:02 +0100",
        refs=["sorrel-ack"],
        layout=("card", "Sorrel Biotech", "#7a9a01", "Sorrel Biotech · Babraham Research Campus"),
        text="""Hi Eleanor,

We've now had the chance to go through every application for the Regulatory Operations
Assistant role, including yours.

This time we won't be taking your application further. We know it's not the news you were
hoping for and we really appreciate the care you put into it.

You can keep your profile connected to Sorrel Biotech and we'll let you know when
something new opens up.

Warmly,
People & Culture, Sorrel Biotech
""",
    ),
    dict(
        kind="rejection", slug="brackenfield_b_encoded_subject", lang="en",
        company="Brackenfield Pharma", contact="marcus.ellery@brackenfield.example.co.uk",
        key="brackenfield-reject",
        frm=("Marcus Ellery", "marcus.ellery@brackenfield.example.co.uk"),
        subject="Your application – Regulatory Affairs Assistant",
        subj_cs=("utf-8", "B"),
        date="2026-10-06 14:14 +0100",
        refs=["brackenfield-apply", "brackenfield-ack"],
        layout=("plain",),
        text="""Dear Eleanor,

Many thanks for applying, and for your patience while we worked through the recruitment.

Having compared every application against the person specification, we have shortlisted
candidates who meet more of the essential criteria, in particular a life-sciences degree,
so we won't be inviting you to the next stage.

I'd encourage you to look at our apprenticeship scheme next spring, which takes people
from pharmacy backgrounds.

Best regards,

Marcus Ellery
HR Business Partner
Brackenfield Pharma, Osbaldwick Link Road, York YO19 5UX
01904 555 270
""",
    ),
    dict(
        kind="rejection", slug="castlefield_forwards_haworth_no", lang="en",
        company="Haworth Healthcare", contact="imran.qureshi@castlefield.example.co.uk",
        key="castlefield-haworth-reject",
        frm=("Imran Qureshi", "imran.qureshi@castlefield.example.co.uk"),
        subject="Fwd: Eleanor Wojcik-Adeyemi - RA Assistant",
        date="2026-04-09 09:40 +0100",
        refs=["castlefield-haworth-missed"],
        text="""Morning Eleanor,

I'm forwarding Haworth Healthcare's reply below so you see it first hand. Not the outcome
either of us wanted, and I think the missed call didn't help, but they were fair about it.

Let's have ten minutes on the phone this week and I'll go through what else I have in
Greater Manchester.

Imran

""" + forwarded("en", "Nadia Shah <nadia.shah@haworthhealthcare.example.co.uk>",
                "Wed, 8 Apr 2026 at 17:22", "Eleanor Wojcik-Adeyemi - RA Assistant",
                "Imran Qureshi <imran.qureshi@castlefield.example.co.uk>", """Hi Imran,

Thanks for putting Eleanor forward and for chasing after the phone interview mix-up.

We've reflected and decided not to progress her. With the volume of applicants who already
have regulatory submissions experience, we can't justify another slot at this point.
Please thank her for her interest.

Best,
Nadia Shah
Head of Regulatory Operations, Haworth Healthcare
""") + """
--
Imran Qureshi | Principal Consultant, Life Sciences
Castlefield Scientific Recruitment, 9 Quay Street, Manchester M3 3JE
0161 555 0190
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="rejection", slug="neckarpharm_personio_absage", lang="de",
        company="Neckarpharm", contact="jana.hoffmeister@neckarpharm.example.de",
        key="neckarpharm-reject",
        frm=("Neckarpharm GmbH", "noreply@personio.de"),
        reply_to=("Jana Hoffmeister", "jana.hoffmeister@neckarpharm.example.de"),
        subject="Ihre Bewerbung als Regulatory Affairs Assistant (m/w/d)",
        date="2026-04-22 10:11 +0200",
        refs=["neckarpharm-ack", "neckarpharm-invite", "neckarpharm-cancel"],
        layout=("card", "Neckarpharm", "#c0392b", "Neckarpharm GmbH · Im Neuenheimer Feld 582 · 69120 Heidelberg"),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihr Interesse an Neckarpharm und Ihre Geduld, nachdem wir das geplante
Gespräch kurzfristig absagen mussten.

Leider müssen wir Ihnen mitteilen, dass wir die Stelle inzwischen mit einer Kandidatin
besetzt haben, die bereits Erfahrung mit Zulassungsverfahren beim BfArM mitbringt. Einen
neuen Gesprächstermin wird es daher nicht geben.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für
Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Jana Hoffmeister
Talent Acquisition
Neckarpharm GmbH
""",
    ),
    dict(
        kind="rejection", slug="kurpfalz_softgarden_latin1", lang="de",
        company="Kurpfalz Arznei", contact="",
        key="kurpfalz-reject",
        frm=("Kurpfalz Arznei GmbH über softgarden", "noreply@softgarden.io"),
        frm_cs=("iso-8859-1", "Q"),
        subject="Rückmeldung zu Ihrer Bewerbung (Junior Regulatory Affairs, Kennziffer 2026-117)",
        subj_cs=("iso-8859-1", "Q"),
        date="2026-07-20 08:31 +0200",
        charset="iso-8859-1",
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

nochmals herzlichen Dank für Ihre Bewerbung und für das nachgeholte Telefoninterview.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, Bewerberinnen und
Bewerber in die engere Wahl zu nehmen, deren Profil noch genauer zu den Anforderungen der
Position passt. Wir können Ihnen deshalb leider keine Zusage geben.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kurpfalz Arznei GmbH
Bergheimer Straße 140, 69115 Heidelberg
""",
    ),
    dict(
        kind="rejection", slug="kurpfalz_personal_relays_odenwald", lang="de",
        company="Odenwald Biotech", contact="t.engelhardt@kurpfalz-personal.example.de",
        key="kp-odenwald-reject",
        frm=("Tobias Engelhardt", "t.engelhardt@kurpfalz-personal.example.de"),
        subject="Odenwald Biotech: leider keine guten Nachrichten für Sie",
        subj_cs=("iso-8859-1", "B"),
        date="2026-07-28 17:02 +0200",
        refs=["kp-odenwald-invite", "kp-odenwald-missed"],
        charset="windows-1252",
        cte="quoted-printable",
        text="""Hallo Frau Wójcik-Adeyemi,

ich habe heute Nachmittag mit Herrn Baumgartner von Odenwald Biotech gesprochen. Nach dem
Ersatztermin letzte Woche hat sich das Team gegen Sie entschieden – ausschlaggebend war am
Ende das fehlende Deutsch auf Verhandlungsniveau, da die Stelle viel Kontakt mit dem
Regierungspräsidium Karlsruhe hat.

Fachlich war man angetan, vor allem von Ihrer Erfahrung mit Rezeptur und Packungsbeilagen.
Ich halte die Augen offen für englischsprachige Teams in der Region und melde mich, sobald
ich etwas Passendes habe.

Beste Grüße
Tobias Engelhardt

Kurpfalz Personal – Life Sciences
Hauptstraße 97 · 69117 Heidelberg
Tel. 06221 555 418
""",
    ),
    dict(
        kind="rejection", slug="neckartal_stelle_gestrichen_base64", lang="de",
        company="Hochschule Neckartal", contact="sabine.kroeger@hs-neckartal.example.de",
        key="neckartal-reject",
        frm=("Dr. Sabine Kröger", "sabine.kroeger@hs-neckartal.example.de"),
        subject="Ausschreibung Nr. 2026/041 – Sachbearbeitung Regulatory Affairs",
        date="2026-06-30 11:00 +0200",
        refs=["neckartal-invite", "neckartal-move"],
        cte="base64",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

wir bedanken uns für Ihre Bewerbung und Ihr Interesse an der Hochschule Neckartal.

Die ausgeschriebene Stelle (Nr. 2026/041, Sachbearbeitung Regulatory Affairs im Zentrum
für klinische Studien) kann aufgrund einer vom Land verfügten Haushaltssperre nicht besetzt
werden. Das Auswahlverfahren ist damit beendet; der vereinbarte Termin entfällt, und wir
können Ihre Bewerbung nicht weiter berücksichtigen.

Ihre Unterlagen werden nach Ablauf der Frist des AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Dr. Sabine Kröger
Sachgebietsleitung Personal
Hochschule Neckartal · Czernyring 22 · 69115 Heidelberg
""",
    ),
    dict(
        kind="rejection", slug="rheinauen_after_interview_quotes_danke", lang="de",
        company="Rheinauen Pharma", contact="florian.weidinger@rheinauen-pharma.example.de",
        frm=("Florian Weidinger", "florian.weidinger@rheinauen-pharma.example.de"),
        subject="AW: Vielen Dank für das Gespräch",
        date="2026-05-19 09:25 +0200",
        refs=["rheinauen-danke"],
        layout=("plain",),
        text=f"""Liebe Frau Wójcik-Adeyemi,

herzlichen Dank für Ihre freundliche Nachricht – das Gespräch hat uns ebenfalls Freude
gemacht.

Umso schwerer fällt mir diese Antwort: Wir haben uns für einen Kandidaten entschieden,
der bereits zwei Jahre im eCTD-Publishing gearbeitet hat. Das war für das kleine Team am
Ende das entscheidende Kriterium.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße aus Heidelberg
Florian Weidinger
Leiter Regulatory Affairs | Rheinauen Pharma GmbH
Speyerer Straße 8 · 69115 Heidelberg · +49 6221 555 7301

{wrote("de", "12.05.2026 um 18:03", ME, ADDR)}
{quote('''Sehr geehrter Herr Weidinger,

vielen Dank für das angenehme Vorstellungsgespräch heute und die Führung durch die
Abteilung. Ich habe viel über Ihre Arbeit mit Variations gelernt und bin nach wie vor sehr
an der Stelle interessiert.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Eleanor Wójcik-Adeyemi''')}
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="rejection", slug="saint_clair_teamtailor_regret", lang="fr",
        company="Génériques Saint-Clair", contact="",
        key="saintclair-reject",
        frm=("Génériques Saint-Clair", "no-reply@teamtailor-mail.com"),
        frm_cs=("iso-8859-1", "Q"),
        subject="Votre candidature – Assistant(e) Affaires Réglementaires",
        subj_cs=("utf-8", "B"),
        date="2026-06-12 10:20 +0200",
        refs=["saintclair-ack"],
        layout=("card", "Génériques Saint-Clair", "#004b87", "Génériques Saint-Clair · Quai Saint-Clair · 69001 Lyon"),
        text="""Bonjour Eleanor,

Nous vous remercions pour l'intérêt que vous portez à Génériques Saint-Clair et pour le
temps que vous nous avez consacré lors de votre entretien.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le
poste d'Assistant(e) Affaires Réglementaires. Nous avons privilégié un profil disposant
d'une première expérience des dossiers de variation auprès de l'ANSM.

Nous conservons votre profil dans notre vivier et vous souhaitons pleine réussite dans vos
recherches.

Bien cordialement,
L'équipe Recrutement
""",
    ),
    dict(
        kind="rejection", slug="fourviere_pourvu_en_interne", lang="fr",
        company="Institut Fourvière de Recherche Clinique",
        contact="sebastien.morel@fourviere-rc.example.fr",
        frm=("Sébastien Morel", "sebastien.morel@fourviere-rc.example.fr"),
        frm_cs=("utf-8", "B"),
        subject="Suite à votre journée d'immersion",
        date="2026-07-24 18:05 +0200",
        refs=["fourviere-invite"],
        cte="quoted-printable",
        text="""Bonjour Madame Wójcik-Adeyemi,

Je vous remercie encore d'avoir passé la journée avec l'équipe réglementaire le 15 juillet ;
vos questions sur la traçabilité des lots ont été très appréciées.

Je dois cependant vous annoncer que le poste a finalement été pourvu en interne : une
collègue de l'unité de pharmacovigilance a demandé sa mobilité et la direction a validé sa
candidature. Le recrutement externe est donc clos.

Je suis désolé de cette issue, qui ne reflète en rien la qualité de votre candidature.

Bien à vous,

Sébastien Morel
Responsable des Affaires Réglementaires
Institut Fourvière de Recherche Clinique
12 montée Saint-Barthélemy, 69005 Lyon
04 78 55 21 90
""",
    ),
    dict(
        kind="rejection", slug="rhone_talents_relays_ainay", lang="fr",
        company="Laboratoires Ainay", contact="chloe.barbier@rhonetalents.example.fr",
        frm=("Chloé Barbier", "chloe.barbier@rhonetalents.example.fr"),
        frm_cs=("iso-8859-1", "B"),
        subject="Retour des Laboratoires Ainay",
        date="2026-04-30 14:30 +0200",
        charset="windows-1252",
        cte="8bit",
        text="""Bonjour Eleanor,

Je reviens vers vous concernant votre candidature chez mon client, les Laboratoires Ainay.

Malheureusement, ils ne donneront pas suite : après avoir comparé les dossiers, ils
préfèrent une personne déjà francophone à l’écrit pour la rédaction des notices. Ils ont
beaucoup apprécié votre parcours en officine, mais l’écart sur la langue était trop grand
pour ce poste-là.

Je garde votre dossier actif chez Rhône Talents et je vous propose d’en parler jeudi.

Belle fin de journée,
Chloé

Chloé Barbier – Consultante Life Sciences
Rhône Talents · 45 rue de la République · 69002 Lyon
06 55 12 48 30
""",
    ),
    dict(
        kind="rejection", slug="saint_irenee_html_only_latin1", lang="fr",
        company="Hôpital Saint-Irénée", contact="",
        frm=("DRH – Hôpital Saint-Irénée", "ne-pas-repondre@hopital-st-irenee.example.fr"),
        subject="Candidature – Technicien(ne) d’information pharmaceutique",
        subj_cs=("utf-8", "Q"),
        date="2026-03-27 09:00 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
        html_only=True,
        layout=("plain",),
        text="""Madame,

Nous accusons bonne réception de votre dossier et vous remercions de l'intérêt que vous
portez à notre établissement.

Après examen attentif de votre candidature par la commission de recrutement de la
pharmacie à usage intérieur, nous avons le regret de ne pouvoir y donner une suite
favorable.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hôpital Saint-Irénée, 3 rue de Trion, 69005 Lyon

Merci de ne pas répondre à ce message.
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="rejection", slug="miralbo_successfactors_lamentamos", lang="es",
        company="Laboratorios Miralbo", contact="",
        key="miralbo-reject",
        frm=("Laboratorios Miralbo", "noreply@successfactors.eu"),
        subject="Actualización sobre tu candidatura – Técnico/a de Asuntos Regulatorios",
        date="2026-06-24 13:00 +0200",
        refs=["miralbo-ack"],
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Laboratorios Miralbo", "#8e1b3b", "Laboratorios Miralbo, S.A. · Carrer de Pujades 77 · 08005 Barcelona"),
        text="""Hola Eleanor:

Gracias por tu interés en Laboratorios Miralbo y por tu paciencia tras la anulación de la
entrevista prevista.

Lamentamos comunicarte que hemos decidido no seguir adelante con tu candidatura para el
puesto de Técnico/a de Asuntos Regulatorios (ref. MIR-0326). El proceso ha concluido con la
incorporación de una persona con experiencia previa ante la AEMPS.

Conservaremos tus datos durante doce meses para futuras oportunidades, salvo que nos
indiques lo contrario.

Un saludo,
Equipo de Talento – Laboratorios Miralbo
""",
    ),
    dict(
        kind="rejection", slug="tibidabo_human_quotes_thanks", lang="es",
        company="Farmacéutica Tibidabo", contact="nuria.ferrer@tibidabo-farma.example.es",
        key="tibidabo-reject",
        frm=("Núria Ferrer", "nuria.ferrer@tibidabo-farma.example.es"),
        frm_cs=("iso-8859-1", "B"),
        subject="Re: Gracias por la conversación",
        date="2026-08-04 12:15 +0200",
        refs=["tibidabo-call", "tibidabo-thanks"],
        charset="iso-8859-1",
        cte="quoted-printable",
        text=f"""Hola Eleanor:

Muchas gracias por tu mensaje, fue un placer charlar contigo.

Después de comentarlo con el equipo, hemos decidido seguir adelante con otros perfiles
que ya han trabajado con el procedimiento descentralizado. Sé que no es la respuesta que
esperabas y te agradezco mucho el interés.

Si en unos meses abrimos una posición más junior, te escribiré yo misma.

Un abrazo,
Núria

Núria Ferrer
Responsable de Personas · Farmacéutica Tibidabo
Passeig de Sant Gervasi 51, 08022 Barcelona

{wrote("es", "mié, 22 jul 2026 a las 19:40", ME, ADDR)}
{quote('''Hola Núria:

Gracias de nuevo por la entrevista de esta mañana y por explicarme cómo trabaja el equipo
de registros. Me ha confirmado que es exactamente el paso que quiero dar.

Quedo a la espera de vuestras noticias.

Saludos,
Eleanor''')}
""",
    ),
    dict(
        kind="rejection", slug="talento_farma_relays_besos", lang="es",
        company="Farmacéutica del Besòs", contact="jordi.casals@talentofarma.example.es",
        frm=("Jordi Casals", "jordi.casals@talentofarma.example.es"),
        subject="Tu candidatura en Farmacéutica del Besòs",
        subj_cs=("iso-8859-1", "Q"),
        date="2026-05-29 11:45 +0200",
        charset="windows-1252",
        cte="base64",
        text="""Hola Eleanor,

Te escribo porque Farmacéutica del Besòs ya me ha dado respuesta sobre tu perfil: no van a
continuar con tu candidatura para el puesto de asistente de registros.

Me comentan que buscan a alguien con castellano nativo para la relación diaria con la
AEMPS. Les ha gustado tu experiencia en farmacia comunitaria, así que no lo tomes como
algo personal.

Sigo moviendo tu CV con otros clientes del Baix Llobregat y te llamo la semana que viene.

Un saludo,

Jordi Casals
Consultor Senior – Pharma & Healthcare
Talento Farma Barcelona · Gran Via de les Corts Catalanes 612 · 08007 Barcelona
+34 93 555 18 40
""",
    ),
    dict(
        kind="rejection", slug="bioclinica_gracia_proceso_suspendido", lang="es",
        company="Bioclínica Gràcia", contact="alba.soler@bioclinica-gracia.example.es",
        frm=("Bioclínica Gràcia", "noreply@workablemail.com"),
        reply_to=("Alba Soler", "alba.soler@bioclinica-gracia.example.es"),
        subject="Asistente de Asuntos Regulatorios – estado del proceso",
        date="2026-09-29 16:00 +0200",
        refs=["bioclinica-ack"],
        layout=("card", "Bioclínica Gràcia", "#2c7a7b", "Enviado con Workable"),
        text="""Hola Eleanor:

Te escribimos para informarte de que el proceso de selección para el puesto de Asistente
de Asuntos Regulatorios queda en suspenso por una reorganización interna del departamento.

Por este motivo no vamos a continuar con las candidaturas que estaban en curso, incluida
la tuya. Si el puesto se vuelve a publicar, lo anunciaremos en nuestra web.

Gracias por tu tiempo y por el interés en Bioclínica Gràcia.

Alba Soler
Coordinadora de RR. HH.
""",
    ),
]
