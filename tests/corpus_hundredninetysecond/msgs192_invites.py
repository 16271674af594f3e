"""Corpus 192: interview invitations, reschedules/cancellations and missed-interview notices.

Each dict is one hand-written message. Keys: kind, slug, lang, company, contact (the labels);
date (sender's local time), frm, to, cc, reply_to, subject, text, html, charset, cte, ics,
pdfs, headers, key/parent/quote (threads) and the encodings of encoded words.
"""

from __future__ import annotations

from msgs192_common import ats_card, mso, outlook_html, paras

INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"

# ------------------------------------------------------------------ people and senders

CAROLINE = "Caroline Dufresne <caroline.dufresne@lemantel.example.ch>"
NADIA = "Nadia Berset <nadia.berset@assurances-saleve.example.ch>"
JULIEN = "Julien Mottier <j.mottier@leman-interim.example.ch>"
AURELIE = "Aurélie Cuénod <aurelie.cuenod@mutuelle-leman.example.ch>"
MARC = "Marc-Antoine Perrin <marc-antoine.perrin@corraterie.example.ch>"
SANDRINE = "Sandrine Lapierre <s.lapierre@airconfluence.example.fr>"
LOIC = "Loïc Bapst <loic.bapst@sarinetelecom.example.ch>"
KARIM = "Karim Benali <karim.benali@rhoneline.example.fr>"
LAURENCE = "Laurence Favre-Bulle <laurence.favre-bulle@etat-ge.example.ch>"
YANNICK = "Yannick Pasche <yannick.pasche@telvaud.example.ch>"
MELANIE = "Mélanie Clerc <melanie.clerc@horizon-rh.example.ch>"
HELENE = "Hélène Garnier <helene.garnier@fourviere-assurances.example.fr>"
PASCAL = "Pascal Vuilleumier <pascal.vuilleumier@ne.example.ch>"
CHLOE = "Chloé Mermillod <chloe.mermillod@banque-aravis.example.fr>"
ROMAIN = "Romain Bouvier <romain@semnoz-outdoor.example.fr>"
FABIENNE = "Fabienne Egli <fabienne.egli@limmat-versicherungen.example.ch>"
CLAUDIA = "Claudia Steiner <claudia.steiner@lindenhof-bank.example.ch>"
MARCO = "Marco Huber <marco.huber@kaderwerk.example.ch>"
SABINE = "Sabine Wyss <sabine.wyss@warenhaus-seefeld.example.ch>"
DANIELA = "Daniela Frei <daniela.frei@zh.example.ch>"
HANNAH = "Hannah Whitcombe <hannah.whitcombe@alpavia.example.ch>"
GIULIA = "Giulia Ferraro <giulia.ferraro@naviglitelecom.example.it>"
LUCA = "Luca Bassi <luca.bassi@brera-assicurazioni.example.it>"
FEDERICA = "Federica Conti <federica.conti@aeroleggera.example.it>"
OWEN = "Owen Gallagher <owen.gallagher@talentbridge.example.it>"
TOM = "Tom Reinhardt <tom.reinhardt@sihlmobile.example.ch>"
PRIYA = "Priya Nair <priya.nair@jetlane.example.ch>"
LUCIA = "Lucía Navarro <lucia.navarro@segurosretiro.example.es>"
MARTA = "Marta Ibáñez <marta.ibanez@talentochamberi.example.es>"
JORGE = "Jorge Delgado <jorge.delgado@aerolineasmeseta.example.es>"
INES = "Inés Robles <ines.robles@almacenesprado.example.es>"

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== interview invitations

add(dict(
    kind=INV, slug="lemantel_phone_screen", lang="fr", key="lem_inv",
    company="Lémantel", contact="caroline.dufresne@lemantel.example.ch",
    date="2026-02-10 09:14", frm=CAROLINE,
    subject="Votre candidature – Responsable d'équipe Service clients (réf. LT-2207)",
    text="""Bonjour Madame Achour-Lindgren,

Je vous remercie pour votre candidature au poste de responsable d'équipe Service clients
(réf. LT-2207) sur notre site des Acacias.

Votre parcours a retenu mon attention : passer d'un salon de coiffure à la relation client
n'est pas si courant, et la gestion d'un agenda plein et de clients exigeants est exactement
ce que vivent nos équipes au quotidien. J'aimerais en discuter avec vous lors d'un premier
échange téléphonique d'une trentaine de minutes.

Seriez-vous disponible le mardi 17 février à 10h00 ou le mercredi 18 février à 14h30 ?
Je vous appellerai sur le numéro de natel indiqué dans votre dossier.

Dans l'attente de votre retour, je vous souhaite une belle journée.

Caroline Dufresne
Talent Acquisition Specialist
Lémantel SA – Route des Acacias 45, 1227 Les Acacias
T +41 22 555 71 30
""",
))

_SAL_INV_TEXT = """Bonjour Séverine,

Merci pour l'intérêt que vous portez au poste de Cheffe d'équipe Service clientèle
(Plan-les-Ouates).

J'aimerais organiser avec vous un premier entretien téléphonique de 20 minutes pour faire
connaissance et répondre à vos questions sur le poste.

Choisissez simplement le créneau qui vous arrange entre le 22 et le 28 janvier :
https://app.greenhouse.io/scheduling/select/7c1e0a52-assurances-saleve

Vous recevrez ensuite une confirmation avec l'heure retenue. Je vous appellerai au numéro
de votre dossier.

À bientôt,
Nadia Berset
Talent Acquisition Partner, Assurances Salève
"""

add(dict(
    kind=INV, slug="saleve_greenhouse_scheduling", lang="fr", key="sal_inv",
    company="Assurances Salève", contact="nadia.berset@assurances-saleve.example.ch",
    date="2026-01-19 11:02", tz="+0000",
    frm="Nadia Berset via Greenhouse <no-reply@greenhouse-mail.io>",
    reply_to=NADIA,
    subject="Assurances Salève : planifions un premier entretien téléphonique",
    text=_SAL_INV_TEXT, cte="quoted-printable",
    html=ats_card("Assurances Salève", "#1b5e7a", paras(_SAL_INV_TEXT).replace(
        "https://app.greenhouse.io/scheduling/select/7c1e0a52-assurances-saleve",
        '<a href="https://app.greenhouse.io/scheduling/select/7c1e0a52-assurances-saleve">'
        "Choisir mon créneau</a>"),
        "Envoyé via Greenhouse pour Assurances Salève. Répondez à ce message pour joindre "
        "directement la recruteuse."),
    headers=[("X-Mailer", "Greenhouse Mailer")],
))

add(dict(
    kind=INV, slug="leman_interim_client_bank", lang="fr", key="li_inv",
    company="Banque Rhône-Arve", contact="j.mottier@leman-interim.example.ch",
    date="2026-01-22 17:48", frm=JULIEN,
    subject="Entretien chez notre client Banque Rhône-Arve – mercredi 28 janvier",
    cte="quoted-printable",
    text="""Bonsoir Séverine,

Bonne nouvelle : la Banque Rhône-Arve a lu votre dossier et souhaite vous rencontrer pour
la mission de responsable d'équipe au centre de contact (6 mois, avec possibilité
d'engagement fixe ensuite).

Rendez-vous le mercredi 28 janvier à 9h30 au siège, Quai de l'Île 9, 1204 Genève.
Vous verrez Mme Sophie Rochat, responsable du centre de contact, et M. David Kunz des RH.
Présentez-vous à la réception 10 minutes avant et demandez Mme Rochat ; une pièce
d'identité vous sera demandée à l'entrée.

Pouvez-vous me confirmer votre présence d'ici vendredi midi ? Je vous appellerai mardi en
fin de journée pour qu'on prépare ensemble les questions sur la gestion des pics d'appels.

Belle soirée,

Julien Mottier
Consultant senior – Tertiaire & Relation client
Léman Intérim SA
Rue du Rhône 88, 1204 Genève
+41 22 555 86 14 | www.leman-interim.example.ch

Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire
mentionné. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
supprimer. Léman Intérim SA est autorisée par le SECO à pratiquer le placement privé et la
location de services.
""",
))

