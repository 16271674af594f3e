"""Rejections received by Ciarán Delacroix-Mwangi (hundred-and-second corpus), written one by one."""

from __future__ import annotations

from msgs102_common import CAND, ME, ats_html, msg, outlook_html

MESSAGES = [
    # ------------------------------------------------------------------ English
    msg(
        kind="rejection", scenario="workday_soft", lang="en",
        frm=("Harbourline Talent Acquisition", "harbourline@myworkday.com"),
        subject="Your application for Site Reliability Engineer (R-10482)",
        date="2026-01-19 16:41 +0000",
        html=ats_html(
            """Dear Ciarán,

Thank you for your interest in the Site Reliability Engineer position (requisition R-10482) at Harbourline Payments and for the time you invested in your application.

We received a large number of applications for this role. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the position at this time.

We encourage you to keep an eye on our [careers site](https://harbourline.wd3.myworkday.com/harbourline_careers) and to apply for future roles that match your skills. Your candidate profile will remain active for 12 months.

Kind regards,
Talent Acquisition Team
Harbourline Payments""",
            brand="Harbourline Payments", logo="https://harbourline.wd3.myworkday.com/assets/logo_harbourline_navy.png",
            accent="#0a2f5c", tracker=None,
            footer="""This email was sent from an unmonitored mailbox. Please do not reply.

Harbourline Payments Ltd is regulated by the Central Bank of Ireland. Registered in Ireland No. 611402. Registered office: 4 Grand Canal Square, Dublin 2, D02 X883.

[Privacy notice](https://www.harbourline.example.ie/privacy) | [Manage your candidate profile](https://harbourline.wd3.myworkday.com/harbourline_careers/userHome)"""),
        charset="utf-8", cte="quoted-printable",
        headers=[("X-Workday-Tenant", "harbourline"), ("Auto-Submitted", "auto-generated")],
        company="Harbourline Payments", contact="",
    ),
    msg(
        kind="rejection", scenario="greenhouse_after_final_round", lang="en",
        frm=("Kestrel Analytics via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Aoife Brennan", "aoife.brennan@kestrelanalytics.example.com"),
        subject="Kestrel Analytics - Platform Engineer, next steps",
        date="2026-02-06 11:02 +0000",
        text="""Hi Ciarán,

Thanks so much for spending Tuesday afternoon with the team. I know the final round is a long one and everybody who met you enjoyed the incident walkthrough, especially the part about the flaky canary that turned out to be DNS.

I wanted to let you know directly that we won't be offering you the Platform Engineer role. It was genuinely close. In the end the panel felt the other finalist had more hands-on time running Terraform at scale, which is where the team is most stretched right now.

If it's helpful I'm happy to jump on a 15 minute call and share the interviewers' notes in more detail. Just reply here.

Wishing you the best with the search,

Aoife Brennan
Senior Technical Recruiter
Kestrel Analytics | 21 Windmill Lane, Dublin 2
""",
        html=ats_html(
            """Hi Ciarán,

Thanks so much for spending Tuesday afternoon with the team. I know the final round is a long one and everybody who met you enjoyed the incident walkthrough, especially the part about the flaky canary that turned out to be DNS.

I wanted to let you know directly that we won't be offering you the Platform Engineer role. It was genuinely close. In the end the panel felt the other finalist had more hands-on time running Terraform at scale, which is where the team is most stretched right now.

If it's helpful I'm happy to jump on a 15 minute call and share the interviewers' notes in more detail. Just reply here.

Wishing you the best with the search,

Aoife Brennan
Senior Technical Recruiter
Kestrel Analytics | 21 Windmill Lane, Dublin 2""",
            brand="Kestrel Analytics", logo="https://s3.amazonaws.com/grnhse-prod/logos/kestrel_analytics_480.png",
            accent="#3b7a57", tracker="https://click.greenhouse-mail.io/ls/click?upn=",
            pixel="https://click.greenhouse-mail.io/wf/open?upn=kA91xQ0p",
            footer="Sent via [Greenhouse](https://www.greenhouse.io)"),
        cte="quoted-printable",
        company="Kestrel Analytics", contact="aoife.brennan@kestrelanalytics.example.com",
    ),
    msg(
        kind="rejection", scenario="one_line_mobile", lang="en",
        frm=("Declan Furlong", "declan.furlong@tidewaysoftware.example.ie"),
        to=[CAND],
        subject="Re: SRE role",
        date="2026-02-11 21:37 +0000",
        in_reply_to="<CAO8f2+Rb6TqX1wz@mail.gmail.com>",
        text="""Hi Ciaran - sorry, we went with someone else on this one. Best of luck with it.

Declan

Sent from my iPhone

> On 10 Feb 2026, at 09:15, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> wrote:
>
> Hi Declan,
> Just checking in on the SRE role at Tideway Software after our chat last
> Wednesday. Happy to do a technical round whenever suits.
> Thanks,
> Ciarán
""",
        cte="7bit",
        headers=[("X-Mailer", "iPhone Mail (21F90)")],
        company="Tideway Software", contact="declan.furlong@tidewaysoftware.example.ie",
    ),
    msg(
        kind="rejection", scenario="role_on_hold", lang="en",
        frm=("Gráinne Moloney", "grainne.moloney@shannonsidebank.example.ie"),
        subject="DevOps Engineer - update",
        date="2026-03-02 10:18 +0000",
        text="""Dear Ciarán,

I'm writing with an update on the DevOps Engineer vacancy you interviewed for on 17 February.

Following a review of our technology budget for 2026, the role has been put on hold and we will not be proceeding with the recruitment. I appreciate this is disappointing after you progressed so far, and I want to be clear that the decision has nothing to do with your performance at interview, which the panel rated highly.

We are not in a position to say whether or when the position will reopen, so I would not want you to hold off on other opportunities on our account. If a similar vacancy is approved later in the year I will contact you personally.

Thank you again for your interest in Shannonside Bank.

Yours sincerely,

Gráinne Moloney
HR Business Partner, Technology
Shannonside Bank
Henry Street, Limerick
T: +353 61 400 2210

Shannonside Bank DAC is regulated by the Central Bank of Ireland. This e-mail and any attachments are confidential and intended solely for the addressee.
""",
        cte="quoted-printable",
        company="Shannonside Bank", contact="grainne.moloney@shannonsidebank.example.ie",
    ),
    msg(
        kind="rejection", scenario="filled_internally_icims", lang="en",
        frm=("Careers at Corrib Medical", "donotreply@corribmedical.icims.com"),
        subject="Update on your application - Test Automation Lead, Galway",
        date="2026-03-09 14:05 +0000",
        html=ats_html(
            """Hello Ciarán,

Thank you for applying for the Test Automation Lead position at our Ballybrit, Galway site.

We wanted to let you know that the position has been filled internally, and we are therefore closing this requisition. Your application will not be progressed further.

We appreciate the time you took to apply. New vacancies across our Galway, Cork and Limerick operations are posted every week on our [careers portal](https://careers-corribmedical.icims.com/jobs/intro).

Best regards,

The Talent Acquisition Team
Corrib Medical Technologies""",
            brand="Corrib Medical Technologies", logo="https://careers-corribmedical.icims.com/images/corrib_logo_rgb.png",
            accent="#00857c", tracker="https://careers-corribmedical.icims.com/r?l=",
            pixel="https://careers-corribmedical.icims.com/t/open.gif?id=55410",
            footer="""Corrib Medical Technologies Inc. | Ballybrit Business Park, Galway H91 K2R4, Ireland

Corrib Medical is an equal opportunity employer. This mailbox is not monitored; replies will not be read.

[Unsubscribe from job notifications](https://careers-corribmedical.icims.com/jobs/unsubscribe)"""),
        cte="quoted-printable",
        company="Corrib Medical Technologies", contact="",
    ),
    msg(
        kind="rejection", scenario="speculative_games", lang="en",
        frm=("Róisín Ní Bhriain", "roisin@pucainteractive.example.ie"),
        subject="Re: Speculative application - platform / build engineering",
        date="2026-01-27 12:44 +0000",
        in_reply_to="<4e1f0a7c-5b8e-4a11-9d2e-ciaran-spec@example.ie>",
        text="""Hi Ciarán,

Thanks a million for getting in touch, and for the kind words about Bog Body Rally - the team were chuffed.

I've had a look through your CV with our technical director. We don't have any openings on the build & infrastructure side at the moment and honestly don't expect any before the autumn, so I'm afraid we won't be taking your application further. We also don't hold on to speculative CVs (GDPR, the usual), so please do apply directly if you see something on our site later in the year.

Go n-éirí leat!

Róisín
People & Culture
Púca Interactive - Unit 7, Portershed, Galway
""",
        charset="utf-8", cte="8bit",
        company="Púca Interactive", contact="roisin@pucainteractive.example.ie",
    ),
    msg(
        kind="rejection", scenario="lever_not_moving_forward", lang="en",
        frm=("Quayside Robotics", "no-reply@hire.lever.co"),
        subject="Your application to Quayside Robotics",
        date="2026-02-17 08:55 +0000",
        html=ats_html(
            """Hi Ciarán,

Thank you for your interest in the Reliability Engineer, Fleet Infrastructure role at Quayside Robotics.

We've reviewed your application and have decided not to move forward at this time. This isn't a reflection of your abilities - we simply had a very small number of openings and a lot of strong applicants.

We'd love for you to stay in touch and apply again in the future.

All the best,
Quayside Robotics Hiring Team""",
            brand="Quayside Robotics", logo="https://lever-client-logos.s3.amazonaws.com/quayside-robotics-1680.png",
            accent="#ff6a13", tracker="https://hire.lever.co/e/c/",
            pixel="https://hire.lever.co/e/o/eyJ1IjoiNzc0In0.gif",
            footer="""Quayside Robotics, 2 Custom House Quay, Belfast BT1 3ET

[Privacy policy](https://www.quaysiderobotics.example.co.uk/privacy) · Powered by Lever"""),
        cte="quoted-printable",
        company="Quayside Robotics", contact="",
    ),
    msg(
        kind="rejection", scenario="agency_client_named", lang="en",
        frm=("Conor Whelan", "conor.whelan@lansdownetech.example.ie"),
        subject="Feedback - Glasnevin Data",
        date="2026-03-20 17:12 +0000",
        text="""Ciarán,

Just off the phone with the hiring manager at Glasnevin Data. Bad news I'm afraid, they're not going to progress you to the second stage.

Their feedback (word for word from Sinéad): "Strong on test strategy and obviously knows CI inside out, but we need someone who has owned on-call for production Kubernetes and we didn't hear enough of that."

Honestly I think that's fair enough given where you are with the move into SRE, and it's useful for how we pitch you going forward. I've two other platform roles I want to talk to you about - are you around Monday morning for a call?

Conor

Conor Whelan | Senior Consultant, Cloud & DevOps
Lansdowne Tech Recruitment | 14 Baggot Street Upper, Dublin 4
M: +353 87 555 0192 | www.lansdownetech.example.ie
""",
        cte="quoted-printable",
        company="Glasnevin Data", contact="conor.whelan@lansdownetech.example.ie",
    ),
    msg(
        kind="rejection", scenario="headhunter_unnamed_client", lang="en",
        frm=("Imogen Tallis", "imogen@tallisbyrne.example.co.uk"),
        subject="Principal Reliability role - update",
        date="2026-04-07 09:31 +0100",
        text="""Dear Ciarán,

Thank you for your patience while my client reviewed the shortlist for the Principal Reliability Engineer search.

I have now had their decision: they have chosen to proceed with candidates who have led a platform team through a cloud migration, and they will not be taking your candidacy to interview. As discussed at the outset, the brief leaned heavily towards leadership experience, and I pushed hard for your profile on the strength of your testing background - I'm sorry it didn't land this time.

I'd like to keep in touch. We are seeing more mandates for senior SREs with a quality-engineering angle, and I think you'd be a natural fit for several of them.

With best wishes,

Imogen Tallis
Partner – Technology Practice
Tallis & Byrne Search
62 Charlotte Street, London W1T 4QJ
+44 20 7946 0381

Tallis & Byrne Search Ltd. Registered in England No. 09817734. This message is confidential and may be legally privileged.
""",
        charset="windows-1252", cte="quoted-printable",
        company="Tallis & Byrne Search", contact="imogen@tallisbyrne.example.co.uk",
    ),
    msg(
        kind="rejection", scenario="edinburgh_bank_outlook", lang="en",
        frm=("Thistle & Crown Resourcing", "resourcing@thistlecrown.example.co.uk"),
        to=[ME],
        subject="Your application – Platform Reliability Engineer (ref TC/2026/0311)",
        date="2026-03-26 15:48 +0000",
        text="""Dear Mr Delacroix-Mwangi,

Thank you for your application for the post of Platform Reliability Engineer (ref TC/2026/0311) based in our Edinburgh office.

We regret to inform you that, on this occasion, your application has not been successful. Competition for the role was strong and the shortlisting panel has decided not to invite you to the assessment stage.

If you would like feedback on your application, please reply to this email within 28 days and a member of the Resourcing team will respond.

Yours faithfully,

Resourcing Team
Thistle & Crown Bank
1 St Andrew Square, Edinburgh EH2 2BD

Thistle & Crown Bank plc. Registered in Scotland No. SC118704. Registered office: 1 St Andrew Square, Edinburgh EH2 2BD. Authorised by the Prudential Regulation Authority.
""",
        html=outlook_html("""Dear Mr Delacroix-Mwangi,

Thank you for your application for the post of Platform Reliability Engineer (ref TC/2026/0311) based in our Edinburgh office.

We regret to inform you that, on this occasion, your application has not been successful. Competition for the role was strong and the shortlisting panel has decided not to invite you to the assessment stage.

If you would like feedback on your application, please reply to this email within 28 days and a member of the Resourcing team will respond.

Yours faithfully,

Resourcing Team
Thistle & Crown Bank
1 St Andrew Square, Edinburgh EH2 2BD

Thistle & Crown Bank plc. Registered in Scotland No. SC118704. Registered office: 1 St Andrew Square, Edinburgh EH2 2BD. Authorised by the Prudential Regulation Authority.""", lang="EN-GB"),
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        company="Thistle & Crown Bank", contact="resourcing@thistlecrown.example.co.uk",
    ),
    msg(
        kind="rejection", scenario="university_letter_pdf", lang="en",
        frm=("HR Recruitment - Lagan Valley University", "recruitment-system@laganvalley.example.co.uk"),
        subject="Vacancy 26/0417 DevOps Engineer (Research Computing) - outcome",
        date="2026-05-14 12:00 +0100",
        text="""Dear Ciarán Delacroix-Mwangi

Vacancy: 26/0417 DevOps Engineer (Research Computing), Grade 6

Thank you for your interest in the above post. We regret to inform you that, following shortlisting, you have not been selected for interview on this occasion. Please find attached a letter confirming the outcome of the shortlisting process.

This is an automated message sent on behalf of the Human Resources Directorate. Please do not reply to this address, as it is not monitored.

Human Resources Directorate
Lagan Valley University
University Road, Belfast BT7 1NN
""",
        attachments=[{"filename": "Outcome_letter_26-0417.pdf", "title": "Lagan Valley University - Human Resources",
                      "pdf": ["14 May 2026", "", "Dear Ciaran Delacroix-Mwangi,", "",
                              "Vacancy 26/0417 DevOps Engineer (Research Computing)", "",
                              "Thank you for your application for the above post. The shortlisting panel met",
                              "on 12 May 2026 and assessed all applications against the essential and",
                              "desirable criteria. I regret to inform you that you have not been shortlisted",
                              "for interview on this occasion.", "",
                              "Yours sincerely,", "Recruitment Officer, Human Resources Directorate"]}],
        cte="7bit",
        company="Lagan Valley University", contact="",
    ),
    msg(
        kind="rejection", scenario="semistate_successfactors", lang="en",
        frm=("Sruth Energy Networks Careers", "noreply@sruthenergy.successfactors.eu"),
        subject="Sruth Energy Networks - Competition SEN-0226 Cloud Platform Engineer",
        date="2026-04-22 18:20 +0100",
        html=ats_html(
            """Dear Ciarán,

Competition SEN-0226: Cloud Platform Engineer (Grade 4), Dublin / hybrid

Thank you for attending the competency-based interview on 14 April. The interview board has now completed its assessment of all candidates.

We regret to advise that you did not reach the qualifying standard required to be placed on the panel for this competition. Your overall mark was 58%, and the qualifying mark was 65%.

Under our recruitment code of practice you may request a review of this decision within 10 working days. Requests should be made through the candidate portal under "My Applications".

Thank you for your interest in a career with Sruth Energy Networks.

Recruitment and Resourcing
Sruth Energy Networks DAC""",
            brand="Sruth Energy Networks", logo="https://career5.successfactors.eu/companyLogo?company=sruthenergyP",
            accent="#6b2c91", tracker="https://career5.successfactors.eu/career?_s.crb=",
            footer="""Sruth Energy Networks DAC, a company wholly owned by the Minister for Public Expenditure. Registered in Ireland No. 465021. Registered office: Lower Fitzwilliam Street, Dublin 2.

Please do not reply to this e-mail. Queries should be raised through the candidate portal."""),
        cte="base64",
        company="Sruth Energy Networks", contact="",
    ),
    msg(
        kind="rejection", scenario="amsterdam_founder_casual", lang="en",
        frm=("Floor Verhoeven", "floor@tulpwise.example.nl"),
        subject="thank you + a not-great update",
        date="2026-05-05 19:06 +0200",
        text="""Hey Ciarán!

First: thank you for the pairing session on Friday. Bas still talks about your idea of chaos-testing the payment webhooks, we're probably going to steal it (with credit, promise).

Second, the not-great part: we've decided to go with someone who has run Kubernetes in production as the main on-call person before. With only 9 of us, the first infra hire will be alone at 3am for a while and we just can't train that in right now. It was a really hard call.

I truly hope we cross paths again - if we raise the next round, I'd love to be the one reaching out. Rooting for you.

Floor
co-founder, tulpwise
Keizersgracht 312, Amsterdam
""",
        cte="quoted-printable",
        company="tulpwise", contact="floor@tulpwise.example.nl",
    ),
    msg(
        kind="rejection", scenario="ashby_after_takehome", lang="en",
        frm=("Lumen Ledger Recruiting", "no-reply@ashbyhq.com"),
        subject="Following up on your take-home",
        date="2026-06-03 13:27 +0100",
        text="""Hi Ciarán,

Thank you for submitting the infrastructure take-home for the Site Reliability Engineer role - we know it takes real time to do properly.

Our reviewers went through it carefully. While there was a lot to like (the runbook in particular), we've decided not to advance your application to the onsite stage. The main gaps the reviewers noted were around the alerting design: the proposal paged on symptoms and causes together, which would have been noisy for the team.

We really appreciate your effort and wish you all the best.

The Lumen Ledger team

--
Lumen Ledger · 70 Wilson Street, London EC2A 2DB
You're receiving this because you applied at jobs.ashbyhq.com/lumenledger.
""",
        html=ats_html(
            """Hi Ciarán,

Thank you for submitting the infrastructure take-home for the Site Reliability Engineer role - we know it takes real time to do properly.

Our reviewers went through it carefully. While there was a lot to like (the runbook in particular), we've decided not to advance your application to the onsite stage. The main gaps the reviewers noted were around the alerting design: the proposal paged on symptoms and causes together, which would have been noisy for the team.

We really appreciate your effort and wish you all the best.

The Lumen Ledger team""",
            brand="Lumen Ledger", logo="https://app.ashbyhq.com/api/images/org-theme-logo/lumenledger.png",
            accent="#111111", tracker=None,
            footer="""Lumen Ledger · 70 Wilson Street, London EC2A 2DB

You're receiving this because you applied at [jobs.ashbyhq.com/lumenledger](https://jobs.ashbyhq.com/lumenledger)."""),
        cte="quoted-printable",
        company="Lumen Ledger", contact="",
    ),
    msg(
        kind="rejection", scenario="london_agency_role_closed", lang="en",
        frm=("Priya Raman", "priya.raman@kinetictalent.example.co.uk"),
        subject="Re: your application",
        date="2026-06-18 16:58 +0100",
        in_reply_to="<CAO8f2+LxKk0Pq7T@mail.gmail.com>",
        text="""Hi Ciarán,

Sorry for the radio silence, it's been a mad fortnight. I'm afraid I've had word back from Fenwick Row Capital that they have closed the SRE vacancy completely - budget has been moved to the trading-systems team and they won't be hiring into platform this year. So that one is dead, I'm really sorry, I know you were keen.

Let's catch up next week, I've got a couple of things coming in that might suit.

Priya

Priya Raman
Kinetic Talent Partners
020 7946 0772

On Tue, 9 Jun 2026 at 10:02, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> wrote:
> Hi Priya, any news from Fenwick Row on the second interview? They said they'd
> like to invite me back for a systems design round, just want to plan around it.
> Thanks!
""",
        cte="7bit",
        company="Fenwick Row Capital", contact="priya.raman@kinetictalent.example.co.uk",
    ),
    msg(
        kind="rejection", scenario="belfast_outlook_chain", lang="en",
        frm=("Mark McAleese", "mark.mcaleese@lagandiagnostics.example.co.uk"),
        subject="RE: Second interview - QA to SRE",
        date="2026-07-02 11:46 +0100",
        in_reply_to="<DB9PR03MB7721A0@DB9PR03MB7721.eurprd03.prod.outlook.com>",
        references=["<DB9PR03MB7715C2@DB9PR03MB7715.eurprd03.prod.outlook.com>",
                    "<DB9PR03MB7721A0@DB9PR03MB7721.eurprd03.prod.outlook.com>"],
        text="""Hi Ciarán,

Thanks for coming in again on Monday and for being so open about the move from test into operations - it came across well.

I’m sorry to say we’ve offered the position to another candidate, who has accepted. The deciding factor was experience with IEC 62304 release processes, which we need from day one for the next audit. I know that’s frustrating to hear after two rounds.

I’d be glad to give you a reference for your testing work if that ever helps, based on what we saw.

Kind regards,
Mark

Mark McAleese
Head of Platform Engineering
Lagan Diagnostics
Catalyst, Queen’s Road, Belfast BT3 9DT
Tel: +44 28 9099 4410

From: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Sent: 23 June 2026 08:12
To: Mark McAleese <mark.mcaleese@lagandiagnostics.example.co.uk>
Subject: RE: Second interview - QA to SRE

Hi Mark,
Monday 29th at 10:00 is perfect, see you then.
Ciarán

From: Mark McAleese <mark.mcaleese@lagandiagnostics.example.co.uk>
Sent: 22 June 2026 17:30
To: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Subject: Second interview - QA to SRE

Hi Ciarán,
Great news - we’d love to invite you to a second interview with myself and our Quality lead. Would Monday 29 June at 10:00 work? It will be in person at the Catalyst office and last around 90 minutes.
Best,
Mark

This e-mail and any files transmitted with it are confidential. Lagan Diagnostics Ltd, registered in Northern Ireland NI661204.
""",
        charset="windows-1252", cte="quoted-printable",
        headers=[("Thread-Topic", "Second interview - QA to SRE"), ("X-MS-Has-Attach", "")],
        company="Lagan Diagnostics", contact="mark.mcaleese@lagandiagnostics.example.co.uk",
    ),
    msg(
        kind="rejection", scenario="teamtailor_galway_games", lang="en",
        frm=("Claddagh Games", "no-reply@teamtailor-mail.com"),
        subject="Thanks for applying to Claddagh Games",
        date="2026-04-14 10:09 +0100",
        html=ats_html(
            """Hi Ciarán!

We've now gone through all the applications for Build & Release Engineer, and we've chosen to proceed with other applicants whose background is closer to what the team needs right now (lots of console certification work on the horizon!).

Thank you for thinking of us - it means a lot to a studio our size. We'd genuinely love to see your name pop up again, so follow along on our [career page](https://claddaghgames.teamtailor.com/jobs).

Sláinte,
The crew at Claddagh Games""",
            brand="Claddagh Games", logo="https://assets.teamtailor-cdn.com/claddagh/logo_wave.png",
            accent="#e4572e", tracker="https://claddaghgames.teamtailor.com/r/",
            pixel="https://teamtailor-mail.com/o/8d1c.gif",
            footer="""Claddagh Games is a trading name of Spanish Arch Interactive Ltd, registered in Ireland No. 702215. Spanish Arch Studios, Galway.

[Connect with us](https://claddaghgames.teamtailor.com/connect) · [Remove my data](https://claddaghgames.teamtailor.com/candidate/delete)"""),
        cte="quoted-printable",
        company="Claddagh Games", contact="",
    ),
    msg(
        kind="rejection", scenario="typo_short_startup", lang="en",
        frm=("Gav Doherty", "gav@nimbusforge.example.com"),
        subject="Update",
        date="2026-08-19 22:14 +0100",
        text="""Hi Ciaran,

thanks for you time last week, was good to chat. unfortunatly we wont be progressing with your application, we need someone more senior on the AWS side right now.

all the best with it

Gav
Nimbus Forge - CTO
""",
        cte="7bit",
        company="Nimbus Forge", contact="gav@nimbusforge.example.com",
    ),
    # ------------------------------------------------------------------ German
    msg(
        kind="rejection", scenario="personio_absage_sie", lang="de",
        frm=("Bergwerk Software GmbH", "jobs-noreply@bergwerk-software.jobs.personio.de"),
        subject="Ihre Bewerbung als Site Reliability Engineer (m/w/d)",
        date="2026-02-24 09:40 +0100",
        html=ats_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

vielen Dank für Ihre Bewerbung als Site Reliability Engineer (m/w/d) in unserem Remote-Team und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts Ihres interessanten Profils nicht leichtgefallen.

Ihre Unterlagen werden gemäß den Vorgaben der DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Bergwerk Software GmbH""",
            brand="Bergwerk Software", logo="https://bergwerk-software.jobs.personio.de/company-logo.png",
            accent="#2d3e50", tracker=None,
            footer="""Bergwerk Software GmbH · Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen
Geschäftsführer: Dr. Henrike Lammers, Till Osterkamp · Amtsgericht Essen HRB 28814

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""),
        charset="utf-8", cte="quoted-printable",
        company="Bergwerk Software", contact="",
    ),
    msg(
        kind="rejection", scenario="softgarden_nach_gespraech", lang="de",
        frm=("Rheinhafen Logistik AG", "noreply@softgarden.io"),
        reply_to=("Katrin Schäfer", "katrin.schaefer@rheinhafen-logistik.example.de"),
        subject="Rückmeldung zu unserem Gespräch",
        date="2026-03-17 15:22 +0100",
        text="""Sehr geehrter Herr Delacroix-Mwangi,

haben Sie nochmals herzlichen Dank für das angenehme Videointerview am vergangenen Donnerstag und die Zeit, die Sie sich für uns genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns jedoch für eine Kandidatin entschieden, die bereits Erfahrung mit unserer SAP-Basis-Landschaft mitbringt. Wir können Ihnen die Position als Platform Engineer daher leider nicht anbieten.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Katrin Schäfer
Talent Acquisition
Rheinhafen Logistik AG
Hafenstraße 18, 47119 Duisburg

Vorstand: Jürgen Kessler (Vors.), Aylin Demir · Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Brandt
Sitz der Gesellschaft: Duisburg · Amtsgericht Duisburg HRB 12093
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Rheinhafen Logistik", contact="katrin.schaefer@rheinhafen-logistik.example.de",
    ),
    msg(
        kind="rejection", scenario="du_startup_absage", lang="de",
        frm=("Jonas Albrecht", "jonas@kiezcloud.example.de"),
        subject="Kurzes Update von uns",
        date="2026-04-29 18:03 +0200",
        text="""Hey Ciarán,

danke dir nochmal für das Gespräch letzte Woche, hat echt Spaß gemacht – vor allem die Diskussion über Flaky Tests in der Pipeline.

Leider müssen wir dir absagen. Wir haben uns für jemanden entschieden, der schon länger mit Nomad und Consul arbeitet, das ist bei uns halt das Herzstück. Ich weiß, das ist nicht das, was du hören wolltest.

Falls du Feedback möchtest, schreib mir einfach, dann telefonieren wir kurz.

Viele Grüße und alles Gute
Jonas

--
Jonas Albrecht · Head of Engineering
Kiezcloud · Skalitzer Str. 85, 10997 Berlin
""",
        charset="utf-8", cte="8bit",
        company="Kiezcloud", contact="jonas@kiezcloud.example.de",
    ),
    msg(
        kind="rejection", scenario="stelle_intern_besetzt", lang="de",
        frm=("Personalabteilung Stadtwerke Nordmark", "personal@stadtwerke-nordmark.example.de"),
        subject="Ihre Bewerbung – Kennziffer 2026-IT-07",
        date="2026-05-20 08:15 +0200",
        text="""Sehr geehrter Herr Delacroix-Mwangi,

wir bedanken uns für Ihre Bewerbung auf die Stelle „DevOps-Engineer (w/m/d) – Kennziffer 2026-IT-07“, die auch für mobiles Arbeiten aus dem EU-Ausland ausgeschrieben war.

Wir möchten Sie darüber informieren, dass die Stelle intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen; eine weitere Berücksichtigung Ihrer Bewerbung ist leider nicht möglich.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß AGG datenschutzkonform vernichtet.

Für Rückfragen erreichen Sie mich unter dieser Adresse oder telefonisch unter 0461 8870-214.

Mit freundlichen Grüßen
i. A. Monika Feddersen
Personalabteilung

Stadtwerke Nordmark GmbH
Am Wasserwerk 3 · 24937 Flensburg
Geschäftsführung: Hauke Petersen · Registergericht Flensburg HRB 4410 FL
""",
        charset="windows-1252", cte="8bit",
        company="Stadtwerke Nordmark", contact="personal@stadtwerke-nordmark.example.de",
    ),
    msg(
        kind="rejection", scenario="successfactors_absage_base64", lang="de",
        frm=("Vogelsang Medizintechnik Karriere", "karriere-noreply@vogelsang.successfactors.eu"),
        subject="Absage: Ihre Bewerbung bei Vogelsang Medizintechnik",
        date="2026-06-09 13:50 +0200",
        html=ats_html(
            """Guten Tag Herr Delacroix-Mwangi,

vielen Dank für Ihr Interesse an der Position „Test Automation Engineer / SRE (m/w/d)“ an unserem Standort Cork und für das persönliche Gespräch mit Herrn Dr. Reuter.

Nach intensiver Abwägung haben wir uns entschieden, das Verfahren mit anderen Kandidatinnen und Kandidaten fortzusetzen, deren Profil den Anforderungen noch besser entspricht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüße
Talent Acquisition
Vogelsang Medizintechnik""",
            brand="Vogelsang Medizintechnik", logo="https://career2.successfactors.eu/companyLogo?company=vogelsangmt",
            accent="#004b87", tracker="https://career2.successfactors.eu/career?_s.crb=",
            footer="""Vogelsang Medizintechnik SE · Sitz: Tuttlingen · Registergericht Stuttgart HRB 771203
Vorstand: Dr. Carsten Vogelsang (Vorsitz), Miriam Aydin · Vorsitzender des Aufsichtsrats: Heinrich Lohmann

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht bearbeitet."""),
        cte="base64",
        company="Vogelsang Medizintechnik", contact="",
    ),
    # ------------------------------------------------------------------ Spanish
    msg(
        kind="rejection", scenario="smartrecruiters_descartado", lang="es",
        frm=("Mistral Pagos", "no-reply@smartrecruiters.com"),
        subject="Actualización sobre su candidatura – SRE Senior (Barcelona)",
        date="2026-02-19 12:33 +0100",
        html=ats_html(
            """Estimado Ciarán:

Le agradecemos sinceramente el interés mostrado en formar parte de Mistral Pagos y el tiempo dedicado a su candidatura para el puesto de SRE Senior en nuestra oficina de Barcelona.

Tras analizar detenidamente su perfil, lamentamos comunicarle que en esta ocasión hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a las necesidades actuales del equipo.

Conservaremos sus datos en nuestra base de candidatos durante un año, salvo que nos indique lo contrario, por si surgiera una vacante acorde a su perfil.

Reciba un cordial saludo,

Equipo de Talento
Mistral Pagos S.L.""",
            brand="Mistral Pagos", logo="https://c.smartrecruiters.com/sr-company-logo-prod/mistralpagos.png",
            accent="#1b3a6b", tracker="https://jobs.smartrecruiters.com/t/",
            pixel="https://jobs.smartrecruiters.com/p/o.gif?m=99812",
            footer="""Mistral Pagos S.L. · Passeig de Gràcia 54, 08007 Barcelona · CIF B-67123456

Este mensaje se ha enviado desde una dirección que no admite respuestas. [Política de privacidad](https://www.mistralpagos.example.es/privacidad)"""),
        cte="quoted-printable",
        company="Mistral Pagos", contact="",
    ),
    msg(
        kind="rejection", scenario="tu_startup_barcelona", lang="es",
        frm=("Marta Puigdomènech", "marta@pixelmar.example.es"),
        subject="Re: Entrevista técnica",
        date="2026-03-31 19:47 +0200",
        in_reply_to="<CAO8f2+m9Qv3ZtRk@mail.gmail.com>",
        text="""¡Hola Ciarán!

Mil gracias por venir el jueves a la oficina del Poblenou, de verdad que nos lo pasamos muy bien con la prueba de pairing.

Te escribo para decirte que al final no vamos a seguir contigo en el proceso. Buscábamos a alguien con más rodaje en observabilidad (Prometheus, Grafana y compañía) y hemos encontrado un perfil que encaja muy justo con eso. No es nada personal, te lo prometo: te vimos con muchísimas ganas.

Si quieres te cuento con más detalle el feedback del equipo, dime y te llamo.

¡Un abrazo y mucha suerte!
Marta

Marta Puigdomènech · People Lead
Pixelmar · Carrer de Pujades 100, Barcelona
""",
        charset="utf-8", cte="quoted-printable",
        company="Pixelmar", contact="marta@pixelmar.example.es",
    ),
    msg(
        kind="rejection", scenario="agencia_proceso_cerrado", lang="es",
        frm=("Alejandro Ferrer | Talento Mediterráneo", "aferrer@talentomediterraneo.example.es"),
        subject="Proceso Banco Levantino - novedades",
        date="2026-05-12 10:05 +0200",
        text="""Buenos días, Ciarán:

Le escribo para informarle de que nuestro cliente, Banco Levantino, ha decidido cancelar definitivamente el proceso de selección para el puesto de Ingeniero de Plataforma. Tras la reorganización interna anunciada la semana pasada, la vacante no se cubrirá y el proyecto de migración queda aplazado sin fecha.

Lamento mucho esta noticia, especialmente porque su candidatura estaba muy bien posicionada después de la primera entrevista.

Quedo a su disposición para cualquier consulta y le mantendré informado de nuevas oportunidades que encajen con su perfil.

Atentamente,

Alejandro Ferrer
Consultor Senior IT
Talento Mediterráneo
C/ Colón 12, 46004 Valencia · Tel. +34 963 555 210

De: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Enviado: lunes, 4 de mayo de 2026 18:20
Para: Alejandro Ferrer <aferrer@talentomediterraneo.example.es>
Asunto: RE: Proceso Banco Levantino

Hola Alejandro:
Perfecto, quedo atento a la fecha de la segunda entrevista.
Un saludo,
Ciarán

De: Alejandro Ferrer <aferrer@talentomediterraneo.example.es>
Enviado: jueves, 30 de abril de 2026 12:02
Para: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Asunto: Proceso Banco Levantino

Buenos días, Ciarán:
Nos complace comunicarle que Banco Levantino quiere invitarle a una segunda entrevista con el director de infraestructura. En los próximos días le propondré fechas.
Atentamente,
Alejandro
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Banco Levantino", contact="aferrer@talentomediterraneo.example.es",
    ),
    msg(
        kind="rejection", scenario="sin_tildes_estudio", lang="es",
        frm=("Raul Ibanez", "raul.ibanez@estudiomandragora.example.es"),
        subject="tu candidatura",
        date="2026-07-08 14:12 +0200",
        text="""Hola Ciaran,

gracias por tu tiempo y por la prueba tecnica. Lamentablemente hemos decidido seguir con otro candidato para el puesto de ingeniero de build, buscabamos a alguien con experiencia en Perforce y en pipelines de consola.

Te deseo mucha suerte en la busqueda.

Un saludo,
Raul
Estudio Mandragora
""",
        cte="7bit",
        company="Estudio Mandragora", contact="raul.ibanez@estudiomandragora.example.es",
    ),
    msg(
        kind="rejection", scenario="universidad_alt", lang="es",
        frm=("Servicio de Personal - Universidad Politécnica del Ebro", "seleccion.pas@upebro.example.es"),
        subject="Resolución convocatoria PAS-TI 14/2026",
        date="2026-09-15 09:00 +0200",
        text="""Estimado/a Sr./Sra. Delacroix-Mwangi:

En relación con la convocatoria PAS-TI 14/2026 para la contratación temporal de un/a Técnico/a de Sistemas (Infraestructura Cloud), le comunicamos que la Comisión de Selección ha resuelto no incluir su candidatura en la relación de personas seleccionadas, al no haber alcanzado la puntuación mínima exigida en la fase de méritos.

Podrá consultar la resolución completa en la sede electrónica de la Universidad. Contra esta resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes.

Atentamente,

Servicio de Personal de Administración y Servicios
Universidad Politécnica del Ebro
Campus Río Ebro, 50018 Zaragoza

Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.
""",
        html="""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#000">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="border-bottom:3px solid #8b0000;padding:8px 0">
<img src="https://www.upebro.example.es/img/escudo_upe.png" alt="Universidad Politécnica del Ebro" height="56"></td></tr></table>
<p>Estimado/a Sr./Sra. Delacroix-Mwangi:</p>
<p>En relación con la convocatoria <b>PAS-TI 14/2026</b> para la contratación temporal de un/a Técnico/a de Sistemas (Infraestructura Cloud), le comunicamos que la Comisión de Selección ha resuelto <b>no incluir su candidatura</b> en la relación de personas seleccionadas, al no haber alcanzado la puntuación mínima exigida en la fase de méritos.</p>
<p>Podrá consultar la resolución completa en la <a href="https://sede.upebro.example.es/tablon/resolucion/PAS-TI-14-2026">sede electrónica</a> de la Universidad. Contra esta resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes.</p>
<p>Atentamente,</p>
<p>Servicio de Personal de Administración y Servicios<br>Universidad Politécnica del Ebro<br>Campus Río Ebro, 50018 Zaragoza</p>
<p style="font-size:10px;color:#666">Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.</p>
</body></html>
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Universidad Politécnica del Ebro", contact="",
    ),
    # ------------------------------------------------------------------ French
    msg(
        kind="rejection", scenario="taleo_regret_vous", lang="fr",
        frm=("Groupe Halcyon - Recrutement", "ne-pas-repondre@halcyon.taleo.net"),
        subject="Votre candidature au poste d'Ingénieur SRE (réf. 26-0093)",
        date="2026-03-04 17:30 +0100",
        html=ats_html(
            """Bonjour Ciarán,

Nous vous remercions de l'intérêt que vous portez au Groupe Halcyon et de votre candidature au poste d'Ingénieur SRE (réf. 26-0093), en télétravail depuis l'Union européenne.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Ce choix ne remet nullement en cause la qualité de votre parcours.

Nous conservons votre CV dans notre vivier pendant deux ans et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Groupe Halcyon""",
            brand="Groupe Halcyon", logo="https://halcyon.taleo.net/careersection/theme/images/halcyon_logo.gif",
            accent="#c8102e", tracker="https://halcyon.taleo.net/careersection/trk?u=",
            footer="""Groupe Halcyon SAS au capital de 12 400 000 € · 18 rue de Londres, 75009 Paris · RCS Paris 512 334 871

Merci de ne pas répondre à ce message généré automatiquement. [Se désinscrire](https://halcyon.taleo.net/careersection/unsubscribe)"""),
        cte="quoted-printable",
        company="Groupe Halcyon", contact="",
    ),
    msg(
        kind="rejection", scenario="cabinet_mandat_fr", lang="fr",
        frm=("Hélène Garnier", "h.garnier@mercier-associes.example.fr"),
        subject="Mission Responsable Fiabilité Plateforme",
        date="2026-06-25 11:20 +0200",
        text="""Bonjour Monsieur Delacroix-Mwangi,

Je reviens vers vous concernant la mission de Responsable Fiabilité Plateforme que je vous avais présentée le mois dernier.

Mon client a finalement retenu un profil plus expérimenté sur la gestion d'équipe, et ne souhaite pas poursuivre avec votre candidature. Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle : votre parcours en assurance qualité avait été jugé très intéressant.

Je me permets de garder votre dossier pour nos prochaines missions, notamment dans le secteur de la santé où nous avons plusieurs recherches en cours.

Bien cordialement,

Hélène Garnier
Consultante Associée
Cabinet Mercier & Associés - Conseil en recrutement
42 avenue de la Grande Armée, 75017 Paris
01 45 55 09 87
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Cabinet Mercier & Associés", contact="h.garnier@mercier-associes.example.fr",
    ),
    msg(
        kind="rejection", scenario="apres_entretien_chaine_outlook", lang="fr",
        frm=("Camille Roussel", "camille.roussel@lumiere-sante.example.fr"),
        subject="RE: Entretien du 7 juillet",
        date="2026-07-15 16:05 +0200",
        in_reply_to="<PR1P264MB3301E4@PR1P264MB3301.FRAP264.PROD.OUTLOOK.COM>",
        references=["<PR1P264MB33018B@PR1P264MB3301.FRAP264.PROD.OUTLOOK.COM>",
                    "<PR1P264MB3301E4@PR1P264MB3301.FRAP264.PROD.OUTLOOK.COM>"],
        text="""Bonjour Ciarán,

Merci encore pour l’échange du 7 juillet avec Julien et moi-même.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste d’ingénieur plateforme. Nous recherchons finalement quelqu’un de francophone natif pour l’astreinte avec nos hôpitaux partenaires, ce qui n’était pas clairement indiqué dans l’annonce – je vous prie de nous en excuser.

Je vous souhaite une très bonne continuation.

Camille Roussel
Responsable Talents – Lumière Santé Numérique
06 12 34 56 78

De : Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Envoyé : mercredi 8 juillet 2026 09:41
À : Camille Roussel <camille.roussel@lumiere-sante.example.fr>
Objet : RE: Entretien du 7 juillet

Bonjour Camille,
Merci pour l’entretien d’hier, j’ai beaucoup apprécié la discussion sur votre plateforme de télémédecine.
Bien à vous,
Ciarán

De : Camille Roussel <camille.roussel@lumiere-sante.example.fr>
Envoyé : jeudi 2 juillet 2026 14:02
À : Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Objet : Entretien du 7 juillet

Bonjour Ciarán,
Nous avons le plaisir de vous proposer un entretien en visio le mardi 7 juillet à 10h avec Julien Moreau, notre CTO. Le lien Teams suit.
Cordialement,
Camille
""",
        charset="windows-1252", cte="quoted-printable",
        company="Lumière Santé Numérique", contact="camille.roussel@lumiere-sante.example.fr",
    ),
]
