# ruff: noqa: C408
# (each message is a dict(...) spec; the keyword form reads best)
"""Corpus 288, interviews: 26 invitations, 15 reschedules/cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from msgs288_common import CANDIDATE_ASCII, outlook_reply, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== invitations — French

add(dict(
    slug="laiteries_invite_calendar", key="t1_invite", parent="t1_ack",
    kind="interview_invitation", lang="fr", company="Laiteries du Haut-Limousin",
    contact="celine.lefevre@laiteries-hautlimousin.example.fr",
    frm="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Invitation : entretien Auditrice qualité HACCP – mardi 24 février 10h",
    date="2026-02-17 09:02", form="alt", look="outlook",
    text="""Bonjour Madame Delacroix-Mensah,

Votre candidature au poste d'auditrice qualité HACCP a retenu notre attention et nous souhaitons vous rencontrer.

Je vous propose un entretien le mardi 24 février à 10h00 sur notre site d'Ambazac, avec Jean-Marc Peyrat, responsable qualité, et moi-même. Comptez environ 1h15, dont une courte visite de l'atelier de conditionnement (blouse et charlotte fournies, pas de bijoux).

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un autre créneau si celui-ci ne vous convient pas.

Cordialement,

Céline Lefèvre
Chargée RH
Laiteries du Haut-Limousin
Route de la Jonchère, 87340 Ambazac
05 55 56 71 08""",
    ics=dict(uid="iv-2026-0211@laiteries-hautlimousin.example.fr", start="2026-02-24 10:00",
             minutes=75, summary="Entretien - Auditrice qualité HACCP (A. Delacroix-Mensah)",
             location="Laiteries du Haut-Limousin, Route de la Jonchère, Ambazac",
             organizer="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>"),
))

add(dict(
    slug="restaurelle_panel_request", key="t2_panel", parent="t2_ack",
    kind="interview_invitation", lang="fr", company="Groupe Restaurelle", contact="m.garnier@restaurelle.example.fr",
    frm="Mathieu Garnier <m.garnier@restaurelle.example.fr>",
    subject="Entretien avec le jury – animatrice qualité hygiène (Poitiers)",
    date="2026-01-26 14:20",
    text="""Bonjour Madame Delacroix-Mensah,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien devant un jury composé de la directrice qualité régionale, d'un responsable de secteur et de moi-même.

Date : mardi 3 février 2026, 9h30 – 10h30
Lieu : Groupe Restaurelle, 12 rue des Carmes, Poitiers (2e étage, salle Aliénor)

L'entretien comprendra une étude de cas à partir d'un rapport d'audit de cuisine satellite, que nous vous remettrons sur place. Une invitation d'agenda est jointe.

Bien cordialement,
Mathieu Garnier
Chargé de recrutement – Groupe Restaurelle
05 49 61 22 70""",
    ics=dict(uid="jury-aqh-0203@restaurelle.example.fr", start="2026-02-03 09:30",
             summary="Jury - animatrice qualité hygiène", location="12 rue des Carmes, Poitiers - salle Aliénor",
             organizer="Mathieu Garnier <m.garnier@restaurelle.example.fr>"),
))

add(dict(
    slug="biocontrole_phone_screen", key="t3_phone",
    kind="interview_invitation", lang="fr", company="Biocontrôle Centre", contact="s.maury@biocontrole-centre.example.fr",
    frm="Sandrine Maury <s.maury@biocontrole-centre.example.fr>",
    subject="Échange téléphonique – poste de technicienne hygiène alimentaire",
    date="2026-03-02 17:45",
    text="""Bonjour Madame,

J'ai bien lu votre candidature pour le poste de technicienne hygiène alimentaire (prélèvements en restauration collective, secteur Vienne/Deux-Sèvres).

Je vous propose un premier échange téléphonique d'une vingtaine de minutes le mardi 10 mars à 10h. Je vous appellerai au numéro indiqué sur votre CV, le 06 71 42 18 93. Si l'horaire ne vous convient pas, dites-le-moi simplement.

Bonne soirée,
Sandrine Maury
Responsable technique – Biocontrôle Centre
Technopole du Futuroscope, 86360 Chasseneuil-du-Poitou""",
))

add(dict(
    slug="certinor_greenhouse_scheduler", key="t4_invite", parent="t4_ack",
    kind="interview_invitation", lang="fr", company="Certinor", contact="jeanne.roux@certinor.example.fr",
    frm="Jeanne Roux via Greenhouse <no-reply@greenhouse-mail.io>",
    reply_to="Jeanne Roux <jeanne.roux@certinor.example.fr>",
    subject="Certinor : choisissez votre créneau d'entretien",
    date="2026-04-15 10:05", form="alt",
    look=("ats", "Certinor", "#0f4c5c", "Envoyé via Greenhouse pour le compte de Certinor."),
    text="""Bonjour Anaïs,

Merci pour votre candidature au poste d'auditeur·rice junior sécurité des aliments. Nous aimerions vous rencontrer dans nos bureaux de Clermont-Ferrand pour un entretien d'environ une heure avec Pierre Fayolle, responsable du pôle audit, et moi-même.

Choisissez le créneau qui vous convient ici : https://app.greenhouse.io/scheduler/certinor/7f3c2a91
Les créneaux proposés vont du 27 au 30 avril.

Pour toute question, répondez simplement à ce message.

À bientôt,
Jeanne Roux
Talent Acquisition, Certinor""",
))

add(dict(
    slug="tempora_client_interview_biscuiterie", key="t11_client_iv", parent="t11_registered",
    kind="interview_invitation", lang="fr", company="Biscuiterie de Touraine", contact="k.benali@tempora-interim.example.fr",
    frm="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="Entretien chez notre client Biscuiterie de Touraine",
    date="2026-03-16 11:30", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Anaïs,

Bonne nouvelle : la Biscuiterie de Touraine souhaite vous rencontrer pour le poste de technicienne qualité (CDD de 6 mois, possibilité de CDI).

L’entretien est fixé au mardi 24 mars à 14h00, à l’usine de Chambray-lès-Tours (ZI des Aubrais, accueil du bâtiment B). Vous verrez Mme Touchard, responsable qualité, et le chef d’atelier. Apportez une pièce d’identité pour l’accueil et votre attestation de formation HACCP.

Je vous appelle lundi pour vous briefer sur l’entreprise.

Karima Benali
Chargée de recrutement – Tempora Intérim Limoges
23 avenue Garibaldi, 87000 Limoges
05 55 32 90 44
""",
))

add(dict(
    slug="hestia_client_meeting_conserverie", key="t12_client_iv", parent="t12_vivier",
    kind="interview_invitation", lang="fr", company="Conserverie Océane", contact="o.castaing@hestia-recrutement.example.fr",
    frm="Olivier Castaing <o.castaing@hestia-recrutement.example.fr>",
    subject="Rendez-vous avec la Conserverie Océane le 10 juin",
    date="2026-06-02 09:40", form="alt", look="simple",
    text="""Bonjour Anaïs,

Comme évoqué hier au téléphone, je vous ai présentée à la Conserverie Océane pour le poste de responsable hygiène et sécurité des aliments de leur usine de Gujan-Mestras. Ils vous proposent un premier entretien :

mercredi 10 juin à 14h30
Conserverie Océane – 8 route du Port, 33470 Gujan-Mestras
avec Mme Larrieu, directrice industrielle

Je serai présent en début d'entretien pour faire les présentations. Pensez à préparer un exemple concret de non-conformité que vous avez gérée en cantine.

Olivier Castaing
Consultant senior – Agroalimentaire & Restauration
Hestia Recrutement – 41 cours de l'Intendance, 33000 Bordeaux
Mob. 06 12 90 33 47

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
""",
))

