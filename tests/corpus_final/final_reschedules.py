"""Employer-side reschedules and cancellations for the final corpus."""

from make_final import ME, Spec, ics, q_de, q_gmail, q_outlook

K = "interview_reschedule_or_cancel"

SPECS = [
    Spec(
        K, "hm_sick_move", "en", ("Laura Chen", "laura.chen@beaconhill.example.com"),
        "Re: Interview Thursday", date="2026-02-11T07:05-05:00", company="Beacon Hill Partners",
        contact="laura.chen@beaconhill.example.com",
        text="""Hi Robin - so sorry, I've come down with something and need to push our 2pm tomorrow. Could we do Monday same time instead? Apologies for the short notice.

Laura

Sent from my iPhone

""" + q_gmail(ME, "Tue, Feb 10, 2026 at 3:30 PM", "Hi Laura, confirming Thursday at 2pm. Looking forward to it!\nRobin"),
    ),
    Spec(
        K, "ics_cancel_google", "en", ("Sam Adeyemi", "sam.adeyemi@crestline.example.com"),
        "Canceled event: Technical interview - Robin Okafor @ Tue Mar 10, 2026 4pm - 5pm (GMT)", date="2026-03-09T18:00+00:00",
        company="Crestline", contact="sam.adeyemi@crestline.example.com", fmt="alt",
        ics=ics("crestline-tech-robin-0310@crestline.example.com", "2026-03-10T16:00+00:00", 60,
                "Technical interview - Robin Okafor", ("Sam Adeyemi", "sam.adeyemi@crestline.example.com"), method="CANCEL", sequence=1),
        text="""This event has been canceled and removed from your calendar.

Technical interview - Robin Okafor
Tuesday Mar 10, 2026 4pm - 5pm (Greenwich Mean Time)

Organizer: Sam Adeyemi
Note from organizer: Hi Robin, the interviewer is out unexpectedly - I'll send new options tomorrow. Sorry!

Invitation from Google Calendar
""",
    ),
    Spec(
        K, "ics_updated_time", "en", ("Priyanka Shah", "priyanka.shah@aurorabio.example.com"),
        "Updated invitation: Final interview - Aurora Bio", date="2026-02-20T12:40-08:00", company="Aurora Bio",
        contact="priyanka.shah@aurorabio.example.com", fmt="alt", layout=1,
        ics=ics("aurora-final-okafor@aurorabio.example.com", "2026-02-27T10:00", 120, "Final interview - Robin Okafor",
                ("Priyanka Shah", "priyanka.shah@aurorabio.example.com"), sequence=2, tzid="America/Los_Angeles",
                location="Microsoft Teams Meeting"),
        text="""Hi Robin,

Due to a conflict on the panel we've moved your final interview from Wednesday Feb 25 to Friday Feb 27, 10:00 AM-12:00 PM PT. The updated invite is attached; the Teams link stays the same.

Please accept the new time or let me know if it doesn't work.

Best,
Priyanka Shah
Senior Recruiter, Aurora Bio
""",
    ),
    Spec(
        K, "interview_cancelled_req_closed", "en", ("Ben Hargreaves", "ben.hargreaves@millstone.example.co.uk"),
        "Tomorrow's interview", date="2026-01-20T17:55+00:00", company="Millstone Engineering",
        contact="ben.hargreaves@millstone.example.co.uk",
        text="""Hi Robin,

I'm sorry to do this at short notice but I need to cancel tomorrow's 10am interview. We've had an internal candidate come forward and the business has asked us to pause external interviews for the Controls Engineer role while that is looked at.

I'll come back to you as soon as I know more, hopefully within a fortnight.

Apologies again,
Ben

Ben Hargreaves
Talent Manager, Millstone Engineering
""",
    ),
    Spec(
        K, "agency_client_reschedule", "en", ("Zara Khan", "zara.khan@peakpeople.example.com"),
        "Change of time - Lumen Insurance!", date="2026-03-03T10:10+00:00", company="Lumen Insurance",
        contact="zara.khan@peakpeople.example.com", fmt="alt", layout=2,
        text="""Hi Robin!

Quick one - Lumen have asked if we can move your interview from Thursday 11am to Friday 3pm as the hiring manager has been pulled into a board meeting. Same Teams link!

Can you let me know if Friday works? Really sorry for the faff!!

Zara
Peak People Recruitment
07700 900 218
""",
    ),
    Spec(
        K, "ashby_reschedule_notice", "en", ("Gridwise", "no-reply@ashbyhq.example.com"),
        "Your interview with Gridwise has been rescheduled", date="2026-02-05T21:00+00:00", company="Gridwise",
        fmt="html", layout=0,
        text="""Hi Robin,

Your interview with Gridwise has been rescheduled.

Previous time: Monday, February 9, 2026 at 1:00 PM EST
New time: Tuesday, February 10, 2026 at 11:30 AM EST
Interviewer: Omar Saleh, Staff Engineer

The video link in your original confirmation is unchanged. Need a different time? Use https://jobs.ashbyhq.example.com/gridwise/reschedule/9f0d
""",
    ),
    Spec(
        K, "indian_postponed", "en", ("Anjali Verma", "anjali.verma@sapphirefin.example.in"),
        "Interview Postponed - Business Analyst", date="2026-02-14T09:15+05:30", company="Sapphire Finserv",
        contact="anjali.verma@sapphirefin.example.in",
        text="""Dear Robin,

Please note that your interview scheduled for today 14-Feb at 3 PM IST stands postponed due to unavailability of the panel. The revised schedule will be intimated to you shortly.

Regret the inconvenience caused.

Regards,
Anjali Verma
HR - Sapphire Finserv Ltd.
""",
    ),
    Spec(
        K, "outlook_teams_moved", "en", ("Rebecca Stone", "rstone@harwoodcouncil.example.gov"),
        "RE: Interview - IT Business Partner", date="2026-03-16T11:02-04:00", company="Harwood County",
        contact="rstone@harwoodcouncil.example.gov", fmt="alt", layout=1,
        text="""Good morning Robin,

Due to the county offices closing for the weather on Wednesday, we need to reschedule your panel interview. Would Friday, March 20 at 9:00 AM work? It will still be held via Microsoft Teams.

Thank you for your flexibility.

Rebecca Stone, SHRM-CP
Human Resources Generalist
Harwood County Government | (555) 010-4471

CONFIDENTIALITY NOTICE: This communication may contain information that is confidential or exempt from disclosure under applicable law.

""" + q_outlook(ME, ("Rebecca Stone", "rstone@harwoodcouncil.example.gov"), "Thursday, March 12, 2026 2:14 PM", "RE: Interview - IT Business Partner",
                "Hi Rebecca,\n\nThank you - Wednesday March 18 at 1:30 PM works well for me.\n\nBest regards,\nRobin Okafor"),
    ),
    Spec(
        K, "startup_cancel_funding", "en", ("Jonas Weber", "jonas@hivemind-labs.example.io"),
        "Cancelling Friday", date="2026-01-29T23:12+01:00", company="Hivemind Labs", contact="jonas@hivemind-labs.example.io",
        text="""Hey Robin,

Bad news, I have to cancel our interview on Friday. We just found out our bridge round is delayed and we've frozen all hiring until it closes. I didn't want to waste your time.

If things change in Q2 I'll reach out directly. Really sorry.

Jonas
co-founder, Hivemind Labs
""",
    ),
    Spec(
        K, "de_termin_verschoben", "de", ("Andrea Köhler", "andrea.koehler@isarwerke.example.de"),
        "Verschiebung Ihres Vorstellungsgesprächs", date="2026-02-17T13:22+01:00", company="Isarwerke",
        contact="andrea.koehler@isarwerke.example.de", fmt="alt", layout=1, charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Okafor,

leider müssen wir das für Donnerstag, 19. Februar, 10:00 Uhr vereinbarte Gespräch aus terminlichen Gründen verschieben. Wäre Ihnen alternativ Montag, der 23. Februar, um 14:30 Uhr möglich?

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Andrea Köhler
Human Resources
Isarwerke GmbH
""",
    ),
    Spec(
        K, "de_absage_termin_du", "de", ("Max Richter", "max@kiezkantine.example.de"),
        "Re: Termin morgen", date="2026-03-08T20:48+01:00", company="Kiezkantine", contact="max@kiezkantine.example.de",
        text="""Hi Robin,

sorry, ich muss unseren Termin morgen leider absagen - bei uns brennt gerade die Hütte (Launch). Können wir nächste Woche Dienstag oder Mittwoch nachholen? Uhrzeit such dir aus.

VG Max

""" + q_de(ME, "So., 8. März 2026 um 11:03", "Hi Max,\nbis morgen um 11, ich freu mich!\nRobin"),
    ),
    Spec(
        K, "fr_report_entretien", "fr", ("Nathalie Perrin", "n.perrin@atelier-boreal.example.fr"),
        "Report de notre entretien", date="2026-02-10T09:40+01:00", company="Atelier Boréal", contact="n.perrin@atelier-boreal.example.fr",
        text="""Bonjour Robin,

Je suis désolée, je dois reporter notre entretien prévu demain à 15h en raison d'un imprévu. Pourriez-vous me proposer deux ou trois créneaux en fin de semaine ou lundi prochain ?

Merci de votre compréhension et à très bientôt,

Nathalie Perrin
Responsable RH – Atelier Boréal
""",
    ),
    Spec(
        K, "fr_annulation_ics", "fr", ("Recrutement Cité Santé", "recrutement@citesante.example.fr"),
        "Annulation : Entretien – Robin Okafor", date="2026-03-02T16:30+01:00", company="Cité Santé",
        reply_to=("Hélène Marchand", "helene.marchand@citesante.example.fr"), contact="helene.marchand@citesante.example.fr",
        fmt="alt", layout=1,
        ics=ics("citesante-entretien-okafor@citesante.example.fr", "2026-03-05T11:00", 45, "Entretien – Robin Okafor",
                ("Hélène Marchand", "helene.marchand@citesante.example.fr"), method="CANCEL", sequence=1, tzid="Europe/Paris"),
        text="""Bonjour,

L'entretien du jeudi 5 mars à 11h est annulé. Mme Marchand reviendra vers vous rapidement pour fixer une nouvelle date.

Cordialement,
Le service Recrutement – Cité Santé
""",
    ),
    Spec(
        K, "es_cambio_hora", "es", ("Paula Serrano", "paula.serrano@olivarestech.example.es"),
        "Cambio de hora entrevista", date="2026-02-23T18:20+01:00", company="Olivares Tech", contact="paula.serrano@olivarestech.example.es",
        text="""Hola Robin!

Te escribo porque necesitamos cambiar la hora de la entrevista de mañana: en vez de a las 10:00 sería a las 12:30, porque a nuestro CTO le ha surgido un viaje. Si no te va bien dime y buscamos otro día.

Perdona las molestias!
Paula
""",
    ),
    Spec(
        K, "es_cancelada_formal", "es", ("RRHH Grupo Ibérica Seguros", "rrhh@ibericaseguros.example.es"),
        "Anulación de la entrevista del 12 de marzo", date="2026-03-10T10:00+01:00", company="Ibérica Seguros",
        reply_to=("Ricardo Molina", "rmolina@ibericaseguros.example.es"), contact="rmolina@ibericaseguros.example.es",
        fmt="html", layout=0, charset="iso-8859-1",
        text="""Estimado Sr. Okafor:

Por motivos organizativos nos vemos obligados a anular la entrevista prevista para el jueves 12 de marzo a las 9:30. Nos pondremos en contacto con usted en los próximos días para proponerle una nueva fecha.

Disculpe las molestias.

Ricardo Molina
Departamento de Recursos Humanos
""",
    ),
]
