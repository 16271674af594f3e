"""Corpus 227: the rejections, one hand-written spec per message."""

from __future__ import annotations

import msgs227_common as C

ME = C.CANDIDATE

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- French (Swiss usage)

MESSAGES.append({
    "slug": "delacombe_after_panel", "kind": "rejection", "lang": "fr",
    "company": "Maison Delacombe", "contact": "",
    "frm": ("Maison Delacombe", "delacombe@myworkday.com"),
    "subject": "Votre candidature – Contrôleur qualité habillage (R-04417)",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-30 07:12 +0000",
    "irt": "delacombe_interviewer_ill",
    "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    "html_cte": "base64",
    "html": C.ats_card("Maison Delacombe · Carrières", "#3b2f2a", """Cher Monsieur Oduya-Hartmann,

Nous vous remercions du temps que vous avez consacré à nos équipes lors de l'entretien du 18 mars à Plan-les-Ouates, ainsi que de l'intérêt porté à notre Maison.

Après une réflexion approfondie, le comité de sélection a retenu une candidature dont l'expérience en contrôle d'habillage correspond davantage aux exigences actuelles du poste R-04417. Nous ne sommes par conséquent pas en mesure de poursuivre le processus avec vous.

Votre profil d'apprenti horloger a retenu l'attention de nos équipes ; n'hésitez pas à consulter régulièrement nos offres sur notre portail.

Avec nos meilleures salutations,

Ressources Humaines
Maison Delacombe""", "fr", ("Accéder à mon espace candidat",
                            "https://delacombe.wd3.myworkday.com/delacombe_careers/userHome"),
        "Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre."),
})

MESSAGES.append({
    "slug": "montbrillant_after_missed_call", "kind": "rejection", "lang": "fr",
    "company": "Décolletage Montbrillant",
    "contact": "v.houriet@montbrillant.example.ch",
    "frm": ("Valérie Houriet", "v.houriet@montbrillant.example.ch"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "RE: Appel manqué du 27 janvier - mes excuses",
    "date": "2026-02-12 16:48 +0100",
    "irt": "own_apology_montbrillant",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Merci pour votre message et vos explications, c'est tout à fait compréhensible.

Entre-temps, nous avons toutefois avancé avec les autres personnes présélectionnées et le poste de contrôleur qualité en décolletage vient d'être attribué. Je ne peux donc malheureusement pas vous proposer un nouvel appel pour cette fonction.

Je garde vos coordonnées : nous recrutons régulièrement pour l'atelier de Moutier et votre parcours d'horloger nous intéresse pour la suite.

Meilleures salutations

Valérie Houriet
Responsable du personnel
Décolletage Montbrillant SA
Rue Industrielle 14, 2740 Moutier
Tél. +41 32 493 17 20

""" + C.reply("fr", "2026-01-27 12:05", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Madame Houriet,

Je suis vraiment désolé d'avoir manqué votre appel de ce matin pour l'entretien
téléphonique. Mon natel était resté au vestiaire de l'atelier.

Serait-il possible de reprogrammer l'entretien cette semaine ? Je suis disponible
jeudi ou vendredi dès 16h30.

Avec mes excuses renouvelées,
Clément Oduya-Hartmann

""" + C.reply("fr", "2026-01-27 10:26", "Valérie Houriet", "v.houriet@montbrillant.example.ch",
              """Bonjour Monsieur Oduya-Hartmann,

J'ai essayé de vous appeler à deux reprises à 10h00, puis à 10h10, au
079 412 58 63, comme convenu pour notre entretien téléphonique, mais je suis
tombée sur votre répondeur.""")),
})

