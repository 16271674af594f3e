"""Corpus 275 — interview invitations (26), reschedules/cancellations (15), missed (10)."""

from __future__ import annotations

from msgs275_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)
from msgs275_other import (
    CAND_APPLICATION_PMS,
    CAND_RESCHEDULE_CHILDRENFIRST,
    CAND_RESCHEDULE_CPASVAUX,
    CAND_RESCHEDULE_WURMTAL,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

NATHALIE = ("Nathalie Dewandre", "n.dewandre@cpas-vauxourthe.example.be")
JULIEN = ("Julien Lhoest", "julien.lhoest@aldegonde.example.be")
LAETITIA = ("Laetitia Renard", "laetitia.renard@horizon-interim.example.be")
CLAIRE = ("Claire Weber", "claire.weber@kannerhaff.example.lu")
FATIMA = ("Fatima Ouali", "f.ouali@entraide-midi.example.be")
KARIM = ("Karim Benali", "karim.benali@amo-arcenciel.example.be")
MARC = ("Marc Jacquemin", "marc.jacquemin@hautval.example.be")
ANNE = ("Anne Schyns", "anne.schyns@lestilleuls.example.be")
ISABELLE = ("Isabelle Thiry", "i.thiry@cpas-rochefontaine.example.be")
THOMAS = ("Thomas Vandeput", "t.vandeput@sociajob.example.be")
PAULINE = ("Pauline Gérard", "pauline.gerard@croixverte.example.be")
VERONIQUE = ("Véronique Lejeune", "v.lejeune@pmsvesdre.example.be")
JANA = ("Jana Offermann", "j.offermann@klinikum-wurmtal.example.de")
STEFAN = ("Stefan Kreutzer", "kreutzer@kinderhilfe-burtscheid.example.de")
DENNIS = ("Dennis Brandt", "d.brandt@pflegewerk-personal.example.de")
BIRGIT = ("Birgit Rosenbaum", "b.rosenbaum@fz-lousberg.example.de")
FRANK = ("Frank Meessen", "f.meessen@foerderschule-wurmbogen.example.de")
ULRIKE = ("Ulrike Franzen", "u.franzen@sozialdienst-kornelimuenster.example.de")
EVA = ("Eva Janssen", "eva.janssen@mosamaas.example.nl")
HANNAH = ("Hannah Byrne", "hannah.byrne@childrenfirst.example.eu")
TOM = ("Tom Peeters", "tom.peeters@jekeryouth.example.nl")
LUCIA = ("Lucía Romero", "lucia.romero@giraldasolidaria.example.es")
JAVIER = ("Javier Ortega", "javier.ortega@losnaranjos.example.es")

# =============================================================== interview_invitation (26)

_CPV = """Madame Marchetti-Owusu,

Suite à l'examen de votre candidature au poste d'auxiliaire sociale (cellule petite enfance, contrat APE à 4/5e), nous avons le plaisir de vous inviter à un entretien devant le comité de sélection.

Date : mardi 10 mars 2026 à 10h00
Lieu : CPAS de Vaux-Ourthe, salle du Conseil (1er étage), Rue de l'Église 5, 4130 Vaux-Ourthe
Durée : environ 45 minutes, précédées d'une courte mise en situation écrite (30 minutes)

Le comité sera composé de Mme la Présidente du CPAS, de la Directrice générale et de moi-même.

Je vous remercie de bien vouloir accepter l'invitation jointe ou de me confirmer votre présence par retour de mail.

Bien cordialement,

Nathalie Dewandre
Assistante sociale en chef
CPAS de Vaux-Ourthe
Rue de l'Église 5 – 4130 Vaux-Ourthe
Tél. 04 368 90 12 – GSM 0479 33 18 52"""
add(M(
    kind="interview_invitation", slug="cpasvaux_invite", lang="fr",
    company="CPAS de Vaux-Ourthe", contact=NATHALIE[1],
    frm=NATHALIE, subject="Invitation : entretien de sélection – auxiliaire sociale",
    date="2026-02-24 11:32 +0100", parent="cpasvaux_ack",
    text=_CPV, html=outlook_html(mso(_CPV)),
    ics={"method": "REQUEST", "uid": "cpasvaux-sel-2026-0310@cpas-vauxourthe.example.be",
         "seq": 0, "start": "2026-03-10 10:00 +0100", "minutes": 75,
         "summary": "Entretien de sélection – auxiliaire sociale",
         "location": "CPAS de Vaux-Ourthe, salle du Conseil",
         "organizer": NATHALIE},
    ics_mode="both",
))

add(M(
    kind="interview_invitation", slug="aldegonde_invite", lang="fr",
    company="Clinique Sainte-Aldegonde", contact=JULIEN[1],
    frm=JULIEN, subject="Entretien pour le poste d'auxiliaire sociale - jeudi 16 avril",
    date="2026-04-08 09:15 +0200",
    text="""Bonjour Madame Marchetti-Owusu,

Votre candidature pour le poste d'auxiliaire sociale (réf. CSA-26-031) a retenu notre attention et nous souhaitons vous rencontrer.

Je vous propose un premier entretien en visioconférence le jeudi 16 avril à 10h30, avec Mme Dujardin, cheffe du service social, et moi-même. Comptez environ 40 minutes.

Lien Teams : https://teams.example.com/l/meetup-join/csa-26-031-entretien

Merci de me confirmer que ce créneau vous convient.

Bien à vous,

Julien Lhoest
Chargé de recrutement - Ressources humaines
Clinique Sainte-Aldegonde
Rue des Vignerons 14, 4000 Liège
Tél. +32 4 221 53 80
""",
))

add(M(
    kind="interview_invitation", slug="horizon_client_invite", lang="fr",
    company="Maison d'accueil Les Glycines", contact=LAETITIA[1],
    frm=LAETITIA, subject="Rendez-vous aux Glycines mardi 16/06",
    date="2026-06-10 10:21 +0200", parent="horizon_registration",
    text="""Bonjour Élodie,

Bonne nouvelle : j'ai présenté votre profil à la Maison d'accueil Les Glycines pour le poste d'aide sociale de nuit (remplacement de longue durée, possibilité de CDI), et la directrice, Mme Gilson, souhaite vous rencontrer.

Rendez-vous mardi 16 juin à 14h00, Rue des Tanneries 8 à Namur (sonnez à l'accueil, deuxième porte à gauche après le parking).

Prévoyez une copie de votre diplôme de puéricultrice et votre extrait de casier judiciaire (modèle 2), ils vous le demanderont.

Tenez-moi au courant après l'entretien !

Laetitia Renard
Consultante – Secteur social & santé
Horizon Intérim – Agence de Namur
GSM +32 478 61 20 44
""",
))

_KAI = """Madame,

Nous vous remercions pour votre candidature au poste d'assistante sociale adjointe pour notre future maison relais d'Esch-sur-Alzette.

Nous avons le plaisir de vous convier à un entretien devant un jury de trois personnes le mardi 26 mai 2026 à 09h30, dans nos bureaux du 12, rue de l'Alzette à Esch-sur-Alzette.

Nous vous demanderons de présenter en dix minutes une situation familiale que vous avez accompagnée, en respectant l'anonymat des personnes. L'entretien se poursuivra par un échange avec le jury (environ 45 minutes au total).

Une invitation de calendrier est jointe à ce message.

Avec mes salutations distinguées,

Claire Weber
Responsable ressources humaines
Fondation Kannerhaff
Tél. +352 54 88 21 30"""
add(M(
    kind="interview_invitation", slug="kannerhaff_invite", lang="fr",
    company="Fondation Kannerhaff", contact=CLAIRE[1],
    frm=CLAIRE, subject="Convocation à un entretien – assistante sociale adjointe",
    date="2026-05-11 14:05 +0200", parent="kannerhaff_ack",
    text=_KAI, html=outlook_html(mso(_KAI)),
    ics={"method": "REQUEST", "uid": "kh-jury-20260526-0930@kannerhaff.example.lu",
         "seq": 0, "start": "2026-05-26 09:30 +0200", "minutes": 60,
         "summary": "Entretien jury – assistante sociale adjointe",
         "location": "Fondation Kannerhaff, 12 rue de l'Alzette, Esch-sur-Alzette",
         "organizer": CLAIRE},
    ics_cte="base64",
))

add(M(
    kind="interview_invitation", slug="chmosan_booking", lang="fr",
    company="Centre Hospitalier Mosan", contact="",
    frm=("Centre Hospitalier Mosan", "no-reply@teamtailor-mail.com"),
    subject="Choisissez votre créneau d'entretien – Centre Hospitalier Mosan",
    date="2026-03-16 08:02 +0000", parent="chmosan_ack",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")],
    html=ats_card(
        "Centre Hospitalier Mosan", "#1d4e89", "Invitation à un entretien",
        paras("""Bonjour Élodie,

Votre candidature pour le poste d'assistante en travail social – Maternité nous intéresse et nous aimerions vous rencontrer sur notre site de Salzinnes.

Choisissez l'un des créneaux proposés entre le 23 et le 27 mars via le bouton ci-dessous. L'entretien dure une heure et se déroule avec la responsable du service social et une sage-femme cheffe.

Si aucun créneau ne vous convient, répondez-nous via votre espace candidat.

À bientôt,
L'équipe recrutement du CHM"""),
        button=("Choisir un créneau", "https://chmosan.example.be/teamtailor/booking/8f31c2"),
        footer="Centre Hospitalier Mosan · Avenue de la Citadelle 52, 5000 Namur",
    ),
))

add(M(
    kind="interview_invitation", slug="entraide_invite", lang="fr",
    company="Entraide Bruxelles-Midi", contact=FATIMA[1],
    frm=FATIMA, subject="On se voit jeudi ?",
    date="2026-09-01 12:40 +0200", parent="entraide_ack",
    text="""Coucou Élodie,

J'ai lu ta candidature pour le poste d'assistante d'accueil social, et franchement elle m'a donné envie d'en savoir plus.

Tu serais dispo ce jeudi 3 septembre vers 14h pour qu'on en parle autour d'un café à la permanence ? Nadia, qui coordonne l'accueil des familles, se joindra à nous. Rien de très formel, on te fera juste visiter et on discutera de ce que tu cherches.

On est au 27 rue de la Clinique, à deux pas de la gare du Midi.

Dis-moi si ça te va !
Fatima
""",
))

add(M(
    kind="interview_invitation", slug="amo_screen", lang="fr",
    company="AMO Arc-en-Ciel", contact=KARIM[1],
    frm=KARIM, subject="Votre candidature : premier contact téléphonique",
    date="2026-10-01 15:10 +0200",
    charset="windows-1252", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    text="""Bonjour Madame Marchetti-Owusu,

Merci pour votre candidature au poste d'intervenante sociale de notre AMO à Jambes.

Avant d'organiser une rencontre avec l'équipe, je souhaiterais faire un premier point téléphonique d'une vingtaine de minutes avec vous : votre parcours, vos disponibilités, ce qui vous attire dans le travail en milieu ouvert.

Je vous propose de vous appeler le mardi 6 octobre à 10h00 sur le numéro indiqué dans votre CV (0472…). Si l'heure ne vous convient pas, proposez-m'en une autre.

Bien à vous,

Karim Benali
Directeur
AMO Arc-en-Ciel – Service d'aide en milieu ouvert
Rue de Dave 118, 5100 Jambes
081 30 77 45
""",
))

add(M(
    kind="interview_invitation", slug="hautval_epreuve", lang="fr",
    company="Commune de Hautval", contact=MARC[1],
    frm=MARC, subject="Convocation - épreuve écrite du 3 février 2026",
    date="2026-01-19 14:30 +0100",
    charset="iso-8859-1", cte="base64", subj_enc=("iso-8859-1", "B"),
    text="""Madame,

Votre candidature au poste d'agent d'insertion sociale (échelle D6, contrat à durée indéterminée) a été déclarée recevable.

Vous êtes dès lors invitée à présenter l'épreuve écrite le mardi 3 février 2026 à 9h00, à la salle du Conseil de l'Administration communale, Place du Perron 1 à Hautval.

L'épreuve dure deux heures et porte sur la législation relative au droit à l'intégration sociale ainsi que sur une étude de cas. Les candidats ayant obtenu au moins 50 % seront convoqués à une épreuve orale.

Munissez-vous de votre carte d'identité. La convocation officielle est jointe.

Veuillez agréer, Madame, nos salutations distinguées.

Marc Jacquemin
Service du personnel
Administration communale de Hautval
04 380 12 70
""",
    pdf=[{"filename": "Convocation_epreuve_ecrite.pdf",
          "title": "Commune de Hautval - Convocation",
          "lines": ["Madame Élodie Marchetti-Owusu",
                    "Objet : recrutement d'un agent d'insertion sociale (D6)",
                    "Épreuve écrite : mardi 3 février 2026 à 9h00",
                    "Lieu : salle du Conseil, Place du Perron 1, 4140 Hautval",
                    "Se munir de la carte d'identité.",
                    "Par le Collège, le Directeur général"]}],
))

add(M(
    kind="interview_invitation", slug="tilleuls_trial", lang="fr",
    company="École fondamentale Les Tilleuls", contact=ANNE[1],
    frm=ANNE, subject="Proposition d'une journée d'immersion",
    date="2026-05-12 19:40 +0200", parent="tilleuls_cv",
    text="""Madame Marchetti-Owusu,

Après lecture de votre dossier avec le pouvoir organisateur, nous aimerions vous proposer une journée d'immersion dans notre école avant toute décision.

Le jeudi 21 mai, de 7h30 à 16h : accueil du matin, garderie de midi avec les maternelles, puis étude dirigée et accueil du soir. Ce sera l'occasion de rencontrer l'équipe extrascolaire et de nous montrer comment vous travaillez avec les enfants.

Pourriez-vous me confirmer votre présence ?

Anne Schyns
Directrice – École fondamentale Les Tilleuls
Rue des Tilleuls 22, 4800 Verviers
087 22 15 63
""",
))

add(M(
    kind="interview_invitation", slug="rochefontaine_jury", lang="fr",
    company="CPAS de Rochefontaine", contact=ISABELLE[1],
    frm=ISABELLE, subject="Convocation à l'épreuve orale – 10 février 2026",
    date="2026-01-27 10:00 +0100", parent="rochefontaine_ack",
    cte="base64",
    text="""Madame,

J'ai le plaisir de vous informer que vous avez réussi l'épreuve de sélection sur dossier pour la fonction d'auxiliaire administrative et sociale.

Vous êtes convoquée à l'épreuve orale qui se tiendra le mardi 10 février 2026 à 14h15, au siège du CPAS, Rue du Vieux Moulin 3 à Rochefontaine. Le jury sera composé de la Présidente, d'un membre du Conseil de l'action sociale, d'un expert externe et de moi-même.

L'épreuve (30 minutes) évaluera votre motivation, votre connaissance des missions d'un CPAS et votre aptitude à accueillir un public fragilisé.

En cas d'empêchement, merci de prévenir le secrétariat au 084 22 41 90 au plus tard 48 heures à l'avance.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Isabelle Thiry
Directrice générale
CPAS de Rochefontaine

Ce courriel et ses éventuelles annexes sont confidentiels et ne peuvent être utilisés que par leur destinataire. Le CPAS traite vos données à caractère personnel conformément au RGPD ; plus d'informations auprès de notre délégué à la protection des données.
""",
))

_SJP = """Bonjour Élodie,

Comme évoqué au téléphone, j'ai présenté votre candidature à la Maison médicale du Parvis à Saint-Gilles pour le poste d'accueillante sociale (mi-temps, extensible à 4/5e en janvier). Ils sont partants pour vous rencontrer !

Entretien : vendredi 7 août à 10h00
Adresse : Parvis de Saint-Gilles 31, 1060 Bruxelles
Personnes présentes : Dr Claessens (médecin coordinateur) et Mme Bah (assistante sociale)

Ils apprécient beaucoup votre expérience de puéricultrice pour les consultations ONE du mercredi. Je vous envoie un petit mémo de préparation demain.

Cordialement,

Thomas Vandeput
Talent Partner – Social Profit
Sociajob · Avenue Louise 231, 1050 Bruxelles
+32 2 640 18 77"""
add(M(
    kind="interview_invitation", slug="sociajob_parvis_invite", lang="fr",
    company="Maison médicale du Parvis", contact=THOMAS[1],
    frm=THOMAS, subject="Entretien à la Maison médicale du Parvis – vendredi 7/08",
    date="2026-08-03 09:35 +0200",
    text=_SJP, html=outlook_html(mso(_SJP)), html_cte="base64",
))

_CVA = """Bonjour Élodie,

Bonne nouvelle : votre candidature pour la fonction d'assistante sociale adjointe – Service Tracing passe à l'étape suivante.

Nous vous invitons à notre journée d'évaluation (assessment center) le mardi 21 avril 2026, de 9h00 à 16h00, dans nos locaux de Namur (Chaussée de Louvain 410, 5004 Bouge).

Au programme : une mise en situation d'accueil, un exercice de groupe, une étude de cas écrite et un court entretien individuel. Le dîner est offert.

Merci de confirmer votre participation via le bouton ci-dessous avant le 10 avril. Pour toute question, répondez à ce message : Pauline Gérard, chargée de recrutement, vous répondra.

L'équipe Ressources humaines
Croix-Verte Belgique"""
add(M(
    kind="interview_invitation", slug="croixverte_assessment", lang="fr",
    company="Croix-Verte Belgique", contact=PAULINE[1],
    frm=("Croix-Verte Belgique", "no-reply@jobs.recruitee.com"),
    reply_to=PAULINE, name_enc=("iso-8859-1", "Q"),
    subject="Invitation à notre journée d'évaluation du 21 avril",
    date="2026-03-30 07:55 +0000",
    text=_CVA,
    html=ats_card("Croix-Verte Belgique", "#2e7d32", "Invitation – journée d'évaluation",
                  paras(_CVA), button=("Je confirme ma participation",
                                       "https://croixverte.example.be/recruitee/confirm/a91"),
                  footer="Envoyé via Recruitee"),
))

_PMI = f"""Bonjour Madame Marchetti-Owusu,

Merci pour votre candidature, qui a retenu toute notre attention.

Nous souhaiterions vous rencontrer en visioconférence le mardi 23 juin à 14h00 pour un entretien d'environ 45 minutes avec Mme Noirfalise, assistante sociale du centre, et moi-même.

Lien de connexion : https://visio.pmsvesdre.example.be/entretien-auxiliaire

Pouvez-vous me confirmer votre disponibilité ?

Véronique Lejeune
Directrice
Centre PMS de la Vesdre
Rue de Limbourg 40, 4800 Verviers
087 31 62 09

{outlook_block("fr", CAND_NAME, CAND_ADDR, "2026-06-08 21:14", "Véronique Lejeune", "Candidature – auxiliaire psycho-sociale")}

{CAND_APPLICATION_PMS}"""
add(M(
    kind="interview_invitation", slug="pms_invite", lang="fr",
    company="Centre PMS de la Vesdre", contact=VERONIQUE[1],
    frm=VERONIQUE, subject="RE: Candidature – auxiliaire psycho-sociale",
    date="2026-06-15 13:22 +0200", parent="cand_pms_application",
    text=_PMI, html=outlook_html(mso(_PMI)),
))

# --- German (7)

_WUI = """Sehr geehrte Frau Marchetti-Owusu,

vielen Dank für Ihre Bewerbung als Assistenz Sozialdienst / Entlassmanagement (m/w/d). Wir möchten Sie gern persönlich kennenlernen!

Bitte wählen Sie über den folgenden Link einen Termin für ein Vorstellungsgespräch in unserem Haus in Würselen. Zur Auswahl stehen Termine zwischen dem 6. und dem 10. April 2026.

Das Gespräch führen Frau Offermann (Personalabteilung) und Herr Dr. Classen (Leitung Sozialdienst). Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Wurmtal"""
add(M(
    kind="interview_invitation", slug="wurmtal_invite", lang="de",
    company="Klinikum Wurmtal", contact=JANA[1],
    frm=("Klinikum Wurmtal", "noreply@softgarden.io"), reply_to=JANA,
    subject="Einladung zum Vorstellungsgespräch – Klinikum Wurmtal",
    date="2026-03-23 08:15 +0000", parent="wurmtal_ack",
    text=_WUI + "\n\nTermin auswählen: https://klinikum-wurmtal.example.de/softgarden/slots/5521",
    html=ats_card("Klinikum Wurmtal", "#00695c", "Einladung zum Vorstellungsgespräch",
                  paras(_WUI), button=("Termin auswählen",
                                       "https://klinikum-wurmtal.example.de/softgarden/slots/5521"),
                  footer="Diese E-Mail wurde über softgarden versendet.", lang="de"),
))

_BUI = """Liebe Frau Marchetti-Owusu,

herzlichen Dank für Ihre Bewerbung als Sozialassistentin in unserer Familienhilfe.

Wir laden Sie ein zu einem Gespräch mit unserem Auswahlgremium (Bereichsleitung, Mitarbeitervertretung und eine Kollegin aus dem Team Frühe Hilfen) am Donnerstag, 11. Juni 2026, um 10:00 Uhr in der Geschäftsstelle, Burtscheider Markt 9, 52066 Aachen.

Bitte planen Sie etwa eine Stunde ein. Eine Kalendereinladung ist beigefügt; wenn Sie den Termin annehmen, ist das für uns Bestätigung genug.

Viele Grüße
Stefan Kreutzer
Bereichsleitung Familienhilfe
Kinderhilfe Burtscheid
Tel. 0241 91 63 70"""
add(M(
    kind="interview_invitation", slug="burtscheid_invite", lang="de",
    company="Kinderhilfe Burtscheid", contact=STEFAN[1],
    frm=STEFAN, subject="Einladung Vorstellungsgespräch 11.06. – Sozialassistenz Familienhilfe",
    date="2026-06-02 16:40 +0200", parent="burtscheid_ack",
    text=_BUI, html=outlook_html(mso(_BUI), "DE"),
    ics={"method": "REQUEST", "uid": "kb-vg-20260611@kinderhilfe-burtscheid.example.de",
         "seq": 0, "start": "2026-06-11 10:00 +0200", "minutes": 60,
         "summary": "Vorstellungsgespräch Sozialassistenz Familienhilfe",
         "location": "Burtscheider Markt 9, 52066 Aachen", "organizer": STEFAN},
))

add(M(
    kind="interview_invitation", slug="pflegewerk_invite", lang="de",
    company="Jugendhilfe Haaren", contact=DENNIS[1],
    frm=DENNIS, subject="Vorstellungstermin bei der Jugendhilfe Haaren",
    date="2026-02-10 11:00 +0100", parent="pflegewerk_registration",
    text="""Hallo Frau Marchetti-Owusu,

wie am Telefon besprochen, habe ich Ihr Profil (anonymisiert) an die Jugendhilfe Haaren geschickt – und die Wohngruppenleitung möchte Sie kennenlernen.

Termin: Dienstag, 17. Februar, 15:00 Uhr
Ort: Jugendhilfe Haaren, Alt-Haarener Straße 140, 52080 Aachen
Gesprächspartner: Frau Becker (Leitung Wohngruppe „Sonnenhof“) und Herr Wirtz (Pädagogische Leitung)

Ich begleite Sie nicht persönlich, rufe Sie aber am Montag kurz an, um das Gespräch vorzubereiten.

Viele Grüße
Dennis Brandt
Personalberater Soziales
Pflegewerk Personal
Mobil 0171 448 20 93
""",
))

add(M(
    kind="interview_invitation", slug="lousberg_phone", lang="de",
    company="Familienzentrum Lousberg", contact=BIRGIT[1],
    frm=BIRGIT, subject="Kurzes Telefonat?",
    date="2026-07-20 13:10 +0200", parent="lousberg_cv",
    text="""Liebe Frau Marchetti-Owusu,

bevor wir Sie ins Familienzentrum einladen, würde ich gern einmal mit Ihnen telefonieren – eine halbe Stunde, ganz unkompliziert.

Passt Ihnen Freitag, 24. Juli, zwischen 9 und 11 Uhr? Nennen Sie mir einfach eine Uhrzeit und die Nummer, unter der ich Sie erreiche.

Sonnige Grüße
Birgit Rosenbaum
Leitung Familienzentrum Lousberg
""",
))

add(M(
    kind="interview_invitation", slug="wurmbogen_hospitation", lang="de",
    company="Förderschule am Wurmbogen", contact=FRANK[1],
    frm=FRANK, subject="Einladung zum Hospitationstag am 22. Januar",
    date="2026-01-14 15:45 +0100",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    name_enc=("iso-8859-1", "Q"),
    text="""Sehr geehrte Frau Marchetti-Owusu,

vielen Dank für Ihre Bewerbung auf die Stelle in der Schulsozialarbeit.

Bevor wir Vorstellungsgespräche führen, laden wir alle Bewerberinnen und Bewerber der engeren Wahl zu einem Hospitationstag ein. Für Sie haben wir Donnerstag, den 22. Januar, von 8:00 bis 13:00 Uhr vorgesehen. Sie begleiten die Klasse 3b und unsere Schulsozialarbeiterin Frau Jansen; im Anschluss findet ein kurzes Gespräch mit mir statt.

Bitte melden Sie sich um 7:50 Uhr im Sekretariat.

Mit freundlichen Grüßen
Frank Meessen
Schulleitung
Förderschule am Wurmbogen
Wurmbogen 3, 52134 Herzogenrath
""",
))

add(M(
    kind="interview_invitation", slug="kornelimuenster_invite", lang="de",
    company="Sozialdienst Kornelimünster", contact=ULRIKE[1],
    frm=ULRIKE, subject="Kurzes Gespräch diese Woche?",
    date="2026-09-07 11:20 +0200",
    text="""Hallo Frau Marchetti-Owusu,

Ihre Bewerbung für das Ambulant Betreute Wohnen liegt bei mir auf dem Tisch, und ich würde Sie gern kennenlernen.

Hätten Sie am Donnerstag Zeit für ein kurzes Gespräch am Telefon? Ich könnte Sie um 10 Uhr anrufen, etwa 20 Minuten. Wenn das klappt, treffen wir uns danach gern persönlich hier in Kornelimünster.

Herzliche Grüße
Ulrike Franzen
Teamleitung Eingliederungshilfe
Sozialdienst Kornelimünster
""",
))

_RHI = """<p>Sehr geehrte Frau Marchetti-Owusu,</p>
<p>wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position <strong>Sozialassistenz Psychiatrie (Req 2026-1187)</strong> einzuladen.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Datum:</td><td>Mittwoch, 21. Oktober 2026</td></tr>
<tr><td>Uhrzeit:</td><td>13:30 Uhr</td></tr>
<tr><td>Ort:</td><td>Klinik Brand, Haus C, Raum 0.14, Trierer Straße 590, 52078 Aachen</td></tr>
</table>
<p>Bitte bestätigen Sie den Termin über Ihr Bewerberportal. Sollten Sie verhindert sein, teilen Sie uns bitte dort einen Alternativwunsch mit.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Rheinland Kliniken Verbund</p>"""
add(M(
    kind="interview_invitation", slug="rheinland_invite", lang="de",
    company="Rheinland Kliniken Verbund", contact="",
    frm=("Rheinland Kliniken Verbund", "rheinlandkliniken@icims.com"),
    subject="Einladung zum Vorstellungsgespräch am 21.10.2026",
    date="2026-10-12 06:50 +0000", parent="rheinland_ack",
    charset="windows-1252", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Rheinland Kliniken Verbund", "#283593", "Einladung zum Vorstellungsgespräch",
                  _RHI, button=("Termin bestätigen",
                                "https://careers-rheinlandkliniken.icims.example.de/confirm"),
                  footer="Bitte antworten Sie nicht direkt auf diese E-Mail.", lang="de"),
))

