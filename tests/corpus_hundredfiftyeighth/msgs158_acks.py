"""Corpus 158, application acknowledgements and offers: hand-written specs."""
from msgs158_common import CAND_ADDR, M, ats_card, outlook_html, quote

RECEIVED = [
    # ------------------------------------------------------------------ fr
    M("workday_castelbrun", "fr",
      "Maison Castelbrun <castelbrun@myworkday.com>",
      "Nous avons bien reçu votre candidature – Planificateur supply (R-2207)",
      "2026-02-20 23:14 +0100",
      "Bonjour Théo,\n\n"
      "Merci d'avoir postulé au poste de Planificateur supply (R-2207) à Bordeaux. Votre "
      "candidature a bien été enregistrée et sera examinée par notre équipe.\n\n"
      "Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas "
      "répondre individuellement à chacune d'entre elles. Si votre profil correspond, un membre "
      "de l'équipe vous contactera dans les prochaines semaines.\n\n"
      "Vous pouvez suivre l'avancement depuis votre espace candidat.\n\n"
      "L'équipe Recrutement – Maison Castelbrun\n",
      company="Maison Castelbrun",
      html=ats_card("Maison Castelbrun", "#6d1a36", "Candidature reçue",
                    ["Bonjour Théo,",
                     "Merci d'avoir postulé au poste de Planificateur supply (R-2207) à Bordeaux. "
                     "Votre candidature a bien été enregistrée et sera examinée par notre équipe.",
                     "Compte tenu du nombre important de candidatures, nous ne pourrons "
                     "malheureusement pas répondre individuellement à chacune d'entre elles. Si "
                     "votre profil correspond, un membre de l'équipe vous contactera dans les "
                     "prochaines semaines.", "L'équipe Recrutement – Maison Castelbrun"],
                    "Ne pas répondre – message automatique envoyé par Workday.",
                    button=("Mon espace candidat",
                            "https://castelbrun.wd3.myworkday.com/fr-FR/careers/userHome")),
      key="cast_ack", parent="cast_apply"),

    M("teamtailor_ondine", "fr",
      "Biscuiterie Ondine <no-reply@teamtailor-mail.com>",
      "Merci pour votre candidature chez Biscuiterie Ondine !", "2026-03-02 08:03 +0100",
      "Bonjour Théo,\n\n"
      "Nous avons bien reçu votre candidature pour le poste d'Assistant(e) ADV / prévisions. "
      "Merci de l'intérêt que vous portez à notre biscuiterie !\n\n"
      "Notre équipe l'étudie avec attention et reviendra vers vous, quelle que soit la réponse, "
      "sous deux semaines environ.\n\n"
      "Gourmandement,\nL'équipe Biscuiterie Ondine\n",
      company="Biscuiterie Ondine", key="ond_ack"),

    M("agency_registration", "fr",
      "Julien Abadie <julien.abadie@gironde-interim.example.fr>",
      "Votre inscription chez Gironde Intérim", "2026-03-16 11:50 +0100",
      "Bonjour Théo,\n\n"
      "Merci d'être passé à l'agence ce matin. Je vous confirme que votre inscription est "
      "finalisée : votre dossier (CV, pièce d'identité, CACES, RIB) est complet et vous pouvez "
      "désormais recevoir nos propositions de missions en logistique et approvisionnement.\n\n"
      "Je vous recontacte dès qu'un poste correspond à votre profil.\n\n"
      "Julien Abadie\nConsultant recrutement – Gironde Intérim\n"
      "27 cours de la Marne, 33800 Bordeaux – 05 56 91 40 22\n",
      company="Gironde Intérim", contact="julien.abadie@gironde-interim.example.fr",
      key="gir_reg"),

    M("smartrecruiters_gers", "fr",
      "Coopérative Terres du Gers <no-reply@smartrecruiters.com>",
      "Confirmation de votre candidature", "2026-01-14 15:37 +0100",
      "Bonjour Théo,\n\n"
      "Nous vous confirmons la bonne réception de votre candidature au poste de Responsable "
      "planification collecte et stockage (Auch).\n\n"
      "Nos équipes vont l'examiner. En raison du nombre de candidatures, seules les personnes "
      "retenues pour un entretien seront contactées.\n\n"
      "Coopérative Terres du Gers\n",
      company="Coopérative Terres du Gers"),

    M("human_cv_bien_recu", "fr",
      "Émilie Castex <emilie.castex@sucrerie-lauragais.example.fr>",
      "Re: Candidature planificateur production", "2026-08-31 16:20 +0200",
      "Bonjour Théo,\n\nBien reçu votre CV et votre lettre, merci. Je les transmets à notre "
      "directeur industriel et je reviens vers vous.\n\nÉmilie Castex\n"
      "Ressources humaines – Sucrerie du Lauragais\n\n"
      + quote("fr", "lun. 31 août 2026 à 08:05", f"Théo Lacombe-Mendes <{CAND_ADDR}>",
              "Madame,\n\nJe vous adresse ma candidature au poste de planificateur production pour "
              "la campagne 2026. Je serais heureux de vous présenter mon parcours lors d'un "
              "entretien.\n\nThéo Lacombe-Mendes"),
      company="Sucrerie du Lauragais", contact="emilie.castex@sucrerie-lauragais.example.fr"),

    M("recruitee_html_only", "fr",
      "Frais d'Ici Distribution <no-reply@jobs.recruitee.com>",
      "Frais d'Ici Distribution a bien reçu votre candidature", "2026-05-28 12:09 +0200",
      None, company="Frais d'Ici Distribution",
      html=ats_card("Frais d'Ici Distribution", "#ef6c00", "Candidature bien reçue",
                    ["Bonjour Théo,",
                     "Votre candidature au poste de Gestionnaire approvisionnement (Rezé) nous est "
                     "bien parvenue.",
                     "Nous ne pouvons malheureusement pas répondre personnellement à chaque "
                     "candidat, mais chaque dossier est lu par un membre de l'équipe.",
                     "À très vite peut-être,", "Frais d'Ici Distribution"],
                    "Cet e-mail a été envoyé via Recruitee. Vous pouvez retirer votre candidature à "
                    "tout moment depuis votre espace.")),

    M("larrouy_ack_quoting_application", "fr",
      "Nadège Larrouy <n.larrouy@transports-larrouy.example.fr>",
      "RE: Candidature approvisionneur – Mérignac", "2026-01-09 09:15 +0100",
      "Bonjour Monsieur,\n\n"
      "J'accuse réception de votre candidature, que je transmets au responsable du site de "
      "Mérignac. Nous revenons vers vous d'ici fin janvier.\n\n"
      "Cordialement,\nNadège Larrouy\nRH – Transports Larrouy\nZA du Phare, 33700 Mérignac\n\n"
      + quote("outlook_fr", f"Théo Lacombe-Mendes <{CAND_ADDR}>", "jeudi 8 janvier 2026 21:40",
              "Madame, Monsieur,\n\nSuite à votre annonce, je vous adresse ma candidature au poste "
              "d'approvisionneur. Après six années en chai, je souhaite évoluer vers la "
              "planification. Je suis disponible pour un entretien à votre convenance.\n\n"
              "Cordialement,\nThéo Lacombe-Mendes",
              subject="Candidature approvisionneur – Mérignac",
              to="n.larrouy@transports-larrouy.example.fr"),
      company="Transports Larrouy", contact="n.larrouy@transports-larrouy.example.fr"),

    M("successfactors_geneva_latin1", "fr",
      "Caves Lémaniques <noreply@successfactors.eu>",
      "Accusé de réception de votre candidature", "2026-04-10 07:01 +0200",
      "Monsieur Lacombe-Mendes,\n\n"
      "Nous accusons réception de votre candidature pour le poste de Supply Planner (80-100 %) "
      "et vous remercions de l'intérêt porté à notre entreprise.\n\n"
      "Votre dossier sera examiné avec soin. Nous vous recontacterons dans un délai de trois "
      "semaines.\n\n"
      "Caves Lémaniques - Ressources humaines\n",
      company="Caves Lémaniques", cs="iso-8859-1", subj_enc=("iso-8859-1", "Q"),
      name_enc=("iso-8859-1", "Q")),

    M("bamboohr_sirops", "fr",
      "Sirops Lavergne <notifications@bamboohr.com>",
      "Candidature reçue : Planificateur production H/F", "2026-10-02 10:44 +0200",
      "Bonjour Théo,\n\n"
      "Merci pour votre candidature au poste de Planificateur production H/F à Bègles. "
      "Nous l'avons bien reçue et nous la lirons avec attention.\n\n"
      "Sirops Lavergne\n",
      company="Sirops Lavergne"),

    M("agency_registration_html", "fr",
      "Partenaire Intérim Toulouse <agence.toulouse@partenaire-interim.example.fr>",
      "Bienvenue chez Partenaire Intérim – inscription confirmée", "2026-03-09 17:30 +0100",
      "Bonjour Théo,\n\n"
      "Votre inscription en ligne est confirmée. Sandrine Cazals, chargée d'affaires, suivra votre "
      "dossier et vous contactera pour les missions en logistique agroalimentaire.\n\n"
      "Pour toute question, écrivez-lui directement : s.cazals@partenaire-interim.example.fr\n\n"
      "L'agence Partenaire Intérim Toulouse\n12 allées Jean Jaurès, 31000 Toulouse\n",
      company="Partenaire Intérim", contact="s.cazals@partenaire-interim.example.fr",
      reply_to="Sandrine Cazals <s.cazals@partenaire-interim.example.fr>",
      html="<html><body><h3>Inscription confirmée</h3><p>Bonjour Théo,</p><p>Votre inscription "
           "en ligne est confirmée. Sandrine Cazals, chargée d'affaires, suivra votre dossier et "
           "vous contactera pour les missions en logistique agroalimentaire.</p><p>Pour toute "
           "question, écrivez-lui directement : <a href=\"mailto:s.cazals@partenaire-interim."
           "example.fr\">s.cazals@partenaire-interim.example.fr</a></p><p>L'agence Partenaire "
           "Intérim Toulouse</p></body></html>\n"),

    # ------------------------------------------------------------------ en
    M("greenhouse_belgavin", "en",
      "Belgavin <no-reply@greenhouse-mail.io>",
      "Thank you for applying to Belgavin", "2026-04-19 20:12 +0200",
      "Hi Théo,\n\n"
      "Thanks for applying for the Supply Planning Analyst position at Belgavin. Our team will "
      "review your application and get in touch if your profile is a match.\n\n"
      "Cheers,\nBelgavin Talent Team\n",
      company="Belgavin", key="bel_ack"),

    M("workable_cannot_reply_all", "en",
      "Harbour & Vine Imports <noreply@workablemail.com>",
      "Harbour & Vine Imports: application received", "2026-06-25 13:48 +0100",
      "Dear Théo,\n\n"
      "This is to confirm that we have received your application for Logistics & Demand "
      "Coordinator (Porto).\n\n"
      "Unfortunately, due to the high volume of applications, we cannot reply to every applicant "
      "individually. If you have not heard from us within four weeks, please assume that we will "
      "not be taking your application further on this occasion.\n\n"
      "Thank you for your interest,\nHarbour & Vine Imports\n",
      company="Harbour & Vine Imports",
      html=ats_card("Harbour & Vine Imports", "#1b5e20", "Application received",
                    ["Dear Théo,",
                     "This is to confirm that we have received your application for Logistics & "
                     "Demand Coordinator (Porto).",
                     "Unfortunately, due to the high volume of applications, we cannot reply to "
                     "every applicant individually. If you have not heard from us within four weeks, "
                     "please assume that we will not be taking your application further on this "
                     "occasion.", "Thank you for your interest,"],
                    "Sent by Workable on behalf of Harbour & Vine Imports.")),

    M("lever_orbis_ack", "en",
      "Orbis Planning Partners <no-reply@hire.lever.co>",
      "Thanks for applying to Orbis Planning Partners", "2026-02-02 18:21 +0100",
      "Hi Théo,\n\n"
      "We've received your application for Associate Consultant – Demand Planning. A member of "
      "our team will review it shortly.\n\n"
      "Best,\nOrbis Planning Partners\n",
      company="Orbis Planning Partners"),

    M("agency_registration_porto", "en",
      "Oliver Grant <oliver.grant@harbourline-talent.example.pt>",
      "Welcome to Harbourline Talent", "2026-05-18 10:05 +0100",
      "Hi Théo,\n\n"
      "Great to speak earlier. Just confirming you're now registered with us — I've saved your CV "
      "and your preferences (supply/demand planning, Porto area, English-speaking teams).\n\n"
      "I'll be in touch as soon as something suitable comes up.\n\n"
      "Cheers,\nOliver Grant\nSenior Consultant | Harbourline Talent\n+351 22 555 0199\n",
      company="Harbourline Talent", contact="oliver.grant@harbourline-talent.example.pt"),

    M("icims_meridian_b64", "en",
      "Meridian Fresh Careers <meridianfresh@icims.com>",
      "We received your application – Replenishment Analyst (Req 5521)", "2026-03-18 07:22 +0100",
      "Dear Théo Lacombe-Mendes,\n\n"
      "Thank you for your interest in Meridian Fresh. This message confirms that your application "
      "for Replenishment Analyst (Req 5521) has been submitted successfully.\n\n"
      "Meridian Fresh Talent Acquisition\n",
      company="Meridian Fresh", cte="base64"),

    # ------------------------------------------------------------------ es
    M("ett_alta_candidato", "es",
      "Laia Ferrer <laia.ferrer@temporia-ett.example.es>",
      "Alta en Temporia ETT", "2026-04-27 12:40 +0200",
      "Hola Théo:\n\n"
      "Te confirmo que ya estás dado de alta en nuestra base de candidatos. He registrado tu "
      "interés por puestos de planificación y aprovisionamiento en el área de Barcelona.\n\n"
      "En cuanto tenga una oferta que encaje, te llamo.\n\n"
      "Un saludo,\nLaia Ferrer\nConsultora de selección | Temporia ETT\n93 555 21 07\n",
      company="Temporia ETT", contact="laia.ferrer@temporia-ett.example.es"),

    M("recruitee_garrigues", "es",
      "Olis Garrigues <no-reply@jobs.recruitee.com>",
      "Hemos recibido tu candidatura – Planificador/a de Demanda", "2026-06-29 09:33 +0200",
      "Hola Théo,\n\n"
      "¡Gracias por tu candidatura al puesto de Planificador/a de Demanda! La hemos recibido "
      "correctamente y el equipo la revisará en los próximos días.\n\n"
      "Olis Garrigues\n",
      company="Olis Garrigues"),

    M("human_cv_recibido", "es",
      "Marta Soler <marta.soler@supernova-mercats.example.es>",
      "RE: Candidatura Analista de aprovisionamiento", "2026-07-01 17:07 +0200",
      "Hola Théo,\n\nHemos recibido tu CV, gracias. Lo estamos revisando con el equipo de "
      "aprovisionamiento y te diremos algo pronto.\n\nMarta Soler\nResponsable de Talento, "
      "SuperNova Mercats\n",
      company="SuperNova Mercats", contact="marta.soler@supernova-mercats.example.es",
      cs="iso-8859-1", cte="quoted-printable"),

    # ------------------------------------------------------------------ de
    M("personio_eingang", "de",
      "Rheinkellerei Hausmann <noreply@personio.de>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-03-27 14:15 +0100",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihre Bewerbung als Disponent Bedarfsplanung (m/w/d). Hiermit bestätigen wir "
      "den Eingang Ihrer Unterlagen. Wir prüfen diese sorgfältig und melden uns zeitnah bei "
      "Ihnen.\n\n"
      "Mit freundlichen Grüßen\nIhr Personalteam der Rheinkellerei Hausmann\n",
      company="Rheinkellerei Hausmann", key="hau_ack"),

    M("personalwerk_registrierung", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Ihre Registrierung bei Personalwerk Rhein-Main", "2026-05-07 09:58 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihre Unterlagen. Sie sind jetzt in unserem Bewerberpool registriert. "
      "Für ein kurzes Kennenlernen am Telefon melde ich mich in den nächsten Tagen.\n\n"
      "Viele Grüße\nJana Wirth\nPersonalberaterin – Personalwerk Rhein-Main\nZeil 81, 60313 "
      "Frankfurt | 069 555 77 20\n",
      company="Personalwerk Rhein-Main", contact="j.wirth@personalwerk-rheinmain.example.de",
      key="pw_reg"),

    M("softgarden_eingang", "de",
      "Mainlog Spedition <noreply@softgarden.io>",
      "Wir haben Ihre Bewerbung erhalten", "2026-01-19 21:30 +0100",
      None, company="Mainlog Spedition",
      html=ats_card("Mainlog Spedition", "#c62828", "Vielen Dank für Ihre Bewerbung",
                    ["Guten Tag Herr Lacombe-Mendes,",
                     "wir haben Ihre Bewerbung als Supply Chain Planer (m/w/d) in Hanau erhalten.",
                     "Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. Leider ist es "
                     "uns nicht möglich, jede Bewerbung einzeln zu kommentieren.",
                     "Ihr Recruiting-Team der Mainlog Spedition"],
                    "Diese E-Mail wurde automatisch über softgarden versendet."),
      name_enc=None),
]

