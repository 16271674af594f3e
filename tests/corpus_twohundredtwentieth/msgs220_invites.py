"""Corpus 220: interview invitations (26), reschedules/cancellations (15), missed notices (10)."""

from __future__ import annotations

from msgs220_common import (
    ats_card,
    ics,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)
from msgs220_other import MARLOWE_RESCHEDULE, MIRABELL_RESCHEDULE_REQUEST, RHONE_EXCUSES

# ---------------------------------------------------------------- texts quoted by later mail

ALPENBOGEN = ("Mag. Sabine Thurner", "sabine.thurner@alpenbogen.example.at")
ALPENBOGEN_INVITE = """Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Bewerbung als Eventkoordinatorin (Ref. R-2026-0117). Ihr Werdegang
hat uns neugierig gemacht, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Bewerbungsgespräch ein:

Donnerstag, 5. März 2026, 10:00 bis ca. 11:00 Uhr
Congress Alpenbogen, Rennweg 3, 6020 Innsbruck – Besprechungsraum „Nordkette“ (1. OG)

Am Gespräch nehmen Mag. (FH) Dominik Reiter (Leitung Kongressorganisation) und ich teil.
Eine Kalendereinladung liegt bei; bitte nehmen Sie sie an oder schlagen Sie einen anderen
Termin vor.

Mit freundlichen Grüßen

Mag. Sabine Thurner
Human Resources
Congress Alpenbogen Betriebsgesellschaft m.b.H.
Rennweg 3, 6020 Innsbruck
T +43 512 57 36 - 214"""

DONAU = ("Lukas Hrdlicka", "lukas.hrdlicka@donaupalais.example.at")
DONAU_MISSED = """Sehr geehrte Frau Oyelaran-Voss,

wir waren heute um 11:00 Uhr zum Gespräch auf Microsoft Teams verabredet. Frau Direktorin
Pölzl und ich haben bis 11:20 Uhr im Meeting gewartet, Sie sind aber leider nicht
beigetreten, und telefonisch konnten wir Sie ebenfalls nicht erreichen.

Ist etwas passiert? Bitte melden Sie sich kurz bei mir.

Freundliche Grüße
Lukas Hrdlicka"""

LIMMAT = ("Reto Brunner-Keller", "r.brunner@limmattalent.example.ch")
LIMMAT_MOVE = """Grüezi Frau Oyelaran-Voss

Kleine Planänderung: Die Geschäftsleitung der Seebühne Events muss am Donnerstag zu einem
Kundentermin nach Basel. Das Gespräch findet deshalb neu am Freitag, 19. Juni 2026, um
14:00 Uhr statt, gleicher Ort (Seestrasse 120, Küsnacht). Die aktualisierte Einladung ist
angehängt.

Passt Ihnen das? Ihr Zug ab Innsbruck um 8:40 würde weiterhin reichen.

Freundliche Grüsse
Reto Brunner-Keller"""

BRIGHTWATER = ("Priya Ramcharan", "priya.ramcharan@brightwater.example.co.uk")
BRIGHTWATER_MISSED = """Hi Henrietta,

We had you booked in for your panel interview with Brightwater at 14:00 today. Leo, Hannah
and I stayed on the Zoom call until 14:20 but didn't see you join, and the number on your
CV went to voicemail.

I hope everything is OK. If something went wrong on the day, let me know - I can't promise
another slot, but I'd like to understand what happened.

Priya"""

LUMIERE = ("Claire Vasseur-Morin", "claire.vasseur@lumiere-congres.example.fr")
LUMIERE_CANCEL = """Bonjour Madame Oyelaran-Voss,

Je suis au regret de devoir annuler notre entretien prévu ce mercredi 4 février à 10h.
Notre directrice générale a convoqué en urgence un comité de direction sur le budget 2026
et je ne peux pas vous garantir qu'un créneau sera reprogrammé dans l'immédiat.

Je reviens vers vous dès que j'y vois plus clair. L'invitation est retirée de votre agenda.

Bien cordialement,
Claire Vasseur-Morin"""

TURIA = ("Marta Ibáñez Soler", "marta.ibanez@feriaturia.example.es")

RUZAFA = ("Álvaro Gil Montesinos", "alvaro.gil@congresosruzafa.example.es")

RHONE = ("Julien Marchetti", "julien.marchetti@rhone-evenements.example.fr")
RHONE_MISSED = """Bonjour Madame Oyelaran-Voss,

Comme convenu, je vous ai appelée ce matin à 10h au +43 664 218 55 07, puis une seconde
fois à 10h15 : pas de réponse, et je n'ai pas pu laisser de message.

Pouvez-vous me dire si vous êtes toujours intéressée par le poste ? Si oui, proposez-moi
un autre moment dans la semaine.

Julien Marchetti
Agence Rhône Événements"""

SALZACH = ("Elisabeth Gruber-Moosleitner", "e.gruber@salzachblick.example.at")
SALZACH_MISSED = """Sehr geehrte Frau Oyelaran-Voss,

heute um 10:00 Uhr wären Sie bei uns zum Vorstellungsgespräch eingeplant gewesen. Leider
sind Sie nicht erschienen und haben uns auch nicht abgesagt. Herr Direktor Lanzinger und
ich haben bis 10:30 Uhr an der Rezeption gewartet.

Sollte es dafür einen Grund geben, lassen Sie es mich bitte wissen.

Mit freundlichen Grüßen
Elisabeth Gruber-Moosleitner
Personalbüro – Hotel Salzachblick****
Giselakai 21 · 5020 Salzburg · Tel. +43 662 87 11 40"""

TALFER = ("Matthias Pichler", "m.pichler@talfer.example.it")
TALFER_INVITE = """Hallo Henrietta,

danke für deine Bewerbung – dein Portfolio mit den Bühnenbildern hat uns allen gefallen!

Hättest du Freitag um 14 Uhr Zeit für ein Telefonat, so 20 Minuten? Dann erzähl ich dir,
wie's bei uns im Eventhaus läuft, und du mir, warum du vom Blumenbinden zum Organisieren
willst. Ich ruf dich auf deiner Handynummer an.

Bis dann!
Matthias

Matthias Pichler
Eventhaus Talfer · Leitung Veranstaltungen
Talferpromenade 8 · 39100 Bozen
+39 0471 98 42 17"""

TESS = ("Maya Lindqvist", "maya@tessellate.example.co.uk")
TESS_MISSED = """Hey Henrietta,

Tried calling you twice at 11 today (+43 number from your CV) - no luck. Maybe the
international call didn't go through?

No stress, just reply with a time that works and I'll try again, or send me a number that
does WhatsApp.

Maya"""

PARKSIDE = ("Dan Whitcombe", "dan.whitcombe@parksidetalent.example.co.uk")

LEVANTE = ("Nuria Ferrer Climent", "nuria.ferrer@levantetalento.example.es")
LEVANTE_MISSED = """Hola Henrietta:

Hoy a las 12:30 tenías la videollamada con el equipo del Festival Malvarrosa Sonora. Me
acaban de escribir para decirme que estuvieron esperando en la sala casi veinte minutos y
que no te conectaste. También te he llamado yo a las 12:45, sin respuesta.

¿Ha pasado algo? Escríbeme en cuanto puedas y vemos cómo lo explico al cliente.

Un abrazo,
Nuria Ferrer Climent
Consultora de selección · Levante Talento
Gran Vía Marqués del Turia 19, 46005 Valencia · 963 00 41 72"""