# --- English (3)

_MMS = """Hi Élodie,

Thanks for applying for the Youth Support Worker position at MosaMaas Care – we'd love to have a conversation with you.

Please use the link below to pick a time for a 45-minute interview with me and Ruud, our team lead in Wyck. The interview takes place at our office on Boschstraat, and we'll cover your experience with young children and families and how you see yourself in a youth-care team.

Schedule your interview: https://mosamaas.example.nl/greenhouse/schedule/yx7k2

If none of the times work, just reply to this email and I'll find another slot.

Best,
Eva Janssen
Talent Acquisition Partner | MosaMaas Care"""
add(M(
    kind="interview_invitation", slug="mosamaas_schedule", lang="en",
    company="MosaMaas Care", contact=EVA[1],
    frm=("Eva Janssen via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=EVA,
    subject="Interview invitation: Youth Support Worker at MosaMaas Care",
    date="2026-02-03 10:05 +0100", parent="mosamaas_ack",
    text=_MMS, html=plain_html(paras(_MMS), "en"),
))

add(M(
    kind="interview_invitation", slug="childrenfirst_screen", lang="en",
    company="Children First Europe", contact=HANNAH[1],
    frm=HANNAH, subject="Quick call about the Family Outreach Assistant role?",
    date="2026-04-20 16:12 +0200", parent="childrenfirst_ack",
    text="""Hi Élodie,

I'm the recruiter for the Family Outreach Assistant role in our Brussels office – thanks for your application, which stood out.

Before we bring you in to meet the programme team, I'd like to have a 20-minute phone screen: your background, your availability, salary expectations and your French/English working languages.

Would Thursday 23 April at 11:00 (Brussels time) work? I'd call you on the mobile number in your CV.

Kind regards,
Hannah Byrne
Talent Acquisition Lead
Children First Europe
Rue Belliard 65, 1040 Brussels
""",
))

_JKP = """Hi Élodie,

Great news – the hiring team would like to invite you to a panel interview for the Youth Worker Assistant role at Jeker Youth Services.

When: Thursday 9 July 2026, 14:00–15:00 (CEST)
Where: Jeker Youth Services, Sint Pieterskade 12, Maastricht
Panel: Tom Peeters (Programme Manager), Anouk Vos (Senior Youth Worker) and a youth representative from our advisory board

You'll be asked to walk us through a short scenario we'll send you 24 hours beforehand. A calendar invitation is attached; reply to this email if you need anything.

See you soon,
Tom Peeters"""
add(M(
    kind="interview_invitation", slug="jeker_panel", lang="en",
    company="Jeker Youth Services", contact=TOM[1],
    frm=("Jeker Youth Services", "no-reply@ashbyhq.com"), reply_to=TOM,
    subject="Panel interview – Youth Worker Assistant (9 July)",
    date="2026-07-01 09:30 +0000",
    text=_JKP, html=plain_html(paras(_JKP), "en"),
    ics={"method": "REQUEST", "uid": "ashby-jeker-7788-panel@ashbyhq.com", "seq": 0,
         "start": "2026-07-09 14:00 +0200", "minutes": 60,
         "summary": "Panel interview – Youth Worker Assistant",
         "location": "Jeker Youth Services, Sint Pieterskade 12, Maastricht",
         "organizer": TOM},
    ics_mode="both",
))

# --- Spanish (3)

_GRI = """Hola, Élodie:

Muchas gracias por tu interés en el puesto de técnica de integración social en nuestro programa de acompañamiento a familias en el Polígono Sur.

Nos gustaría conocerte en persona. ¿Te vendría bien una entrevista el jueves 2 de abril a las 10:00 en nuestra sede de la calle Feria 44, Sevilla? Estaremos Manuel Gil, coordinador del programa, y yo. La entrevista durará aproximadamente una hora.

Si te viene mejor por videollamada, dímelo y lo organizamos.

Un saludo,

Lucía Romero
Responsable de Personas
Fundación Giralda Solidaria
C/ Feria 44, 41003 Sevilla
Tel. 955 10 42 87"""
add(M(
    kind="interview_invitation", slug="giralda_invite", lang="es",
    company="Fundación Giralda Solidaria", contact=LUCIA[1],
    frm=LUCIA, subject="Entrevista – técnica de integración social",
    date="2026-03-25 12:15 +0100", parent="giralda_ack",
    text=_GRI, html=plain_html(paras(_GRI), "es"), cte="base64",
))

add(M(
    kind="interview_invitation", slug="santelmo_invite", lang="es",
    company="Hospital San Telmo", contact="",
    frm=("Hospital San Telmo", "hospitalsantelmo@taleo.net"),
    subject="Convocatoria a entrevista - Auxiliar de Trabajo Social (HST-0426)",
    date="2026-05-13 07:00 +0000", parent="santelmo_ack",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    html=plain_html("""<p>Estimada Sra. Marchetti-Owusu:</p>
<p>Nos complace comunicarle que ha superado la fase de valoración curricular del proceso HST-0426.</p>
<p>Queda convocada a una <b>entrevista personal</b> el <b>miércoles 20 de mayo de 2026 a las 9:30</b> en el Pabellón de Dirección, planta 2, Hospital San Telmo, Avda. de la Palmera 80, Sevilla.</p>
<p>Deberá presentar su DNI o NIE y el original de su titulación. Confirme su asistencia desde el portal del candidato.</p>
<p>Atentamente,<br>Departamento de Recursos Humanos<br>Hospital San Telmo</p>""", "es"),
))

add(M(
    kind="interview_invitation", slug="naranjos_call", lang="es",
    company="Centro Educativo Los Naranjos", contact=JAVIER[1],
    frm=JAVIER, subject="¿Hablamos el jueves?",
    date="2026-09-15 10:02 +0200",
    text="""Hola, Élodie:

He leído tu currículum para la plaza de educadora de apoyo en infantil y me ha gustado mucho tu experiencia como puericultora en Bélgica.

¿Te va bien el jueves 17 a las 17:00 para charlar un rato por videollamada? Sería algo informal, media hora, para conocernos y contarte cómo funciona el ciclo de infantil en el centro.

Te dejo el enlace: https://meet.losnaranjos.example.es/educadora-apoyo

Un saludo,
Javier
""",
))

# =============================================================== reschedule_or_cancel (15)

_CPM = f"""Madame Marchetti-Owusu,

Bien reçu votre message. Pas de souci : nous déplaçons votre entretien au jeudi 12 mars à 14h00, même lieu (salle du Conseil). La mise en situation écrite aura lieu juste avant, à 13h30.

L'invitation de calendrier ci-jointe remplace la précédente.

Bien cordialement,

Nathalie Dewandre
Assistante sociale en chef
CPAS de Vaux-Ourthe

{outlook_block("fr", CAND_NAME, CAND_ADDR, "2026-03-04 18:02", "Nathalie Dewandre", "Entretien du 10 mars – demande de report")}

{CAND_RESCHEDULE_CPASVAUX}"""
add(M(
    kind="interview_reschedule_or_cancel", slug="cpasvaux_moved", lang="fr",
    company="CPAS de Vaux-Ourthe", contact=NATHALIE[1],
    frm=NATHALIE, subject="Mis à jour : Entretien de sélection – auxiliaire sociale (jeudi 12 mars 14h)",
    date="2026-03-05 15:47 +0100", parent="cand_cpasvaux_reschedule",
    text=_CPM, html=outlook_html(mso(_CPM)),
    ics={"method": "REQUEST", "uid": "cpasvaux-sel-2026-0310@cpas-vauxourthe.example.be",
         "seq": 1, "start": "2026-03-12 14:00 +0100", "minutes": 75,
         "summary": "Entretien de sélection – auxiliaire sociale",
         "location": "CPAS de Vaux-Ourthe, salle du Conseil", "organizer": NATHALIE},
))

_KAC = """Madame,

Je suis contrainte d'annuler l'entretien prévu ce mardi 26 mai à 9h30 : deux membres du jury sont mobilisés par une réunion extraordinaire de notre conseil d'administration ce jour-là.

Votre candidature reste bien entendu en lice. Je reviendrai vers vous dès que possible pour vous proposer une nouvelle date.

Veuillez m'excuser pour ce contretemps.

Claire Weber
Responsable ressources humaines
Fondation Kannerhaff"""
add(M(
    kind="interview_reschedule_or_cancel", slug="kannerhaff_cancel", lang="fr",
    company="Fondation Kannerhaff", contact=CLAIRE[1],
    frm=CLAIRE, subject="Annulé : Entretien jury – assistante sociale adjointe",
    date="2026-05-20 17:02 +0200", parent="kannerhaff_invite",
    text=_KAC, html=outlook_html(mso(_KAC)),
    ics={"method": "CANCEL", "uid": "kh-jury-20260526-0930@kannerhaff.example.lu",
         "seq": 1, "start": "2026-05-26 09:30 +0200", "minutes": 60,
         "summary": "Entretien jury – assistante sociale adjointe",
         "location": "Fondation Kannerhaff, 12 rue de l'Alzette, Esch-sur-Alzette",
         "organizer": CLAIRE},
))

add(M(
    kind="interview_reschedule_or_cancel", slug="aldegonde_ill", lang="fr",
    company="Clinique Sainte-Aldegonde", contact=JULIEN[1],
    frm=JULIEN, subject="Report de notre entretien de demain",
    date="2026-04-15 16:48 +0200", parent="aldegonde_invite", cte="8bit",
    text="""Bonjour Madame Marchetti-Owusu,

Mme Dujardin est malheureusement souffrante et ne pourra pas assurer notre entretien de demain, jeudi 16 avril.

Je vous propose de le reporter au mercredi 22 avril à 9h00, toujours via Teams et avec le même lien. Si ce nouveau créneau ne vous convient pas, dites-le-moi et nous trouverons une autre solution.

Toutes mes excuses pour ce changement de dernière minute.

Julien Lhoest
Chargé de recrutement - Ressources humaines
Clinique Sainte-Aldegonde
""",
))

add(M(
    kind="interview_reschedule_or_cancel", slug="horizon_moved", lang="fr",
    company="Maison d'accueil Les Glycines", contact=LAETITIA[1],
    frm=LAETITIA, subject="Changement d'heure – Les Glycines",
    date="2026-06-14 19:03 +0200", parent="horizon_client_invite",
    text="""Bonsoir Élodie,

Désolée de vous écrire un dimanche : Mme Gilson m'a prévenue qu'elle sera en formation ce mardi. Votre rendez-vous aux Glycines est déplacé au jeudi 18 juin à 10h00, même adresse.

Pouvez-vous me confirmer par retour que c'est bon pour vous ?

Bonne soirée,
Laetitia
Horizon Intérim – Namur
""",
))

_ENU = """Bonjour Élodie,

Je dois décaler notre rencontre de jeudi : la permanence sera fermée pour une formation sécurité. On se voit le vendredi 4 septembre à 14h, même endroit. J'ai mis une invitation dans ton agenda pour ne pas l'oublier.

Fatima"""
add(M(
    kind="interview_reschedule_or_cancel", slug="entraide_update", lang="fr",
    company="Entraide Bruxelles-Midi", contact=FATIMA[1],
    frm=FATIMA, subject="Mis à jour : Rencontre Élodie / Entraide – vendredi 4 septembre 14h",
    date="2026-09-02 08:47 +0200", parent="entraide_invite",
    charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "Q"),
    text=_ENU, html=outlook_html(mso(_ENU)),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000052A1@entraide",
         "seq": 2, "start": "2026-09-04 14:00 +0200", "minutes": 60,
         "summary": "Rencontre Élodie / Entraide",
         "location": "Permanence, 27 rue de la Clinique, Anderlecht", "organizer": FATIMA},
))

