"""Rejections and interview invitations of the 73rd corpus, written by hand.

Standard library only (through msgs73_helpers); read by make_seventythird.py.
"""

from __future__ import annotations

from msgs73_helpers import DANA_NOTE, french, german, gmail, msg, outlook, spanish

R = "rejection"
INV = "interview_invitation"

REJECTIONS = [
    msg(R, "greenhouse_soft_pursue_others", "en",
        "Brightleaf Pantry via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Your application to Brightleaf Pantry", "2026-01-14 16:02 -0600", """
Hi Dana,

Thank you for your interest in the Lifecycle Marketing Manager role at Brightleaf Pantry and for taking the time to apply.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the team at this time.

We'll keep your information on file and encourage you to apply to future openings that match your experience.

Warm regards,
The Brightleaf Pantry Talent Team
""", company="Brightleaf Pantry", fmt="alt", logo="Brightleaf Pantry"),

    msg(R, "terse_hm_mobile", "en",
        "Kevin Oduya <kevin@tallgrassanalytics.test>", "Re: Growth Analyst",
        "2026-01-20 19:47 -0600", """
Dana - thanks for your time last week but we won't be moving forward. Good luck w/ the search

Sent from my iPhone
""" + gmail("Tue, Jan 13, 2026 at 10:02 AM", "Dana Whitfield-Osei <dana.wo@example.com>", DANA_NOTE),
        company="Tallgrass Analytics", contact="kevin@tallgrassanalytics.test", irt="<dana.tg.1@example.com>"),

    msg(R, "workday_position_filled", "en",
        "Lakeshore Regional Health <lakeshorehealth@myworkday.com>",
        "Update on Job Requisition R-0048812 Marketing Analyst II", "2026-01-27 08:11 -0600", """
Dear Dana Whitfield-Osei,

Thank you for applying for the position of Marketing Analyst II (R-0048812) with Lakeshore Regional Health.

We would like to inform you that the position has been filled. We appreciate your interest in Lakeshore Regional Health and encourage you to review our career site for other opportunities.

Sincerely,

Talent Acquisition
Lakeshore Regional Health

This is a system generated message. Please do not reply to this email.
""", company="Lakeshore Regional Health", fmt="html"),

    msg(R, "british_shant_progress", "en",
        "Harriet Bloom <h.bloom@fenwickandmarsh.example.co.uk>", "Your application - Product Marketing Executive",
        "2026-02-02 11:30 +0000", """
Dear Dana,

Many thanks for your application for the Product Marketing Executive role and for your patience whilst we reviewed it.

I'm afraid that on this occasion we shan't be progressing your application further. We had a very strong field and have shortlisted candidates with more UK market experience.

I do wish you every success with your search.

Kind regards,

Harriet Bloom
People Partner | Fenwick & Marsh
T: +44 20 7946 0312
Fenwick & Marsh Ltd is registered in England and Wales, company no. 01234567. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""", company="Fenwick & Marsh", contact="h.bloom@fenwickandmarsh.example.co.uk"),

    msg(R, "indian_regret_to_inform", "en",
        "Ananya Rao <ananya.rao@saffronloop.example.in>", "Application Status - Growth Marketing Associate",
        "2026-02-05 09:05 -0600", """
Dear Dana,

Greetings from Saffronloop Technologies!

We thank you for your interest and the time invested in our selection process. We regret to inform you that your profile has not been shortlisted for the next round for the Growth Marketing Associate (Remote - Americas) position.

We shall retain your CV in our database and do revert in case of a suitable opening in future.

Thanks & Regards,
Ananya Rao
Talent Acquisition | Saffronloop Technologies Pvt. Ltd.
Mob: +91 98450 12345
""", company="Saffronloop Technologies", contact="ananya.rao@saffronloop.example.in", charset="windows-1252"),

    msg(R, "lever_after_takehome", "en",
        "Meridian Cart <no-reply@hire.lever.co>", "Following up", "2026-02-11 13:40 -0600", """
Hi Dana,

Thanks so much for putting together the take-home case on subscription churn - the team really appreciated the thought that went into the segmentation.

After a lot of discussion we've decided not to move forward with your candidacy for the Senior Lifecycle Marketing Manager role. It was a close call, and it came down to hands-on experience with Braze at scale.

If you'd like more detail on the feedback, reply to this email and it'll reach me directly.

Best,
Priya Natarajan
Recruiting, Meridian Cart
""", company="Meridian Cart", contact="priya.natarajan@meridiancart.example.com",
        reply_to="Priya Natarajan <priya.natarajan@meridiancart.example.com>"),

    msg(R, "role_on_hold", "en",
        "Tom Kuczynski <tkuczynski@northbranchfoods.example.com>", "Update",
        "2026-02-17 15:22 -0600", """
Hi Dana,

I wanted to give you a quick and honest update. Leadership has put the Brand & Consumer Insights Manager role on hold through at least Q3 while we work through our budget, so we won't be proceeding with the search - or with your candidacy - for now.

I'm really sorry, I know you put time into the two conversations with us. If it reopens I'll reach out personally.

Tom

Tom Kuczynski
Director, Consumer Insights
North Branch Foods Co. | Milwaukee, WI
414-555-0187
""", company="North Branch Foods", contact="tkuczynski@northbranchfoods.example.com"),

    msg(R, "agency_relayed_client", "en",
        "Jess Hartigan <jess@hartiganpartners.example.net>", "Re: Cobalt Air - feedback",
        "2026-02-19 10:08 -0600", """
Hey Dana!!

So I heard back from Cobalt Air on the Loyalty Marketing Manager role - unfortunately they've decided to go with another candidate who had direct airline loyalty program experience :( Honestly they loved you and said your presentation was super sharp!!

Don't be discouraged, I have two other CPG roles I want to chat about - free tomorrow?

Jess Hartigan
Hartigan Partners | Executive Search
312-555-0144
""" + gmail("Mon, Feb 16, 2026 at 4:55 PM", "Dana Whitfield-Osei <dana.wo@example.com>", """Hi Jess,
Any news from Cobalt Air? I know they said end of last week.
Thanks!
Dana"""), company="Cobalt Air", contact="jess@hartiganpartners.example.net", irt="<dana.cobalt.3@example.com>"),

    msg(R, "icims_no_longer_considered", "en",
        "Great Plains Mutual Careers <careers-noreply@greatplainsmutual.icims.com>",
        "Great Plains Mutual - Application Status", "2026-02-24 02:14 -0600", """
Dear Dana,

Thank you for your interest in the Member Engagement Marketing Specialist position at Great Plains Mutual Insurance.

We have reviewed your qualifications and, at this time, you are no longer being considered for this position.

We encourage you to create a job alert so you are notified of future openings.

Regards,
Great Plains Mutual Insurance
Human Resources

*** Please do not respond to this message. This mailbox is not monitored. ***
""", company="Great Plains Mutual Insurance", fmt="html"),

    msg(R, "short_ashby", "en",
        "Quillfeather <notifications@ashbyhq.com>", "Quillfeather | Product Marketing Manager",
        "2026-03-02 17:31 -0500", """
Hi Dana,

Thanks for your time, but we won't be moving forward with your application for Product Marketing Manager.

- Quillfeather Hiring Team
""", company="Quillfeather", fmt="alt"),

    msg(R, "after_panel_warm", "en",
        "Rachel Stein <rachel.stein@hollowayadvertising.example.com>", "Holloway - Account Strategy role",
        "2026-03-05 12:10 -0500", """
Dana,

I wanted to reach out personally rather than send a form email. Thank you for spending an afternoon with the panel last Thursday. Everyone enjoyed meeting you, and the campaign teardown you walked us through sparked a lot of discussion.

That said, the team has decided to extend an offer to another finalist whose agency-side experience is a closer match for where the account is right now. This was genuinely a difficult decision.

I'd be glad to share more specific feedback on a short call if that would be useful - just let me know.

All the best,
Rachel

Rachel Stein | Senior Recruiter
Holloway Advertising
1140 Broadway, New York, NY 10001
[Holloway Advertising logo]
""", company="Holloway Advertising", contact="rachel.stein@hollowayadvertising.example.com"),

    msg(R, "successfactors_not_selected", "en",
        "careers@ontariohydroworks.successfactors.com", "Your application for Communications Analyst (Job ID 77120)",
        "2026-03-09 09:00 -0500", """
Dear Dana Whitfield-Osei ,

Thank you for applying for the Communications Analyst (Job ID 77120) position.After careful consideration of your application, we regret to advise that you have not been selected to proceed to the next stage of the recruitment process.

We thank you for your interest in a career with Ontario HydroWorks and wish you success in your career endeavours.

Yours truly,
Talent Acquisition
Ontario HydroWorks

Please do not reply to this automatically generated email.
""", company="Ontario HydroWorks", charset="iso-8859-1"),

    msg(R, "nigerian_english_after_interview", "en",
        "Chiamaka Eze <chiamaka.eze@kobopay.example.ng>", "Feedback: Growth Marketing Lead interview",
        "2026-03-12 14:45 +0100", """
Dear Dana,

Trust this mail finds you well.

Thank you for availing yourself for the interview sessions with our team for the Growth Marketing Lead (North America) role. Kindly note that after due consideration, we will not be proceeding with your application at this time.

We appreciate the interest you have shown in KoboPay and wish you the very best in your future endeavours.

Warm regards,
Chiamaka Eze
People & Culture, KoboPay
+234 803 555 0199
""", company="KoboPay", contact="chiamaka.eze@kobopay.example.ng"),

    msg(R, "taleo_req_cancelled", "en",
        "City of Evanston <evanston@taleo.net>", "Requisition Cancelled: Marketing & Communications Coordinator",
        "2026-03-18 06:30 -0500", """
Dear Dana,

Thank you for your interest in the Marketing & Communications Coordinator position (Requisition 26-0142) with the City of Evanston.

This requisition has been cancelled and will not be filled at this time. Your application will not be considered further for this posting. Should the position be reposted, you will need to submit a new application.

Human Resources Division
City of Evanston
2100 Ridge Avenue, Evanston, IL 60201

** This is an automated message. Replies to this address are not monitored. **
""", company="City of Evanston", fmt="html"),

    msg(R, "korean_owned_english", "en",
        "Jiwoo Park <jiwoo.park@hanbitbeauty.example.com>", "RE: Application - CRM Marketing Manager (US)",
        "2026-03-26 21:03 -0500", """
Dear Ms. Whitfield-Osei,

Thank you very much for your application and for interview with our US team last week.

Unfortunately, we decided to proceed with other candidate for this position. We sincerely appreciate your time and effort, and we hope to have a chance to work with you in the future.

Best regards,
Jiwoo Park
Global HR Team | Hanbit Beauty Co., Ltd.
Tel. +82-2-555-0123
""", company="Hanbit Beauty", contact="jiwoo.park@hanbitbeauty.example.com"),

    msg(R, "smartrecruiters_template", "en",
        "Ridgeway Outfitters <noreply@smartrecruiters.com>",
        "=?utf-8?q?Regarding_your_application_=E2=80=93_E-commerce_Marketing_Analyst?=",
        "2026-04-07 10:12 -0600", """
Dear Dana,

We appreciate the time and effort you took to apply for the E-commerce Marketing Analyst role at Ridgeway Outfitters. While your experience is impressive, we have decided to move forward with candidates whose qualifications better match our current requirements.

We wish you the best in your job search.

Ridgeway Outfitters Recruiting
""", company="Ridgeway Outfitters", fmt="html", links=[("View more jobs", "https://jobs.smartrecruiters.com/RidgewayOutfitters?utm_source=email")]),

    msg(R, "dutch_owned_direct", "en",
        "Sanne de Vries <sanne.devries@tulpfinance.example.nl>", "Your application",
        "2026-04-14 15:50 +0200", """
Hi Dana,

Thanks for applying to the Product Marketing Manager role for our Toronto office. I'll be direct: we are looking for somebody with more B2B payments experience, so we will not continue with your application. I hope that's clear and helps you in your search.

Good luck!

Sanne de Vries
Recruiter, Tulp Finance
""", company="Tulp Finance", contact="sanne.devries@tulpfinance.example.nl"),

    msg(R, "after_superday_outlook_chain", "en",
        "Marcus Bell <mbell@halsteadcapital.example.com>", "RE: Superday follow-up",
        "2026-05-06 17:55 -0500", """
Dana,

Thanks for the note. Unfortunately we've made the decision to go in a different direction for the Marketing Associate seat. Appreciate you coming in for the full day.

Marcus
""" + outlook("Dana Whitfield-Osei <dana.wo@example.com>", "Friday, May 1, 2026 9:14 AM",
              "Marcus Bell <mbell@halsteadcapital.example.com>", "Superday follow-up",
              """Hi Marcus,

Thank you for organizing Thursday's superday - I really enjoyed meeting the team. I'm very excited about the role and happy to provide references whenever helpful.

Best,
Dana"""), company="Halstead Capital", contact="mbell@halsteadcapital.example.com", irt="<dana.halstead.2@example.com>"),

    msg(R, "university_staff_role", "en",
        "Office of Human Resources <hr-noreply@lakemont.example.edu>", "Lakemont University: Position #S04418",
        "2026-06-02 11:00 -0500", """
Dear Applicant,

Thank you for your interest in the position of Assistant Director, Marketing Analytics (Position #S04418) at Lakemont University. The search committee has completed its review of applications and has selected candidates for interviews whose qualifications most closely match the needs of the department. We regret that you were not among those selected.

We appreciate your interest in Lakemont University.

Office of Human Resources
""", company="Lakemont University", charset="iso-8859-1", cte="quoted-printable"),

    # Spanish
    msg(R, "es_mx_descartado", "es",
        "Reclutamiento Grupo Alcázar <reclutamiento@grupoalcazar.example.mx>",
        "Seguimiento a tu postulación", "2026-02-09 12:20 -0600", """
Hola Dana,

Agradecemos mucho tu interés en la vacante de Analista de Mercadotecnia en Grupo Alcázar.

Después de revisar tu perfil con el área, te comentamos que en esta ocasión no continuarás en el proceso, ya que buscamos a alguien con más experiencia en canal moderno y autoservicio.

Te deseamos mucho éxito.

Saludos cordiales,
Mariana Quintero
Atracción de Talento | Grupo Alcázar
Tel. 81 5555 0123
""", company="Grupo Alcázar", contact="reclutamiento@grupoalcazar.example.mx", charset="iso-8859-1"),

    msg(R, "es_madrid_tras_entrevista", "es",
        "Lucía Fernández <lucia.fernandez@pimientalab.example.es>", "Re: Entrevista Product Marketing",
        "2026-03-20 18:02 +0100", """
Hola Dana:

Gracias por tu tiempo el martes y por la presentación, de verdad.

Te escribo para contarte que finalmente hemos decidido seguir adelante con otra candidatura cuyo perfil encaja más con lo que necesitamos ahora mismo (sobre todo por el mercado español). Sé que no es la noticia que esperabas.

Un abrazo y mucha suerte,
Lucía

Enviado desde mi iPhone
""" + spanish("17 mar 2026, a las 9:40", "Dana Whitfield-Osei <dana.wo@example.com>", """Hola Lucía,
Muchas gracias por la entrevista de hoy. Quedo atenta a cualquier novedad.
Saludos,
Dana"""), company="Pimienta Lab", contact="lucia.fernandez@pimientalab.example.es", irt="<dana.pimienta.1@example.com>"),

    msg(R, "es_vacante_cancelada", "es",
        "Talento Humano - Financiera Ocotillo <no-responder@ocotillo.example.mx>",
        "=?iso-8859-1?q?Actualizaci=F3n_de_tu_proceso?=", "2026-04-22 09:30 -0600", """
Estimada Dana Whitfield-Osei:

Le informamos que la vacante de Especialista en CRM y Lealtad para la cual se postuló ha sido cancelada por la empresa, por lo que no será posible continuar con su proceso de selección.

Agradecemos su interés en Financiera Ocotillo.

Atentamente,
Talento Humano
Financiera Ocotillo

Este correo es generado automáticamente, favor de no responder.
""", company="Financiera Ocotillo", fmt="html", charset="iso-8859-1"),

    msg(R, "es_us_agencia", "es",
        "Daniela Rojas <daniela@puentetalent.example.com>", "Actualización - Bienestar Latino",
        "2026-05-19 13:14 -0500", """
Hola Dana, ¿cómo estás?

Te cuento que Bienestar Latino Health Plan me confirmó hoy que no van a avanzar con tu candidatura para Coordinadora de Marketing Comunitario. Eligieron a alguien que ya trabajaba con ellos en Houston. Qué pena, porque les gustó mucho tu experiencia bilingüe.

Seguimos en contacto, ¡tengo otras posiciones en mente!

Daniela Rojas
Puente | Búsqueda de Ejecutivos
""", company="Bienestar Latino Health Plan", contact="daniela@puentetalent.example.com"),

    msg(R, "es_corto", "es",
        "Andrés Villaseñor <andres@tiendalupita.example.mx>", "RE: Gerente de Growth",
        "2026-07-08 20:41 -0600", """
Dana, gracias por tu tiempo. Por ahora no vamos a seguir con tu perfil para Growth. Saludos!

Andrés
Tienda Lupita
""", company="Tienda Lupita", contact="andres@tiendalupita.example.mx"),

    # French
    msg(R, "fr_fr_suite_defavorable", "fr",
        "Recrutement Maison Verlaine <recrutement@maisonverlaine.example.fr>",
        "Votre candidature - Chef de produit marketing", "2026-02-13 10:45 +0100", """
Madame,

Nous avons bien étudié votre candidature au poste de Chef de produit marketing et vous remercions de l'intérêt que vous portez à Maison Verlaine.

Nous sommes toutefois au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature, d'autres profils correspondant davantage à nos attentes.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Élodie Marchand
Responsable Recrutement - Maison Verlaine
""", company="Maison Verlaine", contact="recrutement@maisonverlaine.example.fr", charset="iso-8859-1", cte="quoted-printable"),

    msg(R, "fr_qc_apres_entrevue", "fr",
        "Geneviève Tremblay <gtremblay@boreale-assurances.example.ca>", "Suivi - poste de conseillère marketing",
        "2026-04-02 16:20 -0400", """
Bonjour Dana,

Merci encore d'avoir pris le temps de rencontrer notre équipe la semaine passée. On a bien apprécié la discussion.

Après réflexion, on a décidé d'aller de l'avant avec une autre candidate dont l'expérience en assurance de dommages correspond davantage au poste. Ce n'était pas une décision facile.

Je te souhaite bonne chance dans tes démarches!

Geneviève Tremblay
Conseillère principale, acquisition de talents
Boréale Assurances | Montréal
514 555-0172
""", company="Boréale Assurances", contact="gtremblay@boreale-assurances.example.ca"),

    msg(R, "fr_teamtailor_poste_pourvu", "fr",
        "Lumen Voyages <notifications@teamtailor.com>", "Mise à jour concernant votre candidature",
        "2026-06-11 11:05 +0200", """
Bonjour Dana,

Merci pour votre candidature au poste de Growth Marketing Manager chez Lumen Voyages.

Le poste a été pourvu et nous clôturons donc le recrutement. Nous vous remercions sincèrement pour le temps consacré à votre candidature.

Belle journée,
L'équipe Lumen Voyages
""", company="Lumen Voyages", fmt="html", links=[("Voir nos offres", "https://lumenvoyages.teamtailor.com/jobs")]),

    msg(R, "fr_lyon_bref", "fr",
        "Paul Girard <p.girard@atelierbrioche.example.fr>", "Re: candidature",
        "2026-08-26 08:52 +0200", """
Bonjour Dana,

Merci pour votre candidature. Nous ne retiendrons pas votre profil pour ce poste.

Bonne continuation,
Paul Girard
Atelier Brioche - Lyon
""", company="Atelier Brioche", contact="p.girard@atelierbrioche.example.fr"),

    # German
    msg(R, "de_absage_formal", "de",
        "Personio <jobs@nordlicht-medien.jobs.personio.de>",
        "Ihre Bewerbung als Product Marketing Manager (m/w/d)", "2026-03-04 14:00 +0100", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihr Interesse an der Position als Product Marketing Manager (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Vogel
People & Culture
Nordlicht Medien GmbH, Hamburg
Geschäftsführer: Jan Albers | HRB 123456
""", company="Nordlicht Medien", charset="iso-8859-1", cte="quoted-printable"),

    msg(R, "de_nach_case_study", "de",
        "Felix Brandt <felix.brandt@kassenwerk.example.de>", "Feedback zur Case Study",
        "2026-05-28 17:12 +0200", """
Hallo Dana,

danke dir nochmal für die Case Study und die Präsentation am Montag - hat uns echt Spaß gemacht.

Leider haben wir uns am Ende für jemanden entschieden, der schon Erfahrung im deutschen Fintech-Markt mitbringt. Ich hätte dir gerne etwas anderes geschrieben.

Wenn du magst, gebe ich dir gerne noch detailliertes Feedback am Telefon.

Viele Grüße
Felix

Felix Brandt
Head of Growth | Kassenwerk
Berlin
""", company="Kassenwerk", contact="felix.brandt@kassenwerk.example.de"),

    msg(R, "de_stelle_gestrichen", "de",
        "Sabine Hoffmann <s.hoffmann@rheinfracht.example.de>", "Aw: Ihre Bewerbung - Marketing Analyst",
        "2026-09-15 10:31 +0200", """
Sehr geehrte Frau Whitfield-Osei,

leider muss ich Ihnen mitteilen, dass die ausgeschriebene Stelle aufgrund einer internen Umstrukturierung nicht mehr besetzt wird. Wir können Ihr Bewerbungsverfahren daher nicht fortsetzen.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen

Sabine Hoffmann
Personalabteilung
Rheinfracht Logistik AG | Frankfurt am Main
""" + german("12.09.2026 um 08:15", "Dana Whitfield-Osei <dana.wo@example.com>", """Sehr geehrte Frau Hoffmann,
gibt es bereits Neuigkeiten zu meiner Bewerbung?
Viele Grüße
Dana Whitfield-Osei"""), company="Rheinfracht Logistik", contact="s.hoffmann@rheinfracht.example.de",
        charset="windows-1252", irt="<dana.rhein.1@example.com>"),
]

INVITES = [
    msg(INV, "calendly_phone_screen", "en",
        "Megan Doyle <megan.doyle@cedarandoak.example.com>", "Cedar & Oak - Marketing Analyst",
        "2026-01-16 11:22 -0600", """
Hi Dana,

Thanks for applying for the Marketing Analyst role! I'd love to set up a 30-minute phone screen to learn more about you. Please grab a time that works here: https://calendly.com/megan-doyle-cedarandoak/30min

Thanks!
Megan

Megan Doyle | Talent Acquisition Partner
Cedar & Oak Home
""", company="Cedar & Oak Home", contact="megan.doyle@cedarandoak.example.com"),

    msg(INV, "quick_chat_terse", "en",
        "Jordan Lee <jordan@fizzlyapp.example.com>", "Quick question",
        "2026-01-22 08:03 -0700", """
hey Dana - saw your app for the lifecycle role. would you be free for a quick chat thurs or fri afternoon? 20 min, just me. lmk what works

jordan
cofounder, fizzly
""", company="Fizzly", contact="jordan@fizzlyapp.example.com"),

    msg(INV, "goodtime_hm_interview", "en",
        "Harborline Travel Recruiting <scheduling@goodtime.io>", "Schedule your interview with Harborline Travel",
        "2026-02-03 14:15 -0500", """
Hi Dana,

Great news - the hiring team would like to move you to the next stage for the CRM Marketing Manager role!

Your next step is a 45-minute interview with Olivia Grant, Director of CRM. Please select a time that works for you using the link below. Times are shown in your local time zone.

Select a time

If none of the times work, reply to this email and your recruiter will help.

Harborline Travel Recruiting
""", company="Harborline Travel", contact="nate.cho@harborlinetravel.example.com",
        reply_to="Nate Cho <nate.cho@harborlinetravel.example.com>", fmt="html",
        links=[("Select a time", "https://app.goodtime.io/self-schedule/abc123?utm_medium=email")]),

    msg(INV, "panel_with_ics", "en",
        "Aisha Mensah <amensah@vireohealthplans.example.org>", "Invitation: Panel interview - Member Marketing Manager",
        "2026-02-12 10:40 -0600", """
Hi Dana,

We'd like to invite you to a panel interview for the Member Marketing Manager position. The panel will include Dr. Lisa Huang (VP Marketing), Carlos Medina (Member Experience) and me. Please plan for 60 minutes; we'll ask you to walk us through a campaign you're proud of.

Wednesday, February 18, 2:00-3:00 PM CT, Microsoft Teams (invite attached).

Please accept the calendar invite to confirm.

Aisha Mensah
Talent Acquisition, Vireo Health Plans
(312) 555-0139
""", company="Vireo Health Plans", contact="amensah@vireohealthplans.example.org",
        ics={"summary": "Panel interview - Dana Whitfield-Osei / Member Marketing Manager",
             "start": "20260218T200000Z", "end": "20260218T210000Z", "organizer": "amensah@vireohealthplans.example.org",
             "cn": "Aisha Mensah", "uid": "vireo-panel-0218"}),

    msg(INV, "agency_exclaim", "en",
        "Brittany Fox <brittany@foxandfinch.example.com>", "GREAT NEWS!!",
        "2026-02-20 09:12 -0600", """
Hi Dana!!!

They want to meet you!!! The hiring manager at Sundial Snacks loved your resume and wants to do a 30 min video call next week for the Brand Marketing Manager role. She's free Tuesday 10-12 or Wednesday after 2 CT. Which works?? I'll send the invite as soon as you confirm!

So excited for you!!

Brittany Fox
Senior Recruiter | Fox & Finch
c: 773-555-0166
""", company="Sundial Snacks", contact="brittany@foxandfinch.example.com"),

    msg(INV, "greenhouse_next_round", "en",
        "Pennant Labs via Greenhouse <no-reply@us.greenhouse-mail.io>", "Next steps with Pennant Labs",
        "2026-03-03 12:01 -0500", """
Hi Dana,

Thanks for chatting with our team! We'd like to invite you to the next round: a 60-minute presentation interview with the Product Marketing team, where you'll present your take-home and answer questions.

Please use the link below to choose a time in the next week:
https://app.greenhouse.io/scheduling/request/7f3e2a?token=xyz

Reach out to me at kim.alvarez@pennantlabs.example.com with any questions.

Kim Alvarez
Recruiting Coordinator, Pennant Labs
""", company="Pennant Labs", contact="kim.alvarez@pennantlabs.example.com",
        reply_to="kim.alvarez@pennantlabs.example.com", fmt="alt"),

    msg(INV, "public_sector_formal", "en",
        "Minnesota Department of Health - Recruitment <recruitment@health.state.example.us>",
        "Interview Request: Health Communications Specialist (Job ID 88412)", "2026-03-10 08:30 -0500", """
Dear Dana Whitfield-Osei,

You have been selected for an interview for the position of Health Communications Specialist (Job ID 88412). Interviews will be conducted via Webex on March 17 and 18, 2026. Please reply to this message with your availability by 4:00 PM on March 12, 2026. Interviews will last approximately 45 minutes.

If you require an accommodation to participate in the interview, please let us know.

Thank you,
Paul Lindqvist
Human Resources Specialist
Minnesota Department of Health
651-555-0110
""", company="Minnesota Department of Health", contact="paul.lindqvist@health.state.example.us",
        reply_to="Paul Lindqvist <paul.lindqvist@health.state.example.us>"),

    msg(INV, "hm_onsite_toronto", "en",
        "Nadia Khoury <nadia.khoury@maplefare.example.ca>", "Re: Re: your application",
        "2026-03-24 15:05 -0400", """
Hi Dana,

Great to hear you'll be in Toronto that week! Would you be able to come into our King St office on Thursday the 2nd at 10am for an onsite with me and two folks from the growth team? Roughly 2.5 hrs including a working session. We'll cover lunch.

Let me know and I'll send the details.

Nadia
--
Nadia Khoury
Director of Growth, Maplefare
""" + gmail("Mon, Mar 23, 2026 at 9:02 PM", "Dana Whitfield-Osei <dana.wo@example.com>", """Hi Nadia,
Thanks so much for the call! Just FYI I'll be in Toronto March 30-April 3 in case an in-person meeting is easier.
Best,
Dana"""), company="Maplefare", contact="nadia.khoury@maplefare.example.ca", irt="<dana.maplefare.2@example.com>"),

    msg(INV, "indian_english_kindly", "en",
        "Rohit Sharma <rohit.sharma@vayudigital.example.in>", "Interview schedule - Performance Marketing Manager",
        "2026-04-01 10:10 +0530", """
Dear Dana,

Greetings of the day!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for the first round of interview for the Performance Marketing Manager (US Market) position.

Kindly share your availability for a virtual discussion this week between 9 AM and 12 PM CST. Request you to keep your updated CV handy.

Please do revert at the earliest.

Thanks & Regards,
Rohit Sharma
HR Executive | Vayu Digital Pvt. Ltd.
+91 99000 55512
""", company="Vayu Digital", contact="rohit.sharma@vayudigital.example.in"),

    msg(INV, "ashby_self_schedule", "en",
        "Orbit Ledger <no-reply@ashbyhq.com>", "Schedule your interview with Orbit Ledger",
        "2026-04-09 13:48 -0500", """
Hi Dana,

We'd love to move you to the next stage for Growth Marketing Manager! Please schedule your hiring manager interview (45 min, Zoom) with Ben Ortiz using the link below.

Schedule interview: https://jobs.ashbyhq.com/orbitledger/interview/schedule/9a1b

Looking forward to it,
Orbit Ledger Recruiting
""", company="Orbit Ledger", fmt="html", links=[("Schedule interview", "https://jobs.ashbyhq.com/orbitledger/interview/schedule/9a1b")]),

    msg(INV, "brazilian_owned_video", "en",
        "Camila Souza <camila.souza@pitangafoods.example.com.br>", "Interview invitation - Trade Marketing Analyst",
        "2026-04-16 11:30 -0300", """
Hi Dana, how are you?

I am Camila from the People team at Pitanga Foods. We analyzed your profile and we would like to invite you to an interview with our US Marketing Coordinator for the Trade Marketing Analyst position, in Chicago.

The interview will be on Google Meet, on April 21 at 1 PM (Chicago time). Can you confirm your participation?

Kisses and thanks!
Camila Souza
People & Culture | Pitanga Foods
""", company="Pitanga Foods", contact="camila.souza@pitangafoods.example.com.br"),

    msg(INV, "portfolio_review", "en",
        "Theo Marsh <theo@linebreakstudio.example.com>", "portfolio review?",
        "2026-04-28 18:22 -0500", """
Hi Dana - following up from your application for the growth strategist role. Could you come walk us through 2-3 pieces from your portfolio? 45 min over zoom, next Mon or Tues works on our end. Just reply w/ a time.

Theo
Linebreak Studio
""", company="Linebreak Studio", contact="theo@linebreakstudio.example.com"),

    msg(INV, "nonprofit_second_interview", "en",
        "Gloria Whitaker <gwhitaker@lakeviewfoundation.example.org>", "Second interview",
        "2026-05-12 09:45 -0500", """
Dear Dana,

On behalf of the search committee, thank you for your time last week. We were impressed and would like to invite you to a second interview for the Marketing & Communications Manager role. This will be an in-person conversation with our Executive Director, Dr. Samuel Reyes, at our office on W. Wacker Drive.

Could you let me know your availability for Monday, May 18 or Tuesday, May 19?

With gratitude,
Gloria Whitaker
Director of Operations
The Lakeview Foundation
""", company="The Lakeview Foundation", contact="gwhitaker@lakeviewfoundation.example.org"),

    msg(INV, "jobvite_teams_ics", "en",
        "Crestmark Bank Talent Acquisition <crestmark@jobvite.com>", "Interview Confirmation: Digital Marketing Analyst",
        "2026-06-04 16:30 -0500", """
Dear Dana,

You have been scheduled for an interview for the Digital Marketing Analyst position.

Date: Tuesday, June 9, 2026
Time: 11:00 AM - 11:45 AM Central
Interviewer(s): Raj Patel, Manager, Digital Marketing
Location: Microsoft Teams (link in calendar invitation)

Please contact Stephanie Wu at stephanie.wu@crestmarkbank.example.com if you need to make any changes.

Crestmark Bank
""", company="Crestmark Bank", contact="stephanie.wu@crestmarkbank.example.com",
        reply_to="stephanie.wu@crestmarkbank.example.com",
        ics={"summary": "Interview: Dana Whitfield-Osei - Digital Marketing Analyst", "start": "20260609T160000Z",
             "end": "20260609T164500Z", "organizer": "stephanie.wu@crestmarkbank.example.com", "cn": "Stephanie Wu",
             "uid": "crestmark-0609"}),

    msg(INV, "airline_technical_sql", "en",
        "Sam Whitford <sam.whitford@northstarairways.example.com>", "Next step: analytics exercise + interview",
        "2026-07-14 12:00 -0500", """
Hi Dana,

Thanks again for the screen yesterday. Next step is a 60-min technical interview with two people from our Marketing Analytics team (SQL + a short attribution case, live, nothing to prepare ahead). I'll send a couple of options shortly, but wanted to give you a heads up so you can block time later next week.

Sam Whitford
Talent Acquisition | Northstar Airways
""", company="Northstar Airways", contact="sam.whitford@northstarairways.example.com"),

    msg(INV, "es_mx_entrevista_tecnica", "es",
        "Fernanda Ruiz <fernanda.ruiz@cafetalia.example.mx>", "Entrevista - Coordinadora de CRM",
        "2026-03-16 10:02 -0600", """
Hola Dana, buenos días.

Te escribo de Cafetalia porque nos interesó mucho tu perfil para la posición de Coordinadora de CRM en Monterrey (esquema híbrido). ¿Tendrías disponibilidad para una entrevista por Teams el jueves 19 a las 11:00 o el viernes 20 a las 16:00 (hora centro)?

Quedo atenta, saludos!

Fernanda Ruiz
Capital Humano | Cafetalia
Cel. 81 5555 0190
""", company="Cafetalia", contact="fernanda.ruiz@cafetalia.example.mx"),

    msg(INV, "es_madrid_segunda_fase", "es",
        "Equipo de Selección Soluna Energía <seleccion@solunaenergia.example.es>",
        "Próximos pasos en tu candidatura", "2026-05-05 09:15 +0200", """
Hola Dana:

Nos alegra comunicarte que has superado la primera fase del proceso para el puesto de Product Marketing Manager. Nos gustaría invitarte a una entrevista con la directora de marketing, Carmen Ibáñez, el próximo lunes 11 de mayo a las 16:30 (hora peninsular) por Google Meet.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Equipo de Selección
Soluna Energía
""", company="Soluna Energía", contact="seleccion@solunaenergia.example.es", charset="iso-8859-1", cte="8bit"),

    msg(INV, "es_us_llamada", "es",
        "Marisol Peña <mpena@clinicasol.example.org>", "Llamada?",
        "2026-06-23 14:40 -0500", """
Hola Dana! Soy Marisol de Clínica del Sol. Vi tu aplicación para Especialista de Mercadeo y me encantaría hablar contigo por teléfono unos 15-20 minutos esta semana. ¿Cuándo te queda bien? Te puedo llamar al número que pusiste en la aplicación.

Gracias!
Marisol Peña
Recursos Humanos, Clínica del Sol
""", company="Clínica del Sol", contact="mpena@clinicasol.example.org"),

    msg(INV, "es_agencia_cliente", "es",
        "Rodrigo Salas <rodrigo.salas@cumbrebusqueda.example.mx>",
        "=?utf-8?b?wr9UZSBpbnRlcmVzYSBhdmFuemFyPw==?=", "2026-08-04 12:33 -0600", """
Hola Dana,

Buenas noticias: el equipo de Banco Arrecife quiere conocerte para la posición de Gerente de Marketing Digital. Proponen una entrevista presencial en sus oficinas de Santa Fe el miércoles 12 a las 10:00. ¿Te funciona? Si sí, te mando la dirección y el nombre de quién te recibe.

Saludos,
Rodrigo Salas
Socio | Cumbre Búsqueda Ejecutiva
""", company="Banco Arrecife", contact="rodrigo.salas@cumbrebusqueda.example.mx"),

    msg(INV, "fr_paris_entretien", "fr",
        "Claire Dubois <claire.dubois@pavillonrose.example.fr>", "Entretien - Responsable CRM",
        "2026-02-25 09:20 +0100", """
Bonjour Dana,

Suite à votre candidature pour le poste de Responsable CRM, j'aurais souhaité échanger avec vous lors d'un premier entretien téléphonique d'environ 30 minutes.

Seriez-vous disponible jeudi 5 mars à 16h (heure de Paris) ou vendredi 6 mars à 15h ?

Bien cordialement,

Claire Dubois
Chargée de recrutement
Pavillon Rose
01 84 55 01 23
""", company="Pavillon Rose", contact="claire.dubois@pavillonrose.example.fr", charset="iso-8859-1"),

    msg(INV, "fr_qc_entrevue_ics", "fr",
        "Maxime Gagnon <maxime.gagnon@caisseriviere.example.ca>", "Invitation : Entrevue - Analyste marketing",
        "2026-04-20 13:00 -0400", """
Bonjour Dana,

Tel que discuté au téléphone, voici l'invitation pour ton entrevue avec Julie Bergeron (directrice marketing) et moi-même, le lundi 27 avril de 10 h à 11 h, dans Teams.

Au plaisir de te rencontrer!

Maxime Gagnon
Conseiller en acquisition de talents
Caisse Rivière
""", company="Caisse Rivière", contact="maxime.gagnon@caisseriviere.example.ca",
        ics={"summary": "Entrevue - Dana Whitfield-Osei - Analyste marketing", "start": "20260427T140000Z",
             "end": "20260427T150000Z", "organizer": "maxime.gagnon@caisseriviere.example.ca", "cn": "Maxime Gagnon",
             "uid": "caisse-0427"}),

    msg(INV, "fr_lyon_etape_suivante", "fr",
        "Welcome Team Rivage <no-reply@rivage-recrute.example.fr>", "Prochaine étape : entretien avec l'équipe",
        "2026-06-16 10:05 +0200", """
Bonjour Dana,

Bonne nouvelle ! Votre profil a retenu toute notre attention pour le poste de Chef de projet Growth. Nous aimerions vous proposer un entretien avec Thomas, le manager, et une personne de l'équipe.

Choisissez votre créneau ici : https://rivage-recrute.example.fr/creneaux/5521

Pour toute question, répondez à Inès Laurent (ines.laurent@rivage.example.fr).

À très vite,
L'équipe Rivage
""", company="Rivage", contact="ines.laurent@rivage.example.fr", reply_to="Inès Laurent <ines.laurent@rivage.example.fr>",
        fmt="html", links=[("Choisir un créneau", "https://rivage-recrute.example.fr/creneaux/5521")]),

    msg(INV, "fr_paris_etude_de_cas", "fr",
        "Hugo Lefèvre <hugo@mesurelab.example.fr>", "Re: Chargée d'études",
        "2026-09-08 17:45 +0200", """
Bonjour Dana,

Merci pour votre retour. Comme convenu, on vous propose la dernière étape : une présentation de l'étude de cas (30 min) suivie d'un échange avec les associés, le mardi 15 septembre à 14h, en visio. Ça vous va ?

Hugo Lefèvre
Directeur d'études | MesureLab
""" + french("lun. 7 sept. 2026 à 09:12", "Dana Whitfield-Osei <dana.wo@example.com>", """Bonjour Hugo,
Merci beaucoup pour l'échange de vendredi. Je reste disponible pour la suite.
Bien à vous,
Dana"""), company="MesureLab", contact="hugo@mesurelab.example.fr", irt="<dana.mesure.1@example.com>"),

    msg(INV, "de_einladung_gespraech", "de",
        "Julia Neumann <julia.neumann@bergmann-versand.example.de>", "Einladung zum Vorstellungsgespräch",
        "2026-03-30 11:11 +0200", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihre Bewerbung als CRM Manager (m/w/d). Wir würden Sie gerne näher kennenlernen und laden Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein.

Passt Ihnen Dienstag, der 7. April, um 16:00 Uhr (MESZ)? Alternativ wäre Mittwoch, der 8. April, um 15:00 Uhr möglich.

Mit freundlichen Grüßen
Julia Neumann
Recruiting
Bergmann Versand GmbH
""", company="Bergmann Versand", contact="julia.neumann@bergmann-versand.example.de", charset="iso-8859-1", cte="quoted-printable"),

    msg(INV, "de_zweite_runde_du", "de",
        "Leon Schäfer <leon@flinkbank.example.de>", "Nächste Runde :)",
        "2026-07-21 09:34 +0200", """
Hi Dana,

kurze Info: das Team war nach eurem Gespräch begeistert und würde dich gerne in die nächste Runde einladen - ein Gespräch mit unserer VP Marketing, ca. 45 Minuten per Zoom. Hier kannst du dir direkt einen Slot aussuchen: https://calendly.com/flinkbank-recruiting/vp-interview

Bei Fragen melde dich gern!

Beste Grüße
Leon
Talent Acquisition @ FlinkBank
""", company="FlinkBank", contact="leon@flinkbank.example.de"),
]

MESSAGES = REJECTIONS + INVITES
