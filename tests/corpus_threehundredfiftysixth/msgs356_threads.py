"""Corpus 356: the longer threads (one employer from acknowledgement to offer or rejection)."""

from __future__ import annotations

from msgs356_common import ME, Spec, html_shell, msg, sig

# --------------------------------------------------------------------------------------------
# Mutuelle Garonne Prévoyance, Toulouse (mutual insurer): ack -> invite -> moved -> offer
# --------------------------------------------------------------------------------------------
MGP = "Mutuelle Garonne Prévoyance"
CLAIRE = ("Claire Dumoulin-Vidal", "c.dumoulin-vidal@garonne-prevoyance.example.fr")
MGP_SIG = sig("Claire Dumoulin-Vidal", "Chargée de recrutement - Direction des Ressources Humaines",
              "Mutuelle Garonne Prévoyance", "12 allées Jean-Jaurès, 31000 Toulouse",
              "Tél. 05 61 00 42 17")

MGP_ACK_TEXT = """Bonjour Yasmine Belkacem-Hartley,

Nous accusons bonne réception de votre candidature au poste de Gestionnaire sinistres IARD
(H/F) - CDI - Toulouse (réf. MGP-2026-0114).

Votre dossier va être étudié avec attention par notre équipe Ressources Humaines ainsi que par
le responsable du service Indemnisation. Si votre profil correspond à nos attentes, nous
reviendrons vers vous dans les prochaines semaines.

Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

Nous vous remercions de l'intérêt que vous portez à Mutuelle Garonne Prévoyance.

La Direction des Ressources Humaines
Mutuelle Garonne Prévoyance

Ce message est généré automatiquement, merci de ne pas y répondre.
"""

MGP_INVITE_TEXT = """Bonjour Madame Belkacem-Hartley,

Suite à l'étude de votre candidature pour le poste de Gestionnaire sinistres IARD, j'ai le
plaisir de vous proposer un premier entretien avec moi-même et Monsieur Arnaud Peyrolle,
responsable du pôle Indemnisation Auto.

Date : mardi 3 février 2026
Heure : 14h00 (durée prévue : 1 heure environ)
Lieu : 12 allées Jean-Jaurès, 31000 Toulouse - 4e étage, accueil RH

Merci de vous munir d'une pièce d'identité pour l'accès au bâtiment. Une invitation agenda est
jointe à ce message ; je vous remercie de bien vouloir me confirmer votre présence par retour de
mail.

Au plaisir de vous rencontrer,

Bien cordialement,
""" + MGP_SIG

MGP_MOVE_TEXT = """Bonjour Madame Belkacem-Hartley,

Je suis contrainte de décaler notre entretien de mardi : Monsieur Peyrolle sera en
déplacement à Albi ce jour-là et tient à être présent.

Je vous propose de le reporter au jeudi 5 février 2026 à 10h30, même adresse. L'invitation agenda
ci-jointe remplace la précédente.

Vous voudrez bien m'excuser pour ce changement de dernière minute. Si ce nouveau créneau ne
vous convenait pas, n'hésitez pas à me le dire, nous trouverons une autre date.

Bien cordialement,
""" + MGP_SIG

MGP_HER_OK = """Bonjour Madame Dumoulin-Vidal,

Aucun souci, le jeudi 5 février à 10h30 me convient parfaitement. Je serai présente à
l'accueil RH avec ma pièce d'identité.

Bonne fin de journée,

Yasmine Belkacem-Hartley
06 12 48 73 09
"""

MGP_THANKS = """Bonjour Madame Dumoulin-Vidal, bonjour Monsieur Peyrolle,

Je tenais à vous remercier pour l'entretien de ce matin et pour le temps que vous m'avez
consacré. La présentation du circuit de traitement d'un dossier auto, de la déclaration à
l'indemnisation, m'a confortée dans mon envie de rejoindre le pôle Indemnisation.

Mes huit années au guichet de la banque m'ont appris à accueillir des clients parfois inquiets
et à expliquer simplement des règles complexes : je suis convaincue que c'est un atout pour la
relation avec les sociétaires sinistrés.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Yasmine Belkacem-Hartley
"""

