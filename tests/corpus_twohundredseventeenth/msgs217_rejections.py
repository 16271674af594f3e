"""Corpus 217, kind `rejection`: 31 hand-written specs (en 18, de 5, fr 4, es 4)."""

from msgs217_common import (
    ME,
    ats_card,
    attribution,
    forwarded_header,
    html_paras,
    outlook_header,
    quote,
    simple_html,
    word_html,
)

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------------------ English

_t = """Hi Oonagh,

Thank you for your lovely note after the panel, and for the time you gave us on the 26th.

I'm sorry to be coming back with disappointing news. The panel met on Tuesday and, after a long discussion, agreed to offer the Clinical Trial Coordinator post to someone who has already run device investigations under ISO 14155 from site start-up right through to close-out. It was close, and your feel for patient-facing work came across really well.

If it would help, I'm happy to walk you through the panel's notes on a short call some afternoon.

Best wishes,
Ruairí

Ruairí Brennan
Talent Partner | Liffey Orthodynamics
Unit 7, Grand Canal Quay, Dublin 2, D02 XK71
+353 1 555 0142

""" + attribution("en", "2026-02-26 18:05", *ME) + "\n" + quote("""Dear Ruairí,

Thank you to you, Dr Nolan and Gráinne for this afternoon's interview. I really enjoyed hearing about the knee-implant follow-up study and how your team plans the site visits.

Having sat in on so many patient recalls in the practice, I'd love the chance to bring that to your investigator sites. I'm very keen on the role and look forward to hearing from you.

Kind regards,
Oonagh""")
add(dict(
    kind="rejection", name="lever_after_panel_quotes_thanks", lang="en",
    company="Liffey Orthodynamics", contact="ruairi.brennan@liffeyortho.example.ie",
    key="t5_reject", parent="t5_own_thanks",
    frm=("Ruairí Brennan (Liffey Orthodynamics)", "no-reply@hire.lever.co"),
    reply_to=("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie"),
    date="2026-03-06 15:40 +0000",
    subject="Re: Thank you – Clinical Trial Coordinator interview",
    subject_enc=("utf-8", "Q", "Re: "),
    text=_t, html=simple_html(html_paras(_t)),
    headers=[("X-Lever-Posting", "liffey-ortho/ctc-dub-2026-02")],
))

_t = """Dear Oonagh Ferreira-Blake,

Requisition UICS-2026-114 - Clinical Research Coordinator (Band 5)

Thank you for the time and effort you put into the selection process for the above post, including the online assessment and the interview stage.

The selection panel has now completed its deliberations. We regret to inform you that your application has not been successful on this occasion.

Your details will be held on file for twelve months in line with our records management policy. You are welcome to apply for future vacancies through our careers portal.

Yours sincerely,

Human Resources Directorate
Ulster Institute of Clinical Science

This is an automatically generated message. Please do not reply to this email address.
"""
add(dict(
    kind="rejection", name="taleo_formal_after_assessment", lang="en",
    company="Ulster Institute of Clinical Science", contact="", key="t26_reject",
    frm=("Ulster Institute of Clinical Science", "noreply@taleo.net"),
    date="2026-04-14 09:02 +0100",
    subject="UICS-2026-114 Clinical Research Coordinator: outcome of your application",
    text=_t,
    html=ats_card("Ulster Institute of Clinical Science", "#00594f", html_paras(_t),
                  footer="Ulster Institute of Clinical Science, 97 Lisburn Road, Belfast BT9 7AB"),
    cte="quoted-printable",
))

_t = """Dear Oonagh,

Thanks again for spending the day with us at the Mercy site earlier this month and for the questions you asked the research nurses; they mentioned them afterwards.

We've now reviewed everyone who took part in the trial days. We've decided to move forward with candidates whose experience more closely matches what the Research Coordinator (Oncology) role needs right now, in particular hands-on experience with chemotherapy regimens and SAE reporting.

We know this isn't the answer you were hoping for. Please keep an eye on our vacancies page: we expect two more coordinator posts to open when the new radiotherapy study is funded in the autumn.

Warm regards,
The Cork Cancer Trials Group team
"""
add(dict(
    kind="rejection", name="workable_soft_closer_match", lang="en",
    company="Cork Cancer Trials Group", contact="", key="t19_reject",
    frm=("Cork Cancer Trials Group", "noreply@workablemail.com"),
    date="2026-05-26 11:15 +0100",
    subject="Your application for Research Coordinator (Oncology)",
    text=_t, html=ats_card("Cork Cancer Trials Group", "#7b2d8e", html_paras(_t),
                           footer="Cork Cancer Trials Group CLG, registered charity 20081234. "
                                  "Powered by Workable."),
))

