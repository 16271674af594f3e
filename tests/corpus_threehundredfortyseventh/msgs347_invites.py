"""Corpus 347, invitations, moved or cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs347_common import DISCLAIMER_DE, DISCLAIMER_FR, event, spec

PATRICK = ("Patrick Lenz | Blitz Personalservice", "patrick.lenz@blitz-personal.example.at")
RAUCH = ("Verena Rauch", "verena.rauch@kaeltetechnik-rauch.example.at")
PROHASKA = ("Ing. Herbert Prohaska", "herbert.prohaska@liftservice-prohaska.example.at")
ROSNER = ("Andrea Swoboda", "andrea.swoboda@rosner-facility.example.at")
LENA = ("Marti, Lena", "lena.marti@corvid-lifts.example.ch")
PRIYA = ("Priya Wenger", "priya.wenger@vektor-search.example.ch")
LHP = ("Tina Hribar", "tina.hribar@lj-heatpower.example.si")
DCRHIN = ("Mathieu Schaeffer", "mathieu.schaeffer@datacentre-rhin.example.fr")
SOPHIE = ("Sophie Kieffer", "s.kieffer@alsace-interim.example.fr")
JON = ("Jon Arrieta", "jon.arrieta@climatizacion-abra.example.es")
BEM = ("Nerea Olabarria", "nerea.olabarria@bilbao-energia.example.es")
ANE = ("Ane Etxeberria", "ane.etxeberria@talentia-ett.example.es")

ROSNER_SIG = """Andrea Swoboda, BA
Recruiting Wien
Rosner Facility Group GmbH
Modecenterstraße 22, 1030 Wien
T +43 1 555 62 70"""

MESSAGES = [
    # ---------------------------------------------------------------- invitations, German
    spec(
        id="blitz_trummer_probetag", kind="interview_invitation", lang="de",
        company="Elektro Trummer", contact=PATRICK[1], frm=PATRICK,
        subject="Probetag bei Elektro Trummer am Freitag", date="2026-02-16 12:31 +0100",
        cte="8bit",
        body="""Servus Herr Oberhuber-Mensah,

gute Nachrichten: Unser Kunde, die Firma Elektro Trummer in Gratkorn, möchte Sie gerne
kennenlernen und lädt Sie zu einem Probetag ein.

Wann: Freitag, 20. Februar, 7:00 Uhr
Wo: Elektro Trummer, Grazer Straße 51, 8101 Gratkorn – melden Sie sich bei Meister Wolfgang
Trummer in der Werkstatt

Arbeitsschuhe mitbringen, Werkzeug wird gestellt. Bitte kurz zurückmelden, ob das passt.

Liebe Grüße
Patrick Lenz
Personaldisponent, Blitz Personalservice GmbH
0664 555 21 90""",
    ),
    spec(
        id="rauch_personio_einladung", kind="interview_invitation", lang="de",
        company="Kältetechnik Rauch", contact=RAUCH[1],
        frm=("Kältetechnik Rauch GmbH", "no-reply@personio.de"), reply_to=RAUCH,
        subject="Einladung zum Vorstellungsgespräch (Teams) – Kälte-/Klimatechniker MSR",
        date="2026-05-05 08:14 +0000", layout="alt",
        ics=event(uid="personio-rauch-55812@personio.de", seq=0,
                 start="20260512T100000", end="20260512T104500",
                 summary="Vorstellungsgespräch Kältetechnik Rauch", location="Microsoft Teams",
                 organizer="verena.rauch@kaeltetechnik-rauch.example.at"),
        body="""Hallo Tobias Oberhuber-Mensah,

vielen Dank für Ihre Bewerbung bei Kältetechnik Rauch! Wir möchten Sie gerne zu einem
Vorstellungsgespräch per Microsoft Teams einladen:

Dienstag, 12. Mai 2026, 10:00 – 10:45 Uhr

Gesprächspartner: Verena Rauch (Geschäftsführung) und Stefan Aigner (Leitung Service).
Den Teams-Link finden Sie in der Kalendereinladung. Bei Fragen antworten Sie einfach auf
diese E-Mail.

