"""Messages of the fifty-ninth corpus, part B: reschedules and cancellations, missed-interview
notices, application acknowledgements and offers.

Each entry is one hand-written message; make_fiftyninth.py turns it into an .eml.  Imports only
msgs59_util.
"""

from __future__ import annotations

from msgs59_util import ME, d, q

RESCHEDULES = [
    {"kind": "interview_reschedule_or_cancel", "slug": "hm_sick_move", "parent": "calendly_phone_screen", "lang": "en",
         "company": "Orrin Bio", "contact": "sarah.kinsella@orrinbio.example.com",
         "frm": ("Sarah Kinsella", "sarah.kinsella@orrinbio.example.com"),
         "subject": "Re: Clinical Operations Lead - next steps", "date": d("2026-02-05 08:02"),
         "irt": "<orrin-screen@example.ie>",
         "body": """Morning Siobhán,

Really sorry for the short notice - Conor (hiring manager) is out sick today so we'll need to move this afternoon's interview. Could you do Monday at 2pm or Tuesday at 11 instead? Same Teams link will work.

Apologies again!
Sarah

Sent from Outlook for Android"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "ics_cancel_panel", "parent": "ashby_panel", "lang": "en",
         "company": "Corriebrook AI", "contact": "hiring@corriebrook.example.com",
         "frm": ("Corriebrook AI", "no-reply@ashbyhq.example.com"),
         "reply_to": ("Corriebrook Hiring", "hiring@corriebrook.example.com"),
         "subject": "Cancelled: Panel Interview: Siobhán / Corriebrook AI",
         "date": d("2026-03-13 19:44", "-0500"), "fmt": "alt",
         "ics": {"uid": "ashby-8812-panel@corriebrook.example.com", "start": "20260317T150000Z",
                  "end": "20260317T163000Z", "summary": "Panel Interview: Siobhán / Corriebrook AI",
                  "method": "CANCEL", "seq": "1", "location": "Google Meet"},
         "body": """Hi Siobhán,

Your panel interview on Tuesday, March 17 has been cancelled. Dana has had a conflict come up; our coordinator will reach out with new times in the next day or two.

Sorry for the disruption.

Corriebrook AI Recruiting"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "nhs_date_change", "parent": "nhs_shortlisted_ics", "lang": "en",
         "company": "Leeds Teaching Hospitals NHS Trust", "contact": "ltht.researchrecruit@nhs.example.net",
         "frm": ("LTHT Research Recruitment", "ltht.researchrecruit@nhs.example.net"),
         "subject": "CHANGE OF DATE - Interview Clinical Trials Coordinator", "date": d("2026-02-13 15:30"),
         "body": """Dear Siobhan

Due to unforeseen circumstances affecting panel availability, the interviews for Clinical Trials Coordinator scheduled for Thursday 19 February have been moved to Monday 23 February.

Your new interview time is 11:15. All other arrangements (Teams, presentation topic) are unchanged.

Please reply to confirm you can attend the revised date. We apologise for any inconvenience caused.

Kind regards

LTHT Research Recruitment"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "outlook_chain_push", "parent": "site_visit_lab", "lang": "en",
         "company": "Glenmara Biosciences", "contact": "oisin.brady@glenmara.example.ie",
         "frm": ("Oisín Brady", "oisin.brady@glenmara.example.ie"),
         "subject": "RE: Study Start-Up Specialist", "date": d("2026-05-11 09:50"),
         "irt": "<ssu-glenmara-2@example.ie>",
         "body": f"""Hi Siobhán,

Change of plan on our side unfortunately - the unit has an MHRA inspection that week so Thursday 14th is out. Can we push your visit to Wednesday 20th, same timings? Again, sorry about this.

Oisín

From: Siobhán Okafor-Lindqvist <{ME}>
Sent: Tuesday, May 5, 2026 8:02 PM
To: Oisín Brady <oisin.brady@glenmara.example.ie>
Cc: Laura Quinn <laura.quinn@glenmara.example.ie>
Subject: Re: Study Start-Up Specialist

Hi Oisín,
Thursday 14th suits perfectly, I'll be there for 10. Looking forward to it.
Siobhán"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "process_paused_cancel", "parent": "quick_chat_casual", "lang": "en",
         "company": "Pellucid Health", "contact": "ronan@pellucidhealth.example.com",
         "frm": ("Ronan Dwyer", "ronan@pellucidhealth.example.com"),
         "subject": "re: chat thurs", "date": d("2026-01-29 07:12"),
         "body": """Siobhán - apologies, need to cancel our call tomorrow, something's come up with a customer go-live. will come back to you early next week with a new time if that's ok

R"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "workday_rescheduled_notice", "lang": "en",
         "company": "Northgate Medical Devices", "contact": "",
         "frm": ("Northgate Medical Devices", "northgate@myworkday.com"),
         "subject": "Your interview has been rescheduled", "date": d("2026-03-02 12:03"),
         "fmt": "html", "brand": "Northgate Medical Devices",
         "body": """Hello Siobhán,

Your interview for Clinical Specialist, Structural Heart (JR-118820) has been rescheduled.

Previous time: Wednesday, March 4, 2026 10:00 AM GMT
New time: Friday, March 6, 2026 1:30 PM GMT

Please log in to your candidate home to view the details. If the new time does not work for you, you can select another slot from the available times.

Northgate Talent Acquisition"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "agency_postponed", "parent": "agency_cro_many_exclaims", "lang": "en",
         "company": "Kestory Clinical", "contact": "jamie@oakhollowsearch.example.com",
         "frm": ("Jamie Whelan", "jamie@oakhollowsearch.example.com"),
         "subject": "Kestory - small change", "date": d("2026-02-23 16:55"),
         "body": """Hi Siobhán,

Aoife from Kestory has been pulled into an audit tomorrow so they've asked to postpone your 11am. She's suggested Thursday 26th at 10am instead - hope that works?? Let me know and I'll reconfirm with them!

Thanks a mil,
Jamie
Oak Hollow Search"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "south_african_call_moved", "lang": "en",
         "company": "Umhlaba Diagnostics", "contact": "thandiwe.mokoena@umhlabadx.example.co.za",
         "frm": ("Thandiwe Mokoena", "thandiwe.mokoena@umhlabadx.example.co.za"),
         "subject": "Interview time", "date": d("2026-08-12 06:40", "+0200"),
         "body": """Hi Siobhán

Just now I saw that our Medical Director is travelling on Friday, so I must move your interview for the Clinical Research Associate post. Would Monday 17 August at 11:00 Irish time suit you? Apologies for the inconvenience.

Kind regards
Thandiwe
Umhlaba Diagnostics"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "de_termin_verschoben", "parent": "de_einladung_vorstellung", "lang": "de",
         "company": "Salvadin Pharma", "contact": "bewerbung@salvadin.example.de",
         "frm": ("Katrin Albers", "bewerbung@salvadin.example.de"),
         "subject": "AW: Einladung zum Vorstellungsgespräch", "date": d("2026-03-06 14:20", "+0100"),
         "cs": "iso-8859-1", "cte": "8bit",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

leider müssen wir den vereinbarten Termin am 12. März krankheitsbedingt verschieben. Wäre Ihnen alternativ Dienstag, der 17. März, um 10:00 Uhr möglich?

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Albers
HR Business Partner
Salvadin Pharma GmbH"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "de_absage_termin_ics", "parent": "de_zweite_runde_ics", "lang": "de",
         "company": "Eidos Diagnostics", "contact": "talent@eidos-dx.example.ch",
         "frm": ("Eidos Diagnostics Talent", "talent@eidos-dx.example.ch"),
         "subject": "Abgesagt: Zweitgespräch Regulatory Affairs Manager", "date": d("2026-05-22 17:05", "+0200"),
         "ics": {"uid": "eidos-ra-2nd-0518@eidos-dx.example.ch", "start": "20260527T080000Z",
                  "end": "20260527T093000Z", "summary": "Zweitgespräch Regulatory Affairs Manager",
                  "method": "CANCEL", "seq": "2", "location": "Eidos Diagnostics, Zürich, Raum Limmat"},
         "body": """Guten Tag Frau Okafor-Lindqvist

Leider müssen wir das Zweitgespräch vom 27. Mai absagen, da Herr Dr. Keller kurzfristig verhindert ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Freundliche Grüsse
Reto Baumann
Talent Acquisition, Eidos Diagnostics AG"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "fr_report_entretien", "parent": "fr_entretien_visio", "lang": "fr",
         "company": "Medivance France", "contact": "camille.roux@medivance.example.fr",
         "frm": ("Camille Roux", "camille.roux@medivance.example.fr"),
         "subject": "RE: Votre candidature – Chef de projet clinique", "date": d("2026-03-16 17:40", "+0100"),
         "irt": "<medivance-cpc@example.ie>",
         "body": f"""Bonjour Siobhán,

Marc Delorme est retenu en comité demain matin : je suis au regret de devoir décaler notre entretien de 11h. Pourriez-vous vous rendre disponible jeudi 19 mars à 15h à la place ?

Toutes mes excuses pour ce changement de dernière minute.

Bien cordialement,
Camille Roux

Le ven. 13 mars 2026 à 10:05, Siobhán Okafor-Lindqvist <{ME}> a écrit :
{q('''Bonjour Madame Roux,
Mardi 17 mars à 11h me convient parfaitement.
Bien cordialement,
Siobhán Okafor-Lindqvist''')}"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "fr_annulation_jury", "parent": "fr_belge_jury", "lang": "fr",
         "company": "Cliniques universitaires Saint-Rémy", "contact": "selection@cusr.example.be",
         "frm": ("Service Sélection CUSR", "selection@cusr.example.be"),
         "subject": "Annulation – épreuve orale du 15 juin", "date": d("2026-06-10 11:20", "+0200"),
         "body": """Madame,

Nous sommes contraints d'annuler l'épreuve orale prévue le lundi 15 juin pour la fonction de Coordinatrice de recherche clinique, un membre du jury étant indisponible. Une nouvelle date vous sera communiquée prochainement.

Nous vous prions de nous excuser pour ce désagrément.

Le Service Sélection
Cliniques universitaires Saint-Rémy"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "fr_nouveau_creneau", "parent": "fr_prochaine_etape_tutoiement", "lang": "fr",
         "company": "Pulsia", "contact": "hugo@pulsia.example.fr",
         "frm": ("Hugo Lefèvre", "hugo@pulsia.example.fr"),
         "subject": "Re: Prochaine étape", "date": d("2026-09-04 09:03", "+0200"),
         "body": """Hello Siobhán,

Petit changement : Inès sera en déplacement à Lyon mardi, on doit décaler ta présentation. Mercredi 9 à 14h ou jeudi 10 à 10h, ça te irait ? Désolé pour le contretemps !

Hugo"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "es_cambio_hora", "parent": "es_entrevista_formal", "lang": "es",
         "company": "Laboratorios Mirasierra", "contact": "rrhh@mirasierra.example.es",
         "frm": ("RRHH Laboratorios Mirasierra", "rrhh@mirasierra.example.es"),
         "subject": "RE: Convocatoria a entrevista", "date": d("2026-05-04 13:15", "+0200"),
         "body": """Estimada Sra. Okafor-Lindqvist:

Por motivos de agenda de la Directora Técnica, nos vemos obligados a modificar la hora de su entrevista del jueves 7 de mayo. La nueva hora sería las 12:30 h, en el mismo lugar.

Le rogamos nos confirme si le viene bien y disculpe las molestias.

Atentamente,
Marta Quintana
Recursos Humanos
Laboratorios Mirasierra"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "es_cancelada_mexico", "parent": "es_mexico_llamada", "lang": "es",
         "company": "BioAzteca", "contact": "rodrigo.salas@bioazteca.example.mx",
         "frm": ("Rodrigo Salas", "rodrigo.salas@bioazteca.example.mx"),
         "subject": "Re: Plática sobre la vacante de Project Manager", "date": d("2026-07-23 08:10", "-0600"),
         "body": """Hola Siobhán,

Una disculpa, pero tengo que cancelar nuestra llamada de mañana; me surgió un viaje a Guadalajara. ¿Te parece si la movemos al martes 28 a la misma hora?

Saludos,
Rodrigo"""},
]

MISSED = [
    {"kind": "missed_interview_notice", "slug": "tried_calling", "lang": "en",
         "company": "Brightwater Clinical", "contact": "shauna.leahy@brightwater-clinical.example.com",
         "frm": ("Shauna Leahy", "shauna.leahy@brightwater-clinical.example.com"),
         "subject": "Phone screen this morning", "date": d("2026-01-13 10:22"),
         "body": """Hi Siobhán,

We tried calling you at the scheduled time this morning (10:00) for your phone screen for the CRA II position but couldn't get through - it went straight to voicemail.

Hope everything is ok. If you're still interested, reply with a couple of times that suit and I'll see what I can do.

Thanks,
Shauna Leahy
Talent Acquisition | Brightwater Clinical"""},
    {"kind": "missed_interview_notice", "slug": "teams_no_join", "lang": "en",
         "company": "Brennock Insurance", "contact": "rachel.moran@brennock.example.ie",
         "frm": ("Rachel Moran", "rachel.moran@brennock.example.ie"),
         "subject": "Today's interview", "date": d("2026-04-28 14:20"),
         "body": """Dear Siobhán,

Philip and I were on the Teams meeting from 2:00 for your interview for the Clinical Claims Nurse Reviewer role, but you did not join the Teams meeting. We waited until 2:15.

If something came up, please let us know; we may be able to offer one further slot later this week.

Regards,
Rachel Moran
Clinical Claims Manager
Brennock Insurance DAC"""},
    {"kind": "missed_interview_notice", "slug": "we_missed_you_casual", "parent": "recruiter_next_round_australian", "lang": "en",
         "company": "Kookaburra Health", "contact": "mel.tran@kookaburrahealth.example.com",
         "frm": ("Mel Tran", "mel.tran@kookaburrahealth.example.com"),
         "subject": "missed you this morning", "date": d("2026-04-20 09:25"),
         "body": """Hey Siobhán, Lachlan was on the video link at 9 but we missed you - no stress, these things happen! Just let me know if you'd like to rebook.

Mel"""},
    {"kind": "missed_interview_notice", "slug": "no_show_formal_nhs", "lang": "en",
         "company": "Royal Berkshire Clinical Research Network", "contact": "crn.recruitment@rbcrn.example.net",
         "frm": ("CRN Recruitment", "crn.recruitment@rbcrn.example.net"),
         "subject": "Non-attendance at interview - ref 2026/0417", "date": d("2026-05-15 16:10"),
         "body": """Dear Ms Okafor-Lindqvist,

Ref: Research Practitioner (Band 6), 2026/0417

We note that you did not attend your interview scheduled for 14:00 today, and we did not receive notice that you would be unable to attend.

If there were exceptional circumstances preventing your attendance, please contact us within two working days. Otherwise we will assume you no longer wish to be considered for this post.

Yours sincerely,
CRN Recruitment
Royal Berkshire Clinical Research Network"""},
    {"kind": "missed_interview_notice", "slug": "zoom_waited_agency", "lang": "en",
         "company": "Arvo Clinical", "contact": "nikhil@finchleyward.example.co.uk",
         "frm": ("Nikhil Shah", "nikhil@finchleyward.example.co.uk"),
         "subject": "Arvo - are you ok?", "date": d("2026-06-18 11:40"),
         "body": """Hi Siobhán,

Just had Arvo Clinical on the phone - they said they waited on Zoom for 15 mins for your 11:00 with the PM lead but you didn't come on. Is everything alright? Give me a ring when you can, I'm sure we can smooth it over and get something rebooked.

Cheers,
Nikhil
Finchley Ward Partners
+44 7700 900 614"""},
    {"kind": "missed_interview_notice", "slug": "phone_screen_no_answer_us", "lang": "en",
         "company": "Wexbridge Biotherapeutics", "contact": "amanda.choi@wexbridgebio.example.com",
         "frm": ("Amanda Choi", "amanda.choi@wexbridgebio.example.com"),
         "subject": "Sorry we didn't connect", "date": d("2026-06-17 10:35", "-0400"),
         "body": """Hi Siobhán,

I dialed in to our intro call at 10 ET / 3pm Dublin but didn't see you join, so I think we missed each other. Maybe a time zone mix-up? Happy to find another time - my calendar is pretty open Thursday.

Amanda"""},
    {"kind": "missed_interview_notice", "slug": "de_nicht_erschienen", "lang": "de",
         "company": "Kliniqo", "contact": "lena@kliniqo.example.de",
         "frm": ("Lena Vogt", "lena@kliniqo.example.de"),
         "subject": "Unser Termin heute", "date": d("2026-04-07 15:45", "+0200"),
         "body": """Hi Siobhán,

ich habe heute um 15 Uhr versucht, dich für unser Kennenlernen anzurufen, dich aber leider nicht erreicht. Ist etwas dazwischengekommen? Wenn du magst, buch dir einfach einen neuen Termin über den Link von letzter Woche.

Liebe Grüße
Lena"""},
    {"kind": "missed_interview_notice", "slug": "fr_absence_visio", "lang": "fr",
         "company": "Oriel Santé", "contact": "julie.mercier@oriel-sante.example.fr",
         "frm": ("Julie Mercier", "julie.mercier@oriel-sante.example.fr"),
         "subject": "Entretien de ce matin", "date": d("2026-04-30 10:50", "+0200"),
         "body": """Bonjour Siobhán,

Je vous ai attendue ce matin à 10h pour notre entretien téléphonique, mais je n'ai pas réussi à vous joindre. J'espère que tout va bien de votre côté.

N'hésitez pas à me proposer un autre moment si vous êtes toujours intéressée par le poste.

Belle journée,
Julie Mercier
Talent Acquisition – Oriel Santé"""},
    {"kind": "missed_interview_notice", "slug": "es_no_se_conecto", "parent": "es_siguiente_fase_panel", "lang": "es",
         "company": "Clínica Costa Brava", "contact": "i.ferrer@clinicacostabrava.example.es",
         "frm": ("Irene Ferrer", "i.ferrer@clinicacostabrava.example.es"),
         "subject": "Entrevista de hoy", "date": d("2026-09-15 12:25", "+0200"),
         "body": """Hola Siobhán:

Te esperamos hoy a las 12:00 en Teams para la entrevista con el panel, pero no llegaste a conectarte. ¿Ha pasado algo? Si sigues interesada, dime y vemos si podemos buscar otro hueco esta semana.

Un saludo,
Irene Ferrer
Clínica Costa Brava"""},
    {"kind": "missed_interview_notice", "slug": "es_llamada_perdida", "lang": "es",
         "company": "Vitalia Salud Digital", "contact": "marina@vitaliasalud.example.es",
         "frm": ("Marina Gil", "marina@vitaliasalud.example.es"),
         "subject": "Te llamamos", "date": d("2026-06-09 11:05", "+0200"),
         "body": """Hola Siobhán,

Te he llamado a las 11:00 como habíamos quedado para la primera entrevista telefónica, pero no he podido localizarte. Te he dejado un mensaje en el buzón.

Si te sigue interesando, respóndeme con otra hora y lo intentamos de nuevo.

Marina
Talento | Vitalia Salud Digital"""},
]

ACKS = [
    {"kind": "application_received", "slug": "workday_ack", "lang": "en", "company": "Halvorsen Therapeutics",
         "contact": "", "frm": ("Halvorsen Therapeutics", "halvorsen@myworkday.com"),
         "subject": "Thank you for applying to Halvorsen Therapeutics", "date": d("2026-01-06 22:41"),
         "fmt": "html", "brand": "Halvorsen Therapeutics",
         "body": """Dear Siobhán,

Thank you for applying for the Clinical Trial Associate position (R-0042187). We have received your application and our team will review it shortly.

You can track the status of your application at any time by signing in to your candidate account.

Best regards,
Halvorsen Therapeutics Talent Acquisition"""},
    {"kind": "application_received", "slug": "volume_no_individual_response", "lang": "en",
         "company": "Stellan Pharmaceuticals", "contact": "",
         "frm": ("Stellan Pharmaceuticals Careers", "careers-noreply@stellanpharma.example.com"),
         "subject": "Application received - Medical Information Associate", "date": d("2026-01-15 12:02"),
         "body": """Dear Siobhán Okafor-Lindqvist,

Thank you for your application for the position of Medical Information Associate (Dublin).

We will review your application against the requirements of the role. Due to the volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If your profile matches our needs, a member of our Talent Acquisition team will contact you within three weeks.

Thank you for your interest in Stellan.

Stellan Pharmaceuticals Talent Acquisition"""},
    {"kind": "application_received", "slug": "greenhouse_ack", "lang": "en", "company": "Lumenfold Health",
         "contact": "", "frm": ("Lumenfold Health", "no-reply@us.greenhouse-mail.io"),
         "subject": "Thanks for applying to Lumenfold Health!", "date": d("2026-01-24 14:33"),
         "fmt": "alt",
         "body": """Hi Siobhán,

Thanks for applying to Lumenfold Health! We've received your application for Customer Success Manager (Clinical Sites) and we're excited to learn more about you.

Our team is reviewing applications and we'll be in touch if there's a fit. In the meantime, check out our blog to learn more about how we help hospitals run trials.

Cheers,
The Lumenfold Health Recruiting Team"""},
    {"kind": "application_received", "slug": "publicjobs_ack", "lang": "en", "company": "Health Products Regulatory Authority",
         "contact": "", "frm": ("publicjobs", "donotreply@publicjobs.example.ie"),
         "subject": "Application Received: Scientific Officer (Clinical Trials) - HPRA",
         "date": d("2026-02-02 17:59"),
         "body": """Dear Siobhán Okafor-Lindqvist,

Your application for Scientific Officer (Clinical Trials), Health Products Regulatory Authority, has been successfully submitted.

Please note that it is your responsibility to check your publicjobs account and your email (including junk folders) regularly for updates on this competition.

We will be in touch with you regarding the next stage of the process.

Regards,
publicjobs"""},
    {"kind": "application_received", "slug": "ack_no_feedback_stage", "lang": "en",
         "company": "Pelham Biometrics", "contact": "jobs@pelham-biometrics.example.co.uk",
         "frm": ("Pelham Biometrics Recruitment", "jobs@pelham-biometrics.example.co.uk"),
         "subject": "Re: Clinical Project Coordinator - application", "date": d("2026-02-07 09:15"),
         "body": """Dear Siobhán,

Thank you for your application for the role of Clinical Project Coordinator, which we received on 6 February.

The closing date is 27 February and shortlisting will take place in the week following. Unfortunately we are unable to provide individual feedback at this stage of the process; shortlisted candidates will be contacted by email by 6 March.

Kind regards,
Recruitment Team
Pelham Biometrics Ltd, Manchester"""},
    {"kind": "application_received", "slug": "lever_ack_plain", "lang": "en", "company": "Tessel Health",
         "contact": "", "frm": ("Tessel Health", "no-reply@hire.lever.co"),
         "subject": "Tessel Health - application received", "date": d("2026-03-05 02:17"),
         "body": """Hi Siobhán,

Thank you for your interest in Tessel Health! We wanted to let you know we received your application for Clinical Implementation Specialist, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Tessel Health Team"""},
    {"kind": "application_received", "slug": "successfactors_ack_odd", "lang": "en", "company": "Veltrix Medical",
         "contact": "", "frm": ("Veltrix Medical Recruiting", "careers-noreply@successfactors.example.eu"),
         "subject": "Veltrix Medical - Thank you for your application", "date": d("2026-03-28 04:00"),
         "cs": "windows-1252", "cte": "quoted-printable",
         "body": """Dear  Siobhán ,

Thank you for applying to the position of  Field Clinical Specialist - Galway  (Job Req ID: 77310 ).

We’re reviewing your qualifications and will contact you if there’s a match between your experience and our requirements .

   Best Regards ,
   Veltrix Medical – Global Talent Acquisition

This is an automatically generated email – please do not reply.
Veltrix Medical respects your privacy. To review our Candidate Privacy Statement please visit our career site ."""},
    {"kind": "application_received", "slug": "charity_human_ack", "lang": "en", "company": "Irish Cancer Trials Alliance",
         "contact": "eimear.doyle@icta.example.ie",
         "frm": ("Eimear Doyle", "eimear.doyle@icta.example.ie"),
         "subject": "Re: Application - Clinical Trials Programme Officer", "date": d("2026-04-03 11:46"),
         "irt": "<icta-app@example.ie>",
         "body": f"""Hi Siobhán,

Thanks a million for your application, received with thanks. Interviews will probably be the week of the 27th - I'll be in touch once the panel has shortlisted.

Best,
Eimear

Eimear Doyle
Operations Manager | Irish Cancer Trials Alliance (CLG)
Registered Charity Number 20071234

On Thu, 2 Apr 2026 at 21:03, Siobhán Okafor-Lindqvist <{ME}> wrote:
{q('''Dear Eimear,

Please find attached my CV and cover letter for the Clinical Trials Programme
Officer role advertised on Activelink.

Kind regards,
Siobhán Okafor-Lindqvist''')}"""},
    {"kind": "application_received", "slug": "indian_owned_ack", "lang": "en", "company": "Navaratna Pharma",
         "contact": "ta.europe@navaratnapharma.example.com",
         "frm": ("Talent Acquisition Europe", "ta.europe@navaratnapharma.example.com"),
         "subject": "Acknowledgement of your application", "date": d("2026-05-12 06:30", "+0530"),
         "body": """Dear Candidate,

We acknowledge with thanks the receipt of your application for the position of Pharmacovigilance Scientist (Dublin).

Your profile is under review by the concerned team. Kindly note that only shortlisted candidates shall be intimated regarding further process. Request you not to send duplicate applications.

Thanks & Regards,
Talent Acquisition Team - Europe
Navaratna Pharma Ltd."""},
    {"kind": "application_received", "slug": "eightfold_ack_html", "lang": "en", "company": "Calder Lifesciences",
         "contact": "", "frm": ("Calder Lifesciences Careers", "careers@notifications.eightfold.example.com"),
         "subject": "We've got your application!", "date": d("2026-06-22 15:15"),
         "fmt": "html", "brand": "Calder Lifesciences",
         "body": """Hi Siobhán,

Thanks for applying for Medical Affairs Project Manager in Zurich. Your application is now with our recruiting team.

What happens next? Our recruiters review every application. If your experience matches the role, we'll reach out to set up a first conversation. Due to the high number of applications, we may not be able to get back to everyone personally.

Good luck!
Calder Lifesciences Talent Team"""},
    {"kind": "application_received", "slug": "toronto_hospital_ack", "lang": "en",
         "company": "Lakeshore Health Sciences Centre", "contact": "",
         "frm": ("Lakeshore Careers", "noreply-careers@lakeshorehsc.example.ca"),
         "subject": "Posting #26-0871 Clinical Research Coordinator II", "date": d("2026-08-04 13:00", "-0400"),
         "body": """Thank you for your interest in Lakeshore Health Sciences Centre.

This email confirms that your application for Posting #26-0871 Clinical Research Coordinator II has been received.

Please note that only those candidates selected for an interview will be contacted. Lakeshore is committed to accessibility; accommodations are available on request for candidates taking part in all aspects of the selection process.

Human Resources
Lakeshore Health Sciences Centre"""},
    {"kind": "application_received", "slug": "de_eingangsbestaetigung", "lang": "de", "company": "Rheinfeld Pharma",
         "contact": "", "frm": ("Rheinfeld Pharma Karriere", "noreply@rheinfeld-pharma.example.de"),
         "subject": "Eingangsbestätigung Ihrer Bewerbung", "date": d("2026-01-28 10:02", "+0100"),
         "cs": "iso-8859-1", "cte": "quoted-printable",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

vielen Dank für Ihre Bewerbung als Clinical Research Associate (m/w/d). Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinfeld Pharma GmbH"""},
    {"kind": "application_received", "slug": "de_uni_keine_einzelrueckmeldung", "lang": "de",
         "company": "Universitätsklinikum Heidelbrunn", "contact": "",
         "frm": ("Bewerbermanagement UKH", "bewerbermanagement-noreply@ukh.example.de"),
         "subject": "Ihre Bewerbung – Kennziffer 2026-118-ZKS", "date": d("2026-03-23 08:10", "+0100"),
         "body": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle „Studienkoordinator/in im Zentrum für Klinische Studien" (Kennziffer 2026-118-ZKS).

Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten. Sie erhalten von uns eine Nachricht, sobald das Auswahlverfahren abgeschlossen ist.

Mit freundlichen Grüßen
Bewerbermanagement
Universitätsklinikum Heidelbrunn"""},
    {"kind": "application_received", "slug": "de_du_eingang", "lang": "de", "company": "Medicura Digital",
         "contact": "", "frm": ("Medicura Digital", "noreply@medicura-digital.jobs.personio.de"),
         "subject": "Danke für deine Bewerbung!", "date": d("2026-04-29 19:22", "+0200"),
         "fmt": "html", "brand": "Medicura Digital",
         "body": """Hi Siobhán,

vielen Dank für deine Bewerbung als Customer Success Manager (Kliniken)! Wir schauen uns deine Unterlagen in den nächsten Tagen in Ruhe an und melden uns bei dir.

Bis bald!
Dein People-Team von Medicura Digital"""},
    {"kind": "application_received", "slug": "fr_accuse_reception", "lang": "fr", "company": "Laboratoires Vérandes",
         "contact": "", "frm": ("Laboratoires Vérandes - Recrutement", "ne-pas-repondre@verandes.example.fr"),
         "subject": "Accusé de réception de votre candidature", "date": d("2026-02-02 11:40", "+0100"),
         "body": """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargé(e) d'affaires réglementaires et vous en remercions.

Votre dossier va être étudié avec attention par nos équipes. Nous ne manquerons pas de revenir vers vous dans les meilleurs délais.

La Direction des Ressources Humaines
Laboratoires Vérandes"""},
    {"kind": "application_received", "slug": "fr_volume_pas_de_reponse", "lang": "fr", "company": "Groupe Hospitalier Rhône-Saône",
         "contact": "", "frm": ("GHRS Recrutement", "noreply.recrutement@ghrs.example.fr"),
         "subject": "Candidature enregistrée – Attaché(e) de recherche clinique", "date": d("2026-05-26 09:00", "+0200"),
         "fmt": "alt",
         "body": """Bonjour,

Votre candidature au poste d'Attaché(e) de recherche clinique (DRCI) a bien été enregistrée.

En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, vous serez contacté(e) sous quatre semaines.

Cordialement,
Direction des Ressources Humaines
Groupe Hospitalier Rhône-Saône"""},
    {"kind": "application_received", "slug": "fr_smartrecruiters", "lang": "fr", "company": "Biomérys",
         "contact": "", "frm": ("Biomérys", "noreply@smartrecruiters.example.com"),
         "subject": "Merci pour votre candidature chez Biomérys", "date": d("2026-06-12 16:05", "+0200"),
         "fmt": "html", "brand": "Biomérys",
         "body": """Bonjour Siobhán,

Merci d'avoir postulé au poste de Pharmacovigilance Officer. Nous avons bien reçu votre candidature et notre équipe recrutement va l'examiner.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

L'équipe Talent Acquisition Biomérys"""},
    {"kind": "application_received", "slug": "es_acuse_recibo", "lang": "es", "company": "Farmacéutica Alcántara",
         "contact": "", "frm": ("Farmacéutica Alcántara", "noreply@alcantara-farma.example.es"),
         "subject": "Hemos recibido tu candidatura", "date": d("2026-02-20 10:00", "+0100"),
         "body": """Hola Siobhán:

Gracias por inscribirte en la oferta Técnico/a de Farmacovigilancia. Hemos recibido correctamente tu candidatura.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo. Debido al elevado número de candidaturas, no podemos responder de forma individual a cada persona.

Un saludo,
Equipo de Personas – Farmacéutica Alcántara"""},
    {"kind": "application_received", "slug": "es_hospital_registro", "lang": "es",
         "company": "Hospital Universitario Sierra Norte", "contact": "",
         "frm": ("Portal de Empleo HUSN", "no-responder@husierranorte.example.es"),
         "subject": "Confirmación de inscripción – ref. HUSN-2026-114", "date": d("2026-06-30 18:45", "+0200"),
         "cs": "iso-8859-1", "cte": "8bit",
         "body": """Estimada candidata:

Le confirmamos que su solicitud para la plaza de Coordinador/a de Ensayos Clínicos (ref. HUSN-2026-114) ha quedado registrada correctamente con el número 000412.

Lamentablemente no podemos facilitar información individual sobre el estado de las candidaturas en esta fase. La lista de personas admitidas se publicará en el portal de empleo.

Unidad de Selección de Personal
Hospital Universitario Sierra Norte"""},
    {"kind": "application_received", "slug": "es_startup_informal", "lang": "es", "company": "Vitalia Salud Digital",
         "contact": "marina@vitaliasalud.example.es",
         "frm": ("Marina Gil", "marina@vitaliasalud.example.es"),
         "subject": "Re: Candidatura Customer Success", "date": d("2026-06-01 09:30", "+0200"),
         "body": """¡Hola Siobhán!

Recibido, muchas gracias por escribirnos. Lo paso al equipo esta semana y te decimos algo en cuanto lo revisen.

Marina
Vitalia Salud Digital"""},
]

OFFERS = [
    {"kind": "offer", "slug": "verbal_offer_followup", "lang": "en", "company": "Glenmara Biosciences",
         "contact": "oisin.brady@glenmara.example.ie",
         "frm": ("Oisín Brady", "oisin.brady@glenmara.example.ie"),
         "subject": "Following our call", "date": d("2026-05-27 17:02"),
         "body": """Hi Siobhán,

Great to speak earlier and delighted you're as excited as we are! As discussed, we'd like to offer you the role of Study Start-Up Specialist on a base salary of EUR 58,000, plus 10% bonus and the standard benefits package. Laura in HR will send the formal offer letter and contract tomorrow.

Offer is conditional on references and Garda vetting - Laura will kick those off.

Welcome (nearly) aboard!
Oisín"""},
    {"kind": "offer", "slug": "offer_letter_attached", "lang": "en", "company": "Wexbridge Biotherapeutics",
         "contact": "amanda.choi@wexbridgebio.example.com",
         "frm": ("Amanda Choi", "amanda.choi@wexbridgebio.example.com"),
         "subject": "Offer - Clinical Trial Manager (EU)", "date": d("2026-07-09 12:40", "-0400"),
         "attach": "Wexbridge_Offer_SOkaforLindqvist.pdf",
         "body": """Hi Siobhán,

I'm thrilled to share your offer letter for the Clinical Trial Manager role - attached. Please review and let me know if you have questions; we'd ask for a signed copy by July 17.

Everyone who met you is excited about you joining.

Best,
Amanda"""},
    {"kind": "offer", "slug": "nhs_conditional_offer", "parent": "nhs_shortlisted_ics", "lang": "en",
         "company": "Leeds Teaching Hospitals NHS Trust", "contact": "ltht.researchrecruit@nhs.example.net",
         "frm": ("LTHT Research Recruitment", "ltht.researchrecruit@nhs.example.net"),
         "subject": "Conditional Offer of Employment - Clinical Trials Coordinator", "date": d("2026-02-27 14:10"),
         "body": """Dear Siobhan

Following your recent interview, I am delighted to make you a conditional offer of employment for the post of Clinical Trials Coordinator, Band 5, at Leeds Teaching Hospitals NHS Trust.

This offer is conditional upon receipt of satisfactory references, occupational health clearance, a DBS check, and evidence of your right to work in the UK. You will receive separate emails from TRAC to complete these checks.

Please reply to confirm whether you wish to accept this conditional offer.

Kind regards

LTHT Research Recruitment"""},
    {"kind": "offer", "slug": "startup_pleased_to_offer", "lang": "en", "company": "Kookaburra Health",
         "contact": "mel.tran@kookaburrahealth.example.com",
         "frm": ("Mel Tran", "mel.tran@kookaburrahealth.example.com"),
         "subject": "🎉", "date": d("2026-05-06 07:05"),
         "fmt": "alt",
         "body": """Siobhán!

We're so pleased to offer you the role of Customer Success Manager, EMEA at Kookaburra Health. Lachlan was blown away. Details below, formal contract via DocuSign later today:

- Base: EUR 62,000
- Equity: 0.05% options, 4 yr vest
- Remote (Ireland), quarterly trips to Melbourne or London

Have a think and give us a shout with any questions!

Mel"""},
    {"kind": "offer", "slug": "contract_to_sign_docusign_hr", "lang": "en", "company": "University College Cork",
         "contact": "hr.contracts@ucc.example.ie",
         "frm": ("HR Contracts UCC", "hr.contracts@ucc.example.ie"),
         "subject": "Contract of Employment - Research Project Manager (071284)", "date": d("2026-04-30 15:20"),
         "body": """Dear Siobhán,

Further to the recommendation of the interview board, I am pleased to offer you the post of Research Project Manager, HRB Clinical Research Facility, on a specified purpose contract for 3 years, at point 4 of the Research Project Manager salary scale.

Please find your contract of employment in the DocuSign envelope sent separately. Kindly sign and return within 10 working days, together with the completed Garda vetting form and your NMBI registration details.

Yours sincerely,
Siobhán Hegarty
HR Contracts Officer
University College Cork"""},
    {"kind": "offer", "slug": "de_vertragsangebot", "lang": "de", "company": "Salvadin Pharma",
         "contact": "bewerbung@salvadin.example.de",
         "frm": ("Katrin Albers", "bewerbung@salvadin.example.de"),
         "subject": "Ihr Vertragsangebot – Clinical Trial Manager", "date": d("2026-03-27 11:00", "+0100"),
         "attach": "Arbeitsvertrag_Okafor-Lindqvist.pdf", "cs": "iso-8859-1", "cte": "quoted-printable",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position als Clinical Trial Manager (m/w/d) anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. April zurück. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Katrin Albers
HR Business Partner
Salvadin Pharma GmbH"""},
    {"kind": "offer", "slug": "de_zusage_du", "lang": "de", "company": "Kliniqo",
         "contact": "lena@kliniqo.example.de",
         "frm": ("Lena Vogt", "lena@kliniqo.example.de"),
         "subject": "Gute Nachrichten :)", "date": d("2026-05-20 16:30", "+0200"),
         "body": """Hi Siobhán,

ich freu mich riesig: Wir möchten dich sehr gerne als Customer Success Managerin bei Kliniqo an Bord holen! Das Angebot (65.000 € brutto/Jahr, 30 Urlaubstage, remote aus Irland) schicke ich dir gleich noch als PDF.

Sag gern Bescheid, wenn du Fragen hast – und lass uns gern nochmal telefonieren.

Liebe Grüße
Lena"""},
    {"kind": "offer", "slug": "fr_promesse_embauche", "lang": "fr", "company": "Medivance France",
         "contact": "camille.roux@medivance.example.fr",
         "frm": ("Camille Roux", "camille.roux@medivance.example.fr"),
         "subject": "Proposition d'embauche", "date": d("2026-04-10 10:00", "+0200"),
         "attach": "Promesse_embauche_Medivance.pdf",
         "body": """Bonjour Siobhán,

J'ai le plaisir de vous confirmer notre proposition d'embauche pour le poste de Chef de projet clinique en CDI, basé à Paris, avec une rémunération annuelle brute de 56 000 €. Vous trouverez ci-joint la promesse d'embauche détaillant les conditions.

Merci de nous la retourner signée d'ici le 17 avril.

Bien cordialement,
Camille Roux
Medivance France"""},
    {"kind": "offer", "slug": "es_oferta_formal", "lang": "es", "company": "Laboratorios Mirasierra",
         "contact": "rrhh@mirasierra.example.es",
         "frm": ("RRHH Laboratorios Mirasierra", "rrhh@mirasierra.example.es"),
         "subject": "Oferta de empleo – Especialista en Asuntos Regulatorios", "date": d("2026-05-19 12:00", "+0200"),
         "cte": "base64", "attach": "Carta_oferta_Mirasierra.pdf",
         "body": """Estimada Sra. Okafor-Lindqvist:

Tras finalizar el proceso de selección, tenemos el placer de ofrecerle el puesto de Especialista en Asuntos Regulatorios en nuestra sede de Madrid, con contrato indefinido y una retribución bruta anual de 48.000 €.

Adjuntamos la carta de oferta con las condiciones. Le agradeceríamos que nos confirmara su aceptación antes del 29 de mayo.

Atentamente,
Marta Quintana
Recursos Humanos
Laboratorios Mirasierra"""},
    {"kind": "offer", "slug": "es_oferta_verbal_seguimiento", "lang": "es", "company": "BioAzteca",
         "contact": "rodrigo.salas@bioazteca.example.mx",
         "frm": ("Rodrigo Salas", "rodrigo.salas@bioazteca.example.mx"),
         "subject": "Lo que platicamos", "date": d("2026-08-21 10:20", "-0600"),
         "body": """Hola Siobhán,

Como te comenté por teléfono, ¡nos encantaría que te unieras a BioAzteca como Project Manager de Estudios Clínicos! Te confirmo por escrito la propuesta: 60.000 EUR anuales, contrato remoto desde Irlanda vía nuestra entidad en España, inicio 1 de octubre.

La próxima semana te llega el contrato para firma. Cualquier duda, aquí estoy.

Abrazo,
Rodrigo"""},
]

MESSAGES = RESCHEDULES + MISSED + ACKS + OFFERS
