"""Corpus 237, kind `other`: 52 hand-written specs (fr 27, en 14, de 4, es 7).

Digests and newsletters, the candidate's own sent mail, friends, bank, landlord, school, doctor,
parcels, fleet and vessel positions, out-of-office replies, network notifications, course
refusals, press and user-research requests, cold approaches without any event."""

from __future__ import annotations

from msgs237_acks import _ade_app_quoted, _caen_app_quoted
from msgs237_common import (
    CANDIDATE,
    digest_html,
    digest_text,
    forwarded,
    outlook_html,
    paras_of,
    replied,
    simple_html,
    txt,
)
from msgs237_invites import _bra_onsite, _bra_req_quoted, _fla_panel, _fla_req_quoted, _sillage_missed
from msgs237_rejections import _apology_sillage, _scheldt_thanks, _veronneau

ME = CANDIDATE


def _cv(name: str, lang: str) -> tuple[str, list[str]]:
    """The candidate's one-page CV, as attached to his own applications."""
    heads = {
        "fr": ["Lionel Abara-Koenig - Le Havre - 06 71 48 22 90", "Cariste (CACES 1, 3, 5) depuis 2018",
               "Formation déclarant en douane (2025-2026)", "Langues : français, allemand, anglais"],
        "en": ["Lionel Abara-Koenig - Le Havre - +33 6 71 48 22 90", "Forklift driver since 2018",
               "Customs declarant training (2025-2026)", "Languages: French, German, English"],
        "es": ["Lionel Abara-Koenig - Le Havre - +33 6 71 48 22 90", "Carretillero desde 2018",
               "Formación de declarante de aduanas (2025-2026)",
               "Idiomas: francés, alemán, inglés, español (B1)"],
    }
    return name, heads[lang]


_UNSUB = "List-Unsubscribe-Post"

# ---------------------------------------------------------------------------- French

_hebdo_items = [
    ("Déclarant en douane H/F - Le Havre (CDI)", "https://emploi-portuaire.example.fr/o/18842",
     "Commissionnaire en douane, import conteneurs Asie. Entretiens prévus début février."),
    ("Agent de transit maritime - Rouen", "https://emploi-portuaire.example.fr/o/18851",
     "Cotation, réservation, suivi des dossiers export."),
    ("Assistant(e) douane - Caen-Ouistreham", "https://emploi-portuaire.example.fr/o/18860",
     "Ferry transmanche, contrôles post-Brexit, horaires décalés."),
    ("Cariste CACES 5 - Port 2000", "https://emploi-portuaire.example.fr/o/18873",
     "Mission intérim 3 mois renouvelable."),
]
_hebdo_intro = [
    "Bonjour Lionel,",
    "Cette semaine, 4 nouvelles offres correspondent à votre recherche. Bon à savoir : selon notre "
    "baromètre, un candidat sur trois reçoit un refus sans explication après un entretien ; notre "
    "article de la semaine vous aide à demander un retour.",
]
_hebdo_footer = ["Emploi Portuaire Hebdo - vous recevez ce courriel car vous êtes inscrit à nos alertes.",
                 "Se désinscrire : https://emploi-portuaire.example.fr/desinscription?u=77120"]

_rebondir = [
    "Rebondir après un refus : 5 réflexes",
    "« Malheureusement, nous ne pouvons pas donner suite à votre candidature. » Cette phrase, "
    "tout le monde l'a lue un jour. Voici comment en tirer quelque chose.",
    "1. Demandez un retour, poliment et brièvement, dans la semaine.\n"
    "2. Relisez vos notes d'entretien à froid.\n"
    "3. Ne supprimez pas le contact : un poste peut se rouvrir.\n"
    "4. Repérez les compétences qui reviennent dans les refus.\n"
    "5. Fixez-vous un nombre de candidatures par semaine, pas un nombre de réponses.",
    "La semaine prochaine : préparer un entretien en visio sans stress.",
]

_oce_thanks = txt("""
    Bonjour Claire,

    Je tenais à vous remercier, ainsi que M. Vasseur, pour l'entretien de ce matin. L'exercice sur la déclaration d'import m'a permis de voir concrètement le quotidien du service, et il m'a conforté dans mon envie de rejoindre Transitaires Océane.

    Je reste à votre disposition pour tout complément d'information et j'attends votre décision avec impatience.

    Bien cordialement,
    Lionel Abara-Koenig
    06 71 48 22 90
""")

_friend_rejection = txt("""
    Salut Lionel,

    Des nouvelles de mon côté : j'ai eu la réponse de la boîte de Gonfreville pour le poste de déclarant. C'est non. Ils m'ont dit que mon entretien était bien mais qu'ils prenaient quelqu'un avec plus d'expérience. Trois semaines d'attente pour ça...

    Bref, je continue. Et toi, ça avance avec les transitaires ? On se fait une bière samedi ?

    Karim
""")

_bank_rdv = txt("""
    Bonjour Monsieur Abara-Koenig,

    Votre rendez-vous du jeudi 5 mars à 17h30 avec votre conseiller, M. Thierry Gosselin, agence Le Havre Danton, est annulé.

    Pour reprogrammer un rendez-vous, connectez-vous à votre espace client, rubrique « Mes rendez-vous ». Vous y trouverez également la position de vos comptes et vos derniers relevés.

    Banque Littorale Normande
    Ceci est un message automatique, merci de ne pas y répondre.
""")

_landlord = txt("""
    Bonjour Monsieur Abara-Koenig,

    L'entretien annuel de la chaudière de votre logement (3 rue Jules Lecesne, 2e étage) est prévu le mardi 14 avril entre 8h et 12h par la société Thermo Estuaire.

    Si ce créneau ne vous convient pas, merci de me le dire rapidement afin que je puisse demander un autre rendez-vous au technicien. En cas d'absence, vous pouvez laisser les clés à Mme Prieur au rez-de-chaussée.

    Bien cordialement,
    Jacques Lebas
    Propriétaire
    06 30 12 45 77
""")

_school = txt("""
    Bonjour Monsieur Abara-Koenig,

    Je souhaiterais vous rencontrer pour un entretien individuel afin de faire le point sur le deuxième trimestre de Noah. Rien d'inquiétant : il progresse bien en lecture, mais il a encore besoin d'aide en calcul.

    Je vous propose le lundi 16 mars à 16h45, en salle 4. Si ce n'est pas possible, indiquez-moi vos disponibilités dans le cahier de liaison ou par retour de mail.

    Bien cordialement,
    Catherine Roussel
    Enseignante CE1 - École élémentaire Jean-Macé, Le Havre
""")