_t = """Dear Oonagh,

I'm writing with an update on the Clinical Research Nurse / Coordinator post in the Clinical Research Facility.

Our funder has paused the second tranche of the grant that was to pay for this post while they review their programme. As a result, the role has been put on hold and we will not proceed with an appointment from this competition. I'm conscious that we had already cancelled your meeting with Professor Hynes, and I'm sorry that this is where it has ended.

If the post is re-advertised we will contact everyone who applied this time, and I'd encourage you to apply again.

Is mise le meas,
Aisling Ní Fhlatharta
Research Administrator, Clinical Research Facility
Mara University, University Road, Galway H91 C2X4
T: +353 91 555 318

Ollscoil na Mara / Mara University
Tá an ríomhphost seo agus aon chomhaid a ghabhann leis faoi rún agus ceaptha d'úsáid an fhaighteora amháin.
This email and any files transmitted with it are confidential and intended solely for the use of the addressee. If you have received it in error, please notify the sender and delete it. Mara University does not accept liability for any views expressed that are not those of the University.
"""
add(dict(
    kind="rejection", name="university_post_on_hold", lang="en",
    company="Mara University", contact="aisling.niflatharta@marauni.example.ie",
    key="t18_hold", parent="t18_cancel",
    frm=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    date="2026-10-19 12:31 +0100",
    subject="Re: CRF Clinical Research Nurse / Coordinator - update",
    text=_t, cte="8bit",
))

_t = """Oonagh - thanks for your patience while we sorted ourselves out. We're not going to progress your application for the CTA role. All the best with the search.

Conor

Sent from my iPhone
"""
add(dict(
    kind="rejection", name="terse_hiring_manager", lang="en",
    company="Mourne Clinical", contact="conor.mcateer@mourneclinical.example.co.uk",
    key="t17_reject", parent="t17_missed",
    frm=("Conor McAteer", "conor.mcateer@mourneclinical.example.co.uk"),
    date="2026-03-12 17:51 +0000",
    subject="Re: Phone screen - Clinical Trial Assistant",
    text=_t,
))

_t = """Hi Oonagh,

Just off the phone with Lee Valley. I'll give it to you straight: they've said no this time.

They genuinely liked you - Paul said your answers on consent and patient recall were the best of the day. Where it fell down was device vigilance: the role owns the MDR reporting on two post-market studies from week one, and the other finalist has done exactly that at a competitor in Galway.

I know that's not what you wanted after all the prep you put in, and I'm sorry. I'm not giving up on you though; I have a couple of other clients in Cork I'd like to talk to you about. Can I ring you tomorrow around 12?

Ciarán

Ciarán Twomey
Senior Consultant, Life Sciences
Westpoint Life Science Recruitment
3 Lapps Quay, Cork T12 RX56
M: +353 87 555 2291
"""
add(dict(
    kind="rejection", name="agency_relays_client_no", lang="en",
    company="Lee Valley Medical Devices", contact="ciaran.twomey@westpointrecruit.example.ie",
    key="t7_reject", parent="t7_moved",
    frm=("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie"),
    date="2026-02-16 16:48 +0000",
    subject="Lee Valley - feedback",
    text=_t,
))

_quoted = outlook_header("en", ("Niall Considine", "niall@harbourhale.example.ie"),
                         "2026-08-27 10:02", "Oonagh Ferreira-Blake",
                         "Clinical operations role - digital health (confidential)") + """

Hi Oonagh,

As discussed, I'd like to put you forward for a confidential clinical operations role with a Dublin digital-health scale-up running a decentralised trial of a remote-monitoring app. They'd want a first interview in early September, probably on Teams, with the Head of Clinical.

Can you confirm you're happy for me to send your CV?

Niall"""
_t = """Hi Oonagh,

I've heard back from my client on the digital-health role, and unfortunately they won't be taking you through to a first interview.

Their reasoning, for what it's worth: they've decided to hire a data manager rather than a coordinator, because most of the study runs through the app and they think the site-facing work will be small. It says more about how their plans changed than about your CV.

I'll keep you front of mind for anything that is genuinely site-based.

Kind regards,
Niall

Niall Considine | Director
Harbour & Hale Search Ltd
Fitzwilliam Hall, Fitzwilliam Place, Dublin 2
+353 1 555 7730

""" + _quoted
add(dict(
    kind="rejection", name="headhunter_unnamed_client", lang="en",
    company="Harbour & Hale", contact="niall@harbourhale.example.ie",
    key="t12_other_reject",
    frm=("Niall Considine", "niall@harbourhale.example.ie"),
    date="2026-09-15 14:20 +0100",
    subject="RE: Clinical operations role - digital health (confidential)",
    text=_t, html=word_html(html_paras(_t)),
    external_refs=["<b1e0c2f7aa.hh-intro@harbourhale.example.ie>"],
))

