"""Corpus 222: the 31 rejections (en 18, de 5, fr 4, es 4), each written by hand."""

from __future__ import annotations

from msgs222_common import (AOIFE, AUTO, CAND, CAMILLE, DEIRDRE, DIRK, DONAL, FIACHRA,
                            GARETH, GEAROID, JANA, LUCIA, PRIYA, SEBASTIAN, SOLENE, ats_card,
                            esc, forward, html_quote, m, mso, outlook_html, outlook_reply,
                            paras, quote, reply, simple_html)

MESSAGES: list[dict] = []
add = MESSAGES.append

# --------------------------------------------------------------------------- en

_corrib_thanks = """Hi Deirdre,

Thank you for taking the time to speak with me this afternoon, and apologies again for
the mix-up with the first call. I really enjoyed hearing how the Galway support office
works with the stores and I'd love to bring my store-floor view of rostering and
absence management to the team.

Kind regards,
Ailbhe"""

_corrib_chain = reply(_corrib_thanks, "en", "Fri, 30 Jan 2026 at 09:05", DEIRDRE, reply(
    """Hi Ailbhe,

No bother at all, these things happen. Let's do Monday 2 February at 15:30 instead.
I'll ring the same number, and if it's easier, you can ring me on 091 555 0142 at that time.

Deirdre""", "en", "Thu, 29 Jan 2026 at 13:05", CAND, reply(
        """Hi Deirdre,

I'm so sorry about this morning. My phone was on silent after a night shift stock-take and
I only saw your missed calls now. Is there any chance we could try again?

Apologies again,
Ailbhe""", "en", "Thu, 29 Jan 2026 at 10:24", DEIRDRE,
        """Hi Ailbhe,

I tried calling you twice at 10:00 for our chat but it went straight to voicemail both
times. I hope everything is OK.

Deirdre""")))

add(m("rejection", "corrib_after_call_quotes_thanks", "en", "Corrib Retail Group",
      DEIRDRE[1],
      key="corrib_no", parent="corrib_newslot",
      refs_after=["<20260202161203.thanks.ailbhe@example.ie>"],
      frm=DEIRDRE, date="2026-02-19 16:42 +0000",
      subject="RE: Thank you – HR Generalist (Galway Support Office)",
      cte="qp",
      text=reply("""Hi Ailbhe,

Thanks a million for the note, and for your patience while we worked through the
shortlist.

I'm sorry to say we've offered the HR Generalist post to someone who has already run
an HR function in a multi-site business, and that tipped it for the panel. Your retail
background came across really well and Seán in particular liked your answers on
absence trends, so please don't read this as a reflection on the call itself.

If a store-facing People Partner role opens in the West later in the year I'll give
you a shout directly.

All the best,
Deirdre

Deirdre Kilbane
Talent Acquisition Partner | Corrib Retail Group
Galway Support Office, Ballybrit Business Park, Galway H91 X2C7
T: +353 91 555 0142""", "en", "Mon, 2 Feb 2026 at 16:12", CAND, _corrib_chain)))

add(m("rejection", "lacken_successfactors_formal", "en", "Lacken Biologics", "",
      key="lacken_no",
      frm=("Lacken Biologics Careers", "noreply@successfactors.eu"),
      date="2026-03-20 07:05 +0000",
      subject="Update on your application: HR Generalist (Site HR) – Req 4471",
      headers=AUTO + [("X-SF-Notification", "candidate-status-change")],
      html_cte="b64",
      html=ats_card("Lacken Biologics – Careers", """<p>Dear Ailbhe,</p>
<p>Thank you for attending our assessment centre at the Ringaskiddy site and for the
effort you put into the group exercise and the case presentation.</p>
<p>Following a review of all candidates against the requirements of the HR Generalist
(Site HR) position, we regret to inform you that your application will not be progressed
further.</p>
<p>Because of the number of people who take part in our assessment days, we are not in a
position to provide individual feedback by phone. A short written summary can be requested
through your candidate profile within 30 days.</p>
<p>Yours sincerely,<br>Talent Acquisition Team<br>Lacken Biologics, Ringaskiddy, Co. Cork</p>""",
                    accent="#004d40",
                    footer="This message was sent from an unmonitored mailbox. Please do not "
                           "reply. Lacken Biologics, Ringaskiddy, Co. Cork P43 KX20.",
                    button=("View your candidate profile",
                            "https://career5.successfactors.eu/career?company=lackenbioP"))))

_northmill_chase = """Hi Priya,

I hope you're keeping well. I wanted to check in on the People Advisor role, since our
video call on the 24th was cancelled. I'm still very interested and can make most
mornings next week if you'd like to rebook.

Best wishes,
Ailbhe Moreau-Okonkwo"""

add(m("rejection", "northmill_lever_on_hold", "en", "Northmill Stores", PRIYA[1],
      key="northmill_no", parent="northmill_chase",
      frm=("Northmill Stores", "no-reply@hire.lever.co"), reply_to=PRIYA,
      date="2026-04-14 11:20 +0100",
      subject="Re: People Advisor – Manchester Arndale",
      cte="qp",
      text=reply("""Hi Ailbhe,

Thanks for chasing, and sorry for the silence since the cancelled call.

I've now had confirmation that the People Advisor role has been put on hold while
the business reviews the store support structure in the North West, and we will not
proceed with any of the applications we received for it. I know that's frustrating after
you'd set time aside.

If the headcount comes back later in the year, it will be advertised again on our
careers page and you'd be very welcome to reapply.

Kind regards,
Priya Chauhan
Talent Partner, Northmill Stores
Sent via Lever""", "en", "6 Apr 2026, at 09:14", CAND, _northmill_chase),
      html=simple_html(paras("""Hi Ailbhe,

Thanks for chasing, and sorry for the silence since the cancelled call.

I've now had confirmation that the People Advisor role has been put on hold while
the business reviews the store support structure in the North West, and we will not
proceed with any of the applications we received for it. I know that's frustrating after
you'd set time aside.

If the headcount comes back later in the year, it will be advertised again on our
careers page and you'd be very welcome to reapply.

Kind regards,
Priya Chauhan
Talent Partner, Northmill Stores""") + "\n" + html_quote(paras(_northmill_chase),
                                                          "On 6 Apr 2026, Ailbhe wrote:")
                       + '\n<p style="color:#999;font-size:11px">Sent via Lever</p>')))

