"""Hand-written rejections for the held-out corpus (see make_holdout.py); standard library only."""

from make_holdout import Spec as S

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

SPECS = [
    S("rejection", "en", "soft_greenhouse_no_reply", "Brightwater Analytics", "",
      "Brightwater Analytics via Greenhouse <no-reply@us.greenhouse-mail.io>",
      "Your application to Brightwater Analytics",
      """Hi Jordan,

Thank you for your interest in the Senior Data Engineer role at Brightwater Analytics and for the time you invested in applying.

We received a large number of strong applications. After reviewing your background, we've decided to pursue other candidates whose experience more closely aligns with the needs of the team at this time.

We'd encourage you to keep an eye on our careers page, as new roles open regularly.

All the best,
The Brightwater Talent Team
""", date="2026-02-03 16:41 +0000", fmt="html", skin="ats"),

    S("rejection", "de", "formal_personio_reply_to", "Kessler & Voss Logistik", "m.albrecht@kessler-voss.example.com",
      "Kessler & Voss Logistik GmbH <jobs-noreply@kessler-voss.jobs.personio.de>",
      "Ihre Bewerbung als Backend-Entwickler (m/w/d)",
      """Sehr geehrte Frau Lee,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit den Anforderungen der Position.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Marion Albrecht
Personalabteilung
Kessler & Voss Logistik GmbH | Hafenstraße 12 | 20457 Hamburg
Geschäftsführer: Dr. Jens Kessler | Amtsgericht Hamburg HRB 112233
""", reply_to="Marion Albrecht <m.albrecht@kessler-voss.example.com>", date="2026-01-21 09:05 +0100",
      fmt="alt", skin="outlook", cte="qp"),

    S("rejection", "en", "blunt_one_liner", "Quillfeather", "dana@quillfeather.example.net",
      "Dana Whitfield <dana@quillfeather.example.net>",
      "Re: Product Designer - Quillfeather",
      """Hi Jordan,

Thanks for your time, but we won't be moving forward.

Dana
""", date="2026-03-12 18:02 -0800",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Mon, Mar 9, 2026 at 10:14 AM",
             "Product Designer - Quillfeather",
             """Hi Dana,

Just checking in on the Product Designer role after our call last week. Happy to share more portfolio work if useful.

Best,
Jordan""")),

    S("rejection", "en", "position_filled_lever", "Harbor & Pine", "rachel.okafor@harborpine.example.com",
      "Rachel Okafor <no-reply@hire.lever.co>",
      "Update on the Operations Analyst position",
      """Hi Jordan,

I wanted to follow up on your application for Operations Analyst at Harbor & Pine.

We've now filled the position, so we won't be progressing your application further. It was genuinely a close call and I appreciated how thoughtfully you answered the screening questions.

If you'd like, reply to this email and I'll let you know when something similar opens up on the team.

Warmly,
Rachel Okafor
People Partner, Harbor & Pine
""", reply_to="Rachel Okafor <rachel.okafor@harborpine.example.com>", date="2026-04-02 14:20 -0400",
      fmt="alt", skin="ats"),

    S("rejection", "fr", "formal_latin1_qp", "Groupe Lumenor", "recrutement@lumenor.example.fr",
      "Service Recrutement Lumenor <recrutement@lumenor.example.fr>",
      "Votre candidature au poste de Chargé(e) d'études statistiques",
      """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Lumenor et de votre candidature au poste de Chargé(e) d'études statistiques.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Service Recrutement
Groupe Lumenor - 14 rue de la Verrerie, 69002 Lyon
""", date="2026-02-17 11:32 +0100", charset="iso-8859-1", cte="qp"),

    S("rejection", "en", "after_final_round_reply_chain", "Cobaltline", "priya.raman@cobaltline.example.com",
      "Priya Raman <priya.raman@cobaltline.example.com>",
      "Re: Thank you - Staff Engineer final round",
      """Hi Jordan,

Thank you again for spending most of Thursday with us, and for the kind note afterwards. Everyone enjoyed the system design session.

I'm sorry to say we've decided to extend the offer to another candidate whose experience with payments infrastructure was a closer match for what the team needs right now. This was a difficult decision and it came down to very fine margins.

If you're open to it, I'd be happy to share some feedback from the panel on a short call.

Best regards,
Priya

Priya Raman | Engineering Manager, Platform
Cobaltline | +1 (415) 555-0148
[Cobaltline logo]
""", date="2026-05-19 09:47 -0700",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Fri, May 15, 2026 at 6:03 PM",
             "Thank you - Staff Engineer final round",
             """Hi Priya,

Thank you for organising yesterday's onsite interview. I really enjoyed the system design conversation with Marco and the chance to meet the team.

I'm very excited about the role and look forward to hearing about next steps.

Best,
Jordan

> On Tue, May 12, 2026 at 11:20 AM, Priya Raman wrote:
> We'd love to invite you to the final round on Thursday 14 May, 10:00-15:00.
> Please let me know if that works.""")),

    S("rejection", "es", "formal_cp1252", "Grupo Alcázar Seguros", "seleccion@alcazarseguros.example.es",
      "Selección Alcázar <seleccion@alcazarseguros.example.es>",
      "Proceso de selección - Analista de Riesgos",
      """Estimada Jordan:

Le agradecemos sinceramente el interés mostrado por formar parte de Grupo Alcázar Seguros y el tiempo dedicado a nuestro proceso de selección.

Lamentablemente, tras analizar todas las candidaturas recibidas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto de Analista de Riesgos.

Guardaremos su currículum en nuestra base de datos para futuras oportunidades, siempre de acuerdo con la normativa de protección de datos.

Reciba un cordial saludo,

Departamento de Selección
Grupo Alcázar Seguros
Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
""", date="2026-03-04 13:10 +0100", charset="windows-1252", cte="qp"),

    S("rejection", "en", "role_on_hold", "Marlowe Health", "ben.tsai@marlowehealth.example.org",
      "Ben Tsai <ben.tsai@marlowehealth.example.org>",
      "Clinical Data Analyst role - update",
      """Hi Jordan,

I wanted to reach out personally. Following a budget review this week, the Clinical Data Analyst role has been put on hold and we will not be proceeding with the search for the foreseeable future.

I know this is frustrating after two rounds of conversations, and I'm sorry for the timing. It has nothing to do with your candidacy. If the position reopens, I will get in touch with you first.

Thanks for your patience and understanding,
Ben

Ben Tsai
Talent Acquisition Lead | Marlowe Health
M: +1 617 555 0199
""", date="2026-06-08 16:55 -0400", fmt="alt", skin="gmail"),

    S("rejection", "en", "after_take_home", "Fennec Robotics", "hiring@fennec-robotics.example.com",
      "Fennec Robotics Hiring <hiring@fennec-robotics.example.com>",
      "Your take-home submission",
      """Hello Jordan,

Thanks for completing the take-home exercise for the Robotics Software Engineer position. We know it takes real effort and we're grateful for it.

Our reviewers went through your submission carefully. While the code was well organised, the solution didn't meet the bar we set for motion-planning performance, so we won't be moving you forward to the onsite stage.

A couple of notes from the reviewers, in case they are useful: the path smoothing step was missing tests, and the README did not explain the trade-offs you made.

We appreciate your interest and wish you the best in your search.

Fennec Robotics Hiring Team
""", date="2026-04-22 10:30 -0700", cte="b64"),

    S("rejection", "de", "casual_startup", "Pixelhafen", "lena@pixelhafen.example.de",
      "Lena Hoffmann <lena@pixelhafen.example.de>",
      "Kurzes Update zu deiner Bewerbung",
      """Hey Jordan,

danke dir nochmal für das nette Gespräch letzte Woche und die Zeit, die du dir genommen hast!

Wir haben uns im Team lange beraten und uns am Ende für eine andere Kandidatin entschieden, die schon mehr Erfahrung mit React Native mitbringt. Das ist uns echt nicht leicht gefallen.

Falls du Lust hast, melde dich gern in ein paar Monaten nochmal bei uns, wir wachsen gerade ziemlich schnell.

Liebe Grüße aus Leipzig
Lena

--
Lena Hoffmann · People & Culture · Pixelhafen GmbH
Tel. +49 341 555 2210
""", date="2026-05-06 17:12 +0200", fmt="alt", skin="gmail"),

    S("rejection", "en", "agency_relayed", "Northgate Insurance", "sophie.grant@talentbridge-recruitment.example.co.uk",
      "Sophie Grant <sophie.grant@talentbridge-recruitment.example.co.uk>",
      "Northgate Insurance - feedback",
      """Hi Jordan,

Hope you're well. I've had feedback from the client today regarding the BI Developer role at Northgate Insurance.

Unfortunately they've decided not to progress your application to the second stage. They liked your SQL depth but were looking for someone with more hands-on Power BI governance experience, and they had an internal candidate who fits that closely.

I know that's not the news you wanted. I'm still keen to work with you and have two other roles I think could suit you, so let's catch up this week if you're free.

Kind regards,

Sophie Grant
Senior Consultant - Data & Analytics
TalentBridge Recruitment Ltd
T: +44 20 7946 0321
This email and any attachments are confidential and intended solely for the addressee. TalentBridge Recruitment Ltd is registered in England and Wales.
""", date="2026-02-26 12:04 +0000", fmt="alt", skin="outlook"),

    S("rejection", "fr", "casual_tutoiement", "Atelier Brindille", "camille@brindille.example.fr",
      "Camille Roux <camille@brindille.example.fr>",
      "Suite à notre échange",
      """Salut Jordan,

Merci encore pour ton temps mardi, c'était un vrai plaisir d'échanger avec toi sur le poste de développeur·se front.

Après discussion avec l'équipe, on a choisi de ne pas donner suite à ta candidature : on cherche finalement quelqu'un de plus senior sur la partie accessibilité. Je préfère te le dire franchement plutôt que de te laisser sans nouvelles.

Je te souhaite plein de bonnes choses pour la suite, et n'hésite pas si tu as des questions.

Camille
Envoyé de mon iPhone
""", date="2026-03-19 21:40 +0100"),

    S("rejection", "en", "workday_template", "Stratford Mutual", "",
      "Stratford Mutual <stratfordmutual@myworkday.com>",
      "Regarding your application for R-10234 Business Systems Analyst",
      """Dear Jordan,

Thank you for your interest in the Business Systems Analyst (R-10234) position at Stratford Mutual.

After careful consideration, we have decided not to move forward with your candidacy for this requisition. Please note this does not prevent you from applying to other positions with us in the future.

To view the status of your applications, sign in to your candidate home: https://stratfordmutual.wd5.myworkday.com/careers/userHome

Sincerely,
Stratford Mutual Talent Acquisition

This is an automated message. Please do not reply to this email.
""", date="2026-01-14 03:18 +0000", fmt="html", skin="ats",
      headers={"Auto-Submitted": "auto-generated"}),

    S("rejection", "es", "vacante_cancelada", "Tecnocampo", "marta.ruiz@tecnocampo.example.com",
      "Marta Ruiz <marta.ruiz@tecnocampo.example.com>",
      "Actualización sobre la vacante de Ingeniero/a de Datos",
      """Hola Jordan,

Te escribo para contarte que, por una reorganización interna, la vacante de Ingeniero/a de Datos se ha cancelado y no vamos a seguir adelante con el proceso de selección.

Sé que estabas ya en la última fase y lo siento mucho. No tiene nada que ver con tu perfil, que nos ha gustado mucho. Si se vuelve a abrir una posición similar, te avisaré la primera.

Un abrazo y mucha suerte,
Marta Ruiz
Talent Acquisition | Tecnocampo
Tel. +34 91 555 12 34
""", date="2026-07-01 11:02 +0200", fmt="alt", skin="gmail", cte="qp"),

    S("rejection", "en", "ashby_reply_to_recruiter", "Lanternfish AI", "noor@lanternfish.example.ai",
      "Lanternfish AI <no-reply@ashbyhq.com>",
      "Lanternfish AI | Machine Learning Engineer",
      """Hi Jordan,

Thanks so much for taking the time to speak with our team about the Machine Learning Engineer role.

We've decided not to move forward to the next stage of the process. We're looking for someone with deeper experience deploying retrieval systems in production, and we didn't see enough overlap there.

We're grateful you considered Lanternfish and hope our paths cross again.

Noor Haddad
Recruiting at Lanternfish AI
""", reply_to="Noor Haddad <noor@lanternfish.example.ai>", date="2026-08-11 19:26 +0000", fmt="alt", skin="ats"),

    S("rejection", "de", "sap_style_base64", "Rheinland Energie AG", "",
      "Rheinland Energie AG <no-reply@successfactors.eu>",
      "Ihre Bewerbung: Data Scientist (w/m/d) - Referenznummer 45817",
      """Sehr geehrte Jordan Lee,

wir bedanken uns für Ihre Bewerbung als Data Scientist (w/m/d) und Ihr Interesse an der Rheinland Energie AG.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren aktuellen Anforderungen noch besser entspricht.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuelle Rückmeldung geben können.

Für Ihren weiteren Lebensweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinland Energie AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", date="2026-02-09 07:45 +0100", fmt="html", skin="ats", cte="b64"),

    S("rejection", "en", "after_onsite_outlook_chain", "Ironbark Systems", "t.mendez@ironbark.example.com",
      "Tomás Méndez <t.mendez@ironbark.example.com>",
      "RE: Onsite interview - Site Reliability Engineer",
      """Hi Jordan,

Thank you for coming in on Tuesday and meeting the SRE team. I know a full day onsite is a lot to ask.

After debriefing with the interviewers, we have decided not to move ahead with your application. The panel felt the on-call and incident management experience we need for this particular role wasn't quite there yet.

I appreciate your interest in Ironbark and I wish you every success.

Regards,
Tomás Méndez
Senior Technical Recruiter
Ironbark Systems | 200 Market St, Denver CO
""", date="2026-03-27 15:15 -0600", fmt="alt", skin="outlook",
      quote=("outlook_en", "Tomás Méndez <t.mendez@ironbark.example.com>", "Friday, March 13, 2026 9:02 AM",
             "Onsite interview - Site Reliability Engineer",
             """Hi Jordan,

Great news - the team would like to invite you to an onsite interview for the Site Reliability Engineer position. Would Tuesday March 24 from 9:30 to 15:00 work? You'll meet four interviewers, including the hiring manager.

Please confirm and I'll send the calendar invitation.

Thanks,
Tomás""")),

    S("rejection", "en", "smartrecruiters_on_file", "Copperleaf Retail", "",
      "Copperleaf Retail <notifications@smartrecruiters.com>",
      "Your application for Store Systems Coordinator",
      """Dear Jordan Lee,

Thank you for applying for the Store Systems Coordinator position at Copperleaf Retail.

We appreciate the interest you have shown. Unfortunately, we will not be moving forward with your application at this time. We will keep your resume on file and may contact you should a suitable opening arise.

Best wishes in your job search.

Copperleaf Retail Recruitment
""", date="2026-09-02 22:14 +0000", fmt="html", skin="ats"),

    S("rejection", "fr", "after_interviews_disclaimer", "Banque Véronèse", "helene.martin@veronese-banque.example.fr",
      "Hélène Martin <helene.martin@veronese-banque.example.fr>",
      "Candidature - Analyste Conformité",
      """Bonjour Jordan,

Je tiens à vous remercier pour les entretiens que vous avez passés avec nos équipes au cours des dernières semaines.

Après un examen attentif de l'ensemble des candidatures, nous avons décidé de poursuivre le processus avec un autre profil, dont l'expérience en lutte anti-blanchiment correspond davantage à nos besoins immédiats.

Cette décision n'a pas été simple à prendre tant votre parcours est intéressant. Je reste à votre disposition pour un retour plus détaillé si vous le souhaitez.

Bien cordialement,

Hélène Martin
Chargée de recrutement
Banque Véronèse
Tél. : +33 1 55 55 01 23

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
""", date="2026-04-14 10:05 +0200", fmt="alt", skin="outlook", charset="iso-8859-1", cte="qp"),

    S("rejection", "en", "mobile_short_recruiter", "Tidewell", "marcus@tidewell.example.com",
      "Marcus Bell <marcus@tidewell.example.com>",
      "Re: Growth Marketing Manager",
      """Hey Jordan - quick note, the team decided to go in another direction for this one. Really sorry, and thanks for all the time you put in. Let's stay in touch.

Marcus

Sent from my iPhone
""", date="2026-06-20 08:31 -0500",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Jun 18, 2026, at 4:45 PM",
             "Growth Marketing Manager",
             """Hi Marcus, any news on the Growth Marketing Manager role? Thanks, Jordan""")),

    S("rejection", "es", "tras_entrevista_formal", "Laboratorios Olmeda", "recursoshumanos@olmeda-lab.example.es",
      "RRHH Laboratorios Olmeda <recursoshumanos@olmeda-lab.example.es>",
      "Resultado del proceso - Técnico/a de Calidad",
      """Estimada candidata:

En primer lugar, queremos agradecerle su participación en las entrevistas para el puesto de Técnico/a de Calidad.

Tras valorar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionada para continuar en el proceso. La decisión ha sido difícil, dado el alto nivel de los candidatos finalistas.

Le deseamos mucho éxito en su trayectoria profesional.

Atentamente,
Recursos Humanos
Laboratorios Olmeda, S.A.
""", date="2026-05-25 12:48 +0200", charset="iso-8859-1", cte="8bit"),

    S("rejection", "en", "icims_position_filled", "Granite Peak Hospitality", "",
      "Granite Peak Hospitality <donotreply@icims.com>",
      "Granite Peak Hospitality - Revenue Analyst",
      """Dear Jordan,

We regret to inform you that the Revenue Analyst position for which you applied has been filled. We want to thank you for your interest in Granite Peak Hospitality and encourage you to review our career site for future opportunities that match your skills.

Regards,
Human Resources
Granite Peak Hospitality
""", date="2026-01-30 02:00 +0000", fmt="html", skin="ats", cte="qp"),

    S("rejection", "de", "agentur_kundenfeedback", "Mittelrhein Versicherung", "j.becker@fachwerk-personal.example.de",
      "Julia Becker <j.becker@fachwerk-personal.example.de>",
      "Feedback Mittelrhein Versicherung",
      """Hallo Jordan,

ich habe heute Rückmeldung von der Mittelrhein Versicherung zu deinem Profil bekommen – leider negativ. Der Fachbereich hat sich für einen Kandidaten mit mehr Erfahrung in der Versicherungsmathematik entschieden.

Das Feedback zu dir war trotzdem sehr positiv, vor allem zu deiner Präsentation. Ich halte weiter die Augen für dich offen und melde mich, sobald ich etwas Passendes habe.

Viele Grüße
Julia Becker
Senior Consultant | Fachwerk Personalberatung
Mobil: +49 170 5551234
""", date="2026-03-03 16:20 +0100", fmt="alt", skin="outlook"),

    S("rejection", "en", "teamtailor_warm", "Juniper & Oak Studio", "",
      "Juniper & Oak Studio <no-reply@teamtailor-mail.com>",
      "About your application: Junior UX Researcher",
      """Hi Jordan!

Thank you for your application for Junior UX Researcher and for the time you spent on our little survey challenge. We really enjoyed learning about you.

This time we've chosen to continue with another candidate. It was a tough call and we hope you'll apply again when the right role comes along.

Take care,
Juniper & Oak Studio
""", date="2026-07-15 09:00 +0000", fmt="html", skin="ats"),

    S("rejection", "en", "headcount_freeze_long_chain", "Oriel Payments", "k.nakamura@orielpay.example.com",
      "Kenji Nakamura <k.nakamura@orielpay.example.com>",
      "Re: Next steps - Senior Backend Engineer",
      """Hi Jordan,

I owe you an update and I'm afraid it isn't good news. Yesterday leadership announced a hiring freeze for the rest of the year, and as a result we have to close the Senior Backend Engineer requisition. We won't be able to continue the process with you.

I'm really sorry, particularly as you were our front-runner. I'd be glad to write a recommendation on LinkedIn or introduce you to a couple of teams I know are hiring.

Kenji
""", date="2026-10-02 17:33 +0100", fmt="alt", skin="gmail",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Wed, 30 Sept 2026 at 09:12",
             "Next steps - Senior Backend Engineer",
             """Hi Kenji,

Thanks again for the final interview on Monday. Do you have an idea of the timeline for a decision?

Best,
Jordan

On Mon, 28 Sept 2026 at 16:40, Kenji Nakamura <k.nakamura@orielpay.example.com> wrote:
> Great to meet you today. The panel was impressed and we hope to come back to you
> with next steps by the end of the week.
>
> On Thu, 17 Sept 2026 at 11:02, Kenji Nakamura wrote:
>> Would you be available for the final interview on Monday 28 September at 14:00?""")),

    S("rejection", "fr", "ats_welcome_style", "Maison Corvette", "",
      "Maison Corvette <ne-pas-repondre@welcomekit.co>",
      "Votre candidature chez Maison Corvette",
      """Bonjour Jordan,

Merci d'avoir postulé au poste de Product Owner chez Maison Corvette. Nous avons bien étudié votre profil.

Malheureusement, nous ne pourrons pas donner une suite favorable à votre candidature pour ce poste. Nous avons reçu de nombreuses candidatures de grande qualité et avons dû faire des choix.

Nous vous souhaitons une belle réussite dans vos recherches.

L'équipe recrutement de Maison Corvette
""", date="2026-06-03 14:00 +0200", fmt="html", skin="ats",
      headers={"X-Auto-Response-Suppress": "All"}),

    S("rejection", "en", "not_right_match_no_feedback", "Sable Creek Energy", "careers@sablecreek.example.com",
      "Sable Creek Energy Careers <careers@sablecreek.example.com>",
      "Update on your application - Reservoir Data Analyst",
      """Dear Jordan,

We've reviewed your application for the Reservoir Data Analyst position. While your experience is impressive, we have concluded that it isn't the right match for this role, and we will not be inviting you to interview.

Due to the number of applications, we are unable to provide individual feedback.

Thank you for considering a career with Sable Creek Energy.

Kind regards,
Sable Creek Energy Talent Acquisition
""", date="2026-08-25 15:51 -0500", fmt="alt", skin="ats"),

    S("rejection", "es", "casual_decantado", "Pulpo Studio", "alvaro@pulpostudio.example.com",
      "Álvaro Gil <alvaro@pulpostudio.example.com>",
      "Re: Diseñador/a de producto",
      """Hola Jordan!

Mil gracias por la prueba y por la charla del otro día, nos lo pasamos genial.

Te cuento: al final nos hemos decantado por otra persona que ya había trabajado en fintech, así que esta vez no seguimos contigo. Ojalá coincidamos más adelante, de verdad.

Un saludo grande,
Álvaro
""", date="2026-04-29 19:22 +0200", cte="qp",
      quote=("gmail_es", "Jordan Lee (<jordan.lee@example.org>)", "lun, 27 abr 2026 a las 10:05",
             "Diseñador/a de producto",
             """Hola Álvaro, te adjunto la prueba de diseño. ¡Gracias por la oportunidad!
Jordan""")),

    S("rejection", "en", "personal_no_offer", "Wrenfield Labs", "abigail.stone@wrenfield.example.org",
      "Abigail Stone <abigail.stone@wrenfield.example.org>",
      "Our decision - Research Engineer",
      """Dear Jordan,

I wanted to let you know personally that, after a lot of discussion, the team has decided not to extend an offer for the Research Engineer position.

You were one of two finalists, and your presentation on evaluation methods was the highlight of the week for several of us. In the end we chose a candidate with more experience running large training jobs.

Please don't hesitate to apply for future openings. I would be glad to see your name again.

With best wishes,
Abigail Stone
Head of Research Operations, Wrenfield Labs
""", date="2026-09-17 11:11 -0400", fmt="alt", skin="gmail"),

    S("rejection", "de", "kurz_keine_positive_rueckmeldung", "Bergmann Medizintechnik", "s.keller@bergmann-mt.example.de",
      "Sabine Keller <s.keller@bergmann-mt.example.de>",
      "AW: Bewerbung Produktmanager",
      """Guten Tag Frau Lee,

vielen Dank für Ihr Interesse. Leider können wir Ihnen keine positive Rückmeldung geben.

Freundliche Grüße
Sabine Keller
Bergmann Medizintechnik GmbH
""", date="2026-02-12 08:14 +0100", charset="iso-8859-1", cte="8bit",
      quote=("outlook_de", "Jordan Lee <jordan.lee@example.org>", "Montag, 9. Februar 2026 18:02",
             "Bewerbung Produktmanager",
             """Sehr geehrte Frau Keller,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Produktmanager. Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Jordan Lee""")),
]
