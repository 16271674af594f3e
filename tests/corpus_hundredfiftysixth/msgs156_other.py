"""Corpus 156, kind `other`: 52 hand-written specs (26 de, 14 en, 5 fr, 7 es).

Newsletters and digests, the candidate's own mail, friends, bank, landlord, school, doctor,
auto-replies, network notifications and refusals of places that are not jobs.
"""

from msgs156_common import (
    CANDIDATE,
    newsletter_html,
    reply,
)

OTHER = "other"
ME = CANDIDATE

_cv_lines = [
    "Tobias Kranz-Mwangi - Lebenslauf",
    "Bäckermeister, München - tobias.km@example.de - +49 171 555 2846",
    "",
    "seit 2019  Leiter Nachtschicht, Bäckerei Obermaier, München (14 Mitarbeitende)",
    "2015-2019  Bäckergeselle, Backstube am Viktualienmarkt, München",
    "2018       Meisterprüfung im Bäckerhandwerk, HWK München",
    "2024       Weiterbildung Produktionsplanung und SAP PP (IHK-Zertifikat)",
    "",
    "Sprachen: Deutsch, Englisch (C1), Französisch (B1), Spanisch (B1), Swahili",
]

_stellenradar_items = [
    ("Produktionsplaner (m/w/d) Backwaren – Brotwerk Isartal, Garching",
     "Vollzeit · Schichtplanung für drei Linien · Bewerbungsgespräche ab März",
     "https://stellenradar.example.de/job/88120?utm_source=alert"),
    ("Schichtleitung Molkerei – Käserei Allgäublick, Schwabmünchen",
     "Leitung von 20 Mitarbeitenden · Vorstellungsgespräch auch samstags möglich",
     "https://stellenradar.example.de/job/88177?utm_source=alert"),
    ("Teamleiter Frischeplanung – Marktkette Sonnenhof, Gersthofen",
     "Zentrallager · Absagen gibt es hier schnell, Zusagen auch: Prozess in 3 Wochen",
     "https://stellenradar.example.de/job/88203?utm_source=alert"),
    ("Ratgeber: Was tun nach der dritten Absage?",
     "Unsere Karriereexpertin erklärt, wie Sie aus Absagen lernen.",
     "https://stellenradar.example.de/ratgeber/absagen?utm_source=alert"),
]

_stellenradar_text = """StellenRadar – Ihr Suchauftrag „Produktionsplanung Lebensmittel, 50 km um München“

4 neue Treffer seit gestern:

""" + "\n\n".join(f"* {h}\n  {b}\n  {u}" for h, b, u in _stellenradar_items) + """

Suchauftrag ändern: https://stellenradar.example.de/suchauftraege
Abmelden: https://stellenradar.example.de/abmelden?u=tkm-5521

StellenRadar · Lindwurmstraße 88 · 80337 München
"""

_backwelt_text = """Backwelt Karriere-Newsletter · Ausgabe Mai 2026

Liebe Leserinnen und Leser,

in dieser Ausgabe geht es um ein Thema, über das in der Branche selten offen gesprochen wird: Absagen.

1. „Leider müssen wir Ihnen mitteilen ...“ – warum Betriebe so selten begründen
Personalerinnen aus drei Großbäckereien erzählen, warum in einer Absage fast nie steht, was wirklich den Ausschlag gab, und wie Sie trotzdem Feedback bekommen.
https://backwelt.example.de/karriere/absagen-verstehen

2. Vom Meister in die Planung: fünf Wege, die funktioniert haben
Porträts von Bäckermeistern, die heute Produktion in Industriebetrieben planen.
https://backwelt.example.de/karriere/meister-planung

3. Termine: Jobbörse auf der Süd-Back in Stuttgart, Interviews mit Ausstellern vor Ort
https://backwelt.example.de/termine

Sie erhalten diesen Newsletter, weil Sie sich auf backwelt.example.de angemeldet haben.
Abbestellen: https://backwelt.example.de/newsletter/abmelden
"""

_karrierebrief_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Karrierebrief</title></head>
<body style="font-family:Georgia,serif;color:#222;max-width:620px;margin:auto">
<h1 style="font-size:24px">So meistern Sie das Vorstellungsgespräch in der Lebensmittelindustrie</h1>
<p><em>Karrierebrief Nr. 14/2026 – Ihr Ratgeber für den nächsten Schritt</em></p>
<p>Wer aus dem Handwerk in die Industrie wechselt, wird im Vorstellungsgespräch oft mit Begriffen wie „OEE“, „Rüstzeitoptimierung“ oder „S&amp;OP“ konfrontiert. Unsere Autorin hat mit Personalverantwortlichen gesprochen, worauf es wirklich ankommt.</p>
<h2 style="font-size:18px">1. Zahlen mitbringen</h2>
<p>Wie viele Teiglinge pro Nacht? Wie viel Ausschuss? Konkrete Zahlen überzeugen mehr als Adjektive.</p>
<h2 style="font-size:18px">2. Die Absage nicht persönlich nehmen</h2>
<p>Eine Einladung zum Gespräch heißt: Das Profil passt grundsätzlich. Kommt danach eine Absage, lag es oft an Details, die Sie nicht beeinflussen konnten.</p>
<h2 style="font-size:18px">3. Fragen stellen</h2>
<p>Fragen Sie nach dem Schichtmodell, dem ERP-System und danach, wer die Stelle vorher hatte.</p>
<p style="font-size:11px;color:#777">Sie erhalten den Karrierebrief, weil Sie ihn auf karrierebrief.example.de abonniert haben. <a href="https://karrierebrief.example.de/abmelden?id=55120">Abmelden</a> · Impressum: Karrierebrief Verlag, Sonnenstraße 12, 80331 München</p>
</body></html>
"""

_innung_text = """Liebe Kolleginnen und Kollegen,

zur Stellenbörse auf unserer Website: Im April sind drei neue Stellen eingegangen (zwei Produktionsleitungen, eine Ausbildungsstelle). Betriebe, die offene Positionen melden möchten, schicken die Anzeige bitte an die Geschäftsstelle.

Außerdem eine Bitte von Kollege Hofbauer: Wer hat Erfahrung mit Vorstellungsgesprächen für Azubis über Video? Er würde sich über einen kurzen Austausch am Rand der Obermeisterversammlung freuen.

Nächster Termin: Innungsversammlung am 7. Mai, 19 Uhr, Gasthof Weißes Rössl.

Herzliche Grüße
Franziska Lindner
Geschäftsstelle Bäcker-Innung München-Land

_______________________________________________
innung-mitglieder mailing list
innung-mitglieder@lists.baecker-innung-ml.example.de
https://lists.baecker-innung-ml.example.de/mailman/listinfo/innung-mitglieder
"""

_friend_bene = """Servus Tobi,

kurzes Update von mir, weil du ja gefragt hast: Die Brauerei in Freising hat mir heut abgesagt. Nach zwei Gesprächen und einem Probetag! „Wir haben uns für einen Bewerber entschieden, der besser ins Team passt“ – was auch immer das heißen soll.

Bin grad ziemlich bedient, aber egal, weiter geht's. Wie läuft's bei dir mit dem Brotwerk? Hast du schon was gehört?

Gehma am Samstag auf a Bier? Dann erzähl ich dir die ganze Geschichte.

Bene
"""

_orla_text = """Tobias!

