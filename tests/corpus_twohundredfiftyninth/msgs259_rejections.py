"""Corpus 259: the rejections (31), hand-written. Label = what the new text means."""

from msgs259_common import (
    CLAIRE,
    CONOR,
    DARRAGH,
    DEIRDRE,
    EIMEAR,
    FIONNUALA,
    GEAROID,
    GEMMA,
    HENRIKE,
    JANA,
    LUCIA,
    NIAMH,
    PADRAIG,
    RORY,
    SANDRINE,
    SIOBHAN,
    TADHG,
    TIMO,
    YANNICK,
    ats_card,
)

MESSAGES = []

# 1 -- Workday, HTML only, formal, no human to answer.
MESSAGES.append(dict(
    kind="rejection", slug="workday_formal_thomond", lang="en",
    company="Thomond Medical Devices", contact="",
    frm=("Thomond Medical Devices", "thomondmd@myworkday.com"),
    date="2026-01-20 08:05 -0800",
    cte="base64",
    subject="Your application for Payroll Administrator (R-10432) at Thomond Medical Devices",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html=ats_card(
        "Thomond Medical Devices | Careers", "#00567a",
        "Dear Blathnaid,\n\n"
        "Thank you for your interest in the Payroll Administrator position (R-10432) based at "
        "our Raheen Business Park site in Limerick.\n\n"
        "Following a careful review of your application against the requirements of the role, "
        "we regret to inform you that we will not be taking your application forward.\n\n"
        "Your candidate profile remains active, and you are welcome to apply for other "
        "positions that match your skills and interests.\n\n"
        "Sincerely,\nTalent Acquisition\nThomond Medical Devices",
        button=("Visit the Candidate Home", "https://thomondmd.wd3.myworkday.com/careers/home"),
        footer="This is a system-generated message sent from Workday. Replies to this address "
               "are not monitored.\nThomond Medical Devices Ltd., Raheen Business Park, "
               "Limerick V94 TD63, Ireland."),
))