_t = """Dear Ms Ferreira-Blake

Post: Clinical Trials Coordinator, Research & Development Office (Ref LHSC/26/0412)

Thank you for attending for interview on Tuesday 2 June.

I am writing to let you know that, following the interviews, the post has been filled through the Trust's internal redeployment process. Under the HSC “Redeployment First” protocol a displaced member of staff with the required competencies had priority, and no appointment will be made from the external competition, including from the merit list.

I appreciate this is disappointing after the effort you put in, particularly with the change of interview date. You are very welcome to apply for future posts via HSC Recruit.

Yours sincerely

Bronagh Kerr
Recruitment Officer, Human Resources
Lagan Health and Social Care Trust
Knockbracken House, Saintfield Road, Belfast BT8 8BH
Tel: 028 9555 3170

-----------------------------------------------------------------------
This message is intended for the addressee only. Any views or opinions expressed are those of the author and do not necessarily represent those of the Trust. If you are not the intended recipient, please notify the sender immediately and delete this email. Emails may be monitored for compliance purposes. The Trust accepts no liability for any damage caused by viruses.
-----------------------------------------------------------------------
"""
add(dict(
    kind="rejection", name="trust_filled_internally", lang="en",
    company="Lagan Health and Social Care Trust", contact="bronagh.kerr@laganhsc.example.co.uk",
    key="t9_reject", parent="t9_ill",
    frm=("Kerr, Bronagh", "bronagh.kerr@laganhsc.example.co.uk"),
    date="2026-06-10 10:05 +0100",
    subject="Ref LHSC/26/0412 Clinical Trials Coordinator - outcome",
    text=_t, charset="windows-1252", cte="quoted-printable",
))

_t = """Hi Oonagh,

Thanks for getting back to me about the 15th, and I'm glad the family situation is settling.

As we weren't able to meet that day and the start-up timeline for this vaccine study is tight, we carried on with the candidates who were already in the final round. We've now made a choice, so I'm closing your application for the Trial Coordinator vacancy rather than rearranging.

I've kept your profile in our talent pool, and if a similar vacancy opens in the autumn I'll reach out personally.

Kind regards,
Femke

Femke de Wit
Talent Acquisition | Rijnland Trial Partners B.V.
J.H. Oortweg 21, 2333 CH Leiden, the Netherlands
+31 71 555 0193

""" + attribution("en", "2026-04-15 14:31", "Femke de Wit", "femke.dewit@rijnlandtrials.example.nl") + "\n" + quote("""Hi Oonagh,

We had you down for a video interview at 14:00 today and waited on Teams for about 20 minutes, but you didn't join. I also tried your mobile once.

Could you let me know what happened? If something came up, reply and we'll see what we can do.

Femke""")
add(dict(
    kind="rejection", name="after_no_show_not_rearranged", lang="en",
    company="Rijnland Trial Partners", contact="femke.dewit@rijnlandtrials.example.nl",
    key="t3_reject", parent="t3_missed",
    frm=("Femke de Wit", "femke.dewit@rijnlandtrials.example.nl"),
    date="2026-04-24 09:12 +0200",
    subject="Re: Your interview today",
    text=_t,
))

_t = """Hiya Oonagh,

Ah look, I'll just be straight with you as I'd want someone to be with me: we went with a lad who's run a Phase III site before, so it's a no from us this time. Honestly gutted about it, I thought you'd have been great craic to work with and the sponsors would have loved you.

Don't be a stranger - if you're in town for the Galway research network drinks next month, come say hi and I'll buy the first round.

Dervla

--
Dervla Keaveney
Site Services Lead, Salthill Site Services
Upper Salthill, Galway | 091 555 407
"""
add(dict(
    kind="rejection", name="casual_colleague_style", lang="en",
    company="Salthill Site Services", contact="dervla@salthillsites.example.ie",
    frm=("Dervla Keaveney", "dervla@salthillsites.example.ie"),
    date="2026-05-14 21:37 +0100",
    subject="the coordinator job",
    text=_t,
))

_t = """Hi Oonagh,

Thank you for applying for the Clinical Operations Assistant position at Forth Biologics and for your interest in our cell-therapy programme.

We've read your application carefully. We're sorry to let you know that we won't be moving you forward to the next step of our process for this position.

We received a large number of strong applications, and this decision is not a reflection of your potential. We'd be pleased to see your name again on future openings.

All the best,
Forth Biologics Talent Team
"""
add(dict(
    kind="rejection", name="greenhouse_formal", lang="en",
    company="Forth Biologics", contact="",
    frm=("Forth Biologics", "no-reply@greenhouse-mail.io"),
    date="2026-03-25 08:44 +0000",
    subject="Forth Biologics - Clinical Operations Assistant",
    text=_t,
    html=ats_card("Forth Biologics", "#005f73", html_paras(_t),
                  footer="Forth Biologics Ltd, 2 Little France Road, Edinburgh EH16 4UX. "
                         "Sent via Greenhouse."),
))

