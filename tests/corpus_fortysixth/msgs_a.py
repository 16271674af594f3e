"""Rejections, hand-written in many employers' voices (data for make_fortysixth.py)."""

from msgkit import M

R = "rejection"

MSGS = [
    M(R, "workday_ats_template_fr", "fr",
      ("Primevère Recrutement", "primevere@myworkday.com"),
      "Votre candidature - Acheteur Junior Produits Frais (R-0048213)",
      """Bonjour Amadou,

Nous vous remercions de l'intérêt que vous portez au Groupe Primevère et pour votre candidature au poste d'Acheteur Junior Produits Frais (R-0048213).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour ce poste.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Primevère

Ceci est un message automatique, merci de ne pas y répondre.
""", company="Primevère", fmt="alt", cte="qp", date="2026-02-18T05:40:00"),

    M(R, "sms_style_manager_fr", "fr",
      ("Julien Marchetti", "j.marchetti@logipharm.example.com"),
      "Re: candidature planif",
      """Bonjour Amadou, merci pour l'échange de mardi. on part finalement sur un profil plus senior pour le poste, désolé. bonne continuation

Julien
Envoyé de mon iPhone""",
      company="Logipharm", contact="j.marchetti@logipharm.example.com", cte="8bit",
      quote=("fr", "mer. 11 févr. 2026 à 18:02", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Bonjour Julien,\nMerci encore pour votre temps aujourd'hui. Je reste disponible pour la suite.\nBien cordialement,\nAmadou"), date="2026-02-13T07:48:00"),

    M(R, "after_case_study_fr_vous", "fr",
      ("Hélène Roussel", "helene.roussel@groupe-vendome-cosmetiques.example.com"),
      "Suite de votre candidature – Responsable S&OP",
      """Bonjour Monsieur Diallo-Lefèvre,

Je tenais à vous remercier personnellement pour le temps consacré à l'étude de cas ainsi qu'à sa présentation devant Claire et moi-même jeudi dernier. Votre travail sur le plan de réapprovisionnement était sérieux et bien argumenté.

Nous avons toutefois fait le choix de poursuivre le processus avec un autre candidat, dont l'expérience en pilotage S&OP dans le secteur cosmétique correspond plus directement à nos enjeux immédiats.

Cette décision n'a pas été facile. Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone la semaine prochaine.

Bien à vous,

Hélène Roussel
Talent Acquisition Manager
Groupe Vendôme Cosmétiques
Tél. : +33 1 84 60 22 17 | Mob. : +33 6 12 45 78 90
""", company="Groupe Vendôme Cosmétiques", contact="helene.roussel@groupe-vendome-cosmetiques.example.com",
      charset="windows-1252", cte="qp", date="2026-07-02T16:00:00"),

    M(R, "poste_pourvu_collectivite", "fr",
      ("Direction des Ressources Humaines", "drh-recrutement@region-grandest.example.fr"),
      "Candidature n° 2026-0317 – Chargé(e) de mission achats responsables",
      """Monsieur,

Vous avez bien voulu faire acte de candidature pour le poste de chargé(e) de mission achats responsables au sein de la Direction de la Commande Publique, et je vous en remercie.

J'ai le regret de vous informer que ce poste a été pourvu.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Pour le Président du Conseil régional et par délégation,
La Directrice des Ressources Humaines
Région Grand Est

Maison de la Région – 1 place Adrien Zeller – 67070 Strasbourg Cedex
""", company="Région Grand Est", contact="drh-recrutement@region-grandest.example.fr",
      charset="iso-8859-1", cte="8bit"),

    M(R, "poste_gele_pme", "fr",
      ("Sandrine Weber", "sandrine.weber@mecafil.example.com"),
      "Poste coordinateur supply – mise en pause",
      """Bonjour Amadou,

Je reviens vers vous comme promis concernant le poste de coordinateur supply chain.

Suite à la perte d'un client important ce trimestre, la direction a décidé de geler le recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures en cours, dont la vôtre, et j'en suis sincèrement désolée car votre profil nous plaisait.

Je me permettrai de vous recontacter si le poste est réouvert d'ici la fin de l'année, mais je ne peux rien vous promettre.

Cordialement,
Sandrine Weber
Assistante RH – MECAFIL Industries
ZI des Vernes – 74000 Annecy
04 50 11 23 45
""", company="MECAFIL Industries", contact="sandrine.weber@mecafil.example.com", date="2026-04-14T08:00:00"),

    M(R, "teamtailor_court", "fr",
      ("Cargolune", "no-reply@teamtailor.example.com"),
      "Cargolune – ta candidature",
      """Hello Amadou,

Merci d'avoir postulé chez Cargolune pour le poste d'Ops Manager Last Mile !

On a reçu beaucoup de candidatures et on a dû faire des choix difficiles : on ne va pas poursuivre avec ton profil pour ce poste.

On te souhaite plein de succès pour la suite, et n'hésite pas à garder un oeil sur notre page carrières.

L'équipe Cargolune 🚲
""", company="Cargolune", fmt="html", cte="b64", links=["Page carrières", "Se désinscrire"]),

    M(R, "chasseur_tetes_relai", "fr",
      ("Marion Lebrun", "mlebrun@hartmann-associes.example.com"),
      "Votre candidature - Directeur des Opérations (client confidentiel)",
      """Bonjour Amadou,

J'ai eu ce matin le retour de mon client concernant votre candidature au poste de Directeur des Opérations pour son site de Villefranche.

Malheureusement ils ne souhaitent pas donner suite : ils recherchent quelqu'un ayant déjà managé une équipe de plus de 40 personnes en environnement industriel, ce qui n'est pas encore votre cas.

Je garde bien sûr votre dossier en tête pour d'autres missions, notamment côté achats où votre parcours me semble tout à fait pertinent.

Belle journée,

Marion Lebrun
Consultante Senior – Supply Chain & Achats
Hartmann & Associés
+33 4 78 92 10 55
""", company="Hartmann & Associés", contact="mlebrun@hartmann-associes.example.com", fmt="alt", date="2026-04-28T10:00:00"),

    M(R, "successfactors_belgique", "fr",
      ("Port d'Anvers-Bruges Careers", "careers-noreply@successfactors.example.eu"),
      "Concerne : votre candidature pour Coordinateur Logistique Portuaire",
      """Cher/Chère Amadou Diallo-Lefèvre,

Nous vous remercions pour votre candidature au poste de Coordinateur Logistique Portuaire (réf. 13377).

Nous avons examiné attentivement votre candidature. Nous regrettons de devoir vous informer que nous avons décidé de ne pas retenir votre candidature pour la suite de la procédure de sélection.

Nous vous remercions pour l'intérêt porté à notre organisation et vous souhaitons beaucoup de succès dans vos démarches futures.

Bien cordialement,

Talent Acquisition
Port d'Anvers-Bruges


*** Merci de ne pas répondre à ce message. Cette boîte aux lettres n'est pas surveillée. ***
""", company="Port d'Anvers-Bruges", fmt="html", cte="qp"),

    M(R, "apres_entretien_drh_tu", "fr",
      ("Camille", "camille@papillon-vrac.example.com"),
      "Retour sur nos échanges",
      """Salut Amadou,

Merci encore d'être venu jusqu'à Nantes pour rencontrer l'équipe, on a tous passé un super moment.

Je vais être directe : on a choisi une autre personne pour le poste de responsable appro. C'était vraiment serré, et c'est surtout son expérience du vrac alimentaire qui a fait la différence.

Si tu veux qu'on en parle 10 min je suis dispo, et je te souhaite de trouver vite la bonne boîte.

Camille
Co-fondatrice – Papillon Vrac
""", company="Papillon Vrac", contact="camille@papillon-vrac.example.com", cte="8bit", date="2026-03-20T17:00:00"),

    M(R, "suisse_jobup_ats", "fr",
      ("Recrutement Lémanis SA", "recrutement@lemanis.example.ch"),
      "Votre dossier de candidature",
      """Monsieur,

Nous accusons réception de votre dossier et vous remercions de l'intérêt témoigné à l'égard de notre entreprise.

Après examen approfondi, nous sommes au regret de ne pouvoir donner une suite favorable à votre offre de service, d'autres candidatures correspondant davantage au profil recherché.

Conformément à la législation sur la protection des données, votre dossier sera détruit dans un délai de trois mois.

Nous vous prions d'agréer, Monsieur, nos salutations les meilleures.

Lémanis
Service des Ressources Humaines
Chemin du Bief 4 – 1027 Lonay
""", company="Lémanis", contact="recrutement@lemanis.example.ch", charset="iso-8859-1", cte="qp"),

    M(R, "talentsoft_chu", "fr",
      ("CHU de Bordeaux - Recrutement", "ne-pas-repondre@talentsoft.example.com"),
      "Réponse à votre candidature – Acheteur hospitalier (H/F) – Direction des Achats",
      """Madame, Monsieur,

Vous avez postulé à l'offre « Acheteur hospitalier (H/F) » publiée par le CHU de Bordeaux, et nous vous en remercions.

Nous avons reçu un nombre important de candidatures. Après examen de votre dossier par la Direction des Achats et de la Logistique, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.

Le service Recrutement
Direction des Ressources Humaines
CHU de Bordeaux

Ce courriel a été envoyé automatiquement ; merci de ne pas y répondre.
""", company="CHU de Bordeaux", fmt="alt", cte="b64"),

    M(R, "quebec_poste_annule", "fr",
      ("Geneviève Tremblay", "gtremblay@transports-boreal.example.ca"),
      "Affichage 2026-044 — Coordonnateur(trice) logistique",
      """Bonjour M. Diallo-Lefèvre,

Je vous remercie d'avoir pris le temps de postuler. Je dois malheureusement vous aviser que l'affichage 2026-044 a été annulé à la suite d'une réorganisation interne du service; le poste ne sera donc pas comblé pour le moment.

Nous n'irons pas de l'avant avec les candidatures reçues. Au plaisir de vous relire lors d'un prochain affichage!

Geneviève Tremblay, CRHA
Conseillère principale, acquisition de talents
Transports Boréal inc.
418 555-0142, poste 233
""", company="Transports Boréal", contact="gtremblay@transports-boreal.example.ca"),

    M(R, "maroc_tres_court", "fr",
      ("Nadia Benali", "n.benali@atlas-froid.example.ma"),
      "RE: Candidature Responsable Achats",
      """Bonjour,
Merci pour votre candidature. Nous ne pourrons malheureusement pas y donner suite.
Cordialement
N. Benali
""", company="Atlas Froid", contact="n.benali@atlas-froid.example.ma", charset="windows-1252", cte="8bit",
      quote=("outlook_fr", "lundi 9 mars 2026 10:14", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Madame, Monsieur,\n\nJe vous adresse ma candidature pour le poste de Responsable Achats basé à Casablanca.\nVous trouverez ci-joint mon CV.\n\nBien cordialement,\nAmadou Diallo-Lefèvre\n+33 6 48 21 90 37"), date="2026-03-16T09:02:00"),

    M(R, "flatchr_apres_test_perso", "fr",
      ("Maison Guérin via Flatchr", "notifications@flatchr.example.io"),
      "Maison Guérin - Suite à votre candidature",
      """Bonjour Amadou,

Merci pour votre participation à notre processus de recrutement et pour le temps consacré au questionnaire de personnalité.

Nous avons étudié votre candidature avec attention mais nous avons décidé de ne pas poursuivre avec votre profil pour le poste d'Approvisionneur H/F.

Nous vous souhaitons une bonne continuation.

Séverine, pour l'équipe RH de Maison Guérin
""", company="Maison Guérin", fmt="alt", cte="b64"),

    M(R, "ong_dakar_apres_panel", "fr",
      ("Aïssatou Ndiaye", "a.ndiaye@solidarite-sahel.example.org"),
      "Recrutement Coordinateur logistique – Dakar",
      """Cher Amadou,

Au nom du panel de recrutement, je vous remercie pour votre participation à l'entretien du 14 avril.

Le panel a été impressionné par votre connaissance des chaînes d'approvisionnement humanitaires. Néanmoins, après délibération, la candidature d'une autre personne a été retenue, principalement en raison de son expérience terrain au Sahel.

Nous espérons que vous continuerez à suivre nos offres et vous souhaitons plein succès.

Cordialement,

Aïssatou Ndiaye
Responsable RH régionale – Afrique de l'Ouest
Solidarité Sahel
Tél : +221 33 800 12 34
""", company="Solidarité Sahel", contact="a.ndiaye@solidarite-sahel.example.org", fmt="alt", cte="qp"),

    # English (9)
    M(R, "greenhouse_soft_en", "en",
      ("Parcelwise Recruiting", "no-reply@us.greenhouse-mail.io"),
      "Thank you for your interest in Parcelwise",
      """Hi Amadou,

Thank you for taking the time to apply for the Procurement Operations Specialist role at Parcelwise. We appreciate your interest in joining the team.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of this role at this time.

We'll keep your information on file and may reach out should a future opening be a better fit. We wish you the best of luck in your search.

Best,
The Parcelwise Talent Team
""", company="Parcelwise", reply_to=("Parcelwise Recruiting", "no-reply@us.greenhouse-mail.io"), fmt="alt"),

    M(R, "uk_shant_be_progressing", "en",
      ("Oliver Pembridge", "oliver.pembridge@hollins-freight.example.co.uk"),
      "Update",
      """Dear Amadou,

Many thanks for your time on the phone last Thursday and for your interest in the Freight Planning Lead position.

Having reviewed all the applications we received, I'm afraid we shan't be progressing your application any further on this occasion. The hiring manager felt that other candidates had more direct UK customs experience, which is essential for the role from day one.

I do appreciate this will be disappointing news, and I'd like to wish you every success with your search.

Kind regards,

Oliver Pembridge
Senior Talent Partner
Hollins Freight Group
T: +44 (0)161 555 0199

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender immediately and delete it. Hollins Freight Group Ltd, registered in England and Wales No. 04411223.
""", company="Hollins Freight Group", contact="oliver.pembridge@hollins-freight.example.co.uk",
      charset="windows-1252", cte="qp", date="2026-02-25T10:00:00"),

    M(R, "indian_regret_to_inform", "en",
      ("HR Team - Veda Logistics", "careers@vedalogistics.example.in"),
      "Application Status - Sourcing Analyst (Remote - EMEA)",
      """Dear Candidate,

Greetings from Veda Logistics!!

With reference to your application for the post of Sourcing Analyst, we regret to inform you that your candidature has not been shortlisted for further rounds of the selection process.

We appreciate the interest shown by you in our organisation and your profile shall be kept in our database for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Priya Raghavan
Talent Acquisition | Veda Logistics Pvt. Ltd.
Chennai | +91 44 5550 7788
""", company="Veda Logistics", contact="careers@vedalogistics.example.in", fmt="html", cte="8bit"),

    M(R, "one_liner_after_takehome", "en",
      ("Dana Whitfield", "dana@loopcrate.example.com"),
      "Re: take-home exercise",
      """Hey Amadou - thanks for your time on the exercise, but we won't be moving forward. Appreciate the effort.

Dana

Sent from my iPhone
""", company="Loopcrate", contact="dana@loopcrate.example.com",
      quote=("gmail", "Mon, May 4, 2026 at 9:47 PM", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Hi Dana,\n\nPlease find attached my answers to the inventory forecasting exercise. Happy to walk you through it.\n\nBest,\nAmadou"), date="2026-05-07T19:31:00"),

    M(R, "norwegian_on_hold_en", "en",
      ("Ingrid Solberg", "ingrid.solberg@nordvik-shipping.example.no"),
      "Sustainability Procurement Manager – position on hold",
      """Dear Amadou,

I wanted to give you a straight update. Following the Q2 board review, the Sustainability Procurement Manager role has been put on hold and we will not proceed with the recruitment this year.

This has nothing to do with your profile, which we found very relevant. I'm sorry we could not take it further after the two conversations we had.

With kind regards,
Ingrid Solberg
HR Business Partner
Nordvik Shipping AS | Strandkaien 12, 5013 Bergen
""", company="Nordvik Shipping", contact="ingrid.solberg@nordvik-shipping.example.no", fmt="alt", cte="qp"),

    M(R, "lever_after_final_round", "en",
      ("Tom from Orbitcart", "tom.reyes@orbitcart.example.com"),
      "Orbitcart // next steps",
      """Hi Amadou,

Really appreciated you coming through the final round with Priya and Marcus last week. I know you put a lot of prep into the S&OP walkthrough.

Unfortunately, we've decided not to move forward with an offer. The team landed on someone with deeper marketplace experience, and it was a close call.

I'd genuinely be happy to keep in touch - feel free to ping me on LinkedIn.

Tom Reyes
Recruiting @ Orbitcart
""", company="Orbitcart", contact="tom.reyes@orbitcart.example.com",
      headers={"X-Mailer": "Lever"}, date="2026-06-10T17:30:00"),

    M(R, "australian_agency_relay", "en",
      ("Bec Hollister", "bec@harbourline-talent.example.com.au"),
      "Quick update on the Ops Coordinator role",
      """Hi Amadou,

Just following up on the Ops Coordinator role with my client in Melbourne (remote-first, APAC hours).

Heard back from them this arvo - unfortunately they've gone with another candidate who's already based in AU, so it's a no from them this time round. Really sorry mate, I thought you'd interviewed well!

Will definitely keep you in mind for anything else that pops up on the European side.

Cheers,
Bec Hollister
Harbourline Talent
M: +61 412 555 031
""", company="Harbourline Talent", contact="bec@harbourline-talent.example.com.au"),

    M(R, "korean_owned_formal", "en",
      ("Recruitment Team", "recruit@hanbit-mobility.example.com"),
      "[Hanbit Mobility Europe] Result of Document Screening",
      """Dear Mr. Amadou Diallo-Lefevre,

Thank you for applying to Hanbit Mobility Europe for the Supplier Quality & Procurement Engineer position (Frankfurt / Lyon).

We have carefully reviewed your documents. Regrettably, we must inform you that you did not pass the document screening stage.

Although we could not meet you this time, we sincerely hope to have a chance to meet you in the future.

Sincerely,
Recruitment Team
Hanbit Mobility Europe
""", company="Hanbit Mobility Europe", contact="recruit@hanbit-mobility.example.com", fmt="html", cte="b64"),

    M(R, "smartrecruiters_brazil", "en",
      ("Verdemar Foods", "noreply@smartrecruiters.example.com"),
      "Your application for Supply Planner - Europe",
      """Dear Amadou,

Thank you for your interest in Verdemar Foods and for applying for the Supply Planner - Europe position.

We regret to let you know that we have moved forward with other applicants for this position. We received a great number of applications and the decision was not easy.

We encourage you to apply for future openings that match your profile.

Kind regards,
People & Culture | Verdemar Foods
São Paulo · Rotterdam · Lisbon
""", company="Verdemar Foods", fmt="alt", cte="qp"),

    # Spanish (3)
    M(R, "es_consultora_directa", "es",
      ("Lucía Ferrer", "lucia.ferrer@arenal-consultores.example.es"),
      "Proceso Responsable de Compras - Valencia",
      """Hola Amadou,

Gracias por tu tiempo en la entrevista del pasado martes.

Te escribo para comentarte que finalmente hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a lo que busca el cliente en este momento.

Ha sido un placer conocerte y guardamos tu CV para futuras posiciones.

Un saludo,
Lucía Ferrer
Arenal Consultores
Tel. 963 55 01 87
""", company="Arenal Consultores", contact="lucia.ferrer@arenal-consultores.example.es", cte="8bit", date="2026-07-30T10:00:00"),

    M(R, "es_ats_formal_usted", "es",
      ("Talento Grupo Ribera", "notificaciones@gruporibera.example.es"),
      "Actualización de su candidatura",
      """Estimado/a Amadou:

Le agradecemos sinceramente el interés mostrado en formar parte de Grupo Ribera y el tiempo dedicado al proceso de selección para la posición de Técnico de Planificación de la Demanda.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión no continuaremos con su candidatura.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Departamento de Personas
Grupo Ribera

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""", company="Grupo Ribera", fmt="html", charset="iso-8859-1", cte="qp", date="2026-06-01T07:00:00"),

    M(R, "es_mexico_vacante_cubierta", "es",
      ("Rodrigo Salinas", "rsalinas@aeromexa-cargo.example.mx"),
      "RE: Vacante Coordinador de Operaciones",
      """Buen día Amadou,

Le comento que la vacante ya fue cubierta internamente, por lo que no podremos avanzar con su proceso. Agradezco mucho su interés y su paciencia.

Saludos cordiales,

Rodrigo Salinas
Reclutamiento | AeroMexa Cargo
""", company="AeroMexa Cargo", contact="rsalinas@aeromexa-cargo.example.mx",
      quote=("es", "jue, 12 mar 2026 a las 8:31", "Amadou Diallo-Lefèvre (<amadou.diallo@example.fr>)",
             "Buenos días Rodrigo,\n\nQuería saber si hay novedades sobre el proceso para la vacante de Coordinador de Operaciones.\n\nUn saludo,\nAmadou"), date="2026-03-13T15:40:00"),

    # German (3)
    M(R, "de_absage_formal", "de",
      ("Personalabteilung Kessler Antriebstechnik", "bewerbung@kessler-antriebe.example.de"),
      "Ihre Bewerbung als Einkäufer (m/w/d) – Kennziffer 26-114",
      """Sehr geehrter Herr Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Kessler Antriebstechnik GmbH
Personalabteilung
Industriestraße 22, 73037 Göppingen
Geschäftsführer: Dr. Markus Kessler | Amtsgericht Ulm HRB 530112
""", company="Kessler Antriebstechnik", contact="bewerbung@kessler-antriebe.example.de",
      charset="iso-8859-1", cte="qp"),

    M(R, "de_nach_gespraech_du", "de",
      ("Lena Hoffmann", "lena@frachtwerk.example.de"),
      "Feedback zu unserem Gespräch",
      """Hi Amadou,

danke dir nochmal für das nette Gespräch am Montag!

Wir haben uns jetzt leider für eine andere Kandidatin entschieden, die schon mehrere Jahre Erfahrung mit SAP IBP mitbringt. Das war am Ende der ausschlaggebende Punkt.

Ich wünsche dir ganz viel Erfolg bei der weiteren Suche!

Viele Grüße
Lena
--
Lena Hoffmann | People & Talent
Frachtwerk – digitale Spedition
Berlin
""", company="Frachtwerk", contact="lena@frachtwerk.example.de", fmt="alt", cte="8bit", date="2026-05-06T14:02:00"),

    M(R, "de_personio_stelle_besetzt", "de",
      ("Talent Team Brückner Pharma", "jobs-noreply@personio.example.de"),
      "Deine Bewerbung bei Brückner Pharma",
      """Hallo Amadou,

vielen Dank für deine Bewerbung als Supply Chain Koordinator (m/w/d) bei Brückner Pharma.

Die Position konnten wir inzwischen besetzen. Wir möchten uns daher auf diesem Weg von dir verabschieden und wünschen dir alles Gute.

Dein Talent Team
Brückner Pharma
""", company="Brückner Pharma", fmt="html", cte="qp"),
]