So the big interview at the dairy in Naas - remember I was so nervous about it? They rang me this morning: they've gone with someone else. Apparently it was "very close". I'd rather they'd just said no in an email, to be honest, than make me listen to the hold music first.

Anyway, I'm grand. Pints on Friday? And tell me how your Dublin hunt is going, I heard Liffey Bakehouse is hiring planners.

Orla x
"""

_forward_inner = """Sehr geehrte Damen und Herren,

für unseren Betrieb in Augsburg suchen wir ab sofort eine/n Produktionsplaner/in (Vollzeit). Aufgaben: Wochen- und Tagesplanung der Backlinien, Abstimmung mit Einkauf und Vertrieb, Schichtplanung.

Bewerbungen bitte an karriere@backhaus-lechfeld.example.de.

Backhaus Lechfeld
"""

_alpenhof_thanks = """Sehr geehrte Frau Hofstätter,

vielen Dank für das angenehme Gespräch am Dienstag und die Führung durch die Käserei in Bergheim. Besonders spannend fand ich Ihre Pläne, die Schichtplanung der Joghurtlinie vom Excel-Blatt ins ERP zu holen.

Für ein zweites Gespräch stehe ich jederzeit zur Verfügung.

Viele Grüße
Tobias Kranz-Mwangi
"""

_lechfeld_application = """Sehr geehrter Herr Wiedemann,

auf Ihre Anzeige im Lechfeld-Kurier bewerbe ich mich als Produktionsleiter Ihrer Backstube. Ich bin Bäckermeister, leite derzeit die Nachtschicht einer Münchner Handwerksbäckerei mit 14 Leuten und möchte mich in Richtung Planung und Organisation weiterentwickeln.

Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
Tobias Kranz-Mwangi
"""

_ill_thanks = """Madame Stoffel,

Je tenais à vous remercier pour l'entretien de mercredi et pour la visite de la salle de brassage. Le projet de nouvelle ligne de canettes m'a beaucoup intéressé.

Bien cordialement,
Tobias Kranz-Mwangi
"""

_montjuic_cv = """Hola Jordi,

Te adjunto mi CV actualizado, como hablamos por teléfono. Me interesa sobre todo el sector cervecero.

Gracias,
Tobias
"""

_shift_planner_items = [
    ("Five questions to ask at the end of an interview",
     "Ask who had the job before and why the line stops most often.",
     "https://theshiftplanner.example.com/p/five-questions"),
    ("Rejected after the final round? Read this first",
     "Why 'we went with another candidate' rarely means you did something wrong.",
     "https://theshiftplanner.example.com/p/after-rejection"),
    ("Open roles we liked this week",
     "Planning jobs at dairies in Cork, a brewery in Galway and a bakery group in Vienna.",
     "https://theshiftplanner.example.com/p/roles-week-23"),
]

_hotjobs_items = [
    ("Production Planner - Swords (temp to perm)",
     "Ambient snacks, Mon-Fri days, EUR 24-27/hour. Interviews this week.",
     "https://tempostaff.example.ie/jobs/4410?src=nl"),
    ("Shift Lead, Bakery - Ballymount",
     "Nights, 4 on 4 off, immediate start.",
     "https://tempostaff.example.ie/jobs/4415?src=nl"),
    ("Planning Coordinator - Cork",
     "12-month contract, dairy, relocation support.",
     "https://tempostaff.example.ie/jobs/4421?src=nl"),
]

_alertes_items = [
    ("Planificateur de production H/F - Strasbourg",
     "Boulangerie industrielle · CDI · entretiens dès la semaine prochaine",
     "https://alertes-emploi-grandest.example.fr/offre/77120"),
    ("Chef d'équipe conditionnement - Obernai",
     "Biscuiterie · 2x8 · poste à pourvoir rapidement",
     "https://alertes-emploi-grandest.example.fr/offre/77131"),
    ("Conseil : répondre à un refus de candidature",
     "Faut-il demander un retour après un refus ? Nos conseils.",
     "https://alertes-emploi-grandest.example.fr/conseils/refus"),
]

_ofertas_items = [
    ("Jefe/a de turno en obrador de pan - L'Hospitalet",
     "Jornada completa, turno de noche, entrevistas la próxima semana.",
     "https://ofertasbcn.example.es/oferta/55102"),
    ("Planificador/a de producción - cervecera artesana, Poblenou",
     "Contrato indefinido, inglés valorable.",
     "https://ofertasbcn.example.es/oferta/55117"),
    ("Técnico/a de calidad alimentaria - Sant Boi",
     "Experiencia en APPCC e IFS.",
     "https://ofertasbcn.example.es/oferta/55120"),
]

MESSAGES = [
    # ================================================================== German
    {
        "kind": OTHER, "name": "stellenradar_job_alert_digest", "lang": "de",
        "company": "", "contact": "",
        "sender": ("StellenRadar", "alerts@stellenradar.example.de"),
        "subject": "4 neue Jobs für „Produktionsplanung Lebensmittel“ – darunter Brotwerk Isartal",
        "date": "2026-02-02 06:30 +0100",
        "headers": [
            ("List-Id", "StellenRadar Suchauftrag <suchauftrag.stellenradar.example.de>"),
            ("List-Unsubscribe", "<https://stellenradar.example.de/abmelden?u=tkm-5521>, "
                                 "<mailto:abmelden@stellenradar.example.de?subject=tkm-5521>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        "text": _stellenradar_text,
        "html": newsletter_html("StellenRadar – 4 neue Treffer",
                             "Ihr Suchauftrag „Produktionsplanung Lebensmittel, 50 km um "
                             "München“ hat neue Stellen gefunden.",
                             _stellenradar_items,
                             "<a href=\"https://stellenradar.example.de/abmelden?u=tkm-5521\">"
                             "Abmelden</a> · StellenRadar · Lindwurmstraße 88 · 80337 München",
                             "#1d4e89"),
    },
    {
        "kind": OTHER, "name": "backwelt_newsletter_about_rejections", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Backwelt Karriere", "newsletter@backwelt.example.de"),
        "reply_to": ("Backwelt Redaktion", "redaktion@backwelt.example.de"),
        "subject": "Absagen verstehen – und was Meister in der Planung verdienen",
        "date": "2026-05-06 07:00 +0200",
        "headers": [
            ("List-Id", "Backwelt Karriere-Newsletter <karriere.backwelt.example.de>"),
            ("List-Unsubscribe", "<https://backwelt.example.de/newsletter/abmelden>"),
            ("Precedence", "bulk"),
        ],
        "text": _backwelt_text,
        "html": True,
    },
    {
        "kind": OTHER, "name": "karrierebrief_article_html_only_cp1252", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Karrierebrief", "info@karrierebrief.example.de"),
        "subject": "So meistern Sie das Vorstellungsgespräch in der Lebensmittelindustrie",
        "date": "2026-03-12 12:00 +0100",
        "headers": [
            ("List-Unsubscribe", "<https://karrierebrief.example.de/abmelden?id=55120>"),
            ("Precedence", "bulk"),
        ],
        "html": _karrierebrief_html, "html_charset": "windows-1252", "html_cte": "quoted-printable",
    },
    {
        "kind": OTHER, "name": "podcast_teig_und_takt_interview_request", "lang": "de",
        "company": "", "contact": "miriam@teigundtakt.example.de",
        "sender": ("Miriam Saller", "miriam@teigundtakt.example.de"),
        "subject": "Interview-Anfrage für den Podcast „Teig & Takt“",
        "date": "2026-04-22 10:12 +0200",
        "text": """Hallo Herr Kranz-Mwangi,

