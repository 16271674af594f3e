"""Corpus 58: 'other' mail in French (data only): alerts, newsletters, Quebec life admin."""

from msgs58_build import ME, ME_NAME, Msg, ics

X = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """The headers a mailing-list or bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk"}


MESSAGES = [
    Msg(X, "linkedin_alerte_fr", "fr", "", "",
        ("Alertes emploi LinkedIn", "jobalerts-noreply@linkedin.example.com"),
        "« analyste FP&A » : 12 nouvelles offres à Montréal",
        """Vos offres d'emploi correspondant à « analyste FP&A »

Analyste principal(e), FP&A
Groupe Solvia - Montréal, QC (hybride)
Candidature simplifiée

Conseiller(ère) planification financière
Caisse Desjardins de Laval - Laval, QC

Contrôleur(euse) adjoint(e)
Maison Lareau - Montréal, QC
Recrutement actif

Voir toutes les offres : https://www.linkedin.example.com/jobs/search?keywords=FP%26A

Vous recevez ces alertes parce que vous avez créé une alerte emploi. Se désabonner : https://www.linkedin.example.com/unsub""",
        fmt="html", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub")),
    Msg(X, "jobillico_digest", "fr", "", "",
        ("Jobillico", "alertes@jobillico.example.com"),
        "Vos 8 nouveaux emplois : comptable, contrôleur",
        """Bonjour Mathieu,

Voici les emplois publiés depuis hier qui correspondent à vos critères :

- Contrôleur financier - Fromagerie du Rang 9 - Drummondville
- Technicien(ne) en paie - Groupe Santé Boréal - Québec
- Comptable principal - Services Techno Lemay - Montréal
- Analyste financier - Municipalité de Saint-Lin - Saint-Lin

Postulez en un clic!

Pour modifier la fréquence ou vous désabonner de ces alertes, cliquez ici : https://www.jobillico.example.com/alertes""",
        fmt="html", charset="iso-8859-1", cte="qp",
        headers=bulk("Alertes Jobillico <alertes.jobillico.example.com>", "https://www.jobillico.example.com/alertes")),
    Msg(X, "infolettre_refus_rebondir", "fr", "", "",
        ("Le Carnet Carrière", "infolettre@carnetcarriere.example.com"),
        "Refusé après 4 entrevues? Voici comment rebondir",
        """Bonjour,

Cette semaine dans Le Carnet Carrière :

1. « Nous avons retenu une autre candidature » : comment lire entre les lignes d'un refus, et quoi répondre au recruteur.
2. Vous avez manqué une entrevue? Trois modèles de courriel d'excuse qui fonctionnent.
3. Le marché de l'emploi en finance au Québec : les postes de contrôleur en hausse de 12 %.

Lire l'infolettre en ligne : https://carnetcarriere.example.com/no-87

Vous recevez ce courriel parce que vous êtes abonné(e) au Carnet Carrière. Se désabonner.""",
        fmt="alt", cte="qp",
        headers=bulk("Le Carnet Carriere <infolettre.carnetcarriere.example.com>", "mailto:unsub@carnetcarriere.example.com")),
    Msg(X, "revenu_quebec_avis", "fr", "", "",
        ("Revenu Québec", "ne-pas-repondre@revenuquebec.example.ca"),
        "Nouveau document dans Mon dossier",
        """Bonjour,

Un nouveau document est disponible dans Mon dossier pour les citoyens : Avis de cotisation 2025.

Pour le consulter, ouvrez une session dans Mon dossier. Revenu Québec ne vous demandera jamais de renseignements personnels par courriel.

Ce courriel vous est transmis automatiquement. Veuillez ne pas y répondre.""",
        charset="iso-8859-1", cte="qp"),
    Msg(X, "ramq_renouvellement", "fr", "", "",
        ("RAMQ", "info-nepasrepondre@ramq.example.gouv.qc.ca"),
        "Renouvellement de votre carte d'assurance maladie",
        """Bonjour,

Votre carte d'assurance maladie expire le 30 juin 2026. Vous recevrez bientôt un avis de renouvellement par la poste.

Pour prendre rendez-vous pour la photo, consultez notre site Web.

Régie de l'assurance maladie du Québec""",
        fmt="html"),
    Msg(X, "saaq_rendez_vous", "fr", "", "",
        ("SAAQclic", "saaqclic@saaq.example.gouv.qc.ca"),
        "Confirmation de votre rendez-vous",
        """Bonjour Mathieu Tremblay-Okonkwo,

Votre rendez-vous est confirmé.

Service : Renouvellement du permis de conduire - photo
Date : 14 avril 2026, 10 h 15
Lieu : Centre de services de Montréal (Henri-Bourassa)

Pour annuler ou modifier votre rendez-vous, accédez à SAAQclic.

Société de l'assurance automobile du Québec"""),
    Msg(X, "hydro_facture", "fr", "", "",
        ("Hydro-Québec", "facture-nepasrepondre@hydroquebec.example.com"),
        "Votre facture Hydro-Québec est prête",
        """Bonjour,

Votre facture est disponible dans votre Espace client.

Montant : 143,87 $
Date d'échéance : 2026-02-18

Merci d'utiliser la facture électronique!

Hydro-Québec""",
        fmt="html", cte="b64"),
    Msg(X, "videotron_commande_retard", "fr", "", "",
        ("Vidéotron", "service@videotron.example.com"),
        "Mise à jour de votre commande",
        """Bonjour Mathieu,

Malheureusement, la livraison de votre terminal Helix est retardée en raison d'une rupture de stock. Nous prévoyons maintenant l'expédier d'ici le 12 mars.

Nous sommes désolés pour ce contretemps. Aucune action n'est requise de votre part.

L'équipe Vidéotron""",
        fmt="alt", charset="windows-1252", cte="qp"),
    Msg(X, "postes_canada_colis", "fr", "", "",
        ("Postes Canada", "noreply@postescanada.example.ca"),
        "Votre colis est retardé",
        """Malheureusement, votre colis 7026 4455 1289 3361 est retardé en raison des conditions météorologiques.

Nouvelle date de livraison prévue : 6 février 2026.

Suivre votre colis : https://www.postescanada.example.ca/suivi

Postes Canada""",
        fmt="html"),
    Msg(X, "desjardins_carte_credit_demande", "fr", "", "",
        ("Desjardins", "avis@desjardins-services.example.com"),
        "Nous avons bien reçu votre demande de carte de crédit",
        """Bonjour Mathieu,

Nous avons bien reçu votre demande pour la carte Odyssée World Elite. Votre demande est en cours d'analyse et nous communiquerons avec vous d'ici 5 jours ouvrables.

Une vérification de votre dossier de crédit sera effectuée.

Desjardins
Ceci est un message automatisé.""",
        fmt="alt", cte="qp"),
    Msg(X, "logement_refus", "fr", "", "claudine.lemire@gestionplateau.example.ca",
        ("Claudine Lemire", "claudine.lemire@gestionplateau.example.ca"),
        "Logement 4 1/2 rue Fabre",
        """Bonjour M. Tremblay-Okonkwo,

Merci pour votre visite samedi et pour votre demande de location pour le 4 1/2 de la rue Fabre. Malheureusement, le propriétaire a retenu une autre candidature et le logement est maintenant loué.

Je vous souhaite bonne chance dans vos recherches.

Claudine Lemire
Gestion Plateau inc."""),
    Msg(X, "admission_universite_refus", "fr", "", "",
        ("Registrariat - École de gestion Saint-Laurent", "admission-nepasrepondre@egsl.example.ca"),
        "Décision relative à votre demande d'admission",
        """Monsieur,

Nous avons examiné votre demande d'admission au Diplôme d'études supérieures spécialisées (DESS) en fiscalité, trimestre d'automne 2026.

Nous regrettons de vous informer que votre demande n'a pas été retenue, le nombre de places étant limité.

Le Registrariat""",
        charset="iso-8859-1"),
    Msg(X, "cpa_formation_continue", "fr", "", "",
        ("CPA Québec - Développement professionnel", "dp@cpaquebec.example.ca"),
        "Rappel : il vous reste 12 heures de formation à déclarer",
        """Bonjour,

La période de référence se termine le 31 mars. Selon votre dossier, il vous reste 12 heures de formation continue à déclarer, dont 3 heures en éthique.

Découvrez nos webinaires : Normes IFRS 18, Fiscalité des particuliers, Excel avancé pour les CPA.

Ordre des comptables professionnels agréés du Québec""",
        fmt="html", headers=bulk("<dp.cpaquebec.example.ca>", "https://cpaquebec.example.ca/desabonnement")),
    Msg(X, "ami_refus_perso", "fr", "", "karine.b@example.net",
        ("Karine Bouchard", "karine.b@example.net"),
        "pfff",
        """Salut Mat,

Je viens de recevoir un refus de la Banque Boréale pour le poste en trésorerie, après trois entrevues!!! « Nous avons retenu une candidature correspondant davantage à nos besoins »... classique. Je suis tellement déçue.

On se prend une bière jeudi pour que je me plaigne? Et toi, ça avance tes entrevues?

K xx"""),
    Msg(X, "radio_entrevue_media", "fr", "", "p.gendron@radiomontreal.example.ca",
        ("Philippe Gendron", "p.gendron@radiomontreal.example.ca"),
        "Demande d'entrevue - émission Le Portefeuille",
        """Bonjour M. Tremblay-Okonkwo,

Je suis recherchiste pour l'émission Le Portefeuille. Nous préparons un segment sur la paie et les erreurs de retenues à la source, et votre article sur LinkedIn nous a intéressés.

Seriez-vous disponible pour une courte entrevue radio en direct, mardi prochain vers 7 h 40? L'entrevue dure environ 6 minutes, par téléphone.

Merci!
Philippe Gendron
Recherchiste, Le Portefeuille
Radio Montréal 98,1"""),
    Msg(X, "propre_courriel_remerciement", "fr", "", "",
        (ME_NAME, ME),
        "Merci pour l'entrevue",
        """Bonjour Madame Dubois,

Je tenais à vous remercier pour la rencontre de ce matin et pour le temps que vous et M. Paré m'avez accordé. Le cas pratique sur les flux de trésorerie était très stimulant, et le poste correspond vraiment à ce que je recherche.

N'hésitez pas si vous avez besoin d'autres informations ou de références.

Au plaisir,
Mathieu Tremblay-Okonkwo, CPA
514 555-0102""",
        to="Mélanie Dubois <m.dubois@groupevermillon.example.com>"),
    Msg(X, "absence_bureau_recruteuse", "fr", "", "sophie.berube@gagnonberube.example.ca",
        ("Sophie Bérubé", "sophie.berube@gagnonberube.example.ca"),
        "Réponse automatique : Re: Poste de chef d'équipe, audit",
        """Bonjour,

Je suis absente du bureau jusqu'au 6 avril inclusivement, avec un accès limité à mes courriels. Pour toute urgence, veuillez communiquer avec Hélène au 418 555-0191.

Merci,
Sophie Bérubé, CPA""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    Msg(X, "standup_paie_calendrier", "fr", "", "",
        ("Google Agenda", "calendar-notification@google.example.com"),
        "Notification : Stand-up équipe paie @ lun. 9 févr. 2026 9h - 9h15 (HNE)",
        """Stand-up équipe paie
lundi 9 févr. 2026 9h – 9h15 (heure normale de l'Est)

Participants : équipe paie (8)
Rejoindre avec Google Meet : https://meet.google.com/pay-roll-std

Vous recevez cette notification, car vous êtes invité à cet événement.""",
        ics=ics("standup-paie-2026@calendar.example.com", "Stand-up équipe paie",
                "20260209T140000Z", "20260209T141500Z", "c.lapointe@employeuractuel.example.ca", "Google Meet")),
    Msg(X, "association_diplomes", "fr", "", "",
        ("Réseau des diplômés", "reseau@diplomes-egsl.example.ca"),
        "Infolettre de mars : 5 à 7 finance, mentorat et plus",
        """Chers diplômés,

Au programme ce mois-ci : un 5 à 7 réseautage finance et comptabilité le 19 mars, le lancement de la cohorte de mentorat 2026, et un atelier « Réussir son entrevue en anglais ».

Inscrivez-vous sur notre plateforme.

Réseau des diplômés
Vous pouvez vous désabonner en tout temps.""",
        fmt="html", cte="qp", headers=bulk("<reseau.diplomes-egsl.example.ca>", "https://diplomes-egsl.example.ca/unsub")),
    Msg(X, "gym_abonnement", "fr", "", "",
        ("Énergie Cardio Plateau", "info@energieplateau.example.ca"),
        "Votre abonnement se renouvelle bientôt",
        """Salut Mathieu!

Ton abonnement annuel se renouvelle automatiquement le 1er mai. Profite de notre promo printemps : 2 séances avec un entraîneur offertes!

À bientôt au gym!""",
        fmt="html"),
    Msg(X, "chasseur_tete_prise_contact", "fr", "", "v.ng@boisvertmartel.example.ca",
        ("Vincent Ng", "v.ng@boisvertmartel.example.ca"),
        "Opportunité - Contrôleur corporatif (confidentiel)",
        """Bonjour Mathieu,

J'accompagne actuellement un manufacturier de la Rive-Sud (450 employés) dans la recherche de son prochain contrôleur corporatif. Votre parcours en paie et en information financière m'a semblé intéressant.

Le mandat est confidentiel à ce stade. Si le sujet vous intéresse, n'hésitez pas à m'envoyer votre CV à jour; sinon, je serais reconnaissant si vous pouviez transmettre à quelqu'un de votre réseau.

Cordialement,
Vincent Ng
Associé | Boisvert Martel
514 555-0114"""),
    Msg(X, "recherche_utilisateur_entrevue", "fr", "", "",
        ("Équipe Recherche - Budgetto", "recherche@budgetto.example.com"),
        "On veut ton avis! Entrevue de 30 min + carte-cadeau de 50 $",
        """Bonjour Mathieu,

Tu utilises Budgetto depuis plus de 6 mois. Notre équipe produit aimerait t'interviewer (30 minutes en visio) pour comprendre comment tu gères ton budget et tes factures.

Pour te remercier, nous t'offrons une carte-cadeau de 50 $. Choisis un moment ici : https://budgetto.example.com/recherche

L'équipe Recherche utilisateur""",
        fmt="alt"),
    Msg(X, "jobboom_blogue_entrevue", "fr", "", "",
        ("Jobboom", "nouvelles@jobboom.example.com"),
        "Entrevue d'embauche : les 5 erreurs qui coûtent le poste",
        """Cette semaine sur le blogue Jobboom :

- Entrevue d'embauche : les 5 erreurs qui coûtent le poste
- Refus après une entrevue : faut-il demander de la rétroaction?
- Salaires 2026 : combien gagne un contrôleur au Québec?

Lire les articles : https://www.jobboom.example.com/blogue

Se désabonner de l'infolettre Jobboom""",
        fmt="html", charset="iso-8859-1", cte="b64",
        headers=bulk("<nouvelles.jobboom.example.com>", "https://www.jobboom.example.com/desabonnement")),
    Msg(X, "via_rail_retard", "fr", "", "",
        ("VIA Rail Canada", "notification@viarail.example.ca"),
        "Train 24 : avis de retard",
        """Bonjour Mathieu,

Nous sommes désolés : votre train 24 Québec - Montréal du 20 mai est retardé d'environ 45 minutes en raison d'un problème d'infrastructure.

Heure d'arrivée prévue à Montréal : 19 h 52.

VIA Rail Canada""",
        fmt="html"),
]
