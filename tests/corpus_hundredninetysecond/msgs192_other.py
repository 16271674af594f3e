"""Corpus 192: everything that is no event of the candidate's own job search (kind `other`).

Digests and newsletters, notifications, the candidate's own sent mail, friends, landlord,
bank, school and doctor mail that uses interview/appointment/position words in another sense,
out-of-office replies, course refusals. Each dict is one hand-written message.
"""

from __future__ import annotations

from msgs192_common import (
    ME,
    SIG_ME_DE,
    SIG_ME_EN,
    SIG_ME_ES,
    SIG_ME_FR,
    ats_card,
    forwarded,
    newsletter_html,
    newsletter_text,
    paras,
)

OTHER = "other"
MESSAGES: list[dict] = []
add = MESSAGES.append


def own(**spec: object) -> dict:
    """The candidate's own sent mail: From is she, no company, no contact."""
    return dict(kind=OTHER, company="", contact="", frm=ME, **spec)


def bulk(list_id: str, unsubscribe: str, extra: list[tuple[str, str]] | None = None
         ) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsubscribe}>, <mailto:unsubscribe@"
                                 f"{unsubscribe.split('/')[2]}?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"), *(extra or [])]


# ================================================================== the candidate's own mail

add(own(
    slug="own_thanks_lemantel_call", lang="fr", key="lem_thanks", parent="lem_move",
    date="2026-02-19 15:02",
    to="Caroline Dufresne <caroline.dufresne@lemantel.example.ch>",
    subject="Merci pour notre échange de ce matin",
    text=f"""Bonjour Madame Dufresne,

Je vous remercie pour le temps que vous m'avez accordé ce matin au téléphone. La façon dont
vous avez décrit l'organisation de l'équipe des Acacias, et surtout la place donnée aux
rappels clients, m'a confortée dans mon envie de rejoindre Lémantel.

Comme convenu, je vous transmets ci-dessous les coordonnées de mon ancienne patronne,
Mme Patrizia Monti, qui accepte d'être contactée comme référence : 022 555 08 41.

Je reste à votre disposition pour la suite du processus.

Meilleures salutations

{SIG_ME_FR}
""",
))

add(own(
    slug="own_apology_missed_call", lang="fr", key="sal_sorry", parent="sal_missed",
    quote="gt", date="2026-01-27 16:40",
    to="Nadia Berset <nadia.berset@assurances-saleve.example.ch>",
    subject="Re: Notre entretien téléphonique de ce matin",
    text=f"""Bonjour Madame Berset,

Je suis vraiment désolée pour ce matin. Une cliente du salon a fait un malaise peu avant
10h00 et j'ai dû attendre l'ambulance avec elle ; mon téléphone était resté au vestiaire.

Je comprends que cela vous complique la tâche. Si un autre créneau était encore possible,
je me rendrais entièrement disponible, à l'heure qui vous conviendra.

Avec mes excuses et mes meilleures salutations,

{SIG_ME_FR}
""",
))

add(own(
    slug="own_spontaneous_application_cv", lang="fr", key="vau_app",
    date="2026-01-14 21:18",
    to="Isabelle Jeanneret <isabelle.jeanneret@vauseyon.example.ch>",
    subject="Candidature spontanée – responsable d'équipe service après-vente",
    text=f"""Madame Jeanneret,

Coiffeuse depuis douze ans, dont cinq comme gérante adjointe d'un salon de huit personnes à
Genève, je souhaite aujourd'hui mettre mon sens du service au cœur d'une équipe de relation
clientèle. Le service après-vente de Montres Vauseyon, qui accompagne des clients du monde
entier dans une démarche très personnelle, m'attire particulièrement.

Je parle français, anglais et suédois, et mon allemand progresse (niveau B1, cours en
cours). J'ai l'habitude de planifier une équipe, de gérer les réclamations avec tact et de
former des apprenties.

Vous trouverez mon CV en pièce jointe. Je serais heureuse de vous rencontrer si un poste
d'encadrement au service clients venait à s'ouvrir à Neuchâtel.

Avec mes salutations distinguées,

{SIG_ME_FR}
""",
    pdfs=[dict(filename="CV_Séverine_Achour-Lindgren.pdf", title="Séverine Achour-Lindgren",
               lines=["Rue de Carouge 61, 1205 Genève – +41 79 555 19 02",
                      "severine.al@example.ch",
                      "2019–2026 Gérante adjointe, Salon Monti, Genève",
                      "2014–2019 Coiffeuse, Salon Monti, Genève",
                      "Langues : français, anglais, suédois, allemand B1",
                      "Formation : CFC de coiffeuse ; cours de gestion d'équipe (2024)"])],
))

add(own(
    slug="own_danke_nach_gespraech", lang="de", key="lim_thanks", parent="lim_move",
    date="2026-03-24 18:30",
    to="Fabienne Egli <fabienne.egli@limmat-versicherungen.example.ch>",
    subject="Vielen Dank für das heutige Gespräch",
    text=f"""Guten Abend Frau Egli

Herzlichen Dank für das angenehme Gespräch heute Nachmittag mit Ihnen, Herrn Bachmann und
Frau Ammann. Besonders interessant fand ich, wie das Team die Anrufe aus der Romandie und
der Deutschschweiz gemeinsam plant.

Ich bin nach wie vor sehr motiviert und freue mich, von Ihnen zu hören.

Freundliche Grüsse

{SIG_ME_DE}
""",
))

add(own(
    slug="own_reschedule_request_en", lang="en", key="nav_req", parent="nav_inv",
    quote="gt", date="2026-06-09 19:20",
    to="Giulia Ferraro <giulia.ferraro@naviglitelecom.example.it>",
    subject="Re: Quick chat this week?",
    text=f"""Hi Giulia,

Thanks so much for reaching out, I'd be happy to talk!

Thursday is tricky though: I'm working at the salon all day and can't step away. Could we
do Friday morning instead? Any time between 9:00 and 12:00 would be perfect.

Best regards,
{SIG_ME_EN}
""",
))

add(own(
    slug="own_confirmo_nueva_hora", lang="es", key="ret_confirm", parent="ret_move",
    quote="gt", date="2026-05-20 13:02",
    to="Lucía Navarro <lucia.navarro@segurosretiro.example.es>",
    subject="Re: Actualizada: Entrevista – nueva hora 18:30",
    text=f"""Hola, Lucía:

Sin problema, me conecto el jueves a las 18:30. Gracias por avisar con tiempo.

Un saludo,
{SIG_ME_ES}
""",
))

add(own(
    slug="own_ask_move_coffee", lang="fr", key="sar_req", parent="sar_inv",
    quote="gt", date="2026-07-13 19:45",
    to="Loïc Bapst <loic.bapst@sarinetelecom.example.ch>",
    subject="Re: Un café jeudi ?",
    text="""Bonsoir Loïc,

Merci beaucoup pour ton message, ça me fait très plaisir !

Jeudi, j'ai malheureusement des clientes au salon toute la matinée. Est-ce que vendredi
matin serait possible ? Je peux être à Fribourg dès 9h00.

Belle soirée,
Séverine
""",
))

add(own(
    slug="own_thanks_after_panel", lang="en", key="aer_thanks", parent="aer_push",
    date="2026-10-06 19:10",
    to="Federica Conti <federica.conti@aeroleggera.example.it>",
    cc=["Matteo Riva <matteo.riva@aeroleggera.example.it>"],
    subject="Thank you for this afternoon",
    text=f"""Dear Federica, dear Matteo,

Thank you for this afternoon's conversation, and for making time despite the delays at
Malpensa. I really enjoyed the case on the cancelled evening flight; it reminded me of
the evenings at the salon when everything runs late at once and someone has to decide
who is served first.

I'm very motivated by the role and the transfer desk team. Please don't hesitate to get
in touch if you need anything else from me.

Kind regards,
{SIG_ME_EN}
""",
))

