"""Corpus 294: interviews moved or cancelled by the employer side, and missed-interview notices."""

from __future__ import annotations

from msgs294_common import m

R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

AOIFE = ("Aoife Brennan", "aoife.brennan@corribclinical.example.ie")
JANA = ("Jana Köhler", "jana.koehler@spreebio.example.de")
CAMILLE = ("Camille Durand", "camille.durand@rhone-essais.example.fr")
LAIA = ("Laia Puig i Serra", "laia.puig@mediterrania-ct.example.es")
RORY = ("Rory Kavanagh", "rory@liffeybio.example.ie")

MESSAGES = [
    # ------------------------------------------------------------ reschedules / cancellations
    m("a_move", R, "en", "2026-08-24T17:05:12+01:00", AOIFE,
      "Re: Study Start-Up Associate - initial call",
      """Hi Niamh,

Apologies for the late notice - Eoin Fahy, our Start-Up Manager, is going to join the call
and he's travelling to a site in Limerick tomorrow morning. Could we move it to Thursday
27 August at 14:00 instead? Same Teams link.

Sorry again for the shuffle.

Aoife
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie",
      re="a_conf", quote="en"),

    m("a_panel_move", R, "en", "2026-09-07T09:02:44+01:00", AOIFE,
      "Updated invitation: Panel interview - Study Start-Up Associate",
      """Hi Niamh,

Small change: Dr Nair has a regulatory authority call that has just been fixed for Thursday
at 13:00, so we've pushed the panel back by one hour to 14:00-15:30, same day, same place.
The updated calendar invitation is attached and replaces the earlier one.

Hope that still works - let me know if not.

Aoife
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie",
      re="a_panel", fmt="alt",
      ics={"uid": "ccr-panel-r-2026-0881-od@corribclinical.example.ie", "seq": 1,
           "start": "2026-09-10T14:00", "end": "2026-09-10T15:30", "tz": "Europe/Dublin",
           "summary": "Panel interview - Niamh O'Donoghue (R-2026-0881) - NEW TIME",
           "location": "Corrib Clinical Research, Parkmore West, Galway", "cte": "base64"}),

    m("c_move", R, "de", "2026-03-18T16:27:09+01:00",
      ("Jana Köhler via Personio", "noreply@personio.de"),
      "Terminänderung: Kennenlernen Clinical Trial Assistant (m/w/d)",
      """Hallo Niamh,

leider müssen wir unser Gespräch am Dienstag verschieben, da Frau Dr. Lindner kurzfristig zu
einem Prüfertreffen nach München reisen muss.

Neuer Termin: Donnerstag, 26. März 2026, 09:30-10:15 Uhr (MEZ), wieder über Google Meet.
Die aktualisierte Kalendereinladung ersetzt die alte.

Wir hoffen, das passt Dir - sonst melde Dich gern bei mir.

Viele Grüße
Jana
""", company="Spree BioPharma", contact="jana.koehler@spreebio.example.de", reply_to=JANA,
      re="c_inv", fmt="alt", brand="Spree BioPharma",
      ics={"uid": "spree-cta-2026-0324@spreebio.example.de", "seq": 1,
           "start": "2026-03-26T09:30", "end": "2026-03-26T10:15", "tz": "Europe/Berlin",
           "summary": "Kennenlernen Niamh O'Donoghue / Spree BioPharma (verschoben)",
           "location": "Google Meet"}),

    m("d_move", R, "fr", "2026-04-20T08:50:33+02:00", CAMILLE,
      "RE: Entretien - Assistante d'études cliniques",
      """Bonjour Niamh,

Je suis désolée, je dois reporter notre entretien de jeudi : Mme Bertin, la responsable de
l'équipe start-up, souhaite y participer et n'est pas disponible ce jour-là.

Pourriez-vous plutôt le mardi 28 avril à 11h00 (heure de Paris, donc 10h00 à Cork) ? Le lien
Teams reste le même.

Encore désolée pour ce changement,
Camille
""", company="Rhône Essais Cliniques", contact="camille.durand@rhone-essais.example.fr",
      re="d_accept", quote="fr", cs="iso-8859-1"),

    m("e_move", R, "es", "2026-06-29T09:14:00+02:00", LAIA,
      "Cancelada: Entrevista Niamh O'Donoghue - Mediterrània Clinical Trials",
      """Hola Niamh,

Perdona el cambio de última hora: Jordi está enfermo hoy y tenemos que cancelar la entrevista
de esta tarde. Te llegará la cancelación del calendario.

En cuanto sepamos cuándo vuelve te propongo una nueva fecha, seguramente la semana que viene.
Tu candidatura sigue adelante, ¡no te preocupes!

Un abrazo,
Laia
""", company="Mediterrània Clinical Trials", contact="laia.puig@mediterrania-ct.example.es",
      ics={"uid": "tt-meeting-8813-odonoghue@teamtailor-mail.com", "seq": 2,
           "method": "CANCEL", "start": "2026-06-29T16:00", "end": "2026-06-29T16:40",
           "tz": "Europe/Madrid", "summary": "Entrevista Niamh O'Donoghue",
           "location": "Google Meet"}),

    m("pp_move", R, "en", "2026-02-26T07:58:12+00:00",
      ("Sarah Quinn", "sarah.quinn@portobello-rp.example.ie"),
      "Today's interview - need to cancel, sorry",
      """Hi Niamh,

I'm so sorry to do this on the morning of, but I've come down with a nasty flu and I won't be
able to do our call at 11:00 today. I'd rather not hand you over to someone who hasn't read
your application.

I'll be back in touch early next week with some new times. Apologies again!

Sarah

Sarah Quinn | Talent Partner
Portobello Research Partners | 22 Richmond Street South, Dublin 2
""", company="Portobello Research Partners", contact="sarah.quinn@portobello-rp.example.ie"),

    m("cc_cancel", R, "en", "2026-03-16T12:10:00+00:00",
      ("Fiona Hegarty", "fiona.hegarty@claddaghcro.example.ie"),
      "Canceled: Interview: Niamh O'Donoghue - Clinical Trial Assistant",
      """Hi Niamh,

I need to cancel Wednesday's interview, I'm afraid. We're reviewing the headcount plan for
the Galway study team this week and I don't want to interview until I know the exact shape of
the role. I'll come back to you as soon as I have an update.

Apologies for the inconvenience.

Fiona Hegarty
Clinical Operations Lead, Claddagh CRO
""", company="Claddagh CRO", contact="fiona.hegarty@claddaghcro.example.ie", fmt="plain",
      ics={"uid": "lever-int-7d1e0b2c@claddaghcro.hire.lever.co", "seq": 1,
           "method": "CANCEL", "start": "2026-03-18T15:00", "end": "2026-03-18T15:45",
           "tz": "Europe/Dublin",
           "summary": "Interview: Niamh O'Donoghue - Clinical Trial Assistant",
           "location": "Microsoft Teams"}),

    m("h_move", R, "en", "2026-03-05T08:40:02+00:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "RE: Shandon Therapeutics - CTA interview Thursday?",
      """Hi Niamh,

Quick one - Orla at Shandon has had to move your interview from today 11:30 to tomorrow
(Friday) at 12:00, she's been pulled into an inspection readiness meeting. Same Teams link.
Sorry for the faff, hope tomorrow works?

Declan
""", company="Shandon Therapeutics", contact="declan@kinsale-lsr.example.ie", re="h_confirm",
      quote="outlook"),

    m("uh_move", R, "en", "2026-05-15T14:02:27+01:00",
      ("Siobhan Costigan", "s.costigan@mercyfield-hospital.example.ie"),
      "Trial Coordinator (CRU/26/08) - interview date postponed",
      """Dear Niamh,

I regret to inform you that the interviews for the Trial Coordinator post scheduled for
Wednesday 20 May have had to be postponed, as the chair of the panel is unavailable due to
unforeseen circumstances.

The interviews will now take place on Thursday 4 June 2026. Your time remains 11:15. Please
confirm you can attend on the new date.

Apologies for any inconvenience caused.

Kind regards,
Siobhán Costigan
HR Officer, Clinical Research Unit
""", company="Mercyfield University Hospital",
      contact="s.costigan@mercyfield-hospital.example.ie", fmt="html", cs="windows-1252"),

    m("hc_move", R, "en", "2026-08-12T11:44:19+01:00",
      ("Ella Byrne", "ella.byrne@howthclinical.example.ie"),
      "Change of date - Howth Clinical assessment day",
      """Hi Niamh,

Thanks for confirming your place. Unfortunately we've had to move the assessment day from
Wednesday 19 August to Wednesday 26 August (same times, 09:30-15:00) because of a clash with
a sponsor audit.

Could you let me know if the new date works for you?

Thanks,
Ella Byrne
Recruitment Coordinator, Howth Clinical
""", company="Howth Clinical", contact="ella.byrne@howthclinical.example.ie", fmt="alt",
      brand="Howth Clinical"),

    m("mp_move", R, "de", "2026-07-17T13:30:41+02:00",
      ("Dr. Ulrike Brandt", "u.brandt@mueggelsee-pharma.example.de"),
      "AW: Einladung zum Vorstellungsgespräch - Kennziffer 2026-117",
      """Sehr geehrte Frau O'Donoghue,

leider muss ich unser Gespräch am 22. Juli absagen, da Herr Krüger an diesem Tag nicht im Haus
ist. Ich schlage als Ersatztermin Dienstag, den 28. Juli, 14:00 Uhr MESZ vor.

Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.

Mit freundlichen Grüßen
Ulrike Brandt
""", company="Müggelsee Pharma", contact="u.brandt@mueggelsee-pharma.example.de",
      re="mp_confirm", quote="outlook_de", cs="iso-8859-1", cte="quoted-printable"),

    m("g_move", R, "de", "2026-05-29T11:06:00+02:00",
      ("Mehmet Yıldız", "m.yildiz@havel-personal.example.de"),
      "Terminverschiebung Lindenhof - jetzt per Video",
      """Hallo Frau O'Donoghue,

kleine Änderung: Frau Dr. Albrecht ist am Montag auf einer Fortbildung. Das Studienzentrum am
Lindenhof schlägt stattdessen Dienstag, 2. Juni, 10:00 Uhr vor, und zwar per Video (Zoom) -
dann müssen Sie auch nicht extra anreisen. Den Link schicke ich Ihnen am Montag.

Passt das?

Freundliche Grüße
Mehmet Yıldız
Havel Personal GmbH
""", company="Studienzentrum am Lindenhof", contact="m.yildiz@havel-personal.example.de",
      name_enc="b:utf-8"),

    m("lcr_move", R, "fr", "2026-09-14T18:02:50+02:00",
      ("Sophie Lambert", "sophie.lambert@croixrousse.example.fr"),
      "Report de la journée d'immersion du 17 septembre",
      """Bonjour Niamh,

Je suis au regret de vous annoncer que nous devons reporter la journée d'immersion prévue ce
jeudi 17 septembre : une inspection de l'ANSM vient d'être programmée sur ces dates et toute
l'équipe sera mobilisée.

Je reviens vers vous d'ici la fin de la semaine prochaine avec une nouvelle date.

Avec toutes nos excuses,
Sophie Lambert
Assistante RH - Laboratoires Croix-Rousse
""", company="Laboratoires Croix-Rousse", contact="sophie.lambert@croixrousse.example.fr",
      fmt="alt", cs="windows-1252", cte="quoted-printable", subj_enc="q:windows-1252"),

    m("vc_move", R, "es", "2026-09-01T10:20:00+02:00",
      ("Núria Casals", "ncasals@hospitalcollserola.example.es"),
      "Re: Videollamada para el puesto de coordinadora de estudios",
      """Hola Niamh,

Siento tener que cambiar la hora: mañana a las 17:00 tengo una visita de monitorización que se
va a alargar. ¿Podríamos hacer la videollamada el jueves 3 a las 9:30? Te mando el enlace de
Teams en cuanto me confirmes.

Gracias por la flexibilidad,
Núria
""", company="Hospital Universitari Vall de Collserola",
      contact="ncasals@hospitalcollserola.example.es", re="vc_inv", quote="es",
      cs="iso-8859-1", cte="8bit"),

    m("ft_move", R, "es", "2026-07-16T12:31:07+02:00",
      ("Álvaro Méndez", "alvaro.mendez@tibidabo-pharma.example.es"),
      "Cambio de hora entrevista telefónica - Técnico/a de Suministros Clínicos",
      """Hola Niamh:

Como hablamos ayer, teníamos la entrevista telefónica el viernes a las 10:00. Me ha surgido una
reunión con el comité de dirección y tengo que retrasarla a las 12:30 del mismo día. ¿Te va
bien? Si no, dime otra franja y lo cuadramos.

Saludos,
Álvaro Méndez
Responsable de Selección
Farmacéutica Tibidabo
""", company="Farmacéutica Tibidabo", contact="alvaro.mendez@tibidabo-pharma.example.es",
      name_enc="q:iso-8859-1", subj_enc="b:utf-8"),

    # ------------------------------------------------------------ missed interviews
    m("b_missed", M, "en", "2026-02-10T14:31:18+00:00",
      ("Dr Ciarán Whelan", "c.whelan@mcrf.example.ie"),
      "Your interview today at 14:00",
      """Dear Niamh,

The panel was ready for your interview at 14:00 today in Meeting Room 2, but you did not
arrive. Reception tried your mobile at 14:10 and 14:20 without an answer.

I hope everything is all right. Please let me know what happened as soon as you can.

Regards,
Ciarán Whelan
""", company="Munster Clinical Research Facility", contact="c.whelan@mcrf.example.ie",
      name_enc="b:utf-8"),

    m("f_missed", M, "en", "2026-05-19T10:32:09+01:00", RORY,
      "Missed you on Zoom",
      """Hi Niamh,

I was on the Zoom for our 10:00 interview and waited until about 10:20 but didn't see you
join. Not sure if the calendar invite went astray? Let me know and we can find another time.

Rory
""", company="Liffey Biotherapeutics", contact="rory@liffeybio.example.ie", fmt="alt"),

    m("sm_missed", M, "en", "2026-04-15T16:25:00+01:00",
      ("Gearóid Ó Súilleabháin", "gearoid.osuilleabhain@salthillmedtech.example.ie"),
      "Re: Phone call re: Clinical Research Coordinator",
      """Hi Niamh,

I tried ringing you at 16:00 as agreed and again at 16:15, but it went to voicemail both
times. Maybe a signal issue? I'm around until 17:30 today, or drop me a line with another time
that suits.

Gearóid
""", company="Salthill Medtech",
      contact="gearoid.osuilleabhain@salthillmedtech.example.ie", re="sm_confirm", quote="en"),

    m("gr_missed", M, "en", "2026-07-06T15:40:13+01:00",
      ("Tadhg Murray", "tadhg.murray@grafton-lab.example.ie"),
      "Client couldn't reach you",
      """Hi Niamh,

Just had the client on - they rang you at 15:00 for the phone interview and again at 15:10
but no answer. Is everything ok? They're flexible enough, so if you let me know what happened
I'll try to get you another slot this week.

Tadhg
""", company="Grafton Locum & Lab Staffing", contact="tadhg.murray@grafton-lab.example.ie"),

    m("gc_missed", M, "en", "2026-07-01T11:20:40+01:00",
      ("Dr Maeve Lynch", "maeve.lynch@gctg.example.ie"),
      "Our call this morning",
      """Dear Niamh,

We had agreed to speak at 11:00 this morning; I called twice at the number you gave me but
couldn't get through. I'm in clinic for the rest of the day. If you're still interested in the
post, please suggest another time before Friday, when the shortlist closes.

Best wishes,
Maeve Lynch
""", company="Galway Cancer Trials Group", contact="maeve.lynch@gctg.example.ie",
      cte="base64"),

    m("tt_missed", M, "de", "2026-05-07T15:24:30+02:00",
      ("Benedikt Sauer", "benedikt.sauer@tegeltrials.example.de"),
      "Unser Telefoninterview heute",
      """Hallo Niamh,

ich habe Dich heute um 15:00 Uhr wie vereinbart angerufen, zweimal, aber leider niemanden
erreicht. Vielleicht gab es ein Missverständnis mit der Zeitzone?

Wenn Du weiterhin Interesse hast, schreib mir gern, wann es Dir in den nächsten Tagen passt.

Viele Grüße
Benedikt
""", company="Tegel Trials", contact="benedikt.sauer@tegeltrials.example.de",
      cs="iso-8859-1", cte="8bit"),

    m("pcs_missed", M, "de", "2026-08-19T10:35:00+02:00",
      ("Katrin Wendt", "k.wendt@pankow-clinical.example.de"),
      "Videotermin heute 10:00 Uhr - leider nicht zustande gekommen",
      """Sehr geehrte Frau O'Donoghue,

wir waren heute um 10:00 Uhr zum vereinbarten Videogespräch im Teams-Raum und haben eine
Viertelstunde auf Sie gewartet. Leider haben Sie sich nicht eingewählt.

Sollte es technische Probleme gegeben haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Katrin Wendt
Personalreferentin
Pankow Clinical Services GmbH
Breite Straße 30, 13187 Berlin
""", company="Pankow Clinical Services", contact="k.wendt@pankow-clinical.example.de",
      fmt="html", cs="utf-8", cte="quoted-printable"),

    m("ilrc_missed", M, "fr", "2026-06-09T09:52:17+02:00",
      ("Dr Hélène Lefèvre", "helene.lefevre@institut-lumiere.example.fr"),
      "Entretien téléphonique de ce matin",
      """Madame,

J'ai essayé de vous joindre à 9h30 comme convenu, puis à 9h45, sans succès (messagerie).
Je suppose qu'il y a eu une confusion avec le décalage horaire.

Je peux vous rappeler jeudi à 10h30, heure de Paris, si cela vous convient.

Bien à vous,
Dr Hélène Lefèvre
""", company="Institut Lumière de Recherche Clinique",
      contact="helene.lefevre@institut-lumiere.example.fr", name_enc="b:utf-8",
      cs="iso-8859-1", cte="quoted-printable"),

    m("bcn_missed", M, "es", "2026-06-08T12:25:40+02:00",
      ("Montserrat Vidal", "mvidal@recercallobregat.example.es"),
      "Entrevista FRCL-26-014 - no se ha conectado",
      """Estimada Niamh:

La comisión de selección la ha estado esperando en la sala de Zoom desde las 12:00 hasta las
12:20, pero no se ha conectado a la entrevista.

Si ha tenido algún problema técnico, le rogamos que nos lo indique hoy mismo para valorar la
posibilidad de una nueva convocatoria.

Atentamente,
Montserrat Vidal
Servicio de Selección
""", company="Fundació Recerca Clínica Llobregat", contact="mvidal@recercallobregat.example.es",
      cs="windows-1252", cte="quoted-printable"),

    m("vc_missed", M, "es", "2026-09-03T09:50:10+02:00",
      ("Núria Casals", "ncasals@hospitalcollserola.example.es"),
      "Te estábamos esperando",
      """Hola Niamh,

Estoy en el Teams desde las 9:30 y no te he visto entrar. ¿Ha pasado algo? Te he llamado al
móvil pero salta el buzón. Si quieres, lo intentamos otro día, dime.

Núria
""", company="Hospital Universitari Vall de Collserola",
      contact="ncasals@hospitalcollserola.example.es"),
]