add(dict(
    slug="saintmartial_immersion_day", key="t14_trial",
    kind="interview_invitation", lang="fr", company="Centre Hospitalier Saint-Martial", contact="helene.bouchet@ch-saintmartial.example.fr",
    frm="Secrétariat DRH <secretariat.drh@ch-saintmartial.example.fr>",
    reply_to="Hélène Bouchet <helene.bouchet@ch-saintmartial.example.fr>",
    subject="Convocation - journée d'immersion en unité centrale de production",
    subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "B"),
    date="2026-04-20 15:10", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

À la suite de votre entretien avec Mme Bouchet, responsable qualité de la restauration, nous vous convions à une journée d'immersion au sein de l'unité centrale de production du Centre Hospitalier Saint-Martial.

Date : mardi 5 mai 2026, de 7h00 à 15h00
Lieu : UCP, entrée logistique, 2 avenue Martin-Luther-King, Limoges

Vous suivrez les contrôles de réception, les relevés de température et l'audit interne de la zone froide. Tenue professionnelle fournie ; chaussures de sécurité à prévoir. La convocation officielle est jointe.

Pour toute question, merci de répondre à Mme Bouchet directement.

Le secrétariat de la Direction des ressources humaines
""",
    pdfs=[dict(name="convocation_immersion_UCP.pdf",
               title="Centre Hospitalier Saint-Martial - Convocation",
               lines=["Objet : journee d'immersion - technicienne qualite restauration",
                      "Date : mardi 5 mai 2026, 7h00 - 15h00",
                      "Lieu : Unite centrale de production, entree logistique",
                      "Merci de vous presenter au poste de garde muni(e) d'une piece d'identite.",
                      "Contact : Helene Bouchet, responsable qualite restauration"])],
))

add(dict(
    slug="montsdore_casual_chat", key="t28_chat",
    kind="interview_invitation", lang="fr", company="Fromagerie des Monts Dore", contact="thomas@montsdore.example.fr",
    frm="Thomas Vialle <thomas@montsdore.example.fr>",
    subject="on en parle ?",
    date="2026-08-25 19:32",
    text="""Salut Anaïs,

Claire m'a transmis ton CV pour le poste qualité à la fromagerie. On cherche quelqu'un pour reprendre le plan HACCP et préparer l'audit IFS de l'an prochain, ça pourrait bien te correspondre.

Tu es dispo jeudi vers 18h pour qu'on en parle en visio ? Je t'envoie le lien Teams si c'est ok : https://teams.example.fr/l/meetup-join/montsdore-thomas

À+
Thomas
Fromagerie des Monts Dore – Murol
""",
))

add(dict(
    slug="bqac_assessment_day", key="t27_ac", parent="t27_ack",
    kind="interview_invitation", lang="fr", company="Bureau Qualité Alimentaire du Centre", contact="l.perrin@bqac.example.fr",
    frm="Laurence Perrin <l.perrin@bqac.example.fr>",
    subject="Convocation – journée d'évaluation auditeurs du 24 juin",
    date="2026-06-16 10:12", form="alt", look="outlook", cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous convier à notre journée d'évaluation le mercredi 24 juin, de 9h à 16h30, dans nos locaux de Tours. Au programme : épreuve écrite, mise en situation d'audit dans une cuisine pédagogique et entretien final avec le jury.

Le programme détaillé est en pièce jointe. Le déjeuner est pris en charge. Merci de confirmer votre présence avant le 19 juin.

Cordialement,

Laurence Perrin
Responsable du pôle audit
Bureau Qualité Alimentaire du Centre – 9 rue Néricault-Destouches – 37000 Tours
Tél. : 02 47 61 39 04""",
    pdfs=[dict(name="programme_journee_evaluation.pdf", title="BQAC - Journee d'evaluation auditeurs",
               lines=["09h00 Accueil", "09h15 Epreuve ecrite (reglementation, Paquet hygiene)",
                      "11h00 Mise en situation d'audit - cuisine pedagogique",
                      "12h30 Dejeuner", "14h00 Entretien final avec le jury", "16h30 Fin"])],
))

add(dict(
    slug="verifood_assessment_centre", key="t15_ac", parent="t15_ack",
    kind="interview_invitation", lang="fr", company="Vérifood Benelux", contact="sophie.claes@verifood.example.be",
    frm="Sophie Claes <sophie.claes@verifood.example.be>",
    subject="Invitation à notre assessment center – auditrice sécurité alimentaire",
    subj_enc=("utf-8", "B"), date="2026-09-14 11:15", form="alt", look="simple",
    text="""Bonjour Madame Delacroix-Mensah,

Nous avons le plaisir de vous inviter à l'assessment center organisé pour le poste d'auditrice sécurité alimentaire (secteur restauration collective, Bruxelles et Wallonie).

Quand : jeudi 24 septembre 2026, de 9h à 15h
Où : Vérifood Benelux, Avenue Louise 231, 1050 Bruxelles

La journée comprend un exercice d'audit sur dossier, une présentation orale de 10 minutes et un entretien individuel. L'invitation est jointe au format .ics.

Bien à vous,
Sophie Claes
HR Business Partner – Vérifood Benelux
+32 2 640 18 25""",
    ics=dict(uid="ac-0924-fsa@verifood.example.be", start="2026-09-24 09:00", minutes=360,
             summary="Assessment center - auditrice sécurité alimentaire",
             location="Vérifood Benelux, Avenue Louise 231, Bruxelles",
             organizer="Sophie Claes <sophie.claes@verifood.example.be>", attach="invitation.ics"),
))

