"""Corpus 271, kind `other`: 52 hand-written messages (fr 27, de 13, en 6, es 6)."""

# ruff: noqa: C408  (every message is a hand-written dict(...) spec)

from __future__ import annotations

from msgs271_acks import _KESSLER_APPL, _LAV_OFFER, _LAV_THANKS
from msgs271_common import (
    ME,
    MY_SIGNATURE_DE,
    MY_SIGNATURE_FR,
    digest_text,
    forwarded,
    gmail_html,
    newsletter,
    outlook_word,
    paras,
    reply_quote,
    t,
)
from msgs271_invites import _LEMAN_REQ, _SAONE_INV, _SAONE_REQ
from msgs271_rejections import _DL_THANKS


def _list_headers(list_id: str, unsub_mail: str, unsub_url: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<mailto:{unsub_mail}?subject=unsubscribe>,\n <{unsub_url}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# --- digests and newsletters ------------------------------------------------------------------

_ALERT_FR_ITEMS = [
    ("Assistant achats H/F – Biscuiterie artisanale – Dijon (21)",
     "CDI · 26-29 k€ · Suivi des commandes fournisseurs, relances, litiges. Entretiens "
     "prévus dès la semaine prochaine.",
     "https://www.emploi-bourgogne.example.fr/offre/88213?utm_source=alerte"),
    ("Approvisionneur junior – Agroalimentaire – Beaune (21)",
     "CDD 9 mois · Planification des besoins en matières premières, reporting hebdomadaire.",
     "https://www.emploi-bourgogne.example.fr/offre/88190?utm_source=alerte"),
    ("Gestionnaire achats – Centre hospitalier – Chalon-sur-Saône (71)",
     "Titulaire ou contractuel · Marchés publics, bons de commande, relation fournisseurs.",
     "https://www.emploi-bourgogne.example.fr/offre/88177?utm_source=alerte"),
    ("Assistant(e) ADV / achats – Négoce vins – Mâcon (71)",
     "CDI · Anglais apprécié · Candidature en un clic, réponse sous 15 jours.",
     "https://www.emploi-bourgogne.example.fr/offre/88142?utm_source=alerte"),
]
_ALERT_FR_INTRO = ("Bonjour Baptiste, voici les 4 nouvelles offres correspondant à votre "
                   "alerte « assistant achats – 50 km autour de Dijon ».")
_ALERT_FR_FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Bourgogne. "
                  "Se désinscrire : https://www.emploi-bourgogne.example.fr/alertes/stop/ab12")

_NEWS_FR_ITEMS = [
    ("« Nous ne donnerons pas suite » : ce que cache vraiment un refus",
     "Un refus poli n'est pas un verdict sur votre valeur. Décryptage des formules "
     "qu'emploient les recruteurs et de ce qu'elles disent du processus.",
     "https://mag.carrieres-metiers.example.fr/refus-candidature"),
    ("Relancer après un entretien sans paraître insistant",
     "Trois modèles de messages à envoyer une semaine après votre rendez-vous.",
     "https://mag.carrieres-metiers.example.fr/relance-entretien"),
    ("Reconversion : valoriser un métier manuel dans un CV tertiaire",
     "Boulangers, cuisiniers, caristes : vos compétences de gestion de stock comptent.",
     "https://mag.carrieres-metiers.example.fr/reconversion-cv"),
]

_ALERT_DE_ITEMS = [
    ("Sachbearbeiter/in Einkauf 80–100 % – Lebensmittelhandel, Basel",
     "Bestellwesen, Lieferantenpflege, SAP MM von Vorteil. Vorstellungsgespräche ab KW 12.",
     "https://www.stellenradar-basel.example.ch/job/51342"),
    ("Einkaufsassistenz – Pharmazulieferer, Allschwil",
     "Befristet 12 Monate, Deutsch und Französisch verhandlungssicher.",
     "https://www.stellenradar-basel.example.ch/job/51301"),
    ("Disponent/in Backwaren – Grossbäckerei, Pratteln",
     "Frühschicht, Tourenplanung, Bestellungen bei Mühlen und Zulieferern.",
     "https://www.stellenradar-basel.example.ch/job/51288"),
]

_ALERT_EN_ITEMS = [
    ("Procurement Assistant – Food distribution – Geneva",
     "Full-time, French and English. Apply by 30 June; first interviews in early July.",
     "https://jobpulse.example.com/j/7731?src=digest"),
    ("Junior Buyer – Commodity trading – Geneva",
     "Graduate-level role, strong Excel. Relocation support available.",
     "https://jobpulse.example.com/j/7702?src=digest"),
    ("Supply Assistant (maternity cover) – Basel",
     "12-month contract; German B2 required.",
     "https://jobpulse.example.com/j/7688?src=digest"),
]

_ALERT_ES_ITEMS = [
    ("Auxiliar de compras – Industria alimentaria – Valencia",
     "Contrato indefinido, 22.000-24.000 €. Incorporación inmediata tras entrevista.",
     "https://empleolevante.example.es/oferta/30912"),
    ("Administrativo/a de aprovisionamiento – Puerto de Valencia",
     "Inglés medio, manejo de ERP. Proceso de selección con dos entrevistas.",
     "https://empleolevante.example.es/oferta/30877"),
    ("Ayudante de compras – Bodega – Utiel-Requena",
     "Campaña de vendimia, posibilidad de continuidad.",
     "https://empleolevante.example.es/oferta/30851"),
]

_BV_COLD = t("""
    Grüezi Herr Nguyen-Ferrand

    Ich bin Partnerin bei Brunner & Vogt Executive Search in Basel. Bei meinen Recherchen in
    der Lebensmittelbranche bin ich auf Ihr Profil gestossen: Ein Bäcker, der in den Einkauf
    wechseln will und dabei Französisch, Deutsch und etwas Spanisch mitbringt, fällt auf.

    Ich habe zurzeit kein konkretes Mandat für Sie, baue aber einen Kreis von Kandidatinnen
    und Kandidaten für Einkaufsfunktionen in der Nordwestschweiz auf. Wären Sie grundsätzlich
    offen dafür, dass ich Sie bei passenden Suchen berücksichtige? Eine kurze Antwort genügt.

    Mit freundlichen Grüssen
    Daniela Vogt
    Partnerin
    Brunner & Vogt Executive Search · St. Alban-Graben 5 · 4051 Basel
    +41 61 206 77 30
""")

_MUM_AD = t("""
    Assistant(e) achats – Fromagerie artisanale (25)

    Fromagerie familiale du Haut-Doubs recherche un(e) assistant(e) achats pour gérer les
    approvisionnements en lait, ferments et emballages. Profil : expérience en production
    alimentaire appréciée, rigueur, sens du contact fournisseurs.

    Candidature (CV + lettre) à envoyer avant le 15 janvier.
""")