_pennine_invite = """Dear Ailbhe,

You are invited to the Pennine Air HR assessment day on Tuesday 28 April at our
Manchester Airport office (Building 3, Ringway Road). The day runs 09:00-15:30 and
includes an in-tray exercise, a role play and an interview with the People team.

Please bring photo ID for the security desk.

Pennine Air Talent Acquisition"""

add(m("rejection", "pennine_filled_internally", "en", "Pennine Air", GARETH[1],
      key="pennine_no", parent="pennine_ill",
      frm=GARETH, date="2026-05-19 17:55 +0100",
      subject="RE: HR Advisor – Ground Operations: assessment day",
      charset="windows-1252", cte="qp",
      text=outlook_reply("""Hi Ailbhe,

I wanted to let you know personally before the system email goes out. Since the
assessment day was postponed, a colleague from our Leeds Bradford station applied for
a transfer into the HR Advisor post, and under our internal mobility policy the role has
now been filled by that transfer. There is therefore no vacancy for us to take forward
with external candidates.

I'm genuinely sorry, as I had you down as one of the strongest on paper, and I'd be
happy to keep your details for the next round of recruitment at Manchester.

Regards,
Gareth

Gareth Lowe | Senior Recruiter – Ground Operations
Pennine Air | Building 3, Ringway Road, Manchester M90 3PA
+44 161 555 0190

The information in this email is confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it. Pennine Air
accepts no liability for any damage caused by viruses transmitted by this email.""",
                         "en", ("Pennine Air Talent Acquisition",
                                "pennineair@icims.com"),
                         "15 April 2026 10:03", CAND,
                         "HR Advisor – Ground Operations: assessment day", _pennine_invite)))

add(m("rejection", "shannonbridge_taleo_outcome", "en", "Shannonbridge University", "",
      key="sbu_no",
      frm=("Shannonbridge University HR", "shannonbridge@taleo.net"),
      date="2026-06-10 08:30 +0100",
      subject="HR Officer (Recruitment & Onboarding) – Competition Outcome",
      headers=AUTO,
      html_charset="iso-8859-1", html_cte="qp",
      html=simple_html("""<table width="100%" style="border-top:4px solid #6a1b9a">
<tr><td style="padding:16px">
<p>Dear Ms Moreau-Okonkwo,</p>
<p>Reference: HR Officer (Recruitment &amp; Onboarding), competition SBU-HR-2026-07</p>
<p>The interview board has completed its assessment of candidates for the above post.
I am writing to advise you that you were not placed on the panel from which appointments
will be made.</p>
<p>The University is grateful for the interest you have shown in working with us. Feedback
on your interview performance is available on written request to the HR Office within
four weeks of the date of this e-mail.</p>
<p>Is mise le meas,<br>
Human Resources Office<br>
Shannonbridge University, Plassey Road, Limerick</p>
<p style="font-size:11px;color:#666">Please do not reply to this message; this mailbox is
not monitored. Shannonbridge University is an equal opportunities employer.</p>
</td></tr></table>""")))

_brennock_feedback = """Hi Fiachra,

Thanks for sending Ailbhe along yesterday morning. The panel liked her energy and the
store-operations knowledge was obvious. In the end we've gone with a candidate who
has CIPD Level 5 and has handled a TUPE transfer, as we have two pharmacy acquisitions
closing this summer and need that experience from day one.

Could you pass on our thanks?

Regards,
Maeve Hurley
Head of People, Brennock Pharmacy Group"""

add(m("rejection", "harbourside_forwards_client_no", "en", "Brennock Pharmacy Group",
      FIACHRA[1],
      key="harbour_brennock_no", parent="harbour_brennock_move",
      frm=FIACHRA, date="2026-02-26 12:08 +0000",
      subject="Fwd: Feedback – HR Generalist, Brennock Pharmacy Group",
      cte="8bit",
      text=forward("""Hi Ailbhe,

I'm afraid it's not the news we were hoping for — Brennock have decided not to move
forward with you for the HR Generalist job. Their note is below, and it's a fair one: the
acquisitions work tipped it. For what it's worth, Maeve was complimentary, and I think
your profile will be a strong fit for a couple of retail briefs I expect in March.

Talk soon,
Fiachra

Fiachra Moloney
Senior Consultant – HR & Business Support
Harbourside Recruitment | 14 Sir John Rogerson's Quay, Dublin 2
+353 1 555 0177 | harbourside.example.ie""", "en",
                   ("Maeve Hurley", "maeve.hurley@brennock.example.ie"),
                   "Wed, 25 Feb 2026 at 18:31", "Ailbhe Moreau-Okonkwo – feedback",
                   FIACHRA, _brennock_feedback)))

add(m("rejection", "treaty_foods_terse", "en", "Treaty City Foods", "mick.ryan@treatyfoods.example.ie",
      frm=("Mick Ryan", "mick.ryan@treatyfoods.example.ie"),
      date="2026-01-16 08:02 +0000",
      subject="HR Coordinator",
      cte="7bit",
      text="""Ailbhe,

Thanks for your CV. We won't be taking it further for the HR Coordinator job at the
Dock Road plant.

Mick

Sent from my phone""",
      ))