# 2 -- Greenhouse, closer-match wording, end of the Fitzwilliam thread.
MESSAGES.append(dict(
    kind="rejection", slug="greenhouse_closer_match_fitzwilliam", lang="en", key="I4",
    company="Fitzwilliam Payroll Bureau", contact="",
    frm=("Fitzwilliam Payroll Bureau", "no-reply@greenhouse-mail.io"),
    date="2026-08-20 10:02 +0000",
    subject="Update on your application - Payroll Administrator, Dublin 2",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Blathnaid,

Thank you for the time you have invested in the Payroll Administrator process with the
Fitzwilliam Payroll Bureau team.

We had a really strong response to this opening. Having reviewed where things stand, we
have decided to move forward with candidates whose experience more closely matches what
the role needs from day one, in particular multi-client P30 and year-end work.

We appreciate your interest in Fitzwilliam and hope you'll keep an eye on our careers
page for future roles.

Best wishes,
The Fitzwilliam Payroll Bureau Talent Team

--
Sent via Greenhouse. Please do not reply directly to this email.
""",
    html="auto",
))

# 3 -- Castletroy: on hold, human, quotes her own cancellation mail (which spoke of rebooking).
MESSAGES.append(dict(
    kind="rejection", slug="role_on_hold_castletroy", lang="en", key="CT3", parent="CT2",
    quote="gmail",
    company="Castletroy Outsourcing", contact=EIMEAR[1],
    frm=EIMEAR,
    date="2026-10-06 15:48",
    subject="Re: Tomorrow's interview - Payroll Administrator",
    text="""Hi Blathnaid,

I promised I'd come back to you once we had clarity, so here it is, though not the news
either of us wanted.

Following the loss of a large client contract last week, the role has been put on hold and
we will not proceed with any of the shortlisted candidates, including yourself. I can't
give you a date for when it might reopen, and it wouldn't be fair to keep you waiting on a
maybe.

I'm genuinely sorry, especially after we had to pull the interview at short notice.

Kind regards,
Eimear

Eimear Quilty
Talent Partner | Castletroy Outsourcing
Unit 4, Plassey Technological Park, Limerick V94 E1C2
T: +353 61 555 0290
""",
))

# 4 -- Lough Derg Foods: terse human, quoting the rebooked-call chain.
MESSAGES.append(dict(
    kind="rejection", slug="terse_human_loughderg", lang="en", key="B6", parent="B5",
    quote="gmail",
    company="Lough Derg Foods", contact=PADRAIG[1],
    frm=PADRAIG,
    date="2026-03-24 17:31",
    subject="Re: Missed call this morning",
    text="""Blathnaid,

Thanks for the chat last Tuesday. We won't be bringing you forward, I'm afraid. Best of
luck with the search.

Padraig

Sent from my iPhone
""",
))

# 5 -- Rebel Recruitment relays Barrack Street Accountants' no.
MESSAGES.append(dict(
    kind="rejection", slug="agency_relays_client_barrack", lang="en", key="D3", parent="D2b",
    quote="outlook",
    company="Barrack Street Accountants", contact=DARRAGH[1],
    frm=DARRAGH,
    date="2026-02-09 12:14",
    subject="RE: Barrack Street - interview moved to Friday",
    html="outlook",
    text="""Hi Blathnaid,

I had Maeve from Barrack Street Accountants on the phone this morning with her feedback.
She liked you and thought you presented well, but the partners want someone who has
already run a bureau payroll end to end, so it's a no from them on this one.

I know that's frustrating after two rounds of dates. For what it's worth, your Excel test
was among the best they saw and I'll be putting you forward for a couple of other roles
in Cork over the next few weeks.

Talk soon,
Darragh

Darragh Twomey | Senior Consultant, Finance & Payroll
Rebel Recruitment | 21 South Mall, Cork T12 K8D3
M: +353 86 555 0177 | www.rebelrecruitment.example.ie

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Rebel
Recruitment Ltd is registered in Ireland, no. 512233.
""",
))

# 6 -- Hospital after interview, quoting her thank-you note (Outlook, windows-1252).
MESSAGES.append(dict(
    kind="rejection", slug="after_interview_quotes_thanks_mwuh", lang="en", key="C5",
    parent="C4", quote="outlook",
    company="Mid-West University Hospital", contact=SIOBHAN[1],
    frm=SIOBHAN,
    date="2026-05-08 11:20",
    subject="RE: Thank you - Clerical Officer (Payroll) interview",
    charset="windows-1252", cte="quoted-printable",
    html="outlook",
    text="""Dear Blathnaid,

Thank you for your kind note after the interview on 21 April; the board appreciated it.

I’m writing to let you know the outcome. The interview board has recommended another
candidate for appointment to the Clerical Officer (Payroll) post, and we are therefore
unable to progress your application further in this campaign.

The board did ask me to pass on that your answers on confidentiality and on handling
queries from staff were very good. Feedback is available on request within 30 days.

Yours sincerely,

Siobhán Culhane
Recruitment Officer, HR Department
Mid-West University Hospital, St Nessan’s Road, Dooradoyle, Limerick V94 F858
Tel: 061 555 482

******************************************************************
This e-mail and any files transmitted with it are confidential and
may be legally privileged. If you are not the intended recipient,
any use, disclosure or copying is prohibited. Mid-West University
Hospital accepts no liability for viruses transmitted by e-mail.
******************************************************************
""",
))

# 7 -- Munster Payroll Partners: filled internally, short, windows-1252 8bit.
MESSAGES.append(dict(
    kind="rejection", slug="filled_internally_munster", lang="en", key="MP2", parent="MP1",
    quote="gmail",
    company="Munster Payroll Partners", contact=GEAROID[1],
    frm=GEAROID, name_enc="q-iso-8859-1",
    date="2026-02-23 09:12",
    subject="Re: CV - Payroll Administrator (Cork)",
    charset="windows-1252", cte="8bit",
    text="""Morning Blathnaid,

Just to close the loop with you – we’ve ended up filling the position internally. One of
our accounts assistants had been covering a few bureau clients and it made sense for her
to move across into it full time.

Thanks again for sending on your CV. I’ll hang on to it.

Gearóid
""",
))

# 8 -- Glanmire General Hospital: campaign cancelled, QP, legal disclaimer.
MESSAGES.append(dict(
    kind="rejection", slug="campaign_cancelled_glanmire", lang="en",
    company="Glanmire General Hospital", contact="maura.desmond@glanmiregh.example.ie",
    frm=("Maura Desmond", "maura.desmond@glanmiregh.example.ie"),
    date="2026-09-18 14:40",
    subject="Grade III Payroll Administrator - recruitment campaign GGH/2026/114",
    cte="quoted-printable",
    text="""Dear Ms Kowalczyk-Reyes,

Campaign reference: GGH/2026/114 - Grade III Payroll Administrator (permanent, whole-time)

I am writing to all applicants to this campaign. Owing to the recruitment pause announced
across the hospital group on 11 September, this campaign has been cancelled with
immediate effect and no appointment will be made from it. The shortlisting and interview
dates previously notified will not go ahead.

Should the post be re-advertised at a later date, you would be welcome to apply again; a
new application would be required.

We regret any inconvenience this causes and thank you for your interest in working with
Glanmire General Hospital.

Yours sincerely,

Maura Desmond
HR Officer, Recruitment & Staffing
Glanmire General Hospital, Hospital Road, Glanmire, Co. Cork T23 X6P4
Phone: 021 555 7731

DISCLAIMER: The information in this email is confidential and may be legally privileged.
It is intended solely for the addressee. Access to this email by anyone else is
unauthorised. If you are not the intended recipient, any disclosure, copying,
distribution or any action taken or omitted to be taken in reliance on it is prohibited
and may be unlawful.
""",
))

# 9 -- Quayside: casual colleague-style, quoting the missed-call note.
MESSAGES.append(dict(
    kind="rejection", slug="casual_colleague_quayside", lang="en", key="QS3", parent="QS2",
    quote="gmail",
    company="Quayside Accounting Group", contact=RORY[1],
    frm=RORY,
    date="2026-04-15 18:55",
    subject="Re: Sorry we missed each other",
    text="""Hey Blathnaid,

Good to finally get talking on Friday after the phone tag!

I'll be straight with you because I'd want the same: the partners went with someone who's
done a few year-ends on Thesaurus already, so we're not going ahead with you for this one.
Honestly nothing to do with the missed call, that was our fault as much as anyone's.

If we end up hiring a junior for the bureau side in the new year I'll give you a shout.

Rory
""",
))

# 10 -- Lever, formal, multipart.
MESSAGES.append(dict(
    kind="rejection", slug="lever_not_progressing_leevalley", lang="en", key="LV3",
    company="Lee Valley Precision", contact="",
    frm=("Lee Valley Precision", "no-reply@hire.lever.co"),
    date="2026-06-22 16:17 +0000",
    subject="Lee Valley Precision - Payroll & HR Administrator",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Blathnaid,

Thanks for meeting the team in Little Island earlier this month and for being flexible
when we had to change the time.

We've now completed interviews for the Payroll & HR Administrator role. While your
background in customer-facing work came through clearly, we won't be progressing your
application any further on this occasion.

We wish you every success,
People Team, Lee Valley Precision
""",
    html=ats_card(
        "Lee Valley Precision", "#2d6a4f",
        "Dear Blathnaid,\n\n"
        "Thanks for meeting the team in Little Island earlier this month and for being "
        "flexible when we had to change the time.\n\n"
        "We've now completed interviews for the Payroll & HR Administrator role. While your "
        "background in customer-facing work came through clearly, we won't be progressing "
        "your application any further on this occasion.\n\n"
        "We wish you every success,\nPeople Team, Lee Valley Precision",
        footer="Powered by Lever. You are receiving this email because you applied at "
               "jobs.lever.co/leevalleyprecision."),
))

