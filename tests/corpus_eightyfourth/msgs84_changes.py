"""Reschedules, cancellations and missed-interview notices for the 84th corpus (data only)."""

MESSAGES = [
    {"kind": "interview_reschedule_or_cancel", "slug": "move_to_thursday", "lang": "en",
         "frm": "Grace Whitfield <grace.whitfield@pennant-insurance.example.co.uk>",
         "subj": "Re: Finance Business Partner - next steps",
         "company": "Pennant Insurance",
         "quote": ("gmail", "Grace Whitfield <grace.whitfield@pennant-insurance.example.co.uk>", "Mon, 19 Jan 2026 at 15:02",
                "Great, you're booked in for Wednesday 21st at 11am. Speak then!\nGrace"),
         "body": """Hi Fergus,

Really sorry to do this - I've been pulled into an all-day workshop on Wednesday. Could we move our call to Thursday 22nd, same time (11am)? If that doesn't work just send me a couple of alternatives.

Apologies again,
Grace
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "ics_cancel_panel", "lang": "en",
         "frm": "Zara Iqbal <zara.iqbal@harlowstreet.example.com>",
         "subj": "Cancelled: Panel interview - Fergus Adeyemi-Walsh / Harlow Street AM",
         "fmt": "alt", "company": "Harlow Street Asset Management",
         "ics": {"method": "CANCEL", "summary": "Panel interview - Fergus Adeyemi-Walsh / Harlow Street AM",
                  "start": "20260311T100000Z", "end": "20260311T113000Z", "organizer": "zara.iqbal@harlowstreet.example.com",
                  "location": "7 Harlow Street, London W1"},
         "body": """Hi Fergus,

I'm afraid Sunita has had to travel to Luxembourg unexpectedly, so we need to cancel Wednesday's panel. I'll send a new invitation for the week after as soon as I have everyone's diaries - apologies for the disruption.

Zara Iqbal
Talent Acquisition, Harlow Street Asset Management
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "agency_client_postponed", "lang": "en",
         "frm": "Jess Marlow <jess@brightpathfinance.example.co.uk>",
         "subj": "Change of plan for Tuesday :(",
         "company": "Halden Group",
         "body": """Hi Fergus,

Bit of a pain - Halden's Head of FP&A is off sick so they've asked to push Tuesday's interview back. They've suggested Monday 9th Feb at 1pm instead, same Teams link. Hope that's ok?? Let me know asap and I'll confirm with them!

Thanks so much,
Jess
Brightpath Finance
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "council_postponed_formal", "lang": "en",
         "frm": "Patricia Hanlon <p.hanlon@eastbridge-council.example.gov.uk>",
         "subj": "Principal Accountant interviews - change of date",
         "fmt": "qp", "company": "Eastbridge City Council",
         "body": """Dear Fergus,

Due to an extraordinary meeting of Full Council, we have had to postpone the interviews for the Principal Accountant post that were scheduled for Thursday 4 June.

The interviews will now take place on Tuesday 9 June. Your revised time is 11:15am, in the same venue (Committee Room 2, Civic Centre).

Please accept our apologies for any inconvenience, and confirm whether the new time is suitable.

Regards

Patricia Hanlon
HR Advisor, Eastbridge City Council
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "goodtime_rescheduled_ics", "lang": "en",
         "frm": "Greenhouse Scheduling <no-reply@greenhouse.example.io>",
         "reply_to": "Priya Raman <priya.raman@northwindpay.example.com>",
         "subj": "Updated: Northwind Pay interview now on Friday 13 March",
         "fmt": "alt", "company": "Northwind Pay", "contact": "priya.raman@northwindpay.example.com",
         "ics": {"method": "REQUEST", "summary": "Northwind Pay - Hiring manager interview (Fergus Adeyemi-Walsh)",
                  "start": "20260313T143000Z", "end": "20260313T151500Z", "organizer": "priya.raman@northwindpay.example.com",
                  "location": "Google Meet", "sequence": 1},
         "body": """Hi Fergus,

Your hiring manager interview with Northwind Pay has been moved.

Previous time: Thursday 12 March, 14:30 GMT
New time: Friday 13 March, 14:30 - 15:15 GMT
Location: Google Meet (link in the calendar invite)

If the new time doesn't work, reply to this email to reach Priya Raman.
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "interview_cancelled_role_paused", "lang": "en",
         "frm": "Kayla Brooks <kbrooks@greylock-yards.example.com>",
         "subj": "Re: FP&A role - want to grab time?",
         "company": "Greylock Yards",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Tue, 10 Mar 2026 at 09:12",
                "Hi Kayla, Thursday at 9am ET works perfectly. Looking forward to it.\nFergus"),
         "body": """Hi Fergus - I need to cancel Thursday, sorry. Something's come up internally and I'm not able to meet this week. I'll reach out when I have a clearer picture on timing.

Kayla
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "irish_venue_change_time", "lang": "en",
         "frm": "Áine Ní Bhriain <recruitment@seirbhis-stait.example.ie>",
         "subj": "RE: Competition Ref. FIN-2026-07: Invitation to Interview - revised time",
         "company": "Office of Public Finance Ireland", "contact": "recruitment@seirbhis-stait.example.ie",
         "body": """Dear Mr Adeyemi-Walsh,

Further to our email of 30 April, please note that due to a change in the board's availability your interview has been rescheduled from 11.30 a.m. to 2.45 p.m. on Monday 18 May 2026. The location remains unchanged.

We apologise for any inconvenience. Please confirm receipt of this email.

Is mise le meas,
Recruitment Unit
Office of Public Finance Ireland
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "mobile_pushing_back", "lang": "en",
         "frm": "Neil Drummond <neil.drummond@tayside-water.example.org.uk>",
         "subj": "Tuesday",
         "company": "Tayside Water",
         "body": """Fergus - apologies, board meeting has moved onto Tuesday afternoon. Can we do 4pm instead of 2? Fiona will send updated invite.

Neil

Sent from Outlook for iOS
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "de_verschiebung", "lang": "de",
         "frm": "Sabine Krüger <sabine.krueger@mainfurt-bank.example.de>",
         "subj": "Terminverschiebung Vorstellungsgespräch am 25.03.",
         "fmt": "latin1", "company": "Mainfurt Bank",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

leider muss Herr Dr. Feld den vereinbarten Termin am 25. März krankheitsbedingt absagen. Wir möchten das Gespräch gerne nachholen und schlagen Ihnen als Ersatztermin Dienstag, den 31. März, um 10:00 Uhr vor.

Bitte geben Sie mir kurz Bescheid, ob Ihnen dieser Termin passt. Wir bitten die kurzfristige Änderung zu entschuldigen.

Mit freundlichen Grüßen

Sabine Krüger
Personalreferentin
Mainfurt Bank AG
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "de_absage_termin_ics", "lang": "de",
         "frm": "Thomas Eberle <thomas.eberle@alpenstrom.example.de>",
         "subj": "Abgesagt: Vorstellungsgespräch 2. Runde – Fergus Adeyemi-Walsh",
         "fmt": "alt", "company": "Alpenstrom",
         "ics": {"method": "CANCEL", "summary": "Vorstellungsgespräch 2. Runde – Fergus Adeyemi-Walsh",
                  "start": "20260507T080000Z", "end": "20260507T100000Z", "organizer": "thomas.eberle@alpenstrom.example.de",
                  "location": "Alpenstrom, Leopoldstraße 10, München"},
         "body": """Hallo Herr Adeyemi-Walsh,

leider müssen wir den Termin am 7. Mai absagen, da Frau Dr. Stein kurzfristig verhindert ist. Ich melde mich in den nächsten Tagen mit neuen Terminvorschlägen bei Ihnen.

Beste Grüße
Thomas Eberle
Alpenstrom AG
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "fr_report_entretien", "lang": "fr",
         "frm": "Sophie Marchand <s.marchand@banque-valmy.example.fr>",
         "subj": "Report de notre entretien",
         "company": "Banque Valmy",
         "body": """Bonjour Monsieur Adeyemi-Walsh,

Je suis contrainte de reporter notre entretien prévu mardi 12 mai à 10h, le responsable de la trésorerie étant retenu par un comité. Pourriez-vous vous rendre disponible le mercredi 13 mai à 16h, ou à défaut le vendredi 15 mai à 11h ?

Je vous prie de nous excuser pour ce changement.

Cordialement,
Sophie Marchand
Banque Valmy
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "fr_annulation_cabinet", "lang": "fr",
         "frm": "Julien Faure <julien.faure@arcadia-search.example.fr>",
         "subj": "Re: Ton profil pour un poste de Business Partner",
         "company": "Ondine Cosmétiques",
         "quote": ("fr", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "mer. 20 mai 2026 à 14:02",
                "Salut Julien,\n\nMardi 11h c'est parfait pour moi.\n\nFergus"),
         "body": """Salut Fergus,

Mauvaise nouvelle de dernière minute : la DRH d'Ondine doit annuler l'entretien de mardi, elle est en déplacement imprévu. Elle me propose de le décaler à jeudi même heure, ça te va ?

Désolé pour le contretemps !
Julien
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "es_cambio_hora", "lang": "es",
         "frm": "Carmen Iglesias <carmen.iglesias@seguroslevante.example.es>",
         "subj": "RE: Entrevista – Controller Financiero",
         "fmt": "cp1252", "company": "Seguros Levante",
         "quote": ("outlook", "Fergus Adeyemi-Walsh", "martes, 2 de junio de 2026 9:15",
                "Estimada Carmen:\n\nLe confirmo mi asistencia el lunes 8 a las 10:30 por videollamada.\n\nUn saludo,\nFergus"),
         "body": """Estimado Fergus:

Le escribo para informarle de que el Director Financiero tiene un imprevisto el lunes por la mañana. ¿Sería posible trasladar la entrevista al mismo lunes 8 a las 16:00 h? La videollamada se mantiene.

Disculpe las molestias.

Atentamente,
Carmen Iglesias Soler
Seguros Levante
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "es_cancelada_entrevista", "lang": "es",
         "frm": "Diego Salcedo <diego@pagoclaro.example.com>",
         "subj": "Re: ¿Hablamos?",
         "company": "PagoClaro",
         "body": """Fergus, perdona, tengo que cancelar la llamada del jueves, me ha surgido un viaje a Lisboa. ¿La movemos al martes que viene a la misma hora? Dime algo.

Diego

Enviado desde mi iPhone
"""},
    {"kind": "interview_reschedule_or_cancel", "slug": "successfactors_reschedule", "lang": "en",
         "frm": "Meridian Foods <careers-noreply@successfactors.eu>",
         "subj": "Interview Rescheduled: Finance Business Partner - Supply Chain",
         "fmt": "html", "company": "Meridian Foods", "contact": "",
         "body": """Dear Fergus,

Please note that your interview for Finance Business Partner - Supply Chain (Req # 34102) has been rescheduled.

Original:  Monday 3 August 2026 10:00 BST
New:       Wednesday 5 August 2026 13:30 BST
Location:  Meridian Foods, Aire Street, Leeds - Reception 2

To accept or propose a new time, please use the links in your candidate profile.

Meridian Foods Talent Acquisition
"""},
    # missed interview notices
    {"kind": "missed_interview_notice", "slug": "tried_calling", "lang": "en",
         "frm": "Grace Whitfield <grace.whitfield@pennant-insurance.example.co.uk>",
         "subj": "Missed call - Finance Business Partner",
         "company": "Pennant Insurance",
         "body": """Hi Fergus,

I tried calling you at 11am as scheduled for our telephone screen but couldn't get through, and it went to voicemail. Hope everything's ok!

If you're still keen, let me know and we can find another time this week.

Thanks,
Grace
Pennant Insurance
"""},
    {"kind": "missed_interview_notice", "slug": "teams_no_join", "lang": "en",
         "frm": "Ruth Ogunleye <ruth.ogunleye@kinross-health.example.nhs.uk>",
         "subj": "Interview this afternoon",
         "company": "Kinross Community Health",
         "body": """Dear Fergus,

The panel were ready for your interview at 2pm today but you did not join the Teams meeting, and we were unable to reach you on the number provided.

If there has been a technical problem or something unforeseen, please contact me by Friday and we will consider whether an alternative slot can be offered.

Kind regards,

Ruth Ogunleye
Recruitment Officer
Kinross Community Health
"""},
    {"kind": "missed_interview_notice", "slug": "agency_where_were_you", "lang": "en",
         "frm": "Jess Marlow <jess@brightpathfinance.example.co.uk>",
         "subj": "Everything ok??",
         "company": "Halden Group",
         "body": """Hi Fergus,

Halden have just been on to me - they were waiting on the Teams call at 1pm and you didn't show? I've tried your mobile a couple of times. Really hope you're ok!

Give me a ring when you get this so I can smooth things over with them.

Jess
07700 900 377
"""},
    {"kind": "missed_interview_notice", "slug": "us_no_show_brief", "lang": "en",
         "frm": "Kayla Brooks <kbrooks@greylock-yards.example.com>",
         "subj": "Missed you today",
         "company": "Greylock Yards",
         "body": """Hi Fergus, I was on the Zoom at 9 ET but didn't see you join. Maybe a time zone mixup? Happy to try again - let me know.

Kayla
"""},
    {"kind": "missed_interview_notice", "slug": "ats_no_show_template", "lang": "en",
         "frm": "Albion Mutual <albionmutual@myworkday.com>",
         "subj": "We missed you at today's assessment centre",
         "fmt": "html", "company": "Albion Mutual", "contact": "",
         "body": """Dear Fergus,

We noticed that you did not attend the virtual assessment centre scheduled for today, Tuesday 24 February 2026.

If you were unable to attend due to exceptional circumstances, please let us know through your candidate home within 3 working days. Otherwise, we will assume you no longer wish to be considered.

Kind regards,
Albion Mutual Early Careers
"""},
    {"kind": "missed_interview_notice", "slug": "irish_didnt_turn_up", "lang": "en",
         "frm": "Niamh Kelleher <niamh.kelleher@carrowmore.example.ie>",
         "subj": "Today's interview",
         "company": "Carrowmore Foods",
         "body": """Hi Fergus,

We were expecting you at 2pm today for the interview in Cork but you didn't arrive and we had no word. I've also let Liam know.

If something happened, drop me a line and we'll see what we can do.

Niamh
Niamh Kelleher | Financial Controller | Carrowmore Foods
"""},
    {"kind": "missed_interview_notice", "slug": "de_nicht_erschienen", "lang": "de",
         "frm": "Lea Brandt <lea@kontobaum.example.de>",
         "subj": "Unser Telefonat heute",
         "company": "Kontobaum",
         "body": """Hi Fergus,

ich hab dich heute um 15 Uhr wie vereinbart angerufen, dich aber leider nicht erreicht. Ist alles in Ordnung?

Wenn du weiterhin Interesse hast, buch dir gern einen neuen Slot über den Link aus meiner letzten Mail.

Liebe Grüße
Lea
Kontobaum
"""},
    {"kind": "missed_interview_notice", "slug": "fr_absent_visio", "lang": "fr",
         "frm": "Amélie Duval <amelie.duval@papillon-energie.example.fr>",
         "subj": "Entretien technique de ce matin",
         "company": "Papillon Energie",
         "body": """Bonjour Fergus,

Nous vous attendions ce matin à 10h pour l'entretien technique, mais vous ne vous êtes pas connecté à la visio. J'espère que tout va bien de votre côté.

Si vous souhaitez toujours poursuivre, n'hésitez pas à me proposer de nouvelles disponibilités.

Belle journée,
Amélie Duval
Papillon Energie
"""},
    {"kind": "missed_interview_notice", "slug": "es_no_se_conecto", "lang": "es",
         "frm": "Marta Vidal <mvidal@talentiaexec.example.es>",
         "subj": "Entrevista Brisamar",
         "company": "Inmobiliaria Brisamar",
         "body": """Hola Fergus,

El Comité de Auditoría de Brisamar te estuvo esperando hoy a las 12:00 y no te presentaste. Te he llamado dos veces al móvil sin respuesta.

¿Ha pasado algo? Llámame en cuanto puedas para ver si podemos recuperar la entrevista.

Marta
"""},
    {"kind": "missed_interview_notice", "slug": "es_llamada_perdida_formal", "lang": "es",
         "frm": "Carmen Iglesias <carmen.iglesias@seguroslevante.example.es>",
         "subj": "Entrevista de hoy",
         "fmt": "cp1252", "company": "Seguros Levante",
         "body": """Estimado Fergus:

Hoy a las 16:00 h le esperábamos en la videollamada con el Director Financiero, pero no llegó a conectarse. Intentamos localizarle por teléfono sin éxito.

Si se ha tratado de un problema técnico, le ruego que me lo indique y valoraremos una nueva fecha.

Atentamente,
Carmen Iglesias Soler
Seguros Levante
"""},
]
