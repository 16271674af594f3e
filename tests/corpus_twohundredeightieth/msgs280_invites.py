# ruff: noqa: C408  (hand-written message specs are dict(...) calls on purpose)
"""Corpus 280: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), each written by hand."""

from __future__ import annotations

from msgs280_common import ats_card, button, outlook, paras, reply, sig

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

FUNILOC_UID = "7c1e2f0a-funiloc-entretien-planif@funiloc.example.fr"
GHFS_UID = "ghfs-entretien-20260602-0930@ghfs.example.fr"
TAL_UID = "040000008200E00074C5B7101A82E0080000000090B1C2D3E4F5A601000000000000000010000000"
HOSP_UID = "hria-2026-06-17-mantenimiento@hospitalria.example.es"
FERN_UID = "fernwaerme-kennenlernen-0226@fernwaerme-ibk.example.at"
PIEM_UID = "ashby-panel-2f91c0d7@piemonte-energy.example.it"
INNB_UID = "innberg-teams-20260422@innbergbahnen.example.at"

SPECS: list[dict] = [
    # ================================================================== invitations
    # ------------------------------------------------------------------ French (13)
    dict(
        kind=INV, slug="funiloc_panel_ics", lang="fr", key="i_funiloc", parent="a_funiloc",
        company="Funiloc Alpes", contact="sandrine.ollivier@funiloc.example.fr",
        frm=("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr"),
        cc=[("Hervé Baudin-Tessier", "herve.baudin-tessier@funiloc.example.fr")],
        subject="Invitation : entretien Planificateur maintenance – mar. 10 mars 10:00",
        date="2026-02-24 11:18 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Votre candidature a retenu toute notre attention et nous aimerions vous "
            "rencontrer pour un entretien avec un panel de trois personnes : Hervé "
            "Baudin-Tessier (responsable du service maintenance), Lucie Amblard (méthodes) "
            "et moi-même.\n\n"
            "Date : mardi 10 mars 2026, de 10h00 à 11h30\n"
            "Lieu : Funiloc Alpes, 41 rue des Glairons, 38400 Saint-Martin-d'Hères "
            "(accueil bâtiment B)\n\n"
            "Prévoyez une dizaine de minutes pour nous présenter un planning de maintenance "
            "annuel d'un appareil que vous connaissez bien (télésiège ou télécabine).\n\n"
            "Merci d'accepter l'invitation jointe ou de me répondre si le créneau ne vous "
            "convient pas.\n\n"
            "À bientôt,\n"
            + sig("Sandrine Ollivier", "Chargée de recrutement", "Funiloc Alpes",
                  "41 rue des Glairons – 38400 Saint-Martin-d'Hères", "04 76 00 27 51")
        ),
        html="auto",
        ics=dict(
            method="REQUEST", uid=FUNILOC_UID, seq=0, start="2026-03-10 10:00 +0100",
            minutes=90, summary="Entretien Gaëtan Mbeki-Lefort – Planificateur maintenance",
            location="Funiloc Alpes, bâtiment B, Saint-Martin-d'Hères",
            organizer=("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr"),
            description="Entretien avec le panel (H. Baudin-Tessier, L. Amblard, S. Ollivier)",
        ),
    ),
    dict(
        kind=INV, slug="ias_sets_up_glandon", lang="fr", key="i_ias", parent="a_ias",
        company="Énergies du Glandon", contact="l.granger@ias-interim.example.fr",
        frm=("Laetitia Granger", "l.granger@ias-interim.example.fr"),
        subject="Entretien chez Énergies du Glandon mardi 27/01",
        subj_enc=("iso-8859-1", "B"),
        date="2026-01-20 14:02 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Bonne nouvelle : Énergies du Glandon souhaite vous rencontrer pour le poste de "
            "technicien planification à la centrale de Saint-Étienne-de-Cuines.\n\n"
            "Je vous ai calé un entretien le mardi 27 janvier à 14h avec M. Vuillermoz, "
            "chef d'exploitation. Rendez-vous à l'accueil de la centrale, pièce d'identité "
            "obligatoire (site sensible).\n\n"
            "Je vous appelle lundi pour vous briefer sur l'entreprise. Pouvez-vous me "
            "confirmer par retour que c'est bon pour vous ?\n\n"
            "Laetitia\nIntérim Alpes Services – agence de Chambéry\n04 79 62 10 44\n"
        ),
    ),
    dict(
        kind=INV, slug="clinique_phone_screen", lang="fr", key="i_clinique", parent="a_clinique",
        company="Clinique des Bauges", contact="elodie.chabert@clinique-bauges.example.fr",
        frm=("Élodie Chabert", "elodie.chabert@clinique-bauges.example.fr"),
        name_enc=("iso-8859-1", "B"),
        subject="Échange téléphonique – poste de technicien planification",
        date="2026-09-01 09:26 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Suite à la réception de votre CV, je souhaiterais faire un premier point "
            "téléphonique d'une vingtaine de minutes avec vous, avant une éventuelle "
            "rencontre avec notre responsable technique.\n\n"
            "Seriez-vous disponible jeudi 3 septembre à 11h ? Je vous appellerai au numéro "
            "indiqué sur votre CV.\n\n"
            "Bien cordialement,\n\n"
            "Élodie Chabert\nChargée RH – Clinique des Bauges\n"
            "220 avenue du Grand Ariétaz, 73000 Chambéry\n04 79 00 64 10\n"
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=INV, slug="vercors_client_hydroarve", lang="fr", key="i_vercors",
        parent="x_vercors_approach",
        company="Hydro-Arve", contact="p.reynaud@vercors-talents.example.fr",
        frm=("Philippe Reynaud-Mollard", "p.reynaud@vercors-talents.example.fr"),
        subject="Hydro-Arve : rendez-vous le 28 avril à Annecy",
        date="2026-04-20 18:40 +0200",
        text=reply(
            "Gaëtan,\n\n"
            "Comme promis, j'ai présenté votre profil à Hydro-Arve, qui souhaite vous voir : "
            "mardi 28 avril à 9h30, à leur siège de Seynod, avec la directrice technique "
            "et le responsable de l'ordonnancement.\n\n"
            "L'entretien durera environ 1h15. Je vous transmets demain une fiche de "
            "préparation avec les points qu'ils vont creuser (GMAO, gestion des "
            "consignations, astreintes).\n\n"
            "Confirmez-moi juste d'un mot.\n\n"
            "Philippe Reynaud-Mollard\nAssocié – Vercors Talents\n06 12 00 48 71",
            "fr", "jeu. 9 avr. 2026 à 08:03", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Bonjour Monsieur Reynaud-Mollard,\n\nMerci pour votre message. Oui, je suis "
            "ouvert à un échange sur des postes de planification dans l'énergie.\n\n"
            "Gaëtan",
        ),
    ),
    dict(
        kind=INV, slug="margeriaz_trial_day", lang="fr", key="i_margeriaz",
        company="Remontées du Margériaz", contact="thierry.dunand@margeriaz.example.fr",
        frm=("Thierry Dunand", "thierry.dunand@margeriaz.example.fr"),
        subject="Journée d'immersion vendredi 9 octobre",
        date="2026-10-02 17:55 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Après notre échange au téléphone, je te propose de venir passer une journée "
            "d’immersion avec l’équipe technique le vendredi 9 octobre, de 8h à 16h30.\n\n"
            "Au programme : tour des installations (télésiège des Mouilles et téléski du "
            "Crolles), point sur le plan de maintenance d’intersaison, puis un cas pratique "
            "sur notre GMAO l’après-midi. Le repas est pris en charge.\n\n"
            "Prévois des chaussures de sécurité et une tenue chaude, on montera sur les "
            "pylônes.\n\n"
            "RDV au local technique, parking du Margériaz, à 7h50.\n\n"
            "Thierry Dunand\nChef d’exploitation – Remontées du Margériaz\n06 70 00 14 92\n"
        ),
    ),
    dict(
        kind=INV, slug="ghfs_onsite_ics_attach", lang="fr", key="i_ghfs",
        company="Groupe Hospitalier Fourvière Sud", contact="jerome.pasquier@ghfs.example.fr",
        frm=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
        reply_to=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
        subject="Convocation à un entretien – planificateur des travaux",
        date="2026-05-19 10:07 +0200",
        text=(
            "Monsieur,\n\n"
            "J'ai le plaisir de vous convier à un entretien pour le poste de planificateur "
            "des travaux au sein de la direction des services techniques.\n\n"
            "Mardi 2 juin 2026 à 9h30\n"
            "Direction des services techniques – bâtiment Saint-Irénée, 2e étage\n\n"
            "Le jury sera composé de moi-même et d'un représentant de la direction des "
            "ressources humaines. Une invitation calendrier est jointe à ce message.\n\n"
            "Cordialement,\n"
            + sig("Jérôme Pasquier", "Responsable maintenance et travaux",
                  "Groupe Hospitalier Fourvière Sud", "04 72 00 58 90")
        ),
        html="auto-outlook",
        ics=dict(
            method="REQUEST", uid=GHFS_UID, seq=0, start="2026-06-02 09:30 +0200",
            minutes=60, summary="Entretien – planificateur des travaux (M. Mbeki-Lefort)",
            location="Bâtiment Saint-Irénée, 2e étage, Lyon 5e",
            organizer=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
            mode="attach", filename="entretien.ics",
        ),
    ),
    dict(
        kind=INV, slug="railleman_assessment_centre", lang="fr", key="i_railleman",
        company="Rail Alpin Léman", contact="nadia.berthoud@railleman.example.ch",
        frm=("Berthoud Nadia (RAL)", "nadia.berthoud@railleman.example.ch"),
        subject="Centre d'évaluation – planificateur de maintenance infrastructure",
        date="2026-01-28 08:50 +0100",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Nous avons le plaisir de vous inviter à notre centre d'évaluation pour le poste "
            "de planificateur de maintenance infrastructure.\n\n"
            "Jeudi 12 février 2026, de 8h30 à 15h00\nDépôt de la Praille, Route des "
            "Jeunes 20, 1227 Carouge\n\n"
            "Déroulement :\n"
            "- 8h30 accueil et présentation de l'entreprise\n"
            "- 9h15 exercice de planification sur SAP PM (poste informatique fourni)\n"
            "- 11h00 mise en situation de coordination avec un chef de chantier\n"
            "- 13h30 entretien individuel avec le jury\n\n"
            "Merci de confirmer votre présence d'ici au 4 février.\n\n"
            "Meilleures salutations\n\n"
            "Nadia Berthoud\nPartenaire RH – Infrastructure\nRail Alpin Léman\n"
            "+41 22 000 47 18\n"
        ),
        html="auto-outlook",
        cte="base64",
    ),
    dict(
        kind=INV, slug="guiers_sf_scheduling_link", lang="fr", key="i_guiers",
        company="Papeteries du Guiers", contact="",
        frm=("Papeteries du Guiers", "recrutement-papeteries-guiers@successfactors.eu"),
        subject="Planifiez votre entretien téléphonique – Req 4471",
        date="2026-10-01 06:12 +0000",
        html=ats_card(
            "Papeteries du Guiers",
            "#5a4a8a",
            "<p>Bonjour Gaëtan,</p>\n"
            "<p>Votre candidature au poste <strong>Planificateur maintenance – Req 4471"
            "</strong> a été présélectionnée.</p>\n"
            "<p>Nous vous invitons à choisir un créneau pour un entretien téléphonique de "
            "30 minutes avec notre responsable maintenance, entre le 6 et le 9 octobre.</p>\n"
            + button("Choisir mon créneau",
                     "https://career.example-sf.eu/guiers/interview/schedule?id=88213",
                     "#5a4a8a")
            + "\n<p>Ce lien est valable 5 jours.</p>\n<p>Service recrutement</p>",
            "Message automatique – merci de ne pas répondre.",
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=INV, slug="chaufferie_casual_thursday", lang="fr", key="i_chaufferie",
        company="Chaufferie Urbaine de Chambéry", contact="karim.belkacem@cuchambery.example.fr",
        frm=("Karim Belkacem", "karim.belkacem@cuchambery.example.fr"),
        subject="dispo jeudi ?",
        date="2026-01-07 19:32 +0100",
        text=(
            "Salut Gaëtan,\n\n"
            "C'est Karim, on s'était croisés au salon de l'emploi de Bissy. J'ai regardé ton "
            "CV, t'es dispo jeudi matin pour qu'on en parle ? Je t'appelle vers 10h si ça te "
            "va, ça prendra pas plus d'une demi-heure.\n\n"
            "On cherche quelqu'un pour la planif de la maintenance du réseau de chaleur.\n\n"
            "Karim\nChaufferie Urbaine de Chambéry – resp. maintenance\n"
        ),
    ),
    dict(
        kind=INV, slug="semaphore_client_phone", lang="fr", key="i_semaphore",
        company="Sémaphore Recrutement", contact="aurelie.dumontet@semaphore-rh.example.fr",
        frm=("Aurélie Dumontet", "aurelie.dumontet@semaphore-rh.example.fr"),
        name_enc=("utf-8", "B"),
        subject="Entretien avec notre client – mercredi 16 septembre, 14h",
        date="2026-09-09 15:44 +0200",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Notre client, un industriel de la chimie de la vallée du Rhône que je ne peux "
            "pas encore nommer, souhaite faire un premier entretien téléphonique avec vous "
            "pour la mission de responsable planification.\n\n"
            "Je vous propose le mercredi 16 septembre à 14h00. C'est moi qui vous appellerai "
            "au 06 41 27 88 05 pour vous mettre en relation avec le directeur technique.\n\n"
            "Merci de me confirmer ce créneau.\n\n"
            "Très cordialement,\n\n"
            "Aurélie Dumontet\nConsultante senior – Sémaphore Recrutement\n+33 4 78 00 12 63\n"
        ),
        html="auto-outlook",
    ),
    dict(
        kind=INV, slug="mip_teams_invite", lang="fr", key="i_mip",
        company="Métallerie Isère Process", contact="s.ravanel@mip-grenoble.example.fr",
        frm=("Sophie Ravanel", "s.ravanel@mip-grenoble.example.fr"),
        subject="Entretien visio – planificateur maintenance – 7 juillet",
        date="2026-07-01 11:11 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Nous vous proposons un entretien en visioconférence le mardi 7 juillet à 10h00 "
            "avec notre directeur industriel.\n\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre : https://teams.example.com/l/meetup-join/19%3ameeting_MIP0707\n"
            "ID de réunion : 381 442 907 615\nCode secret : pQ7mZ3\n\n"
            "Merci de vous connecter cinq minutes avant.\n\n"
            "Sophie Ravanel\nAssistante RH – Métallerie Isère Process\n"
        ),
        ics=dict(
            method="REQUEST", uid="mip-teams-0707@mip-grenoble.example.fr", seq=0,
            start="2026-07-07 10:00 +0200", minutes=45,
            summary="Entretien planificateur maintenance – Teams",
            location="Réunion Microsoft Teams",
            organizer=("Sophie Ravanel", "s.ravanel@mip-grenoble.example.fr"),
        ),
    ),
    dict(
        kind=INV, slug="arcisere_workable_slots", lang="fr", key="i_arcisere",
        parent="a_arcisere",
        company="Énergie Arc-Isère", contact="damien.lacroix-bozon@arcisere-energie.example.fr",
        frm=("Damien Lacroix-Bozon via Workable", "noreply@workablemail.com"),
        reply_to=("Damien Lacroix-Bozon", "damien.lacroix-bozon@arcisere-energie.example.fr"),
        subject="Énergie Arc-Isère – choisissez un créneau d'entretien",
        subj_enc=("utf-8", "B"),
        date="2026-08-03 08:30 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Damien Lacroix-Bozon vous invite à un entretien pour le poste de Planificateur "
            "maintenance hydraulique (Montmélian).\n\n"
            "Durée : 45 minutes – sur site\n"
            "Choisissez le créneau qui vous convient :\n"
            "https://apply.workable.example/arcisere/interviews/5c2d91/slots\n\n"
            "Vous pouvez répondre à cet e-mail pour écrire directement à Damien.\n\n"
            "Énergie Arc-Isère\n"
        ),
        html="auto",
    ),
    dict(
        kind=INV, slug="tal_second_round_outlook_ics", lang="fr", key="i_tal",
        company="Transports Annecy Lac", contact="v.chappaz@tal-annecy.example.fr",
        frm=("CHAPPAZ Véronique", "v.chappaz@tal-annecy.example.fr"),
        subject="Second entretien – planificateur maintenance matériel roulant",
        date="2026-03-16 16:20 +0100",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Suite à votre premier entretien, nous avons le plaisir de vous convier à un "
            "second entretien avec M. Jacquier, directeur technique, le jeudi 26 mars à "
            "15h00 au dépôt des Marquisats.\n\n"
            "Vous trouverez l'invitation dans votre agenda.\n\n"
            "Cordialement,\n\n"
            "Véronique Chappaz\nResponsable recrutement\nTransports Annecy Lac\n"
            "5 rue des Marquisats, 74000 Annecy\nTél. : 04 50 00 37 22\n\n"
            "Pensez à l'environnement avant d'imprimer ce courriel.\n"
        ),
        html="auto-outlook",
        ics=dict(
            method="REQUEST", uid=TAL_UID, seq=0, start="2026-03-26 15:00 +0100",
            minutes=60, summary="Second entretien – M. Mbeki-Lefort",
            location="Dépôt des Marquisats, salle Semnoz",
            organizer=("CHAPPAZ Véronique", "v.chappaz@tal-annecy.example.fr"),
        ),
    ),
    # ------------------------------------------------------------------ German (7)
    dict(
        kind=INV, slug="innberg_personio_teams_ics", lang="de", key="i_innberg",
        parent="a_innberg",
        company="Innbergbahnen", contact="katharina.pichler@innbergbahnen.example.at",
        frm=("Katharina Pichler via Personio", "no-reply@personio.de"),
        reply_to=("Katharina Pichler", "katharina.pichler@innbergbahnen.example.at"),
        subject="Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d)",
        subj_enc=("utf-8", "Q"),
        date="2026-04-15 10:01 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "wir freuen uns, Sie zu einem ersten Gespräch per Microsoft Teams einzuladen.\n\n"
            "Termin: Mittwoch, 22. April 2026, 09:30–10:15 Uhr\n"
            "Gesprächspartner: Katharina Pichler (HR), Florian Haselwanter (Leiter "
            "Technik)\n\n"
            "Den Teams-Link finden Sie in der beigefügten Kalendereinladung. Bitte sagen Sie "
            "kurz zu oder schlagen Sie einen anderen Termin vor.\n\n"
            "Mit freundlichen Grüßen\nKatharina Pichler\nInnbergbahnen\n"
        ),
        html="auto",
        ics=dict(
            method="REQUEST", uid=INNB_UID, seq=0, start="2026-04-22 09:30 +0200",
            minutes=45, summary="Vorstellungsgespräch Instandhaltungsplaner – Teams",
            location="Microsoft Teams",
            organizer=("Katharina Pichler", "katharina.pichler@innbergbahnen.example.at"),
            description="Teams: https://teams.example.com/l/meetup-join/19%3ainnberg0422",
        ),
    ),
    dict(
        kind=INV, slug="rhonewerk_geneva_site", lang="de", key="i_rhone", parent="a_rhone",
        company="Rhonewerk Energie", contact="beatrice.zuercher@rhonewerk.example.ch",
        frm=("Beatrice Zürcher", "beatrice.zuercher@rhonewerk.example.ch"),
        name_enc=("iso-8859-1", "Q"),
        subject="Einladung: Gespräch Standort Genf, 11. März",
        date="2026-03-02 13:45 +0100",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Grüezi Herr Mbeki-Lefort\n\n"
            "Gerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle "
            "«Instandhaltungsplaner Wasserkraft» an unserem Standort Genf ein.\n\n"
            "Datum: Mittwoch, 11. März 2026\nZeit: 14.00 bis ca. 15.30 Uhr\n"
            "Ort: Rhonewerk Energie, Chemin du Château-Bloch 11, 1219 Le Lignon, Empfang\n"
            "Teilnehmende: Urs Brunner (Leiter Instandhaltung), Beatrice Zürcher (HR)\n\n"
            "Das Gespräch findet auf Deutsch statt; ein Teil kann gern auf Französisch "
            "geführt werden.\n\n"
            "Bitte bestätigen Sie den Termin bis Freitag.\n\n"
            "Freundliche Grüsse\nBeatrice Zürcher\nHR-Fachfrau\nRhonewerk Energie\n"
        ),
    ),
    dict(
        kind=INV, slug="lemania_trial_day", lang="de", key="i_lemania",
        parent="x_lemania_apply",
        company="Lemania Lift & Seil", contact="reto.gisler@lemania-seil.example.ch",
        frm=("Reto Gisler", "reto.gisler@lemania-seil.example.ch"),
        subject="AW: Bewerbung Instandhaltungsplaner Seilbahnen",
        date="2026-06-24 07:58 +0200",
        text=reply(
            "Guten Tag Herr Mbeki-Lefort\n\n"
            "Danke für Ihre Bewerbung. Ihr Werdegang als Seilbahnbetreiber interessiert uns.\n\n"
            "Statt eines klassischen Gesprächs möchten wir Sie zu einem Probearbeitstag "
            "einladen: Mittwoch, 8. Juli, 7.30 bis 16.00 Uhr, in unserer Werkstatt in "
            "Meyrin. Sie begleiten unser Team bei der Revision einer Kabinenbahn und "
            "besprechen am Nachmittag mit mir den Wartungsplan.\n\n"
            "Arbeitskleidung stellen wir, Sicherheitsschuhe bitte selbst mitbringen.\n\n"
            "Passt Ihnen das?\n\n"
            "Freundliche Grüsse\n"
            + sig("Reto Gisler", "Leiter Service Westschweiz", "Lemania Lift & Seil",
                  "Rue de la Bergère 7, 1217 Meyrin", "+41 22 000 19 84"),
            "de", "15.06.2026 um 21:03", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Sehr geehrter Herr Gisler\n\nanbei sende ich Ihnen meine Bewerbung als "
            "Instandhaltungsplaner Seilbahnen. Über eine Einladung zu einem Gespräch würde "
            "ich mich sehr freuen.\n\nFreundliche Grüsse\nGaëtan Mbeki-Lefort",
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=INV, slug="personaltirol_brennerbahn_setup", lang="de", key="i_ptp",
        parent="a_ptp",
        company="Brennerbahn Instandhaltung", contact="m.strolz@personaltirol.example.at",
        frm=("Martina Strolz | Personal Tirol Plus", "m.strolz@personaltirol.example.at"),
        subject="Vorstellungstermin bei der Brennerbahn Instandhaltung",
        date="2026-08-10 12:14 +0200",
        text=(
            "Hallo Herr Mbeki-Lefort,\n\n"
            "die Brennerbahn Instandhaltung möchte Sie gerne kennenlernen! Ich habe folgenden "
            "Termin für Sie fixiert:\n\n"
            "Dienstag, 18. August, 13:00 Uhr\nBetriebshof Steinach am Brenner, "
            "Bahnhofstraße 4, Büro Werkstattleitung\n"
            "Ansprechpartner: Ing. Lukas Tanzer\n\n"
            "Ich begleite Sie nicht persönlich, rufe Sie aber am Montag an, um das Gespräch "
            "vorzubereiten. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.\n\n"
            "Viele Grüße\nMartina Strolz\nPersonal Tirol Plus\n+43 512 000 776\n"
        ),
        html="auto",
    ),
    dict(
        kind=INV, slug="alpenseil_personio_booking", lang="de", key="i_alpenseil",
        company="Alpenseil Technik", contact="",
        frm=("Alpenseil Technik", "alpenseil-technik@mail.personio.de"),
        subject="Terminbuchung für Ihr Interview bei Alpenseil Technik",
        date="2026-05-20 08:00 +0000",
        html=ats_card(
            "Alpenseil Technik",
            "#1d3557",
            "<p>Hallo Gaëtan,</p>\n"
            "<p>vielen Dank für Ihre Bewerbung als <strong>Wartungsplaner "
            "Seilbahnsysteme</strong>. Wir möchten Sie gerne in einem Video-Interview "
            "kennenlernen.</p>\n"
            "<p>Bitte buchen Sie über den folgenden Link einen passenden Termin in der "
            "kommenden Woche:</p>\n"
            + button("Termin auswählen",
                     "https://alpenseil-technik.jobs.personio.example/booking/7781",
                     "#1d3557")
            + "\n<p>Viele Grüße<br>Ihr Recruiting-Team von Alpenseil Technik</p>",
            "Alpenseil Technik · Grabenweg 68 · 6020 Innsbruck",
            lang="de",
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=INV, slug="klinik_phone_interview", lang="de", key="i_klinik",
        company="Landesklinik Mittelgebirge", contact="thomas.egger@klinik-mittelgebirge.example.at",
        frm=("Mag. Thomas Egger", "thomas.egger@klinik-mittelgebirge.example.at"),
        cc=[("Verena Hofer", "verena.hofer@klinik-mittelgebirge.example.at")],
        subject="Telefoninterview Technische Planung",
        date="2026-09-08 14:27 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "ich würde gerne ein kurzes Telefoninterview mit Ihnen führen, bevor wir Sie ins "
            "Haus einladen. Würde Ihnen Montag, der 14. September, um 10:00 Uhr passen? Ich "
            "rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.\n\n"
            "Mit besten Grüßen\n\n"
            "Mag. Thomas Egger\nLeitung Haustechnik\nLandesklinik Mittelgebirge\n"
            "Klinikweg 1, 6080 Igls\nTel. +43 512 000 3300\n\n"
            "Diese Nachricht kann vertrauliche Informationen enthalten. Falls Sie nicht der "
            "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie "
            "diese E-Mail.\n"
        ),
        cte="base64",
    ),
    dict(
        kind=INV, slug="fernwaerme_casual_donnerstag", lang="de", key="i_fernwaerme",
        company="Innsbrucker Fernwärme", contact="andreas.mair@fernwaerme-ibk.example.at",
        frm=("Andreas Mair", "andreas.mair@fernwaerme-ibk.example.at"),
        subject="Hast du Donnerstag kurz Zeit?",
        date="2026-02-18 20:10 +0100",
        text=(
            "Servus Gaëtan,\n\n"
            "Martina vom Personalbüro hat mir deinen Lebenslauf weitergeleitet. Hast du am "
            "Donnerstag, 26. Februar, Zeit, auf einen Kaffee bei uns in der Leitwarte "
            "vorbeizuschauen? So gegen 15 Uhr, Dauer vielleicht eine Stunde. Dann zeig ich "
            "dir, wie wir die Wartung der Übergabestationen planen, und wir reden über die "
            "Stelle.\n\n"
            "Eine Kalendereinladung kommt mit.\n\n"
            "Andreas\n\n"
            "Andreas Mair | Teamleiter Instandhaltung | Innsbrucker Fernwärme\n"
            "Hallerstraße 100, 6020 Innsbruck | +43 664 000 4412\n"
        ),
        ics=dict(
            method="REQUEST", uid=FERN_UID, seq=0, start="2026-02-26 15:00 +0100",
            minutes=60, summary="Kennenlernen Gaëtan / Andreas",
            location="Leitwarte, Hallerstraße 100",
            organizer=("Andreas Mair", "andreas.mair@fernwaerme-ibk.example.at"),
            mode="attach",
        ),
    ),
    # ------------------------------------------------------------------ English (3)
    dict(
        kind=INV, slug="ferrovie_greenhouse_schedule", lang="en", key="i_ferrovie",
        parent="a_ferrovie",
        company="Ferrovie Subalpine", contact="chiara.bellandi@ferroviesubalpine.example.it",
        frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Chiara Bellandi", "chiara.bellandi@ferroviesubalpine.example.it"),
        subject="Interview availability – Maintenance Planner (Orbassano depot)",
        date="2026-05-12 09:35 +0200",
        text=(
            "Hi Gaëtan,\n\n"
            "Thanks for applying to Ferrovie Subalpine! We'd like to invite you to a "
            "60-minute interview with Davide Gallo, our Depot Maintenance Manager, and "
            "myself.\n\n"
            "Please pick a time that suits you here:\n"
            "https://app.greenhouse.example/schedule/ferrovie/6f3a2c81\n\n"
            "The interview will be held in English at the Orbassano depot; we can also do "
            "it on video if travelling from Chambéry is difficult.\n\n"
            "Looking forward to it,\nChiara\n"
        ),
        html="auto",
    ),
    dict(
        kind=INV, slug="piemonte_ashby_panel_ics", lang="en", key="i_piemonte",
        parent="a_piemonte",
        company="Piemonte Energy Services", contact="giulia.ferraris@piemonte-energy.example.it",
        frm=("Piemonte Energy Services", "no-reply@ashbyhq.com"),
        reply_to=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        subject="Interview confirmed: Maintenance Scheduler panel – Tue 14 Jul",
        date="2026-07-06 12:00 +0000",
        text=(
            "Hi Gaëtan,\n\n"
            "Your panel interview for the Maintenance Scheduler role is confirmed.\n\n"
            "When: Tuesday 14 July 2026, 11:00–12:00 (CEST)\n"
            "Where: Zoom – https://zoom.example.com/j/8831902211\n"
            "Panel: Giulia Ferraris (HR), Paolo Ricci (Plant Manager, Chivasso), Sara Costa "
            "(Planning Lead)\n\n"
            "A calendar invite is attached. Reply to this email if you need to reach "
            "Giulia.\n\n"
            "Piemonte Energy Services Recruiting\n"
        ),
        ics=dict(
            method="REQUEST", uid=PIEM_UID, seq=0, start="2026-07-14 11:00 +0200",
            minutes=60, summary="Panel interview – Maintenance Scheduler – Gaëtan Mbeki-Lefort",
            location="https://zoom.example.com/j/8831902211",
            organizer=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        ),
    ),
    dict(
        kind=INV, slug="ardent_client_valdisusa", lang="en", key="i_ardent",
        company="Val di Susa Hydro", contact="oliver.pratt@ardentsearch.example.it",
        frm=("Oliver Pratt", "oliver.pratt@ardentsearch.example.it"),
        subject="Val di Susa Hydro want to meet you – 8 Sept",
        date="2026-08-31 16:05 +0200",
        text=(
            "Hi Gaëtan,\n\n"
            "Good news – Val di Susa Hydro have read your profile and would like to meet "
            "you for the Maintenance Planning Engineer role at their Susa plant.\n\n"
            "Proposed: Tuesday 8 September, 10:30, on site (Via Mazzini 3, Susa). You'd "
            "meet the plant manager, Ing. Roberto Bertola, and the O&M coordinator.\n\n"
            "Could you confirm by Wednesday? I'll send a prep pack afterwards.\n\n"
            "Cheers,\nOliver\n\n"
            "Oliver Pratt | Principal Consultant, Energy & Infrastructure\n"
            "Ardent Search | Via Roma 305, Torino | +39 011 000 7720\n"
        ),
        html="auto",
    ),
    # ------------------------------------------------------------------ Spanish (3)
    dict(
        kind=INV, slug="hospitalria_interview_ics", lang="es", key="i_hospital",
        company="Hospital Ría de Bilbao", contact="begona.arrieta@hospitalria.example.es",
        frm=("Begoña Arrieta", "begona.arrieta@hospitalria.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Convocatoria de entrevista – Técnico/a de planificación de mantenimiento",
        date="2026-06-08 12:22 +0200",
        text=(
            "Estimado Gaëtan:\n\n"
            "Nos complace convocarle a una entrevista para el puesto de Técnico/a de "
            "planificación de mantenimiento del Servicio de Ingeniería.\n\n"
            "Fecha: miércoles 17 de junio de 2026\nHora: 11:00\n"
            "Lugar: Hospital Ría de Bilbao, edificio de servicios generales, planta -1, "
            "sala de reuniones 2\n\n"
            "Le adjuntamos la convocatoria en formato calendario. Le rogamos que confirme su "
            "asistencia respondiendo a este correo.\n\n"
            "Un cordial saludo,\n\n"
            "Begoña Arrieta\nJefa del Servicio de Ingeniería y Mantenimiento\n"
            "Hospital Ría de Bilbao\nAvda. de Montevideo 18, 48013 Bilbao\nTel. 944 00 60 00\n"
        ),
        cte="quoted-printable",
        html="auto",
        ics=dict(
            method="REQUEST", uid=HOSP_UID, seq=0, start="2026-06-17 11:00 +0200",
            minutes=60, summary="Entrevista – planificación de mantenimiento",
            location="Servicios generales, planta -1, sala 2",
            organizer=("Begoña Arrieta", "begona.arrieta@hospitalria.example.es"),
        ),
    ),
    dict(
        kind=INV, slug="talento_sets_up_deusto", lang="es", key="i_talento", parent="a_talento",
        company="Logística Ferroviaria Deusto", contact="ane.urrutia@talentobizkaia.example.es",
        frm=("Ane Urrutia", "ane.urrutia@talentobizkaia.example.es"),
        subject="Entrevista en Logística Ferroviaria Deusto",
        date="2026-03-02 10:41 +0100",
        text=(
            "Hola Gaëtan:\n\n"
            "Te escribo porque Logística Ferroviaria Deusto quiere entrevistarte para el "
            "puesto de planificador de mantenimiento de locomotoras y grúas pórtico.\n\n"
            "Te he reservado el martes 10 de marzo a las 10:00 en su terminal (muelle 3, "
            "edificio de oficinas). Te atenderán el jefe de taller y la responsable de "
            "RR. HH.\n\n"
            "¿Me confirmas que puedes ir? Si no, busco otra fecha con ellos.\n\n"
            "Un saludo,\nAne Urrutia\nConsultora – Talento Bizkaia\n944 00 21 37\n"
        ),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind=INV, slug="eolica_casual_call", lang="es", key="i_eolica", parent="a_eolica",
        company="Eólica Cantábrica", contact="iker.goikoetxea@eolicacantabrica.example.es",
        frm=("Iker Goikoetxea", "iker.goikoetxea@eolicacantabrica.example.es"),
        subject="¿Hablamos el jueves?",
        subj_enc=("utf-8", "B"),
        date="2026-09-15 18:02 +0200",
        text=(
            "Hola Gaëtan,\n\n"
            "He visto tu candidatura para planificación de mantenimiento. ¿Tienes un rato el "
            "jueves 17 por la mañana para hablar por teléfono? Sería una charla de media hora "
            "para conocerte y contarte cómo trabajamos en los parques.\n\n"
            "Dime una hora que te venga bien entre las 9 y las 13.\n\n"
            "Iker Goikoetxea\nResponsable de Operación y Mantenimiento\nEólica Cantábrica\n"
        ),
    ),
    # ================================================================== reschedule / cancel
    # ------------------------------------------------------------------ French (7)
    dict(
        kind=RES, slug="funiloc_update_sequence1", lang="fr", key="s_funiloc",
        parent="i_funiloc",
        company="Funiloc Alpes", contact="sandrine.ollivier@funiloc.example.fr",
        frm=("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr"),
        subject="Mise à jour : entretien Planificateur maintenance - jeu. 12 mars 14:00",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-05 09:03 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Hervé Baudin-Tessier doit intervenir sur un chantier à Courchevel le 10 mars. "
            "Nous déplaçons donc votre entretien au jeudi 12 mars de 14h00 à 15h30, même "
            "lieu, même panel.\n\n"
            "L'invitation ci-jointe remplace la précédente. Dites-moi si ce nouveau créneau "
            "vous pose problème.\n\n"
            "Sandrine Ollivier\nChargée de recrutement – Funiloc Alpes\n04 76 00 27 51\n"
        ),
        ics=dict(
            method="REQUEST", uid=FUNILOC_UID, seq=1, start="2026-03-12 14:00 +0100",
            minutes=90, summary="Entretien Gaëtan Mbeki-Lefort – Planificateur maintenance",
            location="Funiloc Alpes, bâtiment B, Saint-Martin-d'Hères",
            organizer=("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr"),
            description="Entretien déplacé du 10 au 12 mars",
        ),
    ),
    dict(
        kind=RES, slug="clinique_confirms_new_slot", lang="fr", key="s_clinique",
        parent="x_clinique_move",
        company="Clinique des Bauges", contact="elodie.chabert@clinique-bauges.example.fr",
        frm=("Élodie Chabert", "elodie.chabert@clinique-bauges.example.fr"),
        name_enc=("iso-8859-1", "B"),
        subject="RE: Échange téléphonique – poste de technicien planification",
        date="2026-09-03 08:14 +0200",
        text=reply(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Aucun souci. Je décale notre appel à vendredi 4 septembre, 16h30. Je vous "
            "appelle sur votre portable.\n\n"
            "Bonne journée,\nÉlodie Chabert\nChargée RH – Clinique des Bauges",
            "fr", "mer. 2 sept. 2026 à 21:47", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            reply(
                "Bonjour Madame Chabert,\n\nMerci pour votre proposition. Je suis en "
                "formation habilitation électrique jeudi toute la journée : serait-il "
                "possible de décaler notre échange à vendredi après-midi ?\n\nCordialement,"
                "\nGaëtan Mbeki-Lefort",
                "fr", "mar. 1 sept. 2026 à 09:26", "Élodie Chabert",
                "elodie.chabert@clinique-bauges.example.fr",
                "Bonjour Monsieur Mbeki-Lefort,\n\nSuite à la réception de votre CV, je "
                "souhaiterais faire un premier point téléphonique d'une vingtaine de minutes "
                "avec vous, avant une éventuelle rencontre avec notre responsable "
                "technique.\n\nSeriez-vous disponible jeudi 3 septembre à 11h ? Je vous "
                "appellerai au numéro indiqué sur votre CV.\n\nBien cordialement,\n\n"
                "Élodie Chabert\nChargée RH – Clinique des Bauges",
            ),
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=RES, slug="ias_glandon_interviewer_ill", lang="fr", key="s_ias", parent="i_ias",
        company="Énergies du Glandon", contact="l.granger@ias-interim.example.fr",
        frm=("Laetitia Granger", "l.granger@ias-interim.example.fr"),
        subject="Report de votre entretien Énergies du Glandon",
        date="2026-01-26 17:31 +0100",
        text=(
            "Gaëtan,\n\n"
            "M. Vuillermoz est malade et arrêté jusqu'à la fin de semaine. L'entretien de "
            "demain est donc reporté au mardi 3 février, même heure (14h), même endroit.\n\n"
            "Rien ne change par ailleurs, ils sont toujours très intéressés.\n\n"
            "Laetitia – Intérim Alpes Services\n"
        ),
        html="auto",
    ),
    dict(
        kind=RES, slug="ghfs_cancel_no_rejection", lang="fr", key="s_ghfs", parent="i_ghfs",
        company="Groupe Hospitalier Fourvière Sud", contact="jerome.pasquier@ghfs.example.fr",
        frm=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
        subject="Annulé : Entretien – planificateur des travaux (M. Mbeki-Lefort)",
        date="2026-05-29 18:05 +0200",
        text=(
            "Monsieur,\n\n"
            "Une inspection de la commission de sécurité a été programmée le 2 juin et je "
            "dois y assister. Je suis contraint d'annuler notre rendez-vous de mardi matin.\n\n"
            "Votre candidature reste bien entendu d'actualité : mon assistante vous "
            "contactera lundi pour convenir d'une nouvelle date la semaine suivante.\n\n"
            "Avec mes excuses,\nJérôme Pasquier\nGroupe Hospitalier Fourvière Sud\n"
        ),
        html="auto-outlook",
        ics=dict(
            method="CANCEL", uid=GHFS_UID, seq=1, start="2026-06-02 09:30 +0200",
            minutes=60, summary="Annulé : Entretien – planificateur des travaux",
            location="Bâtiment Saint-Irénée, 2e étage, Lyon 5e",
            organizer=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
        ),
    ),
    dict(
        kind=RES, slug="railleman_assessment_moved", lang="fr", key="s_railleman",
        parent="i_railleman",
        company="Rail Alpin Léman", contact="nadia.berthoud@railleman.example.ch",
        frm=("Berthoud Nadia (RAL)", "nadia.berthoud@railleman.example.ch"),
        subject="RE: Centre d'évaluation – planificateur de maintenance infrastructure",
        date="2026-02-05 10:04 +0100",
        text=reply(
            "Bonjour,\n\n"
            "Suite à une indisponibilité de salle, le centre d'évaluation prévu le 12 "
            "février est déplacé au jeudi 19 février, 8h30, au dépôt de la Praille. Merci de "
            "confirmer votre présence à l'entretien et aux épreuves.\n\n"
            "Nadia Berthoud",
            "fr", "mer. 28 janv. 2026 à 19:12", "Gaëtan Mbeki-Lefort",
            "gaetan.ml@example.fr",
            "Bonjour Madame Berthoud,\n\nJe vous confirme ma présence le 12 février et vous "
            "remercie pour cette invitation.\n\nMeilleures salutations\nGaëtan Mbeki-Lefort",
        ),
    ),
    dict(
        kind=RES, slug="vercors_hydroarve_moved", lang="fr", key="s_vercors",
        parent="i_vercors",
        company="Hydro-Arve", contact="p.reynaud@vercors-talents.example.fr",
        frm=("Philippe Reynaud-Mollard", "p.reynaud@vercors-talents.example.fr"),
        subject="Changement d'horaire Hydro-Arve",
        date="2026-04-24 12:12 +0200",
        text=(
            "Gaëtan,\n\n"
            "Petit changement côté Hydro-Arve : la directrice technique est prise mardi par "
            "un comité. Ils proposent de glisser l'entretien au jeudi 30 avril, 14h00, au "
            "même endroit (siège de Seynod).\n\n"
            "Je leur ai dit que ça devrait vous aller, confirmez-moi quand même.\n\n"
            "Philippe\n"
        ),
        cte="base64",
    ),
    dict(
        kind=RES, slug="tal_updated_invite_location", lang="fr", key="s_tal", parent="i_tal",
        company="Transports Annecy Lac", contact="v.chappaz@tal-annecy.example.fr",
        frm=("CHAPPAZ Véronique", "v.chappaz@tal-annecy.example.fr"),
        subject="Mis à jour : Second entretien – M. Mbeki-Lefort",
        date="2026-03-20 11:48 +0100",
        text=(
            "Bonjour,\n\n"
            "M. Jacquier sera en déplacement le 26. Le second entretien est reporté au "
            "mardi 31 mars à 10h00 et se tiendra au siège, 12 avenue de Brogny, salle du "
            "conseil (et non plus au dépôt).\n\n"
            "L'invitation de votre agenda a été mise à jour.\n\n"
            "Cordialement,\nVéronique Chappaz\nTransports Annecy Lac\n"
        ),
        html="auto-outlook",
        ics=dict(
            method="REQUEST", uid=TAL_UID, seq=2, start="2026-03-31 10:00 +0200",
            minutes=60, summary="Second entretien – M. Mbeki-Lefort",
            location="Siège TAL, 12 avenue de Brogny, salle du conseil",
            organizer=("CHAPPAZ Véronique", "v.chappaz@tal-annecy.example.fr"),
        ),
    ),
    # ------------------------------------------------------------------ German (4)
    dict(
        kind=RES, slug="rhonewerk_interviewer_ill", lang="de", key="s_rhone", parent="i_rhone",
        company="Rhonewerk Energie", contact="beatrice.zuercher@rhonewerk.example.ch",
        frm=("Beatrice Zürcher", "beatrice.zuercher@rhonewerk.example.ch"),
        name_enc=("iso-8859-1", "Q"),
        subject="Verschiebung Ihres Gesprächs vom 11. März",
        subj_enc=("iso-8859-1", "B"),
        date="2026-03-10 08:22 +0100",
        text=(
            "Grüezi Herr Mbeki-Lefort\n\n"
            "Leider ist Herr Brunner krankheitshalber ausgefallen. Wir müssen das Gespräch "
            "von morgen verschieben und schlagen neu Mittwoch, 18. März, 14.00 Uhr vor – "
            "gleicher Ort.\n\n"
            "Entschuldigen Sie die Umstände und geben Sie mir bitte kurz Bescheid, ob der "
            "neue Termin für Sie passt.\n\n"
            "Freundliche Grüsse\nBeatrice Zürcher\nRhonewerk Energie\n"
        ),
        html="auto",
    ),
    dict(
        kind=RES, slug="fernwaerme_cancel_ics", lang="de", key="s_fernwaerme",
        parent="i_fernwaerme",
        company="Innsbrucker Fernwärme", contact="andreas.mair@fernwaerme-ibk.example.at",
        frm=("Andreas Mair", "andreas.mair@fernwaerme-ibk.example.at"),
        subject="Abgesagt: Kennenlernen Gaëtan / Andreas",
        date="2026-02-24 07:15 +0100",
        text=(
            "Hallo Gaëtan,\n\n"
            "wir haben seit gestern eine Störung an der Hauptleitung Pradl und ich stecke bis "
            "mindestens Ende der Woche in der Baustelle. Donnerstag muss ich deshalb "
            "absagen.\n\n"
            "Ich melde mich nächste Woche mit einem neuen Termin – das Thema ist für mich "
            "nicht vom Tisch!\n\n"
            "Andreas\n"
        ),
        ics=dict(
            method="CANCEL", uid=FERN_UID, seq=1, start="2026-02-26 15:00 +0100",
            minutes=60, summary="Kennenlernen Gaëtan / Andreas",
            location="Leitwarte, Hallerstraße 100",
            organizer=("Andreas Mair", "andreas.mair@fernwaerme-ibk.example.at"),
        ),
    ),
    dict(
        kind=RES, slug="lemania_trial_day_moved", lang="de", key="s_lemania",
        parent="i_lemania",
        company="Lemania Lift & Seil", contact="reto.gisler@lemania-seil.example.ch",
        frm=("Reto Gisler", "reto.gisler@lemania-seil.example.ch"),
        subject="Probearbeitstag: neues Datum",
        date="2026-07-01 16:40 +0200",
        text=(
            "Guten Tag Herr Mbeki-Lefort\n\n"
            "Die Revision in Meyrin wurde wegen einer Lieferverzögerung der Rollenbatterien "
            "um zwei Tage nach hinten geschoben. Ihr Probearbeitstag findet deshalb am "
            "Freitag, 10. Juli statt, gleiche Zeiten (7.30 bis 16.00 Uhr).\n\n"
            "Danke für Ihre Flexibilität.\n\n"
            "Freundliche Grüsse\nReto Gisler\nLemania Lift & Seil\n"
        ),
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind=RES, slug="alpenseil_personio_moved", lang="de", key="s_alpenseil",
        parent="i_alpenseil",
        company="Alpenseil Technik", contact="",
        frm=("Alpenseil Technik", "alpenseil-technik@mail.personio.de"),
        subject="Ihr Interviewtermin wurde verschoben",
        date="2026-05-26 09:12 +0000",
        text=(
            "Hallo Gaëtan,\n\n"
            "Ihr Video-Interview für die Position Wartungsplaner Seilbahnsysteme wurde vom "
            "Recruiting-Team verschoben.\n\n"
            "Alter Termin: Donnerstag, 28. Mai 2026, 10:00 Uhr\n"
            "Neuer Termin: Freitag, 29. Mai 2026, 13:30 Uhr\n\n"
            "Der Link zum Video-Call bleibt unverändert. Sollte der neue Termin nicht "
            "passen, können Sie über Ihr Bewerberportal einen anderen wählen.\n\n"
            "Ihr Recruiting-Team von Alpenseil Technik\n"
        ),
        html="auto",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # ------------------------------------------------------------------ English (2)
    dict(
        kind=RES, slug="ferrovie_greenhouse_moved", lang="en", key="s_ferrovie",
        parent="i_ferrovie",
        company="Ferrovie Subalpine", contact="chiara.bellandi@ferroviesubalpine.example.it",
        frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Chiara Bellandi", "chiara.bellandi@ferroviesubalpine.example.it"),
        subject="Updated: your interview with Ferrovie Subalpine",
        date="2026-05-18 15:50 +0200",
        text=(
            "Hi Gaëtan,\n\n"
            "Davide has been called to a safety audit on Thursday morning, so we've had to "
            "move your interview. New time: Wednesday 27 May, 14:00–15:00, Orbassano "
            "depot, gate 2.\n\n"
            "The updated invite is below. Sorry for the shuffle!\n\nChiara\n"
        ),
        ics=dict(
            method="REQUEST", uid="gh-interview-6f3a2c81@greenhouse-mail.io", seq=1,
            start="2026-05-27 14:00 +0200", minutes=60,
            summary="Interview: Gaëtan Mbeki-Lefort – Maintenance Planner",
            location="Orbassano depot, gate 2",
            organizer=("Chiara Bellandi", "chiara.bellandi@ferroviesubalpine.example.it"),
        ),
        html="auto",
    ),
    dict(
        kind=RES, slug="ardent_valdisusa_next_day", lang="en", key="s_ardent",
        parent="i_ardent",
        company="Val di Susa Hydro", contact="oliver.pratt@ardentsearch.example.it",
        frm=("Oliver Pratt", "oliver.pratt@ardentsearch.example.it"),
        subject="Re: Val di Susa Hydro want to meet you – 8 Sept",
        date="2026-09-04 11:30 +0200",
        text=reply(
            "Gaëtan, small change: Roberto is stuck at a grid-operator meeting on Tuesday. "
            "They've asked to push you to Wednesday 9 September, same time (10:30), same "
            "place. Can you still make it?\n\nOliver",
            "en", "Tue, 1 Sep 2026 at 07:48", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Hi Oliver,\n\nTuesday 8 at 10:30 works for me, thanks. I'll drive over from "
            "Chambéry.\n\nGaëtan",
        ),
    ),
    # ------------------------------------------------------------------ Spanish (2)
    dict(
        kind=RES, slug="hospitalria_cancel_ics", lang="es", key="s_hospital",
        parent="x_hospital_confirm",
        company="Hospital Ría de Bilbao", contact="begona.arrieta@hospitalria.example.es",
        frm=("Begoña Arrieta", "begona.arrieta@hospitalria.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Cancelada: Entrevista – planificación de mantenimiento",
        date="2026-06-15 13:05 +0200",
        text=(
            "Estimado Gaëtan:\n\n"
            "Por motivos de agenda de la Dirección de Gestión nos vemos obligados a cancelar "
            "la entrevista del miércoles 17.\n\n"
            "El proceso sigue abierto y usted continúa en él. En los próximos días le "
            "propondremos una nueva fecha.\n\n"
            "Disculpe las molestias.\n\n"
            "Begoña Arrieta\nHospital Ría de Bilbao\n"
        ),
        ics=dict(
            method="CANCEL", uid=HOSP_UID, seq=1, start="2026-06-17 11:00 +0200",
            minutes=60, summary="Cancelada: Entrevista – planificación de mantenimiento",
            location="Servicios generales, planta -1, sala 2",
            organizer=("Begoña Arrieta", "begona.arrieta@hospitalria.example.es"),
        ),
        html="auto",
    ),
    dict(
        kind=RES, slug="talento_deusto_hour_change", lang="es", key="s_talento",
        parent="i_talento",
        company="Logística Ferroviaria Deusto", contact="ane.urrutia@talentobizkaia.example.es",
        frm=("Ane Urrutia", "ane.urrutia@talentobizkaia.example.es"),
        subject="Re: Entrevista en Logística Ferroviaria Deusto",
        date="2026-03-06 09:15 +0100",
        text=(
            "Hola Gaëtan, te confirmo el cambio de hora: la entrevista del martes 10 pasa a "
            "las 12:30 en lugar de las 10:00, mismo sitio (muelle 3, edificio de "
            "oficinas).\n\nAne\n"
        ),
    ),
    # ================================================================== missed interview
    # ------------------------------------------------------------------ French (5)
    dict(
        kind=MIS, slug="chaufferie_called_twice", lang="fr", key="m_chaufferie",
        parent="i_chaufferie",
        company="Chaufferie Urbaine de Chambéry", contact="karim.belkacem@cuchambery.example.fr",
        frm=("Karim Belkacem", "karim.belkacem@cuchambery.example.fr"),
        subject="Re: dispo jeudi ?",
        date="2026-01-08 10:41 +0100",
        text=reply(
            "Gaëtan, j'ai essayé de t'appeler deux fois ce matin à 10h et à 10h15, ça "
            "tombe sur la messagerie. Je t'ai laissé un message.\n\n"
            "Rappelle-moi quand tu peux, sinon on refait un point la semaine prochaine.\n\n"
            "Karim",
            "fr", "mer. 7 janv. 2026 à 19:32", "Karim Belkacem",
            "karim.belkacem@cuchambery.example.fr",
            "Salut Gaëtan,\n\nC'est Karim, on s'était croisés au salon de l'emploi de Bissy. "
            "J'ai regardé ton CV, t'es dispo jeudi matin pour qu'on en parle ? Je t'appelle "
            "vers 10h si ça te va.",
        ),
    ),
    dict(
        kind=MIS, slug="mip_waited_on_teams", lang="fr", key="m_mip", parent="i_mip",
        company="Métallerie Isère Process", contact="s.ravanel@mip-grenoble.example.fr",
        frm=("Sophie Ravanel", "s.ravanel@mip-grenoble.example.fr"),
        subject="Entretien de ce matin",
        date="2026-07-07 10:38 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Notre directeur industriel et moi-même vous avons attendu sur Teams ce matin "
            "de 10h00 à 10h20, sans vous voir vous connecter. Nous n'avons pas reçu de "
            "message de votre part.\n\n"
            "Pouvez-vous nous dire ce qu'il s'est passé ?\n\n"
            "Sophie Ravanel\nMétallerie Isère Process\n"
        ),
        html="auto",
    ),
    dict(
        kind=MIS, slug="guiers_sf_no_show", lang="fr", key="m_guiers", parent="i_guiers",
        company="Papeteries du Guiers", contact="",
        frm=("Papeteries du Guiers", "recrutement-papeteries-guiers@successfactors.eu"),
        subject="Entretien non honoré – Req 4471",
        date="2026-10-08 14:02 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Vous étiez inscrit à un entretien téléphonique le 8 octobre à 15h00 pour le poste "
            "Planificateur maintenance – Req 4471. Notre recruteur n'a pas pu vous joindre "
            "au numéro enregistré dans votre profil.\n\n"
            "Si vous souhaitez toujours être considéré pour ce poste, merci de mettre à jour "
            "vos coordonnées dans votre espace candidat.\n\n"
            "Service recrutement\n"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="auto", html_cte="base64",
    ),
    dict(
        kind=MIS, slug="semaphore_not_reached", lang="fr", key="m_semaphore",
        parent="i_semaphore",
        company="Sémaphore Recrutement", contact="aurelie.dumontet@semaphore-rh.example.fr",
        frm=("Aurélie Dumontet", "aurelie.dumontet@semaphore-rh.example.fr"),
        name_enc=("utf-8", "B"),
        subject="Appel de 14h – pas de réponse",
        date="2026-09-16 14:24 +0200",
        text=(
            "Gaëtan,\n\n"
            "J'ai tenté de vous joindre à 14h00 puis à 14h10 au 06 41 27 88 05 pour la mise en "
            "relation avec notre client, sans succès. Le directeur technique a dû repartir "
            "en réunion.\n\n"
            "Merci de me rappeler au plus vite pour que j'essaie de retrouver un créneau.\n\n"
            "Aurélie Dumontet – Sémaphore Recrutement\n+33 4 78 00 12 63\n"
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=MIS, slug="margeriaz_did_not_come", lang="fr", key="m_margeriaz",
        parent="i_margeriaz",
        company="Remontées du Margériaz", contact="thierry.dunand@margeriaz.example.fr",
        frm=("Thierry Dunand", "thierry.dunand@margeriaz.example.fr"),
        subject="Re: Journée d'immersion vendredi 9 octobre",
        date="2026-10-09 08:47 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Gaëtan,\n\n"
            "On t’a attendu ce matin au local technique jusqu’à 8h30, personne. J’ai essayé "
            "ton portable deux fois.\n\n"
            "L’équipe est partie sur le télésiège. Fais-moi signe pour me dire ce qui s’est "
            "passé.\n\n"
            "Thierry\n"
        ),
    ),
    # ------------------------------------------------------------------ German (2)
    dict(
        kind=MIS, slug="innberg_waited_in_teams", lang="de", key="m_innberg",
        parent="i_innberg",
        company="Innbergbahnen", contact="katharina.pichler@innbergbahnen.example.at",
        frm=("Katharina Pichler", "katharina.pichler@innbergbahnen.example.at"),
        subject="Unser Termin heute um 09:30",
        date="2026-04-22 09:58 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "Herr Haselwanter und ich haben heute ab 09:30 Uhr im Teams-Meeting auf Sie "
            "gewartet. Leider haben Sie sich nicht eingewählt, und telefonisch waren Sie "
            "ebenfalls nicht erreichbar.\n\n"
            "Bitte melden Sie sich bei mir, falls etwas dazwischengekommen ist.\n\n"
            "Mit freundlichen Grüßen\nKatharina Pichler\nInnbergbahnen\n"
        ),
        html="auto",
    ),
    dict(
        kind=MIS, slug="klinik_tried_calling", lang="de", key="m_klinik", parent="i_klinik",
        company="Landesklinik Mittelgebirge", contact="thomas.egger@klinik-mittelgebirge.example.at",
        frm=("Mag. Thomas Egger", "thomas.egger@klinik-mittelgebirge.example.at"),
        subject="AW: Telefoninterview Technische Planung",
        subj_enc=("utf-8", "Q"),
        date="2026-09-14 10:26 +0200",
        text=outlook(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "ich habe heute um 10:00 Uhr und um 10:15 Uhr versucht, Sie anzurufen, bin "
            "aber nur auf die Mobilbox gekommen.\n\n"
            "Geben Sie mir bitte Bescheid, ob Sie weiterhin Interesse an der Stelle haben.\n\n"
            "Mit besten Grüßen\nThomas Egger",
            "de", "Gaëtan Mbeki-Lefort <gaetan.ml@example.fr>", "Dienstag, 8. September "
            "2026 19:40", "Egger Thomas <thomas.egger@klinik-mittelgebirge.example.at>",
            "AW: Telefoninterview Technische Planung",
            "Sehr geehrter Herr Egger,\n\nvielen Dank, Montag 10:00 Uhr passt mir gut. Ich "
            "freue mich auf das Gespräch.\n\nMit freundlichen Grüßen\nGaëtan Mbeki-Lefort",
        ),
        html="auto-outlook",
    ),
    # ------------------------------------------------------------------ English (2)
    dict(
        kind=MIS, slug="piemonte_waited_on_zoom", lang="en", key="m_piemonte",
        parent="i_piemonte",
        company="Piemonte Energy Services", contact="giulia.ferraris@piemonte-energy.example.it",
        frm=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        subject="We missed you this morning",
        date="2026-07-14 11:25 +0200",
        text=(
            "Hi Gaëtan,\n\n"
            "The panel waited on Zoom from 11:00 until 11:15 but you didn't join, and the "
            "call to your mobile went unanswered.\n\n"
            "I hope everything is OK. Please get back to me and let me know what happened.\n\n"
            "Giulia\n"
        ),
    ),
    dict(
        kind=MIS, slug="langhe_manager_dialled_in", lang="en",
        company="Langhe Bioenergy", contact="marco.rinaldi@langhebio.example.it",
        frm=("Marco Rinaldi", "marco.rinaldi@langhebio.example.it"),
        subject="Today's 15:00 call",
        date="2026-10-06 15:32 +0200",
        text=(
            "Dear Gaëtan,\n\n"
            "Our plant manager dialled in at 15:00 as agreed and stayed on the line for a "
            "quarter of an hour, but you didn't come on. I also tried your number twice.\n\n"
            "Let me know if you'd like to try again; I'll see what the manager's diary "
            "allows.\n\n"
            "Regards,\nMarco Rinaldi\nPeople & Organisation\nLanghe Bioenergy\n"
            "Strada Provinciale 7, 12051 Alba (CN)\n"
        ),
        html="auto",
    ),
    # ------------------------------------------------------------------ Spanish (1)
    dict(
        kind=MIS, slug="metroibaizabal_called_twice", lang="es", key="m_metro",
        company="Metro Ibaizabal Mantenimiento", contact="jetxeberria@metroibaizabal.example.es",
        frm=("Jon Etxeberria", "jetxeberria@metroibaizabal.example.es"),
        subject="Entrevista telefónica de hoy",
        subj_enc=("iso-8859-1", "B"),
        date="2026-04-21 10:35 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola Gaëtan:\n\n"
            "Te hemos llamado dos veces a las 10:00 para la entrevista telefónica que "
            "teníamos acordada, pero no ha sido posible contactar contigo.\n\n"
            "Si sigues interesado en el puesto, escríbeme y vemos qué podemos hacer.\n\n"
            "Saludos,\nJon Etxeberria\nMetro Ibaizabal Mantenimiento\n"
        ),
    ),
]

_ = (outlook, paras, ats_card, button)
