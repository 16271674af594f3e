"""Corpus 268 – interview invitations (26), reschedules and cancellations (15) and missed
interview notices (10), each written by hand."""

from __future__ import annotations

from msgs268_common import (
    CAND_ADDR,
    ats_card,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"

CHLOE = ("Chloé Pittet", "chloe.pittet@lemanix.example.ch")
SERAINA = ("Seraina Caduff", "seraina.caduff@nordlicht.example.ch")
BEATRICE = ("Beatrice Schär", "beatrice.schaer@seeland-privatbank.example.ch")
SOPHIE = ("Sophie Garnier", "sophie.garnier@nexaline.example.fr")
MARTA = ("Marta Villalobos", "marta.villalobos@conecta.example.es")
TOM = ("Tom Whitfield", "tom.whitfield@kestrel.example.co.uk")

# =============================================================================== invitations
# ----------------------------------------------------------------------------- français

t = """Bonjour Mathilde,

Merci pour votre candidature au poste de Customer Success Manager junior. Votre parcours au guichet nous a intriguées – dans le bon sens ! – et nous aimerions faire connaissance lors d'un premier échange téléphonique d'une trentaine de minutes.

Je vous propose jeudi 16 juillet à 10h00. Si cela ne vous convient pas, indiquez-moi simplement deux ou trois créneaux qui vous arrangent cette semaine ou la suivante.

Je vous appellerai au numéro indiqué dans votre CV.

Belle journée,

Chloé Pittet
Talent Acquisition Partner
Lémanix
Avenue de Sévelin 20, 1004 Lausanne
+41 21 555 08 64
"""
add(kind=INV, slug="lemanix_phone_screen", lang="fr", company="Lémanix",
    contact="chloe.pittet@lemanix.example.ch", frm=CHLOE,
    subject="Lémanix – échange téléphonique pour le poste de Customer Success Manager",
    date="2026-07-14T11:26:00+02:00", key="lx_screen", parent="lx_ack", text=t)

t = """Bonjour Mathilde,

Suite à notre échange téléphonique de la semaine dernière, j'ai le plaisir de vous inviter à un entretien avec l'équipe Customer Success :

Date : mardi 4 août 2026
Heure : 14h00 – 15h30
Lieu : Lémanix, Avenue de Sévelin 20, 1004 Lausanne (3e étage, demandez-moi à l'accueil)
Participants : Yannick Rochat (Head of Customer Success), Inès Bertholet (CSM senior) et moi-même

Au programme : une présentation de votre parcours, puis une mise en situation d'une vingtaine de minutes (un client mécontent au téléphone – vous connaissez ça mieux que nous !).

L'invitation est jointe à ce message. Merci de l'accepter ou de me proposer une alternative.

À bientôt,
Chloé
"""
add(kind=INV, slug="lemanix_panel_calendar_request", lang="fr", company="Lémanix",
    contact="chloe.pittet@lemanix.example.ch", frm=CHLOE,
    enc={"from": ("utf-8", "B")},
    subject="Invitation : Entretien Customer Success – mardi 4 août 14:00",
    date="2026-07-28T09:03:00+02:00", key="lx_panel", parent="lx_move",
    text=t, html=page(paras(t), "fr"), ics_attach=True,
    ics={"method": "REQUEST", "uid": "lx-panel-7781@lemanix.example.ch", "seq": 0,
         "start": "2026-08-04T14:00:00+02:00", "end": "2026-08-04T15:30:00+02:00",
         "summary": "Entretien Customer Success – Mathilde Okeke-Zürcher",
         "location": "Lémanix, Avenue de Sévelin 20, 1004 Lausanne",
         "description": "Entretien avec Yannick Rochat, Inès Bertholet et Chloé Pittet.",
         "organizer": CHLOE})

t = """Bonjour Mathilde,

Bonne nouvelle : votre candidature pour le poste de Customer Success Manager (Lyon, CDI) a retenu notre attention, et Julien Mercier souhaite vous rencontrer en visioconférence avec Claire Roux, responsable de l'équipe.

Choisissez le créneau qui vous convient (45 minutes) via le lien ci-dessous :
https://tessera.recruitee.com/o/csm-lyon/schedule/7f3c2a

Les créneaux disponibles vont du 23 au 27 février. Le lien de visioconférence vous sera envoyé automatiquement après votre réservation.

À très vite,
L'équipe recrutement de Tessera Logiciels

Ce message est envoyé depuis une adresse qui n'accepte pas les réponses.
"""
add(kind=INV, slug="tessera_recruitee_booking_link", lang="fr", company="Tessera Logiciels",
    contact="", frm=("Tessera Logiciels", "no-reply@jobs.recruitee.com"),
    subject="Planifiez votre entretien avec Tessera Logiciels",
    date="2026-02-18T10:00:00+01:00", key="tessera_link", parent="tessera_ack",
    text=t, html=ats_card("Tessera Logiciels", "#5b2c83", paras(t), "Recruitee", "fr",
                          button=("Choisir un créneau",
                                  "https://tessera.recruitee.com/o/csm-lyon/schedule/7f3c2a")),
    headers=[("Auto-Submitted", "auto-generated")])

t = """Madame,

Nous avons examiné votre dossier avec beaucoup d’intérêt et avons le plaisir de vous convier à un entretien pour le poste de Conseillère clientèle à 80 %.

L’entretien aura lieu le jeudi 30 avril à 14h00 dans nos locaux, Route de Lausanne 3, 1052 Le Mont-sur-Lausanne, en présence de M. Gilles Pasche, responsable d’agence, et de moi-même. Il durera environ une heure.

Merci de nous confirmer votre présence par retour de courriel. Une pièce d’identité vous sera demandée à l’accueil.

Nous nous réjouissons de faire votre connaissance.

Nathalie Bovard
Ressources humaines
Caisse d’Épargne du Jorat
Route de Lausanne 3 – 1052 Le Mont-sur-Lausanne
021 555 32 77
"""
add(kind=INV, slug="jorat_onsite_cp1252", lang="fr", company="Caisse d'Épargne du Jorat",
    contact="nathalie.bovard@jorat.example.ch",
    frm=("Nathalie Bovard", "nathalie.bovard@jorat.example.ch"),
    subject="Invitation à un entretien – Conseillère clientèle",
    enc={"subject": ("windows-1252", "Q"), "to": ("windows-1252", "Q")},
    date="2026-04-20T15:41:00+02:00", key="jorat_inv", parent="jorat_ack",
    text=t, charset="windows-1252", cte="8bit")

t = """Madame Okeke-Zürcher,

Votre candidature au poste de Spécialiste Expérience Client a retenu toute notre attention. Nous avons le plaisir de vous inviter à notre journée d'évaluation, qui réunira cinq candidat·e·s.

Date : jeudi 13 août 2026, de 8h30 à 16h00
Lieu : Prévoyance Jurassienne, Faubourg du Lac 11, 2000 Neuchâtel, salle Chaumont
Déroulement : exercices de groupe, jeu de rôle avec un assuré, entretien individuel avec le jury

Le repas de midi est offert. Merci de confirmer votre participation d'ici au 7 août en répondant à ce courriel et de vous munir d'une pièce d'identité.

Avec nos salutations les meilleures,

Isabelle Vuilleumier
Responsable recrutement
Prévoyance Jurassienne
Faubourg du Lac 11, 2000 Neuchâtel
+41 32 555 47 00
"""
add(kind=INV, slug="prevoyance_assessment_centre", lang="fr", company="Prévoyance Jurassienne",
    contact="isabelle.vuilleumier@prevoyance-jurassienne.example.ch",
    frm=("Isabelle Vuilleumier", "isabelle.vuilleumier@prevoyance-jurassienne.example.ch"),
    subject="Invitation à notre journée d'évaluation (assessment) – 13 août",
    date="2026-08-03T08:20:00+02:00", key="pj_assess",
    text=t, cte="quoted-printable",
    html=ats_card("Prévoyance Jurassienne", "#7b3f00", paras(t),
                  "Prévoyance Jurassienne · Faubourg du Lac 11 · 2000 Neuchâtel", "fr"))

t = """Bonjour Madame Okeke-Zürcher,

Suite à notre entretien téléphonique, nous serions heureux de vous accueillir pour une journée d'essai dans l'équipe support, le mardi 12 mai de 8h30 à 17h00.

Vous passerez la matinée avec Elodie, qui traite les demandes de nos clients fiduciaires, et l'après-midi vous prendrez vous-même quelques appels simples, accompagnée. La journée est rémunérée selon nos conditions habituelles.

Adresse : Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel, 2e étage. Le parking visiteurs se trouve à gauche de l'entrée.

Pourriez-vous me confirmer que la date vous convient ?

Meilleures salutations

Olivier Jeanneret
Responsable Support & Customer Success
Numeris
032 555 61 20
"""
add(kind=INV, slug="numeris_trial_day", lang="fr", company="Numeris",
    contact="olivier.jeanneret@numeris.example.ch",
    frm=("Olivier Jeanneret", "olivier.jeanneret@numeris.example.ch"),
    subject="Journée d'essai chez Numeris",
    date="2026-05-04T10:15:00+02:00", key="numeris_trial",
    text=t, cte="quoted-printable")

t = """Salut Mathilde,

Merci pour ton message sur Réseaupro, ton parcours m'a bien plu. On cherche justement quelqu'un pour s'occuper de nos premiers clients (on est six, c'est très artisanal pour l'instant).

Tu serais libre jeudi en fin de matinée pour qu'on en parle autour d'un café ? Je te propose 11h au Café du Bourg-de-Four, à Genève. Sinon on fait ça en visio, comme tu préfères.

À jeudi j'espère,
Bastien

--
Bastien Roulin, cofondateur
Filaos – le support client sans prise de tête
filaos.example.ch
"""
add(kind=INV, slug="filaos_coffee_thursday", lang="fr", company="Filaos",
    contact="bastien@filaos.example.ch", frm=("Bastien Roulin", "bastien@filaos.example.ch"),
    subject="Café jeudi ?", date="2026-01-19T22:47:00+01:00", key="filaos_inv", text=t)

t = """Bonjour Mathilde,

Excellente nouvelle : la maison Dufaux a lu votre dossier et souhaite vous rencontrer pour le poste d'Assistante service après-vente.

J'ai fixé le rendez-vous au lundi 2 février à 9h30, dans leurs ateliers du Sentier (Grand-Rue 14, 1347 Le Sentier). Vous serez reçue par M. Roland Dufaux et par la responsable SAV, Mme Golay. Comptez une heure environ.

Quelques conseils : ils tiennent beaucoup à la ponctualité et aiment qu'on leur parle de contacts concrets avec la clientèle. Vos exemples du guichet seront parfaits.

Je vous appelle vendredi pour préparer l'entretien ensemble.

Bien à vous,
Aurélie Monnier
Consultante senior – Tertiaire & Relation client
Placement Romand
Avenue de la Gare 17, 1003 Lausanne
+41 21 555 42 10
"""
add(kind=INV, slug="placement_sets_up_dufaux", lang="fr", company="Horlogerie Dufaux",
    contact="a.monnier@placement-romand.example.ch",
    frm=("Aurélie Monnier", "a.monnier@placement-romand.example.ch"),
    subject="Entretien chez Horlogerie Dufaux – lundi 2 février",
    date="2026-01-26T14:05:00+01:00", key="pr_dufaux_inv", parent="pr_reg",
    text=t, html=outlook_html(paras(t), "fr"))

h = ats_card("Gruyère Connect", "#c8102e", """<p>Bonjour Madame Okeke-Zürcher,</p>
<p>Nous vous remercions pour votre candidature et avons le plaisir de vous inviter à un entretien pour le poste de <b>Customer Care Lead</b>.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>mercredi 15 juillet 2026</td></tr>
<tr><td><b>Heure</b></td><td>13h30 – 14h30</td></tr>
<tr><td><b>Lieu</b></td><td>Gruyère Connect, Rue de Vevey 12, 1630 Bulle</td></tr>
<tr><td><b>Interlocutrices</b></td><td>Noémie Castella (RH) et Sarah Pugin (responsable du service clientèle)</td></tr>
</table>
<p>Veuillez confirmer le rendez-vous en cliquant sur le bouton ci-dessous.</p>
<p>Pour toute question, répondez simplement à ce courriel&nbsp;: votre message parviendra directement à Noémie Castella.</p>
<p>Meilleures salutations,<br>Gruyère Connect</p>""", "Envoyé via Personio", "fr",
             button=("Confirmer l'entretien", "https://gruyere-connect.jobs.personio.de/confirm/a81c"))
add(kind=INV, slug="gruyere_personio_html_base64", lang="fr", company="Gruyère Connect",
    contact="noemie.castella@gruyere-connect.example.ch",
    frm=("Gruyère Connect", "noreply@personio.de"),
    reply_to=("Noémie Castella", "noemie.castella@gruyere-connect.example.ch"),
    enc={"reply_to": ("iso-8859-1", "Q")},
    subject="Invitation à un entretien – Customer Care Lead",
    date="2026-07-08T13:12:00+02:00", key="gc_inv", parent="gc_ack",
    text=None, html=h, html_cte="base64")

t = """Bonjour Mathilde,

Comme convenu au téléphone, je vous envoie l'invitation pour votre entretien avec Thomas Lefèvre, manager de l'équipe Succès Client B2B.

Mardi 10 mars 2026, 10h00 – 11h00 (heure de Paris)
Microsoft Teams – le lien figure dans l'invitation

L'entretien portera sur votre expérience de la relation client et sur votre motivation pour le secteur des télécoms. Prévoyez 5 minutes pour tester votre connexion.

Bien cordialement,

Sophie Garnier
Chargée de recrutement
Nexaline Télécom
23 rue de la Villette, 69003 Lyon
+33 4 55 50 12 34
"""
add(kind=INV, slug="nexaline_teams_calendar", lang="fr", company="Nexaline Télécom",
    contact="sophie.garnier@nexaline.example.fr", frm=SOPHIE,
    subject="Entretien visio – Chargé(e) de succès client B2B",
    date="2026-03-03T16:30:00+01:00", key="nx_inv",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "fr"),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-nx-0310",
         "seq": 0, "start": "2026-03-10T10:00:00+01:00", "end": "2026-03-10T11:00:00+01:00",
         "summary": "Entretien – Chargé(e) de succès client B2B",
         "location": "Réunion Microsoft Teams",
         "description": "Rejoindre : https://teams.example.fr/l/meetup-join/nexaline-b2b-0310",
         "organizer": SOPHIE})

