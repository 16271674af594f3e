"""Corpus 248: interview invitations (26), reschedules and cancellations (15), missed
interviews (10), hand-written."""

from msgs248_common import (
      CAND_ADDR,
      CAND_NAME,
      M,
      ats_card,
      forwarded,
      outlook,
      reply,
      simple_html,
      word_html,
)

MESSAGES = []
add = MESSAGES.append

NIAMH = ("Niamh Geraghty", "niamh.geraghty@corrib-university.example.ie")
CONOR = ("Conor Magee", "conor.magee@laganestates.example.co.uk")
MORAG = ("Morag Dunlop", "morag@kelvinpp.example.co.uk")

# ================================================================== interview_invitation, English

_t = """\
Dear Declan,

Thank you for your application for the post of Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014). I am pleased to let you know that you have been shortlisted for interview.

Your interview will take place on Wednesday 8 July 2026 at 10:00 in Room G.14, Estates Office, University Road. The board will consist of the Director of Buildings & Estates, a Facilities Manager and an external assessor, and the interview will last approximately 45 minutes.

A calendar invitation is included with this email. Please accept it to confirm your attendance, or let me know by Friday 26 June if the time does not suit.

Please bring photo ID and the originals of any qualifications listed on your application.

Kind regards,
Niamh Geraghty
HR Business Partner (Recruitment)
Human Resources, Corrib University
University Road, Galway H91 TK33
T: +353 91 555 4120
"""
add(M(key="corrib_panel_invite", kind="interview_invitation", lang="en",
      company="Corrib University", contact=NIAMH[1],
      date="2026-06-22 10:05 +0100", frm=NIAMH,
      subject="Interview: Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014)",
      refs=["corrib_workday_ack"],
      text=_t, html=word_html(_t), html_cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "CU-FAC-2026-014-int-07@corrib-university.example.ie", "seq": 0,
               "start": "2026-07-08 10:00 +0100", "end": "2026-07-08 10:45 +0100",
               "summary": "Interview: Facilities Coordinator (CU-FAC-2026-014)",
               "location": "Room G.14, Estates Office, Corrib University, University Road, Galway",
               "organizer": NIAMH}))

_t = """\
Hi Declan,

Thanks for applying for the Facilities Coordinator role. We'd love to meet you for a first interview with me and Brian Tully, our Head of Property Operations. It takes about 45 minutes, in person at our Custom House Plaza office.

Please use the link below to choose a slot that works for you between 9 and 13 March:

https://hire.lever.co/interviews/schedule/6b1a9f2e-liffeyquay

If none of the times suit, just reply to this email.

Thanks,
Aoife
Liffey Quay Properties
"""
add(M(key="liffeyquay_lever_invite", kind="interview_invitation", lang="en",
      company="Liffey Quay Properties", contact="aoife.brannigan@liffeyquay.example.ie",
      date="2026-03-03 09:12 +0000",
      frm=("Aoife Brannigan (Liffey Quay Properties)", "no-reply@hire.lever.co"),
      reply_to=("Aoife Brannigan", "aoife.brannigan@liffeyquay.example.ie"),
      subject="Interview with Liffey Quay Properties - pick a time",
      refs=["liffeyquay_lever_ack"],
      text=_t, html=ats_card("Liffey Quay Properties", "#2b6cb0", _t,
                             button=("Pick a time", "https://hire.lever.co/interviews/schedule/6b1a9f2e-liffeyquay"))))

add(M(key="salthill_phone_screen", kind="interview_invitation", lang="en",
      company="Salthill Bay Hotel", contact="ronan.keady@salthillbay.example.ie",
      date="2026-01-26 17:30 +0000",
      frm=("Ronan Keady", "ronan.keady@salthillbay.example.ie"),
      subject="Facilities & Maintenance Supervisor - quick call?",
      text="""\
Hi Declan,

Thanks for your application for the Facilities & Maintenance Supervisor job. Your CV caught my eye: running the Quays bar through two refits is more relevant than you'd think.

Would you be free for a 20-minute phone call this Wednesday, 28 January, at 10:00? I'll ring you on the mobile number on your CV (087 412 6630). If that doesn't suit, suggest another time on Wednesday or Thursday.

Ronan

Ronan Keady
Operations Manager, Salthill Bay Hotel
Upper Salthill, Galway H91 E6W4
091 555 302
"""))

