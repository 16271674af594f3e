"""Corpus 271, kind `rejection`: 31 hand-written messages (fr 15, de 8, en 4, es 4)."""

# ruff: noqa: C408  (every message is a hand-written dict(...) spec)

from __future__ import annotations

from msgs271_common import (
    ME,
    ats_card,
    forwarded,
    gmail_html,
    outlook_quote,
    outlook_word,
    paras,
    reply_quote,
    t,
)

_SB_THANKS = t("""
    Madame Garnier,

    Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de ce matin.
    La présentation du circuit d'achat des consommables m'a beaucoup intéressé, et je reste
    très motivé par le poste d'assistant achats au sein du service économique.

    Bien cordialement,
    Baptiste Nguyen-Ferrand
""")

_TEMPO_CLIENT = t("""
    Bonjour Audrey,

    Merci pour la présentation de M. Nguyen-Ferrand. Nous l'avons reçu mardi, l'échange a été
    agréable et sa connaissance des matières premières est réelle. Pour ce remplacement, nous
    avons toutefois besoin de quelqu'un d'opérationnel tout de suite sur Sage et sur la
    gestion des litiges fournisseurs ; nous retenons donc une autre personne.

    Vous pouvez le lui transmettre, avec nos remerciements.

    Chantal Perrot
    Responsable administrative et achats
    Biscuiterie des Remparts
""")

_BERTAUD_MOVE = t("""
    Bonjour Monsieur Nguyen-Ferrand,

    En raison du mouvement de grève annoncé sur le réseau Divia le 15 septembre, nous
    préférons reporter votre session d'évaluation au mardi 22 septembre, même heure
    (9h00, 14 rue des Moulins, Dijon). Merci de nous confirmer que ce nouveau créneau vous
    convient.

    Émilie Chevalier
    Chargée RH
""")

_COTEAUX_CHAIN = t("""
    Bonjour Baptiste,

    J'ai essayé de vous joindre deux fois ce matin à 10h00 au 06 41 27 88 15, sans succès
    (messagerie). Pouvez-vous me rappeler pour que l'on refixe notre entretien téléphonique ?

    Aurélie Monnier
""")

_DL_THANKS = t("""
    Sehr geehrte Frau Brändli

    Herzlichen Dank für das angenehme Gespräch von heute Nachmittag und den Rundgang durch
    das Lager in Birsfelden. Die Aufgaben in der Beschaffung von Verpackungsmaterial
    interessieren mich sehr, und ich würde mich freuen, von Ihnen zu hören.

    Freundliche Grüsse
    Baptiste Nguyen-Ferrand
""")

_LEMAN_THANKS = t("""
    Hi Claire,

    Thank you for setting up today's call with Oliver. I enjoyed hearing how the purchasing
    team works with the Geneva warehouse, and I'm still very keen on the Purchasing Assistant
    role. Happy to send anything else you need.

    Best regards,
    Baptiste
""")

_REQUENA_THANKS = t("""
    Estimado Andrés:

    Muchas gracias por recibirme ayer en la bodega y por el tiempo que me dedicó. Me gustó
    mucho conocer cómo gestionan las compras de botella y corcho antes de la vendimia.
    Quedo a su disposición para cualquier información adicional.

    Un saludo cordial,
    Baptiste Nguyen-Ferrand
""")

_R1_HTML = ats_card(
    "Saône Distribution",
    "#0b5394",
    paras(t("""
        Bonjour Baptiste,

        Nous vous remercions de l'intérêt que vous portez à Saône Distribution et du temps
        consacré à votre candidature au poste d'Assistant(e) achats (H/F) – Mâcon.

        Après une étude attentive de l'ensemble des dossiers reçus, nous sommes au regret de
        vous informer que votre candidature n'a pas été retenue pour la suite du processus.

        Nos offres évoluent régulièrement : n'hésitez pas à consulter notre page carrières et
        à postuler à nouveau si une opportunité correspond à votre profil.

        L'équipe Recrutement de Saône Distribution
    """)),
    "Ce message a été envoyé automatiquement par SmartRecruiters pour le compte de Saône "
    "Distribution. Merci de ne pas y répondre. "
    '<a href="https://jobs.smartrecruiters.com/SaoneDistribution/privacy">Confidentialité</a>',
)

_R7_TEXT = t("""
    Bonjour Baptiste,

    Je reviens vers vous concernant la mission d'assistant approvisionnement que je vous avais
    présentée le 10 mars pour l'un de nos clients de l'agroalimentaire lyonnais.

    Le client a arrêté son choix sur un profil issu de la grande distribution, qui maîtrise
    déjà leur ERP. Votre candidature ne sera donc pas présentée au second tour. Je le regrette
    sincèrement, car votre parcours de boulanger vers les achats m'avait convaincue.

    Je garde votre dossier actif chez Arcelin Conseil et je ne manquerai pas de vous
    recontacter pour une mission plus proche de votre expérience.

    Bien à vous,

    Mathilde Sauvage
    Consultante senior – Supply Chain & Achats
    Arcelin Conseil
    42 quai Saint-Vincent, 69001 Lyon
    Tél. : +33 4 78 29 61 40

    Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
    destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
    supprimer. Arcelin Conseil décline toute responsabilité quant à son contenu en cas
    d'altération.
""")