old = outlook("fr", "Alpicom Carrières <alpicom@successfactors.eu>", "lundi 1 juin 2026 07:58",
              "Mathilde Okeke-Zürcher <mathilde.oz@example.ch>",
              "Votre candidature chez Alpicom – Customer Success Specialist", """Madame Okeke-Zürcher,

Nous avons bien reçu votre candidature pour le poste de Customer Success Specialist (Fribourg, 80-100 %) et vous remercions de votre intérêt pour Alpicom.""",
              rule="-----Message d'origine-----")
t = """Bonjour Madame Okeke-Zürcher,

Je suis en charge du recrutement pour le poste de Customer Success Specialist à Fribourg et je fais suite à votre candidature.

Seriez-vous disponible pour un premier entretien téléphonique de 20 à 30 minutes jeudi 11 juin à 10h00 ? J'aimerais surtout mieux comprendre votre motivation à quitter le guichet et vos attentes en termes de taux d'activité.

Si l'horaire ne vous convient pas, proposez-moi volontiers un autre moment.

Meilleures salutations,

Laurent Clément
Talent Partner Suisse romande
Alpicom
+41 26 555 30 88

""" + old
add(kind=INV, slug="alpicom_phone_screen_over_ack", lang="fr", company="Alpicom",
    contact="laurent.clement@alpicom.example.ch",
    frm=("Laurent Clément", "laurent.clement@alpicom.example.ch"),
    subject="RE: Votre candidature chez Alpicom – Customer Success Specialist",
    date="2026-06-08T14:02:00+02:00", key="alpicom_inv", parent="alpicom_ack", text=t)

