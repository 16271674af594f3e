"""Corpus 177, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from msgs177_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ats_card,
    button,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)
from msgs177_other import REQ_BELLERADE

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


# ================================================================ invitations, fr

_stroch_inv = """Bonjour Madame Brunetti-Okafor,

Votre candidature au poste de coordinatrice bio-nettoyage et logistique hôtelière a retenu notre attention. Nous avons le plaisir de vous convier à un entretien avec un jury composé de Mme Laurent, cadre supérieure de santé, de M. Aït-Saïd, responsable logistique, et de moi-même.

Date : mardi 10 février 2026, de 14h00 à 15h00
Lieu : Clinique Saint-Roch Lumière, bâtiment B, 2e étage, salle Frioul
45 boulevard Baille, 13005 Marseille

Merci de confirmer votre présence en acceptant l'invitation ci-jointe et de vous munir d'une pièce d'identité pour l'accueil.

Sandrine Ollivier
Chargée de recrutement – Direction des ressources humaines
Clinique Saint-Roch Lumière
04 91 80 44 27"""
add(
    kind=INV, slug="stroch_panel_ics", lang="fr", company="Clinique Saint-Roch Lumière",
    contact="s.ollivier@stroch-lumiere.example.fr",
    frm=("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr"),
    subject="Invitation : Entretien – Coordinatrice bio-nettoyage (mar. 10 févr. 14:00)",
    date="2026-02-03 11:05 +0100", reply="own_application_stroch",
    text=_stroch_inv, html=outlook_html(mso(_stroch_inv)),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071C2A3F1@stroch-lumiere",
             "seq": 0, "start": "2026-02-10 14:00", "minutes": 60,
             "summary": "Entretien – Coordinatrice bio-nettoyage",
             "location": "Clinique Saint-Roch Lumière, bât. B, salle Frioul",
             "organizer": ("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr")},
)

add(
    kind=INV, slug="riviera_aero_phone_ask", lang="fr", company="Riviera Aéroservices",
    contact="julien.marchetti@riviera-aeroservices.example.fr",
    frm=("Julien Marchetti", "julien.marchetti@riviera-aeroservices.example.fr"),
    subject="Chef d'équipe propreté aérogare – premier échange",
    date="2026-03-09 09:40 +0100", reply="riviera_aero_icims_ack",
    text="""Bonjour Madame,

J'ai bien lu votre candidature pour le poste de chef d'équipe propreté aérogare et j'aimerais en discuter avec vous.

Seriez-vous disponible jeudi 12 mars à 10h pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous appellerai sur le 06 71 24 58 09 indiqué sur votre CV. Si l'horaire ne convient pas, proposez-moi simplement un autre moment cette semaine.

Bien cordialement,

Julien Marchetti
Chargé de recrutement
Riviera Aéroservices – Aéroport Nice Côte d'Azur, Terminal 2, 06200 Nice
Tél. 04 93 21 67 05
""",
)

_gest_inv = """Bonjour Madame Brunetti-Okafor,

Suite à votre candidature pour le poste de coordinatrice services généraux de nos résidences, je vous propose un entretien en visioconférence avec M. Garnier, directeur de l'exploitation, et moi-même :

mardi 8 septembre, de 11h00 à 11h45
lien Microsoft Teams : https://teams.example.com/l/meetup-join/19%3ameeting_gestimmo0908

Pensez à tester votre micro et votre caméra un peu avant. Merci de me confirmer que ce créneau vous convient.

Bien cordialement,
Aurélie Vasseur
Responsable RH - Gestimmo Rhône
27 quai Pierre-Scize, 69009 Lyon
04 78 39 12 66"""
add(
    kind=INV, slug="gestimmo_teams_invite", lang="fr", company="Gestimmo Rhône",
    contact="a.vasseur@gestimmo-rhone.example.fr",
    frm=("Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr", "iso-8859-1:Q"),
    subject="Entretien – Coordinatrice services généraux",
    date="2026-09-01 10:20 +0200", charset="iso-8859-1", cte="quoted-printable",
    text=_gest_inv, html=simple_html(paras(_gest_inv)),
)

_gest_apology = """Bonjour Madame Vasseur,

Je suis vraiment désolée : mon ordinateur a refusé de lancer Teams ce matin et je n'avais pas votre numéro sous la main pour vous prévenir. Je reste très motivée par le poste et je serais reconnaissante si vous pouviez m'accorder un autre créneau.

Bien cordialement,
Maëlle Brunetti-Okafor"""
_gest_missed = """Bonjour Madame Brunetti-Okafor,

Nous vous avons attendue sur Teams ce matin de 11h00 à 11h15 avec M. Garnier, sans vous voir vous connecter. Peut-être un souci technique ? Dites-moi si vous souhaitez fixer un autre moment.

Aurélie Vasseur"""
add(
    kind=INV, slug="gestimmo_second_chance", lang="fr", company="Gestimmo Rhône",
    contact="a.vasseur@gestimmo-rhone.example.fr",
    frm=("Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr", "iso-8859-1:Q"),
    subject="RE: Entretien manqué ce matin",
    date="2026-09-09 09:05 +0200", reply="<CAM177.gestimmo.apology.0908@mail.example.fr>",
    text=f"""Bonjour Maëlle,

Pas de souci, ça arrive à tout le monde. Pour éviter les surprises, je vous propose de venir directement à l'agence : mardi 15 septembre à 14h00, 27 quai Pierre-Scize, 3e étage. M. Garnier sera présent.

Mon portable, pour la prochaine fois : 06 48 20 93 17.

À mardi,
Aurélie Vasseur

{wrote("fr", "mar. 8 sept. 2026 à 13:05", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_gest_apology + chr(10) + chr(10) + wrote("fr", "mar. 8 sept. 2026 à 11:20", "Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr") + chr(10) + quote(_gest_missed))}
""",
)

_bellerade_inv = """Chère Madame,

Nous avons bien étudié votre candidature au poste d'assistante gouvernante générale et serions heureux de vous rencontrer.

Je vous propose un entretien le mardi 11 août à 15h00 à l'hôtel, en présence de notre gouvernante générale, Mme Pastor. Merci de vous présenter à l'entrée du personnel, avenue de la Costa, et de demander le service des ressources humaines.

Dans l'attente de votre confirmation, je vous prie d'agréer mes salutations distinguées.

Giulia Ferrero-Maurin
Directrice des ressources humaines
Hôtel Belle Rade Monte-Carlo
+377 97 70 41 12"""
add(
    kind=INV, slug="bellerade_invite", lang="fr", company="Hôtel Belle Rade Monte-Carlo",
    contact="g.ferrero@bellerade.example.mc",
    frm=("Giulia Ferrero-Maurin", "g.ferrero@bellerade.example.mc"),
    subject="Votre candidature – rendez-vous à l'hôtel",
    date="2026-08-03 11:30 +0200", text=_bellerade_inv, html=simple_html(paras(_bellerade_inv)),
)

add(
    kind=INV, slug="helvetic_client_interview", lang="fr", company="Clinique du Léman Ouest",
    contact="l.favre@helvetic-interim.example.ch",
    frm=("Laurent Favre | Helvetic Intérim Santé", "l.favre@helvetic-interim.example.ch"),
    subject="Clinique du Léman Ouest – entretien mercredi 8 juillet",
    date="2026-07-01 16:15 +0200", cte="8bit",
    text="""Bonjour Madame Brunetti-Okafor,

