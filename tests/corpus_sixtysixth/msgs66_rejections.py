"""Rejections of the sixty-sixth corpus, written by hand (data only; see make_sixtysixth.py)."""

from make_sixtysixth import Msg as M

K = "rejection"

MESSAGES = [
    M(K, "workday_supplier_quality_soft", "fr", "Aérolis Engines",
      "Aérolis Engines <aerolis@myworkday.example.com>",
      "Votre candidature - Ingénieur Qualité Fournisseurs H/F (R-0045821)",
      "2026-02-03 17:42 +0100",
      """Bonjour Théo,

Nous vous remercions de l'intérêt que vous portez à Aérolis Engines et pour votre candidature au poste d'Ingénieur Qualité Fournisseurs H/F (R-0045821) basé à Blagnac.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous avons choisi de poursuivre le processus avec des candidats dont le profil correspond plus étroitement aux exigences du poste.

Nous conserverons vos informations dans notre base de talents et nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Acquisition de Talents
Aérolis Engines

Ce message a été généré automatiquement, merci de ne pas y répondre.
""", fmt="html", skin=0, contact=""),
    M(K, "short_manager_mobile", "fr", "Garonne Composites",
      "Sébastien Duroux <s.duroux@garonne-composites.example.com>",
      "Re: candidature",
      "2026-01-19 08:07 +0100",
      """Bonjour,
merci pour votre candidature mais on a retenu quelqu'un en interne finalement. Bonne continuation
SD

Envoyé de mon iPhone

> Le 12 janv. 2026 à 21:14, Théo Marchetti-Nguyen <theo.mn@example.fr> a écrit :
>
> Bonjour Monsieur Duroux,
> Suite à notre échange au salon de l'Aéro Emploi, je vous adresse ma candidature pour le poste de technicien méthodes / amélioration continue.
> Bien cordialement,
> Théo
""", thread="theo_garonne_candidature"),
    M(K, "cabinet_relay_after_interview", "fr", "Vernadet Aérostructures",
      "Claire Aubanel <claire.aubanel@talentis-sud.example.com>",
      "Retour suite à votre entretien",
      "2026-03-11 18:20 +0100",
      """Bonjour Théo,

Je reviens vers vous comme promis suite à votre entretien de mardi avec M. Ferrand chez Vernadet Aérostructures.

Le client a beaucoup apprécié votre parcours et votre connaissance de l'EN 9100, mais il a finalement décidé de donner suite à un autre candidat, qui a déjà piloté des audits fournisseurs en Tunisie et au Maroc — c'était vraiment le point décisif pour eux.

Je suis sincèrement désolée, je sais que vous y croyiez. Je garde votre profil en tête, j'ai d'autres missions en qualité fournisseurs qui devraient s'ouvrir au printemps.

Belle soirée,

Claire Aubanel
Consultante Senior — Industrie & Aéronautique
Talentis Sud | 12 allée Jean Jaurès, 31000 Toulouse
06 71 42 88 19
"""),
    M(K, "ats_teamtailor_tu", "fr", "Kairn Space",
      "Kairn Space <no-reply@teamtailor.example.com>",
      "Ta candidature chez Kairn Space",
      "2026-04-07 10:02 +0200",
      """Salut Théo,

Merci d'avoir pris le temps de postuler pour le poste de Responsable Qualité Industrialisation chez Kairn Space 🚀

On a reçu beaucoup de candidatures super intéressantes et on a dû faire des choix difficiles. Cette fois, on ne va pas aller plus loin avec ta candidature.

On sait que ce n'est pas la nouvelle que tu espérais. N'hésite pas à garder un œil sur notre page carrières, on recrute régulièrement !

L'équipe Kairn Space
""", fmt="alt", skin=3, reply_to="Kairn Space Talent <talent@kairnspace.example.com>",
      contact="talent@kairnspace.example.com"),
    M(K, "poste_pourvu_public", "fr", "Région Occitanie",
      "Direction des Ressources Humaines <drh-recrutement@laregion.example.fr>",
      "Votre candidature au poste de chargé(e) de mission industrie - Réf. 2026-0312",
      "2026-04-22 14:31 +0200",
      """Madame, Monsieur,

Vous avez bien voulu faire acte de candidature au poste de chargé(e) de mission filières industrielles (réf. 2026-0312) au sein de la Direction de l'Économie et de l'Innovation, et je vous en remercie.

J'ai le regret de vous informer que ce poste a été pourvu.

Je ne manquerai pas de conserver votre candidature et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour la Présidente et par délégation,
La Directrice des Ressources Humaines

Région Occitanie / Pyrénées-Méditerranée
Hôtel de Région — 22 boulevard du Maréchal Juin — 31406 Toulouse cedex 9
""", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "poste_gele_budget", "fr", "Thermiq Systèmes",
      "Nadia Belkacem <nadia.belkacem@thermiq.example.com>",
      "Point sur le poste de Chef de projet industrialisation",
      "2026-05-05 12:47 +0200",
      """Bonjour Théo,

Je voulais vous tenir informé rapidement : suite à une révision de notre budget 2026, la direction a décidé de geler le recrutement du poste de Chef de projet industrialisation à Pau. Le processus est donc arrêté à ce stade et nous ne pourrons pas donner suite à votre candidature.

Je suis navrée de vous l'annoncer après deux entretiens, d'autant que les retours de l'équipe étaient très positifs. Si le poste est réouvert d'ici la fin de l'année, vous serez la première personne que je recontacterai.

Bien à vous,

Nadia Belkacem
Talent Acquisition Partner
THERMIQ SYSTÈMES — Site de Pau-Lescar
T. +33 5 59 00 41 27
"""),
    M(K, "apres_etude_de_cas", "fr", "Ferrovia Ingénierie",
      "Julien Castagné <jcastagne@ferrovia-ing.example.com>",
      "Étude de cas - retour",
      "2026-06-16 19:05 +0200",
      """Bonjour Théo,

Merci encore pour le temps consacré à l'étude de cas sur la réduction des non-conformités du bogie, on voit que vous avez bossé le sujet.

Malheureusement on ne va pas poursuivre avec vous pour ce poste. Sur la partie AMDEC on attendait quelque chose de plus poussé côté process spéciaux, et un autre candidat était plus avancé sur ce point.

Je vous souhaite bon courage pour la suite.

Julien Castagné
Responsable Qualité Projets
Ferrovia Ingénierie — Tarbes
""", charset="windows-1252", cte="8bit"),
    M(K, "successfactors_template", "fr", "Orbitale Défense",
      "Orbitale Défense Carrières <carrieres-noreply@successfactors.example.eu>",
      "Orbitale Défense - Suite donnée à votre candidature",
      "2026-02-26 07:15 +0100",
      """Madame, Monsieur,
Nous accusons réception de votre candidature pour le poste :   Ingénieur Sûreté de Fonctionnement F/H -   Réf : 82213BR
Nous avons le regret de vous informer que, malgré l'intérêt de votre parcours , votre candidature n'a pas été retenue.
Nous vous remercions pour l'intérêt porté à notre Groupe et vous souhaitons plein succès dans la poursuite de votre projet professionnel.
Cordialement ,
La Direction des Ressources Humaines
Orbitale Défense
***Merci de ne pas répondre à ce message. Cette adresse n'est pas consultée.***
""", fmt="html", skin=1, contact=""),
    M(K, "belge_apres_entretien", "fr", "Hélios Rail",
      "Anne-Sophie Dewaele <as.dewaele@heliosrail.example.be>",
      "Votre candidature - Quality Manager Charleroi",
      "2026-07-01 16:22 +0200",
      """Bonjour Monsieur Marchetti-Nguyen,

Je reviens vers vous suite à l'entretien que nous avons eu le 23 juin dernier.

Après mûre réflexion, nous avons décidé de ne pas poursuivre votre candidature. Le comité a privilégié un profil disposant d'une expérience plus longue dans le ferroviaire (IRIS / ISO 22163), ce qui était déterminant pour la reprise de notre site.

Nous avons néanmoins apprécié la qualité de nos échanges et vous souhaitons beaucoup de succès pour la suite.

Bien à vous,

Anne-Sophie Dewaele
HR Business Partner
Hélios Rail SA
Rue de la Science 8 - 6000 Charleroi
Tél. +32 71 00 22 40
""", fmt="alt", skin=1),
    M(K, "talentsoft_campus", "fr", "Université Garonne Sciences",
      "Recrutement Université Garonne Sciences <ne-pas-repondre@talentsoft.example.com>",
      "[UGS] Résultat de votre candidature - Ingénieur d'études qualité",
      "2026-09-14 11:00 +0200",
      """Bonjour,

Vous avez postulé sur l'offre « Ingénieur d'études en démarche qualité (CDD 12 mois) ».

Nous vous informons que votre candidature n'a pas été retenue à l'issue de la phase de présélection.

Nous vous remercions de l'intérêt que vous avez porté à notre établissement.

Le service recrutement
Université Garonne Sciences
""", contact=""),
    M(K, "chasseur_linkedin_reply", "fr", "Maison Cavaillé",
      "Romain Leclerc <romain@leclerc-partners.example.com>",
      "Re: Directeur Amélioration Continue - Lyon",
      "2026-08-28 09:33 +0200",
      """Théo,

Petit retour rapide : le client ne souhaite pas aller plus loin. Ils cherchent finalement quelqu'un avec une expérience de direction d'usine, ce qui n'était pas le brief initial... je suis le premier surpris.

Désolé, on se rappelle pour d'autres sujets.

Romain
--
Romain Leclerc | Associé
Leclerc & Partners
+33 6 12 04 55 80

Le jeu. 20 août 2026 à 18:02, Théo Marchetti-Nguyen <theo.mn@example.fr> a écrit :
> Bonjour Romain,
> Merci pour l'échange de ce midi. Je vous confirme mon intérêt pour le poste chez Maison Cavaillé, même si Lyon implique un déménagement.
> Théo
""", thread="theo_leclerc_lyon"),
    M(K, "quebec_cv", "fr", "Aéro Boréal",
      "Dotation Aéro Boréal <dotation@aeroboreal.example.ca>",
      "Suivi de votre candidature — Conseiller qualité fournisseurs",
      "2026-05-20 15:48 -0400",
      """Bonjour Théo,

Nous vous remercions d'avoir postulé au poste de conseiller qualité fournisseurs à notre usine de Mirabel.

Nous avons reçu un grand nombre de candidatures de qualité. Après analyse, nous avons le regret de vous annoncer que nous ne retiendrons pas votre candidature pour la suite du processus.

Nous vous encourageons à consulter régulièrement notre site carrière et vous souhaitons bon succès dans vos démarches.

Cordialement,

L'équipe dotation
Aéro Boréal inc.
""", fmt="html", skin=0),
    M(K, "esn_tres_court", "fr", "Nexalys",
      "Marion <marion.t@nexalys.example.fr>",
      "Mission Airbus qualité",
      "2026-03-30 13:12 +0200",
      """Bonjour Théo,
Le client a retenu un autre consultant sur la mission. Désolée ! Je te tiens au courant s'il y a d'autres besoins.
Marion
""", skin=2, fmt="alt"),
    M(K, "suisse_annulation_poste", "fr", "Hydrelis",
      "Laurence Python <laurence.python@hydrelis.example.ch>",
      "Poste de Responsable Qualité Production - Genève",
      "2026-10-06 10:18 +0200",
      """Monsieur,

Nous revenons vers vous concernant le poste de Responsable Qualité Production pour lequel vous avez été reçu en entretien le mois dernier.

Suite à une réorganisation interne, nous avons le regret de vous informer que ce poste est supprimé et que le processus de recrutement est clôturé. Nous ne serons donc malheureusement pas en mesure de donner une suite favorable à votre candidature.

Nous vous remercions pour votre disponibilité et vous adressons, Monsieur, nos meilleures salutations.

Laurence Python
Ressources Humaines
Hydrelis SA — Route des Acacias 54 — 1227 Carouge
""", charset="iso-8859-1"),
    M(K, "apres_test_personnalite", "fr", "Groupe Mécavia",
      "Mécavia Talents <talents@mecavia.example.com>",
      "Suite de votre candidature",
      "2026-06-02 08:55 +0200",
      """Bonjour Théo,

Nous tenons à vous remercier pour votre participation aux différentes étapes de notre processus (entretien téléphonique, questionnaire de personnalité et entretien avec le manager).

Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Supplier Quality Engineer. Cette décision ne remet pas en cause vos compétences : nous avons retenu un candidat dont le profil correspondait davantage à nos besoins immédiats.

Nous vous souhaitons une excellente continuation.

Cordialement,
Hélène Gaubert
Chargée de recrutement
Groupe Mécavia
""", fmt="alt", skin=2, reply_to="Hélène Gaubert <helene.gaubert@mecavia.example.com>"),
    # ---- English ----
    M(K, "greenhouse_soft_en", "en", "Vantor Robotics",
      "Vantor Robotics <no-reply@us.greenhouse-mail.example.io>",
      "Your application to Vantor Robotics",
      "2026-02-12 22:10 +0100",
      """Hi Théo,

Thank you for your interest in the Supplier Quality Engineer role at Vantor Robotics and for taking the time to apply.

We've reviewed your application carefully and have decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We truly appreciate your interest in Vantor and wish you the best in your search.

Best,
The Vantor Recruiting Team
""", fmt="alt", skin=0, contact="", cte="base64"),
    M(K, "uk_shant_progress", "en", "Brackley Aero Systems",
      "Harriet Compton <harriet.compton@brackleyaero.example.co.uk>",
      "Your application - Continuous Improvement Lead",
      "2026-03-19 11:27 +0000",
      """Dear Théo,

Many thanks for your application for the Continuous Improvement Lead position at our Filton site.

Having reviewed it against the other applications received, I'm afraid we shan't be progressing your application on this occasion. We had a very strong field and the shortlist came down to fine margins.

Do keep an eye on our vacancies page, and thank you again for thinking of Brackley.

Kind regards,

Harriet Compton
Resourcing Advisor
Brackley Aero Systems Ltd | Registered in England No. 04455120
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brackley Aero Systems Ltd accepts no liability for any damage caused by any virus transmitted by this e-mail.
"""),
    M(K, "india_regret", "en", "Shrivanta Engineering Services",
      "HR Team Shrivanta <careers@shrivanta.example.in>",
      "Application Status :: Lead - Supplier Quality (Aerospace) :: Req#SES/2026/441",
      "2026-04-14 13:40 +0530",
      """Dear Candidate,

Greetings from Shrivanta Engineering Services!!

This has reference to your application for the position of Lead - Supplier Quality (Aerospace) at our Toulouse delivery centre.

We regret to inform you that your profile has not been shortlisted for the further rounds of the selection process. We thank you for the interest shown in Shrivanta and will keep your CV in our database for future requirements.

Wishing you all the best in your future endeavours.

Warm Regards,
Talent Acquisition Team
Shrivanta Engineering Services Pvt. Ltd.
""", fmt="html", skin=1,
      reply_to="Kavya Raghunathan <kavya.r@shrivanta.example.in>"),
    M(K, "lever_after_panel", "en", "Helix Mobility",
      "Dana Whitfield <dana.whitfield@helixmobility.example.com>",
      "Following up",
      "2026-07-09 18:50 +0200",
      """Hi Théo,

Thanks again for spending so much time with us over the past few weeks - the panel really enjoyed the conversation, especially your walk-through of the PPAP recovery plan.

I wish I had better news. After a lot of discussion the team decided to move ahead with another candidate who has more hands-on experience with battery cell suppliers, which is where this role will spend most of its first year.

I know that's disappointing after getting this far. If you're open to it I'd love to stay in touch - we'll be opening a couple of industrialisation roles in Munich next year.

All the best,
Dana

Dana Whitfield | Senior Technical Recruiter | Helix Mobility
Sent via Lever
""", fmt="alt", skin=2),
    M(K, "japanese_owned_en", "en", "Kanazawa Precision Europe",
      "Yuki Tanabe <y.tanabe@kanazawa-precision.example.eu>",
      "Result of selection",
      "2026-05-27 09:05 +0200",
      """Dear Mr. Marchetti-Nguyen,

Thank you very much for taking time for the interview with our Quality Department last week.

We carefully considered your application. We are very sorry to inform you that we cannot offer you the position of Quality Engineer this time. This decision was very difficult because of many excellent applicants.

We sincerely appreciate your interest to our company and wish you great success in future.

Best regards,

Yuki Tanabe
Administration / Human Resources
Kanazawa Precision Europe GmbH
Toulouse Branch Office
"""),
    M(K, "workable_one_liner", "en", "Lumenstack",
      "Priya from Lumenstack <priya@lumenstack.example.io>",
      "Re: your application",
      "2026-01-28 16:03 +0100",
      """Thanks for your time, but we won't be moving forward. Good luck!

Priya

On Mon, Jan 26, 2026 at 9:11 AM Théo Marchetti-Nguyen <theo.mn@example.fr> wrote:
> Hi Priya, just checking whether there is any update on the Quality Ops role? Thanks, Théo
""", thread="theo_lumenstack_nudge"),
    M(K, "aus_agency_relay", "en", "Southern Cross Avionics",
      "Mitch Harper <mitch@bluegumtalent.example.com.au>",
      "update on Southern Cross",
      "2026-08-04 07:45 +0200",
      """Hey Théo,

Hope you're well mate. Just heard back from Southern Cross on the remote supplier quality gig - unfortunately they've decided not to progress with you, they've gone with someone based in Brisbane in the end as they want them on site once a fortnight.

Bit of a bummer as you were my top pick!! Let's have a chat next week, I've got a couple of other roles that could suit.

Cheers,
Mitch Harper
Principal Consultant | Bluegum Talent
M: +61 412 000 377
"""),
    M(K, "portuguese_owned_hold", "en", "Tejo Aeronautics",
      "Inês Carvalho <ines.carvalho@tejoaero.example.pt>",
      "Update",
      "2026-09-22 12:12 +0100",
      """Dear Théo,

I hope this email finds you well.

I am writing to let you know that the Industrialisation Project Manager position for our Évora plant has been put on hold for the time being, and we will not be proceeding with the recruitment process. Consequently we will not be able to move forward with your application.

We are grateful for your patience over these weeks and for the interest you have shown in Tejo Aeronautics.

With kind regards,
Inês Carvalho
People & Culture
Tejo Aeronautics, S.A.
""", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "smartrecruiters_after_takehome", "en", "Northwind Energy",
      "Northwind Energy Careers <noreply@smartrecruiters.example.com>",
      "Thank you for completing the assessment",
      "2026-06-25 03:12 +0000",
      """Dear Théo,

Thank you for completing the written assessment for Nuclear Safety & Certification Engineer (Ref NW-8812).

Our hiring team has now reviewed all submissions. Unfortunately, your application will not be progressing to the next stage of the process.

We appreciate the effort you put into the exercise and encourage you to apply for future opportunities that match your experience.

Regards,
Northwind Energy Talent Acquisition
""", fmt="html", skin=0, contact=""),
    # ---- Spanish ----
    M(K, "es_sevilla_formal", "es", "Aerotécnica del Guadalquivir",
      "Selección Aerotécnica <seleccion@aerotecnica-gq.example.es>",
      "Proceso de selección - Ingeniero/a de Calidad Proveedores",
      "2026-04-29 10:44 +0200",
      """Estimado Théo:

Le agradecemos sinceramente el interés mostrado en formar parte de Aerotécnica del Guadalquivir y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan en mayor medida a los requisitos del puesto.

Conservaremos su currículum en nuestra base de datos para futuros procesos.

Reciba un cordial saludo,

Departamento de Personas
Aerotécnica del Guadalquivir S.L.
Parque Tecnológico Aeroespacial, Sevilla
""", charset="windows-1252", cte="quoted-printable"),
    M(K, "es_mexico_tuteo", "es", "Grupo Altiplano Manufactura",
      "Fernanda Ruiz <fernanda.ruiz@altiplanomfg.example.mx>",
      "Re: Vacante Gerente de Mejora Continua",
      "2026-07-21 19:30 -0600",
      """Hola Théo, ¿qué tal?

Te escribo para platicarte que ya cerramos la vacante de Gerente de Mejora Continua en Querétaro; la dirección eligió a un candidato local. Te agradezco muchísimo tu tiempo en las entrevistas.

Ojalá podamos coincidir más adelante.

Saludos,
Fer

El mar, 14 jul 2026 a las 11:02, Théo Marchetti-Nguyen (<theo.mn@example.fr>) escribió:
> Hola Fernanda, gracias por la entrevista de hoy. Quedo pendiente de sus comentarios.
> Un saludo, Théo
""", thread="theo_altiplano"),
    M(K, "es_getafe_ats", "es", "Castilla Defensa Sistemas",
      "Castilla Defensa Sistemas <no-reply@taleo.example.net>",
      "Actualización sobre su candidatura",
      "2026-03-03 09:00 +0100",
      """Estimado/a candidato/a,

Gracias por su interés en la posición "Técnico de Certificación y Aeronavegabilidad" (Getafe).

Tras revisar su perfil, le informamos de que en esta ocasión no ha sido seleccionado/a para continuar en el proceso.

Atentamente,
Recursos Humanos
Castilla Defensa Sistemas
""", fmt="html", skin=1, contact=""),
    # ---- German ----
    M(K, "de_hamburg_absage", "de", "Elbflug Kabinensysteme",
      "Katrin Möller <katrin.moeller@elbflug.example.de>",
      "Ihre Bewerbung als Lieferantenqualitätsingenieur (m/w/d)",
      "2026-05-12 14:05 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Elbflug Kabinensysteme GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Katrin Möller
Personalreferentin
Elbflug Kabinensysteme GmbH | Hein-Saß-Weg 30 | 21129 Hamburg
Geschäftsführer: Dr. Jens Albers | Amtsgericht Hamburg HRB 123456
""", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "de_muenchen_nach_interview", "de", "Isarwerk Antriebstechnik",
      "Florian Gruber <f.gruber@isarwerk.example.de>",
      "AW: Gespräch letzte Woche",
      "2026-08-18 17:36 +0200",
      """Hallo Herr Marchetti-Nguyen,

danke nochmal für das nette Gespräch am Donnerstag. Wir haben uns im Team lange beraten und uns am Ende für einen Bewerber entschieden, der schon Erfahrung mit EASA Part 21 Zulassungen mitbringt. Ich hätte Ihnen gern was anderes geschrieben.

Alles Gute und viele Grüße
Florian Gruber
Leiter Qualitätssicherung

Am 12.08.2026 um 08:40 schrieb Théo Marchetti-Nguyen <theo.mn@example.fr>:
> Guten Tag Herr Gruber,
> vielen Dank für die Einladung, ich bestätige gern den Termin am Donnerstag um 10 Uhr.
> Mit freundlichen Grüßen
> Théo Marchetti-Nguyen
""", thread="theo_isarwerk_confirm"),
    M(K, "de_personio_kurz", "de", "Weserlicht Systems",
      "Weserlicht Systems <jobs@weserlicht.example.de>",
      "Deine Bewerbung bei Weserlicht",
      "2026-02-17 11:11 +0100",
      """Hallo Théo,

danke dir für deine Bewerbung als Quality & Certification Manager (Bremen oder remote)!

Wir haben uns alle Unterlagen genau angeschaut und können dir leider keine Zusage geben. Uns ist bewusst, dass eine Absage nie schön ist – wir wünschen dir trotzdem viel Erfolg bei deiner weiteren Suche.

Viele Grüße
Jana aus dem People-Team
Weserlicht Systems GmbH
""", fmt="alt", skin=3, cte="base64"),
]