add(M(key="clanrickard_assessment_centre", kind="interview_invitation", lang="en",
      company="Clanrickard County Council", contact="caitriona.nifhlatharta@clanrickard-coco.example.ie",
      date="2026-03-25 11:00 +0000",
      frm=("Caitríona Ní Fhlatharta", "caitriona.nifhlatharta@clanrickard-coco.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Invitation to Assessment Centre and Interview - CCC-GV-26-07",
      refs=["own_clanrickard_application", "clanrickard_form_received"],
      html=simple_html("""\
Dear Mr Ferreira-Osei,

Competition Ref: CCC-GV-26-07 – Facilities Officer (Grade V)

Following shortlisting, I am pleased to invite you to the next stage of this competition, which will consist of an assessment centre in the morning followed by a competency-based interview in the afternoon.

Date: Tuesday 14 April 2026
Time: 09:30 (please arrive by 09:15)
Venue: Council Chamber, Áras an Chontae, Prospect Hill, Galway

The assessment centre includes an in-tray exercise and a short group exercise. Details are in the attached candidate information pack.

Please confirm your attendance by reply to this email no later than Wednesday 1 April. Candidates who do not confirm will be deemed to have withdrawn.

Is mise le meas,
Caitríona Ní Fhlatharta
Staff Officer, Human Resources
Clanrickard County Council
"""), html_cte="quoted-printable",
      pdfs=[{"name": "CCC-GV-26-07_Candidate_Information_Pack.pdf",
                 "title": "Candidate Information Pack - CCC-GV-26-07",
                 "lines": ["Facilities Officer (Grade V) - Assessment Centre, 14 April 2026",
                        "09:15 Registration, Council Chamber",
                        "09:30 In-tray exercise (60 minutes)",
                        "10:45 Group exercise: planning a depot move (40 minutes)",
                        "13:30 Competency-based interview (30 minutes)",
                        "Bring: photo ID, original qualifications, Garda vetting form."]}]))

_t = """\
Dear Declan,

Thank you for applying for the post of Facilities Officer at St Brigid's Hospital Galway.

I am pleased to invite you to attend for interview on Thursday 5 March 2026 at 10:30 in the Boardroom, Administration Block (first floor), Newcastle Road. The interview board will consist of three members and the interview will last approximately 30 minutes.

Please reply to confirm that you will attend, and bring two forms of identification, one of which must be photographic.

Kind regards,
Maura Hession
HR Recruitment Officer
St Brigid's Hospital Galway | Newcastle Road, Galway
091 555 7740

CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
add(M(key="stbrigids_invite", kind="interview_invitation", lang="en",
      company="St Brigid's Hospital", contact="maura.hession@stbrigids.example.ie",
      date="2026-02-18 14:20 +0000",
      frm=("Maura Hession", "maura.hession@stbrigids.example.ie"),
      subject="Interview - Facilities Officer, St Brigid's Hospital",
      text=_t, html=simple_html(_t)))

add(M(key="shannonside_free_thursday", kind="interview_invitation", lang="en",
      company="Shannonside Property Management", contact="eimear@shannonside-pm.example.ie",
      date="2026-05-11 20:14 +0100",
      frm=("Eimear Quilty", "eimear@shannonside-pm.example.ie"),
      subject="Quick chat?",
      text="""\
Hi Declan,

Eimear here from Shannonside Property Management, thanks for sending on your CV for the facilities coordinator job. Are you free Thursday to chat? Nothing formal, maybe half an hour on the phone around 2pm, just so I can tell you a bit about the portfolio (mostly apartment blocks in Castletroy and the city centre) and hear about you.

Let me know what suits.

Eimear

Eimear Quilty | Operations Director
Shannonside Property Management Ltd, 3 Honan's Quay, Limerick
061 555 474
"""))

_client = """\
Hi Shane,

Happy to see Declan on Tuesday 28th at 11. Ask him to report to reception on the ground floor and ask for me. We'll have about 45 minutes, and I'll bring Karl from our maintenance contractor along for the second half.

Thanks,
Sinéad
"""
add(M(key="harbourline_gcw_invite", kind="interview_invitation", lang="en",
      company="Grand Canal Workspace", contact="shane.kinsella@harbourline.example.ie",
      date="2026-04-21 16:02 +0100",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Interview confirmed: Grand Canal Workspace, Tues 28 April",
      refs=["harbourline_registered"],
      text="""\
Hi Declan,

Great news: Grand Canal Workspace would like to meet you for the Facilities Coordinator role. You're booked in for Tuesday 28 April at 11:00 at their building, 5 Grand Canal Square, with Sinéad Roche (Head of Workplace). Her note is below.

Dress is smart casual. Have a think about how you'd handle one member complaining that the meeting rooms are freezing while another says they're too warm; she likes that sort of question.

Can you confirm by reply and I'll let her know?

Shane

""" + forwarded("en", "Sinéad Roche <sinead.roche@grandcanalworkspace.example.ie>", "Tue, 21 Apr 2026 at 15:40",
                "Re: Declan Ferreira-Osei - Facilities Coordinator", "Shane Kinsella <shane.kinsella@harbourline.example.ie>",
                _client)))

_ics_lagan = {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000042f1laganestates", "seq": 0,
                  "start": "2026-04-16 11:00 +0100", "end": "2026-04-16 11:45 +0100",
                  "summary": "Interview: Property Services Coordinator - Declan Ferreira-Osei",
                  "location": "Microsoft Teams Meeting", "organizer": CONOR, "mode": "attach",
                  "description": "Join on your computer: https://teams.example.com/l/meetup-join/19%3ameeting_LE42\nMeeting ID: 348 112 907 55\nPasscode: Xk7pQ2"}
_t = """\
Hi Declan,

Thanks for your application for the Property Services Coordinator role. We'd like to invite you to a first-round interview on Thursday 16 April at 11:00, on Microsoft Teams. It'll be myself and Heather Boyd, our Compliance Manager, for about 45 minutes.

The Teams invite is attached. Please accept it so it lands in your calendar.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.example.com/l/meetup-join/19%3ameeting_LE42
Meeting ID: 348 112 907 55
Passcode: Xk7pQ2
________________________________________________________________________________

Regards,
Conor Magee
Head of Property Services | Lagan Estates
14 Donegall Square East, Belfast BT1 5HB
028 9555 0632
"""
add(M(key="laganestates_teams_invite", kind="interview_invitation", lang="en",
      company="Lagan Estates", contact=CONOR[1],
      date="2026-04-09 15:45 +0100", frm=CONOR,
      subject="Interview invitation: Property Services Coordinator",
      refs=["own_laganestates_application"],
      text=_t, html=word_html(_t), ics=_ics_lagan,
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

_t = """\
Hi Declan,

Thanks for your interest in the Building Coordinator role at Kelvin Property Partners! We'd like to invite you to a panel interview with Euan Gillespie (Associate Director) and me.

Please choose a time that works for you using the link below. All slots are at our office at 120 St Vincent Street, Glasgow, and take about an hour.

Select a time: https://app.greenhouse.io/scheduling/schedule/kpp-7d21c0a9

Looking forward to meeting you,
Morag Dunlop
Talent & Office Manager, Kelvin Property Partners
"""
add(M(key="kelvin_greenhouse_invite", kind="interview_invitation", lang="en",
      company="Kelvin Property Partners", contact=MORAG[1],
      date="2026-06-01 10:40 +0100",
      frm=("Morag Dunlop via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=MORAG,
      subject="Kelvin Property Partners: schedule your interview",
      refs=["kelvin_workable_ack"],
      text=_t, html=ats_card("Kelvin Property Partners", "#3c7a3c", _t,
                             button=("Select a time", "https://app.greenhouse.io/scheduling/schedule/kpp-7d21c0a9"))))

add(M(key="eyresquare_trial_day", kind="interview_invitation", lang="en",
      company="Eyre Square Centre", contact="gavin.cloherty@eyresquarecentre.example.ie",
      date="2026-08-03 13:12 +0100",
      frm=("Gavin Cloherty", "gavin.cloherty@eyresquarecentre.example.ie"),
      subject="Trial day - Saturday 8 August",
      text="""\
Hi Declan,

Following our chat last week, we'd like you to come in for a trial day as Facilities Supervisor on Saturday 8 August, 9am to 3pm. You'll shadow our operations manager, Deirdre, through a normal Saturday: the morning walk-round, tenant deliveries, the lift contractor's visit and the closing checks on the car park.

Please report to the loading bay entrance on Forster Street at 9am sharp, and wear safety boots if you have them; we'll give you a hi-vis. The day is paid at the supervisor rate.

Reply to confirm and I'll put you on the security list.

Thanks,
Gavin Cloherty
Centre Manager, Eyre Square Centre
Galway H91 PX38 | 091 555 640
"""))

add(M(key="clydeside_invite", kind="interview_invitation", lang="en",
      company="Clydeside Health Board", contact="lorna.baxter@clydeside-health.example.scot",
      date="2026-03-02 11:05 +0000",
      frm=("Lorna Baxter", "lorna.baxter@clydeside-health.example.scot"),
      subject="Interview invitation – Facilities Coordinator, Band 5 (CHB/26/0311)",
      cte="base64",
      text="""\
Dear Declan,

I am pleased to invite you to interview for the above post on Wednesday 18 March 2026 at 14:00, at the Estates Office, Clydeside Health Board, Gartnavel Road, Glasgow G12 0XH.

The panel will be Mr Alasdair Rennie (Head of Estates), Ms Priya Nair (Facilities Manager) and myself. The interview will last about 45 minutes and you will be asked to give a 5-minute presentation on "managing reactive maintenance requests in a busy site".

Please confirm your attendance by replying to this email, and bring photographic ID.

Kind regards
Lorna

Lorna Baxter
Recruitment Assistant
Clydeside Health Board, Gartnavel Road, Glasgow G12 0XH
Tel: 0141 555 3307

**********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
**********************************************************************
"""))

_t = """\
Hi Declan,

Good news! The team at Northwall Data Centres would like to meet you for the Facilities Coordinator role.

Interview: 45-minute video call with Tomás Whelan (Recruiter) and Jade Okafor (Site Operations Lead)

Use the link below to pick a time that suits you. You'll get a calendar invitation with the video link as soon as you book.

https://jobs.ashbyhq.com/northwall/interview-scheduling/2c9e4f

If you have questions, reply to this email and Tomás will get back to you.

The Northwall Data Centres Recruiting Team
"""
add(M(key="northwall_ashby_invite", kind="interview_invitation", lang="en",
      company="Northwall Data Centres", contact="tomas.whelan@northwall-dc.example.ie",
      date="2026-06-15 12:30 +0100",
      frm=("Northwall Data Centres", "no-reply@ashbyhq.com"),
      reply_to=("Tomás Whelan", "tomas.whelan@northwall-dc.example.ie"),
      subject="Schedule your interview with Northwall Data Centres",
      text=_t, html=ats_card("Northwall Data Centres", "#222f3e", _t,
                             button=("Choose a time", "https://jobs.ashbyhq.com/northwall/interview-scheduling/2c9e4f"))))

add(M(key="merchantcity_phone_screen", kind="interview_invitation", lang="en",
      company="Merchant City Recruitment", contact="kirsty@merchantcity-rec.example.co.uk",
      date="2026-05-04 09:15 +0100",
      frm=("Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk"),
      subject="Screening call - Thursday?",
      refs=["merchantcity_registered"],
      text="""\
Hi Declan,

Thanks for registering with us last week. Before I put you forward for anything, I'd like to do a 15-minute screening call so I understand what you're after and what you're not.

Would Thursday 7 May at 10am work? I'll call the mobile on your CV. If not, send me two or three times that suit and I'll fit in.

Kirsty

Kirsty Galbraith
Principal Consultant – Facilities & Estates
Merchant City Recruitment, 48 Ingram Street, Glasgow G1 1EZ
0141 555 0198 | 07700 900 481
"""))

_t = """\
Hi Declan,

Good news: you've been selected for the next step in our hiring process for Facilities Coordinator at The Merrion Row, Dublin 2.

This step is a short recorded video interview. You'll be asked four questions and have up to two minutes to answer each one. You can complete it at any time in the next 5 days from a laptop or phone.

Start your video interview: https://jobs.smartrecruiters.com/oneclick-ui/video/mrh-9915

Best of luck!
Merrion Row Hotels People Team
"""
add(M(key="merrionrow_video_invite", kind="interview_invitation", lang="en",
      company="Merrion Row Hotels", contact="",
      date="2026-03-31 10:00 +0100",
      frm=("Merrion Row Hotels", "no-reply@smartrecruiters.com"),
      subject="Next step: video interview for Facilities Coordinator",
      refs=["merrionrow_smartrecruiters_ack"],
      text=_t, html=ats_card("Merrion Row Hotels", "#6b1f3a", _t,
                             button=("Start video interview", "https://jobs.smartrecruiters.com/oneclick-ui/video/mrh-9915")),
      headers=[("Auto-Submitted", "auto-generated")]))

_porter = """\
Dear Declan,

Thank you for your interest in the Porter Supervisor post (MWTU-0388). Unfortunately, on this occasion, you have not been shortlisted for interview. The number of applications was very high and the board shortlisted those who best met the essential criteria.

Kind regards,
Gráinne Moloney
"""
add(M(key="mwtu_invite_after_porter", kind="interview_invitation", lang="en",
      company="Mid-West Technical University", contact="grainne.moloney@mwtu.example.ie",
      date="2026-03-30 11:20 +0100",
      frm=("Gráinne Moloney", "grainne.moloney@mwtu.example.ie"),
      subject="RE: Porter Supervisor (MWTU-0388) – application outcome",
      refs=["mwtu_icims_ack", "<porter0388.outcome@mwtu.example.ie>"],
      text="""\
Dear Declan,

Following on from my note below, I'm glad to have better news on a separate competition. Your application for Facilities Coordinator (ref. MWTU-0412) has been shortlisted, and the board would like to interview you.

Interviews will take place during the week of 20 April on the Moylish campus. I will confirm the exact date and time once the board is finalised; in the meantime, could you let me know any days that week when you would not be available?

Kind regards,
Gráinne

Gráinne Moloney
HR Officer – Recruitment
Mid-West Technical University
Tel: +353 61 555 0190

""" + outlook("en", "Gráinne Moloney", "Monday, March 9, 2026 3:02 PM", "Declan Ferreira-Osei",
              "Porter Supervisor (MWTU-0388) – application outcome", _porter)))

# ================================================================== interview_invitation, French

_t = """\
Monsieur,

Suite à l'examen de votre dossier, j'ai le plaisir de vous convoquer à un entretien pour le poste de coordinateur des services logistiques et de maintenance (réf. UHV-2026-BIATSS-37).

Date : mardi 7 avril 2026 à 10h00
Lieu : salle du conseil, bâtiment B (rez-de-chaussée), campus du Thabor, 2 rue du Thabor, Rennes
Durée : environ 40 minutes, dont une mise en situation de 10 minutes

La commission sera composée du directeur du patrimoine, de la responsable logistique et d'un représentant de la DRH. Une invitation à ajouter à votre agenda est jointe à ce message.

Merci de me confirmer votre présence par retour de courriel.

Bien cordialement,

Gwenaëlle Le Bihan
Chargée de recrutement – Direction des ressources humaines
Université de Haute-Vilaine
Tél. : 02 99 55 01 27
"""
GWEN = ("Gwenaëlle Le Bihan", "gwenaelle.lebihan@univ-hautevilaine.example.fr")
add(M(key="uhv_convocation", kind="interview_invitation", lang="fr",
      company="Université de Haute-Vilaine", contact=GWEN[1],
      date="2026-03-24 09:40 +0100", frm=GWEN,
      subject="Convocation à un entretien – réf. UHV-2026-BIATSS-37",
      refs=["uhv_accuse"],
      text=_t, cte="quoted-printable", html=simple_html(_t, "fr"), html_cte="base64",
      ics={"method": "REQUEST", "uid": "uhv-biatss37-entretien-ferreira@univ-hautevilaine.example.fr", "seq": 0,
               "start": "2026-04-07 10:00 +0200", "end": "2026-04-07 10:40 +0200",
               "summary": "Entretien – coordinateur des services logistiques (UHV-2026-BIATSS-37)",
               "location": "Salle du conseil, bâtiment B, 2 rue du Thabor, Rennes",
               "organizer": GWEN, "cte": "base64", "mode": "attach",
               "prodid": "-//Zimbra//Zimbra Calendar//FR"}))

ERWAN = ("Erwan Le Gall", "erwan.legall@hotel-leslices.example.fr")
add(M(key="leslices_echange_jeudi", kind="interview_invitation", lang="fr",
      company="Hôtel Les Lices", contact=ERWAN[1],
      date="2026-06-08 18:05 +0200", frm=ERWAN,
      subject="Un échange jeudi ?",
      text="""\
Bonjour Declan,

Merci pour votre candidature au poste de responsable technique et services généraux. Votre parcours en bar et en hôtellerie nous intéresse beaucoup, c'est exactement le type de profil polyvalent qu'on cherche pour l'hôtel.

Seriez-vous disponible jeudi 11 juin à 15h pour un premier échange en visio d'une demi-heure ? Voici le lien : https://meet.google.com/lic-esxw-pqa

Si jeudi ne vous arrange pas, proposez-moi un autre moment dans la semaine.

À bientôt,
Erwan Le Gall
Directeur d'exploitation – Hôtel Les Lices
3 place des Lices, 35000 Rennes
"""))

add(M(key="armor_entretien_ouestcampus", kind="interview_invitation", lang="fr",
      company="Ouest Campus Services", contact="maelle.guillou@armor-interim.example.fr",
      date="2026-05-19 10:30 +0200",
      frm=("Maëlle Guillou", "maelle.guillou@armor-interim.example.fr"), name_enc=("iso-8859-1", "Q"),
      subject="Entretien chez Ouest Campus Services – mardi 2 juin 14h",
      subj_enc=("utf-8", "Q"),
      refs=["armor_inscription"],
      text="""\
Bonjour Declan,

Bonne nouvelle : Ouest Campus Services, notre client qui gère les résidences étudiantes de Beaulieu et de Villejean, souhaite vous rencontrer pour le poste de coordinateur maintenance des résidences (CDI, 35h).

Entretien : mardi 2 juin à 14h
Adresse : 27 avenue des Buttes de Coësmes, 35700 Rennes, accueil du bâtiment C
Avec : Mme Hélène Pichon, responsable du patrimoine, et un technicien de l'équipe

Prévoyez une pièce d'identité et quelques exemples concrets de gestion de prestataires (nettoyage, sécurité) tirés de votre expérience au bar. Pouvez-vous me confirmer votre présence ?

Je vous appelle lundi pour un petit briefing.

Maëlle Guillou
Chargée de recrutement – Armor Intérim Rennes Sud
06 55 41 28 90
"""))

add(M(key="chvilainesud_convocation", kind="interview_invitation", lang="fr",
      company="Centre hospitalier Vilaine-Sud", contact="nolwenn.rault@ch-vilainesud.example.fr",
      date="2026-09-14 15:30 +0200",
      frm=("DRH - Recrutement CH Vilaine-Sud", "drh-recrutement@ch-vilainesud.example.fr"),
      reply_to=("Nolwenn Rault", "nolwenn.rault@ch-vilainesud.example.fr"),
      subject="Convocation - entretien de recrutement - technicien logistique hospitalière",
      charset="iso-8859-1", cte="quoted-printable",
      text="""\
Monsieur Ferreira-Osei,

Nous avons bien étudié votre candidature au poste de technicien logistique hospitalière (services hôteliers et maintenance des bâtiments), et nous avons le plaisir de vous convier à un entretien avec la commission de recrutement.

Date : lundi 28 septembre 2026
Heure : 9h30
Lieu : Direction des ressources humaines, bâtiment administratif, 1er étage, 12 rue de Châtillon, Rennes

Merci de confirmer votre venue auprès de Mme Nolwenn Rault, en répondant à ce message ou au 02 99 55 32 70. En cas d'empêchement, prévenez-nous au moins 48 heures à l'avance.

Veuillez agréer, Monsieur, nos salutations distinguées.

La Direction des ressources humaines
Centre hospitalier Vilaine-Sud
"""))

# ================================================================== interview_invitation, German

KATRIN = ("Katrin Wilms", "k.wilms@koe-immo.example.de")
_t = """\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für Ihre Bewerbung als Objektkoordinator (m/w/d) für unsere Gewerbeobjekte an der Königsallee und im Medienhafen.

Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 21. Juli 2026, 14:00 Uhr
Ort: Königsallee Immobilien, Königsallee 61, 40215 Düsseldorf, 4. OG
Gesprächspartner: Frank Lindemann (Leitung Objektmanagement) und ich

Die Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz per E-Mail. Das Gespräch kann auf Wunsch teilweise auf Englisch stattfinden.

Mit freundlichen Grüßen
Katrin Wilms
Personalreferentin
Königsallee Immobilien GmbH
Königsallee 61 | 40215 Düsseldorf
Tel. +49 211 555 8120
Geschäftsführer: Dr. Ulrich Hanke | Amtsgericht Düsseldorf HRB 55123
"""
add(M(key="koe_einladung", kind="interview_invitation", lang="de",
      company="Königsallee Immobilien", contact=KATRIN[1],
      date="2026-07-14 09:00 +0200", frm=KATRIN,
      subject="Einladung zum Vorstellungsgespräch – Objektkoordinator (m/w/d)",
      subj_enc=("utf-8", "B"),
      refs=["koe_personio_eingang"],
      text=_t, html=word_html(_t, "de"), html_cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "koe-objektkoordinator-2026-ferreira@koe-immo.example.de", "seq": 0,
               "start": "2026-07-21 14:00 +0200", "end": "2026-07-21 15:00 +0200",
               "summary": "Vorstellungsgespräch Objektkoordinator (m/w/d) – Herr Ferreira-Osei",
               "location": "Königsallee 61, 40215 Düsseldorf, 4. OG",
               "organizer": KATRIN}))

HENRIKE = ("Henrike Sauerland", "h.sauerland@klinikum-oberkassel.example.de")
add(M(key="klinikum_einladung", kind="interview_invitation", lang="de",
      company="Klinikum Oberkassel", contact=HENRIKE[1],
      date="2026-06-10 11:25 +0200", frm=HENRIKE,
      subject="Einladung zum Vorstellungsgespräch – Koordination Facility Management",
      refs=["klinikum_eingang"],
      cte="quoted-printable",
      text="""\
Guten Tag Herr Ferreira-Osei,

Ihre Bewerbung für die Stelle Koordination Facility Management (Vollzeit, TVöD-K E8) hat uns überzeugt. Gern möchten wir Sie zu einem persönlichen Gespräch einladen.

Vorgeschlagener Termin: Donnerstag, 18. Juni 2026, 10:00 Uhr
Ort: Verwaltungsgebäude, Haus C, Raum 1.07, Luegallee 120, 40545 Düsseldorf
Dauer: ca. 60 Minuten inkl. kurzer Begehung der Technikzentrale

Am Gespräch nehmen Herr Schäfer (Leitung Technik und Betrieb), eine Vertreterin des Betriebsrats und ich teil. Bitte geben Sie mir bis Montag Bescheid, ob der Termin für Sie passt.

Freundliche Grüße
Henrike Sauerland
Personalreferentin
Klinikum Oberkassel gGmbH
Luegallee 120, 40545 Düsseldorf
Tel. 0211 555 4410
"""))

add(M(key="rheinufer_probearbeiten", kind="interview_invitation", lang="de",
      company="Rheinufer Hotel", contact="m.brenner@rheinufer-hotel.example.de",
      date="2026-05-06 16:40 +0200",
      frm=("Matthias Brenner", "m.brenner@rheinufer-hotel.example.de"),
      subject="Einladung zum Probearbeiten",
      text="""\
Hallo Herr Ferreira-Osei,

danke für das nette Telefonat gestern. Wie besprochen würden wir Sie gern zu einem Probearbeitstag in der Haustechnik einladen, damit Sie den Betrieb kennenlernen und wir sehen, wie Sie mit dem Team harmonieren.

Wann: Donnerstag, 14. Mai, 8:00 bis ca. 14:00 Uhr
Wo: Personaleingang Rheinufer Hotel, Mannesmannufer 9, Düsseldorf – bitte am Empfang nach mir fragen
Mitbringen: Sicherheitsschuhe, falls vorhanden; Arbeitskleidung stellen wir

Für den Tag gibt es eine Aufwandsentschädigung und natürlich Mittagessen in der Kantine. Geben Sie mir bitte kurz Bescheid, ob es klappt.

Viele Grüße
Matthias Brenner
Leiter Haustechnik
Rheinufer Hotel Düsseldorf
"""))

# ================================================================== interview_invitation, Spanish

LUCIA = ("Lucía Benjumea", "lbenjumea@uguadalquivir.example.es")
add(M(key="uguadalquivir_entrevista", kind="interview_invitation", lang="es",
      company="Universidad del Guadalquivir", contact=LUCIA[1],
      date="2026-02-24 10:00 +0100", frm=LUCIA, name_enc=("iso-8859-1", "B"),
      subject="Convocatoria a entrevista – REQ 4471",
      refs=["uguadalquivir_sf_acuse"],
      text="""\
Estimado Sr. Ferreira-Osei:

En relación con su candidatura a la plaza de Técnico/a de Mantenimiento y Servicios (REQ 4471), nos complace comunicarle que ha sido seleccionado para la fase de entrevista personal.

Fecha: jueves, 5 de marzo de 2026
Hora: 12:00
Lugar: Edificio del Rectorado, sala de juntas de la 2.ª planta, C/ San Fernando 4, Sevilla

La entrevista tendrá una duración aproximada de 30 minutos y podrá realizarse parcialmente en inglés. Le rogamos que confirme su asistencia respondiendo a este correo.

Un saludo cordial,
Lucía Benjumea
Área de Recursos Humanos – Selección PTGAS
Universidad del Guadalquivir
Tel. 955 55 14 62
"""))

MACARENA = ("Macarena Ruiz", "macarena@hotelalfalfa.example.es")
add(M(key="alfalfa_te_viene_bien_jueves", kind="interview_invitation", lang="es",
      company="Hotel Patio de la Alfalfa", contact=MACARENA[1],
      date="2026-09-01 19:40 +0200", frm=MACARENA,
      subject="¿Te viene bien el jueves?", subj_enc=("utf-8", "Q"),
      text="""\
Hola Declan,

Soy Macarena, la directora del Hotel Patio de la Alfalfa. He leído tu CV para el puesto de responsable de mantenimiento y servicios y me ha encantado lo de la reforma del bar en Galway.

¿Te viene bien el jueves a las 11 para charlar un rato en el hotel? Estamos en la Plaza de la Alfalfa 6, pregunta por mí en recepción. Será algo informal, un café y te enseño las instalaciones.

Dime algo.

Un saludo,
Macarena
Hotel Patio de la Alfalfa
Tel. 954 55 09 81
"""))

ROCIO = ("Rocío Alcaide", "rocio.alcaide@triana-gestion.example.es")
_t = """\
Rocío Alcaide le ha invitado a la siguiente reunión.

Entrevista – Coordinador de mantenimiento de comunidades
lunes, 20 de abril de 2026 · 10:00 – 10:30
Zona horaria: Europe/Madrid
Videollamada: https://meet.google.com/tri-ana-entr

Hola Declan, te confirmo la entrevista por videollamada para el puesto de coordinador de mantenimiento. Estaremos Fernando (gerente) y yo. Acepta la invitación para que te quede en el calendario.

Invitación de Google Calendar
"""
add(M(key="triana_convocatoria", kind="interview_invitation", lang="es",
      company="Gestión Inmobiliaria Triana", contact=ROCIO[1],
      date="2026-04-13 13:05 +0200", frm=ROCIO,
      subject="Invitación: Entrevista – Coordinador de mantenimiento @ lun 20 abr 2026 10:00 - 10:30 (CEST)",
      text=_t, html=simple_html(_t, "es"),
      ics={"method": "REQUEST", "uid": "5k2j9triana0420@google.com", "seq": 0,
               "start": "2026-04-20 10:00 +0200", "end": "2026-04-20 10:30 +0200",
               "summary": "Entrevista – Coordinador de mantenimiento de comunidades",
               "location": "https://meet.google.com/tri-ana-entr",
               "organizer": ROCIO, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}))

JAVIER = ("Javier Montaño", "jmontano@giraldatalent.example.es")
add(M(key="giralda_entrevista_cliente", kind="interview_invitation", lang="es",
      company="Hotel Puerta de Jerez", contact=JAVIER[1],
      date="2026-03-09 12:30 +0100", frm=JAVIER,
      subject="Entrevista con Hotel Puerta de Jerez – viernes 13 de marzo",
      refs=["giralda_registro"],
      text="""\
Hola Declan:

Como te adelanté por teléfono, el Hotel Puerta de Jerez quiere conocerte para el puesto de responsable de servicios técnicos. Te he cerrado la entrevista:

Cuándo: viernes 13 de marzo a las 10:30
Dónde: Hotel Puerta de Jerez, entrada de personal por la calle Maese Rodrigo
Con quién: Inmaculada Sáenz, directora de operaciones

Llévate el CV impreso en español y repasa un poco el vocabulario de climatización y mantenimiento preventivo; ella cambiará al inglés si hace falta, pero le gustará ver que lo intentas.

Confírmame cuando puedas y te llamo el jueves para prepararla.

Un abrazo,
Javier Montaño
Consultor senior | Giralda Talent
+34 654 55 21 09
"""))

# ================================================================== interview_reschedule_or_cancel

_t = """\
Dear Declan,

Because of a clash with a Governing Authority meeting, the board has had to move your interview for Facilities Coordinator (CU-FAC-2026-014).

Previous time: Wednesday 8 July 2026, 10:00
New time: Thursday 9 July 2026, 14:30, same room (G.14, Estates Office)

The updated calendar invitation attached should replace the original one in your calendar. Apologies for the inconvenience; please reply to confirm that the new time suits.

Kind regards,
Niamh Geraghty
HR Business Partner (Recruitment)
Corrib University
"""
add(M(key="corrib_moved_sequence", kind="interview_reschedule_or_cancel", lang="en",
      company="Corrib University", contact=NIAMH[1],
      date="2026-07-01 16:20 +0100", frm=NIAMH,
      subject="Updated: Interview: Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014)",
      refs=["corrib_workday_ack", "corrib_panel_invite"],
      text=_t, html=word_html(_t),
      ics={"method": "REQUEST", "uid": "CU-FAC-2026-014-int-07@corrib-university.example.ie", "seq": 1,
               "start": "2026-07-09 14:30 +0100", "end": "2026-07-09 15:15 +0100",
               "summary": "Interview: Facilities Coordinator (CU-FAC-2026-014)",
               "location": "Room G.14, Estates Office, Corrib University, University Road, Galway",
               "organizer": NIAMH}))

add(M(key="stbrigids_meeting_cancelled", kind="interview_reschedule_or_cancel", lang="en",
      company="St Brigid's Hospital", contact="maura.hession@stbrigids.example.ie",
      date="2026-03-03 17:05 +0000",
      frm=("Maura Hession", "maura.hession@stbrigids.example.ie"),
      subject="Cancelled: Interview - Facilities Officer",
      refs=["stbrigids_invite"],
      text="""\
Dear Declan,

I'm afraid we need to cancel your interview scheduled for this Thursday, 5 March, at 10:30. Two members of the interview board are unavailable this week because of a hospital-wide incident response.

This is not a reflection on your application. Your candidacy remains active and I will be in touch with a new date as soon as I can.

Kind regards,
Maura Hession
HR Recruitment Officer
St Brigid's Hospital Galway
""",
      ics={"method": "CANCEL", "uid": "stbrigids-fo-int-0305-1030@stbrigids.example.ie", "seq": 1,
               "start": "2026-03-05 10:30 +0000", "end": "2026-03-05 11:00 +0000",
               "summary": "Interview - Facilities Officer",
               "location": "Boardroom, Administration Block, St Brigid's Hospital",
               "organizer": ("Maura Hession", "maura.hession@stbrigids.example.ie")}))

_old = """\
Hi Conor,

I'm so sorry. The Teams invite went into my junk folder and I only found it at quarter past eleven, by which time the meeting had ended. I was ready for a call on my phone and kept waiting for it to ring, which is no excuse.

If there's any chance of another slot I'd be very grateful, and I can come to Belfast in person any day next week.

Declan
"""
add(M(key="laganestates_rebooked", kind="interview_reschedule_or_cancel", lang="en",
      company="Lagan Estates", contact=CONOR[1],
      date="2026-04-17 10:05 +0100", frm=CONOR,
      subject="Re: Missed you this morning",
      refs=["laganestates_teams_invite", "laganestates_missed_teams", "<CAJf9Dd1w9Kp3@mail.example.ie>"],
      text=reply("""\
No bother, Declan, these things happen; Teams invites in junk folders are a classic.

Let's try again: Thursday 23 April at 14:00, in person this time at 14 Donegall Square East, so there's no tech to go wrong. Heather will join us as before. Just confirm you can make it.

Conor
""", "en", "Thu, 16 Apr 2026 at 12:02", CAND_NAME, CAND_ADDR, _old)))

_old = """\
Hi Eimear,

Thursday at 2 is perfect, thanks. Talk then.

Declan
"""
add(M(key="shannonside_moved_to_friday", kind="interview_reschedule_or_cancel", lang="en",
      company="Shannonside Property Management", contact="eimear@shannonside-pm.example.ie",
      date="2026-05-13 08:45 +0100",
      frm=("Eimear Quilty", "eimear@shannonside-pm.example.ie"),
      subject="Re: Quick chat?",
      refs=["shannonside_free_thursday", "<CAJf9Dd3b1Tr8@mail.example.ie>"],
      text=reply("""\
Declan, something's come up for Thursday: a burst pipe in one of the Castletroy blocks, so I'll be on site all day with the insurers.

Could we do Friday at 11 instead? Same plan, I'll ring you.

Eimear
""", "en", "Mon, 11 May 2026 at 21:30", CAND_NAME, CAND_ADDR, _old)))

add(M(key="clydeside_interviewer_ill", kind="interview_reschedule_or_cancel", lang="en",
      company="Clydeside Health Board", contact="lorna.baxter@clydeside-health.example.scot",
      date="2026-03-17 09:10 +0000",
      frm=("Lorna Baxter", "lorna.baxter@clydeside-health.example.scot"),
      subject="Interview on 18 March – change of date",
      refs=["clydeside_invite"],
      charset="windows-1252", cte="quoted-printable",
      text="""\
Dear Declan,

Unfortunately Mr Rennie, who chairs the panel, is unwell, and we have had to postpone all of tomorrow's interviews for the Facilities Coordinator post.

We can offer you Monday 23 March at 10:00 at the same venue (Estates Office, Gartnavel Road). The format – presentation followed by questions – is unchanged.

Please let me know today or tomorrow whether the new date suits you.

Kind regards

Lorna Baxter
Recruitment Assistant
Clydeside Health Board
Tel: 0141 555 3307
"""))

_t = """\
Hi Declan,

Your interview with Liffey Quay Properties has been moved.

Was: Tuesday 10 March 2026, 10:00 – 10:45
Now: Wednesday 11 March 2026, 15:00 – 15:45
Where: Liffey Quay Properties, 2 Custom House Plaza, Dublin 1
Interviewers: Aoife Brannigan, Brian Tully

Aoife says: "Sorry for the shuffle, Brian is tied up with a tenant handover on Tuesday morning. Wednesday afternoon also gives you a handier train up from Galway."

If the new time doesn't work, reply to this email.
"""
add(M(key="liffeyquay_lever_moved", kind="interview_reschedule_or_cancel", lang="en",
      company="Liffey Quay Properties", contact="aoife.brannigan@liffeyquay.example.ie",
      date="2026-03-06 14:00 +0000",
      frm=("Aoife Brannigan (Liffey Quay Properties)", "no-reply@hire.lever.co"),
      reply_to=("Aoife Brannigan", "aoife.brannigan@liffeyquay.example.ie"),
      subject="Updated interview time: Liffey Quay Properties",
      refs=["liffeyquay_lever_invite"],
      text=_t, html=ats_card("Liffey Quay Properties", "#2b6cb0", _t)))

add(M(key="harbourline_gcw_moved", kind="interview_reschedule_or_cancel", lang="en",
      company="Grand Canal Workspace", contact="shane.kinsella@harbourline.example.ie",
      date="2026-04-24 12:15 +0100",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Change of time: Grand Canal Workspace",
      refs=["harbourline_gcw_invite"],
      text="""\
Hi Declan,

Small change. Sinéad at Grand Canal Workspace has to be at a conference in London on Tuesday, so she's asked to push your interview out by a week: Tuesday 5 May, still 11:00, same place, same format.

Sorry for the messing. Let me know you've seen this.

Shane

Shane Kinsella | Senior Consultant, Property & Facilities
Harbourline Recruitment
M: +353 86 555 0117
"""))

_t = """\
Hi Declan,

Your interview with Northwall Data Centres has been rescheduled.

New time: Tuesday 23 June 2026, 09:30 – 10:15 (Irish Standard Time)
Format: video call, link below
Interviewers: Tomás Whelan, Jade Okafor

Join: https://meet.ashbyhq.com/northwall/5f1e-93ab

An updated calendar invitation has been sent separately.

The Northwall Data Centres Recruiting Team
Sent by Ashby. Please do not reply to this email.
"""
add(M(key="northwall_ashby_rescheduled", kind="interview_reschedule_or_cancel", lang="en",
      company="Northwall Data Centres", contact="",
      date="2026-06-18 17:45 +0100",
      frm=("Northwall Data Centres", "no-reply@ashbyhq.com"),
      subject="Rescheduled: your interview with Northwall Data Centres",
      refs=["northwall_ashby_invite"],
      text=_t, html=ats_card("Northwall Data Centres", "#222f3e", _t),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="kelvin_panel_cancel", kind="interview_reschedule_or_cancel", lang="en",
      company="Kelvin Property Partners", contact=MORAG[1],
      date="2026-06-04 18:30 +0100", frm=MORAG,
      subject="Canceled: Panel interview – Declan Ferreira-Osei",
      refs=["kelvin_greenhouse_invite"],
      text="""\
Hi Declan,

Euan's been pulled into a tenant dispute on Tuesday, so I'm cancelling this slot for now. Not a reflection on you at all. I'll send a new invite for later in the week once I've pinned him down.

Morag
""",
      ics={"method": "CANCEL", "uid": "gh-kpp-panel-7d21c0a9@kelvinpp.example.co.uk", "seq": 2,
               "start": "2026-06-09 10:00 +0100", "end": "2026-06-09 11:00 +0100",
               "summary": "Panel interview – Declan Ferreira-Osei",
               "location": "120 St Vincent Street, Glasgow", "organizer": MORAG},
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

_old = """\
Bonjour Erwan,

Je suis vraiment désolé pour jeudi : j'étais persuadé que notre rendez-vous était à 15h heure irlandaise, donc 16h pour vous. Je me suis connecté à 16h et il n'y avait plus personne.

Serait-il possible de fixer un autre moment ? Je suis disponible toute la semaine prochaine.

Bien à vous,
Declan
"""
add(M(key="leslices_nouveau_creneau", kind="interview_reschedule_or_cancel", lang="fr",
      company="Hôtel Les Lices", contact=ERWAN[1],
      date="2026-06-12 09:20 +0200", frm=ERWAN,
      subject="Re: Notre échange de jeudi",
      refs=["leslices_echange_jeudi", "leslices_attendu_meet", "<CAJf9Dd4z7Hn2@mail.example.ie>"],
      text=reply("""\
Bonjour Declan,

Pas de souci, le décalage horaire nous a déjà joué des tours avec d'autres candidats.

Je vous propose lundi 15 juin à 10h (heure de Paris, donc 9h chez vous), cette fois par téléphone : je vous appellerai au numéro de votre CV. Dites-moi si cela vous convient.

Erwan
""", "fr", "jeu. 11 juin 2026 à 17:48", CAND_NAME, CAND_ADDR, _old)))

add(M(key="uhv_entretien_deplace", kind="interview_reschedule_or_cancel", lang="fr",
      company="Université de Haute-Vilaine", contact=GWEN[1],
      date="2026-04-02 11:15 +0200", frm=GWEN,
      subject="Modification de la date de votre entretien (réf. UHV-2026-BIATSS-37)",
      subj_enc=("iso-8859-1", "Q"),
      refs=["uhv_accuse", "uhv_convocation"],
      text="""\
Monsieur,

En raison de l'indisponibilité d'un membre de la commission, votre entretien du mardi 7 avril à 10h00 est déplacé au jeudi 9 avril 2026 à 14h00, dans la même salle (salle du conseil, bâtiment B).

L'invitation jointe remplace la précédente dans votre agenda. Je vous remercie de bien vouloir me confirmer que ce nouvel horaire vous convient.

Avec nos excuses pour ce changement,

Gwenaëlle Le Bihan
Chargée de recrutement – Direction des ressources humaines
Université de Haute-Vilaine
""",
      ics={"method": "REQUEST", "uid": "uhv-biatss37-entretien-ferreira@univ-hautevilaine.example.fr", "seq": 1,
               "start": "2026-04-09 14:00 +0200", "end": "2026-04-09 14:40 +0200",
               "summary": "Entretien – coordinateur des services logistiques (UHV-2026-BIATSS-37)",
               "location": "Salle du conseil, bâtiment B, 2 rue du Thabor, Rennes",
               "organizer": GWEN, "mode": "attach", "prodid": "-//Zimbra//Zimbra Calendar//FR"}))

_old = """\
Sehr geehrte Frau Wilms,

vielen Dank für die Einladung, über die ich mich sehr freue. Leider habe ich am 21. Juli bereits einen anderen Termin in Irland, den ich nicht verschieben kann. Wäre ein Gespräch am 22. oder 23. Juli möglich?

Mit freundlichen Grüßen
Declan Ferreira-Osei
"""
add(M(key="koe_verschoben", kind="interview_reschedule_or_cancel", lang="de",
      company="Königsallee Immobilien", contact=KATRIN[1],
      date="2026-07-17 10:40 +0200", frm=KATRIN,
      subject="AW: Bitte um Terminverschiebung",
      refs=["koe_einladung", "own_koe_terminverschiebung"],
      text=reply("""\
Sehr geehrter Herr Ferreira-Osei,

kein Problem. Wir verschieben das Gespräch auf Donnerstag, 23. Juli 2026, 10:00 Uhr, gleicher Ort. Die aktualisierte Kalendereinladung hängt an; die alte können Sie löschen.

Mit freundlichen Grüßen
Katrin Wilms
Personalreferentin
Königsallee Immobilien GmbH
""", "de", "16.07.2026 um 08:12", CAND_NAME, CAND_ADDR, _old),
      cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "koe-objektkoordinator-2026-ferreira@koe-immo.example.de", "seq": 1,
               "start": "2026-07-23 10:00 +0200", "end": "2026-07-23 11:00 +0200",
               "summary": "Vorstellungsgespräch Objektkoordinator (m/w/d) – Herr Ferreira-Osei",
               "location": "Königsallee 61, 40215 Düsseldorf, 4. OG",
               "organizer": KATRIN, "mode": "attach"}))

add(M(key="klinikum_abgesagt_krank", kind="interview_reschedule_or_cancel", lang="de",
      company="Klinikum Oberkassel", contact=HENRIKE[1],
      date="2026-06-16 07:55 +0200", frm=HENRIKE,
      subject="Abgesagt: Vorstellungsgespräch Koordination Facility Management",
      refs=["klinikum_eingang", "klinikum_einladung"],
      text="""\
Guten Morgen Herr Ferreira-Osei,

leider muss ich unser Gespräch am Donnerstag, 18. Juni, absagen: Herr Schäfer ist kurzfristig erkrankt und fällt voraussichtlich die ganze Woche aus.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich, sobald ich einen neuen Termin mit ihm abstimmen konnte, voraussichtlich für Anfang Juli.

Freundliche Grüße
Henrike Sauerland
Personalreferentin, Klinikum Oberkassel
""",
      ics={"method": "CANCEL", "uid": "ko-fm-koord-0618-ferreira@klinikum-oberkassel.example.de", "seq": 1,
               "start": "2026-06-18 10:00 +0200", "end": "2026-06-18 11:00 +0200",
               "summary": "Vorstellungsgespräch Koordination Facility Management",
               "location": "Haus C, Raum 1.07, Luegallee 120, Düsseldorf",
               "organizer": HENRIKE}))

add(M(key="uguadalquivir_cambio", kind="interview_reschedule_or_cancel", lang="es",
      company="Universidad del Guadalquivir", contact=LUCIA[1],
      date="2026-03-02 13:25 +0100", frm=LUCIA,
      subject="Cambio de fecha de su entrevista – REQ 4471",
      refs=["uguadalquivir_sf_acuse", "uguadalquivir_entrevista"],
      cte="base64",
      text="""\
Estimado Sr. Ferreira-Osei:

Por motivos de agenda de la comisión de selección, nos vemos obligados a modificar la fecha de su entrevista.

Fecha anterior: jueves, 5 de marzo, 12:00
Nueva fecha: martes, 10 de marzo de 2026, 11:30
Lugar: el mismo (Edificio del Rectorado, sala de juntas de la 2.ª planta)

Disculpe las molestias. Le agradeceríamos que nos confirmara su disponibilidad.

Un saludo cordial,
Lucía Benjumea
Área de Recursos Humanos – Selección PTGAS
Universidad del Guadalquivir
"""))

_old = """\
¡Hola Macarena! Perfecto, el jueves a las 11 allí estaré. Muchas gracias.

Declan
"""
add(M(key="alfalfa_mover_al_lunes", kind="interview_reschedule_or_cancel", lang="es",
      company="Hotel Patio de la Alfalfa", contact=MACARENA[1],
      date="2026-09-03 08:10 +0200", frm=MACARENA,
      subject="Re: ¿Te viene bien el jueves?", subj_enc=("iso-8859-1", "Q"),
      refs=["alfalfa_te_viene_bien_jueves", "<CAJf9Dd5m2Sx6@mail.example.ie>"],
      text=reply("""\
Buenos días Declan,

Perdona el cambio de última hora, pero tenemos que mover la entrevista al lunes 7 a la misma hora: hoy nos llega un grupo grande y no voy a poder despegarme de recepción en todo el día.

¿Te va bien el lunes a las 11? Si no, dime otro día de la semana que viene.

Macarena
""", "es", "mar, 1 sept 2026 a las 20:15", CAND_NAME, CAND_ADDR, _old)))

# ================================================================== missed_interview_notice

add(M(key="salthill_missed_call", kind="missed_interview_notice", lang="en",
      company="Salthill Bay Hotel", contact="ronan.keady@salthillbay.example.ie",
      date="2026-01-28 10:40 +0000",
      frm=("Ronan Keady", "ronan.keady@salthillbay.example.ie"),
      subject="Missed call this morning",
      refs=["salthill_phone_screen"],
      text="""\
Hi Declan,

I tried calling you twice at 10:00 as arranged, and once more at 10:15, but it went straight to voicemail each time. I left a message on the second go.

I'm in meetings for the rest of the day. Drop me a line if you're still interested in the role.

Ronan
"""))

add(M(key="laganestates_missed_teams", kind="missed_interview_notice", lang="en",
      company="Lagan Estates", contact=CONOR[1],
      date="2026-04-16 11:25 +0100", frm=CONOR,
      subject="Missed you this morning",
      refs=["laganestates_teams_invite"],
      text="""\
Hi Declan,

Heather and I waited on Teams from 11:00 until about 11:15 but didn't see you join, and your phone was going to voicemail.

Is everything OK? Let me know when you get a chance.

Conor

Conor Magee
Head of Property Services | Lagan Estates
028 9555 0632
""", html=word_html("""\
Hi Declan,

Heather and I waited on Teams from 11:00 until about 11:15 but didn't see you join, and your phone was going to voicemail.

Is everything OK? Let me know when you get a chance.

Conor

Conor Magee
Head of Property Services | Lagan Estates
028 9555 0632
""")))

add(M(key="harbourline_gcw_noshow", kind="missed_interview_notice", lang="en",
      company="Grand Canal Workspace", contact="shane.kinsella@harbourline.example.ie",
      date="2026-05-05 11:32 +0100",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Where are you?? Grand Canal Workspace",
      refs=["harbourline_gcw_invite", "harbourline_gcw_moved"],
      text="""\
Declan,

Sinéad's just been on to me. She was waiting at reception from 11 and there's been no sign of you. I've tried your mobile three times.

Give me a shout as soon as you see this. If you're just running late I might still be able to salvage it.

Shane
Sent from Outlook for Android
"""))

add(M(key="merchantcity_missed_screen", kind="missed_interview_notice", lang="en",
      company="Merchant City Recruitment", contact="kirsty@merchantcity-rec.example.co.uk",
      date="2026-05-07 10:25 +0100",
      frm=("Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk"),
      subject="Our call at 10",
      refs=["merchantcity_phone_screen"],
      text="""\
Hi Declan,

I rang at 10 as we'd agreed, and again at ten past, but couldn't get through. No voicemail set up on your mobile either, so I'm dropping you a note instead.

Can you let me know if you still want to go ahead? I have a gap tomorrow afternoon.

Kirsty
"""))

add(M(key="eyresquare_no_show", kind="missed_interview_notice", lang="en",
      company="Eyre Square Centre", contact="gavin.cloherty@eyresquarecentre.example.ie",
      date="2026-08-08 10:02 +0100",
      frm=("Gavin Cloherty", "gavin.cloherty@eyresquarecentre.example.ie"),
      subject="Today's trial day",
      refs=["eyresquare_trial_day"],
      text="""\
Declan,

We were expecting you at the loading bay at 9 this morning for your trial day. Deirdre held on until half nine before starting her walk-round, and security have no record of you signing in.

I hope nothing's wrong. Let me know what happened.

Gavin
"""))

_t = """\
Hi Declan,

Your interviewers were ready for your interview at 09:30 (Irish Standard Time) today, but we didn't see you join the video call.

If something came up, reply to the recruiter who has been in touch with you. We'll let you know about next steps.

The Northwall Data Centres Recruiting Team
Sent by Ashby. Please do not reply to this email.
"""
add(M(key="northwall_ashby_missed", kind="missed_interview_notice", lang="en",
      company="Northwall Data Centres", contact="",
      date="2026-06-23 10:15 +0100",
      frm=("Northwall Data Centres", "no-reply@ashbyhq.com"),
      subject="We missed you today",
      refs=["northwall_ashby_invite", "northwall_ashby_rescheduled"],
      text=_t, html=ats_card("Northwall Data Centres", "#222f3e", _t),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="leslices_attendu_meet", kind="missed_interview_notice", lang="fr",
      company="Hôtel Les Lices", contact=ERWAN[1],
      date="2026-06-11 15:25 +0200", frm=ERWAN,
      subject="Notre échange de jeudi",
      refs=["leslices_echange_jeudi"],
      text="""\
Bonjour Declan,

Je vous ai attendu sur Google Meet à 15h comme convenu, jusqu'à 15h20, sans vous voir arriver. J'espère que tout va bien de votre côté.

Tenez-moi au courant.

Erwan Le Gall
Hôtel Les Lices
"""))

add(M(key="hildenbach_nicht_erschienen", kind="missed_interview_notice", lang="de",
      company="Stadt Hildenbach", contact="sabine.oberdoerfer@hildenbach.example.de",
      date="2026-06-02 10:50 +0200",
      frm=("Sabine Oberdörfer", "sabine.oberdoerfer@hildenbach.example.de"),
      subject="Vorstellungsgespräch am 2. Juni – Kennziffer 32/2026",
      charset="windows-1252", cte="quoted-printable",
      text="""\
Sehr geehrter Herr Ferreira-Osei,

Sie waren für heute, 9:30 Uhr, zum Vorstellungsgespräch für die Stelle Objektbetreuer/in (Kennziffer 32/2026) im Rathaus, Raum 2.14, eingeladen. Sie sind zum vereinbarten Termin nicht erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Bitte teilen Sie uns bis spätestens 5. Juni mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Im Auftrag
Sabine Oberdörfer
Stadt Hildenbach – Fachbereich 10, Personal und Organisation
Telefon 02104 555-210
"""))

add(M(key="rheinlandpb_zweimal_angerufen", kind="missed_interview_notice", lang="de",
      company="Rheinland Personalberatung", contact="joerg.puetz@rheinland-pb.example.de",
      date="2026-04-22 14:20 +0200",
      frm=("Jörg Pütz", "joerg.puetz@rheinland-pb.example.de"),
      subject="Unser Telefontermin heute um 14 Uhr",
      text="""\
Hallo Herr Ferreira-Osei,

ich habe Sie heute um 14 Uhr wie vereinbart zweimal angerufen, leider ohne Erfolg. Vielleicht ist etwas dazwischengekommen?

Melden Sie sich gern, dann finden wir einen neuen Termin für unser Kennenlerngespräch.

Beste Grüße
Jörg Pütz
Rheinland Personalberatung
Mobil 0172 555 3391
"""))

add(M(key="triana_videollamada_perdida", kind="missed_interview_notice", lang="es",
      company="Gestión Inmobiliaria Triana", contact=ROCIO[1],
      date="2026-04-20 10:35 +0200", frm=ROCIO,
      subject="Entrevista de esta mañana",
      refs=["triana_convocatoria"],
      text="""\
Hola Declan,

Fernando y yo te estuvimos esperando en la videollamada desde las 10:00 hasta casi las 10:20, pero no llegaste a conectarte. También te llamé al móvil y no hubo respuesta.

¿Ha pasado algo? Escríbeme cuando puedas.

Rocío
Gestión Inmobiliaria Triana
"""))
