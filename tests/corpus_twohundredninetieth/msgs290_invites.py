"""Corpus 290, hand-written: interview invitations (26), reschedules/cancellations (15) and
missed-interview notices (10)."""

from __future__ import annotations

INVITES: list[dict] = [
    # ------------------------------------------------------------------ German (14)
    {
        "id": "fw_inv", "kind": "interview_invitation", "slug": "foerdewerft_phone_interview_ics",
        "lang": "de", "company": "Förde Werft", "contact": "jana.petersen@foerdewerft.example.de",
        "frm": ("Jana Petersen", "jana.petersen@foerdewerft.example.de"),
        "date": "2026-02-10 09:41", "subject": "Einladung: Telefoninterview HR-Assistenz – Di., 17.02., 10:00 Uhr",
        "reply_of": "fw_ack", "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "qp",
        "ics": {"uid": "fw-tel-20260217@foerdewerft.example.de", "seq": 0, "start": "2026-02-17 10:00",
                 "minutes": 45, "summary": "Telefoninterview HR-Assistenz (Förde Werft)",
                 "location": "Telefon – Frau Petersen ruft an"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als HR-Assistenz (m/w/d) in unserem Personalbereich. Ihr Weg aus dem Verkauf in die Personalarbeit hat uns neugierig gemacht, und wir möchten Sie gern in einem ersten Telefoninterview kennenlernen.

Termin: Dienstag, 17. Februar 2026, 10:00 bis ca. 10:45 Uhr
Ich rufe Sie unter der Mobilnummer aus Ihrem Lebenslauf an.

Bitte nehmen Sie die beigefügte Kalendereinladung an oder antworten Sie kurz auf diese E-Mail. Falls der Termin nicht passt, finden wir gemeinsam einen anderen.

Mit freundlichen Grüßen

Jana Petersen
Recruiting & Personalmarketing
Förde Werft GmbH
Werftstraße 112 · 24143 Kiel
Telefon +49 431 555 6612

Förde Werft GmbH · Sitz Kiel · Amtsgericht Kiel HRB 4410 KI · Geschäftsführung: Hauke Brandt, Dr. Ines Feldmann
Diese Nachricht ist vertraulich. Wenn Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie die E-Mail.
""",
    },
    {
        "id": "kh_inv", "kind": "interview_invitation", "slug": "klinikum_holtenau_softgarden_booking",
        "lang": "de", "company": "Klinikum Holtenau", "contact": "s.lorenzen@klinikum-holtenau.example.de",
        "frm": ("Klinikum Holtenau", "noreply@softgarden.io"),
        "reply_to": ("Sabine Lorenzen", "s.lorenzen@klinikum-holtenau.example.de"),
        "date": "2026-01-20 08:05", "subject": "Einladung zum Vorstellungsgespräch – Assistenz Personalservice",
        "form": "html", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Klinikum Holtenau – Karriere", "color": "#0f766e",
                        "button": ("Termin auswählen", "https://app.softgarden.io/scheduling/kh-7f31c2"),
                        "footer": "Klinikum Holtenau gGmbH · Holtenauer Redder 12 · 24159 Kiel"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

wir freuen uns, Sie zu einem telefonischen Vorstellungsgespräch für die Position Assistenz Personalservice (Teilzeit 30 Std.) einzuladen. Das Gespräch dauert etwa 30 Minuten; teilnehmen werden Frau Lorenzen aus dem Personalservice und die Pflegedirektion.

Bitte wählen Sie über den folgenden Link einen Termin in der Woche vom 26. bis 30. Januar aus:
https://app.softgarden.io/scheduling/kh-7f31c2

Rückfragen beantwortet Ihnen Frau Lorenzen gern, antworten Sie dazu einfach auf diese Nachricht.

Mit freundlichen Grüßen
Ihr Personalservice des Klinikums Holtenau
""",
    },
    {
        "id": "ow_hk_inv", "kind": "interview_invitation", "slug": "ostwind_sets_up_hansekauf_interview",
        "lang": "de", "company": "Hansekauf", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-03-03 11:18", "subject": "Vorstellungstermin bei Hansekauf am 10.03.",
        "text": """Hallo Frau Sørensen-Mbatha,

gute Nachrichten: Hansekauf möchte Sie kennenlernen! Die Verwaltung in Kiel-Gaarden sucht über uns eine Assistenz für das Personalbüro, zunächst als Überlassung mit Option auf Übernahme nach sechs Monaten.

Termin: Dienstag, 10. März, 14:00 Uhr
Ort: Hansekauf Verwaltung, Werftbahnstraße 20, 24143 Kiel, Empfang 1. OG
Ansprechpartnerin vor Ort: Frau Claußen (Leitung Personalbüro)

Ich bin bei dem Gespräch nicht dabei, rufe Sie aber vorher noch einmal an, damit wir die Eckdaten durchgehen können. Bitte bestätigen Sie mir kurz, dass Sie kommen.

Viele Grüße
Timo Jacobsen
Personaldisponent

Ostwind Personal GmbH · Niederlassung Kiel · Sophienblatt 88, 24114 Kiel
Tel. 0431 990 47 12 · Mobil 0171 555 0192
""",
    },
    {
        "id": "kl_inv", "kind": "interview_invitation", "slug": "kessler_lund_unnamed_client_meeting",
        "lang": "de", "company": "Kessler & Lund", "contact": "k.lund@kessler-lund.example.de",
        "frm": ("Katrin Lund", "k.lund@kessler-lund.example.de"),
        "date": "2026-05-05 10:02", "subject": "AW: Ihre Nachricht – Kennenlernen beim Mandanten",
        "reply_of": "kl_reply", "quote": "kl_reply", "form": "alt", "shell": "outlook", "mid": "outlook",
        "cs": "windows-1252", "cte": "qp",
        "text": """Liebe Frau Sørensen-Mbatha,

schön, dass Sie Lust auf das Gespräch haben. Unser Mandant – ein Familienunternehmen aus dem Hamburger Hafen, dessen Namen ich Ihnen im Termin selbst nennen darf – möchte Sie gern persönlich kennenlernen.

Wann: Mittwoch, 13. Mai 2026, 11:00 Uhr (ca. 60 Minuten)
Wo: in unseren Räumen, Ballindamm 7, 4. Stock
Wer: die kaufmännische Leiterin des Mandanten und ich

Bringen Sie bitte Ihre Zeugnisse mit; alles Weitere besprechen wir vor Ort. Die Reisekosten ab Kiel übernimmt der Mandant.

Beste Grüße
Katrin Lund
Partnerin
Kessler & Lund Personalberatung GmbH · Ballindamm 7 · 20095 Hamburg · T +49 40 555 318 20
""",
    },
    {
        "id": "kw_inv", "kind": "interview_invitation", "slug": "kanalwerft_assessment_centre_pdf",
        "lang": "de", "company": "Kanalwerft Rendsburg", "contact": "okko.thomsen@kanalwerft.example.de",
        "frm": ("Okko Thomsen", "okko.thomsen@kanalwerft.example.de"),
        "date": "2026-03-09 13:50", "subject": "Einladung zum Assessment-Center am 24. März 2026",
        "reply_of": "kw_ack", "cs": "windows-1252", "cte": "qp",
        "pdfs": [{"name": "Ablaufplan_AC_24-03-2026.pdf", "title": "Ablaufplan Assessment-Center",
                   "lines": ["Kanalwerft Rendsburg – Assessment-Center Personalsachbearbeitung",
                          "Dienstag, 24. März 2026, Verwaltungsgebäude, Raum Kiel",
                          "08:30 Begrüßung und Vorstellung der Werft",
                          "09:15 Gruppenübung", "10:30 Postkorb-Übung",
                          "12:00 Mittagessen in der Kantine",
                          "13:00 Einzelinterviews", "ca. 15:00 Ende"]}],
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

Ihre Bewerbung für die Personalsachbearbeitung hat uns überzeugt. Wir laden Sie herzlich zu unserem Assessment-Center ein:

Dienstag, 24. März 2026, 08:30 bis ca. 15:00 Uhr
Kanalwerft Rendsburg, Verwaltungsgebäude, Am Kreishafen 3, 24768 Rendsburg

Den genauen Ablauf finden Sie im angehängten PDF. Bitte bringen Sie Ihren Personalausweis mit, da wir Sie am Werkstor anmelden müssen. Fahrtkosten erstatten wir nach Bahntarif 2. Klasse.

Bitte bestätigen Sie Ihre Teilnahme bis zum 16. März.

Mit freundlichen Grüßen
Okko Thomsen
Leiter Personal
Kanalwerft Rendsburg GmbH & Co. KG · Telefon 04331 778 120
""",
    },
    {
        "id": "hh_inv", "kind": "interview_invitation", "slug": "hansehochschule_panel_ics",
        "lang": "de", "company": "Hanse-Hochschule Lübeck", "contact": "meike.albers@hh-luebeck.example.de",
        "frm": ("Meike Albers", "meike.albers@hh-luebeck.example.de"),
        "date": "2026-05-20 14:10", "subject": "Einladung zum Vorstellungsgespräch - Kennziffer 26/031",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp", "form": "alt", "shell": "simple",
        "reply_of": "hh_ack",
        "ics": {"uid": "hhl-26-031-sm@hh-luebeck.example.de", "seq": 0, "start": "2026-06-02 10:00",
                 "minutes": 60, "summary": "Vorstellungsgespräch Kennziffer 26/031",
                 "location": "Hanse-Hochschule Lübeck, Gebäude A, Raum 2.07"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle als Beschäftigte/r in der Personalsachbearbeitung (Kennziffer 26/031) einladen zu können.

Datum: Dienstag, 2. Juni 2026
Uhrzeit: 10:00 Uhr, Dauer ca. 60 Minuten
Ort: Hanse-Hochschule Lübeck, Gebäude A, Raum 2.07

Der Auswahlkommission gehören neben mir die Leiterin der Abteilung Personal, ein Mitglied des Personalrats und die Gleichstellungsbeauftragte an. Zu Beginn bitten wir Sie um eine kurze Präsentation (ca. 5 Minuten) zum Thema "Was ich aus dem Verkauf in die Personalarbeit mitbringe".

Bitte bestätigen Sie den Termin über die Kalendereinladung.

Mit freundlichen Grüßen
Meike Albers
Abteilung Personal und Recht
Hanse-Hochschule Lübeck, Mönkhofer Stieg 40, 23562 Lübeck
""",
    },
    {
        "id": "fk_inv", "kind": "interview_invitation", "slug": "fjordklinik_trial_day",
        "lang": "de", "company": "Fjordklinik Flensburg", "contact": "nis.carstensen@fjordklinik.example.de",
        "frm": ("Nis Carstensen", "nis.carstensen@fjordklinik.example.de"),
        "date": "2026-07-01 10:25", "subject": "Probearbeitstag in der Personalabteilung",
        "form": "alt", "shell": "simple", "cte": "qp",
        "text": """Moin Frau Sørensen-Mbatha,

nach unserem netten Telefonat letzte Woche möchten wir Sie gern zu einem Probearbeitstag in unsere Personalabteilung einladen. So sehen Sie, wie unser Alltag zwischen Dienstplänen, Einstellungen und Zeugnissen aussieht, und wir lernen Sie im Team kennen.

Wann: Donnerstag, 9. Juli, 8:00 bis ca. 13:00 Uhr
Treffpunkt: Empfang Haus B, Fjordklinik Flensburg, Am Ostseebad 4, 24939 Flensburg

Der Tag wird als Hospitation durchgeführt, eine Vergütung ist damit nicht verbunden; ein Mittagessen in der Cafeteria geht aufs Haus. Geben Sie mir bitte bis Montag Bescheid, ob es bei Ihnen passt.

Viele Grüße
Nis Carstensen
Leitung Personal
Fjordklinik Flensburg
Tel. 0461 555 4020
""",
    },
    {
        "id": "tw_inv", "kind": "interview_invitation", "slug": "travewerft_interview_ics_attached",
        "lang": "de", "company": "Travewerft", "contact": "frauke.timm@travewerft.example.de",
        "frm": ("Anke Wulf", "anke.wulf@travewerft.example.de"),
        "reply_to": ("Frauke Timm", "frauke.timm@travewerft.example.de"),
        "date": "2026-10-01 09:12", "subject": "Vorstellungsgespräch Sachbearbeitung Personal – 8. Oktober",
        "ics_as": "attach",
        "ics": {"uid": "tw-vg-20261008-0930@travewerft.example.de", "seq": 0, "start": "2026-10-08 09:30",
                 "minutes": 60, "summary": "Vorstellungsgespräch Sachbearbeitung Personal",
                 "location": "Travewerft, Verwaltung, Konferenzraum Priwall"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personal. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 8. Oktober 2026, 9:30 Uhr
Travewerft, Verwaltungsgebäude, Konferenzraum Priwall, Skandinavienkai 40, 23570 Lübeck

Gesprächspartner sind Herr Petersen (Werksleitung) und ich. Eine Kalenderdatei hängt an.

Für die Terminabstimmung ist meine Assistentin Frau Timm zuständig; Antworten auf diese E-Mail gehen direkt an sie.

Mit freundlichen Grüßen
Anke Wulf
Personalleiterin
Travewerft GmbH · Skandinavienkai 40 · 23570 Lübeck
""",
    },
    {
        "id": "kb_inv", "kind": "interview_invitation", "slug": "kaufhaus_brandt_teams_video",
        "lang": "de", "company": "Kaufhaus Brandt", "contact": "c.heise@kaufhaus-brandt.example.de",
        "frm": ("Carola Heise", "c.heise@kaufhaus-brandt.example.de"),
        "date": "2026-09-14 15:33", "subject": "Einladung zum Videointerview (Microsoft Teams) – 18.09., 11:00 Uhr",
        "reply_of": "kb_ack", "quote": "kb_ack", "quote_style": "outlook_de", "form": "alt", "shell": "outlook",
        "mid": "outlook", "cte": "qp",
        "ics": {"uid": "kb-teams-20260918@kaufhaus-brandt.example.de", "seq": 0, "start": "2026-09-18 11:00",
                 "minutes": 45, "summary": "Videointerview Assistenz Personal – Kaufhaus Brandt",
                 "location": "Microsoft Teams-Besprechung"},
        "text": """Liebe Frau Sørensen-Mbatha,

wie angekündigt melde ich mich wieder: Unsere Personalleiterin Frau Oltmanns möchte Sie gern in einem Videointerview kennenlernen.

Freitag, 18. September 2026, 11:00 bis 11:45 Uhr
Microsoft Teams – der Link steht in der Kalendereinladung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kb0918

Sie brauchen nichts vorzubereiten außer einer ruhigen Ecke und einer stabilen Verbindung.

Herzliche Grüße
Carola Heise
Personalreferentin
Kaufhaus Brandt GmbH · Mönckebergstraße 31 · 20095 Hamburg
Tel. 040 555 820 14
""",
    },
    {
        "id": "mk_inv", "kind": "interview_invitation", "slug": "moebel_kroeger_casual_thursday",
        "lang": "de", "company": "Möbelhaus Kröger", "contact": "b.kroeger@moebel-kroeger.example.de",
        "frm": ("Bernd Kröger", "b.kroeger@moebel-kroeger.example.de"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-28 12:04", "subject": "Ihre Bewerbung Aushilfe Personalbüro",
        "text": """Moin Frau Sørensen-Mbatha,

danke für Ihre Bewerbung. Hätten Sie Donnerstag so gegen 15 Uhr Zeit, auf einen Schnack bei uns im Haus vorbeizukommen? Einfach am Infotresen nach mir fragen, dann zeig ich Ihnen auch gleich das Büro.

Gruß
Bernd Kröger
Möbelhaus Kröger, Ostring 210, 24148 Kiel
""",
    },
    {
        "id": "et_inv", "kind": "interview_invitation", "slug": "elbtor_greenhouse_phone_screen",
        "lang": "de", "company": "Elbtor Versicherung", "contact": "lars.feddersen@elbtor.example.de",
        "frm": ("Lars Feddersen via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lars Feddersen", "lars.feddersen@elbtor.example.de"),
        "date": "2026-09-08 10:47", "subject": "Ihr Telefoninterview bei Elbtor Versicherung – bitte Termin wählen",
        "reply_of": "et_ack", "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Elbtor Versicherung", "color": "#b91c1c",
                        "button": ("Zeitfenster wählen", "https://app.greenhouse.io/scheduling/elbtor-51a8d0"),
                        "footer": "Versendet über Greenhouse"},
        "text": """Hallo Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personal (w/m/d). Gern würde ich Sie in einem ersten Telefoninterview von etwa 30 Minuten näher kennenlernen.

Bitte wählen Sie über den folgenden Link ein Zeitfenster, das Ihnen passt:
https://app.greenhouse.io/scheduling/elbtor-51a8d0

Nach der Buchung erhalten Sie automatisch eine Kalendereinladung.

Beste Grüße
Lars Feddersen
Talent Acquisition, Elbtor Versicherung
""",
    },
    {
        "id": "ra_inv", "kind": "interview_invitation", "slug": "asmussen_invite_windows1252",
        "lang": "de", "company": "Reederei Asmussen", "contact": "b.asmussen@reederei-asmussen.example.de",
        "frm": ("Birte Asmussen", "b.asmussen@reederei-asmussen.example.de"),
        "date": "2026-01-26 16:02", "subject": "Einladung zum Vorstellungsgespräch am 3. Februar",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als Assistenz Personal & Verwaltung. Wir würden Sie gern kennenlernen und laden Sie zu einem Vorstellungsgespräch in unser Kontor ein:

Dienstag, 3. Februar 2026, 10:30 Uhr
Reederei Asmussen, Norderhofenden 14, 24937 Flensburg – bitte im 2. Stock klingeln

Das Gespräch führen unser Geschäftsführer Herr Asmussen und ich; rechnen Sie mit etwa einer Stunde. Parkplätze gibt es am Hafendamm.

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen
Birte Asmussen
Personal & Verwaltung
Reederei Asmussen GmbH & Co. KG · Tel. 0461 555 3310
""",
    },
    {
        "id": "hc_inv", "kind": "interview_invitation", "slug": "hansecare_phone_call_ask",
        "lang": "de", "company": "HanseCare Pflegedienste", "contact": "jule.matthiesen@hansecare.example.de",
        "frm": ("Jule Matthiesen", "jule.matthiesen@hansecare.example.de"),
        "date": "2026-06-22 13:15", "subject": "Kurzes Telefonat zu Ihrer Bewerbung?",
        "text": """Hallo Frau Sørensen-Mbatha,

danke für Ihre Bewerbung als Assistenz Personal bei HanseCare. Ich würde Sie gern am Donnerstag, 25. Juni, um 9:30 Uhr für etwa 20 Minuten anrufen, um ein paar Fragen zu Ihrem Werdegang und Ihrer Verfügbarkeit zu klären.

Passt Ihnen das? Falls nicht, nennen Sie mir gern zwei Alternativen in dieser oder der nächsten Woche.

Viele Grüße
Jule Matthiesen
Teamleitung Personal
HanseCare Pflegedienste · Wandsbeker Chaussee 140 · 22089 Hamburg
""",
    },
    {
        "id": "ke_inv", "kind": "interview_invitation", "slug": "eiderheide_selection_interview",
        "lang": "de", "company": "Kreisverwaltung Eiderheide", "contact": "gesa.mommsen@kreis-eiderheide.example.de",
        "frm": ("Gesa Mommsen", "gesa.mommsen@kreis-eiderheide.example.de"),
        "date": "2026-08-17 09:55", "subject": "Einladung zum Auswahlgespräch – Stelle 2026/48",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

auf Ihre Bewerbung für die Stelle 2026/48 Sachbearbeitung Personalservice (EG 6 TVöD) laden wir Sie zu einem Auswahlgespräch ein.

Termin: Dienstag, 1. September 2026, 9:00 Uhr
Ort: Kreishaus Eiderheide, Am Gerichtshof 5, Raum 2.14

Bitte bringen Sie Ihre Originalzeugnisse und einen gültigen Lichtbildausweis mit. Schwerbehinderte Bewerberinnen und Bewerber werden gebeten, etwaige Unterstützungsbedarfe vorab mitzuteilen. Reisekosten können nicht erstattet werden.

Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte bis zum 25. August mit.

Im Auftrag
Gesa Mommsen
Fachdienst Personal
Kreis Eiderheide - Der Landrat
""",
    },
    # ------------------------------------------------------------------ English (7)
    {
        "id": "mar_inv", "kind": "interview_invitation", "slug": "marselis_panel_ics",
        "lang": "en", "company": "Marselis University", "contact": "kwi@marselis.example.dk",
        "frm": ("Karen Winther", "kwi@marselis.example.dk"),
        "date": "2026-03-18 11:30", "subject": "Interview invitation – HR Assistant (maternity cover)",
        "reply_of": "mar_ack", "form": "alt", "shell": "simple",
        "ics": {"uid": "mu-jr2026-0188-sm@marselis.example.dk", "seq": 0, "start": "2026-03-26 13:00",
                 "minutes": 50, "summary": "Interview: HR Assistant (maternity cover)",
                 "location": "Marselis Allé 6, building C, room 114"},
        "text": """Dear Wiebke,

Thank you for your application for the HR Assistant (maternity cover) position in the Faculty of Arts. We would like to invite you to an interview with our panel.

Date: Thursday 26 March 2026
Time: 13:00 to 13:50
Place: Marselis Allé 6, building C, room 114, Aarhus

The panel will be Jens Bach (Head of Faculty Secretariat), Tove Lind (staff representative) and me. The interview will be in English. Please bring a passport or ID card so that we can check your right to work in Denmark.

Please accept the calendar invitation to confirm.

Kind regards,
Karen Winther
HR Partner, Faculty of Arts, Marselis University
+45 8715 5521
""",
    },
    {
        "id": "kat_inv", "kind": "interview_invitation", "slug": "kattegat_greenhouse_phone_screen",
        "lang": "en", "company": "Kattegat Wind Services", "contact": "sofie.riis@kattegatwind.example.dk",
        "frm": ("Sofie Riis via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Sofie Riis", "sofie.riis@kattegatwind.example.dk"),
        "date": "2026-06-08 14:02", "subject": "Phone screen for People Operations Assistant at Kattegat Wind Services",
        "reply_of": "kat_ack", "form": "alt", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Kattegat Wind Services", "color": "#075985", "footer": "Sent via Greenhouse"},
        "text": """Hi Wiebke,

Thanks for applying for the People Operations Assistant role. I'd love to have a first conversation with you.

I've booked a 30-minute phone screen for Thursday 11 June at 10:00 (Danish time) on Microsoft Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_kws0611

We'll talk about your background, the role and practical things like start date and languages. If the time doesn't suit you, just reply to this email and I'll move it.

Best,
Sofie Riis
Talent Partner, Kattegat Wind Services
""",
    },
    {
        "id": "kat_inv2", "kind": "interview_invitation", "slug": "kattegat_new_slot_after_apology",
        "lang": "en", "company": "Kattegat Wind Services", "contact": "sofie.riis@kattegatwind.example.dk",
        "frm": ("Sofie Riis", "sofie.riis@kattegatwind.example.dk"),
        "date": "2026-06-12 08:49", "subject": "Re: Sorry about this morning",
        "reply_of": "kat_apology", "quote": "kat_apology", "form": "alt", "shell": "simple",
        "ics": {"uid": "kws-screen-0616-sm@kattegatwind.example.dk", "seq": 0, "start": "2026-06-16 13:30",
                 "minutes": 30, "summary": "Phone screen – People Operations Assistant",
                 "location": "Microsoft Teams"},
        "text": """Hi Wiebke,

No worries at all, a dead phone battery happens to the best of us.

Let's try again: I've sent you an invitation for Tuesday 16 June at 13:30 (Danish time), 30 minutes, same Teams link as before. Accept it when you can and we're all set.

Best,
Sofie
""",
    },
    {
        "id": "nf_inv", "kind": "interview_invitation", "slug": "nordhavn_lever_booking_link",
        "lang": "en", "company": "Nordhavn Foods", "contact": "ida.thorsen@nordhavnfoods.example.dk",
        "frm": ("Nordhavn Foods", "no-reply@hire.lever.co"),
        "reply_to": ("Ida Thorsen", "ida.thorsen@nordhavnfoods.example.dk"),
        "date": "2026-08-10 09:20", "subject": "Schedule your interview with Nordhavn Foods",
        "form": "html", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Nordhavn Foods", "color": "#4d7c0f",
                        "button": ("Choose a time", "https://hire.lever.co/schedule/nordhavn/3c9e1b"),
                        "footer": "Nordhavn Foods uses Lever to manage applications."},
        "text": """Hi Wiebke,

Great news: the team would like to meet you for the HR Assistant position at our Aarhus site.

Please use the link below to book a 45-minute video interview with Ida Thorsen (HR Business Partner) and Peter Munk (Payroll Lead). Slots are available between 12 and 17 August.
https://hire.lever.co/schedule/nordhavn/3c9e1b

If none of the times work, reply to this email and Ida will find another option.

Looking forward to speaking with you,
Nordhavn Foods Recruiting
""",
    },
    {
        "id": "fb_inv", "kind": "interview_invitation", "slug": "fjordbyte_free_thursday_to_chat",
        "lang": "en", "company": "Fjordbyte", "contact": "mads@fjordbyte.example.dk",
        "frm": ("Mads Ebbesen", "mads@fjordbyte.example.dk"), "mid": "gmail",
        "date": "2026-10-05 20:14", "subject": "your application :)",
        "text": """Hey Wiebke,

Loved your application, and the line about running a bakery counter at 6am being the best customer-service training there is.

Are you free Thursday afternoon for a relaxed 30-minute chat about the People Ops assistant role? Anything between 13 and 16 works for me. Pick a time and I'll send a Meet link.

Mads
co-founder, Fjordbyte
""",
    },
    {
        "id": "hl_inv", "kind": "interview_invitation", "slug": "harbourline_recruiter_phone_screen",
        "lang": "en", "company": "Harbourline Shipping", "contact": "claire.whitfield@harbourline.example.de",
        "frm": ("Claire Whitfield", "claire.whitfield@harbourline.example.de"),
        "date": "2026-01-22 17:05", "subject": "HR Assistant (Crewing) – quick phone screen?",
        "reply_of": "hl_ack", "form": "alt", "shell": "outlook", "mid": "outlook",
        "ics": {"uid": "hl-screen-20260127@harbourline.example.de", "seq": 0, "start": "2026-01-27 10:30",
                 "minutes": 20, "summary": "Phone screen – HR Assistant (Crewing)",
                 "location": "Phone (Claire calls)"},
        "text": """Hello Wiebke,

I'm the recruiter for our HR Assistant (Crewing) role in Hamburg and would like to set up a short phone screen with you, about 20 minutes, to talk through your application and your German/English.

Would Tuesday 27 January at 10:30 work? I've attached a calendar hold; if it doesn't suit, send me two alternatives and I'll adjust.

Best regards,
Claire Whitfield
Senior Recruiter
Harbourline Shipping GmbH | Große Elbstraße 145 | 22767 Hamburg
+49 40 555 902 31

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
    },
    {
        "id": "js_mols_inv", "kind": "interview_invitation", "slug": "jutland_sets_up_mols_dairy_meeting",
        "lang": "en", "company": "Mols Dairy", "contact": "sune@jutlandstaffing.example.dk",
        "frm": ("Sune Kragh", "sune@jutlandstaffing.example.dk"),
        "date": "2026-04-14 13:44", "subject": "Mols Dairy would like to meet you",
        "reply_of": "js_ack",
        "text": """Hi Wiebke,

Good news: Mols Dairy would like to meet you for the HR & payroll assistant job we talked about.

Their HR manager, Lene Bisgaard, has proposed Tuesday 21 April at 10:00 at their head office (Havnevej 3, 8400 Ebeltoft). Expect about an hour with Lene and the finance director, plus a short tour of the dairy.

Can you confirm by tomorrow? I'll send you a few notes on the company before the meeting.

Cheers,
Sune

Sune Kragh | Senior Consultant
Jutland Staffing Partners | +45 2211 4470
""",
    },
    # ------------------------------------------------------------------ French (3)
    {
        "id": "mlg_inv", "kind": "interview_invitation", "slug": "maison_le_goff_teamtailor_entretien",
        "lang": "fr", "company": "Maison Le Goff", "contact": "soazig.legoff@maisonlegoff.example.fr",
        "frm": ("Maison Le Goff", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Soazig Le Goff", "soazig.legoff@maisonlegoff.example.fr"),
        "date": "2026-04-15 10:40", "subject": "Entretien pour le poste d'assistante RH – Maison Le Goff",
        "reply_of": "mlg_ack", "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Maison Le Goff – Boulangeries bretonnes", "color": "#92400e",
                        "button": ("Confirmer l'entretien", "https://maisonlegoff.teamtailor.example.fr/confirm/8812"),
                        "footer": "Envoyé avec Teamtailor"},
        "text": """Bonjour Wiebke,

Merci pour votre candidature au poste d'assistante RH (CDI, temps plein). Votre parcours en boulangerie nous a beaucoup parlé, vous connaissez nos métiers de l'intérieur !

Nous aimerions vous rencontrer pour un entretien le mercredi 22 avril à 10h00, dans nos bureaux du 5 allée des Fourniers, 35000 Rennes. L'entretien durera environ une heure, avec Soazig Le Goff (directrice RH) et un responsable de magasin.

Merci de confirmer votre présence via le bouton ci-dessous ou en répondant à ce message.

À très bientôt,
L'équipe recrutement de Maison Le Goff
""",
    },
    {
        "id": "plc_inv", "kind": "interview_invitation", "slug": "polyclinique_lices_convocation_ics",
        "lang": "fr", "company": "Polyclinique des Lices", "contact": "h.caradec@polyclinique-lices.example.fr",
        "frm": ("Hélène Caradec", "h.caradec@polyclinique-lices.example.fr"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-03 15:26", "subject": "Convocation à un entretien – Assistant(e) RH",
        "form": "alt", "shell": "outlook", "mid": "outlook",
        "ics": {"uid": "plc-ent-20260915-1430@polyclinique-lices.example.fr", "seq": 0,
                 "start": "2026-09-15 14:30", "minutes": 45, "summary": "Entretien – Assistant(e) RH",
                 "location": "Polyclinique des Lices, bâtiment administratif, bureau 12"},
        "text": """Madame,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste d'assistant(e) ressources humaines.

Date : mardi 15 septembre 2026 à 14h30
Lieu : Polyclinique des Lices, bâtiment administratif, bureau 12 – 9 rue des Lices, 35000 Rennes
Durée : environ 45 minutes, avec la directrice des ressources humaines et moi-même

Merci d'accepter l'invitation jointe ou de nous confirmer votre venue par retour de mail.

Bien cordialement,
Hélène Caradec
Chargée de recrutement
Polyclinique des Lices – 02 99 55 78 30
""",
    },
    {
        "kind": "interview_invitation", "slug": "haute_vilaine_written_test_and_oral_pdf",
        "lang": "fr", "company": "Université de Haute-Vilaine", "contact": "recrutement.biatss@univ-hautevilaine.example.fr",
        "frm": ("Bureau du recrutement BIATSS", "recrutement.biatss@univ-hautevilaine.example.fr"),
        "date": "2026-10-06 11:05", "subject": "Convocation aux épreuves de sélection – gestionnaire RH (contractuel)",
        "subj_enc": ("utf-8", "B"), "cs": "windows-1252", "cte": "b64",
        "pdfs": [{"name": "convocation_gestionnaire_RH.pdf", "title": "Convocation",
                   "lines": ["Université de Haute-Vilaine – Direction des ressources humaines",
                          "Convocation de Mme Wiebke Sørensen-Mbatha",
                          "Épreuve écrite : mercredi 14 octobre 2026, 9h00, amphi B",
                          "Entretien oral : le même jour à partir de 14h00, salle du conseil",
                          "Se munir d'une pièce d'identité."]}],
        "text": """Madame,

Votre candidature au poste de gestionnaire RH (contractuel, 12 mois) a été retenue pour la suite de la procédure. Vous êtes convoquée aux épreuves de sélection le mercredi 14 octobre 2026 :

– 9h00 : épreuve écrite (cas pratique de gestion administrative du personnel, 2 heures), amphithéâtre B ;
– à partir de 14h00 : entretien avec le jury, salle du conseil, bâtiment de la présidence.

Votre convocation officielle est jointe à ce message. Merci de vous munir d'une pièce d'identité et de nous confirmer votre présence avant le 9 octobre.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le bureau du recrutement BIATSS
Direction des ressources humaines – Université de Haute-Vilaine
""",
    },
    # ------------------------------------------------------------------ Spanish (2)
    {
        "id": "cb_inv", "kind": "interview_invitation", "slug": "benacantil_video_interview",
        "lang": "es", "company": "Clínica Benacantil", "contact": "marta.ibanez@clinicabenacantil.example.es",
        "frm": ("Marta Ibáñez Soler", "marta.ibanez@clinicabenacantil.example.es"),
        "date": "2026-05-19 12:02", "subject": "Re: Candidatura – Auxiliar administrativa de RRHH",
        "reply_of": "cb_app", "quote": "cb_app", "cte": "qp",
        "text": """Hola, Wiebke:

Gracias por enviarnos tu candidatura. Nos ha llamado la atención tu experiencia organizando turnos y nos gustaría conocerte.

¿Te vendría bien una entrevista por videollamada el martes 26 de mayo a las 10:00 (hora peninsular)? Durará unos 40 minutos y estaremos la directora de Personas y yo. Te enviaremos el enlace de Teams la víspera.

Confírmame cuando puedas.

Un saludo,
Marta Ibáñez Soler
Responsable de Personas – Clínica Benacantil
""",
    },
    {
        "id": "sl_inv", "kind": "interview_invitation", "slug": "lucentum_trial_day",
        "lang": "es", "company": "Supermercados Lucentum", "contact": "j.llorens@lucentum.example.es",
        "frm": ("Javier Llorens", "j.llorens@lucentum.example.es"),
        "date": "2026-07-14 09:37", "subject": "Jornada de prueba – Auxiliar de RRHH",
        "reply_of": "sl_ack", "form": "alt", "shell": "simple", "cs": "iso-8859-1", "cte": "qp",
        "text": """Hola, Wiebke:

Después de revisar tu CV queremos invitarte a una jornada de prueba en el departamento de Recursos Humanos de nuestra oficina central.

Día: martes 21 de julio
Horario: de 9:00 a 14:00
Dirección: Supermercados Lucentum, Polígono Las Atalayas, calle del Ebro 12, 03114 Alicante

Trabajarás con el equipo de administración de personal en tareas reales (altas, contratos, control horario). Al final del día tendremos una pequeña entrevista contigo.

¿Nos confirmas tu asistencia?

Un saludo,
Javier Llorens
Técnico de Selección
Supermercados Lucentum
""",
    },
]

RESCHEDULES: list[dict] = [
    # ------------------------------------------------------------------ German (8)
    {
        "id": "fw_move", "kind": "interview_reschedule_or_cancel", "slug": "foerdewerft_moved_sequence_bump",
        "lang": "de", "company": "Förde Werft", "contact": "jana.petersen@foerdewerft.example.de",
        "frm": ("Jana Petersen", "jana.petersen@foerdewerft.example.de"),
        "date": "2026-02-12 08:56", "subject": "AW: Terminverschiebung Telefoninterview 17.02.",
        "reply_of": "fw_resched_req", "quote": "fw_resched_req", "quote_style": "outlook_de",
        "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "qp",
        "ics": {"uid": "fw-tel-20260217@foerdewerft.example.de", "seq": 1, "start": "2026-02-19 14:00",
                 "minutes": 45, "summary": "Telefoninterview HR-Assistenz (Förde Werft) – NEUER TERMIN",
                 "location": "Telefon – Frau Petersen ruft an"},
        "text": """Liebe Frau Sørensen-Mbatha,

kein Problem, Frühschichten lassen sich nun einmal nicht beliebig tauschen.

Ich habe unser Telefonat auf Donnerstag, 19. Februar, 14:00 Uhr verlegt. Die aktualisierte Kalendereinladung ersetzt die bisherige; bitte nehmen Sie sie noch einmal an.

Viele Grüße
Jana Petersen
Recruiting & Personalmarketing · Förde Werft GmbH · +49 431 555 6612
""",
    },
    {
        "id": "kw_postpone", "kind": "interview_reschedule_or_cancel", "slug": "kanalwerft_ac_postponed_no_decision",
        "lang": "de", "company": "Kanalwerft Rendsburg", "contact": "okko.thomsen@kanalwerft.example.de",
        "frm": ("Okko Thomsen", "okko.thomsen@kanalwerft.example.de"),
        "date": "2026-03-19 17:22", "subject": "Verschiebung Assessment-Center 24.03. – Personalsachbearbeitung",
        "reply_of": "kw_inv", "cs": "windows-1252", "cte": "qp", "mid": "outlook",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

leider müssen wir das Assessment-Center am kommenden Dienstag kurzfristig absagen. Mehrere Mitglieder der Beobachterrunde sind wegen einer vorgezogenen Probefahrt auf der Ostsee gebunden.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Einen neuen Termin teile ich Ihnen voraussichtlich Anfang April mit; bereits gebuchte Bahntickets erstatten wir Ihnen gegen Beleg.

Mit freundlichen Grüßen
Okko Thomsen
Leiter Personal, Kanalwerft Rendsburg
""",
    },
    {
        "id": "hh_move", "kind": "interview_reschedule_or_cancel", "slug": "hansehochschule_moved_reply_chain",
        "lang": "de", "company": "Hanse-Hochschule Lübeck", "contact": "meike.albers@hh-luebeck.example.de",
        "frm": ("Meike Albers", "meike.albers@hh-luebeck.example.de"),
        "date": "2026-05-28 08:31", "subject": "Re: Einladung zum Vorstellungsgespräch - Kennziffer 26/031",
        "subj_enc": ("iso-8859-1", "Q"), "reply_of": "hh_inv", "quote": "hh_inv", "cs": "iso-8859-1", "cte": "qp",
        "ics": {"uid": "hhl-26-031-sm@hh-luebeck.example.de", "seq": 1, "start": "2026-06-04 13:00",
                 "minutes": 60, "summary": "Vorstellungsgespräch Kennziffer 26/031 (verlegt)",
                 "location": "Hanse-Hochschule Lübeck, Gebäude A, Raum 2.07"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

aus terminlichen Gründen der Auswahlkommission müssen wir Ihr Vorstellungsgespräch verlegen. Neuer Termin ist Donnerstag, 4. Juni 2026, 13:00 Uhr; Raum und Ablauf bleiben unverändert.

Die angehängte Kalendereinladung aktualisiert den bisherigen Eintrag. Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Meike Albers
""",
    },
    {
        "id": "kb_ill", "kind": "interview_reschedule_or_cancel", "slug": "kaufhaus_brandt_interviewer_ill",
        "lang": "de", "company": "Kaufhaus Brandt", "contact": "c.heise@kaufhaus-brandt.example.de",
        "frm": ("Carola Heise", "c.heise@kaufhaus-brandt.example.de"),
        "date": "2026-09-17 16:48", "subject": "Aktualisiert: Videointerview – neuer Termin 23.09., 11:00 Uhr",
        "reply_of": "kb_inv", "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "b64",
        "ics": {"uid": "kb-teams-20260918@kaufhaus-brandt.example.de", "seq": 1, "start": "2026-09-23 11:00",
                 "minutes": 45, "summary": "Videointerview Assistenz Personal – Kaufhaus Brandt",
                 "location": "Microsoft Teams-Besprechung"},
        "text": """Liebe Frau Sørensen-Mbatha,

leider ist Frau Oltmanns kurzfristig erkrankt, sodass unser Videointerview morgen um 11 Uhr nicht stattfinden kann.

Als Ersatz schlage ich Mittwoch, 23. September, ebenfalls 11:00 Uhr vor; der Teams-Link bleibt derselbe. Die Kalendereinladung habe ich entsprechend aktualisiert.

Entschuldigen Sie die kurzfristige Änderung!

Herzliche Grüße
Carola Heise
Personalreferentin, Kaufhaus Brandt
""",
    },
    {
        "id": "fk_move", "kind": "interview_reschedule_or_cancel", "slug": "fjordklinik_trial_day_moved",
        "lang": "de", "company": "Fjordklinik Flensburg", "contact": "nis.carstensen@fjordklinik.example.de",
        "frm": ("Nis Carstensen", "nis.carstensen@fjordklinik.example.de"),
        "date": "2026-07-06 11:58", "subject": "AW: Probearbeitstag in der Personalabteilung",
        "reply_of": "fk_inv", "quote": "fk_inv",
        "text": """Moin Frau Sørensen-Mbatha,

kleine Planänderung: Am 9. Juli haben wir unerwartet eine Begehung durch die Berufsgenossenschaft, da wäre für Sie kaum jemand ansprechbar. Können wir Ihren Probearbeitstag auf Dienstag, 14. Juli, verschieben? Zeiten und Treffpunkt bleiben gleich.

Viele Grüße
Nis Carstensen
""",
    },
    {
        "id": "ow_hk_move", "kind": "interview_reschedule_or_cancel", "slug": "ostwind_forwards_hansekauf_move",
        "lang": "de", "company": "Hansekauf", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-03-06 10:09", "subject": "WG: Terminänderung Vorstellungsgespräch Frau Sørensen-Mbatha",
        "subj_enc": ("utf-8", "B"), "reply_of": "ow_hk_inv", "quote_style": "fwd_de",
        "quote": {"slug": "hk-claussen-move", "lang": "de", "date": "2026-03-06 09:41",
                   "frm": ("Maike Claußen", "m.claussen@hansekauf.example.de"),
                   "subject": "Terminänderung Vorstellungsgespräch Frau Sørensen-Mbatha",
                   "to": [("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de")],
                   "text": """Hallo Herr Jacobsen,

wegen der Inventur müssen wir den Termin mit Frau Sørensen-Mbatha am Dienstag leider verschieben. Ginge Donnerstag, 12. März, um 9:30 Uhr? Ort wie besprochen.

Gruß
Maike Claußen
Leitung Personalbüro, Hansekauf
"""},
        "text": """Hallo Frau Sørensen-Mbatha,

siehe unten: Hansekauf muss Ihren Termin am Dienstag verschieben. Neuer Vorschlag ist Donnerstag, 12. März, 9:30 Uhr, gleicher Ort. Passt Ihnen das? Dann bestätige ich es Frau Claußen.

Gruß
Timo Jacobsen
Ostwind Personal · Mobil 0171 555 0192
""",
    },
    {
        "id": "tw_cancel", "kind": "interview_reschedule_or_cancel", "slug": "travewerft_method_cancel_new_date_follows",
        "lang": "de", "company": "Travewerft", "contact": "frauke.timm@travewerft.example.de",
        "frm": ("Anke Wulf", "anke.wulf@travewerft.example.de"),
        "reply_to": ("Frauke Timm", "frauke.timm@travewerft.example.de"),
        "date": "2026-10-06 13:20", "subject": "Abgesagt: Vorstellungsgespräch Sachbearbeitung Personal",
        "reply_of": "tw_inv", "ics_as": "both",
        "ics": {"uid": "tw-vg-20261008-0930@travewerft.example.de", "seq": 1, "method": "CANCEL",
                 "start": "2026-10-08 09:30", "minutes": 60,
                 "summary": "Vorstellungsgespräch Sachbearbeitung Personal",
                 "location": "Travewerft, Verwaltung, Konferenzraum Priwall"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

leider müssen wir das für Donnerstag, 8. Oktober, geplante Gespräch absagen: Herr Petersen wird an diesem Tag zu einer Abnahme in Rostock gerufen.

Das hat mit Ihrer Bewerbung nichts zu tun. Frau Timm meldet sich in den nächsten Tagen mit zwei neuen Terminvorschlägen bei Ihnen.

Mit freundlichen Grüßen
Anke Wulf
Personalleiterin, Travewerft
""",
    },
    {
        "id": "et_resched", "kind": "interview_reschedule_or_cancel", "slug": "elbtor_greenhouse_pick_new_time",
        "lang": "de", "company": "Elbtor Versicherung", "contact": "lars.feddersen@elbtor.example.de",
        "frm": ("Lars Feddersen via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lars Feddersen", "lars.feddersen@elbtor.example.de"),
        "date": "2026-09-10 08:15", "subject": "Terminänderung: Ihr Telefoninterview bei Elbtor Versicherung",
        "subj_enc": ("utf-8", "Q"), "reply_of": "et_inv", "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Elbtor Versicherung", "color": "#b91c1c",
                        "button": ("Neuen Termin wählen", "https://app.greenhouse.io/scheduling/elbtor-51a8d0?reschedule=1"),
                        "footer": "Versendet über Greenhouse"},
        "text": """Hallo Frau Sørensen-Mbatha,

Ihr für heute, 14:00 Uhr gebuchtes Telefoninterview kann ich leider nicht wahrnehmen, weil ich kurzfristig zu einer Betriebsversammlung muss. Das tut mir leid.

Bitte wählen Sie über den Link unten einen neuen Termin in den nächsten Tagen; Montag und Dienstag sind noch viele Zeiten frei.
https://app.greenhouse.io/scheduling/elbtor-51a8d0?reschedule=1

Beste Grüße
Lars Feddersen
""",
    },
    # ------------------------------------------------------------------ English (4)
    {
        "id": "mar_move", "kind": "interview_reschedule_or_cancel", "slug": "marselis_chair_ill_updated_invite",
        "lang": "en", "company": "Marselis University", "contact": "kwi@marselis.example.dk",
        "frm": ("Karen Winther", "kwi@marselis.example.dk"),
        "date": "2026-03-24 09:05", "subject": "Updated: Interview – HR Assistant (maternity cover)",
        "reply_of": "mar_inv", "quote": "mar_inv", "form": "alt", "shell": "simple",
        "ics": {"uid": "mu-jr2026-0188-sm@marselis.example.dk", "seq": 1, "start": "2026-03-31 10:00",
                 "minutes": 50, "summary": "Interview: HR Assistant (maternity cover) – new time",
                 "location": "Marselis Allé 6, building C, room 114"},
        "text": """Dear Wiebke,

Unfortunately Jens Bach, who chairs the panel, is ill this week, so we need to move your interview on Thursday.

The new time is Tuesday 31 March at 10:00, same room. Please note that Denmark switches to summer time on the Sunday before. The updated calendar invitation replaces the old one.

Apologies for the change, and thank you for your flexibility.

Kind regards,
Karen
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "nordhavn_lever_rescheduled",
        "lang": "en", "company": "Nordhavn Foods", "contact": "ida.thorsen@nordhavnfoods.example.dk",
        "frm": ("Nordhavn Foods", "no-reply@hire.lever.co"),
        "reply_to": ("Ida Thorsen", "ida.thorsen@nordhavnfoods.example.dk"),
        "date": "2026-08-13 15:40", "subject": "Your interview with Nordhavn Foods has been rescheduled",
        "reply_of": "nf_inv", "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Nordhavn Foods", "color": "#4d7c0f",
                        "footer": "Nordhavn Foods uses Lever to manage applications."},
        "ics": {"uid": "lever-nordhavn-3c9e1b-sm@hire.lever.co", "seq": 1, "start": "2026-08-18 14:00",
                 "minutes": 45, "summary": "Interview: Wiebke Sørensen-Mbatha / Nordhavn Foods",
                 "location": "Google Meet", "organizer": ("Ida Thorsen", "ida.thorsen@nordhavnfoods.example.dk"),
                 "prodid": "-//Lever//Interview Scheduling//EN"},
        "text": """Hi Wiebke,

Your video interview for the HR Assistant position has been moved.

Previous time: Friday 14 August, 11:00 (CEST)
New time: Tuesday 18 August, 14:00 (CEST)
Interviewers: Ida Thorsen, Peter Munk

Ida asked us to pass on that Peter is at a supplier audit on Friday. Reply to this email if the new time doesn't work for you.

Nordhavn Foods Recruiting
""",
    },
    {
        "id": "hl_cancel", "kind": "interview_reschedule_or_cancel", "slug": "harbourline_method_cancel",
        "lang": "en", "company": "Harbourline Shipping", "contact": "claire.whitfield@harbourline.example.de",
        "frm": ("Claire Whitfield", "claire.whitfield@harbourline.example.de"),
        "date": "2026-01-26 18:31", "subject": "Cancelled: Phone screen – HR Assistant (Crewing)",
        "reply_of": "hl_inv", "quote": "hl_inv", "quote_style": "outlook_en", "form": "alt", "shell": "outlook", "mid": "outlook",
        "ics": {"uid": "hl-screen-20260127@harbourline.example.de", "seq": 1, "method": "CANCEL",
                 "start": "2026-01-27 10:30", "minutes": 20, "summary": "Phone screen – HR Assistant (Crewing)",
                 "location": "Phone (Claire calls)"},
        "text": """Hello Wiebke,

I'm sorry to cancel at short notice, but I have to pull out of tomorrow's call: our crewing team has an urgent crew change on a vessel in Rotterdam and I'm needed on it all day.

This is not a reflection on your application. I'll be in touch with a new slot early next week.

Best regards,
Claire Whitfield
Senior Recruiter, Harbourline Shipping
""",
    },
    {
        "id": "fb_push", "kind": "interview_reschedule_or_cancel", "slug": "fjordbyte_push_to_friday",
        "lang": "en", "company": "Fjordbyte", "contact": "mads@fjordbyte.example.dk",
        "frm": ("Mads Ebbesen", "mads@fjordbyte.example.dk"), "mid": "gmail",
        "date": "2026-10-07 07:52", "subject": "Re: your application :)",
        "reply_of": "fb_inv",
        "text": """Morning Wiebke,

Something came up for Thursday (investor call, of course). Could we push our chat to Friday at 14:00 instead? Same plan, 30 minutes, I'll send the Meet link on Friday morning.

Sorry for the shuffle!
Mads
""",
    },
    # ------------------------------------------------------------------ French (2)
    {
        "id": "mlg_move", "kind": "interview_reschedule_or_cancel", "slug": "maison_le_goff_moved",
        "lang": "fr", "company": "Maison Le Goff", "contact": "soazig.legoff@maisonlegoff.example.fr",
        "frm": ("Soazig Le Goff", "soazig.legoff@maisonlegoff.example.fr"),
        "date": "2026-04-20 08:47", "subject": "Décalage de votre entretien de mercredi",
        "subj_enc": ("iso-8859-1", "B"), "reply_of": "mlg_inv", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour Wiebke,

Un imprévu nous oblige à décaler votre entretien de mercredi : notre responsable de magasin doit remplacer un boulanger malade à Cesson.

Seriez-vous disponible le vendredi 24 avril à 15h00, toujours dans nos bureaux de l'allée des Fourniers ? Je reste joignable au 02 99 55 18 04 si c'est plus simple.

Merci de votre compréhension et à vendredi j'espère,
Soazig Le Goff
Directrice des ressources humaines, Maison Le Goff
""",
    },
    {
        "id": "plc_cancel", "kind": "interview_reschedule_or_cancel", "slug": "polyclinique_method_cancel",
        "lang": "fr", "company": "Polyclinique des Lices", "contact": "h.caradec@polyclinique-lices.example.fr",
        "frm": ("Hélène Caradec", "h.caradec@polyclinique-lices.example.fr"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-08 12:14", "subject": "Annulé : Entretien – Assistant(e) RH",
        "reply_of": "plc_inv", "form": "alt", "shell": "outlook", "mid": "outlook",
        "ics": {"uid": "plc-ent-20260915-1430@polyclinique-lices.example.fr", "seq": 1, "method": "CANCEL",
                 "start": "2026-09-15 14:30", "minutes": 45, "summary": "Entretien – Assistant(e) RH",
                 "location": "Polyclinique des Lices, bâtiment administratif, bureau 12"},
        "text": """Madame,

Nous sommes contraints d'annuler l'entretien prévu le mardi 15 septembre à 14h30 : notre directrice des ressources humaines sera retenue toute la journée par une visite de certification.

Votre candidature reste bien entendu à l'étude. Je vous appellerai d'ici la fin de la semaine pour convenir d'une nouvelle date.

Avec nos excuses pour ce contretemps,
Hélène Caradec
Chargée de recrutement, Polyclinique des Lices
""",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "id": "sl_move", "kind": "interview_reschedule_or_cancel", "slug": "lucentum_trial_day_moved",
        "lang": "es", "company": "Supermercados Lucentum", "contact": "j.llorens@lucentum.example.es",
        "frm": ("Javier Llorens", "j.llorens@lucentum.example.es"),
        "date": "2026-07-17 13:05", "subject": "Cambio de fecha: jornada de prueba",
        "reply_of": "sl_inv", "cs": "iso-8859-1", "cte": "qp",
        "text": """Hola, Wiebke:

Te escribo porque tenemos que mover la jornada de prueba del martes 21: ese día hay auditoría interna en la oficina central y el equipo de Personal no podría atenderte.

¿Podrías venir el jueves 23 de julio, en el mismo horario (de 9:00 a 14:00) y en la misma dirección?

Gracias y perdona las molestias,
Javier Llorens
Supermercados Lucentum
""",
    },
]

MISSED: list[dict] = [
    # ------------------------------------------------------------------ German (5)
    {
        "id": "kh_missed", "kind": "missed_interview_notice", "slug": "klinikum_holtenau_called_twice",
        "lang": "de", "company": "Klinikum Holtenau", "contact": "s.lorenzen@klinikum-holtenau.example.de",
        "frm": ("Sabine Lorenzen", "s.lorenzen@klinikum-holtenau.example.de"),
        "date": "2026-01-27 10:31", "subject": "Ihr Telefontermin am 27.01. – Assistenz Personalservice",
        "reply_of": "kh_inv", "form": "alt", "shell": "simple", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

für heute, 10:00 Uhr hatten Sie über unser Bewerbungsportal ein telefonisches Vorstellungsgespräch gebucht. Ich habe Sie um 10:00 Uhr und noch einmal um 10:12 Uhr unter der angegebenen Nummer angerufen, Sie aber nicht erreicht; eine Mailbox war nicht eingerichtet.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Sabine Lorenzen
Personalservice, Klinikum Holtenau
Tel. 0431 555 2140
""",
    },
    {
        "id": "hc_missed", "kind": "missed_interview_notice", "slug": "hansecare_not_reached",
        "lang": "de", "company": "HanseCare Pflegedienste", "contact": "jule.matthiesen@hansecare.example.de",
        "frm": ("Jule Matthiesen", "jule.matthiesen@hansecare.example.de"),
        "date": "2026-06-25 09:52", "subject": "Re: Kurzes Telefonat zu Ihrer Bewerbung?",
        "reply_of": "hc_inv", "quote": "hc_inv",
        "text": """Hallo Frau Sørensen-Mbatha,

ich hatte Sie heute wie verabredet um 9:30 Uhr angerufen, aber nur die Mailbox erreicht, und auf meinen zweiten Versuch um 9:40 Uhr ging auch niemand ran. Ist etwas dazwischengekommen?

Melden Sie sich gern, wenn Sie noch Interesse haben.

Viele Grüße
Jule Matthiesen
""",
    },
    {
        "id": "mk_missed", "kind": "missed_interview_notice", "slug": "moebel_kroeger_waited_in_store",
        "lang": "de", "company": "Möbelhaus Kröger", "contact": "b.kroeger@moebel-kroeger.example.de",
        "frm": ("Bernd Kröger", "b.kroeger@moebel-kroeger.example.de"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-01 08:15", "subject": "Re: Ihre Bewerbung Aushilfe Personalbüro",
        "reply_of": "mk_inv", "quote": "mk_inv", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Moin,

wir hatten Sie gestern um 15 Uhr hier im Haus erwartet. Ich hab am Infotresen Bescheid gesagt und bis halb vier gewartet, gekommen ist aber niemand. Schade.

Wenn Sie noch wollen, melden Sie sich.

B. Kröger
""",
    },
    {
        "id": "ow_grenz_missed", "kind": "missed_interview_notice", "slug": "ostwind_grenzland_no_show",
        "lang": "de", "company": "Grenzland Logistik", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-02-09 11:03", "subject": "Termin heute bei Grenzland Logistik",
        "reply_of": "ow_ack",
        "text": """Hallo Frau Sørensen-Mbatha,

Herr Nissen von Grenzland Logistik hat mich eben angerufen: Sie sind heute um 9 Uhr nicht zum vereinbarten Vorstellungsgespräch in Harrislee erschienen. Ich habe seitdem zweimal versucht, Sie auf dem Handy zu erreichen.

Bitte geben Sie mir kurz Bescheid, was passiert ist, damit ich dem Kunden etwas sagen kann. Ich hoffe, es ist nichts Schlimmes.

Viele Grüße
Timo Jacobsen
Ostwind Personal · Mobil 0171 555 0192
""",
    },
    {
        "id": "sg_missed", "kind": "missed_interview_notice", "slug": "strandgut_waited_in_teams",
        "lang": "de", "company": "Strandgut Mode", "contact": "levke.hansen@strandgut-mode.example.de",
        "frm": ("Levke Hansen", "levke.hansen@strandgut-mode.example.de"),
        "date": "2026-03-16 11:24", "subject": "Unser Teams-Termin heute um 11 Uhr",
        "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "qp",
        "text": """Hallo Frau Sørensen-Mbatha,

wir haben heute ab 11:00 Uhr zu zweit im Teams-Meeting auf Sie gewartet, leider vergeblich. Auch auf meine Nachricht im Chat kam keine Antwort.

Gab es vielleicht ein technisches Problem? Geben Sie mir bitte Bescheid, ob Sie weiterhin an der Stelle als HR-Assistenz interessiert sind.

Viele Grüße
Levke Hansen
Personal & Organisation
Strandgut Mode · Rote Straße 9 · 24937 Flensburg
""",
    },
    # ------------------------------------------------------------------ English (3)
    {
        "id": "kat_missed", "kind": "missed_interview_notice", "slug": "kattegat_waited_on_teams",
        "lang": "en", "company": "Kattegat Wind Services", "contact": "sofie.riis@kattegatwind.example.dk",
        "frm": ("Sofie Riis via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Sofie Riis", "sofie.riis@kattegatwind.example.dk"),
        "date": "2026-06-11 10:24", "subject": "We missed you today – People Operations Assistant",
        "reply_of": "kat_inv",
        "text": """Hi Wiebke,

We had you down for a phone screen this morning at 10:00 and I waited on Teams for about fifteen minutes, but you didn't join.

I hope everything is alright. If you're still interested in the role, just reply to this email and I'll find another time.

Best,
Sofie Riis
Talent Partner, Kattegat Wind Services
""",
    },
    {
        "id": "dj_missed", "kind": "missed_interview_notice", "slug": "djurs_tried_calling_at_ten",
        "lang": "en", "company": "Djurs Retail Group", "contact": "pernille.skov@djursretail.example.dk",
        "frm": ("Pernille Skov", "pernille.skov@djursretail.example.dk"),
        "date": "2026-02-12 10:20", "subject": "Our phone interview this morning",
        "reply_of": "dj_ack",
        "text": """Hello Wiebke,

I tried calling you twice at 10:00 today for our scheduled phone interview about the HR Coordinator role, but there was no answer and no voicemail.

Could you let me know whether you would still like to be considered? I'm in the office until 16:00 today.

Kind regards,
Pernille Skov
HR Manager, Djurs Retail Group
Torvet 8, 8500 Grenaa | +45 8630 5512
""",
    },
    {
        "id": "ap_missed", "kind": "missed_interview_notice", "slug": "aros_port_nobody_joined",
        "lang": "en", "company": "Aros Port Services", "contact": "mikkel.dahl@arosport.example.dk",
        "frm": ("Mikkel Dahl", "mikkel.dahl@arosport.example.dk"),
        "date": "2026-03-04 14:31", "subject": "Video interview at 14:00",
        "form": "alt", "shell": "simple", "cte": "b64",
        "text": """Dear Wiebke,

Our video interview was scheduled for 14:00 today. The meeting room stayed open until 14:20, but nobody joined from your side.

If something went wrong with the link or the time zone, please tell me, and let me know whether you're still interested in the HR Administrator position.

Best regards,
Mikkel Dahl
People & Culture
Aros Port Services, Pier 2, 8000 Aarhus C
""",
    },
    # ------------------------------------------------------------------ French (1)
    {
        "id": "ad_missed", "kind": "missed_interview_notice", "slug": "armor_waited_on_site",
        "lang": "fr", "company": "Armor Distribution", "contact": "g.lebihan@armor-distribution.example.fr",
        "frm": ("Gaëlle Le Bihan", "g.lebihan@armor-distribution.example.fr"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-20 10:17", "subject": "Entretien de ce matin",
        "cs": "iso-8859-1", "cte": "qp", "reply_of": "ad_ack",
        "text": """Madame,

Nous vous avons attendue ce matin à 9h30 pour votre entretien dans nos locaux de Saint-Jacques-de-la-Lande, comme convenu par téléphone la semaine dernière. Sans nouvelles de votre part à 10h, nous avons dû libérer la salle.

Pourriez-vous nous faire savoir si vous souhaitez maintenir votre candidature au poste d'assistante RH ?

Cordialement,
Gaëlle Le Bihan
Responsable ressources humaines, Armor Distribution
""",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "id": "cb_missed", "kind": "missed_interview_notice", "slug": "benacantil_waited_and_called",
        "lang": "es", "company": "Clínica Benacantil", "contact": "marta.ibanez@clinicabenacantil.example.es",
        "frm": ("Marta Ibáñez Soler", "marta.ibanez@clinicabenacantil.example.es"),
        "date": "2026-05-26 10:41", "subject": "Entrevista de esta mañana",
        "subj_enc": ("utf-8", "Q"), "reply_of": "cb_inv", "form": "alt", "shell": "simple",
        "text": """Hola, Wiebke:

Esta mañana a las 10:00 te estuvimos esperando en la videollamada durante veinte minutos y también te llamamos al móvil, pero no conseguimos hablar contigo.

¿Ha pasado algo? Si sigues interesada en el puesto, escríbeme y vemos qué podemos hacer.

Un saludo,
Marta Ibáñez Soler
Clínica Benacantil
""",
    },
]

MESSAGES: list[dict] = INVITES + RESCHEDULES + MISSED
