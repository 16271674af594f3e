"""Corpus 355: everything else – her own sent mail, digests, newsletters and many traps."""

from __future__ import annotations

from msgs355_common import CANDIDATE, Spec, m, own

X = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

MESSAGES: list[Spec] = [
    # ================= her own mail =================
    own("kfo_own_application", "de", "KFO-Praxis am Schlossgarten <info@kfo-schlossgarten.example.de>",
        "Bewerbung als Praxismanagerin – Annelie Brockmann-Uzor", "2026-02-03 21:14 +0100", """
Sehr geehrter Herr Dr. Wehrmann,
sehr geehrte Damen und Herren,

in Ihrer Anzeige im Zahnärzteblatt suchen Sie eine Praxismanagerin für Ihre kieferorthopädische Praxis. Nach elf Jahren als ZFA, davon die letzten vier als ZMV mit Verantwortung für Abrechnung und Terminplanung in einer Bremer Gemeinschaftspraxis, möchte ich den nächsten Schritt ins Praxismanagement gehen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Annelie Brockmann-Uzor
Kornstraße 57, 28201 Bremen · 0176 555 48 21
""", pdf=[("Lebenslauf_Brockmann-Uzor.pdf",
           ["Annelie Brockmann-Uzor - Lebenslauf", "Zahnmedizinische Verwaltungsassistentin (ZMV)",
            "2015-2026 Gemeinschaftspraxis Dres. Albers, Bremen"])], cs="iso-8859-1", cte="8bit"),

    own("weserlabor_own_confirm", "de", "Hauke Rennecke <h.rennecke@weserlabor.example.de>",
        "AW: Vorstellungsgespräch Kaufmännische Laborleitung", "2026-01-29 07:41 +0100", """
Sehr geehrter Herr Rennecke,

vielen Dank für die Einladung! Den Termin am Donnerstag, 5. Februar, um 14:30 Uhr nehme ich sehr gern wahr. Auf den Rundgang durch die Fertigung freue ich mich besonders.

Mit freundlichen Grüßen
Annelie Brockmann-Uzor
""", parent="weserlabor_invite", quote="gt"),

    own("weserlabor_own_thanks", "de", "Hauke Rennecke <h.rennecke@weserlabor.example.de>",
        "Vielen Dank für das Gespräch", "2026-02-09 18:05 +0100", """
Sehr geehrter Herr Rennecke,

herzlichen Dank für das offene Gespräch heute und die Zeit, die Sie sich für den Rundgang genommen haben. Besonders die Idee, die Auftragsplanung mit den Praxen digital zu koppeln, hat mich begeistert.

Ich bin nach wie vor sehr an der Stelle interessiert und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Annelie Brockmann-Uzor
""", parent="weserlabor_resched"),

    own("dentaris_hh_own_thanks", "de", "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
        "Danke für das Gespräch am Donnerstag", "2026-02-06 08:30 +0100", """
Liebe Frau Vollmers,

ich möchte mich noch einmal herzlich für das Gespräch gestern bei Ihnen, Dr. Petersen und Herrn Quast bedanken. Der Einblick in Ihre Klinik und die Pläne für das neue Prophylaxe-Zentrum haben mich sehr beeindruckt.

Ich würde mich freuen, Teil Ihres Teams in Eppendorf zu werden.

Herzliche Grüße
Annelie Brockmann-Uzor
""", parent="dentaris_hh_resched"),

    own("kfo_own_counter", "de", "Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
        "Rückfrage zum Angebot", "2026-03-25 19:12 +0100", """
Lieber Herr Dr. Wehrmann,

vielen Dank für Ihr Angebot und die schönen Worte nach dem Probetag. Ich freue mich sehr darüber.

Bevor ich zusage, eine offene Frage: Ich pendle aus Bremen und hatte mit einem etwas höheren Gehalt gerechnet, etwa 3.900 €. Wäre da Spielraum, oder eventuell ein Tag Homeoffice für die Abrechnung?

Herzliche Grüße
Annelie Brockmann-Uzor
""", parent="kfo_offer_written", quote="gt"),

    own("kfo_own_decline", "de", "Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
        "AW: Rückfrage zum Angebot", "2026-04-09 18:48 +0200", """
Lieber Herr Dr. Wehrmann,

ich habe mir die Entscheidung sehr schwer gemacht. Nach langem Überlegen habe ich mich entschieden, Ihr Angebot nicht anzunehmen – das tägliche Pendeln nach Oldenburg wäre mit meiner familiären Situation auf Dauer nicht vereinbar.

Es tut mir wirklich leid, denn ich habe mich in Ihrem Team sehr wohlgefühlt. Bitte grüßen Sie Frau Janßen herzlich von mir.

Herzliche Grüße
Annelie Brockmann-Uzor
""", parent="kfo_offer_revised", quote="gt", cte="quoted-printable"),

    own("dentaris_hh_own_accept", "de", "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
        "Annahme des Angebots", "2026-06-16 07:55 +0200", """
Liebe Frau Vollmers,

vielen Dank für das Angebot! Ich nehme die Position als Praxismanagerin in Eppendorf sehr gern an und freue mich auf den Start am 1. August.

Bitte lassen Sie mich wissen, welche Unterlagen Sie noch von mir benötigen.

Herzliche Grüße
Annelie Brockmann-Uzor
""", parent="dentaris_hh_offer", html="alt"),

    own("eversten_own_apology", "de", "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
        "Entschuldigung wegen heute", "2026-05-13 20:31 +0200", """
Liebe Frau Oltmanns,

es tut mir schrecklich leid wegen heute Vormittag. Mein Zug aus Hamburg ist ausgefallen, ich saß über eine Stunde in Rotenburg fest, und dann war auch noch mein Handyakku leer. Ich hätte mich früher melden müssen.

Könnten Sie beim MVZ Zahnmedizin Eversten fragen, ob ein neuer Termin möglich ist? Ich bin diese Woche jederzeit verfügbar.

Viele Grüße
Annelie Brockmann-Uzor
""", parent="vitalis_missed", quote="gt"),

    # ---- her own mail, English / French / Spanish ----
    own("meridian_own_cv", "en", "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
        "Practice management roles - my CV", "2026-03-03 09:20 +0100", """
Dear Oliver,

Thank you for the call yesterday. As promised, please find my CV attached. I'm open to practice or clinic management roles in northern Germany and in Groningen; my English is fluent and I'm taking Dutch evening classes.

Best regards,
Annelie Brockmann-Uzor
+49 176 555 48 21
""", pdf=[("CV_Annelie_Brockmann-Uzor_EN.pdf",
           ["Annelie Brockmann-Uzor - Curriculum Vitae", "Dental practice administrator (ZMV)",
            "Bremen, Germany"])]),

    own("zernike_own_confirm", "en", "Femke Dijkstra <femke.dijkstra@zernikedental.example.nl>",
        "Interview confirmed", "2026-02-12 12:10 +0100", """
Hi Femke,

Thank you! I've booked the slot on Thursday 19 February at 14:00 via the link. Looking forward to speaking with you and Pieter.

Best wishes,
Annelie
""", parent="zernike_invite", quote="gt"),

    own("meridian_own_apology", "en", "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
        "Re: Missed call with my client this afternoon", "2026-03-27 08:05 +0100", """
Dear Oliver,

I'm so sorry. My calendar converted the invitation to UK time, so I had the call an hour later in my diary. I joined at 16:00 and of course nobody was there.

Please pass on my sincere apologies to your client. I would be very grateful for another chance.

Best regards,
Annelie
""", parent="meridian_missed", quote="gt"),

    own("strasbourg_own_application", "fr", "Sophie Reinhardt <s.reinhardt@dentaris.example.fr>",
        "Candidature spontanée – coordination de clinique", "2026-06-15 08:02 +0200", """
Madame,

Actuellement en poste comme assistante dentaire et gestionnaire administrative à Brême, je souhaite rejoindre Dentaris Cliniques en France. J'ai eu l'occasion d'échanger avec l'équipe de Hambourg, qui m'a encouragée à vous écrire.

Vous trouverez ci-joint mon CV. Je serais ravie de vous présenter ma motivation lors d'un entretien.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Annelie Brockmann-Uzor
""", pdf=[("CV_Brockmann-Uzor_FR.pdf",
           ["Annelie Brockmann-Uzor - CV", "Assistante dentaire, gestion administrative"])],
        cs="iso-8859-1", cte="quoted-printable"),

    own("kleber_own_apology", "fr", "Nathalie Schaeffer <n.schaeffer@centre-kleber.example.fr>",
        "Toutes mes excuses pour mardi", "2026-03-11 08:44 +0100", """
Bonjour Madame Schaeffer,

Je vous présente toutes mes excuses pour hier. Mon train Brême–Strasbourg a été bloqué à Karlsruhe pendant plus de deux heures et mon téléphone n'avait plus de réseau.

Je suis toujours très intéressée par le poste et je serais reconnaissante si un nouveau rendez-vous était possible.

Bien cordialement,
Annelie Brockmann-Uzor
""", parent="kleber_missed", quote="gt"),

    own("malaga_own_thanks", "es", "Lucía Ortega Benítez <lucia.ortega@dentaris.example.es>",
        "Gracias por la entrevista", "2026-06-09 21:30 +0200", """
Hola Lucía:

Muchas gracias a ti, a Marta y al Dr. Salcedo por la entrevista de hoy. Me ha encantado conocer la clínica y el equipo, y me veo muy bien en el puesto.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Annelie
""", parent="malaga_resched", cs="iso-8859-1", cte="8bit"),

    own("dentalnube_own_resched", "es", "Pablo Ruiz <pablo.ruiz@dentalnube.example.es>",
        "Re: No te vimos en la videollamada", "2026-07-09 13:05 +0200", """
Hola Pablo:

¡Lo siento muchísimo! Tenía anotada la llamada a las 12:00 hora de Alemania… que es la misma hora, así que no tengo excusa: se me cruzó una urgencia en la clínica donde trabajo.

¿Podríamos pasarla al martes 14 o al miércoles 15 por la tarde? Me adapto a lo que os venga bien.

Un saludo,
Annelie
""", parent="dentalnube_missed", quote="gt"),

    own("ortosur_own_application", "es", "OrtoSur <info@ortosur.example.es>",
        "Candidatura – gerencia de clínica de ortodoncia", "2026-09-10 19:40 +0200", """
Estimada Dra. Vera:

He visto en su web que buscan una persona para la gerencia de la clínica. Soy auxiliar dental y gestora administrativa de consultas con más de diez años de experiencia en Alemania, y me mudaré a Málaga el próximo año.

Le adjunto mi currículum. Estaré encantada de conocerla.

Un cordial saludo,
Annelie Brockmann-Uzor
""", pdf=[("CV_Brockmann-Uzor_ES.pdf",
           ["Annelie Brockmann-Uzor - Curriculum", "Auxiliar dental y gestora de clinica"])],
        html="alt"),

    # ================= German traps =================
    m("digest_praxisjobs", X, "de", "",
      "PraxisJobs Nord Jobagent <jobagent@praxisjobs-nord.example.de>",
      "7 neue Jobs für „Praxismanagerin\" in Bremen und Umgebung",
      "2026-02-14 06:00 +0100", """
Hallo Annelie,

hier sind deine neuen Jobs der Woche:

• Praxismanagerin (m/w/d) – Zahnarztpraxis am Markt, Achim
• ZMV / Abrechnung – Dentalzentrum Vegesack, Bremen
• Leitung Rezeption – MKG-Praxis, Delmenhorst

Tipp der Woche: Absage bekommen? Leider gehört das dazu. In unserem Ratgeber erfährst du, wie du aus einer Absage lernst und dich optimal auf das nächste Vorstellungsgespräch vorbereitest.

Du erhältst diese E-Mail, weil du den Jobagenten aktiviert hast. Abmelden: https://praxisjobs-nord.example.de/abmelden
""", sys=True, html="alt", look="ats", brand="PraxisJobs Nord",
      hdr=bulk("<jobagent.praxisjobs-nord.example.de>",
               "https://praxisjobs-nord.example.de/abmelden?u=ab12")),

    m("newsletter_zmv", X, "de", "",
      "ZMV aktuell <newsletter@zmv-aktuell.example.de>",
      "ZMV aktuell 04/2026: Gehaltsverhandlung, GOZ-Update und „Die perfekte Absage\"",
      "2026-04-01 07:30 +0200", """
Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Gehaltsverhandlung für Praxismanagerinnen – was ist 2026 drin?
2. GOZ-Update: die wichtigsten Änderungen für die Abrechnung
3. Aus Sicht der Praxis: Wie schreibe ich eine faire Absage an Bewerberinnen? Warum „leider" nicht genügt und was ein gutes Vorstellungsgespräch ausmacht.

Viel Spaß beim Lesen!
Ihre Redaktion ZMV aktuell

Newsletter abbestellen: https://zmv-aktuell.example.de/nl/abmelden
""", sys=True, html="only", look="ats", brand="ZMV aktuell",
      hdr=bulk("ZMV aktuell <zmv-aktuell.newsletter.example.de>",
               "mailto:unsubscribe@zmv-aktuell.example.de")),

    m("podcast_praxisfunk", X, "de", "",
      "Leonie Hartwig <leonie@praxisfunk-podcast.example.de>",
      "Interview für unseren Podcast „Praxisfunk\"?",
      "2026-05-21 13:17 +0200", """
Hallo Frau Brockmann-Uzor,

ich bin Leonie, Host von „Praxisfunk – der Podcast für Praxisteams". Eine Hörerin hat mir von Ihrem Vortrag beim ZFA-Stammtisch in Bremen erzählt, in dem es um den Weg von der ZFA ins Praxismanagement ging.

Hätten Sie Lust, darüber in einem Interview für unsere Sendung zu sprechen? Die Aufnahme dauert etwa 45 Minuten und läuft ganz entspannt per Zoom. Eine Vergütung können wir leider nicht zahlen, aber wir verlinken gern Ihr Profil.

Liebe Grüße
Leonie Hartwig
Praxisfunk Podcast
"""),

    m("radio_weserwelle", X, "de", "",
      "Tim Osterloh <t.osterloh@weserwelle.example.de>",
      "Radio-Interview zum Fachkräftemangel in Zahnarztpraxen",
      "2026-06-03 10:50 +0200", """
Guten Tag Frau Brockmann-Uzor,

für unsere Sendung „Weser am Morgen" bereiten wir einen Beitrag zum Fachkräftemangel in Zahnarztpraxen vor. Die Zahnärztekammer hat Sie uns als Gesprächspartnerin empfohlen.

Hätten Sie am Dienstag zwischen 8 und 9 Uhr Zeit für ein kurzes Live-Interview am Telefon (ca. 5 Minuten)? Wir rufen Sie an.

Mit freundlichen Grüßen
Tim Osterloh
Redaktion Weser am Morgen, Weserwelle Bremen
"""),

    m("ux_praxident", X, "de", "",
      "Mira Sandvoss <mira.sandvoss@praxident.example.de>",
      "Nutzerinterview: Wie arbeitet Ihre Praxis mit dem Terminbuch?",
      "2026-08-04 14:02 +0200", """
Hallo Frau Brockmann-Uzor,

Ihre Praxis nutzt seit Jahren das Praxident-Terminbuch, und wir arbeiten gerade an einer neuen Version. Dafür suchen wir Praxismitarbeitende für ein 60-minütiges Nutzerinterview per Video.

Als Dankeschön erhalten Sie einen Gutschein über 75 €. Termine wählen Sie hier: https://research.praxident.example.de/terminbuch

Viele Grüße
Mira Sandvoss
UX Research, Praxident
""", html="alt"),

    m("parcel_delay", X, "de", "",
      "Paketblitz Sendungsverfolgung <noreply@paketblitz.example.de>",
      "Leider verzögert sich Ihre Sendung 00340 4455 1217",
      "2026-03-30 16:12 +0200", """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4455 1217 (Absender: Bürobedarf Hanse) um voraussichtlich einen Werktag. Grund: hohes Sendungsaufkommen im Paketzentrum Bremen.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 01.04.2026.

Sie können Ihre Sendung jederzeit in der Paketblitz-App verfolgen.

Ihr Paketblitz-Team
""", sys=True, html="only", look="ats", brand="Paketblitz"),

    m("bank_position", X, "de", "",
      "Hansesparkasse Online-Banking <service@hansesparkasse.example.de>",
      "Neue Position in Ihrem Depot – Abrechnung verfügbar",
      "2026-05-04 05:12 +0200", """
Sehr geehrte Frau Brockmann-Uzor,

in Ihrem Depot 5551 2398 wurde eine neue Position eingebucht (Sparplan ETF Welt, Ausführung 04.05.2026). Die Wertpapierabrechnung steht in Ihrem elektronischen Postfach bereit.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Hansesparkasse
""", sys=True, cs="iso-8859-1", cte="quoted-printable"),

    m("gps_bike", X, "de", "",
      "VeloTrack <alerts@velotrack.example.de>",
      "Position Ihres Fahrrads hat sich verändert",
      "2026-07-27 02:44 +0200", """
Achtung: Ihr Tracker „Gazelle blau" meldet eine Bewegung außerhalb der festgelegten Zone.

Letzte Position: Kornstraße 61, 28201 Bremen (Genauigkeit 8 m)
Zeit: 27.07.2026, 02:43 Uhr

Wenn Sie Ihr Fahrrad selbst bewegen, können Sie diese Nachricht ignorieren.
""", sys=True, html="alt"),

    m("landlord_viewing", X, "de", "",
      "Jörg Wendland <joerg.wendland@web-mail.example.de>",
      "Besichtigung Wohnung Lehmweg 12, 3. OG",
      "2026-06-25 19:26 +0200", """
Guten Abend Frau Brockmann-Uzor,

danke für Ihr Interesse an der 2-Zimmer-Wohnung im Lehmweg. Die Besichtigung findet am Samstag, 4. Juli, um 11:00 Uhr statt. Es kommen noch zwei andere Interessenten, bitte seien Sie pünktlich.

Bringen Sie bitte eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit (oder den neuen Arbeitsvertrag).

Mit freundlichen Grüßen
J. Wendland
""", cs="windows-1252", cte="8bit"),

    m("dentist_reminder", X, "de", "",
      "Zahnarztpraxis Dr. Ahrens <termine@zahnarzt-ahrens.example.de>",
      "Terminerinnerung: Professionelle Zahnreinigung am 14.09.",
      "2026-09-11 09:00 +0200", """
Liebe Frau Brockmann-Uzor,

wir erinnern Sie an Ihren Termin zur professionellen Zahnreinigung am Montag, 14.09.2026, um 07:45 Uhr.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab, da wir ihn sonst in Rechnung stellen müssen.

Ihr Praxisteam Dr. Ahrens
""", sys=True),

    m("friend_rejection_de", X, "de", "",
      "Jana Wilkens <jana.wilkens@posteo-mail.example.de>",
      "Na toll…",
      "2026-04-19 22:03 +0200", """
Hey Anne,

kurzes Frust-Update: Ich hab heute die Absage von der Zahnklinik in Vegesack bekommen. Nach ZWEI Vorstellungsgesprächen! „Leider haben wir uns für eine andere Bewerberin entschieden" – das war's. Nicht mal ein Anruf.

Wie läuft's bei dir mit Hamburg? Lass uns am Wochenende mal telefonieren, ich brauch Wein und jemanden zum Jammern.

Drück dich
Jana
"""),

    m("friend_forward_invite", X, "de", "",
      "Tobias Eilers <tobi.eilers@mailbox.example.de>",
      "WG: Einladung zum Vorstellungsgespräch",
      "2026-05-26 20:18 +0200", """
Hi Annelie,

schau mal, ich hab eine Einladung vom Dentallabor in Walle bekommen! Du kennst dich doch mit Laboren aus – kannst du mir ein paar Tipps fürs Gespräch geben? Ich hab keine Ahnung, was die fragen.

Danke dir!
Tobi
""", fwd=m("friend_forward_inner", X, "de", "",
           "Dentallabor Walle <info@dentallabor-walle.example.de>",
           "Einladung zum Vorstellungsgespräch", "2026-05-26 11:02 +0200", """
Sehr geehrter Herr Eilers,

vielen Dank für Ihre Bewerbung als Zahntechniker. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Freitag, 29. Mai, um 9:00 Uhr ein.

Mit freundlichen Grüßen
Dentallabor Walle
""", to="Tobias Eilers <tobi.eilers@mailbox.example.de>", cte="quoted-printable")),

    m("course_refused", X, "de", "",
      "Fortbildungsakademie Nord <anmeldung@fortbildung-nord.example.de>",
      "Ihre Anmeldung: Praxismanager/in (Kammer) – Kurs PM-26-2",
      "2026-02-20 11:33 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

vielen Dank für Ihre Anmeldung zum Aufstiegskurs „Praxismanager/in (Kammer)" Kurs PM-26-2.

Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste (Platz 4) gesetzt und informieren Sie, falls ein Platz frei wird. Der nächste Kurs beginnt voraussichtlich im Februar 2027.

Mit freundlichen Grüßen
Ihre Fortbildungsakademie Nord
""", sys=True, html="alt", look="outlook"),

    m("kessler_cold", X, "de", "",
      "Dr. Annette Kessler <a.kessler@kessler-healthcare.example.de>",
      "Vertrauliche Anfrage – Praxismanagement",
      "2026-07-14 08:55 +0200", """
Sehr geehrte Frau Brockmann-Uzor,

ich bin Personalberaterin mit Schwerpunkt Zahnmedizin und auf Ihr Profil auf einem Fachnetzwerk aufmerksam geworden. Ihr Werdegang ist genau die Art Profil, die meine Mandanten derzeit suchen.

Wären Sie grundsätzlich offen für einen Austausch über Ihre beruflichen Pläne? Gern auch ganz unverbindlich.

Beste Grüße
Dr. Annette Kessler
Kessler & Partner Healthcare Executive Search · Neuer Wall 50 · 20354 Hamburg
""", html="alt", look="outlook"),

    m("ooo_vollmers", X, "de", "",
      "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
      "Automatische Antwort: Annahme des Angebots",
      "2026-06-16 07:55 +0200", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17. Juni nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an recruiting@dentaris.example.de.

Mit freundlichen Grüßen
Katrin Vollmers
""", hdr=OOO, parent="dentaris_hh_own_accept"),

    m("kammer_newsletter", X, "de", "",
      "Zahnärztekammer Bremen <rundschreiben@zaek-bremen.example.de>",
      "Rundschreiben 07/2026: Prüfungstermine, Fortbildungen, Stellenbörse",
      "2026-07-01 12:00 +0200", """
Sehr geehrte Mitglieder, liebe Praxisteams,

im aktuellen Rundschreiben finden Sie:

– Prüfungstermine ZFA Winter 2026/27
– Neue Fortbildungen zur Praxisorganisation
– Stellenbörse: 23 neue Angebote, darunter mehrere Stellen im Praxismanagement

Mit kollegialen Grüßen
Ihre Zahnärztekammer Bremen
""", sys=True, cs="windows-1252", cte="quoted-printable",
      hdr=bulk("<rundschreiben.zaek-bremen.example.de>",
               "https://zaek-bremen.example.de/rundschreiben/abmelden")),

    m("portal_profile_views", X, "de", "",
      "MedPraxisJobs <info@medpraxisjobs.example.ch>",
      "Ihr Profil wurde diese Woche 12-mal angesehen",
      "2026-03-02 07:00 +0100", """
Guten Tag Frau Brockmann-Uzor

Ihr Profil ist gefragt! Diese Woche haben 12 Arbeitgeber Ihr Profil angesehen, darunter 3 Zahnarztpraxen aus Ihrer Region.

Tipp: Profile mit aktuellem Foto und vollständigem Lebenslauf erhalten bis zu dreimal mehr Einladungen zum Vorstellungsgespräch.

Ihr MedPraxisJobs-Team
""", sys=True, html="only", look="ats", brand="MedPraxisJobs",
      hdr=bulk("<profil.medpraxisjobs.example.ch>", "https://medpraxisjobs.example.ch/abmelden")),

    m("ats_password_reset", X, "de", "",
      "Dentaris Zahnkliniken <dentaris-recruiting@personio.de>",
      "Passwort zurücksetzen – Ihr Bewerberkonto",
      "2026-01-31 22:47 +0100", """
Hallo,

Sie haben angefordert, das Passwort für Ihr Bewerberkonto zurückzusetzen. Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen. Der Link ist 30 Minuten gültig.

https://dentaris.jobs.personio.example/reset/9d2f4

Falls Sie das nicht waren, können Sie diese E-Mail ignorieren.
""", sys=True),

    m("dentaris_onboarding", X, "de", "",
      "Dentaris Onboarding <onboarding-noreply@dentaris.example.de>",
      "Willkommen bei Dentaris! Ihr Zugang zum Onboarding-Portal",
      "2026-07-15 09:00 +0200", """
Liebe Annelie,

herzlich willkommen bei den Dentaris Zahnkliniken! Ab sofort können Sie sich in unserem Onboarding-Portal anmelden. Dort finden Sie Ihren Einarbeitungsplan, die Anmeldung zur Hygieneschulung und den Fragebogen für Ihre Arbeitskleidung.

Ihr Benutzername: annelie.brockmann-uzor
Ihr Startpasswort erhalten Sie per SMS.

Wir freuen uns auf Sie am 1. August!
Ihr Dentaris-People-Team
""", sys=True, html="alt", look="ats", brand="Dentaris Zahnkliniken"),

    # ================= English traps =================
    m("digest_careerloop", X, "en", "",
      "CareerLoop Weekly <digest@careerloop.example.com>",
      "Your weekly career digest: interview tips, handling rejection, 14 new jobs",
      "2026-03-15 08:00 +0100", """
Hi Annelie,

This week on CareerLoop:

- "Unfortunately, we have decided..." - 5 ways to bounce back from a rejection
- How to prepare for a video interview in 20 minutes
- Should you ask for feedback after an unsuccessful application?

14 new jobs match your alert "practice manager Groningen". View them in the app.

You are receiving this email because you subscribed to CareerLoop Weekly. Unsubscribe: https://careerloop.example.com/u/88f1
""", sys=True, html="alt", look="ats", brand="CareerLoop",
      hdr=bulk("CareerLoop Weekly <weekly.careerloop.example.com>",
               "https://careerloop.example.com/u/88f1")),

    m("podcast_chairside", X, "en", "",
      "Dana Whitfield <dana@chairsidepodcast.example.com>",
      "Guest interview on The Chairside Podcast?",
      "2026-08-19 15:33 +0100", """
Hi Annelie,

I host The Chairside Podcast, a show about the people behind the dental chair. I read your post about moving from dental assisting into practice management and thought it would make a fantastic episode.

Would you be up for a 40-minute recorded interview over Riverside sometime in September? Totally relaxed, no preparation needed.

Cheers,
Dana Whitfield
The Chairside Podcast
"""),

    m("friend_rejection_en", X, "en", "",
      "Saskia Mulder <saskia.mulder@fastmail.example.nl>",
      "so that's that",
      "2026-03-09 21:40 +0100", """
Hey Annelie,

Remember the hygienist job at the clinic in Haren I told you about? Got the rejection email today. "We have decided to proceed with other candidates." After a trial day! I'm gutted.

Anyway, how did your Zernike interview go? Fingers crossed for you, at least one of us should get some good news this month.

xx Saskia
"""),

    m("ooo_hoekstra", X, "en", "",
      "Marit Hoekstra <m.hoekstra@noorderzorg.example.nl>",
      "Automatic reply: Question about the interview date",
      "2026-08-17 10:02 +0200", """
Thank you for your email. I am on leave until 24 August with limited access to email. For urgent matters regarding recruitment, please contact hr@noorderzorg.example.nl.

Kind regards,
Marit Hoekstra
""", hdr=OOO, html="alt", look="outlook"),

    # ================= French traps =================
    m("alerte_santejobs", X, "fr", "",
      "SantéJobs Alertes <alertes@santejobs.example.fr>",
      "Votre alerte emploi : 5 nouvelles offres « assistante dentaire Strasbourg »",
      "2026-05-11 07:15 +0200", """
Bonjour,

5 nouvelles offres correspondent à votre alerte :

- Secrétaire médicale – cabinet dentaire, Schiltigheim
- Coordinatrice de centre dentaire – Strasbourg Neudorf
- Assistante dentaire qualifiée – Haguenau

Le conseil de la semaine : un refus n'est jamais définitif ! Malheureusement, beaucoup de candidats abandonnent après un premier entretien infructueux. Découvrez nos astuces.

Pour vous désabonner, cliquez ici : https://santejobs.example.fr/desabonnement
""", sys=True, html="alt", look="ats", brand="SantéJobs",
      hdr=bulk("<alertes.santejobs.example.fr>", "https://santejobs.example.fr/desabonnement")),

    m("colis_retard", X, "fr", "",
      "ColisRapide <ne-pas-repondre@colisrapide.example.fr>",
      "Malheureusement, votre colis est retardé",
      "2026-06-29 18:20 +0200", """
Bonjour,

Malheureusement, la livraison de votre colis n° CR 8841 2207 FR est retardée en raison d'un incident sur notre plateforme de tri de Strasbourg-Meinau.

Nouvelle date de livraison estimée : jeudi 2 juillet 2026.

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisRapide
""", sys=True, html="only", look="ats", brand="ColisRapide", cs="iso-8859-1"),

    m("formation_refus", X, "fr", "",
      "Institut de Formation Santé Alsace <inscriptions@ifsa.example.fr>",
      "Votre demande d'inscription – Formation « Gestion de cabinet dentaire »",
      "2026-05-06 14:45 +0200", """
Madame,

Nous avons bien reçu votre demande d'inscription à la formation « Gestion de cabinet dentaire » (session de septembre 2026).

Nous sommes au regret de vous informer que nous ne pouvons pas retenir votre inscription : la session est complète et la priorité est donnée aux salariés de cabinets alsaciens financés par leur OPCO. Nous vous proposons de vous inscrire à la session de janvier 2027.

Cordialement,
Le service des inscriptions – IFSA
""", sys=True, cs="windows-1252", cte="quoted-printable"),

    m("rdv_dentiste_fr", X, "fr", "",
      "Cabinet du Dr Lefèvre <rappel@cabinet-lefevre.example.fr>",
      "Rappel de votre rendez-vous du 20 octobre",
      "2026-10-18 10:00 +0200", """
Bonjour Madame Brockmann-Uzor,

Nous vous rappelons votre rendez-vous de contrôle avec le Dr Lefèvre le mardi 20 octobre 2026 à 9 h 15, 14 rue du Vieux-Marché-aux-Poissons, Strasbourg.

En cas d'empêchement, merci de nous prévenir au moins 48 heures à l'avance.

Le secrétariat
""", sys=True),

    m("presse_echo", X, "fr", "",
      "Antoine Kuntz <a.kuntz@echo-ill.example.fr>",
      "Demande d'interview – reportage sur les Allemandes qui travaillent en Alsace",
      "2026-09-24 11:08 +0200", """
Bonjour Madame,

Je suis journaliste à L'Écho de l'Ill et je prépare un reportage sur les frontaliers allemands qui viennent travailler dans le secteur de la santé en Alsace. Sophie Reinhardt, de Dentaris, m'a donné votre contact.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou autour d'un café ?

Bien à vous,
Antoine Kuntz
Journaliste – L'Écho de l'Ill
"""),

    m("lettre_rh_sante", X, "fr", "",
      "La Lettre RH Santé <lettre@rh-sante.example.fr>",
      "La Lettre RH Santé n° 112 – Recrutement en cabinet : entretiens, refus, promesses d'embauche",
      "2026-07-07 06:30 +0200", """
Au sommaire de ce numéro :

• Entretien d'embauche : les questions interdites en cabinet médical
• Comment annoncer un refus à un candidat sans le décourager
• Promesse d'embauche ou offre de contrat : quelles différences juridiques ?

Bonne lecture !
La rédaction

Vous recevez cette lettre car vous êtes inscrite sur rh-sante.example.fr. Se désinscrire : https://rh-sante.example.fr/desinscription
""", sys=True, html="alt", look="ats", brand="La Lettre RH Santé", cte="base64",
      hdr=bulk("<lettre.rh-sante.example.fr>", "https://rh-sante.example.fr/desinscription")),

    # ================= Spanish traps =================
    m("alerta_empleo", X, "es", "",
      "EmpleoSalud Alertas <alertas@empleosalud.example.es>",
      "Nuevas ofertas para ti: gerente clínica dental en Málaga",
      "2026-08-10 08:00 +0200", """
Hola Annelie:

Tenemos 6 nuevas ofertas que coinciden con tu búsqueda:

· Gerente de clínica dental – Marbella
· Coordinadora de recepción – Clínica Dental Torremolinos
· Responsable de administración – Policlínica Teatinos

Consejo: ¿has recibido un rechazo? Lamentablemente es parte del proceso. Prepara tu próxima entrevista con nuestra guía gratuita.

Darse de baja: https://empleosalud.example.es/baja
""", sys=True, html="alt", look="ats", brand="EmpleoSalud",
      hdr=bulk("<alertas.empleosalud.example.es>", "https://empleosalud.example.es/baja")),

    m("paquete_retraso", X, "es", "",
      "EnvíaYa <notificaciones@enviaya.example.es>",
      "Lamentablemente tu envío llegará con retraso",
      "2026-09-08 17:55 +0200", """
Hola:

Lamentablemente, tu envío EY-558102-ES no podrá entregarse en la fecha prevista por una incidencia en el centro logístico de Málaga.

Nueva fecha estimada de entrega: viernes, 11 de septiembre.

Disculpa las molestias.
Equipo EnvíaYa
""", sys=True, html="only", look="ats", brand="EnvíaYa", subj_enc=("iso-8859-1", "B")),

    m("banco_posicion", X, "es", "",
      "Banco Litoral – Avisos <avisos@bancolitoral.example.es>",
      "Actualización de su posición global",
      "2026-09-30 06:00 +0200", """
Estimada clienta:

Le informamos de que ya está disponible el extracto de su posición global a 30/09/2026 en la banca online, incluida la nueva cuenta nómina abierta el 15/09.

Este es un mensaje automático; por favor, no responda a este correo.

Banco Litoral
""", sys=True, cs="iso-8859-1", cte="quoted-printable"),

    m("visita_piso", X, "es", "",
      "Francisco Moreno <paco.moreno.pisos@correo.example.es>",
      "Visita al piso de calle Victoria",
      "2026-08-26 13:40 +0200", """
Hola Annelie:

Te confirmo la visita al piso de calle Victoria 38, 2.º B, el sábado 29 a las 12:00. Es un piso de dos dormitorios, amueblado, con terraza. Pido dos meses de fianza y el contrato de trabajo o las tres últimas nóminas.

Si no puedes venir, avísame por WhatsApp al 655 55 12 90.

Saludos,
Paco
""", cs="iso-8859-1", cte="8bit"),

    m("amigo_rechazo", X, "es", "",
      "Carmen Ibáñez <carmen.ibanez@correo.example.es>",
      "¡Qué rabia!",
      "2026-07-16 23:12 +0200", """
¡Hola guapa!

Te cuento: me han rechazado en la clínica de Fuengirola, después de tres entrevistas. El mensaje decía que "lamentablemente han elegido a otra candidata". Estoy que echo chispas.

Bueno, ¿y lo tuyo en Dentaris? ¡Cuéntame todo! Y a ver cuándo te vienes a Málaga de una vez.

Besos,
Carmen
"""),

    m("curso_rechazado", X, "es", "",
      "Escuela de Gestión Sanitaria <secretaria@egs-malaga.example.es>",
      "Solicitud de plaza – Curso de Gestión de Clínicas Dentales",
      "2026-09-17 12:30 +0200", """
Estimada Sra. Brockmann-Uzor:

Agradecemos su solicitud de plaza para el Curso Superior de Gestión de Clínicas Dentales (edición octubre 2026).

Lamentamos comunicarle que no ha sido admitida en esta edición, ya que todas las plazas han sido cubiertas por orden de inscripción. Su solicitud queda en lista de espera con el número 7.

Atentamente,
Secretaría Académica
Escuela de Gestión Sanitaria de Málaga
""", sys=True, html="alt", look="outlook"),

    m("headhunter_cold_es", X, "es", "",
      "Raquel Domínguez <raquel.dominguez@talentosalud.example.es>",
      "Oportunidades en la Costa del Sol",
      "2026-07-30 10:05 +0200", """
Hola Annelie:

Soy Raquel Domínguez, consultora de Talento Salud, una firma de headhunting especializada en el sector sanitario y dental en Andalucía. He visto tu perfil y creo que podría encajar en varias posiciones de gestión que manejamos.

¿Te apetecería que charlemos diez minutos por teléfono la semana que viene, sin compromiso?

Un saludo,
Raquel Domínguez
Consultora Senior · Talento Salud Headhunting
""", name_enc=("iso-8859-1", "Q")),
]

assert all(spec.get("to", CANDIDATE) for spec in MESSAGES)
