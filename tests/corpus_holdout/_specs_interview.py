"""Hand-written interview invitations, reschedules/cancellations and missed-interview notices
for the held-out corpus (see make_holdout.py); standard library only."""

from make_holdout import Spec as S
from make_holdout import ics

INVITES = [
    S("interview_invitation", "en", "calendly_intro_call", "Meridian Freight", "olivia.park@meridianfreight.example.com",
      "Olivia Park <olivia.park@meridianfreight.example.com>",
      "Meridian Freight - Logistics Data Analyst",
      """Hi Jordan,

Thanks for applying to the Logistics Data Analyst role. Your background in forecasting caught my eye and I'd love to set up a 30-minute intro call to tell you more about the team and hear about what you're looking for.

Grab whichever slot suits you here: https://calendly.com/olivia-park-meridian/30min

Talk soon,
Olivia Park
Recruiter | Meridian Freight
""", date="2026-02-10 10:22 -0500", fmt="alt", skin="gmail"),

    S("interview_invitation", "de", "einladung_teams_ics", "Stadtwerke Nordheide", "t.fischer@sw-nordheide.example.de",
      "Thomas Fischer <t.fischer@sw-nordheide.example.de>",
      "Einladung zum Vorstellungsgespräch – IT-Systemadministrator (m/w/d)",
      """Sehr geehrte Frau Lee,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch per Microsoft Teams einzuladen:

Termin: Donnerstag, 19. März 2026, 10:00–11:00 Uhr
Gesprächspartner: Thomas Fischer (Personal), Anke Brandt (Leitung IT-Betrieb)

Die Einladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Thomas Fischer
Personalreferent
Stadtwerke Nordheide GmbH · Tel. 04181 555-210
""", date="2026-03-09 14:03 +0100", fmt="alt", skin="outlook",
      ics=ics("sw-nordheide-4471@sw-nordheide.example.de", "20260319T100000", "20260319T110000",
              "Vorstellungsgespräch Jordan Lee – IT-Systemadministrator", "t.fischer@sw-nordheide.example.de",
              tzid="Europe/Berlin", location="Microsoft Teams-Besprechung",
              description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc")),

    S("interview_invitation", "en", "goodtime_availability", "Vantage Cloudworks", "emily.chen@vantagecloud.example.com",
      "Vantage Cloudworks Recruiting <scheduling@goodtime.io>",
      "Action required: share your availability for your Vantage Cloudworks virtual onsite",
      """Hi Jordan,

Congratulations on moving forward in the process for Software Engineer II at Vantage Cloudworks!

The next step is a virtual onsite made up of three 45-minute interviews: coding, system design and a values conversation. Please share your availability for the next two weeks using the link below, and we'll confirm the schedule within one business day.

Share availability: https://app.goodtime.io/availability/9f3a7c2e

If you have any questions, simply reply to this email and your coordinator, Emily Chen, will help.

Vantage Cloudworks Recruiting
""", reply_to="Emily Chen <emily.chen@vantagecloud.example.com>", date="2026-04-07 16:12 +0000",
      fmt="html", skin="ats"),

    S("interview_invitation", "en", "founder_quick_chat", "Papertrail Kitchen", "sam@papertrailkitchen.example.com",
      "Sam Adeyemi <sam@papertrailkitchen.example.com>",
      "quick chat?",
      """hey Jordan,

saw your application for the ops lead role come through - really liked the restaurant inventory project on your site.

would you be free for a quick chat sometime this week? 20 mins on google meet, whenever works for you. thursday afternoon is pretty open on my side.

sam
co-founder, papertrail kitchen
""", date="2026-05-04 22:48 -0700"),

    S("interview_invitation", "fr", "entretien_creneaux", "Cabinet Delorme Conseil", "a.petit@delorme-conseil.example.fr",
      "Aurélie Petit <a.petit@delorme-conseil.example.fr>",
      "Votre candidature - Consultant(e) Data junior",
      """Bonjour Jordan,

Votre candidature au poste de Consultant(e) Data junior a retenu toute notre attention et nous souhaiterions vous rencontrer pour un premier entretien dans nos locaux parisiens.

Pourriez-vous m'indiquer vos disponibilités parmi les créneaux suivants ?
- mardi 24 mars à 14h00
- mercredi 25 mars à 10h30
- jeudi 26 mars à 16h00

L'entretien durera environ une heure, avec moi-même et un manager de l'équipe.

Dans l'attente de votre retour, je vous souhaite une très bonne journée.

Aurélie Petit
Responsable Recrutement - Cabinet Delorme Conseil
01 55 55 42 10
""", date="2026-03-16 09:41 +0100", fmt="alt", skin="outlook", charset="iso-8859-1", cte="qp"),

    S("interview_invitation", "en", "greenhouse_phone_screen", "Halberd Security", "",
      "Halberd Security <no-reply@us.greenhouse-mail.io>",
      "Schedule your phone screen with Halberd Security",
      """Hi Jordan,

Thanks for your interest in the Security Engineer, Detection role! We'd like to schedule a 30-minute phone screen with a member of our recruiting team.

Please use the link below to choose a time that works for you:
https://app.greenhouse.io/scheduling/select/8842-halberd

Looking forward to speaking with you,
Halberd Security Recruiting
""", date="2026-06-15 17:30 +0000", fmt="html", skin="ats"),

    S("interview_invitation", "es", "entrevista_tecnica", "Finanzia Digital", "laura.mendez@finanzia.example.es",
      "Laura Méndez <laura.mendez@finanzia.example.es>",
      "Entrevista técnica - Desarrollador/a Backend",
      """Hola Jordan:

Gracias por tu interés en Finanzia Digital. Hemos revisado tu perfil y nos gustaría invitarte a una entrevista técnica con dos personas del equipo de plataforma.

La idea es hacerla por Google Meet y dura unos 60 minutos. ¿Te vendría bien el miércoles 8 de abril a las 11:00 o el jueves 9 a las 16:30 (hora peninsular)?

Quedo atenta a tu respuesta.

Un saludo,
Laura Méndez
Talent Acquisition · Finanzia Digital
+34 600 555 321
""", date="2026-03-31 12:17 +0200", fmt="alt", skin="gmail", charset="windows-1252", cte="qp"),

    S("interview_invitation", "en", "google_calendar_invite_technical", "Northwind Robotics", "arjun.mehta@northwind-robotics.example.com",
      "Arjun Mehta <arjun.mehta@northwind-robotics.example.com>",
      "Invitation: Technical Interview - Jordan Lee / Northwind @ Thu Apr 16, 2026 1pm - 2pm (EDT) (jordan.lee@example.org)",
      """You have been invited to the following event.

Technical Interview - Jordan Lee / Northwind
When: Thursday Apr 16, 2026 1pm - 2pm (EDT)
Joining info: meet.google.com/xqa-wbnz-pty
Calendar: jordan.lee@example.org
Who:
* arjun.mehta@northwind-robotics.example.com - organizer
* li.wei@northwind-robotics.example.com
* jordan.lee@example.org

Hi Jordan, this is the 60-minute live coding interview we discussed. Bring your favourite editor. - Arjun

Going (jordan.lee@example.org)? Yes - Maybe - No
Invitation from Google Calendar
""", date="2026-04-09 15:02 -0400",
      ics=ics("5kq2n7@google.com", "20260416T170000", "20260416T180000",
              "Technical Interview - Jordan Lee / Northwind", "arjun.mehta@northwind-robotics.example.com",
              location="meet.google.com/xqa-wbnz-pty",
              attendees=("jordan.lee@example.org", "li.wei@northwind-robotics.example.com"))),

    S("interview_invitation", "en", "agency_client_first_stage", "Halcyon Bank", "ravi.shah@peakpeople.example.co.uk",
      "Ravi Shah <ravi.shah@peakpeople.example.co.uk>",
      "Interview request - Halcyon Bank, Risk Data Analyst",
      """Hi Jordan,

Great news! Halcyon Bank have reviewed your CV and would like to meet you for a first-stage interview for the Risk Data Analyst role.

It'll be a 45-minute video call with the Head of Credit Risk Analytics. They've offered:
- Tuesday 12th May, 11:00
- Wednesday 13th May, 14:30

Let me know which works and I'll lock it in. I'll send over some prep notes on the team beforehand.

Cheers,
Ravi

Ravi Shah | Principal Consultant | PeakPeople Financial Services
D: +44 161 555 0170
""", date="2026-05-07 08:55 +0100", fmt="alt", skin="outlook"),

    S("interview_invitation", "de", "kennenlernen_du", "Wolkenwerk", "jonas@wolkenwerk.example.de",
      "Jonas Richter <jonas@wolkenwerk.example.de>",
      "Erstes Kennenlernen?",
      """Hi Jordan,

danke für deine Bewerbung als DevOps Engineer bei Wolkenwerk! Dein Profil passt echt gut zu dem, was wir suchen.

Hast du Lust auf ein erstes Kennenlernen per Video, so 30 Minuten? Ich würde dir das Team und unseren Stack vorstellen und du erzählst ein bisschen von dir. Such dir gern einen Slot aus: https://cal.com/jonas-wolkenwerk/kennenlernen

Beste Grüße
Jonas
Talent & People, Wolkenwerk GmbH
""", date="2026-02-24 11:30 +0100", fmt="alt", skin="gmail", cte="qp"),

    S("interview_invitation", "en", "next_stage_panel", "Bluestem Insurance", "g.alvarez@bluestem.example.com",
      "Gabriela Alvarez <g.alvarez@bluestem.example.com>",
      "Next stage - Actuarial Analyst",
      """Hi Jordan,

Thank you for your time on the phone last Friday. The hiring team really enjoyed your answers about reserving models, and we'd love to move you to the next stage: a 90-minute panel interview with three members of the actuarial team.

Could you let me know your availability for the week of June 1st? The panel is usually held on Tuesdays or Thursdays between 9am and 4pm Central.

Best,
Gabriela Alvarez
Senior Recruiter, Bluestem Insurance
(312) 555-0107
""", date="2026-05-26 10:10 -0500", fmt="alt", skin="outlook"),

    S("interview_invitation", "en", "ashby_self_schedule_onsite", "Foxglove Bio", "hannah.reyes@foxglove.example.bio",
      "Foxglove Bio <no-reply@ashbyhq.com>",
      "Foxglove Bio: please schedule your onsite interviews",
      """Hi Jordan,

We're excited to invite you to the final onsite loop for the Computational Biologist position. It consists of four conversations over about four hours at our South San Francisco office, plus lunch with the team.

Please choose a day that works for you using this link: https://jobs.ashbyhq.com/foxglove/interview-scheduling/6c1d

Your recruiting coordinator is Hannah Reyes. You can reply directly to this email with any questions or accessibility needs.

Foxglove Bio Talent
""", reply_to="Hannah Reyes <hannah.reyes@foxglove.example.bio>", date="2026-07-08 18:45 +0000",
      fmt="html", skin="ats"),

    S("interview_invitation", "fr", "invitation_teams_ics", "Assurances Méridienne", "nicolas.garnier@meridienne-assur.example.fr",
      "Nicolas Garnier <nicolas.garnier@meridienne-assur.example.fr>",
      "Invitation : Entretien RH - Jordan Lee",
      """Bonjour Jordan,

Comme convenu par téléphone, je vous envoie l'invitation pour notre entretien RH du lundi 4 mai à 15h00 (durée 45 minutes), sur Microsoft Teams.

N'hésitez pas à me contacter si vous avez la moindre question d'ici là.

Cordialement,
Nicolas Garnier
Chargé de recrutement - Assurances Méridienne
""", date="2026-04-27 17:05 +0200", fmt="alt", skin="outlook",
      ics=ics("040000008200E00074C5B7101A82E008000000007A@meridienne-assur.example.fr", "20260504T150000",
              "20260504T154500", "Entretien RH - Jordan Lee", "nicolas.garnier@meridienne-assur.example.fr",
              tzid="Romance Standard Time", location="Réunion Microsoft Teams")),

    S("interview_invitation", "en", "lever_hiring_manager_round", "Ridgeway Outfitters", "claire.dubois@ridgeway.example.com",
      "Claire Dubois <no-reply@hire.lever.co>",
      "Next round with Ridgeway Outfitters",
      """Hi Jordan,

Thanks for chatting with me on Monday! I shared my notes with Paul, the hiring manager for the E-commerce Analyst role, and he'd like to meet you for the next round.

The conversation is 45 minutes over Zoom and focuses on how you approach A/B test analysis. Here are some times Paul has free:
- Wed, Mar 25 at 10:00 AM MT
- Thu, Mar 26 at 1:30 PM MT

Just reply with the one that works best.

Claire
""", reply_to="Claire Dubois <claire.dubois@ridgeway.example.com>", date="2026-03-18 13:40 -0600",
      fmt="alt", skin="ats"),

    S("interview_invitation", "es", "agencia_cliente_conocerte", "Hoteles Brisamar", "pablo.ortega@talentoplus.example.es",
      "Pablo Ortega <pablo.ortega@talentoplus.example.es>",
      "Brisamar quiere conocerte",
      """¡Hola, Jordan!

Buenas noticias: he enviado tu candidatura a Hoteles Brisamar para el puesto de Revenue Manager y el cliente quiere conocerte.

La primera entrevista sería con la directora de operaciones, por videollamada, este viernes 22 a las 12:00. ¿Te encaja? Si no, dime qué franjas tienes libres y lo muevo.

Un saludo,
Pablo Ortega
Consultor Senior · TalentoPlus Selección
Móvil 655 555 987
""", date="2026-05-18 09:30 +0200", fmt="alt", skin="gmail"),

    S("interview_invitation", "en", "async_video_interview", "Larkspur Credit Union", "",
      "Larkspur Credit Union Careers <noreply@larkspurcu.example.org>",
      "Complete your video interview - Member Experience Analyst",
      """Dear Jordan,

Thank you for applying for the Member Experience Analyst position. We are pleased to invite you to the next step in our hiring process: a recorded video interview.

You will be asked five questions and have up to three minutes to answer each one. Please complete the interview within five days using the link below. You'll need a webcam and a quiet space.

Start your interview: https://larkspurcu.example.org/careers/video/JL-55721

We look forward to learning more about you.

Larkspur Credit Union Talent Team
""", date="2026-08-03 14:00 +0000", fmt="html", skin="ats"),

    S("interview_invitation", "de", "workday_einladung", "Hanseatische Bahnservice AG", "",
      "Hanseatische Bahnservice AG <hansebahn@myworkday.com>",
      "Einladung zum Interview: Werkstudent Data Analytics (JR-20931)",
      """Hallo Jordan Lee,

vielen Dank für Ihre Bewerbung als Werkstudent Data Analytics.

Wir möchten Sie gerne zu einem virtuellen Interview einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin in den nächsten zehn Tagen aus:
https://hansebahn.wd3.myworkday.com/hansebahn/d/inst/interview-scheduling/JR-20931

Bei Fragen wenden Sie sich bitte über das Kandidatenportal an uns.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Hanseatische Bahnservice AG

Dies ist eine automatisch generierte Nachricht.
""", date="2026-09-08 06:15 +0000", fmt="html", skin="ats", cte="b64"),

    S("interview_invitation", "en", "reply_to_application_outlook", "Calder & Finch", "m.obrien@calderfinch.example.com",
      "Maeve O'Brien <m.obrien@calderfinch.example.com>",
      "RE: Application - Data Engineer (ref CF-221)",
      """Dear Jordan,

Thank you for your application and for the clear cover letter. I'm pleased to say we would like to invite you to interview for the Data Engineer role.

The interview will take place on Monday 2 March at 11:00 GMT at our Manchester office (3 Albert Square). You'll meet myself and our Lead Data Engineer, Tom Harris. Please bring photo ID for reception.

Kindly confirm your attendance by replying to this email.

Kind regards,
Maeve O'Brien
HR Business Partner
Calder & Finch LLP
This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""", date="2026-02-20 12:31 +0000", fmt="alt", skin="outlook",
      quote=("outlook_en", "Jordan Lee <jordan.lee@example.org>", "Tuesday, February 17, 2026 8:14 PM",
             "Application - Data Engineer (ref CF-221)",
             """Dear Ms O'Brien,

Please find attached my CV and cover letter for the Data Engineer position (ref CF-221). I would welcome the opportunity to discuss my application.

Yours sincerely,
Jordan Lee""")),

    S("interview_invitation", "en", "forwarded_hiring_manager_note", "Tessellate Games", "ines.ward@tessellate.example.com",
      "Ines Ward <ines.ward@tessellate.example.com>",
      "Fwd: Jordan Lee - gameplay engineer",
      """Hi Jordan,

See below - Marcus loved your portfolio! Would you be able to come in for the pairing session on Wednesday 10 June at 2pm? It's about 90 minutes at our Brighton studio, and you'll be working through a small gameplay feature with him.

Let me know and I'll send the details.

Ines
Talent Partner, Tessellate Games
""", date="2026-06-04 11:58 +0100", fmt="alt", skin="gmail",
      quote=("fwd", "Marcus Lind <marcus.lind@tessellate.example.com>", "Thu, 4 Jun 2026 at 10:21",
             "Jordan Lee - gameplay engineer",
             """Ines - Jordan's demo reel is great, especially the physics prototype. Let's get them in for the pairing session next week if possible.

M""")),

    S("interview_invitation", "fr", "call_startup_tutoiement", "Hopla Mobilité", "yanis@hopla.example.fr",
      "Yanis Benali <yanis@hopla.example.fr>",
      "Ta candidature chez Hopla",
      """Hello Jordan,

Merci pour ta candidature au poste de Data Analyst ! Ton parcours nous plaît beaucoup.

Partant(e) pour un call de 20 minutes cette semaine pour faire connaissance ? Je suis dispo jeudi entre 14h et 18h ou vendredi matin. Dis-moi ce qui t'arrange et je t'envoie un lien Google Meet.

À très vite,
Yanis
Head of Talent @ Hopla Mobilité
""", date="2026-04-13 10:12 +0200", fmt="alt", skin="gmail", cte="b64"),

    S("interview_invitation", "en", "final_onsite_agenda", "Saltmarsh Media", "j.whitaker@saltmarsh.example.com",
      "Jenna Whitaker <j.whitaker@saltmarsh.example.com>",
      "Final interview at Saltmarsh Media - Thursday 24 September",
      """Hi Jordan,

We're excited to invite you to our Brooklyn office for the final interview for the Audience Insights Lead role on Thursday, September 24.

Agenda (all times ET):
10:00 - Welcome and office tour with me
10:30 - Case presentation to the Insights team (prepare 20 minutes on the brief attached)
11:30 - Conversation with Denise Carter, VP Audience
12:15 - Lunch with the team

Please let me know about any dietary requirements or accommodations.

Best,
Jenna Whitaker
Recruiting Manager | Saltmarsh Media
""", date="2026-09-15 16:20 -0400", fmt="alt", skin="ats",
      attach=[("Case_brief_Audience_Insights.pdf", "application/pdf", b"%PDF-1.4\n% case brief\n%%EOF\n")]),

    S("interview_invitation", "es", "invitacion_formal_ics", "Constructora Iberlinea", "rrhh.seleccion@iberlinea.example.es",
      "Selección Iberlinea <rrhh.seleccion@iberlinea.example.es>",
      "Convocatoria a entrevista: Jefe/a de Proyecto BIM",
      """Estimada Jordan Lee:

Nos complace comunicarle que ha sido preseleccionada para el puesto de Jefe/a de Proyecto BIM. Por ello, le convocamos a una entrevista personal el próximo martes 16 de junio a las 9:30 horas en nuestras oficinas de Valencia (Avenida del Puerto 45, 3.ª planta).

Le rogamos que confirme su asistencia respondiendo a este correo. Adjuntamos la convocatoria en formato calendario.

Atentamente,
Departamento de Selección
Constructora Iberlinea, S.L.
""", date="2026-06-08 13:00 +0200", fmt="alt", skin="outlook", charset="iso-8859-1", cte="qp",
      ics=ics("iberlinea-entrevista-2231@iberlinea.example.es", "20260616T093000", "20260616T103000",
              "Entrevista Jordan Lee - Jefe/a de Proyecto BIM", "rrhh.seleccion@iberlinea.example.es",
              tzid="Europe/Madrid", location="Avenida del Puerto 45, Valencia")),

    S("interview_invitation", "en", "teams_invite_disclaimer", "Kestrel Pharmaceuticals", "d.lindqvist@kestrelpharma.example.com",
      "Dana Lindqvist <d.lindqvist@kestrelpharma.example.com>",
      "Interview: Regulatory Data Specialist - Jordan Lee",
      """Hello Jordan,

Please find below the Microsoft Teams details for your interview with the Regulatory Affairs team on Friday, 9 October from 15:00 to 16:00 CET. The interviewers are Dr. Sven Holm and me.

Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_kestrel
Meeting ID: 312 555 889 12  Passcode: aB3xQ

Best regards,
Dana Lindqvist
Talent Acquisition Partner

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information of Kestrel Pharmaceuticals AB. If you are not the intended recipient, please delete it and notify the sender.
""", date="2026-10-01 09:00 +0200", fmt="alt", skin="outlook",
      ics=ics("kestrel-int-0091@kestrelpharma.example.com", "20261009T130000", "20261009T140000",
              "Interview: Regulatory Data Specialist - Jordan Lee", "d.lindqvist@kestrelpharma.example.com",
              location="Microsoft Teams Meeting")),

    S("interview_invitation", "de", "zweite_runde_am_schrieb", "Alpenglas Software", "m.huber@alpenglas.example.at",
      "Markus Huber <m.huber@alpenglas.example.at>",
      "AW: Zweite Runde",
      """Hallo Jordan,

danke für die schnelle Antwort! Dann machen wir die zweite Runde mit unserem CTO am Dienstag, 14. April, um 13:30 Uhr bei uns im Büro in Graz. Plan etwa zwei Stunden ein; es gibt eine kleine Live-Coding-Aufgabe und danach ein Gespräch über Architektur.

Ich freu mich!
Markus

--
Markus Huber | Head of Engineering | Alpenglas Software GmbH
+43 316 555 440
""", date="2026-04-03 15:44 +0200", fmt="alt", skin="gmail",
      quote=("gmail_de", "Jordan Lee <jordan.lee@example.org>", "Fr., 3. Apr. 2026 um 14:02 Uhr",
             "Zweite Runde",
             """Hallo Markus,

vielen Dank für das nette Gespräch! Für eine zweite Runde hätte ich am 14. oder 15. April Zeit.

Viele Grüße
Jordan""")),

    S("interview_invitation", "en", "smartrecruiters_schedule", "Everfield Foods", "",
      "Everfield Foods <notifications@smartrecruiters.com>",
      "You've been invited to schedule an interview with Everfield Foods",
      """Hello Jordan,

Everfield Foods has invited you to schedule an interview for the Supply Chain Planner position.

Interview type: Video interview (Microsoft Teams)
Duration: 45 minutes
Interviewer: Supply Chain Hiring Team

Choose a time: https://jobs.smartrecruiters.com/EverfieldFoods/schedule/3fa85f64

Good luck!
SmartRecruiters on behalf of Everfield Foods
""", date="2026-10-20 12:00 +0000", fmt="html", skin="ats"),
]

RESCHEDULES = [
    S("interview_reschedule_or_cancel", "en", "moved_updated_ics", "Pinecrest Logistics", "hiro.tanaka@pinecrest.example.com",
      "Hiro Tanaka <hiro.tanaka@pinecrest.example.com>",
      "Updated: Interview with Pinecrest Logistics moved to Friday",
      """Hi Jordan,

Apologies for the change - our hiring manager has a conflict on Wednesday, so we need to move your interview. The new time is Friday, March 27 at 2:00 PM Pacific, same Zoom link. The updated invitation is attached.

If Friday doesn't work, just let me know and we'll find another slot.

Thanks for your flexibility,
Hiro
""", date="2026-03-23 10:40 -0700", fmt="alt", skin="gmail",
      ics=ics("pinecrest-int-77@pinecrest.example.com", "20260327T210000", "20260327T220000",
              "Interview: Jordan Lee / Pinecrest Logistics", "hiro.tanaka@pinecrest.example.com",
              sequence=1, location="https://zoom.us/j/5550001234")),

    S("interview_reschedule_or_cancel", "de", "termin_verschieben", "Kranich Versand", "p.schulz@kranich-versand.example.de",
      "Petra Schulz <p.schulz@kranich-versand.example.de>",
      "Verschiebung Ihres Vorstellungsgesprächs",
      """Sehr geehrte Frau Lee,

leider müssen wir den für Mittwoch, 22. April, 14:00 Uhr vereinbarten Termin für Ihr Vorstellungsgespräch verschieben, da unser Abteilungsleiter kurzfristig verhindert ist.

Wir würden Ihnen stattdessen Montag, 27. April, um 10:00 Uhr oder Dienstag, 28. April, um 15:00 Uhr anbieten. Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Petra Schulz
Personalabteilung, Kranich Versand GmbH
""", date="2026-04-20 11:20 +0200", fmt="alt", skin="outlook", charset="iso-8859-1", cte="qp"),

    S("interview_reschedule_or_cancel", "en", "google_cancel_ics", "Obsidian Labs", "maya.ross@obsidianlabs.example.com",
      "Maya Ross <maya.ross@obsidianlabs.example.com>",
      "Canceled event: Onsite interview - Jordan Lee @ Tue May 12, 2026 10am - 2pm (PDT)",
      """This event has been canceled and removed from your calendar.

Onsite interview - Jordan Lee
When: Tuesday May 12, 2026 10am - 2pm (PDT)
Organizer: maya.ross@obsidianlabs.example.com

Maya's note: Hi Jordan, I'm cancelling Tuesday's onsite because two of the panel are out sick. I'll email you new dates shortly - sorry for the late notice!

Invitation from Google Calendar
""", date="2026-05-11 19:03 -0700",
      ics=ics("obs-onsite-5531@google.com", "20260512T170000", "20260512T210000",
              "Onsite interview - Jordan Lee", "maya.ross@obsidianlabs.example.com",
              method="CANCEL", status="CANCELLED", sequence=2)),

    S("interview_reschedule_or_cancel", "fr", "report_entretien", "Éditions Sauvageon", "lucie.fabre@sauvageon.example.fr",
      "Lucie Fabre <lucie.fabre@sauvageon.example.fr>",
      "Report de notre entretien de jeudi",
      """Bonjour Jordan,

Je suis désolée, mais nous devons reporter notre entretien prévu ce jeudi à 11h : la directrice éditoriale doit se rendre à un salon à Bruxelles.

Seriez-vous disponible le mardi suivant, le 12 mai, à la même heure ? Sinon, proposez-moi deux ou trois créneaux qui vous conviennent.

Merci de votre compréhension et à bientôt,
Lucie Fabre
Ressources humaines - Éditions Sauvageon
""", date="2026-05-04 16:32 +0200", fmt="alt", skin="gmail"),

    S("interview_reschedule_or_cancel", "en", "interviewer_sick_goodtime", "Silverline Mobility", "",
      "Silverline Mobility <scheduling@goodtime.io>",
      "Your interview with Silverline Mobility needs to be rescheduled",
      """Hi Jordan,

Unfortunately one of your interviewers is unwell and your System Design interview scheduled for Thursday, June 18 at 11:00 AM EDT can no longer take place.

Please pick a new time using the link below. Your other interviews are unchanged.

Reschedule: https://app.goodtime.io/reschedule/b71e

We're sorry for the inconvenience.
Silverline Mobility Recruiting
""", date="2026-06-17 21:15 +0000", fmt="html", skin="ats"),

    S("interview_reschedule_or_cancel", "es", "cambiar_hora", "Agroverde Cooperativa", "isabel.navarro@agroverde.example.es",
      "Isabel Navarro <isabel.navarro@agroverde.example.es>",
      "Cambio de hora de la entrevista",
      """Hola Jordan,

Te escribo porque tenemos que cambiar la hora de la entrevista de mañana: en lugar de a las 10:00, ¿podría ser a las 12:30? Al director técnico le ha surgido una reunión con un cliente a primera hora.

El enlace de Teams sigue siendo el mismo. Perdona las molestias y confírmame cuando puedas.

Gracias,
Isabel Navarro
Recursos Humanos · Agroverde Cooperativa
""", date="2026-09-21 17:48 +0200", charset="windows-1252", cte="8bit"),

    S("interview_reschedule_or_cancel", "en", "google_updated_time_changed", "Crescent Ledger", "omar.farouk@crescentledger.example.com",
      "Omar Farouk <omar.farouk@crescentledger.example.com>",
      "Updated invitation: Hiring manager interview - Jordan Lee @ Mon Jul 13, 2026 3pm - 3:45pm (BST)",
      """This event has been changed.

Hiring manager interview - Jordan Lee
When: Changed: Monday Jul 13, 2026 3pm - 3:45pm (BST)
(previously Friday Jul 10, 2026 11am - 11:45am)
Joining info: meet.google.com/kpr-zzqe-wob

Going (jordan.lee@example.org)? Yes - Maybe - No
Invitation from Google Calendar
""", date="2026-07-08 09:12 +0100",
      ics=ics("crescent-hm-12@google.com", "20260713T140000", "20260713T144500",
              "Hiring manager interview - Jordan Lee", "omar.farouk@crescentledger.example.com",
              sequence=3, location="meet.google.com/kpr-zzqe-wob")),

    S("interview_reschedule_or_cancel", "en", "cancel_manager_travelling", "Bramblewood Partners", "ellie.morgan@bramblewood.example.com",
      "Ellie Morgan <ellie.morgan@bramblewood.example.com>",
      "Tomorrow's interview",
      """Hi Jordan,

I'm so sorry to do this at short notice, but we need to cancel tomorrow's interview. Our hiring manager has been called away to a client site in Chicago for the rest of the week.

We're still very keen to speak with you. I'll send over some new times for next week by Friday.

Thanks for understanding,
Ellie Morgan
Talent Coordinator, Bramblewood Partners
""", date="2026-02-18 15:25 -0500", fmt="alt", skin="outlook"),

    S("interview_reschedule_or_cancel", "de", "ats_termin_geaendert", "Nordlicht Versicherungsgruppe", "",
      "Nordlicht Karriere <noreply@nordlicht-karriere.example.de>",
      "Ihr Interviewtermin wurde geändert",
      """Guten Tag Jordan Lee,

Ihr Interviewtermin für die Position Referent Datenschutz (m/w/d) wurde geändert.

Neuer Termin: Donnerstag, 15. Oktober 2026, 09:30 – 10:30 Uhr
Ort: Videointerview (Link folgt am Vortag)

Ihr bisheriger Termin am 13. Oktober entfällt. Wenn der neue Termin für Sie nicht passt, können Sie ihn im Kandidatenportal ändern: https://karriere.nordlicht.example.de/portal

Freundliche Grüße
Ihre Nordlicht Versicherungsgruppe
""", date="2026-10-08 12:00 +0200", fmt="html", skin="ats", cte="qp"),

    S("interview_reschedule_or_cancel", "fr", "annule_outlook_ics", "Transports Garonne", "s.lambert@transgaronne.example.fr",
      "Sophie Lambert <s.lambert@transgaronne.example.fr>",
      "Annulé : Entretien technique - Jordan Lee",
      """Bonjour Jordan,

L'entretien technique de vendredi est annulé ; notre responsable SI est en arrêt maladie. Je reviens vers vous la semaine prochaine pour fixer une nouvelle date.

Bien à vous,
Sophie Lambert
""", date="2026-11-04 08:50 +0100", fmt="alt", skin="outlook",
      ics=ics("040000008200E00074C5B7101A82E00800000000TG@transgaronne.example.fr", "20261106T100000",
              "20261106T110000", "Entretien technique - Jordan Lee", "s.lambert@transgaronne.example.fr",
              method="CANCEL", status="CANCELLED", sequence=1, tzid="Romance Standard Time")),

    S("interview_reschedule_or_cancel", "en", "agency_client_push", "Evergreen Capital", "liam.doyle@apexsearch.example.com",
      "Liam Doyle <liam.doyle@apexsearch.example.com>",
      "Evergreen Capital - interview moving",
      """Morning Jordan,

Quick heads up: Evergreen Capital have asked to push your second interview from this Thursday to next week, as the portfolio manager is travelling. They've suggested Tuesday 1st at 4pm or Wednesday 2nd at 9am.

Can you let me know which one you prefer by end of day? Nothing to worry about - they're still very positive.

Liam Doyle
Associate Director | Apex Search
""", date="2026-11-26 08:05 +0000", fmt="alt", skin="gmail"),

    S("interview_reschedule_or_cancel", "es", "cancelada_ics", "Universidad Privada del Norte", "carmen.vidal@upnorte.example.es",
      "Carmen Vidal <carmen.vidal@upnorte.example.es>",
      "Cancelada: Entrevista - Técnico/a de Sistemas",
      """Hola Jordan:

Te confirmo que la entrevista del lunes 19 queda cancelada. El tribunal de selección no puede reunirse ese día y estamos buscando una nueva fecha; te la comunicaré en cuanto la tengamos.

Disculpa las molestias.

Carmen Vidal
Servicio de Personal
""", date="2026-10-14 13:37 +0200", fmt="alt", skin="outlook",
      ics=ics("upnorte-sel-88@upnorte.example.es", "20261019T090000", "20261019T100000",
              "Entrevista - Técnico/a de Sistemas", "carmen.vidal@upnorte.example.es",
              method="CANCEL", status="CANCELLED", sequence=1, tzid="Europe/Madrid")),

    S("interview_reschedule_or_cancel", "en", "shift_by_an_hour_mobile", "Gullwing Studios", "pete@gullwing.example.com",
      "Pete Alvarez <pete@gullwing.example.com>",
      "Re: Chat tomorrow",
      """Hey Jordan, could we shift our call tomorrow by an hour, so 3pm instead of 2pm? Something came up on my end. Same link. Sorry!

Sent from my iPhone
""", date="2026-08-19 19:40 -0700",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Aug 17, 2026, at 9:12 AM", "Chat tomorrow",
             """Hi Pete, confirming our interview on Thursday at 2pm. Looking forward to it! Jordan""")),

    S("interview_reschedule_or_cancel", "en", "calendly_rescheduled_notification", "Anchorpoint Health", "rita.kowalski@anchorpoint.example.org",
      "Calendly <no-reply@calendly.com>",
      "Rescheduled: Rita Kowalski and Jordan Lee",
      """Hi Jordan Lee,

Your event has been rescheduled by Rita Kowalski.

Event: 30 Minute Screening Call - Anchorpoint Health
Former time: 11:00am - 11:30am, Monday, September 14, 2026 (Eastern Time)
New time: 1:30pm - 2:00pm, Tuesday, September 15, 2026 (Eastern Time)
Reason: "Sorry Jordan, a leadership meeting landed on Monday morning."

Need to make changes to this event? Cancel or reschedule: https://calendly.com/reschedulings/ab12cd
""", reply_to="Rita Kowalski <rita.kowalski@anchorpoint.example.org>", date="2026-09-11 14:22 +0000",
      fmt="html", skin="ats"),

    S("interview_reschedule_or_cancel", "en", "format_and_time_change", "Thistle & Rowe", "agnes.murray@thistlerowe.example.co.uk",
      "Agnes Murray <agnes.murray@thistlerowe.example.co.uk>",
      "Change to your interview on the 9th",
      """Dear Jordan,

I'm writing to let you know that we have had to make a change to your interview on Wednesday 9 December. Our Edinburgh office will be closed for maintenance that day, so the interview will now be held on Thursday 10 December at 10:30 by video call rather than in person.

I will send a new calendar invitation with the video link. Please accept my apologies for the disruption.

Kind regards,
Agnes Murray
Recruitment Officer
Thistle & Rowe Ltd
""", date="2026-11-30 11:00 +0000", fmt="alt", skin="outlook"),
]

MISSED = [
    S("missed_interview_notice", "en", "tried_calling", "Cardinal Freightways", "nina.patel@cardinalfreight.example.com",
      "Nina Patel <nina.patel@cardinalfreight.example.com>",
      "Phone screen today",
      """Hi Jordan,

We had a phone screen booked for 10:00 this morning for the Transportation Analyst role. I tried calling you at the scheduled time on the number on your application, and again ten minutes later, but couldn't get through and left a voicemail.

If you're still interested, reply to let me know a couple of times that work this week and we can try again.

Thanks,
Nina Patel
Recruiter, Cardinal Freightways
""", date="2026-03-05 10:32 -0600", fmt="alt", skin="outlook"),

    S("missed_interview_notice", "de", "nicht_erreicht", "Lindenhof Kliniken", "k.wagner@lindenhof-kliniken.example.de",
      "Katrin Wagner <k.wagner@lindenhof-kliniken.example.de>",
      "Unser Telefontermin heute um 10 Uhr",
      """Sehr geehrte Frau Lee,

wir waren heute um 10:00 Uhr zu einem telefonischen Interview für die Stelle als Medizininformatiker (m/w/d) verabredet. Leider konnten wir Sie unter der angegebenen Nummer nicht erreichen.

Sollten Sie weiterhin Interesse an der Position haben, melden Sie sich gern bei mir, damit wir einen neuen Termin vereinbaren können.

Mit freundlichen Grüßen
Katrin Wagner
Personalmanagement, Lindenhof Kliniken
""", date="2026-04-16 10:48 +0200", charset="iso-8859-1", cte="qp"),

    S("missed_interview_notice", "en", "did_not_join_teams", "Aldridge Consulting", "w.grant@aldridge.example.com",
      "William Grant <w.grant@aldridge.example.com>",
      "RE: Interview - Business Analyst",
      """Hi Jordan,

We were expecting you at 14:00 today for your interview with the consulting team, but you did not join the Teams meeting. We waited for about fifteen minutes before closing the call.

I hope everything is all right. Please let me know what happened and whether you would like us to look at another date.

Regards,
William Grant
Resourcing Manager, Aldridge Consulting
""", date="2026-05-21 14:35 +0100", fmt="alt", skin="outlook",
      quote=("outlook_en", "William Grant <w.grant@aldridge.example.com>", "Monday, May 18, 2026 10:11 AM",
             "Interview - Business Analyst",
             """Hi Jordan,

Confirming your interview on Thursday 21 May at 14:00 via Microsoft Teams. The invite has been sent.

Regards,
William""")),

    S("missed_interview_notice", "en", "ashby_we_missed_you", "Kinfolk Software", "aria.bennett@kinfolk.example.dev",
      "Kinfolk Software <no-reply@ashbyhq.com>",
      "We missed you today",
      """Hi Jordan,

It looks like we missed you for your Frontend Engineer technical interview today at 9:00 AM PT. These things happen!

If you'd still like to continue, you can rebook a time here: https://jobs.ashbyhq.com/kinfolk/rebook/4410, or reply to this email and Aria will help.

Best,
Kinfolk Recruiting
""", reply_to="Aria Bennett <aria.bennett@kinfolk.example.dev>", date="2026-06-09 17:20 +0000",
      fmt="html", skin="ats"),

    S("missed_interview_notice", "fr", "attendu_ce_matin", "Domaine Castelnau", "m.girard@castelnau.example.fr",
      "Mathilde Girard <m.girard@castelnau.example.fr>",
      "Entretien de ce matin",
      """Bonjour Jordan,

Nous vous avons attendu ce matin à 9h30 pour votre entretien au domaine, mais vous ne vous êtes pas présenté(e) et nous n'avons pas réussi à vous joindre par téléphone.

Si vous êtes toujours intéressé(e) par le poste d'assistant(e) export, merci de me recontacter afin que nous convenions d'un nouveau rendez-vous.

Cordialement,
Mathilde Girard
Domaine Castelnau
""", date="2026-07-02 11:15 +0200", charset="iso-8859-1", cte="8bit"),

    S("missed_interview_notice", "en", "didnt_get_to_connect", "Pelican Data", "josh.rivera@pelicandata.example.com",
      "Josh Rivera <josh.rivera@pelicandata.example.com>",
      "Sorry we didn't connect",
      """Hi Jordan,

Sorry we didn't get to connect for our 3:30 call this afternoon - I was on the Zoom until 3:45 but didn't see you join. No worries if something came up.

Want to grab another time? Here's my calendar: https://calendly.com/josh-pelican/screen

Josh
""", date="2026-08-06 15:58 -0400", fmt="alt", skin="gmail"),

    S("missed_interview_notice", "es", "no_te_conectaste", "Nubia Software", "sergio.campos@nubiasoft.example.es",
      "Sergio Campos <sergio.campos@nubiasoft.example.es>",
      "Entrevista de hoy",
      """Hola Jordan,

Hoy a las 17:00 teníamos la entrevista técnica por videollamada, pero no te conectaste y no hemos recibido ningún aviso. Te estuvimos esperando unos veinte minutos.

Si sigues interesada en el proceso, escríbeme y vemos si podemos buscar otro hueco.

Saludos,
Sergio Campos
Engineering Manager, Nubia Software
""", date="2026-09-29 17:35 +0200", fmt="alt", skin="gmail", cte="qp"),

    S("missed_interview_notice", "en", "onsite_no_show_reception", "Harrowgate Engineering", "reception.hr@harrowgate.example.com",
      "Harrowgate HR <reception.hr@harrowgate.example.com>",
      "Your interview at Harrowgate Engineering this morning",
      """Dear Jordan,

You were scheduled to arrive at our Leeds office at 10:00 this morning for your interview for the Graduate Structural Engineer position. Unfortunately we have no record of your arrival, and the interview panel has now moved on to other commitments.

If there were circumstances that prevented you from attending, please reply to this email and we will consider whether another interview can be arranged.

Yours sincerely,
Human Resources
Harrowgate Engineering Ltd
""", date="2026-10-13 11:40 +0100", fmt="alt", skin="outlook"),

    S("missed_interview_notice", "de", "nicht_im_zoom_du", "Flinkwerk", "anna@flinkwerk.example.de",
      "Anna Weber <anna@flinkwerk.example.de>",
      "Hast du unseren Call vergessen?",
      """Hi Jordan,

wir waren ja heute um 16 Uhr zum Zoom-Call verabredet – du warst leider nicht drin, und ich hab auch nichts von dir gehört. Ist alles okay bei dir?

Wenn du noch Interesse an der Stelle hast, schick mir gern ein paar neue Zeitfenster.

Viele Grüße
Anna
""", date="2026-11-11 16:27 +0100"),

    S("missed_interview_notice", "en", "missed_each_other_mobile", "Ostara Ventures", "felix@ostara.example.vc",
      "Felix Huang <felix@ostara.example.vc>",
      "missed each other?",
      """Hi Jordan, looks like we missed each other - I was on the Zoom link from the invite at 11 but no sign of you. Are you still up for chatting about the analyst role? Happy to find a new time.

Felix
Sent from my phone
""", date="2026-11-19 11:22 -0800"),
]

SPECS = [*INVITES, *RESCHEDULES, *MISSED]