_t = """Hello Oonagh,

Your application for Clinical Affairs Associate – Galway

After reviewing your profile against the requirements of this position, the hiring team has chosen not to pursue your candidacy any further.

You can still see every position you have applied for at Dunmore Medical, and update your profile, from your SmartRecruiters candidate account.

Regards,
Dunmore Medical Recruiting
"""
add(dict(
    kind="rejection", name="smartrecruiters_html_only", lang="en",
    company="Dunmore Medical", contact="",
    frm=("Dunmore Medical", "noreply@smartrecruiters.com"),
    date="2026-01-30 13:26 +0000",
    subject="Update on your application – Clinical Affairs Associate",
    subject_enc=("utf-8", "B"),
    html=ats_card("Dunmore Medical", "#c8102e", html_paras(_t),
                  button=("View my applications", "https://jobs.smartrecruiters.com/"
                          "DunmoreMedical/candidate"),
                  footer="Dunmore Medical, Ballybrit Business Park, Galway"),
    html_cte="base64",
))

_t = """Dear Oonagh,

Thanks for interviewing with us for the Trial Coordinator (Vaccine Studies) role, and for the preparation you clearly put into it.

We have now completed the first round of interviews. Regretfully, you won't be among the candidates we invite back for the second conversation with our Head of Clinical Operations.

We'll keep your details in our candidate pool for twelve months. You can withdraw your consent at any time via the link in your candidate profile.

With kind regards,
Sleutel Vaccines Recruitment
Zernikedreef 9, 2333 CK Leiden
"""
add(dict(
    kind="rejection", name="teamtailor_after_first_round", lang="en",
    company="Sleutel Vaccines", contact="", key="t12_sleutel_reject",
    frm=("Sleutel Vaccines", "no-reply@teamtailor-mail.com"),
    date="2026-07-20 16:03 +0200",
    subject="Trial Coordinator (Vaccine Studies) at Sleutel Vaccines",
    text=_t,
    html=ats_card("Sleutel Vaccines", "#ff6f3c", html_paras(_t),
                  footer='<a href="https://sleutelvaccines.teamtailor.example.nl/connect">'
                         'Manage your profile</a>'),
    headers=[("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c217sv>")],
))

_t = """Dear Oonagh,

Status update: Clinical Project Assistant (Req 4471), Belfast

Thank you for your continued interest in Ormeau Pharma Services. The position you applied for has now been filled.

Although we are unable to offer you this role, your profile remains active in our talent community and we encourage you to set up job alerts for similar roles.

Sincerely,
Talent Acquisition
Ormeau Pharma Services

Please do not reply to this message; this mailbox is not monitored.
"""
add(dict(
    kind="rejection", name="icims_position_filled", lang="en",
    company="Ormeau Pharma Services", contact="",
    frm=("Ormeau Pharma Services Careers", "noreply@icims.com"),
    date="2026-08-20 19:12 +0100",
    subject="Status update: Clinical Project Assistant (Req 4471)",
    text=_t,
    html=ats_card("Ormeau Pharma Services", "#1d3557", html_paras(_t),
                  footer="Ormeau Pharma Services Ltd, 40 Ormeau Road, Belfast BT7 1EB"),
    cte="quoted-printable",
))

_t = """Dear Oonagh,

Thank you for explaining what happened on the 1st. I'm sorry the bus let you down on such an important morning, and I hope the rest of your week was calmer.

The assessment centre was a single sitting for this recruitment round: the group exercise and the panel interviews all ran that day, and the panel made its selections the following afternoon. I'm afraid that means I'm not able to offer you an alternative slot, and we won't be taking your application any further for this post.

Please don't let this put you off. The Trials Unit recruits coordinators two or three times a year.

With best wishes,
Morag

Morag Sinclair
Recruitment and Workforce Coordinator
Lothian Clinical Trials Unit, University of Lothian
Nine Bioquarter, 9 Little France Road, Edinburgh EH16 4UX
0131 555 6012

""" + attribution("en", "2026-07-01 20:14", *ME) + "\n" + quote("""Dear Morag,

I'm so sorry about this morning's assessment centre. The 09:30 slot was the one thing I had planned around all week, and then my connecting bus from the airport never came and I couldn't get through to the unit's number.

I completely understand if it isn't possible, but if there is any chance of joining a later interview slot I would be really grateful.

With apologies,
Oonagh""")
add(dict(
    kind="rejection", name="after_missed_assessment_quotes_apology", lang="en",
    company="University of Lothian", contact="morag.sinclair@lothian-uni.example.ac.uk",
    key="t6_reject", parent="t6_own_sorry",
    frm=("Morag Sinclair", "morag.sinclair@lothian-uni.example.ac.uk"),
    date="2026-07-07 11:48 +0100",
    subject="Re: Apologies - assessment centre this morning",
    text=_t,
))

