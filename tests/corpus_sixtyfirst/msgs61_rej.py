"""Rejections for the sixty-first corpus (content only)."""

from msgs61_base import M, french, german, gmail, outlook, spanish

MESSAGES = [
    M("rejection", "belfius_workday_fpa", "fr",
      "Belfius Talent <belfius@myworkday.com>", "Votre candidature - Analyste FP&A (R-10482)",
      """Chère Amélie,

Nous vous remercions pour l'intérêt que vous portez à Belfius et pour votre candidature au poste d'Analyste FP&A (R-10482).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Nous avons en effet reçu de nombreuses candidatures et avons retenu des profils dont l'expérience correspond plus étroitement aux exigences du poste.

Nous conservons vos données dans notre base de talents pendant 12 mois, sauf opposition de votre part.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Belfius

Ce message a été généré automatiquement, merci de ne pas y répondre.
""", company="Belfius", cte="quoted-printable"),
    M("rejection", "hm_mobile_no", "en",
      "Pieter Claes <pieter.claes@hallmark-logistics.example.com>", "Re: Financial controller",
      """Hi Amelie, thanks for your time last week but we won't be moving forward. Went with someone with more SAP S/4 hands-on. Best of luck
Pieter

Sent from my iPhone
""" + gmail("Mon, 16 Feb 2026 at 10:02", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
            "Dear Pieter,\n\nThank you again for the conversation on Thursday. I remain very interested in the controller role.\n\nKind regards,\nAmélie"),
      company="Hallmark Logistics", contact="pieter.claes@hallmark-logistics.example.com", reply=True),
    M("rejection", "cabinet_chasseur_soft", "fr",
      "Sophie Marchal <s.marchal@lemarchal-partners.example.fr>", "Poste de Contrôleur de gestion - Lille",
      """Bonjour Amélie,

Je reviens vers vous suite à notre échange téléphonique de mardi.

J'ai présenté votre profil à mon client, un groupe de distribution basé à Lille. Il a apprécié votre parcours en audit mais a finalement fait le choix de poursuivre avec des candidats ayant déjà une expérience significative en contrôle de gestion industriel. Je suis désolée de ne pas avoir de meilleure nouvelle.

Je garde bien entendu votre CV sous le coude pour de prochaines missions qui pourraient mieux correspondre.

Belle journée,

Sophie Marchal
Associée
Marchal & Partners - Executive Search Finance
+33 (0)3 20 55 41 12
""", company="Marchal & Partners", contact="s.marchal@lemarchal-partners.example.fr"),
    M("rejection", "spf_selor_nonlaureat", "fr",
      "BOSA - Sélection <noreply@bosa.example.be>", "Résultat de votre test - AFG26045",
      """Madame,

Vous avez participé au test informatisé dans le cadre de la sélection comparative AFG26045 - Attaché Contrôle interne (m/f/x) pour le SPF Finances.

Nous avons le regret de vous informer que vous n'avez pas obtenu le score requis pour être admise à l'étape suivante. Vous trouverez le détail de vos résultats dans votre compte My Selor / Talent Portal.

Conformément à la réglementation, vous pouvez demander une feedback écrit dans un délai de 14 jours.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Service Sélection - BOSA
Ceci est un message automatique.
""", company="SPF Finances", charset="iso-8859-1", cte="quoted-printable"),
    M("rejection", "after_case_study", "fr",
      "Nathalie Dubois <nathalie.dubois@groupe-verlaine.example.com>", "Suite de votre étude de cas",
      """Bonjour Madame Vandenbroucke-Diallo,

Merci encore pour le temps consacré à l'étude de cas et pour la présentation devant notre DAF vendredi dernier.

Malgré la qualité de votre travail, nous avons décidé de ne pas poursuivre le processus avec vous pour le poste de Business Partner Finance. Le comité a privilégié un profil ayant déjà piloté un budget de filiale.

N'hésitez pas à me contacter si vous souhaitez un retour plus détaillé sur votre présentation.

Bien cordialement,

Nathalie Dubois
Responsable Recrutement
Groupe Verlaine
T. +32 2 790 11 40
""", company="Groupe Verlaine", contact="nathalie.dubois@groupe-verlaine.example.com", cte="quoted-printable"),
    M("rejection", "poste_pourvu_short", "fr",
      "RH Brasserie du Sablon <rh@brasseriedusablon.example.be>", "Re: Candidature comptable",
      """Bonjour,

Le poste a été pourvu entre-temps. Merci pour votre candidature et bonne continuation.

Cordialement,
Valérie
""", company="Brasserie du Sablon", contact="rh@brasseriedusablon.example.be", reply=True),
    M("rejection", "role_on_hold_fr", "fr",
      "Karim Benali <karim.benali@novamed-pharma.example.com>", "Poste de Contrôleur financier – mise à jour",
      """Bonjour Amélie,

Je voulais vous informer personnellement : suite à une réorganisation interne annoncée cette semaine, le recrutement pour le poste de Contrôleur financier à Wavre est gelé jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures en cours, dont la vôtre.

Je suis sincèrement désolé, vos entretiens s'étaient très bien passés. Si le poste devait rouvrir, je reviendrai vers vous en priorité.

Bien à vous,
Karim Benali
Talent Partner – NovaMed Pharma Belgium
GSM +32 478 12 34 56
""", company="NovaMed Pharma", contact="karim.benali@novamed-pharma.example.com"),
    M("rejection", "luxembourg_bank_formal", "fr",
      "Banque Ardennaise de Luxembourg <recrutement@bal.example.lu>", "Votre candidature",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Treasury Analyst et vous en remercions.

Après une étude approfondie de votre dossier, nous regrettons de ne pouvoir y réserver une suite favorable, votre profil ne correspondant pas entièrement à nos besoins actuels.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Département Ressources Humaines
Banque Ardennaise de Luxembourg S.A.
L-2953 Luxembourg

Le présent message est confidentiel et destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""", company="Banque Ardennaise de Luxembourg", contact="recrutement@bal.example.lu", charset="windows-1252", cte="quoted-printable"),
    M("rejection", "teamtailor_startup_tu", "fr",
      "Léa de chez Fintrack <lea@fintrack.example.io>", "Ta candidature chez Fintrack 💸",
      """Hello Amélie,

Merci d'avoir postulé pour le job de Finance Ops chez Fintrack ! On a lu ta candidature avec attention.

On a décidé de ne pas avancer avec toi pour ce poste - on cherche quelqu'un avec plus d'expérience en SaaS et en revenue recognition. C'est pas une question de qualité de profil, promis.

On te souhaite le meilleur pour la suite !

Léa
People @ Fintrack
""", company="Fintrack", contact="lea@fintrack.example.io",
      html="""<html><body style="font-family:Helvetica,Arial;color:#222"><p>Hello Amélie,</p><p>Merci d'avoir postulé pour le job de <b>Finance Ops</b> chez Fintrack ! On a lu ta candidature avec attention.</p><p>On a décidé de ne pas avancer avec toi pour ce poste - on cherche quelqu'un avec plus d'expérience en SaaS et en revenue recognition. C'est pas une question de qualité de profil, promis.</p><p>On te souhaite le meilleur pour la suite !</p><p>Léa<br>People @ Fintrack</p><img src="https://t.teamtailor-mail.example.com/o/abc123.gif" width="1" height="1" alt=""></body></html>"""),
    M("rejection", "interim_relay_fr", "fr",
      "Julie Lambotte <julie.lambotte@talentys-interim.example.be>", "Mission Liège",
      """Coucou Amélie,

Petit retour de mon client (le groupe sidérurgique à Liège) : ils ne te retiennent pas pour la mission de comptable consolidation, ils ont pris quelqu'un en interne finalement. Dommage !!

Je t'appelle la semaine prochaine pour d'autres missions, j'en ai deux qui pourraient te plaire.

Bises,
Julie
Consultante Finance - Talentys
0475 65 43 21
""", company="Talentys", contact="julie.lambotte@talentys-interim.example.be"),
    M("rejection", "universite_after_panel", "fr",
      "Service du personnel ULiège <personnel-recrutement@uliege.example.be>", "Candidature - Responsable administratif et financier (réf. 2026-117)",
      """Madame,

Suite à l'entretien que vous avez eu avec le jury le 12 mars, nous avons le regret de vous faire savoir que votre candidature n'a pas été retenue pour le poste de Responsable administratif et financier de la Faculté des Sciences.

Le jury a été très sensible à la qualité de votre parcours. Nous vous remercions de l'intérêt porté à notre institution.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Pour le Service du personnel,
M. Hougardy
""", company="Université de Liège", contact="personnel-recrutement@uliege.example.be"),
    M("rejection", "suisse_geneve_regret", "fr",
      "Fondation Lémanique pour la Santé <rh@fls-geneve.example.ch>", "Votre dossier de candidature",
      """Madame Vandenbroucke-Diallo,

Nous avons bien reçu votre dossier pour le poste de Contrôleuse de gestion (80-100%) et vous remercions de la confiance témoignée.

C'est avec regret que nous vous informons que nous avons porté notre choix sur une autre personne. Nous vous retournons ci-joint les documents qui ne sont plus nécessaires.

Avec nos meilleures salutations,

Ressources humaines
Fondation Lémanique pour la Santé
""", company="Fondation Lémanique pour la Santé", contact="rh@fls-geneve.example.ch", charset="iso-8859-1", cte="8bit"),
    M("rejection", "big4_successfactors_fr", "fr",
      "Careers <careers-noreply@successfactors.example.eu>", "Mise à jour concernant votre candidature",
      """<p>Bonjour Amélie,</p>""", company="Meyers Dauphin Audit", html_only=True,
      html="""<html><body><table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;font-family:Arial"><tr><td style="background:#00338d;padding:12px"><img src="https://cdn.example.com/mda-logo.png" alt="Meyers Dauphin Audit"></td></tr><tr><td style="padding:18px;font-size:14px">Bonjour Amélie,<br><br>Nous vous remercions d'avoir postulé au poste de <b>Senior Internal Audit - Financial Services</b> (Job Req ID 58213).<br><br>Nous avons examiné votre candidature avec soin. Malheureusement, nous n'irons pas plus loin avec votre candidature pour ce poste.<br><br>N'hésitez pas à consulter régulièrement nos offres sur notre <a href="https://careers.example.com/track?u=91ab">site carrières</a>.<br><br>Cordialement,<br>Talent Acquisition Team<br>Meyers Dauphin Audit</td></tr><tr><td style="font-size:10px;color:#888;padding:10px">Merci de ne pas répondre à ce courriel. © 2026 Meyers Dauphin Audit SRL. Tous droits réservés.</td></tr></table></body></html>"""),
    M("rejection", "cousin_ref_region_brux", "fr",
      "Talent.brussels <jobs@talent.brussels.example.be>", "Procédure de sélection - Conseiller budgétaire",
      """Madame,

Nous vous remercions pour votre participation à l'épreuve orale du 4 mai dans le cadre de la procédure de sélection pour la fonction de Conseiller budgétaire (niveau A) au sein de Bruxelles Finances et Budget.

Nous sommes au regret de vous informer que vous n'êtes pas lauréate de cette procédure. Le rapport motivé du jury peut être obtenu sur simple demande à l'adresse jobs@talent.brussels.example.be.

Recevez, Madame, nos salutations distinguées.

talent.brussels
Service public régional de Bruxelles
""", company="Bruxelles Finances et Budget", contact="jobs@talent.brussels.example.be", cte="quoted-printable"),
    M("other", "own_reply_quoting_rejection", "fr",
      "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>", "Re: Candidature Trésorerie - Energia Wallonie",
      """Ok merci beaucoup Thomas, c'est pas grave, je tente ailleurs !

Amélie
""" + french("jeu. 9 avr. 2026 à 18:40", "Thomas Gérard <thomas.gerard@energia-wallonie.example.be>",
             "Hello Amélie,\n\nJ'ai eu l'info du côté RH : ils ne vont malheureusement pas retenir ta candidature pour le poste de trésorier adjoint, ils partent sur un profil plus senior.\nDésolé, je croisais les doigts.\n\nThomas"),
      to="Thomas Gérard <thomas.gerard@energia-wallonie.example.be>", reply=True),
    M("rejection", "greenhouse_en_soft", "en",
      "Northwind Analytics <no-reply@us.greenhouse-mail.io>", "Your application to Northwind Analytics",
      """Hi Amelie,

Thank you for your interest in the Senior FP&A Analyst (Remote - EMEA) position at Northwind Analytics. We really appreciate the time you took to apply.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with our needs for this role at this time.

We'll keep your information on file and may reach out should a suitable opening come up.

Best,
The Northwind Analytics Recruiting Team
""", company="Northwind Analytics", reply_to="Priya Raman <priya.raman@northwind-analytics.example.com>",
      contact="priya.raman@northwind-analytics.example.com"),
    M("rejection", "uk_shan_t_progress", "en",
      "Harriet Kendall <harriet.kendall@thamesmere.example.co.uk>", "Finance Business Partner - update",
      """Dear Amélie,

Many thanks for attending the panel interview on Wednesday and for the thought you put into the case exercise.

I'm afraid that, on this occasion, we shan't be progressing your application further. It was a strong field and the panel felt another candidate's experience in housing association finance was a closer fit.

I do hope this won't put you off applying to Thamesmere Housing in future.

Kind regards,

Harriet Kendall
Resourcing Advisor | Thamesmere Housing
020 7946 0331

Thamesmere Housing Group is a registered society under the Co-operative and Community Benefit Societies Act 2014. This email and any attachments are confidential.
""", company="Thamesmere Housing", contact="harriet.kendall@thamesmere.example.co.uk"),
    M("rejection", "indian_regret_inform", "en",
      "HR Desk <hr.desk@sundaram-infotech.example.in>", "Application Status - Finance Manager Europe",
      """Dear Candidate,

Greetings from Sundaram Infotech!!

We regret to inform you that your profile has not been shortlisted for the position of Finance Manager - Europe Operations (Brussels) at this point of time. We shall retain your CV in our database for future requirements.

Kindly do not revert to this mail as it is system generated.

Thanks & Regards,
Talent Acquisition Team
Sundaram Infotech Ltd.
""", company="Sundaram Infotech", contact=""),
    M("rejection", "lever_position_filled", "en",
      "Kelso Energy <no-reply@hire.lever.co>", "Kelso Energy - Treasury Analyst",
      """Hi Amelie,

Thanks for applying to the Treasury Analyst role. We wanted to let you know that this position has now been filled.

We appreciate your interest in Kelso Energy and encourage you to apply for future openings that match your skills.

All the best,
Kelso Energy Talent Team
""", company="Kelso Energy", html="""<div style="font-family:-apple-system,Segoe UI;font-size:15px"><p>Hi Amelie,</p><p>Thanks for applying to the Treasury Analyst role. We wanted to let you know that this position has now been filled.</p><p>We appreciate your interest in Kelso Energy and encourage you to apply for future openings that match your skills.</p><p>All the best,<br>Kelso Energy Talent Team</p><p style="color:#999;font-size:11px">Sent via Lever</p></div>"""),
    M("rejection", "korean_owned_en", "en",
      "Ji-won Park <jiwon.park@hanbit-chem.example.com>", "RE: ESG Reporting Specialist (Antwerp)",
      """Dear Ms. Vandenbroucke-Diallo,

Thank you for taking part in the second interview with our Antwerp plant director and HQ finance team.

Unfortunately, the company has decided to proceed with another candidate who has more experience with K-IFRS and group reporting to Seoul. We sincerely appreciate your time and effort.

We wish you success in your career.

Best regards,
Ji-won Park
HR Manager, Hanbit Chemical Europe
""" + outlook("Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>", "Tuesday, 3 March 2026 09:14",
              "Ji-won Park", "ESG Reporting Specialist (Antwerp)",
              "Dear Ms. Park,\n\nThank you for the invitation, I confirm Thursday at 10:00.\n\nBest regards,\nAmélie"),
      company="Hanbit Chemical Europe", contact="jiwon.park@hanbit-chem.example.com", reply=True),
    M("rejection", "after_takehome_terse", "en",
      "Tom Reyners <tom@ledgerly.example.io>", "Following up",
      """Hey Amelie -- appreciate you doing the model exercise. Team went through it, honestly it was solid but we're going another direction with someone who's done Series B fundraising before. Sorry it's not better news.

Tom
Ledgerly | CFO
""", company="Ledgerly", contact="tom@ledgerly.example.io"),
    M("rejection", "australian_en", "en",
      "Bec Thornton <bec.thornton@southerncross-insure.example.com.au>", "Your application – Internal Auditor (EU hub)",
      """Hi Amélie,

Thanks heaps for applying for the Internal Auditor role at our new Dublin hub and for chatting with me on the phone.

Unfortunately we won't be taking your application any further this time round – we've gone with a candidate who already holds the Irish practising cert.

Cheers and all the best with the search,
Bec Thornton
Talent Acquisition | Southern Cross Insurance
""", company="Southern Cross Insurance", contact="bec.thornton@southerncross-insure.example.com.au"),
    M("rejection", "eu_agency_reserve", "en",
      "EUAFR Selection <selection@euafr.example.eu>", "Selection procedure EUAFR/TA/AD6/2026/04 - outcome",
      """Dear Candidate,

The Selection Committee has completed its assessment of the written test and interviews for the selection procedure EUAFR/TA/AD6/2026/04 (Financial Officer).

We regret to inform you that your name has not been included on the reserve list. The Committee's evaluation grid may be requested within 10 working days of this notification.

Please do not reply to this message; queries may be sent to selection@euafr.example.eu quoting your application number.

Human Resources Sector
European Union Agency for Financial Resilience
""", company="European Union Agency for Financial Resilience", contact="selection@euafr.example.eu"),
    M("rejection", "de_absage_formal", "de",
      "Rheinland Versicherung AG <karriere@rheinland-vers.example.de>", "Ihre Bewerbung als Referentin Konzerncontrolling",
      """Sehr geehrte Frau Vandenbroucke-Diallo,

vielen Dank für Ihr Interesse an der Rheinland Versicherung und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

i. A. Katrin Wegener
Personalgewinnung
Rheinland Versicherung AG · Köln
Vorstand: Dr. M. Falk (Vors.), S. Ortmann · Amtsgericht Köln HRB 12345
""", company="Rheinland Versicherung", contact="karriere@rheinland-vers.example.de", charset="iso-8859-1", cte="quoted-printable"),
    M("rejection", "de_hm_kurz", "de",
      "Jonas Brandt <j.brandt@mainstadt-energie.example.de>", "AW: Gespräch Treasury",
      """Hallo Frau Vandenbroucke-Diallo,

danke nochmal für das nette Gespräch. Wir haben uns intern leider für eine andere Kandidatin entschieden, die schon Erfahrung mit Cash-Pooling in SAP hat.

Alles Gute weiterhin!
Jonas Brandt
Leiter Treasury, Mainstadt Energie
""" + german("Fr., 20. März 2026 um 11:03", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
             "Sehr geehrter Herr Brandt,\n\nvielen Dank für das Gespräch heute. Ich freue mich auf Ihre Rückmeldung.\n\nBeste Grüße\nAmélie Vandenbroucke-Diallo"),
      company="Mainstadt Energie", contact="j.brandt@mainstadt-energie.example.de", reply=True),
    M("rejection", "de_stelle_gestrichen", "de",
      "Personio <no-reply@personio.example.de>", "Update zu Ihrer Bewerbung bei Klarwerk",
      """Hallo Amélie,

wir möchten Sie darüber informieren, dass die Position "FP&A Manager (m/w/d)" aus budgetären Gründen nicht besetzt wird. Das Auswahlverfahren wurde daher eingestellt.

Wir bedauern dies sehr und danken Ihnen für Ihr Interesse an Klarwerk.

Viele Grüße
Ihr Klarwerk People Team
""", company="Klarwerk"),
    M("rejection", "es_barcelona_formal", "es",
      "Selección Grupo Mirador <seleccion@grupomirador.example.es>", "Proceso de selección - Controller Financiero",
      """Estimada Amélie:

Le agradecemos sinceramente su interés en formar parte de Grupo Mirador y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Guardaremos su currículum para futuras vacantes.

Reciba un cordial saludo,

Departamento de Personas
Grupo Mirador · Barcelona
""", company="Grupo Mirador", contact="seleccion@grupomirador.example.es", charset="iso-8859-1", cte="quoted-printable"),
    M("rejection", "es_casual_madrid", "es",
      "Marta Ferrer <marta@cobalto-consulting.example.es>", "Re: Senior consultor ESG",
      """Hola Amélie!

Te escribo para contarte que al final el cliente ha optado por otra candidata para la posición de ESG reporting. Me hubiera encantado que fueras tú, de verdad.

Te tengo en cuenta para lo próximo que salga, ¿vale?

Un abrazo,
Marta

Enviado desde mi iPhone
""" + spanish("mar, 14 abr 2026 a las 9:20", "Amélie Vandenbroucke-Diallo (<amelie.vdb@example.be>)",
              "Hola Marta, ¿hay novedades del cliente? Gracias!"),
      company="Cobalto Consulting", contact="marta@cobalto-consulting.example.es", reply=True),
    M("rejection", "es_smartrecruiters", "es",
      "Ibérica de Seguros <noreply@smartrecruiters.example.com>", "Actualización sobre tu candidatura",
      """Hola Amélie,

Gracias por presentar tu candidatura al puesto de Auditor/a Interno/a en Ibérica de Seguros.

Tras revisar tu perfil, sentimos comunicarte que no continuarás en el proceso. Recibimos un gran número de candidaturas y la decisión no ha sido fácil.

Te animamos a seguir visitando nuestra página de empleo.

Un saludo,
Equipo de Talento · Ibérica de Seguros
""", company="Ibérica de Seguros", cte="base64"),
    M("rejection", "ngo_geneva_en", "en",
      "Recruitment Unit <recruitment@aquaterra-ngo.example.org>", "Re: your application",
      """Dear Amélie,

Thank you for your patience. The hiring panel for the Grants & Compliance Finance Officer vacancy has now concluded its review. We are sorry to let you know that you have not been selected for interview.

Given the number of applications we cannot provide individual feedback.

With best wishes,
Recruitment Unit
AquaTerra International, Geneva
""", company="AquaTerra International", contact="recruitment@aquaterra-ngo.example.org", reply=True),
    M("rejection", "cpas_namur_lettre", "fr",
      "Secrétariat RH <secretariat.rh@cpas-namur.example.be>", "Votre candidature au poste de Directeur financier adjoint",
      """Madame,

Suite à la réunion du jury de sélection, j'ai le regret de vous faire savoir que votre candidature n'a pas été retenue pour la suite de la procédure (épreuve écrite).

Le nombre de candidatures reçues, ainsi que leur qualité, nous ont contraints à opérer une sélection sur base des dossiers.

Je vous prie de croire, Madame, en l'assurance de ma considération distinguée.

Pour le Directeur général,
Anne-Françoise Lenoir
Service des Ressources humaines
CPAS de Namur
Tél. 081 33 72 10
""", company="CPAS de Namur", contact="secretariat.rh@cpas-namur.example.be", charset="windows-1252", cte="8bit"),
]
