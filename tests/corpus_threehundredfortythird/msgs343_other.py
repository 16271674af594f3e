"""Corpus 343: everything else – the candidate's own mail and many traps."""

from __future__ import annotations

from msgs343_common import ME, ME_SIG, ME_SIG_EN, m, pdf

OTHER = "other"

TAFEL_HR = ("Sabine Kreuzer", "s.kreuzer@tafelwerk-catering.example.de")
GIV_RH = ("Claire Bontemps", "claire.bontemps@givrelle.example.fr")

LIST_DE = {
    "List-Id": "Gastrojobs Bayern Jobalarm <jobalarm.gastrojobs-bayern.example.de>",
    "List-Unsubscribe": "<https://gastrojobs-bayern.example.de/abmelden?u=88f1>, "
                        "<mailto:abmelden@gastrojobs-bayern.example.de>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

FRIEND_INNER = m(
    "tobi_inner", OTHER, "de", "2026-05-26 09:12 +0200",
    ("Katharina Brunner", "k.brunner@hotel-sonnenhof.example.de"),
    "Einladung zum Vorstellungsgespräch – Souschef (m/w/d)",
    """
Sehr geehrter Herr Lechner,

vielen Dank für Ihre Bewerbung als Souschef in unserem Hotel Sonnenhof. Wir laden Sie
herzlich zu einem Vorstellungsgespräch mit Probekochen ein:

Montag, 8. Juni 2026, 14:00 Uhr, Hotel Sonnenhof, Am Kurpark 3, 94086 Bad Griesbach

Mit freundlichen Grüßen
Katharina Brunner
Personalabteilung Hotel Sonnenhof
""",
    to=[("Tobias Lechner", "tobias.lechner@example.com")],
)

MESSAGES = [
    # ================================================================ own mail, de
    m("tafel_confirm", OTHER, "de", "2026-08-04 19:40 +0200", ME,
      "AW: Einladung zum Vorstellungsgespräch – Qualitätsmanager Lebensmittelsicherheit",
      f"""
Sehr geehrte Frau Kreuzer,

vielen Dank für die Einladung! Den Termin am Dienstag, 18. August 2026, um 10:00 Uhr
bestätige ich gern. Ich freue mich auf das Gespräch mit Ihnen und Herrn Feil.

Mit freundlichen Grüßen
{ME_SIG}
""",
      to=[TAFEL_HR], parent="tafel_inv1", quote="de", charset="windows-1252",
      cte="quoted-printable"),
    m("tafel_thanks", OTHER, "de", "2026-08-20 18:05 +0200", ME,
      "Danke für das Gespräch heute",
      f"""
Liebe Frau Kreuzer,

herzlichen Dank für das offene und angenehme Gespräch heute Nachmittag – und bitte
richten Sie auch Herrn Feil meinen Dank für die Führung durch die Produktionsküche aus.
Die Mischung aus Küchenpraxis und systematischer Qualitätssicherung, die Sie
beschrieben haben, ist genau das, was ich suche.

Ich freue mich, von Ihnen zu hören.

Herzliche Grüße
{ME_SIG}
""",
      to=[TAFEL_HR], parent="tafel_move", quote="de", charset="windows-1252", cte="8bit"),
    m("tafel_negotiate", OTHER, "de", "2026-09-14 20:12 +0200", ME,
      "AW: Vertragsangebot Qualitätsmanager Lebensmittelsicherheit",
      """
Liebe Frau Kreuzer,

vielen Dank für das Vertragsangebot, über das ich mich sehr gefreut habe. Bevor ich
zusage, eine offene Frage: Mit meiner Erfahrung als Küchenmeister und der laufenden
Weiterbildung zum Lebensmittelhygieniker hatte ich mit einem Gehalt um 58.000 € gerechnet.
Gäbe es hier noch Spielraum, zum Beispiel auch über eine Unterstützung bei der
IFS-Auditorenschulung?

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Benedikt Schwarzenbacher
""",
      to=[TAFEL_HR], parent="tafel_offer_letter", quote="de", charset="windows-1252",
      cte="quoted-printable"),
    m("tafel_accept", OTHER, "de", "2026-09-23 07:58 +0200", ME,
      "Zusage – Vertrag unterschrieben",
      f"""
Liebe Frau Kreuzer,

ich habe den Arbeitsvertrag gestern Abend über Personio unterschrieben und sage
hiermit auch offiziell sehr gern zu. Ich starte am 1. November in München; das Angebot
für Nürnberg habe ich Herrn Albrecht dankend abgesagt.

Vielen Dank für die tolle Begleitung durch den ganzen Prozess!

Herzliche Grüße
{ME_SIG}
""",
      to=[TAFEL_HR], cc=[("Markus Feil", "markus.feil@tafelwerk-catering.example.de")],
      parent="tafel_offer_revised", quote="outlook_de", charset="windows-1252",
      cte="quoted-printable", layout="alt"),
    m("donau_apology", OTHER, "de", "2026-02-03 10:15 +0100", ME,
      "Entschuldigung – Termin heute",
      f"""
Sehr geehrte Frau Dr. Haslbeck,

es tut mir sehr leid: Ich habe mir den Termin versehentlich für kommenden Dienstag im
Kalender eingetragen und Ihre Anrufe während meiner Frühschicht in der Küche nicht
gehört. Das ist mir äußerst unangenehm.

Ich bin weiterhin sehr an der Stelle interessiert und würde mich über einen neuen
Termin freuen.

Mit freundlichen Grüßen
{ME_SIG}
""",
      to=[("Dr. Ulrike Haslbeck", "ulrike.haslbeck@klinikum-donautal.example.de")],
      parent="donau_missed", quote="de", charset="iso-8859-1", cte="quoted-printable"),
    m("bks_own_move", OTHER, "de", "2026-03-20 08:30 +0100", ME,
      "AW: Einladung Assessment Center am 14.04.2026",
      f"""
Sehr geehrter Herr Rehm,

vielen Dank für die Einladung zum Assessment Center, über die ich mich sehr freue.

Leider habe ich am 14. April meine Abschlussprüfung im Lehrgang „Fachkraft für
Lebensmittelhygiene“. Wäre es möglich, an einem anderen Termin teilzunehmen?

Mit freundlichen Grüßen
{ME_SIG}
""",
      to=[("Tobias Rehm", "tobias.rehm@bordkueche-sued.example.de")], parent="bks_inv",
      quote="outlook_de", charset="windows-1252", cte="8bit"),
    m("isar_own_app", OTHER, "de", "2026-04-02 21:14 +0200", ME,
      "Initiativbewerbung – Hygiene- und Qualitätsmanagement Schulverpflegung",
      f"""
Sehr geehrte Damen und Herren,

seit zwölf Jahren stehe ich in Profiküchen, zuletzt als Küchenchef eines Betriebsrestaurants
mit 1.200 Essen am Tag. Dort habe ich das HACCP-Konzept neu aufgebaut und zwei
Behördenkontrollen ohne Beanstandung begleitet. Nun möchte ich ganz in die
Lebensmittelsicherheit wechseln und bewerbe mich initiativ bei Isarmenü.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
{ME_SIG}
""",
      to=[("Isarmenü Personal", "personal@isarmenue.example.de")], layout="alt",
      pdfs=[pdf("Lebenslauf_Schwarzenbacher.pdf", "Benedikt Schwarzenbacher - Lebenslauf",
                "Kuechenmeister (IHK), HACCP-Beauftragter",
                "2019-2026 Kuechenchef Betriebsrestaurant, Regensburg",
                "2014-2019 Sous-Chef, Hotelkueche, Muenchen")]),
    # ================================================================ traps, de
    m("gj_alert", OTHER, "de", "2026-03-02 06:00 +0100",
      ("Gastrojobs Bayern Jobalarm", "jobalarm@gastrojobs-bayern.example.de"),
      "12 neue Jobs für „Qualitätsmanagement Küche“ – plus: So meistern Sie das Vorstellungsgespräch",
      """
Hallo Benedikt,

hier sind Ihre neuen Treffer für „Qualitätsmanagement Küche“ im Umkreis von 100 km:

1. Hygienebeauftragter (m/w/d) – Seniorenresidenz Donaublick, Regensburg
2. QS-Mitarbeiter Lebensmittelproduktion – Feinkost Hollerbach, Straubing
3. Küchenleitung mit HACCP-Verantwortung – Kantine Stadtwerke, Landshut
… und 9 weitere Stellen

Ratgeber der Woche: Absage erhalten? Leider gehört das dazu. Wir zeigen, wie Sie aus
einer Absage lernen und sich optimal auf das nächste Vorstellungsgespräch vorbereiten.

Sie erhalten diese E-Mail, weil Sie den Jobalarm abonniert haben. Abmelden:
https://gastrojobs-bayern.example.de/abmelden?u=88f1
""",
      layout="alt", brand="Gastrojobs Bayern", headers=LIST_DE),
    m("kompass_news", OTHER, "de", "2026-05-07 07:30 +0200",
      ("KarriereKompass Newsletter", "newsletter@karrierekompass.example.de"),
      "Absagen richtig deuten: Was „leider“ wirklich bedeutet",
      """
Liebe Leserin, lieber Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz wird in Bewerbungsprozessen so
oft gelesen. In dieser Ausgabe erklären wir, was hinter den Standardformulierungen einer
Absage steckt, wann sich eine Nachfrage lohnt und warum eine Einladung zum
Zweitgespräch noch keine Zusage ist.

Außerdem: Fünf Fragen, die Sie im Vorstellungsgespräch selbst stellen sollten, und ein
Interview mit einer Personalleiterin aus der Gemeinschaftsverpflegung.

Viel Spaß beim Lesen!
Ihre KarriereKompass-Redaktion

Newsletter abbestellen: https://karrierekompass.example.de/nl/ab
""",
      layout="html",
      headers={"List-Id": "<karriere.karrierekompass.example.de>",
               "List-Unsubscribe": "<https://karrierekompass.example.de/nl/ab>",
               "Precedence": "bulk"}),
    m("radio_interview", OTHER, "de", "2026-06-03 14:22 +0200",
      ("Veronika Stangl", "v.stangl@radio-donauwelle.example.de"),
      "Interviewanfrage Radio Donauwelle – Lebensmittelverschwendung in Großküchen",
      """
Hallo Herr Schwarzenbacher,

ich bin Redakteurin bei Radio Donauwelle in Regensburg. Ein Kollege hat mir erzählt, dass
Sie in Ihrem Betriebsrestaurant die Lebensmittelabfälle um ein Drittel reduziert haben.

Hätten Sie Lust auf ein kurzes Interview für unsere Sendung „Oberpfalz am Nachmittag“?
Wir würden gern nächste Woche ein Gespräch (ca. 10 Minuten) bei Ihnen in der Küche
aufzeichnen.

Viele Grüße
Veronika Stangl
Redaktion Radio Donauwelle
""",
      contact="from"),
    m("parcel_de", OTHER, "de", "2026-02-24 12:05 +0100",
      ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung 00340434518822",
      """
Hallo Benedikt Schwarzenbacher,

leider verzögert sich die Zustellung Ihrer Sendung 00340434518822 (Absender:
Kochprofi Versand). Aufgrund des hohen Sendungsaufkommens erfolgt die Zustellung
voraussichtlich am 26.02.2026.

Wir bitten um Entschuldigung. Den aktuellen Status finden Sie unter
https://paketblitz.example.de/track/00340434518822

Ihr Paketblitz-Team
""",
      layout="alt"),
    m("bank_position", OTHER, "de", "2026-04-30 05:40 +0200",
      ("Oberpfalzbank Online-Banking", "no-reply@oberpfalzbank.example.de"),
      "Ihre Depotposition wurde aktualisiert",
      """
Sehr geehrter Herr Schwarzenbacher,

in Ihrem Depot 4471 0093 wurde die Position "Welt-ETF thesaurierend" durch Ihren Sparplan
um 2,371 Anteile erhöht. Den Auftrag und die Abrechnung finden Sie im Postfach Ihres
Online-Bankings.

Bitte antworten Sie nicht auf diese E-Mail.

Ihre Oberpfalzbank
""",
      charset="iso-8859-1", cte="quoted-printable"),
    m("landlord_muc", OTHER, "de", "2026-09-28 19:02 +0200",
      ("Christa Hörmann", "christa.hoermann@example.net"),
      "Besichtigung Wohnung Freimann – Termin am Samstag",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Heidemannstraße. Gerne
können Sie die Wohnung am Samstag, 3. Oktober, um 11:30 Uhr besichtigen. Leider kann ich
Ihnen keinen früheren Termin anbieten, da die Mieter erst ab Freitag Zeit haben.

Bitte bringen Sie eine Gehaltsbescheinigung bzw. Ihren neuen Arbeitsvertrag und eine
Schufa-Auskunft mit.

Freundliche Grüße
Christa Hörmann
""",
      contact="from", from_enc=("iso-8859-1", "Q")),
    m("dentist_de", OTHER, "de", "2026-07-08 08:00 +0200",
      ("Zahnarztpraxis Dr. Meindl", "termine-noreply@zahnarzt-meindl.example.de"),
      "Ihr Termin wurde verschoben",
      """
Guten Tag Herr Schwarzenbacher,

leider müssen wir Ihren Termin zur professionellen Zahnreinigung am 10.07.2026 um
8:15 Uhr verschieben. Ihr neuer Termin: Dienstag, 14.07.2026, 17:30 Uhr.

Falls der neue Termin nicht passt, rufen Sie uns bitte an: 0941 5892 31.

Ihr Praxisteam Dr. Meindl
""",
      layout="html"),
    m("friend_rej", OTHER, "de", "2026-05-27 22:47 +0200",
      ("Tobias Lechner", "tobias.lechner@example.com"),
      "Absage vom Sonnenhof... :(",
      """
Servus Bene,

jetzt hab ich doch noch vom Sonnenhof gehört – Absage. „Wir haben uns für einen
Bewerber entschieden, dessen Profil besser passt“, der übliche Text halt. Und das nach dem
Probekochen, wo alle so begeistert waren. Ich könnt mich grad ärgern.

Wie läuft's bei dir mit den Bewerbungen? Gehen wir Freitag auf ein Bier?

Tobi
""",
      contact="from", charset="windows-1252", cte="8bit"),
    m("friend_fwd_invite", OTHER, "de", "2026-05-26 12:30 +0200",
      ("Tobias Lechner", "tobias.lechner@example.com"),
      "Fwd: Einladung zum Vorstellungsgespräch – Souschef (m/w/d)",
      """
Bene, schau mal! Ich hab ein Vorstellungsgespräch im Sonnenhof in Bad Griesbach, mit
Probekochen. Hast du einen Tipp, was ich da kochen soll? Die wollen regional und saisonal.

Tobi
""",
      contact="from", forward=FRIEND_INNER),
    m("ihk_course", OTHER, "de", "2026-03-18 11:11 +0100",
      ("Monika Seidl", "monika.seidl@ihk-weiterbildung.example.de"),
      "Ihre Anmeldung zum Lehrgang „HACCP-Auditor (IHK)“",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „HACCP-Auditor (IHK)“ ab
20. April 2026.

Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits ausgebucht ist und wir Ihnen
keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren
Sie, falls ein Platz frei wird. Der nächste Lehrgang beginnt im Oktober.

Mit freundlichen Grüßen
Monika Seidl
IHK-Weiterbildungszentrum Regensburg
""",
      contact="from", layout="alt"),
    m("headhunter_de", OTHER, "de", "2026-04-09 16:40 +0200",
      ("Philipp von Rauch", "p.vonrauch@brenner-executive.example.de"),
      "Ihr Profil – vertrauliche Anfrage",
      """
Sehr geehrter Herr Schwarzenbacher,

ich bin auf Ihr Profil im Fachnetz aufmerksam geworden. Ich betreue exklusiv mehrere
Mandate im Bereich Qualität und Lebensmittelsicherheit in der Gemeinschaftsverpflegung in
Süddeutschland.

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch? Dann schicken Sie
mir gern Ihren aktuellen Lebenslauf und eine Telefonnummer.

Beste Grüße
Philipp von Rauch
Partner | Brenner Executive Search
Prinzregentenstraße 54, 80538 München
""",
      contact="from"),
    m("ooo_isar", OTHER, "de", "2026-04-02 21:15 +0200",
      ("Lena Obermaier", "lena.obermaier@isarmenue.example.de"),
      "Abwesenheitsnotiz: Initiativbewerbung – Hygiene- und Qualitätsmanagement Schulverpflegung",
      """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
bitte an personal@isarmenue.example.de.

Lena Obermaier
""",
      contact="from", parent="isar_own_app",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("flex_news", OTHER, "de", "2026-03-30 10:00 +0200",
      ("Flexwerk Zeitarbeit", "newsletter@flexwerk-zeitarbeit.example.de"),
      "Jobs der Woche in Nürnberg & Umgebung",
      """
Hallo Benedikt,

unsere Jobs der Woche:

- Produktionshelfer Lebensmittel (m/w/d), Fürth – ab sofort
- Koch/Köchin Betriebskantine (m/w/d), Erlangen – Vollzeit
- Mitarbeiter Qualitätskontrolle (m/w/d), Schwabach – Schichtarbeit

Jetzt bewerben und innerhalb von 48 Stunden eine Rückmeldung erhalten!

Ihr Flexwerk-Team
Abmelden: https://flexwerk-zeitarbeit.example.de/newsletter/abmelden
""",
      layout="html",
      headers={"List-Id": "Flexwerk Jobs der Woche <jobs.flexwerk-zeitarbeit.example.de>",
               "List-Unsubscribe": "<https://flexwerk-zeitarbeit.example.de/newsletter/abmelden>",
               "Precedence": "bulk"}),
    m("gps_bike", OTHER, "de", "2026-07-19 23:51 +0200",
      ("Radwacht Alarm", "alarm@radwacht.example.de"),
      "Bewegungsalarm: neue Position Ihres E-Bikes",
      """
Ihr E-Bike „Cube grau“ hat sich bewegt.

Letzte Position: 49.0134 N, 12.1016 E (Regensburg, Stadtamhof), 23:49 Uhr
Genauigkeit: 12 m

Wenn Sie das selbst waren, können Sie diese Meldung ignorieren. Andernfalls öffnen Sie
die Radwacht-App, um die Position live zu verfolgen.
""",
      subj_enc=("utf-8", "B")),
    m("user_research", OTHER, "de", "2026-06-22 10:30 +0200",
      ("Jana Kästner", "jana.kaestner@gastrojobs-bayern.example.de"),
      "30 Minuten für ein Nutzerinterview? (20 € Gutschein)",
      """
Hallo Benedikt,

ich bin UX-Researcherin bei Gastrojobs Bayern. Wir überarbeiten gerade unsere App und
suchen Menschen, die in den letzten Monaten aktiv Jobs gesucht haben.

Hättest du Lust auf ein 30-minütiges Nutzerinterview per Video? Als Dankeschön gibt es
einen 20-€-Gutschein. Wenn ja, such dir einfach einen Termin aus:
https://gastrojobs-bayern.example.de/research/termine

Liebe Grüße
Jana Kästner
UX Research, Gastrojobs Bayern
""",
      contact="from", charset="windows-1252", cte="quoted-printable"),
    m("vhs_cancel", OTHER, "de", "2026-02-26 15:20 +0100",
      ("VHS Regensburg Kursverwaltung", "kurse-noreply@vhs-regensburg.example.de"),
      "Kursabsage: Spanisch A2 (Kurs 26F-4410)",
      """
Sehr geehrter Herr Schwarzenbacher,

leider muss der Kurs "Spanisch A2 für den Beruf" (26F-4410) mangels ausreichender
Anmeldungen abgesagt werden. Die Kursgebühr wird Ihnen in den nächsten Tagen
zurücküberwiesen.

Wir würden uns freuen, Sie in einem anderen Kurs begrüßen zu dürfen.

Ihre Volkshochschule Regensburg
""",
      charset="iso-8859-1", cte="8bit"),
    m("webinar_ifs", OTHER, "de", "2026-04-21 09:00 +0200",
      ("Forum Lebensmittelsicherheit", "info@forum-lms.example.de"),
      "Einladung zum Webinar: Das Audit-Interview – Mitarbeitende richtig befragen",
      """
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem kostenfreien Webinar ein:

„Das Audit-Interview – Mitarbeitende in Küche und Produktion richtig befragen“
Donnerstag, 7. Mai 2026, 16:00 – 17:00 Uhr, online

Referentin: Dr. Sonja Weißgerber, IFS-Auditorin

Jetzt anmelden: https://forum-lms.example.de/webinare/audit-interview

Forum Lebensmittelsicherheit e. V.
Sie erhalten diese Nachricht als Mitglied unseres Verteilers.
""",
      layout="alt",
      headers={"List-Id": "Forum LMS Veranstaltungen <events.forum-lms.example.de>",
               "List-Unsubscribe": "<mailto:events-leave@forum-lms.example.de>",
               "Precedence": "bulk"}),
    m("fachnetz_views", OTHER, "de", "2026-05-15 18:00 +0200",
      ("Fachnetz", "notifications@fachnetz.example.com"),
      "Benedikt, Sie wurden diese Woche in 7 Suchen gefunden",
      """
Hallo Benedikt,

Ihr Profil wurde diese Woche in 7 Suchen gefunden, unter anderem von Personalern aus den
Bereichen Gemeinschaftsverpflegung und Lebensmittelindustrie.

Tipp: Ergänzen Sie Ihre Position und Ihre Zertifikate, um noch öfter gefunden zu werden.

Ihr Fachnetz-Team
""",
      layout="html"),
    m("friend_job_tip", OTHER, "de", "2026-01-09 13:20 +0100",
      ("Anna Wiesinger", "anna.wiesinger@example.org"),
      "Fwd: Stellenanzeige – wär das was für dich?",
      """
Hi Bene,

hab das hier in unserem Intranet gesehen, die suchen jemanden für Hygiene und QS in der
Zentralküche. Ich kenn die Küchenleitung, soll ich mal ein gutes Wort einlegen?

Anna

---------- Forwarded message ---------
Von: Intranet Klinikum Donautal <intranet@klinikum-donautal.example.de>
Date: Fr., 9. Jan. 2026 um 10:02
Subject: Stellenanzeige – Leitung Qualitätssicherung Zentralküche

Das Klinikum Donautal sucht zum nächstmöglichen Zeitpunkt eine Leitung
Qualitätssicherung für die Zentralküche (m/w/d), Vollzeit, unbefristet.
Bewerbungen bitte bis 31.01.2026 über unser Karriereportal.
""",
      contact="from"),
    m("vhs_workshop", OTHER, "de", "2026-01-15 10:45 +0100",
      ("VHS Regensburg Kursverwaltung", "kurse-noreply@vhs-regensburg.example.de"),
      "Anmeldebestätigung: Workshop „Vorstellungsgespräche souverän meistern“",
      """
Sehr geehrter Herr Schwarzenbacher,

hiermit bestätigen wir Ihre Anmeldung zum Workshop „Vorstellungsgespräche souverän
meistern“ (Kurs 26F-1022) am Samstag, 31. Januar 2026, 9:30 – 16:00 Uhr, Raum 1.07.

Die Kursgebühr von 49 € wird von Ihrem Konto abgebucht.

Ihre Volkshochschule Regensburg
""",
      charset="windows-1252", cte="8bit"),
    # ================================================================ own mail, en
    m("aero_thanks", OTHER, "en", "2026-02-17 18:20 +0100", ME,
      "Thank you - interview today",
      f"""
Dear Priya,

Thank you for today's interview, and please pass my thanks on to Graham. I really enjoyed
hearing how your team runs allergen control across so many airline menus, and it made me
even more keen on the role.

Please let me know if you need anything else from me.

Best regards,
{ME_SIG_EN}
""",
      to=[("Priya Nandakumar", "priya.nandakumar@aerofare.example.co.uk")],
      parent="aero_move", quote="en"),
    m("harbour_own_app", OTHER, "en", "2026-08-10 20:30 +0200", ME,
      "Application - Food Safety Coordinator",
      f"""
Dear Mr Grant,

Please find attached my application for the Food Safety Coordinator role advertised on
CateringCareers. I am a qualified master chef (Küchenmeister) with twelve years in
professional kitchens, and I have spent the last three years running HACCP and allergen
management for a 1,200-cover staff restaurant in Germany.

I would be delighted to discuss how my kitchen experience could support your food safety
team.

Kind regards,
{ME_SIG_EN}
""",
      to=[("Oliver Grant", "oliver.grant@harbourandhearth.example.co.uk")],
      pdfs=[pdf("CV_Benedikt_Schwarzenbacher.pdf", "Benedikt Schwarzenbacher - CV",
                "Master chef (Kuechenmeister), HACCP coordinator",
                "2019-2026 Head chef, staff restaurant, Regensburg",
                "Languages: German (native), English (C1), French (B1), Spanish (B1)")]),
    # ================================================================ traps, en
    m("podcast", OTHER, "en", "2026-03-11 15:10 +0000",
      ("Megan Hale", "megan@thepasspodcast.example.co.uk"),
      "Interview request: The Pass podcast",
      """
Hi Benedikt,

I host The Pass, a podcast about life behind the kitchen door. A listener told me about
your move from head chef into food safety, and I'd love to interview you for an episode
on career changes in hospitality.

Recording would be remote, about 40 minutes, any time in April that suits you. No
preparation needed!

Cheers,
Megan Hale
Host & Producer, The Pass
""",
      contact="from", layout="alt"),
    m("parcel_en", OTHER, "en", "2026-06-05 08:45 +0100",
      ("SwiftParcel UK", "no-reply@swiftparcel.example.co.uk"),
      "Unfortunately your parcel is delayed",
      """
Hi Benedikt,

Unfortunately your parcel SP-UK-55820194 from CookwarePro is delayed due to a problem at
our hub. We're sorry for the inconvenience. Your new estimated delivery date is Tuesday
9 June.

You can track your parcel or change your delivery options online.

SwiftParcel Customer Service
""",
      layout="html"),
    m("uk_alert", OTHER, "en", "2026-07-01 07:00 +0100",
      ("CateringCareers Job Alerts", "alerts@cateringcareers.example.co.uk"),
      "5 new jobs: food safety - plus how to handle rejection after an interview",
      """
Hi Benedikt,

New jobs matching "food safety" in London:

- Technical Manager, Central Production Kitchen - Battersea
- Food Safety Officer (Contract Catering) - Canary Wharf
- QA Auditor, Inflight Catering - Heathrow

Career advice: Unfortunately, rejection is part of every job search. Our guide explains
how to ask for interview feedback and keep your confidence up.

Manage alerts or unsubscribe: https://cateringcareers.example.co.uk/alerts
""",
      layout="alt",
      headers={"List-Id": "CateringCareers alerts <alerts.cateringcareers.example.co.uk>",
               "List-Unsubscribe": "<https://cateringcareers.example.co.uk/alerts/unsub>",
               "Precedence": "bulk"}),
    m("uk_headhunter", OTHER, "en", "2026-08-26 11:15 +0100",
      ("Fiona Marsh", "fiona.marsh@brightlinetalent.example.co.uk"),
      "Food safety opportunities - quick chat?",
      """
Hi Benedikt,

I came across your profile and was impressed by your move from kitchen leadership into
HACCP and quality. I specialise in technical roles in food manufacturing and contract
catering across the UK and Ireland.

Would you be open to a short call to hear about the market? No specific role at the
moment, just keen to get to know you.

Kind regards,
Fiona Marsh
Senior Consultant, Brightline Talent
""",
      contact="from"),
    m("ux_research_en", OTHER, "en", "2026-09-09 14:00 +0100",
      ("Sam Okafor", "sam.okafor@shiftchef.example.com"),
      "Research interview about job hunting in hospitality",
      """
Hi Benedikt,

I'm a user researcher at ShiftChef. You signed up for our beta last year, and we're now
running short research interviews (45 minutes, video) with chefs who are changing jobs.
We'd thank you with a GBP 30 voucher.

If you're up for it, reply with a couple of times that work next week.

Thanks!
Sam Okafor
User Research, ShiftChef
""",
      contact="from"),
    # ================================================================ own mail, fr
    m("giv_apology", OTHER, "fr", "2026-06-15 11:30 +0200", ME,
      "RE: Entretien de ce matin",
      """
Bonjour Madame Bontemps,

Je suis vraiment désolé : mon agenda avait converti l'invitation avec une heure de
décalage et je me suis connecté à 11h, trop tard. Je vous présente toutes mes excuses,
ainsi qu'à M. Walch.

Je reste très intéressé par le poste. Je suis disponible demain mardi 16 juin toute la
journée, ou mercredi matin.

Bien cordialement,
Benedikt Schwarzenbacher
+49 171 5523 908
""",
      to=[GIV_RH], parent="giv_missed", quote="fr", charset="iso-8859-1", cte="8bit"),
    m("giv_decline", OTHER, "fr", "2026-09-24 09:10 +0200", ME,
      "Votre proposition – ma réponse",
      """
Bonjour Madame Bontemps,

Je vous remercie encore pour votre proposition et pour la patience dont vous avez fait
preuve pendant ma réflexion. Après mûre réflexion, j'ai décidé d'accepter un poste en
Allemagne, plus proche de ma famille, et je dois donc décliner votre offre.

Ce n'a pas été une décision facile : la journée à Mulhouse m'a beaucoup plu. Je vous
souhaite, ainsi qu'à toute l'équipe Givrelle, une excellente continuation.

Bien cordialement,
Benedikt Schwarzenbacher
""",
      to=[GIV_RH], cc=[("James Whitcombe", "james.whitcombe@givrelle.example.fr")],
      parent="giv_offer_improved", quote="fr", layout="alt"),
    # ================================================================ traps, fr
    m("fr_newsletter", OTHER, "fr", "2026-04-14 08:00 +0200",
      ("Métiers de Bouche Emploi", "newsletter@metiersdebouche-emploi.example.fr"),
      "Entretien d'embauche : les 7 erreurs à éviter + vos offres de la semaine",
      """
Bonjour Benedikt,

Au sommaire cette semaine :

- Entretien d'embauche : les 7 erreurs qui font échouer les candidats
- Refus après entretien : faut-il demander un retour ?
- Vos offres : Responsable hygiène (Colmar), Technicien qualité surgelés (Altkirch),
  Chef gérant restauration collective (Mulhouse)

Malheureusement, vous n'avez pas encore complété votre profil : faites-le en deux
minutes pour recevoir des offres plus pertinentes.

Se désabonner : https://metiersdebouche-emploi.example.fr/desabonnement
""",
      layout="html",
      headers={"List-Id": "Lettre emploi <lettre.metiersdebouche-emploi.example.fr>",
               "List-Unsubscribe": "<https://metiersdebouche-emploi.example.fr/desabonnement>",
               "Precedence": "bulk"}),
    m("fr_press", OTHER, "fr", "2026-07-09 12:20 +0200",
      ("Léa Gasser", "lea.gasser@journal-haut-rhin.example.fr"),
      "Demande d'interview – cuisiniers allemands en Alsace",
      """
Bonjour Monsieur Schwarzenbacher,

Je suis journaliste au Journal du Haut-Rhin. Je prépare un article sur les professionnels
de la restauration qui viennent d'Allemagne pour travailler dans l'agroalimentaire en
Alsace, et l'on m'a dit que vous étiez en discussion avec une entreprise mulhousienne.

Accepteriez-vous de répondre à quelques questions par téléphone pour une interview
d'environ 20 minutes ?

Bien cordialement,
Léa Gasser
Journal du Haut-Rhin, rédaction de Mulhouse
""",
      contact="from", from_enc=("iso-8859-1", "Q")),
    m("fr_formation", OTHER, "fr", "2026-05-29 16:45 +0200",
      ("Isabelle Fritsch", "i.fritsch@cfa-hygiene-alsace.example.fr"),
      "Votre candidature à la formation « Responsable qualité en restauration »",
      """
Bonjour Monsieur,

Nous avons bien étudié votre dossier de candidature pour la formation certifiante
« Responsable qualité en restauration collective » (session de septembre 2026).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour
cette session : le financement régional est réservé aux demandeurs d'emploi inscrits en
France. Vous pouvez vous réinscrire pour la session de janvier en autofinancement.

Cordialement,
Isabelle Fritsch
Responsable pédagogique, CFA Hygiène Alsace
""",
      contact="from", charset="windows-1252", cte="8bit"),
    m("fr_landlord", OTHER, "fr", "2026-07-24 20:05 +0200",
      ("Gérard Muller", "gerard.muller68@example.fr"),
      "Visite de l'appartement rue du Sauvage",
      """
Bonsoir Monsieur,

Suite à votre message, je vous propose de visiter l'appartement (T2, 48 m², rue du
Sauvage) le samedi 1er août à 10h. Malheureusement je ne peux pas plus tôt car les
locataires actuels partent en vacances.

Merci de me confirmer.

Cordialement,
G. Muller
""",
      contact="from", layout="alt"),
    m("fr_friend_rej", OTHER, "fr", "2026-09-03 21:33 +0200",
      ("Camille Arnaud", "camille.arnaud@example.fr"),
      "Pas retenue chez Alsace Saveurs...",
      """
Salut Benedikt,

Bon, j'ai eu la réponse d'Alsace Saveurs : « nous ne donnerons pas suite à votre
candidature ». Après trois entretiens ! Je suis dégoûtée.

Et toi, tu as eu des nouvelles de Givrelle ? Si tu viens à Mulhouse on se fait un resto,
j'ai besoin de me changer les idées.

Bises,
Camille
""",
      contact="from"),
    # ================================================================ own mail, es
    m("turia_own_app", OTHER, "es", "2026-08-23 22:10 +0200", ME,
      "Candidatura – Técnico de Calidad y Seguridad Alimentaria",
      f"""
Estimado equipo de Comedores Turia:

Les escribo para presentar mi candidatura al puesto de Técnico de Calidad y Seguridad
Alimentaria publicado en su web. Soy cocinero con título de maestro de cocina alemán y
llevo tres años responsable del sistema APPCC de un comedor de empresa con 1.200
comensales diarios.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un cordial saludo,
{ME_SIG_EN}
""",
      to=[("Comedores Turia Selección", "seleccion@comedoresturia.example.es")],
      pdfs=[pdf("CV_Schwarzenbacher_ES.pdf", "Benedikt Schwarzenbacher - Curriculum",
                "Maestro de cocina (Kuechenmeister), responsable APPCC",
                "Idiomas: aleman, ingles, frances, espanol (B1)")]),
    m("aeroco_own_move", OTHER, "es", "2026-09-12 10:05 +0200", ME,
      "RE: Videoentrevista – Responsable de Calidad Catering Aéreo",
      """
Hola Marta:

Muchas gracias por la invitación. Lamentablemente, el jueves 17 tengo un examen de mi
curso de auditor y no podré conectarme a las 16:00. ¿Sería posible aplazar la
videoentrevista a la semana siguiente?

Disculpa las molestias y gracias de antemano.

Un saludo,
Benedikt Schwarzenbacher
""",
      to=[("Marta Llopis", "marta.llopis@aerococina.example.es")], parent="aeroco_inv",
      quote="es"),
    # ================================================================ traps, es
    m("es_alerts", OTHER, "es", "2026-09-20 07:15 +0200",
      ("EmpleoHostelería Alertas", "alertas@empleohosteleria.example.es"),
      "Nuevas ofertas para ti: calidad alimentaria en Valencia",
      """
Hola Benedikt:

Estas son las nuevas ofertas que coinciden con tu alerta "calidad alimentaria":

- Técnico/a APPCC para cocina central – Paterna
- Responsable de calidad en planta de congelados – Alzira
- Auditor/a de higiene en restauración colectiva – Valencia

Consejo de la semana: ¿te han rechazado tras una entrevista? Lamentablemente es muy
habitual. Te contamos cómo pedir feedback y preparar mejor la próxima entrevista.

Para darte de baja de estas alertas, pulsa aquí:
https://empleohosteleria.example.es/alertas/baja
""",
      layout="alt",
      headers={"List-Id": "Alertas EmpleoHosteleria <alertas.empleohosteleria.example.es>",
               "List-Unsubscribe": "<https://empleohosteleria.example.es/alertas/baja>",
               "Precedence": "bulk"}),
    m("es_parcel", OTHER, "es", "2026-08-31 11:30 +0200",
      ("RapidEnvío", "no-reply@rapidenvio.example.es"),
      "Lamentablemente tu envío se retrasa",
      """
Hola Benedikt:

Lamentablemente tu envío RE-7741203 no podrá entregarse en la fecha prevista por una
incidencia en el centro logístico de Riba-roja. La nueva fecha estimada de entrega es el
2 de septiembre.

Sentimos las molestias.

Equipo RapidEnvío
""",
      layout="html", from_enc=("utf-8", "Q")),
    m("es_bank", OTHER, "es", "2026-10-01 06:00 +0200",
      ("Banco Mediterráneo Avisos", "avisos-noreply@bancomediterraneo.example.es"),
      "Tu posición global a 30 de septiembre",
      """
Hola, Benedikt:

Ya puedes consultar en la app tu posición global a 30 de septiembre de 2026: saldo de
cuentas, tarjetas y la posición de tus fondos de inversión.

Recuerda que nunca te pediremos tus claves por correo electrónico.

Banco Mediterráneo
""",
      charset="iso-8859-1", cte="quoted-printable", from_enc=("iso-8859-1", "B")),
    m("es_dentist", OTHER, "es", "2026-09-15 09:20 +0200",
      ("Clínica Dental Ruzafa", "citas-noreply@dentalruzafa.example.es"),
      "Recordatorio de su cita",
      """
Estimado/a paciente:

Le recordamos su cita en Clínica Dental Ruzafa el viernes 18 de septiembre a las 18:30
con la Dra. Peris (revisión y limpieza).

Si no puede acudir, por favor avísenos con 24 horas de antelación llamando al
963 74 12 90.

Clínica Dental Ruzafa
""",
      charset="windows-1252", cte="quoted-printable"),
    m("es_landlord", OTHER, "es", "2026-08-29 13:40 +0200",
      ("Vicent Martí", "vicent.marti@example.es"),
      "Visita al piso de la calle Sueca",
      """
Hola Benedikt:

Te confirmo la visita al piso de la calle Sueca el sábado a las 11:00. Es un primero sin
ascensor, con dos habitaciones. Si al final te interesa, necesitaría la última nómina o un
contrato de trabajo y una fianza de dos meses.

Hasta el sábado,
Vicent
""",
      contact="from"),
    m("es_friend_rej", OTHER, "es", "2026-07-30 22:15 +0200",
      ("Lucía Navarro", "lucia.navarro@example.com"),
      "Me han rechazado en el hotel...",
      """
Hola guapo:

Nada, que no me han cogido para la jefatura de cocina del hotel. Me mandaron el típico
correo de "lamentamos informarle que hemos seleccionado a otro candidato". Después de
dos entrevistas y una prueba de cocina, ya ves.

¿Y tú qué tal con lo de Valencia? Cuando vengas te invito a una paella para celebrar o
para llorar, lo que toque.

Besos,
Lucía
""",
      contact="from", layout="alt"),
    m("es_radio", OTHER, "es", "2026-09-22 12:00 +0200",
      ("Pau Climent", "pau.climent@radioturia.example.es"),
      "Entrevista para Radio Turia – seguridad alimentaria en comedores",
      """
Hola Benedikt:

Soy Pau Climent, de Radio Turia. Preparamos un programa sobre seguridad alimentaria en los
comedores escolares y nos han recomendado hablar contigo por tu experiencia en cocinas
alemanas.

¿Te animarías a una entrevista telefónica de unos 15 minutos la semana que viene? Puede
ser en castellano o en inglés.

Gracias,
Pau Climent
Redacción Radio Turia
""",
      contact="from"),
    m("es_course", OTHER, "es", "2026-06-26 10:10 +0200",
      ("Secretaría Formación Continua", "formacion@escuelahosteleria-valencia.example.es"),
      "Solicitud de plaza – curso de auditor interno APPCC",
      """
Estimado Benedikt:

Le informamos de que su solicitud de plaza en el curso "Auditor interno de sistemas
APPCC" (edición de octubre) no ha podido ser admitida, ya que todas las plazas han sido
cubiertas. Queda usted en lista de espera con el número 4.

Atentamente,
Secretaría de Formación Continua
Escuela de Hostelería de Valencia
""",
      contact="from", charset="iso-8859-1", cte="8bit"),
    m("es_headhunter", OTHER, "es", "2026-10-12 16:25 +0200",
      ("Álvaro Benlloch", "abenlloch@levante-executive.example.es"),
      "Tu perfil en calidad alimentaria",
      """
Hola Benedikt:

Trabajo en Levante Executive Search, una firma especializada en perfiles técnicos del
sector agroalimentario. He visto tu perfil y me parece muy interesante tu paso de la
cocina a la seguridad alimentaria.

No tengo un proceso concreto ahora mismo, pero me gustaría conocerte y mantenerte en el
radar para futuras posiciones en la Comunitat Valenciana. ¿Te parece si hablamos un rato
por teléfono?

Un saludo,
Álvaro Benlloch
Levante Executive Search
""",
      contact="from", from_enc=("utf-8", "B")),
]
