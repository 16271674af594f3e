"""Corpus 224: everything that is not an event in a job application (kind `other`), one
hand-written spec per message. The candidate's own mail is always here."""

from __future__ import annotations

from msgs224_acks import A012_TEXT, O001_TEXT
from msgs224_common import (AUTO_REPLY, CAND, CAND_ADDR, CAND_NAME, forwarded, listing,
                            newsletter, outlook_block, outlook_html, page, paras, replied)
from msgs224_invites import (C014_TEXT, LUM_INVITE_TEXT, M006_TEXT, OWN_LUM_MOVE_TEXT,
                             OWN_NL_SORRY_TEXT, OWN_RV_CONFIRM_TEXT, RV_SCREEN_TEXT)

# Texts that later messages quote.

OWN_KT_THANKS_TEXT = """Hallo Jana,

vielen Dank für das angenehme Gespräch heute Nachmittag mit dir und Dr. Aydin! Besonders
spannend fand ich, wie ihr neue Zentren beim ersten Mapping-Fall begleitet – genau diese
Mischung aus Technik und Arbeit mit dem Team im Labor reizt mich an der Rolle.

Falls ihr noch Unterlagen braucht, etwa meine Zertifikate aus der Kardiologie-Weiterbildung,
schicke ich sie gern nach. Ich freue mich auf eure Rückmeldung.

Viele Grüße
Friederike
"""

OWN_VX_FOLLOWUP_TEXT = """Dear Ventrix Talent Team,

I applied for the Clinical Specialist – Interventional Cardiology position on 17 February
and received the confirmation below. I wanted to briefly check whether there is any update
on the timeline, as I am currently in other processes and would very much prefer to
consider Ventrix first.

Thank you and kind regards,
Friederike Adjei-Santos
+49 157 3381 2046
"""

OWN_EB_THANKS_TEXT = """Hola Núria:

Muchas gracias por la entrevista de esta tarde, y gracias también a Albert por todo el
tiempo que nos dedicó. Me ha encantado conocer cómo preparáis a los equipos de endoscopia
antes del primer caso.

Quedo a vuestra disposición para cualquier documento que necesitéis.

Un saludo cordial,
Friederike
"""

OWN_CARDIOLYS_TEXT = """Madame Ruelle,

Infirmière en soins intensifs depuis neuf ans à Cologne, dont quatre en cardiologie
interventionnelle, je souhaite aujourd'hui mettre cette expérience au service des équipes
qui utilisent vos systèmes d'électrophysiologie. C'est pourquoi je vous adresse ma
candidature au poste d'Infirmière spécialiste produit.

Je parle français couramment, ainsi que l'allemand et l'anglais, et je suis prête à
m'installer à Liège. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien et vous prie d'agréer, Madame,
mes salutations distinguées.

Friederike Adjei-Santos
Neusser Straße 214, 50733 Köln, Allemagne
+49 157 3381 2046
"""

OWN_MEDAXON_TEXT = """Sehr geehrte Frau Zimmermann,

auf der Website von Medaxon habe ich Ihre Ausschreibung als Field Clinical Specialist
Neurovaskulär (m/w/d) gelesen und möchte mich hiermit bewerben.

Seit neun Jahren arbeite ich als Fachkrankenpflegerin für Intensivpflege, davon vier Jahre
im Herzkatheterlabor und in der Neuroradiologie der Uniklinik. Ich begleite regelmäßig
Thrombektomien und weise neue Kolleginnen und Kollegen in die Geräte ein. Den Schritt in die
Industrie möchte ich jetzt bewusst gehen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
persönlichen Gespräch freue ich mich.

Mit freundlichen Grüßen
Friederike Adjei-Santos
Neusser Straße 214 · 50733 Köln · 0157 3381 2046
"""

CV_LINES = ["Friederike Adjei-Santos", "Neusser Straße 214, 50733 Köln",
            "friederike.as@example.de | +49 157 3381 2046", "",
            "2017-heute  Fachkrankenpflegerin Intensivpflege, Uniklinik Köln-Süd (fiktiv)",
            "2022-heute  Praxisanleiterin, Geräteeinweisungen nach MPBetreibV",
            "2015-2017   Gesundheits- und Krankenpflegerin, Kardiologie",
            "Sprachen: Deutsch, Englisch (C1), Französisch (B2), Spanisch (B1)"]

# ---------------------------------------------------------------- the candidate's own mail

X_OWN_RV_DECLINE = """Liebe Frau Oberhausen,

haben Sie vielen Dank für das großzügige Angebot und für die Zeit, die Sie und Dr. Brenner
sich in den letzten Wochen für mich genommen haben.

Ich habe lange überlegt und mich schweren Herzens entschieden, das Angebot nicht
anzunehmen. Ausschlaggebend ist die Reisetätigkeit: Mit drei Übernachtungen pro Woche lässt
sich die Betreuung meines Sohnes im Moment nicht vereinbaren. Das ist keine Absage an
Rheinvita – ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Friederike Adjei-Santos

""" + replied("de", "2026-03-20 16:40", "Katrin Oberhausen", "k.oberhausen@rheinvita.example.de",
              O001_TEXT)

# ---------------------------------------------------------------- newsletters and digests

X_JOBALERT_DE_ITEMS = [
    ("Field Clinical Specialist Kardiologie (m/w/d) – Köln",
     "https://jobs-rheinland.example.de/job/88412?utm_source=alert",
     "Medizintechnik-Hersteller · Außendienst NRW · Dienstwagen"),
    ("Applikationsspezialistin Beatmung (m/w/d) – Düsseldorf",
     "https://jobs-rheinland.example.de/job/88377?utm_source=alert",
     "Vertriebspartner für Intensivmedizin · Vollzeit"),
    ("Clinical Trainer Homecare (m/w/d) – Bonn",
     "https://jobs-rheinland.example.de/job/88290?utm_source=alert",
     "Homecare-Versorger · Einweisung von Patientinnen und Angehörigen"),
    ("Produktspezialist OP-Hygiene (m/w/d) – Aachen",
     "https://jobs-rheinland.example.de/job/88251?utm_source=alert",
     "Distributor · 60 % Reisetätigkeit"),
    ("Study Nurse Medizinprodukte (m/w/d) – Köln-Lindenthal",
     "https://jobs-rheinland.example.de/job/88230?utm_source=alert",
     "CRO · hybrides Arbeiten"),
]
X_JOBALERT_DE_TEXT = """Hallo Friederike,

für Ihren Suchauftrag „Clinical Specialist“ im Umkreis von 50 km um Köln gibt es 5 neue
Stellen seit gestern:

""" + "\n".join(f"* {h}\n  {b}\n  {u}" for h, u, b in X_JOBALERT_DE_ITEMS) + """

Tipp der Redaktion: Keine Rückmeldung nach drei Wochen? Lesen Sie, wie Sie freundlich
nachhaken – und was eine Absage wirklich über Ihre Bewerbung aussagt:
https://jobs-rheinland.example.de/ratgeber/nachfassen

Suchauftrag bearbeiten: https://jobs-rheinland.example.de/suchauftraege
Abmelden: https://jobs-rheinland.example.de/abmelden?u=fas8821

Jobbörse Rheinland · Mediapark 5 · 50670 Köln
"""

X_NEWS_DE_TEXT = """MedTech Karriere-Brief · Ausgabe März 2026

Liebe Leserinnen und Leser,

in dieser Ausgabe geht es um die Fragen, die uns am häufigsten erreichen.

1) Absage nach dem Vorstellungsgespräch – und jetzt?
Warum Sie nach einer Absage um Feedback bitten sollten und wie Sie die Antwort nutzen.
https://medtech-karriere.example.de/artikel/absage-feedback

2) Die sieben Fragen, die in fast jedem Interview für Clinical Specialists kommen
Von „Wie erklären Sie einem Chefarzt ein Software-Update?“ bis zur Reisebereitschaft.
https://medtech-karriere.example.de/artikel/sieben-fragen

3) Von der Station in die Industrie: drei Pflegekräfte erzählen
https://medtech-karriere.example.de/artikel/wechsel-pflege-industrie

4) Gehaltsreport Außendienst Medizintechnik 2026
https://medtech-karriere.example.de/gehaltsreport

Offene Positionen unserer Partner finden Sie wie immer im Stellenmarkt:
https://medtech-karriere.example.de/stellen

Sie erhalten diesen Newsletter, weil Sie sich auf medtech-karriere.example.de angemeldet
haben. Abbestellen: https://medtech-karriere.example.de/newsletter/abmelden?id=55120
"""

