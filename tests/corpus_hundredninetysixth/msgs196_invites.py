"""Corpus 196: interview invitations (26), reschedules and cancellations (15) and missed
interview notices (10), each written by hand."""

from __future__ import annotations

from msgs196_common import (
    ats_card,
    ics,
    outlook_block,
    outlook_html,
    outlook_reply,
    reply,
)
from msgs196_other import RESCHEDULE_MOSELLE

MESSAGES: list[dict] = []

# ================================================================== interview_invitation
# ------------------------------------------------------------------ fr

_t = """Bonjour Anaïs,

Bonne nouvelle : votre candidature au poste d'Assistant(e) Recrutement (R-0142) a retenu l'attention de notre équipe.

Nous souhaitons organiser un premier entretien téléphonique de 30 minutes avec Claire Vidal, chargée de recrutement. Merci de choisir le créneau qui vous convient dans l'agenda en ligne avant le vendredi 26 juin :

https://wd3.myworkday.com/garonneaero/d/task/scheduling/R-0142-cand-77120.htmld

Vous recevrez une confirmation dès que votre créneau sera réservé.

L'équipe Talent Acquisition
Aérostructures Garonne"""
MESSAGES.append(dict(
    id="garonne_workday_schedule", kind="interview_invitation", lang="fr",
    company="Aérostructures Garonne", contact="",
    frm=("Aérostructures Garonne", "garonneaero@myworkday.com"),
    subject="Planifiez votre entretien téléphonique - Assistant(e) Recrutement (R-0142)",
    date="2026-06-22 09:15 +0200", parent="garonne_workday_ack",
    text=_t,
    html=ats_card("Aérostructures Garonne", "#1b3a6b", _t,
                  button=("Choisir un créneau",
                          "https://wd3.myworkday.com/garonneaero/d/task/scheduling/R-0142-cand-77120.htmld"),
                  footer="Message automatique envoyé par Workday. Merci de ne pas répondre."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Bonjour Anaïs,

Suite à notre échange téléphonique de la semaine dernière, j'ai le plaisir de vous inviter à un entretien avec le jury pour le poste d'Assistant(e) Recrutement.

Date : jeudi 16 juillet 2026, de 10h00 à 11h30
Lieu : Aérostructures Garonne, 3 rue Marcel-Doret, 31770 Colomiers - accueil du bâtiment B
Jury : Mathieu Roques (Responsable RH) et Delphine Aubry (Responsable recrutement production)

L'entretien comprendra une courte mise en situation (préparation d'une annonce et tri de trois CV). Merci de vous munir d'une pièce d'identité pour l'accès au site et d'accepter l'invitation ci-jointe pour confirmer votre présence.

À très bientôt,

Claire Vidal
Chargée de recrutement
Aérostructures Garonne
3 rue Marcel-Doret - 31770 Colomiers
Tél. 05 34 55 62 18"""
MESSAGES.append(dict(
    id="garonne_panel_ics", kind="interview_invitation", lang="fr",
    company="Aérostructures Garonne", contact="claire.vidal@garonne-aero.example.fr",
    frm=("Claire Vidal", "claire.vidal@garonne-aero.example.fr"),
    subject="Invitation : Entretien Assistant(e) Recrutement - jeu. 16 juil. 2026 10:00 - 11:30",
    date="2026-07-06 14:30 +0200", parent="garonne_workday_schedule",
    text=_t, html=outlook_html(_t, lang="fr"),
    attach=[ics(uid="garonne-panel-r0142@garonne-aero.example.fr", method="REQUEST",
                start="2026-07-16 10:00 +0200", end="2026-07-16 11:30 +0200",
                summary="Entretien Assistant(e) Recrutement - Anaïs Grünewald-Sow",
                organizer=("Claire Vidal", "claire.vidal@garonne-aero.example.fr"),
                location="Aérostructures Garonne, 3 rue Marcel-Doret, Colomiers - Bât. B",
                description="Entretien avec le jury : Mathieu Roques, Delphine Aubry.")],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    id="lemanique_phone_screen", kind="interview_invitation", lang="fr",
    company="Banque Lémanique", contact="s.aeschlimann@banque-lemanique.example.ch",
    frm=("Sophie Aeschlimann", "s.aeschlimann@banque-lemanique.example.ch"),
    subject="Votre candidature - Assistante RH Acquisition de talents",
    date="2026-04-20 16:05 +0200", parent="lemanique_successfactors_ack",
    text="""Bonjour Madame Grünewald-Sow,

Je suis en charge du recrutement de l'Assistante RH - Acquisition de talents et j'ai lu votre dossier avec intérêt ; votre parcours de cheffe de cabine m'intrigue.

Seriez-vous disponible jeudi 23 avril à 10h00 pour un échange téléphonique d'une vingtaine de minutes ? Je vous appellerais au numéro indiqué sur votre CV. Si ce créneau ne vous convient pas, proposez-m'en deux ou trois autres cette semaine ou la suivante.

Avec mes meilleures salutations,

Sophie Aeschlimann
Talent Acquisition Partner
Banque Lémanique SA - Rue du Mont-Blanc 9 - 1201 Genève
+41 22 555 18 40""",
))

_t = """Bonjour Anaïs,

Merci pour votre candidature au poste d'Assistante Recrutement PNC. Nous avons le plaisir de vous convier à notre journée de sélection.

Date : mardi 3 mars 2026, de 8h30 à 17h00
Lieu : Air Pastel, Aéroport Toulouse-Blagnac, bâtiment 4, salle Caravelle

Au programme : présentation de la compagnie, test écrit (français et anglais), mise en situation d'entretien de présélection, puis entretien individuel avec le jury.

Merci de confirmer votre présence en répondant à ce message avant le 20 février.

Léa Fournier
Chargée de recrutement - Air Pastel"""
MESSAGES.append(dict(
    id="airpastel_assessment_centre", kind="interview_invitation", lang="fr",
    company="Air Pastel", contact="lea.fournier@airpastel.example.fr",
    frm=("Léa Fournier - Air Pastel", "no-reply@teamtailor-mail.com"),
    reply_to=("Léa Fournier", "lea.fournier@airpastel.example.fr"),
    subject="Air Pastel - invitation à la journée de sélection du 3 mars",
    date="2026-02-12 10:20 +0100", parent="airpastel_teamtailor_ack",
    html=ats_card("Air Pastel", "#e07a9b", _t,
                  footer="Envoyé avec Teamtailor - Air Pastel, 31700 Blagnac"),
    charset="windows-1252", cte="qp",
))

MESSAGES.append(dict(
    id="capitole_client_interview", kind="interview_invitation", lang="fr",
    company="Daurade Logistique", contact="julien.estrade@capitole-interim.example.fr",
    frm=("Julien Estrade", "julien.estrade@capitole-interim.example.fr"),
    subject="RDV chez Daurade Logistique jeudi 14h",
    date="2026-02-03 11:30 +0100", parent="capitole_registration",
    text="""Bonjour Anaïs,

Comme annoncé au téléphone, Daurade Logistique souhaite vous rencontrer pour le poste d'assistante RH (mission de 6 mois, possibilité d'embauche) sur leur site de Fondeyre.

Rendez-vous jeudi 5 février à 14h00, ZI de Fondeyre, 31200 Toulouse - demandez Mme Salles (RH) à l'accueil. M. Gaillac, responsable d'exploitation, sera aussi présent.

Prévoyez 45 minutes. Appelez-moi après pour me faire votre retour !

Julien Estrade
Chargé de recrutement - Capitole Intérim
5 boulevard Lazare-Carnot, 31000 Toulouse
05 61 55 20 14""",
))

_t = """Bonjour Anaïs,

Je vous remercie pour votre candidature au poste de Gestionnaire recrutement (CDD 12 mois). Nous aimerions faire connaissance lors d'un entretien en visioconférence avec Mme Pujol, responsable du service emploi, et moi-même.

Mardi 10 mars 2026, 11h00 - 12h00, sur Microsoft Teams.

Réunion Microsoft Teams
Rejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_occitane0310
ID de réunion : 381 220 554 17

Cordialement,
Romain Castex
Chargé RH - Occitane Avionique
Tél. 05 61 55 74 30"""
MESSAGES.append(dict(
    id="occitane_teams_ics", kind="interview_invitation", lang="fr",
    company="Occitane Avionique", contact="romain.castex@occitane-avionique.example.fr",
    frm=("Romain Castex", "romain.castex@occitane-avionique.example.fr"),
    subject="Entretien Gestionnaire recrutement - Occitane Avionique",
    date="2026-03-03 14:05 +0100", parent="occitane_smartrecruiters_ack",
    text=_t, html=outlook_html(_t, lang="fr"),
    attach=[ics(uid="occitane-entretien-0310@occitane-avionique.example.fr", method="REQUEST",
                start="2026-03-10 11:00 +0100", end="2026-03-10 12:00 +0100",
                summary="Entretien Gestionnaire recrutement - A. Grünewald-Sow",
                organizer=("Romain Castex", "romain.castex@occitane-avionique.example.fr"),
                location="Réunion Microsoft Teams")],
))

MESSAGES.append(dict(
    id="medoc_casual", kind="interview_invitation", lang="fr",
    company="Médoc Aéro Services", contact="thierry.lasserre@medoc-aero.example.fr",
    frm=("Thierry Lasserre", "thierry.lasserre@medoc-aero.example.fr"),
    subject="Poste assistante RH Mérignac",
    date="2026-05-18 09:12 +0200",
    text="""Bonjour Anaïs,

Corinne m'a transmis ton CV, ça m'a l'air très intéressant. Tu serais dispo jeudi vers 15h pour qu'on en parle une demi-heure sur Teams ? Rien de très formel, je veux surtout te présenter l'équipe et le poste, et entendre ce qui te motive à quitter les avions.

Dis-moi si ça te va, je t'envoie le lien.

Thierry
Responsable RH site - Médoc Aéro Services, Mérignac""",
    cte="8bit",
))

MESSAGES.append(dict(
    id="talentis_rpo_visio", kind="interview_invitation", lang="fr",
    company="Méditerranée Assurances", contact="camille.fabre@talentis-sud.example.fr",
    frm=("Camille Fabre", "camille.fabre@talentis-sud.example.fr"),
    subject="Entretien visio avec Méditerranée Assurances - jeudi 25 juin 14h",
    date="2026-06-16 09:40 +0200",
    text="""Bonjour Anaïs,

Bonne nouvelle ! Méditerranée Assurances, pour qui nous recrutons une Assistante recrutement en CDI à Montpellier, souhaite vous rencontrer.

L'entretien se fera en visio le jeudi 25 juin à 14h00, avec Mme Roussel (Responsable développement RH) et moi-même. Vous trouverez l'invitation en pièce jointe ; le lien de connexion y figure.

Je vous appelle lundi pour vous préparer un peu : culture de l'entreprise, attentes sur le poste, questions probables.

Belle journée,

Camille Fabre
Chargée de recrutement RPO - Talentis Sud
Parc Eurêka, 97 rue de Freyr, 34000 Montpellier
04 67 55 09 38""",
    attach=[ics(uid="talentis-medass-0625@talentis-sud.example.fr", method="REQUEST",
                start="2026-06-25 14:00 +0200", end="2026-06-25 15:00 +0200",
                summary="Entretien Méditerranée Assurances - Assistante recrutement",
                organizer=("Camille Fabre", "camille.fabre@talentis-sud.example.fr"),
                location="https://meet.talentis-sud.example.fr/medass-0625",
                inline=False, filename="entretien-mediterranee-assurances.ics")],
))

_t = """Madame Grünewald-Sow,

Nous vous remercions pour votre candidature au poste d'Assistant(e) Talent Acquisition et avons le plaisir de vous inviter à notre centre d'évaluation.

Date : mardi 22 septembre 2026, de 9h00 à 16h00
Lieu : Banque Moselle Privée, 18 boulevard Grande-Duchesse-Charlotte, L-1330 Luxembourg

La journée comprend un exercice de groupe, une étude de cas écrite, un jeu de rôle d'entretien de recrutement et un entretien individuel avec la Responsable Talent Acquisition. Le déjeuner est offert.

Vous trouverez ci-joint l'invitation au format calendrier. Pour toute question, répondez simplement à ce message.

Laurent Weber
Talent Acquisition Specialist
Banque Moselle Privée"""
MESSAGES.append(dict(
    id="moselle_assessment", kind="interview_invitation", lang="fr",
    company="Banque Moselle Privée", contact="laurent.weber@moselle-privee.example.lu",
    frm=("Banque Moselle Privée", "moselleprivee@talent.icims.com"),
    reply_to=("Laurent Weber", "laurent.weber@moselle-privee.example.lu"),
    subject="Centre d'évaluation - Assistant(e) Talent Acquisition",
    date="2026-09-07 10:00 +0200",
    text=_t,
    html=ats_card("Banque Moselle Privée", "#3d2b56", _t,
                  footer="Ce message vous est adressé via iCIMS pour le compte de Banque Moselle Privée."),
    attach=[ics(uid="bmp-ac-0922@moselle-privee.example.lu", method="REQUEST",
                start="2026-09-22 09:00 +0200", end="2026-09-22 16:00 +0200",
                summary="Centre d'évaluation Banque Moselle Privée",
                organizer=("Laurent Weber", "laurent.weber@moselle-privee.example.lu"),
                location="18 boulevard Grande-Duchesse-Charlotte, L-1330 Luxembourg",
                inline=False, filename="centre-evaluation.ics")],
))

MESSAGES.append(dict(
    id="galeries_trial_day", kind="interview_invitation", lang="fr",
    company="Galeries Capitole", contact="nadia.benali@galeries-capitole.example.fr",
    frm=("Nadia Benali", "nadia.benali@galeries-capitole.example.fr"),
    subject="Journée d'immersion au service RH des Galeries Capitole",
    date="2026-09-14 11:00 +0200",
    refs=["<20260908193012.anais@example.fr>"],
    text="""Bonjour Anaïs,

Suite à notre premier échange, je vous propose de passer une journée d'immersion au sein du service RH du magasin, pour découvrir concrètement le poste d'assistante recrutement avant le dernier entretien.

Rendez-vous le jeudi 24 septembre à 9h00, entrée du personnel, 40 rue d'Alsace-Lorraine. La journée se termine vers 17h00. Vous suivrez les entretiens de vendeurs saisonniers avec moi et l'après-midi nous ferons ensemble un point de 30 minutes.

Tenue correcte demandée, le déjeuner est offert au restaurant du personnel.

Merci de me confirmer votre venue.

Nadia Benali
Responsable des ressources humaines
Galeries Capitole - 40 rue d'Alsace-Lorraine, 31000 Toulouse
05 61 55 90 02""",
))

MESSAGES.append(dict(
    id="vauban_client_meeting", kind="interview_invitation", lang="fr",
    company="Lutèce Hôtels", contact="b.lacombe@vauban-talents.example.fr",
    frm=("Bérénice Lacombe", "b.lacombe@vauban-talents.example.fr"),
    subject="Lutèce Hôtels - rencontre avec la DRH",
    date="2026-03-02 18:10 +0100",
    text="""Bonsoir Anaïs,

Comme je l'espérais, Lutèce Hôtels souhaite vous rencontrer pour le poste de Chargée de recrutement - hôtellerie. Votre profil a particulièrement plu pour son côté service client.

Rendez-vous le mercredi 11 mars à 15h00 au siège, 31 rue Saint-Florentin, 75008 Paris, avec Mme Ravel, directrice des ressources humaines du groupe. Comptez une heure.

Je vous appelle vendredi pour préparer ensemble cette rencontre.

Bien à vous,

Bérénice Lacombe
Associée - Vauban Talents
14 rue de la Pépinière, 75008 Paris
+33 1 84 60 22 71""",
))

_t = """Bonjour Anaïs,

Merci pour votre candidature au poste d'Assistante RH - Opérations aéroportuaires chez Aerolink Services.

Nous souhaitons poursuivre avec vous. La prochaine étape comporte deux parties :

1. Des tests en ligne (raisonnement, anglais professionnel), environ 40 minutes, à compléter avant le vendredi 6 février : https://app.greenhouse.io/tests/aerolink/7Fq2LmX
2. Un entretien téléphonique de 30 minutes avec Karima Benslimane, chargée de recrutement. Réservez votre créneau ici : https://app.greenhouse.io/scheduling/aerolink/b81d0c

N'hésitez pas à répondre à ce message si vous avez la moindre question.

Antoine Morel
Talent Acquisition - Aerolink Services"""
MESSAGES.append(dict(
    id="aerolink_greenhouse_tests", kind="interview_invitation", lang="fr",
    company="Aerolink Services", contact="antoine.morel@aerolink.example.fr",
    frm=("Antoine Morel via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Antoine Morel", "antoine.morel@aerolink.example.fr"),
    subject="Aerolink Services - prochaine étape : tests et entretien téléphonique",
    date="2026-01-28 10:00 +0100",
    text=_t,
    html=ats_card("Aerolink Services", "#e35205", _t,
                  footer="Aerolink Services, Roissypôle, 95700 Roissy-en-France"),
))

_t = """Bonjour Anaïs,

Merci pour l'intérêt que vous portez à Ardennes Air Cargo. J'aimerais vous proposer un entretien en visio de 45 minutes pour le poste d'Assistante RH, avec Marc Thill, responsable des ressources humaines, et moi-même.

Proposition : jeudi 16 avril à 14h00 (heure de Luxembourg), sur Google Meet.
Merci de confirmer ce créneau ou d'en choisir un autre ici : https://jobs.ashbyhq.com/ardennes-cargo/schedule/5c0e1b7a

À bientôt,
Mélanie Schmit
Talent Partner - Ardennes Air Cargo"""
MESSAGES.append(dict(
    id="ardennes_ashby_visio", kind="interview_invitation", lang="fr",
    company="Ardennes Air Cargo", contact="melanie.schmit@ardennes-cargo.example.lu",
    frm=("Mélanie Schmit", "no-reply@ashbyhq.com"),
    reply_to=("Mélanie Schmit", "melanie.schmit@ardennes-cargo.example.lu"),
    subject="Entretien visio - Assistante RH - Ardennes Air Cargo",
    date="2026-04-07 09:30 +0200", parent="ardennes_ashby_ack",
    text=_t,
    html=ats_card("Ardennes Air Cargo", "#14532d", _t,
                  button=("Confirmer le créneau",
                          "https://jobs.ashbyhq.com/ardennes-cargo/schedule/5c0e1b7a"),
                  footer="Sent via Ashby"),
))

# ------------------------------------------------------------------ en

_t = """Hi Anaïs,

Thanks for taking the time to speak with me last week. I'm pleased to invite you to a panel interview for the HR Recruitment Coordinator role.

When: Wednesday 11 March 2026, 13:00-14:00 (UK time)
Where: Microsoft Teams - the joining link is in the attached calendar invitation
Panel: Priya Ramanathan (Senior Talent Partner), James Whitcombe (Head of People Operations) and Aoife Brennan (Cabin Crew Recruitment Lead)

We'll ask you to talk us through how you would plan a cabin-crew assessment day for 60 candidates; ten minutes is plenty, no slides needed.

Please accept the invitation so we know you can make it.

Best,
Priya"""
MESSAGES.append(dict(
    id="heathmoor_greenhouse_panel", kind="interview_invitation", lang="en",
    company="Heathmoor Airways", contact="priya.ramanathan@heathmoor.example.co.uk",
    frm=("Priya Ramanathan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
    subject="Interview invitation: HR Recruitment Coordinator at Heathmoor Airways",
    date="2026-02-26 10:41 +0000", parent="heathmoor_greenhouse_ack",
    text=_t,
    html=ats_card("Heathmoor Airways", "#0b2545", _t, lang="en",
                  footer="Heathmoor Airways Ltd, Compass Centre, Hounslow TW6 2GW"),
    attach=[ics(uid="gh-heathmoor-panel-3311@greenhouse.io", method="REQUEST",
                start="2026-03-11 13:00 +0000", end="2026-03-11 14:00 +0000",
                summary="Panel interview - HR Recruitment Coordinator (Anaïs Grünewald-Sow)",
                organizer=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
                location="Microsoft Teams", inline=False)],
))

MESSAGES.append(dict(
    id="thamesgate_phone_screen", kind="interview_invitation", lang="en",
    company="Wexford & Lyle", contact="oliver.pemberton@thamesgate-rpo.example.co.uk",
    frm=("Oliver Pemberton", "oliver.pemberton@thamesgate-rpo.example.co.uk"),
    subject="Wexford & Lyle - Recruitment Assistant: first call",
    date="2026-05-28 12:15 +0100", parent="thamesgate_wexford_ack",
    text="""Hi Anaïs,

I'm the Thamesgate consultant running the Recruitment Assistant campaign for Wexford & Lyle, and your application is one I'd like to take further.

Would Tuesday 2 June at 11:00 UK time work for a 20-minute phone screen? I'll cover the role, the bank's hybrid policy and your right to work in the UK, and answer anything you'd like to ask.

If Tuesday doesn't suit, send me a couple of alternatives.

Best regards,
Oliver Pemberton
Senior Consultant | Thamesgate Recruitment Partners
3 Mitre Square, London EC3A 5AN | +44 20 7946 0377""",
))

_t = """Hi Anaïs,

Thanks for applying for the Talent Acquisition Assistant position at Alpavia in Geneva. We'd love to set up a 45-minute video interview with Sandra Keller, our Head of HR.

Please pick a time that suits you using the link below - slots are available from 14 to 17 July:
https://hire.lever.co/interviews/alpavia/schedule/2b9e41

Looking forward to speaking with you,
Lukas Brunner
Recruiter, Alpavia"""
MESSAGES.append(dict(
    id="alpavia_lever_interview", kind="interview_invitation", lang="en", company="Alpavia",
    contact="lukas.brunner@alpavia.example.ch",
    frm=("Lukas Brunner (Alpavia)", "no-reply@hire.lever.co"),
    reply_to=("Lukas Brunner", "lukas.brunner@alpavia.example.ch"),
    subject="Alpavia: let's schedule your interview",
    date="2026-07-09 11:00 +0200", parent="alpavia_lever_ack",
    text=_t,
    html=ats_card("Alpavia", "#c8102e", _t, lang="en",
                  button=("Schedule interview",
                          "https://hire.lever.co/interviews/alpavia/schedule/2b9e41"),
                  footer="Sent via Lever"),
))

MESSAGES.append(dict(
    id="nimbus_casual", kind="interview_invitation", lang="en", company="Nimbus Crew",
    contact="tom@nimbuscrew.example.co.uk",
    frm=("Tom Ashworth", "tom@nimbuscrew.example.co.uk"),
    subject="people ops role - quick chat?",
    date="2026-04-27 16:22 +0100",
    text="""Hi Anaïs,

Loved your note about running crew briefings at 5am - that's exactly the energy we need in people ops.

Are you free Thursday to chat? 10:30 UK time, 30 mins on Zoom, totally informal. Link: https://zoom.us/j/5550193344

Tom
Co-founder, Nimbus Crew
(we build rostering software for cabin crew)""",
))

MESSAGES.append(dict(
    id="penhallow_interview", kind="interview_invitation", lang="en",
    company="Penhallow Retail", contact="hannah.trelawney@penhallow.example.co.uk",
    frm=("Hannah Trelawney", "hannah.trelawney@penhallow.example.co.uk"),
    subject="Interview - People & Recruitment Assistant, Long Acre",
    date="2026-07-08 13:00 +0100",
    text="""Dear Anaïs,

Thank you for your application for the People & Recruitment Assistant position at our Long Acre store.

I would like to invite you for an interview on Tuesday 14 July at 10:30. Please come to the staff entrance on Banbury Court and ask for me. The interview will last about 45 minutes and will be followed by a short walk around the shop floor.

Kindly confirm by replying to this email.

Kind regards,
Hannah Trelawney
Store Manager, Penhallow Retail - Long Acre
020 7946 0550""",
))

_t = """Dear Anaïs,

Thank you for applying for the Guest Services Recruitment Administrator role at Skylane Lounges.

We would like to invite you to an interview with myself and Rachel Ng, Lounge Operations Manager, on Tuesday 15 September at 11:00, at our office at 40 Bath Road, Hounslow TW6 2AA.

Please bring photo ID for the building pass and let me know if you need any adjustments for the interview.

Kind regards,

Daniel Okafor
HR Business Partner
Skylane Lounges | 40 Bath Road, Hounslow TW6 2AA
+44 20 8555 0199"""
MESSAGES.append(dict(
    id="skylane_interview", kind="interview_invitation", lang="en",
    company="Skylane Lounges", contact="daniel.okafor@skylane.example.co.uk",
    frm=("Daniel Okafor", "daniel.okafor@skylane.example.co.uk"),
    subject="Interview invitation - Guest Services Recruitment Administrator",
    date="2026-09-07 10:10 +0100",
    text=_t, html=outlook_html(_t, lang="en"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    id="castlebar_call", kind="interview_invitation", lang="en", company="Castlebar Talent",
    contact="fiona@castlebartalent.example.co.uk",
    frm=("Fiona Gallagher", "fiona@castlebartalent.example.co.uk"),
    subject="Confidential HR assistant brief - can we talk Thursday?",
    date="2026-08-11 17:45 +0100",
    text="""Hi Anaïs,

Thanks for sending your CV over so quickly. I'm working on a confidential brief for an HR assistant at a travel business in central London - I can't name them yet, but I think your background fits.

Could I call you on Thursday 13 August at 2pm UK time for a proper interview? It'll take about half an hour, and if it goes well I'll put you forward to the client the same week.

Fiona

Fiona Gallagher
Director, Castlebar Talent
Search & Selection | London
+44 7700 900 418""",
))

# ------------------------------------------------------------------ de

_t = """Sehr geehrte Frau Grünewald-Sow,

vielen Dank für Ihre Bewerbung als Recruiting-Assistenz (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.

Termin: Montag, 23. Februar 2026, 10:00 bis 11:00 Uhr
Ort: Flugwerk Isar, Lilienthalstraße 12, 85399 Hallbergmoos, Empfang Gebäude A
Gesprächspartner: Katharina Obermaier (Personalreferentin) und Jan Moosbauer (Leiter Personal)

Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung.

Mit freundlichen Grüßen
Katharina Obermaier
Personalreferentin
Flugwerk Isar GmbH | Lilienthalstraße 12 | 85399 Hallbergmoos
Tel. +49 811 555 3120"""
MESSAGES.append(dict(
    id="flugwerk_invite_ics", kind="interview_invitation", lang="de",
    company="Flugwerk Isar", contact="k.obermaier@flugwerk-isar.example.de",
    frm=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
    subject="Einladung zum Vorstellungsgespräch - Recruiting-Assistenz (m/w/d)",
    date="2026-02-11 15:05 +0100", parent="flugwerk_personio_ack",
    text=_t,
    attach=[ics(uid="fwi-vg-0223@flugwerk-isar.example.de", method="REQUEST",
                start="2026-02-23 10:00 +0100", end="2026-02-23 11:00 +0100",
                summary="Vorstellungsgespräch Recruiting-Assistenz - Grünewald-Sow",
                organizer=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
                location="Flugwerk Isar, Lilienthalstraße 12, 85399 Hallbergmoos")],
))

MESSAGES.append(dict(
    id="kesslerwahl_client_meeting", kind="interview_invitation", lang="de",
    company="Bavaria Cabin Interiors", contact="s.kessler@kesslerwahl.example.de",
    frm=("Stefan Keßler", "s.kessler@kesslerwahl.example.de"),
    subject="Gesprächstermin bei Bavaria Cabin Interiors am 15. Mai",
    date="2026-05-07 14:30 +0200", parent="kesslerwahl_nicht_erreicht",
    text="""Liebe Frau Grünewald-Sow,

schön, dass wir am Dienstag doch noch ausführlich telefonieren konnten. Ich habe Ihr Profil an Bavaria Cabin Interiors weitergegeben, und die Personalleiterin, Frau Dr. Hintermaier, möchte Sie gerne kennenlernen.

Das Gespräch findet am Freitag, 15. Mai, um 9:30 Uhr im Werk in Oberding statt (Erdinger Straße 40, Pforte Nord). Geplant ist eine Stunde, das Gespräch wird überwiegend auf Deutsch geführt, ein Teil auf Englisch.

Ich rufe Sie am Vortag an, um alles vorzubereiten.

Herzliche Grüße
Stefan Keßler
Keßler & Wahl Personalberatung
Maximilianstraße 35, 80539 München
Tel. +49 89 5550 2741""",
))

MESSAGES.append(dict(
    id="lindwurm_probearbeit", kind="interview_invitation", lang="de",
    company="Kaufhaus Lindwurm", contact="s.gruber@kaufhaus-lindwurm.example.de",
    frm=("Sabine Gruber", "s.gruber@kaufhaus-lindwurm.example.de"),
    subject="Ihre Bewerbung - Einladung zum Probearbeitstag",
    date="2026-08-06 10:40 +0200", parent="own_bewerbung_lindwurm",
    text="""Sehr geehrte Frau Grünewald-Sow,

danke für Ihre Bewerbung als Assistenz Personalgewinnung. Wir laden Sie herzlich zu einem Probearbeitstag in unserer Personalabteilung ein.

Termin: Dienstag, 18. August 2026, 9:00 bis ca. 16:00 Uhr
Treffpunkt: Personaleingang Sendlinger Straße 21, 3. OG

Sie begleiten unser Team bei Bewerbungsgesprächen für die Weihnachtsaushilfen. Mittagessen in der Kantine ist inklusive.

Mit freundlichen Grüßen
Sabine Gruber
Personalabteilung
Kaufhaus Lindwurm | Sendlinger Straße 21 | 80331 München""",
))

# ------------------------------------------------------------------ es

_t = """Hola Anaïs:

¡Gracias por tu interés en Mercat Blau! Nos ha gustado mucho tu candidatura para el puesto de Técnica de Selección y nos encantaría conocerte.

Te proponemos una entrevista presencial el miércoles 2 de septiembre a las 11:00 en nuestras oficinas, C/ del Consell de Cent 312, 08007 Barcelona. Estaremos Jordina Vidal, responsable de personas, y yo.

Confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Núria Puigdomènech
Talent Acquisition - Mercat Blau"""
MESSAGES.append(dict(
    id="mercat_teamtailor_invite", kind="interview_invitation", lang="es",
    company="Mercat Blau", contact="nuria.puigdomenech@mercatblau.example.es",
    frm=("Núria Puigdomènech - Mercat Blau", "no-reply@teamtailor-mail.com"),
    reply_to=("Núria Puigdomènech", "nuria.puigdomenech@mercatblau.example.es"),
    subject="Mercat Blau: invitación a entrevista - Técnica de Selección",
    date="2026-08-27 10:15 +0200", parent="mercat_teamtailor_ack",
    text=_t,
    html=ats_card("Mercat Blau", "#1565c0", _t, lang="es", footer="Enviado con Teamtailor"),
))

_t = """Hola Anaïs:

Tras la primera llamada, queremos invitarte a una entrevista con el panel para el puesto de Técnica de RRHH en Iberaero Componentes.

Fecha: martes 17 de marzo de 2026, de 10:00 a 11:30
Lugar: Parc Tecnològic del Vallès, edificio Iberaero, sala Montseny
Panel: Jordi Castells (Selección), Laia Serra (Relaciones Laborales) y Pau Mir (Dirección de Planta)

Adjunto la convocatoria en el calendario. Por favor, acéptala para confirmar.

Saludos cordiales,
Jordi Castells
Responsable de Selección
Iberaero Componentes S.L. - Parc Tecnològic del Vallès, 08290 Cerdanyola del Vallès
Tel. +34 93 555 71 02"""
MESSAGES.append(dict(
    id="iberaero_panel_ics", kind="interview_invitation", lang="es",
    company="Iberaero Componentes", contact="jordi.castells@iberaero.example.es",
    frm=("Jordi Castells", "jordi.castells@iberaero.example.es"),
    subject="Convocatoria: entrevista con panel - Técnica de RRHH",
    date="2026-03-03 09:50 +0100",
    text=_t, cte="b64",
    attach=[ics(uid="iberaero-panel-0317@iberaero.example.es", method="REQUEST",
                start="2026-03-17 10:00 +0100", end="2026-03-17 11:30 +0100",
                summary="Entrevista panel Técnica de RRHH - Anaïs Grünewald-Sow",
                organizer=("Jordi Castells", "jordi.castells@iberaero.example.es"),
                location="Parc Tecnològic del Vallès, sala Montseny")],
))

MESSAGES.append(dict(
    id="talentomed_cliente", kind="interview_invitation", lang="es",
    company="Hoteles Barceloneta Mar", contact="marta.ibanez@talentomed.example.es",
    frm=("Marta Ibáñez", "marta.ibanez@talentomed.example.es"),
    subject="Entrevista con Hoteles Barceloneta Mar - miércoles 17",
    date="2026-06-15 12:20 +0200", parent="talentomed_alta",
    text="""Hola Anaïs:

¡Buenas noticias! Hoteles Barceloneta Mar quiere entrevistarte para el puesto de auxiliar de recursos humanos (contrato de 6 meses, jornada completa).

La entrevista es el miércoles 17 de junio a las 11:00 en el Hotel Barceloneta Mar, Passeig de Joan de Borbó 99. Pregunta en recepción por Sergi Llopis, jefe de personal.

Llévate un CV impreso. Llámame si tienes cualquier duda.

Marta Ibáñez
Consultora - Talento Mediterráneo ETT
C/ de Pallars 193, 08005 Barcelona
+34 93 555 42 18""",
))

# ================================================================== interview_reschedule_or_cancel
# ------------------------------------------------------------------ fr

_t = """Bonjour Anaïs,

Mathieu Roques est retenu à Hambourg le 16 juillet ; je me permets donc de décaler votre entretien avec le jury.

Nouvelle date : mardi 21 juillet 2026, de 14h00 à 15h30, même lieu (bâtiment B, Colomiers).

L'invitation de votre agenda est mise à jour automatiquement. Si ce créneau pose problème, dites-le-moi et nous trouverons une autre solution.

Claire Vidal
Chargée de recrutement
Aérostructures Garonne
Tél. 05 34 55 62 18"""
MESSAGES.append(dict(
    id="garonne_panel_moved", kind="interview_reschedule_or_cancel", lang="fr",
    company="Aérostructures Garonne", contact="claire.vidal@garonne-aero.example.fr",
    frm=("Claire Vidal", "claire.vidal@garonne-aero.example.fr"),
    subject="Mise à jour : Entretien Assistant(e) Recrutement - mar. 21 juil. 2026 14:00 - 15:30",
    date="2026-07-10 11:02 +0200", parent="garonne_panel_ics",
    text=_t, html=outlook_html(_t, lang="fr"),
    attach=[ics(uid="garonne-panel-r0142@garonne-aero.example.fr", method="REQUEST",
                sequence=1,
                start="2026-07-21 14:00 +0200", end="2026-07-21 15:30 +0200",
                summary="Entretien Assistant(e) Recrutement - Anaïs Grünewald-Sow",
                organizer=("Claire Vidal", "claire.vidal@garonne-aero.example.fr"),
                location="Aérostructures Garonne, 3 rue Marcel-Doret, Colomiers - Bât. B")],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_orig = """Bonjour Anaïs,

Je vous remercie pour votre candidature au poste de Gestionnaire recrutement (CDD 12 mois). Nous aimerions faire connaissance lors d'un entretien en visioconférence avec Mme Pujol, responsable du service emploi, et moi-même.

Mardi 10 mars 2026, 11h00 - 12h00, sur Microsoft Teams."""
MESSAGES.append(dict(
    id="occitane_interviewer_ill", kind="interview_reschedule_or_cancel", lang="fr",
    company="Occitane Avionique", contact="romain.castex@occitane-avionique.example.fr",
    frm=("Romain Castex", "romain.castex@occitane-avionique.example.fr"),
    subject="RE: Entretien Gestionnaire recrutement - Occitane Avionique",
    date="2026-03-09 08:20 +0100", parent="occitane_teams_ics",
    text=outlook_reply("""Bonjour Anaïs,

Mme Pujol est souffrante depuis ce week-end et ne pourra pas assurer l'entretien de demain. Plutôt que de le faire sans elle, je vous propose de le reporter au lundi 16 mars à 11h00, toujours sur Teams. Je vous renverrai une invitation à jour dès votre accord.

Toutes mes excuses pour ce contretemps.

Romain Castex
Chargé RH - Occitane Avionique""", "fr", "Romain Castex <romain.castex@occitane-avionique.example.fr>",
        "mardi 3 mars 2026 14:05", "Anaïs Grünewald-Sow <anais.gs@example.fr>",
        "Entretien Gestionnaire recrutement - Occitane Avionique", _orig),
))

MESSAGES.append(dict(
    id="moselle_assessment_moved", kind="interview_reschedule_or_cancel", lang="fr",
    company="Banque Moselle Privée", contact="laurent.weber@moselle-privee.example.lu",
    frm=("Laurent Weber", "laurent.weber@moselle-privee.example.lu"),
    subject="RE: Centre d'évaluation - Assistant(e) Talent Acquisition",
    date="2026-09-10 14:20 +0200", parent="own_reschedule_moselle",
    text=reply("""Bonjour Madame Grünewald-Sow,

Aucun souci, nous organisons une seconde session le mardi 29 septembre : je vous y ai inscrite, aux mêmes horaires (9h00 - 16h00) et à la même adresse. La nouvelle invitation est jointe et remplace la précédente.

Bien cordialement,
Laurent Weber
Talent Acquisition Specialist
Banque Moselle Privée - 18 boulevard Grande-Duchesse-Charlotte, L-1330 Luxembourg
+352 27 55 31 08""", "fr", "2026-09-09 07:45", "Anaïs Grünewald-Sow", "anais.gs@example.fr", RESCHEDULE_MOSELLE),
    attach=[ics(uid="bmp-ac-0922@moselle-privee.example.lu", method="REQUEST", sequence=1,
                start="2026-09-29 09:00 +0200", end="2026-09-29 16:00 +0200",
                summary="Centre d'évaluation Banque Moselle Privée",
                organizer=("Laurent Weber", "laurent.weber@moselle-privee.example.lu"),
                location="18 boulevard Grande-Duchesse-Charlotte, L-1330 Luxembourg",
                inline=False, filename="centre-evaluation-29-09.ics")],
))

_cand = """Bonjour Madame Aeschlimann,

Je suis confuse : j'étais en vol retour de Casablanca ce matin, le départ a été retardé et mon téléphone était encore en mode avion à 10h00. Je suis vraiment désolée d'avoir manqué votre appel.

Je reste très intéressée par le poste. Seriez-vous d'accord pour reprogrammer l'échange ? Je suis au sol toute la semaine prochaine.

Bien cordialement,
Anaïs Grünewald-Sow"""
MESSAGES.append(dict(
    id="lemanique_new_slot", kind="interview_reschedule_or_cancel", lang="fr",
    company="Banque Lémanique", contact="s.aeschlimann@banque-lemanique.example.ch",
    frm=("Sophie Aeschlimann", "s.aeschlimann@banque-lemanique.example.ch"),
    subject="RE: Appel manqué - Assistante RH Acquisition de talents",
    date="2026-04-24 09:10 +0200", parent="lemanique_tried_calling",
    refs=["<20260423183344.7c1e@example.fr>"],
    text=reply("""Bonjour Madame Grünewald-Sow,

Ce sont des choses qui arrivent, surtout dans votre métier !

Je déplace notre échange téléphonique au mardi 28 avril à 9h30 ; je vous appellerai sur le même numéro. Si ce créneau ne convient pas, indiquez-m'en un autre.

Avec mes meilleures salutations,
Sophie Aeschlimann
Talent Acquisition Partner - Banque Lémanique""", "fr", "2026-04-23 18:33",
        "Anaïs Grünewald-Sow", "anais.gs@example.fr", _cand),
))

MESSAGES.append(dict(
    id="talentis_cancel_ics", kind="interview_reschedule_or_cancel", lang="fr",
    company="Méditerranée Assurances", contact="camille.fabre@talentis-sud.example.fr",
    frm=("Camille Fabre", "camille.fabre@talentis-sud.example.fr"),
    subject="Annulé : Entretien Méditerranée Assurances - Assistante recrutement",
    date="2026-06-24 16:55 +0200", parent="talentis_rpo_visio",
    text="""Bonjour Anaïs,

Je viens d'apprendre que Mme Roussel doit assister demain à un comité de direction imprévu : l'entretien de jeudi 14h est donc annulé.

Rassurez-vous, cela n'a rien à voir avec votre candidature, qui reste tout à fait d'actualité. Méditerranée Assurances me communique de nouvelles disponibilités en début de semaine prochaine et je reviens aussitôt vers vous.

Camille Fabre
Chargée de recrutement RPO - Talentis Sud
04 67 55 09 38""",
    attach=[ics(uid="talentis-medass-0625@talentis-sud.example.fr", method="CANCEL", sequence=1,
                start="2026-06-25 14:00 +0200", end="2026-06-25 15:00 +0200",
                summary="Annulé : Entretien Méditerranée Assurances - Assistante recrutement",
                organizer=("Camille Fabre", "camille.fabre@talentis-sud.example.fr"),
                location="https://meet.talentis-sud.example.fr/medass-0625")],
))

MESSAGES.append(dict(
    id="galeries_trial_moved", kind="interview_reschedule_or_cancel", lang="fr",
    company="Galeries Capitole", contact="nadia.benali@galeries-capitole.example.fr",
    frm=("Nadia Benali", "nadia.benali@galeries-capitole.example.fr"),
    subject="Changement de date - journée d'immersion",
    date="2026-09-18 12:30 +0200", parent="galeries_trial_day",
    text="""Bonjour Anaïs,

L'inventaire annuel du magasin a été avancé au jeudi 24 septembre, et toute l'équipe RH sera mobilisée ce jour-là. Je dois donc déplacer votre journée d'immersion au mardi 29 septembre, mêmes horaires (9h00 - 17h00), même entrée du personnel.

Pouvez-vous me confirmer que cette date vous convient ?

Merci et à bientôt,
Nadia Benali
Responsable des ressources humaines - Galeries Capitole""",
    charset="iso-8859-1", cte="8bit",
))

MESSAGES.append(dict(
    id="vauban_client_postponed", kind="interview_reschedule_or_cancel", lang="fr",
    company="Lutèce Hôtels", contact="b.lacombe@vauban-talents.example.fr",
    frm=("Bérénice Lacombe", "b.lacombe@vauban-talents.example.fr"),
    subject="Lutèce Hôtels - entretien décalé au 18 mars",
    date="2026-03-09 09:35 +0100", parent="vauban_client_meeting",
    text="""Bonjour Anaïs,

Petit changement : Mme Ravel doit s'absenter mercredi, l'entretien chez Lutèce Hôtels est décalé au mercredi 18 mars, même heure (15h00), même adresse.

Bérénice""",
))

_t = """Bonjour Anaïs,

Pour des raisons d'organisation, la journée de sélection Air Pastel initialement prévue le mardi 3 mars est déplacée au mardi 10 mars 2026. Les horaires (8h30 - 17h00) et le lieu (Aéroport Toulouse-Blagnac, bâtiment 4) restent inchangés.

Merci de confirmer votre présence à cette nouvelle date en cliquant sur le bouton ci-dessous.

L'équipe recrutement Air Pastel"""
MESSAGES.append(dict(
    id="airpastel_assessment_moved", kind="interview_reschedule_or_cancel", lang="fr",
    company="Air Pastel", contact="",
    frm=("Air Pastel", "no-reply@teamtailor-mail.com"),
    subject="Nouvelle date pour votre journée de sélection",
    date="2026-02-25 09:00 +0100", parent="airpastel_assessment_centre",
    text=_t,
    html=ats_card("Air Pastel", "#e07a9b", _t,
                  button=("Je confirme", "https://airpastel.teamtailor.com/events/selection-0310/rsvp"),
                  footer="Envoyé avec Teamtailor - Air Pastel, 31700 Blagnac"),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ en

_t = """Hi Anaïs,

Apologies for the change: James has been called to an audit on the 11th, so we've moved your panel interview to Monday 16 March, 15:00-16:00 UK time, still on Microsoft Teams.

The updated invitation is attached and replaces the earlier one. The format and the short exercise are unchanged.

Best,
Priya"""
MESSAGES.append(dict(
    id="heathmoor_panel_moved", kind="interview_reschedule_or_cancel", lang="en",
    company="Heathmoor Airways", contact="priya.ramanathan@heathmoor.example.co.uk",
    frm=("Priya Ramanathan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
    subject="Updated: panel interview for HR Recruitment Coordinator - Mon 16 Mar",
    date="2026-03-06 09:30 +0000", parent="heathmoor_greenhouse_panel",
    text=_t,
    attach=[ics(uid="gh-heathmoor-panel-3311@greenhouse.io", method="REQUEST", sequence=1,
                start="2026-03-16 15:00 +0000", end="2026-03-16 16:00 +0000",
                summary="Panel interview - HR Recruitment Coordinator (Anaïs Grünewald-Sow)",
                organizer=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
                location="Microsoft Teams", inline=False)],
))

MESSAGES.append(dict(
    id="thamesgate_cancel", kind="interview_reschedule_or_cancel", lang="en",
    company="Wexford & Lyle", contact="oliver.pemberton@thamesgate-rpo.example.co.uk",
    frm=("Oliver Pemberton", "oliver.pemberton@thamesgate-rpo.example.co.uk"),
    subject="Today's call - need to cancel",
    date="2026-06-02 08:05 +0100", parent="thamesgate_phone_screen",
    text="""Morning Anaïs,

Sorry for the short notice - I've been pulled into an all-day workshop at Wexford & Lyle's offices and have to cancel our 11:00 call today.

Nothing has changed on the bank's side and your application is still very much live. I'll send you a couple of new times tomorrow.

Oliver""",
))

_orig = """Dear Anaïs,

Thank you for applying for the Guest Services Recruitment Administrator role at Skylane Lounges.

We would like to invite you to an interview with myself and Rachel Ng, Lounge Operations Manager, on Tuesday 15 September at 11:00, at our office at 40 Bath Road, Hounslow TW6 2AA."""
_new = """Dear Anaïs,

Rachel has to cover an operational issue at Terminal 5 on Tuesday, so I'm afraid we need to move your interview. Could you do Thursday 17 September at 14:00 instead, same address?

Apologies for the inconvenience.

Kind regards,
Daniel Okafor
HR Business Partner, Skylane Lounges"""
_head = outlook_block("en", "Daniel Okafor <daniel.okafor@skylane.example.co.uk>",
                      "07 September 2026 10:10", "Anaïs Grünewald-Sow <anais.gs@example.fr>",
                      "Interview invitation - Guest Services Recruitment Administrator")
MESSAGES.append(dict(
    id="skylane_moved", kind="interview_reschedule_or_cancel", lang="en",
    company="Skylane Lounges", contact="daniel.okafor@skylane.example.co.uk",
    frm=("Daniel Okafor", "daniel.okafor@skylane.example.co.uk"),
    subject="RE: Interview invitation - Guest Services Recruitment Administrator",
    date="2026-09-10 16:40 +0100", parent="skylane_interview",
    text=outlook_reply(_new, "en", "Daniel Okafor <daniel.okafor@skylane.example.co.uk>",
                       "07 September 2026 10:10", "Anaïs Grünewald-Sow <anais.gs@example.fr>",
                       "Interview invitation - Guest Services Recruitment Administrator", _orig),
    html=outlook_html(_new, lang="en", quoted_head=_head, quoted=_orig),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

# ------------------------------------------------------------------ de

MESSAGES.append(dict(
    id="flugwerk_cancel_ics", kind="interview_reschedule_or_cancel", lang="de",
    company="Flugwerk Isar", contact="k.obermaier@flugwerk-isar.example.de",
    frm=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
    subject="Abgesagt: Vorstellungsgespräch Recruiting-Assistenz - Grünewald-Sow",
    date="2026-02-18 17:40 +0100", parent="flugwerk_invite_ics",
    text="""Sehr geehrte Frau Grünewald-Sow,

leider müssen wir den Termin am Montag, 23. Februar, absagen, da Herr Moosbauer kurzfristig verhindert ist. Das Gespräch entfällt, wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Mit freundlichen Grüßen
Katharina Obermaier
Personalreferentin, Flugwerk Isar""",
    attach=[ics(uid="fwi-vg-0223@flugwerk-isar.example.de", method="CANCEL", sequence=1,
                start="2026-02-23 10:00 +0100", end="2026-02-23 11:00 +0100",
                summary="Abgesagt: Vorstellungsgespräch Recruiting-Assistenz - Grünewald-Sow",
                organizer=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
                location="Flugwerk Isar, Lilienthalstraße 12, 85399 Hallbergmoos")],
))

MESSAGES.append(dict(
    id="lindwurm_verschoben", kind="interview_reschedule_or_cancel", lang="de",
    company="Kaufhaus Lindwurm", contact="s.gruber@kaufhaus-lindwurm.example.de",
    frm=("Sabine Gruber", "s.gruber@kaufhaus-lindwurm.example.de"),
    subject="AW: Ihre Bewerbung - Einladung zum Probearbeitstag",
    date="2026-08-12 09:15 +0200", parent="lindwurm_probearbeit",
    text="""Sehr geehrte Frau Grünewald-Sow,

wegen einer Betriebsversammlung müssen wir Ihren Probearbeitstag verschieben. Neuer Termin ist Donnerstag, der 20. August, wieder um 9:00 Uhr am Personaleingang.

Bitte geben Sie mir kurz Bescheid, ob das passt.

Mit freundlichen Grüßen
Sabine Gruber
Personalabteilung Kaufhaus Lindwurm""",
    charset="iso-8859-1", cte="qp",
))

# ------------------------------------------------------------------ es

MESSAGES.append(dict(
    id="mercat_cambio_hora", kind="interview_reschedule_or_cancel", lang="es",
    company="Mercat Blau", contact="nuria.puigdomenech@mercatblau.example.es",
    frm=("Núria Puigdomènech", "nuria.puigdomenech@mercatblau.example.es"),
    subject="Cambio de hora - entrevista del miércoles",
    date="2026-08-31 18:05 +0200", parent="mercat_teamtailor_invite",
    text="""Hola Anaïs:

Te escribo para cambiar la hora de la entrevista del miércoles 2 de septiembre: Jordina tiene una reunión por la mañana, así que la pasamos a las 16:30, en la misma dirección.

Si no te va bien, dime qué otra hora te vendría mejor esta semana.

Gracias y hasta el miércoles,
Núria
Talent Acquisition - Mercat Blau
+34 93 555 80 64""",
))

MESSAGES.append(dict(
    id="iberaero_aplazada", kind="interview_reschedule_or_cancel", lang="es",
    company="Iberaero Componentes", contact="jordi.castells@iberaero.example.es",
    frm=("Jordi Castells", "jordi.castells@iberaero.example.es"),
    subject="Actualizada: entrevista con panel - jueves 26 de marzo",
    date="2026-03-11 13:20 +0100", parent="iberaero_panel_ics",
    text="""Hola Anaïs:

Por una auditoría de cliente en la planta, aplazamos la entrevista con el panel prevista el martes 17. La nueva fecha es el jueves 26 de marzo, de 10:00 a 11:30, en la misma sala.

La convocatoria del calendario se ha actualizado. Disculpa las molestias.

Jordi Castells
Responsable de Selección - Iberaero Componentes""",
    attach=[ics(uid="iberaero-panel-0317@iberaero.example.es", method="REQUEST", sequence=1,
                start="2026-03-26 10:00 +0100", end="2026-03-26 11:30 +0100",
                summary="Entrevista panel Técnica de RRHH - Anaïs Grünewald-Sow",
                organizer=("Jordi Castells", "jordi.castells@iberaero.example.es"),
                location="Parc Tecnològic del Vallès, sala Montseny")],
))

# ================================================================== missed_interview_notice

MESSAGES.append(dict(
    id="lemanique_tried_calling", kind="missed_interview_notice", lang="fr",
    company="Banque Lémanique", contact="s.aeschlimann@banque-lemanique.example.ch",
    frm=("Sophie Aeschlimann", "s.aeschlimann@banque-lemanique.example.ch"),
    subject="Appel manqué - Assistante RH Acquisition de talents",
    date="2026-04-23 10:24 +0200", parent="lemanique_phone_screen",
    text="""Bonjour Madame Grünewald-Sow,

J'ai essayé de vous appeler deux fois à 10h00, comme convenu, au +33 6 41 27 88 05, mais je suis tombée sur votre messagerie.

Pouvez-vous me dire si vous êtes toujours intéressée par le poste ? Le cas échéant, je vous propose de trouver un autre moment.

Avec mes meilleures salutations,
Sophie Aeschlimann
Talent Acquisition Partner - Banque Lémanique
+41 22 555 18 40""",
))

MESSAGES.append(dict(
    id="capitole_client_waited", kind="missed_interview_notice", lang="fr",
    company="Daurade Logistique", contact="julien.estrade@capitole-interim.example.fr",
    frm=("Julien Estrade", "julien.estrade@capitole-interim.example.fr"),
    subject="Re: RDV chez Daurade Logistique jeudi 14h",
    date="2026-02-05 15:10 +0100", parent="capitole_client_interview",
    text=reply("""Anaïs,

Mme Salles vient de m'appeler : elle vous a attendue une vingtaine de minutes à l'accueil de Fondeyre et personne ne s'est présenté à 14h00. Ni elle ni moi n'avons eu de message de votre part.

Tout va bien ? Rappelez-moi dès que vous pouvez au 05 61 55 20 14, que je sache quoi leur dire.

Julien""", "fr", "2026-02-03 11:30", "Julien Estrade", "julien.estrade@capitole-interim.example.fr",
        """Rendez-vous jeudi 5 février à 14h00, ZI de Fondeyre, 31200 Toulouse - demandez Mme Salles (RH) à l'accueil."""),
    cte="8bit",
))

MESSAGES.append(dict(
    id="medoc_teams_waited", kind="missed_interview_notice", lang="fr",
    company="Médoc Aéro Services", contact="thierry.lasserre@medoc-aero.example.fr",
    frm=("Thierry Lasserre", "thierry.lasserre@medoc-aero.example.fr"),
    subject="On t'a attendue sur Teams",
    date="2026-05-21 15:25 +0200", parent="medoc_casual",
    text="""Bonjour Anaïs,

Corinne et moi t'avons attendue sur Teams à 15h comme prévu, mais personne ne s'est connecté. J'espère que ce n'est rien de grave.

Tiens-moi au courant.

Thierry
Responsable RH site - Médoc Aéro Services""",
    charset="windows-1252", cte="qp",
))

MESSAGES.append(dict(
    id="ardennes_visio_absent", kind="missed_interview_notice", lang="fr",
    company="Ardennes Air Cargo", contact="melanie.schmit@ardennes-cargo.example.lu",
    frm=("Mélanie Schmit", "melanie.schmit@ardennes-cargo.example.lu"),
    subject="Entretien de 14h - vous ne vous êtes pas connectée",
    date="2026-04-16 14:35 +0200", parent="ardennes_ashby_visio",
    text="""Bonjour Anaïs,

Marc Thill et moi vous avons attendue sur Google Meet à partir de 14h00, mais vous ne vous êtes pas connectée et nous n'avons pas réussi à vous joindre.

Je suppose qu'il y a eu un empêchement. Merci de me tenir informée.

Mélanie Schmit
Talent Partner - Ardennes Air Cargo
+352 26 55 70 41""",
))

MESSAGES.append(dict(
    id="pyrene_phone_no_answer", kind="missed_interview_notice", lang="fr",
    company="Banque Pyrène", contact="g.sarda@banque-pyrene.example.fr",
    frm=("Guillaume Sarda", "g.sarda@banque-pyrene.example.fr"),
    subject="Notre entretien téléphonique de 11h",
    date="2026-04-14 11:20 +0200", parent="pyrene_taleo_ack",
    text="""Madame,

Je vous ai appelée à 11h00 comme convenu pour notre entretien téléphonique concernant le poste de Chargée de recrutement junior, sans réponse. Je vous ai laissé un message vocal.

Je reste joignable au 05 61 55 33 72 jusqu'à vendredi.

Cordialement,
Guillaume Sarda
Chargé de recrutement - Banque Pyrène""",
))

MESSAGES.append(dict(
    id="castlebar_missed_call", kind="missed_interview_notice", lang="en",
    company="Castlebar Talent", contact="fiona@castlebartalent.example.co.uk",
    frm=("Fiona Gallagher", "fiona@castlebartalent.example.co.uk"),
    subject="Re: Confidential HR assistant brief - can we talk Thursday?",
    date="2026-08-13 14:25 +0100", parent="castlebar_call",
    text="""Hi Anaïs,

I called at 2pm as agreed - twice - and it went straight to voicemail both times. Let me know when you're free; the client wants a shortlist early next week.

Fiona
+44 7700 900 418""",
))

MESSAGES.append(dict(
    id="nimbus_waited_zoom", kind="missed_interview_notice", lang="en",
    company="Nimbus Crew", contact="tom@nimbuscrew.example.co.uk",
    frm=("Tom Ashworth", "tom@nimbuscrew.example.co.uk"),
    subject="missed you on zoom",
    date="2026-04-30 10:50 +0100", parent="nimbus_casual",
    text="""Hi Anaïs,

We waited on Zoom for 15 mins (me and Priti, our head of ops) but no sign of you. Maybe a time zone thing? It was 10:30 UK / 11:30 Paris.

Tom""",
))

MESSAGES.append(dict(
    id="kesslerwahl_nicht_erreicht", kind="missed_interview_notice", lang="de",
    company="Bavaria Cabin Interiors", contact="s.kessler@kesslerwahl.example.de",
    frm=("Stefan Keßler", "s.kessler@kesslerwahl.example.de"),
    subject="Unser Telefonat heute um 10 Uhr",
    date="2026-05-04 10:25 +0200",
    text="""Liebe Frau Grünewald-Sow,

ich habe Sie heute um 10 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht erreicht. In unserem Gespräch sollte es um die Position als HR-Assistenz bei Bavaria Cabin Interiors gehen.

Bitte melden Sie sich, wenn Sie weiterhin Interesse haben.

Herzliche Grüße
Stefan Keßler
Keßler & Wahl Personalberatung
Tel. +49 89 5550 2741""",
))

MESSAGES.append(dict(
    id="isartal_teams_gewartet", kind="missed_interview_notice", lang="de",
    company="Isartal Bank", contact="j.leitner@isartal-bank.example.de",
    frm=("Johanna Leitner", "j.leitner@isartal-bank.example.de"),
    subject="Ihr Interview heute um 14:00 Uhr",
    date="2026-09-24 14:30 +0200", parent="isartal_softgarden_ack",
    text="""Sehr geehrte Frau Grünewald-Sow,

wir haben heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich jedoch nicht eingewählt.

Falls technische Probleme der Grund waren, lassen Sie es mich bitte bis Freitag wissen.

Mit freundlichen Grüßen
Johanna Leitner
Recruiting, Isartal Bank AG
Leopoldstraße 90, 80802 München""",
))

MESSAGES.append(dict(
    id="talentomed_no_se_presento", kind="missed_interview_notice", lang="es",
    company="Hoteles Barceloneta Mar", contact="marta.ibanez@talentomed.example.es",
    frm=("Marta Ibáñez", "marta.ibanez@talentomed.example.es"),
    subject="¿Qué ha pasado con la entrevista?",
    date="2026-06-17 12:05 +0200", parent="talentomed_cliente",
    text="""Anaïs:

Me acaba de llamar Sergi Llopis, de Hoteles Barceloneta Mar: dice que no te presentaste a la entrevista de las 11:00 y que no pudo localizarte.

Llámame en cuanto leas esto para ver cómo lo arreglamos.

Marta
+34 93 555 42 18""",
))
