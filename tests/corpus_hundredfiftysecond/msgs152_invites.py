# ruff: noqa
"""Corpus 152, interview news: `interview_invitation` (26: fr 13, en 6, es 4, de 3),
`interview_reschedule_or_cancel` (15: fr 7, en 4, es 2, de 2) and
`missed_interview_notice` (10: fr 5, en 2, es 2, de 1). All hand-written."""

from __future__ import annotations

import msgs152_common as C

Y = C.CANDIDATE
MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ============================================================================ invitations, fr (13)

t = """Bonjour Yanis,

J'ai bien lu votre candidature pour le poste de déclarant en douane junior à notre agence du Cap Pinède. Votre expérience au pointage conteneurs nous intéresse.

Avant d'aller plus loin, je vous propose un premier échange téléphonique d'une vingtaine de minutes. Seriez-vous joignable mercredi 4 mars entre 14h et 17h ? Indiquez-moi simplement l'heure qui vous arrange et le bon numéro.

Bien cordialement,

Nadia Ferrando
Responsable ressources humaines
Transitaire Phocéen – 88 boulevard de Cap Pinède, 13015 Marseille
04 91 09 72 51"""
add(kind=INV, slug="phoceen_phone_screen", company="Transitaire Phocéen",
    contact="nadia.ferrando@phoceen-transit.example.fr", lang="fr",
    date="2026-03-02 09:41 +0100", thread="phoceen",
    frm=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
    subject="Votre candidature – premier échange téléphonique",
    subj_enc="utf-8:Q",
    text=t, cte="8bit")

t = """Bonjour Yanis,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec Olivier Castagnier, directeur des opérations douane, et moi-même.

Date : mardi 17 mars 2026, de 10h00 à 11h00
Lieu : Transitaire Phocéen, 88 boulevard de Cap Pinède, 13015 Marseille – demandez Nadia à l'accueil

Vous trouverez l'invitation ci-jointe pour votre agenda. Merci d'apporter une pièce d'identité (accès au port).

À très bientôt,
Nadia Ferrando
Responsable ressources humaines – Transitaire Phocéen"""
add(kind=INV, slug="phoceen_panel_calendar", company="Transitaire Phocéen",
    contact="nadia.ferrando@phoceen-transit.example.fr", lang="fr",
    date="2026-03-09 16:05 +0100", thread="phoceen",
    frm=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
    cc=[("Olivier Castagnier", "o.castagnier@phoceen-transit.example.fr")],
    subject="Invitation : entretien déclarant en douane – mar. 17 mars 10:00",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="phoceen-entretien-yhl-2026@phoceen-transit.example.fr",
             sequence=0, start="2026-03-17 10:00 +0100", minutes=60,
             summary="Entretien – Yanis Haddad-Lefort / déclarant en douane",
             location="Transitaire Phocéen, 88 bd de Cap Pinède, Marseille",
             organizer=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
             attendees=[("Olivier Castagnier", "o.castagnier@phoceen-transit.example.fr")]))

t = """Bonjour Monsieur Haddad-Lefort,

Votre profil a retenu notre attention pour le poste de déclarant(e) en douane au sein de notre plateforme du Havre.

Nous vous proposons un entretien en visioconférence avec M. Hervé Duchemin, responsable du service dédouanement, et moi-même le mercredi 11 février à 10h00 (durée : 45 minutes). Une invitation Teams est jointe à ce message ; merci de l'accepter pour confirmer votre présence.

Cordialement,

Claire Lemonnier
Chargée de recrutement
Seine Estuaire Logistique
Quai de l'Europe – 76600 Le Havre
Tél. +33 2 35 41 07 63"""
add(kind=INV, slug="seine_outlook_teams", company="Seine Estuaire Logistique",
    contact="c.lemonnier@seine-estuaire.example.fr", lang="fr",
    date="2026-02-03 14:30 +0100", thread="seine",
    frm=("Lemonnier Claire", "c.lemonnier@seine-estuaire.example.fr"),
    subject="Entretien – Déclarant(e) en douane – Le Havre",
    subj_enc="utf-8:B",
    text=t, html=C.outlook_html(C.mso(t)), cte="quoted-printable",
    headers=[("X-MS-Has-Attach", "yes"), ("Thread-Topic", "Entretien - Declarant(e) en douane")],
    ics_mode="attach",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000seine2026yhl",
             sequence=0, start="2026-02-11 10:00 +0100", minutes=45,
             summary="Entretien déclarant(e) en douane – Y. Haddad-Lefort",
             location="Réunion Microsoft Teams",
             description="Rejoindre la réunion : https://teams.example.com/l/meetup-join/seine-4471",
             organizer=("Claire Lemonnier", "c.lemonnier@seine-estuaire.example.fr"),
             attendees=[("Hervé Duchemin", "h.duchemin@seine-estuaire.example.fr")],
             filename="invite.ics"))

t = """Bonjour Yanis,

Bonne nouvelle : Golfe Terminaux souhaite vous rencontrer pour le poste d'assistant conformité douane !

L'entretien aura lieu le mardi 3 février à 9h30 directement sur le terminal, à Fos (Darse 2). Vous serez reçu par Mme Aurélie Pastor, responsable du service douane, pendant une heure environ.

Pensez à prendre votre pièce d'identité et des chaussures de sécurité si vous en avez, elle vous fera sans doute visiter le parc. Appelez-moi après l'entretien pour me faire un débrief.

Samia Belkacem
Consultante Transport & Logistique
Intérim Horizon Sud – Agence Marseille Joliette
04 91 56 23 40"""
add(kind=INV, slug="horizon_client_golfe", company="Golfe Terminaux",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-01-27 15:10 +0100", thread="horizon",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Entretien chez Golfe Terminaux – mardi 3/02",
    text=t, cte="quoted-printable")

t = """Bonjour Yanis,

Pour faire suite à notre entretien téléphonique, nous aimerions vous accueillir pour une journée d'essai au sein du service export, le mardi 12 mai de 8h30 à 17h00.

Au programme : observation des déclarations du matin avec Karine, puis une mise en situation l'après-midi sur deux dossiers réels (anonymisés). Le déjeuner est pris en charge.

Merci de me confirmer votre venue. Adresse : 14 quai Perrache, 69002 Lyon, 3e étage.

Bien à vous,
Mathilde Perrin
Responsable des ressources humaines – Rhône Commissionnaires
Tél. : 04 78 37 20 15"""
add(kind=INV, slug="rhone_trial_day", company="Rhône Commissionnaires",
    contact="mathilde.perrin@rhone-commissionnaires.example.fr", lang="fr",
    date="2026-05-04 11:12 +0200", thread="rhone",
    frm=("Perrin Mathilde", "mathilde.perrin@rhone-commissionnaires.example.fr"),
    subject="Proposition de journée d’essai – service export",
    subj_enc="utf-8:Q",
    text=t, html=C.outlook_html(C.mso(t)), charset="windows-1252", cte="quoted-printable")