MESSAGES: list[dict] = [
    # ================================================================ interview_invitation
    # ---- German (13)
    dict(
        kind="interview_invitation", name="alpenbogen_panel_ics", lang="de",
        company="Congress Alpenbogen", contact="sabine.thurner@alpenbogen.example.at",
        frm=ALPENBOGEN,
        subject="Einladung zum Bewerbungsgespräch – Eventkoordination (R-2026-0117)",
        date="2026-02-23 10:05 +0100", thread="alpenbogen",
        text=ALPENBOGEN_INVITE, html=outlook_html(mso(ALPENBOGEN_INVITE)),
        attach=[ics("REQUEST", "r2026-0117-int1@alpenbogen.example.at", "20260305T100000",
                    "20260305T110000", "Bewerbungsgespräch Eventkoordination – Oyelaran-Voss",
                    ALPENBOGEN, "Congress Alpenbogen, Rennweg 3, Raum Nordkette",
                    "Gespräch mit Mag. Sabine Thurner und Mag. (FH) Dominik Reiter")],
        cte="qp",
    ),
    dict(
        kind="interview_invitation", name="bergkristall_personio_link", lang="de",
        company="Hotel Bergkristall Igls", contact="stefanie.haas@bergkristall-igls.example.at",
        frm=("Hotel Bergkristall Igls – Recruiting", "no-reply@personio.de"),
        reply_to=("Stefanie Haas", "stefanie.haas@bergkristall-igls.example.at"),
        subject="Bitte wählen Sie einen Termin: Kennenlernen Veranstaltungskoordination",
        date="2026-10-02 14:18 +0200", thread="bergkristall",
        html=ats_card("Hotel Bergkristall Igls", "#7a5c2e", paras("""Liebe Frau Oyelaran-Voss,

danke für Ihre Bewerbung als Veranstaltungskoordination (Hochzeiten & Seminare). Wir
würden Sie gerne zu einem ersten Kennenlernen einladen – vor Ort bei uns in Igls,
Dauer ca. 45 Minuten.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:""")
            + '\n<p><a href="https://bergkristall-igls.jobs.personio.de/scheduling/'
            'b7e1c2" style="background:#7a5c2e;color:#fff;padding:10px 18px;'
            'text-decoration:none;border-radius:4px">Termin auswählen</a></p>\n'
            + paras("""Bei Fragen antworten Sie einfach auf diese E-Mail.

Herzliche Grüße aus Igls
Stefanie Haas
Personal & Ausbildung"""),
            "Hotel Bergkristall Igls · Bilgeristraße 4 · 6080 Innsbruck-Igls · "
            "Datenschutz: https://bergkristall-igls.example.at/datenschutz"),
    ),
    dict(
        kind="interview_invitation", name="tirolpersonal_telefonat", lang="de",
        company="Tirol Personal Partner", contact="b.kofler@tirolpersonal.example.at",
        frm=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Kurzes Telefonat am Freitag?",
        date="2026-01-14 10:20 +0100", thread="tirolpersonal",
        text="""Hallo Frau Oyelaran-Voss,

danke nochmals für Ihre Registrierung bei uns. Ich habe mir Ihr Profil angesehen und
hätte zwei, drei Auftraggeber im Kopf, bei denen Ihr Hintergrund gut ankommen könnte.

Bevor ich Sie vorschlage, würde ich Sie gern am Telefon kennenlernen – ca. 20 Minuten.
Passt es Ihnen am Freitag, 16. Jänner, um 10:00 Uhr? Ich rufe Sie unter der Nummer aus
Ihrem Lebenslauf an.

Beste Grüße
Bernhard Kofler
Senior Consultant Hotellerie & Events
Tirol Personal Partner GmbH
Museumstraße 21, 6020 Innsbruck
+43 512 93 20 14""",
    ),
    dict(
        kind="interview_invitation", name="mirabell_gespraech", lang="de",
        company="Festspielservice Mirabell",
        contact="k.aigner-lechner@mirabell-festival.example.at",
        frm=("Katharina Aigner-Lechner", "k.aigner-lechner@mirabell-festival.example.at"),
        subject="Einladung zum Gespräch – Gästebetreuung Festspielsommer 2026",
        subj_enc=("utf-8", "B"), subj_mode="full",
        date="2026-04-14 16:20 +0200", thread="mirabell",
        text="""Liebe Frau Oyelaran-Voss,

wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch am
Dienstag, 21. April 2026, um 9:30 Uhr in unser Büro in der Hofstallgasse ein.

Neben mir ist Herr Georg Frauenschuh dabei, der die Gästebetreuung bei den Premieren
leitet. Rechnen Sie mit etwa einer Stunde. Bitte geben Sie mir kurz Bescheid, ob der
Termin für Sie passt.

Herzliche Grüße
Katharina Aigner-Lechner
Personal & Organisation
Festspielservice Mirabell GmbH
Hofstallgasse 1, 5020 Salzburg
Tel. +43 662 80 45 - 310""",
        cte="qp",
    ),
    dict(
        kind="interview_invitation", name="sommerbuehne_probetag", lang="de",
        company="Innsbrucker Sommerbühne", contact="anna.kerschbaumer@sommerbuehne.example.at",
        frm=("Anna Kerschbaumer", "anna.kerschbaumer@sommerbuehne.example.at"),
        subject="Re: Bewerbung als Produktionsassistenz / Eventkoordination Sommer 2026",
        date="2026-03-24 17:51 +0100", thread="sommerbuehne",
        text="""Liebe Frau Oyelaran-Voss,

herzlichen Dank für Ihre Bewerbung! Statt eines klassischen Gesprächs laden wir Sie gern
zu einem Probetag ein: Samstag, 4. April, 9:00 bis ca. 16:00 Uhr, Treffpunkt
Bühneneingang Hofgarten. An dem Tag bauen wir die Frühlingsmatinee auf, Sie laufen mit
unserer Produktionsleitung mit. Festes Schuhwerk und eine Jause mitbringen, Mittagessen
gibt's vom Catering.

Der Probetag wird mit 120 € pauschal abgegolten. Bitte bestätigen Sie kurz, ob Sie
kommen können.

Liebe Grüße
Anna Kerschbaumer
Produktionsleitung Innsbrucker Sommerbühne

""" + quote("""Sehr geehrte Frau Kerschbaumer,

mit großem Interesse habe ich Ihre Ausschreibung für die Produktionsassistenz der
Innsbrucker Sommerbühne gelesen und bewerbe mich hiermit um die Position.""",
                   "Am Mo., 16. März 2026 um 10:12 schrieb Henrietta Oyelaran-Voss "
                   "<henrietta.ov@example.at>:"),
        cte="8bit",
    ),
    dict(
        kind="interview_invitation", name="moenchsberg_assessment_center", lang="de",
        company="Kongresszentrum Mönchsberg",
        contact="florian.schweighofer@moenchsberg-kongress.example.at",
        frm=("Dr. Florian Schweighofer", "florian.schweighofer@moenchsberg-kongress.example.at"),
        subject="Einladung zum Assessment Center am 17. September 2026",
        date="2026-09-01 13:02 +0200", thread="moenchsberg",
        text="""Sehr geehrte Frau Oyelaran-Voss,

Sie haben es in die engere Auswahl für die Position Projektkoordinatorin Kongresse
geschafft – herzlichen Glückwunsch!

Wir laden Sie zu unserem Assessment Center ein:

Datum: Donnerstag, 17. September 2026
Zeit: 8:30 bis ca. 15:00 Uhr (inkl. Mittagessen)
Ort: Kongresszentrum Mönchsberg, Seminarebene 2, Auerspergstraße 6, 5020 Salzburg

Ablauf: Gruppenübung, Präsentation (10 Minuten, Thema vorab: „Ein Fachkongress mit 800
Teilnehmenden – die ersten 48 Stunden“), Rollenspiel mit einem schwierigen Kunden und ein
abschließendes Einzelgespräch.

Reisekosten ab Innsbruck (Bahn, 2. Klasse) erstatten wir gegen Beleg. Bitte bestätigen
Sie Ihre Teilnahme bis 7. September.

Mit freundlichen Grüßen

Dr. Florian Schweighofer
Leitung Personal
Kongresszentrum Mönchsberg Betriebs GmbH
Auerspergstraße 6, 5020 Salzburg
+43 662 88 90 - 120""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

Sie haben es in die engere Auswahl für die Position Projektkoordinatorin Kongresse
geschafft – herzlichen Glückwunsch!

Wir laden Sie zu unserem Assessment Center ein:

Datum: Donnerstag, 17. September 2026
Zeit: 8:30 bis ca. 15:00 Uhr (inkl. Mittagessen)
Ort: Kongresszentrum Mönchsberg, Seminarebene 2, Auerspergstraße 6, 5020 Salzburg

Ablauf: Gruppenübung, Präsentation (10 Minuten, Thema vorab: „Ein Fachkongress mit 800
Teilnehmenden – die ersten 48 Stunden“), Rollenspiel mit einem schwierigen Kunden und ein
abschließendes Einzelgespräch.

Reisekosten ab Innsbruck (Bahn, 2. Klasse) erstatten wir gegen Beleg. Bitte bestätigen
Sie Ihre Teilnahme bis 7. September.

Mit freundlichen Grüßen

Dr. Florian Schweighofer
Leitung Personal
Kongresszentrum Mönchsberg Betriebs GmbH
Auerspergstraße 6, 5020 Salzburg
+43 662 88 90 - 120""")),
        cte="qp",
    ),
    dict(
        kind="interview_invitation", name="talfer_telefonat_du", lang="de",
        company="Eventhaus Talfer", contact="m.pichler@talfer.example.it",
        frm=TALFER,
        subject="Freitag kurz telefonieren?",
        date="2026-05-20 18:34 +0200", thread="talfer",
        text=TALFER_INVITE,
    ),
    dict(
        kind="interview_invitation", name="donaupalais_teams", lang="de",
        company="Hotel Donaupalais", contact="lukas.hrdlicka@donaupalais.example.at",
        frm=DONAU,
        subject="Einladung: Online-Gespräch Event Sales & Coordination",
        date="2026-05-19 09:47 +0200", thread="donaupalais",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

wie angekündigt melde ich mich mit einem Terminvorschlag für unser Online-Gespräch:

Mittwoch, 27. Mai 2026, 11:00–11:45 Uhr, via Microsoft Teams

Teilnehmen: https://teams.example.com/l/meetup-join/19%3ameeting_donaupalais_4471

Mit dabei ist unsere Hoteldirektorin Frau Mag.a Ursula Pölzl. Falls der Termin nicht
passt, schlagen Sie gerne eine Alternative vor.

Freundliche Grüße
Lukas Hrdlicka
HR Business Partner

Hotel Donaupalais Wien
Praterstraße 44, 1020 Wien
T +43 1 21 44 700-35""")),
    ),
    dict(
        kind="interview_invitation", name="limmat_kunde_seebuehne", lang="de",
        company="Seebühne Events", contact="r.brunner@limmattalent.example.ch",
        frm=LIMMAT,
        subject="Gespräch mit Seebühne Events – Donnerstag, 18. Juni",
        date="2026-06-12 11:26 +0200", thread="limmat",
        text="""Grüezi Frau Oyelaran-Voss

Gute Neuigkeiten: Ich habe Ihr Profil – wie besprochen – unserem Kunden vorgestellt, und
die Seebühne Events möchte Sie gerne kennenlernen.

Vorschlag: Donnerstag, 18. Juni 2026, 10:00 Uhr, bei der Seebühne in Küsnacht
(Seestrasse 120). Sie sprechen mit der Geschäftsführerin, Frau Corinne Bachmann, und dem
Produktionsleiter. Ich bin nicht dabei, rufe Sie aber danach an.

Eine Kalendereinladung liegt bei. Reisekosten übernimmt der Kunde.

Freundliche Grüsse
Reto Brunner-Keller
Limmat Talent Partners AG · Stampfenbachstrasse 52 · 8006 Zürich · +41 44 512 77 30""",
        attach=[ics("REQUEST", "seebuehne-hov-20260618@limmattalent.example.ch",
                    "20260618T100000", "20260618T113000",
                    "Kennenlernen Seebühne Events – H. Oyelaran-Voss", LIMMAT,
                    "Seebühne Events, Seestrasse 120, Küsnacht", tz="Europe/Zurich",
                    inline=False, filename="seebuehne.ics")],
        cte="qp",
    ),
    dict(
        kind="interview_invitation", name="praterstern_teamtailor", lang="de",
        company="Praterstern Kommunikation",
        contact="jana.woellersdorfer@praterstern.example.at",
        frm=("Jana Wöllersdorfer (Praterstern Kommunikation)", "no-reply@teamtailor-mail.com"),
        frm_enc=("utf-8", "Q"),
        reply_to=("Jana Wöllersdorfer", "jana.woellersdorfer@praterstern.example.at"),
        rt_enc=("iso-8859-1", "Q"),
        subject="Nächster Schritt: Interview für Junior Projektmanagerin Events",
        date="2026-08-18 11:02 +0200", thread="praterstern",
        text="""Hallo Henrietta,

danke für deine Bewerbung bei Praterstern Kommunikation! Wir möchten dich gerne besser
kennenlernen und laden dich zu einem Interview (60 Minuten, in unserer Agentur im
2. Bezirk) ein.

Such dir hier einen Termin aus, der dir passt:
https://praterstern.teamtailor.example.com/meetings/7f19b3

Du sprichst mit mir und mit Kevin aus dem Produktionsteam.

Bis bald
Jana Wöllersdorfer
People & Culture, Praterstern Kommunikation""",
        html=ats_card("Praterstern Kommunikation", "#e4007c", paras("""Hallo Henrietta,

danke für deine Bewerbung bei Praterstern Kommunikation! Wir möchten dich gerne besser
kennenlernen und laden dich zu einem Interview (60 Minuten, in unserer Agentur im
2. Bezirk) ein.""") + '\n<p><a href="https://praterstern.teamtailor.example.com/meetings/'
            '7f19b3">Termin auswählen</a></p>\n' + paras("""Du sprichst mit mir und mit Kevin aus dem Produktionsteam.

Bis bald
Jana Wöllersdorfer
People & Culture, Praterstern Kommunikation"""),
            "Gesendet mit Teamtailor"),
    ),
    dict(
        kind="interview_invitation", name="sill_hearing", lang="de",
        company="Hochschule Sill", contact="petra.lindner@hochschule-sill.example.at",
        frm=("Mag. Petra Lindner", "petra.lindner@hochschule-sill.example.at"),
        subject="Einladung zum Hearing – Referent*in Veranstaltungsmanagement (14/2026)",
        date="2026-02-02 11:30 +0100", thread="sill",
        text="""Sehr geehrte Frau Oyelaran-Voss,

die Auswahlkommission freut sich, Sie zu einem Hearing für die Stelle „Referent*in für
Veranstaltungsmanagement“ (Kennzahl 14/2026) einzuladen.

Termin: Montag, 16. Februar 2026, 13:30 Uhr
Ort: Hochschule Sill, Hauptgebäude, Senatssaal (3. Stock), Sillgasse 8, 6020 Innsbruck

Wir bitten Sie, eine Kurzpräsentation (max. 10 Minuten) zum Thema „Konzept für eine
Sponsionsfeier mit 400 Gästen“ vorzubereiten. Im Anschluss folgt ein Gespräch mit der
Kommission (ca. 30 Minuten). Ein Beamer ist vorhanden.

Eine Kalenderdatei ist beigefügt. Um Bestätigung wird gebeten.

Mit freundlichen Grüßen
Mag. Petra Lindner
Personalabteilung – Allgemeines Personal
Hochschule Sill
Sillgasse 8, 6020 Innsbruck
Tel.: +43 512 50 77 - 1043

-----
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet.""",
        attach=[ics("REQUEST", "hearing-14-2026-ov@hochschule-sill.example.at",
                    "20260216T133000", "20260216T141500",
                    "Hearing Kennzahl 14/2026 – Oyelaran-Voss",
                    ("Mag. Petra Lindner", "petra.lindner@hochschule-sill.example.at"),
                    "Senatssaal, Sillgasse 8", inline=False, filename="hearing.ics")],
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="interview_invitation", name="laubengang_videointerview", lang="de",
        company="Laubengang Kongress", contact="",
        frm=("Laubengang Kongress", "noreply@softgarden.io"),
        subject="Einladung zum Video-Interview: Eventkoordinator*in",
        date="2026-10-01 08:45 +0200", thread="laubengang",
        text="""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihr Interesse am Laubengang Kongress in Bozen. Gerne möchten wir Sie
im nächsten Schritt in einem Video-Interview näher kennenlernen.

Termin: Dienstag, 6. Oktober 2026, 15:00 Uhr (MEZ)
Dauer: ca. 40 Minuten
Gesprächspartnerin: Frau Dr. Verena Oberrauch, Bereichsleitung Kongresse

Den Link zur Videokonferenz finden Sie hier:
https://laubengang.softgarden.example.com/video/9d2f-ov

Bitte testen Sie vorab Kamera und Mikrofon. Sollten Sie den Termin nicht wahrnehmen
können, nutzen Sie bitte den Link zur Terminabsage in Ihrem Bewerberkonto.

Mit freundlichen Grüßen
Ihr Recruiting-Team Laubengang Kongress

Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf
diese E-Mail.""",
        html=ats_card("Laubengang Kongress", "#1d4e89", paras("""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihr Interesse am Laubengang Kongress in Bozen. Gerne möchten wir Sie
im nächsten Schritt in einem Video-Interview näher kennenlernen.

Termin: Dienstag, 6. Oktober 2026, 15:00 Uhr (MEZ)
Dauer: ca. 40 Minuten
Gesprächspartnerin: Frau Dr. Verena Oberrauch, Bereichsleitung Kongresse""")
            + '\n<p><a href="https://laubengang.softgarden.example.com/video/9d2f-ov">'
            "Zur Videokonferenz</a></p>\n" + paras("""Bitte testen Sie vorab Kamera und Mikrofon. Sollten Sie den Termin nicht wahrnehmen
können, nutzen Sie bitte den Link zur Terminabsage in Ihrem Bewerberkonto.

Mit freundlichen Grüßen
Ihr Recruiting-Team Laubengang Kongress"""),
            "Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht "
            "direkt auf diese E-Mail."),
        cte="base64",
    ),
    dict(
        kind="interview_invitation", name="salzachblick_vorstellung", lang="de",
        company="Hotel Salzachblick", contact="e.gruber@salzachblick.example.at",
        frm=SALZACH,
        subject="Ihre Bewerbung – Einladung zum Vorstellungsgespräch",
        date="2026-06-22 15:06 +0200", thread="salzachblick",
        text="""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Bewerbung als Bankett- und Eventkoordinatorin. Wir möchten Sie gerne
zu einem persönlichen Vorstellungsgespräch „bei uns im Haus“ einladen:

Dienstag, 30. Juni 2026, 10:00 Uhr
Hotel Salzachblick, Giselakai 21, 5020 Salzburg – bitte an der Rezeption melden

Das Gespräch führen Herr Direktor Lanzinger und ich; es dauert ca. 45 Minuten. Die Stelle
ist mit € 2.650,– brutto/Monat (14x) laut Kollektivvertrag ausgeschrieben, eine
Überzahlung ist je nach Erfahrung möglich.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Elisabeth Gruber-Moosleitner
Personalbüro – Hotel Salzachblick****
Giselakai 21 · 5020 Salzburg · Tel. +43 662 87 11 40""",
        charset="windows-1252", cte="8bit",
    ),
    # ---- English (7)
    dict(
        kind="interview_invitation", name="lanternfly_greenhouse_schedule", lang="en",
        company="Lanternfly Live", contact="sam.okafor@lanternfly.example.co.uk",
        frm=("Sam Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Sam Okafor", "sam.okafor@lanternfly.example.co.uk"),
        subject="Lanternfly Live: schedule your interview for Event Coordinator",
        date="2026-04-15 15:20 +0100", thread="lanternfly",
        text="""Hi Henrietta,

Thanks for your interest in the Event Coordinator (Live Experiences) role at Lanternfly
Live. We'd like to invite you to a 45-minute video interview with me and our Head of
Production, Ruth Adeyemi.

Please pick a time that suits you using the link below:
https://app.greenhouse.example.io/scheduling/lanternfly/hov-4417

If none of the slots work, just reply to this email and I'll find something.

Best,
Sam Okafor
Talent Partner, Lanternfly Live""",
        html=ats_card("Lanternfly Live", "#1f2a44", paras("""Hi Henrietta,

Thanks for your interest in the Event Coordinator (Live Experiences) role at Lanternfly
Live. We'd like to invite you to a 45-minute video interview with me and our Head of
Production, Ruth Adeyemi.""") + '\n<p><a href="https://app.greenhouse.example.io/'
            'scheduling/lanternfly/hov-4417">Pick a time</a></p>\n' + paras(
            """If none of the slots work, just reply to this email and I'll find something.

Best,
Sam Okafor
Talent Partner, Lanternfly Live"""), "Powered by Greenhouse", lang="en"),
    ),
    dict(
        kind="interview_invitation", name="marlowe_phone_screen", lang="en",
        company="Marlowe & Finch Events", contact="jo.pryce@marloweandfinch.example.co.uk",
        frm=("Jo Pryce", "no-reply@hire.lever.co"),
        reply_to=("Jo Pryce", "jo.pryce@marloweandfinch.example.co.uk"),
        subject="Quick call about the Event Coordinator role?",
        date="2026-06-08 17:30 +0100", thread="marlowe",
        text="""Hi Henrietta,

Thanks for applying to Marlowe & Finch! I'd love to set up a 20-minute phone call to
talk through the Event Coordinator role. Would Thursday 11 June at 11:00 (UK) work?

It's an informal first chat - what drew you to events, your availability, and any
questions you have about us.

Speak soon,
Jo Pryce
Talent & People, Marlowe & Finch Events
14 Example Yard, London SE1 9PX

Sent via Lever""",
    ),
    dict(
        kind="interview_invitation", name="brightwater_panel_ics", lang="en",
        company="Brightwater Events", contact="priya.ramcharan@brightwater.example.co.uk",
        frm=BRIGHTWATER,
        subject="Invitation: Panel interview - Event Coordinator @ Tue 17 Mar 2026 14:00",
        date="2026-03-10 12:14 +0000", thread="brightwater",
        text="""Hi Henrietta,

Great to speak last week. As promised, here's the invitation for your panel interview:

Tuesday 17 March, 14:00-15:00 (UK time) on Zoom
https://zoom.example.com/j/84120033915 (passcode: bright26)

The panel will be me, Leo Mendes (Operations Director) and Hannah Cole (Senior Producer).
We'll ask you to talk us through one event you've delivered end to end - ten minutes,
no slides needed.

Please accept the calendar invite so it lands in your diary.

Priya Ramcharan
Talent Lead | Brightwater Events Ltd
Unit 4, 11 Example Wharf, London E14 9TS
+44 20 7946 0857""",
        attach=[ics("REQUEST", "bw-panel-hov-0317@brightwater.example.co.uk",
                    "20260317T140000", "20260317T150000",
                    "Panel interview: Henrietta Oyelaran-Voss (Event Coordinator)",
                    BRIGHTWATER, "Zoom - https://zoom.example.com/j/84120033915",
                    tz="Europe/London")],
    ),
    dict(
        kind="interview_invitation", name="tessellate_free_thursday", lang="en",
        company="Tessellate Experiences", contact="maya@tessellate.example.co.uk",
        frm=TESS,
        subject="Re: Application - Experience Coordinator",
        date="2026-09-14 10:03 +0100", thread="tessellate",
        text="""Hi Henrietta,

Loved your note and the photos. Are you free Thursday to chat? Say 11am UK time, I'll
give you a ring - 30 mins, very informal, just me and a coffee.

Maya

Maya Lindqvist
Founder, Tessellate Experiences

""" + quote("""Dear Maya,

I saw your post about the Experience Coordinator role at Tessellate and wanted to apply
directly.""", "On Tue, 8 Sep 2026 at 21:30, Henrietta Oyelaran-Voss "
                  "<henrietta.ov@example.at> wrote:"),
    ),
    dict(
        kind="interview_invitation", name="parkside_client_hollowmead", lang="en",
        company="Hollowmead Festival", contact="dan.whitcombe@parksidetalent.example.co.uk",
        frm=PARKSIDE,
        subject="Interview confirmed - Hollowmead Festival, Tue 3 March",
        date="2026-02-25 16:44 +0000", thread="parkside",
        text="""Hi Henrietta,

Good news - Hollowmead Festival would like to meet you for the Site & Artist Liaison
Coordinator role.

When: Tuesday 3 March, 11:00
Where: Hollowmead's office, 2nd floor, 41 Example Road, London E8 3DL
Who: Grace Whitfield (Festival Director) and Ollie Bass (Site Manager)

They'll want to hear about the outdoor installations you've done and how you handle
suppliers on tight load-ins. Call me on Monday and I'll brief you properly.

Cheers,
Dan Whitcombe
Senior Consultant - Live Events
Parkside Talent
+44 20 7946 0471 | parksidetalent.example.co.uk""",
    ),
    dict(
        kind="interview_invitation", name="riverside_assessment_day", lang="en",
        company="Riverside Congress Hall",
        contact="tom.ashdown-reyes@riversidecongress.example.co.uk",
        frm=("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk"),
        subject="Assessment day invitation - Congress Coordinator",
        date="2026-08-03 09:12 +0100", thread="riverside",
        text="""Dear Henrietta,

Thank you for your application for the Congress Coordinator post. We are pleased to
invite you to our assessment day on Wednesday 12 August 2026, 09:30-15:30, at Riverside
Congress Hall, 1 Example Embankment, London SE1 7PB.

The day includes a venue walk-through, a group exercise, a short written task and a
30-minute interview with Adaeze Okonjo (Head of Congress Operations) and me.

Lunch is provided. Please bring photo ID for the security desk and let me know of any
access requirements.

Kind regards,
Tom Ashdown-Reyes
Recruitment Coordinator
Riverside Congress Hall
+44 20 7946 0190""",
        html=simple_html(paras("""Dear Henrietta,

Thank you for your application for the Congress Coordinator post. We are pleased to
invite you to our assessment day on Wednesday 12 August 2026, 09:30-15:30, at Riverside
Congress Hall, 1 Example Embankment, London SE1 7PB.

The day includes a venue walk-through, a group exercise, a short written task and a
30-minute interview with Adaeze Okonjo (Head of Congress Operations) and me.

Lunch is provided. Please bring photo ID for the security desk and let me know of any
access requirements.

Kind regards,
Tom Ashdown-Reyes
Recruitment Coordinator
Riverside Congress Hall
+44 20 7946 0190"""), lang="en"),
        attach=[ics("REQUEST", "rch-ad-20260812-hov@riversidecongress.example.co.uk",
                    "20260812T093000", "20260812T153000",
                    "Assessment day - Congress Coordinator",
                    ("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk"),
                    "Riverside Congress Hall, 1 Example Embankment", tz="Europe/London")],
    ),
    dict(
        kind="interview_invitation", name="ashcombe_ashby_self_schedule", lang="en",
        company="Ashcombe Arts Festival", contact="",
        frm=("Ashcombe Arts Festival", "no-reply@ashbyhq.com"),
        subject="Book your interview with Ashcombe Arts Festival",
        date="2026-05-26 13:00 +0100", thread="ashcombe",
        html=ats_card("Ashcombe Arts Festival", "#2e7d32", paras("""Hi Henrietta,

We'd like to move you forward for the Production Coordinator (Festival Site) role. The
next step is a 45-minute video interview with our Festival Producer and Operations Lead.

Choose a time that works for you - available slots are between 1 and 5 June.""")
            + '\n<p><a href="https://jobs.ashbyhq.example.com/ashcombe/schedule/hov-81">'
            "Choose a time</a></p>\n" + paras("""This link is personal to you; please do not forward it.

Ashcombe Arts Festival - People Team"""),
            "Sent by Ashby on behalf of Ashcombe Arts Festival. Replies to this address are "
            "not monitored.", lang="en"),
        cte="qp",
    ),
    # ---- French (3)
    dict(
        kind="interview_invitation", name="lumiere_entretien_ics", lang="fr",
        company="Lumière Congrès", contact="claire.vasseur@lumiere-congres.example.fr",
        frm=LUMIERE,
        subject="Convocation à un entretien – Chargée de projets congrès",
        date="2026-01-28 14:37 +0100", thread="lumiere",
        text="""Bonjour Madame Oyelaran-Voss,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un
entretien pour le poste de chargée de projets congrès.

Date : mercredi 4 février 2026, de 10h à 11h
Lieu : Lumière Congrès, 18 quai Claude-Bernard, 69007 Lyon (salle Confluence)
Interlocuteurs : M. Thibault Renaud, directeur des opérations, et moi-même

Une invitation de calendrier est jointe à ce message. Merci de bien vouloir nous confirmer
votre présence.

Bien cordialement,

Claire Vasseur-Morin
Responsable ressources humaines
Lumière Congrès SAS
18 quai Claude-Bernard – 69007 Lyon
Tél. : 04 78 00 52 19""",
        html=outlook_html(mso("""Bonjour Madame Oyelaran-Voss,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un
entretien pour le poste de chargée de projets congrès.

Date : mercredi 4 février 2026, de 10h à 11h
Lieu : Lumière Congrès, 18 quai Claude-Bernard, 69007 Lyon (salle Confluence)
Interlocuteurs : M. Thibault Renaud, directeur des opérations, et moi-même

Une invitation de calendrier est jointe à ce message. Merci de bien vouloir nous confirmer
votre présence.

Bien cordialement,

Claire Vasseur-Morin
Responsable ressources humaines
Lumière Congrès SAS
18 quai Claude-Bernard – 69007 Lyon
Tél. : 04 78 00 52 19"""), lang="fr-FR"),
        attach=[ics("REQUEST", "entretien-ov-20260204@lumiere-congres.example.fr",
                    "20260204T100000", "20260204T110000",
                    "Entretien – H. Oyelaran-Voss", LUMIERE,
                    "Lumière Congrès, salle Confluence", tz="Europe/Paris")],
        cte="qp",
    ),
    dict(
        kind="interview_invitation", name="traboules_journee_essai", lang="fr",
        company="Fête des Traboules", contact="ines.roussel-blanc@fetedestraboules.example.fr",
        frm=("Inès Roussel-Blanc", "ines.roussel-blanc@fetedestraboules.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Journée d'essai samedi 13 juin ?",
        date="2026-06-01 19:02 +0200", thread="traboules",
        text="""Bonjour Henrietta,

Merci pour ta candidature comme coordinatrice bénévoles & scénographie. Plutôt qu'un
entretien classique, on te propose de venir passer une journée d'essai avec l'équipe :
samedi 13 juin, de 8h à 17h, rendez-vous au QG du festival (Montée du Gourguillon, Lyon
5e).

Tu suivras le montage des décors dans les traboules du Vieux-Lyon et tu rencontreras
Bastien, notre régisseur général. Le repas est offert et la journée est défrayée.

Dis-moi vite si ça te va !

Inès Roussel-Blanc
Coordination générale - Fête des Traboules
06 12 00 48 73""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="interview_invitation", name="rhone_echange_telephonique", lang="fr",
        company="Agence Rhône Événements", contact="julien.marchetti@rhone-evenements.example.fr",
        frm=RHONE,
        subject="Votre candidature – échange téléphonique jeudi ?",
        date="2026-03-09 11:48 +0100", thread="rhone",
        text="""Bonjour Madame Oyelaran-Voss,

J'ai bien lu votre candidature pour le poste de chargée de projets événementiels et
votre parcours de fleuriste m'intrigue – dans le bon sens !

Je vous propose un premier échange téléphonique d'une demi-heure ce jeudi 12 mars à 10h.
Je vous appellerai au numéro indiqué sur votre CV. Si le créneau ne vous convient pas,
indiquez-m'en un autre.

Bien à vous,
Julien Marchetti
Directeur de clientèle
Agence Rhône Événements
7 rue Mercière, 69002 Lyon""",
        cte="8bit",
    ),
    # ---- Spanish (3)
    dict(
        kind="interview_invitation", name="turia_entrevista_ics", lang="es",
        company="Feria Turia Eventos", contact="marta.ibanez@feriaturia.example.es",
        frm=TURIA,
        subject="Entrevista – Coordinadora de eventos (martes 21 de julio)",
        date="2026-07-14 10:22 +0200", thread="turia",
        text="""Hola Henrietta:

Gracias por tu interés en Feria Turia Eventos. Nos gustaría conocerte en persona para
hablar del puesto de coordinadora de eventos.

Te proponemos el martes 21 de julio a las 11:00 en nuestras oficinas (Avenida de las
Ferias 2, 46035 Valencia, edificio B, 1.ª planta). Estará conmigo Jordi Sanchis,
responsable de producción. Calcula una hora aproximadamente.

Te envío la convocatoria en el calendario; confírmame si te viene bien.

Un saludo,
Marta Ibáñez Soler
Responsable de Personas
Feria Turia Eventos, S.L.
Tel. 961 00 23 45""",
        attach=[ics("REQUEST", "entrevista-hov-0721@feriaturia.example.es",
                    "20260721T110000", "20260721T120000",
                    "Entrevista H. Oyelaran-Voss – Coordinadora de eventos", TURIA,
                    "Feria Turia Eventos, edificio B, 1.ª planta", tz="Europe/Madrid")],
        frm_enc=("utf-8", "Q"),
    ),
    dict(
        kind="interview_invitation", name="ruzafa_panel", lang="es",
        company="Centro de Congresos Ruzafa", contact="alvaro.gil@congresosruzafa.example.es",
        frm=RUZAFA, frm_enc=("iso-8859-1", "B"),
        subject="Convocatoria a entrevista: Técnica de congresos",
        date="2026-09-07 12:40 +0200", thread="ruzafa",
        html=simple_html(paras("""Estimada Henrietta:

Nos complace convocarla a una entrevista para el puesto de Técnica de congresos.

Fecha: martes, 15 de septiembre de 2026
Hora: 10:00
Lugar: Centro de Congresos Ruzafa, sala Albufera (planta baja), calle de Sueca 60, Valencia

La entrevista será con un panel de tres personas: la directora del centro, la responsable
de operaciones y yo mismo. Le pediremos que comente brevemente un evento que haya
organizado de principio a fin.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Álvaro Gil Montesinos
Recursos Humanos
Centro de Congresos Ruzafa
Tel. 963 00 87 10"""), lang="es"),
        cte="base64",
    ),
    dict(
        kind="interview_invitation", name="levante_cliente_malvarrosa", lang="es",
        company="Festival Malvarrosa Sonora", contact="nuria.ferrer@levantetalento.example.es",
        frm=LEVANTE,
        subject="Entrevista con Festival Malvarrosa Sonora – 5 de mayo",
        date="2026-04-28 17:15 +0200", thread="levante",
        text="""Hola Henrietta:

¡Buenas noticias! He presentado tu perfil al Festival Malvarrosa Sonora y quieren hacerte
una entrevista para el puesto de coordinadora de producción y hospitality.

Será por videollamada el martes 5 de mayo a las 12:30:
https://meet.example.com/mls-hov-0505

Estarán Irene Puchades (directora de producción) y Sergio Mas (artist relations). Te
llamo el lunes para prepararla juntas.

Un abrazo,
Nuria Ferrer Climent
Consultora de selección · Levante Talento
Gran Vía Marqués del Turia 19, 46005 Valencia · 963 00 41 72""",
        cte="qp",
    ),
    # ================================================================ reschedule / cancel
    # ---- German (8)
    dict(
        kind="interview_reschedule_or_cancel", name="alpenbogen_neuer_termin_sequence",
        lang="de", company="Congress Alpenbogen",
        contact="sabine.thurner@alpenbogen.example.at",
        frm=ALPENBOGEN,
        subject="Aktualisiert: Bewerbungsgespräch Eventkoordination – neuer Termin 6. März",
        date="2026-03-02 15:40 +0100", thread="alpenbogen",
        text="""Sehr geehrte Frau Oyelaran-Voss,

leider müssen wir unser Gespräch am Donnerstag verlegen: Herr Reiter ist an diesem Tag
bei einer Kundenbegehung in Wien. Neuer Termin ist

Freitag, 6. März 2026, 14:00 Uhr, gleicher Ort (Raum „Nordkette“).

Die Kalendereinladung habe ich aktualisiert. Ich hoffe, das passt Ihnen – andernfalls
rufen Sie mich bitte kurz an.

Mit freundlichen Grüßen
Mag. Sabine Thurner
Human Resources, Congress Alpenbogen

""" + outlook_block("Thurner Sabine <sabine.thurner@alpenbogen.example.at>",
                    "Montag, 23. Februar 2026 10:05",
                    "Henrietta Oyelaran-Voss <henrietta.ov@example.at>",
                    "Einladung zum Bewerbungsgespräch – Eventkoordination (R-2026-0117)",
                    ALPENBOGEN_INVITE, "de"),
        attach=[ics("REQUEST", "r2026-0117-int1@alpenbogen.example.at", "20260306T140000",
                    "20260306T150000", "Bewerbungsgespräch Eventkoordination – Oyelaran-Voss",
                    ALPENBOGEN, "Congress Alpenbogen, Rennweg 3, Raum Nordkette",
                    "Neuer Termin (vorher 5. März, 10:00)", seq=1)],
        cte="qp",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="mirabell_neuer_termin", lang="de",
        company="Festspielservice Mirabell",
        contact="k.aigner-lechner@mirabell-festival.example.at",
        frm=("Katharina Aigner-Lechner", "k.aigner-lechner@mirabell-festival.example.at"),
        subject="AW: Einladung zum Gespräch – Gästebetreuung Festspielsommer 2026",
        date="2026-04-16 09:10 +0200", thread="mirabell",
        text="""Liebe Frau Oyelaran-Voss,

kein Problem, Hochzeiten gehen vor! Wir verschieben das Gespräch auf Donnerstag,
23. April, 15:00 Uhr – wieder bei uns in der Hofstallgasse, 2. Stock.

Herr Frauenschuh ist dann ebenfalls dabei.

Bis nächste Woche und liebe Grüße
Katharina Aigner-Lechner

""" + quote(MIRABELL_RESCHEDULE_REQUEST,
            "Am 15.04.2026 um 07:58 schrieb Henrietta Oyelaran-Voss <henrietta.ov@example.at>:"),
        cte="qp",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="praterstern_termin_verschoben",
        lang="de", company="Praterstern Kommunikation", contact="",
        frm=("Praterstern Kommunikation", "no-reply@teamtailor-mail.com"),
        subject="Dein Interview wurde verschoben",
        date="2026-08-24 09:31 +0200", thread="praterstern",
        html=ats_card("Praterstern Kommunikation", "#e4007c", paras("""Hallo Henrietta,

dein Interview für die Stelle Junior Projektmanagerin Events wurde verschoben.

Alter Termin: Mittwoch, 26. August 2026, 10:00–11:00
Neuer Termin: Freitag, 28. August 2026, 13:00–14:00
Ort: Praterstern Kommunikation, Lassallestraße 7, 1020 Wien

Passt der neue Termin nicht? Dann wähle über den Button unten einen anderen.""")
            + '\n<p><a href="https://praterstern.teamtailor.example.com/meetings/7f19b3/'
            'reschedule">Anderen Termin wählen</a></p>',
            "Teamtailor · Diese E-Mail wurde automatisch versendet."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="sill_kommission_erkrankt", lang="de",
        company="Hochschule Sill", contact="petra.lindner@hochschule-sill.example.at",
        frm=("Mag. Petra Lindner", "petra.lindner@hochschule-sill.example.at"),
        subject="Hearing am 16.02. entfällt – Kommissionsvorsitzende erkrankt",
        date="2026-02-10 08:12 +0100", thread="sill",
        text="""Sehr geehrte Frau Oyelaran-Voss,

leider muss ich Ihnen mitteilen, dass das Hearing am Montag, 16. Februar, nicht
stattfinden kann: Die Vorsitzende der Auswahlkommission ist erkrankt und für die nächsten
zwei Wochen nicht im Dienst.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich, sobald ein neuer
Termin feststeht – voraussichtlich in der ersten Märzhälfte. Ihre Präsentation können Sie
unverändert verwenden.

Bitte entschuldigen Sie die kurzfristige Änderung.

Mit freundlichen Grüßen
Mag. Petra Lindner
Personalabteilung – Allgemeines Personal
Hochschule Sill

-----
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail.""",
        attach=[ics("CANCEL", "hearing-14-2026-ov@hochschule-sill.example.at",
                    "20260216T133000", "20260216T141500",
                    "Hearing Kennzahl 14/2026 – Oyelaran-Voss",
                    ("Mag. Petra Lindner", "petra.lindner@hochschule-sill.example.at"),
                    "Senatssaal, Sillgasse 8", seq=1, inline=False, filename="hearing.ics")],
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="bergkristall_ics_absage", lang="de",
        company="Hotel Bergkristall Igls", contact="stefanie.haas@bergkristall-igls.example.at",
        frm=("Stefanie Haas", "stefanie.haas@bergkristall-igls.example.at"),
        subject="Abgesagt: Kennenlernen Veranstaltungskoordination (Fr 9.10., 10:00)",
        date="2026-10-07 16:55 +0200", thread="bergkristall",
        text="""Liebe Frau Oyelaran-Voss,

ich muss unser Kennenlernen am Freitag leider absagen – unser Direktor wurde kurzfristig
zu einer Eigentümerversammlung nach München gerufen, und ich möchte, dass er beim Gespräch
dabei ist.

Das hat nichts mit Ihrer Bewerbung zu tun! Ich rufe Sie Anfang nächster Woche an, damit
wir einen neuen Termin finden.

Herzliche Grüße
Stefanie Haas
Personal & Ausbildung
Hotel Bergkristall Igls
Bilgeristraße 4, 6080 Innsbruck-Igls
+43 512 37 72 09""",
        attach=[ics("CANCEL", "personio-slot-b7e1c2@bergkristall-igls.example.at",
                    "20261009T100000", "20261009T104500",
                    "Kennenlernen Veranstaltungskoordination – Oyelaran-Voss",
                    ("Stefanie Haas", "stefanie.haas@bergkristall-igls.example.at"),
                    "Hotel Bergkristall Igls, Besprechungszimmer", seq=1)],
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="limmat_kunde_verschiebt", lang="de",
        company="Seebühne Events", contact="r.brunner@limmattalent.example.ch",
        frm=LIMMAT,
        subject="Neu: Freitag 19. Juni, 14 Uhr – Gespräch Seebühne Events",
        date="2026-06-16 08:05 +0200", thread="limmat",
        text=LIMMAT_MOVE,
        attach=[ics("REQUEST", "seebuehne-hov-20260618@limmattalent.example.ch",
                    "20260619T140000", "20260619T153000",
                    "Kennenlernen Seebühne Events – H. Oyelaran-Voss", LIMMAT,
                    "Seebühne Events, Seestrasse 120, Küsnacht", tz="Europe/Zurich", seq=1,
                    inline=False, filename="seebuehne.ics")],
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="laubengang_termin_geaendert", lang="de",
        company="Laubengang Kongress", contact="",
        frm=("Laubengang Kongress", "noreply@softgarden.io"),
        subject="Terminänderung: Ihr Video-Interview am 6. Oktober",
        date="2026-10-05 11:20 +0200", thread="laubengang",
        text="""Sehr geehrte Frau Oyelaran-Voss,

aus organisatorischen Gründen müssen wir den Termin für Ihr Video-Interview ändern.

Bisheriger Termin: Dienstag, 6. Oktober 2026, 15:00 Uhr
Neuer Termin: Donnerstag, 8. Oktober 2026, 9:30 Uhr

Der Link zur Videokonferenz bleibt unverändert:
https://laubengang.softgarden.example.com/video/9d2f-ov

Wir bitten um Ihr Verständnis.
Ihr Recruiting-Team Laubengang Kongress

Diese Nachricht wurde über softgarden versendet.""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="moenchsberg_ac_vertagt", lang="de",
        company="Kongresszentrum Mönchsberg",
        contact="florian.schweighofer@moenchsberg-kongress.example.at",
        frm=("Dr. Florian Schweighofer", "florian.schweighofer@moenchsberg-kongress.example.at"),
        subject="Assessment Center 17.09. – Verschiebung",
        date="2026-09-10 17:48 +0200", thread="moenchsberg",
        text="""Sehr geehrte Frau Oyelaran-Voss,

ich muss Ihnen leider mitteilen, dass wir das Assessment Center am 17. September nicht
durchführen können. Der Aufsichtsrat berät kommende Woche über die Stellenplanung 2027,
und wir möchten das Ergebnis abwarten, bevor wir das Verfahren fortsetzen.

Die Veranstaltung ist damit abgesagt; ein Ersatztermin steht noch nicht fest. Ich melde
mich bis Ende September bei Ihnen. Bereits gebuchte Zugtickets erstatten wir natürlich.

Mit freundlichen Grüßen
Dr. Florian Schweighofer
Leitung Personal, Kongresszentrum Mönchsberg""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

ich muss Ihnen leider mitteilen, dass wir das Assessment Center am 17. September nicht
durchführen können. Der Aufsichtsrat berät kommende Woche über die Stellenplanung 2027,
und wir möchten das Ergebnis abwarten, bevor wir das Verfahren fortsetzen.

Die Veranstaltung ist damit abgesagt; ein Ersatztermin steht noch nicht fest. Ich melde
mich bis Ende September bei Ihnen. Bereits gebuchte Zugtickets erstatten wir natürlich.

Mit freundlichen Grüßen
Dr. Florian Schweighofer
Leitung Personal, Kongresszentrum Mönchsberg""")),
        cte="base64",
    ),
    # ---- English (3)
    dict(
        kind="interview_reschedule_or_cancel", name="marlowe_moved_to_friday", lang="en",
        company="Marlowe & Finch Events", contact="jo.pryce@marloweandfinch.example.co.uk",
        frm=("Jo Pryce", "jo.pryce@marloweandfinch.example.co.uk"),
        subject="Re: Quick call about the Event Coordinator role?",
        date="2026-06-10 09:14 +0100", thread="marlowe",
        text="""Hi Henrietta,

No problem at all - let's move it to Friday 12 June at 10:00 UK time instead. I'll call
the number on your application.

Jo

""" + quote(MARLOWE_RESCHEDULE, "On Tue, 9 Jun 2026 at 05:55, Henrietta Oyelaran-Voss "
            "<henrietta.ov@example.at> wrote:"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="riverside_cancel_ics", lang="en",
        company="Riverside Congress Hall",
        contact="tom.ashdown-reyes@riversidecongress.example.co.uk",
        frm=("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk"),
        subject="Cancelled: Assessment day - Congress Coordinator (12 Aug)",
        date="2026-08-10 18:20 +0100", thread="riverside",
        text="""Dear Henrietta,

I'm very sorry to cancel at short notice: a burst water main has flooded our lower level
and the building will be closed for the rest of the week, so Wednesday's assessment day
cannot go ahead.

This is purely a venue problem and your application is still very much live. I will be in
touch within a few days to rebook - we are looking at the week of 24 August.

Kind regards,
Tom Ashdown-Reyes
Recruitment Coordinator, Riverside Congress Hall""",
        attach=[ics("CANCEL", "rch-ad-20260812-hov@riversidecongress.example.co.uk",
                    "20260812T093000", "20260812T153000",
                    "Assessment day - Congress Coordinator",
                    ("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk"),
                    "Riverside Congress Hall, 1 Example Embankment", tz="Europe/London",
                    seq=1)],
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="parkside_client_moved", lang="en",
        company="Hollowmead Festival", contact="dan.whitcombe@parksidetalent.example.co.uk",
        frm=PARKSIDE,
        subject="Change of time: Hollowmead now Thursday 5 March, 15:00",
        date="2026-03-02 10:08 +0000", thread="parkside",
        text="""Morning Henrietta,

Quick one - Grace at Hollowmead has a licensing hearing on Tuesday, so they've asked to
move your interview to Thursday 5 March at 15:00. Same place, same people.

Can you still make it? If Thursday's tricky, tell me today and I'll push back.

Dan

""" + outlook_block("Dan Whitcombe <dan.whitcombe@parksidetalent.example.co.uk>",
                    "25 February 2026 16:44",
                    "Henrietta Oyelaran-Voss <henrietta.ov@example.at>",
                    "Interview confirmed - Hollowmead Festival, Tue 3 March",
                    """Hi Henrietta,

Good news - Hollowmead Festival would like to meet you for the Site & Artist Liaison
Coordinator role.

When: Tuesday 3 March, 11:00
Where: Hollowmead's office, 2nd floor, 41 Example Road, London E8 3DL""", "en"),
    ),
    # ---- French (2)
    dict(
        kind="interview_reschedule_or_cancel", name="lumiere_annulation_ics", lang="fr",
        company="Lumière Congrès", contact="claire.vasseur@lumiere-congres.example.fr",
        frm=LUMIERE,
        subject="Annulé : Entretien – H. Oyelaran-Voss (mer. 4 févr. 10:00)",
        date="2026-02-02 18:03 +0100", thread="lumiere",
        text=LUMIERE_CANCEL,
        attach=[ics("CANCEL", "entretien-ov-20260204@lumiere-congres.example.fr",
                    "20260204T100000", "20260204T110000",
                    "Entretien – H. Oyelaran-Voss", LUMIERE,
                    "Lumière Congrès, salle Confluence", tz="Europe/Paris", seq=1)],
        cte="base64",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="traboules_report_meteo", lang="fr",
        company="Fête des Traboules", contact="ines.roussel-blanc@fetedestraboules.example.fr",
        frm=("Inès Roussel-Blanc", "ines.roussel-blanc@fetedestraboules.example.fr"),
        subject="Re: Journée d'essai samedi 13 juin ? → reportée au 20",
        date="2026-06-08 21:16 +0200", thread="traboules",
        text="""Coucou Henrietta,

Mauvaise nouvelle : la météo annonce des orages violents samedi et la préfecture
nous a demandé de ne pas monter les décors extérieurs. On décale donc ta journée d'essai
au samedi 20 juin, mêmes horaires (8h–17h), même point de rendez-vous.

Ça marche toujours pour toi ?

Inès

""" + quote("""Merci Inès, avec plaisir ! Je serai là samedi 13 à 8h.

Henrietta""", "Le mar. 2 juin 2026 à 07:41, Henrietta Oyelaran-Voss "
                  "<henrietta.ov@example.at> a écrit :"),
        cte="qp",
    ),
    # ---- Spanish (2)
    dict(
        kind="interview_reschedule_or_cancel", name="ruzafa_cambio_hora", lang="es",
        company="Centro de Congresos Ruzafa", contact="alvaro.gil@congresosruzafa.example.es",
        frm=RUZAFA,
        subject="Cambio de fecha de su entrevista",
        date="2026-09-11 13:26 +0200", thread="ruzafa",
        text="""Estimada Henrietta:

Por un congreso médico que se ha alargado, la directora no estará disponible el martes.
Le proponemos trasladar la entrevista al miércoles 16 de septiembre a las 12:00, en la
misma sala.

Disculpe las molestias. Quedo a la espera de su confirmación.

Atentamente,
Álvaro Gil Montesinos
Recursos Humanos · Centro de Congresos Ruzafa

""" + quote("""Nos complace convocarla a una entrevista para el puesto de Técnica de congresos.

Fecha: martes, 15 de septiembre de 2026
Hora: 10:00""", "El lun, 7 sept 2026 a las 12:40, Álvaro Gil Montesinos "
                    "<alvaro.gil@congresosruzafa.example.es> escribió:"),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="turia_actualizacion_sequence", lang="es",
        company="Feria Turia Eventos", contact="marta.ibanez@feriaturia.example.es",
        frm=TURIA, frm_enc=("utf-8", "Q"),
        subject="Actualizado: Entrevista H. Oyelaran-Voss – nueva hora 11:30",
        date="2026-07-17 09:02 +0200", thread="turia",
        text="""Hola Henrietta:

Te escribo para actualizar la convocatoria del martes: empezaremos a las 11:30 en lugar de
las 11:00 y nos veremos en la sala de reuniones del edificio A (junto a la entrada
principal), no en el B. Te adjunto la invitación actualizada.

¡Nos vemos el martes!
Marta""",
        attach=[ics("REQUEST", "entrevista-hov-0721@feriaturia.example.es",
                    "20260721T113000", "20260721T123000",
                    "Entrevista H. Oyelaran-Voss – Coordinadora de eventos", TURIA,
                    "Feria Turia Eventos, edificio A, sala de reuniones", tz="Europe/Madrid",
                    seq=1)],
    ),
    # ================================================================ missed_interview_notice
    # ---- German (5)
    dict(
        kind="missed_interview_notice", name="donaupalais_teams_gewartet", lang="de",
        company="Hotel Donaupalais", contact="lukas.hrdlicka@donaupalais.example.at",
        frm=DONAU,
        subject="Unser Termin heute um 11:00 Uhr",
        date="2026-05-27 11:26 +0200", thread="donaupalais",
        text=DONAU_MISSED + """

--
Lukas Hrdlicka
HR Business Partner
Hotel Donaupalais Wien, Praterstraße 44, 1020 Wien""",
        html=outlook_html(mso(DONAU_MISSED + """

--
Lukas Hrdlicka
HR Business Partner
Hotel Donaupalais Wien, Praterstraße 44, 1020 Wien""")),
    ),
    dict(
        kind="missed_interview_notice", name="tirolpersonal_zweimal_angerufen", lang="de",
        company="Tirol Personal Partner", contact="b.kofler@tirolpersonal.example.at",
        frm=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Unser Telefonat heute",
        date="2026-01-16 10:32 +0100", thread="tirolpersonal",
        text="""Hallo Frau Oyelaran-Voss,

ich habe heute um 10:00 Uhr wie vereinbart angerufen und es um 10:10 noch einmal probiert
– leider beide Male nur die Mobilbox.

Vielleicht ist etwas dazwischengekommen? Rufen Sie mich gern zurück oder schreiben Sie mir
zwei, drei Zeitfenster für nächste Woche.

Beste Grüße
Bernhard Kofler
Tirol Personal Partner""",
    ),
    dict(
        kind="missed_interview_notice", name="salzachblick_nicht_erschienen", lang="de",
        company="Hotel Salzachblick", contact="e.gruber@salzachblick.example.at",
        frm=SALZACH,
        subject="Ihr Vorstellungsgespräch heute",
        date="2026-06-30 10:52 +0200", thread="salzachblick",
        text=SALZACH_MISSED, charset="windows-1252", cte="qp",
    ),
    dict(
        kind="missed_interview_notice", name="talfer_nicht_erreicht", lang="de",
        company="Eventhaus Talfer", contact="m.pichler@talfer.example.it",
        frm=TALFER,
        subject="Re: Freitag kurz telefonieren?",
        date="2026-05-22 14:24 +0200", thread="talfer",
        text="""Hey Henrietta,

hab dich grad um 14 Uhr zweimal probiert anzurufen, ging aber niemand ran. Alles ok bei
dir? Gib mir einfach Bescheid, wann's besser passt.

Matthias

""" + quote(TALFER_INVITE, "Am Mi., 20. Mai 2026 um 18:34 schrieb Matthias Pichler "
            "<m.pichler@talfer.example.it>:"),
    ),
    dict(
        kind="missed_interview_notice", name="ringexecutive_zoom_nicht_da", lang="de",
        company="Kärntner Ring Executive Search", contact="v.lang-sedlacek@ringexecutive.example.at",
        frm=("Mag. Viktoria Lang-Sedlacek", "v.lang-sedlacek@ringexecutive.example.at"),
        subject="Zoom-Termin 14:00 Uhr",
        date="2026-07-22 14:27 +0200", thread="ringexecutive",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

wir hatten für heute 14:00 Uhr ein Zoom-Gespräch vereinbart, um Ihre Kandidatur für
unseren Mandanten vorzubereiten. Ich war ab 13:58 Uhr im Meetingraum, Sie haben sich
jedoch nicht eingewählt.

Bitte teilen Sie mir mit, ob Sie weiterhin Interesse an dem Mandat haben. Unser Mandant
erwartet die Kandidatenvorschläge bis Ende nächster Woche.

Mit freundlichen Grüßen

Mag. Viktoria Lang-Sedlacek
Partnerin
Kärntner Ring Executive Search GmbH
Kärntner Ring 12, 1010 Wien
+43 1 512 40 90""")),
        cte="qp",
    ),
    # ---- English (2)
    dict(
        kind="missed_interview_notice", name="brightwater_zoom_waited", lang="en",
        company="Brightwater Events", contact="priya.ramcharan@brightwater.example.co.uk",
        frm=BRIGHTWATER,
        subject="Today's panel interview",
        date="2026-03-17 14:32 +0000", thread="brightwater",
        text=BRIGHTWATER_MISSED,
    ),
    dict(
        kind="missed_interview_notice", name="tessellate_called_twice", lang="en",
        company="Tessellate Experiences", contact="maya@tessellate.example.co.uk",
        frm=TESS,
        subject="Missed you!",
        date="2026-09-17 11:21 +0100", thread="tessellate",
        text=TESS_MISSED,
        html=simple_html(paras(TESS_MISSED), lang="en"),
    ),
    # ---- French (2)
    dict(
        kind="missed_interview_notice", name="rhone_appel_sans_reponse", lang="fr",
        company="Agence Rhône Événements", contact="julien.marchetti@rhone-evenements.example.fr",
        frm=RHONE,
        subject="Notre échange de ce matin",
        date="2026-03-12 10:41 +0100", thread="rhone",
        text=RHONE_MISSED,
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="missed_interview_notice", name="traboules_on_t_attendait", lang="fr",
        company="Fête des Traboules", contact="ines.roussel-blanc@fetedestraboules.example.fr",
        frm=("Inès Roussel-Blanc", "ines.roussel-blanc@fetedestraboules.example.fr"),
        subject="On t'attendait ce matin…",
        date="2026-06-20 10:05 +0200", thread="traboules",
        text="""Bonjour Henrietta,

On t'attendait ce matin à 8h au QG pour ta journée d'essai, mais on ne t'a pas vue, et ton
téléphone tombe directement sur la messagerie. Bastien a gardé une place pour toi dans
l'équipe montage jusqu'à 9h30.

J'espère que tout va bien. Donne-moi des nouvelles quand tu peux.

Inès""",
    ),
    # ---- Spanish (1)
    dict(
        kind="missed_interview_notice", name="levante_no_te_conectaste", lang="es",
        company="Festival Malvarrosa Sonora", contact="nuria.ferrer@levantetalento.example.es",
        frm=LEVANTE,
        subject="¿Qué ha pasado con la entrevista de hoy?",
        date="2026-05-05 12:58 +0200", thread="levante",
        text=LEVANTE_MISSED,
        subj_enc=("iso-8859-1", "B"), subj_mode="full",
    ),
]
