"""Corpus 171: interview invitations, reschedules/cancellations and missed-interview notices.

Each dict is one hand-written message; make_hundredseventyfirst.py turns it into MIME.
"""

from __future__ import annotations

from msgs171_common import (
    CANDIDATE,
    CANDIDATE_NAME,
    ats_card,
    forward,
    outlook_reply,
    outlook_word,
    reply,
    simple_html,
)

# ============================================================== thread texts used elsewhere

AZ_INVITE = """Bonjour Aminata,

Merci pour votre candidature au poste de Chargée de marketing touristique pour notre collection Riviera. Votre parcours d'hôtesse sur les congrès et salons niçois a retenu notre attention, en particulier l'accueil des délégations internationales.

Je vous propose un premier échange téléphonique d'une trentaine de minutes pour faire connaissance et vous présenter le poste. Seriez-vous disponible mardi 17 février à 14h00, ou à défaut jeudi 19 février à 10h30 ?

Merci de me confirmer le créneau qui vous convient ; je vous appellerai au numéro indiqué sur votre CV.

Bien cordialement,

Camille Ferrand
Chargée de recrutement
Hôtels Azuréens – Direction des Ressources Humaines
18 avenue de Verdun, 06000 Nice
+33 4 93 21 47 60
"""

AZ_CONFIRM = """Bonjour Camille,

Merci beaucoup pour votre message. Mardi 17 février à 14h00 me convient parfaitement, je serai joignable au 06 71 42 88 19.

Belle journée,
Aminata Leclerc-Dubois
"""

CL_INVITE = """Bonjour Aminata,

Suite à votre candidature pour le poste de chargée de promotion touristique (marchés italien et britannique), nous serions ravis d'échanger avec vous.

Je vous envoie une invitation Teams pour le lundi 20 avril à 10h00. L'entretien durera environ 45 minutes, avec Julien Ortega, responsable des salons professionnels, et moi-même. Nous aimerions notamment vous entendre sur votre expérience d'accueil pendant le Carnaval et le Festival de Cannes.

Le lien de connexion figure dans l'invitation ci-jointe.

À lundi,

Isabelle Marchetti
Responsable marketing & promotion
Côte Lumière Tourisme
5 promenade des Arts, 06300 Nice
04 92 00 31 58
"""

CL_MISSED = """Bonjour Aminata,

Nous vous avons attendue ce matin sur Teams, Julien et moi, de 10h00 à 10h20, mais vous ne vous êtes pas connectée et nous n'avons pas trouvé de message de votre part.

J'espère que tout va bien. Pourriez-vous me dire si vous êtes toujours intéressée par le poste ?

Cordialement,

Isabelle Marchetti
Responsable marketing & promotion
Côte Lumière Tourisme
"""

CL_APOLOGY = """Bonjour Madame Marchetti,

Je suis sincèrement désolée pour ce matin. J'avais noté l'entretien à 11h00 dans mon agenda au lieu de 10h00, c'est entièrement de ma faute et je m'en excuse auprès de vous et de M. Ortega.

Le poste m'intéresse toujours beaucoup. Serait-il possible de convenir d'un autre moment ? Je suis disponible toute la semaine, y compris en présentiel à Nice.

Avec toutes mes excuses,
Aminata Leclerc-Dubois
06 71 42 88 19
"""

GRASSE_INVITE = """Bonjour Aminata,

Merci encore pour notre premier échange. Nous souhaiterions vous revoir pour un second entretien, cette fois sur place, avec Thierry Gastaud, notre directeur, le mardi 30 juin à 9h30.

Au programme : une visite de notre atelier-musée, puis une mise en situation de 10 minutes. Nous vous demanderons de présenter une idée de campagne pour faire venir les visiteurs individuels hors saison (support libre).

Adresse : 41 route de Pégomas, 06130 Grasse. Parking visiteurs devant l'accueil.

Je vous joins l'invitation à ajouter à votre agenda.

Bien à vous,

Émilie Roussel
Responsable des ressources humaines
Parfums de Grasse Expériences
04 93 40 12 77
"""

GENEVE_INVITE = """Bonjour Madame Leclerc-Dubois,

Nous avons bien étudié votre dossier pour le poste de Coordinatrice marketing & accueil congrès et nous aimerions en parler avec vous lors d'un entretien téléphonique d'environ 30 minutes.

Je vous propose le mardi 15 septembre à 16h00 (heure de Genève). Si cet horaire ne vous convient pas, indiquez-moi simplement deux ou trois créneaux dans la semaine.

Avec mes meilleures salutations,

Marc-Antoine Berset
Responsable du développement
Genève Congrès & Salons
Rue de la Servette 88, 1202 Genève
+41 22 700 41 90
"""

MED_INVITE = """Hola Aminata:

¡Gracias por tu interés en Mediterrània Events! Después de revisar tu candidatura para el puesto de Marketing & Events Assistant, nos gustaría conocerte en una entrevista por videollamada de unos 40 minutos.

Elige el horario que mejor te venga en el siguiente enlace:
https://mediterrania-events.teamtailor.example.com/meetings/8k2Pq

Un saludo,
Marta Puig
Talent & Culture
Mediterrània Events
"""

MED_RESCHEDULE_ASK = """Hola Marta:

Muchas gracias por la invitación. He reservado el miércoles 15 a las 10:00, pero me acaban de confirmar un evento en Niza esa misma mañana como azafata y no podré conectarme.

¿Sería posible cambiarlo al jueves 16 o al viernes 17, a la hora que os venga bien?

Disculpa las molestias y un saludo,
Aminata Leclerc-Dubois
"""

TZ_INVITE = """Guten Tag Frau Leclerc-Dubois,

wie heute Vormittag telefonisch besprochen, hat unser Kunde, die Bavaria Incoming Tours GmbH, großes Interesse an Ihrem Profil für die Stelle als Marketing- und Produktassistentin (Schwerpunkt französischsprachige Märkte).

Das Vorstellungsgespräch findet statt am:
Dienstag, 18. August 2026, 10:00 Uhr
Bavaria Incoming Tours, Sendlinger Straße 27, 80331 München
Ansprechpartnerin vor Ort: Frau Sabine Kellner (Teamleitung Produkt)

Bitte bringen Sie Ihren Lebenslauf in Papierform mit und planen Sie etwa eine Stunde ein. Geben Sie mir nach dem Gespräch gern kurz Rückmeldung, wie es gelaufen ist.

Viel Erfolg!

Mit freundlichen Grüßen
Tobias Brandl
Personalberater
Zeitwerk Personal GmbH
Leopoldstraße 112, 80802 München
Tel. +49 89 2154 7760
"""

HZ_INVITE = """Bonjour Aminata,

Comme évoqué au téléphone, mon client, le Groupe Riviera Palaces, souhaite vous rencontrer pour le poste de Chargée de marketing & partenariats touristiques basé à Cannes.

Le rendez-vous est fixé au jeudi 10 septembre à 15h00 à l'Hôtel Le Belvédère, 9 boulevard de la Croisette, avec Mme Laure Santini, directrice marketing du groupe. Comptez une heure environ ; un cas pratique court sur la clientèle MICE pourra vous être soumis.

Je reste à votre disposition pour préparer cet entretien ensemble en amont, par exemple mardi en fin de journée.

Bien à vous,

Frédéric Morel
Associé – Horizon Conseil Tourisme
Recrutement & conseil pour l'hôtellerie et le tourisme
27 rue de Caumartin, 75009 Paris
+33 1 84 60 22 15
"""

HZ_DISCLAIMER = """--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Horizon Conseil Tourisme décline toute responsabilité quant au contenu de ce message s'il a été altéré ou falsifié.
"""

# ============================================================== interview invitations

