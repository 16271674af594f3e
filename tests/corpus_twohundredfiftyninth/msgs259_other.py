"""Corpus 259: everything that is `other` (52), hand-written: the candidate's own mail,
digests and newsletters, notifications, and personal mail that borrows job words."""

from msgs259_common import (
    CIARA,
    FIONNUALA,
    GARETH,
    JANA,
    LUCIA,
    MAELLE,
    ME,
    MEIKE,
    MY_SIG,
    PADRAIG,
    SIOBHAN,
    YANNICK,
    ats_card,
    digest_html,
    digest_text,
)

ORLA = ("Orla Breen", "orla.breen@mail.example.com")
LORRAINE = ("Lorraine Fitzgerald", "lorraine.fitzgerald@abbeyfealepack.example.ie")

MESSAGES = []


def digest(title, intro, items, footer, colour="#1d4e89"):
    """Text and HTML versions of one digest, same words."""
    return dict(text=digest_text(title, intro, items, footer),
                html=digest_html(title, intro, items, footer, colour))


# =============================================================================================
# the candidate's own mail (always other, no contact)

MESSAGES.append(dict(
    kind="other", slug="own_confirm_shannon", lang="en", key="A3", parent="A2",
    quote="gmail",
    frm=ME, to=[CIARA],
    date="2026-02-10 13:05",
    subject="Re: Interview invitation - Payroll Administrator (maternity cover)",
    text=f"""Hi Ciara,

Thank you very much for the invitation. Thursday 19 February at 10:00 suits me well, and I
have accepted the Teams invitation. I'll have Excel ready for the exercise.

Kind regards,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_thanks_shannon", lang="en", key="A5",
    frm=ME, to=[CIARA],
    date="2026-02-20 16:40",
    subject="Thank you - Payroll Administrator interview",
    text=f"""Dear Ciara,

Thank you, and Brian, for taking the time to meet me this morning. I really enjoyed
hearing about how the bureau runs its fortnightly payrolls, and the Excel exercise was a
good challenge.

I'm very keen on the role and would be glad to provide anything else you need.

Kind regards,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_questions_after_offer_shannon", lang="en", key="A7",
    parent="A6", quote="gmail",
    frm=ME, to=[CIARA],
    date="2026-03-02 08:55",
    subject="Starting on 16 March - a few questions",
    text=f"""Hi Ciara,

I've signed the offer letter and will post it back to you today.
Before I start, could you tell me which documents I should bring on the first day, and
whether the first week is in the office or remote?

Many thanks again,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_apology_reschedule_loughderg", lang="en", key="B4",
    parent="B3", quote="gmail",
    frm=ME, to=[PADRAIG],
    date="2026-03-12 12:58",
    subject="Re: Missed call this morning",
    text=f"""Hi Padraig,

I'm so sorry. I was on a late shift last night and my phone was still on do-not-disturb
this morning, so I didn't see your calls until just now. That's entirely my fault.

I'd still very much like to talk. Would it be possible to reschedule for Friday or any
time early next week?

Apologies again,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_thanks_mwuh", lang="en", key="C4",
    parent="C3",
    frm=ME, to=[SIOBHAN],
    date="2026-04-21 15:30",
    subject="Thank you - Clerical Officer (Payroll) interview",
    text=f"""Dear Siobhan,

I would like to thank you and the interview board for meeting me this morning, and for
rearranging the date after the original interview had to be cancelled.

I found the discussion about the hospital's move to a shared payroll service very
interesting, and I hope to hear from you.

Yours sincerely,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_reschedule_request_lagan", lang="en", key="H2", parent="H1",
    quote="gmail",
    frm=ME, to=[GARETH],
    date="2026-07-07 20:14",
    subject="Assessment Centre 14 July - request to change date",
    text=f"""Dear Gareth,

Thank you for the invitation to the assessment centre for the Payroll Assistant post.

Unfortunately, I sit the final exam of my IPASS Payroll Technician certificate on the
morning of Tuesday 14 July and cannot move it. Would it be possible to attend a
different session? I can travel to Belfast on any other day that week.

I'm sorry for any inconvenience.

Kind regards,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_application_odea", lang="en", key="OD0",
    frm=ME, to=[FIONNUALA],
    date="2026-06-02 21:30",
    subject="Application: Payroll Administrator (ref OMP-14)",
    text=f"""Dear Ms Mulcahy,

I would like to apply for the Payroll Administrator position (ref OMP-14) advertised on
your website. My CV is attached.

For the past six years I have worked in a customer contact centre in Limerick, most
recently on a team that handles pay, expenses and pension queries for a large employer.
I am completing the IPASS Certified Payroll Technician programme and I am keen to move
into a payroll role in a practice like yours.

I am available for interview at your convenience.

Yours sincerely,
{MY_SIG}
""",
    pdf=[dict(filename="CV_Blathnaid_Kowalczyk-Reyes.pdf",
              title="Curriculum Vitae - Blathnaid Kowalczyk-Reyes",
              lines=["Blathnaid Kowalczyk-Reyes", "Limerick | +353 87 555 0142",
                     "Profile: contact-centre team member moving into payroll administration",
                     "2020-2026 Customer Contact Agent, pay & expenses queries",
                     "Education: IPASS Certified Payroll Technician (2026)",
                     "Languages: English, Polish, Spanish, French (B2), German (B1)"])],
))

MESSAGES.append(dict(
    kind="other", slug="own_application_form_burren", lang="en", key="BF0",
    frm=ME, to=[("Human Resources", "hr@burrenfergus.example.ie")],
    date="2026-01-05 19:46",
    subject="Competition 2026/07 - Clerical Officer (Payroll Section) - application",
    text=f"""Dear Sir or Madam,

Please find attached my completed application form for Competition 2026/07, Clerical
Officer (Payroll Section).

I would be grateful if you could confirm receipt.

Yours faithfully,
{MY_SIG}
""",
    pdf=[dict(filename="Application_Form_2026-07_Kowalczyk-Reyes.pdf",
              title="Application Form - Competition 2026/07",
              lines=["Burren & Fergus District Council - Application Form",
                     "Competition 2026/07: Clerical Officer (Payroll Section)",
                     "Name: Blathnaid Kowalczyk-Reyes",
                     "Section 4 - Relevant experience: see attached statement"])],
))