MESSAGES.append({
    "slug": "jura_placement_client_declines", "kind": "rejection", "lang": "fr",
    "company": "Cadrans Favre-Jaquet",
    "contact": "m.bourquin@jura-placement.example.ch",
    "frm": ("Mathieu Bourquin | Jura Placement", "m.bourquin@jura-placement.example.ch"),
    "subject": "Retour de Cadrans Favre-Jaquet suite à votre entretien",
    "date": "2026-02-20 11:30 +0100",
    "irt": "jura_placement_client_moves",
    "body": """Salut Clément,

Comme promis, je reviens vers toi avec le retour du client. Je te transfère le message de Mme Humbert tel quel, c'est plus simple.

En deux mots : ils ont apprécié ta précision et ta motivation, mais ils cherchent finalement quelqu'un qui maîtrise déjà la mesure 3D sur machine Zeiss, et ce n'est pas (encore) ton cas. Ils ne donneront donc pas suite.

Ne te décourage pas : j'ai deux autres mandats en contrôle qualité dans les Montagnes neuchâteloises, je t'appelle lundi pour en parler.

Bonne fin de semaine,
Mathieu

""" + C.forwarded("fr", "2026-02-19 17:52", "Humbert Nadège <n.humbert@favre-jaquet.example.ch>",
                  "Mathieu Bourquin <m.bourquin@jura-placement.example.ch>",
                  "Candidat C. Oduya-Hartmann",
                """Bonjour Monsieur Bourquin,

Merci de nous avoir présenté M. Oduya-Hartmann, que nous avons rencontré mardi.
Le contact était très bon, mais pour ce poste nous avons besoin d'une personne
immédiatement autonome sur la machine de mesure tridimensionnelle. Nous
n'allons donc pas poursuivre avec lui.

Merci de le lui transmettre avec nos remerciements.

Nadège Humbert
Cheffe d'atelier contrôle
Cadrans Favre-Jaquet SA""") + """
--
Mathieu Bourquin
Conseiller en personnel – Horlogerie & microtechnique
Jura Placement Sàrl
Avenue Léopold-Robert 76, 2300 La Chaux-de-Fonds
+41 32 910 44 80 | www.jura-placement.example.ch

Ce courriel et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
    "html": None,
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "usinage_comtois_filled_internally", "kind": "rejection", "lang": "fr",
    "company": "Usinage Comtois", "contact": "l.marchand@usinage-comtois.example.fr",
    "frm": ("Usinage Comtois - Recrutement", "recrutement@usinage-comtois.example.fr"),
    "reply_to": ("Laure Marchand", "l.marchand@usinage-comtois.example.fr"),
    "subject": "Poste de contrôleur qualité – suite de votre candidature",
    "subj_enc": ("windows-1252", "Q"),
    "date": "2026-09-29 10:02 +0200",
    "irt": "usinage_comtois_cancels_assessment",
    "charset": "windows-1252", "cte": "8bit",
    "body": """Monsieur,

Je reviens vers vous comme je m’y étais engagée après l’annulation de la journée d’évaluation du 15 septembre.

Notre direction a décidé de confier le poste de contrôleur qualité à un technicien de notre atelier de rectification, qui a demandé à évoluer vers le contrôle. Le poste ne sera donc pas ouvert en externe et votre candidature ne peut pas aboutir, ce que je regrette sincèrement.

Je vous remercie pour la qualité de nos échanges et vous souhaite une belle réussite dans votre reconversion.

Bien cordialement,

Laure Marchand
Chargée de recrutement
Usinage Comtois SAS – 12 rue de Vesoul – 25000 Besançon
Tél. : +33 3 81 47 20 15
""",
})

MESSAGES.append({
    "slug": "spiraux_lemanique_closer_profiles", "kind": "rejection", "lang": "fr",
    "company": "Spiraux Lémanique", "contact": "",
    "frm": ("Spiraux Lémanique SA", "noreply@softgarden.io"),
    "subject": "Votre candidature chez Spiraux Lémanique",
    "subj_enc": ("iso-8859-1", "Q"), "name_enc": ("iso-8859-1", "Q"),
    "date": "2026-02-05 08:40 +0100",
    "irt": "spiraux_softgarden_ack",
    "headers": [("Auto-Submitted", "auto-generated")],
    "cte": "quoted-printable",
    "body": """Bonjour Clément Oduya-Hartmann,

Merci pour votre candidature au poste « Inspecteur qualité spiraux (80-100 %) » à Genève.

Nous avons examiné chaque dossier avec soin. Nous avons finalement choisi de poursuivre avec des candidates et candidats dont l'expérience de l'inspection des spiraux au microscope est plus proche de nos besoins immédiats.

Nous vous souhaitons le meilleur pour vos démarches.

L'équipe recrutement de Spiraux Lémanique

Pour supprimer vos données de notre vivier, rendez-vous sur https://spiraux-lemanique.softgarden.io/fr/candidate/privacy
""",
})
MESSAGES[-1]["html"] = C.ats_card("Spiraux Lémanique", "#1f5f8b",
                                  MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "aiguilles_sandoz_terse", "kind": "rejection", "lang": "fr",
    "company": "Aiguilles Sandoz-Perret", "contact": "jp.sandoz@sandoz-perret.example.ch",
    "frm": ("Jean-Pierre Sandoz", "jp.sandoz@sandoz-perret.example.ch"),
    "subject": "Re: Candidature spontanée - contrôle qualité",
    "date": "2026-03-26 18:21 +0100",
    "irt": "sandoz_ack_reply",
    "body": """Bonsoir,

Finalement on ne crée pas ce poste cette année. Désolé, ce sera non pour le moment.

Bonne chance pour la suite.

JP Sandoz

Envoyé de mon iPhone
""",
})

MESSAGES.append({
    "slug": "perrenoud_role_on_hold", "kind": "rejection", "lang": "fr",
    "company": "Ébauches Perrenoud", "contact": "sandrine.perrin@perrenoud.example.ch",
    "frm": ("Perrin Sandrine", "sandrine.perrin@perrenoud.example.ch"),
    "subject": "Poste Contrôleur/euse entrée marchandises – gel du recrutement",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-06-12 14:15 +0200",
    "cte": "quoted-printable",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Je vous remercie de l'intérêt que vous avez manifesté pour le poste de contrôleur/euse à l'entrée marchandises de notre site du Sentier.

Suite à la baisse des commandes de ce printemps, la direction a mis le poste en attente jusqu'à nouvel avis. Nous ne poursuivrons donc pas le processus de recrutement, ni avec vous ni avec les autres personnes en lice.

Si le poste devait être réouvert, je me permettrai de reprendre contact avec vous.

Meilleures salutations

Sandrine Perrin
Spécialiste RH
Ébauches Perrenoud SA
Route de l'Orbe 5
1347 Le Sentier
T +41 21 845 60 12

AVERTISSEMENT : Ce message est confidentiel. Il est destiné uniquement à la personne ou à l'entité à qui il est adressé. Toute utilisation ou diffusion non autorisée est interdite.
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "orthalys_after_thanks", "kind": "rejection", "lang": "fr",
    "company": "Orthalys", "contact": "c.vuille@orthalys.example.ch",
    "frm": ("Céline Vuille", "c.vuille@orthalys.example.ch"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Re: Merci pour l'entretien",
    "date": "2026-07-09 09:34 +0200",
    "irt": "own_thanks_orthalys",
    "refs": ["orthalys_reinvite", "own_thanks_orthalys"],
    "body": """Bonjour Clément,

Merci pour ton gentil message, et encore désolée pour le délai de réponse.

Nous avons pris notre décision cette semaine : c'est une autre candidate, déjà formée aux exigences ISO 13485 des dispositifs médicaux, qui rejoindra l'équipe de contrôle des implants. Ça s'est joué à peu de chose, ton test pratique au projecteur de profil était très propre.

Je te souhaite vraiment de trouver ta place rapidement, tu as les bons réflexes.

Belle journée,
Céline

Céline Vuille
Responsable Qualité Production
Orthalys SA – Implants orthopédiques
Rue des Draizes 3, 2000 Neuchâtel
+41 32 720 88 41

""" + C.reply("fr", "2026-06-22 19:02", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Bonjour Céline,

Merci encore pour l'entretien de cet après-midi et pour la visite de la salle
blanche.
J'ai beaucoup apprécié de pouvoir mesurer quelques pièces au projecteur de profil.

Le poste correspond exactement à ce que je cherche et je me réjouis d'avoir
de vos nouvelles.

Meilleures salutations,
Clément"""),
})