# 11 -- Treaty Talent, client not named -> company is the agency; Outlook quote of missed note.
MESSAGES.append(dict(
    kind="rejection", slug="agency_unnamed_client_treaty", lang="en", key="TT4", parent="TT3",
    quote="outlook",
    company="Treaty Talent", contact=NIAMH[1],
    frm=NIAMH,
    date="2026-03-18 13:03",
    subject="RE: Client interview this morning",
    text="""Hi Blathnaid,

My client came back to me yesterday evening. To cut a long story short, they've decided
not to take your application any further. They did manage to talk to you on the Thursday
in the end, but they've a strong internal candidate and felt she was further along.

I'm sorry. Keep your chin up, I've a few other payroll roles coming through in Limerick
and Shannon and I'll be in touch.

Niamh

Niamh Cusack
Recruitment Consultant | Treaty Talent
Henry Street, Limerick V94 R2C6 | 061 555 093
""",
))

# 12 -- Burren & Fergus District Council: not shortlisted, windows-1252 8bit.
MESSAGES.append(dict(
    kind="rejection", slug="not_shortlisted_burren", lang="en", key="BF2", parent="BF1",
    company="Burren & Fergus District Council", contact=DEIRDRE[1],
    frm=DEIRDRE,
    date="2026-02-16 10:26",
    subject="Competition 2026/07 – Clerical Officer (Payroll Section)",
    charset="windows-1252", cte="8bit",
    text="""A chara,

Competition 2026/07 – Clerical Officer (Payroll Section), Ennis

Due to the number of applications received, a shortlisting exercise was carried out by a
board on the basis of the information supplied in the application forms.

I regret to inform you that you have not been shortlisted for interview on this occasion.
The shortlisting criteria were: at least two years’ payroll or wages experience in an
office environment, and a recognised payroll qualification (e.g. IPASS Certified Payroll
Technician).

The Council thanks you for the interest you have shown in this competition.

Is mise le meas,

Deirdre Considine
Staff Officer, Human Resources
Burren & Fergus District Council, Áras an Chontae, New Road, Ennis, Co. Clare V95 DXP2
Tel: 065 555 1020

This message is confidential and intended only for the addressee. Burren & Fergus
District Council does not accept liability for any statements made which are clearly the
sender’s own and not made on behalf of the Council.
""",
))

