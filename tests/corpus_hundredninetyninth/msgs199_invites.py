"""Corpus 199: interview invitations (26), reschedules/cancellations (15), missed (10)."""

from __future__ import annotations

from msgs199_common import (
    CAND_SIG_FR,
    ats_card,
    outlook,
    outlook_html,
    plain_html,
    quote,
    reply,
    text_to_html,
)

CONFLUENT_UID = "040000008200E00074C5B7101A82E0080000000071C3A9E0F1A4DC01@biscuits-confluent.example.be"
FLANDRINES_UID = "flandrines-entretien-gma-20260309@flandrines.example.fr"
LIEGE_UID = "rcl-ref2026031-gma@cantines-liege.example.be"

# ----------------------------------------------------------------------------- invitations

_i01_text = """Bonjour Monsieur Moreau-Achebe,

Nous avons le plaisir de vous inviter à un entretien pour le poste de planificateur de
production au sein de notre biscuiterie de Jambes.

Date : jeudi 5 mars 2026, de 10h00 à 11h00
Lieu : Les Biscuits du Confluent, Chaussée de Liège 515, 5100 Jambes (accueil bâtiment B)
Jury : Olivier Baudart (directeur de production) et moi-même

Prévoyez une pièce d'identité pour l'accès au site ainsi que des chaussures fermées : nous
terminerons par un passage sur la ligne de cuisson. Vous trouverez l'invitation ci-jointe
pour votre agenda ; merci de l'accepter ou de me proposer un autre moment.

Au plaisir de vous rencontrer,

Amélie Jadot
Chargée de recrutement
Les Biscuits du Confluent
Chaussée de Liège 515, 5100 Jambes
+32 81 55 40 26"""

_i08_html = outlook_html(
    "<p>Bonjour Gwendal,</p>\n"
    "<p>Votre parcours a retenu notre attention et nous aimerions vous rencontrer pour le "
    "poste de <b>planificateur de production H/F</b> de notre site de Lille-Fives.</p>\n"
    "<p>Je vous propose un entretien le <b>lundi 9 mars à 10h00</b>, en présence de "
    "M. Lefebvre, directeur d'usine. Une invitation Outlook est jointe à ce message.</p>\n"
    "<p>Adresse : 18 rue du Molinel, 59800 Lille – à 5 minutes à pied de la gare "
    "Lille-Flandres.</p>\n"
    "<p>Bien cordialement,</p>\n"
    "<p>Claire Dubus<br>Responsable recrutement<br>Pâtisseries Flandrines<br>"
    "03 20 55 81 40</p>"
)

_i12_ack = """Bonjour Gwendal,

Bien reçu votre candidature spontanée, merci ! Je la transmets à notre responsable
d'atelier et je reviens vers vous dans les prochains jours.

Geoffrey Collard"""

_i12_app = """Monsieur Collard,

Cuisinier depuis onze ans, dont six en cuisine de collectivité à Namur, je souhaite
évoluer vers la planification de production dans l'agroalimentaire. Votre siroperie, qui
grandit tout en restant artisanale, m'attire particulièrement.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Gwendal Moreau-Achebe"""

_i12_new = """Bonjour Gwendal,

Notre responsable d'atelier, Anne-Sophie, a lu votre CV avec intérêt. Seriez-vous
disponible le mardi 21 avril à 14h pour un entretien à Herve ? Nous ferons le tour de la
cuisson et du conditionnement, puis nous parlerons du poste autour d'une table, comptez
une heure et demie.

Si le mardi ne vous convient pas, le jeudi 23 est possible également.

Bien à vous,
Geoffrey Collard
Administrateur délégué – Sirop Collard
087 55 31 47"""

_i12_text = (
    _i12_new + "\n\nLe mar. 31 mars 2026 à 09:02, Geoffrey Collard "
    "<geoffrey@sirop-collard.example.be> a écrit :\n"
    + quote(_i12_ack + "\n\nLe lun. 30 mars 2026 à 21:47, Gwendal Moreau-Achebe "
            "<gwendal.ma@example.be> a écrit :\n" + quote(_i12_app)) + "\n"
)

_i19_text = """Dear Gwendal,

Thank you for your application for the Production Scheduler role (Req. 26-0412). We would
like to invite you to our assessment day at the Ettelbruck site.

Date: Tuesday 8 September 2026, 08:30–15:30
Place: Valmont Dairy, 4 route de Diekirch, L-9099 Ettelbruck – reception, building A

The day includes a site tour, a group planning exercise, a one-to-one interview with the
Supply Chain Manager and a short numerical test. The attached agenda has the details.
Lunch is provided; please bring safety shoes if you have them.

Please confirm your attendance by replying to this email by 1 September.

Kind regards,
Owen Pryce
Talent Acquisition Partner | Valmont Dairy
+352 55 81 12 40"""

_i20_text = """Sehr geehrter Herr Moreau-Achebe,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d). Gerne möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Montag, 22. Juni 2026, 10:00–11:30 Uhr
Rheinische Feinkost Brügelmann, Butzweilerhofallee 12, 50829 Köln
Gesprächspartner: Herr Lukas Brügelmann (Geschäftsführung Produktion) und ich

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie uns den Termin kurz per
E-Mail. Die Reisekosten aus Namur erstatten wir Ihnen nach Vorlage der Belege.

Mit freundlichen Grüßen

Katrin Hoffmann
Personalreferentin
Rheinische Feinkost Brügelmann
Telefon: +49 221 555 7710"""

_i24_text = """Hola Gwendal:

Gracias por tu interés en el puesto de planificador/a de producción en Conservas Itsasoa.
Nos gustaría conocerte en una entrevista presencial:

Miércoles 8 de abril de 2026, de 10:00 a 11:00
Conservas Itsasoa – Muelle de Ibarrekolanda 12, 48015 Bilbao

Estarán Jon Uriarte, jefe de fábrica, y yo misma. Te adjunto la convocatoria para tu
calendario. Si el horario no te encaja, dímelo y buscamos otro hueco.

Un saludo,
Nerea Arrieta
Técnica de Personas · Conservas Itsasoa
Tel. 944 55 38 61"""

