"""Corpus 343: interview invitations, moved or cancelled interviews, missed-interview notices."""

from __future__ import annotations

from msgs343_common import ics, m, sig

INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"

TAFEL_HR = ("Sabine Kreuzer", "s.kreuzer@tafelwerk-catering.example.de")
GIV_RH = ("Claire Bontemps", "claire.bontemps@givrelle.example.fr")
BKS = ("Tobias Rehm", "tobias.rehm@bordkueche-sued.example.de")
DONAU = ("Dr. Ulrike Haslbeck", "ulrike.haslbeck@klinikum-donautal.example.de")
KOCH = ("Florian Stadlmayr", "f.stadlmayr@kochmann-personal.example.de")
FLEX = ("Derya Aksoy", "derya.aksoy@flexwerk-zeitarbeit.example.de")
ISAR = ("Lena Obermaier", "lena.obermaier@isarmenue.example.de")
PRIYA = ("Priya Nandakumar", "priya.nandakumar@aerofare.example.co.uk")
SALT = ("Hugo Pennington", "hugo@saltmarsh-search.example.co.uk")
ALSA = ("Étienne Roth", "etienne.roth@alsalab.example.fr")
CCM = ("Martine Schaller", "m.schaller@cuisine-centrale-mulhouse.example.fr")
TURIA = ("Nuria Ferrándiz", "nuria.ferrandiz@comedoresturia.example.es")
LABIO = ("Jorge Sanchis", "jsanchis@labiolev.example.es")
AEROCO = ("Marta Llopis", "marta.llopis@aerococina.example.es")
TALENTO = ("Inmaculada Roig", "iroig@talentohostelero.example.es")