_burren_chat = """Hiya Ailbhe,

Are you free Thursday to chat about the people & ops job? Nothing formal, coffee in the
Quay Street shop around 11 if that suits.

Dónal"""

add(m("rejection", "burren_casual_colleague", "en", "Burren Outdoor Retail", DONAL[1],
      key="burren_no", parent="burren_chat",
      frm=DONAL, name_enc=("utf-8", "B"), date="2026-02-09 21:14 +0000",
      subject="Re: chat Thursday",
      cte="8bit",
      text=reply("""Ailbhe,

Look, I'll be straight with you because you'd do the same. Myself and Gráinne talked
it over at the weekend and we're going to keep the people side in-house with Gráinne
for another year and just get a part-time admin in. So there's no job for you here,
which is a pity, because I thought you'd have sorted out our rosters in a fortnight.

Don't be a stranger in the shop, and if you need a reference for anything, you have
one from me.

D.""", "en", "Mon 26 Jan 2026 at 19:40", DONAL, _burren_chat)))

add(m("rejection", "liffeyside_ashby_soft", "en", "Liffeyside Stores", "",
      key="liffeyside_no", parent="liffeyside_invite",
      frm=("Liffeyside Stores Recruiting", "no-reply@ashbyhq.com"),
      date="2026-04-01 14:47 +0100",
      subject="Your application to Liffeyside Stores",
      headers=AUTO,
      cte="qp",
      text="""Hello Ailbhe,

Thank you for your interest in the HR Generalist – Store Network role at Liffeyside
Stores and for the time you spent with our team last week.

We have decided to move forward with candidates whose experience more closely matches
what the team needs right now, particularly hands-on payroll and HRIS administration.

We appreciate your interest and wish you luck with your search.

The Liffeyside Stores Talent Team

Powered by Ashby""",
      html=ats_card("Liffeyside Stores", """<p>Hello Ailbhe,</p>
<p>Thank you for your interest in the <strong>HR Generalist – Store Network</strong> role
at Liffeyside Stores and for the time you spent with our team last week.</p>
<p>We have decided to move forward with candidates whose experience more closely matches
what the team needs right now, particularly hands-on payroll and HRIS administration.</p>
<p>We appreciate your interest and wish you luck with your search.</p>
<p>The Liffeyside Stores Talent Team</p>""", accent="#b71c1c", footer="Powered by Ashby")))

add(m("rejection", "irk_valley_workday_decision", "en", "Irk Valley Pharmaceuticals", "",
      key="irk_no",
      frm=("Irk Valley Pharmaceuticals", "irkvalley@myworkday.com"),
      date="2026-04-23 10:00 +0100",
      subject="Irk Valley Pharmaceuticals – HR Business Support Partner (R-10382)",
      headers=AUTO,
      html_cte="b64",
      html=ats_card("Irk Valley Pharmaceuticals", """<p>Dear Ailbhe Moreau-Okonkwo,</p>
<p>Thank you for interviewing for the HR Business Support Partner position (R-10382) at
our Trafford Park manufacturing site.</p>
<p>After careful consideration of all interviewees, the hiring team has concluded that your
profile is not the closest match for the regulated-manufacturing environment this role
supports, and we will not be extending an offer.</p>
<p>We will keep your candidate profile active so that you are notified of future
vacancies that fit your experience.</p>
<p>Regards,<br>Talent Acquisition, Irk Valley Pharmaceuticals</p>""", accent="#283593",
                    footer="You are receiving this because you applied via our Workday "
                           "careers site. Please do not reply to this email.")))

add(m("rejection", "westconnacht_not_shortlisted", "en", "West Connacht County Council",
      "recruitment@westconnacht.example.ie",
      frm=("Recruitment Section", "recruitment@westconnacht.example.ie"),
      date="2026-03-13 15:30 +0000",
      subject="Competition for Assistant Staff Officer (HR) – Shortlisting Result",
      charset="windows-1252", cte="qp",
      text="""A Chara,

Competition: Assistant Staff Officer (Human Resources), West Connacht County Council

A shortlisting exercise was carried out by a board comprising two members of the
Council’s senior management, based on the information in the application forms received.

I regret to inform you that, having assessed your application against the shortlisting
criteria, the board did not shortlist you to proceed to the interview stage of this
competition. The number of eligible applications was considerably higher than the
number of places available at interview.

Should you wish to seek a review of this decision, a request must be submitted in
writing within 7 working days of the date of this e-mail, in line with the Council’s
review procedures.

Is mise le meas,

Recruitment Section
Human Resources Department
West Connacht County Council, Áras an Chontae, Galway H91 PX44
Tel: 091 555 0300""",
      ))

add(m("rejection", "patrickst_role_withdrawn", "en", "Patrick Street Outfitters", AOIFE[1],
      key="patrickst_no", parent="patrickst_trial",
      frm=("Patrick Street Outfitters", "no-reply@teamtailor-mail.com"), reply_to=AOIFE,
      date="2026-03-06 09:41 +0000",
      subject="People & Culture Coordinator – update",
      cte="b64",
      text="""Hi Ailbhe,

I'm really sorry to be sending this after you gave up a whole day for the trial shift
with us.

The board met on Wednesday and agreed a restructure of the head office, and the People
& Culture Coordinator vacancy has been withdrawn as part of it. We won't be recruiting
for the position at all now, so unfortunately your application ends here too.

You were great with the team on the floor, and I've noted that on your profile.

Aoife Cronin
Head of People, Patrick Street Outfitters
Patrick Street, Cork T12 EK79""",
      html=ats_card("Patrick Street Outfitters", paras("""Hi Ailbhe,

I'm really sorry to be sending this after you gave up a whole day for the trial shift
with us.

The board met on Wednesday and agreed a restructure of the head office, and the People
& Culture Coordinator vacancy has been withdrawn as part of it. We won't be recruiting
for the position at all now, so unfortunately your application ends here too.

You were great with the team on the floor, and I've noted that on your profile.

Aoife Cronin
Head of People, Patrick Street Outfitters"""), accent="#37474f",
                    footer="Sent with Teamtailor · Patrick Street, Cork T12 EK79")))

