"""Sixty-second corpus: rejections, application acknowledgements and offers (data only)."""

from __future__ import annotations

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

REJECTIONS = [
    {"kind": "rejection", "name": "greenhouse_soft_aligns", "lang": "en", "company": "Northwind Analytics", "contact": "",
         "frm": ("Northwind Analytics", "no-reply@us.greenhouse-mail.io"),
         "subject": "Your application to Northwind Analytics", "date": "2026-02-03T10:14:00-06:00",
         "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

Thank you for your interest in the Senior Product Marketing Manager role at Northwind Analytics and for taking the time to apply.

We received a large number of applications for this position, and after careful review we've decided to pursue other candidates whose background more closely aligns with the needs of the team right now.

We'll keep your information on file, and we encourage you to keep an eye on our careers page for future openings.

All the best,
The Northwind Analytics Talent Team
"""},
    {"kind": "rejection", "name": "mobile_oneliner_manager", "lang": "en", "company": "Lakeshore Provisions",
         "contact": "dana.okafor@lakeshoreprovisions.example.com",
         "frm": ("Dana Okafor", "dana.okafor@lakeshoreprovisions.example.com"),
         "subject": "Re: Brand Manager - follow up", "date": "2026-02-11T19:02:00-06:00",
         "reply": "CAJ7x9p2Lk@mail.example.com", "body": """
Thanks for your time Jordan, but we won't be moving forward. Appreciate you coming in. Best of luck

Sent from my iPhone

> On Feb 11, 2026, at 3:40 PM, Jordan Castellanos-Whitfield <jordan.cw@example.com> wrote:
>
> Hi Dana, just following up on the brand manager role - any update on timing? Thanks, Jordan
"""},
    {"kind": "rejection", "name": "workday_position_filled", "lang": "en", "company": "Mercy Ridge Health System", "contact": "",
         "frm": ("Mercy Ridge Health System", "mercyridge@myworkday.com"),
         "subject": "Update on Job Application - R-0047731 Marketing Analytics Manager", "date": "2026-02-18T07:30:00-06:00",
         "fmt": "html", "html": """<html><body><div style="font-family:Arial">
<p>Dear Jordan Castellanos-Whitfield ,</p>
<p>Thank you for your interest in the <b>Marketing Analytics Manager</b> (R-0047731) position at Mercy Ridge Health System.</p>
<p>We wanted to let you know that this position has been filled. While we are not able to move forward with your application for this role, we encourage you to continue to review our career opportunities and apply for positions that match your skills and interests.</p>
<p>Sincerely,<br>Talent Acquisition<br>Mercy Ridge Health System</p>
<p style="font-size:10px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply. Mercy Ridge Health System is an Equal Opportunity Employer. Minorities/Females/Disabled/Veterans.</p>
</div></body></html>"""},
    {"kind": "rejection", "name": "role_on_hold_recruiter", "lang": "en", "company": "Ledgerline", "contact": "priya.raman@ledgerline.example.com",
         "frm": ("Priya Raman", "priya.raman@ledgerline.example.com"),
         "subject": "Lifecycle Marketing Lead", "date": "2026-02-24T13:45:00-05:00", "body": """
Hi Jordan,

I wanted to reach out personally. Our leadership team made the call this week to put the Lifecycle Marketing Lead role on hold while we rework our 2026 budget, and we will not be proceeding with any candidates for it at this time.

I'm really sorry - I know you put real effort into the conversations with Marcus and the team, and this has nothing to do with you. If the role reopens I'll let you know first.

Priya Raman
Senior Technical Recruiter | Ledgerline
m: (646) 555-0182
"""},
    {"kind": "rejection", "name": "after_panel_gmail_chain", "lang": "en", "company": "Brightwater Foods", "contact": "kelsey.m@brightwaterfoods.example.com",
         "frm": ("Kelsey Moran", "kelsey.m@brightwaterfoods.example.com"),
         "subject": "Re: Next steps", "date": "2026-03-06T11:20:00-06:00", "reply": "c62-prev-005@mail.example.com",
         "fmt": "alt", "body": """
Hi Jordan,

Thanks again for spending the afternoon with the panel on Tuesday, and for being so flexible about rescheduling it. Everyone enjoyed meeting you and the discussion about the loyalty program relaunch was a highlight.

That said, it was a very close call and the team has decided to offer the role to another finalist who has deeper CPG shopper marketing experience. I know that's not the news you were hoping for.

If you'd like some feedback I'm happy to set up 15 minutes.

Kelsey

Kelsey Moran | Talent Partner
Brightwater Foods
312-555-0144

On Wed, Mar 4, 2026 at 9:02 AM Jordan Castellanos-Whitfield <jordan.cw@example.com> wrote:
> Hi Kelsey,
> Thank you again for organizing the panel interview on Tuesday. I really enjoyed
> meeting Tom, Alicia and Raj. Looking forward to hearing about next steps!
> Best,
> Jordan
"""},
    {"kind": "rejection", "name": "ashby_after_takehome", "lang": "en", "company": "Kestrel Pay", "contact": "marisol@kestrelpay.example.com",
         "frm": ("Kestrel Pay Hiring Team", "notifications@ashbyhq.com"),
         "reply_to": ("Marisol Greene", "marisol@kestrelpay.example.com"),
         "subject": "Kestrel Pay | Product Marketing Manager", "date": "2026-03-10T16:05:00-05:00", "fmt": "alt", "body": """
Hi Jordan,

Thank you for completing the take-home assignment for the Product Marketing Manager position - we know it takes real time and we appreciate it.

The team reviewed your submission carefully. While there was a lot we liked in your positioning work, we've decided not to move forward with your candidacy at this stage.

We wish you the best in your search.

Marisol Greene
Recruiting, Kestrel Pay
"""},
    {"kind": "rejection", "name": "search_firm_internal_candidate", "lang": "en", "company": "Great Lakes Mutual",
         "contact": "bwhitaker@harrowfinch.example.com",
         "frm": ("Ben Whitaker", "bwhitaker@harrowfinch.example.com"),
         "subject": "Great Lakes Mutual - update", "date": "2026-03-13T08:50:00-05:00", "body": """
Jordan -

Quick update from my side. Great Lakes Mutual came back to me last night and they have decided to go with an internal candidate for the Director, Partner Marketing search. Frustrating, as you were one of the two finalists and the CMO was complimentary about your case presentation.

I'll be in touch as other briefs come in - there's a fintech mandate starting next month that could be a fit.

Best,
Ben

Ben Whitaker
Partner
Harrow & Finch
T +1 414 555 0199
"""},
    {"kind": "rejection", "name": "british_shant_progress", "lang": "en", "company": "Pemberton Lane", "contact": "h.ashworth@pembertonlane.example.co.uk",
         "frm": ("Harriet Ashworth", "h.ashworth@pembertonlane.example.co.uk"),
         "subject": "Your application - Account Director (Consumer)", "date": "2026-03-17T09:12:00+00:00", "body": """
Dear Jordan,

Many thanks for your application for the Account Director role and for your patience whilst we worked through the shortlist.

Having reviewed it alongside the other applications we received, I'm afraid we shan't be progressing your application on this occasion. The response to the advert was considerable and we had to make some very fine judgements.

Kind regards,

Harriet Ashworth
People & Talent Manager
Pemberton Lane | 14 Clerkenwell Green, London EC1R 0DP
+44 20 7946 0321

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it from your system. Pemberton Lane Limited, registered in England & Wales no. 08123456.
"""},
    {"kind": "rejection", "name": "indian_regret_inform", "lang": "en", "company": "Sarvatra Consulting", "contact": "anjali.k@sarvatra.example.in",
         "frm": ("Anjali Krishnan", "anjali.k@sarvatra.example.in"),
         "subject": "Regarding your candidature", "date": "2026-03-20T14:31:00+05:30", "body": """
Dear Jordan,

Greetings from Sarvatra Consulting!

This is with reference to your candidature for the position of Manager - Marketing Analytics (Chicago office). We regret to inform you that your profile has not been shortlisted for the further rounds.

We thank you for the interest shown in our organisation and will keep your resume in our database for future requirements. Do revert in case of any queries.

Warm Regards,
Anjali Krishnan
HR - Talent Acquisition
Sarvatra Consulting Pvt. Ltd.
+91 80 5550 1122
"""},
    {"kind": "rejection", "name": "city_not_selected_taleo", "lang": "en", "company": "City of Chicago", "contact": "",
         "frm": ("City of Chicago", "donotreply@taleo.net"),
         "subject": "Job Submission Status Update - Communications Coordinator (Req 26-0311)", "date": "2026-03-27T02:14:00-05:00",
         "body": """
*** THIS IS AN AUTOMATED MESSAGE. PLEASE DO NOT REPLY ***

Dear Jordan Castellanos-Whitfield,

RE: Communications Coordinator , Department of Cultural Affairs and Special Events    Req: 26-0311

Thank you for your interest in employment with the City of Chicago. After review of all applications, the hiring department has selected a candidate for this position. Your application status has been updated to: NOT SELECTED.

We encourage you to continue visiting our Career Section at  https://chicago.taleo.example.net  for future opportunities.

City of Chicago
Department of Human Resources
"""},
    {"kind": "rejection", "name": "university_search_committee", "lang": "en", "company": "Lakemont University", "contact": "",
         "frm": ("Lakemont University Human Resources", "noreply@lakemont.peopleadmin.example.com"),
         "subject": "Position #S02291 Assistant Director of Marketing", "date": "2026-04-02T10:00:00-05:00",
         "fmt": "alt", "body": """
Dear Jordan,

Thank you for your interest in the Assistant Director of Marketing position (S02291) in the Office of Marketing and Communications at Lakemont University.

The search committee has completed its review and has selected another candidate whose qualifications best meet the needs of the department. We appreciate the time you invested in applying and wish you success in your career.

Office of Human Resources
Lakemont University
"""},
    {"kind": "rejection", "name": "successfactors_airline_footer", "lang": "en", "company": "Prairie Air", "contact": "",
         "frm": ("Prairie Air Careers", "careers-noreply@prairieair.example.com"),
         "subject": "Thank you for your interest in Prairie Air", "date": "2026-04-07T06:45:00-05:00",
         "cte": "quoted-printable", "body": """
Dear Jordan,

Thank you for your interest in the Manager, Loyalty Partnerships position (Requisition ID 18822) with Prairie Air. We have carefully reviewed your background and experience, and unfortunately, we will not be moving forward with your application at this time.

We appreciate your interest in Prairie Air and encourage you to visit our career site regularly, as new positions become available every week.

Best regards,
Prairie Air Talent Acquisition

-----------------------------------------------------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. Prairie Air, Inc. | 5700 S. Cargo Rd, Chicago IL 60638
"""},
    {"kind": "rejection", "name": "nigerian_fintech_update", "lang": "en", "company": "Kudirex", "contact": "tolu.adeyemi@kudirex.example.com",
         "frm": ("Tolu Adeyemi", "tolu.adeyemi@kudirex.example.com"),
         "subject": "Update", "date": "2026-04-09T15:22:00+01:00", "body": """
Hello Jordan,

Trust you are doing well.

Thank you so much for your interest in the Growth Marketing Manager (US Market) role and for the time you spent with our team. After careful consideration, we have decided not to proceed with your application at this time, as we are going with a candidate with more direct remittance experience.

We really enjoyed the conversation and will reach out should something suitable come up.

Kind regards,
Tolu Adeyemi
People Operations, Kudirex
Lagos | London | Houston
"""},
    {"kind": "rejection", "name": "lever_vietnamese_ecommerce", "lang": "en", "company": "Sen Vang Commerce", "contact": "",
         "frm": ("Sen Vang Commerce", "no-reply@hire.lever.co"),
         "subject": "Thank you from Sen Vang Commerce", "date": "2026-04-14T21:10:00+07:00", "fmt": "html", "style": "ats", "body": """
Hi Jordan,

Thanks for applying to the CRM Marketing Manager - North America position at Sen Vang Commerce. We truly appreciate the time you put into your application.

After reviewing your profile, we've decided to move forward with other applicants for this role. We hope you will consider us again in the future.

Best,
Sen Vang Commerce Talent Team
"""},
    {"kind": "rejection", "name": "swedish_after_portfolio", "lang": "en", "company": "Lindgård Living", "contact": "ebba.nystrom@lindgard.example.se",
         "frm": ("Ebba Nyström", "ebba.nystrom@lindgard.example.se"),
         "subject": "Portfolio review follow-up", "date": "2026-04-21T10:40:00+02:00", "body": """
Hi Jordan,

Thank you for walking us through your portfolio on Tuesday, it was a pleasure. We have now discussed all candidates in the team and I'm sorry to say we have decided to continue with another person for the Brand Manager US role. Your campaign work was strong but we were looking for someone with more in-house home-furnishing experience.

Thank you for your time and good luck!

Varma hälsningar / Warm regards
Ebba Nyström
Talent Acquisition, Lindgård Living
Sweden +46 8 555 123 45
"""},
    {"kind": "rejection", "name": "canadian_bamboo_aligns", "lang": "en", "company": "Maple & Main Media", "contact": "talia.b@mapleandmain.example.ca",
         "frm": ("Maple & Main Media", "notifications@app.bamboohr.com"),
         "reply_to": ("Talia Bergeron", "talia.b@mapleandmain.example.ca"),
         "subject": "Marketing Operations Manager at Maple & Main Media", "date": "2026-04-28T12:00:00-04:00", "fmt": "alt", "body": """
Hi Jordan,

Thank you for your interest in the Marketing Operations Manager position. We've reviewed your application and have decided to pursue other candidates whose background more closely aligns with what we need for this role.

We appreciate the time you took and wish you all the best.

Talia Bergeron
People & Culture | Maple & Main Media
Toronto, ON
"""},
    {"kind": "rejection", "name": "aussie_agency_no_worries", "lang": "en", "company": "Wattle Street Digital", "contact": "liam@wattlestreet.example.com.au",
         "frm": ("Liam Cheng", "liam@wattlestreet.example.com.au"),
         "subject": "Re: Partnerships Lead - NYC", "date": "2026-05-05T08:15:00+10:00", "reply": "c62-prev-017@mail.example.com", "body": """
Hey Jordan,

Thanks heaps for the chat last week and sorry for the slow reply - it's been a mad fortnight. Unfortunately we won't be taking your application further for the Partnerships Lead role; we've gone with someone already based in the NY market.

Really appreciated your time though, and no worries at all if you want to stay in touch.

Cheers,
Liam

Liam Cheng | Head of Talent
Wattle Street Digital - Sydney | Melbourne | New York
"""},
    {"kind": "rejection", "name": "foundation_outlook_chain", "lang": "en", "company": "Calumet Community Foundation", "contact": "rgarza@calumetcf.example.org",
         "frm": ("Garza, Rosa", "rgarza@calumetcf.example.org"),
         "subject": "RE: Thank you - Communications & Partnerships Manager", "date": "2026-05-12T16:48:00-05:00",
         "reply": "c62-prev-018@mail.example.com", "fmt": "alt", "style": "outlook", "body": """
Good afternoon Jordan,

Thank you for your kind note and for interviewing with us. I'm writing to let you know that we have extended an offer to another candidate and they have accepted, so we will not be moving forward with your candidacy.

We were impressed with your nonprofit partnership experience and hope you will consider applying to future openings.

Rosa Garza
Director of Human Resources
Calumet Community Foundation
(219) 555-0107

From: Jordan Castellanos-Whitfield <jordan.cw@example.com>
Sent: Friday, May 8, 2026 10:02 AM
To: Garza, Rosa <rgarza@calumetcf.example.org>
Subject: Thank you - Communications & Partnerships Manager

Dear Rosa,

Thank you for the opportunity to interview for the Communications & Partnerships Manager role yesterday. I enjoyed learning about the foundation's regional grant-making and would be excited to contribute.

Best regards,
Jordan

CONFIDENTIALITY: This message is intended only for the named recipient and may contain confidential information. If you received it in error, please delete it and notify the sender.
"""},
    {"kind": "rejection", "name": "cdmx_fintech_formal", "lang": "es", "company": "Plata Viva", "contact": "andrea.lozano@plataviva.example.mx",
         "frm": ("Andrea Lozano Ríos", "andrea.lozano@plataviva.example.mx"),
         "subject": "Proceso de selección - Gerente de Marketing de Producto", "date": "2026-02-09T17:30:00-06:00", "body": """
Estimado Jordan:

Le agradecemos sinceramente el interés mostrado en formar parte de Plata Viva y el tiempo dedicado a las entrevistas con nuestro equipo.

Lamentamos informarle que, tras un análisis detallado de los perfiles finalistas, hemos decidido continuar el proceso con otro candidato cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos sus datos para futuras vacantes, si así lo desea.

Atentamente,

Andrea Lozano Ríos
Atracción de Talento | Plata Viva
Av. Paseo de la Reforma 505, Ciudad de México
Tel. +52 55 5555 0134
"""},
    {"kind": "rejection", "name": "madrid_retail_smartrecruiters", "lang": "es", "company": "Almacenes Soriano", "contact": "",
         "frm": ("Almacenes Soriano", "noreply@smartrecruiters.com"),
         "subject": "Tu candidatura en Almacenes Soriano", "date": "2026-03-03T09:00:00+01:00",
         "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Hola Jordan,

Gracias por tu interés en la posición de Responsable de CRM y Fidelización en Almacenes Soriano.

Hemos revisado con atención tu candidatura y, aunque tu trayectoria es interesante, en esta ocasión no vamos a seguir adelante con tu perfil para esta posición.

Te animamos a seguir atento/a a nuestras ofertas en el portal de empleo.

Un saludo,
Equipo de Selección
Almacenes Soriano
"""},
    {"kind": "rejection", "name": "cdmx_startup_vacante_congelada", "cte": "8bit", "lang": "es", "company": "Nube Norte", "contact": "fer@nubenorte.example.mx",
         "frm": ("Fer Villaseñor", "fer@nubenorte.example.mx"),
         "subject": "Actualización", "date": "2026-03-25T20:41:00-06:00", "body": """
Hola Jordan! Cómo estás?

Te escribo para contarte que al final la vacante de Product Marketing quedó congelada, nos recortaron presupuesto para este semestre y no vamos a contratar a nadie para ese puesto por ahora :(

Una pena porque nos caíste muy bien a todos. Si se vuelve a abrir te busco, va?

Abrazo,
Fer
Nube Norte · People
"""},
    {"kind": "rejection", "name": "consultora_relays_client", "lang": "es", "company": "Grupo Alimentario Vega", "contact": "mruiz@castellruiz.example.es",
         "frm": ("Marta Ruiz", "mruiz@castellruiz.example.es"),
         "subject": "Feedback proceso Grupo Alimentario Vega", "date": "2026-04-16T12:05:00+02:00", "body": """
Hola Jordan,

Te escribo con el feedback del cliente. Grupo Alimentario Vega ha decidido finalmente avanzar con otra persona para la posición de Brand Manager, principalmente por la experiencia previa en gran consumo en el mercado español.

Me han trasladado que les gustó mucho tu enfoque analítico. Sigo contando contigo para otros procesos que encajen.

Un abrazo,

Marta Ruiz
Senior Consultant
Castell & Ruiz Consultores
+34 915 550 188
"""},
    {"kind": "rejection", "name": "madrid_media_escribio_chain", "lang": "es", "company": "Onda Sur Media", "contact": "lucia.pena@ondasur.example.es",
         "frm": ("Lucía Peña", "lucia.pena@ondasur.example.es"),
         "subject": "Re: Entrevista Responsable de Partnerships", "date": "2026-05-19T10:33:00+02:00",
         "reply": "c62-prev-022@mail.example.com", "fmt": "alt", "body": """
Hola Jordan,

Muchas gracias por tu mensaje y por tu tiempo durante todo el proceso. Después de valorar todas las entrevistas, hemos decidido no continuar con tu candidatura para esta posición. Ha sido una decisión difícil.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Lucía

El jue, 14 may 2026 a las 18:12, Jordan Castellanos-Whitfield (<jordan.cw@example.com>) escribió:
> Hola Lucía,
> Muchas gracias por la entrevista de hoy con el equipo de partnerships. Me
> encantaría saber los próximos pasos.
> Saludos,
> Jordan
"""},
    {"kind": "rejection", "name": "argentine_bank_cp1252_b64", "lang": "es", "company": "Banco Rioplatense", "contact": "",
         "frm": ("Banco Rioplatense - Búsquedas", "busquedas-noresponder@bancorioplatense.example.com.ar"),
         "subject": "Búsqueda Analista Sr. de Marketing", "date": "2026-06-02T11:00:00-03:00",
         "charset": "windows-1252", "cte": "base64", "body": """
Hola Jordan,

¡Gracias por postularte a la búsqueda de Analista Sr. de Marketing Analytics!

Te contamos que en esta oportunidad no continuarás en el proceso de selección, ya que avanzamos con perfiles que se ajustan más a lo que buscamos. Tu CV quedará en nuestra base para futuras búsquedas.

¡Éxitos!
Equipo de Talento – Banco Rioplatense
"""},
    {"kind": "rejection", "name": "personio_absage_formal", "lang": "de", "company": "Flinkwerk", "contact": "",
         "frm": ("Flinkwerk Recruiting", "noreply@mail.personio.de"),
         "subject": "Ihre Bewerbung als Product Marketing Manager (m/w/d)", "date": "2026-03-12T14:00:00+01:00",
         "fmt": "alt", "style": "ats", "body": """
Hallo Jordan Castellanos-Whitfield,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Flinkwerk.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Flinkwerk Team
"""},
    {"kind": "rejection", "name": "berlin_startup_du", "cte": "8bit", "lang": "de", "company": "Kiezkraft", "contact": "jonas@kiezkraft.example.de",
         "frm": ("Jonas Albrecht", "jonas@kiezkraft.example.de"),
         "subject": "Kurzes Update", "date": "2026-05-07T18:20:00+02:00", "body": """
Hey Jordan,

danke dir nochmal für das Gespräch letzte Woche! Wir haben uns jetzt im Team abgestimmt und uns am Ende für jemand anderen entschieden, der schon Erfahrung im deutschen Markt mitbringt.

Tut mir echt leid, hat Spaß gemacht mit dir zu sprechen. Alles Gute für die Suche!

Viele Grüße
Jonas
--
Jonas Albrecht · Head of Growth · Kiezkraft
"""},
    {"kind": "rejection", "name": "case_study_am_schrieb_latin1", "lang": "de", "company": "Brandt & Söhne", "contact": "s.keller@brandt-soehne.example.de",
         "frm": ("Sabine Keller", "s.keller@brandt-soehne.example.de"),
         "subject": "AW: Fallstudie Brand Management", "date": "2026-06-10T09:45:00+02:00",
         "reply": "c62-prev-026@mail.example.com", "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

vielen Dank für die Ausarbeitung der Fallstudie und die Präsentation am Montag.

Nach eingehender Abwägung haben wir uns entschieden, die Position anderweitig zu besetzen. Diese Entscheidung ist uns nicht leichtgefallen. Wir bedanken uns für Ihr Interesse an unserem Unternehmen.

Mit freundlichen Grüßen

Sabine Keller
Personalreferentin
Brandt & Söhne GmbH & Co. KG
Tel. +49 40 555 1230

Am 08.06.2026 um 17:10 schrieb Jordan Castellanos-Whitfield <jordan.cw@example.com>:
> Sehr geehrte Frau Keller,
> anbei meine Fallstudie als PDF. Vielen Dank für die Gelegenheit.
> Beste Grüße
> Jordan Castellanos-Whitfield
"""},
    {"kind": "rejection", "name": "toronto_french_autre_candidature", "lang": "fr", "company": "Groupe Boréal Média", "contact": "c.gagnon@borealmedia.example.ca",
         "frm": ("Chloé Gagnon", "c.gagnon@borealmedia.example.ca"),
         "subject": "Votre candidature - Directeur(trice) marketing partenariats", "date": "2026-04-23T15:10:00-04:00", "body": """
Bonjour Jordan,

Merci de l'intérêt que vous portez à Groupe Boréal Média et du temps consacré à nos entrevues.

Après mûre réflexion, nous avons retenu une autre candidature dont le profil correspond davantage aux besoins actuels de l'équipe. Nous conserverons votre dossier pour de futures occasions.

Au plaisir,

Chloé Gagnon
Conseillère principale, acquisition de talents
Groupe Boréal Média · Toronto · Montréal
"""},
    {"kind": "rejection", "name": "maison_regret_template", "lang": "fr", "company": "Maison Carmin", "contact": "",
         "frm": ("Maison Carmin", "ne-pas-repondre@maisoncarmin.example.fr"),
         "subject": "Suite à votre candidature", "date": "2026-05-26T08:00:00+02:00", "fmt": "html", "style": "ats", "body": """
Bonjour Jordan,

Nous vous remercions pour l'intérêt que vous portez à Maison Carmin et pour votre candidature au poste de Chef de produit CRM.

Nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents de Maison Carmin
"""},
    {"kind": "rejection", "name": "poste_supprime_a_ecrit", "lang": "fr", "company": "Atelier Sorel", "contact": "mathilde@ateliersorel.example.fr",
         "frm": ("Mathilde Roux", "mathilde@ateliersorel.example.fr"),
         "subject": "Re: Point sur le poste", "date": "2026-07-01T12:12:00+02:00", "reply": "c62-prev-029@mail.example.com", "body": """
Bonjour Jordan,

Je reviens vers vous avec une nouvelle un peu décevante : suite à une réorganisation interne, le poste de responsable partenariats a été supprimé et nous ne donnerons donc pas suite au recrutement. Je suis vraiment désolée, vous étiez en très bonne position.

Bien à vous,
Mathilde Roux
Atelier Sorel - relations presse & influence

Le 29 juin 2026 à 10:05, Jordan Castellanos-Whitfield <jordan.cw@example.com> a écrit :
> Bonjour Mathilde,
> Je me permets de revenir vers vous concernant le poste. Avez-vous des nouvelles ?
> Bien cordialement,
> Jordan
"""},
]

ACKS = [
    {"kind": "application_received", "name": "workday_hospital_thanks", "lang": "en", "company": "Northshore Lutheran Health", "contact": "",
         "frm": ("Northshore Lutheran Health", "northshorelutheran@myworkday.com"),
         "subject": "Thank you for applying to Northshore Lutheran Health", "date": "2026-01-08T22:41:00-06:00", "fmt": "alt", "style": "ats", "body": """
Hello Jordan,

Thank you for applying for the Marketing Operations Manager - System Marketing position (JR-118204). We have received your application and our talent acquisition team will review your qualifications.

If your skills and experience match the requirements of the role, a recruiter will contact you to discuss next steps. You can check the status of your application at any time by signing in to your candidate home account.

Thank you,
Talent Acquisition
Northshore Lutheran Health
"""},
    {"kind": "application_received", "name": "greenhouse_volume_disclaimer", "lang": "en", "company": "Tallgrass Software", "contact": "",
         "frm": ("Tallgrass Software", "no-reply@us.greenhouse-mail.io"),
         "subject": "Thanks for applying to Tallgrass Software!", "date": "2026-01-14T11:09:00-06:00", "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

Thanks for applying for the Product Marketing Manager, Integrations role! We're excited that you're interested in joining Tallgrass.

Our team reviews every application carefully. Due to the volume of applications we receive, we are unfortunately not able to respond to every applicant individually, but if your background is a match we'll reach out within two weeks to schedule a first conversation.

In the meantime, check out our blog to learn more about how we work.

Cheers,
The Tallgrass Software Recruiting Team
"""},
    {"kind": "application_received", "name": "icims_retailer_no_feedback", "lang": "en", "company": "Cardinal Outfitters", "contact": "",
         "frm": ("Cardinal Outfitters Careers", "cardinaloutfitters-notifications@icims.com"),
         "subject": "Application Received: Senior Manager, Lifecycle Marketing", "date": "2026-01-20T08:03:00-05:00",
         "cte": "quoted-printable", "body": """
Dear Jordan,

We have received your application for the position of Senior Manager, Lifecycle Marketing (Requisition 2026-4417) at our Indianapolis Support Center.

Our recruiting team will review your qualifications against the requirements of the position. Unfortunately we are unable to provide individual feedback at this stage, and only candidates selected for interviews will be contacted.

Thank you for your interest in a career with Cardinal Outfitters.

Cardinal Outfitters Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
"""},
    {"kind": "application_received", "name": "lever_confirmation_short", "lang": "en", "company": "Bixby Labs", "contact": "",
         "frm": ("Bixby Labs", "no-reply@hire.lever.co"),
         "subject": "Bixby Labs - We received your application", "date": "2026-01-22T15:55:00-08:00", "body": """
Hi Jordan,

Thanks for your interest in Bixby Labs! We've received your application for Lifecycle Marketing Manager (Remote - US) and the hiring team will take a look soon.

- Bixby Labs
"""},
    {"kind": "application_received", "name": "smartrecruiters_airline", "lang": "en", "company": "Midcontinent Airways", "contact": "",
         "frm": ("Midcontinent Airways", "noreply@smartrecruiters.com"),
         "subject": "Your application for Partnerships Manager, MileHigh Rewards", "date": "2026-02-02T07:12:00-07:00", "fmt": "html", "style": "ats", "body": """
Dear Jordan,

Thank you for your application for the Partnerships Manager, MileHigh Rewards position in Denver, CO. Your application has been successfully submitted.

We will carefully review your experience. If there is a match, a member of our Talent team will contact you.

Kind regards,
Midcontinent Airways People Team
"""},
    {"kind": "application_received", "name": "state_agency_received", "lang": "en", "company": "Illinois Department of Public Health", "contact": "",
         "frm": ("State of Illinois Careers", "noreply-illinoisjobs@illinois.example.gov"),
         "subject": "Application Received - Public Information Officer III (Job ID 51877)", "date": "2026-02-06T13:30:00-06:00", "body": """
Dear Jordan Castellanos-Whitfield,

Your application for Public Information Officer III (Job ID 51877), Illinois Department of Public Health, Office of Health Promotion, was received on 02/06/2026.

Applications are reviewed after the posting closes on 02/20/2026. Applicants who meet the minimum qualifications will be contacted if selected for an interview. Due to the number of applications received, status inquiries cannot be answered individually.

Illinois Department of Central Management Services
Bureau of Personnel
"""},
    {"kind": "application_received", "name": "staffing_partner_got_resume", "lang": "en", "company": "Oakridge Beverage", "contact": "nikki.s@keystonepartners.example.com",
         "frm": ("Nikki Sorensen", "nikki.s@keystonepartners.example.com"),
         "subject": "Re: Oakridge Beverage - Shopper Marketing Mgr", "date": "2026-02-12T10:48:00-06:00", "reply": "c62-prev-037@mail.example.com", "body": """
Got your resume, thanks Jordan!! Submitting you to Oakridge Beverage today. Hiring manager is traveling this week so realistically we'll hear something by end of next week. I'll keep you posted!

Nikki

Nikki Sorensen | Keystone Partners
Minneapolis | 612.555.0176

On Thu, Feb 12, 2026 at 9:31 AM Jordan Castellanos-Whitfield <jordan.cw@example.com> wrote:
> Hi Nikki - attached is my updated resume for the Oakridge role. Thanks!
"""},
    {"kind": "application_received", "name": "jobvite_public_media", "lang": "en", "company": "Meridian Public Media", "contact": "",
         "frm": ("Meridian Public Media", "notification@jobvite.com"),
         "subject": "Application Confirmation", "date": "2026-02-19T09:14:00-05:00", "body": """
Dear Jordan,

Thank you for your interest in Meridian Public Media. This message confirms that we have received your application for Audience Growth & Membership Manager.

We will review your application and contact you if your qualifications match our needs. Please note that due to the high number of applicants, we may not be able to contact every applicant personally.

Sincerely,
Human Resources
Meridian Public Media | Detroit, MI
"""},
    {"kind": "application_received", "name": "indian_acknowledge_receipt", "lang": "en", "company": "Tarangini Analytics", "contact": "rohit.menon@tarangini.example.in",
         "frm": ("Rohit Menon", "rohit.menon@tarangini.example.in"),
         "subject": "Acknowledgement - Application for Marketing Analytics Lead", "date": "2026-03-02T12:20:00+05:30", "body": """
Dear Jordan,

We acknowledge receipt of your application for the post of Marketing Analytics Lead (US Client Services). Your profile is currently under review with the concerned team.

Kindly note that only shortlisted candidates will be contacted for the further process. Request you to keep your phone and email accessible.

Thanks & Regards,
Rohit Menon
Talent Acquisition | Tarangini Analytics
Ph: +91 44 5550 7788
"""},
    {"kind": "application_received", "name": "paylocity_nonprofit", "lang": "en", "company": "Northside Youth Alliance", "contact": "",
         "frm": ("Northside Youth Alliance", "noreply@paylocity.com"),
         "subject": "Northside Youth Alliance - Application Submitted", "date": "2026-03-09T17:02:00-05:00", "body": """
Jordan,

Thank you for your interest in employment with Northside Youth Alliance! We have received your application for the position of Development & Communications Manager.

Our hiring team is reviewing applications now. We appreciate your patience as we work through the process.

Northside Youth Alliance
Chicago, IL
"""},
    {"kind": "application_received", "name": "ukg_grocer", "lang": "en", "company": "Great Plains Grocers", "contact": "",
         "frm": ("Great Plains Grocers Careers", "donotreply@ultipro.com"),
         "subject": "We received your application", "date": "2026-03-15T06:30:00-05:00", "fmt": "html", "style": "ats", "body": """
Hi Jordan,

Thanks for applying for Manager, Loyalty & CRM at Great Plains Grocers. We received your application.

What happens next? Our recruiters review every application. If you're selected to move forward, you'll hear from us by phone or email.

Great Plains Grocers - Fresh since 1961
"""},
    {"kind": "application_received", "name": "bamboo_startup_volume", "lang": "en", "company": "Trailhead Commerce", "contact": "",
         "frm": ("Trailhead Commerce", "notifications@app.bamboohr.com"),
         "subject": "Thanks for applying!", "date": "2026-03-23T14:44:00-06:00", "fmt": "alt", "body": """
Hey Jordan,

Thanks for applying for Marketing Ops Manager at Trailhead Commerce - we got it!

Because of the high volume of applications, we aren't able to respond to everyone personally. If your experience is a match, someone from our team will be in touch in the next couple of weeks.

Happy trails,
Team Trailhead
"""},
    {"kind": "application_received", "name": "madrid_recibido_latin1", "lang": "es", "company": "Mercados Altamira", "contact": "",
         "frm": ("Mercados Altamira - Empleo", "empleo-noreply@mercadosaltamira.example.es"),
         "subject": "Hemos recibido tu candidatura", "date": "2026-02-16T10:10:00+01:00",
         "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Hola Jordan,

¡Gracias por inscribirte en la oferta de Técnico/a de Marketing Analítico en nuestras oficinas de Madrid!

Hemos recibido tu candidatura correctamente. Nuestro equipo de selección la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Dpto. de Personas
Mercados Altamira
"""},
    {"kind": "application_received", "name": "cdmx_financiero_formal", "lang": "es", "company": "Grupo Financiero Caudal", "contact": "",
         "frm": ("Grupo Financiero Caudal", "reclutamiento.noreply@caudal.example.mx"),
         "subject": "Confirmación de postulación", "date": "2026-04-01T09:25:00-06:00", "fmt": "alt", "style": "ats", "body": """
Estimado(a) Jordan Castellanos-Whitfield:

Agradecemos su interés en formar parte de Grupo Financiero Caudal. Confirmamos la recepción de su postulación a la vacante Gerente de Marketing Digital.

Debido al alto volumen de solicitudes, no nos es posible responder de manera individual a cada postulante. En caso de que su perfil sea seleccionado, el área de Reclutamiento se comunicará con usted.

Atentamente,
Dirección de Capital Humano
Grupo Financiero Caudal
"""},
    {"kind": "application_received", "name": "cerveceria_successfactors", "lang": "es", "company": "Cervecería del Bajío", "contact": "",
         "frm": ("Cervecería del Bajío", "noreply@successfactors.example.com"),
         "subject": "Recibimos tu solicitud - Brand Manager Sr.", "date": "2026-04-18T13:13:00-06:00", "body": """
Hola Jordan:

Tu solicitud para el puesto Brand Manager Sr. (ID 77812) en Cervecería del Bajío ha sido recibida.

Puedes consultar el estatus de tu solicitud ingresando a nuestro portal de carreras. Lamentablemente no podemos dar retroalimentación individual en esta etapa del proceso.

Saludos,
Talento Cervecería del Bajío
"""},
    {"kind": "application_received", "name": "universidad_b64", "lang": "es", "company": "Universidad Tecnológica del Valle", "contact": "",
         "frm": ("Universidad Tecnológica del Valle", "rrhh-avisos@utv.example.mx"),
         "subject": "Registro de postulación", "date": "2026-05-04T08:40:00-06:00", "cte": "base64", "body": """
Estimada/o Jordan:

Le informamos que su postulación para la plaza de Coordinador/a de Mercadotecnia y Admisiones ha quedado registrada con el folio UTV-2026-0412.

El comité revisará los expedientes una vez concluido el periodo de convocatoria.

Recursos Humanos
Universidad Tecnológica del Valle
"""},
    {"kind": "application_received", "name": "versicherung_eingang", "lang": "de", "company": "Nordlicht Versicherung", "contact": "",
         "frm": ("Nordlicht Versicherung Karriere", "karriere-noreply@nordlicht-vers.example.de"),
         "subject": "Eingangsbestätigung Ihrer Bewerbung", "date": "2026-03-05T11:00:00+01:00",
         "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

vielen Dank für Ihre Bewerbung als Referent Marketing Analytics (m/w/d) in Berlin. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten Wochen bei Ihnen. Wir bitten um Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordlicht Versicherung AG
"""},
    {"kind": "application_received", "name": "berlin_saas_kein_feedback", "lang": "de", "company": "Taktwerk", "contact": "",
         "frm": ("Taktwerk Talent", "jobs-noreply@taktwerk.example.de"),
         "subject": "Danke für deine Bewerbung bei Taktwerk!", "date": "2026-05-13T16:16:00+02:00", "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

danke für deine Bewerbung als Lifecycle Marketing Manager! Wir haben sie erhalten und schauen sie uns in Ruhe an.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jedem individuelles Feedback geben. Wenn dein Profil passt, melden wir uns innerhalb von zwei Wochen bei dir.

Bis bald,
dein Taktwerk Team
"""},
    {"kind": "application_received", "name": "accuse_reception_groupe", "lang": "fr", "company": "Groupe Vallières", "contact": "",
         "frm": ("Groupe Vallières - Recrutement", "recrutement-noreply@vallieres.example.ca"),
         "subject": "Accusé de réception de votre candidature", "date": "2026-04-06T09:00:00-04:00", "body": """
Bonjour Jordan,

Nous accusons réception de votre candidature au poste de Gestionnaire, marketing relationnel (Toronto) et vous remercions de l'intérêt porté à Groupe Vallières.

Seules les personnes retenues pour une entrevue seront contactées.

L'équipe Recrutement
Groupe Vallières
"""},
    {"kind": "application_received", "name": "studio_bien_recu", "lang": "fr", "company": "Studio Pélican", "contact": "",
         "frm": ("Studio Pélican", "jobs@notifications.welcomekit.example.co"),
         "subject": "=?utf-8?q?Studio_P=C3=A9lican_=E2=80=93_nous_avons_bien_re=C3=A7u_votre_candidature?=",
         "date": "2026-06-15T10:30:00+02:00", "fmt": "html", "style": "ats", "body": """
Bonjour Jordan,

Nous avons bien reçu votre candidature pour le poste de Brand Partnerships Manager - Londres. Merci !

Notre équipe revient vers vous dans les meilleurs délais. Malheureusement, nous ne pouvons pas faire de retour personnalisé à chaque candidat à ce stade.

À très vite,
L'équipe Studio Pélican
"""},
]

OFFERS = [
    {"kind": "offer", "name": "hospital_pleased_letter_pdf", "lang": "en", "company": "Riverbend Medical Center", "contact": "jhollis@riverbendmed.example.org",
         "frm": ("Hollis, Janet", "jhollis@riverbendmed.example.org"),
         "subject": "Offer of Employment - Manager, Marketing Operations", "date": "2026-06-22T15:30:00-05:00",
         "fmt": "alt", "style": "outlook", "attach": [("Castellanos-Whitfield_Offer_Letter.pdf", PDF)], "body": """
Dear Jordan,

On behalf of Riverbend Medical Center, I am pleased to offer you the position of Manager, Marketing Operations, reporting to Denise Park, Vice President of Marketing & Communications. Your offer letter is attached, outlining your starting salary of $118,000, benefits eligibility and a proposed start date of July 20, 2026.

This offer is contingent upon successful completion of a background check, drug screen and verification of references. Please review, sign and return the letter by June 26.

Please don't hesitate to call me with any questions.

Janet Hollis
Senior Talent Acquisition Partner
Riverbend Medical Center
(414) 555-0163
"""},
    {"kind": "offer", "name": "verbal_offer_followup", "lang": "en", "company": "Foxglove Commerce", "contact": "sam@foxglove.example.com",
         "frm": ("Sam Trejo", "sam@foxglove.example.com"),
         "subject": "so excited!!", "date": "2026-07-08T17:51:00-05:00", "body": """
Jordan!

Great talking just now. As discussed - we'd love to have you join Foxglove as our Lifecycle Marketing Lead. Base $132k, 0.08% equity, start in August. The formal offer will come through DocuSign tomorrow morning from our People team.

Take the weekend, call me with any q's.

Sam
Foxglove Commerce | VP Marketing
(512) 555-0139
"""},
    {"kind": "offer", "name": "conditional_offer_bg_check", "lang": "en", "company": "Pullman Provisions", "contact": "cnakamura@pullmanprovisions.example.com",
         "frm": ("Pullman Provisions Talent Acquisition", "careers@pullmanprovisions.example.com"),
         "reply_to": ("Caroline Nakamura", "cnakamura@pullmanprovisions.example.com"),
         "subject": "Conditional Offer - Brand Manager, Snacks", "date": "2026-07-15T10:00:00-05:00", "fmt": "alt", "style": "ats", "body": """
Dear Jordan,

Congratulations! We are delighted to extend to you a conditional offer of employment for the position of Brand Manager, Snacks at Pullman Provisions.

This offer is conditional upon the satisfactory completion of a pre-employment background check and drug screen. You will receive a separate email from our screening partner with instructions in the next 24 hours.

Details of compensation and benefits are available in your candidate portal. Please accept or decline the offer there by July 20.

Welcome aboard (almost)!

Caroline Nakamura
Talent Acquisition Manager
Pullman Provisions
"""},
    {"kind": "offer", "name": "rippling_contract_to_sign", "lang": "en", "company": "Quill & Compass", "contact": "ines@quillandcompass.example.com",
         "frm": ("Quill & Compass via Rippling", "no-reply@rippling.com"),
         "reply_to": ("Ines Ferraro", "ines@quillandcompass.example.com"),
         "subject": "Your offer from Quill & Compass is ready to sign", "date": "2026-08-04T09:30:00-04:00", "fmt": "html", "style": "ats", "body": """
Hi Jordan,

Quill & Compass has sent you an offer letter for the role of Product Marketing Manager. Review and sign your offer letter to accept.

Offer expires: August 11, 2026

Questions about your offer? Reply to this email to reach Ines Ferraro.
"""},
    {"kind": "offer", "name": "nigerian_fintech_delighted", "lang": "en", "company": "Lagoon Pay", "contact": "chioma.eze@lagoonpay.example.com",
         "frm": ("Chioma Eze", "chioma.eze@lagoonpay.example.com"),
         "subject": "Offer - Partnerships Manager (North America)", "date": "2026-08-19T13:00:00+01:00",
         "attach": [("LagoonPay_Offer_JCW.pdf", PDF)], "body": """
Dear Jordan,

Following your interviews with our team, we are delighted to offer you the position of Partnerships Manager (North America), based remotely in Chicago.

Please find attached your offer letter with the details of your remuneration and benefits. Kindly review, sign and return a copy to us on or before Friday, 28 August 2026.

We look forward to having you on board.

Best regards,
Chioma Eze
Head, People & Culture
Lagoon Pay | Lagos . Nairobi . Chicago
"""},
    {"kind": "offer", "name": "british_offer_subject_refs", "lang": "en", "company": "Whitcombe & Hale", "contact": "olivia.grant@whitcombehale.example.co.uk",
         "frm": ("Olivia Grant", "olivia.grant@whitcombehale.example.co.uk"),
         "subject": "Following up", "date": "2026-09-02T11:11:00+01:00", "body": """
Hi Jordan,

Lovely to speak earlier. As promised, I'm writing to confirm that we'd like to offer you the role of Account Director in our London office, subject to satisfactory references and right-to-work checks.

Your contract will follow from our HR team by the end of the week. Do shout if anything in it needs clarifying.

Best wishes,
Olivia

Olivia Grant | Managing Partner
Whitcombe & Hale | 3 Bedford Row, London WC1R 4BU
"""},
    {"kind": "offer", "name": "carta_oferta_cdmx", "lang": "es", "company": "Tienda Colibrí", "contact": "daniela.ortiz@tiendacolibri.example.mx",
         "frm": ("Daniela Ortiz", "daniela.ortiz@tiendacolibri.example.mx"),
         "subject": "Carta oferta - Gerente de CRM", "date": "2026-08-26T12:45:00-06:00", "attach": [("Carta_Oferta_JCW.pdf", PDF)], "body": """
Hola Jordan,

¡Qué gusto saludarte! Nos da muchísimo gusto compartirte que el equipo decidió extenderte una oferta para la posición de Gerente de CRM en Tienda Colibrí.

Te adjunto la carta oferta con el detalle del sueldo, prestaciones y fecha tentativa de ingreso. Si estás de acuerdo, por favor fírmala y envíamela antes del viernes.

Cualquier duda me llamas.

Saludos,
Daniela Ortiz
Gerente de Talento | Tienda Colibrí
+52 55 5555 0191
"""},
    {"kind": "offer", "name": "seguros_nos_complace", "lang": "es", "company": "Seguros Alameda", "contact": "p.navarro@segurosalameda.example.es",
         "frm": ("Pablo Navarro", "p.navarro@segurosalameda.example.es"),
         "subject": "Propuesta de incorporación", "date": "2026-09-14T16:00:00+02:00", "cte": "quoted-printable", "body": """
Buenas tardes Jordan,

Tras finalizar el proceso de selección, nos complace ofrecerte la posición de Responsable de Marketing Analítico en nuestra sede de Madrid.

Las condiciones principales son: contrato indefinido, salario bruto anual de 58.000 EUR más variable, y jornada híbrida. Te enviaremos el contrato para firma en cuanto nos confirmes tu aceptación.

Un cordial saludo,
Pablo Navarro
Dirección de Personas
Seguros Alameda, S.A.
"""},
    {"kind": "offer", "name": "vertragsangebot_berlin", "lang": "de", "company": "Brückner Medien", "contact": "l.hoffmann@brueckner-medien.example.de",
         "frm": ("Lena Hoffmann", "l.hoffmann@brueckner-medien.example.de"),
         "subject": "Vertragsangebot", "date": "2026-09-21T10:05:00+02:00", "attach": [("Arbeitsvertrag_Entwurf.pdf", PDF)], "body": """
Hallo Jordan,

wie heute Morgen telefonisch besprochen, freuen wir uns sehr, dir die Position als Senior Manager Brand Partnerships anbieten zu können.

Im Anhang findest du den Vertragsentwurf mit allen Konditionen. Bitte schick uns den unterschriebenen Vertrag bis zum 30.09. zurück - bei Fragen ruf mich gerne an.

Beste Grüße
Lena Hoffmann
People & Culture
Brückner Medien GmbH · Berlin
"""},
    {"kind": "offer", "name": "promesse_embauche", "lang": "fr", "company": "Groupe Sauvin", "contact": "a.lefevre@groupesauvin.example.fr",
         "frm": ("Antoine Lefèvre", "a.lefevre@groupesauvin.example.fr"),
         "subject": "Proposition d'embauche - Responsable marketing produit", "date": "2026-10-05T14:20:00+02:00", "attach": [("Promesse_embauche.pdf", PDF)], "body": """
Bonjour Jordan,

Suite à nos différents échanges, j'ai le plaisir de vous proposer le poste de Responsable marketing produit au sein de Groupe Sauvin, basé à Dublin.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération et la date de prise de poste envisagée. Je vous remercie de nous la retourner signée d'ici le 12 octobre.

Bien cordialement,
Antoine Lefèvre
DRH - Groupe Sauvin
"""},
]

MSGS = REJECTIONS + ACKS + OFFERS