add(dict(
    slug="salaisons_visio_reply_chain", key="t17_visio", parent="t17_apply",
    kind="interview_invitation", lang="fr", company="Salaisons de la Creuse", contact="b.lachaud@salaisons-creuse.example.fr",
    frm="Bruno Lachaud <b.lachaud@salaisons-creuse.example.fr>",
    subject="Re: Candidature spontanée – contrôle qualité / HACCP",
    date="2026-01-21 08:12",
    text=reply(
        """Bonjour Madame,

Merci pour votre candidature spontanée, qui tombe bien : nous créons un poste d'assistante qualité pour accompagner notre passage à l'IFS.

Seriez-vous disponible pour un entretien en visio le mardi 27 janvier à 11h ? Je vous enverrai le lien Teams la veille. Nous parlerons de votre expérience en cantine et du poste, puis, si tout va bien, nous organiserons une visite de l'usine.

Cordialement,
Bruno Lachaud
Directeur de site – Salaisons de la Creuse
Zone artisanale du Cher, 23000 Guéret
05 55 52 14 66""",
        "fr", "mer. 14 janv. 2026 à 21:04", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Monsieur,

Cuisinière depuis onze ans dans la restauration scolaire à Limoges, je prépare une reconversion vers l'audit et le contrôle qualité en agroalimentaire. Je suis titulaire d'une formation HACCP et je termine un certificat de technicienne qualité.

Je vous adresse mon CV et reste disponible pour un échange.

Anaïs Delacroix-Mensah"""),
))

add(dict(
    slug="agrolab_invite_calendar", key="t16_invite",
    kind="interview_invitation", lang="fr", company="AgroLab Bruxelles", contact="pieter.vandamme@agrolab-bxl.example.be",
    frm="Pieter Van Damme <pieter.vandamme@agrolab-bxl.example.be>",
    subject="Entretien technicien·ne prélèvements – AgroLab",
    date="2026-02-16 11:20",
    text="""Bonjour Madame,

Je vous propose un entretien le jeudi 26 février à 14h au laboratoire, avec notre responsable qualité. Prévoyez environ une heure, visite des salles de prélèvement comprise. L'invitation suit par agenda.

Pieter Van Damme
Chef de laboratoire – Microbiologie alimentaire
AgroLab Bruxelles – Rue des Vétérinaires 44 – 1070 Anderlecht""",
    ics=dict(uid="agrolab-iv-20260226@agrolab-bxl.example.be", start="2026-02-26 14:00",
             summary="Entretien technicienne prélèvements", location="AgroLab, Rue des Vétérinaires 44, Anderlecht",
             organizer="Pieter Van Damme <pieter.vandamme@agrolab-bxl.example.be>"),
))

add(dict(
    slug="axiome_unnamed_client_html", key="t29_client",
    kind="interview_invitation", lang="fr", company="Axiome Intérim", contact="c.renaud@axiome-interim.example.fr",
    frm="Axiome Intérim Poitiers <poitiers@axiome-interim.example.fr>",
    reply_to="Chloé Renaud <c.renaud@axiome-interim.example.fr>",
    subject="Présentation chez notre client – jeudi 8 octobre",
    date="2026-10-05 16:50", form="html", look="simple",
    text="""Bonjour Anaïs,

Notre client, une entreprise de plats cuisinés de la zone du Futuroscope, souhaite vous rencontrer pour la mission d'agente qualité (3 mois renouvelable).

Rendez-vous : jeudi 8 octobre à 9h00. Je vous retrouve devant notre agence à 8h30 et nous y allons ensemble ; l'adresse exacte vous sera donnée sur place, le client souhaitant rester discret tant que la mission n'est pas signée.

Merci de me confirmer par retour de mail.

Chloé Renaud
Chargée d'affaires – Axiome Intérim Poitiers
7 rue Carnot, 86000 Poitiers – 05 49 30 12 84""",
))

# ================================================================== invitations — English

add(dict(
    slug="leevalley_lever_schedule", key="t5_invite", parent="t5_ack",
    kind="interview_invitation", lang="en", company="Lee Valley Dairies", contact="aoife.brennan@leevalleydairies.example.ie",
    frm="Aoife Brennan <no-reply@hire.lever.co>",
    reply_to="Aoife Brennan <aoife.brennan@leevalleydairies.example.ie>",
    subject="Interview invitation: Food Safety Auditor – Lee Valley Dairies",
    date="2026-05-12 12:01", zone="ie", form="alt",
    look=("ats", "Lee Valley Dairies", "#3a7d44", "Sent via Lever on behalf of Lee Valley Dairies."),
    text="""Hi Anaïs,

Thanks for applying for the Food Safety Auditor position. We'd love to invite you to a video interview with me and Tom Cronin, our Technical Manager.

Please pick a 45-minute slot that suits you using this link: https://hire.lever.co/schedule/leevalleydairies/8d2e41b0
Slots are available between Monday 18 and Wednesday 20 May.

If none of the times work, just reply to this email and I'll sort something out.

Best,
Aoife Brennan
Talent Acquisition, Lee Valley Dairies""",
))

add(dict(
    slug="munster_fss_screen_call", key="t6_screen",
    kind="interview_invitation", lang="en", company="Munster Food Safety Services", contact="declan.hurley@munsterfss.example.ie",
    frm="Declan Hurley <declan.hurley@munsterfss.example.ie>",
    subject="Quick call about the Trainee Auditor role?",
    date="2026-06-08 16:25", zone="ie",
    text="""Hi Anaïs,

Thanks for your application for the Trainee Auditor role. Before we go any further I'd like to have a 20-minute screening call to talk through your experience and your plans for moving to Cork.

Would Thursday 11 June at 10:00 Irish time work? I'll ring you on +33 6 71 42 18 93 unless you'd prefer a different number.

Regards,
Declan Hurley | Operations Lead
Munster Food Safety Services
+353 21 496 3310""",
))

add(dict(
    slug="shandon_client_interview", key="t13_client_iv", parent="t13_registered",
    kind="interview_invitation", lang="en", company="Shandon Recruitment", contact="niamh.osullivan@shandonrecruit.example.ie",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="Interview arranged – QA Technician (North Cork)",
    date="2026-07-14 09:48", zone="ie", form="alt", look="outlook",
    text="""Hi Anaïs,

Great news – my client, a dairy ingredients manufacturer in North Cork, would like to meet you for the QA Technician position.

Date: Monday 20 July
Time: 11:00
Format: on site, about 90 minutes including a walk through the plant

I'll send the exact address and parking details once the client confirms I can share them. They'll ask about HACCP verification, allergen control and how you'd handle a supplier non-conformance.

Speak soon,
Niamh

Niamh O'Sullivan
Senior Consultant – Food & FMCG
Shandon Recruitment | 17 South Mall, Cork
+353 21 427 8840""",
))

add(dict(
    slug="aurelis_panel_calendar", key="t18_panel",
    kind="interview_invitation", lang="en", company="Aurelis Certification International", contact="rachel.whitfield@aurelis-cert.example.com",
    frm="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>",
    subject="Invitation: Panel interview – Food Safety Auditor (Cork) @ Thu 12 Mar 2026 14:00 (GMT)",
    date="2026-03-04 10:30", zone="ie",
    text="""Dear Anaïs,

Following your screening call with our team, I'm pleased to invite you to a panel interview for the Food Safety Auditor role based in Cork.

The panel will be myself, Brendan Foley (Lead Auditor, Food Scheme) and Marie Lenoir from our Brussels technical office. The interview will run on Microsoft Teams and last about an hour, including a 15-minute case study that we will share on screen.

Please accept the attached calendar invitation to confirm.

Kind regards,
Rachel Whitfield
Talent Partner, Aurelis Certification International
Penrose Wharf, Cork T23 K2P5 | +353 21 239 4471""",
    ics=dict(uid="panel-fsa-cork-0312@aurelis-cert.example.com", start="2026-03-12 14:00", zone="ie",
             summary="Panel interview - Food Safety Auditor (Cork)", location="Microsoft Teams",
             organizer="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>"),
))

add(dict(
    slug="kestrel_ashby_self_schedule", key="t21_schedule", parent="t21_ack",
    kind="interview_invitation", lang="en", company="Kestrel Foods", contact="",
    frm="Kestrel Foods Recruiting <no-reply@ashbyhq.com>",
    subject="Schedule your interview with Kestrel Foods",
    date="2026-02-12 13:40", zone="utc", form="alt",
    look=("ats", "Kestrel Foods", "#e07a1f", "Sent via Ashby on behalf of Kestrel Foods."),
    text="""Hi Anaïs,

Good news! The hiring team for the Food Safety Coordinator role would like to speak with you.

Please use the link below to book a 30-minute video interview with Orla Daly, Quality Manager:
https://jobs.ashbyhq.com/kestrelfoods/interview/5b81c0d2/schedule

The link expires in 5 days.

The Kestrel Foods Talent Team""",
))

add(dict(
    slug="corkharbour_free_thursday", key="t19_chat", parent="t19_apply",
    kind="interview_invitation", lang="en", company="Cork Harbour Seafoods", contact="gavin.murphy@corkharbourseafoods.example.ie",
    frm="Gavin Murphy <gavin.murphy@corkharbourseafoods.example.ie>",
    subject="Re: Application – Hygiene Supervisor",
    date="2026-05-26 08:55", zone="ie",
    text=reply(
        """Hi Anaïs,

Thanks for this, your CV landed on my desk this morning. Are you free Thursday to chat? Say 4pm our time, on a video call, nothing formal. I'd like to hear how school kitchens in France do allergen management and tell you a bit about the plant.

Gavin""",
        "en", "Wed, 20 May 2026 at 21:12", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Dear Mr Murphy,

Please find attached my application for the Hygiene Supervisor position advertised on your website. I have eleven years' experience in school catering in France and I'm completing a food safety auditor certificate. I'm moving to Cork this summer.

Kind regards,
Anaïs Delacroix-Mensah"""),
))