_doctor = txt("""
    Bonjour Lionel Abara-Koenig,

    Votre rendez-vous avec le Dr Martine Féron (médecine générale) a été déplacé.

    Ancien créneau : mercredi 22 avril 2026 à 9h15
    Nouveau créneau : jeudi 23 avril 2026 à 18h00

    Cabinet médical du Rond-Point - 145 rue de Verdun - 76600 Le Havre

    Si ce nouvel horaire ne vous convient pas, vous pouvez annuler ou choisir un autre créneau depuis votre compte.

    Ce message vous est envoyé automatiquement par RDV Santé.
""")

_parcel_fr = txt("""
    Bonjour Lionel,

    Malheureusement, votre colis n° CR 4471 9920 FR est retardé en raison d'un incident sur notre plateforme de tri de Rouen.

    Nouvelle date de livraison estimée : vendredi 29 mai.
    Dernière position connue : centre de tri de Saint-Étienne-du-Rouvray, 27/05 à 06:42.

    Vous pouvez suivre votre colis ou choisir un point relais sur notre site.

    Colis Rapide
""")

_ooo_fla = txt("""
    Bonjour,

    Je suis absente du bureau du 28 mai au 5 juin inclus, sans accès à ma messagerie.

    Pour toute question concernant un entretien ou un dossier de recrutement en cours, vous pouvez contacter M. Stéphane Coolen (s.coolen@flandres-transit.example.fr).

    Cordialement,
    Hélène Vanhove
""")

_reseau_items = [
    ("Claire Duvivier a consulté votre profil", "https://reseaupro.example.com/me/viewers",
     "Responsable RH chez Transitaires Océane"),
    ("Vous êtes apparu dans 14 recherches cette semaine", "https://reseaupro.example.com/me/search-appearances",
     "Recruteurs et commissionnaires en douane"),
    ("3 nouvelles offres : Déclarant en douane", "https://reseaupro.example.com/jobs/alerts/4410",
     "Le Havre, Rouen, Dunkerque - candidature simplifiée"),
]

_licence = txt("""
    Monsieur,

    Nous avons étudié votre dossier de candidature à la Licence professionnelle « Métiers de la douane et du commerce international », en alternance, pour la rentrée de septembre 2026.

    Nous sommes au regret de vous informer que la commission pédagogique n'a pas retenu votre candidature : le nombre de places est limité à 24 et la priorité a été donnée aux candidats titulaires d'un bac+2.

    Vous pouvez candidater à nouveau l'an prochain ou vous orienter vers notre diplôme universitaire en formation continue.

    Françoise Tellier
    Responsable pédagogique
    Institut Universitaire Portuaire du Havre
""")

_press = txt("""
    Bonjour Monsieur Abara-Koenig,

    Je suis journaliste au Courrier de l'Estuaire. Je prépare un dossier sur les salariés du port qui se reconvertissent dans les métiers de la douane, et votre formatrice, Mme Ortiz, m'a donné votre nom.

    Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou autour d'un café, dans les prochains jours ? Avec votre accord, nous aimerions aussi faire une photo sur le quai.

    Bien à vous,
    Gaëlle Morin
    Journaliste - Le Courrier de l'Estuaire
    06 45 18 20 33
""")

_ux = txt("""
    Bonjour Lionel,

    Vous utilisez PortEmploi pour chercher un poste dans la logistique portuaire : votre avis nous intéresse !

    Nous organisons des entretiens utilisateurs de 45 minutes en visio pour améliorer notre moteur de recherche d'offres. Aucune préparation n'est nécessaire ; en remerciement, vous recevrez un bon d'achat de 30 €.

    Pour participer, répondez simplement à ce message en indiquant vos disponibilités la semaine du 8 juin.

    Léa Marchand
    Chercheuse UX - PortEmploi
""")

_mercier_cold = txt("""
    Bonjour Monsieur Abara-Koenig,

    Je me permets de vous contacter après avoir vu votre profil sur un réseau professionnel.

    J'accompagne plusieurs commissionnaires en douane d'Île-de-France et de Normandie dans leurs recrutements, et votre parcours de cariste en cours de reconversion vers la déclaration en douane m'a interpellée : les profils qui connaissent le terrain sont rares.

    Si le sujet vous intéresse, n'hésitez pas à m'envoyer votre CV à jour ; je le garderai en tête pour mes prochains mandats.

    Bien cordialement,
    Béatrice Mercier
    Associée - Cabinet Mercier Recrutement
""")

_mde = [
    "Atelier « Réussir son entretien d'embauche » - jeudi 19 février, 9h30-12h",
    "Simulation d'entretien filmée avec un recruteur bénévole, puis débriefing en petit groupe. "
    "Places limitées à 10 ; inscription obligatoire.",
    "Forum de l'emploi portuaire - samedi 14 mars, Docks Océane",
    "Plus de 40 entreprises du port présentes, dont des commissionnaires en douane. "
    "Apportez plusieurs exemplaires de votre CV.",
    "Permanence « reconversion » - tous les mardis après-midi, sans rendez-vous",
]

_fwd_intro = txt("""
    Bonjour Sabine,

    Je vous transfère la réponse du Groupe Véronneau. C'est la troisième réponse négative ce mois-ci et je ne sais pas trop ce qui bloque dans mon dossier. Auriez-vous un moment pour regarder mon CV avec moi avant le prochain cours ?

    Merci d'avance,
    Lionel
""")

_dma_app = txt("""
    Bonjour Monsieur Lemaître,

    Cariste depuis huit ans sur le port du Havre, je termine une formation de déclarant en douane et je souhaite mettre mon expérience du terrain au service d'une agence maritime.

    Je me permets de vous adresser ma candidature spontanée. Je suis mobile sur Dunkerque et disponible à partir de septembre.

    Vous trouverez mon CV en pièce jointe.

    Bien cordialement,
    Lionel Abara-Koenig
    06 71 48 22 90
""")

_flotte = txt("""
    ALERTE ZONE - FlotteTrack

    Équipement : chariot élévateur CH-12 (Linde H50)
    Conducteur badgé : ABARA-KOENIG Lionel
    Événement : sortie de la zone autorisée "Quai 3 - Magasin B"
    Heure : 14:32
    Position : 49.4811 N, 0.1433 E (parking poids lourds)

    Cette alerte a été envoyée automatiquement à votre chef d'équipe et à vous-même. Aucune action n'est requise si le déplacement était prévu.
""")

