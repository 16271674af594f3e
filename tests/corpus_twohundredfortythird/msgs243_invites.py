# ruff: noqa
"""Corpus 243, hand-written: interview invitations (26), reschedules/cancellations (15),
missed-interview notices (10)."""

from msgs243_common import CAND_NAME, ats_card, outlook, paras, quote, word_html

I = "interview_invitation"
S = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

_a2 = """Sehr geehrter Herr Ferncastle-Diop,

vielen Dank für Ihre Bewerbung als Junior-Disponent Landverkehre. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch mit Herrn Huber (Leitung Landverkehre) und mir ein:

Dienstag, 17. Februar 2026, 10:00–11:00 Uhr
Isarfracht Spedition, Frankfurter Ring 150, 80807 München, 3. OG

Die Kalendereinladung finden Sie anbei. Bitte bestätigen Sie kurz, ob der Termin passt.

Mit freundlichen Grüßen
Verena Obermaier
Personalreferentin
Isarfracht Spedition GmbH · Frankfurter Ring 150 · 80807 München
Tel. +49 89 555 6620"""

_b2 = """Hallo Herr Ferncastle-Diop,

Ihre Unterlagen für die Nachtdisposition in Augsburg haben uns überzeugt. Ich würde gerne ein erstes Videogespräch (ca. 30 Minuten) mit Ihnen führen:

Donnerstag, 19. März, 10:00 Uhr, Microsoft Teams
Link: https://teams.example.com/l/meetup-join/alpenkurier-dispo-0319

Geben Sie mir bitte Bescheid, ob das für Sie klappt.

Tobias Rainer
Teamleiter Disposition, Alpenkurier"""

_c1 = """Hi Aurelio,

Thanks for applying for the Ramp Dispatch Coordinator role at Liffey Air Services! We'd love to set up a 45-minute video interview with Declan Moran (Ramp Operations Manager) and me.

Please pick a time that suits you using the link below:
https://app.greenhouse.io/scheduling/liffey-air/ramp-dispatch-7ZQ2

Looking forward to speaking with you,
Niamh Brennan
Talent Partner"""

_d1 = """Bonjour,

Nous accusons réception de votre candidature au poste d'affréteur et vous en remercions. Notre équipe l'étudiera dans les meilleurs délais.

Rhénan Transports – Ressources humaines"""

_f1 = """Grüezi Herr Ferncastle-Diop

Wie telefonisch besprochen, hat mein Mandant Limmat Cargo grosses Interesse an Ihrem Profil für die Stelle Disponent Import/Export. Ich habe folgendes Gespräch für Sie organisiert:

Donnerstag, 9. Juli 2026, 10:30 Uhr
Limmat Cargo, Hohlstrasse 410, 8048 Zürich, Empfang Gebäude B
Gesprächspartner: Frau Sandra Frei (Leitung Disposition)

Bitte bringen Sie eine Kopie Ihrer Arbeitszeugnisse mit.

Freundliche Grüsse
Reto Ammann
Zürichsee Talent AG"""

_g1 = """Grüß Gott Herr Ferncastle-Diop,

wir freuen uns über Ihre Bewerbung als Disponent im Nahverkehr und möchten Sie gern zu einem Vorstellungsgespräch nach Innsbruck einladen: Mittwoch, 12. August, 9:30 Uhr, bei uns in der Rossau.

Für die Anreise mit dem Zug holen wir Sie gern am Hauptbahnhof ab.

Hannes Kofler
Fuhrparkleitung, Inntal Spedition"""

_h2 = """Guten Tag Herr Ferncastle-Diop,

gute Nachricht: Die Mönchsberg Getränkelogistik möchte Sie kennenlernen. Der Disponent des Kunden, Herr Leitner, ruft Sie für ein telefonisches Vorstellungsgespräch an:

Mittwoch, 16. September 2026, 10:00 Uhr

Bitte halten Sie sich erreichbar.

Liebe Grüße
Sabine Aigner
Salzach Personal"""

_e2 = """Hola Aurelio:

Nos gustaría conocerte en persona para el puesto de coordinador de tráfico portuario. Te proponemos una entrevista el miércoles 17 de junio a las 11:30 en nuestras oficinas del Moll de Costa, edificio Tàpies, 2ª planta.

¿Te viene bien? Si no, dime otra franja esta semana.

Un saludo,
Jordi Ferrer
Responsable de Operaciones · Logística Portuaria Montjuïc"""