_FWD_REJECTION = forwarded(
    "fr", "2026-07-10 17:02",
    "Banque Dents-du-Midi – Recrutement <recrutement-noreply@dentsdumidi.example.ch>",
    ME, "Votre candidature – Cheffe d'équipe Contact Center (Monthey)",
    """Madame,

Nous vous remercions de l'intérêt que vous portez à la Banque Dents-du-Midi.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
sommes pas en mesure d'y donner une suite favorable. Les exigences du poste en matière
d'expérience bancaire ne correspondent pas à votre profil actuel.

Nous vous souhaitons plein succès dans vos recherches.

Ressources humaines
Banque Dents-du-Midi""")

add(own(
    slug="own_forward_refusal_to_friend", lang="fr", date="2026-07-11 09:12",
    to="Camille Rey <camille.rey@bluewin.example.ch>",
    subject="TR: Votre candidature – Cheffe d'équipe Contact Center (Monthey)",
    text=f"""Salut Camille,

Je te transfère la réponse de la banque de Monthey. Tu crois que ça vaut la peine que je
les rappelle pour demander ce qui manque exactement, ou c'est peine perdue ? Toi qui as
bossé aux RH, tu sais comment ils lisent ce genre de dossier.

Bises,
Séverine

{_FWD_REJECTION}
""",
))

# ================================================================== digests and newsletters

_N1_ITEMS = [
    ("Responsable d'équipe Service clients (80-100 %) – Genève",
     "Une compagnie d'assurance genevoise cherche une personne pour encadrer 12 conseillers.",
     "https://www.emploiromand.example.ch/offre/448120?utm_source=alerte"),
    ("Team Leader Hotline – Lausanne",
     "Opérateur télécom, équipe bilingue, horaires d'ouverture 7h-21h.",
     "https://www.emploiromand.example.ch/offre/448233?utm_source=alerte"),
    ("Superviseur·e Centre de contact – Fribourg",
     "Caisse de compensation, CDI, entrée en fonction à convenir.",
     "https://www.emploiromand.example.ch/offre/448301?utm_source=alerte"),
    ("Cheffe de caisse et service clients – Annecy",
     "Grand magasin de sport, statut agent de maîtrise.",
     "https://www.emploiromand.example.ch/offre/448377?utm_source=alerte"),
]
_N1_INTRO = ("Bonjour Séverine, voici les nouvelles offres publiées ces dernières 24 heures "
             "pour votre recherche « responsable service clients », Genève + 60 km.")

add(dict(
    kind=OTHER, slug="alert_emploiromand_daily", lang="fr", company="", contact="",
    date="2026-03-05 06:30", frm="EmploiRomand Alertes <alertes@emploiromand.example.ch>",
    subject="4 nouvelles offres : « responsable service clients » – Genève",
    text=newsletter_text("Vos nouvelles offres", _N1_INTRO, _N1_ITEMS,
                         "Modifier ou supprimer cette alerte : "
                         "https://www.emploiromand.example.ch/alertes"),
    html=newsletter_html("Vos nouvelles offres", "#e0531f", _N1_INTRO, _N1_ITEMS,
                         '<a href="https://www.emploiromand.example.ch/alertes">Modifier ou '
                         "supprimer cette alerte</a>"),
    cte="quoted-printable",
    headers=bulk("EmploiRomand alertes <alertes.emploiromand.example.ch>",
                 "https://www.emploiromand.example.ch/alertes/unsubscribe?u=77120"),
))

_N2_ITEMS = [
    ("Refus après un entretien : les 5 erreurs qui reviennent le plus",
     "Arriver sans question, critiquer son ancien employeur, ne pas relancer… Une "
     "recruteuse lausannoise explique ce qui fait pencher la balance.",
     "https://www.carriere-romande.example.ch/articles/refus-apres-entretien"),
    ("Reconversion : de la coiffure au service client, témoignages",
     "Trois anciennes professionnelles de la beauté racontent leur premier poste de cheffe "
     "d'équipe.", "https://www.carriere-romande.example.ch/articles/reconversion-coiffure"),
    ("Relancer un employeur sans le braquer",
     "Quand écrire, quoi dire et surtout quoi éviter après un silence de deux semaines.",
     "https://www.carriere-romande.example.ch/articles/relancer"),
    ("Agenda : forum de l'emploi de Palexpo, 14 avril",
     "Plus de 80 entreprises présentes, inscription gratuite.",
     "https://www.carriere-romande.example.ch/agenda/forum-palexpo"),
]
_N2_INTRO = "Cette semaine : pourquoi certains entretiens finissent par un « non merci »."

add(dict(
    kind=OTHER, slug="newsletter_refus_apres_entretien", lang="fr", company="", contact="",
    date="2026-03-31 07:15",
    frm="Carrière Romande <newsletter@carriere-romande.example.ch>",
    subject="La lettre Carrière Romande – Refus après un entretien : ce qu'on ne vous dit pas",
    text=newsletter_text("La lettre Carrière Romande n° 212", _N2_INTRO, _N2_ITEMS,
                         "Se désinscrire : https://www.carriere-romande.example.ch/desinscription"),
    html=newsletter_html("La lettre Carrière Romande n° 212", "#23406b", _N2_INTRO, _N2_ITEMS,
                         '<a href="https://www.carriere-romande.example.ch/desinscription">'
                         "Se désinscrire</a> · Carrière Romande, Av. de la Gare 17, Lausanne"),
    cte="base64",
    headers=bulk("La lettre Carrière Romande <lettre.carriere-romande.example.ch>",
                 "https://www.carriere-romande.example.ch/desinscription?id=a81f"),
))

add(dict(
    kind=OTHER, slug="network_recruiter_viewed_profile", lang="fr", company="", contact="",
    date="2026-04-16 12:03", frm="ProConnect <notifications@proconnect.example.com>",
    subject="Séverine, une recruteuse a consulté votre profil",
    html=ats_card("ProConnect", "#0a66c2", """<p>Bonjour Séverine,</p>
<p>Une personne travaillant dans le <b>recrutement</b> chez une entreprise du secteur
<b>Assurances</b> (Lausanne) a consulté votre profil cette semaine.</p>
<p>Votre profil est apparu dans <b>14 recherches</b> ces 7 derniers jours. Les mots-clés les
plus fréquents : «&nbsp;service clients&nbsp;», «&nbsp;chef d'équipe&nbsp;»,
«&nbsp;entretien annuel&nbsp;».</p>
<p><a href="https://www.proconnect.example.com/me/profile-views">Voir qui a consulté votre
profil</a> · <a href="https://www.proconnect.example.com/premium">Essayer Premium gratuitement
pendant un mois</a></p>""", 'Vous recevez ces notifications de ProConnect. '
        '<a href="https://www.proconnect.example.com/settings/email">Se désabonner</a>'),
    cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.proconnect.example.com/settings/email/unsub"
                                  "?t=pv&m=5521>"),
             ("X-Auto-Response-Suppress", "All")],
))

