"""Corpus 199: rejections (31), hand-written."""

from __future__ import annotations

from msgs199_common import (
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_FR,
    ats_card,
    esc,
    forward,
    outlook,
    outlook_html,
    plain_html,
    quote,
    reply,
    text_to_html,
)

CCB_DISCLAIMER = (
    "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur "
    "destinataire. Les Cuisines Centrales de Bruxelles (organisme public régional) ne peuvent "
    "être tenues responsables de leur altération. Si vous l'avez reçu par erreur, merci d'en "
    "avertir l'expéditeur et de le supprimer."
)

_r01_text = """Monsieur Moreau-Achebe,

Nous revenons vers vous à la suite de la session de sélection pour la fonction de
planificateur/planificatrice de production (niveau B, contrat à durée indéterminée).

Le jury s'est réuni le 22 mai. Au vu des résultats, il n'a pas été en mesure de proposer
votre inscription dans la réserve de recrutement pour cette fonction. Ce courrier clôture
donc votre participation à la procédure.

Vous pouvez, si vous le souhaitez, obtenir une copie de votre grille d'évaluation en nous
adressant une demande écrite endéans les trente jours.

Nous vous remercions pour l'intérêt porté à notre service public et vous adressons nos
salutations distinguées.

Nadia Verhaegen
Conseillère sélection – Direction des Ressources humaines
Cuisines Centrales de Bruxelles
Quai des Usines 160, 1000 Bruxelles
T +32 2 555 41 73

""" + CCB_DISCLAIMER

_r02_html_body = (
    "<p>Bonjour Gwendal,</p>\n"
    "<p>Merci d'avoir pris le temps de postuler au poste de <b>Planificateur de production "
    "– Entrepôt frais de Vilvorde (R-20417)</b> et d'avoir échangé avec notre équipe.</p>\n"
    "<p>Après examen attentif, nous avons choisi de poursuivre le processus avec des "
    "profils dont le parcours correspond plus étroitement aux exigences du poste. "
    "Votre candidature ne sera donc pas retenue pour cette fonction.</p>\n"
    "<p>Votre profil reste visible dans notre espace candidats et vous pouvez postuler à "
    "d'autres offres à tout moment.</p>\n"
    "<p>Cordialement,<br>L'équipe Talent Acquisition de Marché Royal</p>"
)

_r06_old = """Bonjour Madame Dubus,

Merci encore pour l'entretien de ce lundi et pour la visite de la ligne de laminage.
J'ai beaucoup apprécié la discussion sur l'ordonnancement des fournées du week-end et
je reste très motivé par le poste de planificateur.

Belle fin de semaine,
""" + CAND_SIG_FR

_r06_new = """Bonjour Gwendal,

Merci pour votre message et pour votre venue à Lille, l'équipe a apprécié l'échange.

Je vais être directe : nous n'irons pas plus loin avec votre candidature. Le jury a
finalement donné la priorité à une personne qui pilote déjà un plan de production en
pâtisserie industrielle, ce qui compte beaucoup pour la reprise de notre deuxième site.

Je garde votre CV pour nos besoins en production de nuit, si cela devait vous intéresser.

Bien à vous,
Claire Dubus
Responsable recrutement
Pâtisseries Flandrines – 18 rue du Molinel, 59800 Lille
03 20 55 81 40"""

_r14_q2 = outlook(
    "fr", "Bruno Vasseur <b.vasseur@wattrelos-salaisons.example.fr>",
    "lundi 15 juin 2026 09:41", "Gwendal Moreau-Achebe <gwendal.ma@example.be>",
    "Entretien – planificateur de production (Wattrelos)",
    """Bonjour Monsieur Moreau-Achebe,

Suite à votre candidature, nous vous proposons un entretien sur notre site de Wattrelos
le mardi 23 juin à 10h00, avec moi-même et notre responsable d'atelier.
Merci de confirmer votre présence.

Bruno Vasseur
Responsable des ressources humaines""",
)

_r14_q1 = outlook(
    "fr", "Gwendal Moreau-Achebe <gwendal.ma@example.be>", "lundi 15 juin 2026 12:03",
    "Bruno Vasseur <b.vasseur@wattrelos-salaisons.example.fr>",
    "RE: Entretien – planificateur de production (Wattrelos)",
    """Bonjour Monsieur Vasseur,

Je confirme avec plaisir ma présence le 23 juin à 10h00. Je viendrai en train depuis
Namur ; faut-il se présenter à l'accueil principal ?

Cordialement,
Gwendal Moreau-Achebe""",
)

_r14_text = """Monsieur,

Je reviens vers vous après notre rencontre du 23 juin.

Nous avons reçu plusieurs candidatures de grande qualité et la décision a été difficile.
Nous avons toutefois décidé de confier le poste à une candidate qui connaît déjà nos
procédures de traçabilité en salaisonnerie. Nous ne pourrons donc pas donner une suite
favorable à votre candidature.

Je vous remercie sincèrement pour le temps consacré et pour la qualité de nos échanges.

Cordialement,

Bruno Vasseur
Responsable des ressources humaines
Maison Wattrelos Salaisons
ZI de la Martinoire – 59150 Wattrelos
Tél. 03 20 55 17 62

""" + _r14_q1 + "\n" + _r14_q2