# 13 -- Harland via BambooHR, Reply-To the recruiter.
MESSAGES.append(dict(
    kind="rejection", slug="bamboohr_harland", lang="en", key="HA4",
    company="Harland Payroll Solutions", contact=GEMMA[1],
    frm=("Harland Payroll Solutions", "notifications@app.bamboohr.com"),
    reply_to=GEMMA,
    date="2026-04-10 14:09",
    subject="Payroll Administrator (Belfast) - an update from Harland Payroll Solutions",
    text="""Hi Blathnaid,

Thank you for coming to Adelaide Street to meet us, and again for your patience when we
moved the time around.

After a lot of deliberation we've chosen not to offer you the position. The decision came
down to experience with Northern Ireland RTI submissions, which the successful applicant
already has.

If you'd like feedback, reply to this email and I'll set up ten minutes on the phone.

All the best,
Gemma Quinn
Operations Manager, Harland Payroll Solutions
""",
    html=ats_card(
        "Harland Payroll Solutions", "#7a1f3d",
        "Hi Blathnaid,\n\n"
        "Thank you for coming to Adelaide Street to meet us, and again for your patience "
        "when we moved the time around.\n\n"
        "After a lot of deliberation we've chosen not to offer you the position. The decision "
        "came down to experience with Northern Ireland RTI submissions, which the successful "
        "applicant already has.\n\n"
        "If you'd like feedback, reply to this email and I'll set up ten minutes on the "
        "phone.\n\nAll the best,\nGemma Quinn\nOperations Manager, Harland Payroll Solutions",
        footer="Sent with BambooHR on behalf of Harland Payroll Solutions Ltd, 40 Adelaide "
               "Street, Belfast BT2 8FE."),
))

# 14 -- Kilrush Creamery after the trial day, quoting the trial-day invitation.
MESSAGES.append(dict(
    kind="rejection", slug="after_trial_day_kilrush", lang="en", key="KR2", parent="KR1",
    quote="gmail",
    company="Kilrush Creamery", contact=TADHG[1],
    frm=TADHG,
    date="2026-05-20 16:42",
    subject="Re: Trial day in the wages office",
    text="""Hi Blathnaid,

It was great having you in with Bernie and the lads in the wages office on Thursday, and
the clocking-data reconciliation you did was spot on.

On balance, though, the job is going to someone who has run Sage Payroll for a
manufacturer before, and with harvest season coming we need that from the first week.
So it's not going to work out this time round, and I wanted you to hear it from me rather
than a form letter.

Thanks for giving up the day.
Tadhg

Tadhg Keane | Financial Controller | Kilrush Creamery
Cappa Road, Kilrush, Co. Clare V15 H2X0 | 065 555 2211
""",
))

# 15 -- O'Dea Mulcahy: Outlook chain; the new text is a no, the quoted part an invitation.
MESSAGES.append(dict(
    kind="rejection", slug="outlook_chain_odea", lang="en", key="OD2", parent="OD1",
    quote="outlook",
    company="O'Dea Mulcahy & Partners", contact=FIONNUALA[1],
    frm=FIONNUALA,
    date="2026-06-26 12:01",
    subject="RE: Application: Payroll Administrator (ref OMP-14)",
    html="outlook",
    text="""Dear Blathnaid,

I wanted to let you know personally that we have offered the role to another applicant,
who has accepted. It was a close decision between the final two.

Thank you for coming in on the 16th. If you are open to it, I would like to keep your CV on
file, as we expect to take on a payroll trainee in early 2027.

With best wishes,

Fionnuala Mulcahy FCA
Partner
O'Dea Mulcahy & Partners, Chartered Accountants
7 Glentworth Street, Limerick V94 K4P1
T: +353 61 555 870 | www.odeamulcahy.example.ie
""",
))