_corkharbour_invite = """Dear Ailbhe,

Further to your application for the post of HR Administrator (Grade 5), I am pleased to
invite you to interview on Wednesday 13 May 2026 at 14:30 in Room G.14, Ardmore
Building, Cork Harbour University. The panel will comprise three members and the
interview will last approximately 40 minutes.

Please confirm your attendance by return.

Brian Twomey
HR Recruitment Officer"""

_cork_text = """Dear Ailbhe,

Thank you for attending for interview on 13 May.

I regret to tell you that on this occasion you have not been successful. The board
recommended two candidates for appointment and a reserve list of three, and your name
does not appear on either.

Your competency examples on team leadership scored well; the board felt your answers on
HR policy and employment legislation were less developed than those of the successful
candidates.

I wish you every success in the future.

Yours sincerely,

Brian Twomey
HR Recruitment Officer
Human Resources | Cork Harbour University
Ardmore Building, College Road, Cork T12 Y337
+353 21 555 0661"""

add(m("rejection", "corkharbour_outlook_quoted_invite", "en", "Cork Harbour University",
      "b.twomey@corkharbour-uni.example.ie",
      frm=("Brian Twomey", "b.twomey@corkharbour-uni.example.ie"),
      date="2026-05-22 12:15 +0100",
      subject="RE: Interview – HR Administrator (Grade 5)",
      refs=["<8f1c22a0e3b94d1e@corkharbour-uni.example.ie>"],
      charset="windows-1252", cte="qp",
      text=outlook_reply(_cork_text, "en", ("Brian Twomey", "b.twomey@corkharbour-uni.example.ie"),
                         "Tuesday, April 28, 2026 11:02 AM", CAND,
                         "Interview – HR Administrator (Grade 5)", _corkharbour_invite),
      html=outlook_html(mso(_cork_text) + "\n<div style=\"border:none;border-top:solid #E1E1E1 "
                        "1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
                        + mso("From: Brian Twomey <b.twomey@corkharbour-uni.example.ie>\n"
                              "Sent: Tuesday, April 28, 2026 11:02 AM\n"
                              "To: Ailbhe Moreau-Okonkwo <ailbhe.mo@example.ie>\n"
                              "Subject: Interview – HR Administrator (Grade 5)")
                        + "\n</div>\n" + mso(_corkharbour_invite))))

add(m("rejection", "thomondtalent_confidential_client", "en", "Thomond Talent",
      GEAROID[1],
      frm=GEAROID, date="2026-03-03 10:27 +0000",
      subject="The confidential HR Generalist brief",
      cte="qp",
      text="""Morning Ailbhe,

Quick update on the confidential HR Generalist brief I mentioned (the food manufacturer
out past Raheen). My client reviewed the three CVs I put forward and they've come back
saying they want someone with industrial relations experience in a unionised plant, so
they're not going to meet you.

Disappointing, but it's their call. I'll keep pushing your CV for retail and services
roles where your background is a plus rather than a gap.

Gearóid

Gearóid Hanrahan | Director
Thomond Talent | 2 Henry Street, Limerick V94 R2F3 | 061 555 0118""",
      name_enc=("iso-8859-1", "Q")))

add(m("rejection", "aerglas_closed_after_no_show", "en", "Aer Glas",
      "ciara.nolan@aerglas.example.ie",
      key="aerglas_no", parent="aerglas_missed",
      frm=("Ciara Nolan", "ciara.nolan@aerglas.example.ie"),
      date="2026-02-25 13:33 +0000",
      subject="Re: Missed video interview – People Coordinator",
      cte="b64",
      text="""Hi Ailbhe,

Thanks for your reply, and I'm glad to hear everything is OK at home.

Unfortunately, the hiring manager has completed interviews for the People Coordinator
role and has selected a candidate, so I'm not able to offer a new slot. I'm closing your
application for this vacancy on our side.

You're welcome to apply for future openings on our careers site.

Ciara Nolan
Talent Acquisition Specialist
Aer Glas | Dublin Airport, Co. Dublin K67 W5C8""",
      html=simple_html(paras("""Hi Ailbhe,

Thanks for your reply, and I'm glad to hear everything is OK at home.

Unfortunately, the hiring manager has completed interviews for the People Coordinator
role and has selected a candidate, so I'm not able to offer a new slot. I'm closing your
application for this vacancy on our side.

You're welcome to apply for future openings on our careers site.

Ciara Nolan
Talent Acquisition Specialist
Aer Glas | Dublin Airport, Co. Dublin K67 W5C8""")), html_cte="b64"))

