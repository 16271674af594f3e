"""Corpus 248: rejections (31), hand-written."""

from msgs248_common import CAND_ADDR, CAND_NAME, M, ats_card, outlook, reply, simple_html, word_html

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ English

_t = """\
Dear Declan,

Thank you for your interest in the Facilities & Maintenance Coordinator position at our Limerick property, and for the time you put into your application.

We have reviewed your application carefully against the requirements of the role and we will not be progressing it to the next stage. This reflects the strength of the field rather than any single aspect of your background.

We will keep your details on file for twelve months in line with our privacy notice, and our talent team may be in touch if something suitable comes up.

With best wishes,
Talent Acquisition
Treaty Stone Hotels

This email was sent from an unmonitored mailbox. Please do not reply.
"""
add(M(key="treatystone_greenhouse_formal", kind="rejection", lang="en",
      company="Treaty Stone Hotels", contact="",
      date="2026-02-17 16:05 +0000",
      frm=("Treaty Stone Hotels", "no-reply@greenhouse-mail.io"),
      subject="Your application to Treaty Stone Hotels",
      refs=["treatystone_greenhouse_ack"],
      headers=[("Auto-Submitted", "auto-generated")],
      text=_t, html=ats_card("Treaty Stone Hotels", "#1d4e5f", _t)))

_thanks = """\
Hi Aoife,

Many thanks for yesterday's interview, and please pass my thanks on to Brian and Orla too. I came away even keener on the role - the way you run the helpdesk across the three buildings sounds like the kind of organised chaos I've been handling behind a bar for ten years.

I'm looking forward to the next steps, and if there's a second interview I'd be delighted to come back up.

All the best,
Declan
"""
_t = reply("""\
Hi Declan,

Thanks for your kind note, and for making the trip up on Wednesday. The panel enjoyed talking with you, especially about the cellar refit you ran at the Quays bar.

I'm sorry to say we've offered the role to another candidate, who has already run a multi-tenant office building and can step straight into our service-charge work. It was close, and that's not something I say to everyone.

If a short feedback call would help, just reply here and I'll set one up.

Best,
Aoife

Aoife Brannigan
Talent Partner | Liffey Quay Properties
2 Custom House Plaza, Dublin 1, D01 X2Y3
+353 1 555 0142
""", "en", "Thu, 12 Mar 2026 at 19:22", CAND_NAME, CAND_ADDR, _thanks)
add(M(key="liffeyquay_after_interview", kind="rejection", lang="en",
      company="Liffey Quay Properties", contact="aoife.brannigan@liffeyquay.example.ie",
      date="2026-03-17 11:30 +0000",
      frm=("Aoife Brannigan", "aoife.brannigan@liffeyquay.example.ie"),
      subject="Re: Thank you - Facilities Coordinator interview",
      refs=["liffeyquay_lever_invite", "own_liffeyquay_thanks"],
      text=_t))

add(M(key="mwtu_role_on_hold", kind="rejection", lang="en",
      company="Mid-West Technical University", contact="grainne.moloney@mwtu.example.ie",
      date="2026-04-08 14:12 +0100",
      frm=("Gráinne Moloney", "grainne.moloney@mwtu.example.ie"), name_enc=("iso-8859-1", "Q"),
      subject="Facilities Coordinator (Ref MWTU-0412) – update on the competition",
      subj_enc=("utf-8", "Q"),
      refs=["mwtu_invite_after_porter"],
      text="""\
Dear Declan,

I am writing with an update on the Facilities Coordinator competition (ref. MWTU-0412), for which you were shortlisted.

Following a review of the Estates budget for the coming academic year, the University has put this role on hold and we will not proceed with the competition. The interviews planned for the week of 20 April will therefore not take place, and there is no need to hold that date.

I appreciate this is disappointing after the effort you put into your application. Any future competition will be advertised on our vacancies page and you would be very welcome to apply again.

Yours sincerely,

Gráinne Moloney
HR Officer – Recruitment
Mid-West Technical University
Moylish Road, Limerick V94 K2P8
Tel: +353 61 555 0190
""", cte="quoted-printable"))

add(M(key="harbourline_client_gcw_no", kind="rejection", lang="en",
      company="Grand Canal Workspace", contact="shane.kinsella@harbourline.example.ie",
      date="2026-05-08 17:40 +0100",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Grand Canal Workspace - feedback",
      refs=["harbourline_gcw_invite", "harbourline_gcw_moved", "harbourline_gcw_noshow"],
      text="""\
Hi Declan,

I've heard back from Grand Canal Workspace. They won't be taking your application any further. The hiring manager felt that, after Tuesday's slot fell through, she'd rather go with one of the two people she has already met, both of whom have CAFM system experience.

I know that's not what you were hoping for. For what it's worth, I still think you'd interview well for a site-based coordinator job, and I have a couple coming through in the next fortnight. I'll ring you Monday.

Cheers,
Shane

Shane Kinsella | Senior Consultant, Property & Facilities
Harbourline Recruitment
Unit 4, Hanover Quay, Dublin 2
M: +353 86 555 0117
"""))

