# ruff: noqa
"""Corpus 254 - messages of kind `other` (52), hand-written: the candidate's own mail, digests,
newsletters, notifications, auto-replies, and mail that uses job words in another sense."""

from __future__ import annotations

from msgs254_common import CANDIDATE, SIG_EN, SIG_FR, digest_html, digest_text

LIST_FR = [("Precedence", "bulk"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

_ALERT_FR_ITEMS = [
    ("Planificateur(trice) des opérations portuaires - Brest (CDI)",
     "https://emploi-mer.example.fr/offres/88412?utm_source=alerte",
     "Port de commerce de Brest - entretien en deux étapes, poste à pourvoir en avril"),
    ("Coordinateur(trice) escales - Lorient",
     "https://emploi-mer.example.fr/offres/88391?utm_source=alerte",
     "Armement de pêche hauturière - expérience embarquée appréciée"),
    ("Agent d'exploitation maritime - Saint-Nazaire (intérim 6 mois)",
     "https://emploi-mer.example.fr/offres/88377?utm_source=alerte",
     "Parc éolien en mer - travail en horaires décalés"),
    ("Affréteur junior - Le Havre",
     "https://emploi-mer.example.fr/offres/88350?utm_source=alerte",
     "Commissionnaire de transport - anglais courant exigé"),
    ("Conseil : que faire après un refus de candidature ?",
     "https://emploi-mer.example.fr/conseils/apres-un-refus?utm_source=alerte",
     "Nos conseillers répondent à la question la plus posée de février"),
]

_WEEKLY_EN_ITEMS = [
    ("Marine Planner - Aberdeen harbour (permanent)",
     "https://maritimejobsweekly.example.com/j/55120?ref=digest",
     "Two-stage interview; shift allowance; apply by 10 July"),
    ("Vessel Scheduler - Bremerhaven (English-speaking team)",
     "https://maritimejobsweekly.example.com/j/55098?ref=digest",
     "Offshore wind logistics, relocation support"),
    ("Port Operations Coordinator - Antwerp",
     "https://maritimejobsweekly.example.com/j/55061?ref=digest",
     "Dutch or French an advantage"),
    ("Interview tips: how to talk about sea time to a shore-based panel",
     "https://maritimejobsweekly.example.com/advice/sea-time-interview?ref=digest",
     "Five answers hiring managers want to hear"),
    ("Why your application was rejected (and what to fix)",
     "https://maritimejobsweekly.example.com/advice/rejected-why?ref=digest",
     "Reader survey: 1,200 rejections analysed"),
    ("Salary guide 2026: marine operations",
     "https://maritimejobsweekly.example.com/salary-guide-2026?ref=digest",
     "Download the free PDF"),
]

_STELLEN_DE_ITEMS = [
    ("Disponent Hafenlogistik (m/w/d) - Bremerhaven",
     "https://hafenjobs.example.de/stelle/30991?src=alarm",
     "Containerterminal, Vollzeit, Einstieg nach Vereinbarung"),
    ("Einsatzplaner Offshore (m/w/d) - Cuxhaven",
     "https://hafenjobs.example.de/stelle/30984?src=alarm",
     "Englisch im Team, Schichtzulage"),
    ("Nautischer Koordinator (m/w/d) - Bremerhaven",
     "https://hafenjobs.example.de/stelle/30977?src=alarm",
     "Lotsenversetzung und Liegeplatzvergabe"),
    ("Ratgeber: So überzeugen Sie im Vorstellungsgespräch",
     "https://hafenjobs.example.de/ratgeber/vorstellungsgespraech?src=alarm",
     "Die zehn häufigsten Fragen - und gute Antworten"),
]

_ALERTA_ES_ITEMS = [
    ("Planificador/a de atraques - Puerto de Vigo",
     "https://empleomar.example.es/oferta/71203?origen=alerta",
     "Terminal de contenedores, contrato indefinido"),
    ("Coordinador/a de flota - Marín",
     "https://empleomar.example.es/oferta/71188?origen=alerta",
     "Armadora de pesca de altura, se valora experiencia a bordo"),
    ("Técnico/a de operaciones - Astillero en Vigo",
     "https://empleomar.example.es/oferta/71160?origen=alerta",
     "Varadero y reparaciones, incorporación en junio"),
    ("Cómo preparar una entrevista por videollamada",
     "https://empleomar.example.es/consejos/entrevista-video?origen=alerta",
     "Guía práctica en cinco pasos"),
]

MESSAGES = [
    # ------------------------------------------------------------------ French (26)
    dict(
        kind="other", name="sante_gens_de_mer_rappel_rdv", lang="fr", company="", contact="",
        frm="Service de santé des gens de mer <ne-pas-repondre@ssgm-brest.example.fr>",
        subject="Rappel : votre rendez-vous de visite d'aptitude",
        date="2026-01-12 07:00 +0100", headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour M. MORVAN-ASANTE Gwendal,

Nous vous rappelons votre rendez-vous pour la visite médicale d'aptitude à la navigation :

Date : lundi 19 janvier 2026 à 8h40
Lieu : Service de santé des gens de mer, 4 rue de l'Église, Brest
Médecin : Dr Le Roux

Merci de vous munir de votre carnet de vaccination, de vos lunettes éventuelles et de votre dernier certificat d'aptitude. En cas d'empêchement, annulez votre rendez-vous au moins 48 h à l'avance depuis votre espace marin.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    dict(
        kind="other", name="maison_emploi_atelier_cv", lang="fr", company="",
        contact="sterenn.caroff@maison-emploi-brest.example.fr",
        frm="Sterenn Caroff <sterenn.caroff@maison-emploi-brest.example.fr>",
        subject="Atelier « CV et reconversion » du 29 janvier",
        date="2026-01-16 14:22 +0100", alt="plain",
        text="""Bonjour Monsieur Morvan-Asante,

Comme convenu lors de notre rendez-vous de suivi, je vous inscris à l'atelier collectif « CV et reconversion des métiers de la mer » le jeudi 29 janvier, de 9h30 à 12h00, dans nos locaux du Port de commerce.

Nous travaillerons sur la façon de présenter vos années d'embarquement pour des postes à terre, et sur la préparation aux entretiens avec des simulations entre participants.

Apportez votre CV actuel sur clé USB si possible.

Sterenn Caroff
Conseillère en évolution professionnelle
Maison de l'Emploi du Pays de Brest
02 98 33 52 10
""",
    ),
    dict(
        kind="other", name="balise_gps_position_navire", lang="fr", company="", contact="",
        frm="NavTrack Bretagne <alertes@navtrack.example.fr>",
        subject="Position de votre navire AR VAG PENN - rapport quotidien",
        date="2026-01-22 06:00 +0100", headers=[("Auto-Submitted", "auto-generated")],
        text="""Rapport automatique de position - AR VAG PENN (GV 912345)

Dernière position reçue : 48°21,42' N - 004°29,87' W (port de Brest, bassin n°5)
Heure (UTC) : 22/01/2026 04:58
Cap : --- / Vitesse : 0,0 nd
État : au mouillage / à quai depuis 38 h

Aucune alerte de sortie de zone sur les dernières 24 heures.

Pour modifier la fréquence de ces rapports, connectez-vous à votre espace NavTrack.
""",
    ),
    dict(
        kind="other", name="cand_merci_entretien_iroise", lang="fr", company="", contact="",
        frm=CANDIDATE, to="Katell Le Bras <katell.lebras@chantiers-iroise.example.fr>",
        key="iroise_thanks", parent="iroise_move",
        subject="Merci pour l'entretien du 5 février",
        date="2026-02-06 18:20 +0100",
        text="""Bonjour Madame Le Bras,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien d'hier matin et pour la visite de la cale sèche n°2.

La mise en situation sur le planning d'arrêt technique m'a confirmé que ce métier me plairait : c'est la même logique que préparer une marée, avec les fenêtres météo en moins et les sous-traitants en plus.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

""" + SIG_FR,
    ),
    dict(
        kind="other", name="absence_katell_reponse_auto", lang="fr", company="",
        contact="katell.lebras@chantiers-iroise.example.fr",
        frm="Katell Le Bras <katell.lebras@chantiers-iroise.example.fr>", parent="iroise_thanks",
        subject="Réponse automatique : Merci pour l'entretien du 5 février",
        date="2026-02-06 18:21 +0100", charset="windows-1252",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 13 février inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement ou un entretien en cours, vous pouvez contacter le service RH au 02 98 41 07 00.

Je traiterai votre message à mon retour.

Katell Le Bras
Chantiers Navals de l'Iroise
""",
    ),
    dict(
        kind="other", name="reseau_eolien_webinaire_liste", lang="fr", company="", contact="",
        frm="Bretagne Éolien Marin Réseau <lettre@bemr.example.fr>",
        subject="[BEMR] Webinaire : les métiers à terre de l'éolien en mer - 26 février",
        date="2026-02-12 11:30 +0100", alt="plain",
        headers=[("List-Id", "Lettre BEMR <lettre.bemr.example.fr>"),
                 ("List-Unsubscribe", "<https://bemr.example.fr/desinscription?u=4471>"),
                 *LIST_FR],
        text="""Lettre d'information du réseau Bretagne Éolien Marin - février 2026

WEBINAIRE - jeudi 26 février, 12h30-13h30
"Les métiers à terre de l'éolien en mer : planification, logistique, coordination"
Avec les responsables recrutement de trois exploitants de parcs bretons et ligériens. Ils présenteront leurs postes ouverts, la façon dont se passent leurs entretiens et les raisons les plus fréquentes pour lesquelles ils refusent une candidature.
Inscription : https://bemr.example.fr/webinaires/metiers-a-terre

AGENDA
- 10 mars : visite de la base de maintenance de Lorient (places limitées)
- 2 avril : forum emploi-formation, Saint-Nazaire

Vous recevez cette lettre car vous êtes inscrit(e) sur la liste du réseau BEMR.
Se désinscrire : https://bemr.example.fr/desinscription?u=4471
""",
    ),
    dict(
        kind="other", name="banque_rdv_conseiller_position", lang="fr", company="",
        contact="herve.morvan@banque-littoral.example.fr",
        frm="Hervé Morvan - Banque du Littoral <herve.morvan@banque-littoral.example.fr>",
        subject="Notre rendez-vous du 5 mars - position de vos comptes",
        date="2026-02-27 10:15 +0100", alt="outlook",
        text="""Bonjour Monsieur Morvan-Asante,

Je vous confirme notre rendez-vous le jeudi 5 mars à 17h30 à l'agence de Recouvrance.

Comme vous me l'avez demandé, nous ferons le point sur la position de vos comptes professionnels et sur le remboursement du prêt du navire, en prévision de votre changement d'activité. Pensez à apporter vos trois derniers bilans et, si vous l'avez, une promesse d'embauche : cela facilitera l'étude de votre dossier de prêt immobilier.

(Pas de lien de parenté, malgré le nom !)

Bien cordialement,
Hervé Morvan
Conseiller professionnels - Banque du Littoral, agence Brest Recouvrance
02 98 43 71 20

Ce message est confidentiel. Les informations qu'il contient ne constituent pas une offre de crédit. Un crédit vous engage et doit être remboursé.
""",
    ),
    dict(
        kind="other", name="alerte_emploi_mer_digest", lang="fr", company="", contact="",
        frm="Emploi Mer Alertes <alertes@emploi-mer.example.fr>",
        subject="5 nouvelles offres pour « planificateur maritime » près de Brest",
        date="2026-03-04 06:30 +0100", subj_enc="utf-8/B",
        headers=[("List-Id", "Alertes Emploi Mer <alertes.emploi-mer.example.fr>"),
                 ("List-Unsubscribe",
                  "<https://emploi-mer.example.fr/alertes/stop?id=a91f>, "
                  "<mailto:stop@emploi-mer.example.fr?subject=a91f>"),
                 *LIST_FR],
        text=digest_text(
            "Votre alerte : planificateur maritime (Brest, 100 km)",
            "Bonjour Gwendal, voici les offres publiées depuis hier qui correspondent à votre alerte.",
            _ALERT_FR_ITEMS,
            "Modifier ou supprimer cette alerte : https://emploi-mer.example.fr/alertes/a91f"),
        html=digest_html(
            "Votre alerte : planificateur maritime (Brest, 100 km)", "#0a6e8a",
            "Bonjour Gwendal, voici les offres publiées depuis hier qui correspondent à votre alerte.",
            _ALERT_FR_ITEMS,
            "Modifier ou supprimer cette alerte : https://emploi-mer.example.fr/alertes/a91f"),
    ),
    dict(
        kind="other", name="cand_explique_rdv_manque_marinterim", lang="fr", company="",
        contact="", frm=CANDIDATE, to="Soizic Guillou <soizic.guillou@marinterim.example.fr>",
        parent="marin_missed", quote="gmail",
        subject="Re: Keroman - vous étiez où ?",
        date="2026-03-10 12:05 +0100",
        text="""Soizic,

Toutes mes excuses. Je suis parti relever des casiers à l'aube pour dépanner mon ancien matelot, le moteur a calé au retour devant Port-Louis et je n'avais pas de réseau avant d'être remorqué.

Je suis à quai maintenant. Si Keroman Offshore accepte encore de me voir, je peux être à la base dans 20 minutes, ou n'importe quand cette semaine.

Gwendal
""",
    ),
    dict(
        kind="other", name="colis_retarde_malheureusement", lang="fr", company="", contact="",
        frm="Colivia Livraison <suivi@colivia.example.fr>",
        subject="Votre colis est retardé",
        date="2026-03-27 15:42 +0100", alt="plain",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour,

Malheureusement, votre colis n° CV 6620 4418 9FR (expéditeur : Accastillage Bigouden) a pris du retard suite à un incident sur notre plateforme de Rennes.

Nouvelle date de livraison estimée : mardi 31 mars, entre 9h et 13h.

Nous vous présentons nos excuses pour ce désagrément. Vous pouvez suivre votre colis ou choisir un point relais ici :
https://suivi.colivia.example.fr/CV66204418

Le service client Colivia
""",
    ),
    dict(
        kind="other", name="comite_peches_lettre_refus_derogation", lang="fr", company="",
        contact="",
        frm="Comité des pêches du Finistère <infos@cdpmem29.example.fr>",
        subject="[Infos pêcheurs 29] Refus de la dérogation bar - position VMS - assemblée",
        date="2026-03-31 18:00 +0200",
        headers=[("List-Id", "Infos pecheurs 29 <infos-pecheurs.cdpmem29.example.fr>"),
                 ("List-Unsubscribe", "<mailto:sympa@cdpmem29.example.fr?subject=unsubscribe>"),
                 ("Precedence", "list")],
        text="""INFOS PÊCHEURS - 31 mars 2026

1. Dérogation bar : refus de l'administration
La demande de dérogation pour la pêche du bar au chalut en zone 8a a été refusée. Le comité étudie un recours ; une réunion d'information aura lieu le 9 avril.

2. Balises VMS : transmission de position
Rappel : la transmission de la position toutes les heures reste obligatoire pour les navires de plus de 12 mètres. Plusieurs patrons ont reçu des courriers pour défaut d'émission.

3. Assemblée générale
Elle se tiendra le 24 avril au Guilvinec. Ordre du jour et pouvoirs en pièce jointe sur notre site.

Pour vous désinscrire de cette liste, écrivez à sympa@cdpmem29.example.fr.
""",
    ),
    dict(
        kind="other", name="presse_demande_interview", lang="fr", company="",
        contact="morgane.le-roux@echo-ponant.example.fr",
        frm="Morgane Le Roux <morgane.le-roux@echo-ponant.example.fr>",
        subject="Demande d'interview - pêcheurs en reconversion",
        date="2026-04-09 11:48 +0200",
        text="""Bonjour Monsieur Morvan-Asante,

Je suis journaliste au service économie de L'Écho du Ponant. Je prépare un dossier sur les marins pêcheurs qui se tournent vers des métiers à terre (ports, éolien, chantiers), et votre nom m'a été donné par la Maison de l'Emploi.

Accepteriez-vous de m'accorder une interview d'une demi-heure, au téléphone ou autour d'un café sur le port ? Je souhaiterais aussi faire une photo de vous sur votre bateau si vous êtes d'accord.

Le dossier doit paraître début mai.

Merci d'avance,
Morgane Le Roux
Journaliste - L'Écho du Ponant
06 45 18 72 09
""",
    ),
    dict(
        kind="other", name="cand_demande_report_vent", lang="fr", company="", contact="",
        frm=CANDIDATE, to="Maëlle Tanguy <maelle.tanguy@ventdestuaire.example.fr>",
        key="vent_req", parent="vent_inv", quote="gmail",
        subject="Demande de report - centre d'évaluation du 28 avril",
        date="2026-04-22 08:15 +0200",
        text="""Bonjour Madame Tanguy,

Merci pour cette invitation, que je suis très heureux d'avoir reçue.

Je dois malheureusement vous demander s'il serait possible de participer à une autre session : le 28 avril, je suis engagé pour convoyer un bateau vers Douarnenez, une mission prévue de longue date que je ne peux pas annuler. Je suis disponible tous les autres jours de cette semaine-là et de la suivante.

Avec mes excuses pour ce contretemps,

""" + SIG_FR,
    ),
    dict(
        kind="other", name="reseau_pro_mer_notification", lang="fr", company="", contact="",
        frm="MerConnect <notifications@merconnect.example.com>",
        subject="Gwendal, votre profil est apparu dans 14 recherches cette semaine",
        date="2026-04-30 19:05 +0200", alt="plain",
        headers=[("List-Unsubscribe", "<https://merconnect.example.com/settings/emails>"),
                 ("Precedence", "bulk")],
        text="""Votre semaine sur MerConnect

- Votre profil est apparu dans 14 recherches (dont 3 recruteurs du secteur portuaire)
- 2 personnes ont consulté votre profil : une chargée de recrutement chez un chantier naval, un consultant en cabinet
- Loïc Le Floch a publié : "Nous recrutons des techniciens et des planificateurs pour la saison 2027"
- 6 nouvelles offres correspondent à votre intitulé recherché "Planificateur des opérations maritimes"

Voir toutes les notifications : https://merconnect.example.com/notifications

Vous recevez cet e-mail parce que vous avez un compte MerConnect. Gérer vos préférences : https://merconnect.example.com/settings/emails
""",
    ),
    dict(
        kind="other", name="newsletter_fil_maritime_conseils", lang="fr", company="", contact="",
        frm="Le Fil Maritime <newsletter@lefilmaritime.example.fr>",
        subject="Le Fil Maritime n°118 : réussir son entretien à terre, rebondir après un refus",
        date="2026-05-14 07:15 +0200",
        headers=[("List-Id", "Le Fil Maritime <newsletter.lefilmaritime.example.fr>"),
                 ("List-Unsubscribe", "<https://lefilmaritime.example.fr/u/77e2c>"),
                 *LIST_FR],
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<h1 style="color:#123f6b">Le Fil Maritime - n°118</h1>
<h2><a href="https://lefilmaritime.example.fr/2026/05/entretien-a-terre">Réussir son premier entretien d'embauche à terre</a></h2>
<p>Un ancien officier de pont devenu responsable de planification raconte ce que les jurys attendent : des exemples concrets, des chiffres, et surtout pas de jargon de passerelle.</p>
<h2><a href="https://lefilmaritime.example.fr/2026/05/rebondir-refus">« Votre candidature n'a pas été retenue » : comment rebondir</a></h2>
<p>Demander un retour, relancer six mois plus tard, élargir sa zone de recherche : les conseils de trois recruteurs portuaires.</p>
<h2><a href="https://lefilmaritime.example.fr/2026/05/offres">Les offres de la quinzaine</a></h2>
<p>Brest, Lorient, Saint-Nazaire, Le Havre : 23 postes d'exploitation et de coordination.</p>
<p style="font-size:11px;color:#777">Vous êtes abonné au Fil Maritime. <a href="https://lefilmaritime.example.fr/u/77e2c">Se désabonner</a></p>
</body></html>
""",
        text="""LE FIL MARITIME - n°118

» Réussir son premier entretien d'embauche à terre
Un ancien officier de pont devenu responsable de planification raconte ce que les jurys attendent : des exemples concrets, des chiffres, et surtout pas de jargon de passerelle.
https://lefilmaritime.example.fr/2026/05/entretien-a-terre

» « Votre candidature n'a pas été retenue » : comment rebondir
Demander un retour, relancer six mois plus tard, élargir sa zone de recherche : les conseils de trois recruteurs portuaires.
https://lefilmaritime.example.fr/2026/05/rebondir-refus

» Les offres de la quinzaine
Brest, Lorient, Saint-Nazaire, Le Havre : 23 postes d'exploitation et de coordination.
https://lefilmaritime.example.fr/2026/05/offres

Se désabonner : https://lefilmaritime.example.fr/u/77e2c
""",
    ),
    dict(
        kind="other", name="ami_raconte_son_refus", lang="fr", company="",
        contact="tanguy.kervella@example.fr",
        frm="Tanguy Kervella <tanguy.kervella@example.fr>",
        subject="devine qui s'est fait recaler",
        date="2026-05-28 22:03 +0200", charset="iso-8859-1", cte="8bit",
        text="""Salut vieux,

Bon, je te raconte : j'ai eu la réponse de la capitainerie de Concarneau pour le poste d'agent portuaire. Refusé. Motif : « profil trop orienté navigation ». Je te jure, c'est mot pour mot.

Du coup je me dis que t'as bien fait de viser la planification plutôt que la capitainerie. Toi t'en es où avec tes entretiens ? Tu m'avais parlé d'une histoire de journée d'essai sur les bateaux des îles.

On se fait une bière samedi au Dellec ?

Tanguy
""",
    ),
    dict(
        kind="other", name="iut_licence_pro_refus_admission", lang="fr", company="", contact="",
        frm="IUT de Cornouaille - Scolarité <scolarite-noreply@iut-cornouaille.example.fr>",
        subject="Licence professionnelle Logistique portuaire - décision d'admission",
        date="2026-06-10 16:00 +0200", alt="plain", cte="quoted-printable",
        text="""Monsieur,

La commission pédagogique de la licence professionnelle « Logistique et transport portuaire » s'est réunie le 8 juin 2026 pour examiner les candidatures à la rentrée de septembre.

Nous avons le regret de vous informer que votre candidature n'a pas reçu d'avis favorable. Le nombre de places en formation continue étant limité à douze, la commission a donné la priorité aux candidats disposant d'une prise en charge financière confirmée.

Vous pouvez solliciter un entretien avec la responsable de formation pour étudier une candidature l'an prochain ou une validation des acquis de l'expérience (VAE).

Le service de la scolarité
IUT de Cornouaille
""",
    ),
    dict(
        kind="other", name="cand_candidature_lorient_remorquage_cv", lang="fr", company="",
        contact="", frm=CANDIDATE,
        to="Yvon Gourlay <yvon.gourlay@lorient-remorquage.example.fr>", key="lr_app",
        subject="Candidature planificateur remorquage",
        date="2026-06-23 20:40 +0200",
        attach=[dict(filename="CV_Gwendal_Morvan-Asante.pdf", pdf=[
            "Gwendal Morvan-Asante - Brest - 06 71 48 22 09 - gwendal.ma@example.fr",
            "",
            "Objectif : planification des opérations maritimes",
            "2007-2026 : patron pêcheur, chalutier Ar Vag Penn (Brest)",
            "Brevet de capitaine 200, permis de conduire les moteurs marins",
            "Langues : français, anglais (courant), espagnol (intermédiaire)",
        ])],
        text="""Monsieur Gourlay,

Sur les conseils d'un patron de remorqueur que je croise souvent au port de Lorient, je vous adresse ma candidature pour le poste de planificateur dont il m'a dit qu'il pourrait être créé chez Lorient Remorquage.

Patron pêcheur depuis dix-neuf ans, je connais bien la rade et les contraintes des manœuvres dans le chenal. Je souhaite aujourd'hui travailler à terre, sur la programmation des moyens nautiques.

Vous trouverez mon CV ci-joint. Je serais heureux de vous rencontrer.

Cordialement,

""" + SIG_FR,
    ),
    dict(
        kind="other", name="conseil_reconversion_article", lang="fr", company="", contact="",
        frm="Cap Reconversion <lettre@capreconversion.example.fr>",
        subject="L'article de la semaine : après un « non », que faire ?",
        date="2026-06-30 08:00 +0200", alt="plain",
        headers=[("List-Unsubscribe", "<https://capreconversion.example.fr/desabo?k=19c>"),
                 ("Precedence", "bulk")],
        text="""L'ARTICLE DE LA SEMAINE

Après un « non », que faire ?

Vous avez passé trois entretiens, envoyé les remerciements d'usage, et le mail tombe : « nous avons choisi un autre candidat ». Dans une reconversion, ce moment revient souvent. Voici ce que conseillent nos coachs.

1. Demandez un retour, mais une seule fois, et par téléphone de préférence.
2. Notez ce qui a été dit : après trois refus, des tendances apparaissent.
3. Ne renoncez pas à l'entreprise : beaucoup de recrutements se font six mois plus tard, sur un poste voisin.
4. Continuez à candidater pendant que vous attendez une réponse.

Lire l'article complet : https://capreconversion.example.fr/articles/apres-un-non

Se désabonner : https://capreconversion.example.fr/desabo?k=19c
""",
    ),
    dict(
        kind="other", name="recherche_utilisateur_appli_escale", lang="fr", company="",
        contact="ines.marchal@escaleconnect.example.fr",
        frm="Inès Marchal <ines.marchal@escaleconnect.example.fr>",
        subject="Entretien utilisateur (30 min) - votre avis sur Escale Connect",
        date="2026-07-01 10:30 +0200", alt="plain",
        text="""Bonjour Gwendal,

Je suis chercheuse UX chez Escale Connect, l'application de réservation de places de port que vous utilisez depuis l'an dernier.

Nous menons des entretiens utilisateurs pour améliorer la prochaine version, et votre expérience de professionnel de la mer nous intéresse beaucoup. Il s'agit d'un échange de 30 minutes en visio, pendant lequel je vous montrerai quelques maquettes.

En remerciement, nous vous offrons un bon d'achat de 40 EUR chez un shipchandler partenaire.

Si cela vous tente, choisissez un créneau ici : https://cal.escaleconnect.example.fr/ux-ines

Merci !
Inès Marchal
UX Research - Escale Connect, Nantes
""",
    ),
    dict(
        kind="other", name="cand_relance_ntc", lang="fr", company="", contact="",
        frm=CANDIDATE, to="Hélène Vasseur <helene.vasseur@ntc-lehavre.example.fr>",
        key="ntc_follow", parent="ntc_ill",
        subject="Suite de ma candidature - planificateur navires",
        date="2026-07-10 09:00 +0200",
        text="""Bonjour Madame Vasseur,

Je me permets de revenir vers vous après mon entretien du 7 juillet avec M. Lecoq, que j'espère rétabli.

L'échange m'a conforté dans mon envie de rejoindre le terminal. Auriez-vous une idée du calendrier de votre décision ? J'ai une autre démarche en cours et je préférerais pouvoir donner une réponse claire à chacun.

Bien cordialement,

""" + SIG_FR,
    ),
    dict(
        kind="other", name="cabinet_approche_sans_poste", lang="fr", company="",
        contact="claire.hamon@amarre-conseil.example.fr",
        frm="Claire Hamon <claire.hamon@amarre-conseil.example.fr>",
        subject="Votre parcours de patron pêcheur",
        date="2026-07-27 14:12 +0200", alt="outlook",
        text="""Bonjour Gwendal,

Je dirige Amarre Conseil, un cabinet nantais spécialisé dans le recrutement pour les armateurs et les ports de la façade atlantique.

J'ai vu passer votre profil sur MerConnect et votre projet de passer à la planification m'a interpellée : nos clients nous parlent de plus en plus de profils « terrain » pour ces postes.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais faire votre connaissance pour pouvoir penser à vous le moment venu. Seriez-vous d'accord pour que je vous appelle un de ces jours ?

Bien à vous,
Claire Hamon
Fondatrice - Amarre Conseil
3 quai de la Fosse, 44000 Nantes
06 22 47 81 30
""",
    ),
    dict(
        kind="other", name="podcast_houle_et_carriere", lang="fr", company="",
        contact="gurvan.jaouen@houle-podcast.example.fr",
        frm="Gurvan Jaouen <gurvan.jaouen@houle-podcast.example.fr>",
        subject="Invitation dans le podcast Houle & Carrière",
        date="2026-08-18 09:12 +0200", subj_enc="utf-8/Q",
        text="""Bonjour Gwendal,

J'anime Houle & Carrière, un podcast où des gens de mer racontent leurs virages professionnels. Morgane Le Roux, de L'Écho du Ponant, m'a transmis votre contact après son article de mai.

J'aimerais beaucoup vous recevoir pour un épisode : une interview d'environ 45 minutes, enregistrée dans notre studio de Brest ou à distance, sur votre passage de la pêche à la planification.

Pas de préparation nécessaire, je vous envoie les thèmes une semaine avant. Seriez-vous partant pour un enregistrement en septembre ?

Gurvan Jaouen
Houle & Carrière - le podcast des métiers de la mer
""",
    ),
    dict(
        kind="other", name="cand_candidature_escaut_cv", lang="fr", company="", contact="",
        frm=CANDIDATE, to="Escaut Dragage - RH <rh@escaut-dragage.example.be>",
        key="escaut_app",
        subject="Candidature - planificateur des opérations de dragage",
        date="2026-09-02 07:30 +0200", alt="plain", cte="base64",
        attach=[dict(filename="CV_Morvan-Asante_2026.pdf", pdf=[
            "Gwendal Morvan-Asante",
            "Brest, France - +33 6 71 48 22 09 - gwendal.ma@example.fr",
            "",
            "Patron pêcheur (2007-2026) - chalutier de 16 m, équipage de 4",
            "Planification des marées, gestion des quotas, maintenance",
            "Brevet de capitaine 200 - STCW à jour",
        ])],
        text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de planificateur des opérations de dragage publié sur votre site.

Après dix-neuf ans comme patron pêcheur à Brest, je souhaite mettre à profit ma connaissance des marées, des courants et de l'organisation d'un bord dans un poste de planification à terre. Anvers et la conduite de chantiers dans l'Escaut m'attirent particulièrement.

Mon CV est joint à ce message. Je suis disponible pour un entretien, y compris sur place.

Veuillez agréer mes salutations distinguées,

""" + SIG_FR,
    ),
    dict(
        kind="other", name="cand_transfere_refus_a_enora", lang="fr", company="", contact="",
        frm=CANDIDATE, to="Enora Caradec <enora.caradec@example.fr>",
        parent="seine_rej", quote="forward",
        subject="Fwd: Re: Poste planif rotations",
        date="2026-09-21 21:30 +0200",
        text="""Regarde ce que je reçois du Havre... Au moins il est honnête.

Je t'en parle ce soir. On reste sur l'idée d'Anvers, ils m'ont répondu ce matin.
""",
    ),
    dict(
        kind="other", name="proprietaire_entretien_chaudiere", lang="fr", company="",
        contact="j.pellen@example.fr",
        frm="Jacqueline Pellen <j.pellen@example.fr>",
        subject="Entretien annuel de la chaudière + relevé des compteurs",
        date="2026-09-25 11:20 +0200", charset="iso-8859-1", cte="quoted-printable",
        subj_enc="iso-8859-1/B",
        text="""Bonjour Gwendal,

Le chauffagiste passera pour l'entretien annuel de la chaudière le mardi 6 octobre entre 8h et 10h. Pouvez-vous être présent ou me laisser la clé chez la voisine du dessous ?

J'en profiterai pour relever la position des compteurs d'eau, puisque vous m'avez dit que vous pensiez quitter l'appartement en fin d'année si votre poste à l'étranger se confirme. Tenez-moi au courant pour le préavis.

Bonne journée,
Jacqueline Pellen
06 81 22 04 57
""",
    ),
    # ------------------------------------------------------------------ English (13)
    dict(
        kind="other", name="cand_sorry_missed_call_granite", lang="en", company="", contact="",
        frm=CANDIDATE, to="Morag Duncan <morag.duncan@graniteoffshore.example.co.uk>",
        key="granite_sorry", parent="granite_missed", quote="gmail",
        subject="Sorry about this morning's call",
        date="2026-02-13 13:05 +0100",
        text="""Dear Morag,

I am very sorry about this morning. I had to bring the boat back early because of a gale warning and had no signal in the Goulet de Brest until well after 11:00 French time.

I'm still very interested in the role. I am free any morning next week; my mobile is +33 6 71 48 22 09 and I will keep it on this time.

With apologies,

""" + SIG_EN,
    ),
    dict(
        kind="other", name="career_advice_deck_to_desk", lang="en", company="", contact="",
        frm="Shoreside Careers <hello@shoresidecareers.example.com>",
        subject="From deck to desk: moving from fishing into shore-based operations",
        date="2026-02-24 12:00 +0000", alt="plain",
        headers=[("List-Unsubscribe", "<https://shoresidecareers.example.com/unsub?e=g91>"),
                 ("List-Id", "Shoreside Careers Weekly <weekly.shoresidecareers.example.com>"),
                 ("Precedence", "bulk")],
        text="""SHORESIDE CAREERS - THIS WEEK'S GUIDE

From deck to desk: moving from fishing into shore-based operations

Skippers already plan: crews, fuel, weather windows, landings and quota. The trick is to describe it in the language a port or offshore operator uses.

- Translate your experience: "planned 40 trips a year around weather and quota" reads better than "skipper".
- Expect a competency-based interview: prepare five short stories with a clear outcome.
- Don't read a rejection as a verdict on your sea time. Most hiring managers reject for software experience, which can be learned.
- Agencies are your friends: many first shore jobs come through temporary contracts.

Read the full guide: https://shoresidecareers.example.com/guides/deck-to-desk

Unsubscribe: https://shoresidecareers.example.com/unsub?e=g91
""",
    ),
    dict(
        kind="other", name="parcel_delay_unfortunately", lang="en", company="", contact="",
        frm="ParcelWave <no-reply@parcelwave.example.com>",
        subject="Unfortunately your parcel is delayed",
        date="2026-03-03 09:14 +0000", alt="plain",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Gwendal,

Unfortunately your parcel from Aberdeen Marine Books (tracking PW 7731 0044 UK) has been delayed at our Dover hub due to a customs check.

We now expect to deliver it on Monday 9 March. You don't need to do anything. If you'd like to change the delivery address, use the link below.

https://track.parcelwave.example.com/PW77310044UK

The ParcelWave team
""",
    ),
    dict(
        kind="other", name="friend_ross_own_rejection", lang="en", company="",
        contact="ross.buchan@example.co.uk",
        frm="Ross Buchan <ross.buchan@example.co.uk>",
        subject="well that's that",
        date="2026-04-16 21:40 +0100",
        text="""Alright Gwendal,

Heard back from the pilot cutter job in Peterhead. They turned me down, "decided to go with a candidate with more pilotage experience". So that's me still on the boat for another season.

How are you getting on with the Aberdeen folk? You said Granite had made you an offer - are you taking it or holding out for the French ones?

Give me a shout when you're over,
Ross
""",
    ),
    dict(
        kind="other", name="ielts_speaking_test_appointment", lang="en", company="",
        contact="",
        frm="IELTS Test Centre Rennes <noreply@ielts-rennes.example.org>",
        subject="Your IELTS Speaking test appointment",
        date="2026-04-28 10:05 +0200", html_only=True, alt="plain",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Gwendal Morvan-Asante,

Your IELTS (General Training) Speaking test has been booked.

Date: Saturday 16 May 2026
Time: 14:20
Venue: Rennes test centre, 12 rue de Brest, Rennes

The Speaking test is a face-to-face interview with a certified examiner and lasts 11 to 14 minutes. Please arrive 30 minutes early with the passport you used to register.

Your Listening, Reading and Writing tests take place the same morning from 09:00.

IELTS Test Centre Rennes
""",
    ),
    dict(
        kind="other", name="ooo_euan_careers_fair", lang="en", company="",
        contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>",
        subject="Automatic reply: Interview confirmed - Buchan Subsea, Wednesday 20 May",
        date="2026-05-14 07:02 +0100",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thanks for your email.

I'm at the Offshore Careers Fair in Stavanger until Friday 15 May with limited access to email. For anything urgent about an interview or an offer, please call the office on +44 1224 650 800 and a colleague will help.

Euan Forsyth
Fathom Talent Partners
""",
    ),
    dict(
        kind="other", name="msc_port_management_unsuccessful", lang="en", company="",
        contact="",
        frm="Aberdeen Maritime College Admissions <admissions@abermaritime.example.ac.uk>",
        subject="Your application: MSc Port and Harbour Management (September 2026)",
        date="2026-06-15 16:30 +0100", alt="plain",
        text="""Dear Mr Morvan-Asante,

Thank you for applying to the MSc Port and Harbour Management programme starting in September 2026.

The admissions panel has now considered your application. I regret to tell you that we are unable to offer you a place on the programme this year. The panel felt that, without a first degree, you would be better served by our Postgraduate Certificate route, which accepts applicants on the basis of professional experience.

If you would like to apply for the Postgraduate Certificate instead, please reply to this email and we will transfer your application.

Yours sincerely,
Postgraduate Admissions Office
Aberdeen Maritime College
""",
    ),
    dict(
        kind="other", name="maritime_jobs_weekly_digest", lang="en", company="", contact="",
        frm="Maritime Jobs Weekly <digest@maritimejobsweekly.example.com>",
        subject="Your weekly digest: 6 new roles + how to survive a panel interview",
        date="2026-06-25 07:00 +0100",
        headers=[("List-Id", "Maritime Jobs Weekly <weekly.maritimejobsweekly.example.com>"),
                 ("List-Unsubscribe",
                  "<https://maritimejobsweekly.example.com/unsubscribe?u=5531>, "
                  "<mailto:unsubscribe@maritimejobsweekly.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        text=digest_text(
            "Maritime Jobs Weekly - 25 June",
            "Hi Gwendal, here are this week's roles matching 'operations planner' plus our best advice reads.",
            _WEEKLY_EN_ITEMS,
            "You're receiving this because you subscribed at maritimejobsweekly.example.com.\nUnsubscribe: https://maritimejobsweekly.example.com/unsubscribe?u=5531"),
        html=digest_html(
            "Maritime Jobs Weekly - 25 June", "#1b4f72",
            "Hi Gwendal, here are this week's roles matching 'operations planner' plus our best advice reads.",
            _WEEKLY_EN_ITEMS,
            "You're receiving this because you subscribed at maritimejobsweekly.example.com.\nUnsubscribe: https://maritimejobsweekly.example.com/unsubscribe?u=5531"),
    ),
    dict(
        kind="other", name="cand_thank_you_north_isles", lang="en", company="", contact="",
        frm=CANDIDATE, to="Callum Reid <callum.reid@northisles-ferries.example.co.uk>",
        key="ni_thanks", parent="ni_cancel",
        subject="Thank you - Fleet Planner interview",
        date="2026-07-30 18:45 +0200",
        text="""Dear Callum,

Thank you for taking the time to interview me yesterday, and to your crewing manager as well. I know the sea trials made for a busy fortnight.

The question about the Kirkwall turnaround when a vessel goes to dry dock was a tough one, and I have thought about it since: I would have moved the freight sailing before touching the passenger timetable.

I remain very interested in the Fleet Planner position and look forward to hearing from you.

Kind regards,

""" + SIG_EN,
    ),
    dict(
        kind="other", name="harbourlink_notifications", lang="en", company="", contact="",
        frm="HarbourLink <notifications@harbourlink.example.com>",
        subject="You have 3 new notifications",
        date="2026-08-05 18:10 +0100", html_only=True,
        alt=("ats", "HarbourLink", "#0e76a8",
             "HarbourLink Ltd, 1 Quayside, Newcastle. Unsubscribe or manage notifications in Settings."),
        headers=[("List-Unsubscribe", "<https://harbourlink.example.com/settings/notifications>")],
        text="""Hi Gwendal,

Here's what you missed on HarbourLink:

- A recruiter at an Antwerp planning firm viewed your profile.
- Your post "First week of job interviews ashore - lessons learned" got 27 reactions and 4 comments.
- Callum Reid and 12 others from North Isles Ferries shared: "We're hiring deck officers for the winter timetable."

See all notifications: https://harbourlink.example.com/notifications
""",
    ),
    dict(
        kind="other", name="trade_magazine_interview_request", lang="en", company="",
        contact="h.okafor@portsandpilots.example.com",
        frm="Hannah Okafor <h.okafor@portsandpilots.example.com>",
        subject="Interview request - Ports & Pilots Review feature",
        date="2026-09-09 13:25 +0100",
        text="""Dear Gwendal,

I'm a features writer at Ports & Pilots Review. We're preparing a long read on how European ports are recruiting former fishermen into planning and coordination roles, and your HarbourLink post about your first interviews ashore caught my eye.

Would you be willing to be interviewed for the piece? It would be a 40-minute video call, and I would send you your quotes for checking before publication.

Our deadline is 2 October.

Best wishes,
Hannah Okafor
Features Writer, Ports & Pilots Review
+44 20 7946 0321
""",
    ),
    dict(
        kind="other", name="headhunter_cold_approach_en", lang="en", company="",
        contact="oliver.grant@northboundsearch.example.co.uk",
        frm="Oliver Grant <oliver.grant@northboundsearch.example.co.uk>",
        subject="Your background - a quick hello",
        date="2026-09-16 08:50 +0100", alt="plain",
        text="""Hi Gwendal,

I run the marine desk at Northbound Search in Edinburgh. A couple of people in the Aberdeen offshore world mentioned your name as someone making the jump from fishing to operations planning.

I'm not writing about a specific vacancy - I simply like to know good people before the roles appear. If you're open to it, I'd enjoy a 15-minute call to hear where you want to go next.

No pressure either way.

Oliver Grant
Director, Marine & Ports
Northbound Search
22 Queen Street, Edinburgh EH2 1JX
+44 131 496 0722
""",
    ),
    dict(
        kind="other", name="tidewise_user_research", lang="en", company="",
        contact="priya.shah@tidewise.example.com",
        frm="Priya Shah <priya.shah@tidewise.example.com>",
        subject="Would you join a 45-minute research interview?",
        date="2026-10-08 15:00 +0100", alt="plain",
        text="""Hi Gwendal,

I lead user research at Tidewise, the tide and weather-window planning app. You've been one of our most active users in Brittany this year, so I'd love to hear how you use it.

We're running research interviews over video this month: about 45 minutes, a few questions about how you plan trips and a look at some new screens. Participants receive a year of Tidewise Pro.

If you're up for it, book a slot here: https://research.tidewise.example.com/book/priya

Thanks,
Priya Shah
Lead User Researcher, Tidewise
""",
    ),
    # ------------------------------------------------------------------ German (6)
    dict(
        kind="other", name="abwesenheit_frauke", lang="de", company="",
        contact="frauke.janssen@nordsee-windservice.example.de",
        frm="Frauke Janßen <frauke.janssen@nordsee-windservice.example.de>",
        subject="Abwesenheitsnotiz: Rückfrage Reisekostenerstattung",
        date="2026-03-20 09:31 +0100", charset="iso-8859-1",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. März nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen, insbesondere zu laufenden Bewerbungsverfahren und Vorstellungsgesprächen, wenden Sie sich bitte an unser Personalbüro unter +49 471 94 83 200.

Mit freundlichen Grüßen
Frauke Janßen
""",
    ),
    dict(
        kind="other", name="stellenalarm_hafenjobs", lang="de", company="", contact="",
        frm="Hafenjobs Stellenalarm <alarm@hafenjobs.example.de>",
        subject="Stellenalarm: 4 neue Treffer für „Disponent Hafen“",
        date="2026-04-27 06:15 +0200",
        headers=[("List-Id", "Hafenjobs Stellenalarm <alarm.hafenjobs.example.de>"),
                 ("List-Unsubscribe", "<https://hafenjobs.example.de/alarm/abmelden?t=c33>"),
                 ("Precedence", "bulk")],
        text=digest_text(
            "Ihr Stellenalarm: Disponent Hafen (Bremerhaven + 50 km)",
            "Guten Morgen, seit gestern sind diese Anzeigen neu erschienen.",
            _STELLEN_DE_ITEMS,
            "Stellenalarm ändern oder abbestellen: https://hafenjobs.example.de/alarm/abmelden?t=c33"),
        html=digest_html(
            "Ihr Stellenalarm: Disponent Hafen (Bremerhaven + 50 km)", "#00507d",
            "Guten Morgen, seit gestern sind diese Anzeigen neu erschienen.",
            _STELLEN_DE_ITEMS,
            "Stellenalarm ändern oder abbestellen: https://hafenjobs.example.de/alarm/abmelden?t=c33"),
    ),
    dict(
        kind="other", name="akademie_lehrgang_kein_platz", lang="de", company="",
        contact="birte.onken@maritime-akademie-weser.example.de",
        frm="Birte Onken <birte.onken@maritime-akademie-weser.example.de>",
        subject="Ihre Anmeldung zum Lehrgang Hafenlogistik kompakt",
        date="2026-05-22 13:40 +0200", alt="plain",
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für Ihre Anmeldung zum Lehrgang „Hafenlogistik kompakt“ (Juni-Kurs, Unterrichtssprache Deutsch).

Leider können wir Ihnen für diesen Durchgang keinen Platz anbieten: Der Kurs ist mit 16 Teilnehmenden ausgebucht, und die Plätze werden in der Reihenfolge der Anmeldungen vergeben. Zudem setzen wir für diesen Kurs Deutschkenntnisse auf B2-Niveau voraus.

Gern setzen wir Sie auf die Warteliste für den Kurs im November oder informieren Sie über unser englischsprachiges Modul im Frühjahr.

Mit freundlichen Grüßen
Birte Onken
Kursverwaltung - Maritime Akademie Weser
Schifferstraße 30, 27568 Bremerhaven
""",
    ),
    dict(
        kind="other", name="newsletter_hafenwirtschaft", lang="de", company="", contact="",
        frm="Hafenwirtschaft Nord <newsletter@hafenwirtschaft-nord.example.de>",
        subject="Newsletter Juli: Fachkräfte, Absagen und das Vorstellungsgespräch",
        date="2026-07-09 08:00 +0200", alt="plain", cte="quoted-printable",
        headers=[("List-Id", "Newsletter Hafenwirtschaft Nord <news.hafenwirtschaft-nord.example.de>"),
                 ("List-Unsubscribe", "<https://hafenwirtschaft-nord.example.de/abmelden?id=8812>"),
                 ("Precedence", "bulk")],
        text="""HAFENWIRTSCHAFT NORD - Newsletter Juli 2026

FACHKRÄFTE: Quereinsteiger aus der Fischerei gefragt
Immer mehr Betriebe in Bremerhaven und Cuxhaven stellen ehemalige Kapitäne und Fischer als Disponenten ein. Wir haben drei Personalverantwortliche befragt.
https://hafenwirtschaft-nord.example.de/artikel/quereinsteiger

UMFRAGE: Warum so viele Absagen?
Jede zweite Bewerbung im Hafen scheitert an fehlenden Softwarekenntnissen - nicht an der Erfahrung.
https://hafenwirtschaft-nord.example.de/artikel/absagen-umfrage

PRAXIS: Das Vorstellungsgespräch auf Englisch
Tipps für internationale Bewerber.
https://hafenwirtschaft-nord.example.de/artikel/gespraech-englisch

Newsletter abbestellen: https://hafenwirtschaft-nord.example.de/abmelden?id=8812
""",
    ),
    dict(
        kind="other", name="paket_verzoegert_sich_leider", lang="de", company="", contact="",
        frm="PaketBlitz Sendungsverfolgung <keine-antwort@paketblitz.example.de>",
        subject="Ihre Sendung verzögert sich leider",
        date="2026-07-24 14:02 +0200", html_only=True,
        alt=("ats", "PaketBlitz", "#ffcc00", "Dies ist eine automatisch erzeugte Nachricht."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Gwendal Morvan-Asante,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2288 (Absender: Reederei Geestemünde, Bremerhaven).

Grund: Adressklärung im Auslandsverkehr
Neuer voraussichtlicher Zustelltag: Donnerstag, 30. Juli

Sie müssen nichts weiter tun. Den aktuellen Status sehen Sie unter https://paketblitz.example.de/verfolgen/0034044712288

Ihr PaketBlitz-Team
""",
    ),
    dict(
        kind="other", name="vermieter_besichtigungstermin", lang="de", company="",
        contact="k.tietjen@example.de",
        frm="Klaus Tietjen <k.tietjen@example.de>",
        subject="Besichtigungstermin Wohnung Alte Bürger 41",
        date="2026-08-28 19:15 +0200", charset="iso-8859-1", cte="8bit",
        text="""Guten Abend Herr Morvan-Asante,

danke für Ihre Anfrage zur 2-Zimmer-Wohnung in der Alten Bürger. Ein Besichtigungstermin wäre am Samstag, 5. September, um 11 Uhr möglich.

Bitte bringen Sie zur Besichtigung eine Kopie Ihres Arbeitsvertrags oder eine Bestätigung Ihres künftigen Arbeitgebers mit, dazu die letzten drei Gehaltsnachweise oder einen Einkommensnachweis aus Frankreich.

Mit freundlichem Gruß
Klaus Tietjen
Tel. 0471 41 73 92
""",
    ),
    # ------------------------------------------------------------------ Spanish (7)
    dict(
        kind="other", name="escola_nautica_curso_no_admitido", lang="es", company="",
        contact="",
        frm="Escola Náutica do Atlántico - Secretaría <secretaria-noreply@escolanautica.example.es>",
        subject="Resolución de admisión - Curso de Gestión Portuaria y Logística",
        date="2026-03-16 12:00 +0100", alt="plain", charset="iso-8859-1",
        subj_enc="iso-8859-1/Q",
        text="""Estimado Sr. Morvan-Asante:

Le comunicamos que, una vez baremadas las solicitudes para el Curso de Gestión Portuaria y Logística (edición primavera 2026), su solicitud no ha sido admitida, al haberse cubierto las 20 plazas con aspirantes de mayor puntuación.

Queda usted en la posición 7 de la lista de espera. Si se produce alguna baja antes del 6 de abril, nos pondremos en contacto con usted.

Atentamente,
Secretaría Académica
Escola Náutica do Atlántico, Vigo
""",
    ),
    dict(
        kind="other", name="respuesta_automatica_iria", lang="es", company="",
        contact="iria.lago@astilleros-riavigo.example.es",
        frm="Iria Lago Comesaña <iria.lago@astilleros-riavigo.example.es>",
        subject="Respuesta automática: Re: Cambio de fecha: Entrevista",
        date="2026-04-24 18:02 +0200",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 4 de mayo. Durante mi ausencia, las consultas sobre procesos de selección y entrevistas las atenderá el departamento de Recursos Humanos en el 986 23 77 00.

Un saludo,
Iria Lago Comesaña
Astilleros Ría de Vigo
""",
    ),
    dict(
        kind="other", name="alerta_empleo_vigo", lang="es", company="", contact="",
        frm="EmpleoMar Alertas <alertas@empleomar.example.es>",
        subject="Nuevas ofertas para ti: planificación portuaria en Vigo",
        date="2026-05-29 07:30 +0200", subj_enc="utf-8/Q",
        headers=[("List-Id", "Alertas EmpleoMar <alertas.empleomar.example.es>"),
                 ("List-Unsubscribe", "<https://empleomar.example.es/alertas/baja?c=771>"),
                 ("Precedence", "bulk")],
        text=digest_text(
            "Tu alerta: planificación portuaria (Vigo y alrededores)",
            "Hola Gwendal, estas son las ofertas nuevas de esta semana que encajan con tu alerta.",
            _ALERTA_ES_ITEMS,
            "Darse de baja de esta alerta: https://empleomar.example.es/alertas/baja?c=771"),
        html=digest_html(
            "Tu alerta: planificación portuaria (Vigo y alrededores)", "#006d77",
            "Hola Gwendal, estas son las ofertas nuevas de esta semana que encajan con tu alerta.",
            _ALERTA_ES_ITEMS,
            "Darse de baja de esta alerta: https://empleomar.example.es/alertas/baja?c=771"),
    ),
    dict(
        kind="other", name="headhunter_vigo_contacto", lang="es", company="",
        contact="lucia.barreiro@atlanticotalento.example.es",
        frm="Lucía Barreiro <lucia.barreiro@atlanticotalento.example.es>",
        subject="Tu perfil en el sector marítimo",
        date="2026-06-26 11:05 +0200", alt="plain",
        text="""Hola Gwendal:

Soy Lucía Barreiro, de Atlántico Talento, una consultora de selección de Vigo especializada en puertos, pesca y construcción naval.

Uxía Pereira, de Portempleo, me habló de ti. Ahora mismo no tengo ningún proceso abierto que encaje, pero me gustaría conocerte y tener tu currículum por si surge algo en los próximos meses.

¿Te parece que hablemos por teléfono un rato la semana que viene?

Un saludo,
Lucía Barreiro
Socia - Atlántico Talento
Rúa do Príncipe 22, 36202 Vigo
654 88 21 37
""",
    ),
    dict(
        kind="other", name="amigo_roi_su_rechazo", lang="es", company="",
        contact="roi.fernandez@example.es",
        frm="Roi Fernández <roi.fernandez@example.es>",
        subject="me han dicho que no",
        date="2026-08-21 23:10 +0200", charset="iso-8859-1", cte="8bit",
        text="""Qué pasa, Gwendal:

Al final me han rechazado en la cofradía de Cangas para el puesto de administrativo de lonja. Dicen que buscaban a alguien con experiencia en facturación. Yo, que llevo veinte años descargando pescado delante de sus narices...

¿Tú qué tal? ¿Te llamaron los del astillero para la entrevista o ya estás en Francia otra vez?

Un abrazo,
Roi
""",
    ),
    dict(
        kind="other", name="banco_cita_gestor", lang="es", company="", contact="",
        frm="Banco del Atlántico Norte <avisos@bancoatlanticonorte.example.es>",
        subject="Confirmación de su cita con su gestor",
        date="2026-09-18 09:30 +0200", html_only=True,
        alt=("ats", "Banco del Atlántico Norte", "#003366",
             "Este correo se ha generado automáticamente. No responda a este mensaje."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Estimado cliente:

Le confirmamos su cita con su gestor personal, D. Marcos Pazos, para la apertura de una cuenta de no residente.

Fecha: jueves 24 de septiembre de 2026
Hora: 10:15
Oficina: Vigo - Policarpo Sanz 14

Recuerde traer su pasaporte o documento de identidad y su NIE, si dispone de él.

Banco del Atlántico Norte
""",
    ),
    dict(
        kind="other", name="periodista_entrevista_pescadores", lang="es", company="",
        contact="sabela.castro@diarioberbes.example.es",
        frm="Sabela Castro <sabela.castro@diarioberbes.example.es>",
        subject="Entrevista para un reportaje sobre pescadores franceses en Vigo",
        date="2026-10-09 12:40 +0200",
        text="""Hola, Gwendal:

Soy periodista de Diario do Berbés. Estoy preparando un reportaje sobre marineros y patrones de Bretaña que buscan trabajo en el puerto de Vigo, y Brais Otero, de Navieira Cíes, me dio tu correo.

¿Te importaría que te hiciera una entrevista? Puede ser por teléfono o en persona, cuando vuelvas por aquí. Serían unos 30 minutos.

Muchas gracias,
Sabela Castro
Redactora - Diario do Berbés
687 12 40 95
""",
    ),
]