X_VERBAND_BODY = newsletter(
    "Pflegeverband Rheinland – Mitgliederinfo 04/2026",
    "<p>Liebe Mitglieder,</p><p>die Tarifrunde ist abgeschlossen, die Fortbildungstage im Mai "
    "sind fast ausgebucht – und in unserer Stellenbörse finden Sie diesen Monat besonders "
    "viele Angebote außerhalb der Klinik.</p>",
    [("Tarifabschluss: Was sich für Sie ab Juli ändert",
      "https://pflegeverband-rheinland.example.de/news/tarif-2026",
      "Die wichtigsten Punkte im Überblick, inklusive Zulagen für Praxisanleitung."),
     ("Fortbildungstag „Pflege und Medizintechnik“ am 9. Mai in Köln",
      "https://pflegeverband-rheinland.example.de/fortbildung/pmt-2026",
      "Noch 12 Plätze frei. Mit Workshop „Vorstellungsgespräch in der Industrie“."),
     ("Stellenbörse: 23 neue Positionen",
      "https://pflegeverband-rheinland.example.de/stellenboerse",
      "Von der Stationsleitung bis zur Applikationsspezialistin bei Herstellern."),
     ("Rechtstipp: Kündigungsfristen im öffentlichen Dienst",
      "https://pflegeverband-rheinland.example.de/recht/kuendigung",
      "Was gilt, wenn Sie zu einem Unternehmen in der Medizintechnik wechseln?")],
    "Pflegeverband Rheinland e.V. · Deutzer Freiheit 77 · 50679 Köln<br>"
    '<a href="https://pflegeverband-rheinland.example.de/newsletter/abmelden">Abmelden</a>',
    accent="#1d4f91")

X_HEADHUNTER_DE_TEXT = """Sehr geehrte Frau Adjei-Santos,

entschuldigen Sie bitte die direkte Ansprache. Mein Name ist Philipp Lohmann; ich bin Partner
einer auf Medizintechnik spezialisierten Personalberatung in Düsseldorf.

Im Auftrag eines international tätigen Herstellers im Bereich strukturelle Herzerkrankungen
besetzen wir vertraulich eine Position als Field Clinical Specialist für das Rheinland.
Ihr Profil – Intensivpflege, Herzkatheterlabor, Praxisanleitung – ist mir bei der Recherche
in einem Fachnetzwerk aufgefallen.

Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Ich würde
Ihnen gern mehr über die Aufgabe erzählen und erfahren, ob ein Wechsel für Sie überhaupt in
Frage kommt. Selbstverständlich behandeln wir unser Gespräch streng vertraulich.

Mit besten Grüßen

Dr. Philipp Lohmann
Partner
Hartwig & Lohmann Executive Search GmbH
Kaiserswerther Straße 115 · 40474 Düsseldorf
T +49 211 436 118-0 · p.lohmann@hartwig-lohmann.example.de
"""

X_ARTIKEL_TEXT = """Karriere-Impulse · Der Wochenartikel

Das Angebot liegt vor – so verhandeln Sie Ihr Gehalt nach der Zusage

Sie haben das Vorstellungsgespräch hinter sich, und plötzlich ist es da: das schriftliche
Angebot. Viele nehmen in diesem Moment sofort an, aus Angst, die Stelle könnte sonst an
jemand anderen gehen. Dabei ist genau jetzt Ihre Verhandlungsposition am stärksten.

Fünf Regeln aus der Praxis:
1. Bedanken Sie sich, aber bitten Sie um zwei bis drei Tage Bedenkzeit.
2. Vergleichen Sie das Gesamtpaket: Fixum, Bonus, Dienstwagen, Altersvorsorge.
3. Nennen Sie eine konkrete Zahl, keine Spanne.
4. Verhandeln Sie schriftlich nach, was mündlich zugesagt wurde.
5. Eine Absage des Unternehmens nach einer freundlichen Gegenforderung ist äußerst selten.

Den ganzen Artikel lesen:
https://karriere-impulse.example.de/artikel/gehalt-nach-zusage

Sie erhalten die Karriere-Impulse jeden Sonntag.
Abmelden: https://karriere-impulse.example.de/abmelden
"""

X_WEBINAR_TEXT = """Hallo Friederike,

wir laden Sie herzlich zu unserem kostenlosen Live-Webinar ein:

„Von der Station in die Medizintechnik – wie der Wechsel gelingt“
Donnerstag, 23. April 2026, 18:30–19:45 Uhr

Mit dabei: eine ehemalige Intensivpflegerin, die heute als Clinical Specialist arbeitet,
und eine Personalberaterin, die erklärt, worauf Unternehmen im Interview achten.

Jetzt Platz sichern: https://events.medtech-karriere.example.de/webinar/station-industrie

Sie können nicht live dabei sein? Melden Sie sich trotzdem an – die Aufzeichnung schicken wir
allen Angemeldeten zu.

Ihr Team von MedTech Karriere
Abmelden: https://medtech-karriere.example.de/newsletter/abmelden?id=55120
"""

# ---------------------------------------------------------------- people and other worlds

X_PODCAST_TEXT = """Liebe Friederike,

ich moderiere den Podcast „Pflege trifft Technik“, in dem wir einmal im Monat mit
Pflegekräften sprechen, die an der Schnittstelle zur Medizintechnik arbeiten. Dein Beitrag
in der Fachgruppe über Geräteeinweisungen auf der Intensivstation hat mir sehr gefallen.

Hättest du Lust auf ein Interview für eine unserer nächsten Folgen? Wir nehmen per Video auf,
das Gespräch dauert etwa 45 Minuten, und du bekommst die Folge vor der Veröffentlichung
zum Anhören. Themen könnten sein: Was Hersteller über den Alltag auf Station wissen
sollten, und wie du dich gerade auf den Wechsel in die Industrie vorbereitest.

Es wäre schön, wenn es im Mai oder Juni klappt.

Herzliche Grüße
Svenja Hollmann
„Pflege trifft Technik“ – der Podcast
https://pflege-trifft-technik.example.de
"""

X_NUTZERSTUDIE_TEXT = """Guten Tag Frau Adjei-Santos,

das Usability Lab Köln führt im Auftrag eines Herstellers eine Studie zur Bedienung von
Infusionspumpen durch. Dafür suchen wir erfahrene Intensivpflegekräfte für ein
Einzelinterview von etwa 60 Minuten.

Im Interview zeigen wir Ihnen Entwürfe einer neuen Bedienoberfläche und bitten Sie, typische
Aufgaben zu lösen und laut zu denken. Es gibt keine richtigen oder falschen Antworten.
Als Dankeschön erhalten Sie einen Gutschein über 90 Euro.

Termine: 11. bis 15. Mai, vor Ort in Köln-Ehrenfeld oder per Video.
Wenn Sie teilnehmen möchten, antworten Sie einfach mit zwei, drei passenden Zeitfenstern.

Viele Grüße
Lina Okafor
UX Researcherin · Usability Lab Köln
Vogelsanger Straße 66 · 50823 Köln
"""

X_PAKET_TEXT = """Hallo Friederike Adjei-Santos,

Ihre Sendung 00340434161094027318 verspätet sich leider.

Grund: Verzögerung im Paketzentrum Köln-Eifeltor wegen hohen Sendungsaufkommens.
Neue voraussichtliche Zustellung: Dienstag, 20. Oktober 2026, 10:00–14:00 Uhr.

Sie möchten Ihr Paket lieber an eine Packstation oder einen Nachbarn liefern lassen?
Zustellung ändern: https://sendung.paketblitz.example.de/aendern?id=00340434161094027318

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
"""

X_FREUNDIN_TEXT = """Hey Frieda,

kurzes Update von mir, weil du ja gefragt hattest: Ich hab heute die Absage vom
Marienkrankenhaus bekommen, für die Stationsleitung. Zwei Gespräche, ein Hospitationstag,
und dann eine Mail mit drei Sätzen. „Wir haben uns für eine interne Lösung entschieden.“
Ich bin echt bedient.

Am Donnerstag hab ich aber noch ein Vorstellungsgespräch bei der Reha-Klinik in Bad
Honnef, also mal sehen.

Und du? Wie lief dein Gespräch bei der Firma in Düsseldorf? Und hast du dich schon
entschieden wegen Basel? Lass uns am Wochenende mal telefonieren, ja?

Drück dich
Mareike
"""

