"""Corpus 312: every `other` message (the candidate's own mail and the traps), plus HIDDEN:
messages that only appear forwarded inside others (message/rfc822) and are not labelled."""

from __future__ import annotations

from msgs312_common import CAND, CAND_SIG_EN, CAND_SIG_FR, M

OT = "other"
BULK = "bulk"


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", BULK)]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

HIDDEN = [
    M("mt_nordental_inner", "hidden", "fr", "2026-03-27 08:51 +0100",
      ("Nathalie Ferrand", "n.ferrand@nordental.example.fr"),
      "Candidature Y. Belkacem - décision",
      """Bonjour Julien,

Merci encore pour la présentation de Yasmine Belkacem. Nous avons apprécié sa motivation et
sa connaissance des cabinets.

Après nos deux entretiens, nous avons toutefois décidé de ne pas retenir sa candidature : nous
avons recruté une déléguée qui dispose déjà d'un portefeuille de praticiens dans l'Hérault.

Pouvez-vous le lui transmettre avec nos remerciements ?

Nathalie Ferrand
DRH - Nordental""",
      to=[("Julien Marchetti", "j.marchetti@meditalents.example.fr")]),
    M("friend_inner_inv", "hidden", "fr", "2026-05-18 10:02 +0200",
      ("Recrutement Biodent", "recrutement@biodent.example.fr"),
      "Convocation à un entretien - Assistante commerciale",
      """Madame Dumas,

Nous avons le plaisir de vous convoquer à un entretien pour le poste d'Assistante commerciale
le lundi 25 mai à 10h00 dans nos locaux de Castelnau-le-Lez.

Cordialement,
Service recrutement Biodent""",
      to=[("Océane Dumas", "oceane.dumas@example.net")]),
    M("friend_inner_rej", "hidden", "en", "2026-07-30 09:15 +0100",
      ("Brightbite Dental Systems", "no-reply@greenhouse-mail.io"),
      "Your application to Brightbite Dental Systems",
      """Hi Tom,

Thank you for your interest in the Clinical Trainer role. Unfortunately, we will not be
moving forward with your application at this time.

Brightbite Talent Team""",
      to=[("Tom Whitaker", "tom.whitaker@example.org")]),
]

