"""Sixty-second corpus: interview invitations, employer reschedules/cancellations and no-show notices."""

from __future__ import annotations

from msgs62_common import ics

INVITES = [
    {"kind": "interview_invitation", "name": "calendly_phone_screen", "lang": "en", "company": "Tallgrass Software", "contact": "megan.li@tallgrass.example.com",
         "frm": ("Megan Li", "megan.li@tallgrass.example.com"),
         "subject": "Tallgrass - Product Marketing Manager, Integrations", "date": "2026-01-27T10:22:00-06:00", "body": """
Hi Jordan,

Thanks for applying to Tallgrass! I'm the recruiter supporting our Product Marketing Manager, Integrations role and I'd love to set up a 30-minute phone screen to learn more about your background and share more about the team.

Please grab a time that works for you here: https://calendly.example.com/megan-li-tallgrass/30min

Talk soon,
Megan

Megan Li | Recruiter | Tallgrass Software
"""},
    {"kind": "interview_invitation", "name": "quick_chat_hiring_manager", "lang": "en", "company": "Bixby Labs", "contact": "arjun@bixbylabs.example.com",
         "frm": ("Arjun Mehta", "arjun@bixbylabs.example.com"),
         "subject": "Quick question", "date": "2026-02-04T21:03:00-08:00", "body": """
Hey Jordan - Arjun here, I lead growth at Bixby. Saw your app for the lifecycle role. Would you be free for a quick chat Thursday or Friday afternoon? 20 min, nothing formal. Just reply w/ a time that works and I'll send an invite.

-A

Sent from my iPhone
"""},
    {"kind": "interview_invitation", "name": "goodtime_panel_onsite", "lang": "en", "company": "Brightwater Foods", "contact": "kelsey.m@brightwaterfoods.example.com",
         "frm": ("Brightwater Foods Recruiting", "scheduling@goodtime.io"),
         "reply_to": ("Kelsey Moran", "kelsey.m@brightwaterfoods.example.com"),
         "subject": "Action requested: select your onsite interview availability - Brightwater Foods", "date": "2026-02-16T09:00:00-06:00",
         "fmt": "html", "style": "ats", "body": """
Hi Jordan,

Congratulations on moving forward to the onsite panel interview for Senior Brand Manager at Brightwater Foods!

The panel will include four 45-minute conversations with members of the brand, insights and sales teams at our West Loop office (1000 W Fulton Market, Chicago).

Please select all times you're available over the next two weeks using the link below, and we'll confirm a slot within one business day:

Select availability: https://goodtime.example.io/a/7Kq2xR

If you need any accommodations, just reply to this email.

Kelsey Moran, Talent Partner
"""},
    {"kind": "interview_invitation", "name": "next_round_with_ics", "lang": "en", "company": "Ledgerline", "contact": "priya.raman@ledgerline.example.com",
         "frm": ("Priya Raman", "priya.raman@ledgerline.example.com"),
         "subject": "Invitation: Jordan C-W / Marcus Bell - Hiring Manager Interview @ Wed Feb 11, 2026 1pm - 1:45pm (EST)",
         "date": "2026-02-06T14:10:00-05:00",
         "ics": ics("c62-ledgerline-hm@ledgerline.example.com", "20260211T130000", "20260211T134500",
                 "Jordan C-W / Marcus Bell - Hiring Manager Interview", "priya.raman@ledgerline.example.com",
                 tzid="America/New_York", location="https://meet.example.com/abc-defg-hij"),
         "body": """
Hi Jordan,

Great news - Marcus would love to move you to the next stage! I've put 45 minutes on the calendar for Wednesday at 1pm ET with Marcus Bell, our Director of Lifecycle Marketing. He'll dig into how you've run CRM programs and measurement.

Google Meet link is in the invite. Let me know if the time doesn't work.

Priya
"""},
    {"kind": "interview_invitation", "name": "agency_many_exclamations", "lang": "en", "company": "Oakridge Beverage", "contact": "nikki.s@keystonepartners.example.com",
         "frm": ("Nikki Sorensen", "nikki.s@keystonepartners.example.com"),
         "subject": "GREAT NEWS!!", "date": "2026-02-20T08:05:00-06:00", "body": """
Hi Jordan!!

Oakridge Beverage LOVED your resume and they want to do a first round video interview with Claire (Director of Shopper Marketing) next week!! She has Tues 10-12 or Wed after 2 open. Which works best?? I'll lock it in as soon as I hear back!

So excited for you!!!

Nikki
Keystone Partners | 612.555.0176
"""},
    {"kind": "interview_invitation", "name": "ats_self_schedule_ashby", "lang": "en", "company": "Kestrel Pay", "contact": "marisol@kestrelpay.example.com",
         "frm": ("Kestrel Pay Hiring Team", "notifications@ashbyhq.com"),
         "reply_to": ("Marisol Greene", "marisol@kestrelpay.example.com"),
         "subject": "Schedule your interview with Kestrel Pay", "date": "2026-02-23T12:31:00-05:00", "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

We'd like to invite you to a 45 minute interview with Renata Silva (Head of Product Marketing) for the Product Marketing Manager role.

Use the link below to pick a time that works for you:
https://app.ashbyhq.example.com/interview-scheduling/9f1c2e

This conversation will be over Zoom; the link will be in your calendar invite once you book.

Marisol Greene
Recruiting, Kestrel Pay
"""},
    {"kind": "interview_invitation", "name": "city_oral_board", "lang": "en", "company": "City of Chicago", "contact": "tamika.hughes@cityofchicago.example.org",
         "frm": ("Hughes, Tamika", "tamika.hughes@cityofchicago.example.org"),
         "subject": "Interview Notice - Marketing Coordinator, Department of Aviation", "date": "2026-03-04T15:00:00-06:00", "body": """
Dear Jordan Castellanos-Whitfield:

You have been selected to participate in a structured panel interview for the position of Marketing Coordinator (Job ID 412033) with the Chicago Department of Aviation.

Date: Tuesday, March 17, 2026
Time: 10:30 a.m. Central
Location: O'Hare International Airport, 10510 W. Zemke Rd., Administration Building, 3rd Floor

Please bring a valid government-issued photo ID. Confirm your attendance by replying to this email no later than March 10.

Tamika Hughes
Human Resources Liaison
Chicago Department of Aviation
City of Chicago
"""},
    {"kind": "interview_invitation", "name": "take_home_and_panel", "lang": "en", "company": "Lindgård Living", "contact": "ebba.nystrom@lindgard.example.se",
         "frm": ("Ebba Nyström", "ebba.nystrom@lindgard.example.se"),
         "subject": "Next step - Brand Manager US", "date": "2026-03-30T09:10:00+02:00", "body": """
Hi Jordan,

Thanks for a good conversation last week! We would like to invite you to the next step in the process, which is a portfolio review with our Brand Director Oskar and Head of US Johanna.

Could you share three time slots next week between 9 and 11 am Chicago time? It will be 60 minutes on Teams: 20 minutes for you to present two or three projects, then questions.

Best regards,
Ebba Nyström
Talent Acquisition, Lindgård Living
"""},
    {"kind": "interview_invitation", "name": "teams_invite_university", "lang": "en", "company": "Lakemont University", "contact": "kprice@lakemont.example.edu",
         "frm": ("Price, Kevin", "kprice@lakemont.example.edu"),
         "subject": "Zoom interview - Assistant Director of Marketing (S02291)", "date": "2026-03-02T11:40:00-06:00",
         "fmt": "alt", "style": "outlook",
         "ics": ics("040000008200E00074C5B7101A82E00800000000C62", "20260309T140000", "20260309T150000",
                 "Interview: Jordan Castellanos-Whitfield - Asst Dir Marketing", "kprice@lakemont.example.edu",
                 location="Zoom"),
         "body": """
Dear Jordan,

On behalf of the search committee, I am pleased to invite you to a first-round Zoom interview for the Assistant Director of Marketing position. The interview is scheduled for Monday, March 9 from 2:00 to 3:00 p.m. Central, and the calendar invitation is attached.

The committee will ask about your experience with enrollment marketing and cross-functional projects. Please let me know if you need any accommodations.

Kevin Price
Search Committee Chair
Office of Marketing and Communications
Lakemont University
"""},
    {"kind": "interview_invitation", "name": "indian_kindly_confirm", "lang": "en", "company": "Tarangini Analytics", "contact": "rohit.menon@tarangini.example.in",
         "frm": ("Rohit Menon", "rohit.menon@tarangini.example.in"),
         "subject": "Interview Schedule - Marketing Analytics Lead", "date": "2026-03-11T10:02:00+05:30", "body": """
Dear Jordan,

Greetings!

Further to your application, we are pleased to inform you that your profile has been shortlisted for the technical round of interview with Mr. Sandeep Iyer (VP - Client Services).

Date: 16th March 2026
Time: 9:30 AM CST / 9:00 PM IST
Mode: MS Teams (link will be shared separately)

Kindly confirm your availability at the earliest. Do revert for any clarification.

Thanks & Regards,
Rohit Menon
Talent Acquisition | Tarangini Analytics
"""},
    {"kind": "interview_invitation", "name": "argentine_saas_english", "lang": "en", "company": "Pampa Cloud", "contact": "martina.quiroga@pampacloud.example.com",
         "frm": ("Martina Quiroga", "martina.quiroga@pampacloud.example.com"),
         "subject": "Re: your application", "date": "2026-04-08T16:25:00-03:00", "reply": "c62-prev-051@mail.example.com", "body": """
Hi Jordan!

Thanks for your patience. Our CMO Nicolás would like to meet you for a 1-hour conversation about the Product Marketing Lead (US) role. We are in Buenos Aires so afternoons are best - would Monday Apr 13 at 2pm your time or Tuesday at 3pm work?

Cheers,
Martina Quiroga
Talent @ Pampa Cloud

On Fri, Apr 3, 2026 at 11:14 AM Jordan Castellanos-Whitfield <jordan.cw@example.com> wrote:
> Hi Martina, thank you for confirming receipt. Happy to answer any questions!
"""},
    {"kind": "interview_invitation", "name": "workday_interview_scheduled_ics", "lang": "en", "company": "Northshore Lutheran Health", "contact": "",
         "frm": ("Northshore Lutheran Health", "northshorelutheran@myworkday.com"),
         "subject": "Interview Scheduled: Marketing Operations Manager - System Marketing", "date": "2026-04-13T08:00:00-05:00",
         "ics": ics("c62-nlh-interview-118204@myworkday.com", "20260420T110000", "20260420T120000",
                 "Interview - Marketing Operations Manager", "northshorelutheran@myworkday.com",
                 location="Microsoft Teams Meeting"),
         "body": """
Jordan Castellanos-Whitfield,

An interview has been scheduled for you.

Job Requisition: JR-118204 Marketing Operations Manager - System Marketing
Interview Date: 04/20/2026
Start Time: 11:00 AM CDT
Interviewers: Angela Ruiz (Director, System Marketing); Paul Dvorak (Sr Manager, Digital)
Location: Microsoft Teams Meeting

Please do not reply to this email. To make changes, contact your recruiter.
"""},
    {"kind": "interview_invitation", "name": "hm_screen_casual_media", "lang": "en", "company": "Maple & Main Media", "contact": "talia.b@mapleandmain.example.ca",
         "frm": ("Talia Bergeron", "talia.b@mapleandmain.example.ca"),
         "subject": "Brand Partnerships Manager - intro call?", "date": "2026-05-20T13:15:00-04:00", "body": """
Hi Jordan,

Hope you're well! You applied to our Brand Partnerships Manager opening a while back (different from the ops role - this one is new). The hiring manager, Dev, had a look at your resume and would like to set up a 30 minute video call to chat.

Are you around any time Thursday or Friday? Eastern time is fine, eh, we're flexible.

Thanks!
Talia
"""},
    {"kind": "interview_invitation", "name": "final_round_nonprofit", "lang": "en", "company": "Prairie Arts Fund", "contact": "oharris@prairiearts.example.org",
         "frm": ("Olu Harris", "oharris@prairiearts.example.org"),
         "subject": "Final interview - Director of Communications & Partnerships", "date": "2026-06-03T10:10:00-05:00", "fmt": "alt", "body": """
Hi Jordan,

Thank you for meeting with the committee on Monday. We are excited to invite you to a final interview with our President & CEO, Dr. Lorraine Baptiste, in person at our Minneapolis office.

Could you send me your availability for June 10-12? Please plan on about 90 minutes, including a short presentation (10 min) on how you would build corporate partnerships in the first year. We'll also ask for three professional references at that stage.

Warmly,
Olu Harris
Chief of Staff
Prairie Arts Fund | 612-555-0148
"""},
    {"kind": "interview_invitation", "name": "foxglove_onsite_austin", "lang": "en", "company": "Foxglove Commerce", "contact": "sam@foxglove.example.com",
         "frm": ("Sam Trejo", "sam@foxglove.example.com"),
         "subject": "onsite", "date": "2026-06-24T18:02:00-05:00", "body": """
Hey Jordan - team loved the case study. Want to fly you down to Austin for an onsite, 4 convos incl. our CEO. We cover travel. Week of July 6 work? Lmk and Rae from our People team will book flights.

Sam

Sent from my iPhone
"""},
    {"kind": "interview_invitation", "name": "entrevista_cdmx_formal", "lang": "es", "company": "Grupo Financiero Caudal", "contact": "veronica.salgado@caudal.example.mx",
         "frm": ("Verónica Salgado", "veronica.salgado@caudal.example.mx"),
         "subject": "Invitación a entrevista - Gerente de Marketing Digital", "date": "2026-04-20T12:00:00-06:00", "body": """
Estimado Jordan:

Por medio del presente, le invitamos a una entrevista con el Lic. Ernesto Cárdenas, Director de Marketing, para la vacante de Gerente de Marketing Digital.

Fecha: jueves 23 de abril
Hora: 11:00 h (hora del centro de México)
Modalidad: videollamada por Microsoft Teams

Le agradeceremos confirmar su asistencia respondiendo a este correo.

Saludos cordiales,
Verónica Salgado
Reclutamiento y Selección
Grupo Financiero Caudal
"""},
    {"kind": "interview_invitation", "name": "madrid_charla_casual", "lang": "es", "company": "Mercados Altamira", "contact": "irene.gil@mercadosaltamira.example.es",
         "frm": ("Irene Gil", "irene.gil@mercadosaltamira.example.es"),
         "subject": "Tu candidatura - ¿hablamos?", "date": "2026-03-02T17:45:00+01:00", "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Hola Jordan,

Soy Irene, del equipo de Personas de Mercados Altamira. Hemos visto tu candidatura para Técnico/a de Marketing Analítico y nos gustaría tener una primera llamada contigo de unos 30 minutos.

¿Te vendría bien el miércoles o el jueves por la tarde (hora de Madrid)? Dime qué franja te encaja y te mando la convocatoria.

¡Un saludo!
Irene Gil
"""},
    {"kind": "interview_invitation", "name": "argentina_segunda_etapa", "lang": "es", "company": "Banco Rioplatense", "contact": "sofia.benitez@bancorioplatense.example.com.ar",
         "frm": ("Sofía Benítez", "sofia.benitez@bancorioplatense.example.com.ar"),
         "subject": "Próxima etapa", "date": "2026-05-11T10:30:00-03:00", "body": """
Hola Jordan, ¿cómo va?

Te escribo porque quedaste seleccionado para la segunda etapa del proceso de Jefe de CRM. La idea es que tengas una entrevista con Gonzalo, el líder del equipo, y después un caso práctico corto.

¿Tenés disponibilidad el martes 19 a las 11 (hora de Buenos Aires)? Si no, pasame dos o tres horarios y lo coordinamos.

¡Saludos!
Sofía Benítez
Talento | Banco Rioplatense
"""},
    {"kind": "interview_invitation", "name": "consultora_cliente_entrevista", "lang": "es", "company": "Cervecería del Bajío", "contact": "alejandro.mora@talentumconsultores.example.mx",
         "frm": ("Alejandro Mora", "alejandro.mora@talentumconsultores.example.mx"),
         "subject": "Entrevista con Cervecería del Bajío", "date": "2026-05-25T09:20:00-06:00", "body": """
Hola Jordan, buen día.

Te comparto que Cervecería del Bajío quiere entrevistarte para la posición de Brand Manager Sr. La entrevista sería presencial en sus oficinas de Querétaro el próximo lunes a las 10:00, con la Directora de Marca.

¿Me confirmas si puedes asistir? Si necesitas apoyo con el traslado avísame.

Saludos,
Alejandro Mora
Consultor Senior | Talentum Consultores
"""},
    {"kind": "interview_invitation", "name": "universidad_comite_ics", "lang": "es", "company": "Universidad Tecnológica del Valle", "contact": "maria.trevino@utv.example.mx",
         "frm": ("María Treviño", "maria.trevino@utv.example.mx"),
         "subject": "Convocatoria a entrevista - folio UTV-2026-0412", "date": "2026-06-01T13:00:00-06:00",
         "ics": ics("c62-utv-0412@utv.example.mx", "20260608T100000", "20260608T110000",
                 "Entrevista - Coordinación de Mercadotecnia", "maria.trevino@utv.example.mx",
                 tzid="America/Mexico_City", location="Rectoría, Sala 2"),
         "body": """
Estimado Jordan:

Nos complace informarle que ha sido seleccionado para la etapa de entrevista con el comité evaluador de la plaza de Coordinador/a de Mercadotecnia y Admisiones.

La entrevista se llevará a cabo el lunes 8 de junio a las 10:00 h en la Sala 2 de Rectoría. Adjuntamos la invitación de calendario.

Atentamente,
Mtra. María Treviño
Secretaría Administrativa
"""},
    {"kind": "interview_invitation", "name": "vorstellungsgespraech_formal", "lang": "de", "company": "Nordlicht Versicherung", "contact": "m.brandt@nordlicht-vers.example.de",
         "frm": ("Martina Brandt", "m.brandt@nordlicht-vers.example.de"),
         "subject": "Einladung zum Vorstellungsgespräch", "date": "2026-03-24T10:00:00+01:00", "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unsere Zentrale in Berlin einzuladen.

Termin: Donnerstag, 2. April 2026, 14:00 Uhr
Ort: Friedrichstraße 180, 10117 Berlin, Empfang 4. OG
Gesprächspartner: Dr. Frank Weber (Leiter Marketing), Martina Brandt (HR)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Martina Brandt
Personalentwicklung
Nordlicht Versicherung AG
"""},
    {"kind": "interview_invitation", "name": "kennenlernen_du_calendly", "lang": "de", "company": "Taktwerk", "contact": "nina@taktwerk.example.de",
         "frm": ("Nina Sommer", "nina@taktwerk.example.de"),
         "subject": "Kennenlernen?", "date": "2026-05-27T11:30:00+02:00", "body": """
Hi Jordan,

ich bin Nina und kümmere mich bei Taktwerk ums Recruiting. Dein Profil hat uns gut gefallen - hast du Lust auf ein erstes Kennenlernen per Video (ca. 30 Min.)?

Such dir gern direkt einen Slot aus: https://calendly.example.com/nina-taktwerk/kennenlernen

Liebe Grüße
Nina
"""},
    {"kind": "interview_invitation", "name": "zweite_runde_case", "lang": "de", "company": "Brandt & Söhne", "contact": "s.keller@brandt-soehne.example.de",
         "frm": ("Sabine Keller", "s.keller@brandt-soehne.example.de"),
         "subject": "Zweite Runde", "date": "2026-05-29T09:15:00+02:00", "body": """
Guten Morgen Herr Castellanos-Whitfield,

nach dem positiven ersten Gespräch möchten wir Sie gerne zur zweiten Runde einladen. Dazu bitten wir Sie, eine kurze Fallstudie zur Markenpositionierung vorzubereiten und am Montag, den 8. Juni, um 15:00 Uhr per Teams vorzustellen.

Die Unterlagen zur Fallstudie sende ich Ihnen nach Ihrer Zusage.

Freundliche Grüße
Sabine Keller
Brandt & Söhne GmbH & Co. KG
"""},
    {"kind": "interview_invitation", "name": "entretien_visio", "lang": "fr", "company": "Groupe Vallières", "contact": "e.tremblay@vallieres.example.ca",
         "frm": ("Émilie Tremblay", "e.tremblay@vallieres.example.ca"),
         "subject": "Entrevue - Gestionnaire, marketing relationnel", "date": "2026-04-22T14:00:00-04:00", "body": """
Bonjour Jordan,

Merci pour votre candidature. Nous aimerions vous rencontrer en entrevue virtuelle (Teams) pour discuter du poste de Gestionnaire, marketing relationnel.

Seriez-vous disponible mardi le 28 avril à 10 h ou mercredi le 29 à 13 h 30 (heure de Toronto)?

Au plaisir d'échanger avec vous,

Émilie Tremblay
Conseillère en acquisition de talents
Groupe Vallières
"""},
    {"kind": "interview_invitation", "name": "premier_echange_studio", "lang": "fr", "company": "Studio Pélican", "contact": "hugo@studiopelican.example.fr",
         "frm": ("Hugo Marchand", "hugo@studiopelican.example.fr"),
         "subject": "Premier échange ?", "date": "2026-06-25T09:40:00+02:00", "body": """
Hello Jordan,

Merci pour ta candidature pour le poste de Brand Partnerships Manager à Londres ! On aimerait bien caler un premier échange en visio de 30 minutes avec Clémence, notre directrice conseil.

Tu serais dispo jeudi ou vendredi en fin d'après-midi (heure de Paris) ? Dis-moi ce qui t'arrange et je t'envoie l'invitation.

Belle journée,
Hugo
Studio Pélican - Talent
"""},
]

RESCHEDULES = [
    {"kind": "interview_reschedule_or_cancel", "name": "hm_sick_move_thursday", "lang": "en", "company": "Ledgerline", "contact": "priya.raman@ledgerline.example.com",
         "frm": ("Priya Raman", "priya.raman@ledgerline.example.com"),
         "subject": "Re: Hiring Manager Interview - need to move", "date": "2026-02-10T08:14:00-05:00", "reply": "c62-prev-066@mail.example.com", "body": """
Hi Jordan,

So sorry for the late notice - Marcus is out sick today so we need to push tomorrow's interview. Would Thursday 2/12 at 11am ET or Friday at 1pm ET work instead? I'll send an updated invite as soon as you confirm.

Apologies again!
Priya
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "goodtime_updated_ics", "lang": "en", "company": "Brightwater Foods", "contact": "kelsey.m@brightwaterfoods.example.com",
         "frm": ("Kelsey Moran", "kelsey.m@brightwaterfoods.example.com"),
         "subject": "Updated invitation: Brightwater Foods Onsite Panel - Jordan Castellanos-Whitfield", "date": "2026-02-24T16:30:00-06:00",
         "ics": ics("c62-brightwater-onsite@goodtime.io", "20260227T130000", "20260227T163000",
                 "Brightwater Foods Onsite Panel - Jordan Castellanos-Whitfield", "kelsey.m@brightwaterfoods.example.com",
                 sequence=2, location="1000 W Fulton Market, Chicago"),
         "body": """
Hi Jordan,

One of our panelists had a conflict come up, so we've moved your onsite from Thursday morning to Friday, February 27 from 1:00 to 4:30 pm. Same location. The updated invitation is attached - please accept it so the old one drops off your calendar.

Thanks for your flexibility!
Kelsey
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "cancel_role_paused_before_interview", "lang": "en", "company": "Pampa Cloud", "contact": "martina.quiroga@pampacloud.example.com",
         "frm": ("Martina Quiroga", "martina.quiroga@pampacloud.example.com"),
         "subject": "Canceled: Jordan / Nicolás - Product Marketing Lead", "date": "2026-04-12T19:00:00-03:00",
         "ics": ics("c62-pampa-cmo@pampacloud.example.com", "20260413T140000", "20260413T150000",
                 "Jordan / Nicolás - Product Marketing Lead", "martina.quiroga@pampacloud.example.com",
                 method="CANCEL", status="CANCELLED", sequence=1),
         "ics_method": "CANCEL", "body": """
Hi Jordan,

I need to cancel tomorrow's conversation with Nicolás, he has to travel to São Paulo on short notice. I'll come back to you with new options later this week. Sorry for the inconvenience!

Martina
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "city_postponed_notice", "lang": "en", "company": "City of Chicago", "contact": "tamika.hughes@cityofchicago.example.org",
         "frm": ("Hughes, Tamika", "tamika.hughes@cityofchicago.example.org"),
         "subject": "POSTPONED: Interview Notice - Marketing Coordinator, Department of Aviation", "date": "2026-03-13T11:20:00-05:00", "body": """
Dear Candidate:

Due to an unforeseen scheduling conflict with the interview panel, the interview scheduled for Tuesday, March 17, 2026 at 10:30 a.m. has been postponed. You will receive a new interview notice with a rescheduled date and time within the next two weeks.

We apologize for any inconvenience.

Tamika Hughes
Human Resources Liaison
Chicago Department of Aviation
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "workday_interview_changed", "lang": "en", "company": "Northshore Lutheran Health", "contact": "",
         "frm": ("Northshore Lutheran Health", "northshorelutheran@myworkday.com"),
         "subject": "Interview Rescheduled: Marketing Operations Manager - System Marketing", "date": "2026-04-17T07:45:00-05:00",
         "ics": ics("c62-nlh-interview-118204@myworkday.com", "20260422T150000", "20260422T160000",
                 "Interview - Marketing Operations Manager", "northshorelutheran@myworkday.com",
                 sequence=1, location="Microsoft Teams Meeting"),
         "body": """
Jordan Castellanos-Whitfield,

Your interview has been rescheduled.

Job Requisition: JR-118204 Marketing Operations Manager - System Marketing
Previous: 04/20/2026 11:00 AM CDT
New Interview Date: 04/22/2026
Start Time: 3:00 PM CDT
Location: Microsoft Teams Meeting

Please do not reply to this email.
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "texty_recruiter_push_hour", "lang": "en", "company": "Oakridge Beverage", "contact": "nikki.s@keystonepartners.example.com",
         "frm": ("Nikki Sorensen", "nikki.s@keystonepartners.example.com"),
         "subject": "Re: Oakridge interview tmrw", "date": "2026-02-24T17:33:00-06:00", "reply": "c62-prev-071@mail.example.com", "body": """
hey! Claire asked if we could push tmrw to 11 instead of 10, she got pulled into a QBR. same zoom link. that ok?? sorry!!

Nikki
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "british_need_to_rearrange", "lang": "en", "company": "Whitcombe & Hale", "contact": "olivia.grant@whitcombehale.example.co.uk",
         "frm": ("Olivia Grant", "olivia.grant@whitcombehale.example.co.uk"),
         "subject": "Tuesday", "date": "2026-08-14T09:02:00+01:00", "body": """
Hi Jordan,

I'm terribly sorry but I need to rearrange our call on Tuesday - a client pitch has landed on top of it. Could we do Wednesday at the same time (3pm UK / 9am Chicago) instead? If that's no good, do suggest another slot.

Apologies for the faff.

Olivia
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "cancel_interview_position_filled_internally", "lang": "en", "company": "Great Plains Grocers", "contact": "rachel.kim@greatplainsgrocers.example.com",
         "frm": ("Rachel Kim", "rachel.kim@greatplainsgrocers.example.com"),
         "subject": "Friday's interview", "date": "2026-04-02T15:40:00-05:00", "body": """
Hi Jordan,

I have to cancel our interview scheduled for this Friday. The hiring manager asked us to pause all interviews for the Loyalty & CRM role while the department is restructured, and I don't yet know when we will resume.

I'll reach out once I have a clearer picture. Thank you for understanding.

Rachel Kim
Talent Acquisition | Great Plains Grocers
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "university_new_time_outlook", "lang": "en", "company": "Lakemont University", "contact": "kprice@lakemont.example.edu",
         "frm": ("Price, Kevin", "kprice@lakemont.example.edu"),
         "subject": "RE: Zoom interview - Assistant Director of Marketing (S02291)", "date": "2026-03-05T09:30:00-06:00",
         "reply": "c62-prev-074@mail.example.com", "fmt": "alt", "style": "outlook", "body": """
Jordan,

A committee member has a conflict on Monday. Could we move your interview to Tuesday, March 10, 10:00-11:00 a.m. Central? I'll send a new Zoom link once you confirm.

Kevin

From: Price, Kevin
Sent: Monday, March 2, 2026 11:40 AM
To: Jordan Castellanos-Whitfield <jordan.cw@example.com>
Subject: Zoom interview - Assistant Director of Marketing (S02291)

Dear Jordan,
On behalf of the search committee, I am pleased to invite you to a first-round Zoom interview on Monday, March 9 from 2:00 to 3:00 p.m. Central.
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "cdmx_cambio_horario", "lang": "es", "company": "Grupo Financiero Caudal", "contact": "veronica.salgado@caudal.example.mx",
         "frm": ("Verónica Salgado", "veronica.salgado@caudal.example.mx"),
         "subject": "RE: Invitación a entrevista - cambio de horario", "date": "2026-04-22T09:05:00-06:00", "reply": "c62-prev-075@mail.example.com", "body": """
Estimado Jordan:

Le escribo para informarle que, por un cambio en la agenda del Lic. Cárdenas, su entrevista del jueves 23 de abril se recorre a las 16:00 h del mismo día. El enlace de Teams sigue siendo el mismo.

Le ofrecemos una disculpa por el cambio.

Saludos cordiales,
Verónica Salgado
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "argentina_suspendida", "lang": "es", "company": "Banco Rioplatense", "contact": "sofia.benitez@bancorioplatense.example.com.ar",
         "frm": ("Sofía Benítez", "sofia.benitez@bancorioplatense.example.com.ar"),
         "subject": "Re: Próxima etapa", "date": "2026-05-18T18:50:00-03:00", "reply": "c62-prev-076@mail.example.com", "body": """
Hola Jordan, te pido mil disculpas pero tenemos que suspender la entrevista de mañana con Gonzalo, le surgió un viaje. Te propongo reprogramarla para el jueves 21 a la misma hora, ¿te sirve?

Abrazo,
Sofía

El lun, 11 may 2026 a las 10:30, Sofía Benítez (<sofia.benitez@bancorioplatense.example.com.ar>) escribió:
> Hola Jordan, ¿cómo va?
> Te escribo porque quedaste seleccionado para la segunda etapa del proceso de Jefe de CRM.
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "consultora_cancelada_presencial", "lang": "es", "company": "Cervecería del Bajío", "contact": "alejandro.mora@talentumconsultores.example.mx",
         "frm": ("Alejandro Mora", "alejandro.mora@talentumconsultores.example.mx"),
         "subject": "Cambio entrevista lunes", "date": "2026-05-29T14:10:00-06:00", "body": """
Hola Jordan,

Me avisan de Cervecería del Bajío que la entrevista presencial del lunes queda cancelada; la Directora de Marca no estará en Querétaro. Proponen hacerla por videollamada el miércoles 3 de junio a las 12:00. ¿Te acomoda?

Saludos,
Alejandro Mora
Talentum Consultores
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "termin_verschieben", "lang": "de", "company": "Nordlicht Versicherung", "contact": "m.brandt@nordlicht-vers.example.de",
         "frm": ("Martina Brandt", "m.brandt@nordlicht-vers.example.de"),
         "subject": "Terminverschiebung Vorstellungsgespräch 02.04.", "date": "2026-03-30T08:30:00+02:00", "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

leider muss Herr Dr. Weber den vereinbarten Termin am Donnerstag, 2. April, kurzfristig absagen. Wir möchten Ihnen als Ersatztermin Dienstag, den 7. April, um 10:00 Uhr anbieten.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt. Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Martina Brandt
Nordlicht Versicherung AG
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "absage_termin_du", "lang": "de", "company": "Taktwerk", "contact": "nina@taktwerk.example.de",
         "frm": ("Nina Sommer", "nina@taktwerk.example.de"),
         "subject": "Abgesagt: Kennenlernen Jordan / Taktwerk", "date": "2026-06-04T07:50:00+02:00",
         "ics": ics("c62-taktwerk-kennenlernen@taktwerk.example.de", "20260604T170000", "20260604T173000",
                 "Kennenlernen Jordan / Taktwerk", "nina@taktwerk.example.de",
                 method="CANCEL", status="CANCELLED", sequence=1, tzid="Europe/Berlin"),
         "ics_method": "CANCEL", "body": """
Hi Jordan,

sorry, ich muss unser Kennenlernen heute leider absagen - bei mir ist was Dringendes dazwischengekommen. Ich schick dir gleich einen neuen Calendly-Link, dann kannst du dir einen neuen Slot aussuchen.

LG Nina
"""},
    {"kind": "interview_reschedule_or_cancel", "name": "entrevue_reportee", "lang": "fr", "company": "Groupe Vallières", "contact": "e.tremblay@vallieres.example.ca",
         "frm": ("Émilie Tremblay", "e.tremblay@vallieres.example.ca"),
         "subject": "Entrevue du 28 avril - report", "date": "2026-04-27T16:20:00-04:00", "body": """
Bonjour Jordan,

Je suis désolée de vous aviser à la dernière minute : la gestionnaire d'embauche doit s'absenter demain et nous devons reporter votre entrevue. Seriez-vous disponible jeudi le 30 avril à 10 h à la place?

Merci de votre compréhension,
Émilie Tremblay
Groupe Vallières
"""},
]

MISSED = [
    {"kind": "missed_interview_notice", "name": "tried_calling_phone_screen", "lang": "en", "company": "Tallgrass Software", "contact": "megan.li@tallgrass.example.com",
         "frm": ("Megan Li", "megan.li@tallgrass.example.com"),
         "subject": "Missed you today", "date": "2026-02-03T11:42:00-06:00", "body": """
Hi Jordan,

I tried calling you at the scheduled time for our 11:00 phone screen but wasn't able to reach you, and left a voicemail. I hope everything is okay!

If you're still interested in the role, feel free to grab another time on my calendar: https://calendly.example.com/megan-li-tallgrass/30min

Megan
"""},
    {"kind": "missed_interview_notice", "name": "teams_did_not_join", "lang": "en", "company": "Northshore Lutheran Health", "contact": "aruiz@northshorelutheran.example.org",
         "frm": ("Ruiz, Angela", "aruiz@northshorelutheran.example.org"),
         "subject": "Today's interview", "date": "2026-04-22T15:25:00-05:00", "fmt": "alt", "style": "outlook", "body": """
Hi Jordan,

Paul and I were on the Teams meeting for your 3:00 interview today, but you did not join the Teams meeting. We waited about 15 minutes.

Please let me know if something came up. Our schedules are tight over the next two weeks, but I will see what we can do.

Angela Ruiz
Director, System Marketing
Northshore Lutheran Health
"""},
    {"kind": "missed_interview_notice", "name": "hm_no_show_short", "lang": "en", "company": "Bixby Labs", "contact": "arjun@bixbylabs.example.com",
         "frm": ("Arjun Mehta", "arjun@bixbylabs.example.com"),
         "subject": "Re: chat today?", "date": "2026-02-06T15:20:00-08:00", "reply": "c62-prev-082@mail.example.com", "body": """
hey, I was on the zoom at 3 but didnt see you - everything ok? lmk if you still want to connect

-A

On Thu, Feb 5, 2026 at 10:01 PM Jordan Castellanos-Whitfield <jordan.cw@example.com> wrote:
> Friday 3pm PT works great, thanks Arjun!
"""},
    {"kind": "missed_interview_notice", "name": "agency_client_waited", "lang": "en", "company": "Oakridge Beverage", "contact": "nikki.s@keystonepartners.example.com",
         "frm": ("Nikki Sorensen", "nikki.s@keystonepartners.example.com"),
         "subject": "What happened?", "date": "2026-02-25T11:25:00-06:00", "body": """
Jordan - Claire just pinged me that she waited on the Zoom for 15 min and you never showed for the 11am. Is everything alright?? Call me asap please, I'll try to smooth it over with Oakridge but I need to know what to tell them.

Nikki
612.555.0176
"""},
    {"kind": "missed_interview_notice", "name": "onsite_lobby_no_show", "lang": "en", "company": "Brightwater Foods", "contact": "kelsey.m@brightwaterfoods.example.com",
         "frm": ("Kelsey Moran", "kelsey.m@brightwaterfoods.example.com"),
         "subject": "Checking in", "date": "2026-02-27T14:05:00-06:00", "body": """
Hi Jordan,

We were expecting you at our Fulton Market office at 1:00 today for your onsite panel and have not seen you check in at the front desk. I also tried your cell. I hope all is well.

The panel has dispersed for today. Please get in touch when you can so we can talk about next steps.

Kelsey Moran | Talent Partner
Brightwater Foods
312-555-0144
"""},
    {"kind": "missed_interview_notice", "name": "indian_candidate_not_available", "lang": "en", "company": "Tarangini Analytics", "contact": "rohit.menon@tarangini.example.in",
         "frm": ("Rohit Menon", "rohit.menon@tarangini.example.in"),
         "subject": "RE: Interview Schedule - Marketing Analytics Lead", "date": "2026-03-16T21:15:00+05:30", "reply": "c62-prev-085@mail.example.com", "body": """
Dear Jordan,

Mr. Sandeep Iyer was waiting in the Teams meeting at the scheduled time (9:30 AM CST) for your interview, however you did not join. We also tried reaching you on your registered mobile number.

Kindly let us know the reason and revert with your availability, so that we may check the possibility of rescheduling.

Thanks & Regards,
Rohit Menon
Talent Acquisition | Tarangini Analytics
"""},
    {"kind": "missed_interview_notice", "name": "no_te_vimos_cdmx", "lang": "es", "company": "Grupo Financiero Caudal", "contact": "veronica.salgado@caudal.example.mx",
         "frm": ("Verónica Salgado", "veronica.salgado@caudal.example.mx"),
         "subject": "Entrevista de hoy", "date": "2026-04-23T16:40:00-06:00", "body": """
Estimado Jordan:

El Lic. Cárdenas estuvo conectado en la sala de Teams a las 16:00 h para su entrevista, pero no logramos verlo. Intentamos comunicarnos a su celular sin éxito.

Si sigue interesado en la vacante, le pedimos nos indique qué sucedió y su disponibilidad para valorar una nueva fecha.

Saludos cordiales,
Verónica Salgado
Reclutamiento y Selección | Grupo Financiero Caudal
"""},
    {"kind": "missed_interview_notice", "name": "te_esperamos_madrid", "lang": "es", "company": "Mercados Altamira", "contact": "irene.gil@mercadosaltamira.example.es",
         "frm": ("Irene Gil", "irene.gil@mercadosaltamira.example.es"),
         "subject": "Llamada de esta tarde", "date": "2026-03-05T17:20:00+01:00", "body": """
Hola Jordan,

Te he llamado a las 17:00 como habíamos quedado para la primera entrevista, pero no he podido contactar contigo. ¿Ha pasado algo?

Si te sigue interesando el puesto, dime cuándo te viene bien y lo volvemos a intentar.

Un saludo,
Irene
"""},
    {"kind": "missed_interview_notice", "name": "nicht_erschienen", "lang": "de", "company": "Brandt & Söhne", "contact": "s.keller@brandt-soehne.example.de",
         "frm": ("Sabine Keller", "s.keller@brandt-soehne.example.de"),
         "subject": "Ihr Termin heute um 15:00 Uhr", "date": "2026-06-08T15:35:00+02:00", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

wir hatten uns heute um 15:00 Uhr zur Präsentation Ihrer Fallstudie per Teams verabredet. Leider haben Sie sich nicht eingewählt, und wir konnten Sie auch telefonisch nicht erreichen.

Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Position haben.

Freundliche Grüße
Sabine Keller
Brandt & Söhne GmbH & Co. KG
"""},
    {"kind": "missed_interview_notice", "name": "absent_visio", "lang": "fr", "company": "Studio Pélican", "contact": "hugo@studiopelican.example.fr",
         "frm": ("Hugo Marchand", "hugo@studiopelican.example.fr"),
         "subject": "Notre visio de 17h", "date": "2026-07-02T17:25:00+02:00", "body": """
Hello Jordan,

Clémence et moi t'avons attendu sur la visio de 17h mais tu ne t'es pas connecté. J'espère que tout va bien !

Si tu es toujours intéressé par le poste, dis-moi quand tu serais dispo pour qu'on recale un créneau.

Hugo
"""},
]

MSGS = INVITES + RESCHEDULES + MISSED
