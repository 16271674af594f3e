"""Corpus 162 — other (52): digests, advice, the candidate's own mail, life admin, auto-replies,
notifications and look-alikes: hand-written specs."""

from __future__ import annotations

from msgs162_common import (
    CAND,
    CAND_SIG_EN,
    CAND_SIG_FR,
    ats_card,
    digest_text,
    m,
    newsletter,
    outlook_html,
    page,
    paras,
    pdf,
    when,
)

LAITERIE = ("Claire Fontvieille", "claire.fontvieille@laiterie-monts.example.fr")
REBUFFAT = ("Matthieu Rebuffat", "m.rebuffat@qualiconseil.example.fr")
SORLIN = ("Antoine Sorlin", "antoine@traiteur-bellecour.example.fr")
GARNACHE = ("Olivier Garnache", "o.garnache@conserverie-vercors.example.fr")
SOPHIE = ("Sophie Mercier", "sophie.mercier@nutrilab.example.fr")
AOIFE = ("Aoife Byrne", "aoife.byrne@liffeybakeries.example.ie")
GIULIA = ("Giulia Cravero", "giulia.cravero@pastificio-sabaudo.example.it")
HANNA = ("Hanna Lindqvist", "hanna.lindqvist@nordvik.example.com")
KAELBLE = ("Sabine Kälble", "s.kaelble@schwabenback.example.de")
PILAR = ("Pilar Ortiz", "pilar.ortiz@conservasebro.example.es")
GREG = ("Grégoire Pachoud", "g.pachoud@nutrilab.example.fr")