_MUT_INV_TEXT = """Chère Madame Achour-Lindgren,

Merci encore pour notre entretien de jeudi dernier, que nous avons beaucoup apprécié.

Avant de prendre notre décision, nous aimerions vous proposer une demi-journée d'immersion
au sein de l'équipe Service aux assurés :

  Mardi 28 avril 2026, de 8h00 à 12h30
  Mutuelle Léman Santé, Avenue de Rumine 20, 1005 Lausanne (3e étage)

Vous passerez la matinée en binôme avec Mme Joëlle Rapin, cheffe d'équipe, écouterez des
appels d'assurés et participerez au point d'équipe de 10h30. La matinée se terminera par un
échange de trente minutes avec M. Olivier Dind, chef du département, et moi-même. Le dîner
est ensuite offert à la cafétéria si vous le souhaitez.

Merci de me confirmer votre venue par retour de courriel.

Avec mes meilleures salutations,

Aurélie Cuénod
Responsable recrutement
Mutuelle Léman Santé
Avenue de Rumine 20 – 1005 Lausanne
021 555 32 70
"""

add(dict(
    kind=INV, slug="mutuelle_immersion_morning", lang="fr", key="mut_inv",
    company="Mutuelle Léman Santé", contact="aurelie.cuenod@mutuelle-leman.example.ch",
    date="2026-04-14 15:31", frm=AURELIE,
    subject="Demi-journée d'immersion – Cheffe d'équipe Service aux assurés",
    text=_MUT_INV_TEXT, html="<html><body style=\"font-family:Verdana\">"
    + paras(_MUT_INV_TEXT) + "</body></html>\n", cte="base64",
))

_COR_INV_TEXT = """Bonjour Madame Achour-Lindgren,

Suite à votre échange téléphonique avec notre équipe RH, nous avons le plaisir de vous
inviter à un entretien pour le poste de Cheffe d'équipe Service clients.

Date : mardi 10 mars 2026, de 14h00 à 15h15
Lieu : Corraterie, Rue de la Corraterie 12, 1204 Genève – 4e étage, salle Rhône
Panel : Valérie Sauthier (Directrice Expérience client), Benoît Gay (Responsable du
magasin) et moi-même

Nous vous demanderons de nous présenter en dix minutes une situation où vous avez dû
apaiser un client mécontent. Aucun support n'est nécessaire.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter pour confirmer.

Meilleures salutations

Marc-Antoine Perrin
Business Partner RH
Corraterie Grands Magasins SA
Rue de la Corraterie 12 | 1204 Genève
+41 22 555 23 90
"""

add(dict(
    kind=INV, slug="corraterie_panel_calendar", lang="fr", key="cor_inv",
    company="Corraterie", contact="marc-antoine.perrin@corraterie.example.ch",
    date="2026-03-03 10:22", frm=MARC,
    subject="Invitation : Entretien – Cheffe d'équipe Service clients",
    text=_COR_INV_TEXT, html=outlook_html(mso(_COR_INV_TEXT)), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000090F2A1C3@corraterie",
             start="20260310T140000", end="20260310T151500",
             summary="Entretien – Cheffe d'équipe Service clients (S. Achour-Lindgren)",
             location="Rue de la Corraterie 12, 4e étage, salle Rhône",
             organizer=MARC, attendees=[
                 "Valérie Sauthier <valerie.sauthier@corraterie.example.ch>",
                 "Benoît Gay <benoit.gay@corraterie.example.ch>"],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Entretien – Cheffe d'équipe "
                                       "Service clients")],
))

_ACF_INV_TEXT = """Madame,

Nous avons le plaisir de vous convier à notre journée d'évaluation (assessment center)
pour le poste de Superviseure Service Client Passagers, basé à Lyon-Saint Exupéry.

Quand : jeudi 17 septembre 2026, de 8h30 à 16h00
Où : Air Confluence, bâtiment Le Dauphiné, Zone Fret 2, 69125 Colombier-Saugnieu

Au programme :
– une mise en situation : un passager mécontent après une correspondance manquée ;
– un exercice de planification des équipes pour une journée de grève des contrôleurs ;
– un entretien individuel avec la responsable du service client et une personne des RH.

Le déjeuner est pris sur place. Merci de vous munir d'une pièce d'identité valide : l'accès
au bâtiment est contrôlé.

Nous vous remercions de confirmer votre participation avant le 8 septembre.

Cordialement,

Sandrine Lapierre
Chargée de recrutement – Opérations sol
Air Confluence
Aéroport Lyon-Saint Exupéry – 69125 Colombier-Saugnieu
04 72 55 51 80
"""

add(dict(
    kind=INV, slug="airconfluence_assessment_day", lang="fr", key="acf_inv",
    company="Air Confluence", contact="s.lapierre@airconfluence.example.fr",
    date="2026-09-01 11:47", frm=SANDRINE,
    subject="Convocation – journée d'évaluation du 17 septembre",
    text=_ACF_INV_TEXT + """
--
Air Confluence SAS – RCS Lyon 000 000 000. Ce courriel et les pièces jointes sont
confidentiels. Pensez à l'environnement avant d'imprimer ce message.
""", charset="windows-1252", cte="quoted-printable",
))

_SAR_INV_TEXT = """Salut Séverine,

Je me permets le tutoiement, c'est la règle chez nous 🙂

Ton dossier pour le poste de team lead au service clients m'a bien plu, surtout la partie
où tu expliques comment tu as réorganisé les rendez-vous du salon pendant les fêtes.

Tu serais dispo jeudi pour qu'on en parle autour d'un café ? Je suis à la gare de Fribourg
entre 9h et 11h, sinon on peut aussi faire ça en visio.

Dis-moi ce qui t'arrange !

Loïc
--
Loïc Bapst | Head of Customer Care | Sarine Télécom
Route des Arsenaux 15, 1700 Fribourg | 026 555 44 12
"""

add(dict(
    kind=INV, slug="sarine_coffee_thursday", lang="fr", key="sar_inv",
    company="Sarine Télécom", contact="loic.bapst@sarinetelecom.example.ch",
    date="2026-07-13 08:05", frm=LOIC,
    subject="Un café jeudi ?",
    text=_SAR_INV_TEXT,
))

_RHO_INV_TEXT = """Bonjour Séverine,

Merci pour votre candidature au poste de Responsable d'équipe Relation client – Lyon
Part-Dieu. Nous souhaitons poursuivre avec vous par un entretien vidéo de 45 minutes avec
Karim Benali (Responsable du plateau) et Élodie Faure (RH).

Date proposée : mardi 30 juin 2026 à 10h00 (heure de Paris)
Lien Teams : https://teams.microsoft.example.com/l/meetup-join/rhoneline-rr-4471

Si l'horaire ne vous convient pas, répondez simplement à cet e-mail : Karim vous proposera
un autre créneau.

L'équipe recrutement Rhôneline
"""

add(dict(
    kind=INV, slug="rhoneline_teams_interview", lang="fr", key="rho_inv",
    company="Rhôneline", contact="karim.benali@rhoneline.example.fr",
    date="2026-06-22 13:10", frm="Rhôneline Recrutement <no-reply@jobs.recruitee.com>",
    reply_to=KARIM,
    subject="Invitation à un entretien vidéo – Responsable d'équipe Relation client",
    text=_RHO_INV_TEXT,
    html=ats_card("Rhôneline", "#d4502a", paras(_RHO_INV_TEXT),
                  "Propulsé par Recruitee"),
    cte="quoted-printable",
))

_OCV_CONVOC = """Madame,

Nous faisons suite à votre candidature au poste de responsable d'équipe au guichet et au
centre d'appels de l'Office cantonal des véhicules (référence OCV-2026-014).

Nous avons le plaisir de vous convoquer à un entretien qui aura lieu le

  mercredi 6 mai 2026 à 9h00
  Office cantonal des véhicules, Route de Veyrier 86, 1227 Carouge
  salle de conférence du 1er étage

La commission sera composée de Mme Isabelle Roch, directrice de la division
Immatriculations, de M. Fabrice Nicolet, chef du centre d'appels, et de la soussignée.
La convocation officielle figure en annexe. Nous vous prions de vous munir d'une copie de
vos diplômes et certificats de travail.

En cas d'empêchement, merci de nous en informer au plus vite par retour de courriel.

Veuillez agréer, Madame, nos salutations distinguées.

Laurence Favre-Bulle
Gestionnaire RH
Office cantonal des véhicules
Département des institutions et du numérique
République et canton de Genève
"""

