"""Corpus 56: employer reschedules/cancellations and missed-interview notices (data only)."""

from __future__ import annotations

from msgs56_build import Msg as M
from msgs56_build import ics_event

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"

MESSAGES = [
M(RS, "recruiter_move_to_monday", "en", "Solvane Hydrogen", "priyanka.das@solvane.example.com",
  ("Priyanka Das", "priyanka.das@solvane.example.com"),
  "Re: Next steps with Solvane Hydrogen", "2026-02-10 17:02 +1030",
  """Hi Priya,

So sorry to do this - Marcus has been pulled into an outage at the Whyalla pilot plant on Thursday. Could we move your technical interview to Monday 16th at 10am ACDT instead? Same Meet link.

If Monday doesn't work I can offer Tuesday afternoon.

Apologies again!
Priyanka""", reply=True, cte="7bit"),

M(RS, "ics_cancel_panel", "en", "Southern Lakes Water", "anna.ng@southernlakeswater.example.com.au",
  ("Anna Ng", "anna.ng@southernlakeswater.example.com.au"),
  "Cancelled: Interview: Asset Strategy Engineer - Priya Ramaswamy-Tait", "2026-03-06 16:20 +1100",
  """Hi Priya,

Unfortunately we need to cancel Tuesday's panel interview as one of our panel members is unwell. I'll be in touch on Monday with a new date - we are still very keen to meet you.

Apologies for the inconvenience.

Anna""",
  mode="alt", ics=ics_event("slw-2026-031-priya@southernlakeswater.example.com.au", "20260309T230000Z",
                            "20260310T000000Z", "Interview: Asset Strategy Engineer - Priya Ramaswamy-Tait",
                            "anna.ng@southernlakeswater.example.com.au", method="CANCEL", seq=1)),

M(RS, "google_updated_invite", "en", "Meyrick Hale", "oliver.brent@meyrickhale.example.com",
  ("Oliver Brent", "oliver.brent@meyrickhale.example.com"),
  "Updated invitation: Interview - Priya R-T / Meyrick Hale @ Fri 13 Mar 2026 9am - 10am (AWST)",
  "2026-03-10 08:02 +0800",
  """This event has been changed.

Interview - Priya R-T / Meyrick Hale (Asset Management Consultant)
When: CHANGED: Friday 13 Mar 2026 9am - 10am Australian Western Standard Time - Perth
Where: Meyrick Hale, Level 8, 55 Example Tce, Perth

Priya - Deb's flying to Port Hedland on Thursday, so we've had to shift to Friday morning. Hope that's ok. - Oliver

Going (priya.rt@example.com.au)? Yes - Maybe - No

Invitation from Google Calendar""",
  mode="alt", ics=ics_event("0f3k2mh8abc@google.example.com", "20260313T010000Z", "20260313T020000Z",
                            "Interview - Priya R-T / Meyrick Hale", "oliver.brent@meyrickhale.example.com",
                            location="Meyrick Hale, Level 8, 55 Example Tce, Perth", seq=1)),

M(RS, "singapore_rescheduling_formal", "en", "Kallang Grid Services", "jasmine.tan@kallanggrid.example.sg",
  ("Jasmine Tan", "jasmine.tan@kallanggrid.example.sg"),
  "RE: Interview Invitation - Asset Management Engineer (Substations) - Rescheduling", "2026-05-25 09:12 +0800",
  """Dear Priya,

We regret that due to an urgent commitment of our Deputy Director, we would need to reschedule your interview originally scheduled on 27 May 2026.

The revised schedule is as follows:
Date : 29 May 2026 (Friday)
Time : 10.00am - 11.00am (Singapore time)

An updated calendar invite will be sent separately. Kindly confirm your availability at your earliest convenience. We apologise for any inconvenience caused.

Best regards,
Jasmine Tan
Executive, Talent Acquisition
Kallang Grid Services Pte Ltd""", reply=True, mode="alt"),

M(RS, "dubai_postponed_eid", "en", "Saqr Ports Group", "h.alnuaimi@saqrports.example.ae",
  ("Hamad Al Nuaimi", "h.alnuaimi@saqrports.example.ae"),
  "Interview postponement", "2026-05-24 13:45 +0400",
  """Dear Priya,

Please note that your interview with our Engineering Director on Sunday has been postponed until after the Eid Al Adha holidays, as the office will be closed.

We will share a new date and time with you shortly. Apologies for the short notice.

Best Regards,
Hamad Al Nuaimi
Talent Acquisition Specialist
Saqr Ports Group""", cte="qp"),

M(RS, "agency_push_to_thursday", "en", "Cairngorm Energy Services", "kirsty@northseapeople.example.co.uk",
  ("Kirsty Ross", "kirsty@northseapeople.example.co.uk"),
  "RE: Great news!!", "2026-03-30 07:40 +0100",
  """Hi Priya!!

So sorry, Cairngorm have just been on the phone - Euan's been called offshore so they need to push tomorrow's interview to Thursday, same time (9am UK / 4pm Perth now the clocks have changed!!). Is that ok??

Will send the new Teams link once I have it. Sorry for the faff!!

Kirsty""", reply=True, cte="7bit"),

M(RS, "hm_mobile_sick_kid", "en", "Brolga Engineering", "g.marsh@brolgaeng.example.com.au",
  ("Greg Marsh", "g.marsh@brolgaeng.example.com.au"),
  "Re: Quick question", "2026-02-18 21:14 +0800",
  """Hey Priya, need to cancel our chat tomorrow sorry, sick kid. Can we do Fri same time instead?

G

Sent from my iPhone""", reply=True, cte="7bit"),

M(RS, "ats_rescheduled_automated", "en", "Ridgeback Renewables", "",
  ("Ridgeback Renewables", "no-reply@scheduling.smartrecruiters.example.com"),
  "Your interview with Ridgeback Renewables has been rescheduled", "2026-08-18 06:00 +1000",
  """Hi Priya,

Your interview for Project Controls Engineer - Solar Farms has been rescheduled.

Previous time: Thursday, August 20, 2026 1:00 PM AEST
New time: Friday, August 21, 2026 11:30 AM AEST
Interviewers: Callum Reid, Sarah Nguyen
Location: Video call (link below)

Join video call: https://meet.example.com/rbr-pce-7741

Add to calendar | View details

Please do not reply to this email.""", mode="html", style="ats"),

M(RS, "india_stands_postponed", "en", "Kaveri Infra Engineering", "ramesh.iyer@kaveriinfra.example.in",
  ("Ramesh Iyer", "ramesh.iyer@kaveriinfra.example.in"),
  "RE: Technical Interview Schedule - Lead Mechanical Engineer (Riyadh Project)", "2026-07-23 18:20 +0530",
  """Dear Priya,

Due to unavoidable circumstances, the technical interview scheduled on 24-07-2026 stands postponed. Revised schedule shall be intimated to you shortly.

Regret the inconvenience caused.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - HR
Kaveri Infra Engineering Ltd.""", reply=True),

M(RS, "chile_mover_entrevista", "es", "Eléctrica Austral", "camila.fuentes@electricaaustral.example.cl",
  ("Camila Fuentes", "camila.fuentes@electricaaustral.example.cl"),
  "RE: Entrevista - Ingeniero/a de Gestión de Activos", "2026-05-05 15:18 -0400",
  """Hola Priya,

Te pido disculpas, pero necesitamos mover la entrevista del jueves. A Rodrigo le tocó viajar a la subestación de Puerto Montt.

¿Te sirve el lunes 11 a la misma hora? Si no, dime qué horario te acomoda.

Saludos,
Camila""", reply=True, charset="iso-8859-1"),

M(RS, "madrid_anulacion_ics", "es", "Aguas del Henares", "seleccion@aguasdelhenares.example.es",
  ("Selección Aguas del Henares", "seleccion@aguasdelhenares.example.es"),
  "Anulación de convocatoria – entrevista 15/09", "2026-09-11 13:00 +0200",
  """Estimada Sra. Ramaswamy-Tait:

Le informamos de que la entrevista prevista para el martes 15 de septiembre queda anulada por coincidir con una auditoría interna. En los próximos días le comunicaremos una nueva fecha.

Disculpe las molestias.

Atentamente,
Elena Castro
Departamento de Selección
Aguas del Henares""",
  mode="alt", charset="windows-1252",
  ics=ics_event("ah-26-044-priya@aguasdelhenares.example.es", "20260915T090000Z", "20260915T100000Z",
                "Entrevista Técnico/a de Gestión de Activos", "seleccion@aguasdelhenares.example.es",
                method="CANCEL", seq=1)),

M(RS, "de_terminverschiebung", "de", "Hafenbetriebe Nord", "s.koehler@hafenbetriebe-nord.example.de",
  ("Sabine Köhler", "s.koehler@hafenbetriebe-nord.example.de"),
  "Terminverschiebung Vorstellungsgespräch", "2026-03-03 12:05 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

leider müssen wir unser Gespräch am Donnerstag verschieben, da Herr Dr. Brenner kurzfristig verhindert ist.

Wäre Ihnen Montag, der 9. März, um 08:30 Uhr (MEZ) recht? Eine aktualisierte Einladung folgt nach Ihrer Bestätigung.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Köhler
Hafenbetriebe Nord GmbH""", charset="iso-8859-1", cte="qp"),

M(RS, "personio_abgesagt", "de", "Windkraft Ostsee", "lena.fischer@windkraft-ostsee.example.de",
  ("Windkraft Ostsee", "noreply@personio.example.de"),
  "Dein Termin wurde abgesagt", "2026-04-13 09:30 +0200",
  """Hallo Priya,

leider müssen wir deinen Termin am 14.04.2026 um 09:00 Uhr absagen. Lena meldet sich in Kürze mit neuen Terminvorschlägen bei dir.

Sorry für die Umstände!

Dein Team von Windkraft Ostsee""",
  mode="html", style="ats", reply_to="Lena Fischer <lena.fischer@windkraft-ostsee.example.de>"),

M(RS, "fr_report_entretien", "fr", "Hydrogène de Provence", "marc.aubert@h2provence.example.fr",
  ("Marc Aubert", "marc.aubert@h2provence.example.fr"),
  "Report de notre entretien du 12 mai", "2026-05-08 17:35 +0200",
  """Bonjour Madame Ramaswamy-Tait,

Notre directeur des opérations étant retenu sur site, nous sommes contraints de reporter l'entretien prévu mardi. Pourrions-nous le décaler au jeudi 14 mai, même heure ?

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Marc Aubert
Responsable RH - Hydrogène de Provence""", charset="iso-8859-1"),

M(RS, "fr_decaler_call", "fr", "Stockelec", "ines@stockelec.example.fr",
  ("Inès Bouchard", "ines@stockelec.example.fr"),
  "Re: Un call cette semaine ?", "2026-08-27 22:10 +0200",
  """Coucou Priya,

Désolée, je dois annuler notre call de demain, j'ai un imprévu. On peut le décaler à lundi même heure ?

Merci et encore pardon !
Inès""", reply=True, cte="qp"),

M(MI, "hm_tried_calling", "en", "Brolga Engineering", "g.marsh@brolgaeng.example.com.au",
  ("Greg Marsh", "g.marsh@brolgaeng.example.com.au"),
  "phone chat", "2026-02-20 14:51 +0800",
  """Hi Priya

I tried calling you at 2.30 as planned but it went straight to voicemail. Left a message. Are you still keen on the shutdowns role? Give me a ring back when you can.

Greg Marsh
Engineering Manager
Brolga Engineering Pty Ltd
08 6555 0771""", cte="7bit"),

M(MI, "singapore_did_not_join", "en", "Kallang Grid Services", "jasmine.tan@kallanggrid.example.sg",
  ("Jasmine Tan", "jasmine.tan@kallanggrid.example.sg"),
  "Interview on 29 May 2026", "2026-05-29 11:20 +0800",
  """Dear Priya,

We note that you did not join the Microsoft Teams interview scheduled at 10.00am today. The panel waited for 15 minutes.

Kindly let us know if you had any technical difficulties and whether you wish to continue with your application, so that we may advise on the next steps.

Best regards,
Jasmine Tan
Executive, Talent Acquisition
Kallang Grid Services Pte Ltd""", mode="alt"),

M(MI, "dubai_waited_zoom", "en", "Saqr Ports Group", "h.alnuaimi@saqrports.example.ae",
  ("Hamad Al Nuaimi", "h.alnuaimi@saqrports.example.ae"),
  "Today's interview", "2026-06-14 12:05 +0400",
  """Dear Priya,

Our Engineering Director was waiting for you on Zoom at 11:00 AM today but you did not connect. We also tried to reach you on your mobile.

Please advise if you are still interested in the opportunity.

Best Regards,
Hamad""", cte="qp"),

M(MI, "nz_missed_you", "en", "Harbour Capital Regional Council", "mereana.walker@hcrc.example.govt.nz",
  ("Mereana Walker", "mereana.walker@hcrc.example.govt.nz"),
  "Sorry we missed you today", "2026-07-15 14:20 +1200",
  """Kia ora Priya,

Sorry we missed you at this afternoon's interview - Hemi and Louise were online from 1.30pm but we didn't see you join. I hope everything is alright.

If something came up, just let me know and we can look at whether another time is possible.

Ngā mihi,
Mereana Walker
Recruitment Advisor | People & Capability
Harbour Capital Regional Council""", mode="alt"),

M(MI, "agency_didnt_show", "en", "Cairngorm Energy Services", "kirsty@northseapeople.example.co.uk",
  ("Kirsty Ross", "kirsty@northseapeople.example.co.uk"),
  "Everything ok?!", "2026-04-02 09:35 +0100",
  """Hi Priya,

Just had Euan from Cairngorm on the phone - he said you didn't show on Teams this morning?? Is everything ok?! Really hope nothing's happened.

Give me a call when you see this and I'll see if I can smooth it over with them.

Kirsty
Northsea People
+44 1224 555 330""", cte="7bit"),

M(MI, "presentation_no_join", "en", "Westgate Iron Ore", "leanne.prior@westgateiron.example.com.au",
  ("Leanne Prior", "leanne.prior@westgateiron.example.com.au"),
  "Presentation this morning", "2026-04-27 10:02 +0800",
  """Hi Priya,

The leadership team were waiting on the Teams link at 9am for your presentation but it looks like you weren't able to join. I've tried your mobile a couple of times too.

Can you let me know what happened? We'll need to discuss whether we can reschedule, as the site visit tomorrow depends on it.

Thanks,
Leanne Prior
Senior Talent Acquisition Partner
Westgate Iron Ore""", mode="alt", cte="b64"),

M(MI, "chile_no_te_conectaste", "es", "Eléctrica Austral", "camila.fuentes@electricaaustral.example.cl",
  ("Camila Fuentes", "camila.fuentes@electricaaustral.example.cl"),
  "Entrevista de hoy", "2026-05-11 10:40 -0400",
  """Hola Priya,

Te esperamos hoy en la entrevista de las 10:00 pero no te conectaste a la reunión de Teams. ¿Pasó algo? Quizás fue un tema del cambio de hora.

Avísame si quieres que intentemos coordinar otra fecha.

Saludos,
Camila Fuentes
Eléctrica Austral""", charset="iso-8859-1"),

M(MI, "lima_no_contestaste", "es", "Minera Huascarán", "diego.paredes@andinatalento.example.pe",
  ("Diego Paredes", "diego.paredes@andinatalento.example.pe"),
  "Llamada con Minera Huascarán", "2026-06-23 09:25 -0500",
  """Priya, buenos días.

El gerente de mantenimiento de Minera Huascarán te llamó a las 9:00 como quedamos, pero no contestaste y tampoco entraste al Zoom. ¿Todo bien?

Escríbeme apenas puedas para ver si lo podemos reprogramar.

Saludos,
Diego Paredes | Andina Talento""", cte="qp"),

M(MI, "de_vergeblich_erwartet", "de", "Berger Kessler Ingenieure", "a.kessler@bk-ingenieure.example.de",
  ("Anja Kessler", "a.kessler@bk-ingenieure.example.de"),
  "Unser Termin heute Vormittag", "2026-10-08 11:15 +0200",
  """Liebe Frau Ramaswamy-Tait,

wir haben Sie heute um 9:30 Uhr leider vergeblich im Teams-Meeting erwartet. Ist etwas dazwischengekommen?

Melden Sie sich gerne, dann schauen wir, ob wir einen neuen Termin finden.

Herzliche Grüße
Anja Kessler
Berger Kessler Ingenieure""", cte="b64"),

M(MI, "fr_attendue_ce_matin", "fr", "Hydrogène de Provence", "marc.aubert@h2provence.example.fr",
  ("Marc Aubert", "marc.aubert@h2provence.example.fr"),
  "Entretien de ce jour", "2026-05-14 10:05 +0200",
  """Bonjour Madame Ramaswamy-Tait,

Nous vous avons attendue ce matin à 9h00 pour l'entretien en visioconférence, sans nouvelles de votre part.

Pourriez-vous nous indiquer si vous souhaitez maintenir votre candidature ?

Cordialement,
Marc Aubert
Responsable RH
Hydrogène de Provence""", charset="windows-1252"),
]
