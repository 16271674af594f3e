"""Fifth corpus: employer moves or cancels an interview, hand-written (see make_fifth.py)."""

K = "interview_reschedule_or_cancel"

MESSAGES = [
    {
        "slug": "interviewer_sick_mobile", "kind": K, "lang": "en", "company": "Brightwater Systems",
        "contact": "k.alvarez@brightwatersys.example.com",
        "frm": ("Kevin Alvarez", "k.alvarez@brightwatersys.example.com"),
        "subject": "Re: Interview tomorrow", "date": "Mon, 09 Mar 2026 19:02:00 -0700", "reply": True,
        "text": """Kim so sorry, I'm down with the flu. Can we push tomorrow's 10am to next Tues or Weds, same time? Apologies for the late notice

Kevin
Sent from my iPhone

> On Mar 5, 2026, at 3:12 PM, Kim Novak <kim.novak@example.org> wrote:
>
> Hi Kevin, Tuesday 10am works great, see you then. Kim
""",
    },
    {
        "slug": "outlook_canceled_ics", "kind": K, "lang": "en", "company": "Oakridge Freight",
        "contact": "p.naidoo@oakridgefreight.example.com",
        "frm": ("Naidoo, Priya", "p.naidoo@oakridgefreight.example.com"),
        "subject": "Canceled: Interview - Kim Novak - Logistics Coordinator", "date": "Tue, 10 Mar 2026 08:31:00 -0500",
        "fmt": "alt", "html_style": "outlook",
        "text": """Hi Kim,

Unfortunately I need to cancel our interview on Thursday as the hiring manager has been called out to our Memphis hub. I will be in touch by Friday with a couple of new times.

Apologies for the inconvenience.

Priya
""",
        "ics": {"start": "20260312T150000Z", "end": "20260312T160000Z", "uid": "040000008200E00074C5B7101A82E0080000000055AA66BB@oakridgefreight.example.com",
                 "organizer": ("Naidoo, Priya", "p.naidoo@oakridgefreight.example.com"), "method": "CANCEL", "status": "CANCELLED", "sequence": 1,
                 "summary": "Canceled: Interview - Kim Novak - Logistics Coordinator", "location": "Microsoft Teams Meeting",
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "slug": "updated_invitation_new_time", "kind": K, "lang": "en", "company": "Maplestone Insurance",
        "contact": "hannah.w@maplestone.example.com",
        "frm": ("Hannah Whitfield", "hannah.w@maplestone.example.com"),
        "hdrs": [("Sender", "Google Calendar <calendar-notification@google.com>")],
        "subject": "Updated invitation: Interview - Claims Data Analyst @ Wed 18 Mar 2026 2pm - 3pm (GMT) (kim.novak@example.org)",
        "date": "Fri, 13 Mar 2026 11:00:00 +0000",
        "text": """This event has been changed.

Interview - Claims Data Analyst
When: CHANGED: Wednesday 18 Mar 2026 2pm - 3pm (GMT)
(was Tuesday 17 Mar 2026 10am - 11am)
Joining info: meet.example.com/qpr-stuv-wxy

Hannah: sorry Kim, had to move this by a day - panel clash. Shout if the new time doesn't work.

Invitation from Google Calendar
""",
        "ics": {"start": "20260318T140000Z", "end": "20260318T150000Z", "uid": "7hq2w3e4r5t6y7u8i9o0@google.com", "sequence": 2,
                 "organizer": ("Hannah Whitfield", "hannah.w@maplestone.example.com"),
                 "summary": "Interview - Claims Data Analyst", "location": "meet.example.com/qpr-stuv-wxy"},
    },
    {
        "slug": "coordinator_conflict_repick", "kind": K, "lang": "en", "company": "Velora Games",
        "contact": "scheduling@velora.example.com",
        "frm": ("Velora Games Recruiting", "scheduling@velora.example.com"),
        "subject": "Your onsite with Velora Games - need to reschedule", "date": "Mon, 16 Mar 2026 14:14:00 -0800",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

I'm reaching out because two of your onsite interviewers for Friday (March 20) are now needed at a milestone review, and we need to reschedule your onsite loop for the Senior Technical Designer role.

I'm really sorry for the shuffle. Could you pick a new day using the link below? We've opened slots across the week of March 30.

https://velora.schedule.example.com/loop/8812

Thanks for your flexibility,
Nina Castellanos
Recruiting Coordinator, Velora Games
""",
    },
    {
        "slug": "agency_pushed_back", "kind": K, "lang": "en", "company": "Harrow & Finch",
        "contact": "jodie@peakpeople.example.com",
        "frm": ("Jodie Marsh", "jodie@peakpeople.example.com"),
        "subject": "Change of plan for Wednesday!", "date": "Tue, 17 Mar 2026 09:20:00 +0000",
        "text": """Hi Kim!

Quick one - Harrow & Finch have had to push back your interview from Wednesday to Thursday 11am, the Finance Director is stuck in an audit meeting!! Same place (their Leeds office) and same people.

Can you make Thursday?? Let me know and I'll confirm with them straight away!

Thanks!!
Jodie
Peak People Recruitment | Finance & Accountancy
""",
    },
    {
        "slug": "weather_moved_to_video", "kind": K, "lang": "en", "company": "Kestrel Packaging",
        "contact": "l.harper@kestrelpack.example.com",
        "frm": ("Lucy Harper", "l.harper@kestrelpack.example.com"),
        "subject": "Tomorrow's interview - change to video", "date": "Wed, 18 Mar 2026 15:47:00 +0000",
        "text": """Dear Kim,

Due to the amber weather warning for snow, we are cancelling all in-person interviews at the Kestrel site tomorrow. Your interview with Graham will instead go ahead by video call at the same time (10:00). I'll send a Teams link separately this evening.

If you would rather wait and come to site next week, just let me know and we can rebook.

Kind regards,
Lucy Harper
HR Advisor, Kestrel Packaging Ltd
""",
    },
    {
        "slug": "school_interview_day_moved", "kind": K, "lang": "en", "company": "Hollins Park School",
        "contact": "hr@hollinspark.example.org",
        "frm": ("Hollins Park School - HR", "hr@hollinspark.example.org"),
        "subject": "Change of interview date - Teacher of Science", "date": "Thu, 19 Mar 2026 12:30:00 +0000",
        "text": """Dear Kim

I am writing to let you know that we have had to move the interview day for Teacher of Science from Monday 23rd March to Wednesday 25th March, as the school has been notified of an inspection early next week.

The timetable for the day is otherwise unchanged (arrival 8.30am). Please could you confirm whether you are still able to attend.

Apologies for any inconvenience caused.

Yours sincerely
Mr D. Okoye
HR Manager, Hollins Park School
""",
    },
    {
        "slug": "british_postpone", "kind": K, "lang": "en", "company": "Larkspur Energy",
        "contact": "fiona.blake@larkspur-energy.example.com",
        "frm": ("Fiona Blake", "fiona.blake@larkspur-energy.example.com"),
        "subject": "RE: Interview on Friday", "date": "Thu, 19 Mar 2026 17:10:00 +0000", "reply": True,
        "fmt": "alt", "html_style": "outlook",
        "text": """Hi Kim,

I'm afraid we'll need to postpone Friday's interview - James has had a family matter come up and is out for the rest of the week. I'm so sorry to do this at short notice.

Would Tuesday 31st at 2pm or Wednesday 1st at 9.30am suit instead?

Many thanks,
Fiona

Fiona Blake | Talent Acquisition | Larkspur Energy

From: Kim Novak <kim.novak@example.org>
Sent: 16 March 2026 08:55
To: Fiona Blake <fiona.blake@larkspur-energy.example.com>
Subject: Interview on Friday

Hi Fiona, just confirming I'll be there Friday at 11. Best, Kim
""",
    },
    {
        "slug": "indian_preponed", "kind": K, "lang": "en", "company": "Kaveri Textiles",
        "contact": "hr.recruitment@kaveritextiles.example.com",
        "frm": ("HR Recruitment - Kaveri Textiles", "hr.recruitment@kaveritextiles.example.com"),
        "subject": "Change in Interview Timing - Production Planning Executive", "date": "Fri, 20 Mar 2026 08:10:00 +0530",
        "cte": "7bit",
        "text": """Dear Candidate,

Due to unavoidable circumstances, the virtual interview scheduled for today at 3:00 PM has been preponed to 11:30 AM IST. The meeting link remains the same.

Kindly confirm your availability for the revised timing at the earliest. In case the new timing is not feasible, please revert with suitable slots for Monday.

Regards,
Deepa N.
HR Recruitment Team
Kaveri Textiles Ltd., Coimbatore
""",
    },
    {
        "slug": "terminverschiebung_formal", "kind": K, "lang": "de", "company": "Hanse Containerdienst",
        "contact": "m.lorenz@hanse-container.example.com",
        "frm": ("Lorenz, Markus", "m.lorenz@hanse-container.example.com"),
        "subject": "Terminverschiebung Ihres Vorstellungsgesprächs am 26.03.", "date": "Mon, 23 Mar 2026 10:05:00 +0100",
        "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

aufgrund einer kurzfristigen Terminkollision in unserer Geschäftsleitung müssen wir Ihr Vorstellungsgespräch am Donnerstag, 26.03.2026, leider verschieben.

Als Ersatztermine können wir Ihnen Dienstag, 31.03., um 10:00 Uhr oder Donnerstag, 02.04., um 14:00 Uhr anbieten. Bitte teilen Sie uns mit, welcher Termin Ihnen besser passt.

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Markus Lorenz
Personalleiter
Hanse Containerdienst GmbH, Bremerhaven
""",
    },
    {
        "slug": "call_schieben_casual", "kind": K, "lang": "de", "company": "Zugvogel Studios",
        "contact": "pia@zugvogel.example.com",
        "frm": ("Pia Hoffmann", "pia@zugvogel.example.com"),
        "subject": "Können wir schieben?", "date": "Tue, 24 Mar 2026 08:02:00 +0100",
        "text": """Moin Kim,

sorry für die Kurzfristigkeit - können wir unseren Call heute um 15 Uhr auf Donnerstag schieben? Gleiche Uhrzeit? Bei uns brennt gerade der Build für die Messe.

Danke dir & sorry nochmal!
Pia

Gesendet von meinem iPhone
""",
    },
    {
        "slug": "behoerde_termin_entfaellt", "kind": K, "lang": "de", "company": "Bezirksamt Lindenau",
        "contact": "bewerbung@ba-lindenau.test",
        "frm": ("Bezirksamt Lindenau - Personalservice", "bewerbung@ba-lindenau.test"),
        "subject": "Ihr Auswahlgespräch am 02.04.2026 - Terminänderung", "date": "Wed, 25 Mar 2026 13:45:00 +0100",
        "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

leider muss der Termin für Ihr Auswahlgespräch am 02.04.2026 um 09:00 Uhr aus organisatorischen Gründen entfallen, da die Auswahlkommission an diesem Tag nicht vollständig besetzt werden kann.

Wir werden Ihnen in Kürze einen neuen Termin mitteilen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Mit freundlichen Grüßen
Im Auftrag
R. Schubert
Bezirksamt Lindenau - Serviceeinheit Personal
""",
    },
    {
        "slug": "report_entretien", "kind": K, "lang": "fr", "company": "Clinique du Parc",
        "contact": "drh@cliniqueduparc.example.com",
        "frm": ("DRH Clinique du Parc", "drh@cliniqueduparc.example.com"),
        "subject": "Report de votre entretien du 27 mars", "date": "Thu, 26 Mar 2026 16:00:00 +0100",
        "text": """Madame,

En raison d'une indisponibilité imprévue du Directeur des soins, nous sommes contraints de reporter votre entretien prévu le vendredi 27 mars à 10h.

Nous vous proposons le mardi 31 mars à 10h ou le mercredi 1er avril à 15h. Merci de nous indiquer le créneau qui vous convient.

Avec toutes nos excuses,

Nathalie Perrin
Chargée RH - Clinique du Parc, Grenoble
""",
    },
    {
        "slug": "on_decale_informel", "kind": K, "lang": "fr", "company": "Ludik Factory",
        "contact": "max@ludikfactory.example.com",
        "frm": ("Max", "max@ludikfactory.example.com"),
        "subject": "Re: visio jeudi", "date": "Wed, 01 Apr 2026 11:11:00 +0200", "reply": True,
        "text": """Coucou Kim,

Petit souci de planning de notre côté, on peut décaler la visio de jeudi à lundi prochain ? Même heure, 17h. Dis-moi si ça te va !

Max

Le lun. 30 mars 2026 à 09:12, Kim Novak <kim.novak@example.org> a écrit :
> Super, jeudi 17h c'est parfait pour moi. À jeudi !
""",
    },
    {
        "slug": "cambio_hora_entrevista", "kind": K, "lang": "es", "company": "Aceitera del Sur",
        "contact": "l.moreno@aceiteradelsur.example.com",
        "frm": ("Lucía Moreno", "l.moreno@aceiteradelsur.example.com"),
        "subject": "Cambio de hora - entrevista Técnico de Calidad", "date": "Thu, 02 Apr 2026 09:30:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Buenos días, Kim:

Le escribo para informarle de que nos vemos obligados a modificar la hora de su entrevista del próximo lunes 6 de abril. En lugar de a las 10:00, la entrevista tendrá lugar a las 12:30, en el mismo lugar (planta de Jaén).

Le ruego que nos confirme si le viene bien el nuevo horario.

Disculpe las molestias.

Lucía Moreno
Recursos Humanos - Aceitera del Sur, S.L.
""",
    },
    {
        "slug": "cancelamos_jueves_informal", "kind": K, "lang": "es", "company": "Rumbo Digital",
        "contact": "carla@rumbodigital.example.com",
        "frm": ("Carla Vidal", "carla@rumbodigital.example.com"),
        "subject": "Lo del jueves", "date": "Tue, 07 Apr 2026 18:40:00 +0200",
        "text": """Hola Kim!

Oye, perdona pero tenemos que cancelar la entrevista del jueves, a nuestro CTO le ha salido un viaje a última hora. ¿Te va bien la semana que viene? Te propongo martes a las 16h o miércoles a las 10h.

Mil perdones!
Carla
Rumbo Digital
""",
    },
]