add(m("rejection", "irwell_council_formal", "en", "Irwell Borough Council",
      "hannah.okafor@irwell.example.org.uk",
      key="irwell_no", parent="irwell_missed",
      frm=("Hannah Okafor", "hannah.okafor@irwell.example.org.uk"),
      date="2026-06-24 16:05 +0100",
      subject="HR Officer (Grade 7, £31,586-£34,834) - outcome of your interview",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="qp",
      text="""Dear Ailbhe,

Re: HR Officer, Grade 7 (£31,586–£34,834), People Services, post ref PS/0419

Thank you for taking part in the rearranged telephone interview on 10 June.

The recruiting panel has now considered all candidates against the person specification.
I am sorry to let you know that the panel has decided not to appoint you to this post.
The successful candidate demonstrated more recent experience of UK employment law and
local government terms and conditions.

Thank you again for your interest in working for Irwell Borough Council.

Yours sincerely

Hannah Okafor
Recruitment Adviser, People Services
Irwell Borough Council, Town Hall, Bury Road, Manchester M26 2UH
0161 555 0233

--------------------------------------------------------------------
This e-mail and any attachments are intended only for the named recipient and may
contain information that is confidential or privileged. Irwell Borough Council
monitors e-mail traffic for the purposes of security and compliance with the Data
Protection Act 2018. Views expressed are those of the author and not necessarily
those of the Council.
--------------------------------------------------------------------""".replace("–", "-"),
      ))

add(m("rejection", "guadarrama_cork_bamboohr", "en", "Laboratorios Guadarrama",
      "sinead.barry@guadarrama-lab.example.es",
      key="guadarrama_no",
      frm=("Laboratorios Guadarrama – Cork", "notifications@bamboohr.com"),
      reply_to=("Sinéad Barry", "sinead.barry@guadarrama-lab.example.es"),
      reply_enc=("iso-8859-1", "Q"),
      date="2026-04-10 09:15 +0100",
      subject="Your application – HR Generalist, Little Island site",
      cte="qp",
      text="""Dear Ailbhe,

We have now completed the selection process for the HR Generalist position at our
Little Island site, and I wanted to thank you for the care you took over your application.

On this occasion you have been unsuccessful. Our shortlist was made up of candidates
with prior experience in a GMP-regulated manufacturing environment, which was one of the
essential criteria for the role.

If you have any questions, just reply to this email and it will reach me.

Sinéad Barry
HR Manager – Ireland
Laboratorios Guadarrama, Little Island, Cork T45 HY72""",
      html=simple_html(paras("""Dear Ailbhe,

We have now completed the selection process for the HR Generalist position at our
Little Island site, and I wanted to thank you for the care you took over your application.

On this occasion you have been unsuccessful. Our shortlist was made up of candidates
with prior experience in a GMP-regulated manufacturing environment, which was one of the
essential criteria for the role.

If you have any questions, just reply to this email and it will reach me.

Sinéad Barry
HR Manager – Ireland
Laboratorios Guadarrama, Little Island, Cork T45 HY72""")
                       + '\n<p style="font-size:10px;color:#aaa">Sent by BambooHR</p>')))

add(m("rejection", "ballyvolane_talent_pool", "en", "Ballyvolane Pharma", "",
      frm=("Ballyvolane Pharma Talent Team", "noreply@smartrecruiters.com"),
      date="2026-06-19 06:50 +0100",
      subject="Thank you for applying to Ballyvolane Pharma",
      headers=AUTO,
      cte="qp",
      text="""Dear Ailbhe,

Thanks for applying for the Associate HR Generalist role in Cork.

We've reviewed your application carefully and, while we won't be progressing it for this
role, we were impressed enough that we'd like to add you to our Talent Community. That
means our recruiters can contact you when a role matching your profile opens.

No action is needed; you can withdraw your consent at any time from your SmartRecruiters
candidate account.

Best regards,
Ballyvolane Pharma Talent Acquisition""",
      html=ats_card("Ballyvolane Pharma", paras("""Dear Ailbhe,

Thanks for applying for the Associate HR Generalist role in Cork.

We've reviewed your application carefully and, while we won't be progressing it for this
role, we were impressed enough that we'd like to add you to our Talent Community. That
means our recruiters can contact you when a role matching your profile opens.

No action is needed; you can withdraw your consent at any time from your SmartRecruiters
candidate account.

Best regards,
Ballyvolane Pharma Talent Acquisition"""), accent="#00838f",
                    footer="Powered by SmartRecruiters")))

# --------------------------------------------------------------------------- de

_rk_text = """Liebe Frau Moreau-Okonkwo,

vielen Dank für das angenehme Gespräch am 17. März und Ihr Interesse an der Position
HR Generalist (m/w/d) in unserem Haus an der Schadowstraße.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits
Erfahrung mit deutschem Arbeitsrecht und der Zusammenarbeit mit einem Betriebsrat
mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen löschen wir gemäß unserer Datenschutzhinweise nach sechs Monaten, sofern
Sie uns nicht erlauben, sie länger für künftige Stellen aufzubewahren.

Mit freundlichen Grüßen
Jana Hoffmeister
Personalreferentin
Rheinkauf Warenhaus · Schadowstraße 41 · 40212 Düsseldorf"""

add(m("rejection", "rheinkauf_personio_nach_gespraech", "de", "Rheinkauf Warenhaus",
      JANA[1],
      key="rheinkauf_no",
      frm=("Rheinkauf Warenhaus", "noreply@personio.de"), reply_to=JANA,
      date="2026-03-31 15:20 +0200",
      subject="Ihre Bewerbung als HR Generalist (m/w/d) – unsere Rückmeldung",
      subj_enc=("utf-8", "B"),
      cte="qp",
      text=_rk_text,
      html=ats_card("Rheinkauf Warenhaus", paras(_rk_text), accent="#8d1c3d", lang="de",
                    footer="Diese E-Mail wurde über Personio versendet.")))

