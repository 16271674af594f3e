"""Corpus 158, interview invitations, reschedules/cancellations and missed-interview notices."""
from msgs158_common import CAND_ADDR, M, ats_card, outlook_html, quote, requote

CAST_UID = "castelbrun-entretien-2026-0317@castelbrun.example.fr"
LEMAN_UID = "lemanfrais-visio-0612@lemanfrais.example.ch"
HAU_UID = "personio-hausmann-4471@personio.de"
TAU_UID = "040000008200E00074C5B7101A82E008000000002026TAUNUS"

INVITATIONS = [
    # ------------------------------------------------------------------ fr
    M("castelbrun_panel_ics", "fr",
      "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
      "Invitation : entretien Planificateur supply – Maison Castelbrun", "2026-03-04 15:22 +0100",
      "Bonjour Théo,\n\n"
      "Suite à l'étude de votre candidature, nous avons le plaisir de vous inviter à un entretien "
      "avec notre responsable supply chain, Vincent Ardouin, et moi-même.\n\n"
      "Date : mardi 17 mars 2026, de 10h00 à 11h15\n"
      "Lieu : Maison Castelbrun, 42 quai des Chartrons, 33000 Bordeaux (accueil au 1er étage)\n\n"
      "Vous trouverez l'invitation dans votre agenda. Merci de l'accepter pour confirmer votre "
      "venue.\n\n"
      "Agathe Lamarque\nResponsable recrutement\nMaison Castelbrun\n05 56 44 18 70\n",
      company="Maison Castelbrun", contact="agathe.lamarque@castelbrun.example.fr",
      html=outlook_html(
          ["Bonjour Théo,",
           "Suite à l'étude de votre candidature, nous avons le plaisir de vous inviter à un "
           "entretien avec notre responsable supply chain, Vincent Ardouin, et moi-même.",
           "Date : mardi 17 mars 2026, de 10h00 à 11h15",
           "Lieu : Maison Castelbrun, 42 quai des Chartrons, 33000 Bordeaux (accueil au 1er étage)",
           "Vous trouverez l'invitation dans votre agenda. Merci de l'accepter pour confirmer votre "
           "venue."],
          ["Agathe Lamarque", "Responsable recrutement", "Maison Castelbrun", "05 56 44 18 70"]),
      ics={"method": "REQUEST", "seq": 0, "uid": CAST_UID, "stamp": "20260304T142200Z",
               "start": "20260317T100000", "end": "20260317T111500",
               "summary": "Entretien Théo Lacombe-Mendes – Planificateur supply",
               "location": "42 quai des Chartrons\\, Bordeaux", "org_name": "Agathe Lamarque",
               "org": "agathe.lamarque@castelbrun.example.fr"},
      key="cast_inv", parent=["cast_apply", "cast_ack"]),

    M("ondine_phone_screen", "fr",
      "Sophie Kerhervé <s.kerherve@biscuiterie-ondine.example.fr>",
      "Votre candidature – échange téléphonique ?", "2026-03-11 10:14 +0100",
      "Bonjour Théo,\n\n"
      "J'ai bien lu votre candidature pour le poste d'assistant(e) ADV / prévisions et j'aimerais "
      "en discuter avec vous lors d'un premier échange téléphonique d'une vingtaine de minutes.\n\n"
      "Je vous propose mercredi 18 mars à 10h00 : je vous appellerai au numéro indiqué sur votre CV. "
      "Si cet horaire ne vous convient pas, indiquez-moi vos disponibilités.\n\n"
      "Belle journée,\nSophie Kerhervé\nChargée de recrutement – Biscuiterie Ondine\n02 40 12 55 90\n",
      company="Biscuiterie Ondine", contact="s.kerherve@biscuiterie-ondine.example.fr",
      key="ond_inv", parent="ond_ack"),

    M("agency_sets_client_interview", "fr",
      "Julien Abadie <julien.abadie@gironde-interim.example.fr>",
      "Entretien chez notre client – Cave des Coteaux de Bourg", "2026-03-31 17:02 +0200",
      "Bonjour Théo,\n\n"
      "Bonne nouvelle : la Cave des Coteaux de Bourg souhaite vous rencontrer pour le poste "
      "d'assistant logistique et approvisionnement (CDD 8 mois, possible CDI).\n\n"
      "Rendez-vous mardi 7 avril à 14h30 avec M. Perrot, directeur technique, directement à la "
      "cave : 3 route de la Citadelle, 33710 Bourg. Prévoyez 45 minutes environ.\n\n"
      "Pouvez-vous me confirmer par retour de mail ? Je vous appelle lundi pour vous briefer.\n\n"
      "Julien Abadie\nConsultant recrutement – Gironde Intérim\n05 56 91 40 22\n",
      company="Cave des Coteaux de Bourg", contact="julien.abadie@gironde-interim.example.fr",
      key="gir_inv", parent="gir_reg"),

    M("consultancy_case_interview", "fr",
      "Bastien Royer <b.royer@valmont-conseil.example.fr>",
      "Second entretien – étude de cas", "2026-06-02 09:05 +0200",
      "Bonjour Théo,\n\n"
      "Merci pour notre premier échange. Nous souhaitons poursuivre avec un second entretien, "
      "cette fois autour d'une étude de cas S&OP que vous préparerez en 45 minutes sur place "
      "avant de nous la présenter.\n\n"
      "Seriez-vous disponible le mercredi 10 juin à 14h à nos bureaux (8 rue Sainte-Catherine) ? "
      "Un ordinateur sera mis à votre disposition.\n\n"
      "Bien à vous,\nBastien Royer\nManager – Valmont Conseil\n+33 5 57 14 20 80\n",
      company="Valmont Conseil", contact="b.royer@valmont-conseil.example.fr",
      key="val_inv"),

    M("trial_day_negociant", "fr",
      "Lucie Brisseau <lucie@maison-brisseau.example.fr>",
      "Journée d'essai à Libourne ?", "2026-08-27 12:48 +0200",
      "Bonjour Théo,\n\n"
      "Comme convenu au téléphone, je vous propose de venir passer une journée d'essai avec notre "
      "équipe logistique le jeudi 3 septembre, de 8h à 16h, au 11 rue des Chais à Libourne. Vous "
      "suivrez la préparation des commandes export et l'ordonnancement des mises en bouteille.\n\n"
      "La journée est rémunérée. Pensez à vos chaussures de sécurité.\n\n"
      "Lucie Brisseau\nGérante – Maison Brisseau, négociant\n06 80 44 12 19\n",
      company="Maison Brisseau", contact="lucie@maison-brisseau.example.fr",
      key="bri_inv"),

    M("workday_assessment_centre", "fr",
      "Groupe Vinalis <vinalis@myworkday.com>",
      "Invitation à notre assessment center – Graduate Supply Planning", "2026-04-14 08:30 +0200",
      "Bonjour Théo,\n\n"
      "Félicitations ! Votre candidature au programme Graduate Supply Planning a été présélectionnée. "
      "Nous vous invitons à notre assessment center qui se tiendra à Paris (La Défense) le "
      "vendredi 24 avril 2026 de 9h00 à 16h30 : exercice de groupe, entretien individuel et test "
      "Excel.\n\n"
      "Merci de confirmer votre participation et de choisir votre créneau d'entretien individuel "
      "via votre espace candidat : https://vinalis.wd3.myworkday.com/fr-FR/careers/task/8841\n\n"
      "L'équipe Recrutement Groupe Vinalis\n"
      "Ce message est généré automatiquement. Merci de ne pas y répondre.\n",
      company="Groupe Vinalis",
      html=ats_card("Groupe Vinalis", "#5b0e2d", "Invitation à l'assessment center",
                    ["Bonjour Théo,",
                     "Félicitations ! Votre candidature au programme Graduate Supply Planning a été "
                     "présélectionnée. Nous vous invitons à notre assessment center qui se tiendra à "
                     "Paris (La Défense) le vendredi 24 avril 2026 de 9h00 à 16h30 : exercice de "
                     "groupe, entretien individuel et test Excel.",
                     "Merci de confirmer votre participation et de choisir votre créneau d'entretien "
                     "individuel via votre espace candidat.", "L'équipe Recrutement Groupe Vinalis"],
                    "Ce message est généré automatiquement. Merci de ne pas y répondre.",
                    button=("Choisir mon créneau",
                            "https://vinalis.wd3.myworkday.com/fr-FR/careers/task/8841")),
      key="vin_inv"),

    M("casual_dispo_jeudi", "fr",
      "Karim Benali <karim.benali@sudouest-distribution.example.fr>",
      "ton CV", "2026-05-12 19:33 +0200",
      "Salut Théo,\n\n"
      "Anaïs m'a passé ton CV. On cherche quelqu'un pour la planif des réassorts sur notre entrepôt "
      "de Toulouse-Fondeyre et ton profil m'intéresse. Tu es dispo jeudi en fin de journée pour "
      "qu'on en parle 30 min au téléphone ? Dis-moi l'heure qui t'arrange.\n\n"
      "Karim\nResp. entrepôt – Sud-Ouest Distribution\n06 11 58 72 40\n",
      company="Sud-Ouest Distribution", contact="karim.benali@sudouest-distribution.example.fr"),

    M("teamtailor_pick_slot", "fr",
      "Frigoport Nantes <no-reply@teamtailor-mail.com>",
      "Choisissez votre créneau d'entretien – Frigoport Nantes", "2026-02-18 11:11 +0100",
      None, company="Frigoport Nantes",
      html=ats_card("Frigoport Nantes", "#00838f", "Réservez votre entretien",
                    ["Bonjour Théo,",
                     "Merci pour votre candidature au poste de Planificateur flux froid. Nous "
                     "aimerions faire votre connaissance lors d'un entretien vidéo de 30 minutes "
                     "avec Élodie Morvan, responsable d'exploitation.",
                     "Cliquez sur le bouton ci-dessous pour choisir le créneau qui vous convient "
                     "parmi ceux proposés (du 23 au 27 février).", "À bientôt,", "L'équipe Frigoport"],
                    "Envoyé via Teamtailor – merci de ne pas répondre directement à cet e-mail.",
                    button=("Choisir un créneau",
                            "https://frigoport.teamtailor.com/meetings/book/7Hq2xk")),
      key="fri_inv"),

    M("outlook_html_toulouse", "fr",
      "Mathilde Pujol <mathilde.pujol@garonne-fret.example.fr>",
      "Convocation entretien – Planificateur transport (Toulouse)", "2026-07-06 10:27 +0200",
      None, company="Garonne Fret", contact="mathilde.pujol@garonne-fret.example.fr",
      html=outlook_html(
          ["Bonjour Monsieur Lacombe-Mendes,",
           "Votre candidature a retenu notre attention et nous souhaitons vous rencontrer pour un "
           "entretien le jeudi 16 juillet 2026 à 9h30, dans nos locaux du 5 avenue de Larrieu, "
           "31100 Toulouse.",
           "L'entretien se déroulera en présence de notre directeur d'agence et durera environ une "
           "heure. Merci de vous munir d'une pièce d'identité pour l'accès au site.",
           "Dans l'attente de votre confirmation, je reste à votre disposition."],
          ["Mathilde Pujol", "Assistante RH – Garonne Fret", "5 avenue de Larrieu, 31100 Toulouse",
           "Tél. 05 61 55 43 20"]),
      key="gar_fret_inv"),

    M("headhunter_client_named_chain", "fr",
      "Claire Montaut <claire@hestia-recrutement.example.fr>",
      "Re: Opportunité Demand Planner – Cognac", "2026-05-05 08:49 +0200",
      "Bonjour Théo,\n\n"
      "Parfait, merci pour votre réactivité. Je peux maintenant vous dire que mon client est "
      "Maison Delorme Spiritueux. La DRH et le directeur supply vous recevront le lundi 11 mai à "
      "11h à Cognac (14 rue Saulnier). Comptez une heure et demie, avec un court exercice de "
      "prévision sur Excel.\n\n"
      "Je vous envoie un petit dossier de préparation demain.\n\n"
      "Claire Montaut\nHestia Recrutement\n06 72 18 45 09\n\n"
      + quote("fr", "lun. 4 mai 2026 à 22:16", f"Théo Lacombe-Mendes <{CAND_ADDR}>",
              "Bonjour Claire,\n\nOui, le poste m'intéresse beaucoup. Pour être transparent, "
              "j'ai reçu un refus la semaine dernière pour un poste similaire, donc je suis "
              "pleinement disponible.\n\nThéo")
      + ">\n" + requote(quote("fr", "lun. 4 mai 2026 à 15:02",
                              "Claire Montaut <claire@hestia-recrutement.example.fr>",
                              "Bonjour Théo, je recrute un Demand Planner pour un groupe de "
                              "spiritueux à Cognac. Seriez-vous intéressé ?")),
      company="Maison Delorme Spiritueux", contact="claire@hestia-recrutement.example.fr",
      key="hes_inv"),

    M("cooperative_latin1", "fr",
      "Gérard Fontan <g.fontan@vignerons-stsulpice.example.fr>",
      "Rendez-vous à la cave", "2026-01-27 17:55 +0100",
      "Bonjour Monsieur,\n\n"
      "Nous avons bien reçu votre lettre. Le conseil d'administration aimerait vous rencontrer pour "
      "le poste de responsable des approvisionnements (bouchons, verre, cartons).\n\n"
      "Pouvez-vous passer à la cave le lundi 2 février à 9 heures ? Demandez Gérard à l'accueil.\n\n"
      "Salutations,\n\nGérard Fontan\nPrésident\nLes Vignerons de Saint-Sulpice\n"
      "Lieu-dit La Borie, 33580 Saint-Sulpice-de-Guilleragues\n05 56 61 27 14\n",
      company="Les Vignerons de Saint-Sulpice", contact="g.fontan@vignerons-stsulpice.example.fr",
      cs="iso-8859-1", name_enc=("iso-8859-1", "Q"), key="ss_inv"),

    M("geneva_video_ics_attached", "fr",
      "Nicolas Rochat <nicolas.rochat@lemanfrais.example.ch>",
      "Entretien vidéo – Approvisionneur/euse produits frais", "2026-06-04 13:18 +0200",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Je vous remercie pour votre dossier. Je vous propose un premier entretien en visioconférence "
      "(Microsoft Teams) le vendredi 12 juin à 10h00, heure de Genève, d'une durée de 45 minutes.\n\n"
      "L'invitation de calendrier est jointe à ce message ; le lien Teams figure dans l'invitation.\n\n"
      "Meilleures salutations\n\nNicolas Rochat\nResponsable achats & approvisionnement\n"
      "Lémanfrais – Route des Jeunes 9, 1227 Carouge\n+41 22 555 87 10\n",
      company="Lémanfrais", contact="nicolas.rochat@lemanfrais.example.ch",
      ics={"method": "REQUEST", "seq": 0, "uid": LEMAN_UID, "stamp": "20260604T111800Z",
               "start": "20260612T100000", "end": "20260612T104500", "tz": "Europe/Zurich",
               "summary": "Entretien Lémanfrais – T. Lacombe-Mendes",
               "location": "Microsoft Teams", "org_name": "Nicolas Rochat",
               "org": "nicolas.rochat@lemanfrais.example.ch", "inline": False},
      key="lem_inv"),

    M("forwarded_by_hr", "fr",
      "Émilie Castex <emilie.castex@sucrerie-lauragais.example.fr>",
      "TR: Rencontre avec notre directeur industriel", "2026-09-09 09:40 +0200",
      "Bonjour Théo,\n\n"
      "Je vous transfère ci-dessous le message de notre directeur industriel, qui souhaite vous "
      "rencontrer pour le poste de planificateur production pendant la campagne betteravière. "
      "Le rendez-vous est fixé au mardi 15 septembre à 10h, à l'usine de Villefranche-de-Lauragais. "
      "Merci de me confirmer directement.\n\n"
      "Émilie Castex\nRessources humaines – Sucrerie du Lauragais\n05 61 55 90 31\n\n"
      + quote("fwd_fr", "Alain Mestre <alain.mestre@sucrerie-lauragais.example.fr>",
              "mar. 8 sept. 2026 à 18:20", "RE: Candidature planificateur",
              "Émilie,\n\nLe profil de M. Lacombe-Mendes me plaît, la saisonnalité des vendanges "
              "ressemble à notre campagne. Peux-tu lui proposer mardi 15 à 10h ?\n\nAlain",
              to="Émilie Castex <emilie.castex@sucrerie-lauragais.example.fr>"),
      company="Sucrerie du Lauragais", contact="emilie.castex@sucrerie-lauragais.example.fr",
      subj_enc=("utf-8", "B"), name_enc=("utf-8", "B"), key="suc_inv"),

    # ------------------------------------------------------------------ en
    M("greenhouse_schedule", "en",
      "Charlotte Vermeulen via Greenhouse <no-reply@greenhouse-mail.io>",
      "Interview invitation: Supply Planning Analyst at Belgavin", "2026-04-28 14:02 +0200",
      "Hi Théo,\n\n"
      "Thanks for your application to Belgavin! We'd love to invite you to a 60-minute video "
      "interview with Pieter Janssens (Head of Supply Planning) and me.\n\n"
      "Please choose a time that suits you using the link below:\n"
      "https://app.greenhouse.io/scheduling/belgavin/3b9f2e1c\n\n"
      "If none of the slots work, just reply to this email.\n\n"
      "Best,\nCharlotte Vermeulen\nTalent Acquisition, Belgavin\n",
      company="Belgavin", contact="charlotte.vermeulen@belgavin.example.be",
      reply_to="Charlotte Vermeulen <charlotte.vermeulen@belgavin.example.be>",
      key="bel_inv"),

    M("lever_video_call", "en",
      "Rui Carvalho <no-reply@hire.lever.co>",
      "Vinhos Rabelo – let's talk about the Demand Planner role", "2026-02-23 10:40 +0000",
      "Hello Théo,\n\n"
      "I'm the export operations manager at Vinhos Rabelo in Vila Nova de Gaia. Your background in "
      "the Bordeaux cellars caught my eye. Would you be available for a 45-minute video call on "
      "Monday 2 March at 11:00 Lisbon time (12:00 in France)? The call will be in English.\n\n"
      "Google Meet: https://meet.google.com/rbl-kqwe-pzt\n\n"
      "Kind regards,\nRui Carvalho\nExport Operations Manager, Vinhos Rabelo\n",
      company="Vinhos Rabelo", contact="rui.carvalho@vinhosrabelo.example.pt",
      reply_to="Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>", key="rab_inv"),

    M("reinvite_after_missed", "en",
      "Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>",
      "Re: We missed you today", "2026-03-03 09:12 +0000",
      "Hi Théo,\n\n"
      "No worries at all, the time-zone mix-up happens more often than you'd think. Let's try again: "
      "how about Thursday 5 March at 14:00 Lisbon time (15:00 for you)? Same Meet link as before.\n\n"
      "Rui\n\n"
      + quote("en", "Mon, 2 Mar 2026 at 21:30", f"Théo Lacombe-Mendes <{CAND_ADDR}>",
              "Dear Rui,\n\nI am so sorry — I connected at 12:00 French time, one hour too late, "
              "because I misread the time zone. Could we find another slot?\n\nThéo")
      + ">\n" + requote(quote("en", "Mon, 2 Mar 2026 at 11:20",
                              "Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>",
                              "Hi Théo, I was on the Meet link at 11:00 but you didn't join. "
                              "Is everything OK?")),
      company="Vinhos Rabelo", contact="rui.carvalho@vinhosrabelo.example.pt",
      key="rab_reinv", parent=["rab_miss", "rab_apology"]),

    M("phone_screen_brussels", "en",
      "Anouk De Smet <anouk.desmet@scheldtfoods.example.be>",
      "Phone screen – Demand Planner (Brussels)", "2026-08-03 11:24 +0200",
      "Dear Théo,\n\n"
      "Thank you for applying to Scheldt Foods. I would like to schedule a short phone screen "
      "(20–30 minutes) to talk about your experience and your expectations.\n\n"
      "Could you send me two or three time slots that work for you next week, between 9:00 and "
      "17:00 CET? I'll call you on +33 6 41 27 88 03 unless you prefer another number.\n\n"
      "Best regards,\nAnouk De Smet\nRecruiter | Scheldt Foods\nBoulevard du Midi 20, 1000 Brussels\n",
      company="Scheldt Foods", contact="anouk.desmet@scheldtfoods.example.be",
      key="sch_inv"),

    M("geneva_panel_ics_en", "en",
      "Hannah Keller <hannah.keller@alpenrose-beverages.example.ch>",
      "Panel interview – Demand Planner", "2026-06-22 16:45 +0200",
      "Dear Théo,\n\n"
      "Following your call with our recruiter, we would like to invite you to a panel interview "
      "at our Geneva office (Rue du Rhône 61) on Tuesday 30 June from 13:30 to 15:00. You'll meet "
      "our Supply Chain Director, our Sales Ops lead and me.\n\n"
      "A calendar invitation is attached — please accept it to confirm.\n\n"
      "Best regards,\nHannah Keller\nHR Manager, Alpenrose Beverages\n+41 22 555 44 02\n",
      company="Alpenrose Beverages", contact="hannah.keller@alpenrose-beverages.example.ch",
      html="<html><body><p>Dear Théo,</p><p>Following your call with our recruiter, we would like "
           "to invite you to a <b>panel interview</b> at our Geneva office (Rue du Rhône 61) on "
           "Tuesday 30 June from 13:30 to 15:00.</p><p>A calendar invitation is attached — please "
           "accept it to confirm.</p><p>Best regards,<br>Hannah Keller<br>HR Manager, Alpenrose "
           "Beverages</p></body></html>\n",
      ics={"method": "REQUEST", "seq": 0, "uid": "alpenrose-panel-0630@alpenrose-beverages.example.ch",
               "stamp": "20260622T144500Z", "start": "20260630T133000", "end": "20260630T150000",
               "tz": "Europe/Zurich", "summary": "Panel interview – Théo Lacombe-Mendes",
               "location": "Rue du Rhône 61\\, Geneva", "org_name": "Hannah Keller",
               "org": "hannah.keller@alpenrose-beverages.example.ch"},
      key="alp_inv"),

    M("casual_free_thursday", "en",
      "Sam Whitfield <sam@kestrel-logistics.example.de>",
      "quick chat?", "2026-07-20 20:15 +0200",
      "hey Théo!\n\nlong time. We've got a planner opening on my team in Frankfurt — are you free "
      "Thursday to chat about it? 15 mins on the phone, any time after 4pm works for me.\n\nSam\n",
      company="Kestrel Logistics", contact="sam@kestrel-logistics.example.de", key="kes_inv"),

    # ------------------------------------------------------------------ es
    M("garrigues_presencial", "es",
      "Núria Bosch <nuria.bosch@olis-garrigues.example.es>",
      "Entrevista – Planificador/a de Demanda", "2026-07-08 12:30 +0200",
      "Hola Théo:\n\n"
      "Gracias por tu candidatura. Nos gustaría conocerte en persona para el puesto de "
      "Planificador/a de Demanda. ¿Te iría bien el jueves 16 de julio a las 11:00 en nuestras "
      "oficinas de Barcelona (Carrer de Pujades 77, 22@)?\n\n"
      "La entrevista será con Pau Miró, director de operaciones, y conmigo. Puede hacerse en "
      "castellano o en inglés.\n\n"
      "Saludos cordiales,\nNúria Bosch\nTalent & Cultura | Olis Garrigues\n+34 93 555 61 20\n",
      company="Olis Garrigues", contact="nuria.bosch@olis-garrigues.example.es",
      key="gar_inv"),

    M("ett_client_interview", "es",
      "Laia Ferrer <laia.ferrer@temporia-ett.example.es>",
      "Entrevista con Cervezas Montseny el lunes", "2026-05-06 18:10 +0200",
      "Hola Théo:\n\n"
      "¡Buenas noticias! Cervezas Montseny quiere entrevistarte para la posición de técnico de "
      "planificación. La entrevista será el lunes 11 de mayo a las 9:30 en su fábrica de Sant "
      "Celoni. Pregunta por Xavier en recepción.\n\n"
      "Confírmame por favor que puedes ir y te paso algunos consejos antes.\n\n"
      "Un abrazo,\nLaia Ferrer\nConsultora de selección | Temporia ETT\n93 555 21 07\n",
      company="Cervezas Montseny", contact="laia.ferrer@temporia-ett.example.es",
      key="tem_inv"),

    M("smartrecruiters_assessment_b64", "es",
      "Fruites del Segrià <no-reply@smartrecruiters.com>",
      "Invitación: jornada de evaluación – Fruites del Segrià", "2026-09-14 09:20 +0200",
      "Hola Théo,\n\n"
      "Nos complace invitarte a nuestra jornada de evaluación para el puesto de Analista de "
      "Aprovisionamiento, que tendrá lugar el martes 22 de septiembre de 9:00 a 14:00 en nuestra "
      "central de Lleida.\n\n"
      "Incluirá una dinámica de grupo, una prueba práctica y una entrevista individual. Confirma "
      "tu asistencia desde el portal: https://jobs.smartrecruiters.com/FruitesSegria/confirm/22a9\n\n"
      "Equipo de Selección – Fruites del Segrià\n",
      company="Fruites del Segrià", cte="base64", key="seg_inv"),

    M("casual_jueves_llamada", "es",
      "Òscar Vidal <oscar.vidal@logistica-besos.example.es>",
      "¿Hablamos?", "2026-04-15 19:02 +0200",
      "Hola Théo,\n\n"
      "He visto tu perfil y creo que encajas en lo que buscamos para planificación de almacén. "
      "¿Te viene bien el jueves por la tarde para una llamada rápida? Dime a qué hora y te llamo.\n\n"
      "Òscar\nJefe de operaciones – Logística Besòs\n",
      company="Logística Besòs", contact="oscar.vidal@logistica-besos.example.es", key="bes_inv"),

    # ------------------------------------------------------------------ de
    M("personio_invite_ics", "de",
      "Rheinkellerei Hausmann <noreply@personio.de>",
      "Einladung zum Vorstellungsgespräch – Disponent Bedarfsplanung", "2026-04-07 10:00 +0200",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\n"
      "Termin: Donnerstag, 16. April 2026, 14:00–15:00 Uhr\n"
      "Ort: Rheinkellerei Hausmann, Mainzer Landstraße 50, 60325 Frankfurt am Main\n"
      "Gesprächspartner: Katrin Vogt (Personal), Jens Albrecht (Leitung Logistik)\n\n"
      "Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung oder antworten Sie "
      "Frau Vogt direkt.\n\n"
      "Mit freundlichen Grüßen\nIhr Personalteam der Rheinkellerei Hausmann\n",
      company="Rheinkellerei Hausmann", contact="katrin.vogt@rheinkellerei-hausmann.example.de",
      reply_to="Katrin Vogt <katrin.vogt@rheinkellerei-hausmann.example.de>",
      ics={"method": "REQUEST", "seq": 0, "uid": HAU_UID, "stamp": "20260407T080000Z",
               "start": "20260416T140000", "end": "20260416T150000", "tz": "Europe/Berlin",
               "summary": "Vorstellungsgespräch Théo Lacombe-Mendes",
               "location": "Mainzer Landstraße 50\\, Frankfurt", "org_name": "Katrin Vogt",
               "org": "katrin.vogt@rheinkellerei-hausmann.example.de", "inline": False},
      key="hau_inv", parent="hau_ack"),

    M("personalwerk_client_termin", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Vorstellungstermin bei Frischkauf", "2026-05-15 14:22 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "wie telefonisch besprochen, hat Frischkauf Interesse an Ihrem Profil für die Stelle "
      "Disponent Filialbelieferung. Der Kunde möchte Sie am Mittwoch, 20. Mai, um 10:30 Uhr in der "
      "Zentrale in Offenbach (Kaiserleistraße 12) kennenlernen. Ansprechpartner vor Ort ist "
      "Herr Demir.\n\n"
      "Bitte geben Sie mir kurz Bescheid, ob der Termin passt.\n\n"
      "Viele Grüße\nJana Wirth\nPersonalberaterin – Personalwerk Rhein-Main\n069 555 77 20\n",
      company="Frischkauf", contact="j.wirth@personalwerk-rheinmain.example.de",
      key="pw_inv"),

    M("taunus_outlook_invite", "de",
      "Uwe Brandt <uwe.brandt@taunus-getraenke.example.de>",
      "Einladung: Vorstellungsgespräch Produktionsplaner", "2026-09-07 08:35 +0200",
      "Guten Morgen Herr Lacombe-Mendes,\n\n"
      "Ihre Unterlagen haben uns überzeugt. Ich würde Sie gern am Donnerstag, 17. September, um "
      "9 Uhr in Friedrichsdorf zu einem persönlichen Gespräch treffen, inklusive kurzer "
      "Werksführung.\n\n"
      "Gruß\nUwe Brandt\nLeiter Produktion | Taunus Getränke\nIndustriestraße 4, 61381 Friedrichsdorf\n",
      company="Taunus Getränke", contact="uwe.brandt@taunus-getraenke.example.de",
      ics={"method": "REQUEST", "seq": 0, "uid": TAU_UID, "stamp": "20260907T063500Z",
               "start": "20260917T090000", "end": "20260917T103000", "tz": "Europe/Berlin",
               "summary": "Vorstellungsgespräch Produktionsplaner",
               "location": "Industriestraße 4\\, Friedrichsdorf", "org_name": "Uwe Brandt",
               "org": "uwe.brandt@taunus-getraenke.example.de", "inline": False},
      headers={"X-Mailer": "Microsoft Outlook 16.0"}, key="tau_inv"),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ fr
    M("castelbrun_moved_seq1", "fr",
      "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
      "Mise à jour : entretien Planificateur supply – nouvel horaire", "2026-03-12 09:48 +0100",
      "Bonjour Théo,\n\n"
      "Vincent Ardouin doit être à la mise en bouteille mardi matin : nous décalons donc notre "
      "entretien au jeudi 19 mars, même heure (10h00–11h15), même adresse.\n\n"
      "L'invitation de votre agenda a été mise à jour. Désolée pour ce changement.\n\n"
      "Agathe Lamarque\nResponsable recrutement – Maison Castelbrun\n05 56 44 18 70\n",
      company="Maison Castelbrun", contact="agathe.lamarque@castelbrun.example.fr",
      html="<html><body><p>Bonjour Théo,</p><p>Vincent Ardouin doit être à la mise en bouteille "
           "mardi matin : nous décalons donc notre entretien au <b>jeudi 19 mars</b>, même heure "
           "(10h00–11h15), même adresse.</p><p>L'invitation de votre agenda a été mise à jour. "
           "Désolée pour ce changement.</p><p>Agathe Lamarque<br>Responsable recrutement – Maison "
           "Castelbrun</p></body></html>\n",
      ics={"method": "REQUEST", "seq": 1, "uid": CAST_UID, "stamp": "20260312T084800Z",
               "start": "20260319T100000", "end": "20260319T111500",
               "summary": "Entretien Théo Lacombe-Mendes – Planificateur supply",
               "location": "42 quai des Chartrons\\, Bordeaux", "org_name": "Agathe Lamarque",
               "org": "agathe.lamarque@castelbrun.example.fr"},
      key="cast_move", parent="cast_inv"),

    M("interviewer_ill", "fr",
      "Inès Carrère <ines.carrere@valmont-conseil.example.fr>",
      "Report de votre entretien de mercredi", "2026-06-09 08:12 +0200",
      "Bonjour Théo,\n\n"
      "Bastien Royer est malade depuis hier et ne pourra pas assurer l'entretien de mercredi 10 "
      "juin. Nous vous proposons de le décaler au mercredi 17 juin à 14h, toujours à nos bureaux. "
      "L'étude de cas reste la même.\n\n"
      "Pouvez-vous me dire si cela vous convient ?\n\n"
      "Inès Carrère\nOffice manager – Valmont Conseil\n+33 5 57 14 20 81\n",
      company="Valmont Conseil", contact="ines.carrere@valmont-conseil.example.fr",
      cc="Bastien Royer <b.royer@valmont-conseil.example.fr>", key="val_move", parent="val_inv"),

    M("trial_day_moved_harvest", "fr",
      "Lucie Brisseau <lucie@maison-brisseau.example.fr>",
      "Re: Journée d'essai à Libourne ?", "2026-09-01 07:05 +0200",
      "Bonjour Théo,\n\n"
      "Changement de programme : les vendanges des merlots commencent jeudi, toute l'équipe sera "
      "dans les vignes. On repousse votre journée d'essai au mardi 8 septembre, mêmes horaires.\n\n"
      "Ça vous va ?\n\nLucie\n\n"
      + quote("fr", "jeu. 27 août 2026 à 12:48", "Lucie Brisseau <lucie@maison-brisseau.example.fr>",
              "Bonjour Théo,\n\nComme convenu au téléphone, je vous propose de venir passer une "
              "journée d'essai avec notre équipe logistique le jeudi 3 septembre, de 8h à 16h."),
      company="Maison Brisseau", contact="lucie@maison-brisseau.example.fr",
      key="bri_move", parent="bri_inv"),

    M("garonne_cancel_ics", "fr",
      "Mathilde Pujol <mathilde.pujol@garonne-fret.example.fr>",
      "Annulé : Entretien – Planificateur transport", "2026-07-14 16:40 +0200",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Notre directeur d'agence est retenu par un audit client jeudi ; nous sommes contraints "
      "d'annuler l'entretien du 16 juillet. Votre candidature reste bien entendu à l'étude et je "
      "reviendrai vers vous la semaine prochaine avec de nouvelles dates.\n\n"
      "Avec nos excuses,\nMathilde Pujol\nAssistante RH – Garonne Fret\nTél. 05 61 55 43 20\n",
      company="Garonne Fret", contact="mathilde.pujol@garonne-fret.example.fr",
      ics={"method": "CANCEL", "seq": 1, "uid": "garonne-fret-entretien-0716@garonne-fret.example.fr",
               "stamp": "20260714T144000Z", "start": "20260716T093000", "end": "20260716T103000",
               "summary": "Entretien T. Lacombe-Mendes", "location": "5 avenue de Larrieu\\, Toulouse",
               "org_name": "Mathilde Pujol", "org": "mathilde.pujol@garonne-fret.example.fr",
               "inline": False},
      key="gar_fret_cancel", parent="gar_fret_inv"),

    M("time_changed_sucrerie", "fr",
      "Émilie Castex <emilie.castex@sucrerie-lauragais.example.fr>",
      "Changement d'horaire – mardi 15 septembre", "2026-09-11 14:03 +0200",
      "Bonjour Théo,\n\n"
      "Petit changement : M. Mestre a une réunion de sécurité le matin, votre rendez-vous de mardi "
      "est donc déplacé de 10h à 14h30. Le lieu ne change pas (accueil de l'usine).\n\n"
      "Bonne fin de semaine,\nÉmilie Castex\nRessources humaines – Sucrerie du Lauragais\n",
      company="Sucrerie du Lauragais", contact="emilie.castex@sucrerie-lauragais.example.fr",
      cs="windows-1252", key="suc_move", parent="suc_inv"),

    M("teams_update_seq2", "fr",
      "Nicolas Rochat <nicolas.rochat@lemanfrais.example.ch>",
      "Mise à jour : Entretien Lémanfrais – nouvel horaire et nouveau lien", "2026-06-10 17:26 +0200",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Notre directrice logistique souhaite se joindre à l'entretien de vendredi ; pour cela nous "
      "devons le déplacer à 15h00 (au lieu de 10h00). Le lien Teams a également changé, il se "
      "trouve dans l'invitation mise à jour ci-jointe.\n\n"
      "Meilleures salutations\n\nNicolas Rochat\nLémanfrais\n",
      company="Lémanfrais", contact="nicolas.rochat@lemanfrais.example.ch",
      ics={"method": "REQUEST", "seq": 2, "uid": LEMAN_UID, "stamp": "20260610T152600Z",
               "start": "20260612T150000", "end": "20260612T154500", "tz": "Europe/Zurich",
               "summary": "Entretien Lémanfrais – T. Lacombe-Mendes",
               "location": "Microsoft Teams", "org_name": "Nicolas Rochat",
               "org": "nicolas.rochat@lemanfrais.example.ch", "inline": False},
      key="lem_move", parent="lem_inv"),

    M("workday_assessment_new_date", "fr",
      "Groupe Vinalis <vinalis@myworkday.com>",
      "Modification de date – assessment center Graduate Supply Planning", "2026-04-17 18:00 +0200",
      None, company="Groupe Vinalis",
      html=ats_card("Groupe Vinalis", "#5b0e2d", "Nouvelle date pour votre assessment center",
                    ["Bonjour Théo,",
                     "En raison d'un mouvement social affectant les transports en Île-de-France, "
                     "l'assessment center prévu le vendredi 24 avril est reporté au jeudi 30 avril "
                     "2026, mêmes horaires et même lieu.",
                     "Votre créneau d'entretien individuel a été conservé. Si la nouvelle date ne "
                     "vous convient pas, vous pouvez en choisir une autre dans votre espace candidat.",
                     "L'équipe Recrutement Groupe Vinalis"],
                    "Message automatique – ne pas répondre.",
                    button=("Voir ma convocation",
                            "https://vinalis.wd3.myworkday.com/fr-FR/careers/task/8841")),
      key="vin_move", parent="vin_inv"),

    # ------------------------------------------------------------------ en
    M("greenhouse_rescheduled", "en",
      "Charlotte Vermeulen via Greenhouse <no-reply@greenhouse-mail.io>",
      "Rescheduled: Interview with Belgavin", "2026-05-11 09:30 +0200",
      "Hi Théo,\n\n"
      "Pieter has been called to a production issue in Antwerp on Wednesday, so we need to move "
      "your interview. The new time is Friday 15 May, 14:00–15:00 (Brussels time), same video "
      "link.\n\n"
      "If that doesn't work, pick another slot here: "
      "https://app.greenhouse.io/scheduling/belgavin/3b9f2e1c/reschedule\n\n"
      "Thanks for your flexibility,\nCharlotte\n",
      company="Belgavin", contact="charlotte.vermeulen@belgavin.example.be",
      reply_to="Charlotte Vermeulen <charlotte.vermeulen@belgavin.example.be>",
      key="bel_move", parent="bel_inv"),

    M("alpenrose_cancel_ics", "en",
      "Hannah Keller <hannah.keller@alpenrose-beverages.example.ch>",
      "Cancelled: Panel interview – Demand Planner", "2026-06-29 17:58 +0200",
      "Dear Théo,\n\n"
      "I'm sorry for the short notice, but we have to cancel tomorrow's panel: two of the panel "
      "members are stuck at a supplier audit in Lyon. This is purely a scheduling problem. I'll "
      "come back to you with new dates as soon as I have their calendars.\n\n"
      "Best regards,\nHannah\n",
      company="Alpenrose Beverages", contact="hannah.keller@alpenrose-beverages.example.ch",
      ics={"method": "CANCEL", "seq": 1, "uid": "alpenrose-panel-0630@alpenrose-beverages.example.ch",
               "stamp": "20260629T155800Z", "start": "20260630T133000", "end": "20260630T150000",
               "tz": "Europe/Zurich", "summary": "Panel interview – Théo Lacombe-Mendes",
               "location": "Rue du Rhône 61\\, Geneva", "org_name": "Hannah Keller",
               "org": "hannah.keller@alpenrose-beverages.example.ch", "inline": False},
      key="alp_cancel", parent="alp_inv"),

    M("later_same_day_quoted", "en",
      "Anouk De Smet <anouk.desmet@scheldtfoods.example.be>",
      "RE: Phone screen – Demand Planner (Brussels)", "2026-08-11 08:02 +0200",
      "Hi Théo,\n\n"
      "Small change for today: could we do 16:00 instead of 10:00? I've been pulled into a "
      "meeting this morning. I'll call the same number.\n\n"
      "Thanks,\nAnouk\n\n"
      + quote("outlook_en", "Anouk De Smet <anouk.desmet@scheldtfoods.example.be>",
              "Tuesday, August 4, 2026 3:10 PM",
              "Great, let's confirm Tuesday 11 August at 10:00. Talk then!",
              subject="RE: Phone screen – Demand Planner (Brussels)"),
      company="Scheldt Foods", contact="anouk.desmet@scheldtfoods.example.be",
      key="sch_move", parent="sch_inv"),

    M("ashby_reschedule_html", "en",
      "Gaia Bottling Services <no-reply@ashbyhq.com>",
      "Your interview with Gaia Bottling Services has been rescheduled", "2026-10-05 12:00 +0100",
      None, company="Gaia Bottling Services",
      html=ats_card("Gaia Bottling Services", "#6a1b9a", "Interview rescheduled",
                    ["Hi Théo,",
                     "Your interview for Supply Planner has been moved by the hiring team.",
                     "Previous time: Wednesday, October 7, 10:00 AM (WEST)",
                     "New time: Friday, October 9, 3:00 PM (WEST)",
                     "Location: Zoom (the link is unchanged)."],
                    "Powered by Ashby. Replies to this address are not monitored.",
                    button=("Add to calendar", "https://app.ashbyhq.com/interviews/gaia/ics/5520"))),

    # ------------------------------------------------------------------ es
    M("garrigues_moved", "es",
      "Núria Bosch <nuria.bosch@olis-garrigues.example.es>",
      "Cambio de hora – entrevista jueves", "2026-07-13 10:55 +0200",
      "Hola Théo:\n\n"
      "Pau tiene una visita a la almazara de Les Borges el jueves por la mañana. ¿Podríamos pasar "
      "la entrevista a las 16:30 del mismo día? El lugar no cambia.\n\n"
      "Perdona las molestias.\nNúria\n",
      company="Olis Garrigues", contact="nuria.bosch@olis-garrigues.example.es",
      key="gar_move", parent="gar_inv"),

    M("besos_cancel_new_date", "es",
      "Òscar Vidal <oscar.vidal@logistica-besos.example.es>",
      "Re: ¿Hablamos?", "2026-04-23 08:41 +0200",
      "Hola Théo,\n\n"
      "Tengo que anular nuestra llamada de hoy, me ha surgido una incidencia con un camión en el "
      "puerto. ¿La pasamos al martes 28 a la misma hora?\n\n"
      "Òscar\n\n"
      + quote("es", "vie, 17 abr 2026 a las 9:30", f"Théo Lacombe-Mendes (<{CAND_ADDR}>)",
              "Hola Òscar, perfecto, el jueves 23 a las 17:00 me viene bien."),
      company="Logística Besòs", contact="oscar.vidal@logistica-besos.example.es",
      cs="iso-8859-1", key="bes_move", parent="bes_inv"),

    # ------------------------------------------------------------------ de
    M("hausmann_cancel_method", "de",
      "Katrin Vogt <katrin.vogt@rheinkellerei-hausmann.example.de>",
      "Abgesagt: Vorstellungsgespräch Théo Lacombe-Mendes", "2026-04-15 11:20 +0200",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "danke für Ihre Nachricht. Leider müssen wir das Gespräch am 16. April von unserer Seite "
      "absagen, da sich intern kurzfristig Änderungen ergeben haben. Einen neuen Termin kann ich "
      "Ihnen heute noch nicht nennen; ich melde mich, sobald ich mehr weiß.\n\n"
      "Mit freundlichen Grüßen\nKatrin Vogt\nPersonalreferentin – Rheinkellerei Hausmann\n",
      company="Rheinkellerei Hausmann", contact="katrin.vogt@rheinkellerei-hausmann.example.de",
      ics={"method": "CANCEL", "seq": 1, "uid": HAU_UID, "stamp": "20260415T092000Z",
               "start": "20260416T140000", "end": "20260416T150000", "tz": "Europe/Berlin",
               "summary": "Vorstellungsgespräch Théo Lacombe-Mendes",
               "location": "Mainzer Landstraße 50\\, Frankfurt", "org_name": "Katrin Vogt",
               "org": "katrin.vogt@rheinkellerei-hausmann.example.de", "inline": False},
      subj_enc=("iso-8859-1", "Q"), key="hau_cancel", parent=["hau_inv", "hau_req"]),

    M("taunus_outlook_update", "de",
      "Uwe Brandt <uwe.brandt@taunus-getraenke.example.de>",
      "Aktualisiert: Vorstellungsgespräch Produktionsplaner", "2026-09-14 15:10 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "ich muss unseren Termin am Donnerstag um zwei Stunden nach hinten schieben, also 11 Uhr "
      "statt 9 Uhr. Die aktualisierte Einladung hängt an.\n\n"
      "Gruß\nUwe Brandt\n",
      company="Taunus Getränke", contact="uwe.brandt@taunus-getraenke.example.de",
      ics={"method": "REQUEST", "seq": 1, "uid": TAU_UID, "stamp": "20260914T131000Z",
               "start": "20260917T110000", "end": "20260917T123000", "tz": "Europe/Berlin",
               "summary": "Vorstellungsgespräch Produktionsplaner",
               "location": "Industriestraße 4\\, Friedrichsdorf", "org_name": "Uwe Brandt",
               "org": "uwe.brandt@taunus-getraenke.example.de", "inline": False},
      headers={"X-Mailer": "Microsoft Outlook 16.0"}, key="tau_move", parent="tau_inv"),
]

