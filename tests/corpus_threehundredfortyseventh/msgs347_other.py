"""Corpus 347, everything else: traps full of job words, private mail and the candidate's own."""

from __future__ import annotations

from msgs347_common import (
    CANDIDATE,
    ME_SIG_DE,
    ME_SIG_EN,
    ME_SIG_ES,
    ME_SIG_FR,
    spec,
)

LIST_DE = {
    "List-Id": "IngJobs Jobagent <jobagent.ingjobs.example.com>",
    "List-Unsubscribe": "<https://ingjobs.example.com/abmelden?u=77120>, "
                        "<mailto:unsubscribe@ingjobs.example.com>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

JOBALERT_DE = """Hallo Tobias,

hier sind 6 neue Stellen, die zu Ihrem Jobagenten "Gebäudeautomation Graz/Wien" passen:

1. Inbetriebnahmetechniker HLK (m/w/d) – Klimapartner Süd, Graz
2. MSR-Techniker Rechenzentrum (m/w/d) – Rechenwerk Ost, Wien
3. Servicetechniker Aufzüge (m/w/d) – Liftwerk Danubia, Wien
4. Elektrotechniker Gebäudeleittechnik (m/w/d) – Stadtwerke Mürzzuschlag
5. Projektleiter KNX (m/w/d) – Elektro Kainz, Leibnitz
6. Techniker Energiemonitoring (m/w/d) – Gemeindewerke Weiz

Karriere-Tipp der Woche: Absage erhalten? Unfortunately passiert das jedem. Wir zeigen,
wie Sie aus einer Absage lernen und sich auf das nächste Vorstellungsgespräch vorbereiten.

Sie erhalten diese E-Mail, weil Sie den Jobagenten auf IngJobs aktiviert haben.
Jobagent abbestellen: https://ingjobs.example.com/abmelden?u=77120"""

KATRIN_INVITE = spec(
    id="katrin_inner_invite", kind="other", lang="de",
    frm=("Netzwerk Energie Steiermark Recruiting", "recruiting@netzwerk-energie.example.at"),
    to=("Katrin Lechner", "katrin.lechner@example.at"),
    subject="Einladung zum Vorstellungsgespräch – Projektassistenz Energieeffizienz",
    date="2026-03-25 09:00 +0100",
    body="""Sehr geehrte Frau Lechner,

wir freuen uns, Sie zu einem Vorstellungsgespräch am Dienstag, 31. März 2026, um 10:00 Uhr
in unser Büro in der Elisabethstraße 5, 8010 Graz, einzuladen.

Mit freundlichen Grüßen
Netzwerk Energie Steiermark""",
)

MESSAGES = [
    # ------------------------------------------------------------------------ German
    spec(
        id="ingjobs_jobagent_maerz", kind="other", lang="de", company="", contact="",
        frm=("IngJobs Jobagent", "jobagent@ingjobs.example.com"),
        subject="6 neue Jobs für „Gebäudeautomation Graz/Wien“", date="2026-03-09 05:30 +0000",
        layout="alt", headers=LIST_DE, brand="IngJobs", color="#006d5b", role_address=True,
        body=JOBALERT_DE,
    ),
    spec(
        id="karrierebrief_absage", kind="other", lang="de", company="", contact="",
        frm=("Der Karrierebrief", "newsletter@karrierebrief.example.de"),
        subject="Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
        date="2026-05-21 06:00 +0200", layout="html", cte="base64",
        headers={"List-Id": "Der Karrierebrief <karrierebrief.example.de>",
                 "List-Unsubscribe": "<https://karrierebrief.example.de/u/a81f>",
                 "Precedence": "bulk"},
        body="""Liebe Leserinnen und Leser,

eine Absage nach dem Vorstellungsgespräch tut weh – besonders, wenn man sich schon im
neuen Job gesehen hat. In dieser Ausgabe:

- Leider abgelehnt: Warum Sie trotzdem um Feedback bitten sollten
- Einladung zum Zweitgespräch: Die zehn häufigsten Fragen
- Termin verschoben? So bleiben Sie gelassen
- Gehaltsangebot verhandeln: Was im Kollektivvertrag drin ist

Viel Spaß beim Lesen!
Ihre Redaktion Der Karrierebrief

Newsletter abbestellen: https://karrierebrief.example.de/u/a81f""",
    ),
    spec(
        id="radio_mur_interview", kind="other", lang="de", company="",
        contact="s.kogler@radiomur.example.at",
        frm=("Sandra Kogler", "s.kogler@radiomur.example.at"),
        subject="Interviewanfrage Radio Mur – Sendung „Handwerk mit Zukunft“",
        date="2026-06-03 11:20 +0200",
        body="""Hallo Herr Oberhuber-Mensah,

ich bin Redakteurin bei Radio Mur und gestalte die Reihe „Handwerk mit Zukunft“. Ihr Name
wurde mir von der Landesinnung der Elektrotechniker genannt: Sie haben vom klassischen
Elektriker in die Gebäudeautomation gewechselt – genau so eine Geschichte suchen wir.

Hätten Sie Lust auf ein Interview von etwa 15 Minuten? Aufnahme wäre am 16. Juni in
unserem Studio in der Annenstraße oder telefonisch. Die Sendung läuft Ende Juni.

Liebe Grüße
Sandra Kogler
Redaktion Radio Mur
+43 316 555 3311""",
    ),
    spec(
        id="ingjobs_ux_interview", kind="other", lang="de", company="",
        contact="lea.fink@ingjobs.example.com",
        frm=("Lea Fink", "lea.fink@ingjobs.example.com"),
        subject="30 Minuten für IngJobs? Nutzer-Interview mit Gutschein",
        date="2026-04-15 10:00 +0200", layout="alt",
        body="""Hallo Tobias,

ich bin UX-Researcherin bei IngJobs. Wir entwickeln gerade eine neue Bewerbungsübersicht und
möchten verstehen, wie Jobsuchende ihre Bewerbungen, Einladungen und Absagen im Blick
behalten.

Hätten Sie Zeit für ein 30-minütiges Video-Interview? Als Dankeschön gibt es einen
Gutschein über 30 Euro. Termine können Sie hier buchen:
https://ingjobs.example.com/research/termine

Es geht nicht um eine Stelle – wir wollen nur von Ihren Erfahrungen lernen.

Viele Grüße
Lea Fink
UX Research, IngJobs""",
    ),
    spec(
        id="paket_verspaetet", kind="other", lang="de", company="", contact="",
        frm=("Paketdienst Alpenexpress", "noreply@alpenexpress.example.at"),
        subject="Leider verzögert sich Ihre Zustellung", date="2026-02-11 15:45 +0100",
        layout="html", charset="iso-8859-1", cte="quoted-printable",
        body="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 7701 4412 9903 aufgrund des hohen
Sendungsaufkommens um voraussichtlich zwei Werktage.

Neuer Zustelltermin: Freitag, 13.02.2026, zwischen 10:00 und 14:00 Uhr.

Wir bitten um Ihr Verständnis.
Ihr Alpenexpress-Team""",
    ),
    spec(
        id="bank_depot_position", kind="other", lang="de", company="", contact="",
        frm=("Murtaler Sparkasse", "noreply@murtaler-sparkasse.example.at"),
        subject="Ihre Depotübersicht: neue Position gebucht", date="2026-07-01 06:10 +0200",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

in Ihrem Depot 0051 2233 wurde eine neue Position gebucht:

Wertpapier: Alpen Nachhaltig Aktien Fonds (A)
Stück: 12,000
Kurswert: 1.204,56 EUR

Ihre aktuelle Depotübersicht und alle Positionen finden Sie im Online-Banking.

Freundliche Grüße
Ihre Murtaler Sparkasse

Dies ist eine automatisch versendete Nachricht.""",
    ),
    spec(
        id="gps_position", kind="other", lang="de", company="", contact="",
        frm=("TrackOne Fahrzeugortung", "alerts@trackone.example.de"),
        subject="Geofence verlassen: aktuelle Position Ihres Fahrzeugs GU-471TO",
        date="2026-08-14 21:42 +0200",
        body="""Hallo Tobias,

Ihr Fahrzeug GU-471TO hat um 21:41 Uhr den Bereich „Zuhause“ verlassen.

Aktuelle Position: 47.0419 N, 15.4286 E (Graz, Conrad-von-Hötzendorf-Straße)
Geschwindigkeit: 38 km/h

Position in der App anzeigen: https://app.trackone.example.de/v/GU-471TO

Ihr TrackOne-Team""",
    ),
    spec(
        id="wohnung_linz_besichtigung", kind="other", lang="de", company="",
        contact="b.haider@hv-donaublick.example.at",
        frm=("Bernhard Haider", "b.haider@hv-donaublick.example.at"),
        subject="Besichtigungstermin 2-Zimmer-Wohnung Linz-Urfahr", date="2026-04-28 13:10 +0200",
        cte="8bit",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

danke für Ihre Anfrage zur Wohnung in der Hauptstraße 54, Top 9. Gerne können Sie die Wohnung
am Samstag, 2. Mai, um 11:00 Uhr besichtigen. Bitte läuten Sie bei „Hausverwaltung“.

Für die Bewerbung um die Wohnung benötige ich danach einen Einkommensnachweis bzw. den
neuen Dienstvertrag.

Mit freundlichen Grüßen
Bernhard Haider
Hausverwaltung Donaublick, Linz""",
    ),
    spec(
        id="zahnarzt_erinnerung", kind="other", lang="de", company="", contact="",
        frm=("Zahnarztpraxis Dr. Wenzl", "termine@zahnarzt-wenzl.example.at"),
        subject="Terminerinnerung: Kontrolle am 14.01.2026", date="2026-01-12 09:00 +0100",
        charset="iso-8859-1", cte="quoted-printable", role_address=True,
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir erinnern Sie an Ihren Termin zur Kontrolle und Mundhygiene:

Mittwoch, 14.01.2026, 08:30 Uhr
Zahnarztpraxis Dr. Wenzl, Jakoministraße 18, 8010 Graz

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis spätestens 24 Stunden
vorher ab. Nicht abgesagte Termine müssen wir leider verrechnen.

Ihr Praxisteam""",
    ),
    spec(
        id="lukas_eigene_absage", kind="other", lang="de", company="",
        contact="lukas.pirker@example.at", frm=("Lukas Pirker", "lukas.pirker@example.at"),
        subject="Semaphor hat mir auch abgesagt", date="2026-02-13 20:12 +0100", cte="8bit",
        body="""Hey Tobi,

stell dir vor, heute kam bei mir auch die Absage von Semaphor. Gleicher Text wie bei dir,
nur dass sie bei mir „leider kein passendes Profil“ geschrieben haben. Dabei war das
Vorstellungsgespräch echt gut.

Gehen wir am Freitag auf ein Bier und jammern gemeinsam? 😄

Lukas""",
    ),
    spec(
        id="katrin_weiterleitung", kind="other", lang="de", company="",
        contact="katrin.lechner@example.at", frm=("Katrin Lechner", "katrin.lechner@example.at"),
        subject="Fwd: Einladung zum Vorstellungsgespräch – Projektassistenz Energieeffizienz",
        date="2026-03-25 19:30 +0100", forward=KATRIN_INVITE,
        body="""Hi Tobias,

schau, ich bin eingeladen! 🎉 Das ist die Stelle bei Netzwerk Energie, von der ich dir
erzählt habe. Kannst du mir am Wochenende helfen, mich vorzubereiten? Du hast ja grad
Übung mit Vorstellungsgesprächen.

Die Einladung hängt an.

Bussi
Katrin""",
    ),
    spec(
        id="wifi_kurs_kein_platz", kind="other", lang="de", company="", contact="",
        frm=("WIFI Steiermark Kundenservice", "kundenservice@wifi-stmk.example.at"),
        subject="Ihre Anmeldung: KNX-Grundkurs (Kursnr. 24118) – Warteliste",
        date="2026-01-22 10:30 +0100", role_address=True, charset="windows-1252",
        cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

vielen Dank für Ihre Anmeldung zum KNX-Grundkurs (Zertifikatskurs) ab 9. Februar 2026.

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Wir
haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls ein Platz frei
wird. Der nächste Termin startet voraussichtlich im September.

Mit freundlichen Grüßen
WIFI Steiermark – Kundenservice""",
    ),
    spec(
        id="kessler_kaltakquise", kind="other", lang="de", company="",
        contact="m.kessler@kessler-technik-search.example.de",
        frm=("Markus Kessler", "m.kessler@kessler-technik-search.example.de"),
        subject="Ihr Profil – Perspektiven in der Gebäudetechnik", date="2026-05-26 07:55 +0200",
        layout="alt",
        body="""Guten Morgen Herr Oberhuber-Mensah,

als spezialisierte Personalberatung für Gebäudetechnik im süddeutschen und österreichischen
Raum sind wir laufend mit Unternehmen im Gespräch, die erfahrene Elektrotechniker mit
Automationswissen suchen.

Ich würde Sie gerne in unser Netzwerk aufnehmen. Wenn Sie offen für einen Austausch sind,
antworten Sie mir einfach mit ein paar Terminen, die Ihnen passen.

Beste Grüße
Markus Kessler
Geschäftsführer, Kessler Technik Search GmbH
Leopoldstraße 180, 80804 München""",
    ),
    spec(
        id="eigene_bewerbung_semaphor", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=("Semaphor Signaltechnik Recruiting", "karriere@semaphor-signal.example.at"),
        subject="Bewerbung R-10582 Inbetriebsetzer Stellwerkstechnik", date="2026-01-11 20:48 +0100",
        attach=[("pdf", "CV_Tobias_Oberhuber-Mensah.pdf",
                 ["Tobias Oberhuber-Mensah", "Curriculum Vitae",
                  "2017-2026 Elektrotechniker, Elektro Fasching, Graz"])],
        body=f"""Sehr geehrte Damen und Herren,

über das Karriereportal habe ich meine Bewerbung für die Stelle R-10582 eingereicht. Da der
Upload des Lebenslaufs eine Fehlermeldung zeigte, sende ich ihn sicherheitshalber auch per
Mail.

Mit freundlichen Grüßen
{ME_SIG_DE}""",
    ),
    spec(
        id="eigene_verschiebung_datapark", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=("DataPark Linz Recruiting", "recruiting@datapark-linz.example.at"),
        subject="Bitte um Ersatztermin für das Online-Assessment", date="2026-04-25 08:20 +0200",
        body=f"""Sehr geehrte Damen und Herren,

danke für die Information zum neuen Assessment-Termin. Leider bin ich am 29. April auf einer
Montage in Kärnten und kann nicht teilnehmen. Wäre es möglich, das Assessment an einem
anderen Tag zu absolvieren, zum Beispiel am 4. oder 5. Mai?

Entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
{ME_SIG_DE}""",
    ),
    spec(
        id="rosner_abwesenheit", kind="other", lang="de", company="",
        contact="birgit.pail@rosner-facility.example.at",
        frm=("Pail Birgit", "birgit.pail@rosner-facility.example.at"),
        subject="Automatische Antwort: Bewerbung Haustechniker Objektbetreuung Graz-Süd",
        date="2026-01-26 18:05 +0100",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Februar 2026 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
bitte an hr@rosner-facility.example.at.

Mit freundlichen Grüßen
Birgit Pail""",
    ),
    spec(
        id="eigener_dank_rosner", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=("Andrea Swoboda", "andrea.swoboda@rosner-facility.example.at"),
        subject="Danke für das Hearing", date="2026-09-10 17:35 +0200", cte="8bit",
        body=f"""Liebe Frau Swoboda,

herzlichen Dank für das Hearing heute und die Gelegenheit, mich vorzustellen. Das Gespräch
mit der Regionalleitung war sehr offen, und die Aufgaben im Objekt Landstraße reizen mich
sehr – gerade die Umstellung der Lüftungsregelung auf BACnet.

Ich freue mich auf Ihre Rückmeldung.

Freundliche Grüße
{ME_SIG_DE}""",
    ),
    spec(
        id="eigene_zusage_donaustein", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=("Claudia Leitgeb", "claudia.leitgeb@stadtwerke-donaustein.example.at"),
        subject="AW: Überarbeitetes Dienstvertragsangebot", date="2026-04-17 08:02 +0200",
        body=f"""Sehr geehrte Frau Leitgeb,

vielen Dank für das überarbeitete Angebot. Ich nehme es sehr gerne an und freue mich auf den
Start am 1. Juni in Linz!

Bitte lassen Sie mich wissen, welche Unterlagen Sie noch von mir benötigen.

Mit freundlichen Grüßen
{ME_SIG_DE}""",
    ),
    spec(
        id="stammtisch_liste", kind="other", lang="de", company="", contact="",
        frm=("GA-Stammtisch Graz", "stammtisch@lists.ga-graz.example.at"),
        sender="stammtisch-bounces@lists.ga-graz.example.at", role_address=True,
        subject="[GA-Stammtisch] Juni-Treffen: Live-Interview mit einem BACnet-Entwickler",
        date="2026-06-01 19:00 +0200",
        headers={"List-Id": "Gebaeudeautomation Stammtisch Graz <stammtisch.lists.ga-graz.example.at>",
                 "List-Post": "<mailto:stammtisch@lists.ga-graz.example.at>",
                 "List-Unsubscribe": "<mailto:stammtisch-leave@lists.ga-graz.example.at>",
                 "Precedence": "list"},
        body="""Hallo zusammen,

unser Juni-Treffen findet am Donnerstag, 18. Juni, ab 18:30 Uhr im Gasthaus Stainzerbauer
statt. Programm: Live-Interview mit Jakob Reiter, der seit 15 Jahren BACnet-Stacks
entwickelt, danach offene Runde.

Wer eine Stelle anzubieten oder zu suchen hat: Es gibt wieder die Pinnwand.

Bis bald
Eure Orga

--
GA-Stammtisch Graz – Mailingliste
Abmelden: stammtisch-leave@lists.ga-graz.example.at""",
    ),
    # ------------------------------------------------------------------------ English
    spec(
        id="wired_trades_podcast", kind="other", lang="en", company="",
        contact="hello.owen@wiredtrades.example.com",
        frm=("Owen Price", "hello.owen@wiredtrades.example.com"),
        subject="Podcast interview: from electrician to building automation?",
        date="2026-08-05 16:30 +0100",
        body="""Hi Tobias,

I host Wired Trades, a small podcast about people in the electrical trades. A listener in
Graz pointed me to your forum posts about moving from installation work into commissioning.

Would you be up for a 40-minute remote interview for an episode this autumn? We record over
Riverside; no preparation needed beyond a decent headset.

Cheers,
Owen Price
Wired Trades podcast""",
    ),
    spec(
        id="techcareers_weekly", kind="other", lang="en", company="", contact="",
        frm=("TechCareers Weekly", "newsletter@techcareers.example.com"),
        subject="This week: 12 BMS jobs, rejection-proof CVs and interview red flags",
        date="2026-09-14 07:00 +0000", layout="alt",
        headers={"List-Id": "TechCareers Weekly <weekly.techcareers.example.com>",
                 "List-Unsubscribe": "<https://techcareers.example.com/unsub/9c2e>",
                 "Precedence": "bulk"},
        body="""TechCareers Weekly - Issue 212

Top jobs this week
- BMS Commissioning Engineer, Munich - Northbeam Datacenters
- Controls Technician, Zurich - Helvex
- HVAC Controls Lead, Ljubljana - Emona Facility Partners

Reading list
- "Unfortunately, we have decided not to proceed": decoding rejection emails
- Five interview red flags from the candidate's side
- Your offer letter: what to check before you sign

You are receiving this because you subscribed at techcareers.example.com.
Unsubscribe: https://techcareers.example.com/unsub/9c2e""",
    ),
    spec(
        id="marko_own_rejection", kind="other", lang="en", company="",
        contact="marko.vidmar@example.si", frm=("Marko Vidmar", "marko.vidmar@example.si"),
        subject="guess who else Savica turned down", date="2026-07-04 10:45 +0200",
        body="""Hey Tobias,

saw your message - same here, got the "role has been put on hold" email from Savica last
night too. Nice of them to invite us both to interviews and then freeze the budget.

Heat & Power is still hiring, I think. Want to grab a coffee when you're in Ljubljana
next?

Marko""",
    ),
    spec(
        id="own_application_triglav", kind="other", lang="en", company="", contact="",
        frm=CANDIDATE, to=("Ana Zupan", "ana.zupan@triglav-rail.example.si"),
        subject="Application - Signalling Commissioning Technician", date="2026-06-29 21:02 +0200",
        attach=[("pdf", "Tobias_Oberhuber-Mensah_CV_EN.pdf",
                 ["Tobias Oberhuber-Mensah", "CV", "Electrician, building automation",
                  "KNX, DALI, BACnet commissioning"])],
        body=f"""Dear Ms Zupan,

Please find attached my application for the Signalling Commissioning Technician position in
Ljubljana. I am an electrician with nine years' experience in installation and
commissioning and I am currently completing a master craftsman course in automation.

I would be glad to tell you more in an interview.

Kind regards,
{ME_SIG_EN}""",
    ),
    spec(
        id="own_apology_lhp", kind="other", lang="en", company="", contact="",
        frm=CANDIDATE, to=("Tina Hribar", "tina.hribar@lj-heatpower.example.si"),
        subject="Re: We missed you at today's interview", date="2026-07-15 15:20 +0200",
        body=f"""Dear Tina,

I am very sorry about today. I had the original 11:00 slot in my calendar and missed the
change to 13:30 - entirely my mistake. I am still very interested in the role and would
be grateful for another chance at any time that suits you and Gregor.

Kind regards,
{ME_SIG_EN}""",
    ),
    spec(
        id="knx_ecampus_full", kind="other", lang="en", company="", contact="",
        frm=("KNX eCampus", "noreply@knx-ecampus.example.org"),
        subject="Unfortunately the tutor-led course is full", date="2026-03-30 12:00 +0000",
        layout="html",
        body="""Dear Tobias,

Unfortunately we were not able to offer you a place on the tutor-led "KNX Advanced" course
starting 20 April - all places have been taken.

You have been added to the waiting list and can still use the self-study modules free of
charge.

The KNX eCampus team""",
    ),
    # ------------------------------------------------------------------------ French
    spec(
        id="lettre_emploi_energie", kind="other", lang="fr", company="", contact="",
        frm=("La Lettre Emploi Énergie", "newsletter@lettre-emploi-energie.example.fr"),
        subject="Entretien d'embauche, refus, relance : notre dossier de la semaine",
        date="2026-04-07 06:30 +0200", layout="alt",
        headers={"List-Id": "Lettre Emploi Energie <hebdo.lettre-emploi-energie.example.fr>",
                 "List-Unsubscribe": "<https://lettre-emploi-energie.example.fr/desinscription>",
                 "Precedence": "bulk"},
        body="""La Lettre Emploi Énergie – n° 148

Au sommaire cette semaine :
- Refus après un entretien : faut-il relancer le recruteur ?
- Convocation à un entretien en visio : nos conseils techniques
- 20 offres de techniciens GTB et CVC en Alsace et en Lorraine
- Témoignage : « Ma candidature n'a pas été retenue, et c'était une chance »

Bonne lecture !

Vous recevez cette lettre car vous êtes inscrit sur notre site.
Se désinscrire : https://lettre-emploi-energie.example.fr/desinscription""",
    ),
    spec(
        id="colis_retarde", kind="other", lang="fr", company="", contact="",
        frm=("Rhin Colis Express", "no-reply@rhincolis.example.fr"),
        subject="Malheureusement, votre colis est retardé", date="2026-05-12 14:02 +0200",
        layout="html", charset="iso-8859-1", cte="quoted-printable",
        body="""Bonjour,

Malheureusement, la livraison de votre colis n° RC4471902FR est retardée en raison d'un
incident sur notre plateforme de Hoerdt.

Nouvelle date de livraison estimée : vendredi 15 mai.

Nous vous prions de nous excuser pour la gêne occasionnée.
Le service client Rhin Colis Express""",
    ),
    spec(
        id="radio_ill_interview", kind="other", lang="fr", company="",
        contact="claire.weber@radio-ill.example.fr",
        frm=("Claire Weber", "claire.weber@radio-ill.example.fr"),
        subject="Demande d'interview – émission « Frontaliers »", date="2026-06-12 10:40 +0200",
        cte="8bit",
        body="""Bonjour Monsieur Oberhuber-Mensah,

Je suis journaliste à Radio Ill et je prépare une émission sur les techniciens européens qui
cherchent du travail en Alsace. Votre parcours d'électricien autrichien m'intéresse
beaucoup.

Accepteriez-vous une interview d'une dizaine de minutes, par téléphone ou dans nos studios de
Strasbourg, la semaine du 22 juin ?

Bien à vous,
Claire Weber
Journaliste – Radio Ill
03 88 55 40 90""",
    ),
    spec(
        id="visite_appartement_strasbourg", kind="other", lang="fr", company="",
        contact="pauline.geiger@immo-neudorf.example.fr",
        frm=("Agence Immo Neudorf", "agence@immo-neudorf.example.fr"),
        reply_to=("Pauline Geiger", "pauline.geiger@immo-neudorf.example.fr"),
        subject="Visite du T2 route du Polygone – samedi 10h", date="2026-04-23 18:10 +0200",
        body="""Bonjour Monsieur,

Suite à votre demande, je vous confirme la visite de l'appartement T2 situé 88 route du
Polygone samedi 25 avril à 10h. Merci de prévoir vos trois derniers bulletins de salaire ou
votre contrat de travail pour le dossier.

Cordialement,
Pauline Geiger
Agence Immo Neudorf""",
    ),
    spec(
        id="rdv_medecin", kind="other", lang="fr", company="", contact="",
        frm=("MédiRDV", "no-reply@medirdv.example.fr"),
        subject="Confirmation de votre rendez-vous avec le Dr Hoffmann", date="2026-05-04 20:15 +0200",
        layout="alt",
        body="""Bonjour Tobias,

Votre rendez-vous est confirmé :

Dr Anne Hoffmann – médecine générale
Mardi 5 mai 2026 à 17h45
12 rue de Molsheim, 67000 Strasbourg

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis votre compte.

L'équipe MédiRDV""",
    ),
    spec(
        id="candidature_climatis", kind="other", lang="fr", company="", contact="",
        frm=CANDIDATE, to=("Climatis Alsace Recrutement", "recrutement@climatis-alsace.example.fr"),
        subject="Candidature – Technicien mise en service GTB", date="2026-04-13 21:30 +0200",
        attach=[("pdf", "CV_Oberhuber-Mensah_FR.pdf",
                 ["Tobias Oberhuber-Mensah", "Curriculum vitae",
                  "Electricien - automatisme du batiment"])],
        body=f"""Madame, Monsieur,

Je vous adresse ma candidature au poste de technicien mise en service GTB publié sur votre
site. Électricien depuis neuf ans en Autriche, je me spécialise dans la mise en service
d'installations KNX et BACnet et souhaite m'installer à Strasbourg.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{ME_SIG_FR}""",
    ),
    spec(
        id="excuse_dcrhin", kind="other", lang="fr", company="", contact="",
        frm=CANDIDATE, to=("Mathieu Schaeffer", "mathieu.schaeffer@datacentre-rhin.example.fr"),
        subject="RE: Notre échange de ce matin", date="2026-03-23 13:05 +0100",
        parent="dcrhin_pas_joint", quote="fr",
        body=f"""Bonjour Monsieur Schaeffer,

Je suis vraiment désolé : mon téléphone était en mode avion après une intervention en salle
blanche, et je n'ai vu vos appels qu'à midi. Serait-il possible de reprogrammer notre échange
à votre convenance ?

Avec toutes mes excuses,

{ME_SIG_FR}""",
    ),
    spec(
        id="julien_son_refus", kind="other", lang="fr", company="",
        contact="julien.hamm@example.fr", frm=("Julien Hamm", "julien.hamm@example.fr"),
        subject="Climatis... pour moi aussi c'est non", date="2026-05-21 21:48 +0200",
        body="""Salut Tobias,

Tu ne vas pas me croire : j'ai reçu le même message de refus que toi de Climatis, mot pour
mot. « Nous avons choisi de poursuivre avec un candidat... » Bref.

Par contre j'ai un entretien chez Signaux Est la semaine prochaine. Je te raconterai.

À plus,
Julien""",
    ),
    spec(
        id="formation_habilitation_refus", kind="other", lang="fr", company="", contact="",
        frm=("Centre de formation Alsace Pro", "inscriptions@alsacepro-formation.example.fr"),
        subject="Votre demande d'inscription – Habilitation électrique BR/BC",
        date="2026-03-02 11:11 +0100", role_address=True, charset="windows-1252",
        cte="quoted-printable",
        body="""Bonjour Monsieur Oberhuber-Mensah,

Nous avons bien étudié votre demande d'inscription à la session « Habilitation électrique
BR/BC » du 16 au 18 mars 2026.

Nous sommes au regret de vous informer qu'elle n'a pas pu être retenue : la session est
réservée en priorité aux salariés des entreprises adhérentes. Nous vous proposons la session
ouverte du mois de juin.

Cordialement,
Le service Inscriptions""",
    ),
    spec(
        id="vosges_talents_approche", kind="other", lang="fr", company="",
        contact="h.colin@vosges-talents.example.fr",
        frm=("Hélène Colin", "h.colin@vosges-talents.example.fr"), name_enc=("iso-8859-1", "q"),
        subject="Votre profil a retenu mon attention", date="2026-07-29 09:05 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Bonjour Tobias,

Je suis consultante au cabinet Vosges Talents, spécialisé dans les métiers techniques du
bâtiment. Votre profil sur InfoIngénieurs a retenu mon attention.

Plusieurs de nos clients dans le Grand Est recherchent des techniciens GTB. Seriez-vous
ouvert à un premier échange informel ?

Bien à vous,
Hélène Colin
Consultante, Vosges Talents""",
    ),
    # ------------------------------------------------------------------------ Spanish
    spec(
        id="alertas_infoingenieros", kind="other", lang="es", company="", contact="",
        frm=("Alertas InfoIngenieros", "alertas@infoingenieros.example.es"),
        subject="Tus alertas de empleo: 9 ofertas nuevas en Bizkaia", date="2026-06-22 06:15 +0200",
        layout="alt", cte="base64",
        headers={"List-Id": "Alertas de empleo <alertas.infoingenieros.example.es>",
                 "List-Unsubscribe": "<https://infoingenieros.example.es/baja?id=5521>",
                 "Precedence": "bulk"},
        body="""Hola Tobias:

Estas son las nuevas ofertas que coinciden con tu alerta «automatización edificios Bilbao»:

- Técnico/a de mantenimiento BMS – Servicios Integrales Deusto, Bilbao
- Técnico de puesta en marcha – Ascensores Nervión, Bilbao
- Oficial electricista – Instalaciones Txurdinaga, Basauri

Consejo de la semana: ¿te han rechazado? Lamentablemente ocurre a menudo. Aprende a
preparar la entrevista siguiente con nuestra guía gratuita.

Para darte de baja de estas alertas: https://infoingenieros.example.es/baja?id=5521""",
    ),
    spec(
        id="pedido_retrasado", kind="other", lang="es", company="", contact="",
        frm=("TiendaHerramienta", "no-reply@tiendaherramienta.example.es"),
        subject="Lamentablemente, tu pedido se ha retrasado", date="2026-09-01 12:30 +0200",
        layout="html",
        body="""Hola Tobias:

Lamentablemente, tu pedido n.º 88213 (multímetro y pinza amperimétrica) se ha retrasado
porque uno de los artículos está temporalmente agotado.

Nueva fecha estimada de entrega: 8 de septiembre.

Sentimos las molestias.
Atención al cliente de TiendaHerramienta""",
    ),
    spec(
        id="banco_posicion_global", kind="other", lang="es", company="", contact="",
        frm=("Banco Cantábrico Digital", "notificaciones@bancocantabrico.example.es"),
        subject="Tu posición global a 31 de julio", date="2026-08-01 08:00 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Hola Tobias:

Ya tienes disponible el resumen de tu posición global a 31 de julio de 2026:

Cuenta corriente: 2.341,18 EUR
Tarjeta de débito: sin movimientos pendientes

Consulta el detalle de cada posición en la app.

Banco Cantábrico Digital
Este correo se ha enviado automáticamente, por favor no respondas.""",
    ),
    spec(
        id="radio_nervion_entrevista", kind="other", lang="es", company="",
        contact="garazi.uribe@radionervion.example.es",
        frm=("Garazi Uribe", "garazi.uribe@radionervion.example.es"),
        subject="Propuesta de entrevista para el programa «Bilbao Abierto»",
        date="2026-09-29 13:15 +0200", cte="8bit",
        body="""Hola Tobias:

Soy productora del programa «Bilbao Abierto» de Radio Nervión. Estamos preparando un
especial sobre profesionales extranjeros que buscan trabajo en Bizkaia y nos encantaría
hacerte una entrevista de unos diez minutos.

¿Podrías el martes 6 de octubre por la tarde, en directo por teléfono?

Un saludo,
Garazi Uribe
Producción – Radio Nervión""",
    ),
    spec(
        id="visita_piso_bilbao", kind="other", lang="es", company="",
        contact="inaki.larrea@example.es", frm=("Iñaki Larrea", "inaki.larrea@example.es"),
        subject="Visita al piso de Santutxu", date="2026-05-14 19:30 +0200", cte="8bit",
        body="""Hola Tobias:

Te confirmo la visita al piso de la calle Zabalbide el sábado a las 12:00. Te espero en el
portal. Si al final te sale el trabajo en Bilbao, el piso estaría libre desde el 1 de julio.

Saludos,
Iñaki""",
    ),
    spec(
        id="cita_dentista_bilbao", kind="other", lang="es", company="", contact="",
        frm=("Clínica Dental Indautxu", "citas@clinicaindautxu.example.es"),
        subject="Recordatorio de su cita", date="2026-08-18 10:00 +0200", role_address=True,
        charset="windows-1252", cte="quoted-printable",
        body="""Estimado paciente:

Le recordamos su cita en Clínica Dental Indautxu el jueves 20 de agosto a las 16:30 con la
Dra. Ibarra (revisión y limpieza).

Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al
944 55 00 31.

Atentamente,
Clínica Dental Indautxu""",
    ),
    spec(
        id="candidatura_nervion", kind="other", lang="es", company="", contact="",
        frm=CANDIDATE, to=("Ascensores Nervión Empleo", "empleo@ascensores-nervion.example.es"),
        subject="Candidatura: Técnico de puesta en marcha de maniobras", date="2026-05-03 22:10 +0200",
        body=f"""Estimados señores:

Les envío mi candidatura para el puesto de técnico de puesta en marcha de maniobras que han
publicado en InfoIngenieros. Soy electricista con nueve años de experiencia y me estoy
especializando en automatización de edificios; tengo un nivel de castellano B2.

He registrado también mi CV a través de su portal de empleo.

Un saludo,
{ME_SIG_ES}""",
    ),
    spec(
        id="gracias_ane", kind="other", lang="es", company="", contact="",
        frm=CANDIDATE, to=("Ane Etxeberria", "ane.etxeberria@talentia-ett.example.es"),
        subject="Gracias por la entrevista con Deusto", date="2026-09-18 15:40 +0200",
        cte="8bit",
        body=f"""Hola Ane:

Te escribo para darte las gracias por organizar la entrevista de hoy con Mikel Sarasola. Me
ha gustado mucho conocer los edificios y creo que el puesto encaja muy bien con lo que busco.

Quedo pendiente de tus noticias.

Un saludo,
{ME_SIG_ES}""",
    ),
    spec(
        id="iker_reenvia_invitacion", kind="other", lang="es", company="",
        contact="iker.sagarna@example.es", frm=("Iker Sagarna", "iker.sagarna@example.es"),
        subject="RV: Invitación a entrevista - Técnico de Infraestructura Crítica",
        date="2026-07-24 22:05 +0200",
        body="""Mira lo que me ha llegado, ¡a mí sí me han llamado de Bilbo Datacenter! 😅
¿Tú sabes algo de cómo son las entrevistas allí? Es el jueves.

Iker

---------- Mensaje reenviado ----------
De: Bilbo Datacenter <notifications@bamboohr.com>
Fecha: vie, 24 jul 2026 a las 11:02
Asunto: Invitación a entrevista - Técnico de Infraestructura Crítica
Para: Iker Sagarna <iker.sagarna@example.es>

Hola Iker:

Nos gustaría invitarte a una entrevista presencial el jueves 30 de julio a las 10:00 en
nuestras instalaciones de Zorrotzaurre.

Saludos,
Equipo de Talento de Bilbo Datacenter""",
    ),
    spec(
        id="investigacion_usuarios_talentia", kind="other", lang="es", company="",
        contact="lucia.mendizabal@talentia-ett.example.es",
        frm=("Lucía Mendizabal", "lucia.mendizabal@talentia-ett.example.es"),
        subject="¿Nos ayudas a mejorar nuestra app? Entrevista de 20 minutos",
        date="2026-10-08 11:00 +0200", layout="alt",
        body="""Hola Tobias:

Soy Lucía, del equipo de producto de Talentia. Estamos rediseñando nuestra app para
candidatos y nos gustaría hacerte una breve entrevista de investigación (20 minutos por
videollamada) sobre cómo gestionas tus candidaturas y entrevistas.

No tiene nada que ver con ningún proceso de selección. Como agradecimiento, te enviaremos
una tarjeta regalo de 20 €.

¿Te animas? Puedes elegir hora aquí: https://talentia.example.es/research

¡Gracias!
Lucía Mendizabal
UX Research – Talentia""",
    ),
]