_koe_sorry = """Sehr geehrter Herr Krämer,

es tut mir sehr leid, dass ich heute um 9:30 Uhr nicht im Teams-Meeting war. Die
Einladung ist in meinem Kalender eine Stunde später eingetragen worden (Zeitzone), das
habe ich leider zu spät bemerkt. Falls es möglich ist, würde ich mich sehr über einen
neuen Termin freuen.

Mit freundlichen Grüßen
Ailbhe Moreau-Okonkwo"""

_koe_chain = reply(_koe_sorry, "de", "29.04.2026 um 10:05", SEBASTIAN,
                   """Sehr geehrte Frau Moreau-Okonkwo,

Frau Brandt und ich haben heute ab 9:30 Uhr bis etwa 9:50 Uhr im Teams-Meeting auf Sie
gewartet, leider ohne dass Sie sich eingewählt haben. Ich habe Sie zudem einmal unter der
angegebenen Mobilnummer angerufen.

Bitte geben Sie mir kurz Bescheid, ob etwas dazwischengekommen ist.""")

add(m("rejection", "koepharma_absage_nach_entschuldigung", "de", "Kö-Pharma Werke",
      SEBASTIAN[1],
      key="koe_no", parent="koe_sorry",
      frm=SEBASTIAN, date="2026-05-12 10:44 +0200",
      subject="AW: Verpasster Termin – HR Business Partner Produktion",
      cte="qp",
      text=reply("""Sehr geehrte Frau Moreau-Okonkwo,

danke für Ihre Erklärung, so etwas kann passieren.

Inzwischen hat sich die Lage allerdings geändert: Der Fachbereich hat die Gespräche
abgeschlossen und die Stelle HR Business Partner Produktion mit einer Bewerberin aus
der Region besetzt. Einen Ersatztermin kann ich Ihnen deshalb nicht mehr anbieten, und
Ihre Bewerbung wird bei uns nicht weiterverfolgt.

Ich wünsche Ihnen für Ihren Wechsel ins Personalwesen alles Gute.

Freundliche Grüße
Sebastian Krämer
Talent Acquisition
Kö-Pharma Werke · Reisholzer Werftstraße 12 · 40589 Düsseldorf
Tel. +49 211 5550 7731

Sitz der Gesellschaft: Düsseldorf · Registergericht Düsseldorf""", "de",
                 "29.04.2026 um 12:40", CAND, _koe_chain)))

add(m("rejection", "rheinpersonal_kunde_sagt_ab", "de", "Lohausen Airport Services",
      DIRK[1],
      key="rp_lohausen_no", parent="rp_lohausen_cancel",
      frm=DIRK, date="2026-04-02 18:02 +0200",
      subject="Lohausen Airport Services – leider keine Fortsetzung",
      charset="iso-8859-1", cte="qp",
      text="""Hallo Frau Moreau-Okonkwo,

kurze Nachricht zu Lohausen Airport Services: Nachdem das Gespräch vom 16. auf den
25. März verlegt worden war, hat sich mein Ansprechpartner heute gemeldet. Der Kunde
möchte den Prozess mit Ihnen nicht weiterführen. Ausschlaggebend waren die fehlenden
Deutschkenntnisse auf C1-Niveau für die Gespräche mit dem Betriebsrat.

Ich weiß, das ist ärgerlich, weil das Gespräch an sich gut lief. Für englischsprachige
Positionen im Raum Düsseldorf melde ich mich wieder bei Ihnen.

Viele Grüße
Dirk Albers
Senior Personalberater
Rheinpersonal Partner · Königsallee 92a · 40212 Düsseldorf
Mobil +49 171 5550 4418""",
      ))

add(m("rejection", "kreisverwaltung_bescheid", "de", "Rheinauen Kreisverwaltung",
      "personalamt@rheinauen-kreis.example.de",
      key="kreis_no", parent="kreis_invite",
      frm=("Rheinauen Kreisverwaltung – Personalamt", "personalamt@rheinauen-kreis.example.de"),
      date="2026-05-15 11:11 +0200",
      subject="Ihre Bewerbung für die Sachbearbeitung Personalgewinnung (Kennziffer 26/114)",
      subj_enc=("iso-8859-1", "B"),
      charset="iso-8859-1", cte="b64",
      text="""Sehr geehrte Frau Moreau-Okonkwo,

im Anschluss an das Auswahlgespräch vom 28. April teilen wir Ihnen mit, dass die
Auswahlkommission sich für eine andere Bewerberin entschieden hat. Den ausführlichen
Bescheid finden Sie im Anhang.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach § 15 Abs. 4 AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindemann
Personalamt, Rheinauen Kreisverwaltung
Kreishaus, Rheinallee 2, 41460 Rheinauen""",
      pdf=[{"filename": "Mitteilung_Kennziffer_26-114.pdf",
            "title": "Mitteilung zum Auswahlverfahren 26/114",
            "lines": ["Sehr geehrte Frau Moreau-Okonkwo,",
                      "das Auswahlverfahren fuer die Stelle Sachbearbeitung",
                      "Personalgewinnung (Kennziffer 26/114) ist abgeschlossen.",
                      "Wir muessen Ihnen mitteilen, dass Ihre Bewerbung",
                      "nicht beruecksichtigt werden konnte.",
                      "Im Auftrag, Petra Lindemann"]}]))

add(m("rejection", "hochschule_intern_besetzt", "de", "Hochschule Niederrhein-Süd",
      "t.wirtz@hs-niederrhein-sued.example.de",
      frm=("Tanja Wirtz", "t.wirtz@hs-niederrhein-sued.example.de"),
      date="2026-06-01 13:58 +0200",
      subject="Referent*in Personalentwicklung",
      cte="8bit",
      text="""Guten Tag Frau Moreau-Okonkwo,

die ausgeschriebene Stelle ist intern besetzt worden. Wir bedanken uns für Ihre
Bewerbung.

Gruß
T. Wirtz
Dezernat Personal""",
      ))