_PODCAST = t("""
    Bonjour Baptiste,

    Je m'appelle Léa Castel et j'anime « Changer de cap », un podcast bourguignon sur les
    reconversions professionnelles (environ 4 000 écoutes par épisode).

    Votre témoignage sur le groupe « Reconversion Dijon » m'a beaucoup touchée : passer du
    pétrin aux achats, c'est exactement le genre de parcours que nos auditeurs aiment
    entendre. Accepteriez-vous de m'accorder une interview d'environ 40 minutes pour un
    prochain épisode ? L'enregistrement se fait dans notre petit studio rue Chaudronnerie ou
    à distance, comme vous préférez.

    Aucune obligation, bien sûr. Si l'idée vous plaît, répondez-moi et on trouve une date.

    Léa Castel
    Productrice – « Changer de cap »
    06 12 48 90 37
""")

MESSAGES = [
    # =========================================== French =====================================
    dict(
        id="alert-fr", kind="other", slug="job_alert_digest", lang="fr", contact="",
        frm=("Emploi Bourgogne – Alertes", "alertes@emploi-bourgogne.example.fr"),
        subject="4 nouvelles offres : assistant achats – autour de Dijon",
        date="2026-01-26 06:30",
        text=digest_text("Vos nouvelles offres", _ALERT_FR_INTRO, _ALERT_FR_ITEMS,
                         _ALERT_FR_FOOT),
        html=newsletter("Vos nouvelles offres", _ALERT_FR_INTRO, _ALERT_FR_ITEMS,
                        _ALERT_FR_FOOT),
        headers=_list_headers("<alertes.emploi-bourgogne.example.fr>",
                              "unsubscribe@emploi-bourgogne.example.fr",
                              "https://www.emploi-bourgogne.example.fr/alertes/stop/ab12"),
    ),
    dict(
        id="news-refus-fr", kind="other", slug="newsletter_about_rejections", lang="fr",
        contact="", frm=("Le Mag Carrières & Métiers", "newsletter@carrieres-metiers.example.fr"),
        subject="Refus, relances, reconversion : votre lettre du mardi",
        date="2026-02-17 07:00",
        html=newsletter("La lettre Carrières & Métiers",
                        "Cette semaine, on parle de ces refus qui arrivent après un entretien "
                        "réussi, et de comment rebondir.", _NEWS_FR_ITEMS,
                        "Carrières & Métiers, 18 rue de la Liberté, 21000 Dijon. "
                        '<a href="https://mag.carrieres-metiers.example.fr/desinscription">'
                        "Se désabonner</a>", "#9d174d"),
        headers=_list_headers("Lettre hebdo <hebdo.carrieres-metiers.example.fr>",
                              "desinscription@carrieres-metiers.example.fr",
                              "https://mag.carrieres-metiers.example.fr/desinscription"),
    ),
    dict(
        id="news-entretien-fr", kind="other", slug="advice_article_interview", lang="fr",
        contact="", frm=("Réussir son entretien", "conseils@jobconseil.example.fr"),
        subject="Entretien d'embauche : les 7 questions pièges (et quoi répondre)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-12 12:15", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            ENTRETIEN D'EMBAUCHE : LES 7 QUESTIONS PIEGES

            « Parlez-moi de vous », « Quel est votre principal défaut ? », « Pourquoi
            devrions-nous vous embaucher ? »... Ces questions reviennent dans presque tous les
            entretiens d'embauche. Voici comment y répondre sans réciter.

            1. Préparez une présentation de deux minutes, pas plus.
            2. Choisissez un vrai défaut, et montrez comment vous le corrigez.
            3. Reliez chaque réponse à l'offre d'emploi.
            4. Gardez une question pour la fin : un recruteur note toujours la curiosité.

            Lire l'article complet : https://www.jobconseil.example.fr/questions-pieges

            Vous recevez ce conseil car vous êtes inscrit à la lettre JobConseil.
            Désinscription : https://www.jobconseil.example.fr/d/7f1a
        """),
        headers=_list_headers("<conseils.jobconseil.example.fr>",
                              "stop@jobconseil.example.fr",
                              "https://www.jobconseil.example.fr/d/7f1a"),
    ),
    dict(
        id="podcast-fr", kind="other", slug="podcast_interview_request", lang="fr",
        contact="lea.castel@changerdecap.example.fr",
        frm=("Léa Castel", "lea.castel@changerdecap.example.fr"),
        subject="Proposition d'interview pour le podcast « Changer de cap »",
        date="2026-04-16 10:20", text=_PODCAST, html=gmail_html(paras(_PODCAST)),
    ),
    dict(
        id="ux-fr", kind="other", slug="user_research_interview", lang="fr", contact="",
        frm=("L'équipe Produit Emploi Bourgogne", "recherche-utilisateurs@emploi-bourgogne.example.fr"),
        subject="Participez à un entretien utilisateur (30 min, bon d'achat de 20 €)",
        date="2026-05-07 14:00",
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            Vous utilisez nos alertes emploi depuis plusieurs mois : votre avis nous
            intéresse !

            Nous organisons des entretiens utilisateurs de 30 minutes en visio pour comprendre
            comment vous cherchez un poste et ce qui vous manque dans notre application. Pour
            vous remercier, nous offrons un bon d'achat de 20 €.

            Réservez un créneau ici : https://rdv.emploi-bourgogne.example.fr/ux-mai

            Ce n'est pas un entretien de recrutement, et votre participation n'a aucun effet sur
            vos candidatures.

            L'équipe Produit
        """))),
        headers=[("Precedence", "bulk")],
    ),
    dict(
        id="colis-fr", kind="other", slug="package_delayed", lang="fr", contact="",
        frm=("ColisRapide", "ne-pas-repondre@colisrapide.example.fr"),
        subject="Votre colis est retardé", date="2026-06-04 08:12",
        text=t("""
            Bonjour,

            Malheureusement, votre colis n° CR 4821 9930 FR ne pourra pas être livré à la date
            prévue en raison d'un incident sur notre plateforme de Chalon-sur-Saône.

            Nouvelle date de livraison estimée : samedi 6 juin, entre 9h et 13h.
            Suivre mon colis : https://www.colisrapide.example.fr/suivi/CR48219930FR

            Nous vous prions de nous excuser pour ce désagrément.
            Le service client ColisRapide
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="ami-refus-fr", kind="other", slug="friend_own_rejection", lang="fr",
        contact="julien.marchal@example.fr",
        frm=("Julien Marchal", "julien.marchal@example.fr"),
        subject="Bon bah c'est mort pour moi", date="2026-04-09 22:48", cte="8bit",
        text=t("""
            Salut Bapt,

            Je viens de recevoir le mail de la boîte de Chenôve : « nous avons le regret de
            vous informer que votre candidature n'a pas été retenue », etc. Trois entretiens
            pour ça ! Je suis dégoûté.

            Et toi, tes entretiens à Beaune et à Mâcon, ça donne quoi ? Dis-moi que t'as eu
            plus de chance que moi.

            On se fait une bière samedi ?
            Ju
        """),
    ),
    dict(
        id="lav-thanks", kind="other", slug="own_thank_you_note", lang="fr", contact="",
        frm=ME, to=[("Hélène Roussel", "helene.roussel@lavergne-vins.example.fr")],
        subject="Merci pour l'entretien", date="2026-03-06 18:40", reply="lav-move",
        text=_LAV_THANKS, cte="quoted-printable",
    ),
    dict(
        id="vuil-appl", kind="other", slug="own_application_with_cv", lang="fr", contact="",
        frm=ME, to=[("Fromagerie Vuillemin", "contact@fromagerie-vuillemin.example.fr")],
        subject="Candidature – poste d'adjoint aux achats", date="2026-01-12 20:31",
        reply="mum-fwd",
        text=t("""
            Madame, Monsieur,

            Ma mère m'a transmis votre annonce pour un poste d'assistant aux achats, et je me
            permets de vous adresser ma candidature.

            Boulanger depuis huit ans à Dijon, je gère depuis trois ans les commandes de
            matières premières de notre fournil : farines, beurre, levures et emballages.
            Je connais les contraintes des produits frais et je souhaite aujourd'hui en faire
            mon métier à plein temps.

            Vous trouverez mon CV en pièce jointe. Je serais heureux de vous rencontrer à
            Besançon à la date qui vous conviendra.

            Bien cordialement,
        """) + MY_SIGNATURE_FR + "\n",
        pdfs=[dict(name="CV_Baptiste_Nguyen-Ferrand.pdf", title="Baptiste Nguyen-Ferrand - CV",
                   lines=["Boulanger - Le Fournil des Ducs, Dijon (2018-2026)",
                          "Gestion des commandes de matières premières depuis 2023",
                          "CAP Boulanger, 2017 - Formation Excel avancé, 2025",
                          "Langues : français, allemand (B2), anglais (B1), espagnol (B1)"])],
    ),
    dict(
        id="saone-req", kind="other", slug="own_reschedule_request", lang="fr", contact="",
        frm=ME, to=[("Karim Benali", "karim.benali@saone-distribution.example.fr")],
        subject="Re: Échange téléphonique – poste assistant achats", date="2026-03-18 07:55",
        reply="saone-inv",
        text=_SAONE_REQ + reply_quote("fr", "2026-03-17 09:26", "Karim Benali",
                                      "karim.benali@saone-distribution.example.fr", _SAONE_INV),
    ),
    dict(
        id="vauban-cold", kind="other", slug="headhunter_cold_approach", lang="fr",
        contact="pierre.grandjean@vauban-talents.example.fr",
        frm=("Pierre Grandjean", "pierre.grandjean@vauban-talents.example.fr"),
        subject="Votre profil – achats agroalimentaires", date="2026-05-25 13:44",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Je suis consultant chez Vauban Talents, cabinet de recrutement basé à Besançon et
            spécialisé dans l'agroalimentaire et l'industrie.

            Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais votre parcours de
            boulanger se tournant vers les achats a retenu mon attention. Si vous le
            souhaitez, je peux ajouter votre CV à notre base afin de penser à vous lorsqu'une
            mission correspondante s'ouvrira en Franche-Comté ou en Bourgogne.

            Il vous suffit de me répondre avec votre CV à jour.

            Cordialement,
            Pierre Grandjean
            Consultant – Vauban Talents
            11 rue Proudhon, 25000 Besançon
        """),
    ),
    dict(
        id="banque-fr", kind="other", slug="bank_adviser_appointment", lang="fr", contact="",
        frm=("Banque Côte-d'Or Crédit", "no-reply@bcoc.example.fr"),
        subject="Confirmation de votre rendez-vous avec votre conseillère",
        date="2026-02-26 11:02",
        html=gmail_html(paras(t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Votre rendez-vous est confirmé :
            Entretien « projet et épargne » avec Mme Claire Vasseur, votre conseillère
            Jeudi 5 mars 2026 à 17h15 – Agence Dijon Darcy, 2 place Darcy

            Pensez à vous munir de vos trois derniers bulletins de salaire si vous souhaitez
            aborder votre projet de prêt.

            Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client.
            Ceci est un message automatique, merci de ne pas y répondre.
        """))),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="chaudiere-fr", kind="other", slug="landlord_boiler_maintenance", lang="fr",
        contact="gestion@regie-berbisey.example.fr",
        frm=("Régie Berbisey – Gestion locative", "gestion@regie-berbisey.example.fr"),
        subject="Entretien annuel de la chaudière – passage du technicien",
        date="2026-09-16 09:33", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Madame, Monsieur,

            Nous vous informons que l'entretien annuel obligatoire des chaudières individuelles
            de la résidence du 14 rue Berbisey aura lieu le mardi 29 septembre, entre 8h et
            12h, par la société Thermi-Dijon.

            Merci de laisser l'accès à votre logement ou de confier vos clés à la gardienne.
            En cas d'impossibilité, répondez à ce message afin que nous fixions un autre
            rendez-vous avec le technicien.

            Régie Berbisey - Service gestion locative
            5 place Émile Zola, 21000 Dijon - 03 80 30 11 52
        """),
    ),
    dict(
        id="ecole-fr", kind="other", slug="school_teacher_meeting", lang="fr",
        contact="cecile.boivin@ecole-trimolet.example.fr",
        frm=("Cécile Boivin", "cecile.boivin@ecole-trimolet.example.fr"),
        subject="Rencontre individuelle au sujet de Léo", date="2026-01-30 16:47",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Comme chaque année en CE1, je reçois les parents pour un entretien individuel
            d'un quart d'heure afin de faire le point sur le premier semestre.

            Je vous propose le lundi 9 février à 16h45 dans la classe. Si ce créneau ne vous
            convient pas, indiquez-moi vos disponibilités dans le cahier de liaison ou par
            retour de mail.

            Léo progresse bien en lecture, rassurez-vous !

            Cécile Boivin
            Enseignante CE1 – École élémentaire Trimolet, Dijon
        """),
    ),
    dict(
        id="medecin-fr", kind="other", slug="doctor_appointment_reminder", lang="fr",
        contact="", frm=("MédiRDV", "rappels@medirdv.example.fr"), name_enc=("utf-8", "B"),
        subject="Rappel : votre rendez-vous demain à 8h40", date="2026-07-20 18:00",
        text=t("""
            Bonjour Baptiste,

            Rappel de votre rendez-vous :
            Dr Anne Lhuillier – Médecin généraliste
            Mardi 21 juillet 2026 à 8h40
            Cabinet médical des Godrans, 31 rue des Godrans, Dijon

            Motif : consultation de suivi.

            En cas d'empêchement, annulez au moins 24 h à l'avance pour libérer le créneau :
            https://www.medirdv.example.fr/rdv/annuler/5530291

            L'équipe MédiRDV
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="ooo-fr", kind="other", slug="out_of_office_recruiter", lang="fr",
        contact="helene.roussel@lavergne-vins.example.fr",
        frm=("Hélène Roussel", "helene.roussel@lavergne-vins.example.fr"),
        subject="Réponse automatique : Re: Merci pour l'entretien – proposition d'embauche",
        date="2026-03-20 12:03",
        reply="lav-decline",
        text=t("""
            Bonjour,

            Je suis absente du 20 au 29 mars inclus, sans accès à ma messagerie.

            Pour toute question urgente concernant les commandes fournisseurs, merci de
            contacter Julie Gauthier au 03 80 24 90 14. Pour les candidatures et les
            entretiens en cours, vous pouvez écrire à Marc Delorme
            (marc.delorme@lavergne-vins.example.fr).

            Hélène Roussel
        """),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        id="reseau-fr", kind="other", slug="network_new_position", lang="fr", contact="",
        frm=("ProRéseau", "notifications@proreseau.example.com"),
        subject="Karim Benali a pris un nouveau poste – félicitez-le !",
        date="2026-06-29 08:45", tz="+0000",
        html=gmail_html(paras(t("""
            Baptiste, votre réseau bouge !

            Karim Benali occupe désormais la position de Responsable recrutement chez
            Saône Distribution. Envoyez-lui un message de félicitations.

            Votre profil est aussi apparu dans 14 recherches cette semaine, dont 3 de
            recruteurs du secteur agroalimentaire.

            Voir qui a consulté mon profil : https://www.proreseau.example.com/me/views

            Vous recevez cette notification car vous êtes membre de ProRéseau.
            Gérer mes notifications : https://www.proreseau.example.com/settings/email
        """))),
        headers=_list_headers("<notifications.proreseau.example.com>",
                              "unsubscribe@proreseau.example.com",
                              "https://www.proreseau.example.com/settings/email"),
    ),
    dict(
        id="formation-refus-fr", kind="other", slug="training_place_refused", lang="fr",
        contact="admissions@campuspro-bourgogne.example.fr",
        frm=("Campus Pro Bourgogne – Admissions", "admissions@campuspro-bourgogne.example.fr"),
        subject="Réponse à votre candidature – Titre professionnel Assistant achats",
        date="2026-06-23 17:10",
        text=t("""
            Monsieur Nguyen-Ferrand,

            Vous avez candidaté à la formation « Titre professionnel Assistant(e) achats »
            (session de septembre 2026, en alternance) et nous vous en remercions.

            Le jury d'admission s'est réuni le 19 juin. Compte tenu du nombre de places
            (14) et de l'absence à ce jour d'entreprise d'accueil pour l'alternance, nous ne
            pouvons malheureusement pas vous proposer de place dans cette session. Votre
            dossier peut être réexaminé pour la session de février 2027 si vous trouvez une
            entreprise d'accueil.

            Le service des admissions
            Campus Pro Bourgogne – 9 avenue Champollion, 21000 Dijon
        """),
    ),
    dict(
        id="conseiller-fr", kind="other", slug="public_employment_followup", lang="fr",
        contact="", frm=("Espace Emploi Dijon Métropole", "ne-pas-repondre@espace-emploi.example.fr"),
        subject="Convocation : entretien de suivi avec votre conseiller", date="2026-05-13 09:00",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Dans le cadre de votre accompagnement, vous êtes convoqué à un entretien de suivi
            avec M. Yannick Perret, votre conseiller référent.

            Date : mercredi 20 mai 2026 à 10h30
            Lieu : Espace Emploi Dijon Métropole, 22 rue de la Préfecture, Dijon

            Merci de vous munir de votre CV à jour et de la liste des candidatures envoyées
            depuis notre dernier rendez-vous.

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="covoit-fr", kind="other", slug="carpool_driver_position", lang="fr", contact="",
        frm=("Covoit'Bourgogne", "notifications@covoit-bourgogne.example.fr"),
        subject="Votre conducteur partage sa position", date="2026-03-05 07:42",
        text=t("""
            Bonjour Baptiste,

            Thomas, votre conducteur pour le trajet Dijon → Beaune de 8h15, partage sa
            position en temps réel.

            Position actuelle : avenue du Drapeau, Dijon (environ 6 min du point de rendez-vous)
            Point de rendez-vous : parking de la gare, côté Devosge

            Suivre le trajet : https://covoit-bourgogne.example.fr/trajet/99382/live

            Bon voyage !
        """),
    ),
    dict(
        id="club-achats-fr", kind="other", slug="association_openings_letter", lang="fr",
        contact="", frm=("Club Achats BFC", "lettre@club-achats-bfc.example.fr"),
        subject="La lettre du Club Achats – postes à pourvoir et afterwork d'octobre",
        date="2026-10-01 18:30",
        text=t("""
            LA LETTRE DU CLUB ACHATS BOURGOGNE-FRANCHE-COMTÉ – OCTOBRE 2026

            POSTES À POURVOIR CHEZ NOS ADHÉRENTS
            - Acheteur projets – équipementier automobile, Montbéliard
            - Assistant(e) achats – négociant en vins, Nuits-Saint-Georges
            - Approvisionneur – laiterie, Pontarlier
            Détails et candidatures : https://www.club-achats-bfc.example.fr/emplois

            AFTERWORK DU 15 OCTOBRE
            « Négocier en période d'inflation » : table ronde avec trois directeurs achats,
            suivie d'un apéritif. Inscription : https://www.club-achats-bfc.example.fr/agenda

            Vous recevez cette lettre en tant que membre sympathisant du Club.
            Se désinscrire : https://www.club-achats-bfc.example.fr/desinscription
        """),
        headers=_list_headers("Lettre du Club <lettre.club-achats-bfc.example.fr>",
                              "desinscription@club-achats-bfc.example.fr",
                              "https://www.club-achats-bfc.example.fr/desinscription"),
    ),
    dict(
        id="mum-fwd", kind="other", slug="mum_forwards_job_ad", lang="fr",
        contact="martine.ferrand@example.fr",
        frm=("Martine Ferrand", "martine.ferrand@example.fr"),
        subject="Fwd: Annonce assistant achats fromagerie", date="2026-01-10 14:26",
        text=t("""
            Coucou mon grand,

            Regarde ce que Mireille m'a envoyé, c'est pour toi ça ! Une fromagerie à
            Besançon, tu connais bien les produits frais. Envoie ton CV vite.

            Bisous,
            Maman
        """) + forwarded("fr", "2026-01-09 19:02", ("Mireille Jacob", "mireille.jacob@example.fr"),
                         ("Martine Ferrand", "martine.ferrand@example.fr"),
                         "Annonce assistant achats fromagerie", _MUM_AD),
        cte="8bit",
    ),
    dict(
        id="brott-sorry", kind="other", slug="own_apology_after_missed", lang="fr", contact="",
        frm=ME, to=[("Nathalie Ferreira", "nathalie.ferreira@labo-brotteaux.example.fr")],
        subject="Re: Visio de 14h – vous n'étiez pas connecté", date="2026-06-19 16:02",
        reply="brott-missed",
        text=t("""
            Madame Ferreira,

            Je suis sincèrement désolé : le lien de la visio s'est ouvert sur une salle
            d'attente qui n'a jamais démarré, et mon téléphone était en mode avion pour ne
            pas être dérangé. Je n'ai vu votre message qu'à 15h30.

            Si un autre créneau était possible, même tôt le matin, je serais évidemment
            disponible. Je comprends toutefois si le calendrier ne le permet pas.

            Bien cordialement,
        """) + MY_SIGNATURE_FR + "\n",
    ),
    dict(
        id="webinaire-fr", kind="other", slug="webinar_video_interview", lang="fr", contact="",
        frm=("Emploi Bourgogne Événements", "evenements@emploi-bourgogne.example.fr"),
        subject="Webinaire jeudi : réussir son entretien en visio", date="2026-08-25 11:00",
        html=newsletter(
            "Webinaire gratuit – jeudi 27 août, 12h30",
            "Caméra, lumière, regard, silences : une recruteuse et un coach vous donnent leurs "
            "astuces pour un entretien en visio réussi. 45 minutes, questions en direct.",
            [("Je m'inscris", "Places limitées à 300 participants.",
              "https://evenements.emploi-bourgogne.example.fr/webinaire-visio"),
             ("Revoir le dernier webinaire", "« Que répondre à un refus après entretien ? »",
              "https://evenements.emploi-bourgogne.example.fr/replay/refus")],
            "Vous recevez cet e-mail car vous êtes inscrit sur Emploi Bourgogne. "
            '<a href="https://www.emploi-bourgogne.example.fr/preferences">Préférences</a>',
            "#1d4ed8"),
        headers=_list_headers("<evenements.emploi-bourgogne.example.fr>",
                              "unsubscribe@emploi-bourgogne.example.fr",
                              "https://www.emploi-bourgogne.example.fr/preferences"),
    ),
    dict(
        id="reference-fr", kind="other", slug="ex_colleague_asks_reference", lang="fr",
        contact="sophie.ramel@example.fr", frm=("Sophie Ramel", "sophie.ramel@example.fr"),
        subject="Petit service ?", date="2026-09-03 20:12",
        text=t("""
            Coucou Baptiste,

            J'espère que tout roule pour toi ! J'ai un entretien mardi pour un poste de
            responsable de boutique à la boulangerie Moreau, à Chenôve, et ils demandent des
            références. Est-ce que je peux donner ton nom et ton numéro ? Ils appelleront
            peut-être cette semaine.

            Tu me sauves la vie si c'est oui :)

            Sophie
        """),
        html=gmail_html(paras(t("""
            Coucou Baptiste,

            J'espère que tout roule pour toi ! J'ai un entretien mardi pour un poste de
            responsable de boutique à la boulangerie Moreau, à Chenôve, et ils demandent des
            références. Est-ce que je peux donner ton nom et ton numéro ? Ils appelleront
            peut-être cette semaine.

            Tu me sauves la vie si c'est oui :)

            Sophie
        """))),
    ),
    dict(
        id="resto-fr", kind="other", slug="restaurant_booking_declined", lang="fr",
        contact="reservation@bistrot-des-halles.example.fr",
        frm=("Le Bistrot des Halles", "reservation@bistrot-des-halles.example.fr"),
        subject="Votre demande de réservation du 14 novembre", date="2026-10-09 15:35",
        cs="windows-1252", cte="quoted-printable",
        text=t("""
            Bonjour Monsieur,

            Merci pour votre demande de réservation pour un groupe de 18 personnes le samedi
            14 novembre.

            Malheureusement, nous ne pouvons pas donner suite : la salle est déjà privatisée
            ce soir-là pour un mariage. Nous serions ravis de vous accueillir le vendredi 13
            ou le samedi 21, si l'une de ces dates vous convient.

            Bien à vous,
            L'équipe du Bistrot des Halles – 10 rue Bannelier, Dijon
        """),
    ),
    dict(
        id="lav-decline", kind="other", slug="own_declines_offer", lang="fr", contact="",
        frm=ME, to=[("Marc Delorme", "marc.delorme@lavergne-vins.example.fr")],
        cc=[("Hélène Roussel", "helene.roussel@lavergne-vins.example.fr")],
        subject="Re: Merci pour l'entretien – proposition d'embauche", date="2026-03-20 11:58",
        reply="lav-offer",
        text=t("""
            Monsieur Delorme,

            Je vous remercie sincèrement pour votre proposition et pour la confiance que vous
            m'accordez.

            Après beaucoup de réflexion, je ne suis malheureusement pas en mesure de
            l'accepter : ma compagne vient d'obtenir une mutation à Lyon et nous devons
            déménager cet été, ce qui rendrait les trajets vers Beaune impossibles.

            J'ai beaucoup apprécié nos échanges et j'espère que nos chemins se recroiseront.

            Bien cordialement,
        """) + MY_SIGNATURE_FR + "\n" + reply_quote(
            "fr", "2026-03-13 11:40", "Marc Delorme", "marc.delorme@lavergne-vins.example.fr",
            _LAV_OFFER),
    ),
    # =========================================== German =====================================
    dict(
        id="alert-de", kind="other", slug="job_alert_digest_basel", lang="de", contact="",
        frm=("StellenRadar Basel", "jobmail@stellenradar-basel.example.ch"),
        subject="3 neue Jobs für «Einkauf Basel»", date="2026-03-16 06:05",
        text=digest_text("Ihr Job-Abo", "Guten Morgen! Diese Stellen passen zu Ihrem Suchabo "
                         "«Einkauf Basel».", _ALERT_DE_ITEMS,
                         "Abo verwalten: https://www.stellenradar-basel.example.ch/abo"),
        html=newsletter("Ihr Job-Abo", "Guten Morgen! Diese Stellen passen zu Ihrem Suchabo "
                        "«Einkauf Basel».", _ALERT_DE_ITEMS,
                        '<a href="https://www.stellenradar-basel.example.ch/abo">Abo verwalten'
                        "</a> · StellenRadar Basel, Steinenvorstadt 2, 4051 Basel", "#b91c1c"),
        headers=_list_headers("<jobmail.stellenradar-basel.example.ch>",
                              "abmelden@stellenradar-basel.example.ch",
                              "https://www.stellenradar-basel.example.ch/abo"),
    ),
    dict(
        id="news-absage-de", kind="other", slug="career_newsletter_absage", lang="de",
        contact="", frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
        subject="Absage erhalten? So geht es weiter", subj_enc=("iso-8859-1", "Q"),
        date="2026-04-23 07:15", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            KARRIERE-KOMPASS - Ihr Newsletter vom 23. April

            ABSAGE ERHALTEN? SO GEHT ES WEITER
            "Leider müssen wir Ihnen mitteilen..." - kaum ein Satz ist so gefürchtet. Doch
            eine Absage ist selten persönlich gemeint. Unsere Tipps:
            - Fragen Sie höflich nach einem kurzen Feedback.
            - Bleiben Sie mit dem Unternehmen in Kontakt.
            - Analysieren Sie, in welcher Phase die Absagen kommen.

            WEITERLESEN: https://www.karriere-kompass.example.de/absage-tipps

            AUSSERDEM: Das Vorstellungsgespräch per Video - die zehn häufigsten Fehler.
            https://www.karriere-kompass.example.de/video-interview

            Abmelden: https://www.karriere-kompass.example.de/abmelden
        """),
        headers=_list_headers("<newsletter.karriere-kompass.example.de>",
                              "abmelden@karriere-kompass.example.de",
                              "https://www.karriere-kompass.example.de/abmelden"),
    ),
    dict(
        id="kessler-appl", kind="other", slug="own_bewerbung_with_cv", lang="de", contact="",
        frm=ME, to=[("Kessler Lebensmittel – Personal", "jobs@kessler-lebensmittel.example.ch")],
        subject="Bewerbung als Einkaufsassistent – Baptiste Nguyen-Ferrand",
        date="2026-05-29 21:17",
        text=_KESSLER_APPL.replace("Baptiste Nguyen-Ferrand\n", "") + MY_SIGNATURE_DE + "\n",
        pdfs=[dict(name="Lebenslauf_Nguyen-Ferrand.pdf", title="Lebenslauf Baptiste Nguyen-Ferrand",
                   lines=["Bäcker, Le Fournil des Ducs, Dijon (2018-2026)",
                          "Verantwortlich für Bestellungen von Rohstoffen seit 2023",
                          "Sprachen: Französisch (Muttersprache), Deutsch B2, Englisch B1",
                          "Wohnort: Dijon, Grenzgänger ab 2026"])],
    ),
    dict(
        id="dl-thanks", kind="other", slug="own_dankesmail", lang="de", contact="",
        frm=ME, to=[("Nicole Brändli", "nicole.braendli@dreilaender-logistik.example.ch")],
        subject="Vielen Dank für das Gespräch", date="2026-03-13 17:42", reply="dl-cancel",
        text=_DL_THANKS,
    ),
    dict(
        id="ooo-de", kind="other", slug="abwesenheitsnotiz", lang="de",
        contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        subject="Automatische Antwort: Rückmeldung Backstube Riehen", date="2026-02-17 08:01",
        reply="hartmann-rej",
        text=t("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis und mit 24. Februar in den Ferien und habe keinen Zugriff auf meine
            E-Mails. In dringenden Fällen (Einsätze, Vorstellungsgespräche, Absagen von
            Kunden) wenden Sie sich bitte an meine Kollegin Petra Schmid,
            petra.schmid@hartmann-personal.example.ch, +41 61 272 18 52.

            Freundliche Grüsse
            Marco Stäheli
        """),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        id="sprachkurs-de", kind="other", slug="language_course_place_refused", lang="de",
        contact="anmeldung@sprachschule-rheinbruecke.example.ch",
        frm=("Sprachschule Rheinbrücke", "anmeldung@sprachschule-rheinbruecke.example.ch"),
        subject="Ihre Anmeldung: Deutsch B2 Abendkurs", date="2026-08-14 14:25",
        cs="windows-1252", cte="base64",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Besten Dank für Ihre Anmeldung zum Abendkurs Deutsch B2 (Beginn 7. September).

            Leider ist der Kurs bereits ausgebucht, und wir können Ihre Anmeldung nicht
            berücksichtigen. Gerne haben wir Sie auf die Warteliste gesetzt (Platz 4). Der
            nächste B2-Kurs startet am 11. Januar 2027; bei Interesse reservieren wir Ihnen
            dort einen Platz.

            Freundliche Grüsse
            Sekretariat – Sprachschule Rheinbrücke
            Greifengasse 18, 4058 Basel
        """),
    ),
    dict(
        id="wohnung-de", kind="other", slug="flat_application_declined", lang="de",
        contact="vermietung@immo-gundeli.example.ch",
        frm=("Immo Gundeli Verwaltung", "vermietung@immo-gundeli.example.ch"),
        subject="3-Zimmer-Wohnung Güterstrasse 144 – Ihre Bewerbung",
        date="2026-07-03 10:48",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung an der Güterstrasse 144 und
            Ihre Teilnahme am Besichtigungstermin vom 29. Juni.

            Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere
            Mietinteressenten entschieden hat. Ihre Unterlagen werden wir vernichten.

            Wir wünschen Ihnen bei der weiteren Wohnungssuche viel Erfolg.

            Freundliche Grüsse
            Immo Gundeli Verwaltung AG
            Güterstrasse 90, 4053 Basel
        """),
    ),
    dict(
        id="zahnarzt-de", kind="other", slug="dentist_reminder", lang="de", contact="",
        frm=("Zahnarztpraxis am Spalenberg", "termine@zahnarzt-spalenberg.example.ch"),
        subject="Terminerinnerung: Dentalhygiene am 15. September", date="2026-09-11 18:00",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Wir erinnern Sie an Ihren Termin:
            Dentalhygiene bei Frau M. Keller
            Dienstag, 15. September 2026, 17.30 Uhr
            Spalenberg 40, 4051 Basel

            Bitte sagen Sie den Termin mindestens 24 Stunden im Voraus ab, falls Sie ihn
            nicht wahrnehmen können. Nicht abgesagte Termine werden verrechnet.

            Ihr Praxisteam
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="netz-de", kind="other", slug="network_profile_views", lang="de", contact="",
        frm=("BerufsNetz", "benachrichtigung@berufsnetz.example.de"),
        subject="5 Personen haben Ihr Profil besucht", date="2026-05-18 07:20", tz="+0000",
        html=gmail_html(paras(t("""
            Hallo Baptiste,

            Ihr Profil ist gefragt: 5 Personen haben es in den letzten 7 Tagen besucht,
            darunter eine Recruiterin aus Basel.

            Ausserdem neu in Ihrem Netzwerk: Nicole Brändli hat eine neue Position als
            Head of HR angetreten.

            Jetzt ansehen: https://www.berufsnetz.example.de/profilbesucher

            Benachrichtigungen verwalten: https://www.berufsnetz.example.de/einstellungen
        """))),
        headers=_list_headers("<benachrichtigung.berufsnetz.example.de>",
                              "abmelden@berufsnetz.example.de",
                              "https://www.berufsnetz.example.de/einstellungen"),
    ),
    dict(
        id="bv-cold", kind="other", slug="headhunter_cold_no_mandate", lang="de",
        contact="daniela.vogt@brunner-vogt.example.ch",
        frm=("Daniela Vogt", "daniela.vogt@brunner-vogt.example.ch"),
        subject="Ihr Profil – Einkauf Lebensmittel Nordwestschweiz", date="2026-06-30 09:05",
        text=_BV_COLD, html=outlook_word(paras(_BV_COLD, "MsoNormal"), "DE-CH"),
    ),
    dict(
        id="paket-de", kind="other", slug="parcel_delayed", lang="de", contact="",
        frm=("PaketBlitz", "noreply@paketblitz.example.de"),
        subject="Ihre Sendung verzögert sich leider", date="2026-10-13 13:37",
        text=t("""
            Hallo Baptiste Nguyen-Ferrand,

            leider verzögert sich die Zustellung Ihrer Sendung 00340 4318 2207 wegen eines
            erhöhten Sendungsaufkommens im Verteilzentrum Weil am Rhein.

            Neuer voraussichtlicher Zustelltermin: Donnerstag, 15. Oktober.
            Sendungsverfolgung: https://www.paketblitz.example.de/track/0034043182207

            Wir bitten um Entschuldigung.
            Ihr PaketBlitz-Kundenservice
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="bank-de", kind="other", slug="bank_consultation_meeting", lang="de",
        contact="lukas.imhof@rheinbank.example.ch",
        frm=("Lukas Imhof", "lukas.imhof@rheinbank.example.ch"),
        subject="Beratungsgespräch Grenzgängerkonto", date="2026-07-22 11:40",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Besten Dank für Ihre Anfrage zur Eröffnung eines Grenzgängerkontos. Gerne lade ich
            Sie zu einem Beratungsgespräch in unsere Filiale am Marktplatz ein, zum Beispiel
            am Freitag, 31. Juli, um 12.15 Uhr.

            Bitte bringen Sie Ihren Pass, Ihren Arbeitsvertrag und die G-Bewilligung mit,
            sobald Sie diese haben.

            Freundliche Grüsse
            Lukas Imhof
            Kundenberater Privatkunden, Rheinbank
            Marktplatz 9, 4001 Basel, +41 61 266 40 40
        """),
    ),
    dict(
        id="presse-de", kind="other", slug="newspaper_interview_request", lang="de",
        contact="andrea.senn@dreiland-anzeiger.example.ch",
        frm=("Andrea Senn", "andrea.senn@dreiland-anzeiger.example.ch"),
        subject="Anfrage: Interview für unsere Serie «Neue Grenzgänger»",
        date="2026-09-29 15:50",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Ich bin Redaktorin beim Dreiland-Anzeiger und schreibe an einer Serie über
            Menschen, die neu als Grenzgänger in Basel arbeiten. Frau Frey von Kessler
            Lebensmittel hat mir Ihren Namen gegeben.

            Hätten Sie Lust auf ein Interview von etwa 30 Minuten, gern bei einem Kaffee in
            Basel oder am Telefon? Es ginge um Ihren Wechsel von der Backstube in den Einkauf
            und um den Alltag zwischen Dijon und Basel. Ein Fotograf würde Sie auf Wunsch kurz
            porträtieren.

            Freundliche Grüsse
            Andrea Senn
            Redaktorin Region, Dreiland-Anzeiger
            +41 61 555 20 17
        """),
    ),
    # =========================================== English ====================================
    dict(
        id="alert-en", kind="other", slug="job_digest_geneva", lang="en", contact="",
        frm=("JobPulse", "digest@jobpulse.example.com"),
        subject="Your weekly job matches: Procurement in Geneva & Basel",
        date="2026-06-22 05:00", tz="+0000",
        text=digest_text("Your weekly matches", "Hi Baptiste, here are this week's roles that "
                         "match your saved search.", _ALERT_EN_ITEMS,
                         "Manage alerts: https://jobpulse.example.com/alerts"),
        html=newsletter("Your weekly matches", "Hi Baptiste, here are this week's roles that "
                        "match your saved search.", _ALERT_EN_ITEMS,
                        '<a href="https://jobpulse.example.com/alerts">Manage alerts</a>',
                        "#4338ca"),
        cte="8bit", html_cte="quoted-printable",
        headers=_list_headers("JobPulse Digest <digest.jobpulse.example.com>",
                              "unsubscribe@jobpulse.example.com",
                              "https://jobpulse.example.com/alerts/unsubscribe/9921"),
    ),
    dict(
        id="news-en", kind="other", slug="career_advice_rejection_data", lang="en",
        contact="", frm=("The Career Switch Letter", "hello@careerswitch.example.com"),
        subject="Rejection is data: what 40 \"no\"s taught one career changer",
        date="2026-08-06 13:00", tz="+0100",
        text=t("""
            THE CAREER SWITCH LETTER - Issue 112

            Rejection is data
            Last year, reader Amira (a former line cook) sent 63 applications for
            procurement roles. She got 40 rejections, 9 interviews and 2 offers. Her
            spreadsheet showed that most "we regret to inform you" emails came after
            applications without a cover letter, and almost none after a referral.

            Three takeaways:
            1. Track every stage, not just the outcome.
            2. Ask for feedback after an interview, never after an automated no.
            3. Referrals beat cold applications four to one.

            Read the full story: https://careerswitch.example.com/112-rejection-is-data

            You're receiving this because you subscribed at careerswitch.example.com.
            Unsubscribe: https://careerswitch.example.com/unsubscribe
        """), cte="7bit",
        headers=_list_headers("<letter.careerswitch.example.com>",
                              "unsubscribe@careerswitch.example.com",
                              "https://careerswitch.example.com/unsubscribe"),
    ),
    dict(
        id="network-en", kind="other", slug="network_congratulate_new_position", lang="en",
        contact="", frm=("ProNetwork", "notifications-noreply@pronetwork.example.com"),
        subject="Priya Raman started a new position", date="2026-09-15 16:12", tz="+0000",
        html=gmail_html(paras(t("""
            Baptiste, congratulate Priya Raman on her new position!

            Priya Raman is now Head of Procurement Operations at Genevest Trading.

            Say congrats: https://www.pronetwork.example.com/feed/update/88120

            You appeared in 9 searches this week.

            Unsubscribe from these emails: https://www.pronetwork.example.com/settings
        """))),
        headers=_list_headers("<updates.pronetwork.example.com>",
                              "unsubscribe@pronetwork.example.com",
                              "https://www.pronetwork.example.com/settings"),
    ),
    dict(
        id="leman-req", kind="other", slug="own_reschedule_request_en", lang="en", contact="",
        frm=ME, to=[("Claire Dupasquier", "claire.dupasquier@leman-distribution.example.ch")],
        subject="Re: Phone screen for Purchasing Assistant at Léman Distribution",
        date="2026-05-12 06:48", reply="leman-inv", text=_LEMAN_REQ,
    ),
    dict(
        id="gps-en", kind="other", slug="bike_tracker_position", lang="en", contact="",
        frm=("TrackTag", "alerts@tracktag.example.com"),
        subject="New position reported for \"Vélo cargo\"", date="2026-08-30 23:14", tz="+0000",
        text=t("""
            Hi Baptiste,

            Your tracker "Vélo cargo" reported a new position at 01:12:
            Rue Jean-Jacques Rousseau, 21000 Dijon (accuracy 12 m)

            The device left its geofence "Home" 3 minutes ago. If this wasn't you, open the
            app to see the live position and share it with the police if needed:
            https://app.tracktag.example.com/devices/tt-4471/map

            Battery: 64 %

            TrackTag
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="ux-en", kind="other", slug="user_research_invite_app", lang="en",
        contact="maya.oduya@ledgerly.example.com",
        frm=("Maya Oduya", "maya.oduya@ledgerly.example.com"),
        subject="Would you join a 45-min research interview? (CHF 50 voucher)",
        date="2026-10-14 10:30", tz="+0100",
        text=t("""
            Hi Baptiste,

            I'm a user researcher at Ledgerly, the budgeting app you signed up for in
            September. We're talking to people who've recently started working across a
            border, to understand how they juggle two currencies.

            Would you be up for a 45-minute research interview over video next week? There
            are no right or wrong answers, and we'll send a CHF 50 voucher as a thank-you.

            If you're interested, just reply with a couple of times that suit you.

            Thanks,
            Maya Oduya
            User Research, Ledgerly
        """), cte="7bit",
    ),
    # =========================================== Spanish ====================================
    dict(
        id="alert-es", kind="other", slug="alertas_empleo", lang="es", contact="",
        frm=("EmpleoLevante Alertas", "alertas@empleolevante.example.es"),
        subject="3 ofertas nuevas para «compras Valencia»", date="2026-01-27 07:45",
        text=digest_text("Tus alertas de empleo", "Hola Baptiste, estas son las ofertas nuevas "
                         "que coinciden con tu búsqueda.", _ALERT_ES_ITEMS,
                         "Darse de baja: https://empleolevante.example.es/baja/c91"),
        html=newsletter("Tus alertas de empleo", "Hola Baptiste, estas son las ofertas nuevas "
                        "que coinciden con tu búsqueda.", _ALERT_ES_ITEMS,
                        '<a href="https://empleolevante.example.es/baja/c91">Darse de baja</a>',
                        "#c2410c"),
        headers=_list_headers("<alertas.empleolevante.example.es>",
                              "baja@empleolevante.example.es",
                              "https://empleolevante.example.es/baja/c91"),
    ),
    dict(
        id="albufera-appl", kind="other", slug="own_candidatura_con_cv", lang="es", contact="",
        frm=ME, to=[("Horno La Albufera", "empleo@hornoalbufera.example.es")],
        subject="Candidatura ayudante de compras", date="2026-02-12 19:20",
        text=t("""
            Buenas tardes:

            Les escribo por la oferta de ayudante de compras publicada en EmpleoLevante.
            Soy panadero en Dijon desde hace ocho años y me encargo de los pedidos de
            harinas, mantequilla y envases del obrador. Me mudo a Valencia en primavera y me
            encantaría seguir vinculado al mundo del pan desde el departamento de compras.

            Adjunto mi currículum. Quedo a su disposición para una entrevista.

            Un saludo,
            Baptiste Nguyen-Ferrand
            +33 6 41 27 88 15
        """),
        pdfs=[dict(name="CV_Baptiste_Nguyen-Ferrand_ES.pdf", title="Baptiste Nguyen-Ferrand - CV",
                   lines=["Panadero - Le Fournil des Ducs, Dijon (2018-2026)",
                          "Gestión de pedidos de materias primas desde 2023",
                          "Idiomas: francés, alemán B2, inglés B1, español B1"])],
    ),
    dict(
        id="ooo-es", kind="other", slug="respuesta_automatica", lang="es",
        contact="laura.gimenez@talentolevante.example.es",
        frm=("Laura Giménez", "laura.gimenez@talentolevante.example.es"),
        subject="Respuesta automática: Fuera de la oficina", date="2026-08-10 09:00",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Hola:

            Estoy de vacaciones hasta el lunes 24 de agosto, sin acceso al correo.

            Para entrevistas, incorporaciones o cualquier tema urgente de candidatos, escribe
            a mi compañero Raúl Pons (raul.pons@talentolevante.example.es) o llama a la
            oficina al 963 41 22 78.

            Gracias,
            Laura Giménez - Talento Levante ETT
        """),
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        id="amiga-es", kind="other", slug="friend_own_rejection_es", lang="es",
        contact="lucia.ferrandis@example.es", frm=("Lucía Ferrandis", "lucia.ferrandis@example.es"),
        subject="Me han dicho que no :(", date="2026-05-27 23:05", cte="8bit",
        text=t("""
            Hola Bapti:

            Te cuento: al final la consultora del puerto me ha escrito para decirme que
            «han decidido continuar con otros candidatos». Después de dos entrevistas y una
            prueba de Excel. Estoy un poco de bajón.

            ¿Cómo va lo tuyo con la bodega de Requena? Espero que mejor que lo mío.

            Besos,
            Lucía
        """),
    ),
    dict(
        id="eoi-es", kind="other", slug="language_school_no_place", lang="es", contact="",
        frm=("EOI València – Secretaría", "secretaria@eoi-valencia.example.es"),
        subject="Resultado de la adjudicación de plazas – Valenciano A2",
        date="2026-09-09 12:00", cs="iso-8859-1", cte="base64",
        text=t("""
            Estimado/a solicitante:

            Le informamos de que, tras el sorteo de adjudicación de plazas para el curso
            2026-2027, su solicitud para Valenciano A2 (horario de tarde) no ha obtenido
            plaza. Ha quedado en la lista de espera con el número 37.

            Si se producen vacantes antes del 15 de octubre, contactaremos con usted por
            orden de lista.

            Secretaría - Escuela Oficial de Idiomas de València
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="pedido-es", kind="other", slug="order_delayed", lang="es", contact="",
        frm=("TiendaCasa", "pedidos@tiendacasa.example.es"),
        subject="Tu pedido se ha retrasado", date="2026-04-29 17:21",
        html=gmail_html(paras(t("""
            Hola Baptiste:

            Lamentablemente, tu pedido n.º 2026-558102 (estantería de pino y dos cajas de
            almacenaje) se ha retrasado por falta de stock en nuestro almacén de Ribarroja.

            Nueva fecha estimada de entrega: 8 de mayo.

            Si prefieres cancelar el pedido, puedes hacerlo sin coste desde tu cuenta:
            https://www.tiendacasa.example.es/mi-cuenta/pedidos

            Sentimos las molestias.
            Atención al cliente de TiendaCasa
        """))),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
]
