"""Corpus 169: rejections (31), hand-written. Each message writes its own words."""

from __future__ import annotations

from msgs169_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    esc,
    forwarded,
    html_quote,
    mso,
    outlook_block,
    outlook_html,
    page,
    paras,
    quote,
    reply_quote,
)

R = "rejection"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- English (18)

_t = """Dear Siobhan,

Thank you for the time you invested in applying for the HR Advisor role (requisition 4471) at our Bulwell support centre.

We have now completed our review for this requisition. On this occasion your application has not been taken forward, and your candidate record for requisition 4471 has been closed.

We appreciate you considering Marchmont Grocers. New roles across our stores, depots and support centres are posted every week on our careers site, and you are welcome to apply for any of them.

Kind regards,

Talent Acquisition Team
Marchmont Grocers
"""
_f = "This message was sent from an unmonitored mailbox. Please do not reply. Marchmont Grocers Ltd, Lenton Lane, Nottingham NG7 2PW."
add(M(R, "icims_req_closed", company="Marchmont Grocers", contact="", lang="en",
      frm=("Marchmont Grocers Talent Acquisition", "donotreply@talent.icims.com"),
      subject="Your application for HR Advisor (Req 4471) \u2013 Marchmont Grocers",
      date="2026-02-20 16:05", tz="utc",
      text=_t + "\n--\n" + _f + "\n",
      html=ats_card("Marchmont Grocers Careers", paras(_t), esc(_f), accent="#1d6b3a"),
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "iCIMS Talent Cloud")]))

_t = """Hi Siobhan,

Thanks so much for meeting Amira and me last Tuesday, and for the thoughtful questions about how we run colleague relations across the stores.

We've now finished the final interviews for the People Advisor role and, after a lot of discussion, we have decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly handling employee relations casework end-to-end without store support.

I know this isn't what you were hoping to hear. Your store-side perspective really came through, and if you're happy for me to, I'll keep your details for future People roles at Larkspur.

All the best,
Priya

Priya Natarajan
Senior Recruiter | Larkspur Home
2 Shoreditch Yard, London E1 6GJ
Tel 020 7946 0713
"""
add(M(R, "greenhouse_more_closely_matches", company="Larkspur Home",
      contact="priya.natarajan@larkspurhome.example.co.uk", lang="en",
      frm=("Priya Natarajan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Priya Natarajan", "priya.natarajan@larkspurhome.example.co.uk"),
      subject="Your application to Larkspur Home - People Advisor",
      date="2026-05-12 11:47", id="lark_no",
      text=_t, html=page(paras(_t)), cte="quoted-printable"))