# 16 -- iCIMS, quoted-printable, "position filled".
MESSAGES.append(dict(
    kind="rejection", slug="icims_position_filled_ballycasey", lang="en", key="BC3",
    company="Ballycasey Components", contact="",
    frm=("Ballycasey Components Talent Team", "ballycasey@talent.icims.com"),
    date="2026-05-26 06:30 -0400",
    subject="Payroll Clerk – Shannon (Req 2026-0187)",
    subject_enc="q-utf-8",
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Blathnaid Kowalczyk-Reyes,

Thank you for your interest in the Payroll Clerk – Shannon opportunity (Req 2026-0187).

This position has now been filled. Although your application will not be considered
further for this requisition, your details will remain in our talent community for six
months, and our recruiters may contact you about similar opportunities at Ballycasey
Components.

Regards,
Ballycasey Components Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
Powered by iCIMS – www.icims.com
""",
))

# 17 -- Liffey People relays Dockland Payroll's decision, with the client's mail forwarded.
MESSAGES.append(dict(
    kind="rejection", slug="agency_relays_dockland", lang="en", key="DL2", parent="DL1",
    company="Dockland Payroll", contact=CONOR[1],
    frm=CONOR,
    date="2026-09-21 17:26",
    subject="Fwd: Feedback - Blathnaid K-R",
    text="""Hi Blathnaid,

I'll forward you what Dockland sent me rather than paraphrase it. Short version: they
won't be going further with you, and as you'll see they were torn. I think it's a fair
outcome for a first interview in a multi-client bureau and I'd use the feedback.

Let's have a coffee next week, I have a couple of in-house roles in Sandyford that would
suit you better.

Conor

---------- Forwarded message ---------
From: Ruth Kinsella <ruth.kinsella@docklandpayroll.example.ie>
Date: Mon, 21 Sep 2026 at 15:02
Subject: Feedback - Blathnaid K-R
To: Conor Hegarty <conor.hegarty@liffeypeople.example.ie>

Hi Conor,

Thanks for sending Blathnaid in. Lovely manner, and her call-centre background would be a
real asset with our client queries. But we need someone who can take a 300-employee
client on their own from week two and she isn't there yet. We'll pass this time.

Happy to see other profiles from you.

Ruth

Conor Hegarty
Principal Consultant | Liffey People
Grand Canal Quay, Dublin 2, D02 WK30 | +353 1 555 4410
""",
))

# 18 -- Workable, short and templated.
MESSAGES.append(dict(
    kind="rejection", slug="workable_connswater", lang="en", key="CW2",
    company="Connswater Bakery", contact="",
    frm=("Connswater Bakery", "noreply@candidates.workablemail.com"),
    date="2026-03-20 09:44",
    subject="Your application for Payroll & Accounts Assistant at Connswater Bakery",
    text="""Hi Blathnaid,

Thanks for applying for the Payroll & Accounts Assistant position at Connswater Bakery.

We're sorry to let you know that you haven't been selected to move on to the next stage
of our hiring process.

Thanks again,
Connswater Bakery hiring team

Powered by Workable
""",
    html="auto",
))

# 19 -- Hospital in Nantes: post filled by an internal move, iso-8859-1 8bit, French quote.
MESSAGES.append(dict(
    kind="rejection", slug="poste_pourvu_interne_chel", lang="fr", key="K2", parent="K1",
    quote="gmail",
    company="Centre Hospitalier Erdre et Loire", contact=SANDRINE[1],
    frm=SANDRINE, name_enc="q-iso-8859-1",
    date="2026-06-05 16:10",
    subject="Re: Entretien – gestionnaire paie (DRH)",
    subject_enc="b-utf-8",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour Madame Kowalczyk-Reyes,

Je reviens vers vous à la suite de notre entretien du 21 mai.

Le poste de gestionnaire paie a finalement été pourvu par une mobilité interne : une
agente du service des admissions, titulaire, a fait valoir sa priorité de reclassement.
Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Je vous remercie pour la qualité de nos échanges et vous souhaite une pleine réussite
dans vos recherches.

Bien cordialement,

Sandrine Ménard
Chargée de recrutement - Direction des ressources humaines
Centre Hospitalier Erdre et Loire
12 boulevard Jacques-Cartier, 44300 Nantes
Tél. : 02 40 55 12 80
""",
))

# 20 -- SmartRecruiters, HTML only, French.
MESSAGES.append(dict(
    kind="rejection", slug="refus_ats_conserverie", lang="fr", key="CS3",
    company="Conserverie des Salorges", contact="",
    frm=("Conserverie des Salorges", "noreply@smartrecruiters.com"),
    date="2026-06-24 18:02",
    subject="Votre candidature – Assistant(e) paie H/F",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Conserverie des Salorges", "#c1440e",
        "Bonjour Blathnaid,\n\n"
        "Nous vous remercions de l'intérêt que vous portez à la Conserverie des Salorges et "
        "du temps consacré à notre processus de recrutement pour le poste d'assistant(e) "
        "paie.\n\n"
        "Après étude attentive de l'ensemble des profils, nous avons le regret de vous "
        "informer que nous ne donnerons pas suite à votre candidature.\n\n"
        "Vos données seront conservées deux ans dans notre vivier, sauf opposition de votre "
        "part.\n\n"
        "L'équipe Ressources Humaines",
        footer="Ce message a été envoyé automatiquement par SmartRecruiters pour le compte "
               "de Conserverie des Salorges SAS, quai de la Fosse, 44000 Nantes. Merci de ne "
               "pas y répondre."),
))

