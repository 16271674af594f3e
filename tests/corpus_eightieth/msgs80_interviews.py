"""Eightieth corpus: interview invitations, reschedules/cancellations and missed-interview notices."""

INVITES = [
    {
        "kind": "interview_invitation", "slug": "calendly_phone_screen", "lang": "en", "company": "Ridgeway Consulting Engineers", "contact": "ella.fitzgerald@ridgewayce.example.com",
        "frm": ("Ella Fitzgerald", "ella.fitzgerald@ridgewayce.example.com"), "date": "2026-01-14 10:22 +1100",
        "subject": "Quick question", "fmt": "alt", "skin": "gmail",
        "body": """Hi Callum,

Thanks for applying for the Senior Mechanical Engineer - Net Zero role. Would you be free for a quick 20 min chat this week or next? Nothing formal, just want to hear a bit more about your background and what you're after.

Grab any time that suits here: https://calendly.com/ella-ridgewayce/20min

Cheers,
Ella

Ella Fitzgerald | Talent Partner
Ridgeway Consulting Engineers
Level 9, 1 Market St, Sydney""",
    },
    {
        "kind": "interview_invitation", "slug": "goodtime_technical", "lang": "en", "company": "Pylon Digital Infrastructure", "contact": "sam.okafor@pylondi.example.com",
        "frm": ("Pylon Digital Infrastructure", "scheduling@goodtime.example.io"), "reply_to": ("Sam Okafor", "sam.okafor@pylondi.example.com"),
        "date": "2026-01-21 09:05 +1100", "subject": "Pylon Digital Infrastructure - please select times for your technical interview", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Great news - the team would like to move you forward to a 60-minute technical interview for the Critical Facilities Engineer (Data Centres) role with our Head of Engineering, Marta Kowalski.

Please select the times that work for you using the link below. The interview will be held over Google Meet.

https://app.goodtime.example.io/select/8f2a91c0

Any questions, just reply to this email.

Sam Okafor
Recruiter, Pylon Digital Infrastructure""",
    },
    {
        "kind": "interview_invitation", "slug": "ics_panel_council", "lang": "en", "company": "City of Port Aldridge", "contact": "b.nguyen@portaldridge.example.gov.au",
        "frm": ("Bao Nguyen", "b.nguyen@portaldridge.example.gov.au"), "date": "2026-02-05 14:31 +1100",
        "subject": "Interview invitation - Senior Project Manager Facilities (Ref 26/014)", "fmt": "alt", "skin": "outlook",
        "body": """Dear Callum,

Thank you for your application for Senior Project Manager Facilities (Ref 26/014). I am pleased to advise that you have been shortlisted for a panel interview.

Date: Wednesday 11 February 2026
Time: 10:00am - 11:00am AEDT
Location: Level 2, Civic Centre, 44 Wharf Road, Port Aldridge (report to reception)
Panel: Manager Capital Works, Team Leader Building Services, People & Culture representative

Please bring photo ID and evidence of your right to work in Australia. You will be given a written question 15 minutes before the interview.

Please confirm your attendance by reply.

Kind regards,
Bao Nguyen
Recruitment Officer | City of Port Aldridge
T 02 5550 4401""",
        "ics": {"uid": "ref26014-cng@portaldridge.example.gov.au", "start": "20260210T230000Z", "end": "20260211T000000Z",
                 "summary": "Interview - Callum Ng-Hargreaves - Senior PM Facilities", "location": "Level 2 Civic Centre, 44 Wharf Road",
                 "org_name": "Bao Nguyen", "org": "b.nguyen@portaldridge.example.gov.au", "stamp": "20260205T033100Z"},
    },
    {
        "kind": "interview_invitation", "slug": "agency_exclaim_next_stage", "lang": "en", "company": "Copperline Builders", "contact": "tayla@arcpointpeople.example.com",
        "frm": ("Tayla Brooks", "tayla@arcpointpeople.example.com"), "date": "2026-02-10 16:50 +1100",
        "subject": "GREAT NEWS!!", "body": """Callum!!!

Copperline Builders want to meet you!! They'd love to move you to the next stage for the Project Manager - Health & Education role. First interview would be with Ben (Construction Manager) and Nat (Design Manager) at their North Sydney office.

They've offered Thursday 19th at 3pm or Friday 20th at 9:30am - which works?? Let me know ASAP and I'll lock it in!

So excited for you!!
Tayla

Tayla Brooks | Principal Consultant
Arcpoint
0433 555 210""",
    },
    {
        "kind": "interview_invitation", "slug": "hiring_manager_mobile", "lang": "en", "company": "Lumen Property Services", "contact": "craig.dunne@lumenps.example.com.au",
        "frm": ("Craig Dunne", "craig.dunne@lumenps.example.com.au"), "date": "2026-02-16 07:12 +1000",
        "subject": "Re: FM role Brisbane", "body": """Hi Callum saw your CV via seek. Can you do a call tmrw 12.30? Ill ring your mobile

Craig
Sent from my iPhone""",
    },
    {
        "kind": "interview_invitation", "slug": "workday_self_schedule_video", "lang": "en", "company": "Aurora Health", "contact": "",
        "frm": ("Aurora Health", "aurorahealth@myworkday.example.com"), "date": "2026-02-23 11:00 +1100",
        "subject": "Action required: schedule your video interview - Biomedical & Facilities Engineering Lead", "fmt": "html", "skin": "ats", "cte": "quoted-printable",
        "body": """Hello Callum,

Congratulations! You have been selected to participate in a recorded video interview for the Biomedical & Facilities Engineering Lead position (R-118204).

The video interview consists of five questions, and you will have up to 3 minutes to answer each. Please complete it within 5 days:

https://aurorahealth.wd3.myworkday.example.com/recruiting/interview/R-118204

If you require any adjustments, please let us know via the Candidate Home portal.

Aurora Health Talent Acquisition""",
    },
    {
        "kind": "interview_invitation", "slug": "nz_site_visit", "lang": "en", "company": "Te Awa Water", "contact": "hemi.walker@teawa.example.co.nz",
        "frm": ("Hemi Walker", "hemi.walker@teawa.example.co.nz"), "date": "2026-03-03 13:40 +1300",
        "subject": "Next step - site visit and korero", "fmt": "alt", "skin": "gmail",
        "body": """Kia ora Callum,

Really enjoyed our chat on Friday. The next step for the Asset Planning Manager role would be a half-day at our Hamilton treatment plant - a site walk with our operations lead and then a sit-down interview with myself and our GM Infrastructure.

Would Tuesday 17 or Wednesday 18 March work? We'll cover flights from Auckland if you can't drive down.

Ngā mihi nui,
Hemi

Hemi Walker
Pou Whakahaere | Infrastructure Planning Lead
Te Awa Water""",
    },
    {
        "kind": "interview_invitation", "slug": "forwarded_from_hm", "lang": "en", "company": "Bellwether Developments", "contact": "lauren.pike@bellwetherdev.example.com.au",
        "frm": ("Lauren Pike", "lauren.pike@bellwetherdev.example.com.au"), "date": "2026-03-12 12:02 +1100",
        "subject": "FW: Development Manager candidates", "fmt": "alt", "skin": "outlook",
        "body": """Hi Callum,

See below from Marcus - he'd like to meet you. Could you let me know your availability next Monday or Tuesday afternoon for an hour at our Collins St office?

Thanks,
Lauren Pike
Executive Assistant to the CEO
Bellwether Developments

---------- Forwarded message ---------
From: Marcus Hale <marcus.hale@bellwetherdev.example.com.au>
Date: Wed, 11 Mar 2026 at 21:45
Subject: Development Manager candidates
To: Lauren Pike <lauren.pike@bellwetherdev.example.com.au>

Lauren - the services engineer (Ng-Hargreaves) looks interesting for the build-to-rent pipeline. Can you get him in next week? 1hr.
M""",
    },
    {
        "kind": "interview_invitation", "slug": "smartrecruiters_phone", "lang": "en", "company": "Vantage Rail Systems", "contact": "olga.ivanova@vantagerail.example.com",
        "frm": ("Olga Ivanova via SmartRecruiters", "noreply@smartrecruiters.example.com"), "reply_to": ("Olga Ivanova", "olga.ivanova@vantagerail.example.com"),
        "date": "2026-03-18 10:15 +1000", "subject": "Vantage Rail Systems: Phone interview for Stations Maintenance Engineer", "fmt": "alt", "skin": "ats",
        "body": """Dear Callum,

Thank you for your application for the Stations Maintenance Engineer position at Vantage Rail Systems in Brisbane.

We would like to invite you to a 30-minute phone interview with our recruitment team. Please reply with two or three time slots between Monday and Wednesday next week that suit you, and the best number to reach you on.

Kind regards,
Olga Ivanova
Talent Acquisition Specialist
Vantage Rail Systems""",
    },
    {
        "kind": "interview_invitation", "slug": "german_owned_english_ics", "lang": "en", "company": "Hollmann Energy Solutions", "contact": "j.weber@hollmann-es.example.de",
        "frm": ("Jana Weber", "j.weber@hollmann-es.example.de"), "date": "2026-03-26 09:30 +0100",
        "subject": "Invitation: Interview Hollmann Energy Solutions / Ng-Hargreaves", "fmt": "alt", "skin": "outlook",
        "body": """Dear Mr. Ng-Hargreaves,

thank you very much for your application as Project Manager Battery Storage (Australia). We were very pleased with your documents and would like to get to know you personally in a video call.

Please find attached an invitation for Tuesday, 31 March 2026, 08:00 CEST (17:00 Melbourne time) via Microsoft Teams. Participants will be Mr. Schulte (Head of APAC Projects) and myself.

If the date does not suit you, please let me know an alternative.

With kind regards

Jana Weber
Recruiting
Hollmann Energy Solutions GmbH
Am Sandtorkai 40, 20457 Hamburg""",
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000090b1f2@hollmann", "start": "20260331T060000Z", "end": "20260331T070000Z",
                 "summary": "Interview Ng-Hargreaves / Project Manager Battery Storage", "org_name": "Jana Weber", "org": "j.weber@hollmann-es.example.de",
                 "stamp": "20260326T083000Z"},
    },
    {
        "kind": "interview_invitation", "slug": "reply_chain_second_round", "lang": "en", "company": "Sterling Quarter Hotels", "contact": "marco.deluca@sterlingquarter.example.com",
        "frm": ("Marco De Luca", "marco.deluca@sterlingquarter.example.com"), "date": "2026-04-02 15:10 +1000",
        "subject": "Re: Director of Engineering - Gold Coast",
        "body": """Callum, thanks for your patience. GM's keen to meet you in person - can you come to the property on Thursday 9th at 11? We'll do a walk of the plant rooms then sit down with Fiona (GM) and myself for an hour or so. Lunch on us.

Marco""",
        "quote": [
            ("gmail", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "Tue, 31 Mar 2026 at 09:02",
             "Hi Marco,\nJust checking in on timing for next steps - still very keen.\nCallum"),
            ("gmail", "Marco De Luca <marco.deluca@sterlingquarter.example.com>", "Mon, 23 Mar 2026 at 17:30",
             "Good to talk today Callum. I'll come back to you once I've spoken with the GM."),
        ],
    },
    {
        "kind": "interview_invitation", "slug": "greenhouse_onsite_loop", "lang": "en", "company": "Kinetic Grid", "contact": "",
        "frm": ("Kinetic Grid", "no-reply@us.greenhouse-mail.io"), "date": "2026-04-14 08:45 +1000",
        "subject": "Interview confirmation - Kinetic Grid", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

You're confirmed for your onsite interview for Operations Engineering Manager. Here's your schedule for Tuesday, April 21:

9:30 - 10:15  Welcome and culture chat - Lina Park
10:15 - 11:15  Technical deep dive - Rob Chen
11:30 - 12:15  Case study presentation - Panel
12:15 - 12:45  Wrap up - Jordan Ellis (VP Operations)

Address: Kinetic Grid, 88 Flinders Lane, Melbourne VIC 3000. Ask for Lina at reception.

See you then!
Kinetic Grid Recruiting""",
    },
    {
        "kind": "interview_invitation", "slug": "linkedin_inmail_with_request", "lang": "en", "company": "Orchard Lane REIT", "contact": "w.ashby@orchardlanereit.example.com",
        "frm": ("William Ashby", "w.ashby@orchardlanereit.example.com"), "date": "2026-04-28 13:26 +1000",
        "subject": "Asset Manager - Industrial Portfolio", "body": """Hi Callum,

Thanks for sending through your CV after our LinkedIn exchange. I've had a read and I'd like to set up an initial conversation with you and our Head of Asset Management, Frances Lowe. We're thinking Teams, 45 minutes, sometime in the first week of May.

Send me a few windows and I'll coordinate.

Regards,
William Ashby
Head of Talent | Orchard Lane REIT""",
    },
    {
        "kind": "interview_invitation", "slug": "employment_hero_startup", "lang": "en", "company": "Sola Collective", "contact": "",
        "frm": ("Sola Collective via Employment Hero", "notifications@employmenthero.example.com"), "date": "2026-05-15 12:00 +0930",
        "subject": "You've been invited to interview at Sola Collective", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Sola Collective has invited you to an interview for Solar & Storage Project Lead (Adelaide).

Interview type: Video call
Duration: 45 minutes
Please choose a time: https://jobs.employmenthero.example.com/interviews/book/55c1e3

Good luck!
The Employment Hero team on behalf of Sola Collective""",
    },
    {
        "kind": "interview_invitation", "slug": "kl_panel_formal", "lang": "en", "company": "Permata Hartanah", "contact": "nurul.aziz@permatahartanah.example.my",
        "frm": ("Nurul Aziz", "nurul.aziz@permatahartanah.example.my"), "date": "2026-06-08 10:20 +0800",
        "subject": "Invitation to Interview - Head of Technical Services",
        "body": """Dear Mr Callum,

We refer to your application for the above position.

We are pleased to invite you for a panel interview (virtual) with our Chief Operating Officer and Head of Human Capital as follows:

Date : 15 June 2026 (Monday)
Time : 2.30 pm (Malaysia time)
Platform : Zoom (link will be provided one day before)

Kindly confirm your attendance at your earliest convenience.

Thank you.

Best regards,
Nurul Aziz
Talent Acquisition
Permata Hartanah Berhad
Menara Permata, Jalan Ampang, Kuala Lumpur""",
    },
    {
        "kind": "interview_invitation", "slug": "dubai_recruiter_call", "lang": "en", "company": "Falcon Crest Contracting", "contact": "r.haddad@desertstarsearch.example.ae",
        "frm": ("Rami Haddad", "r.haddad@desertstarsearch.example.ae"), "date": "2026-07-13 11:40 +0400",
        "subject": "Interview - MEP Manager - Falcon Crest Contracting", "fmt": "alt", "skin": "gmail",
        "body": """Dear Callum,

Hope you are well. Falcon Crest Contracting have reviewed your profile and would like to interview you for the MEP Manager position on their Jumeirah hospitality project.

The first interview would be a Teams call with the Projects Director, tentatively Sunday 19 July at 10am UAE time. Please confirm and also share your current notice period and visa status.

Regards,
Rami Haddad
Senior Consultant
Desert Star Search
+971 50 555 0932""",
    },
    {
        "kind": "interview_invitation", "slug": "vancouver_lever_hm", "lang": "en", "company": "Cascadia Transit Authority", "contact": "p.singh@cascadiatransit.example.ca",
        "frm": ("Preet Singh", "p.singh@cascadiatransit.example.ca"), "date": "2026-08-19 16:30 -0700",
        "subject": "Facilities Engineering Manager - next round", "fmt": "alt", "skin": "outlook",
        "body": """Hello Callum,

Thanks for your time on the phone screen last week. The hiring committee would like to invite you to the next round: a 90-minute panel interview including a short presentation (15 min) on how you'd approach a condition assessment program for 40 stations.

Given the time difference, we can offer Tuesday Aug 25 at 3pm Pacific (8am Wed in Sydney). Does that work for you?

Best,
Preet Singh
Senior Talent Advisor
Cascadia Transit Authority""",
    },
    {
        "kind": "interview_invitation", "slug": "fr_entretien_visio", "lang": "fr", "company": "Thermiq Conseil", "contact": "julie.marchand@thermiq.example.fr",
        "frm": ("Julie Marchand", "julie.marchand@thermiq.example.fr"), "date": "2026-02-19 09:12 +0100",
        "subject": "Proposition d'entretien - Ingénieur efficacité énergétique", "fmt": "alt", "skin": "outlook", "cte": "quoted-printable",
        "body": """Bonjour Callum,

Suite à votre candidature pour le poste d'Ingénieur efficacité énergétique, je souhaiterais vous proposer un premier entretien en visio avec notre directeur technique, M. Girard.

Seriez-vous disponible jeudi 26 février à 9h (heure de Paris) ou vendredi 27 février à 8h ? Je vous enverrai l'invitation Teams dès votre confirmation.

Bien cordialement,

Julie Marchand
Responsable RH
Thermiq Conseil
01 55 50 44 12""",
    },
    {
        "kind": "interview_invitation", "slug": "fr_cabinet_rdv", "lang": "fr", "company": "Vauban Ingénierie", "contact": "a.benali@talentia-conseil.example.fr",
        "frm": ("Amine Benali", "a.benali@talentia-conseil.example.fr"), "date": "2026-05-06 17:45 +0200",
        "subject": "Re: Opportunité Chef de projet - Montréal/Paris", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Bonsoir Callum,

Bonne nouvelle : mon client Vauban Ingénierie souhaite vous rencontrer pour le poste de Chef de projet Fluides. Il s'agirait d'un entretien de 45 minutes avec la directrice de l'agence, en visio.

Quelles sont vos disponibilités la semaine prochaine, en tenant compte du décalage horaire ?

Bien à vous,
Amine Benali
Consultant - Talentia Conseil""",
        "quote": [("fr", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "lun. 4 mai 2026 à 22:10",
                "Bonjour Amine,\nMerci pour votre appel. Je vous confirme mon intérêt.\nCordialement,\nCallum")],
    },
    {
        "kind": "interview_invitation", "slug": "fr_tutoiement_startup", "lang": "fr", "company": "Watt&Co", "contact": "hugo@wattandco.example.fr",
        "frm": ("Hugo Lemaire", "hugo@wattandco.example.fr"), "date": "2026-09-09 11:00 +0200",
        "subject": "On s'appelle ?", "body": """Salut Callum,

Ton profil nous plaît beaucoup pour le poste de Responsable Opérations APAC. Tu serais dispo pour un call de 30 min cette semaine ? Voilà mon agenda : https://cal.example.com/hugo-wattandco

À très vite,
Hugo
CEO @ Watt&Co""",
    },
    {
        "kind": "interview_invitation", "slug": "es_entrevista_chile", "lang": "es", "company": "Aguas del Pacífico", "contact": "c.munoz@aguaspacifico.example.cl",
        "frm": ("Camila Muñoz", "c.munoz@aguaspacifico.example.cl"), "date": "2026-04-20 10:30 -0400",
        "subject": "Invitación a entrevista - Jefe de Gestión de Activos", "fmt": "alt", "skin": "outlook", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Estimado Callum:

Junto con saludar, te contactamos porque tu perfil fue seleccionado para avanzar a la etapa de entrevista para el cargo de Jefe de Gestión de Activos.

La entrevista sería por Teams con el Gerente de Operaciones, el jueves 23 de abril a las 18:00 hrs (hora de Chile). Por favor confírmanos tu disponibilidad respondiendo este correo.

Saludos cordiales,
Camila Muñoz
Analista de Selección
Aguas del Pacífico S.A.""",
    },
    {
        "kind": "interview_invitation", "slug": "es_prueba_tecnica", "lang": "es", "company": "Grupo Solenco", "contact": "rrhh@solenco.example.es",
        "frm": ("RRHH Solenco", "rrhh@solenco.example.es"), "date": "2026-08-25 12:15 +0200",
        "subject": "Siguiente fase del proceso", "body": """Hola Callum,

¡Enhorabuena! Has pasado a la siguiente fase del proceso para Project Manager Renovables. Queremos invitarte a una entrevista técnica con el equipo de ingeniería el próximo miércoles 2 de septiembre a las 9:00 (hora peninsular).

¿Te viene bien? Si no, dinos qué horarios te encajan.

Un abrazo,
Marta Gil
Recursos Humanos – Grupo Solenco""",
    },
    {
        "kind": "interview_invitation", "slug": "de_einladung_gespraech", "lang": "de", "company": "Kessler Haustechnik", "contact": "m.kessler@kessler-ht.example.de",
        "frm": ("Martin Keßler", "m.kessler@kessler-ht.example.de"), "date": "2026-03-09 14:05 +0100",
        "subject": "Einladung zum Vorstellungsgespräch", "charset": "iso-8859-1", "cte": "quoted-printable", "enc_subject": True,
        "body": """Sehr geehrter Herr Ng-Hargreaves,

vielen Dank für Ihre Bewerbung als Bauleiter HLS (m/w/d). Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem ersten Kennenlerngespräch per Videocall einladen.

Als Termin schlagen wir Montag, den 16. März 2026 um 9:00 Uhr vor (das wäre 19:00 Uhr in Sydney). Bitte bestätigen Sie uns kurz, ob Ihnen der Termin passt.

Mit freundlichen Grüßen

Martin Keßler
Geschäftsführer
Kessler Haustechnik GmbH & Co. KG""",
    },
    {
        "kind": "interview_invitation", "slug": "de_personio_zweite_runde", "lang": "de", "company": "Nordlicht Energie", "contact": "",
        "frm": ("Nordlicht Energie", "no-reply@personio.example.de"), "date": "2026-06-23 10:00 +0200",
        "subject": "Nordlicht Energie: Einladung zur zweiten Gesprächsrunde", "fmt": "html", "skin": "ats",
        "body": """Hallo Callum,

danke für das nette erste Gespräch! Wir würden dich gerne zur zweiten Runde für die Position Senior Projektmanager:in Wärmepumpen einladen.

Bitte wähle über folgenden Link einen passenden Termin aus: https://nordlicht.jobs.personio.example.de/interview/slot/7731

Viele Grüße
Dein Nordlicht-Team""",
    },
    {
        "kind": "interview_invitation", "slug": "de_telefoninterview_du", "lang": "de", "company": "Gebäudewerk Berlin", "contact": "lea.hoffmann@gebaeudewerk.example.de",
        "frm": ("Lea Hoffmann", "lea.hoffmann@gebaeudewerk.example.de"), "date": "2026-10-05 15:45 +0200",
        "subject": "Kurzes Telefonat?", "cte": "base64",
        "body": """Hi Callum,

danke für deine Bewerbung als Asset Manager Technik! Hättest du Lust auf ein kurzes Telefonat (ca. 20 Min.), damit wir uns kennenlernen? Donnerstag oder Freitag ab 8 Uhr unserer Zeit würde bei mir gut passen.

Liebe Grüße
Lea
People & Culture | Gebäudewerk Berlin""",
    },
]

RESCHEDULES = [
    {
        "kind": "interview_reschedule_or_cancel", "slug": "council_move_panel", "lang": "en", "company": "City of Port Aldridge", "contact": "b.nguyen@portaldridge.example.gov.au",
        "frm": ("Bao Nguyen", "b.nguyen@portaldridge.example.gov.au"), "date": "2026-02-09 08:55 +1100",
        "subject": "Change of time - interview Wednesday", "fmt": "alt", "skin": "outlook",
        "body": """Hi Callum,

Apologies for the short notice - one of our panel members is now required at a Council briefing on Wednesday morning. Would you be able to come in at 2:00pm instead of 10:00am on the same day? Location is unchanged.

An updated calendar invitation is attached.

Kind regards,
Bao Nguyen
Recruitment Officer | City of Port Aldridge""",
        "ics": {"uid": "ref26014-cng@portaldridge.example.gov.au", "start": "20260211T030000Z", "end": "20260211T040000Z",
                 "summary": "Interview - Callum Ng-Hargreaves - Senior PM Facilities", "location": "Level 2 Civic Centre, 44 Wharf Road",
                 "org_name": "Bao Nguyen", "org": "b.nguyen@portaldridge.example.gov.au", "sequence": "1", "stamp": "20260208T215500Z"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "hm_sick_text", "lang": "en", "company": "Coastline Mechanical", "contact": "dave.petrakis@coastlinemech.example.com",
        "frm": ("Dave Petrakis", "dave.petrakis@coastlinemech.example.com"), "date": "2026-01-19 06:40 +1100",
        "subject": "today", "body": """Morning Callum, sorry mate I'm crook today, can we push our 10am to thurs same time? Apologies for the late notice

Dave
Sent from my iPhone""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "goodtime_cancelled_ics", "lang": "en", "company": "Pylon Digital Infrastructure", "contact": "sam.okafor@pylondi.example.com",
        "frm": ("Pylon Digital Infrastructure", "scheduling@goodtime.example.io"), "reply_to": ("Sam Okafor", "sam.okafor@pylondi.example.com"),
        "date": "2026-01-28 17:20 +1100", "subject": "Cancelled: Technical interview - Pylon Digital Infrastructure", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

Unfortunately Marta has had to travel to Singapore unexpectedly, so we've cancelled your technical interview scheduled for Friday 30 January. We're really sorry about this.

We'll send you a new link to pick another time shortly.

Sam Okafor
Recruiter, Pylon Digital Infrastructure""",
        "ics": {"method": "CANCEL", "uid": "gt-7c1e0a8f@goodtime.example.io", "start": "20260129T220000Z", "end": "20260129T230000Z",
                 "summary": "Technical interview - Callum Ng-Hargreaves", "location": "Google Meet", "org_name": "Sam Okafor",
                 "org": "sam.okafor@pylondi.example.com", "sequence": "2", "prodid": "-//GoodTime//Scheduler//EN", "stamp": "20260128T062000Z"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "agency_client_pushback", "lang": "en", "company": "Copperline Builders", "contact": "tayla@arcpointpeople.example.com",
        "frm": ("Tayla Brooks", "tayla@arcpointpeople.example.com"), "date": "2026-02-18 12:30 +1100",
        "subject": "Re: Copperline interview Thursday", "body": """Hey Callum,

Annoyingly Ben has been pulled onto site for a pour on Thursday so Copperline have asked to move your interview to Monday 23rd at 8am instead. Same place. Sorry!! Can you confirm that still works?

Tayla
0433 555 210""",
        "quote": [("gmail", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "Wed, 11 Feb 2026 at 08:04",
                "Thursday 3pm works great, thanks Tayla!")],
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "role_paused_interview_off", "lang": "en", "company": "Bellwether Developments", "contact": "lauren.pike@bellwetherdev.example.com.au",
        "frm": ("Lauren Pike", "lauren.pike@bellwetherdev.example.com.au"), "date": "2026-03-15 19:05 +1100",
        "subject": "Monday's meeting", "fmt": "alt", "skin": "outlook",
        "body": """Hi Callum,

Marcus has asked me to cancel Monday's meeting - he's been called interstate for a site acquisition. He's very keen to still meet, so I'll come back to you with some new times later this week.

Apologies for the inconvenience.

Lauren Pike
Executive Assistant to the CEO
Bellwether Developments""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "teams_update_time_zone", "lang": "en", "company": "Hollmann Energy Solutions", "contact": "j.weber@hollmann-es.example.de",
        "frm": ("Jana Weber", "j.weber@hollmann-es.example.de"), "date": "2026-03-27 08:10 +0100",
        "subject": "Updated: Interview Hollmann Energy Solutions / Ng-Hargreaves", "fmt": "alt", "skin": "outlook",
        "body": """Dear Mr. Ng-Hargreaves,

I'm sorry, I made a mistake with the daylight saving change in Europe. Mr. Schulte is unfortunately not available at the new time, so we need to move our call to Thursday, 2 April 2026, 09:00 CEST (17:00 AEST). The updated invitation is attached.

Thank you for your understanding.

With kind regards
Jana Weber
Recruiting | Hollmann Energy Solutions GmbH""",
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000090b1f2@hollmann", "start": "20260402T070000Z", "end": "20260402T080000Z",
                 "summary": "Interview Ng-Hargreaves / Project Manager Battery Storage", "org_name": "Jana Weber", "org": "j.weber@hollmann-es.example.de",
                 "sequence": "1", "stamp": "20260327T071000Z"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "greenhouse_onsite_cancel_freeze", "lang": "en", "company": "Kinetic Grid", "contact": "lina.park@kineticgrid.example.com",
        "frm": ("Lina Park", "lina.park@kineticgrid.example.com"), "date": "2026-04-19 20:14 +1000",
        "subject": "Tuesday", "body": """Hi Callum,

I'm really sorry to be writing this on a Sunday night. We've just been told there's a hiring freeze across Operations effective immediately, so we need to cancel Tuesday's onsite. I know you've put a lot of prep into the case study and I feel terrible about it.

If the freeze lifts I will reach out to you first.

Lina
People Partner, Kinetic Grid""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "hospital_new_date_gm", "lang": "en", "company": "Aurora Health", "contact": "karen.mills@aurorahealth.example.org.au",
        "frm": ("Karen Mills", "karen.mills@aurorahealth.example.org.au"), "date": "2026-03-11 09:48 +1100",
        "subject": "RE: Panel interview 13 March", "fmt": "alt", "skin": "outlook", "cte": "quoted-printable",
        "body": """Hi Callum,

Due to an emergency management exercise being scheduled at the hospital, the panel for Friday 13 March has been postponed. We are proposing Thursday 19 March at 1:30pm instead, same location (Admin Building, Level 1, Room 1.04).

Could you please confirm by return email?

Thanks,
Karen

Karen Mills
Recruitment Coordinator, Facilities & Engineering
Aurora Health
Ph 02 5550 7721

This email and any attachments may contain confidential and privileged information. If you are not the intended recipient you must not use, disclose or copy it.""",
        "quote": [("outlook", "Karen Mills <karen.mills@aurorahealth.example.org.au>", "Thursday, 5 March 2026 2:10 PM",
                "Subject: Panel interview 13 March\n\nHi Callum, congratulations on progressing to the panel interview on Friday 13 March at 10am.")],
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "london_push_week", "lang": "en", "company": "Harcourt Ward", "contact": "tom.ellis@harcourtward.example.co.uk",
        "frm": ("Tom Ellis", "tom.ellis@harcourtward.example.co.uk"), "date": "2026-05-27 10:30 +0100",
        "subject": "Slight change of plan", "body": """Hi Callum,

Apologies - I'm going to have to move our call on Thursday. The partners' meeting has been rescheduled on top of it. Could we do the same time (8am UK / 5pm Sydney) on Monday 1 June instead?

Best,
Tom

Tom Ellis
Associate Director, Building Services
Harcourt Ward""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "sg_cancel_withdrawn_req", "lang": "en", "company": "Marina Gate Holdings", "contact": "jolene.koh@marinagate.example.sg",
        "frm": ("Jolene Koh", "jolene.koh@marinagate.example.sg"), "date": "2026-07-02 09:15 +0800",
        "subject": "Interview on 6 July - cancellation", "fmt": "alt", "skin": "outlook",
        "body": """Dear Callum,

We regret that we have to cancel your interview on 6 July with our Head of Engineering. The business is reviewing the headcount for this role and the interview cannot proceed as planned.

We will update you once there is a decision. Sorry for the inconvenience caused.

Best regards,
Jolene Koh
Talent Acquisition Manager
Marina Gate Holdings""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "calendly_reschedule_notice", "lang": "en", "company": "Ridgeway Consulting Engineers", "contact": "ella.fitzgerald@ridgewayce.example.com",
        "frm": ("Calendly", "notifications@calendly.com"), "reply_to": ("Ella Fitzgerald", "ella.fitzgerald@ridgewayce.example.com"),
        "date": "2026-01-16 13:02 +1100", "subject": "Updated: Ella Fitzgerald has rescheduled your event", "fmt": "html", "skin": "ats",
        "body": """Hi Callum Ng-Hargreaves,

Ella Fitzgerald has rescheduled your event.

Event type: 20 Minute Meeting - Ridgeway Consulting Engineers
Former: 10:00am - 10:20am, Monday, 19 January 2026 (Sydney, Melbourne time)
Updated: 2:30pm - 2:50pm, Tuesday, 20 January 2026 (Sydney, Melbourne time)

Reason: Clash with a client meeting, sorry Callum!

Invitee: callum.nh@example.com.au

Powered by Calendly.com""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "es_aplazamos_entrevista", "lang": "es", "company": "Aguas del Pacífico", "contact": "c.munoz@aguaspacifico.example.cl",
        "frm": ("Camila Muñoz", "c.munoz@aguaspacifico.example.cl"), "date": "2026-04-22 11:05 -0400",
        "subject": "RE: Invitación a entrevista - cambio de horario", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hola Callum:

Te pido disculpas, pero el Gerente de Operaciones tuvo un imprevisto y necesitamos reprogramar la entrevista de mañana jueves. ¿Te acomodaría el lunes 27 de abril a la misma hora (18:00 hrs de Chile)?

Quedo atenta.

Saludos,
Camila Muñoz
Analista de Selección, Aguas del Pacífico""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "es_cancelada_proceso", "lang": "es", "company": "Grupo Solenco", "contact": "rrhh@solenco.example.es",
        "frm": ("RRHH Solenco", "rrhh@solenco.example.es"), "date": "2026-08-31 16:20 +0200",
        "subject": "Entrevista del miércoles", "body": """Hola Callum,

Te escribimos para avisarte de que tenemos que cancelar la entrevista técnica del miércoles 2 de septiembre: el responsable de ingeniería estará de viaje en obra. Te propondremos una nueva fecha en cuanto tengamos su agenda confirmada.

Perdona las molestias.

Marta Gil
Recursos Humanos – Grupo Solenco""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "fr_report_entretien", "lang": "fr", "company": "Thermiq Conseil", "contact": "julie.marchand@thermiq.example.fr",
        "frm": ("Julie Marchand", "julie.marchand@thermiq.example.fr"), "date": "2026-02-24 18:02 +0100",
        "subject": "Report de notre entretien de jeudi", "cte": "quoted-printable",
        "body": """Bonjour Callum,

Je suis désolée, M. Girard a un empêchement jeudi matin. Serait-il possible de décaler notre entretien au lundi 2 mars, même heure (9h heure de Paris) ?

Merci de votre compréhension et à bientôt,

Julie Marchand
Responsable RH – Thermiq Conseil""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "de_termin_verschoben", "lang": "de", "company": "Kessler Haustechnik", "contact": "m.kessler@kessler-ht.example.de",
        "frm": ("Martin Keßler", "m.kessler@kessler-ht.example.de"), "date": "2026-03-13 17:30 +0100",
        "subject": "AW: Einladung zum Vorstellungsgespräch", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hallo Herr Ng-Hargreaves,

leider muss ich unseren Termin am Montag verschieben, da ich kurzfristig auf eine Baustelle nach Leipzig muss. Würde Ihnen Mittwoch, der 18. März, um 9:00 Uhr passen?

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Martin Keßler""",
        "quote": [("de", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "10.03.2026 um 07:45",
                "Sehr geehrter Herr Keßler,\n\nvielen Dank für die Einladung, der Termin passt mir sehr gut.\n\nMit freundlichen Grüßen\nCallum Ng-Hargreaves")],
    },
]

MISSED = [
    {
        "kind": "missed_interview_notice", "slug": "tried_calling_phone_screen", "lang": "en", "company": "Lumen Property Services", "contact": "craig.dunne@lumenps.example.com.au",
        "frm": ("Craig Dunne", "craig.dunne@lumenps.example.com.au"), "date": "2026-02-17 12:48 +1000",
        "subject": "Re: FM role Brisbane", "body": """Callum I tried calling you at 12.30 as arranged but went straight to voicemail. Let me know if you're still interested

Craig
Sent from my iPhone""",
    },
    {
        "kind": "missed_interview_notice", "slug": "teams_did_not_join", "lang": "en", "company": "Vantage Rail Systems", "contact": "olga.ivanova@vantagerail.example.com",
        "frm": ("Olga Ivanova", "olga.ivanova@vantagerail.example.com"), "date": "2026-03-24 10:25 +1000",
        "subject": "Our call this morning", "fmt": "alt", "skin": "outlook",
        "body": """Hi Callum,

I was in the Teams meeting at 10:00 this morning for our phone interview but you did not join. I waited for about 15 minutes.

I hope everything is OK. If you're still interested in the Stations Maintenance Engineer role, please let me know and we can look at another time.

Kind regards,
Olga Ivanova
Talent Acquisition Specialist
Vantage Rail Systems""",
    },
    {
        "kind": "missed_interview_notice", "slug": "agency_where_were_you", "lang": "en", "company": "Copperline Builders", "contact": "tayla@arcpointpeople.example.com",
        "frm": ("Tayla Brooks", "tayla@arcpointpeople.example.com"), "date": "2026-02-23 08:25 +1100",
        "subject": "Are you ok??", "body": """Callum, Ben's just called me - he's been waiting in reception at Copperline since 8 and you haven't turned up?! Is everything ok? Please call me asap. 0433 555 210

Tayla""",
    },
    {
        "kind": "missed_interview_notice", "slug": "zoom_no_show_formal", "lang": "en", "company": "Permata Hartanah", "contact": "nurul.aziz@permatahartanah.example.my",
        "frm": ("Nurul Aziz", "nurul.aziz@permatahartanah.example.my"), "date": "2026-06-15 15:20 +0800",
        "subject": "Interview today - Head of Technical Services",
        "body": """Dear Mr Callum,

We note that you did not attend the panel interview scheduled today at 2.30 pm (Malaysia time). The panel waited in the Zoom meeting room until 2.50 pm.

Kindly advise if you are still interested in the position, and whether there was any technical difficulty, so that we may consider whether another session can be arranged.

Thank you.

Best regards,
Nurul Aziz
Talent Acquisition
Permata Hartanah Berhad""",
    },
    {
        "kind": "missed_interview_notice", "slug": "video_interview_expired", "lang": "en", "company": "Aurora Health", "contact": "",
        "frm": ("Aurora Health", "aurorahealth@myworkday.example.com"), "date": "2026-03-01 00:05 +1100",
        "subject": "Your video interview was not completed", "fmt": "html", "skin": "ats",
        "body": """Hello Callum,

Our records show that you did not complete the recorded video interview for Biomedical & Facilities Engineering Lead (R-118204) before the deadline.

If you experienced technical issues or would still like to be considered, please contact the recruitment team via Candidate Home within 48 hours.

Aurora Health Talent Acquisition""",
    },
    {
        "kind": "missed_interview_notice", "slug": "site_visit_missed_nz", "lang": "en", "company": "Te Awa Water", "contact": "hemi.walker@teawa.example.co.nz",
        "frm": ("Hemi Walker", "hemi.walker@teawa.example.co.nz"), "date": "2026-03-17 10:40 +1300",
        "subject": "Today", "fmt": "alt", "skin": "gmail",
        "body": """Kia ora Callum,

We were expecting you at the Hamilton plant at 9 this morning for the site visit - Aroha and I waited until about 10. I've tried your phone a couple of times too.

Hope all is well. Flick me a message when you can.

Hemi""",
    },
    {
        "kind": "missed_interview_notice", "slug": "calendar_no_show_startup", "lang": "en", "company": "Sola Collective", "contact": "mia@solacollective.example.com.au",
        "frm": ("Mia Tran", "mia@solacollective.example.com.au"), "date": "2026-05-20 11:35 +0930",
        "subject": "Missed you today", "body": """Hey Callum,

Looks like we missed each other on the video call at 11 - I hung around for 20 min. No stress, these things happen! Want to grab another slot? Same link as before should still work.

Mia
Co-founder, Sola Collective""",
    },
    {
        "kind": "missed_interview_notice", "slug": "fr_absent_entretien", "lang": "fr", "company": "Vauban Ingénierie", "contact": "a.benali@talentia-conseil.example.fr",
        "frm": ("Amine Benali", "a.benali@talentia-conseil.example.fr"), "date": "2026-05-14 09:40 +0200",
        "subject": "Entretien de ce matin", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Bonjour Callum,

La directrice d'agence de Vauban Ingénierie m'informe que vous ne vous êtes pas connecté à la visio prévue ce matin à 9h. J'espère qu'il n'y a rien de grave.

Pouvez-vous me rappeler rapidement afin que je voie s'il est possible de reprogrammer ?

Bien à vous,
Amine Benali
Talentia Conseil""",
    },
    {
        "kind": "missed_interview_notice", "slug": "es_no_te_conectaste", "lang": "es", "company": "Grupo Solenco", "contact": "rrhh@solenco.example.es",
        "frm": ("RRHH Solenco", "rrhh@solenco.example.es"), "date": "2026-09-16 09:35 +0200",
        "subject": "Entrevista de hoy", "body": """Hola Callum,

Te hemos esperado en la videollamada de las 9:00 para la entrevista técnica pero no te has conectado. ¿Ha pasado algo? Si sigues interesado, escríbenos y buscamos otro hueco.

Saludos,
Marta Gil
Recursos Humanos – Grupo Solenco""",
    },
    {
        "kind": "missed_interview_notice", "slug": "de_nicht_erreicht", "lang": "de", "company": "Gebäudewerk Berlin", "contact": "lea.hoffmann@gebaeudewerk.example.de",
        "frm": ("Lea Hoffmann", "lea.hoffmann@gebaeudewerk.example.de"), "date": "2026-10-09 08:20 +0200",
        "subject": "Unser Telefonat heute", "cte": "base64",
        "body": """Hi Callum,

ich habe dich heute um 8 Uhr wie vereinbart angerufen, dich aber leider nicht erreicht. Ist alles in Ordnung bei dir?

Wenn du weiterhin Interesse hast, schick mir gern einen neuen Terminvorschlag.

Liebe Grüße
Lea
People & Culture | Gebäudewerk Berlin""",
    },
]

MESSAGES = INVITES + RESCHEDULES + MISSED
