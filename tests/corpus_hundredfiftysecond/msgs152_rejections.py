# ruff: noqa
"""Corpus 152, kind `rejection`: 31 hand-written messages (fr 15, en 8, es 4, de 4)."""

from __future__ import annotations

import msgs152_common as C

Y = C.CANDIDATE
MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


# ============================================================================ French (15)

t = """Bonjour Yanis,

Nous vous remercions pour l'intérêt que vous portez à Calanques Lines et pour le temps consacré à votre candidature au poste d'Agent(e) documentation export – Fos.

Après une étude attentive de votre dossier, nous ne sommes pas en mesure d'y donner une suite favorable. Cette décision ne remet pas en cause la qualité de votre parcours.

Vos données resteront dans notre vivier pendant 24 mois, sauf opposition de votre part depuis votre espace candidat.

L'équipe Talents – Calanques Lines"""
add(kind="rejection", slug="calanques_workday_formal", company="Calanques Lines", contact="",
    lang="fr", date="2026-02-05 07:30 +0100", thread="calanques",
    frm=("Calanques Lines Recrutement", "calanqueslines@myworkday.com"),
    subject="Votre candidature – Agent(e) documentation export (Réf. R-10482)",
    subj_enc="utf-8:B",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html=C.ats_card("Calanques Lines", C.paras(t),
                    "Ce message a été envoyé automatiquement par Workday. "
                    "Merci de ne pas y répondre.", color="#00546b"),
    html_cte="base64")

old = """Bonjour Madame Lemonnier,

Je tenais à vous remercier, ainsi que M. Duchemin, pour l'entretien de ce matin. J'ai apprécié la présentation très concrète du service dédouanement import et les échanges sur le passage au guichet unique.

Le poste correspond exactement à ce que je recherche et je reste à votre disposition pour tout complément.

Bien cordialement,
Yanis Haddad-Lefort
06 71 42 88 19"""
new = """Bonjour Monsieur Haddad-Lefort,

Merci pour votre message et pour votre disponibilité tout au long du processus.

Nous avons rencontré plusieurs profils solides pour ce poste de déclarant en douane. Après concertation avec Hervé Duchemin, nous avons choisi une candidate qui maîtrise déjà le logiciel de dédouanement que nous utilisons au quotidien, ce qui a fait la différence à ce stade.

Je mesure la déception que cette réponse peut provoquer et je vous souhaite sincèrement de trouver rapidement le poste qui vous convient.

Cordialement,

Claire Lemonnier
Chargée de recrutement
Seine Estuaire Logistique
Quai de l'Europe – 76600 Le Havre
Tél. +33 2 35 41 07 63

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""
add(kind="rejection", slug="seine_after_interview_thanks", company="Seine Estuaire Logistique",
    contact="c.lemonnier@seine-estuaire.example.fr", lang="fr",
    date="2026-03-03 11:02 +0100", thread="seine",
    frm=("Claire Lemonnier", "c.lemonnier@seine-estuaire.example.fr"),
    subject="Re: Merci pour l'entretien - Déclarant(e) en douane",
    subj_enc="iso-8859-1:Q",
    text=C.reply(new, "fr", "mer. 18 févr. 2026 à 20:10", Y[0], Y[1], old),
    cte="quoted-printable")

t = """Bonjour Yanis,

J'ai eu ce midi le retour de Golfe Terminaux concernant le poste d'assistant conformité douane.

Ils ont beaucoup apprécié votre sérieux, mais ils ont finalement privilégié un candidat déjà habilité OEA en interne chez un autre opérateur du port. Je sais que vous y teniez, je suis désolée.

De mon côté je garde votre dossier en haut de la pile : j'ai deux autres besoins en transit sur Fos qui devraient s'ouvrir d'ici mars, je vous appelle dès que j'en sais plus.

Belle fin de semaine,

