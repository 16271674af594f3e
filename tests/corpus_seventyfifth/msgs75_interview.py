"""Interview mail for the seventy-fifth corpus: invitations (25), employer reschedules or
cancellations (15) and missed-interview notices (10)."""

from __future__ import annotations

from functools import partial

from msgs75_lib import M, ics

INV = partial(M, "interview_invitation")
RES = partial(M, "interview_reschedule_or_cancel")
MIS = partial(M, "missed_interview_notice")

MESSAGES = [
    # ---------------- invitations: 13 en
    INV("calendly_phone_screen", "en", "Ardmore Therapeutics", "sinead.walsh@ardmoretx.example.com",
        "Sinead Walsh <sinead.walsh@ardmoretx.example.com>", "Ardmore Therapeutics - Supply Planner",
        "2026-01-14 10:20 IE",
        """Hi Aoife,

Thanks for applying for the Supply Planner role at our Carlow plant. I'd love to set up a 20-30 min phone screen to chat through your background and tell you a bit more about the team.

Can you grab a slot that suits here: https://calendly.com/sinead-walsh-ardmore/phone-screen

Any issues let me know.

Thanks,
Sinead

Sinead Walsh
Talent Partner, Ardmore Therapeutics
+353 59 555 0102
""", fmt="alt"),

    INV("agency_quick_chat", "en", "Fennick Foods", "rob@hollisandgray.example.com",
        "Rob Hollis <rob@hollisandgray.example.com>", "Quick question",
        "2026-01-22 08:03 IE",
        """Morning Aoife!!

Great news - Fennick Foods came back and they LOVE your CV for the Demand Planning Analyst role in Naas! They want to meet you for a first round, 45 mins on Teams with the S&OP manager.

Would you be free for a quick chat today or tomorrow so I can prep you? And can you send me your availability for next Tues/Weds/Thurs?

Cheers!!
Rob

Rob Hollis | Director
Hollis & Gray | 087 555 4410
"""),

    INV("greenhouse_self_schedule", "en", "Skellig Payments", "",
        "Skellig Payments <no-reply@greenhouse.io>", "Next steps with Skellig Payments: schedule your interview",
        "2026-02-02 15:44 IE",
        """Hi Aoife,

Thanks for speaking with Ciara last week! We'd love to move you to the next stage of the process for the Vendor Management Lead position.

The next step is a 60-minute competency-based interview with the hiring manager, David Lyons, and a member of the Finance Ops team.

Please use the link below to choose a time that works for you:
https://app.greenhouse.io/scheduling/s/8f3c2a7b1d

If none of the times work, just reply to let us know.

Best,
Skellig Payments Recruiting
""", fmt="html", brand="Skellig Payments"),

    INV("onsite_site_visit_ics", "en", "Corrib Medical Devices", "eimear.fahy@corribmd.example.com",
        "Eimear Fahy <eimear.fahy@corribmd.example.com>", "Invitation: Interview & site visit - Materials Planner @ Wed 18 Feb 2026 10:00 - 12:00 (GMT)",
        "2026-02-09 12:10 IE",
        """Hi Aoife,

As discussed on the phone, please find attached the invitation for your interview at our Parkmore site in Galway on Wednesday 18th February at 10am.

The interview will be a panel (myself, Liam Costello - Planning Manager, and Orla from Quality) followed by a short tour of the production floor. Please bring photo ID for security and wear flat closed shoes for the site visit.

Parking is available in the visitor car park beside Building 3.

Kind regards,
Eimear

Eimear Fahy | HR Generalist | Corrib Medical Devices
Parkmore West, Galway | T: +353 91 555 020
[Corrib Medical Devices logo]
""", fmt="alt",
        ics=ics("corrib-20260218-materialsplanner@corribmd.example.com", "Interview - Materials Planner (Aoife Brennan-Castillo)",
                "20260218T1000", 120, "Eimear Fahy <eimear.fahy@corribmd.example.com>",
                location="Corrib Medical Devices, Building 3, Parkmore West, Galway")),

    INV("british_second_round", "en", "Carrow & Vane", "lucy.barnes@carrowvane.example.co.uk",
        "Lucy Barnes <lucy.barnes@carrowvane.example.co.uk>", "Re: Category Buyer - next steps",
        "2026-02-20 14:28 BST",
        """Hi Aoife,

Thank you for your time on Tuesday, Mark and I really enjoyed speaking with you.

We'd like to invite you to a second interview at our Manchester office. This will be a 30-minute case study presentation (brief attached - a supplier consolidation scenario) followed by 45 minutes of questions with Mark and our Commercial Director.

Could you let me know which of these suits?
- Thursday 5 March, 1pm
- Friday 6 March, 10am

Many thanks,
Lucy

Lucy Barnes
People Advisor | Carrow & Vane
""", attach=[("Case_Study_Brief.pdf", "application/pdf", b"%PDF-1.4\n% brief\n%%EOF\n")]),

    INV("hse_interview_notice", "en", "HSE", "",
        "HSE National Recruitment Service <donotreply@hse.example.ie>", "Campaign NRS14788 - Invitation to Interview",
        "2026-03-04 11:00 IE",
        """Campaign Reference: NRS14788
Grade VI - Supplies Officer, Cork University Hospital

Dear Aoife Brennan-Castillo,

I am pleased to inform you that you have been shortlisted for interview for the above post.

Interviews will take place via MS Teams on Tuesday 17th March 2026. Your interview time is 11:30am. A link to the virtual interview will be issued separately by email 24 hours before your interview.

The interview will be competency based. Please have photographic identification available.

Please confirm your attendance by logging into your candidate account on the recruitment portal.

Yours sincerely,
Recruitment Officer
National Recruitment Service
"""),

    INV("indian_english_telephonic", "en", "Sahyadri Pharma", "rahul.iyer@sahyadripharma.example.in",
        "Rahul Iyer <rahul.iyer@sahyadripharma.example.in>", "Interview Schedule - Procurement Manager, Europe",
        "2026-03-19 07:15 IE",
        """Dear Aoife,

Greetings of the day!

We are pleased to inform you that your profile has been shortlisted for the position of Procurement Manager - Europe (based out of our Dublin office).

Kindly find below the details of the first round telephonic interview:
Date: 24th March 2026
Time: 3:00 PM IST (Irish time)
Interviewer: Mr. Venkat Raman, Head - Global Sourcing

Request you to kindly confirm your availability at the earliest and do revert with an updated CV.

Thanks & Regards,
Rahul Iyer
HR - Talent Acquisition
Sahyadri Pharma Ltd.
"""),

    INV("swedish_owned_teams_ics", "en", "Fjällvik Industries", "anna.lindqvist@fjallvik.example.se",
        "Anna Lindqvist <anna.lindqvist@fjallvik.example.se>", "Invitation: Fjällvik | Interview S&OP Manager EMEA",
        "2026-04-08 09:30 CEST",
        """Hi Aoife,

Thank you for your application to the S&OP Manager EMEA role. We would like to invite you to a first interview over Microsoft Teams with me and Johan Berg, our Director of Integrated Planning.

Date: Tuesday 14 April, 13:00-14:00 Irish time

Please accept the calendar invitation. No preparation is needed, we want to get to know you and hear about your planning experience.

Best regards,
Anna Lindqvist
Talent Acquisition Partner
Fjällvik Industries AB, Göteborg
""", fmt="alt", name_charset="utf-8",
        ics=ics("AAMkAGI2-fjallvik-0414@fjallvik.example.se", "Interview S&OP Manager EMEA - Aoife Brennan-Castillo",
                "20260414T1200", 60, "Anna Lindqvist <anna.lindqvist@fjallvik.example.se>",
                location="Microsoft Teams Meeting",
                description="Join on your computer: https://teams.microsoft.com/l/meetup-join/19%3ameeting_fjv")),

    INV("japanese_owned_formal", "en", "Takamine Precision Europe", "k.sato@takamine-eu.example.com",
        "Keiko Sato <k.sato@takamine-eu.example.com>", "Interview invitation - Logistics Planning Specialist (Düsseldorf)",
        "2026-05-11 10:05 CEST",
        """Dear Ms. Brennan-Castillo,

Thank you very much for your application to Takamine Precision Europe.

We would like to invite you to an interview for the Logistics Planning Specialist position. The interview will be held at our European headquarters in Düsseldorf with Mr. Hiroshi Nakamura (General Manager, SCM) and myself. It will last about 90 minutes and will include a short SHL numerical reasoning test.

We would be grateful if you could let us know your availability on 19, 20 or 21 May. We will reimburse reasonable travel expenses.

We look forward to meeting you.

Sincerely yours,
Keiko Sato
Human Resources
Takamine Precision Europe GmbH
"""),

    INV("lever_panel_next_round", "en", "Quaymark", "",
        "Quaymark <no-reply@hire.lever.co>", "Following up",
        "2026-06-03 16:40 IE",
        """Hi Aoife,

Good news! The team enjoyed the first conversation and would like you to come in for a panel interview - 3 x 45 minute sessions (Planning, Procurement and a values chat with our COO) at our Grand Canal Dock office.

Please pick a half day that works from the options here: https://jobs.lever.co/quaymark/interview-scheduling/41c9

Any dietary requirements for lunch, just reply and let us know.

Quaymark Talent
""", fmt="alt", reply=True),

    INV("mobile_hm_terse", "en", "Kilbrack Distillery", "pj@kilbrackdistillery.example.ie",
        "PJ Rourke <pj@kilbrackdistillery.example.ie>", "Re: Operations Planner",
        "2026-07-01 21:14 IE",
        """Aoife are you around Thurs at 2 for a call? 20 mins. Ill ring your mobile

PJ

Sent from my iPhone
"""),

    INV("workday_assessment_centre", "en", "Ardán Airports", "",
        "Ardán Airports Careers <ardanairports@myworkday.com>", "Ardán Airports - Assessment Centre Invitation",
        "2026-08-12 12:00 IE",
        """Dear Aoife,

Congratulations! Following your successful online assessment, we are delighted to invite you to attend our Assessment Centre for the role of Airport Logistics Coordinator.

The assessment centre will take place on Thursday 27th August 2026 from 09:00 to 13:00 at Ardán Airports, Terminal 2 Training Centre, Cork. It will include a group exercise, a written exercise and a competency-based interview.

Please confirm your attendance by selecting "Accept" in your Workday candidate home within 3 working days.

Kind regards,
Ardán Airports Recruitment
This mailbox is not monitored.
""", fmt="html", brand="Ardán Airports"),

    INV("american_goodtime", "en", "Beaconfield Health", "jess.morales@beaconfieldhealth.example.com",
        "Beaconfield Health via GoodTime <scheduling@goodtime.io>", "Action requested: schedule your virtual onsite",
        "2026-09-08 14:00 EDT",
        """Hi Aoife,

Jess Morales has invited you to schedule your virtual onsite for Senior Manager, Supply Chain Operations (Boston, MA / Remote).

Your virtual onsite consists of 4 interviews, 45 minutes each, back-to-back. Please select a date and time that works for you:

Schedule now: https://app.goodtime.io/candidate/schedule/7c1e9

Questions? Reply to this email to reach Jess directly.

Powered by GoodTime
""", fmt="html", reply_to="Jess Morales <jess.morales@beaconfieldhealth.example.com>", brand="Beaconfield Health"),

    # invitations: 4 es
    INV("es_entrevista_telefonica", "es", "Frutas Serrano", "ana.rubio@frutasserrano.example.es",
        "Ana Rubio <ana.rubio@frutasserrano.example.es>", "Entrevista - Planificador/a de Demanda",
        "2026-02-25 11:30 CET",
        """Hola Aoife,

Hemos revisado tu CV y nos encaja mucho para el puesto de Planificadora de Demanda en nuestra sede de Valencia. ¿Te vendría bien una primera entrevista telefónica de unos 30 minutos el jueves o el viernes por la mañana?

Dime qué hueco te va mejor y te llamo.

Un saludo,
Ana Rubio
Técnica de Selección | Frutas Serrano
Tel. 961 555 340
""", charset="iso-8859-1", cte="qp"),

    INV("es_segunda_entrevista_ics", "es", "Naviera Cantábrica", "i.etxeberria@navieracantabrica.example.es",
        "Iñaki Etxeberria <i.etxeberria@navieracantabrica.example.es>", "Convocatoria segunda entrevista",
        "2026-04-27 16:10 CEST",
        """Buenas tardes, Aoife:

Nos complace comunicarle que ha superado la primera fase del proceso para el puesto de Coordinadora de Operaciones Portuarias. Le convocamos a una segunda entrevista presencial con la Dirección de Operaciones el próximo martes 5 de mayo a las 10:00 en nuestras oficinas de Madrid (Paseo de la Castellana 95, planta 12).

Le adjuntamos la convocatoria para su calendario. Le rogamos confirme su asistencia.

Atentamente,
Iñaki Etxeberria
Recursos Humanos - Naviera Cantábrica
""", fmt="alt", name_charset="iso-8859-1",
        ics=ics("nc-2entrevista-0505@navieracantabrica.example.es", "Segunda entrevista - Aoife Brennan-Castillo",
                "20260505T0800", 60, "Iñaki Etxeberria <i.etxeberria@navieracantabrica.example.es>",
                location="Paseo de la Castellana 95, planta 12, Madrid")),

    INV("es_consultora_whatsapp_tono", "es", "Mercabarna Fresh", "pablo@talentia-consultores.example.es",
        "Pablo Navarro <pablo@talentia-consultores.example.es>", "Re: Proceso Jefa de Compras Barcelona",
        "2026-06-18 13:22 CEST",
        """Hola Aoife!!

Buenísimas noticias: el cliente (Mercabarna Fresh) quiere conocerte!! Te proponen una entrevista por videollamada con el director de operaciones el lunes 22 a las 17h o el martes 23 a las 9h.

Me confirmas cuál te viene mejor y les paso la respuesta hoy mismo?

Gracias!
Pablo

El mar, 16 jun 2026 a las 10:40, Aoife Brennan-Castillo (<aoife.bc@example.ie>) escribió:
> Hola Pablo, te adjunto el CV actualizado. Un saludo!
"""),

    INV("es_portal_prueba_caso", "es", "Ibérica de Componentes", "",
        "Ibérica de Componentes <empleo@notificaciones.example.es>", "Siguiente fase: entrevista técnica",
        "2026-09-22 09:00 CEST",
        """Hola Aoife:

¡Enhorabuena! Has pasado a la siguiente fase del proceso para el puesto de Analista de Compras Indirectas.

La siguiente fase consiste en una entrevista técnica de 60 minutos con el equipo de Compras, en la que te pediremos que presentes un pequeño caso práctico. Reserva tu hora aquí: https://agenda.example.es/ibericacomponentes/entrevista-tecnica

Este correo se ha generado automáticamente, por favor no respondas.

Ibérica de Componentes - Equipo de Selección
""", fmt="html", brand="Ibérica de Componentes"),

    # invitations: 4 fr
    INV("fr_entretien_visio", "fr", "Brasserie du Nord-Escaut", "c.lefebvre@bne-brasserie.example.fr",
        "Camille Lefebvre <c.lefebvre@bne-brasserie.example.fr>", "Votre candidature - Responsable Planification",
        "2026-03-09 10:48 CET",
        """Bonjour Madame Brennan-Castillo,

Suite à l'examen de votre candidature pour le poste de Responsable Planification sur notre site de Lille, nous souhaiterions vous rencontrer lors d'un premier entretien en visioconférence.

Seriez-vous disponible le jeudi 12 mars à 14h ou le vendredi 13 mars à 10h ? L'entretien durera environ 45 minutes.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Camille Lefebvre
Chargée de recrutement
Brasserie du Nord-Escaut
"""),

    INV("fr_belge_tu_cabinet", "fr", "Port Logistics Liège", "thomas@recrutae.example.be",
        "Thomas Renard <thomas@recrutae.example.be>", "On se parle ?",
        "2026-05-05 12:01 CEST",
        """Hello Aoife,

Ton profil a beaucoup plu à mon client Port Logistics Liège pour le poste de Supply Chain Planner. Ils aimeraient te voir pour un premier entretien la semaine prochaine, en visio ou sur place à Liège, comme tu préfères.

Tu as des dispos mardi ou mercredi après-midi ? Je te propose qu'on s'appelle avant pour préparer.

A tout vite,
Thomas
+32 475 55 12 90
"""),

    INV("fr_smartrecruiters_ics", "fr", "Atelier Berthelot", "",
        "Atelier Berthelot <noreply@smartrecruiters.com>", "Invitation : entretien avec Atelier Berthelot",
        "2026-07-14 09:30 CEST",
        """Bonjour Aoife,

Nous avons le plaisir de vous convier à un entretien pour le poste d'Approvisionneuse - Lyon.

Date : mardi 21 juillet 2026
Heure : 11h00 - 12h00 (heure de Paris)
Lieu : 14 quai Saint-Vincent, 69001 Lyon
Avec : Hélène Marchand, Directrice Supply Chain

Merci de confirmer votre présence via le lien ci-dessous :
https://jobs.smartrecruiters.com/AtelierBerthelot/interview/confirm/88a1

L'équipe Recrutement Atelier Berthelot
""", fmt="alt", brand="Atelier Berthelot",
        ics=ics("sr-int-88a1@smartrecruiters.com", "Entretien - Approvisionneuse - Aoife Brennan-Castillo",
                "20260721T0900", 60, "Atelier Berthelot <noreply@smartrecruiters.com>",
                location="14 quai Saint-Vincent, 69001 Lyon")),

    INV("fr_test_shl_puis_entretien", "fr", "Groupe Solvéa", "m.garnier@solvea.example.fr",
        "Mathilde Garnier <m.garnier@solvea.example.fr>", "Prochaine étape - Acheteuse Projets",
        "2026-10-01 15:15 CEST",
        """Bonjour Aoife,

Merci pour vos résultats aux tests SHL, très concluants. Nous vous proposons de passer à l'étape suivante : un entretien avec le manager achats, M. Fabien Roux, et moi-même, dans nos locaux de Lyon Part-Dieu.

Pourriez-vous m'indiquer vos disponibilités pour la semaine du 12 octobre ?

Bien cordialement,
Mathilde Garnier
Talent Acquisition - Groupe Solvéa
""", charset="windows-1252", cte="8bit"),

    # invitations: 4 de
    INV("de_einladung_vorstellungsgespraech", "de", "Elbtal Logistik", "j.hansen@elbtal-logistik.example.de",
        "Jana Hansen <j.hansen@elbtal-logistik.example.de>", "Einladung zum Vorstellungsgespräch",
        "2026-02-12 13:40 CET",
        """Sehr geehrte Frau Brennan-Castillo,

vielen Dank für Ihre Bewerbung als Supply Chain Planerin (m/w/d). Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, den 26. Februar 2026, um 10:00 Uhr in unsere Zentrale in Hamburg-Waltershof ein. Gesprächspartner sind Herr Meier (Leitung Disposition) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jana Hansen
Personalreferentin
Elbtal Logistik GmbH & Co. KG
""", charset="iso-8859-1", cte="qp", subject_charset=None),

    INV("de_du_startup_call", "de", "Kistenwerk", "lena@kistenwerk.example.de",
        "Lena Vogt <lena@kistenwerk.example.de>", "Kurzer Call?",
        "2026-04-16 17:20 CEST",
        """Hi Aoife,

danke für deine Bewerbung als Ops Lead! Hast du Lust auf einen ersten Call (30 Min) nächste Woche? Such dir gern direkt einen Slot aus: https://calendly.com/lena-kistenwerk/30min

Freu mich!
Lena
Kistenwerk | People & Ops
"""),

    INV("de_zweitgespraech_ics", "de", "Rheinhafen Duisburg-Ruhrort", "m.schulte@rheinhafen-dr.example.de",
        "Markus Schulte <m.schulte@rheinhafen-dr.example.de>", "Zweitgespräch – Einkäufer/in Hafenlogistik",
        "2026-07-22 11:05 CEST",
        """Guten Tag Frau Brennan-Castillo,

wie telefonisch besprochen, laden wir Sie zu einem Zweitgespräch ein. Im Anhang finden Sie die Termineinladung für Dienstag, 4. August, 14:00 Uhr, vor Ort bei uns in Duisburg. Neben der Fachabteilung wird auch ein Mitglied der Geschäftsführung teilnehmen; planen Sie bitte ca. 2 Stunden inkl. Hafenrundgang ein.

Mit freundlichen Grüßen
Markus Schulte
Personalwesen
Rheinhafen Duisburg-Ruhrort AG
""", fmt="alt",
        ics=ics("rdr-zweitgespraech-0804@rheinhafen-dr.example.de", "Zweitgespräch Brennan-Castillo",
                "20260804T1200", 120, "Markus Schulte <m.schulte@rheinhafen-dr.example.de>",
                location="Hafenstraße 1, Duisburg")),

    INV("de_ats_interview_buchen", "de", "Alpenquell Getränke", "",
        "Alpenquell Getränke <jobs@mail.personio.de>", "Bitte wählen Sie einen Termin für Ihr Interview",
        "2026-09-29 08:45 CEST",
        """Hallo Aoife Brennan-Castillo,

wir freuen uns, Sie zu einem Video-Interview für die Position Demand Planner (m/w/d) einzuladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://alpenquell.jobs.personio.de/interview/book/b27f

Dies ist eine automatisch generierte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.

Ihr Team von Alpenquell Getränke
""", fmt="html", brand="Alpenquell Getränke"),

    # ---------------- reschedule / cancel: 9 en
    RES("hm_needs_to_move", "en", "Ardmore Therapeutics", "sinead.walsh@ardmoretx.example.com",
        "Sinead Walsh <sinead.walsh@ardmoretx.example.com>", "Re: Ardmore Therapeutics - Supply Planner",
        "2026-01-19 09:02 IE",
        """Hi Aoife,

Apologies for the short notice, our Planning Manager has been pulled into a site audit on Wednesday so we'll need to move your phone screen. Would Friday at 11am or Monday at 2:30pm work instead?

Sorry again!
Sinead
"""),

    RES("teams_updated_ics", "en", "Corrib Medical Devices", "eimear.fahy@corribmd.example.com",
        "Eimear Fahy <eimear.fahy@corribmd.example.com>", "Updated invitation: Interview & site visit - Materials Planner @ Thu 19 Feb 2026 14:00 - 16:00 (GMT)",
        "2026-02-13 16:22 IE",
        """Hi Aoife,

Unfortunately Liam is now travelling on Wednesday so we've had to move your interview to Thursday 19th Feb at 2pm. Everything else stays the same (same location, same panel). Updated invite attached - hope that still works for you?

Kind regards,
Eimear
""", fmt="alt",
        ics=ics("corrib-20260218-materialsplanner@corribmd.example.com", "Interview - Materials Planner (Aoife Brennan-Castillo)",
                "20260219T1400", 120, "Eimear Fahy <eimear.fahy@corribmd.example.com>", seq=1,
                location="Corrib Medical Devices, Building 3, Parkmore West, Galway")),

    RES("outlook_cancel_event", "en", "Fjällvik Industries", "anna.lindqvist@fjallvik.example.se",
        "Anna Lindqvist <anna.lindqvist@fjallvik.example.se>", "Canceled: Interview S&OP Manager EMEA - Aoife Brennan-Castillo",
        "2026-04-13 08:15 CEST",
        """Hi Aoife,

I'm very sorry but Johan is off sick today and we have to cancel tomorrow's interview. I will come back to you this week with new times.

Best regards,
Anna
""", fmt="alt", ics_method="CANCEL",
        ics=ics("AAMkAGI2-fjallvik-0414@fjallvik.example.se", "Interview S&OP Manager EMEA - Aoife Brennan-Castillo",
                "20260414T1200", 60, "Anna Lindqvist <anna.lindqvist@fjallvik.example.se>",
                method="CANCEL", status="CANCELLED", seq=2)),

    RES("agency_client_pushed_back", "en", "Fennick Foods", "rob@hollisandgray.example.com",
        "Rob Hollis <rob@hollisandgray.example.com>", "Re: Quick question",
        "2026-01-26 17:50 IE",
        """Hi Aoife,

Bit of a curveball - Fennick have asked to push Wednesday's interview back to Friday same time (10am), the S&OP manager has a board meeting that got moved. Really sorry about this!! Are you ok for Friday?

Rob
"""),

    RES("hse_postponed", "en", "HSE", "",
        "HSE National Recruitment Service <donotreply@hse.example.ie>", "Campaign NRS14788 - Interview Postponement",
        "2026-03-12 15:30 IE",
        """Campaign Reference: NRS14788

Dear Candidate,

Due to unforeseen circumstances the interviews scheduled for Tuesday 17th March 2026 have been postponed. We apologise for any inconvenience caused.

A new interview date will be notified to you in due course via your candidate account.

Recruitment Officer
National Recruitment Service
"""),

    RES("british_interviewer_ill", "en", "Carrow & Vane", "lucy.barnes@carrowvane.example.co.uk",
        "Lucy Barnes <lucy.barnes@carrowvane.example.co.uk>", "Re: Category Buyer - next steps",
        "2026-03-04 08:40 BST",
        """Morning Aoife,

I'm so sorry to do this at short notice, but our Commercial Director has come down with flu and won't be in tomorrow. Could we rearrange your second interview for one day next week? I can offer Tuesday 10 March at 11am or Wednesday 11 March at 2pm.

Do let me know what suits and apologies again.

Lucy
"""),

    RES("role_interview_cancelled_freeze", "en", "Quaymark", "",
        "Quaymark <no-reply@hire.lever.co>", "Change to your upcoming interview",
        "2026-06-12 18:02 IE",
        """Hi Aoife,

We're writing to let you know that your panel interview on Tuesday 16 June has been cancelled, as two of the panel have been called to our Amsterdam office that day.

We're really sorry for the disruption. You'll receive a new scheduling link in the next day or two so you can choose another half day.

Quaymark Talent
""", fmt="alt"),

    RES("indian_reschedule_revert", "en", "Sahyadri Pharma", "rahul.iyer@sahyadripharma.example.in",
        "Rahul Iyer <rahul.iyer@sahyadripharma.example.in>", "RE: Interview Schedule - Procurement Manager, Europe",
        "2026-03-23 06:50 IE",
        """Dear Aoife,

Due to an urgent business review, Mr. Venkat Raman will not be available tomorrow. We request you to kindly reschedule the telephonic interview to 26th March 2026 at 11:00 AM Irish time.

Kindly revert with your confirmation for the same.

Inconvenience caused is regretted.

Thanks & Regards,
Rahul Iyer
HR - Talent Acquisition
"""),

    RES("goodtime_rescheduled", "en", "Beaconfield Health", "jess.morales@beaconfieldhealth.example.com",
        "Beaconfield Health via GoodTime <scheduling@goodtime.io>", "Your virtual onsite has been rescheduled",
        "2026-09-14 11:10 EDT",
        """Hi Aoife,

Your virtual onsite with Beaconfield Health for Senior Manager, Supply Chain Operations has been rescheduled by Jess Morales.

Previous time: Thursday, September 17, 9:00 AM - 12:00 PM EDT
New time: Friday, September 18, 9:00 AM - 12:00 PM EDT

The Zoom link remains the same. Questions? Reply to this email to reach Jess directly.

Powered by GoodTime
""", fmt="html", reply_to="Jess Morales <jess.morales@beaconfieldhealth.example.com>"),

    # reschedule: 2 es, 2 fr, 2 de
    RES("es_cambio_hora", "es", "Naviera Cantábrica", "i.etxeberria@navieracantabrica.example.es",
        "Iñaki Etxeberria <i.etxeberria@navieracantabrica.example.es>", "RV: Convocatoria segunda entrevista",
        "2026-04-30 12:30 CEST",
        """Buenos días, Aoife:

Por un cambio de agenda de la Directora de Operaciones, necesitamos retrasar su entrevista del martes 5 de mayo de las 10:00 a las 12:30, mismo lugar. ¿Le vendría bien?

Disculpe las molestias.

Atentamente,
Iñaki Etxeberria
""", name_charset="iso-8859-1", reply=True),

    RES("es_anulada", "es", "Frutas Serrano", "ana.rubio@frutasserrano.example.es",
        "Ana Rubio <ana.rubio@frutasserrano.example.es>", "Re: Entrevista - Planificador/a de Demanda",
        "2026-03-02 18:05 CET",
        """Hola Aoife,

Lo siento muchísimo, pero tenemos que anular la entrevista de mañana: a mi responsable le ha surgido un viaje a la planta de Murcia. En cuanto vuelva te propongo nuevo día y hora, seguramente la semana que viene.

Un saludo y perdona las molestias,
Ana
""", charset="iso-8859-1"),

    RES("fr_report_entretien", "fr", "Brasserie du Nord-Escaut", "c.lefebvre@bne-brasserie.example.fr",
        "Camille Lefebvre <c.lefebvre@bne-brasserie.example.fr>", "Report de notre entretien",
        "2026-03-11 17:30 CET",
        """Bonjour Madame Brennan-Castillo,

Je suis au regret de devoir reporter notre entretien prévu demain jeudi à 14h, notre directeur industriel étant retenu sur le site de Douai. Pourrions-nous le décaler au lundi 16 mars, même heure ?

Avec toutes mes excuses pour ce contretemps,

Camille Lefebvre
Chargée de recrutement
"""),

    RES("fr_annulation_invitation", "fr", "Atelier Berthelot", "",
        "Atelier Berthelot <noreply@smartrecruiters.com>", "Annulation : entretien avec Atelier Berthelot",
        "2026-07-17 10:00 CEST",
        """Bonjour Aoife,

Votre entretien du mardi 21 juillet 2026 à 11h00 pour le poste d'Approvisionneuse - Lyon a été annulé. Un membre de l'équipe reviendra vers vous pour fixer une nouvelle date.

L'équipe Recrutement Atelier Berthelot
""", fmt="alt", ics_method="CANCEL",
        ics=ics("sr-int-88a1@smartrecruiters.com", "Entretien - Approvisionneuse - Aoife Brennan-Castillo",
                "20260721T0900", 60, "Atelier Berthelot <noreply@smartrecruiters.com>",
                method="CANCEL", status="CANCELLED", seq=1)),

    RES("de_terminverschiebung", "de", "Elbtal Logistik", "j.hansen@elbtal-logistik.example.de",
        "Jana Hansen <j.hansen@elbtal-logistik.example.de>", "AW: Einladung zum Vorstellungsgespräch",
        "2026-02-20 14:15 CET",
        """Sehr geehrte Frau Brennan-Castillo,

leider muss Herr Meier den Termin am 26. Februar aus dringenden betrieblichen Gründen absagen. Wir würden das Gespräch gern auf Montag, den 2. März, 10:00 Uhr verschieben. Passt Ihnen das?

Wir bitten um Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Jana Hansen
""", charset="iso-8859-1", cte="qp"),

    RES("de_absage_termin_du", "de", "Kistenwerk", "lena@kistenwerk.example.de",
        "Lena Vogt <lena@kistenwerk.example.de>", "Re: Kurzer Call?",
        "2026-04-21 09:12 CEST",
        """Hi Aoife,

sorry, ich muss unseren Call heute um 15 Uhr leider absagen – bei uns ist gerade Land unter. Kannst du einfach einen neuen Slot über meinen Calendly-Link buchen? Danke dir und sorry nochmal!

Lena
"""),

    # ---------------- missed: 6 en, 1 es, 2 fr, 1 de
    MIS("tried_calling", "en", "Kilbrack Distillery", "pj@kilbrackdistillery.example.ie",
        "PJ Rourke <pj@kilbrackdistillery.example.ie>", "Re: Operations Planner",
        "2026-07-02 14:22 IE",
        """Aoife, tried calling you at 2 as arranged but no answer. Went to voicemail twice. Let me know if you still want to chat

PJ
"""),

    MIS("teams_no_join", "en", "Skellig Payments", "ciara.moran@skelligpay.example.com",
        "Ciara Moran <ciara.moran@skelligpay.example.com>", "Today's interview",
        "2026-02-10 11:40 IE",
        """Hi Aoife,

David and I were on the Teams call at 11 for your interview but you didn't join the Teams meeting. We waited about 15 minutes.

I hope everything is ok. If something came up, please let me know and we can see whether it's possible to find another time.

Thanks,
Ciara

Ciara Moran
Talent Acquisition | Skellig Payments
"""),

    MIS("agency_where_were_you", "en", "Fennick Foods", "rob@hollisandgray.example.com",
        "Rob Hollis <rob@hollisandgray.example.com>", "Are you ok?",
        "2026-01-30 10:25 IE",
        """Aoife - just had Fennick on the phone, they were waiting for you on Teams at 10 and you didn't show up. Is everything ok?? Give me a call asap please, I'll try and smooth it over with them.

Rob
Hollis & Gray | 087 555 4410
"""),

    MIS("indian_did_not_attend", "en", "Sahyadri Pharma", "rahul.iyer@sahyadripharma.example.in",
        "Rahul Iyer <rahul.iyer@sahyadripharma.example.in>", "RE: Interview Schedule - Procurement Manager, Europe",
        "2026-03-26 12:20 IE",
        """Dear Aoife,

Mr. Venkat Raman tried to reach you on your mobile at 11:00 AM today as per the schedule, however the call could not be connected and you did not attend the interview.

Kindly revert with the reason and your availability if you wish to be considered further.

Thanks & Regards,
Rahul Iyer
HR - Talent Acquisition
"""),

    MIS("british_missed_onsite", "en", "Trentbridge Foods", "h.okafor@trentbridgefoods.example.co.uk",
        "Hannah Okafor <h.okafor@trentbridgefoods.example.co.uk>", "Your interview this morning",
        "2026-02-16 11:05 BST",
        """Dear Aoife,

We were expecting you at reception at 9.30 this morning for your first interview but unfortunately you didn't arrive, and we weren't able to reach you by phone.

I do hope all is well. If you are still interested in the role, please get in touch by the end of the week and we'll see what we can do.

Kind regards,
Hannah Okafor
Head of Supply Chain
Trentbridge Foods
"""),

    MIS("ashby_no_show_auto", "en", "Loomgrid", "maeve@loomgrid.example.com",
        "Maeve Sheridan <notifications@ashbyhq.com>", "We missed you today",
        "2026-03-05 15:31 IE",
        """Hi Aoife,

Looks like we missed each other for your 3pm video interview with Loomgrid today - the interviewer waited in the Zoom room but you didn't join.

If you'd still like to interview, reply here and I'll find you a new slot.

Maeve
""", fmt="alt", reply_to="Maeve Sheridan <maeve@loomgrid.example.com>"),

    MIS("es_no_se_conecto", "es", "Mercabarna Fresh", "pablo@talentia-consultores.example.es",
        "Pablo Navarro <pablo@talentia-consultores.example.es>", "Qué ha pasado?",
        "2026-06-22 17:40 CEST",
        """Aoife, el director de operaciones de Mercabarna Fresh te ha estado esperando en la videollamada de las 17h y no te has conectado. Te he llamado dos veces. ¿Está todo bien? Dime algo cuanto antes para ver si podemos recolocar la entrevista.

Pablo
"""),

    MIS("fr_absente_entretien", "fr", "Groupe Solvéa", "m.garnier@solvea.example.fr",
        "Mathilde Garnier <m.garnier@solvea.example.fr>", "Entretien de ce matin",
        "2026-10-13 11:30 CEST",
        """Bonjour Aoife,

Fabien Roux et moi vous attendions ce matin à 10h à l'accueil de nos locaux de Lyon Part-Dieu pour votre entretien, mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous joindre.

J'espère que tout va bien. Merci de revenir vers moi si vous souhaitez que nous convenions d'une autre date.

Bien cordialement,
Mathilde Garnier
Talent Acquisition - Groupe Solvéa
""", charset="windows-1252", cte="qp"),

    MIS("fr_belge_pas_venue", "fr", "Port Logistics Liège", "thomas@recrutae.example.be",
        "Thomas Renard <thomas@recrutae.example.be>", "Re: On se parle ?",
        "2026-05-13 15:10 CEST",
        """Aoife,

Le client m'a appelé : ils t'attendaient en visio à 14h et tu ne t'es pas connectée. Tout va bien ? Rappelle-moi dès que tu peux, j'essaie de reprogrammer avec eux.

Thomas
"""),

    MIS("de_nicht_erschienen", "de", "Rheinhafen Duisburg-Ruhrort", "m.schulte@rheinhafen-dr.example.de",
        "Markus Schulte <m.schulte@rheinhafen-dr.example.de>", "Unser Termin heute",
        "2026-08-04 15:20 CEST",
        """Guten Tag Frau Brennan-Castillo,

wir hatten Sie heute um 14:00 Uhr zum Zweitgespräch bei uns erwartet, Sie sind jedoch leider nicht erschienen. Auch telefonisch konnten wir Sie nicht erreichen.

Sollten Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Markus Schulte
Personalwesen
Rheinhafen Duisburg-Ruhrort AG
"""),
]