add(dict(
    slug="ballincollig_trial_shift", key="t32_trial",
    kind="interview_invitation", lang="en", company="Ballincollig Fresh Meals", contact="sinead@ballincolligmeals.example.ie",
    frm="Sinead Kelly <sinead@ballincolligmeals.example.ie>",
    subject="Trial shift next Tuesday",
    date="2026-09-02 14:33", zone="ie", form="html", look="simple",
    text="""Hi Anaïs,

Following our phone call, we'd like you to come in for a paid trial shift with our hygiene team so you can see the job and we can see you in action.

Tuesday 8 September, 06:30 to 14:30
Unit 7, Ballincollig Business Park – ask for me at the goods-in door.

Bring safety shoes; we provide whites and hairnets. At the end of the shift we'll sit down for a 30-minute chat with the site manager.

Thanks,
Sinead Kelly
Technical Manager, Ballincollig Fresh Meals""",
))

# ================================================================== invitations — German

add(dict(
    slug="feldberg_personio_einladung", key="t7_invite", parent="t7_ack",
    kind="interview_invitation", lang="de", company="Schwarzwaldmolkerei Feldberg", contact="k.vogt@feldberg-molkerei.example.de",
    frm="Schwarzwaldmolkerei Feldberg <noreply@personio.de>",
    reply_to="Katrin Vogt <k.vogt@feldberg-molkerei.example.de>",
    subject="Einladung zum Vorstellungsgespräch – Qualitätsauditorin (m/w/d)",
    date="2026-06-15 09:20", form="alt",
    look=("ats", "Schwarzwaldmolkerei Feldberg", "#2a6f97", "Diese Nachricht wurde über Personio versendet. Antworten gehen an Katrin Vogt."),
    text="""Sehr geehrte Frau Delacroix-Mensah,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Mittwoch, 24. Juni 2026, 10:00 Uhr
Schwarzwaldmolkerei Feldberg, Am Seebuck 3, 79868 Feldberg
Gesprächspartner: Dr. Felix Armbruster (Leitung Qualitätsmanagement) und Katrin Vogt (Personal)

Eine Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Katrin Vogt
Personalreferentin""",
    ics=dict(uid="vg-qa-20260624@feldberg-molkerei.example.de", start="2026-06-24 10:00",
             summary="Vorstellungsgespräch Qualitätsauditorin", location="Am Seebuck 3, 79868 Feldberg",
             organizer="Katrin Vogt <k.vogt@feldberg-molkerei.example.de>"),
))

add(dict(
    slug="zertisued_softgarden_video", key="t8_invite",
    kind="interview_invitation", lang="de", company="ZertiSüd", contact="t.brandt@zertisued.example.de",
    frm="ZertiSüd Prüfgesellschaft <noreply@softgarden.io>",
    reply_to="Tobias Brandt <t.brandt@zertisued.example.de>",
    subject="ZertiSüd: Einladung zum Video-Interview",
    subj_enc=("iso-8859-1", "B"), name_enc=("iso-8859-1", "Q"),
    date="2026-07-06 13:05", form="alt", charset="iso-8859-1", cte="quoted-printable",
    look=("ats", "ZertiSüd Prüfgesellschaft", "#4a4e69", "Versendet über softgarden."),
    text="""Guten Tag Frau Delacroix-Mensah,

danke für Ihr Interesse an der Position Auditorin Lebensmittelsicherheit (Trainee) in Freiburg.

Wir laden Sie herzlich zu einem Video-Interview über Microsoft Teams ein:
Dienstag, 14. Juli 2026, 10:00 - 10:45 Uhr
Teilnehmende: Tobias Brandt (Personal) und Ingrid Maier (Zertifizierungsstelle Food)

Den Einwahllink erhalten Sie einen Tag vorher. Falls der Termin nicht passt, antworten Sie bitte einfach auf diese Nachricht.

Freundliche Grüße
Tobias Brandt
Personalreferent, ZertiSüd Prüfgesellschaft""",
))