Samia Belkacem
Consultante Transport & Logistique
Intérim Horizon Sud – Agence Marseille Joliette
04 91 56 23 40"""
add(kind="rejection", slug="horizon_relays_golfe_no", company="Golfe Terminaux",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-02-09 12:40 +0100", thread="horizon",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Retour de Golfe Terminaux",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour Yanis,

Encore merci d’être venu passer la journée avec l’équipe mardi dernier. Les déclarants ont apprécié votre curiosité et votre façon de poser les bonnes questions sur les régimes suspensifs.

Nous avons toutefois besoin, sur ce poste, de quelqu’un qui soit opérationnel immédiatement sur les déclarations en entrepôt sous douane, et c’est un point sur lequel l’écart nous a paru trop important pour l’instant. Nous ne retiendrons donc pas votre candidature.

Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone – n’hésitez pas à me proposer un créneau.

Bien à vous,

Mathilde Perrin
Responsable des ressources humaines
Rhône Commissionnaires – 14 quai Perrache, 69002 Lyon
Tél. : 04 78 37 20 15 – Mobile : 06 12 45 78 90
« Votre passage en douane, notre métier depuis 1958 »"""
add(kind="rejection", slug="rhone_after_trial_day", company="Rhône Commissionnaires",
    contact="mathilde.perrin@rhone-commissionnaires.example.fr", lang="fr",
    date="2026-05-19 17:48 +0200", thread="rhone",
    frm=("Perrin Mathilde", "mathilde.perrin@rhone-commissionnaires.example.fr"),
    frm_enc=None,
    subject="Suite à votre journée d’essai du 12 mai",
    subj_enc="utf-8:Q",
    text=t, html=C.outlook_html(C.mso(t)), charset="windows-1252", cte="quoted-printable",
    headers=[("X-MS-Has-Attach", "no"), ("Thread-Topic", "Suite a votre journee d'essai")])

t = """Bonjour,

Le poste de déclarant est pourvu depuis la semaine dernière. Désolé pour le délai de réponse.

Bonne continuation,
P.-A. Rossi
Transit Joliette"""
add(kind="rejection", slug="joliette_terse", company="Transit Joliette",
    contact="pa.rossi@transit-joliette.example.fr", lang="fr",
    date="2026-03-27 18:55 +0100",
    frm=("Paul-André Rossi", "pa.rossi@transit-joliette.example.fr"), frm_enc="iso-8859-1:Q",
    subject="Re: Candidature déclarant en douane", subj_enc="iso-8859-1:B",
    irt="<c1a7e.yhl.20260311@example.fr>",
    text=t, charset="iso-8859-1", cte="base64")

t = """Monsieur,

Vous avez présenté votre candidature au poste de chargé(e) de mission conformité des échanges (catégorie B, contractuel) ouvert par le Syndicat mixte portuaire de Caronte.

Le jury de sélection s'est réuni le 21 avril 2026. Nous avons le regret de vous faire savoir que votre candidature n'a pas été retenue pour la phase d'entretiens. Vous trouverez ci-joint le courrier officiel de notification.

Nous vous remercions de l'intérêt porté à notre établissement.

Pour le Président et par délégation,
Corinne Vidal
Responsable du pôle ressources humaines
Syndicat mixte portuaire de Caronte
Avenue du Port – 13500 Martigues"""
add(kind="rejection", slug="caronte_public_letter", company="Syndicat mixte portuaire de Caronte",
    contact="corinne.vidal@smp-caronte.example.fr", lang="fr",
    date="2026-04-24 09:12 +0200",
    frm=("Pôle RH – SMP Caronte", "rh@smp-caronte.example.fr"), frm_enc="utf-8:B",
    reply_to=("Corinne Vidal", "corinne.vidal@smp-caronte.example.fr"),
    subject="Notification – recrutement chargé(e) de mission conformité des échanges",
    text=t, cte="quoted-printable",
    pdf=("Notification_candidature_2026-117.pdf",
         ["Syndicat mixte portuaire de Caronte", "Pole ressources humaines", "",
          "Martigues, le 24 avril 2026", "", "Objet : votre candidature - ref. 2026-117", "",
          "Monsieur,", "Nous avons le regret de vous informer que votre candidature",
          "n'a pas ete retenue a l'issue de la phase de preselection.",
          "Veuillez agreer, Monsieur, nos salutations distinguees.", "", "C. Vidal"]))

t = """Bonjour Monsieur Haddad-Lefort,

Je reviens vers vous concernant le poste de gestionnaire conformité douane à Anvers.

Suite à la perte d'un client important ce mois-ci, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Le poste est mis en attente et nous ne poursuivrons pas le processus, y compris pour les candidats que nous avions déjà rencontrés. J'en suis navrée, d'autant que votre entretien s'était bien passé.

Si le poste devait rouvrir dans les prochains mois, je me permettrai de vous recontacter en priorité.

Bien à vous,

Véronique Claessens
HR Business Partner
Van Roost Expéditions
Noorderlaan 147 – 2030 Antwerpen
GSM +32 475 61 29 84"""
add(kind="rejection", slug="vanroost_put_on_hold", company="Van Roost Expéditions",
    contact="v.claessens@vanroost.example.be", lang="fr",
    date="2026-06-30 15:05 +0200", thread="vanroost",
    frm=("Véronique Claessens", "v.claessens@vanroost.example.be"), frm_enc="iso-8859-1:B",
    subject="Poste gestionnaire conformité douane – mise en attente",
    text=t, html=C.page(C.paras(t)), cte="base64")

