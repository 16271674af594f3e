"""Corpus 231, kind `other` (52): the candidate's own mail, digests, look-alikes in other senses.

The texts of the candidate's own mails that later messages quote are module constants here
(THANKS_*, RESCHEDULE_*, ...), so a reply elsewhere quotes exactly what she sent.
"""

from __future__ import annotations

from msgs231_common import (
    ME,
    ats_card,
    button,
    esc,
    forwarded,
    mso,
    newsletter_html,
    newsletter_text,
    outlook_block,
    outlook_html,
    paras,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_fr,
)

SIG_FR = """--
Maëlys Okafor-Brandt
Cheffe pâtissière · en reconversion vers l'audit qualité / sécurité des aliments
12 rue des Orfèvres, 67000 Strasbourg
06 41 27 83 90"""

SIG_EN = """--
Maëlys Okafor-Brandt
Pastry chef, moving into food safety auditing (HACCP, IFS Food v8 trained)
Strasbourg, France · +33 6 41 27 83 90"""

SIG_DE = """--
Maëlys Okafor-Brandt
Konditormeisterin (FR), Weiterbildung Lebensmittelsicherheit / Auditorin
Strasbourg · +33 6 41 27 83 90"""

# --- texts of the candidate's own mails that employers quote back later --------------------

THANKS_CERTALIS = """Bonjour Madame Hummel,

Merci encore pour notre échange téléphonique d'hier. J'ai beaucoup apprécié la
présentation de vos missions d'audit en agroalimentaire, en particulier la partie
sur les audits inopinés IFS que je ne connaissais que par la théorie.

Comme convenu, je vous joins ici le détail de ma formation HACCP (42 h, CCI
Alsace Eurométropole) et je reste disponible pour la suite.

Bien cordialement,
Maëlys Okafor-Brandt"""

THANKS_HEIMBURGER = """Madame Wendling, Monsieur Brenner,

Un grand merci pour l'entretien de mercredi et pour la visite de la ligne de
bredele : voir le plan de nettoyage et les points de contrôle de la cuisson en
vrai m'a confortée dans mon envie de rejoindre un service qualité.

Si vous avez besoin d'un complément (références, attestation de formation), je
vous l'envoie volontiers.

Bien à vous,
Maëlys Okafor-Brandt"""

SORRY_RHEINFOOD = """Sehr geehrte Frau Vollmer,

es tut mir wirklich leid: Ich war um 10:00 Uhr bereit, aber mein Teams-Link hat
mich in einen falschen Warteraum geführt (ich hatte die Einladung aus der
Personio-Mail doppelt geöffnet). Ich habe bis 10:20 gewartet und dann Ihre Mail
gesehen.

Wäre ein neuer Termin diese oder nächste Woche möglich? Ich bin flexibel, außer
Donnerstagvormittag.

Mit freundlichen Grüßen
Maëlys Okafor-Brandt"""

RESCHEDULE_CIGOGNE = """Bonjour Madame Zerrouki,

Merci pour votre invitation à l'entretien du mercredi 8 juillet à 9h30.
Malheureusement ce matin-là je suis encore en service au laboratoire de pâtisserie
(remplacement d'un collègue jusqu'à 13h). Serait-il possible de décaler au
vendredi 10 juillet, ou à un autre créneau en après-midi ?

Je vous prie de m'excuser pour ce contretemps.

Cordialement,
Maëlys Okafor-Brandt"""

THANKS_VOSGELAB = """Bonjour Docteur Fritsch,

Je tenais à vous remercier, ainsi que toute l'équipe microbiologie, pour la
journée d'essai d'hier. Les prélèvements de surface et la lecture des boîtes
m'ont passionnée, et j'ai apprécié la patience de Julien pour m'expliquer le
logiciel de traçabilité.

Je reste à votre écoute pour la suite,
Maëlys"""

INTERESTED_TALENTBRIDGE = """Hi Marieke,

Thanks for reaching out - yes, I would be interested in hearing more. A QA
auditor role in chocolate would be a good bridge from pastry, and Brussels is on
my list. I'm free for a call most afternoons next week.

Best regards,
Maëlys"""

RESCHEDULE_HARBOUR = """Hi Tom,

Thank you for setting up the phone screen on Wednesday at 2pm. Would it be
possible to move it by an hour, to 3pm? I have a pastry delivery that I can't
shift that morning and I'd rather not be rushed.

Apologies for the back and forth, and thanks for your flexibility.

Best,
Maëlys Okafor-Brandt"""

APPLY_TXOKOLATE = """Estimada señora Urrutia:

Les escribo para presentar mi candidatura al puesto de técnica de calidad y
seguridad alimentaria publicado en su web. Soy pastelera de formación (diez años
en obradores de Estrasburgo) y actualmente completo una formación de auditora
interna IFS Food v8. Hablo español con soltura (dos años en San Sebastián).

Adjunto mi CV. Quedo a su disposición para una entrevista cuando les convenga.

Un cordial saludo,
Maëlys Okafor-Brandt"""


# --- newsletters: shared footers ------------------------------------------------------------

def _footer_fr(unsub: str) -> str:
    return (f'Vous recevez cet e-mail car vous avez créé une alerte. '
            f'<a href="{unsub}">Se désabonner</a> · Emploi Grand Est, 4 place de Bordeaux, '
            '67000 Strasbourg')


EMPLOI_GE_ITEMS = [
    ("Auditeur / Auditrice qualité IFS - Colmar (CDI)",
     "https://www.emploi-grandest.example.fr/o/48213?utm_source=alerte",
     "Organisme certificateur · déplacements Grand Est · permis B"),
    ("Technicien(ne) hygiène et sécurité des aliments - Mulhouse",
     "https://www.emploi-grandest.example.fr/o/48290?utm_source=alerte",
     "Industrie agroalimentaire · 2x8 · HACCP indispensable"),
    ("Responsable qualité boulangerie industrielle - Metz",
     "https://www.emploi-grandest.example.fr/o/48311?utm_source=alerte",
     "PME 120 salariés · BRCGS · anglais courant"),
    ("Conseil du mois : un refus n'est pas une fin",
     "https://www.emploi-grandest.example.fr/conseils/refus?utm_source=alerte",
     "Trois façons de demander un retour après un entretien sans paraître insistante"),
]

FOOD_WEEKLY_ITEMS = [
    ("Unannounced IFS audits: what changed in 2026",
     "https://foodsafetyweekly.example.org/a/ifs-unannounced-2026",
     "Certification bodies report more unannounced visits and fewer rejections of corrective plans."),
    ("Interview: a former chef on becoming a lead auditor",
     "https://foodsafetyweekly.example.org/a/chef-to-auditor",
     "Why kitchen experience makes for sharper questions on the shop floor."),
    ("Jobs board: 14 new auditor openings in Benelux",
     "https://foodsafetyweekly.example.org/jobs?region=benelux",
     "Brussels, Antwerp, Ghent - most ask for a GFSI-recognised scheme."),
    ("Recall round-up: allergens top the list again",
     "https://foodsafetyweekly.example.org/a/recalls-june",
     "Undeclared sesame and milk account for 41% of recalls this quarter."),
]


MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- candidate's own mail
    {
        "kind": "other", "slug": "own_thanks_certalis", "lang": "fr", "id": "certalis-ty",
        "from": ME, "to": [("Claire Hummel", "claire.hummel@certalis.example.fr")],
        "subject": "Re: Échange téléphonique - Auditrice junior agroalimentaire",
        "date": "2026-01-23 08:47", "refs": ["certalis-ack", "certalis-screen"],
        "text": THANKS_CERTALIS + "\n\n" + SIG_FR + "\n",
        "cte": "8bit",
    },
    {
        "kind": "other", "slug": "own_thanks_heimburger", "lang": "fr", "id": "heim-ty",
        "from": ME, "to": [("Agnès Wendling", "agnes.wendling@heimburger-biscuits.example.fr")],
        "cc": [("Luc Brenner", "luc.brenner@heimburger-biscuits.example.fr")],
        "subject": "Merci pour l'entretien de mercredi",
        "date": "2026-02-26 19:12", "refs": ["heim-inv"],
        "text": THANKS_HEIMBURGER + "\n",
        "html": simple_html(paras(THANKS_HEIMBURGER)),
    },
    {
        "kind": "other", "slug": "own_sorry_rheinfood_missed", "lang": "de", "id": "rhein-sorry",
        "from": ME, "to": [("Katrin Vollmer", "k.vollmer@rheinfood.example.de")],
        "subject": "AW: Ihr Vorstellungsgespräch heute um 10:00 Uhr",
        "date": "2026-03-17 11:40", "refs": ["rhein-inv", "rhein-missed"],
        "text": SORRY_RHEINFOOD + "\n\n" + SIG_DE + "\n\n" + wrote_de(
            "Di., 17. März 2026 um 10:26", "Katrin Vollmer", "k.vollmer@rheinfood.example.de",
            "Sehr geehrte Frau Okafor-Brandt,\n\nwir haben heute ab 10:00 Uhr in Teams auf Sie "
            "gewartet ...") + "\n",
        "charset": "iso-8859-1", "cte": "qp",
        "subject_enc": None,
    },
    {
        "kind": "other", "slug": "own_reschedule_request_cigogne", "lang": "fr",
        "id": "cigogne-req",
        "from": ME, "to": [("Nadia Zerrouki", "nadia.zerrouki@cigogne-distribution.example.fr")],
        "subject": "Demande de report - entretien Auditrice hygiène magasins",
        "date": "2026-07-03 07:55", "refs": ["cigogne-inv"],
        "text": RESCHEDULE_CIGOGNE + "\n\n" + SIG_FR + "\n",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "other", "slug": "own_thanks_vosgelab_trial_day", "lang": "fr", "id": "vosge-ty",
        "from": ME, "to": [("Hélène Fritsch", "helene.fritsch@vosgelab.example.fr")],
        "subject": "Merci pour la journée d'essai",
        "date": "2026-08-27 18:03", "refs": ["vosge-inv"],
        "text": THANKS_VOSGELAB + "\n",
        "cte": "base64",
    },
    {
        "kind": "other", "slug": "own_reply_talentbridge_interested", "lang": "en",
        "id": "tb-yes",
        "from": ME, "to": [("Marieke Janssens", "marieke@talentbridge.example.be")],
        "subject": "Re: Chocolate QA auditor in Brussels - open to a chat?",
        "date": "2026-09-02 13:20", "refs": ["tb-cold"],
        "text": INTERESTED_TALENTBRIDGE + "\n\n" + wrote_en(
            "Tue, 1 Sept 2026 at 09:14", "Marieke Janssens", "marieke@talentbridge.example.be",
            "Hi Maëlys,\n\nI came across your profile while searching for people with hands-on\n"
            "production experience for a client in Brussels ...") + "\n",
        "cte": "7bit",
    },
    {
        "kind": "other", "slug": "own_application_txokolate", "lang": "es", "id": "txoko-apply",
        "from": ME, "to": [("Ane Urrutia", "rrhh@txokolate.example.es")],
        "subject": "Candidatura: Técnica de calidad y seguridad alimentaria",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-05-11 21:30",
        "text": APPLY_TXOKOLATE + "\n",
        "pdfs": [{"filename": "CV_Maelys_Okafor-Brandt_ES.pdf",
                  "lines": ["Maëlys Okafor-Brandt", "Pastelera - técnica de calidad en formación",
                            "Estrasburgo (Francia) · +33 6 41 27 83 90",
                            "Experiencia: jefa de pastelería, Pâtisserie Kugel (2019-2026)",
                            "Formación: HACCP 42 h; auditora interna IFS Food v8 (2026)",
                            "Idiomas: francés, alemán, inglés, español"]}],
    },
    {
        "kind": "other", "slug": "own_spontaneous_application_metz", "lang": "fr",
        "id": "mirabelle-apply",
        "from": ME, "to": [("Recrutement Mirabelle de Lorraine",
                            "recrutement@mirabelle-lorraine.example.fr")],
        "subject": "Candidature spontanée - assistante qualité / hygiène",
        "date": "2026-04-15 10:05",
        "text": """Madame, Monsieur,

Pâtissière depuis dix ans et formée à l'HACCP et au référentiel IFS Food, je
souhaite mettre mon expérience de la production au service d'un service qualité.
Votre confiturerie, dont je connais les produits depuis longtemps, m'intéresse
particulièrement pour son travail sur les fruits de Lorraine.

Je serais heureuse de vous rencontrer lors d'un entretien pour vous présenter mon
parcours. Vous trouverez mon CV en pièce jointe.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

""" + SIG_FR + "\n",
        "pdfs": [{"filename": "CV_Okafor-Brandt.pdf",
                  "lines": ["Maëlys Okafor-Brandt - CV", "Cheffe pâtissière, Pâtisserie Kugel, Strasbourg",
                            "Formation HACCP (42 h) - Auditrice interne IFS Food v8",
                            "Langues : français, allemand, anglais, espagnol"]}],
    },
    {
        "kind": "other", "slug": "own_reschedule_request_harbour", "lang": "en",
        "id": "harbour-req",
        "from": ME, "to": [("Tom Verbeke", "tom.verbeke@harbourgrain.example.be")],
        "subject": "Re: Phone screen - QA Auditor (Brussels)",
        "date": "2026-06-08 08:12", "refs": ["harbour-inv"],
        "text": RESCHEDULE_HARBOUR + "\n",
        "html": simple_html(paras(RESCHEDULE_HARBOUR), "en"),
    },
    {
        "kind": "other", "slug": "own_forward_offer_to_partner", "lang": "fr",
        "from": ME, "to": [("Jonas", "jonas.brandt@example.fr")],
        "subject": "Tr: Proposition d'embauche - Auditrice junior",
        "date": "2026-02-21 09:31", "refs": ["certalis-offer"],
        "text": """Regarde ! Ils me font une vraie proposition, le PDF est dans le mail d'origine.
On en parle ce soir ? Je ne suis pas sûre pour le CDD de 12 mois.

""" + forwarded("fr", "Claire Hummel <claire.hummel@certalis.example.fr>",
                "ven. 20 févr. 2026 à 16:02", "Proposition d'embauche - Auditrice junior",
                "Maëlys Okafor-Brandt <maelys.ob@example.fr>",
                """Bonjour Madame Okafor-Brandt,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste
d'auditrice junior agroalimentaire au sein de notre agence de Metz ...
Vous trouverez ci-joint notre proposition détaillée.""") + "\n",
    },
    {
        "kind": "other", "slug": "own_withdrawal_stahl", "lang": "fr",
        "from": ME, "to": [("Sabine Stahl", "sabine@chocolaterie-stahl.example.fr")],
        "subject": "Re: Votre candidature - Chocolaterie Stahl",
        "date": "2026-03-03 12:44", "refs": ["stahl-ack"],
        "text": """Bonjour Madame Stahl,

Merci beaucoup pour votre retour rapide. Je préfère être transparente : j'ai
entre-temps accepté d'avancer sur un autre processus qui correspond davantage à
mon projet d'audit, et je retire donc ma candidature pour ne pas vous faire
perdre de temps.

Je garde un excellent souvenir de votre boutique de Colmar et j'y repasserai
sûrement pour les mendiants !

Bien cordialement,
Maëlys Okafor-Brandt
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ---------------------------------------------------------------- friends and mentors
    {
        "kind": "other", "slug": "friend_own_rejection", "lang": "fr",
        "from": ("Clémence Ott", "clemence.ott@example.fr"),
        "contact": "clemence.ott@example.fr",
        "subject": "bon ben c'est non pour moi...",
        "date": "2026-03-12 22:16",
        "text": """Coucou ma belle,

Je viens de recevoir la réponse de la laiterie de Sélestat : refus. "Nous avons
retenu une candidature plus en adéquation", blabla. Après trois entretiens et un
test, ça pique un peu, je t'avoue.

Bref, je me console avec un bout de kougelhopf. Et toi, des nouvelles de Metz ?
Croise les doigts pour toi, tu vas l'avoir ton poste d'auditrice !

Hopla, bisous
Clémence
""",
        "cte": "8bit",
    },
    {
        "kind": "other", "slug": "friend_es_own_rejection", "lang": "es",
        "from": ("Garazi Ibáñez", "garazi.ibanez@example.es"),
        "from_enc": ("iso-8859-1", "Q"),
        "contact": "garazi.ibanez@example.es",
        "subject": "Me han dicho que no :(",
        "date": "2026-06-04 23:02", "tz": "Europe/Madrid",
        "text": """¡Hola Maëlys!

Te cuento: lo del laboratorio de Getxo no ha salido. Me han escrito hoy diciendo
que han elegido a otra persona con más experiencia en microbiología. Después de
la segunda entrevista estaba convencida de que sí...

En fin, sigo buscando. ¿Y lo tuyo con la conservera? ¿Te han contestado? Si
vienes a Bilbao en julio te invito a unos pintxos en la Plaza Nueva.

Un abrazo muy fuerte,
Garazi
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "other", "slug": "mentor_advice_panel_interview", "lang": "fr",
        "from": ("Bernard Schmitt", "b.schmitt@example.fr"),
        "contact": "b.schmitt@example.fr",
        "subject": "Re: tes conseils pour l'entretien chez Certalis ?",
        "date": "2026-02-07 17:58", "refs": ["<c4a9e1.mentor-ask@example.fr>"],
        "text": """Maëlys,

Pour un jury de trois, ne t'adresse pas qu'à celui qui pose la question : regarde
tout le monde. Prépare deux exemples concrets où tu as fait corriger un écart
d'hygiène au labo - ils adorent ça. Et n'aie pas honte de dire que tu viens de la
pâtisserie : tu as vu plus de contrôles DDPP que la moitié des candidats.

Tiens-moi au courant, et passe à la winstub quand c'est fini, je t'offre un
verre de pinot.

Bernard

""" + wrote_fr("sam. 7 févr. 2026 à 10:03", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               "Bonjour Bernard,\n\nJ'ai mon entretien avec un jury mardi chez Certalis, "
               "tu aurais deux ou trois conseils ?\nJ'ai peur de paraître trop \"cuisine\".\n\n"
               "Maëlys") + "\n",
        "charset": "windows-1252", "cte": "8bit",
    },
    # ---------------------------------------------------------------- digests and job alerts
    {
        "kind": "other", "slug": "alert_emploi_grandest", "lang": "fr",
        "from": ("Emploi Grand Est", "alertes@emploi-grandest.example.fr"),
        "subject": "4 nouvelles offres pour « auditeur qualité agroalimentaire »",
        "date": "2026-02-18 06:30",
        "headers": [
            ("List-Id", "Alertes emploi <alertes.emploi-grandest.example.fr>"),
            ("List-Unsubscribe",
             "<https://www.emploi-grandest.example.fr/alertes/stop?u=8812>,\n"
             " <mailto:desabonnement@emploi-grandest.example.fr?subject=stop-8812>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        "text": newsletter_text(
            "Vos offres du jour",
            "Bonjour Maëlys, voici les offres publiées depuis hier qui correspondent à votre "
            "alerte « auditeur qualité agroalimentaire » autour de Strasbourg (80 km).",
            EMPLOI_GE_ITEMS,
            "Se désabonner : https://www.emploi-grandest.example.fr/alertes/stop?u=8812"),
        "html": newsletter_html(
            "Vos offres du jour",
            "Bonjour Maëlys, voici les offres publiées depuis hier qui correspondent à votre "
            "alerte « auditeur qualité agroalimentaire » autour de Strasbourg (80 km).",
            EMPLOI_GE_ITEMS,
            _footer_fr("https://www.emploi-grandest.example.fr/alertes/stop?u=8812")),
    },
    {
        "kind": "other", "slug": "newsletter_food_safety_weekly", "lang": "en",
        "from": ("Food Safety Weekly", "digest@foodsafetyweekly.example.org"),
        "subject": "This week: unannounced audits, a chef-turned-auditor interview, 14 jobs",
        "date": "2026-06-12 07:00", "tz": "utc",
        "headers": [
            ("List-Id", "Food Safety Weekly <weekly.foodsafetyweekly.example.org>"),
            ("List-Unsubscribe", "<https://foodsafetyweekly.example.org/unsubscribe?id=ab71c>"),
            ("Precedence", "list"),
        ],
        "html": newsletter_html(
            "Food Safety Weekly - issue 212",
            "Good morning. Fewer corrective plans are being rejected, more audits come "
            "unannounced, and one reader tells us how her first interview for an auditor "
            "role went after fifteen years in kitchens.",
            FOOD_WEEKLY_ITEMS,
            'You subscribed at foodsafetyweekly.example.org. '
            '<a href="https://foodsafetyweekly.example.org/unsubscribe?id=ab71c">Unsubscribe</a>',
            lang="en", colour="#1d4ed8"),
    },
    {
        "kind": "other", "slug": "alert_auditjobs_europe", "lang": "en",
        "from": ("AuditJobs Europe", "alerts@auditjobs.example.eu"),
        "reply_to": ("AuditJobs Europe", "no-reply@auditjobs.example.eu"),
        "subject": "3 new jobs match 'food safety auditor' near Basel",
        "date": "2026-05-21 05:45", "tz": "utc",
        "headers": [
            ("List-Id", "<jobalerts.auditjobs.example.eu>"),
            ("List-Unsubscribe", "<https://auditjobs.example.eu/a/unsub/77Q2>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        "text": """Hi Maëlys,

3 new jobs match your alert "food safety auditor" (Basel + 50 km):

1. Food Safety Auditor (m/f/d) - certification body - Basel
   https://auditjobs.example.eu/j/55120
2. QA Specialist, Bakery Division - Pratteln
   https://auditjobs.example.eu/j/55131
3. Supplier Auditor, Dairy - Lörrach (DE)
   https://auditjobs.example.eu/j/55137

Tip of the week: recruiters say candidates who ask for feedback after a
rejection are twice as likely to be invited again. Read more:
https://auditjobs.example.eu/blog/after-a-no

Manage alerts: https://auditjobs.example.eu/a/manage
Unsubscribe: https://auditjobs.example.eu/a/unsub/77Q2
""",
        "cte": "7bit",
        "charset": "utf-8",
    },
    {
        "kind": "other", "slug": "jobletter_lebensmittel", "lang": "de",
        "from": ("Jobletter Lebensmittel & Qualität", "newsletter@lq-jobs.example.de"),
        "from_enc": ("utf-8", "B"),
        "subject": "Neue Stellen: Auditorin IFS, QS-Technikerin – und 5 Tipps fürs Vorstellungsgespräch",
        "date": "2026-04-09 06:15", "tz": "Europe/Berlin",
        "headers": [
            ("List-Id", "Jobletter <jobletter.lq-jobs.example.de>"),
            ("List-Unsubscribe", "<https://lq-jobs.example.de/abmelden?k=3kd9>"),
            ("Precedence", "bulk"),
        ],
        "text": """Jobletter Lebensmittel & Qualität – Ausgabe 14/2026

Neue Stellen am Oberrhein
* Auditorin / Auditor IFS Food (w/m/d), Karlsruhe – https://lq-jobs.example.de/s/9921
* QS-Technikerin Backwaren, Offenburg – https://lq-jobs.example.de/s/9930
* Hygienebeauftragte/r Großküche, Freiburg – https://lq-jobs.example.de/s/9934

Ratgeber: 5 Tipps fürs Vorstellungsgespräch
Wer eine Absage bekommt, sollte freundlich nach Feedback fragen. Und wer zum
Gespräch eingeladen wird: Unterlagen zur HACCP-Schulung griffbereit halten.
https://lq-jobs.example.de/ratgeber/vorstellungsgespraech

Abmelden: https://lq-jobs.example.de/abmelden?k=3kd9
""",
        "html": newsletter_html(
            "Jobletter Lebensmittel & Qualität – 14/2026",
            "Neue Stellen am Oberrhein und unser Ratgeber: 5 Tipps fürs Vorstellungsgespräch.",
            [("Auditorin / Auditor IFS Food (w/m/d), Karlsruhe",
              "https://lq-jobs.example.de/s/9921", "Zertifizierungsstelle, Reisetätigkeit 60 %"),
             ("QS-Technikerin Backwaren, Offenburg", "https://lq-jobs.example.de/s/9930",
              "Industriebäckerei, Schichtbetrieb"),
             ("Hygienebeauftragte/r Großküche, Freiburg", "https://lq-jobs.example.de/s/9934",
              "Klinikverpflegung, ab sofort"),
             ("Ratgeber: Absage bekommen – und jetzt?",
              "https://lq-jobs.example.de/ratgeber/absage", "Wie man nach Feedback fragt")],
            '<a href="https://lq-jobs.example.de/abmelden?k=3kd9">Abmelden</a>',
            lang="de", colour="#b45309"),
    },
    {
        "kind": "other", "slug": "boletin_empleo_bizkaia", "lang": "es",
        "from": ("Boletín Empleo Bizkaia", "boletin@empleobizkaia.example.es"),
        "subject": "Boletín semanal: 12 ofertas en alimentación y consejos para tu entrevista",
        "date": "2026-05-26 08:00", "tz": "Europe/Madrid",
        "headers": [
            ("List-Id", "Boletin Empleo Bizkaia <semanal.empleobizkaia.example.es>"),
            ("List-Unsubscribe", "<https://empleobizkaia.example.es/baja?s=5510>"),
        ],
        "html": newsletter_html(
            "Empleo Bizkaia · semana 22",
            "Esta semana destacamos 12 ofertas del sector alimentario y una guía para preparar "
            "la entrevista por competencias. Si te han rechazado en un proceso, no te "
            "desanimes: lee el testimonio de Josu.",
            [("Técnico/a de calidad - conservera (Bermeo)",
              "https://empleobizkaia.example.es/o/31002", "Contrato indefinido, IFS y BRCGS"),
             ("Auditor/a de seguridad alimentaria - Bilbao",
              "https://empleobizkaia.example.es/o/31017", "Entidad de certificación, viajes"),
             ("Responsable de obrador - Barakaldo",
              "https://empleobizkaia.example.es/o/31020", "Pastelería industrial, turnos"),
             ("Guía: la entrevista por competencias",
              "https://empleobizkaia.example.es/guias/entrevista", "Método STAR con ejemplos"),
             ("Testimonio: «Tras cinco rechazos, conseguí el puesto»",
              "https://empleobizkaia.example.es/historias/josu", "Josu, técnico de calidad")],
            '<a href="https://empleobizkaia.example.es/baja?s=5510">Darse de baja</a>',
            lang="es", colour="#be123c"),
        "html_cte": "base64",
    },
    {
        "kind": "other", "slug": "notification_profile_views", "lang": "en",
        "from": ("ProNet", "notifications-noreply@pronet.example.com"),
        "subject": "Maëlys, a recruiter at Certalis viewed your profile",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-01-20 18:22", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://www.pronet.example.com/settings/email>")],
        "html": ats_card("ProNet", "#0a66c2", (
            "<p>Hi Maëlys,</p>"
            "<p>Your profile was viewed by <b>a recruiter at Certalis</b> and 6 others this week.</p>"
            "<p>You also appeared in 23 searches for <i>food safety auditor</i>.</p>"
            + button("See who viewed your profile", "https://www.pronet.example.com/me/views",
                     "#0a66c2")
            + "<p>Jobs you may be interested in: Quality Auditor - Metz · QA Technician - "
              "Strasbourg</p>"),
            'You are receiving notification emails. <a href="https://www.pronet.example.com/'
            'settings/email">Unsubscribe</a>', "en"),
    },
    {
        "kind": "other", "slug": "notification_congratulate_new_position", "lang": "fr",
        "from": ("ProNet", "notifications-noreply@pronet.example.com"),
        "subject": "Félicitez Julien Moser pour son nouveau poste",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-09-15 12:04", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://www.pronet.example.com/settings/email>")],
        "text": """Julien Moser occupe désormais le poste de Responsable qualité chez Vosgelab.

Félicitez-le : https://www.pronet.example.com/feed/update/9918273

Autres nouvelles de votre réseau :
- Clémence Ott a commencé un nouveau poste : Technicienne laboratoire
- 3 personnes ont commenté la publication « Ma reconversion de la pâtisserie à
  l'audit »

Vous recevez cet e-mail en tant que membre de ProNet.
Se désabonner : https://www.pronet.example.com/settings/email
""",
        "html": ats_card("ProNet", "#0a66c2", (
            "<p><b>Julien Moser</b> occupe désormais le poste de <b>Responsable qualité</b> "
            "chez Vosgelab.</p>" + button("Féliciter", "https://www.pronet.example.com/feed/"
                                          "update/9918273", "#0a66c2")
            + "<p>Clémence Ott a commencé un nouveau poste : Technicienne laboratoire</p>"),
            '<a href="https://www.pronet.example.com/settings/email">Se désabonner</a>', "fr"),
    },
    # ---------------------------------------------------------------- career advice, media
    {
        "kind": "other", "slug": "article_rebondir_apres_refus", "lang": "fr",
        "from": ("Reconversion & Moi", "lettre@reconversion-et-moi.example.fr"),
        "subject": "Comment rebondir après un refus (et préparer le prochain entretien)",
        "date": "2026-03-20 07:10",
        "headers": [("List-Id", "La lettre <lettre.reconversion-et-moi.example.fr>"),
                    ("List-Unsubscribe", "<https://reconversion-et-moi.example.fr/desinscription>")],
        "text": """LA LETTRE DU VENDREDI

Comment rebondir après un refus

Un mail qui commence par « Nous avons le regret de vous informer » fait toujours
mal, surtout en reconversion. Trois réflexes :

1. Demandez un retour, poliment, dans la semaine. Une question précise (« Qu'est-ce
   qui aurait fait la différence ? ») obtient plus souvent une réponse.
2. Notez ce que l'entretien vous a appris : les questions techniques, le format,
   ce que vous referiez autrement.
3. Relancez votre réseau : un refus chez l'un, c'est parfois une recommandation
   chez l'autre.

La semaine prochaine : négocier son salaire quand on change de métier.

Lire en ligne : https://reconversion-et-moi.example.fr/lettre/2026-12
Se désinscrire : https://reconversion-et-moi.example.fr/desinscription
""",
        "cte": "qp",
    },
    {
        "kind": "other", "slug": "coaching_panel_interview_tips", "lang": "en",
        "from": ("Career Forge", "hello@careerforge.example.com"),
        "subject": "Your panel interview is coming up? Read this first",
        "date": "2026-02-05 14:00", "tz": "America/New_York",
        "headers": [("List-Id", "Career Forge tips <tips.careerforge.example.com>"),
                    ("List-Unsubscribe", "<https://careerforge.example.com/u/ff31>"),
                    ("Precedence", "bulk")],
        "html": simple_html(
            "<h2>Five things panels notice (that candidates forget)</h2>"
            + paras("""Panel interviews feel like an exam, but the people on the other side are
mostly checking one thing: can they picture you on the job next month?

1. Learn every name, and use them.
2. Answer the person who asked, then include the others.
3. Bring one story about a mistake you caught before it cost money.
4. Ask the quietest panellist a question.
5. Send a short thank-you within 24 hours.

If you were invited to an interview this week: good luck! If you were turned down,
our free workshop on Thursday covers what to do next.""")
            + button("Save my seat", "https://careerforge.example.com/workshop?utm=mail")
            + '<p style="font-size:11px"><a href="https://careerforge.example.com/u/ff31">'
              "Unsubscribe</a></p>", "en"),
    },
    {
        "kind": "other", "slug": "podcast_guest_request", "lang": "en",
        "from": ("Nina Albrecht", "nina@crumbandcompliance.example.com"),
        "contact": "nina@crumbandcompliance.example.com",
        "subject": "Guest interview on 'Crumb & Compliance'? (podcast)",
        "date": "2026-07-14 16:45", "tz": "Europe/Berlin",
        "text": """Hi Maëlys,

I host Crumb & Compliance, a small podcast about food safety people and how they
got there. A listener sent me your post about going from pastry chef to auditor
and I'd love to interview you for an episode - 40 minutes, recorded remotely,
no preparation needed beyond a decent microphone (we can send one).

We're recording in late August. Would any date between 24 and 28 August work?
No pressure at all if it isn't your thing.

Cheers,
Nina Albrecht
Host & producer, Crumb & Compliance
https://crumbandcompliance.example.com
""",
        "html": simple_html(paras("""Hi Maëlys,

I host Crumb & Compliance, a small podcast about food safety people and how they
got there. A listener sent me your post about going from pastry chef to auditor
and I'd love to interview you for an episode - 40 minutes, recorded remotely,
no preparation needed beyond a decent microphone (we can send one).

We're recording in late August. Would any date between 24 and 28 August work?
No pressure at all if it isn't your thing.

Cheers,
Nina Albrecht
Host & producer, Crumb & Compliance
https://crumbandcompliance.example.com"""), "en"),
    },
    {
        "kind": "other", "slug": "press_interview_request", "lang": "fr",
        "from": ("Thierry Hauss", "t.hauss@echodurhin.example.fr"),
        "contact": "t.hauss@echodurhin.example.fr",
        "subject": "Demande d'interview - portrait « reconversions » pour L'Écho du Rhin",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-23 11:20",
        "text": """Bonjour Madame Okafor-Brandt,

Je prépare pour L'Écho du Rhin une série de portraits sur les reconversions
dans les métiers de bouche. Une de vos anciennes collègues de la pâtisserie
Kugel m'a donné votre nom : votre passage du fournil à l'audit sécurité des
aliments intéresserait beaucoup nos lecteurs.

Accepteriez-vous une interview d'une trentaine de minutes, par téléphone ou
autour d'un café à Strasbourg, dans les deux semaines à venir ? Une photo
serait prise par notre photographe si vous êtes d'accord.

Bien cordialement,

Thierry Hauss
Journaliste - rubrique Économie régionale
L'Écho du Rhin · 17 quai Kléber · 67000 Strasbourg
03 88 21 40 57
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "other", "slug": "user_research_interview_invite", "lang": "en",
        "from": ("Priya Raman", "priya.raman@jobpilot.example.com"),
        "contact": "priya.raman@jobpilot.example.com",
        "subject": "Invitation: 30-min user research interview (€30 voucher)",
        "date": "2026-05-28 10:30", "tz": "Europe/Amsterdam",
        "text": """Hi Maëlys,

Thanks for signing up to help improve JobPilot! I'm on the research team and
I'd like to invite you to a 30-minute user interview about how you search for
jobs across borders. There are no right or wrong answers - we want to learn
how the app fits (or doesn't) into your routine.

I've sent a calendar invite for Thursday 4 June at 17:00 CEST. If that doesn't
suit, just decline and pick another time here:
https://jobpilot.example.com/research/slots?p=mob-4471

As a thank-you you'll receive a €30 voucher after the session.

Best,
Priya Raman
UX Researcher, JobPilot
""",
        "ics": {"method": "REQUEST", "uid": "ur-4471@jobpilot.example.com",
                "start": "2026-06-04 17:00", "minutes": 30,
                "summary": "JobPilot user research interview (30 min)",
                "location": "https://meet.jobpilot.example.com/ur-4471",
                "organizer": ("Priya Raman", "priya.raman@jobpilot.example.com"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    # ---------------------------------------------------------------- parcels, GPS
    {
        "kind": "other", "slug": "parcel_delayed_unfortunately", "lang": "en",
        "from": ("SwiftParcel", "no-reply@swiftparcel.example.com"),
        "subject": "Unfortunately, your package is delayed",
        "date": "2026-06-22 09:10", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("SwiftParcel", "#f97316", (
            "<p>Hello Maëlys,</p>"
            "<p>Unfortunately your package <b>SP 4471 0982 FR</b> (sender: Boutique Gourmet "
            "Supplies) is delayed due to a missed connection at our Metz hub.</p>"
            "<p>New estimated delivery: <b>Wednesday 24 June</b>.</p>"
            "<p>Current position: Metz-Borny sorting centre.</p>"
            + button("Track my package", "https://swiftparcel.example.com/t/SP44710982FR",
                     "#f97316")),
            "This is an automated message. Please do not reply.", "en"),
    },
    {
        "kind": "other", "slug": "sendung_aktuelle_position", "lang": "de",
        "from": ("Paketdienst Oberrhein", "benachrichtigung@pdo-paket.example.de"),
        "subject": "Ihre Sendung ist unterwegs – aktuelle Position auf der Karte",
        "date": "2026-07-30 13:37", "tz": "Europe/Berlin",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Maëlys Okafor-Brandt,

Ihre Sendung 00340 4471 2290 ist heute in Zustellung.

Aktuelle Position des Fahrzeugs (GPS, 13:35 Uhr): Kehl, Hauptstraße – noch ca.
6 Stopps bis zu Ihnen. Voraussichtliches Zeitfenster: 14:10 – 14:50 Uhr.

Live verfolgen: https://pdo-paket.example.de/live/003404471229

Leider können wir Anfragen an diese Adresse nicht beantworten.
Ihr Paketdienst Oberrhein
""",
        "cte": "qp",
    },
    # ---------------------------------------------------------------- bank, landlord, school, doctor
    {
        "kind": "other", "slug": "bank_entretien_annuel", "lang": "fr",
        "from": ("Valérie Roth - Banque Rhénane", "valerie.roth@banque-rhenane.example.fr"),
        "contact": "valerie.roth@banque-rhenane.example.fr",
        "subject": "Votre entretien annuel avec votre conseillère - proposition de rendez-vous",
        "date": "2026-01-27 09:40",
        "text": """Chère Madame Okafor-Brandt,

Comme chaque année, je vous propose un entretien pour faire le point sur vos
comptes et votre situation. Je sais que vous envisagez un changement de poste :
c'est justement l'occasion de regarder ensemble votre épargne et, le cas échéant,
votre assurance emprunteur.

Je vous propose le mardi 10 février à 17h30 en agence (place Kléber) ou par
téléphone. Une autre date vous conviendrait mieux ? Répondez simplement à ce
message.

Par ailleurs, la position de votre compte courant est consultable à tout moment
dans votre espace client.

Bien cordialement,

Valérie Roth
Conseillère clientèle particuliers
Banque Rhénane - Agence Strasbourg Kléber
03 88 15 62 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leur destinataire. Banque Rhénane ne vous demandera jamais vos codes par e-mail.
""",
        "html": outlook_html(mso("""Chère Madame Okafor-Brandt,

Comme chaque année, je vous propose un entretien pour faire le point sur vos
comptes et votre situation. Je sais que vous envisagez un changement de poste :
c'est justement l'occasion de regarder ensemble votre épargne et, le cas échéant,
votre assurance emprunteur.

Je vous propose le mardi 10 février à 17h30 en agence (place Kléber) ou par
téléphone. Une autre date vous conviendrait mieux ? Répondez simplement à ce
message.

Par ailleurs, la position de votre compte courant est consultable à tout moment
dans votre espace client.

Bien cordialement,

Valérie Roth
Conseillère clientèle particuliers
Banque Rhénane - Agence Strasbourg Kléber
03 88 15 62 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leur destinataire. Banque Rhénane ne vous demandera jamais vos codes par e-mail.""")),
    },
    {
        "kind": "other", "slug": "landlord_entretien_chaudiere_reporte", "lang": "fr",
        "from": ("Gérance Kleinmann", "gestion@gerance-kleinmann.example.fr"),
        "reply_to": ("Martine Kleinmann", "martine@gerance-kleinmann.example.fr"),
        "contact": "martine@gerance-kleinmann.example.fr",
        "subject": "Entretien annuel de la chaudière : rendez-vous annulé et reporté",
        "date": "2026-10-06 08:25",
        "text": """Madame,

Le technicien de la société ThermoRhin ne pourra pas assurer l'entretien de la
chaudière prévu jeudi 8 octobre entre 8h et 12h (il est malade). Le rendez-vous
est annulé et reporté au mardi 13 octobre, même créneau.

Si ce nouveau créneau ne vous convient pas, merci de me le dire avant vendredi ;
sinon, merci de laisser la clé à Mme Gass au rez-de-chaussée comme la dernière
fois.

Cordialement,
Martine Kleinmann
Gérance Kleinmann - 5 rue du Jeu-des-Enfants, 67000 Strasbourg
03 88 32 10 44
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "other", "slug": "school_entretien_parents", "lang": "fr",
        "from": ("École élémentaire du Neudorf", "ce.0671234x@ac-strasbourg.example.fr"),
        "reply_to": ("Pascale Grunenwald", "pascale.grunenwald@ac-strasbourg.example.fr"),
        "contact": "pascale.grunenwald@ac-strasbourg.example.fr",
        "subject": "Convocation : entretien individuel parents-enseignante (CE2 B)",
        "date": "2026-03-05 16:50",
        "text": """Madame Okafor-Brandt,

Dans le cadre du suivi de fin de trimestre, je vous propose un entretien
individuel au sujet de Noah, le lundi 16 mars à 16h45 en salle 12.

Rien d'inquiétant : je souhaite faire le point sur sa lecture et sur sa
participation en classe. Si l'horaire ne vous convient pas, merci de me proposer
une autre date par retour de mail ou dans le cahier de liaison.

Bien cordialement,
Pascale Grunenwald
Enseignante CE2 B - École élémentaire du Neudorf
""",
        "cte": "base64",
    },
    {
        "kind": "other", "slug": "doctor_rdv_annule", "lang": "fr",
        "from": ("MédiRDV", "ne-pas-repondre@medirdv.example.fr"),
        "subject": "Votre rendez-vous du 14 avril avec le Dr Haegel est annulé",
        "date": "2026-04-09 19:02",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("MédiRDV", "#0ea5e9", (
            "<p>Bonjour Maëlys,</p>"
            "<p>Votre rendez-vous du <b>mardi 14 avril 2026 à 08h30</b> avec le "
            "<b>Dr Étienne Haegel</b> (médecine générale, Strasbourg-Krutenau) a été annulé "
            "par le cabinet.</p>"
            "<p>Motif indiqué : absence imprévue du praticien.</p>"
            + button("Reprendre un rendez-vous", "https://www.medirdv.example.fr/dr-haegel",
                     "#0ea5e9")),
            "Ceci est un message automatique, merci de ne pas y répondre.", "fr"),
    },
    {
        "kind": "other", "slug": "zahnarzt_terminverschiebung", "lang": "de",
        "from": ("Zahnarztpraxis Dr. Lämmle", "praxis@zahnarzt-laemmle.example.de"),
        "from_enc": ("iso-8859-1", "Q"),
        "contact": "praxis@zahnarzt-laemmle.example.de",
        "subject": "Terminverschiebung: Ihre Kontrolluntersuchung am 2. September",
        "date": "2026-08-25 10:12", "tz": "Europe/Berlin",
        "text": """Sehr geehrte Frau Okafor-Brandt,

leider müssen wir Ihren Termin zur Kontrolluntersuchung am Mittwoch,
2. September, um 8:30 Uhr verschieben, da Frau Dr. Lämmle an diesem Tag auf
einer Fortbildung ist.

Wir haben Sie für Freitag, 4. September, 9:15 Uhr vorgemerkt. Falls das nicht
passt, rufen Sie uns bitte an oder antworten Sie auf diese E-Mail.

Freundliche Grüße
Ihr Praxisteam
Zahnarztpraxis Dr. Sabine Lämmle · Hauptstraße 41 · 77694 Kehl
Tel. 07851 88 20 13
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ---------------------------------------------------------------- out-of-office
    {
        "kind": "other", "slug": "ooo_certalis_recruiter", "lang": "fr",
        "from": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
        "contact": "claire.hummel@certalis.example.fr",
        "subject": "Réponse automatique : Re: Proposition d'embauche - Auditrice junior",
        "date": "2026-02-23 08:02",
        "refs": ["certalis-offer"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("Precedence", "auto_reply")],
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus, sans accès à mes e-mails.
Pour toute question urgente concernant un recrutement ou un entretien en cours,
merci de contacter Didier Kuntz (didier.kuntz@certalis.example.fr).

Cordialement,
Claire Hummel
""",
    },
    {
        "kind": "other", "slug": "ooo_euroaudit_recruiter", "lang": "en",
        "from": ("Sophie Martens", "sophie.martens@euroaudit-food.example.be"),
        "contact": "sophie.martens@euroaudit-food.example.be",
        "subject": "Automatic reply: Question about the interview format",
        "date": "2026-04-28 12:31", "tz": "Europe/Brussels",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I am out of the office until Monday 4 May with
limited access to email. Interview scheduling questions can go to
talent@euroaudit-food.example.be; everything else will be answered on my return.

Kind regards,
Sophie Martens
Talent Acquisition Partner, EuroAudit Food
""",
        "html": outlook_html(mso("""Thank you for your email. I am out of the office until Monday 4 May with
limited access to email. Interview scheduling questions can go to
talent@euroaudit-food.example.be; everything else will be answered on my return.

Kind regards,
Sophie Martens
Talent Acquisition Partner, EuroAudit Food"""), "en"),
    },
    {
        "kind": "other", "slug": "abwesenheit_rheinfood", "lang": "de",
        "from": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de"),
        "contact": "k.vollmer@rheinfood.example.de",
        "subject": "Abwesenheitsnotiz: AW: Ihr Vorstellungsgespräch heute um 10:00 Uhr",
        "date": "2026-03-17 11:40", "tz": "Europe/Berlin",
        "refs": ["rhein-sorry"],
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin heute ab 11:30 Uhr nicht mehr im Büro und ab Mittwoch, 18. März, wieder
erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Katrin Vollmer
Personalreferentin · Rheinfood GmbH · Durlacher Allee 88 · 76131 Karlsruhe
""",
    },
    # ---------------------------------------------------------------- admissions refused
    {
        "kind": "other", "slug": "master_qsa_avis_defavorable", "lang": "fr",
        "from": ("Université de Haute-Alsace - Candidatures",
                 "ne-pas-repondre@candidatures.uha.example.fr"),
        "subject": "Master 2 Qualité et Sécurité des Aliments : décision de la commission",
        "date": "2026-06-18 14:00",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame Okafor-Brandt,

La commission pédagogique du Master 2 Qualité et Sécurité des Aliments (formation
continue) s'est réunie le 16 juin 2026. Après examen de votre dossier, elle a
émis un avis défavorable à votre admission pour la rentrée 2026.

Le nombre de places étant limité à 18, la commission a privilégié les
candidatures disposant d'une licence scientifique. Vous pouvez candidater au
Diplôme d'Université « Hygiène et HACCP », accessible sans prérequis de diplôme.

Ce message est envoyé automatiquement par la plateforme de candidatures.
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "other", "slug": "ifs_training_not_admitted", "lang": "en",
        "from": ("GFS Academy Admissions", "admissions@gfs-academy.example.eu"),
        "contact": "",
        "subject": "Your application to the Lead Auditor Programme (Cohort 11)",
        "date": "2026-08-03 11:00", "tz": "Europe/Brussels",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Maëlys Okafor-Brandt,

Thank you for applying to the GFS Academy Lead Auditor Programme, Cohort 11
(Brussels, October - December 2026).

We received 164 applications for 24 places. We regret that we are unable to
offer you a place in this cohort: the programme requires two years of documented
quality-assurance work, and your application shows production experience only.

You are welcome to reapply for Cohort 12 (applications open 1 February 2027).
Our online module "Auditing Fundamentals" has no entry requirements.

GFS Academy Admissions Office
This mailbox is not monitored.
""",
    },
    {
        "kind": "other", "slug": "curso_auditor_no_admitida", "lang": "es",
        "from": ("Escuela de Calidad Agroalimentaria", "secretaria@ecaa-bilbao.example.es"),
        "contact": "secretaria@ecaa-bilbao.example.es",
        "subject": "Solicitud de plaza: curso de Auditor/a Interno BRCGS (septiembre)",
        "date": "2026-07-21 12:15", "tz": "Europe/Madrid",
        "text": """Estimada Maëlys:

Le escribimos en relación con su solicitud de plaza para el curso de Auditor/a
Interno BRCGS Food Safety que empieza el 14 de septiembre.

Lamentablemente, el grupo se completó antes de que pudiéramos procesar su
solicitud y no ha sido admitida en esta edición. La hemos incluido en la lista
de espera (posición 4) y le avisaremos si se libera alguna plaza. La próxima
edición comienza en enero.

Atentamente,
Secretaría académica
Escuela de Calidad Agroalimentaria · Alameda Recalde 27 · 48009 Bilbao
944 23 18 70
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    # ---------------------------------------------------------------- cold approaches
    {
        "kind": "other", "slug": "cold_approach_cabinet_hirtz", "lang": "fr",
        "from": ("Laurent Hirtz", "laurent@hirtz-conseil.example.fr"),
        "contact": "laurent@hirtz-conseil.example.fr",
        "subject": "Votre profil - postes qualité en agroalimentaire",
        "date": "2026-05-06 09:15",
        "text": """Bonjour Madame Okafor-Brandt,

Je dirige un petit cabinet de recrutement spécialisé dans l'agroalimentaire entre
Mulhouse et Colmar. Votre parcours (pâtisserie puis formation IFS) m'a
interpellé : plusieurs de mes clients recherchent des profils terrain pour leurs
services qualité.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais ravi
d'échanger un quart d'heure pour mieux vous connaître et vous tenir informée
des missions à venir.

Cordialement,
Laurent Hirtz
Hirtz Conseil - Recrutement agroalimentaire
18 avenue de la République, 68000 Colmar · 03 89 41 72 05
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "kind": "other", "slug": "cold_approach_basel_recruiter", "lang": "de",
        "from": ("Reto Gerber", "reto.gerber@rheinknie-personal.example.ch"),
        "contact": "reto.gerber@rheinknie-personal.example.ch",
        "subject": "Kurze Frage zu Ihrer beruflichen Situation",
        "date": "2026-06-29 15:05", "tz": "Europe/Zurich",
        "text": """Grüezi Frau Okafor-Brandt

Ich bin Personalberater bei Rheinknie Personal in Basel und auf Qualitäts- und
Hygienefunktionen in der Lebensmittelindustrie spezialisiert. Ihr Profil ist mir
aufgefallen, weil Sie Praxis in der Produktion mit einer Auditoren-Weiterbildung
verbinden – das ist bei uns gesucht.

Eine konkrete Vakanz habe ich im Moment nicht, aber ich würde Sie gerne in
unseren Kandidatenpool aufnehmen. Hätten Sie Lust auf ein unverbindliches
Kennenlernen per Telefon?

Freundliche Grüsse
Reto Gerber
Senior Consultant · Rheinknie Personal AG · Steinenvorstadt 12 · 4051 Basel
+41 61 272 44 90
""",
        "cte": "qp",
    },
    {
        "kind": "other", "slug": "cold_approach_bilbao_headhunter", "lang": "es",
        "from": ("Mikel Arana", "mikel.arana@cantabrico-talento.example.es"),
        "contact": "mikel.arana@cantabrico-talento.example.es",
        "subject": "¿Abierta a nuevas oportunidades en calidad alimentaria?",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-09-08 10:40", "tz": "Europe/Madrid",
        "text": """Hola Maëlys:

Soy consultor en Cantábrico Talento, en Bilbao. He visto tu perfil y me ha
llamado la atención tu combinación de obrador y formación como auditora IFS.

Trabajamos con varias empresas de alimentación de Bizkaia y Gipuzkoa. Ahora
mismo no tengo un proceso abierto que encaje, pero me gustaría conocerte y
tenerte en cuenta para los próximos. ¿Te parece si hablamos diez minutos por
teléfono la semana que viene?

Saludos,
Mikel Arana
Consultor senior · Cantábrico Talento
Gran Vía 45, 48011 Bilbao · 944 05 33 12
""",
        "html": simple_html(paras("""Hola Maëlys:

Soy consultor en Cantábrico Talento, en Bilbao. He visto tu perfil y me ha
llamado la atención tu combinación de obrador y formación como auditora IFS.

Trabajamos con varias empresas de alimentación de Bizkaia y Gipuzkoa. Ahora
mismo no tengo un proceso abierto que encaje, pero me gustaría conocerte y
tenerte en cuenta para los próximos. ¿Te parece si hablamos diez minutos por
teléfono la semana que viene?

Saludos,
Mikel Arana
Consultor senior · Cantábrico Talento
Gran Vía 45, 48011 Bilbao · 944 05 33 12"""), "es"),
    },
    {
        "kind": "other", "slug": "cold_approach_talentbridge", "lang": "en", "id": "tb-cold",
        "from": ("Marieke Janssens", "marieke@talentbridge.example.be"),
        "contact": "marieke@talentbridge.example.be",
        "subject": "Chocolate QA auditor in Brussels - open to a chat?",
        "date": "2026-09-01 09:14", "tz": "Europe/Brussels",
        "text": """Hi Maëlys,

I came across your profile while searching for people with hands-on
production experience for a client in Brussels. They make chocolate and
pralines at scale and want a supplier and internal auditor who understands what
happens on the line, not just on paper.

I can't share the client's name yet, but I'd be happy to tell you more on a
short call. Would that be of interest?

Best regards,
Marieke Janssens
Senior Consultant, Food & Pharma
Talentbridge · Avenue Louise 231 · 1050 Brussels
+32 2 640 18 77

This e-mail and any attachments are confidential and intended solely for the
addressee. If you received it in error, please notify the sender and delete it.
""",
        "cte": "8bit",
    },
    # ---------------------------------------------------------------- events, surveys, misc
    {
        "kind": "other", "slug": "salon_agroalimentaire_colmar", "lang": "fr",
        "from": ("Salon Emploi Agro Colmar", "info@salon-agro-colmar.example.fr"),
        "subject": "J-7 : 40 recruteurs, des entretiens flash et des ateliers CV",
        "date": "2026-09-24 10:00",
        "headers": [("List-Id", "Salon Agro <infos.salon-agro-colmar.example.fr>"),
                    ("List-Unsubscribe", "<mailto:stop@salon-agro-colmar.example.fr>"),
                    ("Precedence", "bulk")],
        "html": newsletter_html(
            "Salon de l'emploi agroalimentaire - Parc Expo Colmar, 1er octobre",
            "Plus que 7 jours ! Venez avec votre CV : 40 entreprises recrutent en production, "
            "qualité et logistique. Des entretiens flash de 10 minutes sont organisés toute la "
            "journée, sans rendez-vous.",
            [("Liste des exposants", "https://salon-agro-colmar.example.fr/exposants",
              "Laiteries, brasseries, biscuiteries, laboratoires, agences d'intérim"),
             ("Atelier : réussir un entretien flash", "https://salon-agro-colmar.example.fr/ateliers",
              "11h et 15h, salle Riesling"),
             ("Plan d'accès et navettes", "https://salon-agro-colmar.example.fr/acces",
              "Navette gratuite depuis la gare de Colmar")],
            '<a href="mailto:stop@salon-agro-colmar.example.fr">Ne plus recevoir nos infos</a>',
            colour="#7c3aed"),
    },
    {
        "kind": "other", "slug": "candidate_experience_survey", "lang": "fr",
        "from": ("Teamtailor", "no-reply@teamtailor-mail.com"),
        "subject": "Deux minutes pour nous parler de votre expérience de candidature ?",
        "date": "2026-03-25 10:00", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Certalis · Carrières", "#111827", (
            "<p>Bonjour Maëlys,</p>"
            "<p>Vous avez récemment participé à un processus de recrutement chez Certalis. "
            "Quelle que soit son issue, votre avis nous aide à améliorer l'expérience des "
            "candidats.</p>"
            "<p>Sur une échelle de 0 à 10, recommanderiez-vous nos processus de recrutement à "
            "un proche ?</p>"
            + button("Répondre au questionnaire (2 min)",
                     "https://certalis.teamtailor.example.com/survey/nps?c=3391", "#111827")),
            "Envoyé via Teamtailor. Vous pouvez vous désinscrire des enquêtes.", "fr"),
    },
    {
        "kind": "other", "slug": "confrerie_assemblee_generale", "lang": "fr",
        "from": ("Confrérie des Pâtissiers d'Alsace", "secretariat@confrerie-patissiers.example.fr"),
        "reply_to": ("Odile Meyer", "odile.meyer@confrerie-patissiers.example.fr"),
        "contact": "odile.meyer@confrerie-patissiers.example.fr",
        "subject": "Convocation à l'assemblée générale du 24 avril - poste de trésorier à pourvoir",
        "date": "2026-03-30 20:10",
        "headers": [("List-Id", "Membres <membres.confrerie-patissiers.example.fr>")],
        "text": """Chers membres,

Vous êtes conviés à l'assemblée générale ordinaire de la Confrérie le vendredi
24 avril à 19h, à la Maison des Compagnons, rue de la Douane.

Ordre du jour : rapport moral, comptes 2025, concours du meilleur bredele,
élection au conseil. Le poste de trésorier est à pourvoir : les candidatures
sont à envoyer avant le 15 avril. Un entretien informel avec le bureau sortant
est proposé aux candidats qui le souhaitent.

Un verre de crémant clôturera la soirée.

Pour le bureau,
Odile Meyer, secrétaire
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "other", "slug": "garage_rdv_entretien_vehicule", "lang": "fr",
        "from": ("Garage Roesch Automobiles", "atelier@garage-roesch.example.fr"),
        "subject": "Confirmation : rendez-vous d'entretien de votre véhicule le 12 mai",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-05-04 17:22",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Madame Okafor-Brandt,

Nous confirmons votre rendez-vous pour l'entretien des 60 000 km de votre
Peugeot 208 (immatriculation FR-482-KL) :

  mardi 12 mai 2026 à 8h00 - dépôt du véhicule à l'accueil atelier
  durée estimée : 3 h - véhicule de courtoisie réservé

Montant estimé : 289,00 € TTC (vidange, filtres, contrôle freins).

Pour annuler ou déplacer, appelez le 03 88 79 25 40.
Garage Roesch Automobiles - 44 route de Schirmeck, 67200 Strasbourg
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "other", "slug": "flatshare_bilbao_entrevista", "lang": "es",
        "from": ("Itxaso Lertxundi", "itxaso.lertxundi@example.es"),
        "contact": "itxaso.lertxundi@example.es",
        "subject": "Re: Habitación en Indautxu - ¿videollamada el jueves?",
        "date": "2026-05-13 20:48", "tz": "Europe/Madrid",
        "refs": ["<room-indautxu-q1@example.fr>"],
        "text": """¡Hola Maëlys!

Gracias por escribir por la habitación. Antes de decidir hacemos una pequeña
entrevista con cada persona interesada, nada formal: conocernos, hablar de
horarios y de cómo nos organizamos con la cocina (¡una pastelera sería un lujo!).

¿Te viene bien una videollamada el jueves a las 19:30? Si no, dime otro día.
La habitación queda libre el 1 de julio.

Un saludo,
Itxaso

""" + wrote_fr("mar. 12 mai 2026 à 22:10", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               "Hola, he visto vuestro anuncio de la habitación en Indautxu. Es posible que "
               "empiece\nun trabajo en Bilbao este verano. ¿Sigue disponible?\n\nMaëlys") + "\n",
    },
    {
        "kind": "other", "slug": "webinar_brcgs_calendar", "lang": "en",
        "from": ("BRC Insights Webinars", "webinars@brc-insights.example.org"),
        "subject": "You're registered: BRCGS Issue 9 - what auditors look for (webinar)",
        "date": "2026-08-19 15:00", "tz": "Europe/London",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://brc-insights.example.org/prefs>")],
        "text": """Hi Maëlys,

You're registered for "BRCGS Issue 9 - what auditors look for", Tuesday
1 September, 14:00 BST (15:00 CEST). The calendar invitation is attached.

Join link: https://brc-insights.example.org/live/issue9
Speakers: Dr Fiona Blake (lead auditor) and Ruth Okoro (site QA manager).

Can't make it? The recording is sent to all registrants.
""",
        "ics": {"method": "REQUEST", "uid": "webinar-issue9@brc-insights.example.org",
                "start": "2026-09-01 14:00", "tz": "Europe/London", "minutes": 60,
                "summary": "Webinar: BRCGS Issue 9 - what auditors look for",
                "location": "https://brc-insights.example.org/live/issue9",
                "organizer": ("BRC Insights", "webinars@brc-insights.example.org"),
                "mode": "attach", "prodid": "-//BRC Insights//Webinar//EN"},
    },
    {
        "kind": "other", "slug": "train_ticket_metz", "lang": "fr",
        "from": ("Rail Est Voyages", "confirmation@railest.example.fr"),
        "subject": "Votre e-billet Strasbourg → Metz du 12 février",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-02-07 21:14",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Rail Est Voyages", "#be123c", (
            "<p>Bonjour Maëlys,</p>"
            "<p>Merci pour votre réservation. Voici votre e-billet :</p>"
            "<table cellpadding=\"4\"><tr><td><b>Aller</b></td><td>jeu. 12 février 2026, "
            "Strasbourg 11:04 → Metz-Ville 12:31, voiture 4, place 47</td></tr>"
            "<tr><td><b>Retour</b></td><td>jeu. 12 février 2026, Metz-Ville 17:28 → "
            "Strasbourg 18:55, voiture 2, place 12</td></tr></table>"
            "<p>Référence dossier : <b>QXKLMB</b> · Total payé : 46,80 €</p>"
            + button("Afficher mon billet", "https://railest.example.fr/billet/QXKLMB",
                     "#be123c")),
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.", "fr"),
    },
    {
        "kind": "other", "slug": "atelier_simulation_entretien", "lang": "fr",
        "from": ("Maison de l'Emploi de Strasbourg", "ateliers@mde-strasbourg.example.fr"),
        "reply_to": ("Samia Benali", "samia.benali@mde-strasbourg.example.fr"),
        "contact": "samia.benali@mde-strasbourg.example.fr",
        "subject": "Atelier « simulation d'entretien » - places disponibles en janvier",
        "date": "2026-01-14 11:30",
        "headers": [("List-Id", "Ateliers <ateliers.mde-strasbourg.example.fr>")],
        "text": """Bonjour,

La Maison de l'Emploi organise deux ateliers collectifs de simulation d'entretien
d'embauche, les jeudis 22 et 29 janvier de 9h à 12h (8 participants maximum).

Au programme : se présenter en deux minutes, répondre aux questions difficiles
(« pourquoi changer de métier ? »), et un entretien filmé avec débriefing.

Inscription par simple retour de mail auprès de Samia Benali, conseillère.

L'équipe de la Maison de l'Emploi
1 place de l'Étoile, 67000 Strasbourg
""",
        "cte": "8bit",
    },
    {
        "kind": "other", "slug": "sprachschule_einstufung", "lang": "de",
        "from": ("Sprachschule am Rhein", "kurse@sprachschule-rhein.example.de"),
        "contact": "kurse@sprachschule-rhein.example.de",
        "subject": "Ihr Einstufungsgespräch für den Kurs Wirtschaftsdeutsch C1",
        "date": "2026-01-30 14:05", "tz": "Europe/Berlin",
        "text": """Liebe Frau Okafor-Brandt,

vielen Dank für Ihre Anmeldung zum Kurs „Wirtschaftsdeutsch C1 – Schwerpunkt
Qualitätsmanagement". Vor Kursbeginn führen wir mit allen Teilnehmenden ein
kurzes Einstufungsgespräch (ca. 15 Minuten, telefonisch) durch.

Ihr Termin: Dienstag, 3. Februar, 18:15 Uhr. Wir rufen Sie unter der
angegebenen Nummer an.

Herzliche Grüße
Ihr Team der Sprachschule am Rhein
Kaiserstraße 120 · 76133 Karlsruhe
""",
        "charset": "windows-1252", "cte": "qp",
    },
]