_fw = forwarded_header("en", ("Dr Catherine Mulvey", "c.mulvey@royalliffey.example.ie"),
                       "2026-06-23 17:10", "Panel outcome - CRC Grade V, competition 26/118",
                       "HR Recruitment <recruitment@royalliffey.example.ie>") + """

Hi Gearóid,

Panel outcomes for competition 26/118 (Clinical Research Coordinator, Grade V):

- Candidate 0112: qualified, placed 1st on panel
- Candidate 0109: qualified, placed 2nd on panel
- Candidate 0117 (Ferreira-Blake): did not reach qualifying mark at interview (58/100; threshold 65)

Could you let the candidates know? Happy for feedback calls to be booked with me.

Catherine"""
_t = """Hi Oonagh,

As promised on the phone, I'm forwarding the panel chair's note below. I'm sorry it isn't better news: your interview score didn't reach the qualifying mark, so you won't be placed on the panel for this competition.

Dr Mulvey has offered to talk candidates through their scores. If you'd like that, just reply with a couple of times that suit and I'll set it up.

Regards,
Gearóid

Gearóid Lynch
HR Recruitment Officer
Royal Liffey Hospital, Eccles Street, Dublin 7
01 555 4410

""" + _fw
add(dict(
    kind="rejection", name="forwarded_panel_outcome", lang="en",
    company="Royal Liffey Hospital", contact="gearoid.lynch@royalliffey.example.ie",
    frm=("Gearóid Lynch", "gearoid.lynch@royalliffey.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    date="2026-06-24 09:33 +0100",
    subject="Fwd: Panel outcome - CRC Grade V, competition 26/118",
    text=_t, cte="quoted-printable",
))

_t = """Hi Oonagh,

Thank you for taking the time to apply for the Clinical Data Coordinator role at Kestrel Health Analytics.

We've made the decision to close your application. We're looking for someone who has already worked as a data coordinator in an EDC system such as Medidata Rave, and with so many applicants this round we are only speaking to people with that background.

We wish you the very best in your search.

Kestrel Health Analytics
"""
add(dict(
    kind="rejection", name="ashby_base64_html_only", lang="en",
    company="Kestrel Health Analytics", contact="",
    frm=("Kestrel Health Analytics", "no-reply@ashbyhq.com"),
    date="2026-10-07 10:10 +0100",
    subject="Your application to Kestrel Health Analytics",
    html=ats_card("Kestrel Health Analytics", "#3a0ca3", html_paras(_t),
                  footer="Kestrel Health Analytics, 1 Cumberland Place, Dublin 2 - powered by "
                         "Ashby"),
    html_cte="base64",
))

_t = """Dear Oonagh,

Thank you for your application for the Drug Safety Associate vacancy at Atlantic Coast Pharmacovigilance.

Having compared your CV closely with the requirements of the role, we are unable to shortlist you for interview. For this vacancy we are prioritising applicants who already have case-processing experience in Argus or a similar safety database.

Thank you again for your interest, and we wish you every success.

Kind regards,

Tadhg Ó Ceallaigh
HR Business Partner
Atlantic Coast Pharmacovigilance Ltd
Parkmore West Business Park, Galway H91 P2X0
Tel: +353 91 555 860 | www.acpv.example.ie

DISCLAIMER: The information contained in this email and any attachments is confidential and may be legally privileged. It is intended solely for the addressee(s). If you are not the intended recipient, any disclosure, copying, distribution or action taken in reliance on it is prohibited and may be unlawful. If you have received this email in error, please contact the sender and delete the material from any computer. Atlantic Coast Pharmacovigilance Ltd is registered in Ireland, company number 655123, registered office as above.
"""
add(dict(
    kind="rejection", name="not_shortlisted_with_disclaimer", lang="en",
    company="Atlantic Coast Pharmacovigilance", contact="tadhg.oceallaigh@acpv.example.ie",
    frm=("Tadhg Ó Ceallaigh", "tadhg.oceallaigh@acpv.example.ie"),
    date="2026-09-29 15:55 +0100",
    subject="Drug Safety Associate - your application",
    text=_t, html=word_html(html_paras(_t)),
))

# ------------------------------------------------------------------------------ German

_t = """Sehr geehrte Frau Ferreira-Blake,

vielen Dank für das angenehme Gespräch und das Interesse, das Sie unserem Standort in Cork entgegengebracht haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position als Clinical Study Coordinator (m/w/d) mit einer Kandidatin zu besetzen, deren Profil unseren aktuellen Anforderungen in der klinischen Bewertung von Medizinprodukten noch näher kommt.

Diese Entscheidung ist keine Bewertung Ihrer Person. Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talent-Pool speichern; dazu können Sie über den untenstehenden Link Ihre Einwilligung geben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Elbtal Medizintechnik GmbH
"""
add(dict(
    kind="rejection", name="personio_formal_after_talk", lang="de",
    company="Elbtal Medizintechnik", contact="", key="t8_reject",
    frm=("Elbtal Medizintechnik GmbH", "noreply@personio.de"),
    date="2026-04-28 10:22 +0200",
    subject="Ihre Bewerbung als Clinical Study Coordinator (m/w/d) – Standort Cork",
    subject_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Elbtal Medizintechnik", "#00876c", html_paras(_t),
                  button=("Talent-Pool beitreten", "https://elbtal-mt.jobs.personio.de/"
                          "talentpool"),
                  footer="Elbtal Medizintechnik GmbH, Königsbrücker Str. 96, 01099 Dresden",
                  lang="de"),
))

