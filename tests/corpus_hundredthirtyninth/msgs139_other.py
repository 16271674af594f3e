"""Everything else in the mailbox: the candidate's own mail, newsletters, alerts, friends, look-alikes."""

from __future__ import annotations

from msgs139_common import CAND, Skin, m

BULK_CARRIERES = {
    "List-Unsubscribe": "<https://www.carrieres-sante.example.ch/newsletter/desinscription?u=8812>, "
                        "<mailto:unsubscribe@carrieres-sante.example.ch?subject=unsubscribe>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": "La lettre Carrieres Sante <lettre.carrieres-sante.example.ch>",
    "Precedence": "bulk",
}

MESSAGES = [
    # -- French ----------------------------------------------------------------------------------

    m("own_follow_up_marceau", "other", "fr", CAND,
      "Relance : candidature Chargé(e) d'affaires réglementaires – réf. 2026-117",
      "2026-07-06 08:05", mua="apple", charset="utf-8", cte="quoted-printable",
      to=[("Camille Dufresne", "c.dufresne@marceau-recrutement.example.fr")], body="""\
Bonjour Madame Dufresne,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Chargé(e) d'affaires réglementaires (réf. 2026-117), envoyée le 18 juin.

Je reste très motivée par ce poste et serais heureuse de vous présenter mon parcours lors d'un entretien, à votre convenance. Je suis joignable au 079 555 12 34.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Lucie Prévost-Nakashima
Chemin de Bellevue 14
1005 Lausanne
079 555 12 34
"""),

    m("own_declines_offer_regulis", "other", "fr", CAND,
      "Re: Proposition de contrat – Regulatory Affairs Associate",
      "2026-07-31 18:40", mua="apple", charset="utf-8", cte="8bit",
      to=[("Griet Vandenberghe", "griet.vandenberghe@regulis.example.be")],
      refs=["conditional_permit_regulis"], body="""\
Chère Madame Vandenberghe,

Je vous remercie très sincèrement pour votre proposition et pour la confiance que vous m'accordez.

Après mûre réflexion, je dois malheureusement la décliner : les délais d'obtention du permis unique rendraient mon arrivée incertaine avant l'hiver, et j'ai entre-temps reçu une proposition en Suisse qui me permet de rester proche de ma famille.

J'ai beaucoup apprécié nos échanges et j'espère que nos chemins se recroiseront.

Bien à vous,
Lucie Prévost-Nakashima

> Le 24 juil. 2026 à 11:30, Griet Vandenberghe <griet.vandenberghe@regulis.example.be> a écrit :
>
> Chère Lucie,
>
> Suite à nos deux entretiens, j’ai le plaisir de vous proposer de rejoindre Regulis Belgium en tant que Regulatory Affairs Associate, sous contrat à durée indéterminée, à temps plein, avec un salaire mensuel brut de 3 650 EUR.
>
> Pourriez-vous me faire part de votre décision d’ici au 3 août ?
>
> Griet Vandenberghe
> Directrice des opérations
> Regulis Belgium SRL
"""),

    m("own_cv_to_friend_pdf", "other", "fr", CAND,
      "Mon CV – tu peux jeter un œil ?",
      "2026-01-05 21:40", mua="apple", struct="mixed", charset="utf-8", cte="quoted-printable",
      to=[("Chloé Berset", "chloe.berset@example.ch")],
      attachments=[("CV_Lucie_Prevost-Nakashima_2026.pdf",
                    ["Lucie Prévost-Nakashima", "Chemin de Bellevue 14, 1005 Lausanne - 079 555 12 34", "",
                     "Objectif : affaires réglementaires (médicaments)",
                     "2018-2026 Assistante en pharmacie, Pharmacie du Flon, Lausanne",
                     "  - suivi des ruptures de stock et des rappels de lots",
                     "  - déclarations de pharmacovigilance",
                     "2015-2018 CFC d'assistante en pharmacie",
                     "Langues : français, japonais, allemand (B2), anglais (C1), espagnol (B1)"])],
      body="""\
Coucou Chloé,

Comme promis, voici mon CV version « affaires réglementaires ». J'ai suivi tes conseils : j'ai mis en avant la pharmacovigilance et la gestion des ruptures de stock, et j'ai raccourci la partie officine.

Tu pourrais y jeter un œil d'ici le week-end ? Je voudrais commencer à postuler à Genève et à Bâle la semaine prochaine. Sois franche, je préfère une critique maintenant qu'un refus plus tard 😅

Merci mille fois, je t'offre un verre jeudi !
Lucie
"""),

    m("newsletter_rebondir_apres_refus", "other", "fr",
      ("Carrières Santé Romandie", "newsletter@carrieres-sante.example.ch"),
      "Refus après entretien : 5 façons de rebondir | La lettre Carrières Santé n° 58",
      "2026-02-24 07:00", struct="alt", mua="sendgrid", headers=BULK_CARRIERES,
      skin=Skin(style="digest", brand="Carrières Santé Romandie", color="#c2185b",
                logo_alt="Carrières Santé Romandie – la lettre",
                tracker="https://link.carrieres-sante.example.ch/c/",
                pixel="https://link.carrieres-sante.example.ch/o/l58-8812.gif",
                footer=["Carrières Santé Romandie – Rue du Midi 15 – 1003 Lausanne",
                        "Vous recevez cette lettre car vous êtes inscrite sur carrieres-sante.example.ch. "
                        "[Se désinscrire](https://www.carrieres-sante.example.ch/newsletter/desinscription?u=8812) · "
                        "[Gérer mes préférences](https://www.carrieres-sante.example.ch/newsletter/preferences)"]),
      body="""\
Bonjour Lucie,

Un « malheureusement, nous ne pouvons pas donner suite » fait toujours mal. Dans ce numéro, nos conseils pour transformer un refus en tremplin, et les offres de la semaine dans la santé en Suisse romande.

## 1. Refus après entretien : 5 façons de rebondir
Demander un retour, analyser ses réponses, garder le contact avec le recruteur… Les bons réflexes pour qu'un refus ne vous démotive pas. [Lire l'article](https://www.carrieres-sante.example.ch/articles/rebondir-apres-un-refus)

## 2. Pharmacie, hôpital, industrie : où recrute-t-on en 2026 ?
Notre enquête auprès de 40 employeurs romands. [Lire l'enquête](https://www.carrieres-sante.example.ch/articles/barometre-2026)

## 3. Témoignage : « De l'officine aux affaires réglementaires »
Mélanie, ancienne assistante en pharmacie, raconte sa reconversion et ses huit mois de candidatures. [Lire le témoignage](https://www.carrieres-sante.example.ch/articles/temoignage-melanie)

## Offres de la semaine

- [Assistant·e en pharmacie – Lausanne](https://www.carrieres-sante.example.ch/offres/12771)
- [Spécialiste affaires réglementaires – Genève](https://www.carrieres-sante.example.ch/offres/12790)
- [Technicien·ne qualité – Monthey](https://www.carrieres-sante.example.ch/offres/12802)

Bonne lecture !
La rédaction de Carrières Santé Romandie
"""),

    m("job_alert_digest_jobromandie", "other", "fr",
      ("JobRomandie Alertes", "alertes@jobromandie.example.ch"),
      "12 nouvelles offres pour « affaires réglementaires »",
      "2026-03-18 06:30", struct="alt", mua="sendgrid", link_style="angle",
      headers={"List-Unsubscribe": "<https://www.jobromandie.example.ch/alertes/7731/stop>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="JobRomandie", color="#e2007a", logo_alt="JobRomandie Alertes",
                tracker="https://email.jobromandie.example.ch/ls/click?upn=",
                pixel="https://email.jobromandie.example.ch/wf/open?upn=alert-7731",
                footer=["JobRomandie est un service de Médias Romands SA, Avenue de Sévelin 10, 1004 Lausanne.",
                        "Vous recevez cet e-mail car vous avez créé l'alerte « affaires réglementaires ». "
                        "[Modifier l'alerte](https://www.jobromandie.example.ch/alertes/7731) · "
                        "[Se désabonner](https://www.jobromandie.example.ch/alertes/7731/stop)"]),
      body="""\
Bonjour Lucie,

Voici les nouvelles offres correspondant à votre alerte « affaires réglementaires – Vaud, Genève, Valais ».

## Regulatory Affairs Specialist (80-100 %)
Helvepharm SA – Renens · publié aujourd'hui
[Voir l'offre](https://www.jobromandie.example.ch/offre/551201)

## Chargé·e de dossiers réglementaires – Pharmacie centrale
Hôpitaux du Léman – Vevey · il y a 1 jour
[Voir l'offre](https://www.jobromandie.example.ch/offre/551188)

## Junior Regulatory Affairs Officer (CDD 12 mois)
Alpinex – Meyrin · il y a 2 jours
[Voir l'offre](https://www.jobromandie.example.ch/offre/551160)

## Assistante de direction – cabinet médical
Centre médical du Flon – Lausanne · il y a 2 jours
[Voir l'offre](https://www.jobromandie.example.ch/offre/551142)

[Voir les 8 autres offres](https://www.jobromandie.example.ch/alertes/7731/resultats)

Conseil du jour : candidature non retenue ? Relisez l'annonce et adaptez votre lettre avant de postuler à nouveau.

L'équipe JobRomandie
"""),

    m("podcast_interview_request", "other", "fr",
      ("Léa Monnier", "lea@officine-et-co.example.ch"),
      "Interview pour le podcast Officine & Co ?",
      "2026-04-20 13:12", mua="gmail", charset="utf-8", cte="quoted-printable",
      contact="lea@officine-et-co.example.ch", body="""\
Bonjour Lucie,

Je suis Léa, je produis Officine & Co, un petit podcast romand qui donne la parole aux équipes de pharmacie (on en est à 42 épisodes, environ 3'000 écoutes par mois).

Ton post sur ta reconversion vers les affaires réglementaires m'a beaucoup parlé. Est-ce que tu accepterais une interview d'une quarantaine de minutes pour un prochain épisode ? On enregistre dans notre studio au Flon ou à distance, comme tu préfères. Pas besoin de préparer quoi que ce soit, je t'envoie les thèmes à l'avance.

Dis-moi si ça te tente !
Léa

--
Léa Monnier
Officine & Co – le podcast des pharmacies romandes
officine-et-co.example.ch
"""),

    m("press_interview_shortages", "other", "fr",
      ("Julien Maillard", "julien.maillard@gazette-leman.example.ch"),
      "Demande d'interview - pénuries de médicaments",
      "2026-01-22 11:48", mua="outlook", charset="iso-8859-1", cte="quoted-printable",
      contact="julien.maillard@gazette-leman.example.ch", body="""\
Madame,

Je suis journaliste à la rubrique Santé de La Gazette du Léman. Nous préparons un dossier sur les pénuries de médicaments et leurs conséquences au comptoir des pharmacies vaudoises.

Votre pharmacie m'a indiqué que vous aviez mis en place un suivi des ruptures de stock particulièrement efficace. Accepteriez-vous de m'accorder une interview de 20 à 30 minutes, par téléphone ou en personne, d'ici au 30 janvier ? Vous pourrez bien sûr relire vos citations avant publication.

Avec mes remerciements et mes meilleures salutations,

Julien Maillard
Journaliste RP - rubrique Santé
La Gazette du Léman
Avenue de la Gare 33, 1003 Lausanne
021 555 49 20
"""),

    m("user_research_interview_app", "other", "fr",
      ("Laura – MediTrack", "laura.berger@meditrack.example.ch"),
      "30 minutes pour améliorer MediTrack ? (bon de CHF 50)",
      "2026-05-04 10:00", struct="html", mua="sendgrid",
      skin=Skin(brand="MediTrack", color="#0097a7", logo_alt="MediTrack", buttons=True,
                logo_src="https://cdn.meditrack.example.ch/mail/logo.png",
                tracker="https://go.meditrack.example.ch/c/",
                pixel="https://go.meditrack.example.ch/o/ux-0504.gif",
                footer=["MediTrack SA · Rue de Lausanne 64 · 1020 Renens",
                        "[Ne plus recevoir d'invitations à nos études](https://www.meditrack.example.ch/research/optout)"]),
      contact="laura.berger@meditrack.example.ch", body="""\
Bonjour Lucie,

Vous utilisez MediTrack dans votre pharmacie depuis plus d'un an : merci ! Notre équipe produit prépare la nouvelle version du module de gestion des ruptures et nous aimerions beaucoup avoir votre avis.

Accepteriez-vous de participer à un **entretien utilisateur** de 30 minutes en visioconférence ? Il ne s'agit pas d'évaluer vos compétences : nous voulons simplement comprendre comment vous travaillez au quotidien. En remerciement, vous recevrez un bon d'achat de CHF 50.

[Choisir un créneau](https://cal.meditrack.example.ch/ux-research/lucie)

Vous pouvez aussi répondre directement à cet e-mail, je lis toutes les réponses.

Merci d'avance,
Laura Berger
UX Researcher, MediTrack
"""),

    m("queue_position_telecom", "other", "fr",
      ("Telcom Romandie Service client", "service-client-noreply@telcom-romandie.example.ch"),
      "Votre position dans la file d'attente : 14",
      "2026-02-02 18:22", charset="utf-8", cte="quoted-printable", body="""\
Bonjour Madame Prévost-Nakashima,

Vous avez demandé à être rappelée par notre service client au sujet de votre demande n° 2026-0202-88413 (changement d'abonnement).

Votre position actuelle dans la file d'attente : 14
Temps d'attente estimé : environ 35 minutes

Un conseiller vous appellera au 079 555 12 34 dès que votre tour arrivera. Inutile de nous rappeler : vous perdriez votre position.

Votre service client Telcom Romandie

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
"""),

    m("parcel_delayed", "other", "fr",
      ("PostExpress Suisse", "suivi@postexpress.example.ch"),
      "Malheureusement, votre colis est retardé",
      "2026-03-11 09:14", charset="windows-1252", cte="quoted-printable", body="""\
Bonjour,

Malheureusement, la livraison de votre colis n° 99.60.123456.78901234 est retardée en raison d’un volume exceptionnel dans notre centre de tri d’Eclépens.

Nouvelle date de livraison estimée : vendredi 13 mars 2026, entre 9h00 et 13h00.
Expéditeur : Librairie Médicale Romande

Vous pouvez suivre votre envoi ou choisir un autre lieu de livraison sur www.postexpress.example.ch/suivi.

Nous vous prions de nous excuser pour ce contretemps.
Votre équipe PostExpress
"""),

    m("bank_credit_application_received", "other", "fr",
      ("Banque Cantonale du Léman", "noreply@bcl-leman.example.ch"),
      "Nous avons bien reçu votre demande de crédit privé",
      "2026-06-09 14:30", struct="html",
      skin=Skin(style="notice", brand="Banque Cantonale du Léman", color="#00427a",
                logo_alt="BCL – Banque Cantonale du Léman",
                logo_src="https://www.bcl-leman.example.ch/static/mail/bcl-logo.png",
                footer=["Banque Cantonale du Léman · Place Saint-François 8 · 1003 Lausanne",
                        "L'octroi d'un crédit est interdit s'il occasionne le surendettement du consommateur (art. 3 LCD).",
                        "La BCL ne vous demandera jamais vos codes d'accès par e-mail."]),
      body="""\
Madame Prévost-Nakashima,

Nous vous remercions de votre demande de crédit privé de CHF 12'000, déposée le 9 juin 2026 via notre e-banking (référence CP-2026-44871).

Votre demande a bien été reçue et sera examinée par nos spécialistes dans un délai de cinq jours ouvrables. Nous pourrions vous demander des documents complémentaires (fiches de salaire, attestation de domicile).

Vous pouvez suivre l'état de votre demande dans votre e-banking, rubrique « Mes demandes ».

[Accéder à l'e-banking](https://ebanking.bcl-leman.example.ch)

Meilleures salutations
Banque Cantonale du Léman
"""),

    m("flat_application_refused", "other", "fr",
      ("Régie Dubuis & Fils – Location", "no-reply@regie-dubuis.example.ch"),
      "Votre dossier de candidature – Appartement 3.5 pièces, Av. de Morges 58",
      "2026-04-03 16:45", charset="utf-8", cte="8bit", body="""\
Madame,

Nous vous remercions de l'intérêt porté à l'appartement de 3.5 pièces situé à l'avenue de Morges 58, 1004 Lausanne (4e étage, loyer CHF 2'180.– charges comprises).

Après examen des nombreux dossiers reçus, nous sommes au regret de vous informer que le propriétaire a retenu une autre candidature. Votre dossier ne peut donc malheureusement pas être pris en considération.

Nous vous souhaitons plein succès dans vos recherches et vous invitons à consulter nos autres objets sur www.regie-dubuis.example.ch.

Régie Dubuis & Fils SA
Service location

Ceci est un message automatique, merci de ne pas y répondre.
"""),

    m("friend_got_same_rejection", "other", "fr",
      ("Chloé Berset", "chloe.berset@example.ch"),
      "devine qui a reçu le même mail 🙃",
      "2026-02-21 12:30", mua="iphone", charset="utf-8", cte="8bit",
      contact="chloe.berset@example.ch", body="""\
Salut ma belle,

Tu ne vas pas me croire : j'ai reçu hier exactement le même refus d'Alpinex que toi, mot pour mot, « candidats dont l'expérience correspond plus étroitement » etc. Au moins on sait qu'ils ne lisent pas les dossiers 😂

Bon, moi j'ai un entretien mardi chez un petit labo à Nyon, je te raconterai. Et toi ne lâche rien, ton CV est top (je le sais, je l'ai relu !).

On se voit jeudi pour l'apéro ?
Bisous
Chloé

Envoyé de mon iPhone
"""),

    m("friend_interview_debrief_no_accents", "other", "fr",
      ("Yannick Perret", "yannick.perret@example.fr"),
      "mon entretien chez Gerland",
      "2026-05-30 23:05", tz="Europe/Paris", mua="gmail", charset="us-ascii", cte="7bit",
      contact="yannick.perret@example.fr", body="""\
Hello Lucie,

Petit debrief comme promis : j'ai passe mon entretien chez Gerland Sante jeudi, pour le poste en pharmacovigilance. 1h30 avec la responsable PV et une RH, super sympa, beaucoup de questions sur les declarations d'effets indesirables. Ils m'ont dit qu'ils reviendraient vers moi sous 15 jours.

Par contre ils m'ont demande si je connaissais quelqu'un pour le poste en affaires reglementaires, je leur ai dit que tu avais deja postule... et apparemment ca n'a pas marche pour toi ? Desole, je savais pas.

Bref, croise les doigts pour moi !
Yannick
"""),

    m("out_of_office_quadrant", "other", "fr",
      ("Élise Garnier", "egarnier@quadrant-reg.example.fr"),
      "Réponse automatique : Merci pour votre retour",
      "2026-07-20 09:02", tz="Europe/Paris", mua="outlook", charset="utf-8", cte="quoted-printable",
      hdr_charset="iso-8859-1", refs=["<2A7F0D93-C4E1-4B68-8F25-9D3B6A1E7C40@example.ch>"],
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      contact="egarnier@quadrant-reg.example.fr", body="""\
Bonjour,

Je suis absente du bureau du 18 juillet au 9 août inclus, avec un accès très limité à ma messagerie.

Pour toute demande urgente concernant une mission en cours, merci de contacter Bertrand Aubry (baubry@quadrant-reg.example.fr). Pour les candidatures et le recrutement, votre message sera traité à mon retour.

Bien cordialement,
Élise Garnier
Quadrant Réglementaire
"""),

    m("recruiter_cold_outreach_marceau", "other", "fr",
      ("Antoine Rivière", "a.riviere@marceau-recrutement.example.fr"),
      "Votre profil – échange rapide ?",
      "2026-09-29 10:12", tz="Europe/Paris", mua="outlook", charset="utf-8", cte="quoted-printable",
      contact="a.riviere@marceau-recrutement.example.fr", body="""\
Bonjour Lucie,

Je suis consultant chez Marceau Recrutement, cabinet spécialisé dans les métiers de la santé. Ma collègue Camille Dufresne m'a transmis votre profil, que j'ai trouvé très intéressant : la combinaison officine + certificat en affaires réglementaires est assez rare.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais nous ouvrons régulièrement des missions en Suisse romande et en Rhône-Alpes. Seriez-vous ouverte à un échange de 15 minutes par téléphone, pour que je comprenne mieux vos attentes (type de structure, mobilité, salaire) ?

Bien cordialement,

Antoine Rivière
Consultant Senior – Pôle Santé & Life Sciences
Marceau Recrutement
06 55 55 12 48
"""),

    m("agency_mass_mailing_toppharma", "other", "fr",
      ("Top Pharma Intérim", "newsletter@toppharma-interim.example.fr"),
      "🔥 Les missions de la semaine en Auvergne-Rhône-Alpes !",
      "2026-10-01 08:15", tz="Europe/Paris", struct="html", mua="sendgrid",
      headers={"List-Unsubscribe": "<https://www.toppharma-interim.example.fr/desabonnement?e=lpn>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="Top Pharma Intérim", color="#e53935", logo_alt="TOP PHARMA INTÉRIM",
                tracker="https://news.toppharma-interim.example.fr/t/",
                pixel="https://news.toppharma-interim.example.fr/o/w40.gif",
                footer=["Top Pharma Intérim SAS – 52 rue de la Villette, 69003 Lyon – Entreprise de travail temporaire",
                        "[Se désabonner](https://www.toppharma-interim.example.fr/desabonnement?e=lpn) | "
                        "[Politique de confidentialité](https://www.toppharma-interim.example.fr/rgpd)"]),
      body="""\
Bonjour Lucie !

Nouvelle semaine, nouvelles opportunités !!! Nos agences de Lyon, Grenoble et Saint-Étienne recrutent pour leurs clients de l'industrie pharmaceutique :

## Technicien(ne) de production – Villefranche-sur-Saône
Intérim 6 mois, 2x8, dès le 12 octobre. [Je postule !](https://www.toppharma-interim.example.fr/missions/4471)

## Assistant(e) qualité – Lyon 8e
CDD 9 mois, démarrage ASAP. [Je postule !](https://www.toppharma-interim.example.fr/missions/4480)

## Préparateur(trice) en pharmacie – Grenoble
Intérim, remplacement de congé maternité. [Je postule !](https://www.toppharma-interim.example.fr/missions/4486)

Parrainez un ami : 150 € offerts pour toute mission de plus de 300 heures !

À très vite,
L'équipe Top Pharma Intérim
"""),

    m("course_admission_accepted", "other", "fr",
      ("Formation continue – Université du Léman", "formation.continue@unileman.example.ch"),
      "Admission au CAS en affaires réglementaires des produits thérapeutiques",
      "2026-01-28 15:30", charset="iso-8859-1", cte="quoted-printable",
      contact="formation.continue@unileman.example.ch", body="""\
Madame,

Nous avons le plaisir de vous informer que votre candidature au Certificate of Advanced Studies (CAS) en affaires réglementaires des produits thérapeutiques, volée 2026, a été acceptée par le comité de direction du programme.

Le premier module aura lieu le vendredi 6 mars 2026 à 9h00, bâtiment Forum, salle F-204. Vous recevrez d'ici fin février la facture des frais d'inscription (CHF 7'800.-) ainsi que vos accès à la plateforme d'enseignement.

Pour toute question, notre secrétariat se tient à votre disposition à cette adresse.

Avec nos meilleures salutations,

Secrétariat de la Formation continue
Université du Léman
formation.continue@unileman.example.ch
021 555 22 00
"""),

    m("association_webinar_interview_tips", "other", "fr",
      ("ARSR – Association romande des sciences réglementaires", "info@arsr.example.ch"),
      "Webinaire 28 mai : réussir son entretien d'embauche en affaires réglementaires",
      "2026-05-12 12:00", struct="html",
      headers={"List-Id": "Membres ARSR <membres.arsr.example.ch>",
               "List-Unsubscribe": "<https://www.arsr.example.ch/liste/desinscription?m=lpn>",
               "Precedence": "list"},
      skin=Skin(style="digest", brand="ARSR", color="#4a148c", logo_alt="ARSR",
                footer=["ARSR – Association romande des sciences réglementaires · Case postale 112 · 1000 Lausanne 1",
                        "[Se désinscrire de la liste](https://www.arsr.example.ch/liste/desinscription?m=lpn)"]),
      body="""\
Chères et chers membres,

Vous êtes nombreux à nous demander comment préparer un entretien dans le domaine réglementaire. Nous organisons un webinaire gratuit :

## Réussir son entretien d'embauche en affaires réglementaires
Jeudi 28 mai 2026, 12h15–13h15, en ligne (Zoom)
Avec Nathalie Roch (Responsable RH, Laboratoires Dubois-Mercier) et Marc-Antoine Favre (RegAxis Consulting)

Au programme : les questions techniques qui reviennent (CTD, variations, procédures), l'étude de cas, comment parler d'un refus ou d'un trou dans son CV, et une séance de questions-réponses.

[Je m'inscris](https://www.arsr.example.ch/agenda/webinaire-entretien-2026)

## Agenda

- 11 juin : afterwork réglementaire à Genève
- 3 septembre : assemblée générale, Lausanne

Cordialement,
Le comité de l'ARSR
"""),

    m("profile_views_notification", "other", "fr",
      ("ProLink", "notifications@prolink.example.com"),
      "Lucie, votre profil a été consulté par 3 recruteurs",
      "2026-04-13 07:45", tz="UTC", charset="utf-8", cte="quoted-printable", mua="sendgrid",
      headers={"List-Unsubscribe": "<https://www.prolink.example.com/e/unsub?t=pv>"}, body="""\
Bonjour Lucie,

Votre profil a attiré l'attention cette semaine !

3 recruteurs ont consulté votre profil, dont une recruteuse de Helvepharm et un chargé de recrutement d'Alpes Talents.
Vous êtes apparue dans 27 recherches, notamment pour « regulatory affairs Lausanne ».

Voir qui a consulté votre profil : https://www.prolink.example.com/me/profile-views

Astuce : les profils avec le statut « Ouverte aux opportunités » reçoivent deux fois plus de messages de recruteurs.

---
Cet e-mail a été envoyé à lucie.pn@example.ch.
Se désabonner : https://www.prolink.example.com/e/unsub?t=pv
ProLink Inc., 500 Market Street, San Francisco, CA 94105
"""),

    m("dentist_appointment_reminder", "other", "fr",
      ("Cabinet dentaire des Épinettes", "rendez-vous@dentiste-epinettes.example.ch"),
      "Rappel : votre rendez-vous du jeudi 2 juillet à 8h15",
      "2026-06-29 17:00", charset="utf-8", cte="base64", body="""\
Bonjour Madame Prévost-Nakashima,

Nous vous rappelons votre rendez-vous de contrôle annuel :

Jeudi 2 juillet 2026 à 8h15
Dr Florence Aubert – Cabinet dentaire des Épinettes
Avenue des Épinettes 9, 1007 Lausanne

En cas d'empêchement, merci de nous prévenir au moins 24 heures à l'avance au 021 555 61 61. Tout rendez-vous manqué ou annulé tardivement pourra être facturé.

Ceci est un message automatique, merci de ne pas y répondre.
"""),

    m("current_employer_planning", "other", "fr",
      ("Nicole Gavillet", "nicole.gavillet@pharmacie-flon.example.ch"),
      "Planning avril + gardes",
      "2026-03-20 19:10", charset="iso-8859-1", cte="8bit",
      contact="nicole.gavillet@pharmacie-flon.example.ch", body="""\
Salut Lucie,

Petit point pour le planning d'avril :
- tu fais la garde du samedi 11 avril (8h-18h), Jérôme t'échange le 25 comme convenu ;
- lundi de Pâques fermé, n'oublie pas de mettre l'affiche ;
- l'inventaire des stupéfiants est le mardi 21 au soir, j'aurais besoin de toi jusqu'à 20h.

Et pour ton entretien du 1er avril à Genève, pas de souci pour le congé : je t'ai mise en vacances l'après-midi. Bonne chance !

Nicole
Pharmacienne responsable
Pharmacie du Flon
"""),

    m("former_boss_reference_call", "other", "fr",
      ("Pierre-Alain Rochat", "pa.rochat@pharmacie-gare-vevey.example.ch"),
      "Appel de Helvepharm pour une référence",
      "2026-09-03 12:25", mua="gmail", charset="utf-8", cte="quoted-printable",
      contact="pa.rochat@pharmacie-gare-vevey.example.ch", body="""\
Bonjour Lucie,

Juste un petit mot pour te dire que Mme Perrin, de chez Helvepharm, m'a appelé ce matin pour une prise de références. Je lui ai dit tout le bien que je pense de toi : ta rigueur sur la traçabilité, la gestion des rappels de lots et ton calme au comptoir les jours de rush.

Elle avait l'air très positive, j'ai bon espoir que tu reçoives une offre bientôt ! Tiens-moi au courant.

Amitiés,
Pierre-Alain

Pierre-Alain Rochat
Pharmacien responsable
Pharmacie de la Gare, Vevey
"""),

    m("job_fair_registration_lyon", "other", "fr",
      ("Forum Pharma Emploi Lyon", "inscriptions@forumpharma-lyon.example.fr"),
      "Votre inscription au Forum Pharma Emploi Lyon est confirmée",
      "2026-09-15 11:00", tz="Europe/Paris", struct="html", mua="sendgrid",
      skin=Skin(brand="Forum Pharma Emploi Lyon", color="#f57c00", logo_alt="Forum Pharma Emploi – Lyon 2026",
                logo_src="https://www.forumpharma-lyon.example.fr/img/mail-header.png",
                tracker="https://e.forumpharma-lyon.example.fr/c/",
                pixel="https://e.forumpharma-lyon.example.fr/o/insc-3381.gif",
                footer=["Forum Pharma Emploi Lyon – organisé par l'association Rhône Santé Carrières, 10 quai Perrache, 69002 Lyon",
                        "[Se désinscrire](https://www.forumpharma-lyon.example.fr/desinscription?id=3381)"]),
      body="""\
Bonjour Lucie,

Votre inscription au **Forum Pharma Emploi Lyon** est confirmée. Rendez-vous le **jeudi 15 octobre 2026**, de 9h à 17h, au Centre de congrès de Lyon.

Au programme : plus de 40 recruteurs de l'industrie pharmaceutique, des entretiens express de 10 minutes, des ateliers CV et un espace « reconversion ».

Votre badge nominatif (n° 3381) est à présenter à l'entrée :

[Télécharger mon badge](https://www.forumpharma-lyon.example.fr/badge/3381)

Conseil : apportez une dizaine de CV imprimés et préparez un pitch de 60 secondes.

À très bientôt,
L'équipe du Forum Pharma Emploi
"""),

    m("carpool_driver_position", "other", "fr",
      ("RoulEnsemble", "notifications@roulensemble.example.ch"),
      "Marc partage sa position en direct – votre trajet de 7h10",
      "2026-04-09 06:58", charset="utf-8", cte="8bit", body="""\
Bonjour Lucie,

Votre conducteur Marc a commencé le trajet Lausanne → Genève de 7h10.

Sa position en direct : avenue de Rhodanie, Lausanne (à 4 minutes du point de rendez-vous)
Point de rendez-vous : Lausanne, parking du Vélodrome
Arrivée estimée à Genève, gare Cornavin : 8h05

Suivre la position de Marc : https://www.roulensemble.example.ch/trajet/77812/live

Bon voyage !
L'équipe RoulEnsemble

Vous recevez cette notification car vous avez réservé une place sur ce trajet. Gérer les notifications : https://www.roulensemble.example.ch/compte/notifications
"""),

    m("mother_asks_about_interview", "other", "fr",
      ("Maman", "m.prevost@example.ch"),
      "Alors, ce rendez-vous à Bâle ?",
      "2026-05-05 20:47", charset="iso-8859-1", cte="quoted-printable",
      contact="m.prevost@example.ch", body="""\
Ma chérie,

Alors, comment s'est passé ton entretien à Bâle aujourd'hui ? Papa dit que tu as dû prendre le train de 9h, j'espère que tu n'étais pas trop fatiguée.

Tu nous appelles ce soir ou demain ? Ta grand-mère demande aussi des nouvelles, elle a allumé un cierge pour toi, comme pour tes examens...

Gros bisous,
Maman

PS : n'oublie pas l'anniversaire de Kenji samedi.
"""),

    m("own_confirms_interview_toppharma", "other", "fr", CAND,
      "Re: SUPER NOUVELLE !!! Entretien Saône BioProduction",
      "2026-08-18 18:02", mua="iphone", charset="utf-8", cte="8bit",
      to=[("Kevin Morel", "kevin.morel@toppharma-interim.example.fr")],
      refs=["agency_exclamations_toppharma"], body="""\
Merci beaucoup Kevin, super nouvelle en effet ! Je confirme ma présence jeudi 27 août à 10h à Villefranche. J'attends ton appel demain pour le brief.

Belle soirée,
Lucie

Envoyé de mon iPhone

> Le 18 août 2026 à 15:52, Kevin Morel <kevin.morel@toppharma-interim.example.fr> a écrit :
>
> Bonjour Lucie !!
>
> Excellente nouvelle : Saône BioProduction a adoré ton profil et souhaite te rencontrer pour le poste d’Assistante Affaires Réglementaires (CDI, site de Villefranche-sur-Saône) !!!
>
> L’entretien est fixé au JEUDI 27 AOÛT à 10H00 sur site, avec Mme Fabre (Responsable RA) et M. Giraud (RH).
"""),

    # -- German ----------------------------------------------------------------------------------

    m("job_alarm_digest_stellenradar", "other", "de",
      ("Stellenradar Job-Alarm", "jobalarm@mail.stellenradar.example.ch"),
      "Job-Alarm: 9 neue Stellen für «Regulatory Affairs» in Basel und Zürich",
      "2026-05-06 06:00", struct="alt", mua="sendgrid",
      headers={"List-Unsubscribe": "<https://www.stellenradar.example.ch/jobalarm/4410/abmelden>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="Stellenradar", color="#0057b8", logo_alt="stellenradar.ch Job-Alarm",
                lang="de", tracker="https://click.stellenradar.example.ch/t/",
                pixel="https://click.stellenradar.example.ch/o/ja-4410.gif",
                footer=["Stellenradar AG · Förrlibuckstrasse 70 · 8005 Zürich",
                        "Sie erhalten diesen Job-Alarm, weil Sie ihn auf stellenradar.ch eingerichtet haben. "
                        "[Job-Alarm bearbeiten](https://www.stellenradar.example.ch/jobalarm/4410) · "
                        "[Abmelden](https://www.stellenradar.example.ch/jobalarm/4410/abmelden)"]),
      body="""\
Guten Tag Lucie Prévost-Nakashima

Für Ihren Job-Alarm «Regulatory Affairs – Basel, Zürich» gibt es 9 neue Stellen:

## Regulatory Affairs Associate CMC (80–100 %)
Rheinwerk Pharma AG · Basel · heute
[Stelle ansehen](https://www.stellenradar.example.ch/stelle/991204)

## Junior Regulatory Affairs Manager
Medora Pharma AG · Basel · gestern
[Stelle ansehen](https://www.stellenradar.example.ch/stelle/991187)

## Sachbearbeiter/in Zulassung Tierarzneimittel
Vetopharm Schweiz GmbH · Zürich · vor 2 Tagen
[Stelle ansehen](https://www.stellenradar.example.ch/stelle/991150)

[Alle 9 Stellen anzeigen](https://www.stellenradar.example.ch/jobalarm/4410/treffer)

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Fragen Sie nach einem Feedback und bleiben Sie dran!

Ihr Stellenradar-Team
"""),

    m("newsletter_absage_tipps", "other", "de",
      ("Karrierebrief Life Sciences", "redaktion@karrierebrief.example.ch"),
      "Absage erhalten? So bleiben Sie dran – Karrierebrief 13/2026",
      "2026-03-31 07:30", struct="html", mua="sendgrid",
      headers={"List-Id": "Karrierebrief Life Sciences <karrierebrief.example.ch>",
               "List-Unsubscribe": "<mailto:abmelden@karrierebrief.example.ch?subject=abmelden>, "
                                   "<https://www.karrierebrief.example.ch/abmelden?id=55120>",
               "Precedence": "bulk"},
      skin=Skin(style="digest", brand="Karrierebrief", color="#33691e", logo_alt="Karrierebrief Life Sciences",
                lang="de", font="Georgia, serif", tracker="https://lnk.karrierebrief.example.ch/",
                pixel="https://lnk.karrierebrief.example.ch/open/13-2026-55120.gif",
                footer=["Karrierebrief Life Sciences · ein Angebot der Fachmedien Basel GmbH · Steinentorstrasse 11 · 4051 Basel",
                        "Geschäftsführer: Dr. Roland Hänggi · Handelsregister Basel-Stadt CHE-112.555.908",
                        "[Newsletter abbestellen](https://www.karrierebrief.example.ch/abmelden?id=55120)"]),
      body="""\
Liebe Leserin, lieber Leser

Wer sich bewirbt, bekommt Absagen – auch die besten Kandidatinnen. Diese Woche zeigen wir, wie Sie aus einer Absage etwas lernen und wie Sie sich optimal auf das nächste Vorstellungsgespräch vorbereiten.

## Absage nach dem Interview: Feedback richtig einholen
Drei Formulierungen, mit denen Recruiter gerne antworten. [Weiterlesen](https://www.karrierebrief.example.ch/artikel/feedback-nach-absage)

## Quereinstieg in Regulatory Affairs
Was Pharma-Assistentinnen und Drogisten mitbringen – und was ihnen noch fehlt. [Weiterlesen](https://www.karrierebrief.example.ch/artikel/quereinstieg-ra)

## Lohnbuch 2026
Was verdient ein Regulatory Affairs Associate in Basel? [Zur Lohnübersicht](https://www.karrierebrief.example.ch/lohnbuch-2026)

Herzlich
Ihre Redaktion
"""),

    m("bank_loan_declined", "other", "de",
      ("Limmatbank Kreditservice", "kreditservice-noreply@limmatbank.example.ch"),
      "Ihr Kreditantrag KA-2026-11873 – Entscheid",
      "2026-06-17 10:05", struct="html", cte="base64",
      skin=Skin(style="notice", brand="Limmatbank", color="#1b5e20", logo_alt="Limmatbank", lang="de",
                logo_src="https://www.limmatbank.example.ch/static/logo-weiss.png",
                footer=["Limmatbank AG · Bahnhofstrasse 44 · 8001 Zürich",
                        "Die Kreditvergabe ist verboten, falls sie zur Überschuldung der Konsumentin oder des Konsumenten führt (Art. 3 UWG).",
                        "Diese E-Mail wurde automatisch versendet."]),
      body="""\
Sehr geehrte Frau Prévost-Nakashima

Vielen Dank für Ihren Antrag auf einen Privatkredit über CHF 12'000 vom 10. Juni 2026.

Nach eingehender Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihrem Kreditantrag nicht entsprechen können. Der Entscheid beruht auf unserer internen Kreditfähigkeitsprüfung; die Gründe können wir Ihnen aus Datenschutzgründen nicht im Detail nennen.

Sie können frühestens in sechs Monaten einen neuen Antrag stellen.

Freundliche Grüsse
Ihre Limmatbank
"""),

    m("flat_application_refused_zurich", "other", "de",
      ("Seebach Immobilien Vermietung", "vermietung-noreply@seebach-immo.example.ch"),
      "Ihre Bewerbung für die 2.5-Zimmer-Wohnung an der Wehntalerstrasse",
      "2026-08-12 16:20", charset="iso-8859-1", cte="quoted-printable", body="""\
Sehr geehrte Frau Prévost-Nakashima

Besten Dank für Ihre Bewerbung für die 2.5-Zimmer-Wohnung an der Wehntalerstrasse 412, 8046 Zürich.

Wir haben sehr viele Bewerbungen erhalten. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für eine andere Mietpartei entschieden hat. Ihre Unterlagen werden gelöscht.

Wir wünschen Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse
Seebach Immobilien AG
Bewirtschaftung

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
"""),

    m("friend_her_own_interview_de", "other", "de",
      ("Jana Keller", "jana.keller@example.ch"),
      "Mein Interview bei Medora",
      "2026-02-13 19:35", mua="gmail", charset="utf-8", cte="8bit",
      contact="jana.keller@example.ch", body="""\
Hoi Lucie

Ich hatte gestern mein Vorstellungsgespräch bei Medora in Basel, für die Labelling-Stelle, auf die du dich auch beworben hattest. Es war ziemlich intensiv: zuerst ein Case zu einer Packungsbeilage, dann 45 Minuten mit der Teamleiterin auf Englisch.

Sie haben gesagt, sie melden sich bis Ende Monat. Ich habe übrigens gehört, dass sie dir abgesagt haben – tut mir echt leid, die haben sicher einfach jemanden mit Labelling-Erfahrung gesucht.

Wollen wir am Samstag zusammen laufen gehen? Dann erzähle ich dir alles.

Liebe Grüsse
Jana
"""),

    m("out_of_office_rheinwerk", "other", "de",
      ("Katrin Vogt", "katrin.vogt@rwp.example.ch"),
      "Automatische Antwort: Bestätigung Interviewtermin 14. Juli",
      "2026-07-09 08:01", mua="outlook", charset="utf-8", cte="quoted-printable",
      refs=["<6F1B8C30-9E27-4D5A-A3C8-1E4F7B0D2A96@example.ch>"],
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      contact="katrin.vogt@rwp.example.ch", body="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis und mit Montag, 13. Juli 2026, abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an talent@rwp.example.ch.

Freundliche Grüsse
Katrin Vogt
Talent Acquisition Partner
Rheinwerk Pharma AG
"""),

    m("headhunter_cold_confidential", "other", "de",
      ("Dr. Stefan Lüthi", "s.luethi@alpine-search.example.ch"),
      "Vertrauliche Anfrage – Regulatory Affairs in Basel",
      "2026-10-05 09:40", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1",
      contact="s.luethi@alpine-search.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Ich erlaube mir, Sie auf diesem Weg direkt zu kontaktieren. Alpine Search begleitet seit über fünfzehn Jahren Besetzungen im Life-Sciences-Umfeld der Nordwestschweiz.

Ihr Profil ist mir im Rahmen einer Marktanalyse aufgefallen. Konkret habe ich im Moment keine Position für Sie, rechne aber im kommenden Quartal mit mehreren Mandaten im Bereich Regulatory Affairs. Hätten Sie Interesse an einem unverbindlichen, vertraulichen Austausch von 20 Minuten?

Mit freundlichen Grüssen

Dr. Stefan Lüthi
Managing Partner
Alpine Search GmbH
St. Alban-Vorstadt 12 | 4052 Basel
+41 61 555 90 30
"""),

    m("gps_app_position_shared", "other", "de",
      ("WegFinder", "noreply@wegfinder.example.ch"),
      "Jonas teilt seine Position mit dir",
      "2026-07-18 17:32", struct="html",
      skin=Skin(style="notice", brand="WegFinder", color="#00897b", logo_alt="WegFinder", lang="de",
                logo_src="https://static.wegfinder.example.ch/mail/logo.png",
                footer=["WegFinder AG · Laupenstrasse 18 · 3008 Bern",
                        "[Benachrichtigungen verwalten](https://www.wegfinder.example.ch/einstellungen/benachrichtigungen)"]),
      body="""\
Hallo Lucie,

Jonas teilt seine aktuelle Position mit dir, bis 19:30 Uhr.

**Aktuelle Position:** Bahnhofplatz, 3011 Bern
**Voraussichtliche Ankunft:** 18:45 Uhr, Lausanne, Gare

[Position auf der Karte ansehen](https://www.wegfinder.example.ch/live/k8Hq2)

Du kannst die Freigabe jederzeit in der App beenden.
Dein WegFinder-Team
"""),

    m("train_delay_on_interview_day", "other", "de",
      ("Bahnreise-Info", "reiseinfo-noreply@bahninfo.example.ch"),
      "Verspätung auf Ihrer Verbindung Lausanne – Zürich HB",
      "2026-09-17 07:52", charset="utf-8", cte="quoted-printable", body="""\
Guten Tag

Leider verspätet sich Ihre Verbindung von heute:

IC 1 Lausanne ab 08:15 – Zürich HB an 10:23
Voraussichtliche Verspätung: ca. 25 Minuten (Störung an der Fahrleitung zwischen Bern und Olten)

Alternative: IR 15 Lausanne ab 08:20 über Biel, Zürich HB an 10:51.

Aktuelle Informationen finden Sie im Online-Fahrplan. Wir entschuldigen uns für die Unannehmlichkeiten.

Ihre Reiseinformation

Sie haben diese Meldung abonniert. Abmelden: https://www.bahninfo.example.ch/meldungen/abo
"""),

    m("user_research_interview_job_app", "other", "de",
      ("JobPilot UX Research", "research-noreply@jobpilot.example.de"),
      "Nutzerinterview: Wie bewerben Sie sich? (40 € Gutschein)",
      "2026-06-02 14:00", tz="Europe/Berlin", struct="html", mua="sendgrid",
      skin=Skin(brand="JobPilot", color="#3f51b5", logo_alt="JobPilot", lang="de",
                logo_src="https://cdn.jobpilot.example.de/mail/logo.png",
                tracker="https://t.jobpilot.example.de/r/",
                pixel="https://t.jobpilot.example.de/p/ux-0602.gif",
                footer=["JobPilot GmbH · Torstrasse 140 · 10119 Berlin · Geschäftsführer: Lena Albrecht, Murat Demir · "
                        "Amtsgericht Charlottenburg HRB 201555 B",
                        "Antworten auf diese E-Mail werden nicht gelesen. "
                        "[Keine Studieneinladungen mehr erhalten](https://www.jobpilot.example.de/research/abmelden)"]),
      body="""\
Hallo Lucie,

Sie nutzen JobPilot, um Ihre Bewerbungen zu verwalten – vielen Dank dafür! Wir möchten die App weiter verbessern und suchen Nutzerinnen und Nutzer für ein **Nutzerinterview** per Video (ca. 45 Minuten).

Wir möchten verstehen, wie Sie Stellen suchen, wie Sie mit Absagen und Einladungen zum Vorstellungsgespräch umgehen und was Ihnen in der App fehlt. Es gibt keine richtigen oder falschen Antworten.

Als Dankeschön erhalten Sie einen Gutschein im Wert von 40 €.

[Termin für das Nutzerinterview buchen](https://research.jobpilot.example.de/book/ux-0602)

Viele Grüsse
Ihr JobPilot Research-Team
"""),

    m("own_question_before_signing_limmat", "other", "de", CAND,
      "Re: Dein Arbeitsvertrag 🎉",
      "2026-09-12 10:15", mua="apple", charset="utf-8", cte="quoted-printable",
      to=[("Sabine Wyss", "sabine.wyss@limmat-rp.example.ch")], refs=["contract_pdf_du_limmat"],
      body="""\
Hoi Sabine

Vielen Dank für den Vertrag und die herzliche Nachricht! Ich habe ihn in Ruhe gelesen und hätte vor der Unterschrift noch eine Frage: Ist die Pensionskasse bei euch nach dem Minimum versichert, oder gibt es einen überobligatorischen Teil? Und könnte der Start allenfalls auf den 15. Januar verschoben werden? Mein Kündigungstermin in der Apotheke ist leider Ende Dezember, und ich hätte gerne ein paar Tage Pause.

Liebe Grüsse
Lucie

> Am 09.09.2026 um 16:45 schrieb Sabine Wyss <sabine.wyss@limmat-rp.example.ch>:
>
> Hoi Lucie
>
> Wie am Telefon besprochen: Wir freuen uns riesig, dass du zu uns kommst! Im Anhang findest du den Arbeitsvertrag als Regulatory Affairs Associate (100 %), Start am 1. Januar 2027, Jahreslohn CHF 86'000 brutto.
>
> Herzlich willkommen im Team!
> Sabine
"""),

    m("career_fair_registration_basel", "other", "de",
      ("Life Sciences Karrieretag Basel", "tickets@lifesciences-karrieretag.example.ch"),
      "Anmeldebestätigung: Life Sciences Karrieretag Basel, 14. März 2026",
      "2026-02-04 13:20", struct="html", mua="sendgrid",
      skin=Skin(brand="Life Sciences Karrieretag", color="#00838f", logo_alt="Life Sciences Karrieretag Basel 2026",
                lang="de", tracker="https://go.lifesciences-karrieretag.example.ch/",
                pixel="https://go.lifesciences-karrieretag.example.ch/open/t-2231.gif",
                footer=["Verein Life Sciences Karrieretag · c/o Messeplatz 1 · 4058 Basel",
                        "[Abmelden](https://www.lifesciences-karrieretag.example.ch/newsletter/abmelden)"]),
      body="""\
Liebe Lucie

Vielen Dank für Ihre Anmeldung zum **Life Sciences Karrieretag Basel** am Samstag, 14. März 2026, 10–17 Uhr, in der Halle 4 der Messe Basel.

Was Sie erwartet:
- über 50 Arbeitgeber aus Pharma, Biotech und Medtech
- Speed-Interviews à 10 Minuten (Anmeldung vor Ort)
- kostenloser Bewerbungsfoto-Service und CV-Check

Ihr Ticket (Nr. 2231) erhalten Sie hier:

[Ticket herunterladen](https://www.lifesciences-karrieretag.example.ch/ticket/2231)

Wir freuen uns auf Ihren Besuch!
Ihr Organisationsteam
"""),

    # -- English ---------------------------------------------------------------------------------

    m("podcast_guest_regtalk", "other", "en",
      ("Maeve Gallagher", "maeve@regtalkpodcast.example.ie"),
      "Guest interview on The RegTalk Podcast?",
      "2026-06-30 15:05", tz="Europe/Dublin", mua="gmail", charset="utf-8", cte="quoted-printable",
      contact="maeve@regtalkpodcast.example.ie", body="""\
Hi Lucie,

I host The RegTalk Podcast, a fortnightly show about careers in regulatory affairs (mostly EU, some US). A listener forwarded me your article on moving from the pharmacy counter into regulatory, and I'd love to have you on as a guest.

It's a relaxed 45-minute interview recorded over Zoom; we'd talk about your path, what surprised you, and your tips for people making the same switch. We're booking recordings for late July and August.

Would you be up for it?

Cheers,
Maeve

Maeve Gallagher
Host & Producer, The RegTalk Podcast
regtalkpodcast.example.ie
"""),

    m("job_alert_digest_jobbly", "other", "en",
      ("Jobbly Job Alerts", "alerts@notify.jobbly.example.com"),
      "30 new Regulatory Affairs jobs for you",
      "2026-04-21 06:05", tz="UTC", struct="alt", mua="sendgrid",
      headers={"List-Unsubscribe": "<https://www.jobbly.example.com/alerts/unsubscribe?a=ra-remote>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="Jobbly", color="#5b3cc4", logo_alt="Jobbly", lang="en",
                tracker="https://links.jobbly.example.com/ls/click?upn=",
                pixel="https://links.jobbly.example.com/wf/open?upn=alert-ra",
                footer=["Jobbly Ltd · 1 Grand Canal Square, Dublin 2, Ireland",
                        "You're receiving this because you created the alert \"Regulatory Affairs – Remote (EU)\". "
                        "[Manage alerts](https://www.jobbly.example.com/alerts) · "
                        "[Unsubscribe](https://www.jobbly.example.com/alerts/unsubscribe?a=ra-remote)"]),
      body="""\
Hi Lucie,

Here are the newest jobs matching "Regulatory Affairs – Remote (EU)".

## Regulatory Affairs Associate
Liffey Biopharma · Dublin (Remote) · Easy Apply
[View job](https://www.jobbly.example.com/jobs/view/44120911)

## Regulatory Submissions Coordinator
Corrib Regulatory Services · Galway (Remote)
[View job](https://www.jobbly.example.com/jobs/view/44119820)

## Labelling Specialist (12-month contract)
Emerald Generics · Dublin 24 (Hybrid)
[View job](https://www.jobbly.example.com/jobs/view/44117305)

[See all 30 jobs](https://www.jobbly.example.com/alerts/ra-remote/results)

Tip: candidates who apply within 48 hours of posting are 3x more likely to hear back. Don't let a rejection slow you down!

The Jobbly team
"""),

    m("shop_payment_declined", "other", "en",
      ("Pharmabooks Online", "orders@pharmabooks.example.com"),
      "Unfortunately, your payment was declined – order #PB-448120",
      "2026-02-14 20:11", tz="UTC", charset="us-ascii", cte="7bit", body="""\
Hello Lucie,

Unfortunately, your payment for order #PB-448120 was declined by your card issuer, so we haven't been able to process your order.

Order summary:
1 x "EU Regulatory Affairs: A Practical Handbook" (3rd edition) - EUR 64.90
Shipping to Switzerland - EUR 12.00

Your items are reserved for 48 hours. To complete your purchase, please update your payment method here:
https://www.pharmabooks.example.com/account/orders/PB-448120/pay

Thank you for shopping with Pharmabooks.

This is an automated message. Pharmabooks Online Ltd, 20 Eastbourne Terrace, London W2 6LG. Registered in England No 08123456.
"""),

    m("newsletter_missed_interview_recover", "other", "en",
      ("The Career Clinic", "newsletter@careerclinic.example.com"),
      "Missed an interview? Here's how to recover (and 4 other reads)",
      "2026-07-23 08:00", tz="UTC", struct="html", mua="sendgrid",
      headers={"List-Id": "The Career Clinic Weekly <weekly.careerclinic.example.com>",
               "List-Unsubscribe": "<https://careerclinic.example.com/unsubscribe?s=wk&u=lpn>, "
                                   "<mailto:leave-weekly@careerclinic.example.com>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="The Career Clinic", color="#00695c", logo_alt="The Career Clinic Weekly",
                lang="en", tracker="https://careerclinic.example.com/r/",
                pixel="https://careerclinic.example.com/o/wk-0723.gif",
                footer=["The Career Clinic · 99 Baggot Street Lower · Dublin 2 · Ireland",
                        "You signed up for The Career Clinic Weekly. "
                        "[Unsubscribe](https://careerclinic.example.com/unsubscribe?s=wk&u=lpn) · "
                        "[Update preferences](https://careerclinic.example.com/preferences)"]),
      body="""\
Hi Lucie,

We've all been there: a calendar mix-up, a dead laptop battery, a time-zone slip. This week's lead story is about what to do when you miss a job interview, and how to ask for a second chance without grovelling.

## Missed an interview? Here's how to recover
Write within the hour, own it, propose two new slots. [Read more](https://careerclinic.example.com/articles/missed-interview)

## "Unfortunately, we've decided to move forward with other candidates"
What recruiters really mean, and when it's worth asking for feedback. [Read more](https://careerclinic.example.com/articles/decoding-rejections)

## Negotiating your first offer in a new field
Yes, even career changers can negotiate. [Read more](https://careerclinic.example.com/articles/negotiating-first-offer)

## Remote roles across borders
Employer-of-record, tax residence and other headaches, explained. [Read more](https://careerclinic.example.com/articles/eor-explained)

See you next week,
The Career Clinic team
"""),

    m("recruiter_quick_question_cold", "other", "en",
      ("Ciara Byrne", "ciara.byrne@talentbridge.example.ie"),
      "Quick question",
      "2026-08-11 11:30", tz="Europe/Dublin", mua="outlook", charset="windows-1252", cte="quoted-printable",
      contact="ciara.byrne@talentbridge.example.ie", body="""\
Hi Lucie,

Hope you don’t mind me reaching out. I came across your profile on ProLink and your move from community pharmacy into regulatory caught my eye.

I recruit for a handful of pharma and medtech companies hiring remote regulatory staff across the EU. Nothing specific to put in front of you right now, but would you be open to a 10-minute call so I know what you’re looking for?

Best,
Ciara Byrne
Principal Consultant, Life Sciences | TalentBridge Ireland
+353 1 555 7781
"""),

    m("own_thank_you_after_call_howth", "other", "en", CAND,
      "Thank you – our call today",
      "2026-09-11 13:05", mua="apple", charset="utf-8", cte="quoted-printable",
      to=[("Ronan Fitzgerald", "ronan@howthpharma.example.ie")], refs=["push_call_howth"], body="""\
Dear Ronan,

Thank you for taking the time to speak with me today. I really enjoyed hearing about the projects your team is working on, especially the CMC variations for your Nordic clients.

As discussed, here are my two referees:
- Pierre-Alain Rochat, Pharmacien responsable, Pharmacie de la Gare, Vevey (former manager)
- Prof. Hélène Dutoit, director of the CAS in regulatory affairs, Université du Léman

I'd be very happy to continue the process and look forward to hearing from you.

Best regards,
Lucie Prévost-Nakashima
"""),

    m("out_of_office_liffey", "other", "en",
      ("Aoife Brennan", "aoife.brennan@liffeybio.example.ie"),
      "Automatic reply: Thank you – interview on 4 June",
      "2026-06-05 09:00", tz="Europe/Dublin", mua="outlook", charset="us-ascii", cte="7bit",
      refs=["<1B6E9F24-3C8A-4D71-B05F-8A2C7E4D9B13@example.ch>"],
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      contact="aoife.brennan@liffeybio.example.ie", body="""\
Thank you for your email. I'm out of the office until Monday 8 June with limited access to email. I'll respond as soon as I can on my return.

For urgent matters, please contact talent@liffeybio.example.ie.

Aoife Brennan
Talent Partner | Liffey Biopharma
"""),

    m("brother_rejected_and_interviewing", "other", "en",
      ("Kenji Nakashima", "kenji.nakashima@example.com"),
      "ugh + good news",
      "2026-04-28 22:40", tz="Europe/Dublin", mua="gmail", charset="utf-8", cte="8bit",
      contact="kenji.nakashima@example.com", body="""\
Hey sis,

Quick update from rainy Dublin. The lab manager job at the university? Rejected. Two rounds of interviews and then a two-line email saying they'd "decided not to proceed". Classic.

BUT I have an interview on Thursday with a small CRO in Sandyford, and they sounded keen. Fingers crossed.

How's your own search going? Mum says you've got a few interviews lined up in Basel. Call me this weekend?

K
"""),

    # -- Spanish ---------------------------------------------------------------------------------

    m("newsletter_rechazo_consejos", "other", "es",
      ("EmpleoFarma Consejos", "consejos@empleofarma.example.es"),
      "Te han rechazado tras la entrevista: ¿y ahora qué?",
      "2026-05-20 09:00", tz="Europe/Madrid", struct="html", mua="sendgrid",
      headers={"List-Unsubscribe": "<https://www.empleofarma.example.es/baja?u=lpn&l=consejos>",
               "List-Id": "Consejos EmpleoFarma <consejos.empleofarma.example.es>", "Precedence": "bulk"},
      skin=Skin(style="digest", brand="EmpleoFarma", color="#00838f", logo_alt="EmpleoFarma Consejos",
                lang="es", tracker="https://t.empleofarma.example.es/c/",
                pixel="https://t.empleofarma.example.es/o/consejos-0520.gif",
                footer=["EmpleoFarma · Portal de empleo del sector farmacéutico · Calle de Alcalá 155, 28009 Madrid",
                        "Recibes este boletín porque te suscribiste en empleofarma.example.es. "
                        "[Darme de baja](https://www.empleofarma.example.es/baja?u=lpn&l=consejos)"]),
      body="""\
¡Hola, Lucie!

Un «lamentamos comunicarte que no has sido seleccionada» nunca sienta bien. En este boletín te contamos cómo convertir un rechazo en una oportunidad.

## 1. Pide feedback (y cómo hacerlo)
Un correo breve y educado puede darte información valiosa para la próxima entrevista. [Leer más](https://www.empleofarma.example.es/consejos/pedir-feedback)

## 2. Las 10 preguntas más frecuentes en entrevistas de asuntos regulatorios
[Leer más](https://www.empleofarma.example.es/consejos/preguntas-regulatorios)

## 3. Ofertas destacadas
[Técnico/a de registros – Barcelona](https://www.empleofarma.example.es/ofertas/9921) · [Regulatory Affairs Specialist – remoto](https://www.empleofarma.example.es/ofertas/9934)

¡Ánimo y a por la siguiente!
El equipo de EmpleoFarma
"""),

    m("bank_loan_application_received_es", "other", "es",
      ("Banco Mediterráneo Digital", "notificaciones@bmdigital.example.es"),
      "Hemos recibido su solicitud de préstamo",
      "2026-08-26 12:40", tz="Europe/Madrid", struct="html", charset="windows-1252", cte="quoted-printable",
      skin=Skin(style="notice", brand="Banco Mediterráneo Digital", color="#0d47a1", logo_alt="BMD",
                lang="es", logo_src="https://www.bmdigital.example.es/img/mail/logo.png",
                footer=["Banco Mediterráneo Digital, S.A. · Avinguda Diagonal 640 · 08017 Barcelona · "
                        "Inscrito en el Registro de Entidades del Banco de España con el n.º 0555",
                        "Este correo se ha enviado automáticamente. Por favor, no responda."]),
      body="""\
Estimada cliente:

Le confirmamos que hemos recibido su solicitud de préstamo personal por importe de 6.000 € (referencia PP-2026-31877).

Nuestro equipo de riesgos la estudiará en un plazo máximo de 72 horas laborables. Le informaremos de la resolución por correo electrónico y en la aplicación.

[Consultar el estado de mi solicitud](https://www.bmdigital.example.es/app/solicitudes/PP-2026-31877)

Atentamente,
Banco Mediterráneo Digital
"""),

    m("friend_rejected_again_es", "other", "es",
      ("Carmen Ortega", "carmen.ortega@example.es"),
      "¡Me han rechazado otra vez! 😩",
      "2026-06-06 22:15", tz="Europe/Madrid", mua="iphone", charset="utf-8", cte="8bit",
      contact="carmen.ortega@example.es", body="""\
Hola guapa:

Nada, que me han vuelto a rechazar, esta vez en el laboratorio de Sant Cugat 😩 Después de tres entrevistas me mandan un correo de dos líneas diciendo que «han decidido continuar con otros perfiles». ¡Tres entrevistas!

Bueno, el martes tengo otra entrevista en una consultora de registros en el Poblenou, así que no me rindo. ¿Y tú qué tal? ¿Al final te han llamado los de Bioneta?

Un beso enorme,
Carmen

Enviado desde mi iPhone
"""),

    m("own_confirm_regmed", "other", "es", CAND,
      "Re: Entrevista Consultor/a Junior – viernes",
      "2026-07-13 09:12", mua="apple", charset="utf-8", cte="quoted-printable",
      to=[("Jordi Ferrer", "jordi.ferrer@regmed.example.es")], refs=["invite_tu_regmed", "resched_viernes_regmed"],
      body="""\
¡Perfecto, Jordi! Nos vemos el viernes a las 10:00 por Teams. Gracias por adaptar la hora de la entrevista.
Un saludo,
Lucie

> El 10 jul 2026, a las 9:40, Jordi Ferrer <jordi.ferrer@regmed.example.es> escribió:
>
> Hola de nuevo, Lucie:
>
> Te pido disculpas, pero tenemos que cambiar la hora de la entrevista del viernes 17: a las 12:00 Montse tiene una reunión con la Agencia que no podemos mover. ¿Te iría bien a las 10:00 el mismo día?
>
> Jordi
"""),

    m("blog_interview_request_es", "other", "es",
      ("Pablo Serrano", "pablo@blogfarmaceutico.example.es"),
      "¿Una entrevista para nuestro blog?",
      "2026-09-22 17:20", tz="Europe/Madrid", mua="gmail", charset="iso-8859-1", cte="8bit",
      contact="pablo@blogfarmaceutico.example.es", body="""\
Hola, Lucie:

Soy Pablo, editor de El Blog Farmacéutico. Estamos preparando una serie sobre profesionales de farmacia que han dado el salto a la industria, y nos encantaría contar tu historia.

Sería una entrevista por escrito (unas diez preguntas) o, si lo prefieres, una videollamada de media hora. Publicaríamos el artículo en octubre, con tu foto si te parece bien.

¿Te animas? Cualquier duda, responde a este correo.

Un saludo,
Pablo Serrano
Editor · El Blog Farmacéutico
"""),
]