add(M(
    kind="interview_reschedule_or_cancel", slug="tilleuls_postponed", lang="fr",
    company="École fondamentale Les Tilleuls", contact=ANNE[1],
    frm=ANNE, subject="Journée d'immersion reportée (grève du 21 mai)",
    date="2026-05-19 07:31 +0200", parent="tilleuls_trial",
    text="""Madame Marchetti-Owusu,

En raison de la journée de grève annoncée dans l'enseignement ce jeudi 21 mai, l'école n'assurera qu'une garderie minimale et votre journée d'immersion n'aurait pas beaucoup de sens.

Je vous propose de la reporter au mardi 2 juin, mêmes horaires (7h30 – 16h). Merci de me dire si cela vous convient.

Anne Schyns
Directrice
""",
))

add(M(
    kind="interview_reschedule_or_cancel", slug="croixverte_cancelled", lang="fr",
    company="Croix-Verte Belgique", contact=PAULINE[1],
    frm=("Croix-Verte Belgique", "no-reply@jobs.recruitee.com"), reply_to=PAULINE,
    subject="Journée d'évaluation du 21 avril – annulation",
    date="2026-04-14 12:00 +0000", parent="croixverte_assessment",
    text="""Bonjour Élodie,

Nous devons malheureusement annuler la journée d'évaluation prévue le mardi 21 avril : un dégât des eaux rend nos salles de Bouge inutilisables jusqu'à nouvel ordre.

Votre place est conservée. Une nouvelle date vous sera communiquée dans les prochains jours ; les autres étapes de la procédure restent inchangées.

Nous vous prions de nous excuser pour ce désagrément.

L'équipe Ressources humaines
Croix-Verte Belgique
""",
))