MESSAGES.append({
    "slug": "arc_interim_client_unnamed", "kind": "rejection", "lang": "fr",
    "company": "Arc Intérim", "contact": "s.jaquier@arc-interim.example.ch",
    "frm": ("Sébastien Jaquier - Arc Intérim", "s.jaquier@arc-interim.example.ch"),
    "name_enc": ("iso-8859-1", "B"),
    "subject": "Mission contrôle visuel boîtes - retour de notre client",
    "date": "2026-06-24 17:05 +0200",
    "irt": "arc_interim_moves_call",
    "html": C.plain_page("""Bonjour Clément,

J'ai enfin eu le retour de l'entreprise pour laquelle nous recrutions le contrôleur visuel de boîtes de montres.

Ils ont préféré retenir un intérimaire qui a déjà fait plusieurs missions chez eux. Pour cette mission-ci, c'est donc terminé de notre côté.

Ton dossier reste actif chez nous et je pense à toi dès qu'une mission de contrôle s'ouvre dans l'Arc jurassien.

Amicalement,

Sébastien Jaquier
Consultant – Arc Intérim SA
Rue du Marché 10, 2610 Saint-Imier
Tél. 032 941 55 30"""),
    "html_cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "brenaz_taleo_formal", "kind": "rejection", "lang": "fr",
    "company": "Horlogerie Brenaz", "contact": "",
    "frm": ("Horlogerie Brenaz", "brenaz@taleo.net"),
    "subject": "Réf. 26-0311 Contrôleur qualité montage – décision",
    "date": "2026-05-20 06:55 +0000",
    "irt": "brenaz_missed_zoom",
    "headers": [("Auto-Submitted", "auto-generated")],
    "cte": "base64",
    "body": """Monsieur Clément Oduya-Hartmann,

Nous faisons suite à votre candidature pour le poste de Contrôleur qualité montage (réf. 26-0311) basé à Besançon.

Après étude de l'ensemble des candidatures reçues et des échanges menés, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous conservons vos informations dans notre base de candidats pendant une durée de deux ans, sauf opposition de votre part.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Horlogerie Brenaz SAS – 4 avenue de la Gare d'Eau – 25000 Besançon

Merci de ne pas répondre à ce courriel généré automatiquement.
""",
})
MESSAGES[-1]["html"] = C.ats_card("Horlogerie Brenaz – Carrières", "#8a6d3b",
                                  MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "girardin_colleague_casual", "kind": "rejection", "lang": "fr",
    "company": "Atelier Girardin", "contact": "yannick.girardin@girardin.example.ch",
    "frm": ("Yannick Girardin", "yannick.girardin@girardin.example.ch"),
    "subject": "ta candidature chez nous",
    "date": "2026-04-16 21:47 +0200",
    "body": """Salut Clément,

Je préfère te l'écrire moi-même plutôt que tu reçoives une lettre type de la fiduciaire : pour la place au contrôle final, mon père a tranché pour Lucas, qui est chez nous depuis l'apprentissage et connaît déjà toutes nos références de mouvements.

Franchement ça me fait suer, j'aurais bien aimé bosser avec toi. Mais c'est une petite boîte, et là on ne peut pas prendre deux personnes.

Si tu veux, je te file les contacts de deux ateliers de terminaison à La Chaux-de-Fonds qui cherchent du monde au contrôle. On se fait une bière la semaine prochaine ?

Yannick

--
Atelier Girardin Sàrl – terminaison et réglage
Rue du Doubs 121, 2300 La Chaux-de-Fonds
079 516 22 04
""",
})