add(M(key="clydearc_terse", kind="rejection", lang="en",
      company="Clyde Arc Hotels", contact="fraser.mcinnes@clydearc.example.co.uk",
      date="2026-03-02 08:14 +0000",
      frm=("Fraser McInnes", "fraser.mcinnes@clydearc.example.co.uk"),
      subject="Re: Facilities Supervisor - Declan Ferreira-Osei",
      refs=["clydearc_cv_received"],
      text=reply("""\
Declan - thanks for coming in on Friday. We're not taking it further on this occasion. All the best.

Fraser

Sent from my iPhone
""", "en", "16 Feb 2026, at 10:02", "Fraser McInnes", "fraser.mcinnes@clydearc.example.co.uk", """\
Hi Declan,

Got your CV, thanks. I'll have a look this week and come back to you.

Fraser
""")))

_old = """\
Hi Ronan,

I'm so sorry about this morning. My car gave up on the Headford Road and my phone died while I was waiting for the tow. Could we reschedule the call for any time tomorrow or Friday? I'm really keen on the role.

Thanks,
Declan
"""
add(M(key="salthill_after_missed", kind="rejection", lang="en",
      company="Salthill Bay Hotel", contact="ronan.keady@salthillbay.example.ie",
      date="2026-02-06 12:03 +0000",
      frm=("Ronan Keady", "ronan.keady@salthillbay.example.ie"),
      subject="Re: Sorry about this morning",
      refs=["salthill_phone_screen", "salthill_missed_call", "own_salthill_sorry"],
      text=reply("""\
Hi Declan,

Thanks for explaining, and I hope the car is sorted.

We did think about setting up another call, but in the meantime we've decided to move forward with candidates whose experience more closely matches what we need for the season - in particular someone who already holds a trade ticket for the plant room.

Best of luck with the search.

Ronan Keady
Operations Manager, Salthill Bay Hotel
Upper Salthill, Galway H91 E6W4
091 555 302
""", "en", "Wed, 28 Jan 2026 at 13:15", CAND_NAME, CAND_ADDR, _old)))

add(M(key="clanrickard_panel_outcome", kind="rejection", lang="en",
      company="Clanrickard County Council", contact="caitriona.nifhlatharta@clanrickard-coco.example.ie",
      date="2026-04-24 15:20 +0100",
      frm=("Caitríona Ní Fhlatharta", "caitriona.nifhlatharta@clanrickard-coco.example.ie"),
      name_enc=("utf-8", "B"),
      subject="Facilities Officer (Grade V) competition – outcome of interview",
      subj_enc=("utf-8", "B"),
      refs=["own_clanrickard_application", "clanrickard_form_received", "clanrickard_assessment_centre"],
      html=word_html("""\
Dear Mr Ferreira-Osei,

Competition Ref: CCC-GV-26-07 – Facilities Officer (Grade V)

I refer to your recent interview for the above competition. The interview board has now completed its assessment of all candidates.

I regret to inform you that you did not attain the qualifying mark required to be placed on the panel from which appointments will be made. Your marks under each competency are set out in the attached letter.

You may request a review of this decision under section 7 of the Code of Practice within ten working days of the date of this email.

The Council thanks you for your interest in employment with Clanrickard County Council.

Is mise le meas,

Caitríona Ní Fhlatharta
Staff Officer, Human Resources
Clanrickard County Council, Áras an Chontae, Galway H91 C2X7
Tel: 091 555 218
"""),
      html_cte="quoted-printable",
      pdfs=[{"name": "CCC-GV-26-07_Outcome.pdf", "title": "Clanrickard County Council - Human Resources",
                 "lines": ["Competition CCC-GV-26-07 Facilities Officer (Grade V)",
                        "Candidate: Declan Ferreira-Osei", "",
                        "Competency                     Max   Awarded",
                        "Planning and organising         50      31",
                        "Health and safety compliance    50      24",
                        "Customer service                50      41",
                        "Teamwork and leadership         50      38",
                        "Qualifying mark for panel: 140 of 200. Total awarded: 134.",
                        "Outcome: not placed on panel."]}]))

