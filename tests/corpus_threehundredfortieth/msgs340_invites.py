"""Corpus 340: invitations to interviews, screens, assessments and trial days."""

from __future__ import annotations

from msgs340_common import alt, html_only

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "id": "I1", "kind": "interview_invitation", "lang": "fr",
        "slug": "tempora_interim_entretien_agence",
        "date": "2026-01-14 16:48",
        "frm": ("Kevin Lambotte", "kevin.lambotte@tempora.example.be"),
        "subject": "Mission approvisionneur Herstal - entretien vendredi",
        "text": (
            "Bonjour Yannick,\n\n"
            "Suite à notre échange téléphonique de ce midi, je vous confirme votre rendez-vous "
            "à l'agence ce vendredi 16 janvier à 9h00 pour faire le point sur la mission "
            "d'approvisionneur (6 mois, possibilité d'engagement) chez un client du secteur "
            "agroalimentaire à Herstal.\n\n"
            "Adresse : Tempora Intérim, Boulevard d'Avroy 38, 4000 Liège (2e étage, sonnez "
            "chez Tempora).\n\n"
            "Merci de vous munir de votre carte d'identité, de votre CV à jour et, si vous "
            "l'avez, de votre attestation de formation cariste. Comptez environ 45 minutes.\n\n"
            "À vendredi,\n"
            "Kevin Lambotte\n"
            "Consultant Industrie & Logistique\n"
            "Tempora Intérim - Liège Avroy\n"
            "04 221 60 44 - 0478 55 21 90"
        ),
        "company": "Tempora Intérim", "contact": "kevin.lambotte@tempora.example.be",
    },
    {
        "id": "C2", "kind": "interview_invitation", "lang": "fr",
        "slug": "acieries_meuse_prequalification_telephonique",
        "date": "2026-01-26 10:21",
        "frm": ("Sandrine Lemaire-Dubois", "sandrine.lemaire@acieries-meuse.example.be"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Acheteur technique – échange téléphonique jeudi ?",
        "subj_enc": ("q", "windows-1252"),
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Votre candidature au poste d'Acheteur technique matières premières a retenu "
            "notre attention et j'aimerais faire plus ample connaissance avec vous lors d'un "
            "premier échange téléphonique d'une trentaine de minutes.\n\n"
            "Seriez-vous disponible ce jeudi 29 janvier à 11h00 ? À défaut, je peux vous "
            "proposer vendredi 30 janvier à 8h30 ou 14h00. Je vous appellerai au numéro "
            "indiqué sur votre CV.\n\n"
            "Au plaisir de vous entendre,\n\n"
            "Sandrine Lemaire-Dubois\n"
            "Responsable recrutement – Direction des ressources humaines\n"
            "Aciéries de la Meuse\n"
            "Quai Greiner 2, 4100 Seraing\n"
            "T +32 4 330 27 61\n\n"
            "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur "
            "destinataire. Toute utilisation ou diffusion non autorisée est interdite. "
            "L’environnement vous remercie de n’imprimer ce courriel qu’en cas de nécessité."
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Aciéries de la Meuse", "contact": "sandrine.lemaire@acieries-meuse.example.be",
    },
    {
        "id": "C3", "kind": "interview_invitation", "lang": "fr",
        "slug": "acieries_meuse_entretien_panel_invitation",
        "date": "2026-02-05 14:02",
        "frm": ("Sandrine Lemaire-Dubois", "sandrine.lemaire@acieries-meuse.example.be"),
        "subject": "Invitation : Entretien Acheteur technique - Y. Mbemba-Lefort @ jeu. 12 févr. "
                   "2026 10:00 - 11:30",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Merci encore pour notre échange de la semaine dernière. Comme convenu, je vous "
            "invite à un entretien sur site avec M. Pierre Collignon, Responsable achats "
            "matières premières, et moi-même.\n\n"
            "Date : jeudi 12 février 2026, de 10h00 à 11h30\n"
            "Lieu : Aciéries de la Meuse, bâtiment administratif, Quai Greiner 2, 4100 "
            "Seraing - accueil principal\n\n"
            "Une courte mise en situation (analyse d'une offre fournisseur de ferroalliages) "
            "sera proposée en fin d'entretien. Merci d'accepter l'invitation ci-jointe pour "
            "confirmer votre présence.\n\n"
            "Bien cordialement,\n"
            "Sandrine Lemaire-Dubois\n"
            "Responsable recrutement"
        ),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A1C3",
                "seq": 0, "start": "2026-02-12 10:00", "end": "2026-02-12 11:30",
                "summary": "Entretien Acheteur technique - Y. Mbemba-Lefort",
                "location": "Aciéries de la Meuse, Quai Greiner 2, 4100 Seraing",
                "organizer": ("Sandrine Lemaire-Dubois",
                              "sandrine.lemaire@acieries-meuse.example.be")},
        "company": "Aciéries de la Meuse", "contact": "sandrine.lemaire@acieries-meuse.example.be",
    },
    {
        "id": "F2", "kind": "interview_invitation", "lang": "fr",
        "slug": "lysanne_visio_premier_entretien",
        "date": "2026-01-29 09:55",
        "frm": ("Camille Verhaeghe", "camille.verhaeghe@lysanne.example.fr"),
        "subject": "Meubles Lysanne - premier entretien en visio",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour votre candidature au poste d'Acheteur bois & panneaux. Votre parcours "
            "en entrepôt nous intéresse beaucoup, notamment la gestion des réceptions "
            "fournisseurs.\n\n"
            "Je vous propose un premier entretien en visio le mercredi 4 février à 15h00 "
            "(heure de Paris), d'une durée de 45 minutes environ, avec moi-même et Olivier "
            "Ducatteau, notre responsable achats.\n\n"
            "Lien Teams : https://teams.example.fr/l/meetup-join/lysanne-4f02-1500\n\n"
            "Pouvez-vous me confirmer votre disponibilité ?\n\n"
            "Belle journée,\n"
            "Camille Verhaeghe\n"
            "Chargée de recrutement\n"
            "Meubles Lysanne - 180 rue de l'Épeule, 59100 Roubaix\n"
            "03 20 70 14 62"
        ),
        "cte": "8bit",
        "company": "Meubles Lysanne", "contact": "camille.verhaeghe@lysanne.example.fr",
    },
    {
        "id": "D2", "kind": "interview_invitation", "lang": "fr",
        "slug": "chu_valdemeuse_convocation_jury",
        "date": "2026-02-23 15:30",
        "frm": ("Nathalie Herbiet", "nathalie.herbiet@chu-valdemeuse.example.be"),
        "subject": "Convocation - épreuve écrite et entretien - réf. 2026/ACH/07",
        "text": (
            "Monsieur,\n\n"
            "Votre candidature au poste de gestionnaire achats (marchés publics) a été jugée "
            "recevable. Nous avons le plaisir de vous convoquer aux épreuves de sélection qui "
            "se dérouleront le mardi 10 mars 2026 :\n\n"
            "- 9h00 : épreuve écrite (1h30) portant sur la législation des marchés publics "
            "et un cas pratique d'analyse d'offres ;\n"
            "- 11h15 : entretien devant le jury (30 minutes).\n\n"
            "Lieu : CHU Val-de-Meuse, bâtiment B, salle du conseil (niveau +2).\n\n"
            "Vous trouverez en pièce jointe votre convocation officielle ainsi qu'un plan "
            "d'accès. Merci de vous présenter muni de votre carte d'identité. En cas "
            "d'empêchement, prière de nous avertir au plus tard 48 heures à l'avance.\n\n"
            "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Nathalie Herbiet\n"
            "Service du personnel - cellule recrutement\n"
            "CHU Val-de-Meuse"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Convocation_2026-ACH-07_Mbemba-Lefort.pdf", [
            "CHU Val-de-Meuse - Service du personnel",
            "Boulevard de la Meuse 112, 4020 Liège",
            "",
            "CONVOCATION",
            "Monsieur Yannick Mbemba-Lefort",
            "Poste : gestionnaire achats (marchés publics) - réf. 2026/ACH/07",
            "Épreuve écrite : mardi 10 mars 2026 à 9h00",
            "Entretien devant jury : mardi 10 mars 2026 à 11h15",
            "Lieu : bâtiment B, salle du conseil (niveau +2)",
            "Se munir d'une pièce d'identité.",
        ])],
        "company": "CHU Val-de-Meuse", "contact": "nathalie.herbiet@chu-valdemeuse.example.be",
    },
    {
        "id": "I4", "kind": "interview_invitation", "lang": "fr",
        "slug": "tempora_journee_essai_cartonnages_hutois",
        "date": "2026-02-24 12:10",
        "frm": ("Kevin Lambotte", "kevin.lambotte@tempora.example.be"),
        "subject": "Journée d'essai chez Cartonnages Hutois - mardi 3 mars",
        "text": (
            "Hello Yannick,\n\n"
            "Bonne nouvelle : Cartonnages Hutois souhaite vous rencontrer pour leur poste "
            "d'assistant acheteur (mission de remplacement de 4 mois, temps plein). Ils "
            "proposent une journée d'essai le mardi 3 mars : accueil à 8h00 par Mme Régine "
            "Bertrand, responsable des achats, Rue du Marais 14 à Huy.\n\n"
            "Au programme : visite de l'usine, découverte de leur ERP et travail sur les "
            "commandes de mandrins et de colles avec l'équipe. Repas offert sur place.\n\n"
            "Peux-tu me confirmer par retour de mail ? Je leur envoie ensuite ton dossier.\n\n"
            "Kevin\n"
            "--\n"
            "Kevin Lambotte | Tempora Intérim Liège Avroy | 04 221 60 44"
        ),
        "company": "Cartonnages Hutois", "contact": "kevin.lambotte@tempora.example.be",
    },
    {
        "id": "FL2", "kind": "interview_invitation", "lang": "fr",
        "slug": "flandres_talents_entretien_telephonique",
        "date": "2026-03-05 08:40",
        "frm": ("Hugo Desmet", "hugo.desmet@flandres-talents.example.fr"),
        "subject": "Point téléphonique jeudi 12/03 à 10h ?",
        "text": (
            "Bonjour Yannick,\n\n"
            "Comme promis, je reviens vers vous : mon associée Claire Vanhoutte aimerait vous "
            "présenter le poste d'acheteur junior plus en détail et faire un point sur votre "
            "parcours.\n\n"
            "Je vous propose un entretien téléphonique le jeudi 12 mars à 10h00. Claire vous "
            "appellera sur votre portable (+32 478 ...). Si le créneau ne convient pas, "
            "dites-le moi et on décale.\n\n"
            "Bonne journée,\n"
            "Hugo"
        ),
        "company": "Flandres Talents", "contact": "hugo.desmet@flandres-talents.example.fr",
    },
    {
        "id": "H3", "kind": "interview_invitation", "lang": "fr",
        "slug": "halden_roux_rencontre_moselle_steel",
        "parent": "H2", "quote": "gmail",
        "date": "2026-03-18 19:05",
        "frm": ("Béatrice Roux-Halden", "beatrice.roux@halden-roux.example.com"),
        "name_enc": ("b", "utf-8"),
        "subject": "RE: Approche - Responsable achats acier (Luxembourg)",
        "text": (
            "Cher Yannick,\n\n"
            "Merci pour votre CV et pour la qualité de notre échange de lundi. Je peux "
            "désormais vous dévoiler le nom de notre client : il s'agit de Moselle Steel "
            "Solutions, négociant-transformateur de produits longs installé à Differdange.\n\n"
            "Leur directeur des opérations, M. Jérôme Kieffer, souhaite vous rencontrer le "
            "mercredi 25 mars à 14h00 dans leurs bureaux (Rue de la Chiers 7, Differdange). "
            "L'entretien durera environ une heure ; je serai présente en début de rencontre "
            "pour les présentations.\n\n"
            "Pouvez-vous me confirmer ce créneau d'ici vendredi ?\n\n"
            "Très cordialement,\n\n"
            "Béatrice Roux-Halden\n"
            "Associée\n"
            "Halden & Roux Executive Search\n"
            "Avenue Louise 221, 1050 Bruxelles | +32 2 640 11 87\n\n"
            "Le présent message est strictement confidentiel. Si vous n'en êtes pas le "
            "destinataire, merci d'en informer l'expéditeur et de le supprimer."
        ),
        "cte": "quoted-printable",
        "company": "Moselle Steel Solutions", "contact": "beatrice.roux@halden-roux.example.com",
    },
    {
        "id": "MA2", "kind": "interview_invitation", "lang": "fr",
        "slug": "marolles_distribution_journee_immersion",
        "date": "2026-04-02 11:36",
        "frm": ("Sofiane El Amrani", "sofiane.elamrani@marolles-distribution.example.be"),
        "subject": "Journée d'immersion - Gestionnaire approvisionnement frais",
        "text": (
            "Bonjour Yannick,\n\n"
            "Votre candidature a retenu notre attention. Avant un éventuel entretien final, "
            "nous proposons à nos candidats une journée d'immersion sur notre plateforme "
            "d'Anderlecht pour découvrir le métier concrètement.\n\n"
            "Nous vous attendons le jeudi 9 avril à 6h30 (oui, le frais commence tôt !) à la "
            "réception du quai C, Boulevard Industriel 91, 1070 Anderlecht. Vous "
            "accompagnerez notre équipe approvisionnement sur les commandes fruits et "
            "légumes et les réceptions du matin. Fin prévue vers 14h00.\n\n"
            "Chaussures de sécurité obligatoires. Merci de me confirmer votre présence.\n\n"
            "Sofiane El Amrani\n"
            "Responsable approvisionnement\n"
            "Coopérative Marolles Distribution\n"
            "GSM 0486 12 40 77"
        ),
        "company": "Coopérative Marolles Distribution",
        "contact": "sofiane.elamrani@marolles-distribution.example.be",
    },
    {
        "id": "A2", "kind": "interview_invitation", "lang": "fr",
        "slug": "valdis_invitation_entretien",
        "date": "2026-04-15 10:02",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Valdis Alimentation - invitation à un entretien (Acheteur produits frais)",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour votre candidature au poste d'Acheteur produits frais. J'ai le plaisir "
            "de vous inviter à un premier entretien avec Marc-Antoine Delvaux, notre "
            "directeur achats, et moi-même.\n\n"
            "Date proposée : jeudi 23 avril à 10h00\n"
            "Lieu : Valdis Alimentation, Chaussée de Gembloux 560, 5080 Rhisnes (parking "
            "visiteurs à gauche de l'entrée)\n"
            "Durée : environ 1h15\n\n"
            "Nous parlerons de votre expérience de chef d'équipe en entrepôt, de votre "
            "vision du métier d'acheteur et de nos fournisseurs de produits frais (fruits, "
            "légumes, produits laitiers).\n\n"
            "Merci de me confirmer votre présence par retour de mail.\n\n"
            "Bien à vous,\n"
            "Aurélie Gossiaux\n"
            "Talent Acquisition Partner\n"
            "Valdis Alimentation | +32 81 56 90 21"
        ),
        "cte": "quoted-printable",
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    {
        "id": "A6", "kind": "interview_invitation", "lang": "fr",
        "slug": "valdis_second_entretien_etude_de_cas",
        "parent": "A5", "quote": "gmail",
        "date": "2026-05-06 16:44",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Re: Merci pour l'entretien de ce mardi",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour votre message, le plaisir était partagé. Marc-Antoine a été "
            "convaincu par votre connaissance du terrain et souhaite poursuivre avec vous.\n\n"
            "Nous vous invitons donc à un second entretien, le mardi 19 mai de 9h30 à "
            "11h30, avec une étude de cas : vous recevrez sur place un dossier de "
            "consultation (trois fournisseurs de pommes de terre) que vous aurez 45 minutes "
            "pour analyser avant de nous présenter votre recommandation. Vous rencontrerez "
            "également Isabelle Noël, notre directrice supply chain.\n\n"
            "Je vous envoie l'invitation dans votre agenda.\n\n"
            "À bientôt,\n"
            "Aurélie"
        ),
        "ics": {"method": "REQUEST", "uid": "valdis-2e-entretien-3f7a@valdis.example.be",
                "start": "2026-05-19 09:30", "end": "2026-05-19 11:30",
                "summary": "2e entretien + étude de cas - Acheteur produits frais",
                "location": "Valdis Alimentation, salle Meuse, Chaussée de Gembloux 560, "
                            "Rhisnes",
                "organizer": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
                "file": "invitation.ics"},
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    {
        "id": "OC2", "kind": "interview_invitation", "lang": "fr",
        "slug": "orelie_conseil_entretien_fonderie_condruse",
        "date": "2026-06-01 14:18",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "Fonderie Condruse - entretien le mardi 9 juin",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "J'ai présenté votre candidature à Fonderie Condruse et j'ai le plaisir de vous "
            "annoncer que M. Grégory Lhoest, directeur industriel, souhaite vous rencontrer.\n\n"
            "L'entretien aurait lieu le mardi 9 juin à 13h30 sur le site de la fonderie, "
            "Route de Dinant 87 à Ciney. Prévoyez 1h30 : l'entretien sera suivi d'une visite "
            "de l'atelier de moulage.\n\n"
            "Je vous appelle demain pour vous briefer sur l'entreprise et sur les attentes "
            "du poste.\n\n"
            "Bien à vous,\n\n"
            "Laetitia Wauters\n"
            "Consultante senior achats & supply chain\n"
            "Orélie Conseil\n"
            "+32 81 74 20 19"
        ),
        "charset": "windows-1252", "cte": "8bit",
        "company": "Fonderie Condruse", "contact": "laetitia.wauters@orelie-conseil.example.be",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "J2", "kind": "interview_invitation", "lang": "de",
        "slug": "eifelstahl_einladung_telefoninterview",
        "date": "2026-02-19 13:27",
        "frm": ("Sabine Hürtgen", "s.huertgen@eifelstahl.example.de"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Einladung zum Telefoninterview – Strategischer Einkäufer (m/w/d)",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen, und wir möchten "
            "Sie gerne in einem ersten Telefoninterview näher kennenlernen.\n\n"
            "Termin: Dienstag, 24. Februar 2026, 14:00 Uhr\n"
            "Dauer: ca. 30 Minuten\n"
            "Gesprächspartner: Sabine Hürtgen (HR) und Frank Pütz (Leiter Einkauf)\n\n"
            "Wir rufen Sie unter der in Ihrem Lebenslauf angegebenen Nummer an. Das Gespräch "
            "kann gerne auf Englisch oder Französisch geführt werden, falls Ihnen das "
            "lieber ist.\n\n"
            "Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Hürtgen\n"
            "HR Business Partner\n"
            "Eifelstahl GmbH\n"
            "Cockerillstraße 40, 52222 Stolberg\n"
            "Telefon +49 2402 1287-340\n\n"
            "Eifelstahl GmbH, Sitz Stolberg, Amtsgericht Aachen HRB 4711, "
            "Geschäftsführer: Dr. Heinz Offermann"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Eifelstahl", "contact": "s.huertgen@eifelstahl.example.de",
    },
    {
        "id": "K1", "kind": "interview_invitation", "lang": "de",
        "slug": "rurtal_personal_vorstellung_oecher_moebelwerke",
        "date": "2026-05-05 11:12",
        "frm": ("Dennis Kohnen", "dennis.kohnen@rurtal-personal.example.de"),
        "subject": "WG: Vorstellungsgespräch Einkaufssachbearbeiter – Öcher Möbelwerke",
        "text": (
            "Hallo Herr Mbemba-Lefort,\n\n"
            "gute Nachrichten: Die Öcher Möbelwerke möchten Sie kennenlernen! Unten bzw. im "
            "Anhang finden Sie die Nachricht von Frau Dahmen aus der Personalabteilung mit "
            "allen Details.\n\n"
            "Kurz zusammengefasst: Montag, 11. Mai, 10:00 Uhr, Werk Aachen-Brand, "
            "Trierer Straße 651. Ich begleite Sie nicht persönlich, bin aber vorher "
            "telefonisch erreichbar.\n\n"
            "Bitte geben Sie mir bis morgen Bescheid, ob der Termin passt.\n\n"
            "Viele Grüße\n"
            "Dennis Kohnen\n"
            "Personalberater | Rurtal Personal\n"
            "Theaterstraße 12, 52062 Aachen | 0241 477 19-30"
        ),
        "fwd": {
            "id": "K1-inner", "date": "2026-05-05 10:31",
            "frm": ("Nicole Dahmen", "n.dahmen@oecher-moebelwerke.example.de"),
            "to": [("Dennis Kohnen", "dennis.kohnen@rurtal-personal.example.de")],
            "subject": "Vorstellungsgespräch Herr Mbemba-Lefort",
            "text": (
                "Hallo Herr Kohnen,\n\n"
                "danke für das Profil von Herrn Mbemba-Lefort. Wir würden ihn gerne am Montag, "
                "11.05., um 10:00 Uhr zu einem Vorstellungsgespräch einladen. Gesprächspartner "
                "sind Herr Lenzen (Leitung Einkauf) und ich. Dauer etwa eine Stunde, "
                "anschließend kurzer Rundgang durch die Fertigung.\n\n"
                "Bitte an der Pforte Werk Brand, Trierer Straße 651, melden.\n\n"
                "Beste Grüße\n"
                "Nicole Dahmen\n"
                "Personal | Öcher Möbelwerke"
            ),
        },
        "fwd_disposition": "attachment",
        "company": "Öcher Möbelwerke", "contact": "dennis.kohnen@rurtal-personal.example.de",
    },
    {
        "id": "B2", "kind": "interview_invitation", "lang": "de",
        "slug": "rhenapharm_einladung_teams_interview",
        "date": "2026-06-15 09:38",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Rhenapharm – Einladung zum Video-Interview am 23.06.",
        "subj_enc": ("b", "utf-8"),
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "vielen Dank für Ihre Bewerbung als Einkäufer (m/w/d) Rohstoffe & Packmittel. Wir "
            "freuen uns, Sie zu einem ersten Video-Interview über Microsoft Teams einzuladen:"
            "\n\n"
            "Dienstag, 23. Juni 2026, 10:00–10:45 Uhr\n"
            "Teilnehmende: Thorsten Weyers (Head of Procurement) und Jana Kessler (HR)\n"
            "Link: https://teams.example.de/meet/rhenapharm-einkauf-2306\n\n"
            "Das Gespräch findet auf Deutsch statt; einzelne Fragen stellen wir auf "
            "Englisch, da unsere Lieferanten überwiegend international sind.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Kessler\n"
            "HR Business Partner\n\n"
            "Rhenapharm GmbH | Werk Aachen-Eilendorf | Von-Coels-Straße 210 | 52080 Aachen\n"
            "Sitz der Gesellschaft: Aachen | Registergericht: Amtsgericht Aachen HRB 19822\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie "
            "diese E-Mail."
        ),
        "cte": "base64",
        "company": "Rhenapharm", "contact": "jana.kessler@rhenapharm.example.de",
    },
    {
        "id": "B5", "kind": "interview_invitation", "lang": "de",
        "slug": "rhenapharm_einladung_werksbesuch",
        "date": "2026-07-01 15:06",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Einladung: Zweitgespräch und Werksrundgang Rhenapharm, 09.07.2026",
        "text": (
            "Guten Tag Herr Mbemba-Lefort,\n\n"
            "nach dem guten Gespräch vom 25. Juni möchten wir Sie gerne zu einem "
            "persönlichen Zweitgespräch in unser Werk in Aachen-Eilendorf einladen.\n\n"
            "Donnerstag, 9. Juli 2026, 13:00–16:00 Uhr\n"
            "- Gespräch mit Thorsten Weyers und Dr. Katrin Offermanns (Werkleitung)\n"
            "- Werksrundgang Wareneingang und Packmittellager (bitte geschlossene Schuhe)\n"
            "- kurze Präsentation: Ihre ersten 100 Tage im Einkauf (10 Minuten, ohne Folien "
            "möglich)\n\n"
            "Eine Kalendereinladung ist beigefügt. Reisekosten erstatten wir Ihnen gerne.\n\n"
            "Freundliche Grüße\n"
            "Jana Kessler\n"
            "HR Business Partner | Rhenapharm\n"
            "Tel. +49 241 9180-4417"
        ),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "rp-zweitgespraech-9c1e@rhenapharm.example.de",
                "tzid": "Europe/Berlin", "start": "2026-07-09 13:00",
                "end": "2026-07-09 16:00",
                "summary": "Zweitgespräch Einkäufer Rohstoffe & Packmittel – Mbemba-Lefort",
                "location": "Rhenapharm Werk Eilendorf, Von-Coels-Straße 210, Aachen, "
                            "Empfang Geb. 3",
                "organizer": ("Jana Kessler", "jana.kessler@rhenapharm.example.de")},
        "company": "Rhenapharm", "contact": "jana.kessler@rhenapharm.example.de",
    },
    {
        "id": "O1", "kind": "interview_invitation", "lang": "de",
        "slug": "rurtec_einladung_assessment_center",
        "date": "2026-07-06 10:45",
        "frm": ("Claudia Mertens", "c.mertens@rurtec.example.de"),
        "subject": "Einladung zum Assessment Center am 20. Juli 2026",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "wir freuen uns, Sie zu unserem eintägigen Assessment Center für die Position "
            "Einkäufer Elektronikkomponenten (m/w/d) einzuladen.\n\n"
            "Datum: Montag, 20. Juli 2026, 8:30 bis ca. 16:00 Uhr\n"
            "Ort: Rurtec Systems, Am Ellernbusch 9, 52355 Düren, Besucherempfang\n\n"
            "Der Tag umfasst eine Gruppenübung, eine Verhandlungssimulation mit einem "
            "Lieferanten und ein Einzelinterview. Bitte bringen Sie Ihren Personalausweis "
            "mit; ohne gültiges Ausweisdokument ist ein Zutritt zum Gelände leider nicht "
            "möglich.\n\n"
            "Eine Anfahrtsbeschreibung und den Ablaufplan finden Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Claudia Mertens\n"
            "Personalreferentin | Rurtec Systems GmbH"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "ics": {"method": "REQUEST", "uid": "AC-2026-07-20-EK@rurtec.example.de",
                "tzid": "Europe/Berlin", "start": "2026-07-20 08:30",
                "end": "2026-07-20 16:00",
                "summary": "Assessment Center Einkauf Elektronikkomponenten",
                "location": "Rurtec Systems, Am Ellernbusch 9, 52355 Düren",
                "organizer": ("Claudia Mertens", "c.mertens@rurtec.example.de"),
                "file": "AC_Rurtec_20072026.ics"},
        "pdfs": [("Ablaufplan_AC_20072026.pdf", [
            "Rurtec Systems - Assessment Center Einkauf",
            "Montag, 20. Juli 2026",
            "08:30 Empfang und Sicherheitsunterweisung",
            "09:15 Gruppenübung",
            "11:00 Verhandlungssimulation",
            "12:30 Mittagessen",
            "13:30 Einzelinterview",
            "15:30 Abschlussrunde",
            "Anfahrt: A4 Ausfahrt Düren, dann B56 Richtung Gewerbegebiet Ost.",
        ])],
        "company": "Rurtec Systems", "contact": "c.mertens@rurtec.example.de",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "E2", "kind": "interview_invitation", "lang": "en",
        "slug": "ardentis_greenhouse_schedule_screen",
        "date": "2026-03-16 14:27", "tz": "utc",
        "frm": ("Priya Raman via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Priya Raman", "priya.raman@ardentis.example.lu"),
        "subject": "Ardentis Defence Systems: let's schedule a first call",
        **alt([
            "Hi Yannick,",
            "Thanks again for your interest in the Supplier Quality & Procurement Specialist "
            "role. I'd love to set up a 30-minute phone screen to learn more about your "
            "background and walk you through the role.",
            "Please use the link below to choose a time that works for you this week:\n"
            "https://app.greenhouse.example/scheduling/ardentis/7f3e9a",
            "I'll call you on the number you provided. Looking forward to speaking with you!",
            "Best,\nPriya Raman\nTalent Acquisition Partner, Ardentis Defence Systems",
        ], lang="en"),
        "company": "Ardentis Defence Systems", "contact": "priya.raman@ardentis.example.lu",
    },
    {
        "id": "H5", "kind": "interview_invitation", "lang": "en",
        "slug": "moselle_steel_lever_second_round",
        "date": "2026-04-01 08:12", "tz": "utc",
        "frm": ("Moselle Steel Solutions", "no-reply@hire.lever.co"),
        "reply_to": ("Jérôme Kieffer", "jerome.kieffer@mosellesteel.example.lu"),
        "reply_enc": ("q", "iso-8859-1"),
        "subject": "Interview confirmed: Moselle Steel Solutions – Thursday, April 9",
        **alt([
            "Hi Yannick,",
            "Your interview with Moselle Steel Solutions for the position of Procurement "
            "Manager – Long Products has been scheduled.",
            "When: Thursday, April 9, 2026, 9:00 – 10:30 (CEST)\n"
            "Where: Rue de la Chiers 7, Differdange, Luxembourg\n"
            "With: Jérôme Kieffer (Director of Operations), Anke Schmit (CFO)",
            "The conversation will be held in English. Please bring a short overview of a "
            "negotiation you led, even if it was with a logistics provider rather than a "
            "steel supplier.",
            "If you need to make changes, simply reply to this email.",
            "Moselle Steel Solutions Recruiting",
        ], lang="en", footer="Sent via Lever"),
        "ics": {"method": "REQUEST", "uid": "lever-iv-2b71c0d9@hire.lever.co",
                "tzid": "Europe/Luxembourg", "start": "2026-04-09 09:00",
                "end": "2026-04-09 10:30",
                "summary": "Interview: Yannick Mbemba-Lefort / Moselle Steel Solutions",
                "location": "Rue de la Chiers 7, Differdange",
                "organizer": ("Jérôme Kieffer", "jerome.kieffer@mosellesteel.example.lu"),
                "prodid": "-//Lever//Interview Scheduling//EN"},
        "company": "Moselle Steel Solutions", "contact": "jerome.kieffer@mosellesteel.example.lu",
    },
    {
        "id": "Q2", "kind": "interview_invitation", "lang": "en",
        "slug": "helix_pharma_ashby_pick_a_time",
        "date": "2026-06-03 12:40",
        "frm": ("Sophie from Helix Pharma", "no-reply@ashbyhq.com"),
        "reply_to": ("Sophie van der Linden", "sophie.vanderlinden@helixpharma.example.nl"),
        "subject": "Next step: interview for Procurement Specialist, Direct Materials",
        **alt([
            "Hi Yannick,",
            "Great news – the hiring team would like to move forward with a 45-minute video "
            "interview with Ruben Claessens, our Procurement Lead for direct materials.",
            "Please pick a slot that suits you here:\n"
            "https://jobs.ashby.example/helixpharma/schedule/c91d",
            "Slots are available between June 8 and June 12. The interview will be in "
            "English and will cover your supplier management experience and a short "
            "discussion of a make-or-buy scenario.",
            "Any questions? Just reply to this email and it will come straight to me.",
            "Sophie van der Linden\nTalent Acquisition, Helix Pharma Maastricht",
        ], lang="en"),
        "company": "Helix Pharma Maastricht",
        "contact": "sophie.vanderlinden@helixpharma.example.nl",
    },
    {
        "id": "S2", "kind": "interview_invitation", "lang": "en",
        "slug": "hallbrook_video_interview",
        "date": "2026-07-28 16:20",
        "frm": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
        "subject": "Interview invitation - Junior Category Buyer",
        "text": (
            "Hi Yannick,\n\n"
            "Thanks for applying to Hallbrook Supply. We liked your application and would "
            "like to invite you to a video interview with me and Lotte Peeters, our Head of "
            "Category Management.\n\n"
            "Monday 3 August, 14:00-14:45 Brussels time, on Google Meet:\n"
            "https://meet.example.com/hbs-jcb-yannick\n\n"
            "You'll find a calendar invite attached. Nothing to prepare in particular - we "
            "just want to hear about how you manage your team's suppliers and carriers "
            "today.\n\n"
            "Cheers,\n"
            "Tom Gallagher\n"
            "People Partner | Hallbrook Supply\n"
            "Rue de la Loi 84, 1040 Brussels | +32 2 588 30 12"
        ),
        "ics": {"method": "REQUEST", "uid": "hbs-jcb-0803-1400@hallbrook.example.be",
                "start": "2026-08-03 14:00", "end": "2026-08-03 14:45",
                "summary": "Hallbrook Supply – Junior Category Buyer interview",
                "location": "Google Meet",
                "organizer": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "cte": "base64"},
        "company": "Hallbrook Supply", "contact": "tom.gallagher@hallbrook.example.be",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "M2", "kind": "interview_invitation", "lang": "es",
        "slug": "ebrofrio_entrevista_telefonica",
        "date": "2026-04-28 12:15",
        "frm": ("Javier Pueyo Lasheras", "javier.pueyo@ebrofrio.example.es"),
        "subject": "Entrevista telefónica - Comprador/a de producto fresco",
        "text": (
            "Hola, Yannick:\n\n"
            "Soy Javier Pueyo, responsable de compras de Ebrofrío Distribución. He leído tu "
            "candidatura y me gustaría hablar contigo por teléfono para conocerte un poco "
            "mejor.\n\n"
            "¿Te vendría bien el martes 5 de mayo a las 17:00? Serán unos 30 minutos. Si "
            "prefieres hacerlo en francés o en inglés no hay problema, aunque el puesto "
            "requiere un buen nivel de español con los proveedores de la huerta.\n\n"
            "Un saludo,\n\n"
            "Javier Pueyo Lasheras\n"
            "Jefe de Compras\n"
            "Ebrofrío Distribución\n"
            "Plataforma Logística PLAZA, Calle Turiaso 12, 50197 Zaragoza\n"
            "Tel. 976 45 81 20"
        ),
        "cte": "8bit",
        "company": "Ebrofrío Distribución", "contact": "javier.pueyo@ebrofrio.example.es",
    },
    {
        "id": "G2", "kind": "interview_invitation", "lang": "es",
        "slug": "cierzo_hogar_videoentrevista",
        "date": "2026-05-12 10:28",
        "frm": ("Cierzo Hogar - Selección", "cierzohogar@smartrecruiters.com"),
        "reply_to": ("Marta Lahoz", "marta.lahoz@cierzohogar.example.es"),
        "subject": "Invitación a videoentrevista - Técnico/a de compras",
        **alt([
            "Hola Yannick:",
            "Gracias por tu interés en Cierzo Hogar. Nos gustaría conocerte en una "
            "videoentrevista el lunes 18 de mayo a las 9:30 (hora peninsular), con una "
            "duración aproximada de 40 minutos.",
            "Participarán Marta Lahoz (Selección) y Daniel Royo (Jefe de Compras). Te "
            "enviaremos el enlace de Teams el día anterior.",
            "Por favor, confírmanos tu asistencia respondiendo a este correo.",
            "Un saludo,\nMarta Lahoz\nTécnica de Selección · Cierzo Hogar",
        ], lang="es"),
        "cte": "quoted-printable",
        "company": "Cierzo Hogar", "contact": "marta.lahoz@cierzohogar.example.es",
    },
    {
        "id": "L1", "kind": "interview_invitation", "lang": "es",
        "slug": "ebro_empleo_entrevista_harinera_jalon",
        "date": "2026-06-22 13:50",
        "frm": ("Lucía Sanjuán", "lucia.sanjuan@ebroempleo.example.es"),
        "subject": "Entrevista con Harinera del Jalón - jueves 25",
        "text": (
            "Buenas tardes, Yannick:\n\n"
            "Te escribo de Ebro Empleo ETT. Nuestro cliente Harinera del Jalón, de "
            "Épila, quiere entrevistarte para el puesto de auxiliar de compras y "
            "aprovisionamiento (contrato de puesta a disposición de 6 meses).\n\n"
            "La entrevista será en nuestra oficina, el jueves 25 de junio a las 10:00, con "
            "el responsable de compras de la harinera, el Sr. Ángel Marco.\n"
            "Dirección: Ebro Empleo, Paseo de la Independencia 24, 3.º B, 50004 Zaragoza.\n\n"
            "Trae el DNI/NIE y el CV actualizado. Confírmame, por favor.\n\n"
            "Saludos,\n"
            "Lucía Sanjuán\n"
            "Consultora de selección - Ebro Empleo ETT\n"
            "976 23 90 41 / 654 31 88 02"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Harinera del Jalón", "contact": "lucia.sanjuan@ebroempleo.example.es",
    },
    {
        "id": "U1", "kind": "interview_invitation", "lang": "es",
        "slug": "aceros_moncayo_entrevista_presencial",
        "parent": "U0", "quote": "gmail",
        "date": "2026-08-31 09:17",
        "frm": ("Pilar Gimeno", "pilar.gimeno@acerosmoncayo.example.es"),
        "subject": "RE: Candidatura - Comprador técnico (Ref. AM-0726)",
        "text": (
            "Buenos días, Sr. Mbemba-Lefort:\n\n"
            "Muchas gracias por su candidatura. Nos interesa su perfil y le invitamos a una "
            "entrevista presencial en nuestras instalaciones de Tarazona el martes 8 de "
            "septiembre a las 11:00. Le recibirán el director de compras, D. Fernando "
            "Aznar, y una servidora.\n\n"
            "Le adjunto la convocatoria para su calendario. Si la fecha no le viene bien, "
            "indíquenos otra disponibilidad esa misma semana.\n\n"
            "Un cordial saludo,\n\n"
            "Pilar Gimeno\n"
            "Responsable de Recursos Humanos\n"
            "Aceros Moncayo\n"
            "Polígono Industrial Tarazona, parcela 21, 50500 Tarazona (Zaragoza)"
        ),
        "ics": {"method": "REQUEST", "uid": "am-entrevista-0726-01@acerosmoncayo.example.es",
                "tzid": "Europe/Madrid", "start": "2026-09-08 11:00",
                "end": "2026-09-08 12:00",
                "summary": "Entrevista Comprador técnico - Y. Mbemba-Lefort",
                "location": "Aceros Moncayo, Pol. Ind. Tarazona, parcela 21",
                "organizer": ("Pilar Gimeno", "pilar.gimeno@acerosmoncayo.example.es")},
        "company": "Aceros Moncayo", "contact": "pilar.gimeno@acerosmoncayo.example.es",
    },
    {
        "id": "X1", "kind": "interview_invitation", "lang": "es",
        "slug": "consorcio_hospitalario_prueba_conocimientos",
        "date": "2026-09-14 14:05",
        "frm": ("Unidad de Compras - Selección", "seleccion.compras@cha-salud.example.es"),
        "reply_to": ("Rosa Escartín", "rosa.escartin@cha-salud.example.es"),
        "subject": "Citación a prueba de conocimientos y entrevista - Técnico/a de Compras",
        "subj_enc": ("q", "iso-8859-1"),
        **html_only([
            "Estimado/a candidato/a:",
            "Nos complace comunicarle que ha superado la fase de valoración curricular del "
            "proceso de selección de Técnico/a de Compras para la Unidad de Compras "
            "Centralizadas del Consorcio Hospitalario de Aragón.",
            "Queda citado/a a la prueba de conocimientos (contratación pública y gestión de "
            "stocks sanitarios) y a la posterior entrevista personal el jueves 24 de "
            "septiembre de 2026 a las 9:00, en el Aula 3 del edificio de Servicios "
            "Centrales, Avenida de Navarra 61, Zaragoza.",
            "Deberá acudir provisto/a de DNI o NIE. La incomparecencia supondrá la "
            "exclusión del proceso.",
            "Para cualquier consulta puede dirigirse a Rosa Escartín respondiendo a este "
            "correo.",
            "Unidad de Compras Centralizadas\nConsorcio Hospitalario de Aragón",
        ], lang="es", brand="Consorcio Hospitalario de Aragón", color="#005f73"),
        "company": "Consorcio Hospitalario de Aragón",
        "contact": "rosa.escartin@cha-salud.example.es",
    },
]