SPECS = [
    # ============================================================ her own mail, French
    M("imp_conf", OT, "fr", "2026-08-19 12:31 +0200", CAND,
      "RE: Implantis - entretien pour le poste de Délégué(e) commercial(e) implantologie",
      f"""Bonjour Claire,

Merci beaucoup pour votre retour. Le lundi 24 août à 10h00 me convient parfaitement, j'attends
le lien Teams.

Bien cordialement,
{CAND_SIG_FR}""",
      to=[("Claire Roussel", "claire.roussel@implantis.example.fr")], parent="imp_inv1",
      quote="fr"),

    M("imp_thanks", OT, "fr", "2026-08-27 08:45 +0200", CAND,
      "Merci pour notre échange - Implantis",
      f"""Bonjour Claire,

Je tenais à vous remercier pour notre entretien d'hier. La présentation de la tournée d'un
délégué et de la formation interne m'a confortée dans mon envie de rejoindre Implantis : je
connais vos implants côté fauteuil depuis huit ans, j'aimerais maintenant les défendre auprès
des praticiens.

Je reste à votre disposition pour la suite.

Bien cordialement,
{CAND_SIG_FR}""",
      to=[("Claire Roussel", "claire.roussel@implantis.example.fr")], parent="imp_move",
      quote="fr"),

    M("imp_nego", OT, "fr", "2026-09-18 21:05 +0200", CAND,
      "RE: Proposition d'embauche - Déléguée commerciale implantologie",
      f"""Bonjour Claire,

Merci pour la proposition, que j'ai lue avec beaucoup d'attention et d'enthousiasme.

Avant de vous donner ma réponse définitive, serait-il possible de revoir le fixe à
38 000 EUR, compte tenu de ma connaissance du parc de cabinets du secteur, et d'envisager une
journée de télétravail les vendredis sans tournée ?

Je vous remercie par avance,
{CAND_SIG_FR}""",
      to=[("Claire Roussel", "claire.roussel@implantis.example.fr")], parent="imp_letter",
      quote="fr"),

    M("imp_accept", OT, "fr", "2026-10-02 08:10 +0200", CAND,
      "RE: Proposition d'embauche - Déléguée commerciale implantologie",
      f"""Bonjour Claire,

C'est avec une grande joie que j'accepte votre proposition ! Vous trouverez le contrat signé
en retour de ce message, et je vous envoie les originaux par courrier aujourd'hui.

Merci à vous et à Frédéric pour votre confiance, à très bientôt,
{CAND_SIG_FR}""",
      to=[("Claire Roussel", "claire.roussel@implantis.example.fr")], parent="imp_contract",
      quote="fr", atts=[("Contrat_CDI_Belkacem_signe.pdf", "Contrat signe",
                         ["Lu et approuvé, Yasmine Belkacem", "Montpellier, le 2 octobre 2026"])]),

    M("ost_sorry", OT, "fr", "2026-01-27 19:48 +0100", CAND,
      "RE: Appel manqué - OsteoLine",
      f"""Bonjour Madame Vidal,

Je vous présente toutes mes excuses : une urgence au cabinet m'a retenue au fauteuil bien
au-delà de 11h00 et je n'ai pas pu décrocher ni vous prévenir.

Je suis toujours très intéressée par le poste. Je suis disponible jeudi et vendredi entre
12h30 et 14h00, ou mardi prochain à la même heure.

Avec mes excuses renouvelées,
{CAND_SIG_FR}""",
      to=[("Sandrine Vidal", "sandrine.vidal@osteoline.example.fr")], parent="ost_missed",
      quote="fr", cs="iso-8859-1", cte="8bit"),

    M("lab_app", OT, "fr", "2026-02-02 07:55 +0100", CAND,
      "Candidature spontanée - commerciale terrain",
      f"""Monsieur Pons,

Assistante dentaire depuis huit ans à Montpellier, je souhaite évoluer vers la vente de
fournitures et de consommables. Je connais les besoins des cabinets et des laboratoires de
prothèse, et je parle couramment anglais et espagnol.

Je me permets de vous adresser ma candidature spontanée pour un poste de commerciale terrain
sur la région lyonnaise, où je compte m'installer. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

{CAND_SIG_FR}""",
      to=[("Gérard Pons", "g.pons@labdistri.example.fr")],
      atts=[("CV_Yasmine_Belkacem.pdf", "Yasmine Belkacem - CV",
             ["Assistante dentaire qualifiée, 8 ans d'expérience", "Montpellier",
              "Langues : français, anglais, espagnol, notions d'allemand"])]),

    M("aud_ask", OT, "fr", "2026-03-18 22:02 +0100", CAND,
      "RE: Invitation : journée d'immersion dans notre centre Audissimo Marseille Prado",
      f"""Bonjour Madame Caron,

Merci beaucoup pour cette invitation, je suis ravie de pouvoir découvrir votre centre.

Serait-il possible de décaler la journée d'immersion d'une ou deux semaines ? Le 25 mars, je
remplace une collègue au cabinet et je ne peux pas me libérer. Je suis disponible tous les
mercredis d'avril.

Je vous remercie par avance pour votre compréhension.

{CAND_SIG_FR}""",
      to=[("Mathilde Caron", "mathilde.caron@audissimo.example.fr")], parent="aud_inv",
      quote="fr"),

    M("mt_app", OT, "fr", "2026-01-20 13:05 +0100", CAND,
      "Candidature - Déléguée commerciale implantologie (Nordental)",
      f"""Bonjour Monsieur Marchetti,

Suite à votre annonce pour le poste de déléguée commerciale implantologie chez Nordental, je
vous adresse mon CV et ma lettre de motivation.

Assistante dentaire en cabinet d'implantologie depuis huit ans, je prépare et assiste les
poses d'implants au quotidien, et j'aimerais mettre cette expérience au service d'un
fabricant.

Je reste disponible pour un échange téléphonique.

Cordialement,
{CAND_SIG_FR}""",
      to=[("Julien Marchetti", "j.marchetti@meditalents.example.fr")],
      atts=[("CV_Yasmine_Belkacem.pdf", "Yasmine Belkacem - CV",
             ["Assistante dentaire qualifiée, 8 ans d'expérience",
              "Cabinet d'implantologie du Dr Lambert, Montpellier"]),
            ("Lettre_motivation_Nordental.pdf", "Lettre de motivation",
             ["Madame, Monsieur,", "Je souhaite rejoindre Nordental ..."])]),

    # ============================================================ traps, French
    M("o_alert_fr", OT, "fr", "2026-02-11 06:30 +0100",
      ("EmploiSanté Alertes", "alertes@emploisante.example.fr"),
      "12 nouvelles offres : délégué commercial dispositifs médicaux - Occitanie",
      """Bonjour Yasmine,

Voici les nouvelles offres correspondant à votre alerte "délégué commercial dispositifs
médicaux - Occitanie" :

- Délégué(e) commercial(e) implants - Montpellier - CDI - entretien possible sous 48 h
- Technico-commercial(e) orthopédie - Toulouse - CDI
- Attaché(e) commercial(e) audition - Nîmes - CDD 6 mois
- Délégué(e) pharmaceutique - Perpignan - CDI

Conseil de la semaine : un refus n'est pas une fin ! Malheureusement, 8 candidats sur 10
abandonnent après trois réponses négatives. Préparez votre prochain entretien avec notre
guide gratuit.

Vous recevez cet e-mail car vous avez créé une alerte sur EmploiSanté.
Se désabonner : https://emploisante.example.fr/alertes/stop?u=ybelk""",
      fmt="alt", brand="EmploiSanté",
      hdrs=bulk("EmploiSante alertes <alertes.emploisante.example.fr>",
                "https://emploisante.example.fr/alertes/stop?u=ybelk")),

    M("o_news_fr", OT, "fr", "2026-03-26 07:00 +0100",
      ("Le Mag du Commercial Santé", "newsletter@magcommercialsante.example.fr"),
      "Rebondir après un refus, réussir son entretien, salaires 2026 des délégués",
      """Le Mag du Commercial Santé - n° 118

AU SOMMAIRE

1. Rebondir après un refus : "Nous avons le regret de vous informer..." Comment lire entre
les lignes d'une réponse négative et transformer l'échec en tremplin.

2. Entretien d'embauche : les 7 questions pièges des directeurs commerciaux medtech.

3. Baromètre des salaires 2026 : délégués en dispositifs médicaux, +4 % en moyenne.

4. Témoignage : de l'assistanat dentaire à la vente d'implants, le parcours de Laetitia.

Vous êtes abonné(e) à la newsletter du Mag du Commercial Santé.
Pour vous désinscrire, cliquez ici.""",
      fmt="html", brand="Le Mag du Commercial Santé", cte="quoted-printable",
      hdrs=bulk("Le Mag du Commercial Sante <mag.magcommercialsante.example.fr>",
                "mailto:unsubscribe@magcommercialsante.example.fr")),

    M("o_radio_fr", OT, "fr", "2026-04-09 14:12 +0200",
      ("Élodie Sarrat", "elodie.sarrat@radiogarrigue.example.fr"),
      "Demande d'interview - émission \"Métiers d'ici\"",
      """Bonjour Madame Belkacem,

Je suis journaliste à Radio Garrigue et je prépare un numéro de notre émission "Métiers
d'ici" consacré aux assistantes et assistants dentaires.

Votre témoignage sur le syndicat des assistants dentaires de l'Hérault m'a été recommandé.
Accepteriez-vous une interview d'une quinzaine de minutes, enregistrée par téléphone la
semaine prochaine ?

Merci d'avance,
Élodie Sarrat
Journaliste - Radio Garrigue, 34000 Montpellier""",
      contact="elodie.sarrat@radiogarrigue.example.fr", ncs=("b", "utf-8")),

    M("o_ux_fr", OT, "fr", "2026-05-05 11:20 +0200",
      ("Léa Fontaine", "lea.fontaine@mutuelle-azur.example.fr"),
      "Participez à un entretien utilisateur (30 min, bon d'achat de 30 EUR)",
      """Bonjour Yasmine,

Vous utilisez l'application Mutuelle Azur pour vos remboursements. Notre équipe design
souhaite mieux comprendre vos usages.

Accepteriez-vous de participer à un entretien utilisateur de 30 minutes en visio la semaine
du 18 mai ? Pour vous remercier, nous vous offrirons un bon d'achat de 30 EUR.

Réservez un créneau : https://mutuelle-azur.example.fr/recherche-utilisateur

Léa Fontaine
UX Researcher - Mutuelle Azur""",
      contact="lea.fontaine@mutuelle-azur.example.fr", fmt="alt"),

    M("o_parcel_fr", OT, "fr", "2026-06-16 08:44 +0200",
      ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
      "Malheureusement, votre colis est retardé",
      """Bonjour,

Malheureusement, votre colis n° CX 4481 0293 FR est retardé en raison d'un incident sur
notre plateforme de tri de Nîmes.

Nouvelle date de livraison estimée : jeudi 18 juin, entre 8h et 13h.

Nous vous prions de nous excuser pour la gêne occasionnée.
Colis Express - Service client""",
      fmt="html", brand="Colis Express", no_contact_ok=True),

    M("o_bank_fr", OT, "fr", "2026-07-01 05:10 +0200",
      ("Banque Occitane", "noreply@banque-occitane.example.fr"),
      "Votre position de compte au 30 juin",
      """Bonjour Madame Belkacem,

Votre relevé mensuel est disponible dans votre espace client.

Position de votre compte courant au 30/06/2026 : 2 418,36 EUR (créditeur)
Position de votre livret A : 7 950,00 EUR

Pour consulter le détail de vos opérations, connectez-vous à votre espace.

Banque Occitane""",
      cs="iso-8859-1", cte="quoted-printable"),

    M("o_landlord_fr", OT, "fr", "2026-08-29 18:20 +0200",
      ("Patrick Dalmasso", "p.dalmasso@immo-lez.example.fr"),
      "Visite de l'appartement rue de l'Aiguillerie",
      """Bonjour Madame Belkacem,

Je vous confirme la visite de l'appartement T2 situé 14 rue de l'Aiguillerie, samedi 5
septembre à 10h30. Merci de prévoir votre dossier (trois derniers bulletins de salaire,
contrat de travail ou promesse d'embauche, avis d'imposition).

Le rendez-vous est devant l'immeuble.

Patrick Dalmasso
Agence Immo Lez - Gestion locative""",
      contact="p.dalmasso@immo-lez.example.fr", cs="windows-1252", cte="8bit"),

    M("o_doctor_fr", OT, "fr", "2026-03-06 09:00 +0100",
      ("RDV Santé", "no-reply@rdv-sante.example.fr"),
      "Rappel : votre rendez-vous du lundi 9 mars avec Dr Isabelle Ribes",
      """Bonjour Yasmine Belkacem,

Nous vous rappelons votre rendez-vous :

Dr Isabelle Ribes - Médecin généraliste
Lundi 9 mars 2026 à 18h15
8 boulevard du Jeu de Paume, 34000 Montpellier

En cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.

RDV Santé""",
      fmt="alt", hcs=("q", "utf-8")),

    M("o_friend_rej_fr", OT, "fr", "2026-04-21 21:37 +0200",
      ("Sarah Haddad", "sarah.haddad@example.net"),
      "bon ben c'est non pour moi...",
      """Coucou ma Yasmine,

Je viens de recevoir la réponse de la clinique de Nîmes : "nous sommes au regret de ne pas
donner suite à votre candidature". Trois entretiens pour ça ! Je suis dégoûtée.

Et toi, ta journée d'immersion chez Audissimo, ça s'est passé comment finalement ?

On se fait un resto samedi pour se remonter le moral ?

Bisous,
Sarah""",
      contact="sarah.haddad@example.net", cte="8bit"),

    M("o_friend_fwd_fr", OT, "fr", "2026-05-18 12:48 +0200",
      ("Océane Dumas", "oceane.dumas@example.net"),
      "TR: Convocation à un entretien - Assistante commerciale",
      """Yasmine !!!

Regarde ce que j'ai reçu ce matin (je te transfère le mail) : Biodent me convoque à un
entretien lundi ! Tu pourrais me donner tes conseils, toi qui en as passé plein ?

Je t'appelle ce soir.
Océane""",
      contact="oceane.dumas@example.net", fwd="friend_inner_inv"),

    M("o_course_fr", OT, "fr", "2026-06-26 16:30 +0200",
      ("Institut de Formation Santé Commerce", "admissions@ifsc.example.fr"),
      "Votre candidature à la formation Délégué(e) médical(e) - session d'automne",
      """Madame,

Nous vous remercions pour votre candidature à notre formation certifiante "Délégué(e)
médical(e) et dispositifs médicaux", session d'octobre 2026.

Nous sommes au regret de vous informer que nous ne pouvons pas vous proposer de place dans
cette session, toutes les places financées par la Région ayant été attribuées. Votre dossier
est placé sur liste d'attente pour la session de février 2027.

Le service des admissions
IFSC - Institut de Formation Santé Commerce, Montpellier""",
      fmt="alt", cs="iso-8859-1", hcs=("q", "iso-8859-1"), no_contact_ok=True),

    M("o_hunter_fr", OT, "fr", "2026-07-21 10:05 +0200",
      ("Antoine Lefebvre", "antoine.lefebvre@hunteo.example.fr"),
      "Votre profil - opportunités medtech",
      """Bonjour Yasmine,

Je suis chasseur de têtes chez Hunteo, spécialisé dans les dispositifs médicaux et le
dentaire. J'ai vu votre profil et votre projet de reconversion vers la vente, qui m'a
beaucoup intéressé.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais plusieurs de mes clients
recrutent régulièrement d'anciens assistants dentaires. Seriez-vous d'accord pour que je
garde votre CV et que nous restions en contact ?

Bonne journée,
Antoine Lefebvre
Associé - Hunteo Executive Search, Lyon""",
      contact="antoine.lefebvre@hunteo.example.fr"),

    M("imp_ooo", OT, "fr", "2026-08-27 08:46 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "Réponse automatique : Merci pour notre échange - Implantis",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 31 août inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter
Margaux Petit : margaux.petit@implantis.example.fr.

Cordialement,
Claire Roussel""",
      contact="claire.roussel@implantis.example.fr", parent="imp_thanks", quote=None,
      hdrs=AUTO, hcs=("q", "iso-8859-1")),

    M("o_followup_fr", OT, "fr", "2026-02-18 14:00 +0100",
      ("Emploi Occitanie Accompagnement", "ne-pas-repondre@emploi-occitanie.example.fr"),
      "Votre rendez-vous de suivi avec votre conseillère",
      """Madame Belkacem,

Dans le cadre de votre accompagnement à la reconversion professionnelle, vous avez
rendez-vous avec votre conseillère, Mme Sylvie Roche, le mardi 3 mars 2026 à 9h30, à notre
agence de Montpellier Antigone.

Pensez à apporter votre CV mis à jour et la liste de vos candidatures récentes.

Emploi Occitanie Accompagnement""",
      fmt="alt", cs="iso-8859-1", no_contact_ok=True),

    M("o_gps_fr", OT, "fr", "2026-09-10 07:55 +0200",
      ("TrajetPartage", "notifications@trajetpartage.example.fr"),
      "Inès a partagé sa position avec vous",
      """Inès Garcia a partagé sa position en temps réel avec vous pendant 1 heure.

Position actuelle : Avenue de la Mer, 34000 Montpellier
Arrivée estimée : 8h20

Ouvrez l'application pour suivre le trajet.""",
      fmt="html"),

    M("o_network_fr", OT, "fr", "2026-05-27 19:00 +0200",
      ("ProReseau", "notifications@proreseau.example.com"),
      "Yasmine, 4 recruteurs ont consulté votre profil cette semaine",
      """Bonjour Yasmine,

Votre profil a été vu 27 fois cette semaine, dont 4 fois par des recruteurs.

Offres qui pourraient vous intéresser :
- Déléguée commerciale implantologie - Montpellier
- Key Account Manager Dentaire - Marseille
- Conseillère en audition - Lyon

Entraînez-vous aux entretiens avec notre simulateur.

Se désabonner de ces notifications""",
      fmt="alt", brand="ProReseau",
      hdrs=bulk("ProReseau notifications <notif.proreseau.example.com>",
                "https://proreseau.example.com/unsub/yb")),

    M("o_webinar_fr", OT, "fr", "2026-04-15 12:00 +0200",
      ("Medtech Carrières", "evenements@medtechcarrieres.example.fr"),
      "Webinaire jeudi : réussir son entretien d'embauche en medtech",
      """Bonjour,

Jeudi 23 avril à 12h30, participez à notre webinaire gratuit "Réussir son entretien
d'embauche en medtech" avec deux directrices commerciales et une recruteuse.

Au programme : préparer la mise en situation, répondre à "pourquoi vous ?", que faire après
un refus, négocier son offre.

Inscription : https://medtechcarrieres.example.fr/webinaires/entretien

Medtech Carrières""",
      fmt="html", brand="Medtech Carrières",
      hdrs=bulk("Medtech Carrieres evenements <evenements.medtechcarrieres.example.fr>",
                "https://medtechcarrieres.example.fr/desinscription"),
      no_contact_ok=True),

    M("o_assoc_fr", OT, "fr", "2026-01-30 18:00 +0100",
      ("Association des Assistants Dentaires 34", "bureau@aad34.example.fr"),
      "La lettre de l'AAD 34 - janvier 2026",
      """Chères adhérentes, chers adhérents,

Au programme de ce mois :
- Soirée formation radioprotection le 12 février à la faculté d'odontologie ;
- Rappel : les cotisations 2026 sont à régler avant le 28 février ;
- Témoignage : trois anciens assistants devenus délégués commerciaux racontent leur
  reconversion.

Bonne année à toutes et à tous !
Le bureau de l'AAD 34""",
      cs="windows-1252", cte="quoted-printable",
      hdrs=bulk("Lettre AAD 34 <lettre.aad34.example.fr>", "mailto:bureau@aad34.example.fr"),
      no_contact_ok=True),

    # ============================================================ English
    M("vir_app", OT, "en", "2026-03-30 20:15 +0200", CAND,
      "Application - medical device sales roles",
      f"""Dear Oliver,

I came across your Territory Manager advert on your website. I'm a qualified dental nurse
(eight years in an implant practice in Montpellier) and I'm moving into medical device sales.

I am open to relocating to London and I have a good level of English. My CV is attached -
I'd be glad to discuss any suitable roles.

Kind regards,
{CAND_SIG_EN}""",
      to=[("Oliver Grant", "oliver.grant@vireosearch.example.co.uk")],
      atts=[("CV_Yasmine_Belkacem_EN.pdf", "Yasmine Belkacem - CV",
             ["Qualified dental nurse, 8 years", "Languages: French, English, Spanish"])]),

    M("bb_thanks", OT, "en", "2026-07-21 18:02 +0200", CAND,
      "Thank you - Brightbite video call",
      f"""Dear Hannah,

Thank you for taking the time to speak with me this afternoon. I really enjoyed hearing about
Brightbite's implant range and the training programme for new reps.

I'm very motivated by the role and look forward to hearing about the next steps.

Best regards,
{CAND_SIG_EN}""",
      to=[("Hannah Price", "hannah.price@brightbite.example.co.uk")]),

    M("bb_ooo", OT, "en", "2026-07-21 17:03 +0100",
      ("Hannah Price", "hannah.price@brightbite.example.co.uk"),
      "Automatic reply: Thank you - Brightbite video call",
      """Hi,

Thanks for your email. I'm out of the office until Monday 27 July with no access to email.

For anything urgent regarding interviews, please contact talent@brightbite.example.co.uk.

Hannah""",
      contact="hannah.price@brightbite.example.co.uk", parent="bb_thanks", quote=None,
      hdrs=AUTO),

    M("o_alert_en", OT, "en", "2026-06-22 05:45 +0100",
      ("MedSales Jobs", "alerts@medsalesjobs.example.co.uk"),
      "Your weekly job alert: 9 new Territory Manager roles",
      """Hi Yasmine,

Here are this week's new jobs matching "territory manager dental":

* Territory Manager - Implants - London - interviews this month
* Associate Sales Rep - Orthopaedics - Reading
* Hearing Care Sales Advisor - Croydon
* Field Sales Executive - Lab Consumables - Cambridge

Unfortunately, 3 jobs you saved have now closed. Don't take rejection personally: read our
guide "Bouncing back after a no".

You're receiving this because you signed up for job alerts. Unsubscribe at any time.""",
      fmt="alt", brand="MedSales Jobs",
      hdrs=bulk("MedSales Jobs alerts <alerts.medsalesjobs.example.co.uk>",
                "https://medsalesjobs.example.co.uk/unsubscribe?id=77ab")),

    M("o_podcast_en", OT, "en", "2026-05-14 15:40 +0100",
      ("Gemma Ford", "gemma@dentalbizpodcast.example.com"),
      "Guest interview on The Dental Business Podcast?",
      """Hi Yasmine,

I host The Dental Business Podcast. A listener pointed me to your post about moving from
dental nursing into implant sales and I'd love to have you on the show.

The interview would be recorded remotely and takes about 40 minutes. Would any date in June
work for you?

Cheers,
Gemma Ford
Host, The Dental Business Podcast""",
      contact="gemma@dentalbizpodcast.example.com"),

    M("o_ux_en", OT, "en", "2026-08-26 13:00 +0100",
      ("CareerPath Research", "research@careerpath.example.com"),
      "Can we interview you about your job search? (30 min, GBP 25 voucher)",
      """Hi Yasmine,

We're improving how CareerPath helps people switching careers, and we'd like to interview
a few members about their job search.

The user research interview takes 30 minutes on video, and you'll get a GBP 25 voucher as a
thank-you. Pick a time here: https://careerpath.example.com/research/book

The CareerPath research team""",
      fmt="html", no_contact_ok=True),

    M("o_parcel_en", OT, "en", "2026-09-02 07:12 +0100",
      ("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
      "Unfortunately your parcel is delayed",
      """Hello,

Unfortunately your parcel SP-88213-UK is delayed due to high volumes at our London hub.

We now expect to deliver it on Friday 4 September. We're sorry for the inconvenience.

SwiftParcel Customer Care""",
      fmt="alt"),

    M("o_hunter_en", OT, "en", "2026-09-15 09:30 +0100",
      ("Isla McKenzie", "isla.mckenzie@harcourttalent.example.co.uk"),
      "Quick hello - dental & medtech sales",
      """Hi Yasmine,

I lead the dental and medtech practice at Harcourt Talent. I noticed you have recently been
interviewing in London and wanted to introduce myself.

Nothing specific to put in front of you today, but I'd love a 15-minute intro call at some
point so I can keep you in mind for future searches.

Best,
Isla McKenzie
Director, Harcourt Talent""",
      contact="isla.mckenzie@harcourttalent.example.co.uk"),

    M("o_friend_fwd_en", OT, "en", "2026-07-30 20:11 +0100",
      ("Tom Whitaker", "tom.whitaker@example.org"),
      "Fwd: Your application to Brightbite Dental Systems",
      """Hey Yasmine,

Well, Brightbite said no to me for the trainer job (see below). Fingers crossed they're
kinder to you for the sales role - you deserve it!

Drinks when you're in London?
Tom""",
      contact="tom.whitaker@example.org", fwd="friend_inner_rej"),

    # ============================================================ German
    M("zw_ask", OT, "de", "2026-03-20 07:40 +0100", CAND,
      "AW: Einladung zum Videointerview - Medizinprodukteberater (m/w/d) Dental",
      """Sehr geehrte Frau Lehner,

vielen Dank für die Einladung, über die ich mich sehr freue.

Leider arbeite ich am Donnerstagvormittag in der Praxis. Wäre es möglich, das Interview auf
Freitag, den 27. März, am Nachmittag zu verschieben?

Mit freundlichen Grüßen
Yasmine Belkacem""",
      to=[("Sabine Lehner", "sabine.lehner@zahnwerk.example.de")], parent="zw_inv",
      quote="de", cs="iso-8859-1", cte="quoted-printable"),

    M("o_alert_de", OT, "de", "2026-04-27 06:00 +0200",
      ("MedizintechnikJobs", "jobalert@medizintechnikjobs.example.de"),
      "Job-Alert: 7 neue Stellen für \"Außendienst Dental München\"",
      """Hallo Yasmine,

wir haben 7 neue Stellenangebote für Ihren Job-Alert gefunden:

- Medizinprodukteberater (m/w/d) Implantologie - München
- Außendienstmitarbeiter Orthopädie - Augsburg
- Vertriebsberater Hörsysteme - München

Tipp: Eine Absage ist kein Weltuntergang. Leider erhalten Bewerber im Schnitt zwölf Absagen
vor der ersten Einladung zum Vorstellungsgespräch.

Job-Alert abbestellen: https://medizintechnikjobs.example.de/alert/off""",
      fmt="alt", brand="MedizintechnikJobs", hcs=("q", "utf-8"),
      hdrs=bulk("MedizintechnikJobs Alerts <alerts.medizintechnikjobs.example.de>",
                "https://medizintechnikjobs.example.de/alert/off")),

    M("o_news_de", OT, "de", "2026-06-04 08:00 +0200",
      ("Karriere Kompass", "redaktion@karrierekompass.example.de"),
      "Newsletter: Absagen richtig deuten und das nächste Vorstellungsgespräch meistern",
      """Karriere Kompass - Ausgabe 23/2026

In dieser Ausgabe:
- "Leider müssen wir Ihnen mitteilen ..." - was Absageschreiben wirklich bedeuten
- Vorstellungsgespräch per Video: die zehn häufigsten Fehler
- Quereinstieg in den Medizinprodukte-Vertrieb: Chancen für Praxispersonal

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben.""",
      fmt="html", brand="Karriere Kompass", cs="iso-8859-1",
      hdrs=bulk("Karriere Kompass Newsletter <news.karrierekompass.example.de>",
                "https://karrierekompass.example.de/abmelden"),
      no_contact_ok=True),

    M("o_flat_de", OT, "de", "2026-05-30 10:45 +0200",
      ("Hausverwaltung Obermaier", "vermietung@obermaier-hv.example.de"),
      "Besichtigungstermin Wohnung Giesing",
      """Sehr geehrte Frau Belkacem,

gerne bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der
Tegernseer Landstraße 41, München-Giesing: Mittwoch, 10. Juni 2026, 18:30 Uhr.

Bitte bringen Sie eine Selbstauskunft und Ihre letzten Gehaltsnachweise mit.

Mit freundlichen Grüßen
Markus Obermaier
Hausverwaltung Obermaier""",
      contact="markus.obermaier@obermaier-hv.example.de",
      reply_to=("Markus Obermaier", "markus.obermaier@obermaier-hv.example.de"),
      cs="iso-8859-1", cte="8bit"),

    M("o_parcel_de", OT, "de", "2026-07-07 09:12 +0200",
      ("PaketBlitz", "noreply@paketblitz.example.de"),
      "Leider verzögert sich die Zustellung Ihrer Sendung",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4417 2290 aufgrund eines hohen
Sendungsaufkommens. Die neue voraussichtliche Zustellung ist am Donnerstag, 9. Juli.

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Kundenservice""",
      fmt="alt"),

    M("o_bank_de", OT, "de", "2026-08-01 04:30 +0200",
      ("Isarbank Depot", "service@isarbank.example.de"),
      "Ihre Depotübersicht: neue Position eingebucht",
      """Sehr geehrte Frau Belkacem,

in Ihrem Depot wurde eine neue Position eingebucht:

Position: ETF MSCI World, 4,25 Stück
Kurswert: 412,80 EUR

Die vollständige Übersicht finden Sie im Online-Banking.

Ihre Isarbank""",
      hcs=("b", "iso-8859-1"), cs="iso-8859-1", cte="quoted-printable", no_contact_ok=True),

    M("hp_ooo", OT, "de", "2026-06-26 07:30 +0200",
      ("Julia Wagner", "julia.wagner@hoerplus.example.de"),
      "Abwesenheitsnotiz: Unterlagen Arbeitsvertrag",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. Juli nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an personal@hoerplus.example.de.

Mit freundlichen Grüßen
Julia Wagner""",
      contact="julia.wagner@hoerplus.example.de", hdrs=AUTO, cte="8bit"),

    M("o_dentist_de", OT, "de", "2026-06-08 18:00 +0200",
      ("Zahnarztpraxis Dr. Vogl", "praxis@zahnarzt-vogl.example.de"),
      "Terminerinnerung: Professionelle Zahnreinigung am 11.06.",
      """Liebe Patientin, lieber Patient,

wir erinnern Sie an Ihren Termin zur professionellen Zahnreinigung am Donnerstag, 11. Juni
2026, um 08:15 Uhr in unserer Praxis, Lindwurmstraße 88, München.

Bitte sagen Sie mindestens 24 Stunden vorher ab, falls Sie verhindert sind.

Ihr Praxisteam Dr. Vogl""",
      no_contact_ok=True),

    M("o_course_de", OT, "de", "2026-05-12 13:15 +0200",
      ("Akademie Medizinprodukte", "anmeldung@akademie-mp.example.de"),
      "Ihre Anmeldung: Medizinprodukteberater nach § 83 MPDG",
      """Sehr geehrte Frau Belkacem,

vielen Dank für Ihre Anmeldung zum Lehrgang "Medizinprodukteberater nach § 83 MPDG" im Juni.

Leider ist der Lehrgang bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können.
Gerne setzen wir Sie auf die Warteliste für den Termin im September.

Mit freundlichen Grüßen
Ihre Akademie Medizinprodukte""",
      fmt="alt", cs="iso-8859-1", no_contact_ok=True),

    # ============================================================ Spanish
    M("im_conf", OT, "es", "2026-04-22 18:40 +0200", CAND,
      "RE: RE: Candidatura Delegada comercial implantología - Barcelona",
      """Hola Núria:

Muchas gracias por la propuesta. Confirmo la entrevista del martes 28 de abril a las 12:00.

Un saludo,
Yasmine Belkacem""",
      to=[("Núria Puig", "nuria.puig@implantesmed.example.es")], parent="im_inv",
      quote="es"),

    M("odx_thanks", OT, "es", "2026-09-11 19:20 +0200", CAND,
      "Gracias por la entrevista",
      """Hola Marta:

Gracias por la videollamada de hoy. Me ha encantado conocer el equipo y cómo Odontix ayuda a
las clínicas a organizar su agenda.

Quedo a tu disposición para cualquier otra información.

Un saludo,
Yasmine Belkacem""",
      to=[("Marta Soler", "marta.soler@odontix.example.es")], cte="quoted-printable"),

    M("o_alert_es", OT, "es", "2026-05-25 07:00 +0200",
      ("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
      "Nuevas ofertas: delegado comercial dental en Barcelona",
      """Hola Yasmine:

Tenemos 6 ofertas nuevas para tu alerta "delegado comercial dental Barcelona":

- Delegada comercial implantología - Barcelona - entrevista inmediata
- Asesor/a comercial audiología - Girona
- Key Account Manager software dental - Barcelona

Lamentablemente, 2 ofertas que guardaste ya no están disponibles. ¿Recibiste un rechazo?
Descubre cómo mejorar tu CV.

Darse de baja de estas alertas: https://empleosalud.example.es/baja""",
      fmt="alt", brand="EmpleoSalud",
      hdrs=bulk("EmpleoSalud Alertas <alertas.empleosalud.example.es>",
                "https://empleosalud.example.es/baja")),

    M("o_press_es", OT, "es", "2026-07-02 11:05 +0200",
      ("Andrés Rubio", "andres.rubio@diariodental.example.es"),
      "Entrevista para Diario Dental",
      """Hola Yasmine:

Soy periodista de Diario Dental. Estamos preparando un reportaje sobre profesionales de la
clínica que se pasan a la venta de productos sanitarios en Europa.

¿Te apetecería que te hiciera una entrevista de unos 20 minutos por teléfono? Podría ser la
semana que viene, cuando mejor te venga.

Un saludo,
Andrés Rubio
Redactor - Diario Dental""",
      contact="andres.rubio@diariodental.example.es", cs="iso-8859-1", cte="8bit"),

    M("o_flat_es", OT, "es", "2026-05-22 16:30 +0200",
      ("Inmobiliaria Eixample", "info@inmoeixample.example.es"),
      "Visita al piso de la calle Provença",
      """Hola Yasmine:

Te confirmo la visita al piso de la calle Provença, 215 (2.º 1.ª) el sábado 30 de mayo a las
11:00. Te esperará Raúl en el portal.

Recuerda traer la documentación: contrato de trabajo o carta de oferta y últimas nóminas.

Un saludo,
Raúl Medina
Inmobiliaria Eixample""",
      contact="raul.medina@inmoeixample.example.es",
      reply_to=("Raúl Medina", "raul.medina@inmoeixample.example.es"), ncs=("q", "iso-8859-1")),

    M("o_doctor_es", OT, "es", "2026-05-13 09:00 +0200",
      ("Centro Médico Sants", "citas@cmsants.example.es"),
      "Recordatorio de cita médica",
      """Estimada paciente:

Le recordamos su cita con la Dra. Elena Castells (medicina general) el viernes 15 de mayo a
las 17:30 en Centro Médico Sants, Carrer de Sants 120, Barcelona.

Si no puede acudir, por favor anule la cita con 24 horas de antelación.

Centro Médico Sants""",
      fmt="html", no_contact_ok=True),

    M("o_hunter_es", OT, "es", "2026-08-24 10:15 +0200",
      ("Clara Beltrán", "clara.beltran@sectorsalud-search.example.es"),
      "Hola Yasmine - headhunter sector dental",
      """Hola Yasmine:

Soy Clara Beltrán, headhunter especializada en el sector dental y de productos sanitarios.
He visto tu perfil y tu experiencia como auxiliar de clínica en implantología.

De momento no tengo ningún proceso concreto para ti, pero me gustaría conocerte y tenerte en
cuenta para futuras búsquedas. ¿Te parece si hablamos un rato cuando puedas?

Saludos,
Clara Beltrán
Sector Salud Search""",
      contact="clara.beltran@sectorsalud-search.example.es", hcs=("q", "utf-8")),

    M("o_friend_es", OT, "es", "2026-06-05 22:10 +0200",
      ("Marina Casals", "marina.casals@example.com"),
      "me han dicho que no :(",
      """Hola guapa:

Te cuento: al final la clínica de Gràcia me ha rechazado, "hemos decidido seguir con otra
candidata". Después de la prueba y todo...

¿Tú qué tal con lo de Implantes Mediterráneo? ¡Cuéntame!

Besos,
Marina""",
      contact="marina.casals@example.com", cte="quoted-printable"),
]