_t = """Hallo Frau Ferreira-Blake,

danke für Ihre Nachricht und die neuen Terminvorschläge.

Wir haben uns nach dem verpassten Telefontermin im Team noch einmal abgestimmt. Da die Stelle kurzfristig zum 1. Oktober besetzt werden muss und wir inzwischen zwei Kandidatinnen in der finalen Runde haben, werden wir den Prozess mit Ihnen leider nicht fortsetzen.

Ich bedauere, dass es diesmal nicht zusammengepasst hat, und wünsche Ihnen für Ihre Suche viel Erfolg.

Viele Grüße aus München
Maximilian Huber

--
Maximilian Huber
Talent Acquisition Partner
Isar Clinical Operations GmbH
Leopoldstraße 158, 80804 München
Tel. +49 89 555 2147
Geschäftsführer: Dr. Ute Brandl | Amtsgericht München HRB 245 118
"""
add(dict(
    kind="rejection", name="after_missed_call_not_continued", lang="de",
    company="Isar Clinical Operations", contact="m.huber@isar-clinops.example.de",
    key="t11_reject", parent="t11_missed",
    frm=("Maximilian Huber", "m.huber@isar-clinops.example.de"),
    date="2026-09-04 13:05 +0200",
    subject="AW: Telefoninterview Clinical Trial Assistant (Dublin)",
    text=_t, cte="8bit",
))