_r16_old = """Hi Pieter,

Thank you for showing me around the Drongen plant on Thursday and for the honest
conversation about the changeovers on line 3. The panel interview gave me a clear picture
of what the planner role involves, and I'd be glad to take the next step.

Best regards,
""" + CAND_SIG_EN

_r16_new = """Hi Gwendal,

Thanks for the kind note, and sorry it took us a week to come back to you.

We talked it through as a panel and we've landed on someone else: the other finalist has
run an MRP-based schedule for two years, and with the line 3 expansion we can't give the
learning curve the time it deserves right now. I know that's not what you hoped to read.

Your kitchen background came through strongly in the case exercise, for what it's worth.
If a junior scheduling role opens up next year I'll reach out directly.

All the best,
Pieter De Smet
Operations Planning Manager | Scheldt Valley Foods
Drongensesteenweg 388, 9031 Gent
+32 9 555 20 17"""

_r21_client = """Hi Ruth,

Thanks for sending Gwendal over. We had a good chat but we need someone who has already
worked with a planning tool in a chilled environment; we'll pass for this one.

Regards,
Hanne Claeys
Leie Fresh Meals"""

_r21_text = """Hi Gwendal,

I've just heard back from Leie Fresh Meals and unfortunately it's a no from their side,
see Hanne's note below. I'm sorry, I thought the fit was good.

I'll keep looking for you; there are two production-support roles in the Ghent area I'd
like to discuss on Monday if you have ten minutes.

Ruth Vandamme
Senior Consultant Food & FMCG
FoodStaff Benelux | Kortrijksesteenweg 1050, 9051 Gent
+32 9 555 61 44

""" + forward("en", "Hanne Claeys <hanne.claeys@leiefresh.example.be>",
              "Thu, Oct 1, 2026 at 4:52 PM", "Gwendal M.-A. – planner",
              "Ruth Vandamme <ruth.vandamme@foodstaff.example.nl>", _r21_client)

_r27_old = """Sehr geehrte Frau Wirtz,

vielen Dank für den Probearbeitstag am Donnerstag. Es hat mir große Freude gemacht, die
Frischeküche kennenzulernen und bei der Planung der Wochenproduktion mitzudenken.

Mit freundlichen Grüßen
""" + CAND_SIG_DE

_r27_new = """Hallo Herr Moreau-Achebe,

danke für Ihre freundlichen Zeilen, das hat das ganze Team gefreut.

Leider muss ich Ihnen mitteilen, dass wir die Stelle anders vergeben. Ausschlaggebend war
am Ende, dass die Kollegin, für die wir uns entschieden haben, fließend Deutsch spricht und
die Lieferantengespräche ab dem ersten Tag übernehmen kann. Das hat nichts mit Ihrer
Arbeit beim Probetag zu tun, die war wirklich gut.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Viele Grüße
Sabine Wirtz
Leitung Produktion Frischeküche
Frischmarkt Rhein
Aachener Straße 702, 50933 Köln
Tel. 0221 555 48 30"""