ich mache den Podcast „Teig & Takt“, in dem es um Menschen im Lebensmittelhandwerk geht. Ein Kollege aus der Innung hat mir erzählt, dass Sie als Bäckermeister mit kenianischen Wurzeln Sauerteigrezepte aus Mombasa und Oberbayern verbinden – das fänden unsere Hörerinnen und Hörer bestimmt spannend.

Hätten Sie Lust auf ein Interview von etwa 40 Minuten? Wir nehmen in einem kleinen Studio in Giesing auf, gerne an einem Vormittag Ihrer Wahl im Mai. Honorar können wir leider keins zahlen, aber es gibt Brezn.

Viele Grüße
Miriam Saller
Teig & Takt – der Podcast übers Backen, Brauen und Käsen
""",
    },
    {
        "kind": OTHER, "name": "lokalblatt_press_interview", "lang": "de",
        "company": "", "contact": "f.brandl@muenchner-lokalblatt.example.de",
        "sender": ("Felix Brandl", "f.brandl@muenchner-lokalblatt.example.de"),
        "subject": "Anfrage: Gespräch für unsere Serie „Münchner Handwerk“",
        "date": "2026-06-16 14:40 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

für unsere Sommerserie „Münchner Handwerk“ porträtieren wir Menschen, die nachts arbeiten, damit die Stadt morgens frühstücken kann. Die Bäckerei Obermaier hat uns an Sie verwiesen.

Wäre ein Interview mit Ihnen möglich, gerne in der Backstube während einer Nachtschicht? Unser Fotograf würde dabei ein paar Bilder machen. Das Gespräch dauert etwa eine Stunde; Sie bekommen die Zitate vor Veröffentlichung zur Freigabe.

Mit freundlichen Grüßen
Felix Brandl
Redakteur Lokales
Münchner Lokalblatt · Paul-Heyse-Straße 4 · 80336 München
Tel. 089 555 190-44
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "paketblitz_delayed_leider", "lang": "de",
        "company": "", "contact": "",
        "sender": ("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
        "subject": "Ihre Sendung verzögert sich leider",
        "date": "2026-02-25 16:05 +0100",
        "text": """Hallo Tobias Kranz-Mwangi,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4344 5521 0987 (Absender: Bäckereibedarf Huber). Grund: witterungsbedingte Verzögerungen im Verteilzentrum Aschheim.

Neuer voraussichtlicher Zustelltermin: Freitag, 27.02.2026, zwischen 10:00 und 14:00 Uhr.