t = """Bonjour Yanis,

Merci d'avoir postulé chez Bazaar Léman pour le poste de Coordinateur import & conformité.

Nous avons reçu de nombreuses candidatures de grande qualité. Après examen, nous avons décidé de poursuivre avec des candidats dont l'expérience correspond de plus près aux exigences du poste, notamment sur la gestion des certificats d'origine préférentielle en Suisse.

Nous vous souhaitons plein succès dans vos recherches.

Laure Dubuis
Responsable RH, Bazaar Léman
Rue du Rhône 52, 1204 Genève"""
add(kind="rejection", slug="bazaar_leman_bamboo", company="Bazaar Léman",
    contact="laure.dubuis@bazaarleman.example.ch", lang="fr",
    date="2026-04-16 10:20 +0200",
    frm=("Bazaar Léman via BambooHR", "no-reply@bamboohr.com"), frm_enc="iso-8859-1:Q",
    reply_to=("Laure Dubuis", "laure.dubuis@bazaarleman.example.ch"),
    subject="Votre candidature chez Bazaar Léman",
    subj_enc="iso-8859-1:Q",
    text=t, html=C.ats_card("Bazaar Léman", C.paras(t),
                            "Envoyé via BambooHR pour le compte de Bazaar Léman.",
                            color="#73a533"),
    cte="quoted-printable")

t = """Bonjour Yanis,

Je voulais vous informer personnellement de l'issue du recrutement pour le poste de Chargé(e) conformité import.

Une collaboratrice de notre équipe approvisionnement a postulé en interne la semaine dernière et sa candidature a été retenue : le poste est donc pourvu en interne et le processus externe s'arrête ici.

Merci pour les échanges très agréables que nous avons eus, et à bientôt peut-être sur une autre opportunité chez Maison Vaillard.

Sophie Bertin
Talent Acquisition – Maison Vaillard, Lyon"""
add(kind="rejection", slug="vaillard_filled_internally", company="Maison Vaillard",
    contact="sophie.bertin@maisonvaillard.example.fr", lang="fr",
    date="2026-03-16 14:33 +0100", thread="vaillard",
    frm=("Sophie Bertin via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sophie Bertin", "sophie.bertin@maisonvaillard.example.fr"),
    subject="Maison Vaillard – Chargé(e) conformité import",
    text=t, html=C.ats_card("Maison Vaillard", C.paras(t),
                            "Powered by Greenhouse", color="#3a3a3a"),
    cte="quoted-printable")

t = """Salut Yanis,

Bon, je vais pas tourner autour du pot : on a fait le point hier soir avec Sandrine et on part sur quelqu'un d'autre pour le poste de transitaire. Le gars a déjà fait cinq ans au bureau de douane de Bardonnex, ça a pesé lourd.

Franchement c'était serré, et j'ai bien aimé ta façon de parler du métier. Si tu passes par Genève un de ces jours, on boit un café quand même.

Bonne suite à toi,
Marco

--
Marco Rochat | Chef d'agence
Transports Salève | Chemin du Pont-du-Centenaire 109, 1228 Plan-les-Ouates
+41 22 794 18 30"""
add(kind="rejection", slug="saleve_casual_colleague", company="Transports Salève",
    contact="marco.rochat@transports-saleve.example.ch", lang="fr",
    date="2026-09-03 08:14 +0200", thread="saleve",
    frm=("Marco Rochat", "marco.rochat@transports-saleve.example.ch"),
    subject="Transitaire – le point",
    text=t, cte="8bit")

