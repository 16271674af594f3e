"""Fifth corpus: the employer says the candidate missed the interview, hand-written (see make_fifth.py)."""

K = "missed_interview_notice"

MESSAGES = [
    {
        "slug": "tried_calling_phone_screen", "kind": K, "lang": "en", "company": "Ironbridge Logistics",
        "contact": "carla.mendes@ironbridge.example.com",
        "frm": ("Carla Mendes", "carla.mendes@ironbridge.example.com"),
        "subject": "Phone screen today", "date": "Tue, 10 Mar 2026 15:20:00 -0500",
        "text": """Hi Kim,

We tried calling you at the scheduled time (2:00 PM CT) for your phone screen for the Inventory Control Supervisor role, but weren't able to reach you and the call went to voicemail.

I hope everything is okay. If you're still interested, let me know and we can see if there's another time that works this week.

Thanks,
Carla Mendes
Recruiter, Ironbridge Logistics
(312) 555-0177
""",
    },
    {
        "slug": "did_not_join_teams", "kind": K, "lang": "en", "company": "Sterling Morrow",
        "contact": "talent@sterlingmorrow.example.com",
        "frm": ("Sterling Morrow Talent Acquisition", "talent@sterlingmorrow.example.com"),
        "subject": "Missed interview - Associate, Transaction Services", "date": "Thu, 12 Mar 2026 11:45:00 +0000",
        "fmt": "alt", "html_style": "outlook",
        "text": """Dear Kim,

Our records show that you did not join the Microsoft Teams meeting for your interview for the Associate, Transaction Services position, scheduled today at 10:30 GMT. The interviewers waited for 15 minutes.

If there were technical difficulties or circumstances beyond your control, please reply to this email within two working days and we will consider whether it is possible to rearrange.

Kind regards,

Talent Acquisition Team
Sterling Morrow LLP

This email and any attachments are confidential and intended solely for the addressee.
""",
    },
    {
        "slug": "hm_on_zoom_terse", "kind": K, "lang": "en", "company": "Nimbus Freight",
        "contact": "joel@nimbusfreight.example.com",
        "frm": ("Joel Park", "joel@nimbusfreight.example.com"),
        "subject": "today", "date": "Fri, 13 Mar 2026 14:22:00 -0700",
        "text": """Hi Kim, we were on the zoom at 2 - did something come up? lmk if you still want to chat

Joel
""",
    },
    {
        "slug": "agency_client_waited", "kind": K, "lang": "en", "company": "Tremont Hotels Group",
        "contact": "sophie.r@staffline-recruit.example.com",
        "frm": ("Sophie Reyes", "sophie.r@staffline-recruit.example.com"),
        "subject": "What happened this morning?!", "date": "Mon, 16 Mar 2026 10:31:00 +0000",
        "text": """Kim,

The client (Tremont Hotels Group) just called me - they waited 20 minutes for you at reception for the 9.30 interview and you never arrived!! Is everything OK??

Please call me as soon as you get this, I might be able to smooth things over if we act fast!

Sophie
Staffline Recruit | 020 7946 0999
""",
    },
    {
        "slug": "school_did_not_attend_withdrawn", "kind": K, "lang": "en", "company": "Ravensworth High School",
        "contact": "j.pollard@ravensworth.example.org",
        "frm": ("Janet Pollard", "j.pollard@ravensworth.example.org"),
        "subject": "Interview - Teacher of English", "date": "Tue, 17 Mar 2026 13:00:00 +0000",
        "text": """Dear Kim

You were expected at 9.00am today for interview for the post of Teacher of English, but you did not attend and we had no message from you.

Unless we hear from you by 12 noon tomorrow, we will assume that you have withdrawn your application.

Regards
Janet Pollard
PA to the Headteacher
Ravensworth High School
""",
    },
    {
        "slug": "indian_not_available_revert", "kind": K, "lang": "en", "company": "Zenora Pharma",
        "contact": "talent.acquisition@zenorapharma.example.com",
        "frm": ("Talent Acquisition | Zenora Pharma", "talent.acquisition@zenorapharma.example.com"),
        "subject": "RE: Virtual Interview - Regulatory Affairs Associate", "date": "Wed, 18 Mar 2026 17:05:00 +0530", "reply": True,
        "cte": "7bit",
        "text": """Dear Kim,

You were not available for the virtual interview scheduled today at 3:30 PM IST with our panel. We waited in the meeting for more than 15 minutes and also tried to reach you on your registered mobile number.

Kindly revert with the reason and your availability, so that we can check with the panel for one more opportunity.

Regards,
Neha S.
Talent Acquisition | Zenora Pharma Ltd.
""",
    },
    {
        "slug": "nicht_erschienen_formal", "kind": K, "lang": "de", "company": "Kronberg Präzisionstechnik",
        "contact": "a.wegner@kronberg-praezision.example.com",
        "frm": ("Wegner, Andrea", "a.wegner@kronberg-praezision.example.com"),
        "subject": "Ihr Vorstellungsgespräch am 19.03.2026", "date": "Thu, 19 Mar 2026 11:20:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

zu dem für heute, 10:00 Uhr, vereinbarten Vorstellungsgespräch für die Position Konstrukteurin (m/w/d) sind Sie leider nicht erschienen. Auch telefonisch konnten wir Sie nicht erreichen.

Sollten Sie weiterhin Interesse an der Stelle haben, bitten wir Sie um eine kurze Rückmeldung bis Montag, 23.03.2026.

Mit freundlichen Grüßen
Andrea Wegner
Personalabteilung
Kronberg Präzisionstechnik GmbH
""",
    },
    {
        "slug": "im_call_vermisst", "kind": K, "lang": "de", "company": "Wolkenfabrik",
        "contact": "ben@wolkenfabrik.example.com",
        "frm": ("Ben Krüger", "ben@wolkenfabrik.example.com"),
        "subject": "Hab dich vermisst :)", "date": "Fri, 20 Mar 2026 16:45:00 +0100",
        "text": """Hey Kim,

wir saßen heute um 16 Uhr zu dritt im Google Meet und haben auf dich gewartet - du bist leider nicht aufgetaucht. Alles gut bei dir?

Wenn du noch Interesse hast, melde dich einfach, dann finden wir einen neuen Termin.

VG Ben
Wolkenfabrik - Head of Engineering
""",
    },
    {
        "slug": "tente_de_joindre", "kind": K, "lang": "fr", "company": "Atlantique Emballages",
        "contact": "m.guerin@atlantique-emballages.example.com",
        "frm": ("Mathilde Guérin", "m.guerin@atlantique-emballages.example.com"),
        "subject": "Entretien téléphonique de ce matin", "date": "Mon, 23 Mar 2026 11:30:00 +0100",
        "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Bonjour Kim,

Nous avons tenté de vous joindre à l'heure convenue (10h) pour l'entretien téléphonique concernant le poste d'acheteur·se industriel·le, sans succès. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressé(e) par le poste, n'hésitez pas à me recontacter afin de convenir d'un nouveau créneau.

Cordialement,
Mathilde Guérin
Chargée de recrutement - Atlantique Emballages
""",
    },
    {
        "slug": "te_esperamos_videollamada", "kind": K, "lang": "es", "company": "Mar Azul Hoteles",
        "contact": "r.castillo@marazulhoteles.example.com",
        "frm": ("Rocío Castillo", "r.castillo@marazulhoteles.example.com"),
        "subject": "Entrevista de hoy", "date": "Tue, 24 Mar 2026 13:15:00 +0100",
        "text": """Hola Kim:

Te estuvimos esperando en la videollamada de las 12:00 para la entrevista de Revenue Manager, pero no llegaste a conectarte. Te escribimos también por WhatsApp.

¿Ha pasado algo? Si sigues interesada, dime y buscamos otro hueco esta semana.

Un saludo,
Rocío Castillo
Talento y Cultura - Mar Azul Hoteles
""",
    },
]