add(dict(
    slug="pp_oberrhein_client_gespraech", key="t20_client_iv", parent="t20_received",
    kind="interview_invitation", lang="de", company="Kaiserstuhl Backwaren", contact="j.ketterer@pp-oberrhein.example.de",
    frm="Jan Ketterer <j.ketterer@pp-oberrhein.example.de>",
    subject="Vorstellungsgespräch bei Kaiserstuhl Backwaren am 29.04.",
    date="2026-04-22 17:10", charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Frau Delacroix-Mensah,

gute Nachrichten: Kaiserstuhl Backwaren möchte Sie für die Stelle als Hygienebeauftragte kennenlernen.

Termin: Mittwoch, 29. April, 13:30 Uhr
Ort: Kaiserstuhl Backwaren, Werk Endingen, Königschaffhauser Straße 40 (Empfang Verwaltung)
Gesprächspartner: Herr Stehle (Produktionsleitung) und Frau Binder (QS)

Ich rufe Sie am Montag an, um das Gespräch vorzubereiten. Bitte bringen Sie Ihre Zertifikate in Kopie mit.

Viele Grüße
Jan Ketterer
Personalpartner Oberrhein, Bertoldstraße 18, 79098 Freiburg
Tel. +49 761 380 55 21
""",
))

# ================================================================== invitations — Spanish

add(dict(
    slug="conservas_ebro_entrevista", key="t9_invite", parent="t9_ack",
    kind="interview_invitation", lang="es", company="Conservas del Ebro", contact="lucia.gracia@conservasdelebro.example.es",
    frm="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>",
    subject="Entrevista para el puesto de Técnica de Calidad",
    date="2026-08-18 12:20", form="alt", look="simple",
    text="""Hola, Anaïs:

Gracias por tu interés en Conservas del Ebro. Nos gustaría conocerte en persona para el puesto de Técnica de Calidad en nuestra planta de Zaragoza.

Te proponemos una entrevista el miércoles 26 de agosto a las 10:00 en nuestras oficinas (Polígono Malpica, calle E 21). Estarán Javier Romeo, jefe de calidad, y yo. Después haremos una visita breve a las líneas de producción.

Te adjunto la convocatoria para tu calendario. ¿Me confirmas asistencia?

Un saludo,
Lucía Gracia Pérez
Responsable de Personas – Conservas del Ebro
976 57 30 12""",
    ics=dict(uid="entrevista-calidad-0826@conservasdelebro.example.es", start="2026-08-26 10:00",
             summary="Entrevista Técnica de Calidad", location="Polígono Malpica, calle E 21, Zaragoza",
             organizer="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>"),
))

add(dict(
    slug="aragon_calidad_llamada", key="t10_screen",
    kind="interview_invitation", lang="es", company="Certificaciones Aragón Calidad", contact="jorge.lasheras@aragoncalidad.example.es",
    frm="Jorge Lasheras <jorge.lasheras@aragoncalidad.example.es>",
    subject="Llamada para el puesto de auditora junior",
    date="2026-09-07 18:02",
    text="""Buenas tardes, Anaïs:

He revisado tu candidatura para auditora junior de seguridad alimentaria y me gustaría hacer una primera llamada de unos 20 minutos.

¿Te va bien el jueves 10 de septiembre a las 10:00 (hora de España)? Te llamaré al +33 6 71 42 18 93. Si prefieres otra hora, dímelo.

Saludos,
Jorge Lasheras
Responsable técnico
Certificaciones Aragón Calidad · Calle Coso 98 · 50001 Zaragoza""",
))

add(dict(
    slug="san_lamberto_prueba_practica", key="t22_prueba", parent="t22_ack",
    kind="interview_invitation", lang="es", company="Hospital Universitario San Lamberto", contact="pilar.royo@hsanlamberto.example.es",
    frm="Pilar Royo <pilar.royo@hsanlamberto.example.es>",
    subject="Convocatoria a prueba práctica – Técnico/a de Seguridad Alimentaria",
    subj_enc=("utf-8", "B"), date="2026-07-01 10:44", cte="base64",
    text="""Estimada Sra. Delacroix-Mensah:

Nos complace convocarla a la prueba práctica y entrevista del proceso de Técnico/a de Seguridad Alimentaria de la cocina hospitalaria.

Fecha: jueves 9 de julio de 2026
Hora: 8:30
Lugar: Servicio de Hostelería, planta −1, edificio de Consultas Externas

La prueba consiste en una inspección guiada de la zona de emplatado y la redacción de un breve informe. A continuación tendrá una entrevista con la comisión. Adjuntamos las instrucciones.

Atentamente,
Pilar Royo
Jefa de Servicio de Hostelería
Hospital Universitario San Lamberto · Zaragoza · 976 44 10 00""",
    pdfs=[dict(name="instrucciones_prueba_practica.pdf", title="Hospital Universitario San Lamberto",
               lines=["Prueba practica - Tecnico/a de Seguridad Alimentaria",
                      "Jueves 9 de julio de 2026, 8:30", "Traer DNI o pasaporte.",
                      "Duracion aproximada: 3 horas."])],
))

# ================================================================== reschedules / cancellations

add(dict(
    slug="laiteries_moved_sequence", key="t1_moved", parent="t1_ask_move",
    kind="interview_reschedule_or_cancel", lang="fr", company="Laiteries du Haut-Limousin",
    contact="celine.lefevre@laiteries-hautlimousin.example.fr",
    frm="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Mis à jour : entretien Auditrice qualité HACCP – jeudi 26 février 14h",
    date="2026-02-19 08:41", form="alt", look="outlook",
    text=reply(
        """Bonjour Madame Delacroix-Mensah,

Aucun problème, nous avons pu décaler : l'entretien aura lieu le jeudi 26 février à 14h00, même lieu, avec les mêmes personnes. L'invitation de votre agenda a été mise à jour.

Cordialement,
Céline Lefèvre
Chargée RH – Laiteries du Haut-Limousin""",
        "fr", "mer. 18 févr. 2026 à 20:15", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Bonjour Madame Lefèvre,

Merci beaucoup pour votre invitation. Le mardi 24 au matin, je suis seule en cuisine pour le service de la cantine et ne peux pas me libérer. Serait-il possible de décaler l'entretien en fin de semaine, idéalement l'après-midi ?

Bien cordialement,
Anaïs Delacroix-Mensah"""),
    ics=dict(uid="iv-2026-0211@laiteries-hautlimousin.example.fr", sequence=1, start="2026-02-26 14:00",
             minutes=75, summary="Entretien - Auditrice qualité HACCP (A. Delacroix-Mensah)",
             location="Laiteries du Haut-Limousin, Route de la Jonchère, Ambazac",
             organizer="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>"),
))

add(dict(
    slug="restaurelle_cancel_method", key="t2_cancel", parent="t2_panel",
    kind="interview_reschedule_or_cancel", lang="fr", company="Groupe Restaurelle", contact="m.garnier@restaurelle.example.fr",
    frm="Mathieu Garnier <m.garnier@restaurelle.example.fr>",
    subject="Annulé : Jury - animatrice qualité hygiène (mar. 3 févr. 9h30)",
    date="2026-01-30 16:02",
    text="""Bonjour Madame,

Je suis contraint d'annuler l'entretien prévu le mardi 3 février à 9h30 : deux membres du jury sont mobilisés sur un audit client. Nous ne remettons pas en cause votre candidature et reviendrons vers vous pour convenir d'une nouvelle date.

Mathieu Garnier""",
    ics=dict(uid="jury-aqh-0203@restaurelle.example.fr", method="CANCEL", sequence=1, start="2026-02-03 09:30",
             summary="Jury - animatrice qualité hygiène", location="12 rue des Carmes, Poitiers - salle Aliénor",
             organizer="Mathieu Garnier <m.garnier@restaurelle.example.fr>"),
))

add(dict(
    slug="certinor_greenhouse_moved", key="t4_moved", parent="t4_invite",
    kind="interview_reschedule_or_cancel", lang="fr", company="Certinor", contact="jeanne.roux@certinor.example.fr",
    frm="Jeanne Roux via Greenhouse <no-reply@greenhouse-mail.io>",
    reply_to="Jeanne Roux <jeanne.roux@certinor.example.fr>",
    subject="Changement d'horaire – votre entretien avec Certinor",
    date="2026-04-20 13:26", form="alt",
    look=("ats", "Certinor", "#0f4c5c", "Envoyé via Greenhouse pour le compte de Certinor."),
    text="""Bonjour Anaïs,

Pierre doit se rendre chez un client le lundi 27 avril : votre entretien initialement réservé ce jour-là à 10h est déplacé au mardi 28 avril à 15h, au même endroit (4 rue Blatin, Clermont-Ferrand).

Si ce nouvel horaire ne vous convient pas, vous pouvez en choisir un autre ici : https://app.greenhouse.io/scheduler/certinor/7f3c2a91/reschedule

Désolée pour ce changement,
Jeanne""",
))