t = """Bonjour Mathilde,

Merci pour votre intérêt pour Orbe Assurances ! J'ai le plaisir de vous inviter à un entretien vidéo pour le poste de Gestionnaire Relation Client Entreprises.

Quand : mardi 5 mai 2026, 9h00 – 9h45
Où : Microsoft Teams (le lien suit dans une invitation séparée)
Avec : Léa Moret (Talent Acquisition) et Vincent Oberson (responsable Clientèle Entreprises)

Pourriez-vous me confirmer votre disponibilité en répondant à ce message ?

Cordialement,
Léa Moret
Talent Acquisition – Orbe Assurances
"""
add(kind=INV, slug="orbe_greenhouse_via_name", lang="fr", company="Orbe Assurances",
    contact="lea.moret@orbe-assurances.example.ch",
    frm=("Léa Moret via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Léa Moret", "lea.moret@orbe-assurances.example.ch"),
    enc={"from": ("iso-8859-1", "Q"), "reply_to": ("utf-8", "B")},
    subject="Entretien – Gestionnaire Relation Client Entreprises",
    date="2026-04-27T05:44:00-04:00", key="orbe_inv",
    text=t, html=ats_card("Orbe Assurances", "#2f4b8f", paras(t), "Sent via Greenhouse", "fr"))

t = """Bonjour Mathilde,

Votre candidature au poste de Conseillère Customer Care a passé la première étape de sélection. Félicitations !

Nous vous invitons maintenant à enregistrer un court entretien vidéo. Vous répondrez à quatre questions, avec deux minutes de réflexion et trois minutes de réponse pour chacune. Vous pouvez le faire quand vous le souhaitez d'ici au lundi 30 mars à minuit.

Démarrer l'entretien vidéo : https://jobs.smartrecruiters.com/MutuelleRomande/video/5521-okeke

Conseil : installez-vous dans un endroit calme et vérifiez votre caméra avant de commencer.

Meilleures salutations,
Mutuelle Romande – Recrutement
"""
add(kind=INV, slug="mutuelle_recorded_video_interview", lang="fr", company="Mutuelle Romande",
    contact="", frm=("Mutuelle Romande", "noreply@smartrecruiters.com"),
    subject="Étape suivante : votre entretien vidéo différé",
    enc={"subject": ("utf-8", "B")},
    date="2026-03-23T08:00:00+01:00", key="mr_video", parent="mr_ack",
    text=t, html=ats_card("Mutuelle Romande", "#00695c", paras(t), "SmartRecruiters", "fr",
                          button=("Démarrer", "https://jobs.smartrecruiters.com/MutuelleRomande/video/5521-okeke")),
    headers=[("Auto-Submitted", "auto-generated")])

# ----------------------------------------------------------------------------- Deutsch

t = """Liebe Frau Okeke-Zürcher

Vielen Dank für Ihre Bewerbung bei Nordlicht Software. Ihr Werdegang hat uns angesprochen, und wir möchten Sie gerne besser kennenlernen.

Wir laden Sie herzlich zu einem ersten Interview per Microsoft Teams ein:

Donnerstag, 19. März 2026, 14:00–15:00 Uhr
Teilnehmende: Seraina Caduff (Talent Acquisition), Lukas Frei (Teamlead Customer Success)

Die Einladung mit dem Teams-Link finden Sie im Anhang. Bitte bestätigen Sie den Termin direkt im Kalender.

Wir freuen uns auf das Gespräch.

Freundliche Grüsse
Seraina Caduff
Talent Acquisition
Nordlicht Software
Pfingstweidstrasse 106, 8005 Zürich
+41 44 555 71 30
"""
add(kind=INV, slug="nordlicht_teams_invite_ics", lang="de", company="Nordlicht Software",
    contact="seraina.caduff@nordlicht.example.ch", frm=SERAINA,
    subject="Einladung zum Interview – Customer Success Manager (m/w/d)",
    date="2026-03-12T10:48:00+01:00", key="nl_inv", parent="nl_ack",
    text=t, html=outlook_html(paras(t), "de"), ics_attach=True,
    ics={"method": "REQUEST", "uid": "nl-csm-interview-3317@nordlicht.example.ch", "seq": 0,
         "start": "2026-03-19T14:00:00+01:00", "end": "2026-03-19T15:00:00+01:00",
         "summary": "Interview Customer Success Manager – Okeke-Zürcher",
         "location": "Microsoft Teams",
         "description": "Teams: https://teams.example.ch/l/meetup-join/nordlicht-csm-3317",
         "organizer": SERAINA})

t = """Guten Tag Frau Okeke-Zürcher

Gerne möchten wir Sie im Rahmen Ihrer Bewerbung als Kundenbetreuerin Digitale Kanäle zu einem telefonischen Erstgespräch einladen.

Vorgeschlagener Termin: Dienstag, 17. Februar 2026, 10:00 Uhr
Dauer: ca. 30 Minuten
Gesprächspartner: Reto Brunner, Recruiting

Herr Brunner wird Sie auf der Nummer anrufen, die Sie in Ihrem Bewerbungsprofil angegeben haben. Falls der Termin nicht passt, antworten Sie bitte auf diese E-Mail – Ihre Antwort geht direkt an Herrn Brunner.

Freundliche Grüsse
Limmatbank Human Resources

Diese Nachricht ist vertraulich und ausschliesslich für die adressierte Person bestimmt.
"""
add(kind=INV, slug="limmatbank_phone_screen_replyto", lang="de", company="Limmatbank",
    contact="reto.brunner@limmatbank.example.ch",
    frm=("Limmatbank Human Resources", "limmatbank@successfactors.eu"),
    reply_to=("Reto Brunner", "reto.brunner@limmatbank.example.ch"),
    subject="Terminvorschlag Telefoninterview",
    date="2026-02-12T09:10:00+01:00", key="lb_inv", parent="lb_ack",
    text=t, html=ats_card("Limmatbank", "#0b3d5c", paras(t), "SAP SuccessFactors", "de"))

t = """Sehr geehrte Frau Okeke-Zürcher

Wir freuen uns, Sie zu unserem Assessment Center für die Stelle «Kundenberaterin Service Center» einzuladen.

Datum: Dienstag, 12. Mai 2026
Zeit: 08:15 bis ca. 15:30 Uhr
Ort: Aare Versicherungen, Schwarztorstrasse 31, 3007 Bern, Empfang Hauptgebäude

Der Tag umfasst eine Gruppenübung, ein simuliertes Kundengespräch am Telefon, einen kurzen schriftlichen Test sowie ein Interview mit der Leiterin Service Center. Programm und Anfahrtsplan finden Sie im angehängten PDF.

Bitte bestätigen Sie Ihre Teilnahme bis am 7. Mai.

Freundliche Grüsse

Daniel Zbinden
HR Business Partner
Aare Versicherungen
Schwarztorstrasse 31, 3007 Bern
Telefon 031 555 66 12
"""
add(kind=INV, slug="aare_assessment_center_pdf", lang="de", company="Aare Versicherungen",
    contact="daniel.zbinden@aare-versicherungen.example.ch",
    frm=("Daniel Zbinden", "daniel.zbinden@aare-versicherungen.example.ch"),
    subject="Einladung Assessment Center vom 12. Mai 2026",
    date="2026-05-04T13:35:00+02:00", key="aare_ac", parent="aare_ack",
    text=t, cte="quoted-printable",
    attach=[{"name": "Programm_Assessment_2026-05-12.pdf", "title": "Assessment Center Service Center",
             "lines": ["Aare Versicherungen - Human Resources", "Dienstag, 12. Mai 2026",
                       "08:15  Empfang und Begruessung", "08:45  Gruppenuebung",
                       "10:30  Simuliertes Kundengespraech", "12:00  Mittagessen",
                       "13:15  Schriftlicher Test", "14:15  Interview Leiterin Service Center",
                       "Anfahrt: Bus 19 bis Haltestelle Schwarztor"]}])

