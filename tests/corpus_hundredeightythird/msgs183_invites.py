"""Corpus 183, hand-written: interview invitations (26), reschedules and cancellations (15),
missed-interview notices (10)."""

from msgs183_common import (CAND, CAND_NAME, ats_card, forwarded, outlook_block, outlook_html,
                            paras, plain_html, reply_chain)

MESSAGES = []
add = MESSAGES.append

NJ = ("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be")
SR = ("Sophie Renard", "sophie.renard@aeropole-cargo.example.be")

# =============================================================================== invitations
# ----------------------------------------------------------------------------- fr

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Suite à votre candidature pour le poste de Planificateur de tournées (Dépôt de Liège-Bressoux), j'ai le plaisir de vous inviter à un entretien dans nos bureaux.

Date : jeudi 12 mars 2026, de 10 h à 11 h
Lieu : Colis Meuse Express, Quai des Ardennes 118, 4020 Liège (accueil, 1er étage)
Avec : Nathalie Jacquemin (RH) et Laurent Piette (chef de dépôt)

Une invitation d'agenda est jointe à ce message. Merci de l'accepter ou de me proposer un autre moment si ce créneau ne vous convient pas. Prévoyez une pièce d'identité pour l'accueil.

Au plaisir de vous rencontrer,

Nathalie Jacquemin
Responsable recrutement
Colis Meuse Express
Quai des Ardennes 118, 4020 Liège
04 340 22 18
"""
add(dict(
    key="colis_invitation", kind="interview_invitation", lang="fr",
    company="Colis Meuse Express", contact=NJ[1], frm=NJ,
    subject="Invitation à un entretien – Planificateur de tournées",
    date="2026-03-09 08:47", irt="colis_ack",
    text=_t, html=plain_html(paras(_t)),
    ics=dict(method="REQUEST", uid="cme-2026-0312-piette@colismeuse.example.be", seq=0,
             start="2026-03-12 10:00", end="2026-03-12 11:00",
             summary="Entretien – Planificateur de tournées (A. Kowalczyk-Mensah)",
             location="Colis Meuse Express, Quai des Ardennes 118, 4020 Liège",
             organizer=NJ,
             attendees=[("Laurent Piette", "l.piette@colismeuse.example.be")]),
))

add(dict(
    key="vandersmissen_jeudi", kind="interview_invitation", lang="fr",
    company="Entrepôts Vandersmissen", contact="g.lhoest@vandersmissen.example.be",
    frm=("Grégory Lhoest", "g.lhoest@vandersmissen.example.be"),
    subject="Votre CV – planificateur",
    date="2026-01-20 16:24",
    text="""Bonjour Monsieur,

J'ai bien lu votre CV, transmis par mon collègue du quai 4. Votre expérience de facteur m'intéresse : vous connaissez les contraintes de la distribution mieux que la plupart des candidats qu'on reçoit.

Êtes-vous libre jeudi matin vers 10 h pour un premier échange par téléphone ? Une vingtaine de minutes, pour voir si ça colle de part et d'autre. Je vous appellerai sur le numéro de votre CV.

G. Lhoest
Responsable d'exploitation – Entrepôts Vandersmissen
04 248 70 12
""",
))

_t = """Monsieur,

Nous avons le plaisir de vous informer que votre candidature pour la fonction de gestionnaire planning trafic fluvial (réf. PMB/2026/07) a été retenue par la commission de présélection.

Vous êtes invité à vous présenter devant le jury de sélection le mercredi 13 mai 2026 à 10 h, en salle du conseil (bâtiment administratif, 2e étage), Quai de l'Écluse 3, 5000 Namur.

L'épreuve comprend une mise en situation de 20 minutes sur un cas de planification de créneaux d'écluse, suivie d'un entretien de 30 minutes avec le jury, composé de :
- M. Didier Pirson, directeur de l'exploitation ;
- Mme Karine Lejeune, responsable du trafic ;
- Mme Isabelle Moreau-Thys, service RH.

Une invitation de calendrier est jointe. Merci de confirmer votre présence par retour de courriel.

Isabelle Moreau-Thys
Service des ressources humaines
Port fluvial de Meuse-Basse
Tél. 081 24 66 10
"""
add(dict(
    key="portmb_jury", kind="interview_invitation", lang="fr",
    company="Port fluvial de Meuse-Basse", contact="i.moreauthys@portmeusebasse.example.be",
    frm=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be"),
    subject="Convocation – jury de sélection PMB/2026/07",
    date="2026-05-06 11:30", irt="portmb_ack",
    charset="iso-8859-1", cte="quoted-printable",
    text=_t,
    ics=dict(method="REQUEST", uid="pmb-2026-07-jury-akm@portmeusebasse.example.be", seq=0,
             start="2026-05-13 10:00", end="2026-05-13 11:00", mode="attach",
             summary="Jury de sélection PMB/2026/07",
             location="Salle du conseil, Quai de l'Écluse 3, 5000 Namur",
             organizer=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be"),
             attendees=[("Didier Pirson", "d.pirson@portmeusebasse.example.be"),
                        ("Karine Lejeune", "k.lejeune@portmeusebasse.example.be")]),
))

_t = """Bonjour Aurélien,

Merci pour votre candidature au poste d'Agent de planification fret. Nous aimerions faire plus ample connaissance !

Je vous propose un premier entretien vidéo de 30 minutes avec moi. Choisissez le créneau qui vous convient via ce lien :

https://app.greenhouse.io/scheduling/aeropole/7f3c2a91d0e84b

Les créneaux proposés vont du 18 au 20 mars. Si aucun ne vous convient, répondez simplement à ce message.

À bientôt,
Sophie Renard
Talent Partner – Aéropôle Cargo Services
"""
add(dict(
    key="aeropole_lien_greenhouse", kind="interview_invitation", lang="fr",
    company="Aéropôle Cargo Services", contact=SR[1],
    frm=("Sophie Renard via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=SR, mid_domain="greenhouse-mail.io",
    subject="Aéropôle Cargo Services – choisissez votre créneau d'entretien",
    subj_enc=("utf-8", "Q"),
    date="2026-03-16 10:02 +0000",
    text=_t,
    html=ats_card("Aéropôle Cargo Services", "#5b2c83", paras(_t),
                  "Envoyé via Greenhouse. Répondez à ce message pour joindre Sophie Renard."),
))

add(dict(
    key="interimplus_dethier_entretien", kind="interview_invitation", lang="fr",
    company="Transports Dethier", contact="samira.benali@interimplus.example.be",
    frm=("Samira Benali – Intérim Plus Meuse", "samira.benali@interimplus.example.be"),
    subject="Entretien chez Transports Dethier – vendredi 15 mai",
    date="2026-05-11 12:16", irt="interimplus_inscription",
    text="""Bonjour Aurélien,

Bonne nouvelle : Transports Dethier, notre client à Flémalle, souhaite vous rencontrer pour le poste de planificateur/dispatcheur en CDI (après 3 mois de mission).

Je vous ai réservé un entretien le vendredi 15 mai à 14 h avec M. Jean-Luc Dethier, gérant, et Mme Fabienne Collard, responsable planning.
Adresse : Rue de la Station 77, 4400 Flémalle. Parking visiteurs à gauche de l'entrée des camions.

Quelques conseils : apportez votre permis, et n'hésitez pas à parler de votre connaissance des tournées de la région, c'est ce qui les a intéressés dans votre CV.

Pouvez-vous me confirmer votre présence aujourd'hui encore ? Je dois revenir vers le client. Sinon, je vous appelle tantôt.

Samira Benali
Consultante Transport & Logistique
Intérim Plus Meuse – Agence de Seraing
Rue Cockerill 101, 4100 Seraing
04 330 61 52 – 0472 88 14 60
""",
))

_t = """Monsieur Kowalczyk-Mensah,