INVITATIONS = [
    dict(
        kind="interview_invitation", slug="azureens_phone_screen", lang="fr",
        company="Hôtels Azuréens", contact="camille.ferrand@azureens.example.fr",
        parent="azureens_workday_ack",
        **{"from": ("Camille Ferrand", "camille.ferrand@azureens.example.fr")},
        subject="Votre candidature – Chargée de marketing touristique (Nice)",
        date="2026-02-10 11:02 +0100",
        text=AZ_INVITE,
    ),
    dict(
        kind="interview_invitation", slug="cote_lumiere_teams_invite", lang="fr",
        company="Côte Lumière Tourisme", contact="isabelle.marchetti@cotelumiere.example.fr",
        **{"from": ("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")},
        subject="Entretien – Chargée de promotion touristique – lundi 20 avril 10h00",
        date="2026-04-14 16:20 +0200",
        text=CL_INVITE,
        html=outlook_word(CL_INVITE, "fr"),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071C2A4",
                 "start": "2026-04-20 10:00", "minutes": 45,
                 "summary": "Entretien Aminata Leclerc-Dubois – promotion touristique",
                 "location": "Réunion Microsoft Teams",
                 "description": "Rejoindre la réunion : https://teams.example.com/l/meetup-join/"
                             "19%3ameeting_CL2026",
                 "organizer": ("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr"),
                 "attendees": [("Julien Ortega", "julien.ortega@cotelumiere.example.fr")]},
    ),
    dict(
        kind="interview_invitation", slug="cote_lumiere_new_slot", lang="fr",
        company="Côte Lumière Tourisme", contact="isabelle.marchetti@cotelumiere.example.fr",
        parent="cote_lumiere_apology_sent",
        **{"from": ("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")},
        subject="RE: Entretien manqué ce matin",
        date="2026-04-21 09:15 +0200",
        text=reply(
            """Bonjour Aminata,

Merci pour votre retour, ce sont des choses qui arrivent. Nous vous proposons de nous retrouver jeudi 23 avril à 15h00, cette fois dans nos bureaux du 5 promenade des Arts (3e étage, demandez l'équipe promotion à l'accueil).

Julien sera de nouveau présent. Prévoyez une petite heure.

Confirmez-moi simplement par retour de mail.

Isabelle Marchetti
Côte Lumière Tourisme
""",
            "fr", "lun. 20 avr. 2026 à 12:04", f"{CANDIDATE_NAME} <{CANDIDATE}>",
            reply(CL_APOLOGY, "fr", "lun. 20 avr. 2026 à 10:38",
                  "Isabelle Marchetti <isabelle.marchetti@cotelumiere.example.fr>",
                  CL_MISSED),
        ),
    ),
    dict(
        kind="interview_invitation", slug="massilia_trial_day", lang="fr",
        company="Massilia Événements", contact="karim@massilia-evenements.example.fr",
        parent="massilia_cv_received",
        **{"from": ("Karim Benali", "karim@massilia-evenements.example.fr")},
        subject="Journée d'immersion samedi 24 janvier",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-01-14 18:47 +0100",
        cte="8bit",
        text="""Bonjour Aminata,

Comme convenu au téléphone tout à l'heure, je vous propose de venir passer une journée d'immersion avec l'équipe le samedi 24 janvier sur le salon Saveurs de Provence au Parc Chanot.

Le matin vous serez avec Manon sur l'accueil des exposants, l'après-midi avec moi pour voir la partie communication : réseaux sociaux en direct, photos, échanges avec l'office de tourisme qui tient le stand voisin. C'est une bonne façon de voir si le poste de chargée de projet junior vous correspond, et pour nous de vous voir en action.

Rendez-vous à 8h00 à l'entrée Hall 1, tenue noire. La journée est rémunérée et le déjeuner est pris en charge.

Dites-moi si c'est bon pour vous.

Karim Benali
Gérant – Massilia Événements
14 rue Sainte, 13001 Marseille
06 62 18 40 95
""",
    ),
    dict(
        kind="interview_invitation", slug="occitanie_panel_ics", lang="fr",
        company="Occitanie Escapades", contact="h.vidal@occitanie-escapades.example.fr",
        **{"from": ("Hélène Vidal", "h.vidal@occitanie-escapades.example.fr")},
        from_enc=("iso-8859-1", "Q"),
        subject="Invitation : entretien chargée marketing digital – jeudi 12 mars 14h",
        date="2026-03-04 10:31 +0100",
        text="""Bonjour Madame Leclerc-Dubois,

Votre candidature au poste de chargée de marketing digital a retenu toute notre attention. Nous avons le plaisir de vous convier à un entretien le jeudi 12 mars à 14h00 dans nos locaux montpelliérains.

Vous rencontrerez Julien Roux, responsable communication, et moi-même. Nous aimerions que vous nous présentiez, en cinq minutes, une publication Instagram que vous auriez imaginée pour faire découvrir l'arrière-pays héraultais.

Adresse : 3 rue de la Loge, 34000 Montpellier (tram ligne 1, arrêt Comédie).

Merci d'accepter l'invitation jointe pour confirmer votre présence.

Hélène Vidal
Directrice
Occitanie Escapades
04 67 58 20 33

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
""",
        ics={"method": "REQUEST", "uid": "occ-2026-0312-lecl@occitanie-escapades.example.fr",
                 "start": "2026-03-12 14:00", "minutes": 60,
                 "summary": "Entretien – chargée marketing digital (A. Leclerc-Dubois)",
                 "location": "Occitanie Escapades, 3 rue de la Loge, 34000 Montpellier",
                 "description": "Entretien avec Julien Roux et Hélène Vidal.",
                 "organizer": ("Hélène Vidal", "h.vidal@occitanie-escapades.example.fr"),
                 "attendees": [("Julien Roux", "j.roux@occitanie-escapades.example.fr")],
                 "attach": True},
    ),
    dict(
        kind="interview_invitation", slug="air_mistral_assessment_centre", lang="fr",
        company="Air Mistral", contact="s.lambert@airmistral.example.fr",
        parent="air_mistral_taleo_ack",
        **{"from": ("Air Mistral – Recrutement", "recrutement@airmistral.example.fr")},
        reply_to=("Sophie Lambert", "s.lambert@airmistral.example.fr"),
        subject="Convocation – journée de sélection Marketing & Fidélisation",
        date="2026-02-16 14:05 +0100",
        text="""Madame,

Nous avons le plaisir de vous convier à notre journée de sélection pour le poste d'Assistante marketing & fidélisation (programme Mistral Plus).

Date : mardi 3 mars 2026, de 9h00 à 16h30
Lieu : siège d'Air Mistral, bâtiment Sirocco, 4 rue du Pont-des-Halles, 94150 Rungis

Déroulé de la journée :
- accueil et présentation de la compagnie ;
- tests écrits (anglais, culture marketing) ;
- exercice collectif sur le lancement d'une nouvelle ligne Nice–Lisbonne ;
- entretien individuel avec un membre de l'équipe marketing.

Merci de vous munir d'une pièce d'identité. Pour toute question, Sophie Lambert reste joignable en répondant à ce message.

L'équipe Recrutement
Air Mistral
""",
        html=ats_card(
            "Air Mistral", "#0b4f8a", "Journée de sélection – Marketing & Fidélisation",
            """Madame,

Nous avons le plaisir de vous convier à notre journée de sélection pour le poste d'Assistante marketing & fidélisation (programme Mistral Plus).

Date : mardi 3 mars 2026, de 9h00 à 16h30
Lieu : siège d'Air Mistral, bâtiment Sirocco, 4 rue du Pont-des-Halles, 94150 Rungis

Au programme : accueil et présentation de la compagnie, tests écrits (anglais, culture marketing), exercice collectif sur le lancement d'une nouvelle ligne Nice–Lisbonne, puis entretien individuel avec un membre de l'équipe marketing.

Merci de vous munir d'une pièce d'identité. Pour toute question, Sophie Lambert reste joignable en répondant à ce message.""",
            "Air Mistral – Direction des ressources humaines – Rungis", "fr",
            button=("Confirmer ma présence", "https://careers.airmistral.example.fr/confirm/AM-5531")),
    ),
    dict(
        kind="interview_invitation", slug="leman_video_interview", lang="fr",
        company="Léman Hospitality", contact="nathalie.perrin@leman-hospitality.example.ch",
        parent="leman_successfactors_ack",
        **{"from": ("Nathalie Perrin", "nathalie.perrin@leman-hospitality.example.ch")},
        subject="Entretien vidéo – Assistante marketing & ventes loisirs",
        date="2026-05-12 08:54 +0200",
        text="""Bonjour Madame Leclerc-Dubois,

Je vous remercie de l'intérêt que vous portez à Léman Hospitality. Votre profil correspond bien à ce que nous recherchons pour renforcer notre équipe marketing loisirs à Genève.

Je vous propose un entretien vidéo via Webex le mardi 19 mai à 9h00 (heure de Genève), en présence de Mme Delacroix, directrice commerciale. Le lien vous sera envoyé la veille.

Merci de me confirmer votre disponibilité.

Meilleures salutations,

Nathalie Perrin
Talent Acquisition Specialist
Léman Hospitality SA
Quai du Mont-Blanc 21, 1201 Genève
T +41 22 906 14 30
""",
        html=simple_html("""Bonjour Madame Leclerc-Dubois,

Je vous remercie de l'intérêt que vous portez à Léman Hospitality. Votre profil correspond bien à ce que nous recherchons pour renforcer notre équipe marketing loisirs à Genève.

Je vous propose un entretien vidéo via Webex le mardi 19 mai à 9h00 (heure de Genève), en présence de Mme Delacroix, directrice commerciale. Le lien vous sera envoyé la veille.

Merci de me confirmer votre disponibilité.

Meilleures salutations,

Nathalie Perrin
Talent Acquisition Specialist
Léman Hospitality SA
Quai du Mont-Blanc 21, 1201 Genève
T +41 22 906 14 30""", "fr"),
    ),
    dict(
        kind="interview_invitation", slug="interim_forwards_client_invite", lang="fr",
        company="Nice Expo Congrès", contact="julie.moretti@interimsudtalents.example.fr",
        parent="interim_sud_registration",
        **{"from": ("Julie Moretti | Intérim Sud Talents",
                    "julie.moretti@interimsudtalents.example.fr")},
        subject="TR: Rencontre candidate – assistante communication salons",
        date="2026-02-24 17:32 +0100",
        text=forward(
            """Bonjour Aminata,

Bonne nouvelle : Nice Expo Congrès souhaite vous rencontrer pour la mission d'assistante communication (6 mois, démarrage avril). Je vous transfère le message de Pascal Giraud ci-dessous.

Le rendez-vous est donc lundi 2 mars à 10h00 au Palais des Expositions, entrée administrative. Je vous appelle demain pour le préparer ensemble.

Julie Moretti
Chargée de recrutement
Intérim Sud Talents – agence Nice Centre
22 boulevard Gambetta, 06000 Nice
04 93 88 61 02
""",
            "fr", "Pascal Giraud <p.giraud@niceexpo.example.fr>",
            "mar. 24 févr. 2026 à 16:58",
            "Rencontre candidate – assistante communication salons",
            "Julie Moretti <julie.moretti@interimsudtalents.example.fr>",
            """Bonjour Julie,

Le profil de Mme Leclerc-Dubois nous plaît beaucoup, surtout son expérience terrain sur les salons. Pouvez-vous lui proposer un entretien lundi 2 mars à 10h00 ? Je serai avec notre chargée de communication.

Merci,
Pascal Giraud
Responsable des ressources humaines
Nice Expo Congrès
"""),
    ),
    dict(
        kind="interview_invitation", slug="grasse_second_interview", lang="fr",
        company="Parfums de Grasse Expériences", contact="emilie.roussel@grasse-experiences.example.fr",
        **{"from": ("Émilie Roussel", "emilie.roussel@grasse-experiences.example.fr")},
        from_enc=("utf-8", "B"),
        subject="Second entretien – Chargée de marketing visiteurs",
        date="2026-06-22 11:40 +0200",
        text=GRASSE_INVITE,
        html=simple_html(GRASSE_INVITE, "fr"),
        ics={"method": "REQUEST", "uid": "grasse-2nd-0630@grasse-experiences.example.fr",
                 "sequence": 0, "start": "2026-06-30 09:30", "minutes": 90,
                 "summary": "Second entretien – Aminata Leclerc-Dubois",
                 "location": "Parfums de Grasse Expériences, 41 route de Pégomas, Grasse",
                 "description": "Visite de l'atelier-musée puis mise en situation.",
                 "organizer": ("Émilie Roussel", "emilie.roussel@grasse-experiences.example.fr"),
                 "attendees": [("Thierry Gastaud", "thierry.gastaud@grasse-experiences.example.fr")],
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "cte": "8bit"},
    ),
    dict(
        kind="interview_invitation", slug="geneve_congres_phone", lang="fr",
        company="Genève Congrès & Salons", contact="ma.berset@geneve-congres.example.ch",
        **{"from": ("Marc-Antoine Berset", "ma.berset@geneve-congres.example.ch")},
        subject="Votre candidature - Coordinatrice marketing & accueil congrès",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-09-09 15:12 +0200",
        charset="iso-8859-1",
        text=GENEVE_INVITE,
    ),
    dict(
        kind="interview_invitation", slug="villa_cimiez_casual_thursday", lang="fr",
        company="Villa Cimiez Événements", contact="stephane@villacimiez.example.fr",
        **{"from": ("Stéphane Alberti", "stephane@villacimiez.example.fr")},
        subject="Un café jeudi ?",
        date="2026-10-01 21:16 +0200",
        text="""Salut Aminata,

Julie, chez Intérim Sud Talents, m'a transmis ton CV et m'a dit beaucoup de bien de toi. On cherche quelqu'un pour reprendre la com' et le marketing de la villa (mariages, séminaires, soirées d'entreprise), et ton profil me parle.

Tu serais libre jeudi vers 17h pour qu'on en discute autour d'un café, directement à la villa ? Ça me permettra de te montrer les lieux et de t'expliquer ce qu'on attend. Rien de formel, viens comme tu es.

L'adresse : 160 avenue des Arènes de Cimiez, sonne au portail.

À jeudi j'espère,
Stéphane
06 09 55 73 21

Envoyé de mon iPhone
""",
    ),
    dict(
        kind="interview_invitation", slug="lutece_smartrecruiters_schedule", lang="fr",
        company="Lutèce Voyages", contact="",
        parent="lutece_smartrecruiters_ack",
        **{"from": ("Lutèce Voyages", "noreply@smartrecruiters.com")},
        subject="Lutèce Voyages : choisissez votre créneau d'entretien",
        subject_enc=("utf-8", "B"),
        date="2026-03-11 07:30 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Lutèce Voyages", "#7a1f3d", "Planifions votre entretien",
            """Bonjour Aminata,

Merci pour votre candidature au poste « Chef de projet marketing voyages groupes (H/F) » à Paris.

Romain Dufresne, responsable recrutement, souhaite s'entretenir avec vous par téléphone (30 minutes). Choisissez le créneau qui vous convient parmi les disponibilités proposées. Vous recevrez une confirmation avec les détails.

Cette invitation est valable 5 jours.""",
            "Ce message a été envoyé via SmartRecruiters pour le compte de Lutèce Voyages. "
            "Merci de ne pas répondre directement à cet e-mail.", "fr",
            button=("Choisir un créneau",
                    "https://jobs.smartrecruiters.com/example/lutece-voyages/schedule/7f3a9c")),
    ),
    dict(
        kind="interview_invitation", slug="horizon_client_riviera_palaces", lang="fr",
        company="Groupe Riviera Palaces", contact="f.morel@horizon-conseil.example.fr",
        **{"from": ("Frédéric Morel", "f.morel@horizon-conseil.example.fr")},
        subject="Entretien Groupe Riviera Palaces – jeudi 10 septembre 15h",
        subject_enc=("utf-8", "B"),
        date="2026-09-03 18:22 +0200",
        text=HZ_INVITE + "\n" + HZ_DISCLAIMER,
        html=outlook_word(HZ_INVITE + "\n" + HZ_DISCLAIMER, "fr"),
        cte="base64",
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="interview_invitation", slug="monte_riviera_greenhouse_link", lang="en",
        company="Monte Riviera Resorts", contact="olivia.grant@monteriviera.example.mc",
        parent="monte_riviera_greenhouse_ack",
        **{"from": ("Olivia Grant via Greenhouse", "no-reply@greenhouse-mail.io")},
        reply_to=("Olivia Grant", "olivia.grant@monteriviera.example.mc"),
        subject="Monte Riviera Resorts – let's find a time to talk",
        date="2026-03-17 09:41 -0400",
        text="""Hi Aminata,

Thanks for applying for the Destination Marketing Executive role at Monte Riviera Resorts. I enjoyed reading about your work with international delegations in Nice and Cannes, and I'd love to set up a 30-minute video call so we can get to know each other.

Please pick a time that suits you using the link below:
https://app.greenhouse.io/example/schedule/monteriviera/3f9e1b7c

If none of the slots work, just reply to this email and we'll sort something out.

Best,
Olivia Grant
Talent Acquisition Partner
Monte Riviera Resorts
""",
        html=simple_html("""Hi Aminata,

Thanks for applying for the Destination Marketing Executive role at Monte Riviera Resorts. I enjoyed reading about your work with international delegations in Nice and Cannes, and I'd love to set up a 30-minute video call so we can get to know each other.

Please pick a time that suits you using the link below:
https://app.greenhouse.io/example/schedule/monteriviera/3f9e1b7c

If none of the slots work, just reply to this email and we'll sort something out.

Best,
Olivia Grant
Talent Acquisition Partner
Monte Riviera Resorts""", "en"),
    ),
    dict(
        kind="interview_invitation", slug="monte_riviera_panel_ics", lang="en",
        company="Monte Riviera Resorts", contact="olivia.grant@monteriviera.example.mc",
        parent="monte_riviera_greenhouse_link",
        **{"from": ("Olivia Grant", "olivia.grant@monteriviera.example.mc")},
        subject="Invitation: Panel interview – Aminata Leclerc-Dubois @ Wed Apr 8, 2026 "
                "10am - 11am (CEST)",
        date="2026-03-26 15:03 +0100",
        text="""Hi Aminata,

Great speaking with you last week. As discussed, the next step is a panel interview with Luca Ferraro (Director of Marketing) and Hanna Berg (Brand & Partnerships Manager).

When: Wednesday 8 April, 10:00-11:00 (Monaco time)
Where: Monte Riviera Resorts, 7 avenue Princesse Grace, Monaco – reception will direct you to the 4th floor

Please bring a short case: one idea to grow spring-season bookings from the Italian market. Five slides maximum, no need to send them in advance.

Accept the calendar invite so we know you're coming.

Olivia
""",
        ics={"method": "REQUEST", "uid": "7k2m9p0q1r@google.example.com", "sequence": 0,
                 "start": "2026-04-08 10:00", "minutes": 60,
                 "summary": "Panel interview – Aminata Leclerc-Dubois",
                 "location": "Monte Riviera Resorts, 7 avenue Princesse Grace, Monaco",
                 "description": "Panel with Luca Ferraro and Hanna Berg. Case: spring bookings "
                             "from the Italian market.",
                 "organizer": ("Olivia Grant", "olivia.grant@monteriviera.example.mc"),
                 "attendees": [("Luca Ferraro", "luca.ferraro@monteriviera.example.mc"),
                            ("Hanna Berg", "hanna.berg@monteriviera.example.mc")],
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "attach": True},
    ),
    dict(
        kind="interview_invitation", slug="meridian_phone_screen", lang="en",
        company="Meridian Cruises", contact="daniel.okafor@meridiancruises.example.com",
        parent="meridian_icims_ack",
        **{"from": ("Daniel Okafor", "daniel.okafor@meridiancruises.example.com")},
        subject="Quick phone screen? Onboard Experience Marketing Coordinator",
        date="2026-04-08 12:15 +0200",
        text="""Hello Aminata,

I'm the recruiter looking after the Onboard Experience Marketing Coordinator opening at our Marseille office. Your background in hosting and guest-facing events caught my eye.

Would you have 20 minutes this week for a phone screen? I'm flexible Thursday afternoon or Friday morning. It's a relaxed conversation: your motivation, your languages, and what the role actually looks like day to day.

Let me know what works and the best number to reach you.

Kind regards,

Daniel Okafor
Senior Talent Acquisition Partner
Meridian Cruises
Quai de la Joliette 40, 13002 Marseille, France
+33 4 91 08 52 60
""",
    ),
    dict(
        kind="interview_invitation", slug="blue_grotto_free_thursday", lang="en",
        company="Blue Grotto Hospitality", contact="claire.vella@bluegrotto.example.mt",
        parent="blue_grotto_workable_ack",
        **{"from": ("Claire Vella", "claire.vella@bluegrotto.example.mt")},
        subject="Quick chat?",
        date="2026-05-13 10:07 +0200",
        text="""Hi Aminata!

Thanks for applying for the Marketing & Guest Experience Coordinator role at our St Julian's hotels. Are you free Thursday to chat? Something like 11:00 Malta time on Zoom, half an hour max, no prep needed.

If Thursday doesn't suit, throw me a couple of times that do.

Claire
People & Culture | Blue Grotto Hospitality
Triq San Ġorġ, St Julian's STJ 3208, Malta
""",
        html=simple_html("""Hi Aminata!

Thanks for applying for the Marketing & Guest Experience Coordinator role at our St Julian's hotels. Are you free Thursday to chat? Something like 11:00 Malta time on Zoom, half an hour max, no prep needed.

If Thursday doesn't suit, throw me a couple of times that do.

Claire
People & Culture | Blue Grotto Hospitality
Triq San Ġorġ, St Julian's STJ 3208, Malta""", "en"),
    ),
    dict(
        kind="interview_invitation", slug="calypso_air_lever_video", lang="en",
        company="Calypso Air", contact="mark.azzopardi@calypsoair.example.mt",
        parent="calypso_air_lever_ack",
        **{"from": ("Mark Azzopardi (Calypso Air)", "no-reply@hire.lever.co")},
        reply_to=("Mark Azzopardi", "mark.azzopardi@calypsoair.example.mt"),
        subject="Interview invitation: Calypso Air – Ancillary & Destination Marketing Assistant",
        date="2026-06-10 13:28 +0000",
        text="""Hi Aminata,

Thank you for your interest in Calypso Air. We'd like to invite you to a video interview for the Ancillary & Destination Marketing Assistant position.

Date: Tuesday 16 June 2026
Time: 14:00-14:45 (Malta time, CEST)
Format: Microsoft Teams – the link is in the attached invitation
Interviewers: Mark Azzopardi (Talent Acquisition) and Rebecca Grech (Destination Marketing Lead)

Feel free to reply to this email if you have any questions.

Best regards,
Mark Azzopardi
Talent Acquisition | Calypso Air
Malta International Airport, Luqa LQA 4000
""",
        ics={"method": "REQUEST", "uid": "lever-int-5c1e88a2@hire.lever.co", "sequence": 0,
                 "start": "2026-06-16 14:00", "minutes": 45, "tzid": "Europe/Malta",
                 "summary": "Calypso Air interview – Aminata Leclerc-Dubois",
                 "location": "Microsoft Teams",
                 "description": "Join: https://teams.example.com/l/meetup-join/calypso-5c1e88",
                 "organizer": ("Mark Azzopardi", "mark.azzopardi@calypsoair.example.mt"),
                 "attendees": [("Rebecca Grech", "rebecca.grech@calypsoair.example.mt")],
                 "prodid": "-//Lever//Interview Scheduling//EN", "cte": "qp"},
    ),
    dict(
        kind="interview_invitation", slug="wanderly_ashby_schedule", lang="en",
        company="Wanderly", contact="",
        **{"from": ("Wanderly Hiring", "no-reply@ashbyhq.com")},
        subject="Schedule your interview with Wanderly",
        date="2026-09-07 08:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Aminata,

Sara Lindqvist would like to schedule a 45-minute interview with you for the Community & Content Marketing (FR market) role at Wanderly.

Pick a time here: https://app.ashbyhq.com/example/wanderly/interview/schedule/aa81f0

The interview takes place on Google Meet. You'll get a calendar invite once you've booked.

— The Wanderly team
(sent via Ashby; replies to this address are not monitored)
""",
        html=ats_card(
            "Wanderly", "#ff6b4a", "Book your interview",
            """Hi Aminata,

Sara Lindqvist would like to schedule a 45-minute interview with you for the Community & Content Marketing (FR market) role at Wanderly.

The interview takes place on Google Meet. You'll get a calendar invite once you've booked.""",
            "Sent via Ashby. Replies to this address are not monitored.", "en",
            button=("Pick a time", "https://app.ashbyhq.com/example/wanderly/interview/schedule/aa81f0")),
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="interview_invitation", slug="isartal_invite_ics", lang="de",
        company="Isartal Events", contact="lena.hofbauer@isartal-events.example.de",
        parent="isartal_personio_ack",
        **{"from": ("Lena Hofbauer", "lena.hofbauer@isartal-events.example.de")},
        subject="Einladung zum Vorstellungsgespräch – Junior Marketing Manager Incentive-Reisen",
        subject_enc=("utf-8", "Q"),
        date="2026-06-09 09:18 +0200",
        text="""Liebe Frau Leclerc-Dubois,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Isartal Events. Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 16. Juni 2026, 10:00 bis 11:00 Uhr
Isartal Events, Rosenheimer Straße 145, 81671 München (2. OG)

Sie sprechen mit Florian Maier (Leitung Marketing) und mir. Falls Sie lieber per Video teilnehmen möchten, geben Sie mir kurz Bescheid.

Eine Kalendereinladung ist beigefügt.

Herzliche Grüße aus München
Lena Hofbauer
People & Recruiting
Isartal Events GmbH
Tel. +49 89 4411 2090
""",
        html=simple_html("""Liebe Frau Leclerc-Dubois,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Isartal Events. Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 16. Juni 2026, 10:00 bis 11:00 Uhr
Isartal Events, Rosenheimer Straße 145, 81671 München (2. OG)

Sie sprechen mit Florian Maier (Leitung Marketing) und mir. Falls Sie lieber per Video teilnehmen möchten, geben Sie mir kurz Bescheid.

Eine Kalendereinladung ist beigefügt.

Herzliche Grüße aus München
Lena Hofbauer
People & Recruiting
Isartal Events GmbH
Tel. +49 89 4411 2090""", "de"),
        ics={"method": "REQUEST", "uid": "isartal-vg-0616-lld@isartal-events.example.de",
                 "start": "2026-06-16 10:00", "minutes": 60, "tzid": "Europe/Berlin",
                 "summary": "Vorstellungsgespräch Aminata Leclerc-Dubois",
                 "location": "Isartal Events, Rosenheimer Straße 145, 81671 München",
                 "description": "Gespräch mit Florian Maier und Lena Hofbauer.",
                 "organizer": ("Lena Hofbauer", "lena.hofbauer@isartal-events.example.de"),
                 "attendees": [("Florian Maier", "florian.maier@isartal-events.example.de")]},
    ),
    dict(
        kind="interview_invitation", slug="zeitwerk_client_interview", lang="de",
        company="Bavaria Incoming Tours", contact="t.brandl@zeitwerk-personal.example.de",
        parent="zeitwerk_registration",
        **{"from": ("Tobias Brandl", "t.brandl@zeitwerk-personal.example.de")},
        subject="Vorstellungsgespräch bei unserem Kunden am 18.08.",
        date="2026-08-11 16:40 +0200",
        charset="iso-8859-1",
        text=TZ_INVITE,
    ),
    dict(
        kind="interview_invitation", slug="messeglanz_auswahltag", lang="de",
        company="Messeglanz München", contact="a.huber@messeglanz.example.de",
        **{"from": ("Andreas Huber", "a.huber@messeglanz.example.de")},
        subject="Einladung zum Auswahltag am 3. September",
        date="2026-08-20 11:25 +0200",
        text="""Sehr geehrte Frau Leclerc-Dubois,

vielen Dank für Ihre Bewerbung als Marketing Coordinator für Messe- und Kongressauftritte. Wir freuen uns, Sie zu unserem Auswahltag einzuladen.

Termin: Donnerstag, 3. September 2026, 9:00 bis ca. 15:00 Uhr
Ort: Messeglanz München, Am Messesee 2, 81829 München

Ablauf: Vorstellung des Unternehmens, Gruppenübung zur Planung eines Messestands, Präsentation (10 Minuten) zu einem Thema, das wir Ihnen eine Woche vorher schicken, und ein Einzelgespräch.

Bitte bestätigen Sie Ihre Teilnahme bis zum 27. August. Reisekosten erstatten wir bis 150 Euro.

Mit freundlichen Grüßen

Andreas Huber
Leiter Personal
Messeglanz München GmbH
Tel. +49 89 9077 3310
www.messeglanz.example.de
""",
        html=outlook_word("""Sehr geehrte Frau Leclerc-Dubois,

vielen Dank für Ihre Bewerbung als Marketing Coordinator für Messe- und Kongressauftritte. Wir freuen uns, Sie zu unserem Auswahltag einzuladen.

Termin: Donnerstag, 3. September 2026, 9:00 bis ca. 15:00 Uhr
Ort: Messeglanz München, Am Messesee 2, 81829 München

Ablauf: Vorstellung des Unternehmens, Gruppenübung zur Planung eines Messestands, Präsentation (10 Minuten) zu einem Thema, das wir Ihnen eine Woche vorher schicken, und ein Einzelgespräch.

Bitte bestätigen Sie Ihre Teilnahme bis zum 27. August. Reisekosten erstatten wir bis 150 Euro.

Mit freundlichen Grüßen

Andreas Huber
Leiter Personal
Messeglanz München GmbH
Tel. +49 89 9077 3310
www.messeglanz.example.de""", "de"),
    ),
    dict(
        kind="interview_invitation", slug="nordlicht_telefoninterview", lang="de",
        company="Nordlicht Kreuzfahrten", contact="katrin.vogt@nordlicht-kreuzfahrten.example.de",
        **{"from": ("Katrin Vogt", "katrin.vogt@nordlicht-kreuzfahrten.example.de")},
        subject="Ihre Bewerbung: kurzes Telefonat am Freitag?",
        date="2026-09-01 14:52 +0200",
        text="""Hallo Frau Leclerc-Dubois,

danke für Ihre Unterlagen zur Stelle Vertriebs- und Marketingassistenz (französische Märkte). Ich würde gern in einem kurzen Telefonat ein paar Fragen klären – vor allem zu Ihren Deutschkenntnissen und Ihrer Verfügbarkeit ab Oktober.

Passt es Ihnen am Freitag, 4. September, um 11 Uhr? Dann rufe ich Sie unter der Nummer aus Ihrem Lebenslauf an. Etwa 20 Minuten.

Viele Grüße
Katrin Vogt
Personal – Nordlicht Kreuzfahrten, Büro München
Tel. +49 89 5527 160
""",
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="interview_invitation", slug="mediterrania_teamtailor_link", lang="es",
        company="Mediterrània Events", contact="marta.puig@mediterrania-events.example.es",
        parent="mediterrania_teamtailor_ack",
        **{"from": ("Marta Puig (Mediterrània Events)", "no-reply@teamtailor-mail.com")},
        reply_to=("Marta Puig", "marta.puig@mediterrania-events.example.es"),
        subject="Entrevista con Mediterrània Events – elige tu horario",
        date="2026-07-08 12:03 +0200",
        text=MED_INVITE,
        html=ats_card("Mediterrània Events", "#00838f", "Te invitamos a una entrevista",
                      MED_INVITE, "Enviado con Teamtailor en nombre de Mediterrània Events.",
                      "es", button=("Elegir horario",
                                    "https://mediterrania-events.teamtailor.example.com/"
                                    "meetings/8k2Pq")),
    ),
    dict(
        kind="interview_invitation", slug="brisa_marina_entrevista", lang="es",
        company="Hotel Brisa Marina", contact="jordi.ferrer@brisamarina.example.es",
        parent="brisa_marina_cv_recibido",
        **{"from": ("Jordi Ferrer", "jordi.ferrer@brisamarina.example.es")},
        subject="Entrevista: Coordinadora de marketing y eventos",
        subject_enc=("iso-8859-1", "B"),
        date="2026-07-15 10:44 +0200",
        charset="iso-8859-1", cte="base64",
        text="""Buenos días, Aminata:

Gracias por enviarnos tu candidatura. Nos ha gustado mucho tu experiencia en congresos y ferias, y queremos conocerte en persona.

Te proponemos una entrevista el martes 21 de julio a las 10:00 en el hotel (Passeig Marítim de la Barceloneta 54, Barcelona). Pregunta por mí en recepción. Si te resulta difícil venir desde Niza, podemos hacerla por videollamada.

Confírmame, por favor, si te va bien.

Un saludo cordial,

Jordi Ferrer
Responsable de Recursos Humanos
Hotel Brisa Marina
Tel. +34 932 21 45 80
""",
    ),
    dict(
        kind="interview_invitation", slug="costa_brava_videollamada", lang="es",
        company="Costa Brava Experiences", contact="nuria.soler@costabrava-exp.example.es",
        parent="costa_brava_recruitee_ack",
        **{"from": ("Núria Soler", "nuria.soler@costabrava-exp.example.es")},
        from_enc=("iso-8859-1", "Q"),
        subject="¿Hablamos el miércoles?",
        date="2026-08-12 17:35 +0200",
        text="""Hola Aminata,

Soy Núria, de Costa Brava Experiences. He visto tu candidatura para el puesto de Marketing de Experiencias (campañas para público francés) y me encantaría hablar contigo.

¿Te va bien una videollamada el miércoles 19 a las 9:30? Serán unos 30 minutos por Google Meet: https://meet.example.com/cbx-ntr-419

Si no puedes, dime qué día te encaja mejor.

Un abrazo,
Núria Soler
Costa Brava Experiences · Girona
+34 872 20 18 44
""",
    ),
]

# ============================================================== reschedules and cancellations

RESCHEDULES = [
    dict(
        kind="interview_reschedule_or_cancel", slug="azureens_moved_slot", lang="fr",
        company="Hôtels Azuréens", contact="camille.ferrand@azureens.example.fr",
        parent="azureens_phone_screen",
        **{"from": ("Camille Ferrand", "camille.ferrand@azureens.example.fr")},
        subject="RE: Votre candidature – Chargée de marketing touristique (Nice)",
        date="2026-02-13 17:55 +0100",
        text=reply(
            """Bonjour Aminata,

Je suis désolée, je dois revenir sur notre rendez-vous de mardi 14h00 : un comité de direction a été avancé au même moment. Pourrions-nous décaler notre échange au jeudi 19 février à 10h30 ? La durée et le format ne changent pas, je vous appelle toujours sur votre portable.

Merci de votre compréhension,

Camille Ferrand
Chargée de recrutement – Hôtels Azuréens
""",
            "fr", "mar. 10 févr. 2026 à 13:20", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            reply(AZ_CONFIRM, "fr", "mar. 10 févr. 2026 à 11:02",
                  "Camille Ferrand <camille.ferrand@azureens.example.fr>", AZ_INVITE),
        ),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="occitanie_method_cancel", lang="fr",
        company="Occitanie Escapades", contact="h.vidal@occitanie-escapades.example.fr",
        parent="occitanie_panel_ics",
        **{"from": ("Hélène Vidal", "h.vidal@occitanie-escapades.example.fr")},
        from_enc=("iso-8859-1", "Q"),
        subject="Annulé : Entretien – chargée marketing digital (A. Leclerc-Dubois)",
        date="2026-03-10 19:02 +0100",
        text="""Bonjour Madame Leclerc-Dubois,

Je suis contrainte d'annuler notre entretien de ce jeudi 12 mars. Notre conseil d'administration doit réexaminer le budget alloué à ce recrutement lors de sa séance de fin de mois, et je ne souhaite pas vous faire venir avant d'avoir une visibilité claire.

Je reviendrai vers vous dès que possible. Toutes mes excuses pour ce contretemps.

Hélène Vidal
Directrice – Occitanie Escapades
""",
        ics={"method": "CANCEL", "uid": "occ-2026-0312-lecl@occitanie-escapades.example.fr",
                 "sequence": 1, "start": "2026-03-12 14:00", "minutes": 60,
                 "summary": "Annulé : Entretien – chargée marketing digital (A. Leclerc-Dubois)",
                 "location": "Occitanie Escapades, 3 rue de la Loge, 34000 Montpellier",
                 "organizer": ("Hélène Vidal", "h.vidal@occitanie-escapades.example.fr"),
                 "attendees": [("Julien Roux", "j.roux@occitanie-escapades.example.fr")],
                 "attach": True},
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="leman_interviewer_ill", lang="fr",
        company="Léman Hospitality", contact="nathalie.perrin@leman-hospitality.example.ch",
        parent="leman_video_interview",
        **{"from": ("Nathalie Perrin", "nathalie.perrin@leman-hospitality.example.ch")},
        subject="Report de votre entretien de demain",
        date="2026-05-18 16:47 +0200",
        charset="iso-8859-1",
        text="""Bonjour Madame Leclerc-Dubois,

Mme Delacroix est malheureusement souffrante et ne pourra pas assurer l'entretien prévu demain matin à 9h00. Plutôt que de le mener sans elle, nous préférons le reporter.

Seriez-vous disponible le mercredi 27 mai à 10h00 ? Le format reste le même (Webex), je vous renverrai le lien la veille.

Avec nos excuses pour ce changement de dernière minute,

Nathalie Perrin
Talent Acquisition Specialist
Léman Hospitality SA
T +41 22 906 14 30
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="air_mistral_session_moved", lang="fr",
        company="Air Mistral", contact="s.lambert@airmistral.example.fr",
        parent="air_mistral_assessment_centre",
        **{"from": ("Sophie Lambert", "s.lambert@airmistral.example.fr")},
        subject="Journée de sélection : changement de date",
        date="2026-02-20 10:12 +0100",
        html=outlook_word("""Bonjour Madame Leclerc-Dubois,

En raison d'un mouvement social annoncé le 3 mars sur les plateformes aéroportuaires, nous déplaçons la journée de sélection Marketing & Fidélisation au jeudi 5 mars 2026, mêmes horaires (9h00 – 16h30) et même lieu.

Si cette nouvelle date vous pose problème, merci de me le signaler avant le 26 février afin que nous puissions vous proposer la session suivante.

Cordialement,

Sophie Lambert
Chargée de recrutement
Air Mistral – Bâtiment Sirocco, Rungis
01 56 70 48 12""", "fr"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="grasse_update_sequence", lang="fr",
        company="Parfums de Grasse Expériences", contact="emilie.roussel@grasse-experiences.example.fr",
        parent="grasse_second_interview",
        **{"from": ("Émilie Roussel", "emilie.roussel@grasse-experiences.example.fr")},
        from_enc=("utf-8", "B"),
        subject="Invitation mise à jour : Second entretien – Aminata Leclerc-Dubois "
                "@ mar. 30 juin 2026 11:00 - 12:30",
        date="2026-06-24 09:06 +0200",
        text="""Bonjour Aminata,

Petite modification : notre directeur a un rendez-vous fournisseur qui déborde sur la matinée. Le second entretien du mardi 30 juin est donc décalé à 11h00 au lieu de 9h30, même lieu. L'invitation a été mise à jour.

La mise en situation reste inchangée.

À mardi,
Émilie
""",
        ics={"method": "REQUEST", "uid": "grasse-2nd-0630@grasse-experiences.example.fr",
                 "sequence": 1, "start": "2026-06-30 11:00", "minutes": 90,
                 "summary": "Second entretien – Aminata Leclerc-Dubois",
                 "location": "Parfums de Grasse Expériences, 41 route de Pégomas, Grasse",
                 "description": "Horaire modifié : 11h00 au lieu de 9h30.",
                 "organizer": ("Émilie Roussel", "emilie.roussel@grasse-experiences.example.fr"),
                 "attendees": [("Thierry Gastaud", "thierry.gastaud@grasse-experiences.example.fr")],
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "cte": "8bit"},
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="interim_client_postpones", lang="fr",
        company="Nice Expo Congrès", contact="julie.moretti@interimsudtalents.example.fr",
        parent="interim_forwards_client_invite",
        **{"from": ("Julie Moretti | Intérim Sud Talents",
                    "julie.moretti@interimsudtalents.example.fr")},
        subject="Entretien Nice Expo Congrès de lundi : décalé",
        subject_enc=("iso-8859-1", "B"),
        date="2026-02-27 12:26 +0100",
        text="""Bonjour Aminata,

Petit contretemps : Pascal Giraud m'informe que le rendez-vous de lundi 10h00 ne pourra pas être maintenu, il est mobilisé sur le montage du Salon de l'Habitat tout le début de semaine.

Il me redonne une date dès la semaine prochaine. Rien ne change sur le fond, votre candidature reste la seule retenue pour cette mission à ce stade.

Je vous tiens au courant.

Julie Moretti
Intérim Sud Talents – agence Nice Centre
04 93 88 61 02
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="horizon_meeting_cancelled", lang="fr",
        company="Groupe Riviera Palaces", contact="f.morel@horizon-conseil.example.fr",
        parent="horizon_client_riviera_palaces",
        **{"from": ("Frédéric Morel", "f.morel@horizon-conseil.example.fr")},
        subject="RE: Entretien Groupe Riviera Palaces – jeudi 10 septembre 15h",
        date="2026-09-08 08:41 +0200",
        text=outlook_reply(
            """Bonjour Aminata,

Le Groupe Riviera Palaces me demande d'annuler le rendez-vous de jeudi : Mme Santini doit se rendre en urgence sur l'un de leurs établissements à Saint-Tropez. Il ne s'agit en aucun cas d'une remise en cause de votre candidature, qui reste en tête de ma short-list.

Je reviens vers vous dès que j'ai une nouvelle date.

Bien à vous,
Frédéric Morel
Associé – Horizon Conseil Tourisme
+33 1 84 60 22 15
""" + "\n" + HZ_DISCLAIMER,
            "fr", "Frédéric Morel", "jeudi 3 septembre 2026 18:22",
            "Aminata Leclerc-Dubois", "Entretien Groupe Riviera Palaces – jeudi 10 septembre 15h",
            HZ_INVITE),
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="interview_reschedule_or_cancel", slug="monte_riviera_updated_invite", lang="en",
        company="Monte Riviera Resorts", contact="olivia.grant@monteriviera.example.mc",
        parent="monte_riviera_panel_ics",
        **{"from": ("Olivia Grant", "olivia.grant@monteriviera.example.mc")},
        subject="Updated invitation: Panel interview – Aminata Leclerc-Dubois @ Thu Apr 9, 2026 "
                "2pm - 3pm (CEST)",
        date="2026-04-02 11:37 +0200",
        text="""Hi Aminata,

Luca has been called to a board meeting on Wednesday morning, so we've moved your panel to Thursday 9 April, 14:00-15:00, same place. The invite has been updated; please accept the new time if it works, or let me know and we'll find another slot.

Sorry for the shuffle!

Olivia
""",
        html=simple_html("""Hi Aminata,

Luca has been called to a board meeting on Wednesday morning, so we've moved your panel to Thursday 9 April, 14:00-15:00, same place. The invite has been updated; please accept the new time if it works, or let me know and we'll find another slot.

Sorry for the shuffle!

Olivia""", "en"),
        ics={"method": "REQUEST", "uid": "7k2m9p0q1r@google.example.com", "sequence": 1,
                 "start": "2026-04-09 14:00", "minutes": 60,
                 "summary": "Panel interview – Aminata Leclerc-Dubois",
                 "location": "Monte Riviera Resorts, 7 avenue Princesse Grace, Monaco",
                 "description": "Moved from Wed 8 April 10:00.",
                 "organizer": ("Olivia Grant", "olivia.grant@monteriviera.example.mc"),
                 "attendees": [("Luca Ferraro", "luca.ferraro@monteriviera.example.mc"),
                            ("Hanna Berg", "hanna.berg@monteriviera.example.mc")],
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "attach": True},
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="meridian_interviewer_off_sick", lang="en",
        company="Meridian Cruises", contact="daniel.okafor@meridiancruises.example.com",
        parent="meridian_phone_screen",
        **{"from": ("Daniel Okafor", "daniel.okafor@meridiancruises.example.com")},
        subject="Tomorrow's second-round call – new date",
        date="2026-04-14 16:09 +0200",
        text="""Hi Aminata,

I'm afraid Giulia, our Head of Guest Marketing, is off sick this week, so we won't be able to hold tomorrow's second-round call as planned.

Could we push it to Tuesday 21 April, same time (15:00)? If that doesn't work for you, send me two or three alternatives and I'll match them with her diary.

Apologies for the late notice.

Daniel Okafor
Senior Talent Acquisition Partner
Meridian Cruises
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="blue_grotto_moved_friday", lang="en",
        company="Blue Grotto Hospitality", contact="claire.vella@bluegrotto.example.mt",
        parent="blue_grotto_free_thursday",
        **{"from": ("Claire Vella", "claire.vella@bluegrotto.example.mt")},
        subject="Re: Quick chat?",
        date="2026-05-14 08:12 +0200",
        text=reply(
            """Morning Aminata,

Change of plan on my side, sorry! A large group arrival landed on my desk for today. Could we do Friday instead, same time (11:00), same Zoom link?

https://zoom.example.com/j/88412093371

Claire
""",
            "en", "Wed, 13 May 2026 at 14:31", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            """Hi Claire,

Thursday at 11:00 works perfectly for me. Looking forward to it!

Best,
Aminata
"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="calypso_air_cancel_ics", lang="en",
        company="Calypso Air", contact="mark.azzopardi@calypsoair.example.mt",
        parent="calypso_air_lever_video",
        **{"from": ("Mark Azzopardi", "mark.azzopardi@calypsoair.example.mt")},
        subject="Canceled: Calypso Air interview – Aminata Leclerc-Dubois",
        date="2026-06-15 17:48 +0200",
        text="""Hi Aminata,

I need to cancel tomorrow's video interview. Rebecca has been pulled into the launch of our new Catania route this week and we'd rather not do the conversation without her.

We're still keen to talk to you; I'll send new times through Lever in the next few days.

Thanks for your patience,
Mark
""",
        ics={"method": "CANCEL", "uid": "lever-int-5c1e88a2@hire.lever.co", "sequence": 1,
                 "start": "2026-06-16 14:00", "minutes": 45, "tzid": "Europe/Malta",
                 "summary": "Canceled: Calypso Air interview – Aminata Leclerc-Dubois",
                 "location": "Microsoft Teams",
                 "organizer": ("Mark Azzopardi", "mark.azzopardi@calypsoair.example.mt"),
                 "attendees": [("Rebecca Grech", "rebecca.grech@calypsoair.example.mt")],
                 "prodid": "-//Lever//Interview Scheduling//EN", "cte": "qp"},
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="interview_reschedule_or_cancel", slug="isartal_termin_verschoben", lang="de",
        company="Isartal Events", contact="lena.hofbauer@isartal-events.example.de",
        parent="isartal_invite_ics",
        **{"from": ("Lena Hofbauer", "lena.hofbauer@isartal-events.example.de")},
        subject="AW: Einladung zum Vorstellungsgespräch – neuer Termin",
        date="2026-06-12 13:30 +0200",
        charset="iso-8859-1",
        text=reply(
            """Liebe Frau Leclerc-Dubois,

leider müssen wir unser Gespräch am Dienstag verschieben, denn Herr Maier ist kurzfristig zu einer Kundenveranstaltung nach Wien gerufen worden.

Neuer Vorschlag: Donnerstag, 18. Juni, 14:00 Uhr, gleicher Ort. Passt Ihnen das? Wenn nicht, nennen Sie mir gerne zwei Alternativen in der nächsten Woche.

Herzliche Grüße
Lena Hofbauer
""",
            "de", "Di., 9. Juni 2026 um 09:18", "Lena Hofbauer "
            "<lena.hofbauer@isartal-events.example.de>",
            """Liebe Frau Leclerc-Dubois,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Isartal Events. Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 16. Juni 2026, 10:00 bis 11:00 Uhr
Isartal Events, Rosenheimer Straße 145, 81671 München (2. OG)
"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="messeglanz_auswahltag_abgesagt", lang="de",
        company="Messeglanz München", contact="a.huber@messeglanz.example.de",
        parent="messeglanz_auswahltag",
        **{"from": ("Andreas Huber", "a.huber@messeglanz.example.de")},
        subject="Absage des Auswahltags am 3. September",
        subject_enc=("utf-8", "B"),
        date="2026-08-26 15:02 +0200",
        text="""Sehr geehrte Frau Leclerc-Dubois,

wir müssen den Auswahltag am 3. September leider absagen, da zu wenige Teilnehmende zusagen konnten. Das betrifft nur den Termin – Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Statt des Auswahltags möchten wir mit den verbleibenden Kandidatinnen und Kandidaten Einzelgespräche führen. Ich melde mich in den nächsten Tagen mit einem Terminvorschlag bei Ihnen.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Andreas Huber
Leiter Personal
Messeglanz München GmbH
""",
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="interview_reschedule_or_cancel", slug="mediterrania_cambio_hora", lang="es",
        company="Mediterrània Events", contact="marta.puig@mediterrania-events.example.es",
        parent="mediterrania_reschedule_request_sent",
        **{"from": ("Marta Puig", "marta.puig@mediterrania-events.example.es")},
        subject="RE: Entrevista con Mediterrània Events – cambio de día",
        date="2026-07-10 09:50 +0200",
        text=reply(
            """Hola Aminata:

¡Sin problema! Hemos cambiado la entrevista al jueves 16 de julio a las 12:00. Te llegará una nueva invitación con el mismo enlace de Teams; la del miércoles queda anulada.

Suerte con el evento en Niza.

Marta
""",
            "es", "jue, 9 jul 2026 a las 22:14", f"Aminata Leclerc-Dubois <{CANDIDATE}>",
            MED_RESCHEDULE_ASK),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brisa_marina_aplazada", lang="es",
        company="Hotel Brisa Marina", contact="jordi.ferrer@brisamarina.example.es",
        parent="brisa_marina_entrevista",
        **{"from": ("Jordi Ferrer", "jordi.ferrer@brisamarina.example.es")},
        subject="Aplazamos la entrevista del martes",
        date="2026-07-17 13:21 +0200",
        cte="8bit",
        text="""Hola Aminata:

Te escribo porque tenemos que aplazar la entrevista del martes 21. Nuestro director general estará de viaje esa semana y prefiere estar presente.

Te propongo el jueves 23 de julio a las 17:00, en el mismo sitio. Si no te encaja, dime qué días tienes libres y lo cuadramos.

Perdona el cambio.

Jordi Ferrer
Responsable de Recursos Humanos
Hotel Brisa Marina
""",
    ),
]

# ============================================================== missed interviews

MISSED = [
    dict(
        kind="missed_interview_notice", slug="cote_lumiere_waited_teams", lang="fr",
        company="Côte Lumière Tourisme", contact="isabelle.marchetti@cotelumiere.example.fr",
        parent="cote_lumiere_teams_invite",
        **{"from": ("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")},
        subject="Entretien manqué ce matin",
        date="2026-04-20 10:38 +0200",
        text=CL_MISSED,
    ),
    dict(
        kind="missed_interview_notice", slug="leman_tried_calling_twice", lang="fr",
        company="Léman Hospitality", contact="nathalie.perrin@leman-hospitality.example.ch",
        parent="leman_interviewer_ill",
        **{"from": ("Nathalie Perrin", "nathalie.perrin@leman-hospitality.example.ch")},
        subject="Notre entretien de ce matin",
        date="2026-05-27 10:41 +0200",
        text="""Bonjour Madame Leclerc-Dubois,

Mme Delacroix et moi étions connectées ce matin à 10h00 pour notre entretien. Ne vous voyant pas arriver sur Webex, j'ai tenté de vous appeler à deux reprises, à 10h05 puis à 10h15, au numéro figurant sur votre CV, et je vous ai laissé un message vocal.

Sans nouvelles de votre part, nous avons dû clore la session. Si un imprévu vous a empêchée de vous connecter, merci de me le faire savoir d'ici vendredi.

Meilleures salutations,

Nathalie Perrin
Talent Acquisition Specialist
Léman Hospitality SA
""",
        html=simple_html("""Bonjour Madame Leclerc-Dubois,

Mme Delacroix et moi étions connectées ce matin à 10h00 pour notre entretien. Ne vous voyant pas arriver sur Webex, j'ai tenté de vous appeler à deux reprises, à 10h05 puis à 10h15, au numéro figurant sur votre CV, et je vous ai laissé un message vocal.

Sans nouvelles de votre part, nous avons dû clore la session. Si un imprévu vous a empêchée de vous connecter, merci de me le faire savoir d'ici vendredi.

Meilleures salutations,

Nathalie Perrin
Talent Acquisition Specialist
Léman Hospitality SA""", "fr"),
        cte="base64",
    ),
    dict(
        kind="missed_interview_notice", slug="lutece_no_answer_phone", lang="fr",
        company="Lutèce Voyages", contact="romain.dufresne@lutece-voyages.example.fr",
        parent="lutece_smartrecruiters_schedule",
        **{"from": ("Romain Dufresne", "romain.dufresne@lutece-voyages.example.fr")},
        subject="Entretien téléphonique de 11h00",
        date="2026-03-18 11:34 +0100",
        text="""Bonjour Aminata,

Nous avions rendez-vous aujourd'hui à 11h00 pour un entretien téléphonique (créneau réservé via notre outil de recrutement). Je vous ai appelée à l'heure prévue puis à 11h15, sans réponse, et votre messagerie était pleine.

Si vous êtes toujours intéressée par le poste de chef de projet marketing voyages groupes, vous pouvez réserver un nouveau créneau depuis le lien initial jusqu'à vendredi.

Cordialement,

Romain Dufresne
Responsable recrutement
Lutèce Voyages
12 rue du Faubourg-Poissonnière, 75010 Paris
""",
    ),
    dict(
        kind="missed_interview_notice", slug="tempoplus_client_no_show", lang="fr",
        company="Escale Provence Excursions", contact="nadia.cherif@tempoplus.example.fr",
        parent="tempoplus_registration",
        **{"from": ("Nadia Cherif – TempoPlus Intérim", "nadia.cherif@tempoplus.example.fr")},
        from_enc=("windows-1252", "Q"),
        subject="Rendez-vous Escale Provence Excursions ce matin",
        date="2026-07-20 10:22 +0200",
        charset="windows-1252",
        text="""Bonjour Aminata,

Le client Escale Provence Excursions vient de m’appeler : vous ne vous êtes pas présentée à l’entretien prévu ce matin à 9h00 à leur comptoir de la gare maritime (poste d’animatrice commerciale excursions croisiéristes).

Ils vous ont attendue une vingtaine de minutes. De mon côté, je n’arrive pas à vous joindre sur votre portable.

Pouvez-vous me rappeler rapidement pour que je puisse leur donner une explication ?

Nadia Cherif
Chargée d’affaires – TempoPlus Intérim Marseille Joliette
04 91 56 07 33
""",
    ),
    dict(
        kind="missed_interview_notice", slug="baie_des_anges_not_joined", lang="fr",
        company="Groupe Hôtelier Baie des Anges", contact="v.castellani@baiedesanges-hotels.example.fr",
        parent="baie_des_anges_accuse_reception",
        **{"from": ("Valérie Castellani", "v.castellani@baiedesanges-hotels.example.fr")},
        subject="Visioconférence de 9h30",
        date="2026-03-02 09:58 +0100",
        charset="windows-1252", cte="qp",
        text="""Bonjour Madame Leclerc-Dubois,

Vous n’avez pas rejoint la visioconférence prévue ce matin à 9h30 pour le poste d’assistante marketing «séjours & bien-être». Nous sommes restés connectés jusqu’à 9h50.

Pouvez-vous me confirmer si vous souhaitez toujours poursuivre le processus ?

Bien cordialement,

Valérie Castellani
Responsable recrutement et mobilité
Groupe Hôtelier Baie des Anges
37 quai des États-Unis – 06300 Nice
Tél. : 04 93 62 18 05
""",
    ),
    # ---------------------------------------------------------------- English
    dict(
        kind="missed_interview_notice", slug="blue_grotto_waited_zoom", lang="en",
        company="Blue Grotto Hospitality", contact="claire.vella@bluegrotto.example.mt",
        parent="blue_grotto_moved_friday",
        **{"from": ("Claire Vella", "claire.vella@bluegrotto.example.mt")},
        subject="Missed you on Zoom",
        date="2026-05-15 11:24 +0200",
        text="""Hi Aminata,

I waited on Zoom for about 15 minutes from 11:00 but didn't see you join, and there was no message in my inbox. Hope everything is OK.

If you'd still like to talk, reply with a couple of times next week and I'll do my best to fit you in.

Claire
People & Culture | Blue Grotto Hospitality
""",
    ),
    dict(
        kind="missed_interview_notice", slug="wanderly_waited_meet", lang="en",
        company="Wanderly", contact="sara@wanderly.example.io",
        parent="wanderly_ashby_schedule",
        **{"from": ("Sara Lindqvist", "sara@wanderly.example.io")},
        subject="Our call today",
        date="2026-09-14 15:22 +0200",
        text="""Hey Aminata,

I was on the Google Meet at 3pm as booked and hung around until about 3:15, but it looks like you couldn't make it. No worries if something came up — just let me know whether you'd like to find another time.

Sara
Co-founder, Wanderly
""",
    ),
    # ---------------------------------------------------------------- German
    dict(
        kind="missed_interview_notice", slug="messeglanz_nicht_erreicht", lang="de",
        company="Messeglanz München", contact="a.huber@messeglanz.example.de",
        parent="messeglanz_auswahltag_abgesagt",
        **{"from": ("Andreas Huber", "a.huber@messeglanz.example.de")},
        subject="Telefoninterview heute 10 Uhr",
        date="2026-09-07 10:31 +0200",
        charset="iso-8859-1", cte="qp",
        text="""Sehr geehrte Frau Leclerc-Dubois,

wir waren heute um 10:00 Uhr zu einem Telefoninterview verabredet. Ich habe Sie um 10:00 und um 10:10 Uhr unter Ihrer Mobilnummer angerufen, Sie aber leider nicht erreicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Mittwoch bei mir, dann versuchen wir es noch einmal.

Mit freundlichen Grüßen
Andreas Huber
Leiter Personal
Messeglanz München GmbH
""",
    ),
    dict(
        kind="missed_interview_notice", slug="bavaria_incoming_nicht_erschienen", lang="de",
        company="Bavaria Incoming Tours", contact="s.kellner@bavaria-incoming.example.de",
        parent="zeitwerk_client_interview",
        **{"from": ("Sabine Kellner", "s.kellner@bavaria-incoming.example.de")},
        cc=[("Tobias Brandl", "t.brandl@zeitwerk-personal.example.de")],
        subject="Ihr heutiger Termin bei Bavaria Incoming Tours",
        date="2026-08-18 10:52 +0200",
        text=outlook_reply(
            """Sehr geehrte Frau Leclerc-Dubois,

wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch erwartet. Leider sind Sie nicht erschienen; wir haben bis 10:30 Uhr gewartet und zweimal versucht, Sie anzurufen.

Herr Brandl von Zeitwerk Personal ist in Kopie.

Mit freundlichen Grüßen
Sabine Kellner
Teamleitung Produkt
Bavaria Incoming Tours GmbH
Sendlinger Straße 27, 80331 München
""",
            "de", "Tobias Brandl", "Dienstag, 11. August 2026 16:40",
            "Aminata Leclerc-Dubois; Sabine Kellner",
            "Vorstellungsgespräch bei unserem Kunden am 18.08.", TZ_INVITE),
    ),
    # ---------------------------------------------------------------- Spanish
    dict(
        kind="missed_interview_notice", slug="costa_brava_no_conectaste", lang="es",
        company="Costa Brava Experiences", contact="nuria.soler@costabrava-exp.example.es",
        parent="costa_brava_videollamada",
        **{"from": ("Núria Soler", "nuria.soler@costabrava-exp.example.es")},
        from_enc=("iso-8859-1", "Q"),
        subject="Te esperamos en Meet esta mañana",
        date="2026-08-19 09:58 +0200",
        text="""Hola Aminata,

Te estuvimos esperando en Google Meet a las 9:30 para la videollamada, pero no llegaste a conectarte. También te escribí por WhatsApp sin respuesta.

Espero que no haya pasado nada. Si sigues interesada, dime y buscamos otro hueco esta semana.

Núria
Costa Brava Experiences
""",
    ),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
