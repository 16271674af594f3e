"""interview_invitation, interview_reschedule_or_cancel and missed_interview_notice."""

from __future__ import annotations

from msgs339_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, html_shell, paras, sig, spec

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

KW = ("Katharina Wendlinger", "k.wendlinger@messe-isarfeld.example.de")
UB = ("Ulrike Brandstätter", "ulrike.brandstaetter@kongresshaus-salzachufer.example.at")
FM = ("Fiona MacLeish", "f.macleish@lothianhill.example.uk")
SD = ("Sophie Dufaux", "sophie.dufaux@leman-rive.example.ch")
MV = ("Marta Vidal Rius", "marta.vidal@brisasonora.example.es")
SP = ("Sandra Pichler | Flexwerk", "sandra.pichler@flexwerk.example.at")
GT = ("Jonas Feichtinger", "j.feichtinger@gastrotalent.example.de")
AM = ("Alasdair Munro", "alasdair.munro@forthcongress.example.uk")
NC = ("Núria Casals Puig", "nuria.casals@congresos-llevant.example.es")
DC = ("Lukas Hainzl", "lukas.hainzl@donau-convention.example.at")
TH = ("Callum Reid", "callum.reid@thistle-hr.example.uk")
AH = ("Mathilde Rochat", "m.rochat@alpes-hotellerie.example.ch")
TS = ("Javier Ortega Lluch", "javier.ortega@talentohostelero.example.es")

KW_SIG = sig("Katharina Wendlinger", "Referentin Personalgewinnung", "Messe Isarfeld GmbH",
             "Isarfeldallee 1, 81829 München", "+49 89 4490 3127",
             "www.messe-isarfeld.example.de")
UB_SIG = sig("Mag. Ulrike Brandstätter", "Human Resources", "Kongresshaus Salzachufer GmbH",
             "Auerspergstraße 40, 5020 Salzburg", "+43 662 88 987-210")