MESSAGES.append({
    "slug": "pourtales_role_cancelled", "kind": "rejection", "lang": "fr",
    "company": "Microtechnique Pourtalès", "contact": "a.robert@pourtales.example.ch",
    "frm": ("Microtechnique Pourtalès RH", "rh@pourtales.example.ch"),
    "reply_to": ("Anne Robert", "a.robert@pourtales.example.ch"),
    "subject": "Suppression du poste Inspecteur qualité (Neuchâtel)",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-04-09 15:20 +0200",
    "irt": "pourtales_missed_phone",
    "cte": "quoted-printable", "charset": "iso-8859-1",
    "body": """Monsieur,

Nous revenons vers vous au sujet du poste d'inspecteur qualité pour lequel nous avions convenu d'un entretien téléphonique.

Notre client principal dans le domaine des capteurs a annoncé la fin de sa commande cadre au 30 juin. Dans ce contexte, la direction a décidé de supprimer purement et simplement ce poste, qui ne sera pas repourvu. Le recrutement est donc clos pour l'ensemble des candidats.

Nous vous remercions de votre intérêt pour Microtechnique Pourtalès et restons à votre disposition pour toute question.

Avec nos meilleures salutations

Anne Robert
Assistante RH
Microtechnique Pourtalès SA
Rue de la Maladière 23 - 2000 Neuchâtel
+41 32 729 11 60
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])
MESSAGES[-1]["html_charset"] = "iso-8859-1"

MESSAGES.append({
    "slug": "ventoux_after_test", "kind": "rejection", "lang": "fr",
    "company": "Groupe Ventoux Horlogerie", "contact": "elodie.favre@ventoux.example.ch",
    "frm": ("Groupe Ventoux Horlogerie", "noreply@smartrecruiters.com"),
    "reply_to": ("Elodie Favre", "elodie.favre@ventoux.example.ch"),
    "subject": "Contrôleur qualité composants – votre candidature",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-08-14 11:08 +0200",
    "irt": "ventoux_cancels_meeting",
    "body": """Bonjour Clément,

Nous avons analysé les résultats du test technique en ligne que vous avez passé en août (lecture de plans et tolérances géométriques).

Pour ce poste, le score obtenu ne nous permet malheureusement pas de vous retenir pour l'étape suivante. Le processus s'arrête donc ici pour cette offre.

Vous pouvez bien entendu postuler à d'autres postes de notre groupe ; si vous avez des questions sur le test, Elodie Favre, notre chargée de recrutement, se fera un plaisir de vous répondre en réponse à ce message.

Cordialement,
L'équipe Talent Acquisition
Groupe Ventoux Horlogerie
""",
})
MESSAGES[-1]["html"] = C.ats_card("Groupe Ventoux Horlogerie", "#0f4c5c",
                                  MESSAGES[-1]["body"], "fr", None,
                                  "Envoyé via SmartRecruiters · Politique de confidentialité")

MESSAGES.append({
    "slug": "cadranerie_doubs_recruitee", "kind": "rejection", "lang": "fr",
    "company": "Cadranerie du Doubs", "contact": "",
    "frm": ("Cadranerie du Doubs", "no-reply@jobs.recruitee.com"),
    "subject": "Votre candidature « Agent de contrôle cadrans » n'a pas été retenue",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-07-22 09:00 +0200",
    "irt": "cadranerie_recruitee_ack",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Cadranerie du Doubs", "#5b3a8e", """Bonjour Clément,

Merci d'avoir pris le temps de postuler au poste d'agent de contrôle cadrans à Morteau.

Nous avons reçu de nombreuses candidatures de grande qualité. Après examen de votre dossier, nous avons le regret de ne pas pouvoir y donner une suite favorable.

Nous vous remercions de la confiance accordée à notre entreprise.

L'équipe Cadranerie du Doubs""", "fr", None, "Propulsé par Recruitee"),
    "html_cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "lemantis_pool", "kind": "rejection", "lang": "fr",
    "company": "Lémantis Medical", "contact": "",
    "frm": ("Lémantis Medical Talent", "noreply@successfactors.eu"),
    "name_enc": ("windows-1252", "Q"),
    "subject": "Lémantis Medical : réponse à votre candidature 4471-QC",
    "subj_enc": ("windows-1252", "Q"), "subj_partial": True,
    "date": "2026-01-30 13:44 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Monsieur Oduya-Hartmann,

Nous vous remercions d’avoir postulé au poste « Technicien contrôle qualité – cathéters » (réf. 4471-QC) à Genève.

Notre choix s’est porté sur un profil disposant d’une expérience confirmée en salle blanche ISO 7. Nous sommes au regret de ne pas donner suite à votre candidature pour ce poste.

Avec votre accord, votre dossier rejoindra notre vivier de talents pour une durée de 12 mois : vous serez informé si une opportunité correspondant à votre profil se présente.

Meilleures salutations,

Talent Acquisition – Lémantis Medical SA
Chemin du Pré-Fleuri 8 – 1228 Plan-les-Ouates

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
})