X_BANK_TEXT = """Sehr geehrte Frau Adjei-Santos,

wie telefonisch besprochen bestätige ich Ihnen unseren Beratungstermin am Freitag, 15. Mai
2026, um 16:30 Uhr in unserer Filiale am Ebertplatz.

Wir wollen uns gemeinsam Ihre Depotpositionen ansehen, insbesondere die Position im
Rentenfonds, die seit Jahresbeginn deutlich an Wert verloren hat, und über Ihre
Altersvorsorge bei einem möglichen Arbeitgeberwechsel sprechen. Bringen Sie bitte Ihren
aktuellen Rentenbescheid mit.

Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Thomas Schmitz
Privatkundenberater
Rheinische Volksbank eG · Filiale Ebertplatz
Ebertplatz 2 · 50668 Köln · Tel. 0221 1609 442
"""

X_VERMIETER_TEXT = """Liebe Frau Adjei-Santos,

der Termin für die Wartung der Gastherme am kommenden Donnerstag muss leider verschoben
werden – der Monteur ist krank. Die Firma Höhner hat mir als neuen Termin Dienstag, 16. Juni,
zwischen 8 und 12 Uhr angeboten.

Außerdem wollte ich Sie fragen, ob es bei der Kündigung zum 31. Oktober bleibt. Ich würde
dann im September mit den Besichtigungen für Nachmieter beginnen – die Termine würde ich
selbstverständlich mit Ihnen abstimmen.

Freundliche Grüße
Gerd Wessels
Eigentümer Neusser Straße 214
Tel. 0221 735 118
"""

X_SCHULE_TEXT = """Liebe Frau Adjei-Santos,

hiermit lade ich Sie herzlich zu einem Elterngespräch über Kofis Entwicklung im dritten
Schuljahr ein. Das Gespräch findet am Mittwoch, 4. Februar 2026, um 15:15 Uhr in der Klasse
3b statt und dauert etwa 20 Minuten.

Wir möchten mit Ihnen über die Empfehlung für die Förderstunde in Mathematik und über die
Klassenfahrt im Juni sprechen. Sollte der Termin nicht passen, schreiben Sie mir bitte
eine kurze Nachricht.

Mit freundlichen Grüßen
Anke Breuer
Klassenlehrerin 3b
Katholische Grundschule Nippes
"""

X_ARZT_TEXT = """Guten Tag Frau Adjei-Santos,

leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am Montag, 9. März 2026, um
08:40 Uhr absagen, da Frau Dr. med. Gül an diesem Tag nicht in der Praxis ist.

Bitte vereinbaren Sie über unsere Online-Terminbuchung einen neuen Termin:
https://termine.praxis-guel.example.de

Ihre Hausarztpraxis Dr. med. Aylin Gül
Neusser Straße 190 · 50733 Köln

Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht
bearbeitet werden.
"""

X_OOO_DE_TEXT = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April 2026 nicht im Büro und habe in dieser Zeit keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an talent@rheinvita.example.de oder an meine
Kollegin Sophie Lenz, Tel. +49 221 7730 5419.

Mit freundlichen Grüßen
Katrin Oberhausen
Rheinvita Medical GmbH
"""

X_WEITERBILDUNG_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank für Ihre Anmeldung zur berufsbegleitenden Weiterbildung „Geprüfte/r
Medizinprodukteberater/in“, Kursbeginn 14. September 2026.

Leider können wir Ihnen für diesen Kurs keinen Platz anbieten: Alle 24 Plätze sind nach
Eingangsdatum vergeben, und die Warteliste ist ebenfalls voll. Den offiziellen Bescheid
finden Sie im Anhang.

Der nächste Kurs beginnt im Februar 2027. Wenn Sie möchten, merken wir Sie dafür bevorzugt
vor – eine kurze Antwort auf diese E-Mail genügt.

Mit freundlichen Grüßen
Petra Kirchhoff
Kurskoordination
Rheinische Akademie für Gesundheitsberufe
Aachener Straße 1012 · 50858 Köln
"""

X_FORWARD_AD = """Stellenanzeige: Clinical Application Specialist Kardiologie (m/w/d)

Wir sind ein wachsender Hersteller von Monitoring-Systemen mit Sitz in Bonn. Zur
Verstärkung unseres Teams suchen wir ab sofort eine Pflegefachkraft mit Erfahrung in
Intensivpflege oder Kardiologie.

Ihre Aufgaben:
- Einweisung von Klinikpersonal in unsere Systeme
- Begleitung von Erstinstallationen
- Rückmeldung aus der Praxis an die Produktentwicklung

Wir freuen uns auf Ihre Bewerbung mit Gehaltsvorstellung. Vorstellungsgespräche finden
laufend statt.

Kontakt: jobs@monitoring-bonn.example.de
"""

X_FORWARD_TEXT = """Hi Frieda,

guck mal, das hat mir mein Schwager geschickt, der da in der IT arbeitet. Wäre das nicht
genau was für dich? Bonn ist ja auch nicht weit.

LG Tanja

""" + forwarded("de", "Holger Brandes <holger.brandes@example.com>", "2026-05-22 08:14",
                "Stellenanzeige – vielleicht für deine Kollegin?",
                "Tanja Pohl <tanja.pohl@example.de>", X_FORWARD_AD)

X_PASSWORT_TEXT = """Hallo Friederike Adjei-Santos,

für Ihr Kandidatenkonto bei Rheinvita Medical wurde ein neues Passwort angefordert.
Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen. Der Link ist
24 Stunden gültig:

https://rheinvita.wd3.myworkday.com/rheinvita_careers/passwordReset?token=e91c77

Wenn Sie kein neues Passwort angefordert haben, können Sie diese Nachricht ignorieren.

Rheinvita Medical – Karriereportal
"""

X_COACHING_TEXT = """Liebe Friederike,

zur Erinnerung: Unsere dritte Coaching-Sitzung ist am Dienstag, 3. März, um 18:00 Uhr per
Zoom (gleicher Link wie immer).

Wie vereinbart üben wir diesmal das Fachgespräch: Du hältst deine Kurzpräsentation zur
Einweisung eines Stationsteams, ich spiele den Head of Clinical Support und stelle die
unangenehmen Fragen. Danach schauen wir uns noch einmal deine Antworten zum Thema
Reisebereitschaft an.

Bis Dienstag!
Miriam

Miriam Teschner
Karriere-Coaching für Gesundheitsberufe
www.teschner-coaching.example.de · 0176 4421 9080
"""

X_REFERENZ_TEXT = """Liebe Friederike,

nur damit du Bescheid weißt: Gestern Nachmittag hat mich eine Frau Oberhausen von Rheinvita
angerufen und um eine Referenz gebeten. Wir haben fast zwanzig Minuten gesprochen, und ich
habe dich natürlich in den höchsten Tönen gelobt – Praxisanleitung, Ruhe im Notfall, wie
du die neuen Beatmungsgeräte auf Station eingeführt hast.

Es klang für mich so, als wären sie kurz vor einer Entscheidung. Ich drück dir die Daumen!
Und wehe, du vergisst uns auf der 4B, wenn du erst mal mit dem Dienstwagen unterwegs bist.

Herzliche Grüße
Gabriele

Gabriele Nohl
Stationsleitung Intensivstation 4B
"""

X_VEREIN_TEXT = """Hallo zusammen,

das Training am Mittwoch fällt leider aus, die Halle ist wegen eines Wasserschadens
gesperrt.

Für das Spiel am Samstag gegen den TuS Ehrenfeld steht die Aufstellung: Friederike spielt
auf der Position Libera, Jule und Sara im Zuspiel im Wechsel. Treffpunkt 13:15 Uhr an der
Halle Nippes, Spielbeginn 14:00 Uhr. Bitte bis Donnerstag zu- oder absagen, falls jemand
nicht kann!

Sportliche Grüße
Bernd

Bernd Lammers · Trainer Damen 2
VC Nippes 1978
"""

# ---------------------------------------------------------------- English