add(dict(
    kind=OTHER, slug="orp_entretien_conseil", lang="fr", company="",
    contact="nathalie.bugnon@emploi-ge.example.ch",
    date="2026-02-24 10:52",
    frm="Nathalie Bugnon <nathalie.bugnon@emploi-ge.example.ch>",
    subject="Votre prochain entretien de conseil – 10 mars",
    text="""Madame,

Dans le cadre de votre suivi de recherche d'emploi, je vous rappelle notre entretien de
conseil mensuel fixé au mardi 10 mars 2026 à 8h45, dans nos locaux du Service régional de
l'emploi Genève-Sud, Rue des Gares 16, bureau 3.12.

Merci d'apporter votre formulaire « Preuves des recherches personnelles » pour février,
avec les dix postulations effectuées et les réponses reçues. Nous ferons le point sur votre
projet de reconversion et sur la formation en gestion d'équipe que vous avez demandée.

Tout empêchement doit être annoncé au moins 24 heures à l'avance.

Nathalie Bugnon
Conseillère en personnel
Service régional de l'emploi Genève-Sud
""",
))

add(dict(
    kind=OTHER, slug="journalist_interview_request", lang="fr", company="",
    contact="l.aubert@tribune-leman.example.ch",
    date="2026-05-28 14:05", frm="Lise Aubert <l.aubert@tribune-leman.example.ch>",
    subject="Demande d'interview – reconversions après 35 ans",
    text="""Bonjour Madame Achour-Lindgren,

Je suis journaliste à La Tribune du Léman et je prépare un dossier sur les reconversions
professionnelles après 35 ans, à paraître dans notre supplément « Emploi » de juin.
C'est Mme Clerc, de l'agence Horizon RH, qui m'a donné votre nom en me disant que vous
quittiez la coiffure pour la relation client.

Accepteriez-vous de répondre à mes questions lors d'une interview d'environ 45 minutes,
par téléphone ou autour d'un café à Genève ? Nous pouvons, si vous le préférez, ne publier
que votre prénom. Une photo serait un plus, mais rien d'obligatoire.

Au plaisir de vous lire,

Lise Aubert
Journaliste – rubrique Économie
La Tribune du Léman
Rue des Rois 4, 1204 Genève | 022 555 63 10
""",
))

add(dict(
    kind=OTHER, slug="parcel_delayed_unfortunately", lang="fr", company="", contact="",
    date="2026-06-03 18:47", frm="SwissColis <notification@swisscolis.example.ch>",
    subject="Votre colis 99.60.120384.55021 est retardé",
    text="""Bonjour,

Malheureusement, votre colis ne pourra pas être livré à la date prévue.

Numéro d'envoi : 99.60.120384.55021
Expéditeur : Boutique Pro-Coiffure, Bienne
Nouvelle date de livraison estimée : vendredi 5 juin 2026

Raison : retard lors du tri au centre colis de Daillens.

Vous pouvez suivre la position de votre envoi ou choisir un autre lieu de livraison :
https://www.swisscolis.example.ch/suivi/996012038455021

Nous vous prions de nous excuser pour ce contretemps.
Votre équipe SwissColis

Ceci est un message automatique ; merci de ne pas y répondre.
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="friend_own_refusal", lang="fr", company="",
    contact="camille.rey@bluewin.example.ch",
    date="2026-03-19 22:14", frm="Camille Rey <camille.rey@bluewin.example.ch>",
    subject="bon ben c'est non pour moi...",
    text="""Coucou ma belle,

Je voulais te dire que j'ai eu la réponse de la clinique pour le poste d'assistante RH :
c'est non. Ils ont pris quelqu'un de l'interne, comme par hasard, alors que j'avais eu
trois entretiens. Je suis dégoûtée, mais bon, je m'en remettrai.

Et toi, ça avance avec Lémantel ? Tu avais eu ton appel, non ? Raconte-moi !

On se fait un apéro samedi pour se remonter le moral ?

Bisous
Camille
""",
))

add(dict(
    kind=OTHER, slug="headhunter_cold_approach_fr", lang="fr", company="",
    contact="anouk.delacretaz@cabinet-arcades.example.ch",
    date="2026-08-18 09:31",
    frm="Anouk Delacrétaz <anouk.delacretaz@cabinet-arcades.example.ch>",
    subject="Votre profil – échange confidentiel ?",
    text="""Bonjour Madame Achour-Lindgren,

Je me permets de vous contacter après avoir découvert votre profil sur ProConnect. Votre
parcours, entre gestion d'un salon et volonté d'évoluer vers l'encadrement d'équipes
clients, correspond à un type de profil que plusieurs de nos mandants recherchent
régulièrement en Suisse romande.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais mieux connaître
vos attentes afin de pouvoir penser à vous lorsque l'occasion se présentera.

Seriez-vous ouverte à un échange informel dans les prochaines semaines ?

Bien cordialement,

Anouk Delacrétaz
Associée
Cabinet Arcades – Conseil en recrutement
Place de la Fusterie 5, 1204 Genève
""",
))

add(dict(
    kind=OTHER, slug="bank_advisor_appointment", lang="fr", company="",
    contact="margaux.dunand@credit-carougeois.example.ch",
    date="2026-04-08 11:20",
    frm="Margaux Dunand <margaux.dunand@credit-carougeois.example.ch>",
    subject="Votre rendez-vous du 15 avril – entretien conseil prévoyance",
    text="""Chère Madame Achour-Lindgren,

Je vous confirme notre entretien du mercredi 15 avril à 17h30 à l'agence de Carouge
(Place du Marché 8) pour faire le point sur votre prévoyance et votre 3e pilier, comme
vous me l'aviez demandé suite à votre changement de situation professionnelle.

Merci de vous munir de votre dernier certificat de salaire et de l'attestation de votre
caisse de pension.

Je me réjouis de vous revoir.

Margaux Dunand
Conseillère clientèle privée
Crédit Carougeois
Place du Marché 8, 1227 Carouge – 022 555 17 77

Les informations contenues dans ce message sont confidentielles et ne constituent pas une
offre ou une recommandation d'investissement.
""",
))

add(dict(
    kind=OTHER, slug="landlord_boiler_maintenance", lang="fr", company="",
    contact="m.schaller@regie-plainpalais.example.ch",
    date="2026-09-29 08:40",
    frm="Michel Schaller <m.schaller@regie-plainpalais.example.ch>",
    subject="Rue de Carouge 61 – entretien annuel de la chaudière",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame, Monsieur,

Nous vous informons que l'entretien annuel de la chaudière et le contrôle des compteurs
de chauffage de l'immeuble Rue de Carouge 61 auront lieu le

  jeudi 8 octobre 2026, entre 8h00 et 12h00.

Le technicien de l'entreprise Thermo-Léman devra accéder à chaque appartement pour relever
la position des vannes thermostatiques. En cas d'absence, merci de déposer votre clé chez
la concierge, Mme Da Silva, ou de nous contacter pour fixer un autre rendez-vous.

Nous vous remercions de votre collaboration.

Michel Schaller
Gérance technique
Régie Plainpalais SA
Bd Carl-Vogt 45, 1205 Genève
""",
))

add(dict(
    kind=OTHER, slug="school_parent_teacher_meeting", lang="fr", company="",
    contact="sophie.lachat@edu-ge.example.ch",
    date="2026-01-28 19:02", frm="Sophie Lachat <sophie.lachat@edu-ge.example.ch>",
    subject="Entretiens parents – classe 6P de Noah",
    text="""Chère Madame Achour-Lindgren,

Comme chaque semestre, je propose aux familles un entretien individuel d'environ vingt
minutes pour faire le point sur le travail de Noah.

Les plages disponibles sont les suivantes :
- mardi 10 février, de 16h00 à 18h30
- jeudi 12 février, de 15h45 à 18h00

Merci de m'indiquer par retour de courriel le moment qui vous convient le mieux. Le papa
de Noah est bien entendu le bienvenu.

Cordialement,
Sophie Lachat
Enseignante 6P – École des Pâquis
""",
))