# 21 -- Accountancy firm in Nantes, quoting her application (iso-8859-1 QP).
MESSAGES.append(dict(
    kind="rejection", slug="refus_cabinet_durand", lang="fr",
    company="Durand & Le Goff", contact="herve.legoff@durand-legoff.example.fr",
    frm=("Hervé Le Goff", "herve.legoff@durand-legoff.example.fr"), name_enc="b-iso-8859-1",
    date="2026-03-06 11:37",
    subject="Re: Candidature spontanée - assistante paie",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="quoted-printable",
    extra_refs=["<cand.durand.0302@mail.example.ie>"],
    quote="gmail",
    quoted=dict(
        frm=("Blathnaid Kowalczyk-Reyes", "blathnaid.kr@example.ie"),
        to=("Hervé Le Goff", "herve.legoff@durand-legoff.example.fr"),
        date="2026-03-02 21:14", subject="Candidature spontanée - assistante paie",
        text="""Bonjour Monsieur Le Goff,

Je me permets de vous adresser ma candidature spontanée pour un poste d'assistante paie
au sein de votre cabinet. Je termine actuellement une formation de gestionnaire de paie
et serais disponible pour un entretien à votre convenance, en visio ou à Nantes.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Blathnaid Kowalczyk-Reyes
"""),
    text="""Bonjour Madame,

Merci pour votre message et votre CV, que j'ai lus avec attention.

Votre parcours est intéressant, mais pour cette saison nous cherchons une personne déjà
autonome sur les DSN et sur la paie du BTP, et nous n'avons pas le temps de former
quelqu'un avant l'été. Je ne peux donc pas retenir votre candidature.

N'hésitez pas à nous recontacter une fois votre formation terminée.

Cordialement,

Hervé Le Goff
Expert-comptable associé
Durand & Le Goff - Expertise comptable et audit
5 rue Crébillon, 44000 Nantes
""",
))

# 22 -- Talents Ouest Intérim relays the named client's no (Outlook French quote).
MESSAGES.append(dict(
    kind="rejection", slug="refus_client_papeteries", lang="fr", key="TO3", parent="TO2",
    quote="outlook",
    company="Papeteries de l'Erdre", contact=YANNICK[1],
    frm=YANNICK,
    date="2026-07-16 10:55",
    subject="RE: Entretien téléphonique – Papeteries de l'Erdre",
    subject_enc="q-utf-8",
    cte="base64",
    text="""Bonjour Blathnaid,

Les Papeteries de l'Erdre m'ont fait leur retour hier soir : ils ne souhaitent pas aller
plus loin avec votre profil pour la mission de gestionnaire paie. Ils ont préféré une
personne qui connaît déjà leur convention collective (industries du papier-carton).

Je suis désolé, je sais que la mission vous tenait à cœur. Je garde votre dossier actif
chez nous et je vous rappelle dès qu'une mission paie se présente sur Nantes ou
Saint-Herblain.

Bonne journée,

Yannick Le Bihan
Chargé de recrutement – Tertiaire
Talents Ouest Intérim – Agence de Nantes Centre
8 rue de Strasbourg, 44000 Nantes – 02 40 55 63 10
""",
))

# 23 -- Métropole: recruitment suspended, windows-1252 base64.
MESSAGES.append(dict(
    kind="rejection", slug="recrutement_suspendu_metropole", lang="fr", key="ME2",
    parent="ME1",
    company="Métropole Estuaire Loire", contact=CLAIRE[1],
    frm=CLAIRE,
    date="2026-09-22 14:18",
    subject="Recrutement gestionnaire carrière-paie – suite de la procédure",
    subject_enc="b-utf-8",
    charset="windows-1252", cte="base64",
    text="""Madame,

Vous aviez présenté votre candidature au poste de gestionnaire carrière-paie (réf.
2026-RH-042), et nous vous remercions de l’intérêt porté à notre collectivité.

Suite à la délibération du conseil métropolitain du 17 septembre relative au budget
supplémentaire, le recrutement sur ce poste est suspendu jusqu’à nouvel ordre. En
conséquence, la procédure est close et nous ne poursuivrons pas l’examen des
candidatures reçues, dont la vôtre.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Claire Fouquet
Responsable du pôle recrutement – Direction des ressources humaines
Métropole Estuaire Loire – 2 cours du Champ-de-Mars, 44000 Nantes
""",
))