X_JOBALERT_EN_ITEMS = [
    ("Field Clinical Specialist – Structural Heart", "https://www.prolink.example.com/jobs/view/4410921",
     "Maastricht, Limburg, Netherlands · 3 days ago · 41 applicants"),
    ("Clinical Application Specialist (German speaking)",
     "https://www.prolink.example.com/jobs/view/4410857",
     "Aachen, North Rhine-Westphalia · 1 week ago · Easy Apply"),
    ("Clinical Education Specialist – Infusion Systems",
     "https://www.prolink.example.com/jobs/view/4410702",
     "Liège, Wallonia, Belgium · 5 days ago"),
    ("Clinical Research Associate, Medical Devices",
     "https://www.prolink.example.com/jobs/view/4410688",
     "Basel, Switzerland · Hybrid · 2 weeks ago"),
]
X_JOBALERT_EN_TEXT = """Your job alert for "field clinical specialist" near Maastricht

4 new jobs match your preferences.

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, u, b in X_JOBALERT_EN_ITEMS) + """

Not quite right? Update your job alert:
https://www.prolink.example.com/jobs/alerts/manage

You are receiving Job Alert emails. Unsubscribe:
https://www.prolink.example.com/comm/unsubscribe?type=job_alert
ProLink Corporation, 1000 Market Street, San Francisco, CA 94103
"""

X_NEWS_EN_TEXT = """THE DEVICE NURSE – issue #37

Hi friends,

This week's letter is all about the interview – and what happens after it.

1. Five mistakes I see in field clinical specialist interviews
The biggest one: talking about your clinical skills and forgetting that the job is also
about selling. Read: https://thedevicenurse.example.com/p/five-interview-mistakes

2. "We decided to move forward with other candidates" – decoding rejection emails
What those stock phrases actually mean, and when it's worth asking for feedback.
https://thedevicenurse.example.com/p/decoding-rejections

3. Reader question: Should I accept the first offer I get?
https://thedevicenurse.example.com/p/first-offer

4. Ten open roles from the community board this week
https://thedevicenurse.example.com/jobs

See you next Sunday,
Hannah

You're receiving this because you subscribed to The Device Nurse.
Unsubscribe: https://thedevicenurse.example.com/unsubscribe?e=friederike.as%40example.de
"""

X_PROFILEVIEWS_TEXT = """Friederike, your profile is getting noticed

A recruiter at a medical device company viewed your profile.
You appeared in 9 searches this week.

Recruiters are 3x more likely to message members who are "Open to work".
Update your preferences: https://www.prolink.example.com/jobs/opentowork

See all profile viewers: https://www.prolink.example.com/me/profile-views

This email was intended for Friederike Adjei-Santos (Intensive Care Nurse | Practice
Instructor | Moving into medtech).
Unsubscribe: https://www.prolink.example.com/comm/unsubscribe?type=profile_views
"""

X_PRESS_TEXT = """Dear Ms Adjei-Santos,

I'm a staff writer at Device Horizons, a trade magazine for the European medical technology
industry. I'm working on a feature about nurses who move from the ward into clinical roles
at device companies, and a member of your nursing association's medtech working group
suggested I get in touch with you.

Would you be willing to give a short interview, 30 minutes by phone or video, some time in
the next two weeks? I'd be interested in what prompted your move, what the application
process has been like so far, and what you think manufacturers underestimate about
clinical life. You would of course see your quotes before publication, and we can keep the
names of any employers out of it.

Best regards,
Rebecca Lindqvist
Staff Writer, Device Horizons
+44 20 7946 0381
"""

X_USER_RESEARCH_TEXT = """Hi Friederike,

I'm a user researcher at Corvana Health. We're redesigning the mobile app that nurses use to
document wound assessments, and we'd love to learn from people who do this every day.

Would you be open to a 45-minute remote research interview in the week of 22 June? We'll
ask about how you document wounds today and show you a few early prototypes. There are no
right or wrong answers and it has nothing to do with any job application – we're
recruiting participants through a nursing panel, and you signed up for research studies
there. As a thank-you, you'll receive a EUR 60 voucher.

If you're interested, pick a slot here: https://research.corvana.example.com/book/wound-app

Thanks,
Dana Whitfield
Senior UX Researcher, Corvana Health
"""

X_GPS_TEXT = """Position update for your tracker "Commuter bike"

Your tracker reported a new position outside your safe zone "Home – Nippes":

Position: 50.9571 N, 6.9569 E (Neusser Straße, Köln)
Time: 18 Aug 2026, 07:42 CEST
Speed: 0 km/h – stationary for 12 minutes
Battery: 64%

View live position: https://app.trakkit.example.com/devices/TK-22817/live

You receive this alert because movement alerts are switched on for this device.
Manage alerts: https://app.trakkit.example.com/settings/alerts
"""

X_FRIEND_EN_TEXT = """Hey Friederike,

So, the hospital got back to me today – it's a no. "After careful consideration..." blah
blah. I really thought the second interview went well, so I'm a bit gutted, honestly.

On the bright side, I've got an interview with a home-care company in Heerlen next Tuesday,
so fingers crossed. How are your applications going? Any news from the robotics people in
Maastricht? If you come over for the panel, you can crash at mine, the spare room is free.

Love,
Anouk
"""

X_COLD_EN_TEXT = """Hi Friederike,

I came across your profile while mapping clinical talent in the Rhineland and was impressed
by your mix of intensive care, cath lab and practice-instructor experience.

I work exclusively with medical device manufacturers across Germany and the Benelux. I don't
have a specific role to pitch right now, but several of my clients plan to grow their
clinical field teams in the second half of the year, and I'd like to understand what you're
looking for before those roles go live.

Would you be open to a 15-minute introductory call at some point? No pressure at all.

Kind regards,
James O'Connell
Principal Consultant, Mediquest Search
Dublin | Düsseldorf | Amsterdam
+353 1 555 0192
"""

X_BANK_EN_TEXT = """Dear Ms Adjei-Santos,

Thank you for your request. Your mortgage orientation interview has been confirmed.

Date: Tuesday 14 April 2026
Time: 17:00–18:00
Location: Video call (you'll receive the link one day in advance)
Adviser: Mr. R. Kuipers, mortgage adviser

In this first interview, we'll discuss your current position – income, savings and any
outstanding loans – and what you could borrow if you decide to buy a home in the
Netherlands. Please have your most recent payslip and an ID document at hand.

Need to change the appointment? Use the link in your online banking.

Kind regards,
Maasbank Hypotheken

This is an automatically generated email. You cannot reply to this message.
"""

X_OOO_EN_TEXT = """Thank you for your email.

I'm out of the office until Monday 18 May with limited access to email. For anything
urgent regarding open roles or interviews, please contact Priya Raman
(priya.raman@neuroloop.example.com).

Best regards,
Tom Verhoeven
Clinical Lead DACH, NeuroLoop Devices
"""

X_OOO_EN_ORIGINAL = """Dear Tom,

Thank you for the conversation on Monday – it was great to hear how your team supports new
centres. I've attached the reading list on neuromodulation you recommended, with my notes.

Best wishes,
Friederike
"""

X_COURSE_EN_TEXT = """Dear Ms Adjei-Santos,

Thank you for applying to the MSc Regulatory Affairs for Medical Devices (part-time) at the
Maas School of Health Sciences for the 2026–2027 intake.

The admissions committee has carefully reviewed your application. We regret to inform you
that we are unable to offer you a place on the programme this year. The number of qualified
applicants considerably exceeded the 30 places available, and priority was given to
applicants with a completed bachelor's degree in a life-science field.

You are welcome to apply again for next year's intake. Our pre-master module in
biostatistics, which starts in January, would strengthen a future application.

Yours sincerely,
Dr. Ilse Vroemen
Admissions Officer, Maas School of Health Sciences
Minderbroedersberg 4, 6211 LK Maastricht
"""

X_DENTIST_TEXT = """Hello Friederike,

Your appointment has been rescheduled.

Treatment: Dental check-up and cleaning
New date: Wednesday, 12 August 2026, 08:15
Dentist: Dr. Martin Clasen
Previous date: Friday, 7 August 2026, 16:30

Please accept the updated calendar entry attached. If the new time does not suit you,
please rebook online: https://book.cologne-smile.example.de

See you soon,
Cologne Smile Studio
Brüsseler Platz 9, 50672 Köln

This is an automated message – please do not reply.
"""

# ---------------------------------------------------------------- French

X_ALERTE_FR_ITEMS = [
    ("Spécialiste clinique – chirurgie cardiaque (H/F/X)",
     "https://emploi-liege.example.be/offre/55102", "Liège · CDI · publié il y a 2 jours"),
    ("Infirmier·ère d'application – dispositifs de perfusion",
     "https://emploi-liege.example.be/offre/55088", "Seraing · CDI · publié il y a 4 jours"),
    ("Product Specialist Orthopédie (bilingue FR/NL)",
     "https://emploi-liege.example.be/offre/55061", "Liège / Hasselt · voiture de société"),
]
X_ALERTE_FR_TEXT = """Bonjour Friederike,

3 nouvelles offres correspondent à votre alerte « spécialiste clinique » à Liège et
environs :

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, u, b in X_ALERTE_FR_ITEMS) + """

Notre conseil de la semaine : préparez votre entretien d'embauche en trois étapes
https://emploi-liege.example.be/conseils/entretien

Gérer mes alertes : https://emploi-liege.example.be/alertes
Se désabonner : https://emploi-liege.example.be/desabonnement?id=fas-2291
Emploi Liège – Place Saint-Lambert 7, 4000 Liège
"""