SPECS = [
    # ================================================================ invitations, German (13)
    spec(
        "messe_isarfeld_einladung", INV, "de",
        ("Katharina Wendlinger via softgarden", "noreply@softgarden.io"),
        "Einladung zum Vorstellungsgespräch – Projektmanager:in Gastveranstaltungen",
        "2026-07-15 10:37 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir
        möchten Sie gerne persönlich kennenlernen.

        Wir laden Sie herzlich zu einem ersten Gespräch ein:

          Donnerstag, 23. Juli 2026, 10:00–11:00 Uhr
          Messe Isarfeld, Verwaltungsgebäude West, Raum 3.12
          Gesprächspartner: Tobias Rainer (Leitung Gastveranstaltungen) und ich

        Eine Kalendereinladung finden Sie in dieser E-Mail. Bitte bestätigen Sie
        den Termin kurz, indem Sie auf diese Nachricht antworten. Fahrtkosten
        für die Anreise aus Salzburg erstatten wir Ihnen gerne.

        Mit freundlichen Grüßen
        Katharina Wendlinger
        Referentin Personalgewinnung, Messe Isarfeld
        """,
        company="Messe Isarfeld", contact="k.wendlinger@messe-isarfeld.example.de",
        reply_to=[KW], parent="messe_isarfeld_softgarden_eingang",
        ics={"uid": "mi-2026-0723-oberhuber@messe-isarfeld.example.de", "seq": 0,
             "start": "20260723T100000", "end": "20260723T110000", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Franziska Oberhuber-Lindgren",
             "location": "Messe Isarfeld\\, Verwaltungsgebäude West\\, Raum 3.12",
             "organizer": KW},
        ics_mode="alt", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "messe_isarfeld_zweite_runde", INV, "de",
        KW,
        "AW: Vorstellungsgespräch – Einladung zur zweiten Runde",
        "2026-08-03 09:15 +0200",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        vielen Dank für Ihre freundlichen Zeilen – auch wir haben das Gespräch
        mit Ihnen sehr genossen.

        Gerne möchten wir Sie in die zweite Runde einladen. Diese besteht aus
        einer kurzen Fallstudie (Planung eines Gastkongresses mit 1.200
        Teilnehmenden) und einem Gespräch mit unserem Bereichsleiter
        Dr. Michael Obermaier.

          Mittwoch, 12. August 2026, 13:00 bis ca. 16:00 Uhr
          Messe Isarfeld, Eingang Ost, Empfang Konferenzzentrum

        Die Unterlagen zur Fallstudie schicke ich Ihnen zwei Tage vorher zu.
        Passt Ihnen der Termin?

        Herzliche Grüße
        Katharina Wendlinger

        {KW_SIG}
        """,
        company="Messe Isarfeld", contact="k.wendlinger@messe-isarfeld.example.de",
        parent="own_de_danke_messe", quote="de", charset="utf-8", cte="8bit",
    ),
    spec(
        "kongresshaus_einladung", INV, "de",
        ("Ulrike Brandstätter (Kongresshaus Salzachufer)", "noreply@personio.de"),
        "Einladung zum Kennenlernen – Kongresshaus Salzachufer",
        "2026-01-21 11:20 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        danke nochmals für Ihre Bewerbung als Assistenz Kongress- und
        Veranstaltungsorganisation. Wir würden Sie gerne zu einem persönlichen
        Gespräch einladen.

        Termin: Donnerstag, 29. Jänner 2026, 10:00 Uhr
        Ort: Kongresshaus Salzachufer, Verwaltung 2. Stock (Eingang
        Auerspergstraße)
        Dauer: ca. 45 Minuten

        Bitte geben Sie mir über den Button unten oder per Antwort auf diese
        E-Mail Bescheid, ob der Termin für Sie passt.

        Freundliche Grüße
        Ulrike Brandstätter
        """,
        company="Kongresshaus Salzachufer",
        contact="ulrike.brandstaetter@kongresshaus-salzachufer.example.at",
        reply_to=[UB], parent="kongresshaus_personio_eingang",
        html=html_shell("Kongresshaus Salzachufer", paras("""
        Sehr geehrte Frau Oberhuber-Lindgren,

        danke nochmals für Ihre Bewerbung als Assistenz Kongress- und
        Veranstaltungsorganisation. Wir würden Sie gerne zu einem persönlichen Gespräch
        einladen.

        Termin: Donnerstag, 29. Jänner 2026, 10:00 Uhr
        Ort: Kongresshaus Salzachufer, Verwaltung 2. Stock
        """) + '\n<p><a href="https://kongresshaus-salzachufer.example.at/termin/confirm">'
            "Termin bestätigen</a></p>", accent="#7a5c2e"),
        name_enc=("iso-8859-1", "Q"), charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "kongresshaus_probetag", INV, "de",
        ("Florian Achleitner", "florian.achleitner@kongresshaus-salzachufer.example.at"),
        "Probetag bei uns im Kongresshaus",
        "2026-02-10 16:05 +0100",
        """
        Liebe Frau Oberhuber-Lindgren,

        danke für das angenehme Gespräch letzte Woche. Meine Kollegin
        Frau Brandstätter und ich würden Sie gerne einen Tag lang in unserem
        Team erleben: Wir laden Sie zu einem Probetag ein.

        Vorschlag: Mittwoch, 18. Februar, 8:30 bis ca. 16:00 Uhr. An dem Tag
        läuft bei uns der Ärztekongress der Pneumologen mit rund 600 Gästen,
        Sie würden also gleich mitten im Geschehen sein. Bitte bequeme,
        dunkle Kleidung; Mittagessen gibt es bei uns.

        Geben Sie mir bitte bis Freitag Bescheid, ob das klappt. Alternativ
        ginge auch der 20. Februar.

        Beste Grüße
        Florian Achleitner
        Leitung Veranstaltungsorganisation
        Kongresshaus Salzachufer
        Mobil +43 664 210 44 87
        """,
        company="Kongresshaus Salzachufer",
        contact="florian.achleitner@kongresshaus-salzachufer.example.at",
        cc=[UB], charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "donau_convention_videocall", INV, "de",
        DC,
        "Einladung Video-Interview | Junior Convention Manager:in",
        "2026-02-11 13:52 +0100",
        """
        Hallo Frau Oberhuber-Lindgren,

        danke für Ihre Bewerbung beim Donau Convention Bureau! Wir möchten
        Sie gerne in einem ersten Video-Interview (ca. 30 Minuten) näher
        kennenlernen.

        Wann: Donnerstag, 19. Februar 2026, 10:00 Uhr
        Wo: Microsoft Teams – den Link finden Sie in der Kalendereinladung
        Mit: Lukas Hainzl (Teamleitung Kongressakquise)

        Bitte halten Sie ein kurzes Beispiel bereit, wie Sie einen
        Gruppenaufenthalt für Tagungsgäste organisiert haben.

        Viele Grüße
        Lukas Hainzl
        Teamleitung Kongressakquise
        Donau Convention Bureau
        Obere Donaustraße 21, 1020 Wien
        """,
        company="Donau Convention Bureau", contact="lukas.hainzl@donau-convention.example.at",
        ics={"uid": "dcb-interview-20260219-ob@donau-convention.example.at", "seq": 0,
             "start": "20260219T100000", "end": "20260219T103000", "tz": "Europe/Vienna",
             "summary": "Video-Interview Junior Convention Manager:in",
             "location": "Microsoft Teams-Besprechung"},
        ics_mode="both", charset="utf-8", cte="base64",
    ),
    spec(
        "eventwerk_ashby_terminlink", INV, "de",
        ("Eventwerk München", "no-reply@ashbyhq.com"),
        "Eventwerk München: Bitte wähle einen Termin für dein Interview",
        "2026-05-26 12:00 +0200",
        None,
        html=html_shell("Eventwerk München", paras("""
        Hi Franziska,

        gute Neuigkeiten: Wir würden dich gerne in einem 45-minütigen Video-Interview
        mit Ramona aus dem Operations-Team kennenlernen.

        Bitte wähle über den folgenden Link einen Termin, der dir passt. Die Slots
        sind zwischen dem 1. und 5. Juni verfügbar.

        Viele Grüße
        Eventwerk München
        """) + '\n<p><a href="https://app.ashbyhq.com/interview-scheduling/eventwerk/7f3e2">'
            "Termin auswählen</a></p>", accent="#222222"),
        company="Eventwerk München", html_charset="utf-8", html_cte="quoted-printable",
        parent="eventwerk_ashby_eingang",
    ),
    spec(
        "gastrotalent_residenz_telefonat", INV, "de",
        GT,
        "Hotel Residenz Schwabing – Interview mit Bankettleitung",
        "2026-06-02 17:25 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        wie eben am Telefon angekündigt: Unser Mandant, das Hotel Residenz
        Schwabing in München, möchte Sie für die Position Bankett- und
        Veranstaltungskoordinatorin kennenlernen.

        Interview per Zoom mit Frau Nadine Kessler (Bankettleitung):
        Dienstag, 9. Juni 2026 um 15:30 Uhr. Den Zoom-Link schicke ich
        Ihnen am Vortag.

        Bitte bestätigen Sie mir den Termin kurz. Ich drücke Ihnen die Daumen!

        Schöne Grüße
        Jonas Feichtinger
        Senior Consultant Hospitality
        Gastro Talent Partners
        Leopoldstraße 88, 80802 München
        +49 89 2155 4410
        """,
        company="Hotel Residenz Schwabing", contact="j.feichtinger@gastrotalent.example.de",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "flexwerk_hofgarten_vorstellung", INV, "de",
        SP,
        "Vorstellungstermin beim Kongresszentrum Hofgarten Innsbruck",
        "2026-05-12 09:40 +0200",
        """
        Grüß Gott Frau Oberhuber-Lindgren,

        ich habe eine schöne Nachricht: Unser Kunde, das Kongresszentrum
        Hofgarten Innsbruck, sucht ab Juni eine Veranstaltungsassistenz
        (Vollzeit, Überlassung mit Option auf Übernahme) und möchte Sie
        kennenlernen.

        Vorstellungstermin: Dienstag, 19. Mai 2026, 11:00 Uhr
        Adresse: Rennweg 3, 6020 Innsbruck, Empfang Verwaltung
        Ansprechpartnerin vor Ort: Frau Mag. Theresa Kirchmair

        Ich begleite Sie nicht persönlich, bin aber telefonisch erreichbar.
        Bitte geben Sie mir kurz Rückmeldung.

        Freundliche Grüße
        Sandra Pichler
        Flexwerk Personalleasing
        T +43 662 87 40 22
        """,
        company="Kongresszentrum Hofgarten Innsbruck",
        contact="sandra.pichler@flexwerk.example.at", charset="iso-8859-1", cte="8bit",
    ),
    spec(
        "sommerklang_kennenlernen", INV, "de",
        ("Verena Gschwentner", "verena.gschwentner@sommerklang.example.at"),
        "Kennenlernen Produktionsassistenz – hast du Zeit?",
        "2026-02-18 15:12 +0100",
        """
        Liebe Franziska,

        wir haben uns deine Bewerbung angeschaut und würden dich gerne auf
        einen Kaffee im Festivalbüro treffen – ganz unkompliziert, etwa eine
        Stunde, mit unserem Produktionsleiter Simon und mir.

        Wie wäre Freitag, 27. Februar, um 14 Uhr im Büro am Innrain 8? Die
        Kalendereinladung hängt an. Falls es nicht passt, schreib mir einfach.

        Die Stelle ist von April bis September befristet, die Bezahlung liegt
        bei 2.350 € brutto im Monat.

        Liebe Grüße
        Verena
        """,
        company="Sommerklang Festival", contact="verena.gschwentner@sommerklang.example.at",
        ics={"uid": "sk26-kennenlernen-oberhuber@sommerklang.example.at", "seq": 0,
             "start": "20260227T140000", "end": "20260227T150000", "tz": "Europe/Vienna",
             "summary": "Kennenlernen Franziska (Produktionsassistenz)",
             "location": "Festivalbüro\\, Innrain 8\\, Innsbruck"},
        ics_mode="attach", charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        "wienerberg_icims_assessment", INV, "de",
        ("Kongress & Messe Wienerberg", "careers-noreply@icims.com"),
        "Einladung zum Online-Assessment – Projektkoordination Messen",
        "2026-04-14 08:30 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Runde
        unseres Auswahlverfahrens erfolgreich abgeschlossen haben.

        Wir laden Sie herzlich zu unserem Online-Assessment-Center ein:
        Datum: 23. April 2026
        Uhrzeit: 09:00 bis 12:30 Uhr
        Format: Videokonferenz mit Gruppenübung, Präsentation und
        Einzelinterview

        Die Zugangsdaten erhalten Sie 24 Stunden vor Beginn. Bitte bestätigen
        Sie Ihre Teilnahme über das Bewerberportal.

        Mit freundlichen Grüßen
        Human Resources
        Kongress & Messe Wienerberg
        """,
        company="Kongress & Messe Wienerberg", charset="utf-8", cte="quoted-printable",
        parent="wienerberg_icims_eingang",
    ),
    spec(
        "inntal_nordkette_einladung", INV, "de",
        ("Mag. Andreas Hörtnagl", "a.hoertnagl@inntal-nordkette.example.at"),
        "Einladung zum Vorstellungsgespräch am 26. März",
        "2026-03-17 10:05 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        nach Sichtung aller Bewerbungen freuen wir uns, Sie zu einem
        Vorstellungsgespräch einladen zu dürfen.

        Donnerstag, 26. März 2026, 14:00 Uhr
        Tourismusverband Inntal-Nordkette, Burggraben 3, 1. Stock,
        Besprechungsraum Patscherkofel

        Im Gespräch sind neben mir Frau Eva Mair (Leitung Kongress- &
        Tagungsservice) und Herr Thomas Larcher (Geschäftsführung). Bitte
        bestätigen Sie den Termin per E-Mail.

        Mit freundlichen Grüßen
        Andreas Hörtnagl
        """,
        company="Tourismusverband Inntal-Nordkette",
        contact="a.hoertnagl@inntal-nordkette.example.at", parent="inntal_nordkette_eingang",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "B"),
    ),
    spec(
        "ostpark_probearbeiten", INV, "de",
        ("Melanie Huber", "m.huber@congresshotel-ostpark.example.de"),
        "Probearbeiten Veranstaltungsbüro",
        "2026-09-01 11:47 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        danke für Ihre Bewerbung als Mitarbeiterin im Veranstaltungsbüro des
        München Congress Hotel am Ostpark. Ihr Lebenslauf liest sich sehr gut!

        Wir würden Sie gern zu einem Probearbeiten einladen, damit Sie unser
        Team und die Abläufe kennenlernen: am Montag, 7. September, von 9 bis
        14 Uhr. Melden Sie sich bitte an der Rezeption und fragen Sie nach mir.

        Sagen Sie mir kurz, ob es Ihnen passt?

        Viele Grüße
        Melanie Huber
        Veranstaltungsleitung
        München Congress Hotel am Ostpark
        Friedenstraße 30, 81671 München
        """,
        company="München Congress Hotel am Ostpark", contact="m.huber@congresshotel-ostpark.example.de",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "leopoldsau_hearing", INV, "de",
        ("Dr. Birgit Leitgeb", "birgit.leitgeb@uni-leopoldsau.example.at"),
        "Einladung zum Hearing – Referentin Konferenzmanagement (2026/118)",
        "2026-08-20 14:22 +0200",
        f"""
        Sehr geehrte Frau Oberhuber-Lindgren,

        die Auswahlkommission hat Ihre Bewerbung geprüft und lädt Sie zu einem
        Hearing ein.

        Termin: Dienstag, 1. September 2026, 10:30 Uhr
        Ort: Universität Leopoldsau, Hauptgebäude, Sitzungssaal 2
        Ablauf: Präsentation (10 Minuten) zum Thema „Nachhaltige
        Fachkonferenz mit 400 Teilnehmenden“, anschließend Gespräch mit der
        Kommission (ca. 30 Minuten)

        Bitte bestätigen Sie Ihre Teilnahme bis 26. August. Reisekosten
        können leider nicht ersetzt werden.

        Mit freundlichen Grüßen
        Birgit Leitgeb

        {sig("Dr. Birgit Leitgeb", "Leiterin Konferenzbüro", "Universität Leopoldsau",
             "Universitätsring 5, 1010 Wien", "+43 1 4277 180 20")}

        {DISCLAIMER_DE}
        """,
        company="Universität Leopoldsau", contact="birgit.leitgeb@uni-leopoldsau.example.at",
        parent="leopoldsau_konferenzbuero_eingang", charset="windows-1252", cte="8bit",
    ),
    # ================================================================ invitations, English (5)
    spec(
        "lothianhill_interview_invite", INV, "en",
        FM,
        "Interview invitation - Conference and Events Coordinator",
        "2026-03-03 11:26 +0000",
        f"""
        Dear Franziska,

        Thank you for your application for the post of Conference and Events
        Coordinator (R-006218). I am pleased to invite you to interview.

        Date: Wednesday 11 March 2026
        Time: 10:00 - 10:45 (UK time)
        Format: Microsoft Teams (link in the calendar invitation)
        Panel: Fiona MacLeish (Conference Office Manager), Dr Ewan Baird
        (Director of Residential and Commercial Services)

        You will be asked to give a short (5 minute) overview of how you would
        handle a late change of venue for a 150-delegate summer conference.

        Please reply to confirm your attendance.

        Kind regards,
        Fiona

        {sig("Fiona MacLeish", "Conference Office Manager",
             "Lothian Hill University Conference Office",
             "Pollock Lane, Edinburgh EH16 5XR", "+44 131 496 0728")}

        {DISCLAIMER_EN}
        """,
        company="Lothian Hill University", contact="f.macleish@lothianhill.example.uk",
        parent="lothianhill_workday_received",
        ics={"uid": "LHU-CO-INT-20260311-04@lothianhill.example.uk", "seq": 0,
             "start": "20260311T100000", "end": "20260311T104500", "tz": "Europe/London",
             "summary": "Interview: Conference and Events Coordinator",
             "location": "Microsoft Teams Meeting"},
        ics_mode="alt", charset="us-ascii", cte="7bit",
    ),
    spec(
        "forth_greenhouse_invite", INV, "en",
        ("Alasdair Munro via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Interview with Forth Congress Centre",
        "2026-05-19 14:18 +0100",
        """
        Hi Franziska,

        Thanks again for your interest in the Event Manager - Association
        Conferences role. We'd love to set up a first interview with you.

        Please use the link below to pick a 30-minute slot with me next week
        that works for you:

        https://app.greenhouse.io/scheduling/forthcongress/6b1d0c

        If none of the times work, just reply to this email and we'll find
        another option.

        Best,
        Alasdair Munro
        Talent Partner, Forth Congress Centre
        """,
        company="Forth Congress Centre", contact="alasdair.munro@forthcongress.example.uk",
        reply_to=[AM], parent="forth_greenhouse_received", charset="utf-8", cte="7bit",
    ),
    spec(
        "forth_panel_interview", INV, "en",
        AM,
        "Next step: panel interview at Forth Congress Centre",
        "2026-06-01 10:03 +0100",
        """
        Hi Franziska,

        Great to speak with you last week - the team enjoyed hearing about your
        work on the hotel's winter incentive groups.

        We'd like to invite you to a panel interview in Edinburgh:

          Tuesday 9 June, 13:30 - 15:00
          Forth Congress Centre, 1 Exchange Quay, Edinburgh EH3 8EE
          Panel: Heather Lennox (Head of Association Events), Rory Paterson
          (Operations Manager) and me

        We'll ask you to walk us through a draft timeline for a 2,000-delegate
        medical congress; the brief is attached to the calendar invite. We
        will cover reasonable travel costs from Salzburg.

        Could you confirm by Wednesday?

        Best,
        Alasdair
        """,
        company="Forth Congress Centre", contact="alasdair.munro@forthcongress.example.uk",
        ics={"uid": "fcc-panel-0609-franziska@forthcongress.example.uk", "seq": 0,
             "start": "20260609T133000", "end": "20260609T150000", "tz": "Europe/London",
             "summary": "Panel interview - Event Manager (Association Conferences)",
             "location": "Forth Congress Centre\\, 1 Exchange Quay\\, Edinburgh"},
        ics_mode="alt", charset="utf-8", cte="quoted-printable",
        html=html_shell("Forth Congress Centre", paras("""
        Hi Franziska,

        Great to speak with you last week - the team enjoyed hearing about your work on
        the hotel's winter incentive groups.

        We'd like to invite you to a panel interview in Edinburgh on Tuesday 9 June,
        13:30 - 15:00, at Forth Congress Centre, 1 Exchange Quay.

        Could you confirm by Wednesday?

        Best,
        Alasdair
        """), accent="#0b3c5d"),
    ),
    spec(
        "leithsound_lever_schedule", INV, "en",
        ("Leith Sound Festival", "no-reply@hire.lever.co"),
        "Schedule your video screen with Leith Sound Festival",
        "2026-04-07 16:40 +0100",
        """
        Hi Franziska,

        Good news - the team would like to get to know you better! Please book
        a 20-minute video screen with Kirsty Dalgleish, our Head of Artist
        Liaison, using the link below:

        https://hire.lever.co/interview-scheduling/leithsound/c91f0a2e

        Slots are available Monday to Thursday next week. You'll get a
        confirmation with the video link once you've picked a time.

        Cheers,
        Leith Sound Festival
        """,
        company="Leith Sound Festival", parent="leithsound_lever_received",
        charset="utf-8", cte="base64",
    ),
    spec(
        "thistle_calton_interview", INV, "en",
        TH,
        "Calton Grand Hotel - interview Thursday",
        "2026-08-11 12:12 +0100",
        """
        Hi Franziska,

        Lovely to chat earlier. As promised, here are the details for your
        interview with my client, the Calton Grand Hotel, for the Meetings &
        Events Manager position:

        Thursday 20 August at 11:00 (UK time), video call with Siobhan Kerr,
        Director of Sales & Events. She'll send the Teams link directly.

        It'll be a fairly relaxed first chat, around 45 minutes. Have a look
        at their new Waverley ballroom on the website beforehand - she'll
        probably ask about it!

        Any questions, give me a shout.

        Callum Reid
        Senior Recruitment Consultant
        Thistle Hospitality Recruitment
        07700 900 418
        """,
        company="Calton Grand Hotel", contact="callum.reid@thistle-hr.example.uk",
        charset="utf-8", cte="7bit",
    ),
    # ================================================================ invitations, French (4)
    spec(
        "lemanrive_invitation_visio", INV, "fr",
        ("Sophie Dufaux de Centre de congrès Léman-Rive", "notifications@smartrecruiters.com"),
        "Invitation à un entretien – Coordinatrice événements congrès",
        "2026-03-25 15:02 +0100",
        """
        Bonjour Franziska,

        Votre candidature a retenu toute notre attention et nous souhaitons
        vous rencontrer pour un premier entretien en visioconférence.

        Date : jeudi 2 avril 2026
        Heure : 9 h 30 (heure de Genève), durée 45 minutes
        Plateforme : Microsoft Teams, le lien vous parviendra la veille

        Vous vous entretiendrez avec moi-même ainsi qu'avec M. Olivier Berset,
        responsable des congrès internationaux.

        Merci de confirmer votre disponibilité en répondant à ce message.

        Belle journée,
        Sophie Dufaux
        Chargée de recrutement – Centre de congrès Léman-Rive
        """,
        company="Centre de congrès Léman-Rive", contact="sophie.dufaux@leman-rive.example.ch",
        reply_to=[SD], parent="lemanrive_smartrecruiters_reception",
        charset="utf-8", cte="quoted-printable", name_enc=("utf-8", "B"),
    ),
    spec(
        "rhenus_teamtailor_entretien", INV, "fr",
        ("Élodie Kieffer chez Rhénus Expo", "no-reply@teamtailor-mail.com"),
        "Entretien sur site chez Rhénus Expo",
        "2026-06-16 11:11 +0200",
        None,
        html=html_shell("Rhénus Expo", paras("""
        Bonjour Franziska,

        Merci pour votre candidature au poste de Chargée de projets salons. Nous serions
        ravis de vous rencontrer dans nos locaux à Strasbourg.

        Nous vous proposons un entretien le mardi 30 juin à 10 h 00 avec
        Élodie Kieffer (RH) et Marc Wendling (directeur des salons professionnels).

        Adresse : Parc des expositions, Place de Bordeaux, bâtiment A, 2e étage.

        Vous pouvez confirmer ou choisir un autre créneau via le bouton ci-dessous, ou
        simplement répondre à cet e-mail.

        À bientôt,
        Élodie
        """) + '\n<p><a href="https://rhenus-expo.teamtailor.com/meetings/9a7c">'
            "Confirmer l'entretien</a></p>", accent="#f26b21"),
        company="Rhénus Expo", contact="elodie.kieffer@rhenus-expo.example.fr",
        reply_to=[("Élodie Kieffer", "elodie.kieffer@rhenus-expo.example.fr")],
        parent="rhenus_teamtailor_reception", html_charset="utf-8",
        html_cte="quoted-printable", name_enc=("utf-8", "Q"),
    ),
    spec(
        "belvedere_lac_entretien", INV, "fr",
        ("Nathalie Girardin", "n.girardin@hotels-belvedere-lac.example.ch"),
        "Entretien – Coordinatrice banquets & séminaires",
        "2026-05-06 09:34 +0200",
        """
        Chère Madame,

        Suite à votre candidature pour le poste de coordinatrice banquets et
        séminaires de notre établissement de Genève, j'ai le plaisir de vous
        convier à un entretien le mercredi 13 mai à 15 h dans nos bureaux
        (Hôtel Belvédère Lac, Rue du Mont-Blanc 19, réception, demandez
        Mme Girardin).

        L'entretien durera environ une heure et comprendra une visite de nos
        espaces de réunion.

        Je vous remercie de bien vouloir me confirmer votre présence.

        Meilleures salutations,

        Nathalie Girardin
        Directrice Événements & Séminaires
        Hôtels Belvédère Lac
        +41 22 555 18 40
        """,
        company="Hôtels Belvédère Lac", contact="n.girardin@hotels-belvedere-lac.example.ch",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "alpes_hotellerie_msp_entretien", INV, "fr",
        AH,
        "Hôtel Mont-Salève Palace : rendez-vous téléphonique",
        "2026-09-14 18:06 +0200",
        """
        Bonsoir Franziska,

        Comme convenu, notre client l'Hôtel Mont-Salève Palace souhaite faire
        votre connaissance pour le poste d'Assistante Événements & MICE.

        Un premier échange téléphonique avec leur responsable événements,
        M. Yannick Perrottet, est prévu le lundi 21 septembre à 11 h. Il vous
        appellera sur votre portable (+43 664 ...).

        Je reste à votre disposition pour préparer cet entretien ensemble si
        vous le souhaitez.

        Bien à vous,
        Mathilde Rochat
        Consultante senior – Alpes Hôtellerie Conseil
        Rue de Lausanne 45, 1201 Genève
        """,
        company="Hôtel Mont-Salève Palace", contact="m.rochat@alpes-hotellerie.example.ch",
        charset="utf-8", cte="8bit", subj_enc=("utf-8", "B"),
    ),
    # ================================================================ invitations, Spanish (4)
    spec(
        "brisasonora_entrevista_video", INV, "es",
        MV,
        "Entrevista Brisa Sonora – coordinación de producción",
        "2026-04-21 13:05 +0200",
        """
        ¡Hola Franziska!

        Soy Marta, de producción del Festival Brisa Sonora. Hemos leído tu
        candidatura y nos encantaría conocerte.

        ¿Te va bien una videollamada el martes 28 de abril a las 17:00 (hora
        de Barcelona)? Estaremos Pau Serra, director de producción, y yo. Será
        una charla de unos 40 minutos por Google Meet:
        https://meet.example.es/bsf-kqz-trn

        Confírmame si te encaja y, si no, proponme otra hora esa semana.

        Un abrazo,
        Marta Vidal Rius
        Producción · Festival Brisa Sonora
        Carrer de Pujades 150, 08005 Barcelona
        """,
        company="Festival Brisa Sonora", contact="marta.vidal@brisasonora.example.es",
        parent="brisasonora_recruitee_recibida", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "brisasonora_nueva_entrevista", INV, "es",
        MV,
        "Re: Disculpas por la entrevista de hoy",
        "2026-04-29 10:02 +0200",
        """
        Hola Franziska:

        No te preocupes, son cosas que pasan. Te proponemos una nueva
        videollamada el martes 5 de mayo a las 16:30, con el mismo enlace de
        Google Meet. Esta vez te mando también invitación de calendario.

        ¡Hasta el martes!
        Marta
        """,
        company="Festival Brisa Sonora", contact="marta.vidal@brisasonora.example.es",
        parent="own_es_disculpa_brisa", quote="es",
        ics={"uid": "bsf-entrevista-0505-fol@brisasonora.example.es", "seq": 0,
             "start": "20260505T163000", "end": "20260505T171000", "tz": "Europe/Madrid",
             "summary": "Entrevista Franziska – Brisa Sonora",
             "location": "Google Meet"},
        ics_mode="alt", charset="utf-8", cte="8bit",
    ),
    spec(
        "llevant_entrevista_presencial", INV, "es",
        NC,
        "Convocatoria de entrevista – Técnica de congresos",
        "2026-07-08 12:20 +0200",
        """
        Hola Franziska:

        Tras revisar las candidaturas, nos gustaría invitarte a una entrevista
        presencial para el puesto de técnica de congresos.

        Fecha: jueves 16 de julio de 2026
        Hora: 11:00 h
        Lugar: Palacio de Congresos Llevant, Av. del Litoral 86, edificio de
        oficinas, 3.ª planta (pregunta por mí en recepción)

        Participarán Jordi Ferrer, director de operaciones, y yo misma. Te
        adjunto la invitación de calendario. Si te resulta difícil venir desde
        Austria, podemos hacerla por videollamada.

        Saludos cordiales,
        Núria Casals Puig
        Responsable de Personas
        Palacio de Congresos Llevant
        """,
        company="Palacio de Congresos Llevant",
        contact="nuria.casals@congresos-llevant.example.es",
        ics={"uid": "pcl-entrevista-20260716-foberhuber@congresos-llevant.example.es",
             "seq": 0, "start": "20260716T110000", "end": "20260716T120000",
             "tz": "Europe/Madrid", "summary": "Entrevista técnica de congresos",
             "location": "Palacio de Congresos Llevant\\, Av. del Litoral 86"},
        ics_mode="both", charset="windows-1252", cte="quoted-printable",
        name_enc=("windows-1252", "Q"),
    ),
    spec(
        "talentohostelero_arenal_entrevista", INV, "es",
        TS,
        "Entrevista con Hotel Arenal Diagonal",
        "2026-08-24 16:45 +0200",
        """
        Buenas tardes, Franziska:

        Te escribo de Talento Hostelero. Nuestro cliente, el Hotel Arenal
        Diagonal de Barcelona, ha revisado tu perfil para el puesto de
        Coordinadora de Eventos y Banquetes y quiere entrevistarte.

        La entrevista sería el miércoles 2 de septiembre a las 10:00 por
        Teams con Laura Pons, directora de eventos del hotel. Dime si te va
        bien y te reenvío el enlace.

        Un saludo,
        Javier Ortega Lluch
        Consultor de selección · Talento Hostelero
        Gran Via de les Corts Catalanes 610, Barcelona
        """,
        company="Hotel Arenal Diagonal", contact="javier.ortega@talentohostelero.example.es",
        charset="iso-8859-1", cte="8bit",
    ),
    # ================================================================ reschedule, German (8)
    spec(
        "messe_isarfeld_verschiebung", RES, "de",
        KW,
        "Terminänderung: Vorstellungsgespräch am 24. Juli",
        "2026-07-20 16:20 +0200",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        leider muss ich unser Gespräch am Donnerstag verschieben: Herr Rainer
        ist an dem Vormittag kurzfristig bei einem Kunden in Frankfurt.

        Neuer Vorschlag: Freitag, 24. Juli 2026, 14:00 Uhr, gleicher Ort.
        Ich habe die Kalendereinladung entsprechend aktualisiert. Sollte der
        neue Termin nicht passen, melden Sie sich bitte.

        Entschuldigen Sie die Umstände!

        Herzliche Grüße
        Katharina Wendlinger

        {KW_SIG}
        """,
        company="Messe Isarfeld", contact="k.wendlinger@messe-isarfeld.example.de",
        parent="messe_isarfeld_einladung", quote="de",
        ics={"uid": "mi-2026-0723-oberhuber@messe-isarfeld.example.de", "seq": 1,
             "start": "20260724T140000", "end": "20260724T150000", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Franziska Oberhuber-Lindgren (neu)",
             "location": "Messe Isarfeld\\, Verwaltungsgebäude West\\, Raum 3.12"},
        ics_mode="alt", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "kongresshaus_neuer_termin", RES, "de",
        UB,
        "AW: Einladung zum Kennenlernen – Kongresshaus Salzachufer",
        "2026-01-22 13:10 +0100",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        kein Problem, das verstehe ich gut. Wir verlegen das Gespräch auf

        Dienstag, 3. Februar 2026, 14:00 Uhr

        gleicher Ort (Verwaltung, 2. Stock). Der ursprüngliche Termin am
        29. Jänner entfällt damit.

        Freundliche Grüße
        Ulrike Brandstätter

        {UB_SIG}
        """,
        company="Kongresshaus Salzachufer",
        contact="ulrike.brandstaetter@kongresshaus-salzachufer.example.at",
        parent="own_de_terminbitte_kongresshaus", quote="outlook-de",
        charset="utf-8", cte="base64", name_enc=("utf-8", "B"),
    ),
    spec(
        "donau_convention_absage_termin", RES, "de",
        DC,
        "Video-Interview am 19.2. muss leider entfallen",
        "2026-02-16 08:12 +0100",
        """
        Hallo Frau Oberhuber-Lindgren,

        leider muss ich unser Video-Interview am Donnerstag absagen, da ich
        krankheitsbedingt die ganze Woche ausfalle. Ihre Bewerbung läuft
        selbstverständlich weiter.

        Meine Kollegin Hannah Seidl meldet sich in den nächsten Tagen mit
        einem neuen Terminvorschlag bei Ihnen.

        Viele Grüße und danke für Ihr Verständnis
        Lukas Hainzl
        Donau Convention Bureau
        """,
        company="Donau Convention Bureau", contact="lukas.hainzl@donau-convention.example.at",
        parent="donau_convention_videocall",
        ics={"uid": "dcb-interview-20260219-ob@donau-convention.example.at", "seq": 1,
             "method": "CANCEL", "start": "20260219T100000", "end": "20260219T103000",
             "tz": "Europe/Vienna", "summary": "Abgesagt: Video-Interview",
             "location": "Microsoft Teams-Besprechung"},
        ics_mode="alt", charset="utf-8", cte="8bit",
    ),
    spec(
        "wienerberg_icims_verschoben", RES, "de",
        ("Kongress & Messe Wienerberg", "careers-noreply@icims.com"),
        "Änderung Ihres Assessment-Termins",
        "2026-04-17 17:55 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        aus organisatorischen Gründen müssen wir das Online-Assessment-Center
        vom 23. April auf Dienstag, 28. April 2026, 09:00 bis 12:30 Uhr
        verschieben.

        Bitte bestätigen Sie den neuen Termin im Bewerberportal. Sollten Sie
        am 28. April verhindert sein, teilen Sie uns das bitte ebenfalls dort
        mit.

        Mit freundlichen Grüßen
        Human Resources
        Kongress & Messe Wienerberg
        """,
        company="Kongress & Messe Wienerberg", parent="wienerberg_icims_assessment",
        charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "flexwerk_hofgarten_verschoben", RES, "de",
        SP,
        "Änderung: Vorstellung Kongresszentrum Hofgarten jetzt 21.5.",
        "2026-05-15 14:33 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        kurze Info: Frau Kirchmair vom Kongresszentrum Hofgarten hat mich eben
        angerufen. Am 19. Mai ist sie leider auf einer Messe; der
        Vorstellungstermin wird daher auf Donnerstag, 21. Mai, 10:00 Uhr
        verschoben. Ort bleibt gleich.

        Können Sie mir bestätigen, dass das für Sie passt?

        Danke und liebe Grüße
        Sandra Pichler
        Flexwerk Personalleasing
        """,
        company="Kongresszentrum Hofgarten Innsbruck",
        contact="sandra.pichler@flexwerk.example.at", parent="flexwerk_hofgarten_vorstellung",
        charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "Q"),
    ),
    spec(
        "sommerklang_termin_storniert", RES, "de",
        ("Verena Gschwentner", "verena.gschwentner@sommerklang.example.at"),
        "Abgesagt: Kennenlernen Franziska (Produktionsassistenz)",
        "2026-02-23 09:01 +0100",
        """
        Liebe Franziska,

        leider müssen wir unser Treffen am Freitag absagen – Simon muss
        kurzfristig zu den Verhandlungen mit dem Hauptact nach Wien. Tut mir
        echt leid!

        Ich melde mich Anfang nächster Woche mit einem neuen Termin.

        Liebe Grüße
        Verena
        """,
        company="Sommerklang Festival", contact="verena.gschwentner@sommerklang.example.at",
        parent="sommerklang_kennenlernen",
        ics={"uid": "sk26-kennenlernen-oberhuber@sommerklang.example.at", "seq": 1,
             "method": "CANCEL", "start": "20260227T140000", "end": "20260227T150000",
             "tz": "Europe/Vienna", "summary": "Abgesagt: Kennenlernen Franziska",
             "location": "Festivalbüro\\, Innrain 8\\, Innsbruck"},
        ics_mode="both", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "inntal_nordkette_vorverlegt", RES, "de",
        ("Mag. Andreas Hörtnagl", "a.hoertnagl@inntal-nordkette.example.at"),
        "AW: Einladung zum Vorstellungsgespräch am 26. März",
        "2026-03-20 11:48 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        danke für Ihre Bestätigung. Wegen einer Vorstandssitzung müssen wir das
        Gespräch am 26. März leider von 14:00 auf 9:30 Uhr vorverlegen. Ort
        und Teilnehmende bleiben gleich.

        Ich hoffe, die frühere Uhrzeit ist für Sie machbar; geben Sie mir bitte
        kurz Bescheid.

        Mit freundlichen Grüßen
        Andreas Hörtnagl
        """,
        company="Tourismusverband Inntal-Nordkette",
        contact="a.hoertnagl@inntal-nordkette.example.at",
        parent="inntal_nordkette_einladung", quote="de2",
        charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "gastrotalent_residenz_verschoben", RES, "de",
        GT,
        "WG: Interview Hotel Residenz Schwabing – neuer Termin",
        "2026-06-05 12:14 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        kleine Änderung: Frau Kessler vom Hotel Residenz Schwabing hat am
        Dienstag eine Großveranstaltung dazubekommen und bittet darum, das
        Interview auf Mittwoch, 10. Juni, 16:00 Uhr zu verschieben.

        Passt Ihnen das? Dann gebe ich es so weiter.

        Schöne Grüße
        Jonas Feichtinger
        Gastro Talent Partners
        """,
        company="Hotel Residenz Schwabing", contact="j.feichtinger@gastrotalent.example.de",
        parent="gastrotalent_residenz_telefonat", quote="de", charset="utf-8", cte="8bit",
    ),
    # ================================================================ reschedule, English (3)
    spec(
        "lothianhill_interview_moved", RES, "en",
        FM,
        "Updated invitation: Interview - Conference and Events Coordinator",
        "2026-03-09 09:41 +0000",
        """
        Dear Franziska,

        I'm afraid we need to move your interview on Wednesday, as Dr Baird has
        been called into a Court meeting. I hope the following alternative
        suits you:

        Thursday 12 March 2026, 15:00 - 15:45 (UK time), same Teams link.

        The updated calendar invitation is attached. Apologies for the
        inconvenience, and please let me know if this is a problem.

        Kind regards,
        Fiona MacLeish
        Conference Office Manager
        """,
        company="Lothian Hill University", contact="f.macleish@lothianhill.example.uk",
        parent="lothianhill_interview_invite", quote="en",
        ics={"uid": "LHU-CO-INT-20260311-04@lothianhill.example.uk", "seq": 1,
             "start": "20260312T150000", "end": "20260312T154500", "tz": "Europe/London",
             "summary": "Interview: Conference and Events Coordinator (moved)",
             "location": "Microsoft Teams Meeting"},
        ics_mode="alt", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "forth_panel_postponed", RES, "en",
        AM,
        "Panel interview on 9 June - postponed",
        "2026-06-05 17:22 +0100",
        """
        Hi Franziska,

        Apologies for the short notice: we need to postpone Tuesday's panel
        interview. Heather has been asked to cover a client site visit in
        Glasgow that day.

        We're still very keen to meet you and I'll come back to you early next
        week with a couple of new dates. Please don't book any travel yet - or
        if you already have, let me know and we'll cover the change fee.

        Best,
        Alasdair
        """,
        company="Forth Congress Centre", contact="alasdair.munro@forthcongress.example.uk",
        parent="forth_panel_interview",
        ics={"uid": "fcc-panel-0609-franziska@forthcongress.example.uk", "seq": 1,
             "method": "CANCEL", "start": "20260609T133000", "end": "20260609T150000",
             "tz": "Europe/London", "summary": "Cancelled: Panel interview",
             "location": "Forth Congress Centre"},
        ics_mode="alt", charset="utf-8", cte="7bit",
    ),
    spec(
        "leithsound_slot_cancelled", RES, "en",
        ("Kirsty Dalgleish via Lever", "no-reply@hire.lever.co"),
        "Your interview with Leith Sound Festival has been cancelled",
        "2026-04-10 08:03 +0100",
        """
        Hi Franziska,

        Kirsty Dalgleish has cancelled your video screen scheduled for
        Tuesday 14 April, 11:30 BST.

        Message from Kirsty: "So sorry - our line-up announcement got moved
        and I'm tied up all Tuesday. Could you grab another slot with the link
        below? Thanks!"

        Pick a new time: https://hire.lever.co/interview-scheduling/leithsound/c91f0a2e

        Leith Sound Festival
        """,
        company="Leith Sound Festival", parent="leithsound_lever_schedule",
        charset="utf-8", cte="quoted-printable",
    ),
    # ================================================================ reschedule, French (2)
    spec(
        "lemanrive_entretien_reporte", RES, "fr",
        SD,
        "Report de notre entretien du 2 avril",
        "2026-03-31 14:26 +0200",
        f"""
        Bonjour Franziska,

        Je suis au regret de devoir reporter notre entretien prévu ce jeudi
        2 avril : M. Berset sera retenu par la visite d'inspection d'un
        congrès médical.

        Nous vous proposons à la place le mercredi 8 avril à 14 h, toujours
        sur Teams. Merci de me dire si ce nouveau créneau vous convient.

        Avec mes excuses pour ce changement,
        Sophie Dufaux

        {sig("Sophie Dufaux", "Chargée de recrutement", "Centre de congrès Léman-Rive",
             "Quai Gustave-Ador 30, 1207 Genève", "+41 22 555 73 10")}

        {DISCLAIMER_FR}
        """,
        company="Centre de congrès Léman-Rive", contact="sophie.dufaux@leman-rive.example.ch",
        parent="lemanrive_invitation_visio", quote="fr", charset="windows-1252",
        cte="quoted-printable",
    ),
    spec(
        "rhenus_entretien_annule", RES, "fr",
        ("Élodie Kieffer", "elodie.kieffer@rhenus-expo.example.fr"),
        "Annulé : Entretien Franziska Oberhuber-Lindgren – 30/06 10:00",
        "2026-06-22 10:51 +0200",
        """
        Bonjour Franziska,

        Nous devons malheureusement annuler l'entretien du 30 juin : le
        montage du salon Habitat & Jardin a été avancé et Marc Wendling sera
        sur site toute la semaine.

        Votre candidature reste bien entendu d'actualité. Je reviens vers vous
        rapidement avec une nouvelle date.

        Cordialement,
        Élodie Kieffer
        Chargée RH – Rhénus Expo
        """,
        company="Rhénus Expo", contact="elodie.kieffer@rhenus-expo.example.fr",
        parent="rhenus_teamtailor_entretien",
        ics={"uid": "tt-meeting-9a7c@rhenus-expo.example.fr", "seq": 2, "method": "CANCEL",
             "start": "20260630T100000", "end": "20260630T110000", "tz": "Europe/Paris",
             "summary": "Annulé : Entretien Chargée de projets salons",
             "location": "Parc des expositions\\, Strasbourg"},
        ics_mode="alt", charset="utf-8", cte="quoted-printable",
        name_enc=("utf-8", "Q"), subj_enc=("utf-8", "B"),
    ),
    # ================================================================ reschedule, Spanish (2)
    spec(
        "llevant_cambio_hora", RES, "es",
        NC,
        "Cambio de hora: entrevista 16 de julio",
        "2026-07-13 08:57 +0200",
        """
        Hola Franziska:

        Te escribo porque tenemos que cambiar la hora de la entrevista del
        jueves: en lugar de a las 11:00 será a las 13:00, en el mismo sitio.
        Jordi tiene una reunión con un cliente por la mañana que no hemos
        podido mover.

        Te mando la invitación actualizada. Perdona las molestias.

        Saludos,
        Núria
        """,
        company="Palacio de Congresos Llevant",
        contact="nuria.casals@congresos-llevant.example.es",
        parent="llevant_entrevista_presencial",
        ics={"uid": "pcl-entrevista-20260716-foberhuber@congresos-llevant.example.es",
             "seq": 1, "start": "20260716T130000", "end": "20260716T140000",
             "tz": "Europe/Madrid", "summary": "Entrevista técnica de congresos (13:00)",
             "location": "Palacio de Congresos Llevant\\, Av. del Litoral 86"},
        ics_mode="alt", charset="utf-8", cte="base64", name_enc=("utf-8", "B"),
    ),
    spec(
        "talentohostelero_aplazada", RES, "es",
        TS,
        "RE: Entrevista con Hotel Arenal Diagonal",
        "2026-08-31 19:30 +0200",
        """
        Hola Franziska:

        Me acaba de avisar Laura Pons, del Hotel Arenal Diagonal, de que
        tienen que aplazar la entrevista de este miércoles: la directora
        general ha convocado una reunión de presupuesto ese mismo día.

        En cuanto me den una nueva fecha te la paso. Sigues en el proceso, no
        te preocupes.

        Un saludo,
        Javier
        """,
        company="Hotel Arenal Diagonal", contact="javier.ortega@talentohostelero.example.es",
        parent="talentohostelero_arenal_entrevista", quote="es",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    # ================================================================ missed, German (5)
    spec(
        "donau_convention_nicht_erschienen", MISS, "de",
        ("Hannah Seidl", "hannah.seidl@donau-convention.example.at"),
        "Unser Termin heute um 10 Uhr",
        "2026-02-24 10:31 +0100",
        """
        Liebe Frau Oberhuber-Lindgren,

        wir hatten heute um 10:00 Uhr unser Video-Interview vereinbart und
        haben bis 10:20 Uhr im Teams-Meeting auf Sie gewartet. Leider konnten
        wir Sie nicht erreichen, auch nicht telefonisch.

        Vielleicht ist etwas dazwischengekommen? Falls Sie weiterhin Interesse
        haben, könnten wir am Freitag, 27. Februar, um 13:00 Uhr einen neuen
        Versuch starten. Bitte melden Sie sich bis morgen bei mir.

        Viele Grüße
        Hannah Seidl
        Kongressakquise
        Donau Convention Bureau
        """,
        company="Donau Convention Bureau", contact="hannah.seidl@donau-convention.example.at",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "flexwerk_fuschlsee_nicht_erschienen", MISS, "de",
        SP,
        "Vorstellung Tagungshotel Fuschlsee heute",
        "2026-05-08 12:05 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        das Tagungshotel Fuschlsee hat sich gerade bei mir gemeldet: Sie sind
        heute um 10:30 Uhr nicht zum vereinbarten Vorstellungstermin
        erschienen. Der Hoteldirektor hat eine Viertelstunde gewartet.

        Ich habe Sie auch zweimal am Handy versucht. Bitte rufen Sie mich
        zurück, damit wir klären können, was passiert ist und ob ein neuer
        Termin möglich ist.

        Grüße
        Sandra Pichler
        Flexwerk Personalleasing
        T +43 662 87 40 22
        """,
        company="Tagungshotel Fuschlsee", contact="sandra.pichler@flexwerk.example.at",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "gastrotalent_anruf_verpasst", MISS, "de",
        GT,
        "Telefonat heute 11 Uhr – nicht erreicht",
        "2026-07-02 11:24 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        wir waren heute um 11 Uhr für ein kurzes Telefonat zu der Stelle bei
        meinem Kunden (Kongresshotel in Wien, 300 Zimmer) verabredet. Ich habe
        Sie zur vereinbarten Zeit zweimal angerufen, aber nur die Mailbox
        erreicht.

        Schreiben Sie mir gerne, wann ich Sie heute oder morgen erreichen kann.

        Schöne Grüße
        Jonas Feichtinger
        Gastro Talent Partners
        """,
        company="Gastro Talent Partners", contact="j.feichtinger@gastrotalent.example.de",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "eventwerk_zoom_gewartet", MISS, "de",
        ("Ramona Stadler", "ramona.stadler@eventwerk-muenchen.example.de"),
        "Wir haben im Zoom auf dich gewartet",
        "2026-06-03 15:22 +0200",
        """
        Hi Franziska,

        wir waren heute um 15:00 Uhr zu deinem Interview verabredet, ich war
        bis 15:15 im Zoom-Raum, aber du bist leider nicht aufgetaucht.

        Falls es technische Probleme gab oder etwas dazwischengekommen ist,
        gib mir bitte Bescheid – dann schauen wir, ob wir noch einen Termin
        finden.

        Beste Grüße
        Ramona
        Operations Lead · Eventwerk München
        """,
        company="Eventwerk München", contact="ramona.stadler@eventwerk-muenchen.example.de",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "olympiapark_nicht_erschienen", MISS, "de",
        ("Christian Eberl", "c.eberl@olympiapark-eventhallen.example.de"),
        "Ihr Vorstellungstermin am 10.09.",
        "2026-09-10 16:40 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        Sie waren heute um 14:00 Uhr zum Vorstellungsgespräch für die Stelle
        Veranstaltungsmanagerin bei uns eingeladen. Leider sind Sie nicht
        erschienen und haben sich auch nicht abgemeldet.

        Wir möchten Ihnen dennoch einen zweiten Termin anbieten: Dienstag,
        15. September, 9:00 Uhr. Bitte bestätigen Sie bis Freitag, ob Sie
        diesen wahrnehmen möchten.

        Mit freundlichen Grüßen
        Christian Eberl
        Personalabteilung
        Olympiapark Eventhallen München
        """,
        company="Olympiapark Eventhallen München",
        contact="c.eberl@olympiapark-eventhallen.example.de", charset="iso-8859-1",
        cte="8bit",
    ),
    # ================================================================ missed, English (2)
    spec(
        "leithsound_call_missed", MISS, "en",
        ("Kirsty Dalgleish", "kirsty@leithsound.example.uk"),
        "Tried to call you",
        "2026-04-16 11:47 +0100",
        """
        Hi Franziska,

        I tried calling you at 11:30 as booked for our video screen, then on
        your mobile a couple of times, but couldn't get through. I waited in
        the meeting room until about quarter to twelve.

        Hope everything's okay! Let me know if you'd still like to chat.

        Kirsty
        Head of Artist Liaison, Leith Sound Festival
        """,
        company="Leith Sound Festival", contact="kirsty@leithsound.example.uk",
        charset="utf-8", cte="7bit",
    ),
    spec(
        "thistle_client_waited", MISS, "en",
        TH,
        "Where were you this morning?",
        "2026-07-23 12:35 +0100",
        """
        Hi Franziska,

        I've just had a call from my client - they were expecting you at 10:00
        this morning for the face-to-face interview at their hotel in the New
        Town and waited for you for half an hour. They also tried your phone.

        Not like you, so I hope all is well. Please give me a ring when you
        see this so I can let them know what happened.

        Callum
        Thistle Hospitality Recruitment
        07700 900 418
        """,
        company="Thistle Hospitality Recruitment", contact="callum.reid@thistle-hr.example.uk",
        charset="us-ascii", cte="7bit",
    ),
    # ================================================================ missed, French (1)
    spec(
        "alpes_hotellerie_msp_absente", MISS, "fr",
        AH,
        "Rendez-vous téléphonique manqué avec l'Hôtel Mont-Salève Palace",
        "2026-09-21 11:38 +0200",
        """
        Bonjour Franziska,

        M. Perrottet, de l'Hôtel Mont-Salève Palace, vient de m'informer qu'il
        a tenté de vous joindre à 11 h comme convenu, à trois reprises, sans
        succès. Il n'a pas pu vous laisser de message.

        Pourriez-vous me rappeler dès que possible ? Je verrai avec lui s'il
        est possible de fixer un nouveau créneau.

        Bien à vous,
        Mathilde Rochat
        Alpes Hôtellerie Conseil
        """,
        company="Hôtel Mont-Salève Palace", contact="m.rochat@alpes-hotellerie.example.ch",
        parent="alpes_hotellerie_msp_entretien", charset="windows-1252",
        cte="quoted-printable", subj_enc=("windows-1252", "Q"),
    ),
    # ================================================================ missed, Spanish (2)
    spec(
        "brisasonora_te_esperamos", MISS, "es",
        MV,
        "¿Todo bien? Te estuvimos esperando",
        "2026-04-28 17:35 +0200",
        """
        Hola Franziska:

        Pau y yo te estuvimos esperando en la videollamada de las 17:00, pero
        no te conectaste. Te hemos llamado también al móvil sin respuesta.

        Esperamos que no haya pasado nada. Si sigues interesada, escríbenos y
        vemos qué hacemos.

        Un abrazo,
        Marta
        """,
        company="Festival Brisa Sonora", contact="marta.vidal@brisasonora.example.es",
        parent="brisasonora_entrevista_video", charset="utf-8", cte="quoted-printable",
        subj_enc=("utf-8", "Q"),
    ),
    spec(
        "flexiempleo_no_presentada", MISS, "es",
        ("Rocío Benítez", "rocio.benitez@flexiempleo.example.es"),
        "No te presentaste a la entrevista de hoy",
        "2026-06-12 13:10 +0200",
        """
        Hola Franziska,

        Hoy a las 12:00 tenías la entrevista en nuestra oficina de la calle
        Balmes para el puesto de azafata de congresos y no te presentaste.
        Tampoco hemos podido localizarte por teléfono.

        Si quieres seguir en el proceso, llámame antes del viernes y buscamos
        otra hora.

        Saludos,
        Rocío Benítez
        Consultora · Flexiempleo ETT
        C/ Balmes 214, 08006 Barcelona
        """,
        company="Flexiempleo", contact="rocio.benitez@flexiempleo.example.es",
        charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q"),
    ),
]