inv = """Madame Morel,

Pouvez-vous transmettre à M. Haddad-Lefort notre proposition d'entretien : mardi 7 juillet à 10h sur le site de Fos, bâtiment B, avec moi-même et le responsable QHSE ?

Merci,
Éric Santoni"""
t = """Bonjour Monsieur Haddad-Lefort,

Je reviens vers vous au sujet du poste d'assistant administration des ventes et douane.

La direction a revu son organisation à la suite du rapprochement avec notre maison mère et ce poste est supprimé : les formalités douanières seront désormais traitées par le service centralisé de Lyon. Nous ne pouvons donc pas poursuivre votre candidature, indépendamment de la qualité de votre profil, que M. Santoni avait relevée lors de votre échange.

Je vous prie de nous excuser pour ce revirement et vous souhaite bonne réussite.

Laetitia Morel
Assistante RH – Fos Vrac Manutention
Port de Fos, Darse 1 – 13270 Fos-sur-Mer
04 42 05 66 10

""" + C.outlook_block("fr", "Santoni Éric <e.santoni@fosvrac.example.fr>",
                      "mercredi 1 juillet 2026 08:47", "Morel Laetitia",
                      "Entretien M. Haddad-Lefort", inv)
add(kind="rejection", slug="fosvrac_role_cancelled", company="Fos Vrac Manutention",
    contact="laetitia.morel@fosvrac.example.fr", lang="fr",
    date="2026-07-15 11:26 +0200", thread="fosvrac",
    frm=("Laetitia Morel", "laetitia.morel@fosvrac.example.fr"),
    subject="Poste assistant ADV et douane",
    text=t, cte="quoted-printable")

t = """Bonjour Yanis,

Comme promis, je vous fais un retour sur la mission de déclarant export que je vous avais présentée pour l'un de nos clients commissionnaires de Villeurbanne.

Le client a choisi de ne pas donner suite à votre profil : il cherche finalement quelqu'un qui a déjà pratiqué le dédouanement des marchandises dangereuses. Ce n'est pas une question de motivation, la vôtre était claire.

Je reste à l'affût d'autres missions pour vous sur la région lyonnaise.

Thomas Giraud
Chargé de recrutement – Adequa Intérim Lyon Part-Dieu
04 72 60 14 33"""
add(kind="rejection", slug="adequa_unnamed_client", company="Adequa Intérim",
    contact="t.giraud@adequa-interim.example.fr", lang="fr",
    date="2026-06-11 16:02 +0200",
    frm=("Thomas Giraud – Adequa Intérim", "t.giraud@adequa-interim.example.fr"),
    frm_enc="utf-8:Q",
    subject="Mission déclarant export – retour client",
    subj_enc="utf-8:B",
    text=t, cte="quoted-printable")

apology = """Monsieur Arnaud,

Je suis vraiment confus pour ce matin : j'avais noté le rendez-vous à 10h30 et non 9h30, c'est entièrement ma faute. Je comprends que cela pose un problème ; si vous acceptez de me proposer un autre créneau, je me rendrai disponible à votre convenance.

Avec mes excuses renouvelées,
Yanis Haddad-Lefort"""
t = """Monsieur Haddad-Lefort,

J'ai bien reçu vos excuses et je ne doute pas de votre bonne foi.

Cependant, entre-temps, nous avons vu les deux autres candidats et nous avons arrêté notre choix sur l'un d'eux. Je ne vais donc pas vous proposer de nouvel entretien.

Je vous souhaite bonne chance pour la suite.

Jean-Philippe Arnaud
Gérant – Douanes Conseil Méditerranée
Commissionnaire agréé en douane
ZI du Caban – 13270 Fos-sur-Mer – 04 42 47 31 90

""" + C.outlook_block("fr", "Yanis Haddad-Lefort <yanis.hl@example.fr>",
                      "jeudi 23 avril 2026 11:30", "Jean-Philippe Arnaud",
                      "Entretien de ce matin – toutes mes excuses", apology)
add(kind="rejection", slug="dcm_after_missed", company="Douanes Conseil Méditerranée",
    contact="jp.arnaud@dcm-douane.example.fr", lang="fr",
    date="2026-04-28 16:20 +0200", thread="dcm",
    frm=("Jean-Philippe Arnaud", "jp.arnaud@dcm-douane.example.fr"),
    subject="RE: Entretien de ce matin – toutes mes excuses",
    subj_enc="utf-8:Q",
    text=t, html=C.outlook_html(C.mso(t)), cte="quoted-printable")