add(dict(
    kind=OTHER, slug="dentist_reminder", lang="fr", company="", contact="",
    date="2026-05-06 07:00", frm="Cabinet dentaire du Rond-Point <rappel@dentaire-rp.example.ch>",
    subject="Rappel de votre rendez-vous du 7 mai à 12h15",
    html=ats_card("Cabinet dentaire du Rond-Point", "#4aa3a2", """<p>Bonjour,</p>
<p>Nous vous rappelons votre rendez-vous de <b>contrôle et détartrage</b> avec la Dresse
Maria Lopes le <b>jeudi 7 mai 2026 à 12h15</b>.</p>
<p>En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance
(022 555 40 40). Les rendez-vous non décommandés pourront être facturés.</p>
<p><a href="https://rdv.dentaire-rp.example.ch/confirmer/8841">Confirmer</a> ·
<a href="https://rdv.dentaire-rp.example.ch/annuler/8841">Annuler</a></p>""",
        "Rond-Point de Plainpalais 2, 1205 Genève – message automatique"),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="ooo_agency_consultant", lang="fr", company="",
    contact="j.mottier@leman-interim.example.ch",
    date="2026-04-03 10:12",
    frm="Julien Mottier <j.mottier@leman-interim.example.ch>",
    subject="Réponse automatique : Mes disponibilités pour avril",
    text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 13 avril inclus, avec un accès limité à mes
courriels.

Pour toute question urgente concernant une mission en cours, un entretien chez un client
ou vos heures, merci de contacter ma collègue Laetitia Rossier au 022 555 86 10 ou
l.rossier@leman-interim.example.ch.

Meilleures salutations
Julien Mottier
Léman Intérim SA
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
))

add(dict(
    kind=OTHER, slug="course_place_refused", lang="fr", company="",
    contact="secretariat.brevet@formation-arcades.example.ch",
    date="2026-08-07 13:25",
    frm="Chantal Mauron <secretariat.brevet@formation-arcades.example.ch>",
    subject="Brevet fédéral de spécialiste en relation client – votre inscription",
    text="""Madame,

Nous vous remercions de votre inscription à la préparation au Brevet fédéral de
spécialiste en relation client (volée d'automne 2026, cours du soir à Lausanne).

Nous avons le regret de vous informer que nous ne pouvons pas vous attribuer de place : la
volée est complète et les admissions ont été faites par ordre d'arrivée des dossiers
complets. Votre dossier nous est parvenu après la clôture.

Nous pouvons vous inscrire en priorité sur la liste de la volée de printemps 2027. Il vous
suffit de nous le confirmer par retour de courriel.

Avec nos meilleures salutations,

Chantal Mauron
Secrétariat des brevets fédéraux
Centre de formation continue Arcades
""",
))

add(dict(
    kind=OTHER, slug="webinar_job_interview_tips", lang="fr", company="", contact="",
    date="2026-02-09 12:00", frm="Cité des Métiers Romande <events@citemetiers-romande.example.ch>",
    subject="Webinaire gratuit : réussir son entretien d'embauche en 2026",
    text="""Bonjour,

Entretien vidéo, entretien collectif, mise en situation : les formats évoluent, et les
recruteurs aussi. Notre prochain webinaire vous donne les clés pour vous préparer.

Jeudi 26 février 2026, 12h15 – 13h00, en ligne

Au programme :
- se présenter en deux minutes quand on change de métier ;
- répondre à « pourquoi devrions-nous vous engager ? » ;
- que faire après un refus : demander un retour, relancer, rebondir.

Inscription : https://www.citemetiers-romande.example.ch/webinaires/entretien-2026

L'équipe de la Cité des Métiers Romande

Vous recevez ce message car vous êtes inscrite à notre lettre d'information.
Se désinscrire : https://www.citemetiers-romande.example.ch/desinscription
""",
    cte="quoted-printable",
    headers=bulk("Evenements Cite des Metiers <events.citemetiers-romande.example.ch>",
                 "https://www.citemetiers-romande.example.ch/desinscription?e=4410"),
))

add(dict(
    kind=OTHER, slug="health_insurer_refund_refused", lang="fr", company="", contact="",
    date="2026-07-21 05:12", frm="Assurance maladie Clairval <ne-pas-repondre@clairval.example.ch>",
    subject="Décision concernant votre demande de remboursement n° 2026-118842",
    charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous avons examiné votre demande de remboursement du 2 juillet 2026 concernant des séances
d'ostéopathie (facture n° OS-5512, CHF 360.–).

Malheureusement, nous ne pouvons pas donner une suite favorable à votre demande : votre
assurance complémentaire « Clairval Essentiel » ne couvre pas les médecines alternatives.

Vous pouvez adapter votre couverture à partir du 1er janvier 2027 depuis votre espace
client : https://www.clairval.example.ch/espace-client

Cette décision peut faire l'objet d'une opposition écrite dans les 30 jours.

Assurance maladie Clairval – Service des prestations
Ce courriel a été généré automatiquement ; merci de ne pas y répondre.
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="sister_forwards_job_ad", lang="fr", company="",
    contact="malin.achour@example.se",
    date="2026-05-15 20:48", frm="Malin Achour <malin.achour@example.se>",
    subject="Fwd: Nouvelle offre : Cheffe d'équipe service clients – Neuchâtel",
    text="""Coucou sœurette,

Je suis tombée là-dessus en cherchant pour moi, ça a l'air taillé pour toi ! Neuchâtel,
ce n'est pas si loin en train.

Gros bisous de Malmö,
Malin

""" + forwarded(
        "fr", "2026-05-15 06:30", "EmploiRomand Alertes <alertes@emploiromand.example.ch>",
        "Malin Achour <malin.achour@example.se>",
        "Nouvelle offre : Cheffe d'équipe service clients – Neuchâtel",
        """Cheffe d'équipe service clients (100 %) – Neuchâtel

Entreprise horlogère, service après-vente international. Vous encadrez une équipe de sept
conseillers, gérez les réclamations complexes et participez au recrutement.

Postuler : https://www.emploiromand.example.ch/offre/451902"""),
))

add(dict(
    kind=OTHER, slug="former_boss_reference_letter", lang="fr", company="",
    contact="patrizia@salon-monti.example.ch",
    date="2026-02-02 13:37", frm="Patrizia Monti <patrizia@salon-monti.example.ch>",
    subject="Re: Petite demande",
    text="""Ma chère Séverine,

Bien sûr que je te fais une lettre de recommandation ! Tu sais que je te regretterai au
salon, mais je suis fière de toi. Je l'écris ce week-end et je te l'envoie lundi.

Et si une entreprise veut m'appeler, donne-leur sans problème mon numéro : je leur dirai
que tu gères les clientes difficiles mieux que personne et que le planning n'a jamais été
aussi bien tenu que depuis que tu t'en occupes.

Je t'embrasse,
Patrizia

--
Salon Monti – Coiffure & Couleur
Boulevard du Pont-d'Arve 28, 1205 Genève – 022 555 08 41
""",
))