add(M(
    kind="interview_reschedule_or_cancel", slug="sociajob_parvis_cancel", lang="fr",
    company="Maison médicale du Parvis", contact=THOMAS[1],
    frm=THOMAS, subject="Entretien de demain au Parvis annulé",
    date="2026-08-06 18:22 +0200", parent="sociajob_parvis_invite",
    text="""Bonsoir Élodie,

Le Dr Claessens vient de m'appeler : il doit remplacer un collègue en garde demain matin et l'entretien de 10h à la Maison médicale du Parvis est annulé.

Ils restent très intéressés par votre profil et veulent replanifier la semaine prochaine. Je reviens vers vous dès que j'ai deux ou trois créneaux.

Bonne soirée,
Thomas
""",
))

# --- German (4)

_BUK = """Liebe Frau Marchetti-Owusu,

leider hat mich eine Grippe erwischt, und ich kann unser Gespräch am Donnerstag, 11. Juni, nicht führen.

Ich schlage als neuen Termin Dienstag, 16. Juni, 10:00 Uhr vor – gleicher Ort, gleiche Besetzung. Die aktualisierte Einladung ist beigefügt. Falls Ihnen der Termin nicht passt, melden Sie sich bitte bei Frau Schiffer im Sekretariat (0241 91 63 70).

Entschuldigen Sie die Umstände!
Stefan Kreutzer"""
add(M(
    kind="interview_reschedule_or_cancel", slug="burtscheid_ill", lang="de",
    company="Kinderhilfe Burtscheid", contact=STEFAN[1],
    frm=STEFAN, subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 16.06.",
    date="2026-06-10 07:12 +0200", parent="burtscheid_invite",
    text=_BUK, html=outlook_html(mso(_BUK), "DE"),
    ics={"method": "REQUEST", "uid": "kb-vg-20260611@kinderhilfe-burtscheid.example.de",
         "seq": 1, "start": "2026-06-16 10:00 +0200", "minutes": 60,
         "summary": "Vorstellungsgespräch Sozialassistenz Familienhilfe",
         "location": "Burtscheider Markt 9, 52066 Aachen", "organizer": STEFAN},
))