t = """Bonjour Yanis Haddad-Lefort,

Votre candidature pour l'offre 26-0319 « Agent de transit aérien export H/F » a été examinée.

Le poste a été attribué à un autre candidat ; votre dossier est donc clôturé.

Cet e-mail est généré automatiquement ; aucune réponse ne pourra être traitée.

Lyon Air Fret – Direction des ressources humaines
Aéroport Lyon-Saint Exupéry, Zone Fret, 69125 Colombier-Saugnieu"""
add(kind="rejection", slug="lyonairfret_taleo", company="Lyon Air Fret", contact="",
    lang="fr", date="2026-04-02 03:15 -0400",
    frm=("Lyon Air Fret", "lyonairfret@taleo.net"),
    subject="Offre 26-0319 - Agent de transit aérien export H/F",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text=t, cte="base64")

t = """Monsieur,

Nous faisons suite à votre participation à l'épreuve écrite du 28 mai 2026 dans le cadre du recrutement d'un-e spécialiste en commerce extérieur et contrôle des exportations.

Au terme de l'évaluation, le comité de sélection a décidé de ne pas retenir votre dossier pour l'étape suivante. Cette décision est définitive et ne peut faire l'objet d'un recours.

Nous vous remercions de votre engagement et vous adressons, Monsieur, nos salutations distinguées.

Valérie Chappuis
Responsable recrutement
Office cantonal du commerce extérieur
Rue de l'Hôtel-de-Ville 11 – 1204 Genève
T +41 22 546 72 10

AVERTISSEMENT : ce courriel et ses annexes peuvent contenir des informations confidentielles. S'ils ne vous sont pas destinés, veuillez en informer l'expéditeur et les supprimer. L'État ne répond pas de l'intégrité des messages transmis par Internet."""
add(kind="rejection", slug="occe_after_written_test", company="Office cantonal du commerce extérieur",
    contact="valerie.chappuis@occe.example.ch", lang="fr",
    date="2026-06-02 13:40 +0200", thread="occe",
    frm=("Chappuis Valérie (OCCE)", "valerie.chappuis@occe.example.ch"), frm_enc="utf-8:B",
    subject="Recrutement spécialiste commerce extérieur – résultat de l'épreuve écrite",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

# ============================================================================ English (8)

t = """Hi Yanis,

I wanted to reach out personally rather than let the system do it.

Our Trade Compliance Associate role in Geneva has been put on hold following a budget review, and we will not proceed with the hiring process for now. I know you had already spent time with Matthias and me, and I'm sorry we can't give you a better outcome.

If the headcount is re-approved later this year I'll let you know straight away.

Kind regards,
Priya Raman
Talent Acquisition Partner, Lémanis Trading"""
add(kind="rejection", slug="lemanis_on_hold", company="Lémanis Trading",
    contact="priya.raman@lemanis.example.ch", lang="en",
    date="2026-03-10 12:05 +0100", thread="lemanis",
    frm=("Priya Raman", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya.raman@lemanis.example.ch"),
    subject="Update on your application - Trade Compliance Associate",
    text=t, html=C.ats_card("Lémanis Trading", C.paras(t), "Sent with Lever", lang="en",
                            color="#222222"),
    cte="quoted-printable")

t = """Dear Yanis,

Thank you for taking part in the Kaaien Customs assessment day and for the effort you put into the case study.

Having reviewed the results from all participants, we regret to let you know that we will not be offering you the position of Junior Customs Broker. The panel felt other candidates demonstrated stronger command of tariff classification under time pressure.

We appreciate your interest in Kaaien Customs and wish you well.

The Kaaien Customs Recruitment Team"""
add(kind="rejection", slug="kaaien_after_assessment", company="Kaaien Customs", contact="",
    lang="en", date="2026-04-27 09:00 +0200", thread="kaaien",
    frm=("Kaaien Customs", "no-reply@smartrecruiters.com"),
    subject="Your application for Junior Customs Broker at Kaaien Customs",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Kaaien Customs", C.paras(t),
                            "This email was sent via SmartRecruiters. Please do not reply.",
                            lang="en", color="#e4572e"))

t = """Dear Yanis,

Thank you for your interest in the Export Documentation Specialist position at Scheldt Forwarding.

We have now completed our initial review. While your background in port logistics is relevant, we have decided to move forward with candidates whose experience more closely matches the requirements of this role, in particular hands-on work with the Belgian PLDA system.

We will keep your details on file and encourage you to apply for future openings that match your profile.

Best regards,
Eline Peeters
Talent Acquisition, Scheldt Forwarding
Antwerp, Belgium"""
add(kind="rejection", slug="scheldt_icims_closer_match", company="Scheldt Forwarding",
    contact="eline.peeters@scheldt-fwd.example.be", lang="en",
    date="2026-03-20 16:44 +0100", thread="scheldt",
    frm=("Scheldt Forwarding Careers", "scheldtforwarding@icims.com"),
    reply_to=("Eline Peeters", "eline.peeters@scheldt-fwd.example.be"),
    subject="Scheldt Forwarding - Export Documentation Specialist (Req 4471)",
    text=t, html=C.ats_card("Scheldt Forwarding", C.paras(t),
                            "Powered by iCIMS | Unsubscribe from job notifications",
                            lang="en", color="#005f73"))

old = """Hi Oliver,

Apologies again for the mix-up on Tuesday, my calendar had the call at 3pm Paris time and I was waiting on the wrong link. I'm still very keen on the Portwise role if they can find another slot.

Best,
Yanis"""
new = """Hi Yanis,

I spoke with Portwise this morning. They've reflected and decided to close the process with the two candidates they'd already met - they won't be arranging another conversation, I'm afraid. It's a shame because I think you'd have done well there.

Let's talk next week; I've got a couple of compliance briefs in Rotterdam and Antwerp coming in.

Cheers,
Oliver

Oliver Grant
Principal Consultant - Trade & Customs
Harbourline Search
+44 20 7946 0312"""
add(kind="rejection", slug="harbourline_relays_portwise", company="Portwise Compliance",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-05-06 10:31 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Re: Portwise - Tuesday",
    text=C.reply(new, "en", "Wed, 29 Apr 2026 at 18:02", Y[0], Y[1], old))

t = """Hi Yanis,

Thanks for your time last week. We're not going to take it further on our side - wanted to let you know rather than leave you hanging.

All the best,
Tom"""
add(kind="rejection", slug="northquay_terse", company="North Quay Agencies",
    contact="tom.verbeke@northquay.example.be", lang="en",
    date="2026-06-25 19:12 +0200", thread="northquay",
    frm=("Tom Verbeke", "tom.verbeke@northquay.example.be"),
    subject="Re: Thursday chat",
    text=t)

t = """Hi Yanis,

Thanks so much for applying to the Customs Data Analyst role at Tidewater Trade Tech. We really appreciate the time you took.

Unfortunately, we've decided not to move forward with your application at this time. We received a very high number of applications and had to make some difficult decisions.

We'd love to stay in touch - feel free to apply again for future roles.

Best,
The Tidewater Talent Team"""
add(kind="rejection", slug="tidewater_ashby", company="Tidewater Trade Tech", contact="",
    lang="en", date="2026-05-29 21:06 +0000", thread="tidewater",
    frm=("Tidewater Trade Tech Hiring Team", "no-reply@ashbyhq.com"),
    subject="Your application to Tidewater Trade Tech",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Tidewater Trade Tech", C.paras(t), "Sent via Ashby",
                            lang="en", color="#4338ca"))

