"""Corpus 268 – rejections (31), each written by hand."""

from __future__ import annotations

from msgs268_common import (
    CAND_ADDR,
    ats_card,
    outlook,
    outlook_html,
    page,
    paras,
    q,
    reply,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)


# ----------------------------------------------------------------------------- français

t = """Madame Okeke-Zürcher,

Nous vous remercions de l'intérêt que vous portez à la Banque Privée Rhône-Salève et du temps consacré à votre candidature au poste de Chargée de relation clientèle digitale (réf. R-10482).

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne sommes pas en mesure de retenir votre candidature pour ce poste.

Votre profil restera enregistré dans notre base de talents pendant vingt-quatre mois, sauf avis contraire de votre part. Vous pouvez à tout moment consulter nos offres sur notre portail carrières.

Nous vous souhaitons plein succès dans vos démarches.

Service Talent Acquisition
Banque Privée Rhône-Salève
Quai des Bergues 31, 1201 Genève

Ce message a été généré automatiquement. Merci de ne pas y répondre.
"""
add(slug="rhonesaleve_workday_formal", lang="fr", company="Banque Privée Rhône-Salève", contact="",
    frm=("Banque Privée Rhône-Salève", "rhonesaleve@myworkday.com"),
    enc={"from": ("utf-8", "B"), "subject": ("utf-8", "B")},
    subject="Votre candidature – Chargée de relation clientèle digitale (R-10482)",
    date="2026-02-16T07:42:00-08:00", key="rs_rej", parent="rs_ack",
    text=t, cte="quoted-printable",
    html=ats_card("Banque Privée Rhône-Salève", "#6b1d2a", paras(t),
                  "Banque Privée Rhône-Salève · Quai des Bergues 31 · 1201 Genève", "fr"),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")])

t = """Bonjour Madame Okeke-Zürcher,

Merci d'avoir pris le temps d'enregistrer votre entretien vidéo pour le poste de Conseillère Customer Care. Nous avons apprécié votre présentation claire et votre expérience du contact avec le public.

Nous avons toutefois décidé de poursuivre le processus avec des personnes dont le parcours correspond de plus près aux exigences du poste, notamment en matière de gestion de portefeuilles d'assurés.

Cette décision n'enlève rien à la qualité de votre dossier. Si vous souhaitez un bref retour, Sandrine Cuendet, qui a suivi votre candidature, se tient volontiers à votre disposition : il suffit de répondre à ce message.

Avec nos meilleures salutations,

L'équipe Recrutement
Mutuelle Romande
Avenue de Rumine 12, 1005 Lausanne
"""
add(slug="mutuelle_after_video_soft", lang="fr", company="Mutuelle Romande",
    contact="sandrine.cuendet@mutuelleromande.example.ch",
    frm=("Mutuelle Romande", "noreply@smartrecruiters.com"),
    reply_to=("Sandrine Cuendet", "sandrine.cuendet@mutuelleromande.example.ch"),
    subject="Suite de votre candidature : Conseillère Customer Care",
    enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "Q")},
    date="2026-04-09T10:05:00+02:00", key="mr_rej", parent="mr_video",
    text=t, charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("Mutuelle Romande", "#00695c", paras(t),
                  "Envoyé via SmartRecruiters pour le compte de Mutuelle Romande", "fr",
                  charset="iso-8859-1"))