add(M(
    kind="interview_reschedule_or_cancel", slug="wurmtal_moved", lang="de",
    company="Klinikum Wurmtal", contact=JANA[1],
    frm=JANA, subject="AW: Vorstellungsgespräch am 7. April – Verschiebung",
    date="2026-03-31 09:40 +0200", parent="cand_wurmtal_reschedule",
    text=f"""Guten Morgen Frau Marchetti-Owusu,

kein Problem. Ich habe Ihren Termin auf Donnerstag, 9. April, 11:00 Uhr verlegt. Treffpunkt ist der Empfang im Hauptgebäude, Mauerfeldchen 25 in Würselen.

Viele Grüße
Jana Offermann
Personalreferentin
Klinikum Wurmtal

{wrote("de", "2026-03-30 20:47", CAND_NAME, CAND_ADDR)}
{quote(CAND_RESCHEDULE_WURMTAL)}
""",
))

add(M(
    kind="interview_reschedule_or_cancel", slug="lousberg_cancel", lang="de",
    company="Familienzentrum Lousberg", contact=BIRGIT[1],
    frm=BIRGIT, subject="Unser Telefonat am Freitag",
    date="2026-07-23 08:05 +0200", parent="lousberg_phone",
    text="""Liebe Frau Marchetti-Owusu,

ich muss unser Telefonat am Freitag leider absagen – wir haben einen Wasserschaden in der Kita und ich bin die ganze Woche mit Handwerkern und Eltern beschäftigt.

Das Gespräch holen wir nach! Ich melde mich nach den Sommerferien mit einem neuen Vorschlag.

Herzliche Grüße
Birgit Rosenbaum
""",
))