_r29_html = outlook_html(
    "<p>Hola Gwendal:</p>\n"
    "<p>Te escribo para contarte que la cooperativa ha decidido congelar la contratación "
    "del puesto de planificación. Tras la última asamblea se ha aplazado la ampliación de "
    "la sala de envasado y, hasta que no haya fecha nueva, no vamos a continuar con el "
    "proceso.</p>\n"
    "<p>Siento mucho que sea así después de las conversaciones que tuvimos. No puedo "
    "prometerte que el puesto se reabra este año.</p>\n"
    "<p>Un abrazo,</p>\n"
    "<p><b>Iker Goikoetxea</b><br>Responsable de Operaciones<br>"
    "Cooperativa Bizkaia Lurra<br>Polígono Ugaldeguren III, 48170 Zamudio<br>"
    "Tel. 944 55 21 09</p>",
    lang="ES",
)

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- fr (15)
    dict(
        kind="rejection", name="ccb_jury_no_reserve", lang="fr",
        company="Cuisines Centrales de Bruxelles", contact="n.verhaegen@ccb-bxl.example.be",
        frm=("Nadia Verhaegen", "n.verhaegen@ccb-bxl.example.be"),
        subj="Procédure de sélection PLAN-B-2026-07 – décision du jury",
        subj_enc=("utf-8", "Q"),
        date="2026-05-27 15:12 +0200", key="ccb-rej", parent="ccb-missed",
        text=_r01_text,
        html=outlook_html(text_to_html(_r01_text)),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="marche_royal_workday", lang="fr",
        company="Marché Royal", contact="",
        frm=("Marché Royal", "marcheroyal@myworkday.com"),
        subj="Votre candidature chez Marché Royal",
        date="2026-04-29 06:02 -0700", key="mr-rej",
        hdrs=[("Auto-Submitted", "auto-generated"),
              ("X-Auto-Response-Suppress", "All")],
        html=ats_card("Marché Royal", "#b91c1c", _r02_html_body,
                      "Ceci est un message automatique, merci de ne pas y répondre.", lang="fr"),
        text="""Bonjour Gwendal,

Merci d'avoir pris le temps de postuler au poste de Planificateur de production – Entrepôt
frais de Vilvorde (R-20417) et d'avoir échangé avec notre équipe.

Après examen attentif, nous avons choisi de poursuivre le processus avec des profils dont le
parcours correspond plus étroitement aux exigences du poste. Votre candidature ne sera donc
pas retenue pour cette fonction.

Votre profil reste visible dans notre espace candidats et vous pouvez postuler à d'autres
offres à tout moment.

Cordialement,
L'équipe Talent Acquisition de Marché Royal

Ceci est un message automatique, merci de ne pas y répondre.""",
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="ims_client_sambre_no", lang="fr",
        company="Sambre Plats Cuisinés", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Retour de Sambre Plats Cuisinés",
        date="2026-02-10 11:26 +0100", key="ims-rej", parent="ims-missed",
        text="""Bonjour Gwendal,

J'ai eu la responsable de production de Sambre Plats Cuisinés au téléphone ce matin. Après
le rendez-vous manqué de la semaine passée, ils ont rencontré les deux autres intérimaires
que je leur avais présentés et ils ne souhaitent pas vous revoir pour ce poste. Je suis
obligé de clôturer ce dossier-là de mon côté.

On ne se décourage pas : j'ai d'autres clients à Charleroi et à Fleurus, je vous rappelle
dès que j'ai quelque chose.

Kevin Lardinois
Consultant – Intérim Meuse & Sambre
Boulevard Tirou 88, 6000 Charleroi
GSM +32 496 55 07 31""",
    ),
    dict(
        kind="rejection", name="plateau_herve_terse", lang="fr",
        company="Fromagerie du Plateau de Herve", contact="marc@plateau-herve.example.be",
        frm=("Marc Lejeune", "marc@plateau-herve.example.be"),
        subj="Re: candidature planification",
        date="2026-01-30 17:48 +0100", parent="herve-ack",
        charset="iso-8859-1", cte="8bit",
        text="""Bonjour,

Pas retenu pour cette fois, désolé. On a pris quelqu'un de la région de Battice.

Bonne chance pour la suite.
Marc

--
Marc Lejeune - Fromagerie du Plateau de Herve
Envoyé depuis mon GSM""",
    ),
    dict(
        kind="rejection", name="terre_sambre_on_hold", lang="fr",
        company="Coopérative Terre d'Entre-Sambre", contact="i.ghislain@terre-sambre.example.be",
        frm=("Isabelle Ghislain", "i.ghislain@terre-sambre.example.be"),
        subj="Poste de coordinateur/trice de production – gel du recrutement",
        subj_enc=("windows-1252", "Q"),
        date="2026-03-13 10:05 +0100", parent="terre-ack",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Monsieur Moreau-Achebe,

Je vous écris au nom du conseil d'administration de la coopérative.

Le budget 2026 de l'atelier de transformation n'a pas été validé en assemblée générale et
le recrutement du/de la coordinateur·rice de production est suspendu jusqu'à nouvel ordre.
Concrètement, nous ne donnerons pas suite aux candidatures reçues, dont la vôtre.

Si le poste devait être rouvert, il ferait l'objet d'un nouvel appel public. Nous sommes
navrés pour le temps que vous y avez consacré.

Coopérativement vôtre,

Isabelle Ghislain
Coordinatrice générale – Coopérative Terre d'Entre-Sambre scrl
Rue de la Station 14, 6280 Gerpinnes
071 55 93 20 – www.terre-sambre.example.be""",
    ),
    dict(
        kind="rejection", name="flandrines_after_thanks", lang="fr",
        company="Pâtisseries Flandrines", contact="claire.dubus@flandrines.example.fr",
        frm=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
        subj="RE: Merci pour l'entretien de lundi",
        date="2026-03-30 16:20 +0200", parent="flandrines-thanks",
        text=reply(_r06_new, "Le lun. 16 mars 2026 à 18:42, Gwendal Moreau-Achebe "
                   "<gwendal.ma@example.be> a écrit :", _r06_old),
    ),
    dict(
        kind="rejection", name="moulins_alzette_started_earlier", lang="fr",
        company="Moulins de l'Alzette", contact="sophie.kieffer@moulins-alzette.example.lu",
        frm=("Sophie Kieffer", "sophie.kieffer@moulins-alzette.example.lu"),
        subj="Votre candidature – Planificateur de production",
        date="2026-07-02 09:31 +0200", parent="alzette-cancel",
        html=outlook_html(
            "<p>Bonjour Monsieur Moreau-Achebe,</p>\n"
            "<p>Je vous avais promis de revenir vers vous après l'annulation de notre "
            "entretien du 16 juin.</p>\n"
            "<p>Entre-temps, la direction a retenu pour ce poste un candidat disponible "
            "immédiatement, qui a pu démarrer dès le 1<sup>er</sup> juillet pour la saison "
            "des farines de printemps. Je suis au regret de vous informer que nous clôturons "
            "ainsi le recrutement, sans pouvoir vous recevoir.</p>\n"
            "<p>Je vous prie de nous excuser pour ce contretemps et vous souhaite "
            "pleine réussite.</p>\n"
            "<p>Sophie Kieffer<br>Human Resources Business Partner<br>"
            "<b>Moulins de l'Alzette S.A.</b><br>12, rue du Moulin, L-7390 Blaschette<br>"
            "Tél. +352 55 33 41 20</p>",
            lang="FR-LU",
        ),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="cantines_liege_letter_pdf", lang="fr",
        company="Régie des Cantines Liégeoises", contact="r.thonon@cantines-liege.example.be",
        frm=("Rosalie Thonon", "r.thonon@cantines-liege.example.be"),
        reply_to=("Rosalie Thonon", "r.thonon@cantines-liege.example.be"),
        subj="Recrutement REF 2026/031 : suite réservée à votre candidature",
        subj_enc=("iso-8859-1", "B"),
        date="2026-10-13 14:40 +0200", parent="liege-update",
        text="""Monsieur,

Veuillez trouver en pièce jointe le courrier officiel relatif au recrutement
REF 2026/031 (planificateur·rice de production – cuisine centrale de Bressoux).

En résumé : le collège n'a pas retenu votre candidature à l'issue de l'entretien de
sélection du 29 septembre. La procédure est désormais clôturée.

Nous vous remercions pour votre participation.

Rosalie Thonon
Service du personnel
Régie des Cantines Liégeoises
Rue des Prémontrés 40, 4000 Liège
04 555 62 18""",
        pdf=dict(filename="REF-2026-031_courrier.pdf", lines=[
            "Regie des Cantines Liegeoises - Service du personnel",
            "Liege, le 13 octobre 2026",
            "Monsieur Gwendal Moreau-Achebe, Rue des Brasseurs 112, 5000 Namur",
            "Objet : recrutement REF 2026/031",
            "Monsieur,",
            "Le college, en sa seance du 9 octobre 2026, n'a pas retenu votre candidature",
            "au poste de planificateur/planificatrice de production.",
            "Nous vous prions d'agreer, Monsieur, nos salutations distinguees.",
            "Pour le college, R. Thonon",
        ]),
    ),
    dict(
        kind="rejection", name="pain_anhee_casual_tu", lang="fr",
        company="Boulangerie Pain d'Anhée", contact="jeremy@pain-anhee.example.be",
        frm=("Jérémy Collignon", "jeremy@pain-anhee.example.be"),
        subj="Le poste de planif",
        date="2026-10-16 21:14 +0200",
        text="""Salut Gwendal,

Je préfère t'écrire moi-même plutôt que de laisser les RH t'envoyer une lettre type.
Pour la planif, on part sur Sarah, qui était déjà cheffe d'équipe au four depuis trois ans.
Elle connaît les pétrins et les clients par cœur, ça a fait pencher la balance.

Ça ne change rien à ce que je t'ai dit : ton approche des commandes de fin d'année m'a
bluffé. Si tu passes par Anhée, l'apéro est pour moi.

Jérémy
Chef de production – Boulangerie Pain d'Anhée""",
    ),
    dict(
        kind="rejection", name="nord_frais_smartrecruiters", lang="fr",
        company="Nord Frais", contact="",
        frm=("Nord Frais", "noreply@smartrecruiters.com"),
        subj="Suite donnée à votre candidature : Planificateur Ordonnanceur H/F",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-20 08:15 +0000",
        hdrs=[("Auto-Submitted", "auto-generated"),
              ("X-SR-Template", "candidate-declined-fr")],
        text="""Bonjour Gwendal,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Planificateur
Ordonnanceur H/F basé à Lesquin.

Nous avons étudié votre profil avec attention. Nous sommes toutefois au regret de vous
informer que nous ne sommes pas en mesure de donner une suite favorable à votre
candidature.

Nous conservons vos informations dans notre base de talents pendant 24 mois, sauf avis
contraire de votre part.

L'équipe Recrutement Nord Frais""",
        html=ats_card(
            "Nord Frais", "#0e7490",
            "<p>Bonjour Gwendal,</p>\n<p>Nous vous remercions de l'intérêt que vous avez "
            "manifesté pour le poste de <strong>Planificateur Ordonnanceur H/F</strong> basé à "
            "Lesquin.</p>\n<p>Nous avons étudié votre profil avec attention. Nous sommes "
            "toutefois au regret de vous informer que nous ne sommes pas en mesure de donner "
            "une suite favorable à votre candidature.</p>\n<p>Nous conservons vos informations "
            "dans notre base de talents pendant 24 mois, sauf avis contraire de votre part.</p>"
            "\n<p>L'équipe Recrutement Nord Frais</p>",
            'Propulsé par SmartRecruiters · <a href="https://jobs.smartrecruiters.com/'
            'privacy">Confidentialité</a>', lang="fr"),
        html_cte="base64", cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="vervier_client_prefers_planner", lang="fr",
        company="Vervier & Associés", contact="h.vervier@vervier-associes.example.be",
        frm=("Hélène Vervier", "h.vervier@vervier-associes.example.be"),
        frm_enc=("iso-8859-1", "Q"),
        subj="Mission planification – retour de notre client",
        date="2026-06-23 18:02 +0200", parent="vervier-missed",
        text="""Cher Gwendal,

Comme convenu après le rendez-vous reprogrammé, j'ai présenté votre dossier à notre client,
l'industriel biscuitier dont je vous ai parlé sans pouvoir le nommer.

Leur comité a tranché en faveur d'un profil ayant déjà occupé une fonction de planification
en usine ; votre parcours en cuisine a été jugé intéressant mais encore trop éloigné pour ce
poste précis. La mission se termine donc ici pour vous.

Je vous recontacterai volontiers pour des fonctions de type « superviseur de production »,
plus proches de votre expérience actuelle.

Bien cordialement,

Hélène Vervier
Associée – Vervier & Associés, conseil en recrutement
Avenue Louise 367, 1050 Bruxelles
+32 2 555 09 84""",
    ),
    dict(
        kind="rejection", name="grand_ducale_reply_to_manager", lang="fr",
        company="Épicerie Grand-Ducale", contact="tom.reuter@grand-ducale.example.lu",
        frm=("Laura Weber", "laura.weber@grand-ducale.example.lu"),
        reply_to=("Tom Reuter", "tom.reuter@grand-ducale.example.lu"),
        subj="Candidature Planificateur approvisionnement & production",
        subj_enc=("utf-8", "B"),
        date="2026-08-05 11:47 +0200", parent="gd-ack",
        text="""Bonjour Monsieur Moreau-Achebe,

J'écris de la part de M. Tom Reuter, responsable de notre atelier traiteur à Bertrange,
actuellement en déplacement.

Après l'étude de votre dossier, M. Reuter a décidé de ne pas vous convier à la suite du
processus : la fonction exige une maîtrise de l'allemand et du luxembourgeois dans les
échanges avec nos fournisseurs locaux, ce qui n'apparaît pas dans votre CV.

Pour toute question, vous pouvez répondre directement à ce message, il parviendra à
M. Reuter.

Avec nos meilleures salutations,
Laura Weber
Assistante RH – Épicerie Grand-Ducale
Route d'Arlon 210, L-8010 Strassen""",
    ),
    dict(
        kind="rejection", name="collard_role_cancelled", lang="fr",
        company="Sirop Collard", contact="geoffrey@sirop-collard.example.be",
        frm=("Geoffrey Collard", "geoffrey@sirop-collard.example.be"),
        subj="Re: Entretien mardi – planification",
        date="2026-05-06 19:33 +0200", parent="collard-invite",
        cte="quoted-printable",
        text="""Bonjour Gwendal,

Mauvaise nouvelle de notre côté, et je préfère vous la donner sans détour : nous venons
de reprendre la siroperie de Aubel et toute l'organisation de la production va être
revue. Le poste de planificateur tel que nous l'avions décrit est supprimé ; nous
n'irons donc pas plus loin dans ce recrutement, avec vous ni avec personne.

Je suis désolé, notre rencontre avait été très agréable. Je garde vos coordonnées.

Geoffrey Collard
Administrateur délégué
Sirop Collard – Rue de la Siroperie 5, 4650 Herve
087 55 31 47""",
        html=plain_html(
            "<div>Bonjour Gwendal,</div>\n<div><br></div>\n"
            "<div>Mauvaise nouvelle de notre côté, et je préfère vous la donner sans détour : "
            "nous venons de reprendre la siroperie de Aubel et toute l'organisation de la "
            "production va être revue. Le poste de planificateur tel que nous l'avions décrit "
            "est supprimé ; nous n'irons donc pas plus loin dans ce recrutement, avec vous ni "
            "avec personne.</div>\n<div><br></div>\n"
            "<div>Je suis désolé, notre rencontre avait été très agréable. Je garde vos "
            "coordonnées.</div>\n<div><br></div>\n"
            "<div>Geoffrey Collard<br>Administrateur délégué<br>Sirop Collard – Rue de la "
            "Siroperie 5, 4650 Herve<br>087 55 31 47</div>"),
    ),
    dict(
        kind="rejection", name="wattrelos_long_chain", lang="fr",
        company="Maison Wattrelos Salaisons", contact="b.vasseur@wattrelos-salaisons.example.fr",
        frm=("Bruno Vasseur", "b.vasseur@wattrelos-salaisons.example.fr"),
        subj="RE: RE: Entretien – planificateur de production (Wattrelos)",
        subj_enc=("utf-8", "Q"),
        date="2026-07-01 17:55 +0200", parent="wattrelos-invite",
        text=_r14_text,
        html=outlook_html(text_to_html(_r14_text)),
        cte="quoted-printable",
        hdrs=[("Thread-Topic", "Entretien - planificateur de production (Wattrelos)"),
              ("X-MS-Has-Attach", "")],
    ),
    dict(
        kind="rejection", name="proxifrais_via_teamtailor", lang="fr",
        company="Proxi-Frais", contact="julie.servais@proxifrais.example.be",
        frm=("Julie Servais via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Julie Servais", "julie.servais@proxifrais.example.be"),
        subj="Proxi-Frais – votre candidature Assistant planning production",
        date="2026-09-25 13:08 +0200", parent="proxi-invite",
        text="""Bonjour Gwendal,

Merci pour l'entretien vidéo du 15 septembre et pour votre intérêt pour Proxi-Frais.

Malheureusement, nous ne retiendrons pas votre candidature pour le poste d'assistant
planning production à Gembloux. Nous avons dû faire un choix entre des profils très
proches et avons privilégié une expérience en grande distribution.

N'hésitez pas à suivre nos offres : nous recrutons régulièrement en magasin et en atelier.

Julie Servais
Talent Acquisition – Proxi-Frais

Vous pouvez répondre à ce message ; votre réponse sera transmise à Julie.""",
        html=ats_card(
            "Proxi-Frais", "#15803d",
            "<p>Bonjour Gwendal,</p>\n<p>Merci pour l'entretien vidéo du 15 septembre et "
            "pour votre intérêt pour Proxi-Frais.</p>\n<p>Malheureusement, nous ne "
            "retiendrons pas votre candidature pour le poste d'assistant planning production "
            "à Gembloux. Nous avons dû faire un choix entre des profils très proches et avons "
            "privilégié une expérience en grande distribution.</p>\n<p>N'hésitez pas à "
            "suivre nos offres : nous recrutons régulièrement en magasin et en atelier.</p>\n"
            "<p>Julie Servais<br>Talent Acquisition – Proxi-Frais</p>",
            "Vous pouvez répondre à ce message ; votre réponse sera transmise à Julie. "
            "· Envoyé avec Teamtailor", lang="fr"),
    ),
    # ---------------------------------------------------------------- en (8)
    dict(
        kind="rejection", name="scheldt_after_thanks", lang="en",
        company="Scheldt Valley Foods", contact="pieter.desmet@scheldtvalley.example.be",
        frm=("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be"),
        subj="Re: Thank you – panel interview Thursday",
        date="2026-06-12 10:44 +0200", parent="scheldt-thanks",
        text=reply(_r16_new, "On Fri, 5 Jun 2026 at 08:17, Gwendal Moreau-Achebe "
                   "<gwendal.ma@example.be> wrote:", _r16_old),
    ),
    dict(
        kind="rejection", name="brightwater_greenhouse", lang="en",
        company="Brightwater Plant Kitchen", contact="",
        frm=("Brightwater Plant Kitchen", "no-reply@greenhouse-mail.io"),
        subj="Your application to Brightwater Plant Kitchen",
        date="2026-02-27 15:30 +0000", parent="brightwater-update",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Hi Gwendal,

Thank you for your interest in the Production Planner role at Brightwater Plant Kitchen and
for the time you spent with our team.

We have decided to move forward with candidates whose experience more closely matches the
needs of the role at this time.

We appreciate the effort you put into the process and wish you every success.

Brightwater Talent Team

Please do not reply to this email; this mailbox is not monitored.""",
    ),
    dict(
        kind="rejection", name="hollis_kerr_role_on_hold", lang="en",
        company="Kernel Food Group", contact="fiona.marsh@holliskerr.example.co.uk",
        frm=("Fiona Marsh", "fiona.marsh@holliskerr.example.co.uk"),
        subj="Kernel Food Group – update on the Supply & Production Planner search",
        date="2026-08-11 09:12 +0100", parent="hk-ooo",
        text="""Dear Gwendal,

I'm sorry to be writing with this news after such a positive second meeting.

Kernel Food Group informed me yesterday that, following their half-year review, the
Supply & Production Planner role in Bettembourg has been put on hold indefinitely and they
will not proceed with any of the shortlisted candidates. It is a budget decision and not a
reflection on you.

I will of course let you know if the search is reopened. In the meantime I'd be happy to
keep you in mind for other mandates in Luxembourg and Wallonia.

Kind regards,

Fiona Marsh
Principal Consultant, Food & Consumer
Hollis Kerr Search Ltd | 4 Brindley Place, Birmingham B1 2HZ
+44 121 555 0193

This email is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender and delete it. Hollis Kerr Search Ltd is registered
in England and Wales, no. 05550019.""",
    ),
    dict(
        kind="rejection", name="valmont_taleo_cp1252", lang="en",
        company="Valmont Dairy", contact="",
        frm=("Valmont Dairy Careers", "valmontdairy@taleo.net"),
        subj="Requisition 26-0412 Production Scheduler – status update",
        date="2026-09-30 04:10 -0400", parent="valmont-cancel",
        charset="windows-1252", cte="quoted-printable",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Dear Gwendal Moreau-Achebe,

Thank you for participating in our selection process for Requisition 26-0412 – Production
Scheduler (Ettelbruck site).

After careful consideration of all candidates who were assessed, we regret to inform you
that we will not be offering you a position on this occasion. The decision was taken after
the rescheduled assessment sessions concluded on 23 September.

We value the interest you’ve shown in Valmont Dairy and encourage you to apply for future
openings that match your profile.

Sincerely,
Valmont Dairy Talent Acquisition

This message was sent from an unattended mailbox. Valmont Dairy S.à r.l., 4 route de
Diekirch, L-9099 Ettelbruck – RCS Luxembourg B 155 012.""",
        html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Gwendal Moreau-Achebe,</p>
<p>Thank you for participating in our selection process for <b>Requisition 26-0412 –
Production Scheduler (Ettelbruck site)</b>.</p>
<p>After careful consideration of all candidates who were assessed, we regret to inform you
that we will not be offering you a position on this occasion. The decision was taken after
the rescheduled assessment sessions concluded on 23 September.</p>
<p>We value the interest you’ve shown in Valmont Dairy and encourage you to apply for future
openings that match your profile.</p>
<p>Sincerely,<br>Valmont Dairy Talent Acquisition</p>
<hr><p style="font-size:10px;color:#777">This message was sent from an unattended mailbox.
Valmont Dairy S.à r.l., 4 route de Diekirch, L-9099 Ettelbruck – RCS Luxembourg B 155 012.</p>
</body></html>""",
    ),
    dict(
        kind="rejection", name="orchard_mill_terse", lang="en",
        company="Orchard & Mill", contact="tom@orchardmill.example.be",
        frm=("Tom Hegarty", "tom@orchardmill.example.be"),
        subj="Re: coffee on Thursday",
        date="2026-03-12 18:37 +0100", parent="orchard-invite",
        text="""Gwendal – thanks for coming by. We're going another way on the planner job, I'm
afraid. Didn't want to leave you hanging.

Tom

Sent from my iPhone""",
    ),
    dict(
        kind="rejection", name="foodstaff_relays_leie_no", lang="en",
        company="Leie Fresh Meals", contact="ruth.vandamme@foodstaff.example.nl",
        frm=("Ruth Vandamme", "ruth.vandamme@foodstaff.example.nl"),
        subj="Fwd: Gwendal M.-A. – planner",
        date="2026-10-02 09:05 +0200", key="foodstaff-rej", parent="foodstaff-ack",
        text=_r21_text,
    ),
    dict(
        kind="rejection", name="fenwick_workable_html_only", lang="en",
        company="Fenwick Bakeries", contact="",
        frm=("Fenwick Bakeries", "noreply@workablemail.com"),
        subj="Update from Fenwick Bakeries",
        date="2026-05-05 13:51 +0100", parent="fenwick-missed",
        hdrs=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Fenwick Bakeries", "#7c2d12",
            "<p>Dear Gwendal,</p>\n<p>We wanted to let you know that we have now reviewed "
            "everyone who applied for the <b>Bakery Production Planner (Lille)</b> "
            "position.</p>\n<p>Unfortunately your application has not been successful on "
            "this occasion, and we will be closing it on our side. As the interview slot "
            "arranged on 22 April could not take place, we were not able to assess your "
            "application further.</p>\n<p>Thank you for thinking of Fenwick Bakeries.</p>\n"
            "<p>Warm regards,<br>The Fenwick Bakeries hiring team</p>",
            "Sent via Workable · Please do not reply to this automated message.",
        ),
        html_cte="base64",
    ),
    dict(
        kind="rejection", name="pantry_lane_casual", lang="en",
        company="Pantry Lane", contact="dev@pantrylane.example.be",
        frm=("Dev Malhotra", "dev@pantrylane.example.be"),
        subj="planner role",
        date="2026-07-30 12:02 +0200",
        text="""hey Gwendal,

quick one before I head off on leave – we ended up giving the planner seat to someone
who's already run SAP PP in a bakery, so it's not going to be you this round. honestly
it was close and the team liked you.

ping me in the autumn, things change fast here.

cheers
Dev

Dev Malhotra · Head of Ops · Pantry Lane · Brussels""",
    ),
    # ---------------------------------------------------------------- de (4)
    dict(
        kind="rejection", name="bruegelmann_filled_internally", lang="de",
        company="Rheinische Feinkost Brügelmann", contact="k.hoffmann@feinkost-bruegelmann.example.de",
        frm=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
        subj="Ihre Bewerbung als Produktionsplaner (m/w/d) – Rückmeldung",
        subj_enc=("utf-8", "Q"),
        date="2026-07-08 14:22 +0200", parent="bruegelmann-ooo",
        text="""Sehr geehrter Herr Moreau-Achebe,

nach der Absage unseres Gesprächstermins im Juni möchten wir Sie nicht länger warten
lassen.

Die Position als Produktionsplaner (m/w/d) in unserem Werk in Köln-Ossendorf wurde
inzwischen mit einem Kollegen aus der eigenen Fertigung besetzt. Ein neuer Termin mit
Ihnen wird daher nicht mehr stattfinden, und wir schließen das Auswahlverfahren ab.

Wir bedanken uns für Ihr Interesse an unserem Familienunternehmen und wünschen Ihnen für
Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Katrin Hoffmann
Personalreferentin
Rheinische Feinkost Brügelmann GmbH & Co. KG
Butzweilerhofallee 12, 50829 Köln
Telefon: +49 221 555 7710
Sitz der Gesellschaft: Köln, Amtsgericht Köln HRA 55123""",
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="domstadt_softgarden_latin1", lang="de",
        company="Domstadt Backwaren", contact="",
        frm=("Domstadt Backwaren Recruiting", "noreply@softgarden.io"),
        subj="Ihre Bewerbung als Produktionsplaner (m/w/d) bei Domstadt Backwaren",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-18 07:30 +0200", parent="domstadt-missed",
        charset="iso-8859-1", cte="quoted-printable",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrter Herr Moreau-Achebe,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei Domstadt
Backwaren.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlprozess nicht
berücksichtigen können. Da das vereinbarte Telefoninterview nicht zustande kam, haben wir
uns auf die übrigen Kandidatinnen und Kandidaten konzentriert.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Freundliche Grüße
Ihr Recruiting-Team von Domstadt Backwaren

Diese E-Mail wurde automatisch über softgarden versendet.""",
    ),
    dict(
        kind="rejection", name="talentia_client_no", lang="de",
        company="Kölner Großküchen Service", contact="m.kaya@talentia-personal.example.de",
        frm=("Murat Kaya", "m.kaya@talentia-personal.example.de"),
        subj="Kölner Großküchen Service",
        subj_enc=("utf-8", "B"),
        date="2026-03-19 16:48 +0100", parent="talentia-missed",
        text="""Hallo Herr Moreau-Achebe,

kurz und knapp: Der Kunde Kölner Großküchen Service möchte den Prozess mit Ihnen nicht
fortsetzen. Nach dem geplatzten Termin hat man sich dort für einen anderen Bewerber aus
unserem Pool entschieden.

Ich melde mich, sobald ich etwas Passendes habe.

Gruß
Murat Kaya
Personalberater Lebensmittel & Gastronomie
Talentia Personal GmbH – Hohenzollernring 51, 50672 Köln
Mobil 0171 555 2290""",
    ),
    dict(
        kind="rejection", name="frischmarkt_after_thanks", lang="de",
        company="Frischmarkt Rhein", contact="sabine.wirtz@frischmarkt-rhein.example.de",
        frm=("Sabine Wirtz", "sabine.wirtz@frischmarkt-rhein.example.de"),
        subj="AW: Vielen Dank für den Probearbeitstag",
        date="2026-09-08 10:15 +0200", parent="frischmarkt-thanks",
        text=reply(_r27_new, "Am 27.08.2026 um 19:04 schrieb Gwendal Moreau-Achebe "
                   "<gwendal.ma@example.be>:", _r27_old),
    ),
    # ---------------------------------------------------------------- es (4)
    dict(
        kind="rejection", name="ibaizabal_terse", lang="es",
        company="Pastelería Ibaizabal", contact="miren@ibaizabal.example.es",
        frm=("Miren Etxeberria", "miren@ibaizabal.example.es"),
        subj="Re: CV planificación obrador",
        date="2026-06-01 20:12 +0200", parent="ibaizabal-ack",
        text="""Hola Gwendal:

Al final nos quedamos con otra persona para el obrador. Gracias por el interés y mucha
suerte.

Miren""",
    ),
    dict(
        kind="rejection", name="bizkaia_lurra_frozen", lang="es",
        company="Cooperativa Bizkaia Lurra", contact="iker.goikoetxea@bizkaialurra.example.es",
        frm=("Iker Goikoetxea", "iker.goikoetxea@bizkaialurra.example.es"),
        subj="Puesto de planificación – proceso en suspenso",
        date="2026-07-15 13:40 +0200", parent="lurra-missed",
        html=_r29_html, cte="quoted-printable",
    ),
    dict(
        kind="rejection", name="norte_talento_nervion_no", lang="es",
        company="Catering Nervión", contact="lucia.ferrandez@nortetalento.example.es",
        frm=("Lucía Ferrández", "lucia.ferrandez@nortetalento.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subj="Respuesta de Catering Nervión",
        subj_enc=("iso-8859-1", "B"),
        date="2026-10-01 12:30 +0200", parent="nt-postponed",
        charset="iso-8859-1", cte="8bit",
        text="""Buenos días, Gwendal:

Ya tengo la respuesta de Catering Nervión tras la entrevista del lunes. Me comentan que
han valorado mucho tu trayectoria en cocina, pero que para este puesto necesitan a alguien
con experiencia previa gestionando la planificación de una cocina central de más de
5.000 menús diarios. Por tanto, no seguirán adelante con tu candidatura.

Sigo contando contigo para otros procesos de Norte Talento en Bizkaia.

Un saludo,
Lucía Ferrández
Consultora de selección
Norte Talento ETT - Gran Vía 45, 48011 Bilbao
Tel. 944 55 70 12""",
    ),
    dict(
        kind="rejection", name="cantabrico_successfactors", lang="es",
        company="Grupo Alimentario Cantábrico", contact="",
        frm=("Grupo Alimentario Cantábrico", "noreply@successfactors.eu"),
        subj="Grupo Alimentario Cantábrico: estado de su solicitud",
        date="2026-05-22 02:14 +0000",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Estimado/a Gwendal Moreau-Achebe:

Le agradecemos su interés en la vacante «Técnico/a de Planificación de Producción
(Basauri)».

Lamentamos comunicarle que, tras analizar su candidatura, hemos decidido no continuar con
ella en este proceso de selección.

Sus datos permanecerán en nuestra base de candidatos durante doce meses conforme a nuestra
política de privacidad.

Atentamente,
Departamento de Personas
Grupo Alimentario Cantábrico

Este es un mensaje generado automáticamente. Por favor, no responda.""",
        html=ats_card(
            "Grupo Alimentario Cantábrico", "#1d4ed8",
            "<p>Estimado/a Gwendal Moreau-Achebe:</p>\n<p>Le agradecemos su interés en la "
            "vacante «Técnico/a de Planificación de Producción (Basauri)».</p>\n<p>Lamentamos "
            "comunicarle que, tras analizar su candidatura, hemos decidido no continuar con "
            "ella en este proceso de selección.</p>\n<p>Sus datos permanecerán en nuestra base "
            "de candidatos durante doce meses conforme a nuestra política de privacidad.</p>\n"
            "<p>Atentamente,<br>Departamento de Personas<br>Grupo Alimentario Cantábrico</p>",
            "Este es un mensaje generado automáticamente. Por favor, no responda.", lang="es"),
        cte="base64",
    ),
]

# Silence "imported but unused" for helpers some modules do not need.
_ = (esc, quote)
