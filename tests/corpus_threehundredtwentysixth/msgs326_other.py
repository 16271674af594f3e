"""Everything that is not job mail about the candidate's own applications: digests, newsletters,
press and research interviews, parcels, appointments, friends, refused course places,
auto-replies and the candidate's own sent mail. Written blind for the 326th corpus."""

from __future__ import annotations

from msgs326_common import ME, m

LIST_DE = {"List-Id": "Jobagent QS Nordhessen <jobagent.jobfinder-nord.example.de>",
           "List-Unsubscribe": "<https://jobfinder-nord.example.de/abmelden?u=77120>",
           "Precedence": "bulk"}
FRIEND_JONAS = ("Jonas Riedesel", "jonas.riedesel@example.net")
MIRIAM = ("Miriam Stöckel", "miriam.stoeckel@example.org")
MAITE = ("Maite Arregi", "maite.arregi@example.com")

MIRIAM_INVITE = m(
    "miriam_original", "interview_invitation", "de", "2026-03-30 10:00 +0200",
    ("Recruiting Weserbergland Konditorei", "karriere@weserbergland-konditorei.example.de"),
    "Einladung zum Vorstellungsgespräch – Produktionsleitung Konditorei",
    """Sehr geehrte Frau Stöckel,

vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 9. April 2026, um 10:00 Uhr in unser Werk in Hameln ein.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
    to=MIRIAM, company="Weserbergland Konditorei")

MAITE_INVITE = m(
    "maite_original", "interview_invitation", "es", "2026-06-05 09:00 +0200",
    ("Selección Pastelería Goxo", "seleccion@goxo-pasteleria.example.es"),
    "Convocatoria de entrevista – Maestra obrador",
    """Hola Maite:

Nos gustaría convocarte a una entrevista para el puesto de Maestra de obrador el miércoles 10 de junio a las 17:00 en nuestra tienda de la calle Ledesma.

Un saludo,
Selección Pastelería Goxo""",
    to=MAITE, company="Pastelería Goxo", cte="8bit")

SPECS = [
    # ---------------- German
    m("jobagent_digest", "other", "de", "2026-02-23 06:00 +0100",
      ("Jobfinder Nord Jobagent", "jobagent@jobfinder-nord.example.de"),
      "12 neue Jobs für „Qualitätssicherung Lebensmittel“ in Kassel",
      """Guten Morgen Tobias,

Ihr Jobagent hat 12 neue Stellen gefunden:

1. QS-Mitarbeiter (m/w/d) Fleischverarbeitung – Baunatal
2. Hygienebeauftragter Großküche – Kassel
3. Lebensmitteltechniker QS – Hann. Münden
… und 9 weitere

Karriere-Tipp der Woche: Keine Angst vor der Absage! Jede Absage ist eine Chance, Ihr Anschreiben zu verbessern. Und für das nächste Vorstellungsgespräch: Bereiten Sie drei Beispiele aus Ihrer Praxis vor. Leider werden viele Bewerbungen wegen Kleinigkeiten aussortiert – prüfen Sie daher Ihre Unterlagen doppelt.

Jobagent bearbeiten oder abbestellen: https://jobfinder-nord.example.de/jobagent""",
      headers=LIST_DE, fmt="alt", subj_enc=("q", "utf-8")),
    m("karrierebrief", "other", "de", "2026-04-02 07:30 +0200",
      ("Karrierebrief Lebensmittelwirtschaft", "newsletter@lebensmittel-karriere.example.de"),
      "Karrierebrief 04/2026: Die 7 häufigsten Fehler im Vorstellungsgespräch",
      """Karrierebrief 04/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:
– Die 7 häufigsten Fehler im Vorstellungsgespräch (und wie Sie sie vermeiden)
– „Leider müssen wir Ihnen mitteilen …“ – was hinter Standardabsagen wirklich steckt
– Gehaltsreport QS/QM 2026: Was verdienen Hygienebeauftragte?
– Termine: Online-Bewerbungstraining am 15. April

Viel Spaß beim Lesen!
Ihre Redaktion

Sie erhalten diesen Newsletter, weil Sie sich auf lebensmittel-karriere.example.de angemeldet haben. Abmelden: https://lebensmittel-karriere.example.de/nl/abmelden""",
      headers={"List-Id": "Karrierebrief <karrierebrief.lebensmittel-karriere.example.de>",
               "List-Unsubscribe": "<mailto:unsubscribe@lebensmittel-karriere.example.de>",
               "Precedence": "bulk"},
      fmt="html", cs="windows-1252", cte="qp"),
    m("podcast_de", "other", "de", "2026-03-16 20:14 +0100",
      ("Lena Marx", "lena@teigzeit-podcast.example.de"),
      "Interviewanfrage für den Teigzeit-Podcast",
      """Hallo Tobias,

ich mache den Podcast „Teigzeit“ über Handwerksbäckereien und habe deinen Beitrag im Innungsforum über Sauerteig-Hygiene gelesen. Hättest du Lust, mir für eine Folge ein Interview zu geben? Wir würden ca. eine Stunde per Video aufnehmen, Termin ganz nach deinem Kalender.

Liebe Grüße
Lena Marx
Teigzeit – der Podcast rund ums Brot""",
      cte="8bit"),
    m("radio_de", "other", "de", "2026-01-28 11:50 +0100",
      ("Redaktion Radio Nordhessen Aktuell", "redaktion@radio-nordhessen.example.de"),
      "Kurzes Radio-Interview zum Brotpreis?",
      """Guten Tag Herr Engelhardt-Kühn,

wir bereiten für Freitag einen Beitrag über steigende Brotpreise in Nordhessen vor und suchen einen Bäckermeister, der uns in einem kurzen Telefoninterview (ca. 5 Minuten, Aufzeichnung) die Hintergründe erklärt. Hätten Sie morgen zwischen 10 und 12 Uhr Zeit?

Beste Grüße
Friederike Damm
Redaktion Radio Nordhessen Aktuell""",
      cs="iso-8859-1", cte="qp"),
    m("paket_de", "other", "de", "2026-03-04 14:02 +0100",
      ("PaketBlitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung 00340 4471 2290",
      """Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 aufgrund eines hohen Sendungsaufkommens. Neuer voraussichtlicher Zustelltag: Freitag, 06.03.2026.

Sie müssen nichts weiter tun. Den aktuellen Status sehen Sie jederzeit in der Sendungsverfolgung.

Ihr PaketBlitz-Team""",
      fmt="html"),
    m("depot_de", "other", "de", "2026-07-01 05:12 +0200",
      ("Fuldabank Online-Banking", "service@fuldabank.example.de"),
      "Ihre Depotübersicht: neue Position eingebucht",
      """Sehr geehrter Herr Engelhardt-Kühn,

in Ihrem Depot 4471-22 wurde eine neue Position eingebucht: 12,000 Anteile Nordhessen Nachhaltig Fonds. Die Abrechnung finden Sie in Ihrem elektronischen Postfach.

Bitte beachten Sie: Wir werden Sie niemals per E-Mail nach Ihrer PIN oder TAN fragen.

Ihre Fuldabank""",
      cs="iso-8859-1", cte="qp", subj_enc=("q", "iso-8859-1")),
    m("gps_de", "other", "de", "2026-09-12 22:40 +0200",
      ("VeloTrack Alarm", "alarm@velotrack.example.de"),
      "Positionsmeldung: Ihr Fahrrad hat die Sicherheitszone verlassen",
      """Achtung!

Ihr Tracker „Lastenrad Tobi“ hat die definierte Sicherheitszone verlassen.
Letzte Position: 51.3127° N, 9.4797° E (Kassel, Friedrich-Ebert-Straße)
Zeit: 12.09.2026, 22:38 Uhr

Position in der App anzeigen: https://velotrack.example.de/map/88a1""",
      fmt="alt"),
    m("wohnung_de", "other", "de", "2026-08-03 12:25 +0200",
      ("Hausverwaltung Leinebogen", "vermietung@leinebogen-hv.example.de"),
      "Einladung zur Wohnungsbesichtigung – Weender Landstraße 61",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Weender Landstraße 61, Göttingen. Wir laden Sie zu einem Besichtigungstermin am Samstag, 8. August 2026, um 11:15 Uhr ein.

Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

Mit freundlichen Grüßen
Hausverwaltung Leinebogen""",
      cs="windows-1252", cte="8bit"),
    m("zahnarzt_de", "other", "de", "2026-05-25 08:00 +0200",
      ("Zahnarztpraxis Dr. Wetzlar", "termine@zahnarzt-wetzlar.example.de"),
      "Terminerinnerung: Kontrolluntersuchung am 27.05.2026",
      """Guten Tag Herr Engelhardt-Kühn,

wir möchten Sie an Ihren Termin zur Kontrolluntersuchung und professionellen Zahnreinigung erinnern:

Mittwoch, 27.05.2026, 16:20 Uhr

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab. Nicht abgesagte Termine können wir Ihnen leider in Rechnung stellen.

Ihr Praxisteam Dr. Wetzlar""",
      fmt="html", cte="b64"),
    m("friend_absage", "other", "de", "2026-04-17 21:33 +0200", FRIEND_JONAS,
      "Na, wie läuft's bei dir?",
      """Hey Tobi,

kurzes Update von mir: Ich hab heute die Absage von der Brauerei in Einbeck bekommen, nach drei Gesprächsrunden! „Wir haben uns für einen Kandidaten entschieden, dessen Profil besser passt“ – na klar. Bin ziemlich bedient.

Wie sieht's bei dir aus? Hattest du nicht letzte Woche das Gespräch beim Landesamt? Lass uns mal wieder ein Bier trinken gehen, dann erzählst du.

Gruß
Jonas""",
      cte="8bit", subj_enc=("q", "utf-8")),
    m("friend_fwd_de", "other", "de", "2026-03-30 19:02 +0200", MIRIAM,
      "WG: Einladung zum Vorstellungsgespräch – Produktionsleitung Konditorei",
      """Hallo Tobias,

schau mal, ich bin zum Gespräch in Hameln eingeladen! Du kennst dich doch mit Produktionsleitung aus – hast du Tipps, was die mich fragen könnten? Die Original-Mail hänge ich dir an.

Danke dir und liebe Grüße
Miriam""",
      fwd=MIRIAM_INVITE, name_enc=("b", "utf-8")),
    m("lehrgang_de", "other", "de", "2026-02-05 10:10 +0100",
      ("Bildungszentrum Lebensmittelhandwerk", "kurse@bz-lebensmittel.example.de"),
      "Ihre Anmeldung: Lehrgang Hygienebeauftragter (HACCP) – März 2026",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Anmeldung zum Lehrgang „Hygienebeauftragter (HACCP)“ vom 16. bis 20. März 2026.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und empfehlen Ihnen alternativ den Lehrgang im Juni.

Mit freundlichen Grüßen
Kursverwaltung
Bildungszentrum Lebensmittelhandwerk""",
      cs="windows-1252", cte="qp"),
    m("headhunter_de", "other", "de", "2026-05-11 08:44 +0200",
      ("Markus Lindner", "m.lindner@lindner-executive.example.de"),
      "Perspektiven im Qualitätsmanagement",
      """Guten Tag Herr Engelhardt-Kühn,

ich bin auf Ihr Profil aufmerksam geworden und beeindruckt von Ihrem Weg vom Bäckermeister in Richtung Qualitätssicherung. Ich begleite seit über 15 Jahren Fach- und Führungskräfte in der Lebensmittelindustrie.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne in mein Netzwerk aufnehmen. Wenn Sie möchten, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Beste Grüße
Markus Lindner
Lindner Executive Consulting
Königsplatz 57, 34117 Kassel""",
      fmt="alt"),
    m("own_app_salzach", "other", "de", "2026-03-26 21:05 +0100", ME,
      "Bewerbung als Qualitätssicherungstechniker – Tobias Engelhardt-Kühn",
      """Sehr geehrte Frau Mag. Pichler,

hiermit bewerbe ich mich auf Ihre Ausschreibung als Qualitätssicherungstechniker in Salzburg.

Als Bäckermeister mit zwölf Jahren Praxis habe ich in unserem Betrieb das HACCP-Konzept aufgebaut, die Hygieneschulungen für 25 Mitarbeitende übernommen und zwei IFS-Audits bei einem Handelskunden begleitet. Diese Erfahrung möchte ich nun hauptberuflich in die Qualitätssicherung einbringen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Tobias Engelhardt-Kühn
Kassel · +49 176 5550 1821""",
      to=("Mag. Verena Pichler", "verena.pichler@salzach-feinkost.example.at"),
      pdf=[("Lebenslauf_Engelhardt-Kuehn.pdf", ["Lebenslauf", "Tobias Engelhardt-Kuehn",
            "Baeckermeister, HACCP-Verantwortlicher"])]),
    m("own_move_llv", "other", "de", "2026-03-19 07:40 +0100", ME,
      "AW: Verlegung Auswahlgespräch – Kennziffer 2026-17",
      """Sehr geehrte Frau Brandhorst,

vielen Dank für die Information. Leider habe ich am 31. März um 9:30 Uhr einen Prüfungstermin bei der Handwerkskammer. Wäre es möglich, mein Gespräch auf den Nachmittag desselben Tages oder einen anderen Tag zu legen?

Mit freundlichen Grüßen
Tobias Engelhardt-Kühn""",
      to=("Ute Brandhorst", "ute.brandhorst@lv-nordhessen.example.de"), parent="llv_move",
      quote="outlook_de", cs="windows-1252", cte="qp"),
    m("own_sorry_tempo", "other", "de", "2026-02-19 10:02 +0100", ME,
      "Re: Ihr Vorstellungstermin heute früh",
      """Guten Morgen,

es tut mir furchtbar leid – mein Zug aus Kassel ist wegen einer Signalstörung in Bebra ausgefallen, und ich hatte keine Nummer der Schichtleitung. Ich habe um 7:20 Uhr versucht, Sie im Büro zu erreichen, aber da war noch niemand da.

Bitte richten Sie dem Kunden meine Entschuldigung aus. Ich würde mich über einen zweiten Termin freuen.

Viele Grüße
Tobias Engelhardt-Kühn""",
      to=("TempoJob Zeitarbeit Erfurt", "erfurt@tempojob.example.de"),
      parent="tempojob_noshow", quote="de", cte="8bit"),
    m("own_thanks_gold", "other", "de", "2026-02-10 17:15 +0100", ME,
      "Gespräch bei Goldähre heute",
      """Hallo Herr Hartung,

kurze Rückmeldung: Das Gespräch bei der Goldähre Großbäckerei lief aus meiner Sicht gut. Herr Nolte hat mir die Linien gezeigt, und wir haben lange über Allergenmanagement gesprochen. Richten Sie Frau Sandmann gern meinen Dank aus.

Viele Grüße
Tobias Engelhardt-Kühn""",
      to=("Jens Hartung | ProPersonal Nordhessen", "j.hartung@propersonal-nh.example.de")),
    m("ooo_woehler", "other", "de", "2026-07-06 07:56 +0200",
      ("Katrin Wöhler", "katrin.woehler@leinetal-milch.example.de"),
      "Automatische Antwort: AW: Ihr Vertragsangebot – QS-Beauftragter (m/w/d)",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. Juli 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@leinetal-milch.example.de.

Mit freundlichen Grüßen
Katrin Wöhler""",
      parent="leinetal_accept",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      subj_enc=("q", "utf-8")),
    m("ooo_brandhorst", "other", "de", "2026-03-19 07:41 +0100",
      ("Ute Brandhorst", "ute.brandhorst@lv-nordhessen.example.de"),
      "Abwesenheitsnotiz: AW: Verlegung Auswahlgespräch – Kennziffer 2026-17",
      """Sehr geehrte Damen und Herren,

ich bin vom 19.03. bis 23.03.2026 nicht erreichbar. Ihre E-Mail wird nach meiner Rückkehr bearbeitet. In dringenden Personalangelegenheiten wenden Sie sich bitte an die Poststelle des Landesamtes.

Mit freundlichen Grüßen
Ute Brandhorst""",
      parent="own_move_llv", cs="iso-8859-1", cte="8bit",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      subj_enc=("q", "windows-1252")),
    m("innungsbrief", "other", "de", "2026-06-09 16:00 +0200",
      ("Bäckerinnung Nordhessen", "info@baeckerinnung-nh.example.de"),
      "Innungsbrief Juni: Meisterfeier, Hygieneschulung, Stellenbörse",
      """Liebe Kolleginnen und Kollegen,

die Themen im Juni:
• Meisterfeier am 27. Juni in der Stadthalle Kassel – Anmeldung bis 19. Juni
• Neue Pflichtschulung Allergenkennzeichnung: Termine im Juli
• Stellenbörse: Drei Betriebe suchen Nachfolger – bei Interesse Kontakt über die Geschäftsstelle

Leider mussten wir den Backwettbewerb „Brot des Jahres“ mangels Anmeldungen absagen.

Herzliche Grüße
Ihre Geschäftsstelle der Bäckerinnung Nordhessen""",
      headers={"List-Id": "Innungsbrief <innungsbrief.baeckerinnung-nh.example.de>",
               "List-Unsubscribe": "<https://baeckerinnung-nh.example.de/abmelden>",
               "Precedence": "list"},
      fmt="alt", cs="windows-1252", cte="qp", name_enc=("q", "windows-1252"),
      subj_enc=("q", "windows-1252")),
    m("karrierenetz_de", "other", "de", "2026-05-31 18:00 +0200",
      ("Karrierenetz", "benachrichtigung@karrierenetz.example.com"),
      "Tobias, Sie wurden diese Woche in 7 Suchen gefunden",
      """Hallo Tobias,

Ihr Profil wurde diese Woche in 7 Suchen gefunden, u. a. von Recruitern aus den Bereichen Lebensmittelindustrie und Personaldienstleistung.

Tipp: Profile mit dem Status „Offen für Angebote“ erhalten bis zu dreimal mehr Nachrichten. Jetzt Profil vervollständigen.

Ihr Karrierenetz-Team
Benachrichtigungen verwalten: https://karrierenetz.example.com/settings""",
      headers={"List-Unsubscribe": "<https://karrierenetz.example.com/unsub/ek>",
               "Precedence": "bulk"},
      fmt="html", cte="qp"),
    m("arbeitsagentur_de", "other", "de", "2026-01-14 09:30 +0100",
      ("Agentur für Arbeit Kassel", "kassel.beratung@arbeitsagentur.example.de"),
      "Einladung zum Beratungsgespräch Berufliche Neuorientierung",
      """Sehr geehrter Herr Engelhardt-Kühn,

wir laden Sie zu einem Beratungsgespräch zu Ihrer beruflichen Neuorientierung ein:

Mittwoch, 21.01.2026, 10:00 Uhr, Grüner Weg 46, Kassel, Zimmer 214
Ihre Beraterin: Frau Ehrhardt

Themen: Weiterbildung zum Hygienebeauftragten, Förderung über Bildungsgutschein.

Bitte bringen Sie Ihren Lebenslauf mit.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Kassel""",
      cs="iso-8859-1", cte="8bit", name_enc=("q", "iso-8859-1"),
      pdf=[("Einladung_Beratung.pdf", ["Agentur fuer Arbeit Kassel", "Einladung",
            "21.01.2026, 10:00 Uhr"])]),
    m("gesundheitsamt_de", "other", "de", "2026-08-24 13:10 +0200",
      ("Gesundheitsamt Region Kassel", "infektionsschutz@gesundheitsamt-ks.example.de"),
      "Terminbestätigung: Belehrung nach § 43 IfSG",
      """Sehr geehrter Herr Engelhardt-Kühn,

hiermit bestätigen wir Ihren Termin zur Erstbelehrung nach § 43 Infektionsschutzgesetz:

Montag, 31.08.2026, 8:30 Uhr, Gesundheitsamt, Wilhelmshöher Allee 19, Raum E.07

Die Gebühr von 30 € ist vor Ort mit EC-Karte zu zahlen. Bitte bringen Sie einen gültigen Lichtbildausweis mit.

Ihr Gesundheitsamt""",
      cte="qp", subj_enc=("b", "utf-8")),
    m("research_de", "other", "de", "2026-04-22 15:45 +0200",
      ("Paula Reinsch – Jobfinder Nord UX", "ux-research@jobfinder-nord.example.de"),
      "30 Minuten über Ihre Jobsuche? (Interview, 25 € Gutschein)",
      """Hallo Tobias,

wir möchten Jobfinder Nord besser machen und suchen Nutzerinnen und Nutzer für ein kurzes Interview (30 Minuten per Video) über ihre Erfahrungen bei der Jobsuche: Wie nutzen Sie den Jobagent? Was nervt Sie bei Absagen und Eingangsbestätigungen?

Als Dankeschön erhalten Sie einen 25-€-Gutschein. Termin können Sie hier buchen: https://jobfinder-nord.example.de/research

Danke und viele Grüße
Paula Reinsch
UX Research, Jobfinder Nord""",
      fmt="alt", cte="b64"),

    # ---------------- English
    m("digest_en", "other", "en", "2026-05-19 07:05 +0200",
      ("FoodJobs Europe Alerts", "alerts@foodjobs-europe.example.com"),
      "Your weekly job alert: 9 new QA jobs near Frankfurt",
      """Hi Tobias,

Here are this week's new matches for "QA technician" near Frankfurt am Main:

- Quality Technician – Frozen Desserts, Offenbach
- Food Safety Coordinator – Bakery, Hanau
- QA Inspector (m/f/d) – Dairy, Friedberg
... and 6 more

Career corner: Rejected after the final interview? Unfortunately it happens to the best of us. Read our guide "Turning rejection into your next offer" and learn how to follow up after an interview.

Manage alerts or unsubscribe: https://foodjobs-europe.example.com/alerts""",
      headers={"List-Id": "FoodJobs weekly alerts <alerts.foodjobs-europe.example.com>",
               "List-Unsubscribe": "<https://foodjobs-europe.example.com/u/1c2d>, <mailto:unsub@foodjobs-europe.example.com>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      fmt="alt"),
    m("podcast_en", "other", "en", "2026-06-30 22:10 +0100",
      ("Dan Whitcombe", "dan@provingdrawer.example.com"),
      "Interview request – The Proving Drawer podcast",
      """Hi Tobias,

I host The Proving Drawer, a podcast about people who move from the bakery floor into other parts of the food industry. A listener pointed me to your forum posts about HACCP in small bakeries and I'd love to interview you for an episode.

Recording is remote, about 45 minutes, whenever suits you in July. No preparation needed.

Cheers,
Dan Whitcombe""",
      fmt="plain", cte="7bit"),
    m("research_en", "other", "en", "2026-09-09 16:30 +0200",
      ("Joblytics Research", "research@joblytics.example.com"),
      "Join a 45-minute user interview about your job search",
      """Hello Tobias,

We're a small team building tools that help job seekers track their applications. We'd like to invite you to a 45-minute research interview about how you keep track of interviews, offers and rejections.

Participants receive a EUR 40 voucher. Book a slot here: https://joblytics.example.com/study/42

Thanks for considering it!
The Joblytics Research Team""",
      fmt="html"),
    m("parcel_en", "other", "en", "2026-10-02 09:15 +0100",
      ("SwiftParcel UK", "tracking@swiftparcel.example.co.uk"),
      "Unfortunately your parcel is delayed",
      """Hello,

Unfortunately your parcel SP-77410-DE from Bakers' Supply Co. is delayed due to a customs check. We now expect to deliver it on 7 October.

You don't need to do anything. We're sorry for the inconvenience.

SwiftParcel Customer Care""",
      fmt="alt", cte="qp"),
    m("friend_en", "other", "en", "2026-07-12 20:45 +0200",
      ("Sam O'Neill", "sam.oneill@example.ch"),
      "Well, that didn't go to plan",
      """Hey Tobias,

Remember the product developer job at the chocolate factory I told you about in Zurich? Got the rejection today – "we've decided to proceed with other candidates". After a 2-hour interview and a case study! Honestly a bit gutted.

How's your own search going? Any news from that lab you interviewed with?

Fancy a call this weekend?
Sam""",
      cte="8bit"),
    m("own_thanks_priya", "other", "en", "2026-05-14 18:30 +0200", ME,
      "Thank you – QA Technician interview",
      """Hi Priya,

Thank you for rearranging the interview after my mix-up last week, and for today's conversation with Marco. I especially enjoyed the tour of the allergen segregation area – it's exactly the kind of work I'd love to do.

I remain very interested in the role and look forward to hearing from you.

Best regards,
Tobias Engelhardt-Kühn""",
      to=("Priya Raman", "priya.raman@hallam-snacks.example.com")),

    # ---------------- French
    m("digest_fr", "other", "fr", "2026-04-06 06:30 +0200",
      ("Alerte emploi QualiJobs", "alertes@qualijobs.example.fr"),
      "8 nouvelles offres : technicien qualité – Lille",
      """Bonjour Tobias,

8 nouvelles offres correspondent à votre alerte « technicien qualité – Lille » :

• Technicien qualité H/F – Biscuiterie – Roubaix
• Assistant qualité agroalimentaire – Lesquin
• Contrôleur hygiène – Restauration collective – Villeneuve-d'Ascq

Conseil de la semaine : un refus après entretien ? Malheureusement, c'est fréquent. Demandez toujours un retour pour préparer votre prochain entretien.

Gérer mes alertes / se désabonner : https://qualijobs.example.fr/alertes""",
      headers={"List-Id": "Alertes QualiJobs <alertes.qualijobs.example.fr>",
               "List-Unsubscribe": "<https://qualijobs.example.fr/desabo?u=ek>",
               "Precedence": "bulk"},
      fmt="html", cte="qp"),
    m("presse_fr", "other", "fr", "2026-03-25 11:05 +0100",
      ("Marion Delattre", "m.delattre@echo-de-lille.example.fr"),
      "Demande d'interview – boulangers allemands dans le Nord",
      """Bonjour Monsieur Engelhardt-Kühn,

Je suis journaliste à L'Écho de Lille et je prépare un article sur les boulangers allemands installés ou candidats dans la région. Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone, la semaine prochaine ?

Bien à vous,
Marion Delattre
Rédaction Métropole""",
      cs="iso-8859-1", cte="qp", subj_enc=("q", "windows-1252")),
    m("visite_fr", "other", "fr", "2026-07-28 13:40 +0200",
      ("Agence Immobilière Solférino", "location@immo-solferino.example.fr"),
      "Visite de l'appartement – rue Solférino",
      """Bonjour Monsieur,

Suite à votre demande, je vous confirme la visite du T2 situé 118 rue Solférino à Lille le samedi 1er août à 10h30. Merci de prévoir votre dossier de location complet (pièce d'identité, trois derniers bulletins de salaire, avis d'imposition).

En cas d'empêchement, merci de nous prévenir au 03 20 57 12 40.

Cordialement,
Agence Immobilière Solférino""",
      fmt="alt", cs="windows-1252", cte="qp"),
    m("nord_app", "other", "fr", "2026-06-05 21:10 +0200", ME,
      "Candidature – Technicien qualité alimentaire",
      """Madame, Monsieur,

Boulanger-pâtissier diplômé (Bäckermeister) avec douze ans d'expérience en Allemagne, je souhaite aujourd'hui me consacrer à la qualité et à la sécurité des aliments. Votre laboratoire, reconnu pour ses analyses microbiologiques, correspond exactement au projet que je construis.

Vous trouverez ci-joint mon CV. Je parle français couramment et je suis prêt à m'installer à Lille.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Tobias Engelhardt-Kühn""",
      to=("Laboratoire Nordanalyse", "recrutement@nordanalyse.example.fr"), cte="8bit",
      pdf=[("CV_Engelhardt-Kuehn_FR.pdf", ["Tobias Engelhardt-Kuehn",
            "Maitre boulanger - HACCP - IFS Food"])]),
    m("own_sorry_delcourt", "other", "fr", "2026-04-23 11:20 +0200", ME,
      "RE: Notre entretien de ce matin",
      """Bonjour Madame Lemaire,

Je suis vraiment désolé : j'avais noté l'entretien à 9h30 heure de Paris, mais mon téléphone était resté en mode avion après un vol. Je suis toujours très intéressé par le poste et disponible à tout moment cette semaine.

Avec toutes mes excuses,
Tobias Engelhardt-Kühn""",
      to=("Sophie Lemaire", "s.lemaire@delcourt-surgeles.example.fr"),
      parent="delcourt_missed", quote="fr", cs="iso-8859-1", cte="qp"),
    m("formation_fr", "other", "fr", "2026-02-27 09:00 +0100",
      ("CCI Formation Lille", "formation@cci-lille.example.fr"),
      "Votre inscription – Formation HACCP (mars 2026)",
      """Bonjour,

Nous avons bien reçu votre demande d'inscription à la formation « Hygiène alimentaire HACCP – 14 heures » du 12 et 13 mars 2026.

Malheureusement, la session est complète et nous ne pouvons pas retenir votre inscription. Nous vous proposons de vous positionner sur la session du 21 et 22 mai.

Cordialement,
Le service formation""",
      fmt="html", cs="windows-1252", cte="qp"),
    m("banque_fr", "other", "fr", "2026-09-01 07:00 +0200",
      ("Banque du Nord – Alertes", "alertes@banquedunord.example.fr"),
      "Alerte : position de votre compte",
      """Bonjour,

La position de votre compte courant n° ****8812 est passée sous le seuil de 200 € que vous avez défini.

Solde au 01/09/2026 : 184,20 €

Pour consulter le détail de vos opérations, connectez-vous à votre espace client.

Banque du Nord""",
      fmt="alt", cte="b64"),
    m("ooo_vandamme", "other", "fr", "2026-02-18 08:02 +0100",
      ("Élodie Vandamme", "elodie.vandamme@biscuiterie-flandres.example.fr"),
      "Réponse automatique : Entretien – Technicien qualité H/F",
      """Bonjour,

Je suis absente du bureau jusqu'au 19 février inclus. Pour toute demande urgente, vous pouvez contacter le service RH au 03 20 55 41 80.

Cordialement,
Élodie Vandamme""",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      name_enc=("q", "iso-8859-1"), subj_enc=("q", "utf-8"), cs="iso-8859-1", cte="8bit"),

    # ---------------- Spanish
    m("digest_es", "other", "es", "2026-05-04 07:00 +0200",
      ("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
      "Nuevas ofertas para ti: técnico de calidad en Bizkaia",
      """Hola Tobias:

Tenemos 6 nuevas ofertas que encajan con tu alerta «técnico de calidad – Bizkaia»:

- Técnico/a de calidad alimentaria – Derio
- Responsable de higiene – Obrador industrial – Basauri
- Auxiliar de laboratorio – Sector lácteo – Amorebieta

Consejo: ¿te han rechazado tras la entrevista? Lamentablemente es habitual. Pide siempre feedback y prepara mejor tu próxima entrevista.

Darse de baja: https://empleonorte.example.es/baja""",
      headers={"List-Id": "Alertas EmpleoNorte <alertas.empleonorte.example.es>",
               "List-Unsubscribe": "<https://empleonorte.example.es/baja?id=ek>",
               "Precedence": "bulk"},
      fmt="alt", cs="windows-1252", cte="qp"),
    m("radio_es", "other", "es", "2026-06-16 12:20 +0200",
      ("Itziar Landa", "itziar.landa@radiobizkaia-ona.example.es"),
      "Entrevista en el programa «Bizkaia Gaur»",
      """Hola Tobias:

Soy Itziar, productora del magacín matinal «Bizkaia Gaur». Estamos preparando una sección sobre el pan alemán y nos han hablado de ti. ¿Te animarías a una entrevista en directo de unos diez minutos el jueves a las 11:15? Puede ser por teléfono.

Un abrazo,
Itziar Landa""",
      cte="8bit", subj_enc=("b", "utf-8")),
    m("dentista_es", "other", "es", "2026-06-20 09:00 +0200",
      ("Clínica Dental Indautxu", "citas@dental-indautxu.example.es"),
      "Recordatorio de cita: lunes 22 de junio, 18:00",
      """Hola Tobias:

Te recordamos tu cita en Clínica Dental Indautxu el lunes 22 de junio a las 18:00 con la Dra. Ibarra (revisión y limpieza).

Si no puedes acudir, avísanos con 24 horas de antelación llamando al 944 10 22 33.

Un saludo,
Clínica Dental Indautxu""",
      fmt="html", name_enc=("q", "utf-8")),
    m("envio_es", "other", "es", "2026-08-07 15:15 +0200",
      ("EnvíoRápido", "avisos@enviorapido.example.es"),
      "Lamentablemente tu envío se ha retrasado",
      """Hola:

Lamentablemente, tu envío ER-2231-0912 se ha retrasado por una incidencia en el centro de distribución de Vitoria. La nueva fecha estimada de entrega es el 11 de agosto.

Sentimos las molestias.

Atención al cliente EnvíoRápido""",
      fmt="alt", cs="windows-1252", cte="qp", name_enc=("q", "windows-1252"),
      subj_enc=("q", "windows-1252")),
    m("friend_fwd_es", "other", "es", "2026-06-05 19:40 +0200", MAITE,
      "RV: Convocatoria de entrevista – Maestra obrador",
      """¡Hola Tobias!

Mira, ¡me han llamado para una entrevista en Goxo! Te reenvío el correo. ¿Me ayudas a preparar qué preguntar sobre el obrador? Tú sabes mucho de esto.

Besos,
Maite""",
      fwd=MAITE_INVITE, cte="8bit"),
    m("gorb_app", "other", "es", "2026-07-21 22:30 +0200", ME,
      "Candidatura Técnico de Calidad",
      """Estimado Sr. Zubizarreta:

Le escribo para presentar mi candidatura al puesto de Técnico de Calidad publicado en la web de la Cooperativa Láctea Gorbea. Soy maestro panadero con doce años de experiencia y responsable del sistema APPCC de mi obrador, y quiero orientar mi carrera hacia la calidad en la industria láctea.

Adjunto mi currículum y carta de presentación.

Atentamente,
Tobias Engelhardt-Kühn""",
      to=("Iñaki Zubizarreta", "izubizarreta@gorbea-lactea.example.es"), cte="qp",
      pdf=[("CV_Engelhardt-Kuehn_ES.pdf", ["Tobias Engelhardt-Kuehn",
            "Maestro panadero - APPCC - IFS Food"])]),
    m("curso_es", "other", "es", "2026-01-22 11:30 +0100",
      ("Formación Bizkaia Ocupa", "formacion@bizkaia-ocupa.example.es"),
      "Solicitud de plaza – Curso de Seguridad Alimentaria",
      """Estimado/a solicitante:

Le informamos de que su solicitud de plaza en el curso «Seguridad Alimentaria y APPCC» (código SA-26-03) no ha sido admitida, ya que el número de solicitudes ha superado las plazas disponibles.

Queda usted en lista de espera en el puesto 7. Le avisaremos si se produce alguna baja.

Atentamente,
Servicio de Formación""",
      cs="iso-8859-1", cte="8bit"),
    m("headhunter_es", "other", "es", "2026-10-01 10:00 +0200",
      ("Ainhoa Basterretxea", "ainhoa@talentonorte-consultores.example.es"),
      "Conectar – perfiles de calidad en alimentación",
      """Hola Tobias:

Soy consultora en Talento Norte, especializada en perfiles de calidad y seguridad alimentaria en el País Vasco. He visto tu perfil y me ha parecido muy interesante tu trayectoria como maestro panadero.

Ahora mismo no tengo un proceso abierto que encaje, pero me gustaría tenerte en mi red para futuras búsquedas. ¿Te parece bien?

Un saludo,
Ainhoa Basterretxea
Talento Norte Consultores""",
      fmt="alt"),
]