t = """Chère Madame Okeke-Zürcher,

Je reviens vers vous au sujet du poste de Coordinatrice service client boutiques, pour lequel vous nous aviez écrit en mai.

La direction a décidé de geler ce recrutement jusqu’à nouvel avis : l’ouverture de notre boutique de Zurich est reportée, et le poste n’a plus lieu d’être sous sa forme actuelle. Nous ne poursuivrons donc pas la procédure, ni avec vous ni avec les autres personnes qui avaient postulé.

Je suis désolée de vous l’annoncer ainsi, après l’intérêt que vous aviez montré pour la maison. Votre lettre nous avait fait bonne impression – si un poste similaire devait s’ouvrir, je me permettrai de vous recontacter.

Avec mes salutations les meilleures,

Fabienne Huguenin
Responsable des ressources humaines
Montres Brenet
Rue du Temple 8 – 2400 Le Locle
Tél. +41 32 555 18 70
"""
add(slug="brenet_role_frozen", lang="fr", company="Montres Brenet",
    contact="fabienne.huguenin@brenet.example.ch",
    frm=("Fabienne Huguenin", "fabienne.huguenin@brenet.example.ch"),
    subject="Poste Coordinatrice service client boutiques – mise en attente",
    enc={"subject": ("windows-1252", "Q"), "to": ("windows-1252", "Q")},
    date="2026-06-15T16:48:00+02:00", key="brenet_hold", parent="brenet_app",
    text=t, charset="windows-1252", cte="8bit",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

t = reply("""Bonjour Mathilde,

Merci pour votre patience. On ne va pas donner suite, l'équipe a choisi un autre profil.

Bonne continuation,
Julien""", "fr", "mar. 10 mars 2026 à 08:51", "Mathilde Okeke-Zürcher", CAND_ADDR, """Bonjour Julien,

Je me permets de revenir vers vous suite à notre entretien du 3 mars
avec Mme Roux. Avez-vous déjà une idée du calendrier pour la suite ?
Je reste très motivée par le poste de Customer Success Manager à Lyon.

Belle journée,
Mathilde""")
add(slug="tessera_terse_reply", lang="fr", company="Tessera Logiciels",
    contact="julien.mercier@tessera.example.fr",
    frm=("Julien Mercier", "julien.mercier@tessera.example.fr"),
    subject="Re: Entretien du 3 mars – des nouvelles ?",
    date="2026-03-10T15:20:00+01:00", key="tessera_rej", parent="tessera_nudge",
    text=t)

fwd = """Chère Madame Monnier,

Merci pour la présentation de Mme Okeke-Zürcher, que nous avons eu plaisir à rencontrer mardi. Après réflexion, nous ne retiendrons pas sa candidature : pour ce poste d'assistance après-vente, nous avons besoin de quelqu'un qui connaisse déjà les mouvements mécaniques et puisse conseiller nos détaillants sans formation préalable.

Merci de la remercier de notre part pour sa disponibilité.

Roland Dufaux"""
t = """Bonjour Mathilde,

Je viens d'avoir le retour de la maison Dufaux, et malheureusement ce n'est pas la réponse que nous espérions. Je vous transfère leur message ci-dessous, il est assez clair.

De mon côté, je ne lâche pas l'affaire : deux autres mandats « service client » arrivent la semaine prochaine, je vous appelle dès que j'en sais plus.

Bien à vous,
Aurélie

Aurélie Monnier
Consultante senior – Tertiaire & Relation client
Placement Romand
Avenue de la Gare 17, 1003 Lausanne
+41 21 555 42 10

""" + "---------- Message transféré ---------\nDe : Roland Dufaux <r.dufaux@dufaux-horlogerie.example.ch>\nDate : jeu. 12 févr. 2026 à 11:02\nObjet : Candidature Mme Okeke-Zürcher\nÀ : Aurélie Monnier <a.monnier@placement-romand.example.ch>\n\n" + fwd + "\n"
add(slug="placement_relays_dufaux_no", lang="fr", company="Horlogerie Dufaux",
    contact="a.monnier@placement-romand.example.ch",
    frm=("Aurélie Monnier", "a.monnier@placement-romand.example.ch"),
    enc={"from": ("iso-8859-1", "B")},
    subject="TR: Candidature Mme Okeke-Zürcher",
    date="2026-02-12T14:37:00+01:00", key="pr_dufaux_rej", parent="pr_dufaux_move",
    text=t, cte="quoted-printable",
    html=outlook_html(paras(t), "fr"))

t = """Madame Okeke-Zürcher,

Je vous remercie pour votre message, qui m'a fait plaisir, et pour l'échange de jeudi dernier avec M. Perret et moi-même.

Nous avons longuement discuté de votre candidature. Votre aisance avec la clientèle est évidente ; il vous manque cependant l'expérience des sinistres, qui sera au cœur du poste dès les premières semaines. Nous avons donc proposé le poste à une autre candidate, qui l'a accepté.

Je garde vos coordonnées et n'hésiterai pas à vous écrire si une place se libère au service clientèle « Particuliers ».

Cordialement,

Marc-Antoine Chappuis
Chef d'équipe Service clientèle
Lavaux Assurances
Avenue Général-Guisan 50, 1009 Pully
T +41 21 555 73 05

Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.

""" + outlook("fr", "Mathilde Okeke-Zürcher <mathilde.oz@example.ch>", "vendredi 20 mars 2026 18:12",
              "Marc-Antoine Chappuis <ma.chappuis@lavaux-assurances.example.ch>",
              "Merci pour l'entretien de jeudi", """Bonjour Monsieur Chappuis,

Un grand merci pour l'entretien de jeudi et pour la visite du plateau. J'ai beaucoup apprécié la présentation de votre équipe et je me réjouis de la suite du processus. Je reste bien sûr disponible pour un second entretien si nécessaire.

Meilleures salutations,
Mathilde Okeke-Zürcher""")
add(slug="lavaux_after_thankyou", lang="fr", company="Lavaux Assurances",
    contact="ma.chappuis@lavaux-assurances.example.ch",
    frm=("Marc-Antoine Chappuis", "ma.chappuis@lavaux-assurances.example.ch"),
    subject="RE: Merci pour l'entretien de jeudi",
    date="2026-03-31T09:12:00+02:00", parent="lavaux_thanks",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "fr"),
    headers=[("Thread-Topic", "Merci pour l'entretien de jeudi"), ("X-MS-Has-Attach", "")])