Bonne nouvelle : la Clinique du Léman Ouest souhaite vous rencontrer pour le poste de responsable intendance et hygiène que nous vous avons présenté.

L'entretien aura lieu le mercredi 8 juillet à 14h00, sur place, avec Mme Zufferey, directrice des soins, et M. Cretton, chef des services hôteliers.
Adresse : route de Chancy 210, 1213 Onex (bus 14, arrêt Onex-Cité).

Je vous appelle vendredi pour le préparer ensemble. N'oubliez pas votre permis de séjour ou la copie de votre demande de permis G.

Meilleures salutations,

Laurent Favre
Conseiller en personnel
Helvetic Intérim Santé SA – Rue du Rhône 65 – 1204 Genève
+41 22 310 77 45

Ce message est confidentiel. S'il ne vous est pas destiné, merci de le détruire et d'en informer l'expéditeur.
""",
)

_jardins_inv = """Bonjour Maëlle,

Suite à notre entretien téléphonique, nous aimerions vous faire découvrir le poste de coordinatrice hôtelière en conditions réelles.

Nous vous proposons une journée d’immersion le mardi 21 avril, de 7h00 à 15h00, à la résidence Les Jardins d’Ambroise d’Aix-en-Provence (140 chemin de la Torse). Vous suivrez l’équipe du matin, puis vous participerez à la réunion de coordination avec l’infirmière coordinatrice. Une tenue vous sera fournie ; prévoyez des chaussures fermées.

Le repas de midi est pris en charge. Merci de me confirmer votre venue.

Céline Mouret
Directrice de résidence
Les Jardins d’Ambroise – Aix-en-Provence
04 42 27 65 10"""
add(
    kind=INV, slug="jardins_trial_day", lang="fr", company="Les Jardins d'Ambroise",
    contact="c.mouret@jardins-ambroise.example.fr",
    frm=("Céline Mouret", "c.mouret@jardins-ambroise.example.fr", "iso-8859-1:Q"),
    subject="Journée d’immersion – coordinatrice hôtelière",
    date="2026-04-14 13:22 +0200", charset="windows-1252", cte="quoted-printable",
    text=_jardins_inv,
)

add(
    kind=INV, slug="technis_casual_coffee", lang="fr", company="Technis Services Bâtiment",
    contact="franck.delorme@technis-sb.example.fr",
    frm=("Franck Delorme", "franck.delorme@technis-sb.example.fr"),
    subject="Votre CV – on en parle ?",
    date="2026-03-23 18:40 +0100", cte="8bit",
    text="""Bonsoir Maëlle,

Votre CV m'est arrivé par Julie, de l'agence d'intérim. Le passage du ménage hospitalier à la coordination, c'est exactement ce qu'on cherche pour nos sites de santé à Lyon.

Vous seriez libre jeudi matin pour qu'on en parle autour d'un café ? Je suis à notre agence de Gerland, 12 rue Marcel-Mérieux. 9h30, ça vous irait ? Sinon dites-moi ce qui vous arrange.

Franck Delorme
Responsable de secteur santé – Technis Services Bâtiment
06 30 72 41 58
""",
)

_promenade_inv = """Bonjour Maëlle,

Merci pour votre candidature au poste de Coordinatrice des services d'étage. Lucas Bensimon, directeur d'hébergement, souhaite échanger avec vous lors d'un entretien vidéo de 30 minutes.

Choisissez le créneau qui vous convient parmi ses disponibilités de la semaine prochaine en cliquant sur le bouton ci-dessous. Vous recevrez ensuite une confirmation avec le lien de connexion.

À bientôt,
L'équipe recrutement de la Résidence Hôtelière Promenade"""
add(
    kind=INV, slug="promenade_recruitee_link", lang="fr", company="Résidence Hôtelière Promenade",
    contact="",
    frm=("Résidence Hôtelière Promenade", "noreply@jobs.recruitee.com"),
    subject="Planifiez votre entretien avec la Résidence Hôtelière Promenade",
    date="2026-08-24 08:00 +0000",
    html=ats_card("Résidence Hôtelière Promenade", "#0e7490", "Planifiez votre entretien",
                  paras(_promenade_inv) + button("Choisir un créneau",
                  "https://promenade.recruitee.com/o/coordinatrice-etages/schedule/5f2a91"),
                  "Envoyé via Recruitee · Résidence Hôtelière Promenade, Nice"),
    headers=[("Auto-Submitted", "auto-generated")],
)

_syndic_inv = """Madame,

Je vous confirme notre rendez-vous pour le poste de coordinatrice technique des copropriétés : entretien avec Mme Giraud, gestionnaire principale, et moi-même, le jeudi 8 octobre de 10h à 11h, dans nos bureaux du boulevard Longchamp.

Vous trouverez l’invitation dans votre agenda. N’hésitez pas à m’appeler si besoin.

Cordialement,

Frédéric Castellane
Directeur de l’exploitation
Syndic Horizon Provence SAS – 41 boulevard Longchamp – 13001 Marseille
Tél. 04 91 50 27 83"""
add(
    kind=INV, slug="syndic_panel_ics", lang="fr", company="Syndic Horizon Provence",
    contact="f.castellane@horizon-provence.example.fr",
    frm=("Frédéric Castellane", "f.castellane@horizon-provence.example.fr", "iso-8859-1:Q"),
    subject="Entretien – coordinatrice technique des copropriétés",
    date="2026-10-01 09:10 +0200", reply="own_application_syndic",
    text=_syndic_inv, html=outlook_html(mso(_syndic_inv)),
    ics={"method": "REQUEST", "uid": "horizon-provence-entretien-20261008@horizon-provence.example.fr",
             "seq": 0, "start": "2026-10-08 10:00", "minutes": 60,
             "summary": "Entretien Mme Brunetti-Okafor – coordinatrice technique",
             "location": "41 bd Longchamp, 13001 Marseille – salle de réunion",
             "organizer": ("Frédéric Castellane", "f.castellane@horizon-provence.example.fr"),
             "cte": "quoted-printable"},
)

add(
    kind=INV, slug="mfb_visio", lang="fr", company="Monaco Facility Bureau",
    contact="s.gastaud@mfb.example.mc",
    frm=("Stéphane Gastaud", "s.gastaud@mfb.example.mc"),
    reply_to=("Stéphane Gastaud", "s.gastaud@mfb.example.mc"),
    subject="Entretien en visioconférence – Responsable d'exploitation adjointe",
    date="2026-06-22 10:02 +0200", cte="base64",
    text="""Madame Brunetti-Okafor,

Pour faire suite à votre candidature, je vous propose un premier entretien en visioconférence le lundi 29 juin à 11h00 (durée : 45 minutes environ).

Lien Zoom : https://zoom.example.com/j/8841203377?pwd=MFB2026
Identifiant : 884 120 3377 – code : 629410

Nous parlerons de votre expérience hospitalière, de la gestion des plannings et du suivi des prestataires sur nos immeubles de bureaux de Fontvieille.

Bien à vous,
Stéphane Gastaud
Directeur d'exploitation
Monaco Facility Bureau – 9 rue Grimaldi, MC 98000 Monaco
+377 93 25 61 08
""",
)