_R9_TEXT = t("""
    Monsieur Nguyen-Ferrand,

    Vous avez postulé au poste « Assistant achats matières premières – Vénissieux »
    (réf. 2026-0412) et nous vous en remercions.

    Nous avons examiné votre dossier avec attention. Le poste requiert une expérience
    confirmée en environnement pharmaceutique (BPF, qualification fournisseurs), que votre
    parcours ne nous permet pas de retrouver à ce stade. Nous ne donnerons donc pas suite à
    votre candidature.

    Vos données resteront conservées deux ans dans notre base, sauf opposition de votre part.

    Cordialement,
    Direction des Ressources Humaines
    Laboratoires Brotteaux
    Ce courriel est généré automatiquement – merci de ne pas y répondre.
""")

_R12_HTML = ats_card(
    "Distrilyon – Carrières",
    "#b45309",
    paras(t("""
        Bonjour Baptiste,

        Merci d'avoir postulé à l'offre Gestionnaire approvisionnement junior (Corbas).

        Le recrutement est désormais clos et nous avons retenu un autre candidat. Avec votre
        accord, votre CV rejoint notre vivier : nous pourrons ainsi penser à vous pour de
        futures ouvertures en logistique ou aux achats.

        Au plaisir de croiser à nouveau votre route,
        Les équipes RH de Distrilyon
    """)),
    "Distrilyon · ZI Corbas Montmartin, 69960 Corbas · "
    '<a href="https://careers-distrilyon.icims.com/jobs/unsubscribe">Gérer mes alertes</a>',
)

_R15_HTML = ats_card(
    "Polyclinique des Chaprais",
    "#047857",
    paras(t("""
        Madame, Monsieur,

        Nous accusons le retour de votre candidature pour le poste de Technicien(ne)
        approvisionnement pharmacie et dispositifs médicaux.

        Malgré l'intérêt de votre démarche, votre profil n'a pas été sélectionné par la
        commission de recrutement. Ce poste exige en effet une formation initiale de
        préparateur en pharmacie hospitalière.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Service des Ressources Humaines
        Polyclinique des Chaprais – Besançon
    """)),
    "Message envoyé via SAP SuccessFactors. Pour exercer vos droits sur vos données, "
    "écrivez à dpo@polyclinique-chaprais.example.fr.",
)

_R17_HTML = ats_card(
    "Klybeck Chemie",
    "#7c3aed",
    paras(t("""
        Guten Tag Herr Nguyen-Ferrand

        Wir möchten uns nochmals für Ihre Teilnahme am Assessment-Center vom 9. September
        bedanken.

        Aufgrund einer kurzfristigen Überprüfung unseres Budgets für 2027 wird die Stelle
        «Assistent/in Einkauf technische Güter (80–100 %)» bis auf Weiteres nicht besetzt.
        Das Verfahren wird daher ohne Entscheid abgeschlossen, und wir können Ihre
        Bewerbung leider nicht weiterverfolgen.

        Sollte die Stelle neu ausgeschrieben werden, informieren wir Sie gerne.

        Freundliche Grüsse
        Talent Acquisition, Klybeck Chemie
    """)),
    "Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese Adresse "
    "werden nicht gelesen.",
)

_R21_TEXT = t("""
    Sehr geehrter Herr Nguyen-Ferrand

    Vielen Dank für Ihre freundlichen Zeilen und für die Zeit, die Sie sich für uns genommen
    haben.

    Nach Abschluss aller Gespräche haben wir uns entschieden, die Stelle mit einer Person zu
    besetzen, die bereits mehrere Jahre in einem Logistikunternehmen im Einkauf tätig war.
    Dieser Entscheid ist uns nicht leichtgefallen. Wir bedauern, Ihnen keinen positiven
    Bescheid geben zu können, und wünschen Ihnen für Ihre berufliche Neuorientierung viel
    Erfolg.

    Freundliche Grüsse

    Nicole Brändli
    HR Business Partner
    Dreiländer Logistik AG
    Hafenstrasse 25, 4127 Birsfelden
    T +41 61 319 44 20

    Diese Nachricht ist vertraulich und nur für den genannten Empfänger bestimmt. Sollten
    Sie nicht der richtige Empfänger sein, benachrichtigen Sie bitte den Absender und
    löschen Sie diese Nachricht.
""") + reply_quote("de", "2026-03-13 17:42", "Baptiste Nguyen-Ferrand", "baptiste.nf@example.fr",
                   _DL_THANKS)

_R23_TEXT = t("""
    Hallo Baptiste

    Danke, dass du dich bei der Rösterei Spalentor als Einkaufsassistent:in beworben hast.
    Wir haben alle Unterlagen gesichtet und uns für andere Bewerbungen entschieden, die
    mehr Erfahrung im Rohkaffee-Einkauf mitbringen.

    Wir wissen, dass so eine Nachricht enttäuschend ist. Trotzdem danken wir dir für dein
    Interesse an unserer Rösterei und wünschen dir alles Gute.

    Dein Spalentor-Team
""")

_R23_HTML = ats_card("Rösterei Spalentor", "#4b2e1e", paras(_R23_TEXT),
                     "Gesendet mit Recruitee · Rösterei Spalentor, Spalenvorstadt 8, 4051 Basel")