t = """Liebe Frau Okeke-Zürcher

Wie telefonisch besprochen, habe ich Ihr Dossier Sigrist Uhren in Biel vorgestellt – und man möchte Sie kennenlernen!

Termin: Montag, 9. Februar 2026, 15:00 Uhr
Ort: Sigrist Uhren, Jakob-Stämpfli-Strasse 22, 2502 Biel
Gesprächspartner: Herr Marco Sigrist (Leiter Kundendienst) und Frau Elena Rossi (HR)

Das Gespräch findet auf Deutsch statt, Französischkenntnisse werden aber sehr geschätzt – die Hälfte der Händler ist in der Romandie. Bringen Sie bitte ein aktuelles Arbeitszeugnis mit.

Können Sie mir den Termin kurz bestätigen? Ich melde mich am Freitag zur Vorbereitung.

Herzliche Grüsse
Nadine Meier
Senior Consultant Office & Sales
Talentwerk Personal
Löwenstrasse 51 | 8001 Zürich
T +41 44 555 82 19
"""
add(kind=INV, slug="talentwerk_sets_up_sigrist", lang="de", company="Sigrist Uhren",
    contact="nadine.meier@talentwerk.example.ch",
    frm=("Nadine Meier", "nadine.meier@talentwerk.example.ch"),
    subject="Vorstellungsgespräch bei Sigrist Uhren in Biel",
    date="2026-02-02T11:20:00+01:00", key="tw_sig_inv", parent="tw_reg", text=t)

t = """Liebe Frau Okeke-Zürcher

Danke für das gute Gespräch am Telefon letzte Woche. Wie angekündigt möchten wir Sie gerne zu einem Schnuppertag im Support-Team einladen, damit Sie unseren Alltag kennenlernen und wir sehen, wie Sie mit unseren Kundinnen und Kunden umgehen.

Vorschlag: Dienstag, 16. Juni, ab 8:30 Uhr bis etwa 16 Uhr, bei uns an der Kramgasse 49 in Bern. Das Mittagessen offerieren wir Ihnen natürlich.

Passt Ihnen das? Sonst finden wir bestimmt einen anderen Tag in der gleichen Woche.

Liebe Grüsse
Corinne Wyss
Teamleiterin Support
Zytglogge Software
Kramgasse 49, 3011 Bern
031 555 12 48
"""
add(kind=INV, slug="zytglogge_schnuppertag", lang="de", company="Zytglogge Software",
    contact="corinne.wyss@zytglogge.example.ch",
    frm=("Corinne Wyss", "corinne.wyss@zytglogge.example.ch"),
    subject="Schnuppertag bei Zytglogge", date="2026-06-08T17:12:00+02:00",
    key="zg_trial", text=t, charset="iso-8859-1", cte="quoted-printable")

t = """Hoi Mathilde

Danke für deine Nachricht! Dein Weg vom Postschalter zu Customer Success gefällt mir – genau solche Leute suchen wir, die wirklich mit Menschen reden können.

Hast du am Donnerstag, 9. Juli, kurz Zeit für einen Videocall? Ich dachte an 16:30, ca. 30 Minuten, ganz locker. Ich erzähle dir, was wir bei Flink CX bauen, und du erzählst mir, was dich reizt.

Hier der Link: https://meet.flinkcx.example.ch/jonas-mathilde

Gib einfach Bescheid, ob das passt.

Liebe Grüsse
Jonas

Jonas Hürlimann
Co-Founder & CEO, Flink CX
Förrlibuckstrasse 60, 8005 Zürich
"""
add(kind=INV, slug="flinkcx_casual_du_call", lang="de", company="Flink CX",
    contact="jonas@flinkcx.example.ch", frm=("Jonas Hürlimann", "jonas@flinkcx.example.ch"),
    enc={"from": ("utf-8", "B")},
    subject="Kurzer Call am Donnerstag?", date="2026-07-02T19:33:00+02:00", text=t)

t = """Sehr geehrte Frau Okeke-Zürcher

Besten Dank für Ihre Bewerbung und das Interesse an der Seeland Privatbank.

Gerne laden wir Sie zu einem persönlichen Gespräch ein:

Datum: Dienstag, 11. August 2026
Zeit: 10:00 – 11:15 Uhr
Ort: Seeland Privatbank, Zentralstrasse 40, 2502 Biel/Bienne, 4. Stock
Gesprächsteilnehmende: Herr Thomas Kocher (Leiter Private Banking Kundendienst) und ich

Die Kalendereinladung ist beigefügt. Bitte nehmen Sie diese an oder schlagen Sie uns einen anderen Termin vor.

Freundliche Grüsse

Beatrice Schär
Leiterin Kundendienst
Seeland Privatbank
Tel. +41 32 555 90 12

Diese Nachricht kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
"""
add(kind=INV, slug="seeland_panel_outlook_ics", lang="de", company="Seeland Privatbank",
    contact="beatrice.schaer@seeland-privatbank.example.ch", frm=BEATRICE,
    enc={"from": ("iso-8859-1", "Q")},
    subject="Einladung zum Gespräch – Kundendienst Private Banking",
    date="2026-08-03T14:25:00+02:00", key="sp_inv",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "de"),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-sp-0811", "seq": 0,
         "start": "2026-08-11T10:00:00+02:00", "end": "2026-08-11T11:15:00+02:00",
         "summary": "Gespräch Kundendienst Private Banking – Frau Okeke-Zürcher",
         "location": "Zentralstrasse 40, 2502 Biel/Bienne, 4. Stock", "organizer": BEATRICE})

# ----------------------------------------------------------------------------- English

t = """Hi Mathilde,

Thanks for applying to the Customer Success Associate role at Quadrivo. We'd love to learn more about you!

Please use the link below to pick a time for a 45-minute video interview with me and Marco Pellegrini, our CS Team Lead:

https://app.greenhouse.io/scheduling/quadrivo/7d21f0a4

Slots are available between April 20 and April 24 (Geneva time). If none of them work, just reply to this email and I'll find another option.

Looking forward to speaking with you,
Priya Raman
Talent Partner | Quadrivo
"""
add(kind=INV, slug="quadrivo_greenhouse_scheduling_link", lang="en", company="Quadrivo",
    contact="priya.raman@quadrivo.example.ch",
    frm=("Priya Raman via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Raman", "priya.raman@quadrivo.example.ch"),
    subject="Let's schedule your interview with Quadrivo",
    date="2026-04-10T09:02:00-04:00", key="qd_inv", parent="qd_ack",
    text=t, html=ats_card("Quadrivo", "#4a3aff", paras(t), "Sent via Greenhouse", "en",
                          button=("Choose a time", "https://app.greenhouse.io/scheduling/quadrivo/7d21f0a4")))

t = """Hi Mathilde,

Your recruiter screen with Kestrel Analytics is booked. Details below — a calendar invitation is included.

Friday, 22 May 2026
11:00 – 11:30 BST (12:00 – 12:30 CEST)
Google Meet: https://meet.kestrel.example.co.uk/csm-emea-screen
Interviewer: Tom Whitfield, Senior Talent Partner

Tom will walk you through the role, the team in London and the next steps. Need to change something? Reply to this email and it'll reach Tom directly.

Good luck!
Kestrel Analytics Recruiting
"""
add(kind=INV, slug="kestrel_ashby_screen_ics", lang="en", company="Kestrel Analytics",
    contact="tom.whitfield@kestrel.example.co.uk",
    frm=("Kestrel Analytics", "no-reply@ashbyhq.com"), reply_to=TOM,
    subject="Interview confirmed: Kestrel Analytics – Recruiter Screen",
    date="2026-05-18T16:40:00+01:00", key="ks_inv", parent="ks_ack",
    text=t, html=ats_card("Kestrel Analytics", "#ff6b35", paras(t), "Powered by Ashby", "en"),
    ics={"method": "REQUEST", "uid": "ashby-4d1f9e2c-kestrel-screen", "seq": 0,
         "start": "2026-05-22T11:00:00+01:00", "end": "2026-05-22T11:30:00+01:00",
         "summary": "Kestrel Analytics – Recruiter Screen (Mathilde Okeke-Zürcher)",
         "location": "https://meet.kestrel.example.co.uk/csm-emea-screen", "organizer": TOM})