t = """Monsieur Haddad-Lefort,

Merci pour votre candidature spontanée. Je vous propose un entretien en visio le jeudi 23 avril à 9h30 (30 minutes).

Lien Teams : https://teams.example.com/l/meetup-join/dcm-arnaud-0423

Merci de me confirmer par retour.

Jean-Philippe Arnaud
Gérant – Douanes Conseil Méditerranée
ZI du Caban – 13270 Fos-sur-Mer – 04 42 47 31 90"""
add(kind=INV, slug="dcm_teams_invite", company="Douanes Conseil Méditerranée",
    contact="jp.arnaud@dcm-douane.example.fr", lang="fr",
    date="2026-04-20 10:00 +0200", thread="dcm",
    frm=("Jean-Philippe Arnaud", "jp.arnaud@dcm-douane.example.fr"),
    subject="Entretien jeudi 23/04 9h30 (Teams)",
    text=t, cte="quoted-printable",
    ics=dict(method="REQUEST", uid="dcm-0423-yhl@dcm-douane.example.fr", sequence=0,
             start="2026-04-23 09:30 +0200", minutes=30,
             summary="Entretien DCM – Y. Haddad-Lefort", location="Microsoft Teams",
             organizer=("Jean-Philippe Arnaud", "jp.arnaud@dcm-douane.example.fr")))

t = """Salut Yanis,

C'est Rachid, le fils de M. Benhamou (on s'est croisés au salon de l'import à Marseille). Mon père m'a passé ton CV.

Tu serais dispo jeudi après-midi pour passer au dépôt ? On discute tranquillement du poste, je te montre comment on fait les déclarations pour les épices et le thé qui arrivent d'Inde, et tu me dis si ça te parle. Vers 15h ça irait ?

On est au 22 chemin de la Madrague-Ville, le portail vert.

Rachid
06 59 33 20 47"""
add(kind=INV, slug="benhamou_casual_drop_by", company="Benhamou & Fils",
    contact="rachid@benhamou-fils.example.fr", lang="fr",
    date="2026-09-07 21:14 +0200", thread="benhamou",
    frm=("Rachid Benhamou", "rachid@benhamou-fils.example.fr"),
    subject="Passer au dépôt jeudi ?",
    subj_enc="utf-8:B",
    text=t, cte="8bit")

t = """Bonjour Yanis,

Merci pour votre candidature au poste de Chargé(e) conformité import chez Maison Vaillard. Nous aimerions en savoir plus sur votre parcours !

Merci de choisir le créneau qui vous convient pour un entretien vidéo de 45 minutes avec Sophie Bertin et Julien Maret (responsable supply chain) :

https://app.greenhouse.example.io/scheduling/vaillard/7f3a91

Les créneaux proposés vont du 2 au 6 mars.

À bientôt,
Sophie Bertin
Talent Acquisition – Maison Vaillard"""
add(kind=INV, slug="vaillard_greenhouse_link", company="Maison Vaillard",
    contact="sophie.bertin@maisonvaillard.example.fr", lang="fr",
    date="2026-02-24 10:12 +0100", thread="vaillard",
    frm=("Sophie Bertin via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sophie Bertin", "sophie.bertin@maisonvaillard.example.fr"),
    subject="Maison Vaillard – Choisissez votre créneau d'entretien",
    text=t, html=C.ats_card("Maison Vaillard", C.paras(t), "Powered by Greenhouse",
                            color="#3a3a3a"),
    cte="quoted-printable")

t = """Monsieur,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convoquer à l'épreuve écrite du recrutement de spécialiste en commerce extérieur et contrôle des exportations.

Date : mercredi 15 avril 2026, 8h45 (accueil dès 8h15)
Lieu : Office cantonal du commerce extérieur, salle Léman, rue de l'Hôtel-de-Ville 11, Genève
Durée : 3 heures (cas pratique de classement tarifaire et d'origine, puis questionnaire)

Merci de vous munir d'une pièce d'identité et d'un stylo. Les calculatrices non programmables sont autorisées.

Valérie Chappuis
Responsable recrutement
Office cantonal du commerce extérieur
T +41 22 546 72 10"""
add(kind=INV, slug="occe_written_test", company="Office cantonal du commerce extérieur",
    contact="valerie.chappuis@occe.example.ch", lang="fr",
    date="2026-03-25 15:30 +0100", thread="occe",
    frm=("Chappuis Valérie (OCCE)", "valerie.chappuis@occe.example.ch"), frm_enc="utf-8:Q",
    subject="Convocation – épreuve écrite du 15 avril 2026",
    subj_enc="utf-8:B",
    text=t, cte="base64",
    ics_mode="attach",
    ics=dict(method="REQUEST", uid="occe-epreuve-2026-04-15@occe.example.ch", sequence=0,
             start="2026-04-15 08:45 +0200", minutes=180,
             summary="Épreuve écrite – spécialiste commerce extérieur",
             location="OCCE, salle Léman, Genève",
             organizer=("Valérie Chappuis", "valerie.chappuis@occe.example.ch"),
             filename="convocation.ics"))

t = """Bonjour Monsieur Haddad-Lefort,

Merci pour votre candidature au poste de gestionnaire conformité douane dans notre bureau d'Anvers.

Je vous propose un premier entretien par vidéo le jeudi 11 juin à 14h00, avec moi-même et Stijn Janssens, notre responsable douane. Nous parlerons en français, avec peut-être quelques questions en anglais.

Pourriez-vous me confirmer s'il vous plaît que ce moment vous convient ? Je vous enverrai alors le lien.

Bien à vous,

Véronique Claessens
HR Business Partner
Van Roost Expéditions
Noorderlaan 147 - 2030 Antwerpen
GSM +32 475 61 29 84"""
add(kind=INV, slug="vanroost_video_proposal", company="Van Roost Expéditions",
    contact="v.claessens@vanroost.example.be", lang="fr",
    date="2026-06-08 09:22 +0200", thread="vanroost",
    frm=("Véronique Claessens", "v.claessens@vanroost.example.be"), frm_enc="iso-8859-1:B",
    subject="Entretien – gestionnaire conformité douane (Anvers)",
    text=t, html=C.page(C.paras(t)), charset="iso-8859-1", cte="quoted-printable",
    html_charset="utf-8", html_cte="base64")

t = """Bonjour Yanis,

Merci pour votre candidature au poste d'Agent(e) de transit maritime import chez Sud Cargo Express !

Nous aimerions échanger avec vous lors d'un appel de 30 minutes avec Karim Ouali, responsable d'exploitation. Réservez directement le créneau qui vous convient :

https://sudcargo.teamtailor.example.com/meetings/book/5521

À très vite,
L'équipe recrutement Sud Cargo Express"""
add(kind=INV, slug="sudcargo_teamtailor_booking", company="Sud Cargo Express",
    contact="karim.ouali@sudcargo.example.fr", lang="fr",
    date="2026-05-26 08:30 +0200", thread="sudcargo",
    frm=("Sud Cargo Express", "no-reply@teamtailor-mail.com"),
    reply_to=("Karim Ouali", "karim.ouali@sudcargo.example.fr"),
    subject="Réservez votre entretien avec Sud Cargo Express",
    subj_enc="utf-8:Q",
    html=C.ats_card("Sud Cargo Express", C.paras(t), "Envoyé avec Teamtailor",
                    color="#f45c43"),
    html_cte="quoted-printable")