MGP_INVITE2 = """Bonjour Yasmine,

Merci encore pour votre venue jeudi dernier. Arnaud Peyrolle et moi-même avons été très
intéressés par votre parcours et souhaitons poursuivre le processus avec vous.

Nous vous proposons un second entretien, cette fois avec Madame Hélène Castagné, directrice de
l'Indemnisation, suivi d'une mise en situation de 30 minutes (traitement d'une déclaration de
dégât des eaux à partir d'un dossier fictif).

Créneaux possibles :
- lundi 16 février à 9h30
- mardi 17 février à 15h00

Merci de m'indiquer celui qui vous convient le mieux.

Cordialement,
""" + MGP_SIG

MGP_OFFER_CALL = """Bonjour Yasmine,

Comme je vous l'ai annoncé ce midi par téléphone, j'ai le grand plaisir de vous confirmer que
nous souhaitons vous accueillir au sein du pôle Indemnisation Auto en qualité de Gestionnaire
sinistres IARD, en CDI.

Pour récapituler les éléments évoqués :
- prise de poste envisagée le lundi 6 avril 2026 ;
- rémunération annuelle brute de 28 600 euros sur 13 mois, plus intéressement ;
- parcours d'intégration de six semaines avec un tuteur ;
- télétravail possible deux jours par semaine après la période d'essai.

Notre service administration du personnel vous adressera la proposition écrite dans les tout
prochains jours. N'hésitez pas à m'appeler si vous avez la moindre question d'ici là.

Toute l'équipe se réjouit de vous compter bientôt parmi nous !

Bien cordialement,
""" + MGP_SIG

MGP_OFFER_LETTER = """Madame,

Faisant suite à nos échanges, nous avons le plaisir de vous adresser ci-joint notre proposition
d'embauche pour le poste de Gestionnaire sinistres IARD au sein de la Direction de
l'Indemnisation.

Nous vous remercions de bien vouloir nous retourner un exemplaire daté et signé, précédé de la
mention « Bon pour accord », au plus tard le 6 mars 2026.

Nous restons à votre disposition pour toute question.

Sandrine Roux
Administration du personnel
Mutuelle Garonne Prévoyance
12 allées Jean-Jaurès - 31000 Toulouse
05 61 00 42 30

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le
supprimer. Mutuelle Garonne Prévoyance, mutuelle soumise aux dispositions du livre II du Code
de la mutualité.
"""

MGP_CONTRACT = """Bonjour Madame Belkacem-Hartley,

Nous avons bien reçu votre accord signé, merci !

Vous trouverez ci-joint votre contrat de travail à durée indéterminée. Il vous est également
envoyé via notre plateforme de signature électronique : vous recevrez un lien séparé dans
l'heure. Merci de le signer avant le 20 mars.

Pour préparer votre arrivée du 6 avril, pouvez-vous nous transmettre : copie de votre pièce
d'identité, attestation de sécurité sociale, RIB et justificatif de domicile.

Bien à vous,

Sandrine Roux
Administration du personnel - Mutuelle Garonne Prévoyance
05 61 00 42 30
"""

SANDRINE = ("Sandrine Roux", "sandrine.roux@garonne-prevoyance.example.fr")

