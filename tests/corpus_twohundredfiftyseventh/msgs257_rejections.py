# ruff: noqa
"""Corpus 257, kind `rejection`: 31 hand-written refusals (fr, en, de, es)."""

from __future__ import annotations

from msgs257_common import (
    CAND,
    ats_card,
    attribution,
    button,
    esc,
    forward_block,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)
from msgs257_other import THANKS_NOA, THANKS_SORBIER

_ONDINE_TXT = """Bonjour Séraphine,

Nous vous remercions de l'intérêt que vous portez à Maison Ondine et du temps consacré à votre candidature au poste de Responsable de boutique - Lyon Part-Dieu (réf. R-10482).

Après examen attentif de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour ce poste.

Vos informations resteront dans notre vivier de talents pendant 24 mois ; vous pouvez à tout moment consulter nos offres et mettre à jour votre profil sur notre site carrières.

Nous vous souhaitons pleine réussite dans vos projets.

L'équipe Recrutement Maison Ondine
"""

_NACRE_RELANCE = """Bonjour Madame Moreau,

Je me permets de revenir vers vous suite à l'annulation de notre second entretien du 3 juin. Avez-vous une idée du calendrier pour la suite du recrutement ? Je reste bien entendu disponible et très intéressée par le poste."""

_BAZAR_MOVED = """Madame,

Comme convenu, nous vous avons inscrite sur la session de recrutement du jeudi 2 juillet à 9h00 (au lieu du mardi 30 juin) : présentation du magasin, mise en situation de vente, entretien individuel avec la direction."""

_ALLURE_FWD = """Bonjour Hélène,

Merci pour la présentation de Mme Adjovi-Lambert. Après réflexion avec mon associée, nous ne retenons pas sa candidature pour l'institut-boutique de la rue Royale : il nous faut quelqu'un qui ait déjà tenu une caisse de plus de 500 000 euros de chiffre. Son parcours est sympathique, mais c'est trop tôt pour nous.

Bonne journée,
Franck Mercier
Franchisé Belle Allure Annecy"""

_MAINUFER_CANCEL = """Liebe Frau Adjovi-Lambert,

leider müssen wir das zweite Gespräch am Donnerstag, 28. Mai, absagen: Herr Brandt ist kurzfristig erkrankt. Wir melden uns, sobald wir einen neuen Termin haben."""

