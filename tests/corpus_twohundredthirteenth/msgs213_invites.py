"""Corpus 213, interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10): each message's words are written here by hand."""

from __future__ import annotations

from msgs213_common import (
    CAND,
    ats_card,
    button,
    esc,
    msg,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    sig,
    wrote,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
MESSAGES: list[dict] = []
add = MESSAGES.append

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"

# ======================================================================== invitations

# ---------------------------------------------------------------- Lac & Cimes
_i1 = """Bonjour Solveig,

Votre candidature au poste d'Assistante Revenue Manager a retenu notre attention, merci !

Vincent Favre, notre directeur revenue, aimerait échanger avec vous en visio le vendredi 23 janvier à 10h00 (environ 45 minutes). Il vous présentera l'équipe et vous posera quelques questions sur votre pratique de l'audit de nuit et des rapports journaliers.

Pouvez-vous me confirmer ce créneau ? Le lien Teams vous sera envoyé dans la foulée.

Belle journée,
"""
_i1_sig = sig("Maud Perrin", "Chargée de recrutement", "Hôtels Lac & Cimes",
              "14 quai de la Tournette, 74000 Annecy", "+33 4 50 51 22 80")
add(msg(INV, "lacetcimes_visio", "fr", "Hôtels Lac & Cimes", "maud.perrin@lacetcimes.example.fr",
        ("Maud Perrin", "maud.perrin@lacetcimes.example.fr"),
        "Entretien – Assistante Revenue Manager",
        "2026-01-20 09:25 +0100",
        text=_i1 + _i1_sig, html=paras(_i1) + "<pre>" + esc(_i1_sig) + "</pre>",
        tid="lac-2", re="lac-1"))

# ---------------------------------------------------------------- Rive Léman panel, ics
_i2 = """Madame Marchetti-Dube,

Nous avons le plaisir de vous convier à un entretien de panel pour le poste de Revenue Analyst (R-2026-0117).

Date : jeudi 19 février 2026, de 14h00 à 15h30
Lieu : Hôtel Rive Léman, Quai du Mont-Blanc 7, 1201 Genève – demandez la salle Salève à la réception
Panel : Delphine Roux-Berset (RH), Olivier Chappuis (Directeur commercial), Anouk Meier (Revenue Manager)

Merci d'accepter l'invitation ci-jointe pour confirmer votre présence. Une pièce d'identité vous sera demandée à l'accueil.

Meilleures salutations,

Delphine Roux-Berset
HR Business Partner
Hôtel Rive Léman | Quai du Mont-Blanc 7 | 1201 Genève
T +41 22 908 14 40
"""
add(msg(INV, "riveleman_panel_ics", "fr", "Hôtel Rive Léman", "d.rouxberset@riveleman.example.ch",
        ("Delphine Roux-Berset", "d.rouxberset@riveleman.example.ch"),
        "Invitation : Entretien panel – Revenue Analyst @ jeu. 19 févr. 2026 14:00 - 15:30",
        "2026-02-10 11:07 +0100",
        text=_i2, html=outlook_html(mso(_i2)),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000RIVE0117",
             "start": "2026-02-19 14:00 +0100", "minutes": 90,
             "summary": "Entretien panel – Revenue Analyst",
             "location": "Hôtel Rive Léman, salle Salève, Quai du Mont-Blanc 7, Genève",
             "organizer": ("Delphine Roux-Berset", "d.rouxberset@riveleman.example.ch"),
             "attendees": [("Olivier Chappuis", "o.chappuis@riveleman.example.ch"),
                           ("Anouk Meier", "a.meier@riveleman.example.ch")]},
        tid="rive-2", re="rive-1"))

# ---------------------------------------------------------------- Aurora, Greenhouse scheduling
_i3_html = ats_card("Aurora Hotels", "#b45309", paras("""Hi Solveig,

Great news – Davide Rinaldi, our Revenue Director for Piedmont, would like to meet you by video for the Revenue Coordinator role.

We have pencilled in Thursday 12 March, 10:00–10:45 (CET) on Google Meet. If that time doesn't suit, please choose another slot from the link below within the next 48 hours.

Looking forward to it,
Giulia""") + button("View or change your interview time",
                   "https://app.greenhouse.io/scheduling/7f3a21c9/aurora", "#b45309"),
    "Aurora Hotels uses Greenhouse to manage applications. "
    "<a href=\"https://app.greenhouse.io/privacy\">Privacy</a>")
