"""Everything else: job-alert digests and newsletters, the candidate's own mail, press and
podcast interviews, user research, parcels, banks, landlords, doctors, friends' own news,
refused course places, head-hunters with no event, out-of-office replies."""

from __future__ import annotations

from msgs300_common import CAND, html_shell, paras, spec

LIST_FR = {
    "List-Id": "Alertes EmploiCuisine <alertes.emploicuisine.example.fr>",
    "List-Unsubscribe": "<https://emploicuisine.example.fr/desabonnement?u=8812>, "
                        "<mailto:desabonnement@emploicuisine.example.fr>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

_alert1 = """Bonjour Théo,

12 nouvelles offres correspondent à votre alerte « responsable de production - Nantes (30 km) » :

1. Responsable de production H/F - Cuisine centrale - Saint-Herblain - CDI
2. Chef de cuisine collective H/F - EHPAD - Rezé - CDI
3. Second de cuisine H/F - Restaurant d'entreprise - Nantes Île de Nantes - CDD 6 mois
4. Responsable de site restauration H/F - Carquefou - CDI
... et 8 autres offres.

Le conseil de la semaine : un entretien d'embauche se prépare ! Relisez l'annonce, préparez trois exemples concrets de situations gérées en cuisine et n'ayez pas peur de parler de vos échecs. Un refus n'est jamais définitif : malheureusement, 70 % des candidats abandonnent après la première réponse négative.

Voir toutes les offres : https://emploicuisine.example.fr/alertes/8812

Vous recevez cet e-mail car vous avez créé une alerte sur EmploiCuisine. Se désabonner : https://emploicuisine.example.fr/desabonnement?u=8812"""

_alert2 = """Bonjour Théo,

Votre alerte « F&B manager / responsable restauration - Bordeaux » : 5 nouvelles offres cette semaine.

- F&B Manager H/F - Hôtel 4* - Bordeaux centre - CDI
- Responsable restauration H/F - Clinique - Pessac - CDI
- Chef de production traiteur H/F - Mérignac - CDI
- Responsable de self H/F - Lycée agricole - Blanquefort - CDD
- Assistant F&B Manager H/F - Arcachon - Saisonnier

À lire sur le blog : « Entretien annulé ou reporté par le recruteur : que faire ? » et « Pas de réponse après l'entretien : quand relancer ? ».

Gérer mes alertes : https://emploicuisine.example.fr/alertes
Se désabonner : https://emploicuisine.example.fr/desabonnement?u=8812"""

_newsletter_fr = """LE FIL DE LA RESTAURATION COLLECTIVE - n° 142 - avril 2026

À LA UNE
Loi EGalim : où en sont les cantines scolaires ? Notre enquête auprès de 40 syndicats intercommunaux.

CARRIÈRES
« J'ai essuyé six refus avant de décrocher mon poste de chef de production » : témoignage d'une ancienne cheffe de partie devenue responsable de cuisine centrale. Malheureusement, beaucoup de candidats venus de la restauration commerciale sous-estiment l'importance de la gestion des coûts en entretien.

AGENDA
Salon Restau'Co Ouest, 12-13 mai, Parc des expositions de Nantes.

Vous recevez cette lettre car vous êtes abonné au Fil de la Restauration Collective. Pour vous désinscrire, cliquez ici."""

_newsletter_de = """Gastro-Jobs Berlin - Dein Wochen-Update

Neue Stellen für Dich:
- Küchenchef (m/w/d) Betriebsrestaurant - Berlin-Adlershof
- Produktionsleitung (m/w/d) Zentralküche - Berlin-Tempelhof
- F&B Manager (m/w/d) Boutique-Hotel - Berlin-Mitte

Karriere-Tipp der Woche: Absage erhalten? Leider gehört das dazu. Frag nach Feedback und bereite Dich auf das nächste Vorstellungsgespräch vor: Unsere Checkliste zeigt, welche Fragen im Interview immer wieder kommen.

Du erhältst diesen Newsletter, weil Du Dich auf gastro-jobs-berlin.example.de angemeldet hast. Abmelden: https://gastro-jobs-berlin.example.de/abmelden"""

_boletin_es = """Boletín semanal de ofertas - EmpleoHostelería Euskadi

Hola Théo, estas son las ofertas de la semana que encajan con tu perfil:

- Jefe/a de cocina para colectividades - Donostia - Indefinido
- Responsable de F&B - Hotel 4* - Bilbao - Indefinido
- Jefe/a de producción - Catering de eventos - Hernani - Temporada

Consejo: ¿te han rechazado en una entrevista? Lamentablemente es habitual. Pide siempre una valoración y prepara la siguiente entrevista con nuestra guía gratuita.

Para darte de baja de este boletín, pulsa aquí."""

MESSAGES = [
    # ---------------- French
    spec(
        key="alert_emploicuisine_jan", kind="other", lang="fr", company="", contact="",
        frm=("EmploiCuisine", "alertes@emploicuisine.example.fr"),
        date="2026-01-19 07:00 +0100", system=True,
        subject="12 nouvelles offres pour « responsable de production - Nantes »",
        body=_alert1, html=html_shell(paras(_alert1), "EmploiCuisine"),
        headers=LIST_FR,
    ),
    spec(
        key="alert_emploicuisine_jun", kind="other", lang="fr", company="", contact="",
        frm=("EmploiCuisine", "alertes@emploicuisine.example.fr"),
        date="2026-06-01 07:00 +0200", system=True,
        subject="Votre alerte emploi : 5 nouvelles offres à Bordeaux",
        html=html_shell(paras(_alert2), "EmploiCuisine"), headers=LIST_FR,
        html_cte="quoted-printable",
    ),
    spec(
        key="newsletter_fil", kind="other", lang="fr", company="", contact="",
        frm=("Le Fil de la Restauration Collective", "newsletter@lefil-restoco.example.fr"),
        date="2026-04-15 06:30 +0200",
        subject="Le Fil n° 142 : EGalim, témoignages et carrière",
        body=_newsletter_fr,
        headers={"List-Id": "Le Fil <lefil.lefil-restoco.example.fr>",
                 "List-Unsubscribe": "<https://lefil-restoco.example.fr/unsub/44>",
                 "Precedence": "bulk"},
        charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="own_app_loire", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("François Josse", "f.josse@loire-traiteur.example.fr"),
        date="2026-06-15 22:10 +0200",
        subject="Candidature - Responsable de production",
        body="""Bonjour Monsieur Josse,

Sous-chef depuis six ans à la Brasserie du Commerce à Nantes (350 couverts/jour), je souhaite évoluer vers la gestion d'une production traiteur. C'est pourquoi votre offre de responsable de production a retenu toute mon attention.

J'ai l'habitude de planifier les productions, de gérer les commandes fournisseurs et d'encadrer une équipe de huit personnes, dans le respect strict du plan de maîtrise sanitaire.

Vous trouverez mon CV en pièce jointe. Je serais ravi de vous rencontrer pour en discuter.

Bien cordialement,
Théo Marchand
06 12 34 56 78""",
        pdfs=[("CV_Theo_Marchand.pdf", [
            "Theo Marchand - Sous-chef / Responsable de production",
            "Nantes - theo.marchand@example.fr",
            "2020-2026 : Sous-chef, Brasserie du Commerce, Nantes (350 couverts/jour)",
            "2016-2020 : Chef de partie, Hotel de la Baule",
            "Formation : BTS Management en hotellerie-restauration; HACCP",
        ])],
        cte="8bit",
    ),
    spec(
        key="own_app_delvaux", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("Traiteur Delvaux", "jobs.delvaux@delvaux-traiteur.example.be"),
        date="2026-06-08 19:35 +0200",
        subject="Candidature Production Manager",
        body="""Madame, Monsieur,

J'ai découvert votre maison en préparant un séjour à Bruxelles et j'ai été impressionné par l'ampleur de vos prestations événementielles. Je me permets de vous adresser ma candidature spontanée pour un poste d'encadrement de la production.

Actuellement sous-chef à Nantes, je cherche à m'orienter vers le management de production et je suis prêt à m'installer en Belgique.

Je reste à votre disposition pour un entretien.

Cordialement,
Théo Marchand""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="own_resched_hestia", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("Marc Aubry", "marc.aubry@hestia-recrutement.example.fr"),
        date="2026-03-26 08:02 +0100",
        subject="RE: Rencontre avec Océane Restauration - mardi 31 mars",
        parent="hestia_invite", quote="fr",
        body="""Bonjour Marc,

Merci beaucoup. Petite difficulté : mon chef vient de me mettre en service le mardi 31 au midi. Serait-il possible de demander à M. Le Bihan un créneau en fin d'après-midi, ou le mercredi 1er avril ? Si ce n'est pas possible, je m'arrangerai.

Bonne journée,
Théo""",
    ),
    spec(
        key="own_followup_eurocantine", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("Eurocantine RH", "rh@eurocantine.example.be"),
        date="2026-05-04 09:12 +0200",
        subject="Relance - candidature Responsable de production (Evere)",
        body="""Bonjour,

J'ai postulé le 14 avril au poste de Responsable de production pour votre site d'Evere. Je me permets de vous relancer afin de savoir où en est le processus de recrutement.

Je reste très motivé par ce poste et disponible pour un échange à votre convenance.

Bien cordialement,
Théo Marchand""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="own_apology_reze", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("DRH Ville de Rezé", "drh@mairie-reze.example.fr"),
        date="2026-09-07 18:40 +0200",
        subject="RE: Votre absence à l'entretien du 7 septembre",
        parent="reze_absent", quote="fr",
        body="""Madame, Monsieur,

Je vous prie de bien vouloir excuser mon absence à l'entretien de cet après-midi. J'ai été retenu aux urgences avec mon fils et je n'ai pas pu prévenir à temps.

Je souhaite maintenir ma candidature et me tiens à votre disposition pour toute nouvelle date.

Respectueusement,
Théo Marchand""",
    ),
    spec(
        key="colis_retard", kind="other", lang="fr", company="", contact="",
        frm=("Couteaux du Chef", "commandes@couteauxduchef.example.fr"),
        date="2026-02-11 12:15 +0100", system=True,
        subject="Malheureusement, votre colis est retardé (commande n° 48221)",
        body="""Bonjour Théo,

Malheureusement, votre colis (commande n° 48221 : couteau d'office 10 cm et fusil à aiguiser) a pris du retard chez notre transporteur en raison des intempéries.

Nouvelle date de livraison estimée : lundi 16 février.

Nous vous prions de nous excuser pour ce contretemps. Aucune action n'est nécessaire de votre part.

Le service client Couteaux du Chef""",
        cte="quoted-printable",
    ),
    spec(
        key="banque_position", kind="other", lang="fr", company="", contact="",
        frm=("Banque Atlantique Mutuelle", "ne-pas-repondre@banque-atlantique.example.fr"),
        date="2026-03-02 05:10 +0100", system=True,
        subject="Votre relevé de position mensuel est disponible",
        html=html_shell(paras("""Bonjour M. Marchand,

Votre relevé de position au 28 février 2026 est disponible dans votre espace client.

Position de vos comptes : compte courant et livret A. Consultez le détail de vos opérations en vous connectant.

Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail."""),
                        "Banque Atlantique Mutuelle", "Ceci est un message automatique."),
        charset="iso-8859-1", html_cte="quoted-printable",
    ),
    spec(
        key="visite_appart", kind="other", lang="fr", company="", contact="g.tessier@example.fr",
        frm=("Gérard Tessier", "g.tessier@example.fr"),
        date="2026-08-29 10:05 +0200",
        subject="Visite de l'appartement rue Mondésir",
        body="""Bonjour Monsieur Marchand,

Suite à votre appel, je vous confirme la visite de l'appartement T3 au 14 rue Mondésir le samedi 5 septembre à 11h00. Je serai sur place avec les clés ; merci d'apporter vos trois derniers bulletins de salaire si vous souhaitez déposer un dossier.

Cordialement,
Gérard Tessier""",
        name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="rappel_dentiste", kind="other", lang="fr", company="", contact="",
        frm=("Cabinet dentaire des Olivettes", "no-reply@rdv-sante.example.fr"),
        date="2026-03-20 18:00 +0100",
        subject="Rappel : votre rendez-vous du lundi 23 mars à 8h45",
        body="""Bonjour Théo Marchand,

Nous vous rappelons votre rendez-vous avec le Dr Anne Caillaud (chirurgien-dentiste) :
lundi 23 mars 2026 à 8h45
Cabinet dentaire des Olivettes, 9 rue des Olivettes, 44000 Nantes

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis votre compte.

Ce message est envoyé automatiquement.""",
        cte="base64",
    ),
    spec(
        key="ami_refus", kind="other", lang="fr", company="", contact="julien.roux@example.fr",
        frm=("Julien Roux", "julien.roux@example.fr"),
        date="2026-02-27 23:14 +0100",
        subject="Bon ben c'est non pour moi",
        body="""Salut Théo,

Je viens d'avoir la réponse de l'Hôtel des Dunes à Pornic : c'est un refus. « Nous avons retenu un candidat dont l'expérience correspond davantage… », la phrase habituelle quoi. Deux entretiens et une journée d'essai pour ça, je suis dégoûté.

Et toi, ça avance tes candidatures ? On se fait une bière samedi pour se remonter le moral ?

Ju""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="amie_fwd_invite", kind="other", lang="fr", company="", contact="manon.gueguen@example.fr",
        frm=("Manon Guéguen", "manon.gueguen@example.fr"),
        date="2026-05-19 20:31 +0200",
        subject="TR: Invitation à un entretien - Cheffe de partie",
        body="""Coucou Théo,

Regarde ce que je viens de recevoir ! Mon premier entretien pour un poste de cheffe de partie, à La Table du Port. Tu as des conseils ? Tu es passé par là tellement de fois cette année…

Bises,
Manon""",
        fwd=spec(
            key="amie_fwd_inner",
            frm=("La Table du Port", "contact@latableduport.example.fr"),
            to=("Manon Guéguen", "manon.gueguen@example.fr"),
            date="2026-05-19 17:02 +0200",
            subject="Invitation à un entretien - Cheffe de partie",
            body="""Bonjour Manon,

Nous avons bien reçu votre candidature et nous serions heureux de vous rencontrer pour un entretien le vendredi 22 mai à 15h00 au restaurant, quai de la Fosse.

Merci de nous confirmer votre venue.

Le Chef, Erwan Le Dantec
La Table du Port""",
            charset="utf-8", cte="8bit",
        ),
        name_enc=("utf-8", "b"),
    ),
    spec(
        key="radio_estuaire", kind="other", lang="fr", company="", contact="lea.morvan@radio-estuaire.example.fr",
        frm=("Léa Morvan", "lea.morvan@radio-estuaire.example.fr"),
        date="2026-01-29 11:40 +0100",
        subject="Demande d'interview - émission « Ça mijote »",
        body="""Bonjour Théo,

Je suis journaliste à Radio Estuaire. Nous préparons un numéro de notre émission culinaire « Ça mijote » consacré aux cuisiniers qui passent de la restauration traditionnelle à la restauration collective.

Votre nom nous a été donné par le lycée hôtelier de Guérande. Accepteriez-vous de nous accorder une interview d'une vingtaine de minutes, en direct ou enregistrée, début février ?

Merci d'avance et belle journée,
Léa Morvan
Journaliste - Radio Estuaire 101.3""",
        subj_enc=("utf-8", "q"),
    ),
    spec(
        key="presse_echo", kind="other", lang="fr", company="", contact="redaction@echo-erdre.example.fr",
        frm=("L'Écho de l'Erdre - Rédaction", "redaction@echo-erdre.example.fr"),
        date="2026-06-25 15:20 +0200",
        subject="Interview pour notre dossier « cantines bio »",
        body="""Bonjour Monsieur Marchand,

Dans le cadre d'un dossier sur la restauration scolaire bio dans le nord de l'agglomération nantaise, nous aimerions recueillir votre témoignage de cuisinier (un entretien téléphonique de 15 minutes et une photo).

Seriez-vous disponible la semaine prochaine ?

Bien cordialement,
Pierre-Yves Nédélec, pour la rédaction de L'Écho de l'Erdre""",
        name_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="ux_brigade", kind="other", lang="fr", company="", contact="ines@brigade-app.example.fr",
        frm=("Inès de l'équipe Brigade", "ines@brigade-app.example.fr"),
        date="2026-02-18 14:48 +0100",
        subject="30 minutes pour nous aider à améliorer Brigade ? (bon d'achat de 40 €)",
        body="""Bonjour Théo,

Vous utilisez Brigade pour planifier les productions de votre cuisine depuis quelques mois. Nous menons des entretiens utilisateurs pour préparer la prochaine version de l'application : 30 minutes en visio, pour comprendre comment vous organisez vos fiches techniques et vos commandes.

En remerciement, nous vous offrons un bon d'achat de 40 €. Si cela vous tente, réservez votre créneau ici : https://brigade-app.example.fr/recherche

Merci !
Inès Belkacem
UX Researcher - Brigade""",
    ),
    spec(
        key="formation_refus", kind="other", lang="fr", company="", contact="",
        frm=("Institut Culinaire de l'Atlantique", "admissions-noreply@ica-formation.example.fr"),
        date="2026-07-08 09:00 +0200",
        subject="Résultat de votre candidature - Titre Manager en restauration collective",
        body="""Bonjour Théo Marchand,

Nous vous remercions pour votre candidature à la formation « Manager en restauration collective » (session de septembre 2026, en formation continue).

Après étude des dossiers par la commission pédagogique, nous avons le regret de vous informer que votre candidature n'a pas été retenue : le nombre de places finançables par les OPCO étant limité, la priorité a été donnée aux salariés en poste dans la restauration collective.

Vous pouvez candidater à nouveau pour la session de février 2027.

Le service des admissions
Institut Culinaire de l'Atlantique""",
        charset="windows-1252", cte="base64",
    ),
    spec(
        key="chasseur_fr", kind="other", lang="fr", company="", contact="b.lacombe@altitude-executive.example.fr",
        frm=("Bérénice Lacombe", "b.lacombe@altitude-executive.example.fr"),
        date="2026-04-27 13:10 +0200",
        subject="Votre parcours en restauration",
        body="""Bonjour Théo,

Je suis consultante chez Altitude Executive, cabinet spécialisé dans les métiers de l'hôtellerie et de la restauration. Votre profil de sous-chef en évolution vers le management de production m'a interpellée.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais j'accompagne régulièrement des groupes de restauration collective et des hôtels dans le Grand Ouest. Seriez-vous ouvert à ce que nous restions en contact ?

Bien à vous,
Bérénice Lacombe
Consultante - Altitude Executive
01 84 00 27 61""",
        name_enc=("utf-8", "q"),
    ),
    spec(
        key="absence_delmas", kind="other", lang="fr", company="", contact="margaux.delmas@hotels-lumiere.example.fr",
        frm=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-02-16 09:01 +0100",
        subject="Réponse automatique : Candidature F&B Manager - question",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Bonjour,

Je suis absente du bureau jusqu'au mercredi 18 février inclus, avec un accès limité à ma messagerie. Votre message sera traité à mon retour.

Pour toute demande urgente, vous pouvez contacter le service RH au 05 56 00 72 30.

Margaux Delmas
Hôtels Lumière Atlantique""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="salle_sport_annule", kind="other", lang="fr", company="", contact="",
        frm=("Salle Énergie Nantes Sud", "no-reply@energie-fitness.example.fr"),
        date="2026-03-11 16:30 +0100",
        subject="Annulation : votre cours de cross-training du jeudi 12 mars",
        body="""Bonjour Théo,

Nous sommes désolés : le cours de cross-training du jeudi 12 mars à 19h00 est annulé en raison de l'absence de votre coach. Votre séance a été recréditée sur votre compte.

Vous pouvez réserver un autre créneau dans l'application.

Sportivement,
L'équipe Énergie Nantes Sud""",
        name_enc=("utf-8", "b"), subj_enc=None,
    ),
    spec(
        key="mutuelle_rejet", kind="other", lang="fr", company="", contact="",
        frm=("Mutuelle des Métiers de Bouche", "notification@mmb-sante.example.fr"),
        date="2026-05-22 07:45 +0200",
        subject="Rejet de votre demande de remboursement n° 2026-118742",
        body="""Bonjour M. Marchand,

Votre demande de remboursement n° 2026-118742 (soins dentaires du 23/03/2026) a été rejetée : la facture transmise est illisible.

Merci de déposer une nouvelle copie de la facture dans votre espace adhérent afin que nous puissions traiter votre dossier.

Votre Mutuelle des Métiers de Bouche""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="webinaire_entretien", kind="other", lang="fr", company="", contact="",
        frm=("Réseau Cuisine & Carrières", "evenements@cuisine-carrieres.example.fr"),
        date="2026-01-21 12:00 +0100", system=True,
        subject="Inscription confirmée : webinaire « Réussir son entretien d'embauche »",
        body="""Bonjour Théo,

Votre inscription au webinaire « Réussir son entretien d'embauche en restauration collective » est confirmée.

Jeudi 29 janvier 2026, de 18h30 à 19h30, en ligne.
Au programme : les questions pièges des recruteurs, comment parler de ses coûts matière, et que faire après un refus.

Le lien de connexion vous sera envoyé une heure avant le début.

L'équipe du Réseau Cuisine & Carrières""",
        headers={"List-Id": "Evenements <evenements.cuisine-carrieres.example.fr>",
                 "Precedence": "bulk"},
        subj_enc=("windows-1252", "q"),
    ),

    # ---------------- English
    spec(
        key="podcast_pass", kind="other", lang="en", company="", contact="nina@thepasspodcast.example.com",
        frm=("Nina Hallett", "nina@thepasspodcast.example.com"),
        date="2026-06-17 11:11 +0100",
        subject="Interview request - The Pass podcast",
        body="""Hi Théo,

I produce The Pass, a podcast about life behind the kitchen door. We're doing an episode on chefs who move from restaurant lines into large-scale catering, and a friend at Copperpot Recruitment mentioned you.

Would you be up for a 40-minute recorded interview over Zoom sometime in July? No preparation needed, just your stories.

Thanks,
Nina Hallett
Producer, The Pass""",
    ),
    spec(
        key="caterjobs_digest", kind="other", lang="en", company="", contact="",
        frm=("CaterJobs UK", "digest@caterjobs.example.co.uk"),
        date="2026-03-16 06:00 +0000", system=True,
        subject="Your weekly CaterJobs digest: 9 new roles in London",
        body="""Hi Théo,

Here are this week's roles matching "catering operations manager - London":

* Catering Operations Manager - University campus, Bloomsbury
* Central Production Kitchen Manager - Park Royal
* F&B Manager - Boutique hotel, Marylebone
* Head Chef - Staff restaurant, Canary Wharf

Career corner: "Unfortunately, we won't be progressing your application" - how to turn a rejection into feedback, and five interview questions every catering manager should be ready for.

You're receiving this because you signed up for job alerts. Unsubscribe: https://caterjobs.example.co.uk/unsubscribe?id=55102""",
        headers={"List-Id": "CaterJobs weekly digest <digest.caterjobs.example.co.uk>",
                 "List-Unsubscribe": "<https://caterjobs.example.co.uk/unsubscribe?id=55102>",
                 "Precedence": "bulk"},
        cte="quoted-printable",
    ),
    spec(
        key="ooo_priya", kind="other", lang="en", company="", contact="priya.natarajan@harbourline.example.co.uk",
        frm=("Priya Natarajan", "priya.natarajan@harbourline.example.co.uk"),
        date="2026-03-14 17:02 +0000",
        subject="Automatic reply: Re: Interview: F&B Operations Manager at Harbourline Hospitality",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Thank you for your email. I'm out of the office until Monday 16 March with limited access to email.

For urgent recruitment queries please contact talent@harbourline.example.co.uk.

Best regards,
Priya""",
    ),
    spec(
        key="friend_dan", kind="other", lang="en", company="", contact="dan.mercer@example.co.uk",
        frm=("Dan Mercer", "dan.mercer@example.co.uk"),
        date="2026-04-03 22:47 +0100",
        subject="so that's a no from the Savoy-lite",
        body="""Mate,

Remember the hotel job I was buzzing about? Got the email today - "after careful consideration we have decided not to proceed with your application". Three interviews! At least they were polite about it.

Anyway, how's your London hunt going? If you come over for any interviews, you've got a sofa in Peckham.

Dan""",
        charset="windows-1252", cte="8bit",
    ),

    # ---------------- German
    spec(
        key="gastrojobs_newsletter", kind="other", lang="de", company="", contact="",
        frm=("Gastro-Jobs Berlin", "newsletter@gastro-jobs-berlin.example.de"),
        date="2026-05-13 08:00 +0200",
        subject="Dein Wochen-Update: 3 neue Stellen und Tipps nach einer Absage",
        body=_newsletter_de,
        html=html_shell(paras(_newsletter_de), "Gastro-Jobs Berlin"),
        headers={"List-Id": "Gastro-Jobs Berlin Newsletter <news.gastro-jobs-berlin.example.de>",
                 "List-Unsubscribe": "<https://gastro-jobs-berlin.example.de/abmelden>",
                 "Precedence": "bulk"},
        charset="iso-8859-1",
    ),
    spec(
        key="own_bewerbung_festmahl", kind="other", lang="de", company="", contact="",
        frm=CAND, to=("Festmahl Eventcatering", "jobs@festmahl.example.de"),
        date="2026-07-01 21:05 +0200",
        subject="Bewerbung als Produktionsleitung",
        body="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Anzeige für die Produktionsleitung gelesen. Ich bin seit sechs Jahren Sous-Chef in einer Brasserie in Nantes mit bis zu 350 Gedecken täglich und möchte mich nun in Richtung Produktionsmanagement weiterentwickeln.

Mein Deutsch ist solide (B2), und ich lerne weiter. Meinen Lebenslauf finden Sie im Anhang.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Théo Marchand""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="paket_verspaetet", kind="other", lang="de", company="", contact="",
        frm=("Paketdienst Blitzpost", "benachrichtigung@blitzpost.example.de"),
        date="2026-07-21 10:17 +0200", system=True,
        subject="Leider verzögert sich Ihre Sendung",
        body="""Hallo Théo Marchand,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094042557 (Absender: Messerwerk Solingen) aufgrund eines erhöhten Sendungsaufkommens.

Neuer voraussichtlicher Zustelltermin: Freitag, 24.07.2026.

Wir bitten um Entschuldigung.
Ihr Blitzpost-Team

Diese E-Mail wurde automatisch versendet.""",
        cte="base64",
    ),
    spec(
        key="wohnung_besichtigung", kind="other", lang="de", company="", contact="karin.vogt@example.de",
        frm=("Karin Vogt", "karin.vogt@example.de"),
        date="2026-07-16 19:22 +0200",
        subject="Besichtigungstermin Wohnung Herzbergstraße",
        body="""Hallo Herr Marchand,

gerne können Sie sich die 2-Zimmer-Wohnung in der Herzbergstraße 12 ansehen. Wie wäre es am Donnerstag, 23. Juli, um 18 Uhr? Ich bin dann vor Ort.

Bitte bringen Sie eine Schufa-Auskunft oder einen vergleichbaren Nachweis mit.

Freundliche Grüße
Karin Vogt""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="arzt_termin", kind="other", lang="de", company="", contact="",
        frm=("Praxis Dr. med. Yilmaz", "termine-noreply@praxis-yilmaz.example.de"),
        date="2026-07-20 07:30 +0200",
        subject="Terminerinnerung: Mittwoch, 22.07.2026, 08:15 Uhr",
        body="""Guten Tag Herr Marchand,

wir erinnern Sie an Ihren Termin in unserer Praxis für Allgemeinmedizin:

Mittwoch, 22.07.2026, 08:15 Uhr
Praxis Dr. med. Deniz Yilmaz, Frankfurter Allee 201, 10365 Berlin

Bitte bringen Sie Ihre Versichertenkarte bzw. Ihre europäische Krankenversicherungskarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher ab.

Ihr Praxisteam""",
        subj_enc=None,
    ),
    spec(
        key="magazin_interview", kind="other", lang="de", company="", contact="t.albrecht@kueche-kantine.example.de",
        frm=("Tobias Albrecht", "t.albrecht@kueche-kantine.example.de"),
        date="2026-08-19 14:40 +0200",
        subject="Interviewanfrage für „Küche & Kantine“",
        body="""Hallo Herr Marchand,

ich schreibe für das Fachmagazin „Küche & Kantine“. Für unsere Herbstausgabe porträtieren wir Köche aus dem Ausland, die in der deutschen Gemeinschaftsverpflegung Fuß fassen wollen. Nils Hoffmeister hat mir Ihren Namen genannt.

Hätten Sie Lust auf ein Interview von etwa 30 Minuten, gerne per Telefon? Es geht um Ihre Erfahrungen, nicht um Ihren Arbeitgeber.

Beste Grüße
Tobias Albrecht
Redakteur, Küche & Kantine""",
        subj_enc=("utf-8", "b"), name_enc=None,
    ),
    spec(
        key="ooo_wolters", kind="other", lang="de", company="", contact="jana.wolters@spreekueche.example.de",
        frm=("Jana Wolters", "jana.wolters@spreekueche.example.de"),
        date="2026-04-24 08:12 +0200",
        subject="Abwesenheitsnotiz: Neuer Termin?",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@spreekueche.example.de.

Mit freundlichen Grüßen
Jana Wolters""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="sprachkurs_absage", kind="other", lang="de", company="", contact="",
        frm=("Sprachschule Kiezwort", "anmeldung-noreply@kiezwort.example.de"),
        date="2026-08-05 11:00 +0200",
        subject="Absage: Intensivkurs Deutsch C1 (September)",
        body="""Hallo Théo Marchand,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 ab 7. September 2026.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen nun auf der Warteliste; der nächste Kurs beginnt am 2. November.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Kiezwort""",
        cte="quoted-printable",
    ),
    spec(
        key="headhunter_de", kind="other", lang="de", company="", contact="a.schellenberg@spitzenkoepfe.example.de",
        frm=("Anja Schellenberg", "a.schellenberg@spitzenkoepfe.example.de"),
        date="2026-09-14 09:55 +0200",
        subject="Ihr Profil - Austausch?",
        body="""Guten Tag Herr Marchand,

ich bin Personalberaterin bei Spitzenköpfe Executive Search und auf Hotellerie und Gemeinschaftsverpflegung spezialisiert. Ihr Profil ist mir auf einem Karrierenetzwerk aufgefallen.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne in unser Netzwerk aufnehmen. Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch?

Beste Grüße
Anja Schellenberg
Spitzenköpfe Executive Search, Berlin""",
        charset="iso-8859-1", cte="base64", subj_enc=None,
    ),

    # ---------------- Spanish
    spec(
        key="boletin_empleo", kind="other", lang="es", company="", contact="",
        frm=("EmpleoHostelería Euskadi", "boletin@empleohosteleria.example.es"),
        date="2026-05-25 08:00 +0200", system=True,
        subject="Boletín semanal: 3 ofertas nuevas para ti",
        body=_boletin_es,
        html=html_shell(paras(_boletin_es), "EmpleoHostelería Euskadi"),
        headers={"List-Id": "Boletin EmpleoHosteleria <boletin.empleohosteleria.example.es>",
                 "List-Unsubscribe": "<mailto:baja@empleohosteleria.example.es>",
                 "Precedence": "bulk"},
        name_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="own_candidatura_urgull", kind="other", lang="es", company="", contact="",
        frm=CAND, to=("Catering Urgull", "info@cateringurgull.example.es"),
        date="2026-04-20 21:48 +0200",
        subject="Candidatura - jefe de producción",
        body="""Buenas noches:

Me llamo Théo Marchand, soy segundo de cocina en Nantes (Francia) y me gustaría presentar mi candidatura al puesto de jefe de producción que han publicado.

Tengo experiencia en cocinas de gran volumen, planificación de producción y gestión de equipos, y hablo castellano con fluidez. Estoy dispuesto a trasladarme a Donostia.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un saludo cordial,
Théo Marchand""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="radio_kosta", kind="other", lang="es", company="", contact="maialen@kostairratia.example.es",
        frm=("Maialen Urkiola", "maialen@kostairratia.example.es"),
        date="2026-07-02 12:30 +0200",
        subject="Entrevista para «Sukalde Irekia» en Kosta Irratia",
        body="""Hola Théo:

Soy Maialen, de Kosta Irratia. Estamos preparando un programa sobre cocineros franceses que trabajan o quieren trabajar en Gipuzkoa y nos encantaría entrevistarte para «Sukalde Irekia», nuestro espacio de gastronomía.

Sería una entrevista de unos 15 minutos por teléfono, grabada. ¿Te animas?

Un saludo,
Maialen Urkiola
Kosta Irratia""",
        subj_enc=("utf-8", "b"),
    ),
    spec(
        key="banco_posicion", kind="other", lang="es", company="", contact="",
        frm=("Banco Cantábrico Norte", "avisos@bancocantabriconorte.example.es"),
        date="2026-08-01 06:00 +0200", system=True,
        subject="Tu posición global a 31 de julio",
        body="""Hola Théo:

Ya tienes disponible en la banca online el extracto con la posición global de tus productos a 31 de julio de 2026.

Recuerda que nunca te pediremos tus claves por correo electrónico.

Banco Cantábrico Norte""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="paquete_retraso", kind="other", lang="es", company="", contact="",
        frm=("TiendaChef", "pedidos-noreply@tiendachef.example.es"),
        date="2026-09-21 13:05 +0200",
        subject="Lamentablemente, tu pedido llegará más tarde",
        body="""Hola Théo:

Lamentablemente, tu pedido n.º TC-77120 (chaquetilla de cocina y delantal) sufre un retraso en el almacén. La nueva fecha estimada de entrega es el 28 de septiembre.

Disculpa las molestias. Si lo prefieres, puedes cancelar el pedido sin coste desde tu cuenta.

El equipo de TiendaChef""",
        cte="base64",
    ),
    spec(
        key="curso_denegado", kind="other", lang="es", company="", contact="",
        frm=("Escuela de Cocina Loreto", "inscripciones-noreply@escuelaloreto.example.es"),
        date="2026-08-24 10:40 +0200",
        subject="Resolución de tu solicitud: curso de cocina vasca profesional",
        body="""Hola Théo:

Te agradecemos tu solicitud de plaza en el curso «Cocina vasca profesional» (octubre-diciembre 2026).

Lamentamos comunicarte que no ha sido admitida: las plazas subvencionadas están reservadas a personas empadronadas en Gipuzkoa. Puedes matricularte en la modalidad sin subvención hasta el 15 de septiembre.

Escuela de Cocina Loreto""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="amiga_ane", kind="other", lang="es", company="", contact="ane.lizarraga@example.es",
        frm=("Ane Lizarraga", "ane.lizarraga@example.es"),
        date="2026-06-05 23:02 +0200",
        subject="me han dicho que no :(",
        body="""¡Hola Théo!

¿Te acuerdas de la entrevista que tenía en el hotel de Biarritz? Pues hoy me han escrito: «lamentablemente hemos decidido seguir con otros candidatos». Qué rabia, después de la prueba de pastelería y todo.

Bueno, ya saldrá otra cosa. ¿Y lo tuyo con el ferry? Cuéntame.

Un beso,
Ane""",
        cte="8bit",
    ),
]
