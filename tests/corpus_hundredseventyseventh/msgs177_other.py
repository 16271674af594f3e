"""Corpus 177, other: 52 hand-written messages that are not job events for the candidate
(digests, newsletters, her own sent mail, friends, bank, landlord, school, doctor, auto-replies,
notifications, course refusals, a cold approach, press and user-research requests)."""

from __future__ import annotations

from msgs177_common import (
    CANDIDATE,
    ats_card,
    button,
    digest_html,
    digest_text,
    forwarded_block,
    mso,
    outlook_html,
    paras,
    sig_candidate,
    simple_html,
    wrote,
)

OTHER = "other"
MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", OTHER)
    spec.setdefault("company", "")
    MESSAGES.append(spec)


def own(**spec: object) -> None:
    """The candidate's own sent mail: always other, never a contact."""
    spec.setdefault("frm", CANDIDATE)
    spec["contact"] = ""
    add(**spec)


# texts that other messages quote back
THANKS_GESTIMMO = """Bonjour Madame Vasseur,

Je tenais à vous remercier, ainsi que M. Garnier, pour l'entretien de cet après-midi et pour votre patience après le raté de la semaine dernière.

La visite de la résidence de Vaise m'a confortée dans mon envie de rejoindre Gestimmo Rhône : la coordination des prestataires et le lien avec les gardiens, c'est exactement ce que je veux faire.

Bien cordialement,
Maëlle Brunetti-Okafor"""

THANKS_NAVIGLI = """Dear Chiara,

Thank you for this afternoon's interview, and please pass my thanks to Marco as well. I really enjoyed hearing about the Navigli sites and the plans for the new hospital contract.

I am very motivated by this role and would be glad to provide any further information.

Kind regards,
Maëlle Brunetti-Okafor"""

REQ_BELLERADE = """Chère Madame Ferrero-Maurin,

Je vous remercie pour votre invitation, qui me fait très plaisir.

Malheureusement, je suis de garde à l'hôpital le mardi 11 août et je ne peux pas me faire remplacer. Serait-il possible de décaler notre rendez-vous au jeudi 13 ou au vendredi 14 août, à l'heure qui vous conviendra ?

Avec toutes mes excuses pour ce contretemps,
Maëlle Brunetti-Okafor"""

# ================================================================ the candidate's own mail

own(
    slug="own_application_stroch", lang="fr",
    to=("Recrutement Clinique Saint-Roch Lumière", "recrutement@stroch-lumiere.example.fr"),
    subject="Candidature – Coordinatrice bio-nettoyage et logistique hôtelière (réf. CSRL-2026-07)",
    date="2026-01-19 20:14 +0100",
    text=f"""Madame, Monsieur,

Agent de service hospitalier depuis neuf ans à Marseille, dont quatre en réanimation, je souhaite aujourd'hui évoluer vers la coordination. Votre annonce pour le poste de coordinatrice bio-nettoyage et logistique hôtelière (réf. CSRL-2026-07) correspond exactement à ce projet.

Je connais les protocoles de bio-nettoyage, les audits d'hygiène et l'organisation des équipes en 12 heures ; j'ai aussi formé les nouveaux arrivants de mon service l'an dernier.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

{sig_candidate("fr")}
""",
    attach=[{"type": "pdf", "name": "CV_Maelle_Brunetti-Okafor.pdf", "lines": [
        "Maëlle Brunetti-Okafor - Marseille - maelle.bo@example.fr",
        "Agent de service hospitalier (2017-2026), AP-HM type établissement",
        "Référente bio-nettoyage réanimation (2022-2026)",
        "Formation : CQP Agent machiniste classique, SST",
        "Langues : français, anglais (B2), italien (B1), espagnol (B1)",
    ]}],
)

own(
    slug="own_thanks_gestimmo", lang="fr",
    to=("Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr"),
    subject="Merci pour l'entretien de ce mardi",
    date="2026-09-15 18:31 +0200", reply="gestimmo_second_chance",
    text=THANKS_GESTIMMO + "\n",
)

own(
    slug="own_reschedule_bellerade", lang="fr",
    to=("Giulia Ferrero-Maurin", "g.ferrero@bellerade.example.mc"),
    subject="RE: Votre candidature – rendez-vous à l'hôtel",
    date="2026-08-04 08:10 +0200", reply="bellerade_invite",
    text=f"""{REQ_BELLERADE}

{wrote("fr", "lun. 3 août 2026 à 11:30", "Giulia Ferrero-Maurin", "g.ferrero@bellerade.example.mc")}
> Je vous propose un entretien le mardi 11 août à 15h00 à l'hôtel, en
> présence de notre gouvernante générale, Mme Pastor.
""",
)

own(
    slug="own_application_syndic", lang="fr",
    to=("Frédéric Castellane", "f.castellane@horizon-provence.example.fr"),
    subject="Candidature – coordinatrice technique des copropriétés",
    date="2026-09-22 07:55 +0200", cte="base64",
    text=f"""Monsieur Castellane,

Mme Giraud, que j'ai croisée au forum emploi de la Belle de Mai, m'a indiqué que vous recherchiez une coordinatrice technique pour vos copropriétés.

Mon expérience hospitalière m'a appris à organiser des interventions sans gêner les occupants, à suivre des prestataires et à tenir des registres de contrôle. Je serais heureuse de mettre ces compétences au service de vos immeubles.

Je vous joins mon CV et reste disponible pour vous rencontrer.

{sig_candidate("fr")}
""",
    attach=[{"type": "pdf", "name": "CV_Brunetti-Okafor_2026.pdf", "lines": [
        "Maëlle Brunetti-Okafor",
        "Coordination propreté et services hôteliers en milieu de santé",
        "maelle.bo@example.fr - +33 6 71 24 58 09",
    ]}],
)

own(
    slug="own_accepts_helvetic_offer", lang="fr",
    to=("Laurent Favre", "l.favre@helvetic-interim.example.ch"),
    subject="RE: TR: Clinique du Léman Ouest – Mme Brunetti-Okafor",
    date="2026-07-22 19:40 +0200", reply="helvetic_client_offer",
    text=f"""Bonsoir Monsieur Favre,

Merci pour votre appel de cet après-midi. Après réflexion en famille, j'accepte avec grand plaisir l'offre de la Clinique du Léman Ouest aux conditions indiquées, début au 1er septembre.

Pouvez-vous me dire quels documents je dois préparer pour le permis G ?

{sig_candidate("fr")}

{wrote("fr", "mer. 22 juil. 2026 à 11:06", "Laurent Favre", "l.favre@helvetic-interim.example.ch")}
> Excellente nouvelle : la clinique souhaite vous faire une offre ! Je vous
> transfère le message de Mme Zufferey ci-dessous.
""",
)

