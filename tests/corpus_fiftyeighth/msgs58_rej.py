"""Corpus 58: rejections, in the voices of many employers (data only)."""

from msgs58_build import Msg, q

R = "rejection"

MESSAGES = [
    Msg(R, "desjardins_workday_soft", "fr", "Caisse Desjardins de Lachine", "",
        ("Caisse Desjardins de Lachine", "desjardins@myworkday.com"),
        "Votre candidature - Analyste principal(e), planification financière (R-118402)",
        """Bonjour Mathieu,

Nous vous remercions de l'intérêt que vous portez à la Caisse Desjardins de Lachine et du temps consacré à votre candidature pour le poste d'Analyste principal(e), planification financière.

Après une analyse attentive de l'ensemble des candidatures reçues, nous avons choisi de poursuivre le processus avec des personnes dont le profil correspond davantage aux exigences actuelles du poste.

Nous conserverons votre dossier dans notre banque de candidatures et nous vous invitons à consulter régulièrement nos offres.

Cordialement,

Acquisition de talents
Caisse Desjardins de Lachine

Ce courriel a été envoyé à partir d'une adresse qui ne peut recevoir de réponses.""",
        fmt="alt", cte="qp"),
    Msg(R, "northvale_blunt_mobile", "en", "Northvale Payroll", "priya@northvalepayroll.example.com",
        ("Priya Raman", "priya@northvalepayroll.example.com"),
        "Re: Payroll Ops Lead",
        """Hi Mathieu - thanks for coming in tuesday. We're going with someone else for this one, they had more Ceridian/Dayforce depth. Good luck w the search.

Priya

Sent from my iPhone

> On Mar 4, 2026, at 9:12 AM, Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca> wrote:
>
> Hi Priya, thanks again for yesterday, really enjoyed meeting the team. Let me know if you need anything else from me.
>
> Mathieu"""),
    Msg(R, "hartwell_after_takehome", "en", "Hartwell & Crane", "l.osei@hartwellcrane.example.com",
        ("Lydia Osei", "l.osei@hartwellcrane.example.com"),
        "Your case exercise - FP&A Manager",
        """Dear Mathieu,

Thank you for the time and care you put into the three-statement model and the variance commentary. The panel reviewed every submission against the same rubric.

I'm sorry to tell you that we won't be taking your application further. The reviewers felt the driver-based forecast was solid, but the scenario section didn't go as deep as the other finalists on working capital.

I know a case exercise is a real investment of an evening or two, so if a short call to go through the feedback would help, reply here and I'll set it up.

Kind regards,
Lydia Osei
Talent Partner, Finance
Hartwell & Crane
+1 416 555 0183

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it. Hartwell & Crane LLP is a limited liability partnership."""),
    Msg(R, "greenhouse_pursue_other", "en", "Ledgerly", "",
        ("Ledgerly Recruiting", "no-reply@us.greenhouse-mail.io"),
        "Thank you for your interest in Ledgerly",
        """Hi Mathieu,

Thanks so much for applying for the Senior Revenue Accountant role at Ledgerly and for your patience while our team reviewed your application.

We've decided to pursue other candidates whose background more closely aligns with what we need right now. This wasn't an easy decision: we received a lot of thoughtful applications.

We'd love for you to keep an eye on our careers page, as our team is growing quickly.

All the best,
The Ledgerly Talent Team""",
        fmt="alt"),
    Msg(R, "agency_relay_exclaim", "en", "Banque Laurentia", "kayla.b@stonebridgeplacements.example.com",
        ("Kayla Brennan", "kayla.b@stonebridgeplacements.example.com"),
        "Update",
        """Hi Mathieu!!

So I just heard back from the client on the Controller role at Banque Laurentia - unfortunately they've decided not to move forward with your profile :( They loved your payroll background but want someone who has run a full IFRS 17 close, which I know isn't you yet!

Please don't be discouraged - I have 2-3 other roles coming in next week that I think are a MUCH better fit and I'll call you about them!!

Talk soon,
Kayla

Kayla Brennan | Senior Consultant, Finance & Accounting
Stonebridge Placements
M: 514-555-0147
[Stonebridge Placements logo]"""),
    Msg(R, "ville_qc_poste_comble", "fr", "Ville de Québec", "",
        ("Ville de Québec - Dotation", "dotation-nepasrepondre@ville.quebec.example.org"),
        "Concours 2026-FIN-031 - Conseiller en gestion budgétaire",
        """Monsieur Tremblay-Okonkwo,

La présente fait suite à votre candidature au concours 2026-FIN-031, Conseiller en gestion budgétaire.

Nous vous informons que le poste a été comblé. Nous tenons à vous remercier de l'intérêt manifesté envers la Ville de Québec.

Veuillez agréer, Monsieur, nos salutations distinguées.

Service des ressources humaines - Dotation
Ville de Québec

Veuillez ne pas répondre à ce courriel.""",
        charset="iso-8859-1", cte="qp"),
    Msg(R, "aerospace_on_hold", "en", "Avionord Aerospace", "marc.lefebvre@avionord.example.com",
        ("Marc Lefebvre", "marc.lefebvre@avionord.example.com"),
        "Cost Accountant position",
        """Hello Mathieu,

I wanted to let you know personally rather than have you hear it from the system: the Cost Accountant position in our Mirabel plant has been put on hold following the program review announced last week, and we will not be proceeding with the recruitment.

I'm genuinely sorry, you were one of our two finalists. If the role is reopened later in the year I'd be happy to reach out to you first.

Regards,
Marc Lefebvre
Plant Controller, Mirabel
Avionord Aerospace Inc.
T 450 555 0122"""),
    Msg(R, "indian_english_regret", "en", "Shreyas Fintech Services", "",
        ("HR Careers - Shreyas Fintech", "hr.careers@shreyasfintech.example.com"),
        "Application Status - Finance Operations Analyst (Montreal)",
        """Dear Candidate,

Greetings from Shreyas Fintech Services!

With reference to your application for the post of Finance Operations Analyst, we regret to inform you that your candidature has not been shortlisted for further rounds of the selection process at this juncture.

We shall keep your resume in our database and do revert to you should a suitable opening arise in future.

Wishing you all the best in your endeavours.

Thanks & Regards,
HR Team
Shreyas Fintech Services Pvt. Ltd."""),
    Msg(R, "british_shant_progress", "en", "Marlow Ashby", "t.pennington@marlowashby.example.co.uk",
        ("Tom Pennington", "t.pennington@marlowashby.example.co.uk"),
        "Re: Tax Technology Senior - Marlow Ashby",
        """Hi Mathieu,

Thanks ever so much for your time on the call last week - it was good to chat.

Having discussed it with the partners, we shan't be progressing your application on this occasion. Candidly, they're after someone with more UK VAT exposure for the Alteryx work, which wasn't something we could get around.

Best of luck with everything, and do keep in touch.

Cheers,
Tom

Tom Pennington
Tax Technology, Marlow Ashby LLP
Montreal | London
+44 20 7946 0321

On Thu, 12 Feb 2026 at 16:40, Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca> wrote:
""" + q("""Hi Tom,

Following up on our conversation on Tuesday, just wanted to check whether there was any news on next steps.

Thanks,
Mathieu""")),
    Msg(R, "very_short_vp", "en", "Quillfield", "dana@quillfield.example.com",
        ("Dana Whitcombe", "dana@quillfield.example.com"),
        "Quick note",
        """Mathieu, thanks for your time, but we won't be moving forward. Appreciate you.

-D"""),
    Msg(R, "bnc_style_bilingue", "fr", "Banque Boréale du Canada", "",
        ("Banque Boréale du Canada", "recrutement@ca.taleo.net"),
        "Banque Boréale | Suivi de votre candidature / Follow-up on your application",
        """(English follows)

Bonjour Mathieu,

Merci d'avoir postulé au poste de Directeur(trice), Contrôle financier - Marchés des capitaux (réf. 2601447).

Nous avons examiné votre candidature avec attention. Malheureusement, nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous encourageons à postuler à d'autres postes qui correspondent à vos compétences.

L'équipe Acquisition de talents

-----

Hello Mathieu,

Thank you for applying for the Director, Financial Control - Capital Markets position (ref. 2601447).

We have carefully reviewed your application. Unfortunately, we will not be moving forward with your application for this position.

We encourage you to apply for other positions that match your skills.

Talent Acquisition team
Banque Boréale du Canada""",
        fmt="html", cte="qp"),
    Msg(R, "cabinet_audit_tu", "fr", "Gagnon Bérubé CPA", "sophie.berube@gagnonberube.example.ca",
        ("Sophie Bérubé", "sophie.berube@gagnonberube.example.ca"),
        "Re: Poste de chef d'équipe, audit",
        """Salut Mathieu,

Merci encore d'être passé au bureau jeudi. J'ai pris le temps d'en parler avec les associés et on a décidé d'aller avec un autre candidat qui a plus d'années en mission d'audit OBNL, ce qui est vraiment le coeur du poste cette année.

C'était pas une décision facile, t'as fait une très bonne impression. Si jamais on ouvre un poste en fiscalité à l'automne, je te fais signe.

Bonne continuation!

Sophie Bérubé, CPA
Associée, Gagnon Bérubé CPA s.e.n.c.r.l.
418 555-0190

Le mer. 18 mars 2026 à 08:02, Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca> a écrit :
""" + q("""Bonjour Sophie,
Merci pour la rencontre de jeudi passé. Je reste disponible si vous avez besoin de références.
Mathieu"""),
        charset="windows-1252", cte="qp"),
    Msg(R, "hopital_sf_template", "fr", "CIUSSS du Nord-de-l'Île", "",
        ("CIUSSS du Nord-de-l'Île", "ciusss-nim@successfactors.eu"),
        "Mise à jour de votre candidature",
        """Bonjour Mathieu Tremblay-Okonkwo,

Nous vous remercions d'avoir soumis votre candidature pour l'affichage FIN-2026-0087 Agent(e) de gestion financière - Direction des ressources financières.

Suite à l'analyse des candidatures, nous vous informons que votre candidature n'a pas été retenue pour la suite du processus de sélection.

Soyez assuré(e) que nous apprécions l'intérêt que vous portez à notre établissement.

Direction des ressources humaines, des communications et des affaires juridiques
CIUSSS du Nord-de-l'Île

*** Ceci est un message automatisé, merci de ne pas y répondre ***""",
        fmt="html", charset="iso-8859-1", cte="b64"),
    Msg(R, "jeu_video_lever", "fr", "Studio Pixelbrume", "",
        ("Studio Pixelbrume", "no-reply@hire.lever.co"),
        "Studio Pixelbrume - Comptable principal(e)",
        """Bonjour Mathieu,

Merci d'avoir pris le temps de postuler chez Studio Pixelbrume pour le poste de Comptable principal(e). On a lu ton dossier avec beaucoup d'intérêt.

Après réflexion, on a décidé de ne pas aller de l'avant avec ta candidature. Le volume de candidatures était très élevé et on a dû faire des choix difficiles.

On te souhaite bonne chance dans ta recherche et on espère croiser ton chemin à nouveau!

L'équipe Talents
Studio Pixelbrume""",
        fmt="alt"),
    Msg(R, "universite_apres_entrevue", "fr", "Université de Sherbrooke-Est", "nathalie.roy@usherbrooke-est.example.ca",
        ("Nathalie Roy", "nathalie.roy@usherbrooke-est.example.ca"),
        "Suivi - entrevue du 9 avril",
        """Bonjour Monsieur Tremblay-Okonkwo,

Je vous remercie d'avoir participé à l'entrevue du 9 avril pour le poste de conseiller aux finances, Service des finances.

Le comité de sélection a terminé ses travaux et je suis au regret de vous annoncer que votre candidature n'a pas été retenue. Le comité a souligné la qualité de votre préparation et votre connaissance des normes pour le secteur public.

Je vous souhaite du succès dans vos projets professionnels.

Nathalie Roy
Conseillère en dotation
Service des ressources humaines
Université de Sherbrooke-Est
819 555-0164, poste 2231"""),
    Msg(R, "placement_firm_fr", "fr", "Assurances Fleurdelys", "jp.caron@caronassocies.example.ca",
        ("Jean-Philippe Caron", "jp.caron@caronassocies.example.ca"),
        "Assurances Fleurdelys - retour du client",
        """Bonjour Mathieu,

J'ai eu le retour d'Assurances Fleurdelys ce matin pour le poste d'analyste FP&A. Malheureusement le client a choisi de retenir une candidate à l'interne. Rien à voir avec ta candidature, ils ont eu une mutation de dernière minute.

Je garde ton CV en priorité pour les mandats en assurance qui s'en viennent, je te rappelle la semaine prochaine.

JP

Jean-Philippe Caron
Associé principal | Caron & Associés
514 555-0177"""),
    Msg(R, "oracle_rec_cloud_terse", "en", "Maritime Rail Systems", "",
        ("Maritime Rail Systems Careers", "careers-noreply@mrs.fa.ocs.oraclecloud.com"),
        "Requisition 26000412 - Senior Financial Analyst",
        """Dear Mathieu,

Thank you for your interest in the Senior Financial Analyst opportunity (26000412) at Maritime Rail Systems.

After careful consideration, we have decided to move forward with other applicants for this requisition. This email was sent from an unattended mailbox.

Regards,
Maritime Rail Systems Talent Acquisition

===================================
This is a system generated message. Please do not reply.
==================================="""),
    Msg(R, "swedish_owned_en", "en", "Lindqvist Logistik", "emma.sjoberg@lindqvist.example.se",
        ("Emma Sjöberg", "emma.sjoberg@lindqvist.example.se"),
        "Your application to Lindqvist Logistik",
        """Hi Mathieu,

Thank you for your application and for the good conversation with me and Johan last week.

We have now completed the process for the role as Business Controller, North America, and we have chosen to continue with another candidate whose experience from the transport sector matched our needs a bit better.

We really appreciated getting to know you. Take care and good luck!

Best regards,
Emma Sjöberg
HR Business Partner
Lindqvist Logistik AB | Göteborg - Montreal
+46 31 555 02 14""",
        charset="iso-8859-1", cte="qp"),
    Msg(R, "brazil_owned_en", "en", "Ipê Pagamentos", "renata.alves@ipepagamentos.example.com",
        ("Renata Alves", "renata.alves@ipepagamentos.example.com"),
        "Finance Ops - feedback",
        """Hi Mathieu, how are you?

Thanks a lot for the conversation with our team about the Finance Operations Specialist role for our Canada expansion. Unfortunately we decided to close this position for now, as the board postponed the Canadian launch to 2027. So we will not continue with the selection process.

We keep your contact for the future, for sure!

Abraços,
Renata Alves
People & Culture | Ipê Pagamentos
São Paulo - Toronto"""),
    Msg(R, "smartrecruiters_outlook_chain", "en", "Cobalt Health Partners", "j.mensah@cobalthealth.example.org",
        ("Joseph Mensah", "j.mensah@cobalthealth.example.org"),
        "RE: Reference check request",
        """Mathieu,

Thanks for sending the references so quickly. I do have to let you know that after the final round the hiring committee has selected another candidate for the Manager, Revenue Cycle Finance role. It came down to direct hospital revenue-cycle experience.

You were a strong finalist and I'd be glad to stay in touch.

Joseph Mensah
Senior Recruiter, Finance & Corporate
Cobalt Health Partners
(617) 555-0134

CONFIDENTIALITY NOTICE: This message may contain protected health or confidential information. If you received it in error, notify the sender and delete it.

From: Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca>
Sent: Monday, May 11, 2026 8:47 AM
To: Joseph Mensah <j.mensah@cobalthealth.example.org>
Subject: RE: Reference check request

Hi Joseph,

Please find my three references below, they've all been told to expect a call.

Thanks,
Mathieu

From: Joseph Mensah <j.mensah@cobalthealth.example.org>
Sent: Friday, May 8, 2026 4:02 PM
To: Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca>
Subject: Reference check request

Hi Mathieu, could you send me three professional references? We'd like to move quickly.""",
        cte="qp"),
    Msg(R, "gc_jobs_screened_out", "en", "Financial Transactions Oversight Agency of Canada", "",
        ("GC Jobs / Emplois GC", "noreply-nepasrepondre@jobs-emplois.example.gc.ca"),
        "Process 26-FTO-EA-0042 - result of screening / résultat de la présélection",
        """Dear applicant,

Thank you for your interest in selection process 26-FTO-EA-0042, Financial Officer (FI-02), with the Financial Transactions Oversight Agency of Canada.

Following an assessment of your application, we regret to inform you that you were not screened in, as your application did not demonstrate that you meet the essential experience criterion EX2 (experience in the preparation of cost analyses for federal programs).

Please do not reply to this e-mail. For questions, contact the mailbox indicated on the job poster.

Madame, Monsieur,

Nous vous remercions de votre intérêt pour le processus de sélection 26-FTO-EA-0042, Agent financier (FI-02).

À la suite de l'évaluation de votre candidature, nous regrettons de vous informer que votre candidature n'a pas été retenue, car elle ne démontre pas le critère d'expérience essentiel EX2.

Veuillez ne pas répondre à ce courriel.""",
        fmt="alt", cte="b64"),
    Msg(R, "mx_espanol_formal", "es", "Grupo Financiero Altamira", "",
        ("Grupo Financiero Altamira", "talento@grupoaltamira.example.com.mx"),
        "Seguimiento a su postulación - Gerente de Planeación Financiera",
        """Estimado Mathieu:

Le agradecemos sinceramente su interés en formar parte de Grupo Financiero Altamira y el tiempo dedicado al proceso de selección para la posición de Gerente de Planeación Financiera.

Después de una cuidadosa evaluación, le informamos que en esta ocasión no continuaremos con su candidatura, ya que hemos identificado perfiles que se ajustan más a los requerimientos de la vacante.

Conservaremos sus datos para futuras oportunidades.

Atentamente,
Atracción de Talento
Grupo Financiero Altamira""",
        charset="iso-8859-1", cte="qp", fmt="alt"),
    Msg(R, "barcelona_casual", "es", "Nubia Pagos", "marta@nubiapagos.example.es",
        ("Marta Puig", "marta@nubiapagos.example.es"),
        "Re: Controller Financiero - Nubia",
        """Hola Mathieu,

Muchas gracias por la entrevista del martes y por tu tiempo. Al final nos hemos decidido por otro perfil con más experiencia en el mercado español y en el cierre con SII, así que no vamos a seguir adelante con tu candidatura.

Ha sido un placer conocerte. ¡Mucha suerte!

Un abrazo,
Marta

Marta Puig · Head of People · Nubia Pagos
Barcelona

El mié, 22 abr 2026 a las 18:30, Mathieu Tremblay-Okonkwo (<m.tremblay.okonkwo@example.ca>) escribió:
""" + q("""Hola Marta, gracias por la conversación de hoy. Quedo atento a los próximos pasos.
Saludos,
Mathieu""")),
    Msg(R, "es_proceso_cancelado", "es", "Consultora Ibérica ERP", "",
        ("Recursos Humanos - Ibérica ERP", "rrhh@ibericaerp.example.es"),
        "Proceso de selección consultor SAP FICO",
        """Buenos días Mathieu:

Te escribimos para informarte de que el proceso de selección para Consultor/a SAP FI-CO Senior ha quedado cancelado por decisión del cliente, por lo que no podremos continuar con tu candidatura.

Sentimos las molestias y te agradecemos mucho el interés.

Un saludo,
Departamento de Personas
Consultora Ibérica ERP, S.L.""",
        charset="windows-1252"),
    Msg(R, "de_absage_formal", "de", "Rheinfeld Versicherung", "",
        ("Rheinfeld Versicherung Karriere", "karriere-noreply@rheinfeld-versicherung.example.de"),
        "Ihre Bewerbung als Senior Controller (m/w/d) - Kennziffer 2026-114",
        """Sehr geehrter Herr Tremblay-Okonkwo,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Rheinfeld Versicherung.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Versicherung AG
Frankfurt am Main""",
        charset="iso-8859-1", cte="qp", fmt="alt"),
    Msg(R, "de_absage_nach_gespraech", "de", "Hollmann Bahntechnik", "k.vogt@hollmann-bahntechnik.example.de",
        ("Katrin Vogt", "k.vogt@hollmann-bahntechnik.example.de"),
        "AW: Gespräch am 14.04.",
        """Hallo Herr Tremblay-Okonkwo,

danke nochmal für das angenehme Gespräch letzte Woche. Wir haben uns nach reiflicher Überlegung für einen anderen Kandidaten entschieden, der bereits Erfahrung mit SAP S/4HANA im Bahnumfeld mitbringt.

Ich wünsche Ihnen für Ihre weitere Suche alles Gute.

Viele Grüße
Katrin Vogt
Personalreferentin
Hollmann Bahntechnik GmbH
Tel. +49 69 555 0188

Am Do., 16. Apr. 2026 um 09:15 Uhr schrieb Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca>:
""" + q("""Sehr geehrte Frau Vogt,
vielen Dank für das Gespräch. Ich freue mich auf Ihre Rückmeldung.
Beste Grüße
Mathieu Tremblay-Okonkwo""")),
    Msg(R, "de_personio_stelle_besetzt", "de", "Kontor Neun", "",
        ("Kontor Neun", "notifications@kontor-neun.jobs.personio.de"),
        "Deine Bewerbung bei Kontor Neun",
        """Hallo Mathieu,

danke, dass du dich als Finance Manager (m/w/d) bei uns beworben hast!

Leider müssen wir dir mitteilen, dass die Stelle inzwischen besetzt ist. Wir haben uns sehr über dein Interesse gefreut und wünschen dir viel Erfolg.

Liebe Grüße
Dein People-Team von Kontor Neun""",
        fmt="html"),
    Msg(R, "australian_cheers", "en", "Bramble & Quay", "",
        ("Bramble & Quay Careers", "careers@bramblequay.example.com.au"),
        "Re: your application",
        """G'day Mathieu,

Thanks for putting your hand up for the Remote Payroll Systems Lead role with Bramble & Quay.

We've had a massive response and after going through everything we've decided not to progress your application any further this time round. We know that's not the news you were hoping for.

Cheers and all the best,
People Team - Bramble & Quay
Melbourne | Remote"""),
    Msg(R, "icims_after_panel_html", "en", "Harborline Credit Union", "",
        ("Harborline Credit Union", "harborline@talent.icims.com"),
        "Harborline Credit Union - Internal Audit Senior",
        """Dear Mathieu,

On behalf of the interview panel, thank you for meeting with us for the Internal Audit Senior position. We appreciate the time you invested in our process.

After much deliberation, we have extended an offer to another candidate, who has accepted. We will not be moving your candidacy forward for this role.

We wish you every success.

Human Resources
Harborline Credit Union
Halifax, Nova Scotia

Harborline Credit Union is an equal opportunity employer. Please do not reply to this automated message.""",
        fmt="html", cte="qp"),
    Msg(R, "ashby_after_cfo", "en", "Tallystream", "owen@tallystream.example.com",
        ("Owen Park", "owen@tallystream.example.com"),
        "Tallystream / Mathieu",
        """Hey Mathieu,

Wanted to close the loop after your chat with Ines (our CFO). She liked you a lot, but we've realized we need someone who has already built a finance function at a Series B company, and we're going to keep looking for that profile. So we're not going to move forward on the Head of Finance Ops role.

I know that's disappointing after four rounds, and I'm sorry it took us two weeks to get back to you.

Owen
Talent @ Tallystream""",
        fmt="alt"),
]
