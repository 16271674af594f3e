"""Application acknowledgements (20) and offers (10) for the seventy-fifth corpus."""

from __future__ import annotations

from functools import partial

from msgs75_lib import PDF, M

ACK = partial(M, "application_received")
OFF = partial(M, "offer")

MESSAGES = [
    # ---------------- acknowledgements: 11 en
    ACK("workday_received", "en", "Kestrel Biologics", "",
        "Kestrel Biologics <kestrelbio@myworkday.com>", "Thank you for applying - Demand Planner (R-10442)",
        "2026-01-08 21:17 IE",
        """Dear Aoife,

Thank you for applying for the Demand Planner position (R-10442) at Kestrel Biologics. We have received your application and our Talent Acquisition team will review your qualifications.

You can track the status of your application at any time by signing in to your candidate home account.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If your experience matches our requirements, a member of the team will be in touch.

Kind regards,
Kestrel Biologics Talent Acquisition

This is an automated message. Please do not reply.
""", fmt="alt", brand="Kestrel Biologics"),

    ACK("greenhouse_thanks", "en", "Skellig Payments", "",
        "Skellig Payments <no-reply@greenhouse.io>", "Thanks for applying to Skellig Payments!",
        "2026-01-16 13:55 IE",
        """Hi Aoife,

Thanks for applying to Skellig Payments! We've received your application for Vendor Management Lead and our team is reviewing it now.

We review every application carefully. If there's a match, someone from our Talent team will reach out in the next couple of weeks.

In the meantime, check out our engineering and ops blog at https://skelligpay.example.com/blog

Cheers,
The Skellig Payments Talent Team
""", fmt="html", brand="Skellig Payments"),

    ACK("publicjobs_received", "en", "Office of Public Works", "",
        "publicjobs <no-reply@publicjobs.example.ie>", "Application Received: Executive Officer (Procurement) - OPW",
        "2026-02-03 23:41 IE",
        """Dear Aoife Brennan-Castillo,

Thank you for submitting your application for the competition for Executive Officer (Procurement), Office of Public Works, Campaign 26104.

Your application has been received and will be considered. Please note that your candidate reference number is 26104-0338.

Please check your publicjobs account regularly for updates, as all correspondence relating to this competition will be issued through your Message Board. We are unable to provide individual feedback at this stage of the process.

Regards,
publicjobs
"""),

    ACK("small_firm_personal", "en", "Lanigan Engineering", "orla@laniganeng.example.ie",
        "Orla Lanigan <orla@laniganeng.example.ie>", "Re: Buyer position",
        "2026-02-18 09:50 IE",
        """Hi Aoife,

Thanks for sending on your CV, got it. Myself and Dermot will have a look through the applications this week and I'll come back to you either way by the end of next week.

Kind regards,
Orla

Orla Lanigan
Office Manager
Lanigan Engineering, Athlone
090 555 2213
"""),

    ACK("ashby_application_received", "en", "Loomgrid", "",
        "Loomgrid <no-reply@ashbyhq.com>", "We've got your application",
        "2026-02-22 19:08 IE",
        """Hi Aoife,

Thanks for applying for the Ops Associate position at Loomgrid! This is just a quick note to confirm that your application came through.

We're a small team so it might take us a little while to get back to you, but we read every single application.

Loomgrid
""", fmt="alt"),

    ACK("taleo_ack_oddformat", "en", "Castlebridge Bank", "",
        "Castlebridge Bank Careers <castlebridge@taleo.net>", "Castlebridge Bank - Acknowledgement of Application - Job 2600317",
        "2026-03-03 07:02 IE",
        """Dear Aoife Brennan-Castillo,

Re: Job Number 2600317 - Procurement Analyst, Third Party Risk

We acknowledge receipt of your application for the above role.
Your application will now be reviewed against the requirements for the role.

Please note: Due to the volume of applications received, unfortunately we are unable to provide individual feedback at this stage.
Should your application be successful, you will be contacted within 10 working days.


Castlebridge Bank p.l.c.
Talent Acquisition
***This email was sent from an unattended mailbox. Please do not reply.***
""", charset="windows-1252", cte="qp"),

    ACK("charity_received", "en", "Trócaire Relief Partners", "hr@trocairerp.example.org",
        "HR Team <hr@trocairerp.example.org>", "Logistics Officer application",
        "2026-04-10 12:44 IE",
        """Dear Aoife,

Thank you for your application for the position of Logistics Officer (Humanitarian Supply Chain), which we received today.

Shortlisting will take place after the closing date of 24 April. Please be aware that, as a small charity, we can only contact shortlisted candidates. If you have not heard from us by 8 May, please assume that your application has been unsuccessful on this occasion.

With thanks for your interest in our work,

Deirdre Coyle
HR & Volunteer Coordinator
Trócaire Relief Partners | Registered Charity Number 20012345
"""),

    ACK("indian_it_major", "en", "Kaveri Systems", "",
        "Kaveri Systems Careers <careers.noreply@kaverisystems.example.com>", "Acknowledgement - Application for Supply Chain Consultant - Dublin",
        "2026-05-14 05:30 IE",
        """Dear Candidate,

Thank you for your interest in Kaveri Systems.

We have received your application for the position of Supply Chain Consultant (SAP IBP) - Dublin. Your candidature is under review and our recruitment team will get in touch with you in case your profile is shortlisted.

Please do not reply to this mail as this is system generated.

Warm Regards,
Talent Acquisition Group
Kaveri Systems Limited
""", fmt="html", brand="Kaveri Systems"),

    ACK("bamboohr_thanks", "en", "Gallowglass Coffee", "",
        "Gallowglass Coffee <notifications@app.bamboohr.com>", "Thanks for applying!",
        "2026-06-30 10:17 IE",
        """Hi Aoife,

Thanks for applying for Supply & Production Planner at Gallowglass Coffee in Cork. We're so glad you're interested in joining our roastery team!

We'll be reviewing applications over the next two weeks. Sit tight and we'll be in touch.

Gallowglass Coffee
""", fmt="alt", brand="Gallowglass Coffee"),

    ACK("stamp4_question_ack", "en", "Harbourline Freight", "recruitment@harbourline.example.com",
        "Aisling Byrne <recruitment@harbourline.example.com>", "Your application - Logistics Coordinator",
        "2026-01-12 11:31 IE",
        """Hi Aoife,

Thanks for your application for the Logistics Coordinator role, it's been passed to the hiring manager, Conor Daly, for review.

One quick question in the meantime: could you confirm whether you need sponsorship to work in Ireland (e.g. are you an EU citizen or do you hold Stamp 4)? It's just for our records at this stage.

Kind regards,
Aisling Byrne
Recruitment Coordinator, Harbourline Freight
"""),

    ACK("eploy_received_nhs_style", "en", "Belfast Lough Health and Care Trust", "",
        "Belfast Lough HSC Recruitment <noreply@eploy.example.co.uk>", "Application received - Ref BLT/26/1187",
        "2026-09-17 16:00 BST",
        """Dear Aoife Brennan-Castillo

Thank you for applying for Procurement & Logistics Manager (Band 7), reference BLT/26/1187.

We confirm your application has been received. Shortlisting will be carried out by the panel after the closing date and you will be notified of the outcome by email. Please ensure you check your junk folder.

Kind regards
Recruitment Shared Services Centre
Belfast Lough Health and Care Trust
""", fmt="html", brand="Belfast Lough Health and Care Trust"),

    # acknowledgements: 3 es
    ACK("es_recibida_infojobs_style", "es", "Supermercados Turia", "",
        "Supermercados Turia <no-reply@empleo-turia.example.es>", "Hemos recibido tu candidatura",
        "2026-02-06 22:05 CET",
        """Hola Aoife,

¡Gracias por inscribirte en la oferta "Técnico/a de Planificación de Aprovisionamiento - Riba-roja"!

Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará en los próximos días. Debido al gran número de candidaturas que recibimos, no podemos responder de manera individual a todas las personas; si tu perfil encaja, nos pondremos en contacto contigo.

Equipo de Selección
Supermercados Turia
""", fmt="alt", brand="Supermercados Turia"),

    ACK("es_formal_acuse", "es", "Autoridad Portuaria de Levante", "seleccion@aplevante.example.es",
        "Área de Selección <seleccion@aplevante.example.es>", "Acuse de recibo - Convocatoria 04/2026",
        "2026-03-20 10:00 CET",
        """Estimada candidata:

Le confirmamos la recepción de su solicitud para participar en la convocatoria 04/2026 para la cobertura de una plaza de Técnico de Logística Portuaria.

La lista provisional de admitidos y excluidos se publicará en la sede electrónica en el plazo de un mes.

Atentamente,
Área de Selección
Autoridad Portuaria de Levante
""", charset="iso-8859-1", cte="8bit"),

    ACK("es_startup_cercana", "es", "Recambio Verde", "",
        "Recambio Verde <hola@recambioverde.example.es>", "¡Gracias por tu candidatura!",
        "2026-07-21 18:30 CEST",
        """¡Hola Aoife!

Qué ilusión que te interese unirte a Recambio Verde como Responsable de Operaciones. Hemos recibido tu CV y lo estamos revisando con calma.

Te escribiremos en unos diez días, sea cual sea la respuesta.

¡Un abrazo del equipo!
""", fmt="html", brand="Recambio Verde", subject_charset="utf-8"),

    # acknowledgements: 3 fr
    ACK("fr_accuse_reception", "fr", "Laboratoires Vercors", "",
        "Laboratoires Vercors - Recrutement <ne-pas-repondre@talentsoft.example.fr>", "Accusé de réception de votre candidature",
        "2026-02-09 14:03 CET",
        """Madame,

Nous accusons bonne réception de votre candidature au poste d'Acheteuse Industrielle (réf. LV-2026-014) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec la plus grande attention. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que nous n'avons pas pu donner suite.

Cordialement,
La Direction des Ressources Humaines
""", charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1"),

    ACK("fr_wttj_bien_recue", "fr", "Cyclo Urbain", "",
        "Cyclo Urbain <notifications@welcomekit.example.co>", "Votre candidature a bien été envoyée",
        "2026-06-25 09:12 CEST",
        """Bonjour Aoife,

Votre candidature pour le poste Responsable Logistique chez Cyclo Urbain a bien été transmise à l'équipe. Ils reviendront vers vous dès que possible.

Bonne chance !
""", fmt="html", brand="Cyclo Urbain"),

    ACK("fr_belge_bien_recu", "fr", "Intercommunale de l'Eau Wallonne", "jobs@iew.example.be",
        "Service du Personnel <jobs@iew.example.be>", "Votre candidature",
        "2026-08-19 15:40 CEST",
        """Madame,

Nous avons bien reçu votre candidature pour la fonction de gestionnaire des achats (m/f/x) et nous vous en remercions.

Les candidatures seront analysées après la date de clôture. Nous ne manquerons pas de vous tenir informée de la suite réservée à votre dossier.

Veuillez agréer, Madame, nos salutations distinguées.

Service du Personnel
Intercommunale de l'Eau Wallonne
""", charset="windows-1252"),

    # acknowledgements: 3 de
    ACK("de_eingangsbestaetigung", "de", "Hanse Kühllogistik", "",
        "Hanse Kühllogistik GmbH <bewerbung-noreply@personio.example.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "2026-02-19 16:22 CET",
        """Sehr geehrte Frau Brennan-Castillo,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) und Ihr Interesse an Hanse Kühllogistik. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies bis zu drei Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""", fmt="alt", charset="iso-8859-1", subject_charset="iso-8859-1", name_charset="iso-8859-1"),

    ACK("de_sap_sf_bestaetigung", "de", "Medivaro", "",
        "Medivaro Careers <noreply@successfactors.example.eu>", "Ihre Bewerbung bei Medivaro – Job-ID 41877",
        "2026-05-26 11:11 CEST",
        """Guten Tag Aoife Brennan-Castillo,

vielen Dank für Ihre Online-Bewerbung auf die Position  "Supply Chain Planner (m/w/d)"  am Standort Düsseldorf.

Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun geprüft. Leider können wir in dieser Phase kein individuelles Feedback geben.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Freundliche Grüße
Ihr Talent Acquisition Team
Medivaro SE
""", fmt="html", brand="Medivaro"),

    ACK("de_klein_persoenlich", "de", "Brauerei Ostermann", "k.ostermann@brauerei-ostermann.example.de",
        "Katrin Ostermann <k.ostermann@brauerei-ostermann.example.de>", "Re: Bewerbung Einkauf",
        "2026-08-27 13:05 CEST",
        """Hallo Frau Brennan-Castillo,

danke für Ihre Unterlagen, die sind gut angekommen. Unser Betriebsleiter ist bis Mitte September im Urlaub, danach schauen wir uns alles in Ruhe an und melden uns.

Viele Grüße aus Hamburg
Katrin Ostermann
Brauerei Ostermann – Verwaltung
"""),

    # ---------------- offers: 5 en
    OFF("verbal_followup", "en", "Corrib Medical Devices", "eimear.fahy@corribmd.example.com",
        "Eimear Fahy <eimear.fahy@corribmd.example.com>", "Materials Planner - offer",
        "2026-02-27 16:45 IE",
        """Hi Aoife,

Great speaking to you earlier and delighted you're happy to accept in principle! As discussed, I'm attaching your formal offer letter for the Materials Planner role at €58,000 plus 10% bonus, with a start date of 6 April.

The offer is conditional on two satisfactory references and proof of right to work in Ireland. Please sign and return the contract by Friday 6 March.

Welcome aboard (nearly)!

Eimear
Eimear Fahy | HR Generalist | Corrib Medical Devices
""", attach=[("Offer_Letter_ABrennanCastillo.pdf", "application/pdf", PDF)]),

    OFF("agency_offer_excl", "en", "Tyndall Freight", "grainne@moylanpartners.example.ie",
        "Gráinne Moylan <grainne@moylanpartners.example.ie>", "AMAZING news!!!",
        "2026-04-23 17:58 IE",
        """Aoife!!!

Tyndall Freight have come back and they want to offer you the Operations Planning Manager role!!! Base of €72k, car allowance and 25 days holidays. They'll send the written offer tomorrow once I confirm you're happy with the numbers.

Call me when you get this!!!

Gráinne
Moylan Partners | 086 555 7730
""", name_charset="utf-8"),

    OFF("british_conditional", "en", "Carrow & Vane", "lucy.barnes@carrowvane.example.co.uk",
        "Lucy Barnes <lucy.barnes@carrowvane.example.co.uk>", "Conditional offer of employment - Category Buyer",
        "2026-03-16 10:30 BST",
        """Dear Aoife,

Following your recent interviews, I am delighted to offer you the position of Category Buyer at Carrow & Vane, based in our Manchester office, on the terms set out in the attached letter.

This offer is conditional upon satisfactory references, a basic DBS check and confirmation of your right to work in the UK.

Please confirm your acceptance by signing and returning the enclosed contract within seven days.

We very much look forward to welcoming you to the team.

Yours sincerely,
Lucy Barnes
People Advisor | Carrow & Vane
""", attach=[("CV_Conditional_Offer.pdf", "application/pdf", PDF)]),

    OFF("us_docusign_offer", "en", "Beaconfield Health", "jess.morales@beaconfieldhealth.example.com",
        "Jess Morales <jess.morales@beaconfieldhealth.example.com>", "Your offer from Beaconfield Health",
        "2026-09-25 13:05 EDT",
        """Hi Aoife,

On behalf of the whole team, I'm thrilled to extend you an offer for Senior Manager, Supply Chain Operations! You'll receive the offer letter via DocuSign shortly - it includes a base salary of $138,000, a 15% annual bonus target and our benefits summary.

The offer is contingent on a background check and I-9 verification. Let me know if you'd like to hop on a call to walk through anything.

Congrats!
Jess

Jess Morales | Senior Recruiter | Beaconfield Health
""", fmt="alt"),

    OFF("public_sector_panel_offer", "en", "University of the Shannon", "recruitment@ushannon.example.ie",
        "HR Recruitment <recruitment@ushannon.example.ie>", "Post: Logistics Coordinator (Grade 5) - Ref 26/077",
        "2026-07-10 12:00 IE",
        """Dear Ms Brennan-Castillo,

I am pleased to advise that, following your interview on 2 July, the interview board has recommended you for appointment to the above post.

This offer is subject to satisfactory Garda vetting and references. A contract of employment will issue once these are complete. Please confirm by reply that you wish to accept this offer.

Yours sincerely,
Siobhán Ní Bhriain
HR Recruitment
University of the Shannon
"""),

    # offers: 2 es, 1 fr, 2 de
    OFF("es_carta_oferta", "es", "Naviera Cantábrica", "i.etxeberria@navieracantabrica.example.es",
        "Iñaki Etxeberria <i.etxeberria@navieracantabrica.example.es>", "Propuesta de incorporación",
        "2026-05-19 13:15 CEST",
        """Buenas tardes, Aoife:

Es un placer comunicarle que ha sido seleccionada para el puesto de Coordinadora de Operaciones Portuarias. Le adjuntamos nuestra propuesta de incorporación con las condiciones económicas (48.000 € brutos anuales más variable) y la fecha de inicio prevista, el 1 de julio.

Le rogamos nos confirme su aceptación antes del 26 de mayo.

Enhorabuena y bienvenida.

Atentamente,
Iñaki Etxeberria
Recursos Humanos - Naviera Cantábrica
""", name_charset="iso-8859-1", attach=[("Propuesta_incorporacion.pdf", "application/pdf", PDF)]),

    OFF("es_oferta_informal", "es", "Recambio Verde", "marcos@recambioverde.example.es",
        "Marcos Llorente <marcos@recambioverde.example.es>", "Buenas noticias",
        "2026-08-20 20:15 CEST",
        """Hola Aoife!

Como te adelanté por teléfono, queremos que te unas a Recambio Verde como Responsable de Operaciones. Te mando el contrato para que lo revises con calma; si todo te cuadra, lo firmas y empiezas el 14 de septiembre.

Cualquier duda, me escribes.

Un abrazo,
Marcos
CEO · Recambio Verde
"""),

    OFF("fr_promesse_embauche", "fr", "Groupe Solvéa", "m.garnier@solvea.example.fr",
        "Mathilde Garnier <m.garnier@solvea.example.fr>", "Proposition d'embauche - Acheteuse Projets",
        "2026-10-27 17:00 CET",
        """Bonjour Aoife,

J'ai le plaisir de vous confirmer notre souhait de vous accueillir chez Groupe Solvéa au poste d'Acheteuse Projets, en CDI, à Lyon.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération (52 k€ bruts annuels), le statut cadre et une date de démarrage au 4 janvier 2027. Merci de nous la retourner signée d'ici au 3 novembre.

Bien cordialement,
Mathilde Garnier
Talent Acquisition - Groupe Solvéa
""", charset="windows-1252", cte="qp", attach=[("Promesse_embauche.pdf", "application/pdf", PDF)]),

    OFF("de_vertragsangebot", "de", "Elbtal Logistik", "j.hansen@elbtal-logistik.example.de",
        "Jana Hansen <j.hansen@elbtal-logistik.example.de>", "Vertragsangebot Supply Chain Planerin",
        "2026-03-10 15:00 CET",
        """Sehr geehrte Frau Brennan-Castillo,

wir freuen uns sehr, Ihnen nach den Gesprächen die Position als Supply Chain Planerin (m/w/d) anbieten zu können. Anbei erhalten Sie unser Vertragsangebot in zweifacher Ausfertigung mit einem Jahresgehalt von 62.000 € brutto.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. März zurück.

Mit freundlichen Grüßen
Jana Hansen
Personalreferentin
Elbtal Logistik GmbH & Co. KG
""", charset="windows-1252", cte="qp", attach=[("Arbeitsvertrag_Brennan-Castillo.pdf", "application/pdf", PDF)]),

    OFF("de_zusage_du", "de", "Kistenwerk", "lena@kistenwerk.example.de",
        "Lena Vogt <lena@kistenwerk.example.de>", "Wir wollen dich! 🎉",
        "2026-05-08 18:20 CEST",
        """Hi Aoife,

ich mach's kurz: Das Team war total begeistert und wir möchten dir die Stelle als Ops Lead anbieten! Das offizielle Angebot mit allen Details (Gehalt, Remote-Regelung, Startdatum) schicke ich dir morgen per Mail – lass uns gern vorher kurz telefonieren.

Freu mich riesig!
Lena
Kistenwerk | People & Ops
"""),
]