# ---------------------------------------------------------------- English

MESSAGES.append({
    "slug": "lumora_role_on_hold", "kind": "rejection", "lang": "en",
    "company": "Lumora Medical", "contact": "nadia.brunner@lumora.example.ch",
    "frm": ("Nadia Brunner via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Nadia Brunner", "nadia.brunner@lumora.example.ch"),
    "subject": "Update on your application – QC Inspector, Sterile Packaging",
    "date": "2026-05-19 14:31 +0000",
    "irt": "lumora_cancel_ill",
    "body": """Hi Clément,

I owe you a proper update after we had to cancel our call in April.

Our leadership team has put the QC Inspector (Sterile Packaging) position on hold while we review the capacity plan for the Schlieren line, and we will not proceed with the recruitment for now. That means I have to close your application rather than leave you waiting without a date.

This is no reflection on your profile - your watchmaking background and your care with measurement came through clearly in your application. If the role reopens I'll reach out to you first.

All the best,
Nadia

Nadia Brunner
Senior Talent Partner | Lumora Medical AG
Wagistrasse 21, 8952 Schlieren, Switzerland
+41 44 515 20 70
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "precisa_after_thanks", "kind": "rejection", "lang": "en",
    "company": "Precisa Lombarda", "contact": "giulia.ferri@precisalombarda.example.it",
    "frm": ("Giulia Ferri", "giulia.ferri@precisalombarda.example.it"),
    "subject": "Re: Thank you - QC Inspector interview",
    "date": "2026-05-28 16:12 +0200",
    "irt": "own_thanks_precisa",
    "refs": ["precisa_teams_invite", "precisa_slot_moved", "own_thanks_precisa"],
    "body": """Dear Clément,

Thank you for your kind note after the interview, and for the patience since.

We spoke with four candidates for the inspection role in Sesto San Giovanni. The team's final choice went to someone who has already run first-article inspections on CNC turned parts for the aerospace sector, which is the bulk of next year's workload. I'm sorry the news isn't better for you.

Your note was appreciated by everyone on the panel, and Marco asked me to say the thread-gauge question was the best answer we heard all week.

Kind regards,
Giulia

Giulia Ferri
HR Business Partner
Precisa Lombarda S.r.l.
Via Venezia 61, 20099 Sesto San Giovanni (MI), Italy
+39 02 2404 7710

""" + C.reply("en", "2026-05-14 18:40", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Dear Giulia,

Many thanks to you, Marco and Luca for today's interview on Teams. I enjoyed
the discussion about thread gauges and the way your team organises the
incoming inspection.

I'm very motivated by the role and would be glad to move to Milan for it.

Best regards,
Clément"""),
})