t = """Hi Mathilde,

Great news — Harlow Insurance would like to meet you for the Client Success Lead role.

I've pencilled in Friday 26 June at 2pm UK time (3pm for you) on Teams with Gareth Lowe, their Head of Client Services, and Priti Shah from HR. It'll be about 45 minutes, mostly competency-based, so have two or three solid examples ready about calming down an upset customer and about spotting a problem before it escalates.

Can you confirm you're free? Once you do, I'll ask their EA to send the Teams link.

Speak soon,
Hannah

Hannah Okafor
Principal Consultant | Bridgewater Search
3 Snow Hill, London EC1A 2DR
+44 20 5550 1847
"""
add(kind=INV, slug="bridgewater_sets_up_harlow", lang="en", company="Harlow Insurance",
    contact="hannah.okafor@bridgewater-search.example.co.uk",
    frm=("Hannah Okafor", "hannah.okafor@bridgewater-search.example.co.uk"),
    subject="Harlow Insurance - first interview, Fri 26 June",
    date="2026-06-22T10:14:00+01:00", key="bw_inv", text=t)

# ----------------------------------------------------------------------------- español

t = """Hola Mathilde:

Soy Lucía, del equipo de Talento de Brisa Cloud. Hemos revisado tu candidatura para el puesto de Customer Success Specialist en nuestra oficina de Ginebra y nos gustaría tener una primera conversación contigo.

¿Te vendría bien el martes 10 de marzo a las 11:00 (hora de Ginebra) por Google Meet? Sería una charla de unos 30 minutos para conocerte y contarte más sobre el equipo y el producto.

Enlace: https://meet.brisacloud.example.es/talento-ginebra

Si no te encaja, dime qué días te vienen mejor y lo cambiamos.

¡Un saludo!
Lucía Ferrer
Talent Acquisition · Brisa Cloud
Paseo de la Castellana 95, 28046 Madrid
"""
add(kind=INV, slug="brisa_first_call", lang="es", company="Brisa Cloud",
    contact="lucia.ferrer@brisacloud.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@brisacloud.example.es"),
    enc={"from": ("iso-8859-1", "B")},
    subject="Llamada para el puesto de Customer Success (Ginebra)",
    date="2026-03-03T12:06:00+01:00", key="br_inv", parent="br_ack",
    text=t, html=page(paras(t), "es"), html_cte="base64")

t = """Hola Mathilde:

Gracias por tu interés en Conecta Ibérica. Nos gustaría invitarte a una entrevista con el equipo de Customer Success que atiende a nuestros clientes empresa en Suiza y Francia.

Fecha: viernes 19 de junio de 2026
Hora: 9:30 – 10:30
Lugar: nuestra oficina de Vernier, Chemin de Blandonnet 8 (planta 3)
Participantes: Marta Villalobos (responsable del equipo) y Hugo Benítez (Customer Success Manager)

Te adjunto la invitación de calendario. Por favor, acéptala o dime si necesitas otro horario.

Un saludo,
Marta Villalobos
Responsable de Customer Success – Suiza y Francia
Conecta Ibérica
"""
add(kind=INV, slug="conecta_panel_ics_request", lang="es", company="Conecta Ibérica",
    contact="marta.villalobos@conecta.example.es", frm=MARTA,
    subject="Convocatoria a entrevista – Customer Success Ginebra/Lyon",
    date="2026-06-10T11:11:00+02:00", key="cn_inv",
    text=t, ics_attach=True,
    ics={"method": "REQUEST", "uid": "cn-cs-panel-0619@conecta.example.es", "seq": 0,
         "start": "2026-06-19T09:30:00+02:00", "end": "2026-06-19T10:30:00+02:00",
         "summary": "Entrevista Customer Success – Mathilde Okeke-Zürcher",
         "location": "Conecta Ibérica, Chemin de Blandonnet 8, 1214 Vernier",
         "organizer": MARTA})

t = """Estimada Sra. Okeke-Zürcher:

Nos complace invitarla a la jornada de evaluación para el puesto de Especialista de Atención al Cliente en nuestra sucursal de Ginebra.

Fecha: martes 2 de junio de 2026
Horario: de 9:00 a 13:00
Lugar: Banco Meridiano, Rue de la Corraterie 8, 1204 Ginebra

La jornada incluye una dinámica de grupo, un caso práctico de atención telefónica en francés y en español, y una entrevista individual con el responsable del área.

Le rogamos que confirme su asistencia respondiendo a este correo antes del 27 de mayo.

Atentamente,

Javier Ortega
Selección y Desarrollo
Banco Meridiano – Sucursal de Ginebra
+41 22 555 68 40

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
"""
add(kind=INV, slug="meridiano_assessment_day", lang="es", company="Banco Meridiano",
    contact="javier.ortega@bancomeridiano.example.es",
    frm=("Javier Ortega", "javier.ortega@bancomeridiano.example.es"),
    subject="Invitación a la jornada de evaluación – Especialista de Atención al Cliente",
    date="2026-05-20T09:40:00+02:00", key="bm_inv", parent="bm_ack",
    text=t, cte="quoted-printable", html=outlook_html(paras(t), "es"))

# =============================================================================== reschedules

t = reply("""Bonjour Mathilde,

Toutes mes excuses, je dois déplacer notre appel de demain : une séance de direction a été fixée pile à 10h00. Pourrions-nous le décaler à vendredi 17 juillet, même heure ? Si ce n'est pas possible, lundi 20 juillet à 14h00 m'irait aussi.

Merci de votre compréhension et à bientôt,
Chloé""", "fr", "mar. 14 juil. 2026 à 16:02", "Mathilde Okeke-Zürcher", CAND_ADDR,
          """Bonjour Madame Pittet,

Merci beaucoup pour votre message. Jeudi 16 juillet à 10h00 me convient
parfaitement, je serai joignable au 079 555 14 62.

Meilleures salutations,
Mathilde Okeke-Zürcher""")
add(kind=MOVE, slug="lemanix_call_moved", lang="fr", company="Lémanix",
    contact="chloe.pittet@lemanix.example.ch", frm=CHLOE,
    subject="Re: Lémanix – échange téléphonique pour le poste de Customer Success Manager",
    date="2026-07-15T08:12:00+02:00", key="lx_move", parent="lx_confirm", text=t)

t = """Bonjour Mathilde,

Petit changement de programme : Yannick sera en déplacement chez un client le mardi 4 août. Nous avons donc déplacé l'entretien au mercredi 5 août, toujours de 14h00 à 15h30 et au même endroit.

L'invitation de votre agenda a été mise à jour ; l'ancienne date est automatiquement remplacée.

Merci pour votre flexibilité !
Chloé
"""
add(kind=MOVE, slug="lemanix_panel_update_sequence1", lang="fr", company="Lémanix",
    contact="chloe.pittet@lemanix.example.ch", frm=CHLOE,
    subject="Invitation mise à jour : Entretien Customer Success – mercredi 5 août 14:00",
    date="2026-07-30T17:45:00+02:00", key="lx_panel2", parent="lx_panel",
    text=t, ics_attach=True,
    ics={"method": "REQUEST", "uid": "lx-panel-7781@lemanix.example.ch", "seq": 1,
         "start": "2026-08-05T14:00:00+02:00", "end": "2026-08-05T15:30:00+02:00",
         "summary": "Entretien Customer Success – Mathilde Okeke-Zürcher",
         "location": "Lémanix, Avenue de Sévelin 20, 1004 Lausanne",
         "description": "Nouvelle date : mercredi 5 août.", "organizer": CHLOE})

t = """Bonjour Mathilde,

Je suis contrainte d'annuler notre entretien prévu demain, mardi 10 mars à 10h00. Thomas Lefèvre vient d'être appelé sur un projet interne et nous devons revoir l'organisation du recrutement.

Il ne s'agit en aucun cas d'une décision sur votre candidature, qui reste active. Je reviens vers vous d'ici la fin de la semaine prochaine avec des nouvelles.

Avec toutes mes excuses,

Sophie Garnier
Chargée de recrutement
Nexaline Télécom
"""
add(kind=MOVE, slug="nexaline_method_cancel", lang="fr", company="Nexaline Télécom",
    contact="sophie.garnier@nexaline.example.fr", frm=SOPHIE,
    subject="Annulé : Entretien – Chargé(e) de succès client B2B",
    enc={"subject": ("utf-8", "B")},
    date="2026-03-09T18:21:00+01:00", key="nx_cancel", parent="nx_inv",
    text=t, html=outlook_html(paras(t), "fr"),
    ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-nx-0310", "seq": 1,
         "start": "2026-03-10T10:00:00+01:00", "end": "2026-03-10T11:00:00+01:00",
         "summary": "Annulé : Entretien – Chargé(e) de succès client B2B",
         "location": "Réunion Microsoft Teams", "organizer": SOPHIE})