_jobsport = txt("""
    5 nouvelles offres pour votre alerte « déclarant en douane » (Normandie, Hauts-de-France)

    1. Déclarant en douane import - Le Havre - publiée il y a 2 jours
       https://jobsport.example.fr/offre/99210
    2. Agent de transit export - Rouen - publiée hier
       https://jobsport.example.fr/offre/99233
    3. Assistant déclarant (alternance) - Caen
       https://jobsport.example.fr/offre/99240
    4. Déclarant en douane confirmé - Dunkerque - 3 ans d'expérience exigés
       https://jobsport.example.fr/offre/99251
    5. Gestionnaire entrepôt sous douane - Gonfreville-l'Orcher
       https://jobsport.example.fr/offre/99262

    Astuce : les recruteurs répondent plus vite aux candidatures envoyées dans les 48 heures.

    Modifier ou supprimer cette alerte : https://jobsport.example.fr/alertes
""")

_planning = txt("""
    Salut à tous,

    Planning caristes semaine 12 :
    - Lionel, Mickaël : poste de nuit (21h-5h) lundi à jeudi
    - Sandra, Yohan : poste du matin
    - Kevin : poste d'après-midi + remplacement magasin B

    L'entretien des chariots CH-07 et CH-12 est décalé à mercredi, donc pas de CH-12 ce jour-là. La réunion sécurité de vendredi est annulée, elle est reportée au 27.

    Rodolphe
    Chef d'équipe - Entrepôts de Graville
""")

_caces = txt("""
    Convocation

    Monsieur Lionel Abara-Koenig,

    Vous êtes convoqué au recyclage CACES R489 catégorie 5 (chariots à mât rétractable) :
    du mardi 19 mai 2026 à 8h00 au mercredi 20 mai 2026 à 16h30,
    Centre de Formation Logistique Seine, 40 rue Désiré Granet, 76600 Le Havre.

    Le test théorique a lieu le premier jour, le test pratique le second. Merci de vous présenter muni d'une pièce d'identité et de vos équipements de protection individuelle.

    En cas d'empêchement, prévenez votre employeur qui nous informera.
""")

_forum = txt("""
    Bonjour à toutes et à tous,

    J'ai un entretien la semaine prochaine pour un poste de déclarant junior chez un commissionnaire de Roissy. Pour ceux qui sont passés par là : quelles questions techniques vous a-t-on posées ? Classement tarifaire, Incoterms, régimes suspensifs ?

    La dernière fois, j'ai été recalée sur une question sur la valeur en douane et je ne veux pas refaire la même erreur.

    Merci d'avance !
    Yasmina
""")

_pret = txt("""
    Bonjour Monsieur Abara-Koenig,

    Votre offre de prêt immobilier n° 2026-PI-88120 est disponible dans votre espace client.

    Conformément à la loi, vous disposez d'un délai de réflexion de 10 jours à compter de sa réception avant de pouvoir l'accepter. Vous pourrez ensuite la signer électroniquement depuis votre espace.

    Banque Littorale Normande
    Ceci est un message automatique, merci de ne pas y répondre.
""")

_sillage_missed_q = _sillage_missed

# ---------------------------------------------------------------------------- English

_portjobs_items = [
    ("Customs Declarant (FR/NL) - Antwerp", "https://portjobs.example.be/j/55120",
     "Forwarder, Deurganck dock. Interviews running this month."),
    ("Junior Customs Broker - Antwerp", "https://portjobs.example.be/j/55131",
     "Training provided, French a plus."),
    ("Bonded Warehouse Administrator - Beveren", "https://portjobs.example.be/j/55147",
     "Excise goods, shift work."),
    ("Reach Truck Driver - Zwijndrecht", "https://portjobs.example.be/j/55160",
     "Temp-to-perm, night shifts."),
]
_portjobs_intro = [
    "Hi Lionel,",
    "Here are this week's new openings matching \"customs\" in the Antwerp port area. Also in this "
    "issue: why so many applications end in silence rather than a rejection, and how to follow up.",
]
_portjobs_footer = ["PortJobs Weekly, Antwerp. You are receiving this because you subscribed.",
                    "Unsubscribe: https://portjobs.example.be/unsubscribe/ak2291"]

_ghosted = txt("""
    WHEN THE RECRUITER GOES QUIET

    You had a great interview, the hiring manager said "we'll be in touch by Friday" - and then nothing. Before you assume it's a rejection, try this:

    1. Send one short follow-up a week after the promised date.
    2. Ask a clear question: is the role still open, and is there a timeline?
    3. Keep applying elsewhere in the meantime. An offer elsewhere is the best follow-up.

    Next week: negotiating your first offer when you're changing careers.

    CareerDock Newsletter
    Manage preferences: https://careerdock.example.com/prefs
    Unsubscribe: https://careerdock.example.com/u/5510
""")

_kaai_app = txt("""
    Dear Ms De Smet,

    I am a forklift driver with eight years' experience in the port of Le Havre and I am finishing a customs declarant training. I would like to apply for a junior position at Kaai Customs Brokers.

    I speak French, German and English, and I am ready to relocate to Antwerp.

    Please find my CV attached. I would be glad to discuss my application with you.

    Kind regards,
    Lionel Abara-Koenig
""")

_podcast = txt("""
    Hi Lionel,

    I host Dockside Careers, a small podcast about people who work in and around ports. A listener pointed me to your post about moving from the forklift to the customs desk, and I'd love to interview you for an episode.

    It would be a relaxed 40-minute conversation recorded online, any evening that suits you in July. No preparation needed, and you can listen to the edit before it goes live.

    Would you be up for it?

    Maya Okafor
    Host, Dockside Careers
""")

_research = txt("""
    Hi Lionel,

    I'm part of the product team at HarbourHire. We're running short research interviews with job seekers who have used our site to apply for logistics jobs in the last three months.

    The session is a 30-minute video call in which we'll ask how you search and apply. It is not a job interview and nothing you say affects your applications. Participants receive a EUR 25 voucher.

    If you're interested, reply with two or three times that work for you next week.

    Tom Haines
    User Researcher, HarbourHire
""")

_parcel_en = txt("""
    Hi Lionel,

    Unfortunately your parcel is delayed.

    Order: safety boots S3, size 44
    Tracking number: PW 8812 3340 19
    Status: held at the Liege hub due to a customs data check
    New estimated delivery: Tuesday 16 June

    We're sorry for the inconvenience. You don't need to do anything; we'll let you know when it's back on the move.

    ParcelWing
""")

_ooo_kaai = txt("""
    Thank you for your email.

    I'm out of the office until Monday 3 August with limited access to email. For questions about interviews or recruitment, please contact Koen Michiels (koen.michiels@kaaicustoms.example.be). For all other matters, call our reception on +32 3 231 77 40.

    Annelies De Smet
""")

