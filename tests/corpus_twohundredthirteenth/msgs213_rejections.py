"""Corpus 213, rejections (31): each message's words are written here by hand."""

from __future__ import annotations

from msgs213_common import (
    CAND,
    ats_card,
    blockquote_html,
    esc,
    msg,
    mso,
    outlook_block,
    outlook_html,
    outlook_quote_html,
    paras,
    quote,
    sig,
    wrote,
)

K = "rejection"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- Lac & Cimes (thread end)
_r1_new = """Bonjour Solveig,

Merci pour votre message et pour le temps que vous nous avez consacré la semaine dernière.

Après en avoir longuement discuté avec Vincent Favre, notre directeur revenue, nous avons choisi un profil qui a déjà piloté la tarification de plusieurs établissements en parallèle. Votre candidature ne sera donc pas retenue pour le poste d'assistante revenue manager.

Votre connaissance du terrain la nuit a beaucoup plu, et je garde votre dossier sous le coude pour nos ouvertures de l'an prochain à Talloires.

Bien à vous,
"""
_r1_sig = sig("Maud Perrin", "Chargée de recrutement", "Hôtels Lac & Cimes",
              "14 quai de la Tournette, 74000 Annecy", "+33 4 50 51 22 80")
_r1_quoted = """Bonjour Maud,

Un grand merci pour l'entretien de mardi avec M. Favre. La présentation de votre outil de pilotage des prix m'a vraiment donné envie de rejoindre l'équipe, et je reste disponible si vous souhaitez un deuxième échange ou un cas pratique.

Belle journée,
Solveig
"""
add(msg(K, "lacetcimes_after_interview", "fr", "Hôtels Lac & Cimes",
        "maud.perrin@lacetcimes.example.fr",
        ("Maud Perrin", "maud.perrin@lacetcimes.example.fr"),
        "RE: Merci pour notre entretien – poste Assistante Revenue Manager",
        "2026-02-06 11:42 +0100",
        text=_r1_new + _r1_sig + "\n"
        + wrote("fr", "jeu. 29 janv. 2026 à 18:05", "Solveig Marchetti-Dube", CAND[1]) + "\n"
        + quote(_r1_quoted),
        html=paras(_r1_new) + "<pre>" + esc(_r1_sig) + "</pre>\n"
        + blockquote_html(wrote("fr", "jeu. 29 janv. 2026 à 18:05", "Solveig Marchetti-Dube",
                                CAND[1]), paras(_r1_quoted)),
        tid="lac-5", re="lac-4"))

# ---------------------------------------------------------------- Rive Léman, Workday
_r2_html = ats_card("Hôtel Rive Léman — Carrières", "#0b3d91", paras("""Madame Marchetti-Dube,

Nous vous remercions de l'intérêt que vous portez à l'Hôtel Rive Léman et du temps consacré au processus de sélection pour le poste de Revenue Analyst (réf. R-2026-0117).

Après une étude approfondie des dossiers, nous avons le regret de vous informer que nous ne poursuivrons pas avec votre candidature.

Nous vous souhaitons plein succès dans vos recherches.

Le service des Ressources humaines
Hôtel Rive Léman, Genève""") + """
<p style="font-size:12px"><a href="https://riveleman.wd3.myworkday.com/riveleman/d/home.htmld">Accéder à votre espace candidat</a></p>""",
    "Ce message a été envoyé automatiquement par Workday pour le compte de l'Hôtel Rive Léman. "
    "Merci de ne pas y répondre.")
add(msg(K, "riveleman_workday", "fr", "Hôtel Rive Léman", "",
        ("Hôtel Rive Léman", "riveleman@myworkday.com"),
        "Votre candidature – Revenue Analyst (R-2026-0117)",
        "2026-03-05 16:03 +0100",
        html=_r2_html, subj_ew=("utf-8", "B"),
        hdrs=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
        tid="rive-4", re="rive-3"))