_t = """Liebe Frau Ferreira-Blake,

leider habe ich heute keine guten Nachrichten für Sie. Unser Mandant, der Medizintechnikhersteller in Cork, über den wir im August gesprochen haben, hat sich gegen ein zweites Gespräch mit Ihnen entschieden.

Nach seinem Feedback lag es vor allem an der fehlenden Erfahrung mit Audits durch Benannte Stellen. Ihr Auftreten im ersten Gespräch wurde ausdrücklich gelobt.

Ich melde mich, sobald ich eine passende Vakanz auf den Tisch bekomme, gerne auch in Edinburgh, wie besprochen.

Herzliche Grüße
Tobias Reinhardt
Senior Consultant Life Science

Brückner Life Science Personal GmbH
Kaiserstraße 61, 60329 Frankfurt am Main
Telefon +49 69 555 8814
"""
add(dict(
    kind="rejection", name="agency_unnamed_client_latin1", lang="de",
    company="Brückner Life Science Personal", contact="t.reinhardt@brueckner-personal.example.de",
    key="t24_reject_unnamed", parent="t24_invite_unnamed",
    frm=("Tobias Reinhardt", "t.reinhardt@brueckner-personal.example.de"),
    date="2026-09-21 17:40 +0200",
    subject="Rückmeldung unseres Mandanten",
    subject_enc=("iso-8859-1", "Q"),
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

_t = """Guten Tag Frau Ferreira-Blake,

haben Sie vielen Dank für Ihre Bewerbung als Study Start-up Specialist (m/w/d) für unser Dubliner Büro.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt wurde. Eine Berücksichtigung Ihrer Bewerbung ist daher leider nicht mehr möglich.

Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Freundliche Grüße
Personalabteilung Spreewald Diagnostik
"""
add(dict(
    kind="rejection", name="softgarden_filled_internally", lang="de",
    company="Spreewald Diagnostik", contact="",
    frm=("Spreewald Diagnostik GmbH via softgarden", "noreply@softgarden.io"),
    date="2026-07-09 08:30 +0200",
    subject="Ihre Bewerbung bei Spreewald Diagnostik",
    text=_t,
    html=ats_card("Spreewald Diagnostik", "#2a9d8f", html_paras(_t),
                  footer="Spreewald Diagnostik GmbH, Lübbenauer Str. 12, 03046 Cottbus", lang="de"),
))

_t = """Sehr geehrte Frau Ferreira-Blake,

wir danken Ihnen für Ihr Interesse am Tiroler Studienzentrum und für Ihre Bewerbung auf die Position „Clinical Research Associate (Remote, Irland)“.

Aufgrund einer strategischen Neuausrichtung unseres Studienportfolios wurde diese Position gestrichen und wird nicht nachbesetzt. Das Auswahlverfahren wurde daher für alle Bewerberinnen und Bewerber beendet.

Wir bedauern die Umstände und danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Human Resources
Tiroler Studienzentrum GmbH, Innrain 66, 6020 Innsbruck

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
"""
add(dict(
    kind="rejection", name="successfactors_role_cancelled_cp1252", lang="de",
    company="Tiroler Studienzentrum", contact="",
    frm=("Tiroler Studienzentrum Recruiting", "noreply@successfactors.eu"),
    date="2026-10-12 07:58 +0200",
    subject="Information zu Ihrer Bewerbung (Req 2026-0318)",
    text=_t, html=simple_html(html_paras(_t), "de"),
    charset="windows-1252", cte="base64",
))

# ------------------------------------------------------------------------------ French

_t = """Bonjour Madame Ferreira-Blake,

Je reviens vers vous, comme promis, après l'annulation de notre entretien du 19 mars.

La direction du CIC a revu le profil du poste de coordinatrice d'études cliniques : compte tenu de la charge en essais de phase I, elle a décidé de recruter une infirmière diplômée d'État, habilitée aux prélèvements et à l'administration des traitements. Votre profil ne correspondant plus à cette nouvelle définition, je ne suis malheureusement pas en mesure de donner une suite favorable à votre candidature.

Je vous remercie sincèrement pour votre patience et votre intérêt pour notre centre.

Bien cordialement,

Mathilde Reynaud
Chargée de recrutement
Centre d'Investigation Clinique Confluence
12 quai Perrache, 69002 Lyon
Tél. : +33 4 72 55 01 44
"""
add(dict(
    kind="rejection", name="cic_profile_changed", lang="fr",
    company="Centre d'Investigation Clinique Confluence",
    contact="mathilde.reynaud@cic-confluence.example.fr",
    key="t2_reject", parent="t2_cancel",
    frm=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
    date="2026-04-08 15:17 +0200",
    subject="Suite à votre candidature – coordinatrice d'études cliniques",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "fr"),
))

_t = """Madame,

Nous vous remercions de l'intérêt que vous portez aux Hospices de Fourvière et de votre participation aux entretiens pour le poste de Technicienne d'études cliniques – Pôle de recherche (réf. HF-2026-027).

Après examen attentif de l'ensemble des candidatures, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons vos coordonnées dans notre vivier, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hospices de Fourvière

Merci de ne pas répondre à ce message automatique.
"""
add(dict(
    kind="rejection", name="taleo_hospital_formal", lang="fr",
    company="Hospices de Fourvière", contact="", key="t22_reject",
    frm=("Hospices de Fourvière - Recrutement", "noreply@taleo.net"),
    frm_enc=("utf-8", "B"),
    date="2026-02-27 18:02 +0100",
    subject="Réponse à votre candidature HF-2026-027",
    subject_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Hospices de Fourvière", "#8d0801", html_paras(_t),
                  footer="Hospices de Fourvière, 8 place de Fourvière, 69005 Lyon", lang="fr"),
    cte="quoted-printable",
))

