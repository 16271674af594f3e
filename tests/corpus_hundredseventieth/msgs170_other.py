"""Corpus 170: everything that is not a job event for the candidate (kind `other`): digests,
newsletters, the candidate's own sent mail, private mail, auto-replies, notifications.
Hand-written, blind."""

from __future__ import annotations

from msgs170_acks import ISAR_OFFER_TEXT
from msgs170_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    ats_card,
    forwarded,
    items_text,
    newsletter,
    paras,
    quote,
    reply_chain,
    wrote,
)
from msgs170_invites import (
    ALSACE_CANCEL_TEXT,
    ANNA,
    CAMILLE,
    DANIEL,
    DAVIDE,
    GIULIA,
    KATHARINA,
    MARTA,
    SABINE,
)

TIMO = ("Timo Haag", "timo.haag@mailbox.example.de")
JOCHEN = ("Jochen Maier-Kienzle", "jochen.maier-kienzle@kolbenwerk-neckar.example.de")

KOLB_THANKS_TEXT = """Sehr geehrte Frau Häberle,

vielen Dank für das angenehme Vorstellungsgespräch heute Nachmittag und die Führung durch den
Versand. Besonders das Gespräch mit Herrn Maier-Kienzle über die Reklamationsfälle aus dem
Aftermarket hat mir gezeigt, wie gut meine Werkstatterfahrung zu der Stelle passt.

Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Lukas Ferreira-Novak"""

SUPERGA_THANKS_TEXT = """Dear Davide,

Thank you for taking the time to interview me today, and please pass my thanks on to Chiara
as well. I enjoyed the discussion about diagnosing CAN bus faults in the field and how your
team supports distributors after the sale.

I remain very interested in the Field Application Sales Engineer role and look forward to
hearing from you.

Best regards,
Lukas Ferreira-Novak"""

BLAUTAL_REJ_TEXT = """Hallo Lukas,

danke, dass du dir die Zeit genommen hast, dich bei uns zu bewerben.

Wir haben uns alle Unterlagen für die Stelle Vertriebstechniker Ladeinfrastruktur Werkstätten
genau angeschaut. Nach eingehender Prüfung werden wir deine Bewerbung nicht weiterverfolgen –
für diese Rolle brauchen wir jemanden mit Elektrofachkraft-Ausbildung für die Inbetriebnahme
vor Ort.

Wir wünschen dir viel Erfolg auf deinem weiteren Weg.

Das Blautal-Team"""