MESSAGES.append({
    "slug": "orvane_lever_formal", "kind": "rejection", "lang": "en",
    "company": "Orvane Watches", "contact": "",
    "frm": ("Orvane Watches", "no-reply@hire.lever.co"),
    "subject": "Your application to Orvane Watches",
    "date": "2026-08-24 08:17 -0700",
    "irt": "orvane_lever_ack",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hello Clément,

Thank you for your interest in the Quality Control Inspector - Cases & Bracelets position at Orvane Watches in Geneva.

We have reviewed your application carefully. At this stage we have decided not to move your application forward in the process.

We know that applying takes time, and we genuinely appreciate the effort you put into yours. We encourage you to keep an eye on our careers page for future roles.

Sincerely,
The Orvane Watches Talent Team
""",
})
MESSAGES[-1]["html"] = C.ats_card("Orvane Watches", "#111111", MESSAGES[-1]["body"], "en", None,
                                  "Sent with Lever")

MESSAGES.append({
    "slug": "ferrante_sanvita_declines", "kind": "rejection", "lang": "en",
    "company": "Sanvita", "contact": "paolo.ferrante@ferrantesearch.example.it",
    "frm": ("Paolo Ferrante", "paolo.ferrante@ferrantesearch.example.it"),
    "subject": "Sanvita - feedback",
    "date": "2026-06-19 12:03 +0200",
    "irt": "ferrante_sanvita_interview",
    "cte": "quoted-printable",
    "body": """Clément,

Quick call-back in writing since I couldn't reach you this morning.

Sanvita came back to me yesterday evening. They liked you as a person, but the plant manager wants an inspector who already speaks fluent Italian on the shop floor from day one, and they've decided not to take your candidacy further. I pushed back on the language point - your Italian will come quickly - but the decision is final for this opening.

I'll keep you on my shortlist for the medtech mandates I run in Lombardy and Ticino.

Best,
Paolo

Paolo Ferrante | Partner
Ferrante Search - Life Sciences & Precision Engineering
Corso Magenta 44, 20123 Milano
M +39 347 552 0918
""",
})

MESSAGES.append({
    "slug": "kinetik_ashby", "kind": "rejection", "lang": "en",
    "company": "Kinetik Surgical", "contact": "",
    "frm": ("Kinetik Surgical Recruiting", "no-reply@ashbyhq.com"),
    "subject": "Kinetik Surgical | Incoming Inspection Technician",
    "date": "2026-09-25 15:50 +0000",
    "irt": "kinetik_missed_zoom",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html_cte": "base64",
    "html": C.ats_card("Kinetik Surgical", "#e4572e", """Hi Clément,

Thanks again for applying for the Incoming Inspection Technician role in Zurich-Oerlikon.

After reviewing where things stand, we've concluded that we won't be moving ahead with your candidacy. We're looking for someone with hands-on CMM programming experience, and we'd rather tell you now than keep you waiting.

We wish you every success in your search.

Kinetik Surgical Recruiting""", "en", None, "Powered by Ashby"),
})

MESSAGES.append({
    "slug": "halden_terse", "kind": "rejection", "lang": "en",
    "company": "Halden Optics", "contact": "tom.keller@haldenoptics.example.ch",
    "frm": ("Tom Keller", "tom.keller@haldenoptics.example.ch"),
    "subject": "Re: QC inspector",
    "date": "2026-10-13 08:02 +0200",
    "irt": "halden_missed_phone",
    "body": """Clément - we've gone with another candidate for the inspector spot. Thanks for your time and good luck.

Tom

Sent from Outlook for Android
""",
})

MESSAGES.append({
    "slug": "alpenlicht_after_assessment", "kind": "rejection", "lang": "en",
    "company": "Alpenlicht Instruments", "contact": "",
    "frm": ("Alpenlicht Instruments", "noreply@workablemail.com"),
    "subject": "Assessment centre outcome - Quality Inspector",
    "date": "2026-05-12 10:25 +0200",
    "irt": "alpenlicht_postponed",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Dear Clément,

Thank you for taking part in our assessment centre on 5 May in Dübendorf.

Each candidate was scored on the measurement exercise, the documentation task and the team case. Your overall result fell just short of the threshold we set for the Quality Inspector role, so we’re unable to offer you a position on this occasion.

If it helps, the assessors noted strong results in the measurement exercise; the documentation task is where other candidates scored higher.

With best wishes,
Alpenlicht Instruments – People Team
Überlandstrasse 129, 8600 Dübendorf

This email was sent from an address that cannot accept replies.
""",
})

MESSAGES.append({
    "slug": "tessaro_casual", "kind": "rejection", "lang": "en",
    "company": "Tessaro Instruments", "contact": "luca.tessaro@tessaro.example.it",
    "frm": ("Luca Tessaro", "luca.tessaro@tessaro.example.it"),
    "subject": "hey - about the inspector job",
    "date": "2026-10-16 19:10 +0200",
    "body": """hey Clément,

bad news I'm afraid. we talked it over with Chiara and in the end we're giving the inspector job to Andrea, who was a temp with us over the summer. felt we owed him the shot.

you were a close second, honestly. if something opens up in the calibration lab next spring I'll ping you.

cheers,
Luca
""",
})

# ---------------------------------------------------------------- German

