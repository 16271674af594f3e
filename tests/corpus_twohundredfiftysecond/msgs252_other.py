"""Corpus 252: everything that is not a job event for the candidate (52).

The candidate's own sent mail, out-of-office replies, digests and newsletters, network
notifications, and mail from banks, landlords, schools, doctors, couriers, friends, journalists
and researchers that uses the vocabulary of job mail in another sense. Written by hand.
"""

from __future__ import annotations

from msgs252_common import (
    ME,
    ats_card,
    digest_html,
    digest_text,
    forward_block,
    outlook_html,
    simple_html,
)

OTH = "other"


def _list_headers(list_id: str, unsubscribe: str, mailto: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe}>, <mailto:{mailto}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# --- digests -----------------------------------------------------------------------------------

_N1_INTRO = "Guten Morgen Lorenz\n\nFür Ihren Suchauftrag «Teamleiter Kundendienst» im Umkreis von 30 km um Basel gibt es 7 neue Stellen. Hier die ersten fünf:"
_N1_ITEMS = [
    ("Teamleiter/in Kundenservice Netz (80–100 %)", "Energieversorger · Münchenstein · vor 2 Tagen",
     "https://jobradar.example.ch/j/88120", "Führen Sie ein Team von 14 Personen im Störungs- und Anschlussdienst."),
    ("Supervisor Contact Center Krankenversicherung", "Versicherung · Basel · vor 3 Tagen",
     "https://jobradar.example.ch/j/88097", "Schichtplanung, Coaching und Qualitätssicherung im Inbound."),
    ("Leiter/in Reisezentrum", "Verkehrsbetrieb · Liestal · vor 4 Tagen",
     "https://jobradar.example.ch/j/88011", "Verantwortung für Verkauf, Beratung und ein Team von 9 Mitarbeitenden."),
    ("Gruppenleitung Kundendienst Telekom", "Telekommunikation · Pratteln · vor 5 Tagen",
     "https://jobradar.example.ch/j/87960", "Sie sorgen für schnelle Lösungen bei Störungsmeldungen unserer Privatkunden."),
    ("Teamleiter Kundenbetreuung (befristet 12 Monate)", "Personalvermittlung · Basel · vor 6 Tagen",
     "https://jobradar.example.ch/j/87902", "Interessante Vertretung mit Option auf Festanstellung."),
]
_N1_FOOT = "Sie erhalten diese E-Mail, weil Sie bei Jobradar einen Suchauftrag angelegt haben.\nJobradar Schweiz, Postfach, 8021 Zürich"
_N1_UNSUB = ("Suchauftrag abbestellen", "https://jobradar.example.ch/alerts/unsubscribe?u=la-5521")

_N5_INTRO = "Bonjour Lorenz,\n\nCinq nouvelles offres correspondent à votre alerte « responsable d'équipe service client » à Genève et environs :"
_N5_ITEMS = [
    ("Responsable d'équipe centre d'appels (100 %)", "Télécommunications · Genève · il y a 1 jour",
     "https://emploiromand.example.ch/offre/44120", "Encadrement de 12 conseillers, pilotage des indicateurs de qualité."),
    ("Superviseur·e service clientèle", "Assurance · Lancy · il y a 2 jours",
     "https://emploiromand.example.ch/offre/44102", "Vous animez une équipe bilingue français-allemand."),
    ("Chef·fe de groupe accueil voyageurs", "Transports · Genève-Aéroport · il y a 3 jours",
     "https://emploiromand.example.ch/offre/44077", "Horaires irréguliers, contact direct avec la clientèle internationale."),
    ("Coordinateur·trice relation clients énergie", "Énergie · Vernier · il y a 4 jours",
     "https://emploiromand.example.ch/offre/44031", "Gestion des réclamations complexes et formation des nouveaux collaborateurs."),
    ("Team leader service après-vente", "Distribution · Meyrin · il y a 6 jours",
     "https://emploiromand.example.ch/offre/43988", "Poste à pourvoir rapidement, entretiens dès la semaine prochaine."),
]
_N5_FOOT = "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiRomand.\nEmploiRomand, Case postale, 1211 Genève"
_N5_UNSUB = ("Se désabonner de cette alerte", "https://emploiromand.example.ch/alertes/stop?id=lah-77")

_N7_INTRO = "Hi Lorenz,\n\nHere are this week's new roles matching \"team lead customer\" in Dublin:"
_N7_ITEMS = [
    ("Team Lead - Customer Care (German speaking)", "Contact centre · Dublin 3 · 2 days ago",
     "https://jobsbridge.example.ie/job/551203", "Lead a team of 12 advisors supporting DACH customers. Relocation package."),
    ("Customer Experience Supervisor", "Transport · Dublin 8 · 3 days ago",
     "https://jobsbridge.example.ie/job/551177", "Shift-based role overseeing station customer service teams."),
    ("Team Leader, Claims Contact Centre", "Insurance · Dublin 4 · 4 days ago",
     "https://jobsbridge.example.ie/job/551090", "Drive quality and coaching across a busy inbound claims team."),
    ("Operations Team Lead - Energy Retail", "Utilities · Dublin 1 · 5 days ago",
     "https://jobsbridge.example.ie/job/551002", "Own service levels and complaint handling for residential customers."),
    ("Multilingual Support Lead (French/German)", "Tech · Dublin 2 · 6 days ago",
     "https://jobsbridge.example.ie/job/550941", "Interviews this month - apply early."),
    ("Senior Customer Agent with team lead path", "Telecoms · Dublin 24 · 6 days ago",
     "https://jobsbridge.example.ie/job/550920", "A stepping stone into management."),
]
_N7_FOOT = "You're receiving this because you created a job alert on JobsBridge.\nJobsBridge Ltd, 1 Dame Street, Dublin 2"
_N7_UNSUB = ("Unsubscribe from this alert", "https://jobsbridge.example.ie/alerts/unsubscribe/lah-31")

_N9_INTRO = "Hola Lorenz:\n\nEstas son las nuevas ofertas que coinciden con tu alerta «jefe de equipo atención al cliente» en Suiza:"
_N9_ITEMS = [
    ("Jefe/a de equipo - atención al cliente en español", "Telecomunicaciones · Zúrich · hace 1 día",
     "https://empleoeuropa.example.es/oferta/30115", "Equipo de 10 agentes que atiende a clientes de España y Latinoamérica."),
    ("Coordinador/a de centro de contacto", "Seguros · Ginebra · hace 2 días",
     "https://empleoeuropa.example.es/oferta/30098", "Se valoran alemán y francés. Proceso de selección rápido."),
    ("Supervisor/a de turnos", "Transporte · Basilea · hace 4 días",
     "https://empleoeuropa.example.es/oferta/30044", "Supervisión de personal de atención en estaciones."),
    ("Responsable de calidad en atención telefónica", "Energía · Berna · hace 5 días",
     "https://empleoeuropa.example.es/oferta/30012", "Análisis de llamadas y formación continua del equipo."),
]
_N9_FOOT = "Recibes este correo porque creaste una alerta de empleo en EmpleoEuropa.\nEmpleoEuropa, Calle de Alcalá 120, 28009 Madrid"
_N9_UNSUB = ("Darse de baja de esta alerta", "https://empleoeuropa.example.es/alertas/baja?c=lah-9")