t = """Bonjour Madame Okeke-Zürcher,

Je tenais à vous informer personnellement de l'issue du recrutement pour le poste de Customer Success Specialist à Fribourg.

Une collaboratrice de notre service Entreprises a postulé à l'interne au cours du processus, et nous avons choisi de lui confier le poste. Vous comprendrez que ce type de mobilité interne est prioritaire chez Alpicom.

Je regrette que notre appel n'ait finalement pu se faire qu'à la deuxième tentative ; vos réponses m'avaient convaincu, et cette décision n'est en rien liée à votre profil.

Avec mes meilleures salutations,

Laurent Clément
Talent Partner Suisse romande
Alpicom
Route des Arsenaux 25, 1700 Fribourg
+41 26 555 30 88
"""
add(slug="alpicom_filled_internally", lang="fr", company="Alpicom",
    contact="laurent.clement@alpicom.example.ch",
    frm=("Laurent Clément", "laurent.clement@alpicom.example.ch"),
    enc={"from": ("iso-8859-1", "Q")},
    subject="Poste Customer Success Specialist – Fribourg",
    date="2026-06-30T11:30:00+02:00", key="alpicom_rej", parent="alpicom_missed",
    text=t)

h = page("""<p>Bonjour Mathilde,</p>
<p>Je reviens vers vous comme promis après l'annulation de notre entretien du 10 mars.</p>
<p>Nous avons appris cette semaine que le poste de <b>Chargée de succès client B2B</b> ne sera finalement pas ouvert&nbsp;: le budget de l'équipe Lyon Part-Dieu a été réaffecté dans le cadre d'une réorganisation. Le recrutement est donc clos, pour toutes les personnes encore en lice.</p>
<p>Je mesure que cette nouvelle est décevante après nos échanges, et je vous remercie sincèrement pour votre patience. Je me permettrai de vous recontacter si un poste comparable s'ouvre à Lyon ou à Genève.</p>
<p>Bien cordialement,</p>
<p style="color:#555">Sophie Garnier<br>Chargée de recrutement<br><b>Nexaline Télécom</b><br>23 rue de la Villette, 69003 Lyon<br>+33 4 55 50 12 34</p>""", "fr")
add(slug="nexaline_recruitment_closed_html", lang="fr", company="Nexaline Télécom",
    contact="sophie.garnier@nexaline.example.fr",
    frm=("Sophie Garnier", "sophie.garnier@nexaline.example.fr"),
    subject="Recrutement Chargé(e) de succès client B2B – clôture",
    date="2026-03-27T17:02:00+01:00", key="nx_rej", parent="nx_cancel",
    text=None, html=h, html_cte="quoted-printable")

t = """Hello Mathilde,

Je voulais te le dire moi-même avant que les RH t'envoient le mail officiel : l'équipe a tranché pour le poste d'onboarding, et ce n'est pas toi. Ils ont pris quelqu'un qui fait déjà ce job chez un concurrent, donc opérationnel tout de suite. J'ai plaidé ta cause, promis !

Franchement, ton entretien avec Pascal s'est bien passé, il me l'a dit. C'est juste tombé au mauvais moment.

On se fait une bière la semaine prochaine pour en parler ? Et je te fais signe dès que quelque chose bouge au support.

Bises,
Léonie

--
Léonie Blanc | Product Specialist
Vaudaire Software · Rue de Genève 77, 1004 Lausanne
"""
add(slug="vaudaire_friend_heads_up", lang="fr", company="Vaudaire Software",
    contact="leonie.blanc@vaudaire.example.ch",
    frm=("Léonie Blanc", "leonie.blanc@vaudaire.example.ch"),
    subject="Pour le poste chez nous…",
    date="2026-05-27T21:14:00+02:00", text=t, cte="quoted-printable")

