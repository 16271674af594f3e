"""Corpus 56: interview invitations as they arrived in the candidate's inbox (data only)."""

from __future__ import annotations

from msgs56_build import Msg as M
from msgs56_build import ics_event

INV = "interview_invitation"

MESSAGES = [
M(INV, "agency_calendly_quick_chat", "en", "Coralline Talent", "ruby.walsh@coralline.example.com.au",
  ("Ruby Walsh", "ruby.walsh@coralline.example.com.au"),
  "Quick question", "2026-01-20 09:12 +1000",
  """Hi Priya,

Hope you had a good break! I came across your profile on SEEK and I'm working on a Reliability Engineering Lead role with one of my clients, a tier-1 wind and solar developer in Brisbane (hybrid, 3 days in office).

Would you be free for a quick chat this week so I can tell you more and hear what you're after? Grab any slot that suits here: https://calendly.example.com/ruby-coralline/15min

Cheers,
Ruby Walsh
Senior Consultant, Renewables
Coralline Talent
0422 555 614""", mode="alt"),

M(INV, "goodtime_next_stage", "en", "Solvane Hydrogen", "priyanka.das@solvane.example.com",
  ("Solvane Hydrogen Recruiting", "scheduling@goodtime.example.io"),
  "Next steps with Solvane Hydrogen", "2026-02-04 07:30 +1030",
  """Hi Priya,

Great news - we'd love to move you to the next stage for the Electrolyser Reliability Engineer role!

The next step is a 45-minute technical interview with Marcus (Head of Asset Management) and Lena (Principal Process Engineer) on Google Meet.

Please choose a time that works for you using the link below:

Select your interview time: https://app.goodtime.example.io/s/8c21f0

If none of the times work, just reply to this email and I'll sort something out.

Best,
Priyanka Das
Talent Acquisition | Solvane Hydrogen""",
  mode="html", style="ats", reply_to="Priyanka Das <priyanka.das@solvane.example.com>"),

M(INV, "seek_phone_arvo", "en", "Brolga Engineering", "g.marsh@brolgaeng.example.com.au",
  ("Greg Marsh", "g.marsh@brolgaeng.example.com.au"),
  "Quick question", "2026-02-18 13:26 +0800",
  """Hi Priya

Saw your application come through SEEK for the Mech Engineer (Shutdowns) role. Are you free for a phone chat thurs arvo? Say 2.30? Shouldn't take more than 20 min, just want to run through your shutdown experience and availability for the Kwinana job.

Let me know a number that's best.

Greg Marsh
Engineering Manager
Brolga Engineering Pty Ltd
08 6555 0771""", cte="7bit"),

M(INV, "water_panel_ics", "en", "Southern Lakes Water", "anna.ng@southernlakeswater.example.com.au",
  ("Anna Ng", "anna.ng@southernlakeswater.example.com.au"),
  "Invitation to interview - Asset Strategy Engineer (SLW-2026-031)", "2026-03-02 11:05 +1100",
  """Dear Priya,

Thank you for your application for the Asset Strategy Engineer position. I am pleased to let you know that you have been shortlisted and we would like to invite you to a panel interview.

Date: Tuesday 10 March 2026
Time: 10:00am - 11:00am (AEDT)
Location: Level 3, 55 Example Road, Ballarat VIC, or via Microsoft Teams if you are interstate

The panel will be Rob Kiely (Manager Asset Planning), Natalie Fox (Senior Engineer) and myself. The interview will be behavioural and technical; please bring an example of a maintenance strategy you have developed.

A calendar invitation is attached. Please reply to confirm your attendance and let me know of any adjustments you may require.

Kind regards,
Anna Ng
Talent Acquisition Advisor
Southern Lakes Water""",
  mode="alt", ics=ics_event("slw-2026-031-priya@southernlakeswater.example.com.au", "20260309T230000Z",
                            "20260310T000000Z", "Interview: Asset Strategy Engineer - Priya Ramaswamy-Tait",
                            "anna.ng@southernlakeswater.example.com.au", location="Microsoft Teams / Ballarat")),

M(INV, "iron_ore_final_presentation", "en", "Westgate Iron Ore", "leanne.prior@westgateiron.example.com.au",
  ("Leanne Prior", "leanne.prior@westgateiron.example.com.au"),
  "Reliability Superintendent - final stage", "2026-04-14 15:40 +0800",
  """Hi Priya,

Thanks for your time at the first interview, the panel were impressed.

We'd like to invite you to the final stage, which has two parts:
1. A 20-minute technical presentation to the Maintenance leadership team on how you'd lift conveyor availability at our Cape Lambert port operations, followed by Q&A.
2. A site visit at Karratha the following morning (flights and accom covered).

We're looking at Monday 27 or Tuesday 28 April. Could you also confirm you're comfortable with an 8/6 FIFO roster ex Perth? Pre-employment medical, D&A and police check would follow an offer.

Cheers,
Leanne Prior
Senior Talent Acquisition Partner
Westgate Iron Ore
+61 8 9555 4410

This message is confidential. If received in error please delete and notify the sender.""", mode="alt", cte="b64"),

M(INV, "hirevue_video", "en", "Eastlink Energy Networks", "",
  ("Eastlink Energy Networks", "noreply@hirevue.example.com"),
  "Eastlink Energy Networks has invited you to a video interview", "2026-05-11 08:00 +1000",
  """Hi Priya,

Thank you for your interest in the Protection & Asset Reliability Engineer opportunity. As the next step, Eastlink Energy Networks has invited you to complete an on-demand video interview.

You'll answer 5 questions on your own schedule. It takes around 25 minutes. Please complete it by 18 May 2026 11:59pm AEST.

Start Interview: https://app.hirevue.example.com/interviews/7Fk2LaQ

Need help? Visit our Candidate Support page.

This is an automated message. Please don't reply.""", mode="html", style="ats"),

M(INV, "singapore_teams_ics", "en", "Kallang Grid Services", "jasmine.tan@kallanggrid.example.sg",
  ("Jasmine Tan", "jasmine.tan@kallanggrid.example.sg"),
  "Interview Invitation - Asset Management Engineer (Substations)", "2026-05-20 10:22 +0800",
  """Dear Priya,

We are pleased to invite you for an interview for the position of Asset Management Engineer (Substations).

Date : 27 May 2026 (Wednesday)
Time : 2.00pm - 3.00pm (Singapore time)
Mode : Microsoft Teams (link in the calendar invite)
Interviewers : Mr Lim Wei Ming, Deputy Director (Asset Management); Ms Rachel Ong, Senior Manager

Kindly acknowledge receipt of this email and confirm your attendance by 22 May 2026.

Thank you.

Best regards,
Jasmine Tan
Executive, Talent Acquisition
Kallang Grid Services Pte Ltd""",
  mode="alt", ics=ics_event("kgs-ame-0527@kallanggrid.example.sg", "20260527T060000Z", "20260527T070000Z",
                            "Interview - Asset Management Engineer (Priya Ramaswamy-Tait)",
                            "jasmine.tan@kallanggrid.example.sg", location="Microsoft Teams Meeting")),

M(INV, "dubai_kindly_confirm", "en", "Saqr Ports Group", "h.alnuaimi@saqrports.example.ae",
  ("Hamad Al Nuaimi", "h.alnuaimi@saqrports.example.ae"),
  "Virtual interview - Maintenance Planning Manager", "2026-06-03 12:10 +0400",
  """Dear Priya,

Greetings from Saqr Ports Group.

Further to your application for Maintenance Planning Manager (Jebel Ali), we would like to schedule a virtual interview with our Engineering Director.

Kindly confirm your availability for Sunday 7 June at 11:00 AM UAE time (5:00 PM Perth). The interview will be held on Zoom and will last approximately 45 minutes.

Please also share a copy of your passport and your notice period.

Best Regards,
Hamad Al Nuaimi
Talent Acquisition Specialist
Saqr Ports Group | Dubai, UAE
T: +971 4 555 0090""", mode="alt"),

M(INV, "lever_houston_next_round", "en", "Tidewater Hydrogen", "cole.baker@tidewaterh2.example.com",
  ("Tidewater Hydrogen", "no-reply@hire.lever.example.co"),
  "Next round - Tidewater Hydrogen", "2026-06-18 16:45 -0500",
  """Hi Priya,

Thanks for chatting with me last week! The team would like to bring you in for the next round: a 60-minute conversation with our VP Operations and a reliability engineer from the Baytown plant, over Zoom given the timezone.

Could you send me a few windows that work for you next Tuesday-Thursday, between 7am and 10am Houston time? I'll get it on the calendar.

Thanks!
Cole Baker
Recruiter, Tidewater Hydrogen""",
  mode="alt", style="ats", reply_to="Cole Baker <cole.baker@tidewaterh2.example.com>"),

M(INV, "aberdeen_agency_excited", "en", "Cairngorm Energy Services", "kirsty@northseapeople.example.co.uk",
  ("Kirsty Ross", "kirsty@northseapeople.example.co.uk"),
  "Great news!!", "2026-03-26 08:55 +0000",
  """Morning Priya!!

Great news - Cairngorm Energy Services want to meet you for the Senior Reliability Engineer role!! :)

They've offered Tuesday 31st at 9am UK time (that's 5pm Perth) on Teams, it'll be with Euan (Engineering Manager) and someone from their decommissioning team. Roughly an hour, technical but friendly.

Can you let me know ASAP if that works and I'll confirm back to them? Give me a bell if you want to prep beforehand!

Kirsty

Kirsty Ross | Recruitment Consultant
Northsea People
+44 1224 555 330 | www.northseapeople.example.co.uk""", cte="7bit"),

M(INV, "nz_council_shortlisted", "en", "Harbour Capital Regional Council", "mereana.walker@hcrc.example.govt.nz",
  ("Mereana Walker", "mereana.walker@hcrc.example.govt.nz"),
  "Kia ora Priya - interview for Principal Asset Engineer", "2026-07-06 10:15 +1200",
  """Kia ora Priya,

Thank you for applying for the Principal Asset Engineer - Three Waters role. I'm pleased to let you know you've been shortlisted for an interview.

We'd like to meet with you on Wednesday 15 July at 1.30pm NZST via Teams. The panel will be Hemi Parata (Manager, Infrastructure) and Louise Grant (Senior Engineer).

Before the interview, we'll send you a short online aptitude assessment (around 30 minutes). We will also ask for two referees if you progress.

Please let me know if this time suits.

Ngā mihi,
Mereana Walker
Recruitment Advisor | People & Capability
Harbour Capital Regional Council""", mode="alt", cte="qp"),

M(INV, "india_requested_appear", "en", "Kaveri Infra Engineering", "ramesh.iyer@kaveriinfra.example.in",
  ("Ramesh Iyer", "ramesh.iyer@kaveriinfra.example.in"),
  "Technical Interview Schedule - Lead Mechanical Engineer (Riyadh Project)", "2026-07-21 10:40 +0530",
  """Dear Priya,

Greetings!!

With reference to your profile for the post of Lead Mechanical Engineer for our Riyadh desalination project, you are requested to appear for a technical interview as per below schedule:

Date: 24-07-2026
Time: 11:30 AM IST
Mode: MS Teams (link to follow)
Panel: Mr. S. Venkatesh (GM - Projects), Mr. A. Khan (HOD - Mechanical)

Kindly revert with your confirmation along with updated CV, current CTC, expected CTC and notice period.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - HR
Kaveri Infra Engineering Ltd.
Mob: +91 98555 01234""", charset="windows-1252"),

M(INV, "defence_outlook_following_up", "en", "Southern Cross Defence Systems", "n.hargreaves@scdefence.example.com.au",
  ("Nick Hargreaves", "n.hargreaves@scdefence.example.com.au"),
  "RE: Application - ILS / Reliability Engineer", "2026-08-05 09:03 +0930",
  """Hi Priya,

Sorry for the slow reply, tender season. Your background in RCM and FMECA is a good fit for what we're doing on the naval sustainment contract.

Can we lock in a chat next week? How's Wednesday 12th, 10am Adelaide time? It'd be me and our ILS manager, about 45 mins, Teams is fine. Note the role requires eligibility for Baseline security clearance (Australian citizen).

Regards,
Nick

Nick Hargreaves
Engineering Manager - Maritime Sustainment
Southern Cross Defence Systems
Osborne SA | +61 8 8555 2260

From: Priya Ramaswamy-Tait <priya.rt@example.com.au>
Sent: Monday, 27 July 2026 7:51 PM
To: Nick Hargreaves <n.hargreaves@scdefence.example.com.au>
Subject: Application - ILS / Reliability Engineer

Dear Nick,

Please find attached my application for the ILS / Reliability Engineer role advertised on LinkedIn.

Kind regards,
Priya Ramaswamy-Tait""", reply=True, mode="alt", charset="windows-1252"),

M(INV, "google_cal_invite_consultancy", "en", "Meyrick Hale", "oliver.brent@meyrickhale.example.com",
  ("Oliver Brent", "oliver.brent@meyrickhale.example.com"),
  "Invitation: Interview - Priya R-T / Meyrick Hale @ Thu 12 Mar 2026 3pm - 4pm (AWST)", "2026-03-06 14:20 +0800",
  """Oliver Brent has invited you to the following event.

Interview - Priya R-T / Meyrick Hale (Asset Management Consultant)
When: Thursday 12 Mar 2026 3pm - 4pm Australian Western Standard Time - Perth
Where: Meyrick Hale, Level 8, 55 Example Tce, Perth
Who: oliver.brent@meyrickhale.example.com - organiser; priya.rt@example.com.au

Hi Priya - as discussed on the phone, here's the invite for the interview with myself and Deb. Any issues finding the office, call me on 0417 555 902.

Going (priya.rt@example.com.au)? Yes - Maybe - No

Invitation from Google Calendar""",
  mode="alt", ics=ics_event("0f3k2mh8abc@google.example.com", "20260312T070000Z", "20260312T080000Z",
                            "Interview - Priya R-T / Meyrick Hale", "oliver.brent@meyrickhale.example.com",
                            location="Meyrick Hale, Level 8, 55 Example Tce, Perth")),

M(INV, "japanese_owned_second", "en", "Hoshino Battery Systems", "y.kobayashi@hoshino-bess.example.com",
  ("Yuki Kobayashi", "y.kobayashi@hoshino-bess.example.com"),
  "Second interview invitation", "2026-09-15 16:00 +0900",
  """Dear Ms. Ramaswamy-Tait,

Thank you very much for attending the first interview last week.

We are glad to inform you that we would like to invite you to the second interview with our General Manager of Asia-Pacific Service, Mr. Hiroshi Endo. It will be conducted online for approximately 60 minutes.

Could you please let us know your available dates and times from the following candidates (Japan Standard Time)?
- 24 Sep (Thu) 10:00-11:00
- 25 Sep (Fri) 14:00-15:00
- 29 Sep (Tue) 10:00-11:00

We look forward to your reply.

Best regards,
Yuki Kobayashi
Human Resources Department
Hoshino Battery Systems Co., Ltd.""", cte="b64"),

M(INV, "chile_teams_invite", "es", "Eléctrica Austral", "camila.fuentes@electricaaustral.example.cl",
  ("Camila Fuentes", "camila.fuentes@electricaaustral.example.cl"),
  "Entrevista - Ingeniero/a de Gestión de Activos", "2026-04-28 12:34 -0400",
  """Hola Priya, ¿cómo estás?

Te cuento que revisamos tus antecedentes para el cargo de Ingeniero/a de Gestión de Activos y nos gustaría invitarte a una entrevista por Teams con el Jefe de Mantenimiento de Transmisión.

¿Te acomoda el jueves 7 de mayo a las 10:00 hrs (hora de Chile)? Si no, me propones otro horario.

Quedo atenta.

Saludos,
Camila Fuentes
Reclutamiento y Selección
Eléctrica Austral""", charset="iso-8859-1", mode="alt"),

M(INV, "teamtailor_elige_horario", "es", "Renovables Guadarrama", "pablo.serrano@renovablesguadarrama.example.es",
  ("Renovables Guadarrama", "no-reply@teamtailor.example.com"),
  "¡Siguiente paso en tu proceso con Renovables Guadarrama!", "2026-05-13 09:20 +0200",
  """¡Hola Priya!

Nos ha encantado tu perfil para la vacante de Ingeniero/a de Fiabilidad - Parques Solares. Queremos conocerte en una videollamada de 30 minutos con Pablo, nuestro responsable de O&M.

Elige el horario que mejor te venga aquí: https://renovablesguadarrama.teamtailor.example.com/meetings/abc123

Si tienes cualquier duda, responde a este correo.

¡Un saludo!
Pablo Serrano
Renovables Guadarrama""",
  mode="html", style="ats", reply_to="Pablo Serrano <pablo.serrano@renovablesguadarrama.example.es>"),

M(INV, "lima_agency_llamada", "es", "Minera Huascarán", "diego.paredes@andinatalento.example.pe",
  ("Diego Paredes", "diego.paredes@andinatalento.example.pe"),
  "Minera Huascarán - llamada", "2026-06-22 18:05 -0500",
  """Hola Priya! Qué tal?

Te escribo de Andina Talento. Estamos apoyando a Minera Huascarán en la búsqueda de un Superintendente de Confiabilidad y el gerente de mantenimiento quiere conversar contigo antes de la terna final.

¿Tienes disponibilidad para una llamada rápida mañana a las 9 am hora de Lima? Serían unos 30 minutos por Zoom.

Quedo atento!!
Diego Paredes
Consultor Senior | Andina Talento
+51 1 555 0182""", cte="qp"),

M(INV, "madrid_water_presencial_ics", "es", "Aguas del Henares", "seleccion@aguasdelhenares.example.es",
  ("Selección Aguas del Henares", "seleccion@aguasdelhenares.example.es"),
  "Convocatoria a entrevista – Técnico/a de Gestión de Activos", "2026-09-09 10:10 +0200",
  """Estimada Sra. Ramaswamy-Tait:

Nos complace comunicarle que ha superado la fase de preselección para el puesto de Técnico/a de Gestión de Activos (Ref. AH-26-044).

Por la presente le convocamos a una entrevista presencial el próximo martes 15 de septiembre a las 11:00 h en nuestras oficinas de Alcalá de Henares (C/ Ejemplo, 55). La entrevista tendrá una duración aproximada de una hora e incluirá una prueba técnica.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Elena Castro
Departamento de Selección
Aguas del Henares""",
  mode="alt", charset="windows-1252",
  ics=ics_event("ah-26-044-priya@aguasdelhenares.example.es", "20260915T090000Z", "20260915T100000Z",
                "Entrevista Técnico/a de Gestión de Activos", "seleccion@aguasdelhenares.example.es",
                location="C/ Ejemplo 55, Alcalá de Henares")),

M(INV, "hamburg_einladung_ics", "de", "Hafenbetriebe Nord", "s.koehler@hafenbetriebe-nord.example.de",
  ("Sabine Köhler", "s.koehler@hafenbetriebe-nord.example.de"),
  "Einladung zum Vorstellungsgespräch – Ingenieur Instandhaltung (m/w/d)", "2026-02-26 14:30 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu dürfen.

Termin: Donnerstag, 5. März 2026, 09:00 Uhr (MEZ)
Ort: Microsoft Teams (Einladung anbei)
Gesprächspartner: Herr Dr. Ulrich Brenner (Leiter Technik) und ich

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, schlagen Sie uns gerne Alternativen vor.

Mit freundlichen Grüßen

Sabine Köhler
Personalabteilung
Hafenbetriebe Nord GmbH
Tel. +49 40 5555 3310""",
  mode="alt", charset="iso-8859-1",
  ics=ics_event("hbn-2026-0305-rt@hafenbetriebe-nord.example.de", "20260305T080000Z", "20260305T090000Z",
                "Vorstellungsgespräch Ramaswamy-Tait", "s.koehler@hafenbetriebe-nord.example.de",
                location="Microsoft Teams")),

M(INV, "personio_terminauswahl", "de", "Windkraft Ostsee", "lena.fischer@windkraft-ostsee.example.de",
  ("Windkraft Ostsee", "noreply@personio.example.de"),
  "Terminauswahl für dein Kennenlernen bei Windkraft Ostsee", "2026-04-07 10:00 +0200",
  """Hallo Priya,

danke für deine Bewerbung als Service Engineer Offshore (m/w/d)! Wir würden dich gern in einem ersten Video-Call kennenlernen.

Bitte wähle hier einen passenden Termin aus: https://windkraft-ostsee.jobs.personio.example.de/slots/4411

Bei Fragen antworte einfach auf diese Mail.

Viele Grüße
Lena Fischer
Talent Acquisition
Windkraft Ostsee""",
  mode="html", style="ats", reply_to="Lena Fischer <lena.fischer@windkraft-ostsee.example.de>"),

M(INV, "de_casual_telefonat", "de", "Elektrolyse Nord", "tim@elektrolyse-nord.example.de",
  ("Tim Hoffmann", "tim@elektrolyse-nord.example.de"),
  "Kurze Frage", "2026-07-29 19:12 +0200",
  """Hey Priya,

ich hab dein Profil über LinkedIn bekommen (danke fürs Bewerben!). Hättest du Lust auf ein kurzes Telefonat diese Woche? Mich würde vor allem deine Erfahrung mit Kompressoren interessieren, das passt gut zu unserer Anlage in Brunsbüttel.

Freitag 9 Uhr deutscher Zeit wäre bei mir gut, geht das bei dir (Zeitverschiebung)?

Grüße
Tim
CTO, Elektrolyse Nord""", cte="qp"),

M(INV, "de_fachinterview_fallstudie", "de", "Berger Kessler Ingenieure", "a.kessler@bk-ingenieure.example.de",
  ("Anja Kessler", "a.kessler@bk-ingenieure.example.de"),
  "Nächste Runde: Fachinterview", "2026-10-01 08:47 +0200",
  """Liebe Frau Ramaswamy-Tait,

herzlichen Dank für das angenehme Erstgespräch. Wir möchten Sie gerne in die nächste Runde einladen: ein Fachinterview mit einer kleinen Fallstudie (Instandhaltungsstrategie für einen Pumpspeicher), ca. 90 Minuten, per Teams.

Wären der 8. oder 9. Oktober vormittags für Sie möglich?

Herzliche Grüße
Anja Kessler
Partnerin
Berger Kessler Ingenieure PartG mbB
Kopenhagener Str. 55, 20095 Hamburg""", mode="alt", cte="b64"),

M(INV, "fr_rencontrer_entretien", "fr", "Hydrogène de Provence", "marc.aubert@h2provence.example.fr",
  ("Marc Aubert", "marc.aubert@h2provence.example.fr"),
  "Votre candidature - Ingénieure HSE / Fiabilité", "2026-05-05 11:25 +0200",
  """Bonjour Madame Ramaswamy-Tait,

Votre profil a retenu toute notre attention et nous souhaiterions vous rencontrer pour un entretien en visioconférence avec notre directeur des opérations.

Seriez-vous disponible le mardi 12 mai à 9h00 (heure de Paris) ? À défaut, merci de nous proposer d'autres créneaux.

Bien cordialement,

Marc Aubert
Responsable RH
Hydrogène de Provence
04 42 55 50 90""", charset="iso-8859-1", mode="alt"),

M(INV, "fr_startup_call", "fr", "Stockelec", "ines@stockelec.example.fr",
  ("Inès Bouchard", "ines@stockelec.example.fr"),
  "Un call cette semaine ?", "2026-08-26 16:40 +0200",
  """Hello Priya,

Merci pour ta candidature sur le poste de Reliability Engineer (batteries) ! Ton parcours dans les mines nous intrigue beaucoup.

Est-ce que tu serais dispo pour un call de 30 min avec moi jeudi ou vendredi ? Dis-moi ce qui t'arrange avec le décalage horaire.

À bientôt,
Inès
Head of Talent @ Stockelec""", cte="qp"),
]