_prolink = txt("""
    ProLink

    Your application was viewed
    Harbourline Freight Tech viewed your application for Customs Operations Associate.

    Jobs you may be interested in
    - Customs Declarant - Scheldt Forwarding Partners - Antwerp
    - Junior Customs Broker - Kaai Customs Brokers - Antwerp
    - Import Clerk - Brabant Import Group - Antwerp

    See all jobs: https://prolink.example.com/jobs
    You're receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/unsub
""")

_academy = txt("""
    Dear Mr Abara-Koenig,

    Thank you for applying to the Customs Declarant Certificate (evening course, autumn intake) at the Scheldt Customs Academy.

    We received far more applications than places this year, and I am sorry to tell you that we are unable to offer you a place on the course. You have been added to the waiting list in position 7; if a place becomes available before 15 September, we will contact you.

    Yours sincerely,
    Ingrid Verhoeven
    Admissions Officer, Scheldt Customs Academy
""")

_tb_cold = txt("""
    Hi Lionel,

    I came across your profile while looking for French-speaking customs staff for the Antwerp market. I'm a recruiter specialising in freight forwarding and customs roles in Belgium and the Netherlands.

    No specific vacancy to pitch today, but profiles like yours (hands-on warehouse experience plus a customs qualification) are in demand here. If you're open to it, I'd be glad to register you so I can think of you when the right role comes up.

    Best regards,
    Oliver Grant
    Senior Consultant, Talentbridge Logistics Search
""")

_friend_en = txt("""
    Hey Lionel,

    Quick update from me: I got the "after careful consideration" email from the Rotterdam forwarder yesterday, after the third interview! They went with an internal candidate. I'm gutted, to be honest.

    Anyway, how are your Antwerp applications going? Still on for the course reunion on the 20th?

    Sanne
""")

_vessel = txt("""
    VesselTrack position alert

    Vessel: ALBATRE SPIRIT (IMO 9876543)
    Position: 51.3702 N, 3.3110 E - anchored, Wandelaar anchorage
    Speed: 0.1 kn
    Previous ETA Antwerp: 11 Sep 2026 06:00
    New ETA Antwerp: 12 Sep 2026 14:00 (delayed)

    You are receiving this alert because you follow this vessel.
    Manage alerts: https://vesseltrack.example.com/alerts
""")

# ---------------------------------------------------------------------------- German

_hafenjobs_items = [
    ("Zollsachbearbeiter (m/w/d) - Hamburg-Waltershof", "https://hafenjobs.example.de/s/7710",
     "Spedition, ATLAS-Kenntnisse wünschenswert. Vorstellungsgespräche ab KW 33."),
    ("Mitarbeiter Zollabwicklung - Hamburg-Harburg", "https://hafenjobs.example.de/s/7724",
     "Quereinsteiger willkommen."),
    ("Staplerfahrer (m/w/d) Kühlhaus - Wilhelmsburg", "https://hafenjobs.example.de/s/7738",
     "Zeitarbeit mit Übernahmeoption."),
]
_hafenjobs_intro = [
    "Hallo Lionel,",
    "hier sind die neuen Stellen der Woche. Außerdem: Warum viele Absagen standardisiert sind und "
    "was Sie trotzdem aus ihnen lernen können.",
]
_hafenjobs_footer = ["Hafenjobs Hamburg - Newsletter. Abmelden: https://hafenjobs.example.de/abmelden?id=30921"]

_elb_thanks = txt("""
    Sehr geehrte Frau Hoffmann,

    vielen Dank für das freundliche Gespräch heute Vormittag mit Ihnen und Herrn Schulte, und gute Besserung an Herrn Schulte, falls er noch nicht ganz fit ist.

    Die Einblicke in die ATLAS-Abwicklung für Überseecontainer haben mich sehr interessiert. Ich freue mich, von Ihnen zu hören.

    Mit freundlichen Grüßen
    Lionel Abara-Koenig
""")

