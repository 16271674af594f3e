"""Corpus 85 data, `other` continued: non-job applications, the candidate's own mail,
auto-replies, calendar noise and life admin. Company is empty on all of these.
Imported only by make_eightyfifth.py.
"""

from make_eightyfifth import Msg as M

CANDIDATE_FROM = "Jonas Okonkwo-Brandt <jonas.ob@example.de>"

MESSAGES = [
    # ------------------------------------------------------------------ applications that are not for a job
    M("other", "hausrat_antrag_eingegangen", "de", "", "",
      '"Isartal Versicherung" <service@isartal-versicherung.example.de>',
      "Ihr Antrag ist bei uns eingegangen",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihren Antrag auf eine Hausratversicherung (Tarif Komfort, Wohnfläche 68 m²). Wir haben Ihre Unterlagen erhalten und prüfen diese. Ihren Versicherungsschein erhalten Sie in der Regel innerhalb von 5 Werktagen.

Vertragsnummer (vorläufig): HR-2026-0041877

Mit freundlichen Grüßen
Ihre Isartal Versicherung
""", "2026-01-20 13:40 +0100", charset="iso-8859-1", cte="quoted-printable"),

    M("other", "kreditkarte_abgelehnt", "de", "", "",
      '"Sparkasse Isar-Loisach" <noreply@sparkasse-isarloisach.example.de>',
      "Ihr Antrag auf eine Kreditkarte",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihren Antrag auf eine Mastercard Gold.

Nach Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können. Gerne berät Sie Ihr Kundenberater persönlich zu Alternativen.

Mit freundlichen Grüßen
Ihre Sparkasse Isar-Loisach

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.
""", "2026-02-27 11:00 +0100", fmt="alt"),

    M("other", "credit_card_application_received_ch", "en", "", "",
      '"Helvetia Private Bank" <no-reply@helvetiapb.example.ch>',
      "We have received your credit card application",
      """Dear Mr Okonkwo-Brandt,

Thank you for applying for the Helvetia Platinum credit card. We have received your application and will review it within 5 business days. We may contact you if we need further documents, such as proof of residence in Switzerland.

Kind regards,
Helvetia Private Bank
""", "2026-09-10 16:10 +0200"),

    M("other", "prestamo_recibido_es", "es", "", "",
      '"Banco Ribera" <no-responder@bancoribera.example.es>',
      "Hemos recibido tu solicitud de préstamo",
      """Hola Jonas,

Hemos recibido tu solicitud de préstamo personal por importe de 8.000 €. Nuestro equipo la está estudiando y te responderemos en un plazo máximo de 48 horas.

Puedes consultar el estado en la app de Banco Ribera.

Gracias por confiar en nosotros.
Banco Ribera
""", "2026-08-14 10:30 +0200", fmt="html"),

    M("other", "wohnung_absage_hausverwaltung", "de", "", "m.kramer@hv-kramer.example.de",
      "Monika Kramer <m.kramer@hv-kramer.example.de>",
      "Ihre Bewerbung für die Wohnung Schleißheimer Str. 112",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schleißheimer Straße und für die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Monika Kramer
Hausverwaltung Kramer · München
""", "2026-03-27 15:15 +0100", charset="windows-1252"),

    M("other", "piso_ya_alquilado_es", "es", "", "jordi@pisosgracia.example.es",
      "Jordi Vidal <jordi@pisosgracia.example.es>",
      "Piso c/ Verdi 41",
      """Hola Jonas,

Gracias por tu interés y por enviarnos la documentación. Lamentamos informarte de que el piso de la calle Verdi ya ha sido alquilado a otro solicitante.

Si quieres, te aviso cuando tengamos algo parecido en Gràcia.

Saludos,
Jordi Vidal
Pisos Gràcia
""", "2026-09-29 13:20 +0200"),

    M("other", "zulassung_master_abgelehnt", "de", "", "",
      '"Hochschule Rosenheim Campusportal" <noreply@campus.th-rosen.example.de>',
      "Zulassungsbescheid – Masterstudiengang Nachhaltiges Supply Chain Management",
      """Sehr geehrter Herr Okonkwo-Brandt,

zu Ihrem Antrag auf Zulassung zum berufsbegleitenden Masterstudiengang „Nachhaltiges Supply Chain Management“ zum Wintersemester 2026/27 ist eine Entscheidung gefallen.

Leider können wir Ihnen keinen Studienplatz anbieten, da die Zahl der Bewerbungen die verfügbaren Plätze überstiegen hat. Den Bescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Campusportal.

Mit freundlichen Grüßen
Studierendenservice
""", "2026-07-17 09:00 +0200"),

    M("other", "university_offer_of_place_en", "en", "", "",
      '"Erasmus Port School Admissions" <admissions-noreply@portschool.example.nl>',
      "Decision on your application - Executive MSc Supply Chain Management",
      """Dear Jonas,

Congratulations! We are pleased to offer you a place on the Executive MSc in Supply Chain Management, starting September 2026 in Rotterdam.

To accept your offer, please log in to the applicant portal and pay the deposit by 15 June. Your formal offer letter is available for download there.

We look forward to welcoming you.

Admissions Office
Erasmus Port School
""", "2026-05-19 14:30 +0200", fmt="html"),

    M("other", "admision_master_es", "es", "", "",
      '"Universidad de Levante - Admisiones" <admisiones@ulevante.example.es>',
      "Resolución de admisión - Máster en Dirección de Operaciones",
      """Estimado/a Jonas Okonkwo-Brandt:

Le comunicamos que la Comisión Académica ha resuelto su solicitud de admisión al Máster Universitario en Dirección de Operaciones y Logística.

Resultado: NO ADMITIDO/A (lista de espera, posición 14).

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Servicio de Posgrado
Universidad de Levante
""", "2026-06-26 12:45 +0200", charset="iso-8859-1"),

    # ------------------------------------------------------------------ the candidate's own mail, auto-replies, calendar
    M("other", "eigene_bewerbung_gesendet", "de", "", "",
      CANDIDATE_FROM,
      "Bewerbung als Leiter Einkauf (m/w/d) – Kennziffer 2026-22",
      """Sehr geehrte Frau Dr. Albers,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Leiter Einkauf gelesen. Als Supply-Chain-Planer mit acht Jahren Erfahrung in der Automobilzulieferindustrie bringe ich …

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Jonas Okonkwo-Brandt
+49 176 2231 8890
""", "2026-02-09 21:17 +0100", to="Dr. Sabine Albers <s.albers@weserbraeu.example.de>",
      attach=("Lebenslauf_Okonkwo-Brandt.pdf", "application/pdf")),

    M("other", "own_thank_you_after_interview", "en", "", "",
      CANDIDATE_FROM,
      "Thank you - Procurement Lead interview",
      """Hi Carlos,

Thank you for taking the time to speak with me today. I really enjoyed our discussion about should-cost modelling and the carrier tender you're planning for Q2.

I'm very excited about the role and look forward to hearing about the next steps.

Best regards,
Jonas

Sent from my iPhone""", "2026-01-29 16:44 +0100", to="Carlos Medina <carlos.medina@northlane-freight.example.com>",
      cc="Priya Raman <priya.raman@northlane-freight.example.com>"),

    M("other", "abwesenheitsnotiz_recruiterin", "de", "", "c.hollmann@hollmann-schuster.example.de",
      '"Dr. Christine Hollmann" <c.hollmann@hollmann-schuster.example.de>',
      "Abwesenheitsnotiz: AW: Position Leitung Operational Excellence",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. April nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Yilmaz (sekretariat@hollmann-schuster.example.de).

Mit freundlichen Grüßen
Christine Hollmann""", "2026-04-13 08:01 +0200",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M("other", "out_of_office_agency_en", "en", "", "jake.morrow@ryderblake.example.co.uk",
      "Jake Morrow <jake.morrow@ryderblake.example.co.uk>",
      "Automatic reply: Head of Network Planning - interview feedback?",
      """Thanks for your email. I'm out of the office until Monday 14th September with limited access to email.

For anything urgent please contact Tom Ashcroft on +44 (0)20 7946 0183.

Jake""", "2026-09-09 12:30 +0200",
      headers={"Auto-Submitted": "auto-replied"}),

    M("other", "standup_einladung_kollege", "de", "", "v.petrovic@arbeitgeber-aktuell.example.de",
      "Vesna Petrović <v.petrovic@arbeitgeber-aktuell.example.de>",
      "Einladung: Daily Standup Planung @ werktags 09:15 – 09:30",
      """Hallo zusammen,

ab Montag machen wir unser Planungs-Standup täglich um 9:15, 15 Minuten, Teams. Bitte Kapazitäten und Engpässe vorher im Board pflegen.

Danke & viele Grüße
Vesna
""", "2026-01-09 14:12 +0100",
      ics="""BEGIN:VCALENDAR
PRODID:-//Corpus85//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:standup-planung-2026@arbeitgeber-aktuell.example.de
DTSTAMP:20260109T131200Z
DTSTART:20260112T081500Z
DTEND:20260112T083000Z
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:Daily Standup Planung
LOCATION:Microsoft Teams
ORGANIZER:mailto:v.petrovic@arbeitgeber-aktuell.example.de
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:jonas.ob@example.de
END:VEVENT
END:VCALENDAR"""),

    M("other", "calendar_reminder_sync", "en", "", "",
      '"Google Calendar" <calendar-notification@google.com>',
      "Notification: Weekly S&OP sync @ Mon 2 Mar 2026 10am - 11am (CET)",
      """Weekly S&OP sync
Monday 2 Mar 2026 ⋅ 10am – 11am (Central European Time)
Google Meet: https://meet.google.com/abc-defg-hij

Organizer: sop-team@arbeitgeber-aktuell.example.de

Reminder from Google Calendar. You are receiving this email because you are an attendee of the event.
""", "2026-03-02 09:50 +0100", fmt="alt"),

    # ------------------------------------------------------------------ life admin
    M("other", "elster_bescheid", "de", "", "",
      '"ELSTER" <noreply@elster.example.de>',
      "Neue Nachricht in Ihrem ELSTER-Postfach",
      """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über Einkommensteuer.

Bitte melden Sie sich unter https://www.elster.example.de an, um die Nachricht abzurufen.

Ihr ELSTER-Team

Dies ist eine automatisch generierte E-Mail.
""", "2026-06-18 04:12 +0200", charset="iso-8859-1"),

    M("other", "bahn_reiseplanaenderung", "de", "", "",
      '"DB Reiseplan" <noreply@bahn.example.de>',
      "Änderung Ihrer Reise am 24.02. – ICE 581 fällt aus",
      """Hallo Jonas Okonkwo-Brandt,

leider fällt Ihr gebuchter Zug ICE 581 München Hbf – Stuttgart Hbf am 24.02. um 07:20 Uhr aus. Grund: Reparatur an der Oberleitung.

Alternative Verbindung: ICE 513 ab 07:51 Uhr, Ankunft 10:03 Uhr. Ihre Zugbindung ist aufgehoben.

Reise ansehen: https://www.bahn.example.de/buchung/reise
Fahrgastrechte: https://www.bahn.example.de/fahrgastrechte
""", "2026-02-23 20:02 +0100", fmt="html"),

    M("other", "oebb_verspaetung", "de", "", "",
      '"ÖBB Reiseinfo" <reiseinfo@oebb.example.at>',
      "Verspätung Ihres Railjet RJX 762",
      """Grüß Gott,

Ihr Zug RJX 762 Wien Hbf – Linz Hbf (Abfahrt 07:30) hat voraussichtlich 25 Minuten Verspätung. Grund: Verzögerung im Betriebsablauf.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihre ÖBB
""", "2026-03-26 06:58 +0100"),

    M("other", "swm_jahresabrechnung", "de", "", "",
      '"Stadtwerke München Kundenservice" <kundenservice@swm.example.de>',
      "Ihre Jahresabrechnung Strom 2025",
      """Sehr geehrter Herr Okonkwo-Brandt,

Ihre Jahresabrechnung für Strom (Kundennummer 4400 1182 33) steht in Ihrem Kundenportal bereit. Es ergibt sich eine Gutschrift von 84,12 €, die wir Ihrem Konto in den nächsten Tagen gutschreiben.

Ihr neuer monatlicher Abschlag beträgt ab März 61,00 €.

Mit freundlichen Grüßen
Ihr SWM Kundenservice
""", "2026-02-14 10:00 +0100", fmt="alt", cte="quoted-printable"),

    M("other", "telekom_rechnung", "de", "", "",
      '"Telekom Rechnung" <rechnung@telekom.example.de>',
      "Ihre Rechnung für Juni 2026",
      """Guten Tag Jonas Okonkwo-Brandt,

Ihre Rechnung für Juni 2026 ist da. Rechnungsbetrag: 49,95 €. Der Betrag wird am 08.07.2026 von Ihrem Konto abgebucht.

Rechnung ansehen: https://www.telekom.example.de/rechnung

Ihre Telekom
""", "2026-07-02 05:30 +0200", fmt="html"),

    M("other", "fitnessstudio_kurs_abgesagt", "de", "", "",
      '"Kraftwerk Fitness" <info@kraftwerk-fitness.example.de>',
      "Dein Kurs Functional Training am Mittwoch fällt aus",
      """Hey Jonas,

leider müssen wir deinen gebuchten Kurs „Functional Training“ am Mittwoch, 18:30 Uhr, absagen – unser Trainer ist krank. Deine Buchung wurde storniert, dein Kurskontingent bleibt erhalten.

Sportliche Grüße
Dein Kraftwerk-Team
""", "2026-08-18 13:13 +0200"),

    M("other", "spotify_zahlung", "en", "", "",
      '"Spotify" <no-reply@spotify.example.com>',
      "Your payment didn't go through",
      """Hi Jonas,

Unfortunately we couldn't process your latest payment for Spotify Premium Duo. Please update your payment details so you don't lose access to your Premium features.

Update payment: https://www.spotify.example.com/account/subscription

The Spotify Team
""", "2026-09-02 03:40 +0200", fmt="html"),

    M("other", "lufthansa_flight_cancelled", "en", "", "",
      '"Lufthansa" <online@booking-lufthansa.example.com>',
      "Unfortunately, your flight LH 1836 has been cancelled",
      """Dear Mr Okonkwo-Brandt,

Unfortunately, your flight LH 1836 from Munich to Barcelona on 11 July 2026 has been cancelled due to operational reasons. We have rebooked you on LH 1838, departing 14:25, arriving 16:35.

If the new connection is not suitable, you can change your flight free of charge or request a refund: https://www.lufthansa.example.com/mybookings

We apologise for the inconvenience.
Your Lufthansa Team
""", "2026-07-10 18:12 +0200", fmt="html"),

    M("other", "train_supprime_fr", "fr", "", "",
      '"SNCF Voyageurs" <ne-pas-repondre@sncf.example.fr>',
      "Votre train TGV 6605 du 16/04 est supprimé",
      """Bonjour Jonas,

Nous sommes désolés : votre train TGV INOUI 6605 Paris Gare de Lyon – Lyon Part-Dieu du 16/04 à 08h00 est supprimé en raison d'un mouvement social.

Vous pouvez échanger ou vous faire rembourser votre billet sans frais : https://www.sncf.example.fr/mes-voyages

SNCF Voyageurs
""", "2026-04-14 19:30 +0200", fmt="html"),

    M("other", "spanischkurs_inscripcion", "es", "", "secretaria@escuela-sol.example.es",
      "Secretaría Escuela Sol <secretaria@escuela-sol.example.es>",
      "Confirmación de inscripción – Curso de español B2 (online)",
      """Hola Jonas:

¡Gracias por inscribirte! Te confirmamos tu plaza en el curso de español B2 online, martes y jueves de 19:00 a 20:30 (hora de Madrid), del 6 de octubre al 17 de diciembre.

Tu profesora será Lucía. Antes de la primera clase recibirás el enlace de Zoom y el material.

¡Nos vemos pronto!
Secretaría – Escuela Sol, Valencia
""", "2026-09-24 11:05 +0200"),

    M("other", "swiss_post_zollgebuehr", "de", "", "",
      '"Die Post" <noreply@post.example.ch>',
      "Ihre Sendung RB123456789CH wartet auf Verzollung",
      """Grüezi

Ihre Sendung aus Deutschland ist in der Schweiz eingetroffen. Für die Verzollung benötigen wir noch Ihre Angaben. Bitte erfassen Sie diese bis zum 12. August online:

https://service.post.example.ch/verzollung

Freundliche Grüsse
Die Post
""", "2026-08-07 07:45 +0200"),
]