add(M(
    kind="interview_reschedule_or_cancel", slug="pflegewerk_moved", lang="de",
    company="Jugendhilfe Haaren", contact=DENNIS[1],
    frm=DENNIS, subject="Neuer Termin Jugendhilfe Haaren: Do 19.02., 9:30 Uhr",
    date="2026-02-13 14:20 +0100", parent="pflegewerk_invite",
    text="""Hallo Frau Marchetti-Owusu,

kurze Änderung: Frau Becker muss am Dienstag zu einer Hilfeplankonferenz. Das Gespräch bei der Jugendhilfe Haaren findet deshalb am Donnerstag, 19. Februar, um 9:30 Uhr statt – Adresse unverändert.

Geben Sie mir bitte kurz Bescheid, ob das passt.

Viele Grüße
Dennis Brandt
Pflegewerk Personal
""",
))

# --- English (2)

_MMC = """Hi Élodie,

Unfortunately I need to cancel your interview on Thursday 12 February at 10:00 – Ruud has been called to an urgent case conference that day.

This doesn't change anything about your application. I'll send you a new scheduling link within the next few days.

Apologies for the inconvenience,
Eva"""
add(M(
    kind="interview_reschedule_or_cancel", slug="mosamaas_cancel", lang="en",
    company="MosaMaas Care", contact=EVA[1],
    frm=("Eva Janssen via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=EVA,
    subject="Cancelled: Interview with MosaMaas Care – Youth Support Worker",
    date="2026-02-11 12:30 +0100", parent="mosamaas_schedule",
    text=_MMC, html=plain_html(paras(_MMC), "en"),
    ics={"method": "CANCEL", "uid": "gh-interview-4410932@greenhouse-mail.io", "seq": 1,
         "start": "2026-02-12 10:00 +0100", "minutes": 45,
         "summary": "Interview: Élodie Marchetti-Owusu – Youth Support Worker",
         "location": "MosaMaas Care, Boschstraat 88, Maastricht", "organizer": EVA},
))

add(M(
    kind="interview_reschedule_or_cancel", slug="childrenfirst_moved", lang="en",
    company="Children First Europe", contact=HANNAH[1],
    frm=HANNAH, subject="Re: Phone screen on Thursday",
    date="2026-04-22 09:01 +0200", parent="cand_childrenfirst_reschedule",
    text=f"""Hi Élodie,

No problem at all, these things happen. Let's move our call to Monday 27 April at 14:30 – I'll ring you on the same number.

Best,
Hannah

{wrote("en", "2026-04-21 22:15", CAND_NAME, CAND_ADDR)}
{quote(CAND_RESCHEDULE_CHILDRENFIRST)}
""",
))

# --- Spanish (1)

_GRM = """Hola, Élodie:

Te escribo para cambiar la hora de la entrevista del jueves 2 de abril: Manuel tiene una reunión con Servicios Sociales a primera hora, así que la pasamos a las 12:30, en la misma sede de la calle Feria.

Te reenvío la convocatoria actualizada. Si no te cuadra, dime y buscamos otro hueco.

Un abrazo,
Lucía"""
add(M(
    kind="interview_reschedule_or_cancel", slug="giralda_moved", lang="es",
    company="Fundación Giralda Solidaria", contact=LUCIA[1],
    frm=LUCIA, subject="Cambio de hora – entrevista del jueves",
    date="2026-03-31 11:11 +0200", parent="giralda_invite",
    text=_GRM, html=plain_html(paras(_GRM), "es"),
    ics={"method": "REQUEST", "uid": "giralda-entrevista-0402@giraldasolidaria.example.es",
         "seq": 1, "start": "2026-04-02 12:30 +0200", "minutes": 60,
         "summary": "Entrevista – técnica de integración social",
         "location": "Fundación Giralda Solidaria, C/ Feria 44, Sevilla", "organizer": LUCIA},
    ics_mode="attach",
))

# =============================================================== missed_interview_notice (10)

add(M(
    kind="missed_interview_notice", slug="aldegonde_missed", lang="fr",
    company="Clinique Sainte-Aldegonde", contact=JULIEN[1],
    frm=JULIEN, subject="Notre entretien de ce matin",
    date="2026-04-22 09:41 +0200", parent="aldegonde_ill",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Marchetti-Owusu,

Mme Dujardin et moi-même vous avons attendue sur Teams ce matin à partir de 9h00, pendant une vingtaine de minutes, sans vous voir arriver. Je vous ai également laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Pourriez-vous me faire savoir ce qui s'est passé et si vous souhaitez toujours poursuivre la procédure ?

Bien à vous,

Julien Lhoest
Chargé de recrutement - Ressources humaines
Clinique Sainte-Aldegonde
Tél. +32 4 221 53 80
""",
))

add(M(
    kind="missed_interview_notice", slug="amo_missed", lang="fr",
    company="AMO Arc-en-Ciel", contact=KARIM[1],
    frm=KARIM, subject="Appel de ce matin",
    date="2026-10-06 10:32 +0200", parent="amo_screen",
    text="""Bonjour Madame Marchetti-Owusu,

J'ai essayé de vous appeler deux fois ce matin, à 10h00 puis à 10h15, comme convenu, mais je suis tombé sur votre messagerie.

Vous avez peut-être eu un empêchement. Si le poste vous intéresse toujours, rappelez-moi au 081 30 77 45 ou indiquez-moi un autre moment cette semaine.

Bien à vous,
Karim Benali
AMO Arc-en-Ciel
""",
))

add(M(
    kind="missed_interview_notice", slug="hautval_missed", lang="fr",
    company="Commune de Hautval", contact=MARC[1],
    frm=MARC, subject="Absence à l'épreuve écrite de ce 3 février",
    date="2026-02-03 11:10 +0100", parent="hautval_epreuve",
    charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "Q"),
    text="""Madame,

Sauf erreur de notre part, vous ne vous êtes pas présentée ce matin à 9h00 à l'épreuve écrite du recrutement d'agent d'insertion sociale, alors que vous y étiez régulièrement convoquée.

Conformément au règlement, une absence non justifiée entraîne l'exclusion de la procédure. Si votre absence est due à un cas de force majeure (maladie, accident), vous pouvez nous transmettre un justificatif endéans les cinq jours ouvrables.

Veuillez agréer, Madame, nos salutations distinguées.

Marc Jacquemin
Service du personnel - Commune de Hautval
""",
))

add(M(
    kind="missed_interview_notice", slug="horizon_missed", lang="fr",
    company="Maison d'accueil Les Glycines", contact=LAETITIA[1],
    frm=LAETITIA, subject="Les Glycines vous ont attendue ce matin",
    date="2026-06-18 10:52 +0200", parent="horizon_moved",
    text="""Élodie,

Mme Gilson vient de m'appeler : elle vous a attendue ce matin à 10h aux Glycines et vous n'êtes pas venue. J'ai essayé de vous joindre sur votre GSM, sans succès.

Pouvez-vous me rappeler dès que possible ? Si quelque chose vous a empêchée de venir, je peux encore essayer d'arranger les choses avec elle, mais il faut que je lui réponde aujourd'hui.

Laetitia
0478 61 20 44
""",
))

add(M(
    kind="missed_interview_notice", slug="pms_missed", lang="fr",
    company="Centre PMS de la Vesdre", contact=VERONIQUE[1],
    frm=VERONIQUE, subject="Entretien en visioconférence de 14h",
    date="2026-06-23 14:35 +0200", parent="pms_invite",
    text="""Madame Marchetti-Owusu,

Mme Noirfalise et moi étions connectées au lien de visioconférence dès 14h00, mais nous ne vous avons pas vue et n'avons reçu aucune nouvelle de votre part.

S'il s'agit d'un problème technique, faites-le-nous savoir : nous pourrions éventuellement vous proposer un autre moment vendredi.

Véronique Lejeune
Directrice – Centre PMS de la Vesdre
""",
))

add(M(
    kind="missed_interview_notice", slug="wurmtal_missed", lang="de",
    company="Klinikum Wurmtal", contact=JANA[1],
    frm=JANA, subject="Ihr Vorstellungsgespräch heute um 11:00 Uhr",
    date="2026-04-09 11:50 +0200", parent="wurmtal_moved",
    text="""Sehr geehrte Frau Marchetti-Owusu,

Herr Dr. Classen und ich hatten Sie heute um 11:00 Uhr zu Ihrem Vorstellungsgespräch erwartet. Leider sind Sie nicht erschienen, und auch telefonisch konnten wir Sie nicht erreichen.

Bitte teilen Sie uns bis Montag mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Jana Offermann
Personalreferentin
Klinikum Wurmtal
Tel. 02405 62 18 30
""",
))

add(M(
    kind="missed_interview_notice", slug="kornelimuenster_missed", lang="de",
    company="Sozialdienst Kornelimünster", contact=ULRIKE[1],
    frm=ULRIKE, subject="Telefonat heute – leider nicht erreicht",
    date="2026-09-10 10:26 +0200", parent="kornelimuenster_invite",
    text="""Hallo Frau Marchetti-Owusu,

ich habe heute um 10 Uhr zweimal versucht, Sie auf Ihrem Handy zu erreichen, leider ohne Erfolg, und die Mailbox war voll.

Wenn Sie noch Interesse haben, rufen Sie mich gern zurück: 02408 59 71 20, am besten vormittags.

Herzliche Grüße
Ulrike Franzen
""",
))

add(M(
    kind="missed_interview_notice", slug="meusevalley_missed", lang="en",
    company="Meuse Valley Hospice", contact="ruth.hermans@meusevalleyhospice.example.nl",
    frm=("Ruth Hermans", "ruth.hermans@meusevalleyhospice.example.nl"),
    subject="Our phone interview at 11:00",
    date="2026-06-08 11:24 +0200",
    text="""Dear Élodie,

I tried calling you twice at 11:00 for our scheduled phone interview for the Family Support Assistant role, but there was no answer on either attempt.

If something came up, please let me know by Wednesday whether you'd like to continue with your application.

Kind regards,
Ruth Hermans
Volunteer & Family Services Coordinator
Meuse Valley Hospice, Maastricht
""",
))

add(M(
    kind="missed_interview_notice", slug="vrijthof_missed", lang="en",
    company="Vrijthof Community Trust", contact="mark.dols@vrijthof-trust.example.nl",
    frm=("Mark Dols", "mark.dols@vrijthof-trust.example.nl"),
    subject="We missed you this afternoon",
    date="2026-08-27 15:20 +0200", parent="vrijthof_ack",
    text="""Hi Élodie,

Saskia and I waited in the Zoom room for about fifteen minutes from 14:30 this afternoon, but you didn't join. I hope everything is alright.

Drop me a line if you'd still like to talk about the community support assistant role.

Mark Dols
Operations Lead, Vrijthof Community Trust
""",
))

add(M(
    kind="missed_interview_notice", slug="naranjos_missed", lang="es",
    company="Centro Educativo Los Naranjos", contact=JAVIER[1],
    frm=JAVIER, subject="No te vimos en la videollamada",
    date="2026-09-17 17:25 +0200", parent="naranjos_call",
    text="""Hola, Élodie:

Te estuvimos esperando en la videollamada desde las 17:00 hasta las 17:20, pero no llegaste a conectarte.

Si tuviste algún problema con el enlace o con el horario (recuerda que es hora de Madrid), dímelo y buscamos otro día esta semana o la que viene.

Un saludo,
Javier
""",
))
