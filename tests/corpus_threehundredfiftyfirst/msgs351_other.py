"""`other`: digests, newsletters, press/podcast/user-research interviews, parcels, banks,
landlords, doctors, friends, refused course places, cold approaches, auto-replies and the
candidate's own sent mail."""

from __future__ import annotations

from msgs351_common import CAND, DISCLAIMER_DE, M, Spec, bulk, html_shell, sig

ME = CAND
LEA = ("Lea Brückmann", "lea.brueckmann@example.net")

_jobalert_de = """Guten Morgen Henrike,

hier sind 4 neue Jobs für Ihre Suche "E-Commerce Operations, Leipzig (+50 km)":

1. Teamleitung Fulfillment (m/w/d) – Versandhaus Elster, Leipzig
2. Operations Manager Online-Shop – Bergmann Outdoor, Halle (Saale)
3. Leitung Kundenservice & Retouren – Kaufland der Ideen, Leipzig
4. Omnichannel Manager (m/w/d) – Modehaus Fiedler, Dresden

Karriere-Tipp der Woche: Eine Absage ist kein Urteil über Sie. So bereiten Sie sich nach einer
Absage optimal auf das nächste Vorstellungsgespräch vor – unser Ratgeber zeigt, welche Fragen im
Interview leider immer wieder unterschätzt werden.

Alle Jobs ansehen: https://www.jobkompass.example.de/suche/8812

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
Abmelden: https://www.jobkompass.example.de/abmelden/8812
"""

_weekly_de = """RETAIL KARRIERE WEEKLY – Ausgabe 14/2026

1) Die 7 häufigsten Fehler im Vorstellungsgespräch – und wie Sie sie vermeiden
2) Absage erhalten? Warum "leider" oft nur "noch nicht" heißt
3) Interview mit einer Filialleiterin, die heute ein Fulfillment-Center leitet
4) Gehaltsreport E-Commerce 2026: Was Operations-Rollen wirklich verdienen

Wir wünschen eine erfolgreiche Woche!
Ihre Redaktion von Retail Karriere

Newsletter abbestellen: https://retail-karriere.example.de/nl/abmelden
"""

_alert_en = """Your job alert: "Operations Manager e-commerce" - 6 new results

* E-commerce Operations Lead - Fernway Goods (Berlin, hybrid)
* Fulfilment Manager - Halden & Co (Vienna)
* Marketplace Operations Manager - Quillon Home (Prague)
...and 3 more

Unfortunately, some of the roles you saved have expired. Tip: candidates who send a short
thank-you note within 24 hours after an interview are more likely to hear back - rejection or
not.

See all jobs: https://careerstream.example.com/alerts/ops-7731
Manage alerts or unsubscribe: https://careerstream.example.com/settings/alerts
"""

_alerte_fr = """Vos nouvelles offres – Alerte « Responsable e-commerce Lille »

• Responsable logistique e-commerce – Entrepôts Deûle (Lille)
• Chef de projet omnicanal – Maison Pavé (Roubaix)
• Manager service client – Boutique Nord (Villeneuve-d'Ascq)

Le conseil de la semaine : comment rebondir après un refus ? Et 5 questions pièges en entretien
d'embauche auxquelles il faut se préparer.

Voir toutes les offres : https://www.emploinord.example.fr/alertes/5520
Se désinscrire : https://www.emploinord.example.fr/desinscription
"""

_alerta_es = """Nuevas ofertas para tu alerta «Operaciones e-commerce – Valencia»

- Responsable de Operaciones Online – Horta Market (Valencia)
- Jefa de Almacén E-commerce – Logística Marítima Sur (Sagunto)
- Coordinador/a de Atención al Cliente – Tienda Azahar (Valencia)

Consejo: ¿has recibido un rechazo? Descubre cómo preparar tu próxima entrevista de trabajo y
qué decir cuando te preguntan "¿por qué dejaste tu último empleo?".

Ver todas las ofertas: https://www.empleolevante.example.es/alertas/3391
Darse de baja: https://www.empleolevante.example.es/baja
"""