add(dict(
    slug="saintmartial_chef_ill", key="t14_moved", parent="t14_trial",
    kind="interview_reschedule_or_cancel", lang="fr", company="Centre Hospitalier Saint-Martial", contact="helene.bouchet@ch-saintmartial.example.fr",
    frm="Hélène Bouchet <helene.bouchet@ch-saintmartial.example.fr>",
    subject="Journée d'immersion : report au jeudi 7 mai",
    date="2026-04-27 07:58", charset="windows-1252", cte="8bit",
    text="""Bonjour Madame Delacroix-Mensah,

Le chef de production qui devait vous accueillir mardi est en arrêt maladie jusqu’à la fin de la semaine prochaine. Plutôt que de vous faire venir sans lui, je préfère décaler votre journée d’immersion au jeudi 7 mai, mêmes horaires (7h – 15h), même entrée.

Pouvez-vous me dire si cette date vous convient ? Je suis joignable au 05 55 05 61 40.

Bien cordialement,
Hélène Bouchet
Responsable qualité – Restauration
Centre Hospitalier Saint-Martial – Limoges
""",
))

add(dict(
    slug="tempora_client_moves_slot", key="t11_client_moved", parent="t11_client_iv",
    kind="interview_reschedule_or_cancel", lang="fr", company="Biscuiterie de Touraine", contact="k.benali@tempora-interim.example.fr",
    frm="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="Re: Entretien chez notre client Biscuiterie de Touraine",
    date="2026-03-18 17:22",
    text=reply(
        """Anaïs,

Changement de programme : Mme Touchard a un audit fournisseur qui tombe le 24. La Biscuiterie de Touraine vous recevra donc le jeudi 26 mars à 9h30 au lieu du mardi 14h. Même adresse, même interlocuteurs.

Dites-moi vite si ça vous va, je leur confirme dans la foulée.

Karima""",
        "fr", "lun. 16 mars 2026 à 11:30", "Karima Benali <k.benali@tempora-interim.example.fr>",
        """Bonjour Anaïs,

Bonne nouvelle : la Biscuiterie de Touraine souhaite vous rencontrer pour le poste de technicienne qualité (CDD de 6 mois, possibilité de CDI).

L'entretien est fixé au mardi 24 mars à 14h00, à l'usine de Chambray-lès-Tours."""),
))

add(dict(
    slug="verifood_postponed_ics_cancel", key="t15_postponed", parent="t15_ac",
    kind="interview_reschedule_or_cancel", lang="fr", company="Vérifood Benelux", contact="sophie.claes@verifood.example.be",
    frm="Sophie Claes <sophie.claes@verifood.example.be>",
    subject="Report de l'assessment center du 24 septembre",
    subj_enc=("iso-8859-1", "Q"), date="2026-09-22 18:05",
    text="""Bonjour Madame Delacroix-Mensah,

Nous devons malheureusement reporter l'assessment center prévu ce jeudi 24 septembre : une inspection de l'AFSCA mobilise toute l'équipe technique cette semaine. L'invitation est annulée dans votre agenda.

Votre candidature reste bien entendu en cours. Je vous recontacte dès que possible avec une nouvelle date, probablement début octobre.

Toutes nos excuses pour ce désagrément.

Sophie Claes
HR Business Partner – Vérifood Benelux""",
    ics=dict(uid="ac-0924-fsa@verifood.example.be", method="CANCEL", sequence=1, start="2026-09-24 09:00", minutes=360,
             summary="Assessment center - auditrice sécurité alimentaire",
             location="Vérifood Benelux, Avenue Louise 231, Bruxelles",
             organizer="Sophie Claes <sophie.claes@verifood.example.be>"),
))

add(dict(
    slug="salaisons_visio_to_site", key="t17_inperson", parent="t17_visio",
    kind="interview_reschedule_or_cancel", lang="fr", company="Salaisons de la Creuse", contact="b.lachaud@salaisons-creuse.example.fr",
    frm="Bruno Lachaud <b.lachaud@salaisons-creuse.example.fr>",
    subject="Re: Re: Candidature spontanée – contrôle qualité / HACCP",
    date="2026-01-23 12:40", charset="iso-8859-1", cte="quoted-printable",
    text=reply(
        """Bonjour Madame,

Petit changement : notre liaison internet à l'usine est coupée pour travaux mardi. Plutôt que la visio de 11h, pouvez-vous venir directement à Guéret le mardi 27 à 14h ? Nous ferions l'entretien et la visite dans la foulée. Vos frais de déplacement seront remboursés.

Cordialement,
Bruno Lachaud""",
        "fr", "mer. 21 janv. 2026 à 19:48", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        reply(
            """Bonjour Monsieur Lachaud,

Merci pour votre réponse rapide. Le mardi 27 janvier à 11h me convient parfaitement pour la visio.

Bien cordialement,
Anaïs Delacroix-Mensah""",
            "fr", "mer. 21 janv. 2026 à 08:12", "Bruno Lachaud <b.lachaud@salaisons-creuse.example.fr>",
            """Seriez-vous disponible pour un entretien en visio le mardi 27 janvier à 11h ? Je vous enverrai le lien Teams la veille.""")),
))

add(dict(
    slug="leevalley_interviewer_ill", key="t5_ill", parent="t5_invite",
    kind="interview_reschedule_or_cancel", lang="en", company="Lee Valley Dairies", contact="aoife.brennan@leevalleydairies.example.ie",
    frm="Aoife Brennan <aoife.brennan@leevalleydairies.example.ie>",
    subject="Change to your interview on Tuesday",
    date="2026-05-18 08:20", zone="ie",
    text="""Hi Anaïs,

I'm sorry for the late notice: Tom has come down with a bad flu and won't be back before Thursday. Could we move your interview from Tuesday 19 May at 11:00 to Thursday 21 May at 11:00 (Irish time)? Same Teams link.

If Thursday doesn't work, reply with a couple of times that do and I'll rebook.

Thanks for your flexibility,
Aoife Brennan
Talent Acquisition, Lee Valley Dairies
Dripsey, Co. Cork""",
))

add(dict(
    slug="aurelis_ics_cancel", key="t18_cancel", parent="t18_panel",
    kind="interview_reschedule_or_cancel", lang="en", company="Aurelis Certification International", contact="rachel.whitfield@aurelis-cert.example.com",
    frm="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>",
    subject="Canceled: Panel interview – Food Safety Auditor (Cork) @ Thu 12 Mar 2026 14:00 (GMT)",
    date="2026-03-09 17:11", zone="ie",
    text="""Dear Anaïs,

I have to cancel Thursday's panel: Brendan has been called to an unannounced audit in Limerick and we can't run the panel without him. This is purely a scheduling problem and your application is still very much under consideration.

I'll come back to you this week with new dates.

Kind regards,
Rachel""",
    ics=dict(uid="panel-fsa-cork-0312@aurelis-cert.example.com", method="CANCEL", sequence=1,
             start="2026-03-12 14:00", zone="ie", summary="Panel interview - Food Safety Auditor (Cork)",
             location="Microsoft Teams", organizer="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>"),
))

add(dict(
    slug="shandon_client_moves_day", key="t13_moved", parent="t13_client_iv",
    kind="interview_reschedule_or_cancel", lang="en", company="Shandon Recruitment", contact="niamh.osullivan@shandonrecruit.example.ie",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="RE: Interview arranged – QA Technician (North Cork)",
    date="2026-07-16 12:02", zone="ie",
    text=outlook_reply(
        """Hi Anaïs,

Slight change: the client's QA manager is at a customer audit on Monday, so they've asked to push your interview to Tuesday 21 July, same time (11:00). Everything else stays the same. Can you confirm?

Niamh""",
        "en", "Niamh O'Sullivan", "Tuesday, July 14, 2026 9:48 AM", "Anaïs Delacroix-Mensah",
        "Interview arranged – QA Technician (North Cork)",
        """Great news – my client would like to meet you for the QA Technician position.

Date: Monday 20 July
Time: 11:00"""),
))

