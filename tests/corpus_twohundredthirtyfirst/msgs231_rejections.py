"""Corpus 231, kind `rejection` (31). Every message words its no differently."""

from __future__ import annotations

from msgs231_common import (
    ats_card,
    button,
    forwarded,
    mso,
    outlook_block,
    outlook_html,
    paras,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_es,
    wrote_fr,
)
from msgs231_invites import SIG_GOIKOETXEA, SIG_JANSSENS, SIG_KRANZ, SIG_VOLLMER, SIG_WENDLING
from msgs231_other import THANKS_HEIMBURGER

REJ_HEIMBURGER = """Chère Madame Okafor-Brandt,

Votre message nous a fait très plaisir, et Luc Brenner garde un bon souvenir de
vos questions pendant la visite de la ligne.

Nous avons rencontré quatre personnes pour ce poste. Nous avons finalement
choisi de le confier à une candidate qui occupe déjà une fonction qualité dans
l'industrie biscuitière, car la reprise du dossier IFS en avril ne laisse pas
de temps pour une période d'apprentissage.

Ce choix ne remet pas en cause vos qualités : si un poste d'opératrice qualité
ou d'assistante s'ouvre dans l'année, je me permettrai de vous recontacter.

Avec nos meilleurs voeux pour la suite,"""

DISCLAIMER_HEIMBURGER = """Biscuiterie Heimburger SAS - RCS Strasbourg 512 004 118.
Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de nous en
informer et de le supprimer."""

THANKS_HARTWELL = """Dear Ms Bakker,

Thank you very much for this morning's interview. I enjoyed hearing how
Hartwell runs its unannounced audits, and the case on the mislabelled allergen
batch was a good challenge. I remain very interested in the role.

Kind regards,
Maëlys Okafor-Brandt"""


MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- French
    {
        "kind": "rejection", "slug": "heimburger_apres_entretien_cite_remerciement", "lang": "fr",
        "id": "heim-rej", "refs": ["heim-ack", "heim-inv", "heim-ty"],
        "company": "Biscuiterie Heimburger",
        "contact": "agnes.wendling@heimburger-biscuits.example.fr",
        "from": ("Agnès Wendling", "agnes.wendling@heimburger-biscuits.example.fr"),
        "subject": "RE: Merci pour l'entretien de mercredi",
        "date": "2026-03-09 14:05",
        "text": REJ_HEIMBURGER + "\n\n" + SIG_WENDLING + "\n\n" + DISCLAIMER_HEIMBURGER + "\n\n"
        + outlook_block("fr", "Maëlys Okafor-Brandt <maelys.ob@example.fr>",
                        "jeudi 26 février 2026 19:12",
                        "Agnès Wendling <agnes.wendling@heimburger-biscuits.example.fr>",
                        "Merci pour l'entretien de mercredi", THANKS_HEIMBURGER) + "\n",
        "html": outlook_html(mso(REJ_HEIMBURGER + "\n\n" + SIG_WENDLING + "\n\n"
                                 + DISCLAIMER_HEIMBURGER)
                             + '<div style="border-top:solid #E1E1E1 1.0pt">'
                             + mso("De : Maëlys Okafor-Brandt <maelys.ob@example.fr>\n"
                                   "Envoyé : jeudi 26 février 2026 19:12\n"
                                   "Objet : Merci pour l'entretien de mercredi\n\n"
                                   + THANKS_HEIMBURGER) + "</div>"),
    },
    {
        "kind": "rejection", "slug": "interim_relaie_refus_munsterthal", "lang": "fr",
        "refs": ["interim-inv", "interim-move"],
        "company": "Fromagerie Munsterthal", "contact": "j.ritter@interim-pluriel.example.fr",
        "from": ("Jérôme Ritter", "j.ritter@interim-pluriel.example.fr"),
        "subject": "Retour de la Fromagerie Munsterthal",
        "date": "2026-02-24 12:20",
        "text": """Bonjour Maëlys,

Mme Haberer m'a rappelé ce matin. La fromagerie ne donnera pas suite pour la
mission d'assistante qualité : ils ont préféré une personne qui a déjà travaillé
en cave d'affinage et qui peut être autonome dès le premier jour.

Je suis déçu pour vous, l'entretien s'était bien passé d'après ce qu'elle m'a
dit. Je garde votre dossier en tête pour les prochaines missions qualité,
il y en a souvent au printemps.

Bon courage et à bientôt,

Jérôme Ritter
Intérim Pluriel Strasbourg - 03 88 22 57 31
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "cigogne_pourvu_en_interne", "lang": "fr",
        "refs": ["cigogne-inv", "cigogne-req", "cigogne-move"],
        "company": "Hyper Cigogne", "contact": "nadia.zerrouki@cigogne-distribution.example.fr",
        "from": ("Nadia Zerrouki", "nadia.zerrouki@cigogne-distribution.example.fr"),
        "subject": "Poste d'auditrice hygiène magasins - notre décision",
        "date": "2026-07-20 11:40",
        "text": """Bonjour Madame Okafor-Brandt,

Merci encore d'être venue nous rencontrer le 10 juillet.

Je reviens vers vous pour vous informer que le poste d'auditrice hygiène
magasins a finalement été pourvu en interne : une collaboratrice de notre
magasin de Colmar, déjà formée à nos procédures, a souhaité évoluer sur cette
fonction et la direction régionale a validé sa mobilité. Le recrutement externe
est donc clos.

M. Arnold a apprécié votre regard de professionnelle des métiers de bouche et
m'a demandé de conserver votre candidature pour de futurs besoins.

Cordialement,

Nadia Zerrouki
Chargée de recrutement - Hyper Cigogne
""",
        "html": simple_html(paras("""Bonjour Madame Okafor-Brandt,

Merci encore d'être venue nous rencontrer le 10 juillet.

Je reviens vers vous pour vous informer que le poste d'auditrice hygiène
magasins a finalement été pourvu en interne : une collaboratrice de notre
magasin de Colmar, déjà formée à nos procédures, a souhaité évoluer sur cette
fonction et la direction régionale a validé sa mobilité. Le recrutement externe
est donc clos.

M. Arnold a apprécié votre regard de professionnelle des métiers de bouche et
m'a demandé de conserver votre candidature pour de futurs besoins.

Cordialement,

Nadia Zerrouki
Chargée de recrutement - Hyper Cigogne""")),
    },
    {
        "kind": "rejection", "slug": "sundgau_workday_formel", "lang": "fr",
        "company": "Laiterie du Sundgau", "contact": "",
        "from": ("Laiterie du Sundgau", "sundgau@myworkday.com"),
        "subject": "Suite donnée à votre candidature - Assistant(e) qualité (R-1187)",
        "date": "2026-02-11 07:03", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Laiterie du Sundgau", "#1e3a8a", paras("""Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste
d'Assistant(e) qualité (R-1187) à Altkirch.

Après une étude attentive de votre dossier, nous avons le regret de vous
informer que votre candidature n'a pas été retenue.

Nous conservons vos coordonnées dans notre base de talents pendant 24 mois,
sauf opposition de votre part depuis votre espace candidat.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines""")
            + button("Accéder à mon espace candidat",
                     "https://sundgau.wd3.myworkday.com/fr-FR/careers/userHome", "#1e3a8a"),
            "Message automatique - merci de ne pas répondre.", "fr"),
    },
    {
        "kind": "rejection", "slug": "lorraine_salaisons_laconique", "lang": "fr",
        "company": "Salaisons de Lorraine", "contact": "p.thiriet@salaisons-lorraine.example.fr",
        "from": ("Pascal Thiriet", "p.thiriet@salaisons-lorraine.example.fr"),
        "subject": "Re: candidature technicienne qualité",
        "date": "2026-04-30 17:58",
        "refs": ["<cand-salaisons-0421@example.fr>"],
        "text": """Bonjour,

On ne donnera pas suite. Merci quand même.

P. Thiriet
Salaisons de Lorraine - Woippy
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "mirabelle_recrutement_gele", "lang": "fr",
        "refs": ["mirabelle-apply"],
        "company": "Confiturerie Mirabelle de Lorraine",
        "contact": "helene.colin@mirabelle-lorraine.example.fr",
        "from": ("Recrutement Mirabelle de Lorraine", "recrutement@mirabelle-lorraine.example.fr"),
        "reply_to": ("Hélène Colin", "helene.colin@mirabelle-lorraine.example.fr"),
        "reply_to_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Candidature spontanée - assistante qualité / hygiène",
        "date": "2026-05-07 10:12",
        "text": """Madame,

Votre candidature spontanée a retenu notre attention et nous comptions vous
proposer un rendez-vous. Entre-temps, la direction a décidé de geler jusqu'à
nouvel ordre le recrutement prévu au service qualité, en raison d'une récolte
de mirabelles très faible cette année.

Le poste étant mis en attente sans date de reprise, nous préférons être
honnêtes : nous n'irons pas plus loin dans ce processus. Si la situation évolue,
nous reprendrons contact avec les personnes qui nous ont écrit.

Avec nos remerciements,
Hélène Colin
Assistante de direction - Confiturerie Mirabelle de Lorraine, Metz
""",
    },
    {
        "kind": "rejection", "slug": "houblon_bleu_tutoiement", "lang": "fr",
        "company": "Brasserie du Houblon Bleu", "contact": "thomas@houblonbleu.example.fr",
        "from": ("Thomas Gass", "thomas@houblonbleu.example.fr"),
        "subject": "pour le poste qualité",
        "date": "2026-06-23 19:26",
        "text": """Salut Maëlys,

Bon, je vais pas tourner autour du pot : on part sur Kevin, qui bosse déjà
chez nous au conditionnement et qui connaît nos cuves par coeur. C'était serré,
vraiment, et ton idée de plan de nettoyage en check-list m'a bien plu.

Passe quand même boire une mousse à la brasserie un de ces soirs, je te dois
bien ça.

Thomas
Brasserie du Houblon Bleu - Mulhouse
""",
        "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "veritalim_smartrecruiters_profils_proches", "lang": "fr",
        "company": "Veritalim Certification", "contact": "",
        "from": ("Veritalim Certification", "noreply@smartrecruiters.com"),
        "subject": "Votre candidature - Auditeur/Auditrice Food (Bruxelles)",
        "date": "2026-03-27 15:31", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys,

Merci d'avoir pris le temps de postuler chez Veritalim Certification.

Nous avons reçu de nombreuses candidatures de grande qualité pour ce poste.
Nous avons décidé de poursuivre avec des profils dont l'expérience en audit
tierce partie correspond plus étroitement à nos exigences d'accréditation.

Nous vous invitons à consulter régulièrement nos offres : d'autres postes
pourraient mieux correspondre à votre parcours.

Cordialement,
L'équipe Talent Veritalim
""",
        "html": ats_card("Veritalim Certification", "#334155", paras("""Bonjour Maëlys,

Merci d'avoir pris le temps de postuler chez Veritalim Certification.

Nous avons reçu de nombreuses candidatures de grande qualité pour ce poste.
Nous avons décidé de poursuivre avec des profils dont l'expérience en audit
tierce partie correspond plus étroitement à nos exigences d'accréditation.

Nous vous invitons à consulter régulièrement nos offres : d'autres postes
pourraient mieux correspondre à votre parcours.

Cordialement,
L'équipe Talent Veritalim"""), "Powered by SmartRecruiters", "fr"),
    },
    {
        "kind": "rejection", "slug": "marchefrais_apres_deux_entretiens", "lang": "fr",
        "refs": ["mfa-ack"],
        "company": "Marché Frais d'Alsace", "contact": "b.kaltenbach@marchefrais.example.fr",
        "from": ("Benoît Kaltenbach", "b.kaltenbach@marchefrais.example.fr"),
        "subject": "Votre candidature - Auditrice qualité magasins Bas-Rhin",
        "date": "2026-06-02 16:10",
        "text": """Madame Okafor-Brandt,

Je tenais à vous appeler, mais je n'ai pas réussi à vous joindre ; je vous
écris donc.

Vos deux entretiens ont été très appréciés, notamment votre analyse de la
chambre froide lors de la visite du magasin de Brumath. Le comité a toutefois
retenu une candidate qui justifie de plusieurs années d'audit en grande
distribution, critère qui a pesé lourd compte tenu du nombre de magasins à
couvrir dès la rentrée.

Si vous le souhaitez, je vous fais volontiers un retour plus détaillé par
téléphone.

Bien cordialement,

Benoît Kaltenbach
Responsable recrutement - Marché Frais d'Alsace
Parc d'activités du Ried, 67800 Hoenheim · 03 88 19 64 00
""",
        "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "biolabo_poste_supprime", "lang": "fr",
        "refs": ["biolabo-ack"],
        "company": "Biolabo Rhin", "contact": "a.lang@biolabo-rhin.example.fr",
        "from": ("Arnaud Lang", "a.lang@biolabo-rhin.example.fr"),
        "subject": "Annulation du recrutement - technicienne hygiène alimentaire",
        "date": "2026-06-25 09:14",
        "text": """Madame,

Je suis au regret de vous annoncer que le poste de technicienne hygiène
alimentaire pour lequel vous aviez candidaté est supprimé. Le contrat de
prélèvements en restauration scolaire qui justifiait cette création n'a pas été
renouvelé par la collectivité, et nous ne recruterons donc personne.

Les entretiens prévus sont annulés. Je vous remercie pour l'intérêt porté à
notre laboratoire et vous souhaite de trouver rapidement le poste qui vous
convient.

Salutations distinguées,
Arnaud Lang
Biolabo Rhin
""",
        "charset": "windows-1252", "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "schaeffer_lettre_courte", "lang": "fr",
        "company": "Choucrouterie Schaeffer", "contact": "direction@choucroute-schaeffer.example.fr",
        "from": ("Choucrouterie Schaeffer", "direction@choucroute-schaeffer.example.fr"),
        "subject": "Réponse à votre demande d'emploi",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-01-29 10:00",
        "text": """Madame,

Nous avons bien pris connaissance de votre lettre du 19 janvier et du
curriculum vitae qui l'accompagnait.

Nous regrettons de ne pouvoir réserver une suite favorable à votre demande,
notre effectif au service qualité étant complet pour la saison.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Jean-Paul Schaeffer
Gérant
Choucrouterie Schaeffer - 12 route de Colmar, 68127 Sainte-Croix-en-Plaine
Tél. 03 89 49 31 20
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "alsace_talents_client_anonyme", "lang": "fr",
        "company": "Alsace Talents Recrutement", "contact": "elodie.fuchs@alsace-talents.example.fr",
        "from": ("Élodie Fuchs", "elodie.fuchs@alsace-talents.example.fr"),
        "subject": "Réf. AT-2026-188 - retour de notre client",
        "date": "2026-09-18 11:02",
        "text": """Bonjour Maëlys,

Je reviens vers vous concernant le poste de technicienne qualité que je vous
avais présenté pour une brasserie du Haut-Rhin (réf. AT-2026-188).

Notre client a reçu trois candidats en entretien final et a arrêté son choix
sur un autre profil, issu de l'industrie des boissons. Je suis sincèrement
désolée que cela n'ait pas abouti cette fois.

Vous restez bien sûr dans notre vivier, et j'espère que les choses avancent de
votre côté !

Élodie Fuchs
Consultante - Alsace Talents Recrutement
""",
        "html": outlook_html(mso("""Bonjour Maëlys,

Je reviens vers vous concernant le poste de technicienne qualité que je vous
avais présenté pour une brasserie du Haut-Rhin (réf. AT-2026-188).

Notre client a reçu trois candidats en entretien final et a arrêté son choix
sur un autre profil, issu de l'industrie des boissons. Je suis sincèrement
désolée que cela n'ait pas abouti cette fois.

Vous restez bien sûr dans notre vivier, et j'espère que les choses avancent de
votre côté !

Élodie Fuchs
Consultante - Alsace Talents Recrutement""")),
    },
    {
        "kind": "rejection", "slug": "kessler_reponse_a_relance", "lang": "fr",
        "company": "Pains d'Épices Kessler", "contact": "c.wolf@kessler-painsdepices.example.fr",
        "from": ("Corinne Wolf", "c.wolf@kessler-painsdepices.example.fr"),
        "subject": "RE: Relance - entretien du 3 mars (poste hygiène-qualité)",
        "date": "2026-03-24 08:50",
        "refs": ["<relance-kessler-0320@example.fr>"],
        "text": """Bonjour Madame Okafor-Brandt,

Toutes mes excuses pour ce silence, la période de Pâques nous a débordés.

La décision a été prise la semaine dernière et elle ne vous est malheureusement
pas favorable : M. Kessler a préféré une personne du village, qu'il connaît et
qui peut commencer immédiatement.

Je vous remercie pour votre patience et pour votre présentation très complète
lors de l'entretien.

Corinne Wolf
Assistante administrative - Pains d'Épices Kessler, Gertwiller

""" + outlook_block("fr", "Maëlys Okafor-Brandt", "vendredi 20 mars 2026 09:15",
                    "Corinne Wolf", "Relance - entretien du 3 mars (poste hygiène-qualité)",
                    """Bonjour Madame Wolf,

Je me permets de revenir vers vous suite à mon entretien du 3 mars avec
M. Kessler pour le poste hygiène-qualité. Avez-vous des nouvelles quant à la
suite du processus ? Je reste très motivée et disponible pour un second
entretien si besoin.

Bien cordialement,
Maëlys Okafor-Brandt""") + "\n",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "surgeles_thur_smartrecruiters_refus", "lang": "fr",
        "refs": ["thur-ack"],
        "company": "Surgelés de la Thur", "contact": "",
        "from": ("Surgelés de la Thur", "noreply@smartrecruiters.com"),
        "subject": "Auditeur Interne Qualité H/F - réponse à votre candidature",
        "date": "2026-04-06 08:22", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys,

Nous vous remercions pour votre candidature au poste Auditeur Interne Qualité
H/F (Cernay).

Nous ne sommes pas en mesure d'y donner une suite positive : le poste requiert
une expérience confirmée des audits internes en milieu surgelé, que nous
n'avons pas retrouvée dans votre parcours.

Nous vous souhaitons bonne continuation.

Le service Ressources Humaines
Surgelés de la Thur
""",
        "html": ats_card("Surgelés de la Thur", "#0369a1", paras("""Bonjour Maëlys,

Nous vous remercions pour votre candidature au poste Auditeur Interne Qualité
H/F (Cernay).

Nous ne sommes pas en mesure d'y donner une suite positive : le poste requiert
une expérience confirmée des audits internes en milieu surgelé, que nous
n'avons pas retrouvée dans votre parcours.

Nous vous souhaitons bonne continuation.

Le service Ressources Humaines
Surgelés de la Thur"""), "Powered by SmartRecruiters", "fr"),
        "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "ehrlacher_transfert_decision", "lang": "fr",
        "company": "Domaine Ehrlacher", "contact": "lea.haller@domaine-ehrlacher.example.fr",
        "from": ("Léa Haller", "lea.haller@domaine-ehrlacher.example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "TR: candidature Mme Okafor-Brandt - responsable hygiène embouteillage",
        "date": "2026-08-20 15:33",
        "text": """Bonjour Madame Okafor-Brandt,

Je vous transfère ci-dessous la réponse de M. Ehrlacher au sujet de votre
candidature, plutôt que de la reformuler. Je suis désolée que ce ne soit pas
une meilleure nouvelle, et je vous souhaite bonne chance.

Léa Haller
Assistante - Domaine Ehrlacher, Kaysersberg

""" + forwarded("fr", "Marc Ehrlacher <marc@domaine-ehrlacher.example.fr>",
                "mer. 19 août 2026 à 18:47", "candidature Mme Okafor-Brandt",
                "Léa Haller <lea.haller@domaine-ehrlacher.example.fr>",
                """Léa,

Merci de répondre à Mme Okafor-Brandt que nous ne la retenons pas. Son profil
est sympathique mais pour l'embouteillage il me faut quelqu'un qui a déjà
fait de l'IFS en conditionnement. Remercie-la pour l'entretien de lundi.

Marc""") + "\n",
        "cte": "qp",
    },
    # ---------------------------------------------------------------- English
    {
        "kind": "rejection", "slug": "talentbridge_belcacao_relays_no", "lang": "en",
        "refs": ["tb-cold", "tb-yes", "tb-inv"],
        "company": "Belcacao", "contact": "marieke@talentbridge.example.be",
        "from": ("Marieke Janssens", "marieke@talentbridge.example.be"),
        "subject": "Belcacao - feedback",
        "date": "2026-09-28 11:45", "tz": "Europe/Brussels",
        "text": f"""Hi Maëlys,

Hendrik called me this morning with Belcacao's decision. I'm sorry to say
they won't be taking your application further: they've chosen someone who has
already audited cocoa suppliers in West Africa, which became the deciding
factor once the role was extended to origin audits.

He was genuinely complimentary about your allergen answers, for what it's
worth. I'd like to keep you in mind for other food clients - I'll be in touch.

Best regards,
{SIG_JANSSENS}
""",
        "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "qualigourmet_workable_more_closely", "lang": "en",
        "refs": ["qg-ack"],
        "company": "QualiGourmet Lab", "contact": "",
        "from": ("QualiGourmet Lab", "noreply@workablemail.com"),
        "subject": "Update on your application - Food Safety Auditor",
        "date": "2026-03-13 09:00", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("QualiGourmet Lab", "#6d28d9", paras("""Dear Maëlys,

Thank you for your interest in the Food Safety Auditor role and for the time
you invested in your application.

We have decided to move forward with candidates whose experience more closely
matches the requirements of the role at this time.

We wish you every success in your search.

Regards,
QualiGourmet Lab Hiring Team"""), "Powered by Workable", "en"),
    },
    {
        "kind": "rejection", "slug": "northbake_two_lines", "lang": "en",
        "company": "Northbake", "contact": "jens.holm@northbake.example.be",
        "from": ("Jens Holm", "jens.holm@northbake.example.be"),
        "subject": "Re: QA Auditor application",
        "date": "2026-05-15 18:02", "tz": "Europe/Brussels",
        "refs": ["<app-northbake-0508@example.fr>"],
        "text": """Hi Maëlys, thanks - we've gone another way on this one. Good luck.

Jens

Sent from my phone
""",
        "cte": "7bit",
    },
    {
        "kind": "rejection", "slug": "freshtrace_ashby_not_progressing", "lang": "en",
        "refs": ["fresh-ack"],
        "company": "FreshTrace", "contact": "",
        "from": ("FreshTrace Hiring", "no-reply@ashbyhq.com"),
        "subject": "Your application to FreshTrace",
        "date": "2026-07-21 13:14", "tz": "utc",
        "text": """Hi Maëlys,

Thanks again for applying for Field Auditor, Food Safety. We read every
application closely, and after careful consideration we won't be progressing
yours to interviews.

This role needed someone who has already run third-party audits on their own,
and we didn't see that in your background yet. We hope our paths cross again.

The FreshTrace team
""",
        "html": ats_card("FreshTrace", "#0f766e", paras("""Hi Maëlys,

Thanks again for applying for Field Auditor, Food Safety. We read every
application closely, and after careful consideration we won't be progressing
yours to interviews.

This role needed someone who has already run third-party audits on their own,
and we didn't see that in your background yet. We hope our paths cross again.

The FreshTrace team"""), "Sent with Ashby", "en"),
    },
    {
        "kind": "rejection", "slug": "hartwell_after_interview_quotes_thanks", "lang": "en",
        "company": "Hartwell Certification", "contact": "an.bakker@hartwell-cert.example.be",
        "from": ("An Bakker", "an.bakker@hartwell-cert.example.be"),
        "subject": "Re: Thank you - Auditor interview",
        "date": "2026-08-31 16:28", "tz": "Europe/Brussels",
        "refs": ["<ty-hartwell-0825@example.fr>"],
        "text": """Dear Maëlys,

Thank you for your kind note, and apologies for taking a few days to reply.

I'm afraid we won't be offering you the position. The panel felt you would
make a good auditor in time, but this opening needs someone who can lead audits
alone from the first month, and we chose a candidate with several years of
certification work behind her.

Please do apply again next year: we'll be opening junior positions then.

With best wishes,
An Bakker
Operations Manager, Hartwell Certification
Avenue de Tervueren 120, 1150 Brussels

""" + wrote_en("Tue, 25 Aug 2026 at 14:02", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               THANKS_HARTWELL) + "\n",
        "html": simple_html(paras("""Dear Maëlys,

Thank you for your kind note, and apologies for taking a few days to reply.

I'm afraid we won't be offering you the position. The panel felt you would
make a good auditor in time, but this opening needs someone who can lead audits
alone from the first month, and we chose a candidate with several years of
certification work behind her.

Please do apply again next year: we'll be opening junior positions then.

With best wishes,
An Bakker
Operations Manager, Hartwell Certification
Avenue de Tervueren 120, 1150 Brussels""")
            + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
            + paras(THANKS_HARTWELL) + "</blockquote>", "en"),
    },
    {
        "kind": "rejection", "slug": "meridian_requisition_closed", "lang": "en",
        "refs": ["meridian-ack"],
        "company": "Meridian Dairy Europe", "contact": "rachel.moore@meridiandairy.example.com",
        "from": ("Rachel Moore via iCIMS", "meridian@talent.icims.com"),
        "reply_to": ("Rachel Moore", "rachel.moore@meridiandairy.example.com"),
        "subject": "Supplier Quality Auditor (Req 26-0417) - position closed",
        "date": "2026-06-17 10:30", "tz": "-0400",
        "text": """Dear Maëlys,

I'm writing to let you know that requisition 26-0417, Supplier Quality
Auditor in Brussels, has been closed following a company-wide hiring freeze.
We will not be filling the position this year, and your application will not
be taken further.

I'm sorry for the disappointing news after the time you put into the process,
and thank you for your interest in Meridian.

Rachel Moore
Talent Acquisition Lead, EMEA
Meridian Dairy Europe
""",
        "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "sorrel_finch_bamboohr_next_stage", "lang": "en",
        "company": "Sorrel & Finch Catering", "contact": "",
        "from": ("Sorrel & Finch Catering", "notifications@app.bamboohr.com"),
        "subject": "Hygiene Lead - application update",
        "date": "2026-09-04 20:12", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hello Maëlys,

Thank you for applying for the Hygiene Lead role with Sorrel & Finch Catering
in Basel. We've now reviewed all applications, and on this occasion you were
not selected to move on to the next stage.

We appreciate the effort you put into your application and wish you well.

Sorrel & Finch Catering - People Team
""",
        "html": simple_html(paras("""Hello Maëlys,

Thank you for applying for the Hygiene Lead role with Sorrel & Finch Catering
in Basel. We've now reviewed all applications, and on this occasion you were
not selected to move on to the next stage.

We appreciate the effort you put into your application and wish you well.

Sorrel & Finch Catering - People Team"""), "en"),
    },
    {
        "kind": "rejection", "slug": "crumbworks_ex_colleague_casual", "lang": "en",
        "company": "Crumbworks", "contact": "sam.okoye@crumbworks.example.be",
        "from": ("Sam Okoye", "sam.okoye@crumbworks.example.be"),
        "subject": "bad news, sorry",
        "date": "2026-10-09 19:40", "tz": "Europe/Brussels",
        "text": """Hey Maëlys,

Wanted you to hear it from me rather than from HR: the board picked someone
with a lab background for the QA spot. I pushed for you, honestly, but they
were nervous about the BRC audit in January.

Gutted. Drinks on me next time you're in Brussels, and I'll ping you the
moment anything else opens up here.

Sam
""",
        "cte": "7bit",
    },
    # ---------------------------------------------------------------- German
    {
        "kind": "rejection", "slug": "rheinfood_absage_nach_gespraech", "lang": "de",
        "refs": ["rhein-inv", "rhein-inv2"],
        "company": "Rheinfood", "contact": "k.vollmer@rheinfood.example.de",
        "from": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de"),
        "subject": "Ihre Bewerbung als Qualitätsauditorin Lieferanten",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-02 13:15", "tz": "Europe/Berlin",
        "text": f"""Sehr geehrte Frau Okafor-Brandt,

noch einmal herzlichen Dank, dass Sie sich am 24. März Zeit für das Gespräch
vor Ort genommen haben.

Nach reiflicher Überlegung haben wir uns für eine Mitbewerberin entschieden,
die bereits mehrere Jahre Erfahrung in Lieferantenaudits mitbringt. Diese
Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten, sofern Sie einer
längeren Speicherung nicht zustimmen.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
{SIG_VOLLMER}
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "vogelsang_mandant_anders_entschieden", "lang": "de",
        "refs": ["vogel-inv", "vogel-move"],
        "company": "Vogelsang Executive Search", "contact": "b.kranz@vogelsang-search.example.de",
        "from": ("Bettina Kranz", "b.kranz@vogelsang-search.example.de"),
        "subject": "Rückmeldung unseres Mandanten",
        "date": "2026-08-21 12:02", "tz": "Europe/Berlin",
        "text": f"""Liebe Frau Okafor-Brandt,

ich hatte gehofft, Ihnen Besseres berichten zu können: Unser Mandant hat sich
nach den Zweitgesprächen für eine andere Kandidatin entschieden, die aus einem
direkten Wettbewerber kommt. Ihr Auftritt wurde als sehr sympathisch und
fachlich fundiert beschrieben, am Ende gab die Branchenkenntnis den Ausschlag.

Ich melde mich bei Ihnen, sobald ich ein passendes neues Mandat habe – und das
meine ich ernst.

Herzliche Grüße
{SIG_KRANZ}
""",
        "html": simple_html(paras(f"""Liebe Frau Okafor-Brandt,

ich hatte gehofft, Ihnen Besseres berichten zu können: Unser Mandant hat sich
nach den Zweitgesprächen für eine andere Kandidatin entschieden, die aus einem
direkten Wettbewerber kommt. Ihr Auftritt wurde als sehr sympathisch und
fachlich fundiert beschrieben, am Ende gab die Branchenkenntnis den Ausschlag.

Ich melde mich bei Ihnen, sobald ich ein passendes neues Mandat habe – und das
meine ich ernst.

Herzliche Grüße
{SIG_KRANZ}"""), "de"),
    },
    {
        "kind": "rejection", "slug": "badische_softgarden_nicht_beruecksichtigt", "lang": "de",
        "refs": ["badische-ack"],
        "company": "Badische Feinkost", "contact": "",
        "from": ("Badische Feinkost via softgarden", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei der Badischen Feinkost",
        "date": "2026-08-17 06:55", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Frau Okafor-Brandt,

vielen Dank für Ihr Interesse an der Position Hygienemanagerin (m/w/d).

Leider können wir Ihre Bewerbung im weiteren Auswahlverfahren nicht
berücksichtigen. Bitte haben Sie Verständnis, dass wir aufgrund der hohen Zahl
an Bewerbungen keine individuellen Gründe nennen können.

Wir wünschen Ihnen viel Erfolg und alles Gute.
Ihr Recruiting-Team der Badischen Feinkost
""",
        "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "novalab_absage_schweiz", "lang": "de",
        "company": "Novalab Analytik", "contact": "u.meier@novalab.example.ch",
        "from": ("Urs Meier", "u.meier@novalab.example.ch"),
        "subject": "Ihr Gespräch vom Dienstag – unser Entscheid",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-07-16 16:45", "tz": "Europe/Zurich",
        "text": """Grüezi Frau Okafor-Brandt

Nach dem Gespräch vom Dienstag haben wir intern lange diskutiert. Am Ende fiel
unser Entscheid auf eine Person, welche die Schweizer Lebensmittelgesetzgebung
und die Arbeit mit den kantonalen Laboratorien bereits aus der Praxis kennt.

Es tut mir leid, Ihnen keinen positiveren Bescheid geben zu können. Ihr
Praxisbezug aus der Konditorei hat uns beeindruckt; wir behalten Ihr Dossier
gerne in Evidenz, wenn Sie einverstanden sind.

Freundliche Grüsse
Urs Meier
Leiter Lebensmittelanalytik · Novalab Analytik AG · Klybeckstrasse 141 · 4057 Basel
""",
        "charset": "windows-1252", "cte": "qp",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "kind": "rejection", "slug": "ibarrola_proceso_en_pausa", "lang": "es",
        "refs": ["ibar-inv", "ibar-cancel"],
        "company": "Conservas Ibarrola",
        "contact": "itziar.goikoetxea@conservas-ibarrola.example.es",
        "from": ("Itziar Goikoetxea", "itziar.goikoetxea@conservas-ibarrola.example.es"),
        "subject": "Re: Cancelada: Entrevista - Técnica de Calidad",
        "date": "2026-06-01 09:35", "tz": "Europe/Madrid",
        "text": f"""Hola Maëlys:

Como te adelanté, quería darte noticias de la entrevista pendiente. La
dirección ha decidido congelar la contratación del puesto de Técnica de
Calidad hasta que se cierre la integración con la planta de Santoña, y no
sabemos cuándo se reactivará.

Por eso no vamos a continuar con el proceso ni a reprogramar la entrevista.
Siento mucho no poder darte otra respuesta.

Un saludo,
{SIG_GOIKOETXEA}

""" + wrote_es("lun, 18 may 2026 a las 16:20", "Itziar Goikoetxea",
               "itziar.goikoetxea@conservas-ibarrola.example.es",
               "Hola Maëlys:\n\nTe escribo para cancelar la entrevista del miércoles 20. ...") + "\n",
        "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "nervion_otros_perfiles", "lang": "es",
        "refs": ["nerv-inv", "nerv-missed"],
        "company": "Alimentos Nervión", "contact": "aitor.etxeberria@nervion-alimentos.example.es",
        "from": ("Aitor Etxeberria", "aitor.etxeberria@nervion-alimentos.example.es"),
        "subject": "Proceso Auditora Interna de Seguridad Alimentaria",
        "date": "2026-10-05 12:50", "tz": "Europe/Madrid",
        "text": """Hola Maëlys:

Gracias por tu paciencia y por la entrevista que al final pudimos hacer el 24.

Te escribo para decirte que hemos avanzado con otros perfiles que encajan mejor
con lo que necesita ahora la planta de Zamudio, sobre todo por la experiencia
en auditorías de proveedores cárnicos.

Te deseo mucha suerte en tu búsqueda; tu candidatura queda en nuestra base de
datos por si surge algo más adelante.

Un saludo,
Aitor Etxeberria
Alimentos Nervión
""",
        "html": simple_html(paras("""Hola Maëlys:

Gracias por tu paciencia y por la entrevista que al final pudimos hacer el 24.

Te escribo para decirte que hemos avanzado con otros perfiles que encajan mejor
con lo que necesita ahora la planta de Zamudio, sobre todo por la experiencia
en auditorías de proveedores cárnicos.

Te deseo mucha suerte en tu búsqueda; tu candidatura queda en nuestra base de
datos por si surge algo más adelante.

Un saludo,
Aitor Etxeberria
Alimentos Nervión"""), "es"),
        "charset": "iso-8859-1", "cte": "8bit", "html_cte": "qp",
    },
    {
        "kind": "rejection", "slug": "txokolate_no_seleccionada", "lang": "es",
        "refs": ["txoko-apply", "txoko-ack"],
        "company": "Grupo Txokolate", "contact": "",
        "from": ("Grupo Txokolate", "no-reply@teamtailor-mail.com"),
        "subject": "Sobre tu candidatura en Grupo Txokolate",
        "date": "2026-06-10 08:00", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Grupo Txokolate", "#78350f", paras("""Hola Maëlys:

Te agradecemos sinceramente el interés en formar parte de Grupo Txokolate.

Tras revisar todas las candidaturas, tu perfil no ha sido seleccionado en esta
ocasión para el puesto de Técnica de Calidad y Seguridad Alimentaria.

Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo
contrario.

Un saludo,
El equipo de Personas de Grupo Txokolate"""), "Enviado con Teamtailor", "es"),
        "html_cte": "base64",
    },
    {
        "kind": "rejection", "slug": "norte_talento_cliente_gorbeia", "lang": "es",
        "refs": ["norte-ack"],
        "company": "Quesos Gorbeia", "contact": "ainhoa.ruiz@nortetalento.example.es",
        "from": ("Ainhoa Ruiz", "ainhoa.ruiz@nortetalento.example.es"),
        "subject": "Respuesta de Quesos Gorbeia",
        "date": "2026-07-29 17:15", "tz": "Europe/Madrid",
        "text": """Hola Maëlys:

Me acaba de llamar la responsable de planta de Quesos Gorbeia. Al final no van
a contar contigo para la sustitución de verano en calidad: prefieren a alguien
con carné de manipuladora de la zona que ya haya trabajado en quesería.

Una pena, porque la entrevista les gustó. Sigo buscando para ti, en septiembre
suelen salir más procesos.

Un saludo,
Ainhoa Ruiz
Norte Talento ETT · 944 10 72 65
""",
        "charset": "windows-1252", "cte": "qp",
    },
]
