"""Interview invitations, reschedules/cancellations and missed-interview notices, one by one."""

from __future__ import annotations

from msgs139_common import (
    BIONETA_WORKABLE,
    GSE_ICIMS,
    HELVEPHARM_SR,
    LIFFEY_GREENHOUSE,
    RHEINWERK_WORKDAY,
    SANDFELD_SOFTGARDEN,
    Skin,
    m,
)

GOOGLE_CALENDAR = Skin(style="notice", brand="Google Agenda", color="#1a73e8", logo_alt="Google Agenda",
                       logo_src="https://calendar.google.com/googlecalendar/images/calendar_logo.png",
                       footer=["Invitation de Google Agenda",
                               "Vous recevez cet e-mail, car vous êtes invité à cet événement. "
                               "Transférer cette invitation pourrait permettre à un destinataire de "
                               "répondre à l'organisateur, d'être ajouté à la liste d'invités ou de modifier "
                               "votre réponse. [En savoir plus](https://support.google.com/calendar/answer/37135)"])

MEUSE_SAMBRE = Skin(style="notice", brand="Laboratoires Meuse & Sambre", color="#003366",
                    logo_alt="Laboratoires Meuse & Sambre", font="Georgia, 'Times New Roman', serif",
                    logo_src="https://www.meuse-sambre.example.be/img/logo-ms-white.png",
                    footer=["Laboratoires Meuse & Sambre SA – Chaussée de Louvain 431 – 1030 Schaerbeek – "
                            "TVA BE 0444.555.120 – RPM Bruxelles",
                            "Ce message et ses annexes sont strictement confidentiels. S’il ne vous est pas "
                            "destiné, merci de le détruire et d’en avertir l’expéditeur."])

EMERALD_ASHBY = Skin(brand="Emerald Generics", color="#00875a", logo_alt="Emerald Generics", lang="en",
                     font="-apple-system, 'Segoe UI', Roboto, sans-serif",
                     logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/emerald.png",
                     tracker="https://track.ashbyhq.com/c/",
                     pixel="https://track.ashbyhq.com/o/emerald-2b7f.png",
                     footer=["Emerald Generics Ltd · Registered in Ireland No. 704455 · "
                             "Unit 7, Citywest Business Campus, Dublin 24",
                             "Powered by Ashby"])

NYON_UID = "5r7kq3m0s1c2v9nyonbiotics0319@google.com"
CELLVIA_UID = "040000008200E00074C5B7101A82E0080000000070A5C3E1C0BDDC01000000000000000010000000CE1F2A"