def lst(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mailing-list headers for a digest or newsletter."""
    host = unsub.split("/")[2].removeprefix("www.")
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub}>,\n <mailto:unsubscribe@{host}?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# =================================================================== digests & newsletters

ALERT_FR_INTRO = """Bonjour Bastien,

12 nouvelles offres correspondent à votre alerte « qualité agroalimentaire - Lyon (30 km) ». Postulez vite : les recruteurs organisent souvent les premiers entretiens dans les dix jours suivant la publication."""
ALERT_FR_ITEMS = [
    ("Technicien qualité H/F - Fromagerie industrielle - Villefranche-sur-Saône",
     "https://www.emploi-agro.example.fr/offre/88120",
     "CDI - 2 ans d'expérience en HACCP souhaités - entretien possible dès la semaine prochaine"),
    ("Animateur hygiène restauration collective - Bron",
     "https://www.emploi-agro.example.fr/offre/88147",
     "CDD 6 mois - idéal profil cuisinier en reconversion"),
    ("Assistant(e) qualité fournisseurs - Grande distribution - Saint-Priest",
     "https://www.emploi-agro.example.fr/offre/88151",
     "Poste à pourvoir immédiatement - candidatures non retenues informées sous 15 jours"),
    ("Contrôleur qualité nuit - Plateforme logistique frais - Corbas",
     "https://www.emploi-agro.example.fr/offre/88163",
     "Intérim longue durée - prime de nuit"),
]
ALERT_FR_FOOT = ("Vous recevez ce courriel car vous avez créé une alerte sur Emploi-Agro. "
                 "Se désabonner : https://www.emploi-agro.example.fr/alertes/stop?u=bol")

NEWS_REFUS_INTRO = """La lettre du mardi - Reconversion & métiers de bouche

Ce mois-ci, on parle de ce qui fâche : le refus. Trois lecteurs racontent le mail « nous sommes au regret » reçu après un entretien qu'ils pensaient réussi, et ce qu'ils en ont tiré."""
NEWS_REFUS_ITEMS = [
    ("« Votre candidature n'a pas été retenue » : comment demander un retour utile",
     "https://lettre.reconversion-bouche.example.fr/2026/03/retour-refus",
     "Le modèle de mail en trois phrases qui obtient une réponse une fois sur deux."),
    ("Cuisinier devenu auditeur IFS : « j'ai essuyé onze refus avant mon premier poste »",
     "https://lettre.reconversion-bouche.example.fr/2026/03/temoignage-ifs",
     "Portrait d'Hervé, 41 ans, passé des fourneaux à l'audit."),
    ("Entretien d'embauche : les 4 questions pièges en qualité",
     "https://lettre.reconversion-bouche.example.fr/2026/03/questions-pieges",
     "Et comment y répondre quand on vient de la cuisine."),
]
NEWS_REFUS_FOOT = ("Reconversion & métiers de bouche - 8 rue Juiverie, 69005 Lyon. "
                   "Vous êtes inscrit avec bastien.ol@example.fr. Se désinscrire : "
                   "https://lettre.reconversion-bouche.example.fr/desinscription")

ARTICLE_ENTRETIEN = """<h1 style="font-family:Georgia,serif">Préparer un entretien en agroalimentaire quand on vient de la restauration</h1>
<p>Vous avez décroché un entretien pour un poste qualité ? Félicitations. Voici comment transformer votre expérience de cuisine en atouts aux yeux d'un jury.</p>
<h2>1. Parlez chiffres</h2>
<p>Nombre de couverts, températures relevées chaque jour, fréquence des plans de nettoyage : un recruteur qualité adore les données.</p>
<h2>2. Préparez une non-conformité</h2>
<p>On vous demandera presque toujours : « racontez-nous un incident ». Une rupture de chaîne du froid bien gérée vaut mieux qu'un discours général.</p>
<h2>3. Ne craignez pas le refus</h2>
<p>Un refus après un premier entretien n'est pas un échec : c'est un entraînement. Demandez systématiquement un retour.</p>
<p><a href="https://conseils.cadres-agro.example.fr/articles/entretien-reconversion">Lire l'article complet</a> · <a href="https://conseils.cadres-agro.example.fr/newsletter/stop">Se désabonner</a></p>"""

ALERT_CH_INTRO = """Bonjour,

Voici les nouvelles places de travail publiées cette semaine pour votre recherche « assurance qualité alimentaire - Vaud / Genève »."""
ALERT_CH_ITEMS = [
    ("Spécialiste qualité (80-100 %) - Industrie laitière - Moudon",
     "https://www.jobs-romandie.example.ch/place/44712",
     "Entrée en fonction : de suite ou à convenir. Postulation en ligne uniquement."),
    ("Collaborateur/trice HACCP - EMS - Lausanne",
     "https://www.jobs-romandie.example.ch/place/44730",
     "Taux d'activité 60 %. Les dossiers incomplets ne seront pas traités."),
    ("Responsable hygiène cuisine de production - Genève",
     "https://www.jobs-romandie.example.ch/place/44751",
     "Premier entretien par visioconférence, second sur site."),
]
ALERT_CH_FOOT = ("jobs-romandie - Place de la Navigation 6, 1006 Lausanne - Gérer mes abonnements : "
                 "https://www.jobs-romandie.example.ch/abonnements")

ALERT_IE_INTRO = """Hi Bastien,

Here are this week's new jobs matching "food safety" in Dublin. Employers on our site told us they aim to reply to every applicant within 14 days, so it's worth getting in early - interviews for two of these are already being booked."""
ALERT_IE_ITEMS = [
    ("Food Safety Officer - Ready Meals - Ballymount, Dublin 12",
     "https://jobs.dublinfoodjobs.example.ie/j/55821",
     "Permanent, days. HACCP Level 3 required."),
    ("QA Technician (Nights) - Bakery - Finglas",
     "https://jobs.dublinfoodjobs.example.ie/j/55830",
     "Shift allowance. Interviews this week."),
    ("Hygiene Supervisor - Hospital Catering - Dublin 8",
     "https://jobs.dublinfoodjobs.example.ie/j/55847",
     "Public sector scale. Closing date 30 April."),
    ("Graduate Quality Assistant - Dairy - Naas",
     "https://jobs.dublinfoodjobs.example.ie/j/55852",
     "Training provided. Unsuccessful applicants will be notified by email."),
]
ALERT_IE_FOOT = ("You're receiving this because you set up a job alert on DublinFoodJobs. "
                 "Unsubscribe: https://jobs.dublinfoodjobs.example.ie/alerts/unsubscribe?id=7781")

NEWS_REJECTION_EN = """THE CAREER KITCHEN - Issue 42

"We regret to inform you..." - How to bounce back from rejection

Every job seeker gets rejected. The difference between those who land a role in three months and those who give up is what they do in the 48 hours after the no.

1. Reply graciously. Thank the interviewer and ask one specific question about what would have made you a stronger candidate.
2. Log it. Keep a spreadsheet of applications, interviews and outcomes. Patterns appear quickly.
3. Take the offer of feedback seriously, even when it stings.

Read the full piece: https://careerkitchen.example.com/issues/42/bouncing-back

This week's free webinar: "Acing the competency interview" - Thursday at 1pm GMT. Register: https://careerkitchen.example.com/webinars/competency

You are receiving The Career Kitchen because you subscribed at careerkitchen.example.com.
Unsubscribe: https://careerkitchen.example.com/u/9f2c1
"""

WEBINAR_EN = """<h2>Mock Interview Masterclass for Food Industry Professionals</h2>
<p>Hi Bastien,</p>
<p>Interviews for QA and food safety roles follow a familiar pattern: a technical grilling on HACCP, a scenario about a recall, and the dreaded "tell me about a time you failed".</p>
<p>Join our panel of hiring managers from three Irish food manufacturers for a live mock interview, followed by Q&amp;A.</p>
<p><b>When:</b> Wednesday 10 June, 18:30 - 20:00 (online)<br><b>Cost:</b> free for members</p>
<p><a href="https://www.foodskills.example.ie/events/mock-interview-june">Save my seat</a></p>
<p style="font-size:11px;color:#777">Food Skills Network Ireland · 3 Merrion Square, Dublin 2 · <a href="https://www.foodskills.example.ie/prefs">Manage preferences</a> · <a href="https://www.foodskills.example.ie/unsubscribe">Unsubscribe</a></p>"""

ALERT_DE_INTRO = """Hallo Bastien,

wir haben 6 neue Stellenangebote für Ihren Suchauftrag „Qualitätssicherung Lebensmittel, Stuttgart + 25 km" gefunden. Tipp: Bewerbungsgespräche werden bei vielen Arbeitgebern inzwischen per Video geführt."""
ALERT_DE_ITEMS = [
    ("Mitarbeiter Qualitätssicherung (m/w/d) - Fleischwaren - Böblingen",
     "https://www.jobs-suedwest.example.de/stelle/771204",
     "Vollzeit, Schichtarbeit. Bewerbung über das Online-Formular."),
    ("Hygienefachkraft Großküche (m/w/d) - Stuttgart-Bad Cannstatt",
     "https://www.jobs-suedwest.example.de/stelle/771219",
     "Tarifvertrag TVöD. Quereinsteiger aus der Gastronomie willkommen."),
    ("Laborant Lebensmittelanalytik (m/w/d) - Ludwigsburg",
     "https://www.jobs-suedwest.example.de/stelle/771233",
     "Befristet auf 2 Jahre. Absagen erfolgen per E-Mail."),
]
ALERT_DE_FOOT = ("Suchauftrag verwalten oder abbestellen: "
                 "https://www.jobs-suedwest.example.de/suchauftrag/abmelden?k=bol")

RATGEBER_DE = """Karriere-Ratgeber Lebensmittelbranche - Ausgabe Juli

Absage erhalten? So geht es weiter

Eine Absage nach dem Vorstellungsgespräch tut weh. Doch wer nachfragt, lernt: Viele Personaler geben telefonisch offener Auskunft als per Mail. Rufen Sie zwei, drei Tage nach der Absage an und fragen Sie konkret, was gefehlt hat.

Außerdem in dieser Ausgabe:
- Gehaltscheck: Was verdienen Hygienebeauftragte in Baden-Württemberg?
- Quereinstieg aus der Gastronomie: fünf Weiterbildungen, die sich lohnen
- Initiativbewerbung: wann sie sinnvoll ist

Alle Artikel: https://ratgeber.lebensmittelkarriere.example.de/juli-2026

Sie erhalten diesen Newsletter, weil Sie sich auf lebensmittelkarriere.example.de angemeldet haben. Abmelden: https://ratgeber.lebensmittelkarriere.example.de/abmelden
"""

ALERT_ES_INTRO = """Hola Bastien,

Tenemos 5 ofertas nuevas para tu alerta "calidad alimentaria Zaragoza". Algunas empresas ya están citando para entrevista, ¡no te duermas!"""
ALERT_ES_ITEMS = [
    ("Técnico/a de calidad - Industria cárnica - Cuarte de Huerva",
     "https://empleo.aragonjobs.example.es/oferta/33018",
     "Contrato indefinido. Experiencia en APPCC valorable."),
    ("Auxiliar de calidad - Conservera - La Almunia",
     "https://empleo.aragonjobs.example.es/oferta/33025",
     "Incorporación inmediata. Turnos rotativos."),
    ("Responsable de higiene - Cocina hospitalaria - Zaragoza",
     "https://empleo.aragonjobs.example.es/oferta/33041",
     "Si no recibes respuesta en 30 días, entiende que tu candidatura no ha sido seleccionada."),
]
ALERT_ES_FOOT = ("Recibes este correo porque creaste una alerta en AragónJobs. "
                 "Darse de baja: https://empleo.aragonjobs.example.es/alertas/baja?u=bol")

ARTICULO_ES = """<h2>Cómo preparar la entrevista para un puesto de calidad alimentaria</h2>
<p>Has superado el filtro del CV y te llaman para una entrevista. ¿Y ahora qué?</p>
<ul>
<li><b>Repasa el APPCC de la empresa</b>: busca sus productos y piensa en sus peligros típicos.</li>
<li><b>Lleva ejemplos</b> de incidencias que resolviste: una rotura de la cadena de frío, un alérgeno mal etiquetado.</li>
<li><b>Pregunta tú también</b>: qué certificaciones tienen (IFS, BRCGS) y cuándo es la próxima auditoría.</li>
</ul>
<p>Y si al final te dicen que no, pide feedback: es la mejor preparación para la siguiente.</p>
<p><a href="https://blog.trabajoenalimentacion.example.es/entrevista-calidad">Leer más</a> | <a href="https://blog.trabajoenalimentacion.example.es/baja">Darse de baja</a></p>"""

# =================================================================== the candidate's own mail

X_LAITERIE_CONFIRM = """Bonjour Madame Fontvieille,

Je vous remercie pour votre invitation. Je vous confirme ma présence le jeudi 19 février à 10h00 à Saint-Symphorien-sur-Coise.

Bien cordialement,

""" + CAND_SIG_FR

X_LAITERIE_THANKS = """Bonjour Madame Fontvieille,

Je tenais à vous remercier, ainsi que M. Chaverot et Mme Gonin, pour l'entretien de cet après-midi et la visite de l'atelier de fromages frais.

Les échanges sur le plan de maîtrise sanitaire et la gestion des allergènes m'ont conforté dans mon envie de rejoindre votre équipe qualité. J'attends votre retour avec impatience.

Bien cordialement,

""" + CAND_SIG_FR

X_QUALICONSEIL_RESCHED = """Bonjour Monsieur Rebuffat,

Je suis vraiment désolé pour ce matin : mon téléphone s'est éteint pendant le service du petit-déjeuner et je n'ai vu vos appels qu'à 11h. Aucune excuse valable, et je comprends que ce soit agaçant.

Serait-il possible de reprogrammer notre échange ? Je suis disponible tous les après-midis après 14h30, et le vendredi toute la journée.

Bien cordialement,

""" + CAND_SIG_FR

X_BELLECOUR_APPLY = """Bonjour Monsieur Sorlin,

Cuisinier depuis neuf ans en restauration scolaire à Lyon (1 200 repas/jour), je me forme actuellement à la qualité et à la sécurité des aliments (HACCP niveau 3, formation d'auditeur interne en cours).

J'ai appris par un ami commun que votre maison de traiteur cherchait à structurer son suivi HACCP. Je vous adresse ma candidature spontanée : vous trouverez mon CV en pièce jointe.

Je serais ravi d'en discuter avec vous, au labo ou ailleurs.

Bien cordialement,

""" + CAND_SIG_FR

X_VERCORS_THANKS = """Bonjour Monsieur Garnache,

Merci pour l'entretien de cet après-midi et pour la visite de la ligne de stérilisation, très impressionnante.

J'ai bien noté l'enjeu de la certification IFS à l'automne : c'est précisément le type de projet sur lequel j'aimerais monter en compétence. J'ai hâte de connaître la suite que vous donnerez à ma candidature.

Bien à vous,

""" + CAND_SIG_FR

X_NUTRILAB_SORRY = """Bonjour Madame Mercier, bonjour Grégoire,

Je suis désolé pour mercredi : j'avais noté l'entretien à 10h le jeudi dans mon agenda. Erreur bête de ma part, je m'en veux.

Si vous acceptez de m'accorder un nouveau créneau, je me rendrai disponible quand vous le souhaitez.

Bien cordialement,
Bastien
"""

X_RESTORIA_FOLLOWUP = """Bonjour,

J'ai postulé le 8 janvier au poste de Responsable qualité cuisine centrale (R-10482) et je n'ai pas eu de nouvelles depuis l'accusé de réception ci-dessous. Pourriez-vous me dire où en est le processus ?

Je reste très intéressé par le poste.

Cordialement,
Bastien Okafor-Leroux
"""

X_LIFFEY_THANKS = """Hi Aoife,

Thank you for organising today's interview, and please pass my thanks on to Eoin and Gráinne as well. The walk around the bakehouse floor was the highlight: it's great to see a site where allergen segregation is taken that seriously.

I remain very keen on the QA Technician role and look forward to hearing from you.

Best regards,

""" + CAND_SIG_EN

X_PASTIFICIO_APPLY = """Dear Ms Cravero,

I'm writing to apply for the Food Safety & Quality Assistant position at Pastificio Sabaudo, advertised on your website.

For nine years I have cooked for school canteens in Lyon, where I ran the daily HACCP records, allergen plans for children with medical protocols, and cleaning schedules for a kitchen producing 1,200 meals a day. I have since completed HACCP Level 3 and am finishing an internal auditor course. I'm comfortable working in English and would relocate to Turin.

Please find my CV attached. I'd be glad to talk whenever suits you.

Kind regards,

""" + CAND_SIG_EN

X_NORDVIK_RESCHED = """Dear Hanna,

Thank you very much for the invitation to the assessment centre. I'm delighted to be invited.

Unfortunately, 25 August falls on the first day of the pre-term training week at the school kitchen where I currently work, and I'm the only one certified to run the deep-clean validation. Would it be possible to attend a later session? Any date from 31 August onwards works for me.

Apologies for the inconvenience, and thank you for your understanding.

Best regards,

""" + CAND_SIG_EN

X_SCHWABENBACK_SORRY = """Sehr geehrte Frau Kälble,

es tut mir sehr leid, dass ich heute nicht zum Gespräch erschienen bin. Mein Zug aus Lyon hatte in Straßburg über zwei Stunden Verspätung, und mein Handy-Akku war leer, sodass ich Sie nicht rechtzeitig informieren konnte.

Ich bin weiterhin sehr an der Stelle interessiert und würde mich über einen neuen Termin sehr freuen.

Mit freundlichen Grüßen
Bastien Okafor-Leroux
+33 6 71 42 88 19
"""

X_EBRO_ACCEPT = """Hola Pilar:

Muchísimas gracias por la oferta. Me alegra mucho confirmaros que la acepto.

Os devuelvo la carta firmada esta semana. Para la incorporación del 1 de julio no hay problema; ya he avisado en mi trabajo actual en Lyon.

Un saludo y hasta pronto,
Bastien Okafor-Leroux
+33 6 71 42 88 19
"""

# =================================================================== people and life admin

FRIEND_REFUS = """Salut Bastien,

Bon, j'ai eu ma réponse de la centrale d'achat : c'est non. Le mail type, « après examen attentif de votre candidature nous ne pouvons y donner une suite favorable », même pas signé par quelqu'un. Trois entretiens pour ça, j'ai les boules.

Bref, toi ça avance avec ta laiterie ? Si tu as un entretien, je veux tout savoir. On se fait une bière jeudi à la Croix-Rousse pour me remonter le moral ?

Nico
"""

BANK_FR = """Bonjour Monsieur Okafor-Leroux,

Votre conseillère, Mme Laure Vasseur, vous confirme votre rendez-vous le mardi 10 mars 2026 à 17h30 à l'agence Lyon Jean-Macé, pour faire le point sur votre projet de mobilité professionnelle et votre épargne.

Pensez à vous munir de votre dernier avis d'imposition. Vous pouvez consulter à tout moment la position de vos comptes depuis votre espace client.

Pour modifier ou annuler ce rendez-vous, utilisez votre application ou contactez directement votre conseillère au 04 72 71 55 00.

Banque Rhodanienne (fictive)
Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.
"""

LANDLORD_FR = """Bonjour Monsieur Okafor-Leroux,

Je vous informe que l'entretien annuel de la chaudière de votre appartement (3e étage gauche) aura lieu le mercredi 14 octobre entre 8h et 12h, par l'entreprise Thermi-Lyon.

Par ailleurs, comme vous m'avez donné votre préavis, je souhaiterais organiser des visites de l'appartement pour de futurs locataires. Seriez-vous disponible le samedi 17 octobre en fin de matinée ?

Merci de me confirmer vos disponibilités.

Bien cordialement,
Françoise Marchetti
"""

SCHOOL_FR = """Madame, Monsieur,

Dans le cadre du suivi personnalisé, je vous propose un entretien individuel au sujet de la scolarité d'Amara, le lundi 16 novembre à 16h45, en salle 12.

Nous ferons le point sur ses résultats du premier trimestre et sur son projet d'orientation. Si ce créneau ne vous convient pas, merci de me proposer une autre date via le carnet de liaison ou par retour de mail.

Cordialement,
M. Thierry Dalmais
Professeur principal de 4e B - Collège Gabriel-Rosset (fictif)
"""

DOCTOR_FR = """<p>Bonjour Bastien Okafor-Leroux,</p>
<p>Votre rendez-vous est confirmé :</p>
<p><b>Dr Nathalie Ferrand - Médecine du travail</b><br>
Visite d'information et de prévention<br>
<b>Jeudi 21 mai 2026 à 08:40</b><br>
Centre de santé au travail, 14 rue Bichat, 69002 Lyon</p>
<p>Pensez à apporter votre carnet de vaccination et vos lunettes le cas échéant.</p>
<p>Un empêchement ? <a href="https://www.sante-rdv.example.fr/rdv/annuler/8812">Annulez ou déplacez votre rendez-vous</a> au moins 24 h à l'avance pour libérer le créneau.</p>
<p style="color:#999;font-size:11px">SantéRDV - service de prise de rendez-vous en ligne. Ne répondez pas à ce message.</p>"""

LINKEDIN_FR = """Bastien, voici ce qui s'est passé sur votre réseau cette semaine

- 7 personnes ont consulté votre profil, dont un recruteur de Talents Intérim Rhône
- Vous êtes apparu dans 14 recherches
- Félicitez Camille Reynaud pour son nouveau poste de Responsable qualité chez Brasserie du Gier
- Offres recommandées : « Auditeur hygiène junior » (Lyon), « Technicien QHSE » (Grenoble)

Voir toutes les notifications : https://www.proreseau.example.com/notifications

Vous recevez ces e-mails de notification de ProRéseau. Se désabonner : https://www.proreseau.example.com/settings/email
"""

MASTER_REFUS = """Monsieur,

Vous avez candidaté à la Licence professionnelle « Qualité et sécurité des aliments » (parcours en alternance) pour la rentrée 2026.

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature n'a pas été retenue : le nombre de places étant limité à 24, la commission a privilégié les candidats déjà titulaires d'un BTS dans le domaine.

Vous pouvez demander les motifs de cette décision auprès du secrétariat pédagogique dans un délai d'un mois.

Le Service de la scolarité
Institut universitaire de technologie Lyon-Sud (fictif)
"""

COLIS_FR = """Bonjour Bastien,

Malheureusement, votre colis n° 6A81 2290 4471 a pris du retard en raison d'un incident sur notre plateforme de tri de Saint-Priest.

Nouvelle date de livraison estimée : vendredi 24 avril, entre 13h et 18h.
Dernière position connue : Centre de tri de Saint-Priest (69), 22/04 à 06:12.

Vous pouvez suivre la position de votre colis en temps réel ou choisir un point relais :
https://suivi.colisrapide.example.fr/6A8122904471

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisRapide
"""

HEADHUNTER_CH = """Bonjour Monsieur Okafor-Leroux,

Je me permets de vous contacter après avoir découvert votre profil sur un réseau professionnel. Votre parcours, de la cuisine collective vers la sécurité des denrées alimentaires, est exactement le type de profil que recherchent plusieurs de mes clients dans l'industrie alimentaire romande.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais heureux de vous compter dans mon réseau. Si un échange vous intéresse un jour, n'hésitez pas à me répondre.

Avec mes meilleures salutations,

Valérie Jaquier
Executive Search - Food & Retail
Jaquier Conseil, Rue du Rhône 14, 1204 Genève
+41 22 310 08 45
"""

PODCAST_FR = """Bonjour Bastien,

Je produis « Derrière le passe », un podcast sur les métiers de la restauration collective (environ 4 000 écoutes par épisode). Nous préparons une série sur les reconversions, et votre intervention au forum de l'alimentation scolaire à Villeurbanne m'a beaucoup plu.

Accepteriez-vous de répondre à nos questions lors d'une interview d'environ 45 minutes ? L'enregistrement peut se faire à distance ou dans notre studio de Lyon 1er, à la date de votre choix en juin.

Merci d'avance et belle journée,
Inès Bouaziz
Productrice - Derrière le passe
06 45 29 81 13
"""

UX_FR = """Bonjour Bastien,

Vous utilisez Trouvemploi pour votre recherche d'emploi, merci !

Notre équipe produit cherche à mieux comprendre comment les candidats en reconversion utilisent les alertes et le suivi des candidatures. Accepteriez-vous de participer à un entretien utilisateur de 30 minutes en visio ?

En remerciement, nous vous offrons une carte cadeau de 25 €.

Choisissez un créneau ici : https://trouvemploi.example.fr/recherche-utilisateur/rdv

Cet échange n'a aucun lien avec vos candidatures en cours et n'aura aucun effet sur elles.

Lucie, designer UX chez Trouvemploi
"""

FWD_COLLEAGUE = """Salut Bastien,

Je suis tombée là-dessus ce matin et j'ai tout de suite pensé à toi. Ça a l'air fait pour toi, et en plus c'est à côté de chez ta sœur à Annecy !

Bises,
Sandrine
"""

FWD_COLLEAGUE_INNER = """Offre d'emploi - Référent qualité hygiène (H/F)

Le Syndicat intercommunal de restauration scolaire du bassin annécien recrute un référent qualité hygiène pour ses 3 cuisines de production (4 500 repas/jour).

Missions : plan de maîtrise sanitaire, formation des équipes, relations avec la DDPP, gestion des PAI.
Profil : expérience en cuisine collective, formation HACCP, permis B.
Candidatures (CV + lettre) avant le 15 mai à recrutement@sirs-annecy.example.fr. Les candidats retenus seront convoqués à un entretien début juin.
"""

WEBINAR_FR = """Bonjour Bastien,

Le réseau Emploi Rhône vous invite à son prochain atelier collectif :

« Simulation d'entretien d'embauche : se présenter en 3 minutes »
Jeudi 5 février, 9h30 - 12h00, Maison de l'emploi de Lyon 7e, 19 rue Saint-Jérôme

Au programme : pitch, questions difficiles (« pourquoi quittez-vous la cuisine ? »), gestion du stress et retours filmés. Places limitées à 12 participants.

Inscription : https://www.emploi-rhone.example.fr/ateliers/simulation-entretien

Réseau Emploi Rhône - lettre d'information
Se désinscrire : https://www.emploi-rhone.example.fr/desinscription
"""

HACCP_CERT = """Bonjour Bastien,

Félicitations ! Vous avez validé la formation « HACCP niveau 3 - Responsable de la sécurité des aliments » suivie du 12 au 16 janvier 2026.

Résultat de l'évaluation finale : 17,5/20 (seuil de validation : 12/20).

Votre attestation de formation est jointe à ce message. Conservez-la : elle vous sera demandée lors de vos candidatures et de vos entretiens d'embauche.

L'équipe pédagogique
Institut Formaliment Rhône-Alpes (fictif)
"""

SPOP_VD = """Madame, Monsieur,

Nous vous informons qu'un rendez-vous vous a été attribué pour la saisie de vos données biométriques dans le cadre de votre demande d'autorisation de séjour avec activité lucrative (permis B).

Date : mercredi 29 avril 2026, 10h15
Lieu : Service de la population, Avenue de Beaulieu 19, 1014 Lausanne, guichet 4

Veuillez vous présenter muni de votre passeport, de la présente convocation et du contrat de travail. En cas d'empêchement, merci de nous en informer au moins 48 heures à l'avance.

Service de la population du canton de Vaud (fictif)
Ce message est généré automatiquement.
"""

OOO_LAITERIE = """Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement, vous pouvez contacter Damien Chaverot au 04 78 44 61 25.

Cordialement,
Claire Fontvieille
"""

# --------------------------------------------------------------------------- English others

LINKEDIN_EN = """Bastien, you appeared in 9 searches this week

People are looking at your profile:
- A Talent Partner at Liffey Bakeries viewed your profile
- 2 recruiters in Food & Beverage Manufacturing viewed your profile

Jobs you may be interested in:
- Food Safety Officer - Ballymount
- Quality Technician - Naas

Your application for "QA Technician" was viewed by the hiring team.

See all activity: https://www.proreseau.example.com/me/activity
Unsubscribe from weekly updates: https://www.proreseau.example.com/settings/email
"""

RECRUITER_COLD_EN = """Hi Bastien,

I came across your profile and your move from school catering into food safety caught my eye. I work with a handful of Irish food manufacturers who value people who have actually run a busy kitchen.

No specific role right now, so no pressure at all - I just like to get to know good people before the roles come up. If you're ever open to hearing about QA roles in Leinster, drop me a line.

All the best,
Rory Dempsey
Director, Dempsey Talent Partners
+353 1 554 2810
"""

PODCAST_EN = """Hi Bastien,

I host "Food Safety Voices", a podcast where people working in food quality talk about their careers. A listener pointed me to your post about switching from school kitchens to QA, and I think our audience would love to hear your story.

Would you be up for a 40-minute interview over Zoom sometime in June? No preparation needed, and you'd get to approve the edit before it goes out.

Thanks for considering it,
Megan O'Sullivan
Host & Producer, Food Safety Voices
"""

UX_EN = """Hi Bastien,

We're the product team at JobBridge. Because you've used our application tracker recently, we'd love to hear how it's working for you.

We're running 30-minute research interviews over video next week. You'll chat with one of our designers about how you keep track of applications, interviews and follow-ups. As a thank you, you'll receive a EUR 20 voucher.

Book a time that suits you: https://research.jobbridge.example.com/book/bol-2026

This is not a job interview and won't affect any of your applications.

Thanks!
Priya from the JobBridge research team
"""

OOO_EN = """Thank you for your email. I'm out of the office until Monday 30 March with limited access to email.

For anything urgent related to recruitment at Liffey Bakeries, please contact careers@liffeybakeries.example.ie.

Aoife Byrne
Talent Partner, Liffey Bakeries
"""

PARCEL_EN = """Hi Bastien,

Unfortunately your parcel is delayed.

Tracking number: IE7729 4410 33
Last known position: Dublin Hub, Ballycoolin - 13 May, 04:51
New estimated delivery: Friday 15 May, 9am-1pm

We're sorry for the wait. You can change your delivery address or choose a collection point here:
https://track.swiftparcel.example.ie/IE7729441033

SwiftParcel Ireland
Please don't reply to this email.
"""

FRIEND_EN = """Hey Bastien,

Well, that's the end of that one - got the "we've decided not to progress your application" email from the brewery this morning. After two interviews and a presentation! Gutted, to be honest.

Anyway, how are things going your side? Did you hear back from the bakery yet? Pint on Friday?

Siobhán
"""

COURSE_EN = """Dear Bastien,

Thank you for your application for the Postgraduate Certificate in Food Safety Management (part-time, September 2026 intake).

We received a very large number of applications this year, and I regret to inform you that we are unable to offer you a place on the programme. The admissions committee gave priority to applicants holding a primary degree in a science discipline.

You may wish to consider our Level 6 Certificate in Food Safety Supervision, for which your experience would be well suited.

Yours sincerely,
Admissions Office
Liffey Institute of Technology (fictional)
"""

BANK_EN = """Dear Mr Okafor-Leroux,

Thank you for booking an appointment with us to open a current account.

Your appointment: Tuesday 24 February 2026 at 11:30, Grafton Street branch, with Eimear Walsh.

Please bring photo ID, proof of your Irish address and, if you are starting a new position in Ireland, a copy of your contract or offer letter.

Leinster Bank (fictional)
This is an automated message. Please do not reply.
"""

# --------------------------------------------------------------------------- German and Spanish others

VERMIETER_DE = """Hallo Herr Okafor-Leroux,

kurze Info zur Wohnung in der Rotebühlstraße: Der Termin zur Zählerablesung ist am Dienstag, 7. Juli, zwischen 9 und 11 Uhr. Außerdem möchte ich den Besichtigungstermin für die Übergabe auf Freitag, 31. Juli, 17 Uhr, legen.

Passt Ihnen das? Sonst melden Sie sich bitte.

Viele Grüße
Helga Brenner
"""

FRIEND_ES = """¡Hola Bastien!

Te cuento: al final no me han cogido en la panificadora de Cuarte. Me llamó la de recursos humanos y me dijo que habían elegido a alguien con más experiencia en líneas automáticas. Qué rabia, después de tres entrevistas.

¿Y tú qué tal con la conservera? Si te mudas a Zaragoza ya sabes que aquí tienes sofá.

Un abrazo fuerte,
Javi
"""

DENTISTA_ES = """Hola Bastien,

Te recordamos tu cita en Clínica Dental Delicias:

Fecha: lunes 22 de junio de 2026
Hora: 18:00
Tratamiento: revisión y limpieza

Si no puedes acudir, por favor avísanos con 24 horas de antelación llamando al 976 33 21 09.

Clínica Dental Delicias (ficticia)
Este es un mensaje automático, no respondas a este correo.
"""

OOO_ES = """Hola,

Estoy fuera de la oficina hasta el lunes 8 de junio. Durante mi ausencia no tendré acceso al correo.

Para cualquier asunto urgente relacionado con Recursos Humanos, puedes escribir a rrhh@conservasebro.example.es.

Gracias,
Pilar Ortiz
"""


def _ooo_subject(prefix: str, subject: str) -> str:
    return f"{prefix} {subject}"


MESSAGES = [
    # ------------------------------------------------------------ French (27)
    m(key="x_alert_fr", kind="other", lang="fr", scenario="job_alert_digest_list_headers",
      company="", contact="", frm=("Emploi-Agro Alertes", "alertes@emploi-agro.example.fr"),
      subject="12 nouvelles offres pour votre alerte « qualité agroalimentaire - Lyon »",
      date=when("2026-01-14 06:30"), text=digest_text(ALERT_FR_INTRO, ALERT_FR_ITEMS, ALERT_FR_FOOT),
      html=newsletter("Emploi-Agro - vos nouvelles offres", ALERT_FR_INTRO, ALERT_FR_ITEMS,
                      ALERT_FR_FOOT),
      headers=lst("<alertes.emploi-agro.example.fr>",
                  "https://www.emploi-agro.example.fr/alertes/stop?u=bol")),
    m(key="x_news_refus", kind="other", lang="fr", scenario="newsletter_about_rejections",
      company="", contact="",
      frm=("La lettre Reconversion & métiers de bouche", "lettre@reconversion-bouche.example.fr"),
      subject="Refus après entretien : ce qu'ils en ont appris", date=when("2026-03-10 07:00"),
      text=digest_text(NEWS_REFUS_INTRO, NEWS_REFUS_ITEMS, NEWS_REFUS_FOOT),
      html=newsletter("Reconversion & métiers de bouche", NEWS_REFUS_INTRO, NEWS_REFUS_ITEMS,
                      NEWS_REFUS_FOOT, color="#8e44ad"),
      headers=lst("Lettre du mardi <mardi.reconversion-bouche.example.fr>",
                  "https://lettre.reconversion-bouche.example.fr/desinscription"),
      cte="b64"),
    m(key="x_article_entretien", kind="other", lang="fr", scenario="advice_article_html_only",
      company="", contact="", frm=("Cadres Agro Conseils", "conseils@cadres-agro.example.fr"),
      subject="Préparer un entretien quand on vient de la restauration",
      subj_enc=("iso-8859-1", "Q"), date=when("2026-04-03 12:00"),
      html=page(ARTICLE_ENTRETIEN, "Conseils", "iso-8859-1"), html_charset="iso-8859-1", cte="qp",
      headers=lst("<conseils.cadres-agro.example.fr>",
                  "https://conseils.cadres-agro.example.fr/newsletter/stop")),
    m(key="x_laiterie_confirm", kind="other", lang="fr", scenario="own_mail_confirms_interview",
      company="", contact="", frm=CAND, to=[LAITERIE],
      subject="RE: Convocation à un entretien - Assistant qualité hygiène (CDI)",
      date=when("2026-02-12 12:47"), text=X_LAITERIE_CONFIRM, quote_of="i_laiterie"),
    m(key="x_laiterie_thanks", kind="other", lang="fr", scenario="own_thank_you_after_interview",
      company="", contact="", frm=CAND, to=[LAITERIE],
      subject="Merci pour l'entretien de ce vendredi", date=when("2026-02-20 18:40"),
      text=X_LAITERIE_THANKS, reply_of="s_laiterie"),
    m(key="x_laiterie_ooo", kind="other", lang="fr", scenario="out_of_office_auto_submitted",
      company="", contact=LAITERIE[1], frm=LAITERIE,
      subject="Réponse automatique : Merci pour l'entretien de ce vendredi",
      date=when("2026-02-20 18:41"), text=OOO_LAITERIE, headers=AUTO,
      reply_of="x_laiterie_thanks"),
    m(key="x_qualiconseil_resched", kind="other", lang="fr", scenario="own_reschedule_request",
      company="", contact="", frm=CAND, to=[REBUFFAT],
      subject="Re: Notre appel de ce matin", date=when("2026-09-03 11:22"),
      text=X_QUALICONSEIL_RESCHED, quote_of="n_qualiconseil"),
    m(key="x_bellecour_apply", kind="other", lang="fr", scenario="own_application_with_cv",
      company="", contact="", frm=CAND, to=[SORLIN],
      subject="Candidature spontanée - suivi HACCP", date=when("2026-05-18 21:05"),
      text=X_BELLECOUR_APPLY,
      attach=[pdf("CV_Bastien_Okafor-Leroux.pdf", [
          "Bastien Okafor-Leroux - Lyon - 06 71 42 88 19", "",
          "Cuisinier en restauration scolaire (2017-2026)",
          "HACCP niveau 3 (2026) - Auditeur interne (en cours)",
          "Langues : francais, anglais (C1), notions d'allemand et d'espagnol"])]),
    m(key="x_vercors_thanks", kind="other", lang="fr", scenario="own_thank_you_note",
      company="", contact="", frm=CAND, to=[GARNACHE],
      subject="Merci pour l'entretien de jeudi", date=when("2026-04-23 19:12"),
      text=X_VERCORS_THANKS, reply_of="i_vercors"),
    m(key="x_nutrilab_sorry", kind="other", lang="fr", scenario="own_apology_missed_interview",
      company="", contact="", frm=CAND, to=[SOPHIE, GREG], subject="désolé pour mercredi",
      date=when("2026-10-08 07:55"), text=X_NUTRILAB_SORRY, quote_of="n_nutrilab"),
    m(key="x_restoria_followup", kind="other", lang="fr", scenario="own_status_follow_up",
      company="", contact="", frm=CAND,
      to=[("Restoria Collectivités Recrutement", "recrutement@restoria.example.fr")],
      subject="Suivi candidature R-10482", date=when("2026-02-10 13:30"),
      text=X_RESTORIA_FOLLOWUP, quote_of="a_restoria", quote_style="fwd"),
    m(key="x_friend_refus", kind="other", lang="fr", scenario="friend_tells_own_rejection",
      company="", contact="nicolas.faure@example.fr",
      frm=("Nico Faure", "nicolas.faure@example.fr"), subject="bon ben c'est non",
      date=when("2026-02-24 22:18"), text=FRIEND_REFUS, cte="8bit"),
    m(key="x_bank_rdv", kind="other", lang="fr", scenario="bank_appointment_account_position",
      company="", contact="", frm=("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.example.fr"),
      subject="Confirmation de votre rendez-vous avec votre conseillère",
      date=when("2026-03-02 09:12"), text=BANK_FR, html=page(paras(BANK_FR)),
      charset="iso-8859-1", html_charset="utf-8", cte="qp"),
    m(key="x_landlord", kind="other", lang="fr", scenario="landlord_boiler_entretien_visits",
      company="", contact="f.marchetti@example.fr",
      frm=("Françoise Marchetti", "f.marchetti@example.fr"), name_enc=("iso-8859-1", "B"),
      subject="Entretien chaudière et visites de l'appartement",
      date=when("2026-10-02 18:20"), text=LANDLORD_FR, charset="windows-1252", cte="8bit"),
    m(key="x_school", kind="other", lang="fr", scenario="school_teacher_entretien",
      company="", contact="t.dalmais@college-rosset.example.fr",
      frm=("Thierry Dalmais", "t.dalmais@college-rosset.example.fr"),
      subject="Proposition d'entretien individuel - Amara", date=when("2026-10-05 17:02"),
      text=SCHOOL_FR),
    m(key="x_doctor", kind="other", lang="fr", scenario="occupational_doctor_appointment",
      company="", contact="", frm=("SantéRDV", "no-reply@sante-rdv.example.fr"),
      subject="Rendez-vous confirmé : jeudi 21 mai à 08:40", date=when("2026-05-06 14:00"),
      html=page(DOCTOR_FR), cte="b64"),
    m(key="x_network_fr", kind="other", lang="fr", scenario="network_weekly_notification",
      company="", contact="", frm=("ProRéseau", "notifications@proreseau.example.com"),
      subject="Bastien, 7 personnes ont consulté votre profil", date=when("2026-01-30 08:00", "utc"),
      text=LINKEDIN_FR, headers=[("List-Unsubscribe",
                                  "<https://www.proreseau.example.com/settings/email>")]),
    m(key="x_licence_refus", kind="other", lang="fr", scenario="course_place_refused",
      company="", contact="", frm=("Scolarité IUT Lyon-Sud", "scolarite-noreply@iut-lyonsud.example.fr"),
      subject="Décision de la commission pédagogique - Licence professionnelle",
      date=when("2026-06-05 16:00"), text=MASTER_REFUS, charset="iso-8859-1", cte="b64"),
    m(key="x_colis", kind="other", lang="fr", scenario="parcel_delayed_position",
      company="", contact="", frm=("ColisRapide", "suivi@notifications.colisrapide.example.fr"),
      subject="Malheureusement, votre colis a pris du retard", date=when("2026-04-22 07:30"),
      text=COLIS_FR, html=ats_card("ColisRapide", paras(COLIS_FR), color="#f39c12")),
    m(key="x_headhunter_ch", kind="other", lang="fr", scenario="swiss_headhunter_cold_approach",
      company="", contact="v.jaquier@jaquier-conseil.example.ch",
      frm=("Valérie Jaquier", "v.jaquier@jaquier-conseil.example.ch"),
      subject="Prise de contact - sécurité des denrées alimentaires",
      date=when("2026-05-19 10:22"), text=HEADHUNTER_CH,
      html=outlook_html(paras(HEADHUNTER_CH))),
    m(key="x_podcast_fr", kind="other", lang="fr", scenario="podcast_interview_request",
      company="", contact="ines@derriere-le-passe.example.fr",
      frm=("Inès Bouaziz", "ines@derriere-le-passe.example.fr"), name_enc=("utf-8", "B"),
      subject="Demande d'interview pour le podcast « Derrière le passe »",
      date=when("2026-05-12 15:48"), text=PODCAST_FR),
    m(key="x_ux_fr", kind="other", lang="fr", scenario="user_research_interview_invite",
      company="", contact="", frm=("Trouvemploi", "no-reply@trouvemploi.example.fr"),
      subject="30 minutes pour nous aider ? Entretien utilisateur (carte cadeau 25 €)",
      date=when("2026-06-09 11:00"), text=UX_FR),
    m(key="x_fwd_colleague", kind="other", lang="fr", scenario="colleague_forwards_job_ad",
      company="", contact="sandrine.perret@example.fr",
      frm=("Sandrine Perret", "sandrine.perret@example.fr"),
      subject="Fwd: Offre d'emploi - Référent qualité hygiène (H/F)",
      date=when("2026-04-28 08:14"),
      text=FWD_COLLEAGUE + "\n---------- Message transféré ---------\n"
           "De : SIRS Bassin annécien <communication@sirs-annecy.example.fr>\n"
           "Date : 27 avril 2026 16:30\nObjet : Offre d'emploi - Référent qualité hygiène (H/F)\n"
           "À : <liste-partenaires@sirs-annecy.example.fr>\n\n" + FWD_COLLEAGUE_INNER),
    m(key="x_webinar_fr", kind="other", lang="fr", scenario="mock_interview_workshop_newsletter",
      company="", contact="", frm=("Réseau Emploi Rhône", "lettre@emploi-rhone.example.fr"),
      subject="Atelier : simulation d'entretien d'embauche le 5 février",
      date=when("2026-01-27 10:00"), text=WEBINAR_FR, html=page(paras(WEBINAR_FR)),
      headers=lst("<infos.emploi-rhone.example.fr>",
                  "https://www.emploi-rhone.example.fr/desinscription")),
    m(key="x_haccp_cert", kind="other", lang="fr", scenario="training_certificate_pdf",
      company="", contact="", frm=("Formaliment Rhône-Alpes", "noreply@formaliment.example.fr"),
      subject="Votre attestation de formation HACCP niveau 3",
      date=when("2026-01-19 15:20"), text=HACCP_CERT,
      attach=[pdf("Attestation_HACCP_N3_Okafor-Leroux.pdf", [
          "INSTITUT FORMALIMENT RHONE-ALPES", "Attestation de formation", "",
          "Bastien Okafor-Leroux a suivi la formation HACCP niveau 3",
          "du 12 au 16 janvier 2026 (35 heures).", "Evaluation finale : 17,5/20 - VALIDE"])]),
    m(key="x_spop_vd", kind="other", lang="fr", scenario="swiss_permit_biometrics_appointment",
      company="", contact="", frm=("Service de la population · Vaud", "ne-pas-repondre@spop-vd.example.ch"),
      name_enc=("iso-8859-1", "Q"),
      subject="Convocation - saisie des données biométriques", date=when("2026-04-14 09:00"),
      text=SPOP_VD, charset="iso-8859-1", cte="qp"),
    m(key="x_alert_ch", kind="other", lang="fr", scenario="swiss_job_board_digest",
      company="", contact="", frm=("jobs-romandie", "alertes@jobs-romandie.example.ch"),
      subject="3 nouvelles places de travail pour votre recherche",
      date=when("2026-03-16 05:45"), text=digest_text(ALERT_CH_INTRO, ALERT_CH_ITEMS, ALERT_CH_FOOT),
      html=newsletter("jobs-romandie", ALERT_CH_INTRO, ALERT_CH_ITEMS, ALERT_CH_FOOT,
                      color="#d62828"),
      headers=lst("<alertes.jobs-romandie.example.ch>",
                  "https://www.jobs-romandie.example.ch/abonnements")),
    # ------------------------------------------------------------ English (15)
    m(key="x_alert_ie", kind="other", lang="en", scenario="job_alert_digest_dublin",
      company="", contact="", frm=("DublinFoodJobs", "alerts@dublinfoodjobs.example.ie"),
      subject="4 new Food Safety jobs in Dublin", date=when("2026-04-15 07:05", "ie"),
      text=digest_text(ALERT_IE_INTRO, ALERT_IE_ITEMS, ALERT_IE_FOOT),
      html=newsletter("DublinFoodJobs", ALERT_IE_INTRO, ALERT_IE_ITEMS, ALERT_IE_FOOT,
                      color="#1565c0"),
      headers=lst("<alerts.dublinfoodjobs.example.ie>",
                  "https://jobs.dublinfoodjobs.example.ie/alerts/unsubscribe?id=7781")),
    m(key="x_news_rejection_en", kind="other", lang="en", scenario="career_newsletter_rejection",
      company="", contact="", frm=("The Career Kitchen", "hello@careerkitchen.example.com"),
      subject="\"We regret to inform you\" - how to bounce back", date=when("2026-05-05 12:00", "utc"),
      text=NEWS_REJECTION_EN,
      headers=lst("The Career Kitchen <weekly.careerkitchen.example.com>",
                  "https://careerkitchen.example.com/u/9f2c1")),
    m(key="x_liffey_thanks", kind="other", lang="en", scenario="own_thank_you_note",
      company="", contact="", frm=CAND, to=[AOIFE],
      subject="Thank you - QA Technician interview", date=when("2026-03-27 17:35", "ie"),
      text=X_LIFFEY_THANKS, reply_of="s_liffey"),
    m(key="x_liffey_ooo", kind="other", lang="en", scenario="out_of_office_auto_reply",
      company="", contact=AOIFE[1], frm=AOIFE,
      subject="Automatic reply: Thank you - QA Technician interview",
      date=when("2026-03-27 17:35", "ie"), text=OOO_EN, headers=AUTO,
      reply_of="x_liffey_thanks"),
    m(key="x_pastificio_apply", kind="other", lang="en", scenario="own_application_with_cv",
      company="", contact="", frm=CAND, to=[GIULIA],
      subject="Application - Food Safety & Quality Assistant", date=when("2026-07-06 08:30"),
      text=X_PASTIFICIO_APPLY,
      attach=[pdf("CV_Bastien_Okafor-Leroux_EN.pdf", [
          "Bastien Okafor-Leroux - Lyon, France - +33 6 71 42 88 19", "",
          "Cook, school catering (2017-2026)",
          "HACCP Level 3 (2026) - Internal auditor course (in progress)",
          "Languages: French (native), English (C1)"])]),
    m(key="x_nordvik_resched", kind="other", lang="en", scenario="own_reschedule_request",
      company="", contact="", frm=CAND, to=[HANNA],
      subject="Assessment centre 25 August - request to reschedule",
      date=when("2026-08-18 21:10"), text=X_NORDVIK_RESCHED, reply_of="i_nordvik"),
    m(key="x_network_en", kind="other", lang="en", scenario="network_notification_viewed",
      company="", contact="", frm=("ProReseau", "notifications@proreseau.example.com"),
      subject="Bastien, you appeared in 9 searches this week",
      date=when("2026-03-23 08:00", "utc"), text=LINKEDIN_EN,
      html=ats_card("ProReseau", paras(LINKEDIN_EN), color="#0a66c2")),
    m(key="x_recruiter_cold_en", kind="other", lang="en", scenario="recruiter_cold_approach",
      company="", contact="rory@dempseytalent.example.ie",
      frm=("Rory Dempsey", "rory@dempseytalent.example.ie"), subject="Hello from Dublin",
      date=when("2026-01-22 11:45", "ie"), text=RECRUITER_COLD_EN),
    m(key="x_podcast_en", kind="other", lang="en", scenario="podcast_interview_request",
      company="", contact="megan@foodsafetyvoices.example.com",
      frm=("Megan O'Sullivan", "megan@foodsafetyvoices.example.com"),
      subject="Podcast interview? Food Safety Voices", date=when("2026-05-27 19:03", "ie"),
      text=PODCAST_EN),
    m(key="x_ux_en", kind="other", lang="en", scenario="user_research_interview",
      company="", contact="", frm=("JobBridge Research", "research-noreply@jobbridge.example.com"),
      subject="Got 30 minutes? Join a JobBridge research interview (EUR 20 voucher)",
      date=when("2026-07-22 14:00", "utc"), text=UX_EN,
      html=ats_card("JobBridge", paras(UX_EN), color="#6a1b9a",
                    button=("Book a time", "https://research.jobbridge.example.com/book/bol-2026"))),
    m(key="x_parcel_en", kind="other", lang="en", scenario="parcel_delayed_position",
      company="", contact="", frm=("SwiftParcel", "no-reply@swiftparcel.example.ie"),
      subject="Unfortunately your parcel is delayed", date=when("2026-05-13 08:20", "ie"),
      text=PARCEL_EN),
    m(key="x_friend_en", kind="other", lang="en", scenario="friend_tells_own_rejection",
      company="", contact="siobhan.keane@example.ie",
      frm=("Siobhán Keane", "siobhan.keane@example.ie"), name_enc=("iso-8859-1", "Q"),
      subject="well that's that", date=when("2026-03-31 21:40", "ie"), text=FRIEND_EN),
    m(key="x_course_en", kind="other", lang="en", scenario="postgraduate_place_refused",
      company="", contact="", frm=("LIT Admissions", "admissions-noreply@lit.example.ie"),
      subject="Your application: Postgraduate Certificate in Food Safety Management",
      date=when("2026-07-10 10:00", "ie"), text=COURSE_EN, html=outlook_html(paras(COURSE_EN))),
    m(key="x_bank_en", kind="other", lang="en", scenario="bank_account_appointment",
      company="", contact="", frm=("Leinster Bank", "noreply@leinsterbank.example.ie"),
      subject="Your appointment is confirmed", date=when("2026-02-16 12:10", "utc"),
      text=BANK_EN),
    m(key="x_webinar_en", kind="other", lang="en", scenario="mock_interview_event_html_only",
      company="", contact="", frm=("Food Skills Network Ireland", "events@foodskills.example.ie"),
      subject="Mock Interview Masterclass - 10 June", date=when("2026-05-28 09:30", "ie"),
      html=page(WEBINAR_EN), cte="qp",
      headers=lst("Food Skills Events <events.foodskills.example.ie>",
                  "https://www.foodskills.example.ie/unsubscribe")),
    # ------------------------------------------------------------ German (4)
    m(key="x_alert_de", kind="other", lang="de", scenario="suchauftrag_digest",
      company="", contact="", frm=("Jobs Südwest", "suchauftrag@jobs-suedwest.example.de"),
      subject="6 neue Jobs für Ihren Suchauftrag „Qualitätssicherung Lebensmittel“",
      subj_enc=("utf-8", "B"), date=when("2026-03-30 06:15"),
      text=digest_text(ALERT_DE_INTRO, ALERT_DE_ITEMS, ALERT_DE_FOOT),
      html=newsletter("Jobs Südwest", ALERT_DE_INTRO, ALERT_DE_ITEMS, ALERT_DE_FOOT,
                      color="#37474f"),
      headers=lst("<suchauftrag.jobs-suedwest.example.de>",
                  "https://www.jobs-suedwest.example.de/suchauftrag/abmelden?k=bol")),
    m(key="x_schwabenback_sorry", kind="other", lang="de", scenario="own_apology_missed",
      company="", contact="", frm=CAND, to=[KAELBLE],
      subject="Entschuldigung - Termin heute", date=when("2026-04-14 12:10"),
      text=X_SCHWABENBACK_SORRY, quote_of="n_schwabenback"),
    m(key="x_vermieter", kind="other", lang="de", scenario="landlord_termin",
      company="", contact="h.brenner@example.de", frm=("Helga Brenner", "h.brenner@example.de"),
      subject="Termine Zählerablesung und Übergabe", date=when("2026-06-30 19:25"),
      text=VERMIETER_DE, charset="iso-8859-1", cte="8bit"),
    m(key="x_ratgeber_de", kind="other", lang="de", scenario="advice_newsletter_absage",
      company="", contact="",
      frm=("Karriere-Ratgeber Lebensmittel", "newsletter@lebensmittelkarriere.example.de"),
      subject="Absage erhalten? So geht es weiter", date=when("2026-07-02 10:00"),
      text=RATGEBER_DE, cte="b64",
      headers=lst("<ratgeber.lebensmittelkarriere.example.de>",
                  "https://ratgeber.lebensmittelkarriere.example.de/abmelden")),
    # ------------------------------------------------------------ Spanish (6)
    m(key="x_alert_es", kind="other", lang="es", scenario="job_alert_digest_zaragoza",
      company="", contact="", frm=("AragónJobs", "alertas@aragonjobs.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="5 ofertas nuevas para «calidad alimentaria Zaragoza»",
      date=when("2026-04-20 07:00"),
      text=digest_text(ALERT_ES_INTRO, ALERT_ES_ITEMS, ALERT_ES_FOOT),
      html=newsletter("AragónJobs", ALERT_ES_INTRO, ALERT_ES_ITEMS, ALERT_ES_FOOT,
                      color="#c62828"),
      headers=lst("<alertas.aragonjobs.example.es>",
                  "https://empleo.aragonjobs.example.es/alertas/baja?u=bol")),
    m(key="x_ebro_accept", kind="other", lang="es", scenario="own_offer_acceptance",
      company="", contact="", frm=CAND, to=[PILAR],
      subject="RE: Oferta de empleo - Técnico/a de Calidad", date=when("2026-06-03 09:02"),
      text=X_EBRO_ACCEPT, quote_of="o_ebro"),
    m(key="x_friend_es", kind="other", lang="es", scenario="friend_tells_own_rejection",
      company="", contact="javier.mur@example.es", frm=("Javi Mur", "javier.mur@example.es"),
      subject="pues nada...", date=when("2026-05-24 23:10"), text=FRIEND_ES,
      charset="iso-8859-1", cte="qp"),
    m(key="x_dentista", kind="other", lang="es", scenario="dental_appointment_reminder",
      company="", contact="", frm=("Clínica Dental Delicias", "citas-noreply@dentaldelicias.example.es"),
      subject="Recordatorio de tu cita", date=when("2026-06-19 10:00"), text=DENTISTA_ES),
    m(key="x_articulo_es", kind="other", lang="es", scenario="advice_article_html_only",
      company="", contact="",
      frm=("Trabajo en Alimentación", "boletin@trabajoenalimentacion.example.es"),
      subject="Cómo preparar la entrevista para un puesto de calidad",
      subj_enc=("iso-8859-1", "B"), date=when("2026-02-17 08:00"), html=page(ARTICULO_ES, charset="windows-1252"),
      html_charset="windows-1252", cte="qp",
      headers=lst("<boletin.trabajoenalimentacion.example.es>",
                  "https://blog.trabajoenalimentacion.example.es/baja")),
    m(key="x_ooo_es", kind="other", lang="es", scenario="out_of_office_auto_reply",
      company="", contact=PILAR[1], frm=PILAR,
      subject=_ooo_subject("Respuesta automática:", "RE: Oferta de empleo - Técnico/a de Calidad"),
      date=when("2026-06-03 09:02"), text=OOO_ES, headers=AUTO, reply_of="x_ebro_accept"),
]
