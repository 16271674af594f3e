"""Rejections for the seventy-sixth corpus (data only; see make_seventysixth.py)."""

MSGS = [
{"k": "rej", "s": "ngo_soft_after_interview", "lang": "fr", "co": "Terre Solidaire Belgique",
     "frm": "Nadia Vermeulen <n.vermeulen@terresolidaire.example.org>",
     "subj": "Votre candidature - Chargé·e de plaidoyer",
     "body": """Bonjour Camille,

Merci encore pour le temps que vous nous avez consacré lors de l'entretien de jeudi dernier. Nous avons beaucoup apprécié l'échange.

Après mûre réflexion, le jury a décidé de poursuivre le processus avec une autre personne dont le profil correspond plus étroitement aux besoins actuels de l'équipe plaidoyer. Ce n'était pas une décision facile.

Nous garderons volontiers votre CV dans notre réserve, si vous êtes d'accord.

Bien à vous,
Nadia Vermeulen
Responsable RH
Terre Solidaire Belgique asbl
Rue des Palais 44 - 1030 Schaerbeek
+32 2 218 44 10"""},
{"k": "rej", "s": "workday_federation_template", "lang": "en", "co": "European Federation of Food Processors",
     "frm": "European Federation of Food Processors <effp@myworkday.example.com>", "sys": True,
     "subj": "Your application for Policy Officer - Trade (R-00412)", "fmt": "html",
     "body": """Dear Camille,

Thank you for your interest in the Policy Officer - Trade position (R-00412) at the European Federation of Food Processors.

We have carefully reviewed your application. Unfortunately, we regret to inform you that your profile has not been selected to move forward in the recruitment process.

We encourage you to visit our Careers site regularly and apply for future opportunities that match your skills.

Kind regards,
Talent Acquisition Team
European Federation of Food Processors

This is a system-generated email. Please do not reply to this message."""},
{"k": "rej", "s": "terse_manager_mobile", "lang": "en", "co": "Brightwater Public Affairs",
     "frm": "Tom Haskins <tom@brightwaterpa.example.com>",
     "subj": "Re: Associate role",
     "body": """Hi Camille - thanks for your time last week, but we won't be moving forward. Good luck with the search.

T.
Brightwater Public Affairs

Sent from my iPhone""",
     "quote": """> On 12 Feb 2026, at 18:02, Camille Diallo-Lefèvre <camille.dl@example.be> wrote:
>
> Dear Tom, thank you again for the conversation on Tuesday. I remain very interested
> in the Associate role and happy to share writing samples if useful.
> Best regards, Camille"""},
{"k": "rej", "s": "commune_jury_result", "lang": "fr", "co": "Commune d'Ixelles",
     "raw_subj": "=?iso-8859-1?Q?S=E9lection_-_Coordinateur/trice_communication_=28niveau_A1=29?=",
     "frm": "Service du Personnel <personnel@ixelles.example.be>",
     "rt": "Sophie Lambotte <sophie.lambotte@ixelles.example.be>",
     "subj": "Sélection - Coordinateur/trice communication (niveau A1)", "cs": "iso-8859-1",
     "body": """Madame,

Nous faisons suite à l'épreuve orale que vous avez présentée le 3 mars devant le jury de sélection pour la fonction de coordinateur/trice communication (niveau A1).

Nous avons le regret de vous informer que vous n'avez pas obtenu le minimum requis (60 %) à cette épreuve. Votre candidature ne peut dès lors pas être retenue pour la suite de la procédure.

Vous pouvez obtenir une copie de votre grille d'évaluation sur simple demande auprès de Mme Lambotte.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Collège,
La Secrétaire communale f.f.
Commune d'Ixelles"""},
{"k": "rej", "s": "agency_relay_blunt", "lang": "fr", "co": "Fédération des Mutualités Libres",
     "frm": "Julien Morel | Hudson & Lane <julien.morel@hudsonlane.example.com>",
     "subj": "Retour FML",
     "body": """Salut Camille,

Petit retour rapide : la Fédération des Mutualités Libres ne donne pas suite, ils ont préféré un profil plus juriste pour le poste d'affaires publiques. Désolé, je sais que tu y croyais.

Je reviens vers toi dès que j'ai autre chose dans le secteur santé, j'ai deux missions qui arrivent normalement en avril.

Belle journée,
Julien

Julien Morel
Senior Consultant - Public & Non-Profit
Hudson & Lane
M +32 475 12 34 56"""},
{"k": "rej", "s": "greenhouse_think_tank", "lang": "en", "co": "Meridian Policy Institute",
     "frm": "Meridian Policy Institute <no-reply@us.greenhouse-mail.example.io>", "sys": True,
     "subj": "Update on your Meridian Policy Institute application",
     "fmt": "alt",
     "body": """Hi Camille,

Thanks so much for applying to the Research & Grants Coordinator role at Meridian Policy Institute and for the time you invested in your application.

We received a very high number of applications and, after careful consideration, we've decided to pursue other candidates whose background more closely aligns with what we need right now.

We really appreciate your interest and wish you every success.

Best,
The Meridian Hiring Team"""},
{"k": "rej", "s": "de_stiftung_absage", "lang": "de", "co": "Stiftung Gemeinwohl Europa",
     "frm": "Katrin Oberländer <k.oberlaender@stiftung-gemeinwohl.example.de>",
     "subj": "Ihre Bewerbung als Referentin EU-Programme",
     "body": """Sehr geehrte Frau Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung und das Interesse an unserer Stiftung.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung sagt nichts über Ihre Qualifikation aus; ausschlaggebend waren Erfahrungen im deutschen Zuwendungsrecht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Oberländer
Personal & Organisation
Stiftung Gemeinwohl Europa
Reinhardtstraße 12, 10117 Berlin"""},
{"k": "rej", "s": "es_fundacion_plaza_cubierta", "lang": "es", "co": "Fundación Horizonte Sur",
     "frm": "Lucía Ferrer <lferrer@horizontesur.example.org>",
     "subj": "Proceso de selección - Técnica de proyectos europeos",
     "body": """Hola Camille:

Te escribimos para agradecerte tu participación en el proceso de selección para el puesto de Técnica de proyectos europeos.

Lamentablemente, te comunicamos que la plaza ya ha sido cubierta. Hemos valorado mucho tu candidatura y guardaremos tus datos para futuras convocatorias, si así lo deseas.

Un saludo cordial,

Lucía Ferrer
Coordinación de Personas
Fundación Horizonte Sur · Madrid"""},
{"k": "rej", "s": "successfactors_hospital_fr", "lang": "fr", "co": "Hôpitaux Universitaires de Genève",
     "raw_from": "=?windows-1252?Q?HUG_Recrutement_=96_H=F4pitaux_Universitaires?= <donotreply@successfactors.example.eu>",
     "frm": "HUG Recrutement <donotreply@successfactors.example.eu>", "sys": True,
     "subj": "Votre candidature n° 47881", "cs": "windows-1252",
     "body": """Madame Diallo-Lefèvre,

Nous accusons bonne réception de votre dossier et vous remercions de l'intérêt porté aux Hôpitaux Universitaires de Genève.

Après une analyse attentive, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature pour le poste de « Chargé-e de communication institutionnelle ».

Nous conservons votre dossier dans notre base de données pendant 12 mois.

Avec nos meilleures salutations,
Direction des ressources humaines
Hôpitaux Universitaires de Genève

Ce message est généré automatiquement, merci de ne pas y répondre."""},
{"k": "rej", "s": "role_on_hold_consultancy", "lang": "en", "co": "Kestrel Advisory",
     "frm": "Priya Raman <priya.raman@kestreladvisory.example.com>",
     "subj": "Update",
     "body": """Dear Camille,

I wanted to let you know personally that, following a review of our budget for the second half of the year, the Senior Consultant - EU Affairs role has been put on hold and we will not be proceeding with the recruitment at this time.

I'm sorry to bring this news after two rounds of interviews. Should the role reopen, I will reach out to you first.

Warm regards,
Priya

Priya Raman | Head of People
Kestrel Advisory | Rond-Point Schuman 6, 1040 Brussels
T +32 2 230 11 90

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it."""},
{"k": "rej", "s": "indian_english_regret", "lang": "en", "co": "Sahyadri Development Trust",
     "frm": "HR Desk <hr.desk@sahyadritrust.example.org>",
     "rt": "Anand Kulkarni <anand.k@sahyadritrust.example.org>",
     "subj": "Regarding your candidature - Programme Manager (Grants)",
     "body": """Dear Ms. Camille,

Greetings from Sahyadri Development Trust.

This is with reference to your application and the subsequent telephonic discussion for the post of Programme Manager (Grants). We regret to inform you that we shall not be able to take your candidature forward at this juncture, as the position requires prior field experience in South Asia.

We thank you for the interest shown and wish you all the very best in your future endeavours. Kindly do revert in case of any queries.

Regards,
Anand Kulkarni
Manager - HR & Admin
Sahyadri Development Trust, Pune"""},
{"k": "rej", "s": "teamtailor_coop_fr_html", "lang": "fr", "co": "Ethiquable Coop",
     "frm": "Ethiquable Coop <notifications@mail.teamtailor.example.com>", "sys": True,
     "rt": "Inès Garnier <ines.garnier@ethiquable-coop.example.fr>",
     "subj": "Suite à votre candidature", "fmt": "html",
     "body": """Bonjour Camille,

Merci beaucoup d'avoir postulé chez Ethiquable Coop pour le poste de Responsable partenariats & subventions.

Nous avons reçu plus de 200 candidatures et nous avons dû faire des choix difficiles. Nous ne retiendrons pas ta candidature pour la suite du processus.

On te souhaite plein de belles choses pour la suite, et n'hésite pas à garder un œil sur nos offres !

Inès, pour l'équipe Ethiquable"""},
{"k": "rej", "s": "after_take_home_writing_test", "lang": "fr", "co": "Institut Jacques Delors",
     "frm": "Marion Petit <petit@institutdelors.example.eu>",
     "subj": "RE: Épreuve de rédaction - note de synthèse",
     "body": """Chère Camille,

Merci pour votre note de synthèse, rendue dans les délais. Le comité l'a lue avec attention.

Je suis au regret de vous annoncer que nous n'allons pas poursuivre votre candidature : d'autres candidats ont proposé une analyse plus approfondie du volet budgétaire du CFP. Vos qualités rédactionnelles ont néanmoins été relevées.

Cordialement,
Marion Petit
Secrétaire générale adjointe
Institut Jacques Delors""",
     "quote": """De : Camille Diallo-Lefèvre <camille.dl@example.be>
Envoyé : lundi 16 mars 2026 11:47
À : Marion Petit <petit@institutdelors.example.eu>
Objet : Épreuve de rédaction - note de synthèse

Bonjour Madame Petit,
Vous trouverez ci-joint ma note de synthèse.
Bien à vous,
Camille"""},
{"k": "rej", "s": "es_ats_smartrecruiters", "lang": "es", "co": "Grupo Alimenta",
     "frm": "Grupo Alimenta <noreply@smartrecruiters.example.com>", "sys": True,
     "subj": "Grupo Alimenta - Responsable de Asuntos Públicos", "fmt": "alt",
     "body": """Estimada Camille,

Gracias por tu interés en Grupo Alimenta y por postular a la posición de Responsable de Asuntos Públicos (Bruselas).

Tras revisar detenidamente tu perfil, hemos decidido continuar con otras candidaturas que se ajustan más a los requisitos del puesto en este momento.

Te animamos a seguir nuestras ofertas en nuestra página de empleo.

Atentamente,
Equipo de Selección
Grupo Alimenta"""},
{"k": "rej", "s": "swiss_canton_ge_formal", "lang": "fr", "co": "État de Genève",
     "frm": "Office du personnel de l'Etat <ope-recrutement@etat-ge.example.ch>", "sys": True,
     "subj": "Poste 2026-0318 - Chargé-e de projets Genève internationale",
     "body": """Madame,

Nous vous remercions de votre postulation pour le poste cité en objet et de l'intérêt manifesté pour l'administration cantonale.

Nous avons le regret de vous informer qu'après examen de l'ensemble des dossiers, votre candidature n'a pas été retenue. En effet, le nombre important d'offres reçues nous a contraints à opérer une sélection parmi des profils correspondant de très près aux exigences du poste.

Nous vous prions de croire, Madame, à l'assurance de notre considération distinguée.

Département des institutions et du numérique
République et canton de Genève - État de Genève"""},
{"k": "rej", "s": "short_personal_de_du", "lang": "de", "co": "Netzwerk Klimaallianz",
     "frm": "Jonas Brenner <jonas@klimaallianz-netz.example.de>",
     "subj": "AW: Campaignerin Brüssel",
     "body": """Hallo Camille,

danke dir für das nette Gespräch! Wir haben uns jetzt aber für jemanden entschieden, der schon im Bundestag gearbeitet hat. Tut mir echt leid.

Viele Grüße
Jonas

--
Jonas Brenner | Netzwerk Klimaallianz | Berlin""",
     "quote": """Am 04.05.2026 um 09:14 schrieb Camille Diallo-Lefèvre <camille.dl@example.be>:

> Hallo Jonas,
> vielen Dank nochmal für das Gespräch gestern, ich freue mich auf eure Rückmeldung!
> Liebe Grüße, Camille"""},
{"k": "rej", "s": "lever_remote_foundation", "lang": "en", "co": "OpenCommons Foundation",
     "frm": "OpenCommons Foundation <no-reply@hire.lever.example.co>", "sys": True,
     "subj": "Your application to OpenCommons Foundation",
     "body": """Hi Camille,

Thank you for taking the time to apply for the Grants Manager (Remote, EU time zones) position. We appreciate your interest in OpenCommons.

After reviewing your application, we have decided not to move forward with your candidacy for this role.

We know this isn't the news you were hoping for. We'll keep your details on file and may reach out if a role better suited to your experience opens up.

All the best,
OpenCommons People Team"""},
{"k": "rej", "s": "uk_shant_be_progressing", "lang": "en", "co": "Albion Civic Trust",
     "frm": "Harriet Blackwood <h.blackwood@albioncivic.example.org.uk>",
     "subj": "Re: your application",
     "body": """Dear Camille,

Many thanks for attending the panel interview on Wednesday; it was a pleasure to meet you.

I'm afraid we shan't be progressing your application further on this occasion. The panel felt that other candidates demonstrated stronger experience of UK charity regulation, which is central to this role.

Should you wish to receive feedback, I'd be happy to arrange a short call.

With best wishes,
Harriet

Harriet Blackwood
Director of Operations
Albion Civic Trust
Registered charity no. 1099999"""},
{"k": "rej", "s": "es_agencia_breve", "lang": "es", "co": "Cámara de Comercio Hispano-Belga",
     "frm": "Marta Ruiz <marta.ruiz@talentia-consulting.example.es>",
     "subj": "Re: Cámara",
     "body": """Hola Camille, te escribo rápido: al final la Cámara de Comercio Hispano-Belga ha decidido no seguir con tu candidatura, buscaban a alguien con más experiencia comercial. Lo siento mucho!!

Seguimos en contacto, te aviso con lo próximo.

Marta

Enviado desde mi móvil"""},
{"k": "rej", "s": "un_style_impactpool_cancelled", "lang": "en", "co": "International Migration Network",
     "frm": "IMN e-Recruitment <erecruit-noreply@imn-int.example.org>", "sys": True,
     "subj": "Vacancy Notice VN/2026/044 - Programme Officer (P-2) - Geneva",
     "body": """Dear Candidate,

Reference is made to your application for the above-mentioned vacancy.

Please be informed that the vacancy VN/2026/044 has been cancelled by the hiring unit. Consequently, the selection process will not continue and no candidate will be appointed under this vacancy.

We thank you for your interest in the International Migration Network and encourage you to apply to other positions that match your profile.

Human Resources Management Division
International Migration Network
*** This is an automatically generated message. Replies to this mailbox are not monitored. ***"""},
{"k": "rej", "s": "fr_paris_cabinet_final_round", "lang": "fr", "co": "Agence Française pour le Développement Local",
     "frm": "Claire Aubertin <claire.aubertin@aubertin-associes.example.fr>",
     "subj": "AFDL - suite du process",
     "body": """Bonjour Camille,

Je reviens vers vous suite au dernier tour avec le Directeur général de l'Agence Française pour le Développement Local (AFDL).

Malgré des retours très positifs sur votre présentation, le choix final s'est porté sur une candidate interne. Je suis sincèrement désolée que cela ne se soit pas concrétisé cette fois-ci.

Je me permets de vous recontacter dans les prochaines semaines : vous correspondez exactement au type de profil que nos clients recherchent.

Très cordialement,

Claire Aubertin
Associée
Aubertin & Associés
12 rue de Castiglione, 75001 Paris
Tél. : 01 44 55 66 77"""},
{"k": "rej", "s": "personio_berlin_en", "lang": "en", "co": "Wattwerk Energy",
     "frm": "Wattwerk Energy Recruiting <jobs-noreply@wattwerk-energy.jobs.personio.example.de>", "sys": True,
     "subj": "Your application as EU Policy Manager",
     "body": """Dear Camille Diallo-Lefèvre,

thank you very much for your application and the interest in Wattwerk Energy.

We have now completed our review. Unfortunately we have to inform you that we cannot consider your application further. This decision is no judgement of your qualifications; we simply received applications that fit even more closely to the requirements.

We wish you all the best and success for your future.

Kind regards
Your Wattwerk Energy Recruiting Team"""},
{"k": "rej", "s": "namur_region_wallonne", "lang": "fr", "co": "Service public de Wallonie",
     "frm": "Direction de la sélection <selection@spw.example.be>", "sys": True,
     "subj": "Résultat de l'épreuve écrite - Attaché(e) affaires européennes",
     "body": """Madame,

Nous vous informons que vous avez obtenu la note de 11,5/20 à l'épreuve écrite de la sélection comparative « Attaché(e) affaires européennes » (réf. SPW-2026-112).

La note minimale requise pour être admis(e) à l'épreuve orale étant de 12/20, nous sommes au regret de vous annoncer que vous n'êtes pas retenue pour la suite de la procédure.

Vous disposez d'un délai de 15 jours pour consulter votre copie, sur rendez-vous, à Namur (Place Joséphine-Charlotte 2).

Nous vous remercions pour votre participation.

Service public de Wallonie - Secrétariat général"""},
{"k": "rej", "s": "danish_owned_short_en", "lang": "en", "co": "Nordlys Shipping",
     "frm": "Mette Sørensen <mette.sorensen@nordlys-shipping.example.dk>",
     "subj": "Public Affairs Manager - Brussels",
     "body": """Dear Camille,

Thank you for your application and for your patience.

We have now finalised the first screening and have unfortunately not selected you for interviews. We received many strong applications.

Best regards / Venlig hilsen
Mette Sørensen
HR Business Partner
Nordlys Shipping A/S | Copenhagen"""},
{"k": "rej", "s": "es_universidad_con_feedback", "lang": "es", "co": "Universidad Autónoma de Barcelona",
     "frm": "Jordi Puig <jordi.puig@uab-relint.example.es>",
     "subj": "RE: Entrevista - Gestor/a de proyectos internacionales",
     "body": """Estimada Camille,

Muchas gracias por la entrevista del pasado martes y por la presentación sobre Erasmus+.

Lamento comunicarte que la comisión de la Universidad Autónoma de Barcelona ha propuesto a otra persona para el puesto. Tu perfil quedó en segundo lugar, por lo que, si la persona seleccionada no se incorpora, volveríamos a contactar contigo.

Recibe un cordial saludo,

Jordi Puig i Serra
Oficina de Relaciones Internacionales""",
     "quote": """El mar, 14 abr 2026 a las 17:20, Camille Diallo-Lefèvre (<camille.dl@example.be>) escribió:
> Estimado Jordi,
> gracias de nuevo por la entrevista de hoy.
> Un saludo,
> Camille"""},
{"k": "rej", "s": "lausanne_media_tu_typo", "lang": "fr", "co": "Le Courrier Vaudois",
     "frm": "Aline Rochat <aline.rochat@courriervaudois.example.ch>",
     "subj": "Poste chargée de com",
     "body": """Salut Camille,

Merci pour ton dossier et pour le test de rédac. Malheureusment on a choisi qqn qui connait mieux le tissu local vaudois. Je suis désolée, vraiment, ton texte était top.

Belle journée et à bientôt peut-être,
Aline

--
Aline Rochat
Rédactrice en chef adjointe
Le Courrier Vaudois, Lausanne"""},
{"k": "rej", "s": "taleo_bank_pa_team", "lang": "en", "co": "Banque Lémanique",
     "frm": "Banque Lémanique Careers <careers.noreply@taleo.example.net>", "sys": True,
     "subj": "Regarding Your Application: Public Affairs Specialist (Req ID 26-0871)", "fmt": "html",
     "body": """Dear Camille,

We would like to thank you for your interest in the position of Public Affairs Specialist (Req ID 26-0871).

Following a careful review of your qualifications against the requirements of the position, we regret to inform you that we have decided to proceed with other candidates at this time.

Your profile will remain in our talent pool, and you may be contacted should an opportunity matching your background arise.

Sincerely,
Human Resources
Banque Lémanique SA

Confidentiality notice: This message is intended only for the named recipient and may contain confidential information."""},
{"k": "rej", "s": "liege_asbl_after_reference_check", "lang": "fr", "co": "Article 27 Liège",
     "frm": "Benoît Henrard <benoit@article27-liege.example.be>",
     "subj": "Re: Coordination",
     "body": """Bonjour Camille,

On a terminé les prises de références et le CA s'est réuni hier soir. Je dois malheureusement t'annoncer qu'on ne va pas te proposer le poste de coordination. Le CA a préféré un profil avec une expérience plus longue en gestion d'équipe.

Ce n'est pas lié à tes références, qui étaient excellentes.

Je t'appelle demain si tu veux en parler.
Benoît

Benoît Henrard - Coordinateur
Article 27 Liège asbl"""},
{"k": "rej", "s": "de_ats_recruitee_austria", "lang": "de", "co": "Österreichische Gesellschaft für Europapolitik",
     "frm": "ÖGfE <noreply@mail.recruitee.example.com>", "sys": True,
     "subj": "Ihre Bewerbung: Projektmanager*in (w/m/d) Wien",
     "body": """Liebe Frau Diallo-Lefèvre,

herzlichen Dank für Ihr Interesse an der Österreichischen Gesellschaft für Europapolitik.

Leider können wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen. Aufgrund der Vielzahl an Bewerbungen ist es uns nicht möglich, individuelles Feedback zu geben.

Wir wünschen Ihnen viel Erfolg auf Ihrem weiteren Weg.

Mit besten Grüßen
Österreichische Gesellschaft für Europapolitik"""},
{"k": "rej", "s": "es_ong_dakar_puesto", "lang": "es", "co": "Acción Sahel",
     "frm": "Aminata Sow <a.sow@accionsahel.example.org>",
     "subj": "Coordinadora de subvenciones - Dakar",
     "body": """Querida Camille,

Te agradezco muchísimo el interés y la conversación por Teams de la semana pasada.

Te escribo para decirte que finalmente no vamos a continuar con tu candidatura. Necesitamos a alguien que pueda incorporarse en Dakar en junio y entendemos que tu disponibilidad es a partir de septiembre.

Un abrazo y mucha suerte,
Aminata Sow
Directora País - Senegal
Acción Sahel"""},
]