MGP_MSGS = [
    msg("mgp_ack", "application_received", "fr",
        ("Mutuelle Garonne Prévoyance", "noreply@taleo.net"),
        "Accusé de réception de votre candidature - Gestionnaire sinistres IARD (H/F)",
        "2026-01-14 08:02 +0000", MGP_ACK_TEXT, company=MGP,
        html=html_shell(MGP_ACK_TEXT, MGP, "#005a4e", "Powered by Oracle Taleo"),
        charset="iso-8859-1", cte="quoted-printable", subj_enc="q:iso-8859-1",
        name_enc="q:iso-8859-1"),
    msg("mgp_invite", "interview_invitation", "fr", CLAIRE,
        "Convocation à un entretien - Gestionnaire sinistres IARD", "2026-01-27 11:40 +0100",
        MGP_INVITE_TEXT, company=MGP, contact=CLAIRE[1],
        cal={"uid": "mgp-entretien-1@garonne-prevoyance.example.fr", "seq": 0,
             "start": "2026-02-03 14:00", "end": "2026-02-03 15:00",
             "summary": "Entretien - Y. Belkacem-Hartley / Gestionnaire sinistres IARD",
             "location": "12 allées Jean-Jaurès, Toulouse - 4e étage"}),
    msg("mgp_move", "interview_reschedule_or_cancel", "fr", CLAIRE,
        "RE: Convocation à un entretien - Gestionnaire sinistres IARD - changement d'horaire",
        "2026-01-30 17:12 +0100", MGP_MOVE_TEXT, company=MGP, contact=CLAIRE[1],
        parent="mgp_invite", quote="outlook_fr", cte="base64",
        cal={"uid": "mgp-entretien-1@garonne-prevoyance.example.fr", "seq": 1,
             "start": "2026-02-05 10:30", "end": "2026-02-05 11:30",
             "summary": "Entretien (reporté) - Y. Belkacem-Hartley",
             "location": "12 allées Jean-Jaurès, Toulouse - 4e étage"}),
    msg("mgp_her_ok", "other", "fr", ME,
        "RE: Convocation à un entretien - Gestionnaire sinistres IARD - changement d'horaire",
        "2026-01-30 18:47 +0100", MGP_HER_OK, to=[CLAIRE], parent="mgp_move", quote="fr",
        cte="8bit"),
    msg("mgp_thanks", "other", "fr", ME, "Merci pour notre entretien de ce matin",
        "2026-02-05 13:05 +0100", MGP_THANKS, to=[CLAIRE],
        cc=[("Arnaud Peyrolle", "a.peyrolle@garonne-prevoyance.example.fr")],
        charset="windows-1252"),
    msg("mgp_invite2", "interview_invitation", "fr", CLAIRE,
        "Second entretien et mise en situation - Gestionnaire sinistres IARD",
        "2026-02-09 09:21 +0100", MGP_INVITE2, company=MGP, contact=CLAIRE[1],
        parent="mgp_thanks", quote="fr", cte="quoted-printable"),
    msg("mgp_offer_call", "offer", "fr", CLAIRE,
        "Votre arrivée chez Mutuelle Garonne Prévoyance - confirmation", "2026-02-24 14:18 +0100",
        MGP_OFFER_CALL, company=MGP, contact=CLAIRE[1], subj_enc="b:utf-8"),
    msg("mgp_offer_letter", "offer", "fr", SANDRINE,
        "Proposition d'embauche - Gestionnaire sinistres IARD - Mme Belkacem-Hartley",
        "2026-02-27 10:03 +0100", MGP_OFFER_LETTER, company=MGP, contact=SANDRINE[1],
        reply_to=SANDRINE, cc=[CLAIRE],
        attach=[("Proposition_embauche_Belkacem-Hartley.pdf", [
            "Mutuelle Garonne Prévoyance - Direction des Ressources Humaines",
            "Toulouse, le 27 février 2026", "",
            "Objet : proposition d'embauche", "",
            "Madame Yasmine Belkacem-Hartley,",
            "Nous avons le plaisir de vous proposer le poste de Gestionnaire sinistres IARD",
            "en contrat à durée indéterminée, à compter du 6 avril 2026.",
            "Rémunération annuelle brute : 28 600 euros sur 13 mois.",
            "Période d'essai : deux mois, renouvelable une fois.",
            "", "Bon pour accord, date et signature :"])]),
    msg("mgp_contract", "offer", "fr", SANDRINE,
        "Votre contrat de travail à signer", "2026-03-09 15:26 +0100", MGP_CONTRACT,
        company=MGP, contact=SANDRINE[1], charset="iso-8859-1", cte="8bit",
        attach=[("CDI_Belkacem-Hartley_Yasmine.pdf", [
            "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
            "Entre Mutuelle Garonne Prévoyance, Toulouse, d'une part,",
            "et Madame Yasmine Belkacem-Hartley, d'autre part,",
            "Article 1 - Engagement : Gestionnaire sinistres IARD, classe 3.",
            "Article 2 - Date d'effet : 6 avril 2026.",
            "Article 3 - Rémunération : 28 600 euros bruts annuels.",
            "Fait à Toulouse, en deux exemplaires."])]),
]