MESSAGES = [
    # ================================================================ Tafelwerk (de)
    m("tafel_inv1", INV, "de", "2026-08-04 11:18 +0200", TAFEL_HR,
      "Einladung zum Vorstellungsgespräch – Qualitätsmanager Lebensmittelsicherheit",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Tafelwerk Catering. Ihr Werdegang als
Küchenmeister mit HACCP-Verantwortung hat uns neugierig gemacht, und wir möchten Sie gern
persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

  Dienstag, 18. August 2026, 10:00 Uhr
  Tafelwerk Catering, Lilienthalstraße 8, 80939 München (Empfang im EG)
  Gesprächspartner: Markus Feil (Betriebsleiter) und ich

Bitte bestätigen Sie mir den Termin kurz per E-Mail. Fahrtkosten erstatten wir Ihnen
gern gegen Beleg.

Mit freundlichen Grüßen
Sabine Kreuzer
HR Business Partnerin
Tafelwerk Catering GmbH | Lilienthalstraße 8 | 80939 München
Tel. +49 89 3249 770-12
""",
      company="Tafelwerk Catering", contact="from", charset="windows-1252",
      cte="quoted-printable"),
    m("tafel_move", MOVE, "de", "2026-08-10 16:44 +0200", TAFEL_HR,
      "Terminverschiebung: Ihr Gespräch am 18.08. → neu 20.08., 14:00 Uhr",
      """
Hallo Herr Schwarzenbacher,

leider muss ich unseren Termin verschieben: Herr Feil ist am 18. August kurzfristig bei
einem Kundenaudit in Ingolstadt. Passt Ihnen stattdessen Donnerstag, der 20. August 2026,
um 14:00 Uhr? Ort und Ablauf bleiben gleich. Die aktualisierte Kalendereinladung hängt an.

Entschuldigen Sie die Umstände!

Viele Grüße
Sabine Kreuzer
""",
      company="Tafelwerk Catering", contact="from", parent="tafel_confirm", quote="de",
      layout="alt",
      ics=ics("REQUEST", "tafelwerk-qm-2026-0818@tafelwerk-catering.example.de", 1,
              "2026-08-20 14:00", "2026-08-20 15:30",
              "Vorstellungsgespräch Schwarzenbacher / Tafelwerk", TAFEL_HR,
              location="Lilienthalstraße 8, 80939 München", stamp="20260810T144400Z")),
    m("tafel_inv2", INV, "de", "2026-08-24 09:30 +0200", TAFEL_HR,
      "Zweite Runde: Probetag in der Produktionsküche",
      """
Lieber Herr Schwarzenbacher,

vielen Dank für Ihre nette Nachricht – auch uns hat das Gespräch sehr gefallen. Wir
möchten Sie deshalb gern in die zweite Runde einladen: einen Probetag in unserer
Produktionsküche in Freimann.

  Termin: Mittwoch, 2. September 2026, 6:30 bis ca. 14:00 Uhr
  Ablauf: Wareneingangskontrolle, HACCP-Rundgang, Hygieneaudit mit dem QS-Team,
  abschließend Gespräch mit Herrn Feil und der Geschäftsführerin Dr. Bauer

Arbeitskleidung und Sicherheitsschuhe stellen wir. Bitte bringen Sie ein aktuelles
Gesundheitszeugnis (Belehrung nach § 43 IfSG) mit.

Geben Sie mir bitte kurz Bescheid, ob der Termin für Sie passt.

Herzliche Grüße
Sabine Kreuzer
""",
      company="Tafelwerk Catering", contact="from", parent="tafel_thanks", quote="de",
      charset="windows-1252", cte="8bit"),
    # ================================================================ Givrelle (fr)
    m("giv_inv1", INV, "fr", "2026-06-09 15:02 +0200", GIV_RH,
      "Invitation à un entretien visio – Responsable Qualité",
      """
Bonjour Benedikt,

Votre candidature a retenu toute notre attention et je vous propose un premier entretien en
visioconférence (Teams) avec moi-même et notre directeur industriel, M. Frédéric Walch :

  lundi 15 juin 2026 à 10h00 (heure de Paris), durée 45 minutes

Vous trouverez l'invitation ci-jointe avec le lien de connexion. Merci de me confirmer votre
disponibilité.

Bien cordialement,
Claire Bontemps
Responsable Ressources Humaines – Givrelle
""",
      company="Givrelle", contact="from", layout="alt",
      ics=ics("REQUEST", "givrelle-rqsa-0615@givrelle.example.fr", 0, "2026-06-15 10:00",
              "2026-06-15 10:45", "Entretien Givrelle – B. Schwarzenbacher", GIV_RH,
              tz="Europe/Paris", location="Microsoft Teams", stamp="20260609T130200Z")),
    m("giv_missed", MISSED, "fr", "2026-06-15 10:32 +0200", GIV_RH,
      "Entretien de ce matin",
      """
Bonjour Benedikt,

Nous vous avons attendu ce matin à 10h00 sur Teams avec M. Walch, mais nous ne vous avons
pas vu vous connecter et je n'ai pas réussi à vous joindre au téléphone.

J'espère que tout va bien de votre côté. Si vous êtes toujours intéressé par le poste,
dites-moi vos disponibilités pour la fin de semaine.

Cordialement,
Claire Bontemps
""",
      company="Givrelle", contact="from", parent="giv_inv1", charset="iso-8859-1",
      cte="8bit"),
    m("giv_inv2", INV, "fr", "2026-06-18 09:14 +0200", GIV_RH,
      "RE: Entretien de ce matin",
      """
Bonjour Benedikt,

Merci pour vos explications, ce sont des choses qui arrivent avec les changements d'heure
dans les agendas ! L'échange de mardi avec M. Walch s'est très bien passé et nous aimerions
aller plus loin.

Je vous invite à une journée d'immersion sur notre site de Mulhouse le vendredi 26 juin
2026 à partir de 8h00 : visite des lignes de surgélation, échange avec l'équipe qualité
et entretien avec le directeur du site. Nous prenons en charge vos frais de déplacement
depuis Regensburg.

Bien cordialement,
Claire Bontemps
""",
      company="Givrelle", contact="from", parent="giv_apology", quote="fr"),
    m("giv_move", MOVE, "fr", "2026-06-23 17:50 +0200", GIV_RH,
      "Changement de date – journée d'immersion",
      """
Bonjour Benedikt,

Je suis désolée, nous devons décaler votre journée d'immersion : un audit client
inopiné est annoncé pour le 26 juin et l'équipe qualité ne sera pas disponible.

Nouvelle date proposée : jeudi 2 juillet 2026, même programme, arrivée 8h00. Est-ce que
cela vous convient ? Si besoin, nous pouvons aussi regarder le 3 juillet.

Cordialement,
Claire Bontemps
""",
      company="Givrelle", contact="from", parent="giv_inv2", quote="fr", layout="alt"),
    # ================================================================ Aerofare (en)
    m("aero_inv", INV, "en", "2026-02-05 13:20 +0000",
      ("Priya Nandakumar via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Food Safety & Quality Supervisor at Aerofare Kitchens",
      """
Hi Benedikt,

Thanks again for applying to Aerofare Kitchens. I'd love to set up a 45-minute video
interview with me and our Head of Technical, Graham Lowe, to talk about the Heathrow
role.

Please pick a time that suits you using the link below:
https://app.greenhouse.example/schedule/aerofare/8842-bsch

If none of the slots work, just reply to this email and I'll find another time.

Best,
Priya Nandakumar
Talent Partner, Aerofare Kitchens
""",
      company="Aerofare Kitchens", contact="reply", reply_to=PRIYA, layout="alt"),
    m("aero_move", MOVE, "en", "2026-02-11 09:02 +0000", PRIYA,
      "RE: Interview invitation: Food Safety & Quality Supervisor at Aerofare Kitchens",
      """
Hi Benedikt,

Apologies for the short notice: Graham has been called to an audit at our Gatwick unit on
Friday, so we need to move your interview. Would Tuesday 17 February at 11:00 UK time
(12:00 in Germany) work instead? Same Teams link.

Thanks for your flexibility,
Priya

Priya Nandakumar | Talent Partner
Aerofare Kitchens Ltd | Unit 9, Northern Perimeter Road, Hounslow TW6 2RQ
""",
      company="Aerofare Kitchens", contact="from", parent="aero_inv", quote="outlook_en"),
    # ================================================================ Bordküche Süd (de)
    m("bks_inv", INV, "de", "2026-03-17 14:05 +0100", BKS,
      "Einladung Assessment Center am 14.04.2026",
      """
Sehr geehrter Herr Schwarzenbacher,

wir freuen uns, Sie zu unserem Assessment Center für die Position Hygiene- und
Qualitätskoordinator Flugzeugverpflegung einzuladen.

Datum: Dienstag, 14. April 2026
Uhrzeit: 08:30 – 15:00 Uhr
Ort: Bordküche Süd, Nordallee 25, 85356 München-Flughafen, Gebäude 148

Bitte bringen Sie Ihren Personalausweis mit; für den Zutritt zum Sicherheitsbereich
benötigen wir vorab Ihre Daten (Formular folgt separat). Die Kalendereinladung finden
Sie im Anhang.

Mit freundlichen Grüßen
Tobias Rehm
Recruiting | Bordküche Süd GmbH
""",
      company="Bordküche Süd", contact="from", layout="alt",
      ics=ics("REQUEST", "ac-2026-04-14-r10482@bordkueche-sued.example.de", 0,
              "2026-04-14 08:30", "2026-04-14 15:00", "Assessment Center Bordküche Süd", BKS,
              location="Nordallee 25, 85356 München-Flughafen, Geb. 148",
              stamp="20260317T130500Z"),
      ics_as="attach"),
    m("bks_move", MOVE, "de", "2026-03-23 10:47 +0100", BKS,
      "AW: Assessment Center – Terminwunsch",
      """
Hallo Herr Schwarzenbacher,

kein Problem, das bekommen wir hin. Wir verlegen Ihre Teilnahme auf die zweite
AC-Gruppe am Dienstag, 21. April 2026, gleiche Uhrzeit und gleicher Ort. Die
aktualisierte Einladung ist angehängt, die alte wird damit ersetzt.

Freundliche Grüße
Tobias Rehm
""",
      company="Bordküche Süd", contact="from", parent="bks_own_move", quote="outlook_de",
      ics=ics("REQUEST", "ac-2026-04-14-r10482@bordkueche-sued.example.de", 1,
              "2026-04-21 08:30", "2026-04-21 15:00", "Assessment Center Bordküche Süd", BKS,
              location="Nordallee 25, 85356 München-Flughafen, Geb. 148",
              stamp="20260323T094700Z")),
    # ================================================================ Klinikum Donautal (de)
    m("donau_inv", INV, "de", "2026-01-22 08:50 +0100", DONAU,
      "Einladung zum Vorstellungsgespräch",
      f"""
Sehr geehrter Herr Schwarzenbacher,

wir bedanken uns für Ihre Bewerbung als Leitung Qualitätssicherung unserer Zentralküche
und möchten Sie zu einem persönlichen Gespräch einladen.

Termin: Dienstag, 3. Februar 2026, 9:00 Uhr
Ort: Klinikum Donautal, Verwaltungsgebäude B, 2. OG, Raum 2.14

Am Gespräch nehmen neben mir Herr Lindinger (Küchenleitung) und eine Vertreterin des
Personalrats teil. Bitte melden Sie sich an der Pforte.

Mit freundlichen Grüßen

{sig("Dr. Ulrike Haslbeck", "Leiterin Wirtschaft & Versorgung", "Klinikum Donautal Regensburg",
     "Donaustaufer Straße 310, 93055 Regensburg", "Tel. 0941 6940-2210")}
""",
      company="Klinikum Donautal", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    m("donau_missed", MISSED, "de", "2026-02-03 09:41 +0100", DONAU,
      "Unser Termin heute um 9:00 Uhr",
      """
Sehr geehrter Herr Schwarzenbacher,

wir hatten Sie heute um 9:00 Uhr zum Vorstellungsgespräch erwartet und bis 9:30 Uhr
gewartet. Leider haben wir Sie auch telefonisch nicht erreicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen
Ulrike Haslbeck
""",
      company="Klinikum Donautal", contact="from", parent="donau_inv"),
    m("donau_inv2", INV, "de", "2026-02-04 13:12 +0100", DONAU,
      "AW: Entschuldigung – Termin heute",
      """
Sehr geehrter Herr Schwarzenbacher,

danke für Ihre Erklärung, so etwas kann passieren. Wir geben Ihnen gern einen neuen
Termin: Dienstag, 10. Februar 2026, 13:30 Uhr, gleicher Ort (Verwaltungsgebäude B,
Raum 2.14).

Bitte bestätigen Sie kurz.

Mit freundlichen Grüßen
Ulrike Haslbeck
""",
      company="Klinikum Donautal", contact="from", parent="donau_apology", quote="de",
      charset="iso-8859-1", cte="8bit"),
    # ================================================================ Spital Rheinknie (de-CH)
    m("rheinknie_inv", INV, "de", "2026-05-19 15:26 +0200",
      ("Spital Rheinknie", "noreply@successfactors.eu"),
      "Einladung Videointerview – Fachexperte Lebensmittelhygiene",
      """
Guten Tag Herr Schwarzenbacher

Gerne laden wir Sie zu einem ersten Videointerview (ca. 45 Minuten) ein:

Donnerstag, 28. Mai 2026, 14.00 Uhr
Teilnehmende: Reto Ammann (Leiter Gastronomie) und Corinne Vogt (HR)

Den Link zur Videokonferenz erhalten Sie am Vortag. Für Rückfragen wenden Sie sich bitte
direkt an Frau Vogt (Antwort auf diese E-Mail).

Freundliche Grüsse
HR Recruiting Center, Spital Rheinknie
""",
      company="Spital Rheinknie", contact="reply",
      reply_to=("Corinne Vogt", "corinne.vogt@spital-rheinknie.example.ch"), layout="alt"),
    m("rheinknie_move", MOVE, "de", "2026-05-22 11:03 +0200",
      ("Corinne Vogt", "corinne.vogt@spital-rheinknie.example.ch"),
      "Zeitänderung Videointerview vom 28. Mai",
      """
Guten Tag Herr Schwarzenbacher

Aufgrund einer internen Sitzung müssen wir das Videointerview am Donnerstag, 28. Mai,
leider um anderthalb Stunden verschieben – neu beginnt es um 15.30 Uhr. Ich hoffe, das
geht für Sie auf.

Freundliche Grüsse
Corinne Vogt
HR Business Partnerin
Spital Rheinknie | Spitalstrasse 21 | 4056 Basel
""",
      company="Spital Rheinknie", contact="from", layout="html"),
    # ================================================================ Pausenbrot (de-AT)
    m("pausen_inv", INV, "de", "2026-07-21 10:10 +0200",
      ("Elisabeth Eder", "elisabeth.eder@pausenbrot.example.at"),
      "Einladung zu einem Gespräch via Teams",
      """
Sehr geehrter Herr Schwarzenbacher!

Vielen Dank für Ihre Bewerbung als Qualitätsbeauftragter unserer Zentralküche in Linz.
Gerne möchten wir Sie in einem ersten Gespräch via Microsoft Teams näher kennenlernen.

Vorschlag: Donnerstag, 30. Juli 2026, 09:00 Uhr (ca. 1 Stunde)

Passt Ihnen der Termin? Ich schicke Ihnen dann die Einladung mit Link.

Mit freundlichen Grüßen
Mag. Elisabeth Eder
Personalentwicklung
Pausenbrot Schulverpflegung GmbH
Industriezeile 47, 4020 Linz | +43 732 77 41 90-23
""",
      company="Pausenbrot", contact="from", layout="alt"),
    m("pausen_move", MOVE, "de", "2026-07-28 08:20 +0200",
      ("Elisabeth Eder", "elisabeth.eder@pausenbrot.example.at"),
      "Verschiebung unseres Gesprächs am 30.07.",
      """
Sehr geehrter Herr Schwarzenbacher!

Leider muss ich unser Gespräch am Donnerstag absagen, da unsere Geschäftsführung
kurzfristig eine Klausur angesetzt hat. Ich melde mich in den nächsten Tagen mit einem
neuen Terminvorschlag bei Ihnen.

Bitte entschuldigen Sie die Verschiebung.

Mit freundlichen Grüßen
Elisabeth Eder
""",
      company="Pausenbrot", contact="from", parent="pausen_inv", charset="iso-8859-1",
      cte="quoted-printable"),
    # ================================================================ Rheinlab (de-CH)
    m("rheinlab_inv", INV, "de", "2026-06-10 13:45 +0200",
      ("Beat Zumstein", "beat.zumstein@rheinlab.example.ch"),
      "Fachgespräch und Laborrundgang",
      """
Grüezi Herr Schwarzenbacher

Besten Dank für Ihre Bewerbung als Auditor Gemeinschaftsgastronomie. Wir würden Sie gerne
zu einem Fachgespräch mit anschliessendem Rundgang durch unser Labor einladen:

Dienstag, 23. Juni 2026, 10.00 – 12.00 Uhr
Rheinlab Lebensmittelanalytik, Hochbergerstrasse 60, 4057 Basel

Die Einladung für Ihren Kalender finden Sie im Anhang.

Freundliche Grüsse
Beat Zumstein
Leiter Auditdienste
""",
      company="Rheinlab", contact="from",
      ics=ics("REQUEST", "rheinlab-fg-0623-bs@rheinlab.example.ch", 0, "2026-06-23 10:00",
              "2026-06-23 12:00", "Fachgespräch Rheinlab / B. Schwarzenbacher",
              ("Beat Zumstein", "beat.zumstein@rheinlab.example.ch"), tz="Europe/Zurich",
              location="Hochbergerstrasse 60, 4057 Basel", stamp="20260610T114500Z"),
      ics_as="attach"),
    m("rheinlab_cancel", MOVE, "de", "2026-06-19 07:58 +0200",
      ("Beat Zumstein", "beat.zumstein@rheinlab.example.ch"),
      "Abgesagt: Fachgespräch Rheinlab / B. Schwarzenbacher",
      """
Guten Morgen Herr Schwarzenbacher

Ich muss unser Fachgespräch vom Dienstag leider absagen, ich bin krankgeschrieben. Ihre
Bewerbung bleibt selbstverständlich im Verfahren; meine Kollegin meldet sich nächste Woche
mit einem neuen Termin.

Freundliche Grüsse
Beat Zumstein
""",
      company="Rheinlab", contact="from", layout="alt",
      ics=ics("CANCEL", "rheinlab-fg-0623-bs@rheinlab.example.ch", 1, "2026-06-23 10:00",
              "2026-06-23 12:00", "Fachgespräch Rheinlab / B. Schwarzenbacher",
              ("Beat Zumstein", "beat.zumstein@rheinlab.example.ch"), tz="Europe/Zurich",
              location="Hochbergerstrasse 60, 4057 Basel", stamp="20260619T055800Z")),
    # ================================================================ Kochmann → Menüwerk (de)
    m("koch_inv", INV, "de", "2026-01-20 12:34 +0100", KOCH,
      "Vorstellung bei Menüwerk Nürnberg – Termin",
      """
Hallo Herr Schwarzenbacher,

gute Nachrichten: Mein Kunde, die Menüwerk Nürnberg GmbH (Gemeinschaftsverpflegung,
ca. 9.000 Essen am Tag), möchte Sie kennenlernen!

Vorgeschlagen ist ein Teams-Interview am Donnerstag, 29. Januar, 16:00 Uhr, mit Frau
Sperber (Leitung QM) und Herrn Gruber (Produktionsleiter). Den Link schicke ich Ihnen, sobald
Sie zusagen. Wollen wir vorher noch kurz telefonieren?

Beste Grüße
Florian Stadlmayr
Senior Consultant Food & Hospitality
Kochmann Personalberatung | Leopoldstraße 144 | 80804 München
Mobil +49 160 9482 117
""",
      company="Menüwerk Nürnberg", contact="from"),
    m("koch_move", MOVE, "de", "2026-01-26 18:05 +0100", KOCH,
      "AW: Vorstellung bei Menüwerk Nürnberg – Termin",
      """
Hallo Herr Schwarzenbacher,

kurze Info: Menüwerk muss den Termin am Donnerstag verschieben, Herr Gruber ist krank.
Neuer Vorschlag des Kunden: Donnerstag, 5. Februar, 15:00 Uhr, wieder per Teams. Passt
das?

VG Florian Stadlmayr
""",
      company="Menüwerk Nürnberg", contact="from", parent="koch_inv", quote="de",
      from_enc=("utf-8", "Q")),
    m("koch_missed", MISSED, "de", "2026-02-05 15:38 +0100", KOCH,
      "Menüwerk: Sie waren nicht im Call?",
      """
Hallo Herr Schwarzenbacher,

Frau Sperber hat mich gerade angerufen: Sie und Herr Gruber waren um 15:00 Uhr im
Teams-Meeting und haben 20 Minuten auf Sie gewartet. Ich habe Sie auch auf dem Handy nicht
erreicht. Ist alles in Ordnung?

Bitte melden Sie sich kurz, damit ich dem Kunden etwas sagen kann.

Florian Stadlmayr
Kochmann Personalberatung
""",
      company="Menüwerk Nürnberg", contact="from", charset="windows-1252", cte="8bit"),
    # ================================================================ Flexwerk (de)
    m("flex_inv", INV, "de", "2026-02-16 11:02 +0100", FLEX,
      "Ihr Vorstellungstermin bei Flexwerk Nürnberg",
      """
Hallo Herr Schwarzenbacher,

danke für Ihre Bewerbung über unser Portal. Für einen Einsatz als QS-Mitarbeiter bei einem
Kunden aus der Lebensmittelindustrie im Raum Nürnberg möchten wir Sie gerne kennenlernen.

Kommen Sie bitte am Donnerstag, 19.02.2026, um 10:00 Uhr in unsere Niederlassung:
Flexwerk Zeitarbeit, Frauentorgraben 73, 90443 Nürnberg.

Mitbringen: Ausweis, Lebenslauf, Zeugnisse, Gesundheitszeugnis.

Viele Grüße
Derya Aksoy
Personaldisponentin
""",
      company="Flexwerk", contact="from", layout="html"),
    m("flex_missed", MISSED, "de", "2026-02-19 11:15 +0100", FLEX,
      "Vorstellungstermin heute 10 Uhr",
      """
Hallo Herr Schwarzenbacher,

Sie sind heute leider nicht zu unserem vereinbarten Vorstellungstermin um 10:00 Uhr
erschienen. Wenn Sie weiterhin Interesse haben, rufen Sie mich bitte an
(0911 2374 66-0), dann finden wir einen neuen Termin.

Viele Grüße
Derya Aksoy
Flexwerk Zeitarbeit GmbH – Niederlassung Nürnberg
""",
      company="Flexwerk", contact="from"),
    # ================================================================ Isarmenü (de)
    m("isar_inv", INV, "de", "2026-04-13 09:25 +0200", ISAR,
      "Telefoninterview – bitte Termin wählen",
      """
Hallo Herr Schwarzenbacher,

danke für Ihre Initiativbewerbung! Wir suchen tatsächlich gerade jemanden für das
Hygienemanagement unserer drei Schulküchen. Ich würde gern ein kurzes Telefoninterview
(30 Minuten) mit Ihnen führen.

Suchen Sie sich bitte über diesen Link einen passenden Termin aus:
https://termine.isarmenue.example.de/lena-obermaier/telefoninterview

Beste Grüße
Lena Obermaier
Recruiting & Personal, Isarmenü
""",
      company="Isarmenü", contact="from", parent="isar_own_app", layout="alt"),
    m("isar_move", MOVE, "de", "2026-04-20 14:11 +0200", ISAR,
      "Telefoninterview muss verschoben werden",
      """
Hallo Herr Schwarzenbacher,

leider muss ich unser Telefoninterview am Mittwoch absagen – bei uns ist gerade eine
Lebensmittelkontrolle im Haus. Ich habe Ihnen stattdessen Dienstag, 28. April, 11:00 Uhr
eingetragen. Ich rufe Sie auf Ihrer Handynummer an.

Beste Grüße
Lena Obermaier
""",
      company="Isarmenü", contact="from", subj_enc=("iso-8859-1", "Q")),
    m("isar_missed", MISSED, "de", "2026-04-28 11:22 +0200", ISAR,
      "Haben Sie unseren Anruf verpasst?",
      """
Hallo Herr Schwarzenbacher,

ich habe Sie heute um 11:00 Uhr wie vereinbart angerufen, zweimal, und Ihnen auf die
Mailbox gesprochen. Leider habe ich Sie nicht erreicht.

Sollen wir es noch einmal versuchen? Dann schreiben Sie mir gern zwei, drei Zeitfenster.

Beste Grüße
Lena Obermaier
""",
      company="Isarmenü", contact="from", layout="alt"),
    # ================================================================ others, de
    m("brandl_inv", INV, "de", "2026-08-10 13:30 +0200",
      ("Ing. Walter Brandl", "w.brandl@tiefkuehl-brandl.example.at"),
      "Probearbeitstag Qualitätssicherung",
      """
Grüß Gott Herr Schwarzenbacher,

danke für das nette Telefonat vom Freitag. Wie besprochen laden wir Sie zu einem
Probearbeitstag in unserem Werk in Linz-Pichling ein:

Donnerstag, 20. August 2026, Beginn 7:00 Uhr (Portier, Werk 2)
Mitzubringen: Sicherheitsschuhe, falls vorhanden; Kittel und Haube bekommen Sie von uns.

Sie werden den Tag mit unserer QS-Leiterin Frau Pichler verbringen (Rohwarenkontrolle,
Metalldetektion, Rückverfolgbarkeit).

Mit freundlichen Grüßen
Walter Brandl
Tiefkühl Brandl GmbH, Geschäftsführung
""",
      company="Tiefkühl Brandl", contact="from", charset="iso-8859-1", cte="8bit"),
    m("aurelis_inv", INV, "de", "2026-01-21 07:00 +0100",
      ("Aurelis Foodservice", "aurelis@taleo.net"),
      "Einladung zum Online-Assessment",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für Ihre Bewerbung als Quality & Food Safety Specialist (m/w/d). Als nächsten
Schritt laden wir Sie zu unserem Online-Assessment ein (Fallstudie HACCP und
Persönlichkeitsfragebogen, Dauer ca. 60 Minuten).

Bitte schließen Sie das Assessment bis zum 28.01.2026 ab:
https://aurelis.taleo.example/assessment/26-0117?c=88321

Im Anschluss lädt Sie unser Fachbereich ggf. zu einem Interview ein.

Mit freundlichen Grüßen
Aurelis Foodservice Deutschland - Talent Acquisition
""",
      company="Aurelis Foodservice", contact="", layout="alt"),
    # ================================================================ English
    m("foodsure_inv", INV, "en", "2026-08-18 16:30 +0100",
      ("Tom Reyes from Foodsure Labs", "no-reply@ashbyhq.com"),
      "Schedule your interview with Foodsure Labs",
      """
Hi Benedikt,

Great news, we'd like to invite you to a 30-minute video interview for the Food Safety
Auditor (Food Service) role with Tom Reyes, Audit Operations Lead.

Choose a time that works for you: https://jobs.ashby.example/foodsure/interview/7b2e9

This email was sent by Ashby on behalf of Foodsure Labs.
""",
      company="Foodsure Labs", contact="", layout="html"),
    m("foodsure_missed", MISSED, "en", "2026-08-27 15:48 +0100",
      ("Tom Reyes", "tom.reyes@foodsurelabs.example.co.uk"),
      "Missed you today",
      """
Hi Benedikt,

I was on the video call for our 15:00 interview today and waited about fifteen minutes,
but it looks like you weren't able to join. No worries if something came up.

If you're still interested, grab another slot with the same link and we'll try again.

Cheers,
Tom

Tom Reyes | Audit Operations Lead | Foodsure Labs
""",
      company="Foodsure Labs", contact="from"),
    m("meadow_inv", INV, "en", "2026-06-15 10:05 +0100",
      ("Rachel Obi", "rachel.obi@meadowlark.example.co.uk"),
      "Phone screen - Quality & Compliance Lead",
      """
Dear Benedikt,

Thank you for your application. We'd like to invite you to a 20-minute phone screen with me
to talk about the role and your relocation plans.

Would Thursday 25 June at 2pm (UK time) suit you? I'll call you on the number in your CV.

Kind regards,
Rachel Obi
People Partner
Meadowlark School Meals | 40 Kingsland Road, London E2 8DA
""",
      company="Meadowlark School Meals", contact="from"),
    m("meadow_cancel", MOVE, "en", "2026-06-22 12:40 +0100",
      ("Rachel Obi", "rachel.obi@meadowlark.example.co.uk"),
      "RE: Phone screen - Quality & Compliance Lead",
      """
Hi Benedikt,

I'm sorry, but I have to cancel Thursday's call: our kitchens are dealing with a supplier
recall this week and the hiring manager is unavailable. I'll come back to you with new
times as soon as things settle down.

Many thanks for your patience,
Rachel
""",
      company="Meadowlark School Meals", contact="from", parent="meadow_inv", quote="en",
      layout="alt"),
    m("salt_inv", INV, "en", "2026-07-08 09:12 +0100", SALT,
      "Cressington Hospital - interview with the Catering Manager",
      """
Hello Benedikt,

Good news: Cressington Hospital would like to interview you for the Food Safety Lead role
in their central production kitchen in Hammersmith.

Interview: Wednesday 15 July, 1:30pm UK time, on site (Cressington Hospital, Block F,
catering offices), with Sandra Holloway (Catering Manager) and a member of the infection
prevention team. They'll cover reasonable travel costs.

Can you confirm by return?

Best wishes,
Hugo Pennington
Director | Saltmarsh Search
Healthcare & Hospitality Recruitment
""",
      company="Cressington Hospital", contact="from"),
    m("salt_move", MOVE, "en", "2026-07-14 08:31 +0100", SALT,
      "Re: Cressington Hospital - interview with the Catering Manager",
      """
Morning Benedikt,

Quick one: the hospital has asked to move tomorrow's interview to Friday 17 July at 10am,
same place. Sandra has an urgent inspection visit. Hope you can still make it, let me know
about your flight.

Hugo
""",
      company="Cressington Hospital", contact="from", parent="salt_inv", quote="en"),
    m("northgate_inv", INV, "en", "2026-05-14 11:45 +0100",
      ("Daniel Price", "no-reply@hire.lever.co"),
      "Northgate Foods – phone interview",
      """
Hi Benedikt,

Thanks for your interest in the QA Technologist - Frozen Ready Meals role. I'd like to
schedule a phone interview with you on Thursday 21 May at 2pm (UK time). Please reply to
confirm or suggest another time.

Best,
Daniel Price
Recruitment Partner, Northgate Foods
""",
      company="Northgate Foods", contact="reply",
      reply_to=("Daniel Price", "daniel.price@northgatefoods.example.co.uk")),
    m("northgate_missed", MISSED, "en", "2026-05-21 14:25 +0100",
      ("Daniel Price", "daniel.price@northgatefoods.example.co.uk"),
      "Tried to call you at 2pm",
      """
Hi Benedikt,

I tried to call you at 2pm for our phone interview as planned, but couldn't get through
(I tried twice). Did the time zone catch us out? Let me know if you'd like to rearrange.

Best,
Daniel
""",
      company="Northgate Foods", contact="from", layout="alt"),
    # ================================================================ French
    m("alsa_inv", INV, "fr", "2026-07-16 11:00 +0200", ALSA,
      "Entretien – Technicien hygiène alimentaire",
      """
Bonjour Monsieur Schwarzenbacher,

Suite à l'étude de votre candidature, je vous propose de nous rencontrer pour un entretien
le vendredi 24 juillet 2026 à 14h dans nos locaux, 12 rue de l'Ill à Mulhouse.

L'entretien durera environ une heure et comprendra une courte mise en situation
(lecture d'un rapport d'audit en cuisine centrale).

Merci de me confirmer votre présence.

Cordialement,
Étienne Roth
Responsable technique, Alsalab
""",
      company="Alsalab", contact="from", from_enc=("iso-8859-1", "B"), layout="alt"),
    m("alsa_move", MOVE, "fr", "2026-07-21 09:20 +0200", ALSA,
      "Report de notre entretien du 24 juillet",
      """
Bonjour Monsieur Schwarzenbacher,

Je suis contraint de reporter notre entretien prévu vendredi : je dois me rendre en urgence
chez un client pour un prélèvement. Pourrions-nous nous voir le jeudi 30 juillet à 10h,
toujours à Mulhouse ?

Avec mes excuses,
Étienne Roth
""",
      company="Alsalab", contact="from", from_enc=("iso-8859-1", "B"), parent="alsa_inv",
      quote="fr", charset="iso-8859-1", cte="quoted-printable"),
    m("ccm_inv", INV, "fr", "2026-05-12 14:18 +0200", CCM,
      "Convocation à un entretien – Responsable hygiène cuisine centrale",
      """
Monsieur,

J'ai le plaisir de vous convier à un entretien devant le jury de recrutement pour le poste
de responsable hygiène et qualité de la cuisine centrale (restauration scolaire) :

  Mercredi 27 mai 2026 à 9h30
  Cuisine Centrale de Mulhouse, 18 rue de la Mertzau, 68100 Mulhouse

Une invitation électronique est jointe à ce message. Merci de vous munir d'une pièce
d'identité.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Martine Schaller
Direction des ressources humaines
""",
      company="Cuisine Centrale de Mulhouse", contact="from", layout="alt",
      ics=ics("REQUEST", "jury-rh-0527-ccm@cuisine-centrale-mulhouse.example.fr", 0,
              "2026-05-27 09:30", "2026-05-27 10:30", "Entretien jury – B. Schwarzenbacher",
              CCM, tz="Europe/Paris", location="18 rue de la Mertzau, 68100 Mulhouse",
              stamp="20260512T121800Z")),
    m("ccm_move", MOVE, "fr", "2026-05-20 16:05 +0200", CCM,
      "Annulé : Entretien jury – B. Schwarzenbacher",
      """
Monsieur,

En raison de l'indisponibilité d'un membre du jury, l'entretien du 27 mai est annulé. Il
sera reprogrammé début juin ; vous recevrez une nouvelle convocation dans les prochains
jours. Votre candidature reste bien entendu en cours d'examen.

Cordialement,
Martine Schaller
""",
      company="Cuisine Centrale de Mulhouse", contact="from",
      ics=ics("CANCEL", "jury-rh-0527-ccm@cuisine-centrale-mulhouse.example.fr", 1,
              "2026-05-27 09:30", "2026-05-27 10:30", "Entretien jury – B. Schwarzenbacher",
              CCM, tz="Europe/Paris", location="18 rue de la Mertzau, 68100 Mulhouse",
              stamp="20260520T140500Z")),
    # ================================================================ Spanish
    m("turia_inv", INV, "es", "2026-09-07 12:15 +0200", TURIA,
      "Entrevista – Técnico/a de Calidad y Seguridad Alimentaria",
      """
Hola Benedikt:

Nos ha gustado mucho tu perfil y nos gustaría conocerte. Te proponemos una entrevista por
videollamada el martes 15 de septiembre a las 10:30 (hora peninsular), con Vicente
Alapont, jefe de la cocina central, y conmigo.

¿Te viene bien? Si no, dime qué franjas tienes libres esta semana o la siguiente.

Un saludo,
Nuria Ferrándiz
Responsable de Selección
Comedores Turia · Polígono Fuente del Jarro, Paterna (Valencia)
""",
      company="Comedores Turia", contact="from", parent="turia_ack", layout="alt",
      from_enc=("utf-8", "B")),
    m("turia_move", MOVE, "es", "2026-09-11 17:02 +0200", TURIA,
      "RE: Entrevista – cambio de hora",
      """
Hola de nuevo, Benedikt:

Vicente tiene una inspección de Sanidad el martes por la mañana, así que tenemos que
cambiar la hora de la entrevista. ¿Podría ser el mismo martes 15 a las 17:00? El enlace
sigue siendo el mismo.

Disculpa las molestias.

Nuria
""",
      company="Comedores Turia", contact="from", parent="turia_inv", quote="es",
      from_enc=("utf-8", "B")),
    m("labio_inv", INV, "es", "2026-08-20 10:40 +0200", LABIO,
      "Prueba técnica y entrevista en Labiolev",
      """
Estimado Benedikt:

Tras revisar tu candidatura, nos gustaría invitarte a la siguiente fase del proceso: una
prueba técnica (casos prácticos de APPCC en restauración colectiva) seguida de una
entrevista personal.

Fecha: jueves 27 de agosto de 2026, a las 9:00
Lugar: Labiolev, Avda. de los Naranjos 58, 46022 Valencia
Duración aproximada: 2 horas

Te agradecería que me confirmaras tu asistencia.

Atentamente,
Jorge Sanchis
Director de Auditoría
Labiolev - Laboratorio Agroalimentario de Levante
""",
      company="Labiolev", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    m("labio_missed", MISSED, "es", "2026-08-27 10:05 +0200", LABIO,
      "Prueba técnica de hoy",
      """
Estimado Benedikt:

Te estuvimos esperando esta mañana a las 9:00 para la prueba técnica y la entrevista, pero
no llegaste y no pudimos localizarte por teléfono.

Si sigues interesado en el puesto, por favor contacta conmigo y vemos si es posible
encontrar otra fecha.

Un saludo,
Jorge Sanchis
""",
      company="Labiolev", contact="from", parent="labio_inv", quote="es", layout="alt"),
    m("aeroco_inv", INV, "es", "2026-09-10 13:50 +0200", AEROCO,
      "Videoentrevista – Responsable de Calidad Catering Aéreo",
      """
Hola Benedikt,

Gracias por tu interés en Aerococina Levante. Queremos invitarte a una videoentrevista con
el equipo de Calidad el jueves 17 de septiembre a las 16:00.

Te envío la convocatoria de calendario con el enlace de Teams adjunta.

Saludos,
Marta Llopis
Técnica de Selección | Aerococina Levante
Aeropuerto de Valencia, Edificio de Carga, 46940 Manises
""",
      company="Aerococina Levante", contact="from", layout="alt",
      ics=ics("REQUEST", "aeroco-cal-0917@aerococina.example.es", 0, "2026-09-17 16:00",
              "2026-09-17 16:45", "Videoentrevista Aerococina – B. Schwarzenbacher", AEROCO,
              tz="Europe/Madrid", location="Microsoft Teams", stamp="20260910T115000Z")),
    m("aeroco_move", MOVE, "es", "2026-09-14 09:33 +0200", AEROCO,
      "Aplazamiento de la videoentrevista",
      """
Hola Benedikt,

Sin problema, aplazamos la videoentrevista. Te la paso al jueves 24 de septiembre a las
16:00, misma conexión. Te llegará la convocatoria actualizada.

Saludos,
Marta
""",
      company="Aerococina Levante", contact="from", parent="aeroco_own_move", quote="es",
      ics=ics("REQUEST", "aeroco-cal-0917@aerococina.example.es", 1, "2026-09-24 16:00",
              "2026-09-24 16:45", "Videoentrevista Aerococina – B. Schwarzenbacher", AEROCO,
              tz="Europe/Madrid", location="Microsoft Teams", stamp="20260914T073300Z")),
    m("talento_inv", INV, "es", "2026-07-13 11:11 +0200", TALENTO,
      "Entrevista en nuestra oficina – oferta técnico de calidad",
      """
Buenos días, Benedikt:

Te escribo de Talento Hostelero ETT. Hemos visto tu currículum en nuestra web y tenemos una
oferta que puede encajarte: técnico de calidad para una cocina industrial de un cliente en
la zona de Ribarroja (contrato de puesta a disposición, 6 meses con posibilidad de
incorporación).

¿Puedes pasarte por nuestra oficina el jueves 16 de julio a las 12:00 para una entrevista?
Estamos en la calle Colón 22, 3.º, Valencia.

Un saludo,
Inmaculada Roig
Consultora de Selección · Talento Hostelero ETT
""",
      company="Talento Hostelero", contact="from", layout="html"),
    m("talento_missed", MISSED, "es", "2026-07-16 13:05 +0200", TALENTO,
      "No te presentaste a la entrevista",
      """
Hola Benedikt:

Te esperábamos hoy a las 12:00 en la oficina y no te presentaste a la entrevista. Te he
llamado dos veces sin respuesta.

Si aún te interesa la oferta, llámame al 963 51 44 20 y buscamos otro hueco.

Inmaculada Roig
Talento Hostelero ETT
""",
      company="Talento Hostelero", contact="from", charset="windows-1252", cte="8bit"),
    # ================================================================ Prüflabor (de), missed
    m("pruef_missed", MISSED, "de", "2026-03-24 10:30 +0100",
      ("Katrin Auer", "katrin.auer@pruflabor-suedbayern.example.de"),
      "Telefontermin heute 10 Uhr",
      """
Sehr geehrter Herr Schwarzenbacher,

wie gestern telefonisch vereinbart habe ich Sie heute um 10:00 Uhr für unser
Telefoninterview angerufen, Sie aber leider nicht erreicht. Auch meine Nachricht auf Ihrer
Mailbox blieb bisher unbeantwortet.

Bitte teilen Sie mir mit, ob Sie noch Interesse an der Stelle haben.

Freundliche Grüße
Katrin Auer
Personalreferentin
Prüflabor Südbayern GmbH | Landsberger Straße 302 | 80687 München
""",
      company="Prüflabor Südbayern", contact="from", layout="alt"),
]
