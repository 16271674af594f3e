"""French job mail (Bayonne): Éditions Petit Goéland, Librairies Hirondelle, Médiathèques
Côte Basque, Trilingua Adour, Adour Talents (Éditions du Phare Bleu and an unnamed client)."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_FR, Spec, m

CLAIRE = ("Claire Duhalde", "claire.duhalde@petitgoeland.example.fr")
MAYLIS = ("Maylis Etcheverry", "m.etcheverry@mediatheques-cotebasque.example.fr")
PEIO = ("Peio Harriague", "peio@trilingua-adour.example.fr")
SOLENE = ("Solène Lafitte", "solene.lafitte@adourtalents.example.fr")

GOELAND_ICS = {"uid": "goeland-entretien-0611@petitgoeland.example.fr", "tz": "Europe/Paris",
               "summary": "Entretien - Assistante d'édition jeunesse",
               "location": "Éditions Petit Goéland, 14 quai Galuperie, Bayonne",
               "organizer": CLAIRE}
ADOUR_SIG = (
    "Solène Lafitte\nConsultante recrutement - Culture & Édition\nAdour Talents\n"
    "8 allées Boufflers, 64100 Bayonne - 05 59 00 41 87\n"
)

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Petit Goéland
    m("goeland_ack", "application_received", "fr",
      ("Éditions Petit Goéland", "noreply@workablemail.com"),
      "Merci pour votre candidature - Assistante d'édition jeunesse (H/F)",
      "2026-05-25 09:30 +0000",
      "Bonjour Marisol,\n\n"
      "Nous vous remercions pour votre candidature au poste d'Assistant(e) d'édition jeunesse "
      "à Bayonne. Elle a bien été reçue et sera étudiée avec attention par notre équipe.\n\n"
      "Bien cordialement,\nL'équipe des Éditions Petit Goéland\n",
      company="Éditions Petit Goéland", fmt="html", hdr=("b", "utf-8")),
    m("goeland_invite", "interview_invitation", "fr", CLAIRE,
      "Invitation à un entretien", "2026-06-03 15:12 +0200",
      "Bonjour Madame Etxeberria Quaye,\n\n"
      "Votre parcours d'enseignante en maternelle a retenu toute notre attention. Je vous "
      "propose un entretien dans nos locaux le jeudi 11 juin à 14h30, avec notre directrice "
      "éditoriale, Anne-Lise Bordes. Vous trouverez l'invitation ci-jointe.\n\n"
      "Pourriez-vous me confirmer votre présence ?\n\n"
      "Bien à vous,\nClaire Duhalde\nResponsable administrative\nÉditions Petit Goéland\n"
      "14 quai Galuperie, 64100 Bayonne - 05 59 00 27 31\n",
      company="Éditions Petit Goéland", contact=CLAIRE[1], fmt="alt", charset="iso-8859-1",
      cte="quoted-printable", hdr=("q", "iso-8859-1"),
      ics={**GOELAND_ICS, "method": "REQUEST", "start": "20260611T143000",
           "end": "20260611T153000", "seq": 0}),
    m("goeland_moved", "interview_reschedule_or_cancel", "fr", CLAIRE,
      "Nouvel horaire : Entretien - Assistante d'édition jeunesse", "2026-06-08 10:02 +0200",
      "Bonjour Madame Etxeberria Quaye,\n\n"
      "Anne-Lise Bordes doit finalement se rendre au salon de Montreuil jeudi après-midi. "
      "Serait-il possible d'avancer notre entretien au jeudi 11 juin à 9h30 ? J'ai mis à jour "
      "l'invitation en conséquence.\n\nAvec toutes mes excuses,\nClaire Duhalde\n",
      company="Éditions Petit Goéland", contact=CLAIRE[1], parent="goeland_invite",
      quote="reply", charset="iso-8859-1", cte="8bit", hdr=("q", "iso-8859-1"),
      ics={**GOELAND_ICS, "method": "REQUEST", "start": "20260611T093000",
           "end": "20260611T103000", "seq": 1}),
    m("goeland_own_thanks", "other", "fr", CAND,
      "Merci pour l'entretien", "2026-06-11 18:20 +0200",
      "Bonjour Madame Duhalde,\n\n"
      "Je tenais à vous remercier, ainsi que Madame Bordes, pour l'entretien de ce matin. "
      "Je reste à votre disposition pour toute information complémentaire.\n\n" + CAND_SIG_FR,
      to=CLAIRE, cte="8bit"),
    m("goeland_no", "rejection", "fr", CLAIRE,
      "Re: Merci pour l'entretien", "2026-06-24 11:47 +0200",
      "Bonjour Madame Etxeberria Quaye,\n\n"
      "Merci encore pour votre venue et pour votre message. Après réflexion, nous avons "
      "retenu une candidature dont l'expérience en fabrication correspond davantage aux "
      "besoins immédiats du poste. Nous ne donnerons donc pas suite à votre candidature.\n\n"
      "Nous avons beaucoup apprécié votre regard de pédagogue et vous souhaitons une belle "
      "réussite.\n\nClaire Duhalde\n",
      company="Éditions Petit Goéland", contact=CLAIRE[1], parent="goeland_own_thanks",
      quote="reply", charset="iso-8859-1", cte="quoted-printable"),
    # ---------------------------------------------------------------- Hirondelle
    m("hirondelle_ack", "application_received", "fr",
      ("Librairies Hirondelle", "no-reply@teamtailor-mail.com"),
      "Nous avons bien reçu votre candidature", "2026-04-03 06:55 +0000",
      "Bonjour Marisol,\n\n"
      "Merci d'avoir postulé au poste de Libraire jeunesse (CDI) - Bayonne centre. Nous avons "
      "bien reçu votre candidature.\n\n"
      "Nous recevons beaucoup de candidatures et ne pouvons malheureusement pas répondre "
      "personnellement à chacune. Si votre profil est retenu, nous vous contacterons sous "
      "quinze jours.\n\nL'équipe Librairies Hirondelle\n",
      company="Librairies Hirondelle", fmt="alt", cte="base64"),
    m("hirondelle_no", "rejection", "fr",
      ("Librairies Hirondelle", "no-reply@teamtailor-mail.com"),
      "Votre candidature chez Librairies Hirondelle", "2026-04-21 12:30 +0000",
      "Bonjour Marisol,\n\n"
      "Merci pour l'intérêt que vous portez aux Librairies Hirondelle. Malheureusement, "
      "nous ne sommes pas en mesure de donner une suite favorable à votre candidature pour "
      "le poste de Libraire jeunesse.\n\n"
      "Nous conservons votre CV et ne manquerons pas de revenir vers vous si un poste "
      "correspondant à votre profil se libère.\n\nL'équipe Librairies Hirondelle\n",
      company="Librairies Hirondelle", fmt="html", cte="base64"),
    # ---------------------------------------------------------------- Médiathèques Côte Basque
    m("mediatheques_ack", "application_received", "fr",
      ("Réseau des Médiathèques Côte Basque", "recrutement@mediatheques-cotebasque.example.fr"),
      "Accusé de réception de votre candidature - Réf. MCB-2026-07", "2026-02-12 16:40 +0100",
      "Madame,\n\n"
      "Nous accusons réception de votre candidature au poste d'assistante de conservation - "
      "section jeunesse (réf. MCB-2026-07).\n\n"
      "Votre dossier sera examiné par la commission de recrutement à l'issue de la date "
      "limite de dépôt des candidatures, fixée au 6 mars 2026.\n\n"
      "Service des ressources humaines\nRéseau des Médiathèques Côte Basque\n",
      company="Réseau des Médiathèques Côte Basque", charset="iso-8859-1", cte="quoted-printable",
      hdr=("q", "iso-8859-1")),
    m("mediatheques_invite", "interview_invitation", "fr", MAYLIS,
      "Convocation à un entretien - Réf. MCB-2026-07", "2026-03-16 10:25 +0100",
      "Madame,\n\n"
      "J'ai le plaisir de vous informer que votre candidature a été retenue. Vous êtes "
      "convoquée à un entretien devant le jury de recrutement le mardi 31 mars 2026 à 10h00 à "
      "la médiathèque centrale, 10 rue des Gouverneurs, Bayonne.\n\n"
      "L'entretien durera 30 minutes et comportera une mise en situation (présentation d'un "
      "album à un groupe d'enfants de 4 ans).\n\n"
      "Je vous remercie de bien vouloir confirmer votre présence.\n\n"
      "Maylis Etcheverry\nChargée de recrutement\nRéseau des Médiathèques Côte Basque\n",
      company="Réseau des Médiathèques Côte Basque", contact=MAYLIS[1], fmt="alt",
      charset="windows-1252", cte="quoted-printable",
      pdfs=[("Convocation_MCB-2026-07.pdf",
             ["Reseau des Mediatheques Cote Basque", "CONVOCATION",
              "Mme Marisol Etxeberria Quaye", "Mardi 31 mars 2026 - 10h00"])]),
    m("mediatheques_moved", "interview_reschedule_or_cancel", "fr", MAYLIS,
      "Report de votre entretien du 31 mars", "2026-03-24 14:05 +0100",
      "Madame,\n\n"
      "En raison de l'indisponibilité d'un membre du jury, l'entretien prévu le 31 mars est "
      "reporté au mardi 7 avril 2026 à 10h00, au même endroit. Merci de nous confirmer que "
      "cette nouvelle date vous convient.\n\n"
      "Veuillez nous excuser pour ce contretemps.\n\nMaylis Etcheverry\n"
      "Chargée de recrutement\n",
      company="Réseau des Médiathèques Côte Basque", contact=MAYLIS[1], parent="mediatheques_invite",
      quote="outlook", charset="windows-1252", cte="8bit"),
    m("mediatheques_no", "rejection", "fr", MAYLIS,
      "Suite donnée à votre candidature - Réf. MCB-2026-07", "2026-04-15 09:00 +0200",
      "Madame,\n\n"
      "Suite à votre entretien du 7 avril, j'ai le regret de vous informer que le jury n'a "
      "pas retenu votre candidature. Le poste a été attribué à une candidate titulaire de la "
      "fonction publique territoriale.\n\n"
      "Nous vous remercions de l'intérêt porté à notre réseau.\n\n"
      "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
      "Maylis Etcheverry\n",
      company="Réseau des Médiathèques Côte Basque", contact=MAYLIS[1], charset="iso-8859-1",
      cte="base64", hdr=("b", "iso-8859-1")),
    # ---------------------------------------------------------------- Trilingua Adour
    m("trilingua_invite", "interview_invitation", "fr", PEIO,
      "Test de traduction + échange en visio", "2026-08-17 09:50 +0200",
      "Bonjour Marisol,\n\n"
      "Merci pour ta candidature spontanée ! Nous cherchons justement une relectrice pour "
      "des albums jeunesse (espagnol, basque, français). Je te propose un court test de "
      "traduction à faire chez toi, puis un échange en visio le vendredi 21 août à 11h.\n\n"
      "Ça te va ?\n\nPeio Harriague\nGérant - Trilingua Adour\n",
      company="Trilingua Adour", contact=PEIO[1], cte="8bit"),
    m("trilingua_missed", "missed_interview_notice", "fr", PEIO,
      "Visio de ce matin", "2026-08-21 11:32 +0200",
      "Bonjour Marisol,\n\n"
      "Je t'ai attendue sur la visio à 11h, puis j'ai essayé de t'appeler, sans succès. "
      "J'espère que tout va bien.\n\nOn peut reprogrammer la semaine prochaine si tu es "
      "toujours intéressée.\n\nPeio\n",
      company="Trilingua Adour", contact=PEIO[1], parent="trilingua_invite", quote="reply",
      cte="quoted-printable"),
    m("trilingua_no", "rejection", "fr", PEIO,
      "Re: Visio de ce matin", "2026-09-03 17:40 +0200",
      "Bonjour Marisol,\n\n"
      "Merci pour l'échange de mardi et pour le test. Finalement, nous avons confié la "
      "relecture à une traductrice qui travaille déjà avec nous sur la collection. Je ne "
      "peux donc pas te proposer de collaboration pour l'instant.\n\n"
      "Belle continuation,\nPeio\n",
      company="Trilingua Adour", contact=PEIO[1], parent="trilingua_missed", quote="reply",
      cte="quoted-printable"),
    # ---------------------------------------------------------------- Adour Talents
    m("pharebleu_invite", "interview_invitation", "fr", SOLENE,
      "Éditions du Phare Bleu - proposition d'entretien", "2026-09-21 10:30 +0200",
      "Bonjour Marisol,\n\n"
      "Comme convenu lors de notre échange, j'ai présenté votre profil à notre client, les "
      "Éditions du Phare Bleu (Biarritz), pour le poste de Chargée de projets éducatifs.\n\n"
      "Ils souhaitent vous rencontrer le mercredi 30 septembre à 15h dans leurs locaux, "
      "avenue de Verdun à Biarritz. Pouvez-vous me confirmer rapidement vos disponibilités ?\n"
      "\nBien à vous,\n" + ADOUR_SIG,
      company="Éditions du Phare Bleu", contact=SOLENE[1], fmt="alt", hdr=("q", "utf-8")),
    m("pharebleu_no", "rejection", "fr", SOLENE,
      "Retour des Éditions du Phare Bleu", "2026-10-08 16:55 +0200",
      "Bonjour Marisol,\n\n"
      "J'ai eu le retour des Éditions du Phare Bleu ce matin. Ils ont apprécié votre "
      "approche, mais ont décidé de poursuivre avec un autre profil, plus expérimenté en "
      "gestion de projets numériques.\n\n"
      "Je suis désolée de ne pas avoir de meilleure nouvelle et reviens vers vous dès "
      "qu'une mission correspond à votre profil.\n\n" + ADOUR_SIG,
      company="Éditions du Phare Bleu", contact=SOLENE[1], parent="pharebleu_invite",
      quote="reply", cte="base64"),
    m("adour_missed", "missed_interview_notice", "fr", SOLENE,
      "Notre rendez-vous téléphonique", "2026-10-13 09:48 +0200",
      "Bonjour Marisol,\n\n"
      "Je vous ai appelée à 9h30 comme prévu pour parler du poste chez notre client, un "
      "fabricant de jeux éducatifs du Pays basque, mais je suis tombée sur votre messagerie.\n"
      "\nJe reste disponible aujourd'hui jusqu'à 18h, n'hésitez pas à me rappeler.\n\n"
      + ADOUR_SIG,
      company="Adour Talents", contact=SOLENE[1], fmt="html", cte="quoted-printable"),
]