old = """Dear Rebecca,

Many thanks to you and to Mr Okoro for this afternoon's interview. I particularly enjoyed the discussion on the post-Brexit transit flows between Antwerp and Felixstowe and how your team handles T1 declarations.

Please let me know if you need anything further from me.

Kind regards,
Yanis Haddad-Lefort"""
new = """Dear Yanis,

Thank you for your kind note, and for the thought you clearly put into preparing for the interview.

I'm sorry to tell you that the panel has decided to offer the Customs Compliance Officer position to another candidate, whose experience with UK import declarations was a closer fit for the immediate needs of the Antwerp desk. It was a close decision.

With best wishes for your search,

Rebecca Hale
Head of People, Albion Customs
Albion Customs Ltd, Antwerp Branch, Italiëlei 212, 2000 Antwerpen
+32 3 201 44 70

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Albion Customs Ltd is registered in England and Wales."""
add(kind="rejection", slug="albion_after_thank_you", company="Albion Customs",
    contact="rebecca.hale@albioncustoms.example.co.uk", lang="en",
    date="2026-07-24 09:47 +0100", thread="albion",
    frm=("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk"),
    subject="Re: Thank you - Customs Compliance Officer interview",
    text=C.reply(new, "en", "Wed, 15 Jul 2026 at 17:58", Y[0], Y[1], old),
    cte="quoted-printable")