add(dict(
    kind=INV, slug="ocv_convocation_letter", lang="fr", key="ocv_inv",
    company="Office cantonal des véhicules", contact="laurence.favre-bulle@etat-ge.example.ch",
    date="2026-04-22 14:26", frm=LAURENCE,
    subject="Convocation à un entretien - poste OCV-2026-014",
    subj_enc=("iso-8859-1", "Q"),
    text=_OCV_CONVOC, charset="iso-8859-1", cte="quoted-printable",
    pdfs=[dict(filename="Convocation_OCV-2026-014.pdf",
               title="Convocation a un entretien",
               lines=["Office cantonal des véhicules – Ressources humaines",
                      "Madame Séverine Achour-Lindgren, Rue de Carouge 61, 1205 Genève",
                      "Poste : responsable d'équipe guichet et centre d'appels",
                      "Entretien : mercredi 6 mai 2026, 9h00, Route de Veyrier 86, Carouge",
                      "Merci de vous présenter à l'accueil muni(e) d'une pièce d'identité."])],
))

_TEL_INV_HTML = ats_card("Telvaud", "#5b2a86", """<p>Bonjour Séverine,</p>
<p>Bonne nouvelle&nbsp;: votre candidature pour le poste de <b>Team Leader Service clients
(Lausanne-Flon)</b> passe à l'étape suivante.</p>
<p>Nous vous invitons à un entretien vidéo de 40&nbsp;minutes avec Yannick Pasche, responsable
du service clients. Choisissez vous-même le moment qui vous convient dans son agenda&nbsp;:</p>
<p style="text-align:center"><a href="https://www.smartrecruiters.com/schedule/telvaud/8812ab"
style="background:#5b2a86;color:#ffffff;padding:12px 22px;border-radius:4px;
text-decoration:none">Réserver mon entretien</a></p>
<p>Les créneaux sont ouverts du 18 au 26 juin. Le lien Teams vous sera envoyé avec la
confirmation.</p>
<p>Une question&nbsp;? Répondez à cet e-mail, il arrivera directement chez Yannick.</p>
<p>L'équipe Talent de Telvaud</p>""", "Envoyé par SmartRecruiters au nom de Telvaud SA.")

add(dict(
    kind=INV, slug="telvaud_self_schedule", lang="fr", key="tel_inv",
    company="Telvaud", contact="yannick.pasche@telvaud.example.ch",
    date="2026-06-15 07:40", tz="+0000",
    frm="Telvaud <noreply@smartrecruiters.com>", reply_to=YANNICK,
    subject="Réservez votre entretien vidéo avec Telvaud",
    html=_TEL_INV_HTML, cte="quoted-printable",
))

add(dict(
    kind=INV, slug="horizon_rh_agency_meeting", lang="fr", key="hor_inv",
    company="Horizon RH", contact="melanie.clerc@horizon-rh.example.ch",
    date="2026-05-11 16:20", frm=MELANIE,
    subject="Rendez-vous à notre agence de Fribourg – mardi 19 mai",
    subj_enc=("utf-8", "B"),
    text="""Bonjour Madame Achour-Lindgren,

Suite à votre inscription, je vous propose de nous rencontrer pour un entretien de
qualification avant de présenter votre dossier à l'un de nos clients (une entreprise de
services de la région qui recrute une responsable d'équipe pour sa hotline ; je ne peux pas
encore vous dire son nom).

Je vous attends le mardi 19 mai à 8h30 à l'agence, Boulevard de Pérolles 21, 1700 Fribourg,
2e étage. Comptez environ une heure. Apportez si possible vos certificats de travail et une
pièce d'identité.

Merci de me confirmer ce rendez-vous.

Meilleures salutations

Mélanie Clerc
Conseillère en personnel
Horizon RH Sàrl
Bd de Pérolles 21 – 1700 Fribourg
026 555 19 40
""",
))

_FOU_TEXT = """Bonjour Madame Achour-Lindgren,

Votre candidature au poste de Responsable d'équipe – Centre de relation clients (Lyon 2e)
a retenu toute notre attention.

Nous vous invitons à une session de recrutement collective suivie d'un entretien
individuel :

Jeudi 3 septembre 2026 – accueil à 13h45
Assurances Fourvière, 12 quai Rambaud, 69002 Lyon – Espace Confluence, rez-de-chaussée

Déroulé : présentation de l'entreprise, exercice en petit groupe sur un cas de
réclamation, puis entretien individuel de 30 minutes avec Hélène Garnier (RH) et un
manager du centre. Fin prévue vers 17h30.

Merci de confirmer votre présence en répondant à ce message.

Hélène Garnier
Chargée de recrutement
Assurances Fourvière
"""

add(dict(
    kind=INV, slug="fourviere_group_session", lang="fr", key="fou_inv",
    company="Assurances Fourvière", contact="helene.garnier@fourviere-assurances.example.fr",
    date="2026-08-26 10:05", tz="+0000",
    frm="Assurances Fourvière <no-reply@taleo.net>", reply_to=HELENE,
    subject="Invitation – session de recrutement du 3 septembre",
    text=_FOU_TEXT,
    html=ats_card("Assurances Fourvière – Carrières", "#0b3d6b", paras(_FOU_TEXT),
                  "Ce message a été envoyé via Oracle Taleo."),
    charset="windows-1252", cte="quoted-printable", html_charset="utf-8",
))

_SACN_TEXT = """Madame,

Votre candidature au poste de cheffe d'équipe du Guichet cantonal (accueil physique et
téléphonique) a été retenue pour la suite de la procédure.

Nous vous invitons à vous présenter devant la commission de sélection le jeudi
24 septembre 2026 à 13h30, Rue du Musée 1, 2000 Neuchâtel, salle 204. L'entretien durera
environ une heure et comprendra une courte mise en situation au téléphone.

Vous trouverez l'invitation à intégrer à votre agenda en pièce jointe.

Nous vous prions de confirmer votre présence d'ici au 18 septembre.

Avec nos salutations distinguées.

Pascal Vuilleumier
Conseiller en ressources humaines
Service d'accueil cantonal de Neuchâtel
Rue du Musée 1, 2000 Neuchâtel
032 555 68 02
"""

add(dict(
    kind=INV, slug="neuchatel_commission_ics", lang="fr", key="sacn_inv",
    company="Service d'accueil cantonal de Neuchâtel",
    contact="pascal.vuilleumier@ne.example.ch",
    date="2026-09-14 09:00", frm=PASCAL,
    subject="Invitation à un entretien – Cheffe d'équipe Guichet cantonal",
    text=_SACN_TEXT, cte="quoted-printable",
    ics=dict(method="REQUEST", mode="attach", uid="sacn-2026-0924-achour@ne.example.ch",
             start="20260924T133000", end="20260924T143000",
             summary="Entretien – Cheffe d'équipe Guichet cantonal",
             location="Rue du Musée 1, Neuchâtel, salle 204", organizer=PASCAL,
             filename="entretien_guichet_cantonal.ics", cte="quoted-printable"),
))

_LIM_INV_TEXT = """Guten Tag Frau Achour-Lindgren

Vielen Dank für Ihre Bewerbung als Teamleiterin Kundendienst Privatkunden. Wir möchten Sie
gerne persönlich kennenlernen und laden Sie zu einem Gespräch mit unserem Panel ein:

Datum: Dienstag, 24. März 2026, 14:00–15:15 Uhr
Ort: Limmat Versicherungen, Hardturmstrasse 160, 8005 Zürich, Empfang 2. OG
Gesprächspartner: Thomas Bachmann (Leiter Kundendienst), Nicole Ammann (Teamleiterin
Schaden) und ich

Bitte bringen Sie Ihre Arbeitszeugnisse mit. Das Gespräch führen wir auf Deutsch; ein Teil
darf gerne auf Französisch stattfinden, da das Team die Westschweiz betreut.

Die Einladung ist als Kalendereintrag beigefügt – mit «Annehmen» bestätigen Sie den Termin.

Freundliche Grüsse

Fabienne Egli
HR Business Partner
Limmat Versicherungen AG
Hardturmstrasse 160, 8005 Zürich
Telefon +41 44 555 62 18
"""