MISSED = [
    # ------------------------------------------------------------------ fr
    M("ondine_called_twice", "fr",
      "Sophie Kerhervé <s.kerherve@biscuiterie-ondine.example.fr>",
      "Notre échange téléphonique de ce matin", "2026-03-18 10:32 +0100",
      "Bonjour Théo,\n\n"
      "J'ai essayé de vous joindre deux fois à 10h00 comme convenu, sans réponse, et je suis tombée "
      "sur votre messagerie. Je vous ai laissé un message.\n\n"
      "N'hésitez pas à revenir vers moi si vous êtes toujours intéressé par le poste.\n\n"
      "Sophie Kerhervé\nChargée de recrutement – Biscuiterie Ondine\n02 40 12 55 90\n",
      company="Biscuiterie Ondine", contact="s.kerherve@biscuiterie-ondine.example.fr",
      key="ond_miss", parent="ond_inv"),

    M("waited_at_the_cave", "fr",
      "Gérard Fontan <g.fontan@vignerons-stsulpice.example.fr>",
      "Rendez-vous de ce matin", "2026-02-02 11:05 +0100",
      "Monsieur,\n\n"
      "Nous vous avons attendu ce matin à 9 heures à la cave avec deux administrateurs, mais vous "
      "n'êtes pas venu et nous n'avons pas eu de nouvelles. Peut-être y a-t-il eu un souci.\n\n"
      "Faites-nous signe si vous souhaitez toujours nous rencontrer.\n\n"
      "Gérard Fontan\nLes Vignerons de Saint-Sulpice\n05 56 61 27 14\n",
      company="Les Vignerons de Saint-Sulpice", contact="g.fontan@vignerons-stsulpice.example.fr",
      cs="iso-8859-1", cte="base64", key="ss_miss", parent="ss_inv"),

    M("waited_on_teams", "fr",
      "Élodie Morvan <elodie.morvan@frigoport.example.fr>",
      "Entretien vidéo de 14h", "2026-02-25 14:31 +0100",
      "Bonjour Théo,\n\n"
      "Je vous ai attendu un quart d'heure sur Teams pour notre entretien de 14h, mais vous ne vous "
      "êtes pas connecté. Avez-vous eu un problème technique ?\n\n"
      "Si vous le souhaitez, vous pouvez réserver un nouveau créneau en répondant à ce message.\n\n"
      "Élodie Morvan\nResponsable d'exploitation – Frigoport Nantes\n",
      company="Frigoport Nantes", contact="elodie.morvan@frigoport.example.fr",
      name_enc=("utf-8", "B"), parent="fri_inv"),

    M("agency_client_no_show", "fr",
      "Sandrine Cazals <s.cazals@partenaire-interim.example.fr>",
      "Rendez-vous chez Conserves Occitanes", "2026-03-26 12:18 +0100",
      "Bonjour Théo,\n\n"
      "Conserves Occitanes m'a appelée : vous étiez attendu ce matin à 10h à Castelnaudary pour "
      "l'entretien de gestionnaire des stocks et personne ne s'est présenté. Le responsable de "
      "production a patienté une demi-heure.\n\n"
      "Merci de me rappeler rapidement pour qu'on voie ensemble ce qui s'est passé.\n\n"
      "Sandrine Cazals\nChargée d'affaires – Partenaire Intérim Toulouse\n"
      "12 allées Jean Jaurès, 31000 Toulouse – 05 34 55 20 18\n",
      company="Conserves Occitanes", contact="s.cazals@partenaire-interim.example.fr"),

    M("client_waited_headhunter", "fr",
      "Claire Montaut <claire@hestia-recrutement.example.fr>",
      "Vous n'étiez pas au rendez-vous à Cognac ?", "2026-05-11 12:47 +0200",
      "Théo,\n\n"
      "La DRH de Maison Delorme Spiritueux vient de m'appeler : ils vous ont attendu ce matin à 11h "
      "et vous n'êtes pas venu. Je n'arrive pas à vous joindre sur votre portable.\n\n"
      "Pouvez-vous me rappeler dès que possible ?\n\nClaire Montaut\nHestia Recrutement\n"
      "06 72 18 45 09\n",
      company="Maison Delorme Spiritueux", contact="claire@hestia-recrutement.example.fr",
      parent="hes_inv"),

    # ------------------------------------------------------------------ en
    M("rabelo_didnt_join", "en",
      "Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>",
      "We missed you today", "2026-03-02 11:20 +0000",
      "Hi Théo,\n\nI was on the Meet link at 11:00 but you didn't join. Is everything OK? "
      "Let me know if you'd like to find another time.\n\nRui\n",
      company="Vinhos Rabelo", contact="rui.carvalho@vinhosrabelo.example.pt",
      key="rab_miss", parent="rab_inv"),

    M("scheldt_not_reachable", "en",
      "Anouk De Smet <anouk.desmet@scheldtfoods.example.be>",
      "Tried to reach you at 16:00", "2026-08-11 16:25 +0200",
      "Hi Théo,\n\n"
      "I tried calling you twice at 16:00 for our phone screen but it went straight to voicemail. "
      "I hope everything is alright.\n\n"
      "If you are still interested, reply with a couple of times that work and we'll try again.\n\n"
      "Best,\nAnouk De Smet\nRecruiter | Scheldt Foods\n",
      company="Scheldt Foods", contact="anouk.desmet@scheldtfoods.example.be",
      parent="sch_move"),

    M("northgate_no_show", "en",
      "Liam O'Connell <liam.oconnell@northgate-retail.example.be>",
      "Missed call – Replenishment Planner", "2026-01-29 09:40 +0100",
      "Hello Théo,\n\n"
      "We had a call booked for 9:00 this morning regarding the Replenishment Planner position, "
      "but I couldn't reach you on the number you gave. I've left a voicemail.\n\n"
      "Kind regards,\nLiam O'Connell\nTalent Partner, Northgate Retail\nChaussée de Wavre 300, "
      "1040 Brussels\n",
      company="Northgate Retail", contact="liam.oconnell@northgate-retail.example.be",
      cs="windows-1252"),

    # ------------------------------------------------------------------ es
    M("segria_no_se_presento", "es",
      "Marc Roca <marc.roca@fruites-segria.example.es>",
      "Jornada de evaluación de hoy", "2026-09-22 13:15 +0200",
      "Hola Théo:\n\n"
      "Te esperábamos esta mañana a las 9:00 en Lleida para la jornada de evaluación y no te "
      "presentaste. Tampoco pudimos localizarte por teléfono.\n\n"
      "Si ha habido algún imprevisto, escríbeme y lo hablamos.\n\n"
      "Marc Roca\nTécnico de Selección – Fruites del Segrià\nCtra. de Corbins km 3, 25005 Lleida\n",
      company="Fruites del Segrià", contact="marc.roca@fruites-segria.example.es",
      parent="seg_inv"),

    # ------------------------------------------------------------------ de
    M("telefontermin_nicht_erreicht", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Unser Telefontermin heute um 10 Uhr", "2026-05-12 10:24 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "wir waren heute um 10 Uhr zum Telefonat verabredet. Ich habe Sie zweimal angerufen, Sie "
      "waren aber leider nicht erreichbar.\n\n"
      "Rufen Sie mich gern zurück oder schlagen Sie mir einen neuen Zeitpunkt vor.\n\n"
      "Viele Grüße\nJana Wirth\nPersonalwerk Rhein-Main\n069 555 77 20\n",
      company="Personalwerk Rhein-Main", contact="j.wirth@personalwerk-rheinmain.example.de",
      parent="pw_reg"),
]
