"""Corpus 192: rejections. Each dict is one hand-written message; no sentence pattern twice."""

from __future__ import annotations

from msgs192_common import ME, ats_card, mso, outlook_html, paras, quote, wrote

REJ = "rejection"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ French

add(dict(
    kind=REJ, slug="saleve_after_missed_call", lang="fr", key="sal_rej", parent="sal_sorry",
    quote="gt",
    company="Assurances Salève", contact="nadia.berset@assurances-saleve.example.ch",
    date="2026-02-05 11:08",
    frm="Nadia Berset <nadia.berset@assurances-saleve.example.ch>",
    subject="Re: Notre entretien téléphonique de ce matin",
    text="""Bonjour Madame Achour-Lindgren,

Merci pour votre message et vos explications ; j'espère que votre cliente va mieux.

Entre-temps, le processus a avancé avec les personnes que nous avions déjà rencontrées et
le poste de cheffe d'équipe Service clientèle vient d'être attribué. Je ne suis donc plus
en mesure de vous proposer un nouveau créneau.

Je vous remercie de l'intérêt porté à Assurances Salève et vous souhaite plein succès pour
la suite de votre reconversion.

Meilleures salutations

Nadia Berset
Talent Acquisition Partner
Assurances Salève
Route de Saint-Julien 112, 1228 Plan-les-Ouates
+41 22 555 40 18
""",
))

add(dict(
    kind=REJ, slug="agency_relays_bank_no", lang="fr", key="li_rej", parent="li_move",
    quote="outlook",
    company="Banque Rhône-Arve", contact="j.mottier@leman-interim.example.ch",
    date="2026-02-09 10:02",
    frm="Julien Mottier <j.mottier@leman-interim.example.ch>",
    subject="RE: Entretien chez notre client Banque Rhône-Arve – mercredi 28 janvier",
    cte="quoted-printable",
    text="""Bonjour Séverine,

J'ai eu ce matin le retour de Mme Rochat. La Banque Rhône-Arve a beaucoup apprécié votre
énergie et votre manière de parler des clients, mais elle a finalement choisi une
candidate qui a déjà encadré une équipe dans un centre d'appels bancaire. Vous étiez dans
les deux dernières, ce qui rend la nouvelle d'autant plus frustrante, je le sais.

Je garde votre dossier actif chez nous et je vous appelle dès qu'une mission proche se
présente – j'ai déjà une piste dans le commerce de détail.

Belle journée malgré tout,

Julien Mottier
Consultant senior – Tertiaire & Relation client
Léman Intérim SA
Rue du Rhône 88, 1204 Genève
+41 22 555 86 14
""",
))

_VAU_TEXT = """Madame,

Nous revenons vers vous au sujet de votre candidature spontanée de janvier.

Le poste de responsable d'équipe au service après-vente dont nous vous avions parlé a été
pourvu en interne : une collaboratrice de notre atelier de Neuchâtel, qui connaît nos
calibres depuis quinze ans, a été promue à cette fonction.

Votre profil, qui allie sens du contact et organisation, a retenu notre attention et nous
conservons votre dossier pour une durée de douze mois, avec votre accord.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Isabelle Jeanneret
Responsable des ressources humaines
Montres Vauseyon SA
Rue des Parcs 150, 2000 Neuchâtel
"""

add(dict(
    kind=REJ, slug="vauseyon_filled_internally_html", lang="fr", key="vau_rej",
    parent="vau_ack",
    company="Montres Vauseyon", contact="isabelle.jeanneret@vauseyon.example.ch",
    date="2026-02-02 15:30",
    frm="Isabelle Jeanneret <isabelle.jeanneret@vauseyon.example.ch>",
    subject="Votre candidature spontanée – service après-vente",
    html=outlook_html(mso(_VAU_TEXT)), cte="quoted-printable",
))

_COR_REJ = """Bonjour Séverine,

Nous vous remercions pour le temps que vous avez consacré à nos entretiens pour le poste
de Cheffe d'équipe Service clients.

Après avoir rencontré plusieurs personnes au parcours très intéressant, nous avons décidé
de poursuivre le processus avec une autre candidature. Cette décision n'a pas été facile.

Vos données resteront enregistrées dans notre vivier de talents ; vous pouvez les
consulter ou les supprimer à tout moment depuis votre compte candidat.

Nous vous souhaitons une excellente continuation.

Corraterie – Ressources humaines
"""