_N2_TEXT = """Karriere-Kompass – Ihr Brief für den nächsten Schritt
Ausgabe März 2026

ABSAGE ERHALTEN? SO MACHEN SIE DARAUS EINEN VORTEIL
Eine Absage nach dem Vorstellungsgespräch tut weh. Doch wer freundlich nachfragt, woran es lag, erhält oft wertvolles Feedback – und bleibt in guter Erinnerung. Wir zeigen, wie Sie die Rückfrage formulieren, ohne aufdringlich zu wirken.
https://karriere-kompass.example.ch/artikel/absage-feedback

DIE ZEHN HÄUFIGSTEN FRAGEN IM INTERVIEW – UND WAS DAHINTERSTECKT
«Wo sehen Sie sich in fünf Jahren?» ist nur der Anfang. Unsere Expertin erklärt, welche Kompetenzen Personalverantwortliche mit typischen Fragen prüfen.
https://karriere-kompass.example.ch/artikel/interviewfragen

QUEREINSTEIGER IN DIE FÜHRUNG
Drei Porträts von Menschen, die ohne klassische Führungsausbildung eine Teamleitung übernommen haben.
https://karriere-kompass.example.ch/artikel/quereinstieg-fuehrung

--
Sie erhalten den Karriere-Kompass, weil Sie sich dafür angemeldet haben.
Abmelden: https://karriere-kompass.example.ch/newsletter/abmelden?e=lorenz.ah%40example.ch
Karriere-Kompass, Seefeldstrasse 12, 8008 Zürich
"""

_N6_TEXT = """Le Mag Carrière - n° 118

REFUS APRÈS UN ENTRETIEN : COMMENT REBONDIR ?
Recevoir un « nous ne donnerons pas suite » après trois entretiens peut être décourageant. Notre coach explique comment analyser ce refus, demander un retour constructif et relancer sa recherche sans perdre confiance.
Lire l'article : https://magcarriere.example.fr/articles/refus-apres-entretien

NÉGOCIER SON SALAIRE LORS D'UNE OFFRE
Vous avez reçu une proposition d'embauche ? Cinq conseils pour discuter de la rémunération sans mettre l'offre en danger.
https://magcarriere.example.fr/articles/negocier-offre

TRAVAILLEURS FRONTALIERS : CE QUI CHANGE EN 2026
Fiscalité, télétravail et assurance maladie : le point sur les nouvelles règles entre la France et la Suisse.
https://magcarriere.example.fr/articles/frontaliers-2026

--
Vous êtes inscrit à la lettre du Mag Carrière.
Se désinscrire : https://magcarriere.example.fr/desinscription?u=8812
"""

_N8_TEXT = """THE SHORTLIST - practical career advice, every other Wednesday

1. "Why are you leaving the railway?"
Career changers get this question in almost every interview. Here's a three-sentence answer structure that turns the question into your strongest moment - with examples from a train conductor, a nurse and a soldier.
https://theshortlist.example.com/why-are-you-leaving

2. Decoding the rejection email
"We've decided to move forward with candidates whose experience more closely matches" - what does it really mean, and is it worth replying? We asked five recruiters.
https://theshortlist.example.com/decoding-rejections

3. Offer checklist
Before you accept an offer abroad, check these seven things: probation, notice period, relocation clawback and more.
https://theshortlist.example.com/offer-checklist

--
You are receiving The Shortlist because you subscribed at theshortlist.example.com.
Unsubscribe: https://theshortlist.example.com/unsubscribe?id=lah2026
"""

_N3_TEXT = """Arbeitsmarkt Nordwestschweiz – Mai 2026
Der Newsletter von Brückenkopf Personal

Liebe Kandidatinnen und Kandidaten

Der Frühling bringt Bewegung: Im April haben wir 38 Festanstellungen vermittelt, davon elf im Kundenservice. Besonders gefragt sind Führungspersonen mit Schichterfahrung – also genau Profile aus Verkehr, Pflege und Sicherheit.

Drei Tipps aus unserem Team
• Aktualisieren Sie Ihr Dossier: Viele Einladungen zu Gesprächen scheitern an veralteten Arbeitszeugnissen.
• Bleiben Sie erreichbar: Unsere Kunden möchten Kandidierende oft innert 48 Stunden sprechen.
• Absage? Fragen Sie uns nach dem Feedback des Kunden – wir holen es gerne für Sie ein.

Aktuelle Stellen finden Sie unter https://brueckenkopf.example.ch/stellen

Freundliche Grüsse
Ihr Brückenkopf-Team

Brückenkopf Personal AG, Aeschenvorstadt 31, 4051 Basel
Newsletter abbestellen: https://brueckenkopf.example.ch/newsletter/abmelden
"""

_N4_TEXT = """VZP-Info 9/2026 – Verband Zugpersonal Schweiz

INTERVIEW MIT UNSERER PRÄSIDENTIN
Im grossen Interview spricht Verbandspräsidentin Sabine Imfeld über die laufenden GAV-Verhandlungen, die neuen Ruhezeitregeln und warum Zugbegleitende besser geschützt werden müssen.
https://vzp.example.ch/info/2026-09/interview-praesidentin

UMFRAGE DIENSTPLÄNE
Wie zufrieden sind Sie mit der Dienstplanung? Nehmen Sie bis 30. September an unserer Umfrage teil (5 Minuten).
https://vzp.example.ch/umfrage/dienstplan

EINLADUNG ZUR REGIONALVERSAMMLUNG NORDWESTSCHWEIZ
Donnerstag, 15. Oktober, 19:00 Uhr, Volkshaus Basel. Traktanden und Anmeldung online.

--
Verband Zugpersonal Schweiz, Monbijoustrasse 61, 3007 Bern
Abmelden: https://vzp.example.ch/newsletter/abmelden?m=40217
"""

_N10_TEXT = """Guten Tag Herr Adeyemi-Huber

Sie möchten vom Zug in die Führung wechseln? In unserem kostenlosen Webinar «Vom Zugbegleiter zur Teamleitung» erfahren Sie, welche Weiterbildungen anerkannt sind, wie Sie Ihre Erfahrung im Bewerbungsdossier darstellen und wie ein Assessment abläuft.

Mittwoch, 11. Februar 2026, 18:30–19:30 Uhr, online
Referentin: Dr. Nora Bieri, Laufbahnberaterin

Jetzt anmelden: https://wbb.example.ch/webinare/zug-zur-teamleitung

Die Teilnehmerzahl ist auf 80 Personen begrenzt.

Weiterbildung Bahn & Bus
Abmelden: https://wbb.example.ch/newsletter/abmelden
"""

_N11_TEXT = """Campus Pro Alsace - Formations de la rentrée

Bonjour,

Les inscriptions pour nos formations courtes de septembre à décembre sont ouvertes :

- Manager une équipe pour la première fois (4 jours, Mulhouse)
- Gérer les conflits et les clients difficiles (2 jours, Colmar ou à distance)
- Conduire un entretien annuel d'évaluation (1 jour, Mulhouse)

Places limitées, prise en charge possible par votre CPF ou votre employeur.
Programme complet : https://campuspro-alsace.example.fr/rentree-2026

Campus Pro Alsace, 4 rue des Fleurs, 68100 Mulhouse
Se désabonner : https://campuspro-alsace.example.fr/desabonnement
"""

# --- notifications -------------------------------------------------------------------------

