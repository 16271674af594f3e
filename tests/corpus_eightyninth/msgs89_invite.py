"""Interview invitations, employer reschedules/cancellations and missed-interview notices (89th)."""
# ruff: noqa: C408  (keyword dict() calls read as one record per message, like the .eml headers)

INVITE = "interview_invitation"
R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

MESSAGES = [
    # ---- invitations ----
    dict(kind=INVITE, slug="calendly_recruiter_screen", lang="en", company="Copperline Credit Union",
         frm="Brianna Walsh <bwalsh@copperlinecu.example.org>",
         subj="Data Analyst role - 30 min intro call?", date="2026-01-13T10:22:00-06:00",
         fmt="alt", logo="Copperline Credit Union",
         body="""Hi Darnell,

Thanks for applying to the Member Insights Data Analyst position at Copperline Credit Union! I'd love to set up a 30 minute phone screen to learn more about your background and walk you through the role.

Please grab a time that works for you here: https://calendly.example.com/bwalsh-copperline/30min

Looking forward to chatting,
Brianna Walsh
Talent Acquisition Specialist
Copperline Credit Union | 773-555-0161"""),
    dict(kind=INVITE, slug="terse_hm_quick_chat", lang="en", company="Halvorsen Energy",
         frm="Erik Halvorsen <erik.h@halvorsenenergy.example.com>",
         subj="Quick question", date="2026-01-21T18:40:00-07:00",
         body="""Darnell - saw your app come through for the BI dev spot. Would you be free for a quick chat thurs or fri afternoon? 20 min max. Send me a couple times.

Erik
Sent from my iPhone"""),
    dict(kind=INVITE, slug="goodtime_panel", lang="en", company="Meridian Health Plan",
         frm="Meridian Health Plan Recruiting <scheduling@goodtime.example.io>",
         reply_to="Camille Dorsey <cdorsey@meridianhp.example.com>",
         subj="Action required: schedule your panel interview with Meridian Health Plan",
         date="2026-02-05T09:01:00-05:00", fmt="html", logo="Meridian Health Plan",
         body="""Hi Darnell,

Congratulations! The team would like to invite you to a virtual panel interview for the Senior Healthcare Data Analyst role. The panel is 3 back-to-back sessions (45 minutes each) with the Director of Analytics, a Senior Data Engineer and a Clinical Operations partner.

Please use the link below to select a time that works for you within the next 5 business days:
https://app.goodtime.example.io/schedule/8f3ac1d2

If none of the times work, reply to this email and Camille will help.

Meridian Health Plan Talent Team"""),
    dict(kind=INVITE, slug="greenhouse_next_stage_sql", lang="en", company="Brightwater Labs",
         frm="Nadia Karim <nadia.karim@brightwaterlabs.example.com>",
         subj="Next steps - Brightwater Labs", date="2026-02-12T14:33:00-08:00",
         body="""Hi Darnell,

Great speaking with you on Monday! We'd love to move you to the next stage, which is a 60 minute live SQL session with two of our analytics engineers. It's collaborative, no trick questions, you can use whatever docs you'd normally use.

Could you send me your availability for next Tues-Thurs between 10am and 4pm PT?

Thanks!
Nadia
Nadia Karim | Technical Recruiter | Brightwater Labs"""),
    dict(kind=INVITE, slug="ics_teams_vp", lang="en", company="Keystone Aviation Services",
         frm="Rachel Obi <robi@keystoneaviation.example.com>",
         subj="Interview: Darnell Osei-Fitzgerald / VP Revenue Operations", date="2026-02-26T11:05:00-05:00",
         ics=dict(start="2026-03-04T15:00:00-05:00", minutes=45, organizer="robi@keystoneaviation.example.com",
                  cn="Rachel Obi", summary="Interview: Darnell Osei-Fitzgerald / Angela Ruiz (VP Revenue Operations)"),
         body="""Hi Darnell,

As discussed, please find an invite for your conversation with Angela Ruiz, our VP of Revenue Operations, on Wednesday March 4 at 3:00 PM ET. The Teams link is in the invitation.

Let me know if you have any trouble joining.

Best,
Rachel Obi
Recruiting Coordinator, Keystone Aviation Services
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 284 771 903 112
Passcode: 7hBq2W
________________________________________________________________________________"""),
    dict(kind=INVITE, slug="agency_exclaim_interview", lang="en", company="Summit Ridge Pharmacy",
         frm="Jess Tran <jess@peakhire.example.com>",
         subj="GREAT NEWS!!! Summit Ridge wants to meet you", date="2026-03-03T12:18:00-07:00",
         body="""Darnell!!!

Summit Ridge Pharmacy loved your resume and want to bring you in for a first interview with the Analytics Manager for the People Analytics Lead contract role!! They have Thursday 3/12 at 10am or 1pm MT - which one works?? It'll be a video call, about 45 min.

Let me know ASAP and I'll lock it in!!

Jess Tran
Senior Consultant | PeakHire
c. 720-555-0113"""),
    dict(kind=INVITE, slug="usajobs_style_federal", lang="en", company="Federal Transit Data Office",
         frm="Marcus Delgado <marcus.delgado@ftdo.example.gov>",
         subj="Interview Scheduling - Vacancy FTDO-26-118 IT Specialist (Data Management)",
         date="2026-03-19T08:47:00-04:00", cs="windows-1252", cte="qp",
         body="""Mr. Osei-Fitzgerald,

You have been referred to the selecting official for Vacancy Announcement FTDO-26-118, IT Specialist (DATAMGT), GS-2210-12, and the selecting official would like to schedule a structured interview.

Interviews will be conducted by telephone on March 26 and March 27, 2026. Please reply with your availability and the best phone number to reach you. Each interview will last approximately 60 minutes and will be conducted by a panel of three.

Please note that participation in the interview does not guarantee selection.

V/r,
Marcus Delgado
Human Resources Specialist (Staffing)
Federal Transit Data Office
(202) 555-0155"""),
    dict(kind=INVITE, slug="japanese_owned_onsite", lang="en", company="Hoshino Logistics America",
         frm="Kenji Watanabe <k.watanabe@hoshino-logistics.example.com>",
         cc="Yuki Sato <y.sato@hoshino-logistics.example.com>",
         subj="Invitation to second interview", date="2026-04-02T09:10:00-05:00",
         body="""Dear Mr. Osei-Fitzgerald,

Thank you very much for your time at the first interview. We are pleased to inform you that we would like to invite you to the second interview at our Elk Grove Village office.

Date: April 9, 2026 (Thursday)
Time: 10:00 AM - 12:00 PM CT
Interviewers: Mr. Tanaka (General Manager, Supply Chain Planning), Ms. Sato (HR)

Please kindly confirm your attendance by return email. If the date is difficult, please let us know your available dates.

Best regards,
Kenji Watanabe
HR & General Affairs
Hoshino Logistics America, Inc."""),
    dict(kind=INVITE, slug="brazilian_owned_case", lang="en", company="Ipê Payments",
         frm="Camila Duarte <camila.duarte@ipepayments.example.com.br>",
         subj="Case interview - Data Product Manager", date="2026-04-16T15:30:00-03:00", fmt="alt",
         logo="Ipê Payments",
         body="""Hi Darnell, hope you're doing well!

Good news: the team would like to invite you to the case interview stage for the Data Product Manager position (Toronto hub). You'll get a short case 48h before and then present it to our Head of Product and a PM from the Merchant squad (60 min, Google Meet).

Can you share some slots for the week of April 27?

Abraços,
Camila Duarte
Tech Recruiter | Ipê Payments"""),
    dict(kind=INVITE, slug="workday_self_schedule", lang="en", company="Pinecrest Mutual Insurance",
         frm="Pinecrest Mutual Insurance <pinecrest@myworkday.example.com>",
         subj="Please Schedule Your Interview", date="2026-05-06T13:02:00-04:00",
         fmt="html", logo="Pinecrest Mutual Insurance", contact="",
         body="""Hello Darnell,

You have been selected to interview for the role of Analytics Engineer II (JR-20411).

Please sign in to your candidate home account to choose an interview time from the available slots. Interviews will be held virtually via Zoom and will last approximately 60 minutes.

Sign in: https://pinecrest.wd5.myworkday.example.com/pinecrest_careers/login

Thank you,
Pinecrest Mutual Insurance Talent Acquisition

This is an automated message. Please do not reply."""),
    dict(kind=INVITE, slug="superday_bank", lang="en", company="Ashford & Wren Capital",
         frm="Ashford & Wren Campus and Experienced Hiring <hiring@ashfordwren.example.com>",
         reply_to="Dylan Park <dylan.park@ashfordwren.example.com>",
         subj="Ashford & Wren - Superday Invitation (Data Strategy, New York)",
         date="2026-06-04T16:45:00-04:00", fmt="alt", cte="qp", logo="Ashford & Wren",
         body="""Dear Darnell,

We are delighted to invite you to the Superday for the Vice President, Data Strategy role in our New York office on Friday, June 19, 2026.

The day consists of four 45-minute interviews, including a technical case and a conversation with the Chief Data Officer. Please plan to arrive at 8:30 AM at 200 Vesey Street, 24th floor. Business attire is recommended.

Kindly confirm your attendance and let us know about any accommodations by replying to Dylan Park.

Regards,
Experienced Hiring | Ashford & Wren Capital

This message is for the named recipient only. Ashford & Wren Capital LLC, member FINRA/SIPC."""),
    dict(kind=INVITE, slug="school_district_panel", lang="en", company="Eastlake Unified School District",
         frm="Paula Jimenez <pjimenez@eastlakeusd.example.org>",
         subj="Re: your application", date="2026-07-21T10:00:00-05:00", thread=True,
         body="""Good morning Darnell,

Thank you for your application for Data & Assessment Coordinator. The interview committee would like to meet with you on Tuesday, July 28 at 1:30 pm at the Central Office, 4100 Burnet Rd, Room 214. Please bring two copies of your resume.

Please confirm by reply at your earliest convenience.

Paula Jimenez
Human Resources Generalist
Eastlake Unified School District
512-555-0166""",
         quote="""From: Darnell Osei-Fitzgerald <darnell.of@example.com>
Sent: Monday, July 13, 2026 9:12 AM
To: HR Applications <hrapps@eastlakeusd.example.org>
Subject: your application

Hello, I submitted my application for the Data & Assessment Coordinator posting last week and wanted to confirm it was received. Thank you!"""),
    dict(kind=INVITE, slug="nonprofit_hm_call", lang="en", company="Bright Futures Foundation",
         frm="Keisha Grant <kgrant@brightfuturesfdn.example.org>",
         subj="Following up", date="2026-09-02T11:27:00-04:00",
         body="""Hi Darnell,

I'm the Director of Impact & Learning here and I'll be the hiring manager for the Data & Evaluation Manager role. I really enjoyed reading your cover letter!

Would you have 45 minutes next week for a video call? Tuesday after 2 or anytime Wednesday works on my end.

Warmly,
Keisha

Keisha Grant (she/her)
Director, Impact & Learning
Bright Futures Foundation
404-555-0109"""),
    dict(kind=INVITE, slug="fr_quebec_entrevue", lang="fr", company="Hydro-Boréal",
         frm="Sophie Gagnon <sophie.gagnon@hydroboreal.example.ca>",
         subj="Invitation à une entrevue – Analyste principal(e), intelligence d'affaires",
         raw_subject="=?windows-1252?Q?Invitation_=E0_une_entrevue_=96_Analyste_principal(e),?= =?windows-1252?Q?_intelligence_d'affaires?=",
         date="2026-02-09T13:15:00-05:00", cs="iso-8859-1", cte="qp",
         body="""Bonjour Monsieur Osei-Fitzgerald,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convier à une entrevue pour le poste d'analyste principal(e), intelligence d'affaires.

L'entrevue aura lieu par Teams le jeudi 19 février à 10 h et durera environ 75 minutes. Elle comprendra une mise en situation.

Merci de confirmer votre présence en répondant à ce courriel.

Sophie Gagnon
Conseillère, acquisition de talents
Hydro-Boréal"""),
    dict(kind=INVITE, slug="fr_paris_entretien_rh", lang="fr", company="Banque Loiret",
         frm="Camille Rousseau <camille.rousseau@banqueloiret.example.fr>",
         subj="Entretien - Product Owner Data", date="2026-04-20T10:40:00+02:00", fmt="alt",
         logo="Banque Loiret",
         body="""Bonjour Darnell,

Votre profil a retenu toute notre attention pour le poste de Product Owner Data au sein de la direction Finance.

Je vous propose un premier échange téléphonique de 30 minutes. Seriez-vous disponible mercredi 22 avril à 14h ou jeudi 23 avril à 11h ?

Dans l'attente de votre retour,

Bien cordialement,
Camille Rousseau
Chargée de recrutement – Banque Loiret"""),
    dict(kind=INVITE, slug="fr_cabinet_ics", lang="fr", company="Audaxis",
         frm="Julien Fabre <jfabre@audaxis.example.fr>",
         subj="Invitation: Entretien technique Darnell Osei-Fitzgerald", date="2026-06-15T09:05:00+02:00",
         ics=dict(start="2026-06-18T16:00:00+02:00", minutes=60, organizer="jfabre@audaxis.example.fr",
                  cn="Julien Fabre", summary="Entretien technique - Analytics Engineer - Audaxis",
                  location="Google Meet"),
         body="""Bonjour Darnell,

Comme convenu au téléphone, voici l'invitation pour l'entretien technique de jeudi avec Thomas (lead data) et moi-même. Prévois environ une heure, on fera un peu de SQL et on parlera de dbt.

À jeudi,
Julien

Julien Fabre
Manager Data – Audaxis"""),
    dict(kind=INVITE, slug="fr_agence_mtl", lang="fr", company="Pharmacies Beaulieu",
         frm="Annie Lefebvre <alefebvre@lefebvre-associes.example.ca>",
         subj="Pharmacies Beaulieu – rencontre", date="2026-08-11T14:50:00-04:00",
         body="""Allô Darnell!

Bonne nouvelle : Pharmacies Beaulieu aimerait te rencontrer pour le poste d'analyste en opérations des revenus. Ils proposent mardi le 18 à 9 h 30 à leur siège de Laval, ou en virtuel si tu préfères.

Tu me confirmes?

Annie Lefebvre
Associée | Lefebvre & Associés
438 555-0172"""),
    dict(kind=INVITE, slug="es_mx_entrevista_tel", lang="es", company="Grupo Financiero Tolteca",
         frm="Daniela Ríos <daniela.rios@gftolteca.example.mx>",
         subj="Entrevista - Gerente de Analítica de Personas", date="2026-03-11T17:10:00-06:00",
         body="""Hola Darnell, ¿cómo estás?

Te contacto de Grupo Financiero Tolteca porque nos interesa mucho tu perfil para la posición de Gerente de Analítica de Personas en CDMX.

¿Tendrías disponibilidad para una llamada de 30 minutos este jueves o viernes? Dime qué horario te acomoda y te mando la liga de Teams.

Saludos cordiales,
Daniela Ríos
Reclutamiento y Selección
Grupo Financiero Tolteca
55 5555 0134"""),
    dict(kind=INVITE, slug="es_madrid_smartrecruiters", lang="es", company="Verdemar Energía",
         frm="Verdemar Energía <no-reply@smartrecruiters.example.com>",
         reply_to="Pablo Serrano <pablo.serrano@verdemar.example.es>",
         subj="Verdemar Energía - Siguiente fase del proceso", date="2026-05-19T11:33:00+02:00",
         fmt="html", logo="Verdemar Energía",
         body="""Hola Darnell,

¡Enhorabuena! Has superado la primera fase del proceso para el puesto de Analytics Engineer.

Nos gustaría invitarte a una entrevista técnica con el equipo de datos. Puedes elegir el día y la hora que mejor te vengan en el siguiente enlace: https://www.smartrecruiters.example.com/interview/verdemar/a81f

Si tienes cualquier duda, responde a este correo y Pablo te ayudará.

Un saludo,
Equipo de Talento de Verdemar Energía"""),
    dict(kind=INVITE, slug="es_spain_ics_presencial", lang="es", company="Clínicas Almudena",
         frm="Irene Castaño <icastano@clinicasalmudena.example.es>",
         subj="Entrevista presencial martes", date="2026-07-02T09:20:00+02:00",
         ics=dict(start="2026-07-07T10:00:00+02:00", minutes=60, organizer="icastano@clinicasalmudena.example.es",
                  cn="Irene Castaño", summary="Entrevista Darnell Osei-Fitzgerald - Analista BI",
                  location="Calle de Alcalá 210, Madrid"),
         body="""Buenos días Darnell,

Te envío convocatoria para la entrevista presencial del martes 7 a las 10:00 en nuestras oficinas de Calle de Alcalá 210. Estarás con el director de sistemas y conmigo.

Cualquier cosa me dices.

Irene Castaño
Dpto. de Personas · Clínicas Almudena"""),
    dict(kind=INVITE, slug="es_siguiente_ronda_informal", lang="es", company="Kuali",
         frm="Rodrigo Paz <rodrigo@kuali.example.mx>",
         subj="Re: Prueba técnica", date="2026-09-22T20:02:00-06:00", thread=True,
         body="""Darnell! Tu prueba quedó muy bien. Queremos pasarte a la siguiente ronda con nuestra VP de Producto, ¿te late el lunes 28 a las 11 (hora CDMX)? Te mando invitación en cuanto me confirmes.

Rodrigo
Kuali""",
         quote="""El mar, 22 sept 2026 a las 9:30, Darnell Osei-Fitzgerald (<darnell.of@example.com>) escribió:
> Hola Rodrigo, te comparto el repositorio con la prueba técnica. ¡Gracias!"""),
    dict(kind=INVITE, slug="de_personio_einladung", lang="de", company="Nordlicht Versand",
         frm="Nordlicht Versand <noreply@personio.example.de>",
         reply_to="Katrin Schulte <katrin.schulte@nordlicht-versand.example.de>",
         subj="Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)", date="2026-02-17T09:30:00+01:00",
         fmt="alt", logo="Nordlicht Versand",
         body="""Hallo Darnell,

vielen Dank für deine Bewerbung! Wir würden dich gern in einem ersten Video-Interview (ca. 45 Minuten) näher kennenlernen.

Bitte wähle über folgenden Link einen passenden Termin aus: https://nordlicht.jobs.personio.example.de/interview/5521

Bei Fragen antworte einfach auf diese E-Mail.

Viele Grüße
Katrin Schulte
Recruiting | Nordlicht Versand GmbH"""),
    dict(kind=INVITE, slug="de_klinik_formell", lang="de", company="Klinikum Wesertal",
         frm="Dr. Andreas Vogt <andreas.vogt@klinikum-wesertal.example.de>",
         subj="Ihre Bewerbung als Referent Medizincontrolling / Datenanalyse", date="2026-05-26T15:45:00+02:00",
         cs="iso-8859-1", cte="qp",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, 11. Juni 2026, um 14:00 Uhr in unser Verwaltungsgebäude (Haus C, 2. OG, Raum 2.14) einladen zu dürfen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden nicht erstattet.

Mit freundlichen Grüßen

Dr. Andreas Vogt
Leiter Controlling
Klinikum Wesertal gGmbH
Tel. 0421 555-0133"""),
    dict(kind=INVITE, slug="de_ics_zweite_runde", lang="de", company="Quantwerk",
         frm="Miriam Kessler <miriam@quantwerk.example.de>",
         subj="Zweite Runde :)", date="2026-08-25T12:12:00+02:00",
         ics=dict(start="2026-08-31T11:00:00+02:00", minutes=90, organizer="miriam@quantwerk.example.de",
                  cn="Miriam Kessler", summary="Quantwerk x Darnell – Pairing Session", location="Zoom", b64=True),
         body="""Hey Darnell,

wie am Telefon besprochen schicke ich dir hier die Einladung für die zweite Runde: 90 Minuten Pairing mit zwei Leuten aus dem Data-Team (dbt + SQL). Du brauchst nichts vorzubereiten.

Bis Montag!
Miriam
Talent @ Quantwerk"""),
    # ---- reschedules and cancellations by the employer ----
    dict(kind=R, slug="hm_sick_move", parent="calendly_recruiter_screen", lang="en", company="Copperline Credit Union",
         frm="Brianna Walsh <bwalsh@copperlinecu.example.org>",
         subj="Re: Data Analyst role - 30 min intro call?", date="2026-01-20T08:05:00-06:00", thread=True,
         body="""Hi Darnell,

So sorry for the short notice - our hiring manager is out sick today, so we'll need to move your 2pm conversation. Could you do Thursday at the same time instead? Let me know and I'll send a new invite.

Apologies again!
Brianna""",
         quote="""On Tue, Jan 13, 2026 at 10:22 AM Brianna Walsh <bwalsh@copperlinecu.example.org> wrote:
> Hi Darnell,
> Thanks for applying to the Member Insights Data Analyst position at Copperline Credit Union!"""),
    dict(kind=R, slug="ics_cancel_outlook", lang="en", company="Keystone Aviation Services",
         frm="Rachel Obi <robi@keystoneaviation.example.com>",
         subj="Canceled: Interview: Darnell Osei-Fitzgerald / VP Revenue Operations",
         date="2026-03-03T17:20:00-05:00",
         ics=dict(start="2026-03-04T15:00:00-05:00", minutes=45, organizer="robi@keystoneaviation.example.com",
                  cn="Rachel Obi", method="CANCEL", sequence=1,
                  uid="ics_cancel_outlook-89@keystoneaviation.example.com",
                  summary="Canceled: Interview: Darnell Osei-Fitzgerald / Angela Ruiz (VP Revenue Operations)"),
         body="""Hi Darnell - Angela had an urgent board conflict come up, so I'm cancelling tomorrow's slot. I'll be in touch shortly with new times, very sorry about this.

Rachel"""),
    dict(kind=R, slug="new_time_proposed_panel", lang="en", company="Meridian Health Plan",
         frm="Camille Dorsey <cdorsey@meridianhp.example.com>",
         subj="Change to your panel interview", date="2026-02-16T12:40:00-05:00",
         body="""Hello Darnell,

One of the panelists for your interview on Wednesday, February 18 is no longer available. We would like to move the panel to Friday, February 20 from 1:00 to 3:15 PM ET. The Zoom link will stay the same.

Please confirm whether the new time works for you. If not, send me two or three alternatives.

Thank you for your flexibility,
Camille Dorsey
Senior Recruiting Coordinator, Meridian Health Plan"""),
    dict(kind=R, slug="postponed_hiring_freeze", parent="greenhouse_next_stage_sql", lang="en", company="Brightwater Labs",
         frm="Nadia Karim <nadia.karim@brightwaterlabs.example.com>",
         subj="Re: Next steps - Brightwater Labs", date="2026-02-20T10:10:00-08:00", thread=True,
         body="""Hi Darnell,

I'm really sorry to do this, but we need to postpone your SQL session scheduled for next Tuesday. Leadership has paused all hiring decisions for two weeks while we finalize Q2 headcount. Your candidacy is still active and I'll reach out as soon as I can to rebook.

Thanks for understanding,
Nadia""",
         quote="""On Feb 12, 2026, at 2:33 PM, Nadia Karim <nadia.karim@brightwaterlabs.example.com> wrote:
> We'd love to move you to the next stage, which is a 60 minute live SQL session"""),
    dict(kind=R, slug="agency_moved_time", lang="en", company="Summit Ridge Pharmacy",
         frm="Jess Tran <jess@peakhire.example.com>",
         subj="change of plans!!", date="2026-03-11T16:02:00-06:00",
         body="""Hey Darnell!

Quick heads up - Summit Ridge had to push tomorrow's interview, the Analytics Manager got pulled into an audit :( They can do Monday 3/16 at 10am MT instead. Does that work?? Sorry!!

Jess"""),
    dict(kind=R, slug="indian_resched_do_revert", lang="en", company="Vasudha Infotech",
         frm="Priya Raghunathan <priya.r@vasudhainfotech.example.in>",
         subj="Rescheduling of interview", date="2026-03-06T19:12:00+05:30",
         body="""Dear Darnell,

Due to unavoidable circumstances at the panel's end, your technical interview scheduled on 9th March 2026 at 10:00 AM EST stands rescheduled to 11th March 2026 at 10:30 AM EST. The meeting link remains unchanged.

Kindly do revert with your confirmation at the earliest.

Thanks & Regards,
Priya Raghunathan
Vasudha Infotech Pvt. Ltd."""),
    dict(kind=R, slug="onsite_cancelled_gm_travel", lang="en", company="Hoshino Logistics America",
         frm="Kenji Watanabe <k.watanabe@hoshino-logistics.example.com>",
         subj="Regarding the second interview on April 9", date="2026-04-07T08:30:00-05:00",
         body="""Dear Mr. Osei-Fitzgerald,

We sincerely apologize, but we must cancel the second interview scheduled for April 9. Our General Manager has been called to Japan for urgent business. We would like to propose a new date after April 20 and will contact you again next week.

We are very sorry for the inconvenience.

Best regards,
Kenji Watanabe
Hoshino Logistics America, Inc."""),
    dict(kind=R, slug="ics_update_new_time", lang="en", company="Northwind Utilities",
         frm="Gabriel Stone <gstone@northwindutilities.example.com>",
         subj="Updated invitation: Hiring manager interview @ Thu Jun 11, 2026 2pm - 3pm (CDT)",
         date="2026-06-08T09:55:00-05:00",
         ics=dict(start="2026-06-11T14:00:00-05:00", minutes=60, organizer="gstone@northwindutilities.example.com",
                  cn="Gabriel Stone", sequence=2, summary="Hiring manager interview - Revenue Analytics Lead"),
         body="""This event has been changed.

Hiring manager interview - Revenue Analytics Lead
When: CHANGED: Thursday Jun 11, 2026 2pm – 3pm (CDT), was Wednesday Jun 10, 2026 11am – 12pm (CDT)
Organizer: Gabriel Stone

Darnell, moved us to Thursday because of a regulatory filing deadline, hope that works.

Gabriel Stone
Manager, Revenue Analytics | Northwind Utilities"""),
    dict(kind=R, slug="fr_entrevue_reportee", parent="fr_quebec_entrevue", lang="fr", company="Hydro-Boréal",
         frm="Sophie Gagnon <sophie.gagnon@hydroboreal.example.ca>",
         subj="RE: Invitation à une entrevue", date="2026-02-17T11:20:00-05:00", thread=True,
         body="""Bonjour Monsieur Osei-Fitzgerald,

En raison d'un imprévu au sein du comité de sélection, nous devons reporter votre entrevue prévue le jeudi 19 février. Seriez-vous disponible le mardi 24 février à 13 h 30?

Toutes nos excuses pour ce changement.

Sophie Gagnon
Hydro-Boréal""",
         quote="""Le 9 févr. 2026 à 13:15, Sophie Gagnon <sophie.gagnon@hydroboreal.example.ca> a écrit :
> À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convier à une entrevue"""),
    dict(kind=R, slug="fr_entretien_annule", lang="fr", company="Banque Loiret",
         frm="Camille Rousseau <camille.rousseau@banqueloiret.example.fr>",
         subj="Annulation de notre échange de jeudi", date="2026-04-22T18:05:00+02:00",
         body="""Bonjour Darnell,

Je suis contrainte d'annuler notre échange téléphonique de jeudi 11h : le poste de Product Owner Data fait l'objet d'un arbitrage budgétaire et le recrutement est suspendu pour quelques semaines.

Je reviens vers vous dès que j'ai de la visibilité.

Bien cordialement,
Camille Rousseau"""),
    dict(kind=R, slug="es_cambio_hora", lang="es", company="Grupo Financiero Tolteca",
         frm="Daniela Ríos <daniela.rios@gftolteca.example.mx>",
         subj="Cambio de horario entrevista", date="2026-03-18T09:40:00-06:00",
         body="""Hola Darnell,

Una disculpa, el gerente del área tuvo un cambio en su agenda. ¿Podemos mover la entrevista de mañana a las 12:00 en lugar de las 10:00? La liga de Teams es la misma.

Quedo atenta.
Daniela"""),
    dict(kind=R, slug="es_anulada_baja", parent="es_spain_ics_presencial", lang="es", company="Clínicas Almudena",
         frm="Irene Castaño <icastano@clinicasalmudena.example.es>",
         subj="RE: Entrevista presencial martes", date="2026-07-06T13:15:00+02:00", thread=True,
         ics=dict(start="2026-07-07T10:00:00+02:00", minutes=60, organizer="icastano@clinicasalmudena.example.es",
                  cn="Irene Castaño", method="CANCEL", sequence=1,
                  uid="es_spain_ics_presencial-89@clinicasalmudena.example.es",
                  summary="Cancelada: Entrevista Darnell Osei-Fitzgerald - Analista BI"),
         body="""Hola Darnell,

Lo siento mucho pero tenemos que anular la entrevista de mañana, el director de sistemas está de baja. Te propongo pasarla al martes 14 a la misma hora, ¿te viene bien?

Irene""",
         quote="""De: Irene Castaño <icastano@clinicasalmudena.example.es>
Enviado: jueves, 2 de julio de 2026 9:20
Para: Darnell Osei-Fitzgerald <darnell.of@example.com>
Asunto: Entrevista presencial martes

Te envío convocatoria para la entrevista presencial del martes 7 a las 10:00."""),
    dict(kind=R, slug="es_reprogramar_panel", lang="es", company="Verdemar Energía",
         frm="Pablo Serrano <pablo.serrano@verdemar.example.es>",
         subj="Reprogramación entrevista técnica", date="2026-05-27T10:05:00+02:00",
         body="""Buenos días Darnell,

Por motivos de agenda del equipo de datos necesitamos reprogramar tu entrevista técnica del jueves 28. Te hemos reabierto el enlace para que elijas un nuevo hueco a partir del lunes 1 de junio.

Disculpa las molestias.

Pablo Serrano
HR Business Partner · Verdemar Energía"""),
    dict(kind=R, slug="de_termin_verschoben", lang="de", company="Nordlicht Versand",
         frm="Katrin Schulte <katrin.schulte@nordlicht-versand.example.de>",
         subj="Terminverschiebung", date="2026-02-24T08:15:00+01:00", cs="iso-8859-1", cte="qp",
         body="""Hallo Darnell,

leider muss ich unser Interview am Mittwoch verschieben, unser Teamlead ist kurzfristig verhindert. Passt dir stattdessen Freitag, 27.02., um 10 Uhr?

Sorry für die Umstände!
Katrin"""),
    dict(kind=R, slug="de_absage_termin_klinik", parent="de_klinik_formell", lang="de", company="Klinikum Wesertal",
         frm="Sekretariat Controlling <controlling@klinikum-wesertal.example.de>",
         subj="AW: Ihre Bewerbung als Referent Medizincontrolling / Datenanalyse",
         date="2026-06-09T10:30:00+02:00", thread=True,
         body="""Sehr geehrter Herr Osei-Fitzgerald,

im Auftrag von Herrn Dr. Vogt muss ich Ihnen leider mitteilen, dass der Gesprächstermin am 11. Juni krankheitsbedingt entfallen muss. Wir melden uns in Kürze mit einem Ersatztermin.

Mit freundlichen Grüßen
i. A. Sabine Krüger
Sekretariat Controlling
Klinikum Wesertal""",
         quote="""Am 26.05.2026 um 15:45 schrieb Dr. Andreas Vogt <andreas.vogt@klinikum-wesertal.example.de>:
> Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, 11. Juni 2026, um 14:00 Uhr einladen zu dürfen."""),
    # ---- missed interview notices ----
    dict(kind=M, slug="tried_calling", lang="en", company="Halvorsen Energy",
         frm="Erik Halvorsen <erik.h@halvorsenenergy.example.com>",
         subj="missed you", date="2026-01-29T15:18:00-07:00",
         body="""Darnell, tried calling you at 3 like we said, went to voicemail twice. Everything ok? Let me know if you still want to talk.

Erik"""),
    dict(kind=M, slug="did_not_join_teams", lang="en", company="Pinecrest Mutual Insurance",
         frm="Jordan Ellis <jordan.ellis@pinecrestmutual.example.com>",
         subj="Your interview today", date="2026-05-14T11:20:00-04:00",
         body="""Hi Darnell,

We had you scheduled for a 10:00 AM interview with our Analytics Engineering team today, but it looks like you did not join the Teams meeting. We waited about 15 minutes.

If something came up, please let me know and we can see whether it's possible to find another time.

Regards,
Jordan Ellis
Talent Acquisition Partner
Pinecrest Mutual Insurance"""),
    dict(kind=M, slug="no_show_agency", lang="en", company="Orbis Retail Group",
         frm="Kevin O'Hara <kevin.ohara@ohara-search.example.com>",
         subj="What happened??", date="2026-06-25T14:05:00-04:00",
         body="""Darnell,

Orbis Retail Group just called me - you didn't show for the 1pm with their Director of Merchandise Analytics. They sat on the Zoom for 20 minutes. This isn't like you, is everything OK?? Call me as soon as you get this, I might be able to salvage it.

Kevin O'Hara
O'Hara Search Partners | 646-555-0128"""),
    dict(kind=M, slug="phone_screen_no_answer_ats", lang="en", company="Dunmore Health Partners",
         frm="Dunmore Health Partners <recruiting@dunmorehealth.example.org>",
         reply_to="Alyssa Cho <alyssa.cho@dunmorehealth.example.org>",
         subj="We missed you today", date="2026-08-05T16:40:00-05:00", fmt="alt", logo="Dunmore Health Partners",
         body="""Hi Darnell,

We were unable to reach you for your scheduled phone screen for Senior Population Health Analyst at 2:30 PM today. We called the number on your application (***-***-0142) and left a voicemail.

If you are still interested, please reply within 5 business days to reschedule.

Alyssa Cho
Recruiter, Dunmore Health Partners"""),
    dict(kind=M, slug="hm_waited_zoom_mobile", lang="en", company="Fernhill Analytics",
         frm="Dana Whitfield <dana@fernhillanalytics.example.com>",
         subj="Re: chat today", date="2026-03-24T12:34:00-04:00", thread=True,
         body="""Hey - I'm on the zoom link, are you still able to make it? Been here 10 min.

Dana

Sent from my iPhone""",
         quote="""On Mar 20, 2026, at 9:12 AM, Dana Whitfield <dana@fernhillanalytics.example.com> wrote:

> Tuesday at 12:15 works, sending the link now."""),
    dict(kind=M, slug="university_missed_phone", lang="en", company="Lone Star Community College",
         frm="Teresa Nguyen <tnguyen@lonestarcc.example.edu>",
         subj="Phone interview - Research Analyst", date="2026-09-10T10:25:00-05:00",
         body="""Good morning Mr. Osei-Fitzgerald,

The screening committee attempted to call you at 10:00 a.m. today at 512-555-0142 for your scheduled phone interview for the Research Analyst position, but were unable to reach you.

Please contact me by Friday, September 11 if you wish to remain under consideration.

Teresa Nguyen
Human Resources Coordinator
Lone Star Community College
512-555-0188"""),
    dict(kind=M, slug="fr_absent_entretien", lang="fr", company="Audaxis",
         frm="Julien Fabre <jfabre@audaxis.example.fr>",
         subj="Entretien de ce matin", date="2026-06-18T16:25:00+02:00",
         body="""Bonjour Darnell,

Nous t'avons attendu ce matin pour l'entretien technique sur Google Meet, sans nouvelles de ta part. J'espère qu'il n'y a rien de grave.

Si tu es toujours intéressé, dis-moi et on essaiera de trouver un autre créneau.

Julien"""),
    dict(kind=M, slug="es_no_se_conecto", lang="es", company="Kuali",
         frm="Rodrigo Paz <rodrigo@kuali.example.mx>",
         subj="¿Todo bien?", date="2026-09-28T11:25:00-06:00",
         body="""Hola Darnell, te estuvimos esperando en la llamada con nuestra VP de Producto a las 11 y no te conectaste. ¿Todo bien? Avísame si quieres que intentemos reagendar.

Rodrigo"""),
    dict(kind=M, slug="es_llamada_perdida", lang="es", company="Seguros Cumbre",
         frm="Verónica Lara <vlara@seguroscumbre.example.mx>",
         subj="Entrevista telefónica", date="2026-04-09T13:10:00-06:00", cs="iso-8859-1", cte="qp",
         body="""Buenas tardes Darnell:

Intentamos comunicarnos contigo hoy a las 12:00 para la entrevista telefónica que teníamos agendada para la vacante de Analista de Datos Actuariales, pero no obtuvimos respuesta.

Si sigues interesado, por favor indícanos tu disponibilidad para reprogramar.

Saludos,
Verónica Lara
Capital Humano · Seguros Cumbre"""),
    dict(kind=M, slug="de_nicht_erschienen", lang="de", company="Quantwerk",
         frm="Miriam Kessler <miriam@quantwerk.example.de>",
         subj="Heute 11 Uhr", date="2026-08-31T11:35:00+02:00",
         body="""Hi Darnell,

wir saßen heute um 11 Uhr zu dritt im Zoom für die Pairing Session, du bist aber leider nicht erschienen. Ist alles okay bei dir?

Gib mir kurz Bescheid, ob wir einen neuen Termin finden sollen.

Miriam"""),
]