add(M(key="stbrigids_filled_internally", kind="rejection", lang="en",
      company="St Brigid's Hospital", contact="maura.hession@stbrigids.example.ie",
      date="2026-03-20 10:44 +0000",
      frm=("Maura Hession", "maura.hession@stbrigids.example.ie"),
      subject="Facilities Officer post – St Brigid's Hospital",
      refs=["stbrigids_invite", "stbrigids_meeting_cancelled"],
      cte="quoted-printable",
      text="""\
Dear Declan,

Further to my email of 3 March postponing your interview, I wanted to let you know where things stand.

The Facilities Officer vacancy has now been filled through an internal expression of interest, following a restructuring of the Estates Department. The external competition is closed as a result and the interview will not be re-arranged.

I'm sorry we couldn't bring this to a proper conclusion for you, and thank you for your patience over the last few weeks.

Kind regards,
Maura Hession
HR Recruitment Officer
St Brigid's Hospital Galway | Newcastle Road, Galway
091 555 7740

CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. St Brigid's Hospital does not accept liability for any views expressed that are not those of the hospital.
"""))

add(M(key="laganvalley_vacancy_withdrawn", kind="rejection", lang="en",
      company="Lagan Valley University", contact="s.devlin@laganvalley-uni.example.ac.uk",
      date="2026-02-27 09:05 +0000",
      frm=("Siobhán Devlin", "s.devlin@laganvalley-uni.example.ac.uk"), name_enc=("iso-8859-1", "Q"),
      subject="Estates Co-ordinator (Ref. LVU/EST/119): vacancy withdrawn",
      refs=["laganvalley_taleo_ack"],
      charset="iso-8859-1", cte="quoted-printable",
      text="""\
Dear Declan,

Thank you for applying for the post of Estates Co-ordinator (Ref. LVU/EST/119).

I am sorry to let you know that the School has withdrawn this vacancy. A review of space needs across the Lisburn Road campus means that the post, as advertised, is no longer required, and the recruitment has been cancelled. No appointment will be made.

Your application will be removed from our system after six months unless you ask us to delete it sooner.

With thanks and best wishes,

Siobhán Devlin
Recruitment Administrator, People & Culture
Lagan Valley University, Belfast BT7 1NN
T: 028 9555 0471
"""))

add(M(key="kelvin_casual_no", kind="rejection", lang="en",
      company="Kelvin Property Partners", contact="morag@kelvinpp.example.co.uk",
      date="2026-06-12 09:20 +0100",
      frm=("Morag Dunlop", "morag@kelvinpp.example.co.uk"),
      subject="Re: Thursday",
      refs=["kelvin_greenhouse_invite", "kelvin_panel_cancel"],
      text="""\
Hiya Declan,

Wee update, and I'm afraid it's not the one you want. Euan and I talked it over last night and we're going with someone who's been doing this exact job across the road at Buchanan Wharf for three years. Honestly, it came down to that and nothing else.

You were great craic on Thursday and your energy is exactly what we like. Keep an eye on our page, as we're taking on two more buildings in the autumn.

Take care,
Morag
"""))

_t = """\
Hi Declan,

Thanks again for recording your video interview for the Facilities Coordinator role at The Merrion Row, Dublin 2.

Our hiring team has watched every submission. We won't be inviting you to the in-person stage this time round: there were a large number of strong applicants and only a handful of places.

We're grateful that you considered us, and we'd encourage you to look at our other openings across the group.

Warm regards,
The Merrion Row Hotels People Team
"""
add(M(key="merrionrow_smartrecruiters", kind="rejection", lang="en",
      company="Merrion Row Hotels", contact="",
      date="2026-04-15 18:02 +0100",
      frm=("Merrion Row Hotels", "no-reply@smartrecruiters.com"),
      subject="Update on your application for Facilities Coordinator",
      refs=["merrionrow_video_invite"],
      text=_t, cte="base64",
      html=ats_card("Merrion Row Hotels", "#6b1f3a", _t,
                    button=("See other openings", "https://jobs.smartrecruiters.com/MerrionRowHotels1"),
                    footer="Powered by SmartRecruiters. You received this email because you applied for a job."),
      html_cte="base64"))

_t = """\
Hello Declan,

Thank you for applying to Helpdesk & Facilities Coordinator (R-10388) at Harland Facility Services.

We have now reviewed your application. Unfortunately, we will not be moving forward with your candidacy for this requisition.

Your profile will stay in our talent community, and a recruiter may reach out about future interviews for roles that match your skills. You can update your profile or withdraw your data at any time from the candidate home page.

Regards,
Harland Facility Services Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
"""
add(M(key="harland_workday", kind="rejection", lang="en",
      company="Harland Facility Services", contact="",
      date="2026-01-29 21:47 +0000",
      frm=("Harland Facility Services", "harland@myworkday.com"),
      subject="Your application: Helpdesk & Facilities Coordinator (R-10388)",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
      text=_t, html=simple_html(_t)))

