"""Corpus 340: every kind of "no" to the candidate's applications (rejection)."""

from __future__ import annotations

from msgs340_common import alt, html_only

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "id": "I3", "kind": "rejection", "lang": "fr",
        "slug": "tempora_client_autre_interimaire",
        "date": "2026-01-27 17:20",
        "frm": ("Kevin Lambotte", "kevin.lambotte@tempora.example.be"),
        "subject": "Mission approvisionneur Herstal - retour du client",
        "text": (
            "Bonsoir Yannick,\n\n"
            "Merci d'être passé à l'agence mardi, et encore désolé pour le malentendu de la "
            "semaine dernière.\n\n"
            "J'ai eu le retour de notre client aujourd'hui : il a finalement retenu un autre "
            "intérimaire, qui avait déjà travaillé sur leur ERP. Ce n'est donc pas pour cette "
            "fois.\n\n"
            "Je garde bien votre dossier actif chez nous et je vous recontacte dès qu'une "
            "mission en achats ou en approvisionnement se présente.\n\n"
            "Bonne soirée,\n"
            "Kevin Lambotte\n"
            "Tempora Intérim"
        ),
        "company": "Tempora Intérim", "contact": "kevin.lambotte@tempora.example.be",
    },
    {
        "id": "F5", "kind": "rejection", "lang": "fr",
        "slug": "lysanne_poste_pourvu_en_interne",
        "date": "2026-02-20 11:48",
        "frm": ("Camille Verhaeghe", "camille.verhaeghe@lysanne.example.fr"),
        "subject": "Votre candidature chez Meubles Lysanne",
        "text": (
            "Bonjour Yannick,\n\n"
            "Je tenais à vous remercier pour le temps que vous nous avez consacré lors de "
            "notre échange du 6 février. Olivier et moi avons beaucoup apprécié votre "
            "franchise et votre énergie.\n\n"
            "Entre-temps, une collaboratrice de notre service planification s'est "
            "positionnée sur le poste d'acheteur bois & panneaux, et la direction a décidé "
            "de le pourvoir en interne. Nous ne pouvons donc pas donner une suite favorable à "
            "votre candidature.\n\n"
            "Je me permets de conserver votre CV : nous ouvrons régulièrement des postes en "
            "logistique et, qui sait, en achats.\n\n"
            "Très belle continuation,\n"
            "Camille Verhaeghe\n"
            "Chargée de recrutement - Meubles Lysanne"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Meubles Lysanne", "contact": "camille.verhaeghe@lysanne.example.fr",
    },
    {
        "id": "C7", "kind": "rejection", "lang": "fr",
        "slug": "acieries_meuse_non_retenu_apres_entretien",
        "parent": "C6", "quote": "gmail",
        "date": "2026-03-04 16:09",
        "frm": ("Sandrine Lemaire-Dubois", "sandrine.lemaire@acieries-meuse.example.be"),
        "subject": "Re: Merci pour l'entretien de ce jeudi",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Merci pour votre message et pour votre patience.\n\n"
            "Après de longues discussions, nous avons décidé de poursuivre le processus avec "
            "un candidat disposant déjà d'une expérience d'achat de matières premières dans "
            "la sidérurgie. Votre profil a pourtant été très apprécié, en particulier votre "
            "analyse du cas fournisseur.\n\n"
            "Je vous souhaite sincèrement de réussir votre reconversion vers les achats et "
            "n'hésiterai pas à revenir vers vous si un poste d'approvisionneur s'ouvre à "
            "Seraing.\n\n"
            "Bien cordialement,\n"
            "Sandrine Lemaire-Dubois"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Aciéries de la Meuse", "contact": "sandrine.lemaire@acieries-meuse.example.be",
    },
    {
        "id": "D4", "kind": "rejection", "lang": "fr",
        "slug": "chu_valdemeuse_decision_du_jury",
        "date": "2026-03-27 14:30",
        "frm": ("Nathalie Herbiet", "nathalie.herbiet@chu-valdemeuse.example.be"),
        "subject": "Résultat de la sélection - gestionnaire achats (réf. 2026/ACH/07)",
        "text": (
            "Monsieur,\n\n"
            "Nous vous remercions d'avoir participé aux épreuves de sélection du 17 mars "
            "2026 pour le poste de gestionnaire achats (marchés publics).\n\n"
            "Nous avons le regret de vous informer que le jury n'a pas retenu votre "
            "candidature. Vous avez obtenu 58/100 à l'épreuve écrite (minimum requis : "
            "60/100) ; la note détaillée peut vous être communiquée sur simple demande.\n\n"
            "Nous vous remercions de l'intérêt porté au CHU Val-de-Meuse et vous prions "
            "d'agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Nathalie Herbiet\n"
            "Service du personnel - cellule recrutement\n"
            "CHU Val-de-Meuse"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "CHU Val-de-Meuse", "contact": "nathalie.herbiet@chu-valdemeuse.example.be",
    },
    {
        "id": "FL5", "kind": "rejection", "lang": "fr",
        "slug": "flandres_talents_client_autre_profil",
        "date": "2026-04-20 18:02",
        "frm": ("Hugo Desmet", "hugo.desmet@flandres-talents.example.fr"),
        "subject": "Poste d'acheteur junior - retour de notre client",
        "text": (
            "Bonsoir Yannick,\n\n"
            "Je reviens vers vous après votre entretien avec Claire. Notre client a "
            "finalement souhaité privilégier des candidats déjà en poste dans les achats, "
            "même juniors. Nous ne pourrons donc pas présenter votre candidature pour ce "
            "poste.\n\n"
            "C'est dommage, car votre expérience terrain nous semblait un vrai plus. Je vous "
            "conseille de mettre davantage en avant, sur votre CV, les négociations que "
            "vous menez déjà avec les transporteurs.\n\n"
            "Bonne continuation,\n"
            "Hugo Desmet - Flandres Talents"
        ),
        "company": "Flandres Talents", "contact": "hugo.desmet@flandres-talents.example.fr",
    },
    {
        "id": "MA4", "kind": "rejection", "lang": "fr",
        "slug": "marolles_distribution_pas_de_suite",
        "date": "2026-04-21 09:30",
        "frm": ("Sofiane El Amrani", "sofiane.elamrani@marolles-distribution.example.be"),
        "subject": "Suite de votre candidature",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour vos explications concernant le 9 avril et pour votre journée "
            "d'immersion du 16. Toute l'équipe a apprécié votre sens de l'organisation sur le "
            "quai.\n\n"
            "Après réflexion, nous avons toutefois décidé de ne pas poursuivre avec votre "
            "candidature : le poste demande une disponibilité très matinale et une "
            "connaissance des filières fruits et légumes que d'autres candidats possèdent "
            "déjà.\n\n"
            "Je vous souhaite le meilleur pour la suite.\n\n"
            "Sofiane El Amrani\n"
            "Coopérative Marolles Distribution"
        ),
        "cte": "quoted-printable",
        "company": "Coopérative Marolles Distribution",
        "contact": "sofiane.elamrani@marolles-distribution.example.be",
    },
    {
        "id": "H4", "kind": "rejection", "lang": "fr",
        "slug": "halden_roux_moselle_steel_decision",
        "date": "2026-04-24 12:16",
        "frm": ("Béatrice Roux-Halden", "beatrice.roux@halden-roux.example.com"),
        "name_enc": ("b", "utf-8"),
        "subject": "Moselle Steel Solutions - décision",
        "text": (
            "Cher Yannick,\n\n"
            "J'ai eu hier soir M. Kieffer au téléphone. Moselle Steel Solutions a décidé de "
            "retenir un autre candidat pour le poste de Procurement Manager, un profil issu "
            "du négoce d'acier avec une expérience de la couverture des prix.\n\n"
            "Ils ont souligné votre excellente préparation et votre sens du terrain, mais "
            "estiment que la marche était encore un peu haute pour ce poste précis.\n\n"
            "Je garde votre dossier en tête pour des missions d'acheteur confirmé, qui me "
            "semblent aujourd'hui plus adaptées à votre parcours.\n\n"
            "Très cordialement,\n"
            "Béatrice Roux-Halden\n"
            "Associée - Halden & Roux Executive Search"
        ),
        "cte": "base64",
        "company": "Moselle Steel Solutions", "contact": "beatrice.roux@halden-roux.example.com",
    },
    {
        "id": "OC4", "kind": "rejection", "lang": "fr",
        "slug": "orelie_conseil_fonderie_condruse_non",
        "date": "2026-07-03 10:11",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "Fonderie Condruse - retour après votre entretien",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Comme promis, je reviens vers vous à la suite de votre entretien du 16 juin "
            "avec M. Lhoest.\n\n"
            "Fonderie Condruse a choisi de poursuivre avec un autre candidat, dont "
            "l'expérience en achats de pièces mécaniques correspond plus étroitement au "
            "périmètre du poste. Je sais que ce n'est pas la réponse que vous espériez.\n\n"
            "Je reste à votre disposition si vous souhaitez un retour plus détaillé par "
            "téléphone.\n\n"
            "Bien à vous,\n"
            "Laetitia Wauters\n"
            "Orélie Conseil"
        ),
        "charset": "windows-1252", "cte": "8bit",
        "company": "Fonderie Condruse", "contact": "laetitia.wauters@orelie-conseil.example.be",
    },
    {
        "id": "MO2", "kind": "rejection", "lang": "fr",
        "slug": "laboratoires_mosans_poste_pourvu",
        "date": "2026-08-06 06:44", "tz": "utc",
        "frm": ("Laboratoires Mosans", "laboratoiresmosans@myworkday.com"),
        "subject": "Mise à jour de votre candidature - JR-00871",
        **alt([
            "Cher Yannick,",
            "Nous vous remercions de l'intérêt que vous avez manifesté pour le poste "
            "d'Acheteur indirect – services & maintenance.",
            "Nous vous informons que ce poste a été pourvu. Nous ne sommes donc pas en "
            "mesure de donner suite à votre candidature.",
            "Nous vous invitons à consulter régulièrement nos offres et vous souhaitons "
            "plein succès dans vos recherches.",
            "Talent Acquisition – Laboratoires Mosans",
        ], brand="Laboratoires Mosans", color="#00587a"),
        "company": "Laboratoires Mosans", "contact": "",
    },
    {
        "id": "CL3", "kind": "rejection", "lang": "fr",
        "slug": "clervaux_ameublement_candidature_non_retenue",
        "date": "2026-09-10 15:04",
        "frm": ("Clervaux Ameublement", "noreply@smartrecruiters.com"),
        "subject": "Votre candidature chez Clervaux Ameublement",
        **alt([
            "Bonjour Yannick,",
            "Nous vous remercions pour votre candidature au poste d'Acheteur approvisionneur "
            "(m/f) ainsi que pour l'échange téléphonique avec notre service RH.",
            "Après étude attentive de l'ensemble des profils, nous avons le regret de vous "
            "informer que nous ne retiendrons pas votre candidature pour la suite du "
            "processus.",
            "Nous conservons vos données pendant 12 mois afin de pouvoir vous recontacter si "
            "une opportunité correspondant à votre profil se présentait.",
            "Cordialement,\nL'équipe Ressources humaines – Clervaux Ameublement",
        ]),
        "cte": "quoted-printable",
        "company": "Clervaux Ameublement", "contact": "",
    },
    {
        "id": "OC5", "kind": "rejection", "lang": "fr",
        "slug": "orelie_conseil_client_confidentiel_non",
        "date": "2026-09-15 17:45",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "Poste d'approvisionneur - client confidentiel (Liège)",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Je vous remercie pour votre intérêt pour le poste d'approvisionneur que nous "
            "recrutons pour un client industriel de la région liégeoise.\n\n"
            "Après présentation des dossiers, notre client n'a malheureusement pas souhaité "
            "rencontrer votre profil, faute d'expérience en planification MRP. Je n'ai donc "
            "pas de suite à vous proposer sur ce poste.\n\n"
            "Au plaisir d'échanger sur d'autres opportunités,\n"
            "Laetitia Wauters\n"
            "Orélie Conseil - cabinet de recrutement"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Orélie Conseil", "contact": "laetitia.wauters@orelie-conseil.example.be",
    },
    {
        "id": "MH2", "kind": "rejection", "lang": "fr",
        "slug": "mobil_hetre_reponse_courte",
        "parent": "MH1", "quote": "gmail",
        "date": "2026-09-18 19:12",
        "frm": ("Gilles Mathot", "gilles.mathot@mobil-hetre.example.be"),
        "subject": "Re: Candidature spontanée - acheteur / approvisionneur",
        "text": (
            "Bonjour Monsieur,\n\n"
            "Merci pour votre candidature spontanée. Nous sommes une petite structure et nous "
            "n'avons pas de poste d'acheteur à pourvoir pour le moment ; je ne peux donc pas "
            "y donner suite.\n\n"
            "Bonne chance dans vos recherches.\n\n"
            "G. Mathot\n"
            "Gérant - Mobil'Hêtre, Naninne"
        ),
        "company": "Mobil'Hêtre", "contact": "gilles.mathot@mobil-hetre.example.be",
    },
    {
        "id": "HD1", "kind": "rejection", "lang": "fr",
        "slug": "herstal_defense_poste_annule",
        "date": "2026-10-06 10:40",
        "frm": ("Service Recrutement HDC", "recrutement@herstal-defense.example.be"),
        "reply_to": ("Véronique Dupont", "veronique.dupont@herstal-defense.example.be"),
        "reply_enc": ("q", "iso-8859-1"),
        "subject": "Poste d'acheteur composants - annulation du recrutement",
        "text": (
            "Monsieur Mbemba-Lefort,\n\n"
            "Nous vous remercions pour votre candidature au poste d'acheteur composants "
            "mécaniques au sein de Herstal Défense Composants.\n\n"
            "À la suite de la révision de notre plan de charge pour 2027, la création de ce "
            "poste a été annulée. Le processus de recrutement est donc clôturé et nous ne "
            "donnerons pas suite à votre candidature.\n\n"
            "Nous vous prions de nous excuser pour ce contretemps et vous souhaitons plein "
            "succès.\n\n"
            "Véronique Dupont\n"
            "Ressources humaines\n"
            "Herstal Défense Composants - Parc industriel des Hauts-Sarts, 4040 Herstal\n\n"
            "Ce courriel et ses pièces jointes peuvent contenir des informations "
            "confidentielles. Si vous l'avez reçu par erreur, merci de le détruire."
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Herstal Défense Composants",
        "contact": "veronique.dupont@herstal-defense.example.be",
    },
    {
        "id": "NO2", "kind": "rejection", "lang": "fr",
        "slug": "nordis_distribution_teamtailor_non_preselectionne",
        "parent": "NO1", "quote": "gmail",
        "date": "2026-10-13 08:20",
        "frm": ("Nordis Distribution", "nordis-distribution@teamtailor-mail.com"),
        "subject": "Re: Relance - candidature Acheteur épicerie (Lesquin)",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour votre relance et pour l'intérêt que vous portez à Nordis "
            "Distribution.\n\n"
            "Nous avons reçu de nombreuses candidatures pour le poste d'Acheteur épicerie et "
            "nous avons choisi de poursuivre avec des personnes dont l'expérience correspond "
            "davantage à nos besoins actuels. Votre candidature n'a donc pas été retenue "
            "pour les entretiens.\n\n"
            "Nous vous souhaitons bonne chance pour la suite de vos recherches.\n\n"
            "L'équipe recrutement Nordis Distribution\n\n"
            "--\n"
            "Envoyé avec Teamtailor - merci de ne pas répondre directement à cet e-mail."
        ),
        "cte": "base64",
        "company": "Nordis Distribution", "contact": "",
    },
    {
        "id": "GH1", "kind": "rejection", "lang": "fr",
        "slug": "hopital_lille_metropole_direction_achats",
        "date": "2026-10-20 14:55",
        "frm": ("Direction des achats - GHLM", "ne-pas-repondre@ghlm-sante.example.fr"),
        "subject": "Votre candidature - Acheteur hospitalier (réf. DA-2026-31)",
        "subj_enc": ("q", "utf-8"),
        **html_only([
            "Monsieur,",
            "Vous avez fait acte de candidature pour le poste d'acheteur hospitalier "
            "(catégorie B, réf. DA-2026-31) au sein de la direction des achats du Groupement "
            "Hospitalier Lille-Métropole, et nous vous en remercions.",
            "Après examen de votre dossier par la commission de sélection, nous sommes au "
            "regret de vous informer que votre candidature n'a pas été retenue.",
            "Nous vous prions d'agréer, Monsieur, nos salutations distinguées.",
            "La Direction des achats et de la logistique\nGroupement Hospitalier "
            "Lille-Métropole",
        ], brand="Groupement Hospitalier Lille-Métropole", color="#00467f",
            footer="Message automatique — merci de ne pas répondre."),
        "html_cte": "quoted-printable",
        "company": "Groupement Hospitalier Lille-Métropole", "contact": "",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "J4", "kind": "rejection", "lang": "de",
        "slug": "eifelstahl_absage_nach_interview",
        "date": "2026-03-12 16:25",
        "frm": ("Sabine Hürtgen", "s.huertgen@eifelstahl.example.de"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Ihre Bewerbung als Strategischer Einkäufer (m/w/d)",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "nochmals vielen Dank für das angenehme Telefonat am 26. Februar und Ihr "
            "Interesse an Eifelstahl.\n\n"
            "Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die "
            "bereits mehrjährige Erfahrung im Rohstoffeinkauf mitbringt. Wir müssen Ihnen "
            "daher leider absagen.\n\n"
            "Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten, sofern Sie uns "
            "nicht Ihre Einwilligung zur längeren Aufbewahrung geben.\n\n"
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Hürtgen\n"
            "HR Business Partner - Eifelstahl GmbH"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Eifelstahl", "contact": "s.huertgen@eifelstahl.example.de",
    },
    {
        "id": "N2", "kind": "rejection", "lang": "de",
        "slug": "kaiserpfalz_personio_leider_nicht",
        "date": "2026-03-30 07:12",
        "frm": ("Kaiserpfalz Frischelogistik", "kaiserpfalz-frische@jobs.personio.de"),
        "subject": "Deine Bewerbung bei Kaiserpfalz Frischelogistik",
        **alt([
            "Hallo Yannick,",
            "vielen Dank nochmal für Deine Bewerbung als Disponent Einkauf Frischware "
            "(m/w/d). Wir haben uns Deine Unterlagen genau angeschaut.",
            "Leider müssen wir Dir mitteilen, dass wir Dich nicht in die engere Auswahl "
            "nehmen konnten. Das ist keine Bewertung Deiner Person – wir hatten einfach "
            "sehr viele passende Bewerbungen.",
            "Wir wünschen Dir viel Erfolg und alles Gute!",
            "Dein Team von Kaiserpfalz Frischelogistik",
        ], lang="de"),
        "cte": "8bit",
        "company": "Kaiserpfalz Frischelogistik", "contact": "",
    },
    {
        "id": "K3", "kind": "rejection", "lang": "de",
        "slug": "rurtal_personal_kunde_anderer_kandidat",
        "date": "2026-06-02 12:03",
        "frm": ("Dennis Kohnen", "dennis.kohnen@rurtal-personal.example.de"),
        "subject": "Rückmeldung zur Position Einkaufsassistenz (Raum Düren)",
        "text": (
            "Hallo Herr Mbemba-Lefort,\n\n"
            "danke, dass Sie mir nach der Sache mit den Öcher Möbelwerken noch einmal "
            "Ihr Vertrauen geschenkt haben.\n\n"
            "Für die Position Einkaufsassistenz bei unserem Kunden im Raum Düren hat sich der "
            "Kunde leider für einen anderen Bewerber entschieden, der bereits mit SAP MM "
            "gearbeitet hat. Ich kann Ihr Profil dort also nicht weiter vorstellen.\n\n"
            "Ich melde mich, sobald ich etwas Passendes im Raum Aachen habe.\n\n"
            "Gruß\n"
            "Dennis Kohnen\n"
            "Rurtal Personal"
        ),
        "cte": "quoted-printable",
        "company": "Rurtal Personal", "contact": "dennis.kohnen@rurtal-personal.example.de",
    },
    {
        "id": "O2", "kind": "rejection", "lang": "de",
        "slug": "rurtec_ac_abgesagt_stelle_gestrichen",
        "date": "2026-07-15 09:26",
        "frm": ("Claudia Mertens", "c.mertens@rurtec.example.de"),
        "subject": "Abgesagt: Assessment Center Einkauf Elektronikkomponenten",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "leider müssen wir Ihnen mitteilen, dass das Assessment Center am 20. Juli nicht "
            "stattfinden wird. Aufgrund einer Verschiebung des Rüstungsprogramms, für das die "
            "Stelle geschaffen werden sollte, wurde die Position ersatzlos gestrichen.\n\n"
            "Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung nicht "
            "weiter berücksichtigen. Wir bedauern das sehr und danken Ihnen für Ihr "
            "Interesse an Rurtec Systems.\n\n"
            "Mit freundlichen Grüßen\n"
            "Claudia Mertens\n"
            "Personalreferentin"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "ics": {"method": "CANCEL", "uid": "AC-2026-07-20-EK@rurtec.example.de", "seq": 1,
                "tzid": "Europe/Berlin", "start": "2026-07-20 08:30",
                "end": "2026-07-20 16:00",
                "summary": "Abgesagt: Assessment Center Einkauf Elektronikkomponenten",
                "location": "Rurtec Systems, Am Ellernbusch 9, 52355 Düren",
                "organizer": ("Claudia Mertens", "c.mertens@rurtec.example.de")},
        "company": "Rurtec Systems", "contact": "c.mertens@rurtec.example.de",
    },
    {
        "id": "DS1", "kind": "rejection", "lang": "de",
        "slug": "dreilaender_stahlhandel_softgarden_absage",
        "date": "2026-10-08 13:17",
        "frm": ("Dreiländer Stahlhandel", "noreply@softgarden.io"),
        "name_enc": ("q", "utf-8"),
        "subject": "Absage: Ihre Bewerbung als Einkäufer Flachstahl (m/w/d)",
        **html_only([
            "Sehr geehrter Herr Mbemba-Lefort,",
            "vielen Dank für Ihr Interesse an einer Tätigkeit bei der Dreiländer Stahlhandel "
            "in Herzogenrath.",
            "Wir haben Ihre Unterlagen sorgfältig geprüft. Leider können wir Ihnen keine "
            "positive Nachricht geben: Wir haben uns für Bewerberinnen und Bewerber "
            "entschieden, deren Qualifikationen noch besser zu unserem Anforderungsprofil "
            "passen.",
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
            "Mit freundlichen Grüßen\nPersonalabteilung Dreiländer Stahlhandel",
        ], lang="de", brand="Dreiländer Stahlhandel"),
        "html_charset": "iso-8859-1",
        "company": "Dreiländer Stahlhandel", "contact": "",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "R2", "kind": "rejection", "lang": "en",
        "slug": "kroonhout_icims_not_shortlisted",
        "date": "2026-03-05 14:02", "tz": "utc",
        "frm": ("Kroonhout Careers", "kroonhout-careers@icims.com"),
        "subject": "Your application for Purchasing Officer at Kroonhout Furniture",
        **alt([
            "Dear Yannick,",
            "Thank you for your interest in the Purchasing Officer position at Kroonhout "
            "Furniture and for the time you invested in your application.",
            "After careful review, we regret to inform you that you have not been shortlisted"
            " for the next stage of the selection process.",
            "We encourage you to keep an eye on our career site for future opportunities.",
            "Kind regards,\nKroonhout Furniture Talent Team",
        ], lang="en", footer="Please do not reply to this email."),
        "company": "Kroonhout Furniture", "contact": "",
    },
    {
        "id": "E5", "kind": "rejection", "lang": "en",
        "slug": "ardentis_greenhouse_closer_match",
        "date": "2026-04-02 13:47", "tz": "utc",
        "frm": ("Ardentis Defence Systems", "no-reply@greenhouse-mail.io"),
        "subject": "Update on your application to Ardentis Defence Systems",
        **alt([
            "Hi Yannick,",
            "Thank you for your interest in the Supplier Quality & Procurement Specialist "
            "role and for taking the time to speak with us.",
            "We've now reviewed all applications and have decided to move forward with "
            "candidates whose experience more closely matches the requirements of the "
            "position, in particular supplier audits in the aerospace and defence sector.",
            "We appreciate your interest in Ardentis and wish you every success in your "
            "search.",
            "Kind regards,\nThe Ardentis Talent Team",
        ], lang="en", footer="Ardentis Defence Systems · Powered by Greenhouse"),
        "cte": "base64",
        "company": "Ardentis Defence Systems", "contact": "",
    },
    {
        "id": "Q4", "kind": "rejection", "lang": "en",
        "slug": "helix_pharma_role_on_hold",
        "date": "2026-06-25 17:38",
        "frm": ("Sophie van der Linden", "sophie.vanderlinden@helixpharma.example.nl"),
        "subject": "Procurement Specialist, Direct Materials - update",
        "text": (
            "Hi Yannick,\n\n"
            "Thank you for your time with Ruben on the 15th. I wanted to let you know "
            "personally that, following a group-wide review of our 2026 budget, the "
            "Procurement Specialist role has been put on hold until further notice.\n\n"
            "This means we will not proceed with your application for now. I'm sorry to "
            "bring this news after you invested time in our process - Ruben really enjoyed "
            "your conversation.\n\n"
            "If the role reopens, I'll reach out to you first.\n\n"
            "Warm regards,\n"
            "Sophie van der Linden\n"
            "Talent Acquisition | Helix Pharma Maastricht\n"
            "Oxfordlaan 55, 6229 EV Maastricht"
        ),
        "cte": "quoted-printable",
        "company": "Helix Pharma Maastricht",
        "contact": "sophie.vanderlinden@helixpharma.example.nl",
    },
    {
        "id": "S4", "kind": "rejection", "lang": "en",
        "slug": "hallbrook_moving_forward_others",
        "parent": "S3", "quote": "gmail",
        "date": "2026-08-18 11:12",
        "frm": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
        "subject": "Re: We waited for you on Meet",
        "text": (
            "Hi Yannick,\n\n"
            "Thanks for your note and apologies for the slow reply. We did consider "
            "rescheduling, but in the meantime we interviewed several strong candidates and "
            "have decided to move forward with them for the Junior Category Buyer role.\n\n"
            "I'm sorry it didn't work out this time, and I wish you all the best with your "
            "move into purchasing.\n\n"
            "Tom"
        ),
        "company": "Hallbrook Supply", "contact": "tom.gallagher@hallbrook.example.be",
    },
    {
        "id": "T2", "kind": "rejection", "lang": "en",
        "slug": "ferronord_taleo_position_filled",
        "date": "2026-09-22 05:10", "tz": "utc",
        "frm": ("Ferronord Talent Acquisition", "ferronord@taleo.net"),
        "subject": "Ferronord - Job 2600412 - Status update",
        **alt([
            "Dear Yannick Mbemba-Lefort,",
            "Thank you for applying for the position of Buyer – Steel Long Products (Job "
            "Number 2600412).",
            "We would like to inform you that this position has now been filled. Your "
            "application will therefore not be considered further for this vacancy.",
            "We thank you for the interest you have shown in Ferronord.",
            "Sincerely,\nFerronord Talent Acquisition",
        ], lang="en", footer="This is an automated message. Please do not reply."),
        "company": "Ferronord", "contact": "",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "W1", "kind": "rejection", "lang": "es",
        "slug": "laboratorios_gallego_vacante_cubierta",
        "date": "2026-04-14 09:55",
        "frm": ("Laboratorios Gállego", "laboratorios-gallego@mail.recruitee.com"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Actualización de tu candidatura – Técnico/a de Compras",
        "subj_enc": ("b", "utf-8"),
        **alt([
            "Hola Yannick,",
            "Gracias por tu interés en formar parte de Laboratorios Gállego y por presentar "
            "tu candidatura al puesto de Técnico/a de Compras en nuestra planta de Villanueva "
            "de Gállego.",
            "Te escribimos para comunicarte que la vacante ya ha sido cubierta, por lo que "
            "no podremos seguir adelante con tu candidatura.",
            "Te deseamos mucha suerte en tu búsqueda.",
            "Equipo de Talento · Laboratorios Gállego",
        ], lang="es"),
        "cte": "quoted-printable",
        "company": "Laboratorios Gállego", "contact": "",
    },
    {
        "id": "G4", "kind": "rejection", "lang": "es",
        "slug": "cierzo_hogar_proceso_suspendido",
        "date": "2026-06-10 16:22",
        "frm": ("Marta Lahoz", "marta.lahoz@cierzohogar.example.es"),
        "subject": "Proceso de selección Técnico/a de compras",
        "text": (
            "Hola, Yannick:\n\n"
            "Te escribo para informarte de que, por una reorganización del departamento de "
            "compras tras la integración de nuestra planta de Utebo, la dirección ha "
            "decidido suspender el proceso de selección de Técnico/a de compras.\n\n"
            "Por tanto, no vamos a continuar con tu candidatura ni a retomar la "
            "videoentrevista que quedó aplazada. Sentimos mucho las molestias y te "
            "agradecemos la paciencia.\n\n"
            "Un saludo,\n"
            "Marta Lahoz\n"
            "Técnica de Selección · Cierzo Hogar"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "Cierzo Hogar", "contact": "marta.lahoz@cierzohogar.example.es",
    },
    {
        "id": "L3", "kind": "rejection", "lang": "es",
        "slug": "ebro_empleo_cliente_descarta",
        "date": "2026-07-14 12:37",
        "frm": ("Lucía Sanjuán", "lucia.sanjuan@ebroempleo.example.es"),
        "subject": "Puesto de administrativo de compras (cliente del sector logístico)",
        "text": (
            "Hola, Yannick:\n\n"
            "Te escribo por el puesto de administrativo de compras del que hablamos por "
            "teléfono, para un cliente del sector logístico en Plaza.\n\n"
            "El cliente ha revisado los perfiles que le presentamos y, lamentablemente, ha "
            "decidido no seguir adelante con tu candidatura: busca a alguien con "
            "experiencia previa en compras en España.\n\n"
            "Seguimos en contacto para otras ofertas.\n\n"
            "Saludos,\n"
            "Lucía Sanjuán\n"
            "Ebro Empleo ETT"
        ),
        "cte": "quoted-printable",
        "company": "Ebro Empleo", "contact": "lucia.sanjuan@ebroempleo.example.es",
    },
    {
        "id": "V2", "kind": "rejection", "lang": "es",
        "slug": "asd_no_continuar",
        "date": "2026-07-30 10:58",
        "frm": ("Inés Bielsa Gracia", "ines.bielsa@asdefensa.example.es"),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Ref. ASD-COM-26-09 - Resolución",
        "text": (
            "Estimado Sr. Mbemba-Lefort:\n\n"
            "Le agradecemos el interés mostrado en la vacante de Técnico de aprovisionamiento"
            " (Ref. ASD-COM-26-09).\n\n"
            "Una vez analizadas todas las candidaturas, lamentamos comunicarle que su perfil "
            "no ha sido seleccionado para continuar en el proceso. Entre otros motivos, el "
            "puesto exige la habilitación de seguridad nacional española, que debe estar "
            "vigente en el momento de la incorporación.\n\n"
            "Le deseamos mucho éxito en su carrera profesional.\n\n"
            "Atentamente,\n"
            "Inés Bielsa Gracia\n"
            "Dpto. de Personas - Aragón Sistemas de Defensa"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Aragón Sistemas de Defensa", "contact": "ines.bielsa@asdefensa.example.es",
    },
    {
        "id": "U3", "kind": "rejection", "lang": "es",
        "slug": "aceros_moncayo_despues_entrevista",
        "date": "2026-09-29 18:03",
        "frm": ("Pilar Gimeno", "pilar.gimeno@acerosmoncayo.example.es"),
        "subject": "Proceso Comprador técnico (Ref. AM-0726)",
        "text": (
            "Estimado Sr. Mbemba-Lefort:\n\n"
            "Gracias de nuevo por desplazarse hasta Tarazona el pasado 10 de septiembre. "
            "Tanto D. Fernando Aznar como yo valoramos mucho su motivación.\n\n"
            "Tras finalizar las entrevistas, hemos decidido ofrecer el puesto a otro "
            "candidato con un conocimiento más amplio del mercado nacional de chatarra y "
            "ferroaleaciones. Lamentamos no poder darle una respuesta positiva.\n\n"
            "Le deseamos lo mejor.\n\n"
            "Un cordial saludo,\n"
            "Pilar Gimeno\n"
            "Responsable de Recursos Humanos - Aceros Moncayo"
        ),
        "cte": "8bit",
        "company": "Aceros Moncayo", "contact": "pilar.gimeno@acerosmoncayo.example.es",
    },
    {
        "id": "RB1", "kind": "rejection", "lang": "es",
        "slug": "muebles_ribagorza_perfiles_mas_ajustados",
        "date": "2026-10-02 13:14",
        "frm": ("Ana Castán", "ana.castan@mueblesribagorza.example.es"),
        "subject": "Su candidatura a Responsable de compras",
        "text": (
            "Buenas tardes, Yannick:\n\n"
            "Le agradecemos sinceramente el tiempo dedicado a su candidatura para el puesto "
            "de Responsable de compras de Muebles Ribagorza.\n\n"
            "Hemos decidido avanzar con otros candidatos cuya trayectoria se ajusta más al "
            "perfil que buscamos en este momento. Guardaremos su CV por si surge una "
            "vacante más acorde con su experiencia en logística.\n\n"
            "Reciba un cordial saludo,\n"
            "Ana Castán\n"
            "Administración y Personal\n"
            "Muebles Ribagorza - Polígono Malpica, calle E, nave 8, Zaragoza"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Muebles Ribagorza", "contact": "ana.castan@mueblesribagorza.example.es",
    },
]