fwd = """Madame Morel,

Pouvez-vous transmettre à M. Haddad-Lefort notre proposition d'entretien : mardi 7 juillet à 10h sur le site de Fos, bâtiment B, avec moi-même et le responsable QHSE ?

Merci,
Éric Santoni
Directeur d'exploitation"""
t = """Bonjour Monsieur Haddad-Lefort,

Je vous transfère ci-dessous le message de M. Santoni : il souhaite vous rencontrer pour le poste d'assistant ADV et douane. Le créneau du mardi 7 juillet à 10h00 vous convient-il ? L'accès se fait par l'entrée principale du port, je préviendrai le poste de garde.

Bien cordialement,

Laetitia Morel
Assistante RH – Fos Vrac Manutention
04 42 05 66 10

""" + C.forwarded("fr", "Éric Santoni <e.santoni@fosvrac.example.fr>",
                  "mer. 1 juil. 2026 à 08:47", "Laetitia Morel <laetitia.morel@fosvrac.example.fr>",
                  "Entretien M. Haddad-Lefort", fwd)
add(kind=INV, slug="fosvrac_forwarded_proposal", company="Fos Vrac Manutention",
    contact="laetitia.morel@fosvrac.example.fr", lang="fr",
    date="2026-07-01 09:15 +0200", thread="fosvrac",
    frm=("Laetitia Morel", "laetitia.morel@fosvrac.example.fr"),
    subject="TR: Entretien M. Haddad-Lefort",
    text=t, cte="quoted-printable")

t = """Salut Yanis,

Merci pour ton coup de fil de ce matin, ton parcours au port de Marseille m'intéresse.

Comme convenu, viens nous voir à l'agence mardi 25 août à 16h, on prendra une heure pour parler du poste de transitaire route/douane et je te présenterai Sandrine qui gère le bureau de Bardonnex. Si tu viens en train, on est à dix minutes à pied de l'arrêt de tram.

À mardi,
Marco

--
Marco Rochat | Chef d'agence
Transports Salève | Chemin du Pont-du-Centenaire 109, 1228 Plan-les-Ouates
+41 22 794 18 30"""
add(kind=INV, slug="saleve_after_phone_call", company="Transports Salève",
    contact="marco.rochat@transports-saleve.example.ch", lang="fr",
    date="2026-08-21 11:48 +0200", thread="saleve",
    frm=("Marco Rochat", "marco.rochat@transports-saleve.example.ch"),
    subject="Rencontre mardi à l'agence",
    text=t, cte="quoted-printable")

# ============================================================================ invitations, en (6)