# --------------------------------------------------------------------------------------------
# Cap Secours Assistance, Montpellier (assistance company, Teamtailor): missed call -> offer
# --------------------------------------------------------------------------------------------
CSA = "Cap Secours Assistance"
JULIEN = ("Julien Ferrand", "julien.ferrand@cap-secours.example.fr")
CSA_TT = ("Julien Ferrand de Cap Secours Assistance", "no-reply@teamtailor-mail.com")

CSA_ACK_TEXT = """Bonjour Yasmine,

Merci pour votre candidature au poste de Chargée d'assistance - plateau sinistres habitation
(Montpellier) !

Nous l'avons bien reçue. Notre équipe recrutement lit chaque candidature personnellement ;
nous reviendrons vers vous d'ici deux à trois semaines.

En attendant, découvrez le quotidien de nos équipes sur notre page carrière.

À très vite,
L'équipe Talents de Cap Secours Assistance
"""

CSA_INVITE_TEXT = """Bonjour Yasmine,

Votre profil a retenu toute notre attention pour le poste de Chargée d'assistance - plateau
sinistres habitation.

Je vous propose un premier échange téléphonique de 30 minutes pour faire connaissance et vous
présenter le poste. Je vous appellerai au 06 12 48 73 09 le lundi 16 mars à 11h00.

Si ce créneau ne vous convient pas, vous pouvez en choisir un autre ici :
https://cap-secours.teamtailor.com/meetings/7f3a21

Belle journée,
Julien Ferrand
Talent Acquisition - Cap Secours Assistance
"""

CSA_MISSED_TEXT = """Bonjour Yasmine,

J'ai essayé de vous joindre à deux reprises ce matin à 11h00 puis à 11h10, comme convenu pour
notre échange téléphonique, mais je suis tombé sur votre messagerie.

J'espère que tout va bien de votre côté. Si vous êtes toujours intéressée par le poste,
pouvez-vous me proposer un nouveau créneau cette semaine ?

Bien à vous,
Julien Ferrand
Talent Acquisition - Cap Secours Assistance
04 67 00 18 52
"""

CSA_APOLOGY = """Bonjour Julien,

Toutes mes excuses pour ce matin : mon téléphone s'est éteint pendant un rendez-vous à
l'agence et je n'ai vu vos appels qu'à midi. Je suis vraiment désolée.

Je reste très intéressée par le poste. Je suis disponible mercredi 18 mars toute la journée,
ou jeudi 19 mars après 14h.

Bien cordialement,
Yasmine Belkacem-Hartley
"""

CSA_REINVITE = """Bonjour Yasmine,

Pas de souci, cela arrive ! Je vous appelle donc mercredi 18 mars à 10h00.

Si l'échange est concluant, la suite du processus sera un entretien sur site à Montpellier
avec Nadia Boukhris, responsable du plateau sinistres habitation.

À mercredi,
Julien
"""

CSA_OFFER = """Bonjour Yasmine,

Suite à vos entretiens avec Nadia Boukhris et moi-même, j'ai le plaisir de vous faire une
proposition pour rejoindre Cap Secours Assistance en tant que Chargée d'assistance - plateau
sinistres habitation, en CDI à Montpellier.

Conditions proposées :
- salaire fixe annuel brut : 26 400 euros, plus prime de fin d'année ;
- travail en horaires décalés selon planning (majoration dimanche et jours fériés) ;
- prise de poste : 4 mai 2026.

La proposition détaillée est jointe. Nous serions ravis que vous nous donniez votre réponse
d'ici au 10 avril.

Bien à vous,
Julien Ferrand
Talent Acquisition - Cap Secours Assistance
"""

CSA_HER_COUNTER = """Bonjour Julien,

Merci beaucoup pour cette proposition, qui me fait très plaisir.

Avant de vous répondre, serait-il possible de revoir le salaire fixe ? Compte tenu de mon
expérience client en agence et de la relocalisation depuis Toulouse, j'espérais plutôt un
montant autour de 28 000 euros bruts.

Bien cordialement,
Yasmine
"""

CSA_OFFER2 = """Bonjour Yasmine,

J'ai pu en discuter avec Nadia et notre DRH : nous pouvons vous proposer un salaire fixe de
27 500 euros bruts annuels, ainsi qu'une aide à la mobilité de 1 500 euros pour votre
déménagement à Montpellier. Les autres conditions restent inchangées.

La proposition mise à jour est jointe. Merci de nous faire part de votre décision d'ici au
10 avril.

Bien à vous,
Julien
"""