_inv = """\
Dear Declan,

I am pleased to invite you to interview for the above post on Wednesday 18 March 2026 at 14:00, at the Estates Office, Clydeside Health Board, Gartnavel Road, Glasgow G12 0XH.

The panel will be Mr Alasdair Rennie (Head of Estates), Ms Priya Nair (Facilities Manager) and myself. The interview will last about 45 minutes and you will be asked to give a 5-minute presentation on "managing reactive maintenance requests in a busy site".

Please confirm your attendance by replying to this email, and bring photographic ID.

Kind regards
Lorna
"""
_t = """\
Dear Declan,

Thank you for attending interview on Monday 23 March. I have now had the chance to speak with the panel chair.

I regret that, on this occasion, you have not been successful. The panel's notes show that your scores were strongest in the customer care and team leadership questions, and lower in the questions on statutory compliance (legionella, fire safety logbooks). If you would like fuller feedback, Mr Rennie is happy to speak to you by phone – please let me know a suitable time.

Kind regards

Lorna Baxter
Recruitment Assistant
Clydeside Health Board, Gartnavel Road, Glasgow G12 0XH
Tel: 0141 555 3307

""" + outlook("en", "Lorna Baxter", "02 March 2026 11:05", "Declan Ferreira-Osei",
              "Interview invitation – Facilities Coordinator, Band 5 (CHB/26/0311)", _inv) + """
**********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents.
**********************************************************************
"""
add(M(key="clydeside_after_interview", kind="rejection", lang="en",
      company="Clydeside Health Board", contact="lorna.baxter@clydeside-health.example.scot",
      date="2026-03-27 13:18 +0000",
      frm=("Lorna Baxter", "lorna.baxter@clydeside-health.example.scot"),
      subject="RE: Interview invitation – Facilities Coordinator, Band 5 (CHB/26/0311)",
      subj_enc=("windows-1252", "Q"),
      refs=["clydeside_invite", "clydeside_interviewer_ill"],
      charset="windows-1252", cte="quoted-printable",
      text=_t, html=word_html(_t), html_charset="windows-1252",
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Interview invitation - Facilities Coordinator, Band 5 (CHB/26/0311)")]))

add(M(key="merchantcity_unnamed_client", kind="rejection", lang="en",
      company="Merchant City Recruitment", contact="kirsty@merchantcity-rec.example.co.uk",
      date="2026-05-20 10:02 +0100",
      frm=("Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk"),
      subject="Facilities Coordinator - West End client",
      refs=["merchantcity_registered", "merchantcity_phone_screen", "merchantcity_missed_screen"],
      text="""\
Morning Declan,

Short one, sorry. My client in the West End (the serviced-offices group I mentioned; I still can't name them at this stage) has come back and they're not going to shortlist you. Their feedback was that they need someone who can sign off contractor RAMS from day one, and they didn't see that in your CV.

Don't be disheartened. I'll keep sending things your way.

Kirsty

Kirsty Galbraith
Principal Consultant – Facilities & Estates
Merchant City Recruitment, 48 Ingram Street, Glasgow G1 1EZ
0141 555 0198 | 07700 900 481
"""))

_t = """\
Dear Declan Ferreira-Osei,

Job ID 2026-1187 – Estates Coordinator, St Kevin's University Hospital

We have completed shortlisting for the above position. We regret to advise that your application was not shortlisted for interview.

Please note that shortlisting is based solely on the information provided in the application form, measured against the essential and desirable criteria in the job specification.

Thank you for your interest in working with St Kevin's University Hospital.

HR Recruitment & Selection
St Kevin's University Hospital, James's Walk, Dublin 8

This is an automated message from our recruitment system.
"""
add(M(key="stkevins_icims_not_shortlisted", kind="rejection", lang="en",
      company="St Kevin's University Hospital", contact="",
      date="2026-05-05 16:30 +0100",
      frm=("St Kevin's University Hospital Careers", "noreply@talent.icims.com"),
      subject="St Kevin's University Hospital: Estates Coordinator – application status",
      subj_enc=("utf-8", "Q"),
      text=_t, html=ats_card("St Kevin's University Hospital", "#00558c", _t),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """\
Hi Declan,

Thanks for giving us your Saturday. The team liked you, and the lads in maintenance said you picked up the boiler-room routine quicker than most.

Having slept on it, though, I've concluded the position needs someone coming from a trade background, so I won't be offering it to you. I'd rather tell you straight than leave you waiting.

If you're ever looking for bar or night-manager shifts in the meantime, my door's open.

Regards,
Padraic

Padraic Mulkerrin
General Manager
Spanish Arch Hotel, Quay Street, Galway
+353 91 555 881
"""
add(M(key="spanisharch_after_trial", kind="rejection", lang="en",
      company="Spanish Arch Hotel", contact="padraic@spanisharchhotel.example.ie",
      date="2026-07-20 09:48 +0100",
      frm=("Padraic Mulkerrin", "padraic@spanisharchhotel.example.ie"),
      subject="Saturday",
      text=_t, html=word_html(_t), html_cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

_t = """\
Hi Declan,

Thanks for taking the time to meet with the team last week, and for being flexible after the earlier mix-up with the calendar.

We've made the difficult decision to pursue other candidates for the Facilities Coordinator role at our Northwall campus. Everyone who met you appreciated your preparation, and the decision mostly came down to hands-on data-centre experience.

If you'd like to talk it through, reply to this email and it will come straight to me.

All the best,
Tomás Whelan
Recruiter, Northwall Data Centres
"""
add(M(key="northwall_ashby_after_interview", kind="rejection", lang="en",
      company="Northwall Data Centres", contact="tomas.whelan@northwall-dc.example.ie",
      date="2026-07-03 15:11 +0100",
      frm=("Northwall Data Centres", "no-reply@ashbyhq.com"),
      reply_to=("Tomás Whelan", "tomas.whelan@northwall-dc.example.ie"), reply_enc=("utf-8", "B"),
      subject="Your application to Northwall Data Centres",
      refs=["northwall_ashby_invite", "northwall_ashby_rescheduled", "northwall_ashby_missed"],
      text=_t, html=ats_card("Northwall Data Centres", "#222f3e", _t)))

_old = """\
Hi Conor,

Just checking in after Thursday's interview - any news yet? I really enjoyed meeting you and Heather, and the walk round the Ormeau block was a great way to get a feel for the job.

Thanks,
Declan
"""
add(M(key="laganestates_with_pointers", kind="rejection", lang="en",
      company="Lagan Estates", contact="conor.magee@laganestates.example.co.uk",
      date="2026-05-06 12:40 +0100",
      frm=("Conor Magee", "conor.magee@laganestates.example.co.uk"),
      subject="Re: Property Services Coordinator interview",
      refs=["own_laganestates_application", "laganestates_teams_invite", "laganestates_missed_teams",
            "laganestates_rebooked", "<CAJf9Dd2x0Lq7@mail.example.ie>"],
      text=reply("""\
Hi Declan,

Sorry for the delay getting back to you. The panel were fine with your people skills; nobody doubted you could manage a team of cleaners and porters. Where it fell down was the contract side: we manage twenty-odd service contracts on each block, and the other candidates walked us through tenders they'd run themselves.

So it's a no from us for this one. My honest pointer would be an IWFM Level 3 course, and apply again next year, as we grow every year.

Good luck,
Conor

Conor Magee
Head of Property Services | Lagan Estates
14 Donegall Square East, Belfast BT1 5HB
028 9555 0632
""", "en", "Mon, 4 May 2026 at 21:10", CAND_NAME, CAND_ADDR, _old)))

# ------------------------------------------------------------------ French

add(M(key="uhv_refus_apres_entretien", kind="rejection", lang="fr",
      company="Université de Haute-Vilaine", contact="gwenaelle.lebihan@univ-hautevilaine.example.fr",
      date="2026-04-16 17:02 +0200",
      frm=("Gwenaëlle Le Bihan", "gwenaelle.lebihan@univ-hautevilaine.example.fr"), name_enc=("utf-8", "B"),
      subject="Votre candidature – coordinateur des services logistiques (réf. UHV-2026-BIATSS-37)",
      subj_enc=("utf-8", "Q"),
      refs=["uhv_accuse", "uhv_convocation", "uhv_entretien_deplace"],
      cte="quoted-printable",
      text="""\
Monsieur,

Nous vous remercions d'avoir participé à l'entretien du 9 avril pour le poste de coordinateur des services logistiques et de maintenance (réf. UHV-2026-BIATSS-37).

Après délibération, la commission de sélection a retenu une autre candidature, dont le profil correspond davantage aux exigences du poste, en particulier pour le suivi des marchés publics.

Nous regrettons de ne pouvoir donner une suite favorable à votre candidature et vous souhaitons pleine réussite dans vos démarches.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Gwenaëlle Le Bihan
Chargée de recrutement – Direction des ressources humaines
Université de Haute-Vilaine
2 rue du Thabor, 35000 Rennes
Tél. : 02 99 55 01 27

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.
"""))

_t = """\
Bonjour Declan,

Merci pour l'intérêt que vous portez à Breizh Immobilier et pour votre candidature au poste de gestionnaire technique de copropriétés.

Nous l'avons lue avec attention. Le poste demande une solide expérience du bâtiment (suivi de chantiers, lecture de devis d'entreprises) que nous n'avons pas retrouvée dans votre parcours ; nous avons donc choisi de ne pas aller plus loin avec votre dossier.

Votre reconversion est un beau projet et nous vous souhaitons de trouver rapidement l'équipe qui vous correspond.

Bien cordialement,
Yannick Corre
Responsable RH – Breizh Immobilier
"""
add(M(key="breizh_teamtailor_refus", kind="rejection", lang="fr",
      company="Breizh Immobilier", contact="yannick.corre@breizh-immo.example.fr",
      date="2026-03-04 10:26 +0100",
      frm=("Breizh Immobilier", "breizh-immobilier@teamtailor-mail.com"),
      reply_to=("Yannick Corre", "yannick.corre@breizh-immo.example.fr"),
      subject="Votre candidature chez Breizh Immobilier",
      refs=["breizh_teamtailor_accuse"],
      text=_t, html=ats_card("Breizh Immobilier", "#0f6e6e", _t, lang="fr",
                             footer="Envoyé via Teamtailor.")))

add(M(key="armor_client_ouestcampus_non", kind="rejection", lang="fr",
      company="Ouest Campus Services", contact="maelle.guillou@armor-interim.example.fr",
      date="2026-06-05 11:48 +0200",
      frm=("Maëlle Guillou", "maelle.guillou@armor-interim.example.fr"),
      subject="Ouest Campus Services – retour après votre entretien",
      refs=["armor_inscription", "armor_entretien_ouestcampus"],
      text="""\
Bonjour Declan,

J'ai eu Ouest Campus Services au téléphone ce matin au sujet de votre entretien de mardi.

Ils ne donneront pas suite : ils ont finalement préféré un candidat déjà titulaire de l'habilitation électrique B1V/BR, ce qui leur évite une formation avant la rentrée. Ce n'est donc pas une question de savoir-être, Mme Pichon a d'ailleurs beaucoup apprécié votre présentation.

De mon côté je garde votre dossier actif. Si vous êtes prêt à passer l'habilitation, on peut en parler, l'agence finance parfois la session.

Belle journée,
Maëlle

Maëlle Guillou
Chargée de recrutement – Armor Intérim Rennes Sud
14 boulevard Jacques Cartier, 35000 Rennes
06 55 41 28 90
"""))

add(M(key="breval_titulaire_retenu", kind="rejection", lang="fr",
      company="Ville de Bréval-sur-Vilaine", contact="as.rouxel@breval.example.fr",
      date="2026-07-15 14:35 +0200",
      frm=("Anne-Sophie Rouxel", "as.rouxel@breval.example.fr"),
      subject="Candidature au poste de responsable des bâtiments communaux",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable",
      text="""\
Monsieur,

Vous avez fait acte de candidature au poste de responsable des bâtiments communaux (catégorie B, technicien territorial) et je vous en remercie.

Conformément aux règles de la fonction publique territoriale, la commune a examiné en priorité les demandes de mutation d'agents titulaires. Le jury a retenu l'un d'eux à l'issue des auditions du 7 juillet. Votre candidature, en tant que contractuel, n'a donc pas pu être retenue.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
Anne-Sophie Rouxel
Directrice générale des services
Mairie de Bréval-sur-Vilaine
Place de l'Église, 35890 Bréval-sur-Vilaine
02 99 55 60 14
"""))

# ------------------------------------------------------------------ German

_t = """\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für Ihren Einsatz beim Probearbeiten am 14. Mai und für Ihr Interesse an der Position Haustechnik-Koordinator (m/w/d).

Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Team vom Rheinufer Hotel Düsseldorf

Diese E-Mail wurde automatisch versendet. Antworten auf diese Adresse können nicht bearbeitet werden.
"""
add(M(key="rheinufer_personio_absage", kind="rejection", lang="de",
      company="Rheinufer Hotel", contact="",
      date="2026-05-19 08:30 +0200",
      frm=("Rheinufer Hotel Düsseldorf", "noreply@personio.de"), name_enc=("iso-8859-1", "B"),
      subject="Ihre Bewerbung als Haustechnik-Koordinator (m/w/d)",
      refs=["rheinufer_probearbeiten"],
      text=_t, html=ats_card("Rheinufer Hotel Düsseldorf", "#8a6d3b", _t, lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

_old = """\
Sehr geehrte Frau Sauerland,

vielen Dank für das angenehme Gespräch gestern und die Führung durch die Technikzentrale. Ich habe einen sehr guten Eindruck von Ihrem Team bekommen und würde mich freuen, wenn wir uns in einer zweiten Runde wiedersehen.

Mit freundlichen Grüßen
Declan Ferreira-Osei
"""
add(M(key="klinikum_absage_nach_gespraech", kind="rejection", lang="de",
      company="Klinikum Oberkassel", contact="h.sauerland@klinikum-oberkassel.example.de",
      date="2026-07-09 13:05 +0200",
      frm=("Henrike Sauerland", "h.sauerland@klinikum-oberkassel.example.de"),
      subject="AW: Vielen Dank für das Gespräch",
      refs=["klinikum_eingang", "klinikum_einladung", "klinikum_abgesagt_krank", "<0f1e2d3c.declan@mail.example.ie>"],
      cte="quoted-printable",
      text=reply("""\
Guten Tag Herr Ferreira-Osei,

danke für Ihre freundlichen Zeilen.

Die Auswahlkommission hat sich inzwischen für einen Bewerber entschieden, der bereits Erfahrung mit den KRITIS-Vorgaben im Krankenhausbetrieb mitbringt. Für Sie bedeutet das leider, dass wir Ihnen die Stelle in der Koordination Facility Management nicht anbieten können.

Ihre offene Art ist im Team sehr gut angekommen. Bitte bewerben Sie sich gern wieder bei uns.

Freundliche Grüße
Henrike Sauerland
Personalreferentin
Klinikum Oberkassel gGmbH
Luegallee 120, 40545 Düsseldorf
Tel. 0211 555 4410
""", "de", "02.07.2026 um 18:47", CAND_NAME, CAND_ADDR, _old)))

add(M(key="rheinlandpb_mandant_nein", kind="rejection", lang="de",
      company="Rheinland Personalberatung", contact="joerg.puetz@rheinland-pb.example.de",
      date="2026-04-30 16:55 +0200",
      frm=("Jörg Pütz", "joerg.puetz@rheinland-pb.example.de"), name_enc=("iso-8859-1", "B"),
      subject="Rückmeldung meines Mandanten", subj_enc=("iso-8859-1", "Q"),
      refs=["rheinlandpb_zweimal_angerufen"],
      text="""\
Hallo Herr Ferreira-Osei,

schön, dass es am Montag dann doch noch mit unserem Telefonat geklappt hat.

Mein Mandant, das Logistikunternehmen in Neuss, über das wir gesprochen haben, hat Ihr Profil intern vorgestellt. Man hat sich dort gegen ein Kennenlernen entschieden: Gesucht wird jemand, der fließend Deutsch in Verhandlungen mit Dienstleistern spricht, und das sah man bei Ihnen (noch) nicht.

Ich melde mich, sobald ich etwas Passenderes auf dem Tisch habe. Ihr Profil bleibt bei mir aktiv.

Beste Grüße
Jörg Pütz

Rheinland Personalberatung
Kaiserswerther Str. 45, 40477 Düsseldorf
Mobil 0172 555 3391
"""))

_t = """\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für Ihre Bewerbung auf die Stelle „Sachbearbeitung Gebäudemanagement (E9a TV-L)“ an der Hochschule Düsselaue.

Wir müssen Ihnen mitteilen, dass das Besetzungsverfahren aufgrund einer Haushaltssperre des Landes ausgesetzt wurde. Das Verfahren wird nicht fortgeführt; die Stelle wird bis auf Weiteres nicht besetzt. Geplante Auswahlgespräche entfallen.

Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule Düsselaue
"""
add(M(key="duesselaue_softgarden_ausgesetzt", kind="rejection", lang="de",
      company="Hochschule Düsselaue", contact="",
      date="2026-04-20 10:00 +0200",
      frm=("Hochschule Düsselaue", "noreply@softgarden.io"),
      subject="Information zu Ihrer Bewerbung – Sachbearbeitung Gebäudemanagement",
      subj_enc=("utf-8", "B"),
      refs=["duesselaue_softgarden_eingang"],
      text=_t, cte="base64", html=ats_card("Hochschule Düsselaue", "#003c71", _t, lang="de"),
      html_cte="base64"))

add(M(key="hildenbach_nicht_erschienen_absage", kind="rejection", lang="de",
      company="Stadt Hildenbach", contact="sabine.oberdoerfer@hildenbach.example.de",
      date="2026-06-09 11:15 +0200",
      frm=("Sabine Oberdörfer", "sabine.oberdoerfer@hildenbach.example.de"), name_enc=("windows-1252", "Q"),
      subject="Ihre Bewerbung als Objektbetreuer/in (Kennziffer 32/2026)",
      refs=["hildenbach_nicht_erschienen"],
      charset="windows-1252", cte="base64",
      text="""\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für Ihre Rückmeldung vom 3. Juni und die Erklärung zum verpassten Termin.

Da die Vorstellungsgespräche für die Stelle Objektbetreuer/in (Kennziffer 32/2026) inzwischen abgeschlossen sind und ein Ersatztermin im laufenden Verfahren nicht vorgesehen ist, kann Ihre Bewerbung leider nicht weiter berücksichtigt werden. Die Stelle wurde zwischenzeitlich vergeben.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Sabine Oberdörfer
Stadt Hildenbach – Fachbereich 10, Personal und Organisation
Rathausplatz 1, 40699 Hildenbach
Telefon 02104 555-210
"""))

# ------------------------------------------------------------------ Spanish

_t = """\
Estimado/a Declan:

Le agradecemos su participación en el proceso de selección para la plaza de Técnico/a de Mantenimiento y Servicios (REQ 4471) y el tiempo dedicado a la entrevista.

Tras valorar todas las candidaturas, lamentamos comunicarle que en esta ocasión no ha sido seleccionado/a para continuar en el proceso.

Conservaremos sus datos durante el plazo indicado en nuestra política de privacidad por si surgiera una vacante adecuada a su perfil.

Atentamente,
Servicio de Personal de Administración y Servicios
Universidad del Guadalquivir

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
"""
add(M(key="uguadalquivir_sf_rechazo", kind="rejection", lang="es",
      company="Universidad del Guadalquivir", contact="",
      date="2026-03-20 12:00 +0100",
      frm=("Universidad del Guadalquivir – Selección", "noreply@successfactors.eu"), name_enc=("utf-8", "Q"),
      subject="Actualización de su candidatura – Técnico/a de Mantenimiento y Servicios (REQ 4471)",
      refs=["uguadalquivir_sf_acuse", "uguadalquivir_entrevista", "uguadalquivir_cambio"],
      text=_t, html=ats_card("Universidad del Guadalquivir", "#7a0026", _t, lang="es"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="triana_cierre_proceso", kind="rejection", lang="es",
      company="Gestión Inmobiliaria Triana", contact="rocio.alcaide@triana-gestion.example.es",
      date="2026-04-28 18:22 +0200",
      frm=("Rocío Alcaide", "rocio.alcaide@triana-gestion.example.es"),
      subject="Coordinador de mantenimiento",
      refs=["triana_convocatoria", "triana_videollamada_perdida"],
      text="""\
Hola Declan,

Te escribo para cerrar el proceso: hemos elegido a otra persona para el puesto de coordinador de mantenimiento de comunidades. Gracias por tu interés y mucha suerte.

Rocío

--
Rocío Alcaide
Gestión Inmobiliaria Triana
C/ San Jacinto 38, 41010 Sevilla
"""))

add(M(key="giralda_cliente_puertajerez_no", kind="rejection", lang="es",
      company="Hotel Puerta de Jerez", contact="jmontano@giraldatalent.example.es",
      date="2026-03-23 13:40 +0100",
      frm=("Javier Montaño", "jmontano@giraldatalent.example.es"),
      subject="Feedback del Hotel Puerta de Jerez",
      refs=["giralda_registro", "giralda_entrevista_cliente"],
      text="""\
Hola Declan:

Acabo de hablar con la directora de operaciones del Hotel Puerta de Jerez. Me comenta que han decidido seguir adelante con otro candidato para el puesto de responsable de servicios técnicos; valoraron mucho tu trato con el cliente, pero buscaban a alguien con más nivel de español técnico para negociar con los proveedores de climatización.

Sé que no es la noticia que esperabas. Seguimos trabajando con tu perfil y en cuanto tenga algo nuevo te llamo.

Un abrazo,
Javier Montaño
Consultor senior | Giralda Talent
Av. de la Constitución 20, 41004 Sevilla
+34 654 55 21 09
"""))

add(M(key="santelmo_baremacion", kind="rejection", lang="es",
      company="Hospital San Telmo", contact="mcvidal@hsantelmo.example.es",
      date="2026-06-30 09:12 +0200",
      frm=("Mª Carmen Vidal", "mcvidal@hsantelmo.example.es"), name_enc=("iso-8859-1", "Q"),
      subject="Proceso de selección TM-2026-08: resultado de la valoración de méritos",
      refs=["santelmo_recruitee_acuse"],
      charset="iso-8859-1", cte="quoted-printable",
      text="""\
Estimado Sr. Ferreira-Osei:

En relación con su participación en el proceso TM-2026-08 (Coordinador/a de Servicios Generales), le informamos de que la comisión de valoración ha finalizado la fase de baremación de méritos.

Su candidatura ha obtenido 11,5 puntos, por debajo de la puntuación mínima de 15 puntos establecida en las bases para acceder a la fase de entrevista, por lo que no continuará en el proceso.

Puede presentar alegaciones en el plazo de diez días hábiles a contar desde la recepción de este correo.

Reciba un cordial saludo,

Mª Carmen Vidal
Unidad de Selección - Recursos Humanos
Hospital San Telmo
Paseo de las Delicias 5, 41013 Sevilla
Tel. 954 55 73 10
"""))