_t = """Bonjour Oonagh,

J'ai eu ce matin le retour des Laboratoires Croix-Rousse sur votre entretien de la semaine dernière avec Mme Garnier.

Ils ne poursuivront pas avec vous pour le poste d'ARC junior. Ils ont beaucoup apprécié votre parcours, mais ils cherchent quelqu'un d'immédiatement autonome sur le monitoring à distance, et votre anglais n'a pas pesé autant que je l'espérais face à cette exigence.

Je sais que c'est décevant. Je garde votre dossier sous le coude : un CRO de Villeurbanne doit m'envoyer un brief d'ici fin mai.

Bien à vous,
Hélène Vautrin
Consultante senior santé – Vernier Conseil
27 rue de la République, 69002 Lyon
06 55 41 22 90
"""
add(dict(
    kind="rejection", name="cabinet_relays_named_client_cp1252", lang="fr",
    company="Laboratoires Croix-Rousse", contact="helene.vautrin@vernier-conseil.example.fr",
    frm=("Hélène Vautrin", "helene.vautrin@vernier-conseil.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    date="2026-05-06 11:20 +0200",
    subject="Retour des Laboratoires Croix-Rousse",
    text=_t, charset="windows-1252", cte="8bit",
))

_t = """Madame,

Sans nouvelles de votre part depuis le rendez-vous manqué du 8 septembre, nous considérons votre candidature comme close.

Cordialement,

Dr Alain Perrichon
Responsable de l'unité de recherche clinique
Clinique des Brotteaux, 31 boulevard des Brotteaux, 69006 Lyon
"""
add(dict(
    kind="rejection", name="terse_clinic_latin1", lang="fr",
    company="Clinique des Brotteaux", contact="a.perrichon@clinique-brotteaux.example.fr",
    key="t25_reject", parent="t25_missed",
    frm=("Dr Alain Perrichon", "a.perrichon@clinique-brotteaux.example.fr"),
    date="2026-09-22 08:47 +0200",
    subject="Votre candidature (coordinatrice d'études)",
    subject_enc=("iso-8859-1", "Q"),
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# ------------------------------------------------------------------------------ Spanish

_t = """Estimada Sra. Ferreira-Blake:

Le agradecemos su participación en la entrevista del pasado 22 de septiembre y el interés mostrado por la Unidad de Ensayos Clínicos de nuestro hospital.

Lamentamos comunicarle que la comisión de selección ha propuesto a otra candidata para el puesto de Coordinadora de Ensayos Clínicos (ref. HUR-UEC-09/26). La decisión ha sido difícil por el buen nivel de las personas entrevistadas.

Sus datos se conservarán en nuestra bolsa de candidatos durante un año, salvo que nos indique lo contrario.

Atentamente,

Marta Ortega Villalba
Unidad de Selección – Recursos Humanos
Hospital Universitario Retiro
Calle de O'Donnell 48, 28009 Madrid
Tel. 91 555 37 20

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un tratamiento cuyo responsable es el Hospital Universitario Retiro, con la finalidad de gestionar procesos de selección.
"""
add(dict(
    kind="rejection", name="hospital_committee_other_candidate", lang="es",
    company="Hospital Universitario Retiro", contact="marta.ortega@huretiro.example.es",
    key="t14_reject", parent="t14_moved",
    frm=("Marta Ortega Villalba", "marta.ortega@huretiro.example.es"),
    date="2026-10-02 13:14 +0200",
    subject="Proceso de selección HUR-UEC-09/26",
    subject_enc=("utf-8", "Q"),
    text=_t, html=word_html(html_paras(_t), "es-ES"), cte="quoted-printable",
))

_t = """Hola Oonagh:

Gracias por tu interés en Castellana Trials y por el tiempo que has dedicado al proceso para el puesto de Clinical Trial Assistant.

Tras revisar el estado de las candidaturas, hemos decidido no seguir adelante con la tuya. Como no fue posible mantener la entrevista prevista con nuestra responsable de operaciones, hemos continuado con las personas que ya habían completado esa fase.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Talento de Castellana Trials
"""
add(dict(
    kind="rejection", name="ashby_after_missed_tu", lang="es",
    company="Castellana Trials", contact="", key="t23_reject",
    frm=("Castellana Trials", "no-reply@ashbyhq.com"),
    date="2026-03-04 17:36 +0100",
    subject="Tu candidatura en Castellana Trials",
    text=_t,
    html=ats_card("Castellana Trials", "#e76f51", html_paras(_t),
                  footer="Castellana Trials S.L., Paseo de la Castellana 95, 28046 Madrid",
                  lang="es"),
))

_t = """Hola Oonagh,

Ya tengo respuesta de Laboratorios Almudena: se quedan con otro perfil que lleva tres años haciendo monitorización en centros, así que por esta vez no sigues en el proceso.

Me dijeron que la entrevista fue muy agradable y que les sorprendió lo bien que conoces el trato con pacientes, así que no es por falta de interés.

Seguimos en contacto; en septiembre suelen abrirse muchas posiciones de CTA en Madrid.

Un abrazo,
Iñaki

Iñaki Zubiri
Consultor sénior | Talento Sanitario
Calle de Velázquez 27, 28001 Madrid
+34 655 55 19 03
"""
add(dict(
    kind="rejection", name="agency_relays_named_client", lang="es",
    company="Laboratorios Almudena", contact="inaki.zubiri@talentosanitario.example.es",
    frm=("Iñaki Zubiri", "inaki.zubiri@talentosanitario.example.es"),
    date="2026-08-25 12:02 +0200",
    subject="Laboratorios Almudena - respuesta",
    text=_t,
))

_t = """Estimada Oonagh:

Le escribo para informarle de que el Instituto Cibeles ha cancelado el proceso de selección para el puesto de Gestora de Proyectos de Ensayos Clínicos al que se presentó en marzo.

Tras la reorganización de la Unidad de Investigación Clínica, las funciones de este puesto se repartirán entre el personal actual, por lo que la vacante no se cubrirá. Lamentamos las molestias que esto pueda causarle y le agradecemos el tiempo dedicado.

Reciba un cordial saludo,

Paloma Serrano
Responsable de Personas
Instituto Cibeles
Calle de Alcalá 120, 28009 Madrid
"""
add(dict(
    kind="rejection", name="process_cancelled_reorganisation", lang="es",
    company="Instituto Cibeles", contact="p.serrano@institutocibeles.example.es",
    frm=("Paloma Serrano", "p.serrano@institutocibeles.example.es"),
    date="2026-04-16 10:45 +0200",
    subject="Cancelación del proceso de selección",
    subject_enc=("utf-8", "B"),
    text=_t, cte="base64",
))