Sie können Ihre Sendung jederzeit verfolgen oder einen anderen Ablageort wählen:
https://paketblitz.example.de/verfolgen/003404344552109870

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "friend_bene_own_rejection_bavarian", "lang": "de",
        "company": "", "contact": "bene.huber84@example.de",
        "sender": ("Benedikt Huber", "bene.huber84@example.de"),
        "subject": "Absage von der Brauerei :-(",
        "date": "2026-02-27 22:48 +0100",
        "text": _friend_bene,
    },
    {
        "kind": OTHER, "name": "own_thanks_alpenhof", "lang": "de",
        "company": "", "contact": "",
        "message_id": "<thanks-alpenhof.0415@example.de>",
        "sender": ME,
        "to": [("Verena Hofstätter", "verena.hofstaetter@alpenhof-molkerei.example.at")],
        "to_enc": ("utf-8", "Q"),
        "subject": "Danke für das Gespräch – Schichtleitung Produktionsplanung",
        "date": "2026-04-15 19:12 +0200",
        "text": _alpenhof_thanks,
    },
    {
        "kind": OTHER, "name": "own_application_lechfeld_cv_pdf", "lang": "de",
        "company": "", "contact": "",
        "message_id": "<bewerbung.lechfeld.0803@example.de>",
        "sender": ME,
        "to": [("Georg Wiedemann", "georg@backhaus-lechfeld.example.de")],
        "subject": "Bewerbung als Produktionsleiter Backstube",
        "date": "2026-08-03 21:17 +0200",
        "text": _lechfeld_application,
        "pdfs": [("Lebenslauf_Tobias_Kranz-Mwangi.pdf", _cv_lines)],
    },
    {
        "kind": OTHER, "name": "own_followup_allgaeublick", "lang": "de",
        "company": "", "contact": "",
        "message_id": "<nachfrage.allgaeu.0413@example.de>",
        "sender": ME,
        "to": [("Hubert Zettl", "hubert.zettl@allgaeublick.example.de")],
        "subject": "Nachfrage: Leitung Produktionsplanung",
        "date": "2026-04-13 08:02 +0200",
        "text": """Sehr geehrter Herr Zettl,

nach unserem Vorstellungsgespräch vor drei Wochen wollte ich mich kurz nach dem Stand erkundigen. Gibt es schon einen Termin für die zweite Runde?

Viele Grüße
Tobias Kranz-Mwangi
""",
    },
    {
        "kind": OTHER, "name": "own_thanks_brotwerk", "lang": "de",
        "company": "", "contact": "",
        "key": "brotwerk-thanks", "refs": ["brotwerk-invite", "brotwerk-move"],
        "sender": ME,
        "to": [("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de")],
        "cc": [("Ludwig Hainz", "l.hainz@brotwerk-isartal.example.de")],
        "subject": "Vielen Dank für das Gespräch heute",
        "date": "2026-02-20 19:40 +0100",
        "text": """Sehr geehrte Frau Reithmeier, sehr geehrter Herr Hainz,

herzlichen Dank für das offene Gespräch heute Nachmittag und den Rundgang an der Teiglinie 2. Die Frage, wie man Rüstzeiten zwischen Roggen- und Weizenteigen einplant, beschäftigt mich seitdem – ich hätte schon ein paar Ideen.

Ich würde mich sehr freuen, bald von Ihnen zu hören.

Mit freundlichen Grüßen
Tobias Kranz-Mwangi
+49 171 555 2846
""",
    },
    {
        "kind": OTHER, "name": "falkner_cold_approach_no_event", "lang": "de",
        "key": "falkner-cold",
        "company": "", "contact": "m.falkner@falkner-search.example.de",
        "sender": ("Dr. Matthias Falkner", "m.falkner@falkner-search.example.de"),
        "subject": "Ihr Profil – vertrauliche Anfrage",
        "date": "2026-01-08 17:22 +0100",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

ich bin Personalberater mit Schwerpunkt Lebensmittelindustrie in Süddeutschland und bin über Ihr Profil im Karrierenetz auf Sie aufmerksam geworden – Meister, Schichtleitung, dazu die Weiterbildung in SAP PP: Diese Kombination ist in unserer Branche gefragt.

Ich betreue derzeit mehrere Mandate im Bereich Produktionsplanung. Falls Sie grundsätzlich offen für einen Wechsel sind, schicken Sie mir gerne Ihren aktuellen Lebenslauf; ich behandle ihn selbstverständlich vertraulich und melde mich nur, wenn wirklich etwas passt.

Mit besten Grüßen
Dr. Matthias Falkner
Managing Partner
Falkner Executive Search · Maximilianstraße 31 · 80539 München
+49 89 555 918 0
""",
    },
    {
        "kind": OTHER, "name": "bank_beratungstermin_baufinanzierung", "lang": "de",
        "company": "", "contact": "c.wimmer@isartalbank.example.de",
        "sender": ("Christina Wimmer | Isartal Bank", "c.wimmer@isartalbank.example.de"),
        "subject": "Bestätigung Ihres Beratungsgesprächs Baufinanzierung",
        "date": "2026-03-05 11:15 +0100",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

hiermit bestätige ich unser Beratungsgespräch zur Baufinanzierung am Mittwoch, 11. März 2026, um 17:30 Uhr in unserer Filiale am Harras.

Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen sowie eine Übersicht Ihrer offenen Positionen (z. B. Ratenkredite) mit. Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Christina Wimmer
Baufinanzierungsberaterin
Isartal Bank eG · Filiale Harras · Albert-Roßhaupter-Straße 2 · 81369 München
Tel. 089 555 662-41

Isartal Bank eG · Sitz München · Genossenschaftsregister GnR 5521 · Vorstand: Dr. K. Lang, M. Ortner
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "landlord_flat_already_taken", "lang": "de",
        "company": "", "contact": "hausverwaltung.seidl@example.de",
        "sender": ("Hausverwaltung Seidl", "hausverwaltung.seidl@example.de"),
        "subject": "Wohnung Augsburg-Pfersee, 3 Zimmer – Ihre Anfrage",
        "date": "2026-05-14 18:30 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Augsburger Straße und dafür, dass Sie zur Besichtigung am Samstag gekommen sind.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Interessenten entschieden haben. Die Wohnung ist damit vergeben.

Gerne nehmen wir Sie in unsere Interessentenliste für künftige Angebote auf.

Mit freundlichen Grüßen
Hausverwaltung Seidl
Stadtberger Straße 18, 86157 Augsburg
""",
    },
    {
        "kind": OTHER, "name": "school_elternsprechtag_slot", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Grundschule an der Implerstraße", "sekretariat-noreply@gs-implerstrasse.example.de"),
        "subject": "Elternsprechtag: Ihr Gesprächstermin bei Frau Öztürk",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-23 12:45 +0100",
        "text": """Liebe Eltern von Amani Kranz-Mwangi (Klasse 3b),

Ihr Gesprächstermin zum Elternsprechtag ist gebucht:

Donnerstag, 26. März 2026, 16:40 – 16:50 Uhr
Klassenzimmer 3b, 1. Stock, bei Frau Öztürk

Bitte seien Sie pünktlich, da die Termine eng getaktet sind. Falls Sie verhindert sind, stornieren Sie den Termin bitte über das Elternportal, damit andere Familien nachrücken können.

Mit freundlichen Grüßen
Das Sekretariat der Grundschule an der Implerstraße

Diese E-Mail wurde automatisch versendet.
""",
    },
    {
        "kind": OTHER, "name": "dentist_termin_verschoben", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Zahnarztpraxis Dr. Reindl", "termine-noreply@praxis-reindl.example.de"),
        "subject": "Ihr Termin wurde verschoben",
        "date": "2026-06-03 07:50 +0200",
        "text": """Guten Tag Herr Kranz-Mwangi,

aufgrund einer Erkrankung in unserem Team mussten wir Ihren Termin zur professionellen Zahnreinigung verschieben.

Alter Termin: Montag, 08.06.2026, 07:30 Uhr
Neuer Termin: Mittwoch, 10.06.2026, 07:30 Uhr

Falls Ihnen der neue Termin nicht passt, können Sie ihn online ändern: https://praxis-reindl.example.de/termin

Ihre Zahnarztpraxis Dr. Reindl
Lindwurmstraße 140 · 80337 München · 089 555 771 0
""",
    },
    {
        "kind": OTHER, "name": "ooo_swiss_corinne_auto_reply", "lang": "de",
        "company": "", "contact": "corinne.frei@limmatkorn.example.ch",
        "sender": ("Corinne Frei", "corinne.frei@limmatkorn.example.ch"),
        "subject": "Automatische Antwort: Gespräch Leiter Produktionsplanung",
        "date": "2026-04-20 08:01 +0200",
        "headers": [
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        "refs": ["<rueckfrage.limmat.0420@example.de>"],
        "text": """Grüezi

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 24. April, in den Ferien und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an empfang@limmatkorn.example.ch oder +41 44 555 61 00. Ihre Nachricht wird nicht weitergeleitet.

Freundliche Grüsse
Corinne Frei
""",
    },
    {
        "kind": OTHER, "name": "karrierenetz_profile_views", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Karrierenetz", "benachrichtigungen@karrierenetz.example.de"),
        "subject": "Tobias, 3 Personen haben Ihr Profil angesehen",
        "date": "2026-04-27 09:10 +0200",
        "headers": [
            ("List-Unsubscribe", "<https://karrierenetz.example.de/einstellungen/benachrichtigungen>"),
        ],
        "text": """Hallo Tobias,

diese Woche haben 3 Personen Ihr Profil angesehen, darunter eine Person aus dem Bereich Personal bei einem Unternehmen der Lebensmittelindustrie.

Außerdem passen 5 neue Stellenangebote zu Ihrem Profil, z. B. „Produktionsplaner (m/w/d)“ in Stuttgart und „Schichtleitung Molkerei“ in Salzburg.

Jetzt ansehen: https://karrierenetz.example.de/profil/besucher

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen aktiviert haben.
Karrierenetz · Balanstraße 73 · 81541 München
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "technikerschule_no_place", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Fachschule für Lebensmitteltechnik Weihenstephan-Süd",
                "zulassung-noreply@fs-lebensmitteltechnik.example.de"),
        "subject": "Ihre Bewerbung um einen Schulplatz: Techniker Lebensmitteltechnik 2026/27",
        "date": "2026-07-09 10:00 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

vielen Dank für Ihre Bewerbung um einen Schulplatz in der Fachrichtung Lebensmitteltechnik (Vollzeit) zum Schuljahr 2026/27.

Leider können wir Ihnen keinen Platz anbieten: Für 32 Plätze lagen uns 118 Bewerbungen vor, und die Vergabe erfolgte nach der Note der Meisterprüfung und der Wartezeit. Sie wurden auf Platz 14 der Nachrückliste gesetzt. Sollte ein Platz frei werden, melden wir uns bis spätestens 4. September.

Mit freundlichen Grüßen
Sekretariat – Zulassung
Fachschule für Lebensmitteltechnik Weihenstephan-Süd
""",
    },
    {
        "kind": OTHER, "name": "kammer_bewerbungsworkshop_invite", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Kammer für Handwerk Isar – Weiterbildung", "weiterbildung@kammer-isar.example.de"),
        "subject": "Einladung: Workshop „Vom Handwerk in die Industrie – Bewerbung und Vorstellungsgespräch“",
        "date": "2026-05-19 13:00 +0200",
        "headers": [("List-Unsubscribe", "<mailto:abmelden@kammer-isar.example.de>")],
        "text": """Sehr geehrte Meisterinnen und Meister,

wechseln Sie ins Management eines Industriebetriebs? Unser eintägiger Workshop bereitet Sie auf Bewerbung und Vorstellungsgespräch vor: Lebenslauf für die Industrie, typische Fragen, Gehaltsverhandlung und ein Probeinterview vor der Kamera.

Termin: Samstag, 20. Juni 2026, 9:00 – 16:30 Uhr
Ort: Bildungszentrum der Kammer, Raum 204
Teilnahmegebühr: 95 Euro für Mitglieder

Anmeldung bis 10. Juni unter https://kammer-isar.example.de/workshops/industrie

Mit freundlichen Grüßen
Ihr Team Weiterbildung
Kammer für Handwerk Isar
""",
    },
    {
        "kind": OTHER, "name": "gym_probetraining_abgesagt_warteliste", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Kraftwerk Boulder & Fitness", "noreply@kraftwerk-bouldern.example.de"),
        "subject": "Kursabsage: Rücken fit am Donnerstag – Ihre Position auf der Warteliste",
        "date": "2026-01-29 15:33 +0100",
        "text": """Hallo Tobias,

leider müssen wir den Kurs „Rücken fit“ am Donnerstag, 29.01., um 19:00 Uhr absagen, da unsere Trainerin erkrankt ist. Dein Kursguthaben wurde automatisch zurückgebucht.

Für den Kurs am 05.02. bist du auf der Warteliste auf Position 3. Wir benachrichtigen dich, sobald ein Platz frei wird.

Sportliche Grüße
Dein Kraftwerk-Team
""",
    },
    {
        "kind": OTHER, "name": "innung_mailing_list_stellenboerse", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Franziska Lindner via innung-mitglieder",
                "innung-mitglieder@lists.baecker-innung-ml.example.de"),
        "reply_to": ("innung-mitglieder", "innung-mitglieder@lists.baecker-innung-ml.example.de"),
        "subject": "[innung-mitglieder] Stellenbörse April und Termine",
        "date": "2026-04-24 20:15 +0200",
        "headers": [
            ("List-Id", "Mitglieder der Baecker-Innung <innung-mitglieder.lists.baecker-innung-ml.example.de>"),
            ("List-Post", "<mailto:innung-mitglieder@lists.baecker-innung-ml.example.de>"),
            ("List-Unsubscribe", "<https://lists.baecker-innung-ml.example.de/mailman/options/innung-mitglieder>"),
            ("Precedence", "list"),
        ],
        "text": _innung_text,
    },
    {
        "kind": OTHER, "name": "gehaltsvergleich_newsletter", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Gehaltsspiegel Food", "news@gehaltsspiegel-food.example.de"),
        "subject": "Was verdienen Produktionsplaner 2026? Neue Zahlen aus 1.200 Angaben",
        "date": "2026-08-11 06:00 +0200",
        "headers": [
            ("List-Unsubscribe", "<https://gehaltsspiegel-food.example.de/abmelden>"),
            ("Precedence", "bulk"),
        ],
        "text": """Gehaltsspiegel Food · August 2026

Produktionsplanung in der Lebensmittelindustrie: Median 54.800 Euro brutto im Jahr (Süddeutschland), Österreich 49.300 Euro, Schweiz 92.000 Franken.

Was die Zahlen außerdem zeigen:
- Meister verdienen beim Wechsel in die Planung im Schnitt 18 % mehr als in der Schichtleitung.
- Wer im Vorstellungsgespräch eine konkrete Zahl nennt, landet häufiger über dem Median.
- Wegen Absagen im ersten Anlauf gibt kaum jemand auf: 71 % wechseln innerhalb eines Jahres trotzdem.

Alle Zahlen: https://gehaltsspiegel-food.example.de/report-2026

Abmelden: https://gehaltsspiegel-food.example.de/abmelden
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "friend_forwards_job_ad_rfc822", "lang": "de",
        "company": "", "contact": "kathi.obermaier@example.de",
        "sender": ("Kathi Obermaier", "kathi.obermaier@example.de"),
        "subject": "WG: Stellenanzeige Produktionsplaner Augsburg",
        "date": "2026-07-28 13:05 +0200",
        "text": """Hi Tobi,

das hat mir meine Schwägerin weitergeleitet, schau mal, das wär doch was für dich! Die Anzeige hängt unten dran.

LG Kathi
""",
        "rfc822": {
            "sender": ("Backhaus Lechfeld", "karriere@backhaus-lechfeld.example.de"),
            "to": ("Verteiler Jobbörse", "jobboerse@lechfeld-kurier.example.de"),
            "subject": "Stellenanzeige Produktionsplaner Augsburg",
            "date": "2026-07-24 09:00 +0200",
            "message_id": "<anzeige.lechfeld.0724@backhaus-lechfeld.example.de>",
            "text": _forward_inner,
        },
    },
    {
        "kind": OTHER, "name": "current_boss_jahresgespraech", "lang": "de",
        "company": "", "contact": "martin@baeckerei-obermaier.example.de",
        "sender": ("Martin Obermaier", "martin@baeckerei-obermaier.example.de"),
        "subject": "Jahresgespräch",
        "date": "2026-01-21 14:10 +0100",
        "text": """Servus Tobias,

es ist wieder so weit: Ich würd gern unser Jahresgespräch machen. Passt dir Mittwoch, 28. Januar, um 13 Uhr nach deiner Schicht, im Büro oben?

Wir reden über das letzte Jahr, die neue Ofenlinie und wie's mit der Nachtschicht weitergeht. Wenn du Themen hast, bring sie mit.

Gruß
Martin
Bäckerei Obermaier · Implerstraße 30 · 81371 München
""",
    },
    {
        "kind": OTHER, "name": "kita_place_refused", "lang": "de",
        "company": "", "contact": "",
        "sender": ("Kita-Platzvergabe München", "kita-finder-noreply@muenchen-kita.example.de"),
        "subject": "Ihre Vormerkung im Kita-Finder: leider keine Zusage",
        "date": "2026-03-31 09:00 +0200",
        "text": """Sehr geehrte Familie Kranz-Mwangi,

für Ihr Kind Jamal Kranz-Mwangi wurde für das Kita-Jahr 2026/27 in den von Ihnen gewählten Einrichtungen leider kein Platz vergeben.

Ihre Vormerkung bleibt bestehen; bei frei werdenden Plätzen werden Sie automatisch berücksichtigt. Eine Beratung erhalten Sie im Beratungszentrum Kita, Telefon 089 555 233 00.

Mit freundlichen Grüßen
Ihr Team Kita-Platzvergabe

Diese Nachricht wurde automatisch erstellt.
""",
    },
    # ================================================================== English
    {
        "kind": OTHER, "name": "rezeptly_user_research_interview", "lang": "en",
        "company": "", "contact": "research@rezeptly.example.com",
        "sender": ("Hannah from Rezeptly", "research@rezeptly.example.com"),
        "subject": "Would you join a 30-minute user interview? (EUR 40 voucher)",
        "date": "2026-02-18 15:00 +0100",
        "text": """Hi Tobias,

You've been using Rezeptly to scale your recipes for a few months now - thank you! We're redesigning our batch-scaling tool for professional bakers and would love to hear how you use it.

Would you be up for a 30-minute user interview over video? No preparation needed; we'll just ask you to walk us through how you plan a bake. As a thank-you, you'll get a EUR 40 voucher.

Book a slot that suits you: https://rezeptly.example.com/research/book?u=tkm

Cheers,
Hannah
User Research, Rezeptly
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "bike_tracker_position_unavailable", "lang": "en",
        "company": "", "contact": "",
        "sender": ("TrackMyRide", "no-reply@trackmyride.example.com"),
        "subject": "We couldn't determine your bike's position",
        "date": "2026-06-20 05:12 +0200",
        "text": """Hi Tobias,

Your tracker "Cargo bike" hasn't reported a GPS position for 6 hours. The last known position was Implerstraße, München, at 23:04 yesterday.

This usually means the battery is low or the bike is parked underground. If you think your bike has been moved without your permission, open the app and switch on theft mode.

Your TrackMyRide team
""",
    },
    {
        "kind": OTHER, "name": "friend_orla_her_own_rejection", "lang": "en",
        "company": "", "contact": "orla.nic.giolla@example.ie",
        "sender": ("Orla Nic Giolla", "orla.nic.giolla@example.ie"),
        "subject": "well that's that",
        "date": "2026-05-06 13:27 +0100",
        "text": _orla_text,
    },
    {
        "kind": OTHER, "name": "own_reschedule_request_greenfield", "lang": "en",
        "company": "", "contact": "",
        "key": "own-greenfield-move", "refs": ["greenfield-screen"],
        "sender": ME,
        "to": [("Ger Fitzpatrick", "ger.fitzpatrick@greenfielddairies.example.ie")],
        "subject": "Re: Production Scheduler role - quick phone screen?",
        "date": "2026-04-03 06:40 +0200",
        "text": reply(
            """Hi Ger,

Thanks so much for getting in touch! Thursday 9 April works for me, but could we do 11:00 Irish time rather than the afternoon? I'm on the early shift that week and only free in the morning. My number is +49 171 555 2846.

Best regards,
Tobias
""",
            "en", "Thu, 2 Apr 2026 at 16:44", "Ger Fitzpatrick",
            "ger.fitzpatrick@greenfielddairies.example.ie",
            """Hi Tobias,

Would you have 20 minutes for a quick phone screen on Thursday 9 April? Anytime between 10:00 and 16:00 Irish time suits me.

Thanks,
Ger"""),
    },
    {
        "kind": OTHER, "name": "quay_talent_cold_approach", "lang": "en",
        "company": "", "contact": "rory@quaytalent.example.ie",
        "sender": ("Rory Dunne", "rory@quaytalent.example.ie"),
        "subject": "Food ops roles in Dublin - open to a conversation at some point?",
        "date": "2026-05-21 10:48 +0100",
        "text": """Hi Tobias,

I came across your profile on Karrierenetz and noticed you've been looking at planning roles in Dublin. I run a small search firm focused on food and drink manufacturing in Ireland.

Nothing specific to put in front of you right now, but I regularly get briefs for production planners who understand the floor. If you'd like to be on my radar, feel free to send your CV - no obligation.

Best,
Rory Dunne
Director, Quay Talent | 21 Sir John Rogerson's Quay, Dublin 2
""",
    },
    {
        "kind": OTHER, "name": "ooo_megan_annual_leave", "lang": "en",
        "company": "", "contact": "megan.walsh@tempostaff.example.ie",
        "sender": ("Megan Walsh", "megan.walsh@tempostaff.example.ie"),
        "subject": "Automatic reply: Harbour Foods - feedback",
        "date": "2026-08-10 09:02 +0100",
        "headers": [
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
        ],
        "refs": ["<tkm.harbour.0810@example.de>"],
        "text": """Thanks for your email. I'm on annual leave until Monday 17 August with limited access to email.

For anything urgent about interviews or assignments, please contact my colleague Sean Byrne at sean.byrne@tempostaff.example.ie or call the office on +353 1 555 3390.

Megan
""",
    },
    {
        "kind": OTHER, "name": "prolink_search_appearances", "lang": "en",
        "company": "", "contact": "",
        "sender": ("ProLink", "notifications@prolink.example.com"),
        "subject": "You appeared in 14 searches this week",
        "date": "2026-06-29 08:00 +0000",
        "headers": [("List-Unsubscribe", "<https://prolink.example.com/settings/email>")],
        "text": """Tobias, you appeared in 14 searches this week.

Searchers came from: Food & Beverage Manufacturing, Staffing and Recruiting, Retail.
Top search terms: production planner, bakery manager, shift lead.

See who's looking: https://prolink.example.com/me/search-appearances

Jobs you may be interested in:
- Production Planner - Snackwise, Dublin
- Operations Coordinator - NordBake Group, Zürich

Unsubscribe: https://prolink.example.com/settings/email
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "shift_planner_career_newsletter", "lang": "en",
        "company": "", "contact": "",
        "sender": ("The Shift Planner", "hello@theshiftplanner.example.com"),
        "subject": "Issue #23: questions to ask at interview, and surviving a final-round no",
        "date": "2026-06-04 07:30 +0100",
        "headers": [
            ("List-Id", "The Shift Planner <newsletter.theshiftplanner.example.com>"),
            ("List-Unsubscribe", "<https://theshiftplanner.example.com/unsubscribe?e=tkm>"),
            ("Precedence", "bulk"),
        ],
        "text": """The Shift Planner - Issue #23

Hi there,

This week: the questions that make interviewers sit up, and how to handle a rejection after the final round without losing momentum.

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in _shift_planner_items) + """

See you next Thursday,
Dee

Unsubscribe: https://theshiftplanner.example.com/unsubscribe?e=tkm
""",
        "html": newsletter_html("The Shift Planner · Issue #23",
                             "This week: the questions that make interviewers sit up, and how "
                             "to handle a rejection after the final round.",
                             _shift_planner_items,
                             "<a href=\"https://theshiftplanner.example.com/unsubscribe?e=tkm\">"
                             "Unsubscribe</a>",
                             "#6b4226"),
    },
    {
        "kind": OTHER, "name": "webinar_lean_scheduling_invite", "lang": "en",
        "company": "", "contact": "",
        "sender": ("FoodOps Academy", "events@foodops-academy.example.com"),
        "subject": "You're invited: Lean scheduling for bakeries (free webinar, 17 March)",
        "date": "2026-03-03 16:00 +0000",
        "headers": [("List-Unsubscribe", "<https://foodops-academy.example.com/unsubscribe>")],
        "text": """Hello Tobias,

Join us for a free 60-minute webinar on lean production scheduling for industrial bakeries.

Tuesday 17 March 2026, 16:00 CET
Speakers: planning leads from two European bakery groups
Topics: sequencing doughs to cut changeovers, buffer sizing, and what to show in an interview if you're moving into planning.

Register: https://foodops-academy.example.com/webinars/lean-bakery

FoodOps Academy
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "workplacetalk_reviews_digest", "lang": "en",
        "company": "", "contact": "",
        "sender": ("WorkPlaceTalk", "digest@workplacetalk.example.com"),
        "subject": "New interview reviews for companies you follow",
        "date": "2026-04-16 12:00 +0000",
        "headers": [("List-Unsubscribe", "<https://workplacetalk.example.com/unsubscribe>")],
        "text": """Hi Tobias,

New reviews for companies you follow:

Greenfield Dairies - Interview review (Production Scheduler)
"Phone screen, then an on-site with the plant manager. Friendly, but the process took six weeks and I was rejected by a generic email." Difficulty 3/5.

Liffey Bakehouse - Interview review (Shift Supervisor)
"Two rounds on Teams. They asked a lot about forecasting. Got an offer after 10 days." Difficulty 2/5.

Read all reviews: https://workplacetalk.example.com/following

Unsubscribe: https://workplacetalk.example.com/unsubscribe
""",
    },
    {
        "kind": OTHER, "name": "tempostaff_hot_jobs_newsletter", "lang": "en",
        "company": "", "contact": "",
        "sender": ("TempoStaff Recruitment", "newsletter@tempostaff.example.ie"),
        "subject": "This week's hot jobs in food manufacturing",
        "date": "2026-09-10 08:00 +0100",
        "headers": [
            ("List-Id", "TempoStaff Hot Jobs <hotjobs.tempostaff.example.ie>"),
            ("List-Unsubscribe", "<https://tempostaff.example.ie/unsubscribe?c=tkm>, "
                                 "<mailto:unsubscribe@tempostaff.example.ie>"),
            ("Precedence", "bulk"),
        ],
        "text": """TempoStaff Hot Jobs - food manufacturing, Dublin and beyond

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in _hotjobs_items) + """

Had an interview through us lately? Tell us how it went: https://tempostaff.example.ie/feedback

Unsubscribe: https://tempostaff.example.ie/unsubscribe?c=tkm
TempoStaff Recruitment Ltd, 14 Capel Street, Dublin 1
""",
        "html": newsletter_html("TempoStaff Hot Jobs", "Food manufacturing roles this week.",
                             _hotjobs_items,
                             "<a href=\"https://tempostaff.example.ie/unsubscribe?c=tkm\">"
                             "Unsubscribe</a> · TempoStaff Recruitment Ltd, 14 Capel Street, "
                             "Dublin 1",
                             "#005f73"),
    },
    {
        "kind": OTHER, "name": "parcelpoint_delayed_unfortunately", "lang": "en",
        "company": "", "contact": "",
        "sender": ("ParcelPoint", "updates@parcelpoint.example.ie"),
        "subject": "Unfortunately, your parcel is running late",
        "date": "2026-05-26 14:18 +0100",
        "text": """Hi Tobias,

Unfortunately your parcel PP-IE-7730194 is delayed due to high volumes at our Dublin hub. We now expect to deliver it on Thursday 28 May.

Track it: https://parcelpoint.example.ie/t/PP-IE-7730194

Sorry for the wait,
ParcelPoint
""",
    },
    {
        "kind": OTHER, "name": "meetup_foodtech_rsvp", "lang": "en",
        "company": "", "contact": "",
        "sender": ("Meetup Notifications", "info@meetup-events.example.com"),
        "subject": "You're going to Food-Tech Munich: Planning the bakery of 2030",
        "date": "2026-02-09 18:22 +0100",
        "text": """You're going!

Food-Tech Munich #31: Planning the bakery of 2030
Thursday, 26 February 2026, 19:00
Werksviertel, Atelierstraße 10, München

Three short talks, then drinks. One of the speakers will share what hiring managers look for when they interview people moving from craft bakeries into planning.

See event: https://meetup-events.example.com/foodtech-munich/31
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "helvetic_search_cold_approach_english", "lang": "en",
        "company": "", "contact": "s.rossi@helvetic-search.example.ch",
        "sender": ("Sara Rossi", "s.rossi@helvetic-search.example.ch"),
        "subject": "Your background - planning roles in Switzerland",
        "date": "2026-08-04 11:30 +0200",
        "text": """Dear Tobias,

I lead the food and beverage practice at Helvetic Search Partners in Zürich. A former colleague of yours mentioned you might be open to planning roles in Switzerland.

I have no specific vacancy to discuss at this moment, but I would be happy to add you to our network so I can think of you for upcoming mandates. If that sounds useful, simply reply with your CV and your salary expectations in CHF.

Kind regards,
Sara Rossi
Partner, Helvetic Search Partners
Bahnhofstrasse 52, 8001 Zürich | +41 44 555 31 80
""",
    },
    # ================================================================== French
    {
        "kind": OTHER, "name": "alertes_emploi_grand_est_digest", "lang": "fr",
        "company": "", "contact": "",
        "sender": ("Alertes Emploi Grand Est", "alertes@alertes-emploi-grandest.example.fr"),
        "subject": "3 nouvelles offres pour « planification production Strasbourg »",
        "date": "2026-06-01 07:15 +0200",
        "headers": [
            ("List-Id", "Alertes Emploi Grand Est <alertes.alertes-emploi-grandest.example.fr>"),
            ("List-Unsubscribe", "<https://alertes-emploi-grandest.example.fr/desabonnement?a=9912>"),
            ("Precedence", "bulk"),
        ],
        "text": """Bonjour,

Voici les nouvelles offres correspondant à votre alerte « planification production Strasbourg » :

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in _alertes_items) + """

Se désabonner : https://alertes-emploi-grandest.example.fr/desabonnement?a=9912
""",
        "html": newsletter_html("Alertes Emploi Grand Est",
                             "Les nouvelles offres pour votre alerte « planification production "
                             "Strasbourg ».",
                             _alertes_items,
                             "<a href=\"https://alertes-emploi-grandest.example.fr/desabonnement"
                             "?a=9912\">Se désabonner</a>",
                             "#9b2226"),
    },
    {
        "kind": OTHER, "name": "banque_rendez_vous_conseiller", "lang": "fr",
        "company": "", "contact": "",
        "sender": ("Banque Rhénane", "ne-pas-repondre@banque-rhenane.example.fr"),
        "subject": "Votre rendez-vous avec votre conseiller est confirmé",
        "date": "2026-07-22 10:05 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Nous vous confirmons votre rendez-vous pour l'ouverture de votre compte courant :

Mardi 28 juillet 2026 à 17h15
Agence Strasbourg Gare - 4 place de la Gare, 67000 Strasbourg
Avec : M. Thomas Ehrhart, conseiller clientèle

Pensez à apporter une pièce d'identité, un justificatif de domicile et, si vous en disposez, votre promesse d'embauche ou votre contrat de travail.

En cas d'empêchement, vous pouvez annuler ce rendez-vous depuis votre espace client.

Banque Rhénane
""",
    },
    {
        "kind": OTHER, "name": "saveurs_alsace_press_interview", "lang": "fr",
        "company": "", "contact": "lea.roth@saveurs-alsace.example.fr",
        "sender": ("Léa Roth", "lea.roth@saveurs-alsace.example.fr"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Demande d'interview - magazine Saveurs d'Alsace",
        "date": "2026-08-17 15:20 +0200",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Je suis journaliste au magazine Saveurs d'Alsace. Nous préparons un dossier sur les boulangers venus d'autres régions d'Europe qui s'installent en Alsace, et votre parcours de Munich à Strasbourg nous intéresse beaucoup.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou autour d'un café à Strasbourg, d'ici la fin du mois ?

Bien cordialement,
Léa Roth
Journaliste - Saveurs d'Alsace
06 55 41 20 88
""",
    },
    {
        "kind": OTHER, "name": "ooo_camille_conges", "lang": "fr",
        "company": "", "contact": "camille.stoffel@brasserie-ill.example.fr",
        "sender": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr"),
        "subject": "Réponse automatique : Entretien planificateur de production",
        "date": "2026-08-03 09:14 +0200",
        "headers": [("Auto-Submitted", "auto-replied")],
        "refs": ["<tkm.ill.0803@example.de>"],
        "text": """Bonjour,

Je suis en congés jusqu'au 21 août inclus. Votre message ne sera pas transféré.

Pour toute question urgente concernant un recrutement, merci de contacter le service RH au 03 88 55 51 00.

Cordialement,
Camille Stoffel
""",
    },
    {
        "kind": OTHER, "name": "own_merci_brasserie_ill", "lang": "fr",
        "company": "", "contact": "",
        "message_id": "<merci.ill.0716@example.de>",
        "refs": ["ill-invite", "ill-cancel"],
        "sender": ME,
        "to": [("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr")],
        "subject": "Merci pour l'entretien",
        "date": "2026-07-16 18:22 +0200",
        "text": _ill_thanks,
    },
    # ================================================================== Spanish
    {
        "kind": OTHER, "name": "ofertasbcn_job_alert", "lang": "es",
        "company": "", "contact": "",
        "sender": ("OfertasBCN", "alertas@ofertasbcn.example.es"),
        "subject": "3 ofertas nuevas para «producción alimentaria Barcelona»",
        "date": "2026-06-08 08:00 +0200",
        "headers": [
            ("List-Id", "Alertas OfertasBCN <alertas.ofertasbcn.example.es>"),
            ("List-Unsubscribe", "<https://ofertasbcn.example.es/baja?id=3381>"),
            ("Precedence", "bulk"),
        ],
        "text": """Hola Tobias,

Estas son las ofertas nuevas de tu alerta «producción alimentaria Barcelona»:

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in _ofertas_items) + """

Darse de baja: https://ofertasbcn.example.es/baja?id=3381
""",
        "html": newsletter_html("OfertasBCN", "Ofertas nuevas de tu alerta.", _ofertas_items,
                             "<a href=\"https://ofertasbcn.example.es/baja?id=3381\">"
                             "Darse de baja</a>",
                             "#e76f51"),
    },
    {
        "kind": OTHER, "name": "master_admission_refused", "lang": "es",
        "company": "", "contact": "",
        "sender": ("Universitat del Llobregat - Admisiones", "admisiones-noreply@ullobregat.example.es"),
        "subject": "Resolución de admisión: Máster en Ingeniería de Procesos Alimentarios",
        "date": "2026-07-17 12:00 +0200",
        "text": """Estimado Tobias Kranz-Mwangi:

Le comunicamos que la comisión académica del Máster Universitario en Ingeniería de Procesos Alimentarios ha resuelto su solicitud de admisión para el curso 2026-2027.

Lamentamos informarle de que no ha sido admitido, ya que su titulación de acceso (Meister en panadería) no se considera equivalente a un grado universitario a efectos de acceso al máster. Puede presentar un recurso de alzada ante el rector en el plazo de un mes.

Atentamente,
Oficina de Admisiones
Universitat del Llobregat
""",
        "html": True,
    },
    {
        "kind": OTHER, "name": "friend_pau_his_entrevista", "lang": "es",
        "company": "", "contact": "pau.riera@example.es",
        "sender": ("Pau Riera", "pau.riera@example.es"),
        "subject": "¿qué tal lo tuyo?",
        "date": "2026-07-03 21:40 +0200",
        "text": """¡Ey Tobias!

Te cuento: ayer tuve la entrevista en la cervecera de Poblenou, la de la que te hablé. Creo que fue fatal, me preguntaron cosas de Excel que no tenía ni idea. Si me rechazan, al menos me quedo con las cervezas que nos dieron al final, jaja.

¿Y tú qué? ¿Ya te han dicho algo en el obrador? Si vienes a Barcelona en agosto, te quedas en casa, ¿eh?

Abrazo,
Pau
""",
    },
    {
        "kind": OTHER, "name": "landlord_bcn_visita_cancelada", "lang": "es",
        "company": "", "contact": "nuria.pons@finquespons.example.es",
        "sender": ("Núria Pons - Finques Pons", "nuria.pons@finquespons.example.es"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Visita al piso de Gràcia - cancelada",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-30 10:30 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Tobias:

Lamento comunicarte que tenemos que cancelar la visita al piso de la calle Verdi que teníamos el sábado a las 11:00. El propietario ha aceptado esta mañana una oferta de otro interesado y el piso ya no está disponible.

Si quieres, te aviso cuando entren pisos parecidos en Gràcia o en el Eixample.

Saludos,
Núria Pons
Finques Pons - Carrer Gran de Gràcia 140, 08012 Barcelona
""",
    },
    {
        "kind": OTHER, "name": "own_cv_to_talentogastro_pdf", "lang": "es",
        "company": "", "contact": "",
        "message_id": "<cv.talento.0904@example.de>",
        "sender": ME,
        "to": [("Jordi Serra", "jordi.serra@talentogastro.example.es")],
        "subject": "CV actualizado",
        "date": "2026-09-04 20:11 +0200",
        "text": _montjuic_cv,
        "pdfs": [("CV_Tobias_Kranz-Mwangi_ES.pdf", [
            "Tobias Kranz-Mwangi - Curriculum vitae",
            "Maestro panadero (Meister), Múnich - tobias.km@example.de",
            "",
            "desde 2019  Jefe del turno de noche, Bäckerei Obermaier, Múnich",
            "2024        Formación en planificación de la producción y SAP PP",
            "Idiomas: alemán, inglés (C1), francés (B1), español (B1), suajili",
        ])],
    },
    {
        "kind": OTHER, "name": "consejos_preparar_entrevista_article", "lang": "es",
        "company": "", "contact": "",
        "sender": ("Revista Oficios del Pan", "boletin@oficiosdelpan.example.es"),
        "subject": "Cómo preparar una entrevista si vienes del obrador",
        "date": "2026-05-27 09:00 +0200",
        "headers": [
            ("List-Unsubscribe", "<https://oficiosdelpan.example.es/baja>"),
            ("Precedence", "bulk"),
        ],
        "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Oficios del Pan</title></head>
<body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#2b2b2b">
<h1>Cómo preparar una entrevista si vienes del obrador</h1>
<p>Pasar de la mesa de amasado a la oficina de planificación es un salto que cada vez más maestros panaderos se atreven a dar. Hablamos con tres responsables de selección de la industria alimentaria.</p>
<h2>Lleva números</h2>
<p>Cuántas piezas por turno, cuánta merma, cuántas personas a tu cargo: en una entrevista, las cifras hablan por ti.</p>
<h2>Un «no» no es el final</h2>
<p>Muchos candidatos reciben varios rechazos antes de su primera oferta. Pide siempre una valoración después de la entrevista.</p>
<p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en oficiosdelpan.example.es. <a href="https://oficiosdelpan.example.es/baja">Darse de baja</a></p>
</body></html>
""",
    },
    {
        "kind": OTHER, "name": "cita_previa_extranjeria_cancelada", "lang": "es",
        "company": "", "contact": "",
        "sender": ("Cita Previa Extranjería", "no-responder@citaprevia-extranjeria.example.es"),
        "subject": "Anulación de su cita previa - Toma de huellas (TIE)",
        "date": "2026-09-28 08:45 +0200",
        "cte": "base64",
        "text": """Estimado/a Sr./Sra. KRANZ-MWANGI, TOBIAS:

Le informamos de que su cita previa para el trámite «Toma de huellas (expedición de tarjeta) y renovación de tarjeta de larga duración», prevista para el día 05/10/2026 a las 09:20 en la oficina de Rambla Guipúscoa, ha sido anulada por necesidades del servicio.

Puede solicitar una nueva cita en la sede electrónica.

Este es un mensaje automático. No responda a este correo.
""",
    },
]