LIST_HEADERS = [("Precedence", "bulk"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

JOBRADAR_ITEMS = [
    ("Technischer Vertriebsinnendienst (m/w/d) – Kolbenwerk Neckar, Stuttgart",
     "Aftermarket-Kunden betreuen, Angebote erstellen. Vorstellungsgespräche laufen bereits.",
     "https://jobradar-sued.example.de/j/88213?src=alert"),
    ("Kundendiensttechniker mit Vertriebsanteil – Remstal Fahrzeugteile, Waiblingen",
     "Werkstattkunden im Rems-Murr-Kreis, Firmenwagen.",
     "https://jobradar-sued.example.de/j/88240?src=alert"),
    ("Sales Engineer Aftermarket Sensorik – Isartal Mobility Systems, München",
     "Radar- und Kamerasensoren, Kalibrierung in Werkstätten.",
     "https://jobradar-sued.example.de/j/88251?src=alert"),
    ("Verkaufsberater Teile & Zubehör – Autohaus in Stuttgart-Süd",
     "Theke, Telefon, Werkstattaufträge. Quereinsteiger aus der Werkstatt willkommen.",
     "https://jobradar-sued.example.de/j/88262?src=alert"),
    ("Technischer Einkäufer Zerspanung – Karlsruhe",
     "Lieferantenaudits, Preisverhandlungen.",
     "https://jobradar-sued.example.de/j/88275?src=alert"),
    ("Anwendungstechniker Prüfstände – Ulm",
     "Inbetriebnahme und Schulung beim Kunden.",
     "https://jobradar-sued.example.de/j/88290?src=alert"),
]

KARRIERE_ITEMS = [
    ("Absage erhalten? So machen Sie das Beste daraus",
     "Warum eine Absage selten mit Ihnen persönlich zu tun hat – und wie Sie höflich um Feedback bitten.",
     "https://karrierebrief-technik.example.de/artikel/absage-feedback"),
    ("Die 7 häufigsten Fragen im Vorstellungsgespräch für Quereinsteiger",
     "Von „Warum wollen Sie weg aus der Werkstatt?“ bis zur Gehaltsfrage.",
     "https://karrierebrief-technik.example.de/artikel/7-fragen"),
    ("Terminabsage durch den Arbeitgeber – was steckt dahinter?",
     "Verschobene Gespräche sind häufiger, als man denkt. Ein Personaler erklärt.",
     "https://karrierebrief-technik.example.de/artikel/termin-verschoben"),
    ("Stellenmarkt: 120 neue Jobs im technischen Vertrieb in Baden-Württemberg",
     "Aktuelle Angebote von Zulieferern, Händlern und Maschinenbauern.",
     "https://karrierebrief-technik.example.de/jobs/bw"),
]

NEWS_EN_ITEMS = [
    ("Why 'we've decided to move forward with other candidates' isn't the end",
     "Three recruiters on what really happens after a rejection – and how to stay on their radar.",
     "https://techsalesweekly.example.com/p/after-the-rejection"),
    ("The interview question every ex-technician should prepare",
     "'Tell me about a time you said no to a customer.' Here's how to answer it.",
     "https://techsalesweekly.example.com/p/saying-no"),
    ("Offer negotiation for first-time sales hires",
     "Base, variable, car – what to push on and what to leave.",
     "https://techsalesweekly.example.com/p/first-offer"),
    ("Job board: 48 new technical sales openings in Europe",
     "Munich, Turin, Linz, Lyon and more.",
     "https://techsalesweekly.example.com/jobs"),
]

TURIN_ITEMS = [
    ("Technical Sales Specialist – Transmission Components | Sangone Powertrain, Turin",
     "English-speaking team, workshop background a plus.",
     "https://autocareers-europe.example.com/jobs/44120"),
    ("Field Application Sales Engineer | Superga Automotive Electronics, Turin",
     "Support distributors with diagnostics. Interviews start next week.",
     "https://autocareers-europe.example.com/jobs/44131"),
    ("Aftermarket Account Manager DACH | Po Valley Drivetrain, Turin",
     "German speaker wanted for Swiss and German distributors.",
     "https://autocareers-europe.example.com/jobs/44150"),
    ("Key Account Technician | Dora Motion Systems, Turin",
     "Customer visits across Piedmont and Lombardy.",
     "https://autocareers-europe.example.com/jobs/44166"),
    ("Service Engineer, EV Chargers | Moncalieri",
     "Installation and commissioning.",
     "https://autocareers-europe.example.com/jobs/44172"),
    ("Spare Parts Coordinator | Rivoli",
     "SAP, warehouse coordination.",
     "https://autocareers-europe.example.com/jobs/44189"),
    ("Technical Trainer Aftermarket | Turin",
     "Train workshop staff on new product lines.",
     "https://autocareers-europe.example.com/jobs/44195"),
]

FR_ALERT_ITEMS = [
    ("Technico-commercial sédentaire (H/F) – Alsace Freinage – Strasbourg",
     "Pièces de freinage poids lourds, clientèle de garages. Entretiens dès avril.",
     "https://emploi-rhin.example.fr/offre/55218"),
    ("Attaché commercial atelier – Rhin Équipements Auto – Strasbourg",
     "Secteur Strasbourg–Haguenau, véhicule fourni.",
     "https://emploi-rhin.example.fr/offre/55230"),
    ("Conseiller technique après-vente – Concession – Schiltigheim",
     "Accueil clients atelier, devis, suivi des réparations.",
     "https://emploi-rhin.example.fr/offre/55241"),
    ("Technico-commercial machines-outils – Illkirch-Graffenstaden",
     "Déplacements Grand Est, anglais ou allemand apprécié.",
     "https://emploi-rhin.example.fr/offre/55257"),
    ("Magasinier vendeur pièces auto – Colmar",
     "CDI, temps plein.",
     "https://emploi-rhin.example.fr/offre/55263"),
]

FR_NEWS_ITEMS = [
    ("Réussir son entretien d'embauche quand on vient de l'atelier",
     "Valoriser son expérience technique face à un jury commercial.",
     "https://conseils-carriere.example.fr/entretien-atelier"),
    ("Refus après entretien : faut-il relancer ?",
     "Ce que disent les recruteurs sur la relance après une réponse négative.",
     "https://conseils-carriere.example.fr/relance-refus"),
    ("Entretien reporté ou annulé : bon ou mauvais signe ?",
     "Les raisons les plus fréquentes, et comment réagir.",
     "https://conseils-carriere.example.fr/entretien-reporte"),
]

ES_ALERT_ITEMS = [
    ("Técnico comercial de recambios – Pisuerga Componentes – Valladolid",
     "Atención a talleres y distribuidores de Castilla y León.",
     "https://empleo-castilla.example.es/oferta/71204"),
    ("Comercial de mostrador y ventas a talleres – Castilla Recambios – Valladolid",
     "Jornada completa, incorporación inmediata.",
     "https://empleo-castilla.example.es/oferta/71219"),
    ("Asesor técnico-comercial de utillaje – Esgueva Automoción – Valladolid",
     "Proveedor de primer nivel, proceso de entrevistas en septiembre.",
     "https://empleo-castilla.example.es/oferta/71233"),
    ("Jefe de taller – Concesionario – Palencia",
     "Experiencia mínima de cinco años.",
     "https://empleo-castilla.example.es/oferta/71240"),
]

MESSAGES: list[dict] = [
    # ======================================================================= German
    {
        "kind": "other", "slug": "jobradar_alert_technischer_vertrieb", "lang": "de", "company": "", "contact": "",
        "frm": ("JobRadar Süd", "alerts@jobradar-sued.example.de"),
        "subject": "6 neue Jobs für „Technischer Vertrieb“ im Umkreis von 50 km um Stuttgart",
        "date": "2026-02-14 07:00",
        "headers": [("List-Id", "JobRadar Sued Suchauftraege <alerts.jobradar-sued.example.de>"),
                 ("List-Unsubscribe", "<https://jobradar-sued.example.de/abmelden?a=77120&t=9f2c>"),
                 *LIST_HEADERS],
        "text": "Hallo Lukas,\n\nfür Ihren Suchauftrag „Technischer Vertrieb“ (Stuttgart + 50 km) gibt es 6 neue Stellen:\n\n"
             + items_text(JOBRADAR_ITEMS)
             + "\n\nSuchauftrag bearbeiten: https://jobradar-sued.example.de/suchauftraege\nAbmelden: https://jobradar-sued.example.de/abmelden?a=77120&t=9f2c",
        "html": newsletter("6 neue Jobs für Sie",
                        "Hallo Lukas, für Ihren Suchauftrag „Technischer Vertrieb“ (Stuttgart + 50 km) gibt es 6 neue Stellen:",
                        JOBRADAR_ITEMS,
                        '<a href="https://jobradar-sued.example.de/suchauftraege">Suchauftrag bearbeiten</a> · <a href="https://jobradar-sued.example.de/abmelden?a=77120&amp;t=9f2c">Abmelden</a>'),
    },
    {
        "kind": "other", "slug": "karrierebrief_absagen_und_gespraeche", "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierebrief Technik", "newsletter@karrierebrief-technik.example.de"),
        "subject": "Karrierebrief März: Absagen richtig lesen, Fragen im Vorstellungsgespräch",
        "date": "2026-03-07 06:30",
        "headers": [("List-Id", "Karrierebrief Technik <karrierebrief.karrierebrief-technik.example.de>"),
                 ("List-Unsubscribe", "<mailto:abmelden@karrierebrief-technik.example.de?subject=unsubscribe>, <https://karrierebrief-technik.example.de/abmelden/4471>"),
                 *LIST_HEADERS],
        "text": "Liebe Leserinnen und Leser,\n\ndiesen Monat geht es um das, was zwischen Bewerbung und Vertrag passiert – Absagen, verschobene Termine und die Fragen, auf die Sie sich vorbereiten sollten.\n\n"
             + items_text(KARRIERE_ITEMS)
             + "\n\nIhre Redaktion Karrierebrief Technik\nAbbestellen: https://karrierebrief-technik.example.de/abmelden/4471",
        "html": newsletter("Karrierebrief Technik – März 2026",
                        "Diesen Monat geht es um das, was zwischen Bewerbung und Vertrag passiert – Absagen, verschobene Termine und die Fragen, auf die Sie sich vorbereiten sollten.",
                        KARRIERE_ITEMS,
                        'Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://karrierebrief-technik.example.de/abmelden/4471">Abbestellen</a>'),
    },
    {
        "kind": "other", "slug": "eigene_mail_dank_kolbenwerk", "id": "kolb-thanks", "lang": "de", "company": "", "contact": "",
        "frm": CAND, "to": [SABINE], "cc": [JOCHEN],
        "subject": "Vielen Dank für das Gespräch heute",
        "date": "2026-02-19 18:40", "reply": "kolb-move",
        "text": KOLB_THANKS_TEXT, "cte": "8bit",
    },
    {
        "kind": "other", "slug": "eigene_bewerbung_remstal", "id": "remstal-apply", "lang": "de", "company": "", "contact": "",
        "frm": CAND, "to": [("Achim Schwarz", "achim.schwarz@remstal-teile.example.de")],
        "subject": "Bewerbung Außendienst Werkstattkunden Rems-Murr",
        "date": "2026-01-14 21:05",
        "text": """Sehr geehrter Herr Schwarz,

anbei meine Unterlagen für die Stelle im Außendienst für Werkstattkunden. Ich bin seit
elf Jahren Kfz-Mechatroniker und kenne die Werkstätten im Rems-Murr-Kreis aus der
Kundenseite sehr gut.

Viele Grüße
Lukas Ferreira-Novak""",
        "pdfs": [{"name": "Lebenslauf_Lukas_Ferreira-Novak.pdf",
                   "title": "Lebenslauf Lukas Ferreira-Novak",
                   "lines": ["Kfz-Mechatroniker (Gesellenbrief 2014), Stuttgart-Feuerbach",
                          "2015-2026: Kfz-Mechatroniker, Nutzfahrzeug- und Pkw-Werkstatt",
                          "Schwerpunkte: Diagnose, Hydraulik, Fahrerassistenz-Kalibrierung",
                          "Sprachen: Deutsch, Portugiesisch, Englisch (B2), Spanisch (B1)"]}],
    },
    {
        "kind": "other", "slug": "eigene_mail_terminverschiebung_rheinhafen", "id": "rh-cand-move", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [DANIEL],
        "subject": "AW: Ihre Bewerbung – kurzes Telefonat?",
        "date": "2026-03-10 20:14", "reply": "rh-invite",
        "text": """Guten Abend Herr Ochs,

vielen Dank für Ihre Nachricht. Am Dienstag bin ich leider noch in der Werkstatt eingeteilt – wäre Mittwoch, 18.03., um 14:30 Uhr möglich?

Viele Grüße
Lukas Ferreira-Novak""",
    },
    {
        "kind": "other", "slug": "bank_beratungstermin_depotpositionen", "lang": "de", "company": "", "contact": "",
        "frm": ("Neckartal Bank eG", "no-reply@neckartal-bank.example.de"),
        "subject": "Terminbestätigung: Ihr Beratungsgespräch am 12.03.2026",
        "date": "2026-03-04 17:12",
        "text": """Guten Tag Herr Ferreira-Novak,

hiermit bestätigen wir Ihren Termin für ein Beratungsgespräch zur Altersvorsorge:

Donnerstag, 12.03.2026, 17:30 Uhr
Filiale Stuttgart-Feuerbach, Stuttgarter Straße 61
Ihr Berater: Herr Kevin Zaiser

Bitte bringen Sie eine Übersicht Ihrer aktuellen Depotpositionen und Ihre letzte Renteninformation mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte im Online-Banking unter „Termine“ ab.

Freundliche Grüße
Ihre Neckartal Bank eG

Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.""",
        "html": ats_card("Neckartal Bank eG", "#005ca9", paras("""Guten Tag Herr Ferreira-Novak,

hiermit bestätigen wir Ihren Termin für ein Beratungsgespräch zur Altersvorsorge:

Donnerstag, 12.03.2026, 17:30 Uhr
Filiale Stuttgart-Feuerbach, Stuttgarter Straße 61
Ihr Berater: Herr Kevin Zaiser

Bitte bringen Sie eine Übersicht Ihrer aktuellen Depotpositionen und Ihre letzte Renteninformation mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte im Online-Banking unter „Termine“ ab.

Freundliche Grüße
Ihre Neckartal Bank eG"""), "Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf."),
    },
    {
        "kind": "other", "slug": "vermieter_ablesetermin_abgesagt", "lang": "de", "company": "",
        "contact": "g.bauknecht@hausverwaltung-bauknecht.example.de",
        "frm": ("Gerhard Bauknecht", "g.bauknecht@hausverwaltung-bauknecht.example.de"),
        "to": [CAND, ("Hausgemeinschaft Wiener Str. 12", "hausgemeinschaft-wiener12@example.de")],
        "subject": "Wiener Str. 12: Ablesetermin verschoben und Kehrwoche",
        "date": "2026-01-28 09:15", "enc": {"subject": ("iso-8859-1", "q")},
        "text": """Liebe Mieterinnen und Mieter,

der Ableser für die Heizkostenverteiler hat seinen Termin am Freitag leider abgesagt. Neuer Termin ist Dienstag, 3. Februar, zwischen 8 und 12 Uhr. Wer da nicht daheim ist, hängt bitte einen Zettel an die Tür oder gibt dem Nachbarn den Schlüssel.

Und noch was: Die Kehrwoche im Treppenhaus wird seit drei Wochen nicht mehr ordentlich gemacht. Der Plan hängt unten am Brett - bitte haltet euch dran, sonst muss ich eine Reinigungsfirma beauftragen, und die kommt auf die Nebenkosten.

Grüß Gott und eine gute Woche
Gerhard Bauknecht
Hausverwaltung Bauknecht, Stuttgart-Feuerbach
Tel. 0711 5550 1187""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "other", "slug": "schule_einladung_lernentwicklungsgespraech", "lang": "de", "company": "",
        "contact": "k.dannenmann@gs-feuerbach.example.de",
        "frm": ("Katrin Dannenmann", "k.dannenmann@gs-feuerbach.example.de"),
        "subject": "Einladung zum Lernentwicklungsgespräch – Mia, Klasse 2b",
        "date": "2026-03-19 13:05",
        "text": """Liebe Eltern von Mia,

wie jedes Halbjahr lade ich Sie herzlich zum Lernentwicklungsgespräch ein. Für Sie habe ich folgenden Termin vorgesehen:

Mittwoch, 25. März 2026, 16:20 bis 16:40 Uhr, Klassenzimmer 2b (Erdgeschoss)

Mia wird bei dem Gespräch dabei sein und selbst erzählen, was ihr in Mathe und beim Lesen schon gut gelingt. Falls der Termin nicht passt, schreiben Sie mir bitte kurz, dann tauschen wir.

Die Einladung hängt auch als Kalendereintrag an.

Herzliche Grüße
Katrin Dannenmann
Klassenlehrerin 2b, Grundschule Feuerbach""",
        "ics": {"method": "REQUEST", "uid": "leg-2b-mia-20260325@gs-feuerbach.example.de", "seq": 0,
                 "start": "2026-03-25 16:20", "end": "2026-03-25 16:40",
                 "summary": "Lernentwicklungsgespräch Mia (2b)",
                 "location": "Grundschule Feuerbach, Klassenzimmer 2b",
                 "organizer": ("Katrin Dannenmann", "k.dannenmann@gs-feuerbach.example.de")},
    },
    {
        "kind": "other", "slug": "arztpraxis_termin_verschoben", "lang": "de", "company": "", "contact": "",
        "frm": ("Praxis Dr. med. Schempp", "termine-noreply@praxis-schempp.example.de"),
        "subject": "Ihr Termin am 16.04. muss leider verschoben werden",
        "date": "2026-04-14 08:02",
        "text": """Sehr geehrter Herr Ferreira-Novak,

wegen einer Fortbildung von Frau Dr. Schempp müssen wir Ihren Termin zur Vorsorgeuntersuchung am Donnerstag, 16.04., um 8:15 Uhr leider verschieben.

Wir haben für Sie vorgemerkt: Dienstag, 21.04., 7:45 Uhr. Bitte kommen Sie nüchtern.

Falls der neue Termin nicht passt, rufen Sie uns bitte während der Sprechzeiten unter 0711 5550 8420 an. Auf diese E-Mail können wir leider nicht antworten.

Ihr Praxisteam
Dr. med. Annette Schempp – Allgemeinmedizin
Wiener Platz 3, 70469 Stuttgart""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "kind": "other", "slug": "paket_verspaetet_sendungsposition", "lang": "de", "company": "", "contact": "",
        "frm": ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verspätet sich leider",
        "date": "2026-05-06 19:44",
        "text": """Hallo Lukas Ferreira-Novak,

leider verspätet sich Ihre Sendung 00340 4471 2209 8815 (Absender: Werkzeugversand Hahn).

Grund: erhöhtes Sendungsaufkommen im Paketzentrum
Aktuelle Position: Paketzentrum Kornwestheim (GPS 48.8619, 9.1847), Stand 19:31 Uhr
Neue voraussichtliche Zustellung: Freitag, 08.05., 10:00–14:00 Uhr

Sie möchten das Paket lieber an einen Paketshop umleiten? Das geht hier:
https://paketblitz.example.de/umleiten/003404471220988

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team""",
        "cte": "base64",
    },
    {
        "kind": "other", "slug": "freund_timo_eigene_absage", "id": "timo-absage", "lang": "de", "company": "", "contact": TIMO[1],
        "frm": TIMO, "subject": "Absage von dene in Feuerbach",
        "date": "2026-02-27 21:48",
        "text": """Hey Lukas,

kurz zum Frust abladen: Heut kam die Absage von dene in Feuerbach, die mit dem Prüfstandsbau. Standardtext, „zu unserem Bedauern“ und so weiter. Dabei war des Gespräch letzte Woch echt gut, der Abteilungsleiter hat sogar gsagt, i soll mir schon mal überlege, wann i anfange kann. Tja.

Wie läuft's bei dir mit dem Kolbenwerk? Hasch scho was ghört?

Wenn du Lust hasch, gehn mr am Samstag auf a Bier in die Krone, dann erzähl i dir alles.

Gruß
Timo""",
        "cte": "8bit",
    },
    {
        "kind": "other", "slug": "abwesenheitsnotiz_kolbenwerk_vertriebsleiter", "lang": "de", "company": "",
        "contact": JOCHEN[1],
        "frm": JOCHEN, "subject": "Automatische Antwort: Vielen Dank für das Gespräch heute",
        "date": "2026-02-19 18:41", "reply": "kolb-thanks",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin vom 20.02. bis einschließlich 02.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Vertriebsangelegenheiten wenden Sie sich bitte an Frau Karin Oßwald, Tel. +49 711 5550 4402. Fragen zu Bewerbungen und Vorstellungsgesprächen beantwortet Frau Sabine Häberle aus dem Personalbereich.

Mit freundlichen Grüßen
Jochen Maier-Kienzle
Vertriebsleiter Aftermarket, Kolbenwerk Neckar GmbH""",
    },
    {
        "kind": "other", "slug": "karrierenetz_profilaufrufe", "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierenetz", "benachrichtigungen@karrierenetz.example.com"),
        "subject": "Lukas, Ihr Profil wurde diese Woche 23-mal gefunden",
        "date": "2026-03-23 05:10", "tz": "+0000",
        "headers": [("List-Unsubscribe", "<https://karrierenetz.example.com/settings/email?unsub=weekly>"), *LIST_HEADERS],
        "html": ats_card("Karrierenetz", "#0a66c2", """<p>Hallo Lukas,</p>
<p>Ihr Profil ist diese Woche in <b>23 Suchanfragen</b> aufgetaucht.</p>
<ul>
<li>Eine Recruiterin von <b>Isartal Mobility Systems</b> hat Ihr Profil angesehen.</li>
<li>2 Personen aus der Branche <b>Personalvermittlung</b> haben nach „Kfz-Mechatroniker Vertrieb“ gesucht.</li>
<li>Ihr Beitrag „Vom Schraubenschlüssel zum Angebot“ hat 41 Reaktionen erhalten.</li>
</ul>
<p><a href="https://karrierenetz.example.com/me/profile-views">Alle Profilbesucher ansehen</a></p>
<p>Jobs, die zu Ihnen passen könnten: Technischer Vertrieb Aftermarket (Stuttgart), Key Account Manager Werkstattausrüstung (Ulm), Serviceberater (München).</p>""",
                      '<a href="https://karrierenetz.example.com/settings/email?unsub=weekly">Wöchentliche Zusammenfassung abbestellen</a>'),
    },
    {
        "kind": "other", "slug": "headhunter_kessler_erstansprache", "id": "kr-cold", "lang": "de", "company": "",
        "contact": "m.rauch@kessler-rauch.example.de",
        "frm": ("Maximilian Rauch", "m.rauch@kessler-rauch.example.de"),
        "subject": "Ihr Profil – technischer Vertrieb im Aftermarket",
        "date": "2026-04-20 08:12",
        "text": """Sehr geehrter Herr Ferreira-Novak,

Ihr Beitrag im Karrierenetz über den Wechsel aus der Werkstatt in den Vertrieb ist mir aufgefallen. Ich begleite als Personalberater seit vielen Jahren Zulieferer und Händler im süddeutschen Raum, und Profile wie Ihres – tiefes Werkstattwissen plus Lust auf Kundenkontakt – sind bei meinen Mandanten gefragt.

Aktuell habe ich kein konkretes Mandat, das ich Ihnen vorstellen kann. Wenn Sie grundsätzlich offen für einen Wechsel sind, schicken Sie mir gerne Ihren aktuellen Lebenslauf; ich melde mich, sobald etwas Passendes dabei ist. Selbstverständlich behandle ich alles streng vertraulich.

Beste Grüße

Maximilian Rauch
Partner · Automotive & Industrial
Kessler & Rauch Executive Search GmbH
Maximiliansplatz 9 · 80333 München
T +49 89 5550 8801""",
    },
    {
        "kind": "other", "slug": "hochschule_kein_studienplatz", "lang": "de", "company": "", "contact": "",
        "frm": ("Hochschule Filder – Zulassung", "zulassung-noreply@hs-filder.example.de"),
        "subject": "Zulassungsbescheid: Wirtschaftsingenieurwesen (berufsbegleitend), WiSe 2026/27",
        "date": "2026-08-14 11:00",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Bachelorstudiengang Wirtschaftsingenieurwesen zum Wintersemester 2026/27.

Leider können wir Ihnen keinen Studienplatz anbieten. Die Zahl der Bewerbungen hat die verfügbaren 40 Plätze deutlich überstiegen; die Auswahlgrenze lag bei einer Punktzahl von 71, Ihre Punktzahl beträgt 64.

Den vollständigen Ablehnungsbescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Bewerbungsportal. Eine erneute Bewerbung zum Sommersemester 2027 ist möglich.

Mit freundlichen Grüßen
Studierendensekretariat – Zulassung
Hochschule Filder""",
    },
    {
        "kind": "other", "slug": "podcast_interview_anfrage", "lang": "de", "company": "",
        "contact": "jana@schrauber-und-schlips.example.de",
        "frm": ("Jana Eisele", "jana@schrauber-und-schlips.example.de"),
        "subject": "Anfrage: Interview für den Podcast „Schrauber & Schlips“",
        "date": "2026-06-30 12:37",
        "text": """Hallo Lukas,

ich mache zusammen mit einem Kollegen den Podcast „Schrauber & Schlips“ – da geht es um Leute, die aus dem Handwerk ins Büro, in den Vertrieb oder in die Selbstständigkeit gewechselt sind. Deinen Beitrag im Karrierenetz fand ich richtig stark.

Hättest du Lust auf ein Interview für eine unserer nächsten Folgen? Wir nehmen meistens abends per Video auf, etwa eine Stunde, und du bekommst die Folge vor der Veröffentlichung zum Anhören. Bezahlen können wir leider nichts, aber es gibt ein Schrauber-&-Schlips-Shirt.

Wenn du magst, schick mir einfach ein paar Abende im Juli, an denen du kannst.

Viele Grüße
Jana Eisele
Schrauber & Schlips – der Podcast für Quereinsteiger
Reutlingen""",
    },
    {
        "kind": "other", "slug": "nutzerinterview_werkstattpilot", "lang": "de", "company": "",
        "contact": "f.yilmaz@werkstattpilot.example.de",
        "frm": ("Fatma Yilmaz | WerkstattPilot", "f.yilmaz@werkstattpilot.example.de"),
        "subject": "Einladung zum Nutzerinterview – 50 € Dankeschön",
        "date": "2026-05-27 10:20",
        "text": """Hallo Herr Ferreira-Novak,

Sie nutzen seit einem Jahr unsere App WerkstattPilot zur Teilebestellung. Wir entwickeln gerade die nächste Version und möchten verstehen, wie Mechaniker im Alltag Teile suchen und bestellen.

Dafür suchen wir Werkstattprofis für ein 45-minütiges Nutzerinterview per Video. Sie zeigen uns dabei einfach, wie Sie die App verwenden, und wir stellen ein paar Fragen. Als Dankeschön gibt es einen Gutschein über 50 €.

Termine gibt es zwischen dem 8. und 19. Juni. Hier können Sie sich einen Slot aussuchen:
https://werkstattpilot.example.de/research/buchen?c=lfn

Danke und viele Grüße
Fatma Yilmaz
UX Research, WerkstattPilot GmbH, Karlsruhe""",
        "html": paras("""Hallo Herr Ferreira-Novak,

Sie nutzen seit einem Jahr unsere App WerkstattPilot zur Teilebestellung. Wir entwickeln gerade die nächste Version und möchten verstehen, wie Mechaniker im Alltag Teile suchen und bestellen.

Dafür suchen wir Werkstattprofis für ein 45-minütiges Nutzerinterview per Video. Sie zeigen uns dabei einfach, wie Sie die App verwenden, und wir stellen ein paar Fragen. Als Dankeschön gibt es einen Gutschein über 50 €.

Termine gibt es zwischen dem 8. und 19. Juni. Hier können Sie sich einen Slot aussuchen:
https://werkstattpilot.example.de/research/buchen?c=lfn

Danke und viele Grüße
Fatma Yilmaz
UX Research, WerkstattPilot GmbH, Karlsruhe"""),
    },
    {
        "kind": "other", "slug": "eigene_weiterleitung_absage_an_timo", "lang": "de", "company": "", "contact": "",
        "frm": CAND, "to": [TIMO],
        "subject": "WG: Deine Bewerbung bei Blautal Elektromobil",
        "date": "2026-08-25 20:17",
        "text": f"""Hoi Timo,

jetzt hat's mich auch erwischt, siehe unten. Was meinst du – lohnt es sich, da nochmal nachzuhaken wegen der Elektrofachkraft? Die Schulung könnt ich ja nachholen.

Gruß
Lukas

{forwarded("de", "Blautal Elektromobil <blautal-elektromobil@jobs.recruitee.com>", "2026-08-25 10:04", f"{CAND_NAME} <{CAND_ADDR}>", "Deine Bewerbung bei Blautal Elektromobil", BLAUTAL_REJ_TEXT)}""",
    },
    {
        "kind": "other", "slug": "bildungswerk_lehrgang_abgesagt", "lang": "de", "company": "",
        "contact": "s.rieger@bildungswerk-neckaralb.example.de",
        "frm": ("Sonja Rieger", "s.rieger@bildungswerk-neckaralb.example.de"),
        "subject": "Lehrgang „Technischer Fachwirt“ – Kursbeginn abgesagt",
        "date": "2026-09-03 14:50",
        "text": """Sehr geehrter Herr Ferreira-Novak,

leider müssen wir Ihnen mitteilen, dass der berufsbegleitende Lehrgang „Geprüfter Technischer Fachwirt (IHK)“ mit Beginn am 21. September 2026 in Reutlingen mangels ausreichender Teilnehmerzahl nicht stattfinden kann.

Ihre Anmeldung übertragen wir auf Wunsch gerne kostenfrei auf den nächsten Kurs ab 18. Januar 2027. Bereits gezahlte Gebühren erstatten wir Ihnen andernfalls innerhalb von 14 Tagen.

Bitte teilen Sie mir bis 15. September mit, wie Sie verfahren möchten.

Mit freundlichen Grüßen
Sonja Rieger
Kursorganisation Technik
Bildungswerk Neckar-Alb e.V.
Tel. 07121 5550 260""",
        "cte": "quoted-printable",
    },
    {
        "kind": "other", "slug": "neckarpersonal_jobs_der_woche", "lang": "de", "company": "", "contact": "",
        "frm": ("Neckarpersonal Jobnews", "jobnews@neckarpersonal.example.de"),
        "subject": "Jobs der Woche: 9 neue Stellen in Technik & Vertrieb",
        "date": "2026-04-09 06:45",
        "headers": [("List-Id", "Neckarpersonal Jobnews <jobnews.neckarpersonal.example.de>"),
                 ("List-Unsubscribe", "<https://neckarpersonal.example.de/newsletter/abmelden?id=3391>"),
                 *LIST_HEADERS],
        "text": """Jobs der Woche – Neckarpersonal

Hallo Herr Ferreira-Novak,

diese Woche haben wir 9 neue Stellen für Sie – bei vielen Kunden ist das Vorstellungsgespräch schon innerhalb einer Woche möglich:

* Vertriebsinnendienst Ersatzteile (Ulm) – Direktvermittlung
  https://neckarpersonal.example.de/jobs/4410
* Lagerleiter Kfz-Teile (Neu-Ulm) – Zeitarbeit mit Übernahmeoption
  https://neckarpersonal.example.de/jobs/4413
* Kundendiensttechniker Landmaschinen (Ehingen)
  https://neckarpersonal.example.de/jobs/4417
* Technischer Sachbearbeiter Reklamationen (Göppingen)
  https://neckarpersonal.example.de/jobs/4421
* ... und 5 weitere auf unserer Website

Tipp der Woche: Eine Absage ist kein Weltuntergang – fragen Sie Ihre Disponentin nach dem Feedback des Kunden!

Newsletter abbestellen: https://neckarpersonal.example.de/newsletter/abmelden?id=3391""",
    },
    {
        "kind": "other", "slug": "eigene_mail_fragen_zum_angebot_isartal", "id": "isar-cand-questions", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [ANNA],
        "subject": "AW: Ihr Angebot: Sales Engineer Aftermarket Sensorik",
        "date": "2026-04-08 21:36", "reply": "isar-offer",
        "text": f"""Hallo Frau Berger-Lindqvist,

herzlichen Dank für das Angebot, darüber habe ich mich sehr gefreut!

Bevor ich mich entscheide, hätte ich noch zwei Fragen:
1. Wie ist die variable Vergütung genau aufgebaut – nach Umsatz im Gebiet oder nach Teamzielen?
2. Wäre ein Start zum 1. Juli möglich? Ich habe in meiner Werkstatt drei Monate Kündigungsfrist zum Quartalsende.

Viele Grüße
Lukas Ferreira-Novak

{reply_chain("de", "2026-04-07 11:02", ANNA[0], ANNA[1], ISAR_OFFER_TEXT)}""",
    },
    {
        "kind": "other", "slug": "kfz_service_werkstatttermin_bestaetigt", "lang": "de", "company": "", "contact": "",
        "frm": ("Kfz-Service Zuffenhausen", "termine-noreply@kfz-zuffenhausen.example.de"),
        "subject": "Bestätigung Ihres Werkstatttermins – HU/AU und Inspektion",
        "date": "2026-07-02 16:30",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Herr Ferreira-Novak,

vielen Dank für Ihre Online-Buchung. Ihr Werkstatttermin ist bestätigt:

Fahrzeug: VW Touran, S-LF 2863
Leistung: Hauptuntersuchung mit AU, Inspektion nach Herstellervorgaben
Termin: Montag, 13. Juli 2026, Fahrzeugannahme 7:30 Uhr
Ort: Kfz-Service Zuffenhausen, Schwieberdinger Straße 140, 70435 Stuttgart

Sollten Sie den Termin absagen oder verschieben müssen, nutzen Sie bitte den Link in Ihrer Buchungsübersicht. Einen Kalendereintrag haben wir beigefügt.

Ihr Team vom Kfz-Service Zuffenhausen""",
        "ics": {"method": "REQUEST", "uid": "kfz-zuff-buchung-88120@kfz-zuffenhausen.example.de", "seq": 0,
                 "start": "2026-07-13 07:30", "end": "2026-07-13 08:00",
                 "summary": "Werkstatttermin HU/AU + Inspektion (VW Touran)",
                 "location": "Schwieberdinger Straße 140, 70435 Stuttgart",
                 "organizer": ("Kfz-Service Zuffenhausen", "termine-noreply@kfz-zuffenhausen.example.de")},
    },
    {
        "kind": "other", "slug": "gehaltsreport_vertrieb_newsletter", "lang": "de", "company": "", "contact": "",
        "frm": ("Gehaltsreport Technik", "report@gehaltsreport-technik.example.de"),
        "subject": "Gehaltsreport 2026: Was verdient man im technischen Vertrieb Automotive?",
        "date": "2026-05-14 07:15",
        "headers": [("List-Id", "Gehaltsreport Technik <news.gehaltsreport-technik.example.de>"),
                 ("List-Unsubscribe", "<https://gehaltsreport-technik.example.de/u/5520aa>"),
                 *LIST_HEADERS],
        "text": """Gehaltsreport Technik – Ausgabe Mai 2026

Technischer Vertrieb Automotive: die neuen Zahlen

Median-Jahresgehalt im technischen Innendienst bei Zulieferern in Baden-Württemberg: 54.800 €. Im Außendienst mit Dienstwagen liegt der Median bei 63.200 € zuzüglich variabler Anteile.

Quereinsteiger aus der Werkstatt starten im Schnitt 8 % unter dem Median, holen aber nach drei Jahren auf. Unser Tipp für die Gehaltsverhandlung im Vorstellungsgespräch: Nennen Sie eine Spanne und begründen Sie sie mit Ihrer Produkterfahrung.

Außerdem in dieser Ausgabe:
- Wie Dienstwagen in Angeboten bewertet werden
- Absage nach der Gehaltsfrage – zu hoch gepokert?
- Schweiz, Österreich, Deutschland im Vergleich

Vollständiger Report: https://gehaltsreport-technik.example.de/2026/vertrieb-automotive
Abmelden: https://gehaltsreport-technik.example.de/u/5520aa""",
        "html": newsletter("Gehaltsreport Technik – Mai 2026",
                        "Technischer Vertrieb Automotive: Median im Innendienst 54.800 €, im Außendienst 63.200 € zzgl. variabler Anteile.",
                        [("Quereinsteiger aus der Werkstatt: 8 % unter Median zum Start",
                          "Nach drei Jahren holen sie auf. Tipps für die Gehaltsfrage im Vorstellungsgespräch.",
                          "https://gehaltsreport-technik.example.de/2026/quereinsteiger"),
                         ("Absage nach der Gehaltsfrage – zu hoch gepokert?",
                          "Was Personaler sagen.",
                          "https://gehaltsreport-technik.example.de/2026/absage-gehalt"),
                         ("Schweiz, Österreich, Deutschland im Vergleich",
                          "Kaufkraftbereinigte Zahlen.",
                          "https://gehaltsreport-technik.example.de/2026/dach")],
                        '<a href="https://gehaltsreport-technik.example.de/u/5520aa">Abmelden</a>'),
    },
    {
        "kind": "other", "slug": "sportverein_bewerbung_jugendleiter", "lang": "de", "company": "",
        "contact": "vorstand@tsv-feuerbach.example.de",
        "frm": ("Harald Straub (TSV Feuerbach)", "vorstand@tsv-feuerbach.example.de"),
        "subject": "Deine Kandidatur als Jugendleiter – Vorstellung bei der Mitgliederversammlung",
        "date": "2026-03-02 22:04",
        "text": """Hallo Lukas,

danke, dass du dich für die Position des Jugendleiters Fußball beworben hast – nach dem Rücktritt von Bernd sind wir echt froh drum.

Wie läuft's jetzt weiter: Bei der Mitgliederversammlung am Freitag, 20. März, um 19:30 Uhr im Vereinsheim stellst du dich kurz vor (fünf Minuten reichen), danach wird gewählt. Ein Gegenkandidat hat sich bisher nicht gemeldet.

Wenn du vorher noch Fragen zum Amt hast, ruf mich an.

Sportliche Grüße
Harald Straub
1. Vorsitzender TSV Feuerbach 1898 e.V.
0170 5550 3321""",
    },
    {
        "kind": "other", "slug": "zeitung_interviewanfrage_quereinsteiger", "lang": "de", "company": "",
        "contact": "redaktion.mueller@feuerbacher-anzeiger.example.de",
        "frm": ("Sebastian Müller", "redaktion.mueller@feuerbacher-anzeiger.example.de"),
        "subject": "Interviewanfrage Feuerbacher Anzeiger – Serie „Neustart mit 35“",
        "date": "2026-10-02 10:58",
        "text": """Sehr geehrter Herr Ferreira-Novak,

für unsere Serie „Neustart mit 35“ porträtieren wir Menschen aus dem Stadtbezirk, die beruflich noch einmal etwas ganz Neues anfangen. Über Harald Straub vom TSV habe ich gehört, dass Sie gerade den Wechsel aus der Werkstatt in den technischen Vertrieb angehen.

Hätten Sie Zeit für ein Interview von etwa einer Stunde, gerne bei Ihnen zu Hause oder in einem Café? Unser Fotograf würde im Anschluss ein paar Bilder machen. Der Artikel soll Anfang November erscheinen.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Sebastian Müller
Lokalredaktion, Feuerbacher Anzeiger
Tel. 0711 5550 7740""",
        "enc": {"from": ("iso-8859-1", "q")},
    },
    {
        "kind": "other", "slug": "eigene_mail_angebot_isartal_abgelehnt", "lang": "de", "company": "", "contact": "",
        "frm": CAND, "to": [ANNA],
        "subject": "AW: Ihr Angebot: Sales Engineer Aftermarket Sensorik",
        "date": "2026-04-16 19:22", "reply": "isar-cand-questions",
        "text": """Hallo Frau Berger-Lindqvist,

danke für Ihre schnellen Antworten und das Telefonat gestern.

Ich habe lange überlegt und mich entschieden, Ihr Angebot nicht anzunehmen. Der Umzug nach München lässt sich mit der Schule meiner Tochter und der Arbeit meiner Frau in Stuttgart im Moment nicht vereinbaren. Das hat nichts mit Isartal zu tun – die Gespräche mit Ihnen und Dr. Strobl haben mir wirklich Spaß gemacht.

Ich hoffe, wir laufen uns irgendwann wieder über den Weg.

Viele Grüße
Lukas Ferreira-Novak""",
    },
    # ======================================================================= English
    {
        "kind": "other", "slug": "tech_sales_weekly_newsletter", "lang": "en", "company": "", "contact": "",
        "frm": ("Technical Sales Weekly", "hello@techsalesweekly.example.com"),
        "subject": "This week: life after a rejection, the one interview question to prepare",
        "date": "2026-02-02 13:00", "tz": "+0000",
        "headers": [("List-Id", "Technical Sales Weekly <weekly.techsalesweekly.example.com>"),
                 ("List-Unsubscribe", "<https://techsalesweekly.example.com/unsubscribe?e=lfn>, <mailto:unsubscribe@techsalesweekly.example.com>"),
                 *LIST_HEADERS],
        "text": "Technical Sales Weekly – Issue 112\n\n"
             + items_text(NEWS_EN_ITEMS)
             + "\n\nYou're receiving this because you subscribed at techsalesweekly.example.com.\nUnsubscribe: https://techsalesweekly.example.com/unsubscribe?e=lfn",
        "html": newsletter("Technical Sales Weekly – Issue 112",
                        "Your weekly briefing for engineers and technicians moving into sales.",
                        NEWS_EN_ITEMS,
                        '<a href="https://techsalesweekly.example.com/unsubscribe?e=lfn">Unsubscribe</a>'),
    },
    {
        "kind": "other", "slug": "autocareers_alert_turin", "lang": "en", "company": "", "contact": "",
        "frm": ("AutoCareers Europe", "jobalerts@autocareers-europe.example.com"),
        "subject": "7 new jobs in Turin matching \"technical sales\"",
        "date": "2026-03-01 06:00",
        "headers": [("List-Id", "AutoCareers job alerts <alerts.autocareers-europe.example.com>"),
                 ("List-Unsubscribe", "<https://autocareers-europe.example.com/alerts/stop/99812>"),
                 *LIST_HEADERS],
        "text": "Hi Lukas,\n\nHere are this week's new jobs for your alert \"technical sales\" in Turin (+30 km):\n\n"
             + items_text(TURIN_ITEMS)
             + "\n\nManage alerts: https://autocareers-europe.example.com/alerts\nStop this alert: https://autocareers-europe.example.com/alerts/stop/99812",
        "html": newsletter("7 new jobs in Turin", "Here are this week's new jobs for your alert \"technical sales\" in Turin (+30 km):",
                        TURIN_ITEMS,
                        '<a href="https://autocareers-europe.example.com/alerts/stop/99812">Stop this alert</a>'),
    },
    {
        "kind": "other", "slug": "own_mail_thank_you_superga", "id": "superga-thanks", "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [DAVIDE],
        "subject": "Thank you for today's interview",
        "date": "2026-05-21 19:12",
        "text": SUPERGA_THANKS_TEXT,
    },
    {
        "kind": "other", "slug": "own_application_sangone", "id": "sangone-apply", "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [GIULIA],
        "subject": "Application: Technical Sales Specialist – Transmission Components",
        "date": "2026-03-05 08:35",
        "text": f"""Dear Ms Ferraris,

Please find attached my CV for the Technical Sales Specialist – Transmission Components position in Turin, which I have also submitted through your careers page.

For eleven years I have repaired and diagnosed gearboxes and drivetrains on cars and light commercial vehicles in Stuttgart. I would now like to use that experience on the other side of the counter, helping distributors and workshops choose and fit the right components.

I speak German and Portuguese natively, English fluently, and I am learning Italian.

{CAND_SIG_EN}""",
        "pdfs": [{"name": "CV_Lukas_Ferreira-Novak_EN.pdf", "title": "Curriculum Vitae - Lukas Ferreira-Novak",
                   "lines": ["Automotive mechatronics technician, Stuttgart",
                          "2015-2026: workshop technician, drivetrain and gearbox diagnostics",
                          "Languages: German, Portuguese, English (C1), Spanish (B1), Italian (A2)"]}],
    },
    {
        "kind": "other", "slug": "recruiter_cold_approach_turin", "lang": "en", "company": "",
        "contact": "federica.gallo@piedmont-talent.example.it",
        "frm": ("Federica Gallo", "federica.gallo@piedmont-talent.example.it"),
        "subject": "German-speaking technical sales profiles – open to Italy?",
        "date": "2026-06-24 11:45",
        "text": """Hello Lukas,

I'm a recruiter at Piedmont Talent Search in Turin, working mainly with automotive suppliers around Mirafiori and Rivalta. I came across your profile and your background in drivetrain repair stood out.

I don't have a specific vacancy to discuss right now, but German-speaking technical sales people are in demand here and I expect that to continue into next year. Would you be open to relocating to Italy at some point? If so, I'd be happy to keep your details on file – just reply with your CV and your salary expectations.

No pressure at all, and thanks for reading.

Kind regards,
Federica Gallo
Senior Recruiter, Piedmont Talent Search
Via Roma 305, Torino""",
    },
    {
        "kind": "other", "slug": "parcel_delayed_unfortunately", "lang": "en", "company": "", "contact": "",
        "frm": ("ParcelNow", "no-reply@parcelnow.example.com"),
        "subject": "Unfortunately, your package is delayed",
        "date": "2026-09-16 20:05",
        "text": """Hi Lukas,

Unfortunately, your package from Torque Tools Direct (tracking number PN7730918452IT) is running late.

Current position: Verona sorting hub, Italy – last scan 18:42
Reason: customs clearance taking longer than expected
New estimated delivery: Monday, 21 September

You don't need to do anything. We'll let you know as soon as your parcel is on its way again.

Track your parcel: https://parcelnow.example.com/track/PN7730918452IT

The ParcelNow team""",
        "html": ats_card("ParcelNow", "#ff6f00", paras("""Hi Lukas,

Unfortunately, your package from Torque Tools Direct (tracking number PN7730918452IT) is running late.

Current position: Verona sorting hub, Italy – last scan 18:42
Reason: customs clearance taking longer than expected
New estimated delivery: Monday, 21 September

You don't need to do anything. We'll let you know as soon as your parcel is on its way again.

The ParcelNow team"""), '<a href="https://parcelnow.example.com/track/PN7730918452IT">Track your parcel</a>'),
    },
    {
        "kind": "other", "slug": "out_of_office_sangone_recruiter", "lang": "en", "company": "", "contact": GIULIA[1],
        "frm": GIULIA, "subject": "Automatic reply: Re: Your interview this morning",
        "date": "2026-03-24 19:03", "reply": "<CAF3lfn-sangone-sorry-0324@mail.example.de>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        "text": """Thank you for your email.

I am out of the office until Thursday 26 March with limited access to email. I will reply as soon as possible after my return.

For urgent questions about interview scheduling, please contact my colleague Matteo Rinaldi at matteo.rinaldi@sangone-powertrain.example.it.

Giulia Ferraris
Sangone Powertrain""",
    },
    {
        "kind": "other", "slug": "user_research_interview_partsfinder", "lang": "en", "company": "",
        "contact": "owen.mitchell@partsfinder.example.com",
        "frm": ("Owen Mitchell, PartsFinder Research", "research@partsfinder.example.com"),
        "reply_to": ("Owen Mitchell", "owen.mitchell@partsfinder.example.com"),
        "subject": "Would you join a 30-minute research interview? (€40 voucher)",
        "date": "2026-06-11 15:20", "tz": "+0100",
        "text": """Hi Lukas,

I'm Owen from the research team at PartsFinder. You've ordered parts through our catalogue over the past year, and we'd love to learn from your experience.

We're running 30-minute research interviews over video with workshop technicians across Europe. There are no right or wrong answers – we want to hear how you look up parts, what slows you down, and what you'd change. As a thank-you, you'll receive a €40 voucher.

If you're interested, pick a time here: https://partsfinder.example.com/research/book?ref=lfn

Thanks,
Owen Mitchell
User Researcher, PartsFinder (Dublin)""",
    },
    {
        "kind": "other", "slug": "prolink_weekly_notifications", "lang": "en", "company": "", "contact": "",
        "frm": ("ProLink", "notifications-noreply@prolink.example.com"),
        "subject": "Lukas, you appeared in 9 searches this week",
        "date": "2026-08-31 07:30", "tz": "+0000",
        "headers": [("List-Unsubscribe", "<https://prolink.example.com/e/unsub?t=weekly-lfn>"), *LIST_HEADERS],
        "html": ats_card("ProLink", "#1b5e20", """<p>Hi Lukas,</p>
<p>You appeared in <b>9 searches</b> this week. People who found you work at companies like Trans-Alpine Bearings and Piedmont Talent Search.</p>
<p><b>Jobs you may be interested in</b></p>
<ul>
<li><a href="https://prolink.example.com/jobs/view/77120">Technical Sales Engineer Aftermarket – Linz</a></li>
<li><a href="https://prolink.example.com/jobs/view/77133">Inside Sales Technician – Karlsruhe</a></li>
<li><a href="https://prolink.example.com/jobs/view/77141">Field Sales, Workshop Equipment – Zürich</a></li>
</ul>
<p>Nina Caflisch and 3 others viewed your profile. <a href="https://prolink.example.com/me/views">See who</a></p>""",
                      '<a href="https://prolink.example.com/e/unsub?t=weekly-lfn">Unsubscribe from weekly digests</a>'),
    },
    {
        "kind": "other", "slug": "friend_marco_own_rejection", "lang": "en", "company": "",
        "contact": "marco.bertola@posta.example.it",
        "frm": ("Marco Bertola", "marco.bertola@posta.example.it"),
        "subject": "well, that didn't work out",
        "date": "2026-04-28 22:30",
        "text": """Ciao Lukas,

Remember I told you about the service manager job at the dealership in Collegno? They turned me down today. Two interviews, a test day in the workshop, and then a two-line email saying they went with someone internal. I'm more annoyed about the test day than anything.

Anyway – how are things with the Turin gearbox people? Did you ever hear back after that messed-up Zoom call? If you end up down here, the first pizza is on me.

A presto,
Marco""",
    },
    {
        "kind": "other", "slug": "webinar_registration_interview_skills", "lang": "en", "company": "", "contact": "",
        "frm": ("Sales Academy Europe", "events-noreply@salesacademy.example.eu"),
        "subject": "You're registered: Nailing the technical sales interview (Live webinar)",
        "date": "2026-05-30 09:00",
        "headers": [("List-Id", "Sales Academy events <events.salesacademy.example.eu>"),
                 ("List-Unsubscribe", "<https://salesacademy.example.eu/unsub/ev-2206>"),
                 ("Auto-Submitted", "auto-generated")],
        "text": """Hi Lukas,

Thanks for registering for our free live webinar "Nailing the technical sales interview".

Date: Tuesday, 9 June 2026
Time: 18:00–19:00 CEST
Join link: https://salesacademy.example.eu/live/ev-2206

Our speakers, both former hiring managers at automotive suppliers, will cover the questions you'll be asked in a first interview, how to handle a role-play, and what to do after a rejection.

A calendar invitation is attached.

See you there,
Sales Academy Europe""",
        "ics": {"method": "REQUEST", "uid": "ev-2206-lfn@salesacademy.example.eu", "seq": 0,
                 "start": "2026-06-09 18:00", "end": "2026-06-09 19:00",
                 "summary": "Webinar: Nailing the technical sales interview",
                 "location": "https://salesacademy.example.eu/live/ev-2206",
                 "organizer": ("Sales Academy Europe", "events-noreply@salesacademy.example.eu")},
    },
    {
        "kind": "other", "slug": "own_mail_reschedule_request_trans_alpine", "id": "tab-cand-move", "lang": "en",
        "company": "", "contact": "",
        "frm": CAND, "to": [KATHARINA],
        "subject": "RE: Interview invitation – Technical Sales Engineer Aftermarket (Linz)",
        "date": "2026-09-04 07:10", "reply": "tab-invite",
        "text": f"""Dear Ms Ebner,

Thank you very much for the invitation – I'm looking forward to meeting the panel.

Unfortunately, my workshop has just scheduled me for a customer training on Thursday 10 September that I cannot move. Would it be possible to hold the interview on Friday 11 September, or early the following week?

I apologise for the inconvenience.

{CAND_SIG_EN}

{wrote("en", "2026-09-02 16:30", KATHARINA[0], KATHARINA[1])}
{quote('''Dear Mr Ferreira-Novak,

Thank you for applying to Trans-Alpine Bearings. We were impressed by your hands-on
experience with wheel-end and gearbox repairs and would like to invite you to a panel
interview.

Date: Thursday, 10 September 2026
Time: 09:30–11:00 CEST''')}""",
    },
    {
        "kind": "other", "slug": "certificate_programme_no_place", "lang": "en", "company": "", "contact": "",
        "frm": ("Turin School of Management – Admissions", "admissions-noreply@tsm-torino.example.it"),
        "subject": "Your application to the Executive Certificate in Technical Sales",
        "date": "2026-07-17 12:00",
        "text": """Dear Lukas Ferreira-Novak,

Thank you for applying to the Executive Certificate in Technical Sales (part-time, starting October 2026).

We received a record number of applications for the 30 places available. After reviewing your file, the admissions committee regrets that it is unable to offer you a place in this intake. The decision does not prevent you from applying again for the February 2027 intake.

We wish you every success in your studies and career.

Admissions Office
Turin School of Management

This mailbox is not monitored.""",
    },
    {
        "kind": "other", "slug": "gearshift_careers_article", "lang": "en", "company": "", "contact": "",
        "frm": ("Gearshift Careers", "articles@gearshift-careers.example.com"),
        "subject": "From the pit to the pitch: 5 things mechanics get right in sales interviews",
        "date": "2026-10-01 08:00", "tz": "+0000",
        "headers": [("List-Id", "Gearshift Careers articles <articles.gearshift-careers.example.com>"),
                 ("List-Unsubscribe", "<https://gearshift-careers.example.com/unsubscribe/lfn-112>"),
                 *LIST_HEADERS],
        "text": """From the pit to the pitch: 5 things mechanics get right in sales interviews

Hiring managers at automotive suppliers keep telling us the same thing: former technicians interview better than they think.

1. They explain problems in plain language. A good diagnosis story beats any sales buzzword.
2. They know the customer. Workshops are the customer, and you've been one.
3. They're honest about what they don't know – which interviewers trust.
4. They ask practical questions about the product range and the returns process.
5. They handle a "no" calmly. Every mechanic has been told a repair is too expensive.

What they get wrong? Underselling themselves when the offer comes. More on salary negotiation next month.

Read online: https://gearshift-careers.example.com/articles/pit-to-pitch
Unsubscribe: https://gearshift-careers.example.com/unsubscribe/lfn-112""",
    },
    # ======================================================================= French
    {
        "kind": "other", "slug": "alerte_emploi_strasbourg", "lang": "fr", "company": "", "contact": "",
        "frm": ("Emploi Rhin", "alertes@emploi-rhin.example.fr"),
        "subject": "Alerte emploi : 5 nouvelles offres « technico-commercial » près de Strasbourg",
        "date": "2026-04-06 07:30",
        "headers": [("List-Id", "Alertes Emploi Rhin <alertes.emploi-rhin.example.fr>"),
                 ("List-Unsubscribe", "<https://emploi-rhin.example.fr/alertes/desinscription?id=20931>"),
                 *LIST_HEADERS],
        "html": newsletter("5 nouvelles offres pour vous",
                        "Bonjour Lukas, voici les nouvelles offres correspondant à votre alerte « technico-commercial » (Strasbourg + 40 km) :",
                        FR_ALERT_ITEMS,
                        '<a href="https://emploi-rhin.example.fr/alertes/desinscription?id=20931">Se désinscrire</a>'),
    },
    {
        "kind": "other", "slug": "propre_mail_reponse_annulation_alsace", "id": "alsace-cand-reply", "lang": "fr",
        "company": "", "contact": "",
        "frm": CAND, "to": [CAMILLE],
        "subject": "RE: Annulé : Entretien L. Ferreira-Novak – mardi 5 mai 14h",
        "date": "2026-04-30 18:02", "reply": "alsace-cancel",
        "text": f"""Bonjour Madame Wendling,

Merci de m'avoir prévenu aussi rapidement. Je comprends tout à fait la situation.

Je reste très intéressé par le poste et disponible pour un nouveau rendez-vous dès que l'équipe sera réorganisée, à Strasbourg ou en visioconférence.

{CAND_SIG_FR}

{wrote("fr", "2026-04-30 15:22", CAMILLE[0], CAMILLE[1])}
{quote(ALSACE_CANCEL_TEXT)}""",
    },
    {
        "kind": "other", "slug": "agence_immo_dossier_location_refuse", "lang": "fr", "company": "",
        "contact": "m.lang@immo-neudorf.example.fr",
        "frm": ("Mélanie Lang", "m.lang@immo-neudorf.example.fr"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Votre dossier pour l'appartement rue de Lunéville",
        "date": "2026-05-12 17:25",
        "text": """Bonjour Monsieur Ferreira-Novak,

Merci d'avoir visité samedi le trois-pièces de la rue de Lunéville à Strasbourg-Neudorf.

Le propriétaire a étudié les dossiers reçus et, malheureusement, votre candidature pour ce logement n'a pas été retenue : il a privilégié un locataire disposant déjà d'un contrat de travail en France.

Si vous le souhaitez, je peux vous proposer d'autres visites le 23 mai, notamment un quatre-pièces à la Meinau. Dites-moi simplement quels créneaux vous conviennent.

Bien à vous,
Mélanie Lang
Agence Immobilière du Neudorf
45 route du Polygone, 67100 Strasbourg
03 88 55 50 37""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "other", "slug": "lettre_conseils_carriere_entretien", "lang": "fr", "company": "", "contact": "",
        "frm": ("Conseils Carrière", "lettre@conseils-carriere.example.fr"),
        "subject": "La lettre du mois : entretien d'embauche, refus et relance",
        "date": "2026-06-15 08:00",
        "headers": [("List-Id", "Lettre Conseils Carriere <lettre.conseils-carriere.example.fr>"),
                 ("List-Unsubscribe", "<https://conseils-carriere.example.fr/desabonnement/7731>"),
                 *LIST_HEADERS],
        "text": "Bonjour,\n\nAu sommaire de cette lettre :\n\n"
             + items_text(FR_NEWS_ITEMS)
             + "\n\nBonne lecture !\nL'équipe Conseils Carrière\n\nSe désabonner : https://conseils-carriere.example.fr/desabonnement/7731",
        "html": newsletter("La lettre Conseils Carrière – juin 2026", "Au sommaire de cette lettre :",
                        FR_NEWS_ITEMS,
                        '<a href="https://conseils-carriere.example.fr/desabonnement/7731">Se désabonner</a>'),
    },
    {
        "kind": "other", "slug": "reponse_automatique_absence_recruteuse", "lang": "fr", "company": "", "contact": CAMILLE[1],
        "frm": CAMILLE, "subject": "Réponse automatique : RE: Annulé : Entretien L. Ferreira-Novak – mardi 5 mai 14h",
        "date": "2026-04-30 18:03", "reply": "alsace-cand-reply",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Bonjour,

Je suis absente du 1er au 8 mai inclus et n'aurai qu'un accès limité à ma messagerie.

Pour toute question urgente concernant un recrutement, vous pouvez contacter le service RH au 03 88 55 50 60.

Cordialement,
Camille Wendling
Alsace Freinage""",
    },
    {
        "kind": "other", "slug": "centre_formation_admission_refusee", "lang": "fr", "company": "", "contact": "",
        "frm": ("Campus Technique Rhénan", "admissions-ne-pas-repondre@campus-rhenan.example.fr"),
        "subject": "Votre demande d'admission – Titre professionnel Technico-commercial",
        "date": "2026-07-08 10:15",
        "text": """Monsieur,

Vous avez déposé une demande d'admission pour la formation « Titre professionnel Technico-commercial » en alternance, session de septembre 2026.

Nous avons le regret de vous informer que votre demande d'admission n'a pas pu être retenue par la commission pédagogique : la formation en alternance exige un contrat avec une entreprise française au moment de l'inscription, ce qui n'est pas le cas dans votre dossier.

Vous pouvez candidater de nouveau pour la session de février 2027 une fois un employeur trouvé.

Le service des admissions
Campus Technique Rhénan, Schiltigheim

Merci de ne pas répondre à ce message automatique.""",
        "cte": "base64",
    },
    # ======================================================================= Spanish
    {
        "kind": "other", "slug": "alerta_empleo_valladolid", "lang": "es", "company": "", "contact": "",
        "frm": ("Empleo Castilla", "alertas@empleo-castilla.example.es"),
        "subject": "4 nuevas ofertas de «técnico comercial» en Valladolid",
        "date": "2026-05-03 08:10",
        "headers": [("List-Id", "Alertas Empleo Castilla <alertas.empleo-castilla.example.es>"),
                 ("List-Unsubscribe", "<https://empleo-castilla.example.es/alertas/baja?u=66120>"),
                 *LIST_HEADERS],
        "text": "Hola Lukas:\n\nEstas son las nuevas ofertas para tu alerta «técnico comercial» en Valladolid:\n\n"
             + items_text(ES_ALERT_ITEMS)
             + "\n\nGestionar alertas: https://empleo-castilla.example.es/alertas\nDarse de baja: https://empleo-castilla.example.es/alertas/baja?u=66120",
        "html": newsletter("Nuevas ofertas para ti", "Estas son las nuevas ofertas para tu alerta «técnico comercial» en Valladolid:",
                        ES_ALERT_ITEMS,
                        '<a href="https://empleo-castilla.example.es/alertas/baja?u=66120">Darse de baja</a>'),
    },
    {
        "kind": "other", "slug": "propia_solicitud_pisuerga", "id": "pisuerga-apply", "lang": "es", "company": "", "contact": "",
        "frm": CAND, "to": [MARTA],
        "subject": "Candidatura: Técnico comercial de recambios",
        "date": "2026-05-11 09:50",
        "text": f"""Estimada Sra. Alonso:

Le escribo para presentar mi candidatura al puesto de técnico comercial de recambios publicado en su web, donde también he enviado el formulario.

Soy mecánico de automoción en Stuttgart desde hace once años y conozco bien las necesidades de los talleres: qué piezas se piden con urgencia, qué errores se repiten en el montaje y cómo se decide la compra. Me gustaría aportar esa experiencia a su equipo comercial y trasladarme a Valladolid, donde vive parte de mi familia.

Adjunto mi currículum. Quedo a su disposición para cualquier consulta.

{CAND_SIG_ES}""",
        "pdfs": [{"name": "CV_Lukas_Ferreira-Novak_ES.pdf", "title": "Curriculum vitae - Lukas Ferreira-Novak",
                   "lines": ["Mecanico de automocion (Kfz-Mechatroniker), Stuttgart",
                          "2015-2026: diagnosis, hidraulica, calibracion de sistemas ADAS",
                          "Idiomas: aleman, portugues, ingles (C1), espanol (B2)"]}],
    },
    {
        "kind": "other", "slug": "amigo_javier_su_rechazo", "lang": "es", "company": "",
        "contact": "javi.prieto@correo.example.es",
        "frm": ("Javier Prieto", "javi.prieto@correo.example.es"),
        "subject": "Me han dicho que no",
        "date": "2026-06-12 23:05",
        "text": """¡Hola, Lukas!

¿Qué tal por Alemania? Te cuento: al final no me han cogido en la planta de motores de Villamuriel. Me llamaron ayer para decirme que han elegido a otro candidato con más experiencia en robótica. Qué le vamos a hacer.

Me dijo tu prima que igual te vienes a Valladolid con lo de Pisuerga. ¡Ojalá! Si vienes, te enseño los mejores sitios de tapas de la calle Correos.

Un abrazo fuerte,
Javi""",
        "cte": "8bit",
    },
    {
        "kind": "other", "slug": "paqueteria_pedido_con_retraso", "lang": "es", "company": "", "contact": "",
        "frm": ("EnvíaYa", "no-responder@enviaya.example.es"),
        "enc": {"from": ("iso-8859-1", "b")},
        "subject": "Lamentablemente tu pedido llega con retraso",
        "date": "2026-08-20 18:40",
        "text": """Hola Lukas:

Lamentablemente, tu pedido n.º EY-55019283 (remitente: Librería Lara) va a llegar más tarde de lo previsto.

Ubicación actual del envío: centro logístico de Venta de Baños (Palencia), 17:58
Motivo: incidencia en la ruta internacional
Nueva fecha estimada de entrega: 26 de agosto

Puedes seguir tu envío aquí: https://enviaya.example.es/seguimiento/EY-55019283

Sentimos las molestias.
El equipo de EnvíaYa""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "other", "slug": "radio_entrevista_programa", "lang": "es", "company": "",
        "contact": "lorena.gil@radiopisuerga.example.es",
        "frm": ("Lorena Gil", "lorena.gil@radiopisuerga.example.es"),
        "subject": "Propuesta de entrevista en «La mañana de Valladolid»",
        "date": "2026-10-09 12:30",
        "text": """Hola, Lukas:

Soy Lorena Gil, redactora del programa «La mañana de Valladolid» en Radio Pisuerga. Estamos preparando una sección sobre profesionales de otros países que se plantean venir a trabajar en la industria de automoción de la ciudad, y Marta Alonso, de Pisuerga Componentes, nos ha dado tu contacto.

¿Te animarías a una entrevista en directo de unos diez minutos, por teléfono o en el estudio? Sería un martes o jueves de octubre, sobre las 11:15.

Muchas gracias y un saludo,
Lorena Gil
Radio Pisuerga – Redacción
983 55 50 64""",
    },
    {
        "kind": "other", "slug": "universidad_master_admision_denegada", "lang": "es", "company": "", "contact": "",
        "frm": ("Secretaría de Posgrado", "posgrado-noresponder@universidad-castilla.example.es"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Resolución de admisión - Máster en Dirección Comercial",
        "date": "2026-07-27 13:00",
        "text": """Estimado/a solicitante:

Le comunicamos que la comisión académica del Máster en Dirección Comercial (modalidad semipresencial) ha resuelto no admitir su solicitud para el curso 2026-2027, al no acreditar una titulación universitaria de grado o equivalente.

Puede consultar la resolución completa en la sede electrónica. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Secretaría de Posgrado
Universidad de Castilla (campus de Valladolid)

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
]