# --------------------------------------------------------------------------- fr

_fourviere_excuse = """Bonjour Madame Berthelot,

Je suis vraiment désolée pour l'entretien de cet après-midi : la connexion Teams a
refusé de s'ouvrir sur mon ordinateur et votre numéro n'apparaissait pas dans
l'invitation. Serait-il possible de reprogrammer l'échange à une date qui vous convient ?

Bien cordialement,
Ailbhe Moreau-Okonkwo"""

_fourviere_chain = reply(_fourviere_excuse, "fr", "mer. 25 mars 2026 à 14:35", CAMILLE,
                         """Bonjour Madame Moreau-Okonkwo,

Arnaud Vidal et moi vous avons attendue sur Teams de 14h00 à 14h20 pour notre entretien,
mais vous ne nous avez pas rejoints.

Pouvez-vous me dire ce qui s'est passé ?""")

add(m("rejection", "fourviere_refus_apres_excuse", "fr", "Laboratoires Fourvière",
      CAMILLE[1],
      key="fourviere_no", parent="fourviere_excuse",
      frm=CAMILLE, date="2026-04-09 17:26 +0200",
      subject="RE: Entretien du 25 mars – Chargée RH généraliste",
      cte="qp",
      text=reply("""Bonjour Madame Moreau-Okonkwo,

Merci pour votre message et pour vos explications.

Entre-temps, nous avons finalisé les entretiens avec les autres candidates et le comité a
fait son choix. Nous ne donnerons donc pas suite à votre candidature pour le poste de
chargée RH généraliste sur notre site de Gerland, et je ne suis pas en mesure de vous
proposer un nouveau créneau.

Je regrette que les circonstances ne nous aient pas permis de nous rencontrer.

Bien à vous,
Camille Berthelot
Responsable recrutement
Laboratoires Fourvière – 28 rue du Professeur-Lépine, 69007 Lyon
Tél. : +33 4 78 55 01 92""", "fr", "mer. 25 mars 2026 à 18:10", CAND, _fourviere_chain)))

_bellecour_text = """Bonjour Ailbhe,

Je reviens vers vous au sujet du poste d'assistante ressources humaines à la Maison
Bellecour.

Votre parcours en management de magasin nous a beaucoup plu, mais nous avons
privilégié un profil déjà formé à la paie et à l'administration du personnel en France.
Nous ne pouvons donc pas retenir votre candidature cette fois-ci.

Merci encore pour le temps que vous nous avez consacré, notamment après l'annulation
de notre premier rendez-vous.

Solène Marchetti
Responsable RH, Maison Bellecour
12 place Bellecour, 69002 Lyon"""

add(m("rejection", "bellecour_teamtailor_refus", "fr", "Maison Bellecour", SOLENE[1],
      key="bellecour_no", parent="bellecour_cancel",
      frm=("Maison Bellecour", "no-reply@teamtailor-mail.com"), reply_to=SOLENE,
      reply_enc=("utf-8", "Q"),
      date="2026-03-26 10:05 +0100",
      subject="Votre candidature – Assistante RH (H/F)",
      cte="qp",
      text=_bellecour_text,
      html=ats_card("Maison Bellecour", paras(_bellecour_text), accent="#5d4037", lang="fr",
                    footer="Envoyé avec Teamtailor")))

add(m("rejection", "confluence_client_confidentiel", "fr", "Confluence RH Conseil",
      "yannick.roussel@confluence-rh.example.fr",
      frm=("Yannick Roussel", "yannick.roussel@confluence-rh.example.fr"),
      date="2026-05-20 19:12 +0200",
      subject="Mission confidentielle – retour de mon client",
      charset="windows-1252", cte="qp",
      text="""Bonsoir Ailbhe,

Un petit mot rapide sur la mission confidentielle dont je vous avais parlé (RRH de
proximité, secteur aéroportuaire, Lyon-Est). Mon client a étudié votre dossier avec
attention et ne souhaite pas vous rencontrer : il recherche quelqu’un ayant déjà géré
des élections professionnelles et un CSE.

Ce n’est pas un jugement sur vos qualités – j’ai bien d’autres pistes en tête pour
vous et je vous rappelle la semaine prochaine.

Bien à vous,
Yannick Roussel
Consultant senior – Fonctions RH & Support
Confluence RH Conseil · 4 quai Rambaud · 69002 Lyon · 06 55 50 18 42""",
      ))

_univ_thanks = """Madame Garnier,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de ce matin.
Les échanges sur l'accueil des nouveaux personnels m'ont confortée dans mon envie de
rejoindre le service.

Cordialement,
Ailbhe Moreau-Okonkwo"""

add(m("rejection", "universite_refus_cite_remerciements", "fr", "Université Rhône-Presqu'île",
      "helene.garnier@univ-rhone-presquile.example.fr",
      key="univ_no", parent="univ_invite",
      refs_after=["<20260519113344.merci.ailbhe@example.ie>"],
      frm=("Hélène Garnier", "helene.garnier@univ-rhone-presquile.example.fr"),
      name_enc=("iso-8859-1", "Q"),
      date="2026-06-04 14:02 +0200",
      subject="Re: Entretien - Gestionnaire RH (recrutement et intégration)",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="qp",
      text=reply("""Madame,

Je vous remercie pour votre message et pour l'intérêt que vous portez à notre
établissement.

Après délibération, le jury a proposé le poste de gestionnaire RH à une autre
candidate, dont l'expérience de la fonction publique d'État a été jugée déterminante.
J'ai le regret de vous informer que votre candidature n'a pas été retenue.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Hélène Garnier
Direction des ressources humaines
Université Rhône-Presqu'île, 15 quai Claude-Bernard, 69007 Lyon""", "fr",
                 "mar. 19 mai 2026 à 11:33", CAND, _univ_thanks)))