t = """Bonjour Mathilde,

Je suis désolé de vous prévenir si tard : Claire Roux est malade et ne pourra pas assurer l'entretien de demain, vendredi 27 février à 14h00.

Je vous propose de le reporter au mardi 3 mars, à 14h00 également, avec le même lien de visioconférence. Pouvez-vous me dire si cela vous convient ? Dans le cas contraire, envoyez-moi vos disponibilités pour la semaine prochaine.

Encore désolé pour ce contretemps,

Julien Mercier
Chargé de recrutement
Tessera Logiciels
12 quai Perrache, 69002 Lyon
04 55 50 87 21
"""
add(kind=MOVE, slug="tessera_interviewer_ill", lang="fr", company="Tessera Logiciels",
    contact="julien.mercier@tessera.example.fr",
    frm=("Julien Mercier", "julien.mercier@tessera.example.fr"),
    subject="Report de votre entretien de demain",
    date="2026-02-26T17:58:00+01:00", key="tessera_ill", parent="tessera_req",
    text=t, cte="quoted-printable")

t = """Madame,

Merci pour votre confirmation. Je dois malheureusement modifier l'horaire de notre rendez-vous du jeudi 30 avril : M. Pasche est retenu en séance jusqu'en milieu d'après-midi. L'entretien est donc déplacé à 16h30 le même jour, au même endroit.

Pourriez-vous me dire si ce nouvel horaire vous convient ?

Avec mes meilleures salutations,

Nathalie Bovard
Ressources humaines
Caisse d'Épargne du Jorat

""" + outlook("fr", "Mathilde Okeke-Zürcher [mailto:mathilde.oz@example.ch]", "mardi 21 avril 2026 19:44",
              "Nathalie Bovard", "RE: Invitation à un entretien - Conseillère clientèle", """Madame Bovard,

Je vous remercie pour votre invitation et vous confirme ma présence le jeudi 30 avril à 14h00. Je me réjouis de vous rencontrer, ainsi que M. Pasche.

Meilleures salutations,
Mathilde Okeke-Zürcher""", rule="")
add(kind=MOVE, slug="jorat_time_moved_latin1", lang="fr", company="Caisse d'Épargne du Jorat",
    contact="nathalie.bovard@jorat.example.ch",
    frm=("Nathalie Bovard", "nathalie.bovard@jorat.example.ch"),
    subject="RE: Invitation à un entretien - Conseillère clientèle",
    enc={"subject": ("iso-8859-1", "B"), "to": ("iso-8859-1", "Q")},
    date="2026-04-24T10:03:00+02:00", key="jorat_move", parent="jorat_conf",
    text=t, charset="iso-8859-1", cte="quoted-printable")

h = ats_card("Gruyère Connect", "#c8102e", """<p>Bonjour Mathilde Okeke-Zürcher,</p>
<p>Le rendez-vous suivant a été modifié par Gruyère Connect.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Ancien horaire</b></td><td><s>mercredi 15 juillet 2026, 13:30 – 14:30</s></td></tr>
<tr><td><b>Nouvel horaire</b></td><td>vendredi 17 juillet 2026, 10:00 – 11:00</td></tr>
<tr><td><b>Lieu</b></td><td>Rue de Vevey 12, 1630 Bulle</td></tr>
</table>
<p>Si le nouvel horaire ne vous convient pas, veuillez contacter directement l'entreprise.</p>""",
             "Ce message a été envoyé automatiquement via Personio. Merci de ne pas y répondre.", "fr")