CSA_MSGS = [
    msg("csa_ack", "application_received", "fr",
        ("Cap Secours Assistance", "no-reply@teamtailor-mail.com"),
        "Merci pour votre candidature, Yasmine !", "2026-03-02 07:31 +0000", None,
        company=CSA, html=html_shell(CSA_ACK_TEXT, "Cap Secours Assistance", "#c8102e",
                                     "Envoyé avec Teamtailor")),
    msg("csa_invite", "interview_invitation", "fr", CSA_TT,
        "Échange téléphonique - Chargée d'assistance", "2026-03-09 16:04 +0000",
        CSA_INVITE_TEXT, company=CSA, contact=JULIEN[1], reply_to=JULIEN,
        html=html_shell(CSA_INVITE_TEXT, "Cap Secours Assistance", "#c8102e")),
    msg("csa_missed", "missed_interview_notice", "fr", JULIEN,
        "Notre appel de ce matin", "2026-03-16 11:26 +0100", CSA_MISSED_TEXT,
        company=CSA, contact=JULIEN[1], charset="windows-1252", cte="quoted-printable"),
    msg("csa_apology", "other", "fr", ME, "Re: Notre appel de ce matin",
        "2026-03-16 12:19 +0100", CSA_APOLOGY, to=[JULIEN], parent="csa_missed", quote="fr"),
    msg("csa_reinvite", "interview_invitation", "fr", JULIEN,
        "Re: Notre appel de ce matin", "2026-03-16 14:02 +0100", CSA_REINVITE,
        company=CSA, contact=JULIEN[1], parent="csa_apology", quote="fr", cte="base64"),
    msg("csa_offer", "offer", "fr", JULIEN, "Proposition d'embauche - Cap Secours Assistance",
        "2026-03-31 17:45 +0200", CSA_OFFER, company=CSA, contact=JULIEN[1],
        attach=[("Proposition_CSA_Belkacem-Hartley.pdf", [
            "Cap Secours Assistance - Montpellier",
            "Proposition d'embauche - Chargée d'assistance (CDI)",
            "Salaire fixe annuel brut : 26 400 euros", "Prise de poste : 4 mai 2026",
            "Réponse souhaitée avant le 10 avril 2026"])]),
    msg("csa_counter", "other", "fr", ME, "Re: Proposition d'embauche - Cap Secours Assistance",
        "2026-04-01 20:31 +0200", CSA_HER_COUNTER, to=[JULIEN], parent="csa_offer", quote="fr",
        charset="iso-8859-1", cte="quoted-printable"),
    msg("csa_offer2", "offer", "fr", JULIEN,
        "Re: Proposition d'embauche - Cap Secours Assistance", "2026-04-03 12:08 +0200",
        CSA_OFFER2, company=CSA, contact=JULIEN[1], parent="csa_counter", quote="fr",
        attach=[("Proposition_CSA_Belkacem-Hartley_v2.pdf", [
            "Cap Secours Assistance - Montpellier",
            "Proposition d'embauche mise à jour",
            "Salaire fixe annuel brut : 27 500 euros",
            "Aide à la mobilité : 1 500 euros", "Prise de poste : 4 mai 2026"])]),
]

# --------------------------------------------------------------------------------------------
# Rheinfels Rück, München (reinsurance, SuccessFactors): ack -> invite -> cancel -> new -> no
# --------------------------------------------------------------------------------------------
RR = "Rheinfels Rück"
WENDLER = ("Tobias Wendler", "tobias.wendler@rheinfels-rueck.example.de")
RR_SIG = sig("Tobias Wendler", "Senior Recruiter | Human Resources", "Rheinfels Rück",
             "Leopoldstraße 201, 80804 München", "Tel. +49 89 2100 4471")

RR_ACK = """Sehr geehrte Frau Belkacem-Hartley,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Schadenregulierung (m/w/d) - Property
Claims, Kennziffer 2026-0311, und Ihr Interesse an Rheinfels Rück.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns
so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfels Rück

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""

RR_INVITE = """Sehr geehrte Frau Belkacem-Hartley,

Ihre Bewerbung hat uns angesprochen, und wir möchten Sie gerne näher kennenlernen.