own(
    slug="own_thanks_navigli", lang="en",
    to=("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
    subject="Thank you – Facilities Coordinator interview",
    date="2026-06-18 19:02 +0200",
    text=THANKS_NAVIGLI + "\n",
)

own(
    slug="own_reply_kestrel", lang="en",
    to=("Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk"),
    subject="Re: Residence Services Coordinator – Monaco",
    date="2026-03-17 07:48 +0100", reply="kestrel_cold_approach",
    text=f"""Dear Oliver,

Thank you for thinking of me. Yes, I would be interested in hearing more about the Monaco role. I can commute from Nice, and I am available to talk most afternoons after 15:00.

My updated CV is on my profile; I can also send it directly if you prefer.

{sig_candidate("en")}

{wrote("en", "Mon, 16 Mar 2026 at 10:02", "Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk")}
> I'm working on a Residence Services Coordinator brief for a private
> residential complex in Monaco and your profile stood out.
""",
)

own(
    slug="own_application_mirador", lang="es",
    to=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="Candidatura – Coordinadora de pisos y limpieza",
    date="2026-05-04 21:40 +0200", charset="iso-8859-1", cte="quoted-printable",
    text=f"""Estimada Sra. Casals:

Le adjunto mi candidatura para el puesto de coordinadora de pisos y limpieza publicado en su web.

Trabajo desde hace nueve años en la limpieza hospitalaria en Marsella y quiero dar el paso a la coordinación en el sector hotelero. Hablo español con fluidez y puedo trasladarme a Barcelona a partir de junio.

Quedo a su disposición para una entrevista.

{sig_candidate("es")}
""",
    attach=[{"type": "pdf", "name": "CV_Maelle_Brunetti-Okafor_ES.pdf", "lines": [
        "Maëlle Brunetti-Okafor - Marsella",
        "Limpieza hospitalaria y coordinación de equipos",
        "maelle.bo@example.fr",
    ]}],
)

own(
    slug="own_confirms_mainhafen", lang="de",
    to=("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch – Koordinatorin Hauswirtschaft",
    date="2026-04-21 18:20 +0200", reply="mainhafen_invite_ics",
    text=f"""Sehr geehrte Frau Wörner,

vielen Dank für die Einladung. Den Termin am Donnerstag, 30. April, um 10:00 Uhr per Teams bestätige ich gern.

Ich würde das Gespräch lieber auf Englisch führen, kann aber auch Fragen auf Deutsch beantworten.

{sig_candidate("de")}

{wrote("de", "Di., 21. Apr. 2026 um 13:48 Uhr", "Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de")}
> wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem
> Vorstellungsgespräch ein:
>
> Donnerstag, 30. April 2026, 10:00 bis 11:00 Uhr
""",
)

# ================================================================ digests and newsletters

_es_items = [
    ("Chef d'équipe propreté – Marseille 13e (CDI)",
     "Entreprise de nettoyage multi-sites. Entretien d'embauche sur place dès cette semaine.",
     "https://alertes.emploisud.example.fr/o/88213?utm_source=alerte"),
    ("Gouvernante d'étage – Nice Promenade (saison)",
     "Hôtel 4 étoiles, logement possible. Postulez en un clic.",
     "https://alertes.emploisud.example.fr/o/88240?utm_source=alerte"),
    ("Coordinateur services généraux – Toulon (H/F)",
     "Groupe hospitalier privé. Expérience en milieu de soins appréciée.",
     "https://alertes.emploisud.example.fr/o/88251?utm_source=alerte"),
    ("Conseil de la semaine : un refus n'est pas une fin",
     "Trois façons de demander un retour après une candidature non retenue.",
     "https://emploisud.example.fr/conseils/refus-candidature"),
]
add(
    slug="emploisud_alert_digest", lang="fr", contact="",
    frm=("EmploiSud Alertes", "alertes@news.emploisud.example.fr"),
    subject="3 nouvelles offres pour « coordinatrice propreté » autour de Marseille",
    date="2026-02-09 06:05 +0100",
    text=digest_text("Vos alertes EmploiSud", "Bonjour Maëlle, voici les offres publiées hier "
                     "qui correspondent à votre recherche.", _es_items,
                     "Se désabonner : https://emploisud.example.fr/alertes/stop?u=4471"),
    html=digest_html("Vos alertes EmploiSud", "Bonjour Maëlle, voici les offres publiées hier "
                     "qui correspondent à votre recherche.", _es_items,
                     '<a href="https://emploisud.example.fr/alertes/stop?u=4471">Se désabonner</a>'
                     " · EmploiSud, 13002 Marseille"),
    headers=[("List-Id", "Alertes emploi <alertes.emploisud.example.fr>"),
             ("List-Unsubscribe", "<https://emploisud.example.fr/alertes/stop?u=4471>, "
                                  "<mailto:stop@news.emploisud.example.fr?subject=stop-4471>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
)

_rf_items = [
    ("Comment rebondir après un refus",
     "« Nous ne donnerons pas suite à votre candidature » : ce que cette phrase veut vraiment dire,"
     " et comment relancer poliment.",
     "https://reseau-facility.example.fr/articles/rebondir-apres-un-refus"),
    ("Entretien d'embauche : les questions pièges du facility management",
     "Gestion d'un prestataire défaillant, plan de prévention, astreintes : préparez vos réponses.",
     "https://reseau-facility.example.fr/articles/questions-entretien-fm"),
    ("Offres de la semaine",
     "Responsable services généraux (Lyon), technicienne multiservices (Aix), gouvernante (Monaco).",
     "https://reseau-facility.example.fr/offres"),
]
add(
    slug="reseau_facility_newsletter", lang="fr", contact="",
    frm=("Réseau Facility Sud", "lettre@reseau-facility.example.fr"),
    subject="La Lettre du Réseau Facility Sud - mars 2026", subj_enc="iso-8859-1:Q",
    date="2026-03-04 07:30 +0100", charset="iso-8859-1", cte="quoted-printable",
    html=digest_html("La Lettre du Réseau Facility Sud", "Ce mois-ci : rebondir après un refus, "
                     "préparer l'entretien et les offres de la semaine.", _rf_items,
                     '<a href="https://reseau-facility.example.fr/desinscription">Se désinscrire</a>',
                     color="#7c2d12"),
    text=digest_text("La Lettre du Réseau Facility Sud", "Ce mois-ci : rebondir après un refus, "
                     "préparer l'entretien et les offres de la semaine.", _rf_items,
                     "Se désinscrire : https://reseau-facility.example.fr/desinscription"),
    headers=[("List-Id", "Lettre Reseau Facility Sud <lettre.reseau-facility.example.fr>"),
             ("List-Unsubscribe", "<https://reseau-facility.example.fr/desinscription>"),
             ("Precedence", "list")],
)

add(
    slug="carrieres_sante_article", lang="fr", contact="",
    frm=("Carrières Santé Sud", "redaction@carrieres-sante-sud.example.fr"),
    subject="5 questions à préparer avant votre prochain entretien",
    date="2026-04-06 12:00 +0200", cte="quoted-printable",
    text="""CARRIÈRES SANTÉ SUD – L'article de la semaine

5 questions à préparer avant votre prochain entretien

Vous avez décroché un entretien pour un poste de coordination dans un établissement de santé ? Félicitations. Voici les cinq questions qui reviennent le plus souvent, selon les recruteurs que nous avons interrogés.

1. « Racontez-nous une situation où un protocole d'hygiène n'a pas été respecté. »
2. « Comment organisez-vous un planning quand deux agents sont absents le même jour ? »
3. « Comment gérez-vous un prestataire qui ne respecte pas son cahier des charges ? »
4. « Que faites-vous si un soignant conteste votre organisation ? »
5. « Pourquoi quitter le terrain pour la coordination ? »

Et si la réponse est négative ? Demandez un retour : la plupart des établissements acceptent d'expliquer leur refus au téléphone.

Lire l'article complet : https://carrieres-sante-sud.example.fr/articles/5-questions-entretien

--
Vous recevez cette lettre car vous êtes abonnée à Carrières Santé Sud.
Se désabonner : https://carrieres-sante-sud.example.fr/desabonnement?id=55120
""",
    headers=[("List-Id", "<hebdo.carrieres-sante-sud.example.fr>"),
             ("List-Unsubscribe", "<https://carrieres-sante-sud.example.fr/desabonnement?id=55120>")],
)

_hellotaf = [
    ("Agent(e) de propreté – Aéroport de Marignane", "CDD 6 mois · horaires décalés",
     "https://hellotaf.example.fr/job/55901"),
    ("Chef d'équipe nettoyage – Hôpital de Toulon", "CDI · 2 200 € brut",
     "https://hellotaf.example.fr/job/55917"),
    ("Gouvernante – Résidence senior Lyon 6e", "CDI · entretien sous 48 h",
     "https://hellotaf.example.fr/job/55933"),
    ("Coordinatrice multiservices – Monaco", "CDI · permis de travail fourni",
     "https://hellotaf.example.fr/job/55940"),
]
add(
    slug="hellotaf_alert_html", lang="fr", contact="",
    frm=("HelloTaf", "jobs@alertes.hellotaf.example.fr"),
    subject="Maëlle, 4 jobs qui recrutent près de chez vous", subj_enc="utf-8:B",
    date="2026-08-17 05:45 +0200", cte="base64",
    html=digest_html("HelloTaf – vos jobs du jour", "Ces employeurs recrutent maintenant. "
                     "Postulez avant les autres !", _hellotaf,
                     '<a href="https://hellotaf.example.fr/u/stop">Ne plus recevoir ces alertes</a>',
                     color="#db2777"),
    headers=[("List-Id", "HelloTaf alertes <alertes.hellotaf.example.fr>"),
             ("List-Unsubscribe", "<https://hellotaf.example.fr/u/stop>, "
                                  "<mailto:unsub@alertes.hellotaf.example.fr>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
)

add(
    slug="federation_proprete_newsletter", lang="fr", contact="",
    frm=("Fédération Propreté Sud", "infos@federation-proprete-sud.example.fr"),
    subject="Grille des salaires 2026 et convention collective : ce qui change",
    date="2026-09-07 09:00 +0200",
    text="""FÉDÉRATION PROPRETÉ SUD – Lettre d'information n° 112

Grille des salaires 2026
Les minima conventionnels de la propreté augmentent de 2,1 % au 1er octobre. Les chefs d'équipe (CE1 à CE3) bénéficient d'une revalorisation spécifique.

Reprise du personnel en cas de changement de prestataire
Rappel : en cas de perte de marché, l'entreprise entrante doit reprendre les salariés affectés au site. Un refus de reprise peut être contesté.

Formations de l'automne
« Encadrer une équipe de propreté » – Marseille, 5 et 6 novembre.
« Préparer un entretien professionnel avec ses agents » – Nice, 19 novembre.

En savoir plus : https://federation-proprete-sud.example.fr/lettre/112
Se désinscrire : https://federation-proprete-sud.example.fr/desinscription
""",
    headers=[("List-Id", "Lettre FPS <lettre.federation-proprete-sud.example.fr>"),
             ("List-Unsubscribe", "<https://federation-proprete-sud.example.fr/desinscription>"),
             ("Precedence", "bulk")],
)

_webinar = """Bonjour Maëlle,

Mardi 20 octobre à 18h30, rejoignez notre webinaire gratuit « Réussir son entretien d'embauche dans le médico-social ».

Au programme :
• les attentes des directions d'EHPAD et de cliniques ;
• comment parler de ses refus passés sans se dévaloriser ;
• une simulation d'entretien en direct avec une DRH.

Places limitées à 200 participants."""
add(
    slug="webinar_entretien_promo", lang="fr", contact="",
    frm=("Académie Soins & Services", "webinaires@academie-soins.example.fr"),
    subject="Webinaire gratuit : réussir son entretien d'embauche dans le médico-social",
    date="2026-10-13 11:15 +0200",
    text=_webinar + "\n\nJe m'inscris : https://academie-soins.example.fr/webinaire/2010\n",
    html=simple_html(paras(_webinar) + button("Je m'inscris",
                     "https://academie-soins.example.fr/webinaire/2010", "#b45309")),
    headers=[("List-Unsubscribe", "<https://academie-soins.example.fr/desinscription?c=2010>"),
             ("Precedence", "bulk")],
)

# ================================================================ press, research, cold approach

add(
    slug="gazette_press_interview", lang="fr", contact="c.lambert@gazette-vieuxport.example.fr",
    frm=("Camille Lambert", "c.lambert@gazette-vieuxport.example.fr"),
    subject="Demande d'entretien – article sur les agents de service hospitaliers",
    date="2026-05-18 10:37 +0200",
    text="""Bonjour Madame Brunetti-Okafor,

Je suis journaliste à La Gazette du Vieux-Port. Je prépare un article sur les agents de service hospitaliers qui se reconvertissent vers la coordination, et votre nom m'a été donné par l'association Femmes en Santé 13.

Accepteriez-vous de m'accorder un entretien d'une demi-heure, par téléphone ou autour d'un café, dans les quinze jours ? Vous pourrez relire vos citations avant publication, et l'anonymat est possible si vous le souhaitez.

Bien cordialement,
Camille Lambert
La Gazette du Vieux-Port – rubrique Société
06 11 42 87 30
""",
)

add(
    slug="jobinou_user_research", lang="fr", contact="",
    frm=("Léa de Jobinou", "research@jobinou.example.fr"),
    subject="Donnez-nous 30 minutes : entretien utilisateur rémunéré",
    date="2026-06-02 14:00 +0200",
    text="""Bonjour Maëlle,

Vous utilisez Jobinou pour votre recherche d'emploi depuis quelques mois et votre avis nous intéresse.

Notre équipe produit organise des entretiens utilisateurs de 30 minutes en visio pour comprendre comment vous suivez vos candidatures, vos entretiens et les réponses des recruteurs. En remerciement, vous recevrez une carte cadeau de 30 €.

Choisissez un créneau ici : https://jobinou.example.fr/research/inscription?c=juin26

Ces entretiens n'ont aucun lien avec vos candidatures en cours.

Léa, UX Researcher chez Jobinou
""",
    headers=[("Precedence", "bulk")],
)

add(
    slug="altura_cold_approach", lang="fr", contact="t.mercadier@altura-conseil.example.fr",
    frm=("Thomas Mercadier", "t.mercadier@altura-conseil.example.fr"),
    subject="Votre profil – coordination services généraux (Aix-en-Provence)",
    date="2026-10-05 09:22 +0200",
    text="""Bonjour Madame Brunetti-Okafor,

Je me permets de vous contacter car votre parcours, de l'hôpital vers la coordination, a retenu mon attention.

J'accompagne un de mes clients, un groupe de cliniques privées, dans le recrutement d'une coordinatrice des services généraux pour son site d'Aix-en-Provence. Le poste est rattaché au directeur des opérations et encadre une équipe de quinze personnes.

Seriez-vous ouverte à en savoir plus ? Si oui, répondez-moi simplement et je vous enverrai la fiche de poste.

Bien à vous,
Thomas Mercadier
Consultant senior – Altura Conseil
8 cours Mirabeau, 13100 Aix-en-Provence
""",
)

add(
    slug="kestrel_cold_approach", lang="en", contact="oliver.hastings@kestrel-search.example.co.uk",
    frm=("Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk"),
    subject="Residence Services Coordinator – Monaco",
    date="2026-03-16 10:02 +0000", cte="7bit",
    text="""Hi Maelle,

I hope you don't mind the direct approach. I'm working on a Residence Services Coordinator brief for a private residential complex in Monaco and your profile stood out: hospital cleaning background, languages, and the move into coordination.

The role looks after housekeeping, maintenance contractors and resident requests for about 180 apartments. Salary is competitive for the Principality and it is a permanent position.

Would you be open to hearing more? No pressure at all if the timing isn't right.

Best regards,
Oliver

Oliver Hastings | Principal Consultant, Facilities & Hospitality
Kestrel Search Partners | 22 Bedford Row, London WC1R 4JS
+44 20 7946 0318
""",
)

add(
    slug="clean_shift_podcast", lang="en", contact="producer@cleanshiftpodcast.example.com",
    frm=("Nadine Osei – The Clean Shift", "producer@cleanshiftpodcast.example.com"),
    subject="Podcast interview request – The Clean Shift",
    date="2026-04-01 15:44 +0100",
    text="""Hi Maëlle,

I produce The Clean Shift, a podcast about the people who keep hospitals, hotels and offices running. A listener told us about your post on moving from hospital cleaning into facilities coordination.

Would you like to be interviewed for an episode? It's a relaxed 40-minute conversation recorded remotely; we'd talk about your career, what the job really involves and your advice for others. We record on Tuesdays and Thursdays in April and May.

No pressure at all – just reply if you'd like to take part.

Nadine Osei
Producer, The Clean Shift
""",
)

add(
    slug="talentbridge_user_research", lang="en", contact="",
    frm=("TalentBridge Research", "research@talentbridge.example.com"),
    subject="Help us improve TalentBridge – 20-minute interview",
    date="2026-10-02 16:00 +0000",
    html=simple_html(paras("""Hi Maëlle,

We're redesigning the way TalentBridge shows application updates – acknowledgements, interview invitations, offers and rejections – and we'd love to hear how you manage them today.

Would you join a 20-minute video interview with our design team? Participants receive a EUR 25 voucher.

Pick a time: https://talentbridge.example.com/research/book

This research session is not a job interview and has no effect on any application.

The TalentBridge Research team""") + button("Pick a time",
                                               "https://talentbridge.example.com/research/book"),
        lang="en"),
    headers=[("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://talentbridge.example.com/research/optout>")],
)

_jobsphere = [
    ("Facilities Coordinator – Milan (Porta Nuova)", "International property manager · English-speaking",
     "https://jobsphere.example.com/j/70114"),
    ("Housekeeping Supervisor – Monaco", "5-star hotel · interviews this week",
     "https://jobsphere.example.com/j/70128"),
    ("Soft Services Lead – Geneva Airport", "Shift work · relocation support",
     "https://jobsphere.example.com/j/70131"),
    ("Rejected after the final round? Read this", "Our career coach on what to ask for next.",
     "https://jobsphere.example.com/blog/after-final-round"),
]
add(
    slug="jobsphere_alert_digest", lang="en", contact="",
    frm=("Jobsphere Alerts", "alerts@mail.jobsphere.example.com"),
    subject="New jobs matching 'facilities coordinator' – 3 new today",
    date="2026-01-27 05:30 +0000",
    text=digest_text("Your Jobsphere job alert", "Here are today's new matches for your saved "
                     "search.", _jobsphere, "Unsubscribe: https://jobsphere.example.com/alerts/off"),
    html=digest_html("Your Jobsphere job alert", "Here are today's new matches for your saved "
                     "search.", _jobsphere,
                     '<a href="https://jobsphere.example.com/alerts/off">Unsubscribe</a>',
                     color="#4338ca", lang="en"),
    headers=[("List-Id", "Jobsphere alerts <alerts.jobsphere.example.com>"),
             ("List-Unsubscribe", "<https://jobsphere.example.com/alerts/off>"),
             ("Precedence", "bulk")],
)

_shift = [
    ("What a rejection email really means",
     "'We have decided to move forward with other candidates' – decoding the five most common"
     " phrases.", "https://theshiftreport.example.com/rejection-phrases"),
    ("Interview week checklist",
     "Confirm the time zone, test the video link, prepare two questions for the panel.",
     "https://theshiftreport.example.com/interview-week"),
    ("Negotiating an offer in facilities management",
     "Why shift allowances matter more than the headline salary.",
     "https://theshiftreport.example.com/negotiating-offers"),
]
add(
    slug="shift_report_newsletter", lang="en", contact="",
    frm=("The Shift Report", "newsletter@theshiftreport.example.com"),
    subject="The Shift Report #37: rejection phrases decoded",
    date="2026-09-09 07:00 +0000",
    text=digest_text("The Shift Report #37", "Career notes for people in facilities and "
                     "hospitality.", _shift,
                     "Unsubscribe: https://theshiftreport.example.com/u"),
    html=digest_html("The Shift Report #37", "Career notes for people in facilities and "
                     "hospitality.", _shift,
                     '<a href="https://theshiftreport.example.com/u">Unsubscribe</a>',
                     color="#0369a1", lang="en"),
    headers=[("List-Id", "The Shift Report <list.theshiftreport.example.com>"),
             ("List-Unsubscribe", "<https://theshiftreport.example.com/u>"),
             ("List-Post", "NO"), ("Precedence", "list")],
)

# ================================================================ notifications, parcels, position

add(
    slug="prolien_notification_fr", lang="fr", contact="",
    frm=("ProLien", "notifications@prolien.example.com"),
    subject="Maëlle, votre profil a été consulté 14 fois cette semaine",
    date="2026-06-16 17:10 +0000",
    html=ats_card("ProLien", "#0a66c2", "Votre semaine en chiffres", paras("""Bonjour Maëlle,

14 personnes ont consulté votre profil, dont 3 recruteurs du secteur santé.

Sophie Aubert a pris un nouveau poste : Responsable hôtellerie chez Clinique Bonneveine. Félicitez-la !

Vous êtes apparue dans 22 recherches pour « coordinatrice propreté ».""") + button(
        "Voir qui a consulté votre profil", "https://prolien.example.com/me/profile-views"),
        "ProLien · Gérer vos notifications · Se désabonner"),
    headers=[("List-Unsubscribe", "<https://prolien.example.com/settings/notifications>"),
             ("Auto-Submitted", "auto-generated")],
)

add(
    slug="rapidcolis_delayed", lang="fr", contact="",
    frm=("RapidColis", "ne-pas-repondre@rapidcolis.example.fr"),
    subject="Votre colis RC88471203FR est malheureusement retardé",
    date="2026-03-13 08:02 +0100",
    text="""Bonjour,

Malheureusement, votre colis RC88471203FR n'a pas pu être livré à la date prévue en raison d'un incident sur notre plateforme de Vitrolles.

Nouvelle date estimée : mardi 17 mars 2026.
Votre colis est actuellement en position : centre de tri de Vitrolles (13).

Nous vous prions de nous excuser pour ce retard.

Suivre mon colis : https://rapidcolis.example.fr/suivi/RC88471203FR

RapidColis – ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="autopartage_gps_position", lang="fr", contact="",
    frm=("AutoPartage Provence", "alertes@autopartage-provence.example.fr"),
    subject="Position GPS de votre véhicule réservé",
    date="2026-07-29 07:41 +0200",
    text="""Bonjour Maëlle,

Votre réservation commence à 8h00. Le véhicule Clio GG-418-PT n'est pas à sa place habituelle.

Dernière position GPS connue : 43.2951 N, 5.3752 E – parking de la gare Saint-Charles, niveau -2, place 118.

Le véhicule vous est bien réservé jusqu'à 12h00. En cas de problème, appelez l'assistance au 04 65 00 12 12.

AutoPartage Provence
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="parcelwing_delayed", lang="en", contact="",
    frm=("ParcelWing", "no-reply@parcelwing.example.com"),
    subject="Unfortunately, your parcel is delayed",
    date="2026-05-21 09:15 +0000",
    html=ats_card("ParcelWing", "#f59e0b", "Your parcel is running late", paras("""Hi Maëlle,

Unfortunately your parcel PW-55-1934-UK has been held at our Lyon hub because of a transport strike. We are sorry for the inconvenience.

New estimated delivery: Tuesday 26 May.
Current position: Lyon Saint-Exupéry hub.

You don't need to do anything; we'll let you know when it is out for delivery.""") + button(
        "Track your parcel", "https://parcelwing.example.com/t/PW551934UK"),
        "ParcelWing · automated message · do not reply", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="paketblitz_verzoegerung", lang="de", contact="",
    frm=("PaketBlitz", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-10-20 06:50 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094211873. Grund: erhöhtes Sendungsaufkommen im Paketzentrum Frankfurt-Nord.

Neuer voraussichtlicher Zustelltag: Donnerstag, 22. Oktober 2026.

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team

Dies ist eine automatisch erzeugte Nachricht.
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

# ================================================================ friends and family

add(
    slug="ines_own_rejection", lang="fr", contact="ines.caratini@example.fr",
    frm=("Inès Caratini", "ines.caratini@example.fr"),
    subject="bon bah c'est non pour moi",
    date="2026-05-07 22:14 +0200", cte="8bit",
    text="""Coucou ma belle,

Je viens d'avoir la réponse de la mairie pour le poste d'ATSEM : « votre candidature n'a pas été retenue », point. Même pas un entretien. Je suis dégoûtée, j'y croyais.

Et toi, t'as des nouvelles de ta clinique à Toulon ? Dis-moi que ça avance pour une de nous deux 😅

On se voit dimanche chez ta mère ?

Inès
""",
)

add(
    slug="sister_forwards_job_ad", lang="fr", contact="awa.okafor@example.fr",
    frm=("Awa Okafor", "awa.okafor@example.fr"),
    subject="Fwd: Annonce vue à l'hôpital Nord",
    date="2026-02-26 20:03 +0100",
    text=f"""Regarde ça, une collègue l'a fait passer dans le groupe WhatsApp du service. Ça ressemble à ce que tu cherches, non ?

Bisous
Awa

{forwarded_block("fr", "Service communication <communication@ch-etang-berre.example.fr>", "mer. 25 févr. 2026 à 16:20", "Offre interne : coordinateur·rice bio-nettoyage", "liste-personnel@ch-etang-berre.example.fr")}

Le Centre hospitalier de l'Étang de Berre recrute un·e coordinateur·rice bio-nettoyage (CDI, temps plein).
Missions : encadrement des agents, planification, contrôles microbiologiques, lien avec l'EOH.
Candidatures jusqu'au 15 mars auprès de la DRH.
""",
)

add(
    slug="chidi_own_rejection", lang="en", contact="chidi.okafor@example.co.uk",
    frm=("Chidi Okafor", "chidi.okafor@example.co.uk"),
    subject="Well, that's that",
    date="2026-07-20 21:30 +0100", cte="7bit",
    text="""Hey cuz,

Got the email from the trust this afternoon - they've offered the estates manager job to the internal guy. "We were impressed by your application but..." - you know the script by now.

Not going to lie, it stings. Mum says you've had a few of those yourself this year and you're still standing, so I'm taking notes.

How's Marseille? Any news on the Swiss one?

C.
""",
)

# ================================================================ bank, landlord, school, doctor, insurer

add(
    slug="banque_entretien_conseillere", lang="fr", contact="l.pons@caisse-solidaire.example.fr",
    frm=("Laure Pons - Caisse Solidaire Provence", "l.pons@caisse-solidaire.example.fr",
         "iso-8859-1:Q"),
    subject="Votre entretien annuel avec votre conseillère", subj_enc="iso-8859-1:Q",
    date="2026-01-14 10:48 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Brunetti-Okafor,

Comme chaque année, je vous propose un entretien pour faire le point sur vos comptes, votre épargne et vos projets (changement de poste, déménagement éventuel, crédit...).

Je serai disponible à l'agence de la Canebière le jeudi 22 janvier à 17h30 ou le samedi 24 janvier à 10h. Vous pouvez aussi choisir un rendez-vous téléphonique.

Merci de me dire ce qui vous convient.

Laure Pons
Conseillère clientèle - Caisse Solidaire Provence
Agence Canebière - 04 91 13 70 25
""",
)

_chaudiere = """Madame,

Dans le cadre du contrat d’entretien annuel des chaudières de la résidence Les Platanes, le technicien de la société ThermiSud passera dans votre logement (bât. C, appt 31) le mardi 17 février entre 8h et 12h.

Merci de laisser l’accès libre à la chaudière. En cas d’absence, vous pouvez confier vos clés à la gardienne ou convenir d’un autre rendez-vous directement avec ThermiSud au 04 91 60 33 40.

Cordialement,
Régie Immobilière du Panier
Service gestion locative"""
add(
    slug="regie_entretien_chaudiere", lang="fr", contact="gestion.locative@regie-panier.example.fr",
    frm=("Régie Immobilière du Panier", "gestion.locative@regie-panier.example.fr"),
    subject="Entretien annuel de la chaudière – passage du technicien",
    date="2026-02-10 11:20 +0100", charset="windows-1252", cte="quoted-printable",
    text=_chaudiere, html=outlook_html(mso(_chaudiere)),
)

add(
    slug="ecole_rendezvous_parents", lang="fr", contact="m.santoni@ecole-chave.example.fr",
    frm=("Mme Santoni", "m.santoni@ecole-chave.example.fr"),
    subject="Rencontres parents-enseignante – classe de CE2",
    date="2026-03-17 16:45 +0100",
    text="""Madame,

Les rencontres individuelles parents-enseignante auront lieu la semaine du 30 mars. Je vous propose un entretien de 15 minutes pour faire le point sur le deuxième trimestre de Noah.

Créneaux possibles : lundi 30 mars à 16h45, mardi 31 mars à 17h00 ou jeudi 2 avril à 16h30.

Merci de m'indiquer votre choix par retour de mail ou sur le cahier de liaison.

Mme Santoni
Enseignante de CE2 – École élémentaire Chave, Marseille 5e
""",
)

add(
    slug="medirdv_confirmation", lang="fr", contact="",
    frm=("MédiRdv", "no-reply@medirdv.example.fr"),
    subject="Confirmation de votre rendez-vous du 5 mai avec Dr Caradec",
    date="2026-04-28 13:02 +0200",
    html=ats_card("MédiRdv", "#0891b2", "Rendez-vous confirmé", paras("""Bonjour Maëlle,

Votre rendez-vous est confirmé.

Dr Yann Caradec – médecine du travail
Mardi 5 mai 2026 à 9h20
12 rue Paradis, 13001 Marseille

Pensez à apporter votre carte Vitale et la convocation de visite d'information et de prévention.

En cas d'empêchement, merci d'annuler au moins 24 h à l'avance afin de libérer le créneau.""") + button(
        "Gérer mon rendez-vous", "https://medirdv.example.fr/rdv/774120"),
        "MédiRdv · message automatique"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="mutuelle_refus_remboursement", lang="fr", contact="",
    frm=("Mutuelle des Calanques", "espace-adherent@mutuelle-calanques.example.fr"),
    subject="Votre demande de prise en charge n° 26-118734",
    date="2026-08-31 15:00 +0200",
    text="""Madame Brunetti-Okafor,

Nous avons examiné votre demande de prise en charge pour vos semelles orthopédiques du 12 août 2026.

Malheureusement, votre contrat Essentiel ne couvre pas ce type de dispositif au-delà du remboursement de la Sécurité sociale. Nous ne pouvons donc pas donner une suite favorable à votre demande.

Vous pouvez consulter le détail de vos garanties ou changer de formule depuis votre espace adhérent.

Le service prestations
Mutuelle des Calanques
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="agence_emploi_suivi", lang="fr", contact="k.benali@agence-emploi-med.example.fr",
    frm=("Karima Benali", "k.benali@agence-emploi-med.example.fr"),
    subject="Point d'étape sur votre projet de reconversion",
    date="2026-06-29 09:30 +0200",
    text="""Bonjour Madame Brunetti-Okafor,

Dans le cadre de votre accompagnement, je vous propose un entretien de suivi le lundi 6 juillet à 10h00 à l'agence de la Joliette, ou par téléphone si vous préférez.

Nous ferons le point sur vos candidatures en cours, vos entretiens passés et le financement de la formation « Responsable des services généraux ».

Merci de me confirmer votre disponibilité.

Karima Benali
Conseillère en évolution professionnelle
Agence Emploi Méditerranée – Marseille Joliette
""",
)

# ================================================================ out-of-office auto-replies

add(
    slug="ooo_ollivier_fr", lang="fr", contact="s.ollivier@stroch-lumiere.example.fr",
    frm=("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr"),
    subject="Réponse automatique : Question sur la date de prise de poste",
    date="2026-02-23 08:15 +0100",
    reply="<CAM177.stroch.question.0223@mail.example.fr>",
    text="""Bonjour,

Je suis absente du lundi 23 février au vendredi 6 mars inclus, sans accès à ma messagerie.

Pour toute question relative aux recrutements et aux entretiens en cours, merci de contacter le secrétariat de la DRH au 04 91 80 44 00.

Cordialement,
Sandrine Ollivier
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
)

add(
    slug="ooo_bellandi_en", lang="en", contact="chiara.bellandi@navigli-fp.example.it",
    frm=("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
    subject="Automatic reply: Re: Thank you – Facilities Coordinator interview",
    date="2026-06-29 09:01 +0200",
    reply="navigli_after_thanks",
    text="""Thank you for your message.

I am out of the office until Monday 6 July with limited access to email. For interview scheduling or questions about an ongoing application, please contact talent@navigli-fp.example.it.

Best regards,
Chiara Bellandi
""",
    headers=[("Auto-Submitted", "auto-replied")],
)

add(
    slug="ooo_casals_es", lang="es", contact="mcasals@miradordelport.example.es",
    frm=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="Respuesta automática: Carta de oferta – Coordinadora de pisos y limpieza",
    date="2026-05-28 08:02 +0200", reply="mirador_offer_pdf",
    text="""Hola,

Estoy fuera de la oficina hasta el miércoles 3 de junio. Durante mi ausencia, para temas de selección y contratación puede escribir a personas@miradordelport.example.es.

Gracias,
Marta Casals Roig
""",
    headers=[("Auto-Submitted", "auto-replied")],
)

add(
    slug="ooo_woerner_de", lang="de", contact="k.woerner@mainhafen-klinikum.example.de",
    frm=("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de", "utf-8:B"),
    subject="Abwesenheitsnotiz: Rückfrage zur Bewerbung MK-2026-044",
    date="2026-04-23 07:30 +0200",
    reply="<CAM177.mainhafen.frage.0423@mail.example.fr>",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@mainhafen-klinikum.example.de.

Mit freundlichen Grüßen
Katrin Wörner
""",
    headers=[("Auto-Submitted", "auto-replied")],
)

# ================================================================ course and admission refusals

add(
    slug="ifsm_formation_refus", lang="fr", contact="v.chabert@ifsm-sud.example.fr",
    frm=("Valérie Chabert", "v.chabert@ifsm-sud.example.fr"),
    subject="Titre Responsable des services généraux – décision d'admission",
    date="2026-07-03 11:30 +0200",
    text="""Madame,

Nous avons étudié votre dossier de candidature à la formation certifiante « Responsable des services généraux » (session de septembre 2026, Marseille).

Le jury d'admission n'a pas retenu votre candidature pour cette session : le nombre de places financées par la Région est limité à 14 et la priorité a été donnée aux stagiaires déjà en poste d'encadrement.

Vous pouvez représenter votre dossier pour la session de février 2027.

Valérie Chabert
Responsable des admissions
Institut de Formation Sud Management
""",
)

add(
    slug="workplace_academy_no_place", lang="en", contact="",
    frm=("Workplace Skills Academy – Admissions", "admissions-noreply@workplace-academy.example.com"),
    subject="Your application to the Facilities Management Certificate",
    date="2026-08-12 14:00 +0100",
    text="""Dear Maëlle,

Thank you for applying to the online Facilities Management Certificate (September 2026 cohort).

We received many more applications than places this year, and we are unable to offer you a place on this cohort. You are welcome to apply again for the January 2027 intake; your documents will be kept on file.

Kind regards,
Admissions Office
Workplace Skills Academy
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="escola_master_no_admitida", lang="es", contact="admisiones@esgh.example.es",
    frm=("Escola Superior de Gestió Hotelera", "admisiones@esgh.example.es"),
    subject="Resolución de admisión – Máster en Gestión de Servicios Generales",
    date="2026-07-16 12:00 +0200", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Brunetti-Okafor:

La comisión académica ha revisado su solicitud de admisión al Máster en Gestión de Servicios Generales (curso 2026-2027).

Lamentamos comunicarle que su solicitud no ha sido admitida, ya que el programa exige una titulación universitaria de grado que no consta en su expediente.

Le recordamos que puede acceder al curso de experto universitario, que no tiene este requisito.

Atentamente,
Secretaría de Admisiones
Escola Superior de Gestió Hotelera
""",
)

add(
    slug="sprachschule_kein_platz", lang="de", contact="kurse@sprachschule-mainufer.example.de",
    frm=("Sprachschule Mainufer", "kurse@sprachschule-mainufer.example.de"),
    subject="Intensivkurs Deutsch B2 – leider kein Platz frei",
    date="2026-05-19 10:10 +0200",
    text="""Liebe Frau Brunetti-Okafor,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Beginn 1. Juni 2026).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Wir haben Sie auf die Warteliste gesetzt und melden uns, falls jemand absagt. Der nächste Kurs beginnt am 6. Juli.

Herzliche Grüße
Ihr Team der Sprachschule Mainufer
Schaumainkai 41 · 60596 Frankfurt am Main
""",
)

# ================================================================ more in es and de

_empleocosta = [
    ("Gobernanta – Hotel 4* Barceloneta", "Contrato indefinido · incorporación inmediata",
     "https://empleocosta.example.es/oferta/31207"),
    ("Supervisora de limpieza – Hospital en Badalona", "Turno de mañana · entrevistas esta semana",
     "https://empleocosta.example.es/oferta/31220"),
    ("Coordinador/a de mantenimiento – Comunidades de vecinos", "Eixample · jornada completa",
     "https://empleocosta.example.es/oferta/31236"),
    ("¿Te han rechazado? Cómo pedir feedback", "Consejos de nuestra orientadora laboral.",
     "https://empleocosta.example.es/blog/pedir-feedback"),
]
add(
    slug="empleocosta_alert_digest", lang="es", contact="",
    frm=("EmpleoCosta", "alertas@empleocosta.example.es"),
    subject="Tus nuevas ofertas: gobernanta, supervisora de limpieza y más",
    date="2026-03-30 07:00 +0200",
    text=digest_text("Alertas EmpleoCosta", "Hola Maëlle, estas son las ofertas nuevas en "
                     "Barcelona que encajan con tu búsqueda.", _empleocosta,
                     "Darse de baja: https://empleocosta.example.es/baja"),
    html=digest_html("Alertas EmpleoCosta", "Hola Maëlle, estas son las ofertas nuevas en "
                     "Barcelona que encajan con tu búsqueda.", _empleocosta,
                     '<a href="https://empleocosta.example.es/baja">Darse de baja</a>',
                     color="#b91c1c", lang="es"),
    headers=[("List-Id", "Alertas EmpleoCosta <alertas.empleocosta.example.es>"),
             ("List-Unsubscribe", "<https://empleocosta.example.es/baja>"),
             ("Precedence", "bulk")],
)

add(
    slug="bancolitoral_posicion", lang="es", contact="",
    frm=("Banco Litoral", "avisos@bancolitoral.example.es"),
    subject="Posición global de sus cuentas a 31 de mayo",
    date="2026-05-29 19:00 +0200",
    html=ats_card("Banco Litoral", "#1e3a8a", "Su posición global", paras("""Estimada clienta:

Ya tiene disponible la posición global de sus cuentas y tarjetas a 31 de mayo de 2026 en su banca online.

Además, su gestora, Carmen Ibáñez, le propone una cita para revisar las condiciones de su cuenta de no residente. Puede reservarla desde la aplicación.

Este mensaje es informativo; por su seguridad, nunca le pediremos sus claves por correo.""") + button(
        "Ver mi posición", "https://bancolitoral.example.es/posicion"),
        "Banco Litoral · Aviso automático", lang="es"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="infoempleo_hosteleria_newsletter", lang="es", contact="",
    frm=("InfoEmpleo Hostelería", "boletin@infoempleo-hosteleria.example.es"),
    subject="Boletín: 7 consejos para tu próxima entrevista",
    date="2026-10-14 08:30 +0200", cte="8bit",
    text="""INFOEMPLEO HOSTELERÍA – Boletín semanal

7 consejos para tu próxima entrevista
1. Infórmate sobre el hotel y sus categorías de habitaciones.
2. Prepara ejemplos de cómo has organizado equipos de pisos.
3. Lleva tu currículum impreso, aunque ya lo tengan.
4. Pregunta por el plan de acogida.
5. No hables mal de tu anterior empresa.
6. Si no te seleccionan, pide una valoración: te servirá para la siguiente.
7. Envía un correo de agradecimiento en las 24 horas siguientes.

Ofertas destacadas: gobernanta (Sitges), camarera de pisos (Girona), supervisora de limpieza (Tarragona).
https://infoempleo-hosteleria.example.es/ofertas

Darse de baja: https://infoempleo-hosteleria.example.es/baja
""",
    headers=[("List-Id", "<boletin.infoempleo-hosteleria.example.es>"),
             ("List-Unsubscribe", "<https://infoempleo-hosteleria.example.es/baja>"),
             ("Precedence", "bulk")],
)

_stellen = [
    ("Objektleiter/in Gebäudereinigung – Frankfurt-Ostend", "Vollzeit · unbefristet",
     "https://stellenradar.example.de/job/44810"),
    ("Hausdame (m/w/d) – Hotel am Römer", "Vorstellungsgespräche ab sofort",
     "https://stellenradar.example.de/job/44822"),
    ("Koordinator/in Reinigungsdienste – Klinik Offenbach", "Teilzeit möglich",
     "https://stellenradar.example.de/job/44835"),
    ("Ratgeber: Was tun nach einer Absage?", "So nutzen Sie Feedback für die nächste Bewerbung.",
     "https://stellenradar.example.de/ratgeber/absage"),
]
add(
    slug="stellenradar_alert_digest", lang="de", contact="",
    frm=("StellenRadar Rhein-Main", "agent@stellenradar.example.de"),
    subject="3 neue Stellen für Ihren Suchauftrag „Objektleitung Reinigung“",
    date="2026-04-27 06:15 +0200", subj_enc="utf-8:B",
    text=digest_text("Ihr StellenRadar-Suchauftrag", "Guten Morgen, diese Stellen wurden seit "
                     "gestern neu veröffentlicht.", _stellen,
                     "Suchauftrag beenden: https://stellenradar.example.de/abmelden"),
    html=digest_html("Ihr StellenRadar-Suchauftrag", "Guten Morgen, diese Stellen wurden seit "
                     "gestern neu veröffentlicht.", _stellen,
                     '<a href="https://stellenradar.example.de/abmelden">Suchauftrag beenden</a>',
                     color="#15803d", lang="de"),
    headers=[("List-Id", "StellenRadar Suchauftrag <agent.stellenradar.example.de>"),
             ("List-Unsubscribe", "<https://stellenradar.example.de/abmelden>"),
             ("Precedence", "bulk")],
)

add(
    slug="karriere_kompass_newsletter", lang="de", contact="",
    frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
    subject="Absagen richtig deuten – und warum ein Vorstellungsgespräch kein Verhör ist",
    date="2026-08-05 12:00 +0200",
    html=simple_html(paras("""KARRIERE-KOMPASS · Ausgabe 31/2026

Absagen richtig deuten
„Wir haben uns für eine andere Kandidatin entschieden“ heißt selten, dass Sie schlecht waren. Oft entscheidet die interne Lösung oder ein Budgetstopp.

Ein Vorstellungsgespräch ist kein Verhör
Wie Sie Gegenfragen stellen, ohne unhöflich zu wirken.

Zusage bekommen? So verhandeln Sie Ihr Angebot
Drei Punkte, die Sie vor der Unterschrift klären sollten.

Abmelden: https://karriere-kompass.example.de/abmelden"""), lang="de"),
    headers=[("List-Id", "Karriere-Kompass <newsletter.karriere-kompass.example.de>"),
             ("List-Unsubscribe", "<https://karriere-kompass.example.de/abmelden>"),
             ("Precedence", "bulk")],
)

add(
    slug="wohnung_absage_hausverwaltung", lang="de", contact="m.fuchs@hv-nordend.example.de",
    frm=("Monika Fuchs", "m.fuchs@hv-nordend.example.de"),
    subject="Ihre Bewerbung um die Wohnung Eckenheimer Landstraße 72",
    date="2026-06-10 16:25 +0200", charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Brunetti-Okafor,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Eckenheimer Landstraße 72 und Ihren Besuch beim Besichtigungstermin am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Ihre Unterlagen (Selbstauskunft, Gehaltsnachweise) werden wir datenschutzgerecht vernichten.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche in Frankfurt.

Mit freundlichen Grüßen
Monika Fuchs
Hausverwaltung Nordend
Oeder Weg 14 · 60318 Frankfurt am Main
""",
)

add(
    slug="prolink_weekly_en", lang="en", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="You appeared in 9 searches this week",
    date="2026-09-21 16:30 +0000",
    text="""Hi Maëlle,

You appeared in 9 searches this week.
Top search: "housekeeping coordinator" (Milan, Monaco)

People also viewed your profile:
- A talent partner at a facilities company in Milan
- A recruiter at a hospitality group in Geneva

Jobs you may be interested in:
- Facilities Coordinator – Milan – 2 days ago
- Soft Services Supervisor – Nice – 5 days ago

See all: https://prolink.example.com/me/search-appearances

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/settings/email
""",
    headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email>"),
             ("Auto-Submitted", "auto-generated")],
)