X_CHASSEUR_FR_TEXT = """Bonjour Friederike,

Je me permets de vous contacter car je mène actuellement, pour le compte d'un client
liégeois dans le domaine du monitoring hémodynamique, une recherche confidentielle pour un
poste de spécialiste clinique terrain. Votre parcours en soins intensifs et votre
expérience de formatrice m'ont semblé particulièrement pertinents.

Seriez-vous ouverte à un premier échange téléphonique, sans engagement, pour que je vous
présente le contexte ? Je suis disponible cette semaine en fin de journée.

Bien à vous,

Héloïse Lemaire
Associée – Life Sciences
Lemaire Talent Partners
Quai de Rome 25, 4000 Liège
+32 4 279 55 10
"""

X_BANQUE_FR_TEXT = """Madame Adjei-Santos,

Je suis au regret de devoir annuler notre rendez-vous de jeudi 17 septembre à 10h00
concernant l'ouverture de votre compte et votre demande de carte de crédit. Je serai en
formation toute la journée.

Je vous propose le lundi 21 septembre à 14h00 ou le mardi 22 à 9h30 à l'agence de la place
Cathédrale. Merci de m'indiquer le créneau qui vous convient ; n'oubliez pas votre carte
d'identité et une attestation de votre futur employeur.

Cordialement,

Sébastien Lhoest
Conseiller clientèle particuliers
Banque Mosane - Agence Liège Cathédrale
Place Cathédrale 12, 4000 Liège
+32 4 230 88 41
"""

X_OOO_FR_TEXT = """Bonjour,

Je suis absente du bureau jusqu'au lundi 13 avril inclus, sans accès à ma messagerie.

Pour toute question urgente concernant une candidature ou un entretien, vous pouvez
contacter le service RH au +32 4 222 61 00.

Cordialement,
Camille Dufrasne
Chargée de recrutement – Ortholux SA
"""

# ---------------------------------------------------------------- Spanish

X_ALERTA_ES_ITEMS = [
    ("Especialista Clínica de Producto – Cardiología",
     "https://empleosalud.example.es/oferta/77120", "Barcelona · Indefinido · hace 1 día"),
    ("Enfermera/o de Aplicaciones – Bombas de Infusión",
     "https://empleosalud.example.es/oferta/77102", "L'Hospitalet de Llobregat · hace 3 días"),
    ("Field Clinical Specialist – Neurovascular (inglés alto)",
     "https://empleosalud.example.es/oferta/77064", "Barcelona / Madrid · coche de empresa"),
    ("Formador/a Clínico/a – Endoscopia",
     "https://empleosalud.example.es/oferta/77031", "Sant Cugat del Vallès · hace 5 días"),
]
X_ALERTA_ES_TEXT = """Hola Friederike:

Tenemos 4 nuevas ofertas para tu alerta «especialista clínica» en Barcelona:

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, u, b in X_ALERTA_ES_ITEMS) + """

¿Te han rechazado en un proceso? Te contamos cómo pedir feedback sin incomodar:
https://empleosalud.example.es/blog/pedir-feedback

Gestionar alertas: https://empleosalud.example.es/alertas
Darse de baja: https://empleosalud.example.es/baja?u=fas-9921
EmpleoSalud – Carrer de Balmes 191, 08006 Barcelona
"""

X_PAQUETE_TEXT = """Hola Friederike:

Lamentablemente, tu paquete lleva retraso.

Número de seguimiento: ES7720391846BCN
Motivo: incidencia en el centro de distribución de Zaragoza
Nueva fecha estimada de entrega: viernes, 4 de septiembre de 2026

No tienes que hacer nada; te avisaremos cuando el paquete salga a reparto.
Sigue tu envío: https://seguimiento.rapidenvio.example.es/ES7720391846BCN

Gracias por tu paciencia,
RapidEnvío

Este es un mensaje automático. Por favor, no respondas a este correo.
"""

X_AMIGA_TEXT = """¡Hola, guapa!

Te cuento: al final el hospital me ha dicho que no. Me llamaron ayer para decirme que han
elegido a otra persona con más experiencia en quirófano. Después de tres entrevistas,
imagínate cómo me he quedado.

Pero bueno, el lunes tengo entrevista en una empresa de material sanitario en Sabadell, así
que a ver si hay más suerte.

¿Y tú qué tal? ¿Ya sabes algo de la empresa de endoscopia? Si te mudas a Barcelona en
noviembre, ¡te busco piso en Gràcia!

Un besazo,
Carmen
"""

X_CASERO_TEXT = """Hola Friederike,

Lamentablemente tengo que cancelar la cita para ver el piso de la calle Verdi el sábado a
las 11:00. Los inquilinos actuales me han pedido quedarse un mes más y todavía no sé cuándo
estará libre.

Si te interesa, puedo enseñarte otro piso que tengo en la calle Torrent de l'Olla, también
en Gràcia, el sábado 26 a las 12:00. Dime algo y te paso la dirección exacta.

Un saludo,
Xavier Pujol
Tel. 639 21 48 77
"""

X_CATALAN_TEXT = """Hola Friederike,

Gràcies per inscriure't al curs intensiu de català (nivell A2) d'octubre!

Antes de asignarte un grupo, te invitamos a una entrevista de nivel oral de unos 10 minutos.
Será por videollamada el miércoles 30 de septiembre a las 18:20. No hace falta preparar nada:
hablaremos un poco sobre ti, tu trabajo y tus planes en Barcelona.

Si no puedes a esa hora, responde a este correo y te proponemos otra.

Fins aviat!
Montse Riera
Coordinació de cursos – Escola de Llengües de Gràcia
"""

X_MASTER_TEXT = """Estimada Sra. Adjei-Santos:

Le agradecemos su interés en el Máster Universitario en Tecnología Sanitaria y Gestión de
Dispositivos Médicos (curso 2026-2027).

Una vez finalizado el proceso de admisión, lamentamos comunicarle que no ha obtenido plaza.
La nota de corte de este año ha sido de 8,4 y su expediente, una vez aplicado el baremo,
ha obtenido 7,9 puntos.

Puede consultar el detalle de la puntuación en la sede electrónica y presentar una
reclamación en un plazo de diez días hábiles. Asimismo, ha quedado en el puesto 12 de la
lista de espera; si se liberara alguna plaza, nos pondríamos en contacto con usted.