MESSAGES = [
    # == interview_invitation ====================================================================

    m("invite_smartrecruiters_helvepharm", "interview_invitation", "fr",
      ("Helvepharm Recrutement", "noreply@smartrecruiters.com"),
      "Invitation à un entretien – Chargé(e) d'affaires réglementaires, génériques",
      "2026-08-10 09:15", tz="UTC", struct="html", skin=HELVEPHARM_SR,
      reply_to=("Julie Perrin", "julie.perrin@helvepharm.example.ch"),
      company="Helvepharm", contact="julie.perrin@helvepharm.example.ch", body="""\
Bonjour Lucie,

Merci pour votre candidature au poste de **Chargé(e) d'affaires réglementaires – Produits génériques (100 %)** à Renens.

Votre profil a retenu notre attention et nous aimerions faire plus ample connaissance. Nous vous invitons à un premier entretien de 45 minutes avec Julie Perrin (Talent Acquisition) et le Dr Olivier Jaquet (Head of Regulatory Affairs).

Merci de choisir le créneau qui vous convient le mieux parmi nos disponibilités :

[Choisir un créneau](https://www.smartrecruiters.com/candidate/schedule/8f2c1e)

L'entretien aura lieu dans nos locaux de Renens (Chemin du Closel 5, 2e étage). Pour toute question, vous pouvez répondre directement à cet e-mail.

Au plaisir de vous rencontrer,
Julie Perrin
Talent Acquisition Partner, Helvepharm
"""),

    m("invite_onsite_ldm", "interview_invitation", "fr",
      ("Nathalie Roch", "n.roch@ldm.example.ch"),
      "Entretien - Assistante affaires réglementaires (80-100 %)",
      "2026-02-23 11:02", mua="outlook", struct="mixed", charset="iso-8859-1", cte="quoted-printable",
      attachments=[("Plan_acces_LDM_Servette.pdf",
                    ["Laboratoires Dubois-Mercier SA", "Plan d'acces - site de la Servette",
                     "Rue de la Servette 88, 1202 Geneve", "Tram 14/18 arret Servette, bus 3 et 10",
                     "Reception au rez-de-chaussee, badge visiteur a retirer a l'accueil"])],
      company="Laboratoires Dubois-Mercier", contact="n.roch@ldm.example.ch", body="""\
Madame,

Nous avons étudié avec attention votre dossier de candidature pour le poste d'assistante affaires réglementaires et avons le plaisir de vous inviter à un entretien dans nos locaux :

Jeudi 5 mars 2026 à 10h30
Laboratoires Dubois-Mercier SA, Rue de la Servette 88, 1202 Genève (réception au rez-de-chaussée)

Vous rencontrerez M. Philippe Dubois, directeur technique, ainsi que Mme Anne Schaller, responsable des affaires réglementaires. L'entretien durera environ une heure. Je vous joins un plan d'accès ; nos places de parc étant limitées, nous vous conseillons de venir en transports publics.

Je vous remercie de bien vouloir me confirmer votre présence par retour de courriel.

Meilleures salutations

Nathalie Roch | Responsable RH | Laboratoires Dubois-Mercier SA
Rue de la Servette 88 - 1202 Genève
T +41 22 555 41 90
"""),

    m("google_calendar_request_nyonbiotics", "interview_invitation", "fr",
      ("Raphaël Künzi", "raphael@nyonbiotics.example.ch"),
      "Invitation: Entretien Lucie Prévost-Nakashima / Nyonbiotics @ jeu. 19 mars 2026 14:00 - 15:00 (CET) (lucie.pn@example.ch)",
      "2026-03-09 16:20", mua="gmail", struct="alt", skin=GOOGLE_CALENDAR, ics_style="google",
      ics={"method": "REQUEST", "uid": NYON_UID, "sequence": 0, "start": "2026-03-19 14:00",
           "end": "2026-03-19 15:00", "summary": "Entretien Lucie Prévost-Nakashima / Nyonbiotics",
           "location": "Nyonbiotics, Route de la Longeraie 9, 1262 Eysins",
           "organizer": ("Raphaël Künzi", "raphael@nyonbiotics.example.ch"),
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "description": "Entretien sur place, puis visite du labo."},
      company="Nyonbiotics", contact="raphael@nyonbiotics.example.ch", body="""\
Bonjour Lucie,
Comme convenu au téléphone, voici l'invitation pour notre entretien sur place à Eysins. Tu rencontreras aussi Mei, notre QA lead. Prévois environ une heure, on te fera visiter le labo ensuite.
À jeudi !
Raphaël

## Entretien Lucie Prévost-Nakashima / Nyonbiotics
jeudi 19 mars 2026 · 14:00 – 15:00
Fuseau horaire : Europe/Zurich
Lieu : Nyonbiotics, Route de la Longeraie 9, 1262 Eysins
Organisateur : Raphaël Künzi – raphael@nyonbiotics.example.ch
Invités : Raphaël Künzi, Mei Tanaka, lucie.pn@example.ch

Répondre : [Oui](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=1) · [Non](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=2) · [Peut-être](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=3)
"""),

    m("agency_phone_screen_alpestalents", "interview_invitation", "fr",
      ("Sophie Zufferey", "sophie.zufferey@alpestalents.example.ch"),
      "Premier entretien – Regulatory Affairs Officer (mandat confidentiel)",
      "2026-04-14 10:22", mua="outlook", charset="utf-8", cte="quoted-printable",
      company="Alpes Talents", contact="sophie.zufferey@alpestalents.example.ch", body="""\
Bonjour Madame Prévost-Nakashima,

Merci pour votre candidature au poste de Regulatory Affairs Officer que nous publions pour le compte de l'un de nos clients, une société biopharmaceutique de l'arc lémanique (mandat confidentiel à ce stade).

Votre parcours m'intéresse et j'aimerais échanger avec vous lors d'un premier entretien téléphonique d'une vingtaine de minutes, avant une éventuelle rencontre dans nos bureaux et une présentation à notre client. Je vous propose le jeudi 16 avril à 14h00 ; je vous appellerai au numéro figurant sur votre CV.

Si ce créneau ne vous convient pas, proposez-m'en simplement un autre en réponse à ce message.

Avec mes meilleures salutations,

Sophie Zufferey
Consultante senior – Life Sciences
Alpes Talents SA
Avenue de la Gare 10 | 1003 Lausanne
+41 21 555 38 12 | www.alpestalents.example.ch
"""),

    m("invite_case_study_regaxis", "interview_invitation", "fr",
      ("Marc-Antoine Favre", "ma.favre@regaxis.example.ch"),
      "Étude de cas – consultant(e) junior",
      "2026-03-24 17:02", mua="apple", charset="utf-8", cte="quoted-printable",
      company="RegAxis Consulting", contact="ma.favre@regaxis.example.ch", body="""\
Madame,

Nous avons le plaisir de vous inviter à une étude de cas le lundi 30 mars à 10h00 dans nos bureaux.

Concrètement, vous recevrez sur place un extrait de dossier de renouvellement d'autorisation (une quinzaine de pages). Vous disposerez de 45 minutes pour l'analyser, puis vous nous présenterez vos constats en 15 minutes, avant une discussion avec Mme Lambert, associée, et moi-même. Aucune préparation n'est nécessaire ; un ordinateur vous sera fourni.

Merci de me confirmer votre venue en répondant à ce message.

Meilleures salutations

Marc-Antoine Favre
Senior Consultant | RegAxis Consulting Sàrl
Rue du Rhône 61, 1204 Genève
+41 22 555 90 13
"""),

    m("convocation_aim", "interview_invitation", "fr",
      ("Claire Bovet", "claire.bovet@aim-med.example.ch"),
      "Convocation à un entretien – réf. 26-014",
      "2026-03-16 14:10", mua="outlook", struct="alt", skin=Skin(style="outlook", lang="fr"),
      charset="utf-8", cte="quoted-printable",
      company="Agence intercantonale du médicament", contact="claire.bovet@aim-med.example.ch", body="""\
Madame,

Suite à l'examen des dossiers reçus pour le poste de collaboratrice scientifique / collaborateur scientifique (80 %) au sein de la section Autorisations, nous avons le plaisir de vous convoquer à un entretien :

**Date :** mercredi 1er avril 2026
**Heure :** 14h00 (durée : environ 1h15)
**Lieu :** Agence intercantonale du médicament, Rue des Battoirs 7, 1205 Genève, salle Léman (3e étage)

La commission sera composée de Mme Dr Sylvie Morand, cheffe de section, de M. Pascal Rey, collaborateur scientifique senior, et de moi-même. L'entretien comprendra une courte mise en situation écrite de 20 minutes.

Nous vous remercions de vous munir d'une pièce d'identité ainsi que des originaux de vos diplômes, et de nous confirmer votre présence d'ici au 23 mars.

Veuillez agréer, Madame, nos salutations distinguées.

Claire Bovet
Responsable RH
Agence intercantonale du médicament (AIM)
Rue des Battoirs 7 - Case postale 1033 - 1211 Genève 3
Tél. +41 22 555 17 60
"""),

    m("icims_invite_gse", "interview_invitation", "fr",
      ("GSE Recrutement", "gse-recrutement@icims.com"),
      "Invitation à un entretien – Technicien(ne) Affaires Réglementaires (réf. 2026-0458)",
      "2026-05-22 08:45", tz="Europe/Paris", struct="html", skin=GSE_ICIMS, cte="base64",
      company="GSE", body="""\
Bonjour Lucie,

Nous avons le plaisir de vous informer que votre candidature au poste de **Technicien(ne) Affaires Réglementaires – Saint-Priest (réf. 2026-0458)** a été retenue pour un entretien.

**Date :** mardi 9 juin 2026
**Heure :** 14h00 – 15h00
**Lieu :** GSE, Parc Technologique, 4 allée des Séquoias, 69800 Saint-Priest – accueil bâtiment B
**Interlocuteurs :** Sandrine Lopez (Recrutement) et Hugo Perrier (Responsable Affaires Réglementaires)

Merci de confirmer votre présence depuis votre espace candidat :

[Confirmer ma présence](https://careers-gse.icims.com/jobs/2026-0458/confirm)

À très bientôt,
L'équipe Recrutement GSE
"""),

    m("second_round_outlook_quadrant", "interview_invitation", "fr",
      ("Élise Garnier", "egarnier@quadrant-reg.example.fr"),
      "RE: Candidature – Consultante Affaires Réglementaires Junior",
      "2026-06-15 12:20", tz="Europe/Paris", mua="outlook", charset="utf-8", cte="quoted-printable",
      hdr_charset="iso-8859-1",
      refs=["ack_quick_quadrant", "<E7C21F04-5A9B-4D36-8E11-6B0F2D9C4A85@example.ch>"],
      company="Quadrant Réglementaire", contact="egarnier@quadrant-reg.example.fr", body="""\
Bonjour Lucie,

Merci pour ces précisions. Suite à notre premier échange téléphonique, je vous propose de passer au second tour : un entretien d'une heure avec Bertrand Aubry, associé fondateur, et moi-même, le mardi 23 juin à 11h00 dans nos locaux (12 rue de la Chaussée-d'Antin, 4e étage, code 4512B).

Si vous ne pouvez pas vous déplacer à Paris, dites-le-moi et nous organiserons l'entretien en visio.

Bien cordialement,

Élise Garnier
Manager – Affaires réglementaires
Quadrant Réglementaire

De : Lucie Prévost-Nakashima <lucie.pn@example.ch>
Envoyé : vendredi 12 juin 2026 17:48
À : Élise Garnier <egarnier@quadrant-reg.example.fr>
Objet : RE: Candidature – Consultante Affaires Réglementaires Junior

Bonjour Madame Garnier,

Merci pour votre appel de ce matin. Comme demandé, voici mes disponibilités : je suis libre tous les mardis et jeudis, et mon préavis actuel est de trois mois.

Bien à vous,
Lucie Prévost-Nakashima

De : Élise Garnier <egarnier@quadrant-reg.example.fr>
Envoyé : mercredi 3 juin 2026 09:14
À : Lucie Prévost-Nakashima <lucie.pn@example.ch>
Objet : Candidature – Consultante Affaires Réglementaires Junior

Bien reçu votre CV, merci. Je reviens vers vous d'ici la fin de la semaine prochaine.
"""),

    m("teams_visio_no_accents_saintambroise", "interview_invitation", "fr",
      ("Jean-Luc Marchetti", "jl.marchetti@gh-saint-ambroise.example.fr"),
      "Poste pharmacie - essais cliniques",
      "2026-05-18 13:40", tz="Europe/Paris", charset="utf-8", cte="8bit",
      company="Groupe hospitalier Saint-Ambroise", contact="jl.marchetti@gh-saint-ambroise.example.fr", body="""\
Bonjour Madame Prevost-Nakashima,

J'ai bien recu votre candidature via PharmaEmploi pour le poste d'assistante reglementaire a l'unite essais cliniques de notre PUI.
Je vous propose un entretien en visio (Teams) le mardi 26 mai a 10h00, d'une duree de 45 min environ, avec moi-meme et Mme Nguyen, pharmacienne responsable des essais.

Le lien Teams vous sera envoye par le secretariat la veille. Merci de me confirmer que le creneau vous convient.

Cordialement
Dr JL Marchetti
Pharmacien chef de service - PUI
Groupe hospitalier Saint-Ambroise
01 45 55 38 00 poste 4127
"""),

    m("belgian_selection_meusesambre", "interview_invitation", "fr",
      ("Service du Personnel – Meuse & Sambre", "jobs@meuse-sambre.example.be"),
      "Invitation à un entretien de sélection – réf. MS-RA-0412",
      "2026-04-16 10:05", tz="Europe/Brussels", struct="html", skin=MEUSE_SAMBRE,
      charset="windows-1252", cte="quoted-printable",
      company="Laboratoires Meuse & Sambre", contact="jobs@meuse-sambre.example.be", body="""\
Chère Madame Prévost-Nakashima,

Nous avons le plaisir de vous informer que votre candidature pour la fonction de Regulatory Affairs Assistant (réf. MS-RA-0412) a retenu toute notre attention.

Nous vous invitons dès lors à un entretien de sélection qui se tiendra le **mardi 28 avril 2026 à 9h30** en nos bureaux de la Chaussée de Louvain 431, 1030 Schaerbeek. L’entretien durera environ une heure et sera mené par Mme Veerle Claes, Head of Regulatory Affairs, et M. Olivier Lambotte, HR Business Partner.

Nous vous prions de bien vouloir confirmer votre présence en répondant à ce courriel, au plus tard le 22 avril.

Veuillez agréer, chère Madame, l’expression de nos salutations distinguées.

Service du Personnel
Laboratoires Meuse & Sambre SA
"""),

    m("public_written_test_ibsp", "interview_invitation", "fr",
      ("IBSP – Sélections", "ne-pas-repondre@ibsp.example.be"),
      "Convocation : épreuve écrite et entretien – réf. IBSP-2026-07",
      "2026-03-03 08:00", tz="Europe/Brussels", charset="utf-8", cte="base64",
      company="Institut bruxellois de santé publique", body="""\
Madame,

Vous avez introduit une candidature pour la fonction d'Assistant(e) – Cellule Médicaments et Produits de santé (niveau B, réf. IBSP-2026-07).

Nous avons le plaisir de vous informer que vous êtes invitée à participer à la phase de sélection, qui comprend :

1. une épreuve écrite (étude de cas, 1h30), le jeudi 19 mars 2026 à 9h00 ;
2. un entretien oral devant le jury, le même jour à partir de 13h30 (horaire précis communiqué sur place).

Lieu : Institut bruxellois de santé publique, Rue Belliard 65, 1040 Bruxelles, salle 2.14.

Vous devez vous présenter munie de votre carte d'identité et de la présente convocation. Toute absence non justifiée entraîne l'exclusion de la procédure.

Cet e-mail est envoyé automatiquement ; merci de ne pas y répondre. Pour toute question : selection@ibsp.example.be ou 02 555 14 00.

Le Service Sélection et Recrutement
Institut bruxellois de santé publique
"""),

    m("invite_casual_kairos", "interview_invitation", "fr",
      ("Thomas Bellanger", "thomas@kairos-tx.example.fr"),
      "Kairos x Lucie",
      "2026-02-26 21:14", tz="Europe/Paris", mua="gmail", charset="utf-8", cte="8bit",
      company="Kairos Therapeutics", contact="thomas@kairos-tx.example.fr", body="""\
Hello Lucie,

Merci pour ta candidature ! Ton parcours en officine nous intrigue (dans le bon sens) : on cherche justement quelqu'un qui comprenne comment un médicament vit une fois sur le marché.

Est-ce que tu serais dispo mardi 3 mars vers 14h pour un entretien d'une heure à nos bureaux (rue Oberkampf, Paris 11e) ? Claire, notre head of CMC, sera là aussi. Sinon jeudi en fin de journée en visio, c'est possible.

Dis-moi ce qui t'arrange !
Thomas

--
Thomas Bellanger
CEO & co-founder · Kairos Therapeutics
kairos-tx.example.fr
"""),

    m("agency_exclamations_toppharma", "interview_invitation", "fr",
      ("Kevin Morel", "kevin.morel@toppharma-interim.example.fr"),
      "SUPER NOUVELLE !!! Entretien Saône BioProduction",
      "2026-08-18 15:52", tz="Europe/Paris", charset="windows-1252", cte="8bit",
      company="Saône BioProduction", contact="kevin.morel@toppharma-interim.example.fr", body="""\
Bonjour Lucie !!

Excellente nouvelle : Saône BioProduction a adoré ton profil et souhaite te rencontrer pour le poste d’Assistante Affaires Réglementaires (CDI, site de Villefranche-sur-Saône) !!!

L’entretien est fixé au JEUDI 27 AOÛT à 10H00 sur site, avec Mme Fabre (Responsable RA) et M. Giraud (RH). Compte environ 1h. Adresse : 150 rue de la Mécanique, 69400 Villefranche-sur-Saône. Pense à prendre ta pièce d’identité pour l’accueil sécurité !

Je t’appelle demain pour te briefer, tu vas tout déchirer !!

Kevin
Chargé de recrutement – Top Pharma Intérim
Agence de Lyon Part-Dieu – 04 78 55 55 67
« Votre talent, notre mission »
"""),

    m("workday_invite_rheinwerk", "interview_invitation", "de",
      ("Rheinwerk Pharma Careers", "rheinwerk@myworkday.com"),
      "Einladung zum Interview – Regulatory Affairs Associate CMC (JR-20417)",
      "2026-06-29 07:31", tz="UTC", struct="alt", skin=RHEINWERK_WORKDAY,
      company="Rheinwerk Pharma", body="""\
Sehr geehrte Frau Prévost-Nakashima

Vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Interview für die Position **Regulatory Affairs Associate CMC** einzuladen.

Das Gespräch findet per Microsoft Teams statt und dauert rund 45 Minuten. Ihre Gesprächspartner sind Katrin Vogt (Talent Acquisition) und Dr. Jonas Frey (Head Regulatory CMC).

Bitte wählen Sie über den folgenden Link einen passenden Termin aus den vorgeschlagenen Zeitfenstern:

[Termin auswählen](https://rwp.wd103.myworkdayjobs.com/RWP_Careers/scheduling/JR-20417)

Wir freuen uns auf das Gespräch.

Freundliche Grüsse
Talent Acquisition
Rheinwerk Pharma
"""),

    m("headhunter_invite_dreiland", "interview_invitation", "de",
      ("Martin Kessler", "m.kessler@kessler-huber.example.ch"),
      "Vorstellungsgespräch bei Generika Dreiland AG",
      "2026-04-27 09:48", mua="outlook", charset="iso-8859-1", cte="quoted-printable",
      company="Generika Dreiland", contact="m.kessler@kessler-huber.example.ch", body="""\
Guten Tag Frau Prévost-Nakashima

Schön, dass wir letzte Woche telefonieren konnten. Wie besprochen habe ich Ihr Dossier unserem Mandanten, der Generika Dreiland AG in Pratteln, vorgestellt - mit Erfolg: Herr Thomas Brunner, Leiter Regulatory Affairs, möchte Sie gerne persönlich kennenlernen.

Termin: Dienstag, 5. Mai 2026, 13.30 Uhr
Ort: Generika Dreiland AG, Rütiweg 8, 4133 Pratteln (Empfang Gebäude C)
Dauer: ca. 60 Minuten, Gespräch auf Deutsch und teilweise Englisch

Bitte bestätigen Sie mir den Termin kurz per E-Mail. Am Montag rufe ich Sie gerne noch an, um das Gespräch vorzubereiten.

Freundliche Grüsse

Martin Kessler
Partner
Kessler & Huber Personalberatung AG
Aeschenvorstadt 55 | 4051 Basel
T +41 61 555 23 40 | M +41 79 555 81 07
"""),

    m("du_kafi_limmat", "interview_invitation", "de",
      ("Sabine Wyss", "sabine.wyss@limmat-rp.example.ch"),
      "Kafi nächste Woche?",
      "2026-08-24 07:55", mua="apple", charset="utf-8", cte="8bit",
      company="Limmat Regulatory Partners", contact="sabine.wyss@limmat-rp.example.ch", body="""\
Hoi Lucie

Danke für deine Bewerbung, die hat mir gut gefallen. Hättest du Lust, nächste Woche auf einen Kaffee bei uns im Büro vorbeizukommen? Dann stellen wir dir das Team vor und reden über die Stelle als Regulatory Affairs Associate – ganz unkompliziert, aber schon ein richtiges Vorstellungsgespräch.

Mir würde Mittwoch, 2. September, um 14 Uhr passen. Wir sind an der Hardturmstrasse 161, 4. Stock.

Gib mir einfach kurz Bescheid.

Liebe Grüsse
Sabine

Sabine Wyss | Managing Partner | Limmat Regulatory Partners
+41 44 555 72 90
"""),

    m("teams_calendar_request_cellvia", "interview_invitation", "de",
      ("Nadine Egli", "nadine.egli@cellvia.example.ch"),
      "Interview Regulatory Affairs Associate – Lucie Prévost-Nakashima",
      "2026-03-25 11:12", mua="outlook", struct="alt", skin=Skin(style="outlook", lang="de"),
      ics={"method": "REQUEST", "uid": CELLVIA_UID, "sequence": 0, "start": "2026-04-07 10:00",
           "end": "2026-04-07 11:00",
           "summary": "Interview Regulatory Affairs Associate – Lucie Prévost-Nakashima",
           "location": "Microsoft Teams-Besprechung",
           "organizer": ("Nadine Egli", "nadine.egli@cellvia.example.ch"),
           "description": "Interview mit Nadine Egli (HR) und Marco Baumann (Head of Quality)."},
      company="Cellvia", contact="nadine.egli@cellvia.example.ch", body="""\
Hallo Lucie

Wie telefonisch besprochen, sende ich dir hiermit die Einladung für unser Interview am Dienstag, 7. April, um 10 Uhr per Teams. Dabei sind Marco (Head of Quality) und ich.

Freue mich!
Nadine

Nadine Egli | People & Culture | Cellvia AG | Wagistrasse 14, 8952 Schlieren

________________________________________________________________________________
Microsoft Teams-Besprechung
Über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teilnehmen
[Klicken Sie hier, um an der Besprechung teilzunehmen](https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VsbHZpYQ%40thread.v2/0)
Besprechungs-ID: 384 551 920 117
Kennung: q7Tz2M
________________________________________________________________________________
"""),

    m("invite_hospital_zuerichberg", "interview_invitation", "de",
      ("Barbara Meier", "barbara.meier@spital-zuerichberg.example.ch"),
      "Einladung zum Vorstellungsgespräch – Fachspezialistin Arzneimittelinformation & Zulassung 80 %",
      "2026-09-07 14:25", charset="iso-8859-1", cte="quoted-printable",
      refs=["ack_reply_to_zuerichberg"],
      company="Spital Zürichberg", contact="barbara.meier@spital-zuerichberg.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Vielen Dank für Ihre Bewerbung als Fachspezialistin Arzneimittelinformation und Zulassung (80 %) in unserer Spitalapotheke. Ihre Unterlagen haben uns angesprochen, und wir laden Sie gerne zu einem Vorstellungsgespräch ein:

Datum: Donnerstag, 17. September 2026
Zeit: 09.00 bis ca. 10.15 Uhr
Ort: Spital Zürichberg, Haus B, Spitalapotheke, Besprechungsraum B2.104

Am Gespräch nehmen Dr. Andrea Caflisch (Chefapothekerin) und ich teil. Bitte melden Sie sich am Empfang Haus B.

Wir bitten Sie, uns den Termin bis am 11. September per E-Mail oder telefonisch zu bestätigen.

Freundliche Grüsse

Barbara Meier
HR-Fachfrau
Spital Zürichberg
Telefon 044 555 31 22
"""),

    m("softgarden_video_invite_sandfeld", "interview_invitation", "de",
      ("Sandfeld Pharma Services", "bewerbermanagement-noreply@softgarden.io"),
      "Einladung zum Videointerview – Regulatory Affairs Specialist (m/w/d)",
      "2026-05-11 09:30", struct="html", skin=SANDFELD_SOFTGARDEN,
      company="Sandfeld Pharma Services", body="""\
Sehr geehrte Frau Prévost-Nakashima,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Specialist (m/w/d) bei der Sandfeld Pharma Services AG. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videointerview ein.

**Termin:** Dienstag, 19. Mai 2026, 15:00–15:45 Uhr
**Gesprächspartner:** Lukas Gerber (Team Lead Regulatory Affairs) und Selina Hofer (HR)

Den Zugangslink zum Videointerview finden Sie hier:

[Zum Videointerview](https://sandfeld.softgarden.io/video/interview/5521-ra)

Bitte testen Sie vorab Kamera und Mikrofon. Sollte der Termin nicht passen, können Sie ihn über Ihr Bewerberkonto verschieben.

Mit freundlichen Grüssen

Ihr HR-Team
Sandfeld Pharma Services AG
"""),

    m("invite_public_heilmittelamt", "interview_invitation", "de",
      ("Urs Stöckli", "urs.stoeckli@heilmittelamt-bs.example.ch"),
      "Einladung Vorstellungsgespräch – wissenschaftliche Mitarbeiterin/wissenschaftlicher Mitarbeiter Inspektorat (70–80 %)",
      "2026-06-08 15:12", charset="utf-8", cte="quoted-printable", hdr_charset="iso-8859-1",
      company="Regionales Heilmittelamt Basel", contact="urs.stoeckli@heilmittelamt-bs.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir beziehen uns auf Ihre Bewerbung vom 20. Mai 2026 und freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.

Datum: Mittwoch, 24. Juni 2026
Zeit: 10.00 Uhr
Ort: Regionales Heilmittelamt Basel, Kannenfeldstrasse 2, 4056 Basel, Sitzungszimmer 1. OG

Das Auswahlgremium besteht aus Frau Dr. Regula Imhof, Leiterin Inspektorat, Herrn Daniel Schaub, Inspektor, sowie dem Unterzeichnenden. Zu Beginn erhalten Sie eine kurze schriftliche Aufgabe (ca. 20 Minuten).

Wir bitten um eine kurze Bestätigung an diese E-Mail-Adresse.

Freundliche Grüsse

Urs Stöckli
Leiter Personal und Finanzen
Regionales Heilmittelamt Basel
Tel. 061 555 44 10
"""),

    m("greenhouse_scheduling_liffey", "interview_invitation", "en",
      ("Liffey Biopharma via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation – Regulatory Affairs Associate (Remote, EU)",
      "2026-05-21 13:05", tz="UTC", struct="alt", skin=LIFFEY_GREENHOUSE, link_style="angle",
      reply_to=("Aoife Brennan", "aoife.brennan@liffeybio.example.ie"),
      company="Liffey Biopharma", contact="aoife.brennan@liffeybio.example.ie", body="""\
Hi Lucie,

Thanks again for your interest in Liffey Biopharma! We'd love to invite you to a 45-minute video interview with Ciarán Murphy (Regulatory Affairs Manager) and Priya Nair (Senior RA Specialist).

Please use the link below to pick a time that suits you. All times are shown in your local time zone.

[Select a time](https://app.greenhouse.io/scheduling/liffeybio/3c8e2f)

If none of the slots work, just reply to this email and I'll find an alternative.

Looking forward to it,
Aoife Brennan
Talent Partner, Liffey Biopharma
"""),

    m("hiring_manager_video_corrib", "interview_invitation", "en",
      ("Declan Walsh", "declan.walsh@corribrs.example.ie"),
      "Regulatory Submissions Coordinator - video call",
      "2026-03-12 16:45", tz="Europe/Dublin", mua="outlook", charset="us-ascii", cte="7bit",
      company="Corrib Regulatory Services", contact="declan.walsh@corribrs.example.ie", body="""\
Hi Lucie,

I'm the hiring manager for the Regulatory Submissions Coordinator role you applied for. Your background is a bit unusual for us, which is exactly why I'd like to chat.

Would Thursday 19 March at 2pm Irish time (3pm for you) work for a 30-minute video call? I'll send a Teams link once you confirm. We'll talk through your experience and I'll explain the written exercise that forms the second stage.

Best regards,
Declan

Declan Walsh
Head of Regulatory Operations
Corrib Regulatory Services Ltd.
Galway Technology Park, Parkmore, Galway H91 A2C8
+353 91 555 220
"""),

    m("ashby_schedule_emerald", "interview_invitation", "en",
      ("Emerald Generics Recruiting", "no-reply@ashbyhq.com"),
      "Interview with Emerald Generics – please schedule",
      "2026-07-06 10:20", tz="UTC", struct="alt", skin=EMERALD_ASHBY,
      company="Emerald Generics", body="""\
Hi Lucie,

Thanks for your application for the Regulatory Affairs Officer (Lifecycle) role. The team would like to move you forward to a first-round interview.

**Interview:** Regulatory Affairs Officer – Hiring Manager Screen
**Duration:** 30 minutes
**Format:** Google Meet (the link will be in your calendar invite once booked)

[Schedule your interview](https://jobs.ashbyhq.com/emerald-generics/schedule/7d1c)

This link expires in 5 days. Please don't reply to this email – it's sent from an unmonitored address.

Emerald Generics Talent Team
"""),

    m("terse_iphone_howth", "interview_invitation", "en",
      ("Ronan Fitzgerald", "ronan@howthpharma.example.ie"),
      "Re: CV - RA consultant role",
      "2026-09-02 07:48", tz="Europe/Dublin", mua="iphone", charset="utf-8", cte="8bit",
      refs=["ack_referral_howth", "<4C8E1B90-2F7D-4A63-9E05-D1B3A6F72C18@example.ch>"],
      company="Howth Pharma Consulting", contact="ronan@howthpharma.example.ie", body="""\
Hi Lucie - had a look, really like it. Can we do a call Tues 8th at 11 your time? 45 mins, video. Will send a link.
R

Sent from my iPhone

> On 1 Sep 2026, at 21:10, Lucie Prévost-Nakashima <lucie.pn@example.ch> wrote:
>
> Hi Ronan,
> Many thanks for getting back to me so quickly. I'm attaching the updated version of my CV with the regulatory certificate I completed in June. Happy to talk whenever suits you.
> Best regards,
> Lucie
>
>> On 31 Aug 2026, at 17:30, Ronan Fitzgerald <ronan@howthpharma.example.ie> wrote:
>>
>> Got your CV via Siobhán, thanks. I'll read it this week.
>> Ronan Fitzgerald | Director | Howth Pharma Consulting
"""),

    m("workable_tu_bioneta", "interview_invitation", "es",
      ("Bioneta Therapeutics", "noreply@workablemail.com"),
      "Entrevista – Regulatory Affairs Specialist (remoto) – Bioneta Therapeutics",
      "2026-06-18 12:00", tz="Europe/Madrid", struct="html",
      reply_to=("Núria Vidal", "nuria.vidal@bioneta.example.es"),
      skin=BIONETA_WORKABLE,
      company="Bioneta Therapeutics", contact="nuria.vidal@bioneta.example.es", body="""\
Hola Lucie,

¡Gracias por tu interés en Bioneta Therapeutics! Hemos revisado tu candidatura para el puesto de Regulatory Affairs Specialist (remoto) y nos gustaría conocerte.

Te proponemos una entrevista por videollamada de 40 minutos con Núria Vidal (People & Culture) y Albert Roca (Director de Desarrollo Clínico). Reserva el hueco que mejor te venga aquí:

[Reservar entrevista](https://apply.workable.com/bioneta-therapeutics/schedule/1a2b3c)

Si tienes cualquier duda, responde a este correo y te contestaremos lo antes posible.

¡Un saludo!
Núria Vidal
People & Culture · Bioneta Therapeutics
"""),

    m("invite_tu_regmed", "interview_invitation", "es",
      ("Jordi Ferrer", "jordi.ferrer@regmed.example.es"),
      "Entrevista Consultor/a Junior – viernes",
      "2026-07-08 18:22", tz="Europe/Madrid", mua="gmail", charset="utf-8", cte="quoted-printable",
      company="Regulatoria Mediterránea", contact="jordi.ferrer@regmed.example.es", body="""\
Hola Lucie:

Gracias por enviarnos tu CV. Me ha parecido muy interesante tu paso de la farmacia a los registros, y creo que encajarías bien en el equipo.

¿Te va bien una entrevista por Teams el viernes 17 de julio a las 12:00? Seremos Montse, nuestra responsable de registros, y yo. Calcula una hora, más o menos.

Dime algo y te paso el enlace.

Un saludo,
Jordi

Jordi Ferrer Vilaró
Socio director · Regulatoria Mediterránea
+34 93 555 27 18
"""),

    # == interview_reschedule_or_cancel ==========================================================

    m("google_calendar_update_nyonbiotics", "interview_reschedule_or_cancel", "fr",
      ("Raphaël Künzi", "raphael@nyonbiotics.example.ch"),
      "Invitation mise à jour : Entretien Lucie Prévost-Nakashima / Nyonbiotics @ ven. 20 mars 2026 09:30 - 10:30 (CET) (lucie.pn@example.ch)",
      "2026-03-16 08:05", mua="gmail", struct="alt", skin=GOOGLE_CALENDAR, ics_style="google",
      refs=["google_calendar_request_nyonbiotics"],
      ics={"method": "REQUEST", "uid": NYON_UID, "sequence": 1, "start": "2026-03-20 09:30",
           "end": "2026-03-20 10:30", "summary": "Entretien Lucie Prévost-Nakashima / Nyonbiotics",
           "location": "Nyonbiotics, Route de la Longeraie 9, 1262 Eysins",
           "organizer": ("Raphaël Künzi", "raphael@nyonbiotics.example.ch"),
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "description": "Nouvel horaire : vendredi matin (Mei en audit jeudi)."},
      company="Nyonbiotics", contact="raphael@nyonbiotics.example.ch", body="""\
Salut Lucie,
Petit changement : Mei est en audit fournisseur jeudi, je décale notre entretien à vendredi matin 9h30, même endroit. Dis-moi si ça te pose problème, sinon à vendredi !
Raphaël

## Cet événement a été modifié
Entretien Lucie Prévost-Nakashima / Nyonbiotics
Nouvel horaire : vendredi 20 mars 2026 · 09:30 – 10:30
Ancien horaire : jeudi 19 mars 2026 · 14:00 – 15:00
Fuseau horaire : Europe/Zurich
Lieu : Nyonbiotics, Route de la Longeraie 9, 1262 Eysins
Organisateur : Raphaël Künzi – raphael@nyonbiotics.example.ch

Répondre : [Oui](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=1) · [Non](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=2) · [Peut-être](https://calendar.google.com/calendar/event?action=RESPOND&eid=NXI3a3EzbTA&rst=3)
"""),

    m("switch_to_video_helvepharm", "interview_reschedule_or_cancel", "fr",
      ("Julie Perrin", "julie.perrin@helvepharm.example.ch"),
      "Votre entretien de jeudi – passage en visioconférence",
      "2026-08-17 16:30", mua="outlook", charset="utf-8", cte="quoted-printable",
      refs=["invite_smartrecruiters_helvepharm"],
      company="Helvepharm", contact="julie.perrin@helvepharm.example.ch", body="""\
Bonjour Lucie,

Je reviens vers vous au sujet de votre entretien prévu ce jeudi 20 août à 10h00.

En raison de travaux imprévus dans notre bâtiment de Renens, nous ne pourrons pas vous accueillir sur place. Je vous propose de maintenir l'horaire, mais de passer l'entretien en visioconférence via Microsoft Teams. Le Dr Jaquet et moi-même serons connectés depuis nos bureaux provisoires.

Voici le lien de connexion :
https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGVsdmVwaGFybQ%40thread.v2/0
ID de réunion : 312 884 509 771 – Code secret : Hp7xQ2

Si le format à distance ne vous convient pas, nous pouvons aussi décaler l'entretien en présentiel à la semaine suivante. N'hésitez pas à me le dire.

Meilleures salutations

Julie Perrin
Talent Acquisition Partner
Helvepharm SA
Chemin du Closel 5 | 1020 Renens
+41 21 555 64 08
"""),

    m("resched_ill_ldm", "interview_reschedule_or_cancel", "fr",
      ("Nathalie Roch", "n.roch@ldm.example.ch"),
      "RE: Entretien - Assistante affaires réglementaires (80-100 %)",
      "2026-03-02 17:55", mua="outlook", charset="iso-8859-1", cte="quoted-printable",
      refs=["invite_onsite_ldm", "<9A4D7E21-6C0B-4F38-A5E2-8D1F3B7C0E94@example.ch>"],
      company="Laboratoires Dubois-Mercier", contact="n.roch@ldm.example.ch", body="""\
Madame,

Je suis navrée de devoir vous écrire si tardivement : M. Dubois est souffrant et ne pourra pas assurer l'entretien prévu ce jeudi 5 mars. Nous souhaitons bien entendu le maintenir, mais à une autre date.

Seriez-vous disponible le mardi 10 mars à 14h00, au même endroit ? À défaut, le mercredi 11 mars en fin de matinée serait également possible.

Avec mes excuses pour ce contretemps et mes meilleures salutations

Nathalie Roch | Responsable RH | Laboratoires Dubois-Mercier SA
T +41 22 555 41 90

De : Lucie Prévost-Nakashima <lucie.pn@example.ch>
Envoyé : lundi, 23 février 2026 18:20
À : Nathalie Roch <n.roch@ldm.example.ch>
Objet : RE: Entretien - Assistante affaires réglementaires (80-100 %)

Madame Roch,

Je vous remercie pour votre invitation et vous confirme ma présence le jeudi 5 mars à 10h30.

Meilleures salutations
Lucie Prévost-Nakashima
"""),

    m("resched_jury_aim", "interview_reschedule_or_cancel", "fr",
      ("Claire Bovet", "claire.bovet@aim-med.example.ch"),
      "Report de votre entretien - réf. 26-014",
      "2026-03-26 10:15", charset="iso-8859-1", cte="8bit", refs=["convocation_aim"],
      company="Agence intercantonale du médicament", contact="claire.bovet@aim-med.example.ch", body="""\
Madame,

En raison de l'indisponibilité d'un membre de la commission de sélection, nous sommes contraints de reporter l'entretien prévu le mercredi 1er avril 2026 à 14h00.

Nous vous proposons de le déplacer au jeudi 9 avril 2026 à 14h00, au même endroit (Rue des Battoirs 7, salle Léman). Les autres modalités restent inchangées.

Nous vous remercions de bien vouloir nous confirmer votre disponibilité d'ici au 31 mars et vous prions de nous excuser pour ce changement.

Veuillez agréer, Madame, nos salutations distinguées.

Claire Bovet
Responsable RH
Agence intercantonale du médicament (AIM)
Tél. +41 22 555 17 60
"""),

    m("resched_strike_meusesambre", "interview_reschedule_or_cancel", "fr",
      ("Service du Personnel – Meuse & Sambre", "jobs@meuse-sambre.example.be"),
      "Modification – entretien du 28 avril (réf. MS-RA-0412)",
      "2026-04-24 14:40", tz="Europe/Brussels", struct="html", skin=MEUSE_SAMBRE,
      charset="windows-1252", cte="quoted-printable", refs=["belgian_selection_meusesambre"],
      company="Laboratoires Meuse & Sambre", contact="jobs@meuse-sambre.example.be", body="""\
Chère Madame Prévost-Nakashima,

En raison de la grève nationale annoncée pour le mardi 28 avril, qui perturbera fortement les transports publics, nous avons décidé de maintenir votre entretien de sélection à l’heure prévue (9h30), mais de le tenir **par vidéoconférence**.

Vous recevrez lundi une invitation Microsoft Teams de la part de M. Olivier Lambotte. Nous vous remercions de vous connecter cinq minutes avant le début de l’entretien.

Si ce changement de format vous pose difficulté, n’hésitez pas à nous le signaler en répondant à ce courriel.

Veuillez agréer, chère Madame, l’expression de nos salutations distinguées.

Service du Personnel
Laboratoires Meuse & Sambre SA
"""),

    m("terse_time_change_quadrant", "interview_reschedule_or_cancel", "fr",
      ("Élise Garnier", "egarnier@quadrant-reg.example.fr"),
      "Re: Entretien mardi",
      "2026-06-22 08:02", tz="Europe/Paris", mua="iphone", charset="utf-8", cte="8bit",
      hdr_charset="iso-8859-1", refs=["second_round_outlook_quadrant"],
      company="Quadrant Réglementaire", contact="egarnier@quadrant-reg.example.fr", body="""\
Bonjour Lucie, petit changement pour demain : Bertrand est retenu chez un client le matin, on décale l'entretien à 15h au lieu de 11h, même adresse. Vous me confirmez ? Merci !
Élise

Élise Garnier – Quadrant Réglementaire
Envoyé de mon iPhone
"""),

    m("client_cancels_audit_toppharma", "interview_reschedule_or_cancel", "fr",
      ("Kevin Morel", "kevin.morel@toppharma-interim.example.fr"),
      "Entretien jeudi ANNULÉ (mais pas de panique !)",
      "2026-08-25 18:10", tz="Europe/Paris", charset="windows-1252", cte="quoted-printable",
      refs=["agency_exclamations_toppharma"],
      company="Saône BioProduction", contact="kevin.morel@toppharma-interim.example.fr", body="""\
Hello Lucie,

Mauvaise nouvelle de dernière minute : Saône BioProduction vient de m’appeler, ils ont une inspection des autorités qui tombe jeudi et toute l’équipe RA est mobilisée. L’entretien de jeudi 10h est donc ANNULÉ.

Rassure-toi, le poste est toujours ouvert et ils tiennent à te voir ! Mme Fabre me renvoie ses dispos dès la fin de l’inspection, je te recontacte dès que j’ai une nouvelle date.

Désolé pour le contretemps, je sais que tu avais posé ta journée…

Kevin
Top Pharma Intérim – Agence de Lyon Part-Dieu
04 78 55 55 67
"""),

    m("cancel_icims_gse", "interview_reschedule_or_cancel", "fr",
      ("GSE Recrutement", "gse-recrutement@icims.com"),
      "Annulation de votre entretien du 9 juin 2026",
      "2026-05-29 17:05", tz="Europe/Paris", struct="html", skin=GSE_ICIMS,
      company="GSE", body="""\
Bonjour Lucie,

Nous vous informons que votre entretien pour le poste de **Technicien(ne) Affaires Réglementaires – Saint-Priest (réf. 2026-0458)**, prévu le mardi 9 juin 2026 à 14h00, est annulé en raison d'un empêchement de l'équipe de recrutement.

Un membre de notre équipe vous recontactera prochainement afin de vous proposer une nouvelle date.

Nous vous prions de nous excuser pour ce désagrément.

L'équipe Recrutement GSE
"""),

    m("teams_calendar_cancel_cellvia", "interview_reschedule_or_cancel", "de",
      ("Nadine Egli", "nadine.egli@cellvia.example.ch"),
      "Abgesagt: Interview Regulatory Affairs Associate – Lucie Prévost-Nakashima",
      "2026-04-03 09:20", mua="outlook", struct="alt", skin=Skin(style="outlook", lang="de"),
      refs=["teams_calendar_request_cellvia"],
      ics={"method": "CANCEL", "uid": CELLVIA_UID, "sequence": 1, "start": "2026-04-07 10:00",
           "end": "2026-04-07 11:00",
           "summary": "Abgesagt: Interview Regulatory Affairs Associate – Lucie Prévost-Nakashima",
           "location": "Microsoft Teams-Besprechung",
           "organizer": ("Nadine Egli", "nadine.egli@cellvia.example.ch")},
      company="Cellvia", contact="nadine.egli@cellvia.example.ch", body="""\
Hallo Lucie

Leider muss ich unser Interview vom Dienstag absagen: Marco ist krank geworden und fällt für den Rest der Woche aus, und ohne ihn macht das Gespräch wenig Sinn.

Ich melde mich nächste Woche mit einem neuen Terminvorschlag bei dir. Sorry für die Umstände!

Liebe Grüsse
Nadine

Nadine Egli | People & Culture | Cellvia AG
"""),

    m("resched_recruiter_rheinwerk", "interview_reschedule_or_cancel", "de",
      ("Katrin Vogt", "katrin.vogt@rwp.example.ch"),
      "Verschiebung Ihres Interviews vom 10. Juli",
      "2026-07-08 13:32", mua="outlook", charset="utf-8", cte="quoted-printable",
      company="Rheinwerk Pharma", contact="katrin.vogt@rwp.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Sie haben über unser Bewerbungsportal das Interview am Freitag, 10. Juli, um 9.00 Uhr gebucht. Leider ist Dr. Jonas Frey an diesem Tag kurzfristig an einer Behördensitzung in Bern, weshalb wir den Termin verschieben müssen.

Wären Sie am Dienstag, 14. Juli, um 9.00 Uhr oder um 15.30 Uhr verfügbar? Das Gespräch findet wie geplant via Microsoft Teams statt; den neuen Link erhalten Sie nach Ihrer Bestätigung.

Ich entschuldige mich für die Umstände und danke Ihnen für Ihre Flexibilität.

Freundliche Grüsse

Katrin Vogt
Talent Acquisition Partner
Rheinwerk Pharma AG
Klybeckstrasse 141 | 4057 Basel
+41 61 555 18 77 | katrin.vogt@rwp.example.ch
"""),

    m("time_and_room_change_zuerichberg", "interview_reschedule_or_cancel", "de",
      ("Barbara Meier", "barbara.meier@spital-zuerichberg.example.ch"),
      "Terminänderung Vorstellungsgespräch 17. September",
      "2026-09-14 11:05", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1",
      refs=["invite_hospital_zuerichberg"],
      company="Spital Zürichberg", contact="barbara.meier@spital-zuerichberg.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Aufgrund einer Terminkollision von Frau Dr. Caflisch müssen wir Ihr Vorstellungsgespräch leicht verschieben. Neu findet es am Donnerstag, 17. September 2026, um 13.30 Uhr statt (statt 09.00 Uhr). Zudem hat der Raum gewechselt: Wir treffen uns im Besprechungsraum A1.020 im Haupthaus, gleich neben dem Haupteingang.

Bitte bestätigen Sie mir kurz, ob Ihnen die neue Zeit passt.

Freundliche Grüsse

Barbara Meier
HR-Fachfrau
Spital Zürichberg
Telefon 044 555 31 22
"""),

    m("kid_sick_iphone_limmat", "interview_reschedule_or_cancel", "de",
      ("Sabine Wyss", "sabine.wyss@limmat-rp.example.ch"),
      "Re: Kafi nächste Woche?",
      "2026-09-01 06:48", mua="iphone", charset="utf-8", cte="8bit",
      refs=["du_kafi_limmat", "<B2E70C5D-8A14-4F96-9C3B-0E6D2A8F1B47@example.ch>"],
      company="Limmat Regulatory Partners", contact="sabine.wyss@limmat-rp.example.ch", body="""\
Hoi Lucie, sorry für die kurzfristige Nachricht – mein Kleiner hat Fieber und ich bin heute und morgen zu Hause. Können wir unser Gespräch von morgen auf Freitag 14 Uhr schieben? Gleicher Ort. Sonst nächste Woche Dienstag.
Lg Sabine

Von meinem iPhone gesendet

> Am 25.08.2026 um 19:02 schrieb Lucie Prévost-Nakashima <lucie.pn@example.ch>:
>
> Hallo Sabine
> Sehr gerne! Mittwoch, 2. September um 14 Uhr passt mir bestens. Ich freue mich auf das Vorstellungsgespräch und den Kaffee.
> Liebe Grüsse
> Lucie
>
>> Am 24.08.2026 um 07:55 schrieb Sabine Wyss <sabine.wyss@limmat-rp.example.ch>:
>>
>> Hättest du Lust, nächste Woche auf einen Kaffee bei uns im Büro vorbeizukommen?
>> Sabine Wyss | Managing Partner | Limmat Regulatory Partners
"""),

    m("greenhouse_rescheduled_liffey", "interview_reschedule_or_cancel", "en",
      ("Liffey Biopharma via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Updated: your interview with Liffey Biopharma",
      "2026-05-29 10:10", tz="UTC", struct="alt", skin=LIFFEY_GREENHOUSE,
      reply_to=("Aoife Brennan", "aoife.brennan@liffeybio.example.ie"),
      company="Liffey Biopharma", contact="aoife.brennan@liffeybio.example.ie", body="""\
Hi Lucie,

Your interview for the Regulatory Affairs Associate (Remote, EU) position has been rescheduled, as Ciarán has been called into an inspection readiness meeting on the original date.

**New time:** Thursday, 4 June 2026, 10:00–10:45 (Irish time) / 11:00–11:45 (Central European time)
**Previous time:** Tuesday, 2 June 2026, 14:00–14:45 (Irish time)
**Where:** Zoom – the link in your updated calendar invitation still works.

If the new time doesn't suit, reply to this email and we'll sort something out.

Thanks for your flexibility,
Aoife
"""),

    m("push_call_howth", "interview_reschedule_or_cancel", "en",
      ("Ronan Fitzgerald", "ronan@howthpharma.example.ie"),
      "Tomorrow's call",
      "2026-09-07 18:30", tz="Europe/Dublin", mua="gmail", charset="utf-8", cte="quoted-printable",
      refs=["terse_iphone_howth"],
      company="Howth Pharma Consulting", contact="ronan@howthpharma.example.ie", body="""\
Hi Lucie,

Really sorry - a client audit in Cork has been moved forward and I'll be on site all day tomorrow. Could we push our call to Friday 11th, same time (11:00 your time)? If Friday doesn't work, Monday morning is wide open.

Apologies again,
Ronan

--
Ronan Fitzgerald
Director | Howth Pharma Consulting
Harbour Road, Howth, Co. Dublin D13 E6K8
+353 1 555 4410
"""),

    m("resched_viernes_regmed", "interview_reschedule_or_cancel", "es",
      ("Jordi Ferrer", "jordi.ferrer@regmed.example.es"),
      "Re: Entrevista Consultor/a Junior – viernes",
      "2026-07-10 09:40", tz="Europe/Madrid", mua="gmail", charset="utf-8", cte="8bit",
      refs=["invite_tu_regmed", "<0F3C8A61-D27B-4E59-B104-7A9E2C5D8F30@example.ch>"],
      company="Regulatoria Mediterránea", contact="jordi.ferrer@regmed.example.es", body="""\
Hola de nuevo, Lucie:

Te pido disculpas, pero tenemos que cambiar la hora de la entrevista del viernes 17: a las 12:00 Montse tiene una reunión con la Agencia que no podemos mover. ¿Te iría bien a las 10:00 el mismo día? Sigue siendo por Teams.

Si no, podríamos pasarla al lunes 20, a cualquier hora de la tarde.

Gracias y perdona el cambio,
Jordi

Jordi Ferrer Vilaró · Regulatoria Mediterránea

El jue, 9 jul 2026 a las 8:05, Lucie Prévost-Nakashima (<lucie.pn@example.ch>) escribió:
> Hola Jordi:
> Muchas gracias por tu mensaje. El viernes 17 a las 12:00 me va perfecto.
> Saludos,
> Lucie
"""),

    # == missed_interview_notice =================================================================

    m("waited_at_clinic_alpesvaudoises", "missed_interview_notice", "fr",
      ("Anne-Claude Roulin", "ac.roulin@clinique-alpesvaudoises.example.ch"),
      "Votre entretien de ce matin",
      "2026-02-12 11:15", charset="utf-8", cte="quoted-printable",
      company="Clinique des Alpes Vaudoises", contact="ac.roulin@clinique-alpesvaudoises.example.ch", body="""\
Madame,

Nous vous avons attendue ce matin à 10h00 pour votre entretien concernant le poste d'assistante en pharmacie avec responsabilités réglementaires, mais vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.

Peut-être s'agit-il d'un malentendu sur le lieu : l'entretien était prévu sur notre site de Montreux, et non à Aigle. Si vous êtes toujours intéressée par le poste, je vous remercie de me contacter d'ici vendredi afin que nous puissions convenir d'un nouveau rendez-vous.

Meilleures salutations

Anne-Claude Roulin
Pharmacienne responsable
Clinique des Alpes Vaudoises SA
Avenue des Alpes 60 - 1820 Montreux
021 555 88 40
"""),

    m("missed_teams_saintambroise", "missed_interview_notice", "fr",
      ("Jean-Luc Marchetti", "jl.marchetti@gh-saint-ambroise.example.fr"),
      "Entretien de ce matin",
      "2026-05-26 10:32", tz="Europe/Paris", charset="utf-8", cte="8bit",
      refs=["teams_visio_no_accents_saintambroise"],
      company="Groupe hospitalier Saint-Ambroise", contact="jl.marchetti@gh-saint-ambroise.example.fr", body="""\
Madame,

Nous vous attendions ce matin a 10h00 sur Teams pour l'entretien, mais vous ne vous etes pas connectee. Mme Nguyen et moi sommes restes en ligne jusqu'a 10h20.
Le secretariat a essaye de vous joindre au numero indique sur votre CV, sans succes.

Merci de me tenir informe si vous souhaitez maintenir votre candidature.

Dr JL Marchetti
Pharmacien chef de service - PUI
Groupe hospitalier Saint-Ambroise
"""),

    m("tried_to_call_alpestalents", "missed_interview_notice", "fr",
      ("Sophie Zufferey", "sophie.zufferey@alpestalents.example.ch"),
      "Notre entretien téléphonique de 14h",
      "2026-04-16 14:40", mua="outlook", charset="windows-1252", cte="quoted-printable",
      refs=["agency_phone_screen_alpestalents"],
      company="Alpes Talents", contact="sophie.zufferey@alpestalents.example.ch", body="""\
Bonjour Madame Prévost-Nakashima,

Comme convenu, j’ai essayé de vous joindre à 14h00 au 079 555 12 34 pour notre entretien téléphonique, puis à nouveau à 14h10 et à 14h25, sans succès. Je vous ai laissé un message vocal.

Peut-être avez-vous eu un empêchement ? Je reste disponible aujourd’hui jusqu’à 17h30 et demain matin. Rappelez-moi directement ou répondez-moi par e-mail avec un nouveau créneau.

Avec mes meilleures salutations,

Sophie Zufferey
Consultante senior – Life Sciences
Alpes Talents SA
+41 21 555 38 12
"""),

    m("trial_day_no_show_morges", "missed_interview_notice", "fr",
      ("Pharmacie Centrale de Morges", "direction@pharmacie-centrale-morges.example.ch"),
      "Journée d'essai de ce samedi",
      "2026-01-31 13:05", charset="iso-8859-1", cte="8bit", hdr_charset="iso-8859-1",
      company="Pharmacie Centrale de Morges", contact="direction@pharmacie-centrale-morges.example.ch", body="""\
Bonjour Madame Prévost,

Vous étiez attendue ce matin à 8h00 pour votre journée d'essai à la pharmacie. Nous avions organisé le planning en conséquence et l'équipe vous a attendue jusqu'à 9h00.

Nous n'avons reçu ni appel ni message de votre part, ce qui nous surprend après notre entretien très positif de la semaine dernière. Si un imprévu vous a empêchée de venir, merci de nous en informer rapidement. Sans nouvelles de votre part d'ici mardi, nous considérerons que vous ne donnez pas suite.

Meilleures salutations

Dominique Chappuis
Pharmacien responsable
Pharmacie Centrale de Morges
Grand-Rue 72 - 1110 Morges
021 555 02 11
"""),

    m("waited_on_meet_oxalis", "missed_interview_notice", "fr",
      ("Camille Roux", "camille@oxalis-sante.example.fr"),
      "On t'attendait sur Meet 🙂",
      "2026-09-24 11:22", tz="Europe/Paris", mua="gmail", charset="utf-8", cte="8bit",
      company="Oxalis Santé", contact="camille@oxalis-sante.example.fr", body="""\
Hello Lucie,

On avait rendez-vous à 11h sur Google Meet pour ton entretien (poste Regulatory & Quality Associate), mais je ne t'ai pas vue arriver. Je suis restée connectée un quart d'heure au cas où.

Pas de souci si tu as eu un empêchement, ça arrive ! Dis-moi juste si tu veux qu'on reprogramme, j'ai encore des créneaux lundi et mardi prochains.

Belle journée,
Camille
Oxalis Santé · Head of Operations
oxalis-sante.example.fr
"""),

    m("softgarden_missed_video_sandfeld", "missed_interview_notice", "de",
      ("Sandfeld Pharma Services", "bewerbermanagement-noreply@softgarden.io"),
      "Sie haben Ihr Videointerview verpasst",
      "2026-05-19 15:40", struct="html", skin=SANDFELD_SOFTGARDEN, cte="base64",
      company="Sandfeld Pharma Services", body="""\
Sehr geehrte Frau Prévost-Nakashima,

Sie waren heute für ein Videointerview um 15:00 Uhr mit der Sandfeld Pharma Services AG eingeplant. Leider konnten wir Sie im virtuellen Warteraum nicht antreffen; Ihre Gesprächspartner haben 15 Minuten auf Sie gewartet.

Falls technische Probleme aufgetreten sind oder Sie verhindert waren, können Sie über Ihr Bewerberkonto innerhalb von 48 Stunden einen neuen Termin anfragen:

[Neuen Termin anfragen](https://sandfeld.softgarden.io/applicant/reschedule/5521-ra)

Mit freundlichen Grüssen

Ihr HR-Team
Sandfeld Pharma Services AG
"""),

    m("headhunter_client_waited_dreiland", "missed_interview_notice", "de",
      ("Martin Kessler", "m.kessler@kessler-huber.example.ch"),
      "Termin Generika Dreiland heute 13.30 Uhr",
      "2026-05-05 14:22", mua="outlook", charset="iso-8859-1", cte="quoted-printable",
      refs=["headhunter_invite_dreiland"],
      company="Generika Dreiland", contact="m.kessler@kessler-huber.example.ch", body="""\
Guten Tag Frau Prévost-Nakashima

Herr Brunner von der Generika Dreiland AG hat mich soeben angerufen: Er hat heute ab 13.30 Uhr in Pratteln auf Sie gewartet, Sie sind jedoch nicht zum Vorstellungsgespräch erschienen. Auch auf Ihrem Handy konnte ich Sie nicht erreichen.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich so rasch wie möglich bei mir, damit ich unserem Mandanten eine Erklärung geben und allenfalls einen neuen Termin vereinbaren kann.

Freundliche Grüsse

Martin Kessler
Partner
Kessler & Huber Personalberatung AG
T +41 61 555 23 40 | M +41 79 555 81 07
"""),

    m("didnt_join_original_message_corrib", "missed_interview_notice", "en",
      ("Declan Walsh", "declan.walsh@corribrs.example.ie"),
      "RE: Regulatory Submissions Coordinator - video call",
      "2026-03-19 14:25", tz="Europe/Dublin", mua="outlook", charset="us-ascii", cte="7bit",
      refs=["hiring_manager_video_corrib", "<C6A19E3F-0B82-4D74-A5E9-3F2B8D1C7E60@example.ch>"],
      company="Corrib Regulatory Services", contact="declan.walsh@corribrs.example.ie", body="""\
Hi Lucie,

We had you down for 2pm Irish time today but you didn't join the call - I waited on Teams for about 20 minutes. Is everything OK? It may have been the time difference.

If you're still interested, let me know and we can find another slot early next week.

Best regards,
Declan

Declan Walsh | Head of Regulatory Operations | Corrib Regulatory Services

-----Original Message-----
From: Lucie Prevost-Nakashima <lucie.pn@example.ch>
Sent: Friday, March 13, 2026 8:41 AM
To: Declan Walsh <declan.walsh@corribrs.example.ie>
Subject: RE: Regulatory Submissions Coordinator - video call

Hi Declan,

Thank you for the invitation, Thursday 19 March at 2pm Irish time works well for me. I look forward to our conversation.

Kind regards,
Lucie
"""),

    m("ashby_we_missed_you_emerald", "missed_interview_notice", "en",
      ("Emerald Generics Recruiting", "no-reply@ashbyhq.com"),
      "We missed you today",
      "2026-07-14 10:50", tz="UTC", struct="html", skin=EMERALD_ASHBY,
      company="Emerald Generics", body="""\
Hi Lucie,

It looks like you weren't able to join your scheduled interview today (Regulatory Affairs Officer – Hiring Manager Screen, 10:00–10:30 Irish time). Our interviewer waited in the Google Meet for 10 minutes.

If something came up, no problem – you can pick a new time using the link below. If we don't hear from you within 7 days, we'll assume you're no longer interested in the role.

[Book a new time](https://jobs.ashbyhq.com/emerald-generics/reschedule/7d1c)

Emerald Generics Talent Team
"""),

    m("tried_to_call_meet_bioneta", "missed_interview_notice", "es",
      ("Núria Vidal", "nuria.vidal@bioneta.example.es"),
      "Tu entrevista de hoy a las 10:00",
      "2026-06-25 10:35", tz="Europe/Madrid", mua="gmail", charset="utf-8", cte="quoted-printable",
      company="Bioneta Therapeutics", contact="nuria.vidal@bioneta.example.es", body="""\
Hola Lucie:

Te esperábamos hoy a las 10:00 en Google Meet para la entrevista con Albert y conmigo, pero no te has conectado. También hemos intentado llamarte al número de tu CV, sin respuesta.

¿Ha pasado algo? Si quieres, podemos buscar otro hueco esta semana o la que viene; dime qué días te van mejor.

Un saludo,
Núria

Núria Vidal
People & Culture · Bioneta Therapeutics
+34 93 555 81 20
"""),
]
