# ruff: noqa: C408  (hand-written specs read best as dict(...) calls)
"""Corpus 185, interview mail: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from msgs185_common import ats_card, paras

ME = ("Ottilie Brandstätter-Nwosu", "ottilie.bn@example.at")

VERENA = ("Verena Pichler", "verena.pichler@schlossberg-software.example.at")
SABINE = ("Mag. Sabine Wurzer", "sabine.wurzer@donauklinik.example.at")
DANIEL = ("Daniel Leitgeb", "d.leitgeb@talentbruecke.example.at")
RETO = ("Reto Gubler", "reto.gubler@limmatprivatbank.example.ch")
CLEMENS = ("Mag. Clemens Hofmann", "c.hofmann@hofmann-raab.example.at")
MELANIE = ("Melanie Szabo", "melanie.szabo@stellwerk.example.at")
ANNETTE = ("Annette Huber", "annette.huber@isarklinik-verbund.example.de")
KATHI = ("Kathi Obermaier", "kathi@brenner-software.example.de")
GABRIELE = ("Gabriele Kniely", "g.kniely@sonnhang-pflege.example.at")
PETRA = ("Petra Gsellmann", "p.gsellmann@weststeirische-wohnbau.example.at")
MAJA = ("Maja Kovač", "maja.kovac@dragonbridge.example.si")
CLAIRE = ("Claire Wagner", "claire.wagner@banquekirchberg.example.lu")
NINA = ("Nina Petrič", "nina.petric@alpinecare.example.si")
JONAS = ("Jonas Brandt", "jonas.brandt@nordlicht-payments.example.de")
SOPHIE = ("Sophie Reuter", "sophie.reuter@talentharbour.example.lu")
TJASA = ("Tjaša Zupan", "tjasa@koloapps.example.si")
NOEMIE = ("Noémie Favre", "noemie.favre@clinique-saleve.example.ch")
CAMILLE = ("Camille Rochat", "camille.rochat@leman-rh.example.ch")
JULIEN = ("Julien Perrin", "julien.perrin@rhoneleman.example.ch")
ITZIAR = ("Itziar Etxeberria", "itziar.etxeberria@gh-nervion.example.es")
ANE = ("Ane Zabala", "ane.zabala@riasoftware.example.es")
MIREN = ("Miren Goikoetxea", "m.goikoetxea@ibaizabal.example.es")

MESSAGES: list[dict] = [
    # ================================================================= invitations, de
    dict(
        key="t1_inv",
        kind="interview_invitation", slug="schlossberg_first_interview_ics", lang="de",
        company="Schlossberg Software", contact=VERENA[1],
        date="2026-01-27 14:20 +0100", frm=VERENA,
        subject="Einladung zum Erstgespräch – HR Onboarding Coordinator",
        html_auto="outlook", cte="quoted-printable",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank für Ihre Bewerbung als HR Onboarding Coordinator. Ihr Motivations"
            "schreiben hat uns neugierig gemacht, besonders die Art, wie Sie neue Kinder und "
            "Eltern im Kindergarten begleiten.\n\n"
            "Wir würden Sie gern zu einem ersten Gespräch einladen:\n"
            "Donnerstag, 5. Februar 2026, 10:00–11:00 Uhr\n"
            "Schlossberg Software, Lendplatz 18, 8020 Graz (3. Stock, bitte läuten)\n\n"
            "Sie treffen mich und unseren Geschäftsführer Markus Trummer. Eine Kalender"
            "einladung liegt bei; sollte der Termin nicht passen, schlagen Sie mir gern zwei "
            "Alternativen vor.\n\n"
            "Liebe Grüße\n"
            "Verena Pichler\n"
            "People & Culture | Schlossberg Software GmbH\n"
            "Lendplatz 18, 8020 Graz | +43 316 908 442 17\n"
        ),
        ics=dict(method="REQUEST", uid="erstgespraech-0112@schlossberg-software.example.at",
                 start="2026-02-05 10:00", minutes=60,
                 summary="Erstgespräch Ottilie Brandstätter-Nwosu / Schlossberg Software",
                 location="Schlossberg Software, Lendplatz 18, 8020 Graz",
                 organizer=VERENA, stamp="20260127T132000Z"),
    ),
    dict(
        key="t2_inv",
        kind="interview_invitation", slug="donauklinik_panel_hearing_ics", lang="de",
        company="Donauklinik Gruppe", contact=SABINE[1],
        date="2026-02-23 11:02 +0100", frm=SABINE,
        cc=[("Mag. Eva Brunner", "eva.brunner@donauklinik.example.at"),
            ("Thomas Fasching", "thomas.fasching@donauklinik.example.at")],
        subject="Einladung zum Hearing – Onboarding-Koordination Pflege",
        html_auto="outlook", cte="quoted-printable", ics_file="Hearing_Einladung.ics",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir freuen uns, Sie zu einem Hearing für die Stelle Onboarding-Koordination "
            "Pflege einzuladen. Das Gespräch findet online über Microsoft Teams statt:\n\n"
            "Donnerstag, 5. März 2026, 10:00 Uhr (Dauer ca. 60 Minuten)\n\n"
            "Der Kommission gehören Frau Pflegedirektorin Mag. Eva Brunner, Herr Thomas "
            "Fasching als Vertreter des Betriebsrats und ich an. Bitte bereiten Sie eine "
            "kurze Präsentation (max. 10 Minuten) zum Thema „Die ersten 30 Tage einer neuen "
            "Pflegekraft“ vor.\n\n"
            "Den Teams-Link finden Sie in der beigefügten Kalendereinladung.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Wurzer\n\n"
            "Mag. Sabine Wurzer\n"
            "Recruiting & Personalentwicklung\n"
            "Donauklinik Gruppe – Zentrale Personalabteilung\n"
            "Handelskai 214, 1020 Wien\n"
            "T +43 1 21840 3312\n"
        ),
        ics=dict(method="REQUEST", uid="hearing-ok-pflege-07@donauklinik.example.at",
                 start="2026-03-05 10:00", minutes=60,
                 summary="Hearing Onboarding-Koordination Pflege – Brandstätter-Nwosu",
                 location="Microsoft Teams – https://teams.example.at/l/meetup-join/19%3ameeting_DK07",
                 organizer=SABINE, stamp="20260223T100200Z",
                 attendees=[ME, ("Mag. Eva Brunner", "eva.brunner@donauklinik.example.at"),
                            ("Thomas Fasching", "thomas.fasching@donauklinik.example.at")]),
    ),
    dict(
        key="t6_inv", parent="t6_reg",
        kind="interview_invitation", slug="talentbruecke_sets_up_kammerland", lang="de",
        company="Kammerland Bank", contact=DANIEL[1],
        date="2026-02-16 10:45 +0100", frm=DANIEL,
        subject="Kammerland Bank möchte Sie kennenlernen",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "gute Neuigkeiten: Ich habe Ihr Profil letzte Woche anonymisiert der Kammerland "
            "Bank vorgestellt, und die HR-Leiterin Frau Dr. Resch möchte Sie persönlich "
            "treffen.\n\n"
            "Vorgeschlagener Termin: Mittwoch, 25. Februar, 9:30 Uhr, Zentrale am "
            "Joanneumring 6, 8010 Graz. Geplant ist eine Stunde, danach eine kurze Führung "
            "durch das Onboarding-Center.\n\n"
            "Bitte geben Sie mir bis morgen Bescheid, ob das bei Ihnen geht – ich bestätige "
            "dann direkt bei der Bank.\n\n"
            "Beste Grüße\n"
            "Daniel Leitgeb\n"
            "Senior Consultant | TalentBrücke Personalservice\n"
            "Annenstraße 52, 8020 Graz | +43 316 720 118\n"
        ),
    ),
    dict(
        key="t8_inv",
        kind="interview_invitation", slug="limmat_assessment_centre_pdf", lang="de",
        company="Limmat Privatbank", contact=RETO[1],
        date="2026-06-03 09:12 +0200", frm=RETO,
        subject="Einladung Assessment Center – HR Onboarding Specialist",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu\n\n"
            "Gerne laden wir Sie zur letzten Stufe unseres Auswahlverfahrens ein, dem "
            "Assessment Center:\n\n"
            "Dienstag, 16. Juni 2026, 08:30 bis ca. 16:00 Uhr\n"
            "Limmat Privatbank AG, Bahnhofstrasse 88, 8001 Zürich, Empfang 2. OG\n\n"
            "Auf dem Programm stehen eine Präsentation, ein Rollenspiel mit einer "
            "neu eintretenden Mitarbeiterin und eine Gruppenübung. Den detaillierten Ablauf "
            "finden Sie im Anhang. Reisekosten ab Graz übernehmen wir gegen Beleg.\n\n"
            "Bitte bestätigen Sie Ihre Teilnahme bis 8. Juni.\n\n"
            "Freundliche Grüsse\n\n"
            "Reto Gubler\n"
            "HR Business Partner\n"
            "Limmat Privatbank AG, Bahnhofstrasse 88, 8001 Zürich\n"
            "+41 44 555 21 90\n\n"
            "Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt.\n"
        ),
        pdfs=[dict(filename="Ablauf_Assessment_Center_16-06-2026.pdf",
                   title="Limmat Privatbank - Assessment Center 16.06.2026",
                   lines=["08:30 Empfang und Einfuehrung", "09:15 Praesentation (15 Min.)",
                          "10:30 Rollenspiel Eintrittsgespraech", "12:00 Mittagessen",
                          "13:15 Gruppenuebung", "15:15 Abschlussgespraech"])],
    ),
    dict(
        key="hr_inv",
        kind="interview_invitation", slug="hofmann_raab_phone_screen_almtaler", lang="de",
        company="Almtaler Molkerei", contact=CLEMENS[1],
        date="2026-08-03 08:55 +0200", frm=CLEMENS,
        subject="Almtaler Molkerei – HR-Onboarding-Koordination / kurzes Telefonat?",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "ich betreue derzeit die Besetzung einer HR-Onboarding-Koordination für die "
            "Almtaler Molkerei am Standort Gleisdorf. Das Unternehmen wächst stark und "
            "stellt heuer rund 120 Personen ein – Ihr pädagogischer Hintergrund könnte dort "
            "genau richtig sein.\n\n"
            "Bevor ich Sie dem Kunden vorstelle, würde ich gern mit Ihnen telefonieren. "
            "Hätten Sie am Mittwoch oder Donnerstag zwischen 9 und 11 Uhr 20 Minuten Zeit? "
            "Nennen Sie mir einfach eine Uhrzeit und die beste Nummer.\n\n"
            "Mit besten Grüßen\n\n"
            "Mag. Clemens Hofmann\n"
            "Geschäftsführender Partner\n"
            "Hofmann & Raab Personalberatung GmbH\n"
            "Schottenring 19/4, 1010 Wien\n"
            "Tel. +43 1 532 77 40 | Mobil +43 664 381 2290\n"
        ),
    ),
    dict(
        key="lw_inv",
        kind="interview_invitation", slug="lernwerk_casual_call", lang="de",
        company="Lernwerk Digital", contact="jakob@lernwerk.example.at",
        date="2026-02-11 21:14 +0100",
        frm=("Jakob Hinterleitner", "jakob@lernwerk.example.at"),
        subject="kurzer Call am Donnerstag?",
        text=(
            "Hi Ottilie,\n\n"
            "danke für deine Bewerbung! Hast du am Donnerstag um 16 Uhr Zeit für einen "
            "kurzen Call (30 min, Google Meet)? Falls nicht, schick mir einfach zwei "
            "andere Zeiten.\n\n"
            "Cheers\n"
            "Jakob\n"
            "Co-Founder, Lernwerk Digital – Wien\n"
        ),
    ),
    dict(
        key="se_inv",
        kind="interview_invitation", slug="seenland_successfactors_pick_slot", lang="de",
        company="Seenland Energie", contact="",
        date="2026-04-07 06:15 +0000",
        frm=("Seenland Energie Karriere", "noreply@successfactors.eu"),
        subject="Terminauswahl für Ihr Vorstellungsgespräch bei Seenland Energie",
        html_auto="card", html_args=dict(brand="Seenland Energie", color="#0a5c8a"),
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem "
            "Vorstellungsgespräch für die Stelle Referent/in Mitarbeitereinführung ein.\n\n"
            "Bitte wählen Sie über den folgenden Link einen freien Termin zwischen 20. und "
            "24. April 2026:\n"
            "https://career5.successfactors.eu/career?company=seenlandP&interview=88213\n\n"
            "Das Gespräch findet in unserer Zentrale, St. Veiter Ring 30, 9020 Klagenfurt, "
            "statt und dauert etwa 45 Minuten.\n\n"
            "Mit freundlichen Grüßen\n"
            "Human Resources, Seenland Energie GmbH\n"
        ),
    ),
    dict(
        key="ik_inv",
        kind="interview_invitation", slug="isarklinik_interview_ics", lang="de",
        company="Isarklinik Verbund", contact=ANNETTE[1],
        date="2026-04-22 13:30 +0200", frm=ANNETTE,
        subject="Einladung zum Vorstellungsgespräch am 5. Mai 2026",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank für Ihre Bewerbung als Koordinatorin Mitarbeiter-Onboarding. Wir "
            "laden Sie herzlich zu einem persönlichen Gespräch ein:\n\n"
            "Dienstag, 5. Mai 2026, 11:00 Uhr\n"
            "Isarklinik Bogenhausen, Verwaltungsgebäude Haus C, Raum 2.14\n"
            "Gesprächspartner: Dr. Florian Wendl (Leitung Personal) und ich\n\n"
            "Ein Kalendereintrag ist angehängt. Falls Sie mit der Bahn aus Graz anreisen, "
            "erstatten wir die Fahrtkosten zweiter Klasse.\n\n"
            "Mit freundlichen Grüßen\n"
            "Annette Huber\n"
            "Personalgewinnung\n"
            "Isarklinik Verbund gGmbH, Englschalkinger Straße 110, 81925 München\n"
        ),
        ics=dict(method="REQUEST", uid="vg-2026-0505-hc214@isarklinik-verbund.example.de",
                 start="2026-05-05 11:00", minutes=60, tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Koordination Mitarbeiter-Onboarding",
                 location="Isarklinik Bogenhausen, Haus C, Raum 2.14",
                 organizer=ANNETTE, stamp="20260422T113000Z"),
    ),
    dict(
        key="bs_inv",
        kind="interview_invitation", slug="brenner_personio_booking_link", lang="de",
        company="Brenner Software", contact=KATHI[1],
        date="2026-05-06 10:00 +0200",
        frm=("Brenner Software GmbH", "no-reply@personio.de"), reply_to=KATHI,
        subject="Brenner Software: Einladung zum Interview",
        html_auto="card", html_args=dict(brand="Brenner Software – Karriere", color="#d0451b",
                                          footer="Versendet mit Personio"),
        cte="quoted-printable",
        text=(
            "Hallo Ottilie Brandstätter-Nwosu,\n\n"
            "Kathi Obermaier aus unserem People Team möchte dich zu einem ersten Interview "
            "(Video, 45 Minuten) für die Position People Onboarding Specialist einladen.\n\n"
            "Bitte buche dir über diesen Link einen passenden Termin:\n"
            "https://brenner-software.jobs.personio.de/interview/booking/5f2c9a\n\n"
            "Bei Fragen antworte einfach auf diese E-Mail – sie landet direkt bei Kathi.\n\n"
            "Viele Grüße\n"
            "Dein Brenner Software Team\n"
        ),
    ),
    dict(
        key="sp_inv",
        kind="interview_invitation", slug="sonnhang_trial_day", lang="de",
        company="Sonnhang Pflege", contact=GABRIELE[1],
        date="2026-06-08 08:20 +0200", frm=GABRIELE,
        subject="Einladung zum Schnuppertag in der Personalabteilung",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "nach unserem netten Telefonat möchten wir Sie gerne zu einem Schnuppertag in "
            "unsere Personalabteilung einladen. So können Sie sehen, wie wir neue "
            "Pflegekräfte in ihren ersten Wochen begleiten, und wir lernen Sie besser "
            "kennen.\n\n"
            "Termin: Montag, 15. Juni 2026, 8:00 bis 13:00 Uhr\n"
            "Ort: Haus Sonnhang, Radegunder Straße 41, 8045 Graz-Andritz\n\n"
            "Bitte bringen Sie bequeme Schuhe mit, wir sind viel auf den Stationen "
            "unterwegs. Für ein Mittagessen ist gesorgt.\n\n"
            "Mit freundlichen Grüßen\n"
            "Gabriele Kniely\n"
            "Personalleitung, Sonnhang Pflege gemeinnützige GmbH\n"
            "Tel. 0316 69 12 40-15\n"
        ),
    ),
    dict(
        key="ks_inv",
        kind="interview_invitation", slug="stellwerk_phone_screen", lang="de",
        company="Kaufhaus Stellwerk", contact=MELANIE[1],
        date="2026-03-23 16:05 +0100", frm=MELANIE,
        subject="Ihre Bewerbung HR-Onboarding – Telefontermin",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihre Bewerbung für das HR-Onboarding in unserer Filiale Mariahilf. "
            "Bevor wir zu einem persönlichen Gespräch einladen, führen wir ein kurzes "
            "telefonisches Erstgespräch.\n\n"
            "Ich würde Sie gern am Donnerstag, 26. März, um 10:00 Uhr anrufen (ca. 20 "
            "Minuten). Passt Ihnen das? Bitte bestätigen Sie mir auch, ob ich Sie unter der "
            "Nummer aus Ihrem Lebenslauf erreiche.\n\n"
            "Viele Grüße\n"
            "Melanie Szabo\n"
            "Personal & Recruiting | Kaufhaus Stellwerk\n"
            "Mariahilfer Straße 140, 1150 Wien\n"
        ),
    ),
    dict(
        key="ud_inv", parent="ud_ack",
        kind="interview_invitation", slug="uetliberg_greenhouse_scheduling_html", lang="de",
        company="Uetliberg Digital", contact="sandra.keller@uetliberg-digital.example.ch",
        date="2026-07-01 10:30 +0200",
        frm=("Sandra Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Sandra Keller", "sandra.keller@uetliberg-digital.example.ch"),
        subject="Video-Interview mit Uetliberg Digital – bitte Zeitfenster wählen",
        html=ats_card("Uetliberg Digital", paras(
            "Grüezi Frau Brandstätter-Nwosu\n\n"
            "Vielen Dank für Ihr Interesse an der Rolle People Onboarding Coordinator. Wir "
            "möchten Sie gerne zu einem Video-Interview mit Marco Frei (Head of People) und "
            "mir einladen.\n\n"
            "Bitte wählen Sie unter dem folgenden Link ein Zeitfenster von 60 Minuten in der "
            "Woche vom 6. Juli:")
            + '\n<p><a href="https://app.greenhouse.io/scheduling/self_schedule/ud-7781c">'
              "Zeitfenster auswählen</a></p>\n"
            + paras("Freundliche Grüsse\nSandra Keller\nTalent Acquisition, Uetliberg "
                    "Digital AG, Hardturmstrasse 161, 8005 Zürich"),
            color="#24a148", footer="Sent via Greenhouse"),
    ),
    dict(
        key="ww_inv",
        kind="interview_invitation", slug="weststeirische_wohnbau_latin1", lang="de",
        company="Weststeirische Wohnbau", contact=PETRA[1],
        date="2026-07-06 11:48 +0200", frm=PETRA,
        subject="Einladung Vorstellungsgespräch – Assistenz Personal", subj_enc=("windows-1252", "Q"),
        charset="iso-8859-1",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir bedanken uns für Ihre Bewerbung und laden Sie zu einem "
            "Vorstellungsgespräch ein:\n\n"
            "Freitag, 10. Juli 2026, 9:00 Uhr\n"
            "Weststeirische Wohnbau, Hauptstraße 12, 8570 Voitsberg, 1. Stock\n\n"
            "Parkplätze finden Sie hinter dem Gebäude; vom Bahnhof Voitsberg sind es zu Fuß "
            "etwa zehn Minuten. Wir ersuchen um kurze Bestätigung des Termins.\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Gsellmann\n"
            "Personalverwaltung\n"
            "Weststeirische Wohnbau reg. Gen.m.b.H.\n"
            "Tel. 03142 233 40-12\n"
        ),
    ),
    # ================================================================= invitations, en
    dict(
        key="t3_inv", parent="t3_ack",
        kind="interview_invitation", slug="dragonbridge_ashby_scheduling", lang="en",
        company="Dragonbridge Labs", contact=MAJA[1],
        date="2026-03-16 09:00 +0100",
        frm=("Dragonbridge Labs Hiring Team", "no-reply@ashbyhq.com"), reply_to=MAJA,
        rt_enc=("utf-8", "B"),
        subject="Let's talk – People Onboarding Coordinator at Dragonbridge Labs",
        html_auto="card", html_args=dict(brand="Dragonbridge Labs", color="#3b2a8f"),
        cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "Maja Kovač would like to schedule a 45-minute video interview with you for the "
            "People Onboarding Coordinator role.\n\n"
            "Please pick a time that works for you here:\n"
            "https://app.ashbyhq.com/scheduling/dragonbridge/4c1e7f0b\n\n"
            "You'll be speaking with Maja and Luka Horvat, our Engineering Manager. If none "
            "of the slots suit you, just reply and Maja will find another time.\n\n"
            "Best,\n"
            "The Dragonbridge Labs Hiring Team\n"
        ),
    ),
    dict(
        key="t7_inv",
        kind="interview_invitation", slug="kirchberg_panel_invite_ics", lang="en",
        company="Banque Kirchberg", contact=CLAIRE[1],
        date="2026-05-18 15:30 +0200", frm=CLAIRE,
        cc=[("Paul Hansen", "paul.hansen@banquekirchberg.example.lu")],
        subject="Interview invitation – HR Onboarding Officer",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        ics_file="invite.ics",
        text=(
            "Dear Ottilie,\n\n"
            "Thank you for your application for the HR Onboarding Officer position. We would "
            "be pleased to invite you to a panel interview at our head office:\n\n"
            "Thursday, 28 May 2026, 14:00–15:15\n"
            "Banque Kirchberg, 5 avenue Kennedy, L-1855 Luxembourg – meeting room Alzette\n\n"
            "The panel will consist of Paul Hansen (Head of HR Operations), a colleague from "
            "our works council and myself. Please bring an identity document for the "
            "reception desk.\n\n"
            "A calendar invitation is attached; kindly accept it or let me know if the "
            "time is not convenient.\n\n"
            "Kind regards,\n"
            "Claire Wagner\n"
            "Talent Acquisition Partner\n"
            "Banque Kirchberg S.A. | 5 avenue Kennedy | L-1855 Luxembourg\n"
            "T +352 42 77 10 561\n\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete it. Banque Kirchberg S.A., "
            "R.C.S. Luxembourg B 000001.\n"
        ),
        ics=dict(method="REQUEST", uid="panel-hroo-0528@banquekirchberg.example.lu",
                 start="2026-05-28 14:00", minutes=75, tz="Europe/Luxembourg",
                 summary="Panel interview – HR Onboarding Officer",
                 location="Banque Kirchberg, 5 avenue Kennedy, Luxembourg – Alzette",
                 organizer=CLAIRE, stamp="20260518T133000Z",
                 attendees=[ME, ("Paul Hansen", "paul.hansen@banquekirchberg.example.lu")]),
    ),
    dict(
        key="ac_inv",
        kind="interview_invitation", slug="alpinecare_phone_screen_placeholder", lang="en",
        company="Alpine Care Group", contact=NINA[1],
        date="2026-08-05 11:10 +0200", frm=NINA, frm_enc=("utf-8", "Q"),
        subject="Phone screen – Onboarding Coordinator, Ljubljana clinics",
        text=(
            "Dear Ottilie,\n\n"
            "Thanks for applying to Alpine Care Group. I'd like to set up a 20-minute phone "
            "screen to hear about your background and to explain how onboarding works "
            "across our four clinics.\n\n"
            "Would Tuesday 11 August at 10:00 work? I've put a placeholder in your calendar; "
            "I will call the number on your CV.\n\n"
            "Best regards,\n"
            "Nina Petrič\n"
            "Recruiter, Alpine Care Group\n"
            "Zaloška cesta 7, 1000 Ljubljana | +386 1 300 42 18\n"
        ),
        ics=dict(method="REQUEST", uid="screen-4471-otbn@alpinecare.example.si",
                 start="2026-08-11 10:00", minutes=20, tz="Europe/Ljubljana",
                 summary="Phone screen Alpine Care Group (Nina Petrič)",
                 location="Phone", organizer=NINA, stamp="20260805T091000Z"),
    ),
    dict(
        key="np_inv",
        kind="interview_invitation", slug="nordlicht_free_thursday", lang="en",
        company="Nordlicht Payments", contact=JONAS[1],
        date="2026-09-01 19:40 +0200", frm=JONAS,
        subject="your application – quick chat?",
        text=(
            "Hi Ottilie,\n\n"
            "Saw your application come through for the onboarding role in Munich. Are you "
            "free Thursday to chat? 30 minutes, say 3pm CET on Google Meet – I'll send the "
            "link once you say yes.\n\n"
            "Jonas\n"
            "Head of People, Nordlicht Payments\n"
        ),
    ),
    dict(
        key="th_inv", parent="th_reg",
        kind="interview_invitation", slug="talentharbour_sets_up_ardennes", lang="en",
        company="Ardennes Insurance", contact=SOPHIE[1],
        date="2026-07-27 13:05 +0200", frm=SOPHIE,
        subject="Interview with Ardennes Insurance – Wednesday 5 August",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "I'm delighted to say that Ardennes Insurance would like to meet you for the "
            "Onboarding Coordinator role we discussed.\n\n"
            "Date: Wednesday 5 August, 10:30\n"
            "Place: Ardennes Insurance, 3 rue des Mérovingiens, L-8070 Bertrange (ask for "
            "Marc Hoffmann, HR Director)\n"
            "Format: about an hour, in English, with a short role-play of a first-day "
            "welcome\n\n"
            "Could you confirm by tomorrow? I'll give you a call on Monday to prepare.\n\n"
            "Best wishes,\n"
            "Sophie\n\n"
            "Sophie Reuter\n"
            "Consultant, HR & Office Support\n"
            "Talent Harbour S.à r.l., Luxembourg\n"
            "12, rue Philippe II, L-2340 Luxembourg\n"
            "+352 26 48 90 12\n"
        ),
    ),
    dict(
        key="qb_inv", parent="qb_ack",
        kind="interview_invitation", slug="quaibridge_recorded_video_interview", lang="en",
        company="Quaibridge Bank", contact="",
        date="2026-08-25 06:30 +0000",
        frm=("Quaibridge Bank", "no-reply@smartrecruiters.com"),
        subject="Next step: your video interview for Onboarding Specialist",
        html_auto="card", html_args=dict(brand="Quaibridge Bank Careers", color="#22314a"),
        cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "Good news – we would like to invite you to the next step of our selection "
            "process: a recorded video interview with five questions.\n\n"
            "Please complete it by 1 September 2026 using this link:\n"
            "https://jobs.smartrecruiters.com/QuaibridgeBank/video/7431aa\n\n"
            "You will have two minutes per answer and may practise as often as you like "
            "before recording.\n\n"
            "Kind regards,\n"
            "Quaibridge Bank Talent Acquisition\n"
        ),
    ),
    dict(
        key="ko_inv",
        kind="interview_invitation", slug="kolo_meet_with_cto", lang="en",
        company="Kolo Apps", contact=TJASA[1],
        date="2026-09-07 10:18 +0200", frm=TJASA, frm_enc=("utf-8", "B"),
        subject="Chat with Kolo this Thursday?",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "Thanks for your application – loved the bit about first-day buddy systems.\n\n"
            "Would you like to come for a chat with me and our CTO, Rok? Thursday 10 "
            "September at 13:00 on Google Meet: https://meet.google.com/kol-oapp-sxx\n\n"
            "Let me know if that time is fine.\n\n"
            "Tjaša\n"
            "Ops & People, Kolo Apps, Ljubljana\n"
        ),
    ),
    # ================================================================= invitations, fr
    dict(
        key="t4_inv",
        kind="interview_invitation", slug="saleve_entretien_ics", lang="fr",
        company="Clinique du Salève", contact=NOEMIE[1],
        date="2026-04-14 09:30 +0200", frm=NOEMIE, frm_enc=("iso-8859-1", "Q"),
        subject="Invitation à un entretien – Coordinatrice onboarding RH",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "Votre candidature au poste de coordinatrice onboarding RH a retenu toute notre "
            "attention et nous avons le plaisir de vous convier à un entretien.\n\n"
            "Jeudi 23 avril 2026 à 10h00\n"
            "Clinique du Salève, Route de Troinex 40, 1234 Vessy – bâtiment administratif, "
            "2e étage\n\n"
            "Vous rencontrerez Mme Isabelle Roux, directrice des ressources humaines, et "
            "moi-même. Merci de confirmer votre présence en acceptant l'invitation ci-jointe.\n\n"
            "Avec mes meilleures salutations,\n"
            "Noémie Favre\n"
            "Chargée de recrutement\n"
            "Clinique du Salève SA – 022 304 18 60\n"
        ),
        ics=dict(method="REQUEST", uid="entretien-coord-onb-23@clinique-saleve.example.ch",
                 start="2026-04-23 10:00", minutes=60, tz="Europe/Zurich",
                 summary="Entretien – Coordinatrice onboarding RH",
                 location="Clinique du Salève, Route de Troinex 40, Vessy",
                 organizer=NOEMIE, stamp="20260414T073000Z"),
    ),
    dict(
        key="lm_inv", parent="lm_reg",
        kind="interview_invitation", slug="leman_sets_up_pharmacies", lang="fr",
        company="Pharmacies du Rhône", contact=CAMILLE[1],
        date="2026-03-16 14:00 +0100", frm=CAMILLE,
        subject="Entretien chez Pharmacies du Rhône",
        text=(
            "Bonjour Ottilie,\n\n"
            "Bonne nouvelle : la direction des Pharmacies du Rhône a lu votre dossier et "
            "souhaite vous rencontrer pour la mission d'assistante RH (intégration des "
            "nouveaux collaborateurs).\n\n"
            "Rendez-vous le mardi 24 mars à 9h00, à leur siège, Boulevard Carl-Vogt 12, "
            "1205 Genève. Vous serez reçue par Mme Anne-Laure Gay, pharmacienne responsable, "
            "et par leur gestionnaire RH.\n\n"
            "Pouvez-vous me confirmer votre disponibilité par retour de mail ?\n\n"
            "Belle journée,\n"
            "Camille Rochat\n"
            "Consultante RH – Léman Services RH SA\n"
            "Rue du Rhône 65, 1204 Genève – 022 310 44 80\n"
        ),
    ),
    dict(
        key="rl_inv",
        kind="interview_invitation", slug="rhoneleman_phone_interview", lang="fr",
        company="Banque Rhône-Léman", contact=JULIEN[1],
        date="2026-05-26 16:45 +0200", frm=JULIEN,
        subject="Entretien téléphonique – Chargée d'intégration RH",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Madame Brandstätter-Nwosu,\n\n"
            "Suite à votre candidature, je vous propose un premier entretien téléphonique "
            "d'une trentaine de minutes le mardi 2 juin à 9h30.\n\n"
            "Je vous appellerai au numéro indiqué dans votre CV (+43 664 …). Si ce créneau "
            "ne vous convient pas, n'hésitez pas à m'en proposer un autre.\n\n"
            "Cordialement,\n"
            "Julien Perrin\n"
            "Chargé de recrutement, Banque Rhône-Léman SA\n"
            "Quai du Mont-Blanc 31, 1201 Genève\n"
        ),
    ),
    # ================================================================= invitations, es
    dict(
        key="t5_inv",
        kind="interview_invitation", slug="nervion_entrevista_presencial", lang="es",
        company="Grupo Hospitalario Nervión", contact=ITZIAR[1],
        date="2026-04-28 10:20 +0200", frm=ITZIAR,
        subject="Entrevista – Técnica de acogida RR. HH.",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hola, Ottilie:\n\n"
            "Hemos revisado tu candidatura para el puesto de técnica de acogida en Recursos "
            "Humanos y nos gustaría conocerte en persona.\n\n"
            "Te proponemos una entrevista el martes 5 de mayo a las 10:00 en nuestra sede de "
            "Alameda de Urquijo 41 (Bilbao), planta 3. Estaremos Garazi Landa, directora de "
            "enfermería, y yo.\n\n"
            "¿Nos confirmas si te viene bien?\n\n"
            "Un saludo,\n"
            "Itziar Etxeberria\n"
            "Responsable de Selección\n"
            "Grupo Hospitalario Nervión · Tel. 944 20 77 15\n"
        ),
    ),
    dict(
        key="rs_inv",
        kind="interview_invitation", slug="ria_videollamada", lang="es",
        company="Ría Software", contact=ANE[1],
        date="2026-06-10 12:02 +0200", frm=ANE,
        subject="¿Videollamada la semana que viene?",
        text=(
            "¡Hola Ottilie!\n\n"
            "Soy Ane, de Personas en Ría Software. Nos ha gustado tu CV para la posición de "
            "coordinadora de onboarding.\n\n"
            "¿Te vendría bien una videollamada el miércoles 17 de junio a las 11:00? Serán "
            "unos 40 minutos; te mando el enlace de Google Meet en cuanto me confirmes.\n\n"
            "¡Gracias!\n"
            "Ane Zabala\n"
            "People Partner · Ría Software · Bilbao\n"
        ),
    ),
    dict(
        key="ib_inv",
        kind="interview_invitation", slug="ibaizabal_convocatoria_prueba_pdf", lang="es",
        company="Ayuntamiento de Ibaizabal", contact=MIREN[1],
        date="2026-05-20 09:00 +0200", frm=MIREN,
        subject="Convocatoria: prueba práctica y entrevista personal",
        subj_enc=("utf-8", "B"), cte="base64",
        text=(
            "Estimada Sra. Brandstätter-Nwosu:\n\n"
            "Por la presente se le convoca a la prueba práctica y a la entrevista personal "
            "del proceso selectivo para el puesto de técnico/a auxiliar de Recursos Humanos "
            "(acogida de personal).\n\n"
            "Fecha: martes, 9 de junio de 2026\n"
            "Hora: 9:30 (prueba práctica); la entrevista se realizará a continuación\n"
            "Lugar: Casa Consistorial, sala de plenos, Plaza Nueva 1\n\n"
            "Deberá presentar su DNI, NIE o pasaporte. Se adjunta la resolución de "
            "convocatoria.\n\n"
            "Atentamente,\n"
            "Miren Goikoetxea\n"
            "Técnica de Recursos Humanos\n"
            "Ayuntamiento de Ibaizabal\n"
        ),
        pdfs=[dict(filename="Resolucion_convocatoria_RRHH_2026.pdf",
                   title="Ayuntamiento de Ibaizabal - Resolucion de convocatoria",
                   lines=["Proceso selectivo: tecnico/a auxiliar de RR. HH.",
                          "Prueba practica: 9 de junio de 2026, 9:30",
                          "Lugar: Casa Consistorial, sala de plenos",
                          "Aspirante: Brandstatter-Nwosu, Ottilie"])],
    ),
    # ================================================================= reschedules, de
    dict(
        key="t1_res", parent="t1_inv",
        kind="interview_reschedule_or_cancel", slug="schlossberg_updated_ics_sequence", lang="de",
        company="Schlossberg Software", contact=VERENA[1],
        date="2026-02-02 09:05 +0100", frm=VERENA,
        subject="Aktualisiert: Erstgespräch Schlossberg Software – neuer Termin Di 10.02. 15:00",
        cte="quoted-printable",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "leider ist unser Geschäftsführer am Donnerstag kurzfristig auf einer Messe in "
            "Linz. Wir müssen unser Gespräch daher verlegen und schlagen vor:\n\n"
            "Dienstag, 10. Februar 2026, 15:00–16:00 Uhr, gleicher Ort.\n\n"
            "Die aktualisierte Kalendereinladung ersetzt die bisherige. Sorry für die "
            "Umstände!\n\n"
            "Liebe Grüße\n"
            "Verena Pichler\n"
            "People & Culture | Schlossberg Software GmbH\n"
        ),
        ics=dict(method="REQUEST", uid="erstgespraech-0112@schlossberg-software.example.at",
                 sequence=1, start="2026-02-10 15:00", minutes=60,
                 summary="Erstgespräch Ottilie Brandstätter-Nwosu / Schlossberg Software",
                 location="Schlossberg Software, Lendplatz 18, 8020 Graz",
                 organizer=VERENA, stamp="20260202T080500Z"),
    ),
    dict(
        key="t2_mov", parent="t2_inv",
        kind="interview_reschedule_or_cancel", slug="donauklinik_hearing_moved", lang="de",
        company="Donauklinik Gruppe", contact=SABINE[1],
        date="2026-03-02 15:18 +0100", frm=SABINE,
        subject="Geändert: Hearing Onboarding-Koordination Pflege – Fr 06.03.2026 13:30",
        html_auto="outlook", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "aufgrund einer kurzfristig angesetzten Sitzung der Pflegedirektion müssen wir Ihr "
            "Hearing von Donnerstag auf Freitag, 6. März 2026, 13:30 Uhr verlegen. Der "
            "Teams-Link bleibt derselbe.\n\n"
            "Ich bitte um Verständnis und freue mich auf das Gespräch.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Wurzer\n"
        ),
        ics=dict(method="REQUEST", uid="hearing-ok-pflege-07@donauklinik.example.at",
                 sequence=1, start="2026-03-06 13:30", minutes=60,
                 summary="Hearing Onboarding-Koordination Pflege – Brandstätter-Nwosu",
                 location="Microsoft Teams – https://teams.example.at/l/meetup-join/19%3ameeting_DK07",
                 organizer=SABINE, stamp="20260302T141800Z",
                 attendees=[ME, ("Mag. Eva Brunner", "eva.brunner@donauklinik.example.at"),
                            ("Thomas Fasching", "thomas.fasching@donauklinik.example.at")]),
    ),
    dict(
        key="t6_mov", parent="t6_inv", quote="de",
        kind="interview_reschedule_or_cancel", slug="talentbruecke_kammerland_moved", lang="de",
        company="Kammerland Bank", contact=DANIEL[1],
        date="2026-02-24 08:31 +0100", frm=DANIEL,
        subject="Kammerland Bank – Gespräch verschoben auf Freitag",
        text=(
            "Guten Morgen Frau Brandstätter-Nwosu,\n\n"
            "die Bank hat sich eben gemeldet: Frau Dr. Resch ist morgen im Aufsichtsrat "
            "gebunden. Das Gespräch wandert daher von Mittwoch auf Freitag, 27. Februar, "
            "11:00 Uhr – Ort und Ablauf bleiben gleich.\n\n"
            "Kurze Bestätigung genügt, dann gebe ich es weiter.\n\n"
            "Beste Grüße\n"
            "Daniel Leitgeb\n"
        ),
    ),
    dict(
        key="ik_ill", parent="ik_inv",
        kind="interview_reschedule_or_cancel", slug="isarklinik_interviewer_ill", lang="de",
        company="Isarklinik Verbund", contact=ANNETTE[1],
        date="2026-04-29 08:05 +0200", frm=ANNETTE,
        subject="Verschiebung Ihres Vorstellungsgesprächs",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "Herr Dr. Wendl ist leider erkrankt und fällt voraussichtlich die ganze Woche "
            "aus. Damit Sie ihn dennoch kennenlernen, möchten wir das Gespräch auf "
            "Donnerstag, 7. Mai 2026, 14:00 Uhr verschieben. Ort und Raum bleiben gleich.\n\n"
            "Die angehängte Einladung ersetzt den bisherigen Termin. Falls der 7. Mai für Sie "
            "nicht geht, finden wir gemeinsam einen anderen Tag.\n\n"
            "Mit freundlichen Grüßen\n"
            "Annette Huber\n"
            "Personalgewinnung, Isarklinik Verbund\n"
        ),
        ics=dict(method="REQUEST", uid="vg-2026-0505-hc214@isarklinik-verbund.example.de",
                 sequence=1, start="2026-05-07 14:00", minutes=60, tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Koordination Mitarbeiter-Onboarding",
                 location="Isarklinik Bogenhausen, Haus C, Raum 2.14",
                 organizer=ANNETTE, stamp="20260429T060500Z"),
    ),
    dict(
        key="bs_cxl", parent="bs_inv",
        kind="interview_reschedule_or_cancel", slug="brenner_method_cancel", lang="de",
        company="Brenner Software", contact=KATHI[1],
        date="2026-05-11 17:20 +0200", frm=KATHI,
        subject="Abgesagt: Interview People Onboarding Specialist (Di 12.05., 10:00)",
        text=(
            "Hi Ottilie,\n\n"
            "sorry, ich muss unseren Termin morgen um 10 absagen – bei uns brennt gerade ein "
            "Release, und das halbe Team ist im War Room. Die Stelle ist natürlich weiter "
            "offen und wir wollen dich unbedingt sprechen.\n\n"
            "Ich schicke dir bis Donnerstag neue Slots.\n\n"
            "Liebe Grüße\n"
            "Kathi\n"
        ),
        ics=dict(method="CANCEL", uid="personio-interview-5f2c9a@brenner-software.example.de",
                 sequence=1, start="2026-05-12 10:00", minutes=45, tz="Europe/Berlin",
                 summary="Interview People Onboarding Specialist",
                 location="Google Meet", organizer=KATHI, status="CANCELLED",
                 stamp="20260511T152000Z"),
    ),
    dict(
        key="sp_mov", parent="sp_inv",
        kind="interview_reschedule_or_cancel", slug="sonnhang_trial_day_moved", lang="de",
        company="Sonnhang Pflege", contact=GABRIELE[1],
        date="2026-06-12 14:50 +0200", frm=GABRIELE,
        subject="Schnuppertag – neuer Termin",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wegen mehrerer Krankenstände im Team müssen wir den Schnuppertag am Montag "
            "leider verlegen. Neuer Termin ist Donnerstag, der 18. Juni, wieder von 8:00 bis "
            "13:00 Uhr, Treffpunkt beim Empfang im Haus Sonnhang.\n\n"
            "Ich hoffe, das geht sich bei Ihnen aus.\n\n"
            "Mit freundlichen Grüßen\n"
            "Gabriele Kniely\n"
        ),
    ),
    dict(
        key="ww_cxl", parent="ww_inv", quote="de",
        kind="interview_reschedule_or_cancel", slug="weststeirische_cancelled_still_open", lang="de",
        company="Weststeirische Wohnbau", contact=PETRA[1],
        date="2026-07-09 16:32 +0200", frm=PETRA,
        subject="AW: Einladung Vorstellungsgespräch – Assistenz Personal",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "leider müssen wir das für morgen vereinbarte Gespräch absagen, da unser "
            "Geschäftsführer kurzfristig zu einer Bauverhandlung nach Köflach muss.\n\n"
            "Das ist keine Absage an Sie: Die Stelle ist weiterhin offen, und wir melden uns "
            "in den nächsten Tagen mit einem neuen Terminvorschlag, gerne auch online.\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Gsellmann\n"
            "Personalverwaltung\n"
        ),
    ),
    dict(
        key="hr_mov", parent="hr_inv", quote="outlook_de",
        kind="interview_reschedule_or_cancel", slug="hofmann_raab_client_meeting_moved", lang="de",
        company="Almtaler Molkerei", contact=CLEMENS[1],
        date="2026-08-10 12:12 +0200", frm=CLEMENS,
        subject="AW: Almtaler Molkerei – Termin beim Kunden verlegt",
        html_auto="outlook", charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "kleine Änderung: Die Almtaler Molkerei hat das Gespräch mit Ihnen von Dienstag, "
            "18. August, auf Mittwoch, 19. August, 14:00 Uhr verlegt, weil der "
            "Personalleiter an dem Tag eine Betriebsversammlung hat. Treffpunkt bleibt das "
            "Werk in Gleisdorf, Portier Nord.\n\n"
            "Passt Ihnen der neue Termin?\n\n"
            "Mit besten Grüßen\n"
            "Clemens Hofmann\n"
        ),
    ),
    # ================================================================= reschedules, en
    dict(
        key="t3_ill", parent="t3_inv",
        kind="interview_reschedule_or_cancel", slug="dragonbridge_interviewer_ill", lang="en",
        company="Dragonbridge Labs", contact=MAJA[1],
        date="2026-03-24 18:02 +0100", frm=MAJA, frm_enc=("utf-8", "Q"),
        subject="Thursday's interview – can we move it?",
        text=(
            "Hi Ottilie,\n\n"
            "Luka has come down with the flu, and I'd really like you to meet him rather than "
            "a stand-in. Could we move Thursday's interview to Friday 27 March at 14:00 "
            "instead? The video link stays the same.\n\n"
            "Apologies for the short notice.\n\n"
            "Maja\n"
        ),
    ),
    dict(
        key="t7_mov", parent="t7_req", quote="outlook_en",
        kind="interview_reschedule_or_cancel", slug="kirchberg_new_slot_confirmed", lang="en",
        company="Banque Kirchberg", contact=CLAIRE[1],
        date="2026-05-20 10:44 +0200", frm=CLAIRE,
        subject="RE: Interview invitation – HR Onboarding Officer",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "No problem at all. The panel can meet you on Tuesday, 2 June at 10:00 instead, "
            "same room. I have updated the calendar invitation accordingly.\n\n"
            "Kind regards,\n"
            "Claire Wagner\n"
            "Talent Acquisition Partner, Banque Kirchberg S.A.\n"
        ),
        ics=dict(method="REQUEST", uid="panel-hroo-0528@banquekirchberg.example.lu",
                 sequence=1, start="2026-06-02 10:00", minutes=75, tz="Europe/Luxembourg",
                 summary="Panel interview – HR Onboarding Officer",
                 location="Banque Kirchberg, 5 avenue Kennedy, Luxembourg – Alzette",
                 organizer=CLAIRE, stamp="20260520T084400Z",
                 attendees=[ME, ("Paul Hansen", "paul.hansen@banquekirchberg.example.lu")]),
    ),
    dict(
        key="ac_cxl", parent="ac_inv",
        kind="interview_reschedule_or_cancel", slug="alpinecare_method_cancel", lang="en",
        company="Alpine Care Group", contact=NINA[1],
        date="2026-08-10 16:40 +0200", frm=NINA, frm_enc=("utf-8", "Q"),
        subject="Cancelled: Phone screen Alpine Care Group (Tue 11 Aug, 10:00)",
        text=(
            "Dear Ottilie,\n\n"
            "I'm sorry, but I need to cancel tomorrow's call – I've been pulled into an "
            "accreditation visit at our Bežigrad clinic. This is purely a scheduling issue "
            "on my side; we'll be in touch this week to rebook.\n\n"
            "Best regards,\n"
            "Nina\n"
        ),
        ics=dict(method="CANCEL", uid="screen-4471-otbn@alpinecare.example.si", sequence=1,
                 start="2026-08-11 10:00", minutes=20, tz="Europe/Ljubljana",
                 summary="Phone screen Alpine Care Group (Nina Petrič)", location="Phone",
                 organizer=NINA, status="CANCELLED", stamp="20260810T144000Z"),
    ),
    dict(
        key="np_mov", parent="np_inv", quote="en",
        kind="interview_reschedule_or_cancel", slug="nordlicht_push_to_friday", lang="en",
        company="Nordlicht Payments", contact=JONAS[1],
        date="2026-09-02 08:15 +0200", frm=JONAS,
        subject="Re: your application – quick chat?",
        text=(
            "Morning Ottilie – something's come up on Thursday afternoon. Could we push to "
            "Friday, same time (3pm)? Meet link: https://meet.google.com/nlp-chat-otb\n\n"
            "J.\n"
        ),
    ),
    # ================================================================= reschedules, fr
    dict(
        key="t4_cxl", parent="t4_ok", quote="fr",
        kind="interview_reschedule_or_cancel", slug="saleve_method_cancel_new_date", lang="fr",
        company="Clinique du Salève", contact=NOEMIE[1],
        date="2026-04-21 12:05 +0200", frm=NOEMIE, frm_enc=("iso-8859-1", "Q"),
        subject="Annulé : Entretien – Coordinatrice onboarding RH (jeu. 23 avril 10h00)",
        cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "Je suis au regret de devoir annuler notre entretien de jeudi : Mme Roux est "
            "retenue par une inspection cantonale imprévue. Votre candidature reste bien "
            "entendu d'actualité.\n\n"
            "Je vous propose de nous retrouver le mardi 28 avril à 14h00, au même endroit. "
            "Une nouvelle invitation suivra dès votre accord.\n\n"
            "Avec mes excuses,\n"
            "Noémie Favre\n"
            "Chargée de recrutement, Clinique du Salève\n"
        ),
        ics=dict(method="CANCEL", uid="entretien-coord-onb-23@clinique-saleve.example.ch",
                 sequence=1, start="2026-04-23 10:00", minutes=60, tz="Europe/Zurich",
                 summary="Entretien – Coordinatrice onboarding RH",
                 location="Clinique du Salève, Route de Troinex 40, Vessy",
                 organizer=NOEMIE, status="CANCELLED", stamp="20260421T100500Z"),
    ),
    dict(
        key="lm_mov", parent="lm_inv", quote="fr",
        kind="interview_reschedule_or_cancel", slug="leman_pharmacies_moved", lang="fr",
        company="Pharmacies du Rhône", contact=CAMILLE[1],
        date="2026-03-20 17:30 +0100", frm=CAMILLE,
        subject="Re: Entretien chez Pharmacies du Rhône",
        text=(
            "Re-bonjour Ottilie,\n\n"
            "Petit changement : Mme Gay doit remplacer une collègue mardi matin. L'entretien "
            "est décalé au mercredi 25 mars à 11h00, et il aura lieu directement à la "
            "pharmacie de Plainpalais (Rue de Carouge 18) plutôt qu'au siège.\n\n"
            "Tout le reste est inchangé. Merci de me confirmer que ça vous va !\n\n"
            "Camille\n"
        ),
    ),
    # ================================================================= reschedules, es
    dict(
        key="t5_mov", parent="t5_inv", quote="es",
        kind="interview_reschedule_or_cancel", slug="nervion_entrevista_aplazada", lang="es",
        company="Grupo Hospitalario Nervión", contact=ITZIAR[1],
        date="2026-05-04 09:10 +0200", frm=ITZIAR,
        subject="RE: Entrevista – Técnica de acogida RR. HH.",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola de nuevo, Ottilie:\n\n"
            "Siento avisarte con tan poco margen: mañana tenemos una auditoría de calidad y "
            "Garazi no puede estar. ¿Podemos pasar la entrevista al jueves 7 de mayo a las "
            "12:30? Sería en el mismo sitio.\n\n"
            "Gracias por la flexibilidad,\n"
            "Itziar\n"
        ),
    ),
    # ================================================================= missed, de
    dict(
        key="t2_miss", parent="t2_mov",
        kind="missed_interview_notice", slug="donauklinik_waited_on_teams", lang="de",
        company="Donauklinik Gruppe", contact=SABINE[1],
        date="2026-03-06 14:05 +0100", frm=SABINE,
        subject="Ihr Termin heute um 13:30 – Onboarding-Koordination Pflege",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "die Kommission hat heute ab 13:30 Uhr im Teams-Meeting auf Sie gewartet. Leider "
            "sind Sie nicht beigetreten, und telefonisch konnten wir Sie ebenfalls nicht "
            "erreichen.\n\n"
            "Falls technische Probleme der Grund waren, lassen Sie es mich bitte bis "
            "Mittwoch wissen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Wurzer\n"
            "Recruiting & Personalentwicklung, Donauklinik Gruppe\n"
        ),
    ),
    dict(
        key="t8_miss", parent="t8_inv",
        kind="missed_interview_notice", slug="limmat_not_at_assessment", lang="de",
        company="Limmat Privatbank", contact=RETO[1],
        date="2026-06-16 11:20 +0200", frm=RETO,
        subject="Assessment Center heute – wir vermissen Sie",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu\n\n"
            "Das Assessment Center hat heute um 08:30 Uhr begonnen, Sie sind jedoch nicht "
            "erschienen. Auf Ihrem Mobiltelefon haben wir Sie zweimal versucht zu erreichen, "
            "ohne Erfolg.\n\n"
            "Wir hoffen, es ist nichts passiert. Bitte melden Sie sich kurz bei mir.\n\n"
            "Freundliche Grüsse\n"
            "Reto Gubler\n"
            "HR Business Partner, Limmat Privatbank AG\n"
        ),
    ),
    dict(
        key="ks_miss", parent="ks_inv",
        kind="missed_interview_notice", slug="stellwerk_called_twice", lang="de",
        company="Kaufhaus Stellwerk", contact=MELANIE[1],
        date="2026-03-26 10:40 +0100", frm=MELANIE,
        subject="Unser Telefontermin heute um 10:00",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "ich habe Sie heute wie vereinbart um 10:00 Uhr angerufen, und um 10:10 noch "
            "einmal – beide Male bin ich nur auf der Mailbox gelandet.\n\n"
            "Vielleicht ist etwas dazwischengekommen? Schreiben Sie mir gern, wann ich Sie "
            "besser erreiche.\n\n"
            "Viele Grüße\n"
            "Melanie Szabo\n"
            "Personal & Recruiting | Kaufhaus Stellwerk\n"
        ),
    ),
    dict(
        key="sp_miss", parent="sp_mov",
        kind="missed_interview_notice", slug="sonnhang_no_show_trial_day", lang="de",
        company="Sonnhang Pflege", contact=GABRIELE[1],
        date="2026-06-18 09:25 +0200", frm=GABRIELE,
        subject="Schnuppertag heute",
        cte="base64",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir haben Sie heute ab 8 Uhr beim Empfang erwartet und bis kurz nach 9 gewartet, "
            "doch Sie sind nicht gekommen. Auch am Handy waren Sie nicht erreichbar.\n\n"
            "Ich gehe davon aus, dass etwas Dringendes dazwischengekommen ist. Bitte geben Sie "
            "mir Bescheid, wie Sie weiter verbleiben möchten.\n\n"
            "Mit freundlichen Grüßen\n"
            "Gabriele Kniely\n"
            "Personalleitung, Sonnhang Pflege\n"
        ),
    ),
    dict(
        key="ww_miss", parent="ww_own",
        kind="missed_interview_notice", slug="weststeirische_empty_zoom_room", lang="de",
        company="Weststeirische Wohnbau", contact=PETRA[1],
        date="2026-07-21 14:25 +0200", frm=PETRA,
        subject="Online-Gespräch heute 14:00 Uhr",
        html_auto="outlook", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "Herr Direktor Pirker und ich waren heute um 14:00 Uhr im vereinbarten Zoom-Raum, Sie "
            "leider nicht. Wir haben bis 14:20 gewartet.\n\n"
            "Sollte der Link nicht funktioniert haben, melden Sie sich bitte – er lautete "
            "https://zoom.example.at/j/8157 0042 117.\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Gsellmann\n"
            "Personalverwaltung, Weststeirische Wohnbau\n"
        ),
    ),
    # ================================================================= missed, en
    dict(
        key="ac_miss", parent="ac_cxl",
        kind="missed_interview_notice", slug="alpinecare_tried_calling_twice", lang="en",
        company="Alpine Care Group", contact=NINA[1],
        date="2026-08-18 10:22 +0200", frm=NINA, frm_enc=("utf-8", "Q"),
        subject="Our rebooked call this morning",
        text=(
            "Dear Ottilie,\n\n"
            "I tried calling you twice at 10:00 for our rebooked phone screen, but couldn't "
            "get through, so I left a voicemail.\n\n"
            "Could you let me know whether you're still interested and when you can be "
            "reached?\n\n"
            "Best regards,\n"
            "Nina Petrič\n"
            "Recruiter, Alpine Care Group\n"
        ),
    ),
    dict(
        key="ko_miss", parent="ko_inv",
        kind="missed_interview_notice", slug="kolo_waited_on_meet", lang="en",
        company="Kolo Apps", contact=TJASA[1],
        date="2026-09-10 13:20 +0200", frm=TJASA, frm_enc=("utf-8", "B"),
        subject="Re: Chat with Kolo this Thursday?",
        text=(
            "Hi Ottilie,\n\n"
            "Rok and I waited on Google Meet for about 15 minutes but didn't see you join. "
            "Did something come up? No stress, just let me know.\n\n"
            "Tjaša\n"
        ),
    ),
    # ================================================================= missed, fr
    dict(
        key="rl_miss", parent="rl_inv",
        kind="missed_interview_notice", slug="rhoneleman_unreachable_0930", lang="fr",
        company="Banque Rhône-Léman", contact=JULIEN[1],
        date="2026-06-02 09:55 +0200", frm=JULIEN,
        subject="Notre entretien téléphonique de 9h30",
        cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "J'ai essayé de vous joindre à 9h30, puis à 9h40, sans succès ; je suis tombé "
            "directement sur votre messagerie.\n\n"
            "Pourriez-vous me recontacter pour m'indiquer si vous souhaitez poursuivre ?\n\n"
            "Cordialement,\n"
            "Julien Perrin\n"
            "Chargé de recrutement, Banque Rhône-Léman SA\n"
        ),
    ),
    dict(
        key="lm_miss", parent="lm_mov",
        kind="missed_interview_notice", slug="leman_client_waited", lang="fr",
        company="Pharmacies du Rhône", contact=CAMILLE[1],
        date="2026-03-25 11:40 +0100", frm=CAMILLE,
        subject="Pharmacies du Rhône – entretien de ce matin",
        text=(
            "Bonjour Ottilie,\n\n"
            "Mme Gay vient de m'appeler : elle vous a attendue ce matin à 11h à la pharmacie "
            "de Plainpalais, mais personne ne s'est présenté.\n\n"
            "Est-ce que tout va bien ? Appelez-moi dès que possible pour que je puisse lui "
            "donner une explication.\n\n"
            "Camille\n"
        ),
    ),
    # ================================================================= missed, es
    dict(
        key="rs_miss", parent="rs_inv",
        kind="missed_interview_notice", slug="ria_waited_videollamada", lang="es",
        company="Ría Software", contact=ANE[1],
        date="2026-06-17 11:25 +0200", frm=ANE,
        subject="Re: ¿Videollamada la semana que viene?",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hola Ottilie:\n\n"
            "Te estuvimos esperando en la videollamada de las 11:00, pero no llegaste a "
            "conectarte. ¿Ha pasado algo? Si quieres, dime un par de huecos y lo "
            "intentamos de nuevo.\n\n"
            "Ane\n"
        ),
    ),
]