t = """Hello Yanis,

Thank you for applying for the Import Coordinator vacancy at Greenlane Retail Europe.

We have reviewed your application carefully and, on this occasion, we will not be progressing it to the next stage.

This mailbox is not monitored.

Greenlane Retail Europe
People Team"""
add(kind="rejection", slug="greenlane_workable", company="Greenlane Retail Europe", contact="",
    lang="en", date="2026-08-19 11:30 +0100",
    frm=("Greenlane Retail Europe", "noreply@workablemail.com"),
    subject="Import Coordinator - Greenlane Retail Europe",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, cte="base64")

# ============================================================================ Spanish (4)

old = """Hola Lucía:

Te pido disculpas por lo de esta mañana. El móvil se quedó sin batería en el tren y no vi tus llamadas hasta mediodía. Sigo muy interesado en el puesto de técnico aduanero y, si es posible, me encantaría que buscáramos otro momento.

Un saludo,
Yanis"""
new = """Hola Yanis:

Gracias por escribir, entiendo que son cosas que pasan.

Te cuento con sinceridad: esta semana hemos cerrado el proceso con una persona que ya conocía nuestro sistema de despacho y ha podido incorporarse de inmediato, así que no vamos a reprogramar la llamada. Siento que haya terminado así.

Mucha suerte con la búsqueda.

Lucía Ferrer
Responsable de Personas
Aduanas Turia
Avda. del Puerto 301, 46024 València
Tel. 963 67 45 12"""
add(kind="rejection", slug="turia_after_missed_call", company="Aduanas Turia",
    contact="lucia.ferrer@aduanasturia.example.es", lang="es",
    date="2026-04-07 12:10 +0200", thread="turia",
    frm=("Lucía Ferrer", "lucia.ferrer@aduanasturia.example.es"), frm_enc="iso-8859-1:Q",
    subject="Re: Disculpas por la llamada de hoy", subj_enc="iso-8859-1:Q",
    text=C.reply(new, "es", "jue, 26 mar 2026 a las 13:10", Y[0], Y[1], old),
    charset="iso-8859-1", cte="quoted-printable")

t = """Hola Yanis:

Gracias por tu interés en el puesto de Técnico/a de Comercio Exterior en Kiosko Hogar.

Hemos revisado tu candidatura con atención y, en esta ocasión, no seguirá adelante en el proceso de selección.

Te deseamos mucho éxito en tu carrera profesional.

Equipo de Talento de Kiosko Hogar"""
add(kind="rejection", slug="kiosko_workable", company="Kiosko Hogar", contact="",
    lang="es", date="2026-02-19 10:05 +0100",
    frm=("Kiosko Hogar", "noreply@workablemail.com"),
    subject="Tu candidatura a Técnico/a de Comercio Exterior",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated")],
    html=C.ats_card("Kiosko Hogar", C.paras(t), "Enviado con Workable", lang="es",
                    color="#c0392b"))

t = """Estimado Yanis:

Te agradezco mucho que vinieras a conocernos el martes y el interés que mostraste por el departamento de documentación de Naviera Albufera.

Después de darle bastantes vueltas, nos vamos a ir con un perfil que ya tiene experiencia como consignatario en el puerto de Valencia. Tu candidatura no continúa, pero me quedo con tus datos por si en otoño abrimos la vacante de Sagunto.

Un abrazo y ánimo,

Javier Soler
Jefe de Documentación
Naviera Albufera
Muelle de Levante s/n – 46024 València
Tel. +34 961 02 38 77"""
add(kind="rejection", slug="albufera_soft_no", company="Naviera Albufera",
    contact="javier.soler@navieraalbufera.example.es", lang="es",
    date="2026-06-17 18:22 +0200", thread="albufera",
    frm=("Javier Soler", "javier.soler@navieraalbufera.example.es"),
    subject="Proceso de selección – Documentación",
    subj_enc="utf-8:B",
    text=t, charset="windows-1252", cte="base64")

t = """Hola Yanis:

Te escribo para darte el feedback de la empresa cliente para la que te presentamos al puesto de declarante de aduanas en Sagunto.

Han revisado los perfiles y no van a continuar con tu candidatura: buscan a alguien con el título de Representante Aduanero ya obtenido. Lo siento, sé que te hacía ilusión.

Seguimos en contacto; en Talent Portuario te tenemos en cuenta para las próximas vacantes.

Pablo Navarro
Consultor de selección | Talent Portuario
C/ de Joan Verdeguer 16, 46024 València | 960 11 82 45"""
add(kind="rejection", slug="talentportuario_unnamed_client", company="Talent Portuario",
    contact="pablo.navarro@talentportuario.example.es", lang="es",
    date="2026-05-05 13:48 +0200",
    frm=("Pablo Navarro", "pablo.navarro@talentportuario.example.es"),
    subject="Feedback del cliente – declarante de aduanas",
    text=t, html=C.page(C.paras(t), lang="es"), cte="quoted-printable")

