"""French job mail for corpus 306: Nice (a conference centre, hotels), a holiday-residence
operator and a Riviera head-hunter."""

from __future__ import annotations

from msgs306_common import msg, own

PALAIS = "Palais des Congrès Azur"
CAMILLE = "Camille Roux <camille.roux@rivieraconseil.example.fr>"

MESSAGES = [
    # ------------------------------------------------------------------ Palais des Congrès Azur
    msg("palais_ack", "application_received", "fr", "2026-02-18 11:07 +0100",
        "Palais des Congrès Azur <noreply@teamtailor-mail.com>",
        "Merci pour votre candidature - Chargé(e) de Revenue Management",
        """Bonjour Grace,

Merci pour votre candidature au poste de Chargé(e) de Revenue Management au Palais des
Congrès Azur. Nous l'avons bien reçue et notre équipe va l'étudier avec attention.

Nous revenons vers vous dans les meilleurs délais.

Bien cordialement,
L'équipe Talents du Palais des Congrès Azur
1 esplanade Kennedy, 06000 Nice""", PALAIS, form="alt", layout="ats",
        brand="Palais des Congrès Azur", color="#0077b6"),
    msg("palais_invite", "interview_invitation", "fr", "2026-03-02 15:20 +0100",
        "Élodie Martin via Teamtailor <noreply@teamtailor-mail.com>",
        "Invitation à un entretien - Palais des Congrès Azur",
        """Bonjour Grace,

Suite à l'étude de votre candidature, nous souhaiterions vous rencontrer pour un premier
entretien en visioconférence d'environ 45 minutes.

Merci de choisir le créneau qui vous convient via le lien suivant :
https://palaiscongresazur.teamtailor.com/meetings/5d2a9c

L'entretien pourra se dérouler en anglais ou en français, comme vous le préférez.

Belle journée,
Élodie Martin
Responsable Recrutement, Palais des Congrès Azur""", PALAIS,
        reply_to="Élodie Martin <elodie.martin@congres-azur.example.fr>",
        name_enc=("q", "iso-8859-1"), subj_enc=("q", "utf-8")),
    msg("palais_report", "interview_reschedule_or_cancel", "fr", "2026-03-09 18:30 +0100",
        "Élodie Martin <elodie.martin@congres-azur.example.fr>",
        "Report de notre entretien du 11 mars",
        """Bonjour Grace,

Je suis désolée de devoir reporter notre entretien prévu mercredi 11 mars à 10h00 : le
directeur commercial, qui devait y participer, est retenu sur un salon à Cannes toute la
semaine.

Je vous propose le mardi 17 mars à 10h00 (heure de Paris). Vous trouverez la nouvelle
invitation en pièce jointe. Dites-moi si cela vous convient.

Bien à vous,
Élodie Martin
Responsable Recrutement
Palais des Congrès Azur - 1 esplanade Kennedy, 06000 Nice
Tél. : +33 4 93 00 12 34""", PALAIS, charset="iso-8859-1", cte="qp",
        subj_enc=("q", "iso-8859-1"), name_enc=("b", "utf-8"),
        ics={"method": "REQUEST", "uid": "tt-pca-rm-8812@teamtailor-mail.com", "seq": 1,
             "start": "2026-03-17 10:00", "minutes": 45,
             "summary": "Entretien - Chargé(e) de Revenue Management",
             "location": "Google Meet", "tz": "Europe/Paris"}),
    own("palais_ok", "fr", "2026-03-09 21:10 +0000",
        "Élodie Martin <elodie.martin@congres-azur.example.fr>",
        "Re: Report de notre entretien du 11 mars",
        """Bonjour Élodie,

Aucun souci, le mardi 17 mars à 10h00 me convient parfaitement. J'ai accepté la nouvelle
invitation.

Bonne soirée,
Grace Mwangi-Holt""", parent="palais_report", quote="plain"),
    msg("palais_refus", "rejection", "fr", "2026-04-03 09:45 +0200",
        "Palais des Congrès Azur <noreply@teamtailor-mail.com>",
        "Votre candidature au Palais des Congrès Azur",
        """Bonjour Grace,

Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien pour le
poste de Chargé(e) de Revenue Management.

Après une étude attentive, nous avons le regret de vous informer que nous ne donnerons pas
une suite favorable à votre candidature. Nous avons retenu un profil disposant d'une
expérience plus approfondie de l'événementiel d'affaires.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents du Palais des Congrès Azur""", PALAIS, form="html", layout="ats",
        brand="Palais des Congrès Azur", color="#0077b6"),

    # ------------------------------------------------------------------ Hôtel Baie des Anges
    msg("baie_ack", "application_received", "fr", "2026-04-09 20:02 +0200",
        "Hôtel Baie des Anges <hotel-baie-des-anges@recruitee.com>",
        "Nous avons bien reçu votre candidature",
        """Bonjour Grace,

Merci de l'intérêt que vous portez à l'Hôtel Baie des Anges ! Votre candidature au poste de
Revenue Manager a bien été enregistrée.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'entre elles dans l'immédiat, mais toutes sont lues.

À bientôt,
L'équipe RH de l'Hôtel Baie des Anges""", "Hôtel Baie des Anges", form="alt",
        layout="ats", brand="Hôtel Baie des Anges ★★★★", color="#e76f51",
        name_enc=("b", "utf-8")),
    msg("baie_invite", "interview_invitation", "fr", "2026-04-21 10:30 +0200",
        "Julien Ferrand <j.ferrand@baiedesanges.example.fr>",
        "Convocation à un entretien téléphonique",
        """Bonjour Madame Mwangi-Holt,

Votre profil a retenu toute notre attention. Je vous propose un entretien téléphonique le
lundi 27 avril à 14h30 (heure française), d'une durée de 30 minutes environ. Je vous
appellerai au numéro indiqué sur votre CV.

Merci de me confirmer votre disponibilité.

Cordialement,
Julien Ferrand
Directeur de l'Hébergement
Hôtel Baie des Anges - 37 promenade des Anglais, 06000 Nice""", "Hôtel Baie des Anges",
        charset="windows-1252", cte="qp"),
    msg("baie_absente", "missed_interview_notice", "fr", "2026-04-27 15:05 +0200",
        "Julien Ferrand <j.ferrand@baiedesanges.example.fr>",
        "Notre entretien téléphonique de 14h30",
        """Bonjour Madame Mwangi-Holt,

Je vous ai appelée à 14h30 comme convenu, puis de nouveau à 14h45, sans réussir à vous
joindre. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, pouvez-vous me proposer un autre créneau cette
semaine ?

Cordialement,
Julien Ferrand""", "Hôtel Baie des Anges", subj_enc=("b", "iso-8859-1"),
        charset="iso-8859-1", cte="8bit"),
    own("baie_excuses", "fr", "2026-04-27 15:40 +0100",
        "Julien Ferrand <j.ferrand@baiedesanges.example.fr>",
        "Re: Notre entretien téléphonique de 14h30",
        """Bonjour Monsieur Ferrand,

Je suis vraiment désolée : j'avais noté 14h30 heure anglaise, soit 15h30 chez vous. C'est
entièrement ma faute. Je suis disponible mercredi ou jeudi à l'heure qui vous arrange.

Avec toutes mes excuses,
Grace Mwangi-Holt""", parent="baie_absente", quote="plain"),
    msg("baie_refus", "rejection", "fr", "2026-05-12 17:25 +0200",
        "Julien Ferrand <j.ferrand@baiedesanges.example.fr>",
        "Suite de votre candidature - Revenue Manager",
        """Bonjour Madame Mwangi-Holt,

Je vous remercie pour notre échange de jeudi dernier.

Malheureusement, nous avons décidé de poursuivre le processus avec d'autres candidats dont le
profil correspond davantage à nos besoins actuels, notamment sur la maîtrise du français
écrit pour la relation avec nos partenaires.

Je vous souhaite une excellente continuation.

Cordialement,
Julien Ferrand
Directeur de l'Hébergement""", "Hôtel Baie des Anges", form="alt"),

    # ------------------------------------------------------------------ Riviera Hospitality Conseil
    msg("riviera_lerins_invite", "interview_invitation", "fr", "2026-05-06 09:15 +0200",
        CAMILLE, "Entretien Groupe Hôtelier Lérins - Revenue Manager Cannes",
        """Bonjour Grace,

Comme évoqué lors de notre échange, je vous confirme que le Groupe Hôtelier Lérins souhaite
vous rencontrer pour le poste de Revenue Manager multi-sites (Cannes / Antibes).

Date : jeudi 14 mai à 11h00
Lieu : siège du groupe, 12 boulevard de la Croisette, Cannes (ou en visio si vous ne pouvez
pas vous déplacer)
Interlocutrice : Mme Sandrine Oliveri, DRH

Pouvez-vous me confirmer votre présence ?

Bien à vous,
Camille Roux
Consultante associée - Riviera Hospitality Conseil
8 rue de la Liberté, 06000 Nice | +33 6 12 34 56 78""", "Groupe Hôtelier Lérins"),
    msg("riviera_lerins_report", "interview_reschedule_or_cancel", "fr",
        "2026-05-11 12:40 +0200", CAMILLE, "RE: Entretien Groupe Hôtelier Lérins",
        """Bonjour Grace,

Petit changement : Mme Oliveri doit accompagner un audit à Antibes jeudi. Le Groupe Hôtelier
Lérins propose de décaler votre entretien au mardi 19 mai à 15h00, en visio. Cela vous va ?

Bien à vous,
Camille""", "Groupe Hôtelier Lérins", parent="riviera_lerins_invite", quote="outlook",
        charset="windows-1252", cte="b64"),
    msg("riviera_lerins_refus", "rejection", "fr", "2026-05-28 18:05 +0200", CAMILLE,
        "Retour du Groupe Hôtelier Lérins",
        """Bonjour Grace,

J'ai eu ce soir le retour de Mme Oliveri. Le Groupe Hôtelier Lérins a beaucoup apprécié votre
parcours, mais a choisi de ne pas donner suite : ils privilégient un profil qui connaît déjà
la clientèle événementielle cannoise.

Je suis sincèrement déçue pour vous. On en reparle quand vous voulez.

Camille""", "Groupe Hôtelier Lérins"),
    msg("riviera_unnamed_invite", "interview_invitation", "fr", "2026-06-16 10:00 +0200",
        CAMILLE, "Nouvelle opportunité confidentielle - premier échange client",
        """Bonjour Grace,

J'ai une nouvelle mission confidentielle : un groupe de résidences de tourisme haut de gamme
sur la Côte d'Azur recherche son/sa responsable Revenue. Je ne peux pas encore vous donner le
nom, mais le client accepte de vous rencontrer en visio mercredi 24 juin à 9h30.

Êtes-vous disponible ? Je vous enverrai le lien dès votre confirmation.

Bien à vous,
Camille Roux
Riviera Hospitality Conseil""", "Riviera Hospitality Conseil", form="alt"),
    msg("riviera_unnamed_refus", "rejection", "fr", "2026-07-08 14:30 +0200", CAMILLE,
        "Mission résidences - retour du client",
        """Bonjour Grace,

Je reviens vers vous concernant la mission confidentielle. Le client a finalement décidé de
suspendre le recrutement jusqu'à la fin de la saison : le processus s'arrête donc pour
l'ensemble des candidats, vous comprise.

Je suis désolée de ne pas avoir de meilleure nouvelle. Je garde votre dossier en tête.

Camille""", "Riviera Hospitality Conseil", charset="iso-8859-1", cte="qp"),

    # ------------------------------------------------------------------ Résidences Estérel
    msg("esterel_ack", "application_received", "fr", "2026-01-26 08:40 +0100",
        "Recrutement Estérel Vacances <recrutement@esterel-vacances.example.fr>",
        "Accusé de réception de votre candidature",
        """Madame,

Nous accusons réception de votre candidature au poste d'Analyste Yield & Pricing au sein
de Résidences Estérel Vacances et vous en remercions.

Celle-ci va être examinée avec attention par nos équipes. Si votre profil correspond à nos
attentes, nous prendrons contact avec vous dans un délai de trois semaines.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Recrutement
Résidences Estérel Vacances
240 avenue de Fréjus, 83700 Saint-Raphaël""", "Résidences Estérel Vacances",
        charset="iso-8859-1", cte="qp", subj_enc=("q", "iso-8859-1")),
    msg("esterel_refus", "rejection", "fr", "2026-02-20 10:10 +0100",
        "Recrutement Estérel Vacances <recrutement@esterel-vacances.example.fr>",
        "Votre candidature - Analyste Yield & Pricing",
        """Madame,

Nous avons bien étudié votre candidature au poste d'Analyste Yield & Pricing et nous vous
remercions de l'intérêt que vous portez à notre groupe.

Nous sommes toutefois au regret de vous informer que votre profil n'a pas été retenu pour la
suite du processus. Le poste a en effet été pourvu.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Service Recrutement
Résidences Estérel Vacances""", "Résidences Estérel Vacances", form="html"),

    # ------------------------------------------------------------------ Hôtels Promenade
    msg("promenade_ack", "application_received", "fr", "2026-06-22 07:30 +0200",
        "Ressources Humaines Hôtels Promenade <rh@hotels-promenade.example.fr>",
        "Réf. RM-2026-06 : confirmation de réception",
        """Bonjour,

Nous vous confirmons la bonne réception de votre candidature au poste de Revenue Manager
Cluster (réf. RM-2026-06). Nous vous remercions de votre intérêt pour les Hôtels Promenade.

Notre équipe reviendra vers vous prochainement.

Cordialement,
Le service RH
Hôtels Promenade - 5 quai des États-Unis, 06300 Nice""", "Hôtels Promenade",
        name_enc=("q", "windows-1252"), subj_enc=("q", "utf-8")),
    msg("promenade_invite", "interview_invitation", "fr", "2026-07-02 11:55 +0200",
        "Nadia Benali <nadia.benali@hotels-promenade.example.fr>",
        "Entretien - Revenue Manager Cluster",
        """Bonjour Grace,

Nous serions ravis d'échanger avec vous autour du poste de Revenue Manager Cluster. Je vous
propose un entretien vidéo le vendredi 10 juillet à 16h00 avec moi-même et notre directeur
des opérations, M. Lucas Ginesty. L'invitation Teams est jointe.

À très bientôt,
Nadia Benali
Talent Acquisition Manager
Hôtels Promenade""", "Hôtels Promenade", form="alt_ics",
        ics={"method": "REQUEST", "uid": "promenade-rmc-0710@hotels-promenade.example.fr",
             "seq": 0, "start": "2026-07-10 16:00", "minutes": 60,
             "summary": "Entretien Revenue Manager Cluster - G. Mwangi-Holt",
             "location": "Microsoft Teams", "tz": "Europe/Paris"}),
    msg("promenade_refus", "rejection", "fr", "2026-07-24 16:45 +0200",
        "Nadia Benali <nadia.benali@hotels-promenade.example.fr>",
        "Re: Entretien - Revenue Manager Cluster",
        """Bonjour Grace,

Merci encore pour l'entretien du 10 juillet, que nous avons beaucoup apprécié.

Après de longues discussions, nous avons décidé de confier le poste à une candidate interne
qui connaît déjà nos trois établissements. Ce n'est donc pas une issue positive pour vous
cette fois-ci, et j'en suis désolée.

Très belle fin d'été,
Nadia""", "Hôtels Promenade", parent="promenade_invite", quote="plain"),
]