_friend_invite_inner = {
    "key": "friend_inner_invite", "kind": "other", "lang": "de", "company": "", "contact": "",
    "from": ("Nadine Sommer", "nadine.sommer@kaufhaus-lindenau.example.de"),
    "to": [("Lea Brückmann", "lea.brueckmann@example.net")],
    "subject": "Einladung zum Vorstellungsgespräch – Visual Merchandiser",
    "date": "2026-04-15 09:10 +0200",
    "body": """Sehr geehrte Frau Brückmann,

wir freuen uns, Sie am Montag, 20. April 2026, um 10:00 Uhr zu einem Vorstellungsgespräch in
unser Haus in der Merseburger Straße einladen zu dürfen.

Mit freundlichen Grüßen
Nadine Sommer
Kaufhaus Lindenau
""",
}

SPECS: list[Spec] = [
    # ================================================================ German
    M("jobkompass_alert", "other", "de", "", "", ("JobKompass Jobalarm",
      "jobalarm@jobkompass.example.de"),
      "4 neue Jobs: E-Commerce Operations, Leipzig", "2026-03-02 06:00 +0100", _jobalert_de,
      headers=bulk("<jobalarm.jobkompass.example.de>",
                   "https://www.jobkompass.example.de/abmelden/8812"),
      fmt="alt", html=html_shell(_jobalert_de, brand="JobKompass", color="#0077b6")),
    M("retail_weekly", "other", "de", "", "",
      ("Retail Karriere Weekly", "newsletter@retail-karriere.example.de"),
      "Absage? Interview? So klappt's beim nächsten Mal – Retail Karriere Weekly 14/2026",
      "2026-04-03 07:30 +0200", _weekly_de,
      headers=bulk("Retail Karriere Weekly <weekly.retail-karriere.example.de>",
                   "mailto:unsubscribe@retail-karriere.example.de"),
      fmt="html", html=html_shell(_weekly_de, brand="RETAIL KARRIERE", color="#3a0ca3"),
      subj_enc=("q", "utf-8")),
    M("paket_verzoegert", "other", "de", "", "", ("Paketblitz", "noreply@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung 00340434161094021566", "2026-01-21 15:42 +0100",
      """Hallo Henrike Vasquez-Lindholm,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094021566 wegen des hohen
Paketaufkommens und der Witterung. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltermin: Freitag, 23.01.2026

Ihr Paketblitz-Team
""", fmt="alt", html=html_shell("""Hallo Henrike Vasquez-Lindholm,

leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094021566</b> wegen des hohen
Paketaufkommens und der Witterung. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltermin: <b>Freitag, 23.01.2026</b>

Ihr Paketblitz-Team""", brand="Paketblitz", color="#ffb703")),
    M("bank_depot", "other", "de", "", "", ("Stadtbank Leipzig",
      "service@stadtbank-leipzig.example.de"),
      "Ihre Depotübersicht: Positionen zum 30.06.2026", "2026-07-01 05:12 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

in Ihrem Online-Banking steht die Depotübersicht zum Quartalsende bereit. Sie enthält alle
Positionen Ihres Depots 4471 0923 mit Kurswerten zum 30.06.2026.

Bitte beachten Sie: Wir fordern Sie niemals per E-Mail zur Eingabe von PIN oder TAN auf.

Mit freundlichen Grüßen
Ihre Stadtbank Leipzig
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("q", "iso-8859-1")),
    M("bike_gps", "other", "de", "", "", ("Velotrack", "alerts@velotrack.example.de"),
      "Neue Position Ihres Fahrrads erkannt", "2026-08-29 23:17 +0200",
      """Hallo Henrike,

Ihr Tracker „Stadtrad blau" hat eine Bewegung gemeldet.
Letzte Position: Karl-Heine-Straße 42, 04229 Leipzig (Genauigkeit 8 m), 23:14 Uhr

Falls Sie nicht selbst unterwegs sind, können Sie in der App den Diebstahlmodus aktivieren.

Ihr Velotrack-Team
""", cte="base64"),
    M("landlord_viewing", "other", "de", "", "",
      ("Hausverwaltung Pleißental", "vermietung@pleissental-hv.example.de"),
      "Einladung zur Wohnungsbesichtigung – Gohliser Str. 17, 3. OG",
      "2026-03-25 11:05 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Gohliser Straße 17. Gerne laden wir Sie
zur Besichtigung ein:

Samstag, 28. März 2026, 11:30 Uhr – Treffpunkt vor dem Hauseingang

Bitte bringen Sie eine Selbstauskunft und die letzten drei Gehaltsnachweise mit. Sollten Sie
verhindert sein, sagen Sie bitte kurz ab.

Mit freundlichen Grüßen
Ihre Hausverwaltung Pleißental
""", charset="windows-1252", cte="quoted-printable"),
    M("dentist_moved", "other", "de", "", "",
      ("Zahnarztpraxis Dr. Wendland", "praxis@zahnarzt-wendland.example.de"),
      "Ihr Termin wurde verschoben", "2026-05-27 08:10 +0200",
      """Liebe Frau Vasquez-Lindholm,

leider müssen wir Ihren Termin zur professionellen Zahnreinigung am 2. Juni verschieben, da
unsere Prophylaxe-Assistentin erkrankt ist. Ihr neuer Termin: Dienstag, 9. Juni 2026, 16:20 Uhr.

Sollte Ihnen der Termin nicht passen, rufen Sie uns bitte an: 0341 555 2038.

Ihr Praxisteam Dr. Wendland
"""),
    M("friend_own_rejection", "other", "de", "", "lea.brueckmann@example.net", LEA,
      "Na toll... Absage von Zalvo", "2026-03-12 21:40 +0100",
      """Hey Henni,

stell dir vor, ich hab heute auch die Absage von Zalvo bekommen – genau der gleiche
Textbaustein wie bei dir, "Profile, die den Anforderungen noch genauer entsprechen". Die
schreiben das wahrscheinlich allen.

Sollen wir am Samstag zum Frust-Brunch ins Café Grundmann? Ich lade dich ein.

Lea
"""),
    M("friend_forwards_invite", "other", "de", "", "lea.brueckmann@example.net", LEA,
      "WG: Einladung zum Vorstellungsgespräch – Visual Merchandiser",
      "2026-04-15 12:02 +0200",
      """Henni!! Guck mal, ich hab ein Vorstellungsgespräch bei Kaufhaus Lindenau!!! Kannst du
am Wochenende mal mit mir üben? Du kennst dich doch mit sowas aus.

Lea
""", fwd=_friend_invite_inner),
    M("vhs_course_refused", "other", "de", "", "",
      ("Volkshochschule Leipzig", "anmeldung@vhs-leipzig.example.de"),
      "Kurs 26F-4012 Excel für Fortgeschrittene: kein Platz verfügbar",
      "2026-02-09 10:00 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

leider müssen wir Ihnen mitteilen, dass der Kurs 26F-4012 "Excel für Fortgeschrittene –
Pivot-Tabellen und Power Query" bereits ausgebucht ist. Wir konnten Ihre Anmeldung daher nicht
berücksichtigen und haben Sie auf die Warteliste gesetzt.

Eine Gebühr wurde nicht abgebucht.

Mit freundlichen Grüßen
Ihre Volkshochschule Leipzig
"""),
    M("ihk_course_cancelled", "other", "de", "", "",
      ("IHK-Bildungszentrum", "weiterbildung@ihk-bz.example.de"),
      "Absage Zertifikatslehrgang E-Commerce-Management", "2026-04-28 13:45 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

der Zertifikatslehrgang "E-Commerce-Management (IHK)" mit Beginn am 11. Mai 2026 kann wegen zu
geringer Teilnehmerzahl leider nicht stattfinden. Bereits gezahlte Gebühren erstatten wir
innerhalb von 14 Tagen.

Der nächste Lehrgang startet im September; gern reservieren wir Ihnen einen Platz.

Freundliche Grüße
Ihr IHK-Bildungszentrum
""" + DISCLAIMER_DE, charset="iso-8859-1", cte="8bit"),
    M("radio_interview", "other", "de", "", "m.voigt@radio-pleisse.example.de",
      ("Marlene Voigt", "m.voigt@radio-pleisse.example.de"),
      "Interview-Anfrage: Zukunft der Innenstädte", "2026-06-11 15:25 +0200",
      """Liebe Frau Vasquez-Lindholm,

ich bin Redakteurin bei Radio Pleiße und bereite eine Sendung über die Zukunft des Einzelhandels
in Leipziger Innenstadt vor. Eine Kollegin hat mir erzählt, dass Sie seit Jahren eine Filiale
in der Petersstraße leiten.

Hätten Sie Lust auf ein kurzes Radio-Interview (ca. 10 Minuten, vorab aufgezeichnet)? Wir
würden gern nächste Woche bei Ihnen im Laden aufnehmen.

Herzliche Grüße
Marlene Voigt
Redaktion Wirtschaft | Radio Pleiße
"""),
    M("user_research", "other", "de", "", "",
      ("Frischflitzer Research", "research@frischflitzer.example.de"),
      "Kurzes Nutzerinterview? 30 € Gutschein als Dankeschön", "2026-02-26 17:00 +0100",
      """Hallo Henrike,

du bestellst regelmäßig bei Frischflitzer – danke dafür! Unser UX-Team möchte die App
verbessern und sucht Kundinnen und Kunden für ein 30-minütiges Nutzerinterview per Video.

Als Dankeschön gibt es einen 30-€-Gutschein. Termin buchen:
https://frischflitzer.example.de/research/interview

Dein Frischflitzer UX-Team

Du erhältst diese E-Mail, weil du Kundenumfragen zugestimmt hast. Abmelden im Kundenkonto.
""", headers={"Precedence": "bulk",
              "List-Unsubscribe": "<https://frischflitzer.example.de/u/research>"}),
    M("own_application_gipfelsport", "other", "de", "", "", ME,
      "Bewerbung als Omnichannel Store Operations Lead – Henrike Vasquez-Lindholm",
      "2026-02-15 20:18 +0100",
      """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Omnichannel Store Operations
Lead in Erfurt gelesen. Seit zwölf Jahren leite ich Filialen im Einzelhandel, zuletzt mit 38
Mitarbeitenden und Click-&-Collect-Verantwortung.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
persönlichen Gespräch freue ich mich.

Mit freundlichen Grüßen
Henrike Vasquez-Lindholm
""", to=[("Gipfelsport Karriere", "karriere@gipfelsport.example.de")],
      attach=[("Lebenslauf_HVL.pdf", "Henrike Vasquez-Lindholm",
               ["Lebenslauf", "Filialleitung seit 2014", "Leipzig"])]),
    M("own_reschedule_request", "other", "de", "", "", ME,
      "Bitte um Terminverschiebung – Telefoninterview 12. Mai", "2026-05-07 07:55 +0200",
      """Sehr geehrte Frau Bormann,

vielen Dank für die Einladung zum Telefoninterview. Leider habe ich am 12. Mai um 14 Uhr eine
Inventur in meiner Filiale, die ich nicht verschieben kann. Wäre es möglich, unser Gespräch auf
einen anderen Tag zu legen? Am 13. Mai vormittags bin ich flexibel.

Mit freundlichen Grüßen
Henrike Vasquez-Lindholm
""", to=[("Kerstin Bormann", "k.bormann@linde-versandapotheke.example.de")]),
    M("ooo_jana", "other", "de", "", "jana.kuehnert@sonnwald.example.de", ("Jana Kühnert",
      "jana.kuehnert@sonnwald.example.de"),
      "Automatische Antwort: Danke für das Gespräch heute", "2026-02-13 17:31 +0100",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.02.2026 nicht im Büro und
habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
recruiting@sonnwald.example.de.

Beste Grüße
Jana Kühnert
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      msgid="<ooo-20260213-1731-jk@sonnwald.example.de>"),
    M("ooo_doreen", "other", "de", "", "d.fiebig@brueckner-personal.example.de",
      ("Doreen Fiebig", "d.fiebig@brueckner-personal.example.de"),
      "Abwesenheitsnotiz: Re: Vorstellungsgespräch bei unserem Kunden", "2026-01-23 09:02 +0100",
      """Guten Tag,

ich bin vom 23.01. bis 26.01.2026 nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.
Ab dem 27.01. bin ich wieder für Sie da.

Mit freundlichen Grüßen
Doreen Fiebig
Brückner Personal
""", headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1",
      cte="quoted-printable"),
    M("headhunter_cold_de", "other", "de", "", "markus.kessler@kessler-executive.example.de",
      ("Markus Kessler", "markus.kessler@kessler-executive.example.de"),
      "Vertrauliche Anfrage – Ihr Werdegang im Einzelhandel", "2026-07-08 10:12 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

ich bin Partner bei Kessler Executive, einer Personalberatung mit Schwerpunkt Handel und
Konsumgüter. Ihr Werdegang – Filialleitung mit deutlichem Fokus auf Omnichannel – ist mir
aufgefallen.

Derzeit betreue ich kein konkretes Mandat, das zu Ihnen passt. Ich würde mich aber freuen, Sie
in einem unverbindlichen Telefonat kennenzulernen, damit ich Sie bei künftigen Projekten
berücksichtigen kann.

Mit freundlichen Grüßen
""" + sig("Markus Kessler", "Partner", "Kessler Executive Search",
          "Königsallee 30, 40212 Düsseldorf", "+49 211 555 8800"), subj_enc=("b", "utf-8")),
    M("network_notification", "other", "de", "", "",
      ("Berufsnetz", "benachrichtigungen@berufsnetz.example.de"),
      "Henrike, 3 Personen haben Ihr Profil besucht", "2026-09-15 18:00 +0200",
      """Hallo Henrike,

Ihr Profil wurde diese Woche 3-mal besucht, u. a. von einer Recruiterin aus dem Bereich
Onlinehandel und einem Personalberater aus Dresden.

Mit Premium sehen Sie, wer Sie besucht hat. Jetzt 30 Tage kostenlos testen.

Ihr Berufsnetz-Team
""", headers=bulk("<notifications.berufsnetz.example.de>",
                  "https://berufsnetz.example.de/einstellungen/mail"),
      fmt="html", html=html_shell("""Hallo Henrike,

Ihr Profil wurde diese Woche <b>3-mal</b> besucht, u. a. von einer Recruiterin aus dem Bereich
Onlinehandel und einem Personalberater aus Dresden.

Mit Premium sehen Sie, wer Sie besucht hat. Jetzt 30 Tage kostenlos testen.

Ihr Berufsnetz-Team""", brand="Berufsnetz", color="#006d77")),
    M("arbeitsvermittlung_termin", "other", "de", "", "",
      ("Arbeitsvermittlung Leipzig", "terminservice@arbeitsvermittlung-leipzig.example.de"),
      "Terminerinnerung: Beratungsgespräch am 14.01.2026", "2026-01-12 07:00 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

wir erinnern Sie an Ihr Beratungsgespräch zur beruflichen Neuorientierung:

Mittwoch, 14.01.2026, 10:30 Uhr, Georg-Schumann-Straße 150, Zimmer 2.114

Bitte bringen Sie Ihren Personalausweis und Ihren aktuellen Lebenslauf mit.

Ihre Arbeitsvermittlung Leipzig
Diese Nachricht wurde automatisch erstellt.
"""),
    M("stadtwerke_missed", "other", "de", "", "",
      ("Stadtwerke Leipzig Ablesedienst", "ablesung@stadtwerke-le.example.de"),
      "Wir haben Sie leider nicht angetroffen – Zählerablesung", "2026-10-20 14:30 +0200",
      """Sehr geehrte Kundin,

unser Ableser war heute zwischen 10 und 12 Uhr bei Ihnen, hat Sie aber leider nicht
angetroffen. Bitte teilen Sie uns Ihren Zählerstand bis zum 30.10.2026 online mit:
https://stadtwerke-le.example.de/zaehlerstand

Zählernummer: 1ESY1160 4471 20

Ihre Stadtwerke Leipzig
""", cte="quoted-printable"),
    M("own_withdrawal", "other", "de", "", "", ME,
      "Rückzug meiner Bewerbung – Head of Fulfillment", "2026-09-16 08:20 +0200",
      """Sehr geehrter Herr Köhler,

vielen Dank für Ihre Unterstützung in den letzten Wochen. Nach reiflicher Überlegung habe ich
mich entschieden, meine Bewerbung bei der Vitalis Versandapotheke zurückzuziehen, da ich ein
Angebot angenommen habe, das besser zu meiner Lebensplanung passt.

Bitte richten Sie Frau Dr. Seidel meinen Dank aus.

Mit freundlichen Grüßen
Henrike Vasquez-Lindholm
""", to=[("Stefan Köhler", "stefan.koehler@perspektive-personal.example.de")],
      charset="iso-8859-1", cte="quoted-printable"),

    # ================================================================ English
    M("podcast_invite", "other", "en", "", "dana@retailrewired.example.com",
      ("Dana Whitlock", "dana@retailrewired.example.com"),
      "Guest interview on the Retail Rewired podcast?", "2026-04-14 16:02 +0100",
      """Hi Henrike,

I host Retail Rewired, a podcast about people who move from the shop floor into digital
commerce. I saw your talk at the Leipzig Omnichannel Meetup and would love to have you on as a
guest for a 40-minute interview episode.

We record remotely; any weekday afternoon in May works on our side. No preparation needed
beyond a good microphone!

Cheers,
Dana Whitlock
Host, Retail Rewired
"""),
    M("careerstream_alert", "other", "en", "", "",
      ("CareerStream Alerts", "alerts@careerstream.example.com"),
      "6 new jobs for \"Operations Manager e-commerce\"", "2026-06-20 04:30 +0000", _alert_en,
      headers=bulk("<job-alerts.careerstream.example.com>",
                   "https://careerstream.example.com/settings/alerts")),
    M("own_application_stitchly", "other", "en", "", "", ME,
      "Application: E-commerce Operations Manager (Prague)", "2026-05-03 22:10 +0200",
      """Dear Stitchly hiring team,

Please find attached my application for the E-commerce Operations Manager role in Prague. For
twelve years I have run busy fashion and drugstore branches in Leipzig, and for the last three
I led our store's ship-from-store and click-and-collect pilot.

I would be glad to relocate to Prague and look forward to hearing from you.

Kind regards,
Henrike Vasquez-Lindholm
""", to=[("Stitchly Careers", "careers@stitchly.example.cz")],
      attach=[("CV_Henrike_Vasquez-Lindholm.pdf", "Henrike Vasquez-Lindholm - CV",
               ["Store Manager, Leipzig (2014-2026)", "Omnichannel pilot lead",
                "Languages: German, English, Spanish, French"])]),
    M("parcel_delayed_en", "other", "en", "", "",
      ("SwiftParcel Tracking", "tracking@swiftparcel.example.com"),
      "Unfortunately your parcel is delayed", "2026-09-07 12:14 +0000",
      """Hello Henrike,

Unfortunately your parcel SP-88211-DE has been delayed at our Leipzig sorting centre. We're
sorry for the inconvenience.

New estimated delivery: Wednesday, 9 September 2026.

You can follow your parcel here: https://swiftparcel.example.com/t/SP-88211-DE

SwiftParcel
"""),

    # ================================================================ French
    M("emploinord_alerte", "other", "fr", "", "",
      ("EmploiNord Alertes", "alertes@emploinord.example.fr"),
      "3 nouvelles offres pour « Responsable e-commerce Lille »", "2026-05-12 06:45 +0200",
      _alerte_fr, headers=bulk("<alertes.emploinord.example.fr>",
                               "https://www.emploinord.example.fr/desinscription"),
      fmt="alt", html=html_shell(_alerte_fr, brand="EmploiNord", color="#3d5a80"),
      subj_enc=("q", "utf-8")),
    M("own_candidature_meublo", "other", "fr", "", "", ME,
      "Candidature – Marketplace Operations Manager", "2026-07-26 21:35 +0200",
      """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le poste de Marketplace Operations Manager.
Directrice de magasin depuis douze ans en Allemagne, je souhaite aujourd'hui mettre mon
expérience du terrain au service d'une place de marché en ligne.

Vous trouverez ci-joint mon CV. Je serais ravie d'échanger avec vous lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Henrike Vasquez-Lindholm
""", to=[("Meublo Recrutement", "jobs@meublo.example.fr")],
      attach=[("CV_Vasquez-Lindholm_FR.pdf", "Henrike Vasquez-Lindholm - CV",
               ["Directrice de magasin, Leipzig", "Projets omnicanal",
               "Langues : DE, EN, ES, FR"])]),
    M("medecin_rappel", "other", "fr", "", "",
      ("Cabinet du Dr Lemaire", "rdv@cabinet-lemaire.example.fr"),
      "Rappel : votre rendez-vous du 16 juin", "2026-06-14 18:00 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Nous vous rappelons votre rendez-vous avec le Dr Lemaire, médecin généraliste, le mardi 16 juin
2026 à 9 h 15, au 8 place du Théâtre, 59000 Lille.

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance.

Le secrétariat
""", charset="iso-8859-1", cte="quoted-printable"),
    M("banque_position", "other", "fr", "", "",
      ("Banque du Littoral", "notifications@banquelittoral.example.fr"),
      "Position de votre compte au 31 juillet", "2026-08-01 03:10 +0200",
      """Madame,

La position de votre compte courant n° ••••4412 au 31/07/2026 est disponible dans votre espace
client. Votre relevé mensuel peut être téléchargé au format PDF.

Nous vous remercions de votre confiance.

Banque du Littoral
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", cte="base64"),
    M("universite_refus", "other", "fr", "", "",
      ("Formation continue Université de Lille", "fc-inscriptions@univ-lille.example.fr"),
      "Votre candidature au DU Management de la supply chain", "2026-07-03 11:00 +0200",
      """Madame,

La commission pédagogique a examiné votre dossier de candidature au Diplôme d'Université
« Management de la supply chain » (session 2026-2027).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue, le nombre de
places étant limité. Vous pouvez candidater à nouveau pour la session suivante.

Le service de Formation continue
""", name_enc=("b", "iso-8859-1")),
    M("presse_interview", "other", "fr", "", "s.vandamme@voixducommerce.example.fr",
      ("Sophie Vandamme", "s.vandamme@voixducommerce.example.fr"),
      "Demande d'interview – commerce de centre-ville", "2026-09-09 10:25 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Je suis journaliste à La Voix du Commerce et je prépare un dossier sur la transformation des
magasins de centre-ville en Europe. Une consœur m'a parlé de votre parcours à Leipzig.

Accepteriez-vous de m'accorder une interview de 20 minutes par téléphone la semaine prochaine ?

Bien cordialement,
Sophie Vandamme
Journaliste – La Voix du Commerce
"""),
    M("amie_refus", "other", "fr", "", "chloe.bertrand@example.fr", ("Chloé Bertrand",
      "chloe.bertrand@example.fr"),
      "bof bof...", "2026-06-02 22:12 +0200",
      """Coucou Henrike,

Bon, j'ai reçu un refus pour le poste chez Maison Verlaine, le même mail type que toi
apparemment (« ne pouvons pas y donner une suite favorable »...). Je suis un peu dégoûtée.

On se fait un appel ce week-end ? Et raconte-moi ton entretien à Lille !

Bises,
Chloé
""", name_enc=("b", "utf-8")),
    M("own_decaler_lilas", "other", "fr", "", "", ME,
      "RE: Journée d'immersion chez Lilas Mode", "2026-09-03 13:40 +0200",
      """Bonjour Manon,

Merci beaucoup pour cette invitation, je suis ravie ! Serait-il possible de décaler la journée
d'une semaine ? Le 11 septembre, je suis encore en poste à Leipzig et ne pourrai pas me libérer.

Bien cordialement,
Henrike
""", parent="lilas_immersion", quote="fr",
      to=[("Manon Lecomte", "manon.lecomte@lilasmode.example.fr")]),

    # ================================================================ Spanish
    M("empleolevante_alerta", "other", "es", "", "",
      ("Empleo Levante", "alertas@empleolevante.example.es"),
      "3 nuevas ofertas para ti: Operaciones e-commerce – Valencia", "2026-08-24 07:05 +0200",
      _alerta_es, headers=bulk("<alertas.empleolevante.example.es>",
                               "https://www.empleolevante.example.es/baja"),
      fmt="alt", html=html_shell(_alerta_es, brand="Empleo Levante", color="#e76f51"),
      subj_enc=("q", "utf-8")),
    M("own_solicitud_farmalevante", "other", "es", "", "", ME,
      "Candidatura: Coordinadora de Operaciones E-commerce", "2026-07-12 19:50 +0200",
      """Estimado equipo de Farmalevante:

Os envío mi candidatura para el puesto de Coordinadora de Operaciones E-commerce. Después de
doce años dirigiendo tiendas en Alemania, quiero dar el salto a la logística online, y me
encantaría hacerlo en Valencia, donde vive parte de mi familia.

Adjunto mi currículum. Quedo a vuestra disposición para una entrevista.

Un cordial saludo,
Henrike Vasquez-Lindholm
""", to=[("Farmalevante Empleo", "empleo@farmalevante.example.es")],
      attach=[("CV_Henrike_Vasquez-Lindholm_ES.pdf", "Henrike Vasquez-Lindholm - CV",
               ["Gerente de tienda, Leipzig", "Omnicanalidad y click & collect",
                "Idiomas: aleman, ingles, espanol, frances"])]),
    M("piso_visita", "other", "es", "", "",
      ("Inmobiliaria Russafa", "alquileres@inmorussafa.example.es"),
      "Visita al piso de la calle Sueca", "2026-09-18 12:40 +0200",
      """Hola Henrike:

Te confirmo la visita al piso de la calle Sueca 48, 2.º, el sábado 26 de septiembre a las
12:00. El propietario estará allí para enseñártelo.

Recuerda traer tu DNI o pasaporte y, si puedes, un contrato de trabajo o una oferta firmada.

Un saludo,
Inmobiliaria Russafa
""", charset="iso-8859-1", cte="8bit"),
    M("pedido_retraso", "other", "es", "", "",
      ("Envíos Rápidos", "notificaciones@enviosrapidos.example.es"),
      "Lamentablemente tu pedido llegará con retraso", "2026-10-02 09:00 +0200",
      """Hola Henrike,

Lamentablemente tu pedido n.º ER-55102 llegará con retraso debido a una incidencia en nuestro
centro logístico de Ribarroja. Sentimos las molestias.

Nueva fecha estimada de entrega: lunes 5 de octubre.

Envíos Rápidos
""", fmt="html", html=html_shell("""Hola Henrike,

Lamentablemente tu pedido <b>n.º ER-55102</b> llegará con retraso debido a una incidencia en
nuestro centro logístico de Ribarroja. Sentimos las molestias.

Nueva fecha estimada de entrega: <b>lunes 5 de octubre</b>.

Envíos Rápidos""", brand="Envíos Rápidos", color="#457b9d"), name_enc=("q", "utf-8")),
    M("dentista_cambio", "other", "es", "", "",
      ("Clínica Dental Turia", "citas@clinicaturia.example.es"),
      "Cambio en su cita del 10 de septiembre", "2026-09-04 10:15 +0200",
      """Estimada paciente:

Le informamos de que su cita de revisión del jueves 10 de septiembre a las 17:00 ha tenido que
ser reprogramada. Su nueva cita es el viernes 11 de septiembre a las 10:30.

Si no le viene bien, llámenos al 963 55 04 12.

Clínica Dental Turia
""", charset="windows-1252", cte="quoted-printable", subj_enc=("q", "windows-1252")),
    M("entrevista_usuario", "other", "es", "", "",
      ("Equipo de Producto de Cestita", "producto@cestita.example.es"),
      "¿Nos ayudas con una entrevista de usuario?", "2026-08-12 17:30 +0200",
      """¡Hola Henrike!

Estamos rediseñando la app de Cestita y queremos escuchar a nuestros clientes. ¿Te apetece
participar en una entrevista de usuario de 20 minutos por videollamada? Te regalamos 15 € en tu
próximo pedido.

Elige el momento que mejor te venga: https://cestita.example.es/research

Gracias,
El equipo de Producto de Cestita
""", headers={"Precedence": "bulk",
              "List-Unsubscribe": "<mailto:baja@cestita.example.es>"}),
    M("curso_sin_plaza", "other", "es", "", "",
      ("Escuela de Idiomas Malvarrosa", "secretaria@idiomasmalvarrosa.example.es"),
      "Curso intensivo de español de negocios – sin plazas", "2026-06-22 13:00 +0200",
      """Estimada Henrike:

Lamentamos comunicarle que no ha sido admitida en el curso intensivo de español de negocios
(nivel C1) de julio, ya que todas las plazas están cubiertas. Le hemos incluido en la lista de
espera y le avisaremos si se produce alguna baja.

Atentamente,
Secretaría – Escuela de Idiomas Malvarrosa
"""),
    M("own_confirm_albufera", "other", "es", "", "", ME,
      "RE: Videollamada – Marketplace Operations", "2026-05-25 20:30 +0200",
      """Hola Javier:

Muchas gracias por la invitación. El miércoles 3 de junio a las 16:30 me va perfecto. ¿Me
enviarás el enlace de la videollamada o lo recibiré por calendario?

Un saludo,
Henrike
""", parent="albufera_videollamada", quote="es",
      to=[("Javier Soler", "javier.soler@mueblesalbufera.example.es")]),
]