add(dict(
    slug="kestrel_ashby_rescheduled", key="t21_rescheduled", parent="t21_schedule",
    kind="interview_reschedule_or_cancel", lang="en", company="Kestrel Foods", contact="",
    frm="Kestrel Foods Recruiting <no-reply@ashbyhq.com>",
    subject="Your interview with Kestrel Foods has been rescheduled",
    date="2026-02-16 09:15", zone="utc", form="alt",
    look=("ats", "Kestrel Foods", "#e07a1f", "Sent via Ashby on behalf of Kestrel Foods."),
    text="""Hi Anaïs,

Your interview for the Food Safety Coordinator role has been rescheduled.

Previous time: Wednesday, February 18, 2026, 10:00 AM (GMT)
New time: Friday, February 20, 2026, 2:30 PM (GMT)
Interviewer: Orla Daly, Quality Manager

Join link: https://meet.example.ie/kestrel/orla-daly

Need a different time? https://jobs.ashbyhq.com/kestrelfoods/interview/5b81c0d2/reschedule

The Kestrel Foods Talent Team""",
))

add(dict(
    slug="zertisued_verschoben_sequence", key="t8_moved", parent="t8_ask",
    kind="interview_reschedule_or_cancel", lang="de", company="ZertiSüd", contact="t.brandt@zertisued.example.de",
    frm="Tobias Brandt <t.brandt@zertisued.example.de>",
    subject="Aktualisiert: Video-Interview Auditorin Lebensmittelsicherheit – Do 16.07., 14:00",
    date="2026-07-08 11:47",
    text=reply(
        """Hallo Frau Delacroix-Mensah,

kein Problem. Wir verschieben das Interview auf Donnerstag, 16. Juli, 14:00 Uhr. Frau Maier ist ebenfalls dabei. Die Kalendereinladung habe ich aktualisiert, der Teams-Link bleibt gleich.

Beste Grüße
Tobias Brandt
ZertiSüd Prüfgesellschaft · Personal
Lörracher Straße 11 · 79115 Freiburg""",
        "de", "Di., 7. Juli 2026 um 21:30", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Sehr geehrter Herr Brandt,

vielen Dank für die Einladung. Am 14. Juli habe ich leider meine HACCP-Prüfung in Limoges. Wäre ein anderer Termin in derselben Woche möglich?

Mit freundlichen Grüßen
Anaïs Delacroix-Mensah"""),
    ics=dict(uid="zs-vi-trainee-food-0714@zertisued.example.de", sequence=2, start="2026-07-16 14:00",
             minutes=45, summary="Video-Interview Auditorin Lebensmittelsicherheit", location="Microsoft Teams",
             organizer="Tobias Brandt <t.brandt@zertisued.example.de>"),
))

add(dict(
    slug="feldberg_termin_verlegt", key="t7_moved", parent="t7_invite",
    kind="interview_reschedule_or_cancel", lang="de", company="Schwarzwaldmolkerei Feldberg", contact="k.vogt@feldberg-molkerei.example.de",
    frm="Katrin Vogt <k.vogt@feldberg-molkerei.example.de>",
    subject="Neuer Termin für unser Gespräch",
    date="2026-06-19 14:12", charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Delacroix-Mensah,

leider muss Dr. Armbruster am 24. Juni kurzfristig zu einem Kundenaudit nach Ulm. Wir würden unser Gespräch daher gerne auf Montag, 29. Juni, 10:00 Uhr verlegen - gleicher Ort, gleiche Dauer.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Katrin Vogt
Personalreferentin
Schwarzwaldmolkerei Feldberg
Tel. +49 7676 920 14
""",
))

add(dict(
    slug="conservas_ebro_cambio_hora", key="t9_moved", parent="t9_invite",
    kind="interview_reschedule_or_cancel", lang="es", company="Conservas del Ebro", contact="lucia.gracia@conservasdelebro.example.es",
    frm="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>",
    subject="Cambio de fecha de tu entrevista",
    name_enc=("iso-8859-1", "Q"), date="2026-08-20 09:35", charset="iso-8859-1", cte="quoted-printable",
    text="""Hola, Anaïs:

Javier tiene una auditoría de cliente el miércoles 26, así que tenemos que mover la entrevista al jueves 27 de agosto a la misma hora, las 10:00. El lugar no cambia.

Perdona las molestias. ¿Te viene bien?

Lucía""",
    ics=dict(uid="entrevista-calidad-0826@conservasdelebro.example.es", sequence=1, start="2026-08-27 10:00",
             summary="Entrevista Técnica de Calidad", location="Polígono Malpica, calle E 21, Zaragoza",
             organizer="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>"),
))

add(dict(
    slug="san_lamberto_prueba_aplazada", key="t22_aplazada", parent="t22_prueba",
    kind="interview_reschedule_or_cancel", lang="es", company="Hospital Universitario San Lamberto", contact="pilar.royo@hsanlamberto.example.es",
    frm="Pilar Royo <pilar.royo@hsanlamberto.example.es>",
    subject="Aplazamiento de la prueba práctica del 9 de julio",
    date="2026-07-07 13:20",
    text="""Estimada Sra. Delacroix-Mensah:

Le comunicamos que la prueba práctica prevista para el jueves 9 de julio queda aplazada. La cocina está en obras de reparación de la cámara de congelación y no podemos recibir a los candidatos en condiciones.

Su candidatura sigue en el proceso. En cuanto tengamos una nueva fecha se la comunicaremos con al menos una semana de antelación.

Disculpe las molestias.

Pilar Royo
Jefa de Servicio de Hostelería""",
))

# ================================================================== missed interview notices

add(dict(
    slug="biocontrole_called_twice", key="t3_missed", parent="t3_phone",
    kind="missed_interview_notice", lang="fr", company="Biocontrôle Centre", contact="s.maury@biocontrole-centre.example.fr",
    frm="Sandrine Maury <s.maury@biocontrole-centre.example.fr>",
    subject="Notre échange téléphonique de ce matin",
    date="2026-03-10 10:34",
    text="""Bonjour Madame,

Je vous ai appelée deux fois ce matin à 10h, comme convenu, sans réussir à vous joindre, et je suis tombée sur votre messagerie.

Si vous êtes toujours intéressée par le poste, rappelez-moi ou proposez-moi un autre moment par retour de mail.

Sandrine Maury
Biocontrôle Centre – 05 49 62 08 31""",
))

add(dict(
    slug="verifood_waited_visio", key="t15_missed", parent="t15_postponed",
    kind="missed_interview_notice", lang="fr", company="Vérifood Benelux", contact="sophie.claes@verifood.example.be",
    frm="Sophie Claes <sophie.claes@verifood.example.be>",
    subject="Votre entretien d'hier matin",
    date="2026-10-06 09:05", form="alt", look="simple",
    text="""Bonjour Madame Delacroix-Mensah,

Nous avions convenu d'un entretien individuel en visioconférence hier, lundi 5 octobre à 9h, en remplacement de l'assessment center reporté. Nous vous avons attendue une vingtaine de minutes sur Teams, mais vous ne vous êtes pas connectée.

J'espère qu'il ne vous est rien arrivé. Pourriez-vous me dire ce qu'il s'est passé et si vous souhaitez poursuivre le processus ?

Bien à vous,
Sophie Claes
HR Business Partner – Vérifood Benelux""",
))

add(dict(
    slug="axiome_client_no_show", key="t29_noshow", parent="t29_client",
    kind="missed_interview_notice", lang="fr", company="Axiome Intérim", contact="c.renaud@axiome-interim.example.fr",
    frm="Chloé Renaud <c.renaud@axiome-interim.example.fr>",
    subject="Rendez-vous client de jeudi",
    date="2026-10-09 08:20", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Anaïs,

Je vous ai attendue hier devant l’agence jusqu’à 8h50 puis je suis allée seule chez le client, qui vous attendait à 9h. Je n’ai pas réussi à vous joindre sur votre portable.

Le client a été compréhensif mais attend une explication. Pouvez-vous m’appeler aujourd’hui ?

Chloé Renaud
Axiome Intérim Poitiers – 05 49 30 12 84
""",
))

add(dict(
    slug="montsdore_waited_teams", key="t28_waited", parent="t28_chat",
    kind="missed_interview_notice", lang="fr", company="Fromagerie des Monts Dore", contact="thomas@montsdore.example.fr",
    frm="Thomas Vialle <thomas@montsdore.example.fr>",
    subject="Re: on en parle ?",
    date="2026-08-28 08:03",
    text=reply(
        """Salut Anaïs,

On t'a attendue sur Teams hier soir avec Claire jusqu'à 18h25, personne. Tout va bien ? Dis-moi si tu veux toujours qu'on se parle.

Thomas""",
        "fr", "mar. 25 août 2026 à 21:10", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Bonsoir Thomas, avec plaisir ! Jeudi 18h c'est parfait, à jeudi.
Anaïs"""),
))