t = """Bonjour Mathilde,

Merci encore pour le temps que vous avez consacré à nos échanges autour du poste de Gestionnaire Relation Client Entreprises.

Nous avons désormais rencontré l'ensemble des personnes retenues pour la dernière étape. Au terme de cette phase, notre choix s'est porté sur une autre candidature, et nous ne pourrons donc pas vous proposer ce poste.

Nous savons qu'une telle réponse est toujours difficile à recevoir. Nous vous remercions pour votre engagement et vous souhaitons beaucoup de succès pour la suite.

Cordialement,
L'équipe Talent d'Orbe Assurances
"""
add(slug="orbe_greenhouse_final_stage", lang="fr", company="Orbe Assurances", contact="",
    frm=("Orbe Assurances", "no-reply@greenhouse-mail.io"),
    subject="Orbe Assurances – votre candidature",
    date="2026-05-20T04:10:00-04:00", key="orbe_rej", parent="orbe_missed",
    text=t, html=ats_card("Orbe Assurances", "#2f4b8f", paras(t),
                          "Powered by Greenhouse · Merci de ne pas répondre à ce message.", "fr"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Madame,

Nous accusons réception de votre dossier pour le poste « Représentante service clients – marché suisse » (réf. 2026-0117) et vous en remercions.

Malgré l'intérêt de votre parcours, votre candidature n'a pas été retenue pour la suite de notre processus de sélection. Compte tenu du nombre de dossiers reçus – plus de septante pour ce seul poste –, nous ne sommes pas en mesure de commenter individuellement notre décision.

Nous vous invitons à consulter régulièrement nos offres d'emploi et vous prions d'agréer, Madame, nos salutations distinguées.

Cadranor
Département des Ressources Humaines
Route des Acacias 45, 1227 Carouge
"""
add(slug="cadranor_taleo_not_retained", lang="fr", company="Cadranor", contact="",
    frm=("Cadranor – Recrutement", "cadranor@taleo.net"),
    enc={"from": ("windows-1252", "Q")},
    subject="Cadranor: Reponse a votre candidature - Req 2026-0117",
    date="2026-01-28T13:00:00+01:00", text=t, cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Mathilde,

Vous avez postulé le 2 février à l'offre « Conseillère clientèle à distance – Lyon 2e » et nous vous en remercions.

Votre candidature a été examinée avec attention par notre équipe. Nous sommes au regret de ne pas pouvoir lui réserver une suite favorable : les profils que nous avons retenus disposent déjà d'une expérience du conseil bancaire à distance et de la certification AMF.

Nous conservons vos informations dans notre vivier, et vous serez informée si une opportunité correspondant davantage à votre parcours venait à se présenter.

Bien cordialement,

La Direction des Ressources Humaines
Banque Saône-Rhône

Conformément au RGPD, vous pouvez demander la suppression de vos données à tout moment depuis votre espace candidat. Ne répondez pas à ce courriel.
"""
add(slug="saonerhone_icims_base64", lang="fr", company="Banque Saône-Rhône", contact="",
    frm=("Banque Saône-Rhône", "careers-saonerhone@icims.com"),
    enc={"from": ("utf-8", "B"), "subject": ("utf-8", "B")},
    subject="Votre candidature chez Banque Saône-Rhône",
    date="2026-02-23T09:31:00+01:00", text=t, cte="base64",
    html=ats_card("Banque Saône-Rhône", "#003b71", paras(t), "iCIMS · Banque Saône-Rhône", "fr"),
    html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

old = """Bonjour Madame Okeke-Zürcher,

Suite à notre entretien téléphonique, nous serions heureux de vous accueillir pour une journée d'essai dans l'équipe support, le mardi 12 mai de 8h30 à 17h00.

Vous passerez la matinée avec Elodie, qui traite les demandes de nos clients fiduciaires, et l'après-midi vous prendrez vous-même quelques appels simples, accompagnée.

Meilleures salutations
Olivier Jeanneret"""
t = """Bonjour Madame Okeke-Zürcher,

Merci d'être venue passer cette journée avec nous le mardi 26 mai. L'équipe a apprécié votre curiosité et votre calme au téléphone avec nos clients fiduciaires.

Nous avons cependant décidé de ne pas aller plus loin : après discussion, le poste demande davantage d'autonomie sur les questions comptables que ce que nous pouvons raisonnablement former dans les trois premiers mois. Ce n'est pas un jugement sur vos qualités, plutôt sur notre capacité à accompagner une reconversion en ce moment.

Je vous souhaite sincèrement de trouver rapidement la bonne équipe.

Meilleures salutations

Olivier Jeanneret
Responsable Support & Customer Success
Numeris
Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel
032 555 61 20

""" + outlook("fr", "Olivier Jeanneret", "lundi 4 mai 2026 10:15", "Mathilde Okeke-Zürcher",
              "Journée d'essai chez Numeris", old, rule="")
add(slug="numeris_after_trial_day", lang="fr", company="Numeris",
    contact="olivier.jeanneret@numeris.example.ch",
    frm=("Olivier Jeanneret", "olivier.jeanneret@numeris.example.ch"),
    subject="RE: Journée d'essai chez Numeris",
    date="2026-06-02T08:47:00+02:00", key="numeris_rej", parent="numeris_move",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "fr"))

t = """Bonjour Mathilde,

Petit retour rapide sur la mission de six mois au service client dont on avait parlé la semaine passée : le client a finalement retenu une autre candidate, qui pouvait commencer dès lundi. Les délais étaient vraiment serrés de leur côté.

Je te garde évidemment en tête pour les prochaines missions, il y en a souvent au printemps dans le secteur bancaire. Tiens-moi au courant si tes disponibilités changent.

Belle fin de semaine,

Kevin Da Silva
Consultant recrutement
Interim Plus – Genève
Rue du Rhône 64, 1204 Genève
+41 22 555 27 40
"""
add(slug="interimplus_client_unnamed_no", lang="fr", company="Interim Plus",
    contact="kevin.dasilva@interimplus.example.ch",
    frm=("Kevin Da Silva", "kevin.dasilva@interimplus.example.ch"),
    subject="Mission service client – retour du client",
    date="2026-04-17T16:55:00+02:00", text=t)

t = """Bonjour Madame Okeke-Zürcher,

Merci pour l'entretien du 17 juillet et pour l'intérêt que vous portez à Gruyère Connect.

Nous avons reçu près de nonante candidatures pour ce poste de Customer Care Lead. Au terme des entretiens, nous avons décidé de confier le poste à une personne ayant déjà encadré une équipe de support dans les télécoms.

Nous vous remercions de la confiance témoignée et vous adressons, Madame, nos meilleures salutations.

Équipe RH
Gruyère Connect
Rue de Vevey 12, 1630 Bulle
"""
add(slug="gruyere_personio_after_interview", lang="fr", company="Gruyère Connect", contact="",
    frm=("Gruyère Connect", "noreply@personio.de"),
    enc={"from": ("utf-8", "Q"), "subject": ("iso-8859-1", "B")},
    subject="Votre candidature chez Gruyère Connect",
    date="2026-07-24T09:00:00+02:00", key="gc_rej", parent="gc_move",
    text=t, html=ats_card("Gruyère Connect", "#c8102e", paras(t),
                          "Cet e-mail a été généré automatiquement via Personio.", "fr"))

# ----------------------------------------------------------------------------- Deutsch

t = reply("""Guten Tag Frau Okeke-Zürcher

Nochmals herzlichen Dank für Ihren Besuch bei uns in Zürich-West und das offene Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Person entschieden, die bereits mehrere Jahre bei einem unserer Partner mit unserer Plattform gearbeitet hat und sich deshalb schneller einarbeiten kann.

Ich wünsche Ihnen für Ihren Wechsel in den Customer-Success-Bereich viel Erfolg – Ihre Erfahrung am Postschalter ist dafür wertvoller, als Sie vielleicht denken.

Freundliche Grüsse
Fabian Keller
Head of Customer Success
Reuss Digital
Hardstrasse 219, 8005 Zürich""", "de", "2. April 2026 um 09:30", "Fabian Keller",
          "fabian.keller@reuss-digital.example.ch", """Guten Tag Frau Okeke-Zürcher

Vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem persönlichen
Gespräch einladen. Passt Ihnen Dienstag, 14. April, um 10:00 Uhr bei uns
an der Hardstrasse?

Freundliche Grüsse
Fabian Keller""")
add(slug="reuss_after_interview_quoting_invite", lang="de", company="Reuss Digital",
    contact="fabian.keller@reuss-digital.example.ch",
    frm=("Fabian Keller", "fabian.keller@reuss-digital.example.ch"),
    subject="Re: Einladung zum Gespräch – Customer Success Manager",
    date="2026-04-22T13:40:00+02:00", parent="reuss_inv", text=t)

t = """Sehr geehrte Frau Okeke-Zürcher

Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Tätigkeit bei der Limmatbank.

Nach sorgfältiger Prüfung Ihrer Unterlagen und nach dem Telefongespräch mit Herrn Brunner müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Stelle «Kundenbetreuerin Digitale Kanäle» nicht weiter berücksichtigen können.

Ihre Daten werden gemäss unseren Datenschutzbestimmungen nach Abschluss des Verfahrens gelöscht, sofern Sie uns nicht ausdrücklich die Aufnahme in unseren Talentpool erlauben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Limmatbank
Human Resources
Bahnhofquai 9, 8001 Zürich

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(slug="limmatbank_successfactors_latin1", lang="de", company="Limmatbank", contact="",
    frm=("Limmatbank Human Resources", "limmatbank@successfactors.eu"),
    subject="Ihre Bewerbung für die Stelle «Kundenbetreuerin Digitale Kanäle»",
    enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "B")},
    date="2026-03-05T08:15:00+01:00", key="lb_rej", parent="lb_missed",
    text=t, charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("Limmatbank", "#0b3d5c", paras(t), "SAP SuccessFactors · Limmatbank", "de",
                  charset="iso-8859-1"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Grüezi Frau Okeke-Zürcher

Besten Dank für Ihre Bewerbung vom 3. Juli und Ihre Geduld.

Ich muss Ihnen leider mitteilen, dass die Stelle inzwischen intern besetzt worden ist: Ein Mitarbeiter aus unserem Kundendienst in Thun übernimmt die Aufgabe per 1. September. Wir schreiben Stellen jeweils parallel intern und extern aus, und in diesem Fall hat die interne Lösung den Ausschlag gegeben.

Ihr Dossier hat uns gut gefallen. Wenn Sie einverstanden sind, behalten wir es für sechs Monate in unserer Kartei.

Freundliche Grüsse

Ursula Gerber
HR-Fachfrau
Kornhaus Telekom
Kornhausplatz 14, 3011 Bern
031 555 44 20
"""
add(slug="kornhaus_internal_candidate", lang="de", company="Kornhaus Telekom",
    contact="ursula.gerber@kornhaus-telekom.example.ch",
    frm=("Ursula Gerber", "ursula.gerber@kornhaus-telekom.example.ch"),
    subject="Ihre Bewerbung als Customer Success Specialist",
    date="2026-08-12T10:22:00+02:00", text=t, cte="quoted-printable")

t = """Liebe Frau Okeke-Zürcher

Leider habe ich keine guten Nachrichten von Glattal Telekom. Die Linienverantwortliche hat sich nach dem Zweitgespräch für eine Kandidatin entschieden, die bereits Erfahrung mit Geschäftskunden im Telekombereich mitbringt.

Sie hat ausdrücklich betont, wie sympathisch und gut vorbereitet Sie waren – das ist nicht bloss eine Floskel, ich habe nachgefragt.

Lassen Sie uns nächste Woche kurz telefonieren, damit wir die Suche neu ausrichten können. Ich habe zwei Mandate im Raum Winterthur, die passen könnten.

Herzliche Grüsse
Nadine Meier

Nadine Meier | Senior Consultant Office & Sales
Talentwerk Personal
Löwenstrasse 51 | 8001 Zürich
T +41 44 555 82 19
"""
add(slug="talentwerk_relays_glattal_no", lang="de", company="Glattal Telekom",
    contact="nadine.meier@talentwerk.example.ch",
    frm=("Nadine Meier", "nadine.meier@talentwerk.example.ch"),
    subject="Rückmeldung Glattal Telekom",
    date="2026-03-02T17:26:00+01:00", text=t, html=outlook_html(paras(t), "de"))

t = """Hallo Frau Okeke-Zürcher

Danke für Ihre Nachfrage. Wir haben die Stelle anderweitig vergeben.

Gruss
R. Imboden

""" + outlook("de", "Mathilde Okeke-Zürcher <mathilde.oz@example.ch>", "Montag, 9. Februar 2026 17:40",
              "Roger Imboden <roger.imboden@jungfrau-telecom.example.ch>",
              "Bewerbung Kundendienst Interlaken", """Guten Tag Herr Imboden

Vor drei Wochen habe ich mich für die Stelle im Kundendienst beworben und wollte mich erkundigen, ob bereits ein Entscheid gefallen ist. Ich wäre weiterhin sehr interessiert und könnte kurzfristig zu einem Gespräch nach Interlaken kommen.

Freundliche Grüsse
Mathilde Okeke-Zürcher""", rule="-----Ursprüngliche Nachricht-----")
add(slug="jungfrau_terse_two_lines", lang="de", company="Jungfrau Telecom",
    contact="roger.imboden@jungfrau-telecom.example.ch",
    frm=("Roger Imboden", "roger.imboden@jungfrau-telecom.example.ch"),
    subject="AW: Bewerbung Kundendienst Interlaken",
    date="2026-02-10T07:58:00+01:00", parent="jungfrau_nudge", text=t)

t = """Sehr geehrte Frau Okeke-Zürcher

Vielen Dank für Ihr Interesse an der Position «Kundenberaterin Innendienst (80–100 %)» in Zürich Oerlikon.

Wir haben alle eingegangenen Bewerbungen sorgfältig geprüft. Dabei haben wir festgestellt, dass andere Profile die fachlichen Anforderungen – insbesondere die Ausbildung als Versicherungsfachfrau VBV – besser abdecken. Deshalb können wir Ihnen heute keine Zusage geben.

Bitte verstehen Sie diesen Entscheid nicht als Urteil über Ihre Person. Gerne dürfen Sie sich auch in Zukunft auf passende Stellen bei uns bewerben.

Mit freundlichen Grüssen
Ihr Rekrutierungsteam
Rheintal Versicherung
"""
add(slug="rheintal_softgarden_closer_match", lang="de", company="Rheintal Versicherung",
    contact="", frm=("Rheintal Versicherung", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung bei der Rheintal Versicherung",
    date="2026-07-15T14:02:00+02:00", parent="rv_ack",
    text=t, html=ats_card("Rheintal Versicherung", "#2e7d32", paras(t),
                          "Versendet über softgarden · Antworten werden nicht gelesen.", "de"),
    headers=[("Auto-Submitted", "auto-generated")])

h = outlook_html("""<p>Liebe Frau Okeke-Zürcher</p>
<p>Ich melde mich wie versprochen wegen des abgesagten Schnuppertags.</p>
<p>Leider muss ich Ihnen mitteilen, dass wir die Besetzung der Stelle «Customer Success Associate» bis auf Weiteres sistieren. Unser grösster Kunde hat den Vertrag auf Ende Jahr gekündigt, und die Geschäftsleitung hat einen Einstellungsstopp beschlossen. Das Verfahren wird deshalb nicht weitergeführt – auch nicht mit anderen Kandidierenden.</p>
<p>Es tut mir aufrichtig leid, zumal ich mich auf den Tag mit Ihnen gefreut hatte. Sollte sich die Lage im Herbst ändern, würde ich gerne wieder auf Sie zukommen.</p>
<p>Freundliche Grüsse</p>
<p>Corinne Wyss<br>Teamleiterin Support<br>Zytglogge Software<br>Kramgasse 49, 3011 Bern<br>031 555 12 48</p>""", "de", charset="windows-1252")
add(slug="zytglogge_on_hold_outlook_html", lang="de", company="Zytglogge Software",
    contact="corinne.wyss@zytglogge.example.ch",
    frm=("Corinne Wyss", "corinne.wyss@zytglogge.example.ch"),
    subject="Stelle Customer Success Associate – Verfahren sistiert",
    enc={"subject": ("windows-1252", "B")},
    date="2026-06-29T15:10:00+02:00", key="zg_rej", parent="zg_cancel",
    text=None, html=h, html_charset="windows-1252", html_cte="quoted-printable")

t = reply("""Sehr geehrte Frau Okeke-Zürcher

Vielen Dank für Ihre freundlichen Zeilen nach unserem Gespräch. Es freut mich, dass Sie einen guten Eindruck von unserem Team gewonnen haben.

Nach den Gesprächen mit allen Kandidierenden haben wir uns entschieden, die Stelle mit einer Person aus dem Private Banking zu besetzen. Für Ihre weitere Stellensuche wünsche ich Ihnen viel Erfolg.

Freundliche Grüsse

Beatrice Schär
Leiterin Kundendienst
Seeland Privatbank
Zentralstrasse 40, 2502 Biel/Bienne
Tel. +41 32 555 90 12

Diese Nachricht kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
          "de", "19.08.2026 um 17:05", "Mathilde Okeke-Zürcher", CAND_ADDR, """Sehr geehrte Frau Schär

Herzlichen Dank für das angenehme Gespräch von gestern und die Zeit, die
Sie und Herr Kocher sich genommen haben. Die Aufgaben im Kundendienst
entsprechen genau dem, was ich suche, und ich würde mich sehr über eine
Einladung zur nächsten Runde freuen.

Freundliche Grüsse
Mathilde Okeke-Zürcher""")
add(slug="seeland_after_thankyou", lang="de", company="Seeland Privatbank",
    contact="beatrice.schaer@seeland-privatbank.example.ch",
    frm=("Beatrice Schär", "beatrice.schaer@seeland-privatbank.example.ch"),
    enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
    subject="Re: Dank für das Gespräch vom 18. August",
    date="2026-08-25T10:44:00+02:00", parent="sp_thanks",
    text=t, cte="quoted-printable", html=page(paras(t), "de"))

# ----------------------------------------------------------------------------- English

t = """Hi Mathilde,

Thank you for taking the time to meet Marco and me last week, and for the thoughtful questions you asked about our onboarding playbooks.

I'm sorry to let you know that we won't be moving ahead with your application for the Customer Success Associate role. The team felt that the position, which covers our German-speaking enterprise accounts, needs someone with more hands-on SaaS account management than came through in the conversation.

It was a close call, and I'd be glad to share more detailed feedback if that would help. Just reply to this email.

All the best,
Priya

Priya Raman
Talent Partner, Quadrivo
Rue de Lausanne 15, 1201 Geneva
"""
add(slug="quadrivo_greenhouse_after_interview", lang="en", company="Quadrivo",
    contact="priya.raman@quadrivo.example.ch",
    frm=("Priya Raman via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Raman", "priya.raman@quadrivo.example.ch"),
    subject="Your application to Quadrivo",
    date="2026-05-04T11:18:00-04:00", parent="qd_inv",
    text=t, html=ats_card("Quadrivo", "#4a3aff", paras(t), "Sent via Greenhouse", "en"))

t = """Hi Mathilde,

Thanks for your interest in the Customer Success Manager (EMEA) position at Kestrel Analytics and for speaking with our team.

We've now completed the interview stage and, after careful consideration, we will not be progressing your application further. We received a large number of strong applications and had to make some difficult choices.

We'll keep your details on file for 12 months and may reach out if a suitable role opens up.

Kind regards,
The Kestrel Analytics Talent Team

Kestrel Analytics Ltd · 40 Leonard Street, London EC2A 4LT
You are receiving this email because you applied for a role at Kestrel Analytics via Ashby.
"""
add(slug="kestrel_ashby_not_progressing", lang="en", company="Kestrel Analytics", contact="",
    frm=("Kestrel Analytics", "no-reply@ashbyhq.com"),
    subject="Update on your Kestrel Analytics application",
    date="2026-06-09T15:03:00+01:00", parent="ks_move",
    text=t, html=ats_card("Kestrel Analytics", "#ff6b35", paras(t), "Powered by Ashby", "en"),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Hi Mathilde,

I've just come off the phone with Harlow Insurance. I'm afraid they've decided not to take things further with you for the Client Success Lead role.

Their feedback, in short: they liked your warmth and how you described handling difficult customers at the counter, but they're after someone who has already run renewals conversations with broker partners, and they felt that gap would be too big in a team of three.

I know this one stings after the cancelled first slot and all the back and forth. Let's regroup on Thursday — I've got a couple of roles in fintech that I think suit you better.

Best,
Hannah

Hannah Okafor
Principal Consultant | Bridgewater Search
3 Snow Hill, London EC1A 2DR
+44 20 5550 1847
"""
add(slug="bridgewater_relays_harlow_no", lang="en", company="Harlow Insurance",
    contact="hannah.okafor@bridgewater-search.example.co.uk",
    frm=("Hannah Okafor", "hannah.okafor@bridgewater-search.example.co.uk"),
    subject="Harlow Insurance - feedback",
    date="2026-07-14T12:31:00+01:00", parent="bw_cancel", text=t, cte="quoted-printable")

t = """Hey Mathilde,

Wanted to give you a heads-up myself rather than have you wait on a template. We've gone with someone else for the support lead role — she's spent three years doing CS at a payments startup, and that tipped it.

For what it's worth, once we finally got you on Zoom (tech gremlins, I know!) you were one of the people the team talked about most afterwards. If we open a second seat in the autumn I'll ping you first.

Cheers,
Rosie

Rosie Hartley · Head of Operations · Pennant Labs
"""
add(slug="pennant_casual_heads_up", lang="en", company="Pennant Labs",
    contact="rosie@pennantlabs.example.co.uk",
    frm=("Rosie Hartley", "rosie@pennantlabs.example.co.uk"),
    subject="quick note from Pennant",
    date="2026-05-08T18:05:00+01:00", parent="pn_missed", text=t)

# ----------------------------------------------------------------------------- español

t = """Estimada Mathilde:

Gracias por participar en nuestra jornada de evaluación del 2 de junio para el puesto de Especialista de Atención al Cliente (Ginebra).

Lamentamos comunicarle que, tras valorar los resultados de todas las pruebas, su candidatura no continuará en el proceso de selección. La decisión se basa en el conjunto de competencias requeridas para esta posición y no en una única prueba.

Le agradecemos sinceramente el tiempo y el esfuerzo dedicados, y le animamos a seguir atenta a nuestras vacantes.

Atentamente,

Equipo de Selección
Banco Meridiano, sucursal de Ginebra
Rue de la Corraterie 8, 1204 Ginebra

Este correo se ha generado automáticamente; por favor, no responda a esta dirección.
"""
add(slug="meridiano_workday_after_assessment", lang="es", company="Banco Meridiano", contact="",
    frm=("Banco Meridiano", "bancomeridiano@myworkday.com"),
    subject="Actualización sobre su candidatura – Banco Meridiano",
    enc={"subject": ("utf-8", "B")},
    date="2026-06-12T02:20:00-07:00", parent="bm_inv", text=t, cte="base64",
    html=ats_card("Banco Meridiano", "#b8860b", paras(t), "Workday · Banco Meridiano", "es"),
    html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

t = """Hola Mathilde:

Muchas gracias por tu mensaje y por el tiempo que nos dedicaste el 19 de junio.

Te escribo para contarte que hemos decidido cerrar el proceso con otra candidata cuyo perfil encaja mejor con la parte técnica del puesto (configuración de centralitas para clientes empresa). Ha sido una decisión difícil, porque tu experiencia de atención al público nos pareció muy valiosa.

Te deseo mucha suerte en esta nueva etapa profesional.

Un saludo,

Marta Villalobos
Responsable de Customer Success – Suiza y Francia
Conecta Ibérica
Chemin de Blandonnet 8, 1214 Vernier

El vie, 19 jun 2026 a las 18:20, Mathilde Okeke-Zürcher (<mathilde.oz@example.ch>) escribió:
""" + q("""Hola Marta:

Muchas gracias por la entrevista de esta mañana con el equipo. Me gustó
mucho conocer cómo trabajáis con los clientes empresa en Ginebra y Lyon.
Quedo a vuestra disposición para cualquier paso siguiente.

Un saludo,
Mathilde""") + "\n"
add(slug="conecta_after_interview_quoting_thanks", lang="es", company="Conecta Ibérica",
    contact="marta.villalobos@conecta.example.es",
    frm=("Marta Villalobos", "marta.villalobos@conecta.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-07-01T12:12:00+02:00", parent="cn_thanks", text=t)

t = """Hola, Mathilde:

Te escribo para darte el feedback de nuestro cliente sobre el proceso de Customer Success bilingüe en Ginebra. Lamentablemente han optado por otro perfil, con más años en el sector del software y experiencia con herramientas de CRM.

Sé que la entrevista fue bien y que te hacía ilusión este puesto. Seguimos en contacto: en cuanto tenga una posición que encaje con lo que buscas, te llamo.

Un abrazo,

Diego Campos
Consultor de selección
Talento Sur Consultores
Calle de Serrano 41, 28001 Madrid
+34 91 555 23 67
"""
add(slug="talentosur_client_unnamed_no", lang="es", company="Talento Sur",
    contact="diego.campos@talentosur.example.es",
    frm=("Diego Campos", "diego.campos@talentosur.example.es"),
    subject="Proceso de selección – atención al cliente",
    date="2026-05-15T13:27:00+02:00", parent="ts_reg",
    text=t, charset="iso-8859-1", cte="8bit")

t = """Estimada Sra. Okeke-Zürcher:

Le escribo en relación con su candidatura a la vacante de Gestora de Clientes para nuestra oficina de Lausana.

Por motivos presupuestarios, la dirección ha decidido cancelar esta vacante y cerrar el proceso de selección sin cubrir el puesto. Le pido disculpas por las molestias, ya que habíamos previsto contactarla para una entrevista en las próximas semanas.

Guardaremos su currículum, con su permiso, por si la posición se reabre en 2027.

Reciba un cordial saludo,

Elena Ruiz Cabrera
Responsable de Personas
Alba Seguros – Delegación Suiza
Avenue de la Gare 10, 1003 Lausanne
"""
add(slug="alba_vacancy_cancelled", lang="es", company="Alba Seguros",
    contact="elena.ruiz@albaseguros.example.es",
    frm=("Elena Ruiz Cabrera", "elena.ruiz@albaseguros.example.es"),
    subject="Vacante de Gestora de Clientes – cancelación del proceso",
    enc={"subject": ("utf-8", "B")},
    date="2026-08-10T09:50:00+02:00", text=t, cte="quoted-printable",
    html=page(paras(t), "es"))