INVITATIONS: list[dict] = [
    # ---------------------------------------------------------------- fr (13)
    dict(
        kind="interview_invitation", name="confluent_panel_ics", lang="fr",
        company="Les Biscuits du Confluent", contact="amelie.jadot@biscuits-confluent.example.be",
        frm=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
        frm_enc=("utf-8", "Q"),
        subj="Invitation : Entretien – Planificateur de production",
        date="2026-02-23 10:12 +0100", key="confluent-invite", parent="confluent-ack",
        text=_i01_text,
        html=outlook_html(text_to_html(_i01_text)),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid=CONFLUENT_UID, seq=0,
                 start="2026-03-05 10:00 +0100", end="2026-03-05 11:00 +0100",
                 summary="Entretien – Planificateur de production (G. Moreau-Achebe)",
                 location="Les Biscuits du Confluent, Chaussée de Liège 515, 5100 Jambes",
                 organizer=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
                 attendees=[("Olivier Baudart", "olivier.baudart@biscuits-confluent.example.be")],
                 attach=True),
    ),
    dict(
        kind="interview_invitation", name="ccb_assessment_convocation", lang="fr",
        company="Cuisines Centrales de Bruxelles", contact="n.verhaegen@ccb-bxl.example.be",
        frm=("Nadia Verhaegen", "n.verhaegen@ccb-bxl.example.be"),
        subj="Convocation – épreuves de sélection PLAN-B-2026-07",
        date="2026-04-20 13:30 +0200", key="ccb-convoc", parent="ccb-ack",
        text="""Monsieur Moreau-Achebe,

Votre candidature à la fonction de planificateur/planificatrice de production a été jugée
recevable. Nous avons le plaisir de vous convoquer à la journée de sélection :

- mardi 5 mai 2026 à 8h45 précises ;
- Cuisines Centrales de Bruxelles, Quai des Usines 160, 1000 Bruxelles, salle Senne ;
- matin : épreuve écrite (cas pratique de planification d'une semaine de production,
  2 heures) ;
- après-midi : entretien individuel avec le jury (30 minutes), selon l'horaire qui vous
  sera communiqué sur place.

Veuillez vous munir de votre carte d'identité et d'une calculatrice non programmable. La
convocation officielle est jointe en PDF.

En cas d'empêchement, prévenez-nous au plus tard 48 heures à l'avance.

Nadia Verhaegen
Conseillère sélection – Direction des Ressources humaines
Cuisines Centrales de Bruxelles
T +32 2 555 41 73""",
        pdf=dict(filename="Convocation_PLAN-B-2026-07.pdf", lines=[
            "Cuisines Centrales de Bruxelles - Direction des Ressources humaines",
            "CONVOCATION - Procedure PLAN-B-2026-07",
            "Candidat : Gwendal Moreau-Achebe",
            "Date : mardi 5 mai 2026, 8h45",
            "Lieu : Quai des Usines 160, 1000 Bruxelles - salle Senne",
            "Epreuve ecrite (2h) puis entretien avec le jury (30 min).",
            "Se munir d'une piece d'identite.",
        ]),
    ),
    dict(
        kind="interview_invitation", name="ims_client_sambre_meeting", lang="fr",
        company="Sambre Plats Cuisinés", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Rendez-vous chez notre client Sambre Plats Cuisinés – mardi 3/2",
        date="2026-01-28 15:04 +0100", key="ims-invite", parent="ims-ack",
        text="""Bonjour Gwendal,

Suite à notre coup de fil de ce midi, c'est confirmé : Sambre Plats Cuisinés veut vous
rencontrer pour la mission d'assistant planning (3 mois, possibilité d'engagement ensuite).

Rendez-vous le mardi 3 février à 9h30 chez eux :
Sambre Plats Cuisinés – Rue de l'Aéropole 22, 6041 Gosselies
Demandez Mme Carine Dufrasne à l'accueil.

Ils vous poseront des questions sur la gestion des commandes et des stocks en cuisine, et
vous feront visiter l'atelier de conditionnement. Tenue correcte, pas besoin de costume.

Envoyez-moi un petit SMS une fois l'entretien terminé, que je sache comment ça s'est passé.

Kevin Lardinois
Consultant – Intérim Meuse & Sambre
GSM +32 496 55 07 31""",
    ),
    dict(
        kind="interview_invitation", name="delvaux_trial_day", lang="fr",
        company="Traiteur Maison Delvaux", contact="benoit@maison-delvaux.example.be",
        frm=("Benoît Delvaux", "benoit@maison-delvaux.example.be"),
        subj="Journée d'essai chez Delvaux",
        date="2026-08-24 08:02 +0200", key="delvaux-trial",
        text="""Bonjour Gwendal,

Comme on se l'est dit vendredi, je vous propose de venir faire une journée d'essai avec
nous le mardi 1er septembre, de 7h à 15h. Vous passerez la matinée avec Sandrine à la
planification des commandes de la semaine (on a trois banquets et les plateaux du
Parlement), puis l'après-midi en production froide.

On vous fournit la veste et le tablier ; prenez vos chaussures de sécurité. La journée est
rémunérée.

Dites-moi si c'est bon pour vous.

Benoît Delvaux
Traiteur Maison Delvaux
Rue Saint-Nicolas 27, 5000 Namur – 081 55 12 90""",
    ),
    dict(
        kind="interview_invitation", name="jardins_wallonie_cafe_tu", lang="fr",
        company="Les Jardins de Wallonie", contact="manu@jardins-wallonie.example.be",
        frm=("Manu Pirard", "manu@jardins-wallonie.example.be"),
        subj="On se voit jeudi ?",
        date="2026-10-05 19:25 +0200", key="jardins-invite",
        text="""Salut Gwendal,

Vincent m'a passé ton CV. On cherche quelqu'un pour organiser la production de la
légumerie (soupes, bocaux, paniers) et ton profil de cuistot qui veut passer à la planif
nous parle bien.

T'es libre jeudi 8 vers 16h pour en discuter ? On peut se retrouver au Comptoir, rue de
Fer, c'est plus sympa qu'au bureau. Ce serait une première discussion, avec Lise qui gère
les maraîchers.

Manu
Les Jardins de Wallonie – coopérative à finalité sociale
0478 55 20 61""",
    ),
    dict(
        kind="interview_invitation", name="marche_royal_phone_screen", lang="fr",
        company="Marché Royal", contact="yasmina.bouzid@marche-royal.example.be",
        frm=("Yasmina Bouzid", "yasmina.bouzid@marche-royal.example.be"),
        subj="Premier entretien téléphonique – Planificateur de production",
        subj_enc=("utf-8", "B"),
        date="2026-04-14 11:40 +0200", key="mr-screen", parent="mr-ack",
        text="""Bonjour Gwendal,

Je suis recruteuse chez Marché Royal et j'ai bien reçu votre candidature pour le poste de
planificateur de production de l'entrepôt frais de Vilvorde.

J'aimerais faire un premier échange téléphonique d'environ 20 minutes pour mieux connaître
votre parcours et vous présenter le poste. Je vous propose vendredi 17 avril à 10h00.

Pouvez-vous me confirmer ce créneau et le numéro auquel vous joindre ? J'ai noté le
+32 477 31 52 90 sur votre CV.

Merci et à bientôt,

Yasmina Bouzid
Talent Acquisition Specialist – Supply Chain
Marché Royal | Boulevard du Souverain 280, 1160 Auderghem""",
        html=plain_html(text_to_html("""Bonjour Gwendal,

Je suis recruteuse chez Marché Royal et j'ai bien reçu votre candidature pour le poste de
planificateur de production de l'entrepôt frais de Vilvorde.

J'aimerais faire un premier échange téléphonique d'environ 20 minutes pour mieux connaître
votre parcours et vous présenter le poste. Je vous propose vendredi 17 avril à 10h00.

Pouvez-vous me confirmer ce créneau et le numéro auquel vous joindre ? J'ai noté le
+32 477 31 52 90 sur votre CV.

Merci et à bientôt,

Yasmina Bouzid
Talent Acquisition Specialist – Supply Chain
Marché Royal | Boulevard du Souverain 280, 1160 Auderghem""")),
        cte="base64", html_cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", name="proxifrais_teamtailor_link", lang="fr",
        company="Proxi-Frais", contact="julie.servais@proxifrais.example.be",
        frm=("Julie Servais via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Julie Servais", "julie.servais@proxifrais.example.be"),
        subj="Proxi-Frais : choisissez votre créneau d'entretien vidéo",
        date="2026-09-07 10:30 +0200", key="proxi-invite",
        text="""Bonjour Gwendal,

Bonne nouvelle : nous aimerions poursuivre avec vous pour le poste d'assistant planning
production à Gembloux.

La prochaine étape est un entretien vidéo de 30 minutes avec Julie Servais et Mathieu
Hanquet, responsable de l'atelier boucherie. Choisissez le créneau qui vous convient
(du 14 au 18 septembre) :

https://proxifrais.teamtailor.example.com/meetings/7Fq2-ZpLk

Le lien de la visioconférence vous sera envoyé après votre réservation.

À très vite,
Julie Servais
Talent Acquisition – Proxi-Frais""",
        html=ats_card(
            "Proxi-Frais", "#15803d",
            "<p>Bonjour Gwendal,</p>\n<p>Bonne nouvelle : nous aimerions poursuivre avec "
            "vous pour le poste d'assistant planning production à Gembloux.</p>\n<p>La "
            "prochaine étape est un entretien vidéo de 30 minutes avec Julie Servais et "
            "Mathieu Hanquet, responsable de l'atelier boucherie. Choisissez le créneau qui "
            "vous convient (du 14 au 18 septembre) :</p>\n<p><a href=\"https://proxifrais."
            "teamtailor.example.com/meetings/7Fq2-ZpLk\" style=\"background:#15803d;"
            "color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none\">Choisir un "
            "créneau</a></p>\n<p>Le lien de la visioconférence vous sera envoyé après votre "
            "réservation.</p>\n<p>À très vite,<br>Julie Servais<br>Talent Acquisition – "
            "Proxi-Frais</p>",
            "Envoyé avec Teamtailor", lang="fr"),
    ),
    dict(
        kind="interview_invitation", name="flandrines_outlook_ics", lang="fr",
        company="Pâtisseries Flandrines", contact="claire.dubus@flandrines.example.fr",
        frm=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
        subj="Entretien – Planificateur de production H/F",
        date="2026-02-25 11:18 +0100", key="flandrines-invite", parent="flandrines-ack",
        html=_i08_html, cte="quoted-printable",
        ics=dict(method="REQUEST", uid=FLANDRINES_UID, seq=0,
                 start="2026-03-09 10:00 +0100", end="2026-03-09 11:00 +0100",
                 summary="Entretien Gwendal Moreau-Achebe – planificateur",
                 location="18 rue du Molinel, 59800 Lille",
                 organizer=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
                 attendees=[("Thierry Lefebvre", "t.lefebvre@flandrines.example.fr")],
                 cte="base64"),
    ),
    dict(
        kind="interview_invitation", name="wattrelos_invite", lang="fr",
        company="Maison Wattrelos Salaisons", contact="b.vasseur@wattrelos-salaisons.example.fr",
        frm=("Bruno Vasseur", "b.vasseur@wattrelos-salaisons.example.fr"),
        subj="Entretien - planificateur de production (Wattrelos)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-15 09:41 +0200", key="wattrelos-invite",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Monsieur Moreau-Achebe,

Suite à votre candidature, nous vous proposons un entretien sur notre site de Wattrelos
le mardi 23 juin à 10h00, avec moi-même et notre responsable d'atelier.
Merci de confirmer votre présence.

Bruno Vasseur
Responsable des ressources humaines
Maison Wattrelos Salaisons
ZI de la Martinoire - 59150 Wattrelos
Tél. 03 20 55 17 62""",
    ),
    dict(
        kind="interview_invitation", name="alzette_teams_visio", lang="fr",
        company="Moulins de l'Alzette", contact="sophie.kieffer@moulins-alzette.example.lu",
        frm=("Sophie Kieffer", "sophie.kieffer@moulins-alzette.example.lu"),
        subj="Entretien en visioconférence – Planificateur de production",
        date="2026-06-08 16:05 +0200", key="alzette-invite",
        text="""Bonjour Monsieur Moreau-Achebe,

Merci pour votre candidature. Nous souhaitons vous rencontrer en visioconférence le
mardi 16 juin 2026 de 14h00 à 14h45, avec M. Paul Schmit, responsable de la meunerie.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion <https://teams.example.com/l/meetup-join/19%3ameeting_MzFkYjc>
ID de la réunion : 355 812 904 17
Code secret : q7XkP2
________________________________________________________________________________

Merci de vous connecter quelques minutes avant l'heure prévue.

Sophie Kieffer
Human Resources Business Partner – Moulins de l'Alzette
Tél. +352 55 33 41 20""",
        ics=dict(method="REQUEST", uid="alzette-teams-0616-gma@moulins-alzette.example.lu",
                 seq=0, start="2026-06-16 14:00 +0200", end="2026-06-16 14:45 +0200",
                 summary="Entretien planificateur de production – G. Moreau-Achebe",
                 location="Réunion Microsoft Teams",
                 organizer=("Sophie Kieffer", "sophie.kieffer@moulins-alzette.example.lu")),
    ),
    dict(
        kind="interview_invitation", name="vervier_meeting_unnamed_client", lang="fr",
        company="Vervier & Associés", contact="h.vervier@vervier-associes.example.be",
        frm=("Hélène Vervier", "h.vervier@vervier-associes.example.be"),
        subj="Rencontre préliminaire – mission planification (confidentiel)",
        date="2026-05-26 09:48 +0200", key="vervier-invite",
        text="""Cher Monsieur Moreau-Achebe,

Je mène actuellement, pour le compte d'un industriel de la biscuiterie implanté en
Wallonie, une mission confidentielle de recrutement d'un planificateur de production. Votre
profil m'a été recommandé et je souhaiterais vous rencontrer.

Je vous propose un entretien d'une heure en visioconférence le mardi 2 juin à 9h00. Le
nom de notre client vous sera communiqué à l'issue de cet entretien si nous décidons
ensemble d'aller plus loin.

Le lien Teams suit dans une invitation séparée.

Bien cordialement,

Hélène Vervier
Associée – Vervier & Associés
+32 2 555 09 84""",
    ),
    dict(
        kind="interview_invitation", name="collard_long_chain", lang="fr",
        company="Sirop Collard", contact="geoffrey@sirop-collard.example.be",
        frm=("Geoffrey Collard", "geoffrey@sirop-collard.example.be"),
        subj="Re: Candidature spontanée – planification de production",
        date="2026-04-09 17:20 +0200", key="collard-invite", parent="collard-ack",
        text=_i12_text,
    ),
    dict(
        kind="interview_invitation", name="cantines_liege_convocation_ics", lang="fr",
        company="Régie des Cantines Liégeoises", contact="r.thonon@cantines-liege.example.be",
        frm=("Rosalie Thonon", "r.thonon@cantines-liege.example.be"),
        subj="Convocation à l'entretien de sélection – REF 2026/031",
        subj_enc=("utf-8", "B"),
        date="2026-09-14 10:00 +0200", key="liege-convoc", parent="liege-ack",
        text="""Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste de
planificateur·rice de production (REF 2026/031) a été retenue pour la phase d'entretien.

Vous êtes convoqué le mardi 29 septembre 2026 à 9h30, Rue des Prémontrés 40, 4000 Liège
(2e étage, salle du collège). L'entretien durera environ 45 minutes devant un jury de trois
personnes.

Vous trouverez une invitation de calendrier jointe. Merci de confirmer votre présence par
retour de courriel.

Rosalie Thonon
Service du personnel – Régie des Cantines Liégeoises
04 555 62 18""",
        ics=dict(method="REQUEST", uid=LIEGE_UID, seq=0,
                 start="2026-09-29 09:30 +0200", end="2026-09-29 10:15 +0200",
                 summary="Entretien de sélection REF 2026/031",
                 location="Rue des Prémontrés 40, 4000 Liège – salle du collège",
                 organizer=("Rosalie Thonon", "r.thonon@cantines-liege.example.be")),
    ),
    # ---------------------------------------------------------------- en (6)
    dict(
        kind="interview_invitation", name="scheldt_lever_phone_screen", lang="en",
        company="Scheldt Valley Foods", contact="pieter.desmet@scheldtvalley.example.be",
        frm=("Pieter De Smet via Lever", "no-reply@hire.lever.co"),
        reply_to=("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be"),
        subj="Scheldt Valley Foods – let's schedule a phone screen",
        date="2026-05-11 14:22 +0200", key="scheldt-screen", parent="scheldt-ack",
        text="""Hi Gwendal,

Thanks for applying for the Junior Production Planner position in Ghent. I'd like to set
up a 30-minute phone screen to learn more about you and walk you through the role.

Please pick a time that works for you here:
https://hire.lever.co/interviews/schedule/5c1e0f7a-29b4-4c2a-a8d1-scheldtvalley

I'll call you on the number on your CV at the time you choose.

Talk soon,
Pieter De Smet
Operations Planning Manager, Scheldt Valley Foods""",
        html=ats_card(
            "Scheldt Valley Foods", "#0f766e",
            "<p>Hi Gwendal,</p>\n<p>Thanks for applying for the Junior Production Planner "
            "position in Ghent. I'd like to set up a 30-minute phone screen to learn more "
            "about you and walk you through the role.</p>\n<p><a href=\"https://hire.lever.co/"
            "interviews/schedule/5c1e0f7a-29b4-4c2a-a8d1-scheldtvalley\">Pick a time</a></p>\n"
            "<p>I'll call you on the number on your CV at the time you choose.</p>\n"
            "<p>Talk soon,<br>Pieter De Smet<br>Operations Planning Manager, Scheldt Valley "
            "Foods</p>",
            "Sent via Lever on behalf of Scheldt Valley Foods"),
    ),
    dict(
        kind="interview_invitation", name="scheldt_onsite_panel_ics", lang="en",
        company="Scheldt Valley Foods", contact="pieter.desmet@scheldtvalley.example.be",
        frm=("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be"),
        subj="Panel interview at our Drongen plant – 4 June",
        date="2026-05-21 16:48 +0200", key="scheldt-panel", parent="scheldt-sorry",
        text="""Hi Gwendal,

No harm done about the call, these things happen. We had a good talk on Wednesday in the
end, and I'd like you to meet the wider team.

Panel interview: Thursday 4 June, 13:30–15:30
Where: Scheldt Valley Foods, Drongensesteenweg 388, 9031 Gent (ask for me at reception)
Panel: me, Els Van Acker (Plant Manager) and Koen Maes (Supply Chain Lead)

Part of the session is a 40-minute case: you'll get a week of soup and sauce orders and
build a line schedule. No preparation needed. A calendar invite is attached.

Best,
Pieter""",
        ics=dict(method="REQUEST", uid="lever-panel-20260604-gma@scheldtvalley.example.be",
                 seq=0, start="2026-06-04 13:30 +0200", end="2026-06-04 15:30 +0200",
                 summary="Panel interview – Junior Production Planner (Gwendal Moreau-Achebe)",
                 location="Drongensesteenweg 388, 9031 Gent",
                 organizer=("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be"),
                 attendees=[("Els Van Acker", "els.vanacker@scheldtvalley.example.be"),
                            ("Koen Maes", "koen.maes@scheldtvalley.example.be")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        kind="interview_invitation", name="hollis_kerr_kernel_interview", lang="en",
        company="Kernel Food Group", contact="fiona.marsh@holliskerr.example.co.uk",
        frm=("Fiona Marsh", "fiona.marsh@holliskerr.example.co.uk"),
        subj="Interview with Kernel Food Group – Tuesday 21 July",
        date="2026-07-14 12:31 +0100", key="hk-invite", parent="hk-cold",
        text="""Hi Gwendal,

Great news: having read your profile, Kernel Food Group would like to meet you for the
Supply & Production Planner role at their Bettembourg plant.

When: Tuesday 21 July, 15:00 (Luxembourg time), about an hour
Where: Kernel Food Group, Z.A.E. Krakelshaff, L-3290 Bettembourg
Who: Marc Thill, Head of Supply Planning, and an HR partner

I'll send you a one-page brief on the plant and the team tomorrow. Shall we have a quick
prep call on Friday?

Best wishes,
Fiona

Fiona Marsh
Principal Consultant, Food & Consumer | Hollis Kerr Search
+44 121 555 0193""",
    ),
    dict(
        kind="interview_invitation", name="brightwater_greenhouse_scheduling", lang="en",
        company="Brightwater Plant Kitchen", contact="ana.ruiz@brightwater-kitchen.example.be",
        frm=("Ana Ruiz via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Ana Ruiz", "ana.ruiz@brightwater-kitchen.example.be"),
        subj="Interview availability – Production Planner at Brightwater Plant Kitchen",
        date="2026-02-04 09:55 +0100", key="brightwater-invite", parent="brightwater-ack",
        text="""Hi Gwendal,

Thanks again for applying to Brightwater Plant Kitchen. The hiring team would like to
invite you to a 45-minute video interview with Lotte (Head of Production) and me.

Please let us know your availability using the link below; it only takes a minute:
https://app.greenhouse.io/scheduling/availability/e1f2a9c4b7

Once we have your times, you'll receive a calendar invitation with the video link.

Cheers,
Ana Ruiz
People & Talent, Brightwater Plant Kitchen""",
    ),
    dict(
        kind="interview_invitation", name="orchard_mill_free_thursday", lang="en",
        company="Orchard & Mill", contact="tom@orchardmill.example.be",
        frm=("Tom Hegarty", "tom@orchardmill.example.be"),
        subj="coffee on Thursday?",
        date="2026-03-03 20:11 +0100", key="orchard-invite",
        text="""Hi Gwendal,

Saw your application for the planner job come through. Are you free Thursday afternoon to
come by the bakery in Forest and chat about it? Say 3pm? Nothing formal, I'll show you the
ovens and we can talk about how you'd plan the week.

Tom
Orchard & Mill – Rue de la Station 61, 1190 Forest""",
    ),
    dict(
        kind="interview_invitation", name="valmont_assessment_day_pdf", lang="en",
        company="Valmont Dairy", contact="owen.pryce@valmont-dairy.example.lu",
        frm=("Owen Pryce", "owen.pryce@valmont-dairy.example.lu"),
        subj="Assessment day invitation – Production Scheduler (Req. 26-0412)",
        date="2026-08-24 10:20 +0200", key="valmont-invite", parent="valmont-ack",
        text=_i19_text,
        html=plain_html(text_to_html(_i19_text), lang="en"),
        pdf=dict(filename="Valmont_assessment_day_agenda.pdf", lines=[
            "Valmont Dairy - Assessment Day, Ettelbruck - 8 September 2026",
            "08:30 Welcome and coffee, building A",
            "09:00 Site tour (milk reception, butter line, packing)",
            "10:30 Group exercise: weekly production plan",
            "12:00 Lunch",
            "13:00 One-to-one interview with the Supply Chain Manager",
            "14:15 Numerical reasoning test",
            "15:30 Close",
        ]),
    ),
    # ---------------------------------------------------------------- de (4)
    dict(
        kind="interview_invitation", name="bruegelmann_einladung_ics", lang="de",
        company="Rheinische Feinkost Brügelmann",
        contact="k.hoffmann@feinkost-bruegelmann.example.de",
        frm=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
        subj="Einladung zum Vorstellungsgespräch – Produktionsplaner (m/w/d)",
        date="2026-06-10 09:02 +0200", key="bruegelmann-invite", parent="bruegelmann-ack",
        text=_i20_text, cte="quoted-printable",
        ics=dict(method="REQUEST", uid="rfb-vg-20260622-moreau@feinkost-bruegelmann.example.de",
                 seq=0, start="2026-06-22 10:00 +0200", end="2026-06-22 11:30 +0200",
                 summary="Vorstellungsgespräch Produktionsplaner – Herr Moreau-Achebe",
                 location="Butzweilerhofallee 12, 50829 Köln",
                 organizer=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
                 attendees=[("Lukas Brügelmann", "l.bruegelmann@feinkost-bruegelmann.example.de")],
                 attach=True),
    ),
    dict(
        kind="interview_invitation", name="domstadt_telefoninterview", lang="de",
        company="Domstadt Backwaren", contact="jonas.pfeiffer@domstadt-backwaren.example.de",
        frm=("Jonas Pfeiffer", "jonas.pfeiffer@domstadt-backwaren.example.de"),
        subj="Telefoninterview – Produktionsplaner (m/w/d)",
        date="2026-04-29 15:36 +0200", key="domstadt-screen", parent="domstadt-ack",
        text="""Hallo Herr Moreau-Achebe,

danke für Ihre Bewerbung über unser Karriereportal. Bevor wir Sie zu uns nach Köln
einladen, würde ich gern ein kurzes Telefoninterview (ca. 25 Minuten) mit Ihnen führen.

Passt Ihnen Dienstag, der 5. Mai, um 11:00 Uhr? Ich würde Sie unter der Nummer aus Ihrem
Lebenslauf anrufen. Wir können das Gespräch gern auf Englisch führen, wenn Ihnen das
lieber ist.

Beste Grüße
Jonas Pfeiffer
Recruiting | Domstadt Backwaren
Vitalisstraße 300, 50827 Köln
0221 555 3312""",
    ),
    dict(
        kind="interview_invitation", name="talentia_kundentermin", lang="de",
        company="Kölner Großküchen Service", contact="m.kaya@talentia-personal.example.de",
        frm=("Murat Kaya", "m.kaya@talentia-personal.example.de"),
        subj="Vorstellungstermin beim Kunden am 10.03.",
        date="2026-03-04 13:15 +0100", key="talentia-invite", parent="talentia-ack",
        text="""Hallo Herr Moreau-Achebe,

wie gerade am Telefon besprochen, hier die Daten für Ihr Vorstellungsgespräch bei
unserem Kunden:

Firma: Kölner Großküchen Service
Adresse: Frankfurter Straße 720, 51145 Köln-Porz
Termin: Dienstag, 10.03.2026, 08:30 Uhr
Ansprechpartner: Herr Dirk Schäfer, Küchenleitung

Es geht um die Stelle als Disponent Produktion (Arbeitnehmerüberlassung mit Option auf
Übernahme). Bitte bringen Sie Ihren Lebenslauf ausgedruckt mit.

Melden Sie sich nach dem Gespräch bitte kurz bei mir.

Gruß
Murat Kaya
Talentia Personal – Personalberater
Mobil 0171 555 2290""",
    ),
    dict(
        kind="interview_invitation", name="frischmarkt_probearbeit_latin1", lang="de",
        company="Frischmarkt Rhein", contact="sabine.wirtz@frischmarkt-rhein.example.de",
        frm=("Sabine Wirtz", "sabine.wirtz@frischmarkt-rhein.example.de"),
        subj="Einladung zum Probearbeitstag in der Frischeküche",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-17 08:44 +0200", key="frischmarkt-trial",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Guten Morgen Herr Moreau-Achebe,

nach unserem netten Telefonat möchte ich Sie zu einem Probearbeitstag in unsere
Frischeküche einladen.

Wann: Donnerstag, 27. August 2026, 6:00 bis ca. 14:00 Uhr
Wo: Frischmarkt Rhein, Aachener Straße 702, 50933 Köln, Lieferanteneingang hinten

Sie lernen an diesem Tag die Produktionsplanung für Salate, Suppen und Fertiggerichte
kennen und planen mit uns die Bestellungen für die Filialen. Arbeitskleidung stellen wir,
Sicherheitsschuhe bringen Sie bitte selbst mit.

Ich freue mich auf Sie!

Sabine Wirtz
Leitung Produktion Frischeküche
Frischmarkt Rhein
Tel. 0221 555 48 30""",
    ),
    # ---------------------------------------------------------------- es (3)
    dict(
        kind="interview_invitation", name="itsasoa_entrevista_ics", lang="es",
        company="Conservas Itsasoa", contact="nerea.arrieta@itsasoa.example.es",
        frm=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
        subj="Entrevista – Planificador/a de producción",
        date="2026-03-25 12:05 +0100", key="itsasoa-invite", parent="itsasoa-ack",
        text=_i24_text,
        html=plain_html(text_to_html(_i24_text), lang="es"),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="itsasoa-entrevista-gma-0408@itsasoa.example.es",
                 seq=0, start="2026-04-08 10:00 +0200", end="2026-04-08 11:00 +0200",
                 summary="Entrevista Gwendal Moreau-Achebe – planificación",
                 location="Muelle de Ibarrekolanda 12, 48015 Bilbao",
                 organizer=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
                 attendees=[("Jon Uriarte", "jon.uriarte@itsasoa.example.es")]),
    ),
    dict(
        kind="interview_invitation", name="norte_talento_nervion", lang="es",
        company="Catering Nervión", contact="lucia.ferrandez@nortetalento.example.es",
        frm=("Lucía Ferrández", "lucia.ferrandez@nortetalento.example.es"),
        subj="Entrevista con nuestro cliente Catering Nervión",
        subj_enc=("utf-8", "Q"),
        date="2026-09-10 17:02 +0200", key="nt-invite", parent="nt-ack",
        text="""Hola Gwendal:

Te confirmo la entrevista con nuestro cliente Catering Nervión para el puesto de
responsable de planificación de cocina central:

Día: jueves 17 de septiembre
Hora: 9:30
Lugar: Catering Nervión, Polígono Santa Ana, pabellón 7, 48450 Etxebarri
Te recibirá Aitor Zabala, director de producción.

Llévate el DNI (o pasaporte) porque te pedirán identificarte en la entrada de la cocina.
Cualquier duda, llámame.

Un saludo,
Lucía Ferrández
Consultora de selección · Norte Talento ETT
Tel. 944 55 70 12""",
    ),
    dict(
        kind="interview_invitation", name="bizkaia_lurra_llamada_jueves", lang="es",
        company="Cooperativa Bizkaia Lurra", contact="iker.goikoetxea@bizkaialurra.example.es",
        frm=("Iker Goikoetxea", "iker.goikoetxea@bizkaialurra.example.es"),
        subj="¿Hablamos el jueves?",
        date="2026-06-22 18:30 +0200", key="lurra-invite",
        text="""Kaixo Gwendal:

Me ha llegado tu CV a través de Ane. Estamos montando una sala de envasado para las
verduras de los socios y buscamos a alguien que organice la producción.

¿Te viene bien el jueves 25 a las 10 para una llamada de media hora? Te llamo yo al móvil
que pones en el CV. Si no te encaja, dime otra hora.

Iker
Cooperativa Bizkaia Lurra""",
    ),
]

