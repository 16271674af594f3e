""""We missed you" notices (10): no-shows on calls, Teams, site visits, assessments."""

from msgs71_common import M

K = "missed_interview_notice"

M(K, "tried_calling", "en", ("Grant Botha", "grant.botha@veldkrag.example.co.za"),
  "Re: Quick question", "2026-02-02 10:19 +0200",
  """Hi Nia, tried calling you at 10 as agreed but it went straight to voicemail. Everything ok? Let me know if you still want to chat.

Grant""",
  company="Veldkrag", contact="grant.botha@veldkrag.example.co.za", parent="nia-veldkrag-0130@example.co.za")

M(K, "teams_no_join", "en", ("Bongi Ndlovu", "bongi.ndlovu@aurum.example.com"),
  "Interview today - Energy & Carbon Manager", "2026-04-16 14:25 +0200",
  """Dear Nia,

Hendrik and I were on the Google Meet from 14:00 for your interview but unfortunately you did not join. We waited about 20 minutes.

We understand things happen, especially with connectivity. Please let me know what happened and whether you would still like to be considered.

Kind regards,
Bongi Ndlovu
HR Business Partner
Aurum Mining""",
  company="Aurum Mining", contact="bongi.ndlovu@aurum.example.com", fmt="alt")

M(K, "site_gate_no_show", "en", ("Riaan Steyn", "riaan.steyn@bushveld-energy.example.co.za"),
  "Today", "2026-03-20 10:05 +0200",
  """Nia - we were expecting you at the gate at 9 for the site visit. Security says nobody signed in. Tried your cell twice. Please call me.

Riaan Steyn
Bushveld Energy Storage
083 555 0167""",
  company="Bushveld Energy Storage", contact="riaan.steyn@bushveld-energy.example.co.za")

M(K, "psychometric_missed", "en", ("Nomvula Sithole", "nomvula.sithole@gautengpower.example.gov.za"),
  "Non-attendance: psychometric assessment 12 March", "2026-03-12 15:30 +0200",
  """Dear Ms Oyelaran-Brandt

Our records indicate that you did not attend the psychometric assessment session scheduled for today, 12 March 2026 at 09:00, at our Braamfontein offices.

Please provide a reason for your non-attendance in writing by 16 March 2026 should you wish to remain in the selection process for Ref GP/2026/014.

Regards
Nomvula Sithole
Human Resource Management
Gauteng Power Utility""",
  company="Gauteng Power Utility", contact="nomvula.sithole@gautengpower.example.gov.za")

M(K, "zoom_waited_kenya", "en", ("Wanjiru Kamau", "wkamau@rift-geothermal.example.co.ke"),
  "Missed interview - Projects Engineer", "2026-07-01 12:40 +0300",
  """Dear Nia,

The panel was on the Zoom link this morning at 11:00 EAT for your interview for the Projects Engineer position but you did not log in. We waited for fifteen minutes.

Kindly advise if you are still interested in the position so that we can see whether another slot is possible this week.

Regards,
Wanjiru Kamau
Rift Valley Geothermal Company""",
  company="Rift Valley Geothermal Company", contact="wkamau@rift-geothermal.example.co.ke", fmt="qp")

M(K, "agency_where_are_you", "en", ("Candice Pillay", "candice@greenleaf-people.example.co.za"),
  "Are you ok??", "2026-02-26 10:32 +0200",
  """Hi Nia

WindCo just called me - they've been waiting for you since 10 and you haven't arrived?? I've tried WhatsApp and calling. Please let me know you're ok and if you're running late, I'll let them know.

Candice
072 555 0134

Sent from my iPhone""",
  company="WindCo Developments", contact="candice@greenleaf-people.example.co.za")

M(K, "de_nicht_erschienen", "de", ("Dr. Katrin Vogel", "katrin.vogel@elbnetz.example.de"),
  "Unser Termin heute um 13 Uhr", "2026-03-16 13:40 +0100",
  """Sehr geehrte Frau Oyelaran-Brandt,

Herr Petersen und ich hatten uns heute um 13:00 Uhr in die Teams-Besprechung eingewählt, Sie waren leider nicht dabei. Vielleicht gab es technische Probleme?

Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse an der Stelle haben. Dann finden wir einen neuen Termin.

Mit freundlichen Grüßen
Katrin Vogel
Elbnetz AG""",
  company="Elbnetz", contact="katrin.vogel@elbnetz.example.de", charset="iso-8859-1")

M(K, "fr_absente_visio", "fr", ("Élise Moreau", "elise.moreau@hydrolyon.example.fr"),
  "Entretien de ce jour", "2026-02-19 14:35 +0100",
  """Madame,

Nous vous avons attendue ce jour à 14h00 sur le lien de visioconférence pour votre entretien, mais vous ne vous êtes pas connectée.

Si vous souhaitez toujours poursuivre le processus, merci de nous recontacter afin de convenir d'une nouvelle date.

Cordialement,
Élise Moreau
HydroLyon""",
  company="HydroLyon", contact="elise.moreau@hydrolyon.example.fr", charset="iso-8859-1", fmt="qp")

M(K, "fr_appel_manque", "fr", ("Hugo Garnier", "hugo@soleia.example.fr"),
  "On s'est loupés ?", "2026-04-08 16:20 +0200",
  """Salut Nia,

Je t'attendais sur le lien Meet à 16h pour notre premier échange mais je ne t'ai pas vue. Pas de souci, ça arrive ! Tu veux qu'on recale un créneau ? Reprends-en un sur mon Calendly quand tu veux.

Hugo
Soleia""",
  company="Soleia", contact="hugo@soleia.example.fr")

M(K, "es_no_se_conecto", "es", ("Diego Martín", "diego@eolica-norte.example.es"),
  "Llamada de esta mañana", "2026-05-29 11:10 +0200",
  """Hola Nia,

Te he llamado a las 10:30 como quedamos pero no he podido localizarte, y tampoco te conectaste al enlace que te mandé. ¿Todo bien?

Si sigues interesada en el puesto, dime otro momento y lo intentamos de nuevo.

Saludos,
Diego
Eólica del Norte""",
  company="Eólica del Norte", contact="diego@eolica-norte.example.es")