# 24 -- Leinetal: Absage after the interview, iso-8859-1 QP, German quote header.
MESSAGES.append(dict(
    kind="rejection", slug="absage_nach_gespraech_leinetal", lang="de", key="G4",
    parent="G3", quote="gmail",
    company="Leinetal Lohnservice", contact=JANA[1],
    frm=JANA,
    date="2026-07-03 13:25",
    subject="AW: Verschiebung unseres Gesprächs",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Kowalczyk-Reyes,

nochmals herzlichen Dank für das angenehme Gespräch am 24. Juni und für Ihre Flexibilität
bei der Terminfindung.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine andere
Kandidatin entschieden, die bereits mit DATEV Lohn und Gehalt gearbeitet hat. Ihnen
können wir daher leider keine Zusage geben.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Jana Brandt
Personalreferentin

Leinetal Lohnservice GmbH
Hildesheimer Straße 212, 30519 Hannover
Tel. 0511 555 4470
Geschäftsführer: Ralf Meinecke | Amtsgericht Hannover HRB 55120
""",
))

# 25 -- softgarden, formal German, multipart.
MESSAGES.append(dict(
    kind="rejection", slug="absage_softgarden_maschsee", lang="de", key="MA3",
    company="Maschsee Antriebstechnik", contact="",
    frm=("Maschsee Antriebstechnik GmbH", "noreply@softgarden.io"),
    date="2026-07-24 07:58",
    subject="Ihre Bewerbung als Sachbearbeiter Entgeltabrechnung (m/w/d)",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Maschsee Antriebstechnik GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen und einem Abgleich mit dem Anforderungsprofil
der Position können wir Ihnen leider keine positive Rückmeldung geben.

Ihre Daten löschen wir sechs Monate nach Abschluss des Verfahrens gemäß DSGVO.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Maschsee Antriebstechnik GmbH

Diese Nachricht wurde über softgarden versendet. Antworten an diese Adresse werden nicht
gelesen.
""",
    html="auto",
))

# 26 -- Tax advisers: Outlook German quote block, windows-1252 8bit.
MESSAGES.append(dict(
    kind="rejection", slug="absage_kanzlei_brandes", lang="de", key="KB2", parent="KB1",
    quote="outlook",
    company="Brandes & Voss", contact=HENRIKE[1],
    frm=HENRIKE,
    date="2026-08-19 17:40",
    subject="AW: Einladung zum Vorstellungsgespräch – Lohnbuchhalterin",
    subject_enc="q-utf-8",
    charset="windows-1252", cte="8bit",
    html="outlook",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

danke, dass Sie sich am Montag die Zeit für uns genommen haben – auch per Video aus
Limerick war das Gespräch sehr aufschlussreich.

Wir haben uns inzwischen entschlossen, die Stelle anderweitig zu besetzen. Ausschlaggebend
waren Ihre noch fehlenden Deutschkenntnisse im Fachvokabular der Lohnsteuer, nicht Ihre
Motivation.

Mit den besten Wünschen für Ihren Umzug nach Hannover
Henrike Voss

Dr. Henrike Voss | Steuerberaterin
Brandes & Voss Steuerberatungsgesellschaft mbH
Podbielskistraße 33, 30163 Hannover | Tel. 0511 555 0933
Sitz: Hannover, AG Hannover HRB 61877
""",
))

# 27 -- Personalwerk relays the named client's decision.
MESSAGES.append(dict(
    kind="rejection", slug="absage_kunde_personalwerk", lang="de", key="PW2", parent="PW1",
    quote="gmail",
    company="Calenberger Verkehrsbetriebe", contact=TIMO[1],
    frm=TIMO,
    date="2026-09-25 11:11",
    subject="Re: Telefontermin Calenberger Verkehrsbetriebe",
    text="""Hallo Frau Kowalczyk-Reyes,

kurze Rückmeldung vom Kunden: Die Calenberger Verkehrsbetriebe haben sich nach dem
Telefonat am Montag gegen eine Fortsetzung mit Ihnen entschieden. Man sucht doch
jemanden mit Erfahrung im TVöD-Bereich, das hatte der Fachbereich vorher so nicht
gesagt.

Ich melde mich, sobald ich etwas Passenderes habe, gerade in der Lohnbuchhaltung tut sich
im Herbst einiges.

Beste Grüße
Timo Kasprzak
Personalberater | Personalwerk Niedersachsen
Georgstraße 18, 30159 Hannover | 0511 555 2290
""",
))

# 28 -- Nóminas Turia, after the no-show and her apology.
MESSAGES.append(dict(
    kind="rejection", slug="rechazo_turia_tras_ausencia", lang="es", key="F5", parent="F4",
    quote="gmail",
    company="Nóminas Turia", contact=LUCIA[1],
    frm=LUCIA, name_enc="q-utf-8",
    date="2026-06-02 12:33",
    subject="Re: Disculpas por la videollamada del viernes",
    text="""Hola, Blathnaid:

Gracias por explicarnos lo del corte de conexión; son cosas que pasan.

Aun así, te escribo para decirte que hemos decidido continuar el proceso con otras
personas candidatas que encajan mejor con lo que necesitamos ahora mismo, sobre todo por
la experiencia con el Sistema RED de la Seguridad Social. No vamos a reprogramar la
entrevista.

Te deseo mucha suerte en la búsqueda.

Un saludo,
Lucía Ferrer Climent
Responsable de Personas
Nóminas Turia S.L. · C/ Colón 48, 46004 València · 96 555 31 40
""",
))

# 29 -- Teamtailor, Spanish, HTML card, encoded display name.
MESSAGES.append(dict(
    kind="rejection", slug="rechazo_ats_ceramicas", lang="es", key="CA1",
    company="Cerámicas Albufera", contact="",
    frm=("Cerámicas Albufera", "no-reply@teamtailor-mail.com"), name_enc="b-utf-8",
    date="2026-09-28 09:15",
    subject="Sobre tu candidatura: Administrativo/a de nóminas",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Blathnaid:

Muchas gracias por tu interés en formar parte de Cerámicas Albufera y por el tiempo que
has dedicado al proceso.

En esta ocasión tu candidatura no ha sido seleccionada para continuar. Ha sido un proceso
con muchas candidaturas y perfiles muy completos.

Un saludo cordial,
Equipo de Talento de Cerámicas Albufera
""",
    html=ats_card(
        "Cerámicas Albufera", "#0b6e99",
        "Hola Blathnaid:\n\n"
        "Muchas gracias por tu interés en formar parte de Cerámicas Albufera y por el tiempo "
        "que has dedicado al proceso.\n\n"
        "En esta ocasión tu candidatura no ha sido seleccionada para continuar. Ha sido un "
        "proceso con muchas candidaturas y perfiles muy completos.\n\n"
        "Un saludo cordial,\nEquipo de Talento de Cerámicas Albufera",
        footer="Enviado con Teamtailor. Cerámicas Albufera S.A., Polígono Industrial "
               "Sur, 46470 Catarroja (Valencia)."),
))