MESSAGES.append(dict(
    kind="other", slug="own_withdrawal_abbeyfeale", lang="en", key="AB4", parent="AB3",
    quote="gmail",
    frm=ME, to=[LORRAINE],
    date="2026-08-17 09:10",
    subject="Re: Your interview at 11:00 today",
    text=f"""Dear Lorraine,

I owe you an apology for Friday. My Teams account signed me out just before eleven and
by the time I got back in the meeting had ended. I should have phoned you straight away.

Since then I have had time to think, and I would like to withdraw my application. The
commute to Abbeyfeale would be very difficult for me without a car, and it wouldn't be
fair to take up more of your time.

Thank you for the opportunity, and sorry again.

Kind regards,
{MY_SIG}
""",
))

MESSAGES.append(dict(
    kind="other", slug="own_forward_invite_to_friend", lang="en",
    frm=ME, to=[ORLA],
    date="2026-02-11 21:02",
    subject="Fwd: Interview invitation - Payroll Administrator (maternity cover)",
    text="""Orla, look! What do you think they'll ask in the Excel bit? You did that test for the
bank last year, didn't you? Pints on me if you help.

B

---------- Forwarded message ---------
From: Ciara Hynes <ciara.hynes@shannonpayroll.example.ie>
Date: Tue, 10 Feb 2026 at 09:41
Subject: Interview invitation - Payroll Administrator (maternity cover)
To: Blathnaid Kowalczyk-Reyes <blathnaid.kr@example.ie>

Dear Blathnaid,

Thank you for applying for the Payroll Administrator (maternity cover) role with Shannon
Payroll Services.

I'd like to invite you to an interview on Microsoft Teams on Thursday 19 February at
10:00. You will meet me and Brian Kiely, our Payroll Team Lead. The interview lasts about
45 minutes: competency questions first, then a short Excel exercise that you'll do while
sharing your screen, so please have Excel open.
""",
))

MESSAGES.append(dict(
    kind="other", slug="propre_remerciement_atlantique", lang="fr", key="E5", parent="E3",
    frm=ME, to=[MAELLE], to_enc="q-utf-8",
    date="2026-05-08 18:10",
    subject="Merci pour l'entretien de jeudi",
    text="""Bonjour Maëlle,

Je tenais à vous remercier, ainsi que Thomas, pour l'entretien d'hier après-midi. J'ai
beaucoup apprécié la présentation de l'équipe paie et des outils que vous utilisez, et le
poste correspond tout à fait à ce que je recherche pour mon installation à Nantes.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Blathnaid Kowalczyk-Reyes
+353 87 555 0142
""",
))

MESSAGES.append(dict(
    kind="other", slug="eigene_terminanfrage_leinetal", lang="de", key="G2b", parent="G2",
    quote="gmail", quote_lang="de",
    frm=ME, to=[JANA],
    date="2026-06-16 19:45",
    subject="Verschiebung unseres Gesprächs",
    subject_enc="q-iso-8859-1",
    text="""Liebe Frau Brandt,

vielen Dank für die Einladung, über die ich mich sehr freue.

Leider habe ich am Montag, den 22. Juni, vormittags einen Arzttermin, den ich nicht
verlegen kann. Wäre es möglich, unser Gespräch auf einen anderen Tag in derselben Woche
zu verschieben? Ab Dienstag bin ich jederzeit verfügbar.

Mit freundlichen Grüßen
Blathnaid Kowalczyk-Reyes
""",
))

MESSAGES.append(dict(
    kind="other", slug="propio_disculpa_turia", lang="es", key="F4", parent="F3",
    quote="gmail", quote_lang="en",
    frm=ME, to=[LUCIA], to_enc="q-utf-8",
    date="2026-05-22 11:20",
    subject="Disculpas por la videollamada del viernes",
    subject_enc="q-utf-8",
    text="""Hola, Lucía:

Lo siento muchísimo. Esta mañana se cortó la conexión a internet en todo mi barrio y no
pude entrar en la videollamada; intenté llamar a la oficina desde el móvil, pero no me
daba línea.

Sigo muy interesada en el puesto. Si fuera posible reprogramar la entrevista, estaría
disponible cualquier día de la semana que viene.

Un saludo y disculpas de nuevo,
Blathnaid
""",
))

# =============================================================================================
# digests, newsletters, notifications

ALERT_IE = [
    dict(title="Payroll Administrator", meta="Castletroy Outsourcing - Limerick - Hybrid",
         note="New today. Employer is interviewing now.",
         url="https://www.jobsnest.example.ie/job/88213?utm_source=alert"),
    dict(title="Payroll Officer (Fixed Term)", meta="Ennistymon Community Hospital - Co. Clare",
         note="Closing date 9 October. Shortlisted candidates will be called for interview.",
         url="https://www.jobsnest.example.ie/job/88190?utm_source=alert"),
    dict(title="Payroll Assistant", meta="Munster Payroll Partners - Cork City",
         note="Applications reviewed on a rolling basis. Unsuccessful applicants will be "
              "notified by email.",
         url="https://www.jobsnest.example.ie/job/88177?utm_source=alert"),
    dict(title="Payroll & Accounts Administrator", meta="Ennis Precast - Ennis",
         note="Salary EUR 30,000 - 34,000. Offer of permanent contract after probation.",
         url="https://www.jobsnest.example.ie/job/88154?utm_source=alert"),
]