MESSAGES = [
    # ================================================================ invitations, German
    dict(kind=I, lang="de", name="isarfracht_panel_calendar", company="Isarfracht Spedition",
         contact="v.obermaier@isarfracht.example.de", id="A2", parent="A1", ics_inline=True,
         **{"from": "Obermaier, Verena <v.obermaier@isarfracht.example.de>"},
         subject="Einladung zum Vorstellungsgespräch – Junior-Disponent Landverkehre",
         date="2026-02-10 11:24 +0100", text=_a2, html=word_html(paras(_a2)),
         ics=dict(method="REQUEST", uid="isarfracht-2026-0217-dispo@isarfracht.example.de",
                  start="20260217T100000", end="20260217T110000",
                  summary="Vorstellungsgespräch Aurelio Ferncastle-Diop",
                  location="Frankfurter Ring 150\\, 3. OG", org_name="Verena Obermaier",
                  org="v.obermaier@isarfracht.example.de")),
    dict(kind=I, lang="de", name="alpenkurier_teams_video", company="Alpenkurier",
         contact="t.rainer@alpenkurier.example.de", id="B2", parent="B1",
         **{"from": "Tobias Rainer <t.rainer@alpenkurier.example.de>"},
         subject="Videotermin Disposition Augsburg", date="2026-03-12 15:40 +0100", text=_b2),
    dict(kind=I, lang="de", name="inntal_onsite", company="Inntal Spedition",
         contact="h.kofler@inntal-spedition.example.at", id="G1",
         **{"from": "Hannes Kofler <h.kofler@inntal-spedition.example.at>"},
         subject="Einladung Vorstellungsgespräch Innsbruck", date="2026-08-04 08:15 +0200",
         text=_g1 + "\nInntal Spedition GmbH · Rossaugasse 7 · 6020 Innsbruck · +43 512 555 410\n"),
    dict(kind=I, lang="de", name="salzach_client_phone", company="Mönchsberg Getränkelogistik",
         contact="s.aigner@salzach-personal.example.at", id="H2", parent="H1",
         **{"from": "Sabine Aigner <s.aigner@salzach-personal.example.at>"},
         subject="Vorstellungsgespräch bei Mönchsberg Getränkelogistik",
         date="2026-09-08 14:02 +0200", text=_h2),
    dict(kind=I, lang="de", name="zstalent_limmat_onsite", company="Limmat Cargo",
         contact="reto.ammann@zs-talent.example.ch", id="F1",
         **{"from": "Reto Ammann <reto.ammann@zs-talent.example.ch>"},
         subject="Gesprächstermin bei Limmat Cargo, Zürich", date="2026-07-01 17:45 +0200",
         text=_f1),
    dict(kind=I, lang="de", name="lohhof_personio_selfbook", company="Lohhof Kontraktlogistik",
         contact="",
         **{"from": "Lohhof Kontraktlogistik <no-reply@personio.de>"},
         subject="Bitte wählen Sie einen Termin für Ihr Kennenlerngespräch",
         date="2026-04-21 09:00 +0200",
         text="""Hallo Aurelio,

wir möchten Sie gern in einem 30-minütigen Kennenlerngespräch per Video näher kennenlernen (Position: Disponent:in Kontraktlogistik, Unterschleißheim).

Über den folgenden Link können Sie sich selbst einen passenden Termin in den nächsten zehn Tagen aussuchen:
https://lohhof.jobs.personio.de/scheduling/9f2c1e

Viele Grüße
Ihr Recruiting-Team der Lohhof Kontraktlogistik""",
         html=ats_card("Lohhof Kontraktlogistik", "#2e7d32", paras("""Hallo Aurelio,

wir möchten Sie gern in einem 30-minütigen Kennenlerngespräch per Video näher kennenlernen (Position: Disponent:in Kontraktlogistik, Unterschleißheim).""")
             + '\n<p><a href="https://lohhof.jobs.personio.de/scheduling/9f2c1e">Termin auswählen</a></p>',
             "Gesendet über Personio")),
    dict(kind=I, lang="de", name="voralpen_assessment_centre", company="Voralpen Paketnetz",
         contact="d.schweiger@voralpen-paket.example.de",
         pdf=("Ablauf_Assessment_Center.pdf", ["Voralpen Paketnetz - Assessment Center",
              "08:30 Begruessung", "09:00 Postkorbuebung Tourenplanung", "11:00 Gruppenaufgabe",
              "13:30 Einzelinterview", "15:00 Feedback"]),
         **{"from": "Daniela Schweiger <d.schweiger@voralpen-paket.example.de>"},
         subject="Einladung Assessment Center Nachwuchsdisponenten am 5. Mai",
         date="2026-04-16 10:30 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

Sie haben die erste Auswahlstufe erfolgreich gemeistert. Wir laden Sie herzlich zu unserem eintägigen Assessment Center für Nachwuchsdisponenten ein:

Dienstag, 5. Mai 2026, 8:30 bis ca. 16:00 Uhr
Verteilzentrum Penzberg, Nonnenwaldstraße 3

Den Tagesablauf finden Sie im angehängten PDF. Für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Daniela Schweiger
Ausbildung & Talente · Voralpen Paketnetz"""),
    dict(kind=I, lang="de", name="giesinger_trial_day", company="Giesinger Getränkehandel",
         contact="chef@giesinger-getraenke.example.de", charset="windows-1252",
         **{"from": "Xaver Moosbauer <chef@giesinger-getraenke.example.de>"},
         subject="Probearbeiten in der Dispo",
         date="2026-06-02 20:11 +0200",
         text="""Grüß Sie Herr Ferncastle-Diop,

wie am Telefon gesagt: Kommen S' doch am Montag, 8. Juni, zum Probearbeiten – 7 Uhr in der Früh am Hof, Tegernseer Landstraße 161. Sie sitzen einen Tag neben unserem Disponenten und schauen, wie wir die 14 Touren einteilen.

Bringen S' Sicherheitsschuhe mit – im Lager gibt's keine Ausnahme.

Servus
Xaver Moosbauer
Inhaber · Giesinger Getränkehandel e.K.
Tel. 089 555 6912 – mobil 0171 555 2233"""),
    dict(kind=I, lang="de", name="radlkurier_casual_coffee", company="Radlkurier München",
         contact="bene@radlkurier.example.de",
         **{"from": "Bene Strobl <bene@radlkurier.example.de>"},
         subject="Donnerstag auf einen Kaffee?",
         date="2026-05-05 22:03 +0200",
         text="""Hi Aurelio,

danke für deine Nachricht über unser Kontaktformular! Wir suchen tatsächlich jemanden für die Touren-Dispo am Nachmittag.

Hast du Donnerstag so gegen 16 Uhr Zeit, auf einen Kaffee bei uns im Hinterhof vorbeizuschauen? Dann quatschen wir ganz locker, was du dir vorstellst und wie wir arbeiten. Adresse: Thalkirchner Str. 54, Klingel "Radl".

Bene"""),
    dict(kind=I, lang="de", name="tatkraft_phone_screen", company="Tatkraft Personal",
         contact="m.hoelzl@tatkraft.example.de", id="T1", hdr_cs="iso-8859-1",
         **{"from": "Miriam Hölzl <m.hoelzl@tatkraft.example.de>"},
         subject="Ihr Profil bei Tatkraft Personal: kurzes Telefonat?",
         date="2026-04-27 09:33 +0200",
         text="""Guten Morgen Herr Ferncastle-Diop,

vielen Dank für Ihre Registrierung bei uns. Bevor ich Sie Kunden vorstelle, würde ich gern 20 Minuten mit Ihnen telefonieren – über Ihre Erfahrung im Hotel, Ihre Verfügbarkeit und Ihre Wunschregion.

Passt Ihnen Mittwoch, 29. April, um 11:00 Uhr? Ich würde Sie unter +49 176 5550 1845 anrufen.

Viele Grüße
Miriam Hölzl
Tatkraft Personal"""),
    dict(kind=I, lang="de", name="frachtzentrum_successfactors", company="Erdinger Frachtzentrum",
         contact="r.huber-lang@frachtzentrum.example.de",
         **{"from": "Erdinger Frachtzentrum Karriere <noreply@successfactors.eu>",
            "reply_to": "Regina Huber-Lang <r.huber-lang@frachtzentrum.example.de>"},
         subject="Einladung: Interview Luftfracht-Disposition (Req. 11873)",
         date="2026-06-24 13:00 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir laden Sie zu einem Interview für die Position Luftfracht-Disposition (Req. 11873) ein.

Termin: Mittwoch, 1. Juli 2026, 09:00 Uhr
Ort: Frachtzentrum Süd, Tor 3, Empfang – bitte Personalausweis mitbringen (Sicherheitsbereich)
Ansprechpartnerin: Regina Huber-Lang, r.huber-lang@frachtzentrum.example.de

Bitte bestätigen Sie den Termin über Ihr Kandidatenprofil.

Erdinger Frachtzentrum – Talent Acquisition"""),
    dict(kind=I, lang="de", name="haunstetter_reply_to_application", company="Haunstetter Speditionshaus",
         contact="g.mayr@haunstetter-spedition.example.de", charset="iso-8859-1",
         **{"from": "Gertraud Mayr <g.mayr@haunstetter-spedition.example.de>"},
         subject="AW: Bewerbung als Disponent Teilladungen",
         date="2026-03-25 16:47 +0100",
         text="""Hallo Herr Ferncastle-Diop,

Ihr Werdegang vom Hotelportier zur Logistik hat unseren Geschäftsführer neugierig gemacht. Könnten Sie am Freitag, 3. April, um 14 Uhr zu einem Gespräch zu uns nach Haunstetten kommen? Wir sitzen in der Inninger Straße 40, Eingang über den Hof.

Gruß
Gertraud Mayr
Sekretariat der Geschäftsführung
Haunstetter Speditionshaus GmbH

""" + quote("""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich als Disponent Teilladungen. Ich habe acht Jahre als Portier in Bozen gearbeitet, koordiniere täglich Gepäck- und Shuttlelogistik und spreche Deutsch, Italienisch und Englisch.

Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop""", "Am 20.03.2026 um 08:12 schrieb Aurelio Ferncastle-Diop <aurelio.fd@example.it>:")),
    dict(kind=I, lang="de", name="tauernfracht_second_round_html", company="Tauernfracht",
         contact="c.rieder@tauernfracht.example.at",
         **{"from": "Christina Rieder <c.rieder@tauernfracht.example.at>"},
         subject="Zweite Runde – Disposition Salzburg-Liefering",
         date="2026-10-05 10:05 +0200",
         html=word_html(paras("""Sehr geehrter Herr Ferncastle-Diop,

danke für das gute erste Gespräch. Wir möchten Sie zur zweiten Runde einladen, diesmal gemeinsam mit unserem Niederlassungsleiter und einer kurzen Fallstudie zur Tourenplanung.

Termin: Dienstag, 13. Oktober 2026, 13:00–14:30 Uhr, Münchner Bundesstraße 120, Salzburg

Die Kalendereinladung liegt bei.

Freundliche Grüße
Christina Rieder
HR Business Partner · Tauernfracht GmbH""")),
         ics=dict(method="REQUEST", uid="tf-2026-1013-round2@tauernfracht.example.at", tz="Europe/Vienna",
                  start="20261013T130000", end="20261013T143000",
                  summary="Tauernfracht – 2. Gespräch Disposition", location="Münchner Bundesstraße 120",
                  org_name="Christina Rieder", org="c.rieder@tauernfracht.example.at")),
    # ================================================================ invitations, English
    dict(kind=I, lang="en", name="liffey_greenhouse_schedule", company="Liffey Air Services",
         contact="niamh.brennan@liffeyair.example.ie", id="C1",
         **{"from": "Niamh Brennan via Greenhouse <no-reply@greenhouse-mail.io>",
            "reply_to": "Niamh Brennan <niamh.brennan@liffeyair.example.ie>"},
         subject="Interview invitation: Ramp Dispatch Coordinator at Liffey Air Services",
         date="2026-04-07 14:10 +0100", text=_c1,
         html=ats_card("Liffey Air Services", "#00695c", paras(_c1), "Sent via Greenhouse")),
    dict(kind=I, lang="en", name="alpinefreight_calendar_request", company="Alpine Freight Partners",
         contact="m.keller@alpinefreight.example.ch",
         **{"from": "Marco Keller <m.keller@alpinefreight.example.ch>"},
         subject="Interview - Road Dispatcher Zurich, 12 August",
         date="2026-08-05 16:20 +0200",
         text="""Dear Aurelio,

Thanks for your application. I'd like to invite you to an interview with me and our team lead for southbound traffic, Ursula Meier.

Wednesday 12 August, 14:00-15:00, Alpine Freight Partners, Flughofstrasse 55, Glattbrugg.

I've sent a calendar invitation; please accept it or suggest another time.

Regards,
Marco Keller
Head of Road Operations""",
         ics=dict(method="REQUEST", uid="afp-0812-interview@alpinefreight.example.ch", tz="Europe/Zurich",
                  start="20260812T140000", end="20260812T150000", summary="Interview Aurelio Ferncastle-Diop",
                  location="Flughofstrasse 55\\, Glattbrugg", org_name="Marco Keller",
                  org="m.keller@alpinefreight.example.ch")),
    dict(kind=I, lang="en", name="ballymount_workable_phone", company="Ballymount Distribution",
         contact="aoife.kavanagh@ballymount.example.ie", id="W1",
         **{"from": "Ballymount Distribution <noreply@workablemail.com>",
            "reply_to": "Aoife Kavanagh <aoife.kavanagh@ballymount.example.ie>"},
         subject="Phone screen for Transport Coordinator - Ballymount Distribution",
         date="2026-05-18 11:45 +0100",
         text="""Hi Aurelio,

Aoife here from the people team at Ballymount Distribution. Your application for Transport Coordinator stood out, and I'd like to book a 20-minute phone screen.

Would Friday 22 May at 10:00 (Irish time) work? If not, reply with two or three slots that suit you.

Thanks,
Aoife Kavanagh
aoife.kavanagh@ballymount.example.ie"""),
    dict(kind=I, lang="en", name="parcelhop_casual_chat", company="Parcelhop",
         contact="jonas@parcelhop.example.de",
         **{"from": "Jonas Ebner <jonas@parcelhop.example.de>"},
         subject="quick chat?",
         date="2026-08-18 21:14 +0200",
         text="""Hey Aurelio,

saw your application for the hub dispatcher role come through - love the hotel-to-logistics story. Are you free Thursday to chat for half an hour? Could do 12:30 at the hub in Moosach or a call, whatever's easier.

Jonas
(co-founder, Parcelhop)"""),
    dict(kind=I, lang="en", name="harcourt_client_interview", company="Glasnevin Home Retail",
         contact="siobhan.dunne@harcourt-search.example.ie", id="HC1",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="Interview confirmed - Glasnevin Home Retail, Inbound Scheduling Lead",
         date="2026-06-05 09:05 +0100",
         text="""Hello Aurelio,

Great news - Glasnevin Home Retail would like to meet you. I've confirmed the following:

Date: Wednesday 10 June
Time: 11:00-12:00
Where: Glasnevin Home Retail DC, Ballycoolin Business Park, Dublin 15 (ask for Gráinne Byrne)
Format: competency interview plus a short walk around the inbound dock

Give me a call the day before and we'll prep together.

Siobhan Dunne
Harcourt Supply Chain Search | +353 1 555 0190"""),
    dict(kind=I, lang="en", name="kestrel_ashby_selfschedule", company="Kestrel Courier", contact="",
         id="K1",
         **{"from": "Kestrel Courier <no-reply@ashbyhq.com>"},
         subject="Schedule your interview with Kestrel Courier",
         date="2026-07-21 08:00 +0100",
         text="""Hi Aurelio,

Kestrel Courier would like to invite you to a 30-minute video interview for the Night Dispatcher position.

Choose a time: https://jobs.ashbyhq.com/kestrel-courier/interview/3b7e0d

This link expires in five days.

- Kestrel Courier Recruiting"""),
    dict(kind=I, lang="en", name="collinstown_trial_shift", company="Collinstown Cargo",
         contact="p.oshea@collinstown-cargo.example.ie", id="CC1",
         **{"from": "Pádraig O'Shea <p.oshea@collinstown-cargo.example.ie>"},
         subject="Trial shift at the cargo terminal",
         date="2026-09-14 15:50 +0100",
         text="""Aurelio,

Following our call, we'd like you to do a paid trial shift on the dispatch desk so you can see the job and we can see you in action.

Saturday 19 September, 06:00-14:00, Collinstown Cargo, Cargo Terminal 2, Dublin Airport. Hi-vis and airside escort will be provided; bring photo ID.

Let me know you're in.

Pádraig O'Shea
Shift Manager, Collinstown Cargo
+353 1 555 7782"""),
    # ================================================================ invitations, French
    dict(kind=I, lang="fr", name="rhenan_entretien", company="Rhénan Transports",
         contact="c.oberle@rhenan-transports.example.fr", id="D2", parent="D1",
         **{"from": "Claire Oberlé <c.oberle@rhenan-transports.example.fr>"},
         subject="Entretien affréteur – jeudi 21 mai",
         date="2026-05-14 09:12 +0200",
         text="""Bonjour Monsieur Ferncastle-Diop,

Suite à votre candidature, nous souhaiterions vous rencontrer le jeudi 21 mai à 10h00 dans nos locaux du Port du Rhin. L'entretien durera environ une heure, avec notre chef d'exploitation.

Merci de me confirmer votre présence.

Bien cordialement,
Claire Oberlé
Responsable RH – Rhénan Transports

""" + quote(_d1, "Le 6 mai 2026 à 08:30, Rhénan Transports <no-reply@rhenan-transports.example.fr> a écrit :")),
    dict(kind=I, lang="fr", name="cathedrale_client_rdv", company="Messagerie de l'Ill",
         contact="julie.schaeffer@cathedrale-interim.example.fr", id="CI1",
         **{"from": "Julie Schaeffer <julie.schaeffer@cathedrale-interim.example.fr>"},
         subject="RDV chez Messagerie de l'Ill mardi",
         date="2026-05-15 12:20 +0200",
         text="""Bonjour Aurelio,

Bonne nouvelle : Messagerie de l'Ill souhaite vous rencontrer pour la mission d'agent d'exploitation. Le rendez-vous est fixé mardi 19 mai à 14h, 8 rue de l'Industrie à Illkirch, avec M. Haenel.

Je vous appelle lundi pour préparer l'entretien ensemble.

Julie Schaeffer
Cathédrale Intérim"""),
    dict(kind=I, lang="fr", name="fretexpress_teamtailor_phone", company="Fret Express Rhin",
         contact="l.meyer@fretexpress.example.fr", id="FE1", charset="iso-8859-1",
         **{"from": "Fret Express Rhin <no-reply@teamtailor-mail.com>",
            "reply_to": "Lucie Meyer <l.meyer@fretexpress.example.fr>"},
         subject="Fret Express Rhin : entretien téléphonique",
         date="2026-07-02 10:40 +0200",
         text="""Bonjour Aurelio,

Votre profil a retenu notre attention pour le poste de dispatcheur (H/F). Lucie Meyer, notre chargée de recrutement, vous appellera pour un entretien téléphonique de 20 minutes le lundi 6 juillet à 10h00.

Si ce créneau ne vous convient pas, répondez simplement à ce message.

L'équipe Fret Express Rhin"""),
    # ================================================================ invitations, Spanish
    dict(kind=I, lang="es", name="montjuic_entrevista", company="Logística Portuaria Montjuïc",
         contact="jordi.ferrer@lpmontjuic.example.es", id="E2", parent="E1",
         **{"from": "Jordi Ferrer <jordi.ferrer@lpmontjuic.example.es>"},
         subject="Entrevista – coordinador de tráfico portuario",
         date="2026-06-10 12:34 +0200", text=_e2),
    dict(kind=I, lang="es", name="eixample_client_entrevista", company="Frigoríficos Zona Franca",
         contact="marc.soler@eixample-temporal.example.es", id="ET1",
         **{"from": "Marc Soler <marc.soler@eixample-temporal.example.es>"},
         subject="Entrevista con Frigoríficos Zona Franca",
         date="2026-08-28 10:15 +0200",
         text="""Hola Aurelio:

Frigoríficos Zona Franca quiere entrevistarte para el puesto de planificador de cámaras. Te esperan el jueves 3 de septiembre a las 9:00 en Carrer 60, nº 19, Zona Franca (pregunta por Elena Vidal en recepción).

Confírmame por favor que puedes ir.

Marc Soler
Eixample Temporal ETT"""),
    dict(kind=I, lang="es", name="ronda_calendar", company="Paquetería Ronda",
         contact="nuria.puig@paqueteria-ronda.example.es", ics_inline=True,
         **{"from": "Núria Puig <nuria.puig@paqueteria-ronda.example.es>"},
         subject="Invitación: entrevista coordinador de rutas (mar 14 abr 10:00)",
         date="2026-04-07 09:02 +0200",
         text="""Hola Aurelio:

Te envío la convocatoria para la entrevista del martes 14 de abril a las 10:00 en el almacén de Pere IV. Acepta la invitación del calendario para confirmar.

Núria Puig
Jefa de tráfico""",
         ics=dict(method="REQUEST", uid="ronda-entrevista-0414@paqueteria-ronda.example.es",
                  tz="Europe/Madrid", start="20260414T100000", end="20260414T104500",
                  summary="Entrevista coordinador de rutas", location="C/ Pere IV 210",
                  org_name="Núria Puig", org="nuria.puig@paqueteria-ronda.example.es")),
    # ================================================================ reschedules / cancellations
    dict(kind=S, lang="de", name="isarfracht_moved_seq1", company="Isarfracht Spedition",
         contact="v.obermaier@isarfracht.example.de", id="A3", parent="A2", ics_inline=True,
         **{"from": "Obermaier, Verena <v.obermaier@isarfracht.example.de>"},
         subject="Aktualisiert: Vorstellungsgespräch – jetzt Donnerstag, 19. Februar, 14:00 Uhr",
         date="2026-02-13 08:46 +0100",
         text="""Guten Morgen Herr Ferncastle-Diop,

Herr Huber muss am Dienstag kurzfristig zu einem Kunden nach Verona. Wir verlegen unser Gespräch deshalb auf Donnerstag, 19. Februar, 14:00–15:00 Uhr; Ort und Teilnehmer bleiben gleich.

Die aktualisierte Einladung ersetzt die alte in Ihrem Kalender.

Viele Grüße
Verena Obermaier

""" + outlook("Obermaier, Verena", "Dienstag, 10. Februar 2026 11:24", CAND_NAME,
              "Einladung zum Vorstellungsgespräch – Junior-Disponent Landverkehre", _a2, "de"),
         ics=dict(method="REQUEST", uid="isarfracht-2026-0217-dispo@isarfracht.example.de", seq=1,
                  start="20260219T140000", end="20260219T150000",
                  summary="Vorstellungsgespräch Aurelio Ferncastle-Diop (verschoben)",
                  location="Frankfurter Ring 150\\, 3. OG", org_name="Verena Obermaier",
                  org="v.obermaier@isarfracht.example.de")),
    dict(kind=S, lang="de", name="inntal_interviewer_ill", company="Inntal Spedition",
         contact="h.kofler@inntal-spedition.example.at", id="G2", parent="G1",
         **{"from": "Hannes Kofler <h.kofler@inntal-spedition.example.at>"},
         subject="AW: Einladung Vorstellungsgespräch Innsbruck",
         date="2026-08-10 07:12 +0200",
         text="""Grüß Gott Herr Ferncastle-Diop,

mich hat eine Sommergrippe erwischt und ich bin die ganze Woche im Krankenstand. Können wir das Gespräch auf Dienstag, 18. August, 9:30 Uhr verlegen? Gleicher Ort, und das Abholen am Bahnhof gilt natürlich weiterhin.

Entschuldigen Sie die Umstände.
Hannes Kofler

""" + quote(_g1, "Am 04.08.2026 um 08:15 schrieb Hannes Kofler <h.kofler@inntal-spedition.example.at>:")),
    dict(kind=S, lang="de", name="zstalent_limmat_moved", company="Limmat Cargo",
         contact="reto.ammann@zs-talent.example.ch", id="F2", parent="F1",
         **{"from": "Reto Ammann <reto.ammann@zs-talent.example.ch>"},
         subject="AW: Gesprächstermin bei Limmat Cargo, Zürich",
         date="2026-07-06 16:15 +0200",
         text="""Grüezi Herr Ferncastle-Diop

Limmat Cargo muss das Gespräch vom Donnerstag leider auf Montag, 13. Juli, 14:00 Uhr verschieben. Der Ort bleibt derselbe (Hohlstrasse 410, Empfang Gebäude B).

Freundliche Grüsse
Reto Ammann

""" + quote(_f1, "Am 01.07.2026 um 17:45 schrieb Reto Ammann <reto.ammann@zs-talent.example.ch>:")),
    dict(kind=S, lang="de", name="lohhof_calendar_cancel", company="Lohhof Kontraktlogistik",
         contact="s.reitmeier@lohhof-kl.example.de",
         **{"from": "Sandra Reitmeier <s.reitmeier@lohhof-kl.example.de>"},
         subject="Abgesagt: Kennenlerngespräch Disponent:in Kontraktlogistik",
         date="2026-04-28 17:30 +0200",
         text="""Hallo Herr Ferncastle-Diop,

leider muss ich unser Gespräch am Donnerstag absagen – unser Standortleiter ist bei einer Kundenprüfung gebunden. Ihre Bewerbung ist davon nicht berührt; ich schicke Ihnen Anfang nächster Woche zwei neue Terminvorschläge.

Sandra Reitmeier
Recruiting, Lohhof Kontraktlogistik""",
         ics=dict(method="CANCEL", uid="lohhof-0430-kennenlernen@lohhof-kl.example.de", seq=2,
                  start="20260430T110000", end="20260430T113000",
                  summary="Kennenlerngespräch Aurelio Ferncastle-Diop", location="Microsoft Teams",
                  org_name="Sandra Reitmeier", org="s.reitmeier@lohhof-kl.example.de")),
    dict(kind=S, lang="de", name="tatkraft_call_moved", company="Tatkraft Personal",
         contact="m.hoelzl@tatkraft.example.de", parent="T1", id="T2", hdr_cs="iso-8859-1",
         hdr_mode="b",
         **{"from": "Miriam Hölzl <m.hoelzl@tatkraft.example.de>"},
         subject="AW: Ihr Profil bei Tatkraft Personal: kurzes Telefonat?",
         date="2026-04-28 18:02 +0200",
         text="""Hallo Herr Ferncastle-Diop,

kleine Änderung: Morgen um 11 Uhr sitze ich leider in einem Kundentermin fest. Ich rufe Sie stattdessen um 15:30 Uhr an – ich hoffe, das geht bei Ihnen auch.

Viele Grüße
Miriam Hölzl"""),
    dict(kind=S, lang="de", name="voralpen_ac_postponed", company="Voralpen Paketnetz",
         contact="d.schweiger@voralpen-paket.example.de", cte="quoted-printable",
         **{"from": "Daniela Schweiger <d.schweiger@voralpen-paket.example.de>"},
         subject="Neuer Termin für das Assessment Center",
         date="2026-04-30 12:12 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wegen eines Wasserschadens in unserem Schulungsraum in Penzberg können wir das Assessment Center am 5. Mai nicht durchführen. Wir holen es am Dienstag, 19. Mai, zur gleichen Uhrzeit nach; der Ablauf aus dem PDF bleibt unverändert.

Bitte bestätigen Sie uns kurz, ob Sie am neuen Datum teilnehmen können.

Mit freundlichen Grüßen
Daniela Schweiger"""),
    dict(kind=S, lang="de", name="radlkurier_friday_instead", company="Radlkurier München",
         contact="bene@radlkurier.example.de",
         **{"from": "Bene Strobl <bene@radlkurier.example.de>"},
         subject="Re: Donnerstag auf einen Kaffee?",
         date="2026-05-06 13:40 +0200",
         text="""Hi Aurelio,

Mist, Donnerstag fällt bei mir doch flach – zwei Fahrer krank, ich muss selbst fahren. Geht auch Freitag, 11 Uhr? Selbe Adresse.

Bene

> Passt gut, ich komme Donnerstag um 16 Uhr vorbei.
> Aurelio"""),
    dict(kind=S, lang="en", name="liffey_calendar_cancel", company="Liffey Air Services",
         contact="niamh.brennan@liffeyair.example.ie", id="C2", parent="C1",
         **{"from": "Niamh Brennan <niamh.brennan@liffeyair.example.ie>"},
         subject="Cancelled: Ramp Dispatch Coordinator interview (Tue 14 Apr)",
         date="2026-04-10 18:20 +0100",
         text="""Hi Aurelio,

I'm sorry to do this - Declan has been pulled into the investigation of a ground incident next week, so I've had to cancel Tuesday's interview from the calendar. This is not a decision on your application: I'll send you new options as soon as his diary clears, most likely for the week of the 20th.

Thanks for your patience,
Niamh

""" + quote(_c1, "On Tue, 7 Apr 2026 at 14:10, Niamh Brennan via Greenhouse <no-reply@greenhouse-mail.io> wrote:"),
         ics=dict(method="CANCEL", uid="gh-liffey-ramp-7ZQ2@liffeyair.example.ie", seq=1, tz="Europe/Dublin",
                  start="20260414T100000", end="20260414T104500",
                  summary="Interview: Aurelio Ferncastle-Diop / Ramp Dispatch Coordinator",
                  location="Google Meet", org_name="Niamh Brennan",
                  org="niamh.brennan@liffeyair.example.ie")),
    dict(kind=S, lang="en", name="ballymount_new_time", company="Ballymount Distribution",
         contact="aoife.kavanagh@ballymount.example.ie", id="W2", parent="W1",
         **{"from": "Ballymount Distribution <noreply@workablemail.com>",
            "reply_to": "Aoife Kavanagh <aoife.kavanagh@ballymount.example.ie>"},
         subject="Updated: your video interview with Ballymount Distribution",
         date="2026-05-26 10:30 +0100",
         text="""Hi Aurelio,

Your video interview with the transport manager has been moved from Thursday 28 May 15:00 to Friday 29 May 09:30 (Irish time). The Teams link stays the same:
https://teams.example.com/l/meetup-join/ballymount-tc-0529

Questions? Reply to aoife.kavanagh@ballymount.example.ie.

Ballymount Distribution via Workable"""),
    dict(kind=S, lang="en", name="harcourt_client_moved", company="Glasnevin Home Retail",
         contact="siobhan.dunne@harcourt-search.example.ie", parent="HC1", id="HC2",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="RE: Interview confirmed - Glasnevin Home Retail, Inbound Scheduling Lead",
         date="2026-06-08 16:44 +0100",
         text="""Hi Aurelio,

Quick change from Glasnevin: Gráinne has a stock audit on Wednesday, so they've asked to push your interview to Friday 12 June, same time (11:00) and same place. I've said yes provisionally - shout if Friday doesn't work.

Siobhan"""),
    dict(kind=S, lang="en", name="collinstown_trial_postponed", company="Collinstown Cargo",
         contact="p.oshea@collinstown-cargo.example.ie", parent="CC1", id="CC2",
         **{"from": "Pádraig O'Shea <p.oshea@collinstown-cargo.example.ie>"},
         subject="Re: Trial shift at the cargo terminal",
         date="2026-09-17 20:05 +0100",
         text="""Aurelio,

The airside pass office can't issue your escort badge in time for Saturday, so we'll have to push the trial shift back a week to Saturday 26 September, same hours. Sorry about the short notice.

Pádraig"""),
    dict(kind=S, lang="fr", name="fretexpress_decale", company="Fret Express Rhin",
         contact="l.meyer@fretexpress.example.fr", parent="FE1", id="FE2",
         **{"from": "Lucie Meyer <l.meyer@fretexpress.example.fr>"},
         subject="Décalage de notre entretien téléphonique",
         date="2026-07-03 15:55 +0200",
         text="""Bonjour Aurelio,

Je dois malheureusement décaler notre échange de lundi : je vous propose mardi 7 juillet à 16h30, même format. Cela vous convient-il ?

Belle journée,
Lucie Meyer
Chargée de recrutement – Fret Express Rhin
03 88 55 67 00"""),
    dict(kind=S, lang="fr", name="cathedrale_client_rdv_deplace", company="Messagerie de l'Ill",
         contact="julie.schaeffer@cathedrale-interim.example.fr", parent="CI1", id="CI2",
         **{"from": "Julie Schaeffer <julie.schaeffer@cathedrale-interim.example.fr>"},
         subject="RE: RDV chez Messagerie de l'Ill mardi",
         date="2026-05-18 09:10 +0200",
         text="""Bonjour Aurelio,

M. Haenel est retenu demain par un audit client : le rendez-vous chez Messagerie de l'Ill est reporté à jeudi 21 mai à 9h30, même adresse à Illkirch.

Je reste joignable au 03 88 55 44 10.

Julie"""),
    dict(kind=S, lang="es", name="montjuic_cambio_hora", company="Logística Portuaria Montjuïc",
         contact="jordi.ferrer@lpmontjuic.example.es", id="E2b", parent="E2",
         **{"from": "Jordi Ferrer <jordi.ferrer@lpmontjuic.example.es>"},
         subject="RE: Entrevista – coordinador de tráfico portuario",
         date="2026-06-15 19:02 +0200",
         text="""Hola Aurelio:

Nos ha entrado un buque con retraso el miércoles por la mañana y estaré en la terminal. ¿Podemos pasar la entrevista al jueves 18 a las 16:00? Mismo sitio.

Perdona el cambio.
Jordi

""" + quote(_e2, "El mié, 10 jun 2026 a las 12:34, Jordi Ferrer (<jordi.ferrer@lpmontjuic.example.es>) escribió:")),
    dict(kind=S, lang="es", name="eixample_client_cancela", company="Frigoríficos Zona Franca",
         contact="marc.soler@eixample-temporal.example.es", parent="ET1", id="ET2",
         **{"from": "Marc Soler <marc.soler@eixample-temporal.example.es>"},
         subject="RE: Entrevista con Frigoríficos Zona Franca",
         date="2026-09-02 17:30 +0200",
         text="""Hola Aurelio:

Frigoríficos Zona Franca me acaba de avisar de que anulan la entrevista de mañana por una inspección sanitaria. El proceso sigue abierto; en cuanto me den nueva fecha te la paso.

Marc"""),
    # ================================================================ missed interview notices
    dict(kind=M, lang="de", name="alpenkurier_waited_teams", company="Alpenkurier",
         contact="t.rainer@alpenkurier.example.de", id="B3", parent="B2",
         **{"from": "Tobias Rainer <t.rainer@alpenkurier.example.de>"},
         subject="Videotermin Disposition Augsburg – heute 10:00 Uhr",
         date="2026-03-19 10:31 +0100",
         text="""Servus Herr Ferncastle-Diop,

heute um 10:00 Uhr war unser Videotermin angesetzt. Wir haben bis 10:20 Uhr im Raum gewartet, Sie aber leider nicht angetroffen.

Ist etwas dazwischengekommen? Geben Sie mir bitte kurz Bescheid.

Tobias Rainer

""" + quote(_b2, "Am 12.03.2026 um 15:40 schrieb Tobias Rainer <t.rainer@alpenkurier.example.de>:")),
    dict(kind=M, lang="de", name="salzach_not_reachable", company="Mönchsberg Getränkelogistik",
         contact="s.aigner@salzach-personal.example.at", id="H3", parent="H2",
         **{"from": "Sabine Aigner <s.aigner@salzach-personal.example.at>"},
         subject="AW: Vorstellungsgespräch bei Mönchsberg Getränkelogistik",
         date="2026-09-16 10:48 +0200",
         text="""Hallo Herr Ferncastle-Diop,

Herr Leitner von Mönchsberg hat mich eben angerufen: Er hat Sie um 10:00 Uhr zweimal zu erreichen versucht, es ging aber nur die Mailbox ran. Auch ich komme gerade nicht durch.

Bitte melden Sie sich heute noch bei mir, damit ich dem Kunden etwas sagen kann.

Sabine Aigner
Salzach Personal GmbH · Ignaz-Harrer-Straße 30 · 5020 Salzburg · +43 662 555 3300

""" + quote(_h2, "Am 08.09.2026 um 14:02 schrieb Sabine Aigner <s.aigner@salzach-personal.example.at>:")),
    dict(kind=M, lang="de", name="frachtzentrum_gate_noshow", company="Erdinger Frachtzentrum",
         contact="r.huber-lang@frachtzentrum.example.de",
         **{"from": "Regina Huber-Lang <r.huber-lang@frachtzentrum.example.de>"},
         subject="Ihr Interviewtermin heute, 09:00 Uhr",
         date="2026-07-01 09:52 +0200",
         html=word_html(paras("""Sehr geehrter Herr Ferncastle-Diop,

wir waren heute um 09:00 Uhr am Empfang von Tor 3 mit Ihnen verabredet. Leider sind Sie dort nicht erschienen, und der Pförtner hat auch keinen Besucher auf Ihren Namen registriert.

Falls es ein Problem mit dem Zutritt gab, schreiben Sie mir bitte.

Mit freundlichen Grüßen
Regina Huber-Lang
Talent Acquisition · Erdinger Frachtzentrum"""))),
    dict(kind=M, lang="de", name="giesinger_trialday_noshow", company="Giesinger Getränkehandel",
         contact="chef@giesinger-getraenke.example.de", charset="windows-1252", cte="quoted-printable",
         **{"from": "Xaver Moosbauer <chef@giesinger-getraenke.example.de>"},
         subject="Re: Probearbeiten in der Dispo",
         date="2026-06-08 08:20 +0200",
         text="""Herr Ferncastle-Diop,

wir haben heut um 7 auf Sie gewartet – der Disponent hat extra eine Stunde früher angefangen. Sie sind nicht gekommen und ans Telefon sind S' auch nicht gegangen.

Melden S' Ihnen bitte, ob das noch was wird.

X. Moosbauer"""),
    dict(kind=M, lang="de", name="ismaning_phone_unanswered", company="Ismaninger Lagerservice",
         contact="k.bauer@ismaninger-lager.example.de",
         **{"from": "Korbinian Bauer <k.bauer@ismaninger-lager.example.de>"},
         subject="Telefoninterview heute 14 Uhr",
         date="2026-10-14 14:25 +0200",
         text="""Hallo Herr Ferncastle-Diop,

ich habe heute um 14:00 und um 14:10 Uhr versucht, Sie für unser vereinbartes Telefoninterview zu erreichen – leider ohne Erfolg, und eine Mailbox war nicht eingerichtet.

Wenn Sie weiterhin Interesse haben, schlagen Sie mir gern einen neuen Zeitpunkt vor.

Freundliche Grüße
Korbinian Bauer
Lagerleitung, Ismaninger Lagerservice"""),
    dict(kind=M, lang="en", name="ballymount_waited_teams", company="Ballymount Distribution",
         contact="aoife.kavanagh@ballymount.example.ie", parent="W2",
         **{"from": "Aoife Kavanagh <aoife.kavanagh@ballymount.example.ie>"},
         subject="We missed you this morning",
         date="2026-05-29 09:58 +0100",
         text="""Hi Aurelio,

Gerry and I waited on Teams from 09:30 until about 09:50 but you didn't join. I hope everything is OK.

If something came up, let me know and I'll see whether Gerry can find another slot - no promises, his diary is packed.

Aoife"""),
    dict(kind=M, lang="en", name="kestrel_ashby_noshow", company="Kestrel Courier", contact="",
         parent="K1",
         **{"from": "Kestrel Courier <no-reply@ashbyhq.com>"},
         subject="You missed your interview with Kestrel Courier",
         date="2026-07-28 18:31 +0100",
         text="""Hi Aurelio,

Our recruiter was in the video room for your Night Dispatcher interview today at 18:00, but you didn't join. If you'd still like to be considered, you can pick a new time once using this link:
https://jobs.ashbyhq.com/kestrel-courier/interview/3b7e0d/rebook

- Kestrel Courier Recruiting"""),
    dict(kind=M, lang="en", name="harcourt_client_says_noshow", company="Clondalkin Pharma Logistics",
         contact="siobhan.dunne@harcourt-search.example.ie",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="Clondalkin - what happened?",
         date="2026-07-08 15:15 +0100",
         text="""Aurelio,

Clondalkin Pharma Logistics have just called me - they had you booked at 14:00 with their warehouse director and say you never arrived at reception. I tried calling you twice since, straight to voicemail.

Can you ring me as soon as you see this? I need to get back to them today.

Siobhan Dunne
Harcourt Supply Chain Search | +353 1 555 0190"""),
    dict(kind=M, lang="fr", name="fretexpress_injoignable", company="Fret Express Rhin",
         contact="l.meyer@fretexpress.example.fr", parent="FE2",
         **{"from": "Lucie Meyer <l.meyer@fretexpress.example.fr>"},
         subject="Entretien de 16h30 – vous étiez injoignable",
         date="2026-07-07 16:58 +0200",
         text="""Bonjour Aurelio,

J'ai tenté de vous joindre à deux reprises à 16h30 pour notre entretien téléphonique, sans réponse. Je vous ai laissé un message vocal.

N'hésitez pas à me recontacter si vous êtes toujours intéressé par le poste.

Lucie Meyer
Fret Express Rhin"""),
    dict(kind=M, lang="es", name="gracia_videollamada_ausente", company="Almacenes Gràcia",
         contact="laia.roca@almacenes-gracia.example.es",
         **{"from": "Laia Roca <laia.roca@almacenes-gracia.example.es>"},
         subject="No te hemos visto en la videollamada",
         date="2026-09-15 12:40 +0200",
         text="""Hola Aurelio:

Te estuvimos esperando en la videollamada de las 12:00 para la entrevista de Responsable de expediciones, pero no llegaste a conectarte. ¿Ha pasado algo?

Si te interesa seguir, escríbeme y vemos si encontramos otro hueco.

Laia Roca
RR. HH. · Almacenes Gràcia"""),
]