Suite à l'examen de votre candidature pour le poste de Planificateur des tournées de distribution (réf. MGD-26-113), nous avons le plaisir de vous convier à notre journée d'évaluation (assessment center).

Date : mardi 7 juillet 2026, de 8 h 30 à 15 h 30
Lieu : Messageries du Grand-Duché, centre de tri de Bertrange, 2 rue des Tramways, L-8077 Bertrange

Programme :
08:30 Accueil et présentation de l'entreprise
09:00 Exercice de planification sur logiciel (in-basket)
11:00 Mise en situation : gestion d'un incident de tournée
12:30 Déjeuner avec l'équipe
13:30 Entretien individuel avec le responsable des opérations

Le repas est offert. Vos frais de déplacement depuis Liège seront remboursés sur présentation du ticket.

Merci de confirmer votre participation en acceptant l'invitation ci-jointe.

Carole Hoffmann
Talent Acquisition Specialist
Messageries du Grand-Duché S.A.
"""
add(dict(
    key="mgd_assessment", kind="interview_invitation", lang="fr",
    company="Messageries du Grand-Duché", contact="carole.hoffmann@mgd.example.lu",
    frm=("Carole Hoffmann", "carole.hoffmann@mgd.example.lu"),
    subject="Invitation – journée d'évaluation MGD-26-113",
    date="2026-06-29 09:41", irt="mgd_ack",
    text=_t, html=outlook_html(paras(_t)),
    ics=dict(method="REQUEST", uid="mgd-ac-20260707-akm@mgd.example.lu", seq=0,
             start="2026-07-07 08:30", end="2026-07-07 15:30",
             summary="Assessment center – Planificateur des tournées (MGD-26-113)",
             location="Centre de tri de Bertrange, 2 rue des Tramways, L-8077 Bertrange",
             organizer=("Carole Hoffmann", "carole.hoffmann@mgd.example.lu")),
))

add(dict(
    key="ilh_epreuve", kind="interview_invitation", lang="fr",
    company="Intercommunale Logistique du Hainaut", contact="bernard.gilson@ilh.example.be",
    frm=("Bernard Gilson", "bernard.gilson@ilh.example.be"),
    subject="Convocation – épreuve écrite ILH-2026-014",
    date="2026-02-16 14:55",
    charset="windows-1252", cte="quoted-printable",
    text="""Monsieur,

Votre candidature au poste de Coordinateur planification des collectes (réf. ILH-2026-014) a été jugée recevable.

Vous êtes convoqué à l'épreuve écrite qui se déroulera le mardi 24 février 2026 à 9 h, au siège de l'intercommunale, Rue de la Villette 8 à 6000 Charleroi. L'épreuve dure 2 h 30 et porte sur l'élaboration d'un plan de tournées hebdomadaire à partir d'un jeu de données.

Les candidats ayant obtenu au moins 60 % seront invités à un entretien oral devant un jury dans le courant du mois de mars.

Munissez-vous de votre carte d'identité et de la convocation ci-jointe. Calculatrice autorisée ; ordinateurs et GSM interdits pendant l'épreuve.

Bernard Gilson
Directeur des ressources humaines
Intercommunale Logistique du Hainaut
""",
    pdfs=[dict(name="Convocation_ILH-2026-014.pdf", lines=[
        "Intercommunale Logistique du Hainaut", "CONVOCATION", "",
        "Candidat : Aurélien Kowalczyk-Mensah", "Épreuve écrite – ILH-2026-014",
        "Mardi 24 février 2026 – 9 h 00", "Rue de la Villette 8, 6000 Charleroi", "",
        "Se munir de la carte d'identité."])],
))

add(dict(
    key="bxlfret_appel", kind="interview_invitation", lang="fr",
    company="Bruxelles Fret Urbain", contact="y.elamrani@bxlfret.example.be",
    frm=("Yasmina El Amrani", "y.elamrani@bxlfret.example.be"),
    subject="Candidature dispatcheur vélo-cargo – premier échange ?",
    date="2026-02-26 15:33",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Merci pour votre candidature pour le poste de dispatcheur·euse de nos livraisons en vélo-cargo. Votre lettre nous a fait sourire (dans le bon sens) : un facteur qui connaît les pavés liégeois par cœur, ça nous parle.

Seriez-vous disponible pour un entretien téléphonique d'une demi-heure le mardi 3 mars à 10 h ? Je vous appellerai au numéro indiqué sur votre CV. Si ce n'est pas possible, proposez-moi deux autres moments endéans la semaine.

Cordialement,

Yasmina El Amrani
HR & Office Manager – Bruxelles Fret Urbain
+32 2 555 18 40
""",
))

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Je vous remercie pour notre premier entretien de vendredi dernier. Notre directeur des opérations, M. Marc Reuter, souhaite vous rencontrer pour un second entretien.

Serait-il possible de venir à Bettembourg le mardi 14 avril à 9 h 30 ? Comptez environ une heure et demie, visite de l'entrepôt comprise. Prévoyez des chaussures de sécurité si vous en avez ; sinon, nous vous en prêterons.

Merci de me confirmer votre venue.

Avec mes salutations les meilleures,

Patrick Schmit
Head of HR
Luxlog Distribution
Tél. +352 27 40 33 1
"""
add(dict(
    key="luxlog_second_entretien", kind="interview_invitation", lang="fr",
    company="Luxlog Distribution", contact="patrick.schmit@luxlog.example.lu",
    frm=("Patrick Schmit", "patrick.schmit@luxlog.example.lu"),
    subject="Second entretien – Luxlog Distribution",
    date="2026-04-07 17:12",
    text=_t, html=plain_html(paras(_t)), cte="base64",
))

add(dict(
    key="parcelia_invitation", kind="interview_invitation", lang="fr",
    company="Parcelia Wallonie", contact="celine.deprez@parcelia.example.be",
    frm=("Céline Deprez", "celine.deprez@parcelia.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Entretien Teams – Planificateur de tournées (Wavre)",
    date="2026-05-04 14:10",
    text="""Bonjour Aurélien,

Votre candidature a retenu notre attention. Je vous propose un entretien de 45 minutes sur Teams le jeudi 7 mai à 9 h 30 avec Marc, responsable du dépôt de Wavre. Le lien suit dans une invitation séparée.

Céline Deprez
Recrutement – Parcelia Wallonie
Avenue Léon Champagne 5, 1300 Wavre
""",
))

add(dict(
    key="cityhub_journee_essai", kind="interview_invitation", lang="fr",
    company="Cityhub Guillemins", contact="tom.gerardy@cityhub.example.be",
    frm=("Tom Gérardy", "tom.gerardy@cityhub.example.be"),
    subject="Re: Candidature spontanée – planification Cityhub",
    date="2026-01-15 19:48", irt="cityhub_candidature",
    text="""Salut Aurél !

Ça m'a fait plaisir de recevoir ta candidature. J'en ai parlé au patron, il est d'accord pour te prendre une journée à l'essai au hub avant de discuter plus sérieusement.

