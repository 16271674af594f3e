"""Corpus 284, kind `other`: 52 hand-written messages (27 fr, 13 en, 5 de, 7 es).

Job-alert digests, newsletters, the candidate's own sent mail, auto-replies, notifications,
and everyday mail that uses interview/appointment/position words in another sense.
"""

from msgs284_common import CANDIDATE, forward_block, pdf

C_NAME, C_ADDR = CANDIDATE
CV = pdf("CV_Corentin_Abara-Le_Goff.pdf", "Corentin Abara-Le Goff",
         ["Technicien environnement - qualité des eaux et milieux littoraux",
          "06 71 42 18 95 - corentin.alg@example.fr - Vannes", "",
          "2014-2026 : ostréiculteur, exploitation familiale, golfe du Morbihan",
          "  suivi de salinité et de température, déclarations sanitaires, équipage",
          "2012-2014 : BTSA aquaculture, lycée de la mer", "",
          "Permis B, permis bateau côtier, CACES nacelle, SST",
          "Langues : français, anglais (C1), allemand (B1), espagnol (B2)"])
THUNDERBIRD = ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
                             "Thunderbird/128.6.0")

MESSAGES = [
    # ============================================================ fr
    dict(
        kind="other", slug="emploimer_alert_digest", lang="fr", company="", contact="",
        frm=("EmploiMer Alertes", "alertes@emploimer.example.fr"),
        subject="5 nouvelles offres pour « technicien environnement » autour de Vannes",
        subject_enc="q-utf-8", date="2026-02-17 06:30", parts="alt", shell="newsletter",
        cte="quoted-printable", shell_opts=dict(brand="EmploiMer – vos alertes emploi"),
        headers=[("List-Id", "EmploiMer alertes <alertes.emploimer.example.fr>"),
                 ("List-Unsubscribe", "<https://emploimer.example.fr/alertes/stop?u=88120&a=3>, "
                                      "<mailto:stop-alertes@emploimer.example.fr?subject=88120>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        body="""Bonjour Corentin, voici les offres publiées depuis hier pour votre alerte « technicien environnement – 50 km autour de Vannes ».

Technicien(ne) de rivière – Syndicat de bassin du Scorff (Lorient)
CDD 12 mois – candidatures jusqu'au 6 mars – entretiens prévus mi-mars
https://emploimer.example.fr/offre/214477

Préleveur / préleveuse eaux et rejets – laboratoire privé (Auray)
CDI – permis B exigé
https://emploimer.example.fr/offre/214502

Agent de surveillance du littoral – commune littorale (presqu'île de Rhuys)
Saisonnier avril-septembre
https://emploimer.example.fr/offre/214519

Technicien SPANC – communauté de communes (Questembert)
CDI – poste ouvert aux contractuels
https://emploimer.example.fr/offre/214533

Chargé(e) de mission zones conchylicoles – comité régional (Vannes)
CDD 18 mois – profil terrain apprécié
https://emploimer.example.fr/offre/214540

Conseil de la semaine : refusé sur une offre ? Relisez l'annonce avec les critères du recruteur avant de postuler à la suivante, et demandez un retour après chaque entretien.
https://emploimer.example.fr/conseils/apres-un-refus

Vous recevez cet e-mail car vous avez créé une alerte sur EmploiMer. Gérer mes alertes : https://emploimer.example.fr/alertes""",
    ),
    dict(
        kind="other", slug="lettre_eau_bretonne", lang="fr", company="", contact="",
        frm=("La Lettre de l'Eau bretonne", "lettre@eau-bretonne.example.fr"),
        subject="Lettre n° 58 – Rebondir après un refus, les métiers qui recrutent",
        date="2026-04-02 07:00", parts="alt", shell="newsletter", cte="base64",
        shell_opts=dict(brand="La Lettre de l'Eau bretonne", color="#1b4965"),
        headers=[("List-Id", "Lettre de l'Eau bretonne <lettre.eau-bretonne.example.fr>"),
                 ("List-Unsubscribe", "<https://eau-bretonne.example.fr/desinscription?id=c41a>"),
                 ("Precedence", "list")],
        body="""Édito : « On ne m'a pas retenu… et maintenant ? »
Trois techniciens racontent le refus qui les a fait changer de cap, et ce qu'ils ont demandé au jury après leur entretien. Leur conseil commun : ne jamais prendre une réponse négative comme un verdict sur soi.
https://eau-bretonne.example.fr/lettre/58/edito

Les métiers qui recrutent en 2026
Techniciens de rivière, préleveurs, agents d'exploitation de stations : les syndicats de bassin et les régies annoncent plus de 120 postes ouverts cette année en Bretagne.
https://eau-bretonne.example.fr/lettre/58/metiers

Agenda
Journée technique « Zones humides littorales », 21 avril, Quimper. Inscription obligatoire.
https://eau-bretonne.example.fr/agenda/zh-littorales

Vous êtes abonné(e) à la Lettre de l'Eau bretonne. Se désabonner : https://eau-bretonne.example.fr/desinscription""",
    ),
    dict(
        kind="other", slug="carriereouest_article", lang="fr", company="", contact="",
        frm=("CarrièreOuest", "redaction@carriereouest.example.fr"), name_enc="b-utf-8",
        subject="Les 7 questions qu'on vous posera en entretien (et comment y répondre)",
        date="2026-05-19 11:00", parts="html", shell="newsletter", cte="quoted-printable",
        shell_opts=dict(brand="CarrièreOuest · Le mag", color="#7b2d26"),
        headers=[("List-Id", "CarriereOuest le mag <mag.carriereouest.example.fr>"),
                 ("List-Unsubscribe", "<mailto:desabo@carriereouest.example.fr>")],
        body="""« Parlez-moi de vous »
Ne récitez pas votre CV : racontez en deux minutes le fil qui mène au poste. Pour une reconversion, c'est là que vous expliquez pourquoi vous changez de métier.
https://carriereouest.example.fr/mag/entretien-parlez-moi-de-vous

« Pourquoi devrions-nous vous choisir ? »
Trois preuves concrètes valent mieux que dix qualités. Les recruteurs retiennent les chiffres et les situations.
https://carriereouest.example.fr/mag/entretien-pourquoi-vous

« Quelles sont vos prétentions salariales ? »
Renseignez-vous sur les grilles du secteur avant l'entretien, surtout dans la fonction publique territoriale.
https://carriereouest.example.fr/mag/pretentions

Et si on vous annonce un refus ?
Demandez toujours un retour. Un « non » argumenté vous fera gagner le prochain entretien.
https://carriereouest.example.fr/mag/refus-retour""",
    ),
    dict(
        kind="other", slug="press_ouest_littoral_interview", lang="fr", company="",
        contact="morgane.ledantec@ouest-littoral.example.fr",
        frm=("Morgane Le Dantec", "morgane.ledantec@ouest-littoral.example.fr"),
        subject="Demande d'interview – reconversion des ostréiculteurs du Golfe",
        date="2026-03-04 10:12", cte="quoted-printable",
        body="""Bonjour Monsieur Abara-Le Goff,

Je suis journaliste à Ouest Littoral Hebdo et je prépare un dossier sur les ostréiculteurs du golfe du Morbihan qui quittent le métier après les épisodes de mortalité de ces dernières années. Votre nom m'a été donné par le comité conchylicole, qui m'a parlé de votre projet de reconversion vers les métiers de l'environnement.

Accepteriez-vous de m'accorder une interview d'une quarantaine de minutes, par téléphone ou sur votre chantier ? Je suis disponible la semaine prochaine, à votre convenance. Un photographe pourrait passer ensuite, si vous êtes d'accord.

Bien cordialement,
Morgane Le Dantec
Ouest Littoral Hebdo – rédaction de Vannes
06 45 21 87 60""",
    ),
    dict(
        kind="other", slug="emploimer_user_research", lang="fr", company="",
        contact="lucie.henaff@emploimer.example.fr",
        frm=("EmploiMer", "ne-pas-repondre@emploimer.example.fr"),
        reply_to=("Lucie Hénaff – UX EmploiMer", "lucie.henaff@emploimer.example.fr"),
        reply_to_enc="q-utf-8",
        subject="30 minutes pour nous aider à améliorer EmploiMer ? (bon d'achat de 20 €)",
        date="2026-06-09 14:00", parts="alt", shell="simple", cte="quoted-printable",
        body="""Bonjour Corentin,

Je m'appelle Lucie et je travaille sur l'expérience utilisateur d'EmploiMer. Nous cherchons des candidats en reconversion pour un entretien utilisateur de 30 minutes en visio : nous voudrions comprendre comment vous cherchez des offres, ce qui vous agace dans les alertes, et comment vous suivez vos candidatures.

Il ne s'agit pas d'un entretien d'embauche et il n'y a pas de bonne réponse ! En remerciement, vous recevrez un bon d'achat de 20 €.

Si vous êtes partant, choisissez un créneau ici : https://emploimer.example.fr/recherche-utilisateur/creneaux
ou répondez simplement à ce message.

Merci d'avance,
Lucie Hénaff
Designer UX, EmploiMer""",
    ),
    dict(
        kind="other", slug="colis_retarde", lang="fr", company="", contact="",
        frm=("ColisBreizh Express", "noreply@colisbreizh.example.fr"),
        subject="Votre colis 6A 448 019 7732 est retardé", subject_enc="q-utf-8",
        date="2026-03-27 08:44", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="ColisBreizh Express", color="#f39c12",
                        footer="Ne répondez pas à ce message. Suivi : "
                               "https://colisbreizh.example.fr/suivi"),
        body="""Bonjour,

Malheureusement, votre colis n° 6A 448 019 7732 (expéditeur : Nautic Équipement) n'a pas pu être livré à la date prévue en raison d'un incident sur notre plateforme de Saint-Avé.

Nouvelle date de livraison estimée : lundi 30 mars, entre 9 h et 13 h.
Position actuelle : centre de tri de Vannes.

Nous vous prions de nous excuser pour ce retard. Vous pouvez modifier votre livraison ou choisir un point relais sur https://colisbreizh.example.fr/suivi/6A4480197732

Le service client ColisBreizh""",
    ),
    dict(
        kind="other", slug="friend_own_rejection", lang="fr", company="",
        contact="tristan.lemoing@mel.example.fr",
        frm=("Tristan Le Moing", "tristan.lemoing@mel.example.fr"),
        subject="bon ben c'est non pour moi aussi", date="2026-04-11 22:36", cte="8bit",
        body="""Salut Coco,

Je viens de recevoir la réponse de la DDTM pour le poste de contrôleur des cultures marines : refusé. Ils ont pris un gars qui sortait de la fac, diplômé en gestion du littoral. Après deux entretiens et un test écrit, ça pique un peu.

Du coup je crois que je vais rester sur mes parcs encore un an et voir venir. Et toi, des nouvelles d'Eaux du Golfe ? Tu m'avais dit que l'entretien s'était bien passé.

On se voit au pardon de Larmor samedi ?

Tristan""",
    ),
    dict(
        kind="other", slug="own_eauxdugolfe_move_request", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr")],
        to_enc="q-utf-8",
        subject="Re: Invitation : entretien – Technicien(ne) qualité des eaux (réf. EDG-2026-04)",
        date="2026-02-25 07:48", cte="quoted-printable", headers=[THUNDERBIRD],
        quote=dict(of="eauxdugolfe_panel_invite", style="reply"),
        body="""Bonjour Madame Le Floc'h,

Je vous remercie pour cette invitation, qui me fait très plaisir.

Le jeudi 5 mars tombe malheureusement en plein coefficient 112 : c'est la seule marée du mois où je peux accéder à mes tables les plus basses, et je n'ai personne pour me remplacer cette semaine-là. Serait-il possible de décaler l'entretien au lundi 9 mars ou au mardi 10 mars, à l'heure qui vous conviendra ?

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Corentin Abara-Le Goff
06 71 42 18 95""",
    ),
    dict(
        kind="other", slug="own_eauxdugolfe_thanks", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr")],
        to_enc="b-utf-8",
        subject="Merci pour l'entretien de ce matin", date="2026-03-09 18:10",
        cte="8bit", headers=[THUNDERBIRD], parent="eauxdugolfe_moved_seq1",
        body="""Bonjour Madame Le Floc'h,

Je tenais à vous remercier, ainsi que M. Daniélo, pour l'entretien de ce matin et pour le temps que vous m'avez consacré.

La présentation du réseau de surveillance et des points de prélèvement sur la rivière de Noyalo m'a confirmé que ce poste correspond exactement à ce que je cherche. Je reste à votre disposition pour tout complément.

Bien cordialement,
Corentin Abara-Le Goff
06 71 42 18 95""",
    ),
    dict(
        kind="other", slug="own_eauxdugolfe_decline", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr")],
        to_enc="q-utf-8",
        subject="Re: Proposition d'embauche – Technicien(ne) qualité des eaux",
        date="2026-03-23 20:05", cte="quoted-printable", headers=[THUNDERBIRD],
        quote=dict(of="eauxdugolfe_offer_pdf", style="reply"),
        body="""Bonjour Madame Le Floc'h,

Je vous remercie très sincèrement pour votre proposition et pour la confiance du jury.

Après beaucoup d'hésitations, je ne vais pas pouvoir l'accepter : ma compagne a obtenu un poste à Cork, et nous avons décidé de partir pour l'Irlande dès le mois d'avril. C'est une décision de famille que je n'imaginais pas prendre aussi vite.

Je suis désolé de vous faire faux bond après tout le temps que vous m'avez consacré, et j'espère que le second candidat pourra rejoindre votre équipe.

Bien cordialement,
Corentin Abara-Le Goff""",
    ),
    dict(
        kind="other", slug="own_blavet_application", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Syndicat mixte du Blavet", "recrutement@smblavet.example.fr")],
        cc=[("Gwendal Rio", "gwendal.rio@smblavet.example.fr")],
        subject="Candidature – technicien(ne) milieux aquatiques (offre 2026-05)",
        date="2026-05-20 21:44", parts="alt", shell="simple", cte="quoted-printable",
        headers=[THUNDERBIRD], attach=[CV],
        body="""Madame, Monsieur,

Je vous adresse ma candidature au poste de technicien(ne) milieux aquatiques publié le 12 mai.

Ostréiculteur depuis douze ans dans le golfe du Morbihan, je connais de près la qualité des eaux estuariennes et les effets des apports des bassins versants sur les cultures marines. Je souhaite aujourd'hui mettre cette expérience de terrain au service de la restauration des cours d'eau.

Vous trouverez mon CV en pièce jointe. Je serais heureux de pouvoir vous exposer mes motivations lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Corentin Abara-Le Goff
06 71 42 18 95""",
    ),
    dict(
        kind="other", slug="own_marhalys_apology", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Gaëlle Tanguy", "g.tanguy@marhalys.example.fr")],
        to_enc="q-iso-8859-1",
        subject="Désolé pour ce matin", date="2026-03-12 12:40", cte="quoted-printable",
        headers=[THUNDERBIRD], quote=dict(of="marhalys_missed_call", style="reply"),
        body="""Bonjour Madame Tanguy,

Toutes mes excuses pour ce matin. J'étais sur le chaland pour relever des poches et le réseau ne passe pas au milieu de la rivière d'Auray ; je n'ai vu vos appels qu'en rentrant au port.

Je souhaite évidemment poursuivre. Je suis joignable tous les après-midi de la semaine prochaine, à terre cette fois.

Bien cordialement,
Corentin Abara-Le Goff""",
    ),
    dict(
        kind="other", slug="own_aquaterra_chaser", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Audrey Menez", "audrey.menez@aquaterra.example.com")],
        subject="Relance – candidature technicien d'exploitation eau potable (Quimper)",
        date="2026-09-29 09:02", cte="8bit", headers=[THUNDERBIRD],
        body="""Bonjour Madame Menez,

Je me permets de revenir vers vous au sujet de ma candidature au poste de technicien d'exploitation eau potable à Quimper.

Comme je vous l'avais expliqué le 15 septembre, une coupure de la fibre sur tout le quartier m'avait empêché de me connecter à l'entretien Teams, et M. Floc'h avait eu la gentillesse de me rappeler le lendemain. Depuis, je n'ai pas eu de nouvelles : pourriez-vous me dire où en est le recrutement ?

Je vous remercie par avance.

Bien cordialement,
Corentin Abara-Le Goff
06 71 42 18 95""",
    ),
    dict(
        kind="other", slug="kornog_cold_approach", lang="fr", company="",
        contact="yv.leberre@kornog-talents.example.fr",
        frm=("Yann-Vari Le Berre", "yv.leberre@kornog-talents.example.fr"),
        subject="Opportunité technicien hydromorphologie – Nantes",
        date="2026-04-06 09:15", parts="alt", shell="simple", cte="quoted-printable",
        body="""Bonjour Corentin,

Je suis consultant chez Kornog Talents, cabinet de recrutement spécialisé dans les métiers de l'eau et de l'environnement dans le Grand Ouest. Votre profil sur ProLien a retenu mon attention : un parcours d'ostréiculteur avec une vraie culture de la mesure sur le terrain, c'est rare.

J'accompagne en ce moment plusieurs bureaux d'études nantais qui cherchent des techniciens pour des suivis de cours d'eau. Seriez-vous ouvert à un échange téléphonique de quinze minutes pour en parler, sans engagement ?

Bien cordialement,
Yann-Vari Le Berre
Consultant associé – Kornog Talents
5 quai de Versailles, 44000 Nantes
06 33 84 12 07""",
    ),
    dict(
        kind="other", slug="banque_odet_rendezvous", lang="fr", company="",
        contact="claire.bothorel@banque-odet.example.fr",
        frm=("Claire Bothorel", "claire.bothorel@banque-odet.example.fr"),
        subject="Votre entretien annuel avec votre conseillère", date="2026-01-22 15:30",
        charset="windows-1252", cte="quoted-printable",
        body="""Bonjour Monsieur Abara-Le Goff,

Comme chaque début d’année, je vous propose un entretien annuel pour faire le point sur la situation de votre exploitation ostréicole et sur vos projets personnels.

Je vous ai réservé un rendez-vous le mardi 3 février à 17 h à l’agence de Vannes-Le Port. Si cet horaire ne vous convient pas, vous pouvez le déplacer depuis votre espace client ou en m’écrivant.

Nous pourrons notamment aborder le remboursement anticipé de votre prêt matériel et votre épargne de précaution, qui est à ce jour en position créditrice de 4 200 €.

Bien cordialement,
Claire Bothorel
Conseillère professionnels – Banque de l’Odet, agence de Vannes-Le Port
02 97 47 90 10""",
    ),
    dict(
        kind="other", slug="agence_immo_etat_des_lieux", lang="fr", company="",
        contact="gwenola.lebras@immo-portanna.example.fr",
        frm=("Gwenola Le Bras – Agence du Port-Anna", "gwenola.lebras@immo-portanna.example.fr"),
        name_enc="b-utf-8",
        subject="Annulation du rendez-vous d'état des lieux – report", date="2026-03-31 11:02",
        cte="8bit",
        body="""Monsieur Abara-Le Goff,

Nous sommes contraints d'annuler le rendez-vous d'état des lieux de sortie prévu le jeudi 2 avril à 10 h pour votre logement du 7 impasse des Goélands, mon collègue chargé des états des lieux étant souffrant.

Nous vous proposons de le reporter au vendredi 3 avril à 9 h 30. Merci de nous confirmer ce nouvel horaire. Pensez à relever la position des compteurs d'eau et d'électricité le jour même.

Cordialement,
Gwenola Le Bras, gestionnaire locative
Agence du Port-Anna – 3 quai Eric-Tabarly, 56000 Vannes""",
    ),
    dict(
        kind="other", slug="college_entretien_parents", lang="fr", company="",
        contact="",
        frm=("Collège Jean-Le Bayon – Vie scolaire", "ne-pas-repondre@college-lebayon.example.fr"),
        name_enc="q-utf-8",
        subject="Rencontres parents-professeurs : choisissez votre créneau d'entretien",
        date="2026-01-29 16:45", parts="html", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Collège Jean-Le Bayon – Vannes", color="#4a235a",
                        footer="Message envoyé via l'ENT du collège. Ne pas répondre."),
        body="""Madame, Monsieur,

Les rencontres parents-professeurs du 2e trimestre auront lieu le jeudi 12 février de 16 h 30 à 19 h 30.

Chaque entretien individuel avec un enseignant dure 10 minutes. Pour votre enfant Enora Abara-Le Goff (classe de 5e B), merci de réserver vos créneaux avant le 9 février depuis l'ENT, rubrique « Rendez-vous » :
https://ent.college-lebayon.example.fr/rdv

En cas d'empêchement, un entretien téléphonique peut être proposé par le professeur principal.

La vie scolaire""",
    ),
    dict(
        kind="other", slug="medirdv_rdv_annule", lang="fr", company="", contact="",
        frm=("MédiRDV", "no-reply@medirdv.example.fr"), name_enc="q-iso-8859-1",
        subject="Votre rendez-vous du 14 avril a été annulé", subject_enc="q-iso-8859-1",
        date="2026-04-09 18:21", charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin Abara-Le Goff,

Votre rendez-vous du mardi 14 avril à 8 h 45 avec le Dr Yves Le Gouguec (médecine générale, cabinet du Bondon, Vannes) a été annulé par le praticien.

Motif indiqué : absence imprévue du médecin.

Vous pouvez reprendre un rendez-vous à tout moment depuis l'application ou sur https://medirdv.example.fr/dr-le-gouguec

Ceci est un message automatique ; merci de ne pas y répondre.

L'équipe MédiRDV""",
    ),
    dict(
        kind="other", slug="ooo_maiwenn", lang="fr", company="",
        contact="m.lefloch@eauxdugolfe.example.fr",
        frm=("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr"), name_enc="b-utf-8",
        subject="Réponse automatique : Merci pour l'entretien de ce matin",
        date="2026-03-09 18:10", cte="quoted-printable", parent="own_eauxdugolfe_thanks",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Bonjour,

Je suis absente à partir du lundi 9 mars après-midi et jusqu'au lundi 16 mars inclus, sans accès à ma messagerie.

Pour toute question concernant les recrutements en cours (entretiens, candidatures, propositions d'embauche), merci de contacter le service RH au 02 97 46 30 00.

Votre message ne sera pas transféré.

Maïwenn Le Floc'h
Eaux du Golfe""",
    ),
    dict(
        kind="other", slug="prolien_notification", lang="fr", company="", contact="",
        frm=("ProLien", "notifications@prolien.example.com"),
        subject="Corentin, votre profil a été consulté par 4 recruteurs cette semaine",
        date="2026-05-25 05:15", parts="html", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="ProLien", color="#0a66c2",
                        footer="Se désabonner de ces notifications : "
                               "https://prolien.example.com/parametres/notifications"),
        headers=[("List-Unsubscribe", "<https://prolien.example.com/unsub/n/77ab21>")],
        body="""Votre semaine sur ProLien

4 recruteurs ont consulté votre profil, dont une personne de Kornog Talents.
Vous êtes apparu dans 23 recherches pour « technicien qualité de l'eau ».

Nouveaux postes qui pourraient vous intéresser :
Technicien de laboratoire – analyses d'eaux (Brest)
Agent d'exploitation eau potable (Lorient)
https://prolien.example.com/jobs/recommandations

Maëlle Robic a commenté : « Trois entretiens cette semaine, on ne lâche rien ! »

Voir toute l'activité : https://prolien.example.com/notifications""",
    ),
    dict(
        kind="other", slug="universite_licence_refus", lang="fr", company="",
        contact="",
        frm=("Université Bretagne Atlantique – Scolarité", "scolarite-noreply@uba.example.fr"),
        name_enc="q-utf-8",
        subject="Candidature en licence professionnelle GPEL – décision", date="2026-06-26 14:00",
        parts="alt", shell="simple", cte="base64",
        body="""Monsieur Abara-Le Goff,

La commission pédagogique de la licence professionnelle « Gestion et protection de l'environnement littoral » (parcours en alternance) a examiné votre dossier de candidature en reprise d'études.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée 2026, la capacité d'accueil étant atteinte. Vous êtes placé en position 6 sur la liste complémentaire ; en cas de désistement, vous serez contacté avant le 15 juillet.

Pour une validation des acquis de l'expérience (VAE), le service de formation continue peut vous recevoir en entretien conseil.

Le service de scolarité
Université Bretagne Atlantique""",
    ),
    dict(
        kind="other", slug="agence_emploi_rdv_conseiller", lang="fr", company="", contact="",
        frm=("Agence Emploi Bretagne Sud", "ne-pas-repondre@emploi-bretagnesud.example.fr"),
        subject="Convocation : rendez-vous avec votre conseiller le 10 février",
        date="2026-02-02 10:10", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Agence Emploi Bretagne Sud", color="#2c3e50",
                        footer="Message automatique. Pour nous écrire, utilisez votre espace "
                               "personnel."),
        body="""Bonjour Monsieur Abara-Le Goff,

Vous êtes convoqué à un entretien de suivi avec votre conseiller, M. Thierry Le Pen, le mardi 10 février 2026 à 14 h 15, à l'agence de Vannes-Ménimur.

Cet entretien portera sur votre projet de reconversion et sur la formation « technicien de mesure en environnement » que vous avez demandée.

Pensez à apporter votre CV à jour. En cas d'empêchement, prévenez-nous au moins 48 h à l'avance depuis votre espace personnel.

Votre agence Emploi Bretagne Sud""",
    ),
    dict(
        kind="other", slug="ais_position_chaland", lang="fr", company="", contact="",
        frm=("MarTrack Alertes", "alertes-noreply@martrack.example.com"),
        subject="Alerte position : KER AR MOR a quitté sa zone d'amarrage",
        date="2026-01-17 03:12", tz="utc", cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Alerte geofence - balise MT-2231

Navire : KER AR MOR (chaland ostreicole, 9,80 m)
Evenement : sortie de la zone "Mouillage Le Bono"
Position : 47 38.412 N / 002 56.870 W
Vitesse : 1.4 noeuds - cap 212
Heure : 17/01/2026 03:11 UTC

Si ce deplacement n'est pas normal, verifiez votre amarrage ou contactez le CROSS Etel (VHF 16).

Voir la position sur la carte : https://martrack.example.com/v/MT-2231

Desactiver cette alerte : https://martrack.example.com/alertes""",
    ),
    dict(
        kind="other", slug="coop_ostreicole_newsletter", lang="fr", company="", contact="",
        frm=("Coopérative ostréicole du Golfe", "infos@coop-golfe.example.fr"),
        name_enc="q-iso-8859-1",
        subject="Infos adhérents – avril 2026", date="2026-04-14 08:00",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("List-Id", "Infos adherents <adherents.coop-golfe.example.fr>"),
                 ("List-Unsubscribe", "<mailto:infos@coop-golfe.example.fr?subject=desinscription>"),
                 ("Precedence", "bulk")],
        body="""Chers adhérents,

OFFRE DU MOIS : poches ostréicoles maille 9 mm à prix coûtant jusqu'au 30 avril, commande au magasin de Larmor-Baden.

POSTES D'AMARRAGE : trois postes se libèrent au ponton du Logéo. Les demandes sont à déposer avant le 5 mai ; l'attribution se fera par tirage au sort en cas de candidatures multiples.

SANITAIRE : la zone 56.12 repasse en classement B. Pensez à mettre à jour vos registres.

ASSEMBLÉE GÉNÉRALE : vendredi 29 mai à 18 h, salle des fêtes de Baden.

Le bureau de la coopérative""",
    ),
    dict(
        kind="other", slug="friend_forward_job_ad", lang="fr", company="",
        contact="anaig.cadoret@mel.example.fr",
        frm=("Anaïg Cadoret", "anaig.cadoret@mel.example.fr"), name_enc="q-utf-8",
        subject="Fwd: Offre – technicien(ne) rivière – Syndicat du Goyen",
        date="2026-02-28 19:22", cte="quoted-printable",
        body="""Coucou Corentin,

Vu passer ça dans la liste de diffusion du réseau des techniciens de rivière. C'est à côté de chez mes parents, à Pont-Croix. Je ne sais pas si ça te tente d'aller jusqu'en Cornouaille, mais je te le fais suivre au cas où.

Bises,
Anaïg

""" + forward_block("fr", "2026-02-27 11:40", ("Réseau Techniciens Rivière", "liste@reseau-riviere.example.fr"),
                    ("Liste des techniciens", "techniciens@reseau-riviere.example.fr"),
                    "Offre – technicien(ne) rivière – Syndicat du Goyen", """Le Syndicat intercommunal du bassin du Goyen recrute un(e) technicien(ne) rivière (CDD 3 ans, catégorie B).

Missions : suivi des travaux de restauration de la continuité écologique, animation auprès des riverains, suivi qualité de l'eau.

Candidatures (CV + lettre) avant le 25 mars 2026. Entretiens prévus la semaine du 13 avril.

Contact : Mme la Présidente, Syndicat du Goyen, mairie de Pont-Croix."""),
    ),
    dict(
        kind="other", slug="mutuelle_demande_recue", lang="fr", company="", contact="",
        frm=("Mutuelle Armor Santé", "ne-pas-repondre@armor-sante.example.fr"),
        subject="Nous avons bien reçu votre demande de remboursement", date="2026-05-12 12:31",
        parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Mutuelle Armor Santé", color="#16a085",
                        footer="Mutuelle Armor Santé – régie par le Code de la mutualité"),
        body="""Bonjour Monsieur Abara-Le Goff,

Nous avons bien reçu votre demande de remboursement (facture optique du 4 mai 2026). Votre dossier n° R-2026-551802 est en cours de traitement ; le remboursement interviendra sous 5 jours ouvrés.

Votre situation change ? Découvrez notre offre « Nouvel emploi » : si vous rejoignez un employeur qui propose une complémentaire collective, nous vous accompagnons gratuitement dans la résiliation de votre contrat individuel.
https://armor-sante.example.fr/offre-nouvel-emploi

Votre espace adhérent : https://armor-sante.example.fr/espace

La Mutuelle Armor Santé""",
    ),
    dict(
        kind="other", slug="salon_emploi_maritime", lang="fr", company="", contact="",
        frm=("Salon de l'emploi maritime de Lorient", "contact@salon-emploi-mer.example.fr"),
        subject="J-7 : 40 recruteurs et des entretiens express au Salon de l'emploi maritime",
        date="2026-09-24 09:00", parts="alt", shell="newsletter", cte="quoted-printable",
        shell_opts=dict(brand="Salon de l'emploi maritime · Lorient 2026", color="#0b3954"),
        headers=[("List-Id", "Salon emploi maritime <visiteurs.salon-emploi-mer.example.fr>"),
                 ("List-Unsubscribe", "<https://salon-emploi-mer.example.fr/desinscription>"),
                 ("Precedence", "bulk")],
        body="""Jeudi 1er octobre, de 9 h à 17 h, Cité de la voile, Lorient
40 entreprises et collectivités de l'économie maritime, plus de 300 postes à pourvoir.
https://salon-emploi-mer.example.fr/programme

Entretiens express
Réservez dès maintenant des entretiens de 10 minutes avec les recruteurs présents : bureaux d'études, ports, laboratoires, chantiers navals.
https://salon-emploi-mer.example.fr/entretiens-express

Atelier « Reconversion vers les métiers de l'environnement »
11 h, salle Tabarly, avec des témoignages d'anciens marins-pêcheurs et conchyliculteurs.
https://salon-emploi-mer.example.fr/ateliers

Entrée gratuite, inscription conseillée.""",
    ),
    # ============================================================ en
    dict(
        kind="other", slug="greenjobs_digest", lang="en", company="", contact="",
        frm=("GreenJobs Ireland", "digest@greenjobs.example.ie"),
        subject="Your weekly jobs: 6 new environmental roles in Cork", date="2026-05-04 07:00",
        parts="alt", shell="newsletter", cte="quoted-printable",
        shell_opts=dict(brand="GreenJobs Ireland", color="#2e7d32"),
        headers=[("List-Id", "GreenJobs weekly <weekly.greenjobs.example.ie>"),
                 ("List-Unsubscribe", "<https://greenjobs.example.ie/u/5521ff>, "
                                      "<mailto:unsubscribe@greenjobs.example.ie>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        body="""Hi Corentin, here are this week's roles matching "environmental technician, Cork".

Water Quality Sampler – Ringaskiddy
Full-time, permanent. Interviews to be held late May.
https://greenjobs.example.ie/job/90412

Assistant Ecologist (seasonal) – Bantry
April to September contract.
https://greenjobs.example.ie/job/90433

Laboratory Analyst, Wastewater – Little Island
Shift work. Applications close 15 May.
https://greenjobs.example.ie/job/90451

Estuary Survey Technician – Youghal
12-month contract, boat experience an advantage.
https://greenjobs.example.ie/job/90460

Career corner: "I got rejected after the final interview – what now?" Our columnist on turning a no into feedback you can use.
https://greenjobs.example.ie/blog/after-final-interview-rejection

You're receiving this because you signed up for weekly job alerts. Manage preferences: https://greenjobs.example.ie/preferences""",
    ),
    dict(
        kind="other", slug="second_tide_newsletter", lang="en", company="", contact="",
        frm=("The Second Tide", "hello@secondtide.example.com"),
        subject="Issue #41: The rejection email that changed my career",
        date="2026-06-13 08:30", parts="html", shell="newsletter", cte="base64",
        shell_opts=dict(brand="The Second Tide – careers for people who left the sea",
                        color="#264653"),
        headers=[("List-Id", "The Second Tide <secondtide.example.com>"),
                 ("List-Unsubscribe", "<https://secondtide.example.com/unsubscribe?e=c0r3>"),
                 ("Precedence", "list")],
        body="""The rejection email that changed my career
"We regret to inform you that you have not been successful." Sound familiar? This week, a former trawler skipper explains how a flat no from a harbour authority pushed him to retrain as a hydrographic surveyor, and why he now thanks the panel that turned him down.
https://secondtide.example.com/p/the-rejection-email

Three things to do after an interview
Send a short thank-you, write down every question you were asked, and set a date to follow up.
https://secondtide.example.com/p/after-the-interview

Reader question
"A recruiter offered me a position but wants an answer in 24 hours. Is that normal?"
https://secondtide.example.com/p/pressure-offers

Thanks for reading. Forward this to someone who's thinking of coming ashore.""",
    ),
    dict(
        kind="other", slug="podcast_request", lang="en", company="",
        contact="ruairi@coastalcareers.example.ie",
        frm=("Ruairí Mac Carthaigh", "ruairi@coastalcareers.example.ie"), name_enc="b-utf-8",
        subject="Interview request – Coastal Careers podcast", date="2026-07-21 13:48",
        parts="alt", shell="simple", cte="quoted-printable",
        body="""Hi Corentin,

I host Coastal Careers, a small podcast about people who build a second working life around the sea. Niamh at the Atlantic Reef Trust mentioned you moved from oyster farming in Brittany to environmental work here in Cork, and I'd love to interview you for an episode.

It's a relaxed 45-minute conversation, recorded remotely or at our studio in the Marina Market. We'd talk about the farm, the decision to change, and what job hunting in a new country has been like, rejections included, if you're comfortable with that.

Would any evening in the next two weeks work?

Cheers,
Ruairí
Coastal Careers podcast""",
    ),
    dict(
        kind="other", slug="parcel_delayed", lang="en", company="", contact="",
        frm=("ShipSwift", "no-reply@shipswift.example.ie"),
        subject="Unfortunately, your parcel is delayed", date="2026-04-24 16:05",
        parts="alt", shell="card", cte="7bit",
        shell_opts=dict(brand="ShipSwift", color="#c0392b",
                        footer="This is an automated message. Track: https://shipswift.example.ie/t"),
        body="""Hi Corentin,

Unfortunately, your parcel SW-IE-2217094 from MarineSupply Direct is delayed due to a vehicle breakdown at our Cork depot.

New estimated delivery: Monday 27 April, 09:00-13:00
Current position: Cork depot, Little Island

We're sorry for the inconvenience. You can rearrange delivery or choose a collection point here: https://shipswift.example.ie/t/SW-IE-2217094

The ShipSwift team""",
    ),
    dict(
        kind="other", slug="own_loughmahon_thanks", lang="en", company="", contact="",
        frm=CANDIDATE, to=[("Dervla Hennessy", "dervla.hennessy@loughmahon.example.ie")],
        subject="Thank you – Environmental Technician interview", date="2026-05-12 17:30",
        cte="7bit", headers=[THUNDERBIRD], parent="loughmahon_interviewer_ill",
        body="""Dear Dervla,

Thank you for organising this morning's panel, and please pass my thanks to Brian and Orla as well. I enjoyed the scenario question on the licensed discharge point, and the tour of the lab afterwards.

I remain very interested in the role and happy to provide anything else you need.

Kind regards,
Corentin Abara-Le Goff
+353 87 310 4482""",
    ),
    dict(
        kind="other", slug="own_tidewater_application", lang="en", company="", contact="",
        frm=CANDIDATE, to=[("Róisín Daly", "roisin.daly@tidewater-ecology.example.ie")],
        to_enc="q-utf-8",
        subject="Application – Ecological Field Technician", date="2026-01-08 20:55",
        tz="cet", parts="alt", shell="simple", cte="quoted-printable",
        headers=[THUNDERBIRD], attach=[CV],
        body="""Dear Ms Daly,

I would like to apply for the Ecological Field Technician position advertised on your website.

I have spent twelve years running an oyster farm in the Gulf of Morbihan, in Brittany, where I carried out salinity and temperature monitoring and worked closely with the regional shellfish health service. I am planning to relocate to Cork this spring and would like to bring this field experience to ecological survey work.

My CV is attached. I would welcome the chance to discuss my application with you in an interview.

Yours sincerely,
Corentin Abara-Le Goff
+33 6 71 42 18 95""",
    ),
    dict(
        kind="other", slug="ooo_corkharbour", lang="en", company="",
        contact="f.barry@corkharbourlab.example.ie",
        frm=("Fionnuala Barry", "f.barry@corkharbourlab.example.ie"), name_enc="q-utf-8",
        subject="Automatic reply: Re: Offer of employment – Research Technician",
        date="2026-08-06 09:12", cte="quoted-printable", parent="corkharbour_offer_pdf",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Thank you for your email. I am on fieldwork in Bantry Bay until Monday 17 August with very limited signal.

For questions about the technician recruitment, contracts or start dates, please contact Sinéad Coughlan at s.coughlan@corkharbourlab.example.ie. For anything urgent relating to the depuration tanks, call the lab on 021 481 1290.

Fionnuala""",
    ),
    dict(
        kind="other", slug="prolink_notification_en", lang="en", company="", contact="",
        frm=("ProLien", "notifications@prolien.example.com"),
        subject="You have 3 new invitations and 12 new job matches",
        date="2026-08-30 06:40", parts="html", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="ProLien", color="#0a66c2",
                        footer="Unsubscribe: https://prolien.example.com/settings/email"),
        headers=[("List-Unsubscribe", "<https://prolien.example.com/unsub/n/91cc07>")],
        body="""Hi Corentin,

You have 3 pending connection invitations, including Gráinne Lynch (Survey Manager).

12 new jobs match your preferences:
Coastal Survey Technician – Cork
Shellfish Hatchery Assistant – Clonakilty
Environmental Compliance Officer – Carrigtwohill
https://prolien.example.com/jobs

Ciarán Walsh shared a post: "Congrats to all our candidates who landed interviews this month!"

See all notifications: https://prolien.example.com/notifications""",
    ),
    dict(
        kind="other", slug="msc_refusal", lang="en", company="", contact="",
        frm=("Postgraduate Admissions", "pgadmissions-noreply@mtc-cork.example.ie"),
        subject="Your application: MSc Coastal and Marine Environments (2026 intake)",
        date="2026-07-02 11:30", parts="alt", shell="simple", cte="quoted-printable",
        body="""Dear Corentin Abara-Le Goff,

Thank you for applying to the MSc in Coastal and Marine Environments at Munster Technological College for the September 2026 intake.

The programme received a very large number of applications this year. Unfortunately, we are unable to offer you a place on the programme. This decision reflects the competitiveness of the applicant pool and the limited number of places available.

You may wish to consider our Certificate in Environmental Monitoring (part-time, evenings), which still has places for January 2027.

Yours sincerely,
Postgraduate Admissions Office
Munster Technological College""",
    ),
    dict(
        kind="other", slug="friend_rejection_en", lang="en", company="",
        contact="sean.hurley@postbox.example.ie",
        frm=("Seán Hurley", "sean.hurley@postbox.example.ie"), name_enc="q-iso-8859-1",
        subject="well that's that", date="2026-06-18 23:02", cte="7bit",
        body="""Corentin,

Heard back from the Port Company. They rejected me after the second interview, said they'd gone with "a candidate with more direct harbour operations experience". Eight years on the ferries apparently doesn't count.

Anyway. How did your thing with Harbourline go in the end? And are we still on for sea swimming at Myrtleville Sunday?

Sean""",
    ),
    dict(
        kind="other", slug="emerald_cold_approach", lang="en", company="",
        contact="jessica.power@emeraldtalent.example.ie",
        frm=("Jessica Power", "jessica.power@emeraldtalent.example.ie"),
        subject="Aquaculture / environmental roles – open to a chat?", date="2026-05-28 10:44",
        parts="alt", shell="simple", cte="quoted-printable",
        body="""Hi Corentin,

I came across your profile and your background in oyster farming caught my eye. I recruit for aquaculture and environmental consultancies across Munster, and clients regularly ask for people who have actually worked on the water.

I don't have a specific role to put in front of you today, but I'd like to understand what you're looking for so I can keep you in mind. Would you be up for a quick call sometime next week?

Best,
Jessica Power
Principal Consultant, Emerald Talent Partners
+353 21 422 0913""",
    ),
    dict(
        kind="other", slug="letting_agent_tenant_interview", lang="en", company="",
        contact="aisling.murphy@harbourhomes.example.ie",
        frm=("Aisling Murphy - Harbour Homes", "aisling.murphy@harbourhomes.example.ie"),
        subject="Viewing and tenant interview – 14 Summerhill North", date="2026-03-25 15:17",
        cte="7bit",
        body="""Dear Corentin,

Thank you for your enquiry about the two-bed apartment at 14 Summerhill North.

The landlord would like to meet shortlisted applicants in person. We have booked you in for a viewing followed by a short tenant interview on Saturday 11 April at 12:30. Please bring photo ID, proof of employment or an offer letter, and a reference from your previous landlord.

If you can no longer attend, please let us know so we can offer the slot to someone else.

Kind regards,
Aisling Murphy
Lettings Negotiator, Harbour Homes Lettings
6 MacCurtain Street, Cork""",
    ),
    dict(
        kind="other", slug="bank_mortgage_appt_cancelled", lang="en", company="", contact="",
        frm=("Leeside Bank", "donotreply@leesidebank.example.ie"),
        subject="Your mortgage appointment has been cancelled", date="2026-09-10 12:02",
        parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Leeside Bank", color="#1a237e",
                        footer="Leeside Bank DAC is regulated by the Central Bank of Ireland."),
        body="""Dear Corentin,

Your appointment with a mortgage adviser on Tuesday 15 September at 16:00 at our Patrick Street branch has been cancelled, as your adviser is unavailable.

We're sorry for any inconvenience. To rebook, please use the app or call us on 021 455 0000. If you've recently changed employer, remember to bring your new contract and your last three payslips to your next appointment.

Leeside Bank""",
    ),
    # ============================================================ de
    dict(
        kind="other", slug="jobboerse_nord_digest", lang="de", company="", contact="",
        frm=("Jobbörse Nord", "jobagent@jobboerse-nord.example.de"), name_enc="q-utf-8",
        subject="Ihr Jobagent: 4 neue Stellen „Umwelttechniker“ in Kiel",
        date="2026-03-02 06:15", parts="alt", shell="newsletter", cte="quoted-printable",
        shell_opts=dict(brand="Jobbörse Nord – Ihr Jobagent", color="#8e44ad"),
        headers=[("List-Id", "Jobagent <jobagent.jobboerse-nord.example.de>"),
                 ("List-Unsubscribe", "<https://jobboerse-nord.example.de/jobagent/abmelden?id=a7731>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        body="""Umwelttechniker (m/w/d) Gewässerüberwachung – Kiel
Vollzeit, unbefristet. Vorstellungsgespräche ab April.
https://jobboerse-nord.example.de/stelle/331820

Probenehmer (m/w/d) Abwasser – Neumünster
Teilzeit möglich.
https://jobboerse-nord.example.de/stelle/331847

Laborant (m/w/d) Meerwasseranalytik – Kiel-Friedrichsort
Befristet auf 2 Jahre.
https://jobboerse-nord.example.de/stelle/331852

Techniker (m/w/d) Aquakultur – Büsum
Schichtdienst.
https://jobboerse-nord.example.de/stelle/331860

Ratgeber: Absage erhalten? So fragen Sie nach dem Vorstellungsgespräch richtig nach Feedback.
https://jobboerse-nord.example.de/ratgeber/absage-feedback

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.""",
    ),
    dict(
        kind="other", slug="own_foerde_thanks", lang="de", company="", contact="",
        frm=CANDIDATE, to=[("Jana Petersen", "j.petersen@foerde-umweltlabor.example.de")],
        subject="Vielen Dank für das Gespräch", date="2026-03-26 18:04",
        cte="quoted-printable", headers=[THUNDERBIRD], parent="foerde_personio_invite",
        body="""Sehr geehrte Frau Petersen,

vielen Dank für das freundliche Gespräch heute Vormittag und für die Führung durch die Probenannahme. Bitte richten Sie auch Herrn Dr. Brodersen meinen Dank aus.

Die Stelle als Umwelttechniker reizt mich nach unserem Termin noch mehr. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Corentin Abara-Le Goff""",
    ),
    dict(
        kind="other", slug="ooo_hauke", lang="de", company="",
        contact="hauke.thomsen@wv-ostufer.example.de",
        frm=("Hauke Thomsen", "hauke.thomsen@wv-ostufer.example.de"),
        subject="Automatische Antwort: Re: Unser Gespräch heute um 10:00 Uhr",
        subject_enc="q-iso-8859-1", date="2026-05-13 11:02",
        charset="iso-8859-1", cte="quoted-printable", parent="wvostufer_teams_waited",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Vielen Dank für Ihre Nachricht.

Ich bin heute ab 11 Uhr bis einschließlich Donnerstag, 14. Mai, im Außendienst und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0431 2399 100.

Anfragen zu laufenden Bewerbungsverfahren beantworte ich nach meiner Rückkehr.

Mit freundlichen Grüßen
Hauke Thomsen
Wasserverband Ostufer""",
    ),
    dict(
        kind="other", slug="vermieter_besichtigung_abgesagt", lang="de", company="",
        contact="k.rathje@rathje-immobilien.example.de",
        frm=("Katrin Rathje", "k.rathje@rathje-immobilien.example.de"),
        subject="Absage Besichtigungstermin Samstag – Holtenauer Straße 212",
        date="2026-03-19 17:40", cte="8bit",
        body="""Hallo Herr Abara-Le Goff,

leider muss ich den Besichtigungstermin am Samstag um 11 Uhr für die Zweizimmerwohnung in der Holtenauer Straße absagen: Der Vormieter zieht später aus als geplant, und die Wohnung ist derzeit nicht zugänglich.

Ich melde mich, sobald ich einen neuen Termin anbieten kann, voraussichtlich in zwei Wochen. Ihre Unterlagen (Selbstauskunft, Einkommensnachweis) liegen mir vor.

Freundliche Grüße
Katrin Rathje
Rathje Immobilien – Vermietung & Verwaltung
Knooper Weg 40, 24103 Kiel""",
    ),
    dict(
        kind="other", slug="sprachschule_kursabsage", lang="de", company="", contact="",
        frm=("Sprachschule Förde - Kursbüro", "kursbuero-noreply@sprachschule-foerde.example.de"),
        name_enc="b-iso-8859-1",
        subject="Ihre Anmeldung: Deutsch B2 Intensiv (Kurs 26-B2-04)", date="2026-02-11 09:20",
        parts="alt", shell="simple", cte="base64",
        body="""Sehr geehrter Herr Abara-Le Goff,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 Intensiv“ (26-B2-04, Beginn 2. März).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf Platz 3 der Warteliste.

Alternativ können wir Ihnen einen Platz im Abendkurs B2 (dienstags und donnerstags, 18:00–20:15 Uhr) ab 9. März anbieten. Bitte teilen Sie uns bis Freitag mit, ob Sie diese Alternative wünschen.

Mit freundlichen Grüßen
Ihr Kursbüro
Sprachschule Förde, Kiel""",
    ),
    # ============================================================ es
    dict(
        kind="other", slug="empleoverde_boletin", lang="es", company="", contact="",
        frm=("EmpleoVerde Cantabria", "boletin@empleoverde.example.es"),
        subject="Boletín semanal: 5 ofertas de medio ambiente en Cantabria",
        date="2026-04-27 08:00", parts="alt", shell="newsletter", cte="quoted-printable",
        shell_opts=dict(brand="EmpleoVerde Cantabria", color="#27ae60"),
        headers=[("List-Id", "Boletin EmpleoVerde <boletin.empleoverde.example.es>"),
                 ("List-Unsubscribe", "<https://empleoverde.example.es/baja?u=c-3317>, "
                                      "<mailto:baja@empleoverde.example.es>"),
                 ("Precedence", "bulk")],
        body="""Técnico/a de control de calidad del agua – Santander
Contrato indefinido. Entrevistas en mayo.
https://empleoverde.example.es/oferta/55102

Operario/a de depuradora – Camargo
Incorporación inmediata, a través de ETT.
https://empleoverde.example.es/oferta/55117

Técnico/a de acuarios – Santander
Jornada completa. Se valora experiencia en acuicultura.
https://empleoverde.example.es/oferta/55121

Vigilante de espacio natural – Liencres
Temporada de verano.
https://empleoverde.example.es/oferta/55140

Consejo de la semana: ¿te han rechazado tras la entrevista? Pide siempre una valoración; es la mejor preparación para la próxima.
https://empleoverde.example.es/blog/rechazo-entrevista

Recibes este boletín porque te suscribiste en EmpleoVerde Cantabria.""",
    ),
    dict(
        kind="other", slug="own_magdalena_thanks", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Íñigo Ruiz de la Peña", "inigo.ruiz@labmagdalena.example.es")],
        to_enc="q-iso-8859-1",
        subject="Gracias por la entrevista", date="2026-06-23 19:20",
        charset="iso-8859-1", cte="quoted-printable", headers=[THUNDERBIRD],
        parent="magdalena_presencial",
        body="""Hola Íñigo:

Muchas gracias por la entrevista de esta mañana y por enseñarme las salas de cultivo. Me gustó mucho ver cómo trabajáis con las larvas de almeja.

Sigo muy interesado en el puesto de técnico de acuarios. Si necesitáis cualquier otra información, aquí estoy.

Un saludo,
Corentin Abara-Le Goff""",
    ),
    dict(
        kind="other", slug="ooo_marta", lang="es", company="",
        contact="marta.ceballos@ecolitoral.example.es",
        frm=("Marta Ceballos", "marta.ceballos@ecolitoral.example.es"),
        subject="Respuesta automática: Re: Llamada sobre el puesto de técnico/a litoral",
        subject_enc="q-utf-8", date="2026-09-10 08:30", cte="quoted-printable",
        parent="ecolitoral_call_cancelled",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Hola:

Estoy fuera de la oficina hasta el lunes 14 de septiembre, sin acceso al correo.

Si tu mensaje es sobre un proceso de selección en curso (entrevistas, ofertas o candidaturas), te responderé a mi vuelta. Para temas urgentes puedes escribir a personas@ecolitoral.example.es.

Gracias,
Marta Ceballos
EcoLitoral Cantabria""",
    ),
    dict(
        kind="other", slug="amigo_rechazo", lang="es", company="",
        contact="pablo.cobo@correo.example.es",
        frm=("Pablo Cobo", "pablo.cobo@correo.example.es"),
        subject="me han dicho que no", date="2026-05-16 21:10", cte="8bit",
        body="""Hola, Corentin:

Te cuento: al final el Puerto de Santander me ha rechazado para lo de técnico de medio ambiente. Me llamaron ayer y me dijeron que habían elegido a alguien con más experiencia en gestión de residuos. Después de tres entrevistas, ya ves.

Bueno, no pasa nada, sigo con las mareas y el chiringuito este verano. ¿Y lo tuyo con el Consorcio? Cuéntame, que me dijiste que la entrevista fue bien.

¿Una caña el jueves en Puertochico?

Pablo""",
    ),
    dict(
        kind="other", slug="banco_cita_cancelada", lang="es", company="", contact="",
        frm=("Banco del Cantábrico", "no-responder@bancocantabrico.example.es"),
        subject="Su cita en oficina ha sido cancelada", date="2026-06-05 13:44",
        parts="html", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Banco del Cantábrico", color="#b71c1c",
                        footer="Este es un mensaje automático. No responda a este correo."),
        body="""Estimado cliente:

Le informamos de que su cita del martes 9 de junio a las 10:30 en la oficina de Paseo de Pereda, para la apertura de cuenta de no residente, ha sido cancelada por ausencia de su gestor.

Puede solicitar una nueva cita desde la aplicación o en https://bancocantabrico.example.es/citas

Recuerde traer su NIE, su pasaporte y, si dispone de él, su contrato de trabajo o la oferta de empleo firmada.

Banco del Cantábrico""",
    ),
    dict(
        kind="other", slug="master_no_admitido", lang="es", company="", contact="",
        frm=("Secretaría de Posgrado", "posgrado-noreply@ucantabrica.example.es"),
        name_enc="q-utf-8",
        subject="Resolución de admisión – Máster en Gestión Integrada de Zonas Costeras",
        subject_enc="b-utf-8", date="2026-07-17 12:00", charset="windows-1252",
        cte="quoted-printable",
        body="""Estimado/a solicitante:

Le comunicamos que, una vez baremadas las solicitudes de preinscripción al Máster Universitario en Gestión Integrada de Zonas Costeras para el curso 2026-2027, su solicitud ha resultado NO ADMITIDA por no alcanzar la puntuación mínima en el apartado de formación previa.

Contra esta resolución podrá presentar reclamación ante la Comisión Académica del Máster en el plazo de diez días hábiles.

Secretaría de Posgrado – Universidad Cantábrica del Mar""",
    ),
    dict(
        kind="other", slug="radio_entrevista", lang="es", company="",
        contact="itziar.gomez@ondapas.example.es",
        frm=("Itziar Gómez – Onda Pas Radio", "itziar.gomez@ondapas.example.es"),
        name_enc="b-utf-8",
        subject="¿Te hacemos una entrevista en el programa «Mar adentro»?",
        subject_enc="q-utf-8", date="2026-08-20 11:25", parts="alt", shell="simple",
        cte="quoted-printable",
        body="""Hola, Corentin:

Soy Itziar, productora de «Mar adentro», el magacín de los sábados en Onda Pas Radio. Pablo Cobo nos habló de ti: un ostricultor bretón que ha venido a buscar trabajo en el medio ambiente de Cantabria. ¡Nos encantaría entrevistarte en directo!

Sería una charla de unos 15 minutos sobre la ostricultura en Bretaña, las diferencias con las bateas de aquí y tu búsqueda de empleo. Grabamos en nuestro estudio de la calle Burgos o por teléfono.

¿Te vendría bien el sábado 5 de septiembre a las 11:30?

Un abrazo,
Itziar Gómez
Producción – Onda Pas Radio""",
    ),
]
