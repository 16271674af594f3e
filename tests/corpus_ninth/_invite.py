"""Ninth corpus: interview invitations (scheduling links, phone screens, panels, agencies, ICS)."""

from functools import partial

from _spec import Ics, Spec, french, gmail, outlook

INV = partial(Spec, "interview_invitation")

SPECS = [
    INV("calendly_screen", "en", "Lumora Health", "jess.park@lumorahealth.example.com",
        "Jess Park <jess.park@lumorahealth.example.com>", "Lumora Health - Product Designer",
        """Hi Inés,

Thanks for applying to the Product Designer role at Lumora! I'd love to set up a 30 minute intro call to learn more about you and tell you a bit about the team.

You can grab any time that works for you here: https://calendly.example.com/jess-park-lumora/30min

Talk soon,
Jess

Jess Park (she/her)
Talent Acquisition, Lumora Health""",
        "2026-09-02T16:20:00-04:00", fmt="alt", cte="qp"),

    INV("quick_chat_founder", "en", "Kettle & Kiln", "oli@kettleandkiln.example.com",
        "Oli Brennan <oli@kettleandkiln.example.com>", "Quick question",
        """hey Inés - saw your portfolio via the Dribbble post, really liked the onboarding case study.

would you be free for a quick chat this week about a design role at Kettle & Kiln? we're small (12 ppl), mostly remote, Lisbon-friendly. thurs or fri afternoon work for you?

oli""",
        "2026-09-07T19:02:00+01:00"),

    INV("goodtime_panel", "en", "Trellis Analytics", "",
        "Trellis Analytics Recruiting <scheduling@goodtime.example.io>",
        "Action required: select times for your Trellis Analytics interview",
        """Hi Inés,

Congratulations on moving forward in the process for Senior UX Researcher at Trellis Analytics!

The next step is a virtual panel interview (3 x 45 minutes) with members of our Research and Product teams. Please select your availability using the link below within the next 48 hours:

https://app.goodtime.example.io/availability/7fK2mQ9x

Once you submit, we'll confirm the schedule and send calendar invites with Zoom details.

Best,
Trellis Analytics Recruiting Coordination""",
        "2026-09-09T14:00:00+00:00", fmt="html", html_style="ats", cte="qp"),

    INV("uk_phone_screen", "en", "Marlowe Insurance Group", "kate.bellamy@marlowe.example.co.uk",
        "Kate Bellamy <kate.bellamy@marlowe.example.co.uk>", "Re: your application",
        """Hi Inés,

Thanks for your application for the UX Designer role - I'd like to arrange a short telephone screen (20-25 mins) to go through your experience and the role in a bit more detail.

Would Wednesday 16th at 11am or Thursday 17th at 2pm (UK time) suit? If neither works let me know some times that do and I'll do my best to accommodate.

Kind regards,
Kate

Kate Bellamy | Talent Acquisition Partner
Marlowe Insurance Group
M: 07700 900218

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Thu, 10 Sep 2026 at 08:31",
            "Dear Kate,\n\nPlease find attached my CV and portfolio for the UX Designer role.\n\nKind regards,\nInés Kowalczyk"),
        "2026-09-11T10:12:00+01:00", in_reply_to="auto", fmt="alt", html_style="outlook", cte="qp"),

    INV("ics_onsite_berlin", "en", "Nordlicht Mobility", "f.schulze@nordlicht.example.de",
        "Franziska Schulze <f.schulze@nordlicht.example.de>",
        "Invitation: On-site interview Product Designer @ Fri 25 Sep 2026 10:00 - 12:30 (CEST)",
        """Hi Inés,

as discussed on the phone, here's the invite for your on-site round at our Berlin office. You'll meet Jonas (Design Lead), Aylin (PM) and me. Plan for about 2.5 hours including a short portfolio presentation (20 min).

Address: Nordlicht Mobility, Schlesische Str. 27, 10997 Berlin, 3rd floor. Just ring at reception.

See you then!
Franziska""",
        "2026-09-15T11:00:00+02:00", fmt="alt", cte="qp",
        ics=Ics("On-site interview Product Designer - Inés Kowalczyk", "2026-09-25T10:00:00+02:00",
                150, organizer="Franziska Schulze <f.schulze@nordlicht.example.de>",
                location="Schlesische Str. 27, 10997 Berlin", uid="cc7a751468b6651ce6439c33")),

    INV("agency_exclaim", "en", "Bramblewood Foods", "chloe@pinnaclepeople.example.co.uk",
        "Chloe Danvers <chloe@pinnaclepeople.example.co.uk>", "GREAT NEWS!!",
        """Hi Ines!!

Great news - Bramblewood Foods LOVED your CV and want to meet you!! 🎉

They're proposing a 1st stage video interview with Ahmed (Head of Digital) on Tuesday 22nd Sept, either 10am or 3pm UK time. It'll be about 45 mins, mostly portfolio + a chat about their new ordering app.

Can you let me know ASAP which slot works?? They're moving quickly on this one!

Speak soon!!
Chloe

Chloe Danvers | Recruitment Consultant | Pinnacle People
07700 900778 | www.pinnaclepeople.example.co.uk""",
        "2026-09-16T09:47:00+01:00"),

    INV("de_einladung_formal", "de", "Stadtwerke Auental", "bewerbung@stadtwerke-auental.example.de",
        "Stadtwerke Auental - Personal <bewerbung@stadtwerke-auental.example.de>",
        "Einladung zum Vorstellungsgespräch – UX Designer (m/w/d)",
        """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:

Termin: Dienstag, 29. September 2026, 14:00 Uhr
Ort: Stadtwerke Auental, Verwaltungsgebäude, Raum 2.14, Am Kraftwerk 3, 79100 Freiburg
Gesprächspartner: Herr Dr. Wendt (Bereichsleitung Digitalisierung), Frau Aksoy (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, schlagen Sie uns gern Alternativen vor. Reisekosten werden nach Bundesreisekostengesetz erstattet.

Mit freundlichen Grüßen
i. A. Derya Aksoy
Personalabteilung
Stadtwerke Auental GmbH""",
        "2026-09-17T08:52:00+02:00", charset="iso-8859-1", cte="qp", encode_subject=True),

    INV("greenhouse_self_schedule", "en", "Fathom Labs", "",
        "Fathom Labs <no-reply@us.greenhouse-mail.io>", "Schedule your interview with Fathom Labs",
        """Hi Inés,

We'd love to move you to the next stage for the Product Designer, Platform role!

Please use the link below to choose a time for a 60-minute portfolio review with our design team:

https://app.greenhouse.example.io/scheduling/self_schedule/abc123xyz

If none of the available times work, reply to your recruiter and we'll find another slot.

Thanks,
Fathom Labs Recruiting""",
        "2026-09-18T20:15:00+00:00", fmt="alt", html_style="ats", cte="b64"),

    INV("fr_entretien_visio", "fr", "Brume & Cie", "helene.marchal@brume-cie.example.fr",
        "Hélène Marchal <helene.marchal@brume-cie.example.fr>", "Entretien - Product Designer",
        """Bonjour Inés,

Merci pour votre candidature, votre portfolio nous a beaucoup plu !

Seriez-vous disponible pour un premier échange en visio (45 min environ) avec notre Lead Designer et moi-même ? Nous vous proposons le mercredi 30 septembre à 10h ou le jeudi 1er octobre à 16h (heure de Paris).

Le lien Google Meet vous sera envoyé dès confirmation du créneau.

Bien à vous,

Hélène Marchal
Talent Acquisition Manager
Brume & Cie – 22 rue de Paradis, 75010 Paris""",
        "2026-09-21T15:33:00+02:00", fmt="alt", cte="qp"),

    INV("es_entrevista_tecnica", "es", "Cometa Pagos", "javier.ortega@cometapagos.example.es",
        "Javier Ortega <javier.ortega@cometapagos.example.es>", "Siguiente fase - Senior Product Designer",
        """Hola Inés:

¡Enhorabuena! Has pasado a la siguiente fase del proceso de Senior Product Designer en Cometa Pagos.

La siguiente etapa es una entrevista técnica de 90 minutos con dos personas del equipo de diseño, en la que trabajaremos sobre un caso práctico en directo. Te propongo el lunes 5 de octubre a las 11:00 (hora peninsular), por Google Meet. ¿Te encaja?

Un saludo,
Javier Ortega
Talent Partner · Cometa Pagos""",
        "2026-09-23T12:04:00+02:00", cte="b64"),

    INV("ics_teams_panel_outlook", "en", "Averon Engineering", "lucy.tan@averon.example.com",
        "\"Tan, Lucy\" <lucy.tan@averon.example.com>", "Interview - UX Designer (Digital Twin) - Averon",
        """Hi Inés,

Please find attached a Teams invitation for your second-round interview for the UX Designer (Digital Twin) position.

Panel: Mark Reilly (Principal Engineer), Anika Bose (Product Owner), Lucy Tan (HR)
Format: competency-based questions followed by a 20 minute presentation of a project of your choice.

Please accept the invitation to confirm your attendance.

Regards,
Lucy

Lucy Tan
HR Business Partner | Averon Engineering Ltd
Registered in England No. 0231145. The information in this email is confidential and may be legally privileged.""",
        "2026-09-24T13:20:00+01:00", fmt="alt", html_style="outlook", cte="qp",
        ics=Ics("Interview - UX Designer - Inés Kowalczyk", "2026-10-01T14:00:00+01:00", 75,
                location="Microsoft Teams Meeting",
                description="Join on your computer or mobile app: https://teams.example.com/l/meetup-join/19%3ameeting")),

    INV("indian_do_revert", "en", "Kavya Infotech", "anand.k@kavyainfotech.example.in",
        "Anand Kumar <anand.k@kavyainfotech.example.in>", "Interview schedule for Product Designer profile",
        """Hi Ines,

Hope you are doing well.

Your profile has been shortlisted for the Product Designer position. We would like to schedule the first round of technical discussion with our Design Head on 29th Sep (Tuesday) at 3:00 PM IST / 11:30 AM CEST over MS Teams.

Kindly confirm your availability for the same and do revert with your current CTC, expected CTC and notice period.

Thanks & Regards,
Anand Kumar
HR Executive | Kavya Infotech Pvt Ltd""",
        "2026-09-25T10:22:00+05:30"),

    INV("next_round_terse", "en", "Saltmarsh", "kit@saltmarsh.example.com",
        "Kit Morgan <kit@saltmarsh.example.com>", "Re: Saltmarsh / next steps",
        """Inés - great chat yesterday. Team wants to do a next round w/ our CTO + head of product. Can you do Mon 5th or Tue 6th, anytime after 2pm Lisbon?

K

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Wed, 30 Sep 2026 at 18:44",
            "Hi Kit,\n\nThanks so much for the conversation today, really enjoyed hearing about the roadmap.\n\nBest,\nInés"),
        "2026-10-01T09:05:00+01:00", in_reply_to="auto"),

    INV("de_du_videocall", "de", "Flinkwerk", "jana@flinkwerk.example.de",
        "Jana Oswald <jana@flinkwerk.example.de>", "Kennenlernen?",
        """Hi Inés,

danke für deine Bewerbung als UX Researcherin! Wir würden dich gern in einem ersten Videocall (ca. 30 Min.) kennenlernen.

Such dir einfach einen Slot aus, der dir passt: https://cal.example.com/flinkwerk/kennenlernen

Bis bald!
Jana
People & Culture · Flinkwerk""",
        "2026-10-02T10:30:00+02:00", fmt="alt", cte="qp"),

    INV("lever_take_home_review", "en", "Harbour Line Ferries", "",
        "Harbour Line Ferries <no-reply@hire.lever.example.co>",
        "Harbour Line Ferries: invitation to interview",
        """Hi Inés,

Thanks for submitting your design exercise. The team would like to invite you to a 60-minute review session where you'll walk us through your approach, followed by Q&A.

Please book a slot here: https://jobs.lever.example.co/harbourline/interview/9d8c7b

Interviewers: Priyanka Shah (Design Manager), Tom Ellery (Senior Product Designer)

Best regards,
Harbour Line Ferries Talent Team""",
        "2026-10-05T15:45:00+00:00", fmt="html", html_style="ats", cte="qp"),

    INV("fr_entretien_ics", "fr", "Coopérative Lumière", "rh@cooplumiere.example.fr",
        "RH Coopérative Lumière <rh@cooplumiere.example.fr>", "Invitation : Entretien UX Researcher",
        """Bonjour Madame Kowalczyk,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de UX Researcher, le mardi 13 octobre 2026 de 14h30 à 15h30, dans nos locaux nantais.

Vous trouverez ci-joint l'invitation à ajouter à votre agenda. Merci de nous confirmer votre présence.

Cordialement,

Service des Ressources Humaines
Coopérative Lumière
5 quai de la Fosse, 44000 Nantes""",
        "2026-10-06T09:10:00+02:00", fmt="alt", cte="qp", encode_subject=True,
        ics=Ics("Entretien UX Researcher – Inés Kowalczyk", "2026-10-13T14:30:00+02:00", 60,
                location="5 quai de la Fosse, 44000 Nantes")),

    INV("es_llamada_rapida", "es", "Verbena Hoteles", "nuria.campos@verbenahoteles.example.es",
        "Nuria Campos <nuria.campos@verbenahoteles.example.es>", "Tu candidatura en Verbena",
        """Hola Inés,

Soy Nuria, del equipo de Talento de Verbena Hoteles. Hemos visto tu candidatura para Diseñadora de Producto Digital y nos encantaría conocerte.

¿Tendrías 20 minutos para una llamada rápida esta semana? Yo tengo hueco el miércoles por la mañana o el jueves después de comer. Dime qué te viene mejor y te llamo al número de tu CV.

¡Gracias!
Nuria""",
        "2026-10-07T11:55:00+02:00", charset="windows-1252", cte="qp"),

    INV("agency_de_kunde_will_kennenlernen", "de", "Elbtal Pharma", "s.yilmaz@kopfwerk-recruiting.example.de",
        "Selin Yılmaz <s.yilmaz@kopfwerk-recruiting.example.de>", "Elbtal Pharma möchte Sie kennenlernen",
        """Hallo Frau Kowalczyk,

gute Nachrichten: Elbtal Pharma hat sich Ihr Profil angesehen und möchte Sie gern zu einem ersten Gespräch (Teams, ca. 45 Minuten) mit der Leiterin UX, Frau Dr. Hellwig, einladen.

Mögliche Termine:
- Mi, 14.10., 09:30 Uhr
- Do, 15.10., 13:00 Uhr
- Fr, 16.10., 11:00 Uhr

Geben Sie mir einfach kurz Bescheid, welcher Termin Ihnen passt – ich koordiniere dann alles Weitere.

Viele Grüße
Selin Yılmaz
Senior Recruiterin | Kopfwerk Recruiting GmbH
Tel.: +49 40 8899 1203""",
        "2026-10-08T16:12:00+02:00", fmt="alt", cte="qp", encode_subject=True),

    INV("workday_interview_scheduled", "en", "Castellane Hotels & Resorts", "",
        "Castellane Hotels & Resorts <castellane@myworkday.com>",
        "Interview Scheduled - Digital Experience Designer",
        """Dear Inés,

An interview has been scheduled for you for the Digital Experience Designer position.

Date: Thursday, October 15, 2026
Time: 3:00 PM - 4:00 PM (WET)
Location: Virtual - a Zoom link will be provided by your interviewer
Interviewer(s): Beatriz Nogueira, Head of Guest Digital

If you are unable to attend, please contact your recruiter.

Castellane Hotels & Resorts Talent Acquisition""",
        "2026-10-09T02:31:00+00:00", fmt="html", html_style="ats", cte="b64",
        ics=Ics("Interview: Digital Experience Designer", "2026-10-15T15:00:00+01:00", 60,
                organizer="Castellane Hotels & Resorts <castellane@myworkday.com>", location="Zoom")),

    INV("reply_chain_availability", "en", "Pebblestack", "maya.lindqvist@pebblestack.example.com",
        "Maya Lindqvist <maya.lindqvist@pebblestack.example.com>", "RE: UX Researcher - Pebblestack",
        """Hi Inés,

Perfect - thank you. I've booked you in with Ravi (our Research Lead) for a 45 min interview on Tuesday 20 October at 13:00 CET. Invite with the Google Meet link is on its way.

Anything you need in the meantime, just shout.

Maya

""" + outlook("Inés Kowalczyk <ines.kowalczyk@example.net>", "Friday, October 9, 2026 5:10 PM",
              "Maya Lindqvist <maya.lindqvist@pebblestack.example.com>", "RE: UX Researcher - Pebblestack",
              """Hi Maya,

Tuesday or Wednesday early afternoon would be best for me.

Best,
Inés""") + "\n\n" + outlook("Maya Lindqvist <maya.lindqvist@pebblestack.example.com>",
              "Friday, October 9, 2026 2:02 PM", "Inés Kowalczyk <ines.kowalczyk@example.net>",
              "UX Researcher - Pebblestack",
              """Hi Inés,

Thanks for your application! Could you share some availability next week for an interview with our Research Lead?

Maya Lindqvist
Talent Partner, Pebblestack"""),
        "2026-10-12T09:18:00+02:00", in_reply_to="auto", fmt="alt", html_style="outlook", cte="qp"),

    INV("smartrecruiters_video", "en", "Gullwing Airlines", "",
        "Gullwing Airlines Careers <noreply@smartrecruiters.example.com>",
        "Gullwing Airlines: Next step - video interview",
        """Hello Inés,

Great news! We have reviewed your application for UX Designer - Booking & Loyalty and would like to invite you to a video interview.

Please choose a time that suits you: https://www.smartrecruiters.example.com/interview/schedule/5512abc

The interview will last about 40 minutes and will be held on Microsoft Teams.

Kind regards,
Gullwing Airlines Recruitment""",
        "2026-10-14T07:40:00+00:00", fmt="html", html_style="ats", cte="qp"),

    INV("university_research_role", "en", "University of Eastbridge", "d.achterberg@eastbridge.example.ac.uk",
        "Dr Dirk Achterberg <d.achterberg@eastbridge.example.ac.uk>",
        "Interview: Research Associate (Human-Centred Design), ref EB-3391",
        """Dear Ms Kowalczyk,

I am pleased to inform you that you have been shortlisted for interview for the post of Research Associate (Human-Centred Design).

Interviews will take place on Wednesday 28 October 2026 in the School of Design, Halliwell Building. Your interview is at 11:15 and will last approximately 45 minutes, preceded by a 10 minute presentation on "Participatory methods in public-sector design".

Please confirm by return whether you are able to attend and let us know of any adjustments you may require.

Yours sincerely,

Dr Dirk Achterberg
Senior Lecturer, School of Design
University of Eastbridge""",
        "2026-10-16T12:00:00+01:00", charset="windows-1252", cte="qp"),

    INV("es_recruiter_ics_meet", "es", "Sendero Viajes", "marta.gil@senderoviajes.example.es",
        "Marta Gil <marta.gil@senderoviajes.example.es>",
        "Invitación: Entrevista Product Designer - Sendero Viajes",
        """Hola Inés,

Como hablamos por teléfono, te envío la invitación para la entrevista con Pablo (Head of Product) y Ana (UX Lead) el jueves 22 de octubre a las 16:00.

Será por Google Meet, el enlace está en la invitación. Si necesitas cambiar algo, dímelo sin problema.

Un saludo,
Marta Gil
Talent Acquisition · Sendero Viajes""",
        "2026-10-16T17:20:00+02:00", fmt="alt", cte="b64",
        ics=Ics("Entrevista Product Designer - Inés Kowalczyk", "2026-10-22T16:00:00+02:00", 60,
                location="https://meet.example.com/abc-defg-hij", uid="0b7e0e57d4f1a2c3d4e5f601")),

    INV("fr_recruteur_cabinet_rdv", "fr", "Banque Hélvia", "thomas.lefevre@arcadie-rh.example.fr",
        "Thomas Lefèvre <thomas.lefevre@arcadie-rh.example.fr>", "RE: Poste Lead UX - Banque Hélvia",
        """Bonjour Inés,

Très bonne nouvelle : Banque Hélvia souhaite vous rencontrer pour le poste de Lead UX ! Le premier entretien se ferait avec la Directrice Expérience Client, en visio, d'une durée d'une heure.

Ils proposent le lundi 2 novembre à 9h30 ou le mardi 3 à 17h. Pouvez-vous me dire ce qui vous convient le mieux ?

Bien cordialement,
Thomas Lefèvre
Consultant – Arcadie RH

""" + french("Inés Kowalczyk <ines.kowalczyk@example.net>", "lun. 19 oct. 2026 à 10:12",
             "Bonjour Thomas,\n\nMerci pour votre appel, je vous confirme mon intérêt pour le poste.\n\nBien à vous,\nInés"),
        "2026-10-21T11:40:00+02:00", in_reply_to="auto", cte="qp"),

    INV("ashby_final_round", "en", "Meridian Robotics", "",
        "Meridian Robotics <no-reply@ashbyhq.example.com>",
        "Meridian Robotics - Final round interviews",
        """Hi Inés,

The team really enjoyed meeting you, and we'd love to invite you to the final round for the Senior Product Designer (Fleet Tools) role.

The final round is a half day on-site at our Porto office and includes:
- Design deep-dive (60 min)
- Cross-functional collaboration (45 min)
- Values conversation with our Head of Design (30 min)

Please use this link to share your availability for the week of 9 November: https://jobs.ashbyhq.example.com/meridian/availability/4b1c

Looking forward to it,
Meridian Robotics Recruiting""",
        "2026-10-27T18:00:00+00:00", fmt="alt", html_style="ats", cte="qp"),
]