_SALON_HTML = ats_card("RdvCoiffure Pro", "#b23a6f", """<p>Nouveau rendez-vous réservé en ligne</p>
<table cellpadding="4">
<tr><td>Cliente</td><td><b>Mme Élise Favre</b></td></tr>
<tr><td>Prestation</td><td>Coupe + couleur + brushing (1 h 45)</td></tr>
<tr><td>Collaboratrice</td><td>Séverine</td></tr>
<tr><td>Date</td><td>jeudi 18 juin 2026, 14:00</td></tr>
</table>
<p>Votre planning de la semaine compte désormais 31 rendez-vous.
<a href="https://pro.rdvcoiffure.example.ch/planning">Ouvrir le planning</a></p>""",
    "Salon Monti · notification automatique RdvCoiffure Pro")

add(dict(
    kind=OTHER, slug="salon_booking_new_appointment", lang="fr", company="", contact="",
    date="2026-06-16 21:04", frm="RdvCoiffure Pro <notifications@rdvcoiffure.example.ch>",
    to="Salon Monti <planning@salon-monti.example.ch>",
    cc=[ME],
    subject="Nouveau rendez-vous : jeudi 18 juin à 14:00 avec Séverine",
    text="""Nouveau rendez-vous réservé en ligne

Cliente : Mme Élise Favre
Prestation : Coupe + couleur + brushing (1 h 45)
Collaboratrice : Séverine
Date : jeudi 18 juin 2026, 14:00

Votre planning de la semaine compte désormais 31 rendez-vous.
https://pro.rdvcoiffure.example.ch/planning
""",
    html=_SALON_HTML,
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="population_office_biometrics", lang="fr", company="", contact="",
    date="2026-03-12 09:00", frm="Office cantonal de la population <ne-pas-repondre@ocpm-ge.example.ch>",
    subject="Convocation – saisie des données biométriques",
    charset="iso-8859-1", cte="8bit",
    text="""Madame,

Dans le cadre du renouvellement de votre titre de séjour, vous êtes convoquée pour la
saisie de vos données biométriques (photo, empreintes digitales, signature) :

Date : lundi 23 mars 2026 à 13h40
Lieu : Office cantonal de la population, Route de Chancy 88, 1213 Onex, guichet B

Présentez-vous muni(e) de votre passeport, de la présente convocation et du montant de
l'émolument (CHF 87.-). En cas d'empêchement, vous pouvez déplacer ce rendez-vous une seule
fois via le portail en ligne.

Office cantonal de la population et des migrations
Ce message est envoyé automatiquement ; aucune réponse ne sera traitée.
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_LI_ITEMS = [
    ("Responsable d'équipe centre d'appels – Genève (mission 6 mois)",
     "Banque privée, horaires 8h-18h, très bon niveau d'anglais exigé.",
     "https://www.leman-interim.example.ch/offres/2217"),
    ("Cheffe de rayon et service clients – Meyrin",
     "Grand magasin, poste fixe, entrée début juillet.",
     "https://www.leman-interim.example.ch/offres/2231"),
    ("Superviseur·e hotline technique – Nyon",
     "Opérateur télécom, équipe de 10, entretiens organisés la semaine prochaine.",
     "https://www.leman-interim.example.ch/offres/2240"),
]
_LI_INTRO = ("Chaque vendredi, nos consultants sélectionnent pour vous les missions et postes "
             "fixes du moment en Suisse romande.")

add(dict(
    kind=OTHER, slug="agency_weekly_jobs_newsletter", lang="fr", company="", contact="",
    date="2026-05-22 11:00", frm="Léman Intérim <newsletter@leman-interim.example.ch>",
    subject="Nos offres de la semaine – Relation client & tertiaire",
    text=newsletter_text("Les offres de la semaine", _LI_INTRO, _LI_ITEMS,
                         "Léman Intérim SA, Rue du Rhône 88, 1204 Genève. Se désabonner : "
                         "https://www.leman-interim.example.ch/newsletter/stop"),
    html=newsletter_html("Les offres de la semaine", "#00857c", _LI_INTRO, _LI_ITEMS,
                         'Léman Intérim SA · <a href="https://www.leman-interim.example.ch/'
                         'newsletter/stop">Se désabonner</a>'),
    headers=bulk("Leman Interim offres <offres.leman-interim.example.ch>",
                 "https://www.leman-interim.example.ch/newsletter/stop?s=5512"),
))

# ================================================================== German

_N3_ITEMS = [
    ("Teamleiter/in Kundendienst 100 % – Zürich-Altstetten",
     "Versicherung, Team von 11 Personen, Deutsch und Französisch.",
     "https://www.jobwelt.example.ch/stelle/90331?src=alert"),
    ("Leiterin Customer Care – Winterthur",
     "Onlinehändler, hybrides Arbeiten, Eintritt nach Vereinbarung.",
     "https://www.jobwelt.example.ch/stelle/90358?src=alert"),
    ("Supervisor Contact Center (w/m/d) – Zürich Flughafen",
     "Airline-Dienstleister, Schichtbetrieb, Englisch C1.",
     "https://www.jobwelt.example.ch/stelle/90402?src=alert"),
]
_N3_INTRO = ("Guten Tag Séverine, wir haben 3 neue Stellen gefunden, die zu Ihrem Suchabo "
             "«Teamleitung Kundendienst, Zürich» passen.")

add(dict(
    kind=OTHER, slug="jobwelt_suchabo_zuerich", lang="de", company="", contact="",
    date="2026-02-26 06:45", frm="jobwelt.ch <suchabo@jobwelt.example.ch>",
    subject="3 neue Stellen für «Teamleitung Kundendienst» in Zürich",
    text=newsletter_text("Ihr Suchabo", _N3_INTRO, _N3_ITEMS,
                         "Suchabo verwalten: https://www.jobwelt.example.ch/suchabo"),
    html=newsletter_html("Ihr Suchabo", "#ffb400", _N3_INTRO, _N3_ITEMS,
                         '<a href="https://www.jobwelt.example.ch/suchabo">Suchabo verwalten '
                         "oder abbestellen</a>"),
    cte="quoted-printable",
    headers=bulk("jobwelt Suchabo <suchabo.jobwelt.example.ch>",
                 "https://www.jobwelt.example.ch/suchabo/abmelden?k=3381"),
))

_N4_ITEMS = [
    ("Absagen richtig lesen",
     "«Wir haben uns für eine andere Kandidatin entschieden» – was Standardabsagen verraten "
     "und wann sich ein Nachfragen lohnt.",
     "https://www.karrierepuls.example.ch/artikel/absagen-lesen"),
    ("Das zweite Vorstellungsgespräch",
     "Worauf Panels in der zweiten Runde achten und wie Sie sich von der Konkurrenz abheben.",
     "https://www.karrierepuls.example.ch/artikel/zweites-gespraech"),
    ("Quereinstieg mit 38",
     "Eine ehemalige Floristin erzählt, wie sie Teamleiterin in einem Callcenter wurde.",
     "https://www.karrierepuls.example.ch/artikel/quereinstieg-38"),
]

add(dict(
    kind=OTHER, slug="karrierepuls_absagen_lesen", lang="de", company="", contact="",
    date="2026-04-24 07:00", frm="Karrierepuls <redaktion@karrierepuls.example.ch>",
    subject="Karrierepuls #88: Absagen richtig lesen",
    text=newsletter_text("Karrierepuls #88", "Die Themen dieser Woche:", _N4_ITEMS,
                         "Newsletter abbestellen: https://www.karrierepuls.example.ch/abmelden"),
    html=newsletter_html("Karrierepuls #88", "#3c3c8c", "Die Themen dieser Woche:", _N4_ITEMS,
                         '<a href="https://www.karrierepuls.example.ch/abmelden">Newsletter '
                         "abbestellen</a> · Karrierepuls, Badenerstrasse 75, 8004 Zürich"),
    cte="base64",
    headers=bulk("Karrierepuls Newsletter <news.karrierepuls.example.ch>",
                 "https://www.karrierepuls.example.ch/abmelden?n=88&u=1042"),
))

add(dict(
    kind=OTHER, slug="podcast_interview_anfrage", lang="de", company="",
    contact="lukas@podcast-quereinstieg.example.ch",
    date="2026-06-30 17:26", frm="Lukas Brändli <lukas@podcast-quereinstieg.example.ch>",
    subject="Anfrage: Interview für den Podcast «Quereinstieg»",
    text="""Liebe Frau Achour-Lindgren

Ich produziere den Podcast «Quereinstieg», in dem Menschen von ihrem Berufswechsel
erzählen. Frau Egli von Limmat Versicherungen hat mir erzählt, dass Sie von der Coiffure in
den Kundendienst wechseln und dafür sogar Deutsch lernen – eine tolle Geschichte!

Hätten Sie Lust auf ein Interview von rund 40 Minuten? Wir können per Video aufnehmen oder
in unserem kleinen Studio in Zürich-Wiedikon. Französisch-deutsche Sätze sind ausdrücklich
erlaubt.

Ich freue mich auf Ihre Antwort.

Herzlich
Lukas Brändli
Podcast «Quereinstieg» – www.podcast-quereinstieg.example.ch
""",
))

add(dict(
    kind=OTHER, slug="gps_tracker_position", lang="de", company="", contact="",
    date="2026-08-29 23:41", frm="VeloTrack <alarm@velotrack.example.ch>",
    subject="Bewegungsalarm: Neue Position Ihres Velos",
    text="""Hallo Séverine

Ihr Tracker «E-Bike Séverine» hat eine Bewegung erkannt.

Neue Position: Rue de Carouge 59, 1205 Genève (Genauigkeit ± 12 m)
Zeit: 29.08.2026, 23:39 Uhr
Akku des Trackers: 41 %

Position auf der Karte anzeigen: https://app.velotrack.example.ch/map/tr-55810

Falls Sie das Velo selbst bewegt haben, können Sie diese Meldung ignorieren.

Ihr VeloTrack-Team
""",
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="sprachschule_einstufungsgespraech", lang="de", company="",
    contact="k.vogel@sprachzentrum-leman.example.ch",
    date="2026-01-20 14:55", frm="Katrin Vogel <k.vogel@sprachzentrum-leman.example.ch>",
    subject="Ihr Einstufungsgespräch für den Deutschkurs B1/B2",
    text="""Liebe Frau Achour-Lindgren

Vielen Dank für Ihre Anmeldung zum Abendkurs «Deutsch für den Beruf B1/B2».

Vor Kursbeginn führen wir mit allen Teilnehmenden ein kurzes Einstufungsgespräch durch
(ca. 20 Minuten, teils mündlich, teils schriftlich). Ihr Termin:

Mittwoch, 28. Januar 2026, 18:15 Uhr
Sprachzentrum Léman, Rue de Lausanne 44, 1201 Genève, 1. Stock

Bitte bringen Sie, falls vorhanden, Ihr letztes Kurszertifikat mit.

Mit freundlichen Grüssen
Katrin Vogel
Kurskoordination Deutsch
""",
))

add(dict(
    kind=OTHER, slug="ooo_headhunter_abwesend", lang="de", company="",
    contact="marco.huber@kaderwerk.example.ch",
    date="2026-03-02 08:03", frm="Marco Huber <marco.huber@kaderwerk.example.ch>",
    subject="Automatische Antwort: Neue Termine Glattal Telekom?",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis und mit Freitag, 6. März, in den Ferien und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen – etwa bei Terminfragen zu laufenden Vorstellungsgesprächen – wenden
Sie sich bitte an Seraina Kälin, seraina.kaelin@kaderwerk.example.ch, +41 44 555 90 20.

Beste Grüsse
Marco Huber
Kaderwerk Personal AG
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(dict(
    kind=OTHER, slug="cas_studienplatz_absage", lang="de", company="",
    contact="corinne.hess@fh-limmattal.example.ch",
    date="2026-06-19 15:10", frm="Corinne Hess <corinne.hess@fh-limmattal.example.ch>",
    subject="CAS Customer Experience Management – Ihre Bewerbung um einen Studienplatz",
    text="""Sehr geehrte Frau Achour-Lindgren

Vielen Dank für Ihre Bewerbung um einen Studienplatz im CAS Customer Experience Management
(Start September 2026).

Leider können wir Ihnen keinen Platz anbieten. Die Zulassung setzt einen Abschluss auf
Tertiärstufe oder eine gleichwertige Qualifikation voraus; eine Aufnahme «sur dossier» ist
in diesem Jahrgang nicht mehr möglich, da alle 24 Plätze vergeben sind.

Gerne beraten wir Sie zu unserem Weiterbildungskurs «Grundlagen Kundenerlebnis», der ohne
Tertiärabschluss besucht werden kann.

Freundliche Grüsse
Corinne Hess
Studiengangsadministration Weiterbildung
Fachhochschule Limmattal, Zürich
""",
))

add(dict(
    kind=OTHER, slug="telco_invoice_positions", lang="de", company="", contact="",
    date="2026-07-03 04:30", frm="Alpnet Mobile <rechnung@alpnet.example.ch>",
    subject="Ihre Rechnung Juni 2026",
    text="""Guten Tag Frau Achour-Lindgren

Ihre Rechnung für Juni 2026 ist bereit.

Position 1  Abo «Alpnet Swiss M»                 CHF 39.00
Position 2  Zusatzoption Daten 10 GB             CHF  5.00
Position 3  Roaming Italien (Datenpaket 1 GB)    CHF 14.90
Position 4  Mehrwertsteuer 8,1 %                 CHF  4.78
Total                                            CHF 63.68

Zahlbar bis 31.07.2026. Details und PDF im Kundenportal:
https://my.alpnet.example.ch/rechnungen

Freundliche Grüsse
Ihr Alpnet-Team
""",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="wohnung_bewerbung_absage", lang="de", company="",
    contact="r.gut@verwaltung-wipkingen.example.ch",
    date="2026-05-29 11:44", frm="Regula Gut <r.gut@verwaltung-wipkingen.example.ch>",
    subject="Ihre Bewerbung für die 3½-Zimmer-Wohnung an der Rosengartenstrasse",
    subj_enc=("utf-8", "B"),
    text="""Sehr geehrte Frau Achour-Lindgren

Besten Dank für Ihr Interesse an der 3½-Zimmer-Wohnung an der Rosengartenstrasse 18,
4. OG, und für Ihre vollständigen Unterlagen.

Wir haben sehr viele Bewerbungen erhalten. Leider müssen wir Ihnen mitteilen, dass sich
die Eigentümerschaft für andere Interessenten entschieden hat. Ihre Unterlagen werden wir
datenschutzkonform vernichten.

Wir wünschen Ihnen bei der Wohnungssuche in Zürich viel Erfolg.

Freundliche Grüsse
Regula Gut
Bewirtschaftung
Verwaltung Wipkingen AG, Hönggerstrasse 40, 8037 Zürich
""",
))

_N46_ITEMS = [
    ("Callcenter im Umbruch: KI übernimmt einfache Anfragen",
     "Drei Zürcher Versicherer berichten, warum sie trotzdem mehr Teamleitende suchen.",
     "https://www.arbeitsmarkt-news.example.ch/2026/09/callcenter-ki"),
    ("Stellenabbau bei einem Detailhändler – 120 Positionen betroffen",
     "Die Gewerkschaft fordert einen Sozialplan; Absagen an Lernende sollen vermieden werden.",
     "https://www.arbeitsmarkt-news.example.ch/2026/09/stellenabbau-detailhandel"),
    ("Lohnbuch 2026: Was Teamleitende im Kundendienst verdienen",
     "Von CHF 78'000 in der Ostschweiz bis CHF 98'000 in Genf.",
     "https://www.arbeitsmarkt-news.example.ch/2026/09/lohnbuch"),
]

add(dict(
    kind=OTHER, slug="arbeitsmarkt_news_digest", lang="de", company="", contact="",
    date="2026-09-11 06:00", frm="Arbeitsmarkt News <digest@arbeitsmarkt-news.example.ch>",
    subject="Arbeitsmarkt am Freitag: Callcenter, Stellenabbau, Lohnbuch",
    text=newsletter_text("Arbeitsmarkt am Freitag", "Die wichtigsten Meldungen der Woche.",
                         _N46_ITEMS, "Abmelden: https://www.arbeitsmarkt-news.example.ch/abo"),
    html=newsletter_html("Arbeitsmarkt am Freitag", "#8c1d18",
                         "Die wichtigsten Meldungen der Woche.", _N46_ITEMS,
                         '<a href="https://www.arbeitsmarkt-news.example.ch/abo">Abmelden</a>'),
    cte="quoted-printable",
    headers=bulk("Arbeitsmarkt News <freitag.arbeitsmarkt-news.example.ch>",
                 "https://www.arbeitsmarkt-news.example.ch/abo/stop?u=99120"),
))

# ================================================================== English

add(dict(
    kind=OTHER, slug="network_search_appearances", lang="en", company="", contact="",
    date="2026-02-16 14:20", frm="ProConnect <notifications@proconnect.example.com>",
    subject="You appeared in 9 searches this week",
    text="""Hi Séverine,

You appeared in 9 searches this week.

Searchers were from: Insurance (4), Telecommunications (3), Staffing and Recruiting (2)
Top keywords: "team lead", "customer service", "French"

3 jobs you may be interested in:
- Customer Service Team Lead - Lémantel - Les Acacias
  https://www.proconnect.example.com/jobs/view/3381920
- Client Service Supervisor - a bank in Geneva
  https://www.proconnect.example.com/jobs/view/3381977
- Team Leader, Passenger Services - Geneva Airport
  https://www.proconnect.example.com/jobs/view/3382004

See all search appearances: https://www.proconnect.example.com/me/search-appearances

Unsubscribe: https://www.proconnect.example.com/settings/email/unsub?t=sa
""",
    headers=[("List-Unsubscribe", "<https://www.proconnect.example.com/settings/email/unsub"
                                  "?t=sa&m=5521>")],
))

_N6_ITEMS = [
    ("Customer Service Team Lead (French/English) - Milan",
     "Telecom operator, hybrid, relocation package available.",
     "https://www.workabroad-digest.example.com/j/mi-44810"),
    ("Guest Relations Supervisor - Milan Linate",
     "Airline handling company, shifts, Italian B1 preferred.",
     "https://www.workabroad-digest.example.com/j/mi-44852"),
    ("Client Support Manager, Insurance - Milan",
     "Build a new English-speaking desk from scratch.",
     "https://www.workabroad-digest.example.com/j/mi-44877"),
]
_N6_INTRO = ("Your weekly digest for 'customer service lead' in Milan. Plus: how to handle "
             "interview rejections without losing momentum (3-minute read).")

add(dict(
    kind=OTHER, slug="workabroad_weekly_digest_milan", lang="en", company="", contact="",
    date="2026-06-07 08:00", frm="WorkAbroad Digest <digest@workabroad-digest.example.com>",
    subject="This week in Milan: 3 customer service leadership roles",
    text=newsletter_text("WorkAbroad Digest - Milan", _N6_INTRO, _N6_ITEMS,
                         "Manage preferences: https://www.workabroad-digest.example.com/prefs"),
    html=newsletter_html("WorkAbroad Digest - Milan", "#1c7c54", _N6_INTRO, _N6_ITEMS,
                         '<a href="https://www.workabroad-digest.example.com/prefs">Manage '
                         "preferences</a> · WorkAbroad Digest, Dublin"),
    headers=bulk("WorkAbroad weekly <weekly.workabroad-digest.example.com>",
                 "https://www.workabroad-digest.example.com/unsub?u=p8812"),
))

add(dict(
    kind=OTHER, slug="career_advice_why_leave_trade", lang="en", company="", contact="",
    date="2026-08-09 16:00", frm="The Career Pivot <pivot@careerpivot.example.com>",
    subject="\"So why are you leaving hairdressing?\" - answering the career-change question",
    text="""THE CAREER PIVOT - issue 61

Every career changer gets the question in the first ten minutes of the interview: why
are you leaving what you know?

Three ways to answer it well:

1. Talk about the skills you carry, not the job you leave. A stylist who ran a busy
   book of clients already plans, prioritises and calms people down.
2. Name one concrete moment that pushed you. Recruiters remember stories, not adjectives.
3. Close with the new role, not the old one. End on what you want to build.

And if the answer still leads to a rejection? Ask for feedback within a week - one
reader got a second interview that way.

Read the full piece: https://careerpivot.example.com/p/why-are-you-leaving

You're receiving this because you subscribed at careerpivot.example.com.
Unsubscribe: https://careerpivot.example.com/unsubscribe?e=severine
""",
    cte="quoted-printable",
    headers=bulk("The Career Pivot <careerpivot.example.com>",
                 "https://careerpivot.example.com/unsubscribe?e=severine"),
))

add(dict(
    kind=OTHER, slug="user_research_interview", lang="en", company="",
    contact="maya.lindqvist@jobsy.example.com",
    date="2026-04-29 10:10", frm="Maya Lindqvist <maya.lindqvist@jobsy.example.com>",
    subject="Would you join a 30-minute user interview? (CHF 50 voucher)",
    text="""Hi Séverine,

I'm a UX researcher at Jobsy, the job-search app you've been using since January. We're
redesigning the way people track their applications, and we'd love to learn from someone
switching careers like you.

The user interview takes 30 minutes on video. There are no right or wrong answers - we
just watch how you use the app and ask a few questions. As a thank-you, you'll receive a
CHF 50 voucher.

If you're up for it, pick a slot here: https://calendly.example.com/jobsy-research/30min

Thanks a lot,
Maya Lindqvist
Senior UX Researcher, Jobsy
""",
))

add(dict(
    kind=OTHER, slug="headhunter_cold_approach_en", lang="en", company="",
    contact="ben.hartley@apexsearch.example.ch",
    date="2026-09-03 12:42", frm="Ben Hartley <ben.hartley@apexsearch.example.ch>",
    subject="Customer operations leadership in Zurich - open to a conversation?",
    text="""Hello Séverine,

I lead the customer operations practice at Apex Search in Zurich. Your profile came up in
our research on bilingual team leaders moving into service roles from other sectors.

Nothing specific to pitch today - I'm mapping the market for a couple of clients who may
hire later this year, and I'd like to understand what you're looking for (location,
salary range, notice period) so I can think of you at the right moment.

Would you have 15 minutes next week?

Best regards,
Ben Hartley
Partner, Apex Search
Bahnhofstrasse 52, 8001 Zurich | +41 44 555 12 60
""",
))

add(dict(
    kind=OTHER, slug="ooo_recruiter_milan", lang="en", company="",
    contact="giulia.ferraro@naviglitelecom.example.it",
    date="2026-06-12 15:40", frm="Giulia Ferraro <giulia.ferraro@naviglitelecom.example.it>",
    subject="Automatic reply: Thank you for today's call",
    text="""Hi,

Thanks for your email. I'm out of the office from 12 to 22 June with no access to email.

If your message is about an interview with Navigli Telecom, please contact
talent@naviglitelecom.example.it and one of my colleagues will help you.

Best,
Giulia
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(dict(
    kind=OTHER, slug="flight_schedule_change", lang="en", company="", contact="",
    date="2026-07-24 03:18", tz="+0000",
    frm="Bluefin Air <no-reply@bluefinair.example.com>",
    subject="Important: your flight BF2214 Geneva - Milan has been rescheduled",
    text="""Dear Ms Achour-Lindgren,

Unfortunately, due to an operational change, your flight has been rescheduled.

Booking reference: K7Q4ZP
Flight BF2214 Geneva (GVA) - Milan Linate (LIN)
Original departure: Thursday 30 July 2026, 07:10
New departure: Thursday 30 July 2026, 09:55
New arrival: 10:55

Your seat 12A has been kept. If the new time doesn't suit you, you can change to another
flight or request a refund free of charge: https://www.bluefinair.example.com/manage/K7Q4ZP

We apologise for any inconvenience.
Bluefin Air Customer Care
""",
    html="<html><body style=\"font-family:Arial\"><h2>Your flight has been rescheduled</h2>"
         "<p>Dear Ms Achour-Lindgren,</p><p>Unfortunately, due to an operational change, "
         "your flight has been rescheduled.</p><table><tr><td>Booking reference</td>"
         "<td><b>K7Q4ZP</b></td></tr><tr><td>Flight</td><td>BF2214 GVA &rarr; LIN</td></tr>"
         "<tr><td>Original departure</td><td>Thu 30 Jul 2026, 07:10</td></tr>"
         "<tr><td>New departure</td><td><b>Thu 30 Jul 2026, 09:55</b></td></tr></table>"
         "<p><a href=\"https://www.bluefinair.example.com/manage/K7Q4ZP\">Manage my booking"
         "</a></p><p>Bluefin Air Customer Care</p></body></html>\n",
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="mock_interview_night_cancelled", lang="en", company="",
    contact="rachel.ohara@genevaspeakers.example.ch",
    date="2026-03-25 20:05", frm="Rachel O'Hara <rachel.ohara@genevaspeakers.example.ch>",
    to=["Geneva Speakers members <members@genevaspeakers.example.ch>"],
    cc=[ME],
    subject="Mock interview night on Thursday is cancelled",
    text="""Hi all,

Sorry for the late notice: our mock interview night this Thursday is cancelled - the room
at the Maison des Associations was double-booked and we couldn't find another one.

We'll run it on 9 April instead, same format: 10-minute practice interviews in pairs, then
feedback. Séverine, you're still first on the list to be the "candidate" - hope that's OK!

Rachel
Geneva Speakers club - vice-president education
""",
    headers=[("List-Id", "Geneva Speakers members <members.genevaspeakers.example.ch>")],
))

# ================================================================== Spanish

_N7_ITEMS = [
    ("Responsable de Atención al Cliente – Madrid (Chamartín)",
     "Aseguradora, equipo de 15 personas, francés valorable.",
     "https://www.empleomadrid.example.es/oferta/77120"),
    ("Coordinador/a de Contact Center – Alcobendas",
     "Operadora de telecomunicaciones, turno de mañana.",
     "https://www.empleomadrid.example.es/oferta/77154"),
    ("Supervisora de Tienda y Atención al Cliente – Gran Vía",
     "Gran almacén, contrato indefinido.",
     "https://www.empleomadrid.example.es/oferta/77198"),
]
_N7_INTRO = ("Hola, Séverine: estas son las nuevas ofertas que coinciden con tu alerta "
             "«responsable atención al cliente» en Madrid.")

add(dict(
    kind=OTHER, slug="alerta_empleo_madrid", lang="es", company="", contact="",
    date="2026-08-20 07:30", frm="EmpleoMadrid <alertas@empleomadrid.example.es>",
    subject="3 nuevas ofertas para tu alerta «responsable atención al cliente»",
    text=newsletter_text("Tus nuevas ofertas", _N7_INTRO, _N7_ITEMS,
                         "Gestionar alertas: https://www.empleomadrid.example.es/alertas"),
    html=newsletter_html("Tus nuevas ofertas", "#c0392b", _N7_INTRO, _N7_ITEMS,
                         '<a href="https://www.empleomadrid.example.es/alertas">Gestionar o '
                         "darse de baja</a>"),
    cte="quoted-printable",
    headers=bulk("Alertas EmpleoMadrid <alertas.empleomadrid.example.es>",
                 "https://www.empleomadrid.example.es/alertas/baja?u=55104"),
))

add(dict(
    kind=OTHER, slug="amiga_rechazo_propio", lang="es", company="",
    contact="nuria.campos@correo.example.es",
    date="2026-09-12 23:02", frm="Nuria Campos <nuria.campos@correo.example.es>",
    subject="Me han dicho que no :(",
    text="""¡Hola, guapa!

Te escribo porque me acaban de rechazar en la aseguradora de Alcobendas, la de la
entrevista del martes. Me han dicho que buscan a alguien con más experiencia en
reclamaciones. Qué rabia, porque la entrevista fue genial.

Bueno, el lunes tengo otra en una tienda de Gran Vía, a ver si hay más suerte.

¿Y tú? ¿Al final te vienes a Madrid? ¡Aquí tienes sofá cuando quieras!

Besos,
Nuria
""",
))

add(dict(
    kind=OTHER, slug="banco_cita_cancelada", lang="es", company="", contact="",
    date="2026-10-07 08:15", frm="Banco Lavapiés <citas@bancolavapies.example.es>",
    subject="Tu cita en la oficina 0412 ha sido cancelada",
    text="""Hola, Séverine:

Te informamos de que tu cita para la apertura de cuenta de no residente del jueves 15 de
octubre a las 12:30 en la oficina 0412 (Calle de Atocha 55, Madrid) ha sido cancelada
porque tu gestor no estará disponible ese día.

Puedes reservar una nueva cita desde la app o en https://www.bancolavapies.example.es/citas

Disculpa las molestias.
Banco Lavapiés

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind=OTHER, slug="pedido_retrasado", lang="es", company="", contact="",
    date="2026-09-01 19:50", frm="Tienda Bellezza <pedidos@tiendabellezza.example.es>",
    subject="Tu pedido #48812 llegará con retraso",
    text="""Hola, Séverine:

Lamentablemente, tu pedido #48812 (tijeras de peluquería Kasho 6", peine de carbono) se
ha retrasado en el centro logístico de Zaragoza.

Nueva fecha estimada de entrega: 8 de septiembre de 2026.

Puedes consultar la posición de tu paquete aquí:
https://www.tiendabellezza.example.es/seguimiento/48812

Sentimos las molestias,
El equipo de Tienda Bellezza
""",
    html="<html><body>" + paras("""Hola, Séverine:

Lamentablemente, tu pedido #48812 (tijeras de peluquería Kasho 6", peine de carbono) se
ha retrasado en el centro logístico de Zaragoza.

Nueva fecha estimada de entrega: 8 de septiembre de 2026.

Sentimos las molestias,
El equipo de Tienda Bellezza""") + '<p><a href="https://www.tiendabellezza.example.es/'
    'seguimiento/48812">Ver la posición de mi paquete</a></p></body></html>\n',
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

assert all(m["kind"] == OTHER for m in MESSAGES)