# ----------------------------------------------------------------------------- reschedules

RESCHEDULES: list[dict] = [
    # ---------------------------------------------------------------- fr (8)
    dict(
        kind="interview_reschedule_or_cancel", name="confluent_moved_seq1", lang="fr",
        company="Les Biscuits du Confluent", contact="amelie.jadot@biscuits-confluent.example.be",
        frm=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
        subj="Mise à jour : Entretien – Planificateur de production",
        subj_enc=("utf-8", "Q"),
        date="2026-03-02 08:47 +0100", key="confluent-moved", parent="confluent-invite",
        text="""Bonjour Monsieur Moreau-Achebe,

Un audit client a été programmé jeudi à l'usine et M. Baudart ne pourra pas se libérer.
Nous devons donc déplacer votre entretien au mardi 10 mars, de 14h00 à 15h00, au même
endroit. L'invitation de votre agenda est mise à jour.

Toutes nos excuses pour ce changement. Si ce nouvel horaire ne vous convient pas,
dites-le-moi et nous trouverons une solution.

Amélie Jadot
Chargée de recrutement – Les Biscuits du Confluent
+32 81 55 40 26""",
        ics=dict(method="REQUEST", uid=CONFLUENT_UID, seq=1,
                 start="2026-03-10 14:00 +0100", end="2026-03-10 15:00 +0100",
                 summary="Entretien – Planificateur de production (G. Moreau-Achebe)",
                 location="Les Biscuits du Confluent, Chaussée de Liège 515, 5100 Jambes",
                 organizer=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
                 attendees=[("Olivier Baudart", "olivier.baudart@biscuits-confluent.example.be")]),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="ccb_epreuves_deplacees", lang="fr",
        company="Cuisines Centrales de Bruxelles", contact="n.verhaegen@ccb-bxl.example.be",
        frm=("Nadia Verhaegen", "n.verhaegen@ccb-bxl.example.be"),
        cc=[("Service Sélection", "selection@ccb-bxl.example.be")],
        subj="PLAN-B-2026-07 – report de la journée de sélection au 12 mai",
        date="2026-04-28 12:15 +0200", key="ccb-moved", parent="ccb-convoc",
        text="""Monsieur Moreau-Achebe,

En raison de travaux imprévus dans la salle d'examen, la journée de sélection prévue le
mardi 5 mai est reportée au mardi 12 mai 2026, même heure (8h45) et même adresse.

Le déroulement reste inchangé : épreuve écrite le matin, entretien avec le jury l'après-midi.
Votre convocation reste valable pour cette nouvelle date.

Nous vous prions de nous excuser pour ce désagrément.

Nadia Verhaegen
Conseillère sélection – Cuisines Centrales de Bruxelles""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="flandrines_director_ill", lang="fr",
        company="Pâtisseries Flandrines", contact="claire.dubus@flandrines.example.fr",
        frm=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
        subj="Report de notre entretien de lundi",
        date="2026-03-06 17:32 +0100", key="flandrines-moved", parent="flandrines-invite",
        html=outlook_html(
            "<p>Bonjour Gwendal,</p>\n"
            "<p>M. Lefebvre est souffrant et sera absent toute la semaine prochaine. Plutôt que "
            "de vous recevoir sans lui, je vous propose de décaler notre entretien au "
            "<b>lundi 16 mars à 10h00</b>, même lieu.</p>\n"
            "<p>J'ai mis à jour l'invitation. Merci de me dire si la date vous convient.</p>\n"
            "<p>Bien à vous,<br>Claire Dubus<br>Pâtisseries Flandrines</p>"),
        ics=dict(method="REQUEST", uid=FLANDRINES_UID, seq=1,
                 start="2026-03-16 10:00 +0100", end="2026-03-16 11:00 +0100",
                 summary="Entretien Gwendal Moreau-Achebe – planificateur",
                 location="18 rue du Molinel, 59800 Lille",
                 organizer=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
                 attendees=[("Thierry Lefebvre", "t.lefebvre@flandrines.example.fr")]),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="alzette_cancel_ics", lang="fr",
        company="Moulins de l'Alzette", contact="sophie.kieffer@moulins-alzette.example.lu",
        frm=("Sophie Kieffer", "sophie.kieffer@moulins-alzette.example.lu"),
        subj="Annulé : Entretien planificateur de production - G. Moreau-Achebe",
        subj_enc=("iso-8859-1", "B"),
        date="2026-06-12 11:03 +0200", key="alzette-cancel", parent="alzette-invite",
        text="""Bonjour Monsieur Moreau-Achebe,

Je suis contrainte d'annuler notre entretien du mardi 16 juin : la direction doit revoir
le calendrier de ce recrutement à la suite d'une réorganisation de la meunerie.

Votre candidature reste ouverte. Je reviendrai vers vous d'ici deux à trois semaines,
soit avec une nouvelle date, soit avec des nouvelles sur l'évolution du poste.

Merci de votre compréhension,
Sophie Kieffer""",
        ics=dict(method="CANCEL", uid="alzette-teams-0616-gma@moulins-alzette.example.lu",
                 seq=1, start="2026-06-16 14:00 +0200", end="2026-06-16 14:45 +0200",
                 summary="Annulé : Entretien planificateur de production – G. Moreau-Achebe",
                 location="Réunion Microsoft Teams",
                 organizer=("Sophie Kieffer", "sophie.kieffer@moulins-alzette.example.lu")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="marche_royal_moved_afternoon", lang="fr",
        company="Marché Royal", contact="yasmina.bouzid@marche-royal.example.be",
        frm=("Yasmina Bouzid", "yasmina.bouzid@marche-royal.example.be"),
        subj="RE: Premier entretien téléphonique – Planificateur de production",
        subj_enc=("utf-8", "B"),
        date="2026-04-16 17:52 +0200", key="mr-moved", parent="mr-screen",
        text="""Bonjour Gwendal,

Petit changement : j'ai une réunion qui s'est ajoutée demain matin. Pouvons-nous décaler
notre appel de 10h00 à 14h30, toujours demain vendredi ? Je vous appellerai au même
numéro.

Merci pour votre souplesse !
Yasmina""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="ims_lemaire_moved", lang="fr",
        company="Charcuterie Lemaire", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Lemaire : rdv avancé à mercredi",
        date="2026-02-16 08:31 +0100", key="ims-lemaire-moved", parent="ims-rej",
        text="""Hello Gwendal,

La Charcuterie Lemaire à Courcelles me demande d'avancer votre rendez-vous de jeudi :
ce sera mercredi 18 février à 13h, même endroit (Rue du Trieu 9). Le patron part en
foire à Paris jeudi.

Vous me confirmez que ça joue ? Cette fois je compte sur vous, ils sont vraiment
intéressés par votre profil.

Kevin
Intérim Meuse & Sambre – GSM +32 496 55 07 31""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="cantines_liege_update_seq1", lang="fr",
        company="Régie des Cantines Liégeoises", contact="r.thonon@cantines-liege.example.be",
        frm=("Rosalie Thonon", "r.thonon@cantines-liege.example.be"),
        subj="Mise à jour : Entretien de sélection REF 2026/031 (changement de salle et d'heure)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-22 15:26 +0200", key="liege-update", parent="liege-convoc",
        charset="iso-8859-1", cte="8bit",
        text="""Monsieur,

Votre entretien du mardi 29 septembre est maintenu mais il aura lieu à 10h15 (et non plus
à 9h30), dans les locaux de la cuisine centrale, Rue de Visé 19, 4020 Bressoux, salle de
réunion du 1er étage. Le jury souhaite en effet vous faire visiter la cuisine à l'issue de
l'entretien.

L'invitation de calendrier a été modifiée en conséquence.

Rosalie Thonon
Service du personnel""",
        ics=dict(method="REQUEST", uid=LIEGE_UID, seq=1,
                 start="2026-09-29 10:15 +0200", end="2026-09-29 11:30 +0200",
                 summary="Entretien de sélection REF 2026/031",
                 location="Rue de Visé 19, 4020 Bressoux – salle de réunion 1er étage",
                 organizer=("Rosalie Thonon", "r.thonon@cantines-liege.example.be")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="delvaux_trial_postponed", lang="fr",
        company="Traiteur Maison Delvaux", contact="benoit@maison-delvaux.example.be",
        frm=("Benoît Delvaux", "benoit@maison-delvaux.example.be"),
        subj="Re: Journée d'essai chez Delvaux",
        date="2026-08-27 22:05 +0200", key="delvaux-moved", parent="delvaux-accept",
        text=reply("""Gwendal,

Changement de programme : on vient de signer un mariage de 300 couverts pour mardi et toute
l'équipe sera sur le pont. Ce n'est pas le bon jour pour vous accueillir correctement.

On décale votre journée d'essai au jeudi 3 septembre, mêmes horaires (7h-15h). Ça vous va ?

Benoît""", "Le lun. 24 août 2026 à 12:40, Gwendal Moreau-Achebe <gwendal.ma@example.be> a "
            "écrit :", """Bonjour Monsieur Delvaux,

Avec plaisir pour le mardi 1er septembre, j'y serai à 7h avec mes chaussures de sécurité.

Merci pour l'opportunité,
""" + CAND_SIG_FR),
    ),
    # ---------------------------------------------------------------- en (3)
    dict(
        kind="interview_reschedule_or_cancel", name="hollis_kerr_kernel_moved", lang="en",
        company="Kernel Food Group", contact="fiona.marsh@holliskerr.example.co.uk",
        frm=("Fiona Marsh", "fiona.marsh@holliskerr.example.co.uk"),
        subj="RE: Interview with Kernel Food Group – new time",
        date="2026-07-17 16:40 +0100", key="hk-moved", parent="hk-invite",
        text="""Hi Gwendal,

Marc Thill has been called to a supplier in Italy on Tuesday, so Kernel Food Group have
asked to move your interview to Thursday 23 July at 10:30, same place. I hope that still
works with your shifts; if not, tell me and I'll push back.

They apologised for the change and are still very keen to meet you.

Best,
Fiona

""" + outlook("en", "Fiona Marsh <fiona.marsh@holliskerr.example.co.uk>",
              "Tuesday, July 14, 2026 12:31 PM", "Gwendal Moreau-Achebe <gwendal.ma@example.be>",
              "Interview with Kernel Food Group – Tuesday 21 July", """Hi Gwendal,

Great news: having read your profile, Kernel Food Group would like to meet you for the
Supply & Production Planner role at their Bettembourg plant.

When: Tuesday 21 July, 15:00 (Luxembourg time), about an hour
Where: Kernel Food Group, Z.A.E. Krakelshaff, L-3290 Bettembourg

Best wishes,
Fiona"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="brightwater_greenhouse_updated", lang="en",
        company="Brightwater Plant Kitchen", contact="ana.ruiz@brightwater-kitchen.example.be",
        frm=("Ana Ruiz via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Ana Ruiz", "ana.ruiz@brightwater-kitchen.example.be"),
        subj="Updated invitation: Video interview with Brightwater Plant Kitchen",
        date="2026-02-11 10:12 +0100", key="brightwater-update", parent="brightwater-invite",
        text="""Hi Gwendal,

Your interview has been updated. Lotte has a production issue to handle on Friday
morning, so we have moved your video interview.

New time: Tuesday 17 February 2026, 11:00–11:45 (CET)
Video link: https://meet.example.com/brw-kq3-pla

The updated calendar invitation is attached and replaces the previous one. Just reply to
this email if the new time does not suit you.

Ana""",
        ics=dict(method="REQUEST", uid="greenhouse-int-884120-gma@greenhouse-mail.io", seq=1,
                 start="2026-02-17 11:00 +0100", end="2026-02-17 11:45 +0100",
                 summary="Video interview: Gwendal Moreau-Achebe – Production Planner",
                 location="https://meet.example.com/brw-kq3-pla",
                 organizer=("Ana Ruiz", "ana.ruiz@brightwater-kitchen.example.be"),
                 prodid="-//Greenhouse//Scheduler//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="valmont_assessment_cancelled", lang="en",
        company="Valmont Dairy", contact="owen.pryce@valmont-dairy.example.lu",
        frm=("Owen Pryce", "owen.pryce@valmont-dairy.example.lu"),
        subj="Cancelled: Valmont Dairy assessment day – 8 September",
        date="2026-09-02 17:05 +0200", key="valmont-cancel", parent="valmont-invite",
        text="""Dear Gwendal,

I'm sorry for the short notice: we have to cancel the assessment day planned for Tuesday
8 September. The Ettelbruck site has an unannounced food-safety audit that week and the
managers on the panel must be available for the auditors.

Your application is still active. We are looking at new dates in the second half of
September and I will send you a fresh invitation as soon as they are fixed.

Kind regards,
Owen Pryce
Talent Acquisition Partner | Valmont Dairy""",
        ics=dict(method="CANCEL", uid="valmont-ac-20260908@valmont-dairy.example.lu", seq=1,
                 start="2026-09-08 08:30 +0200", end="2026-09-08 15:30 +0200",
                 summary="Valmont Dairy assessment day – Production Scheduler",
                 location="4 route de Diekirch, L-9099 Ettelbruck",
                 organizer=("Owen Pryce", "owen.pryce@valmont-dairy.example.lu")),
    ),
    # ---------------------------------------------------------------- de (2)
    dict(
        kind="interview_reschedule_or_cancel", name="bruegelmann_abgesagt_krank", lang="de",
        company="Rheinische Feinkost Brügelmann",
        contact="k.hoffmann@feinkost-bruegelmann.example.de",
        frm=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
        subj="Abgesagt: Vorstellungsgespräch Produktionsplaner - Herr Moreau-Achebe",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-19 13:50 +0200", key="bruegelmann-cancel", parent="bruegelmann-invite",
        text="""Sehr geehrter Herr Moreau-Achebe,

leider müssen wir das Gespräch am kommenden Montag, 22. Juni, absagen: Herr Brügelmann
ist kurzfristig erkrankt und fällt voraussichtlich zwei Wochen aus.

Wir melden uns bei Ihnen, sobald wir einen neuen Termin abstimmen können. Bitte
entschuldigen Sie die Unannehmlichkeiten, insbesondere mit Blick auf Ihre Anreise aus
Belgien.

Mit freundlichen Grüßen
Katrin Hoffmann
Personalreferentin""",
        ics=dict(method="CANCEL", uid="rfb-vg-20260622-moreau@feinkost-bruegelmann.example.de",
                 seq=1, start="2026-06-22 10:00 +0200", end="2026-06-22 11:30 +0200",
                 summary="Abgesagt: Vorstellungsgespräch Produktionsplaner",
                 location="Butzweilerhofallee 12, 50829 Köln",
                 organizer=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
                 cte="quoted-printable"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="domstadt_verschoben", lang="de",
        company="Domstadt Backwaren", contact="jonas.pfeiffer@domstadt-backwaren.example.de",
        frm=("Jonas Pfeiffer", "jonas.pfeiffer@domstadt-backwaren.example.de"),
        subj="AW: Telefoninterview – Produktionsplaner (m/w/d)",
        date="2026-05-04 16:10 +0200", key="domstadt-moved", parent="domstadt-screen",
        text="""Hallo Herr Moreau-Achebe,

ich muss unser Telefonat von morgen leider verschieben, da ich kurzfristig zu einer
Schulung nach Hamburg muss. Neuer Vorschlag: Donnerstag, 7. Mai, ebenfalls um 11:00 Uhr.

Wenn ich nichts Gegenteiliges höre, rufe ich Sie dann an.

Beste Grüße
Jonas Pfeiffer

""" + outlook("de", "Jonas Pfeiffer <jonas.pfeiffer@domstadt-backwaren.example.de>",
              "Mittwoch, 29. April 2026 15:36", "Gwendal Moreau-Achebe <gwendal.ma@example.be>",
              "Telefoninterview – Produktionsplaner (m/w/d)", """Hallo Herr Moreau-Achebe,

danke für Ihre Bewerbung über unser Karriereportal. Bevor wir Sie zu uns nach Köln
einladen, würde ich gern ein kurzes Telefoninterview (ca. 25 Minuten) mit Ihnen führen.

Passt Ihnen Dienstag, der 5. Mai, um 11:00 Uhr?

Beste Grüße
Jonas Pfeiffer""", rule=True),
    ),
    # ---------------------------------------------------------------- es (2)
    dict(
        kind="interview_reschedule_or_cancel", name="itsasoa_cambio_hora_seq1", lang="es",
        company="Conservas Itsasoa", contact="nerea.arrieta@itsasoa.example.es",
        frm=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
        subj="Actualizado: Entrevista Gwendal Moreau-Achebe – planificación",
        date="2026-03-27 09:14 +0100", key="itsasoa-moved", parent="itsasoa-ask",
        text="""Hola Gwendal:

Sin problema. Hemos pasado la entrevista al jueves 9 de abril a las 12:00, así puedes
llegar con el vuelo de la mañana. Te mando la convocatoria actualizada.

Nos vemos en Bilbao,
Nerea""",
        ics=dict(method="REQUEST", uid="itsasoa-entrevista-gma-0408@itsasoa.example.es",
                 seq=1, start="2026-04-09 12:00 +0200", end="2026-04-09 13:00 +0200",
                 summary="Entrevista Gwendal Moreau-Achebe – planificación",
                 location="Muelle de Ibarrekolanda 12, 48015 Bilbao",
                 organizer=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
                 attendees=[("Jon Uriarte", "jon.uriarte@itsasoa.example.es")]),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="norte_talento_aplazada", lang="es",
        company="Catering Nervión", contact="lucia.ferrandez@nortetalento.example.es",
        frm=("Lucía Ferrández", "lucia.ferrandez@nortetalento.example.es"),
        subj="Cambio de fecha: entrevista Catering Nervión",
        date="2026-09-15 11:48 +0200", key="nt-postponed", parent="nt-invite",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Gwendal:

Catering Nervión me pide aplazar la entrevista del jueves: ese día tienen una inspección
sanitaria en la cocina central. La pasamos al lunes 28 de septiembre a las 9:30, mismo
sitio y misma persona (Aitor Zabala).

¿Me confirmas que puedes? Perdona el lío.

Lucía
Norte Talento ETT · 944 55 70 12

El jue, 10 sept 2026 a las 17:02, Lucía Ferrández (<lucia.ferrandez@nortetalento.example.es>)
escribió:
""" + quote("""Hola Gwendal:

Te confirmo la entrevista con nuestro cliente Catering Nervión para el puesto de
responsable de planificación de cocina central:

Día: jueves 17 de septiembre
Hora: 9:30
Lugar: Catering Nervión, Polígono Santa Ana, pabellón 7, 48450 Etxebarri"""),
    ),
]

# ----------------------------------------------------------------------------- missed

MISSED: list[dict] = [
    # ---------------------------------------------------------------- fr (5)
    dict(
        kind="missed_interview_notice", name="ccb_absent_epreuve", lang="fr",
        company="Cuisines Centrales de Bruxelles", contact="n.verhaegen@ccb-bxl.example.be",
        frm=("Nadia Verhaegen", "n.verhaegen@ccb-bxl.example.be"),
        subj="RE: Demande de report – PLAN-B-2026-07",
        date="2026-05-12 16:40 +0200", key="ccb-missed", parent="ccb-resched-ask",
        text=reply("""Monsieur Moreau-Achebe,

Nous constatons que vous ne vous êtes pas présenté ce matin à l'épreuve écrite de la
procédure PLAN-B-2026-07.

Votre courriel envoyé hier à 23h12 ne nous est parvenu qu'après le début de l'épreuve ;
conformément au règlement de sélection, un report individuel ne peut être accordé que sur
présentation d'un justificatif (certificat médical, convocation officielle). Si vous en
disposez, merci de nous le transmettre endéans les cinq jours ouvrables.

Nadia Verhaegen
Conseillère sélection – Cuisines Centrales de Bruxelles""",
                   "Le lun. 11 mai 2026 à 23:12, Gwendal Moreau-Achebe <gwendal.ma@example.be> "
                   "a écrit :",
                   """Madame Verhaegen,

Je suis malheureusement retenu demain matin au restaurant (remplacement imprévu du chef).
Serait-il possible de passer l'épreuve à une autre date ?

Avec mes excuses,
Gwendal Moreau-Achebe"""),
    ),
    dict(
        kind="missed_interview_notice", name="marche_royal_two_calls", lang="fr",
        company="Marché Royal", contact="yasmina.bouzid@marche-royal.example.be",
        frm=("Yasmina Bouzid", "yasmina.bouzid@marche-royal.example.be"),
        subj="Notre appel de 14h30",
        date="2026-04-17 14:58 +0200", key="mr-missed", parent="mr-moved",
        text="""Bonjour Gwendal,

J'ai tenté de vous joindre à deux reprises, à 14h30 puis à 14h40, pour notre entretien
téléphonique, sans succès (je suis tombée sur votre messagerie).

J'espère que tout va bien. Faites-moi signe si vous souhaitez toujours poursuivre, je
verrai ce que je peux faire en fonction de mon agenda.

Yasmina Bouzid
Talent Acquisition Specialist – Marché Royal""",
    ),
    dict(
        kind="missed_interview_notice", name="vervier_waited_on_teams", lang="fr",
        company="Vervier & Associés", contact="h.vervier@vervier-associes.example.be",
        frm=("Hélène Vervier", "h.vervier@vervier-associes.example.be"),
        subj="Notre rendez-vous de ce matin",
        date="2026-06-02 09:27 +0200", key="vervier-missed", parent="vervier-invite",
        html=outlook_html(
            "<p>Bonjour Monsieur Moreau-Achebe,</p>\n"
            "<p>Je vous ai attendu sur Teams ce matin de 9h00 à 9h20 pour notre rencontre "
            "préliminaire, mais vous ne vous êtes pas connecté.</p>\n"
            "<p>Peut-être le lien ne vous est-il pas parvenu ? Si vous êtes toujours "
            "intéressé par la mission, proposez-moi deux ou trois disponibilités cette "
            "semaine.</p>\n"
            "<p>Bien cordialement,<br>Hélène Vervier<br>Vervier &amp; Associés</p>"),
    ),
    dict(
        kind="missed_interview_notice", name="ims_absent_chez_client", lang="fr",
        company="Sambre Plats Cuisinés", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Vous étiez où ce matin ?",
        date="2026-02-03 10:20 +0100", key="ims-missed", parent="ims-invite",
        text="""Gwendal,

Mme Dufrasne de Sambre Plats Cuisinés vient de m'appeler : ils vous attendaient à 9h30 et
personne ne s'est présenté à l'accueil. Je vous ai appelé deux fois sur votre GSM, sans
réponse.

Rappelez-moi dès que vous lisez ce message, j'aimerais comprendre ce qui s'est passé avant
de revenir vers le client.

Kevin Lardinois
Intérim Meuse & Sambre – GSM +32 496 55 07 31""",
    ),
    dict(
        kind="missed_interview_notice", name="jardins_attendu_au_comptoir", lang="fr",
        company="Les Jardins de Wallonie", contact="manu@jardins-wallonie.example.be",
        frm=("Manu Pirard", "manu@jardins-wallonie.example.be"),
        subj="Re: On se voit jeudi ?",
        date="2026-10-08 16:52 +0200", key="jardins-missed", parent="jardins-invite",
        text="""Salut Gwendal,

On t'a attendu une bonne demi-heure au Comptoir avec Lise, pas de Gwendal à l'horizon.
T'as eu un souci ? Tiens-moi au courant si tu veux toujours qu'on se voie.

Manu""",
    ),
    # ---------------------------------------------------------------- en (2)
    dict(
        kind="missed_interview_notice", name="scheldt_called_twice", lang="en",
        company="Scheldt Valley Foods", contact="pieter.desmet@scheldtvalley.example.be",
        frm=("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be"),
        subj="Missed you for our phone screen",
        date="2026-05-19 10:31 +0200", key="scheldt-missed", parent="scheldt-screen",
        text="""Hi Gwendal,

I tried calling you twice at 10:00 and again at 10:10 for the phone screen you booked, but
it went straight to voicemail both times.

If something came up, no worries; just let me know and we can find another slot this
week.

Pieter De Smet
Operations Planning Manager, Scheldt Valley Foods
+32 9 555 20 17""",
    ),
    dict(
        kind="missed_interview_notice", name="fenwick_waited_on_teams", lang="en",
        company="Fenwick Bakeries", contact="grace.oduya@fenwick-bakeries.example.co.uk",
        frm=("Grace Oduya", "grace.oduya@fenwick-bakeries.example.co.uk"),
        subj="Today's interview – Bakery Production Planner",
        date="2026-04-22 15:35 +0100", key="fenwick-missed",
        text="""Hello Gwendal,

We waited on Teams for about fifteen minutes from 14:00 (UK time) for your interview
today, but didn't see you join. I wondered whether the time-zone difference caused
confusion, as the invitation was in UK time (15:00 in Lille).

Please let me know what happened; I can't promise another slot, but I will check with the
hiring manager.

Best regards,
Grace Oduya
Talent Partner, Fenwick Bakeries
Unit 4, Parkside Industrial Estate, Leeds LS11 5SX""",
    ),
    # ---------------------------------------------------------------- de (2)
    dict(
        kind="missed_interview_notice", name="talentia_nicht_erschienen", lang="de",
        company="Kölner Großküchen Service", contact="m.kaya@talentia-personal.example.de",
        frm=("Murat Kaya", "m.kaya@talentia-personal.example.de"),
        subj="Termin heute beim Kunden",
        date="2026-03-10 11:02 +0100", key="talentia-missed", parent="talentia-invite",
        text="""Hallo Herr Moreau-Achebe,

Herr Schäfer von Kölner Großküchen Service hat mich eben angerufen: Sie sind heute um
8:30 Uhr nicht zum vereinbarten Gespräch erschienen, und er konnte Sie telefonisch nicht
erreichen.

Bitte melden Sie sich heute noch bei mir. Ich muss dem Kunden erklären, was passiert ist.

Murat Kaya
Talentia Personal – Mobil 0171 555 2290""",
    ),
    dict(
        kind="missed_interview_notice", name="domstadt_nicht_erreicht", lang="de",
        company="Domstadt Backwaren", contact="jonas.pfeiffer@domstadt-backwaren.example.de",
        frm=("Jonas Pfeiffer", "jonas.pfeiffer@domstadt-backwaren.example.de"),
        subj="Unser Telefonat um 11 Uhr",
        date="2026-05-07 11:40 +0200", key="domstadt-missed", parent="domstadt-moved",
        charset="iso-8859-1", cte="8bit",
        text="""Hallo Herr Moreau-Achebe,

ich habe heute um 11:00 Uhr und um 11:15 Uhr versucht, Sie für unser Telefoninterview zu
erreichen, leider ohne Erfolg. Eine Nachricht auf Ihrer Mailbox habe ich hinterlassen.

Falls Sie weiterhin Interesse haben, geben Sie mir bitte bis Montag Bescheid.

Beste Grüße
Jonas Pfeiffer
Recruiting | Domstadt Backwaren""",
    ),
    # ---------------------------------------------------------------- es (1)
    dict(
        kind="missed_interview_notice", name="lurra_no_lo_cogiste", lang="es",
        company="Cooperativa Bizkaia Lurra", contact="iker.goikoetxea@bizkaialurra.example.es",
        frm=("Iker Goikoetxea", "iker.goikoetxea@bizkaialurra.example.es"),
        subj="Re: ¿Hablamos el jueves?",
        date="2026-06-25 10:45 +0200", key="lurra-missed", parent="lurra-invite",
        text="""Gwendal, te he llamado a las 10 como quedamos y otra vez a las 10:20, pero no
lo has cogido. ¿Todo bien? Si sigues interesado, dime cuándo te viene bien y lo
intentamos de nuevo.

Iker""",
    ),
]

MESSAGES: list[dict] = INVITATIONS + RESCHEDULES + MISSED