# 30 -- Small advisory firm: casual, iso-8859-1 8bit.
MESSAGES.append(dict(
    kind="rejection", slug="rechazo_casual_asesoria", lang="es",
    company="Asesoría Benlloch y Ferrer", contact="pau@benllochferrer.example.es",
    frm=("Pau Benlloch", "pau@benllochferrer.example.es"),
    date="2026-07-09 19:02",
    subject="Lo del puesto de nóminas",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="8bit",
    text="""¡Hola Blathnaid!

Te escribo rapidito porque estamos con el cierre del mes. Al final nos quedamos con una
chica que ya conocía nuestro programa de nóminas y que vive aquí al lado, en Ruzafa, así
que lo tuyo no sigue adelante. Me sabe mal porque la charla del otro día fue muy
agradable.

Si vuelves por Valencia, pásate a tomar un café.

Pau
""",
))

# 31 -- Public consortium: call annulled, windows-1252 QP, data-protection footer.
MESSAGES.append(dict(
    kind="rejection", slug="plaza_anulada_consorcio", lang="es",
    company="Consorcio Valenciano de Servicios Locales", contact="asoler@cvsl.example.es",
    frm=("Amparo Soler Gil", "asoler@cvsl.example.es"),
    date="2026-10-01 13:50",
    subject="Convocatoria 12/2026 - Auxiliar administrativo/a (Nóminas)",
    subject_enc="b-iso-8859-1",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Sra. Kowalczyk-Reyes:

Le comunicamos que, por resolución de la Gerencia de 29 de septiembre de 2026, la
convocatoria 12/2026 para la cobertura temporal de una plaza de auxiliar administrativo/a
adscrita a la unidad de Nóminas ha quedado anulada, al haberse amortizado la plaza en el
presupuesto del próximo ejercicio.

Por este motivo no se proseguirá con el proceso de selección ni se celebrará la prueba
práctica prevista.

Atentamente,

Amparo Soler Gil
Jefa de Sección de Recursos Humanos
Consorcio Valenciano de Servicios Locales – C/ del Justícia 4, 46004 València

Protección de datos: sus datos se tratan con la finalidad de gestionar el proceso
selectivo. Puede ejercer sus derechos ante el Delegado de Protección de Datos en
dpd@cvsl.example.es. Este mensaje es confidencial; si lo ha recibido por error, le
rogamos que lo comunique al remitente y lo elimine.
""",
))
