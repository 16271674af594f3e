"""Corpus 55 data: everyday "other" mail of the same inbox (parcels, banks, offices, travel,
subscriptions, admissions), some using job words in other senses. Standard library only."""

from __future__ import annotations

from msgs55_common import m

X = "other"

_BULK = {"Precedence": "bulk"}

MESSAGES = [
    # ---------------------------------------------------------------- German
    m(X, "paket_verspaetet", "de", "DHL Paket <noreply@dhl.de>",
      "Ihre Sendung verzögert sich leider", "2026-01-30T14:22:00+01:00",
      "Hallo Friederike Osterhagen-Yılmaz,\n\nleider verzögert sich die Zustellung Ihrer "
      "Sendung 00340434 1234 5678 90 von Medizinfachhandel Brandt. Grund: hohes "
      "Sendungsaufkommen im Paketzentrum.\n\nNeuer voraussichtlicher Zustelltag: "
      "Montag, 02.02.2026.\n\nSendungsverfolgung: https://www.dhl.example.de/verfolgen\n\n"
      "Ihr DHL Team", fmt="alt", hdr=_BULK),
    m(X, "sparkasse_kreditantrag", "de",
      "Sparkasse Elbe-Geest <service@sparkasse-elbe-geest.example.de>",
      "Ihr Antrag ist bei uns eingegangen", "2026-02-09T10:15:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nvielen Dank für Ihren Antrag auf einen "
      "Privatkredit über 12.000 EUR. Ihre Unterlagen sind vollständig bei uns eingegangen "
      "und werden nun geprüft. Über das Ergebnis informieren wir Sie in Ihrem "
      "Online-Banking-Postfach.\n\nMit freundlichen Grüßen\nIhre Sparkasse Elbe-Geest",
      fmt="alt"),
    m(X, "wohnung_absage", "de", "Hausverwaltung Brinkmann <vermietung@hv-brinkmann.example.de>",
      "Ihre Anfrage Wohnung Dresden-Neustadt, 2 Zi., 3. OG", "2026-03-17T15:05:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nvielen Dank für Ihr Interesse an der Wohnung "
      "in der Alaunstraße und die Teilnahme an der Besichtigung. Leider müssen wir Ihnen "
      "mitteilen, dass wir uns für andere Mietinteressenten entschieden haben.\n\n"
      "Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.\n\n"
      "Mit freundlichen Grüßen\nHausverwaltung Brinkmann"),
    m(X, "elster_bescheid", "de", "ELSTER <noreply@elster.de>",
      "Neue Nachricht in Ihrem ELSTER-Postfach", "2026-04-16T04:10:00+02:00",
      "Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nin Ihrem Postfach auf Mein ELSTER "
      "liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über Einkommensteuer "
      "(Finanzamt Hamburg-Nord).\n\nBitte melden Sie sich an, um die Nachricht abzurufen.\n\n"
      "Diese E-Mail wurde automatisch erstellt."),
    m(X, "rundfunkbeitrag", "de", "ARD ZDF Deutschlandradio Beitragsservice "
      "<info@rundfunkbeitrag.example.de>", "Ihre neue Beitragsnummer nach Umzug",
      "2026-05-25T09:00:00+02:00",
      "Guten Tag Frau Osterhagen-Yılmaz,\n\nwir haben Ihre Adressänderung erhalten. Die "
      "Beiträge für Ihre Wohnung werden weiterhin vierteljährlich per Lastschrift "
      "eingezogen. Nächste Fälligkeit: 15.06.2026, 55,08 Euro.\n\nIhr Beitragsservice",
      cs="iso-8859-1"),
    m(X, "krankenkasse_bonus_antrag", "de",
      "Meine Hansekasse <service@hansekasse-versicherte.example.de>",
      "Eingangsbestätigung: Antrag Bonusprogramm", "2026-06-08T11:30:00+02:00",
      "Liebe Frau Osterhagen-Yılmaz,\n\nIhr Antrag auf Auszahlung des Bonusprogramms 2025 "
      "ist bei uns eingegangen. Die Prüfung dauert in der Regel zwei bis drei Wochen.\n\n"
      "Leider können wir Ihnen zum Bearbeitungsstand keine individuelle Auskunft geben.\n\n"
      "Ihre Hansekasse", fmt="alt"),
    m(X, "bahn_verspaetung", "de", "Deutsche Bahn <noreply@bahn.de>",
      "Verspätung Ihrer Reise: ICE 577 Hannover Hbf → Leipzig Hbf", "2026-05-18T06:42:00+02:00",
      "Ihre Reise am 18.05.2026\n\nICE 577 ab Hannover Hbf 07:31\n"
      "Aktuelle Prognose: +25 Minuten. Grund: Reparatur an einem Signal.\n\n"
      "Ihr Anschluss in Leipzig Hbf ist voraussichtlich nicht erreichbar. Alternative "
      "Verbindungen finden Sie in der App DB Navigator.\n\nGute Reise!\nIhre Deutsche Bahn",
      fmt="alt"),
    m(X, "telekom_rechnung", "de", "Telekom <rechnungonline@telekom.example.de>",
      "Ihre Rechnung für Juni 2026", "2026-06-05T03:00:00+02:00",
      "Guten Tag Frau Osterhagen-Yılmaz,\n\nIhre Rechnung für Juni 2026 ist da. "
      "Rechnungsbetrag: 44,95 €. Der Betrag wird am 10.06.2026 von Ihrem Konto abgebucht.\n\n"
      "Rechnung ansehen: https://www.telekom.example.de/rechnung\n\nFreundliche Grüße\n"
      "Ihre Telekom", fmt="alt", cte="base64"),
    m(X, "fitnessstudio_kuendigung", "de", "FitWerk Leipzig <kontakt@fitwerk-leipzig.example.de>",
      "Bestätigung deiner Kündigung", "2026-07-01T18:20:00+02:00",
      "Hi Friederike,\n\nschade, dass du gehst! Hiermit bestätigen wir die Kündigung deiner "
      "Mitgliedschaft zum 30.09.2026. Bis dahin kannst du natürlich weiter trainieren.\n\n"
      "Sportliche Grüße\nDein FitWerk-Team"),
    m(X, "fortbildung_anmeldung", "de",
      "Bildungszentrum Pflege Nord <anmeldung@bz-pflege-nord.example.de>",
      "Anmeldebestätigung: Weiterbildung Praxisanleitung (300 Std.)",
      "2026-08-10T13:40:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nwir bestätigen Ihre Anmeldung zur "
      "berufspädagogischen Weiterbildung Praxisanleitung, Kursbeginn 05.10.2026. Ihr "
      "Platz ist reserviert; die Rechnung folgt separat.\n\nBitte bringen Sie am ersten "
      "Kurstag Ihre Berufsurkunde mit.\n\nMit freundlichen Grüßen\nKursverwaltung"),
    m(X, "pflegekammer_newsletter", "de",
      "Pflegekammer Niedersachsen-Nord <info@pflegekammer-nn.example.de>",
      "Kammer aktuell: Fortbildungspflicht, Wahl der Vertreterversammlung",
      "2026-09-16T10:00:00+02:00",
      "Liebe Kammermitglieder,\n\nin dieser Ausgabe: neue Fortbildungsordnung ab 2027, "
      "Ergebnisse der Vertreterversammlung und unser Positionspapier zu Personalbemessung "
      "in der Langzeitpflege.\n\nAbmelden: https://pflegekammer-nn.example.de/nl",
      fmt="alt", hdr={"List-Id": "<kammer-aktuell.pflegekammer-nn.example.de>",
                      "List-Unsubscribe": "<https://pflegekammer-nn.example.de/nl>"}),
    m(X, "uni_zulassung_master", "de",
      "Studierendenservice Hochschule Elbmünde <zulassung@hs-elbmuende.example.de>",
      "Zulassungsbescheid Master Gesundheitsinformatik (berufsbegleitend)",
      "2026-08-28T12:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nleider können wir Ihnen für das "
      "Wintersemester 2026/27 keinen Studienplatz im Masterstudiengang "
      "Gesundheitsinformatik anbieten. Die Zahl der Bewerbungen überstieg die verfügbaren "
      "Plätze; Ihre Rangziffer lag bei 58 (zugelassen bis 41).\n\nDer Ablehnungsbescheid "
      "steht im Bewerbungsportal zum Download bereit.\n\nMit freundlichen Grüßen\n"
      "Studierendenservice"),
    # ---------------------------------------------------------------- English
    m(X, "credit_card_application", "en", "Northbank Card Services <cards@northbank.example.com>",
      "We've received your application", "2026-03-12T20:30:00+00:00",
      "Hi Friederike,\n\nThanks for applying for the Northbank Travel Credit Card. We've "
      "received your application and we're reviewing it now. Most decisions are made within "
      "5 working days; we'll email you as soon as we have an answer.\n\n"
      "Northbank Card Services\nThis is a service message – you can't unsubscribe.",
      fmt="alt"),
    m(X, "streaming_plan", "en", "Streamly <info@account.streamly.example.com>",
      "Your plan is changing", "2026-04-04T02:12:00+00:00",
      "Hi Friederike,\n\nFrom 4 May your Standard plan will cost €14.99 a month. Nothing "
      "else changes, and you can cancel anytime.\n\nQuestions? Visit the Help Centre.\n\n"
      "— The Streamly team", fmt="alt", hdr=_BULK),
    m(X, "find_my_device_position", "en", "FindIt Tracker <alerts@findit-tracker.example.com>",
      "Your tag's last known position", "2026-06-20T16:44:00+02:00",
      "Your tag \"Dienstschlüssel\" was last seen at 16:38.\n\nPosition: 53.5511° N, "
      "9.9937° E (Hamburg, Jungfernstieg)\nAccuracy: ±12 m\n\nOpen the app to ring your tag "
      "or mark it as lost.\n\nYou receive location alerts because they're switched on for "
      "this tag."),
    m(X, "university_admission_en", "en",
      "Admissions Office <admissions@cph-health-university.example.dk>",
      "Your application – MSc Health Informatics, decision", "2026-05-02T11:00:00+02:00",
      "Dear Friederike Osterhagen-Yılmaz,\n\nThank you for your application to the MSc in "
      "Health Informatics. We regret to inform you that we are unable to offer you a place "
      "for the intake starting September 2026. The programme was heavily oversubscribed.\n\n"
      "You are welcome to apply again next year.\n\nKind regards,\nAdmissions Office\n"
      "Copenhagen University of Health Sciences"),
    m(X, "webinar_invite_en", "en", "Health IT Forum Events <events@healthit-forum.example.org>",
      "Webinar: From bedside to EHR – careers in nursing informatics", "2026-09-24T15:00:00+00:00",
      "Join us on 8 October, 17:00 CEST, for a 60-minute panel with nurse informaticists "
      "from four countries. Learn how they made the switch, which certificates matter, and "
      "what hiring managers look for in interviews.\n\nRegister free: "
      "https://healthit-forum.example.org/webinar\n\nUnsubscribe | Privacy",
      fmt="alt", hdr={"List-Id": "<events.healthit-forum.example.org>",
                      "List-Unsubscribe": "<https://healthit-forum.example.org/unsub>"}),
    # ---------------------------------------------------------------- French
    m(X, "fr_commande_retardee", "fr", "Boutique Pharmaplus <commandes@pharmaplus.example.fr>",
      "Votre commande n° 448120 est retardée", "2026-03-04T12:00:00+01:00",
      "Bonjour Friederike,\n\nMalheureusement, votre commande (chaussures de sécurité "
      "médicales, taille 39) a pris du retard chez notre transporteur. Nouvelle date de "
      "livraison estimée : 9 mars.\n\nNous vous prions de nous excuser pour ce désagrément.\n\n"
      "Le service client Pharmaplus", fmt="alt", cs="iso-8859-1"),
    m(X, "fr_location_refusee", "fr", "Agence Immo Kléber <location@immo-kleber.example.fr>",
      "Votre dossier de location – 3 pièces, Strasbourg Krutenau", "2026-09-11T17:10:00+02:00",
      "Madame,\n\nNous vous remercions pour le dépôt de votre dossier. Nous sommes au regret "
      "de vous informer que le propriétaire a retenu une autre candidature pour ce "
      "logement.\n\nNous restons à votre disposition pour d'autres biens.\n\n"
      "Cordialement,\nAgence Immo Kléber"),
    # ---------------------------------------------------------------- Spanish
    m(X, "es_prestamo_recibido", "es", "Banco Mediterráneo Digital <avisos@bmdigital.example.es>",
      "Hemos recibido tu solicitud", "2026-06-12T09:45:00+02:00",
      "Hola Friederike,\n\nhemos recibido tu solicitud de préstamo personal de 8.000 €. La "
      "estamos estudiando y te responderemos en un plazo máximo de 48 horas.\n\n"
      "Gracias por confiar en nosotros.\nBanco Mediterráneo Digital", fmt="alt"),
    m(X, "es_pedido_retrasado", "es", "TiendaYa <pedidos@tiendaya.example.es>",
      "Lamentablemente tu pedido se retrasa", "2026-07-23T10:30:00+02:00",
      "Hola Friederike:\n\nLamentablemente tu pedido 402-118 (maleta de cabina) se retrasará "
      "unos días. Nueva fecha estimada de entrega: 28 de julio.\n\nSentimos las molestias.\n"
      "El equipo de TiendaYa", fmt="alt", cte="base64"),
    m(X, "es_admision_master", "es",
      "Secretaría de Posgrado <posgrado@univ-levante.example.es>",
      "Resolución de admisión – Máster en Gestión Sanitaria", "2026-07-10T13:00:00+02:00",
      "Estimada Friederike:\n\nNos complace comunicarle que ha sido admitida en el Máster "
      "Universitario en Gestión Sanitaria para el curso 2026-2027. Para formalizar la "
      "matrícula deberá abonar la reserva de plaza antes del 24 de julio.\n\n"
      "Atentamente,\nSecretaría de Posgrado\nUniversidad de Levante", cs="iso-8859-1"),
    m(X, "es_factura_movil", "es", "Movilia <facturas@movilia.example.es>",
      "Tu factura de septiembre ya está disponible", "2026-10-01T05:00:00+02:00",
      "Hola Friederike,\n\nya puedes consultar tu factura de septiembre: 19,90 €. Se cargará "
      "en tu cuenta el 5 de octubre.\n\nGracias por ser de Movilia.",
      fmt="alt", hdr=_BULK),
]
