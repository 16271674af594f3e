"""Corpus 171: rejections.

Each dict is one hand-written message; make_hundredseventyfirst.py turns it into MIME.
"""

from __future__ import annotations

from msgs171_common import (
    CANDIDATE,
    ats_card,
    outlook_reply,
    outlook_word,
    reply,
    simple_html,
)
from msgs171_invites import GRASSE_INVITE

# ============================================================== thread texts used elsewhere

AZ_THANKS = """Bonjour Camille,

Merci encore pour notre échange de ce matin. J'ai beaucoup apprécié la présentation de la collection Riviera et du projet de relancer la clientèle scandinave hors saison ; c'est exactement le type de mission qui me motive.

Je reste bien sûr disponible pour un entretien avec la direction marketing si vous le jugez utile.

Bien cordialement,
Aminata Leclerc-Dubois
06 71 42 88 19
"""

GOZO_THANKS = """Dear Rachel,

Thank you for taking the time to speak with me yesterday. I really enjoyed hearing about the plans for the Citadella night tours, and I left the interview even more excited about the role.

Please let me know if you need anything else from me.

Best wishes,
Aminata Leclerc-Dubois
"""

GENEVE_FOLLOW_UP = """Bonjour Monsieur Berset,

Je me permets de revenir vers vous suite à notre entretien téléphonique du 15 septembre pour le poste de coordinatrice marketing & accueil congrès. Avez-vous des nouvelles concernant la suite du processus ?

Je reste très intéressée par le poste et disponible pour un second échange.

Bien cordialement,
Aminata Leclerc-Dubois
"""

SOLEIL_SPONTANEOUS = """Madame, Monsieur,

Je vous adresse ma candidature spontanée pour un poste en marketing ou communication au sein des Résidences Soleil Marin.

Hôtesse événementielle à Nice depuis cinq ans, je connais bien les attentes d'une clientèle internationale en séjour sur la Côte d'Azur et je souhaite mettre cette expérience au service de la promotion de vos résidences.

Mon CV est joint à ce message. Je me tiens à votre disposition pour un entretien.

Cordialement,
Aminata Leclerc-Dubois
"""

