"""Corpus 340, `other` part B: traps. Digests and newsletters full of job words, press and
user-research interviews, parcels, bank positions, viewings, appointments, friends' own news,
refused course places, the candidate's current employer."""

from __future__ import annotations

from msgs340_common import alt, bulk, html_only

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "id": "ALERT-FR", "kind": "other", "lang": "fr",
        "slug": "alerte_emploi_wallonie_acheteur",
        "date": "2026-01-19 06:30", "tz": "utc",
        "frm": ("EmploiWallonie Alertes", "alertes@emploiwallonie.example.be"),
        "subject": "12 nouvelles offres pour « acheteur » autour de Liège",
        "headers": bulk("EmploiWallonie alertes <alertes.emploiwallonie.example.be>",
                        "https://www.emploiwallonie.example.be/alertes/desabonnement?u=88213"),
        **alt([
            "Bonjour Yannick,",
            "Voici les nouvelles offres correspondant à votre alerte « acheteur » (Liège + "
            "30 km) :",
            "• Acheteur technique H/F – Aciéries de la Meuse – Seraing\n"
            "• Approvisionneur (intérim 6 mois) – Herstal\n"
            "• Assistant achats – Cartonnages Hutois – Huy\n"
            "• Acheteur junior – secteur agroalimentaire – Namur",
            "Notre conseil de la semaine : un refus n'est pas une fin. Malheureusement, la "
            "plupart des candidats ne demandent jamais de retour après un entretien. "
            "Osez le faire : c'est la meilleure façon de préparer votre prochain entretien "
            "d'embauche.",
            "Bonne recherche !\nL'équipe EmploiWallonie",
        ], footer="Vous recevez cet e-mail car vous avez créé une alerte emploi. "
                  "Se désabonner : emploiwallonie.example.be/alertes"),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "LEAVE-FR", "kind": "other", "lang": "fr",
        "slug": "employeur_actuel_conge_refuse",
        "date": "2026-02-09 13:12",
        "frm": ("Portail RH LogiMeuse", "rh-portail@logimeuse.example.be"),
        "subject": "Votre demande de congé du 02/03 au 06/03 a été refusée",
        "text": (
            "Bonjour Yannick Mbemba-Lefort,\n\n"
            "Votre demande de congé (congé annuel, du 02/03/2026 au 06/03/2026, 5 jours) a "
            "été refusée par votre responsable, Patrick Jaminon.\n\n"
            "Motif indiqué : inventaire tournant prévu la semaine 10, présence des chefs "
            "d'équipe requise.\n\n"
            "Vous pouvez introduire une nouvelle demande depuis le portail RH.\n\n"
            "--\n"
            "LogiMeuse Entrepôts - Portail RH (message automatique)"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "ANNUAL-FR", "kind": "other", "lang": "fr",
        "slug": "employeur_actuel_entretien_annuel",
        "date": "2026-02-16 09:05",
        "frm": ("Patrick Jaminon", "patrick.jaminon@logimeuse.example.be"),
        "subject": "Invitation : entretien annuel d'évaluation 2025",
        "text": (
            "Bonjour Yannick,\n\n"
            "Comme chaque année, je te propose de faire le point sur 2025 lors de ton "
            "entretien annuel d'évaluation, le lundi 23 février à 14h00 dans mon bureau "
            "(bâtiment A, 1er étage).\n\n"
            "Merci de compléter ton auto-évaluation sur le portail RH d'ici vendredi. On "
            "parlera aussi de ta demande de formation en achats.\n\n"
            "Patrick Jaminon\n"
            "Responsable d'exploitation - LogiMeuse Entrepôts, Grâce-Hollogne"
        ),
        "cte": "8bit",
        "company": "", "contact": "",
    },
    {
        "id": "GPS-FR", "kind": "other", "lang": "fr",
        "slug": "telematique_alerte_position_chariot",
        "date": "2026-03-10 22:47",
        "frm": ("FleetSense Alertes", "alertes@fleetsense.example.com"),
        "subject": "Alerte position : chariot CE-12 hors zone autorisée",
        **html_only([
            "Alerte de géorepérage",
            "Engin : chariot élévateur CE-12 (LogiMeuse - site Grâce-Hollogne)\n"
            "Position : 50.6391 N, 5.4577 E - parking poids lourds\n"
            "Heure : 22:46\n"
            "Zone autorisée : halls A à C",
            "Vous recevez cette alerte en tant que chef d'équipe de nuit. Consultez la "
            "position en temps réel dans votre tableau de bord FleetSense.",
        ], brand="FleetSense", color="#444"),
        "company": "", "contact": "",
    },
    {
        "id": "FRIEND-REJ-FR", "kind": "other", "lang": "fr",
        "slug": "ami_julien_son_refus",
        "date": "2026-03-14 12:48",
        "frm": ("Julien Poncelet", "julien.poncelet@example.be"),
        "subject": "bon ben c'est non pour moi aussi",
        "text": (
            "Salut Yannick,\n\n"
            "Je viens de recevoir la réponse de Thermolux pour le poste de magasinier chef : "
            "« nous avons le regret de vous informer que votre candidature n'a pas été "
            "retenue ». Après deux entretiens, franchement ça pique.\n\n"
            "Et toi, des nouvelles de Seraing ? On se fait une bière vendredi pour se "
            "remonter le moral ?\n\n"
            "Julien"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "DENTIST-FR", "kind": "other", "lang": "fr",
        "slug": "dentiste_rendez_vous_deplace",
        "date": "2026-04-03 08:15",
        "frm": ("Cabinet dentaire des Guillemins", "rdv@agenda-sante.example.be"),
        "subject": "Votre rendez-vous du 14/04 a été déplacé",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "En raison d'une absence du Dr Lhomme, votre rendez-vous (détartrage) du mardi "
            "14 avril à 17h30 a été déplacé au jeudi 16 avril à 18h00.\n\n"
            "Si ce nouvel horaire ne vous convient pas, vous pouvez le modifier ou "
            "l'annuler en ligne jusqu'à 24 heures à l'avance.\n\n"
            "Cabinet dentaire des Guillemins\n"
            "Rue des Guillemins 61, 4000 Liège - 04 252 33 18\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre."
        ),
        "company": "", "contact": "",
    },
    {
        "id": "FRIEND-FWD-FR", "kind": "other", "lang": "fr",
        "slug": "amie_sarah_transfere_sa_convocation",
        "date": "2026-04-17 21:33",
        "frm": ("Sarah Kabongo", "sarah.kabongo@example.be"),
        "subject": "Fwd: Convocation à un entretien - Gestionnaire de stock",
        "text": (
            "Coucou Yannick,\n\n"
            "Regarde ce que j'ai reçu ! Mon premier entretien depuis des mois, chez Logisud à "
            "Ans. Tu pourrais me donner des conseils ? Tu connais le métier mieux que "
            "personne.\n\n"
            "Bisous,\n"
            "Sarah"
        ),
        "fwd": {
            "id": "FRIEND-FWD-FR-inner", "date": "2026-04-17 16:02",
            "frm": ("Logisud Recrutement", "recrutement@logisud.example.be"),
            "to": [("Sarah Kabongo", "sarah.kabongo@example.be")],
            "subject": "Convocation à un entretien - Gestionnaire de stock",
            "text": (
                "Madame Kabongo,\n\n"
                "Suite à votre candidature au poste de gestionnaire de stock, nous avons le "
                "plaisir de vous convoquer à un entretien le mercredi 22 avril à 10h00 dans "
                "nos bureaux, Rue de l'Yser 301 à Ans.\n\n"
                "Cordialement,\n"
                "Service recrutement Logisud"
            ),
        },
        "company": "", "contact": "",
    },
    {
        "id": "NEWS-FR", "kind": "other", "lang": "fr",
        "slug": "lettre_des_acheteurs_newsletter",
        "date": "2026-05-07 07:00", "tz": "utc",
        "frm": ("La Lettre des Acheteurs", "newsletter@lettre-acheteurs.example.fr"),
        "subject": "Entretien d'embauche : les 5 questions pièges – et comment rebondir après "
                   "un refus",
        "headers": bulk("La Lettre des Acheteurs <hebdo.lettre-acheteurs.example.fr>",
                        "mailto:desabonnement@lettre-acheteurs.example.fr?subject=stop"),
        **alt([
            "La Lettre des Acheteurs – n° 412",
            "CARRIÈRE – Entretien d'embauche : les 5 questions pièges posées aux acheteurs "
            "débutants, et nos réponses types.",
            "TÉMOIGNAGE – « Trois refus avant mon premier poste » : Nadia, ancienne "
            "logisticienne devenue acheteuse chez un équipementier, raconte sa reconversion.",
            "MARCHÉS – Acier : malheureusement, les prix de la ferraille repartent à la "
            "hausse. Notre analyste fait le point.",
            "AGENDA – Salon Achats & Supply de Lille, 16 et 17 juin.",
        ], footer="Vous recevez cette lettre car vous êtes abonné. Se désinscrire en un clic."),
        "html_cte": "base64",
        "company": "", "contact": "",
    },
    {
        "id": "WEBINAR-FR", "kind": "other", "lang": "fr",
        "slug": "webinaire_reussir_entretien_inscription",
        "date": "2026-05-13 12:40", "tz": "utc",
        "frm": ("Académie Achats Wallonie", "evenements@academie-achats.example.be"),
        "subject": "Inscription confirmée : webinaire « Réussir son entretien d'embauche en "
                   "achats »",
        "subj_enc": ("q", "iso-8859-1"),
        **alt([
            "Bonjour Yannick,",
            "Votre inscription au webinaire « Réussir son entretien d'embauche en achats » "
            "est confirmée.",
            "Date : jeudi 21 mai 2026, de 12h15 à 13h00\nLien de connexion : "
            "https://webinaires.academie-achats.example.be/j/5521",
            "Au programme : préparer ses exemples de négociation, répondre aux questions "
            "sur un éventuel refus passé, et mener l'entretien comme un acheteur.",
            "À jeudi !\nL'Académie Achats Wallonie",
        ]),
        "company": "", "contact": "",
    },
    {
        "id": "USER-RESEARCH-FR", "kind": "other", "lang": "fr",
        "slug": "appli_jobbo_entretien_utilisateur",
        "date": "2026-05-25 15:20",
        "frm": ("Manon de l'équipe Jobbo", "manon@jobbo.example.fr"),
        "subject": "30 minutes pour un entretien utilisateur ? (bon d'achat de 25 €)",
        "subj_enc": ("q", "utf-8"),
        "text": (
            "Bonjour Yannick,\n\n"
            "Vous utilisez Jobbo depuis quelques mois pour suivre vos candidatures, et nous "
            "aimerions beaucoup avoir votre avis !\n\n"
            "Nous organisons des entretiens utilisateurs de 30 minutes en visio pour "
            "comprendre comment vous organisez vos relances et vos entretiens. En "
            "remerciement, vous recevrez un bon d'achat de 25 €.\n\n"
            "Réservez un créneau ici : https://cal.jobbo.example.fr/recherche-utilisateur\n\n"
            "Merci d'avance,\n"
            "Manon, UX researcher chez Jobbo"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "COURSE-FR", "kind": "other", "lang": "fr",
        "slug": "formation_certifiante_achats_refusee",
        "date": "2026-06-08 10:12",
        "frm": ("Centre de compétence Achats & Supply", "inscriptions@ccas-formation.example.be"),
        "subject": "Certificat en gestion des achats - session de septembre",
        "text": (
            "Monsieur Mbemba-Lefort,\n\n"
            "Nous vous remercions pour votre demande d'inscription au Certificat en gestion "
            "des achats (session de septembre 2026, cours du soir à Liège).\n\n"
            "Malheureusement, le nombre de places est limité à 18 participants et votre "
            "inscription n'a pas pu être retenue pour cette session. Vous êtes placé en "
            "position 4 sur la liste d'attente ; nous vous préviendrons en cas de "
            "désistement.\n\n"
            "La prochaine session débutera en février 2027.\n\n"
            "Le secrétariat pédagogique\n"
            "Centre de compétence Achats & Supply"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "", "contact": "",
    },
    {
        "id": "JOBFAIR-FR", "kind": "other", "lang": "fr",
        "slug": "job_day_liege_inscription",
        "date": "2026-06-16 11:00", "tz": "utc",
        "frm": ("Job Day Liège", "noreply@jobday-liege.example.be"),
        "subject": "Votre badge pour le Job Day Liège du 2 juillet",
        **html_only([
            "Bonjour Yannick,",
            "Merci pour votre inscription au Job Day Liège, le jeudi 2 juillet 2026 de 10h à "
            "17h au Palais des Congrès.",
            "Plus de 60 entreprises seront présentes, dont plusieurs recruteurs du secteur "
            "logistique et industriel. Pensez à imprimer votre badge et à prévoir une "
            "dizaine de CV.",
            "Votre numéro de badge : JDL-2026-04418",
            "À bientôt !\nL'équipe Job Day Liège",
        ], brand="Job Day Liège 2026", color="#c0392b"),
        "company": "", "contact": "",
    },
    {
        "id": "PARCEL-FR", "kind": "other", "lang": "fr",
        "slug": "colis_retarde_coliexpress",
        "date": "2026-06-29 07:45", "tz": "utc",
        "frm": ("ColiExpress", "suivi@coliexpress.example.be"),
        "subject": "Malheureusement, votre colis est retardé",
        **alt([
            "Bonjour,",
            "Malheureusement, votre colis n° CX 7741 2290 BE est retardé en raison d'un "
            "incident sur notre centre de tri de Courcelles.",
            "Nouvelle date de livraison estimée : mercredi 1er juillet, entre 9h et 13h.",
            "Vous pouvez choisir un point relais ou une autre date depuis votre espace de "
            "suivi.",
            "Nous vous prions de nous excuser pour ce désagrément.\nColiExpress",
        ]),
        "company": "", "contact": "",
    },
    {
        "id": "LANDLORD-FR", "kind": "other", "lang": "fr",
        "slug": "agence_visites_appartement_preavis",
        "date": "2026-07-08 17:26",
        "frm": ("Immo Outremeuse", "gestion@immo-outremeuse.example.be"),
        "reply_to": ("Caroline Lejeune", "caroline.lejeune@immo-outremeuse.example.be"),
        "subject": "Visites de votre appartement - rue Saint-Gilles 214",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Nous accusons réception de votre préavis pour l'appartement de la rue Saint-"
            "Gilles 214 (fin du bail au 30 septembre).\n\n"
            "Conformément au bail, nous organiserons des visites pour de futurs locataires. "
            "Nous vous proposons les créneaux suivants : samedi 18 juillet de 10h à 12h et "
            "mercredi 22 juillet de 17h à 19h. Merci de nous confirmer vos disponibilités "
            "ou de nous laisser une clé à l'agence.\n\n"
            "Cordialement,\n"
            "Caroline Lejeune\n"
            "Gestion locative - Immo Outremeuse"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "MUTUELLE-FR", "kind": "other", "lang": "fr",
        "slug": "mutuelle_remboursement_refuse",
        "date": "2026-07-22 06:58", "tz": "utc",
        "frm": ("Mutualité Mosane", "ne-pas-repondre@mutualite-mosane.example.be"),
        "subject": "Décision concernant votre demande de remboursement",
        **alt([
            "Cher affilié,",
            "Nous avons examiné votre demande d'intervention pour l'achat de lunettes de "
            "sécurité correctrices (facture du 03/07/2026).",
            "Nous avons le regret de vous informer que cette demande a été refusée : ce type "
            "d'équipement relève de votre employeur et n'est pas couvert par votre "
            "assurance complémentaire.",
            "Vous pouvez introduire un recours dans les 30 jours via votre espace en ligne.",
            "Mutualité Mosane – service prestations",
        ]),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "RADIO-FR", "kind": "other", "lang": "fr",
        "slug": "radio_meuse_fm_demande_interview",
        "date": "2026-08-05 14:10",
        "frm": ("Élodie Franssen", "elodie.franssen@radiomeuse.example.be"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Demande d'interview radio - émission « Nouveaux métiers »",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Je suis journaliste à Radio Meuse FM. Nous préparons un numéro de l'émission "
            "« Nouveaux métiers » consacré aux reconversions dans la logistique, et "
            "l'Académie Achats Wallonie m'a transmis votre nom.\n\n"
            "Accepteriez-vous une interview d'une dizaine de minutes, enregistrée par "
            "téléphone ou dans nos studios de Liège, sur votre passage de chef d'équipe "
            "entrepôt vers les achats ? L'enregistrement pourrait avoir lieu fin août.\n\n"
            "Merci d'avance pour votre retour,\n"
            "Élodie Franssen\n"
            "Journaliste - Radio Meuse FM\n"
            "0471 20 33 85"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "PRESS-FR", "kind": "other", "lang": "fr",
        "slug": "journal_echo_meuse_interview",
        "date": "2026-09-07 10:34",
        "frm": ("Thomas Bastin", "t.bastin@echo-meuse.example.be"),
        "subject": "Interview pour notre dossier « logistique en Wallonie »",
        "text": (
            "Bonjour Monsieur,\n\n"
            "Pour un dossier du week-end consacré aux métiers de la logistique en province "
            "de Liège, je cherche des témoignages de chefs d'équipe. Votre nom m'a été "
            "suggéré par le Job Day Liège.\n\n"
            "Seriez-vous d'accord pour une interview de 20 minutes par téléphone cette "
            "semaine, et éventuellement une photo ? Vous relirez vos citations avant "
            "publication.\n\n"
            "Bien à vous,\n"
            "Thomas Bastin\n"
            "Journaliste - L'Écho de Meuse"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "BANK-FR", "kind": "other", "lang": "fr",
        "slug": "banque_position_comptes",
        "date": "2026-10-01 05:00", "tz": "utc",
        "frm": ("Banque Mosane", "service-client@banque-mosane.example.be"),
        "subject": "Position de vos comptes au 30/09/2026",
        **html_only([
            "Bonjour Monsieur Mbemba-Lefort,",
            "Votre relevé mensuel est disponible. Position de vos comptes au 30/09/2026 :",
            "Compte à vue BE** **** **** 4471 : 2 418,36 EUR\n"
            "Compte épargne BE** **** **** 9020 : 11 902,10 EUR",
            "Consultez le détail de vos opérations dans votre espace Banque Mosane en ligne.",
            "Banque Mosane – Pour votre sécurité, nous ne vous demanderons jamais vos codes "
            "par e-mail.",
        ], brand="Banque Mosane", color="#14532d"),
        "html_cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "HUNTER-FR", "kind": "other", "lang": "fr",
        "slug": "chasseuse_vivier_acheteurs_2027",
        "date": "2026-10-15 08:52",
        "frm": ("Julie Brasseur", "julie@brasseur-search.example.be"),
        "subject": "Vivier acheteurs industriels 2027",
        "text": (
            "Bonjour Yannick,\n\n"
            "Recruteuse indépendante spécialisée en achats industriels, je constitue un "
            "vivier de profils pour des recrutements prévus début 2027 chez plusieurs "
            "clients en Wallonie et au Grand-Duché.\n\n"
            "Votre parcours logistique et votre récente orientation vers les achats "
            "m'intéressent. Rien d'urgent ni de concret pour l'instant : si vous le "
            "souhaitez, gardez simplement mes coordonnées et n'hésitez pas à me tenir au "
            "courant de votre situation.\n\n"
            "Belle journée,\n"
            "Julie Brasseur - Brasseur Search\n"
            "+32 496 70 12 44"
        ),
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "ALERT-DE", "kind": "other", "lang": "de",
        "slug": "jobradar_aachen_einkaeufer",
        "date": "2026-05-18 05:15", "tz": "utc",
        "frm": ("JobRadar Aachen", "newsletter@jobradar-aachen.example.de"),
        "subject": "7 neue Jobs für „Einkäufer“ in Aachen und Umgebung",
        "headers": bulk("JobRadar Jobmails <jobmail.jobradar-aachen.example.de>",
                        "https://jobradar-aachen.example.de/abmelden?id=5529a"),
        **alt([
            "Hallo Yannick,",
            "diese Stellen passen zu Deinem Suchauftrag „Einkäufer“ (Aachen, 25 km):",
            "• Einkäufer Rohstoffe & Packmittel (m/w/d) – Pharmaindustrie – Aachen-Eilendorf\n"
            "• Strategischer Einkäufer (m/w/d) – Stahlindustrie – Stolberg\n"
            "• Sachbearbeiter Einkauf (m/w/d) – Möbelindustrie – Aachen-Brand",
            "Tipp der Woche: Nach einer Absage lohnt es sich, um Feedback zu bitten. So "
            "bereitest Du Dein nächstes Vorstellungsgespräch gezielt vor.",
            "Viel Erfolg!\nDein JobRadar-Team",
        ], lang="de", footer="Du erhältst diese E-Mail, weil Du einen Suchauftrag angelegt "
                            "hast. Abmelden jederzeit möglich."),
        "company": "", "contact": "",
    },
    {
        "id": "FRIEND-DE", "kind": "other", "lang": "de",
        "slug": "freund_markus_eigene_absage",
        "date": "2026-06-11 19:44",
        "frm": ("Markus Offergeld", "markus.offergeld@example.de"),
        "subject": "Absage von Kaiserpfalz :(",
        "text": (
            "Hi Yannick,\n\n"
            "Du hattest ja gefragt, wie es bei mir läuft: Heute kam die Absage von "
            "Kaiserpfalz Frischelogistik, also genau die Firma, bei der Du Dich im Frühjahr "
            "auch beworben hattest. „Leider müssen wir Ihnen mitteilen ...“ – kennst Du ja.\n\n"
            "Egal, ich habe nächste Woche noch ein Vorstellungsgespräch in Würselen. Wenn ihr "
            "im Herbst nach Aachen zieht, gehen wir mal ein Bier trinken!\n\n"
            "Gruß\n"
            "Markus"
        ),
        "charset": "windows-1252", "cte": "8bit",
        "company": "", "contact": "",
    },
    {
        "id": "PODCAST-DE", "kind": "other", "lang": "de",
        "slug": "podcast_einkauf_am_mittag_interviewanfrage",
        "date": "2026-07-24 11:30",
        "frm": ("Lea Hamacher", "lea@einkauf-am-mittag.example.de"),
        "subject": "Interviewanfrage für den Podcast „Einkauf am Mittag“",
        "text": (
            "Hallo Herr Mbemba-Lefort,\n\n"
            "ich produziere den Podcast „Einkauf am Mittag“ für Einkäuferinnen und Einkäufer "
            "in der Euregio. In einer Folge im Herbst geht es um Quereinsteiger aus der "
            "Logistik.\n\n"
            "Hätten Sie Lust, als Gast dabei zu sein? Das Interview dauert etwa 30 Minuten "
            "und wird remote aufgezeichnet, gerne auch teilweise auf Französisch oder "
            "Englisch.\n\n"
            "Herzliche Grüße\n"
            "Lea Hamacher\n"
            "Host & Produktion - Einkauf am Mittag"
        ),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "FLAT-DE", "kind": "other", "lang": "de",
        "slug": "hausverwaltung_besichtigung_burtscheid",
        "date": "2026-08-07 16:05",
        "frm": ("Hausverwaltung Frankenberger", "vermietung@hv-frankenberger.example.de"),
        "reply_to": ("Petra Jansen", "p.jansen@hv-frankenberger.example.de"),
        "subject": "Besichtigungstermin Wohnung Aachen-Burtscheid, 3 Zimmer",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Kapellenstraße 18, "
            "Aachen-Burtscheid (78 m², 2. OG).\n\n"
            "Gerne bieten wir Ihnen einen Besichtigungstermin am Samstag, 15. August, um "
            "11:30 Uhr an. Bitte bringen Sie eine Gehaltsbescheinigung oder Ihren "
            "Arbeitsvertrag sowie eine Mietschuldenfreiheitsbescheinigung mit.\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Jansen\n"
            "Hausverwaltung Frankenberger"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "PARCEL-DE", "kind": "other", "lang": "de",
        "slug": "paketblitz_sendung_verzoegert",
        "date": "2026-09-16 06:20", "tz": "utc",
        "frm": ("PaketBlitz", "keine-antwort@paketblitz.example.de"),
        "subject": "Ihre Sendung verzögert sich leider",
        **html_only([
            "Guten Tag,",
            "leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 8820 (Absender: "
            "Möbelhaus am Tivoli) aufgrund eines hohen Sendungsaufkommens.",
            "Neuer voraussichtlicher Zustelltermin: Freitag, 18.09.2026.",
            "Wir bitten um Entschuldigung.\nIhr PaketBlitz-Team",
        ], lang="de", brand="PaketBlitz", color="#f39c12"),
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "NEWS-EN", "kind": "other", "lang": "en",
        "slug": "procurement_weekly_newsletter",
        "date": "2026-02-26 06:00", "tz": "utc",
        "frm": ("Procurement Weekly", "editors@procurementweekly.example.com"),
        "subject": "Procurement Weekly: Why rejection emails are getting shorter",
        "headers": bulk("Procurement Weekly <weekly.procurementweekly.example.com>",
                        "https://procurementweekly.example.com/unsubscribe/9f2c1"),
        **alt([
            "This week in Procurement Weekly",
            "CAREERS – Why rejection emails are getting shorter, and what candidates can "
            "still learn from them.",
            "HOW-TO – Ace your first category buyer interview: 7 questions hiring managers "
            "love to ask.",
            "MARKETS – Unfortunately for buyers, corrugated packaging prices rose 6 % in "
            "January.",
            "EVENTS – Join our free webinar on supplier risk on 12 March.",
        ], lang="en", footer="You are receiving this because you subscribed to Procurement "
                             "Weekly. Unsubscribe or manage preferences."),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "FRIEND-FWD-EN", "kind": "other", "lang": "en",
        "slug": "friend_daan_forwards_his_invite",
        "date": "2026-05-28 20:12",
        "frm": ("Daan Hermans", "daan.hermans@example.nl"),
        "subject": "Fwd: Interview invitation - Warehouse Operations Manager",
        "text": (
            "Hey Yannick,\n\n"
            "Look what came in today - finally an interview for me too! It's the warehouse "
            "job in Venlo I told you about. Any tips on what they'll ask a team lead moving "
            "up? You've done a ton of interviews this year.\n\n"
            "Cheers,\n"
            "Daan"
        ),
        "fwd": {
            "id": "FRIEND-FWD-EN-inner", "date": "2026-05-28 15:40",
            "frm": ("Venlo Cross-Dock Recruiting", "recruiting@venlocrossdock.example.nl"),
            "to": [("Daan Hermans", "daan.hermans@example.nl")],
            "subject": "Interview invitation - Warehouse Operations Manager",
            "text": (
                "Dear Daan,\n\n"
                "Thank you for your application. We would like to invite you to an interview "
                "on Wednesday 3 June at 13:00 at our site in Venlo-Trade Port.\n\n"
                "Kind regards,\n"
                "Venlo Cross-Dock Recruiting"
            ),
        },
        "company": "", "contact": "",
    },
    {
        "id": "USER-RESEARCH-EN", "kind": "other", "lang": "en",
        "slug": "tendly_user_interview_request",
        "date": "2026-07-09 13:25", "tz": "utc",
        "frm": ("Noor at Tendly", "noor@tendly.example.io"),
        "subject": "Quick favour? 30-minute user interview about supplier onboarding",
        **alt([
            "Hi Yannick,",
            "You signed up for the Tendly free trial last month – thank you! I'm on our "
            "product research team and I'd love to interview you for 30 minutes about how "
            "you onboard and evaluate new suppliers.",
            "There are no right or wrong answers, and as a thank-you we'll send you a €30 "
            "gift card.",
            "Grab a time that suits you: https://tendly.example.io/research/book",
            "Thanks so much,\nNoor\nUser Research, Tendly",
        ], lang="en"),
        "company": "", "contact": "",
    },
    {
        "id": "COURSE-EN", "kind": "other", "lang": "en",
        "slug": "procurement_academy_cohort_full",
        "date": "2026-09-09 15:48",
        "frm": ("Northbridge Procurement Academy", "admissions@northbridge-academy.example.com"),
        "subject": "Your application for the CIPS Level 4 Diploma (October cohort)",
        "text": (
            "Dear Yannick,\n\n"
            "Thank you for applying to join the October cohort of our CIPS Level 4 Diploma "
            "in Procurement and Supply (online, evenings).\n\n"
            "Unfortunately, the October cohort is now full and we are unable to offer you a "
            "place. We have added you to the waiting list and have reserved a provisional "
            "place for you in the January 2027 cohort, which you can confirm from your "
            "student portal.\n\n"
            "Kind regards,\n"
            "Admissions Team\n"
            "Northbridge Procurement Academy"
        ),
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "ALERT-ES", "kind": "other", "lang": "es",
        "slug": "aragon_empleo_alertas_comprador",
        "date": "2026-04-27 05:40", "tz": "utc",
        "frm": ("Aragón Empleo · Alertas", "alertas@aragonempleo.example.es"),
        "subject": "5 ofertas nuevas de «comprador» en Zaragoza",
        "headers": bulk("Alertas Aragón Empleo <alertas.aragonempleo.example.es>",
                        "https://www.aragonempleo.example.es/alertas/baja?c=77120"),
        **alt([
            "Hola, Yannick:",
            "Estas son las nuevas ofertas que coinciden con tu alerta «comprador» "
            "(Zaragoza provincia):",
            "• Comprador/a de producto fresco – distribución alimentaria – Zaragoza PLAZA\n"
            "• Técnico/a de compras – fabricante de muebles – Cuarte de Huerva\n"
            "• Comprador técnico – siderurgia – Tarazona",
            "Consejo: si recibes un rechazo, pide siempre una valoración. Te ayudará a "
            "preparar mejor tu próxima entrevista de trabajo.",
            "Equipo Aragón Empleo",
        ], lang="es", footer="Recibes este correo porque creaste una alerta de empleo. "
                             "Darse de baja."),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "FRIEND-ES", "kind": "other", "lang": "es",
        "slug": "amigo_alvaro_su_rechazo",
        "date": "2026-05-30 23:05",
        "frm": ("Álvaro Lacasa", "alvaro.lacasa@example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "me han dicho que no...",
        "text": (
            "Ey Yannick:\n\n"
            "Te cuento: me han rechazado en Cierzo Hogar después de la segunda entrevista. "
            "Dicen que «han decidido continuar con otros candidatos». Vaya semana.\n\n"
            "¿Y lo tuyo con Ebrofrío? Si al final te vienes a Zaragoza te invito a unas "
            "tapas en el Tubo.\n\n"
            "Un abrazo,\n"
            "Álvaro"
        ),
        "cte": "8bit",
        "company": "", "contact": "",
    },
    {
        "id": "PISO-ES", "kind": "other", "lang": "es",
        "slug": "inmobiliaria_visita_piso_cambio_hora",
        "date": "2026-05-26 12:35",
        "frm": ("Inmobiliaria Delicias", "info@inmodelicias.example.es"),
        "reply_to": ("Raquel Ibáñez", "raquel.ibanez@inmodelicias.example.es"),
        "subject": "Visita al piso de la calle Delicias: cambio de hora",
        "text": (
            "Buenos días, Sr. Mbemba-Lefort:\n\n"
            "Le escribo para cambiar la hora de la visita al piso de la calle Delicias 47, "
            "3.º izquierda, que teníamos el jueves 28 de mayo. El propietario no puede a las "
            "18:00, así que le proponemos las 19:30 del mismo día.\n\n"
            "Si le viene mal, dígame otro momento que le vaya bien.\n\n"
            "Un saludo,\n"
            "Raquel Ibáñez\n"
            "Inmobiliaria Delicias - 976 33 02 18"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "ACADEMIA-ES", "kind": "other", "lang": "es",
        "slug": "academia_espanol_sin_plazas",
        "date": "2026-06-04 17:20",
        "frm": ("Academia Idiomas del Pilar", "secretaria@idiomasdelpilar.example.es"),
        "subject": "Curso intensivo online de español B2 - sin plazas",
        **html_only([
            "Estimado Yannick:",
            "Gracias por tu solicitud de inscripción en el curso intensivo online de español "
            "B2 para profesionales (julio de 2026).",
            "Lamentablemente, el grupo ya está completo y no podemos admitir tu "
            "inscripción. Te hemos incluido en la lista de espera y te avisaremos si se "
            "libera alguna plaza.",
            "Te recordamos que el próximo curso empieza en octubre.",
            "Secretaría - Academia Idiomas del Pilar",
        ], lang="es", brand="Academia Idiomas del Pilar"),
        "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "PARCEL-ES", "kind": "other", "lang": "es",
        "slug": "pedido_retrasado_tienda",
        "date": "2026-07-02 08:10", "tz": "utc",
        "frm": ("TiendaHogar Online", "pedidos@tiendahogar.example.es"),
        "subject": "Lamentablemente, tu pedido se ha retrasado",
        **alt([
            "Hola Yannick,",
            "Lamentablemente, tu pedido n.º TH-2026-558102 (diccionario bilingüe y guía de "
            "conversación de negocios) se ha retrasado por falta de existencias.",
            "Nueva fecha estimada de envío: 9 de julio. Si lo prefieres, puedes cancelar el "
            "pedido sin coste desde tu cuenta.",
            "Sentimos las molestias.\nAtención al cliente – TiendaHogar Online",
        ], lang="es"),
        "company": "", "contact": "",
    },
]