# ---------------------------------------------------------------- Aurora Torino, Greenhouse
_r3 = """Hi Solveig,

Thank you again for meeting with Davide and me, and for being so flexible with the timing.

We have now completed the second round for the Revenue Coordinator position in Turin. After a great deal of thought, we have decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly on the group and MICE side.

It was a genuinely close call, and we would be glad to hear from you again for future openings across Aurora Hotels.

All the best,
Giulia Ferraris
Talent Acquisition Partner | Aurora Hotels
Via Po 28, 10123 Torino
"""
add(msg(K, "aurora_greenhouse_soft", "en", "Aurora Hotels", "giulia.ferraris@aurorahotels.example.it",
        ("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Your application for Revenue Coordinator at Aurora Hotels",
        "2026-03-27 14:20 +0100",
        rt=("Giulia Ferraris", "giulia.ferraris@aurorahotels.example.it"),
        text=_r3, html=paras(_r3), tid="aur-5", re="aur-4"))

# ---------------------------------------------------------------- Isar Residenz, quoting thank-you
_r4_new = """Liebe Frau Marchetti-Dube,

herzlichen Dank für Ihre freundliche Nachricht und für das offene Gespräch mit Herrn Hauser und mir.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits mit unserem Channel-Manager gearbeitet hat und sofort einsteigen kann. Für die Stelle als Junior Revenue Manager können wir Ihnen deshalb leider keine Zusage geben.

Ihre Unterlagen würden wir gern für ein Jahr in unserem Talentpool behalten, sofern Sie nicht widersprechen.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isar Residenz Hotels GmbH | Rosenheimer Straße 145 | 81671 München
Tel. +49 89 4521 7730
"""
_r4_quoted = """Sehr geehrte Frau Obermaier,

vielen Dank für das angenehme Vorstellungsgespräch am Dienstag. Die Einblicke in Ihre Preisstrategie für die Wiesn-Wochen fand ich besonders spannend. Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Solveig Marchetti-Dube
"""
add(msg(K, "isar_after_interview", "de", "Isar Residenz Hotels", "k.obermaier@isarresidenz.example.de",
        ("Katrin Obermaier", "k.obermaier@isarresidenz.example.de"),
        "AW: Dank für das Gespräch - Junior Revenue Manager",
        "2026-05-06 10:15 +0200",
        text=_r4_new + "\n" + wrote("de", "Fr., 24. Apr. 2026 um 19:02", "Solveig Marchetti-Dube",
                                    CAND[1]) + "\n" + quote(_r4_quoted),
        cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q"),
        tid="isar-5", re="isar-4"))

# ---------------------------------------------------------------- agency relays client (named)
_r5 = """Bonjour Solveig,

J'ai eu le retour de la Station Val-Cristal ce matin. Ils ont apprécié l'échange avec leur responsable hébergement, mais ils partent sur une personne qui était déjà saisonnière chez eux l'hiver dernier. C'est donc non pour la mission de réceptionniste-yield.

Je suis déçu pour vous, sincèrement. Je continue à chercher : j'ai deux résidences de tourisme à Annecy-le-Vieux qui pourraient bouger en avril.

Julien Mercier
Consultant hôtellerie – Intérim Savoie Talents
27 avenue de Genève, 74000 Annecy
06 72 18 44 09
"""
add(msg(K, "savoietalents_relay_valcristal", "fr", "Station Val-Cristal",
        "julien.mercier@savoietalents.example.fr",
        ("Julien Mercier – Savoie Talents", "julien.mercier@savoietalents.example.fr"),
        "Retour Val-Cristal",
        "2026-03-04 09:37 +0100",
        text=_r5, tid="sav-4", re="sav-3", name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- head-hunter, client unnamed
_r6 = """Chère Madame,

Je reviens vers vous comme promis au sujet de la mission confidentielle dont nous avions parlé au téléphone, après notre rendez-vous manqué.

Mon client a finalement arrêté son choix sur un autre profil, plus senior sur la partie distribution et contrats d'allotement. Je ne pourrai donc pas présenter votre candidature au comité de direction.

Je vous remercie pour la qualité de nos échanges et me permets de garder votre dossier pour d'autres missions en Suisse romande.

Avec mes meilleures salutations,

Isabelle Rochat
Associée
Vallet & Rochat Executive Search
Rue du Rhône 61, 1204 Genève
+41 22 310 45 80

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
"""
add(msg(K, "valletrochat_client_no", "fr", "Vallet & Rochat", "i.rochat@valletrochat.example.ch",
        ("Isabelle Rochat", "i.rochat@valletrochat.example.ch"),
        "Mission Revenue Manager – Genève (confidentiel)",
        "2026-04-14 17:48 +0200",
        text=_r6, html=outlook_html(mso(_r6)), tid="vr-3", re="vr-2"))

# ---------------------------------------------------------------- on hold
_r7 = """Madame,

Vous aviez postulé en janvier au poste de Responsable Revenue & Distribution pour nos trois hôtels de la Presqu'île.

Suite à une révision de notre budget 2026, ce recrutement est mis en suspens jusqu'à nouvel ordre et nous ne donnerons pas suite aux candidatures reçues, dont la vôtre.

Nous vous remercions de votre compréhension et vous souhaitons une belle réussite professionnelle.

Véronique Pagnon
Direction des ressources humaines
Lyon Presqu'île Hôtels – 9 rue de la République, 69002 Lyon
"""
add(msg(K, "presquile_on_hold", "fr", "Lyon Presqu'île Hôtels", "v.pagnon@presquile-hotels.example.fr",
        ("Véronique Pagnon", "v.pagnon@presquile-hotels.example.fr"),
        "Poste Responsable Revenue & Distribution",
        "2026-02-26 15:10 +0100",
        text=_r7, cs="windows-1252", cte="quoted-printable",
        name_ew=("iso-8859-1", "Q")))

# ---------------------------------------------------------------- filled internally
_r8 = """Bonjour Madame Marchetti-Dube,

Je vous remercie pour votre candidature au poste de chargée de distribution en ligne à Grenoble.

Je tenais à vous prévenir personnellement : une collaboratrice de notre résidence de Chamrousse a souhaité évoluer vers ce poste, et nous avons fait le choix de la mobilité interne. Le poste est donc pourvu.

Je suis désolée de ne pas avoir pu vous rencontrer, votre lettre était très convaincante.

Hélène Mas
Responsable RH – Résidences Belledonne
12 boulevard Gambetta, 38000 Grenoble
04 76 43 19 02
"""
add(msg(K, "belledonne_internal", "fr", "Résidences Belledonne",
        "helene.mas@belledonne-residences.example.fr",
        ("Hélène Mas", "helene.mas@belledonne-residences.example.fr"),
        "Votre candidature – chargée de distribution en ligne",
        "2026-06-18 12:04 +0200",
        text=_r8, html=paras(_r8), cte="base64", tid="bel-2", re="bel-1"))

# ---------------------------------------------------------------- terse human
_r9 = """Bonjour Solveig,

Ce ne sera pas pour cette fois, on a retenu quelqu'un d'autre.
Bonne continuation.

Karim
"""
add(msg(K, "alpessejours_terse", "fr", "Alpes Séjours", "karim.haddad@alpessejours.example.fr",
        ("Karim Haddad", "karim.haddad@alpessejours.example.fr"),
        "Re: Poste yield voyages groupes",
        "2026-02-03 18:51 +0100",
        text=_r9, tid="as-3", re="as-2",
        hdrs=[("X-Mailer", "Apple Mail (2.3774.500.171)")]))

# ---------------------------------------------------------------- casual colleague-style
_r10 = """Salut Solveig,

Bon, je te la fais courte parce que je déteste faire traîner ce genre de mail : on part avec Mathilde, qui bosse déjà sur notre moteur de résa depuis deux ans en freelance. Pour le poste de pricing analyst, c'est donc mort de notre côté.

Franchement tu étais dans le top 2, et je le dis pas pour être sympa. Si tu passes à Chambéry un de ces jours, je t'offre un café et on garde le contact.

Bastien
--
Bastien Collomb · Head of Pricing · Réservalp
"""
_r10_q = """Salut Bastien,

Désolée encore pour vendredi, mon réseau a lâché au pire moment. Je suis dispo quand tu veux pour refaire le point !

Solveig
"""
add(msg(K, "reservalp_casual", "fr", "Réservalp", "bastien@reservalp.example.fr",
        ("Bastien Collomb", "bastien@reservalp.example.fr"),
        "Re: désolée pour vendredi",
        "2026-07-02 21:14 +0200",
        text=_r10 + "\n" + wrote("fr", "lun. 22 juin 2026 à 08:30", "Solveig Marchetti-Dube",
                                 CAND[1]) + "\n" + quote(_r10_q),
        tid="rsv-4", re="rsv-3"))

# ---------------------------------------------------------------- ski resort, latin-1 letter
_r11 = """Madame,

Nous avons bien étudié votre dossier pour le poste de Responsable Yield de nos
résidences des Aravis, et nous vous remercions de l'attention portée à notre groupe.

Nous sommes au regret de vous annoncer qu'une suite favorable ne pourra y être
donnée. Ce choix tient au nombre important de candidatures reçues cette année et ne
remet pas en cause vos qualités professionnelles.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Lucie Pollet
Service recrutement - Groupe Aravis Resorts
Route du Col des Aravis, 74220 La Clusaz
"""
add(msg(K, "aravis_latin1_letter", "fr", "Groupe Aravis Resorts", "lucie.pollet@aravis-resorts.example.fr",
        ("Lucie Pollet", "lucie.pollet@aravis-resorts.example.fr"),
        "Réponse à votre candidature - Responsable Yield",
        "2026-05-15 10:00 +0200",
        text=_r11, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q"),
        tid="ara-3", re="ara-2"))

# ---------------------------------------------------------------- windows-1252 HTML
_r12 = """Chère Solveig,

Merci d’être venue jusqu’à Chamonix pour la matinée d’échange avec l’équipe des chalets.

Après examen attentif, nous ne sommes pas en mesure de vous proposer le poste de coordinatrice réservations & tarifs : nous cherchons finalement une personne trilingue avec l’allemand courant, ce que nous n’avions pas assez précisé dans l’annonce. Toutes nos excuses pour cela.

Bien cordialement,
Gérard Balmat
Gérant – Chalets Aiguille Verte
180 route des Praz, 74400 Chamonix-Mont-Blanc
"""
add(msg(K, "aiguilleverte_cp1252", "fr", "Chalets Aiguille Verte", "g.balmat@aiguilleverte.example.fr",
        ("Gérard Balmat", "g.balmat@aiguilleverte.example.fr"),
        "Suite à votre venue – coordinatrice réservations",
        "2026-10-14 08:26 +0200",
        html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        "<body style=\"font-family:Verdana;font-size:10pt\">\n" + paras(_r12) + "\n</body></html>\n",
        cs="windows-1252", cte="quoted-printable", subj_ew=("windows-1252", "Q"),
        name_ew=("windows-1252", "Q"), tid="aig-2", re="aig-1"))

# ---------------------------------------------------------------- SmartRecruiters
_r13 = """Bonjour Solveig,

Merci pour votre participation au processus de recrutement Hôtels Oréade pour le poste Revenue Manager Cluster Lyon.

Nous avons pris la décision de ne pas retenir votre candidature à l'issue de cette étape. Sans présence à la journée d'évaluation, nous ne sommes malheureusement pas en mesure de poursuivre.

Vous pouvez consulter nos autres offres sur notre page carrières.

L'équipe Talent Acquisition
Hôtels Oréade
"""
add(msg(K, "oreade_smartrecruiters", "fr", "Hôtels Oréade", "",
        ("Hôtels Oréade", "no-reply@smartrecruiters.com"),
        "Mise à jour de votre candidature chez Hôtels Oréade",
        "2026-04-10 07:58 +0000",
        text=_r13,
        html=ats_card("Hôtels Oréade", "#7c3aed", paras(_r13),
                      "Propulsé par SmartRecruiters · <a href=\"https://jobs.smartrecruiters.com/HotelsOreade\">Offres</a>"),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="ore-4", re="ore-3"))

# ---------------------------------------------------------------- Taleo, base64
_r14 = """Madame Marchetti-Dube,

Nous vous remercions d'avoir postulé à l'offre 26-0412 « Chef de projet pricing séjours » au sein du Groupe Transalpin Voyages.

Votre profil a retenu toute notre attention ; toutefois, il ne correspond pas suffisamment aux exigences du poste, notamment en matière de tarification aérienne. Nous ne sommes donc pas en mesure d'y donner une suite favorable.

Votre dossier reste enregistré dans notre base et pourra être consulté lors de prochains recrutements.

Cordialement,
La Direction des Talents
Groupe Transalpin Voyages

Ne répondez pas à ce courriel, cette adresse n'est pas consultée.
"""
add(msg(K, "transalpin_taleo_b64", "fr", "Groupe Transalpin Voyages", "",
        ("Groupe Transalpin Voyages", "noreply@taleo.net"),
        "Offre 26-0412 – suite donnée à votre candidature",
        "2026-08-12 05:30 +0000",
        text=_r14, cte="base64", subj_ew=("utf-8", "B"), tid="tra-2", re="tra-1"))

# ---------------------------------------------------------------- after trial day
_r15 = """Bonsoir Solveig,

Je voulais vous écrire moi-même après votre journée d'essai de mercredi.

L'équipe de réception a aimé votre calme pendant le rush des arrivées, et vos remarques sur notre grille tarifaire étaient justes. Mais le poste mêle finalement trop d'accueil client pour ce que vous recherchez, et nous avons proposé le contrat à une autre candidate qui vise d'abord la réception.

J'espère sincèrement que vous trouverez la place revenue qui vous correspond. N'hésitez pas à citer notre hôtel en référence.

Claire Vuillermoz
Directrice – Hôtel du Semnoz ★★★
Route du Crêt de Châtillon, 74320 Leschaux
"""
add(msg(K, "semnoz_after_trial", "fr", "Hôtel du Semnoz", "claire.vuillermoz@hotelsemnoz.example.fr",
        ("Claire Vuillermoz", "claire.vuillermoz@hotelsemnoz.example.fr"),
        "Votre journée parmi nous",
        "2026-10-23 20:40 +0200",
        text=_r15, tid="sem-3", re="sem-2"))

# ---------------------------------------------------------------- Outlook chain (quoted invite)
_r16_new = """Bonjour Madame Marchetti-Dube,

Je fais suite à notre rencontre du 12 mars. Nous n'avons pas souhaité prolonger le processus avec vous : le comité a préféré un profil disposant déjà d'une certification en revenue management.

Merci encore de votre déplacement jusqu'à Talloires.

Cordialement,

Pierre-Yves Anthonioz
Directeur adjoint
Les Terrasses de Talloires
Rue André Theuriet, 74290 Talloires-Montmin
Tél. : +33 4 50 60 71 15
"""
_r16_q1 = """Bonjour Pierre-Yves,

Je vous confirme avec plaisir ma venue le jeudi 12 mars à 14h pour l'entretien. Je prévoirai mes bulletins de salaire comme demandé.

Cordialement,
Solveig Marchetti-Dube
"""
_r16_q2 = """Bonjour Madame,

Suite à votre candidature, nous souhaiterions vous rencontrer pour un entretien à l'hôtel le jeudi 12 mars à 14h00. Merci de nous confirmer votre présence.

Pierre-Yves Anthonioz
"""
_r16_text = (_r16_new + "\n"
             + outlook_block("fr", "Solveig Marchetti-Dube <solveig.md@example.fr>",
                             "lundi 2 mars 2026 21:17",
                             "Pierre-Yves Anthonioz <py.anthonioz@terrasses-talloires.example.fr>",
                             "RE: Invitation à un entretien", _r16_q1)
             + "\n"
             + outlook_block("fr", "Pierre-Yves Anthonioz <py.anthonioz@terrasses-talloires.example.fr>",
                             "lundi 2 mars 2026 10:02",
                             "Solveig Marchetti-Dube <solveig.md@example.fr>",
                             "Invitation à un entretien", _r16_q2))
_r16_html = outlook_html(
    mso(_r16_new)
    + outlook_quote_html("fr", "Solveig Marchetti-Dube <solveig.md@example.fr>",
                         "lundi 2 mars 2026 21:17",
                         "Pierre-Yves Anthonioz <py.anthonioz@terrasses-talloires.example.fr>",
                         "RE: Invitation à un entretien", _r16_q1)
    + outlook_quote_html("fr", "Pierre-Yves Anthonioz <py.anthonioz@terrasses-talloires.example.fr>",
                         "lundi 2 mars 2026 10:02",
                         "Solveig Marchetti-Dube <solveig.md@example.fr>",
                         "Invitation à un entretien", _r16_q2))
add(msg(K, "talloires_outlook_chain", "fr", "Les Terrasses de Talloires",
        "py.anthonioz@terrasses-talloires.example.fr",
        ("Pierre-Yves Anthonioz", "py.anthonioz@terrasses-talloires.example.fr"),
        "RE: RE: Invitation à un entretien",
        "2026-03-20 09:12 +0100",
        text=_r16_text, html=_r16_html, tid="tal-2", re="tal-1",
        hdrs=[("Thread-Topic", "Invitation a un entretien"), ("X-MS-Has-Attach", "")]))

# ---------------------------------------------------------------- role cancelled
_r17 = """Bonjour Solveig,

Je suis au regret de vous annoncer que le poste de Revenue Manager pour lequel vous avez rencontré Mme Lacroix a été supprimé : notre groupe a décidé de confier la gestion tarifaire de nos deux hôtels lyonnais à une cellule centrale basée à Paris.

Le processus s'arrête donc pour tous les candidats. Nous en sommes désolés, d'autant que votre dernier entretien s'était très bien passé.

Bien cordialement,

Sébastien Morel
Chargé de recrutement
Horizon Part-Dieu Hôtels – 129 rue Servient, 69003 Lyon

--------------------------------------------------------------
Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Toute diffusion non autorisée est interdite. Horizon Part-Dieu Hôtels SAS décline toute responsabilité en cas d'altération du message.
"""
add(msg(K, "horizon_role_cancelled", "fr", "Horizon Part-Dieu Hôtels",
        "sebastien.morel@horizon-partdieu.example.fr",
        ("Sébastien Morel", "sebastien.morel@horizon-partdieu.example.fr"),
        "Poste Revenue Manager – information importante",
        "2026-05-12 14:33 +0200",
        text=_r17, html=outlook_html(mso(_r17)), tid="hor-4", re="hor-3"))

# ---------------------------------------------------------------- Ashby terse
_r18 = """Hi Solveig,

Thanks for your interest in the Revenue Analyst role at Yieldwise. We've reviewed your application and won't be progressing it further.

Best,
The Yieldwise team
"""
add(msg(K, "yieldwise_ashby", "en", "Yieldwise", "",
        ("Yieldwise Hiring", "no-reply@ashbyhq.com"),
        "Update on your Yieldwise application",
        "2026-03-06 18:02 +0000",
        text=_r18, html=paras(_r18), hdrs=[("Auto-Submitted", "auto-generated")],
        tid="yw-3", re="yw-2"))

# ---------------------------------------------------------------- Lever
_r19_html = """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Solveig,</p>
<p>Thank you for speaking with us about the <b>Pricing Operations Associate</b> role at StayNest.</p>
<p>We had a lot of strong applicants and, after reviewing everyone we spoke with, we've chosen to offer the role to someone else. We know this isn't the news you were hoping for.</p>
<p>We'll keep your details on file and may reach out if something suitable opens up in Lyon or Barcelona.</p>
<p>Kind regards,<br>StayNest Talent</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Sent via Lever · <a href="https://jobs.lever.co/staynest">jobs.lever.co/staynest</a></p>
</div>
"""
add(msg(K, "staynest_lever_html", "en", "StayNest", "",
        ("StayNest", "no-reply@hire.lever.co"),
        "StayNest – Pricing Operations Associate",
        "2026-06-05 08:45 -0700",
        html=_r19_html, tid="sn-4", re="sn-3"))

# ---------------------------------------------------------------- agency relays client (en, named)
_r20 = """Hi Solveig,

I've just come off the phone with Piemonte Travel Lab. Unfortunately they won't be taking things further – their feedback was that they need someone who has owned a full P&L for tour packages, which they felt wasn't there yet.

I know you were keen on this one, and the missed call last week probably didn't help, but please don't let it knock you. I'll be in touch as soon as I've got something else in Turin or Milan.

Speak soon,
Olivia

Olivia Brandt
Senior Consultant, Travel & Hospitality
HospitalityHire Europe
5 Brunswick Place, London N1 6EB
+44 20 7946 0321
"""
add(msg(K, "hospitalityhire_relay_piemonte", "en", "Piemonte Travel Lab",
        "olivia.brandt@hospitalityhire.example.co.uk",
        ("Olivia Brandt", "olivia.brandt@hospitalityhire.example.co.uk"),
        "Piemonte Travel Lab – feedback",
        "2026-05-19 13:05 +0100",
        text=_r20, tid="hh-4", re="hh-3"))

# ---------------------------------------------------------------- after interview, quoting thank-you (en)
_r21_new = """Dear Solveig,

Thank you for your kind note – it was a pleasure to talk about forecasting for small boutique properties.

I'm sorry to say that we won't be offering you the Revenue Manager position. In the end the deciding factor was hands-on experience with our PMS, which another finalist already had.

I hope our paths cross again, Geneva is a small place.

Warm regards,
Hannah Keller
Head of Revenue, Glacier Rooms
Rue de Lausanne 35, 1201 Genève
"""
_r21_q = """Dear Hannah,

Thank you for taking the time to meet me on Monday. I really enjoyed our conversation about pick-up forecasting and would be delighted to contribute to Glacier Rooms.

Kind regards,
Solveig
"""
add(msg(K, "glacierrooms_quoting_thanks", "en", "Glacier Rooms", "hannah@glacierrooms.example.ch",
        ("Hannah Keller", "hannah@glacierrooms.example.ch"),
        "Re: Thank you – Revenue Manager interview",
        "2026-07-24 16:50 +0200",
        text=_r21_new + "\n" + wrote("en", "Mon, 13 Jul 2026 at 20:11", "Solveig Marchetti-Dube",
                                     CAND[1]) + "\n" + quote(_r21_q),
        tid="gr-3", re="gr-2"))

# ---------------------------------------------------------------- on hold (en)
_r22 = """Hi Solveig,

I wanted to let you know before the end of the week: following our funding review, the role has been put on hold and we will not proceed with any candidates for the Revenue & Partnerships Analyst position this season.

This is entirely about timing on our side. We really enjoyed the panel with you and I'd be happy to stay in touch for the winter.

Thanks for your patience throughout,
Tom Reynaud
Co-founder, Pistebook
"""
_r22_q1 = """Hi Tom,

No problem at all, thanks for letting me know. I'm keeping the week of the 21st open, so just send me whichever slot suits you and Sara for the panel.

Solveig
"""
_r22_q2 = """Solveig, apologies – our board meeting got moved onto this slot and Sara and I both have to be there. We're not cancelling the process, I'll get back to you with new times early next week.

Tom
"""
_r22_chain = (wrote("en", "Wed, 16 Sept 2026 at 21:02", "Solveig Marchetti-Dube", CAND[1]) + "\n"
              + quote(_r22_q1 + "\n" + wrote("en", "Wed, 16 Sept 2026 at 19:40", "Tom Reynaud",
                                             "tom.reynaud@pistebook.example.com") + "\n"
                      + quote(_r22_q2)))
add(msg(K, "pistebook_on_hold", "en", "Pistebook", "tom.reynaud@pistebook.example.com",
        ("Tom Reynaud", "tom.reynaud@pistebook.example.com"),
        "Re: Panel interview – new times?",
        "2026-10-02 17:31 +0200",
        text=_r22 + "\n" + _r22_chain,
        html=paras(_r22) + "\n" + blockquote_html(
            wrote("en", "Wed, 16 Sept 2026 at 21:02", "Solveig Marchetti-Dube", CAND[1]),
            paras(_r22_q1) + blockquote_html(
                wrote("en", "Wed, 16 Sept 2026 at 19:40", "Tom Reynaud",
                      "tom.reynaud@pistebook.example.com"), paras(_r22_q2))),
        cte="base64", tid="pb-4", re="pb-3"))

# ---------------------------------------------------------------- terse en from Barcelona
_r23 = """Thanks Solveig, we won't be moving ahead with you for the hotel revenue role. Good luck with the search.

Jordi
Sent from my phone
"""
add(msg(K, "tramuntana_terse_en", "en", "Tramuntana Hotels", "jordi.serra@tramuntanahotels.example.es",
        ("Jordi Serra", "jordi.serra@tramuntanahotels.example.es"),
        "Re: Revenue Executive – Barcelona",
        "2026-03-23 22:07 +0100",
        text=_r23))

# ---------------------------------------------------------------- iCIMS html-only
_r24_body = paras("""Dear Solveig Marchetti-Dube,

Thank you for applying for Req #4471 Assistant Director of Revenue – Alps Portfolio.

We have carefully reviewed your background against the requirements of this position. At this time we have chosen not to move your application to the next stage of our process.

We encourage you to set up a job alert and to apply for other roles that match your skills.

Sincerely,
Northwind Resorts Talent Acquisition""")
add(msg(K, "northwind_icims", "en", "Northwind Resorts", "",
        ("Northwind Resorts Careers", "noreply@icims.com"),
        "Regarding your application: Assistant Director of Revenue",
        "2026-07-07 03:12 -0400",
        html=ats_card("Northwind Resorts", "#14532d", _r24_body,
                      "This is an automated message from iCIMS on behalf of Northwind Resorts. "
                      "Replies to this address are not monitored."),
        hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        tid="nw-3", re="nw-2"))

# ---------------------------------------------------------------- pipeline candidate chosen (en)
_r25 = """Hello Solveig,

Many thanks for applying to the Reservations & Yield Lead role with us in Chamonix.

I'll be straight with you: we had a former chalet host who already knows our properties and our owners, and we have offered the position to her. I didn't want to leave you waiting for the usual silence.

All best for the winter,
Emma Lindqvist
Operations Director | Peaklight Chalets
Chamonix · London
"""
add(msg(K, "peaklight_pipeline", "en", "Peaklight Chalets", "emma@peaklight.example.co.uk",
        ("Emma Lindqvist", "emma@peaklight.example.co.uk"),
        "Reservations & Yield Lead",
        "2026-01-30 12:18 +0000",
        text=_r25, cte="quoted-printable"))

# ---------------------------------------------------------------- Personio (de)
_r26 = """Guten Tag Frau Marchetti-Dube,

vielen Dank für Ihre Bewerbung als Revenue Analyst (m/w/d) und Ihr Interesse an Bavaria Stay Apartments.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nach sorgfältiger Prüfung nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Ihr Bavaria Stay Recruiting-Team

Diese E-Mail wurde automatisch über Personio versendet.
"""
add(msg(K, "bavariastay_personio", "de", "Bavaria Stay Apartments", "",
        ("Bavaria Stay Apartments", "no-reply@personio.de"),
        "Ihre Bewerbung bei Bavaria Stay Apartments",
        "2026-10-06 09:00 +0200",
        text=_r26, html=ats_card("Bavaria Stay Apartments", "#1d4ed8", paras(_r26)),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="bs-3", re="bs-2"))

# ---------------------------------------------------------------- agency relays client (de, named)
_r27 = """Hallo Frau Marchetti-Dube,

kurze Rückmeldung vom Hotel Seeblick Starnberg: Man hat sich dort gegen eine Besetzung über unsere Agentur entschieden und nimmt eine Kandidatin aus der eigenen Ausbildung. Für Sie geht es bei diesem Kunden also nicht weiter.

Ich melde mich, sobald ich eine neue Position im Raum München habe, die zu Ihrem Profil passt.

Viele Grüße
Markus Lechner
Personalberater Hotellerie
Alpin Personal GmbH · Landsberger Str. 302 · 80687 München
Telefon +49 89 5587 2210
"""
add(msg(K, "alpinpersonal_relay_seeblick", "de", "Hotel Seeblick Starnberg",
        "m.lechner@alpinpersonal.example.de",
        ("Markus Lechner", "m.lechner@alpinpersonal.example.de"),
        "Hotel Seeblick – Rückmeldung",
        "2026-09-04 15:26 +0200",
        text=_r27, html=outlook_html(mso(_r27), "de"), tid="ap-3", re="ap-2"))

# ---------------------------------------------------------------- Recruitee (es)
_r28 = """Hola Solveig:

Gracias por tu interés en el puesto de Analista de Revenue en ReservaSol y por el tiempo dedicado al proceso.

Tras valorar todas las candidaturas, lamentamos comunicarte que no vamos a continuar con la tuya en esta ocasión.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
Equipo de Personas de ReservaSol
"""
add(msg(K, "reservasol_recruitee", "es", "ReservaSol", "",
        ("ReservaSol", "no-reply@jobs.recruitee.com"),
        "Tu candidatura en ReservaSol",
        "2026-05-08 11:40 +0200",
        text=_r28, html=ats_card("ReservaSol", "#ea580c", paras(_r28)),
        tid="rs-2", re="rs-1"))

# ---------------------------------------------------------------- after interview (es)
_r29 = """Hola Solveig,

Muchas gracias por la videollamada del otro día y por tu paciencia con nuestros horarios.

Hemos decidido seguir adelante con otra candidatura que ya conoce el mercado de Barcelona y el cliente corporativo local. Nos ha costado decidir, porque tu análisis del caso práctico fue de los mejores.

Te deseo lo mejor y ojalá coincidamos más adelante.

Laia Puig
Directora de Revenue
Hoteles Montjuïc Blau
Carrer de Lleida 9, 08004 Barcelona
"""
add(msg(K, "montjuicblau_after_call", "es", "Hoteles Montjuïc Blau", "laia.puig@montjuicblau.example.es",
        ("Laia Puig", "laia.puig@montjuicblau.example.es"),
        "Proceso Revenue Manager · Montjuïc Blau",
        "2026-09-25 13:55 +0200",
        text=_r29, html=paras(_r29), subj_ew=("iso-8859-1", "B"),
        tid="mj-2", re="mj-1"))

# ---------------------------------------------------------------- vacancy cancelled (es)
_r30 = """Estimada Solveig:

Te escribo para informarte de que la vacante de Coordinadora de Tarifas y Contratos a la que te presentaste ha sido cancelada por un cambio en el presupuesto de la agencia para el próximo año.

No vamos a cubrir el puesto, por lo que cerramos el proceso para todas las personas candidatas. Sentimos las molestias.

Atentamente,
Nuria Casals
Recursos Humanos - Viajes Pirineo Norte
Passeig de Gràcia 71, 08008 Barcelona
"""
add(msg(K, "pirineo_vacancy_cancelled", "es", "Viajes Pirineo Norte", "nuria.casals@pirineonorte.example.es",
        ("Nuria Casals", "nuria.casals@pirineonorte.example.es"),
        "Vacante Coordinadora de Tarifas",
        "2026-09-18 10:22 +0200",
        text=_r30, cs="iso-8859-1", cte="quoted-printable", tid="pn-2", re="pn-1"))

# ---------------------------------------------------------------- SuccessFactors (fr, Geneva)
_r31_body = paras("""Madame,

Nous accusons réception de l'ensemble des candidatures pour le poste de Superviseur·e Night Audit & Revenue et vous remercions pour la vôtre.

Votre profil n'a pas été présélectionné pour la suite du processus. Nous conservons néanmoins vos informations dans notre vivier de talents, conformément à notre politique de confidentialité.

Meilleures salutations,
Ressources humaines
Hôtel Pâquis Lumière, Genève""")
add(msg(K, "paquis_successfactors", "fr", "Hôtel Pâquis Lumière", "",
        ("Hôtel Pâquis Lumière", "noreply@successfactors.eu"),
        "Hôtel Pâquis Lumière : votre candidature",
        "2026-09-09 06:15 +0000",
        html=ats_card("Hôtel Pâquis Lumière", "#9a3412", _r31_body,
                      "Message généré automatiquement – SAP SuccessFactors."),
        subj_ew=("iso-8859-1", "Q"), name_ew=("iso-8859-1", "B"),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="paq-2", re="paq-1"))