Mercredi 21 janvier, rendez-vous à 7 h au quai de chargement (entrée par la rue Paradis, sonne à l'interphone « Cityhub »). Tu suivras la préparation des tournées du matin avec moi, puis l'après-midi tu essaieras de caler le planning du lendemain sur notre outil. On finit vers 15 h.

Pense à prendre de bonnes chaussures, le quai n'est pas chauffé.

À mercredi !
Tom

Tom Gérardy
Chef d'équipe planning – Cityhub Guillemins
Rue Paradis 60, 4000 Liège

""" + reply_chain("fr", "2026-01-08 21:30", CAND_NAME, CAND, """Salut Tom,

Comme on en avait parlé au pot de départ de Jacky, je t'envoie ma candidature pour le poste de planificateur au hub. CV en pièce jointe.

À bientôt,
Aurélien""") + "\n",
))

add(dict(
    key="marbaix_rdv_client", kind="interview_invitation", lang="fr",
    company="Distri-Ardenne", contact="helene@marbaix.example.be",
    frm=("Hélène Marbaix", "helene@marbaix.example.be"),
    subject="Distri-Ardenne : rencontre avec le directeur logistique",
    date="2026-09-14 08:20", irt="marbaix_approche",
    text="""Bonjour Aurélien,

Merci pour notre appel de vendredi. Comme convenu, j'ai présenté votre candidature à mon client, Distri-Ardenne, distributeur de boissons à Marche-en-Famenne. Le directeur logistique, M. Olivier Lecomte, souhaite vous rencontrer pour le poste de Responsable planification des livraisons.

Le rendez-vous est fixé au mardi 22 septembre à 10 h 30, sur leur site : Zoning du Wex, Rue de la Plaine 4, 6900 Marche-en-Famenne. Je serai présente au début de l'entretien pour faire les présentations.

Je vous appelle la veille pour le préparer ensemble. Tenue correcte, pas besoin de costume.

Bien à vous,

Hélène Marbaix
Associée
Marbaix & Associés – Executive Search Logistique
Avenue Rogier 12, 4000 Liège
+32 4 222 91 30 | +32 475 61 20 88
""",
))

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Dans le cadre de votre candidature au poste de Planificateur logistique – Pharmacie centrale, nous souhaitons vous rencontrer lors d'un entretien en visioconférence.

Date : mardi 30 juin 2026
Heure : 14 h 00 – 14 h 45
Participants : Véronique Lallemand (recrutement) et Pierre-Yves Gobert (pharmacien chef)

Lien de connexion Microsoft Teams :
https://teams.example.be/l/meetup-join/19%3ameeting_chmosan_6d1f

Merci de nous confirmer votre disponibilité.

Véronique Lallemand
Chargée de recrutement
Centre hospitalier Mosan
Tél. : 081 72 40 00
"""
add(dict(
    key="chmosan_teams", kind="interview_invitation", lang="fr",
    company="Centre hospitalier Mosan", contact="veronique.lallemand@chmosan.example.be",
    frm=("Lallemand Véronique", "veronique.lallemand@chmosan.example.be"),
    subject="Entretien – Planificateur logistique (Pharmacie centrale)",
    date="2026-06-22 10:18",
    charset="windows-1252", cte="quoted-printable",
    html=outlook_html(paras(_t)),
))

# ----------------------------------------------------------------------------- en

_t = """Hi Aurélien,

Thanks for applying for the Yard Planner role at Maasvlakte Container Planning. I'd love to set up a first conversation to tell you more about the team and hear about your background.

Would Thursday 11 June at 10:00 (CEST) work for a 30-minute video call on Teams? I'll send the link once you confirm. If that doesn't suit, just reply with a couple of times that do.

Looking forward to it,
Femke de Wit
Talent Acquisition Lead | Maasvlakte Container Planning
"""
add(dict(
    key="mcp_screen", kind="interview_invitation", lang="en",
    company="Maasvlakte Container Planning", contact="femke.dewit@mcp.example.nl",
    frm=("Femke de Wit (Maasvlakte Container Planning)", "no-reply@hire.lever.co"),
    reply_to=("Femke de Wit", "femke.dewit@mcp.example.nl"), mid_domain="hire.lever.co",
    subject="Yard Planner - let's talk",
    date="2026-06-08 12:30 +0000", irt="mcp_ack",
    text=_t, html=plain_html(paras(_t)),
))

_t = """Dear Aurélien,

Following your conversation with our recruiter, we are pleased to invite you to a panel interview for the Inbound Planner position.

When: Monday 27 April 2026, 14:00 - 15:00
Where: Meuse Valley Fulfilment, Bemelerweg 80, Maastricht (ask for Maud at reception)
Panel: Rik Jacobs (Inbound Manager), Ellen Smeets (Planning Lead), Maud Hendrix (People)

The panel will ask you to walk them through how you would plan a day of inbound deliveries with 40 dock slots. No preparation needed beyond that.

Please accept the calendar invitation attached.

Kind regards,
Maud Hendrix
People Partner | Meuse Valley Fulfilment
"""
add(dict(
    key="mvf_panel", kind="interview_invitation", lang="en",
    company="Meuse Valley Fulfilment", contact="maud.hendrix@mvfulfilment.example.nl",
    frm=("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl"),
    subject="Panel interview - Inbound Planner",
    date="2026-04-20 09:05",
    text=_t, html=plain_html(paras(_t)),
    ics=dict(method="REQUEST", uid="mvf-panel-akm-0427@mvfulfilment.example.nl", seq=0,
             start="2026-04-27 14:00", end="2026-04-27 15:00",
             summary="Panel interview - Inbound Planner - A. Kowalczyk-Mensah",
             location="Bemelerweg 80, Maastricht",
             organizer=("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl"),
             attendees=[("Rik Jacobs", "rik.jacobs@mvfulfilment.example.nl"),
                        ("Ellen Smeets", "ellen.smeets@mvfulfilment.example.nl")]),
))

add(dict(
    key="keelrudder_interview", kind="interview_invitation", lang="en",
    company="Harbourline Shipping Agencies", contact="oliver@keelrudder.example.co.uk",
    frm=("Oliver Brennan", "oliver@keelrudder.example.co.uk"),
    subject="Harbourline interview confirmed - Tue 2 June",
    date="2026-05-26 17:02 +0100", irt="keelrudder_reply",
    text="""Hi Aurélien,

Great news, Harbourline Shipping Agencies would like to meet you for the vessel operations planner role.

Details:
- Tuesday 2 June, 11:00 Rotterdam time
- Their office at Wilhelminakade 140, Rotterdam (Kop van Zuid), 6th floor
- You'll meet Pieter Koster (Head of Operations) and someone from their port call team
- About an hour, including a short exercise on berth planning

They know you are coming from the postal side and are curious about it, so don't undersell the route planning you did. I'll call you Monday evening to go through the questions they tend to ask.

Travel from Liège is on you, I'm afraid, but they can reimburse a train ticket if you keep it.

Best,
Oliver

Oliver Brennan
Principal Consultant, Maritime & Logistics
Keel & Rudder Search Ltd
+44 23 8000 4417
""" + "\n" + reply_chain("en", "2026-05-19 08:11", CAND_NAME, CAND, """Hi Oliver,

Thanks for reaching out. Yes, I'd be glad to be on your radar: my CV is attached. I'm particularly interested in port and shipping roles in Rotterdam, and I'm happy to relocate.

Best regards,
Aurélien""") + "\n",
))

_t = """Hello Aurélien,

Thank you for your interest in the Store Replenishment Planner position with Northgate Retail Benelux.

We would like to invite you to a video interview with the hiring manager, Priya Raman. Please use the link below to choose a time that works for you. Interviews last 45 minutes.

Schedule your interview: https://careers-northgate.icims.com/jobs/4417/scheduling?r=8cf1

If you need an accommodation during the interview process, please let us know.

Kind regards,
Northgate Retail Benelux Talent Team
"""
add(dict(
    key="northgate_icims_schedule", kind="interview_invitation", lang="en",
    company="Northgate Retail Benelux", contact="",
    frm=("Northgate Retail Benelux", "northgate-notifications@icims.com"),
    subject="Action required: schedule your interview - Store Replenishment Planner",
    date="2026-07-13 15:40 -0400", irt="northgate_ack",
    text=_t,
    html=ats_card("Northgate Retail Benelux", "#2d6a4f", paras(_t),
                  "Sent via iCIMS on behalf of Northgate Retail Benelux."),
))

_t = """Hi Aurélien,

Thanks for your application to the Barge Slot Coordinator role! We'd like to invite you to the next step: a 90-minute case interview that includes a short planning simulation.

Please book a slot that suits you here:
https://jobs.ashbyhq.com/rbcc/interview/6a2f0c1e

Available dates are 15 to 18 September. The interview is on site at Waalhaven O.z. 85, Rotterdam. Daan Verhoeven and one of our duty managers will run it.

See you soon,
Rotterdam Barge Coordination Centre Recruiting
"""
add(dict(
    key="rbcc_ashby_case", kind="interview_invitation", lang="en",
    company="Rotterdam Barge Coordination Centre", contact="",
    frm=("Rotterdam Barge Coordination Centre", "no-reply@ashbyhq.com"),
    subject="Invitation: case interview - Barge Slot Coordinator",
    date="2026-09-10 13:00 +0000", irt="rbcc_ack",
    text=_t, html=ats_card("Rotterdam Barge Coordination Centre", "#0d3b66", paras(_t),
                           "Powered by Ashby"),
))

add(dict(
    key="palletpilots_thursday", kind="interview_invitation", lang="en",
    company="Pallet Pilots", contact="joost@palletpilots.example.nl",
    frm=("Joost van Leeuwen", "joost@palletpilots.example.nl"),
    subject="Re: Application - Planner (Rotterdam)",
    date="2026-02-24 13:18", irt="palletpilots_application",
    text="""Hey Aurélien,

Got your application, thanks. Not a typical background for us, but I like it.

Are you free Thursday to chat? Say 11:00, I'll call you on your mobile, 20 minutes max. Nothing formal, just want to hear how you'd handle a day like ours (six drivers, too many pallets, one forklift that keeps breaking).

Joost

""" + reply_chain("en", "2026-02-17 21:04", CAND_NAME, CAND, """Dear Pallet Pilots team,

Please find attached my application for the Planner position in Rotterdam. After nine years as a postman in Liège I know last-mile delivery from the inside, and I am now looking to move into planning.

Kind regards,
Aurélien Kowalczyk-Mensah""") + "\n",
))

_t = """Hi Aurélien,

Thanks for your application for the Crossdock Shift Planner role!

We'd like to invite you for an interview at our site in Maastricht-Beatrixhaven on Thursday 9 April at 13:00. You will meet me and Bas, our Site Manager. Plan for about an hour; we will finish with a walk across the crossdock floor.

Please confirm by replying to this email.

Warm regards,
Anouk Peeters
Recruiter, Limburg Crossdock
"""
add(dict(
    key="limburg_invite", kind="interview_invitation", lang="en",
    company="Limburg Crossdock", contact="anouk.peeters@limburgcrossdock.example.nl",
    frm=("Anouk Peeters - Limburg Crossdock", "limburgcrossdock@jobs.recruitee.com"),
    reply_to=("Anouk Peeters", "anouk.peeters@limburgcrossdock.example.nl"),
    mid_domain="jobs.recruitee.com",
    subject="Interview invitation - Crossdock Shift Planner",
    date="2026-04-01 10:44", irt="limburg_ack",
    text=_t, html=ats_card("Limburg Crossdock", "#ef7d00", paras(_t),
                           "Sent with Recruitee"),
))

# ----------------------------------------------------------------------------- de

_t = """Sehr geehrter Herr Kowalczyk-Mensah,

vielen Dank für Ihre Bewerbung als Disponent Tourenplanung (m/w/d). Ihr Profil hat uns angesprochen, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 21. Juli 2026, 10:00 Uhr
Ort: Dreiländer Logistik GmbH, Neuenhofstraße 180, 52078 Aachen
Gesprächspartner: Jana Kerkhoff (Personal) und Stefan Brandts (Leitung Disposition)

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie den Termin kurz per E-Mail. Das Gespräch kann auf Wunsch teilweise auf Englisch geführt werden.

Mit freundlichen Grüßen
Jana Kerkhoff
Personalreferentin
Dreiländer Logistik GmbH
Tel. 0241 47 11 820
"""
add(dict(
    key="dreilaender_einladung", kind="interview_invitation", lang="de",
    company="Dreiländer Logistik", contact="j.kerkhoff@dreilaender-logistik.example.de",
    frm=("Jana Kerkhoff", "j.kerkhoff@dreilaender-logistik.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Disponent Tourenplanung",
    subj_enc=("windows-1252", "Q"),
    date="2026-07-14 11:22", irt="dreilaender_ack",
    text=_t, html=outlook_html(paras(_t)),
    ics=dict(method="REQUEST", uid="dl-vg-20260721-1000@dreilaender-logistik.example.de", seq=0,
             start="2026-07-21 10:00", end="2026-07-21 11:00",
             summary="Vorstellungsgespräch Kowalczyk-Mensah – Disponent Tourenplanung",
             location="Neuenhofstraße 180, 52078 Aachen",
             organizer=("Jana Kerkhoff", "j.kerkhoff@dreilaender-logistik.example.de"),
             attendees=[("Stefan Brandts", "s.brandts@dreilaender-logistik.example.de")]),
))

add(dict(
    key="aachenerpaket_einladung", kind="interview_invitation", lang="de",
    company="Aachener Paketdienst", contact="m.offermann@aachener-paket.example.de",
    frm=("Markus Offermann", "m.offermann@aachener-paket.example.de"),
    subject="AW: Bewerbung als Tourenplaner",
    date="2026-04-27 08:58", irt="aachenerpaket_bewerbung",
    charset="iso-8859-1", cte="8bit",
    text="""Hallo Herr Kowalczyk-Mensah,

danke für Ihre Bewerbung. Als ehemaliger Zusteller wissen Sie, worauf es bei der Tourenplanung ankommt, das gefällt mir.

Hätten Sie Zeit, am Mittwoch, den 6. Mai, um 15 Uhr zu einem Gespräch zu uns ins Depot in die Debyestraße 18 zu kommen? Wir würden uns etwa eine Stunde Zeit nehmen und Ihnen danach die Halle zeigen.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Markus Offermann
Leiter Disposition
Aachener Paketdienst GmbH
Tel. 0241 555 302 11

-----Ursprüngliche Nachricht-----
Von: Aurélien Kowalczyk-Mensah <aurelien.km@example.be>
Gesendet: Montag, 20. April 2026 19:55
An: jobs@aachener-paket.example.de
Betreff: Bewerbung als Tourenplaner

Sehr geehrte Damen und Herren,
anbei sende ich Ihnen meine Bewerbung als Tourenplaner (m/w/d).
""",
))

add(dict(
    key="pdeuregio_kaiserplatz", kind="interview_invitation", lang="de",
    company="Kaiserplatz Logistik", contact="s.lennartz@pd-euregio.example.de",
    frm=("Sabine Lennartz", "s.lennartz@pd-euregio.example.de"),
    subject="Vorstellungstermin bei Kaiserplatz Logistik",
    date="2026-05-12 10:07", irt="pdeuregio_registrierung",
    text="""Hallo Herr Kowalczyk-Mensah,

ich habe Ihr Profil unserem Kunden Kaiserplatz Logistik vorgestellt, einem Lagerdienstleister in Würselen. Die Leiterin Disposition, Frau Dörte Vahlen, möchte Sie gern telefonisch kennenlernen.

Termin: Freitag, 15. Mai, 10:00 Uhr. Frau Vahlen ruft Sie auf Ihrer belgischen Handynummer an (+32 478 55 21 09 – bitte kurz prüfen, ob die noch stimmt).

Es geht um die Stelle als Disponent im Schichtbetrieb, zunächst über uns als Arbeitnehmerüberlassung mit Option auf Übernahme nach sechs Monaten.

Bitte bestätigen Sie mir den Termin bis morgen.

Beste Grüße
Sabine Lennartz
Personalberaterin
Personaldienst Euregio GmbH
Telefon 0241 990 4410
""",
))

# ----------------------------------------------------------------------------- es

add(dict(
    key="ebro_jornada_prueba", kind="interview_invitation", lang="es",
    company="Plataforma Logística Ebro", contact="lucia.gracia@ple.example.es",
    frm=("Lucía Gracia Bielsa", "lucia.gracia@ple.example.es"),
    subject="Jornada de prueba – Planificador/a de Transporte",
    date="2026-08-24 12:03", irt="ebro_ack",
    text="""Hola Aurélien:

Gracias por la videollamada de la semana pasada. Al equipo de tráfico le gustaría que pasaras una jornada de prueba con ellos antes de tomar una decisión.

Fecha: martes 1 de septiembre
Hora: de 8:00 a 14:00
Lugar: Plataforma Logística Ebro, nave 3, Calle Río Gállego 12, Zaragoza (PLAZA)
Persona de contacto: Jorge Sancho, jefe de tráfico

Durante la mañana trabajarás con el planificador de turno en la asignación de rutas del día siguiente. La jornada se remunera como media jornada.

¿Nos confirmas tu asistencia?

Un saludo,
Lucía Gracia Bielsa
Técnica de Selección
Plataforma Logística Ebro
Tel. 976 00 41 20
""",
))

add(dict(
    key="talento_moncayo_entrevista", kind="interview_invitation", lang="es",
    company="Distribuciones Moncayo", contact="jlanuza@talentologistico.example.es",
    frm=("Javier Lanuza", "jlanuza@talentologistico.example.es"),
    subject="Entrevista con Distribuciones Moncayo",
    date="2026-08-20 18:25", irt="talento_registro",
    cte="base64",
    text="""Hola Aurélien:

Ya sé que lo de la empresa de paquetería de la semana pasada no salió, pero te traigo algo que encaja mejor contigo.

Nuestro cliente Distribuciones Moncayo, que abastece a supermercados de todo Aragón desde su almacén de Cuarte de Huerva, busca un planificador de rutas. Les he pasado tu CV y quieren conocerte.

Te propongo el miércoles 26 de agosto a las 10:00 en sus oficinas (Polígono Centrovía, calle Los Ángeles 22). La entrevista será con Marta Royo, responsable de operaciones, y durará unos 45 minutos.

Confírmame si te viene bien y te paso los detalles para llegar.

Un abrazo,

Javier Lanuza
Consultor de Selección – Logística y Transporte
Talento Logístico Aragón
Paseo de la Independencia 24, 50004 Zaragoza
Tel. 976 30 88 14

""" + reply_chain("es", "2026-08-13 17:40", "Javier Lanuza", "jlanuza@talentologistico.example.es",
                  """Hola Aurélien:

Me acaba de llamar la empresa de paquetería: han descartado tu candidatura porque buscan a alguien con carné C. Lo siento mucho.

Javier""") + "\n",
))

add(dict(
    key="lacasa_llamada", kind="interview_invitation", lang="es",
    company="Transportes Aragoneses Lacasa", contact="pilar@tlacasa.example.es",
    frm=("Pilar Lacasa", "pilar@tlacasa.example.es"),
    subject="Jefe de tráfico",
    date="2026-03-09 12:40",
    text="""Aurélien, ¿te puedo llamar el jueves a las 11 para hablar del puesto de jefe de tráfico? Serán 15 minutos.

Pilar Lacasa
Gerente
Transportes Aragoneses Lacasa
Carretera de Castellón km 4, 50013 Zaragoza
Tel. 976 41 22 90
""",
))

# =============================================================================== reschedules
# ----------------------------------------------------------------------------- fr

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Aucun souci, je comprends très bien les contraintes de tournée. Laurent Piette est disponible le vendredi 13 mars à 14 h : je déplace donc notre entretien à ce créneau, même adresse.

L'invitation d'agenda mise à jour est jointe ; elle remplace la précédente.

Bien à vous,

Nathalie Jacquemin
Responsable recrutement
Colis Meuse Express
04 340 22 18

"""
add(dict(
    key="colis_deplacement", kind="interview_reschedule_or_cancel", lang="fr",
    company="Colis Meuse Express", contact=NJ[1], frm=NJ,
    subject="Entretien déplacé au vendredi 13 mars – 14 h",
    date="2026-03-11 09:15", irt="colis_demande_report",
    text=_t + reply_chain("fr", "2026-03-10 07:02", CAND_NAME, CAND, """Madame Jacquemin,

Merci beaucoup pour l'invitation. Malheureusement, je viens d'apprendre que je dois remplacer un collègue sur sa tournée jeudi matin. Serait-il possible de déplacer l'entretien, idéalement vendredi après-midi ?

Avec mes excuses,
Aurélien Kowalczyk-Mensah""") + "\n",
    ics=dict(method="REQUEST", uid="cme-2026-0312-piette@colismeuse.example.be", seq=1,
             start="2026-03-13 14:00", end="2026-03-13 15:00",
             summary="Entretien – Planificateur de tournées (A. Kowalczyk-Mensah)",
             location="Colis Meuse Express, Quai des Ardennes 118, 4020 Liège",
             organizer=NJ,
             attendees=[("Laurent Piette", "l.piette@colismeuse.example.be")]),
))

_t = """Bonjour Aurélien,

Je suis navrée de devoir annuler notre entretien vidéo de demain, vendredi 20 mars à 11 h : je suis malade et en arrêt jusqu'à lundi.

Votre candidature reste bien entendu en cours. Je vous renvoie de nouveaux créneaux dès mon retour.

Sophie Renard
Talent Partner – Aéropôle Cargo Services
"""
add(dict(
    key="aeropole_annule_malade", kind="interview_reschedule_or_cancel", lang="fr",
    company="Aéropôle Cargo Services", contact=SR[1],
    frm=("Sophie Renard via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SR,
    mid_domain="greenhouse-mail.io",
    subject="Annulé : Entretien vidéo – Agent de planification fret",
    date="2026-03-19 16:48 +0000", irt="aeropole_lien_greenhouse",
    text=_t, html=plain_html(paras(_t)),
    ics=dict(method="CANCEL", uid="gh-aeropole-3311907@greenhouse-mail.io", seq=1,
             start="2026-03-20 11:00", end="2026-03-20 11:30",
             summary="Entretien vidéo – Agent de planification fret",
             location="Google Meet", organizer=SR),
))

_t = """Bonjour Aurélien,

Me revoilà sur pied ! Comme promis, voici notre nouvel entretien : jeudi 26 mars à 15 h, toujours en vidéo (lien Google Meet dans l'invitation). Il remplace celui du 20 mars qui avait été annulé.

Si l'horaire ne vous convient pas, répondez à ce message et on trouvera autre chose.

Sophie Renard
Talent Partner – Aéropôle Cargo Services
"""
add(dict(
    key="aeropole_nouveau_creneau", kind="interview_reschedule_or_cancel", lang="fr",
    company="Aéropôle Cargo Services", contact=SR[1],
    frm=("Sophie Renard via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SR,
    mid_domain="greenhouse-mail.io",
    subject="Nouveau créneau : Entretien vidéo – Agent de planification fret",
    subj_enc=("utf-8", "Q"),
    date="2026-03-23 08:31 +0000", irt="aeropole_annule_malade",
    text=_t,
    html=ats_card("Aéropôle Cargo Services", "#5b2c83", paras(_t), "Envoyé via Greenhouse."),
    ics=dict(method="REQUEST", uid="gh-aeropole-3311907@greenhouse-mail.io", seq=2,
             start="2026-03-26 15:00", end="2026-03-26 15:30",
             summary="Entretien vidéo – Agent de planification fret",
             location="Google Meet", organizer=SR),
))

add(dict(
    key="interimplus_dethier_deplace", kind="interview_reschedule_or_cancel", lang="fr",
    company="Transports Dethier", contact="samira.benali@interimplus.example.be",
    frm=("Samira Benali – Intérim Plus Meuse", "samira.benali@interimplus.example.be"),
    subject="RE: Entretien chez Transports Dethier – vendredi 15 mai",
    date="2026-05-13 16:02", irt="interimplus_dethier_entretien",
    text="""Re-bonjour Aurélien,

Petit changement : M. Dethier doit être à Anvers vendredi pour un client. Le rendez-vous chez Transports Dethier est donc déplacé au mardi 19 mai, même heure (14 h), même adresse. Mme Collard sera bien présente aussi.

Rien d'autre ne change. Vous me confirmez ?

Samira

""" + outlook_block("fr", "2026-05-11 12:16",
                    "Samira Benali – Intérim Plus Meuse <samira.benali@interimplus.example.be>",
                    f"{CAND_NAME} <{CAND}>", "Entretien chez Transports Dethier – vendredi 15 mai",
                    """Bonjour Aurélien,

Bonne nouvelle : Transports Dethier, notre client à Flémalle, souhaite vous rencontrer pour le poste de planificateur/dispatcheur en CDI (après 3 mois de mission).

Je vous ai réservé un entretien le vendredi 15 mai à 14 h avec M. Jean-Luc Dethier, gérant, et Mme Fabienne Collard, responsable planning.""") + "\n",
))

_t = """Monsieur Kowalczyk-Mensah,

Nous devons malheureusement modifier la date de la journée d'évaluation à laquelle vous êtes inscrit : en raison d'une grève annoncée des transports publics le 7 juillet, celle-ci est reportée au jeudi 9 juillet 2026, aux mêmes horaires (8 h 30 – 15 h 30) et au même endroit.

L'invitation de calendrier ci-jointe remplace la précédente. Si cette nouvelle date vous pose problème, merci de nous le signaler rapidement.

Carole Hoffmann
Talent Acquisition Specialist
Messageries du Grand-Duché
"""
add(dict(
    key="mgd_report", kind="interview_reschedule_or_cancel", lang="fr",
    company="Messageries du Grand-Duché", contact="carole.hoffmann@mgd.example.lu",
    frm=("Carole Hoffmann", "carole.hoffmann@mgd.example.lu"),
    subject="Modification : journée d'évaluation MGD-26-113 reportée au 9 juillet",
    subj_enc=("iso-8859-1", "B"),
    date="2026-07-01 14:26", irt="mgd_assessment",
    text=_t, html=outlook_html(paras(_t)),
    ics=dict(method="REQUEST", uid="mgd-ac-20260707-akm@mgd.example.lu", seq=1,
             start="2026-07-09 08:30", end="2026-07-09 15:30",
             summary="Assessment center – Planificateur des tournées (MGD-26-113)",
             location="Centre de tri de Bertrange, 2 rue des Tramways, L-8077 Bertrange",
             organizer=("Carole Hoffmann", "carole.hoffmann@mgd.example.lu")),
))

add(dict(
    key="portmb_salle_heure", kind="interview_reschedule_or_cancel", lang="fr",
    company="Port fluvial de Meuse-Basse", contact="i.moreauthys@portmeusebasse.example.be",
    frm=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be"),
    subject="RE: Convocation - jury de sélection PMB/2026/07",
    date="2026-05-12 08:05", irt="portmb_jury",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Monsieur,

Le directeur de l'exploitation étant retenu demain matin par une inspection de l'écluse, votre passage devant le jury est décalé à 14 h (et non plus 10 h). Le jury siégera en salle B04, au rez-de-chaussée du même bâtiment.

Je vous prie de nous excuser pour ce changement de dernière minute. Le déroulement de l'épreuve reste identique.

Isabelle Moreau-Thys
Service des ressources humaines
Port fluvial de Meuse-Basse

-----Message d'origine-----
De : Isabelle Moreau-Thys
Envoyé : mercredi 6 mai 2026 11:30
À : Aurélien Kowalczyk-Mensah
Objet : Convocation - jury de sélection PMB/2026/07

Vous êtes invité à vous présenter devant le jury de sélection le mercredi 13 mai 2026 à 10 h, en salle du conseil.
""",
    ics=dict(method="REQUEST", uid="pmb-2026-07-jury-akm@portmeusebasse.example.be", seq=1,
             start="2026-05-13 14:00", end="2026-05-13 15:00", mode="attach",
             summary="Jury de sélection PMB/2026/07 (nouvel horaire)",
             location="Salle B04, Quai de l'Écluse 3, 5000 Namur",
             organizer=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be")),
))

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Nous sommes contraints d'annuler l'entretien prévu le mardi 30 juin à 14 h. Le pharmacien chef doit faire face à une inspection de l'AFMPS cette semaine-là et aucun autre membre du comité n'est disponible.

Votre candidature n'est pas remise en cause. Nous reviendrons vers vous dès que le planning du service le permettra, au plus tard à la mi-juillet.

Veuillez nous excuser pour ce désagrément.

Véronique Lallemand
Chargée de recrutement
Centre hospitalier Mosan
"""
add(dict(
    key="chmosan_annulation", kind="interview_reschedule_or_cancel", lang="fr",
    company="Centre hospitalier Mosan", contact="veronique.lallemand@chmosan.example.be",
    frm=("Lallemand Véronique", "veronique.lallemand@chmosan.example.be"),
    subject="Annulation – entretien du 30 juin",
    date="2026-06-24 11:47", irt="chmosan_teams",
    charset="windows-1252", cte="quoted-printable",
    text=_t, html=outlook_html(paras(_t)),
))

add(dict(
    key="marbaix_report", kind="interview_reschedule_or_cancel", lang="fr",
    company="Distri-Ardenne", contact="helene@marbaix.example.be",
    frm=("Hélène Marbaix", "helene@marbaix.example.be"),
    subject="Distri-Ardenne : rendez-vous reporté d'une semaine",
    date="2026-09-18 12:40", irt="marbaix_rdv_client",
    text="""Bonjour Aurélien,

Mon client vient de me prévenir : un audit de leur certification alimentaire tombe mardi prochain, M. Lecomte ne pourra pas se libérer. Il tient néanmoins à vous voir et propose le mardi 29 septembre, même heure (10 h 30), même lieu.

Je considère que c'est bon pour vous, sauf contre-ordre de votre part d'ici lundi.

Hélène Marbaix
Marbaix & Associés
+32 475 61 20 88
""",
))

# ----------------------------------------------------------------------------- en

_t = """Dear Aurélien,

I just realised that Monday 27 April is King's Day here in the Netherlands, so our site will be closed. Apologies for not spotting that earlier!

We have moved your panel interview to Tuesday 28 April, 14:00 - 15:00, same location and same panel. The updated calendar invitation is attached.

Kind regards,
Maud Hendrix
People Partner | Meuse Valley Fulfilment
"""
add(dict(
    key="mvf_moved", kind="interview_reschedule_or_cancel", lang="en",
    company="Meuse Valley Fulfilment", contact="maud.hendrix@mvfulfilment.example.nl",
    frm=("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl"),
    subject="Updated invitation: Panel interview - Inbound Planner (now Tue 28 April)",
    date="2026-04-22 08:50", irt="mvf_panel",
    text=_t,
    ics=dict(method="REQUEST", uid="mvf-panel-akm-0427@mvfulfilment.example.nl", seq=1,
             start="2026-04-28 14:00", end="2026-04-28 15:00",
             summary="Panel interview - Inbound Planner - A. Kowalczyk-Mensah",
             location="Bemelerweg 80, Maastricht",
             organizer=("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl"),
             attendees=[("Rik Jacobs", "rik.jacobs@mvfulfilment.example.nl"),
                        ("Ellen Smeets", "ellen.smeets@mvfulfilment.example.nl")]),
))

_t = """Hello Aurélien,

Your interview for the Store Replenishment Planner position has been rescheduled at the request of the hiring manager.

Previous time: Friday, July 17, 2026, 10:00 AM CEST
New time: Tuesday, July 21, 2026, 2:30 PM CEST
Format: Microsoft Teams video call (link unchanged)

If the new time does not work for you, please use the link below to pick another slot:
https://careers-northgate.icims.com/jobs/4417/scheduling?r=8cf1&reschedule=1

Kind regards,
Northgate Retail Benelux Talent Team
"""
add(dict(
    key="northgate_icims_resched", kind="interview_reschedule_or_cancel", lang="en",
    company="Northgate Retail Benelux", contact="",
    frm=("Northgate Retail Benelux", "northgate-notifications@icims.com"),
    subject="Interview rescheduled - Store Replenishment Planner",
    date="2026-07-15 09:12 -0400", irt="northgate_icims_schedule",
    html=ats_card("Northgate Retail Benelux", "#2d6a4f", paras(_t),
                  "Sent via iCIMS on behalf of Northgate Retail Benelux."),
))

add(dict(
    key="keelrudder_moved", kind="interview_reschedule_or_cancel", lang="en",
    company="Harbourline Shipping Agencies", contact="oliver@keelrudder.example.co.uk",
    frm=("Oliver Brennan", "oliver@keelrudder.example.co.uk"),
    subject="RE: Harbourline interview confirmed - Tue 2 June",
    date="2026-05-29 14:47 +0100", irt="keelrudder_interview",
    text="""Aurélien,

Change of plan I'm afraid: Pieter Koster is off sick and Harbourline have asked to push Tuesday's interview back to Thursday 4 June, same time (11:00), same place. I've said yes provisionally on your behalf - shout if Thursday is a problem.

Oliver

Oliver Brennan | Keel & Rudder Search | +44 23 8000 4417

""" + outlook_block("en", "2026-05-26 17:02", "Oliver Brennan <oliver@keelrudder.example.co.uk>",
                    f"{CAND_NAME} <{CAND}>", "Harbourline interview confirmed - Tue 2 June",
                    """Hi Aurélien,

Great news, Harbourline Shipping Agencies would like to meet you for the vessel operations planner role.

- Tuesday 2 June, 11:00 Rotterdam time
- Their office at Wilhelminakade 140, Rotterdam (Kop van Zuid), 6th floor""") + "\n",
))

_t = """Hi Aurélien,

I have to cancel tomorrow's case interview, our duty manager is needed on the quay for an incident. Nothing changes on your candidacy; I'll send a new slot via Ashby this week.

Daan

Daan Verhoeven
Recruitment Lead | Rotterdam Barge Coordination Centre
"""
add(dict(
    key="rbcc_cancel", kind="interview_reschedule_or_cancel", lang="en",
    company="Rotterdam Barge Coordination Centre", contact="daan.verhoeven@rbcc.example.nl",
    frm=("Daan Verhoeven", "daan.verhoeven@rbcc.example.nl"),
    subject="Barge Slot Coordinator - case interview",
    date="2026-09-14 09:02", irt="rbcc_ashby_case",
    text=_t,
    ics=dict(method="CANCEL", uid="ashby-rbcc-int-55120@ashbyhq.com", seq=1,
             start="2026-09-15 13:00", end="2026-09-15 14:30",
             summary="Case interview - Barge Slot Coordinator",
             location="Waalhaven O.z. 85, Rotterdam",
             organizer=("Daan Verhoeven", "daan.verhoeven@rbcc.example.nl")),
))

# ----------------------------------------------------------------------------- de

_t = """Sehr geehrter Herr Kowalczyk-Mensah,

leider müssen wir unser Gespräch am 21. Juli verschieben, da Herr Brandts an diesem Tag kurzfristig bei einem Kunden in Venlo sein muss.

Neuer Termin: Donnerstag, 23. Juli 2026, 10:00 Uhr, gleicher Ort.

Die aktualisierte Kalendereinladung ist angehängt. Sollte der neue Termin für Sie nicht passen, melden Sie sich bitte, dann finden wir eine Alternative.

Mit freundlichen Grüßen
Jana Kerkhoff
Personalreferentin
Dreiländer Logistik GmbH
"""
add(dict(
    key="dreilaender_verschoben", kind="interview_reschedule_or_cancel", lang="de",
    company="Dreiländer Logistik", contact="j.kerkhoff@dreilaender-logistik.example.de",
    frm=("Jana Kerkhoff", "j.kerkhoff@dreilaender-logistik.example.de"),
    subject="Terminänderung: Vorstellungsgespräch am 23.07. statt 21.07.",
    subj_enc=("utf-8", "Q"),
    date="2026-07-16 15:35", irt="dreilaender_einladung",
    text=_t, html=outlook_html(paras(_t)),
    ics=dict(method="REQUEST", uid="dl-vg-20260721-1000@dreilaender-logistik.example.de", seq=1,
             start="2026-07-23 10:00", end="2026-07-23 11:00", cte="quoted-printable",
             summary="Vorstellungsgespräch Kowalczyk-Mensah – Disponent Tourenplanung",
             location="Neuenhofstraße 180, 52078 Aachen",
             organizer=("Jana Kerkhoff", "j.kerkhoff@dreilaender-logistik.example.de"),
             attendees=[("Stefan Brandts", "s.brandts@dreilaender-logistik.example.de")]),
))

add(dict(
    key="aachenerpaket_verschoben", kind="interview_reschedule_or_cancel", lang="de",
    company="Aachener Paketdienst", contact="m.offermann@aachener-paket.example.de",
    frm=("Markus Offermann", "m.offermann@aachener-paket.example.de"),
    subject="Termin 6. Mai - neuer Vorschlag",
    date="2026-04-29 13:30", irt="aachenerpaket_einladung",
    charset="iso-8859-1", cte="8bit",
    text="""Hallo Herr Kowalczyk-Mensah,

bei uns ist nächste Woche die Inventur vorgezogen worden, deshalb klappt der 6. Mai leider nicht. Können wir stattdessen Mittwoch, den 20. Mai, um 15 Uhr machen? Ort und Ablauf bleiben gleich.

Sorry für das Hin und Her.

Viele Grüße
Markus Offermann
Aachener Paketdienst GmbH
""",
))

# ----------------------------------------------------------------------------- es

add(dict(
    key="talento_moncayo_cambio", kind="interview_reschedule_or_cancel", lang="es",
    company="Distribuciones Moncayo", contact="jlanuza@talentologistico.example.es",
    frm=("Javier Lanuza", "jlanuza@talentologistico.example.es"),
    subject="RE: Entrevista con Distribuciones Moncayo – cambio de fecha",
    date="2026-08-24 09:33", irt="talento_moncayo_entrevista",
    text="""Hola Aurélien:

Marta Royo me pide cambiar la entrevista: el miércoles 26 tienen auditoría de un cliente. Queda para el viernes 28 de agosto a las 9:30, mismo sitio.

¿Te va bien? Si no, dime qué día te encaja y lo muevo.

Javier Lanuza
Talento Logístico Aragón
Tel. 976 30 88 14
""",
))

# =============================================================================== missed
# ----------------------------------------------------------------------------- fr

add(dict(
    key="vandersmissen_appels", kind="missed_interview_notice", lang="fr",
    company="Entrepôts Vandersmissen", contact="g.lhoest@vandersmissen.example.be",
    frm=("Grégory Lhoest", "g.lhoest@vandersmissen.example.be"),
    subject="Re: Votre CV – planificateur",
    date="2026-01-22 10:41", irt="vandersmissen_jeudi",
    text="""Monsieur,

J'ai essayé de vous appeler deux fois à 10 h comme convenu, au 0478 55 21 09, sans réponse, et je suis tombé sur votre messagerie.

Je suis en réunion le reste de la matinée. Tenez-moi au courant.

G. Lhoest

""" + reply_chain("fr", "2026-01-20 16:24", "Grégory Lhoest", "g.lhoest@vandersmissen.example.be",
                  """Êtes-vous libre jeudi matin vers 10 h pour un premier échange par téléphone ? Une vingtaine de minutes, pour voir si ça colle de part et d'autre.""") + "\n",
))