Atentamente,
Secretaría de Másteres
Escuela de Ingeniería Biomédica – Barcelona
"""

OTHER = [
    # ------------------------------------------------ German: the candidate's own mail
    dict(slug="eigene_danke_nach_interview_kardiotec", key="own_kt_thanks", parent="kt_moved",
         lang="de", company="", contact="",
         date="2026-05-05 18:40 +0200", frm=CAND,
         to=[("Jana Köhler", "jana.koehler@kardiotec.example.de")],
         subject="Danke für das Gespräch heute",
         text=OWN_KT_THANKS_TEXT),
    dict(slug="eigene_terminzusage_rheinvita", key="own_rv_confirm", parent="rv_screen",
         lang="de", company="", contact="",
         date="2026-02-16 12:05 +0100", frm=CAND,
         to=[("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de")],
         subject="AW: Ihre Bewerbung bei Rheinvita Medical – kurzes Telefonat?",
         text=OWN_RV_CONFIRM_TEXT + "\n" + replied(
             "de", "2026-02-16 09:20", "Katrin Oberhausen",
             "k.oberhausen@rheinvita.example.de", RV_SCREEN_TEXT)),
    dict(slug="eigene_bitte_um_verschiebung_lumedis", key="own_lum_move", parent="lum_invite",
         lang="de", company="", contact="",
         date="2026-03-06 19:10 +0100", frm=CAND,
         to=[("Stefanie Roth", "stefanie.roth@lumedis.example.de")],
         subject="Terminverschiebung Vorstellungsgespräch",
         text=OWN_LUM_MOVE_TEXT + "\n" + replied(
             "de", "2026-03-06 09:15", "Lumedis GmbH", "noreply@softgarden.io",
             LUM_INVITE_TEXT)),
    dict(slug="eigene_bewerbung_medaxon_pdf", key="own_medaxon", lang="de",
         company="", contact="",
         date="2026-06-08 21:33 +0200", frm=CAND,
         to=[("Lea Zimmermann", "lea.zimmermann@medaxon.example.de")],
         subject="Bewerbung als Field Clinical Specialist Neurovaskulär (m/w/d)",
         text=OWN_MEDAXON_TEXT,
         pdfs=[("Lebenslauf_Adjei-Santos.pdf", "Lebenslauf", CV_LINES)]),
    dict(slug="eigene_absage_an_rheinvita", parent="rv_offer", lang="de",
         company="", contact="",
         date="2026-03-27 08:02 +0100", frm=CAND,
         to=[("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de")],
         cc=[("Dr. Tobias Brenner", "t.brenner@rheinvita.example.de")],
         subject="AW: Ihr Angebot: Field Clinical Specialist Kardiologie bei Rheinvita Medical",
         text=X_OWN_RV_DECLINE),
    # ------------------------------------------------ German: lists, digests, notifications
    dict(slug="jobboerse_suchauftrag_koeln", lang="de", company="", contact="",
         date="2026-04-09 06:30 +0200",
         frm=("Jobbörse Rheinland", "noreply@alerts.jobs-rheinland.example.de"),
         subject="5 neue Jobs für „Clinical Specialist“ in Köln",
         text=X_JOBALERT_DE_TEXT,
         html=newsletter("5 neue Jobs für Ihren Suchauftrag",
                         "<p>Hallo Friederike, seit gestern sind diese Stellen neu:</p>",
                         X_JOBALERT_DE_ITEMS,
                         'Jobbörse Rheinland · <a href="https://jobs-rheinland.example.de/'
                         'abmelden?u=fas8821">Abmelden</a>', accent="#c2410c"),
         headers=listing("<suchauftrag.jobs-rheinland.example.de>",
                         "https://jobs-rheinland.example.de/abmelden?u=fas8821")),
    dict(slug="medtech_karriere_brief_maerz", lang="de", company="", contact="",
         date="2026-03-15 07:00 +0100",
         frm=("MedTech Karriere", "newsletter@medtech-karriere.example.de"),
         subject="Karriere-Brief März: Absage erhalten? Und die 7 Interviewfragen",
         text=X_NEWS_DE_TEXT,
         headers=listing("MedTech Karriere-Brief <brief.medtech-karriere.example.de>",
                         "https://medtech-karriere.example.de/newsletter/abmelden?id=55120",
                         "unsubscribe-55120@medtech-karriere.example.de")),
    dict(slug="pflegeverband_mitgliederinfo_html", lang="de", company="", contact="",
         date="2026-04-03 12:00 +0200",
         frm=("Pflegeverband Rheinland", "newsletter@pflegeverband-rheinland.example.de"),
         subject="Mitgliederinfo 04/2026: Tarif, Fortbildung und Stellenbörse",
         html=X_VERBAND_BODY, html_cte="base64",
         headers=listing("Mitgliederinfo <mitglieder.pflegeverband-rheinland.example.de>",
                         "https://pflegeverband-rheinland.example.de/newsletter/abmelden")),
    dict(slug="karriere_impulse_gehalt_nach_angebot", lang="de", company="", contact="",
         date="2026-06-21 08:00 +0200",
         frm=("Karriere-Impulse", "newsletter@karriere-impulse.example.de"),
         subject="Das Angebot liegt vor – so verhandeln Sie richtig",
         text=X_ARTIKEL_TEXT,
         headers=listing("<wochenartikel.karriere-impulse.example.de>",
                         "https://karriere-impulse.example.de/abmelden")),
    dict(slug="webinar_einladung_station_industrie", lang="de", company="", contact="",
         date="2026-04-14 17:45 +0200",
         frm=("MedTech Karriere Events", "noreply-events@medtech-karriere.example.de"),
         subject="Einladung: Live-Webinar „Von der Station in die Medizintechnik“",
         text=X_WEBINAR_TEXT,
         html=page(paras(X_WEBINAR_TEXT), "Webinar"),
         headers=listing("MedTech Karriere Events <events.medtech-karriere.example.de>",
                         "https://medtech-karriere.example.de/newsletter/abmelden?id=55120")),
    dict(slug="workday_passwort_zuruecksetzen", lang="de", company="", contact="",
         date="2026-05-02 22:51 +0000", frm=("Rheinvita Medical", "rheinvita@myworkday.com"),
         subject="Rheinvita Medical: Passwort zurücksetzen",
         text=X_PASSWORT_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="paketblitz_sendung_verspaetet", lang="de", company="", contact="",
         date="2026-10-19 19:03 +0200",
         frm=("Paketblitz", "noreply@benachrichtigung.paketblitz.example.de"),
         subject="Ihre Sendung verspätet sich leider",
         text=X_PAKET_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="praxis_termin_abgesagt_b_subject", lang="de", company="", contact="",
         date="2026-03-04 07:15 +0100",
         frm=("Hausarztpraxis Dr. med. Gül", "noreply@praxis-guel.example.de"),
         subject="Absage Ihres Termins am 09.03.2026 – bitte neu vereinbaren",
         subj_cs=("utf-8", "B"),
         text=X_ARZT_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="abwesenheit_rheinvita_nach_angebot", lang="de", company="",
         contact="k.oberhausen@rheinvita.example.de",
         date="2026-03-27 08:02 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         subject="Automatische Antwort: AW: Ihr Angebot: Field Clinical Specialist "
                 "Kardiologie bei Rheinvita Medical",
         text=X_OOO_DE_TEXT, html=outlook_html(paras(X_OOO_DE_TEXT)),
         headers=AUTO_REPLY),
    # ------------------------------------------------ German: people and other worlds
    dict(slug="headhunter_vertrauliche_ansprache", key="hl_cold", lang="de", company="",
         contact="p.lohmann@hartwig-lohmann.example.de",
         date="2026-02-02 09:14 +0100",
         frm=("Dr. Philipp Lohmann", "p.lohmann@hartwig-lohmann.example.de"),
         subject="Vertrauliche Anfrage – Field Clinical Specialist SHD",
         text=X_HEADHUNTER_DE_TEXT),
    dict(slug="podcast_interviewanfrage", lang="de", company="",
         contact="svenja@pflege-trifft-technik.example.de",
         date="2026-04-22 20:14 +0200",
         frm=("Svenja Hollmann", "svenja@pflege-trifft-technik.example.de"),
         subject="Interview-Anfrage für „Pflege trifft Technik“",
         text=X_PODCAST_TEXT),
    dict(slug="usability_lab_nutzerinterview", lang="de", company="",
         contact="lina.okafor@usabilitylab-koeln.example.de",
         date="2026-04-29 10:37 +0200",
         frm=("Lina Okafor", "lina.okafor@usabilitylab-koeln.example.de"),
         subject="Einladung zu einem Nutzerinterview (60 Min., 90 € Gutschein)",
         text=X_NUTZERSTUDIE_TEXT),
    dict(slug="freundin_eigene_absage", lang="de", company="",
         contact="mareike.jansen@example.de",
         date="2026-05-18 22:47 +0200", frm=("Mareike Jansen", "mareike.jansen@example.de"),
         subject="Absage :( und wie war's bei dir?",
         text=X_FREUNDIN_TEXT),
    dict(slug="bank_beratungstermin_latin1", lang="de", company="",
         contact="thomas.schmitz@rheinische-vb.example.de",
         date="2026-05-08 11:20 +0200",
         frm=("Thomas Schmitz", "thomas.schmitz@rheinische-vb.example.de"),
         subject="Bestätigung Ihres Beratungstermins am 15.05.",
         text=X_BANK_TEXT, charset="iso-8859-1", cte="base64"),
    dict(slug="vermieter_wartung_verschoben_cp1252", lang="de", company="",
         contact="g.wessels@example.de",
         date="2026-06-08 18:02 +0200", frm=("Gerd Wessels", "g.wessels@example.de"),
         subject="Thermenwartung verschoben / Ihre Kündigung",
         text=X_VERMIETER_TEXT, charset="windows-1252", cte="quoted-printable"),
    dict(slug="schule_elterngespraech", lang="de", company="",
         contact="a.breuer@kgs-nippes.example.de",
         date="2026-01-26 14:05 +0100", frm=("Anke Breuer", "a.breuer@kgs-nippes.example.de"),
         subject="Einladung zum Elterngespräch",
         text=X_SCHULE_TEXT),
    dict(slug="weiterbildung_kein_platz_pdf", lang="de", company="",
         contact="p.kirchhoff@rheinische-akademie.example.de",
         date="2026-07-21 09:48 +0200",
         frm=("Petra Kirchhoff", "p.kirchhoff@rheinische-akademie.example.de"),
         subject="Ihre Anmeldung zur Weiterbildung Medizinprodukteberater/in",
         text=X_WEITERBILDUNG_TEXT,
         pdfs=[("Bescheid_Weiterbildung_MPB.pdf", "Rheinische Akademie für Gesundheitsberufe",
                ["Bescheid über Ihre Anmeldung", "Kurs: Geprüfte/r Medizinprodukteberater/in",
                 "Kursbeginn: 14.09.2026", "Ergebnis: kein Platz verfügbar (Kurs ausgebucht)",
                 "Vormerkung für den Kurs Februar 2027 möglich."])]),
    dict(slug="kollegin_leitet_stellenanzeige_weiter", lang="de", company="",
         contact="tanja.pohl@example.de",
         date="2026-05-22 12:30 +0200", frm=("Tanja Pohl", "tanja.pohl@example.de"),
         subject="WG: Stellenanzeige – vielleicht für deine Kollegin?",
         text=X_FORWARD_TEXT),
    dict(slug="coaching_sitzung_interviewuebung", lang="de", company="",
         contact="miriam@teschner-coaching.example.de",
         date="2026-02-27 16:20 +0100",
         frm=("Miriam Teschner", "miriam@teschner-coaching.example.de"),
         subject="Dienstag: Generalprobe fürs Fachgespräch",
         text=X_COACHING_TEXT),
    dict(slug="ehemalige_chefin_referenzanruf", lang="de", company="",
         contact="gabriele.nohl@example.de",
         date="2026-03-18 21:05 +0100", frm=("Gabriele Nohl", "gabriele.nohl@example.de"),
         subject="Referenzanruf von Rheinvita",
         text=X_REFERENZ_TEXT),
    dict(slug="volleyball_training_aufstellung", lang="de", company="",
         contact="bernd.lammers@vc-nippes.example.de",
         date="2026-09-14 21:30 +0200",
         frm=("Bernd Lammers", "bernd.lammers@vc-nippes.example.de"),
         to=[("Damen 2", "damen2@vc-nippes.example.de")], cc=[CAND],
         subject="Training fällt aus + Aufstellung Samstag",
         text=X_VEREIN_TEXT,
         headers=[("List-Id", "Damen 2 <damen2.vc-nippes.example.de>")]),
    # ------------------------------------------------ English
    dict(slug="own_apology_missed_call_neuroloop", key="own_nl_sorry", parent="nl_missed",
         lang="en", company="", contact="",
         date="2026-04-28 13:05 +0200", frm=CAND,
         to=[("Priya Raman", "priya.raman@neuroloop.example.com")],
         subject="Sorry about this morning",
         text=OWN_NL_SORRY_TEXT + "\n" + replied("en", "2026-04-28 11:20", "Priya Raman",
                                                 "priya.raman@neuroloop.example.com",
                                                 M006_TEXT)),
    dict(slug="own_status_followup_ventrix", key="own_vx_followup", parent="vx_ack",
         lang="en", company="", contact="",
         date="2026-03-16 07:48 +0100", frm=CAND,
         to=[("Ventrix Medical Talent Acquisition", "talent@ventrix.example.nl")],
         subject="Re: Your application to Ventrix Medical",
         text=OWN_VX_FOLLOWUP_TEXT + "\n" + replied("en", "2026-02-17 11:04",
                                                    "Ventrix Medical", "no-reply@hire.lever.co",
                                                    A012_TEXT)),
    dict(slug="prolink_job_alert_maastricht", lang="en", company="", contact="",
         date="2026-05-26 18:05 +0000",
         frm=("ProLink Job Alerts", "jobalerts-noreply@prolink.example.com"),
         subject="4 new jobs for \"field clinical specialist\" near Maastricht",
         text=X_JOBALERT_EN_TEXT,
         html=newsletter("Your job alert", "<p>4 new jobs match your preferences.</p>",
                         X_JOBALERT_EN_ITEMS,
                         '<a href="https://www.prolink.example.com/comm/unsubscribe?type='
                         'job_alert">Unsubscribe</a> · ProLink Corporation', accent="#0a66c2",
                         lang="en"),
         headers=listing("<job_alert.prolink.example.com>",
                         "https://www.prolink.example.com/comm/unsubscribe?type=job_alert")),
    dict(slug="device_nurse_newsletter", lang="en", company="", contact="",
         date="2026-06-07 09:00 +0100",
         frm=("Hannah at The Device Nurse", "no-reply@newsletter.thedevicenurse.example.com"),
         subject="Decoding rejection emails (and 5 interview mistakes)",
         text=X_NEWS_EN_TEXT,
         headers=listing("The Device Nurse <thedevicenurse.newsletter.example.com>",
                         "https://thedevicenurse.example.com/unsubscribe?e=friederike.as%40"
                         "example.de")),
    dict(slug="prolink_profile_views_html", lang="en", company="", contact="",
         date="2026-08-03 15:22 +0000",
         frm=("ProLink", "notifications-noreply@prolink.example.com"),
         subject="Friederike, a recruiter viewed your profile",
         html=page(paras(X_PROFILEVIEWS_TEXT), "Profile views", "en"),
         headers=listing("<profile_views.prolink.example.com>",
                         "https://www.prolink.example.com/comm/unsubscribe?type=profile_views")),
    dict(slug="press_interview_request", lang="en", company="",
         contact="rebecca.lindqvist@devicehorizons.example.co.uk",
         date="2026-05-28 11:42 +0100",
         frm=("Rebecca Lindqvist", "rebecca.lindqvist@devicehorizons.example.co.uk"),
         subject="Interview request – nurses moving into medtech",
         text=X_PRESS_TEXT),
    dict(slug="user_research_interview_corvana", lang="en", company="",
         contact="dana.whitfield@corvana.example.com",
         date="2026-06-12 16:18 +0200",
         frm=("Dana Whitfield", "dana.whitfield@corvana.example.com"),
         subject="Invitation: 45-min research interview about wound documentation",
         text=X_USER_RESEARCH_TEXT),
    dict(slug="gps_tracker_position_update", lang="en", company="", contact="",
         date="2026-08-18 07:42 +0200",
         frm=("Trakkit Alerts", "alerts-noreply@trakkit.example.com"),
         subject="Position update: Commuter bike left safe zone",
         text=X_GPS_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="friend_own_rejection_maastricht", lang="en", company="",
         contact="anouk.peeters@example.nl",
         date="2026-06-30 21:16 +0200", frm=("Anouk Peeters", "anouk.peeters@example.nl"),
         subject="well, that's a no",
         text=X_FRIEND_EN_TEXT),
    dict(slug="mediquest_cold_approach", lang="en", company="",
         contact="james.oconnell@mediquest.example.ie",
         date="2026-05-05 10:02 +0100",
         frm=("James O'Connell", "james.oconnell@mediquest.example.ie"),
         subject="Clinical field teams in the Rhineland – quick intro?",
         text=X_COLD_EN_TEXT, html=page(paras(X_COLD_EN_TEXT), "Intro", "en")),
    dict(slug="bank_mortgage_orientation_interview", lang="en", company="", contact="",
         date="2026-03-31 09:30 +0200",
         frm=("Maasbank Hypotheken", "no-reply@maasbank.example.nl"),
         subject="Confirmation of your mortgage orientation interview",
         text=X_BANK_EN_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="out_of_office_clinical_lead", lang="en", company="",
         contact="tom.verhoeven@neuroloop.example.com",
         date="2026-05-06 20:11 +0200",
         frm=("Tom Verhoeven", "tom.verhoeven@neuroloop.example.com"),
         subject="Automatic reply: Reading list – thank you",
         text=X_OOO_EN_TEXT + "\n" + outlook_block(
             "en", f"{CAND_NAME} <{CAND_ADDR}>", "2026-05-06 20:10",
             "Tom Verhoeven <tom.verhoeven@neuroloop.example.com>",
             "Reading list – thank you", X_OOO_EN_ORIGINAL),
         headers=AUTO_REPLY),
    dict(slug="msc_admission_refused", lang="en", company="",
         contact="i.vroemen@maas-health.example.nl",
         date="2026-07-03 14:55 +0200",
         frm=("Dr. Ilse Vroemen", "i.vroemen@maas-health.example.nl"),
         subject="Your application for the MSc Regulatory Affairs for Medical Devices",
         text=X_COURSE_EN_TEXT),
    dict(slug="dentist_appointment_rescheduled_ics", lang="en", company="", contact="",
         date="2026-08-04 08:02 +0200",
         frm=("Cologne Smile Studio", "no-reply@cologne-smile.example.de"),
         subject="Your appointment has been rescheduled – 12 August, 08:15",
         text=X_DENTIST_TEXT,
         ics=dict(method="REQUEST", uid="appt-55810-cologne-smile@cologne-smile.example.de",
                  seq=1, start="2026-08-12 08:15", end="2026-08-12 09:00",
                  prodid="-//Cologne Smile Studio//Booking//EN",
                  summary="Dental check-up and cleaning – Dr. Martin Clasen",
                  location="Cologne Smile Studio, Brüsseler Platz 9, Köln",
                  organizer=("Cologne Smile Studio", "no-reply@cologne-smile.example.de")),
         ics_as="attach", headers=[("Auto-Submitted", "auto-generated")]),
    # ------------------------------------------------ French
    dict(slug="propre_candidature_cardiolys_pdf", key="own_cardiolys", lang="fr",
         company="", contact="",
         date="2026-08-10 22:04 +0200", frm=CAND,
         to=[("Amandine Ruelle", "a.ruelle@cardiolys.example.be")],
         subject="Candidature – Infirmière spécialiste produit électrophysiologie",
         text=OWN_CARDIOLYS_TEXT,
         pdfs=[("CV_Friederike_Adjei-Santos_FR.pdf", "Curriculum vitae",
                ["Friederike Adjei-Santos", "Infirmière spécialisée en soins intensifs",
                 "2017 - aujourd'hui : soins intensifs, hôpital universitaire, Cologne",
                 "2022 - aujourd'hui : tutrice de stage, formation aux dispositifs",
                 "Langues : allemand, anglais (C1), français (B2), espagnol (B1)"])]),
    dict(slug="alerte_emploi_liege", lang="fr", company="", contact="",
         date="2026-03-02 06:45 +0100",
         frm=("Emploi Liège", "alertes@emploi-liege.example.be"),
         subject="3 nouvelles offres pour « spécialiste clinique »",
         text=X_ALERTE_FR_TEXT,
         html=newsletter("Vos nouvelles offres", "<p>Bonjour Friederike,</p>",
                         X_ALERTE_FR_ITEMS,
                         '<a href="https://emploi-liege.example.be/desabonnement?id=fas-2291">'
                         "Se désabonner</a>", accent="#8e44ad", lang="fr"),
         headers=listing("<alertes.emploi-liege.example.be>",
                         "https://emploi-liege.example.be/desabonnement?id=fas-2291")),
    dict(slug="approche_chasseur_confidentielle", key="lt_cold", lang="fr", company="",
         contact="heloise.lemaire@lemaire-talent.example.be",
         date="2026-05-27 17:12 +0200",
         frm=("Héloïse Lemaire", "heloise.lemaire@lemaire-talent.example.be"),
         name_cs=("utf-8", "B"),
         subject="Opportunité confidentielle – monitoring hémodynamique",
         text=X_CHASSEUR_FR_TEXT),
    dict(slug="banque_rendez_vous_annule", lang="fr", company="",
         contact="sebastien.lhoest@banque-mosane.example.be",
         date="2026-09-15 08:40 +0200",
         frm=("Sébastien Lhoest", "sebastien.lhoest@banque-mosane.example.be"),
         subject="Annulation de notre rendez-vous du 17 septembre",
         text=X_BANQUE_FR_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    dict(slug="reponse_automatique_absence", lang="fr", company="",
         contact="camille.dufrasne@ortholux.example.be",
         date="2026-04-03 09:00 +0200",
         frm=("Camille Dufrasne", "camille.dufrasne@ortholux.example.be"),
         subject="Réponse automatique : Suivi de ma candidature",
         text=X_OOO_FR_TEXT, headers=AUTO_REPLY),
    # ------------------------------------------------ Spanish
    dict(slug="propio_agradecimiento_endobarna", key="own_eb_thanks", parent="eb_moved",
         lang="es", company="", contact="",
         date="2026-07-14 19:20 +0200", frm=CAND,
         to=[("Núria Casals", "nuria.casals@endobarna.example.es")],
         subject="Gracias por la entrevista",
         text=OWN_EB_THANKS_TEXT + "\n" + replied(
             "es", "2026-07-10 11:18", "Núria Casals", "nuria.casals@endobarna.example.es",
             C014_TEXT)),
    dict(slug="alerta_empleo_barcelona", lang="es", company="", contact="",
         date="2026-08-24 07:10 +0200",
         frm=("EmpleoSalud", "alertas@empleosalud.example.es"),
         subject="4 nuevas ofertas de «especialista clínica» en Barcelona",
         text=X_ALERTA_ES_TEXT,
         html=newsletter("Tus nuevas ofertas", "<p>Hola Friederike:</p>", X_ALERTA_ES_ITEMS,
                         '<a href="https://empleosalud.example.es/baja?u=fas-9921">Darse de '
                         "baja</a>", accent="#d35400", lang="es"),
         headers=listing("<alertas.empleosalud.example.es>",
                         "https://empleosalud.example.es/baja?u=fas-9921")),
    dict(slug="paquete_retrasado", lang="es", company="", contact="",
         date="2026-09-01 12:14 +0200",
         frm=("RapidEnvío", "no-responder@rapidenvio.example.es"),
         subject="Tu paquete lleva retraso",
         text=X_PAQUETE_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
    dict(slug="amiga_cuenta_su_rechazo", lang="es", company="",
         contact="carmen.lozano@example.es",
         date="2026-08-27 23:02 +0200", frm=("Carmen Lozano", "carmen.lozano@example.es"),
         subject="Pues nada… otra vez será",
         text=X_AMIGA_TEXT),
    dict(slug="casero_cita_piso_cancelada_cp1252", lang="es", company="",
         contact="xavier.pujol@example.es",
         date="2026-09-17 13:45 +0200", frm=("Xavier Pujol", "xavier.pujol@example.es"),
         subject="Cita para ver el piso – cancelada",
         text=X_CASERO_TEXT, charset="windows-1252", cte="quoted-printable"),
    dict(slug="escola_idiomes_entrevista_nivel", lang="es", company="",
         contact="montse.riera@escolagracia.example.es",
         date="2026-09-21 10:05 +0200",
         frm=("Montse Riera", "montse.riera@escolagracia.example.es"),
         subject="Entrevista de nivel – curso intensivo de catalán",
         text=X_CATALAN_TEXT, html=page(paras(X_CATALAN_TEXT), "Entrevista de nivel", "es")),
    dict(slug="master_sin_plaza", lang="es", company="", contact="",
         date="2026-07-29 09:00 +0200",
         frm=("Secretaría de Másteres EIB", "no-reply@eib-barcelona.example.es"),
         subject="Resolución de admisión – Máster en Tecnología Sanitaria",
         text=X_MASTER_TEXT, headers=[("Auto-Submitted", "auto-generated")]),
]