_L1_TEXT = """Hallo Lorenz

Ihr Profil war diese Woche gefragt:

• Sie wurden in 9 Suchanfragen gefunden.
• Andrea Suter, Leiterin Recruiting bei Zürisee Versicherung, hat Ihr Profil angesehen.
• 3 neue Stellen passen zu Ihren Jobpräferenzen «Teamleitung Kundenservice».

Premium testen und sehen, wer Sie sonst noch besucht hat:
https://kontaktnetz.example.com/premium?src=weekly

Kontaktnetz · Benachrichtigungseinstellungen: https://kontaktnetz.example.com/settings/notifications
"""

_L2_TEXT = """Hi Lorenz,

You have 1 new message and 3 new job recommendations.

Message from Conor Dunne, Talent Sourcer:
"Hi Lorenz, I came across your profile and was impressed by your customer-facing experience. Are you open to new opportunities in Dublin? I'd love to tell you more..."
Read and reply on ProLink: https://prolink.example.com/messaging/thread/88213

Jobs you may be interested in:
- Team Lead, Customer Support - Dublin
- Station Customer Service Supervisor - Dublin
- Contact Centre Manager - Cork

ProLink Ltd · Manage notifications: https://prolink.example.com/settings/email
"""

_L3_TEXT = """Bonjour Lorenz,

Valérie Chappuis occupe un nouveau poste : Directrice des opérations chez Léman Contact.
Félicitez-la : https://reseaupro.example.fr/feed/update/55103

Autres actualités de votre réseau :
- Julien Bovet a partagé une offre d'emploi : « Chef d'équipe navettes aéroport ».
- Karim Benali a commenté : « Comment préparer un entretien en allemand ? »

Réseau Pro · Gérer vos notifications : https://reseaupro.example.fr/parametres/notifications
"""

_B5_TEXT = """Guten Tag Lorenz Adeyemi-Huber

Ihre Sendung 99.40.231877.5 verspätet sich leider. Wegen eines hohen Paketaufkommens im Verteilzentrum Härkingen kann die Zustellung nicht wie angekündigt heute erfolgen.

Neuer voraussichtlicher Zustelltermin: Freitag, 26. Juni 2026, zwischen 9 und 13 Uhr.

Sendung verfolgen: https://paketlogistik.example.ch/track/99402318775

Wir entschuldigen uns für die Verzögerung.
Ihr Swiss Paket Logistik Kundendienst

Bitte antworten Sie nicht auf diese E-Mail.
"""

_B6_TEXT = """Hallo Lorenz

Dein Velo «Stadtflitzer» hat seine Position verändert, während der Diebstahlalarm aktiv war.

Letzte GPS-Position: Dornacherstrasse 192, 4053 Basel
Zeitpunkt: 27.09.2026, 02:14 Uhr
Genauigkeit: ± 8 m

Position auf der Karte anzeigen: https://velotrack.example.ch/map/ST-20931

Warst du das selbst? Dann kannst du den Alarm in der App deaktivieren.

VeloTrack – automatische Benachrichtigung
"""