MESSAGES = [
    dict(
        kind="rejection", slug="azureens_after_thank_you", lang="fr",
        company="Hôtels Azuréens", contact="camille.ferrand@azureens.example.fr",
        parent="azureens_thank_you_sent",
        **{"from": ("Camille Ferrand", "camille.ferrand@azureens.example.fr")},
        subject="RE: Merci pour notre échange",
        date="2026-03-03 15:28 +0100",
        text=reply(
            """Bonjour Aminata,

Merci pour votre gentil message, et encore merci pour le temps que vous nous avez consacré.

Après avoir rencontré l'ensemble des candidats, nous avons fait le choix d'une personne qui a déjà occupé une fonction marketing dans l'hôtellerie haut de gamme. Ce n'est donc pas votre candidature que nous retiendrons cette fois, même si votre énergie et votre connaissance de la clientèle internationale ont été très appréciées.

Je me permets de garder votre CV pour de prochaines ouvertures dans le groupe.

Bien cordialement,

Camille Ferrand
Chargée de recrutement
Hôtels Azuréens – Direction des Ressources Humaines
+33 4 93 21 47 60
""",
            "fr", "jeu. 19 févr. 2026 à 18:40", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            AZ_THANKS),
    ),
    dict(
        kind="rejection", slug="air_mistral_taleo_refus", lang="fr",
        company="Air Mistral", contact="",
        parent="air_mistral_session_moved",
        **{"from": ("Air Mistral - Recrutement", "noreply@taleo.net")},
        subject="Votre candidature - réf. 2600318",
        date="2026-03-12 07:15 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="qp",
        text="""Madame Leclerc-Dubois,

Nous vous remercions d'avoir participé à la journée de sélection du 5 mars pour le poste d'Assistante marketing & fidélisation.

Nous avons le regret de vous informer qu'à l'issue de cette journée, votre candidature n'a pas été retenue. Cette décision ne remet pas en cause vos qualités, et nous vous encourageons à consulter régulièrement nos offres.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service Recrutement
Air Mistral

Merci de ne pas répondre à ce message généré automatiquement.
""",
    ),
    dict(
        kind="rejection", slug="massilia_after_trial_day", lang="fr",
        company="Massilia Événements", contact="karim@massilia-evenements.example.fr",
        parent="massilia_trial_day",
        **{"from": ("Karim Benali", "karim@massilia-evenements.example.fr")},
        subject="Re: Journée d'immersion samedi 24 janvier",
        date="2026-01-26 22:11 +0100",
        text="""Aminata,

Merci pour samedi, vous avez été très bien avec les exposants. On a finalement pris quelqu'un de plus orienté graphisme pour ce poste.

Bonne continuation,
Karim
""",
    ),
    dict(
        kind="rejection", slug="occitanie_recrutement_gele", lang="fr",
        company="Occitanie Escapades", contact="h.vidal@occitanie-escapades.example.fr",
        parent="occitanie_method_cancel",
        **{"from": ("Hélène Vidal", "h.vidal@occitanie-escapades.example.fr")},
        from_enc=("iso-8859-1", "Q"),
        subject="Poste de chargée de marketing digital",
        date="2026-03-24 18:05 +0100",
        text="""Bonjour Madame Leclerc-Dubois,

Comme annoncé lors de l'annulation de notre rendez-vous, notre conseil d'administration s'est réuni hier. Il a décidé de geler le recrutement du poste de chargée de marketing digital jusqu'à la fin de l'année, faute de financement régional confirmé.

Le processus est donc clos et nous ne donnerons pas suite à votre candidature. Je le regrette sincèrement, votre dossier faisait partie de ceux que nous avions le plus envie de rencontrer.

Avec mes salutations les meilleures,

Hélène Vidal
Directrice
Occitanie Escapades
3 rue de la Loge, 34000 Montpellier
04 67 58 20 33

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
""",
        html=outlook_word("""Bonjour Madame Leclerc-Dubois,

Comme annoncé lors de l'annulation de notre rendez-vous, notre conseil d'administration s'est réuni hier. Il a décidé de geler le recrutement du poste de chargée de marketing digital jusqu'à la fin de l'année, faute de financement régional confirmé.

Le processus est donc clos et nous ne donnerons pas suite à votre candidature. Je le regrette sincèrement, votre dossier faisait partie de ceux que nous avions le plus envie de rencontrer.

Avec mes salutations les meilleures,

Hélène Vidal
Directrice
Occitanie Escapades
3 rue de la Loge, 34000 Montpellier
04 67 58 20 33

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.""",
                          "fr"),
    ),
    dict(
        kind="rejection", slug="leman_successfactors_refus", lang="fr",
        company="Léman Hospitality", contact="",
        parent="leman_tried_calling_twice",
        **{"from": ("Léman Hospitality Recrutement", "noreply@successfactors.eu")},
        from_enc=("iso-8859-1", "B"),
        subject="Votre candidature chez Léman Hospitality",
        date="2026-06-09 08:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Léman Hospitality", "#004b6b", "Assistante marketing & ventes loisirs",
            """Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'Assistante marketing & ventes loisirs.

Nous regrettons de vous informer que nous avons retenu un autre profil pour ce poste. Vos données resteront enregistrées dans notre vivier pendant douze mois, sauf opposition de votre part.

Nous vous souhaitons plein succès dans vos recherches.

Léman Hospitality – Ressources humaines""",
            "Ceci est un e-mail automatique envoyé par SAP SuccessFactors, merci de ne pas y "
            "répondre.", "fr"),
    ),
    dict(
        kind="rejection", slug="interim_relays_nice_expo_no", lang="fr",
        company="Nice Expo Congrès", contact="julie.moretti@interimsudtalents.example.fr",
        parent="interim_client_postpones",
        **{"from": ("Julie Moretti | Intérim Sud Talents",
                    "julie.moretti@interimsudtalents.example.fr")},
        subject="Retour de Nice Expo Congrès",
        date="2026-03-20 12:47 +0100",
        text="""Bonjour Aminata,

J'ai eu ce matin le retour de Pascal Giraud après votre entretien de mardi. Nice Expo Congrès a choisi une autre candidate, qui connaît déjà leur logiciel de billetterie et leur CRM, ce qui leur évite une période de formation en pleine saison des salons.

Je suis déçue pour vous, d'autant que votre entretien s'était bien passé d'après lui. Je garde votre dossier actif pour les prochaines missions communication et événementiel.

Belle fin de semaine,

Julie Moretti
Intérim Sud Talents – agence Nice Centre
04 93 88 61 02
""",
    ),
    dict(
        kind="rejection", slug="lutece_smartrecruiters_refus", lang="fr",
        company="Lutèce Voyages", contact="",
        parent="lutece_no_answer_phone",
        **{"from": ("Lutèce Voyages", "noreply@smartrecruiters.com")},
        subject="Votre candidature chez Lutèce Voyages",
        date="2026-03-30 09:12 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Aminata,

Merci pour l'intérêt que vous portez à Lutèce Voyages et au poste « Chef de projet marketing voyages groupes (H/F) ».

Nous avons décidé de poursuivre le processus avec des candidats dont le parcours correspond davantage aux exigences actuelles du poste.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe recrutement de Lutèce Voyages

Cet e-mail a été envoyé par SmartRecruiters. Ne répondez pas à cet e-mail.
""",
        html=ats_card(
            "Lutèce Voyages", "#7a1f3d", "Mise à jour de votre candidature",
            """Bonjour Aminata,

Merci pour l'intérêt que vous portez à Lutèce Voyages et au poste « Chef de projet marketing voyages groupes (H/F) ».

Nous avons décidé de poursuivre le processus avec des candidats dont le parcours correspond davantage aux exigences actuelles du poste.

Nous vous souhaitons une bonne continuation dans vos recherches.""",
            "Cet e-mail a été envoyé par SmartRecruiters. Ne répondez pas à cet e-mail.", "fr"),
    ),
    dict(
        kind="rejection", slug="antibes_pourvu_en_interne", lang="fr",
        company="Antibes Horizons Tourisme", contact="agnes.giordano@antibes-horizons.example.fr",
        parent="antibes_horizons_ack",
        **{"from": ("Agnès Giordano", "agnes.giordano@antibes-horizons.example.fr")},
        from_enc=("utf-8", "Q"),
        subject="Poste de chargée de communication saison 2026",
        date="2026-05-19 11:31 +0200",
        text="""Bonjour Aminata,

Comme promis, je reviens vers vous : le poste de chargée de communication pour la saison a finalement été pourvu en interne. Une collègue de notre bureau d'accueil souhaitait évoluer et la direction a privilégié sa candidature.

Nous n'organiserons donc pas d'entretiens externes cette année. Merci pour votre intérêt, et peut-être à l'année prochaine.

Cordialement,

Agnès Giordano
Assistante de direction
Antibes Horizons Tourisme
""",
    ),
    dict(
        kind="rejection", slug="studio_calanques_casual_no", lang="fr",
        company="Studio Calanques Events", contact="leo@studiocalanques.example.fr",
        **{"from": ("Léo Marchal", "leo@studiocalanques.example.fr")},
        subject="Le poste de chargée de com'",
        date="2026-10-14 19:52 +0200",
        cte="8bit",
        text="""Hello Aminata,

Je ne vais pas tourner autour du pot : on a tranché hier soir avec les associés et ce ne sera pas toi pour le poste de chargée de com'. C'était vraiment serré, mais on avait besoin de quelqu'un qui sache déjà monter des vidéos, et c'est ce qui a fait la différence.

Sincèrement désolé, j'aurais adoré bosser avec toi. Si on se croise sur un salon, je te dois un verre !

Léo
Studio Calanques Events – Marseille
""",
    ),
    dict(
        kind="rejection", slug="baie_des_anges_outlook_cp1252", lang="fr",
        company="Groupe Hôtelier Baie des Anges", contact="v.castellani@baiedesanges-hotels.example.fr",
        parent="baie_des_anges_not_joined",
        **{"from": ("Valérie Castellani", "v.castellani@baiedesanges-hotels.example.fr")},
        subject="Suite de votre candidature : assistante marketing séjours & bien-être",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-03-16 14:09 +0100",
        charset="windows-1252", html_cte="qp",
        html=outlook_word("""Madame Leclerc-Dubois,

Nous avons bien pris connaissance de vos explications concernant la visioconférence du 2 mars et vous en remercions.

Le processus de recrutement étant aujourd’hui arrivé à son terme, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons une pleine réussite dans votre projet professionnel.

Bien cordialement,

Valérie Castellani
Responsable recrutement et mobilité
Groupe Hôtelier Baie des Anges
37 quai des États-Unis – 06300 Nice
Tél. : 04 93 62 18 05""", "fr", "windows-1252"),
    ),
    dict(
        kind="rejection", slug="monaco_yachting_poste_supprime", lang="fr",
        company="Monaco Yachting Experiences", contact="c.bellini@monaco-yachting.example.mc",
        **{"from": ("Monaco Yachting Experiences – RH", "rh@monaco-yachting.example.mc")},
        reply_to=("Chiara Bellini", "c.bellini@monaco-yachting.example.mc"),
        subject="Recrutement chargée marketing charters",
        date="2026-06-30 16:18 +0200",
        text="""Bonjour Madame Leclerc-Dubois,

Je reviens vers vous au sujet du poste de chargée marketing charters pour lequel vous aviez postulé en mai.

Dans le cadre de la réorganisation de notre pôle commercial, ce poste a été supprimé et ses missions seront réparties au sein de l'équipe existante. Nous clôturons par conséquent ce recrutement sans embauche.

Je vous remercie pour votre candidature et pour l'intérêt porté à notre maison.

Chiara Bellini
Responsable ressources humaines
Monaco Yachting Experiences
Quai Antoine Ier, 98000 Monaco
+377 93 25 70 14
""",
    ),
    dict(
        kind="rejection", slug="horizon_client_non_nomme", lang="fr",
        company="Horizon Conseil Tourisme", contact="f.morel@horizon-conseil.example.fr",
        **{"from": ("Frédéric Morel", "f.morel@horizon-conseil.example.fr")},
        subject="Mission marketing – groupe hôtelier (Var)",
        date="2026-05-28 12:02 +0200",
        text="""Bonjour Aminata,

Je voulais vous donner rapidement des nouvelles de la mission dont nous avions parlé début mai.

Mon client, un groupe hôtelier du Var que je ne peux toujours pas nommer, a fait son choix parmi les trois profils présentés : il s'est orienté vers une candidate plus expérimentée en revenue management. Je ne pourrai donc pas vous faire avancer sur ce poste.

Cela ne change rien à l'intérêt que je porte à votre profil ; je vous recontacterai dès qu'une mission plus proche de votre projet se présentera.

Bien à vous,

Frédéric Morel
Associé – Horizon Conseil Tourisme
27 rue de Caumartin, 75009 Paris
+33 1 84 60 22 15

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
""",
    ),
    dict(
        kind="rejection", slug="grasse_after_second_interview", lang="fr",
        company="Parfums de Grasse Expériences", contact="emilie.roussel@grasse-experiences.example.fr",
        parent="grasse_update_sequence",
        **{"from": ("Émilie Roussel", "emilie.roussel@grasse-experiences.example.fr")},
        from_enc=("utf-8", "B"),
        subject="Re: Second entretien – Chargée de marketing visiteurs",
        date="2026-07-08 17:36 +0200",
        text=reply(
            """Bonjour Aminata,

Merci encore d'être venue à Grasse et pour votre présentation, que nous avons trouvée pleine d'idées.

Thierry Gastaud a finalement choisi une candidate qui parle couramment mandarin, un critère devenu prioritaire avec le retour des groupes asiatiques à l'atelier-musée. Nous ne poursuivrons donc pas avec vous, et j'en suis sincèrement désolée.

Je vous souhaite le meilleur pour la suite.

Émilie Roussel
Responsable des ressources humaines
Parfums de Grasse Expériences
""",
            "fr", "lun. 22 juin 2026 à 11:40",
            "Émilie Roussel <emilie.roussel@grasse-experiences.example.fr>", GRASSE_INVITE),
    ),
    dict(
        kind="rejection", slug="provence_alpes_workday_refus", lang="fr",
        company="Provence Alpes Loisirs", contact="",
        parent="provence_alpes_workday_base64",
        **{"from": ("Provence Alpes Loisirs", "provencealpesloisirs@myworkday.com")},
        subject="Mise à jour concernant votre candidature",
        date="2026-02-11 10:44 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text="""Bonjour Aminata Leclerc-Dubois,

Merci de l'intérêt que vous portez au poste Assistant(e) marketing stations & activités outdoor (Gap).

Malheureusement, nous ne sommes pas en mesure de donner suite à votre candidature pour ce poste. Nous vous invitons à consulter nos autres offres sur notre site carrières.

Cordialement,
Ressources humaines – Provence Alpes Loisirs
""",
        html=ats_card(
            "Provence Alpes Loisirs", "#2e7d32", "Mise à jour de votre candidature",
            """Bonjour Aminata Leclerc-Dubois,

Merci de l'intérêt que vous portez au poste Assistant(e) marketing stations & activités outdoor (Gap).

Malheureusement, nous ne sommes pas en mesure de donner suite à votre candidature pour ce poste. Nous vous invitons à consulter nos autres offres sur notre site carrières.""",
            "Message automatique – Workday. Les réponses à cette adresse ne sont pas lues.",
            "fr"),
    ),
    dict(
        kind="rejection", slug="soleil_marin_candidature_spontanee", lang="fr",
        company="Résidences Soleil Marin", contact="marion.ricci@soleilmarin.example.fr",
        parent="soleil_marin_spontaneous_sent",
        **{"from": ("Marion Ricci", "marion.ricci@soleilmarin.example.fr")},
        subject="RE: Candidature spontanée – marketing / communication",
        date="2026-01-29 09:37 +0100",
        text=outlook_reply(
            """Madame,

Nous avons bien reçu votre candidature spontanée et l'avons lue avec attention.

Notre service marketing est aujourd'hui au complet et aucun recrutement n'y est prévu pour 2026 ; nous ne pouvons donc pas donner de suite à votre démarche. Nous vous remercions néanmoins d'avoir pensé aux Résidences Soleil Marin.

Cordialement,

Marion Ricci
Assistante RH
Résidences Soleil Marin – siège
Avenue de la Libération, 06160 Juan-les-Pins
""",
            "fr", "Aminata Leclerc-Dubois", "jeudi 22 janvier 2026 10:05",
            "contact@soleilmarin.example.fr",
            "Candidature spontanée – marketing / communication", SOLEIL_SPONTANEOUS),
    ),
    dict(
        kind="rejection", slug="geneve_after_follow_up", lang="fr",
        company="Genève Congrès & Salons", contact="ma.berset@geneve-congres.example.ch",
        parent="geneve_follow_up_sent",
        **{"from": ("Marc-Antoine Berset", "ma.berset@geneve-congres.example.ch")},
        subject="RE: Suivi de candidature - coordinatrice marketing & accueil congrès",
        subject_enc=("iso-8859-1", "B"),
        date="2026-10-02 11:50 +0200",
        charset="iso-8859-1", cte="qp",
        text=reply(
            """Bonjour Madame Leclerc-Dubois,

Je vous prie d'excuser ce long silence, qui n'était pas très élégant de notre part.

Le comité a décidé de confier le poste à une personne déjà établie à Genève et disponible immédiatement, ce qui était devenu déterminant avec le calendrier des congrès d'automne. Je ne suis donc pas en mesure de vous proposer un second échange.

Merci pour votre patience et votre intérêt.

Marc-Antoine Berset
Genève Congrès & Salons
""",
            "fr", "lun. 28 sept. 2026 à 09:12", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            GENEVE_FOLLOW_UP),
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="rejection", slug="meridian_icims_regret", lang="en",
        company="Meridian Cruises", contact="",
        parent="meridian_interviewer_off_sick",
        **{"from": ("Meridian Cruises Careers", "meridiancruises-noreply@icims.com")},
        subject="Update on your application – Onboard Experience Marketing Coordinator",
        date="2026-05-05 13:10 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Meridian Cruises", "#0a2f5c", "Your application (Req #4471)",
            """Dear Aminata,

Thank you for the time you invested in our interview process for the Onboard Experience Marketing Coordinator position.

After careful consideration, we regret to let you know that we will not be taking your application further. This was a highly competitive process and the decision was not an easy one.

We will keep your details on file and encourage you to apply for future roles that match your experience.

Meridian Cruises Talent Acquisition""",
            "This is an automated message from iCIMS on behalf of Meridian Cruises. "
            "Please do not reply.", "en"),
    ),
    dict(
        kind="rejection", slug="calypso_air_lever_closer_match", lang="en",
        company="Calypso Air", contact="",
        parent="calypso_air_cancel_ics",
        **{"from": ("Calypso Air", "no-reply@hire.lever.co")},
        subject="Your application to Calypso Air",
        date="2026-07-02 08:25 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Aminata,

Thank you for your interest in the Ancillary & Destination Marketing Assistant role and for your patience while we reorganised our interview schedule.

We have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We appreciate the time you've spent with us and wish you every success.

Calypso Air Talent Team
""",
    ),
    dict(
        kind="rejection", slug="wanderly_founder_terse", lang="en",
        company="Wanderly", contact="sara@wanderly.example.io",
        parent="wanderly_waited_meet",
        **{"from": ("Sara Lindqvist", "sara@wanderly.example.io")},
        subject="Re: Our call today",
        date="2026-09-16 21:04 +0200",
        text="""Hi Aminata,

Thanks for explaining. We've decided not to go ahead though — we need someone who can start right away.

Good luck with the search.
Sara
""",
    ),
    dict(
        kind="rejection", slug="gozo_after_interview_thanks", lang="en",
        company="Gozo Heritage Experiences", contact="rachel.farrugia@gozoheritage.example.mt",
        parent="gozo_thank_you_sent",
        **{"from": ("Rachel Farrugia", "rachel.farrugia@gozoheritage.example.mt")},
        subject="Re: Thank you – Marketing & Tours Coordinator",
        date="2026-07-21 16:44 +0200",
        text=reply(
            """Dear Aminata,

Thank you for your kind note, it was a pleasure to meet you too.

I'm sorry to say that we have offered the role to another candidate who already lives on Gozo and knows our guides well. It was a close call, and your ideas for the night tours were genuinely good.

I wish you all the best, and I hope our paths cross again.

Rachel Farrugia
General Manager
Gozo Heritage Experiences
Triq ir-Repubblika, Victoria VCT 1014, Gozo
+356 2155 6021
""",
            "en", "Tue, 14 Jul 2026 at 19:02", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            GOZO_THANKS),
    ),
    dict(
        kind="rejection", slug="lakeside_role_on_hold", lang="en",
        company="Lakeside Summit Events", contact="tom.whitaker@lakeside-summit.example.ch",
        **{"from": ("Lakeside Summit Events Careers", "careers@lakeside-summit.example.ch")},
        reply_to=("Tom Whitaker", "tom.whitaker@lakeside-summit.example.ch"),
        subject="Event Marketing Associate (Geneva) – update",
        date="2026-10-08 10:15 +0200",
        text="""Dear Aminata,

Thank you for applying for the Event Marketing Associate position and for the conversation we had last month.

I'm writing to let you know that the role has been put on hold following a review of next year's event calendar, and we will not proceed with any candidates for the time being. If the position reopens, we will advertise it again and you would be very welcome to reapply.

Thank you for your understanding.

Tom Whitaker
Head of People
Lakeside Summit Events SA
Route de Ferney 150, 1202 Geneva, Switzerland

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
""",
        html=simple_html("""Dear Aminata,

Thank you for applying for the Event Marketing Associate position and for the conversation we had last month.

I'm writing to let you know that the role has been put on hold following a review of next year's event calendar, and we will not proceed with any candidates for the time being. If the position reopens, we will advertise it again and you would be very welcome to reapply.

Thank you for your understanding.

Tom Whitaker
Head of People
Lakeside Summit Events SA
Route de Ferney 150, 1202 Geneva, Switzerland

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.""",
                         "en"),
    ),
    dict(
        kind="rejection", slug="harbour_relays_sunseeker_no", lang="en",
        company="SunSeeker Tours", contact="kevin.borg@harbourstaffing.example.mt",
        parent="harbour_staffing_registration",
        **{"from": ("Kevin Borg", "kevin.borg@harbourstaffing.example.mt")},
        subject="SunSeeker Tours – feedback",
        date="2026-06-18 11:06 +0200",
        text="""Hi Aminata,

I had feedback from SunSeeker Tours this morning. They liked you a lot in the interview, but in the end they've gone with someone who holds a Maltese driving licence, as the role involves driving guests between hotels and excursion points.

I know it's frustrating. I'll keep putting you forward — there are two hotel marketing roles opening in September that I think suit you better.

Kind regards,
Kevin Borg
Senior Consultant – Hospitality & Tourism
Harbour Staffing Malta
+356 2138 4470
""",
    ),
    dict(
        kind="rejection", slug="port_hercule_via_greenhouse", lang="en",
        company="Port Hercule Yacht Charters", contact="nadia.rossi@porthercule-charters.example.mc",
        **{"from": ("Nadia Rossi via Greenhouse", "no-reply@greenhouse-mail.io")},
        reply_to=("Nadia Rossi", "nadia.rossi@porthercule-charters.example.mc"),
        subject="Port Hercule Yacht Charters – your application",
        date="2026-08-27 18:32 -0400",
        text="""Hi Aminata,

Thank you for taking the time to interview with us for the Charter Marketing Coordinator role, and for your thoughtful answers on guest experience.

After a lot of discussion, we won't be progressing your application to the final stage. We were looking for someone with direct yacht-broker experience, and that tipped the balance.

If you'd like more detailed feedback, just reply to this email and I'll be glad to share it.

Best,
Nadia Rossi
Recruitment Lead, Port Hercule Yacht Charters
""",
        html=simple_html("""Hi Aminata,

Thank you for taking the time to interview with us for the Charter Marketing Coordinator role, and for your thoughtful answers on guest experience.

After a lot of discussion, we won't be progressing your application to the final stage. We were looking for someone with direct yacht-broker experience, and that tipped the balance.

If you'd like more detailed feedback, just reply to this email and I'll be glad to share it.

Best,
Nadia Rossi
Recruitment Lead, Port Hercule Yacht Charters""", "en"),
    ),
    dict(
        kind="rejection", slug="nomad_hostels_bamboohr_filled", lang="en",
        company="Barcelona Nomad Hostels", contact="",
        **{"from": ("Barcelona Nomad Hostels", "no-reply@bamboohr.com")},
        subject="Social Media & Events Host – position filled",
        date="2026-04-29 09:02 -0600",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hey Aminata,

Thanks a lot for applying to be our Social Media & Events Host in El Born! We've now filled the spot, so we're closing applications for this one.

Keep an eye on our careers page — we hire for the summer season every spring.

Cheers,
The Nomad crew

This message was sent from BambooHR on behalf of Barcelona Nomad Hostels.
""",
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="rejection", slug="isartal_nach_gespraech", lang="de",
        company="Isartal Events", contact="lena.hofbauer@isartal-events.example.de",
        parent="isartal_termin_verschoben",
        **{"from": ("Lena Hofbauer", "lena.hofbauer@isartal-events.example.de")},
        subject="Ihre Bewerbung als Junior Marketing Manager Incentive-Reisen",
        date="2026-07-01 15:20 +0200",
        text="""Liebe Frau Leclerc-Dubois,

vielen Dank noch einmal für das angenehme Gespräch am 18. Juni und Ihre Geduld bei der Terminfindung.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, die bereits mehrere Jahre im Incentive-Bereich gearbeitet hat. Wir können Ihnen die Stelle daher leider nicht anbieten.

Für Ihren weiteren Weg – ob in München oder an der Côte d'Azur – wünschen wir Ihnen alles Gute.

Herzliche Grüße
Lena Hofbauer
People & Recruiting
Isartal Events GmbH
""",
        html=simple_html("""Liebe Frau Leclerc-Dubois,

vielen Dank noch einmal für das angenehme Gespräch am 18. Juni und Ihre Geduld bei der Terminfindung.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, die bereits mehrere Jahre im Incentive-Bereich gearbeitet hat. Wir können Ihnen die Stelle daher leider nicht anbieten.

Für Ihren weiteren Weg – ob in München oder an der Côte d'Azur – wünschen wir Ihnen alles Gute.

Herzliche Grüße
Lena Hofbauer
People & Recruiting
Isartal Events GmbH""", "de"),
    ),
    dict(
        kind="rejection", slug="alpenblick_softgarden_absage", lang="de",
        company="Alpenblick Hotels", contact="",
        parent="alpenblick_softgarden_ack",
        **{"from": ("Alpenblick Hotels Recruiting", "no-reply@softgarden.io")},
        subject="Ihre Bewerbung bei Alpenblick Hotels",
        date="2026-07-27 08:41 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text="""Sehr geehrte Frau Leclerc-Dubois,

nochmals vielen Dank für Ihre Bewerbung als Online-Marketing-Assistenz.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie, dass wir aus Datenschutzgründen keine detaillierte Begründung geben.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüße
Ihr Recruiting-Team der Alpenblick Hotels
""",
        html=ats_card(
            "Alpenblick Hotels", "#5d4037", "Ihre Bewerbung",
            """Sehr geehrte Frau Leclerc-Dubois,

nochmals vielen Dank für Ihre Bewerbung als Online-Marketing-Assistenz.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie, dass wir aus Datenschutzgründen keine detaillierte Begründung geben.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.""",
            "Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht darauf.",
            "de"),
    ),
    dict(
        kind="rejection", slug="zeitwerk_kunde_sagt_ab", lang="de",
        company="Bavaria Incoming Tours", contact="t.brandl@zeitwerk-personal.example.de",
        parent="bavaria_incoming_nicht_erschienen",
        **{"from": ("Tobias Brandl", "t.brandl@zeitwerk-personal.example.de")},
        subject="Rückmeldung Bavaria Incoming Tours",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-08-25 17:03 +0200",
        charset="iso-8859-1", cte="8bit",
        text="""Hallo Frau Leclerc-Dubois,

danke, dass Sie sich nach dem verpassten Termin bei mir gemeldet und die Sache mit der Zugverspätung erklärt haben. Ich habe das an Frau Kellner weitergegeben.

Der Kunde hat sich nun leider entschieden, das Verfahren mit Ihnen nicht weiterzuführen; man setzt auf eine Bewerberin, die bereits in der zweiten Runde ist. Ich finde das schade, kann es aber nachvollziehen.

Ich melde mich, sobald ich wieder etwas Passendes für Sie habe.

Viele Grüße
Tobias Brandl
Zeitwerk Personal GmbH
Tel. +49 89 2154 7760
""",
    ),
    dict(
        kind="rejection", slug="nordlicht_intern_besetzt", lang="de",
        company="Nordlicht Kreuzfahrten", contact="katrin.vogt@nordlicht-kreuzfahrten.example.de",
        parent="nordlicht_telefoninterview",
        **{"from": ("Katrin Vogt", "katrin.vogt@nordlicht-kreuzfahrten.example.de")},
        subject="Vertriebs- und Marketingassistenz – kurze Info",
        date="2026-09-18 12:14 +0200",
        text="""Hallo Frau Leclerc-Dubois,

kurze Rückmeldung nach unserem Telefonat: Die Stelle ist inzwischen intern besetzt worden. Eine Kollegin aus unserem Hamburger Büro zieht nach München und übernimmt die Aufgaben.

Danke für Ihr Interesse und alles Gute!

Katrin Vogt
Personal – Nordlicht Kreuzfahrten, Büro München
""",
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="rejection", slug="mediterrania_teamtailor_no_continuamos", lang="es",
        company="Mediterrània Events", contact="",
        parent="mediterrania_cambio_hora",
        **{"from": ("Mediterrània Events", "no-reply@teamtailor-mail.com")},
        subject="Tu candidatura en Mediterrània Events",
        date="2026-07-28 10:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Mediterrània Events", "#00838f", "Gracias por tu tiempo, Aminata",
            """Queremos agradecerte la entrevista del pasado jueves y el interés que has mostrado por el puesto de Marketing & Events Assistant.

Lamentablemente, en esta ocasión no vamos a continuar con tu candidatura. Ha sido un proceso con perfiles muy buenos y la decisión ha sido difícil.

Te deseamos mucha suerte en tu búsqueda.""",
            "Enviado con Teamtailor. No respondas a este mensaje.", "es"),
    ),
    dict(
        kind="rejection", slug="costa_brava_via_recruitee", lang="es",
        company="Costa Brava Experiences", contact="nuria.soler@costabrava-exp.example.es",
        parent="costa_brava_no_conectaste",
        **{"from": ("Núria Soler (Costa Brava Experiences)", "notifications@jobs.recruitee.com")},
        reply_to=("Núria Soler", "nuria.soler@costabrava-exp.example.es"),
        subject="Sobre tu candidatura – Marketing de Experiencias",
        date="2026-09-02 12:27 +0200",
        text="""Hola Aminata,

Gracias por la videollamada del lunes y por tu flexibilidad después del primer intento fallido.

Al final hemos elegido a una candidata que ya vive en la zona de Girona y puede incorporarse este mismo mes, algo que para nosotros era importante de cara a la temporada de otoño. Siento que no haya podido ser.

Un abrazo y mucha suerte,
Núria Soler
Costa Brava Experiences
""",
    ),
    dict(
        kind="rejection", slug="gracia_walks_casual", lang="es",
        company="Turisme Gràcia Walks", contact="pau@graciawalks.example.es",
        **{"from": ("Pau Riera", "pau@graciawalks.example.es")},
        subject="Lo del puesto de redes",
        date="2026-10-09 23:18 +0200",
        cte="8bit",
        text="""Ey Aminata!

Te escribo rápido antes de que se me pase: al final nos quedamos con alguien que ya llevaba cuentas de TikTok de turismo, así que el puesto de redes no va a ser para ti. Me sabe fatal porque la charla contigo fue de las mejores.

Si algún día pasas por Barcelona, te invito a un vermut en la plaza del Sol.

Pau
Turisme Gràcia Walks
""",
    ),
]
