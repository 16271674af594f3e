"""Corpus 255 - rejections (31). Each dict is one hand-written message."""

from msgs255_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    outlook,
    outlook_html,
    reply,
)

_DECLAN = ("Declan Howlett", "declan.howlett@anglials.example.co.uk")

REJECTIONS = [
    # ------------------------------------------------------------------ English
    dict(
        key="granta_agency_relays_no",
        lang="en", company="Granta Trials", contact="declan.howlett@anglials.example.co.uk",
        date="2026-02-11 16:42 +0000",
        **{"from": _DECLAN},
        subject="Re: Granta Trials - interview Tues 3rd Feb",
        parent="granta_agency_sets_up_interview",
        text=reply(
            """Hi Rosalind,

Had a call back from Granta this afternoon and I'm afraid it's a no from them this time.

Their feedback was genuinely warm - they liked your patient-facing background and the way you talked about consent conversations with anxious owners - but they've gone with someone who has already run site initiation visits on a Phase II study, and in the end that tipped it.

I know that's frustrating when the gap is experience you can only get by getting in somewhere. I've got two coordinator briefs landing next week that are far more open to transferable clinical skills, so please don't be disheartened. I'll ring you Monday morning.

Cheers,
Declan

Declan Howlett
Senior Consultant, Clinical Operations
Anglia Life Sciences Recruitment
Suite 4, Neptune Quay, Ipswich IP4 1AX
t: 01473 555 218 | m: 07700 900 418
""",
            "en", "2026-01-27 14:20", "Declan Howlett", _DECLAN[1],
            """Hi Rosalind,

Good news - Granta Trials would like to meet you for the Clinical Research Coordinator post. I've pencilled in Tuesday 3rd February at 11:00 at their Science Park office, with the Head of Site Operations and one of the senior CRCs. Could you confirm you can make that?

Best,
Declan""",
        ),
        cte="8bit",
    ),
    dict(
        key="rijnstad_greenhouse_after_missed",
        lang="en", company="Rijnstad Clinical Research",
        contact="maartje.devries@rijnstad.example.nl",
        date="2026-04-01 10:48 +0200",
        **{"from": ("Maartje de Vries via Greenhouse", "no-reply@us.greenhouse-mail.io")},
        reply_to=("Maartje de Vries", "maartje.devries@rijnstad.example.nl"),
        subject="Your application: Clinical Research Associate I (Leiden)",
        parent="rijnstad_waited_on_teams",
        text="""Dear Rosalind,

Thank you for getting back to us after the video call that did not go ahead on 24 March, and for explaining what happened with the link.

We have now completed the first round for the Clinical Research Associate I position. Having reviewed the applications we received, we will not be taking your candidacy further. The hiring team needed someone who could start monitoring visits in the Netherlands and Belgium almost straight away, and candidates with CRA certification were prioritised at this stage.

We appreciate the time you invested, and we wish you every success in your move into clinical research.

Kind regards,

Maartje de Vries
Talent Acquisition Partner | Rijnstad Clinical Research
Zernikedreef 40, 2333 CK Leiden, The Netherlands
""",
        html=ats_card("Rijnstad Clinical Research", "#0b6e4f", """Dear Rosalind,

Thank you for getting back to us after the video call that did not go ahead on 24 March, and for explaining what happened with the link.

We have now completed the first round for the Clinical Research Associate I position. Having reviewed the applications we received, we will not be taking your candidacy further. The hiring team needed someone who could start monitoring visits in the Netherlands and Belgium almost straight away, and candidates with CRA certification were prioritised at this stage.

We appreciate the time you invested, and we wish you every success in your move into clinical research.

Kind regards,

Maartje de Vries
Talent Acquisition Partner | Rijnstad Clinical Research
Zernikedreef 40, 2333 CK Leiden, The Netherlands""", "Sent via Greenhouse. Rijnstad Clinical Research processes candidate data in line with its privacy notice."),
    ),
    dict(
        key="thamesbridge_after_interview_quotes_thanks",
        lang="en", company="Thamesbridge Clinical", contact="sunita.rao@thamesbridge.example.co.uk",
        date="2026-04-20 11:30 +0100",
        **{"from": ("Sunita Rao", "sunita.rao@thamesbridge.example.co.uk")},
        subject="Re: Thank you - CRC interview on Friday",
        parent="sent_thamesbridge_thanks",
        text=reply(
            """Hi Rosalind,

Thanks so much for your lovely note, and apologies that it has taken me over a week to come back to you.

We met some really strong people for this one and it was a close call, but the panel has decided to offer the role to a candidate who has coordinated vaccine studies in a hospital research unit before. It was your lack of direct GCP-regulated trial experience rather than anything about how you came across - honestly, Dr Okafor said your answer on managing a deteriorating patient was the best she'd heard all week.

If a trainee CRC post opens up in the summer I would very much like to get in touch, if that's alright with you.

All the best,
Sunita

Sunita Rao | Senior Talent Partner
Thamesbridge Clinical
3 Gainsford Street, London SE1 2NE
+44 20 7946 0812
""",
            "en", "2026-04-10 17:55", CAND_NAME, CAND_ADDR,
            """Dear Sunita,

Thank you for taking the time to interview me this afternoon, and please pass my thanks to Dr Okafor too. I really enjoyed hearing about the respiratory vaccine programme and how the unit runs its screening days.

I'm very enthusiastic about the role and I'd be delighted to move to the next stage if there is one.

Best wishes,
Rosalind""",
        ),
        cte="qp",
    ),
    dict(
        key="cam_valley_taleo_formal",
        lang="en", company="Cam Valley Hospitals NHS Foundation Trust", contact="",
        date="2026-02-24 07:15 +0000",
        **{"from": ("Cam Valley Hospitals Recruitment", "no-reply@taleo.net")},
        subject="Application update - Research Practitioner (Band 5), ref 417-RP-0226",
        parent="cam_valley_taleo_slot_cancelled",
        html=ats_card("Cam Valley Hospitals NHS Foundation Trust", "#005eb8", """Dear Rosalind Mbatha-Eriksen,

Vacancy: Research Practitioner (Band 5), Clinical Research Facility
Reference: 417-RP-0226

Thank you for attending for interview for the above post.

We regret to inform you that on this occasion you have not been successful. The interview panel's decision was based on the essential criteria in the person specification, in particular recent experience of recruiting participants to NIHR portfolio studies.

If you would like feedback, please contact the recruiting manager named in the advert within 28 days of this notification.

Thank you for your interest in working for Cam Valley Hospitals.

Recruitment Services
Cam Valley Hospitals NHS Foundation Trust""", "This is an automated message from an unmonitored mailbox. Please do not reply."),
    ),
    dict(
        key="orwell_role_on_hold",
        lang="en", company="Orwell Research Services", contact="graham.lockwood@orwellresearch.example.co.uk",
        date="2026-06-01 09:02 +0100",
        **{"from": ("Graham Lockwood", "graham.lockwood@orwellresearch.example.co.uk")},
        subject="Study Coordinator vacancy - update",
        parent="orwell_tried_calling_twice",
        text="""Dear Rosalind,

I wanted to let you know personally where things stand with the Study Coordinator vacancy, as you’ve been patient with us - and we did manage to talk in the end after the mix-up with the phone numbers.

Our sponsor has paused the dermatology programme that this post was created to support, and as a result the role has been put on hold and we will not proceed with any appointment for the foreseeable future. This isn’t a reflection on you; we've had to write to everyone in the process with the same news.

I’m sorry it ends this way. Should the programme restart we will re-advertise, and you would be very welcome to apply again.

Regards,

Graham Lockwood
Operations Manager
Orwell Research Services Ltd
Unit 7, Ransomes Europark, Ipswich IP3 9SJ
Tel 01473 555 640

Orwell Research Services Ltd is registered in England and Wales, company no. 08812345. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        key="southwark_filled_internally",
        lang="en", company="Southwark Royal Infirmary", contact="funmi.adeyemi@southwarkroyal.example.org.uk",
        date="2026-06-10 15:27 +0100",
        **{"from": ("Funmi Adeyemi", "funmi.adeyemi@southwarkroyal.example.org.uk")},
        subject="Clinical Trials Assistant - R&D Department",
        text="""Dear Ms Mbatha-Eriksen,

Thank you for applying for the Clinical Trials Assistant post in our Research & Development department.

I'm writing to let you know that the vacancy has been filled internally: a member of our haematology research team applied under the redeployment scheme and, under our policy, staff at risk are offered suitable posts before external candidates are considered. The interviews we had planned will therefore not take place.

I appreciate this will be disappointing after the effort you put into your supporting statement. We advertise research posts regularly on our careers page.

Yours sincerely,

Funmi Adeyemi
Research Workforce Lead
Research & Development, Southwark Royal Infirmary
Lower Marsh Wing, London SE1 7EH
020 7946 0455
""",
        html=outlook_html("""Dear Ms Mbatha-Eriksen,

Thank you for applying for the Clinical Trials Assistant post in our Research & Development department.

I'm writing to let you know that the vacancy has been filled internally: a member of our haematology research team applied under the redeployment scheme and, under our policy, staff at risk are offered suitable posts before external candidates are considered. The interviews we had planned will therefore not take place.

I appreciate this will be disappointing after the effort you put into your supporting statement. We advertise research posts regularly on our careers page.

Yours sincerely,

Funmi Adeyemi
Research Workforce Lead
Research & Development, Southwark Royal Infirmary
Lower Marsh Wing, London SE1 7EH
020 7946 0455"""),
    ),
    dict(
        key="yare_terse",
        lang="en", company="Yare Animal Health", contact="pete.sallis@yareanimalhealth.example.co.uk",
        date="2026-07-24 17:51 +0100",
        **{"from": ("Pete Sallis", "pete.sallis@yareanimalhealth.example.co.uk")},
        subject="Re: Trial day 17th",
        parent="yare_trial_day_postponed",
        text="""Rosalind - thanks for coming in on the 17th. We won't be taking it forward. Good luck.

Pete

Sent from my iPhone
""",
    ),
    dict(
        key="bure_valley_casual",
        lang="en", company="Bure Valley Referrals", contact="jess.thurlow@burevalleyvets.example.co.uk",
        date="2026-01-29 20:14 +0000",
        **{"from": ("Jess Thurlow", "jess.thurlow@burevalleyvets.example.co.uk")},
        subject="research nurse thing",
        parent="bure_valley_cv_received",
        text="""Hey Ros,

Right, bad news I'm afraid - we've given the research nurse post to Callum from the ICU team. Felt rotten telling you over email rather than in the car park but didn't want you hearing it second-hand at the Christmas-do-in-January thing on Saturday.

Honestly it was between the two of you and it came down to him already having done the orthopaedic implant study with Dr Barnes. Your application was ace though.

Drink on me Saturday?

J x
""",
    ),
    dict(
        key="zijlpoort_lever_after_interview",
        lang="en", company="Zijlpoort Biotherapeutics", contact="",
        date="2026-06-02 08:30 +0000",
        **{"from": ("Zijlpoort Biotherapeutics", "no-reply@hire.lever.co")},
        subject="Update on your Clinical Study Coordinator application at Zijlpoort Biotherapeutics",
        parent="zijlpoort_lever_video_invite",
        text="""Hi Rosalind,

Thank you for speaking with our clinical operations team last month about the Clinical Study Coordinator opening in Leiden.

After careful consideration, the team has chosen to pursue other applicants for this position. We received a very high number of applications, and we know how much effort goes into every one of them.

We will keep your profile in our system and may reach out if a role opens that matches your experience.

Best,
The Zijlpoort Talent Team

Zijlpoort Biotherapeutics B.V. - Sylviusweg 71, Leiden
You are receiving this email because you applied for a position at Zijlpoort Biotherapeutics.
""",
        html=ats_card("Zijlpoort Biotherapeutics", "#3b3b98", """Hi Rosalind,

Thank you for speaking with our clinical operations team last month about the Clinical Study Coordinator opening in Leiden.

After careful consideration, the team has chosen to pursue other applicants for this position. We received a very high number of applications, and we know how much effort goes into every one of them.

We will keep your profile in our system and may reach out if a role opens that matches your experience.

Best,
The Zijlpoort Talent Team""", "Zijlpoort Biotherapeutics B.V. - Sylviusweg 71, Leiden. You are receiving this email because you applied for a position at Zijlpoort Biotherapeutics. Powered by Lever."),
    ),
    dict(
        key="east_norfolk_uni_post_withdrawn",
        lang="en", company="East Norfolk University", contact="karen.bly@eastnorfolk.example.ac.uk",
        date="2026-03-13 12:06 +0000",
        **{"from": ("Karen Bly", "karen.bly@eastnorfolk.example.ac.uk")},
        subject="Research Assistant (Companion Animal Cohort) - post withdrawn",
        parent="east_norfolk_uni_ack",
        text="""Dear Rosalind,

Re: Research Assistant (Companion Animal Cohort), School of Veterinary & Health Sciences – ref. ENU-2026-0193

I am writing on behalf of the selection panel to let you know that the School has withdrawn this post. The grant extension on which the role depended was not approved by the funder at its February meeting, so the vacancy has been cancelled and shortlisting will not go ahead.

We are sorry to bring you this news after you took the time to complete the application, and we are grateful for your interest in the School’s research.

With best wishes,

Karen Bly
HR Adviser (Recruitment) - Faculty of Science
East Norfolk University, Earlham Road Campus, Norwich NR4 7ZZ
Tel: 01603 555 372

This e-mail is confidential and may be privileged. If you are not the intended recipient please tell the sender and delete it; you must not copy, forward or disclose its contents. The University accepts no liability for viruses.
""",
        charset="windows-1252", cte="qp",
    ),
    dict(
        key="kingfisher_icims_no",
        lang="en", company="Kingfisher Contract Research", contact="",
        date="2026-03-27 18:03 -0400",
        **{"from": ("Kingfisher Contract Research Careers", "no-reply@icims.com")},
        subject="Kingfisher Contract Research - Req 26-0311 In-House CRA Trainee",
        parent="kingfisher_recruiter_unreachable",
        html=ats_card("Kingfisher Contract Research", "#1b4965", """Dear Rosalind,

Thank you for your interest in the In-House CRA Trainee opportunity (requisition 26-0311) at Kingfisher Contract Research.

We have completed our review and regret that we are unable to offer you a position at this time. Because we were not able to hold the screening call that had been arranged, we have continued the process with the candidates who completed every stage.

We encourage you to keep an eye on our career site for future openings.

Sincerely,
Kingfisher Contract Research Talent Acquisition""", "Please do not reply to this automated message. Kingfisher Contract Research is an equal opportunity employer.", ("Visit our career site", "https://careers-kingfishercr.icims.com/jobs")),
    ),
    dict(
        key="helixmoor_ashby_after_second_round",
        lang="en", company="Helixmoor Bio", contact="",
        date="2026-07-20 14:11 +0100",
        **{"from": ("Helixmoor Bio Hiring Team", "no-reply@ashbyhq.com")},
        subject="Helixmoor Bio: Clinical Operations Coordinator",
        parent="helixmoor_ashby_rescheduled",
        text="""Hi Rosalind,

Thanks again for the time you spent with the Clinical Operations team, including the rearranged conversation with our Head of Trials.

We've made the difficult decision not to move your application forward. This was a competitive search and the final decision came down to prior experience with electronic trial master files, which is central to this hire.

We'd love to stay in touch - you're welcome to join our talent community, and we'll let you know about roles that might be a better fit.

Warmly,
Helixmoor Bio Talent
Cambridge Biomedical Campus
""",
        cte="qp",
    ),
    dict(
        key="kite_moss_unnamed_client",
        lang="en", company="Kite & Moss Search", contact="felicity@kitemoss.example.co.uk",
        date="2026-08-04 13:37 +0100",
        **{"from": ("Felicity Arkwright", "felicity@kitemoss.example.co.uk")},
        subject="Feedback - CRC opportunity (confidential client)",
        text="""Dear Rosalind,

As promised, I'm coming back to you on the confidential coordinator opportunity with my Cambridge biotech client.

They have reviewed the shortlist I presented and, after some deliberation, have asked me not to progress your profile to interview. Their view is that for this particular team - which will be running first-in-human studies with a very small headcount - they need someone who can act as the sponsor's point of contact from day one.

For what it's worth I disagree with them slightly, and I told them so. I'd still very much like to represent you elsewhere; I'll be in touch once I have something suitable.

With kind regards,

Felicity Arkwright
Director, Life Sciences Practice
Kite & Moss Search
14 Jesus Lane, Cambridge CB5 8BA
01223 555 907

Kite & Moss Search is an employment agency and employment business. Confidential: intended only for the named recipient.
""",
    ),
    dict(
        key="gipping_smartrecruiters",
        lang="en", company="Gipping Vet Diagnostics", contact="",
        date="2026-08-19 06:40 +0000",
        **{"from": ("Gipping Vet Diagnostics", "no-reply@smartrecruiters.com")},
        subject="Your application for Laboratory Study Coordinator",
        text="""Dear Rosalind,

We appreciate your interest in the Laboratory Study Coordinator role at Gipping Vet Diagnostics.

We have now reviewed all applications. Although your background as a registered veterinary nurse is impressive, we have identified applicants whose laboratory quality-systems experience is a closer fit, and we won't be inviting you to the next stage.

Please don't let this discourage you from applying for other opportunities with us in the future.

Kind regards,
Talent Team, Gipping Vet Diagnostics
Hadleigh Road Industrial Estate, Ipswich IP2 0HR

This message was sent by SmartRecruiters on behalf of Gipping Vet Diagnostics. Replies to this address are not monitored.
""",
        cte="base64",
    ),
    dict(
        key="fenland_after_interview_outlook",
        lang="en", company="Fenland Veterinary Pharma", contact="alistair.moy@fenlandvetpharma.example.co.uk",
        date="2026-09-15 10:22 +0100",
        **{"from": ("Moy, Alistair (Dr)", "alistair.moy@fenlandvetpharma.example.co.uk")},
        subject="RE: Thank you for Wednesday's interview",
        headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Thank you for Wednesday's interview")],
        text=outlook(
            """Dear Rosalind,

Thank you for your kind message, and for coming out to Wisbech last Wednesday.

I'm sorry to tell you that we have decided not to appoint you to the Field Trials Coordinator position. You interviewed well and your farm-animal placement clearly gave you a good feel for on-farm work, but the panel felt the successful candidate's experience of running GCP-V studies across multiple farms made them better placed to hit the ground running this autumn.

I would be happy to give you more detailed feedback over the phone if that would be useful.

Kind regards,
Alistair

Dr Alistair Moy BVSc MRCVS
Head of Clinical Development
Fenland Veterinary Pharma Ltd
Cromwell Road, Wisbech PE13 2RZ
T: 01945 555 120

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Fenland Veterinary Pharma Ltd, registered in England no. 04455120.""",
            "en", "09 September 2026 19:12", f"{CAND_NAME} <{CAND_ADDR}>",
            "Moy, Alistair (Dr) <alistair.moy@fenlandvetpharma.example.co.uk>",
            "Thank you for Wednesday's interview",
            """Dear Dr Moy,

Thank you for inviting me to interview for the Field Trials Coordinator role today. It was great to see the trial sheds and to hear how the team plans the mastitis study visits.

I'm very keen on the position and would welcome the chance to join the team.

Kind regards,
Rosalind Mbatha-Eriksen""",
        ),
        cte="qp",
    ),
    dict(
        key="stour_valley_bamboohr",
        lang="en", company="Stour Valley Trials", contact="",
        date="2026-09-30 16:00 +0100",
        **{"from": ("Stour Valley Trials", "no-reply@bamboohr.com")},
        subject="Regarding your application with Stour Valley Trials",
        text="""Hello Rosalind,

We wanted to update you on the Research Coordinator position at Stour Valley Trials.

Our hiring manager has reviewed your application in full, and we are sorry to say we've chosen not to continue with it. Since we were unable to meet as planned, we did not have enough information to take you to the final stage.

We genuinely appreciate your interest and wish you the very best.

Stour Valley Trials
Manningtree, Essex
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p>Hello Rosalind,</p>
<p>We wanted to update you on the Research Coordinator position at Stour Valley Trials.</p>
<p>Our hiring manager has reviewed your application in full, and we are sorry to say we've chosen not to continue with it. Since we were unable to meet as planned, we did not have enough information to take you to the final stage.</p>
<p>We genuinely appreciate your interest and wish you the very best.</p>
<p>Stour Valley Trials<br>Manningtree, Essex</p>
<p style="font-size:11px;color:#999">Sent with BambooHR</p>
</body></html>
""",
    ),
    dict(
        key="broadland_not_shortlisted",
        lang="en", company="Broadland University Hospitals NHS Foundation Trust",
        contact="tessa.gedge@broadlandhospitals.example.nhs.uk",
        date="2026-10-06 11:45 +0100",
        **{"from": ("Broadland Hospitals Recruitment", "recruitment-noreply@broadlandhospitals.example.nhs.uk")},
        reply_to=("Tessa Gedge", "tessa.gedge@broadlandhospitals.example.nhs.uk"),
        subject="Shortlisting outcome: Clinical Research Nurse/Practitioner - Cardiology",
        text="""Dear Rosalind

Job reference: 288-CRN-1009 Clinical Research Nurse/Practitioner - Cardiology

Thank you for your application for the above post. The shortlisting panel met on 2 October and I'm sorry to tell you that you were not shortlisted for interview on this occasion.

Because the post involves administering investigational medicinal products to patients, the panel required current NMC or HCPC registration. Your RCVS registration, while relevant experience, does not meet this essential criterion. Our non-registered Clinical Research Practitioner posts may be a better route in; they are advertised on the Trust's vacancy pages.

If you have any questions please reply to this email and it will reach me directly.

Kind regards

Tessa Gedge
Recruitment Officer, Research & Innovation
Broadland University Hospitals NHS Foundation Trust
Colney Lane, Norwich NR4 7ZY

This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. NHS email may be monitored and is subject to the Freedom of Information Act 2000.
""",
        cte="qp",
    ),
    dict(
        key="petrie_workable_move_forward",
        lang="en", company="Petrie Health Data", contact="",
        date="2026-10-14 09:19 +0100",
        **{"from": ("Petrie Health Data", "noreply@candidates.workablemail.com")},
        subject="Petrie Health Data - Clinical Data Coordinator",
        parent="petrie_workable_no_show",
        html=ats_card("Petrie Health Data", "#6a4c93", """Hi Rosalind,

Thanks for your interest in the Clinical Data Coordinator role.

We've decided to move forward with candidates whose experience more closely matches what we need right now. We know this isn't the news you were hoping for.

Thanks again for applying and good luck with your search.

The Petrie Health Data team
Shoreditch, London""", "Sent via Workable. You received this email because you applied for a job at Petrie Health Data."),
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="confluence_apres_entretien",
        lang="fr", company="Confluence Recherche Clinique", contact="elodie.marchand@confluence-rc.example.fr",
        date="2026-05-06 14:08 +0200",
        **{"from": ("Élodie Marchand", "elodie.marchand@confluence-rc.example.fr", "utf-8", "q")},
        subject="Votre candidature - Coordinatrice d'études cliniques",
        subject_enc=("utf-8", "q"),
        parent="confluence_entretien_reprogramme",
        text="""Bonjour Rosalind,

Merci encore d'avoir pris le temps d'échanger avec nous le 24 avril, après le petit imbroglio du premier rendez-vous.

Nous avons terminé les entretiens pour le poste de coordinatrice d'études cliniques. Malgré la qualité de votre parcours, nous avons retenu une candidate déjà formée aux Bonnes Pratiques Cliniques et ayant travaillé en centre investigateur. Ce choix n'enlève rien à l'intérêt de votre profil, que l'équipe a trouvé original.

Avec votre accord, je conserve votre CV pour nos prochains recrutements à Lyon.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Confluence Recherche Clinique
12 quai Perrache, 69002 Lyon
04 72 55 50 31
""",
        cte="qp",
    ),
    dict(
        key="saone_teamtailor",
        lang="fr", company="Saône Santé Animale", contact="",
        date="2026-03-11 09:00 +0100",
        **{"from": ("Saône Santé Animale", "no-reply@teamtailor-mail.com", "iso-8859-1", "q")},
        subject="Suite donnée à votre candidature",
        subject_enc=("iso-8859-1", "q", "mixed"),
        parent="saone_entretien_visio",
        text="""Bonjour Rosalind,

Nous vous remercions pour l'intérêt que vous portez à Saône Santé Animale et pour l'entretien du 26 février.

Après une étude attentive, nous sommes au regret de vous informer que votre candidature au poste d'Assistante études cliniques vétérinaires n'a pas été retenue. D'autres profils correspondaient davantage aux exigences du poste, notamment sur le suivi réglementaire des essais terrain.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe Talents
Saône Santé Animale
""",
        html=ats_card("Saône Santé Animale", "#c0392b", """Bonjour Rosalind,

Nous vous remercions pour l'intérêt que vous portez à Saône Santé Animale et pour l'entretien du 26 février.

Après une étude attentive, nous sommes au regret de vous informer que votre candidature au poste d'Assistante études cliniques vétérinaires n'a pas été retenue. D'autres profils correspondaient davantage aux exigences du poste, notamment sur le suivi réglementaire des essais terrain.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe Talents
Saône Santé Animale""", "Envoyé avec Teamtailor. Vous recevez cet e-mail car vous avez postulé chez Saône Santé Animale."),
    ),
    dict(
        key="talents_sante_client_bellecour_non",
        lang="fr", company="Laboratoires Bellecour", contact="julien.berthier@talents-sante.example.fr",
        date="2026-06-19 18:20 +0200",
        **{"from": ("Julien Berthier", "julien.berthier@talents-sante.example.fr")},
        subject="Retour des Laboratoires Bellecour",
        subject_enc=("iso-8859-1", "b"),
        parent="talents_sante_entretien_client",
        text=outlook(
            """Bonsoir Rosalind,

J'ai eu ce soir au téléphone la DRH des Laboratoires Bellecour. Je préfère être franc avec vous : ils ne donneront pas suite.

Ils ont apprécié votre énergie et votre expérience du terrain, mais ils cherchent finalement quelqu'un de bilingue français-anglais avec un niveau de français écrit irréprochable pour rédiger les rapports destinés à l'ANSM. C'est le critère qui a fait pencher la balance.

Je reste évidemment à vos côtés pour la suite ; j'ai un autre client à Villeurbanne qui pourrait être intéressé par un profil comme le vôtre. Je vous appelle lundi.

Bien à vous,

Julien Berthier
Consultant senior - Santé & Sciences de la vie
Talents Santé Lyon
45 rue de la République, 69002 Lyon
06 55 50 18 42""",
            "fr", "jeudi 4 juin 2026 17:10", "Julien Berthier <julien.berthier@talents-sante.example.fr>",
            f"{CAND_NAME} <{CAND_ADDR}>", "Entretien chez notre client Laboratoires Bellecour - jeudi 11 juin",
            """Bonjour Rosalind,

Excellente nouvelle : les Laboratoires Bellecour souhaitent vous rencontrer pour le poste d'attachée de recherche clinique junior en santé animale !

Rendez-vous le jeudi 11 juin à 9h30 dans leurs locaux, 27 rue de Gerland, 69007 Lyon.

Julien Berthier""",
        ),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        key="lyon_vaise_pourvu_en_interne",
        lang="fr", company="Centre Hospitalier Lyon-Vaise", contact="nathalie.perrin@ch-lyonvaise.example.fr",
        date="2026-07-09 11:12 +0200",
        **{"from": ("Nathalie Perrin", "nathalie.perrin@ch-lyonvaise.example.fr")},
        subject="Poste de technicienne de recherche clinique - information",
        text="""Madame,

Vous avez fait acte de candidature au poste de technicienne de recherche clinique au sein de notre Unité de Recherche Clinique, et nous vous en remercions.

Je vous informe que ce poste a été pourvu en interne par mobilité d'un agent de l'établissement. La procédure de recrutement externe est donc close et les entretiens prévus n'auront pas lieu.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Nathalie Perrin
Attachée d'administration - Direction des Ressources Humaines
Centre Hospitalier Lyon-Vaise
8 rue Saint-Pierre-de-Vaise, 69009 Lyon

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation non autorisée est interdite.
""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        key="rhodanie_successfactors",
        lang="fr", company="Rhodanie Pharma", contact="",
        date="2026-10-02 07:45 +0200",
        **{"from": ("Rhodanie Pharma Recrutement", "noreply@successfactors.eu")},
        subject="Rhodanie Pharma : réponse à votre candidature (réf. 2026-0877)",
        subject_enc=("utf-8", "b"),
        parent="rhodanie_successfactors_ack",
        text="""Chère Madame Mbatha-Eriksen,

Nous avons bien étudié votre dossier pour le poste de Coordinatrice Pharmacovigilance Vétérinaire (réf. 2026-0877).

Nous sommes au regret de ne pouvoir y répondre favorablement. Le nombre important de candidatures reçues et le niveau d'expérience requis en pharmacovigilance nous ont conduits à privilégier d'autres candidats.

Conformément au RGPD, vos données seront conservées vingt-quatre mois, sauf opposition de votre part.

Cordialement,
La Direction des Ressources Humaines
Rhodanie Pharma - Saint-Priest
""",
        cte="base64",
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="neckar_nach_gespraech",
        lang="de", company="Neckar Klinische Forschung", contact="jonas.brenner@neckar-kf.example.de",
        date="2026-06-03 15:31 +0200",
        **{"from": ("Jonas Brenner", "jonas.brenner@neckar-kf.example.de")},
        subject="AW: Vielen Dank für das Gespräch am 27.05.",
        subject_enc=("utf-8", "q", "mixed"),
        parent="neckar_neuer_termin",
        text=reply(
            """Liebe Frau Mbatha-Eriksen,

herzlichen Dank für Ihre freundliche Nachricht und noch einmal für Ihre Geduld, nachdem wir den ersten Termin absagen mussten.

Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, die bereits als Study Nurse in einem onkologischen Prüfzentrum gearbeitet hat. Für die Stelle als Studienkoordinatorin ist fließendes Deutsch im Umgang mit Prüfärzten und Patienten unverzichtbar, und hier hatte die Mitbewerberin einen klaren Vorsprung.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren Weg in die klinische Forschung alles Gute.

Mit freundlichen Grüßen

Jonas Brenner
Personalreferent
Neckar Klinische Forschung GmbH
Im Neuenheimer Feld 582, 69120 Heidelberg
Tel. +49 6221 555 4410

Neckar Klinische Forschung GmbH - Sitz: Heidelberg - Amtsgericht Mannheim HRB 712345 - Geschäftsführerin: Dr. Katharina Vogt
""",
            "de", "2026-05-27 17:40", CAND_NAME, CAND_ADDR,
            """Sehr geehrter Herr Brenner,

vielen Dank für das angenehme Gespräch heute Vormittag und die Führung durch die Studienambulanz. Ich würde mich sehr freuen, Teil Ihres Teams zu werden, und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Rosalind Mbatha-Eriksen""",
        ),
        cte="8bit",
    ),
    dict(
        key="studienzentrum_personio",
        lang="de", company="Studienzentrum Kurpfalz", contact="sabine.kessler@studienzentrum-kurpfalz.example.de",
        date="2026-02-05 10:03 +0100",
        **{"from": ("Studienzentrum Kurpfalz", "noreply@personio.de")},
        reply_to=("Sabine Keßler", "sabine.kessler@studienzentrum-kurpfalz.example.de", "utf-8", "q"),
        subject="Ihre Bewerbung als Study Coordinator (m/w/d)",
        parent="studienzentrum_telefon_nicht_erreicht",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

vielen Dank für Ihr Interesse an einer Tätigkeit im Studienzentrum Kurpfalz.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Nachdem das vereinbarte Telefonat nicht zustande gekommen ist, haben wir das Verfahren mit den übrigen Bewerberinnen und Bewerbern fortgesetzt und die Stelle inzwischen besetzt.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Sabine Keßler
Personal & Organisation
Studienzentrum Kurpfalz, Bergheimer Straße 147, 69115 Heidelberg
""",
        cte="qp",
    ),
    dict(
        key="bergstrasse_softgarden",
        lang="de", company="Bergstraße Biologics", contact="",
        date="2026-04-22 08:12 +0200",
        **{"from": ("Bergstraße Biologics Recruiting", "noreply@softgarden.io", "iso-8859-1", "q")},
        subject="Absage: Klinische/r Studienassistent/in - Bergstraße Biologics",
        subject_enc=("iso-8859-1", "q"),
        parent="bergstrasse_nicht_erschienen",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

wir danken Ihnen für Ihre Bewerbung als Klinische Studienassistentin.

Nach eingehender Prüfung aller Unterlagen haben wir uns entschieden, andere Bewerbungen weiterzuverfolgen. Diese Entscheidung ist uns angesichts der vielen qualifizierten Zuschriften nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüße
Ihr Recruiting-Team der Bergstraße Biologics GmbH
Weinheim

Diese E-Mail wurde automatisch über softgarden versendet.
""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        key="rhein_neckar_kunde_sagt_ab",
        lang="de", company="Kurpfalz Tierklinik", contact="tobias.hartmann@rn-personal.example.de",
        date="2026-07-22 12:40 +0200",
        **{"from": ("Tobias Hartmann", "tobias.hartmann@rn-personal.example.de")},
        subject="Kurpfalz Tierklinik - Rückmeldung",
        subject_enc=("iso-8859-1", "q"),
        parent="rhein_neckar_kundentermin",
        text=outlook(
            """Hallo Frau Mbatha-Eriksen,

kurz und ehrlich: Die Kurpfalz Tierklinik hat sich gegen Sie entschieden. Ich hätte mir etwas anderes gewünscht.

Die Klinikleitung fand Sie fachlich stark, aber sie brauchen für die Studienkoordination jemanden, der die Dokumentation nach VICH-GL9 schon einmal eigenverantwortlich geführt hat. Das konnten wir leider nicht wettmachen.

Lassen Sie den Kopf nicht hängen - ich melde mich, sobald ich die nächste passende Position auf dem Tisch habe.

Viele Grüße
Tobias Hartmann
Senior Personalberater Life Sciences
Rhein-Neckar Personal GmbH | N7, 13 | 68161 Mannheim
Mobil +49 171 5550 2291""",
            "de", "Mittwoch, 8. Juli 2026 16:20", "Tobias Hartmann <tobias.hartmann@rn-personal.example.de>",
            f"{CAND_NAME} <{CAND_ADDR}>", "Termin bei der Kurpfalz Tierklinik steht!",
            """Hallo Frau Mbatha-Eriksen,

die Kurpfalz Tierklinik in Schwetzingen möchte Sie für die Stelle als Studienkoordinatorin Veterinärmedizin kennenlernen.

Termin: Mittwoch, 15. Juli, 11:00 Uhr
Adresse: Kurpfalz Tierklinik, Mannheimer Straße 210, 68723 Schwetzingen

Geben Sie mir bitte kurz Bescheid, ob der Termin passt, dann bestätige ich ihn beim Kunden.

Viele Grüße
Tobias Hartmann""",
        ),
        cte="8bit",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="besos_formal_html",
        lang="es", company="Hospital Universitari del Besòs", contact="",
        date="2026-03-10 13:00 +0100",
        **{"from": ("Unitat de Selecció - Hospital del Besòs", "seleccion-noreply@hubesos.example.es", "utf-8", "b")},
        subject="Resolución del proceso de selección ref. HUB-IC-0142",
        subject_enc=("utf-8", "b"),
        parent="besos_entrevista_aplazada",
        html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="https://www.hubesos.example.es/img/logo.png" alt="Hospital Universitari del Besòs"></p>
<p>Estimada Sra. Mbatha-Eriksen:</p>
<p>En relación con el proceso de selección para el puesto de <b>Coordinador/a de Ensayos Clínicos</b> (ref. HUB-IC-0142), le comunicamos que, una vez finalizada la fase de entrevistas con el tribunal, su candidatura no ha resultado seleccionada.</p>
<p>El tribunal ha valorado especialmente la experiencia previa en unidades de ensayos clínicos hospitalarias y el dominio del catalán en la atención a pacientes.</p>
<p>Le agradecemos sinceramente su participación y el interés mostrado por nuestra institución.</p>
<p>Atentamente,<br>Unidad de Selección de Personal<br>Hospital Universitari del Besòs<br>Rambla de Prim, 300 - 08019 Barcelona</p>
<p style="font-size:10px;color:#888">Este correo se ha enviado desde una dirección que no admite respuestas. La información contenida en este mensaje es confidencial y está dirigida exclusivamente a su destinatario.</p>
</body></html>
""",
        html_cte="base64",
    ),
    dict(
        key="diagonal_vet_seco",
        lang="es", company="Diagonal Vet Labs", contact="marc.puig@diagonalvet.example.es",
        date="2026-04-28 19:05 +0200",
        **{"from": ("Marc Puig", "marc.puig@diagonalvet.example.es")},
        subject="Re: Candidatura técnica de estudios",
        subject_enc=("utf-8", "q"),
        text="""Hola Rosalind,

Gracias por tu interés, pero no seguimos adelante con tu candidatura. Un saludo.

Marc
""",
    ),
    dict(
        key="tibidabo_recruitee",
        lang="es", company="Ensayos Clínicos Tibidabo", contact="laia.ferrer@tibidabo-ensayos.example.es",
        date="2026-10-05 10:10 +0200",
        **{"from": ("Ensayos Clínicos Tibidabo", "no-reply@jobs.recruitee.com", "utf-8", "q")},
        reply_to=("Laia Ferrer", "laia.ferrer@tibidabo-ensayos.example.es"),
        subject="Actualización sobre tu candidatura - Study Start-up Assistant",
        subject_enc=("utf-8", "q", "mixed"),
        parent="tibidabo_no_se_conecto",
        text="""Hola Rosalind:

Te escribimos para contarte cómo ha terminado el proceso de Study Start-up Assistant.

Lamentablemente hemos decidido no avanzar con tu candidatura. Como no llegamos a coincidir en la videollamada del 24 de septiembre y la agenda del equipo no permitía abrir más huecos, hemos cerrado el proceso con las personas que completaron todas las fases.

Te agradecemos el tiempo dedicado y te animamos a seguir atenta a nuestras vacantes.

Un saludo,
Laia Ferrer
People & Talent - Ensayos Clínicos Tibidabo
Carrer de Balmes, 188 - 08006 Barcelona
""",
        html=ats_card("Ensayos Clínicos Tibidabo", "#e67e22", """Hola Rosalind:

Te escribimos para contarte cómo ha terminado el proceso de Study Start-up Assistant.

Lamentablemente hemos decidido no avanzar con tu candidatura. Como no llegamos a coincidir en la videollamada del 24 de septiembre y la agenda del equipo no permitía abrir más huecos, hemos cerrado el proceso con las personas que completaron todas las fases.

Te agradecemos el tiempo dedicado y te animamos a seguir atenta a nuestras vacantes.

Un saludo,
Laia Ferrer
People & Talent - Ensayos Clínicos Tibidabo
Carrer de Balmes, 188 - 08006 Barcelona""", "Enviado con Recruitee."),
    ),
    dict(
        key="talento_bio_cliente_no_nombrado",
        lang="es", company="Talento Bio Barcelona", contact="nuria.castells@talentobio.example.es",
        date="2026-08-10 17:26 +0200",
        **{"from": ("Núria Castells", "nuria.castells@talentobio.example.es", "iso-8859-1", "q")},
        subject="Sobre la posición de CTA en Sant Cugat",
        subject_enc=("iso-8859-1", "b"),
        text="""Hola Rosalind,

Te escribo con noticias de la posición de Clinical Trial Assistant en Sant Cugat de la que te hablé en julio. Mi cliente, una CRO de tamaño medio que de momento prefiere no aparecer con su nombre, ha cerrado la terna final y tu perfil no ha entrado.

Me han dicho que valoran mucho tu experiencia clínica, pero esta vez buscaban a alguien con español nativo para las llamadas con los centros. Sé que te hacía ilusión, lo siento de verdad.

Sigo contando contigo para otras búsquedas; esta semana me entran dos más.

Un abrazo,

Núria Castells
Consultora Life Sciences
Talento Bio Barcelona
Passeig de Gràcia, 77, 4º 2ª - 08008 Barcelona
+34 655 500 812
""",
        charset="iso-8859-1", cte="8bit",
    ),
]