t = """Hi Yanis,

Thanks for applying to the Trade Compliance Associate role at Lémanis Trading - we'd love to get to know you better.

Please use the link below to pick a 45-minute video interview with me and Matthias Keller, our Head of Trade Controls:

https://jobs.lever.example.co/lemanis/schedule/3c9e0b

If none of the times work, just reply to this email.

Best,
Priya"""
add(kind=INV, slug="lemanis_lever_scheduling", company="Lémanis Trading",
    contact="priya.raman@lemanis.example.ch", lang="en",
    date="2026-02-12 14:22 +0100", thread="lemanis",
    frm=("Priya Raman", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya.raman@lemanis.example.ch"),
    subject="Lémanis Trading - let's schedule your interview",
    subj_enc="iso-8859-1:Q",
    text=t, html=C.ats_card("Lémanis Trading", C.paras(t), "Sent with Lever", lang="en",
                            color="#222222"),
    cte="quoted-printable")

t = """Dear Yanis,

We are pleased to invite you to the Kaaien Customs Assessment Centre for the Junior Customs Broker position.

When: Thursday 2 April 2026, 09:00-15:30
Where: Kaaien Customs, Kattendijkdok-Westkaai 22, 2000 Antwerp

The day includes a tariff classification exercise, a group case on an AEO audit and a short interview with two of our senior brokers. Lunch will be provided.

A calendar invitation is attached. Please accept it to confirm your place.

Kind regards,
Jasper Wouters
Recruiter, Kaaien Customs"""
add(kind=INV, slug="kaaien_assessment_centre", company="Kaaien Customs",
    contact="jasper.wouters@kaaien.example.be", lang="en",
    date="2026-03-18 13:05 +0100", thread="kaaien",
    frm=("Kaaien Customs", "no-reply@smartrecruiters.com"),
    reply_to=("Jasper Wouters", "jasper.wouters@kaaien.example.be"),
    subject="Invitation: Assessment Centre - Junior Customs Broker",
    text=t, html=C.ats_card("Kaaien Customs", C.paras(t),
                            "This email was sent via SmartRecruiters.", lang="en",
                            color="#e4572e"),
    ics_mode="attach",
    ics=dict(method="REQUEST", uid="kaaien-ac-20260402-yhl@kaaien.example.be", sequence=0,
             start="2026-04-02 09:00 +0200", minutes=390,
             summary="Kaaien Customs Assessment Centre",
             location="Kattendijkdok-Westkaai 22, Antwerp",
             organizer=("Jasper Wouters", "jasper.wouters@kaaien.example.be"),
             filename="assessment-centre.ics"))

old = """Thanks Oliver, happy for you to put my profile forward to Portwise. I'm available most afternoons next week.

Yanis"""
new = """Hi Yanis,

Good news - Portwise Compliance would like to meet you. Their Head of Customs, Ruth Adeyemi, has offered Tuesday 21 April at 14:00 UK time (15:00 for you) on Teams, about 45 minutes. She'll want to go through your classification experience and how you'd handle a BTI request.

Can you confirm and I'll send the link over?

Cheers,
Oliver

Oliver Grant
Principal Consultant - Trade & Customs
Harbourline Search
+44 20 7946 0312"""
add(kind=INV, slug="harbourline_portwise_interview", company="Portwise Compliance",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-04-13 16:40 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Re: Portwise Compliance - next step",
    text=C.reply(new, "en", "Thu, 9 Apr 2026 at 11:15", Y[0], Y[1], old))

t = """Hey Yanis,

Got your CV via Ana at the forwarders' meetup - thanks for sending it over.

Are you free Thursday to chat? Nothing formal, just half an hour on a call so I can hear what you're after and tell you how our desk works. 11am or 4pm both work on my side.

Tom

Tom Verbeke
Operations Manager | North Quay Agencies | Antwerp
+32 3 233 90 15"""
add(kind=INV, slug="northquay_free_thursday", company="North Quay Agencies",
    contact="tom.verbeke@northquay.example.be", lang="en",
    date="2026-06-15 18:02 +0200", thread="northquay",
    frm=("Tom Verbeke", "tom.verbeke@northquay.example.be"),
    subject="Thursday chat",
    text=t)

t = """Dear Yanis,

Following your application, I am pleased to invite you to a panel interview for the Customs Compliance Officer position at our Antwerp branch.

Date: Tuesday 14 July 2026
Time: 14:00-15:00 (Brussels time)
Panel: Rebecca Hale (Head of People), Daniel Okoro (Customs Manager) and Mieke Smets (Operations)
Format: in person, Italiëlei 212, 2000 Antwerpen, 4th floor

I have attached a calendar invitation. Please let me know if you require any adjustments.

Kind regards,

Rebecca Hale
Head of People, Albion Customs
+32 3 201 44 70

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
add(kind=INV, slug="albion_panel_calendar", company="Albion Customs",
    contact="rebecca.hale@albioncustoms.example.co.uk", lang="en",
    date="2026-07-06 10:00 +0100", thread="albion",
    frm=("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk"),
    subject="Interview invitation - Customs Compliance Officer, Antwerp",
    text=t, html=C.outlook_html(C.mso(t), lang="en-GB"), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="albion-panel-ccO-20260714@albioncustoms.example.co.uk",
             sequence=0, start="2026-07-14 14:00 +0200", minutes=60,
             summary="Panel interview - Customs Compliance Officer (Y. Haddad-Lefort)",
             location="Albion Customs, Italielei 212, Antwerpen, 4th floor",
             organizer=("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk"),
             attendees=[("Daniel Okoro", "daniel.okoro@albioncustoms.example.co.uk"),
                        ("Mieke Smets", "mieke.smets@albioncustoms.example.co.uk")]))

t = """Hi Yanis,

Daniel Okafor has invited you to interview for the Trade Compliance Coordinator role at Corvina Logistics.

Interview: Trade Compliance Coordinator - first round
Time: Friday, August 14, 2026, 10:00 - 10:45 CEST
Location: Google Meet (link will be in your calendar invitation)

Need to reschedule? Use the link in the calendar invitation or reply to Daniel directly.

Good luck!"""
add(kind=INV, slug="corvina_ashby_confirmation", company="Corvina Logistics",
    contact="daniel.okafor@corvina.example.ch", lang="en",
    date="2026-08-10 15:31 +0000", thread="corvina",
    frm=("Corvina Logistics", "no-reply@ashbyhq.com"),
    reply_to=("Daniel Okafor", "daniel.okafor@corvina.example.ch"),
    subject="Interview scheduled: Trade Compliance Coordinator at Corvina Logistics",
    text=t, html=C.ats_card("Corvina Logistics", C.paras(t), "Sent via Ashby", lang="en",
                            color="#0f766e"))

# ============================================================================ invitations, es (4)

t = """Hola Yanis:

Hemos revisado tu candidatura para el puesto de técnico aduanero y nos gustaría hablar contigo.

¿Te parece bien que te llame el jueves 26 de marzo a las 10:00? Será una llamada de unos 20 minutos para conocerte y resolver tus dudas sobre el puesto. Te llamaré al número que aparece en tu CV (+33 6 71 42 88 19); si prefieres otro, dímelo.

Un saludo,

Lucía Ferrer
Responsable de Personas
Aduanas Turia
Tel. 963 67 45 12"""
add(kind=INV, slug="turia_phone_call", company="Aduanas Turia",
    contact="lucia.ferrer@aduanasturia.example.es", lang="es",
    date="2026-03-23 17:05 +0100", thread="turia",
    frm=("Lucía Ferrer", "lucia.ferrer@aduanasturia.example.es"), frm_enc="utf-8:B",
    subject="Llamada – puesto de técnico aduanero",
    text=t, cte="quoted-printable")

t = """¡Hola, Yanis!

Gracias por tu interés en el puesto de Técnico/a de Tránsito Marítimo en Transitarios Layetana.

Nos gustaría conocerte en una videollamada de 40 minutos con Marc Puig, responsable de importación. Elige el horario que mejor te venga:

https://layetana.teamtailor.example.com/meetings/book/8870

¡Hasta pronto!
Equipo de Selección de Transitarios Layetana"""
add(kind=INV, slug="layetana_teamtailor_booking", company="Transitarios Layetana",
    contact="marc.puig@layetana.example.es", lang="es",
    date="2026-04-27 09:40 +0200", thread="layetana",
    frm=("Transitarios Layetana", "no-reply@teamtailor-mail.com"),
    reply_to=("Marc Puig", "marc.puig@layetana.example.es"),
    subject="¡Reserva tu entrevista con Transitarios Layetana!",
    subj_enc="utf-8:B",
    text=t, html=C.ats_card("Transitarios Layetana", C.paras(t), "Enviado con Teamtailor",
                            lang="es", color="#f45c43"),
    cte="quoted-printable")

t = """Hola Yanis,

Soy Javier Soler, de Naviera Albufera. Me ha llegado tu currículum a través de la web.

¿Te viene bien pasarte el martes 9 por la oficina del muelle de Levante, sobre las 11:00? Charlamos un rato del puesto en documentación, te enseño el departamento y vemos si encaja.

Un saludo,

Javier Soler
Jefe de Documentación
Naviera Albufera
Tel. +34 961 02 38 77"""
add(kind=INV, slug="albufera_come_by_office", company="Naviera Albufera",
    contact="javier.soler@navieraalbufera.example.es", lang="es",
    date="2026-06-01 12:30 +0200", thread="albufera",
    frm=("Javier Soler", "javier.soler@navieraalbufera.example.es"),
    subject="¿Te pasas el martes por la oficina?",
    subj_enc="iso-8859-1:B",
    text=t, charset="iso-8859-1", cte="quoted-printable")

t = """Estimado Yanis:

Te confirmamos que has sido seleccionado para la siguiente fase del proceso de Agente de Consignación.

Te esperamos el martes 14 de julio a las 9:30 en nuestras oficinas (Calle de la Reina 71, 46011 València) para una dinámica de grupo con otros cinco candidatos, seguida de una breve entrevista individual. La sesión durará unas tres horas.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Elena Martí
Recursos Humanos
Consignaciones Malvarrosa
Tel. 963 55 21 09"""
add(kind=INV, slug="malvarrosa_group_dynamic", company="Consignaciones Malvarrosa",
    contact="elena.marti@malvarrosa.example.es", lang="es",
    date="2026-07-06 10:48 +0200", thread="malvarrosa",
    frm=("Elena Martí", "elena.marti@malvarrosa.example.es"), frm_enc="utf-8:Q",
    subject="Dinámica de grupo – Agente de Consignación",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t), lang="es"), cte="base64")

# ============================================================================ invitations, de (3)

t = """Hallo Herr Haddad-Lefort,

vielen Dank für Ihre Bewerbung als Speditionskaufmann Zoll (m/w/d) bei der Elbkai Spedition.

Wir würden Sie gerne kennenlernen und laden Sie zu einem Vorstellungsgespräch per Video ein. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:

https://elbkai.jobs.personio.example.de/interview/booking/19a7

Das Gespräch dauert etwa 45 Minuten, Ihre Gesprächspartner sind Svenja Krüger (HR) und Lars Petersen (Teamleitung Zoll).

Viele Grüße
Svenja Krüger
Elbkai Spedition"""
add(kind=INV, slug="elbkai_personio_booking", company="Elbkai Spedition",
    contact="svenja.krueger@elbkai.example.de", lang="de",
    date="2026-06-16 09:12 +0200", thread="elbkai",
    frm=("Elbkai Spedition", "no-reply@personio.de"),
    reply_to=("Svenja Krüger", "svenja.krueger@elbkai.example.de"), rt_enc="iso-8859-1:Q",
    subject="Einladung zum Vorstellungsgespräch – Speditionskaufmann Zoll (m/w/d)",
    subj_enc="utf-8:Q",
    text=t, html=C.ats_card("Elbkai Spedition", C.paras(t), "Powered by Personio", lang="de",
                            color="#2b4c7e"),
    cte="quoted-printable")

t = """Hallo Herr Haddad-Lefort,

wie telefonisch besprochen: Das Elbe Container Terminal möchte Sie für die Stelle im Zollbüro kennenlernen.

Termin: Montag, 25. Mai 2026, 10:00 Uhr
Ort: Elbe Container Terminal, Verwaltungsgebäude, Am Waltershofer Hafen 8, 21129 Hamburg
Ansprechpartnerin vor Ort: Frau Dr. Annegret Lüders, Leitung Zoll und Außenhandel

Bitte bringen Sie Ihren Personalausweis mit, am Tor wird er kontrolliert. Melden Sie sich nach dem Gespräch kurz bei mir.

Beste Grüße
Jens Möller
Personaldisponent, Hafenpersonal Nord
Tel. 040 328 44 19-0"""
add(kind=INV, slug="hafenpersonal_client_interview", company="Elbe Container Terminal",
    contact="jens.moeller@hafenpersonal-nord.example.de", lang="de",
    date="2026-05-18 14:03 +0200", thread="hafenpersonal",
    frm=("Jens Möller", "jens.moeller@hafenpersonal-nord.example.de"), frm_enc="iso-8859-1:B",
    subject="Vorstellungstermin beim Elbe Container Terminal am 25.05.",
    text=t, charset="iso-8859-1", cte="quoted-printable")

t = """Sehr geehrter Herr Haddad-Lefort,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem persönlichen Gespräch in unser Büro einladen.

Termin: Dienstag, 11. August 2026, 13:30–14:30 Uhr
Ort: Zollberatung Altona, Große Elbstraße 145, 22767 Hamburg
Gesprächspartner: Dr. Henning Vos (Geschäftsführung), Henrike Vos (Personal)

Eine Kalendereinladung liegt bei.

Mit freundlichen Grüßen
Henrike Vos
Personal
Zollberatung Altona
Tel. +49 40 380 27 61

Zollberatung Altona GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 118204 · Geschäftsführer: Dr. Henning Vos"""
add(kind=INV, slug="altona_outlook_calendar", company="Zollberatung Altona",
    contact="henrike.vos@zollberatung-altona.example.de", lang="de",
    date="2026-08-05 11:30 +0200", thread="altona",
    frm=("Vos, Henrike", "henrike.vos@zollberatung-altona.example.de"),
    subject="Einladung zum Vorstellungsgespräch am 11.08.2026",
    text=t, html=C.outlook_html(C.mso(t), lang="de"), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008altona0811yhl",
             sequence=0, start="2026-08-11 13:30 +0200", minutes=60,
             summary="Vorstellungsgespräch Y. Haddad-Lefort",
             location="Zollberatung Altona, Große Elbstraße 145, Hamburg",
             organizer=("Henrike Vos", "henrike.vos@zollberatung-altona.example.de"),
             attendees=[("Dr. Henning Vos", "h.vos@zollberatung-altona.example.de")]))

# ============================================================================ reschedule/cancel, fr (7)

t = """Bonjour Yanis,

Olivier Castagnier doit se rendre à Lyon mardi pour un audit client : nous décalons donc votre entretien au jeudi 19 mars, de 14h00 à 15h00, même lieu.

L'invitation a été mise à jour dans votre agenda. Si ce nouveau créneau ne vous convient pas, dites-le-moi et nous trouverons une autre date.

Merci de votre compréhension,
Nadia Ferrando
Responsable ressources humaines – Transitaire Phocéen
04 91 09 72 51"""
add(kind=RES, slug="phoceen_moved_sequence1", company="Transitaire Phocéen",
    contact="nadia.ferrando@phoceen-transit.example.fr", lang="fr",
    date="2026-03-12 11:20 +0100", thread="phoceen",
    frm=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
    subject="Mise à jour : entretien déclarant en douane – jeu. 19 mars 14:00",
    subj_enc="utf-8:B",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="phoceen-entretien-yhl-2026@phoceen-transit.example.fr",
             sequence=1, start="2026-03-19 14:00 +0100", minutes=60,
             summary="Entretien – Yanis Haddad-Lefort / déclarant en douane",
             location="Transitaire Phocéen, 88 bd de Cap Pinède, Marseille",
             organizer=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
             attendees=[("Olivier Castagnier", "o.castagnier@phoceen-transit.example.fr")]))

t = """Bonjour Monsieur Haddad-Lefort,

M. Duchemin est souffrant depuis hier et ne pourra pas assurer notre entretien de demain matin. Je préfère le décaler plutôt que de vous recevoir sans lui.

Je vous propose le mercredi 18 février à 10h00, toujours sur Teams, avec le même lien. Pouvez-vous me dire si cela vous convient ?

Toutes nos excuses pour ce contretemps.

Claire Lemonnier
Chargée de recrutement – Seine Estuaire Logistique
Tél. +33 2 35 41 07 63"""
add(kind=RES, slug="seine_interviewer_ill", company="Seine Estuaire Logistique",
    contact="c.lemonnier@seine-estuaire.example.fr", lang="fr",
    date="2026-02-10 17:45 +0100", thread="seine",
    frm=("Lemonnier Claire", "c.lemonnier@seine-estuaire.example.fr"),
    subject="Report de l'entretien de demain",
    text=t, html=C.outlook_html(C.mso(t)), charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8")

old = """Madame Claessens,

Merci beaucoup pour votre proposition. Jeudi 11 juin, je serai malheureusement au port de Fos pour un inventaire jusqu'en fin de journée. Serait-il possible de décaler l'entretien au vendredi 12 ou au lundi 15 juin ?

Bien cordialement,
Yanis Haddad-Lefort"""
new = """Bonjour Monsieur Haddad-Lefort,

Pas de souci. Nous déplaçons l'entretien au lundi 15 juin à 10h30, toujours par vidéo avec Stijn Janssens.

Voici le lien : https://meet.vanroost.example.be/conformite-0615

Bien à vous,
Véronique Claessens
HR Business Partner – Van Roost Expéditions
GSM +32 475 61 29 84"""
add(kind=RES, slug="vanroost_moved_to_monday", company="Van Roost Expéditions",
    contact="v.claessens@vanroost.example.be", lang="fr",
    date="2026-06-10 08:55 +0200", thread="vanroost",
    frm=("Véronique Claessens", "v.claessens@vanroost.example.be"), frm_enc="iso-8859-1:B",
    subject="Re: Entretien – gestionnaire conformité douane (Anvers)",
    subj_enc="utf-8:Q",
    text=C.reply(new, "fr", "mar. 9 juin 2026 à 19:21", Y[0], Y[1], old),
    cte="quoted-printable")

t = """Re-bonjour Yanis,

Petit changement : Mme Pastor a une inspection des douanes mardi matin sur le terminal. Elle vous recevra donc le même jour mais à 14h00 au lieu de 9h30. Tout le reste est inchangé (Darse 2, pièce d'identité).

Dites-moi vite si l'après-midi vous pose problème.

Samia
Intérim Horizon Sud – 04 91 56 23 40"""
add(kind=RES, slug="horizon_client_moved_afternoon", company="Golfe Terminaux",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-01-29 09:05 +0100", thread="horizon",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Golfe Terminaux : changement d'horaire mardi",
    text=t, cte="quoted-printable")

t = """Bonjour Yanis,

Votre entretien pour le poste de Chargé(e) conformité import chez Maison Vaillard a été déplacé.

Ancien créneau : mercredi 4 mars 2026, 11:00 – 11:45
Nouveau créneau : vendredi 6 mars 2026, 09:30 – 10:15
Participants : Sophie Bertin, Julien Maret

Le lien de visioconférence reste le même. Si ce créneau ne vous convient pas, répondez directement à Sophie.

Maison Vaillard"""
add(kind=RES, slug="vaillard_greenhouse_rescheduled", company="Maison Vaillard",
    contact="sophie.bertin@maisonvaillard.example.fr", lang="fr",
    date="2026-02-27 15:40 +0000", thread="vaillard",
    frm=("Sophie Bertin via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sophie Bertin", "sophie.bertin@maisonvaillard.example.fr"),
    subject="Entretien déplacé : Maison Vaillard – Chargé(e) conformité import",
    subj_enc="utf-8:Q",
    html=C.ats_card("Maison Vaillard", C.paras(t), "Powered by Greenhouse", color="#3a3a3a"),
    html_cte="base64")

t = """Monsieur,

En raison d'une panne du système informatique mis à disposition des candidats, la session de l'épreuve écrite prévue le mercredi 15 avril 2026 est annulée.

Votre candidature reste bien entendu valable. Une nouvelle convocation vous sera adressée dans les prochains jours ; la session sera vraisemblablement reportée à la fin du mois de mai.

Nous vous prions de nous excuser pour ce désagrément.

Valérie Chappuis
Responsable recrutement
Office cantonal du commerce extérieur"""
add(kind=RES, slug="occe_session_cancelled", company="Office cantonal du commerce extérieur",
    contact="valerie.chappuis@occe.example.ch", lang="fr",
    date="2026-04-09 16:10 +0200", thread="occe",
    frm=("Chappuis Valérie (OCCE)", "valerie.chappuis@occe.example.ch"), frm_enc="utf-8:Q",
    subject="Annulé : épreuve écrite du 15 avril 2026",
    subj_enc="utf-8:Q",
    text=t, cte="quoted-printable",
    ics_mode="attach",
    ics=dict(method="CANCEL", uid="occe-epreuve-2026-04-15@occe.example.ch", sequence=1,
             start="2026-04-15 08:45 +0200", minutes=180,
             summary="Annulé : épreuve écrite – spécialiste commerce extérieur",
             location="OCCE, salle Léman, Genève",
             organizer=("Valérie Chappuis", "valerie.chappuis@occe.example.ch"),
             filename="annulation.ics"))

t = """Yanis,

Désolé, jeudi finalement je peux pas, j'ai un conteneur de cardamome bloqué en contrôle phyto et je dois être au port toute la journée.

On décale à lundi 14, même heure ? Sinon mardi matin, comme tu veux.

Rachid"""
add(kind=RES, slug="benhamou_casual_move", company="Benhamou & Fils",
    contact="rachid@benhamou-fils.example.fr", lang="fr",
    date="2026-09-09 07:52 +0200", thread="benhamou",
    frm=("Rachid Benhamou", "rachid@benhamou-fils.example.fr"),
    subject="Re: Passer au dépôt jeudi ?",
    subj_enc="utf-8:Q",
    text=t, cte="8bit")

# ============================================================================ reschedule/cancel, en (4)

t = """Hi Yanis,

Matthias has been called to a client audit in Rotterdam on Thursday, so we need to move your interview. Would Monday 23 February at 10:00 or Tuesday 24 February at 15:00 (Geneva time) work for you instead?

Sorry for the shuffle - just reply with whichever suits you.

Best,
Priya"""
add(kind=RES, slug="lemanis_moved_audit", company="Lémanis Trading",
    contact="priya.raman@lemanis.example.ch", lang="en",
    date="2026-02-17 08:12 +0100", thread="lemanis",
    frm=("Priya Raman", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya.raman@lemanis.example.ch"),
    subject="Re: Lémanis Trading - let's schedule your interview",
    subj_enc="utf-8:Q",
    text=t)

t = """Dear Yanis,

Unfortunately we have to cancel the Assessment Centre planned for Thursday 2 April: a strike has closed access to the Kattendijkdok area that day and several assessors are unable to attend.

This is not a decision about your application, which remains active. We will send you a new date as soon as it is confirmed, most likely within the next three weeks.

Our apologies for the inconvenience.

Jasper Wouters
Recruiter, Kaaien Customs"""
add(kind=RES, slug="kaaien_assessment_cancelled", company="Kaaien Customs",
    contact="jasper.wouters@kaaien.example.be", lang="en",
    date="2026-03-30 17:30 +0200", thread="kaaien",
    frm=("Jasper Wouters", "jasper.wouters@kaaien.example.be"),
    subject="Cancelled: Kaaien Customs Assessment Centre",
    text=t,
    ics=dict(method="CANCEL", uid="kaaien-ac-20260402-yhl@kaaien.example.be", sequence=1,
             start="2026-04-02 09:00 +0200", minutes=390,
             summary="Cancelled: Kaaien Customs Assessment Centre",
             location="Kattendijkdok-Westkaai 22, Antwerp",
             organizer=("Jasper Wouters", "jasper.wouters@kaaien.example.be")))

t = """Dear Yanis,

Please note a small change: Daniel Okoro has a customs authority visit on Tuesday afternoon, so the panel interview moves to Wednesday 15 July, 10:00-11:00, same place. The calendar invitation has been updated accordingly.

With apologies for the change,

Rebecca Hale
Head of People, Albion Customs"""
add(kind=RES, slug="albion_updated_invite", company="Albion Customs",
    contact="rebecca.hale@albioncustoms.example.co.uk", lang="en",
    date="2026-07-09 12:15 +0100", thread="albion",
    frm=("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk"),
    subject="Updated invitation: Panel interview - Customs Compliance Officer",
    text=t, html=C.outlook_html(C.mso(t), lang="en-GB"),
    ics=dict(method="REQUEST", uid="albion-panel-ccO-20260714@albioncustoms.example.co.uk",
             sequence=1, start="2026-07-15 10:00 +0200", minutes=60,
             summary="Panel interview - Customs Compliance Officer (Y. Haddad-Lefort)",
             location="Albion Customs, Italielei 212, Antwerpen, 4th floor",
             organizer=("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk"),
             attendees=[("Daniel Okoro", "daniel.okoro@albioncustoms.example.co.uk"),
                        ("Mieke Smets", "mieke.smets@albioncustoms.example.co.uk")]))

old = """Hi Oliver,

Confirmed for Tuesday 21 April at 15:00 my time. Looking forward to it.

Yanis"""
new = """Hi Yanis,

Ruth's been pulled into an HMRC audit next week, so Portwise have asked to push your interview back by a week: Tuesday 28 April, same time (14:00 UK / 15:00 Paris), same Teams format. I'll resend the link on Monday.

Hope that's OK - shout if not.

Oliver"""
add(kind=RES, slug="harbourline_pushed_week", company="Portwise Compliance",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-04-16 12:02 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Re: Portwise Compliance - next step",
    text=C.reply(new, "en", "Mon, 13 Apr 2026 at 18:20", Y[0], Y[1], old))

# ============================================================================ reschedule/cancel, es (2)

t = """Hola Yanis:

Marc tiene que viajar a Tarragona el jueves por una inspección en el puerto, así que necesitamos cambiar tu videollamada.

Ya no será el jueves 30 de abril a las 12:00, sino el lunes 4 de mayo a las 16:30. El enlace de la reunión es el mismo. Si no te va bien, contesta a este correo y buscamos otra hora.

Gracias por tu flexibilidad.

Equipo de Selección de Transitarios Layetana"""
add(kind=RES, slug="layetana_moved_monday", company="Transitarios Layetana",
    contact="marc.puig@layetana.example.es", lang="es",
    date="2026-04-29 10:02 +0200", thread="layetana",
    frm=("Transitarios Layetana", "no-reply@teamtailor-mail.com"),
    reply_to=("Marc Puig", "marc.puig@layetana.example.es"),
    subject="Cambio de fecha de tu entrevista",
    text=t, cte="quoted-printable")

t = """Hola Yanis,

Perdona el cambio de última hora: el martes a las 11:00 me coincide con la llegada de un buque y no voy a poder atenderte bien.

¿Podemos dejarlo para el mismo martes a las 16:30? Si no te encaja, dime otra hora esta semana.

Javier"""
add(kind=RES, slug="albufera_time_change", company="Naviera Albufera",
    contact="javier.soler@navieraalbufera.example.es", lang="es",
    date="2026-06-03 19:40 +0200", thread="albufera",
    frm=("Javier Soler", "javier.soler@navieraalbufera.example.es"),
    subject="Re: ¿Te pasas el martes por la oficina?",
    subj_enc="iso-8859-1:B",
    text=t, charset="iso-8859-1", cte="base64")

# ============================================================================ reschedule/cancel, de (2)

t = """Sehr geehrter Herr Haddad-Lefort,

leider müssen wir unser Gespräch am Dienstag verschieben, da Dr. Vos kurzfristig zu einem Termin beim Hauptzollamt muss.

Neuer Termin: Donnerstag, 13. August 2026, 09:00–10:00 Uhr, gleicher Ort. Die Kalendereinladung wurde aktualisiert.

Mit freundlichen Grüßen
Henrike Vos
Personal, Zollberatung Altona"""
add(kind=RES, slug="altona_updated_calendar", company="Zollberatung Altona",
    contact="henrike.vos@zollberatung-altona.example.de", lang="de",
    date="2026-08-07 14:20 +0200", thread="altona",
    frm=("Vos, Henrike", "henrike.vos@zollberatung-altona.example.de"),
    subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 13.08.2026",
    subj_enc="utf-8:Q",
    text=t, html=C.outlook_html(C.mso(t), lang="de"), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008altona0811yhl",
             sequence=1, start="2026-08-13 09:00 +0200", minutes=60,
             summary="Vorstellungsgespräch Y. Haddad-Lefort",
             location="Zollberatung Altona, Große Elbstraße 145, Hamburg",
             organizer=("Henrike Vos", "henrike.vos@zollberatung-altona.example.de"),
             attendees=[("Dr. Henning Vos", "h.vos@zollberatung-altona.example.de")]))

t = """Hallo Herr Haddad-Lefort,

leider ist Herr Petersen heute krank geworden, daher müssen wir Ihr Gespräch morgen um 10 Uhr absagen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald er wieder im Büro ist, schicke ich Ihnen neue Terminvorschläge.

Viele Grüße
Svenja Krüger
HR, Elbkai Spedition
Tel. +49 40 741 55 20"""
add(kind=RES, slug="elbkai_interviewer_ill", company="Elbkai Spedition",
    contact="svenja.krueger@elbkai.example.de", lang="de",
    date="2026-06-22 16:48 +0200", thread="elbkai",
    frm=("Svenja Krüger", "svenja.krueger@elbkai.example.de"), frm_enc="utf-8:B",
    subject="Absage Termin morgen – Herr Petersen erkrankt",
    text=t, cte="quoted-printable")

# ============================================================================ missed, fr (5)

t = """Monsieur Haddad-Lefort,

Nous vous avons attendu ce matin sur Teams de 9h30 à 9h45 pour notre entretien, sans vous voir vous connecter. Je n'ai pas non plus réussi à vous joindre sur votre portable.

J'espère qu'il ne vous est rien arrivé.

Jean-Philippe Arnaud
Douanes Conseil Méditerranée"""
add(kind=MIS, slug="dcm_waited_on_teams", company="Douanes Conseil Méditerranée",
    contact="jp.arnaud@dcm-douane.example.fr", lang="fr",
    date="2026-04-23 09:52 +0200", thread="dcm",
    frm=("Jean-Philippe Arnaud", "jp.arnaud@dcm-douane.example.fr"),
    subject="Entretien de ce matin",
    text=t, cte="quoted-printable")

t = """Bonjour Yanis,

Saumaty Logistique vient de m'appeler : le responsable du magasin sous douane vous a attendu à l'accueil à 14h comme prévu et ne vous a pas vu arriver. J'ai essayé de vous joindre deux fois sur votre portable, sans succès.

Que s'est-il passé ? Rappelez-moi dès que possible, que je puisse leur donner une explication.

Samia Belkacem
Intérim Horizon Sud – 04 91 56 23 40"""
add(kind=MIS, slug="horizon_saumaty_no_show", company="Saumaty Logistique",
    contact="samia.belkacem@horizon-sud.example.fr", lang="fr",
    date="2026-04-14 14:45 +0200",
    frm=("Samia Belkacem", "samia.belkacem@horizon-sud.example.fr"),
    subject="Saumaty Logistique : vous étiez attendu à 14h",
    subj_enc="iso-8859-1:Q",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour Yanis,

J'ai essayé de vous appeler deux fois à 10h00, à l'heure de notre rendez-vous téléphonique réservé via notre site, puis à 10h10. Je suis tombé sur votre messagerie.

Si vous souhaitez toujours échanger sur le poste d'agent de transit maritime import, vous pouvez réserver un nouveau créneau ou me répondre directement.

Karim Ouali
Responsable d'exploitation – Sud Cargo Express
Mobile : 06 45 12 98 33"""
add(kind=MIS, slug="sudcargo_called_twice", company="Sud Cargo Express",
    contact="karim.ouali@sudcargo.example.fr", lang="fr",
    date="2026-05-28 10:22 +0200", thread="sudcargo",
    frm=("Karim Ouali", "karim.ouali@sudcargo.example.fr"),
    subject="Notre appel de 10h",
    text=t, cte="base64")

t = """Bonjour Monsieur Haddad-Lefort,

Nous avions convenu d'un entretien téléphonique aujourd'hui à 15h00 pour le poste de déclarant en douane. Malgré trois tentatives au numéro indiqué sur votre CV, nous n'avons pas réussi à vous joindre au moment convenu.

Si vous êtes toujours intéressé, merci de nous le faire savoir d'ici vendredi.

Salutations distinguées,

Luc Delvaux
Responsable d'agence
Anvers Douane Services
Haven 241, Scheldelaan 460, 2040 Antwerpen
Tél. +32 3 568 14 02"""
add(kind=MIS, slug="anvers_not_reached", company="Anvers Douane Services",
    contact="luc.delvaux@anvers-douane.example.be", lang="fr",
    date="2026-02-24 15:35 +0100", thread="anvers",
    frm=("Luc Delvaux", "luc.delvaux@anvers-douane.example.be"),
    subject="Entretien téléphonique de 15h00",
    subj_enc="iso-8859-1:B",
    text=t, charset="iso-8859-1", cte="base64")

t = """Salut Yanis,

On t'a attendu hier à 16h à l'agence avec Sandrine, mais personne. J'ai tenté ton numéro suisse et ton français, rien.

Tout va bien ? Fais-moi signe.

Marco"""
add(kind=MIS, slug="saleve_nobody_came", company="Transports Salève",
    contact="marco.rochat@transports-saleve.example.ch", lang="fr",
    date="2026-08-26 08:20 +0200", thread="saleve",
    frm=("Marco Rochat", "marco.rochat@transports-saleve.example.ch"),
    subject="Hier 16h ?",
    text=t, cte="8bit")

# ============================================================================ missed, en (2)

t = """Hi Yanis,

Ruth and her colleague waited on Teams for about fifteen minutes this afternoon but you didn't join the call, and my two calls to your mobile went to voicemail.

Is everything alright? Let me know as soon as you can - I'll need to explain to Portwise what happened.

Oliver
Harbourline Search | +44 20 7946 0312"""
add(kind=MIS, slug="harbourline_portwise_waited", company="Portwise Compliance",
    contact="oliver.grant@harbourline.example.co.uk", lang="en",
    date="2026-04-28 14:40 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Portwise - Tuesday",
    text=t)

t = """Hi Yanis,

It looks like you were not able to join your interview for Trade Compliance Coordinator at Corvina Logistics, scheduled for Friday, August 14, 2026 at 10:00 CEST. Your interviewer, Daniel Okafor, marked you as a no-show.

If something came up, please reply to Daniel to let him know."""
add(kind=MIS, slug="corvina_ashby_no_show", company="Corvina Logistics",
    contact="daniel.okafor@corvina.example.ch", lang="en",
    date="2026-08-14 08:58 +0000", thread="corvina",
    frm=("Corvina Logistics", "no-reply@ashbyhq.com"),
    reply_to=("Daniel Okafor", "daniel.okafor@corvina.example.ch"),
    subject="Missed interview: Trade Compliance Coordinator",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Corvina Logistics", C.paras(t), "Sent via Ashby", lang="en",
                            color="#0f766e"))

# ============================================================================ missed, es (2)

t = """Hola Yanis:

Intentamos llamarte dos veces a las 10:00, como habíamos quedado, y otra vez a las 10:15, pero no hubo respuesta.

Si sigues interesado en el puesto, dime cuándo te viene bien y lo intentamos de nuevo.

Lucía Ferrer
Aduanas Turia"""
add(kind=MIS, slug="turia_called_twice", company="Aduanas Turia",
    contact="lucia.ferrer@aduanasturia.example.es", lang="es",
    date="2026-03-26 10:25 +0100", thread="turia",
    frm=("Lucía Ferrer", "lucia.ferrer@aduanasturia.example.es"), frm_enc="utf-8:B",
    subject="Nuestra llamada de esta mañana",
    text=t, charset="windows-1252", cte="quoted-printable")

t = """Hola Yanis:

Esta mañana a las 9:30 comenzamos la dinámica de grupo para el puesto de Agente de Consignación y no te presentaste. Tampoco recibimos ningún aviso por tu parte.

Entendemos que pueden surgir imprevistos; si quieres explicarnos lo ocurrido, puedes responder a este correo.

Un saludo,
Elena Martí
Recursos Humanos – Consignaciones Malvarrosa"""
add(kind=MIS, slug="malvarrosa_did_not_attend", company="Consignaciones Malvarrosa",
    contact="elena.marti@malvarrosa.example.es", lang="es",
    date="2026-07-14 13:05 +0200", thread="malvarrosa",
    frm=("Elena Martí", "elena.marti@malvarrosa.example.es"), frm_enc="utf-8:Q",
    subject="Dinámica de grupo de hoy",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t), lang="es"), cte="quoted-printable")

# ============================================================================ missed, de (1)

t = """Hallo Herr Haddad-Lefort,

wir haben Sie heute um 11 Uhr im Videocall erwartet, Sie haben sich aber nicht eingewählt. Auch telefonisch waren Sie nicht zu erreichen.

Falls etwas dazwischengekommen ist, geben Sie mir bitte kurz Bescheid.

Gruß
Katrin Brandt
Kontor Winterhude - Import & Zoll
Mühlenkamp 31, 22303 Hamburg"""
add(kind=MIS, slug="kontor_not_dialled_in", company="Kontor Winterhude",
    contact="k.brandt@kontor-winterhude.example.de", lang="de",
    date="2026-09-15 11:35 +0200", thread="kontor",
    frm=("Katrin Brandt", "k.brandt@kontor-winterhude.example.de"),
    subject="Videocall heute 11 Uhr",
    text=t, charset="iso-8859-1", cte="quoted-printable")