# ============================================================================ German (4)

t = """Sehr geehrter Herr Haddad-Lefort,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Zoll und Außenwirtschaft (m/w/d) und das damit verbundene Interesse an der Nordlicht Reederei.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Daten werden gemäß den geltenden Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordlicht Reederei

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""
add(kind="rejection", slug="nordlicht_successfactors", company="Nordlicht Reederei",
    contact="", lang="de", date="2026-03-02 06:40 +0100", thread="nordlicht",
    frm=("Nordlicht Reederei Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung – Sachbearbeiter Zoll und Außenwirtschaft (m/w/d)",
    subj_enc="utf-8:B",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Nordlicht Reederei", C.paras(t), "SAP SuccessFactors",
                            lang="de", color="#0a3d62"),
    cte="base64")

t = """Hallo Herr Haddad-Lefort,

danke für das angenehme Gespräch vor zwei Wochen.

Wir möchten Sie darüber informieren, dass wir die Position Zolldeklarant (m/w/d) intern nachbesetzen konnten: Ein Kollege aus unserer Niederlassung in Bremen wechselt zum 1. Oktober nach Hamburg. Das externe Verfahren ist damit abgeschlossen.

Wir bedanken uns für Ihre Zeit und wünschen Ihnen alles Gute.

Viele Grüße
Henrike Vos
Personal, Zollberatung Altona"""
add(kind="rejection", slug="altona_filled_internally", company="Zollberatung Altona",
    contact="henrike.vos@zollberatung-altona.example.de", lang="de",
    date="2026-08-28 10:02 +0200", thread="altona",
    frm=("Zollberatung Altona", "noreply@softgarden.io"),
    reply_to=("Henrike Vos", "henrike.vos@zollberatung-altona.example.de"),
    subject="Ihre Bewerbung als Zolldeklarant (m/w/d)",
    text=t, cte="quoted-printable")

t = """Guten Tag Herr Haddad-Lefort,

ich habe heute Rückmeldung vom Elbe Container Terminal bekommen.

Man hat sich dort für einen Bewerber entschieden, der bereits im ATLAS-Verfahren zertifiziert ist. Für die Stelle im Zollbüro kommt es für Sie also leider nicht zum Zuge. Das Feedback zu Ihrem Auftreten im Gespräch war aber ausgesprochen positiv.

Ich melde mich, sobald ich etwas Passendes im Hafen habe.

Beste Grüße
Jens Möller
Personaldisponent
Hafenpersonal Nord
Reiherstieg 12, 21107 Hamburg
Tel. 040 328 44 19-0"""
add(kind="rejection", slug="hafenpersonal_relays_ect", company="Elbe Container Terminal",
    contact="jens.moeller@hafenpersonal-nord.example.de", lang="de",
    date="2026-06-05 15:25 +0200", thread="hafenpersonal",
    frm=("Jens Möller", "jens.moeller@hafenpersonal-nord.example.de"), frm_enc="iso-8859-1:Q",
    subject="Rückmeldung Elbe Container Terminal", subj_enc="iso-8859-1:Q",
    text=t, charset="iso-8859-1", cte="quoted-printable")

old = """Sehr geehrte Frau Brandt,

es tut mir sehr leid, dass ich den Videocall am Dienstag verpasst habe. Ich hatte eine falsche Zeitzone im Kalender. Wäre ein neuer Termin in dieser Woche möglich?

Mit freundlichen Grüßen
Yanis Haddad-Lefort"""
new = """Hallo Herr Haddad-Lefort,

danke für Ihre Nachricht. Wir haben uns inzwischen für jemand anderen entschieden.

Gruß
K. Brandt
Kontor Winterhude"""
add(kind="rejection", slug="kontor_terse_after_missed", company="Kontor Winterhude",
    contact="k.brandt@kontor-winterhude.example.de", lang="de",
    date="2026-09-22 08:03 +0200", thread="kontor",
    frm=("Katrin Brandt", "k.brandt@kontor-winterhude.example.de"),
    subject="AW: Verpasster Termin am Dienstag",
    text=C.reply(new, "de", "Mi., 16. Sept. 2026 um 07:40", Y[0], Y[1], old),
    cte="quoted-printable")
