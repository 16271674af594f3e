"""Rejections for the final corpus: hand-written, one voice per message."""

from make_final import ME, Spec, q_de, q_forward, q_gmail, q_outlook

K = "rejection"

SPECS = [
    Spec(
        K, "blunt_startup_founder", "en", ("Dan Whitlock", "dan@tallyhq.example.com"),
        "Re: Backend role", date="2026-02-03T17:42-08:00", company="Tally", contact="dan@tallyhq.example.com",
        text="""Hey Robin, thanks for your time, but we won't be moving forward. Good luck out there.

Dan

Sent from my iPhone
""" + "\n" + q_gmail(ME, "Mon, Feb 2, 2026 at 9:11 AM", "Hi Dan, just checking in on the backend role. Happy to answer anything else.\nRobin"),
    ),
    Spec(
        K, "greenhouse_soft_align", "en", ("Northwind Labs", "no-reply@us.greenhouse-mail.io"),
        "Your application to Northwind Labs", date="2026-01-14T22:05+00:00", company="Northwind Labs", encode_names=True,
        reply_to=("Northwind Labs Recruiting", "no-reply@us.greenhouse-mail.io"), fmt="alt",
        text="""Hi Robin,

Thank you for your interest in the Senior Data Engineer position at Northwind Labs and for the time you invested in applying.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your information on file and may reach out should a suitable opening come up. We wish you every success in your search.

Best,
The Northwind Labs Talent Team
""",
    ),
    Spec(
        K, "uk_shant_progress", "en", ("Harriet Combe", "harriet.combe@pembrokehealth.example.org"),
        "Application ref PH-2291 - Clinical Systems Analyst", date="2026-02-11T10:20+00:00",
        company="Pembroke Health NHS Trust", contact="harriet.combe@pembrokehealth.example.org", fmt="alt", layout=1,
        text="""Dear Mr Okafor,

Thank you for attending the shortlisting interview for the post of Clinical Systems Analyst (Band 6) on Tuesday.

I regret to inform you that on this occasion we shan't be progressing your application further. The panel were impressed with your knowledge of HL7 integration, however another candidate demonstrated more direct experience with our EPR platform.

Should you wish to receive feedback, please contact me on 01632 960 412 and I will be happy to arrange a call.

Kind regards,

Harriet Combe
Recruitment Officer | Workforce Directorate
Pembroke Health NHS Trust
Tel: 01632 960 412

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender immediately and delete it. Pembroke Health NHS Trust does not accept liability for any views expressed that are not those of the Trust.
""",
    ),
    Spec(
        K, "india_regret_revert", "en", ("Talent Acquisition - Vistara Infosolutions", "careers@vistarainfo.example.com"),
        "Status of your candidature - Java Lead", date="2026-03-02T11:48+05:30", company="Vistara Infosolutions",
        reply_to=("Priya Raghunathan", "priya.r@vistarainfo.example.com"), contact="priya.r@vistarainfo.example.com",
        text="""Dear Candidate,

Greetings from Vistara Infosolutions!!

This is with reference to your interview held on 26th Feb for the position of Java Lead. We regret to inform you that your profile has not been shortlisted for further rounds of the selection process.

We will retain your profile in our database and do revert to you in case of any suitable opening in future.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition Team
Vistara Infosolutions Pvt. Ltd. | Pune
+91 20 5555 0132

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.
""",
    ),
    Spec(
        K, "workday_position_filled", "en", ("Halvorsen Retail Group", "halvorsen@myworkday.example.com"),
        "Update on Job Requisition R-0044817 Store Operations Analyst", date="2026-01-28T03:14+00:00",
        company="Halvorsen Retail Group", fmt="html",
        html="""<html><body><div style="font-family:Arial;font-size:10pt">Dear Robin Okafor,<br><br>Thank you for applying for the position of <b>Store Operations Analyst</b> (R-0044817).<br><br>
This position has now been filled. We would like to thank you for the interest you have shown in Halvorsen Retail Group and encourage you to visit our careers site for future openings.<br><br>
Sincerely,<br>Halvorsen Retail Group Talent Acquisition<br><br>
<span style="font-size:8pt;color:#999">*** This is an automatically generated email, please do not reply ***</span><br>
<img src="https://halvorsen.wd3.myworkdayjobs.example.com/pixel.gif" width="1" height="1"></div></body></html>""",
        text="",
    ),
    Spec(
        K, "role_on_hold", "en", ("Megan Lyle", "megan.lyle@brightpathconsulting.example.com"),
        "Quick update", date="2026-02-19T14:02-05:00", company="Brightpath Consulting",
        contact="megan.lyle@brightpathconsulting.example.com", fmt="alt", layout=2,
        text="""Hi Robin,

I wanted to reach out personally. Leadership has put the Senior Associate, Digital Strategy req on hold for the rest of the fiscal year due to budget changes, so unfortunately we won't be proceeding with the process.

This isn't a reflection on you at all - the team really enjoyed your case interview. If the role reopens I'll be in touch first thing.

All the best,
Megan

Megan Lyle | Talent Partner
Brightpath Consulting
m: (617) 555-0148
""",
    ),
    Spec(
        K, "after_takehome", "en", ("Yusuf Demir", "yusuf@ledgerline.example.io"),
        "Re: Take-home submission", date="2026-03-09T19:33+01:00", company="Ledgerline",
        contact="yusuf@ledgerline.example.io", in_reply_to="<th-take-home-robin@example.net>",
        text="""Hi Robin,

Thanks for sending over the take-home, and sorry it took us a week to get back to you.

We reviewed it as a team. The API design was clean, but the test coverage and the handling of concurrent writes were below what we need for this level, so we've decided not to move forward with your application.

I know that's disappointing after the effort you put in. Happy to jump on a 15-minute call if you'd like more detailed notes.

Yusuf
Engineering Manager, Ledgerline
""" + "\n" + q_gmail(ME, "Mon, 2 Mar 2026 at 08:55", "Hi Yusuf,\nattached is my solution. The README explains the tradeoffs.\nBest, Robin"),
    ),
    Spec(
        K, "agency_relayed_client", "en", ("Jess Barker", "jess.barker@apexstaffing.example.co.uk"),
        "Feedback from Orchard Foods", date="2026-02-05T16:47+00:00", company="Orchard Foods",
        contact="jess.barker@apexstaffing.example.co.uk",
        text="""Hiya Robin!!

So I've had feedback back from Orchard Foods on Tuesday's interview and I'm afraid it's not good news this time :( They've gone with someone who has more SAP experience - they did say you came across really well and the hiring manager liked you a lot!!

Don't be disheartened, I've got a couple of other roles coming in next week I think you'd be perfect for so I'll give you a buzz.

Speak soon!
Jess

Jess Barker
Senior Consultant - Finance & Supply Chain
Apex Staffing Solutions
T: 0161 496 0837 | M: 07700 900461
[Apex Staffing logo]
""",
    ),
    Spec(
        K, "lever_after_onsite", "en", ("Cobalt Robotics Hiring", "no-reply@hire.lever.co"),
        "Cobalt Robotics - Update on your candidacy", date="2026-03-17T20:11+00:00", company="Cobalt Robotics",
        reply_to=("Ana Ruiz", "ana.ruiz@cobaltrobotics.example.com"), contact="ana.ruiz@cobaltrobotics.example.com",
        fmt="alt",
        text="""Hi Robin,

Thank you so much for spending the day with us last Thursday. I know onsites are a real commitment and we appreciate the energy you brought to every conversation.

The team met to discuss and, while there was a lot of positive feedback, we've made the difficult decision not to extend an offer for the Robotics Software Engineer role. It was a very close call.

I'd genuinely like to stay in touch. Please feel free to reply here if you have any questions.

Warmly,
Ana Ruiz
Recruiting Lead, Cobalt Robotics
""",
    ),
    Spec(
        K, "very_short_mobile", "en", ("Chris P.", "chris.pelletier@fernwoodgames.example.com"),
        "Re: Following up", date="2026-01-09T07:58-05:00", company="Fernwood Games",
        contact="chris.pelletier@fernwoodgames.example.com",
        text="""Sorry Robin, we went another direction. Appreciate you.

-C
Sent from my phone
""",
    ),
    Spec(
        K, "dutch_english", "en", ("Sanne de Vries", "s.devries@polderlogistics.example.nl"),
        "Your application Supply Chain Data Analyst", date="2026-02-24T09:05+01:00", company="Polder Logistics",
        contact="s.devries@polderlogistics.example.nl",
        text="""Dear Robin,

Thank you for your application and the nice conversation of last week with me and Joost.

We have discussed your profile with the team. Unfortunately we have to inform you that we will not continue with your application. We are searching for somebody with more experience in the Dutch transport market and with the Dutch language, which is for this role quite important.

We wish you a lot of success with finding a new job.

With kind regards,

Sanne de Vries
HR Advisor
Polder Logistics B.V.
Havenweg 12, Rotterdam
""",
    ),
    Spec(
        K, "italian_english", "en", ("Giulia Ferraro", "giulia.ferraro@lumetta.example.it"),
        "R: Position UX Researcher", date="2026-03-04T12:30+01:00", company="Lumetta Design",
        contact="giulia.ferraro@lumetta.example.it",
        text="""Dear Robin,

thank you very much for the time you dedicated to us in the interviews. We have appreciated very much your portfolio.

I am sorry to communicate you that we have decided to proceed with another candidate, whose profile is more in line with what we are looking for in this moment.

We remain at disposal for any clarification and we hope to have occasion to collaborate in future.

Best regards
Giulia Ferraro
HR Manager - Lumetta Design S.r.l.
Via Tortona 31, Milano
""",
    ),
    Spec(
        K, "australian_casual", "en", ("Bec Hollis", "bec@saltbushdigital.example.com.au"),
        "Product Designer role", date="2026-02-12T15:21+11:00", company="Saltbush Digital",
        contact="bec@saltbushdigital.example.com.au",
        text="""Hi Robin,

Thanks heaps for having a chat with us on Monday, it was great to meet you.

Unfortunately we won't be taking your application any further - we've decided to go with a candidate who's already based in Melbourne, as the role turned out to need more in-office days than we first thought.

Really appreciate your time and best of luck with the search!

Cheers,
Bec
Saltbush Digital
""",
    ),
    Spec(
        K, "university_staff_post", "en", ("HR Recruitment", "recruitment@hallamvale.example.ac.uk"),
        "Vacancy HV-04432 Research Software Engineer", date="2026-03-20T13:00+00:00", company="Hallam Vale University",
        fmt="html", layout=0,
        text="""Dear Robin Okafor

Vacancy: Research Software Engineer, Faculty of Life Sciences (HV-04432)

Thank you for your recent application for the above post. The selection panel has now met and I am sorry to tell you that you have not been shortlisted for interview on this occasion.

Due to the large number of applications received we are unable to provide individual feedback.

Thank you for your interest in working at Hallam Vale University.

Human Resources
Hallam Vale University

Please do not reply to this email as this mailbox is not monitored.
""",
    ),
    Spec(
        K, "smartrecruiters_cancelled", "en", ("Marlow & Finch", "noreply@smartrecruiters.example.com"),
        "Regarding the Financial Controller position", date="2026-01-21T09:40+00:00", company="Marlow & Finch",
        fmt="alt",
        text="""Dear Robin,

We are writing to let you know that the Financial Controller position you applied for has been cancelled following an internal reorganisation. As a result we will not be proceeding with any applications for this vacancy.

We appreciate the time you took to apply and hope you will consider Marlow & Finch for future opportunities.

Kind regards,
Marlow & Finch Recruitment
""",
    ),
    Spec(
        K, "hospital_nurse_manager", "en", ("St. Brendan Medical Center Careers", "careers-donotreply@stbrendan.example.org"),
        "Your application for Nurse Informatics Specialist", date="2026-02-27T18:30-06:00", company="St. Brendan Medical Center",
        fmt="html", layout=0,
        text="""Dear Robin,

Thank you for applying for the Nurse Informatics Specialist opening (Req #88120) at St. Brendan Medical Center.

We have carefully reviewed your qualifications and, although your background is impressive, we have selected other applicants whose qualifications better match the requirements of this position.

We encourage you to create a job alert at https://careers.stbrendan.example.org so you are notified of future openings.

St. Brendan Medical Center Human Resources
""",
    ),
    Spec(
        K, "forwarded_by_recruiter", "en", ("Tom Akers", "tom.akers@hirebridge.example.com"),
        "Fwd: Candidate feedback - R. Okafor", date="2026-03-12T11:15-04:00", company="Quarry Insurance",
        contact="tom.akers@hirebridge.example.com",
        text="""Robin - see below from the client. Sorry mate, I really thought this one was yours. Call me when you have a sec, I have thoughts on the next one.

Tom
HireBridge Partners | 212-555-0177

""" + q_forward(("Lauren Meeks", "lmeeks@quarryins.example.com"), "Wed, Mar 11, 2026 at 5:02 PM", "Candidate feedback - R. Okafor", ("Tom Akers", "tom.akers@hirebridge.example.com"),
            """Hi Tom,

Thanks for sending Robin through. The panel liked his communication but felt the actuarial modelling depth wasn't there for a senior hire. We'll pass for now.

Lauren Meeks
Director, Pricing Analytics
Quarry Insurance"""),
    ),
    Spec(
        K, "outlook_chain_hiring_manager", "en", ("Kofi Mensah", "kofi.mensah@granitebank.example.com"),
        "RE: Next steps?", date="2026-02-16T08:12+00:00", company="Granite Bank",
        contact="kofi.mensah@granitebank.example.com", fmt="alt", layout=1,
        text="""Hi Robin,

Apologies for the slow reply. We've now completed the final round and I'm afraid we won't be offering you the role. It came down to two people and we went with the candidate with more regulatory reporting background.

Thanks again for your patience through a long process.

Kofi

""" + q_outlook(ME, ("Kofi Mensah", "kofi.mensah@granitebank.example.com"), "Friday, February 13, 2026 4:40 PM", "Next steps?",
            "Hi Kofi,\n\nI hope you're well. I wanted to follow up on the final round last week. Is there any update on timing?\n\nThanks,\nRobin"),
    ),
    # --- German ---
    Spec(
        K, "de_personio_absage", "de", ("Kranich Software GmbH", "noreply@kranich-software.jobs.personio.example.de"),
        "Ihre Bewerbung als Senior Backend Developer (m/w/d)", date="2026-02-09T10:33+01:00",
        company="Kranich Software", fmt="alt", charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Kranich Software GmbH und die Zusendung Ihrer Bewerbungsunterlagen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern beruht auf dem Abgleich mit den Anforderungen der Stelle.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Software GmbH
""",
    ),
    Spec(
        K, "de_du_startup", "de", ("Lena Brauer", "lena@wattwerk.example.de"),
        "Re: Dein Gespräch bei Wattwerk", date="2026-03-05T18:02+01:00", company="Wattwerk",
        contact="lena@wattwerk.example.de",
        text="""Hi Robin,

danke nochmal für das super Gespräch am Montag! Wir haben uns im Team lange beraten und uns am Ende für jemanden entschieden, der schon Erfahrung mit Batteriespeichern mitbringt. Ich weiß, das ist blöd zu hören.

Wenn du magst, geb ich dir gern am Telefon noch ein ausführlicheres Feedback.

Liebe Grüße
Lena
Wattwerk - People & Culture

""" + q_de(ME, "Mo., 2. März 2026 um 19:10", "Hallo Lena,\nvielen Dank für das Gespräch heute, hat mir viel Spaß gemacht!\nViele Grüße, Robin"),
    ),
    Spec(
        K, "de_stadtwerke_formal", "de", ("Stadtwerke Nordhafen - Personalabteilung", "bewerbung@stadtwerke-nordhafen.example.de"),
        "Ausschreibung 2026/014 - Sachbearbeiter/in IT-Sicherheit", date="2026-01-30T14:45+01:00",
        company="Stadtwerke Nordhafen", contact="", fmt="plain", charset="windows-1252", cte="quoted-printable",
        text="""Sehr geehrter Herr Okafor,

wir bedanken uns für Ihre Bewerbung auf die oben genannte Stelle.

Die Auswahl ist inzwischen abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin entschieden haben. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Personalabteilung
Stadtwerke Nordhafen GmbH – Anstalt des öffentlichen Rechts

Diese E-Mail wurde maschinell erstellt; Antworten an diese Adresse werden nicht bearbeitet.
""",
    ),
    Spec(
        K, "de_stelle_gestrichen", "de", ("Dr. Felix Amsel", "f.amsel@amsel-partner.example.de"),
        "Stelle Consultant Data & Analytics", date="2026-03-13T09:18+01:00", company="Amsel & Partner",
        contact="f.amsel@amsel-partner.example.de", fmt="alt", layout=1,
        text="""Sehr geehrter Herr Okafor,

leider muss ich Ihnen mitteilen, dass die ausgeschriebene Position aufgrund einer veränderten Auftragslage bis auf Weiteres nicht besetzt wird. Wir werden den Auswahlprozess daher nicht fortführen.

Ihr Profil hat uns gut gefallen; sollte sich die Lage ändern, melde ich mich gerne wieder bei Ihnen.

Mit besten Grüßen

Dr. Felix Amsel
Partner
Amsel & Partner Unternehmensberatung mbB
Tel. +49 89 5555 2210
""",
    ),
    # --- French ---
    Spec(
        K, "fr_candidature_non_retenue", "fr", ("Équipe Recrutement Maison Verlaine", "recrutement@maisonverlaine.example.fr"),
        "Votre candidature – Chef de projet digital", date="2026-02-02T11:00+01:00", company="Maison Verlaine",
        fmt="html", layout=0,
        text="""Bonjour Robin,

Nous vous remercions pour l'intérêt que vous portez à Maison Verlaine et pour votre candidature au poste de Chef de projet digital.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,
L'équipe Recrutement
""",
    ),
    Spec(
        K, "fr_tutoiement_startup", "fr", ("Camille Roux", "camille@pixelpotager.example.fr"),
        "Suite à notre échange", date="2026-03-06T17:25+01:00", company="Pixel Potager",
        contact="camille@pixelpotager.example.fr",
        text="""Salut Robin,

Merci encore pour ton temps mardi, on a vraiment apprécié l'échange avec toute l'équipe.

Après pas mal de discussions, on a décidé de ne pas donner suite : on cherche finalement un profil plus senior sur la partie mobile. Je sais que ce n'est pas la réponse que tu espérais.

N'hésite pas si tu veux un retour plus détaillé, je t'appelle volontiers.

Belle journée,
Camille
Pixel Potager – Head of People
""",
    ),
    Spec(
        K, "fr_cabinet_recrutement", "fr", ("Julien Mercier", "j.mercier@talentys-conseil.example.fr"),
        "RE: Poste Contrôleur de gestion - retour client", date="2026-01-26T10:10+01:00", company="Groupe Alvéole",
        contact="j.mercier@talentys-conseil.example.fr", fmt="alt", layout=1, charset="iso-8859-1",
        text="""Bonjour Monsieur Okafor,

Je reviens vers vous suite à votre entretien avec le Groupe Alvéole la semaine dernière.

Malheureusement, mon client a choisi de poursuivre avec un autre candidat dont l'expérience dans le secteur de la grande distribution correspond davantage à ses attentes.

Je reste bien entendu attentif à votre recherche et reviendrai vers vous dès qu'une mission pourrait vous correspondre.

Bien à vous,

Julien Mercier
Consultant Senior Finance
Talentys Conseil - 01 70 55 52 31
""",
    ),
    Spec(
        K, "fr_poste_pourvu_public", "fr", ("Service RH - Communauté d'agglomération", "rh-recrutement@agglo-vallee.example.fr"),
        "Votre candidature au poste de chargé(e) de mission numérique", date="2026-03-18T08:30+01:00",
        company="Communauté d'agglomération de la Vallée", fmt="plain", charset="windows-1252", cte="8bit",
        text="""Madame, Monsieur,

Vous avez bien voulu faire acte de candidature au poste de chargé(e) de mission numérique et je vous en remercie.

J'ai le regret de vous informer que ce poste a été pourvu. Je ne manquerai pas de conserver votre candidature en cas de nouvelle vacance correspondant à votre profil.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
La Directrice des Ressources Humaines
""",
    ),
    # --- Spanish ---
    Spec(
        K, "es_formal_consultora", "es", ("Selección Grupo Altamar", "seleccion@grupoaltamar.example.es"),
        "Proceso de selección - Analista de Datos Sr.", date="2026-02-17T13:13+01:00", company="Grupo Altamar",
        reply_to=("Lucía Benítez", "lucia.benitez@grupoaltamar.example.es"), contact="lucia.benitez@grupoaltamar.example.es",
        fmt="alt", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimado Robin:

Le agradecemos sinceramente el interés mostrado en formar parte de Grupo Altamar y el tiempo dedicado a las entrevistas.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos decidido continuar el proceso con otros perfiles que se ajustan más a los requisitos del puesto.

Guardaremos su currículum en nuestra base de datos para futuras oportunidades.

Un cordial saludo,
Lucía Benítez
Técnico de Selección
""",
    ),
    Spec(
        K, "es_tuteo_corto", "es", ("Nacho Vidal", "nacho@cafeteraapp.example.com"),
        "Re: Frontend", date="2026-03-11T21:40+01:00", company="Cafetera",
        contact="nacho@cafeteraapp.example.com",
        text="""Hola Robin, al final nos hemos decantado por otra persona para el puesto. Gracias por tu tiempo y mucha suerte!!

Nacho
Enviado desde mi iPhone
""",
    ),
    Spec(
        K, "es_mexico_vacante_cancelada", "es", ("Reclutamiento Farmacias del Valle", "no-responder@farmaciasdelvalle.example.mx"),
        "Actualización sobre tu postulación", date="2026-01-19T16:00-06:00", company="Farmacias del Valle",
        fmt="html", layout=0,
        text="""¡Hola Robin!

Gracias por postularte a la vacante de Coordinador de Inventarios en Farmacias del Valle.

Te informamos que la vacante ha sido cancelada por cambios en la estructura del área, por lo que no continuaremos con el proceso de selección.

Te invitamos a seguir consultando nuestras vacantes en https://empleos.farmaciasdelvalle.example.mx

Atentamente,
Equipo de Atracción de Talento
""",
    ),
    Spec(
        K, "es_tras_entrevistas", "es", ("Marta Quintana", "mquintana@hospitalsanroque.example.es"),
        "Puesto Técnico de Sistemas", date="2026-02-25T12:12+01:00", company="Hospital San Roque",
        contact="mquintana@hospitalsanroque.example.es",
        text="""Buenos días Robin,

Te escribo para agradecerte tu participación en las entrevistas para el puesto de Técnico de Sistemas.

Lamentablemente, no vamos a seguir adelante con tu candidatura. El comité ha valorado mucho tu experiencia, pero buscábamos a alguien con certificación en entornos sanitarios.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,

Marta Quintana Ferrer
Unidad de Selección - Recursos Humanos
Hospital San Roque
Tel. 91 555 04 18
""",
    ),
]