add(dict(
    key="cityhub_quai", kind="missed_interview_notice", lang="fr",
    company="Cityhub Guillemins", contact="tom.gerardy@cityhub.example.be",
    frm=("Tom Gérardy", "tom.gerardy@cityhub.example.be"),
    subject="t'es où ?",
    date="2026-01-21 08:15",
    text="""Aurél, on t'attendait à 7 h au quai pour la journée d'essai. Il est 8 h 15, pas de nouvelles, et ton GSM sonne dans le vide. Le patron est passé deux fois demander si tu étais arrivé.

Rappelle-moi dès que tu vois ça.

Tom
""",
))

add(dict(
    key="bxlfret_injoignable", kind="missed_interview_notice", lang="fr",
    company="Bruxelles Fret Urbain", contact="y.elamrani@bxlfret.example.be",
    frm=("Yasmina El Amrani", "y.elamrani@bxlfret.example.be"),
    subject="Entretien téléphonique de ce matin",
    date="2026-03-03 10:35",
    charset="windows-1252", cte="8bit",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Je vous ai appelé à 10 h pour notre entretien téléphonique, puis une seconde fois à 10 h 10, mais vous n'étiez pas joignable. J'ai laissé un message sur votre répondeur.

Pouvez-vous me faire savoir si vous êtes toujours intéressé par le poste ?

Cordialement,
Yasmina El Amrani
HR & Office Manager – Bruxelles Fret Urbain
""",
))

add(dict(
    key="tempo_client_attendu", kind="missed_interview_notice", lang="fr",
    company="Tempo Interim", contact="k.dardenne@tempo-interim.example.be",
    frm=("Kevin Dardenne | Tempo Interim", "k.dardenne@tempo-interim.example.be"),
    subject="Rdv client de ce matin ??",
    date="2026-02-12 11:20",
    text="""Aurélien,

Le client m'a appelé : il t'a attendu ce matin à 9 h à l'accueil de l'entrepôt de Fléron pour l'entretien, et personne n'est venu. Il n'a pas du tout apprécié, d'autant que j'avais insisté pour qu'il te reçoive.

Je n'arrive pas à te joindre au GSM. Qu'est-ce qui s'est passé ? Appelle-moi à l'agence avant 17 h, que je sache quoi lui dire.

Kevin Dardenne
Consultant Logistique & Transport
Tempo Interim – Agence Liège Centre
T. 04 231 45 80 – GSM 0496 12 77 03
""",
))

add(dict(
    key="parcelia_absent_teams", kind="missed_interview_notice", lang="fr",
    company="Parcelia Wallonie", contact="celine.deprez@parcelia.example.be",
    frm=("Céline Deprez", "celine.deprez@parcelia.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Re: Entretien Teams – Planificateur de tournées (Wavre)",
    date="2026-05-07 10:22", irt="parcelia_invitation",
    text="""Bonjour Aurélien,

Nous vous avons attendu ce matin à 9 h 30 sur Teams pour l'entretien, sans nouvelles de votre part. Pouvez-vous me dire ce qu'il s'est passé ?

Céline Deprez
Recrutement – Parcelia Wallonie

""" + reply_chain("fr", "2026-05-04 14:10", "Céline Deprez", "celine.deprez@parcelia.example.be",
                  """Bonjour Aurélien,

Votre candidature a retenu notre attention. Je vous propose un entretien de 45 minutes sur Teams le jeudi 7 mai à 9 h 30 avec Marc, responsable du dépôt de Wavre. Le lien suit dans une invitation séparée.""") + "\n",
))

# ----------------------------------------------------------------------------- en

_t = """Hi Aurélien,

We had our call booked for 10:00 this morning. Arjen from the planning team and I waited on Teams for about fifteen minutes but didn't see you join, and my message in the meeting chat went unanswered.

I hope everything is alright. Could you let me know what happened, and whether you would still like to continue with the process?

Best,
Femke
"""
add(dict(
    key="mcp_waited_teams", kind="missed_interview_notice", lang="en",
    company="Maasvlakte Container Planning", contact="femke.dewit@mcp.example.nl",
    frm=("Femke de Wit (Maasvlakte Container Planning)", "no-reply@hire.lever.co"),
    reply_to=("Femke de Wit", "femke.dewit@mcp.example.nl"), mid_domain="hire.lever.co",
    subject="Our call this morning",
    date="2026-06-11 10:31 +0200", irt="mcp_screen",
    text=_t, html=plain_html(paras(_t)),
))

add(dict(
    key="palletpilots_called_twice", kind="missed_interview_notice", lang="en",
    company="Pallet Pilots", contact="joost@palletpilots.example.nl",
    frm=("Joost van Leeuwen", "joost@palletpilots.example.nl"),
    subject="Re: Application - Planner (Rotterdam)",
    date="2026-02-26 11:24", irt="palletpilots_thursday",
    text="""Tried calling you twice at 11:00, went to voicemail both times. Let me know if you still want to talk.

Joost

On Tue, 24 Feb 2026 at 13:18, Joost van Leeuwen <joost@palletpilots.example.nl> wrote:
> Are you free Thursday to chat? Say 11:00, I'll call you on your mobile, 20 minutes max.
""",
))

# ----------------------------------------------------------------------------- de

add(dict(
    key="pdeuregio_nicht_erreicht", kind="missed_interview_notice", lang="de",
    company="Kaiserplatz Logistik", contact="s.lennartz@pd-euregio.example.de",
    frm=("Sabine Lennartz", "s.lennartz@pd-euregio.example.de"),
    subject="Kaiserplatz Logistik - Ihr Termin",
    date="2026-05-15 10:48", irt="pdeuregio_kaiserplatz",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Mensah,

Frau Vahlen von Kaiserplatz Logistik hat mich eben angerufen: Sie hat Sie um 10:00 Uhr und noch einmal um 10:15 Uhr angerufen, aber Sie waren nicht erreichbar, auch die Mailbox war voll.

Bitte melden Sie sich heute noch bei mir, damit ich dem Kunden eine Erklärung geben kann.

Beste Grüße
Sabine Lennartz
Personaldienst Euregio GmbH
Telefon 0241 990 4410
""",
))