_R25_TEXT = t("""
    Dear Baptiste,

    Thank you for your interest in the Junior Procurement Analyst position at Genevest
    Trading and for the time you spent with our team.

    After careful consideration, we have decided to move forward with applicants whose
    commodity-trading background is a closer fit for the desk's current needs.

    We appreciate the effort you put into the process and wish you the very best in your
    search.

    Kind regards,
    The Genevest Talent Team
""")

_R26_TEXT = t("""
    Hi Baptiste,

    I wanted to give you an honest update rather than leave you waiting. Helvetic Nutrition
    has frozen all non-critical hiring for the second half of the year, and the Purchasing
    Assistant role in Pratteln is part of that freeze. We are closing the process and will
    not be progressing any candidates, you included.

    This is no reflection on your interviews: the panel enjoyed meeting you. If the position
    reopens in 2027 I'll reach out personally.

    All the best,
    Tom Whitfield
    Talent Partner, Helvetic Nutrition
""")

_R29_TEXT = t("""
    Hola Baptiste:

    Te escribo porque ya tengo respuesta de Distribuciones Marítim sobre la entrevista del
    pasado día 14. Me dicen que les gustó tu actitud, pero finalmente han optado por una
    persona que ya conoce su programa de gestión de almacén y que puede incorporarse el
    1 de mayo, así que no seguirán contigo en el proceso.

    Sé que te hacía ilusión. En cuanto entre otra oferta de compras en la zona del puerto
    te la paso.

    Un abrazo,
    Laura Giménez
    Consultora de selección · Talento Levante ETT
    Av. del Puerto 112, 46023 Valencia · 963 41 22 78
""")

_R31_HTML = ats_card(
    "Envases Levantinos",
    "#dc2626",
    paras(t("""
        Hola, Baptiste:

        Te escribimos en relación con tu candidatura a Auxiliar de compras (Paterna).

        Por un cambio en la estructura del departamento, la empresa ha decidido cancelar esta
        vacante y no cubrirla este año. Por este motivo cerramos el proceso sin
        seleccionar a ningún candidato.

        Gracias por el interés que has mostrado en Envases Levantinos.

        Equipo de Personas
    """)),
    "Enviado a través de Recruitee. No respondas a este correo.",
)

