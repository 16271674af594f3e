"""Corpus 271: invitations (26), reschedules or cancellations (15), missed interviews (10)."""

# ruff: noqa: C408  (every message is a hand-written dict(...) spec)

from __future__ import annotations

from msgs271_common import (
    ME,
    ats_card,
    button,
    gmail_html,
    outlook_quote,
    outlook_word,
    paras,
    reply_quote,
    t,
)

_LAV = ("Hélène Roussel", "helene.roussel@lavergne-vins.example.fr")
_RHONE = ("Julien Masson", "julien.masson@rhone-primeurs.example.fr")
_KESSLER = ("Thomas Vogel", "thomas.vogel@kessler-lebensmittel.example.ch")
_HELV = ("Tom Whitfield", "tom.whitfield@helvetic-nutrition.example.ch")
_CIT = ("Marta Ferrer", "marta.ferrer@citricos-turia.example.es")
_DL = ("Nicole Brändli", "nicole.braendli@dreilaender-logistik.example.ch")

# --- texts reused inside reply chains -------------------------------------------------------

_SAONE_INV = t("""
    Bonjour Baptiste,

    Je suis Karim Benali, chargé de recrutement chez Saône Distribution. Votre candidature au
    poste d'assistant achats a retenu notre attention.

    Seriez-vous disponible pour un échange téléphonique d'une vingtaine de minutes jeudi
    19 mars à 11h00 ? Je vous appellerai au numéro indiqué sur votre CV.

    Bien à vous,
    Karim Benali
""")

_SAONE_REQ = t("""
    Bonjour Monsieur Benali,

    Merci beaucoup pour votre message. Jeudi matin je suis au fournil jusqu'à 13h et je ne
    pourrai pas répondre au téléphone. Serait-il possible de décaler notre échange au mardi
    24 mars après 14h, ou à un autre moment qui vous conviendrait ?

    Bien cordialement,
    Baptiste Nguyen-Ferrand
""")

_LEMAN_REQ = t("""
    Hi Claire,

    Thanks for the invitation. Unfortunately I'm on an early shift on Wednesday and can't
    take a call at 9:30. Would Thursday afternoon or Friday morning work instead?

    Best regards,
    Baptiste
""")

_RHONE_INV = t("""
    Bonjour Baptiste,

    Comme convenu par téléphone, je vous envoie l'invitation pour notre entretien en visio
    avec Mme Perrin, responsable des achats fruits et légumes, le mardi 28 avril à 14h00.

    Julien Masson
""")

_GENEVEST_INV = t("""
    Hi Baptiste,

    Priya here, I head procurement ops at Genevest. Read your application last night. Are you
    free Thursday at 10 to chat for half an hour over Zoom? Nothing formal.

    Priya
""")

_MEDITERRA_INV = t("""
    Hi Baptiste,

    Could we do a first phone interview on Thursday 10 September at 10:00 (Valencia time)?
    I'll call you on +33 6 41 27 88 15.

    Daniel Brooks
    Operations Manager, Mediterra Foods
""")

_VALDOR_INV_TEXT = t("""
    Bonjour Baptiste,

    Bonne nouvelle : votre candidature au poste Assistant achats – pièces mécaniques
    (R-10482) passe à l'étape suivante.

    Nous vous invitons à un entretien vidéo de 45 minutes avec Inès Carvalho (Talent
    Acquisition) et Olivier Rey (Acheteur senior). Choisissez votre créneau entre le 16 et
    le 18 février directement dans votre espace candidat :

    https://valdor.wd3.myworkday.com/fr-FR/valdor_careers/interview/schedule/R-10482

    Le lien Microsoft Teams vous sera envoyé dès la réservation du créneau.

    À bientôt,
    Talent Acquisition – Valdor Industries
""")

_SALEVE_CLIN_INV = t("""
    Madame, Monsieur,

    Nous avons le plaisir de vous inviter à un entretien vidéo pour le poste d'Assistant(e)
    achats – dispositifs médicaux (80 %), Clinique du Salève, Chêne-Bougeries.

    Date : jeudi 4 juin 2026
    Heure : 15h30 (heure de Genève)
    Durée : 45 minutes
    Participants : Valérie Rochat (RH), Dr Paul Reymond (pharmacien-chef)
    Lien : https://clinique-saleve.example.ch/teams/entretien-4821

    Merci de confirmer votre présence via votre espace candidat avant le 29 mai.

    Service des Ressources humaines
    Clinique du Salève
""")

_KLYBECK_INV = t("""
    Guten Tag Herr Nguyen-Ferrand

    Gerne laden wir Sie zu unserem Assessment-Center für die Stelle «Assistent/in Einkauf
    technische Güter (80–100 %)» ein.

    Datum: Mittwoch, 2. September 2026
    Zeit: 08.30 – 15.00 Uhr
    Ort: Klybeck Chemie, Gebäude K-12, Mauerstrasse 6, 4057 Basel

    Programm: Begrüssung, Fallstudie Lieferantenvergleich, Gruppenübung,
    Einzelgespräch mit der Einkaufsleitung. Für das Mittagessen ist gesorgt.

    Bitte bestätigen Sie Ihre Teilnahme über den folgenden Link:
    https://klybeck-chemie.softgarden.io/de/event/ac-2026-09/confirm

    Freundliche Grüsse
    Talent Acquisition, Klybeck Chemie
""")

_CIT_INV = t("""
    Hola Baptiste:

    Gracias por tu interés en el puesto de Técnico/a de compras junior en Cítricos del
    Turia. Nos gustaría conocerte en persona.

    Te proponemos una entrevista el martes 16 de junio a las 10:00 en nuestras oficinas del
    Polígono Fuente del Jarro (C/ Ciudad de Sevilla 14, Paterna). Estarán Marta Ferrer
    (RRHH) y Jordi Puig, responsable de compras. Te envío la convocatoria en el calendario.

    Si no te viene bien, dime qué otros días tienes libres esa semana.

    Un saludo,
    Marta Ferrer
    Responsable de RRHH · Cítricos del Turia
""")

_KESSLER_INV = t("""
    Sehr geehrter Herr Nguyen-Ferrand

    Vielen Dank für Ihre Bewerbung als Einkaufsassistent. Gerne möchten wir Sie persönlich
    kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

    Donnerstag, 18. Juni 2026, 14.00 – 15.00 Uhr
    Kessler Lebensmittel AG, Sitzungszimmer «Rhein», Hochbergerstrasse 40, 4057 Basel

    Am Gespräch nehmen Frau Jana Frey (HR) und ich teil. Eine Kalendereinladung liegt bei;
    bitte nehmen Sie diese an oder schlagen Sie einen anderen Termin vor.

    Freundliche Grüsse
    Thomas Vogel
    Leiter Einkauf
""")

_HELV_INV = t("""
    Hi Baptiste,

    Great speaking with you last week. I'd like to invite you to a panel interview for the
    Purchasing Assistant role in Pratteln:

    Tuesday 21 July, 13:30 to 14:30 (CEST)
    On site: Helvetic Nutrition, Rheinstrasse 19, 4133 Pratteln
    Panel: Sabine Koch (Head of Procurement), Marc Jenni (Supply Planner) and me

    The calendar invite is attached. Please bring ID for the gatehouse.

    Best,
    Tom
""")

_LAV_INV = t("""
    Bonjour Baptiste,

    Merci pour votre candidature au poste d'assistant achats (matières sèches et
    fournitures de cave). Nous souhaiterions vous rencontrer pour un entretien avec Marc
    Delorme (DRH) et moi-même.

    Jeudi 5 mars 2026 à 14h00
    Maison Lavergne, 27 rue Paradis, 21200 Beaune (entrée par la cour)

    Je vous envoie une invitation de calendrier ; merci de l'accepter si le créneau vous
    convient. Comptez environ une heure, visite des caves comprise.

    Hélène Roussel
    Responsable achats
    Maison Lavergne – 27 rue Paradis, 21200 Beaune
    03 80 24 90 11
""")

