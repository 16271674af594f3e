"""Rejections received by Hugo Marchetti-Diallo, written one by one (31 messages)."""

from __future__ import annotations

from msgs136_common import greenhouse, personio, smartrecruiters, taleo, teamtailor, workday

MESSAGES: list[dict] = []


def add(**fields: object) -> None:
    MESSAGES.append(fields)


# --------------------------------------------------------------------------- French

add(
    kind="rejection", slug="workday_facilia_after_video", company="Facilia Services", contact="", lang="fr",
    frm=("Facilia Services Talent Acquisition", "facilia@myworkday.com"),
    subject="Votre candidature – Gestionnaire technique de site (R-04417)",
    date="2026-02-16 16:42 +0000",
    html=workday("facilia", "Facilia Services", """
<p>Bonjour Hugo,</p>
<p>Merci encore pour le temps que vous avez consacré à nos échanges pour le poste de <b>Gestionnaire technique de site (R-04417)</b> à Bruxelles, et en particulier pour l'entretien vidéo du 3 février avec Madame Vandamme.</p>
<p>Après une comparaison attentive des candidatures, nous avons décidé de poursuivre avec des candidats dont l'expérience correspond plus étroitement aux exigences actuelles du poste, notamment en matière de pilotage de sous-traitants HVAC.</p>
<p>Cette décision n'enlève rien à la qualité de votre parcours. Votre profil reste visible dans notre vivier de talents et nous vous encourageons à consulter régulièrement <a href="https://facilia.wd3.myworkday.com/fr-BE/FaciliaCareers" style="color:#005cb9">nos offres d'emploi</a>.</p>
<p>Bien à vous,<br>L'équipe Talent Acquisition<br>Facilia Services</p>
""", """Facilia Services SA · Avenue de la Porte de Hal 41, 1060 Saint-Gilles · BCE 0647.118.203<br>
Ce message est envoyé automatiquement depuis notre plateforme de recrutement ; merci de ne pas y répondre.
<a href="https://facilia.wd3.myworkday.com/fr-BE/FaciliaCareers/privacy" style="color:#888888">Politique de confidentialité</a>"""),
    cte="qp",
)

add(
    kind="rejection", slug="clinique_saint_gery_after_interview", company="Clinique Saint-Géry", contact="nathalie.orban@stgery.example.be", lang="fr",
    frm=("Nathalie Orban", "nathalie.orban@stgery.example.be"),
    subject="Poste de responsable logistique – suite de la procédure",
    date="2026-03-10 11:05 +0100",
    charset="windows-1252", cte="8bit",
    body="""Monsieur Marchetti-Diallo,

Je reviens vers vous comme promis après l’entretien du 2 mars dernier pour le poste de responsable logistique (site d’Ixelles).

Nous avons rencontré cinq candidats et la commission a finalement retenu une personne qui coordonne déjà une équipe de brancardiers et de magasiniers dans un hôpital bruxellois. Votre candidature n’a donc pas été retenue cette fois-ci.

Je tiens à vous dire que votre connaissance du terrain – et votre regard très concret sur les flux de patients – a été remarquée par le Dr Claessens. N’hésitez pas à postuler à nouveau lorsque nous publierons un poste d’encadrement technique ; je garderai votre dossier à l’esprit.

Je vous souhaite plein succès dans vos démarches.

Nathalie Orban
Service du personnel
Clinique Saint-Géry
Rue du Collège 112 – 1050 Ixelles
T. 02 640 18 77
""",
)