MESSAGES = [
    # --- French -----------------------------------------------------------------------------
    dict(
        id="saone-rej", kind="rejection", slug="smartrecruiters_formal", lang="fr",
        company="Saône Distribution", contact="",
        frm=("Saône Distribution", "noreply@smartrecruiters.com"), name_enc=("utf-8", "B"),
        subject="Votre candidature : Assistant(e) achats (H/F) – Mâcon",
        date="2026-04-02 07:31", tz="+0000",
        html=_R1_HTML, html_cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("X-SR-Template", "candidate-rejection-fr")],
    ),
    dict(
        id="sb-rej", kind="rejection", slug="hospital_after_thanks", lang="fr",
        company="Centre hospitalier Saint-Bénigne", contact="sylvie.garnier@ch-saint-benigne.example.fr",
        frm=("Sylvie Garnier", "sylvie.garnier@ch-saint-benigne.example.fr"),
        subject="Re: Remerciements - entretien du 19 février",
        date="2026-03-03 16:12", reply="sb-move", refs_raw=["<3f1c2a.bnf@example.fr>"],
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Monsieur,

            Je vous remercie pour votre message, qui a été transmis aux membres du jury.

            Le jury s'est réuni le 27 février. Il a choisi de proposer le poste à une candidate
            déjà en fonction dans un établissement de santé, dont la connaissance des marchés
            publics était déterminante pour nous. Je suis donc au regret de vous indiquer que
            votre candidature n'a pas été retenue.

            Votre entretien a été apprécié ; je vous encourage à surveiller nos publications
            sur le site de l'établissement.

            Sylvie Garnier
            Attachée d'administration hospitalière - Direction des achats et de la logistique
            Centre hospitalier Saint-Bénigne
            1 boulevard Jeanne d'Arc, 21000 Dijon
            Tél. 03 80 29 45 12

            Les informations contenues dans ce courriel sont confidentielles et réservées à
            l'usage du destinataire. Toute diffusion non autorisée est interdite.
        """) + reply_quote("fr", "2026-02-19 12:05", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _SB_THANKS),
    ),
    dict(
        id="tempo-rej", kind="rejection", slug="agency_relays_client_no", lang="fr",
        company="Biscuiterie des Remparts", contact="audrey.lefevre@tempo-interim21.example.fr",
        frm=("Audrey Lefèvre | Tempo Intérim", "audrey.lefevre@tempo-interim21.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="TR: Candidature M. Nguyen-Ferrand – poste assistant achats",
        date="2026-02-05 11:48", reply="tempo-move",
        text=(t("""
            Bonjour Baptiste,

            Je vous transfère ci-dessous le retour de la Biscuiterie des Remparts. Ce n'est
            malheureusement pas la réponse que nous espérions : ils ne donnent pas suite.

            De mon côté rien ne change, votre inscription chez nous reste active et je vous
            propose un point téléphonique la semaine prochaine pour regarder les autres
            missions du secteur.

            Audrey Lefèvre
            Chargée de recrutement
            Tempo Intérim Côte-d'Or – 8 avenue Foch, 21000 Dijon
            03 80 44 17 90
        """) + forwarded("fr", "2026-02-04 17:20",
                         ("Chantal Perrot", "chantal.perrot@biscuiterie-remparts.example.fr"),
                         ("Audrey Lefèvre", "audrey.lefevre@tempo-interim21.example.fr"),
                         "Candidat assistant achats", _TEMPO_CLIENT)),
        html=None,
        cte="quoted-printable",
    ),
    dict(
        id="vuil-rej", kind="rejection", slug="filled_internally_terse", lang="fr",
        company="Fromagerie Vuillemin", contact="denis.vuillemin@fromagerie-vuillemin.example.fr",
        frm=("Denis Vuillemin", "denis.vuillemin@fromagerie-vuillemin.example.fr"),
        subject="Poste adjoint achats",
        date="2026-02-09 19:03", reply="vuil-missed", cte="8bit",
        text=t("""
            Bonsoir,

            Pour faire court : on a finalement confié le poste à Mathieu, qui était déjà chez
            nous à l'affinage. Il n'y a donc plus de place à prendre de ce côté.

            Bonne route à vous.
            D. Vuillemin
        """),
    ),
    dict(
        id="valdor-rej", kind="rejection", slug="workday_soft", lang="fr",
        company="Valdor Industries", contact="",
        frm=("Valdor Industries", "valdor@myworkday.com"),
        subject="Valdor Industries - Mise à jour de votre candidature R-10482",
        date="2026-03-02 05:14", tz="-0800",
        text=t("""
            Bonjour Baptiste,

            Merci d'avoir postulé au poste Assistant achats – pièces mécaniques (R-10482) sur
            notre site de Lyon Gerland.

            Nous avons pris le temps de comparer les candidatures reçues. Nous avons décidé de
            poursuivre avec des personnes dont l'expérience en achats industriels correspond
            davantage aux attentes de l'équipe. Votre dossier ne sera pas retenu pour ce
            poste.

            Vous pouvez suivre vos candidatures et vos alertes depuis votre espace candidat :
            https://valdor.wd3.myworkday.com/fr-FR/valdor_careers/userHome

            Cordialement,
            Talent Acquisition – Valdor Industries
        """),
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            Merci d'avoir postulé au poste Assistant achats – pièces mécaniques (R-10482) sur
            notre site de Lyon Gerland.

            Nous avons pris le temps de comparer les candidatures reçues. Nous avons décidé de
            poursuivre avec des personnes dont l'expérience en achats industriels correspond
            davantage aux attentes de l'équipe. Votre dossier ne sera pas retenu pour ce
            poste.

            Cordialement,
            Talent Acquisition – Valdor Industries
        """))),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    ),
    dict(
        id="morvan-rej", kind="rejection", slug="on_hold_no_follow_up", lang="fr",
        company="Tonnellerie Morvan", contact="lucie.barbier@tonnellerie-morvan.example.fr",
        frm=("Lucie Barbier", "lucie.barbier@tonnellerie-morvan.example.fr"),
        subject="Votre candidature – assistant achats bois et fournitures",
        subj_enc=("windows-1252", "Q"),
        date="2026-08-05 10:27", reply="morvan-ack",
        cs="windows-1252", cte="quoted-printable",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            M. Morvan a bien lu votre CV et m'a chargée de vous répondre.

            Avec la baisse des commandes de fûts cette année, la création du poste d'assistant
            achats est gelée : nous le mettons en suspens jusqu'à nouvel ordre et nous ne
            donnerons pas suite aux candidatures reçues, dont la vôtre. C'est une décision qui
            tient à notre carnet de commandes, pas à votre parcours, que nous avons trouvé
            solide – un boulanger sait ce que c'est que d'avoir le cœur à l'ouvrage !

            Nous vous souhaitons de trouver rapidement.

            Lucie Barbier
            Assistante de direction
            Tonnellerie Morvan – 12 route de Pommard, 21200 Beaune – 03 80 22 64 09
        """),
    ),
    dict(
        id="arcelin-rej", kind="rejection", slug="cabinet_unnamed_client", lang="fr",
        company="Arcelin Conseil", contact="mathilde.sauvage@arcelin-conseil.example.fr",
        frm=("Mathilde Sauvage", "mathilde.sauvage@arcelin-conseil.example.fr"),
        subject="Mission assistant approvisionnement – retour du client",
        date="2026-03-27 18:36", reply="arcelin-inv",
        text=_R7_TEXT,
        html=outlook_word(paras(_R7_TEXT, "MsoNormal")),
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyVq2c1Jx8pQm0aR3uL")],
    ),
    dict(
        id="saleve-cafe-rej", kind="rejection", slug="casual_friendly_no", lang="fr",
        company="Cafés Mont-Salève", contact="romain.dubuis@cafes-montsaleve.example.ch",
        frm=("Romain Dubuis", "romain.dubuis@cafes-montsaleve.example.ch"),
        subject="Re: Le poste aux achats",
        date="2026-05-06 21:14", reply="saleve-cafe-inv", cte="8bit",
        text=t("""
            Salut Baptiste,

            Bon, je vais pas tourner autour du pot. J'ai défendu ton profil jusqu'au bout mais
            la direction a préféré quelqu'un qui parle couramment portugais pour gérer les
            fournisseurs brésiliens. Donc c'est non pour cette fois, et franchement ça
            m'embête.

            Par contre on reste en contact, et si tu passes à Genève, le café est pour moi.

            Romain
        """),
    ),
    dict(
        id="brott-rej", kind="rejection", slug="taleo_cp1252_base64", lang="fr",
        company="Laboratoires Brotteaux", contact="",
        frm=("Laboratoires Brotteaux", "noreply@taleo.net"),
        subject="Réponse à votre candidature – réf. 2026-0412",
        subj_enc=("windows-1252", "B"),
        date="2026-07-01 09:02", cs="windows-1252", cte="base64",
        text=_R9_TEXT,
        html=gmail_html(paras(_R9_TEXT)),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="bertaud-rej", kind="rejection", slug="role_cancelled_reorg", lang="fr",
        company="Moutarderie Bertaud", contact="emilie.chevalier@moutarderie-bertaud.example.fr",
        frm=("Émilie Chevalier", "emilie.chevalier@moutarderie-bertaud.example.fr"),
        subject="RE: Report de votre session d'évaluation",
        date="2026-09-29 14:50", reply="bertaud-move",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Je reviens vers vous à la suite de votre session d'évaluation du 22 septembre.

            La direction a annoncé hier le rapprochement de notre service achats avec celui du
            groupe à Chalon-sur-Saône. Le poste d'assistant achats basé à Dijon est supprimé
            dans ce cadre, et le recrutement est clos sans qu'aucun candidat soit retenu. Je
            suis sincèrement désolée que cette annonce arrive après l'effort que vous avez
            fourni pour les tests.

            Je vous souhaite beaucoup de réussite pour la suite.

            Émilie Chevalier
            Chargée RH – Moutarderie Bertaud
            14 rue des Moulins, 21000 Dijon – 03 80 71 36 02
        """) + outlook_quote("fr", "2026-09-08 09:15",
                             ("Émilie Chevalier", "emilie.chevalier@moutarderie-bertaud.example.fr"),
                             ME, "Report de votre session d'évaluation", _BERTAUD_MOVE),
        html=None, cte="quoted-printable",
        headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Report de votre session d'évaluation")],
    ),
    dict(
        id="coteaux-rej", kind="rejection", slug="outlook_chain_after_missed", lang="fr",
        company="Cave des Trois Coteaux", contact="aurelie.monnier@trois-coteaux.example.fr",
        frm=("Aurélie Monnier", "aurelie.monnier@trois-coteaux.example.fr"),
        name_enc=("iso-8859-1", "B"),
        subject="RE: Entretien téléphonique – assistant(e) achats",
        date="2026-07-20 08:44", reply="coteaux-missed",
        text=t("""
            Bonjour Baptiste,

            Merci de m'avoir rappelée vendredi et pour notre échange.

            Nous avons fait le point avec le directeur de la cave : pour cette saison, nous
            cherchons quelqu'un qui a déjà piloté des achats de matières sèches (bouteilles,
            bouchons, étiquettes) en volume. Nous avons retenu un autre candidat et nous
            arrêtons donc là avec vous.

            Merci encore et bonne continuation,

            Aurélie Monnier
            Responsable administrative
            Cave des Trois Coteaux – 3 route des Vignes, 71260 Viré
        """) + outlook_quote("fr", "2026-07-09 10:34",
                             ("Aurélie Monnier", "aurelie.monnier@trois-coteaux.example.fr"),
                             ME, "Entretien téléphonique – assistant(e) achats", _COTEAUX_CHAIN),
        html=outlook_word(paras(t("""
            Bonjour Baptiste,

            Merci de m'avoir rappelée vendredi et pour notre échange.

            Nous avons fait le point avec le directeur de la cave : pour cette saison, nous
            cherchons quelqu'un qui a déjà piloté des achats de matières sèches (bouteilles,
            bouchons, étiquettes) en volume. Nous avons retenu un autre candidat et nous
            arrêtons donc là avec vous.

            Merci encore et bonne continuation,

            Aurélie Monnier
        """), "MsoNormal") + "\n<div style=\"border-top:solid #E1E1E1 1pt\">"
            "<p class=\"MsoNormal\"><b>De&nbsp;:</b> Aurélie Monnier<br>"
            "<b>Envoyé&nbsp;:</b> jeudi 9 juillet 2026 10:34<br><b>Objet&nbsp;:</b> "
            "Entretien téléphonique – assistant(e) achats</p></div>\n"
            + paras(_COTEAUX_CHAIN, "MsoNormal")),
    ),
    dict(
        id="distrilyon-rej", kind="rejection", slug="icims_talent_pool", lang="fr",
        company="Distrilyon", contact="",
        frm=("Distrilyon Recrutement", "distrilyon-noreply@icims.com"),
        subject="Gestionnaire approvisionnement junior – suite donnée à votre candidature",
        date="2026-06-26 13:05", tz="-0400",
        html=_R12_HTML, html_cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="jura-rej", kind="rejection", slug="agency_after_no_show", lang="fr",
        company="Micromécanique Doubs", contact="celine.vuillet@jura-emploi.example.fr",
        frm=("Céline Vuillet", "celine.vuillet@jura-emploi.example.fr"),
        subject="Micromécanique Doubs – décision du client",
        date="2026-08-27 15:30", reply="jura-missed",
        text=t("""
            Bonjour Baptiste,

            J'ai eu ce matin le responsable de production de Micromécanique Doubs. Après
            l'entretien manqué du 18 et la difficulté à vous joindre ensuite, ils ont préféré
            finaliser avec le second candidat que je leur avais présenté. Le poste
            d'assistant approvisionnement n'est donc plus ouvert pour vous.

            Je comprends qu'un imprévu puisse arriver ; si vous souhaitez que nous continuions
            à travailler ensemble, appelez-moi pour que l'on en parle franchement.

            Céline Vuillet
            Jura Emploi Intérim – Agence de Besançon
            5 rue de la République, 25000 Besançon
            03 81 52 07 33
        """),
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            J'ai eu ce matin le responsable de production de Micromécanique Doubs. Après
            l'entretien manqué du 18 et la difficulté à vous joindre ensuite, ils ont préféré
            finaliser avec le second candidat que je leur avais présenté. Le poste
            d'assistant approvisionnement n'est donc plus ouvert pour vous.

            Je comprends qu'un imprévu puisse arriver ; si vous souhaitez que nous continuions
            à travailler ensemble, appelez-moi pour que l'on en parle franchement.

            Céline Vuillet
            Jura Emploi Intérim – Agence de Besançon
        """))),
        cte="base64",
    ),
    dict(
        id="paintrad-rej", kind="rejection", slug="no_for_role_but_production", lang="fr",
        company="Pain & Tradition Bourgogne", contact="franck.lemoine@pain-tradition.example.fr",
        frm=("Franck Lemoine", "franck.lemoine@pain-tradition.example.fr"),
        subject="Suite à votre journée d'immersion",
        date="2026-10-02 12:18", reply="paintrad-inv",
        text=t("""
            Bonjour Baptiste,

            Merci pour la journée passée avec nous au service achats le 24 septembre.

            Je préfère être clair : pour le poste d'assistant achats, nous ne retenons pas
            votre candidature. L'équipe a besoin d'une personne plus à l'aise avec les
            tableaux de suivi et les appels d'offres, et nous n'avons pas le temps de former
            quelqu'un cet hiver.

            En revanche, votre expérience au fournil nous intéresse : si un poste de chef
            d'équipe en production vous tentait, Nadia (RH) serait ravie de vous en parler.
            Sans engagement, bien sûr.

            Cordialement,
            Franck Lemoine
            Responsable achats – Pain & Tradition Bourgogne
            ZAE Cap Nord, 21000 Dijon
        """),
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            Merci pour la journée passée avec nous au service achats le 24 septembre.

            Je préfère être clair : pour le poste d'assistant achats, nous ne retenons pas
            votre candidature. L'équipe a besoin d'une personne plus à l'aise avec les
            tableaux de suivi et les appels d'offres, et nous n'avons pas le temps de former
            quelqu'un cet hiver.

            En revanche, votre expérience au fournil nous intéresse : si un poste de chef
            d'équipe en production vous tentait, Nadia (RH) serait ravie de vous en parler.
            Sans engagement, bien sûr.

            Cordialement,
            Franck Lemoine
        """))),
    ),
    dict(
        id="chaprais-rej", kind="rejection", slug="successfactors_html_only", lang="fr",
        company="Polyclinique des Chaprais", contact="",
        frm=("Polyclinique des Chaprais", "noreply@successfactors.eu"),
        subject="Décision concernant votre candidature", subj_enc=("utf-8", "B"),
        date="2026-04-09 16:40",
        html=_R15_HTML,
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # --- German -----------------------------------------------------------------------------
    dict(
        id="rhein-rej", kind="rejection", slug="personio_absage", lang="de",
        company="Rheinmühle Basel", contact="sandra.meier@rheinmuehle.example.ch",
        frm=("Rheinmühle Basel", "no-reply@personio.de"),
        reply_to=("Sandra Meier", "sandra.meier@rheinmuehle.example.ch"),
        subject="Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d)",
        date="2026-04-28 10:05",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Wir danken Ihnen für Ihr Interesse an der Rheinmühle Basel und an der Stelle
            Sachbearbeiter Einkauf (m/w/d).

            Wie Sie wissen, kam das telefonische Interview am 21. April nicht zustande.
            Inzwischen ist unser Auswahlverfahren so weit fortgeschritten, dass wir Ihnen
            heute leider eine Absage erteilen müssen.

            Ihre Unterlagen werden gemäss Datenschutzbestimmungen nach sechs Monaten
            gelöscht.

            Freundliche Grüsse
            Sandra Meier
            Personalleiterin, Rheinmühle Basel AG
        """),
        html=ats_card("Rheinmühle Basel", "#1e3a8a", paras(t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Wir danken Ihnen für Ihr Interesse an der Rheinmühle Basel und an der Stelle
            Sachbearbeiter Einkauf (m/w/d).

            Wie Sie wissen, kam das telefonische Interview am 21. April nicht zustande.
            Inzwischen ist unser Auswahlverfahren so weit fortgeschritten, dass wir Ihnen
            heute leider eine Absage erteilen müssen.

            Freundliche Grüsse
            Sandra Meier
        """)), "Versendet über Personio · Rheinmühle Basel AG, Uferstrasse 90, 4057 Basel"),
    ),
    dict(
        id="klybeck-rej", kind="rejection", slug="softgarden_budget_hold", lang="de",
        company="Klybeck Chemie", contact="",
        frm=("Klybeck Chemie", "noreply@softgarden.io"),
        subject="Stelle «Assistent/in Einkauf technische Güter» – Abschluss des Verfahrens",
        date="2026-09-21 08:00",
        html=_R17_HTML, html_cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="hartmann-rej", kind="rejection", slug="agency_client_absage", lang="de",
        company="Backstube Riehen", contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        subject="Rückmeldung Backstube Riehen", date="2026-02-16 17:25", reply="hartmann-move",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Hallo Herr Nguyen-Ferrand

            Ich habe heute mit Frau Gerber von der Backstube Riehen telefoniert. Sie hat sich
            für die Einkaufsassistenz gegen Sie entschieden: Ausschlaggebend war am Ende,
            dass die Stelle viel Korrespondenz auf Schweizerdeutsch mit regionalen Lieferanten
            verlangt. Ihr Fachwissen zu Mehlen und Backmitteln hat sie aber beeindruckt.

            Ich bleibe für Sie dran und melde mich, sobald ich etwas Passendes habe.

            Freundliche Grüsse
            Marco Stäheli
            Personalberater
            Hartmann Personal AG, Aeschenvorstadt 48, 4051 Basel
            +41 61 272 18 50
        """),
    ),
    dict(
        id="birsig-rej", kind="rejection", slug="terse_already_filled", lang="de",
        company="Spital am Birsig", contact="beat.wyss@spital-birsig.example.ch",
        frm=("Wyss Beat", "beat.wyss@spital-birsig.example.ch"),
        subject="AW: Stelle Einkauf", date="2026-10-19 07:52", reply="birsig-missed", cte="8bit",
        text=t("""
            Guten Tag

            Die Stelle ist inzwischen vergeben.

            Freundliche Grüsse
            B. Wyss
            Spital am Birsig, Beschaffung
        """),
    ),
    dict(
        id="markg-rej", kind="rejection", slug="casual_short_winery", lang="de",
        company="Weinhaus Markgräflerland", contact="stefan.ritter@weinhaus-markgraefler.example.de",
        frm=("Stefan Ritter", "stefan.ritter@weinhaus-markgraefler.example.de"),
        subject="Nach dem Probearbeitstag: kurze Rückmeldung", subj_enc=("iso-8859-1", "Q"),
        date="2026-05-22 19:40", reply="markg-inv", cte="quoted-printable",
        text=t("""
            Hallo Baptiste,

            ich mach's kurz, weil du eine ehrliche Antwort verdienst: Wir nehmen für den
            Einkauf jemanden aus dem Team, der schon zwei Herbste bei uns mitgemacht hat.
            Mit dir hat der Probetag Spaß gemacht, aber es wird nichts mit der Stelle.

            Komm gern mal zur Weinprobe vorbei, wenn du in Müllheim bist.

            Grüße
            Stefan
        """),
    ),
    dict(
        id="dl-rej", kind="rejection", slug="after_interview_quotes_thanks", lang="de",
        company="Dreiländer Logistik", contact="nicole.braendli@dreilaender-logistik.example.ch",
        frm=("Nicole Brändli", "nicole.braendli@dreilaender-logistik.example.ch"),
        subject="AW: Vielen Dank für das Gespräch", date="2026-03-24 11:20", reply="dl-thanks",
        text=_R21_TEXT,
        html=outlook_word(paras(_R21_TEXT, "MsoNormal"), "DE-CH"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        id="bv-rej", kind="rejection", slug="headhunter_unnamed_mandate", lang="de",
        company="Brunner & Vogt", contact="daniela.vogt@brunner-vogt.example.ch",
        frm=("Daniela Vogt", "daniela.vogt@brunner-vogt.example.ch"),
        subject="Mandat Einkaufsassistenz Lebensmittel – Stand",
        date="2026-07-28 13:37", reply="bv-cold", cs="windows-1252", cte="base64",
        text=t("""
            Grüezi Herr Nguyen-Ferrand

            Besten Dank nochmals für das Gespräch bei uns vom 14. Juli.

            Unsere Mandantin hat die Shortlist geprüft und sich für eine andere Kandidatur
            entschieden. Ihr Dossier wird für dieses Mandat deshalb nicht weiter vorgestellt –
            das tut mir leid, ich hätte Sie gern ins Finale gebracht.

            Ich melde mich, sobald eine Suche eröffnet wird, die besser zu Ihrem Profil
            passt.

            Mit freundlichen Grüssen
            Daniela Vogt
            Partnerin
            Brunner & Vogt Executive Search · St. Alban-Graben 5 · 4051 Basel
            +41 61 206 77 30 · www.brunner-vogt.example.ch
        """),
    ),
    dict(
        id="spalentor-rej", kind="rejection", slug="recruitee_du_form", lang="de",
        company="Rösterei Spalentor", contact="",
        frm=("Rösterei Spalentor", "no-reply@jobs.recruitee.com"),
        subject="Deine Bewerbung bei der Rösterei Spalentor", date="2026-04-20 15:15",
 text=_R23_TEXT, html=_R23_HTML,
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # --- English ----------------------------------------------------------------------------
    dict(
        id="leman-rej", kind="rejection", slug="greenhouse_quotes_thanks", lang="en",
        company="Léman Distribution", contact="claire.dupasquier@leman-distribution.example.ch",
        frm=("Claire Dupasquier via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Claire Dupasquier", "claire.dupasquier@leman-distribution.example.ch"),
        subject="Re: Thank you - Purchasing Assistant call",
        date="2026-05-29 09:48", reply="leman-move", refs_raw=["<lemanthx.0519@example.fr>"],
        text=t("""
            Hi Baptiste,

            Thanks again for your note after the call with Oliver, and apologies it took us a
            while to get back to you.

            We've now completed the final round, and I'm sorry to say we won't be offering you
            the Purchasing Assistant position. The team chose someone who has already run
            supplier tenders in Switzerland, which matters a lot for the Geneva contracts
            coming up this autumn.

            I'd be glad to keep your details on file for future openings at Léman
            Distribution, if that's all right with you.

            Best,
            Claire Dupasquier
            Talent Acquisition, Léman Distribution
        """) + reply_quote("en", "2026-05-19 16:22", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _LEMAN_THANKS),
        cte="quoted-printable",
    ),
    dict(
        id="genevest-rej", kind="rejection", slug="lever_move_forward", lang="en",
        company="Genevest Trading", contact="",
        frm=("Genevest Trading", "no-reply@hire.lever.co"),
        subject="Your application to Genevest Trading", date="2026-04-15 14:02", tz="+0000",
        text=_R25_TEXT, html=gmail_html(paras(_R25_TEXT)), cte="7bit", html_cte="7bit",
    ),
    dict(
        id="helvetic-rej", kind="rejection", slug="ashby_hiring_freeze", lang="en",
        company="Helvetic Nutrition", contact="tom.whitfield@helvetic-nutrition.example.ch",
        frm=("Tom Whitfield", "no-reply@ashbyhq.com"),
        reply_to=("Tom Whitfield", "tom.whitfield@helvetic-nutrition.example.ch"),
        subject="Update on the Purchasing Assistant process", date="2026-08-12 17:09",
        reply="helvetic-move", text=_R26_TEXT, cte="7bit",
    ),
    dict(
        id="mediterra-rej", kind="rejection", slug="terse_position_filled", lang="en",
        company="Mediterra Foods", contact="daniel.brooks@mediterra-foods.example.es",
        frm=("Daniel Brooks", "daniel.brooks@mediterra-foods.example.es"),
        subject="Re: Buyer assistant - Valencia", date="2026-09-24 18:31", reply="mediterra-missed",
        cte="7bit",
        text=t("""
            Baptiste,

            We've filled the role now. Thanks for your time and good luck.

            Dan

            Sent from my phone
        """),
    ),
    # --- Spanish ----------------------------------------------------------------------------
    dict(
        id="albufera-rej", kind="rejection", slug="formal_lamentamos", lang="es",
        company="Horno La Albufera", contact="vicente.soler@hornoalbufera.example.es",
        frm=("Vicente Soler", "vicente.soler@hornoalbufera.example.es"),
        subject="Proceso de selección - Ayudante de compras", date="2026-03-05 12:40",
        reply="albufera-missed", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Estimado Sr. Nguyen-Ferrand:

            Le agradecemos el interés mostrado por Horno La Albufera y su participación en
            nuestro proceso de selección para el puesto de ayudante de compras.

            Lamentamos comunicarle que su candidatura no ha sido seleccionada. Una vez
            finalizadas las pruebas, la dirección ha considerado más adecuado otro perfil.

            Atentamente,

            Vicente Soler
            Encargado de compras y producción
            Horno La Albufera, S.L. - C/ Sueca 27, 46006 Valencia
            Tel. 963 74 51 90
        """),
    ),
    dict(
        id="talento-rej", kind="rejection", slug="ett_relays_client_no", lang="es",
        company="Distribuciones Marítim", contact="laura.gimenez@talentolevante.example.es",
        frm=("Laura Giménez", "laura.gimenez@talentolevante.example.es"),
        subject="Respuesta de Distribuciones Marítim", date="2026-04-24 13:55",
        reply="talento-inv", text=_R29_TEXT, html=gmail_html(paras(_R29_TEXT)),
    ),
    dict(
        id="requena-rej", kind="rejection", slug="after_interview_quotes_gracias", lang="es",
        company="Bodegas Requena Alta", contact="andres.navarro@requena-alta.example.es",
        frm=("Andrés Navarro", "andres.navarro@requena-alta.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Re: Gracias por la entrevista", subj_enc=("iso-8859-1", "B"),
        date="2026-06-02 10:11", reply="requena-ack", refs_raw=["<requenagracias.0528@example.fr>"],
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Hola Baptiste:

            Gracias a ti por venir hasta Requena y por tu mensaje.

            Hemos decidido no continuar con tu candidatura. Buscamos a alguien que empiece
            antes de la vendimia y que ya haya negociado con proveedores de vidrio; con tu
            perfil habríamos necesitado un periodo de formación que ahora no podemos asumir.

            Te deseo mucha suerte, de verdad.

            Andrés Navarro
            Jefe de compras - Bodegas Requena Alta
            Ctra. de Utiel km 4, 46340 Requena
        """) + reply_quote("es", "2026-05-28 19:03", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _REQUENA_THANKS),
    ),
    dict(
        id="envases-rej", kind="rejection", slug="vacancy_cancelled", lang="es",
        company="Envases Levantinos", contact="",
        frm=("Envases Levantinos", "no-reply@jobs.recruitee.com"),
        subject="Actualización sobre tu candidatura a Auxiliar de compras",
        subj_enc=("utf-8", "Q"),
        date="2026-08-19 11:00", html=_R31_HTML,
        headers=[("Auto-Submitted", "auto-generated")],
    ),
]
