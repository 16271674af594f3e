"""German and Spanish mail of kind `other` in Luc's inbox."""

from __future__ import annotations

from msgs70_build import M

K = "other"

LIST = {"List-Unsubscribe": "<https://lists.example.net/u/de42c>", "Precedence": "bulk"}

MESSAGES = [
    M(K, "stepstone_jobagent", "de", "", "",
      "StepStone Job-Agent <jobagent@stepstone.de>",
      "8 neue Jobs: Geldwäsche, Trier / Saarbrücken / Luxemburg", "2026-01-26 06:30",
      """Hallo Luc,

Ihr Job-Agent hat 8 neue Stellenangebote gefunden:

Referent Geldwäscheprävention (m/w/d) - Rheinische Depotbank - Frankfurt am Main
Spezialist Meldewesen (m/w/d) - Kapitalverwaltung Trier - Trier
Compliance Analyst (m/w/d) - Saarbrücken - Teilweise Home-Office

Alle Treffer ansehen: https://www.stepstone.de/jobagent/77121

Job-Agent bearbeiten oder abbestellen
StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf
""", shape="html", headers=LIST),

    M(K, "karriere_newsletter_absage", "de", "", "",
      "Karriere-Kompass <newsletter@karriere-kompass.example.de>",
      "Absage nach dem Vorstellungsgespräch - was nun?", "2026-04-16 07:00",
      """Karriere-Kompass | Ausgabe 15/2026

Absage nach dem Vorstellungsgespräch - was nun?
"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz tut nach drei Gesprächsrunden mehr weh. Unsere Coachin erklärt, wie Sie um Feedback bitten, ohne zu drängeln.

Außerdem: Einladung zum Assessment Center - die fünf häufigsten Übungen. Und: Warum Eingangsbestätigungen oft so unpersönlich klingen.

Online lesen: https://karriere-kompass.example.de/ausgabe/15-2026

Newsletter abbestellen
""", shape="alt", headers={**LIST, "List-Id": "Karriere-Kompass <newsletter.karriere-kompass.example.de>"}),

    M(K, "dhl_verzoegert", "de", "", "",
      "DHL Paket <noreply@dhl-paket.example.de>",
      "Ihre Sendung verzögert sich leider", "2026-03-20 16:18",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Grund: hohes Sendungsaufkommen im Grenzverkehr.

Voraussichtliche Zustellung: Montag, 23.03.2026.

Ihr DHL Team
""", shape="html"),

    M(K, "kreditantrag_eingang", "de", "", "",
      "Moselbank Trier Online-Service <service@moselbank-trier.example.de>",
      "Ihr Kreditantrag ist bei uns eingegangen", "2026-08-03 12:40",
      """Sehr geehrter Herr Hoffmann-Nakamura,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 EUR. Ihr Antrag ist bei uns eingegangen und wird geprüft.

Über das Ergebnis informieren wir Sie in der Regel innerhalb von drei Werktagen in Ihrem Online-Banking-Postfach.

Mit freundlichen Grüßen
Ihre Moselbank Trier
""", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "cfl_zugausfall", "de", "", "",
      "CFL mobiliteit <info@cfl-mobil.example.lu>",
      "Störung: Ihre Verbindung Trier Hbf - Luxembourg", "2026-10-13 06:02",
      """Guten Morgen,

aufgrund einer Signalstörung zwischen Wasserbillig und Mertert fällt der RE 5107 (Trier Hbf 06:44 - Luxembourg 07:31) heute aus. Ein Ersatzverkehr mit Bussen ist eingerichtet.

Wir bitten um Entschuldigung.
CFL
"""),

    M(K, "personalberater_profil", "de", "", "m.vogt@vogt-consulting.example.de",
      "Dr. Markus Vogt <m.vogt@vogt-consulting.example.de>",
      "Ihr Profil", "2026-06-22 09:40",
      """Sehr geehrter Herr Hoffmann-Nakamura,

ich bin auf Ihr Profil gestoßen und war von Ihrer Kombination aus Fondsbuchhaltung und Compliance sehr angetan.

Als Personalberater betreue ich Banken und Kapitalverwaltungsgesellschaften im Rhein-Main-Gebiet und in Luxemburg. Aktuell habe ich kein passendes Mandat, würde Sie aber gern in meinen Kandidatenpool aufnehmen und Sie über passende Positionen informieren. Senden Sie mir dazu gern Ihren aktuellen Lebenslauf.

Mit besten Grüßen
Dr. Markus Vogt
Vogt Consulting - Executive Search Finance
"""),

    M(K, "arbeitsbewilligung_frage", "de", "Zürcher Vermögensbank", "r.baumann@zvb.example.ch",
      "Regula Baumann <r.baumann@zvb.example.ch>",
      "Kurze Frage zur Arbeitsbewilligung", "2026-04-29 14:20",
      """Sehr geehrter Herr Hoffmann-Nakamura

Zur Vorbereitung Ihres Gesprächs noch eine kurze Frage: Besitzen Sie eine EU/EFTA-Staatsangehörigkeit, bzw. benötigen Sie für eine Tätigkeit in Zürich eine Arbeitsbewilligung? Und planen Sie, als Grenzgänger tätig zu sein oder in die Schweiz umzuziehen?

Besten Dank für eine kurze Rückmeldung.

Freundliche Grüsse
Regula Baumann
Zürcher Vermögensbank AG
"""),

    M(K, "freund_absage_bank", "de", "", "felix.braun.tr@example.de",
      "Felix Braun <felix.braun.tr@example.de>",
      "na toll", "2026-07-24 19:55",
      """Hey Luc,

hab heute die Absage von der Bank in Frankfurt bekommen. Standardmail, "nach sorgfältiger Prüfung haben wir uns für einen anderen Kandidaten entschieden", nicht mal ein Name drunter. Nach zwei Gesprächen!

Lust, am Samstag in Trier was trinken zu gehen? Ich brauch Ablenkung.

Felix
"""),

    M(K, "kfz_antrag", "de", "", "",
      "Saar Direkt Versicherung <kundenservice@saardirekt.example.de>",
      "Eingangsbestätigung Ihres Antrags", "2026-02-28 10:10",
      """Sehr geehrter Herr Hoffmann-Nakamura,

wir bestätigen den Eingang Ihres Antrags auf eine Kfz-Haftpflicht- und Vollkaskoversicherung. Ihre Antragsnummer lautet KH-2026-33871.

Ihre Versicherungsunterlagen erhalten Sie nach Prüfung per Post.

Ihre Saar Direkt Versicherung
""", shape="alt"),

    M(K, "infojobs_alerta", "es", "", "",
      "InfoJobs <alertas@infojobs.example.net>",
      "Tienes 9 ofertas nuevas de \"analista riesgos\"", "2026-05-18 07:15",
      """Hola Luc,

Estas son las nuevas ofertas para tu alerta "analista riesgos - Madrid / teletrabajo":

Analista de Riesgos ESG - Banco Ribera - Madrid
Analista de Datos de Riesgo - Finanzas Claras - Remoto
Técnico/a Reporting Solvencia II - Grupo Asegurador Ibérico - Madrid

Ver todas: https://www.infojobs.example.net/alertas/55120

Gestiona tus alertas | Darse de baja
""", shape="html", headers=LIST),

    M(K, "musica_resumen", "es", "", "",
      "Sonora <no-reply@sonora-music.example.com>",
      "Tu resumen musical de la semana", "2026-08-31 09:00",
      """¡Hola Luc!

Esta semana has escuchado 14 horas de música. Tu artista más escuchado: Rosalía. Tu podcast favorito: "Entrevistas que cambiaron mi carrera".

Descubre tu nueva lista Descubrimiento Semanal en la app.

Sonora
""", shape="html", headers=LIST),

    M(K, "amiga_rechazo", "es", "", "elena.marquez.m@example.es",
      "Elena Márquez <elena.marquez.m@example.es>",
      "qué rabia", "2026-09-10 22:40",
      """Luc!!

Me acaban de rechazar en la consultora de Madrid, después de la entrevista final con el socio. Me dicen que "han decidido continuar con otros candidatos". Estoy fatal.

Tú qué tal con lo de Banco Ribera? Cuéntame algo bueno por favor jaja

Besos,
Elena
"""),

    M(K, "admision_master", "es", "", "",
      "Admisiones - Escuela de Finanzas de Madrid <admisiones@efm.example.es>",
      "Resolución de admisión - Máster en Finanzas Sostenibles", "2026-07-08 13:00",
      """Estimado Luc:

Nos complace comunicarle que ha sido admitido en el Máster en Finanzas Sostenibles (modalidad online), edición 2026-2027.

Para formalizar la matrícula, deberá abonar la reserva de plaza antes del 20 de julio a través del portal del alumno.

Oficina de Admisiones
Escuela de Finanzas de Madrid
""", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "fuera_oficina_nebula", "es", "Nébula Pagos", "marta.gil@nebulapagos.example.es",
      "Marta Gil <marta.gil@nebulapagos.example.es>",
      "Respuesta automática: Re: Fecha de incorporación", "2026-08-05 12:01",
      """Hola,

Estoy fuera de la oficina hasta el 24 de agosto sin acceso al correo. Para cualquier tema urgente puedes escribir a talento@nebulapagos.example.es.

Gracias,
Marta Gil
Talento | Nébula Pagos
""", headers={"Auto-Submitted": "auto-replied"}),
]