add(dict(
    slug="clinique_waited_reception", key="t35_waited",
    kind="missed_interview_notice", lang="fr", company="Clinique du Val de Loire", contact="drh@clinique-valdeloire.example.fr",
    frm="Service RH - Clinique du Val de Loire <drh@clinique-valdeloire.example.fr>",
    subject="Entretien du 15 juillet - absence",
    subj_enc=("iso-8859-1", "Q"), date="2026-07-16 09:40", charset="iso-8859-1", cte="8bit",
    text="""Madame,

Vous étiez attendue hier mercredi à 14h à l'accueil de la clinique pour votre entretien avec notre responsable restauration. Vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.

Si un empêchement vous a retenue, merci de nous en informer. Faute de nouvelles de votre part d'ici vendredi, nous considérerons que vous retirez votre candidature.

Service des Ressources Humaines
Clinique du Val de Loire
""",
))

add(dict(
    slug="munster_fss_tried_calling", key="t6_missed", parent="t6_screen",
    kind="missed_interview_notice", lang="en", company="Munster Food Safety Services", contact="declan.hurley@munsterfss.example.ie",
    frm="Declan Hurley <declan.hurley@munsterfss.example.ie>",
    subject="Missed call on Thursday – Trainee Auditor",
    date="2026-06-11 10:22", zone="ie",
    text="""Hi Anaïs,

I tried calling you twice at 10:00 this morning for our screening call but couldn't get through – it went straight to voicemail both times.

If you're still interested, let me know a good time and number to reach you.

Declan""",
))

add(dict(
    slug="ballincollig_trial_no_show", key="t32_noshow", parent="t32_trial",
    kind="missed_interview_notice", lang="en", company="Ballincollig Fresh Meals", contact="sinead@ballincolligmeals.example.ie",
    frm="Sinead Kelly <sinead@ballincolligmeals.example.ie>",
    subject="Re: Trial shift next Tuesday",
    date="2026-09-09 07:12", zone="ie",
    text=reply(
        """Hi Anaïs,

We had you down for the trial shift yesterday at 06:30 but you didn't turn up, and the site manager stayed on for the chat afterwards. Hope everything is OK.

Let me know if you're still interested.

Sinead""",
        "en", "Wed, 2 Sep 2026 at 14:33", "Sinead Kelly <sinead@ballincolligmeals.example.ie>",
        """Tuesday 8 September, 06:30 to 14:30
Unit 7, Ballincollig Business Park – ask for me at the goods-in door."""),
))

add(dict(
    slug="lml_breisgau_teams_gewartet", key="t33_waited",
    kind="missed_interview_notice", lang="de", company="LebensmittelLabor Breisgau", contact="m.hauser@lml-breisgau.example.de",
    frm="Markus Hauser <m.hauser@lml-breisgau.example.de>",
    subject="Vorstellungsgespräch heute 14 Uhr",
    date="2026-02-24 14:32",
    text="""Sehr geehrte Frau Delacroix-Mensah,

wir haben heute um 14 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich aber leider nicht eingewählt.

Bitte melden Sie sich kurz, falls es technische Probleme gab.

Mit freundlichen Grüßen
Markus Hauser
LebensmittelLabor Breisgau
Hermann-Mitsch-Straße 7 · 79108 Freiburg""",
))

add(dict(
    slug="dreisam_telefonisch_nicht_erreicht", key="t23_unreachable", parent="t23_ack",
    kind="missed_interview_notice", lang="de", company="Klinikum Dreisam", contact="sabine.albrecht@klinikum-dreisam.example.de",
    frm="Sabine Albrecht <sabine.albrecht@klinikum-dreisam.example.de>",
    subject="Telefoninterview heute 9:30 Uhr",
    date="2026-08-26 10:05", form="alt", look="outlook",
    text="""Sehr geehrte Frau Delacroix-Mensah,

zum vereinbarten Telefoninterview heute um 9:30 Uhr habe ich Sie leider nicht erreicht. Ich habe es zweimal versucht und Ihnen eine Nachricht auf der Mailbox hinterlassen.

Wenn Sie weiterhin Interesse an der Stelle haben, nennen Sie mir bitte zwei mögliche Zeitfenster in dieser oder der nächsten Woche.

Freundliche Grüße
Sabine Albrecht
Personalabteilung · Klinikum Dreisam
Kartäuserstraße 90 · 79104 Freiburg · Tel. +49 761 270 33 18""",
))

add(dict(
    slug="aragon_calidad_no_contesto", key="t10_missed", parent="t10_screen",
    kind="missed_interview_notice", lang="es", company="Certificaciones Aragón Calidad", contact="jorge.lasheras@aragoncalidad.example.es",
    frm="Jorge Lasheras <jorge.lasheras@aragoncalidad.example.es>",
    subject="Re: Llamada para el puesto de auditora junior",
    date="2026-09-10 10:41", to=CANDIDATE_ASCII,
    text=reply(
        """Hola, Anaïs:

Te he llamado a las 10:00 como quedamos y no contestaste; lo volví a intentar a las 10:15. Si sigues interesada, dime cuándo podemos hablar.

Jorge""",
        "es", "lun, 7 sept 2026 a las 18:02", "Jorge Lasheras (<jorge.lasheras@aragoncalidad.example.es>)",
        """¿Te va bien el jueves 10 de septiembre a las 10:00 (hora de España)? Te llamaré al +33 6 71 42 18 93."""),
))
