"""Corpus 201, kind `rejection`: 31 hand-written messages (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs201_common import CANDIDATE, card, doc, outlook, paras, replied, word

ME = CANDIDATE

REJECTIONS: list[dict] = []
add = REJECTIONS.append

# ---------------------------------------------------------------------------------- French --

add(dict(
    slug="taleo_ferrand_lemoal_html_only", lang="fr", company="Laboratoires Ferrand-Lemoal",
    contact="", date="2026-02-04 07:31 +0100",
    frm=("Laboratoires Ferrand-Lemoal", "ferrandlemoal@taleo.net"),
    subject="Votre candidature au poste Assistant(e) d'études cliniques – réf. 2600147",
    subject_enc=("utf-8", "b"),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html=card("Laboratoires Ferrand-Lemoal", "#7a1f3d", paras(
        "Madame Brennan-Achterberg,\n\n"
        "Nous avons examiné avec attention votre dossier pour le poste d'Assistant(e) d'études "
        "cliniques (réf. 2600147) basé à Rennes.\n\n"
        "Nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la "
        "suite du processus de sélection.\n\n"
        "Vos données resteront dans notre base pendant deux ans ; vous pouvez les supprimer à "
        "tout moment depuis votre espace candidat.\n\n"
        "La Direction des Ressources Humaines\nLaboratoires Ferrand-Lemoal"),
        footer="Ce message est envoyé automatiquement, merci de ne pas y répondre. "
               "Laboratoires Ferrand-Lemoal SAS – 14 rue de la Motte-Brûlon, 35700 Rennes"),
    cte="quoted-printable",
))

add(dict(
    slug="quadrant_after_interview_quotes_thanks", lang="fr",
    company="Quadrant Essais Cliniques", contact="t.sarrazin@quadrant-essais.example.fr",
    date="2026-04-28 17:52 +0200", key="qec_rej",
    frm=("Thibault Sarrazin", "t.sarrazin@quadrant-essais.example.fr"),
    subject="Re: Merci pour notre échange de mardi",
    text=(
        "Bonjour Odile,\n\n"
        "Merci pour votre message et pour le temps passé avec Claire et moi mardi dernier.\n\n"
        "Nous avons rencontré quatre personnes pour ce poste d'assistante d'études cliniques. "
        "Votre parcours en pharmacie hospitalière a beaucoup plu, mais l'équipe a choisi une "
        "candidate qui a déjà tenu un TMF sur une étude de phase III ; c'est ce qui a fait la "
        "différence, et je préfère vous le dire franchement.\n\n"
        "Je garde votre dossier sous le coude pour la prochaine ouverture sur le site de "
        "Paris-Bercy.\n\n"
        "Bien à vous,\nThibault\n\n"
        "Thibault Sarrazin\nChargé de recrutement – Quadrant Essais Cliniques\n"
        "27 quai de la Rapée, 75012 Paris\nTél. 01 84 60 21 37\n\n"
        + replied("fr", "mer. 22 avr. 2026 à 08:14", ME,
                  "Bonjour Thibault,\n\n"
                  "Je tenais à vous remercier pour l'entretien d'hier. La présentation du "
                  "circuit des échantillons m'a confortée dans mon envie de rejoindre l'équipe, "
                  "et je reste disponible pour un second entretien si besoin.\n\n"
                  "Belle journée,\nOdile")),
    html=None, cte="quoted-printable",
    parent="<CAOba7Fq2026042117.thanks@mail.example.fr>",
))

add(dict(
    slug="agency_relays_clinique_des_lices", lang="fr", company="Clinique des Lices",
    contact="g.tanguy@interimsanteouest.example.fr", date="2026-01-29 12:06 +0100",
    key="iso_rej", parent="iso_missed",
    frm=("Gwenaëlle Tanguy", "g.tanguy@interimsanteouest.example.fr", ("iso-8859-1", "q")),
    subject="Clinique des Lices - suite", subject_enc=("iso-8859-1", "q"),
    text=(
        "Bonjour Odile,\n\n"
        "J'ai eu la responsable de la pharmacie de la Clinique des Lices au téléphone ce matin. "
        "Après le rendez-vous manqué de mardi, elle ne souhaite pas en fixer un autre : la "
        "mission démarre lundi et elle a confié le remplacement à une préparatrice qu'elle "
        "connaissait déjà.\n\n"
        "Ce n'est donc pas pour cette fois avec eux. Je reste sur le coup pour vous et je vous "
        "rappelle dès que j'ai une mission en recherche clinique sur Rennes ou Vitré.\n\n"
        "Gwenaëlle Tanguy\nConsultante santé - Intérim Santé Ouest\n"
        "5 place de Bretagne, 35000 Rennes - 02 99 31 44 08"),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    slug="ch_vilaine_filled_internally_cp1252", lang="fr",
    company="Centre Hospitalier de la Vilaine", contact="isabelle.rouxel@ch-vilaine.example.fr",
    date="2026-03-09 15:40 +0100", key="chv_rej", parent="chv_ack",
    frm=("Isabelle Rouxel", "isabelle.rouxel@ch-vilaine.example.fr"),
    subject="Poste de technicien(ne) de recherche clinique – URC",
    text=(
        "Madame,\n\n"
        "Je reviens vers vous au sujet du poste de technicien(ne) de recherche clinique de "
        "l’unité de recherche clinique, pour lequel vous aviez adressé votre CV le 10 février.\n\n"
        "Le poste a finalement été pourvu par mobilité interne : une infirmière du pôle "
        "cancérologie a rejoint l’URC au 1er mars. Votre candidature ne peut donc pas être "
        "retenue.\n\n"
        "Je vous remercie de l’intérêt que vous portez à notre établissement.\n\n"
        "Isabelle Rouxel\nAttachée d’administration – Direction des ressources humaines\n"
        "Centre Hospitalier de la Vilaine – 2 rue Henri-Le-Guilloux – 35033 Rennes Cedex\n"
        "Tél. : 02 99 28 40 12"),
    charset="windows-1252", cte="8bit",
))

add(dict(
    slug="kerbio_casual_tutoiement", lang="fr", company="Kerbio Therapeutics",
    contact="erwan@kerbio.example.fr", date="2026-03-25 21:14 +0100", key="kerbio_rej",
    parent="kerbio_move",
    frm=("Erwan Quéméner", "erwan@kerbio.example.fr"),
    subject="Re: on décale à vendredi ?",
    text=(
        "Salut Odile,\n\n"
        "Bon, je préfère te le dire vite plutôt que de te laisser attendre : on ne va pas "
        "ouvrir le poste d'assistante d'essais tout de suite. La levée de fonds a glissé à "
        "l'automne et on reste à six jusque-là, donc pas d'embauche pour toi chez nous dans "
        "l'immédiat.\n\n"
        "J'ai vraiment aimé notre café du 13. Si ça repart, tu seras la première que "
        "j'appelle, promis.\n\n"
        "Erwan\n\n"
        + replied("fr", "mer. 11 mars 2026 à 09:02", ("Erwan Quéméner", "erwan@kerbio.example.fr"),
                  "Hello Odile, on décale à vendredi même heure ? Jeudi j'ai le comité "
                  "scientifique qui déborde.\nErwan")),
))

add(dict(
    slug="smartrecruiters_mareva_closer_match", lang="fr", company="Mareva Biosciences",
    contact="", date="2026-04-07 10:00 +0200", parent="mareva_ack",
    frm=("Mareva Biosciences", "noreply@smartrecruiters.com"),
    subject="Mareva Biosciences : mise à jour de votre candidature",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Odile,\n\n"
        "Merci d'avoir postulé à l'offre Clinical Trial Assistant (H/F) – Nantes.\n\n"
        "Nous avons reçu de nombreuses candidatures et avons décidé de poursuivre avec des "
        "personnes dont l'expérience correspond plus étroitement aux exigences du poste.\n\n"
        "Nous vous souhaitons plein succès dans vos recherches.\n\n"
        "L'équipe Talent de Mareva Biosciences\n\n"
        "Powered by SmartRecruiters – Vous recevez ce message car vous avez postulé via notre "
        "page carrières."),
    html=card("Mareva Biosciences", "#0e7490", paras(
        "Bonjour Odile,\n\n"
        "Merci d'avoir postulé à l'offre Clinical Trial Assistant (H/F) – Nantes.\n\n"
        "Nous avons reçu de nombreuses candidatures et avons décidé de poursuivre avec des "
        "personnes dont l'expérience correspond plus étroitement aux exigences du poste.\n\n"
        "Nous vous souhaitons plein succès dans vos recherches.\n\n"
        "L'équipe Talent de Mareva Biosciences"),
        footer="Powered by SmartRecruiters – Vous recevez ce message car vous avez postulé "
               "via notre page carrières."),
    cte="base64",
))

add(dict(
    slug="ligerienne_role_on_hold_latin1", lang="fr", company="Ligérienne Clinical Services",
    contact="ph.jaouen@ligerienne-cs.example.fr", date="2026-02-24 11:27 +0100",
    parent="lig_missed",
    frm=("Paul-Henri Jaouen", "ph.jaouen@ligerienne-cs.example.fr"),
    subject="Poste CTA Nantes - gel du recrutement", subject_enc=("iso-8859-1", "q"),
    text=(
        "Bonjour Madame Brennan-Achterberg,\n\n"
        "Suite à notre appel manqué du 10 février, je voulais reprendre rendez-vous avec "
        "vous, mais entre-temps la direction a décidé de geler le poste de Clinical Trial "
        "Assistant : l'étude pour laquelle nous recrutions est suspendue par le promoteur.\n\n"
        "Le recrutement est donc mis en attente et nous ne donnerons pas suite à votre "
        "candidature ni aux autres. Si le poste est rouvert, il sera republié sur notre site.\n\n"
        "Cordialement,\n\n"
        "Paul-Henri Jaouen\nRecrutement & RH - Ligérienne Clinical Services\n"
        "12 boulevard de l'Estuaire, 44200 Nantes\n\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
        "leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en "
        "avertir l'expéditeur."),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    slug="brabant_terse_human", lang="fr", company="Brabant Trial Services",
    contact="nathalie.dewaele@brabant-trials.example.be", date="2026-03-24 08:47 +0100",
    parent="bts_sorry",
    frm=("Nathalie Dewaele", "nathalie.dewaele@brabant-trials.example.be"),
    subject="RE: Entretien CTA",
    text=(
        "Bonjour Odile,\n\n"
        "Merci pour vos explications. Nous ne poursuivrons pas avec votre candidature pour "
        "ce poste.\n\n"
        "Bonne continuation,\nNathalie Dewaele\nHR Business Partner\n"
        "Brabant Trial Services – Avenue Louise 231, 1050 Bruxelles"),
))

add(dict(
    slug="ocealis_role_cancelled", lang="fr", company="Océalis Pharma",
    contact="gaelle@ocealis.example.fr", date="2026-07-21 18:03 +0200", parent="oce_missed",
    frm=("Gaëlle Riou", "gaelle@ocealis.example.fr"),
    subject="Poste d'assistante d'études – Océalis",
    text=(
        "Bonjour Odile,\n\n"
        "Merci pour votre mail après le souci de connexion du 9 juillet. Je n'ai "
        "malheureusement pas de bonne nouvelle : notre partenaire a retiré le financement de "
        "l'étude pilote à Brest et le poste d'assistante d'études disparaît avec elle. Nous "
        "avons annulé le recrutement.\n\n"
        "Je suis désolée que cela tombe au moment où nous devions enfin nous parler. Je vous "
        "souhaite de trouver rapidement votre place dans la recherche clinique.\n\n"
        "Gaëlle Riou\nCo-fondatrice & CEO – Océalis Pharma\n"
        "Technopôle Brest-Iroise, 29280 Plouzané"),
    html=doc(paras(
        "Bonjour Odile,\n\n"
        "Merci pour votre mail après le souci de connexion du 9 juillet. Je n'ai "
        "malheureusement pas de bonne nouvelle : notre partenaire a retiré le financement de "
        "l'étude pilote à Brest et le poste d'assistante d'études disparaît avec elle. Nous "
        "avons annulé le recrutement.\n\n"
        "Je suis désolée que cela tombe au moment où nous devions enfin nous parler. Je vous "
        "souhaite de trouver rapidement votre place dans la recherche clinique.\n\n"
        "Gaëlle Riou\nCo-fondatrice & CEO – Océalis Pharma\n"
        "Technopôle Brest-Iroise, 29280 Plouzané")),
    cte="quoted-printable",
))

add(dict(
    slug="headhunter_unnamed_client_no", lang="fr", company="Marquis Lenoir Search",
    contact="helene.marquis@marquislenoir.example.fr", date="2026-05-19 13:15 +0200",
    parent="mls_ack",
    frm=("Hélène Marquis", "helene.marquis@marquislenoir.example.fr"),
    subject="Retour de mon client – poste CTA Paris",
    text=(
        "Chère Odile,\n\n"
        "Mon client, le laboratoire dont je vous avais parlé sans pouvoir le nommer, m'a fait "
        "son retour hier soir. Ils ont apprécié votre rigueur et votre connaissance des "
        "circuits du médicament, mais ils cherchent finalement quelqu'un avec au moins deux "
        "ans en CRO. Ils n'iront donc pas plus loin avec vous.\n\n"
        "J'ai d'autres mandats en cours où votre profil hospitalier serait un atout ; je vous "
        "appelle la semaine prochaine pour en parler.\n\n"
        "Hélène Marquis\nAssociée – Marquis Lenoir Search\n"
        "8 rue de Téhéran, 75008 Paris – +33 1 53 77 19 02"),
    cte="base64",
))

_heysel_invite = (
    "Bonjour Madame Brennan-Achterberg,\n\n"
    "Nous avons le plaisir de vous inviter à un entretien pour le poste de Clinical Trial "
    "Assistant le jeudi 23 avril à 14h00, dans nos locaux (bâtiment H, 3e étage).\n\n"
    "Merci de nous confirmer votre présence.\n\n"
    "Anne-Sophie Verhaegen")
_heysel_text = (
    "Bonjour Madame Brennan-Achterberg,\n\n"
    "Nous vous remercions pour l'entretien du 23 avril et pour l'intérêt porté à notre "
    "centre d'essais.\n\n"
    "Après délibération, le comité de sélection a retenu un autre profil, plus proche des "
    "besoins immédiats de l'unité d'hématologie. Nous ne sommes donc pas en mesure de donner "
    "une suite favorable à votre candidature.\n\n"
    "Nous vous souhaitons beaucoup de réussite.\n\n"
    "Anne-Sophie Verhaegen\nRecrutement – Clinique universitaire du Heysel\n"
    "Avenue du Heysel 90, 1020 Bruxelles – +32 2 477 31 00\n\n")
add(dict(
    slug="heysel_outlook_quotes_invite", lang="fr", company="Clinique universitaire du Heysel",
    contact="as.verhaegen@cuheysel.example.be", date="2026-05-05 16:22 +0200",
    parent="heysel_inv",
    frm=("Verhaegen Anne-Sophie", "as.verhaegen@cuheysel.example.be"),
    subject="RE: Invitation à un entretien – Clinical Trial Assistant",
    headers=[("Thread-Topic", "Invitation à un entretien – Clinical Trial Assistant"),
             ("Thread-Index", "AdrY3kQ0c2VydmVyaGFlZ2VuMjAyNg=="),
             ("X-MS-Has-Attach", ""), ("Content-Language", "fr-BE")],
    text=_heysel_text + outlook(
        "fr", ("Verhaegen Anne-Sophie", "as.verhaegen@cuheysel.example.be"),
        "mardi 14 avril 2026 10:05", "Odile Brennan-Achterberg",
        "Invitation à un entretien – Clinical Trial Assistant", _heysel_invite),
    html=word(paras(_heysel_text) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
              'padding:3.0pt 0cm 0cm 0cm">' + paras(outlook(
                  "fr", ("Verhaegen Anne-Sophie", "as.verhaegen@cuheysel.example.be"),
                  "mardi 14 avril 2026 10:05", "Odile Brennan-Achterberg",
                  "Invitation à un entretien – Clinical Trial Assistant", _heysel_invite))
              + "</div>", lang="FR-BE"),
    cte="quoted-printable",
))

add(dict(
    slug="universite_commission_role_mailbox", lang="fr", company="Université de Rennes-Armor",
    contact="drh-recrutement@univ-rennes-armor.example.fr", date="2026-06-22 09:30 +0200",
    frm=("DRH - Recrutement contractuels", "drh-recrutement@univ-rennes-armor.example.fr"),
    subject="Recrutement technicien(ne) en essais cliniques (CDD 18 mois) - résultat",
    text=(
        "Madame,\n\n"
        "La commission de recrutement réunie le 18 juin 2026 a examiné les candidatures reçues "
        "pour l'emploi de technicien(ne) en essais cliniques au sein du laboratoire de "
        "pharmacologie.\n\n"
        "J'ai le regret de vous faire savoir que la commission n'a pas retenu votre "
        "candidature à l'issue de cette étape.\n\n"
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
        "Pour le Directeur général des services, par délégation,\n"
        "Le bureau du recrutement des personnels contractuels\n"
        "Université de Rennes-Armor - 263 avenue du Général-Leclerc - 35042 Rennes"),
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    slug="tempomed_unnamed_client_other_profile", lang="fr", company="TempoMed Intérim",
    contact="k.benhaddou@tempomed.example.fr", date="2026-06-09 18:41 +0200",
    parent="tempomed_inv",
    frm=("Karim Benhaddou | TempoMed", "k.benhaddou@tempomed.example.fr"),
    subject="Re: Votre rendez-vous chez notre client jeudi",
    text=(
        "Bonsoir Odile,\n\n"
        "Petit retour rapide : le client a fait son choix et a pris le candidat qu'il avait vu "
        "juste avant vous, déjà formé à leur logiciel d'eCRF. Pas de suite pour vous sur cette "
        "mission, désolé.\n\n"
        "On se rappelle lundi pour les autres pistes ?\n\nKarim\n\n"
        + replied("fr", "mar. 26 mai 2026 à 11:10",
                  ("Karim Benhaddou | TempoMed", "k.benhaddou@tempomed.example.fr"),
                  "Bonjour Odile,\n\nC'est calé : notre client vous reçoit jeudi 4 juin à "
                  "9h30 pour la mission d'assistante de recherche clinique (3 mois). "
                  "Je vous envoie l'adresse exacte demain.\n\nKarim")),
))

add(dict(
    slug="workday_vautrin_mery_disclaimer", lang="fr", company="Laboratoires Vautrin-Méry",
    contact="", date="2026-06-30 06:12 +0200", parent="vm_move",
    frm=("Laboratoires Vautrin-Méry", "vautrinmery@myworkday.com"),
    subject="Votre candidature – Assistant(e) d'études cliniques (R-04418)",
    subject_enc=("utf-8", "b"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Odile,\n\n"
        "Nous vous remercions de votre participation au centre d'évaluation du 16 juin pour le "
        "poste Assistant(e) d'études cliniques (R-04418).\n\n"
        "Malgré la qualité de votre parcours, nous avons le regret de ne pas pouvoir vous "
        "proposer ce poste. Cette décision est définitive pour cette offre.\n\n"
        "Vous pouvez consulter nos autres opportunités sur notre site carrières.\n\n"
        "Le service Recrutement\nLaboratoires Vautrin-Méry\n\n"
        "-----\nCet e-mail a été généré automatiquement par notre système de gestion des "
        "candidatures. Les informations qu'il contient sont confidentielles. Conformément au "
        "RGPD, vous disposez d'un droit d'accès et de rectification auprès de "
        "dpo@vautrin-mery.example.fr."),
))

_nao_invite = (
    "Bonjour Odile,\n\n"
    "Suite à notre échange téléphonique, je vous propose une journée d'immersion dans l'unité "
    "de recherche clinique le mercredi 20 mai, de 8h30 à 16h30. Vous suivrez une attachée de "
    "recherche clinique lors d'une visite de monitoring.\n\n"
    "Merci de confirmer votre venue.\n\nServane Mahé")
add(dict(
    slug="nao_after_trial_day_quotes_invite", lang="fr", company="Nantes Atlantique Oncologie",
    contact="s.mahe@nao-recherche.example.fr", date="2026-06-03 19:08 +0200",
    parent="nao_move",
    frm=("Servane Mahé", "s.mahe@nao-recherche.example.fr"),
    subject="Re: Journée d'immersion à l'URC",
    text=(
        "Bonsoir Odile,\n\n"
        "Encore merci d'être venue passer la journée avec nous mercredi dernier, l'équipe a "
        "apprécié votre curiosité.\n\n"
        "Nous en avons discuté avec le Pr Guérin : pour ce premier poste d'assistante, nous "
        "avons besoin de quelqu'un d'immédiatement autonome sur la saisie dans les eCRF, et "
        "nous avons retenu une collègue qui faisait déjà ce travail dans un autre service. "
        "Votre candidature ne sera donc pas retenue cette fois-ci.\n\n"
        "N'hésitez pas à postuler à nouveau dans un an, avec une formation ARC par exemple.\n\n"
        "Bien cordialement,\n\n"
        "Dr Servane Mahé\nCoordinatrice de l'unité de recherche clinique\n"
        "Nantes Atlantique Oncologie – 3 rue du Pr-Bernard, 44093 Nantes\n"
        "02 40 16 72 85\n\n"
        + replied("fr", "mer. 6 mai 2026 à 14:31",
                  ("Servane Mahé", "s.mahe@nao-recherche.example.fr"), _nao_invite)),
    html=doc(paras(
        "Bonsoir Odile,\n\n"
        "Encore merci d'être venue passer la journée avec nous mercredi dernier, l'équipe a "
        "apprécié votre curiosité.\n\n"
        "Nous en avons discuté avec le Pr Guérin : pour ce premier poste d'assistante, nous "
        "avons besoin de quelqu'un d'immédiatement autonome sur la saisie dans les eCRF, et "
        "nous avons retenu une collègue qui faisait déjà ce travail dans un autre service. "
        "Votre candidature ne sera donc pas retenue cette fois-ci.\n\n"
        "N'hésitez pas à postuler à nouveau dans un an, avec une formation ARC par exemple.\n\n"
        "Bien cordialement,\n\n"
        "Dr Servane Mahé\nCoordinatrice de l'unité de recherche clinique\n"
        "Nantes Atlantique Oncologie – 3 rue du Pr-Bernard, 44093 Nantes\n"
        "02 40 16 72 85\n\n"
        + replied("fr", "mer. 6 mai 2026 à 14:31",
                  ("Servane Mahé", "s.mahe@nao-recherche.example.fr"), _nao_invite))),
    cte="quoted-printable",
))

# --------------------------------------------------------------------------------- English --

add(dict(
    slug="greenhouse_liffey_not_progressing", lang="en", company="Liffey Clinical Research",
    contact="siobhan.kearney@liffeycr.example.ie", date="2026-02-18 14:02 +0000",
    parent="liffey_missed",
    frm=("Siobhán Kearney via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Siobhán Kearney", "siobhan.kearney@liffeycr.example.ie"),
    subject="Your application to Liffey Clinical Research",
    text=(
        "Hi Odile,\n\n"
        "Thanks for getting back to me after the mix-up with the time zones on the 5th, and "
        "apologies for the slow reply.\n\n"
        "We've now completed interviews for the Clinical Trial Assistant role and the hiring "
        "team have decided not to progress your application any further. Candidates with "
        "hands-on experience of Irish HPRA submissions were prioritised for this position.\n\n"
        "I'd be happy to keep in touch about future CTA openings in our Dublin office.\n\n"
        "Best wishes,\nSiobhán\n\n"
        "Siobhán Kearney | Talent Acquisition Partner\n"
        "Liffey Clinical Research | Grand Canal Quay, Dublin 2"),
    html=doc(paras(
        "Hi Odile,\n\n"
        "Thanks for getting back to me after the mix-up with the time zones on the 5th, and "
        "apologies for the slow reply.\n\n"
        "We've now completed interviews for the Clinical Trial Assistant role and the hiring "
        "team have decided not to progress your application any further. Candidates with "
        "hands-on experience of Irish HPRA submissions were prioritised for this position.\n\n"
        "I'd be happy to keep in touch about future CTA openings in our Dublin office.\n\n"
        "Best wishes,\nSiobhán\n\n"
        "Siobhán Kearney | Talent Acquisition Partner\n"
        "Liffey Clinical Research | Grand Canal Quay, Dublin 2"), lang="en"),
))

add(dict(
    slug="workday_castlegate_formal", lang="en", company="Castlegate Biologics", contact="",
    date="2026-03-05 03:17 +0000", parent="castlegate_ack",
    frm=("Castlegate Biologics Careers", "castlegate@myworkday.com"),
    subject="Update on your application: Clinical Trial Assistant (JR-2026-0318)",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Odile,\n\n"
        "Thank you for applying for the Clinical Trial Assistant position (JR-2026-0318) at "
        "Castlegate Biologics.\n\n"
        "After careful review of your application, we regret that you have not been "
        "shortlisted for interview on this occasion. The volume of strong applications meant "
        "that we had to make some difficult choices.\n\n"
        "We encourage you to set up a job alert on our careers site.\n\n"
        "Kind regards,\nTalent Acquisition Team\nCastlegate Biologics\n\n"
        "This is an automated message from our recruitment system. Replies to this address "
        "are not monitored."),
    html=card("Castlegate Biologics", "#14532d", paras(
        "Dear Odile,\n\n"
        "Thank you for applying for the Clinical Trial Assistant position (JR-2026-0318) at "
        "Castlegate Biologics.\n\n"
        "After careful review of your application, we regret that you have not been "
        "shortlisted for interview on this occasion. The volume of strong applications meant "
        "that we had to make some difficult choices.\n\n"
        "We encourage you to set up a job alert on our careers site.\n\n"
        "Kind regards,\nTalent Acquisition Team\nCastlegate Biologics"), lang="en",
        footer="This is an automated message from our recruitment system. Replies to this "
               "address are not monitored."),
))

_stk_thanks = (
    "Dear Niamh,\n\n"
    "Thank you for arranging yesterday's panel and please pass my thanks to Dr Cullinane and "
    "Ms Byrne. I enjoyed hearing about the oncology portfolio and I would be delighted to "
    "join the Research Office.\n\n"
    "Kind regards,\nOdile")
add(dict(
    slug="stkevins_after_panel_quotes_thanks", lang="en",
    company="St. Kevin's University Hospital", contact="niamh.gallagher@stkevins.example.ie",
    date="2026-04-14 12:48 +0100", parent="stk_thanks",
    frm=("Niamh Gallagher", "niamh.gallagher@stkevins.example.ie"),
    subject="RE: Thank you – Clinical Trials Assistant panel",
    text=(
        "Dear Odile,\n\n"
        "Thank you for your kind note, and for travelling to Dublin for the panel.\n\n"
        "I'm sorry to let you know that the panel has recommended another candidate for "
        "appointment. They felt that the successful candidate's direct experience of GCP "
        "monitoring visits gave them the edge. Your application will remain on our panel "
        "list for six months should a similar post arise.\n\n"
        "With best wishes,\nNiamh\n\n"
        "Niamh Gallagher\nResearch Office Administrator\n"
        "St. Kevin's University Hospital, James's Walk, Dublin 8\nT: +353 1 410 2287\n\n"
        "Email Disclaimer: This email and any attachments are confidential and intended "
        "solely for the named recipient. If you have received it in error please notify the "
        "sender and delete it.\n\n"
        + replied("en", "Thu, 2 Apr 2026 at 09:15", ME, _stk_thanks)),
))

add(dict(
    slug="agency_pemberton_relays_aranmore", lang="en", company="Aranmore Diagnostics",
    contact="orla.brophy@pembertonsci.example.ie", date="2026-02-20 16:30 +0000",
    parent="pemberton_ack",
    frm=("Orla Brophy", "orla.brophy@pembertonsci.example.ie"),
    subject="Aranmore Diagnostics – feedback",
    text=(
        "Hi Odile,\n\n"
        "Quick one – I had feedback from Aranmore Diagnostics this afternoon. They liked your "
        "CV but they're going with someone already based in Galway who can start at short "
        "notice, so it's a no from them for the study coordinator contract.\n\n"
        "Don't be disheartened; there are two CTA roles coming up with other clients in "
        "March and I'll put you forward.\n\n"
        "Talk soon,\nOrla\n\n"
        "Orla Brophy | Senior Consultant, Life Sciences\n"
        "Pemberton Scientific Recruitment | 44 Baggot Street Lower, Dublin 2 | +353 1 687 4410"),
    cte="quoted-printable",
))

add(dict(
    slug="icims_solvane_html_only", lang="en", company="Solvane Pharma", contact="",
    date="2026-04-01 08:05 +0200", parent="solvane_ack",
    frm=("Solvane Pharma Talent Team", "solvane+autoreply@talent.icims.com"),
    subject="Regarding your application for Clinical Trial Assistant – Brussels",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    html=card("Solvane Pharma", "#312e81", paras(
        "Dear Odile Brennan-Achterberg,\n\n"
        "We appreciate the time you took to apply for the Clinical Trial Assistant opening in "
        "Brussels (Req. 11872).\n\n"
        "We have reviewed your background against the requirements, and at this time we will "
        "not be moving forward with your candidacy for this role.\n\n"
        "Your profile remains in our talent community and you will be notified of new jobs "
        "matching your preferences.\n\n"
        "Sincerely,\nSolvane Pharma Talent Acquisition"), lang="en",
        footer="Please do not reply to this e-mail. Solvane Pharma SA/NV, Boulevard du "
               "Souverain 280, 1160 Auderghem, Belgium."),
    cte="base64",
))

add(dict(
    slug="ashby_alsterbio_pass_replyto", lang="en", company="Alsterbio",
    contact="jonas.voss@alsterbio.example.de", date="2026-05-12 17:20 +0200",
    parent="alster_missed",
    frm=("Alsterbio Hiring", "no-reply@ashbyhq.com"),
    reply_to=("Jonas Voss", "jonas.voss@alsterbio.example.de"),
    subject="Alsterbio – Clinical Operations Assistant",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Odile,\n\n"
        "Thanks again for rescheduling with us after we couldn't reach you in April. "
        "We really enjoyed talking to you.\n\n"
        "After a lot of back and forth we're going to pass for now: the role is shifting "
        "towards vendor management and we need someone with more contracting background. "
        "This isn't a reflection of your potential and I hope our paths cross again.\n\n"
        "If you have questions, just hit reply – it comes straight to me.\n\n"
        "Jonas Voss\nHead of Clinical Operations, Alsterbio\n"
        "Sent via Ashby"),
))

add(dict(
    slug="birsig_terse_one_liner", lang="en", company="Birsig Biotech",
    contact="r.weber@birsigbiotech.example.ch", date="2026-05-20 07:58 +0200",
    frm=("Regula Weber", "r.weber@birsigbiotech.example.ch"),
    subject="Your CTA application",
    text=(
        "Dear Ms Brennan-Achterberg,\n\n"
        "Unfortunately you were not successful this time. Thank you for applying.\n\n"
        "Regards,\nRegula Weber\nBirsig Biotech, Hochbergerstrasse 60, 4057 Basel"),
))

_grey_screen = (
    "Hi Odile,\n\n"
    "Thanks for applying for the Clinical Trial Assistant role. Would you be free for a "
    "30-minute phone screen this week? Wednesday or Thursday afternoon would suit me.\n\n"
    "Ciarán")
_grey_move = (
    "Hi Odile,\n\n"
    "Apologies – could we push our call to Friday at 11:00 Irish time? Something has landed "
    "on my desk for Wednesday.\n\nCiarán")
add(dict(
    slug="greystones_long_outlook_chain", lang="en", company="Greystones Clinical",
    contact="ciaran.doyle@greystones-clinical.example.ie", date="2026-06-30 10:11 +0100",
    parent="grey_move",
    frm=("Ciarán Doyle", "ciaran.doyle@greystones-clinical.example.ie", ("iso-8859-1", "q")),
    subject="RE: Clinical Trial Assistant – phone screen",
    headers=[("Thread-Topic", "Clinical Trial Assistant – phone screen"),
             ("Content-Language", "en-IE")],
    text=(
        "Hi Odile,\n\n"
        "Following our phone screen on the 19th and your conversation with the study manager, "
        "I wanted to close the loop. The team has decided to offer the role to someone with "
        "prior CRO experience, so we won't be taking your application forward.\n\n"
        "I enjoyed speaking with you and wish you every success with the move into clinical "
        "research.\n\n"
        "Ciarán\n\n"
        "Ciarán Doyle\nTalent Partner | Greystones Clinical\n"
        "Block C, Sandyford Business Park, Dublin 18\n\n"
        + outlook("en", ME, "Wednesday, June 17, 2026 2:40 PM",
                  "Ciarán Doyle <ciaran.doyle@greystones-clinical.example.ie>",
                  "RE: Clinical Trial Assistant – phone screen",
                  "Hi Ciarán,\n\nFriday at 11:00 is perfect, talk then.\n\nBest,\nOdile")
        + "\n\n"
        + outlook("en", ("Ciarán Doyle", "ciaran.doyle@greystones-clinical.example.ie"),
                  "Wednesday, June 17, 2026 9:03 AM", "Odile Brennan-Achterberg",
                  "RE: Clinical Trial Assistant – phone screen", _grey_move)
        + "\n\n"
        + outlook("en", ("Ciarán Doyle", "ciaran.doyle@greystones-clinical.example.ie"),
                  "Monday, June 15, 2026 4:12 PM", "Odile Brennan-Achterberg",
                  "Clinical Trial Assistant – phone screen", _grey_screen)),
    cte="quoted-printable",
))

# ---------------------------------------------------------------------------------- German --

_hanse_thanks = (
    "Liebe Frau Petersen,\n\n"
    "herzlichen Dank für das angenehme Gespräch heute Vormittag. Die Einblicke in Ihre "
    "Studienkoordination haben mich sehr angesprochen, und ich würde mich freuen, Teil des "
    "Teams zu werden.\n\n"
    "Mit freundlichen Grüßen\nOdile Brennan-Achterberg")
add(dict(
    slug="hanse_after_interview_quotes_dank", lang="de", company="Hanse Clinical Trials",
    contact="jana.petersen@hanse-ct.example.de", date="2026-04-15 15:37 +0200",
    parent="hanse_thanks",
    frm=("Jana Petersen", "jana.petersen@hanse-ct.example.de"),
    subject="AW: Vielen Dank für das Gespräch",
    text=(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "vielen Dank für Ihre freundliche Nachricht und nochmals für Ihre Geduld, nachdem wir "
        "den ersten Termin verschieben mussten.\n\n"
        "Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine "
        "Bewerberin entschieden, die bereits als Study Nurse in Hamburg gearbeitet hat. Wir "
        "können Ihnen die Stelle daher leider nicht anbieten.\n\n"
        "Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.\n\n"
        "Herzliche Grüße\nJana Petersen\nPeople & Culture\n"
        "Hanse Clinical Trials GmbH · Großer Burstah 31 · 20457 Hamburg · Tel. 040 3861 2290\n"
        "Geschäftsführer: Dr. Henning Albers · Amtsgericht Hamburg HRB 171204\n\n"
        + replied("de", "01.04.2026 um 13:05", ME, _hanse_thanks)),
    cte="quoted-printable",
))

add(dict(
    slug="successfactors_rheinknie_latin1", lang="de", company="Rheinknie Pharma", contact="",
    date="2026-10-13 11:00 +0200", parent="rhk_missed",
    frm=("Rheinknie Pharma Recruiting", "no-reply@successfactors.eu"),
    subject="Ihre Bewerbung als Clinical Trial Assistant (m/w/d) - Rückmeldung",
    subject_enc=("iso-8859-1", "q"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Brennan-Achterberg\n\n"
        "Wir danken Ihnen für Ihr Interesse an einer Tätigkeit bei Rheinknie Pharma.\n\n"
        "Nach eingehender Prüfung aller Unterlagen haben wir uns für eine andere Kandidatin "
        "entschieden, deren Profil unseren Anforderungen noch besser entspricht. Wir bedauern, "
        "Ihnen keinen positiveren Bescheid geben zu können.\n\n"
        "Ihre Bewerbungsunterlagen werden gemäss Datenschutzgesetz nach sechs Monaten "
        "gelöscht.\n\n"
        "Freundliche Grüsse\nHuman Resources\nRheinknie Pharma AG, Basel"),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    slug="softgarden_harburger_berge_html", lang="de", company="Klinik Harburger Berge",
    contact="", date="2026-05-06 09:14 +0200",
    frm=("Klinik Harburger Berge", "noreply@softgarden.io"),
    subject="Absage: Studienassistenz (m/w/d) Zentrum für klinische Studien",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Brennan-Achterberg,\n\n"
        "vielen Dank für Ihre Bewerbung als Studienassistenz in unserem Zentrum für klinische "
        "Studien.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren "
        "Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese Absage nicht als "
        "Wertung Ihrer Qualifikation.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Klinik Harburger Berge"),
    html=card("Klinik Harburger Berge", "#1e3a8a", paras(
        "Sehr geehrte Frau Brennan-Achterberg,\n\n"
        "vielen Dank für Ihre Bewerbung als Studienassistenz in unserem Zentrum für klinische "
        "Studien.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren "
        "Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese Absage nicht als "
        "Wertung Ihrer Qualifikation.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Klinik Harburger Berge"),
        footer="Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht "
               "direkt auf diese Nachricht.", lang="de"),
    cte="base64",
))

add(dict(
    slug="agency_personalwerk_relays_bergedorf", lang="de", company="Pharmazentrum Bergedorf",
    contact="timo.brandt@personalwerk-nord.example.de", date="2026-06-24 13:26 +0200",
    parent="pwn_missed",
    frm=("Timo Brandt", "timo.brandt@personalwerk-nord.example.de"),
    subject="Rückmeldung Pharmazentrum Bergedorf",
    text=(
        "Hallo Frau Brennan-Achterberg,\n\n"
        "ich habe heute mit dem Pharmazentrum Bergedorf gesprochen. Nach dem geplatzten "
        "Termin vom 16. Juni möchte man dort keinen neuen Termin vereinbaren – die Stelle "
        "wird mit einer Bewerberin aus dem eigenen Haus besetzt. Für diese Position ist das "
        "Thema damit leider erledigt.\n\n"
        "Ich melde mich, sobald ich etwas Passendes für Sie habe – im Sommer kommen erfahrungs"
        "gemäß neue Projekte bei den Hamburger CROs rein.\n\n"
        "Viele Grüße\nTimo Brandt\nPersonalberater Life Science\n"
        "Personalwerk Nord GmbH · Ballindamm 6 · 20095 Hamburg · 040 822 173 40"),
    charset="windows-1252", cte="quoted-printable",
))

# --------------------------------------------------------------------------------- Spanish --

add(dict(
    slug="triana_casual_no_seguimos", lang="es", company="Triana Biotech",
    contact="alvaro@trianabio.example.es", date="2026-03-18 20:45 +0100", parent="triana_cancel",
    frm=("Álvaro Pineda", "alvaro@trianabio.example.es"),
    subject="Lo de Triana",
    text=(
        "Hola Odile:\n\n"
        "Te debía este correo desde que cancelamos la llamada. Al final no vamos a seguir "
        "adelante contigo para el puesto de asistente de ensayos: hemos decidido que la "
        "primera persona que entre sea bióloga de laboratorio y no de farmacia, por cómo está "
        "el proyecto ahora mismo.\n\n"
        "Me sabe mal, porque tu perfil me gustaba mucho. Si en 2027 abrimos la parte "
        "clínica, te escribo.\n\n"
        "Un abrazo,\nÁlvaro\n\n"
        "Álvaro Pineda · CTO · Triana Biotech\nCalle Pagés del Corro 90, 41010 Sevilla"),
))

add(dict(
    slug="giralda_formal_latin1_base64", lang="es",
    company="Hospital Universitario Giralda", contact="seleccion@hugiralda.example.es",
    date="2026-09-21 12:00 +0200", parent="giralda_ack",
    frm=("Selección de Personal - H.U. Giralda", "seleccion@hugiralda.example.es",
         ("iso-8859-1", "q")),
    subject="Resolución proceso de selección TEC-EC/2026/14", subject_enc=("iso-8859-1", "b"),
    text=(
        "Estimada Sra. Brennan-Achterberg:\n\n"
        "En relación con el proceso de selección TEC-EC/2026/14 (Técnico/a de apoyo a "
        "ensayos clínicos, Unidad de Investigación), lamentamos comunicarle que su "
        "candidatura no ha sido seleccionada para la fase de entrevistas.\n\n"
        "Le agradecemos sinceramente su participación y le animamos a presentarse a futuras "
        "convocatorias.\n\n"
        "Atentamente,\n\nUnidad de Selección de Personal\n"
        "Hospital Universitario Giralda · Avda. de la Constitución s/n · 41004 Sevilla"),
    charset="iso-8859-1", cte="base64",
))

add(dict(
    slug="agency_talento_unnamed_client", lang="es", company="Talento Sanitario Sur",
    contact="macarena.osuna@talentosur.example.es", date="2026-10-06 10:33 +0200",
    frm=("Macarena Osuna", "macarena.osuna@talentosur.example.es"),
    subject="Sobre la vacante de CTA que te comenté",
    text=(
        "Buenos días, Odile:\n\n"
        "Te escribo con la respuesta de nuestro cliente para la vacante de CTA en Sevilla "
        "Este. Han revisado los perfiles que les presentamos y han preferido a una persona que "
        "ya trabajó con ellos en prácticas, así que tu candidatura no sigue en el proceso.\n\n"
        "Lo siento de verdad. Seguimos buscando y te aviso en cuanto tenga otra opción.\n\n"
        "Un saludo,\nMacarena Osuna\nConsultora de selección · Talento Sanitario Sur\n"
        "C/ San Fernando 12, 41004 Sevilla · 954 21 87 30"),
    html=doc(paras(
        "Buenos días, Odile:\n\n"
        "Te escribo con la respuesta de nuestro cliente para la vacante de CTA en Sevilla "
        "Este. Han revisado los perfiles que les presentamos y han preferido a una persona que "
        "ya trabajó con ellos en prácticas, así que tu candidatura no sigue en el proceso.\n\n"
        "Lo siento de verdad. Seguimos buscando y te aviso en cuanto tenga otra opción.\n\n"
        "Un saludo,\nMacarena Osuna\nConsultora de selección · Talento Sanitario Sur\n"
        "C/ San Fernando 12, 41004 Sevilla · 954 21 87 30"), lang="es"),
    cte="quoted-printable",
))

add(dict(
    slug="smartrecruiters_faib_perfiles", lang="es",
    company="Fundación Andaluza de Investigación Biomédica", contact="",
    date="2026-10-14 09:20 +0200",
    frm=("FAIB – Fundación Andaluza de Investigación Biomédica", "noreply@smartrecruiters.com"),
    subject="Actualización sobre tu candidatura – Asistente de Ensayos Clínicos",
    subject_enc=("utf-8", "b"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hola Odile:\n\n"
        "Gracias por tu interés en la posición de Asistente de Ensayos Clínicos en la "
        "Fundación Andaluza de Investigación Biomédica.\n\n"
        "Tras valorar todas las solicitudes, hemos decidido avanzar con perfiles que se "
        "ajustan más a lo que buscamos en esta ocasión.\n\n"
        "Te deseamos mucha suerte en tu búsqueda.\n\n"
        "Equipo de Personas – FAIB\n\n"
        "Este mensaje se ha enviado desde una dirección que no acepta respuestas."),
    cte="base64",
))