MESSAGES.append(dict(
    kind="other", slug="jobalert_digest_munster", lang="en",
    frm=("JobsNest Alerts", "alerts@jobsnest.example.ie"),
    date="2026-09-29 06:00 +0000",
    subject="4 new jobs for 'payroll' near Limerick",
    headers=[("List-Id", "JobsNest daily alerts <daily-alerts.jobsnest.example.ie>"),
             ("List-Unsubscribe", "<https://www.jobsnest.example.ie/alerts/unsubscribe?id=a91f>,"
                                  " <mailto:unsubscribe-a91f@jobsnest.example.ie>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    **digest("Your JobsNest alert: payroll, Limerick (+40 km)",
             "Hi Blathnaid, here are the newest jobs matching your saved search.",
             ALERT_IE,
             "You are receiving this email because you created a job alert on JobsNest. "
             "Manage alerts: https://www.jobsnest.example.ie/alerts\n"
             "JobsNest, 1 Harbour Square, Dublin 2."),
))

ALERT_NI = [
    dict(title="Payroll Assistant - Lagan Borough Council", meta="Belfast - GBP 26,421",
         note="Status: No longer accepting applications.",
         url="https://nijobsweekly.example.co.uk/j/55102"),
    dict(title="Payroll Officer - Corbett Glass", meta="Belfast (BT3)",
         note="Status: Interviewing - the employer has started inviting candidates.",
         url="https://nijobsweekly.example.co.uk/j/55187"),
    dict(title="Payroll Bureau Administrator - Harland Payroll Solutions", meta="Belfast",
         note="Status: Position filled.",
         url="https://nijobsweekly.example.co.uk/j/54920"),
]

MESSAGES.append(dict(
    kind="other", slug="jobalert_digest_belfast", lang="en",
    frm=("NI Jobs Weekly", "jobalerts@nijobsweekly.example.co.uk"),
    date="2026-09-04 07:30",
    subject="Your weekly round-up: 3 payroll jobs in Belfast",
    headers=[("List-Id", "<weekly.nijobsweekly.example.co.uk>"),
             ("List-Unsubscribe", "<https://nijobsweekly.example.co.uk/unsub/7c2d>"),
             ("Precedence", "list")],
    **digest("NI Jobs Weekly - payroll, Belfast",
             "Here's how the jobs you saved are getting on, plus one new match.",
             ALERT_NI,
             "Unsubscribe or change frequency: https://nijobsweekly.example.co.uk/prefs\n"
             "NI Jobs Weekly Ltd, Linen Hall Street, Belfast.", colour="#7b2d26"),
))

MESSAGES.append(dict(
    kind="other", slug="newsletter_after_rejection", lang="en",
    frm=("The Payroll Path", "newsletter@payrollpath.example.com"),
    date="2026-05-14 07:00 +0000",
    subject="Issue #41: Rejected after the final round? Read this first",
    headers=[("List-Id", "The Payroll Path <payrollpath.example.com>"),
             ("List-Unsubscribe", "<https://payrollpath.example.com/u/41/bkr>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text="""THE PAYROLL PATH - Issue #41
For people building a career in payroll

REJECTED AFTER THE FINAL ROUND? READ THIS FIRST

"We have decided not to progress your application." Few sentences sting as much,
especially after a second interview. This week, three payroll managers tell us what
they wish rejected candidates did next:

1. Ask for feedback within a week, by phone if you can.
2. Reply graciously; we often go back to the runner-up when an offer falls through.
3. Don't read the rejection as a verdict on your skills; many decisions come down to
   one missing software package.

Read the full article: https://payrollpath.example.com/41/final-round

ALSO THIS WEEK
- Interview questions on gross-to-net that trip everyone up
- Salary survey: what junior payroll offers looked like in Q1
- Webinar recording: getting your first payroll job after a career change

You're receiving this because you subscribed at payrollpath.example.com.
Unsubscribe: https://payrollpath.example.com/u/41/bkr
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="other", slug="career_advice_competency_interview", lang="en",
    frm=("CareerCraft Weekly", "hello@careercraft.example.co.uk"),
    date="2026-03-19 12:00 +0000",
    subject="The STAR method, and what to do when your interview is cancelled",
    headers=[("List-Id", "CareerCraft Weekly <weekly.careercraft.example.co.uk>"),
             ("List-Unsubscribe", "<mailto:leave-weekly@careercraft.example.co.uk>"),
             ("Precedence", "bulk")],
    html=digest_html(
        "CareerCraft Weekly",
        "This week: preparing for competency-based interviews, and keeping your cool when "
        "an employer moves or cancels your interview at the last minute.",
        [dict(title="STAR answers that actually land",
              meta="7 minute read",
              note="Situation, Task, Action, Result: how to use it without sounding rehearsed.",
              url="https://careercraft.example.co.uk/articles/star-answers"),
         dict(title="Your interview was rescheduled. Now what?",
              meta="4 minute read",
              note="Why a postponed interview is rarely a bad sign, and how to reply.",
              url="https://careercraft.example.co.uk/articles/rescheduled"),
         dict(title="Missed an interview? How to recover",
              meta="5 minute read",
              note="An honest apology, sent fast, saves more applications than you'd think.",
              url="https://careercraft.example.co.uk/articles/missed-interview"),
         dict(title="Negotiating your first offer",
              meta="6 minute read",
              note="Yes, even for junior payroll roles.",
              url="https://careercraft.example.co.uk/articles/first-offer")],
        "You signed up for CareerCraft Weekly. Unsubscribe: "
        "https://careercraft.example.co.uk/unsubscribe", colour="#3d5a80"),
))

MESSAGES.append(dict(
    kind="other", slug="webinar_payroll_network", lang="en",
    frm=("Irish Payroll Professionals Network", "events@ippn.example.ie"),
    date="2026-10-05 10:00",
    subject="Webinar 15 October: year-end 2026 and auto-enrolment - book your place",
    headers=[("List-Id", "IPPN members and friends <members.ippn.example.ie>"),
             ("List-Unsubscribe", "<https://ippn.example.ie/lists/unsub?m=bkr>"),
             ("Precedence", "bulk")],
    text="""IPPN EVENTS

Year-end 2026 and the auto-enrolment pension scheme
Thursday 15 October, 13:00 - 14:00, online

Our panel (a bureau owner, a Revenue-approved trainer and an HR director from a large
manufacturer) will cover:
- what changes on the payslip from January
- how employers are handling opt-outs and employee queries
- the year-end checklist every payroll administrator should have

Members attend free; non-members EUR 25.
Book your place: https://ippn.example.ie/events/ye2026

Questions? Reply to this email or call the IPPN office on 01 555 0099.

Irish Payroll Professionals Network CLG, 12 Merrion Square, Dublin 2
Unsubscribe: https://ippn.example.ie/lists/unsub?m=bkr
""",
))

MESSAGES.append(dict(
    kind="other", slug="agency_market_update_newsletter", lang="en",
    frm=("Treaty Talent", "news@treatytalent.example.ie"),
    date="2026-06-30 08:15",
    subject="Mid-West payroll market update - summer 2026",
    headers=[("List-Id", "Treaty Talent market updates <updates.treatytalent.example.ie>"),
             ("List-Unsubscribe", "<https://treatytalent.example.ie/preferences?u=4410>"),
             ("Precedence", "bulk")],
    text="""TREATY TALENT | MID-WEST PAYROLL MARKET UPDATE | SUMMER 2026

Hiring is busy. Across Limerick, Clare and North Tipperary, payroll vacancies are up 18%
on last summer, driven by manufacturers in Shannon and two new outsourcing centres in
Castletroy.

What we're seeing:
- Interview processes are shorter: most clients now run one interview plus a short test.
- Good candidates get two or three offers; counter-offers are common, so decide early.
- Rejections are increasingly about software (Sage, Thesaurus, Core) rather than
  experience, so list every package you've used.
- Salaries: payroll administrators EUR 30-36k, payroll assistants EUR 27-31k.

Looking for your next role? Our consultants are here: https://treatytalent.example.ie/jobs

Treaty Talent, Henry Street, Limerick
Update your preferences: https://treatytalent.example.ie/preferences?u=4410
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="other", slug="pronet_application_viewed", lang="en",
    frm=("ProNet", "notifications@pronet.example.com"),
    date="2026-08-05 15:47 +0000",
    subject="Your application was viewed by Fitzwilliam Payroll Bureau",
    headers=[("List-Unsubscribe", "<https://www.pronet.example.com/settings/email?t=av>"),
             ("X-ProNet-Category", "application-viewed")],
    text="""Hi Blathnaid,

Good news: a member of the hiring team at Fitzwilliam Payroll Bureau viewed your
application for Payroll Administrator (Dublin 2).

Applicants who follow up within a week are more likely to hear back about an interview.

See application status: https://www.pronet.example.com/jobs/applied/4471093

Jobs similar to this one:
- Payroll Executive, Liffey People (Sandyford)
- Client Payroll Administrator, Dockland Payroll (Dublin 2)

Unsubscribe from application updates: https://www.pronet.example.com/settings/email?t=av
ProNet Ireland, 10 Barrow Street, Dublin 4
""",
    html=ats_card("ProNet", "#0a66c2",
                  "Hi Blathnaid,\n\nGood news: a member of the hiring team at Fitzwilliam "
                  "Payroll Bureau viewed your application for Payroll Administrator (Dublin "
                  "2).\n\nApplicants who follow up within a week are more likely to hear back "
                  "about an interview.",
                  button=("See application status",
                          "https://www.pronet.example.com/jobs/applied/4471093"),
                  footer="Unsubscribe from application updates: "
                         "https://www.pronet.example.com/settings/email?t=av\n"
                         "ProNet Ireland, 10 Barrow Street, Dublin 4"),
))

MESSAGES.append(dict(
    kind="other", slug="pronet_weekly_search_appearances", lang="en",
    frm=("ProNet", "messages-noreply@pronet.example.com"),
    date="2026-04-27 09:12 +0000",
    subject="You appeared in 14 searches this week",
    headers=[("List-Unsubscribe", "<https://www.pronet.example.com/settings/email?t=ws>"),
             ("Precedence", "bulk")],
    html=digest_html(
        "ProNet - your week",
        "Blathnaid, you appeared in 14 searches this week. Recruiters from Treaty Talent and "
        "Rebel Recruitment looked at your profile.",
        [dict(title="Add 'Payroll' to your headline", meta="Profile tip",
              note="Profiles with a clear headline get 3x more interview requests.",
              url="https://www.pronet.example.com/me/edit/headline"),
         dict(title="Payroll Administrator - Quayside Accounting Group", meta="Dublin 1",
              note="Be an early applicant.",
              url="https://www.pronet.example.com/jobs/view/4450121"),
         dict(title="Junior Payroll Officer - Glanmire General Hospital", meta="Cork",
              note="Recruiting now.",
              url="https://www.pronet.example.com/jobs/view/4450377")],
        "You are receiving ProNet notification emails. Unsubscribe: "
        "https://www.pronet.example.com/settings/email?t=ws", colour="#0a66c2"),
))

MESSAGES.append(dict(
    kind="other", slug="candidate_survey_after_process", lang="en",
    frm=("Fitzwilliam Payroll Bureau", "no-reply@greenhouse-mail.io"),
    date="2026-08-27 09:00 +0000",
    subject="How was your interview experience with Fitzwilliam Payroll Bureau?",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Blathnaid,

You recently took part in our hiring process. We'd love to hear how it went for you,
whatever the outcome.

The survey takes two minutes and is anonymous:
https://app.greenhouse.io/surveys/candidate/9f3a2c

Thank you for helping us improve,
Fitzwilliam Payroll Bureau
""",
))

MESSAGES.append(dict(
    kind="other", slug="ooo_autoreply_recruiter", lang="en", parent="A7",
    frm=CIARA,
    date="2026-03-02 08:56",
    subject="Automatic reply: Starting on 16 March - a few questions",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    contact=CIARA[1],
    text="""Thank you for your email.

I am out of the office until Monday 9 March with limited access to email. For anything
urgent relating to interviews or new starters, please contact talent@shannonpayroll.example.ie.

Kind regards,
Ciara Hynes
""",
))

MESSAGES.append(dict(
    kind="other", slug="ooo_autoreply_hospital", lang="en", parent="C4",
    frm=SIOBHAN,
    date="2026-04-21 15:31",
    subject="Out of Office: Thank you - Clerical Officer (Payroll) interview",
    headers=[("Auto-Submitted", "auto-replied")],
    contact=SIOBHAN[1],
    text="""I am on annual leave until Monday 27 April 2026 and will reply to your email on my
return.

For queries about recruitment campaigns, including interview arrangements and
outcomes, please email recruitment@mwuh.example.ie or phone the HR Department on
061 555 480.

Siobhan Culhane
Recruitment Officer, Mid-West University Hospital
""",
))

MESSAGES.append(dict(
    kind="other", slug="podcast_interview_request", lang="en",
    frm=("Saoirse Dunne", "saoirse@careerpivotpodcast.example.ie"),
    date="2026-04-09 14:26",
    subject="Would you be a guest on The Pivot?",
    contact="saoirse@careerpivotpodcast.example.ie",
    text="""Hi Blathnaid,

I host The Pivot, a small podcast about people changing careers in their thirties. Niamh
Cusack mentioned that you're moving from a call centre into payroll and thought you'd be
a great guest.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute
conversation, recorded online. We're booking recordings for the week of 11 May, usually
weekday evenings around 7pm. No preparation needed, and you'd hear the edit before it
goes out.

No pressure at all, just reply if you're interested.

Saoirse
The Pivot | https://careerpivotpodcast.example.ie
""",
))

MESSAGES.append(dict(
    kind="other", slug="radio_interview_request", lang="en",
    frm=("Gráinne Kiely", "grainne.kiely@limerickfm.example.ie"), name_enc="b-utf-8",
    date="2026-05-25 11:02",
    subject="Limerick Today - career changers feature",
    contact="grainne.kiely@limerickfm.example.ie",
    text="""Hi Blathnaid,

I'm a researcher on Limerick Today on Limerick FM. We're doing a feature next week on
people who've retrained for new careers, and the IPASS course tutor passed on your name.

Would you be willing to be interviewed live on air on Wednesday 3 June at about 10:40?
It would be eight to ten minutes over the phone with the presenter, about why you left
the call centre and what the job hunt has been like, rejections and all.

Let me know and I'll ring you beforehand to run through it.

Thanks a million,
Gráinne Kiely
Researcher, Limerick Today | Limerick FM | 061 555 9950
""",
))

MESSAGES.append(dict(
    kind="other", slug="user_research_interview_invite", lang="en",
    frm=("Moneyleaf Research", "research@moneyleaf.example.com"),
    reply_to=("Tom Kerins", "tom.kerins@moneyleaf.example.com"),
    date="2026-06-16 13:45",
    subject="Help shape Moneyleaf: 45-minute user research interview (EUR 40 voucher)",
    contact="tom.kerins@moneyleaf.example.com",
    text="""Hi Blathnaid,

You use Moneyleaf to budget, and we'd love to learn from you. We're inviting a small
number of customers to a 45-minute user research interview over video, about how you
plan for bills when your income changes (for example, when starting a new job).

As a thank-you, you'll receive a EUR 40 shopping voucher.

If you'd like to take part, choose a time here:
https://research.moneyleaf.example.com/book/summer-income

There are no right or wrong answers, and this isn't a sales call. Questions? Just reply;
it will come straight to me.

Tom Kerins
User Researcher, Moneyleaf
""",
))

MESSAGES.append(dict(
    kind="other", slug="parcel_delayed", lang="en",
    frm=("ParcelPoint Ireland", "noreply@parcelpoint.example.ie"),
    date="2026-01-29 16:20",
    subject="Unfortunately, your parcel is delayed",
    text="""Hi Blathnaid,

Unfortunately your parcel PP-IE-7734-2291 is delayed because of severe weather affecting
our Portlaoise hub. We're sorry for the inconvenience.

New estimated delivery: Monday 2 February, between 10:00 and 14:00.
Delivery address: 14 Ashbrook Crescent, Dooradoyle, Limerick

Track your parcel: https://track.parcelpoint.example.ie/PP-IE-7734-2291

ParcelPoint Ireland. Please do not reply to this email.
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="other", slug="gps_position_shared", lang="en",
    frm=("TrailMate", "notifications@trailmate.example.com"),
    date="2026-07-19 10:42",
    subject="Orla is sharing her live position with you",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("TrailMate", "#ff6b35",
                  "Orla Breen started sharing her live position with you for her run at the "
                  "University of Limerick campus.\n\n"
                  "Last position: 52.6738 N, 8.5722 W, updated 2 minutes ago.\n"
                  "Estimated finish: 11:20.",
                  button=("Open live map", "https://trailmate.example.com/live/8a7e23"),
                  footer="You get this because Orla added you as a safety contact. "
                         "Manage notifications in the TrailMate app."),
))

MESSAGES.append(dict(
    kind="other", slug="friend_own_rejection", lang="en",
    frm=ORLA,
    date="2026-02-24 21:37",
    subject="well that's that",
    contact=ORLA[1],
    text="""Hey B,

Got the email from the bank today: "after careful consideration we have decided to
proceed with other candidates". After THREE interviews! I'm raging, but I'll survive.

How did your interview with the payroll crowd go? Any word yet? You'd better get it
because one of us has to.

Wine Friday?
O x
""",
))

MESSAGES.append(dict(
    kind="other", slug="recruiter_cold_approach", lang="en",
    frm=("Ruairí Walsh", "ruairi.walsh@payrollsearch.example.ie"), name_enc="q-utf-8",
    date="2026-05-04 09:18",
    subject="Payroll careers in Munster",
    contact="ruairi.walsh@payrollsearch.example.ie",
    text="""Hi Blathnaid,

I came across your profile on ProNet and noticed you're moving into payroll. I specialise
in payroll and HR appointments across Munster, from bureaus to in-house teams.

I don't have a specific role to put to you today, but things move quickly in this market
and I'd be happy to keep you in mind. If you want, send me an up-to-date CV and a line on
the salary and locations you're targeting.

Best regards,
Ruairí Walsh
Director | Payroll Search Ireland | 021 555 3300
""",
))

MESSAGES.append(dict(
    kind="other", slug="credit_union_appointment", lang="en",
    frm=("Shannonside Credit Union", "appointments@shannonsidecu.example.ie"),
    date="2026-03-04 11:05",
    subject="Your appointment is confirmed - Thursday 12 March, 17:30",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Blathnaid,

Your appointment with one of our lending officers is confirmed:

Thursday 12 March 2026 at 17:30
Shannonside Credit Union, Dooradoyle branch

Please bring photo ID, proof of address, and your three most recent payslips. As your
employment position is changing, a copy of your new contract or offer letter would also
help us assess your application.

To change or cancel your appointment, please call 061 555 2700.

Shannonside Credit Union Ltd is regulated by the Central Bank of Ireland.
""",
))

MESSAGES.append(dict(
    kind="other", slug="landlord_access_request", lang="en",
    frm=("Declan Madigan", "declan.madigan@mail.example.com"),
    date="2026-08-24 18:50",
    subject="Access to the house - BER assessor",
    contact="declan.madigan@mail.example.com",
    text="""Hi Blathnaid,

The BER assessor needs to get into the house to check the attic insulation and the
position of the boiler flue. He's offered Tuesday the 1st between 9 and 11. Would that
suit, or could you leave a key with Mrs Hayes next door?

Unfortunately I'll also need to talk to you about the rent review in October. No rush,
give me a call when you have a minute.

Thanks,
Declan
087 555 6612
""",
))

MESSAGES.append(dict(
    kind="other", slug="school_parent_teacher_meeting", lang="en",
    frm=("Anne Hogan", "ahogan@scoilmhuire-dooradoyle.example.ie"),
    date="2026-10-13 14:12",
    subject="Parent-teacher meeting - 5th class",
    contact="ahogan@scoilmhuire-dooradoyle.example.ie",
    text="""Dear Parent/Guardian,

Parent-teacher meetings for 5th class will take place on Thursday 22 October. Your
appointment with Ms Collins is at 16:10 (ten minutes).

If this time doesn't suit, please reply to this email and I'll do my best to swap you
with another family. Unfortunately we can't offer phone appointments this term.

Many thanks,
Anne Hogan
School Secretary, Scoil Mhuire, Dooradoyle, Limerick
""",
))

MESSAGES.append(dict(
    kind="other", slug="gp_appointment_reminder", lang="en",
    frm=("Dooradoyle Family Practice", "reminders@dooradoylefp.example.ie"),
    date="2026-06-29 08:00",
    subject="Reminder: appointment with Dr Ryan tomorrow at 09:20",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""This is a reminder of your appointment at Dooradoyle Family Practice:

Patient: Blathnaid Kowalczyk-Reyes
With: Dr Aisling Ryan
When: Tuesday 30 June 2026 at 09:20

If you can no longer attend, please call 061 555 0800 at least 24 hours in advance so
the slot can be offered to another patient. Missed appointments may be charged.

This mailbox is not monitored.
""",
))

MESSAGES.append(dict(
    kind="other", slug="course_place_refused", lang="en",
    frm=("LIFE Admissions", "admissions-noreply@life-limerick.example.ie"),
    date="2026-08-21 12:00",
    subject="Your application: Diploma in Payroll Management (evening, 2026/27)",
    text="""Dear Blathnaid,

Thank you for applying for the Diploma in Payroll Management (part-time evening) at the
Limerick Institute of Further Education for the 2026/27 academic year.

Unfortunately, we are unable to offer you a place on this course, as it has been
significantly oversubscribed. You have been placed on the waiting list at position 7,
and we will contact you if a place becomes available before 30 September.

You may also wish to consider our Certificate in Payroll Practice, which still has places.

Yours sincerely,
Admissions Office
Limerick Institute of Further Education
""",
))

# =============================================================================================
# French

ALERT_FR = [
    dict(title="Gestionnaire paie H/F - CDI", meta="Atlantique Paie - Nantes (44)",
         note="Entretiens en cours : postulez vite.",
         url="https://www.emploiouest.example.fr/offre/31872?src=alerte"),
    dict(title="Assistant(e) paie et ADP", meta="Conserverie des Salorges - Nantes",
         note="Candidatures examinées au fil de l'eau. Réponse sous 3 semaines.",
         url="https://www.emploiouest.example.fr/offre/31855?src=alerte"),
    dict(title="Gestionnaire carrière-paie", meta="Métropole Estuaire Loire - Nantes",
         note="Recrutement suspendu - offre archivée.",
         url="https://www.emploiouest.example.fr/offre/31706?src=alerte"),
]

MESSAGES.append(dict(
    kind="other", slug="alerte_emploi_nantes", lang="fr",
    frm=("EmploiOuest Alertes", "alertes@emploiouest.example.fr"),
    date="2026-05-26 06:30",
    subject="3 nouvelles offres « paie » autour de Nantes",
    subject_enc="q-utf-8",
    headers=[("List-Id", "Alertes EmploiOuest <alertes.emploiouest.example.fr>"),
             ("List-Unsubscribe", "<https://www.emploiouest.example.fr/alertes/stop?k=5e1>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    **digest("Votre alerte EmploiOuest : paie, Nantes (30 km)",
             "Bonjour Blathnaid, voici les offres publiées depuis votre dernière alerte.",
             ALERT_FR,
             "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiOuest. "
             "Se désabonner : https://www.emploiouest.example.fr/alertes/stop?k=5e1",
             colour="#2a9d8f"),
))

MESSAGES.append(dict(
    kind="other", slug="refus_admission_formation_paie", lang="fr",
    frm=("Isabelle Roussel", "isabelle.roussel@afpo-pdl.example.fr"),
    date="2026-03-27 15:40",
    subject="Votre candidature à la formation « Gestionnaire de paie »",
    subject_enc="b-utf-8",
    contact="isabelle.roussel@afpo-pdl.example.fr",
    cte="quoted-printable",
    text="""Madame,

Nous avons bien étudié votre dossier de candidature à la formation qualifiante
« Gestionnaire de paie » (titre professionnel de niveau 5) de la session de septembre
2026 à Nantes.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour
cette session : les places financées par la Région sont réservées en priorité aux
demandeurs d'emploi résidant en Pays de la Loire. Vous pourrez présenter une nouvelle
demande pour la session de janvier 2027 une fois installée dans la région.

Je reste à votre disposition pour toute question.

Isabelle Roussel
Chargée d'admission – AFPO Pays de la Loire
""",
))

MESSAGES.append(dict(
    kind="other", slug="banque_rendez_vous_conseiller", lang="fr",
    frm=("Julien Morvan", "julien.morvan@credit-estuaire.example.fr"),
    date="2026-06-03 10:25",
    subject="Confirmation de notre rendez-vous du 12 juin",
    contact="julien.morvan@credit-estuaire.example.fr",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour Madame Kowalczyk-Reyes,

Je vous confirme notre rendez-vous en visioconférence le vendredi 12 juin à 17h00 pour
l'ouverture de votre compte courant, en vue de votre prise de poste à Nantes.

Merci de préparer : pièce d'identité, justificatif de domicile (même irlandais) et votre
promesse d'embauche ou contrat de travail.

En cas d'empêchement, répondez simplement à ce message.

Cordialement,
Julien Morvan
Conseiller clientèle particuliers
Crédit Estuaire - Agence Nantes Graslin
""",
))

MESSAGES.append(dict(
    kind="other", slug="colis_retarde", lang="fr",
    frm=("Colis Atlantique", "ne-pas-repondre@colis-atlantique.example.fr"),
    date="2026-07-01 19:05",
    subject="Votre colis est retardé",
    subject_enc="q-utf-8",
    text="""Bonjour,

Malheureusement, votre colis n° CA4419027FR n'a pas pu être livré dans les délais
annoncés en raison d'un incident de transport. Nous vous prions de nous excuser pour ce
retard.

Nouvelle date de livraison estimée : samedi 4 juillet.
Suivre votre colis : https://suivi.colis-atlantique.example.fr/CA4419027FR

Ceci est un message automatique, merci de ne pas y répondre.
Colis Atlantique
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="other", slug="reponse_automatique_absence", lang="fr",
    frm=YANNICK,
    date="2026-07-03 08:12",
    subject="Réponse automatique : Entretien téléphonique – Papeteries de l'Erdre",
    subject_enc="q-utf-8",
    headers=[("Auto-Submitted", "auto-replied")],
    contact=YANNICK[1],
    extra_refs=["<cand.papeteries.0703@mail.example.ie>"],
    text="""Bonjour,

Je suis absent de l'agence jusqu'au lundi 6 juillet inclus. Pour toute question urgente
concernant une mission, un entretien ou votre dossier, vous pouvez joindre l'agence de
Nantes Centre au 02 40 55 63 10.

Yannick Le Bihan
Talents Ouest Intérim
""",
))

# =============================================================================================
# German

ALERT_DE = [
    dict(title="Lohnbuchhalter (m/w/d) – Leinetal Lohnservice GmbH", meta="Hannover-Döhren",
         note="Vorstellungsgespräche laufen bereits.",
         url="https://www.jobradar-hannover.example.de/stelle/70431"),
    dict(title="Sachbearbeitung Bezügeabrechnung – Region Calenberger Land", meta="Hannover",
         note="Bewerbungsfrist: 4. September. EG 8 TVöD.",
         url="https://www.jobradar-hannover.example.de/stelle/70502"),
    dict(title="Entgeltabrechner/in – Maschsee Antriebstechnik GmbH", meta="Hannover-Bemerode",
         note="Stelle bereits besetzt.",
         url="https://www.jobradar-hannover.example.de/stelle/69877"),
]

MESSAGES.append(dict(
    kind="other", slug="jobletter_hannover", lang="de",
    frm=("JobRadar Hannover", "newsletter@jobradar-hannover.example.de"),
    date="2026-08-24 07:00",
    subject="Ihr JobRadar: 3 neue Stellen für „Lohnbuchhaltung“",
    subject_enc="q-utf-8",
    headers=[("List-Id", "JobRadar Hannover <jobletter.jobradar-hannover.example.de>"),
             ("List-Unsubscribe", "<https://www.jobradar-hannover.example.de/abmelden?x=77>"),
             ("Precedence", "bulk")],
    **digest("JobRadar Hannover – Ihr Jobletter",
             "Hallo Blathnaid, diese Stellen passen zu Ihrem Suchauftrag „Lohnbuchhaltung, "
             "Hannover“.",
             ALERT_DE,
             "Sie erhalten diesen Jobletter, weil Sie einen Suchauftrag angelegt haben. "
             "Abmelden: https://www.jobradar-hannover.example.de/abmelden?x=77",
             colour="#264653"),
))

MESSAGES.append(dict(
    kind="other", slug="abwesenheitsnotiz_klinikum", lang="de",
    frm=MEIKE,
    date="2026-07-22 09:03",
    subject="Abwesenheitsnotiz: Zusage – Lohn- und Gehaltsbuchhaltung",
    subject_enc="q-utf-8",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    contact=MEIKE[1],
    extra_refs=["<cand.klinikum.0722@mail.example.ie>"],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 7. August, nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In Bewerbungsangelegenheiten wenden Sie sich bitte an
bewerbung@klinikum-herrenhausen.example.de oder telefonisch an 0511 555 3100.

Meike Oltmanns
Personalgewinnung, Klinikum Herrenhausen
""",
))

MESSAGES.append(dict(
    kind="other", slug="arzttermin_bestaetigung", lang="de",
    frm=("Praxis Dr. Sievers", "termine@praxis-sievers.example.de"),
    date="2026-10-06 12:30",
    subject="Terminbestätigung: Mittwoch, 14.10.2026, 08:15 Uhr",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Frau Kowalczyk-Reyes,

hiermit bestätigen wir Ihren Termin in unserer Praxis:

Mittwoch, 14. Oktober 2026, 08:15 Uhr, bei Frau Dr. Sievers (Neupatientin, Erstgespräch)

Bitte bringen Sie Ihre Versichertenkarte bzw. Ihre Europäische Krankenversicherungskarte
sowie eventuelle Vorbefunde mit. Können Sie den Termin nicht wahrnehmen, sagen Sie ihn
bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam Dr. Sievers
Lister Meile 41, 30161 Hannover
""",
))

MESSAGES.append(dict(
    kind="other", slug="wohnung_absage_vermietung", lang="de",
    frm=("Katrin Pohl", "k.pohl@hv-listermeile.example.de"),
    date="2026-10-15 16:48",
    subject="Ihre Anfrage: 2-Zimmer-Wohnung Podbielskistraße",
    contact="k.pohl@hv-listermeile.example.de",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Podbielskistraße und für die
Teilnahme an der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden
haben. Wir wünschen Ihnen für Ihre weitere Wohnungssuche in Hannover viel Erfolg.

Mit freundlichen Grüßen
Katrin Pohl
Hausverwaltung Lister Meile – Vermietung
""",
))

# =============================================================================================
# Spanish

ALERT_ES = [
    dict(title="Técnico/a de nóminas", meta="Nóminas Turia - València",
         note="Proceso de selección abierto: entrevistas esta semana.",
         url="https://www.empleolevante.example.es/oferta/66120"),
    dict(title="Administrativo/a de nóminas", meta="Cerámicas Albufera - Catarroja",
         note="Incorporación inmediata. Contrato indefinido.",
         url="https://www.empleolevante.example.es/oferta/66098"),
    dict(title="Auxiliar administrativo/a (Nóminas)",
         meta="Consorcio Valenciano de Servicios Locales",
         note="Convocatoria anulada.",
         url="https://www.empleolevante.example.es/oferta/65871"),
    dict(title="Técnica de RR. HH. y nóminas", meta="Hospital Marítimo de Levante",
         note="Se valorará inglés.",
         url="https://www.empleolevante.example.es/oferta/66133"),
]

MESSAGES.append(dict(
    kind="other", slug="alerta_empleo_valencia", lang="es",
    frm=("EmpleoLevante", "alertas@empleolevante.example.es"),
    date="2026-08-03 07:45",
    subject="4 ofertas nuevas de «nóminas» en Valencia",
    subject_enc="q-iso-8859-1",
    headers=[("List-Id", "Alertas EmpleoLevante <alertas.empleolevante.example.es>"),
             ("List-Unsubscribe", "<https://www.empleolevante.example.es/baja?u=3c9>"),
             ("Precedence", "bulk")],
    **digest("Tu alerta de EmpleoLevante: nóminas, Valencia",
             "Hola Blathnaid, estas son las ofertas nuevas que coinciden con tu búsqueda.",
             ALERT_ES,
             "Recibes este correo porque creaste una alerta en EmpleoLevante. Darse de "
             "baja: https://www.empleolevante.example.es/baja?u=3c9",
             colour="#e76f51"),
))

MESSAGES.append(dict(
    kind="other", slug="curso_experto_no_admitida", lang="es",
    frm=("Universitat Mediterrània · Formació Permanent",
         "noreply-admisiones@umediterrania.example.es"),
    name_enc="b-utf-8",
    date="2026-07-15 10:00",
    cte="base64",
    subject="Resolución de admisión – Curso de Experto en Nóminas y Seguros Sociales",
    subject_enc="b-utf-8",
    text="""Estimada Sra. Kowalczyk-Reyes:

Una vez finalizado el plazo de preinscripción, lamentamos comunicarle que no ha sido
admitida en el Curso de Experto en Nóminas y Seguros Sociales (edición 2026-2027), al no
haber alcanzado la puntuación mínima en la baremación de méritos.

Queda usted en la posición 12 de la lista de espera. Si se produjera alguna vacante, le
avisaríamos por este medio.

Atentamente,
Servicio de Formación Permanente
Universitat Mediterrània

Este mensaje se ha generado automáticamente. No responda a esta dirección.
""",
))

MESSAGES.append(dict(
    kind="other", slug="amiga_cuenta_su_rechazo", lang="es",
    frm=("Carmen Vidal", "carmenvidal84@correo.example.es"),
    date="2026-09-18 22:14",
    subject="me han dicho que no :(",
    contact="carmenvidal84@correo.example.es",
    text="""¡Hola guapa!

Nada, que me han dicho que no en lo de la gestoría de Benimaclet. Me ha llegado un correo
supersoso: "lamentamos comunicarte que hemos seleccionado a otra candidata". Después de
dos entrevistas, ¡ni una llamada!

Bueno, a otra cosa. ¿Cuándo llegas por fin a Valencia? Te tengo mirados un par de pisos
por Benimaclet, y si quieres te acompaño a las visitas.

Un besazo,
Carmen
""",
))

MESSAGES.append(dict(
    kind="other", slug="clinica_dental_recordatorio_cita", lang="es",
    frm=("Clínica Dental Russafa", "citas@clinicarussafa.example.es"),
    name_enc="q-iso-8859-1",
    date="2026-10-19 09:30",
    subject="Recordatorio de su cita - jueves 22 de octubre",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada paciente:

Le recordamos su cita en Clínica Dental Russafa:

Jueves, 22 de octubre de 2026, a las 18:30
Primera visita y revisión con la Dra. Ortega
C/ de Sueca 19, 46006 València

Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al
96 555 12 12.

Un saludo,
Clínica Dental Russafa
""",
))

MESSAGES.append(dict(
    kind="other", slug="casero_visita_tecnico", lang="es",
    frm=("Josep Llorens", "josepllorens@correo.example.es"),
    date="2026-10-07 20:05",
    subject="Piso de la calle Cádiz - técnico de la caldera",
    subject_enc="q-utf-8",
    contact="josepllorens@correo.example.es",
    text="""Hola, Blathnaid:

Antes de que entres en el piso, el técnico tiene que revisar la caldera y cambiar la
posición del termostato. Viene el jueves 15 a las 10:00; lamentablemente no puede otro
día. Si todavía no estás en Valencia, le abro yo, no te preocupes.

Las llaves te las doy el día 31 como quedamos. El contrato ya está firmado por mi parte.

Un saludo,
Josep
""",
))

MESSAGES.append(dict(
    kind="other", slug="boletin_consejos_entrevista", lang="es",
    frm=("Talento Hoy", "boletin@talentohoy.example.es"),
    date="2026-06-11 08:00",
    subject="Boletín n.º 88: cómo preparar una entrevista y qué hacer tras un «no»",
    subject_enc="b-utf-8",
    headers=[("List-Id", "Boletin Talento Hoy <boletin.talentohoy.example.es>"),
             ("List-Unsubscribe", "<https://talentohoy.example.es/baja/88/bkr>"),
             ("Precedence", "bulk")],
    text="""TALENTO HOY · Boletín n.º 88

CÓMO PREPARAR UNA ENTREVISTA POR VIDEOLLAMADA
Prueba el enlace el día antes, ten el CV a mano y prepara tres ejemplos concretos.
Leer más: https://talentohoy.example.es/88/entrevista-video

QUÉ HACER TRAS UN «NO»
Un correo de rechazo no es el final: pide feedback, agradece el proceso y mantén el
contacto. Muchas empresas vuelven a llamar cuando se abre una nueva vacante.
Leer más: https://talentohoy.example.es/88/tras-un-no

OFERTAS DESTACADAS
- Técnico/a de nóminas · Valencia
- Administrativo/a de personal · Castellón

Recibes este boletín porque te suscribiste en talentohoy.example.es.
Darse de baja: https://talentohoy.example.es/baja/88/bkr
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="other", slug="pronet_candidatura_vista", lang="es",
    frm=("ProNet", "notifications@pronet.example.com"),
    date="2026-09-11 17:22 +0000",
    subject="Tu candidatura ha sido vista por Cerámicas Albufera",
    subject_enc="q-utf-8",
    headers=[("List-Unsubscribe", "<https://www.pronet.example.com/settings/email?t=av&l=es>")],
    html=ats_card("ProNet", "#0a66c2",
                  "Hola Blathnaid:\n\nUn miembro del equipo de selección de Cerámicas Albufera "
                  "ha visto tu candidatura para Administrativo/a de nóminas.\n\n"
                  "Las personas que completan su perfil tienen más probabilidades de recibir "
                  "una invitación a entrevista.",
                  button=("Ver el estado de la candidatura",
                          "https://www.pronet.example.com/jobs/applied/4529980"),
                  footer="Darse de baja de estas notificaciones: "
                         "https://www.pronet.example.com/settings/email?t=av&l=es"),
))