# --------------------------------------------------------------------------- es

add(m("rejection", "cierzo_ashby_rechazo", "es", "Aerolíneas Cierzo", "",
      key="cierzo_no", parent="cierzo_missed",
      frm=("Aerolíneas Cierzo · Talento", "no-reply@ashbyhq.com"),
      name_enc=("utf-8", "B"),
      date="2026-06-16 09:30 +0200",
      subject="Actualización de tu candidatura – Técnica de RR. HH. (base de Dublín)",
      subj_enc=("utf-8", "B"),
      headers=AUTO,
      cte="qp",
      text="""Hola, Ailbhe:

Gracias por tu interés en Aerolíneas Cierzo y en la posición de Técnica de RR. HH. para
nuestra base de Dublín.

Tras revisar el proceso, hemos decidido continuar con otras personas candidatas cuyo
perfil se ajusta mejor a las necesidades actuales del equipo. Sentimos no poder darte
una respuesta más favorable.

Te animamos a seguir atenta a nuestras vacantes.

Equipo de Talento de Aerolíneas Cierzo""",
      html=ats_card("Aerolíneas Cierzo", paras("""Hola, Ailbhe:

Gracias por tu interés en Aerolíneas Cierzo y en la posición de Técnica de RR. HH. para
nuestra base de Dublín.

Tras revisar el proceso, hemos decidido continuar con otras personas candidatas cuyo
perfil se ajusta mejor a las necesidades actuales del equipo. Sentimos no poder darte
una respuesta más favorable.

Te animamos a seguir atenta a nuestras vacantes.

Equipo de Talento de Aerolíneas Cierzo"""), accent="#0d47a1", lang="es",
                    footer="Con la tecnología de Ashby")))

add(m("rejection", "malvarrosa_suave", "es", "Ópticas Malvarrosa",
      "rocio.benlloch@malvarrosa.example.es",
      frm=("Rocío Benlloch", "rocio.benlloch@malvarrosa.example.es"),
      date="2026-04-07 12:40 +0200",
      subject="Proceso de selección – Generalista de RR. HH. (tiendas Irlanda)",
      cte="8bit",
      text="""Estimada Ailbhe:

Te escribimos en relación con tu candidatura para el puesto de Generalista de RR. HH.
que da soporte a nuestras ópticas de Dublín y Galway.

Hemos recibido muchas candidaturas de gran nivel y, aunque tu experiencia en gestión
de tiendas es muy valiosa, en esta ocasión no vamos a seguir adelante con tu perfil.

Guardaremos tus datos, con tu permiso, para futuros procesos.

Un saludo cordial,
Rocío Benlloch
Departamento de Personas
Ópticas Malvarrosa · Av. del Puerto 201 · 46023 Valencia""",
      ))

_lucia_q = """Hola Lucía,

¿Sabes algo del cliente después de la entrevista del jueves? Me quedé con muy buena
sensación.

Un abrazo,
Ailbhe"""

add(m("rejection", "talento_levante_cliente_no", "es", "Calzados Ribera", LUCIA[1],
      key="tl_ribera_no", parent="tl_ribera_invite",
      refs_after=["<20260302091500.pregunta.ailbhe@example.ie>"],
      frm=LUCIA, name_enc=("utf-8", "Q"),
      date="2026-03-05 16:22 +0100",
      subject="Re: Calzados Ribera – novedades",
      cte="qp",
      text=reply("""Hola Ailbhe:

Ya tengo respuesta de Calzados Ribera y, por desgracia, no es la que esperábamos.
Han decidido quedarse con una candidata que ya trabajaba en su tienda de Grafton Street
y que conoce su sistema de turnos. Me dijeron que la entrevista contigo fue muy buena,
pero la continuidad pesó más.

Seguimos en contacto; tengo otros dos procesos en Irlanda que encajan contigo.

Lucía Ferrer
Consultora de Selección
Talento Levante · C/ Colón 48, 46004 Valencia · +34 963 555 014""", "es",
                 "lun, 2 mar 2026 a las 9:15", CAND, _lucia_q),
      html=simple_html(paras("""Hola Ailbhe:

Ya tengo respuesta de Calzados Ribera y, por desgracia, no es la que esperábamos.
Han decidido quedarse con una candidata que ya trabajaba en su tienda de Grafton Street
y que conoce su sistema de turnos. Me dijeron que la entrevista contigo fue muy buena,
pero la continuidad pesó más.

Seguimos en contacto; tengo otros dos procesos en Irlanda que encajan contigo.

Lucía Ferrer
Consultora de Selección
Talento Levante · C/ Colón 48, 46004 Valencia · +34 963 555 014""") + "\n"
                       + html_quote(paras(_lucia_q),
                                    "El lun, 2 mar 2026 a las 9:15, Ailbhe Moreau-Okonkwo "
                                    "escribió:"), lang="es")))

add(m("rejection", "xuquer_seco", "es", "Perfumerías Xúquer",
      "pau.ferrando@xuquer.example.es",
      frm=("Pau Ferrando", "pau.ferrando@xuquer.example.es"),
      date="2026-07-08 08:47 +0200",
      subject="Vacante RR. HH. Dublín",
      charset="iso-8859-1", cte="8bit",
      text="""Ailbhe, buenos días.

La vacante de Dublín ya está cubierta. Gracias por escribirnos.

Pau Ferrando
Perfumerías Xúquer""",
      ))

assert len(MESSAGES) == 31, len(MESSAGES)
_unused = (esc, quote, JANA)