add(msg(INV, "aurora_greenhouse_schedule", "en", "Aurora Hotels", "giulia.ferraris@aurorahotels.example.it",
        ("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Interview invitation: Revenue Coordinator – Aurora Hotels",
        "2026-03-09 12:30 +0100",
        rt=("Giulia Ferraris", "giulia.ferraris@aurorahotels.example.it"),
        html=_i3_html, tid="aur-2", re="aur-1"))

# ---------------------------------------------------------------- Isar Residenz, ics
_i4 = """Sehr geehrte Frau Marchetti-Dube,

vielen Dank für Ihre Bewerbung als Junior Revenue Manager. Ihr Werdegang hat uns neugierig gemacht, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Montag, 20. April 2026, um 11:00 Uhr in unser Haus in der Rosenheimer Straße ein. Gesprächspartner sind unser Director of Revenue, Herr Florian Hauser, und ich. Planen Sie bitte etwa eine Stunde ein.

Die Kalendereinladung finden Sie anbei. Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isar Residenz Hotels GmbH | Rosenheimer Straße 145 | 81671 München
Tel. +49 89 4521 7730
"""
add(msg(INV, "isar_einladung_ics", "de", "Isar Residenz Hotels", "k.obermaier@isarresidenz.example.de",
        ("Katrin Obermaier", "k.obermaier@isarresidenz.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "2026-04-15 14:02 +0200",
        text=_i4,
        ics={"method": "REQUEST", "uid": "isar-jrm-2026-0420@isarresidenz.example.de",
             "start": "2026-04-20 11:00 +0200", "minutes": 60,
             "summary": "Vorstellungsgespräch Junior Revenue Manager – Marchetti-Dube",
             "location": "Isar Residenz, Rosenheimer Straße 145, München",
             "organizer": ("Katrin Obermaier", "k.obermaier@isarresidenz.example.de")},
        subj_ew=("utf-8", "B"), tid="isar-2", re="isar-1"))

# ---------------------------------------------------------------- Mont-Blanc Lodges, first invite
_i5 = """Bonjour Solveig,

Suite à votre candidature pour le poste de responsable réservations et revenue de nos lodges, je vous propose un premier entretien en visio jeudi 7 mai à 10h00.

Voici le lien Teams : https://teams.example.com/l/meetup-join/19%3ameeting_MBL0507

Nous parlerons de la saison d'hiver, de nos canaux de distribution et de vos disponibilités. Comptez une demi-heure.

À jeudi,
Élodie Charlet
Directrice des opérations
Mont-Blanc Lodges – 52 avenue de l'Aiguille du Midi, 74400 Chamonix
"""
add(msg(INV, "mblodges_teams_first", "fr", "Mont-Blanc Lodges", "elodie.charlet@mblodges.example.fr",
        ("Élodie Charlet", "elodie.charlet@mblodges.example.fr"),
        "Entretien visio jeudi 7 mai",
        "2026-05-04 16:45 +0200",
        text=_i5, cte="base64", name_ew=("iso-8859-1", "Q"), tid="mbl-1"))

# ---------------------------------------------------------------- Mont-Blanc Lodges, new invite after missed
_i6 = """Bonjour Solveig,

Merci pour votre appel et vos explications, ce sont des choses qui arrivent avec les plannings de nuit.

On repart sur un nouveau rendez-vous, cette fois directement sur place : mardi 12 mai à 9h00 au lodge des Praz, 52 avenue de l'Aiguille du Midi. Vous rencontrerez aussi Loïc, notre responsable commercial.

Merci de me confirmer par retour de mail.

Élodie
"""
_i6_q = """Bonjour Solveig,

Nous vous avons attendue ce matin à 10h sur Teams, sans nouvelles de votre part.
"""
add(msg(INV, "mblodges_second_onsite", "fr", "Mont-Blanc Lodges", "elodie.charlet@mblodges.example.fr",
        ("Élodie Charlet", "elodie.charlet@mblodges.example.fr"),
        "Re: Entretien visio jeudi 7 mai – nouveau rendez-vous",
        "2026-05-08 08:52 +0200",
        text=_i6 + "\n" + wrote("fr", "jeu. 7 mai 2026 à 10:41", "Élodie Charlet",
                                "elodie.charlet@mblodges.example.fr") + "\n" + quote(_i6_q),
        tid="mbl-3", re="mbl-2"))

# ---------------------------------------------------------------- Maison Bellecour, trial day
_i7 = """Bonjour Solveig,

Nous avons été ravis d'échanger avec vous la semaine dernière. Pour la suite, nous vous proposons une journée d'immersion au sein de notre équipe revenue, le mardi 16 juin de 9h00 à 17h00, au siège (4 place Bellecour, 69002 Lyon).

Au programme : revue du pick-up du matin avec Anne-Laure Besson, atelier sur la stratégie tarifaire de la Fête des Lumières, puis un cas pratique d'une heure. Le déjeuner est pris en charge.

Merci de nous confirmer votre venue avant vendredi.

Bien cordialement,
Thomas Giraud
Directeur des ressources humaines
Maison Bellecour Hospitality
"""
add(msg(INV, "bellecour_immersion", "fr", "Maison Bellecour Hospitality",
        "t.giraud@bellecour-hospitality.example.fr",
        ("Thomas Giraud", "t.giraud@bellecour-hospitality.example.fr"),
        "Journée d'immersion – Revenue Manager Junior",
        "2026-06-09 10:14 +0200",
        text=_i7, html=outlook_html(mso(_i7)), tid="bc-2", re="bc-1"))

# ---------------------------------------------------------------- Brisa, Teamtailor (es)
_i8 = """Hola Solveig,

¡Gracias por tu candidatura al puesto de Revenue Manager en Brisa Mediterránea!

Nos gustaría conocerte en una entrevista por videollamada con Marta Soler (Selección) y Pau Ferrer (Director Comercial). Te proponemos el jueves 25 de junio a las 10:00 (hora de Barcelona).

Puedes confirmar la hora o elegir otra desde el enlace:
https://brisamed.teamtailor.com/meetings/3c9d2e/confirm

¡Hasta pronto!
Marta Soler
Responsable de Selección · Brisa Mediterránea
"""
add(msg(INV, "brisa_teamtailor_entrevista", "es", "Brisa Mediterránea", "marta.soler@brisamed.example.es",
        ("Marta Soler · Brisa Mediterránea", "no-reply@teamtailor-mail.com"),
        "Entrevista para Revenue Manager – Brisa Mediterránea",
        "2026-06-22 13:11 +0200",
        rt=("Marta Soler", "marta.soler@brisamed.example.es"),
        text=_i8, html=ats_card("Brisa Mediterránea", "#0284c7", paras(_i8)),
        tid="br-2", re="br-1"))

# ---------------------------------------------------------------- agency sets up client interview
_i9 = """Bonjour Solveig,

Bonne nouvelle : la Station Val-Cristal veut vous rencontrer pour la mission de réceptionniste-yield (CDD saison + été).

Le rendez-vous est fixé lundi 23 février à 15h, à l'office de la station (bâtiment Les Gentianes, 73440 Val-Cristal). Vous verrez Mme Arnaud, responsable hébergement. Prévoyez 45 minutes et votre dernier planning de nuit, elle aime bien parler concret.

Je vous appelle vendredi pour vous briefer. Dites-moi si le créneau vous va.

Julien Mercier
Consultant hôtellerie – Intérim Savoie Talents
27 avenue de Genève, 74000 Annecy
06 72 18 44 09
"""
add(msg(INV, "savoietalents_client_valcristal", "fr", "Station Val-Cristal",
        "julien.mercier@savoietalents.example.fr",
        ("Julien Mercier – Savoie Talents", "julien.mercier@savoietalents.example.fr"),
        "RDV client Val-Cristal lundi 23/02",
        "2026-02-18 17:20 +0100",
        text=_i9, name_ew=("utf-8", "Q"), tid="sav-2", re="sav-1"))

# ---------------------------------------------------------------- Oréade, assessment centre
_i10_html = outlook_html(mso("""Bonjour Solveig,

Félicitations, votre candidature au poste de Revenue Manager Cluster Lyon passe à l'étape suivante.

Nous avons le plaisir de vous inviter à notre assessment center le mercredi 8 avril de 9h00 à 16h00, dans nos bureaux du 31 cours Charlemagne, 69002 Lyon.

Déroulé de la journée :
- 9h00 : accueil et présentation du groupe
- 9h45 : étude de cas pricing en binôme
- 11h30 : mise en situation face à un directeur d'hôtel
- 14h00 : entretiens individuels avec la direction revenue

Merci de confirmer votre participation en répondant à ce message avant le 1er avril.

Camille Vasseur
Talent Acquisition – Hôtels Oréade"""))
add(msg(INV, "oreade_assessment", "fr", "Hôtels Oréade", "camille.vasseur@oreade.example.fr",
        ("Camille Vasseur", "camille.vasseur@oreade.example.fr"),
        "Invitation assessment center – 8 avril",
        "2026-03-25 15:40 +0100",
        html=_i10_html, tid="ore-2", re="ore-1"))

# ---------------------------------------------------------------- Réservalp, casual
_i11 = """Hello Solveig,

J'ai lu ton CV que m'a passé l'équipe, ton parcours night audit → revenue me parle beaucoup (j'ai fait pareil il y a dix ans).

T'es dispo vendredi à 11h pour qu'on en parle une demi-heure ? Je t'envoie le lien Meet si ça te va : https://meet.example.com/rsv-pricing

Bastien
"""
add(msg(INV, "reservalp_casual_meet", "fr", "Réservalp", "bastien@reservalp.example.fr",
        ("Bastien Collomb", "bastien@reservalp.example.fr"),
        "Pricing analyst – on s'appelle ?",
        "2026-06-17 19:03 +0200",
        text=_i11, tid="rsv-2", re="rsv-1"))

# ---------------------------------------------------------------- Alpes Séjours, phone screen
_i12 = """Bonjour Madame Marchetti-Dube,

J'ai bien reçu votre candidature pour le poste de yield manager voyages groupes. Avant d'aller plus loin, j'aimerais faire un point téléphonique d'une vingtaine de minutes avec vous.

Je peux vous appeler jeudi 29 janvier à 10h00 au numéro indiqué sur votre CV. Est-ce que cela vous convient ?

Cordialement,
Karim Haddad
Responsable production - Alpes Séjours
8 rue Félix Poulat, 38000 Grenoble
"""
add(msg(INV, "alpessejours_phone_screen", "fr", "Alpes Séjours", "karim.haddad@alpessejours.example.fr",
        ("Karim Haddad", "karim.haddad@alpessejours.example.fr"),
        "Poste yield voyages groupes",
        "2026-01-26 11:58 +0100",
        text=_i12, cs="iso-8859-1", cte="quoted-printable", tid="as-1"))

# ---------------------------------------------------------------- Confluence, Teams + ics
_i13 = """Bonjour Solveig,

Je vous remercie pour votre candidature au poste de Revenue & Distribution Manager.

Je vous propose un entretien en visio avec notre directeur général, M. Hugo Ferrand, et moi-même le jeudi 6 août à 10h00. L'invitation Teams est jointe à ce message.

Rejoindre la réunion : https://teams.example.com/l/meetup-join/19%3aconfluence0806

Au plaisir d'échanger avec vous,
Nadia Benali
Responsable RH – Confluence Suites
46 quai Rambaud, 69002 Lyon
"""
add(msg(INV, "confluence_teams_ics", "fr", "Confluence Suites", "nadia.benali@confluencesuites.example.fr",
        ("Nadia Benali", "nadia.benali@confluencesuites.example.fr"),
        "Entretien Revenue & Distribution Manager",
        "2026-08-03 09:10 +0200",
        text=_i13, html=outlook_html(mso(_i13)),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008CONFL0806",
             "start": "2026-08-06 10:00 +0200", "minutes": 45,
             "summary": "Entretien Revenue & Distribution Manager – S. Marchetti-Dube",
             "location": "Réunion Microsoft Teams",
             "organizer": ("Nadia Benali", "nadia.benali@confluencesuites.example.fr")},
        tid="cf-1"))

# ---------------------------------------------------------------- Aravis, Teamtailor link
_i14_body = paras("""Bonjour Solveig,

Merci pour votre candidature au poste de Responsable Yield des résidences Aravis !

Nous aimerions vous rencontrer lors d'un entretien d'une heure avec Lucie Pollet et notre directeur hébergement. Choisissez le créneau qui vous convient dans notre agenda en ligne :""") + button(
    "Choisir mon créneau", "https://aravis-resorts.teamtailor.com/meetings/a91f/slots", "#047857") + paras("""Les entretiens ont lieu à La Clusaz ou en visio, à votre convenance.

À très vite,
L'équipe recrutement Aravis Resorts""")
add(msg(INV, "aravis_teamtailor_slots", "fr", "Groupe Aravis Resorts", "lucie.pollet@aravis-resorts.example.fr",
        ("Groupe Aravis Resorts", "no-reply@teamtailor-mail.com"),
        "Réservez votre entretien – Responsable Yield",
        "2026-04-22 10:05 +0200",
        rt=("Lucie Pollet", "lucie.pollet@aravis-resorts.example.fr"),
        html=ats_card("Aravis Resorts", "#047857", _i14_body), subj_ew=("utf-8", "B"),
        tid="ara-1"))

# ---------------------------------------------------------------- head-hunter invites to office
_i15 = """Chère Madame,

Je me permets de revenir vers vous au sujet de votre profil, repéré pour une mission de Revenue Manager que nous conduisons pour un établissement de luxe genevois.

Je vous propose de nous rencontrer à notre cabinet le mardi 24 mars à 15h00, afin de vous présenter la mission et de faire plus ample connaissance. Notre adresse : Rue du Rhône 61, 1204 Genève (3e étage, sonner « VR »).

Je vous remercie de me confirmer votre disponibilité.

Avec mes meilleures salutations,

Isabelle Rochat
Associée
Vallet & Rochat Executive Search
+41 22 310 45 80
"""
add(msg(INV, "valletrochat_office_meeting", "fr", "Vallet & Rochat", "i.rochat@valletrochat.example.ch",
        ("Isabelle Rochat", "i.rochat@valletrochat.example.ch"),
        "Rencontre au cabinet – mission Revenue Manager Genève",
        "2026-03-18 08:47 +0100",
        text=_i15, html=outlook_html(mso(_i15)), cte="quoted-printable", tid="vr-1"))

# ---------------------------------------------------------------- Semnoz, trial day
_i16 = """Bonjour Solveig,

Comme évoqué au téléphone, je vous propose de venir passer une journée d'essai avec nous le jeudi 15 octobre, de 8h à 18h : matinée à la réception, après-midi sur les tarifs et le channel manager avec moi.

La journée est rémunérée selon la convention HCR. Merci d'apporter une tenue sombre et votre carte Vitale pour la déclaration.

Bien cordialement,
Claire Vuillermoz
Directrice – Hôtel du Semnoz ★★★
"""
add(msg(INV, "semnoz_journee_essai", "fr", "Hôtel du Semnoz", "claire.vuillermoz@hotelsemnoz.example.fr",
        ("Claire Vuillermoz", "claire.vuillermoz@hotelsemnoz.example.fr"),
        "Journée d'essai – 15 octobre",
        "2026-10-05 18:22 +0200",
        text=_i16, html=paras(_i16), tid="sem-1"))

# ---------------------------------------------------------------- Aiguille Verte, latin-1
_i17 = """Bonjour Madame,

Votre candidature a retenu notre attention. Nous vous proposons de venir nous
rencontrer le mercredi 7 octobre à 9h00 pour une matinée d'échange avec l'équipe des
chalets (visite de deux chalets, puis entretien au bureau).

Adresse : 180 route des Praz, 74400 Chamonix-Mont-Blanc. Parking devant le bureau.

Merci de confirmer par retour.

Gérard Balmat
Gérant - Chalets Aiguille Verte
04 50 53 88 12
"""
add(msg(INV, "aiguilleverte_latin1", "fr", "Chalets Aiguille Verte", "g.balmat@aiguilleverte.example.fr",
        ("Gérard Balmat", "g.balmat@aiguilleverte.example.fr"),
        "Rendez-vous mercredi 7 octobre",
        "2026-09-28 19:40 +0200",
        text=_i17, cs="iso-8859-1", cte="quoted-printable", name_ew=("iso-8859-1", "Q"),
        hdrs=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")], tid="aig-1"))

# ---------------------------------------------------------------- Horizon panel, ics attachment
_i18 = """Bonjour Solveig,

Suite à notre premier échange téléphonique, nous avons le plaisir de vous convier à un entretien avec Mme Fabienne Lacroix, directrice des deux hôtels Horizon, et moi-même.

Mardi 21 avril 2026 à 10h00
Horizon Part-Dieu Hôtels – 129 rue Servient, 69003 Lyon (salle du 1er étage)

Vous trouverez l'invitation calendrier en pièce jointe.

Bien cordialement,

Sébastien Morel
Chargé de recrutement
Horizon Part-Dieu Hôtels – 129 rue Servient, 69003 Lyon

--------------------------------------------------------------
Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Toute diffusion non autorisée est interdite.
"""
add(msg(INV, "horizon_panel_attachment", "fr", "Horizon Part-Dieu Hôtels",
        "sebastien.morel@horizon-partdieu.example.fr",
        ("Sébastien Morel", "sebastien.morel@horizon-partdieu.example.fr"),
        "Convocation entretien – Revenue Manager",
        "2026-04-13 16:18 +0200",
        text=_i18,
        att=[{"ics": {"method": "REQUEST", "uid": "horizon-rm-20260421@horizon-partdieu.example.fr",
                      "start": "2026-04-21 10:00 +0200", "minutes": 60,
                      "summary": "Entretien Revenue Manager",
                      "location": "129 rue Servient, Lyon",
                      "organizer": ("Sébastien Morel",
                                    "sebastien.morel@horizon-partdieu.example.fr")},
              "name": "entretien.ics"}],
        tid="hor-2", re="hor-1"))

# ---------------------------------------------------------------- Yieldwise, Ashby
_i19_html = ats_card("Yieldwise", "#111827", paras("""Hi Solveig,

Thanks for applying to Yieldwise! Priya from our team would like to set up a 30-minute intro call about the Revenue Analyst role.

Please pick a time that works for you:""") + button("Schedule interview", "https://app.ashbyhq.com/yieldwise/interview/9b2c", "#111827")
    + paras("""You can reply to this email with any questions – it goes straight to Priya.

Cheers,
Yieldwise Talent"""), "Powered by Ashby")
add(msg(INV, "yieldwise_ashby_link", "en", "Yieldwise", "priya.nair@yieldwise.example.io",
        ("Yieldwise Hiring", "no-reply@ashbyhq.com"),
        "Let's schedule your intro call with Yieldwise",
        "2026-02-24 15:12 +0000",
        rt=("Priya Nair", "priya.nair@yieldwise.example.io"),
        html=_i19_html, tid="yw-1"))

# ---------------------------------------------------------------- StayNest phone screen
_i20 = """Hi Solveig,

I'm Ben, I look after hiring for our pricing team at StayNest. Thanks for applying for the Pricing Operations Associate role – I enjoyed reading about your night audit reporting work.

Could we do a 30-minute call with Ines, our pricing lead, on Thursday 21 May at 16:00 CET? If not, just send me two or three times that suit you next week.

Best,
Ben Hartley
Talent Partner, StayNest
"""
add(msg(INV, "staynest_phone_screen", "en", "StayNest", "ben.hartley@staynest.example.com",
        ("Ben Hartley", "ben.hartley@staynest.example.com"),
        "Quick call about Pricing Operations Associate?",
        "2026-05-18 10:02 +0100",
        text=_i20, tid="sn-2", re="sn-1"))

# ---------------------------------------------------------------- agency sets up client interview (en)
_i21 = """Hi Solveig,

Great news – Piemonte Travel Lab would like to interview you for the Pricing & Packages Manager role in Turin.

Details:
When: Tuesday 12 May, 09:30 CET (45 minutes)
Format: video call on Zoom – link below
With: Chiara Bonetti (COO) and Luca Gallo (Head of Product)
Link: https://zoom.example.com/j/83219907712

Chiara will want to hear about how you'd price multi-day packages around events, so have an example ready. Shout if anything's unclear.

Olivia

Olivia Brandt
Senior Consultant, Travel & Hospitality
HospitalityHire Europe
+44 20 7946 0321
"""
add(msg(INV, "hospitalityhire_client_piemonte", "en", "Piemonte Travel Lab",
        "olivia.brandt@hospitalityhire.example.co.uk",
        ("Olivia Brandt", "olivia.brandt@hospitalityhire.example.co.uk"),
        "Interview confirmed – Piemonte Travel Lab",
        "2026-05-05 12:40 +0100",
        text=_i21, html=paras(_i21), tid="hh-2", re="hh-1"))

# ---------------------------------------------------------------- Glacier Rooms, casual
_i22 = """Hi Solveig,

Saw your application come through for the revenue role – are you free Thursday to chat? Maybe 11ish, over coffee at our office on Rue de Lausanne, or on the phone if you're in Annecy that day.

No need to prepare anything formal.

Hannah
"""
add(msg(INV, "glacierrooms_thursday_chat", "en", "Glacier Rooms", "hannah@glacierrooms.example.ch",
        ("Hannah Keller", "hannah@glacierrooms.example.ch"),
        "Coffee Thursday?",
        "2026-07-06 08:15 +0200",
        text=_i22, tid="gr-1", hdrs=[("X-Mailer", "iPhone Mail (22F76)")]))

# ---------------------------------------------------------------- Pistebook panel, Google Calendar
_i23_text = """Solveig Marchetti-Dube, you have been invited to the following event.

Panel interview – Revenue & Partnerships Analyst
When: Thursday 17 Sept 2026 14:00 – 15:00 (Central European Time - Paris)
Where: Pistebook office, 3 place Balmat, Chamonix (or Google Meet: meet.example.com/pbk-panel)
Who:
* tom.reynaud@pistebook.example.com - organiser
* sara.lopez@pistebook.example.com
* solveig.md@example.fr

Hi Solveig – Sara (partnerships) and I will be on the panel, plus a 20-minute exercise on winter pricing. See you there! Tom

Going (solveig.md@example.fr)? Yes - Maybe - No
Invitation from Google Calendar
"""
add(msg(INV, "pistebook_panel_gcal", "en", "Pistebook", "tom.reynaud@pistebook.example.com",
        ("Tom Reynaud", "tom.reynaud@pistebook.example.com"),
        "Invitation: Panel interview – Revenue & Partnerships Analyst @ Thu 17 Sept 2026 14:00 - 15:00 (CEST)",
        "2026-09-10 11:21 +0200",
        text=_i23_text,
        html="<div style=\"font-family:Roboto,Arial\">" + paras(_i23_text) + "</div>",
        ics={"method": "REQUEST", "uid": "7kq2p0pbk0917panel@google.com", "prodid": GCAL,
             "start": "2026-09-17 14:00 +0200", "minutes": 60,
             "summary": "Panel interview – Revenue & Partnerships Analyst",
             "location": "Pistebook office, 3 place Balmat, Chamonix",
             "organizer": ("Tom Reynaud", "tom.reynaud@pistebook.example.com"),
             "attendees": [("Sara Lopez", "sara.lopez@pistebook.example.com")]},
        att=[{"ics": {"method": "REQUEST", "uid": "7kq2p0pbk0917panel@google.com", "prodid": GCAL,
                      "start": "2026-09-17 14:00 +0200", "minutes": 60,
                      "summary": "Panel interview – Revenue & Partnerships Analyst",
                      "location": "Pistebook office, 3 place Balmat, Chamonix",
                      "organizer": ("Tom Reynaud", "tom.reynaud@pistebook.example.com")},
              "name": "invite.ics"}],
        tid="pb-2", re="pb-1"))

# ---------------------------------------------------------------- Alpenglück, Probearbeiten
_i24 = """Liebe Frau Marchetti-Dube,

nach unserem netten Telefonat möchten wir Sie gern zu einem Hospitationstag in unser Haus in Garmisch-Partenkirchen einladen.

Termin: Montag, 20. Juli 2026, 9:00 bis ca. 16:00 Uhr
Ort: Alpenglück Hotel Zugspitzblick, Bahnhofstraße 41, 82467 Garmisch-Partenkirchen

Sie lernen unser Revenue-Team kennen, sehen sich unsere Preisstrategie für den Herbst an und führen zum Abschluss ein Gespräch mit unserer Geschäftsführerin. Fahrtkosten erstatten wir selbstverständlich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Herzliche Grüße aus dem Werdenfelser Land
Sabine Wurzer
Leitung Personal
Alpenglück Hotelgruppe
"""
add(msg(INV, "alpengluck_hospitation", "de", "Alpenglück Hotelgruppe", "s.wurzer@alpengluck.example.de",
        ("Sabine Wurzer", "s.wurzer@alpengluck.example.de"),
        "Einladung zum Hospitationstag am 20. Juli",
        "2026-07-13 13:37 +0200",
        text=_i24, html=outlook_html(mso(_i24), "de"), cte="base64", tid="ag-1"))

# ---------------------------------------------------------------- Alpin Personal, client interview (de)
_i25 = """Hallo Frau Marchetti-Dube,

das Hotel Seeblick Starnberg möchte Sie kennenlernen! Ich habe folgenden Vorstellungstermin für Sie vereinbart:

Dienstag, 25. August, 10:00 Uhr
Hotel Seeblick, Seepromenade 12, 82319 Starnberg
Ansprechpartnerin: Frau Gabriele Huber, Direktorin

Bitte bringen Sie Ihren Lebenslauf in Papierform mit. Geben Sie mir nach dem Gespräch kurz Feedback, wie es gelaufen ist.

Viele Grüße
Markus Lechner
Personalberater Hotellerie
Alpin Personal GmbH · Landsberger Str. 302 · 80687 München
"""
add(msg(INV, "alpinpersonal_seeblick_termin", "de", "Hotel Seeblick Starnberg",
        "m.lechner@alpinpersonal.example.de",
        ("Markus Lechner", "m.lechner@alpinpersonal.example.de"),
        "Vorstellungstermin Hotel Seeblick - 25.08.",
        "2026-08-19 09:48 +0200",
        text=_i25, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q"),
        tid="ap-2", re="ap-1"))

# ---------------------------------------------------------------- Montjuïc Blau, videollamada (es)
_i26 = """Hola Solveig:

Gracias por presentarte al puesto de Revenue Manager. Nos ha gustado mucho tu perfil y queremos conocerte.

Te propongo una videollamada el viernes 11 de septiembre a las 10:00, de una hora aproximadamente. La primera parte será una conversación sobre tu experiencia y la segunda, un pequeño caso práctico de fijación de precios para un congreso en Fira Barcelona.

Enlace: https://meet.example.com/mjb-revenue

¿Te viene bien? Si no, dime qué días tienes libres.

Un abrazo,
Laia Puig
Directora de Revenue – Hoteles Montjuïc Blau
"""
add(msg(INV, "montjuicblau_videollamada", "es", "Hoteles Montjuïc Blau", "laia.puig@montjuicblau.example.es",
        ("Laia Puig", "laia.puig@montjuicblau.example.es"),
        "Entrevista Revenue Manager – videollamada",
        "2026-09-07 12:03 +0200",
        text=_i26, html=paras(_i26), tid="mj-1"))

# ======================================================================== reschedules / cancellations

# ---------------------------------------------------------------- Lac & Cimes moved
_s1 = """Bonjour Solveig,

Petit changement de programme : Vincent Favre doit se rendre demain à notre hôtel de Talloires pour une inspection imprévue. Nous devons donc décaler votre entretien.

Pourriez-vous être disponible le mardi 27 janvier à 14h00 à la place ? Même format, en visio ; je vous renverrai le lien.

Désolée pour ce contretemps,
Maud
"""
_s1_q = """Bonjour Maud,

Je vous confirme avec plaisir le vendredi 23 janvier à 10h00.

Bien à vous,
Solveig
"""
add(msg(RES, "lacetcimes_moved", "fr", "Hôtels Lac & Cimes", "maud.perrin@lacetcimes.example.fr",
        ("Maud Perrin", "maud.perrin@lacetcimes.example.fr"),
        "RE: Entretien – Assistante Revenue Manager",
        "2026-01-22 16:31 +0100",
        text=_s1 + "\n" + wrote("fr", "mar. 20 janv. 2026 à 12:02", "Solveig Marchetti-Dube",
                                CAND[1]) + "\n" + quote(_s1_q),
        tid="lac-3", re="lac-2"))

# ---------------------------------------------------------------- Rive Léman, METHOD:CANCEL
_s2 = """Madame Marchetti-Dube,

Je suis contrainte d'annuler l'entretien de panel prévu ce jeudi 19 février à 14h00 : M. Chappuis sera retenu à Zurich toute la semaine.

Votre candidature reste bien entendu à l'étude ; je reviendrai vers vous dès que possible avec de nouvelles disponibilités.

Avec mes excuses,
Delphine Roux-Berset
HR Business Partner – Hôtel Rive Léman
"""
add(msg(RES, "riveleman_cancel_ics", "fr", "Hôtel Rive Léman", "d.rouxberset@riveleman.example.ch",
        ("Delphine Roux-Berset", "d.rouxberset@riveleman.example.ch"),
        "Annulé : Entretien panel - Revenue Analyst @ jeu. 19 févr. 2026 14:00 - 15:30",
        "2026-02-16 08:12 +0100",
        text=_s2, html=outlook_html(mso(_s2)),
        ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000RIVE0117",
             "seq": 1, "start": "2026-02-19 14:00 +0100", "minutes": 90,
             "summary": "Annulé : Entretien panel – Revenue Analyst",
             "location": "Hôtel Rive Léman, salle Salève, Quai du Mont-Blanc 7, Genève",
             "organizer": ("Delphine Roux-Berset", "d.rouxberset@riveleman.example.ch")},
        subj_ew=("iso-8859-1", "Q"), tid="rive-3", re="rive-2"))

# ---------------------------------------------------------------- Aurora moved (answering the candidate)
_s3 = """Hi Solveig,

No problem at all, thanks for flagging it. I've moved your call with Davide to Friday 13 March at 15:00 CET – the Meet link stays the same, and you should receive an updated calendar invitation in a minute.

Sleep well after that night shift!
Giulia
"""
_s3_q = """Dear Giulia,

Thank you for the invitation. Would it be possible to move the call to the afternoon? I finish a night shift at 7:00 on Thursday and would rather not meet Davide half-asleep.

Best regards,
Solveig
"""
add(msg(RES, "aurora_moved_afternoon", "en", "Aurora Hotels", "giulia.ferraris@aurorahotels.example.it",
        ("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Re: Interview invitation: Revenue Coordinator – Aurora Hotels",
        "2026-03-11 09:05 +0100",
        rt=("Giulia Ferraris", "giulia.ferraris@aurorahotels.example.it"),
        text=_s3 + "\n" + wrote("en", "Tue, 10 Mar 2026 at 07:48", "Solveig Marchetti-Dube",
                                CAND[1]) + "\n" + quote(_s3_q),
        tid="aur-4", re="aur-3"))

# ---------------------------------------------------------------- Isar, SEQUENCE bump
_s4 = """Sehr geehrte Frau Marchetti-Dube,

leider muss Herr Hauser am Montag kurzfristig zu einer Eigentümersitzung nach Salzburg. Wir verschieben unser Gespräch daher um einen Tag auf Dienstag, 21. April 2026, 11:00 Uhr – gleicher Ort, gleiche Gesprächspartner.

Die aktualisierte Kalendereinladung ist beigefügt. Ich hoffe, der neue Termin passt Ihnen.

Mit freundlichen Grüßen
Katrin Obermaier
"""
add(msg(RES, "isar_verschoben_seq1", "de", "Isar Residenz Hotels", "k.obermaier@isarresidenz.example.de",
        ("Katrin Obermaier", "k.obermaier@isarresidenz.example.de"),
        "Aktualisiert: Vorstellungsgespräch – neuer Termin 21.04.",
        "2026-04-17 10:44 +0200",
        text=_s4,
        ics={"method": "REQUEST", "uid": "isar-jrm-2026-0420@isarresidenz.example.de", "seq": 1,
             "start": "2026-04-21 11:00 +0200", "minutes": 60,
             "summary": "Vorstellungsgespräch Junior Revenue Manager – Marchetti-Dube",
             "location": "Isar Residenz, Rosenheimer Straße 145, München",
             "organizer": ("Katrin Obermaier", "k.obermaier@isarresidenz.example.de")},
        tid="isar-3", re="isar-2"))

# ---------------------------------------------------------------- Horizon, interviewer ill
_s5 = """Bonjour Solveig,

Mme Lacroix est malheureusement souffrante depuis ce week-end et ne pourra pas assurer l'entretien de demain mardi 21 avril à 10h00. Nous préférons le reporter plutôt que de vous recevoir sans elle.

Je vous propose le mardi 28 avril à la même heure, au même endroit. Pouvez-vous me dire si cela vous convient ?

Toutes nos excuses pour ce report de dernière minute.

Sébastien Morel
Chargé de recrutement – Horizon Part-Dieu Hôtels
"""
add(msg(RES, "horizon_interviewer_ill", "fr", "Horizon Part-Dieu Hôtels",
        "sebastien.morel@horizon-partdieu.example.fr",
        ("Sébastien Morel", "sebastien.morel@horizon-partdieu.example.fr"),
        "Report de votre entretien du 21 avril",
        "2026-04-20 08:05 +0200",
        text=_s5, html=outlook_html(mso(_s5)),
        att=[{"ics": {"method": "REQUEST", "uid": "horizon-rm-20260421@horizon-partdieu.example.fr",
                      "seq": 1, "start": "2026-04-28 10:00 +0200", "minutes": 60,
                      "summary": "Entretien Revenue Manager (reporté)",
                      "location": "129 rue Servient, Lyon",
                      "organizer": ("Sébastien Morel",
                                    "sebastien.morel@horizon-partdieu.example.fr")},
              "name": "entretien-reporte.ics"}],
        tid="hor-3", re="hor-2"))

# ---------------------------------------------------------------- Confluence, calendar update
_s6 = """Bonjour Solveig,

Merci pour votre confirmation. M. Ferrand a dû bloquer sa matinée de jeudi pour une visite de la commission de sécurité ; nous décalons donc notre entretien au vendredi 7 août à 14h00. Le lien Teams reste inchangé.

L'invitation mise à jour suit ce message.

Bien cordialement,
Nadia Benali
"""
add(msg(RES, "confluence_update_seq", "fr", "Confluence Suites", "nadia.benali@confluencesuites.example.fr",
        ("Nadia Benali", "nadia.benali@confluencesuites.example.fr"),
        "Mise à jour : Entretien Revenue & Distribution Manager – ven. 7 août 14:00",
        "2026-08-05 17:26 +0200",
        text=_s6, html=outlook_html(mso(_s6)),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008CONFL0806", "seq": 2,
             "start": "2026-08-07 14:00 +0200", "minutes": 45,
             "summary": "Entretien Revenue & Distribution Manager – S. Marchetti-Dube",
             "location": "Réunion Microsoft Teams",
             "organizer": ("Nadia Benali", "nadia.benali@confluencesuites.example.fr")},
        tid="cf-3", re="cf-2"))

# ---------------------------------------------------------------- StayNest moved
_s7 = """Hi Solveig,

Sorry to do this – Ines has to fly to Barcelona on Thursday for a partner meeting, so we need to shift your call. Would Tuesday 26 May at 16:00 CET work instead? Same length, and I'll send a fresh Zoom link.

Thanks for bearing with us,
Ben
"""
add(msg(RES, "staynest_moved_tuesday", "en", "StayNest", "ben.hartley@staynest.example.com",
        ("Ben Hartley", "ben.hartley@staynest.example.com"),
        "Re: Quick call about Pricing Operations Associate?",
        "2026-05-20 17:48 +0100",
        text=_s7, html=paras(_s7), cte="quoted-printable", tid="sn-3", re="sn-2"))

# ---------------------------------------------------------------- Bellecour, trial day moved
_s8 = """Bonjour Solveig,

Nous devons déplacer votre journée d'immersion : un audit de notre franchiseur tombe le 16 juin et mobilise toute l'équipe revenue.

Nouvelle date proposée : jeudi 18 juin, mêmes horaires (9h00 – 17h00), même lieu. Le programme reste identique.

Merci de nous dire si cela vous convient.

Thomas Giraud
DRH – Maison Bellecour Hospitality
"""
add(msg(RES, "bellecour_immersion_moved", "fr", "Maison Bellecour Hospitality",
        "t.giraud@bellecour-hospitality.example.fr",
        ("Thomas Giraud", "t.giraud@bellecour-hospitality.example.fr"),
        "Changement de date – journée d'immersion",
        "2026-06-12 11:30 +0200",
        text=_s8, cs="windows-1252", cte="quoted-printable", subj_ew=("windows-1252", "B"),
        tid="bc-3", re="bc-2"))

# ---------------------------------------------------------------- Brisa, change of hour (es)
_s9 = """Hola Solveig,

Pau tiene una reunión con propiedad que se ha alargado, así que tenemos que cambiar la hora de tu entrevista de mañana: en lugar de las 10:00, sería a las 12:30, también por videollamada con el mismo enlace.

Perdona el cambio. ¿Te va bien?

Marta
"""
add(msg(RES, "brisa_cambio_hora", "es", "Brisa Mediterránea", "marta.soler@brisamed.example.es",
        ("Marta Soler", "marta.soler@brisamed.example.es"),
        "Cambio de hora – entrevista jueves",
        "2026-06-24 18:02 +0200",
        text=_s9, cs="iso-8859-1", cte="quoted-printable", tid="br-3", re="br-2"))

# ---------------------------------------------------------------- agency, client shifts
_s10 = """Solveig,

Val-Cristal m'appelle : Mme Arnaud a une commission de sécurité lundi après-midi. Ils décalent votre rendez-vous au mercredi 25 février à 11h, même endroit.

Je leur ai dit que ça devrait aller pour vous vu vos repos de la semaine, confirmez-moi vite svp.

Julien
"""
add(msg(RES, "savoietalents_client_shift", "fr", "Station Val-Cristal",
        "julien.mercier@savoietalents.example.fr",
        ("Julien Mercier – Savoie Talents", "julien.mercier@savoietalents.example.fr"),
        "Changement RDV Val-Cristal",
        "2026-02-20 12:15 +0100",
        text=_s10, name_ew=("utf-8", "Q"), tid="sav-3", re="sav-2"))

# ---------------------------------------------------------------- Pistebook, METHOD:CANCEL
_s11 = """This event has been cancelled.

Panel interview – Revenue & Partnerships Analyst
Thursday 17 Sept 2026 14:00 – 15:00 (Central European Time - Paris)

Message from the organiser: Solveig, apologies – our board meeting got moved onto this slot and Sara and I both have to be there. We're not cancelling the process, I'll get back to you with new times early next week. Tom

Invitation from Google Calendar
"""
add(msg(RES, "pistebook_cancel_gcal", "en", "Pistebook", "tom.reynaud@pistebook.example.com",
        ("Tom Reynaud", "tom.reynaud@pistebook.example.com"),
        "Cancelled event: Panel interview – Revenue & Partnerships Analyst @ Thu 17 Sept 2026 14:00 - 15:00 (CEST)",
        "2026-09-16 19:40 +0200",
        text=_s11,
        ics={"method": "CANCEL", "uid": "7kq2p0pbk0917panel@google.com", "prodid": GCAL,
             "seq": 1, "start": "2026-09-17 14:00 +0200", "minutes": 60,
             "summary": "Panel interview – Revenue & Partnerships Analyst",
             "location": "Pistebook office, 3 place Balmat, Chamonix",
             "organizer": ("Tom Reynaud", "tom.reynaud@pistebook.example.com")},
        tid="pb-3", re="pb-2"))

# ---------------------------------------------------------------- Aravis, Teamtailor notice
_s12_body = paras("""Bonjour Solveig,

Votre entretien pour le poste de Responsable Yield a été reprogrammé par l'équipe recrutement.

Nouvel horaire : mardi 28 avril 2026, 09:30 – 10:30
Lieu : Siège Aravis Resorts, La Clusaz

L'ancien créneau (lundi 27 avril, 14:00) n'est plus valable.""") + button(
    "Voir les détails", "https://aravis-resorts.teamtailor.com/meetings/a91f", "#047857")
add(msg(RES, "aravis_teamtailor_rescheduled", "fr", "Groupe Aravis Resorts", "",
        ("Groupe Aravis Resorts", "no-reply@teamtailor-mail.com"),
        "Votre entretien a été reprogrammé",
        "2026-04-24 14:55 +0200",
        html=ats_card("Aravis Resorts", "#047857", _s12_body,
                      "Cet e-mail a été envoyé via Teamtailor. Merci de ne pas y répondre."),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="ara-2", re="ara-1"))

# ---------------------------------------------------------------- Alpenglück, moved because ill (de)
_s13 = """Liebe Frau Marchetti-Dube,

unser Revenue Director, Herr Steiner, ist leider erkrankt und diese Woche nicht im Haus. Ohne ihn macht der Hospitationstag am Montag wenig Sinn.

Können wir den Termin auf Donnerstag, 23. Juli, gleiche Uhrzeit, verlegen? Alles andere bleibt wie besprochen.

Herzliche Grüße
Sabine Wurzer
"""
_s13_q = """Liebe Frau Wurzer,

sehr gern bestätige ich den Hospitationstag am 20. Juli. Ich freue mich darauf!

Viele Grüße
Solveig Marchetti-Dube
"""
add(msg(RES, "alpengluck_verlegt_krank", "de", "Alpenglück Hotelgruppe", "s.wurzer@alpengluck.example.de",
        ("Sabine Wurzer", "s.wurzer@alpengluck.example.de"),
        "AW: Einladung zum Hospitationstag am 20. Juli",
        "2026-07-15 08:20 +0200",
        text=_s13 + "\n" + outlook_block("de", "Solveig Marchetti-Dube <solveig.md@example.fr>",
                                         "Montag, 13. Juli 2026 21:05",
                                         "Sabine Wurzer <s.wurzer@alpengluck.example.de>",
                                         "Re: Einladung zum Hospitationstag am 20. Juli", _s13_q),
        tid="ag-2", re="ag-1"))

# ---------------------------------------------------------------- Semnoz, trial cancelled, not rejected
_s14 = """Bonjour Solveig,

Je dois annuler votre journée d'essai de jeudi : nous avons appris hier la visite de l'inspecteur du classement Atout France ce même jour, et je ne pourrai pas vous consacrer le temps prévu.

Ce n'est que partie remise, votre candidature nous intéresse toujours. Je vous rappelle en début de semaine prochaine pour fixer une autre date.

Claire Vuillermoz
Hôtel du Semnoz
"""
add(msg(RES, "semnoz_trial_cancelled", "fr", "Hôtel du Semnoz", "claire.vuillermoz@hotelsemnoz.example.fr",
        ("Claire Vuillermoz", "claire.vuillermoz@hotelsemnoz.example.fr"),
        "Annulation journée d'essai de jeudi",
        "2026-10-08 09:02 +0200",
        text=_s14, cte="base64", tid="sem-2", re="sem-1"))

# ---------------------------------------------------------------- Glacier Rooms, move to Monday
_s15 = """Hi Solveig,

Annoying news, Thursday doesn't work anymore – the owners have called a budget meeting at 10. Could we do Monday 13 July at 11:00 instead, same place?

Hannah
"""
_s15_q = """Hi Hannah,

Thursday at 11 works perfectly, I'll come to the office. Thank you!

Solveig
"""
add(msg(RES, "glacierrooms_monday_instead", "en", "Glacier Rooms", "hannah@glacierrooms.example.ch",
        ("Hannah Keller", "hannah@glacierrooms.example.ch"),
        "Re: Coffee Thursday?",
        "2026-07-08 07:55 +0200",
        text=_s15 + "\n" + wrote("en", "Mon, 6 Jul 2026 at 12:40", "Solveig Marchetti-Dube",
                                 CAND[1]) + "\n" + quote(_s15_q),
        tid="gr-2", re="gr-1"))

# ======================================================================== missed interviews

# ---------------------------------------------------------------- Mont-Blanc Lodges, waited on Teams
_m1 = """Bonjour Solveig,

Nous vous avons attendue ce matin à 10h sur Teams, sans nouvelles de votre part. J'ai patienté un quart d'heure avant de fermer la réunion.

J'imagine qu'il y a eu un empêchement. Faites-moi signe.

Élodie Charlet
Directrice des opérations – Mont-Blanc Lodges
"""
add(msg(MIS, "mblodges_waited_teams", "fr", "Mont-Blanc Lodges", "elodie.charlet@mblodges.example.fr",
        ("Élodie Charlet", "elodie.charlet@mblodges.example.fr"),
        "Entretien de ce matin",
        "2026-05-07 10:41 +0200",
        text=_m1, name_ew=("iso-8859-1", "Q"), tid="mbl-2", re="mbl-1"))

# ---------------------------------------------------------------- Alpes Séjours, called twice
_m2 = """Bonjour Madame Marchetti-Dube,

J'ai essayé de vous appeler deux fois à 10h00 comme convenu, puis à 10h10, sans réponse (messagerie pleine).

Je considère que notre point téléphonique n'a pas pu avoir lieu. Si vous êtes toujours intéressée, rappelez-moi au 04 76 87 52 30.

Karim Haddad
Alpes Séjours
"""
add(msg(MIS, "alpessejours_called_twice", "fr", "Alpes Séjours", "karim.haddad@alpessejours.example.fr",
        ("Karim Haddad", "karim.haddad@alpessejours.example.fr"),
        "Notre appel de ce matin",
        "2026-01-29 10:26 +0100",
        text=_m2, tid="as-2", re="as-1"))

# ---------------------------------------------------------------- Yieldwise, waited on Zoom
_m3 = """Hi Solveig,

I was on the Zoom for our intro call at 16:00 today and waited about 15 minutes, but you didn't join. I hope everything is OK.

If you're still interested in the Revenue Analyst role, reply here and we'll see what we can do – though our calendar is getting tight.

Priya Nair
Talent, Yieldwise
"""
add(msg(MIS, "yieldwise_waited_zoom", "en", "Yieldwise", "priya.nair@yieldwise.example.io",
        ("Priya Nair", "priya.nair@yieldwise.example.io"),
        "We missed you today",
        "2026-03-03 16:22 +0000",
        text=_m3, html=paras(_m3), tid="yw-2", re="yw-1"))

# ---------------------------------------------------------------- Oréade, absent at assessment
_m4 = """Bonjour Solveig,

Vous étiez inscrite à notre assessment center de ce mercredi 8 avril à 9h00. Vous n'étiez pas présente à l'accueil et nous n'avons reçu aucun message de votre part ; la journée s'est donc déroulée sans vous.

Si un imprévu vous a empêchée de venir, merci de nous le signaler par retour de mail.

Camille Vasseur
Talent Acquisition – Hôtels Oréade
"""
add(msg(MIS, "oreade_absent_assessment", "fr", "Hôtels Oréade", "camille.vasseur@oreade.example.fr",
        ("Camille Vasseur", "camille.vasseur@oreade.example.fr"),
        "Assessment center du 8 avril – absence",
        "2026-04-08 12:10 +0200",
        text=_m4, html=outlook_html(mso(_m4)), tid="ore-3", re="ore-2"))

# ---------------------------------------------------------------- agency: client says no-show
_m5 = """Hi Solveig,

I've just had Chiara from Piemonte Travel Lab on the phone – she and Luca were on the Zoom at 09:30 and you didn't show. Has something happened? I couldn't get through on your mobile either.

Please give me a call as soon as you can so I can explain to them.

Olivia
HospitalityHire Europe
"""
add(msg(MIS, "hospitalityhire_no_show", "en", "Piemonte Travel Lab",
        "olivia.brandt@hospitalityhire.example.co.uk",
        ("Olivia Brandt", "olivia.brandt@hospitalityhire.example.co.uk"),
        "Piemonte call this morning?",
        "2026-05-13 10:25 +0100",
        text=_m5, tid="hh-3", re="hh-2"))

# ---------------------------------------------------------------- Bavaria Stay, not reachable (de)
_m6 = """Hallo Frau Marchetti-Dube,

wir waren heute um 14 Uhr zu einem Telefoninterview verabredet. Ich habe Sie zweimal unter der angegebenen Nummer angerufen, Sie aber leider nicht erreicht.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir.

Beste Grüße
Lena Vogt
Recruiting · Bavaria Stay Apartments
"""
add(msg(MIS, "bavariastay_nicht_erreicht", "de", "Bavaria Stay Apartments", "lena.vogt@bavariastay.example.de",
        ("Lena Vogt", "lena.vogt@bavariastay.example.de"),
        "Unser Telefontermin heute",
        "2026-09-24 14:35 +0200",
        text=_m6, cte="base64", tid="bs-2", re="bs-1"))

# ---------------------------------------------------------------- ReservaSol, no connection (es)
_m7 = """Hola Solveig,

Esta mañana a las 9:30 te esperamos en la videollamada para la entrevista de Analista de Revenue, pero no conseguimos conectar contigo. Tampoco contestabas al móvil.

Si ha sido un problema técnico o un imprevisto, escríbeme y vemos qué hacemos.

Saludos,
Andrés Ibarra
Talento · ReservaSol
"""
add(msg(MIS, "reservasol_no_conectar", "es", "ReservaSol", "andres.ibarra@reservasol.example.es",
        ("Andrés Ibarra", "andres.ibarra@reservasol.example.es"),
        "Entrevista de esta mañana",
        "2026-04-28 10:12 +0200",
        text=_m7, html=paras(_m7), name_ew=("iso-8859-1", "B"), tid="rs-1"))

# ---------------------------------------------------------------- Réservalp, waited on Meet
_m8 = """Solveig, on t'a attendue sur Meet à 11h avec Mathieu, personne… Tout va bien ?

Bastien
"""
add(msg(MIS, "reservalp_waited_meet", "fr", "Réservalp", "bastien@reservalp.example.fr",
        ("Bastien Collomb", "bastien@reservalp.example.fr"),
        "Re: Pricing analyst – on s'appelle ?",
        "2026-06-19 11:24 +0200",
        text=_m8, tid="rsv-3", re="rsv-2"))

# ---------------------------------------------------------------- Northwind, tried reaching (en)
_m9 = """Hello Solveig,

I tried reaching you at 9:00 CET this morning for our scheduled screening call, twice, with no answer, and left a voicemail.

I'll keep your application open until Wednesday. If you'd still like to be considered for the Assistant Director of Revenue role, please book a new slot through the candidate portal.

Regards,
Rachel Ocampo
Senior Recruiter, Northwind Resorts
"""
add(msg(MIS, "northwind_no_answer", "en", "Northwind Resorts", "rachel.ocampo@northwindresorts.example.com",
        ("Rachel Ocampo", "rachel.ocampo@northwindresorts.example.com"),
        "Missed screening call – Assistant Director of Revenue",
        "2026-06-29 09:40 +0200",
        text=_m9, html=outlook_html(mso(_m9), "en"), tid="nw-2", re="nw-1"))

# ---------------------------------------------------------------- head-hunter, waited at office
_m10 = """Chère Madame,

Je vous attendais à notre bureau à 15h00 pour la présentation de la mission. Sauf erreur de ma part, vous ne vous êtes pas présentée et je n'ai pas reçu de message.

Je reste disponible pour un appel si vous le souhaitez.

Isabelle Rochat
Vallet & Rochat Executive Search
"""
add(msg(MIS, "valletrochat_waited_office", "fr", "Vallet & Rochat", "i.rochat@valletrochat.example.ch",
        ("Isabelle Rochat", "i.rochat@valletrochat.example.ch"),
        "Notre rendez-vous de cet après-midi",
        "2026-03-24 15:52 +0100",
        text=_m10, cs="windows-1252", cte="quoted-printable", tid="vr-2", re="vr-1"))