Hiermit laden wir Sie zu einem ersten Videogespräch über Microsoft Teams ein:

Termin: Donnerstag, 26. Februar 2026, 10:00 bis 11:00 Uhr
Gesprächspartner: Dr. Miriam Haberl (Teamleitung Property Claims) und ich

Den Einwahllink finden Sie in der beigefügten Kalendereinladung. Das Gespräch führen wir auf
Deutsch; einige Fragen wird Frau Dr. Haberl auf Englisch stellen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
""" + RR_SIG

RR_CANCEL = """Sehr geehrte Frau Belkacem-Hartley,

leider müssen wir unser Gespräch am Donnerstag, 26. Februar, kurzfristig absagen, da
Frau Dr. Haberl an diesem Tag an einer Schadenbesichtigung im Ausland teilnehmen muss.

Selbstverständlich sind wir weiterhin sehr an einem Gespräch mit Ihnen interessiert. Ich melde
mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
""" + RR_SIG

RR_NEW = """Sehr geehrte Frau Belkacem-Hartley,

wie angekündigt, hier der neue Termin für unser Videogespräch:

Dienstag, 3. März 2026, 14:30 bis 15:30 Uhr (MEZ), Microsoft Teams

Die aktualisierte Kalendereinladung liegt bei. Ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
""" + RR_SIG

RR_HER_THANKS = """Sehr geehrter Herr Wendler,

vielen Dank für das angenehme Gespräch heute Nachmittag, auch im Namen von Frau Dr. Haberl.
Die Einblicke in die Regulierung von Großschäden bei Industriekunden fand ich sehr spannend.

Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Yasmine Belkacem-Hartley
"""

RR_REJECT = """Sehr geehrte Frau Belkacem-Hartley,

nochmals vielen Dank für Ihre Zeit und das offene Gespräch mit Frau Dr. Haberl und mir.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu
besetzen, die bereits mehrjährige Erfahrung in der Regulierung von Sachschäden mitbringt.
Diese Entscheidung ist uns nicht leichtgefallen.

Wir bedanken uns für Ihr Interesse an Rheinfels Rück und wünschen Ihnen für Ihren weiteren
beruflichen Weg alles Gute.

Mit freundlichen Grüßen
""" + RR_SIG

RR_MSGS = [
    msg("rr_ack", "application_received", "de",
        ("Rheinfels Rück Recruiting", "noreply@successfactors.eu"),
        "Eingangsbestätigung Ihrer Bewerbung - Sachbearbeiterin Schadenregulierung (m/w/d)",
        "2026-02-03 09:15 +0000", RR_ACK, company=RR, charset="iso-8859-1",
        subj_enc="q:iso-8859-1", name_enc="q:iso-8859-1"),
    msg("rr_invite", "interview_invitation", "de", WENDLER,
        "Einladung zum Videogespräch - Sachbearbeiterin Schadenregulierung",
        "2026-02-17 15:50 +0100", RR_INVITE, company=RR, contact=WENDLER[1],
        html=html_shell(RR_INVITE, "Rheinfels Rück", "#123a6b"),
        cal={"uid": "rr-2026-0311-interview@rheinfels-rueck.example.de", "seq": 0,
             "tz": "Europe/Berlin", "start": "2026-02-26 10:00", "end": "2026-02-26 11:00",
             "summary": "Videogespräch Belkacem-Hartley / Property Claims",
             "location": "Microsoft Teams-Besprechung"}),
    msg("rr_cancel", "interview_reschedule_or_cancel", "de", WENDLER,
        "Abgesagt: Videogespräch Belkacem-Hartley / Property Claims",
        "2026-02-24 08:37 +0100", RR_CANCEL, company=RR, contact=WENDLER[1],
        parent="rr_invite", cte="quoted-printable",
        cal={"method": "CANCEL", "uid": "rr-2026-0311-interview@rheinfels-rueck.example.de",
             "seq": 1, "tz": "Europe/Berlin", "start": "2026-02-26 10:00",
             "end": "2026-02-26 11:00", "summary": "Abgesagt: Videogespräch Belkacem-Hartley",
             "location": "Microsoft Teams-Besprechung"}),
    msg("rr_new", "interview_reschedule_or_cancel", "de", WENDLER,
        "Neuer Termin: Videogespräch am 3. März", "2026-02-25 13:02 +0100", RR_NEW,
        company=RR, contact=WENDLER[1], parent="rr_cancel", quote="de",
        cal={"uid": "rr-2026-0311-interview@rheinfels-rueck.example.de", "seq": 2,
             "tz": "Europe/Berlin", "start": "2026-03-03 14:30", "end": "2026-03-03 15:30",
             "summary": "Videogespräch Belkacem-Hartley / Property Claims (neu)",
             "location": "Microsoft Teams-Besprechung"}),
    msg("rr_her_thanks", "other", "de", ME, "Vielen Dank für das Gespräch",
        "2026-03-03 17:22 +0100", RR_HER_THANKS, to=[WENDLER], parent="rr_new"),
    msg("rr_reject", "rejection", "de", WENDLER,
        "AW: Vielen Dank für das Gespräch", "2026-03-19 11:04 +0100", RR_REJECT,
        company=RR, contact=WENDLER[1], parent="rr_her_thanks", quote="de", cte="8bit",
        charset="iso-8859-1"),
]

# --------------------------------------------------------------------------------------------
# Claimwise, London (claims management, Greenhouse): ack -> invite -> missed -> no
# --------------------------------------------------------------------------------------------
CW = "Claimwise"
HANNAH = ("Hannah Okafor", "hannah.okafor@claimwise.example.co.uk")

CW_ACK = """Hi Yasmine,