add(dict(
    kind=REJ, slug="corraterie_workday_after_panel", lang="fr", key="cor_rej",
    company="Corraterie", contact="",
    date="2026-03-23 16:45", tz="+0000",
    frm="Corraterie Recrutement <corraterie@myworkday.com>",
    subject="Votre candidature chez Corraterie – R-00731 Cheffe d'équipe Service clients",
    text=_COR_REJ,
    html=ats_card("Corraterie", "#222222", paras(_COR_REJ) +
                  '<p><a href="https://corraterie.wd3.myworkday.com/fr-CH/careers/login">'
                  "Mon compte candidat</a></p>",
                  "Ce courriel a été envoyé depuis une adresse qui ne peut pas recevoir de "
                  "réponse."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=REJ, slug="ocv_commission_decision_letter", lang="fr", key="ocv_rej",
    parent="ocv_update",
    company="Office cantonal des véhicules", contact="laurence.favre-bulle@etat-ge.example.ch",
    date="2026-05-20 11:15",
    frm="Laurence Favre-Bulle <laurence.favre-bulle@etat-ge.example.ch>",
    subject="Poste OCV-2026-014 : réponse à votre candidature",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous vous remercions de vous être présentée le 6 mai dernier devant la commission de
sélection pour le poste de responsable d'équipe au guichet et au centre d'appels.

Au terme de la procédure, la commission a porté son choix sur une autre personne. Vous
trouverez en annexe le courrier officiel vous communiquant cette décision. Conformément à
la pratique de l'administration cantonale, celle-ci n'est pas motivée par écrit ; je reste
toutefois à votre disposition pour un bref retour téléphonique si vous le souhaitez.

Nous vous remercions de l'intérêt manifesté pour l'Office cantonal des véhicules.

Veuillez agréer, Madame, nos salutations distinguées.

Laurence Favre-Bulle
Gestionnaire RH
Office cantonal des véhicules
""",
    pdfs=[dict(filename="OCV-2026-014_reponse.pdf", title="Réponse à votre candidature",
               lines=["République et canton de Genève – Office cantonal des véhicules",
                      "Carouge, le 20 mai 2026",
                      "Concerne : poste OCV-2026-014",
                      "Madame, nous avons le regret de vous informer que votre candidature",
                      "n'a pas été retenue à l'issue de la procédure de sélection.",
                      "Ressources humaines"])],
))

_LAVAUX_THANKS = """Bonjour Monsieur Rochat,

Merci encore pour l'entretien de ce matin et pour la visite du plateau. Voir l'équipe
gérer les appels après la grêle de la semaine dernière m'a donné encore plus envie de
vous rejoindre.

Belle fin de journée,
Séverine Achour-Lindgren"""

add(dict(
    kind=REJ, slug="lavaux_after_interview_quotes_thanks", lang="fr",
    company="Lavaux Assurances", contact="p.rochat@lavaux-assurances.example.ch",
    date="2026-05-27 17:22",
    frm="Pierre Rochat <p.rochat@lavaux-assurances.example.ch>",
    subject="Re: Merci pour l'entretien",
    text="""Bonjour Madame Achour-Lindgren,

Votre message nous a fait plaisir, et l'équipe a gardé un très bon souvenir de votre
visite.

Nous avons toutefois décidé de confier le poste de cheffe d'équipe Sinistres à une
personne qui a déjà conduit une équipe dans l'assurance et qui pourra être opérationnelle
dès l'été, en pleine saison des intempéries. Ce n'est pas un jugement sur vos qualités,
que nous avons clairement perçues.

Je vous souhaite de trouver rapidement le poste qui vous correspond.

Cordiales salutations

Pierre Rochat
Chef du service Sinistres
Lavaux Assurances SA – Avenue de la Gare 10 – 1003 Lausanne

""" + wrote("fr", "2026-05-19 18:03", ME)
    + "\n" + quote(_LAVAUX_THANKS) + "\n",
))

_TEL_HOLD = """Bonjour Séverine,

Nous vous remercions pour votre intérêt pour le poste de Team Leader Service clients
(Lausanne-Flon) et pour les échanges de ces dernières semaines.

Suite à une réorganisation de nos services clients entre Lausanne et Fribourg, le
recrutement pour ce poste a été mis en suspens. Nous ne poursuivrons donc pas le processus
et avons clôturé votre candidature.

Si le poste devait être rouvert, il sera publié sur notre page carrière et nous serions
heureux de recevoir à nouveau votre dossier.

L'équipe Talent de Telvaud
"""

add(dict(
    kind=REJ, slug="telvaud_role_on_hold", lang="fr", key="tel_rej",
    company="Telvaud", contact="",
    date="2026-07-07 08:10", tz="+0000",
    frm="Telvaud <noreply@smartrecruiters.com>",
    subject="Mise à jour de votre candidature – Team Leader Service clients",
    text=_TEL_HOLD, html=ats_card("Telvaud", "#5b2a86", paras(_TEL_HOLD),
                                  "Envoyé par SmartRecruiters au nom de Telvaud SA. "
                                  "Merci de ne pas répondre à ce message."),
    cte="base64",
))

_ARA_REJ = """Madame,

Nous vous remercions de l'intérêt que vous avez porté à la Banque des Aravis en postulant
au poste de Responsable d'équipe – Centre de relation clientèle.

Nous avons reçu de nombreuses candidatures de grande qualité et avons décidé de donner la
priorité aux profils dont l'expérience correspond plus étroitement aux exigences du poste,
notamment en matière de produits bancaires.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

L'équipe Recrutement
Banque des Aravis
"""

add(dict(
    kind=REJ, slug="aravis_teamtailor_closer_profiles", lang="fr", key="ara_rej",
    company="Banque des Aravis", contact="",
    date="2026-03-18 09:45",
    frm="Banque des Aravis <no-reply@teamtailor-mail.com>",
    subject="Responsable d'équipe – Centre de relation clientèle",
    text=_ARA_REJ, html=ats_card("Banque des Aravis", "#14465a", paras(_ARA_REJ),
                                 "Propulsé par Teamtailor · Gérer mes données"),
    cte="base64",
))

add(dict(
    kind=REJ, slug="semnoz_terse_found_someone", lang="fr", key="sem_rej",
    parent="sem_missed",
    company="Outdoor Semnoz", contact="romain@semnoz-outdoor.example.fr",
    date="2026-04-13 18:20",
    frm="Romain Bouvier <romain@semnoz-outdoor.example.fr>",
    subject="Re: Rdv 14h au magasin",
    text="""Bonjour,

Merci pour votre retour. On a pris quelqu'un d'autre entre-temps.

Bonne continuation,
Romain

Envoyé de mon iPhone
""",
))

_STJ_TEXT = """Madame,

Nous accusons réception de votre candidature au poste de Responsable d'équipe accueil
téléphonique (réf. BSJ-0442) et vous remercions de votre démarche.

Après une étude attentive de votre dossier, nous sommes au regret de vous annoncer que
celui-ci n'a pas été retenu. Nos besoins actuels portent sur une expérience confirmée du
secteur bancaire français.

Nous vous souhaitons une pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Banque Saint-Jean – 18 quai Romain Rolland, 69005 Lyon
"""

add(dict(
    kind=REJ, slug="saint_jean_taleo_formal", lang="fr",
    company="Banque Saint-Jean", contact="",
    date="2026-06-18 14:02", tz="+0000",
    frm="Banque Saint-Jean · Carrières <no-reply@taleo.net>",
    subject="Votre candidature : Responsable d'équipe accueil téléphonique",
    subj_enc=("iso-8859-1", "B"), name_enc=("iso-8859-1", "Q"),
    text=_STJ_TEXT, charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8",
    html=ats_card("Banque Saint-Jean", "#6d1a36", paras(_STJ_TEXT),
                  "Message envoyé automatiquement par Oracle Taleo."),
))

add(dict(
    kind=REJ, slug="airconfluence_fewer_posts", lang="fr", key="acf_rej",
    parent="acf_cancel", quote="outlook",
    company="Air Confluence", contact="s.lapierre@airconfluence.example.fr",
    date="2026-10-06 09:40",
    frm="Sandrine Lapierre <s.lapierre@airconfluence.example.fr>",
    subject="RE: Annulé : Journée d'évaluation – Superviseure Service Client Passagers",
    text="""Madame,

Comme promis, je reviens vers vous concernant la suite de votre candidature.

Notre direction a réduit de deux à un le nombre de postes de superviseur ouverts pour cet
hiver, et le poste restant a été attribué lors de la session du 29 septembre. Nous ne
sommes donc plus en mesure de donner suite à votre candidature, et je le regrette
sincèrement après l'annulation de votre journée.

Je me permets de conserver vos coordonnées pour nos prochaines campagnes.

Cordialement,

Sandrine Lapierre
Chargée de recrutement – Opérations sol
Air Confluence
""",
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind=REJ, slug="sarine_casual_bilingual", lang="fr", key="sar_rej", parent="sar_move",
    company="Sarine Télécom", contact="loic.bapst@sarinetelecom.example.ch",
    date="2026-07-29 12:15",
    frm="Loïc Bapst <loic.bapst@sarinetelecom.example.ch>",
    subject="Suite à notre café",
    text="""Salut Séverine,

Je te fais un retour rapide après notre café de l'autre vendredi.

On a pas mal discuté avec l'équipe et on part sur quelqu'un de parfaitement bilingue
français-allemand : la moitié des appels arrive de Singine et de la région de Guin, et on
a senti que ça serait trop juste pour toi tout de suite.

Franchement, ça m'embête, j'ai passé un super moment et ton côté « je m'occupe des gens »
se voit à 10 km. Si tu veux, je te recommande volontiers ailleurs.

Belle suite à toi !
Loïc
""",
))

add(dict(
    kind=REJ, slug="horizon_rh_client_unnamed_no", lang="fr", key="hor_rej",
    company="Horizon RH", contact="melanie.clerc@horizon-rh.example.ch",
    date="2026-06-08 16:55",
    frm="Mélanie Clerc <melanie.clerc@horizon-rh.example.ch>",
    subject="Votre dossier – poste de responsable hotline",
    cte="quoted-printable",
    text="""Bonjour Madame Achour-Lindgren,

Merci encore d'être passée à l'agence la semaine dernière, au final.

Notre client a fait son choix pour le poste de responsable de la hotline : il ne retiendra
pas votre dossier et préfère une personne qui connaît déjà ses logiciels de ticketing.

Je vous propose de garder votre inscription active chez Horizon RH ; je vous contacterai si
un poste correspondant se présente dans la région fribourgeoise.

Meilleures salutations

Mélanie Clerc
Conseillère en personnel
Horizon RH Sàrl
""",
))

_RHO_REJ = """Bonjour Séverine,

Merci d'avoir pris le temps d'échanger avec Karim et Élodie la semaine dernière.

Nous avons choisi de poursuivre avec une personne dont le parcours en centre de contact
est plus long que le vôtre. Votre candidature ne sera donc pas conservée pour ce poste.

Si vous souhaitez un retour plus détaillé, répondez à ce message : Karim vous appellera.

L'équipe recrutement Rhôneline
"""

add(dict(
    kind=REJ, slug="rhoneline_recruitee_longer_background", lang="fr", key="rho_rej",
    company="Rhôneline", contact="karim.benali@rhoneline.example.fr",
    date="2026-07-10 15:30", tz="+0000",
    frm="Rhôneline Recrutement <no-reply@jobs.recruitee.com>",
    reply_to="Karim Benali <karim.benali@rhoneline.example.fr>",
    subject="Responsable d'équipe Relation client – notre réponse",
    text=_RHO_REJ, html=ats_card("Rhôneline", "#d4502a", paras(_RHO_REJ),
                                 "Propulsé par Recruitee"),
))

add(dict(
    kind=REJ, slug="neuchatel_not_appointed", lang="fr", key="sacn_rej",
    company="Service d'accueil cantonal de Neuchâtel",
    contact="pascal.vuilleumier@ne.example.ch",
    date="2026-10-12 10:05",
    frm="Pascal Vuilleumier <pascal.vuilleumier@ne.example.ch>",
    subject="Procédure de recrutement – Cheffe d'équipe Guichet cantonal",
    cte="quoted-printable",
    text="""Madame,

La commission de sélection s'est réunie le 8 octobre, à la nouvelle date fixée après
l'annulation de septembre, pour entendre les dernières personnes candidates.

Au terme de ses travaux, elle n'a pas proposé votre nomination au Conseil d'État. Nous
vous remercions du temps consacré à cette procédure et de la qualité de vos échanges avec
la commission.

Votre dossier vous sera retourné par courrier postal.

Avec nos salutations distinguées.

Pascal Vuilleumier
Conseiller en ressources humaines
Service d'accueil cantonal de Neuchâtel
""",
))

# ------------------------------------------------------------------ German

add(dict(
    kind=REJ, slug="limmat_after_panel_quotes_thanks", lang="de", key="lim_rej",
    parent="lim_thanks", quote="gt",
    company="Limmat Versicherungen", contact="fabienne.egli@limmat-versicherungen.example.ch",
    date="2026-04-08 10:30",
    frm="Fabienne Egli <fabienne.egli@limmat-versicherungen.example.ch>",
    subject="Re: Vielen Dank für das heutige Gespräch",
    cte="quoted-printable",
    text="""Guten Tag Frau Achour-Lindgren

Vielen Dank für Ihre freundliche Nachricht und nochmals für Ihre Zeit im März.

Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits ein
Team im Versicherungsumfeld geführt hat. Ihr Engagement und Ihre Art, mit Kundinnen und
Kunden umzugehen, haben das Panel beeindruckt – gegen diese Branchenerfahrung kamen wir in
der aktuellen Situation aber nicht an.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüsse
Fabienne Egli
HR Business Partner
Limmat Versicherungen AG
""",
))

add(dict(
    kind=REJ, slug="lindenhof_nicht_weiter", lang="de", key="lin_rej",
    parent="lin_missed", quote="outlook",
    company="Bankhaus Lindenhof", contact="claudia.steiner@lindenhof-bank.example.ch",
    date="2026-08-20 14:12",
    frm="Claudia Steiner <claudia.steiner@lindenhof-bank.example.ch>",
    subject="AW: Unser Telefoninterview von heute",
    text="""Grüezi Frau Achour-Lindgren

Besten Dank für Ihren Rückruf und Ihre Erklärung.

Inzwischen sind wir mit zwei Kandidatinnen in der Schlussrunde, und ich kann Ihre
Bewerbung leider nicht mehr berücksichtigen. Ich wünsche Ihnen viel Erfolg bei der
weiteren Suche.

Freundliche Grüsse
Claudia Steiner
Recruiting, Bankhaus Lindenhof AG
""",
))

_SEE_REJ = """Guten Tag Frau Achour-Lindgren

Wir danken Ihnen für Ihr Interesse an der Stelle Teamleiterin Kundenservice &
Reklamationen und für Ihre Geduld.

Aufgrund eines unternehmensweiten Einstellungsstopps wird diese Stelle vorerst nicht
besetzt. Wir haben deshalb alle laufenden Bewerbungsverfahren für diese Position
abgeschlossen – auch Ihres.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und wünschen Ihnen alles Gute.

Freundliche Grüsse
Warenhaus Seefeld – Recruiting
"""

add(dict(
    kind=REJ, slug="seefeld_hiring_freeze", lang="de", key="see_rej",
    company="Warenhaus Seefeld", contact="",
    date="2026-07-27 13:00", tz="+0000",
    frm="Warenhaus Seefeld <no-reply@personio.de>",
    subject="Ihre Bewerbung als Teamleiterin Kundenservice & Reklamationen",
    text=_SEE_REJ, html=ats_card("Warenhaus Seefeld", "#2f6f4f", paras(_SEE_REJ),
                                 "Diese Nachricht wurde über Personio versendet. "
                                 "Antworten werden nicht gelesen."),
    cte="quoted-printable",
))

add(dict(
    kind=REJ, slug="kaderwerk_relays_oerlikon_no", lang="de",
    company="Kaufhaus Oerlikon", contact="marco.huber@kaderwerk.example.ch",
    date="2026-04-21 17:35",
    frm="Marco Huber <marco.huber@kaderwerk.example.ch>",
    subject="Rückmeldung Kaufhaus Oerlikon",
    text="""Hallo Frau Achour-Lindgren

Ich habe heute mit Kaufhaus Oerlikon telefoniert. Leider haben sie sich gegen Sie
entschieden: Sie möchten für die Leitung des Kundendiensts jemanden, der das Kassensystem
und die Retourenprozesse im Detailhandel schon kennt.

Ich weiss, das ist nach dem guten Gefühl im Gespräch enttäuschend. Bei Glattal Telekom
sind wir aber weiterhin gut unterwegs – ich melde mich dazu Ende Woche.

Beste Grüsse
Marco Huber
Kaderwerk Personal AG | Löwenstrasse 29 | 8001 Zürich
""",
))

add(dict(
    kind=REJ, slug="winterthur_servicecenter_absage_pdf", lang="de",
    company="Kantonales Servicecenter Winterthur",
    contact="nadine.roth@winterthur-zh.example.ch",
    date="2026-07-01 09:20",
    frm="Nadine Roth <nadine.roth@winterthur-zh.example.ch>",
    subject="Ihre Bewerbung – Teamleitung Servicecenter (Ref. 26-118)",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Achour-Lindgren

Wir danken Ihnen für Ihre Bewerbung für die Stelle Teamleitung Servicecenter.

Das Auswahlverfahren ist abgeschlossen. Im beiliegenden Schreiben teilen wir Ihnen mit,
dass wir Ihre Bewerbung nicht berücksichtigen konnten. Ausschlaggebend war die
Anforderung an sehr gute Kenntnisse der zürcherischen Verwaltungsabläufe.

Ihre Bewerbungsunterlagen werden nach Ablauf von drei Monaten gelöscht.

Freundliche Grüsse

Nadine Roth
Personaldienst
Kantonales Servicecenter Winterthur
Technikumstrasse 80, 8400 Winterthur
""",
    pdfs=[dict(filename="Absage_26-118.pdf", title="Ihre Bewerbung Ref. 26-118",
               lines=["Kantonales Servicecenter Winterthur – Personaldienst",
                      "Winterthur, 1. Juli 2026",
                      "Sehr geehrte Frau Achour-Lindgren",
                      "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere",
                      "Bewerbung entschieden haben. Wir danken Ihnen für Ihr Interesse.",
                      "Freundliche Grüsse, Nadine Roth"])],
))

add(dict(
    kind=REJ, slug="sihltal_workday_html_only", lang="de",
    company="Krankenkasse Sihltal", contact="",
    date="2026-08-12 06:45", tz="+0000",
    frm="Krankenkasse Sihltal <sihltal@myworkday.com>",
    subject="Update zu Ihrer Bewerbung R-2026-0388",
    html=ats_card("Krankenkasse Sihltal", "#00607a", """<p>Guten Tag Séverine Achour-Lindgren</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Teamleiterin Kundenberatung (80-100&nbsp;%)</b>.</p>
<p>Nach eingehender Prüfung aller Unterlagen haben wir entschieden, Kandidatinnen und
Kandidaten weiterzuverfolgen, deren Erfahrung noch besser zu den Anforderungen dieser
Stelle passt.</p>
<p>Gerne laden wir Sie ein, sich auch künftig auf passende Stellen bei uns zu bewerben.
Ihr Kandidatenprofil bleibt gespeichert.</p>
<p>Freundliche Grüsse<br>Talent Acquisition, Krankenkasse Sihltal</p>""",
        "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ English

_BRE_REJ = """Hi Séverine,

Thank you for taking the time to speak with Chiara and me about the English desk.

We've decided to move forward with candidates whose experience more closely matches what
the desk needs right now - in particular, hands-on knowledge of motor claims.

I'd be glad to keep in touch should a more suitable opening come up.

All the best,
Luca Bassi
Recruiter, Brera Assicurazioni
"""

add(dict(
    kind=REJ, slug="brera_greenhouse_closer_match", lang="en", key="bre_rej",
    company="Brera Assicurazioni", contact="luca.bassi@brera-assicurazioni.example.it",
    date="2026-03-26 13:20", tz="+0000",
    frm="Luca Bassi via Greenhouse <no-reply@greenhouse-mail.io>",
    reply_to="Luca Bassi <luca.bassi@brera-assicurazioni.example.it>",
    subject="Your application to Brera Assicurazioni",
    text=_BRE_REJ, html=ats_card("Brera Assicurazioni", "#7a1f2b", paras(_BRE_REJ),
                                 "Replies to this email go to Luca Bassi."),
    cte="quoted-printable",
))

add(dict(
    kind=REJ, slug="aeroleggera_after_panel_quotes_thanks", lang="en", key="aer_rej",
    parent="aer_thanks", quote="gt",
    company="Aeroleggera", contact="federica.conti@aeroleggera.example.it",
    date="2026-10-20 11:48",
    frm="Federica Conti <federica.conti@aeroleggera.example.it>",
    subject="Re: Thank you for this afternoon",
    text="""Dear Séverine,

Thank you for your kind note, and apologies for taking two weeks to come back to you.

The panel enjoyed meeting you and your answer on the cancelled-flight case was one of the
best we heard. In the end, though, we have offered the position to a candidate with
several years of airport operations experience, which we felt we needed for the coming
winter season.

I'm sorry this isn't the news you were hoping for. I'd be happy to share more detailed
feedback over the phone if that would help.

Warm regards,
Federica Conti
HR Business Partner, Aeroleggera
Viale dell'Aviazione 65, 20138 Milano
""",
))

add(dict(
    kind=REJ, slug="talentbridge_relays_pavese_no", lang="en",
    company="Pavese Retail Group", contact="owen.gallagher@talentbridge.example.it",
    date="2026-08-04 09:55",
    frm="Owen Gallagher <owen.gallagher@talentbridge.example.it>",
    subject="Feedback from Pavese Retail Group",
    text="""Hi Séverine,

Pavese came back to me this morning and unfortunately it's a no this time. Davide liked
your approach to escalations, but they've gone with someone who speaks fluent Italian, as
half of the team's internal meetings turn out to be in Italian after all.

I know that's frustrating given the ad said English only - I've given them that feedback.
Let's keep talking: I have two other customer operations searches opening in September.

Cheers,
Owen

Owen Gallagher
Senior Consultant, Customer Operations
TalentBridge Milano S.r.l.
""",
))

_QB_TEXT = """Hello Séverine,

Thank you for applying for the Customer Service Team Lead position at Quaibank in Zurich.

We wanted to let you know that we have decided not to fill this position after all: the
Zurich customer service team will be merged into our Geneva operations next year. Your
application has therefore been closed.

We appreciate your interest in Quaibank and hope to cross paths again.

Quaibank Talent Team
"""

add(dict(
    kind=REJ, slug="quaibank_lever_role_cancelled", lang="en", key="qb_rej",
    company="Quaibank", contact="",
    date="2026-09-15 14:00", tz="+0000",
    frm="Quaibank <no-reply@hire.lever.co>",
    subject="Update on the Customer Service Team Lead position",
    text=_QB_TEXT, html=ats_card("Quaibank", "#0f2c4c", paras(_QB_TEXT),
                                 "Sent with Lever. Please do not reply to this email."),
    cte="quoted-printable",
))

add(dict(
    kind=REJ, slug="sihl_terse_no", lang="en", key="sihl_rej", parent="sihl_missed",
    company="Sihl Mobile", contact="tom.reinhardt@sihlmobile.example.ch",
    date="2026-09-28 16:31",
    frm="Tom Reinhardt <tom.reinhardt@sihlmobile.example.ch>",
    subject="Re: Missed you this afternoon",
    text="""Hi Séverine,

Thanks for explaining. We've filled the role in the meantime, so we won't take your
application further.

All the best,
Tom
""",
))

_JET_REJ = """Dear Séverine,

Thank you for your interest in the Customer Service Team Lead (Geneva Airport) role and for
the time you have invested in our process.

After careful review, the hiring team has decided not to progress your candidacy for this
position.

We encourage you to keep an eye on jetlane.example.ch/careers for future openings.

Kind regards,
Jetlane Talent Team
"""

add(dict(
    kind=REJ, slug="jetlane_ashby_not_progressing", lang="en", key="jet_rej",
    company="Jetlane", contact="",
    date="2026-09-30 10:20", tz="+0000",
    frm="Jetlane Talent <no-reply@ashbyhq.com>",
    subject="Your application to Jetlane",
    text=_JET_REJ, html=ats_card("Jetlane", "#003a70", paras(_JET_REJ), "Powered by Ashby"),
    cte="base64",
))

# ------------------------------------------------------------------ Spanish

_CIBELES_THANKS = """Hola, Álvaro:

Muchas gracias por la entrevista de esta mañana y por enseñarme la sala de atención al
mutualista. Me quedo con muchas ganas de formar parte del equipo.

Un saludo,
Séverine"""

add(dict(
    kind=REJ, slug="cibeles_after_interview_quotes_thanks", lang="es",
    company="Mutua Cibeles", contact="alvaro.sanz@mutuacibeles.example.es",
    date="2026-07-22 13:40",
    frm="Álvaro Sanz <alvaro.sanz@mutuacibeles.example.es>",
    subject="RE: Gracias por la entrevista",
    cte="quoted-printable",
    text="""Hola, Séverine:

Gracias a ti por tu mensaje y por venir hasta Madrid para la entrevista.

Lamentablemente, hemos decidido seguir adelante con otra persona para el puesto de
Responsable de Equipo, alguien que ya conoce nuestro sistema de gestión de siniestros.
Ha sido una decisión muy ajustada.

Te deseo mucha suerte y espero que volvamos a coincidir.

Un cordial saludo,
Álvaro Sanz
Jefe de Atención al Mutualista
Mutua Cibeles – Calle de Alcalá 120, 28009 Madrid

""" + wrote("es", "2026-07-14 19:22", "Séverine Achour-Lindgren (severine.al@example.ch)")
    + "\n" + quote(_CIBELES_THANKS) + "\n",
))

add(dict(
    kind=REJ, slug="chamberi_relays_conecta_no", lang="es", key="tch_rej",
    company="Conecta Manzanares", contact="marta.ibanez@talentochamberi.example.es",
    date="2026-09-09 18:05",
    frm="Marta Ibáñez <marta.ibanez@talentochamberi.example.es>",
    subject="Respuesta de Conecta Manzanares",
    text="""Hola Séverine:

Te escribo con la respuesta de Conecta Manzanares: finalmente no siguen adelante con tu
candidatura. Les gustó mucho tu trato con el cliente, pero buscan a alguien que haya
gestionado ya indicadores de un contact center (TMO, FCR…) y que pueda incorporarse en
septiembre.

Sé que te hacía ilusión. Sigo contando contigo para otros procesos: en octubre abrimos
dos posiciones parecidas en el sector asegurador.

Un abrazo,
Marta
""",
))

_BCA_REJ = """Estimada Séverine:

Le agradecemos el interés mostrado en el puesto de Responsable de Equipo de Banca a
Distancia y el tiempo dedicado a su candidatura.

Tras analizar los perfiles recibidos, hemos decidido continuar el proceso con otras
candidaturas que se ajustan en mayor medida a los requisitos de la posición.

Conservaremos sus datos para futuras oportunidades, salvo que nos indique lo contrario.

Atentamente,
Equipo de Selección de Banco Castellana
"""

add(dict(
    kind=REJ, slug="castellana_smartrecruiters_formal", lang="es", key="bca_rej",
    company="Banco Castellana", contact="",
    date="2026-09-24 09:12", tz="+0000",
    frm="Banco Castellana <noreply@smartrecruiters.com>",
    subject="Su candidatura en Banco Castellana",
    text=_BCA_REJ, charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("Banco Castellana", "#8a6d1d", paras(_BCA_REJ),
                  "Enviado por SmartRecruiters. No responda a este mensaje."),
    html_charset="utf-8", html_cte="base64",
))

add(dict(
    kind=REJ, slug="prado_casual_internal", lang="es", key="prado_rej",
    parent="prado_missed",
    company="Grandes Almacenes Prado", contact="ines.robles@almacenesprado.example.es",
    date="2026-10-02 12:50",
    frm="Inés Robles <ines.robles@almacenesprado.example.es>",
    subject="Re: Entrevista telefónica de esta mañana",
    text="""Hola Séverine:

Gracias por escribirme y no te preocupes por lo del otro día.

Te cuento: al final la vacante de coordinadora de atención al cliente la ha cogido una
compañera de nuestra tienda de Goya, que pidió el traslado. Así que por ahora no vamos a
seguir con tu proceso.

Te guardo en mi lista para la campaña de Navidad, que siempre abrimos puestos de
responsable.

¡Un beso y mucho ánimo!
Inés
""",
))