add(dict(
    kind=INV, slug="limmat_panel_request", lang="de", key="lim_inv",
    company="Limmat Versicherungen", contact="fabienne.egli@limmat-versicherungen.example.ch",
    date="2026-03-16 13:45", frm=FABIENNE,
    subject="Einladung zum Vorstellungsgespräch – Teamleiterin Kundendienst",
    text=_LIM_INV_TEXT, html=outlook_html(mso(_LIM_INV_TEXT)).replace('lang="FR-CH"',
                                                                      'lang="DE-CH"'),
    cte="quoted-printable",
    ics=dict(method="REQUEST", uid="lim-kd-tl-20260324-achour@limmat-versicherungen",
             start="20260324T140000", end="20260324T151500",
             summary="Vorstellungsgespräch Teamleitung Kundendienst – S. Achour-Lindgren",
             location="Hardturmstrasse 160, 8005 Zürich, Empfang 2. OG",
             organizer=FABIENNE, attendees=[
                 "Thomas Bachmann <thomas.bachmann@limmat-versicherungen.example.ch>",
                 "Nicole Ammann <nicole.ammann@limmat-versicherungen.example.ch>"],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

_LIN_INV_TEXT = """Grüezi Frau Achour-Lindgren

Besten Dank für Ihre Unterlagen für die Stelle als Teamleiterin Client Service Center.
Gerne würde ich in einem ersten Telefoninterview (ca. 30 Minuten) mehr über Ihre
Motivation und Ihren Wechsel in den Kundendienst erfahren.

Passt Ihnen Donnerstag, 6. August, um 10:00 Uhr? Ich würde Sie auf Ihrer Handynummer
anrufen. Falls nicht, nennen Sie mir bitte zwei, drei Alternativen in der gleichen Woche.

Freundliche Grüsse
Claudia Steiner
Recruiting

Bankhaus Lindenhof AG
Lindenhofstrasse 7 | 8001 Zürich
+41 44 555 37 21

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene
Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.
Das Bankhaus Lindenhof nimmt über E-Mail keine Aufträge entgegen.
"""

add(dict(
    kind=INV, slug="lindenhof_phone_interview", lang="de", key="lin_inv",
    company="Bankhaus Lindenhof", contact="claudia.steiner@lindenhof-bank.example.ch",
    date="2026-08-03 11:12", frm=CLAUDIA,
    subject="Telefoninterview – Teamleiterin Client Service Center",
    text=_LIN_INV_TEXT,
))

add(dict(
    kind=INV, slug="kaderwerk_client_glattal", lang="de", key="kad_inv",
    company="Glattal Telekom", contact="marco.huber@kaderwerk.example.ch",
    date="2026-02-17 18:02", frm=MARCO,
    subject="Vorstellungsgespräch bei Glattal Telekom am 24.2.",
    cte="quoted-printable",
    text="""Hallo Frau Achour-Lindgren

Wie heute Nachmittag am Telefon besprochen: Glattal Telekom möchte Sie kennenlernen.

Termin: Dienstag, 24. Februar, 13:30 Uhr
Adresse: Glattal Telekom, Thurgauerstrasse 40, 8050 Zürich-Oerlikon, Haus B, Empfang
Gesprächspartnerinnen: Petra Gisler (Head of Customer Operations) und Jasmin Koller (HR)

Frau Gisler legt viel Wert auf konkrete Beispiele zur Teamführung – Ihr Beispiel mit der
Einarbeitung der Lernenden im Salon passt da sehr gut. Das Gespräch findet auf Deutsch
statt, Englisch ist aber willkommen.

Bitte geben Sie mir kurz Bescheid, dass der Termin passt. Ich melde mich nach dem Gespräch
bei Ihnen für ein Debriefing.

Beste Grüsse
Marco Huber
Senior Consultant
Kaderwerk Personal AG | Löwenstrasse 29 | 8001 Zürich
+41 44 555 90 27
""",
))

_SEE_INV_TEXT = """Guten Tag Frau Achour-Lindgren

Vielen Dank für Ihre Bewerbung als Teamleiterin Kundenservice & Reklamationen. Wir möchten
Sie zu einem ersten Gespräch via Microsoft Teams einladen.

Termin: Dienstag, 14. Juli 2026, 09:00–09:45 Uhr
Teilnehmende: Sabine Wyss (HR) und Roger Baumann (Leiter Kundenservice)
Link: https://teams.microsoft.example.com/l/meetup-join/seefeld-ks-0714

Sollte der Termin nicht passen, antworten Sie bitte auf diese E-Mail.

Freundliche Grüsse
Ihr Recruiting-Team von Warenhaus Seefeld
"""

add(dict(
    kind=INV, slug="seefeld_personio_teams", lang="de", key="see_inv",
    company="Warenhaus Seefeld", contact="sabine.wyss@warenhaus-seefeld.example.ch",
    date="2026-07-08 08:55", tz="+0000",
    frm="Warenhaus Seefeld <no-reply@personio.de>", reply_to=SABINE,
    subject="Einladung: Erstgespräch per Teams am 14.07.2026",
    text=_SEE_INV_TEXT,
    html=ats_card("Warenhaus Seefeld", "#2f6f4f", paras(_SEE_INV_TEXT),
                  "Diese Nachricht wurde über Personio versendet."),
    cte="base64",
))

add(dict(
    kind=INV, slug="amt_buergerdienste_einladung", lang="de", key="amt_inv",
    company="Amt für Bürgerdienste Kanton Zürich", contact="daniela.frei@zh.example.ch",
    date="2026-05-06 10:30", frm=DANIELA,
    subject="Einladung zum Vorstellungsgespräch: Teamleitung Kundenzentrum",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Achour-Lindgren

Wir danken Ihnen für Ihre Bewerbung für die Stelle Teamleiterin Kundenzentrum (80-100 %).
Gerne laden wir Sie zu einem Vorstellungsgespräch ein:

Mittwoch, 20. Mai 2026, 10:00 Uhr
Amt für Bürgerdienste, Stampfenbachstrasse 12, 8090 Zürich, Sitzungszimmer 3.14

Am Gespräch nehmen Herr Urs Meier (Leiter Kundenzentrum), Frau Karin Lüthi (Teamleiterin
Telefonie) und die Unterzeichnende teil. Im Anschluss erhalten Sie die Gelegenheit, einen
Arbeitsplatz im Kundenzentrum zu besichtigen.

Bitte bestätigen Sie uns Ihre Teilnahme bis am 13. Mai 2026.

Freundliche Grüsse

Daniela Frei
HR-Fachfrau
Amt für Bürgerdienste Kanton Zürich
Stampfenbachstrasse 12, 8090 Zürich
Telefon 043 555 11 64
""",
))

_ALP_INV_TEXT = """Hi Séverine,

Thanks for applying for the Customer Service Team Lead role at Alpavia. We'd like to
invite you to our assessment centre at Zurich Airport.

When: Tuesday 5 May 2026, 08:45 to 15:30
Where: Alpavia Operations Centre, Obstgartenstrasse 21, 8058 Zurich-Airport (Gate 3
visitors' entrance)

The day includes a group exercise, a role play with an upset passenger whose flight was
diverted, a short written task on shift planning and a one-to-one interview with our Head
of Customer Care. Lunch is provided.

Please confirm by replying to this email and let us know about any dietary requirements.
Bring a valid passport or ID card so security can issue your visitor badge.

Best wishes,
Hannah Whitcombe
Talent Acquisition Lead, Alpavia
"""

add(dict(
    kind=INV, slug="alpavia_assessment_centre", lang="en", key="alp_inv",
    company="Alpavia", contact="hannah.whitcombe@alpavia.example.ch",
    date="2026-04-20 12:15", tz="+0000",
    frm="Alpavia <no-reply@hire.lever.co>", reply_to=HANNAH,
    subject="Alpavia: invitation to our assessment centre on 5 May",
    text=_ALP_INV_TEXT,
    html=ats_card("Alpavia Careers", "#c8102e", paras(_ALP_INV_TEXT),
                  "Sent with Lever on behalf of Alpavia."),
    cte="quoted-printable",
))

_NAV_INV_TEXT = """Hi Séverine,

Giulia here from the people team at Navigli Telecom. I came across your application for
the customer care team lead opening in our Milan hub and I'd love to have a quick chat.

Are you free on Thursday to talk for 20-25 minutes? Anything between 10:00 and 13:00
CET works for me. Google Meet or a plain phone call, whatever you prefer.

Speak soon,
Giulia

Giulia Ferraro
Talent Partner | Navigli Telecom
Via Tortona 31, 20144 Milano
+39 02 5550 7781
"""

add(dict(
    kind=INV, slug="navigli_free_thursday", lang="en", key="nav_inv",
    company="Navigli Telecom", contact="giulia.ferraro@naviglitelecom.example.it",
    date="2026-06-09 16:33", frm=GIULIA,
    subject="Quick chat this week?",
    text=_NAV_INV_TEXT, cte="7bit" if _NAV_INV_TEXT.isascii() else "8bit",
))

_BRE_INV_TEXT = """Hello Séverine,

Thank you for your interest in the Customer Service Team Lead (English desk) position at
Brera Assicurazioni in Milan.

I'd like to invite you to a 45-minute video interview with me and Chiara Valli, who leads
the English-speaking claims desk. Please pick a time that suits you here:

https://app.greenhouse.io/scheduling/select/brera-3a9f71e2

Slots are available between 16 and 20 March. You will receive a calendar invitation with
the Zoom link as soon as you have booked.

Kind regards,
Luca Bassi
Recruiter, Brera Assicurazioni
"""

add(dict(
    kind=INV, slug="brera_video_interview_link", lang="en", key="bre_inv",
    company="Brera Assicurazioni", contact="luca.bassi@brera-assicurazioni.example.it",
    date="2026-03-09 09:40", tz="+0000",
    frm="Luca Bassi via Greenhouse <no-reply@greenhouse-mail.io>", reply_to=LUCA,
    subject="Interview invitation: Customer Service Team Lead (English desk)",
    text=_BRE_INV_TEXT,
    html=ats_card("Brera Assicurazioni", "#7a1f2b", paras(_BRE_INV_TEXT),
                  "Replies to this email go to Luca Bassi."),
))

_AER_INV_TEXT = """Federica Conti has invited you to an event.

Panel interview - Customer Service Team Lead (Linate)
Tuesday 6 October 2026, 14:00 - 15:00 (Central European Time - Rome)
Aeroleggera, Viale dell'Aviazione 65, 20138 Milano - Building C, room "Orio"
Video option: https://meet.example.com/aer-cstl-ache

Attendees: Federica Conti (HR), Matteo Riva (Head of Ground Customer Service),
Sara Lombardi (Team Lead, Transfer Desk)

Hi Séverine, as discussed on the phone, here is the invitation for the panel. We'll spend
about 40 minutes on your experience and 20 minutes on a short case about a cancelled
evening flight. Please accept the invite so the security desk can prepare your badge.

Federica
"""

add(dict(
    kind=INV, slug="aeroleggera_panel_google_cal", lang="en", key="aer_inv",
    company="Aeroleggera", contact="federica.conti@aeroleggera.example.it",
    date="2026-10-01 10:18", frm=FEDERICA,
    subject="Invitation: Panel interview - Customer Service Team Lead (Linate) @ "
            "Tue 6 Oct 2026 14:00 - 15:00 (CEST)",
    text=_AER_INV_TEXT, html="<html><body>" + paras(_AER_INV_TEXT) + "</body></html>\n",
    cte="quoted-printable",
    ics=dict(method="REQUEST", uid="5p0b3r6j8k9aeroleggera@google.example.com",
             tzid="Europe/Rome", start="20261006T140000", end="20261006T150000",
             summary="Panel interview - Customer Service Team Lead (Linate)",
             location="Aeroleggera, Viale dell'Aviazione 65, Milano - Building C",
             organizer=FEDERICA, attendees=[
                 "Matteo Riva <matteo.riva@aeroleggera.example.it>",
                 "Sara Lombardi <sara.lombardi@aeroleggera.example.it>"],
             prodid="-//Google Inc//Google Calendar 70.9054//EN", cte="8bit"),
))

add(dict(
    kind=INV, slug="talentbridge_client_pavese", lang="en", key="tb_inv",
    company="Pavese Retail Group", contact="owen.gallagher@talentbridge.example.it",
    date="2026-07-20 15:02", frm=OWEN,
    subject="Pavese Retail Group would like to meet you - Thu 23 July",
    text="""Hi Séverine,

Great news - Pavese Retail Group have reviewed your profile and would like to meet you for
the Customer Service Team Lead role at their Milan head office (English-speaking
e-commerce support team, 14 people).

Details:
- Thursday 23 July, 11:30 CET
- Video call on Teams, link to follow from their HR team
- You'll meet Davide Pellegrini (Head of Customer Experience) and Anna Greco (HR)

Could you confirm today or tomorrow morning? I'll call you on Wednesday to run through what
they're looking for - they care a lot about how you handle escalations and rota planning.

Best,
Owen

Owen Gallagher
Senior Consultant, Customer Operations
TalentBridge Milano S.r.l. | Corso Como 11, 20154 Milano
+39 02 5550 3349
""",
))

_RET_INV_TEXT = """Hola, Séverine:

Gracias por tu interés en la vacante de Responsable de Equipo de Atención al Cliente en
nuestras oficinas de Madrid (Paseo de la Castellana 140).

Nos gustaría conocerte en una entrevista por videollamada el jueves 21 de mayo a las
17:00 (hora peninsular). Estaremos Lucía Navarro, de Selección, y Ramón Quintana,
director del Centro de Atención al Cliente. Te adjuntamos la convocatoria para tu
calendario; el enlace de Teams está dentro.

Si te viene mal, dínoslo y buscamos otro hueco.

Un saludo,
Lucía Navarro
Técnica de Selección
Seguros Retiro, S.A.
Paseo de la Castellana 140, 28046 Madrid
"""

add(dict(
    kind=INV, slug="retiro_videollamada_calendario", lang="es", key="ret_inv",
    company="Seguros Retiro", contact="lucia.navarro@segurosretiro.example.es",
    date="2026-05-18 12:40", frm=LUCIA,
    subject="Entrevista – Responsable de Equipo Atención al Cliente",
    text=_RET_INV_TEXT, cte="quoted-printable",
    ics=dict(method="REQUEST", uid="ret-2026-0521-sachour@segurosretiro",
             tzid="Europe/Madrid", start="20260521T170000", end="20260521T180000",
             summary="Entrevista Séverine Achour-Lindgren – Responsable Atención al Cliente",
             location="Microsoft Teams", organizer=LUCIA,
             attendees=["Ramón Quintana <ramon.quintana@segurosretiro.example.es>"],
             description="Enlace: https://teams.microsoft.example.com/l/meetup-join/ret-0521"),
))

add(dict(
    kind=INV, slug="chamberi_client_conecta", lang="es", key="tch_inv",
    company="Conecta Manzanares", contact="marta.ibanez@talentochamberi.example.es",
    date="2026-08-25 13:15", frm=MARTA,
    subject="Entrevista con Conecta Manzanares el lunes 31",
    text="""Hola Séverine:

¡Buenas noticias! Conecta Manzanares quiere conocerte para el puesto de Coordinadora de
Equipo en su centro de atención al cliente de Méndez Álvaro.

La entrevista sería el lunes 31 de agosto a las 10:00 en sus oficinas (Calle de Méndez
Álvaro 56, planta 4). Te recibirán Pablo Herrero, jefe de operaciones, y alguien de
Recursos Humanos. Calcula una hora y media, porque suelen incluir una pequeña prueba de
escucha de llamadas.

¿Me confirmas que te va bien? Mañana te llamo para prepararla juntas.

Un abrazo,

Marta Ibáñez
Consultora de Selección
Talento Chamberí
Calle de Santa Engracia 102, 28010 Madrid
Tel. 91 555 48 23
""",
))

_MES_TEXT = """Hola, Séverine:

Tras tu entrevista telefónica con nuestro equipo, te invitamos a una jornada de prueba en el
servicio de atención al pasajero del aeropuerto de Madrid-Barajas.

Fecha: martes 20 de octubre de 2026
Horario: de 7:30 a 14:00
Punto de encuentro: Terminal 4, mostrador de Aerolíneas Meseta n.º 912

Acompañarás a la supervisora de turno, conocerás el sistema de reservas y participarás en
la reunión de relevo. Al final tendrás una breve entrevista con Jorge Delgado.

Recuerda traer tu documento de identidad; te daremos una acreditación provisional.

Confírmanos tu asistencia respondiendo a este correo.

Jorge Delgado
Selección y Desarrollo – Aerolíneas Meseta
"""

add(dict(
    kind=INV, slug="meseta_jornada_prueba", lang="es", key="mes_inv",
    company="Aerolíneas Meseta", contact="jorge.delgado@aerolineasmeseta.example.es",
    date="2026-10-05 09:25", frm=JORGE,
    subject="Jornada de prueba en Barajas – martes 20 de octubre",
    text=_MES_TEXT, html="<html><body>" + paras(_MES_TEXT) + "</body></html>\n",
    cte="base64",
))

# ================================================================== reschedules / cancellations

_LEM_MOVE_TEXT = """Bonjour Madame Achour-Lindgren,

Je dois malheureusement déplacer notre appel de mardi 17 février à 10h00 : une séance de
direction a été fixée au même moment.

Pourrions-nous le faire le jeudi 19 février à 11h15 à la place ? Si cela ne vous convient
pas, proposez-moi un autre moment dans la semaine et je m'adapte.

Toutes mes excuses pour ce changement.

Caroline Dufresne
Talent Acquisition Specialist
Lémantel SA – Route des Acacias 45, 1227 Les Acacias
T +41 22 555 71 30
"""

add(dict(
    kind=MOVE, slug="lemantel_call_moved", lang="fr", key="lem_move", parent="lem_inv",
    quote="outlook",
    company="Lémantel", contact="caroline.dufresne@lemantel.example.ch",
    date="2026-02-12 08:51", frm=CAROLINE,
    subject="RE: Votre candidature – Responsable d'équipe Service clients (réf. LT-2207)",
    text=_LEM_MOVE_TEXT, html=outlook_html(mso(_LEM_MOVE_TEXT) + "\n{QUOTE}"),
    cte="quoted-printable",
    headers=[("Thread-Topic", "Votre candidature – Responsable d'équipe Service clients "
                              "(réf. LT-2207)"),
             ("X-MS-Exchange-Organization-AuthAs", "Internal")],
))

add(dict(
    kind=MOVE, slug="mutuelle_immersion_postponed_ill", lang="fr", key="mut_move",
    parent="mut_inv", quote="gt",
    company="Mutuelle Léman Santé", contact="aurelie.cuenod@mutuelle-leman.example.ch",
    date="2026-04-20 08:12", frm=AURELIE,
    subject="Re: Demi-journée d'immersion – Cheffe d'équipe Service aux assurés",
    text="""Chère Madame Achour-Lindgren,

Je reviens vers vous au sujet de mardi prochain : M. Dind est malade et absent toute la
semaine. Comme nous tenons à ce qu'il puisse vous rencontrer, nous reportons la
demi-journée d'immersion au mardi 5 mai, avec les mêmes horaires (8h00 – 12h30) et au même
endroit.

Pourriez-vous me dire si cette nouvelle date vous convient ? Désolée pour ce contretemps.

Avec mes meilleures salutations,
Aurélie Cuénod
""",
))

add(dict(
    kind=MOVE, slug="ocv_calendar_update_room", lang="fr", key="ocv_update", parent="ocv_inv",
    company="Office cantonal des véhicules", contact="laurence.favre-bulle@etat-ge.example.ch",
    date="2026-04-27 16:05", frm=LAURENCE,
    subject="Mise à jour : Entretien OCV-2026-014 – nouvel horaire 10h30",
    text="""Madame,

En raison d'une séance de la direction générale, l'entretien du mercredi 6 mai est décalé
de 9h00 à 10h30. Il se tiendra désormais à la salle 2.07 (2e étage) ; l'adresse reste la
même, Route de Veyrier 86 à Carouge.

L'invitation de votre agenda a été mise à jour en conséquence.

Salutations distinguées.

Laurence Favre-Bulle
Gestionnaire RH – Office cantonal des véhicules
""",
    ics=dict(method="REQUEST", seq=1, uid="ocv-2026-014-entretien-achour@etat-ge",
             start="20260506T103000", end="20260506T113000",
             summary="Entretien OCV-2026-014 – S. Achour-Lindgren",
             location="Route de Veyrier 86, Carouge – salle 2.07", organizer=LAURENCE,
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

add(dict(
    kind=MOVE, slug="airconfluence_day_cancelled_ics", lang="fr", key="acf_cancel",
    parent="acf_inv",
    company="Air Confluence", contact="s.lapierre@airconfluence.example.fr",
    date="2026-09-08 17:30", frm=SANDRINE,
    subject="Annulé : Journée d'évaluation – Superviseure Service Client Passagers",
    text="""Madame,

En raison d'un mouvement social annoncé pour le 17 septembre sur la plateforme
aéroportuaire, nous sommes contraints d'annuler la journée d'évaluation prévue ce jour-là.

Votre candidature reste bien entendu à l'étude. Nous vous proposerons une nouvelle date
d'ici la fin de la semaine prochaine.

Avec nos excuses pour ce désagrément,

Sandrine Lapierre
Chargée de recrutement – Opérations sol, Air Confluence
""",
    ics=dict(method="CANCEL", seq=1, uid="acf-ac-20260917-groupeB@airconfluence",
             tzid="Europe/Paris", start="20260917T083000", end="20260917T160000",
             summary="Journée d'évaluation – Superviseure Service Client Passagers",
             location="Bâtiment Le Dauphiné, Zone Fret 2, Colombier-Saugnieu",
             organizer=SANDRINE),
))

_RHO_MOVE_TEXT = """Bonjour Séverine,

Votre entretien vidéo pour le poste de Responsable d'équipe Relation client a été déplacé.

Ancien créneau : mardi 30 juin 2026, 10:00
Nouveau créneau : mercredi 1 juillet 2026, 15:00 – 15:45 (heure de Paris)

Le lien de la visioconférence ne change pas. Si le nouveau créneau ne vous convient pas,
choisissez-en un autre ici : https://rhoneline.recruitee.example.com/o/rr-4471/reschedule

Ceci est un message automatique, merci de ne pas y répondre.
"""

add(dict(
    kind=MOVE, slug="rhoneline_recruitee_moved", lang="fr", key="rho_move",
    company="Rhôneline", contact="",
    date="2026-06-25 09:02", tz="+0000",
    frm="Rhôneline Recrutement <no-reply@jobs.recruitee.com>",
    subject="Votre entretien a été déplacé",
    text=_RHO_MOVE_TEXT,
    html=ats_card("Rhôneline", "#d4502a", paras(_RHO_MOVE_TEXT), "Propulsé par Recruitee"),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=MOVE, slug="leman_interim_client_moves_afternoon", lang="fr", key="li_move",
    parent="li_inv", quote="gt",
    company="Banque Rhône-Arve", contact="j.mottier@leman-interim.example.ch",
    date="2026-01-26 12:37", frm=JULIEN,
    subject="Re: Entretien chez notre client Banque Rhône-Arve – mercredi 28 janvier",
    text="""Re-bonjour Séverine,

Petit changement côté client : Mme Rochat a un comité qui a été avancé à mercredi matin.
Elle demande si vous pouvez venir le même jour à 14h00 au lieu de 9h30. Même adresse, même
interlocuteurs.

Dites-moi vite si c'est bon pour vous, je confirme ensuite à la banque.

Julien
""",
))

add(dict(
    kind=MOVE, slug="neuchatel_commission_cancelled", lang="fr", key="sacn_cancel",
    parent="sacn_inv",
    company="Service d'accueil cantonal de Neuchâtel",
    contact="pascal.vuilleumier@ne.example.ch",
    date="2026-09-21 14:44", frm=PASCAL,
    subject="Annulation – entretien du 24 septembre (Guichet cantonal)",
    text="""Madame,

Deux membres de la commission de sélection étant retenus par une séance extraordinaire du
Conseil d'État, nous devons annuler l'entretien prévu le jeudi 24 septembre à 13h30.

Il ne s'agit en aucun cas d'une décision sur votre candidature, qui reste retenue. Je
reviendrai vers vous dans les prochains jours avec deux ou trois nouvelles dates.

Vous trouverez en pièce jointe l'annulation pour votre agenda.

Avec nos salutations distinguées.

Pascal Vuilleumier
Service d'accueil cantonal de Neuchâtel
""",
    cte="quoted-printable",
    ics=dict(method="CANCEL", mode="attach", seq=1, uid="sacn-2026-0924-achour@ne.example.ch",
             start="20260924T133000", end="20260924T143000",
             summary="Entretien – Cheffe d'équipe Guichet cantonal",
             location="Rue du Musée 1, Neuchâtel, salle 204", organizer=PASCAL,
             filename="annulation_entretien.ics", cte="quoted-printable"),
))

# The candidate's answer to Loïc (her own mail, kind other) lives in msgs192_other; Loïc's
# reply quotes it.
add(dict(
    kind=MOVE, slug="sarine_moved_to_friday", lang="fr", key="sar_move", parent="sar_req",
    quote="gt",
    company="Sarine Télécom", contact="loic.bapst@sarinetelecom.example.ch",
    date="2026-07-14 07:58", frm=LOIC,
    subject="Re: Un café jeudi ?",
    text="""Aucun souci ! On décale à vendredi 17 juillet, 9h30, au café de la gare (côté
buffet). Je réserve une table au nom de Sarine Télécom.

À vendredi,
Loïc
""",
))

add(dict(
    kind=MOVE, slug="limmat_calendar_sequence_bump", lang="de", key="lim_move",
    parent="lim_inv",
    company="Limmat Versicherungen", contact="fabienne.egli@limmat-versicherungen.example.ch",
    date="2026-03-19 09:26", frm=FABIENNE,
    subject="Aktualisiert: Vorstellungsgespräch Teamleitung Kundendienst – neu 15:00 Uhr",
    text="""Guten Tag Frau Achour-Lindgren

Herr Bachmann hat am 24. März über Mittag einen Kundentermin erhalten. Wir verschieben
unser Gespräch deshalb um eine Stunde auf 15:00–16:15 Uhr. Ort und Teilnehmende bleiben
gleich.

Der Kalendereintrag ist aktualisiert; bitte bestätigen Sie ihn erneut.

Freundliche Grüsse
Fabienne Egli
""",
    ics=dict(method="REQUEST", seq=1, uid="lim-kd-tl-20260324-achour@limmat-versicherungen",
             start="20260324T150000", end="20260324T161500",
             summary="Vorstellungsgespräch Teamleitung Kundendienst – S. Achour-Lindgren",
             location="Hardturmstrasse 160, 8005 Zürich, Empfang 2. OG",
             organizer=FABIENNE, attendees=[
                 "Thomas Bachmann <thomas.bachmann@limmat-versicherungen.example.ch>",
                 "Nicole Ammann <nicole.ammann@limmat-versicherungen.example.ch>"],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

add(dict(
    kind=MOVE, slug="lindenhof_interviewer_sick", lang="de", key="lin_move",
    parent="lin_inv", quote="outlook",
    company="Bankhaus Lindenhof", contact="claudia.steiner@lindenhof-bank.example.ch",
    date="2026-08-05 16:48", frm=CLAUDIA,
    subject="AW: Telefoninterview – Teamleiterin Client Service Center",
    text="""Grüezi Frau Achour-Lindgren

Leider bin ich seit heute krankgeschrieben und kann unser Telefonat morgen um 10:00 Uhr
nicht wahrnehmen. Darf ich Sie stattdessen am Dienstag, 11. August, ebenfalls um 10:00 Uhr
anrufen? Ich hoffe, bis dann wieder fit zu sein.

Entschuldigen Sie die kurzfristige Änderung.

Freundliche Grüsse
Claudia Steiner
""",
))

add(dict(
    kind=MOVE, slug="kaderwerk_client_cancels_meeting", lang="de", key="kad_cancel",
    parent="kad_inv",
    company="Glattal Telekom", contact="marco.huber@kaderwerk.example.ch",
    date="2026-02-20 11:19", frm=MARCO,
    subject="Termin Glattal Telekom vom 24.2. abgesagt – neuer Termin folgt",
    text="""Hallo Frau Achour-Lindgren

Kurze Info: Glattal Telekom musste den Termin vom Dienstag absagen, weil Frau Gisler
kurzfristig an eine Konzernsitzung nach Bern muss.

Das hat nichts mit Ihrer Bewerbung zu tun – die Stelle bleibt offen und Sie sind weiterhin
im Rennen. Ich kläre gerade neue Daten ab und melde mich spätestens Anfang nächster Woche.

Beste Grüsse
Marco Huber
Kaderwerk Personal AG
""",
))

_ALP_CANCEL_TEXT = """Hi Séverine,

We're sorry to let you know that the assessment centre on Tuesday 5 May has been
cancelled: several assessors are needed on the operations floor after the recent schedule
changes.

Rather than make you wait for the next group session, we'd like to replace it with a
one-to-one video interview with our Head of Customer Care on Thursday 7 May at 10:00 CEST.
The calendar entry for 5 May is cancelled; a new invitation for the video interview will
follow shortly. If 7 May doesn't work, just reply with a couple of alternatives.

Best wishes,
Hannah
"""

add(dict(
    kind=MOVE, slug="alpavia_assessment_cancelled", lang="en", key="alp_cancel",
    parent="alp_inv",
    company="Alpavia", contact="hannah.whitcombe@alpavia.example.ch",
    date="2026-04-28 14:10", frm=HANNAH,
    subject="Cancelled: Alpavia assessment centre (5 May) - replaced by a video interview",
    text=_ALP_CANCEL_TEXT,
    ics=dict(method="CANCEL", seq=2, uid="alpavia-ac-20260505-g2@alpavia",
             start="20260505T084500", end="20260505T153000",
             summary="Alpavia assessment centre - Customer Service Team Lead",
             location="Obstgartenstrasse 21, 8058 Zurich-Airport", organizer=HANNAH),
))

add(dict(
    kind=MOVE, slug="navigli_moved_to_friday", lang="en", key="nav_move",
    parent="nav_req", quote="gt",
    company="Navigli Telecom", contact="giulia.ferraro@naviglitelecom.example.it",
    date="2026-06-10 09:05", frm=GIULIA,
    subject="Re: Quick chat this week?",
    text="""Hi Séverine,

No problem at all - Friday works. I've moved us to Friday 12 June at 11:30 CET. I'll send a
Meet link an hour before, or call you on +41 79 555 19 02 if the link gives you trouble.

Giulia
""",
))

add(dict(
    kind=MOVE, slug="aeroleggera_push_thirty_minutes", lang="en", key="aer_push",
    parent="aer_inv",
    company="Aeroleggera", contact="federica.conti@aeroleggera.example.it",
    date="2026-10-06 08:50", frm=FEDERICA,
    subject="Today's panel - starting at 14:30 instead of 14:00",
    text="""Hi Séverine,

Matteo is stuck at Malpensa this morning, so we need to push today's panel by half an
hour: we'll start at 14:30 and finish around 15:30. Same room, same link.

Sorry for the short notice!
Federica
""",
))

add(dict(
    kind=MOVE, slug="retiro_cambio_hora", lang="es", key="ret_move", parent="ret_inv",
    company="Seguros Retiro", contact="lucia.navarro@segurosretiro.example.es",
    date="2026-05-20 10:15", frm=LUCIA,
    subject="Actualizada: Entrevista – nueva hora 18:30",
    text="""Hola, Séverine:

Ramón tiene un comité que se alarga el jueves por la tarde, así que hemos pasado la
entrevista de las 17:00 a las 18:30 del mismo día. El enlace de Teams sigue siendo el mismo.

Te he actualizado la convocatoria del calendario. Perdona el cambio.

Lucía
""",
    cte="quoted-printable",
    ics=dict(method="REQUEST", seq=1, uid="ret-2026-0521-sachour@segurosretiro",
             tzid="Europe/Madrid", start="20260521T183000", end="20260521T193000",
             summary="Entrevista Séverine Achour-Lindgren – Responsable Atención al Cliente",
             location="Microsoft Teams", organizer=LUCIA,
             attendees=["Ramón Quintana <ramon.quintana@segurosretiro.example.es>"],
             description="Enlace: https://teams.microsoft.example.com/l/meetup-join/ret-0521"),
))

# ================================================================== missed interviews

add(dict(
    kind=MISSED, slug="saleve_tried_calling_twice", lang="fr", key="sal_missed",
    company="Assurances Salève", contact="nadia.berset@assurances-saleve.example.ch",
    date="2026-01-27 10:26", frm=NADIA,
    subject="Notre entretien téléphonique de ce matin",
    text="""Bonjour Séverine,

Nous avions rendez-vous ce matin à 10h00 pour notre entretien téléphonique. J'ai essayé de
vous appeler à deux reprises, à 10h00 puis à 10h10, au 079 555 19 02, mais je suis tombée
sur votre messagerie.

J'espère que tout va bien de votre côté. N'hésitez pas à me faire signe.

Meilleures salutations

Nadia Berset
Talent Acquisition Partner
Assurances Salève
Route de Saint-Julien 112, 1228 Plan-les-Ouates
+41 22 555 40 18
""",
))

add(dict(
    kind=MISSED, slug="telvaud_waited_on_teams", lang="fr", key="tel_missed",
    company="Telvaud", contact="yannick.pasche@telvaud.example.ch",
    date="2026-06-23 14:22", frm=YANNICK,
    subject="Entretien Teams de 14h00",
    text="""Bonjour Madame Achour-Lindgren,

Nous vous avons attendue sur Teams cet après-midi de 14h00 à 14h15 pour notre entretien,
mais personne ne s'est connecté.

Peut-être un souci technique ? Faites-moi savoir ce qui s'est passé.

Cordiales salutations
Yannick Pasche
Responsable Service clients
Telvaud SA | Place de l'Europe 7 | 1003 Lausanne
""",
))

add(dict(
    kind=MISSED, slug="horizon_rh_no_show_agency", lang="fr", key="hor_missed",
    parent="hor_inv",
    company="Horizon RH", contact="melanie.clerc@horizon-rh.example.ch",
    date="2026-05-19 09:17", frm=MELANIE,
    subject="Votre rendez-vous de ce matin à l'agence",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Achour-Lindgren,

Je vous attendais ce matin à 8h30 à l'agence de Fribourg pour notre entretien de
qualification. Ne vous voyant pas arriver, j'ai essayé de vous joindre sur votre portable,
sans succès.

Pouvez-vous me recontacter ? Sans nouvelles de votre part, je ne pourrai pas transmettre
votre dossier à notre client.

Meilleures salutations

Mélanie Clerc
Conseillère en personnel
Horizon RH Sàrl - Bd de Pérolles 21 - 1700 Fribourg - 026 555 19 40
""",
))

_ARA_TEXT = """Bonjour Madame Achour-Lindgren,

Nous avions rendez-vous aujourd'hui à 11h00 pour votre entretien vidéo concernant le poste
de Responsable d'équipe – Centre de relation clientèle à Annecy.

Ma collègue Estelle Pollet et moi-même sommes restées connectées sur le lien Zoom jusqu'à
11h20, sans que vous ne nous rejoigniez.

Si un imprévu vous en a empêchée, merci de nous en faire part.

Cordialement,

Chloé Mermillod
Chargée de recrutement
Banque des Aravis – 4 rue Sommeiller, 74000 Annecy
"""

add(dict(
    kind=MISSED, slug="aravis_zoom_nobody_joined", lang="fr", key="ara_missed",
    company="Banque des Aravis", contact="chloe.mermillod@banque-aravis.example.fr",
    date="2026-03-10 11:34", frm=CHLOE,
    subject="Entretien vidéo de ce jour – 11h00",
    text=_ARA_TEXT, html="<div dir=\"ltr\">" + paras(_ARA_TEXT) + "</div>\n",
    cte="base64",
    headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF124)")],
))

add(dict(
    kind=MISSED, slug="semnoz_waited_in_store", lang="fr", key="sem_missed",
    company="Outdoor Semnoz", contact="romain@semnoz-outdoor.example.fr",
    date="2026-04-09 14:41", frm=ROMAIN,
    subject="Rdv 14h au magasin",
    text="""Bonjour Séverine,

On devait se voir à 14h au magasin pour l'entretien, je suis à l'accueil depuis 14h et je
ne vous ai pas vue. Vous avez eu un empêchement ?

Romain Bouvier
Responsable magasin – Outdoor Semnoz Annecy
06 55 51 27 80
""",
))

add(dict(
    kind=MISSED, slug="lindenhof_zweimal_angerufen", lang="de", key="lin_missed",
    parent="lin_move",
    company="Bankhaus Lindenhof", contact="claudia.steiner@lindenhof-bank.example.ch",
    date="2026-08-11 10:41", frm=CLAUDIA,
    subject="Unser Telefoninterview von heute",
    text="""Grüezi Frau Achour-Lindgren

Wir waren heute um 10:00 Uhr zum Telefoninterview verabredet. Ich habe zweimal versucht,
Sie anzurufen – um 10:00 und um 10:12 Uhr –, Sie aber leider nicht erreicht und Ihnen auf
die Combox gesprochen.

Bitte melden Sie sich bei mir, wenn Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse
Claudia Steiner
Recruiting, Bankhaus Lindenhof AG
+41 44 555 37 21

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene
Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.
""",
))

add(dict(
    kind=MISSED, slug="seefeld_nicht_erschienen", lang="de", key="see_missed",
    company="Warenhaus Seefeld", contact="sabine.wyss@warenhaus-seefeld.example.ch",
    date="2026-07-14 09:38", frm=SABINE,
    subject="Erstgespräch heute 09:00 Uhr",
    cte="quoted-printable",
    text="""Guten Tag Frau Achour-Lindgren

Herr Baumann und ich waren heute um 09:00 Uhr im Teams-Meeting für unser Erstgespräch,
Sie sind jedoch nicht erschienen. Wir haben bis 09:20 Uhr gewartet.

Falls etwas dazwischengekommen ist, lassen Sie es uns bitte wissen.

Freundliche Grüsse
Sabine Wyss
HR Fachfrau
Warenhaus Seefeld AG, Seefeldstrasse 123, 8008 Zürich
""",
))

add(dict(
    kind=MISSED, slug="sihl_waited_on_teams", lang="en", key="sihl_missed",
    company="Sihl Mobile", contact="tom.reinhardt@sihlmobile.example.ch",
    date="2026-09-21 15:24", frm=TOM,
    subject="Missed you this afternoon",
    text="""Hi Séverine,

We had our interview booked for 15:00 today. Nina and I waited on Teams for about 15
minutes but you didn't join, and your phone went straight to voicemail.

Hope everything is OK. Drop me a line when you can.

Tom Reinhardt
Customer Operations Manager, Sihl Mobile
Sihlquai 253, 8005 Zurich
""",
))

_JET_MISSED = """Hi Séverine,

Our records show that you did not attend your scheduled video interview for the position
Customer Service Team Lead (Geneva Airport) on Wednesday 16 September at 09:30 CEST.

If something came up, please reply to this message - it goes to Priya Nair, your
recruiter - and let us know whether you'd like to stay in the process.

Jetlane Talent Team
"""

add(dict(
    kind=MISSED, slug="jetlane_ashby_no_show", lang="en", key="jet_missed",
    company="Jetlane", contact="priya.nair@jetlane.example.ch",
    date="2026-09-16 08:05", tz="+0000",
    frm="Jetlane Talent <no-reply@ashbyhq.com>", reply_to=PRIYA,
    subject="We missed you at your interview",
    text=_JET_MISSED, html=ats_card("Jetlane", "#003a70", paras(_JET_MISSED),
                                    "Powered by Ashby"),
))

add(dict(
    kind=MISSED, slug="prado_no_localizada", lang="es", key="prado_missed",
    company="Grandes Almacenes Prado", contact="ines.robles@almacenesprado.example.es",
    date="2026-09-22 10:36", frm=INES,
    subject="Entrevista telefónica de esta mañana",
    text="""Hola, Séverine:

Habíamos quedado hoy a las 10:00 para la entrevista telefónica. Te he llamado dos veces, a
las 10:00 y a las 10:15, y no he podido localizarte.

¿Ha pasado algo? Escríbeme cuando puedas y vemos cómo seguimos.

Un saludo,
Inés Robles
Responsable de Selección
Grandes Almacenes Prado – Calle de Preciados 30, 28013 Madrid
""",
))