add(
    kind=INV, slug="pts_practical_test", lang="fr", company="Port de Toulon Services",
    contact="h.aubert@pts-toulon.example.fr",
    frm=("Hélène Aubert", "h.aubert@pts-toulon.example.fr", "utf-8:B"),
    subject="Convocation – mise en situation chef d'équipe nettoyage",
    date="2026-05-04 14:51 +0200",
    text="""Madame,

Suite à votre entretien téléphonique avec notre responsable d'exploitation, nous avons le plaisir de vous convier à une mise en situation professionnelle pour le poste de chef d'équipe nettoyage des terminaux passagers.

Date : mardi 12 mai 2026, 8h30 – 10h30
Lieu : gare maritime de Toulon, entrée du personnel (quai Cronstadt), demander Mme Aubert

Au programme : organisation d'une rotation de nettoyage entre deux escales de ferry, contrôle qualité d'une zone, puis un court échange avec l'équipe.

Merci de confirmer votre présence par retour de mail.

Hélène Aubert
Ressources humaines – Port de Toulon Services
04 94 41 03 70
""",
)

add(
    kind=INV, slug="verdier_bellecour_interview", lang="fr", company="Résidences Bellecour",
    contact="elodie.verdier@verdier-associes.example.fr",
    frm=("Élodie Verdier", "elodie.verdier@verdier-associes.example.fr", "utf-8:B"),
    subject="Rendez-vous Résidences Bellecour – mercredi 3 juin",
    date="2026-05-26 17:34 +0200",
    text="""Bonjour Maëlle,

Les Résidences Bellecour ont lu votre dossier et souhaitent vous rencontrer pour le poste de coordinatrice des services aux résidents.

Rendez-vous le mercredi 3 juin à 10h00, 14 place Bellecour (interphone « Direction »), avec M. Reynaud, directeur du patrimoine.

Je vous appelle jeudi en fin de journée pour préparer l'entretien : leurs attentes, les questions qu'il pose souvent, et la fourchette de salaire.

Élodie Verdier
Cabinet Verdier & Associés – recrutement services généraux
6 rue Grenette, 69002 Lyon
06 62 18 40 93
""",
)

# ================================================================ invitations, en

_navigli_link = """Hi Maëlle,

Thanks for your application for Facilities Coordinator (English-speaking) at Navigli Facility Partners. We'd like to invite you to a 45-minute video interview with Marco Ruggeri, our Operations Director, and myself.

Please use the link below to pick a time that works for you. The interview will be in English.

https://app.greenhouse.io/scheduling/navigli/7c1e3b90?candidate=brunetti-okafor

Best,
Chiara Bellandi
Talent Partner, Navigli Facility Partners"""
add(
    kind=INV, slug="navigli_greenhouse_link", lang="en", company="Navigli Facility Partners",
    contact="chiara.bellandi@navigli-fp.example.it",
    frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
    subject="Interview invitation: Facilities Coordinator (English-speaking)",
    date="2026-06-08 09:12 +0000", reply="navigli_greenhouse_ack",
    text=_navigli_link, html=simple_html(paras(_navigli_link), lang="en"),
)

add(
    kind=INV, slug="kestrel_larvotto_interview", lang="en", company="Larvotto Gardens Residences",
    contact="oliver.hastings@kestrel-search.example.co.uk",
    frm=("Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk"),
    subject="Larvotto Gardens would like to meet you",
    date="2026-03-25 10:30 +0000", reply="kestrel_cold_approach", cte="7bit",
    text="""Hi Maelle,

Good news - Larvotto Gardens Residences would like to meet you for the Residence Services Coordinator role.

They've proposed Thursday 2 April at 11:00 Monaco time, by video, with Aurelia Bosio, their Head of Residence Services. It should last about an hour; expect questions on rota planning, contractor oversight and how you handle residents' complaints.

Can you confirm by tomorrow? I'll send the Teams link once you do, and we can have a 15-minute prep call on Wednesday.

Best,
Oliver

Oliver Hastings | Principal Consultant, Facilities & Hospitality
Kestrel Search Partners | 22 Bedford Row, London WC1R 4JS
+44 20 7946 0318
""",
)