add(kind=MOVE, slug="gruyere_personio_slot_changed", lang="fr", company="Gruyère Connect",
    contact="", frm=("Gruyère Connect", "noreply@personio.de"),
    subject="Modification de votre rendez-vous : entretien Customer Care Lead",
    date="2026-07-10T07:30:00+02:00", key="gc_move", parent="gc_inv",
    text=None, html=h, headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Mathilde,

Changement de dernière minute côté client : M. Dufaux doit se rendre à un salon à Genève la semaine prochaine et ne sera pas au Sentier lundi. Il m'a demandé de repousser votre entretien au mardi 10 février, à 9h30 toujours, même adresse.

Je sais que vous aviez pris congé pour lundi, désolée pour ce jeu de chaises musicales. Dites-moi vite si le mardi vous convient, je confirme ensuite au client.

Bien à vous,
Aurélie
"""
add(kind=MOVE, slug="placement_client_moves_dufaux", lang="fr", company="Horlogerie Dufaux",
    contact="a.monnier@placement-romand.example.ch",
    frm=("Aurélie Monnier", "a.monnier@placement-romand.example.ch"),
    subject="Dufaux : rendez-vous déplacé au mardi 10 février",
    date="2026-01-29T12:18:00+01:00", key="pr_dufaux_move", parent="pr_dufaux_inv", text=t)

t = """Bonjour Madame Okeke-Zürcher,

Je suis navré, mais nous devons annuler la journée d'essai prévue demain. Une panne de notre central téléphonique mobilise toute l'équipe depuis ce matin et nous ne serions pas en mesure de vous accueillir correctement.

Votre candidature reste bien entendu d'actualité. Je vous propose de reprogrammer la journée au mardi 26 mai, même horaire ; je vous enverrai une confirmation dès que vous m'aurez donné votre accord.

Meilleures salutations

Olivier Jeanneret
Numeris
"""
add(kind=MOVE, slug="numeris_trial_postponed", lang="fr", company="Numeris",
    contact="olivier.jeanneret@numeris.example.ch",
    frm=("Olivier Jeanneret", "olivier.jeanneret@numeris.example.ch"),
    subject="Journée d'essai du 12 mai – report",
    date="2026-05-11T11:36:00+02:00", key="numeris_move", parent="numeris_trial",
    text=t, html=outlook_html(paras(t), "fr"))

# ----------------------------------------------------------------------------- Deutsch

t = """Liebe Frau Okeke-Zürcher

Danke für Ihren Anruf heute Morgen und die Erklärung – solche Dinge passieren, der Teams-Link in unserer ersten Einladung war tatsächlich fehlerhaft.

Wie besprochen verschieben wir das Interview auf Dienstag, 24. März 2026, 09:30–10:30 Uhr. Diesmal findet es bei uns im Büro an der Pfingstweidstrasse 106 statt. Die aktualisierte Kalendereinladung ersetzt die bisherige.

Bis Dienstag!

Freundliche Grüsse
Seraina Caduff
Talent Acquisition
Nordlicht Software
"""
add(kind=MOVE, slug="nordlicht_new_date_sequence2", lang="de", company="Nordlicht Software",
    contact="seraina.caduff@nordlicht.example.ch", frm=SERAINA,
    subject="Aktualisiert: Interview Customer Success Manager – neuer Termin 24. März",
    date="2026-03-20T11:05:00+01:00", key="nl_new", parent="nl_missed",
    text=t, html=outlook_html(paras(t), "de"),
    ics={"method": "REQUEST", "uid": "nl-csm-interview-3317@nordlicht.example.ch", "seq": 2,
         "start": "2026-03-24T09:30:00+01:00", "end": "2026-03-24T10:30:00+01:00",
         "summary": "Interview Customer Success Manager – Okeke-Zürcher",
         "location": "Nordlicht Software, Pfingstweidstrasse 106, 8005 Zürich",
         "organizer": SERAINA})

t = """Sehr geehrte Frau Okeke-Zürcher

Besten Dank für Ihre Nachricht. Selbstverständlich können wir Sie in die zweite Durchführung unseres Assessment Centers einteilen.

Neuer Termin: Dienstag, 19. Mai 2026, 08:15 bis ca. 15:30 Uhr, gleicher Ort.
Programm und Anfahrtsplan bleiben unverändert.

Freundliche Grüsse
Daniel Zbinden
HR Business Partner
Aare Versicherungen

""" + outlook("de", "Mathilde Okeke-Zürcher <mathilde.oz@example.ch>", "Dienstag, 5. Mai 2026 20:13",
              "Daniel Zbinden <daniel.zbinden@aare-versicherungen.example.ch>",
              "Assessment Center – Verschiebung", """Sehr geehrter Herr Zbinden

Herzlichen Dank für die Einladung zum Assessment Center. Leider habe ich am 12. Mai eine Weiterbildung bei meinem aktuellen Arbeitgeber, die ich nicht verschieben kann. Gäbe es die Möglichkeit, an einem anderen Datum teilzunehmen?

Freundliche Grüsse
Mathilde Okeke-Zürcher""", rule="-----Ursprüngliche Nachricht-----")
add(kind=MOVE, slug="aare_assessment_moved", lang="de", company="Aare Versicherungen",
    contact="daniel.zbinden@aare-versicherungen.example.ch",
    frm=("Daniel Zbinden", "daniel.zbinden@aare-versicherungen.example.ch"),
    subject="AW: Assessment Center – Verschiebung",
    date="2026-05-06T08:52:00+02:00", key="aare_move", parent="aare_req",
    text=t, cte="quoted-printable")

t = """Sehr geehrte Frau Okeke-Zürcher

Leider muss ich unser Gespräch vom 11. August absagen: Herr Kocher ist erkrankt und wird voraussichtlich bis Ende nächster Woche ausfallen.

Ihre Kandidatur bleibt selbstverständlich im Verfahren. Ich sende Ihnen in den nächsten Tagen eine neue Einladung, voraussichtlich für die Woche vom 17. August.

Ich bitte Sie um Verständnis.

Freundliche Grüsse
Beatrice Schär
Seeland Privatbank
"""
add(kind=MOVE, slug="seeland_cancel_interviewer_ill", lang="de", company="Seeland Privatbank",
    contact="beatrice.schaer@seeland-privatbank.example.ch", frm=BEATRICE,
    enc={"from": ("iso-8859-1", "B"), "subject": ("iso-8859-1", "Q")},
    subject="Abgesagt: Gespräch Kundendienst Private Banking (11. August)",
    date="2026-08-05T07:49:00+02:00", key="sp_cancel", parent="sp_inv",
    text=t, html=outlook_html(paras(t), "de"),
    ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-sp-0811", "seq": 1,
         "start": "2026-08-11T10:00:00+02:00", "end": "2026-08-11T11:15:00+02:00",
         "summary": "Abgesagt: Gespräch Kundendienst Private Banking",
         "location": "Zentralstrasse 40, 2502 Biel/Bienne, 4. Stock", "organizer": BEATRICE})

t = """Liebe Frau Okeke-Zürcher

Ich muss Ihnen leider kurzfristig absagen: Am kommenden Dienstag findet bei uns eine ausserordentliche Sitzung der Geschäftsleitung statt, zu der das ganze Support-Team aufgeboten ist. Den Schnuppertag können wir so nicht sinnvoll durchführen.

Das hat nichts mit Ihnen zu tun. Ich melde mich nächste Woche wieder mit einem neuen Datum.

Liebe Grüsse
Corinne Wyss
"""
add(kind=MOVE, slug="zytglogge_trial_called_off", lang="de", company="Zytglogge Software",
    contact="corinne.wyss@zytglogge.example.ch",
    frm=("Corinne Wyss", "corinne.wyss@zytglogge.example.ch"),
    subject="Schnuppertag 16. Juni – leider abgesagt",
    date="2026-06-12T16:20:00+02:00", key="zg_cancel", parent="zg_trial", text=t)

# ----------------------------------------------------------------------------- English

t = """Hi Mathilde,

Your recruiter screen with Kestrel Analytics has been rescheduled.

Previous time: Friday, 22 May 2026, 11:00 – 11:30 BST
New time: Tuesday, 26 May 2026, 15:00 – 15:30 BST (16:00 – 16:30 CEST)

The Google Meet link is unchanged. An updated calendar invitation is included.

Kestrel Analytics Recruiting
Powered by Ashby
"""
add(kind=MOVE, slug="kestrel_ashby_rescheduled_seq1", lang="en", company="Kestrel Analytics",
    contact="", frm=("Kestrel Analytics", "no-reply@ashbyhq.com"),
    subject="Rescheduled: Kestrel Analytics – Recruiter Screen",
    date="2026-05-20T09:12:00+01:00", key="ks_move", parent="ks_inv",
    text=t, html=ats_card("Kestrel Analytics", "#ff6b35", paras(t), "Powered by Ashby", "en"),
    headers=[("Auto-Submitted", "auto-generated")],
    ics={"method": "REQUEST", "uid": "ashby-4d1f9e2c-kestrel-screen", "seq": 1,
         "start": "2026-05-26T15:00:00+01:00", "end": "2026-05-26T15:30:00+01:00",
         "summary": "Kestrel Analytics – Recruiter Screen (Mathilde Okeke-Zürcher)",
         "location": "https://meet.kestrel.example.co.uk/csm-emea-screen", "organizer": TOM})

t = """Hi Mathilde,

Annoyingly, Harlow have just cancelled tomorrow's interview. Gareth has been pulled into their year-end audit and they'd rather not rush the conversation.

Please don't read anything into it — Priti was clear the role is still open and you're still very much on their shortlist. They've promised me new dates by Monday and I'll come straight back to you.

Sorry again for the faff,
Hannah
"""
add(kind=MOVE, slug="bridgewater_client_cancels_slot", lang="en", company="Harlow Insurance",
    contact="hannah.okafor@bridgewater-search.example.co.uk",
    frm=("Hannah Okafor", "hannah.okafor@bridgewater-search.example.co.uk"),
    subject="Harlow - tomorrow's interview is off (for now)",
    date="2026-06-25T15:47:00+01:00", key="bw_cancel", parent="bw_inv", text=t)

# ----------------------------------------------------------------------------- español

t = """Hola Mathilde:

Te escribo porque tenemos que mover ligeramente la entrevista del viernes 19 de junio: Hugo tiene una visita a un cliente a primera hora. La pasamos de las 9:30 a las 10:30, mismo día y mismo lugar.

Te he actualizado la invitación del calendario. Si el nuevo horario te plantea algún problema, avísame y buscamos otra opción.

Gracias y hasta el viernes,
Marta
"""
add(kind=MOVE, slug="conecta_time_shift_seq1", lang="es", company="Conecta Ibérica",
    contact="marta.villalobos@conecta.example.es", frm=MARTA,
    subject="Cambio de hora – entrevista del viernes 19 de junio",
    enc={"subject": ("utf-8", "Q")},
    date="2026-06-12T13:30:00+02:00", key="cn_move", parent="cn_inv",
    text=t, cte="base64",
    ics={"method": "REQUEST", "uid": "cn-cs-panel-0619@conecta.example.es", "seq": 1,
         "start": "2026-06-19T10:30:00+02:00", "end": "2026-06-19T11:30:00+02:00",
         "summary": "Entrevista Customer Success – Mathilde Okeke-Zürcher",
         "location": "Conecta Ibérica, Chemin de Blandonnet 8, 1214 Vernier",
         "organizer": MARTA})

# =============================================================================== missed

t = """Bonjour Madame Okeke-Zürcher,

J'ai essayé de vous joindre à deux reprises ce matin, à 10h00 puis à 10h10, au 079 555 14 62, comme convenu pour notre entretien téléphonique. Je suis tombé les deux fois sur votre messagerie.

Peut-être un empêchement de dernière minute ? Si vous êtes toujours intéressée par le poste, faites-moi signe et nous trouverons un autre moment.

Meilleures salutations,

Laurent Clément
Talent Partner Suisse romande
Alpicom
+41 26 555 30 88
"""
add(kind=MISSED, slug="alpicom_two_calls_voicemail", lang="fr", company="Alpicom",
    contact="laurent.clement@alpicom.example.ch",
    frm=("Laurent Clément", "laurent.clement@alpicom.example.ch"),
    subject="Notre entretien téléphonique de ce matin",
    date="2026-06-11T10:41:00+02:00", key="alpicom_missed", parent="alpicom_inv",
    text=t, charset="iso-8859-1", cte="8bit")

t = """Bonjour Mathilde,

Vincent Oberson et moi vous avons attendue sur Teams ce matin à 9h00 pour notre entretien, jusqu'à 9h20, sans vous voir arriver. Je vous ai également laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me dire ce qui s'est passé ? Selon les disponibilités de Vincent, il sera peut-être possible de trouver un autre créneau.

Cordialement,

Léa Moret
Talent Acquisition
Orbe Assurances
Rue des Terreaux 2, 1003 Lausanne
+41 21 555 19 80
"""
add(kind=MISSED, slug="orbe_waited_on_teams", lang="fr", company="Orbe Assurances",
    contact="lea.moret@orbe-assurances.example.ch",
    frm=("Léa Moret", "lea.moret@orbe-assurances.example.ch"),
    subject="Entretien de ce matin", date="2026-05-05T09:27:00+02:00",
    key="orbe_missed", parent="orbe_inv",
    text=t, html=outlook_html(paras(t), "fr"))

t = """Salut Mathilde,

Je suis au Café du Bourg-de-Four depuis 11h, j'ai fini mon deuxième espresso et toujours personne 🙂 Je t'ai appelée mais ça sonnait dans le vide.

Pas grave, ça arrive ! Dis-moi si tu veux qu'on recale ça la semaine prochaine.

Bastien
"""
add(kind=MISSED, slug="filaos_empty_cafe_table", lang="fr", company="Filaos",
    contact="bastien@filaos.example.ch", frm=("Bastien Roulin", "bastien@filaos.example.ch"),
    subject="On s'est loupés ?", date="2026-01-22T11:41:00+01:00",
    key="filaos_missed", parent="filaos_inv", text=t)

h = page("""<p>Madame,</p>
<p>Nous vous attendions hier, jeudi 13 août, à 8h30 pour notre journée d'évaluation. Malgré votre confirmation écrite du 5 août, vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.</p>
<p>Les exercices de groupe ont dû être réorganisés avec les quatre autres participant·e·s.</p>
<p>Si un événement imprévu vous a empêchée de venir, nous vous remercions de nous en informer d'ici à lundi 17 août.</p>
<p>Avec nos salutations,</p>
<p>Isabelle Vuilleumier<br>Responsable recrutement<br>Prévoyance Jurassienne<br>+41 32 555 47 00</p>""", "fr")
add(kind=MISSED, slug="prevoyance_no_show_html", lang="fr", company="Prévoyance Jurassienne",
    contact="isabelle.vuilleumier@prevoyance-jurassienne.example.ch",
    frm=("Isabelle Vuilleumier", "isabelle.vuilleumier@prevoyance-jurassienne.example.ch"),
    subject="Journée d'évaluation du 13 août – absence",
    enc={"subject": ("utf-8", "B")},
    date="2026-08-14T09:05:00+02:00", key="pj_missed", parent="pj_assess",
    text=None, html=h)

t = """Salut Mathilde,

Le client vient de m'appeler : ils t'attendaient à 14h00 à leur réception pour l'entretien de la mission au service client, et personne n'est venu. J'ai essayé de te joindre sur ton portable, sans succès.

Est-ce qu'il y a eu un souci ? Rappelle-moi dès que tu peux au 022 555 27 40, j'aimerais bien pouvoir leur donner une explication avant ce soir.

Kevin

Kevin Da Silva
Consultant recrutement
Interim Plus – Genève
"""
add(kind=MISSED, slug="interimplus_client_waited", lang="fr", company="Interim Plus",
    contact="kevin.dasilva@interimplus.example.ch",
    frm=("Kevin Da Silva", "kevin.dasilva@interimplus.example.ch"),
    subject="Rendez-vous client de 14h", date="2026-03-24T14:35:00+01:00", text=t)

# ----------------------------------------------------------------------------- Deutsch

t = """Liebe Frau Okeke-Zürcher

Lukas Frei und ich haben Sie heute um 14:00 Uhr im Teams-Meeting erwartet und rund eine Viertelstunde gewartet, leider ohne dass Sie sich eingewählt haben.

Vielleicht gab es ein technisches Problem? Melden Sie sich doch bitte bei mir, dann schauen wir, ob wir einen neuen Termin finden.

Freundliche Grüsse
Seraina Caduff
Talent Acquisition
Nordlicht Software
+41 44 555 71 30
"""
add(kind=MISSED, slug="nordlicht_waited_in_teams", lang="de", company="Nordlicht Software",
    contact="seraina.caduff@nordlicht.example.ch", frm=SERAINA,
    subject="Ihr Interview von heute, 14:00 Uhr", date="2026-03-19T14:26:00+01:00",
    key="nl_missed", parent="nl_inv", text=t)

t = """Guten Tag Frau Okeke-Zürcher

Ich habe heute um 10:00 Uhr und nochmals um 10:15 Uhr versucht, Sie für unser vereinbartes Telefoninterview zu erreichen – leider ohne Erfolg. Eine Nachricht auf der Combox habe ich hinterlassen.

Falls Sie weiterhin an der Stelle interessiert sind, schlagen Sie mir bitte bis Ende Woche zwei neue Zeitfenster vor.

Freundliche Grüsse

Reto Brunner
Recruiting
Limmatbank
Bahnhofquai 9, 8001 Zürich
Tel. +41 44 555 38 21
"""
add(kind=MISSED, slug="limmatbank_unreachable_cp1252", lang="de", company="Limmatbank",
    contact="reto.brunner@limmatbank.example.ch",
    frm=("Reto Brunner", "reto.brunner@limmatbank.example.ch"),
    subject="Telefoninterview heute – leider nicht erreicht",
    enc={"subject": ("windows-1252", "Q")},
    date="2026-02-17T10:28:00+01:00", key="lb_missed", parent="lb_inv",
    text=t, charset="windows-1252", cte="quoted-printable")

# ----------------------------------------------------------------------------- English

t = """Hi Mathilde,

We were all set up on Zoom at 10:00 UK time for our chat and waited about 15 minutes, but didn't see you join. I also dropped you a text in case the link wasn't working.

No stress if something came up — just let me know and we'll find another slot this week or next.

Best,
Rosie

Rosie Hartley
Head of Operations, Pennant Labs
Unit 4, 27 Tabernacle Street, London EC2A 4DD
"""
add(kind=MISSED, slug="pennant_zoom_no_join", lang="en", company="Pennant Labs",
    contact="rosie@pennantlabs.example.co.uk",
    frm=("Rosie Hartley", "rosie@pennantlabs.example.co.uk"),
    subject="Missed you on Zoom", date="2026-04-21T10:22:00+01:00", key="pn_missed", text=t)

t = """Hi Mathilde,

I called at 10 as agreed for our intro call, and again at quarter past, but it went straight to voicemail both times. I've left you a message.

Are you still keen to chat about the client success roles we discussed over email? If so, send me a couple of times that work and I'll call you then.

Thanks,
Hannah

Hannah Okafor
Principal Consultant | Bridgewater Search
+44 20 5550 1847
"""
add(kind=MISSED, slug="bridgewater_intro_call_voicemail", lang="en",
    company="Bridgewater Search", contact="hannah.okafor@bridgewater-search.example.co.uk",
    frm=("Hannah Okafor", "hannah.okafor@bridgewater-search.example.co.uk"),
    subject="Tried you twice this morning", date="2026-06-15T10:31:00+01:00", text=t)

# ----------------------------------------------------------------------------- español

t = """Hola Mathilde:

Te estuvimos esperando en Google Meet a las 11:00 para nuestra llamada, pero no llegaste a conectarte. Te escribí también un mensaje al móvil por si había algún problema con el enlace.

¿Ha pasado algo? Si sigues interesada en el puesto, respóndeme con un par de huecos esta semana y reorganizamos la llamada.

Un saludo,
Lucía Ferrer
Talent Acquisition · Brisa Cloud
"""
add(kind=MISSED, slug="brisa_meet_no_show", lang="es", company="Brisa Cloud",
    contact="lucia.ferrer@brisacloud.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@brisacloud.example.es"),
    subject="No pudimos conectar hoy", date="2026-03-10T11:24:00+01:00",
    key="br_missed", parent="br_inv", text=t, cte="quoted-printable")
