"""Corpus 158, rejections: hand-written specs (see make_hundredfiftyeighth.py for the fields)."""
from msgs158_common import CAND_ADDR, M, ats_card, outlook_html, quote, requote

REJECTIONS = [
    # ------------------------------------------------------------------ fr
    M("workday_distillerie", "fr",
      "Distillerie Marquet-Ollier <marquetollier@myworkday.com>",
      "Votre candidature – Planificateur de la demande H/F (R-10482)", "2026-02-11 07:42 +0100",
      "Bonjour Théo,\n\n"
      "Nous vous remercions de l'intérêt que vous portez à la Distillerie Marquet-Ollier et du temps "
      "consacré à votre candidature pour le poste de Planificateur de la demande H/F à Cognac.\n\n"
      "Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre "
      "candidature n'a pas été retenue pour la suite du processus.\n\n"
      "Nous conservons vos informations dans notre vivier et vous invitons à consulter nos offres.\n\n"
      "L'équipe Talents\nDistillerie Marquet-Ollier\n\n"
      "Ce message a été envoyé automatiquement, merci de ne pas y répondre.\n",
      company="Distillerie Marquet-Ollier",
      html=ats_card("Distillerie Marquet-Ollier", "#7a3b12", "Votre candidature",
                    ["Bonjour Théo,",
                     "Nous vous remercions de l'intérêt que vous portez à la Distillerie Marquet-Ollier "
                     "et du temps consacré à votre candidature pour le poste de Planificateur de la "
                     "demande H/F à Cognac.",
                     "Après une étude attentive de votre dossier, nous sommes au regret de vous informer "
                     "que votre candidature n'a pas été retenue pour la suite du processus.",
                     "Nous conservons vos informations dans notre vivier et vous invitons à consulter "
                     "nos offres.", "L'équipe Talents"],
                    "Ce message a été envoyé automatiquement, merci de ne pas y répondre.")),

    M("ondine_after_missed", "fr",
      "Sophie Kerhervé <s.kerherve@biscuiterie-ondine.example.fr>",
      "RE: Entretien Assistant(e) ADV / prévisions – Biscuiterie Ondine", "2026-03-20 16:05 +0100",
      "Bonjour Théo,\n\n"
      "Merci pour votre message et vos explications concernant le rendez-vous manqué, je comprends "
      "tout à fait que cela arrive.\n\n"
      "Entre-temps, nous avons toutefois avancé avec les autres personnes rencontrées et nous avons "
      "fait notre choix pour ce poste. Je ne suis donc pas en mesure de vous proposer un nouveau "
      "créneau, et nous arrêtons là le processus pour votre candidature.\n\n"
      "Je vous souhaite sincèrement de trouver rapidement.\n\n"
      "Sophie Kerhervé\nChargée de recrutement\nBiscuiterie Ondine – 14 quai de la Fosse, 44000 Nantes\n"
      "02 40 12 55 90\n\n"
      + quote("fr", "mer. 18 mars 2026 à 11:47", f"Théo Lacombe-Mendes <{CAND_ADDR}>",
              "Bonjour Madame Kerhervé,\n\nJe suis vraiment désolé pour l'entretien de ce matin : "
              "mon téléphone était en mode avion et je n'ai pas vu l'heure.\nSerait-il possible de "
              "convenir d'un nouveau rendez-vous cette semaine ?\n\nBien cordialement,\nThéo"),
      company="Biscuiterie Ondine", contact="s.kerherve@biscuiterie-ondine.example.fr",
      key="ond_rej", parent=["ond_miss", "ond_apology"]),

    M("agency_relays_client", "fr",
      "Julien Abadie <julien.abadie@gironde-interim.example.fr>",
      "Retour de la Cave des Coteaux de Bourg", "2026-04-09 18:22 +0200",
      "Bonjour Théo,\n\n"
      "J'ai eu cet après-midi le retour de la Cave des Coteaux de Bourg après votre entretien de "
      "mardi avec M. Perrot.\n\n"
      "Malheureusement, ils ne donnent pas suite : ils ont préféré un profil qui connaît déjà leur "
      "logiciel de gestion de chai, pour ne pas avoir à former quelqu'un avant les vendanges. Ils ont "
      "quand même souligné votre très bonne connaissance du terrain.\n\n"
      "Je garde votre dossier actif chez nous et je vous rappelle dès qu'une mission logistique "
      "ou appro se présente.\n\n"
      "Julien Abadie\nConsultant recrutement – Gironde Intérim\n"
      "27 cours de la Marne, 33800 Bordeaux – 05 56 91 40 22\n",
      company="Cave des Coteaux de Bourg", contact="julien.abadie@gironde-interim.example.fr",
      key="gir_rej", parent="gir_inv"),

    M("filled_internally", "fr",
      "Nadège Larrouy <n.larrouy@transports-larrouy.example.fr>",
      "Poste d'approvisionneur – Mérignac", "2026-01-22 12:10 +0100",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Je reviens vers vous au sujet du poste d'approvisionneur sur notre site de Mérignac. "
      "Il a finalement été confié à un collaborateur déjà présent dans l'entreprise, qui a demandé "
      "une mobilité. Votre candidature ne peut donc pas aboutir.\n\n"
      "Merci encore pour votre intérêt.\n\nNadège Larrouy\nRH – Transports Larrouy\n",
      company="Transports Larrouy", contact="n.larrouy@transports-larrouy.example.fr"),

    M("role_frozen_latin1", "fr",
      "Hélène Sarrat <helene.sarrat@conserverie-sarrat.example.fr>",
      "Votre candidature - Gestionnaire supply chain", "2026-05-06 09:31 +0200",
      "Bonjour Théo,\n\n"
      "Je préfère vous prévenir rapidement : la direction a décidé de geler le recrutement du "
      "gestionnaire supply chain jusqu'à la fin de l'année, suite à la baisse des volumes de "
      "conserves de canard.\n\n"
      "Nous ne poursuivrons donc pas le processus avec vous, ni avec les autres candidats. "
      "Ce n'est en rien lié à la qualité de votre dossier.\n\n"
      "Cordialement,\n\nHélène Sarrat\nDirectrice administrative\nConserverie Sarrat - "
      "Route d'Auch, 31600 Muret\n",
      company="Conserverie Sarrat", contact="helene.sarrat@conserverie-sarrat.example.fr",
      cs="iso-8859-1", subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q")),

    M("terse_human_fr", "fr",
      "Marc Guillou <marc.guillou@atlantique-frigo.example.fr>",
      "Re: candidature planificateur transport", "2026-02-27 19:48 +0100",
      "Bonjour Théo,\n\nCe ne sera pas pour cette fois, on a retenu quelqu'un d'autre.\n"
      "Bonne continuation.\n\nMarc\n\nEnvoyé de mon iPhone\n",
      company="Atlantique Frigo Logistique", contact="marc.guillou@atlantique-frigo.example.fr"),

    M("teamtailor_closer_profiles", "fr",
      "Marché Vert <no-reply@teamtailor-mail.com>",
      "Marché Vert – suite donnée à votre candidature", "2026-03-03 10:02 +0100",
      "Bonjour Théo,\n\n"
      "Merci d'avoir postulé au poste d'Analyste approvisionnement magasins chez Marché Vert.\n\n"
      "Nous avons reçu beaucoup de candidatures et avons choisi de rencontrer des personnes dont le "
      "parcours en distribution alimentaire est plus proche de nos besoins actuels. "
      "Nous ne poursuivrons donc pas avec votre candidature.\n\n"
      "Au plaisir de vous recroiser, peut-être en magasin !\n\nL'équipe recrutement Marché Vert\n",
      company="Marché Vert",
      headers={"X-Mailer": "Teamtailor"}),

    M("after_interview_quoting_thanks", "fr",
      "Bastien Royer <b.royer@valmont-conseil.example.fr>",
      "RE: Merci pour l'échange – consultant junior S&OP", "2026-06-12 14:40 +0200",
      "Bonjour Théo,\n\n"
      "Merci pour votre message, qui nous a fait plaisir.\n\n"
      "Nous avons longuement discuté en interne après nos deux entretiens. Votre expérience "
      "opérationnelle en chai est très intéressante, mais pour cette mission S&OP nous avons besoin "
      "de quelqu'un qui maîtrise déjà un outil de planification avancée. Nous avons donc fait un "
      "autre choix.\n\n"
      "N'hésitez pas à nous recontacter d'ici un an, une fois votre certification APICS en poche.\n\n"
      "Bien à vous,\nBastien Royer\nManager – Valmont Conseil\n8 rue Sainte-Catherine, 33000 Bordeaux\n"
      "+33 5 57 14 20 80\n\n"
      + quote("outlook_fr", f"Théo Lacombe-Mendes <{CAND_ADDR}>", "mercredi 10 juin 2026 18:02",
              "Bonjour Monsieur Royer,\n\nMerci encore pour l'entretien de cet après-midi et pour la "
              "présentation du cas client. J'ai beaucoup apprécié l'échange et je reste très motivé "
              "par le poste.\n\nBien cordialement,\nThéo Lacombe-Mendes",
              subject="Merci pour l'échange – consultant junior S&OP",
              to="Bastien Royer <b.royer@valmont-conseil.example.fr>"),
      company="Valmont Conseil", contact="b.royer@valmont-conseil.example.fr",
      html=outlook_html(
          ["Bonjour Théo,", "Merci pour votre message, qui nous a fait plaisir.",
           "Nous avons longuement discuté en interne après nos deux entretiens. Votre expérience "
           "opérationnelle en chai est très intéressante, mais pour cette mission S&OP nous avons "
           "besoin de quelqu'un qui maîtrise déjà un outil de planification avancée. Nous avons donc "
           "fait un autre choix.",
           "N'hésitez pas à nous recontacter d'ici un an, une fois votre certification APICS en poche.",
           "Bien à vous,"],
          ["Bastien Royer", "Manager – Valmont Conseil", "8 rue Sainte-Catherine, 33000 Bordeaux",
           "+33 5 57 14 20 80"],
          "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p class=MsoNormal><b>De :</b> Théo "
          "Lacombe-Mendes &lt;theo.lm@example.fr&gt;<br><b>Envoyé :</b> mercredi 10 juin 2026 18:02"
          "</p><p class=MsoNormal>Merci encore pour l'entretien de cet après-midi et pour la "
          "présentation du cas client.</p></div>"),
      key="val_rej", parent="val_ty"),

    M("casual_colleague", "fr",
      "Romain Dufau <romain.dufau@vignobles-blayais.example.fr>",
      "bon...", "2026-07-02 21:14 +0200",
      "Salut Théo,\n\n"
      "Je préfère te le dire moi-même plutôt que tu l'apprennes par les RH : pour le poste d'adjoint "
      "logistique, la direction a choisi un gars qui vient de chez un transporteur. Je me suis battu "
      "pour toi mais ils voulaient quelqu'un d'opérationnel tout de suite sur les expéditions.\n\n"
      "On se fait une bière après les vendanges ?\n\nRomain\n",
      company="Vignobles du Blayais", contact="romain.dufau@vignobles-blayais.example.fr"),

    M("geneva_cp1252_disclaimer", "fr",
      "Corinne Favre <corinne.favre@caves-lemaniques.example.ch>",
      "Votre dossier de candidature – Supply Planner (80-100 %)", "2026-04-28 08:15 +0200",
      "Monsieur,\n\n"
      "Nous accusons bonne réception de vos documents et vous remercions de la confiance témoignée.\n\n"
      "Après analyse, votre profil ne correspond pas entièrement aux exigences du poste, notamment "
      "en ce qui concerne l'expérience des marchés suisse et la maîtrise de l'allemand. Nous ne "
      "sommes dès lors pas en mesure de donner une suite favorable à votre candidature et vous "
      "retournons ci-joint vos documents sous forme électronique.\n\n"
      "Nous vous présentons, Monsieur, nos meilleures salutations.\n\n"
      "Corinne Favre\nRessources humaines – Caves Lémaniques\nChemin des Vignes 12 – 1196 Gland – +41 22 555 01 40\n\n"
      "--\nCe courriel et ses annexes sont confidentiels et destinés exclusivement à leur "
      "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
      "détruire. Toute utilisation non autorisée est interdite.\n",
      company="Caves Lémaniques", contact="corinne.favre@caves-lemaniques.example.ch", cs="windows-1252", cte="base64",
      subj_enc=("windows-1252", "B"), name_enc=("windows-1252", "B")),

    M("smartrecruiters_other_candidate", "fr",
      "Laiterie du Gave <no-reply@smartrecruiters.com>",
      "Laiterie du Gave : votre candidature Approvisionneur laits et emballages",
      "2026-05-19 17:03 +0200",
      "Bonjour Théo,\n\n"
      "Votre candidature pour le poste « Approvisionneur laits et emballages » (Pau) a retenu toute "
      "notre attention.\n\n"
      "Nous avons cependant arrêté notre choix sur un autre candidat, dont l'expérience en industrie "
      "laitière correspond davantage à la fonction.\n\n"
      "Nous vous souhaitons plein succès dans vos recherches.\n\n"
      "Laiterie du Gave – Recrutement\n(Propulsé par SmartRecruiters)\n",
      company="Laiterie du Gave"),

    M("headhunter_post_removed", "fr",
      "Claire Montaut <claire@hestia-recrutement.example.fr>",
      "Mission Demand Planner – mauvaise nouvelle", "2026-08-25 10:44 +0200",
      "Bonjour Théo,\n\n"
      "Je reviens vers vous avec une nouvelle que je n'aime pas annoncer : mon client, le groupe de "
      "spiritueux pour lequel je recrutais le Demand Planner, a décidé de supprimer le poste dans le "
      "cadre d'une réorganisation de sa direction supply chain. La mission est donc close et votre "
      "candidature ne sera pas présentée.\n\n"
      "Je suis désolée, d'autant que votre profil leur plaisait sur le papier. Je vous recontacterai "
      "sur d'autres missions.\n\n"
      "Claire Montaut\nHestia Recrutement – Cabinet de chasse\n06 72 18 45 09\n",
      company="Hestia Recrutement", contact="claire@hestia-recrutement.example.fr"),

    M("after_trial_day_chain", "fr",
      "Pauline Merlet <pauline.merlet@chais-estuaire.example.fr>",
      "Re: Journée d'immersion au chai de Pauillac", "2026-09-18 11:20 +0200",
      "Bonjour Théo,\n\n"
      "Encore merci d'être venu passer la journée avec l'équipe mercredi. Les retours sur votre "
      "attitude ont été bons, mais après réflexion nous recherchons quelqu'un avec une vraie "
      "expérience de l'ordonnancement des mises en bouteille, et nous avons décidé de ne pas aller "
      "plus loin avec votre candidature.\n\n"
      "Bonne fin de vendanges,\n\nPauline Merlet\nRRH – Grands Chais de l'Estuaire\n"
      "Route des Châteaux, 33250 Pauillac\n\n"
      + quote("fr", "lun. 7 sept. 2026 à 09:02",
              "Pauline Merlet <pauline.merlet@chais-estuaire.example.fr>",
              "Bonjour Théo,\n\nSuite à notre entretien téléphonique, nous vous proposons une journée "
              "d'immersion au chai le mercredi 16 septembre de 8h à 17h. Prévoyez des chaussures de "
              "sécurité.\n\nMerci de me confirmer votre présence.\n\nPauline")
      + ">\n" + requote(quote("fr", "ven. 4 sept. 2026 à 17:30", f"Théo <{CAND_ADDR}>",
                              "Bonjour, je vous confirme mon intérêt pour le poste d'assistant "
                              "ordonnancement.")),
      company="Grands Chais de l'Estuaire", contact="pauline.merlet@chais-estuaire.example.fr"),

    M("icims_html_only", "fr",
      "Primeurs Atlantique Recrutement <primeursatlantique@icims.com>",
      "Mise à jour de votre candidature", "2026-06-30 06:55 +0200",
      None, company="Primeurs Atlantique",
      html=ats_card("Primeurs Atlantique", "#2e7d32", "Mise à jour de votre candidature",
                    ["Bonjour Théo Lacombe-Mendes,",
                     "Vous avez postulé au poste de Prévisionniste fruits et légumes (Carquefou). "
                     "Le poste est désormais pourvu et votre candidature a été clôturée.",
                     "Votre profil reste visible dans notre espace candidats : vous pouvez activer des "
                     "alertes pour être informé de nos prochaines offres.",
                     "Bien cordialement,", "Direction des ressources humaines"],
                    "Merci de ne pas répondre à ce courriel. Primeurs Atlantique, 44470 Carquefou.",
                    button=("Mon espace candidat", "https://primeursatlantique.icims.com/jobs/login"))),

    M("cooperative_letter_pdf", "fr",
      "Annie Cassagne <a.cassagne@cv-marmandais.example.fr>",
      "Réponse à votre candidature spontanée", "2026-10-06 15:12 +0200",
      "Monsieur,\n\n"
      "Vous trouverez en pièce jointe la réponse de notre conseil d'administration à votre "
      "candidature spontanée pour un poste de responsable des expéditions.\n\n"
      "Pour résumer : aucun recrutement de ce type n'est prévu à la coopérative en 2026, et nous ne "
      "pouvons pas y donner suite.\n\n"
      "Annie Cassagne, secrétariat\nCoopérative Vinicole du Marmandais\nZone de Beaupuy, 47200 Marmande\n",
      company="Coopérative Vinicole du Marmandais", contact="a.cassagne@cv-marmandais.example.fr",
      pdf=("reponse_candidature.pdf",
           ["Cooperative Vinicole du Marmandais", "Marmande, le 6 octobre 2026", "",
            "Monsieur Theo Lacombe-Mendes,", "",
            "Nous avons bien etudie votre candidature spontanee.",
            "Aucun poste de responsable des expeditions n'est ouvert en 2026.",
            "Nous ne pouvons donc pas y donner une suite favorable.", "",
            "Le President"])),

    # ------------------------------------------------------------------ en
    M("greenhouse_after_thankyou", "en",
      "Charlotte Vermeulen via Greenhouse <no-reply@greenhouse-mail.io>",
      "Re: Thank you – Supply Planning Analyst interview", "2026-05-22 13:37 +0200",
      "Hi Théo,\n\n"
      "Thanks so much for your kind note, and for the time you spent with Pieter and me last week.\n\n"
      "It was a close call, but the panel has decided to offer the position to another candidate "
      "who has already run a monthly S&OP cycle end to end. I know that is disappointing to hear "
      "after a good conversation.\n\n"
      "I would genuinely like to keep in touch — we open planning roles in Antwerp a couple of "
      "times a year.\n\n"
      "All the best,\nCharlotte Vermeulen\nTalent Acquisition, Belgavin\n"
      "Avenue Louise 221, 1050 Brussels\n\n"
      + quote("en", "Fri, 15 May 2026 at 19:03", f"Théo Lacombe-Mendes <{CAND_ADDR}>",
              "Dear Charlotte,\n\nThank you for this afternoon's interview. I enjoyed learning how "
              "Belgavin forecasts seasonal demand for its spirits brands, and I am even more "
              "interested in the role.\n\nKind regards,\nThéo"),
      company="Belgavin", contact="charlotte.vermeulen@belgavin.example.be",
      reply_to="Charlotte Vermeulen <charlotte.vermeulen@belgavin.example.be>",
      key="bel_rej", parent=["bel_inv", "bel_ty"]),

    M("lever_closer_match", "en",
      "Orbis Planning Partners <no-reply@hire.lever.co>",
      "Your application to Orbis Planning Partners", "2026-02-16 16:20 +0100",
      "Hi Théo,\n\n"
      "Thank you for applying for the Associate Consultant – Demand Planning role in Brussels.\n\n"
      "We have reviewed your application carefully and have decided to move forward with candidates "
      "whose experience more closely matches the requirements of this position.\n\n"
      "We appreciate your interest in Orbis and wish you the best of luck in your search.\n\n"
      "The Orbis Recruiting Team\n",
      company="Orbis Planning Partners"),

    M("ashby_formal_porto", "en",
      "Douro Cold Chain <no-reply@ashbyhq.com>",
      "Update on your Inventory Planner application", "2026-03-12 11:05 +0000",
      "Dear Théo,\n\n"
      "We wanted to let you know that we will not be progressing your application for the Inventory "
      "Planner position at our Porto warehouse.\n\n"
      "This is not a reflection of your abilities; the number of applications was high and we had "
      "to make difficult choices.\n\n"
      "Sincerely,\nPeople Team – Douro Cold Chain\n",
      company="Douro Cold Chain",
      html=ats_card("Douro Cold Chain", "#0f4c81", "Update on your application",
                    ["Dear Théo,",
                     "We wanted to let you know that we will not be progressing your application for "
                     "the Inventory Planner position at our Porto warehouse.",
                     "This is not a reflection of your abilities; the number of applications was high "
                     "and we had to make difficult choices.", "Sincerely,",
                     "People Team – Douro Cold Chain"],
                    "Sent via Ashby. Please do not reply to this email.")),

    M("terse_geneva_en", "en",
      "Hannah Keller <hannah.keller@alpenrose-beverages.example.ch>",
      "Re: Demand planner", "2026-07-14 08:51 +0200",
      "Thanks Théo — we've gone another way on this one. Best of luck.\n\nHannah\n",
      company="Alpenrose Beverages", contact="hannah.keller@alpenrose-beverages.example.ch"),

    M("agency_client_declined_en", "en",
      "Oliver Grant <oliver.grant@harbourline-talent.example.pt>",
      "Tejo Foods – feedback", "2026-06-03 17:45 +0100",
      "Hi Théo,\n\n"
      "I've just come off the phone with the hiring manager at Tejo Foods. They have decided not to "
      "take your application further for the Production Planner post — their feedback was that "
      "they need someone with Portuguese for the shop-floor meetings, which I should have flagged "
      "earlier, apologies.\n\n"
      "Let me have a think about which of my other clients in Porto run their plants in English.\n\n"
      "Cheers,\nOliver Grant\nSenior Consultant | Harbourline Talent\n"
      "Rua de Santa Catarina 410, Porto | +351 22 555 0199\n",
      company="Tejo Foods", contact="oliver.grant@harbourline-talent.example.pt"),

    M("on_hold_brussels", "en",
      "Margot Peeters <margot.peeters@carlowfinch.example.be>",
      "Supply & Demand Planner – update", "2026-09-08 10:10 +0200",
      "Dear Théo,\n\n"
      "I am writing to let you know that the Supply & Demand Planner role has been put on hold "
      "and we will not proceed with the recruitment for now, following a budget review at group "
      "level.\n\n"
      "We are therefore closing all open applications, including yours. Should the position be "
      "reopened, we will advertise it again.\n\n"
      "Kind regards,\nMargot Peeters\nHR Business Partner\nCarlow & Finch Spirits\n"
      "Rue de la Loi 90, 1040 Brussels\n\n"
      "This e-mail may contain confidential information. If you are not the intended recipient, "
      "please notify the sender and delete it.\n",
      company="Carlow & Finch Spirits", contact="margot.peeters@carlowfinch.example.be",
      cte="base64"),

    M("icims_brussels_retail", "en",
      "Meridian Fresh Careers <meridianfresh@icims.com>",
      "Meridian Fresh: Replenishment Analyst (Req 5521)", "2026-04-02 22:03 +0200",
      "Dear Théo Lacombe-Mendes,\n\n"
      "Thank you for your recent application for the Replenishment Analyst (Req 5521) position.\n"
      "After careful consideration, we regret to inform you that you have not been selected for "
      "this position.\n\n"
      "Meridian Fresh Talent Acquisition\n",
      company="Meridian Fresh",
      html="<html><body><p>Dear Théo Lacombe-Mendes,</p><p>Thank you for your recent application "
           "for the <b>Replenishment Analyst (Req 5521)</b> position.<br>After careful "
           "consideration, we regret to inform you that you have not been selected for this "
           "position.</p><p>Meridian Fresh Talent Acquisition</p></body></html>\n"),

    M("casual_excolleague_en", "en",
      "Sam Whitfield <sam@kestrel-logistics.example.de>",
      "bad news I'm afraid", "2026-08-11 18:30 +0200",
      "hey Théo,\n\n"
      "bad news I'm afraid — I pushed your CV for the planner opening on my team but the Frankfurt "
      "site lead wants someone who already speaks fluent German with the carriers. So it's a no "
      "from us this time. Really sorry mate.\n\n"
      "Let's grab a call soon anyway.\nSam\n\n"
      "Sam Whitfield | Transport Planning Lead | Kestrel Logistics | Frankfurt am Main\n",
      company="Kestrel Logistics", contact="sam@kestrel-logistics.example.de"),

    # ------------------------------------------------------------------ es
    M("successfactors_embotits", "es",
      "Embotits Vallès <noreply@successfactors.eu>",
      "Embotits Vallès – Estado de su candidatura", "2026-03-25 09:00 +0100",
      "Estimado/a Théo:\n\n"
      "Le agradecemos el interés mostrado por la posición de Técnico/a de Planificación de la "
      "Demanda en nuestra planta de Granollers.\n\n"
      "Lamentamos comunicarle que, tras revisar su perfil, hemos decidido continuar el proceso con "
      "otras candidaturas.\n\n"
      "Atentamente,\nDepartamento de Personas – Embotits Vallès\n",
      company="Embotits Vallès"),

    M("ett_relays_client", "es",
      "Laia Ferrer <laia.ferrer@temporia-ett.example.es>",
      "Feedback de Cervezas Montseny", "2026-05-14 13:26 +0200",
      "Hola Théo:\n\n"
      "Te escribo para darte el feedback de Cervezas Montseny sobre la entrevista del lunes. "
      "Al final se han decantado por otra persona que ya conocía su ERP, así que no seguimos "
      "adelante con tu candidatura para esta posición.\n\n"
      "Me dijeron que les gustó mucho tu experiencia en bodega, así que te tendré en cuenta para "
      "lo próximo que salga en el sector de bebidas.\n\n"
      "Un abrazo,\nLaia Ferrer\nConsultora de selección | Temporia ETT\n"
      "Carrer de Balmes 188, 08006 Barcelona | 93 555 21 07\n",
      company="Cervezas Montseny", contact="laia.ferrer@temporia-ett.example.es"),

    M("terse_latin1_es", "es",
      "Jordi Puigdomènech <jordi.p@trans-ebre.example.es>",
      "RE: Candidatura planificador de rutas", "2026-06-18 20:02 +0200",
      "Hola Théo,\n\nGracias por tu interés, pero no seguimos contigo en este proceso.\n"
      "Suerte.\n\nJordi\nTrans-Ebre Logística\n",
      company="Trans-Ebre Logística", contact="jordi.p@trans-ebre.example.es",
      cs="iso-8859-1", subj_enc=("iso-8859-1", "B"), name_enc=("iso-8859-1", "Q")),

    M("after_interview_chain_es", "es",
      "Marta Soler <marta.soler@supernova-mercats.example.es>",
      "Re: Entrevista Analista de aprovisionamiento", "2026-07-21 12:12 +0200",
      "Hola Théo,\n\n"
      "Muchas gracias por tu correo y por el tiempo que nos dedicaste la semana pasada.\n\n"
      "Hemos terminado la ronda de entrevistas y lamento decirte que no vas a pasar a la fase "
      "final. El comité valoró más la experiencia en gran distribución de otros perfiles.\n\n"
      "Te deseo lo mejor,\nMarta Soler\nResponsable de Talento\nSuperNova Mercats\n"
      "Av. Diagonal 611, 08028 Barcelona\n\n"
      + quote("es", "mié, 15 jul 2026 a las 18:40", f"Théo Lacombe-Mendes (<{CAND_ADDR}>)",
              "Hola Marta,\n\nQuería agradecerte la entrevista de hoy. Me ha encantado conocer el "
              "equipo de aprovisionamiento.\n\nUn saludo,\nThéo")
      + ">\n" + requote(quote("es", "jue, 9 jul 2026 a las 10:05",
                              "Marta Soler (<marta.soler@supernova-mercats.example.es>)",
                              "Hola Théo, te propongo una entrevista el miércoles 15 a las 16:00 "
                              "en nuestras oficinas.")),
      company="SuperNova Mercats", contact="marta.soler@supernova-mercats.example.es"),

    # ------------------------------------------------------------------ de
    M("hausmann_on_hold", "de",
      "Katrin Vogt <katrin.vogt@rheinkellerei-hausmann.example.de>",
      "Ihre Bewerbung als Disponent Bedarfsplanung", "2026-04-23 15:30 +0200",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "nachdem wir unser Gespräch kurzfristig absagen mussten, möchte ich Ihnen nun Klarheit geben: "
      "Die Geschäftsführung hat entschieden, die Stelle als Disponent Bedarfsplanung vorerst nicht "
      "zu besetzen. Wir werden das Auswahlverfahren daher nicht fortsetzen.\n\n"
      "Wir bedauern das sehr und danken Ihnen für Ihre Geduld.\n\n"
      "Mit freundlichen Grüßen\nKatrin Vogt\nPersonalreferentin\nRheinkellerei Hausmann GmbH\n"
      "Mainzer Landstraße 50, 60325 Frankfurt am Main\nTel. +49 69 555 310 42\n\n"
      "Geschäftsführer: Dr. Georg Hausmann – Amtsgericht Frankfurt HRB 55123\n",
      company="Rheinkellerei Hausmann", contact="katrin.vogt@rheinkellerei-hausmann.example.de",
      key="hau_rej", parent="hau_cancel"),

    M("softgarden_absage", "de",
      "Mainlog Spedition <noreply@softgarden.io>",
      "Ihre Bewerbung bei Mainlog Spedition", "2026-02-04 09:45 +0100",
      "Guten Tag Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihre Bewerbung als Supply Chain Planer (m/w/d) an unserem Standort "
      "Hanau.\n\n"
      "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen "
      "können. Diese Entscheidung ist uns angesichts Ihres interessanten Profils nicht leichtgefallen.\n\n"
      "Ihr Recruiting-Team der Mainlog Spedition\n\n"
      "Diese Nachricht wurde automatisch erstellt.\n",
      company="Mainlog Spedition", cte="quoted-printable"),

    M("personaldienstleister_absage", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Rückmeldung Frischkauf", "2026-05-27 16:48 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "ich habe heute die Rückmeldung von Frischkauf zu Ihrem Vorstellungsgespräch erhalten. "
      "Der Kunde hat sich leider für einen anderen Kandidaten entschieden, der bereits Erfahrung "
      "mit der Filialdisposition im Lebensmittelhandel mitbringt.\n\n"
      "Ich melde mich, sobald ich etwas Passendes für Sie habe.\n\n"
      "Viele Grüße\nJana Wirth\nPersonalberaterin – Personalwerk Rhein-Main\n"
      "Zeil 81, 60313 Frankfurt | 069 555 77 20\n",
      company="Frischkauf", contact="j.wirth@personalwerk-rheinmain.example.de"),

    M("outlook_chain_absage", "de",
      "Uwe Brandt <uwe.brandt@taunus-getraenke.example.de>",
      "AW: Vorstellungsgespräch Produktionsplaner", "2026-09-29 11:03 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "danke für Ihr Nachfassen. Wir haben uns nach den Gesprächen für eine interne Lösung "
      "entschieden, daher kommt es leider nicht zu einer Zusammenarbeit.\n\n"
      "Gruß\nUwe Brandt\nLeiter Produktion | Taunus Getränke\n\n"
      + quote("outlook_de", f"Théo Lacombe-Mendes <{CAND_ADDR}>", "Montag, 28. September 2026 09:12",
              "Guten Tag Herr Brandt,\n\nich wollte mich nach dem Stand nach unserem "
              "Vorstellungsgespräch vom 17. September erkundigen.\n\nMit freundlichen Grüßen\n"
              "Théo Lacombe-Mendes",
              subject="Vorstellungsgespräch Produktionsplaner",
              to="Uwe Brandt <uwe.brandt@taunus-getraenke.example.de>"),
      company="Taunus Getränke", contact="uwe.brandt@taunus-getraenke.example.de"),
]