MESSAGES.append({
    "slug": "stellwerk_absage", "kind": "rejection", "lang": "de",
    "company": "Stellwerk Uhren", "contact": "petra.gerber@stellwerk-uhren.example.ch",
    "frm": ("Gerber Petra", "petra.gerber@stellwerk-uhren.example.ch"),
    "subject": "Ihre Bewerbung als Qualitätsprüfer Endkontrolle",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-08-05 13:37 +0200",
    "irt": "stellwerk_verschoben",
    "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Oduya-Hartmann

Vielen Dank für das angenehme Gespräch vom 24. Juli in Biel und für Ihr Interesse an unserer Manufaktur.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine Person entschieden, die bereits mehrere Jahre in der Endkontrolle eines Uhrenherstellers tätig war. Wir müssen Ihnen daher leider eine Absage erteilen.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach sechs Monaten gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Petra Gerber
HR Business Partner
Stellwerk Uhren AG
Jakob-Stämpfli-Strasse 40, 2502 Biel/Bienne
T +41 32 344 71 00

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der beabsichtigte Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "de")

MESSAGES.append({
    "slug": "aarberg_softgarden", "kind": "rejection", "lang": "de",
    "company": "Präzisionstechnik Aarberg", "contact": "",
    "frm": ("Präzisionstechnik Aarberg AG", "noreply@softgarden.io"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Rückmeldung zu Ihrer Bewerbung",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-03-11 07:45 +0100",
    "irt": "aarberg_missed_teams",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Guten Tag Herr Oduya-Hartmann

Wir danken Ihnen für Ihre Bewerbung als Mitarbeiter Qualitätssicherung (80-100 %).

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für andere Kandidatinnen und Kandidaten entschieden, deren Profil unseren Anforderungen näher kommt. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Freundliche Grüsse
Ihr Recruiting-Team
Präzisionstechnik Aarberg AG

Diese Nachricht wurde automatisch erstellt.
""",
})

MESSAGES.append({
    "slug": "lorenzen_intern_besetzt", "kind": "rejection", "lang": "de",
    "company": "Medizintechnik Lorenzen", "contact": "",
    "frm": ("Medizintechnik Lorenzen", "noreply@personio.de"),
    "subject": "Stelle Qualitätsprüfer/in Sterilgüter – interne Besetzung",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-05-27 16:02 +0200",
    "irt": "lorenzen_missed_teams",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Medizintechnik Lorenzen", "#006d77", """Hallo Clément

Danke für Ihre Geduld in den letzten Wochen.

Die Stelle als Qualitätsprüfer/in Sterilgüter in Basel wurde inzwischen intern besetzt: Eine Kollegin aus der Montage wechselt in die Qualitätsprüfung. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihre Bewerbung nicht weiter berücksichtigen.

Wir wünschen Ihnen für Ihre Stellensuche viel Erfolg.

Ihr Team von Medizintechnik Lorenzen""", "de", None,
        "Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht darauf."),
})

MESSAGES.append({
    "slug": "grenchen_kurz", "kind": "rejection", "lang": "de",
    "company": "Zifferblattwerk Grenchen", "contact": "r.schaad@zifferblattwerk.example.ch",
    "frm": ("Reto Schaad", "r.schaad@zifferblattwerk.example.ch"),
    "subject": "AW: Bewerbung Qualitätskontrolle",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-01-29 11:56 +0100",
    "body": """Grüezi Herr Oduya-Hartmann

Besten Dank für Ihre Unterlagen. Wir haben die Stelle bereits vergeben.

Gruss
R. Schaad
Zifferblattwerk Grenchen AG, Bettlachstrasse 8, 2540 Grenchen

""" + C.outlook("de", "2026-01-21 20:14", "Clément Oduya-Hartmann <clement.oh@example.ch>",
                "Reto Schaad <r.schaad@zifferblattwerk.example.ch>",
                "Bewerbung Qualitätskontrolle",
                """Sehr geehrter Herr Schaad

Gerne bewerbe ich mich für die ausgeschriebene Stelle in der Qualitätskontrolle
Ihrer Zifferblattfertigung. Im Sommer schliesse ich meine Lehre als Uhrmacher EFZ
ab und freue mich auf ein persönliches Gespräch.

Freundliche Grüsse
Clément Oduya-Hartmann"""),
})

# ---------------------------------------------------------------- Spanish

MESSAGES.append({
    "slug": "talentia_pirineu_declines", "kind": "rejection", "lang": "es",
    "company": "Biomédica Pirineu", "contact": "marta.soler@talentia.example.es",
    "frm": ("Marta Soler · Talentia", "marta.soler@talentia.example.es"),
    "name_enc": ("utf-8", "B"),
    "subject": "Proceso Biomédica Pirineu: respuesta del cliente",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-09-22 13:15 +0200",
    "irt": "talentia_pirineu_interview",
    "body": """Hola Clément:

Te escribo con la respuesta de Biomédica Pirineu tras la entrevista con su responsable de calidad.

Han valorado mucho tu formación como relojero y tu atención al detalle, pero han optado por un perfil con experiencia previa en validación de procesos según la norma ISO 13485. Por tanto, no seguirán adelante con tu candidatura en este proceso.

Sé que no es la noticia que esperabas. Seguimos contando contigo para otros procesos de control de calidad en el área de Barcelona; te llamo la semana que viene.

Un abrazo,

Marta Soler
Consultora sénior · Talentia Recruiting
Passeig de Gràcia 112, 08008 Barcelona
Tel. +34 932 17 45 90

""" + C.reply("es", "2026-09-03 18:47", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Hola Marta:

Confirmado, allí estaré el jueves 10 a las 9:30. ¡Muchas gracias!

Clément

""" + C.reply("es", "2026-09-03 16:22", "Marta Soler · Talentia", "marta.soler@talentia.example.es",
              """Hola Clément:

¡Buenas noticias! Nuestro cliente Biomédica Pirineu quiere entrevistarte para
el puesto de técnico de control de calidad en su planta de Sant Joan Despí.

Fecha: jueves 10 de septiembre, 9:30 h""")),
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "es")

MESSAGES.append({
    "slug": "castellvi_descartada", "kind": "rejection", "lang": "es",
    "company": "Relojería Castellví", "contact": "",
    "frm": ("Relojería Castellví", "noreply@smartrecruiters.com"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Actualización de tu candidatura – Inspector/a de calidad",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-06-30 10:40 +0200",
    "irt": "castellvi_missed_call",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Hola Clément:

Gracias por tu interés en el puesto de Inspector/a de calidad en nuestro taller de Sant Cugat.

Hemos revisado con detenimiento todas las candidaturas y lamentamos comunicarte que hemos decidido continuar con otros perfiles en esta ocasión.

Guardaremos tus datos para futuras vacantes durante un año, salvo que nos indiques lo contrario.

Atentamente,
Equipo de Selección
Relojería Castellví S.L.
""",
})

MESSAGES.append({
    "slug": "llobregat_congelado", "kind": "rejection", "lang": "es",
    "company": "Óptica Industrial Llobregat", "contact": "jordi.puig@opticallobregat.example.es",
    "frm": ("Jordi Puig", "jordi.puig@opticallobregat.example.es"),
    "subject": "Puesto de técnico de control de calidad",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-07-15 18:30 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Estimado Clément:

Quería escribirte personalmente. La dirección ha congelado la contratación del técnico de control de calidad hasta que se resuelva la ampliación de la planta de Cornellà, y por ahora no vamos a continuar con el proceso. No tenemos fecha para reactivarlo.

Siento que te enteres así, después de las conversaciones tan positivas que hemos tenido.

Un saludo cordial,

Jordi Puig
Jefe de Calidad
Óptica Industrial Llobregat S.L.
C/ Progrés 27 – 08940 Cornellà de Llobregat
Tel. +34 934 75 12 08

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "es", "windows-1252")
MESSAGES[-1]["html_charset"] = "windows-1252"

MESSAGES.append({
    "slug": "montjuic_after_thanks", "kind": "rejection", "lang": "es",
    "company": "Instrumentos Montjuïc", "contact": "nuria.vidal@instrumentosmontjuic.example.es",
    "frm": ("Núria Vidal", "nuria.vidal@instrumentosmontjuic.example.es"),
    "name_enc": ("iso-8859-1", "B"),
    "subject": "RE: Gracias por la entrevista",
    "date": "2026-10-20 12:44 +0200",
    "irt": "own_thanks_montjuic",
    "refs": ["montjuic_videollamada", "own_thanks_montjuic"],
    "charset": "windows-1252", "cte": "8bit",
    "body": """Hola Clément:

Muchas gracias por tu mensaje tan amable.

Te cuento cómo ha ido: el comité ha elegido a otra persona para el puesto de inspector de calidad, alguien que ya trabajaba con nuestros proveedores de ópticas. Ha sido una decisión difícil y quería que lo supieras por mí.

Te deseo mucha suerte con tu cambio hacia el control de calidad; estoy segura de que lo conseguirás.

Saludos,
Núria

Núria Vidal · Responsable de Personas
Instrumentos Montjuïc S.A. · C/ de la Foneria 33, 08038 Barcelona

-----Mensaje original-----
De: Clément Oduya-Hartmann <clement.oh@example.ch>
Enviado el: viernes, 9 de octubre de 2026 17:20
Para: Núria Vidal <nuria.vidal@instrumentosmontjuic.example.es>
Asunto: Gracias por la entrevista

Hola Núria:

Quería darte las gracias por la entrevista de ayer por videollamada y por el tiempo dedicado a explicarme el laboratorio de metrología.

Me haría mucha ilusión incorporarme a vuestro equipo.

Un saludo,
Clément
""",
})