_SALDUBA_THANKS = """Hola, Nerea:

Muchas gracias por recibirme ayer en la tienda y por enseñarme el almacén. Me encantó el ambiente del equipo y la idea de organizar los turnos de los sábados por parejas. Quedo a la espera de vuestras noticias.

Un abrazo,
Séraphine"""

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- French
    dict(kind="rejection", slug="maison_ondine_workday", lang="fr", company="Maison Ondine",
         contact="", parent="ondine_ack", date="2026-02-05 17:31 +0100",
         frm=("Maison Ondine", "maisonondine@myworkday.com"),
         subject="Votre candidature chez Maison Ondine",
         text=_ONDINE_TXT,
         html=ats_card("Maison Ondine", paras(_ONDINE_TXT) + button(
             "Voir nos offres", "https://maisonondine.wd3.myworkday.com/fr-FR/Carrieres",
             "#9c6b8e"), "Ce message a été envoyé automatiquement depuis Workday. "
             "Merci de ne pas y répondre.", accent="#9c6b8e")),
    dict(kind="rejection", slug="lumiere_sel_profils_plus_proches", lang="fr",
         company="Lumière & Sel", contact="aurore.dufay@lumiere-sel.example.fr",
         parent="lumiere_moved", date="2026-03-20 11:46 +0100",
         frm=("Aurore Dufay", "aurore.dufay@lumiere-sel.example.fr"),
         subject="Votre entretien pour la boutique d'Annecy", subject_enc=("iso-8859-1", "Q"),
         charset="iso-8859-1", cte="quoted-printable",
         text="""Bonjour Séraphine,

Merci encore pour l'échange en visio du 5 mars, que nous avons beaucoup apprécié. Votre énergie et votre sens du conseil client sont évidents.

Nous avons toutefois choisi d'avancer avec des personnes dont le parcours en gestion de boutique (inventaires, budget, pilotage du chiffre) est plus proche de ce que demande l'ouverture d'Annecy. La décision a été difficile et ne remet pas en cause vos qualités.

Je me permets de garder vos coordonnées pour de futurs postes d'adjointe, qui pourraient être une belle première marche.

Bien à vous,

Aurore Dufay
Responsable des ressources humaines
Lumière & Sel - Cosmétiques naturels
5 rue Royale, 74000 Annecy
04 50 00 27 19
"""),
    dict(kind="rejection", slug="helia_recrutement_suspendu", lang="fr",
         company="Hélia Cosmétiques", contact="nicolas.arnaud@helia.example.fr",
         date="2026-04-23 14:05 +0200",
         frm=("Hélia Cosmétiques", "no-reply@teamtailor-mail.com"), frm_enc=("utf-8", "B"),
         reply_to=("Nicolas Arnaud", "nicolas.arnaud@helia.example.fr"),
         subject="Mise à jour : Responsable de magasin - Grenoble Grand'Place",
         text="""Bonjour Séraphine,

Nous revenons vers vous au sujet du poste de Responsable de magasin à Grenoble Grand'Place.

Suite à une réorganisation de notre réseau en Isère, ce recrutement est suspendu pour une durée indéterminée. Nous avons donc décidé de clore le processus en cours, et votre candidature ne sera pas poursuivie.

Nous sommes conscients du temps que vous y avez consacré et vous en remercions. Si un poste similaire est ouvert à nouveau, nous ne manquerons pas de le publier sur notre page carrières.

Nicolas Arnaud
Talent Acquisition - Hélia Cosmétiques
""",
         html=ats_card("Hélia Cosmétiques", paras("""Bonjour Séraphine,

Nous revenons vers vous au sujet du poste de Responsable de magasin à Grenoble Grand'Place.

Suite à une réorganisation de notre réseau en Isère, ce recrutement est suspendu pour une durée indéterminée. Nous avons donc décidé de clore le processus en cours, et votre candidature ne sera pas poursuivie.

Nous sommes conscients du temps que vous y avez consacré et vous en remercions. Si un poste similaire est ouvert à nouveau, nous ne manquerons pas de le publier sur notre page carrières.

Nicolas Arnaud
Talent Acquisition - Hélia Cosmétiques"""), "Envoyé avec Teamtailor", accent="#d97706")),
    dict(kind="rejection", slug="darcy_poste_pourvu_bref", lang="fr",
         company="Parfumerie Darcy", contact="j.darcy@darcy-parfums.example.fr",
         parent="darcy_missed", date="2026-09-14 19:52 +0200",
         frm=("Jacqueline Darcy", "j.darcy@darcy-parfums.example.fr"),
         subject="Re: Journée découverte - Parfumerie Darcy",
         charset="windows-1252", cte="8bit",
         text="""Bonjour,

Le poste est pourvu depuis ce matin. Bonne continuation à vous.

J. Darcy
Envoyé de mon iPhone
"""),
    dict(kind="rejection", slug="saone_talents_retour_opaline", lang="fr", company="Opaline",
         contact="k.benali@saone-talents.example.fr", date="2026-03-04 16:20 +0100",
         frm=("Karim Benali", "k.benali@saone-talents.example.fr"),
         subject="Retour d'Opaline sur votre candidature",
         text="""Bonjour Séraphine,

J'ai eu ce midi la responsable régionale d'Opaline au téléphone. Elle a apprécié votre présentation, mais l'enseigne préfère confier le salon-boutique de Vaise à une personne qui a déjà géré un point de vente franchisé ; elle ne donnera donc pas suite pour cette mission.

De mon côté, je garde votre dossier actif à l'agence : nous avons régulièrement des besoins d'adjointes en parfumerie et en prêt-à-porter sur Lyon, et je pense que ce serait un bon tremplin.

Je vous appelle la semaine prochaine pour en parler.

Karim Benali
Chargé de recrutement
Intérim Saône Talents - Agence Lyon Vaise
17 rue Marietton, 69009 Lyon
04 72 00 85 14
"""),
    dict(kind="rejection", slug="vauclair_sorbier_retour_apres_rencontre", lang="fr",
         company="Atelier Sorbier", contact="agathe.vauclair@vauclair.example.fr",
         parent="sorbier_thanks", date="2026-04-08 10:37 +0200",
         frm=("Agathe Vauclair", "agathe.vauclair@vauclair.example.fr"),
         subject="Re: Rencontre avec Atelier Sorbier - mardi 24 mars",
         text="""Bonjour Séraphine,

Merci pour votre message après la rencontre, que j'ai transmis à Mme Sorbier.

J'ai eu son retour hier soir, et il n'est malheureusement pas celui que nous espérions : Atelier Sorbier a choisi de confier la boutique à une candidate issue du prêt-à-porter de luxe, qui connaît déjà leurs fournisseurs. Elle a insisté sur la qualité de votre échange et sur votre aisance avec la clientèle.

Je garde votre profil en tête pour mes prochaines missions beauté, où votre expérience pèsera davantage.

Bien à vous,
Agathe Vauclair
Cabinet Vauclair - 27 quai Saint-Antoine, 69002 Lyon - 06 12 45 90 33

""" + attribution("fr", "mar. 24 mars 2026 à 19:04", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(THANKS_SORBIER) + "\n"),
    dict(kind="rejection", slug="breze_pourvu_en_interne", lang="fr", company="Maison Brézé",
         contact="o.lambertin@breze.example.fr", parent="breze_ack",
         date="2026-05-21 09:03 +0200",
         frm=("Olivia Lambertin", "o.lambertin@breze.example.fr"),
         subject="Boutique d'Annecy - votre candidature",
         html=simple_html(paras("""Bonjour Madame Adjovi-Lambert,

Je tenais à vous écrire personnellement : le poste de responsable de notre boutique d'Annecy a finalement été confié à l'adjointe de notre boutique de Chambéry, qui souhaitait se rapprocher de sa famille. Nous privilégions toujours la mobilité interne lorsqu'elle est possible.

Nous clôturons donc ce recrutement sans avoir pu vous rencontrer, et je le regrette car votre lettre nous avait beaucoup plu.

Avec mes meilleures salutations,

Olivia Lambertin
Directrice du réseau boutiques
Maison Brézé - 12 avenue d'Albigny, 74000 Annecy""")),
         cte="quoted-printable"),
    dict(kind="rejection", slug="comptoir_laine_familier", lang="fr",
         company="Le Comptoir Lainé", contact="bastien@comptoir-laine.example.fr",
         parent="laine_invite", date="2026-04-10 22:08 +0200",
         frm=("Bastien Lainé", "bastien@comptoir-laine.example.fr"),
         subject="Re: Café jeudi ?",
         text="""Salut Séraphine,

Bon, je préfère te le dire franchement plutôt que de te laisser sans nouvelles : on part sur quelqu'un d'autre pour la boutique de la rue de Brest. C'est une ancienne vendeuse de chez nous qui revient, elle connaît déjà la maison et les clientes.

J'ai vraiment aimé notre café de jeudi et je suis sûr que tu vas trouver ta boutique. Si jamais tu passes rue Mercière, viens dire bonjour.

Bastien

""" + attribution("fr", "jeu. 26 mars 2026 à 08:15", "Bastien Lainé",
                  "bastien@comptoir-laine.example.fr") + "\n" + quote(
            "Hello Séraphine, tu serais dispo jeudi 2 avril vers 15h pour qu'on en parle autour d'un café ?") + "\n"),
    dict(kind="rejection", slug="grands_magasins_rhone_smartrecruiters", lang="fr",
         company="Grands Magasins du Rhône", contact="", parent="gmr_missed",
         date="2026-05-06 08:00 +0200",
         frm=("Grands Magasins du Rhône", "noreply@smartrecruiters.com"),
         subject="Responsable de rayon Beauté (Genève) - suite de votre candidature",
         html=ats_card("Grands Magasins du Rhône", paras("""Madame Adjovi-Lambert,

Nous vous remercions pour votre participation au processus de recrutement pour le poste de Responsable de rayon Beauté à Genève.

Au terme de nos échanges, notre choix s'est porté sur une autre candidature. Nous ne sommes donc pas en mesure de vous proposer ce poste.

Nous vous invitons à suivre nos prochaines opportunités et vous adressons nos salutations les meilleures.

Service des ressources humaines
Grands Magasins du Rhône
Rue du Rhône 48, 1204 Genève"""), "Powered by SmartRecruiters - Ne répondez pas à ce message.",
             accent="#003b5c"),
         cte="base64"),
    dict(kind="rejection", slug="boutiques_ambre_outlook_mention_legale", lang="fr",
         company="Boutiques Ambre", contact="v.henriot@boutiques-ambre.example.fr",
         parent="ambre_missed", date="2026-07-28 15:12 +0200",
         frm=("Véronique Henriot", "v.henriot@boutiques-ambre.example.fr"),
         frm_enc=("iso-8859-1", "B"),
         subject="Candidature Responsable de magasin Dijon Toison d'Or",
         text="""Madame,

Nous avons pu nous entretenir à nouveau le 21 juillet, après le rendez-vous manqué de la semaine précédente, et je vous en remercie.

La direction a examiné l'ensemble des candidatures finalistes. Nous sommes au regret de vous faire savoir que la vôtre n'a pas été retenue pour le magasin de la Toison d'Or : le poste exige une expérience de la gestion d'un compte d'exploitation que nous n'avons pas retrouvée dans votre parcours.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Véronique Henriot
Responsable Recrutement & Formation
Boutiques Ambre - Siège social
14 boulevard de Brosses, 21000 Dijon
Tél. 03 80 00 61 72

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
""",
         html=outlook_html(mso("""Madame,

Nous avons pu nous entretenir à nouveau le 21 juillet, après le rendez-vous manqué de la semaine précédente, et je vous en remercie.

La direction a examiné l'ensemble des candidatures finalistes. Nous sommes au regret de vous faire savoir que la vôtre n'a pas été retenue pour le magasin de la Toison d'Or : le poste exige une expérience de la gestion d'un compte d'exploitation que nous n'avons pas retrouvée dans votre parcours.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Véronique Henriot
Responsable Recrutement & Formation
Boutiques Ambre - Siège social
14 boulevard de Brosses, 21000 Dijon
Tél. 03 80 00 61 72""") + '\n<p class="MsoNormal" style="font-size:8pt;color:gray">AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l\'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d\'en avertir immédiatement l\'expéditeur.</p>')),
    dict(kind="rejection", slug="rivoire_client_non_nomme", lang="fr",
         company="Cabinet Rivoire Conseil", contact="e.rivoire@rivoire-conseil.example.fr",
         date="2026-08-05 18:44 +0200",
         frm=("Étienne Rivoire", "e.rivoire@rivoire-conseil.example.fr"),
         subject="Mission Directeur·rice de boutique - point d'étape",
         text="""Bonjour Séraphine,

Je reviens vers vous concernant la mission de direction de boutique pour laquelle nous avions échangé le 22 juillet.

Mon client a arrêté sa short-list hier, et je suis au regret de vous dire que vous n'y figurez pas. Le comité a jugé que la taille de l'équipe (14 personnes) demandait une première expérience de management en commerce de détail. Je sais que ce n'est pas la réponse que vous attendiez.

Vous restez dans notre base et je n'hésiterai pas à vous recontacter pour un poste d'adjointe ou de responsable d'une plus petite structure.

Cordialement,

Étienne Rivoire
Cabinet Rivoire Conseil - Chasse de têtes Retail & Luxe
8 place Bellecour, 69002 Lyon
"""),
    dict(kind="rejection", slug="nacre_rose_poste_annule", lang="fr", company="Nacre & Rose",
         contact="ines.moreau@nacre-rose.example.fr", parent="nacre_relance",
         date="2026-06-15 12:30 +0200",
         frm=("Inès Moreau", "ines.moreau@nacre-rose.example.fr"),
         subject="Re: Annulation : second entretien - Responsable boutique Bellecour",
         text="""Bonjour Séraphine,

Merci pour votre relance et pardon pour ce silence. La direction a décidé la semaine dernière de ne pas ouvrir la boutique de la place Bellecour cette année : le bail n'a pas été signé. Le poste de responsable est donc supprimé et nous arrêtons ce recrutement.

Je suis sincèrement désolée de vous annoncer cela après deux étapes. Si le projet renaît en 2027, je vous recontacterai en priorité.

Bien à vous,
Inès Moreau
Chargée RH - Nacre & Rose

""" + attribution("fr", "mar. 9 juin 2026 à 09:15", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(_NACRE_RELANCE) + "\n"),
    dict(kind="rejection", slug="grand_bazar_refus_apres_session", lang="fr",
         company="Grand Bazar de Grenoble", contact="s.chabert@grand-bazar.example.fr",
         parent="bazar_moved", date="2026-07-10 11:20 +0200",
         frm=("Sandrine Chabert", "s.chabert@grand-bazar.example.fr"),
         subject="RE: Session de recrutement - Manager de rayon (nouvelle date)",
         text="""Madame,

Je vous remercie d'avoir participé à la session du 2 juillet. Les mises en situation ont été très disputées.

À l'issue des délibérations, le jury ne vous a malheureusement pas retenue pour le poste de manager du rayon parfumerie. Il a relevé votre excellent contact client, mais souhaitait davantage d'assurance sur la partie gestion des stocks et des commandes.

Je vous souhaite une bonne continuation.

Sandrine Chabert
Responsable du recrutement
Grand Bazar de Grenoble - 2 rue Lafayette, 38000 Grenoble

""" + outlook_block("fr", "Sandrine Chabert", "lundi 22 juin 2026 10:02",
                    "Séraphine Adjovi-Lambert",
                    "Session de recrutement - Manager de rayon (nouvelle date)") + "\n\n"
         + _BAZAR_MOVED + "\n"),
    dict(kind="rejection", slug="coiff_etoile_pas_de_suite", lang="fr",
         company="Coiff'Étoile", contact="maeva.roux@coiffetoile.example.fr",
         parent="coiffetoile_missed", date="2026-09-16 17:58 +0200",
         frm=("Maëva Roux", "maeva.roux@coiffetoile.example.fr"), frm_enc=("iso-8859-1", "Q"),
         subject="Votre candidature - Animatrice réseau Rhône-Alpes",
         subject_enc=("iso-8859-1", "B"),
         charset="iso-8859-1", cte="quoted-printable",
         text="""Bonjour Madame Adjovi-Lambert,

Merci d'avoir pris le temps d'échanger avec moi vendredi, après notre rendez-vous téléphonique manqué.

Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature au poste d'animatrice du réseau de franchisés Rhône-Alpes. Le poste implique 60 % de déplacements et une expérience préalable de l'accompagnement de franchisés, deux points sur lesquels votre profil s'écarte trop de nos attentes.

Nous vous remercions de votre intérêt pour le réseau Coiff'Étoile.

Maëva Roux
Responsable développement réseau
Coiff'Étoile - 45 cours Lafayette, 69003 Lyon
"""),
    dict(kind="rejection", slug="belle_allure_transfert_franchise", lang="fr",
         company="Belle Allure", contact="helene.garnier@belle-allure.example.fr",
         date="2026-10-01 09:47 +0200",
         frm=("Hélène Garnier", "helene.garnier@belle-allure.example.fr"),
         subject="TR: Candidature Mme Adjovi-Lambert - institut-boutique rue Royale",
         text="""Bonjour Séraphine,

Je vous transfère ci-dessous la réponse de notre franchisé d'Annecy, à qui j'avais présenté votre candidature. Je suis désolée que cela n'aboutisse pas cette fois ; je garde votre CV pour les ouvertures prévues à Chambéry et à Aix-les-Bains en 2027.

Cordialement,
Hélène Garnier
Recrutement réseau - Belle Allure
Franchise de beauté - 3 rue Sommeiller, 74000 Annecy

""" + forward_block("fr", "Franck Mercier <f.mercier@belle-allure-annecy.example.fr>",
                    "mer. 30 sept. 2026 à 18:21",
                    "Candidature Mme Adjovi-Lambert - institut-boutique rue Royale",
                    "Hélène Garnier <helene.garnier@belle-allure.example.fr>") + "\n\n"
         + _ALLURE_FWD + "\n"),
    # ---------------------------------------------------------------- English
    dict(kind="rejection", slug="verdello_greenhouse_after_missed", lang="en",
         company="Verdello", contact="", parent="verdello_missed",
         date="2026-04-29 10:02 +0000",
         frm=("Verdello", "no-reply@us.greenhouse-mail.io"),
         subject="Your application to Verdello - Store Manager, Turin",
         text="""Dear Séraphine,

Thank you for your interest in the Store Manager role at our Via Roma flagship in Turin.

As we were unable to hold the interview scheduled for 21 April, and the hiring timeline for this store does not allow us to arrange a new round, we have closed your application for this position.

We appreciate the time you invested and wish you the best in your search.

Verdello Talent Acquisition
""",
         html=ats_card("VERDELLO", paras("""Dear Séraphine,

Thank you for your interest in the Store Manager role at our Via Roma flagship in Turin.

As we were unable to hold the interview scheduled for 21 April, and the hiring timeline for this store does not allow us to arrange a new round, we have closed your application for this position.

We appreciate the time you invested and wish you the best in your search.

Verdello Talent Acquisition"""), "Sent via Greenhouse. Please do not reply to this email.",
             accent="#1f3b2d", lang="en")),
    dict(kind="rejection", slug="noa_flint_after_interview_thank_you", lang="en",
         company="Noa & Flint", contact="hannah.whitlock@noaflint.example.ch",
         parent="noa_thanks", date="2026-03-26 13:30 +0100",
         frm=("Hannah Whitlock", "hannah.whitlock@noaflint.example.ch"),
         subject="Re: Thank you - Assistant Store Manager, Geneva",
         text="""Hi Séraphine,

Thank you for such a kind note, and sorry it has taken me a while to come back to you.

We've now met everyone on the shortlist, and I'm afraid we won't be taking your application further this time. The team felt that the person we've chosen, who has run a fashion floor of similar size before, could hit the ground running for the spring launch.

I genuinely enjoyed our conversation, and I hope our paths cross again.

Warmly,
Hannah

Hannah Whitlock | People Partner, Noa & Flint
Rue de la Confédération 9, 1204 Geneva | +41 22 000 19 40

""" + attribution("en", "Mon, 16 Mar 2026 at 18:47", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(THANKS_NOA) + "\n"),
    dict(kind="rejection", slug="linnea_lever_closer_match", lang="en",
         company="Linnea Studio", contact="freja.lind@linnea.example.se",
         parent="linnea_cancel", date="2026-07-21 15:40 +0200",
         frm=("Linnea Studio", "no-reply@hire.lever.co"),
         reply_to=("Freja Lind", "freja.lind@linnea.example.se"),
         subject="Update on your Store Manager (Geneva) application",
         text="""Hi Séraphine,

Thanks again for your patience while we sorted out the interview schedule.

After reviewing all applications, we've decided to move forward with candidates whose experience more closely matches the needs of the Geneva store at this stage. This was not an easy call given the quality of the applicants.

We'd love to stay in touch: feel free to follow our careers page for new openings.

All the best,
Freja Lind
Retail Recruiter, Linnea Studio
""",
         html=simple_html(paras("""Hi Séraphine,

Thanks again for your patience while we sorted out the interview schedule.

After reviewing all applications, we've decided to move forward with candidates whose experience more closely matches the needs of the Geneva store at this stage. This was not an easy call given the quality of the applicants.

We'd love to stay in touch: feel free to follow our careers page for new openings.

All the best,
Freja Lind
Retail Recruiter, Linnea Studio""") + '\n<p style="font-size:11px;color:#999">Sent with Lever</p>', "en")),
    dict(kind="rejection", slug="helvetic_search_client_declined", lang="en",
         company="Helvetic Retail Search", contact="ma.rey@hrsearch.example.ch",
         date="2026-09-22 17:15 +0200",
         frm=("Marc-Antoine Rey", "ma.rey@hrsearch.example.ch"),
         subject="Quick update",
         text="""Séraphine,

Short one: my client has come back and won't progress your profile for the area manager role. No further detail given, sorry.

Other briefs coming in October, I'll keep you posted.

Marc-Antoine

Sent from my phone
"""),
    dict(kind="rejection", slug="portici_ashby_on_hold", lang="en",
         company="Portici Department Store", contact="", parent="portici_moved",
         date="2026-10-02 09:30 +0200",
         frm=("Portici Department Store", "no-reply@ashbyhq.com"),
         subject="Beauty Floor Manager - update on your application",
         text="""Dear Séraphine,

We are writing to let you know that the Beauty Floor Manager position in Turin has been put on hold following a review of our store investment plan for 2027, and we will not proceed with the recruitment for now.

As a result, your application is closed. Please accept our thanks for the time you spent with our panel on 17 September.

Kind regards,
Portici People Team
Via Garibaldi 30, 10122 Torino
"""),
    dict(kind="rejection", slug="piemonte_exec_relays_aurum", lang="en",
         company="Aurum Beauty", contact="l.conti@piemonte-exec.example.it",
         parent="aurum_invite", date="2026-07-24 18:02 +0200",
         frm=("Luca Conti", "l.conti@piemonte-exec.example.it"),
         subject="Re: Aurum Beauty - meeting with the retail director",
         text="""Dear Séraphine,

I've just come off the phone with Aurum Beauty. They liked you a lot as a person, but in the end they've gone with a candidate who has run a duty-free counter, mainly because of the tourist season volumes. I'm sorry: I really thought you had a strong chance.

I'll share their detailed feedback on a call if useful, and I will definitely bring you into the next beauty mandate.

Best,
Luca

Luca Conti
Partner, Retail & Luxury - Piemonte Executive
Corso Vittorio Emanuele II 68, 10121 Torino
"""),
    dict(kind="rejection", slug="harbour_pine_internal_casual", lang="en",
         company="Harbour & Pine", contact="sam@harbourpine.example.ch",
         parent="harbour_missed", date="2026-06-05 19:11 +0200",
         frm=("Sam Keller", "sam@harbourpine.example.ch"),
         subject="Re: Chat about the Carouge shop",
         text="""Hey Séraphine,

Thanks for calling back after our mix-up last week, it was great to finally talk.

Honest update: Mia, who has been our weekend lead for two years, put her hand up for the Carouge shop and we're giving it to her. Felt right to promote from within. So we won't be taking things further with you, which I'm a bit gutted about.

If we open the Lausanne shop next year I'll shout.

Sam
Harbour & Pine - homeware & apparel
"""),
    dict(kind="rejection", slug="northgate_icims_formal", lang="en",
         company="Northgate Beauty", contact="", parent="northgate_cancel",
         date="2026-10-07 16:00 +0200",
         frm=("Northgate Beauty Careers", "northgatebeauty@icims.com"),
         subject="Northgate Beauty - Area Beauty Manager, Geneva (Req 26-0413)",
         html=ats_card("Northgate Beauty", paras("""Dear Séraphine Adjovi-Lambert,

Thank you for applying for the Area Beauty Manager position (Req 26-0413) and for your flexibility around the rescheduled assessment day.

We have carefully reviewed your application against the requirements of the role. Regretfully, we will not be inviting you to the next stage of our process.

We encourage you to apply for future roles that match your skills and wish you every success.

Northgate Beauty Talent Team"""), "This message was sent from an unmonitored mailbox via iCIMS.",
             accent="#5b2a86", lang="en")),
    # ---------------------------------------------------------------- German
    dict(kind="rejection", slug="mainufer_intern_besetzt", lang="de",
         company="Kaufhaus Mainufer", contact="jana.kessler@mainufer.example.de",
         parent="mainufer_cancel", date="2026-06-10 14:25 +0200",
         frm=("Jana Kessler", "jana.kessler@mainufer.example.de"),
         subject="AW: Absage des Termins am 28. Mai - Abteilungsleitung Beauty",
         text="""Liebe Frau Adjovi-Lambert,

ich hatte Ihnen einen neuen Termin für das zweite Gespräch versprochen und muss mich nun mit einer anderen Nachricht melden: Die Stelle der Abteilungsleitung Beauty wird intern besetzt. Eine langjährige Kollegin aus unserem Haus in Wiesbaden übernimmt die Abteilung ab Juli.

Das Gespräch wird daher nicht mehr stattfinden. Es tut mir leid, dass Sie so lange warten mussten, und ich danke Ihnen sehr für Ihr Interesse an Kaufhaus Mainufer.

Herzliche Grüße
Jana Kessler
Personalreferentin
Kaufhaus Mainufer GmbH & Co. KG
Zeil 88, 60313 Frankfurt am Main
Tel. 069 000 4412

""" + attribution("de", "Mo., 25. Mai 2026 um 09:14", "Jana Kessler",
                  "jana.kessler@mainufer.example.de") + "\n" + quote(_MAINUFER_CANCEL) + "\n"),
    dict(kind="rejection", slug="lindqvist_softgarden_formal", lang="de",
         company="Kosmetik Lindqvist", contact="", parent="lindqvist_missed",
         date="2026-09-02 11:00 +0200",
         frm=("Kosmetik Lindqvist Recruiting", "no-reply@softgarden.io"),
         subject="Ihre Bewerbung als Filialleitung (m/w/d) Frankfurt-Bockenheim",
         text="""Sehr geehrte Frau Adjovi-Lambert,

wir bedanken uns für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei Kosmetik Lindqvist.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Gründe nennen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team Kosmetik Lindqvist

Diese E-Mail wurde automatisch über softgarden versendet.
""",
         html=ats_card("Kosmetik Lindqvist", paras("""Sehr geehrte Frau Adjovi-Lambert,

wir bedanken uns für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei Kosmetik Lindqvist.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Gründe nennen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team Kosmetik Lindqvist"""),
             "Diese E-Mail wurde automatisch über softgarden versendet.", accent="#4a6670",
             lang="de"),
         cte="base64"),
    dict(kind="rejection", slug="blauwerk_personio_passendere_profile", lang="de",
         company="Blauwerk Mode", contact="tobias.renner@blauwerk.example.de",
         date="2026-10-01 16:45 +0200",
         frm=("Blauwerk Mode", "noreply@mail.personio.de"),
         reply_to=("Tobias Renner", "tobias.renner@blauwerk.example.de"),
         subject="Rückmeldung zu Ihrer Bewerbung: Storemanagerin Frankfurt Goethestraße",
         text="""Hallo Frau Adjovi-Lambert,

danke für Ihre Geduld und für die Gespräche mit uns in den letzten Wochen.

Wir haben uns nach reiflicher Überlegung für Bewerberinnen entschieden, deren Profil noch etwas genauer zu den Anforderungen der Filiale Goethestraße passt, insbesondere was die Erfahrung im Premium-Fashion-Bereich angeht.

Für Ihre weitere Suche wünschen wir Ihnen alles Gute. Bei Fragen erreichen Sie mich direkt über diese E-Mail.

Viele Grüße
Tobias Renner
Recruiting, Blauwerk Mode
"""),
    dict(kind="rejection", slug="mainpersonal_kunde_buergin_absage", lang="de",
         company="Bürgin Retail", contact="d.albrecht@mainpersonal.example.de",
         date="2026-07-16 12:10 +0200",
         frm=("Dennis Albrecht", "d.albrecht@mainpersonal.example.de"),
         subject="Rückmeldung Bürgin Retail – Einsatz Filialleitung Hanau",
         subject_enc=("utf-8", "B"),
         charset="windows-1252", cte="8bit",
         text="""Hallo Frau Adjovi-Lambert,

heute kam die Rückmeldung von unserem Kunden Bürgin Retail zum Einsatz als Filialleitung in Hanau: Man hat sich gegen Ihr Profil entschieden. Ausschlaggebend war laut Kunde, dass für die Stelle ein sicheres Deutsch im Umgang mit Lieferanten verlangt wird – „fließend“ reicht ihnen nicht, sie wollten jemanden mit Erfahrung im deutschen Warenwirtschaftssystem.

Ich bleibe für Sie dran und melde mich, sobald ein passender Einsatz frei wird.

Beste Grüße
Dennis Albrecht
Personaldisponent
Mainpersonal Zeitarbeit GmbH · Kaiserstraße 41 · 60329 Frankfurt am Main
Tel. 069 000 7730
"""),
    # ---------------------------------------------------------------- Spanish
    dict(kind="rejection", slug="albar_successfactors_formal", lang="es",
         company="Perfumería Albar", contact="", parent="albar_ack",
         date="2026-05-19 09:15 +0200",
         frm=("Perfumería Albar - Selección", "noreply@successfactors.eu"),
         frm_enc=("iso-8859-1", "Q"),
         subject="Proceso de selección: Encargada de tienda - Zaragoza Gran Vía",
         text="""Estimada Séraphine:

Le agradecemos el interés mostrado en formar parte de Perfumería Albar.

Una vez finalizada la fase de valoración de candidaturas para el puesto de Encargada de tienda en Zaragoza Gran Vía, le comunicamos que hemos decidido continuar el proceso con otros candidatos.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Perfumería Albar

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
"""),
    dict(kind="rejection", slug="almacenes_ebro_vacante_cancelada", lang="es",
         company="Almacenes Ebro", contact="jorge.lasheras@almacenes-ebro.example.es",
         parent="ebro_missed", date="2026-05-29 13:50 +0200",
         frm=("Jorge Lasheras", "jorge.lasheras@almacenes-ebro.example.es"),
         subject="Re: Entrevista no realizada - Jefa de sección Perfumería",
         text="""Hola, Séraphine:

Gracias por tu correo explicando lo que pasó con la conexión el día 14; no te preocupes.

Lamentablemente tengo que darte otra noticia: la dirección ha decidido cancelar la vacante de jefa de sección de Perfumería, porque la sección va a pasar a ser gestionada directamente por las marcas en régimen de concesión. No habrá, por tanto, nueva entrevista.

Siento mucho el tiempo que te hemos hecho invertir.

Un saludo,
Jorge Lasheras
Recursos Humanos - Almacenes Ebro
Paseo de Sagasta 7, 50008 Zaragoza
Tel. 976 00 44 18
"""),
    dict(kind="rejection", slug="aragon_talento_cliente_lanuza", lang="es",
         company="Zapaterías Lanuza", contact="p.sancho@aragontalento.example.es",
         parent="lanuza_invite", date="2026-04-14 17:05 +0200",
         frm=("Pilar Sancho", "p.sancho@aragontalento.example.es"),
         subject="Respuesta de Zapaterías Lanuza",
         html=simple_html(paras("""Hola, Séraphine:

Te escribo porque Zapaterías Lanuza ya nos ha dado su respuesta tras la entrevista del 31 de marzo. Se han decantado por una candidata que ya trabajaba en el sector calzado, así que no seguiremos adelante con esta posición.

No te desanimes: tu perfil encaja muy bien en tiendas de cosmética y tenemos varios procesos a punto de abrirse.

Un abrazo,

Pilar Sancho
Consultora de selección
Aragón Talento ETT - Calle Coso 98, 50001 Zaragoza"""), "es"),
         cte="quoted-printable"),
    dict(kind="rejection", slug="salduba_moda_escueto", lang="es", company="Salduba Moda",
         contact="nerea@salduba.example.es", date="2026-07-03 20:31 +0200",
         frm=("Nerea Royo", "nerea@salduba.example.es"),
         subject="Re: Gracias por la entrevista",
         text="""Hola Séraphine, al final no seguimos contigo, nos quedamos con alguien de aquí. ¡Mucha suerte!

Nerea

""" + attribution("es", "jue, 2 jul 2026 a las 19:05", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(_SALDUBA_THANKS) + "\n"),
]

_unused = (CAND, esc)