MESSAGES = [
    # ===================================== interview_invitation ==============================
    dict(
        id="lav-inv", kind="interview_invitation", slug="panel_ics_request", lang="fr",
        company="Maison Lavergne", contact="helene.roussel@lavergne-vins.example.fr",
        frm=_LAV, subject="Invitation : entretien assistant achats – Maison Lavergne",
        date="2026-02-24 10:12", reply="lav-ack",
        text=_LAV_INV, html=outlook_word(paras(_LAV_INV, "MsoNormal")),
        ics=dict(method="REQUEST", uid="lav-2026-0305-entretien@lavergne-vins.example.fr",
                 seq=0, start="2026-03-05 14:00", end="2026-03-05 15:00",
                 summary="Entretien assistant achats – B. Nguyen-Ferrand",
                 location="Maison Lavergne, 27 rue Paradis, 21200 Beaune", organizer=_LAV,
                 placement="alt"),
    ),
    dict(
        id="sb-inv", kind="interview_invitation", slug="hospital_jury_convocation_pdf", lang="fr",
        company="Centre hospitalier Saint-Bénigne",
        contact="recrutement@ch-saint-benigne.example.fr",
        frm=("Direction des ressources humaines", "recrutement@ch-saint-benigne.example.fr"),
        subject="Convocation à un entretien - Assistant achats (réf. DAL-2026-03)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-02 14:37", reply="sb-ack", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Monsieur,

            Suite à l'examen de votre dossier, vous êtes convoqué à un entretien devant la
            commission de recrutement pour le poste d'assistant achats (direction des achats
            et de la logistique), référence DAL-2026-03.

            Date : jeudi 12 février 2026, 10h30
            Lieu : Centre hospitalier Saint-Bénigne, bâtiment administratif, salle du
            conseil (2e étage), 1 boulevard Jeanne d'Arc, Dijon

            La commission sera composée de Mme Garnier, M. Thevenot (ingénieur logistique)
            et d'un représentant de la direction des ressources humaines. Vous disposerez de
            10 minutes pour présenter votre parcours, suivies d'un échange de 20 minutes.

            Merci de vous munir d'une pièce d'identité. Vous trouverez la convocation
            officielle en pièce jointe. En cas d'empêchement, prévenez-nous au 03 80 29 40 00.

            La Direction des ressources humaines
            Centre hospitalier Saint-Bénigne
        """),
        pdfs=[dict(name="Convocation_entretien_DAL-2026-03.pdf",
                   title="Convocation a un entretien de recrutement",
                   lines=["Centre hospitalier Saint-Bénigne - Direction des ressources humaines",
                          "Poste : Assistant achats (DAL-2026-03)",
                          "Candidat : M. Baptiste Nguyen-Ferrand",
                          "Date : jeudi 12 février 2026 à 10h30",
                          "Lieu : bâtiment administratif, salle du conseil, 2e étage"])],
    ),
    dict(
        id="tempo-inv", kind="interview_invitation", slug="agency_sets_client_meeting", lang="fr",
        company="Biscuiterie des Remparts", contact="audrey.lefevre@tempo-interim21.example.fr",
        frm=("Audrey Lefèvre | Tempo Intérim", "audrey.lefevre@tempo-interim21.example.fr"),
        subject="Rendez-vous avec la Biscuiterie des Remparts", date="2026-01-20 16:02",
        reply="tempo-ack",
        text=t("""
            Bonjour Baptiste,

            Bonne nouvelle : la Biscuiterie des Remparts souhaite vous rencontrer pour le
            remplacement de leur assistante achats (CDD de 8 mois, démarrage mi-février).

            Le rendez-vous est fixé le mardi 27 janvier à 10h00, sur place :
            Biscuiterie des Remparts, 9 rue du Transvaal, 21000 Dijon.
            Vous serez reçu par Mme Chantal Perrot, responsable administrative et achats.

            Pensez à apporter deux exemplaires de votre CV et, si possible, une liste de vos
            principaux fournisseurs au fournil (farines, beurre, emballages) : elle apprécie
            le concret.

            Appelez-moi après l'entretien pour me faire un retour !

            Audrey Lefèvre
            Chargée de recrutement – Tempo Intérim Côte-d'Or
            03 80 44 17 90
        """),
        cte="8bit",
    ),
    dict(
        id="saone-inv", kind="interview_invitation", slug="recruiter_phone_screen_ask", lang="fr",
        company="Saône Distribution", contact="karim.benali@saone-distribution.example.fr",
        frm=("Karim Benali", "karim.benali@saone-distribution.example.fr"),
        subject="Échange téléphonique – poste assistant achats", subj_enc=("utf-8", "B"),
        date="2026-03-17 09:26", reply="saone-ack",
        text=_SAONE_INV + t("""

            --
            Karim Benali | Chargé de recrutement
            Saône Distribution – 240 rue des Grandes Varennes, 71000 Mâcon
            +33 3 85 20 64 70
        """),
    ),
    dict(
        id="paintrad-inv", kind="interview_invitation", slug="immersion_day", lang="fr",
        company="Pain & Tradition Bourgogne", contact="franck.lemoine@pain-tradition.example.fr",
        frm=("Franck Lemoine", "franck.lemoine@pain-tradition.example.fr"),
        subject="Journée d'immersion au service achats", date="2026-09-14 08:05",
        text=t("""
            Bonjour Baptiste,

            Suite à notre échange téléphonique, je vous propose de passer une journée
            d'immersion avec l'équipe achats le jeudi 24 septembre, de 8h30 à 16h30.

            Au programme : point fournisseurs du matin, suivi des livraisons de farine,
            préparation d'une commande d'emballages et, en fin de journée, un court
            entretien avec moi et Nadia Colin (RH) pour faire le bilan.

            Adresse : Pain & Tradition Bourgogne, ZAE Cap Nord, 5 rue de Cracovie, Dijon.
            Le déjeuner est pris en charge. Prévoyez des chaussures fermées pour la visite
            de l'atelier.

            Merci de me confirmer par retour de mail.

            Franck Lemoine
            Responsable achats
        """),
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            Suite à notre échange téléphonique, je vous propose de passer une journée
            d'immersion avec l'équipe achats le jeudi 24 septembre, de 8h30 à 16h30.

            Au programme : point fournisseurs du matin, suivi des livraisons de farine,
            préparation d'une commande d'emballages et, en fin de journée, un court
            entretien avec moi et Nadia Colin (RH) pour faire le bilan.

            Adresse : Pain & Tradition Bourgogne, ZAE Cap Nord, 5 rue de Cracovie, Dijon.
            Le déjeuner est pris en charge. Prévoyez des chaussures fermées pour la visite
            de l'atelier.

            Merci de me confirmer par retour de mail.

            Franck Lemoine
            Responsable achats
        """))),
    ),
    dict(
        id="valdor-inv", kind="interview_invitation", slug="workday_self_schedule", lang="fr",
        company="Valdor Industries", contact="",
        frm=("Valdor Industries", "valdor@myworkday.com"),
        subject="Planifiez votre entretien – Assistant achats (R-10482)",
        date="2026-02-11 06:40", tz="-0800",
        text=_VALDOR_INV_TEXT,
        html=ats_card("Valdor Industries", "#111827", paras(_VALDOR_INV_TEXT.split(
            "https://")[0]) + button(
            "Choisir un créneau",
            "https://valdor.wd3.myworkday.com/fr-FR/valdor_careers/interview/schedule/R-10482",
            "#111827"),
            "Message automatique envoyé par Workday pour Valdor Industries."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="saleve-cafe-inv", kind="interview_invitation", slug="casual_coffee_chat", lang="fr",
        company="Cafés Mont-Salève", contact="romain.dubuis@cafes-montsaleve.example.ch",
        frm=("Romain Dubuis", "romain.dubuis@cafes-montsaleve.example.ch"),
        subject="Le poste aux achats", date="2026-04-22 12:47", cte="8bit",
        text=t("""
            Salut Baptiste,

            Ça fait plaisir d'avoir de tes nouvelles ! J'ai transmis ta candidature à notre
            directrice, et elle voudrait te voir pour le poste d'assistant achats café vert.

            T'es dispo jeudi 30 avril en fin de matinée ? On pourrait en parler autour d'un
            café à la torréfaction (route des Jeunes 41, Carouge), elle passerait vers 11h30.
            Rien de très formel, mais amène ton CV quand même.

            Dis-moi vite,
            Romain
        """),
    ),
    dict(
        id="coteaux-inv", kind="interview_invitation", slug="cooperative_phone_screen", lang="fr",
        company="Cave des Trois Coteaux", contact="aurelie.monnier@trois-coteaux.example.fr",
        frm=("Aurélie Monnier", "aurelie.monnier@trois-coteaux.example.fr"),
        subject="Entretien téléphonique – assistant(e) achats", date="2026-07-06 15:18",
        text=t("""
            Bonjour Baptiste,

            Votre candidature spontanée est arrivée au bon moment : nous ouvrons un poste
            d'assistant(e) achats pour préparer les vendanges.

            Je vous propose un premier entretien téléphonique le jeudi 9 juillet à 10h00
            (30 minutes environ). Je vous appellerai au 06 41 27 88 15. Si l'horaire ne
            convient pas, répondez-moi simplement avec vos disponibilités.

            Bien cordialement,
            Aurélie Monnier
            Responsable administrative – Cave des Trois Coteaux
        """),
        html=outlook_word(paras(t("""
            Bonjour Baptiste,

            Votre candidature spontanée est arrivée au bon moment : nous ouvrons un poste
            d'assistant(e) achats pour préparer les vendanges.

            Je vous propose un premier entretien téléphonique le jeudi 9 juillet à 10h00
            (30 minutes environ). Je vous appellerai au 06 41 27 88 15. Si l'horaire ne
            convient pas, répondez-moi simplement avec vos disponibilités.

            Bien cordialement,
            Aurélie Monnier
            Responsable administrative – Cave des Trois Coteaux
        """), "MsoNormal")),
    ),
    dict(
        id="jura-inv", kind="interview_invitation", slug="agency_client_interview", lang="fr",
        company="Micromécanique Doubs", contact="celine.vuillet@jura-emploi.example.fr",
        frm=("Céline Vuillet", "celine.vuillet@jura-emploi.example.fr"),
        cc=[("Agence Besançon", "besancon@jura-emploi.example.fr")],
        subject="Entretien chez Micromécanique Doubs le 18 août", date="2026-08-11 11:09",
        reply="jura-ack", cs="windows-1252", cte="quoted-printable",
        text=t("""
            Bonjour Baptiste,

            Comme évoqué au téléphone, Micromécanique Doubs souhaite vous rencontrer pour le
            poste d'assistant approvisionnement (mission de 6 mois, possibilité d'embauche).

            Rendez-vous le mardi 18 août à 9h00 :
            Micromécanique Doubs, 22 rue de Chaillot, 25000 Besançon – accueil bâtiment B.
            Interlocuteur : M. Olivier Grosjean, responsable de production.

            L'entretien dure environ 45 minutes, avec une visite de l'atelier de décolletage.
            Merci de me confirmer votre présence d'ici vendredi.

            Céline Vuillet
            Jura Emploi Intérim – Agence de Besançon
            03 81 52 07 33
        """),
    ),
    dict(
        id="bertaud-inv", kind="interview_invitation", slug="assessment_session", lang="fr",
        company="Moutarderie Bertaud", contact="emilie.chevalier@moutarderie-bertaud.example.fr",
        frm=("Émilie Chevalier", "emilie.chevalier@moutarderie-bertaud.example.fr"),
        name_enc=("utf-8", "B"),
        subject="Invitation à notre session d'évaluation – assistant achats",
        date="2026-09-01 10:44",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Votre candidature a retenu notre attention et nous vous invitons à la session
            d'évaluation collective organisée pour le poste d'assistant achats.

            Mardi 15 septembre 2026, de 9h00 à 12h30
            Moutarderie Bertaud – 14 rue des Moulins, 21000 Dijon (salle de formation)

            Déroulé : tests de logique et d'Excel (1h), étude de cas sur la comparaison de
            trois fournisseurs de graines de moutarde (1h), puis un entretien individuel de
            20 minutes avec Pascal Jacquot, directeur supply chain.

            Merci de confirmer votre venue en répondant à ce message.

            Émilie Chevalier
            Chargée RH – Moutarderie Bertaud
            03 80 71 36 02
        """),
    ),
    dict(
        id="saleve-clin-inv", kind="interview_invitation", slug="successfactors_video", lang="fr",
        company="Clinique du Salève", contact="valerie.rochat@clinique-saleve.example.ch",
        frm=("Clinique du Salève", "noreply@successfactors.eu"),
        reply_to=("Valérie Rochat", "valerie.rochat@clinique-saleve.example.ch"),
        subject="Invitation à un entretien vidéo", date="2026-05-26 13:20",
        text=_SALEVE_CLIN_INV,
        html=ats_card("Clinique du Salève", "#0e7490", paras(_SALEVE_CLIN_INV),
                      "Pour toute question, répondez à ce message : il sera transmis à "
                      "Valérie Rochat, Ressources humaines."),
    ),
    dict(
        id="arcelin-inv", kind="interview_invitation", slug="cabinet_meeting_unnamed", lang="fr",
        company="Arcelin Conseil", contact="mathilde.sauvage@arcelin-conseil.example.fr",
        frm=("Mathilde Sauvage", "mathilde.sauvage@arcelin-conseil.example.fr"),
        subject="Rencontre au cabinet – mission assistant approvisionnement",
        date="2026-03-06 17:58",
        text=t("""
            Bonjour Baptiste,

            Merci pour notre échange de ce midi. Comme promis, je vous propose de nous
            rencontrer au cabinet pour un entretien approfondi avant de présenter votre
            candidature à mon client, un fabricant de produits traiteur de la région
            lyonnaise dont je ne peux pas encore vous donner le nom.

            Mardi 10 mars à 17h30, Arcelin Conseil, 42 quai Saint-Vincent, Lyon 1er
            (interphone « Arcelin », 3e étage).

            Prévoyez une heure. Nous reviendrons sur votre parcours, vos attentes salariales
            et je vous ferai passer un court questionnaire de personnalité.

            Bien à vous,

            Mathilde Sauvage
            Consultante senior – Supply Chain & Achats
            Arcelin Conseil – +33 4 78 29 61 40

            Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
            leur destinataire.
        """),
        html=outlook_word(paras(t("""
            Bonjour Baptiste,

            Merci pour notre échange de ce midi. Comme promis, je vous propose de nous
            rencontrer au cabinet pour un entretien approfondi avant de présenter votre
            candidature à mon client, un fabricant de produits traiteur de la région
            lyonnaise dont je ne peux pas encore vous donner le nom.

            Mardi 10 mars à 17h30, Arcelin Conseil, 42 quai Saint-Vincent, Lyon 1er
            (interphone « Arcelin », 3e étage).

            Prévoyez une heure. Nous reviendrons sur votre parcours, vos attentes salariales
            et je vous ferai passer un court questionnaire de personnalité.

            Bien à vous,

            Mathilde Sauvage
        """), "MsoNormal")),
    ),
    dict(
        id="rhone-inv", kind="interview_invitation", slug="teams_outlook_request", lang="fr",
        company="Rhône Primeurs", contact="julien.masson@rhone-primeurs.example.fr",
        frm=_RHONE, subject="Entretien Rhône Primeurs – Assistant achats F&L",
        date="2026-04-20 11:31", reply="rhone-ack",
        text=_RHONE_INV + t("""

            ________________________________________________________________________________
            Réunion Microsoft Teams
            Rejoindre : https://teams.example.fr/l/meetup-join/19%3ameeting_RP2804
            ID de réunion : 371 552 908 114   Code secret : p4Xk2e
            ________________________________________________________________________________
        """),
        html=outlook_word(paras(_RHONE_INV, "MsoNormal") + '\n<p class="MsoNormal">'
                          '<a href="https://teams.example.fr/l/meetup-join/19%3ameeting_RP2804">'
                          'Rejoindre la réunion Microsoft Teams</a></p>'),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000RP2804",
                 seq=0, start="2026-04-28 14:00", end="2026-04-28 14:45",
                 summary="Entretien Rhône Primeurs – Assistant achats F&L",
                 location="Réunion Microsoft Teams", organizer=_RHONE, placement="alt",
                 cte="8bit"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        id="rhein-inv", kind="interview_invitation", slug="personio_phone_booking", lang="de",
        company="Rheinmühle Basel", contact="sandra.meier@rheinmuehle.example.ch",
        frm=("Rheinmühle Basel", "no-reply@personio.de"),
        reply_to=("Sandra Meier", "sandra.meier@rheinmuehle.example.ch"),
        subject="Einladung zum Telefoninterview – Sachbearbeiter Einkauf",
        date="2026-04-14 09:03",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Ihre Bewerbung hat uns angesprochen. Gerne würden wir Sie in einem ersten
            Telefoninterview (ca. 30 Minuten) näher kennenlernen.

            Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem
            20. und 22. April:
            https://rheinmuehle.jobs.personio.de/interview/book/8f3a21c7

            Wir rufen Sie zum gewählten Zeitpunkt unter der angegebenen Nummer an.

            Freundliche Grüsse
            Sandra Meier
            Personalleiterin, Rheinmühle Basel AG
        """),
        html=ats_card("Rheinmühle Basel", "#1e3a8a", paras(t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Ihre Bewerbung hat uns angesprochen. Gerne würden wir Sie in einem ersten
            Telefoninterview (ca. 30 Minuten) näher kennenlernen.

            Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem
            20. und 22. April.
        """)) + button("Termin wählen",
                       "https://rheinmuehle.jobs.personio.de/interview/book/8f3a21c7",
                       "#1e3a8a"),
            "Versendet über Personio · Antworten gehen an Sandra Meier"),
    ),
    dict(
        id="kessler-inv", kind="interview_invitation", slug="panel_ics_basel", lang="de",
        company="Kessler Lebensmittel", contact="thomas.vogel@kessler-lebensmittel.example.ch",
        frm=_KESSLER, cc=[("Jana Frey", "jana.frey@kessler-lebensmittel.example.ch")],
        subject="Einladung zum Vorstellungsgespräch am 18. Juni", date="2026-06-10 15:45",
        reply="kessler-ack", text=_KESSLER_INV,
        ics=dict(method="REQUEST", uid="kessler-vg-20260618@kessler-lebensmittel.example.ch",
                 seq=0, start="2026-06-18 14:00", end="2026-06-18 15:00", tzid="Europe/Zurich",
                 summary="Vorstellungsgespräch Einkaufsassistenz – Nguyen-Ferrand",
                 location="Kessler Lebensmittel AG, Sitzungszimmer Rhein, Basel",
                 organizer=_KESSLER, placement="attach"),
    ),
    dict(
        id="dl-inv", kind="interview_invitation", slug="recruiter_phone_interview", lang="de",
        company="Dreiländer Logistik", contact="nicole.braendli@dreilaender-logistik.example.ch",
        frm=_DL, subject="Ihre Bewerbung – kurzes Telefongespräch?", date="2026-02-23 08:57",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Vielen Dank für Ihre Bewerbung als Junior Einkäufer Verpackungsmaterial. Ihr
            Werdegang aus der Bäckerei ist ungewöhnlich, und genau deshalb möchte ich Sie
            gern kennenlernen.

            Hätten Sie diese Woche Zeit für ein Telefongespräch von etwa 20 Minuten? Mir
            passen Mittwoch ab 14 Uhr oder Freitagvormittag. Nennen Sie mir einfach ein
            Zeitfenster.

            Freundliche Grüsse
            Nicole Brändli
            HR Business Partner, Dreiländer Logistik AG
            Hafenstrasse 25, 4127 Birsfelden, T +41 61 319 44 20
        """),
    ),
    dict(
        id="hartmann-inv", kind="interview_invitation", slug="agency_books_client", lang="de",
        company="Backstube Riehen", contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        name_enc=("iso-8859-1", "B"),
        subject="Vorstellungstermin Backstube Riehen", date="2026-01-27 14:10",
        reply="hartmann-ack",
        text=t("""
            Hallo Herr Nguyen-Ferrand

            Gute Neuigkeiten: Die Backstube Riehen möchte Sie für die Einkaufsassistenz
            (60 %, unbefristet) kennenlernen.

            Termin: Dienstag, 3. Februar, 16.00 Uhr
            Ort: Backstube Riehen, Baselstrasse 61, 4125 Riehen (Tram 6 bis «Riehen Dorf»)
            Gesprächspartnerin: Frau Regula Gerber, Geschäftsführerin

            Bringen Sie bitte Ihre Arbeitszeugnisse mit (Übersetzung nicht nötig). Melden
            Sie sich nach dem Gespräch kurz bei mir.

            Freundliche Grüsse
            Marco Stäheli
            Hartmann Personal AG
        """),
        html=gmail_html(paras(t("""
            Hallo Herr Nguyen-Ferrand

            Gute Neuigkeiten: Die Backstube Riehen möchte Sie für die Einkaufsassistenz
            (60 %, unbefristet) kennenlernen.

            Termin: Dienstag, 3. Februar, 16.00 Uhr
            Ort: Backstube Riehen, Baselstrasse 61, 4125 Riehen (Tram 6 bis «Riehen Dorf»)
            Gesprächspartnerin: Frau Regula Gerber, Geschäftsführerin

            Bringen Sie bitte Ihre Arbeitszeugnisse mit (Übersetzung nicht nötig). Melden
            Sie sich nach dem Gespräch kurz bei mir.

            Freundliche Grüsse
            Marco Stäheli
        """))),
    ),
    dict(
        id="klybeck-inv", kind="interview_invitation", slug="softgarden_assessment_center",
        lang="de", company="Klybeck Chemie", contact="",
        frm=("Klybeck Chemie", "noreply@softgarden.io"),
        subject="Einladung zum Assessment-Center", date="2026-08-24 07:30",
        text=_KLYBECK_INV,
        html=ats_card("Klybeck Chemie", "#7c3aed", paras(_KLYBECK_INV),
                      "Diese E-Mail wurde automatisch über softgarden versendet."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="markg-inv", kind="interview_invitation", slug="trial_day_winery", lang="de",
        company="Weinhaus Markgräflerland", contact="stefan.ritter@weinhaus-markgraefler.example.de",
        frm=("Stefan Ritter", "stefan.ritter@weinhaus-markgraefler.example.de"),
        subject="Probearbeitstag bei uns?", date="2026-05-05 20:05",
        text=t("""
            Hallo Baptiste,

            danke für deine Bewerbung und das nette Telefonat am Montag. Bevor wir uns
            entscheiden, würden wir dich gern einen Tag bei uns mitarbeiten lassen:
            Bestellungen bei den Glaslieferanten, Lagerinventur, Mittagessen mit dem Team.

            Passt dir Dienstag, der 12. Mai, ab 8 Uhr? Adresse: Weinhaus Markgräflerland,
            Wilhelmstraße 14, 79379 Müllheim. Vom Badischen Bahnhof bist du in 25 Minuten da.

            Viele Grüße
            Stefan Ritter
            Inhaber
        """),
        html=gmail_html(paras(t("""
            Hallo Baptiste,

            danke für deine Bewerbung und das nette Telefonat am Montag. Bevor wir uns
            entscheiden, würden wir dich gern einen Tag bei uns mitarbeiten lassen:
            Bestellungen bei den Glaslieferanten, Lagerinventur, Mittagessen mit dem Team.

            Passt dir Dienstag, der 12. Mai, ab 8 Uhr? Adresse: Weinhaus Markgräflerland,
            Wilhelmstraße 14, 79379 Müllheim. Vom Badischen Bahnhof bist du in 25 Minuten da.

            Viele Grüße
            Stefan Ritter
        """))),
        cte="base64", html_cte="base64",
    ),
    dict(
        id="leman-inv", kind="interview_invitation", slug="greenhouse_phone_screen", lang="en",
        company="Léman Distribution", contact="claire.dupasquier@leman-distribution.example.ch",
        frm=("Claire Dupasquier via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Claire Dupasquier", "claire.dupasquier@leman-distribution.example.ch"),
        subject="Phone screen for Purchasing Assistant at Léman Distribution",
        date="2026-05-11 14:22",
        text=t("""
            Hi Baptiste,

            Thanks for applying to the Purchasing Assistant role at Léman Distribution! I'd
            love to set up a 30-minute phone screen to learn more about you.

            Please pick a time that suits you using the link below. Slots are available
            Wednesday 13 May to Friday 15 May.

            https://app.greenhouse.io/scheduling/candidate/7c1e0f92b4

            Talk soon,
            Claire Dupasquier
            Talent Acquisition, Léman Distribution
        """),
        html=ats_card("Léman Distribution", "#2563eb", paras(t("""
            Hi Baptiste,

            Thanks for applying to the Purchasing Assistant role at Léman Distribution! I'd
            love to set up a 30-minute phone screen to learn more about you.

            Please pick a time that suits you. Slots are available Wednesday 13 May to
            Friday 15 May.
        """)) + button("Select a time",
                       "https://app.greenhouse.io/scheduling/candidate/7c1e0f92b4")
            + paras("Talk soon,\nClaire Dupasquier"),
            "Sent via Greenhouse on behalf of Léman Distribution"),
    ),
    dict(
        id="genevest-inv", kind="interview_invitation", slug="casual_free_thursday", lang="en",
        company="Genevest Trading", contact="priya.raman@genevest.example.ch",
        frm=("Priya Raman", "priya.raman@genevest.example.ch"),
        subject="Quick chat this week?", date="2026-03-30 22:41", reply="genevest-ack",
        cte="7bit", text=_GENEVEST_INV + "\nSent from Outlook for iOS\n",
    ),
    dict(
        id="helvetic-inv", kind="interview_invitation", slug="ashby_panel_ics", lang="en",
        company="Helvetic Nutrition", contact="tom.whitfield@helvetic-nutrition.example.ch",
        frm=_HELV, subject="Panel interview - Purchasing Assistant, Pratteln",
        date="2026-07-14 10:03", reply="helvetic-ack", text=_HELV_INV, cte="7bit",
        ics=dict(method="REQUEST", uid="ashby-7f2d1c90-panel@helvetic-nutrition.example.ch",
                 seq=0, start="2026-07-21 13:30", end="2026-07-21 14:30", tzid="Europe/Zurich",
                 summary="Panel interview: Baptiste Nguyen-Ferrand / Purchasing Assistant",
                 location="Helvetic Nutrition, Rheinstrasse 19, 4133 Pratteln",
                 organizer=_HELV, placement="both",
                 prodid="-//Ashby//Interview Scheduling//EN"),
    ),
    dict(
        id="mediterra-inv", kind="interview_invitation", slug="phone_interview_valencia",
        lang="en", company="Mediterra Foods", contact="daniel.brooks@mediterra-foods.example.es",
        frm=("Daniel Brooks", "daniel.brooks@mediterra-foods.example.es"),
        subject="Buyer assistant - Valencia", date="2026-09-07 12:15",
        text=_MEDITERRA_INV + t("""

            Mediterra Foods S.L. | Moll de la Duana s/n, 46024 Valencia
            This e-mail and any attachments are confidential and may be privileged. If you
            are not the intended recipient, please notify the sender and delete it.
        """), cte="7bit",
    ),
    dict(
        id="citricos-inv", kind="interview_invitation", slug="ics_request_paterna", lang="es",
        company="Cítricos del Turia", contact="marta.ferrer@citricos-turia.example.es",
        frm=_CIT, subject="Entrevista - Técnico/a de compras junior", date="2026-06-09 09:40",
        reply="citricos-ack", text=_CIT_INV, html=gmail_html(paras(_CIT_INV)),
        ics=dict(method="REQUEST", uid="citricos-entrevista-0616@citricos-turia.example.es",
                 seq=0, start="2026-06-16 10:00", end="2026-06-16 11:00", tzid="Europe/Madrid",
                 summary="Entrevista Baptiste Nguyen-Ferrand – Compras",
                 location="Cítricos del Turia, C/ Ciudad de Sevilla 14, Paterna",
                 organizer=_CIT, placement="alt", prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        id="albufera-inv", kind="interview_invitation", slug="jornada_de_prueba", lang="es",
        company="Horno La Albufera", contact="vicente.soler@hornoalbufera.example.es",
        frm=("Vicente Soler", "vicente.soler@hornoalbufera.example.es"),
        subject="Re: Candidatura ayudante de compras", date="2026-02-16 13:02",
        reply="albufera-appl", cs="iso-8859-1", cte="8bit",
        text=t("""
            Hola Baptiste:

            Gracias por tu correo y por el CV. Nos encaja que vengas del obrador.

            Te propongo una jornada de prueba el lunes 23 de febrero, de 7:00 a 13:00, en el
            obrador central (C/ Sueca 27). Verás cómo hacemos los pedidos de harina y
            mantequilla y luego hablamos un rato con la gerente.

            Confírmame si puedes venir.

            Vicente
        """),
    ),
    dict(
        id="talento-inv", kind="interview_invitation", slug="ett_client_interview", lang="es",
        company="Distribuciones Marítim", contact="laura.gimenez@talentolevante.example.es",
        frm=("Laura Giménez", "laura.gimenez@talentolevante.example.es"),
        reply_to=("Laura Giménez", "laura.gimenez@talentolevante.example.es"),
        subject="Entrevista con Distribuciones Marítim el martes 14", date="2026-04-08 17:33",
        text=t("""
            Hola Baptiste:

            ¡Buenas noticias! Distribuciones Marítim quiere conocerte para el puesto de
            auxiliar de compras y aprovisionamiento.

            Día: martes 14 de abril
            Hora: 12:30
            Lugar: C/ Pintor Maella 9, nave 3 (zona de Nazaret), Valencia
            Te recibirá Pepa Castelló, jefa de compras.

            Lleva el CV impreso y repasa un poco el Excel, que suelen preguntar por tablas
            dinámicas. Llámame al salir y me cuentas.

            Un abrazo,
            Laura Giménez
            Talento Levante ETT · 963 41 22 78
        """),
        html=gmail_html(paras(t("""
            Hola Baptiste:

            ¡Buenas noticias! Distribuciones Marítim quiere conocerte para el puesto de
            auxiliar de compras y aprovisionamiento.

            Día: martes 14 de abril
            Hora: 12:30
            Lugar: C/ Pintor Maella 9, nave 3 (zona de Nazaret), Valencia
            Te recibirá Pepa Castelló, jefa de compras.

            Lleva el CV impreso y repasa un poco el Excel, que suelen preguntar por tablas
            dinámicas. Llámame al salir y me cuentas.

            Un abrazo,
            Laura
        """))),
    ),
    # ================================ interview_reschedule_or_cancel ========================
    dict(
        id="lav-move", kind="interview_reschedule_or_cancel", slug="ics_sequence_bump", lang="fr",
        company="Maison Lavergne", contact="helene.roussel@lavergne-vins.example.fr",
        frm=_LAV, subject="Mise à jour : entretien assistant achats – Maison Lavergne",
        date="2026-03-02 08:51", reply="lav-inv",
        text=t("""
            Bonjour Baptiste,

            Marc Delorme sera en déplacement jeudi après-midi. Je me permets donc de déplacer
            notre entretien au vendredi 6 mars à 10h00, même lieu. L'invitation du
            calendrier a été mise à jour.

            Si ce nouvel horaire vous pose problème, dites-le-moi et nous trouverons autre
            chose.

            Hélène Roussel
            Responsable achats – Maison Lavergne
        """) + reply_quote("fr", "2026-02-24 10:12", _LAV[0], _LAV[1], _LAV_INV, "tb"),
        ics=dict(method="REQUEST", uid="lav-2026-0305-entretien@lavergne-vins.example.fr",
                 seq=1, start="2026-03-06 10:00", end="2026-03-06 11:00",
                 summary="Entretien assistant achats – B. Nguyen-Ferrand (nouvel horaire)",
                 location="Maison Lavergne, 27 rue Paradis, 21200 Beaune", organizer=_LAV,
                 placement="alt", cte="quoted-printable"),
    ),
    dict(
        id="saone-move", kind="interview_reschedule_or_cancel", slug="moved_after_request",
        lang="fr", company="Saône Distribution",
        contact="karim.benali@saone-distribution.example.fr",
        frm=("Karim Benali", "karim.benali@saone-distribution.example.fr"),
        subject="Re: Échange téléphonique – poste assistant achats", date="2026-03-18 14:07",
        reply="saone-req",
        text=t("""
            Bonjour Baptiste,

            Aucun souci. Décalons notre appel au mardi 24 mars à 15h00, je vous appellerai
            sur votre portable. Si d'ici là votre planning au fournil change, prévenez-moi.

            Karim
        """) + reply_quote("fr", "2026-03-18 07:55", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _SAONE_REQ + reply_quote(
                               "fr", "2026-03-17 09:26", "Karim Benali",
                               "karim.benali@saone-distribution.example.fr", _SAONE_INV)),
    ),
    dict(
        id="sb-move", kind="interview_reschedule_or_cancel", slug="jury_member_ill", lang="fr",
        company="Centre hospitalier Saint-Bénigne",
        contact="sylvie.garnier@ch-saint-benigne.example.fr",
        frm=("Sylvie Garnier", "sylvie.garnier@ch-saint-benigne.example.fr"),
        subject="Report de votre entretien du 12 février", date="2026-02-10 17:46",
        reply="sb-inv",
        text=t("""
            Monsieur,

            Un membre de la commission étant souffrant, nous sommes contraints de reporter
            l'entretien prévu ce jeudi 12 février.

            Nous vous proposons le jeudi 19 février à 10h30, dans la même salle. Pourriez-vous
            nous confirmer votre disponibilité par retour de courriel ? Nous vous prions de
            nous excuser pour ce contretemps.

            Sylvie Garnier
            Attachée d'administration hospitalière
            Direction des achats et de la logistique – Centre hospitalier Saint-Bénigne
            Tél. 03 80 29 45 12
        """),
    ),
    dict(
        id="rhone-cancel", kind="interview_reschedule_or_cancel", slug="outlook_method_cancel",
        lang="fr", company="Rhône Primeurs", contact="julien.masson@rhone-primeurs.example.fr",
        frm=_RHONE, subject="Annulé : Entretien Rhône Primeurs – Assistant achats F&L",
        date="2026-04-27 18:02", reply="rhone-inv",
        text=t("""
            Bonjour Baptiste,

            Mme Perrin doit se rendre demain au marché de gros de Corbas pour un litige
            fournisseur et ne pourra pas assurer notre entretien. J'annule donc la réunion de
            demain 14h00.

            Votre candidature reste bien sûr à l'étude : je reviens vers vous d'ici la fin de
            semaine avec de nouvelles dates.

            Julien Masson
            Chargé de recrutement – Rhône Primeurs
            MIN de Lyon-Corbas, 69960 Corbas
        """),
        ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000RP2804",
                 seq=1, start="2026-04-28 14:00", end="2026-04-28 14:45",
                 summary="Annulé : Entretien Rhône Primeurs – Assistant achats F&L",
                 location="Réunion Microsoft Teams", organizer=_RHONE, placement="alt"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")],
    ),
    dict(
        id="tempo-move", kind="interview_reschedule_or_cancel", slug="client_moved_hour",
        lang="fr", company="Biscuiterie des Remparts",
        contact="audrey.lefevre@tempo-interim21.example.fr",
        frm=("Audrey Lefèvre | Tempo Intérim", "audrey.lefevre@tempo-interim21.example.fr"),
        subject="Changement d'horaire – Biscuiterie des Remparts", date="2026-01-26 09:14",
        reply="tempo-inv", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Bonjour Baptiste,

            Petit changement pour demain : Mme Perrot a une réunion de production qui
            déborde le matin. Elle vous recevra à 14h00 au lieu de 10h00, toujours rue du
            Transvaal.

            Pouvez-vous me confirmer par SMS que c'est bon pour vous ?

            Audrey
        """),
    ),
    dict(
        id="saleve-clin-move", kind="interview_reschedule_or_cancel",
        slug="successfactors_new_time", lang="fr", company="Clinique du Salève",
        contact="valerie.rochat@clinique-saleve.example.ch",
        frm=("Clinique du Salève", "noreply@successfactors.eu"),
        reply_to=("Valérie Rochat", "valerie.rochat@clinique-saleve.example.ch"),
        subject="Modification de votre entretien vidéo", date="2026-06-01 11:02",
        html=ats_card("Clinique du Salève", "#0e7490", paras(t("""
            Madame, Monsieur,

            L'horaire de votre entretien vidéo pour le poste d'Assistant(e) achats –
            dispositifs médicaux a été modifié.

            Ancien créneau : jeudi 4 juin 2026, 15h30
            Nouveau créneau : vendredi 5 juin 2026, 9h00 (heure de Genève)

            Le lien de connexion reste inchangé. Merci de confirmer ce nouveau créneau dans
            votre espace candidat.

            Service des Ressources humaines
        """)), "Répondre à ce message joint Valérie Rochat, Ressources humaines."),
    ),
    dict(
        id="bertaud-move", kind="interview_reschedule_or_cancel", slug="strike_postponed",
        lang="fr", company="Moutarderie Bertaud",
        contact="emilie.chevalier@moutarderie-bertaud.example.fr",
        frm=("Émilie Chevalier", "emilie.chevalier@moutarderie-bertaud.example.fr"),
        subject="Report de votre session d'évaluation", date="2026-09-08 09:15",
        reply="bertaud-inv", text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            En raison du mouvement de grève annoncé sur le réseau Divia le 15 septembre, nous
            préférons reporter votre session d'évaluation au mardi 22 septembre, même heure
            (9h00, 14 rue des Moulins, Dijon). Merci de nous confirmer que ce nouveau créneau vous
            convient.

            Émilie Chevalier
            Chargée RH
        """),
    ),
    dict(
        id="kessler-move", kind="interview_reschedule_or_cancel", slug="interviewer_ill_ics",
        lang="de", company="Kessler Lebensmittel",
        contact="jana.frey@kessler-lebensmittel.example.ch",
        frm=("Jana Frey", "jana.frey@kessler-lebensmittel.example.ch"),
        subject="Verschiebung Vorstellungsgespräch – neuer Termin 23. Juni",
        subj_enc=("utf-8", "Q"), date="2026-06-17 16:38", reply="kessler-inv",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Leider ist Herr Vogel seit heute krankgeschrieben. Wir müssen unser Gespräch von
            morgen Donnerstag deshalb verschieben und schlagen Ihnen neu Dienstag, 23. Juni,
            10.00 – 11.00 Uhr vor, am gleichen Ort.

            Die Kalendereinladung ist entsprechend aktualisiert. Bitte entschuldigen Sie die
            kurzfristige Änderung.

            Freundliche Grüsse
            Jana Frey
            HR-Fachfrau, Kessler Lebensmittel AG
            Hochbergerstrasse 40, 4057 Basel, +41 61 638 21 00
        """) + reply_quote("de", "2026-06-10 15:45", _KESSLER[0], _KESSLER[1], _KESSLER_INV),
        ics=dict(method="REQUEST", uid="kessler-vg-20260618@kessler-lebensmittel.example.ch",
                 seq=1, start="2026-06-23 10:00", end="2026-06-23 11:00", tzid="Europe/Zurich",
                 summary="Vorstellungsgespräch Einkaufsassistenz – Nguyen-Ferrand (verschoben)",
                 location="Kessler Lebensmittel AG, Sitzungszimmer Rhein, Basel",
                 organizer=("Jana Frey", "jana.frey@kessler-lebensmittel.example.ch"),
                 placement="attach"),
    ),
    dict(
        id="klybeck-move", kind="interview_reschedule_or_cancel", slug="softgarden_ac_moved",
        lang="de", company="Klybeck Chemie", contact="",
        frm=("Klybeck Chemie", "noreply@softgarden.io"),
        subject="Neuer Termin für das Assessment-Center", date="2026-09-01 07:30",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Wegen einer Sicherheitsübung auf dem Werkareal müssen wir das Assessment-Center
            vom 2. September um eine Woche verschieben.

            Neuer Termin: Mittwoch, 9. September 2026, 08.30 – 15.00 Uhr
            Ort und Programm bleiben unverändert.

            Bitte bestätigen Sie den neuen Termin über diesen Link:
            https://klybeck-chemie.softgarden.io/de/event/ac-2026-09b/confirm

            Freundliche Grüsse
            Talent Acquisition, Klybeck Chemie
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="dl-cancel", kind="interview_reschedule_or_cancel", slug="cancel_no_rejection",
        lang="de", company="Dreiländer Logistik",
        contact="nicole.braendli@dreilaender-logistik.example.ch",
        frm=_DL, subject="Abgesagt: Vorstellungsgespräch Junior Einkäufer",
        date="2026-03-02 12:30", reply="dl-inv",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Wegen eines Systemausfalls in unserem Lager muss ich das Gespräch von morgen
            Dienstag leider absagen. Ihre Bewerbung bleibt selbstverständlich im Rennen; ich
            melde mich in den nächsten Tagen mit zwei neuen Terminvorschlägen.

            Freundliche Grüsse
            Nicole Brändli
        """),
        ics=dict(method="CANCEL", uid="dl-vg-20260303-nguyen@dreilaender-logistik.example.ch",
                 seq=2, start="2026-03-03 15:00", end="2026-03-03 16:00", tzid="Europe/Zurich",
                 summary="Abgesagt: Vorstellungsgespräch Junior Einkäufer",
                 location="Hafenstrasse 25, Birsfelden", organizer=_DL, placement="alt"),
        html=outlook_word(paras(t("""
            Guten Tag Herr Nguyen-Ferrand

            Wegen eines Systemausfalls in unserem Lager muss ich das Gespräch von morgen
            Dienstag leider absagen. Ihre Bewerbung bleibt selbstverständlich im Rennen; ich
            melde mich in den nächsten Tagen mit zwei neuen Terminvorschlägen.

            Freundliche Grüsse
            Nicole Brändli
        """), "MsoNormal"), "DE-CH"),
    ),
    dict(
        id="hartmann-move", kind="interview_reschedule_or_cancel", slug="agency_client_moved",
        lang="de", company="Backstube Riehen",
        contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        subject="AW: Vorstellungstermin Backstube Riehen", date="2026-02-02 11:55",
        reply="hartmann-inv",
        text=t("""
            Hallo Herr Nguyen-Ferrand

            Frau Gerber hat sich gemeldet: Morgen geht es bei ihr wegen einer Lieferung doch
            nicht. Sie möchte das Gespräch auf Freitag, 6. Februar, 15.30 Uhr verschieben –
            Ort wie gehabt.

            Geht das für Sie? Kurze Antwort genügt.

            Freundliche Grüsse
            Marco Stäheli
        """),
    ),
    dict(
        id="leman-move", kind="interview_reschedule_or_cancel", slug="greenhouse_rescheduled",
        lang="en", company="Léman Distribution",
        contact="claire.dupasquier@leman-distribution.example.ch",
        frm=("Claire Dupasquier via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Claire Dupasquier", "claire.dupasquier@leman-distribution.example.ch"),
        subject="Re: Phone screen for Purchasing Assistant at Léman Distribution",
        date="2026-05-12 17:05", reply="leman-req",
        text=t("""
            Hi Baptiste,

            No problem at all. I've moved your phone screen to Friday 15 May at 11:00 (Geneva
            time). Oliver Grant, our purchasing lead, will join as well, so we'll call you
            together.

            An updated confirmation will follow from Greenhouse.

            Best,
            Claire
        """) + reply_quote("en", "2026-05-12 06:48", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _LEMAN_REQ),
    ),
    dict(
        id="helvetic-move", kind="interview_reschedule_or_cancel", slug="calendar_update_seq2",
        lang="en", company="Helvetic Nutrition",
        contact="tom.whitfield@helvetic-nutrition.example.ch",
        frm=_HELV, subject="Updated invitation: Panel interview - Purchasing Assistant",
        date="2026-07-20 08:12", reply="helvetic-inv", cte="7bit",
        text=t("""
            Hi Baptiste,

            Quick change for tomorrow: Sabine is stuck in a supplier audit in the morning, so
            the panel now starts at 15:00 instead of 13:30. Same place, same people. The
            calendar entry has been updated.

            Sorry for the short notice.

            Tom
        """),
        ics=dict(method="REQUEST", uid="ashby-7f2d1c90-panel@helvetic-nutrition.example.ch",
                 seq=2, start="2026-07-21 15:00", end="2026-07-21 16:00", tzid="Europe/Zurich",
                 summary="Panel interview: Baptiste Nguyen-Ferrand / Purchasing Assistant",
                 location="Helvetic Nutrition, Rheinstrasse 19, 4133 Pratteln",
                 organizer=_HELV, placement="both", prodid="-//Ashby//Interview Scheduling//EN"),
    ),
    dict(
        id="citricos-cancel", kind="interview_reschedule_or_cancel", slug="ics_cancel_paterna",
        lang="es", company="Cítricos del Turia", contact="marta.ferrer@citricos-turia.example.es",
        frm=_CIT, subject="Cancelada: Entrevista Baptiste Nguyen-Ferrand – Compras",
        date="2026-06-15 12:20", reply="citricos-inv",
        text=t("""
            Hola Baptiste:

            Tengo que cancelar la entrevista de mañana: Jordi ha tenido que viajar de urgencia
            a la planta de Castellón. Tu candidatura sigue en marcha; en cuanto tenga su
            agenda te propongo otro día.

            Disculpa las molestias.

            Marta
        """) + reply_quote("es", "2026-06-09 09:40", _CIT[0], _CIT[1], _CIT_INV),
        ics=dict(method="CANCEL", uid="citricos-entrevista-0616@citricos-turia.example.es",
                 seq=1, start="2026-06-16 10:00", end="2026-06-16 11:00", tzid="Europe/Madrid",
                 summary="Entrevista Baptiste Nguyen-Ferrand – Compras",
                 location="Cítricos del Turia, C/ Ciudad de Sevilla 14, Paterna",
                 organizer=_CIT, placement="alt", prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        id="citricos-move", kind="interview_reschedule_or_cancel", slug="nueva_fecha", lang="es",
        company="Cítricos del Turia", contact="marta.ferrer@citricos-turia.example.es",
        frm=_CIT, subject="Nueva fecha para tu entrevista", date="2026-06-22 10:05",
        reply="citricos-cancel", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Hola de nuevo, Baptiste:

            Jordi ya está de vuelta. Te propongo trasladar la entrevista que anulamos al
            jueves 25 de junio a las 9:30, en el mismo sitio de Paterna. Si te encaja, te
            mando la nueva convocatoria.

            Un saludo,
            Marta Ferrer
            Responsable de RRHH - Cítricos del Turia
        """),
    ),
    # =================================== missed_interview_notice ============================
    dict(
        id="vuil-missed", kind="missed_interview_notice", slug="waited_at_dairy", lang="fr",
        company="Fromagerie Vuillemin", contact="denis.vuillemin@fromagerie-vuillemin.example.fr",
        frm=("Denis Vuillemin", "denis.vuillemin@fromagerie-vuillemin.example.fr"),
        subject="Rendez-vous de ce matin", date="2026-01-29 11:46", reply="vuil-appl",
        cs="iso-8859-1", cte="8bit",
        text=t("""
            Bonjour,

            Nous vous avons attendu ce matin à 9h30 à la fromagerie comme convenu
            au téléphone, mais vous n'êtes pas venu et nous n'avons pas eu de message.

            S'il y a eu un souci, appelez-moi au 03 81 88 21 54. Sinon, je considérerai que
            le poste ne vous intéresse plus.

            D. Vuillemin
            Fromagerie Vuillemin - 6 rue des Granges, 25000 Besançon
        """),
    ),
    dict(
        id="valdor-missed", kind="missed_interview_notice", slug="waited_on_teams", lang="fr",
        company="Valdor Industries", contact="ines.carvalho@valdor.example.fr",
        frm=("Inès Carvalho", "ines.carvalho@valdor.example.fr"),
        subject="Entretien Teams de ce matin – R-10482", date="2026-02-18 10:03",
        reply="valdor-inv",
        text=t("""
            Bonjour Baptiste,

            Olivier Rey et moi vous avons attendu sur Teams ce matin de 9h00 à 9h20 pour
            l'entretien que vous aviez réservé dans Workday, mais personne ne s'est connecté.

            Peut-être un problème technique ? Merci de me faire signe aujourd'hui si vous
            êtes toujours intéressé par le poste.

            Inès Carvalho
            Talent Acquisition Partner – Valdor Industries
            7 rue de Gerland, 69007 Lyon – +33 4 72 76 30 15
        """),
        html=outlook_word(paras(t("""
            Bonjour Baptiste,

            Olivier Rey et moi vous avons attendu sur Teams ce matin de 9h00 à 9h20 pour
            l'entretien que vous aviez réservé dans Workday, mais personne ne s'est connecté.

            Peut-être un problème technique ? Merci de me faire signe aujourd'hui si vous
            êtes toujours intéressé par le poste.

            Inès Carvalho
            Talent Acquisition Partner – Valdor Industries
        """), "MsoNormal")),
    ),
    dict(
        id="jura-missed", kind="missed_interview_notice", slug="agency_client_no_show",
        lang="fr", company="Micromécanique Doubs",
        contact="celine.vuillet@jura-emploi.example.fr",
        frm=("Céline Vuillet", "celine.vuillet@jura-emploi.example.fr"),
        subject="Absence à l'entretien Micromécanique Doubs", date="2026-08-18 10:12",
        reply="jura-inv", cs="windows-1252", cte="quoted-printable",
        text=t("""
            Baptiste,

            M. Grosjean vient de m'appeler : il vous attendait à 9h00 à l'accueil du bâtiment
            B et vous ne vous êtes pas présenté. J'ai essayé de vous joindre à 9h15 et 9h40,
            je suis tombée sur votre messagerie.

            J'espère qu'il ne vous est rien arrivé. Rappelez-moi dès que possible, que je
            puisse lui donner une explication.

            Céline Vuillet – Jura Emploi Intérim
            03 81 52 07 33
        """),
    ),
    dict(
        id="coteaux-missed", kind="missed_interview_notice", slug="called_twice_voicemail",
        lang="fr", company="Cave des Trois Coteaux",
        contact="aurelie.monnier@trois-coteaux.example.fr",
        frm=("Aurélie Monnier", "aurelie.monnier@trois-coteaux.example.fr"),
        subject="RE: Entretien téléphonique – assistant(e) achats", date="2026-07-09 10:34",
        reply="coteaux-inv",
        text=t("""
            Bonjour Baptiste,

            J'ai essayé de vous joindre deux fois ce matin à 10h00 au 06 41 27 88 15, sans succès
            (messagerie). Pouvez-vous me rappeler pour que l'on refixe notre entretien téléphonique ?

            Aurélie Monnier
        """),
    ),
    dict(
        id="brott-missed", kind="missed_interview_notice", slug="empty_video_link", lang="fr",
        company="Laboratoires Brotteaux", contact="nathalie.ferreira@labo-brotteaux.example.fr",
        frm=("Nathalie Ferreira", "nathalie.ferreira@labo-brotteaux.example.fr"),
        subject="Visio de 14h – vous n'étiez pas connecté", date="2026-06-19 14:31",
        reply="brott-ack",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Nous avions rendez-vous à 14h00 en visioconférence pour le poste d'assistant
            achats matières premières. Je suis restée connectée jusqu'à 14h25 avec la
            responsable des achats, mais vous ne nous avez pas rejoints.

            Pourriez-vous m'indiquer ce qui s'est passé ? Je ne suis pas certaine de pouvoir
            proposer un second créneau, la shortlist devant être close lundi.

            Nathalie Ferreira
            Chargée de recrutement – Laboratoires Brotteaux
            68 cours Vitton, 69006 Lyon
        """) + outlook_quote("fr", "2026-06-15 09:10",
                             ("Nathalie Ferreira", "nathalie.ferreira@labo-brotteaux.example.fr"),
                             ME, "Invitation : entretien visio vendredi 19 juin 14h",
                             t("""
                                 Bonjour,

                                 Je vous confirme notre entretien en visioconférence le vendredi
                                 19 juin à 14h00. Lien : https://meet.labo-brotteaux.example.fr/rh-0412

                                 Nathalie Ferreira
                             """)),
        html=None,
    ),
    dict(
        id="rhein-missed", kind="missed_interview_notice", slug="nicht_erreicht", lang="de",
        company="Rheinmühle Basel", contact="sandra.meier@rheinmuehle.example.ch",
        frm=("Sandra Meier", "sandra.meier@rheinmuehle.example.ch"),
        subject="Unser Telefoninterview heute um 10 Uhr", date="2026-04-21 10:41",
        reply="rhein-inv", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Wie über Personio vereinbart, habe ich Sie heute um 10.00 Uhr und nochmals um
            10.15 Uhr auf Ihrer Mobilnummer angerufen, Sie jedoch nicht erreicht. Eine
            Nachricht auf der Combox habe ich hinterlassen.

            Bitte teilen Sie mir mit, ob Sie weiterhin Interesse an der Stelle haben.

            Freundliche Grüsse
            Sandra Meier
            Personalleiterin, Rheinmühle Basel AG
            Uferstrasse 90, 4057 Basel, +41 61 690 33 10
        """),
    ),
    dict(
        id="birsig-missed", kind="missed_interview_notice", slug="nicht_erschienen", lang="de",
        company="Spital am Birsig", contact="beat.wyss@spital-birsig.example.ch",
        frm=("Wyss Beat", "beat.wyss@spital-birsig.example.ch"),
        subject="Gespräch vom 6. Oktober", date="2026-10-06 16:20", reply="birsig-ack",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Sie waren heute um 14.00 Uhr zum Vorstellungsgespräch bei der Beschaffung
            eingeladen, sind aber nicht erschienen. Am Empfang hat sich niemand gemeldet.

            Falls etwas Unvorhergesehenes passiert ist, lassen Sie es mich bis Freitag wissen.

            Freundliche Grüsse
            Beat Wyss
            Leiter Beschaffung, Spital am Birsig
            Birsigstrasse 120, 4054 Basel
        """),
        html=gmail_html(paras(t("""
            Guten Tag Herr Nguyen-Ferrand

            Sie waren heute um 14.00 Uhr zum Vorstellungsgespräch bei der Beschaffung
            eingeladen, sind aber nicht erschienen. Am Empfang hat sich niemand gemeldet.

            Falls etwas Unvorhergesehenes passiert ist, lassen Sie es mich bis Freitag wissen.

            Freundliche Grüsse
            Beat Wyss
        """))),
    ),
    dict(
        id="genevest-missed", kind="missed_interview_notice", slug="waited_on_zoom", lang="en",
        company="Genevest Trading", contact="priya.raman@genevest.example.ch",
        frm=("Priya Raman", "priya.raman@genevest.example.ch"),
        subject="Re: Quick chat this week?", date="2026-04-02 10:19", reply="genevest-inv",
        cte="7bit",
        text=t("""
            Hi Baptiste,

            I was on the Zoom link from 10:00 and waited about 15 minutes, but you didn't
            join. Did something come up? Let me know if you're still interested.

            Priya
        """) + reply_quote("en", "2026-03-30 22:41", "Priya Raman",
                           "priya.raman@genevest.example.ch", _GENEVEST_INV),
    ),
    dict(
        id="mediterra-missed", kind="missed_interview_notice", slug="tried_calling_twice",
        lang="en", company="Mediterra Foods", contact="daniel.brooks@mediterra-foods.example.es",
        frm=("Daniel Brooks", "daniel.brooks@mediterra-foods.example.es"),
        subject="Re: Buyer assistant - Valencia", date="2026-09-10 10:27", reply="mediterra-inv",
        cte="7bit",
        text=t("""
            Hi Baptiste,

            I tried calling you twice at 10:00 as agreed, but it went straight to voicemail
            both times. Can you let me know what happened and whether you'd still like to
            talk?

            Daniel
        """) + reply_quote("en", "2026-09-07 12:15", "Daniel Brooks",
                           "daniel.brooks@mediterra-foods.example.es", _MEDITERRA_INV),
    ),
    dict(
        id="albufera-missed", kind="missed_interview_notice", slug="no_se_presento", lang="es",
        company="Horno La Albufera", contact="vicente.soler@hornoalbufera.example.es",
        frm=("Vicente Soler", "vicente.soler@hornoalbufera.example.es"),
        subject="Jornada de prueba de hoy", date="2026-02-23 13:20", reply="albufera-inv",
        cte="8bit",
        text=t("""
            Baptiste:

            Te esperábamos hoy a las 7:00 en el obrador para la jornada de prueba y no has
            aparecido. Tampoco contestas al teléfono.

            Si ha pasado algo, escríbeme. Si no, entiendo que ya no te interesa.

            Vicente
        """),
    ),
]