Viele Grüße
Verena Rauch
Kältetechnik Rauch GmbH, Linz""",
    ),
    spec(
        id="prohaska_telefon", kind="interview_invitation", lang="de",
        company="Liftservice Prohaska", contact=PROHASKA[1], frm=PROHASKA,
        subject="Ihre Bewerbung – Telefonat nächste Woche?", date="2026-06-10 19:40 +0200",
        charset="iso-8859-1", cte="8bit",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

danke für Ihre Bewerbung als Monteur für Aufzugssteuerungen. Ich würde gerne nächste Woche
mit Ihnen telefonieren, um Ihnen unseren Betrieb vorzustellen und ein paar fachliche
Fragen zu klären.

Hätten Sie am Mittwoch, 17. Juni, um 14:00 Uhr Zeit? Ich rufe Sie dann auf Ihrem Handy an.

Mit besten Grüßen
Ing. Herbert Prohaska
Liftservice Prohaska e.U.
Simmeringer Hauptstraße 96, 1110 Wien""",
    ),
    spec(
        id="datapark_assessment", kind="interview_invitation", lang="de",
        company="DataPark Linz", contact="",
        frm=("DataPark Linz Recruiting", "noreply@softgarden.io"),
        subject="Nächster Schritt: Ihr Online-Assessment bei DataPark Linz",
        date="2026-04-20 07:00 +0000", layout="html", brand="DataPark Linz", color="#3a2d7d",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Auswahlrunde für die Position
Techniker Rechenzentrumsinfrastruktur (m/w/d) erfolgreich gemeistert haben.

Als nächsten Schritt laden wir Sie zu unserem Online-Assessment ein. Das Assessment findet
als Live-Gruppenübung am Montag, 27. April 2026, um 9:00 Uhr statt und dauert etwa zwei
Stunden (Elektrotechnik-Grundlagen, USV und Notstrom, Fallbeispiel Störungsmanagement).

Den Zugangslink erhalten Sie am Vortag.

Viel Erfolg!
Ihr Recruiting-Team von DataPark Linz""",
    ),
    spec(
        id="bavaria_gd_terminbuchung", kind="interview_invitation", lang="de",
        company="Bavaria Gebäudedienste", contact="",
        frm=("Bavaria Gebäudedienste", "no-reply@teamtailor-mail.com"),
        subject="Buchen Sie Ihr Kennenlerngespräch", date="2026-07-02 10:05 +0000",
        layout="alt", cte="base64",
        body="""Hallo Tobias,

danke für deine Bewerbung als Objekttechniker Gebäudeautomation (m/w/d) in München-Riem!
Wir möchten dich gerne in einem 30-minütigen Videocall kennenlernen.

Bitte wähle hier einen passenden Termin aus:
https://bavaria-gd.teamtailor.example.com/meetings/book/4b7c1

Die Termine stehen bis 10. Juli zur Verfügung.

Bis bald!
Dein Recruiting-Team von Bavaria Gebäudedienste""",
    ),
    spec(
        id="rosner_wien_hearing", kind="interview_invitation", lang="de",
        company="Rosner Facility Group", contact=ROSNER[1], frm=ROSNER,
        subject="Einladung zum Hearing – Technischer Objektleiter Wien", date="2026-08-24 09:58 +0200",
        layout="alt", cte="quoted-printable",
        ics=event(uid="hearing-tol-wien-347@rosner-facility.example.at", seq=0,
                 start="20260903T130000", end="20260903T143000",
                 summary="Hearing Technischer Objektleiter - Oberhuber-Mensah",
                 location="Rosner Facility Group, Modecenterstraße 22, 1030 Wien",
                 file="Hearing.ics"),
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

herzlichen Dank für Ihre Bewerbung als Technischer Objektleiter (m/w/d) für unser Büroobjekt
in Wien-Landstraße. Wir laden Sie gerne zum Hearing ein:

Donnerstag, 3. September 2026, 13:00 – 14:30 Uhr
Rosner Facility Group, Modecenterstraße 22, 1030 Wien, 4. Stock

Das Hearing besteht aus einer Präsentation (10 Minuten: „Mein Weg in die
Gebäudeautomation") und einem Gespräch mit der Regionalleitung.

Mit freundlichen Grüßen
{ROSNER_SIG}

{DISCLAIMER_DE}""",
    ),
    # ---------------------------------------------------------------- invitations, English
    spec(
        id="corvid_first_interview", kind="interview_invitation", lang="en",
        company="Corvid Lift Systems", contact=LENA[1], frm=LENA,
        subject="Interview - Field Commissioning Engineer (Zurich)", date="2026-08-18 10:22 +0200",
        ics=event(uid="corvid-347-r1@corvid-lifts.example.ch", seq=0, tz="Europe/Zurich",
                 start="20260827T090000", end="20260827T100000",
                 summary="Interview Corvid Lift Systems - Field Commissioning Engineer",
                 location="Zoom"),
        body="""Dear Tobias,

Thank you for applying for the Field Commissioning Engineer position. We would like to
invite you to a first video interview with Martin Keller, our Commissioning Team Lead.

Date: Thursday, 27 August 2026
Time: 09:00-10:00 (CEST)
Format: Zoom - the link is in the attached invitation

Please accept the invitation or let me know if another time suits you better.

Kind regards,
Lena Marti
Talent Acquisition, Corvid Lift Systems AG""",
    ),
    spec(
        id="corvid_second_interview", kind="interview_invitation", lang="en",
        company="Corvid Lift Systems", contact=LENA[1], frm=LENA,
        subject="Second interview - Field Commissioning Engineer", date="2026-09-01 15:47 +0200",
        layout="alt",
        body="""Dear Tobias,

Good news - Martin enjoyed your conversation and we'd like to invite you to a second, on-site
interview in Zurich. It will include a short practical exercise on one of our test-tower
controllers and a site walk.

Thursday, 3 September 2026, 10:00-13:00
Corvid Lift Systems, Hardturmstrasse 301, 8005 Zurich (reception, ground floor)

We'll reimburse your train ticket from Graz. Please confirm by reply.

Kind regards,
Lena Marti""",
    ),
    spec(
        id="priya_glacier_invite", kind="interview_invitation", lang="en",
        company="Glacier Compute", contact=PRIYA[1], frm=PRIYA,
        subject="Glacier Compute would like to speak with you", date="2026-09-22 11:05 +0200",
        body="""Hi Tobias,

Glacier Compute have reviewed your profile for the Facility Controls Technician role at
their Winterthur site and would like to set up a video call with their Facility Manager,
Daniel Oehen.

He has suggested Monday 28 September at 16:00 (CEST), 45 minutes on Teams. Could you confirm
whether that works? I'll send the link once confirmed.

Best,
Priya Wenger
Senior Consultant, Vektor Technical Search
+41 44 555 71 36""",
    ),
    spec(
        id="lhp_workable_invite", kind="interview_invitation", lang="en",
        company="Ljubljana Heat & Power", contact=LHP[1],
        frm=("Ljubljana Heat & Power", "noreply@workablemail.com"), reply_to=LHP,
        subject="Video interview for BMS Commissioning Technician", date="2026-07-06 08:30 +0000",
        layout="alt",
        body="""Hello Tobias,

Thank you for your application to Ljubljana Heat & Power. We would like to invite you to a
video interview for the BMS Commissioning Technician position.

Date and time: Wednesday, 15 July 2026, 11:00 CEST
Duration: about 40 minutes
Interviewers: Tina Hribar (HR) and Gregor Kos (District Heating Control)

The interview will be held in English. Simply reply to this email to confirm.

Kind regards,
Tina Hribar
Ljubljana Heat & Power""",
    ),
    # ---------------------------------------------------------------- invitations, French
    spec(
        id="dcrhin_entretien_tel", kind="interview_invitation", lang="fr",
        company="Datacentre Rhin", contact=DCRHIN[1], frm=DCRHIN,
        subject="Entretien téléphonique - Technicien d'exploitation datacenter",
        date="2026-03-16 09:12 +0100", cte="8bit",
        body="""Bonjour Monsieur Oberhuber-Mensah,

J'ai bien reçu votre candidature pour le poste de technicien d'exploitation de notre site de
la Plaine des Bouchers et je souhaiterais échanger avec vous par téléphone.

Seriez-vous disponible le vendredi 20 mars à 11h00 ? L'échange durera environ 30 minutes et
portera sur votre expérience en courants forts et en supervision.

Dans l'attente de votre retour,

Mathieu Schaeffer
Responsable exploitation
Datacentre Rhin – 9 rue de l'Industrie, 67400 Illkirch-Graffenstaden
06 55 51 72 40""",
    ),
    spec(
        id="alsace_interim_schilt", kind="interview_invitation", lang="fr",
        company="Schilt Génie Climatique", contact=SOPHIE[1], frm=SOPHIE,
        subject="Rendez-vous chez notre client Schilt Génie Climatique", date="2026-09-03 14:20 +0200",
        charset="windows-1252", cte="quoted-printable",
        body="""Bonjour Tobias,

Bonne nouvelle : notre client Schilt Génie Climatique souhaite vous rencontrer pour la
mission de technicien régulation (6 mois, possibilité d'embauche).

Rendez-vous le mardi 8 septembre à 8h30, 27 route de Bischwiller, 67300 Schiltigheim.
Demandez M. Roth à l'accueil. Pensez à prendre vos diplômes et votre habilitation.

Merci de me confirmer votre présence.

Sophie Kieffer
Chargée de recrutement – Alsace Intérim Technique
03 88 55 60 12""",
    ),
    spec(
        id="seu_journee_test", kind="interview_invitation", lang="fr",
        company="Strasbourg Énergies Urbaines", contact="",
        frm=("Strasbourg Énergies Urbaines", "seu@recruitee.com"),
        subject="Convocation à la journée de sélection du 2 juin", date="2026-05-18 06:45 +0000",
        layout="alt", brand="Strasbourg Énergies Urbaines",
        body="""Bonjour Tobias,

Suite à l'examen de votre candidature au poste de Technicien automatismes réseau de chaleur,
nous avons le plaisir de vous convier à notre journée de sélection :

Mardi 2 juin 2026, de 8h30 à 16h00
Centre technique, 5 rue du Port-du-Rhin, 67000 Strasbourg

Au programme : test écrit d'électrotechnique, mise en situation sur automate, entretien
individuel avec le jury. Merci de vous munir d'une pièce d'identité.

Cordialement,
Service Recrutement – Strasbourg Énergies Urbaines""",
    ),
    # ---------------------------------------------------------------- invitations, Spanish
    spec(
        id="abra_entrevista", kind="interview_invitation", lang="es",
        company="Climatización Abra", contact=JON[1], frm=JON,
        subject="Entrevista técnico de control y regulación", date="2026-06-08 10:15 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Hola Tobias:

Gracias por enviarnos tu currículum. Nos gustaría hacerte una entrevista por Teams para el
puesto de técnico de control y regulación.

¿Te vendría bien el jueves 11 de junio a las 9:30? Estaremos Koldo Uriarte, jefe de obra, y
yo. Calcula unos 45 minutos.

Un saludo,
Jon Arrieta
Responsable de RR. HH. | Climatización Abra""",
    ),
    spec(
        id="bem_prueba_practica", kind="interview_invitation", lang="es",
        company="Bilbao Energía Municipal", contact=BEM[1], frm=BEM,
        subject="Citación a prueba práctica - Técnico/a de automatización",
        date="2026-07-21 12:00 +0200", layout="alt",
        ics=event(uid="prueba-347@bilbao-energia.example.es", seq=0, tz="Europe/Madrid",
                 start="20260730T090000", end="20260730T130000",
                 summary="Prueba práctica Técnico/a de automatización",
                 location="Bilbao Energía Municipal, Calle Uribitarte 8, Bilbao"),
        body="""Estimado Sr. Oberhuber-Mensah:

Nos complace comunicarle que ha superado la fase de valoración curricular del proceso para la
plaza de Técnico/a de automatización de edificios municipales.

Por la presente le citamos a la prueba práctica:

Fecha: jueves, 30 de julio de 2026
Hora: 09:00 (duración aproximada: 4 horas)
Lugar: Calle Uribitarte 8, Bilbao – sala de formación, planta baja

Deberá presentar su DNI o pasaporte. Adjuntamos convocatoria en el calendario.

Atentamente,
Nerea Olabarria
Departamento de Recursos Humanos
Bilbao Energía Municipal""",
    ),
    spec(
        id="talentia_deusto_entrevista", kind="interview_invitation", lang="es",
        company="Servicios Integrales Deusto", contact=ANE[1], frm=ANE,
        subject="Entrevista con Servicios Integrales Deusto", date="2026-09-14 09:35 +0200",
        cte="8bit",
        body="""Hola Tobias:

¡Buenas noticias! Nuestro cliente Servicios Integrales Deusto quiere conocerte para el puesto
de técnico de mantenimiento de instalaciones en sus edificios de oficinas.

La entrevista sería el viernes 18 de septiembre a las 12:00 en sus oficinas de la calle
Lehendakari Leizaola 29. Pregunta por Mikel Sarasola.

Confírmame cuando puedas, porfa.

Un abrazo,
Ane Etxeberria
Talentia Temporal ETT""",
    ),
    # ---------------------------------------------------------------- moved or cancelled
    spec(
        id="rauch_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="Kältetechnik Rauch", contact=RAUCH[1],
        frm=("Verena Rauch from Kältetechnik Rauch", "no-reply@personio.de"), reply_to=RAUCH,
        subject="Terminänderung: Vorstellungsgespräch Kältetechnik Rauch",
        date="2026-05-08 13:41 +0000", layout="alt",
        ics=event(uid="personio-rauch-55812@personio.de", seq=1,
                 start="20260514T100000", end="20260514T104500",
                 summary="Vorstellungsgespräch Kältetechnik Rauch (verschoben)",
                 location="Microsoft Teams",
                 organizer="verena.rauch@kaeltetechnik-rauch.example.at"),
        body="""Hallo Tobias Oberhuber-Mensah,

leider müssen wir Ihr Vorstellungsgespräch verschieben, da Herr Aigner am Dienstag bei einem
Notdienst-Einsatz ist.

Neuer Termin: Donnerstag, 14. Mai 2026, 10:00 – 10:45 Uhr (Microsoft Teams)

Die Kalendereinladung wurde aktualisiert. Sollte der neue Termin nicht passen, antworten Sie
bitte auf diese E-Mail.

Viele Grüße
Verena Rauch""",
    ),
    spec(
        id="prohaska_abgesagt", kind="interview_reschedule_or_cancel", lang="de",
        company="Liftservice Prohaska", contact=PROHASKA[1], frm=PROHASKA,
        subject="Telefonat morgen – muss leider absagen", date="2026-06-16 20:15 +0200",
        charset="iso-8859-1", cte="8bit",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

ich muss unser Telefonat morgen um 14 Uhr leider absagen, wir haben einen Aufzugsstillstand
in einem Pflegeheim und ich bin den ganzen Tag vor Ort.

Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag bei Ihnen.

Mit besten Grüßen
Herbert Prohaska""",
    ),
    spec(
        id="rosner_hearing_neu", kind="interview_reschedule_or_cancel", lang="de",
        company="Rosner Facility Group", contact=ROSNER[1], frm=ROSNER,
        subject="AW: Einladung zum Hearing – Technischer Objektleiter Wien – Terminverschiebung",
        date="2026-08-28 11:30 +0200", parent="rosner_wien_hearing", quote="outlook_de",
        ics=event(uid="hearing-tol-wien-347@rosner-facility.example.at", seq=2,
                 start="20260910T090000", end="20260910T103000",
                 summary="Hearing Technischer Objektleiter - Oberhuber-Mensah (NEU)",
                 location="Rosner Facility Group, Modecenterstraße 22, 1030 Wien"),
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

aufgrund einer Terminkollision in der Regionalleitung müssen wir Ihr Hearing leider
verlegen. Neuer Termin:

Donnerstag, 10. September 2026, 9:00 – 10:30 Uhr, gleicher Ort.

Ich bitte um Ihr Verständnis und um eine kurze Bestätigung.

Mit freundlichen Grüßen
{ROSNER_SIG}""",
    ),
    spec(
        id="blitz_probetag_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="Elektro Trummer", contact=PATRICK[1], frm=PATRICK,
        subject="AW: Probetag bei Elektro Trummer am Freitag", date="2026-02-18 16:02 +0100",
        parent="blitz_trummer_probetag", quote="de", cte="8bit",
        body="""Servus nochmal,

kleine Änderung: Herr Trummer hat sich gemeldet, Freitag ist die halbe Mannschaft auf
einer Baustelle in Leoben. Der Probetag verschiebt sich daher auf Montag, 23. Februar,
gleiche Uhrzeit, gleicher Ort.

Passt das für Sie?

LG Patrick""",
    ),
    spec(
        id="datapark_assessment_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="DataPark Linz", contact="",
        frm=("DataPark Linz Recruiting", "noreply@softgarden.io"),
        subject="Wichtig: Neuer Termin für Ihr Online-Assessment", date="2026-04-24 14:10 +0000",
        layout="html", brand="DataPark Linz", color="#3a2d7d",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wegen technischer Wartungsarbeiten an unserer Assessment-Plattform können wir das
Online-Assessment am 27. April leider nicht durchführen.

Ihr neuer Termin: Mittwoch, 29. April 2026, 9:00 Uhr. Der Ablauf bleibt unverändert; den
Zugangslink erhalten Sie am Vortag.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Recruiting-Team von DataPark Linz""",
    ),
    spec(
        id="corvid_moved", kind="interview_reschedule_or_cancel", lang="en",
        company="Corvid Lift Systems", contact=LENA[1], frm=LENA,
        subject="Updated invitation: Interview Corvid Lift Systems - new time",
        date="2026-08-25 08:03 +0200", parent="corvid_first_interview", quote="outlook_en",
        ics=event(uid="corvid-347-r1@corvid-lifts.example.ch", seq=1, tz="Europe/Zurich",
                 start="20260828T140000", end="20260828T150000",
                 summary="Interview Corvid Lift Systems - Field Commissioning Engineer",
                 location="Zoom"),
        body="""Dear Tobias,

Martin has been called to a handover on site on Thursday morning, so we need to move your
interview to Friday, 28 August, 14:00-15:00 CEST. Same Zoom link.

I've updated the calendar invitation. Apologies for the change - please let me know if the
new time doesn't work for you.

Kind regards,
Lena""",
    ),
    spec(
        id="lhp_pushed", kind="interview_reschedule_or_cancel", lang="en",
        company="Ljubljana Heat & Power", contact=LHP[1],
        frm=("Tina Hribar via Workable", "noreply@workablemail.com"), reply_to=LHP,
        subject="Change of time: video interview on 15 July", date="2026-07-13 12:10 +0000",
        body="""Hello Tobias,

Gregor has a shift handover at the control room on Wednesday morning, so we'd like to move
our video interview from 11:00 to 13:30 CEST on the same day, 15 July. I hope that still
works for you.

Apologies for the inconvenience.

Kind regards,
Tina Hribar
HR, Ljubljana Heat & Power""",
    ),
    spec(
        id="dcrhin_report", kind="interview_reschedule_or_cancel", lang="fr",
        company="Datacentre Rhin", contact=DCRHIN[1], frm=DCRHIN,
        subject="RE: Entretien téléphonique - Technicien d'exploitation datacenter",
        date="2026-03-19 18:20 +0100", parent="dcrhin_entretien_tel", quote="fr", cte="8bit",
        body="""Bonjour Monsieur Oberhuber-Mensah,

Un audit client a été avancé à demain matin et je ne pourrai pas vous appeler à 11h comme
prévu. Je vous propose de décaler notre échange au lundi 23 mars à 11h, même format.

Merci de votre compréhension.

Mathieu Schaeffer""",
    ),
    spec(
        id="seu_annulation_greve", kind="interview_reschedule_or_cancel", lang="fr",
        company="Strasbourg Énergies Urbaines", contact="",
        frm=("Strasbourg Énergies Urbaines", "seu@recruitee.com"),
        subject="Annulation de la journée de sélection du 2 juin", date="2026-05-29 15:30 +0000",
        layout="alt", charset="iso-8859-1", cte="quoted-printable",
        body=f"""Bonjour Tobias,

En raison d'un mouvement social touchant les transports et nos services techniques, la
journée de sélection prévue le mardi 2 juin est annulée.

Votre candidature reste bien entendu active. Une nouvelle date vous sera communiquée dans
les prochains jours.

Nous vous prions de nous excuser pour ce contretemps.

Service Recrutement

{DISCLAIMER_FR}""",
    ),
    spec(
        id="bem_aplazada", kind="interview_reschedule_or_cancel", lang="es",
        company="Bilbao Energía Municipal", contact=BEM[1], frm=BEM,
        subject="Aplazamiento de la prueba práctica - Técnico/a de automatización",
        date="2026-07-27 09:45 +0200", layout="alt",
        ics=event(uid="prueba-347@bilbao-energia.example.es", seq=1, tz="Europe/Madrid",
                 start="20260806T090000", end="20260806T130000",
                 summary="Prueba práctica Técnico/a de automatización (nueva fecha)",
                 location="Bilbao Energía Municipal, Calle Uribitarte 8, Bilbao"),
        body="""Estimado Sr. Oberhuber-Mensah:

Le informamos de que, por coincidir con una inspección de las instalaciones, la prueba
práctica prevista para el 30 de julio queda aplazada al jueves 6 de agosto de 2026, a las
09:00, en el mismo lugar.

Se mantienen el resto de condiciones de la convocatoria.

Atentamente,
Nerea Olabarria
Departamento de Recursos Humanos""",
    ),
    spec(
        id="abra_cambio_hora", kind="interview_reschedule_or_cancel", lang="es",
        company="Climatización Abra", contact=JON[1], frm=JON,
        subject="RE: Entrevista técnico de control y regulación", date="2026-06-10 17:22 +0200",
        parent="abra_entrevista", quote="es", charset="iso-8859-1", cte="quoted-printable",
        body="""Hola Tobias:

Perdona el cambio, pero a Koldo le ha surgido una visita de obra el jueves por la mañana.
¿Podemos pasar la entrevista al viernes 12 a las 13:00? El enlace de Teams sería el mismo.

Un saludo,
Jon""",
    ),
    # ---------------------------------------------------------------- missed interviews
    spec(
        id="rauch_gewartet", kind="missed_interview_notice", lang="de",
        company="Kältetechnik Rauch", contact=RAUCH[1], frm=RAUCH,
        subject="Unser Gespräch heute um 10 Uhr", date="2026-05-14 10:31 +0200",
        body="""Hallo Herr Oberhuber-Mensah,

Herr Aigner und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie waren
aber leider nicht dabei. Vielleicht ist bei der Terminverschiebung etwas durcheinander
geraten?

Geben Sie mir bitte kurz Bescheid, ob Sie weiterhin Interesse haben.

Viele Grüße
Verena Rauch
Kältetechnik Rauch GmbH""",
    ),
    spec(
        id="prohaska_nicht_erreicht", kind="missed_interview_notice", lang="de",
        company="Liftservice Prohaska", contact=PROHASKA[1], frm=PROHASKA,
        subject="Telefonat heute 14 Uhr", date="2026-06-24 14:22 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

ich habe heute wie vereinbart um 14:00 Uhr angerufen und es um 14:15 Uhr noch einmal
versucht, Sie aber nicht erreicht.

Wenn Sie noch Interesse haben, rufen Sie mich bitte unter 01 555 74 12 zurück.

Mit besten Grüßen
Herbert Prohaska""",
    ),
    spec(
        id="bavaria_gd_nicht_erschienen", kind="missed_interview_notice", lang="de",
        company="Bavaria Gebäudedienste", contact="",
        frm=("Bavaria Gebäudedienste", "no-reply@teamtailor-mail.com"),
        subject="Wir haben dich heute leider verpasst", date="2026-07-09 09:02 +0000",
        layout="html",
        body="""Hallo Tobias,

zu deinem gebuchten Kennenlerngespräch heute um 10:30 Uhr warst du leider nicht im Videocall.

Falls etwas dazwischengekommen ist: Über den folgenden Link kannst du einmalig einen neuen
Termin buchen.
https://bavaria-gd.teamtailor.example.com/meetings/book/4b7c1

Viele Grüße
Dein Recruiting-Team von Bavaria Gebäudedienste""",
    ),
    spec(
        id="priya_glacier_waited", kind="missed_interview_notice", lang="en",
        company="Glacier Compute", contact=PRIYA[1], frm=PRIYA,
        subject="RE: Glacier Compute would like to speak with you", date="2026-09-28 16:24 +0200",
        parent="priya_glacier_invite", quote="en",
        body="""Hi Tobias,

Daniel from Glacier Compute has just been in touch - he waited in the Teams call from 16:00
for about 15 minutes but you didn't join. Is everything OK?

Let me know as soon as you can and I'll see whether he can offer another slot this week.

Best,
Priya""",
    ),
    spec(
        id="lhp_missed", kind="missed_interview_notice", lang="en",
        company="Ljubljana Heat & Power", contact=LHP[1],
        frm=("Tina Hribar via Workable", "noreply@workablemail.com"), reply_to=LHP,
        subject="We missed you at today's interview", date="2026-07-15 12:05 +0000",
        layout="alt",
        body="""Hello Tobias,

Gregor and I joined the video interview at 13:30 today but unfortunately you weren't able to
join us. We also tried calling the number on your CV.

If you are still interested in the role, please reply to this email within the next two
days and we'll try to find another time.

Kind regards,
Tina Hribar""",
    ),
    spec(
        id="dcrhin_pas_joint", kind="missed_interview_notice", lang="fr",
        company="Datacentre Rhin", contact=DCRHIN[1], frm=DCRHIN,
        subject="Notre échange de ce matin", date="2026-03-23 11:40 +0100", cte="8bit",
        body="""Bonjour Monsieur Oberhuber-Mensah,

Je vous ai appelé ce matin à 11h comme convenu, puis une seconde fois à 11h15, sans
parvenir à vous joindre. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressé par le poste, rappelez-moi au 06 55 51 72 40.

Cordialement,
Mathieu Schaeffer""",
    ),
    spec(
        id="bem_no_presentado", kind="missed_interview_notice", lang="es",
        company="Bilbao Energía Municipal", contact=BEM[1], frm=BEM,
        subject="Incomparecencia a la prueba práctica del 6 de agosto",
        date="2026-08-06 10:15 +0200", subj_enc=("utf-8", "b"),
        body="""Estimado Sr. Oberhuber-Mensah:

Le comunicamos que no se ha presentado a la prueba práctica convocada hoy, 6 de agosto, a las
09:00 en la Calle Uribitarte 8. Le hemos esperado hasta las 09:30.

Si su ausencia se debe a causa justificada, puede comunicarlo a este departamento en un
plazo de 48 horas.

Atentamente,
Nerea Olabarria
Departamento de Recursos Humanos
Bilbao Energía Municipal""",
    ),
]