_ooo_hza = txt("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 14. September nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

    In dringenden Fällen wenden Sie sich bitte an personal@hza-brandt.example.de.

    Mit freundlichen Grüßen
    Kerstin Möller
""")

_sprachkurs = txt("""
    Sehr geehrter Herr Abara-Koenig,

    vielen Dank für Ihre Anmeldung zum Intensivkurs „Deutsch für den Beruf B2 – Logistik“ ab dem 5. Oktober.

    Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Gern setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz im nächsten Kurs ab dem 11. Januar 2027.

    Mit freundlichen Grüßen
    Ulrike Brandes
    Kursverwaltung, Sprachschule Elbwort
""")

# ---------------------------------------------------------------------------- Spanish

_empleo_items = [
    ("Técnico/a de aduanas - Algeciras", "https://empleoportuario.example.es/o/3310",
     "Transitario internacional. Entrevistas durante septiembre."),
    ("Administrativo/a de tráfico marítimo - Algeciras", "https://empleoportuario.example.es/o/3322",
     "Inglés alto, turnos."),
    ("Carretillero/a con carné - Los Barrios", "https://empleoportuario.example.es/o/3337",
     "Contrato temporal, incorporación inmediata."),
]
_empleo_intro = [
    "Hola Lionel:",
    "Estas son las ofertas de la semana en el Campo de Gibraltar. En el blog: qué hacer cuando "
    "te rechazan después de la segunda entrevista.",
]
_empleo_footer = ["Empleo Portuario Andalucía. Darse de baja: https://empleoportuario.example.es/baja?u=8812"]

_envio = txt("""
    Hola, Lionel:

    Lamentablemente, su envío ES-7712-0093 sufre un retraso por condiciones meteorológicas en el Estrecho.

    Última posición registrada: centro logístico de Los Barrios, 29/09 a las 07:15.
    Nueva fecha estimada de entrega: jueves 1 de octubre.

    Disculpe las molestias.

    Envíos Sur
""")

_escuela = txt("""
    Estimado Sr. Abara-Koenig:

    Le comunicamos que, una vez finalizado el proceso de admisión, no ha sido admitido en el curso de Técnico en Comercio Exterior y Aduanas (edición de octubre de 2026), al haberse cubierto todas las plazas disponibles.

    Podrá inscribirse en la próxima convocatoria, prevista para febrero de 2027.

    Atentamente,
    Secretaría Académica
    Escuela de Negocios del Estrecho
""")

_ooo_ade = txt("""
    Gracias por su mensaje.

    Estaré fuera de la oficina hasta el 13 de octubre. Para asuntos urgentes relacionados con procesos de selección, puede escribir a seleccion@aduanasdelestrecho.example.es.

    Carmen Vidal
""")

_cold_es = txt("""
    Hola, Lionel:

    Soy consultor de selección especializado en logística y comercio exterior en Andalucía. He visto tu perfil y me ha llamado la atención tu paso de carretillero a declarante de aduanas.

    Ahora mismo no tengo ninguna vacante concreta para ti, pero me gustaría tener tu CV actualizado en nuestra base de datos para futuros procesos en el puerto de Algeciras.

    Un saludo,
    Íñigo Salaverri
    Talento Sur Consultores
""")

_piso = txt("""
    Hola, Lionel:

    Lamentablemente, el piso de la calle Ancha que íbamos a ver el jueves ya está alquilado: el propietario aceptó ayer otra solicitud. La visita queda, por tanto, cancelada.

    Si quieres, te envío otras dos opciones cerca del puerto con un precio parecido, una de ellas disponible desde noviembre.

    Un saludo,
    Marta Gil
    Inmobiliaria Bahía Verde · Algeciras
    Tel. 956 60 44 21
""")

_ade_app = _ade_app_quoted


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            (_UNSUB, "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


MESSAGES = [
    # ------------------------------------------------------------------ fr (27)
    dict(kind="other", slug="hebdo_digest_mentions_interviews_refusals", lang="fr", company="", contact="",
         frm=("Emploi Portuaire Hebdo", "newsletter@emploi-portuaire.example.fr"),
         date="2026-01-27 07:00",
         subject="4 nouvelles offres pour vous cette semaine",
         text=digest_text("Emploi Portuaire Hebdo", _hebdo_intro, _hebdo_items, _hebdo_footer),
         html=digest_html("Emploi Portuaire Hebdo", _hebdo_intro, _hebdo_items, _hebdo_footer),
         cte="quoted-printable",
         headers=_list("Emploi Portuaire Hebdo <hebdo.emploi-portuaire.example.fr>",
                       "https://emploi-portuaire.example.fr/desinscription?u=77120")),
    dict(kind="other", slug="advice_newsletter_after_refusal_html", lang="fr", company="", contact="",
         frm=("Le Mag de la Reconversion", "newsletter@mag-reconversion.example.fr"),
         date="2026-02-21 08:30",
         subject="Rebondir après un refus : 5 réflexes",
         html=digest_html("Le Mag de la Reconversion", _rebondir, [
             ("Lire l'article complet", "https://mag-reconversion.example.fr/rebondir-refus", ""),
             ("Préparer un entretien en visio", "https://mag-reconversion.example.fr/visio", "")],
             ["Se désabonner : https://mag-reconversion.example.fr/stop?e=lak"], accent="#a23b72"),
         cte="base64",
         headers=_list("<mag.mag-reconversion.example.fr>",
                       "https://mag-reconversion.example.fr/stop?e=lak")),
    dict(kind="other", slug="own_thanks_after_oceane_interview", lang="fr", company="", contact="",
         key="oce_thanks", parent="oce_panel",
         frm=ME, to=[("Claire Duvivier", "claire.duvivier@oceane-transit.example.fr")],
         date="2026-03-03 18:40",
         subject="Merci pour l'entretien de ce matin",
         text=_oce_thanks, cte="quoted-printable"),
    dict(kind="other", slug="own_application_with_cv_pdf", lang="fr", company="", contact="",
         key="caen_app",
         frm=ME, to=[("Gilles Marchetti", "gilles.marchetti@caenlogimport.example.fr")],
         date="2026-01-05 21:48",
         subject="Candidature assistant transit - L. Abara-Koenig",
         text=_caen_app_quoted, cte="8bit",
         pdf=[_cv("CV_Lionel_Abara-Koenig.pdf", "fr")]),
    dict(kind="other", slug="own_reschedule_request_flandres", lang="fr", company="", contact="",
         key="fla_req", parent="fla_panel",
         frm=ME, to=[("Hélène Vanhove", "helene.vanhove@flandres-transit.example.fr")],
         date="2026-05-12 19:40",
         subject="RE: Convocation à un entretien - Déclarant en douane - Dunkerque",
         text=_fla_req_quoted + "\n" + replied("fr", "2026-05-11 10:17", "Hélène Vanhove",
                                                    "helene.vanhove@flandres-transit.example.fr", _fla_panel),
         cte="quoted-printable"),
    dict(kind="other", slug="friend_tells_own_rejection", lang="fr", company="",
         contact="karim.benali@courriel.example.fr",
         frm=("Karim Benali", "karim.benali@courriel.example.fr"),
         date="2026-02-11 22:17",
         subject="des nouvelles",
         text=_friend_rejection, cte="8bit"),
    dict(kind="other", slug="bank_advisor_appointment_cancelled", lang="fr", company="", contact="",
         frm=("Banque Littorale Normande", "ne-pas-repondre@banque-littorale.example.fr"),
         date="2026-03-02 12:00",
         subject="Votre rendez-vous du 5 mars est annulé", subj_enc=("iso-8859-1", "Q"),
         text=_bank_rdv, charset="iso-8859-1", cte="quoted-printable",
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="other", slug="landlord_boiler_maintenance_entretien", lang="fr", company="",
         contact="jacques.lebas@proprio.example.fr",
         frm=("Jacques Lebas", "jacques.lebas@proprio.example.fr"),
         date="2026-04-02 09:41",
         subject="Entretien annuel de la chaudière - mardi 14 avril",
         text=_landlord, charset="windows-1252", cte="quoted-printable"),
    dict(kind="other", slug="school_teacher_meeting_request", lang="fr", company="",
         contact="c.roussel@ecole-jeanmace.example.fr",
         frm=("Catherine Roussel", "c.roussel@ecole-jeanmace.example.fr"),
         date="2026-03-09 17:05",
         subject="Rencontre au sujet de Noah",
         text=_school, html=simple_html(paras_of(_school)), cte="base64"),
    dict(kind="other", slug="doctor_appointment_moved", lang="fr", company="", contact="",
         frm=("RDV Santé", "ne-pas-repondre@rdv-sante.example.fr"), name_enc=("utf-8", "Q"),
         date="2026-04-20 07:45",
         subject="Votre rendez-vous a été déplacé",
         text=_doctor, cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="other", slug="parcel_delayed_unfortunately", lang="fr", company="", contact="",
         frm=("Colis Rapide", "notifications@colis-rapide.example.fr"),
         date="2026-05-27 09:12",
         subject="Votre colis est retardé",
         text=_parcel_fr, html=simple_html(paras_of(_parcel_fr)), cte="8bit"),
    dict(kind="other", slug="ooo_hr_absent_mentions_interviews", lang="fr", company="",
         contact="helene.vanhove@flandres-transit.example.fr",
         frm=("Hélène Vanhove", "helene.vanhove@flandres-transit.example.fr"),
         date="2026-05-28 08:02", parent="<20260528.0801.lak@example.fr>",
         subject="Réponse automatique : Re: Confirmation de notre proposition",
         text=_ooo_fla, cte="quoted-printable",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    dict(kind="other", slug="network_notifications_profile_viewed", lang="fr", company="", contact="",
         frm=("ReseauPro", "notifications@reseaupro.example.com"),
         date="2026-02-24 18:30",
         subject="Claire Duvivier a consulté votre profil",
         text=digest_text("ReseauPro", ["Bonjour Lionel, voici votre activité de la semaine."],
                          _reseau_items, ["Gérer vos notifications : https://reseaupro.example.com/settings"]),
         html=digest_html("ReseauPro", ["Bonjour Lionel, voici votre activité de la semaine."],
                          _reseau_items, ["Gérer vos notifications : https://reseaupro.example.com/settings"],
                          accent="#0a66c2"),
         cte="quoted-printable",
         headers=_list("<notifications.reseaupro.example.com>", "https://reseaupro.example.com/unsub/lak")),
    dict(kind="other", slug="licence_pro_admission_refused", lang="fr", company="",
         contact="f.tellier@iup-lehavre.example.fr",
         frm=("Françoise Tellier", "f.tellier@iup-lehavre.example.fr"), name_enc=("iso-8859-1", "Q"),
         date="2026-06-30 14:20",
         subject="Votre candidature à la Licence professionnelle Métiers de la douane",
         text=_licence, charset="iso-8859-1", cte="8bit"),
    dict(kind="other", slug="press_interview_request", lang="fr", company="",
         contact="gaelle.morin@courrier-estuaire.example.fr",
         frm=("Gaëlle Morin", "gaelle.morin@courrier-estuaire.example.fr"),
         date="2026-04-09 11:33",
         subject="Demande d'interview - dossier reconversions portuaires",
         text=_press, cte="quoted-printable"),
    dict(kind="other", slug="user_research_interview_voucher", lang="fr", company="",
         contact="lea.marchand@portemploi.example.fr",
         frm=("PortEmploi", "ne-pas-repondre@portemploi.example.fr"),
         reply_to=("Léa Marchand", "lea.marchand@portemploi.example.fr"),
         date="2026-06-01 10:00",
         subject="Participez à un entretien utilisateur (bon d'achat 30 €)", subj_enc=("utf-8", "B"),
         text=_ux, html=simple_html(paras_of(_ux)), cte="base64"),
    dict(kind="other", slug="headhunter_cold_approach_no_event", lang="fr", company="",
         contact="b.mercier@mercier-recrutement.example.fr", key="mercier_cold",
         frm=("Béatrice Mercier", "b.mercier@mercier-recrutement.example.fr"),
         date="2026-03-02 09:15",
         subject="Votre profil - reconversion douane",
         text=_mercier_cold, cte="8bit"),
    dict(kind="other", slug="employment_centre_workshop_newsletter", lang="fr", company="", contact="",
         frm=("Maison de l'Emploi du Havre", "newsletter@mde-lehavre.example.fr"),
         date="2026-02-10 08:00",
         subject="Février : atelier entretien d'embauche et forum de l'emploi portuaire",
         subj_enc=("utf-8", "Q"),
         html=simple_html(_mde), cte="quoted-printable",
         headers=_list("<infos.mde-lehavre.example.fr>", "mailto:desinscription@mde-lehavre.example.fr")),
    dict(kind="other", slug="own_forward_of_rejection_to_trainer", lang="fr", company="", contact="",
         frm=ME, to=[("Sabine Ortiz", "sabine.ortiz@formation-douane.example.fr")],
         date="2026-02-05 20:31",
         subject="Fwd: Votre candidature – Déclarant en douane junior (R-04417)",
         subj_enc=("utf-8", "B"),
         text=_fwd_intro + "\n" + forwarded("fr", ("Groupe Véronneau", "veronneau@myworkday.com"),
                                            "2026-02-05 17:42",
                                            "Votre candidature – Déclarant en douane junior (R-04417)",
                                            ME, _veronneau),
         cte="quoted-printable"),
    dict(kind="other", slug="own_spontaneous_application_dunkirk", lang="fr", company="", contact="",
         key="dma_app",
         frm=ME, to=[("Grégoire Lemaître", "g.lemaitre@dunkerque-maritime.example.fr")],
         date="2026-06-01 07:58",
         subject="Candidature spontanée - déclarant en douane",
         text=_dma_app, cte="base64",
         pdf=[_cv("CV_Abara-Koenig_2026.pdf", "fr")]),
    dict(kind="other", slug="fleet_tracking_position_alert", lang="fr", company="", contact="",
         frm=("FlotteTrack", "alertes@flottetrack.example.fr"),
         date="2026-01-15 14:33",
         subject="Alerte zone : CH-12 hors zone autorisée",
         text=_flotte, cte="8bit", headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="other", slug="jobsport_alert_plain_text", lang="fr", company="", contact="",
         frm=("JobsPort", "alertes@jobsport.example.fr"),
         date="2026-04-16 06:05",
         subject="5 nouvelles offres : déclarant en douane",
         text=_jobsport, charset="iso-8859-1", cte="quoted-printable",
         headers=_list("<alertes.jobsport.example.fr>", "https://jobsport.example.fr/alertes/stop/lak")),
    dict(kind="other", slug="current_job_shift_planning_poste", lang="fr", company="",
         contact="r.vasse@entrepots-graville.example.fr",
         frm=("Rodolphe Vasse", "r.vasse@entrepots-graville.example.fr"),
         to=[("Équipe caristes", "caristes@entrepots-graville.example.fr")], cc=[ME],
         date="2026-03-13 13:10",
         subject="Planning semaine 12",
         text=_planning, charset="windows-1252", cte="8bit"),
    dict(kind="other", slug="caces_exam_convocation", lang="fr", company="", contact="",
         frm=("Centre de Formation Logistique Seine", "no-reply@cfls.example.fr"),
         date="2026-04-28 10:00",
         subject="Convocation recyclage CACES R489 cat. 5",
         text=_caces, html=outlook_html(paras_of(_caces)), cte="quoted-printable"),
    dict(kind="other", slug="own_apology_reschedule_request_agency", lang="fr", company="", contact="",
         key="sillage_apology", parent="sillage_missed",
         frm=ME, to=[("Aurélie Tessier", "aurelie.tessier@sillage-interim.example.fr")],
         date="2026-06-24 11:02",
         subject="Re: Rendez-vous de ce matin",
         text=_apology_sillage + "\n" + replied("fr", "2026-06-24 09:05", "Aurélie Tessier",
                                                     "aurelie.tessier@sillage-interim.example.fr", _sillage_missed_q),
         cte="8bit"),
    dict(kind="other", slug="mailing_list_forum_interview_questions", lang="fr", company="", contact="",
         frm=("Yasmina Haddad via Entraide Déclarants", "entraide-declarants@listes.example.org"),
         reply_to=("Entraide Déclarants", "entraide-declarants@listes.example.org"),
         date="2026-09-02 21:47",
         subject="[entraide-declarants] Questions en entretien pour un poste de déclarant ?",
         text=_forum + "\n-- \nEntraide Déclarants - https://listes.example.org/entraide-declarants\n",
         cte="quoted-printable",
         headers=[("List-Id", "Entraide Declarants <entraide-declarants.listes.example.org>"),
                  ("List-Post", "<mailto:entraide-declarants@listes.example.org>"),
                  ("List-Unsubscribe", "<mailto:entraide-declarants-leave@listes.example.org>"),
                  ("Precedence", "list")]),
    dict(kind="other", slug="bank_loan_offer_available", lang="fr", company="", contact="",
         frm=("Banque Littorale Normande", "ne-pas-repondre@banque-littorale.example.fr"),
         date="2026-09-18 11:30",
         subject="Votre offre de prêt est disponible",
         text=_pret, html=simple_html(paras_of(_pret)), cte="base64",
         headers=[("Auto-Submitted", "auto-generated")]),
    # ------------------------------------------------------------------ en (14)
    dict(kind="other", slug="portjobs_weekly_digest", lang="en", company="", contact="",
         frm=("PortJobs Weekly", "newsletter@portjobs.example.be"),
         date="2026-06-09 06:30",
         subject="4 new customs jobs in the Antwerp port area",
         text=digest_text("PortJobs Weekly", _portjobs_intro, _portjobs_items, _portjobs_footer),
         html=digest_html("PortJobs Weekly", _portjobs_intro, _portjobs_items, _portjobs_footer,
                          lang="en", accent="#1d3557"),
         headers=_list("PortJobs Weekly <weekly.portjobs.example.be>",
                       "https://portjobs.example.be/unsubscribe/ak2291")),
    dict(kind="other", slug="career_newsletter_ghosted_after_interview", lang="en", company="",
         contact="",
         frm=("CareerDock", "newsletter@careerdock.example.com"),
         date="2026-07-14 12:00", tz="+0000",
         subject="When the recruiter goes quiet after your interview",
         text=_ghosted, html=simple_html(paras_of(_ghosted), lang="en"),
         headers=_list("<weekly.careerdock.example.com>", "https://careerdock.example.com/u/5510")),
    dict(kind="other", slug="own_thanks_scheldt_english", lang="en", company="", contact="",
         key="scheldt_thanks",
         frm=ME, to=[("Femke Janssens", "femke.janssens@scheldtforwarding.example.be")],
         date="2026-06-18 19:12",
         subject="Thank you - Customs Declarant interview",
         text=_scheldt_thanks),
    dict(kind="other", slug="own_spontaneous_application_kaai_cv", lang="en", company="", contact="",
         key="kaai_app",
         frm=ME, to=[("Annelies De Smet", "annelies.desmet@kaaicustoms.example.be")],
         date="2026-07-01 08:20",
         subject="Application - Junior Customs Broker",
         text=_kaai_app, html=simple_html(paras_of(_kaai_app), lang="en"),
         pdf=[_cv("Lionel_Abara-Koenig_CV_EN.pdf", "en")]),
    dict(kind="other", slug="podcast_interview_request", lang="en", company="",
         contact="maya@docksidecareers.example.com",
         frm=("Maya Okafor", "maya@docksidecareers.example.com"),
         date="2026-06-26 16:40", tz="+0100",
         subject="Podcast interview? (Dockside Careers)",
         text=_podcast),
    dict(kind="other", slug="user_research_not_a_job_interview", lang="en", company="",
         contact="tom.haines@harbourhire.example.com",
         frm=("Tom Haines", "tom.haines@harbourhire.example.com"),
         date="2026-08-11 10:15", tz="+0100",
         subject="30-minute research interview about job searching",
         text=_research, html=simple_html(paras_of(_research), lang="en")),
    dict(kind="other", slug="parcel_delayed_unfortunately_en", lang="en", company="", contact="",
         frm=("ParcelWing", "no-reply@parcelwing.example.com"),
         date="2026-06-12 05:50", tz="+0000",
         subject="Unfortunately, your parcel is delayed",
         text=_parcel_en, html=simple_html(paras_of(_parcel_en), lang="en")),
    dict(kind="other", slug="ooo_kaai_mentions_interviews", lang="en", company="",
         contact="annelies.desmet@kaaicustoms.example.be", parent="<20260724.0930.lak@example.fr>",
         frm=("Annelies De Smet", "annelies.desmet@kaaicustoms.example.be"),
         date="2026-07-24 09:31",
         subject="Automatic reply: Re: Offer of employment - Junior Customs Broker",
         text=_ooo_kaai,
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    dict(kind="other", slug="prolink_application_viewed", lang="en", company="", contact="",
         frm=("ProLink", "notifications-noreply@prolink.example.com"),
         date="2026-08-12 17:02", tz="+0000",
         subject="Harbourline Freight Tech viewed your application",
         text=_prolink,
         headers=_list("<jobs-notifications.prolink.example.com>", "https://prolink.example.com/unsub")),
    dict(kind="other", slug="academy_course_place_refused", lang="en", company="",
         contact="ingrid.verhoeven@scheldtacademy.example.be",
         frm=("Ingrid Verhoeven", "ingrid.verhoeven@scheldtacademy.example.be"),
         date="2026-08-28 15:10",
         subject="Your application - Customs Declarant Certificate (evening course)",
         text=_academy, cte="quoted-printable"),
    dict(kind="other", slug="recruiter_cold_approach_register", lang="en", company="",
         contact="oliver.grant@talentbridge-search.example.co.uk", key="tb_cold",
         frm=("Oliver Grant", "oliver.grant@talentbridge-search.example.co.uk"),
         date="2026-02-25 10:44", tz="+0000",
         subject="Customs roles in Antwerp - your profile",
         text=_tb_cold),
    dict(kind="other", slug="friend_own_rejection_en", lang="en", company="",
         contact="sanne.devries@postbus.example.nl",
         frm=("Sanne de Vries", "sanne.devries@postbus.example.nl"),
         date="2026-05-07 20:55",
         subject="ugh",
         text=_friend_en),
    dict(kind="other", slug="vessel_position_eta_delayed", lang="en", company="", contact="",
         frm=("VesselTrack Alerts", "alerts@vesseltrack.example.com"),
         date="2026-09-10 03:12", tz="+0000",
         subject="Position update: ALBATRE SPIRIT - ETA delayed",
         text=_vessel, headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="other", slug="own_reschedule_request_brabant", lang="en", company="", contact="",
         key="bra_req", parent="bra_inv",
         frm=ME, to=[("Liesbeth Maes", "liesbeth.maes@brabant-import.example.be")],
         date="2026-09-15 07:55",
         subject="RE: Invitation to interview - Customs Declarant (French-speaking desk)",
         text=_bra_req_quoted + "\n" + replied("en", "2026-09-14 09:36", "Liesbeth Maes",
                                                    "liesbeth.maes@brabant-import.example.be", _bra_onsite)),
    # ------------------------------------------------------------------ de (4)
    dict(kind="other", slug="hafenjobs_newsletter_digest", lang="de", company="", contact="",
         frm=("Hafenjobs Hamburg", "newsletter@hafenjobs.example.de"),
         date="2026-08-04 07:00",
         subject="Neue Hafenjobs der Woche",
         text=digest_text("Hafenjobs Hamburg", _hafenjobs_intro, _hafenjobs_items, _hafenjobs_footer),
         html=digest_html("Hafenjobs Hamburg", _hafenjobs_intro, _hafenjobs_items, _hafenjobs_footer,
                          lang="de", accent="#c1121f"),
         cte="quoted-printable",
         headers=_list("Hafenjobs Hamburg <news.hafenjobs.example.de>",
                       "https://hafenjobs.example.de/abmelden?id=30921")),
    dict(kind="other", slug="own_thanks_elbkai_german", lang="de", company="", contact="",
         key="elb_thanks", parent="elb_move",
         frm=ME, to=[("Jana Hoffmann", "jana.hoffmann@elbkai-spedition.example.de")],
         date="2026-08-20 13:05",
         subject="Vielen Dank für das Gespräch",
         text=_elb_thanks, cte="quoted-printable"),
    dict(kind="other", slug="ooo_hza_abwesenheitsnotiz", lang="de", company="",
         contact="k.moeller@hza-brandt.example.de", parent="<20260903.1751.lak@example.fr>",
         frm=("Kerstin Möller", "k.moeller@hza-brandt.example.de"),
         date="2026-09-03 17:52",
         subject="Automatische Antwort: AW: Unser Telefoninterview heute um 10:00 Uhr",
         text=_ooo_hza, charset="iso-8859-1", cte="quoted-printable",
         headers=[("Auto-Submitted", "auto-replied")]),
    dict(kind="other", slug="language_course_no_place", lang="de", company="",
         contact="u.brandes@elbwort.example.de",
         frm=("Ulrike Brandes", "u.brandes@elbwort.example.de"),
         date="2026-09-24 11:18",
         subject="Ihre Anmeldung zum Intensivkurs Deutsch B2", subj_enc=("utf-8", "Q"),
         text=_sprachkurs, cte="base64"),
    # ------------------------------------------------------------------ es (7)
    dict(kind="other", slug="empleo_portuario_boletin", lang="es", company="", contact="",
         frm=("Empleo Portuario Andalucía", "boletin@empleoportuario.example.es"),
         name_enc=("iso-8859-1", "Q"),
         date="2026-09-07 08:00",
         subject="Ofertas de la semana en el Campo de Gibraltar",
         text=digest_text("Empleo Portuario Andalucía", _empleo_intro, _empleo_items, _empleo_footer),
         html=digest_html("Empleo Portuario Andalucía", _empleo_intro, _empleo_items, _empleo_footer,
                          lang="es", accent="#f77f00"),
         cte="base64",
         headers=_list("<boletin.empleoportuario.example.es>",
                       "https://empleoportuario.example.es/baja?u=8812")),
    dict(kind="other", slug="own_application_spanish_cv", lang="es", company="", contact="",
         key="ade_app",
         frm=ME, to=[("Aduanas del Estrecho", "carmen.vidal@aduanasdelestrecho.example.es")],
         date="2026-09-09 22:10",
         subject="Candidatura Agente de Aduanas Junior",
         text=_ade_app, cte="quoted-printable",
         pdf=[_cv("CV_Lionel_Abara-Koenig_ES.pdf", "es")]),
    dict(kind="other", slug="envio_retrasado_lamentablemente", lang="es", company="", contact="",
         frm=("Envíos Sur", "notificaciones@envios-sur.example.es"),
         date="2026-09-29 09:40",
         subject="Su envío sufre un retraso", subj_enc=("iso-8859-1", "B"),
         text=_envio, charset="iso-8859-1", cte="8bit"),
    dict(kind="other", slug="escuela_curso_no_admitido", lang="es", company="", contact="",
         frm=("Escuela de Negocios del Estrecho", "no-reply@escueladelestrecho.example.es"),
         date="2026-09-25 13:00",
         subject="Resolución de admisión - Técnico en Comercio Exterior y Aduanas",
         text=_escuela, html=simple_html(paras_of(_escuela), lang="es"), cte="quoted-printable"),
    dict(kind="other", slug="ooo_aduanas_fuera_oficina", lang="es", company="",
         contact="carmen.vidal@aduanasdelestrecho.example.es", parent="<20261007.0915.lak@example.fr>",
         frm=("Carmen Vidal", "carmen.vidal@aduanasdelestrecho.example.es"),
         date="2026-10-07 09:16",
         subject="Respuesta automática: Re: Oferta de empleo - Agente de Aduanas Junior",
         subj_enc=("utf-8", "Q"),
         text=_ooo_ade, cte="8bit", headers=[("Auto-Submitted", "auto-replied")]),
    dict(kind="other", slug="headhunter_cold_no_vacancy_es", lang="es", company="",
         contact="isalaverri@talentosur.example.es",
         frm=("Íñigo Salaverri", "isalaverri@talentosur.example.es"),
         date="2026-08-31 12:25",
         subject="Tu perfil en comercio exterior",
         text=_cold_es, charset="windows-1252", cte="quoted-printable"),
    dict(kind="other", slug="piso_ya_alquilado_visita_cancelada", lang="es", company="",
         contact="marta.gil@bahiaverde.example.es",
         frm=("Marta Gil", "marta.gil@bahiaverde.example.es"),
         date="2026-10-13 18:30",
         subject="Visita del jueves - piso calle Ancha",
         text=_piso, html=simple_html(paras_of(_piso), lang="es"), cte="8bit"),
]
