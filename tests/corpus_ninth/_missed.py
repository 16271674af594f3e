"""Ninth corpus: the employer says the candidate did not show up."""

from functools import partial

from _spec import Spec

MS = partial(Spec, "missed_interview_notice")

SPECS = [
    MS("tried_calling", "en", "Kettle & Kiln", "oli@kettleandkiln.example.com",
       "Oli Brennan <oli@kettleandkiln.example.com>", "missed you?",
       """hi Inés, I tried calling you at 4 as planned but it went to voicemail. all ok? happy to find another time if something came up.

oli""",
       "2026-09-11T16:14:00+01:00"),

    MS("teams_no_join", "en", "Averon Engineering", "lucy.tan@averon.example.com",
       "\"Tan, Lucy\" <lucy.tan@averon.example.com>", "Interview this afternoon",
       """Hi Inés,

The panel were ready for your interview at 14:00 today but you did not join the Teams meeting, and we were unable to reach you by phone.

Could you please let me know whether you are still interested in the position? If there was a technical problem, let me know and I will see whether the panel can offer another slot.

Regards,
Lucy

Lucy Tan
HR Business Partner | Averon Engineering Ltd""",
       "2026-10-08T14:41:00+01:00", fmt="alt", html_style="outlook", cte="qp"),

    MS("zoom_waited", "en", "Pebblestack", "maya.lindqvist@pebblestack.example.com",
       "Maya Lindqvist <maya.lindqvist@pebblestack.example.com>", "Today's interview",
       """Hi Inés,

Ravi waited in the Meet for about 15 minutes for your 13:00 interview but unfortunately we didn't see you. I hope everything is OK!

If you're still keen on the role, let me know and I'll see if we can find another time this week.

Best,
Maya""",
       "2026-10-20T13:32:00+02:00", cte="qp"),

    MS("de_nicht_erschienen", "de", "Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de",
       "Stadtwerke Auental - Personal <bewerbung@stadtwerke-auental.example.de>",
       "Ihr Vorstellungsgespräch am 01.10.2026",
       """Sehr geehrte Frau Kowalczyk,

leider sind Sie heute um 10:00 Uhr nicht zu dem vereinbarten Vorstellungsgespräch erschienen, und wir konnten Sie telefonisch nicht erreichen.

Bitte teilen Sie uns bis Montag mit, ob Sie weiterhin Interesse an der Stelle haben. Andernfalls gehen wir davon aus, dass sich Ihre Bewerbung erledigt hat.

Mit freundlichen Grüßen
i. A. Derya Aksoy
Personalabteilung
Stadtwerke Auental GmbH""",
       "2026-10-01T11:05:00+02:00", charset="iso-8859-1", cte="qp"),

    MS("indian_candidate_not_joined", "en", "Kavya Infotech", "anand.k@kavyainfotech.example.in",
       "Anand Kumar <anand.k@kavyainfotech.example.in>", "RE: Interview schedule for Product Designer profile",
       """Hi Ines,

Our Design Head was waiting on the Teams call at 3:00 PM IST today, however you have not joined the meeting. We also tried reaching you on your mobile number.

Kindly update us regarding the same and share your availability if you wish to reschedule.

Thanks & Regards,
Anand Kumar
HR Executive | Kavya Infotech Pvt Ltd""",
       "2026-09-29T15:48:00+05:30", in_reply_to="auto"),

    MS("fr_absence_entretien", "fr", "Brume & Cie", "helene.marchal@brume-cie.example.fr",
       "Hélène Marchal <helene.marchal@brume-cie.example.fr>", "Notre rendez-vous de ce matin",
       """Bonjour Inés,

Nous vous avons attendue ce matin à 11h sur le lien Google Meet, sans nouvelles de votre part. J'espère que tout va bien.

Si vous êtes toujours intéressée par le poste, dites-le-moi et nous essaierons de trouver un nouveau créneau.

Bien à vous,
Hélène Marchal
Brume & Cie""",
       "2026-10-06T11:35:00+02:00", fmt="alt", cte="qp"),

    MS("agency_client_no_show", "en", "Bramblewood Foods", "chloe@pinnaclepeople.example.co.uk",
       "Chloe Danvers <chloe@pinnaclepeople.example.co.uk>", "what happened?!",
       """Hi Ines,

Ahmed at Bramblewood's just been on to me - he was on the video call at 10am and you didn't show?! Is everything ok??

Please give me a ring as soon as you get this, I'm hoping I can smooth it over and get it rebooked but I need to get back to him today.

Chloe
07700 900778""",
       "2026-09-22T10:38:00+01:00"),

    MS("es_no_te_conectaste", "es", "Verbena Hoteles", "nuria.campos@verbenahoteles.example.es",
       "Nuria Campos <nuria.campos@verbenahoteles.example.es>", "Re: Tu candidatura en Verbena",
       """Hola Inés,

Te he llamado a las 10:00 como quedamos, pero no he podido localizarte, y tampoco te has conectado al enlace que te mandé.

¿Va todo bien? Si sigues interesada, dime cuándo te viene bien y lo volvemos a intentar.

Un saludo,
Nuria""",
       "2026-10-14T10:25:00+02:00", in_reply_to="auto", charset="windows-1252", cte="8bit"),

    MS("ats_no_show_notice", "en", "Gullwing Airlines", "",
       "Gullwing Airlines Careers <noreply@smartrecruiters.example.com>",
       "Gullwing Airlines: We missed you at your interview",
       """Hello Inés,

We noticed that you were unable to attend your scheduled video interview for UX Designer - Booking & Loyalty on October 21 at 10:00.

If you would still like to be considered, you can choose a new time using the link below within 5 days. After this, your application will be closed.

https://www.smartrecruiters.example.com/interview/reschedule/5512abc

Kind regards,
Gullwing Airlines Recruitment""",
       "2026-10-21T11:00:00+00:00", fmt="html", html_style="ats", cte="b64"),

    MS("dutch_english_not_there", "en", "Tulpwerk", "sanne.devries@tulpwerk.example.nl",
       "Sanne de Vries <sanne.devries@tulpwerk.example.nl>", "Our call",
       """Hi Inés,

We had planned our call today at 15:00 but you were not in the meeting. Maybe something went wrong with the invite? Let me know if you want to plan a new moment.

Groet,
Sanne""",
       "2026-09-17T15:20:00+02:00"),
]