add(dict(
    key="gvz_nicht_erschienen", kind="missed_interview_notice", lang="de",
    company="Zweckverband Güterverkehrszentrum Aachen", contact="r.schueller@gvz-aachen.example.de",
    frm=("Dr. Ralf Schüller", "r.schueller@gvz-aachen.example.de"), frm_enc=("utf-8", "B"),
    subject="Vorstellungsgespräch am 9. Juni 2026",
    date="2026-06-09 11:05",
    text="""Sehr geehrter Herr Kowalczyk-Mensah,

zu dem für heute, 10:00 Uhr, vereinbarten Vorstellungsgespräch (Stellenausschreibung 07/2026) sind Sie nicht erschienen. Die Auswahlkommission hat bis 10:30 Uhr auf Sie gewartet.

Wir bitten um eine kurze Mitteilung bis Freitag, ob Sie Ihre Bewerbung aufrechterhalten.

Mit freundlichen Grüßen
Im Auftrag
Dr. Ralf Schüller
Zweckverband Güterverkehrszentrum Aachen
Personal und Organisation
""",
))

# ----------------------------------------------------------------------------- es

add(dict(
    key="ebro_no_presentado", kind="missed_interview_notice", lang="es",
    company="Plataforma Logística Ebro", contact="lucia.gracia@ple.example.es",
    frm=("Lucía Gracia Bielsa", "lucia.gracia@ple.example.es"),
    subject="Jornada de prueba de hoy",
    date="2026-09-01 09:10", irt="ebro_jornada_prueba",
    text="""Hola Aurélien:

Jorge Sancho me dice que te estaba esperando a las 8:00 en la nave 3 para la jornada de prueba y que no has aparecido. Te he llamado al móvil dos veces y no lo coges.

¿Ha pasado algo? Escríbeme en cuanto puedas.

Lucía
""",
))