_lakeview = """Dear Maëlle,

Thank you for your application for the post of Facilities and Housekeeping Coordinator. I am pleased to invite you to a panel interview at the school.

Date: Tuesday 2 June 2026, 10:00 – 11:00
Place: Lakeview International School, Admin Building, Room A12, Route de Lausanne 301, 1293 Bellevue
Panel: Mr Daniel Kessler (Bursar), Ms Anouk Perrin (Head of Estates) and myself

A calendar invitation is attached. Please bring a photo ID, as all visitors are signed in at reception.

With best regards,
Helen Marsh
HR Officer
Lakeview International School
+41 22 959 12 40"""
add(
    kind=INV, slug="lakeview_panel_ics", lang="en", company="Lakeview International School",
    contact="h.marsh@lakeview-school.example.ch",
    frm=("Helen Marsh", "h.marsh@lakeview-school.example.ch"),
    subject="Panel interview – Facilities and Housekeeping Coordinator",
    date="2026-05-25 14:20 +0200", text=_lakeview, html=simple_html(paras(_lakeview), "en"),
    ics={"method": "REQUEST", "uid": "lakeview-panel-20260602-1000@lakeview-school.example.ch",
             "seq": 0, "start": "2026-06-02 10:00", "minutes": 60, "tz": "Europe/Zurich",
             "summary": "Panel interview – M. Brunetti-Okafor",
             "location": "Admin Building, Room A12",
             "organizer": ("Helen Marsh", "h.marsh@lakeview-school.example.ch"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
)

add(
    kind=INV, slug="lombardy_phone_screen", lang="en", company="Lombardy Airport Services",
    contact="davide.sala@lombardy-airport.example.it",
    frm=("Davide Sala", "davide.sala@lombardy-airport.example.it"),
    subject="Terminal Cleaning Supervisor – quick call?",
    date="2026-02-16 10:05 +0100",
    text="""Dear Ms Brunetti-Okafor,

Thank you for applying for the Terminal Cleaning Supervisor position at Lombardy Airport Services.

Would you be available for a 20-minute phone call on Thursday 19 February at 10:00 CET? I would call you on +33 6 71 24 58 09. We would talk through your experience with cleaning teams in a 24/7 environment and your availability for shift work.

Kind regards,
Davide Sala
HR Business Partner
Lombardy Airport Services
""",
)

add(
    kind=INV, slug="brightwater_casual_chat", lang="en", company="Brightwater Property Management",
    contact="tom@brightwater-pm.example.it",
    frm=("Tom Reilly", "tom@brightwater-pm.example.it"),
    subject="Thursday", date="2026-05-20 17:50 +0200", cte="7bit",
    text="""Hi Maelle,

Saw your CV come through for the building services coordinator job - liked the hospital background.

Are you free Thursday next week (the 28th) to chat? Happy to do a coffee near Porta Romana if you're in Milan, or a quick call if you're still in Marseille. Morning works best for me.

Cheers,
Tom Reilly
Brightwater Property Management | Milano
""",
)

_yacht = """Hi Maëlle,

Thank you for applying for Interior Services Coordinator at Riviera Superyacht Services. We'd love to get to know you better.

Please book a 30-minute Zoom interview with our Head of Interiors, Sienna Marlowe, using the link below. Slots are available from Monday 13 to Thursday 16 July.

Book your interview: https://jobs.ashbyhq.com/riviera-superyacht/interview/book/a81f2c

If none of the times suit you, just reply to this email.

Jasper Nield
Crew & Shore Recruitment, Riviera Superyacht Services"""
add(
    kind=INV, slug="yacht_ashby_link", lang="en", company="Riviera Superyacht Services",
    contact="jasper@riviera-superyacht.example.mc",
    frm=("Riviera Superyacht Services", "no-reply@ashbyhq.com"),
    reply_to=("Jasper Nield", "jasper@riviera-superyacht.example.mc"),
    subject="Book your interview – Interior Services Coordinator",
    date="2026-07-06 08:00 +0000", text=_yacht,
    html=ats_card("Riviera Superyacht Services", "#111827", "Book your interview",
                  paras(_yacht), "Sent with Ashby", lang="en"),
)

_brera_inv = """Dear Maëlle Brunetti-Okafor,

We are pleased to invite you to the assessment morning for the position of Environmental Services Coordinator (Req 2026-118).

When: Wednesday 29 April 2026, 08:30 – 12:30
Where: Clinica Internazionale Brera, Via Solferino 40, Milano – Training Room, ground floor

The morning includes a group exercise, a practical audit of a ward with our infection-control nurse, and a short individual interview. Please wear comfortable shoes.

Please confirm your attendance by replying to Elena Ricci.

Human Resources
Clinica Internazionale Brera"""
add(
    kind=INV, slug="brera_assessment_day", lang="en", company="Clinica Internazionale Brera",
    contact="e.ricci@clinica-brera.example.it",
    frm=("Clinica Internazionale Brera", "careers-brera@talent.icims.com"),
    reply_to=("Elena Ricci", "e.ricci@clinica-brera.example.it"),
    subject="Assessment morning – Environmental Services Coordinator",
    date="2026-04-22 08:10 +0000", reply="brera_icims_ack",
    text=_brera_inv,
    html=ats_card("Clinica Internazionale Brera", "#9f1239", "Assessment morning invitation",
                  paras(_brera_inv), "Powered by iCIMS", lang="en"),
)

# ================================================================ invitations, es

_mirador_inv = """Hola Maëlle:

Gracias por tu candidatura al puesto de coordinadora de pisos y limpieza. Nos gustaría conocerte en persona.

Te proponemos una entrevista el martes 19 de mayo a las 11:00 en el hotel (Passeig de Joan de Borbó 63, entrada de personal por el lateral), con nuestra gobernanta general, Rosa Vidal, y conmigo.

Te envío la convocatoria en el calendario. Si no te va bien, dime qué otro momento de esa semana te encaja.

Un saludo,
Marta Casals Roig
Responsable de Personas
Hotel Mirador del Port – Barcelona
+34 932 21 09 77"""
add(
    kind=INV, slug="mirador_invite_ics", lang="es", company="Hotel Mirador del Port",
    contact="mcasals@miradordelport.example.es",
    frm=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="Entrevista – Coordinadora de pisos y limpieza",
    date="2026-05-11 12:00 +0200", reply="mirador_ack_human",
    text=_mirador_inv, html=simple_html(paras(_mirador_inv), "es"),
    ics={"method": "REQUEST", "uid": "mirador-entrevista-0519@miradordelport.example.es", "seq": 0,
             "start": "2026-05-19 11:00", "minutes": 45, "tz": "Europe/Madrid",
             "summary": "Entrevista Maëlle Brunetti-Okafor",
             "location": "Hotel Mirador del Port – sala Llevant",
             "organizer": ("Marta Casals Roig", "mcasals@miradordelport.example.es")},
)

add(
    kind=INV, slug="marimuntanya_invite", lang="es", company="Hospital Mar i Muntanya",
    contact="nferrer@hmarimuntanya.example.es",
    frm=("Núria Ferrer Vila", "nferrer@hmarimuntanya.example.es"),
    subject="Convocatoria a entrevista – Coordinadora de limpieza hospitalaria",
    date="2026-06-15 09:30 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Brunetti-Okafor:

Nos complace convocarla a una entrevista presencial para el puesto de coordinadora de limpieza hospitalaria.

Fecha: martes 23 de junio de 2026, a las 10:00 h
Lugar: Hospital Mar i Muntanya, edificio de Dirección, 2.ª planta (Passeig Marítim 82, Barcelona)
Entrevistadoras: Sra. Laia Pujol, directora de Servicios Generales, y yo misma

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Núria Ferrer Vila
Responsable de Selección
Hospital Mar i Muntanya
""",
)

add(
    kind=INV, slug="talentia_fincas_interview", lang="es", company="Gestión de Fincas Diagonal",
    contact="jordi.pons@talentia-temporal.example.es",
    frm=("Jordi Pons", "jordi.pons@talentia-temporal.example.es"),
    subject="Entrevista con Gestión de Fincas Diagonal",
    date="2026-02-23 16:05 +0100", reply="talentia_registration", cte="8bit",
    text="""Hola Maëlle,

¡Buenas noticias! Gestión de Fincas Diagonal quiere conocerte para la coordinación de conserjes y limpieza de sus comunidades.

Te esperan el jueves 26 de febrero a las 12:00 en su oficina de Avinguda Diagonal 411, 3.º 2.ª. Preguntad por Ramon Soler, el administrador.

Llévate el DNI/NIE y, si puedes, alguna referencia de tu trabajo en el hospital. Llámame después y me cuentas.

Jordi Pons
Consultor – Talentia Temporal Barcelona
Tel. 622 48 15 90
""",
)

# ================================================================ invitations, de

add(
    kind=INV, slug="mainhafen_invite_ics", lang="de", company="Mainhafen Klinikum",
    contact="k.woerner@mainhafen-klinikum.example.de",
    frm=("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de", "utf-8:B"),
    subject="Einladung zum Vorstellungsgespräch – Koordinatorin Hauswirtschaft",
    date="2026-04-21 13:48 +0200", reply="mainhafen_softgarden_ack", cte="base64",
    text="""Sehr geehrte Frau Brunetti-Okafor,

vielen Dank für Ihre Bewerbung als Koordinatorin Hauswirtschaft und Reinigungsdienste. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 30. April 2026, 10:00 bis 11:00 Uhr
per Microsoft Teams (den Link finden Sie in der Kalendereinladung)

Am Gespräch nehmen Herr Oberdorf (Leitung Wirtschaftsbetriebe) und ich teil. Das Gespräch kann auf Deutsch oder Englisch geführt werden.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Katrin Wörner
Personalreferentin
Mainhafen Klinikum gGmbH · Uferstraße 12 · 60314 Frankfurt am Main
Tel. 069 4071 2263
""",
    ics={"method": "REQUEST", "uid": "mainhafen-vg-20260430@mainhafen-klinikum.example.de", "seq": 0,
             "start": "2026-04-30 10:00", "minutes": 60, "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Brunetti-Okafor",
             "location": "Microsoft Teams-Besprechung",
             "organizer": ("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de")},
)

add(
    kind=INV, slug="zeitwerk_westend_interview", lang="de", company="Hotel Westend Carré",
    contact="j.boettcher@zeitwerk-personal.example.de",
    frm=("Jan Böttcher", "j.boettcher@zeitwerk-personal.example.de", "iso-8859-1:Q"),
    subject="Vorstellungsgespräch beim Kunden: Hotel Westend Carré", subj_enc="iso-8859-1:Q",
    date="2026-02-02 11:27 +0100", charset="iso-8859-1", cte="8bit", reply="zeitwerk_registration",
    text="""Hallo Frau Brunetti-Okafor,

das Hotel Westend Carré möchte Sie für die Stelle als stellvertretende Hausdame kennenlernen.

Termin: Dienstag, 10. Februar, 14:00 Uhr
Ort: Hotel Westend Carré, Bockenheimer Landstraße 97, 60325 Frankfurt - bitte an der Rezeption nach Frau Lindner (Hausdame) fragen

Das Gespräch dauert etwa 45 Minuten, danach gibt es einen kurzen Rundgang durch die Etagen. Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Jan Böttcher
Personaldisponent
Zeitwerk Personal GmbH - Niederlassung Frankfurt
Tel. 069 2573 118-0
""",
)

add(
    kind=INV, slug="sachsenhausen_trial_day", lang="de", company="Sachsenhausen Immobilienverwaltung",
    contact="d.hensel@sachsenhausen-iv.example.de",
    frm=("Dirk Hensel", "d.hensel@sachsenhausen-iv.example.de"),
    subject="Probearbeitstag am 29. September",
    date="2026-09-21 15:15 +0200",
    text="""Guten Tag Frau Brunetti-Okafor,

vielen Dank für das nette Telefonat am Freitag. Wie besprochen laden wir Sie zu einem Probearbeitstag als Objektbetreuerin ein:

Dienstag, 29. September 2026, 8:00 bis ca. 14:00 Uhr
Treffpunkt: Objekt Schweizer Straße 61, Hofeingang – dort holt Sie unser Hausmeister Herr Yilmaz ab

Sie begleiten ihn bei der Objektbegehung, der Kontrolle der Reinigungsfirma und der Abnahme einer Wohnung. Der Tag wird selbstverständlich vergütet.

Viele Grüße
Dirk Hensel
Leiter Objektmanagement
Sachsenhausen Immobilienverwaltung GmbH & Co. KG
Textorstraße 25 · 60594 Frankfurt am Main · Tel. 069 6109 47-20
""",
)

# ================================================================ reschedules and cancellations

add(
    kind=RES, slug="stroch_moved_ics", lang="fr", company="Clinique Saint-Roch Lumière",
    contact="s.ollivier@stroch-lumiere.example.fr",
    frm=("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr"),
    subject="Invitation mise à jour : Entretien – Coordinatrice bio-nettoyage (jeu. 12 févr. 10:30)",
    date="2026-02-06 09:30 +0100", reply="stroch_panel_ics",
    text="""Bonjour Madame Brunetti-Okafor,

M. Aït-Saïd étant retenu mardi par une visite de certification, nous devons déplacer votre entretien.

Nouveau créneau : jeudi 12 février 2026, de 10h30 à 11h30, même lieu (bâtiment B, salle Frioul). La composition du jury est inchangée.

L'invitation ci-jointe remplace la précédente ; merci de l'accepter à nouveau. Toutes nos excuses pour ce changement.

Sandrine Ollivier
Chargée de recrutement – Clinique Saint-Roch Lumière
04 91 80 44 27
""",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071C2A3F1@stroch-lumiere",
             "seq": 1, "start": "2026-02-12 10:30", "minutes": 60,
             "summary": "Entretien – Coordinatrice bio-nettoyage",
             "location": "Clinique Saint-Roch Lumière, bât. B, salle Frioul",
             "organizer": ("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr")},
)

add(
    kind=RES, slug="bellerade_new_slot", lang="fr", company="Hôtel Belle Rade Monte-Carlo",
    contact="g.ferrero@bellerade.example.mc",
    frm=("Giulia Ferrero-Maurin", "g.ferrero@bellerade.example.mc"),
    subject="RE: Votre candidature – rendez-vous à l'hôtel",
    date="2026-08-05 14:02 +0200", reply="own_reschedule_bellerade",
    text=f"""Chère Madame,

C'est tout à fait possible. Nous vous recevrons donc le jeudi 13 août à 9h30 au lieu du mardi 11, toujours avec Mme Pastor. L'entrée du personnel reste la même.

Bien à vous,
Giulia Ferrero-Maurin
Directrice des ressources humaines
Hôtel Belle Rade Monte-Carlo

{wrote("fr", "mar. 4 août 2026 à 08:10", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(REQ_BELLERADE)}
""",
)

add(
    kind=RES, slug="helvetic_interviewer_ill", lang="fr", company="Clinique du Léman Ouest",
    contact="l.favre@helvetic-interim.example.ch",
    frm=("Laurent Favre | Helvetic Intérim Santé", "l.favre@helvetic-interim.example.ch"),
    subject="Entretien de demain reporté – Clinique du Léman Ouest",
    date="2026-07-07 17:50 +0200", reply="helvetic_client_interview",
    text="""Bonsoir Madame Brunetti-Okafor,

La Clinique du Léman Ouest vient de m'appeler : M. Cretton est malade et Mme Zufferey ne souhaite pas mener l'entretien sans lui. Le rendez-vous de demain mercredi 8 juillet à 14h est donc reporté.

La clinique me proposera deux nouveaux créneaux la semaine prochaine ; je vous les transmets dès que je les ai. Votre candidature reste bien entendu en tête de liste.

Meilleures salutations,
Laurent Favre
Helvetic Intérim Santé SA
+41 22 310 77 45
""",
)

_syndic_cancel = """Madame,

Je suis contraint d’annuler notre entretien de jeudi 8 octobre à 10h : une réorganisation interne du service technique est en cours et nous devons revoir le périmètre du poste avant de poursuivre les rencontres.

Votre candidature n’est pas écartée ; nous reviendrons vers vous dès que possible.

Avec mes excuses,
Frédéric Castellane
Syndic Horizon Provence"""
add(
    kind=RES, slug="syndic_cancel_ics", lang="fr", company="Syndic Horizon Provence",
    contact="f.castellane@horizon-provence.example.fr",
    frm=("Frédéric Castellane", "f.castellane@horizon-provence.example.fr", "iso-8859-1:Q"),
    subject="Annulé : Entretien – coordinatrice technique des copropriétés",
    date="2026-10-05 08:45 +0200", reply="syndic_panel_ics",
    charset="windows-1252", cte="quoted-printable",
    text=_syndic_cancel, html=outlook_html(mso(_syndic_cancel)),
    ics={"method": "CANCEL", "uid": "horizon-provence-entretien-20261008@horizon-provence.example.fr",
             "seq": 1, "start": "2026-10-08 10:00", "minutes": 60,
             "summary": "Annulé : Entretien Mme Brunetti-Okafor – coordinatrice technique",
             "location": "41 bd Longchamp, 13001 Marseille – salle de réunion",
             "organizer": ("Frédéric Castellane", "f.castellane@horizon-provence.example.fr"),
             "cte": "quoted-printable"},
)

add(
    kind=RES, slug="jardins_trial_moved", lang="fr", company="Les Jardins d'Ambroise",
    contact="c.mouret@jardins-ambroise.example.fr",
    frm=("Céline Mouret", "c.mouret@jardins-ambroise.example.fr", "iso-8859-1:Q"),
    subject="RE: Journée d’immersion – coordinatrice hôtelière",
    date="2026-04-17 08:05 +0200", reply="jardins_trial_day",
    charset="windows-1252", cte="8bit",
    text="""Bonjour Maëlle,

Petit changement : nous avons une visite de l’ARS mardi 21, ce n’est pas le jour idéal pour vous accueillir. Je vous propose de décaler votre journée d’immersion au vendredi 24 avril, mêmes horaires (7h – 15h), même adresse.

Dites-moi si c’est bon pour vous.

Céline Mouret
Directrice de résidence – Les Jardins d’Ambroise
""",
)

_promenade_moved = """Bonjour Maëlle,

Votre entretien vidéo avec Lucas Bensimon pour le poste de Coordinatrice des services d'étage a été déplacé.

Nouvelle date : lundi 31 août 2026 à 16h00 (heure de Paris)
Durée : 30 minutes
Lien de connexion : https://meet.example.com/promenade-bensimon-0831

Si ce nouvel horaire ne vous convient pas, vous pouvez en choisir un autre depuis votre espace candidat.

L'équipe recrutement de la Résidence Hôtelière Promenade"""
add(
    kind=RES, slug="promenade_recruitee_moved", lang="fr", company="Résidence Hôtelière Promenade",
    contact="",
    frm=("Résidence Hôtelière Promenade", "noreply@jobs.recruitee.com"),
    subject="Votre entretien a été déplacé",
    date="2026-08-27 12:41 +0000", reply="promenade_recruitee_link",
    html=ats_card("Résidence Hôtelière Promenade", "#0e7490", "Nouvel horaire pour votre entretien",
                  paras(_promenade_moved), "Envoyé via Recruitee"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=RES, slug="mfb_onsite_instead", lang="fr", company="Monaco Facility Bureau",
    contact="s.gastaud@mfb.example.mc",
    frm=("Stéphane Gastaud", "s.gastaud@mfb.example.mc"),
    subject="RE: Entretien en visioconférence – Responsable d'exploitation adjointe",
    date="2026-06-25 16:33 +0200", reply="mfb_visio",
    text="""Madame Brunetti-Okafor,

Changement de programme : plutôt qu'une visio lundi, nous préférons vous recevoir à Monaco pour vous montrer un de nos immeubles. Le rendez-vous de lundi 29 juin à 11h est remplacé par un entretien sur place le mardi 30 juin à 14h30, 9 rue Grimaldi (2e étage).

Le lien Zoom envoyé précédemment ne sera donc pas utilisé. Vos frais de train depuis Marseille seront remboursés sur justificatif.

Bien à vous,
Stéphane Gastaud
Monaco Facility Bureau
""",
)

add(
    kind=RES, slug="navigli_rescheduled_ics", lang="en", company="Navigli Facility Partners",
    contact="chiara.bellandi@navigli-fp.example.it",
    frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
    subject="Updated invitation: Interview with Navigli Facility Partners (Thu 18 Jun, 15:00 CEST)",
    date="2026-06-12 14:26 +0000", reply="navigli_greenhouse_link",
    text="""Hi Maëlle,

Marco has a site visit in Bergamo on Wednesday, so we've moved your interview from Wednesday 17 June at 10:00 to Thursday 18 June, 15:00–15:45 CEST. The video link stays the same.

The updated calendar invitation is attached. Sorry for the shuffle!

Chiara
""",
    ics={"method": "REQUEST", "uid": "greenhouse-interview-7c1e3b90@greenhouse.io", "seq": 2,
             "start": "2026-06-18 15:00", "minutes": 45, "tz": "Europe/Rome",
             "summary": "Interview: Maëlle Brunetti-Okafor – Facilities Coordinator",
             "location": "https://meet.example.com/navigli-ruggeri",
             "organizer": ("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
             "prodid": "-//Greenhouse Software//Scheduler//EN"},
)

add(
    kind=RES, slug="kestrel_larvotto_moved", lang="en", company="Larvotto Gardens Residences",
    contact="oliver.hastings@kestrel-search.example.co.uk",
    frm=("Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk"),
    subject="Re: Larvotto Gardens would like to meet you",
    date="2026-03-31 12:05 +0100", reply="kestrel_larvotto_interview", cte="7bit",
    text="""Hi Maelle,

Slight change: Aurelia Bosio has been pulled into a board meeting on Thursday, so Larvotto Gardens have asked to move your interview to Tuesday 7 April at 16:00 Monaco time. Same format, same Teams link.

Could you let me know today if that works? If not, they've offered Wednesday 8th in the morning.

Oliver

> Good news - Larvotto Gardens Residences would like to meet you for the
> Residence Services Coordinator role.
>
> They've proposed Thursday 2 April at 11:00 Monaco time, by video, with
> Aurelia Bosio, their Head of Residence Services.
""",
)

_lakeview_cancel = """Dear Maëlle,

I'm afraid we need to cancel Tuesday's panel interview: our Bursar has been called away on urgent family business.

This is not a decision on your application, and we are still very keen to meet you. I will be in touch early next week to rebook with the full panel.

With apologies,
Helen Marsh
HR Officer, Lakeview International School"""
add(
    kind=RES, slug="lakeview_cancel_ics", lang="en", company="Lakeview International School",
    contact="h.marsh@lakeview-school.example.ch",
    frm=("Helen Marsh", "h.marsh@lakeview-school.example.ch"),
    subject="Cancelled: Panel interview – Facilities and Housekeeping Coordinator",
    date="2026-05-29 08:30 +0200", reply="lakeview_panel_ics",
    text=_lakeview_cancel, html=simple_html(paras(_lakeview_cancel), "en"),
    ics={"method": "CANCEL", "uid": "lakeview-panel-20260602-1000@lakeview-school.example.ch",
             "seq": 1, "start": "2026-06-02 10:00", "minutes": 60, "tz": "Europe/Zurich",
             "summary": "Panel interview – M. Brunetti-Okafor",
             "location": "Admin Building, Room A12",
             "organizer": ("Helen Marsh", "h.marsh@lakeview-school.example.ch"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
)

add(
    kind=RES, slug="yacht_interviewer_ill", lang="en", company="Riviera Superyacht Services",
    contact="jasper@riviera-superyacht.example.mc",
    frm=("Jasper Nield", "jasper@riviera-superyacht.example.mc"),
    subject="Your interview on Monday – new time",
    date="2026-07-10 07:55 +0200", reply="yacht_ashby_link",
    text="""Hi Maëlle,

Sienna, who was due to interview you on Monday 13 July at 11:00, is unwell and off for a few days. Could we move to Wednesday 15 July at 11:00 (Monaco time) instead? The Zoom link from your booking confirmation will still work.

Let me know either way and I'll update the booking.

Thanks for your flexibility,
Jasper

Jasper Nield | Crew & Shore Recruitment
Riviera Superyacht Services | Port Hercule, Quai Antoine 1er, 98000 Monaco
""",
)

add(
    kind=RES, slug="mirador_moved_ics", lang="es", company="Hotel Mirador del Port",
    contact="mcasals@miradordelport.example.es",
    frm=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="Actualizado: Entrevista – Coordinadora de pisos y limpieza (19 may, 16:30)",
    date="2026-05-15 10:42 +0200", reply="mirador_invite_ics",
    text="""Hola Maëlle:

Tenemos un evento de empresa el martes por la mañana y Rosa no podrá estar a las 11:00. Hemos movido la entrevista al mismo martes 19 de mayo a las 16:30, en el mismo sitio.

Te mando la convocatoria actualizada. Perdona las molestias.

Marta
""",
    ics={"method": "REQUEST", "uid": "mirador-entrevista-0519@miradordelport.example.es", "seq": 1,
             "start": "2026-05-19 16:30", "minutes": 45, "tz": "Europe/Madrid",
             "summary": "Entrevista Maëlle Brunetti-Okafor",
             "location": "Hotel Mirador del Port – sala Llevant",
             "organizer": ("Marta Casals Roig", "mcasals@miradordelport.example.es")},
)

add(
    kind=RES, slug="marimuntanya_cancel_oncall", lang="es", company="Hospital Mar i Muntanya",
    contact="nferrer@hmarimuntanya.example.es",
    frm=("Núria Ferrer Vila", "nferrer@hmarimuntanya.example.es"),
    subject="Anulación de la entrevista del martes 23",
    date="2026-06-19 18:12 +0200", reply="marimuntanya_invite",
    text=f"""Estimada Sra. Brunetti-Okafor:

Lamento comunicarle que debemos anular la entrevista prevista para el martes 23 de junio a las 10:00: la Sra. Pujol tiene que cubrir una auditoría de la Generalitat ese mismo día.

Le propondré una nueva fecha a principios de la semana que viene. Su candidatura sigue en el proceso.

Disculpe las molestias.
Núria Ferrer Vila
Hospital Mar i Muntanya

{outlook_block("es", "Núria Ferrer Vila", "lunes, 15 de junio de 2026 9:30", "Maëlle Brunetti-Okafor", "Convocatoria a entrevista – Coordinadora de limpieza hospitalaria")}

Nos complace convocarla a una entrevista presencial para el puesto de coordinadora de limpieza hospitalaria.
Fecha: martes 23 de junio de 2026, a las 10:00 h
""",
)

_mainhafen_cancel = """Sehr geehrte Frau Brunetti-Okafor,

leider müssen wir unser Vorstellungsgespräch am Donnerstag, 30. April, um 10:00 Uhr absagen. Wir melden uns in den nächsten Tagen wieder bei Ihnen.

Mit freundlichen Grüßen
Katrin Wörner
Personalreferentin – Mainhafen Klinikum"""
add(
    kind=RES, slug="mainhafen_cancel_ics", lang="de", company="Mainhafen Klinikum",
    contact="k.woerner@mainhafen-klinikum.example.de",
    frm=("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de", "utf-8:B"),
    subject="Abgesagt: Vorstellungsgespräch Brunetti-Okafor",
    date="2026-04-28 09:12 +0200", reply="mainhafen_invite_ics",
    text=_mainhafen_cancel,
    ics={"method": "CANCEL", "uid": "mainhafen-vg-20260430@mainhafen-klinikum.example.de", "seq": 1,
             "start": "2026-04-30 10:00", "minutes": 60, "tz": "Europe/Berlin",
             "summary": "Abgesagt: Vorstellungsgespräch Brunetti-Okafor",
             "location": "Microsoft Teams-Besprechung",
             "organizer": ("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de")},
)

add(
    kind=RES, slug="zeitwerk_westend_moved", lang="de", company="Hotel Westend Carré",
    contact="j.boettcher@zeitwerk-personal.example.de",
    frm=("Jan Böttcher", "j.boettcher@zeitwerk-personal.example.de", "iso-8859-1:Q"),
    subject="AW: Vorstellungsgespräch beim Kunden: Hotel Westend Carré",
    date="2026-02-06 10:03 +0100", reply="zeitwerk_westend_interview",
    text=f"""Hallo Frau Brunetti-Okafor,

kleine Änderung: Frau Lindner hat mich gebeten, Ihr Gespräch im Hotel Westend Carré von Dienstag, 10. Februar, auf Freitag, 13. Februar, 10:00 Uhr zu verschieben. Ort und Ablauf bleiben gleich.

Passt Ihnen das? Kurze Rückmeldung genügt.

Viele Grüße
Jan Böttcher
Zeitwerk Personal

{outlook_block("de", "Jan Böttcher <j.boettcher@zeitwerk-personal.example.de>", "Montag, 2. Februar 2026 11:27", "Maëlle Brunetti-Okafor <maelle.bo@example.fr>", "Vorstellungsgespräch beim Kunden: Hotel Westend Carré")}

das Hotel Westend Carré möchte Sie für die Stelle als stellvertretende Hausdame kennenlernen.
Termin: Dienstag, 10. Februar, 14:00 Uhr
""",
)

# ================================================================ missed interviews

add(
    kind=MIS, slug="riviera_aero_missed_call", lang="fr", company="Riviera Aéroservices",
    contact="julien.marchetti@riviera-aeroservices.example.fr",
    frm=("Julien Marchetti", "julien.marchetti@riviera-aeroservices.example.fr"),
    subject="RE: Chef d'équipe propreté aérogare – premier échange",
    date="2026-03-12 10:25 +0100", reply="riviera_aero_phone_ask",
    text="""Bonjour Madame,

J'ai essayé de vous joindre à deux reprises ce matin, à 10h00 comme convenu puis à 10h10, sans succès : je suis tombé sur votre messagerie et je vous ai laissé un message.

Pouvez-vous me rappeler au 04 93 21 67 05 ou me dire par retour de mail si vous souhaitez toujours échanger sur le poste ?

Julien Marchetti
Riviera Aéroservices
""",
)

add(
    kind=MIS, slug="gestimmo_waited_teams", lang="fr", company="Gestimmo Rhône",
    contact="a.vasseur@gestimmo-rhone.example.fr",
    frm=("Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr", "iso-8859-1:Q"),
    subject="Entretien manqué ce matin",
    date="2026-09-08 11:20 +0200", reply="gestimmo_teams_invite",
    charset="iso-8859-1", cte="quoted-printable",
    text=_gest_missed + "\nResponsable RH - Gestimmo Rhône\n04 78 39 12 66\n",
)

_oliviers_client = """Bonjour Sabrina,

La candidate que vous nous avez envoyée, Mme Brunetti-Okafor, ne s'est pas présentée au rendez-vous de 14h00 aujourd'hui. Nous l'avons attendue vingt minutes à l'accueil avec le responsable hôtelier. Pouvez-vous voir avec elle ?

Isabelle Roux
Cadre de santé – Polyclinique des Oliviers"""
add(
    kind=MIS, slug="mediterranee_polyclinique_noshow", lang="fr", company="Polyclinique des Oliviers",
    contact="s.terzian@mediterranee-talents.example.fr",
    frm=("Sabrina Terzian", "s.terzian@mediterranee-talents.example.fr"),
    subject="TR: RDV Mme Brunetti-Okafor – Polyclinique des Oliviers",
    date="2026-04-09 15:30 +0200", reply="mediterranee_cv_received",
    text=f"""Bonjour Maëlle,

Je viens de recevoir le message ci-dessous de la Polyclinique des Oliviers : vous n'étiez pas au rendez-vous de 14h. J'espère qu'il ne vous est rien arrivé.

Rappelez-moi dès que possible au 04 94 62 30 18 pour qu'on voie ce qu'on peut dire à Mme Roux.

Sabrina

{outlook_block("fr", "Roux Isabelle <i.roux@polyclinique-oliviers.example.fr>", "jeudi 9 avril 2026 14:41", "Terzian Sabrina <s.terzian@mediterranee-talents.example.fr>", "RDV Mme Brunetti-Okafor")}

{_oliviers_client}
""",
)

add(
    kind=MIS, slug="pts_absent_test", lang="fr", company="Port de Toulon Services",
    contact="h.aubert@pts-toulon.example.fr",
    frm=("Hélène Aubert", "h.aubert@pts-toulon.example.fr", "utf-8:B"),
    subject="Mise en situation de ce matin",
    date="2026-05-12 09:10 +0200", reply="pts_practical_test", cte="base64",
    text="""Madame,

Vous étiez attendue ce matin à 8h30 à la gare maritime pour la mise en situation. Nous n'avons pas reçu de message de votre part et l'équipe a dû démarrer la rotation sans vous.

Merci de nous indiquer si vous souhaitez toujours participer au processus ; nous verrons alors s'il est possible d'organiser une autre session.

Hélène Aubert
Ressources humaines – Port de Toulon Services
""",
)

add(
    kind=MIS, slug="technis_not_there", lang="fr", company="Technis Services Bâtiment",
    contact="franck.delorme@technis-sb.example.fr",
    frm=("Franck Delorme", "franck.delorme@technis-sb.example.fr"),
    subject="Re: Votre CV – on en parle ?",
    date="2026-03-26 10:15 +0100", reply="technis_casual_coffee",
    charset="iso-8859-1", cte="8bit",
    text="""Maëlle,

Je vous ai attendue ce matin à l'agence jusqu'à 10h, je pense qu'il y a eu un loupé quelque part (vous aviez bien confirmé jeudi 9h30 ?). Pas de message de votre côté.

Rappelez-moi quand vous pouvez, on verra pour caler autre chose.

Franck
06 30 72 41 58
""",
)

add(
    kind=MIS, slug="lombardy_missed_call", lang="en", company="Lombardy Airport Services",
    contact="davide.sala@lombardy-airport.example.it",
    frm=("Davide Sala", "davide.sala@lombardy-airport.example.it"),
    subject="RE: Terminal Cleaning Supervisor – quick call?",
    date="2026-02-19 10:40 +0100", reply="lombardy_phone_screen",
    text=f"""Dear Ms Brunetti-Okafor,

I tried calling you twice at 10:00 as agreed and once more at 10:15, but the calls went straight to voicemail.

If you are still interested in the role, please reply with two or three times that suit you next week and I will try again.

Kind regards,
Davide Sala
Lombardy Airport Services

{wrote("en", "Mon, 16 Feb 2026 at 10:05", "Davide Sala", "davide.sala@lombardy-airport.example.it")}
> Would you be available for a 20-minute phone call on Thursday 19 February
> at 10:00 CET? I would call you on +33 6 71 24 58 09.
""",
)

_yacht_missed = """Hi Maëlle,

Sienna and I waited on Zoom for 15 minutes this morning for your 11:00 interview but didn't see you join. I hope everything is OK.

If something came up, just let me know and we'll see what we can do.

Jasper"""
add(
    kind=MIS, slug="yacht_waited_zoom", lang="en", company="Riviera Superyacht Services",
    contact="jasper@riviera-superyacht.example.mc",
    frm=("Jasper Nield", "jasper@riviera-superyacht.example.mc"),
    subject="We missed you this morning",
    date="2026-07-15 11:24 +0200", reply="yacht_interviewer_ill",
    text=_yacht_missed, html=simple_html(paras(_yacht_missed), "en"),
)

_harbour_noshow = """Hi Maëlle,

You were booked in for a video interview with me today at 14:00 Monaco time, but you didn't join the call. I waited about ten minutes before closing the room.

If there was a technical issue or a clash, reply to this email and we can look at rebooking.

Best,
Freya Dunmore
Talent Acquisition Lead – Harbourline Hospitality Group"""
add(
    kind=MIS, slug="harbourline_noshow", lang="en", company="Harbourline Hospitality Group",
    contact="freya.dunmore@harbourline.example.mc",
    frm=("Freya Dunmore via Ashby", "no-reply@ashbyhq.com"),
    reply_to=("Freya Dunmore", "freya.dunmore@harbourline.example.mc"),
    subject="Today's interview",
    date="2026-03-10 14:18 +0100", reply="harbourline_ashby_ack",
    html=simple_html(paras(_harbour_noshow), "en"), cte="quoted-printable",
)

add(
    kind=MIS, slug="prat_missed_call", lang="es", company="Serveis Aeroportuaris del Prat",
    contact="mrius@serveis-prat.example.es",
    frm=("Montse Rius", "mrius@serveis-prat.example.es", "iso-8859-1:Q"),
    subject="Llamada de esta mañana",
    date="2026-09-14 11:20 +0200", cte="8bit",
    text="""Hola Maëlle:

Te hemos llamado a las 11:00, tal como acordamos, y otra vez a las 11:10, pero no hemos podido hablar contigo. Salta el buzón de voz.

Si sigues interesada en la plaza de supervisora de limpieza de la T1, contéstame con tu disponibilidad.

Montse Rius
Serveis Aeroportuaris del Prat – Recursos Humanos
""",
)

add(
    kind=MIS, slug="aeromain_not_reachable", lang="de", company="AeroMain Facility Services",
    contact="s.kraft@aeromain-fs.example.de",
    frm=("Sabine Kraft", "s.kraft@aeromain-fs.example.de"),
    subject="Telefoninterview heute, 9:00 Uhr",
    date="2026-08-18 09:35 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Brunetti-Okafor,

leider waren Sie heute um 9:00 Uhr zum vereinbarten Telefoninterview nicht erreichbar. Ich habe es zweimal unter der von Ihnen angegebenen Nummer versucht – ohne Erfolg.

Falls Sie weiterhin Interesse an der Position „Teamleitung Reinigung Terminal“ haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Sabine Kraft
Recruiting – AeroMain Facility Services GmbH
Tel. 069 6960 4417
""",
)