_t = """Dear Siobhan Adeyemi-Castro,

Re: HR Officer (Student Services), reference KMU-0926

We are writing to update you on the above vacancy. Following a review of staffing within the Directorate of Student Services, the role has been put on hold and we will not proceed with the appointment at this time. The selection process has therefore been closed for all candidates, including those who attended interview on 11 March.

We are sorry for any disappointment this causes and thank you for the time you gave to the process. Should the post be re-advertised, it will appear on our vacancies page and you would be welcome to apply again.

Yours sincerely,

HR Recruitment Team
Kenilworth Metropolitan University
"""
add(M(R, "taleo_post_on_hold", company="Kenilworth Metropolitan University", contact="",
      lang="en", frm=("Kenilworth Metropolitan University", "kmu@taleo.net"),
      subject="KMU-0926 HR Officer (Student Services): update on your application",
      date="2026-03-25 09:30", tz="utc",
      html=ats_card("Kenilworth Metropolitan University", paras(_t),
                    "Please do not reply to this automated email. Powered by Oracle Taleo.",
                    accent="#5b2a86"),
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

_q = """Hi Dan,

Thursday at 11 works perfectly - I'll come to the office on Newhall Street. Looking forward to the chat.

Thanks,
Siobhan"""
add(M(R, "terse_went_with_cipd5", company="Peoplecraft HR", contact="dan@peoplecraft.example.co.uk",
      lang="en", frm=("Dan Fairclough", "dan@peoplecraft.example.co.uk"),
      subject="Re: HR generalist - chat on Thursday", date="2026-02-02 18:12",
      parent="pc_yes", id="pc_no",
      text="Siobhan - we're not going to take this one further with you. Went with someone who's already CIPD Level 5. Sorry it's not better news.\n\nDan\n\nSent from my iPhone\n\n"
      + reply_quote("en", "21 Jan 2026, at 19:02", CAND_NAME, CAND_ADDR, _q) + "\n",
      cte="7bit"))

add(M(R, "agency_relays_sherwood", company="Sherwood Packaging",
      contact="matt@hollinsrecruitment.example.co.uk", lang="en",
      frm=("Matt Hollins", "matt@hollinsrecruitment.example.co.uk"),
      subject="Sherwood Packaging - HR Coordinator feedback", date="2026-04-20 15:33",
      text="""Hi Siobhan,

Just had feedback from Sherwood Packaging on the HR Coordinator role at their Colwick site. I'm afraid they aren't going to progress you to interview. Their reasoning was that they need someone who has already handled payroll queries and absence reporting on an HRIS, and they felt your background - strong as it is on people management - was a step too far from that for this particular hire.

Their loss, in my opinion. I've got a couple of other Nottingham roles coming through next week that look a better fit, so I'll give you a ring on Monday if that's alright.

Cheers,
Matt

Matt Hollins
Director | Hollins Recruitment
14 Stoney Street, Lace Market, Nottingham NG1 1LX
0115 496 0288 | www.hollinsrecruitment.example.co.uk

Hollins Recruitment Ltd is registered in England and Wales, company no. 10922871. We act as an employment agency and employment business.
""", charset="iso-8859-1", cte="quoted-printable"))

add(M(R, "agency_client_unnamed_closed", company="Cobalt People",
      contact="ryan@cobaltpeople.example.co.uk", lang="en",
      frm=("Ryan Devlin", "ryan@cobaltpeople.example.co.uk"),
      subject="Re: Coventry HR Generalist role - update", date="2026-07-28 09:14",
      parent="cobalt_missed",
      text="""Morning Siobhan,

Following up on last week. I spoke to the hiring manager again yesterday and they've decided not to rebook the first-stage call. They had a strong shortlist and are pressing on with two other people, so I'm afraid they won't be taking it any further with you and the role is closed from our side.

I know the mix-up over the call time wasn't ideal for anyone. Please don't let it put you off - I've noted on your file that you're keen on Coventry and Warwickshire, and I'll be in touch when the next one lands.

Speak soon,
Ryan

Ryan Devlin
Principal Consultant, HR & Business Support
Cobalt People | Friargate, Coventry CV1 2GN
024 7699 0341

> Hi Ryan, I'm so sorry - my phone was on silent in a stockroom meeting. Is there any chance the client would rebook?
>
> Siobhan
""", cte="7bit"))

_q = """Dear Rachel,

Thank you for inviting me to the assessment day yesterday. I really enjoyed the group exercise and the chance to see the Wigston site, and I'm even keener on the HR Assistant role now that I've met the team.

I look forward to hearing about the next steps.

Best wishes,
Siobhan"""
_t = """Dear Siobhan,

Thank you for your kind note, and apologies for taking a little longer to come back to you than I promised on the day.

The panel met on Thursday to review everyone who attended. It was close, but we have offered the HR Assistant position to a candidate who has spent several years in a manufacturing HR environment, which tipped the balance given the shift patterns on our Wigston site.

You came across as warm, organised and very credible in the group exercise, and your absence-management role play was one of the strongest we saw. I hope you'll look at us again in the future.

With best wishes,
Rachel

Rachel Okafor
HR Business Partner
Soar Valley Foods Ltd
Unit 4, Magna Park Way, Wigston, Leicester LE18 4XX
T: 0116 496 0175

CONFIDENTIALITY: This email and any files transmitted with it are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Soar Valley Foods Ltd, registered in England no. 04418276.

"""
add(M(R, "after_assessment_quotes_thanks", company="Soar Valley Foods",
      contact="r.okafor@soarvalleyfoods.example.co.uk", lang="en",
      frm=("Rachel Okafor", "r.okafor@soarvalleyfoods.example.co.uk"),
      subject="Re: Thank you - HR Assistant assessment day", date="2026-03-02 12:20",
      parent="soar_thanks", id="soar_no",
      text=_t + reply_quote("en", "Fri, 20 Feb 2026 at 17:48", CAND_NAME, CAND_ADDR, _q) + "\n",
      html=page(paras(_t) + "\n<div>"
                + esc(f"On Fri, 20 Feb 2026 at 17:48, {CAND_NAME} <{CAND_ADDR}> wrote:")
                + "</div>\n" + html_quote(paras(_q)))))

add(M(R, "post_filled_internally_cp1252", company="Glanrhyd Housing Association",
      contact="ffion.pritchard@glanrhyd.example.org.uk", lang="en",
      frm=("Ffion Pritchard", "ffion.pritchard@glanrhyd.example.org.uk"),
      subject="HR Generalist vacancy (ref GHA-118)", date="2026-06-15 10:02",
      text="""Dear Siobhan,

I hope you\u2019re well. I\u2019m writing about the HR Generalist vacancy you applied for in May.

I wanted to let you know personally that the post has now been filled internally. A colleague from our housing services team applied through our redeployment process, and under our policy redeployees are considered ahead of external applicants \u2013 so we won\u2019t be shortlisting from the external field this time.

I\u2019m sorry. I know you\u2019d put real care into your supporting statement, and I\u2019ll hold on to it in case anything similar comes up in Cardiff over the next six months.

Diolch / Thank you,

Ffion Pritchard
People & Culture Officer
Glanrhyd Housing Association
Ty Glanrhyd, 22 Bute Terrace, Cardiff CF10 2FE
029 2018 0044

Glanrhyd Housing Association is a charitable registered society. Registered office as above.
""", charset="windows-1252", cte="quoted-printable"))

_t = """Hello Siobhan,

Thank you again for your interest in joining Tamworth Precision Castings, and for your patience after the site visit on the 8th didn't go ahead as planned.

Since then the business has confirmed a restructure of its support functions across the Coventry and Tamworth sites. As part of that, the HR Generalist vacancy has been withdrawn and we will not be recruiting into it this year.

This is a business decision rather than a judgement on you. I'm sorry we couldn't take things further.

Regards,
Gareth Lowe
HR Manager, Tamworth Precision Castings
"""
add(M(R, "bamboohr_vacancy_withdrawn", company="Tamworth Precision Castings",
      contact="gareth.lowe@tamworthcastings.example.co.uk", lang="en",
      frm=("Tamworth Precision Castings", "no-reply@bamboohr.com"),
      reply_to=("Gareth Lowe", "gareth.lowe@tamworthcastings.example.co.uk"),
      subject="HR Generalist - Coventry: vacancy update", date="2026-04-27 13:41",
      text=_t, html=ats_card("Tamworth Precision Castings", paras(_t),
                             "Sent with BambooHR. Reply to this email to reach the hiring team.",
                             accent="#6b7280"),
      headers=[("X-Mailer", "BambooHR ATS")]))

add(M(R, "casual_gone_another_way", company="Ember & Oak",
      contact="jordan@emberandoak.example.co.uk", lang="en",
      frm=("Jordan Blake", "jordan@emberandoak.example.co.uk"),
      subject="people & ops role", date="2026-05-22 21:36",
      text="""Hey Siobhan!

Right, I'll just be straight with you because you've been dead patient. We've gone another way on the People & Ops role. Honestly it was between you and one other and it came down to them having done a bit of payroll before, which we're desperate for with the new Digbeth site opening.

Loved chatting to you and Kemi was gutted too. Come by the roastery for a brew anytime, on us.

Jordan x

--
Ember & Oak Coffee Roasters
Unit 9, The Custard Factory, Gibb Street, Birmingham B9 4AA
""", cte="7bit"))

_t = """Hi Siobhan,

Thank you for your interest in the HR Generalist (EMEA) position at Kestrel Mobility, and for speaking with Ellie earlier this month.

After careful consideration, we regret to inform you that we will not be moving ahead with your candidacy for this role.

We genuinely appreciate the time you spent with us, and we may reach out if a role opens that aligns more closely with your experience.

Best,
The Kestrel Mobility Talent Team
"""
add(M(R, "lever_not_moving_ahead", company="Kestrel Mobility", contact="", lang="en",
      frm=("Kestrel Mobility", "no-reply@hire.lever.co"),
      subject="Your application to Kestrel Mobility", date="2026-04-29 17:02", tz="utc",
      id="kestrel_no", text=_t,
      html=ats_card("Kestrel Mobility", paras(_t), "Sent via Lever", accent="#111827"),
      cte="quoted-printable"))

_t = """Hi Siobhan,

Thank you for completing the written exercise on the flexible-working policy. We appreciated the effort you put in, especially after we had to rearrange the first call.

Having reviewed the submissions with our Head of People, we won't be inviting you to the final stage. Our view is that your exercise was clear and sensible but stayed quite close to a store-operations lens, and for this role we need someone who can already draft policy for a multi-site regulated business.

If a short call to go through the feedback would be useful, reply to this email and I'll find a slot.

Best wishes,
Hannah

Hannah Greaves
Talent Partner, Copperleaf Energy
"""
_d = "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this email. Copperleaf Energy Ltd is registered in England and Wales (08812345), registered office: 3 Castle Boulevard, Nottingham NG7 1FT."
add(M(R, "ashby_not_to_final_stage", company="Copperleaf Energy",
      contact="hannah.greaves@copperleaf.example.co.uk", lang="en",
      frm=("Hannah Greaves", "no-reply@ashbyhq.com"),
      reply_to=("Hannah Greaves", "hannah.greaves@copperleaf.example.co.uk"),
      subject="Copperleaf Energy - People Advisor", date="2026-07-21 16:18",
      text=_t + "\n" + _d + "\n",
      html=page(paras(_t) + f'\n<p style="font-size:10px;color:#888">{esc(_d)}</p>')))

_inv = """Dear Siobhan,

I am pleased to invite you to interview for the HR Officer post on Wednesday 20 May at 2.30pm at our Colmore Row office. The panel will be me and Lorraine Fisher, Head of HR. Please allow an hour.

Kind regards
Andrew"""
_t = """Dear Siobhan,

Further to your interview on 20 May, I am sorry to tell you that you have not been selected for the HR Officer post. The panel scored all candidates against the same criteria and, although your scores for communication and values were high, you fell just short on the employment law scenario.

I'd be happy to share your score sheet if that would help with future applications.

Kind regards

Andrew Pugh
Senior HR Officer | Wrekin Building Society
Colmore House, 8 Colmore Row, Birmingham B3 2BJ
Direct: 0121 496 0630
"""
_blk = outlook_block("en", "Andrew Pugh <andrew.pugh@wrekinbs.example.co.uk>",
                     "13 May 2026 10:21", f"{CAND_NAME} <{CAND_ADDR}>",
                     "HR Officer - invitation to interview", _inv)
_d = "Wrekin Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This e-mail is confidential; if you are not the intended recipient please delete it."
add(M(R, "outlook_after_panel_scores", company="Wrekin Building Society",
      contact="andrew.pugh@wrekinbs.example.co.uk", lang="en",
      frm=("Andrew Pugh", "andrew.pugh@wrekinbs.example.co.uk"),
      subject="RE: HR Officer - invitation to interview", date="2026-06-01 15:55",
      parent="wrekin_inv",
      text=_t + "\n" + _blk + "\n\n" + _d + "\n",
      html=outlook_html(mso(_t) + "\n" + mso(_blk) + "\n" + mso(_d)),
      headers=[("Thread-Topic", "HR Officer - invitation to interview")]))

add(M(R, "nhs_not_shortlisted", company="Charnwood & Soar NHS Trust",
      contact="deepa.mistry@charnwoodsoar.example.org.uk", lang="en",
      frm=("Deepa Mistry", "deepa.mistry@charnwoodsoar.example.org.uk"),
      subject="Application outcome: HR Advisor, Band 5 (ref 340-HR-0612)",
      date="2026-07-17 14:08",
      text="""Dear Siobhan,

Thank you for applying for the above post with Charnwood & Soar NHS Trust.

The panel met on 15 July and I am writing to let you know that you have not been shortlisted for interview on this occasion. We received 64 applications. Shortlisting is based on the essential criteria in the person specification, and the panel noted that your application did not clearly evidence applying HR policy in a unionised environment.

You can request written feedback within 28 days by replying to me directly.

Kind regards,

Deepa Mistry
Recruitment Officer, Workforce Directorate
Charnwood & Soar NHS Trust
Loughborough Road, Leicester LE4 5PX

Working together for healthier communities.
""", cte="7bit"))

_t = """Hi Siobhan,

Thanks for applying to the HR Generalist position at our Rotterdam head office. We've looked at your application carefully.

Unfortunately we won't be continuing with your application. The role requires professional-level Dutch for works council (OR) meetings, and that was one of our must-haves.

Good luck with your search.

Maasbrug Retail Group
Weena 412, 3012 CN Rotterdam
"""
add(M(R, "teamtailor_dutch_required", company="Maasbrug Retail Group", contact="", lang="en",
      frm=("Maasbrug Retail Group", "noreply@teamtailor-mail.com"),
      subject="About your application: HR Generalist", date="2026-05-06 08:50", tz="cet",
      text=_t + "\nYou received this email because you applied via our career site. Manage your data: https://careers.maasbrug.example.nl/connect/privacy\n",
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

_t = """Dear Siobhan,

Thank you for your interest in the Assistant HR Manager role at Bramcote Garden Centres.

The hiring team has reviewed where things stand and has chosen not to progress your application. We received a very high number of applications and can only continue with a small group.

Thank you again, and we wish you every success.

Bramcote Garden Centres Hiring Team
"""
add(M(R, "workable_not_progressing", company="Bramcote Garden Centres", contact="",
      lang="en", frm=("Bramcote Garden Centres", "noreply@candidates.workablemail.com"),
      subject="Assistant HR Manager at Bramcote Garden Centres", date="2026-04-01 10:11",
      text=_t + "\nSent via Workable\n",
      html=ats_card("Bramcote Garden Centres", paras(_t), "Sent via Workable",
                    accent="#166534")))

add(M(R, "council_panel_decision_latin1", company="Sowe Valley District Council",
      contact="pauline.greenaway@sowevalley.example.gov.uk", lang="en",
      frm=("Pauline Greenaway", "pauline.greenaway@sowevalley.example.gov.uk"),
      subject="HR & OD Adviser - outcome of interview", date="2026-08-10 11:26",
      text="""Dear Ms Adeyemi-Castro

Post: HR & OD Adviser, Grade 7 (£31,537 - £34,434), ref SVDC/HR/2631

Thank you for attending the interview and assessment on 5 August. I regret that the panel has decided not to offer you the post.

The appointment was very competitive. The panel asked me to pass on that your presentation on reducing short-term sickness absence was well structured and that you answered the safeguarding questions confidently. Where other candidates were stronger was experience of local government terms and conditions (the Green Book).

If you would like verbal feedback, please ring me on 024 7696 0417 to arrange a time.

Yours sincerely

Pauline Greenaway
HR Business Partner
Sowe Valley District Council
Council House, Bedworth Road, Coventry CV6 7AB
""", charset="iso-8859-1", cte="quoted-printable"))

_client = """Morning Lauren,

Thanks for putting Siobhan forward and for arranging things last week. We've decided to offer the role to another applicant who already holds CIPD Level 3 and has worked in an HR team before. Please pass on our thanks - she was lovely and the store team enjoyed meeting her.

Regards,
Mark

Mark Tolley
Operations & People Manager
Alcester Homewares"""
add(M(R, "agency_forwards_client_reply", company="Alcester Homewares",
      contact="lauren@meridiantalent.example.co.uk", lang="en",
      frm=("Lauren Baptiste", "lauren@meridiantalent.example.co.uk"),
      subject="Fwd: RE: HR Coordinator - Siobhan Adeyemi-Castro", date="2026-02-16 12:44",
      id="mer_alc",
      text="""Hi Siobhan,

Forwarding Alcester's reply below so you can see it in their own words. Not what either of us wanted, I'm afraid - they liked you but have gone for someone with a CIPD qualification already in hand.

Let's speak tomorrow, I've got two more roles I'd like to run past you.

Lauren

""" + forwarded("en", "Mark Tolley <mark.tolley@alcesterhomewares.example.co.uk>",
                "Mon, 16 Feb 2026 at 09:12", "RE: HR Coordinator - Siobhan Adeyemi-Castro",
                "Lauren Baptiste <lauren@meridiantalent.example.co.uk>", _client) + "\n"))

# ---------------------------------------------------------------- German (5)

_t = """Sehr geehrte Frau Adeyemi-Castro,

vielen Dank für Ihr Interesse an der Alsterwerk Maschinenbau AG und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Für die Position suchen wir eine Person mit fundierten Kenntnissen im deutschen Arbeits- und Betriebsverfassungsrecht.

Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Alsterwerk Maschinenbau AG
Billbrookdeich 118, 22113 Hamburg
"""
add(M(R, "successfactors_nicht_beruecksichtigt", company="Alsterwerk Maschinenbau",
      contact="", lang="de",
      frm=("Alsterwerk Maschinenbau AG - Recruiting", "no-reply@successfactors.eu"),
      subject="Ihre Bewerbung als HR Generalist (m/w/d) bei der Alsterwerk Maschinenbau AG",
      subject_enc=("utf-8", "B"), date="2026-03-30 14:00",
      text=_t, html=ats_card("Alsterwerk Maschinenbau AG", paras(_t),
                             "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht "
                             "auf diese Nachricht.", accent="#003b6f", lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

_q = """Liebe Frau Hansen,

gibt es schon Neuigkeiten von der Reederei nach dem Gespräch am Donnerstag? Ich bin weiterhin sehr interessiert.

Viele Grüße
Siobhan Adeyemi-Castro"""
add(M(R, "agentur_kajenberg_andere_kandidatin", company="Reederei Kajenberg",
      contact="b.hansen@speicherstadt-personal.example.de", lang="de",
      frm=("Birte Hansen", "b.hansen@speicherstadt-personal.example.de"),
      subject="AW: Gespräch Reederei Kajenberg", date="2026-06-05 10:37",
      parent="sp_kaj_inv",
      text="""Liebe Frau Adeyemi-Castro,

danke für Ihre Nachfrage, heute Morgen kam endlich die Rückmeldung aus der Reederei. Man hat sich dort nach den Gesprächen für eine andere Kandidatin entschieden, die bereits mit dem Tarifvertrag für die Seeschifffahrt gearbeitet hat. Ihr Auftreten und Ihre Führungserfahrung kamen gut an, das soll ich ausdrücklich ausrichten.

Ich melde mich, sobald ich eine passende Position im Hamburger Einzelhandel auf dem Tisch habe.

Herzliche Grüße
Birte Hansen

Speicherstadt Personal GmbH
Personalberatung | Am Sandtorkai 27, 20457 Hamburg
Tel. +49 40 5555 1823
Geschäftsführerin: Birte Hansen, Amtsgericht Hamburg HRB 154210

""" + reply_quote("de", "29.05.2026 um 16:40", CAND_NAME, CAND_ADDR, _q) + "\n"))

_t = """Hallo Siobhan,

danke, dass wir das Gespräch am 12. Juni doch noch nachholen konnten.

Wir haben uns im Team beraten und werden die Stelle als People & Culture Generalist anders besetzen. Ausschlaggebend war am Ende, dass wir jemanden brauchen, der die Lohnabrechnung mit DATEV ab dem ersten Tag selbst übernehmen kann.

Ich fand deinen Blick aus dem Filialalltag echt erfrischend und wünsche dir für die weitere Suche viel Erfolg.

Beste Grüße
Malte

Malte Brandt
Head of People | Fleetwerk Kaffeerösterei GmbH & Co. KG
Stockmeyerstraße 41, 20457 Hamburg
"""
add(M(R, "personio_stelle_anders_besetzt", company="Fleetwerk Kaffeerösterei",
      contact="malte.brandt@fleetwerk.example.de", lang="de",
      frm=("Malte Brandt (Fleetwerk Kaffeerösterei)", "no-reply@fleetwerk.jobs.personio.de"),
      reply_to=("Malte Brandt", "malte.brandt@fleetwerk.example.de"),
      subject="Deine Bewerbung bei Fleetwerk", date="2026-06-24 17:22",
      from_enc=("iso-8859-1", "Q"),
      text=_t, html=ats_card("Fleetwerk Kaffeerösterei", paras(_t),
                             "Gesendet über Personio. Antworten gehen direkt an das Team.",
                             accent="#7c4a1e", lang="de")))

_q = """Sehr geehrte Frau Dr. Sommer,

gibt es schon einen neuen Termin für das Vorstellungsgespräch? Ich könnte mir jederzeit freinehmen.

Mit freundlichen Grüßen
Siobhan Adeyemi-Castro"""
add(M(R, "intern_besetzt_latin1", company="Stadtwerke Harburg",
      contact="u.sommer@stadtwerke-harburg.example.de", lang="de",
      frm=("Dr. Ulrike Sommer", "u.sommer@stadtwerke-harburg.example.de"),
      subject="AW: Ihre Bewerbung als Personalreferentin (Kennziffer 26/114)",
      subject_enc=("iso-8859-1", "Q"), date="2026-09-01 08:45", parent="sw_cancel",
      text="""Sehr geehrte Frau Adeyemi-Castro,

vielen Dank für Ihre Geduld und Ihre Nachfrage.

Die ausgeschriebene Stelle wird nun mit einer internen Kollegin besetzt, die aus der Elternzeit zurückkehrt und ihre Stundenzahl aufstocken möchte. Das Auswahlverfahren ist damit für alle externen Bewerbungen beendet; einen neuen Termin wird es daher nicht geben.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für Ihr Interesse an den Stadtwerken Harburg.

Mit freundlichen Grüßen

Dr. Ulrike Sommer
Leiterin Personal
Stadtwerke Harburg GmbH
Schloßmühlendamm 8, 21073 Hamburg

""" + reply_quote("de", "24.08.2026 um 18:15", CAND_NAME, CAND_ADDR, _q) + "\n",
      charset="iso-8859-1", cte="quoted-printable"))

add(M(R, "startup_du_jemand_anderes", company="Kiezkind",
      contact="lea@kiezkind.example.de", lang="de",
      frm=("Lea Schuster", "lea@kiezkind.example.de"),
      subject="Kurzes Update zur People-Stelle", date="2026-08-31 19:05",
      text="""Hey Siobhan,

kurze und leider nicht so schöne Nachricht: Wir haben uns für jemand anderen entschieden. Die Person hat schon zwei Jahre HR in einem Modelabel gemacht und kennt unsere Kasse und unser Schichtplan-Tool – das hat am Ende den Ausschlag gegeben.

Mit dem verpassten Anruf hatte das übrigens nichts zu tun, versprochen.

Mach's gut und viel Glück in Hamburg!
Lea

--
Kiezkind | Kindermode aus Ottensen
Bahrenfelder Straße 160, 22765 Hamburg
""", cte="8bit"))

# ---------------------------------------------------------------- French (4)

add(M(R, "suite_defavorable_cp1252", company="Filatures du Nord",
      contact="h.dujardin@filatures-du-nord.example.fr", lang="fr",
      frm=("Hélène Dujardin", "h.dujardin@filatures-du-nord.example.fr"),
      from_enc=("iso-8859-1", "Q"),
      subject="Votre candidature – Chargée RH généraliste", date="2026-09-15 11:12",
      subject_enc=("utf-8", "Q"),
      text="""Madame,

Nous vous remercions de l\u2019intérêt que vous portez à Filatures du Nord et du temps consacré à nos échanges, malgré l\u2019annulation de dernière minute de notre premier rendez-vous.

Après un examen attentif de l\u2019ensemble des profils, nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature au poste de Chargée RH généraliste. Nous avons privilégié un parcours déjà ancré dans l\u2019industrie textile et la gestion des relations avec le CSE.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant davantage à votre profil venait à s\u2019ouvrir.

Nous vous prions d\u2019agréer, Madame, l\u2019expression de nos salutations distinguées.

Hélène Dujardin
Responsable des Ressources Humaines
Filatures du Nord SA \u2013 145 rue de Lannoy, 59100 Roubaix
Tél. : +33 3 20 55 01 47

Ce message et ses pièces jointes sont confidentiels et établis à l\u2019intention exclusive de leur destinataire. Toute utilisation non conforme à sa destination est interdite.
""", charset="windows-1252", cte="quoted-printable"))

_t = """Madame,

Suite à l'entretien finalement organisé le 21 juillet, nous vous informons que votre candidature au poste d'assistante ressources humaines (pôle recrutement paramédical) n'a pas été retenue.

La commission a choisi une personne disposant d'une expérience de la fonction publique hospitalière, notamment des règles statutaires et de la gestion des concours.

Nous vous remercions pour votre disponibilité et vous souhaitons pleine réussite dans vos recherches.

Nathalie Lefebvre
Attachée d'administration hospitalière
Direction des Ressources Humaines
Groupe Hospitalier Val de Deûle
2 avenue Oscar Lambret, 59037 Lille Cedex
"""
add(M(R, "hopital_non_retenue_html", company="Groupe Hospitalier Val de Deûle",
      contact="n.lefebvre@ghvd.example.fr", lang="fr",
      frm=("Nathalie Lefebvre - DRH GHVD", "n.lefebvre@ghvd.example.fr"),
      subject="Suite donnée à votre candidature - réf. DRH-2026-233", date="2026-07-28 15:30",
      html=page(paras(_t), lang="fr"), charset="windows-1252", cte="quoted-printable"))

_q = """Bonjour Karim,

Merci encore pour la mise en relation avec la Brasserie des Weppes. Avez-vous eu un retour après l'entretien de mardi ?

Bien à vous,
Siobhan"""
add(M(R, "cabinet_relaie_brasserie", company="Brasserie des Weppes",
      contact="k.benali@beffroi-recrutement.example.fr", lang="fr",
      frm=("Karim Benali | Beffroi Recrutement", "k.benali@beffroi-recrutement.example.fr"),
      subject="RE: Brasserie des Weppes - retour", date="2026-07-09 17:48",
      text="""Bonjour Siobhan,

J'ai eu la brasserie au téléphone cet après-midi. Ils ont décidé de poursuivre avec un profil qui a déjà piloté des élections CSE dans une PME industrielle ; ils ne donneront donc pas suite pour vous sur ce poste.

Ils ont beaucoup apprécié votre énergie et votre expérience du management d'équipe, et m'ont dit qu'ils seraient ravis de vous recroiser sur un futur recrutement.

Je reviens vers vous dès qu'un nouveau poste RH s'ouvre sur la métropole lilloise.

Bien cordialement,

Karim Benali
Consultant senior – Fonctions support
Beffroi Recrutement
18 place du Théâtre, 59800 Lille
06 12 34 56 78

""" + reply_quote("fr", "mer. 8 juil. 2026 à 09:14", CAND_NAME, CAND_ADDR, _q) + "\n"))

add(M(R, "universite_poste_gele", company="Université de la Deûle",
      contact="sophie.maertens@univ-deule.example.fr", lang="fr",
      frm=("Sophie Maertens", "sophie.maertens@univ-deule.example.fr"),
      subject="Recrutement gestionnaire RH (BAP J) - information", date="2026-06-10 09:05",
      text="""Madame,

Vous avez candidaté au poste de gestionnaire ressources humaines (contractuel, catégorie B) publié en mai par notre université.

Je suis au regret de vous informer que ce recrutement est suspendu : le poste a été gelé à la suite des arbitrages budgétaires votés par le conseil d'administration le 4 juin. Nous ne donnerons donc pas suite aux candidatures reçues, y compris la vôtre.

Si le poste devait être rouvert, il ferait l'objet d'une nouvelle publication.

Cordialement,

Sophie Maertens
Responsable du bureau recrutement et mobilité
Direction des ressources humaines
Université de la Deûle - 42 rue Paul Duez, 59000 Lille
""", charset="iso-8859-1", cte="8bit"))

# ---------------------------------------------------------------- Spanish (4)

add(M(R, "hospital_otra_candidata", company="Hospital Virgen del Azahar",
      contact="cvidal@hospitalazahar.example.es", lang="es",
      frm=("Carmen Vidal Romero", "cvidal@hospitalazahar.example.es"),
      subject="Proceso de selección Técnico/a de RR. HH. - resolución",
      date="2026-10-06 13:15",
      text="""Estimada Sra. Adeyemi-Castro:

Le agradecemos su participación en el proceso de selección para el puesto de Técnico/a de Recursos Humanos y la entrevista mantenida con la comisión el pasado 29 de septiembre.

Lamentamos comunicarle que la comisión ha propuesto a otra candidata cuyo perfil se ajusta mejor a los requisitos del puesto, en especial en lo relativo a la gestión de bolsas de empleo sanitario.

Conservaremos su currículum, con su consentimiento, para futuras necesidades de la Dirección de Personas.

Atentamente,

Carmen Vidal Romero
Jefa de Sección de Selección
Hospital Virgen del Azahar
Avda. de la Cruz del Campo 51, 41005 Sevilla
Tel. 954 00 12 87

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
"""))

add(M(R, "agencia_cliente_no_sigue", company="Talento Sur",
      contact="manuel.ortega@talentosur.example.es", lang="es",
      frm=("Manuel Ortega Núñez", "manuel.ortega@talentosur.example.es"),
      from_enc=("utf-8", "B"),
      subject="Actualización candidatura - Técnica RRHH", date="2026-09-08 18:40",
      text="""Hola Siobhan:

Te escribo para contarte cómo ha quedado lo de mi cliente, la cadena de supermercados de la que te hablé. Al final han decidido no seguir contigo: tras la llamada que rehicimos, prefieren a alguien que ya haya llevado relaciones laborales con el comité de empresa en España.

Sé que no es lo que esperabas. Me ha gustado mucho trabajar contigo y te tengo en el radar para lo próximo que entre en Sevilla.

Un abrazo,
Manuel

Manuel Ortega Núñez
Consultor de Selección | Talento Sur
C/ San Fernando 12, 41004 Sevilla
Móvil 600 112 233
"""))

_t = """Estimada Siobhan:

Muchas gracias por tu interés en Aceites Guadaíra y por tu participación en la jornada de evaluación en nuestra planta.

Tras valorar todas las candidaturas, hemos optado por otros perfiles para la posición de Generalista de Recursos Humanos, con experiencia previa en entornos industriales de turnos rotativos.

Te deseamos mucha suerte en tu búsqueda y esperamos que vuelvas a considerarnos en el futuro.

Un cordial saludo,
Lucía Ramos
Responsable de Personas | Aceites Guadaíra, S.A.
"""
add(M(R, "softgarden_otros_perfiles", company="Aceites Guadaíra",
      contact="lramos@aceitesguadaira.example.es", lang="es",
      frm=("Aceites Guadaíra - Selección", "noreply@mail.softgarden.io"),
      from_enc=("iso-8859-1", "Q"),
      reply_to=("Lucía Ramos", "lramos@aceitesguadaira.example.es"),
      subject="Tu candidatura en Aceites Guadaíra", subject_enc=("iso-8859-1", "Q"),
      date="2026-10-09 12:02", charset="iso-8859-1",
      text=_t, html=ats_card("Aceites Guadaíra", paras(_t),
                             "Enviado con softgarden. Las respuestas llegan al equipo de selección.",
                             accent="#65a30d", lang="es")))

add(M(R, "convocatoria_sin_efecto", company="Universidad Bética",
      contact="fgalan@ubetica.example.es", lang="es",
      frm=("Francisco Galán Ruiz", "fgalan@ubetica.example.es"),
      subject="Convocatoria PTGAS 2026/17 - Técnico/a de Personal", date="2026-10-13 10:25",
      text="""Estimada Sra. Adeyemi-Castro:

Nos ponemos en contacto con usted en relación con su solicitud para la plaza de Técnico/a de Personal (convocatoria PTGAS 2026/17).

Le comunicamos que la convocatoria ha quedado sin efecto al no haberse aprobado la dotación presupuestaria de la plaza. En consecuencia, el proceso se da por finalizado sin adjudicación y no se realizarán las pruebas previstas.

La resolución se publicará en el tablón electrónico de la Universidad. Disculpe las molestias.

Atentamente,

Francisco Galán Ruiz
Servicio de Personal de Administración y Servicios
Universidad Bética
Pabellón de Portugal, Avda. de Chile s/n, 41013 Sevilla
""", charset="iso-8859-1", cte="quoted-printable"))

assert len(MESSAGES) == 31, len(MESSAGES)
_ = (CAND, quote)