MSGS = [
    # ================================ the candidate's own mail =============================
    {
        "slug": "own_rheinknie_confirm",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ME,
        "to": [("Claudia Vogt-Sutter", "claudia.vogt@rheinknie.example.ch")],
        "subject": "Re: Einladung zum Gespräch – Teamleiter/in Kundendienst Schaden",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-12 18:45",
        "reply": "rheinknie_panel_invite", "quote": "reply",
        "text": """Sehr geehrte Frau Vogt-Sutter

Vielen Dank für die Einladung. Gerne bestätige ich den Termin vom Donnerstag, 19. Februar, um 14:00 Uhr bei Ihnen am Aeschengraben. Ich freue mich auf das Gespräch mit Ihnen und Herrn Brunner.

Freundliche Grüsse
Lorenz Adeyemi-Huber
+41 79 555 21 84
""",
    },
    {
        "slug": "own_rheinknie_thankyou",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ME,
        "to": [("Claudia Vogt-Sutter", "claudia.vogt@rheinknie.example.ch")],
        "cc": [("Daniel Brunner", "daniel.brunner@rheinknie.example.ch")],
        "subject": "Danke für das Gespräch vom 24. Februar",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-02-24 19:10",
        "reply": "rheinknie_moved_seq1",
        "text": """Sehr geehrte Frau Vogt-Sutter, sehr geehrter Herr Brunner

Herzlichen Dank für das offene Gespräch von heute Nachmittag. Besonders die Schilderung, wie Ihr Team nach Unwettern Hunderte Schadenmeldungen in wenigen Tagen bewältigt, hat mich beeindruckt – genau in solchen Situationen fühle ich mich aus meinem Alltag im Zug zu Hause.

Nach unserem Austausch bin ich noch motivierter, diese Aufgabe zu übernehmen, und freue mich auf Ihre Rückmeldung.

Freundliche Grüsse
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_sundnet_apology",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ME,
        "to": [("Mirjam Keller", "mirjam.keller@sundnet.example.ch")],
        "subject": "Entschuldigung – verpasster Telefontermin",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-01-27 12:30",
        "reply": "sundnet_called_twice", "quote": "reply",
        "text": """Guten Tag Frau Keller

Es tut mir sehr leid, dass Sie mich heute Morgen nicht erreicht haben. Wegen einer Verspätung war ich länger im Dienst als geplant und hatte im Tunnelabschnitt vor Olten keinen Empfang – das hätte ich bei der Wahl des Termins berücksichtigen müssen.

Falls Sie mir noch eine Chance geben möchten: Ab Donnerstag bin ich jeweils nach 15 Uhr problemlos erreichbar.

Freundliche Grüsse
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_callwerk_shift_conflict",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ME,
        "to": [("Nadine Imhof", "nadine.imhof@callwerk.example.ch")],
        "subject": "Re: Kurzer Austausch diese Woche?",
        "date": "2026-09-02 07:15",
        "reply": "callwerk_casual_thursday", "quote": "reply",
        "text": """Hallo Frau Imhof

Vielen Dank für Ihre rasche Nachricht, ich freue mich über Ihr Interesse! Am Donnerstag um 17:30 bin ich leider im Spätdienst auf der Strecke Basel–Zürich. Könnten wir den Austausch auf Freitag über Mittag oder auf nächsten Montag verschieben?

Freundliche Grüsse
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_spontaneous_fernwaerme",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ME,
        "to": [("Simon Räber", "simon.raeber@fernwaerme-dreispitz.example.ch")],
        "to_enc": ("utf-8", "Q"),
        "subject": "Spontanbewerbung Kundendienst",
        "date": "2026-04-20 21:03",
        "text": """Hoi Simon

Wie am Samstag nach dem Match besprochen, schicke ich dir meine Unterlagen. Ich suche nach neun Jahren als Zugbegleiter eine Teamleitung im Kundendienst und fände die Fernwärme Dreispitz spannend, gerade weil ihr ja wachst.

Falls du meinen Lebenslauf an die richtige Person weitergeben könntest, wäre ich dir sehr dankbar.

Gruess
Lorenz
""",
        "atts": [{"pdf": "Lebenslauf_Lorenz_Adeyemi-Huber.pdf", "title": "Lebenslauf",
                  "lines": [
                      "Lorenz Adeyemi-Huber",
                      "Basel · +41 79 555 21 84 · lorenz.ah@example.ch",
                      "",
                      "Berufserfahrung",
                      "2017-heute  Zugbegleiter, seit 2023 Zugchef im Fernverkehr",
                      "2013-2017  Kundenberater Reisezentrum",
                      "",
                      "Sprachen: Deutsch, Französisch, Englisch, Spanisch",
                  ]}],
    },
    {
        "slug": "own_leman_thankyou",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ME,
        "to": [("Valérie Chappuis", "valerie.chappuis@leman-contact.example.ch")],
        "to_enc": ("utf-8", "B"),
        "subject": "Merci pour notre rencontre",
        "date": "2026-06-02 08:20",
        "reply": "leman_interviewer_sick",
        "text": """Madame Chappuis,

Je tenais à vous remercier, ainsi que M. Girard, pour l'entretien d'hier et la visite du plateau. J'ai particulièrement apprécié l'échange sur l'accueil des clients en situation de stress, un sujet que je vis chaque jour dans les trains.

Je reste très motivé par le poste et me tiens à votre disposition pour toute information complémentaire.

Meilleures salutations
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_ram_ask_other_day",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ME,
        "to": [("Jérôme Kessler", "jerome.kessler@ram-alsace.example.fr")],
        "to_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Journée d'immersion au centre de relation clients - Réseau Alsace Mobilité",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-03 06:55",
        "reply": "ram_immersion_day", "quote": "reply",
        "text": """Bonjour Monsieur Kessler,

Merci beaucoup pour cette invitation, qui me fait très plaisir. Malheureusement, je suis de service le mercredi 8 juillet et je n'ai pas pu obtenir d'échange avec un collègue. Serait-il possible de décaler la journée au jeudi 9 ou au vendredi 10 juillet ?

Avec mes excuses pour ce contretemps et mes meilleures salutations,
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_emerald_thankyou",
        "kind": OTH, "lang": "en", "company": "", "contact": "",
        "from": ME,
        "to": [("Niamh O'Sullivan", "niamh.osullivan@emeraldmobile.example.ie")],
        "subject": "Thank you - Customer Care Team Lead panel",
        "date": "2026-05-18 18:20",
        "reply": "emerald_lever_panel",
        "text": """Dear Niamh,

Thank you for this morning's panel. I enjoyed the scenario questions, especially the one about a network outage on a Friday evening - it reminded me of handling a full train stuck outside Olten for two hours.

Please pass on my thanks to Declan as well. I'm very keen on the role and happy to provide anything else you need.

Kind regards,
Lorenz Adeyemi-Huber
""",
    },
    {
        "slug": "own_liffey_explanation",
        "kind": OTH, "lang": "en", "company": "", "contact": "",
        "from": ME,
        "to": [("Ciarán Byrne", "ciaran.byrne@liffeyrail.example.ie")],
        "to_enc": ("utf-8", "Q"),
        "subject": "Re: Your interview today at 14:00",
        "date": "2026-08-13 21:05",
        "reply": "liffey_waited_on_teams", "quote": "reply",
        "text": """Dear Ciarán,

I'm very sorry. The updated invitation landed in my spam folder and my calendar still showed the original Tuesday slot, so I only saw your email this evening. My phone was on silent because I was working a late shift.

I understand if this closes the door, but if the panel is willing to meet me another day I would be very grateful.

Kind regards,
Lorenz
""",
    },
    {
        "slug": "own_conecta_confirm_new_slot",
        "kind": OTH, "lang": "es", "company": "", "contact": "",
        "from": ME,
        "to": [("Lucía Fernández Roldán", "lucia.fernandez@conecta.example.es")],
        "subject": "Re: Cambio de fecha de tu entrevista",
        "date": "2026-06-12 12:02",
        "reply": "conecta_cambio_fecha", "quote": "reply",
        "text": """Hola Lucía:

Sin problema, el miércoles 17 a las 14:00 me va perfecto. Allí estaré.

Gracias y un saludo,
Lorenz
""",
    },
    # ================================== out-of-office replies ===============================
    {
        "slug": "ooo_aare_hr_partner",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "beat.zurbuchen@aarerail.example.ch",
        "from": ("Beat Zurbuchen", "beat.zurbuchen@aarerail.example.ch"),
        "subject": "Automatische Antwort: Nachfrage zum Stand meiner Bewerbung",
        "date": "2026-04-07 08:31",
        "reply": "<5c20.lorenz.0407@example.ch>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Montag, 13. April, abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter +41 31 555 72 00.

Freundliche Grüsse
Beat Zurbuchen
""",
    },
    {
        "slug": "ooo_ram_recruiter",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "jerome.kessler@ram-alsace.example.fr",
        "from": ("Jérôme Kessler", "jerome.kessler@ram-alsace.example.fr"),
        "subject": "Réponse automatique : Re: Journée d'immersion au centre de relation clients",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-07-03 06:55", "tz": "fr",
        "reply": "own_ram_ask_other_day",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Bonjour,

Je suis absent du bureau jusqu'au lundi 6 juillet inclus. Pour toute question urgente concernant les recrutements et les entretiens en cours, merci de contacter Mme Anne Richert au 03 89 55 70 00.

Cordialement,
Jérôme Kessler
""",
    },
    {
        "slug": "ooo_emerald_talent_partner",
        "kind": OTH, "lang": "en", "company": "",
        "contact": "niamh.osullivan@emeraldmobile.example.ie",
        "from": ("Niamh O'Sullivan", "niamh.osullivan@emeraldmobile.example.ie"),
        "subject": "Automatic reply: Thank you - Customer Care Team Lead panel",
        "date": "2026-05-18 17:21", "tz": "ie",
        "reply": "own_emerald_thankyou",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "html": outlook_html("""Thanks for your email. I'm out of the office until Monday 25 May with limited access to email. If your message relates to an interview or an offer, a colleague in the Talent team will pick it up on my return.

Niamh""", "EN-IE"),
    },
    # ================================ digests and newsletters ===============================
    {
        "slug": "jobradar_alert_basel",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Jobradar Schweiz", "alerts@jobradar.example.ch"),
        "subject": "7 neue Jobs für «Teamleiter Kundendienst» in Basel",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-06-08 06:00",
        "headers": _list_headers("Jobradar Suchauftraege <alerts.jobradar.example.ch>",
                                 "https://jobradar.example.ch/alerts/unsubscribe?u=la-5521",
                                 "unsubscribe@jobradar.example.ch"),
        "text": digest_text(_N1_INTRO, _N1_ITEMS, _N1_FOOT, _N1_UNSUB),
        "html": digest_html("Jobradar", "#e11d48", _N1_INTRO, _N1_ITEMS, _N1_FOOT, _N1_UNSUB),
        "cte": "quoted-printable",
    },
    {
        "slug": "karriere_kompass_newsletter",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Karriere-Kompass", "newsletter@karriere-kompass.example.ch"),
        "subject": "Absage erhalten? So machen Sie daraus einen Vorteil",
        "date": "2026-03-03 07:30",
        "headers": _list_headers("Karriere-Kompass <brief.karriere-kompass.example.ch>",
                                 "https://karriere-kompass.example.ch/newsletter/abmelden?e=lorenz.ah%40example.ch",
                                 "abmelden@karriere-kompass.example.ch"),
        "text": _N2_TEXT,
        "cte": "quoted-printable",
    },
    {
        "slug": "brueckenkopf_newsletter_may",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Brückenkopf Personal", "newsletter@brueckenkopf.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Arbeitsmarkt Nordwestschweiz – Mai 2026",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-05 10:00",
        "headers": _list_headers("Brueckenkopf Newsletter <news.brueckenkopf.example.ch>",
                                 "https://brueckenkopf.example.ch/newsletter/abmelden",
                                 "newsletter-off@brueckenkopf.example.ch"),
        "text": _N3_TEXT,
        "html": simple_html(_N3_TEXT),
    },
    {
        "slug": "vzp_union_info",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("VZP Verband Zugpersonal", "info@vzp.example.ch"),
        "subject": "VZP-Info 9/2026: Interview mit unserer Präsidentin",
        "subj_enc": ("iso-8859-1", "mixedQ"),
        "date": "2026-09-18 17:00",
        "headers": _list_headers("VZP-Info <vzp-info.vzp.example.ch>",
                                 "https://vzp.example.ch/newsletter/abmelden?m=40217",
                                 "vzp-info-leave@vzp.example.ch"),
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": _N4_TEXT,
    },
    {
        "slug": "webinar_zug_zur_teamleitung",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Weiterbildung Bahn & Bus", "events@wbb.example.ch"),
        "subject": "Einladung: Webinar «Vom Zugbegleiter zur Teamleitung»",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-01-30 12:00",
        "headers": _list_headers("WBB Veranstaltungen <events.wbb.example.ch>",
                                 "https://wbb.example.ch/newsletter/abmelden",
                                 "events-off@wbb.example.ch"),
        "html": ats_card("Weiterbildung Bahn & Bus", "#4338ca", _N10_TEXT,
                         ("Jetzt anmelden", "https://wbb.example.ch/webinare/zug-zur-teamleitung")),
    },
    {
        "slug": "emploiromand_alerte_geneve",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("EmploiRomand", "alertes@emploiromand.example.ch"),
        "subject": "Alerte emploi : 5 nouvelles offres « responsable d'équipe service client »",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-16 05:45",
        "headers": _list_headers("Alertes EmploiRomand <alertes.emploiromand.example.ch>",
                                 "https://emploiromand.example.ch/alertes/stop?id=lah-77",
                                 "stop@emploiromand.example.ch"),
        "text": digest_text(_N5_INTRO, _N5_ITEMS, _N5_FOOT, _N5_UNSUB),
        "html": digest_html("EmploiRomand", "#0e7490", _N5_INTRO, _N5_ITEMS, _N5_FOOT, _N5_UNSUB, "fr"),
        "cte": "base64",
    },
    {
        "slug": "mag_carriere_refus",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("Le Mag Carrière", "lettre@magcarriere.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Refus après un entretien : comment rebondir ?",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-21 08:15", "tz": "fr",
        "headers": _list_headers("La lettre du Mag <lettre.magcarriere.example.fr>",
                                 "https://magcarriere.example.fr/desinscription?u=8812",
                                 "desinscription@magcarriere.example.fr"),
        "text": _N6_TEXT,
        "html": simple_html(_N6_TEXT, "fr"),
        "cte": "quoted-printable",
    },
    {
        "slug": "campuspro_formations_rentree",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("Campus Pro Alsace", "infos@campuspro-alsace.example.fr"),
        "subject": "Formations de la rentrée : manager une équipe, gérer les conflits",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-31 09:00", "tz": "fr",
        "headers": _list_headers("Campus Pro Alsace <infos.campuspro-alsace.example.fr>",
                                 "https://campuspro-alsace.example.fr/desabonnement",
                                 "desabonnement@campuspro-alsace.example.fr"),
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": _N11_TEXT,
    },
    {
        "slug": "jobsbridge_weekly_dublin",
        "kind": OTH, "lang": "en", "company": "", "contact": "",
        "from": ("JobsBridge", "alerts@jobsbridge.example.ie"),
        "subject": "Your weekly jobs: 6 new Team Lead roles in Dublin",
        "date": "2026-07-06 07:00", "tz": "ie",
        "headers": _list_headers("JobsBridge alerts <alerts.jobsbridge.example.ie>",
                                 "https://jobsbridge.example.ie/alerts/unsubscribe/lah-31",
                                 "unsubscribe@jobsbridge.example.ie"),
        "text": digest_text(_N7_INTRO, _N7_ITEMS, _N7_FOOT, _N7_UNSUB),
        "html": digest_html("JobsBridge", "#2563eb", _N7_INTRO, _N7_ITEMS, _N7_FOOT, _N7_UNSUB, "en"),
    },
    {
        "slug": "shortlist_career_advice",
        "kind": OTH, "lang": "en", "company": "", "contact": "",
        "from": ("The Shortlist", "hello@theshortlist.example.com"),
        "subject": "\"Why are you leaving the railway?\" + decoding rejection emails",
        "date": "2026-04-15 11:00", "tz": "utc",
        "headers": _list_headers("The Shortlist <list.theshortlist.example.com>",
                                 "https://theshortlist.example.com/unsubscribe?id=lah2026",
                                 "leave@theshortlist.example.com"),
        "text": _N8_TEXT,
    },
    {
        "slug": "empleoeuropa_alertas_suiza",
        "kind": OTH, "lang": "es", "company": "", "contact": "",
        "from": ("EmpleoEuropa", "alertas@empleoeuropa.example.es"),
        "subject": "Alertas de empleo: 4 ofertas de jefe de equipo de atención al cliente en Suiza",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-09-10 07:30", "tz": "es",
        "headers": _list_headers("Alertas EmpleoEuropa <alertas.empleoeuropa.example.es>",
                                 "https://empleoeuropa.example.es/alertas/baja?c=lah-9",
                                 "baja@empleoeuropa.example.es"),
        "text": digest_text(_N9_INTRO, _N9_ITEMS, _N9_FOOT, _N9_UNSUB),
        "html": digest_html("EmpleoEuropa", "#ea580c", _N9_INTRO, _N9_ITEMS, _N9_FOOT, _N9_UNSUB, "es"),
        "cte": "quoted-printable",
    },
    # ================================= network notifications ================================
    {
        "slug": "kontaktnetz_profile_views",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Kontaktnetz", "benachrichtigungen@kontaktnetz.example.com"),
        "subject": "Andrea Suter hat Ihr Profil angesehen",
        "date": "2026-03-26 16:45", "tz": "utc",
        "headers": _list_headers("Kontaktnetz Wochenbericht <weekly.kontaktnetz.example.com>",
                                 "https://kontaktnetz.example.com/settings/notifications",
                                 "off@kontaktnetz.example.com"),
        "text": _L1_TEXT,
        "html": ats_card("Kontaktnetz", "#0a66c2", _L1_TEXT,
                         ("Alle Profilbesuche", "https://kontaktnetz.example.com/me/profile-views")),
        "cte": "quoted-printable",
    },
    {
        "slug": "prolink_recruiter_message",
        "kind": OTH, "lang": "en", "company": "", "contact": "",
        "from": ("ProLink", "notifications@prolink.example.com"),
        "subject": "Lorenz, you have a new message from Conor Dunne",
        "date": "2026-08-20 13:05", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://prolink.example.com/settings/email>")],
        "text": _L2_TEXT,
        "html": ats_card("ProLink", "#111827", _L2_TEXT,
                         ("Reply", "https://prolink.example.com/messaging/thread/88213"), lang="en"),
    },
    {
        "slug": "reseaupro_new_position",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("Réseau Pro", "notifications@reseaupro.example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "Félicitez Valérie Chappuis pour son nouveau poste",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-10-12 18:30", "tz": "fr",
        "headers": [("List-Unsubscribe", "<https://reseaupro.example.fr/parametres/notifications>")],
        "text": _L3_TEXT,
        "cte": "base64",
    },
    # ================================ other-sense vocabulary ================================
    {
        "slug": "bank_depot_position_meeting",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "marc.flueckiger@rheinbank.example.ch",
        "from": ("Marc Flückiger", "marc.flueckiger@rheinbank.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Depotpositionen – Einladung zum Beratungsgespräch",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-05-11 09:40",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Bei der Durchsicht Ihres Depots ist mir aufgefallen, dass die Position im Obligationenfonds Ende Juni fällig wird. Zudem macht die Aktienposition inzwischen über 60 % Ihres Vermögens aus, was nicht mehr ganz Ihrem Anlageprofil entspricht.

Gerne lade ich Sie zu einem Beratungsgespräch in unserer Filiale am Bankverein ein. Mögliche Termine: Dienstag, 19. Mai, 17:30 Uhr, oder Donnerstag, 21. Mai, 12:15 Uhr.

Freundliche Grüsse
Marc Flückiger
Kundenberater Private Banking
Rheinbank Basel, St. Alban-Graben 1, 4051 Basel
Tel. +41 61 555 99 40

Diese Nachricht dient ausschliesslich Informationszwecken und stellt keine Anlageberatung im Sinne des FIDLEG dar.
""",
    },
    {
        "slug": "landlord_meter_reading_moved",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "ruth.bachmann@gundeli-immo.example.ch",
        "from": ("Ruth Bachmann", "ruth.bachmann@gundeli-immo.example.ch"),
        "subject": "Verschiebung Termin Heizkostenablesung Dornacherstrasse 188",
        "date": "2026-02-02 14:20",
        "text": """Guten Tag Herr Adeyemi-Huber

Der für Mittwoch, 4. Februar, angekündigte Termin für die Ablesung der Heizkostenverteiler muss leider verschoben werden, da der Servicetechniker erkrankt ist. Neuer Termin: Montag, 9. Februar, zwischen 8 und 12 Uhr.

Falls Sie an diesem Tag nicht zu Hause sind, hinterlegen Sie bitte den Wohnungsschlüssel beim Hauswart oder geben Sie uns Bescheid.

Freundliche Grüsse
Ruth Bachmann
Bewirtschaftung
Gundeli Immobilien Verwaltung AG
Güterstrasse 200, 4053 Basel, 061 555 70 30
""",
    },
    {
        "slug": "school_parent_meeting_invite",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "esther.graf@schule-gundeldingen.example.ch",
        "from": ("Esther Graf", "esther.graf@schule-gundeldingen.example.ch"),
        "subject": "Einladung zum Elterngespräch (Amara, Klasse 3b)",
        "date": "2026-03-12 16:05",
        "text": """Liebe Eltern von Amara

Wie jedes Frühjahr lade ich Sie zum Standortgespräch ein. Wir besprechen gemeinsam mit Amara ihre Fortschritte und die Ziele für das letzte Quartal.

Bitte tragen Sie sich bis Freitag in einen der freien Termine ein:
https://schule-gundeldingen.example.ch/elterngespraeche/3b

Die Gespräche dauern rund 20 Minuten und finden im Schulzimmer 3b statt.

Herzliche Grüsse
Esther Graf
Klassenlehrerin 3b, Primarschule Gundeldingen
""",
    },
    {
        "slug": "doctor_appointment_moved",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Praxis Dr. med. Keller-Ott", "no-reply@praxis-termine.example.ch"),
        "subject": "Ihr Termin wurde verschoben",
        "date": "2026-08-07 07:12",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Herr Adeyemi-Huber

Ihr Termin in der Praxis Dr. med. Keller-Ott wurde verschoben.

Bisher: Dienstag, 11. August 2026, 08:15 Uhr
Neu: Mittwoch, 12. August 2026, 16:40 Uhr
Grund: Fortbildung der Ärztin

Passt Ihnen der neue Termin nicht, können Sie ihn hier absagen oder einen anderen wählen:
https://praxis-termine.example.ch/t/KO-55201

Bitte sagen Sie Termine mindestens 24 Stunden im Voraus ab.

Praxis Dr. med. Keller-Ott, Allgemeine Innere Medizin, Güterstrasse 141, 4053 Basel

Dies ist eine automatische Nachricht, Antworten werden nicht gelesen.
""",
    },
    {
        "slug": "parcel_delayed_de",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("Swiss Paket Logistik", "noreply@paketlogistik.example.ch"),
        "subject": "Ihre Sendung verspätet sich leider",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-06-24 11:08",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _B5_TEXT,
        "html": ats_card("Swiss Paket Logistik", "#f59e0b", _B5_TEXT,
                         ("Sendung verfolgen", "https://paketlogistik.example.ch/track/99402318775")),
        "cte": "base64",
    },
    {
        "slug": "velotrack_gps_position",
        "kind": OTH, "lang": "de", "company": "", "contact": "",
        "from": ("VeloTrack", "alerts@velotrack.example.ch"),
        "subject": "Alarm: neue Position deines Velos",
        "date": "2026-09-27 02:15",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _B6_TEXT,
    },
    {
        "slug": "course_place_refused_de",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "corinne.baumann@hfvl.example.ch",
        "from": ("Corinne Baumann", "corinne.baumann@hfvl.example.ch"),
        "subject": "Lehrgang Teamleiter/in mit eidg. Fachausweis – Zulassung",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-09 10:30",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Vielen Dank für Ihre Anmeldung zum Lehrgang Teamleiter/in mit eidg. Fachausweis, Start Oktober 2026.

Wir haben dieses Jahr deutlich mehr Anmeldungen erhalten, als wir Studienplätze anbieten können. Nach der Zulassungsprüfung müssen wir Ihnen mitteilen, dass wir Ihnen für den Herbstkurs leider keinen Platz anbieten können. Ausschlaggebend war die Reihenfolge der vollständigen Anmeldungen.

Gerne setzen wir Sie auf die Warteliste für den Lehrgang ab März 2027. Bitte bestätigen Sie uns, ob Sie dies wünschen.

Freundliche Grüsse
Corinne Baumann
Studiensekretariat Weiterbildung
Höhere Fachschule Verkehr & Logistik, Olten
""",
    },
    {
        "slug": "journalist_interview_request",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "lukas.haenggi@basler-tagblatt.example.ch",
        "from": ("Lukas Hänggi", "lukas.haenggi@basler-tagblatt.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Anfrage: Interview für unsere Serie «Nachtschicht»",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-10-16 13:52",
        "text": """Grüezi Herr Adeyemi-Huber

Ich schreibe für das Basler Tagblatt an einer Serie über Menschen, die arbeiten, wenn andere schlafen. Ihre Kollegin Petra Meier aus dem Zugpersonal hat mir Ihren Namen gegeben.

Hätten Sie Lust, mir für ein Interview rund eine Stunde Ihrer Zeit zu schenken? Gerne würde ich Sie auch auf einer Abendverbindung nach Zürich begleiten, sofern Ihr Arbeitgeber einverstanden ist. Das Porträt würde im November erscheinen.

Ich freue mich auf Ihre Antwort.

Lukas Hänggi
Redaktor Region
Basler Tagblatt, Aeschenplatz 7, 4051 Basel
079 555 30 18
""",
    },
    {
        "slug": "friend_forwards_own_rejection",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "fabio.romano@mailbox.example.ch",
        "from": ("Fabio Romano", "fabio.romano@mailbox.example.ch"),
        "subject": "WG: Ihre Bewerbung als Disponent",
        "date": "2026-04-03 20:44",
        "text": """Salü Lorenz

Schau mal, was heute bei mir reingekommen ist. Drei Runden, ein Assessment, und dann das. Du hast ja gesagt, dass du diese Woche auch auf Antworten wartest – ich hoffe, bei dir läuft's besser.

Bier am Freitag im Gundeli?

Fabio

""" + forward_block(
            "de", "Stadtbus Dreiland Personal <personal@stadtbus-dreiland.example.ch>",
            "Fr., 3. Apr. 2026 um 16:12", "Ihre Bewerbung als Disponent",
            "Fabio Romano <fabio.romano@mailbox.example.ch>",
            """Sehr geehrter Herr Romano

Wir danken Ihnen für die Teilnahme am Assessment. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben.

Freundliche Grüsse
Stadtbus Dreiland, Personaldienst""",
        ) + "\n",
    },
    {
        "slug": "headhunter_cold_approach_de",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "patrick.wenger@executive-bridge.example.ch",
        "from": ("Patrick Wenger", "patrick.wenger@executive-bridge.example.ch"),
        "subject": "Vertrauliche Anfrage – Führungsfunktion im Kundenservice",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-27 08:10",
        "text": """Guten Tag Herr Adeyemi-Huber

Ich bin Partner bei Executive Bridge, einer auf Service-Führungskräfte spezialisierten Beratung. Ihr Profil auf Kontaktnetz ist mir aufgefallen – neun Jahre Kundenkontakt unter Zeitdruck sind genau die Erfahrung, die einige meiner Mandanten suchen.

Aktuell habe ich kein konkretes Mandat für Sie, möchte Sie aber gerne in unser Netzwerk aufnehmen. Falls Sie offen für einen unverbindlichen Austausch sind, lassen Sie es mich wissen.

Beste Grüsse
Patrick Wenger
Partner, Executive Bridge GmbH
Bahnhofstrasse 52, 8001 Zürich
""",
        "html": "auto",
    },
    {
        "slug": "flat_application_declined",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "daniela.kunz@riehenring-immo.example.ch",
        "from": ("Daniela Kunz", "daniela.kunz@riehenring-immo.example.ch"),
        "subject": "Ihre Bewerbung für die 3.5-Zimmer-Wohnung am Riehenring 71",
        "date": "2026-08-04 15:15",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Vielen Dank für Ihr Interesse an der 3.5-Zimmer-Wohnung am Riehenring 71 und für Ihre Teilnahme an der Besichtigung vom 28. Juli.

Wir haben sehr viele Anmeldungen erhalten. Die Eigentümerschaft hat sich für eine andere Mietpartei entschieden, weshalb wir Ihnen leider absagen müssen. Ihre Unterlagen werden vernichtet.

Wir wünschen Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse
Daniela Kunz
Erstvermietung
Riehenring Immobilien AG, Riehenring 5, 4058 Basel
""",
    },
    {
        "slug": "roster_change_current_employer",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "sven.roth@rdb.example.ch",
        "from": ("Einsatzplanung RDB – Sven Roth", "sven.roth@rdb.example.ch"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Dienstplanänderung KW 11 – neue Position im Turnus",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-26 13:30",
        "text": """Hallo Lorenz

Wegen der Bauarbeiten zwischen Liestal und Sissach ändert sich dein Turnus ab KW 11. Du rückst im Turnus von Position 14 auf Position 9; damit hast du neu den Frühdienst 5:12 ab Basel SBB am Montag und Dienstag.

Die aktualisierten Dienstpläne sind ab morgen im Personalportal ersichtlich. Falls du tauschen möchtest, melde dich bis Montag bei mir.

Gruss
Sven Roth
Einsatzplanung Zugpersonal
Regio Dreiland Bahn
""",
    },
    {
        "slug": "former_boss_reference_call",
        "kind": OTH, "lang": "de", "company": "",
        "contact": "heinz.stoeckli@rdb.example.ch",
        "from": ("Heinz Stöckli", "heinz.stoeckli@rdb.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Referenzanfrage",
        "date": "2026-03-04 18:22",
        "text": """Hallo Lorenz

Nur kurz zur Info: Heute hat mich eine Frau Vogt-Sutter von der Rheinknie Versicherungen angerufen und um eine Referenz gebeten. Ich habe ihr erzählt, wie du letzten Winter den Zugausfall in Pratteln mit 300 Fahrgästen gemanagt hast. Sie hat viel nachgefragt, klang sehr interessiert.

Ich drück dir die Daumen! Auch wenn ich dich hier ungern ziehen lasse.

Heinz
""",
    },
    # French
    {
        "slug": "cas_place_refused_fr",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "isabelle.roux@heg-leman.example.ch",
        "from": ("Isabelle Roux", "isabelle.roux@heg-leman.example.ch"),
        "subject": "CAS Management d'équipe - votre candidature",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-06-19 11:45",
        "text": """Monsieur,

Nous vous remercions de votre candidature au CAS Management d'équipe et leadership de service, volée 2026-2027.

Le comité d'admission a examiné l'ensemble des dossiers. Le nombre de places étant limité à 24, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette volée. Le critère de l'expérience d'encadrement formelle a été déterminant.

Vous pouvez déposer une nouvelle candidature pour la volée de février 2027.

Isabelle Roux
Coordinatrice formation continue
Haute école de gestion du Léman
""",
    },
    {
        "slug": "friend_own_refusal_fr",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "chloe.perrin@courriel.example.fr",
        "from": ("Chloé Perrin", "chloe.perrin@courriel.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Bon ben... refus pour moi",
        "date": "2026-04-22 21:30", "tz": "fr",
        "text": """Coucou Lorenz,

Je voulais te tenir au courant : j'ai reçu ce matin un refus pour le poste chez l'opérateur de bus à Mulhouse, après trois entretiens ! Ils ont « retenu un profil plus expérimenté en management ». Je suis dégoûtée, j'y croyais vraiment.

Et toi, tu as des nouvelles de tes candidatures à Genève ? Dis-moi que ça avance mieux de ton côté.

Bises,
Chloé
""",
    },
    {
        "slug": "headhunter_cold_approach_fr",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "sebastien.morel@talents-romands.example.ch",
        "from": ("Sébastien Morel", "sebastien.morel@talents-romands.example.ch"),
        "subject": "Une opportunité qui pourrait vous intéresser",
        "date": "2026-03-09 10:12",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Je me permets de vous contacter car votre profil bilingue et votre expérience du terrain ferroviaire m'ont interpellé. Je travaille pour Talents Romands, un cabinet qui accompagne des entreprises de services en Suisse romande.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais ravi d'échanger avec vous pour mieux comprendre vos souhaits. Seriez-vous ouvert à un premier contact ?

Cordialement,
Sébastien Morel
Consultant, Talents Romands
""",
    },
    {
        "slug": "dentist_rdv_reminder",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("Cabinet dentaire du Dr Haas", "ne-pas-repondre@rdv-dentaire.example.fr"),
        "subject": "Rappel : votre rendez-vous du 22 janvier a été déplacé",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-01-15 08:00", "tz": "fr",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Lorenz Adeyemi-Huber,

Votre rendez-vous de détartrage avec le Dr Haas, initialement prévu le jeudi 22 janvier à 17h30, a été déplacé au lundi 26 janvier à 18h00.

Adresse : Cabinet dentaire du Dr Haas, 3 rue de Mulhouse, 68300 Saint-Louis

Pour annuler ou modifier ce rendez-vous : https://rdv-dentaire.example.fr/m/HAAS-7781

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "slug": "parcel_delayed_fr",
        "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "from": ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
        "subject": "Votre colis est malheureusement retardé",
        "date": "2026-10-09 14:30", "tz": "fr",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Colis Express", "#7c3aed", """Bonjour,

Malheureusement, votre colis n° CX 4480 1973 FR a pris du retard au centre de tri de Strasbourg en raison d'un incident technique.

Nouvelle date de livraison estimée : mardi 13 octobre 2026.

Nous vous présentons nos excuses pour ce désagrément.

L'équipe Colis Express""", ("Suivre mon colis", "https://colisexpress.example.fr/suivi/CX44801973FR"),
            "Ce message est envoyé automatiquement. Merci de ne pas y répondre.", lang="fr"),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "bank_annual_review_fr",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "nicolas.berset@banqueduleman.example.ch",
        "from": ("Nicolas Berset", "nicolas.berset@banqueduleman.example.ch"),
        "subject": "Entretien annuel et position de votre compte épargne",
        "date": "2026-02-11 15:02",
        "word_lang": "FR-CH",
        "text": """Monsieur,

Comme chaque année, je souhaiterais faire le point avec vous sur la position de votre compte épargne et de votre 3e pilier. Les taux ont évolué depuis notre dernier entretien et certaines options pourraient vous être plus favorables.

Je vous propose un rendez-vous téléphonique de 30 minutes le lundi 23 février à 12h30 ou le mercredi 25 février à 18h00. Merci de me dire ce qui vous convient.

Meilleures salutations,

Nicolas Berset
Conseiller clientèle privée
Banque du Léman, Rue du Mont-Blanc 14, 1201 Genève
""",
        "html": "outlook",
    },
    {
        "slug": "rental_dossier_declined_fr",
        "kind": OTH, "lang": "fr", "company": "",
        "contact": "sophie.lambert@regie-paquis.example.ch",
        "from": ("Sophie Lambert", "sophie.lambert@regie-paquis.example.ch"),
        "subject": "Votre dossier pour l'appartement de 3 pièces, rue de Berne 31",
        "date": "2026-09-15 11:20",
        "cte": "quoted-printable",
        "text": """Monsieur,

Nous avons bien examiné votre dossier de candidature pour l'appartement de 3 pièces situé rue de Berne 31, visité le 8 septembre.

Nous sommes au regret de vous informer que le propriétaire a attribué le logement à un autre candidat. Votre dossier n'a donc pas été retenu. Les documents transmis seront détruits conformément à la loi sur la protection des données.

Nous vous souhaitons plein succès dans vos recherches.

Sophie Lambert
Gérance - location
Régie Pâquis Immobilier SA
Rue de Berne 10, 1201 Genève
""",
    },
    # English
    {
        "slug": "user_research_interview",
        "kind": OTH, "lang": "en", "company": "",
        "contact": "hannah.clarke@tripwise.example.com",
        "from": ("Hannah Clarke", "hannah.clarke@tripwise.example.com"),
        "subject": "Invitation: 30-minute user interview about journey planning",
        "date": "2026-06-26 10:18", "tz": "utc",
        "text": """Hi Lorenz,

I'm a user researcher at Tripwise, the journey-planning app. You opted in to research contact when you signed up, and we'd love to learn from someone who sees travellers' problems up close every day.

Would you be up for a 30-minute video interview next week? There are no right or wrong answers - we just want to hear how passengers ask you for help when trains are disrupted. As a thank-you, we'll send you a CHF 50 voucher.

Pick a time here: https://tripwise.example.com/research/book?p=lah

Thanks,
Hannah Clarke
Senior User Researcher, Tripwise
""",
        "html": "auto",
    },
    {
        "slug": "podcast_interview_request",
        "kind": OTH, "lang": "en", "company": "",
        "contact": "marcus@platformnine.example.com",
        "from": ("Marcus Reid", "marcus@platformnine.example.com"),
        "subject": "Podcast interview request - Platform Nine",
        "date": "2026-09-04 19:40", "tz": "ie",
        "text": """Hi Lorenz,

I host Platform Nine, a small podcast about the people who keep Europe's trains running. Your comment on the conductors' forum about calming a carriage during a six-hour breakdown stuck with me.

Would you be open to a 45-minute interview for an upcoming episode? We record remotely, and I'd send you the questions in advance. No pressure at all if it's not your thing.

Cheers,
Marcus Reid
Platform Nine podcast
""",
    },
    {
        "slug": "letting_viewing_moved",
        "kind": OTH, "lang": "en", "company": "",
        "contact": "rebecca.hayes@dockside-lettings.example.ie",
        "from": ("Rebecca Hayes", "rebecca.hayes@dockside-lettings.example.ie"),
        "subject": "Viewing appointment - 2-bed apartment, Stoneybatter",
        "date": "2026-07-22 12:40", "tz": "ie",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Hi Lorenz,

Unfortunately the landlord has had to move Saturday's viewing of the 2-bed apartment on Manor Street, Stoneybatter. The new appointment is Sunday 26 July at 11:30 - would that still suit you for the video walk-through?

Rent is €1,950 per month; references and proof of employment will be needed if you'd like to apply after the viewing.

Best,
Rebecca Hayes
Lettings Negotiator
Dockside Lettings, 22 Ormond Quay, Dublin 7
""",
    },
    # Spanish
    {
        "slug": "friend_own_rejection_es",
        "kind": OTH, "lang": "es", "company": "",
        "contact": "andres.molina@correo.example.es",
        "from": ("Andrés Molina", "andres.molina@correo.example.es"),
        "from_enc": ("utf-8", "B"),
        "subject": "Pues nada, otra vez será",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-05-29 22:10", "tz": "es",
        "text": """¡Hola Lorenz!

Te cuento: al final la aseguradora de Madrid me ha dicho que no. Tras dos entrevistas, me escriben que «han decidido continuar con otros candidatos». Me ha sentado fatal, la verdad, porque me veía allí.

¿Y tú qué tal con lo de Dublín? Seguro que a ti te va mejor. Cuando vengas a Bilbao en verano nos tomamos algo y me cuentas.

Un abrazo,
Andrés
""",
    },
    {
        "slug": "academy_level_interview_es",
        "kind": OTH, "lang": "es", "company": "",
        "contact": "carmen.ortiz@academia-basilea.example.ch",
        "from": ("Carmen Ortiz", "carmen.ortiz@academia-basilea.example.ch"),
        "subject": "Entrevista de nivel para el curso C1",
        "date": "2026-01-23 17:25",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Lorenz:

Gracias por inscribirte en el curso intensivo de español C1 que empieza en febrero. Antes de asignarte un grupo necesitamos hacerte una breve entrevista de nivel (unos 15 minutos) con una de nuestras profesoras.

Puedes pasar por la academia el martes 27 o el jueves 29 de enero entre las 17:00 y las 19:00, sin cita previa.

Saludos cordiales,
Carmen Ortiz
Coordinación académica
Academia Cervantes Basilea, Spalenring 40, 4055 Basilea
""",
    },
]
