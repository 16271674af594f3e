"""Ninth corpus: the employer moves or cancels an interview."""

from functools import partial

from _spec import Ics, Spec, german, gmail

RS = partial(Spec, "interview_reschedule_or_cancel")

SPECS = [
    RS("move_interviewer_sick", "en", "Lumora Health", "jess.park@lumorahealth.example.com",
       "Jess Park <jess.park@lumorahealth.example.com>", "Re: Lumora Health - Product Designer",
       """Hi Inés,

So sorry for the short notice - Dan, who was going to run your portfolio review tomorrow, is out sick. Could we push it to Monday 14th, same time (3pm Lisbon)? If that doesn't work I can send a couple of other options.

Apologies again!
Jess

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Tue, 8 Sep 2026 at 11:20",
            "Hi Jess, Thursday at 3pm works great. See you then!\nInés"),
       "2026-09-09T18:40:00-04:00", in_reply_to="auto"),

    RS("ics_updated_time", "en", "Nordlicht Mobility", "f.schulze@nordlicht.example.de",
       "Franziska Schulze <f.schulze@nordlicht.example.de>",
       "Updated invitation: On-site interview Product Designer @ Fri 25 Sep 2026 13:00 - 15:30 (CEST)",
       """Hi Inés,

small change: we need to move your on-site to the afternoon, 13:00 instead of 10:00 – Jonas has a board meeting in the morning. Everything else stays the same. Updated invite attached, hope that's fine for you!

Franziska""",
       "2026-09-21T09:12:00+02:00", fmt="alt", cte="qp",
       ics=Ics("On-site interview Product Designer - Inés Kowalczyk", "2026-09-25T13:00:00+02:00",
               150, organizer="Franziska Schulze <f.schulze@nordlicht.example.de>",
               location="Schlesische Str. 27, 10997 Berlin", sequence=1,
               uid="cc7a751468b6651ce6439c33")),

    RS("uk_postpone_indefinitely", "en", "Marlowe Insurance Group", "kate.bellamy@marlowe.example.co.uk",
       "Kate Bellamy <kate.bellamy@marlowe.example.co.uk>", "Telephone screen - Thursday",
       """Hi Inés,

I'm afraid I need to cancel our telephone screen on Thursday - the hiring manager has asked us to pause scheduling while they finalise the job description. I'm hoping to be back in touch within a fortnight with a new time.

Apologies for any inconvenience caused.

Kind regards,
Kate

Kate Bellamy | Talent Acquisition Partner
Marlowe Insurance Group""",
       "2026-09-15T17:02:00+01:00", fmt="alt", html_style="outlook", cte="qp"),

    RS("goodtime_rescheduled", "en", "Trellis Analytics", "",
       "Trellis Analytics Recruiting <scheduling@goodtime.example.io>",
       "Your interview with Trellis Analytics has been rescheduled",
       """Hi Inés,

Your interview schedule has changed. Your panel interview for Senior UX Researcher is now:

Wednesday, September 23, 2026
16:00 - 18:15 WEST (3 sessions)

Previous time: Tuesday, September 22, 2026, 15:00 - 17:15 WEST

Updated calendar invitations have been sent. If the new time doesn't work, please use the link in your original email to update your availability.

Trellis Analytics Recruiting Coordination""",
       "2026-09-18T12:30:00+00:00", fmt="html", html_style="ats", cte="b64"),

    RS("de_termin_verschoben", "de", "Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de",
       "Stadtwerke Auental - Personal <bewerbung@stadtwerke-auental.example.de>",
       "Verschiebung Ihres Vorstellungsgesprächs am 29.09.",
       """Sehr geehrte Frau Kowalczyk,

aufgrund einer kurzfristigen Terminüberschneidung bei Herrn Dr. Wendt müssen wir das für Dienstag, 29. September, 14:00 Uhr vereinbarte Gespräch leider verschieben.

Als Ersatztermin schlagen wir Donnerstag, 1. Oktober 2026, 10:00 Uhr am selben Ort vor. Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Derya Aksoy
Personalabteilung
Stadtwerke Auental GmbH""",
       "2026-09-24T15:18:00+02:00", charset="iso-8859-1", cte="qp", encode_subject=True),

    RS("ics_cancel_outlook", "en", "Averon Engineering", "lucy.tan@averon.example.com",
       "\"Tan, Lucy\" <lucy.tan@averon.example.com>", "Canceled: Interview - UX Designer - Inés Kowalczyk",
       """Hi Inés,

Unfortunately Mark has been called to site this week, so I've had to cancel Thursday's interview. I'll come back to you with new dates as soon as I have the panel's diaries.

Regards,
Lucy""",
       "2026-09-29T08:05:00+01:00", fmt="alt", html_style="outlook", cte="qp",
       ics=Ics("Interview - UX Designer - Inés Kowalczyk", "2026-10-01T14:00:00+01:00", 75,
               method="CANCEL", sequence=1, location="Microsoft Teams Meeting")),

    RS("fr_decaler", "fr", "Brume & Cie", "helene.marchal@brume-cie.example.fr",
       "Hélène Marchal <helene.marchal@brume-cie.example.fr>", "Décalage de notre entretien",
       """Bonjour Inés,

Je suis navrée mais nous devons décaler notre entretien de jeudi 16h : notre Lead Designer sera en déplacement. Serait-il possible de le faire le lundi 5 octobre à la même heure, ou le mardi 6 à 11h ?

Merci de votre compréhension et à très vite,

Hélène""",
       "2026-09-29T18:20:00+02:00", cte="qp"),

    RS("es_cancelada_proceso_pausa", "es", "Cometa Pagos", "javier.ortega@cometapagos.example.es",
       "Javier Ortega <javier.ortega@cometapagos.example.es>", "Re: Siguiente fase - Senior Product Designer",
       """Hola Inés,

Te escribo porque tenemos que cancelar la entrevista técnica del lunes 5. Uno de los entrevistadores ha tenido un imprevisto y no queremos hacerla a medias. En cuanto tengamos nueva fecha te escribo, seguramente la semana que viene.

Perdona las molestias.

Un saludo,
Javier""",
       "2026-10-01T19:10:00+02:00", in_reply_to="auto", cte="b64"),

    RS("workday_interview_cancelled", "en", "Castellane Hotels & Resorts", "",
       "Castellane Hotels & Resorts <castellane@myworkday.com>",
       "Interview Cancelled - Digital Experience Designer",
       """Dear Inés,

The interview scheduled for Thursday, October 15, 2026 at 3:00 PM (WET) for the Digital Experience Designer position has been cancelled.

Your recruiter will contact you to arrange a new date.

Castellane Hotels & Resorts Talent Acquisition""",
       "2026-10-13T06:02:00+00:00", fmt="html", html_style="ats", cte="qp",
       ics=Ics("Interview: Digital Experience Designer", "2026-10-15T15:00:00+01:00", 60,
               organizer="Castellane Hotels & Resorts <castellane@myworkday.com>", location="Zoom",
               method="CANCEL", sequence=1)),

    RS("terse_mobile_push", "en", "Saltmarsh", "kit@saltmarsh.example.com",
       "Kit Morgan <kit@saltmarsh.example.com>", "Re: Saltmarsh / next steps",
       """argh sorry Inés, CTO got pulled into an investor thing tmrw. can we do Thurs same time instead?

sent from mobile, excuse brevity""",
       "2026-10-05T22:31:00+01:00", in_reply_to="auto"),

    RS("de_agentur_termin_verlegt", "de", "Elbtal Pharma", "s.yilmaz@kopfwerk-recruiting.example.de",
       "Selin Yılmaz <s.yilmaz@kopfwerk-recruiting.example.de>", "AW: Elbtal Pharma – Termin",
       """Hallo Frau Kowalczyk,

Frau Dr. Hellwig hat mich eben informiert, dass sie den Termin am Donnerstag, 15.10. um 13:00 Uhr leider nicht wahrnehmen kann. Sie schlägt stattdessen Montag, 19.10., 10:00 Uhr vor. Würde Ihnen das passen?

Entschuldigen Sie bitte die Umstände!

Viele Grüße
Selin Yılmaz
Kopfwerk Recruiting GmbH

""" + german("Inés Kowalczyk <ines.kowalczyk@example.net>", "Fr., 9. Okt. 2026 um 08:15",
             "Hallo Frau Yılmaz,\n\nDonnerstag, 15.10. um 13:00 Uhr passt mir sehr gut.\n\nViele Grüße\nInés Kowalczyk"),
       "2026-10-12T14:48:00+02:00", in_reply_to="auto", fmt="alt", cte="qp", encode_subject=True),

    RS("italian_english_move", "en", "Ferrante Yachts", "l.bianchi@ferranteyachts.example.it",
       "Lorenzo Bianchi <l.bianchi@ferranteyachts.example.it>", "Change of date for our meeting",
       """Dear Inés,

I write you because unfortunately our Design Director will be at the Genova boat show the day of our meeting, so we must move the interview of 20 October. Would be possible for you on 27 October, same hour (11:00 Italian time)?

I apologize for the change and remain available.

Best regards,
Lorenzo Bianchi
HR Specialist
Ferrante Yachts S.p.A.""",
       "2026-10-14T10:37:00+02:00"),

    RS("aussie_cancel_role_changes", "en", "Coastline Credit Union", "tash.nguyen@coastlinecu.example.com.au",
       "Tash Nguyen <tash.nguyen@coastlinecu.example.com.au>", "Thursday's chat",
       """Hi Ines,

Just a heads up that we need to cancel Thursday's interview, sorry! We're making some changes to the scope of the role and want to get that locked in before we keep talking to people. I'll be in touch in the next couple of weeks to rebook.

Thanks for understanding,
Tash

Tash Nguyen | Talent Acquisition
Coastline Credit Union""",
       "2026-10-20T16:55:00+11:00"),

    RS("es_cambio_hora", "es", "Sendero Viajes", "marta.gil@senderoviajes.example.es",
       "Marta Gil <marta.gil@senderoviajes.example.es>", "Cambio de hora: Entrevista Product Designer",
       """Hola Inés,

Pablo tiene un conflicto a las 16:00 el jueves 22. ¿Podríamos pasar la entrevista a las 17:30 ese mismo día? Te mando la invitación actualizada por si te encaja.

¡Gracias y perdona el cambio!
Marta""",
       "2026-10-20T09:30:00+02:00", fmt="alt", cte="qp",
       ics=Ics("Entrevista Product Designer - Inés Kowalczyk", "2026-10-22T17:30:00+02:00", 60,
               location="https://meet.example.com/abc-defg-hij", sequence=1,
               uid="0b7e0e57d4f1a2c3d4e5f601")),

    RS("fr_annulation_rh", "fr", "Coopérative Lumière", "rh@cooplumiere.example.fr",
       "RH Coopérative Lumière <rh@cooplumiere.example.fr>", "Annulation : Entretien UX Researcher",
       """Madame Kowalczyk,

Nous sommes au regret de devoir annuler l'entretien prévu le mardi 13 octobre à 14h30, en raison d'un mouvement social affectant nos locaux ce jour-là.

Nous reviendrons vers vous dans les prochains jours afin de convenir d'une nouvelle date.

Avec nos excuses,

Service des Ressources Humaines
Coopérative Lumière""",
       "2026-10-09T11:25:00+02:00", fmt="alt", cte="qp",
       ics=Ics("Entretien UX Researcher – Inés Kowalczyk", "2026-10-13T14:30:00+02:00", 60,
               location="5 quai de la Fosse, 44000 Nantes", method="CANCEL", sequence=1)),
]