Thanks for applying to the Claims Handler (Motor, French speaker) role at Claimwise. We've
received your application and our team will review it shortly.

Because we receive a high volume of applications, we aren't able to respond to everyone
individually. If your experience is a match, someone from our talent team will be in touch
within two weeks.

Thanks again for your interest in Claimwise.

The Claimwise Talent Team
"""

CW_INVITE = """Hi Yasmine,

Thanks for your application for Claims Handler (Motor, French speaker). I'd love to set up a
30-minute phone screen to hear more about your background and tell you about the team.

Please pick a time that suits you using the link below (all times shown in your time zone):

https://app.greenhouse.io/scheduling/claimwise/hannah-okafor/30-min-screen

Looking forward to speaking with you.

Best,
Hannah Okafor
Talent Partner, Claimwise
"""

CW_MISSED = """Hi Yasmine,

I called you at 10:00 BST today for our phone screen as scheduled, and tried again at 10:10,
but couldn't get through and it went to voicemail.

No worries if something came up - just let me know if you'd still like to chat and I'll send
over a new link.

Best,
Hannah
"""

CW_APOLOGY = """Hi Hannah,

I'm so sorry about this morning. I had put 10:00 in my calendar as French time rather than UK
time, so I was waiting for your call an hour later. That's entirely my mistake.

I'm still very interested in the role. I'm free any time on Thursday or Friday this week if
you have a slot.

Kind regards,
Yasmine
"""

CW_REJECT = """Hi Yasmine,

Thank you for your patience, and for taking the time to speak with me last Thursday.

We've now completed our first round of screens, and I'm sorry to say we've decided to move
forward with candidates whose claims experience more closely matches what the team needs right
now. It was a close decision and your customer service background really stood out.

We'd be happy to keep your details on file for future French-speaking roles.

All the best with your search,
Hannah Okafor
Talent Partner | Claimwise
40 Mark Lane, London EC3R 7RP
"""

CW_MSGS = [
    msg("cw_ack", "application_received", "en", ("Claimwise", "no-reply@greenhouse-mail.io"),
        "Thanks for applying to Claimwise", "2026-04-07 13:11 +0000", CW_ACK, company=CW,
        html=html_shell(CW_ACK, "Claimwise", "#0b7a75")),
    msg("cw_invite", "interview_invitation", "en",
        ("Hannah Okafor via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Let's schedule your phone screen with Claimwise", "2026-04-14 09:47 +0000",
        CW_INVITE, company=CW, contact=HANNAH[1], reply_to=HANNAH),
    msg("cw_missed", "missed_interview_notice", "en", HANNAH,
        "Missed you this morning", "2026-04-21 10:24 +0100", CW_MISSED, company=CW,
        contact=HANNAH[1]),
    msg("cw_apology", "other", "en", ME, "Re: Missed you this morning",
        "2026-04-21 11:02 +0200", CW_APOLOGY, to=[HANNAH], parent="cw_missed", quote="en"),
    msg("cw_reject", "rejection", "en", HANNAH, "Your application at Claimwise",
        "2026-05-05 16:40 +0100", CW_REJECT, company=CW, contact=HANNAH[1],
        parent="cw_apology", quote="outlook_en", cte="quoted-printable"),
]

# --------------------------------------------------------------------------------------------
# Rodacar, Barcelona (car-rental damage team, SmartRecruiters)
# --------------------------------------------------------------------------------------------
RC = "Rodacar"
MONTSE = ("Montserrat Puig Ferrer", "montserrat.puig@rodacar.example.es")

RC_ACK = """Hola Yasmine:

Gracias por tu interés en Rodacar. Hemos recibido correctamente tu candidatura para la vacante
de Gestor/a de Daños y Siniestros de Flota (Barcelona - Aeropuerto El Prat).

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos
en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde tu
perfil de SmartRecruiters.

Un saludo,
Equipo de Talento de Rodacar
"""

RC_INVITE = """Hola Yasmine:

Me pongo en contacto contigo en relación con tu candidatura para Gestor/a de Daños y Siniestros
de Flota. Nos gustaría conocerte en una entrevista por videollamada con Jordi Serra, responsable
del equipo de daños.

Fecha: miércoles 13 de mayo de 2026
Hora: 12:00 (hora peninsular)
Plataforma: Google Meet (te enviaremos el enlace la víspera)

¿Nos confirmas tu disponibilidad?

Un saludo cordial,
Montserrat Puig Ferrer
Técnica de Selección | Rodacar
Carrer de la Marina 184, 08013 Barcelona
"""

RC_RESCHED = """Hola de nuevo, Yasmine:

Lo siento mucho, pero Jordi tiene que estar el miércoles en una peritación en las instalaciones
del aeropuerto y no podremos mantener la entrevista a las 12:00.

¿Te iría bien el viernes 15 de mayo a la misma hora? Si no, dime qué franjas tienes libres la
semana que viene y lo cuadramos.

Disculpa las molestias.

Montserrat
"""

RC_REJECT = """Hola Yasmine:

Muchas gracias por el tiempo que dedicaste a la entrevista con Jordi y conmigo el viernes.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil
se ajusta más a las necesidades actuales del puesto, sobre todo por su experiencia previa con
peritos y talleres.

Nos ha gustado mucho conocerte y guardaremos tu CV para futuras vacantes en el área de
siniestros.

Te deseamos mucha suerte.

Un abrazo,
Montserrat Puig Ferrer
Técnica de Selección | Rodacar
"""

RC_MSGS = [
    msg("rc_ack", "application_received", "es",
        ("Rodacar", "noreply@smartrecruiters.com"),
        "Hemos recibido tu candidatura - Gestor/a de Daños y Siniestros de Flota",
        "2026-04-28 10:12 +0000", None, company=RC,
        html=html_shell(RC_ACK, "Rodacar", "#f28c00", "Powered by SmartRecruiters")),
    msg("rc_invite", "interview_invitation", "es", MONTSE,
        "Entrevista - Gestor/a de Daños y Siniestros de Flota", "2026-05-06 09:33 +0200",
        RC_INVITE, company=RC, contact=MONTSE[1], charset="iso-8859-1"),
    msg("rc_resched", "interview_reschedule_or_cancel", "es", MONTSE,
        "RE: Entrevista - Gestor/a de Daños y Siniestros de Flota", "2026-05-11 18:05 +0200",
        RC_RESCHED, company=RC, contact=MONTSE[1], parent="rc_invite", quote="outlook_es"),
    msg("rc_reject", "rejection", "es", MONTSE, "Tu candidatura en Rodacar",
        "2026-05-22 13:44 +0200", RC_REJECT, company=RC, contact=MONTSE[1],
        parent="rc_resched", quote="es", cte="base64", subj_enc="q:utf-8"),
]

MESSAGES: list[Spec] = [*MGP_MSGS, *CSA_MSGS, *RR_MSGS, *CW_MSGS, *RC_MSGS]