add(
    kind="rejection", slug="cpas_speculative_none_open", company="CPAS de Rochefontaine", contact="personnel@cpas-rochefontaine.example.be", lang="fr",
    frm=("CPAS de Rochefontaine - Personnel", "personnel@cpas-rochefontaine.example.be"),
    subject="Votre candidature spontanée du 8 janvier 2026",
    date="2026-01-20 09:31 +0100",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Centre Public d'Action Sociale de Rochefontaine
Service du Personnel
Place communale 3 - 5570 Rochefontaine

N/Réf. : PERS/2026/0112
Concerne : candidature spontanée - agent technique

Monsieur,

Nous avons bien pris connaissance de votre candidature spontanée du 8 janvier 2026 pour une fonction d'agent technique au sein de nos services (maison de repos "Le Bon Air" et bâtiments administratifs).

Nous sommes au regret de vous informer qu'aucun emploi de ce type n'est actuellement vacant et qu'aucun recrutement n'est prévu à court terme. Conformément à notre règlement, les candidatures spontanées ne sont pas conservées dans une réserve de recrutement : nous ne pouvons donc pas donner suite à votre demande.

Les emplois vacants font l'objet d'un appel public publié sur le site de la commune et au Moniteur belge ; nous vous invitons à les consulter régulièrement.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Pour le Directeur général,
M. Wauthier
Responsable du service du Personnel

Pour toute question : personnel@cpas-rochefontaine.example.be - 084 31 22 40
""",
)

add(
    kind="rejection", slug="terse_iphone_chef_equipe", company="Delvaux-Renard", contact="m.delvaux@delvaux-renard.example.be", lang="fr",
    frm=("Marc Delvaux", "m.delvaux@delvaux-renard.example.be"),
    subject="Re: Candidature chef d'équipe maintenance",
    date="2026-01-23 07:12 +0100",
    irt="<B7E1C2A4-5F0D-4A8E-9C1B-6D22F0A1E3C9@example.be>",
    cte="8bit",
    body="""Bonjour, le poste est attribué, on ne retient pas votre candidature. Bonne continuation.

Envoyé de mon iPhone

> Le 19 janv. 2026 à 21:14, Hugo Marchetti-Diallo <hugo.md@example.be> a écrit :
>
> Monsieur Delvaux,
>
> Suite à votre annonce sur le panneau du chantier de Salzinnes, je me permets de vous adresser ma candidature pour le poste de chef d'équipe maintenance.
> Je suis actuellement brancardier au CHU et je termine une formation en gestion technique des bâtiments.
> Je reste disponible pour un entretien à votre convenance.
>
> Bien cordialement,
> Hugo Marchetti-Diallo
> 0478 55 21 06
""",
)

add(
    kind="rejection", slug="smartrecruiters_oreade_on_hold", company="Oréade Facility Management", contact="claire.vasseur@oreade-fm.example.fr", lang="fr",
    frm=("Oréade Facility Management", "noreply@smartrecruiters.com"),
    reply_to=("Claire Vasseur", "claire.vasseur@oreade-fm.example.fr"),
    subject="Responsable maintenance multisite – information sur votre candidature",
    date="2026-04-20 17:58 +0200",
    cte="base64",
    html=smartrecruiters("Oréade Facility Management", """
  <p>Bonjour Hugo,</p>
  <p>Je me permets de revenir vers vous concernant le poste de <strong>Responsable maintenance multisite</strong> basé à Lesquin, pour lequel nous nous sommes rencontrés le 9 avril.</p>
  <p>Suite à la réorganisation de nos contrats sur la métropole lilloise, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Le poste est mis en attente et nous ne poursuivrons pas le processus de sélection : nous ne donnerons donc pas suite à votre candidature pour cette offre.</p>
  <p>Je suis sincèrement désolée de cette issue, qui ne dépend pas de la qualité de votre parcours. Si un poste proche s'ouvre de nouveau, je me permettrai de vous recontacter directement.</p>
  <p>Bien cordialement,<br>Claire Vasseur<br>Chargée de recrutement – Oréade Facility Management</p>
""", "Oréade Facility Management SAS – 12 rue des Saules, 59810 Lesquin – RCS Lille Métropole 812 334 091", "hs83KdLq0p", "Gérer mes préférences de communication"),
)

add(
    kind="rejection", slug="batigest_filled_internally", company="Groupe Batigest", contact="s.lamarche@batigest.example.be", lang="fr",
    frm=("Sophie Lamarche", "s.lamarche@batigest.example.be"),
    subject="Gestionnaire de patrimoine immobilier - Liège",
    date="2026-05-05 14:20 +0200",
    cte="8bit",
    body="""Bonjour Monsieur Marchetti-Diallo,

Je vous remercie pour l'intérêt que vous portez au Groupe Batigest et pour votre candidature au poste de gestionnaire de patrimoine immobilier à Liège.

Je dois malheureusement vous informer que le poste a été pourvu en interne : un collègue de notre antenne de Seraing a souhaité rejoindre l'équipe liégeoise et sa candidature a été retenue. Le processus externe est donc clôturé.

Nous conservons votre CV et nous nous permettrons de vous recontacter si une opportunité correspondant à votre profil se présente.

Bien à vous,

Sophie Lamarche | Chargée de recrutement | Groupe Batigest
Quai de Rome 48 | 4000 Liège | +32 4 252 61 90
www.batigest.example.be
""",
)

add(
    kind="rejection", slug="agency_axiome_client_named", company="Maison de repos Les Tilleuls", contact="kevin.dumont@axiome-interim.example.be", lang="fr",
    frm=("Kevin Dumont - Axiome Intérim", "kevin.dumont@axiome-interim.example.be"),
    subject="Ton profil pour Les Tilleuls",
    date="2026-06-02 12:47 +0200",
    cte="qp",
    body="""Salut Hugo,

Petit retour rapide de la part des Tilleuls (la maison de repos à Jambes pour le poste d'ouvrier polyvalent/homme de maintenance).

Ils ont finalement choisi un candidat qui habite à deux rues et qui peut faire les gardes techniques de nuit sans problème. Donc ça ne passe pas pour cette fois, désolé !!

Franchement ton profil leur plaisait bien, mais la directrice voulait quelqu'un de disponible tout de suite. Je te tiens au courant dès que j'ai autre chose dans le coin de Namur, j'ai deux ou trois pistes dans le nettoyage industriel et la maintenance.

Bonne journée,
Kevin

Kevin Dumont
Consultant | Axiome Intérim Namur
Rue de Fer 27 - 5000 Namur
0471 20 33 86
""",
)

add(
    kind="rejection", slug="headhunter_hestia_client_unnamed", company="Hestia Search & Selection", contact="a.vanhove@hestia-search.example.be", lang="fr",
    frm=("Aurélie Van Hove", "a.vanhove@hestia-search.example.be"),
    subject="Mission Facility Coordinator – retour",
    date="2026-05-27 18:03 +0200",
    cte="qp",
    body="""Bonjour Hugo,

Merci d'avoir pris le temps de me rappeler après notre rendez-vous manqué du 12 mai, et pour notre échange du 15.

Comme je vous l'avais expliqué, je mène cette mission pour un acteur important de la gestion d'immeubles de bureaux à Bruxelles, qui souhaite rester confidentiel à ce stade. Après avoir présenté trois profils à mon client, je ne vais malheureusement pas pouvoir vous proposer pour l'étape suivante : le client a clairement exprimé une préférence pour des candidats ayant déjà géré un portefeuille de bâtiments tertiaires.

Je garde évidemment vos coordonnées : votre expérience hospitalière peut intéresser d'autres clients, notamment dans les soins de santé.

Belle soirée,

Aurélie Van Hove
Senior Consultant – Real Estate & Facilities
Hestia Search & Selection
Avenue Louise 231 – 1050 Bruxelles
+32 2 318 47 60 | www.hestia-search.example.be
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Bonjour Hugo,</p>
<p>Merci d'avoir pris le temps de me rappeler après notre rendez-vous manqué du 12 mai, et pour notre échange du 15.</p>
<p>Comme je vous l'avais expliqué, je mène cette mission pour un acteur important de la gestion d'immeubles de bureaux à Bruxelles, qui souhaite rester confidentiel à ce stade. Après avoir présenté trois profils à mon client, je ne vais malheureusement pas pouvoir vous proposer pour l'étape suivante : le client a clairement exprimé une préférence pour des candidats ayant déjà géré un portefeuille de bâtiments tertiaires.</p>
<p>Je garde évidemment vos coordonnées : votre expérience hospitalière peut intéresser d'autres clients, notamment dans les soins de santé.</p>
<p>Belle soirée,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;font-size:9pt;color:#555555">
<tr><td style="padding-right:12px;border-right:2px solid #b08d57"><img src="https://www.hestia-search.example.be/img/sig-logo.png" alt="Hestia Search &amp; Selection" width="72"></td>
<td style="padding-left:12px"><b style="color:#1f1f1f">Aurélie Van Hove</b><br>Senior Consultant – Real Estate &amp; Facilities<br>Hestia Search &amp; Selection<br>Avenue Louise 231 – 1050 Bruxelles<br>+32 2 318 47 60 | <a href="https://www.hestia-search.example.be" style="color:#b08d57">www.hestia-search.example.be</a></td></tr>
</table>
</body></html>
""",
)

add(
    kind="rejection", slug="syndic_reply_quotes_invite", company="Syndic Mosan", contact="g.collard@syndicmosan.example.be", lang="fr",
    frm=("Collard Gilles", "g.collard@syndicmosan.example.be"),
    subject="RE: Entretien demain 14h",
    date="2026-03-04 10:26 +0100",
    irt="<0b1e01dca7f2$9c1d4e50$d457eaf0$@example.be>",
    refs=["<AM9PR02MB7731C2E0F58E1A3B@AM9PR02MB7731.eurprd02.prod.outlook.com>", "<0b1e01dca7f2$9c1d4e50$d457eaf0$@example.be>"],
    charset="windows-1252", cte="qp",
    body="""Bonjour Monsieur,

Merci pour votre message et vos explications, je comprends que l’imprévu à l’hôpital ne vous a pas laissé le choix.

Entre-temps nous avons toutefois avancé avec un autre candidat, qui commencera le 1er avril comme concierge-technicien pour nos résidences de la Plante. Nous ne pourrons donc pas reprogrammer de rencontre ni poursuivre avec votre candidature.

Bonne continuation à vous.

Gilles Collard
Syndic Mosan – gestion de copropriétés
Boulevard d’Herbatte 12, 5000 Namur
081 22 64 19

De : Hugo Marchetti-Diallo <hugo.md@example.be>
Envoyé : jeudi 26 février 2026 08:41
À : Collard Gilles <g.collard@syndicmosan.example.be>
Objet : RE: Entretien demain 14h

Bonjour Monsieur Collard,

Je suis vraiment désolé pour hier : j’ai été rappelé en urgence au service et je n’ai pas pu vous prévenir à temps. Serait-il possible de convenir d’un autre moment ? Je suis libre toute la semaine prochaine après 15h.

Cordialement,
Hugo Marchetti-Diallo

De : Collard Gilles <g.collard@syndicmosan.example.be>
Envoyé : mardi 24 février 2026 17:50
À : Hugo Marchetti-Diallo <hugo.md@example.be>
Objet : Entretien demain 14h

Bonjour,

Nous avons le plaisir de vous inviter à un entretien pour le poste de concierge-technicien. Pouvez-vous passer demain mercredi à 14h à nos bureaux, boulevard d’Herbatte 12 ? Il faudra sonner au 1er étage.

Félicitations pour votre parcours, à demain.
G. Collard
""",
)

add(
    kind="rejection", slug="teamtailor_klyma_tutoiement", company="Klyma", contact="ines.haddad@klyma.example.be", lang="fr",
    frm=("Inès Haddad (Klyma)", "notifications@teamtailor-mail.com"),
    reply_to=("Inès Haddad", "ines.haddad@klyma.example.be"),
    subject="Ta candidature chez Klyma",
    date="2026-04-01 10:14 +0200",
    alt=True, cte="qp",
    html=teamtailor("Klyma", "#00a37a", """
<p>Hello Hugo,</p>
<p>Merci d'avoir pris le temps de discuter avec nous pour le rôle de <b>Building Operations Specialist</b>, et encore merci d'avoir accepté de refaire un créneau après le souci de connexion de l'autre jour.</p>
<p>On a beaucoup réfléchi et on a décidé de ne pas aller plus loin avec ta candidature. Pour ce poste, on cherche quelqu'un qui a déjà configuré des capteurs et des GTC (gestion technique centralisée) chez des clients, et ce n'est pas encore ton cas.</p>
<p>On garde ton profil sous le coude pour la suite : Klyma grandit vite et on ouvrira sûrement des postes plus orientés terrain d'ici la fin de l'année.</p>
<p>Bonne continuation et à bientôt peut-être !<br>Inès, Talent @ Klyma</p>
""", "careers.klyma.example.be", "kl-71acd0"),
)

add(
    kind="rejection", slug="universite_formal_jury", company="Université Mosane", contact="rh-recrutement@umosane.example.be", lang="fr",
    frm=("UMosane - Recrutement", "rh-recrutement@umosane.example.be"),
    subject="Réf. ATP-2026-031 – Technicien·ne des bâtiments – décision du jury",
    date="2026-06-15 15:37 +0200",
    charset="windows-1252", cte="qp",
    body="""Université Mosane
Administration des ressources humaines – Cellule recrutement
Rue de Bruxelles 61 – 5000 Namur

Namur, le 15 juin 2026

Réf. : ATP-2026-031 – Technicien·ne des bâtiments (Service du patrimoine immobilier)

Monsieur Marchetti-Diallo,

Le jury de sélection s’est réuni le 11 juin 2026 afin de délibérer sur les candidatures reçues pour la fonction citée en référence.

Au terme de l’épreuve orale à laquelle vous avez participé le 19 mai, le jury a établi un classement final. Nous avons le regret de vous informer que vous ne figurez pas parmi les lauréat·e·s retenu·e·s et que, par conséquent, votre candidature ne sera pas retenue pour cette fonction.

Conformément à la réglementation en vigueur, vous pouvez obtenir communication de la motivation du jury sur simple demande écrite, dans un délai de 30 jours.

Pour toute question, vous pouvez répondre à ce message ou contacter Mme Lejeune au 081 72 40 15.

Nous vous prions d’agréer, Monsieur, l’expression de nos salutations distinguées.

Pour la Cellule recrutement,
Anne-Catherine Lejeune
""",
)

add(
    kind="rejection", slug="after_phone_call_sentence_case", company="Entretien technique mosan", contact="laurent@etmosan.example.be", lang="fr",
    frm=("Laurent Piron", "laurent@etmosan.example.be"),
    subject="Suite à notre appel",
    date="2026-02-06 11:52 +0100",
    cte="8bit",
    body="""Bonjour Hugo,

Comme je vous l'ai dit au téléphone ce matin, nous ne poursuivons pas avec votre candidature pour le poste de technicien HVAC itinérant.

Pour que ce soit clair et par écrit : votre deuxième entretien s'est bien passé, mais il nous faut quelqu'un avec le certificat frigoriste (catégorie I) dès l'engagement, et la formation prendrait au minimum six mois. Si vous l'obtenez un jour, recontactez-moi sans hésiter.

Merci encore pour votre franchise et bonne chance pour la suite.

Laurent Piron
Entretien technique mosan
chaussée de Louvain 402 - 5020 Champion
""",
)

add(
    kind="rejection", slug="taleo_habitat_lillois", company="Habitat Lillois Gestion", contact="", lang="fr",
    frm=("Habitat Lillois Gestion - Recrutement", "hlgestion@taleo.net"),
    subject="Votre candidature au poste de Gardien-régisseur (réf. 2600418)",
    date="2026-07-06 08:00 +0200",
    charset="windows-1252", cte="qp",
    html=taleo("""
<P>Madame, Monsieur Hugo Marchetti-Diallo,</P>
<P>Nous vous remercions de l'intérêt que vous avez manifesté pour Habitat Lillois Gestion et pour le temps consacré à notre session de recrutement collectif.</P>
<P>Après étude approfondie de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de <B>Gardien-régisseur (réf. 2600418)</B> n'a pas été retenue.</P>
<P>Nous vous souhaitons pleine réussite dans vos recherches.</P>
<P>Cordialement,<BR>La Direction des Ressources Humaines<BR>Habitat Lillois Gestion</P>
""", "Habitat Lillois Gestion SAS – 27 boulevard de la Liberté – 59000 Lille. Merci de ne pas répondre à ce courriel.",
        "Ce courriel a été généré automatiquement par le système de recrutement d'Habitat Lillois Gestion."),
)

add(
    kind="rejection", slug="family_business_all_caps", company="Immobilière Degraeve & Fils", contact="secretariat@degraeve-fils.example.be", lang="fr",
    frm=("Immobiliere Degraeve & Fils", "secretariat@degraeve-fils.example.be"),
    subject="REPONSE CANDIDATURE",
    date="2026-08-24 09:02 +0200",
    cte="7bit",
    body="""Monsieur,

Nous accusons reception de votre courrier du 12 aout concernant la place de gestionnaire technique de nos immeubles a Charleroi et Gosselies.

Apres examen nous ne pouvons pas y donner une suite favorable, la place ayant ete reprise par notre fils cadet qui rentre dans l'entreprise en septembre.

Avec nos salutations,

Pour Immobiliere Degraeve & Fils
J-P. DEGRAEVE, gerant
Rue de Montigny 88 - 6000 Charleroi - tel 071 31 45 02
""",
)

add(
    kind="rejection", slug="successfactors_val_dalzette", company="Groupe Hospitalier Val-d'Alzette", contact="", lang="fr",
    frm=("Groupe Hospitalier Val-d'Alzette – Recrutement", "no-reply@successfactors.eu"),
    subject="Votre candidature : Technicien de maintenance biomédicale et bâtiment (H/F)",
    date="2026-09-07 13:15 +0200",
    alt=True, cte="qp",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333">
<tr><td style="background:#00857c;padding:14px 24px"><img src="https://career5.successfactors.eu/ghva/logo_white.png" alt="GHVA - Groupe Hospitalier Val-d'Alzette" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Monsieur Marchetti-Diallo,</p>
<p>Nous vous remercions pour votre candidature au poste de Technicien de maintenance biomédicale et bâtiment (H/F) – site d'Esch-sur-Alzette – ainsi que pour votre disponibilité tout au long du processus.</p>
<p>Nous regrettons de vous informer qu'après examen de l'ensemble des dossiers, nous avons retenu une autre candidature pour ce poste. L'entretien initialement prévu en juillet ayant dû être annulé de notre côté, nous tenons à préciser que cette décision repose uniquement sur l'adéquation des profils aux exigences du poste (habilitation électrique BR et expérience en dispositifs médicaux).</p>
<p>Vos données resteront enregistrées dans notre base pendant deux ans, sauf demande contraire de votre part via votre <a href="https://career5.successfactors.eu/career?company=ghva&amp;career_ns=profile" style="color:#00857c">espace candidat</a>.</p>
<p>Avec nos salutations distinguées,</p>
<p>Direction des Ressources Humaines<br>Groupe Hospitalier Val-d'Alzette</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;border-top:1px solid #ddd">Groupe Hospitalier Val-d'Alzette – établissement public – rue Émile Mark 4, L-4620 Differdange. Ce message est généré automatiquement, merci de ne pas y répondre.</td></tr>
</table>
<img src="https://career5.successfactors.eu/px/ghva/o.gif?m=88213" width="1" height="1" alt="">
</body></html>
""",
)

# --------------------------------------------------------------------------- English

add(
    kind="rejection", slug="greenhouse_more_closely_matches", company="Maasgebouw Services", contact="", lang="en",
    frm=("Maasgebouw Services via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="Your application to Maasgebouw Services",
    date="2026-03-12 14:09 +0100",
    cte="7bit",
    html=greenhouse("Maasgebouw Services", "https://s3.greenhouse-mail.io/logos/maasgebouw.png", """
<p>Dear Hugo,</p>
<p>Thank you for your interest in the <strong>Facility Coordinator (Randwyck campus)</strong> position at Maasgebouw Services, and for the time you invested in our process.</p>
<p>After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this role at this time.</p>
<p>We appreciate your interest in Maasgebouw and wish you every success in your search. Feel free to keep an eye on our <a href="https://boards.greenhouse.io/maasgebouwservices">careers page</a> for future openings.</p>
<p>Kind regards,<br>The Maasgebouw Services Talent Team</p>
""", "mgs-6b1f77c2"),
)

add(
    kind="rejection", slug="university_after_interview_gmail_chain", company="Maas University of Applied Sciences", contact="f.janssen@maas-uas.example.nl", lang="en",
    frm=("Femke Janssen", "f.janssen@maas-uas.example.nl"),
    subject="Re: Interview Building Services Technician",
    date="2026-05-22 16:31 +0200",
    irt="<CAJ8s1q2wX0p4Lm=Yt7n3fqR@mail.gmail.com>",
    refs=["<MA2P189MB0912E5A1@MA2P189MB0912.EURP189.PROD.OUTLOOK.COM>", "<CAJ8s1q2wX0p4Lm=Yt7n3fqR@mail.gmail.com>"],
    cte="qp",
    body="""Dear Hugo,

Thank you for your patience, and for coming all the way to Maastricht last week.

The panel was impressed by your hands-on attitude and by the way you described managing bed transfers during the night shifts. However, we have offered the position to a candidate who has several years of experience with the Dutch building regulations (Bouwbesluit) and the NEN 3140 safety standard, which will be essential from day one.

I'm sorry this isn't the news you were hoping for. I would genuinely encourage you to apply again once your Dutch is a bit further along - our Facilities department recruits technicians almost every year.

With kind regards,

Femke Janssen
HR Advisor | Facility Services
Maas University of Applied Sciences
Brusselseweg 150, 6217 HB Maastricht

The information in this e-mail is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message.

On Tue, 12 May 2026 at 09:14, Hugo Marchetti-Diallo <hugo.md@example.be> wrote:
> Dear Ms Janssen,
>
> Thank you very much for the invitation. Thursday 14 May at 10:30 suits me perfectly. I will bring a copy of my certificates.
>
> Best regards,
> Hugo
>
> On Mon, 11 May 2026 at 15:02, Femke Janssen <f.janssen@maas-uas.example.nl> wrote:
>> Dear Hugo,
>>
>> We are pleased to invite you to an interview for the position of Building Services Technician. The panel will consist of the head of Facilities and myself. Could you let me know whether Thursday 14 May at 10:30 works for you?
>>
>> Congratulations on reaching this stage!
>>
>> Femke
""",
)

add(
    kind="rejection", slug="founder_terse_iphone", company="Buildsense", contact="tom@buildsense.example.nl", lang="en",
    frm=("Tom Verhoeven", "tom@buildsense.example.nl"),
    subject="ops role",
    date="2026-09-15 19:47 +0200",
    cte="7bit",
    body="""Hi Hugo - we went with someone else for the ops role. Thanks for your time, really appreciated.

Tom

Sent from my iPhone
""",
)

add(
    kind="rejection", slug="lever_beaulieu_on_hold", company="Beaulieu Real Estate Management", contact="priya.raman@beaulieu-rem.example.be", lang="en",
    frm=("Beaulieu Real Estate Management", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya.raman@beaulieu-rem.example.be"),
    subject="Update on the Technical Property Manager role",
    date="2026-07-08 09:40 +0200",
    cte="qp",
    body="""Hi Hugo,

I wanted to let you know personally where things stand with the Technical Property Manager position.

Following a change in our portfolio strategy (two of the Brussels office buildings we manage are being sold), the position has been put on hold indefinitely and we will not be proceeding with any of the candidates currently in the process, including you. I know this comes after you took the time to meet Marc and me, and I'm sorry it ends this way.

If the role reopens, I will reach out to you first.

Best,
Priya

Priya Raman
Talent Partner, Beaulieu Real Estate Management
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222">
<p>Hi Hugo,</p>
<p>I wanted to let you know personally where things stand with the Technical Property Manager position.</p>
<p>Following a change in our portfolio strategy (two of the Brussels office buildings we manage are being sold), the position has been put on hold indefinitely and we will not be proceeding with any of the candidates currently in the process, including you. I know this comes after you took the time to meet Marc and me, and I'm sorry it ends this way.</p>
<p>If the role reopens, I will reach out to you first.</p>
<p>Best,<br>Priya</p>
<p style="color:#666;font-size:12px">Priya Raman<br>Talent Partner, Beaulieu Real Estate Management</p>
</div>
<div style="font-family:Arial,sans-serif;font-size:11px;color:#9a9a9a;margin-top:24px">Sent via <a href="https://hire.lever.co/redirect?e=beaulieu&amp;t=a81c" style="color:#9a9a9a">Lever</a> · <a href="https://hire.lever.co/candidate-privacy/beaulieu" style="color:#9a9a9a">Privacy</a></div>
<img src="https://hire.lever.co/email/open/a81c22b0.gif" width="1" height="1" alt="">
""",
)

add(
    kind="rejection", slug="workable_speculative_no_role", company="Luxprop Asset Services", contact="", lang="en",
    frm=("Luxprop Asset Services", "noreply@candidates.workablemail.com"),
    subject="Your open application - Luxprop Asset Services",
    date="2026-02-11 10:02 +0100",
    cte="base64",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f7f9;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e8ee;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#3d4852">
<tr><td style="padding:26px 30px 0 30px"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/luxprop/logo.png" alt="Luxprop" height="32"></td></tr>
<tr><td style="padding:20px 30px">
<p>Hello Hugo,</p>
<p>Many thanks for sending us an open application in January. We read it with interest.</p>
<p>At the moment we have no vacancy in our building operations team in Luxembourg-Kirchberg that fits your profile, and we do not keep open applications on file beyond the current quarter. We are therefore unable to take your application further.</p>
<p>Our vacancies are published on our <a href="https://apply.workable.com/luxprop/?utm_source=email" style="color:#1a73e8">careers page</a> as soon as they open.</p>
<p>All the best,<br>Luxprop Asset Services – People team</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#9aa5b1;border-top:1px solid #eef1f4">Sent by Workable on behalf of Luxprop Asset Services S.à r.l. · 9 rue Alphonse Weicker, L-2721 Luxembourg · <a href="https://apply.workable.com/luxprop/privacy" style="color:#9aa5b1">Privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://email.workable.com/o/eJx1kMFuwjAQRH8l2g.gif" width="1" height="1" alt="" />
</body></html>
""",
)

add(
    kind="rejection", slug="headhunter_client_named_after_absence", company="Northgate Facilities Luxembourg", contact="james.whitcombe@talentis-exec.example.lu", lang="en",
    frm=("James Whitcombe", "james.whitcombe@talentis-exec.example.lu"),
    subject="Northgate - decision",
    date="2026-10-19 12:20 +0200",
    cte="qp",
    body="""Hugo,

Thanks for your call on Friday and for explaining what happened on the 7th.

I passed your explanation on to Northgate Facilities Luxembourg, and I pushed for a second slot, but they have decided not to take your application further for the Site Services Supervisor role. They want to close the search this month and have two finalists they are happy with.

I'm sorry it didn't work out with them. I would still like to keep you on my radar for other facilities roles in Luxembourg - let's speak again in a few weeks.

Regards,
James

James Whitcombe | Principal Consultant | Talentis Executive
2 boulevard Royal, L-2449 Luxembourg | +352 26 48 71 09
Talentis Executive S.A. - RCS Luxembourg B 201 774
""",
)

add(
    kind="rejection", slug="icims_standard_before_interview", company="Northfield Property Partners", contact="", lang="en",
    frm=("Northfield Property Partners Talent Acquisition", "careers-noreply@talent.icims.com"),
    subject="Northfield Property Partners - Building Manager, Brussels (Req 2026-1184)",
    date="2026-06-26 22:15 +0100",
    cte="qp",
    html="""<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#1b1b1b">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:3px solid #7a1f2b;padding:12px 0"><img src="https://northfield.icims.com/images/nfpp_logo.gif" alt="Northfield Property Partners" width="180"></td></tr>
<tr><td style="padding:22px 0">
<p>Dear Hugo Marchetti-Diallo,</p>
<p>Thank you for applying for the Building Manager, Brussels position (Req 2026-1184).</p>
<p>We received a very strong response to this vacancy. Having reviewed your application against the requirements of the role, we regret to inform you that we will not be taking your application forward on this occasion.</p>
<p>We will retain your details in accordance with our privacy notice and may contact you about suitable roles in the future.</p>
<p>Yours sincerely,</p>
<p>Talent Acquisition<br>Northfield Property Partners</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:10px;color:#777;padding-top:10px;border-top:1px solid #ccc">Northfield Property Partners Ltd. Registered in England No 07734120. Registered office: 40 Gracechurch Street, London EC3V 0BT.<br>
<a href="https://northfield.icims.com/jobs/unsubscribe?t=ab77c1" style="color:#777">Unsubscribe from job notifications</a></td></tr>
</table>
<img src="https://northfield.icims.com/email/track/open/ab77c1.gif" height="1" width="1" alt="">
</body></html>
""",
)

add(
    kind="rejection", slug="taleo_after_assessment_centre", company="Caldwell & Rowe Facilities", contact="", lang="en",
    frm=("Caldwell & Rowe Facilities", "caldwellrowe@taleo.net"),
    subject="Assessment outcome - Site Engineer (Lille) - 2600781",
    date="2026-09-21 17:45 +0100",
    charset="windows-1252", cte="qp",
    html=taleo("""
<P>Dear Hugo,</P>
<P>Thank you for attending our assessment day at the Euralille site on 3 September and for the effort you put into the technical exercise and the panel interview.</P>
<P>We have now completed the assessment of all candidates. Unfortunately, on this occasion your scores did not reach the threshold required for us to make you an offer for the Site Engineer role (requisition 2600781).</P>
<P>If you would like feedback on your exercises, please contact your recruiter, Hannah Blake, at hannah.blake@caldwellrowe.example.com within the next 30 days.</P>
<P>We wish you every success in the future.</P>
<P>Kind regards,<BR>Resourcing Team<BR>Caldwell &amp; Rowe Facilities</P>
""", "Caldwell &amp; Rowe Facilities Ltd · Registered in England No 02618440 · 1 Kingsway, London WC2B 6AN.",
        "This is an automated message from the Caldwell &amp; Rowe recruitment system. Please do not reply to this e-mail."),
)

# --------------------------------------------------------------------------- German

add(
    kind="rejection", slug="personio_kappa_absage", company="Kappa Gebäudemanagement", contact="jobs@kappa-gm.example.de", lang="de",
    frm=("Kappa Gebäudemanagement GmbH", "no-reply@personio.de"),
    reply_to=("Kappa Gebäudemanagement Recruiting", "jobs@kappa-gm.example.de"),
    subject="Ihre Bewerbung als Objektleiter (m/w/d) in Aachen",
    date="2026-04-24 11:08 +0200",
    cte="qp",
    html=personio("Kappa Gebäudemanagement", """
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>vielen Dank für Ihr Interesse an der Position als Objektleiter (m/w/d) und für das angenehme Gespräch mit Frau Krämer und Herrn Oyelaran.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für einen anderen Bewerber entschieden haben, dessen Profil noch besser zu den Anforderungen der Stelle passt – insbesondere hinsichtlich der Erfahrung mit Reinigungs- und Winterdienstverträgen.</p>
<p>Wir wünschen Ihnen für Ihren weiteren Weg alles Gute. Bei Fragen antworten Sie gern direkt auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kappa Gebäudemanagement</p>
""", "Kappa Gebäudemanagement GmbH · Jülicher Straße 215 · 52070 Aachen · Geschäftsführer: Dirk Kappa, Sabine Thönnissen · Amtsgericht Aachen HRB 18842 · <a href=\"https://kappa-gm.jobs.personio.de/privacy-policy\" style=\"color:#8c8c8c\">Datenschutz</a>", "kp7q2x91"),
)

add(
    kind="rejection", slug="studierendenwerk_nach_gespraech", company="Studierendenwerk Aachen-Eifel", contact="m.hilgers@stw-aachen-eifel.example.de", lang="de",
    frm=("Hilgers, Monika", "m.hilgers@stw-aachen-eifel.example.de"),
    subject="Ihre Bewerbung - Hausmeister/in Wohnanlage Hörn (Kennziffer 14/2026)",
    date="2026-07-21 10:44 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

nochmals vielen Dank für Ihren Besuch am 9. Juli und das offene Gespräch über die Stelle als Hausmeister/in in unserer Wohnanlage Hörn.

Die Auswahlkommission hat sich inzwischen entschieden. Leider können wir Ihnen die Stelle nicht anbieten: Ausschlaggebend war für uns am Ende die abgeschlossene Ausbildung im Elektrohandwerk, die eine Mitbewerberin mitbringt und die für die Arbeiten in den Wohnheimen vorgeschrieben ist.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist von sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Monika Hilgers
Personalabteilung
Studierendenwerk Aachen-Eifel - Anstalt des öffentlichen Rechts
Turmstraße 3, 52072 Aachen
Tel. 0241 80 93 312
""",
)

add(
    kind="rejection", slug="startup_du_absage", company="Raumwerk", contact="jonas@raumwerk.example.de", lang="de",
    frm=("Jonas Becker", "jonas@raumwerk.example.de"),
    subject="Kurzes Update von uns",
    date="2026-06-05 18:22 +0200",
    cte="8bit",
    body="""Hey Hugo,

danke dir nochmal, dass wir den Call nach dem Durcheinander neulich nachholen konnten – hat Spaß gemacht.

Ich will dich nicht hängen lassen: Wir haben uns für jemanden entschieden, der schon einige Jahre Gebäudeleittechnik bei einem großen Betreiber gemacht hat. Für die Stelle als Customer Success Engineer brauchen wir das gerade leider wirklich ab Tag 1.

Wenn wir nächstes Jahr ein Field-Team in Belgien aufbauen, melde ich mich bei dir. Versprochen.

Viele Grüße
Jonas

--
Jonas Becker
Co-Founder, Raumwerk
Raumwerk Digital GmbH · Pontstraße 88 · 52062 Aachen
Geschäftsführer: Jonas Becker, Lea Stein · HRB 23817, Amtsgericht Aachen
""",
)

add(
    kind="rejection", slug="agency_flexwerk_mandant_unnamed", company="Flexwerk Personal", contact="t.schueller@flexwerk.example.de", lang="de",
    frm=("Tobias Schüller | Flexwerk Personal", "t.schueller@flexwerk.example.de"),
    subject="Ihre Bewerbung als Technischer Objektbetreuer",
    date="2026-09-09 08:57 +0200",
    charset="windows-1252", cte="8bit",
    body="""Guten Morgen Herr Marchetti-Diallo,

wie telefonisch kurz angekündigt, hier noch die schriftliche Rückmeldung zu der Position „Technischer Objektbetreuer (m/w/d)“, die wir im Auftrag eines mittelständischen Immobilienunternehmens aus dem Raum Aachen besetzen.

Unser Mandant hat sich nach Sichtung der vorgestellten Profile leider gegen eine Einladung entschieden. Gewünscht ist eine abgeschlossene Ausbildung als Anlagenmechaniker SHK, die wir bei Ihnen so nicht nachweisen können.

Ich bedauere das sehr – gerade nach dem Missverständnis beim Probearbeitstag hätte ich Ihnen eine zweite Chance gewünscht. Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße

Tobias Schüller
Personalberater
Flexwerk Personal GmbH
Theaterstraße 24 · 52062 Aachen
T +49 241 475 22-18
Geschäftsführerin: Petra Flecken · Amtsgericht Aachen HRB 9931
""",
)

add(
    kind="rejection", slug="softgarden_stelle_nicht_besetzt", company="Fachhochschule Aachen-Eifel", contact="", lang="de",
    frm=("Fachhochschule Aachen-Eifel", "noreply@softgarden.io"),
    subject="Ihre Bewerbung: Technische/r Mitarbeiter/in Gebäudemanagement (Kennziffer 2026-07)",
    date="2026-03-20 14:33 +0100",
    alt=True, cte="base64",
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="color:#2d2d2d;font-size:14px;line-height:21px">
<tr><td style="padding:24px 0 12px 0;border-bottom:2px solid #0069b4"><img src="https://fh-aachen-eifel.softgarden.io/assets/logo.png" alt="Fachhochschule Aachen-Eifel"></td></tr>
<tr><td style="padding:20px 0">
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>vielen Dank für Ihre Bewerbung auf die Stelle „Technische/r Mitarbeiter/in Gebäudemanagement“ (Kennziffer 2026-07).</p>
<p>Wir müssen Ihnen leider mitteilen, dass das Stellenbesetzungsverfahren eingestellt wurde. Aufgrund einer Haushaltssperre wird die Stelle nicht besetzt und auch nicht erneut ausgeschrieben. Ihre Bewerbung kann daher nicht weiter berücksichtigt werden.</p>
<p>Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Dezernat Personal<br>Fachhochschule Aachen-Eifel</p>
</td></tr>
<tr><td style="padding:12px 0;border-top:1px solid #ddd;font-size:11px;color:#888">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht. · <a href="https://fh-aachen-eifel.softgarden.io/de/privacy" style="color:#888">Datenschutzerklärung</a></td></tr>
</table></td></tr></table>
<img src="https://tracking.softgarden.io/open/5f2a90.png" width="1" height="1" alt="">
</body></html>
""",
)

# --------------------------------------------------------------------------- Spanish

add(
    kind="rejection", slug="smartrecruiters_servimant_es", company="Servimant Integral", contact="", lang="es",
    frm=("Servimant Integral", "noreply@smartrecruiters.com"),
    subject="Tu candidatura a Responsable de Mantenimiento – Luxemburgo",
    date="2026-05-20 12:30 +0200",
    cte="qp",
    html=smartrecruiters("Servimant Integral", """
  <p>Hola Hugo:</p>
  <p>Gracias por tu interés en Servimant Integral y por el tiempo que dedicaste a la entrevista por videollamada con nuestro equipo de Luxemburgo.</p>
  <p>Lamentamos comunicarte que, tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a lo que buscamos en este momento, sobre todo en cuanto a la gestión de contratos de limpieza hospitalaria.</p>
  <p>Guardaremos tu currículum en nuestra base de datos por si surge una vacante adecuada en Benelux.</p>
  <p>Un saludo cordial,<br>Equipo de Selección · Servimant Integral</p>
""", "Servimant Integral S.L. · Calle de Alcalá 265, 28027 Madrid · CIF B-84211937", "sv00Lq8e1", "Gestionar mis preferencias"),
)

add(
    kind="rejection", slug="agency_talento_cliente_nombrado", company="Edifica Iberia Group", contact="lucia.moreno@talentoiberica.example.com", lang="es",
    frm=("Lucía Moreno", "lucia.moreno@talentoiberica.example.com"),
    subject="Proceso Jefe de Mantenimiento (Bruselas) - resolución",
    date="2026-09-02 13:10 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Estimado Sr. Marchetti-Diallo:

Le escribo para informarle de la resolución del proceso de Jefe de Mantenimiento para la nueva sede de Edifica Iberia Group en Bruselas.

Tras la entrevista con el director de obra y la responsable de RR. HH. de Edifica Iberia Group, el cliente ha decidido no seguir adelante con su candidatura. Valoraron muy positivamente su experiencia hospitalaria y su francés, pero necesitan a una persona que haya dirigido equipos de mantenimiento de más de diez técnicos.

Le agradezco sinceramente su disponibilidad y su puntualidad durante todo el proceso. Si le parece bien, mantendré su perfil activo para futuras búsquedas en Bélgica y Luxemburgo.

Reciba un cordial saludo,

Lucía Moreno
Consultora Senior | Talento Ibérica Selección
Paseo de la Castellana 141, 28046 Madrid
+34 915 72 31 88
""",
)

add(
    kind="rejection", slug="terse_gmail_quote_misleading", company="Albarracín Benelux", contact="javier.sanz@albarracin-benelux.example.be", lang="es",
    frm=("Javier Sanz", "javier.sanz@albarracin-benelux.example.be"),
    subject="Re: Entrevista encargado de obra",
    date="2026-10-06 20:05 +0200",
    irt="<CAHm7vR0tq3Lp5sK2=dWx9e@mail.gmail.com>",
    refs=["<a1f4c7e2-9b3d-4e8a-b6f1-0c2d3e4f5a6b@albarracin-benelux.example.be>", "<CAHm7vR0tq3Lp5sK2=dWx9e@mail.gmail.com>"],
    cte="8bit",
    body="""Hola Hugo,

gracias por explicarlo, de verdad. Pero al final nos quedamos con otro perfil para la obra de Anderlecht. Suerte con todo.

Javi

El jue, 1 oct 2026 a las 7:48, Hugo Marchetti-Diallo (<hugo.md@example.be>) escribió:

> Hola Javier:
>
> Siento muchísimo no haber podido ir a la entrevista del miércoles. Tuve un problema familiar grave y no pude avisar a tiempo.
> Sigo muy interesado en el puesto. ¿Sería posible vernos otro día?
>
> Un saludo,
> Hugo
>
> El mié, 30 sept 2026 a las 11:15, Javier Sanz (<javier.sanz@albarracin-benelux.example.be>) escribió:
>
>> Hola Hugo, te estuvimos esperando a las 9:30 en la caseta de obra. ¿Ha pasado algo?
>> Te esperamos, la entrevista sigue en pie si puedes venir esta semana.
>> Javier
""",
)