OFFERS = [
    # ------------------------------------------------------------------ fr
    M("castelbrun_offer_pdf", "fr",
      "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
      "Proposition d'embauche – Planificateur supply", "2026-03-27 16:30 +0100",
      "Bonjour Théo,\n\n"
      "Suite à nos échanges et à votre entretien du 19 mars, j'ai le plaisir de vous proposer le "
      "poste de Planificateur supply en CDI au sein de Maison Castelbrun, avec une prise de poste "
      "au 4 mai 2026.\n\n"
      "Vous trouverez ci-joint notre proposition détaillée (rémunération, statut, avantages). "
      "Nous vous remercions de nous faire part de votre réponse avant le 3 avril.\n\n"
      "Toute l'équipe se réjouit de vous accueillir.\n\n"
      "Agathe Lamarque\nResponsable recrutement – Maison Castelbrun\n"
      "42 quai des Chartrons, 33000 Bordeaux – 05 56 44 18 70\n",
      company="Maison Castelbrun", contact="agathe.lamarque@castelbrun.example.fr",
      pdf=("Proposition_embauche_Lacombe-Mendes.pdf",
           ["Maison Castelbrun - Proposition d'embauche", "",
            "Poste : Planificateur supply (CDI, statut agent de maitrise)",
            "Date de debut : 4 mai 2026", "Remuneration annuelle brute : 36 000 EUR",
            "Lieu : Bordeaux, quai des Chartrons", "", "Reponse attendue avant le 3 avril 2026"]),
      key="cast_offer", parent="cast_move"),

    M("verbal_offer_followup", "fr",
      "Mathilde Pujol <mathilde.pujol@garonne-fret.example.fr>",
      "Suite à notre appel – confirmation", "2026-08-05 13:12 +0200",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Comme notre directeur d'agence vous l'a annoncé ce matin par téléphone, nous sommes heureux "
      "de vous confirmer notre proposition pour le poste de planificateur transport à Toulouse : "
      "CDI, 34 k€ bruts annuels sur 13 mois, démarrage le 1er septembre.\n\n"
      "Le contrat vous sera adressé dès réception de votre accord écrit.\n\n"
      "Bien cordialement,\nMathilde Pujol\nAssistante RH – Garonne Fret\nTél. 05 61 55 43 20\n",
      company="Garonne Fret", contact="mathilde.pujol@garonne-fret.example.fr",
      html=outlook_html(
          ["Bonjour Monsieur Lacombe-Mendes,",
           "Comme notre directeur d'agence vous l'a annoncé ce matin par téléphone, nous sommes "
           "heureux de vous confirmer notre proposition pour le poste de planificateur transport à "
           "Toulouse : CDI, 34 k€ bruts annuels sur 13 mois, démarrage le 1er septembre.",
           "Le contrat vous sera adressé dès réception de votre accord écrit.",
           "Bien cordialement,"],
          ["Mathilde Pujol", "Assistante RH – Garonne Fret", "Tél. 05 61 55 43 20"]),
      parent="gar_fret_cancel"),

    M("contract_for_signature", "fr",
      "Karim Benali <karim.benali@sudouest-distribution.example.fr>",
      "Ton contrat à signer", "2026-06-04 18:45 +0200",
      "Salut Théo,\n\n"
      "Comme promis, voilà le contrat pour le poste de planificateur réassort (CDI, démarrage le "
      "22 juin). Les RH te l'envoient aussi pour signature électronique, tu devrais recevoir le "
      "lien dans la soirée. Relis bien l'article sur les astreintes du samedi.\n\n"
      "Content de t'avoir dans l'équipe !\n\nKarim\nResp. entrepôt – Sud-Ouest Distribution\n"
      "06 11 58 72 40\n",
      company="Sud-Ouest Distribution", contact="karim.benali@sudouest-distribution.example.fr",
      pdf=("Contrat_CDI_Lacombe-Mendes.pdf",
           ["Sud-Ouest Distribution - Contrat de travail a duree indeterminee", "",
            "Salarie : Theo Lacombe-Mendes", "Emploi : Planificateur reassort",
            "Date d'entree : 22 juin 2026", "Lieu : Toulouse-Fondeyre"])),

    M("agency_client_wants_offer", "fr",
      "Sandrine Cazals <s.cazals@partenaire-interim.example.fr>",
      "Bonne nouvelle : Salaisons de Lacaune", "2026-04-21 17:55 +0200",
      "Bonjour Théo,\n\n"
      "Je sors d'un appel avec Salaisons de Lacaune : le client veut vous faire une offre pour le "
      "poste de gestionnaire des approvisionnements ! Mission de 6 mois avec embauche prévue à la "
      "suite, 2 150 € bruts mensuels, début le 4 mai.\n\n"
      "Appelez-moi pour qu'on en parle avant que je leur donne votre réponse.\n\n"
      "Sandrine Cazals\nChargée d'affaires – Partenaire Intérim Toulouse\n05 34 55 20 18\n",
      company="Salaisons de Lacaune", contact="s.cazals@partenaire-interim.example.fr",
      cs="windows-1252"),

    M("sucrerie_cdd_pdf", "fr",
      "Émilie Castex <emilie.castex@sucrerie-lauragais.example.fr>",
      "Votre contrat de campagne – Sucrerie du Lauragais", "2026-09-21 11:00 +0200",
      "Bonjour Théo,\n\n"
      "Suite à votre rencontre avec M. Mestre, nous avons le plaisir de vous proposer un contrat "
      "à durée déterminée de planificateur production pour la campagne 2026-2027 (du 1er octobre "
      "au 31 janvier). Le contrat est joint : merci de nous le retourner signé avant le 28 "
      "septembre.\n\n"
      "Bienvenue parmi nous,\nÉmilie Castex\nRessources humaines – Sucrerie du Lauragais\n",
      company="Sucrerie du Lauragais", contact="emilie.castex@sucrerie-lauragais.example.fr",
      pdf=("CDD_campagne_2026.pdf",
           ["Sucrerie du Lauragais - Contrat a duree determinee", "",
            "Emploi : Planificateur production (campagne betteraviere)",
            "Du 1er octobre 2026 au 31 janvier 2027", "Salaire mensuel brut : 2 600 EUR"]),
      cte="base64", parent="suc_move"),

    # ------------------------------------------------------------------ en
    M("rabelo_offer_letter", "en",
      "Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>",
      "Offer letter – Demand Planner, Vinhos Rabelo", "2026-03-20 15:40 +0000",
      "Dear Théo,\n\n"
      "Following your interviews with our team, I am delighted to offer you the position of Demand "
      "Planner at Vinhos Rabelo, based in Vila Nova de Gaia, starting on 1 June 2026.\n\n"
      "Please find attached our formal offer letter with the salary, relocation support and "
      "benefits. We would be grateful for your answer by 31 March.\n\n"
      "Warm regards,\nRui Carvalho\nExport Operations Manager | Vinhos Rabelo\n"
      "Avenida de Diogo Leite 140, 4400-111 Vila Nova de Gaia | +351 22 555 3030\n",
      company="Vinhos Rabelo", contact="rui.carvalho@vinhosrabelo.example.pt",
      pdf=("Offer_Letter_T_Lacombe-Mendes.pdf",
           ["Vinhos Rabelo - Offer of Employment", "", "Position: Demand Planner",
            "Start date: 1 June 2026", "Gross annual salary: 31,000 EUR",
            "Relocation allowance: 2,500 EUR", "", "Please reply by 31 March 2026"]),
      parent="rab_reinv"),

    M("verbal_offer_en", "en",
      "Beatriz Nunes <beatriz.nunes@gaiabottling.example.pt>",
      "Following up on today's call", "2026-10-13 17:20 +0100",
      "Hi Théo,\n\n"
      "Great speaking with you this afternoon. As discussed, we'd like to offer you the Supply "
      "Planner role: permanent contract, €29,500 gross per year plus a 10% bonus, starting "
      "2 November. I'll send the written contract once you confirm you're happy with the terms.\n\n"
      "Best,\nBeatriz Nunes\nHR Lead, Gaia Bottling Services\n",
      company="Gaia Bottling Services", contact="beatriz.nunes@gaiabottling.example.pt"),

    # ------------------------------------------------------------------ es
    M("garrigues_oferta", "es",
      "Núria Bosch <nuria.bosch@olis-garrigues.example.es>",
      "Oferta – Planificador/a de Demanda", "2026-07-24 13:05 +0200",
      "Hola Théo:\n\n"
      "Nos alegra mucho comunicarte que queremos que te incorpores a Olis Garrigues como "
      "Planificador/a de Demanda. Te adjunto la carta de oferta con las condiciones: contrato "
      "indefinido, 33.000 € brutos anuales y incorporación el 1 de septiembre.\n\n"
      "Si tienes cualquier duda, llámame.\n\n"
      "Un abrazo,\nNúria Bosch\nTalent & Cultura | Olis Garrigues\n+34 93 555 61 20\n",
      company="Olis Garrigues", contact="nuria.bosch@olis-garrigues.example.es",
      pdf=("Carta_oferta_Lacombe-Mendes.pdf",
           ["Olis Garrigues - Carta de oferta", "", "Puesto: Planificador de Demanda",
            "Contrato indefinido", "Salario bruto anual: 33.000 EUR",
            "Incorporacion: 1 de septiembre de 2026"]),
      key="gar_offer", parent="gar_move"),

    # ------------------------------------------------------------------ de
    M("winzer_eg_vertrag", "de",
      "Stefanie Kern <s.kern@bergstraesser-winzer.example.de>",
      "Ihr Arbeitsvertrag – Bergsträßer Winzer eG", "2026-10-08 10:30 +0200",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "wir freuen uns, Ihnen die Stelle als Logistik- und Bedarfsplaner in Heppenheim anbieten zu "
      "können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden "
      "Sie uns ein unterschriebenes Exemplar bis zum 20. Oktober zurück.\n\n"
      "Mit freundlichen Grüßen\nStefanie Kern\nPersonal – Bergsträßer Winzer eG\n"
      "Darmstädter Straße 56, 64646 Heppenheim\n",
      company="Bergsträßer Winzer", contact="s.kern@bergstraesser-winzer.example.de",
      pdf=("Arbeitsvertrag_Lacombe-Mendes.pdf",
           ["Bergstraesser Winzer eG - Arbeitsvertrag", "",
            "Position: Logistik- und Bedarfsplaner", "Beginn: 1. Dezember 2026",
            "Bruttojahresgehalt: 46.000 EUR"]),
      subj_enc=("utf-8", "B")),

    M("agency_kunde_angebot", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Kelterei Obermann möchte Ihnen ein Angebot machen", "2026-07-09 12:02 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "gute Nachrichten: Die Kelterei Obermann möchte Ihnen nach dem Gespräch von Montag ein "
      "Angebot für die Position Produktionsdisponent machen – unbefristet, 44.000 € brutto im "
      "Jahr, Start zum 1. August.\n\n"
      "Lassen Sie uns heute Nachmittag telefonieren, dann gehen wir die Details durch.\n\n"
      "Viele Grüße\nJana Wirth\nPersonalwerk Rhein-Main\n069 555 77 20\n",
      company="Kelterei Obermann", contact="j.wirth@personalwerk-rheinmain.example.de"),
]
