"""interview_invitation: interviews, calls, screens, assessment centre, trial day (26)."""

from __future__ import annotations

from msgs319_common import html_page, paras

MESSAGES = [
    # ---------------------------------------------------------------- German
    {
        "id": "inv_arzneiwerk_first", "kind": "interview_invitation", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Einladung zum Kennenlerngespräch – Regulatory Affairs Associate",
        "date": "2026-07-20 10:31 +0200", "parent": "ack_arzneiwerk",
        "text": """Liebe Frau Lammersdorf,

vielen Dank für Ihre Bewerbung und Ihre Geduld. Ihr Profil hat uns neugierig gemacht – gerade die Kombination aus Offizin-Erfahrung und Ihrer Weiterbildung in Pharmakovigilanz passt gut zu unserem Zulassungsteam.

Gern möchten wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams einladen:

Dienstag, 28. Juli 2026, 14:00–15:00 Uhr
Gesprächspartnerinnen: Dr. Katrin Vosskamp (Leitung Regulatory Affairs) und ich

Die Einladung mit dem Teams-Link finden Sie im Kalendereintrag. Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Herzliche Grüße
Svenja Brockhoff
Talent Acquisition

Arzneiwerk Teutoburg GmbH
Senner Hellweg 210 | 33689 Bielefeld
T +49 5205 8812-144""",
        "ics": {"uid": "aw-ra-2026-0711-kennenlernen@arzneiwerk-teutoburg.example.de", "seq": 0,
                 "start": "2026-07-28 14:00", "minutes": 60, "tz": "Europe/Berlin",
                 "summary": "Kennenlerngespräch Friederike Lammersdorf – RA Associate",
                 "location": "Microsoft Teams-Besprechung"},
    },
    {
        "id": "inv_arzneiwerk_second", "kind": "interview_invitation", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "AW: Vielen Dank für das Gespräch am Freitag",
        "date": "2026-08-11 09:12 +0200", "parent": "own_de_thanks_arzneiwerk", "quote": "outlook",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Liebe Frau Lammersdorf,

vielen Dank für Ihre nette Nachricht – das Gespräch hat auch uns viel Freude gemacht!

Wir möchten Sie sehr gern zur zweiten Runde zu uns nach Bielefeld einladen. Geplant ist ein Fachgespräch vor Ort mit Frau Dr. Vosskamp und zwei Kolleginnen aus dem Team, inklusive einer kleinen Aufgabe zu einem Variation-Antrag (keine Vorbereitung nötig) und einem Rundgang durch die Abteilung.

Termin: Donnerstag, 20. August 2026, 10:00 bis ca. 12:30 Uhr
Ort: Senner Hellweg 210, 33689 Bielefeld, Empfang Gebäude C

Die Fahrtkosten erstatten wir Ihnen selbstverständlich. Passt Ihnen der Termin?

Herzliche Grüße
Svenja Brockhoff
Talent Acquisition | Arzneiwerk Teutoburg""",
    },
    {
        "id": "inv_vetoria_first", "kind": "interview_invitation", "lang": "de",
        "company": "Vetoria Tiergesundheit", "contact": "lena.osterkamp@vetoria.example.de",
        "frm": "Lena Osterkamp via softgarden <noreply@softgarden.io>",
        "reply_to": "Lena Osterkamp <lena.osterkamp@vetoria.example.de>",
        "subj": "Vetoria Tiergesundheit: Einladung zum Video-Interview",
        "date": "2026-02-16 15:05 +0100", "parent": "ack_vetoria",
        "html": html_page(paras(
            "Liebe Frau Lammersdorf,",
            "vielen Dank für Ihre Bewerbung als Junior Specialist Pharmacovigilance Veterinary. "
            "Wir würden Sie gern in einem ca. 45-minütigen Video-Interview näher kennenlernen.",
            "Bitte wählen Sie über den folgenden Link einen passenden Termin aus unseren "
            "Vorschlägen aus:<br>"
            '<a href="https://vetoria.softgarden.io/interview/book/8c1d2e">Termin auswählen</a>',
            "Zur Auswahl stehen Montag, 23.02., und Dienstag, 24.02.2026, jeweils zwischen "
            "9:00 und 15:00 Uhr. Das Gespräch führen Dr. med. vet. Hauke Brandes "
            "(Head of Veterinary PV) und ich.",
            "Viele Grüße<br>Lena Osterkamp<br>Recruiting | Vetoria Tiergesundheit",
        ), brand="Vetoria Tiergesundheit", color="#2e7d32",
            footer="Antworten auf diese Nachricht erreichen Lena Osterkamp direkt."),
    },
    {
        "id": "inv_vetoria_new_slot", "kind": "interview_invitation", "lang": "de",
        "company": "Vetoria Tiergesundheit", "contact": "lena.osterkamp@vetoria.example.de",
        "frm": "Lena Osterkamp <lena.osterkamp@vetoria.example.de>",
        "subj": "AW: Entschuldigung wegen des verpassten Interviews",
        "date": "2026-02-26 08:44 +0100", "parent": "own_de_apology_vetoria", "quote": "gt",
        "text": """Liebe Frau Lammersdorf,

danke für Ihre Erklärung, so etwas kann passieren. Dr. Brandes hat noch einmal Zeit gefunden. Wir laden Sie daher gern erneut zum Video-Interview ein:

Montag, 2. März 2026, 11:30 Uhr, Microsoft Teams
Link: https://teams.example.net/l/meetup-join/vetoria-pv-0302

Bitte wählen Sie sich fünf Minuten vorher ein und testen Sie vorab Kamera und Ton.

Viele Grüße
Lena Osterkamp""",
    },
    {
        "id": "inv_aasee_probetag", "kind": "interview_invitation", "lang": "de",
        "company": "Klinikum Aasee", "contact": "m.tenhagen@klinikum-aasee.example.de",
        "frm": "\"Tenhagen, Monika\" <m.tenhagen@klinikum-aasee.example.de>",
        "cc": "Dr. Ulrich Pötter <u.poetter@klinikum-aasee.example.de>",
        "subj": "Einladung zum Vorstellungsgespräch mit Hospitation – Kennziffer KA-APO-0326",
        "date": "2026-03-16 14:18 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl gekommen sind. Gern laden wir Sie zu einem Vorstellungsgespräch mit anschließender Hospitation in unserer Krankenhausapotheke ein.

Datum: Mittwoch, 25.03.2026
Uhrzeit: 08:00 Uhr bis ca. 13:00 Uhr (Gespräch um 08:00 Uhr, danach Hospitation in der Arzneimittelinformation)
Ort: Klinikum Aasee, Haus D, Untergeschoss, Raum D-U-112
Ansprechpartner vor Ort: Herr Dr. Ulrich Pötter, Chefapotheker

Bitte bringen Sie geschlossene Schuhe mit; Kittel stellen wir. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Monika Tenhagen
Personalabteilung - Recruiting
Klinikum Aasee Münster""",
    },
    {
        "id": "inv_agpw_hearing", "kind": "interview_invitation", "lang": "de",
        "company": "Agentur für Gesundheitsprodukte Wien", "contact": "sabine.hoedl@agpw.example.at",
        "frm": "Mag. Sabine Hödl <sabine.hoedl@agpw.example.at>",
        "name_enc": ("iso-8859-1", "q"),
        "subj": "Einladung zum Hearing – Referent*in Pharmakovigilanz (GZ 2026/PV/014)",
        "date": "2026-05-26 13:00 +0200", "cte": "base64",
        "text": """Sehr geehrte Frau Lammersdorf,

bezugnehmend auf Ihre Bewerbung freuen wir uns, Sie zum Hearing für die Position Referent*in Pharmakovigilanz einzuladen.

Termin: Mittwoch, 10. Juni 2026, 09:30 Uhr
Ort: AGPW, Traisengasse 5, 1200 Wien, Besprechungsraum 4.07
Ablauf: Kurzpräsentation (10 Minuten) zum Thema „Signalmanagement in der Routine-PV“, anschließend Gespräch mit der Kommission (ca. 45 Minuten) und ein schriftlicher Fachtest (30 Minuten).

Eine Teilnahme per Videokonferenz ist aus organisatorischen Gründen leider nicht möglich. Reisekosten können nicht ersetzt werden.

Wir ersuchen um Bestätigung bis 2. Juni 2026.

Mit freundlichen Grüßen
Mag. Sabine Hödl
Personal und Recht
Agentur für Gesundheitsprodukte Wien
Tel. +43 1 2501 7740""",
    },
    {
        "id": "inv_helvapharm_phone", "kind": "interview_invitation", "lang": "de",
        "company": "Helvapharm", "contact": "reto.baumgartner@helvapharm.example.ch",
        "frm": "Reto Baumgartner <reto.baumgartner@helvapharm.example.ch>",
        "subj": "Telefoninterview Regulatory Affairs Specialist Generics",
        "date": "2026-01-26 11:20 +0100", "parent": "ack_helvapharm",
        "text": """Guten Tag Frau Lammersdorf

Gerne würden wir Sie in einem ersten, rund 30-minütigen Telefoninterview besser kennenlernen.

Wie wäre es mit Dienstag, 3. Februar 2026, um 10.00 Uhr? Ich würde Sie unter der Mobilnummer aus Ihrem Lebenslauf anrufen. Falls das nicht passt, schlagen Sie mir gerne zwei, drei Alternativen vor.

Freundliche Grüsse
Reto Baumgartner
Senior Talent Acquisition Partner

Helvapharm AG
Hochbergerstrasse 60 | 4057 Basel | Schweiz
+41 61 690 22 18""",
    },
    {
        "id": "inv_kessler_weserland", "kind": "interview_invitation", "lang": "de",
        "company": "Weserland Pharma", "contact": "t.kessler@kessler-brandt.example.de",
        "frm": "Thomas Kessler <t.kessler@kessler-brandt.example.de>",
        "subj": "Weserland Pharma möchte Sie kennenlernen – Vorstellungsgespräch",
        "date": "2026-04-13 17:52 +0200", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

gute Nachrichten: Unser Mandant, die Weserland Pharma in Hameln, hat Ihr Profil gesichtet und möchte Sie gern persönlich kennenlernen – für die Position Drug Safety Officer (m/w/d).

Vorgeschlagener Termin: Donnerstag, 23. April 2026, 13:30 Uhr, vor Ort in Hameln (Betriebsgelände Süd, Empfang). Gesprächspartner sind der Leiter Arzneimittelsicherheit, Herr Dr. Gerdes, und Frau Kalthoff aus der Personalabteilung.

Bevor es losgeht, würde ich gern 15 Minuten mit Ihnen telefonieren, um Sie gut vorzubereiten. Passt Ihnen Montag um 12 Uhr?

Beste Grüße
Thomas Kessler
Geschäftsführender Partner

Kessler & Brandt Personalberatung
Georgstraße 38 · 30159 Hannover
Tel. 0511 3574 2290

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.""",
    },
    {
        "id": "inv_promed_kunde", "kind": "interview_invitation", "lang": "de",
        "company": "ProMed Personal", "contact": "d.aydin@promed-personal.example.de",
        "frm": "Derya Aydin | ProMed Personal <d.aydin@promed-personal.example.de>",
        "subj": "Vorstellungstermin bei unserem Kunden am 22.01.",
        "date": "2026-01-19 12:06 +0100", "cs": "windows-1252", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

wie eben am Telefon besprochen, hier noch einmal alles schriftlich: Unser Kunde, ein pharmazeutischer Großhändler in Münster-Amelsbüren, sucht im Rahmen der Arbeitnehmerüberlassung eine PTA für die Qualitätssicherung/Reklamationsbearbeitung (Vollzeit, zunächst 6 Monate).

Vorstellungstermin: Donnerstag, 22.01.2026, 09:00 Uhr
Treffpunkt: Ich hole Sie um 08:45 Uhr am Pförtner ab, Adresse schicke ich Ihnen per SMS.

Bitte bringen Sie Ihren Personalausweis und – falls vorhanden – Ihre Approbationsurkunde/PTA-Urkunde in Kopie mit.

Viele Grüße
Derya Aydin
Personaldisponentin

ProMed Personal GmbH – Niederlassung Münster
Ludgeriplatz 4 | 48151 Münster | 0251 20 888-31""",
    },
    {
        "id": "inv_medicanna_video", "kind": "interview_invitation", "lang": "de",
        "company": "Medicanna Westfalen", "contact": "jonas@medicanna-westfalen.example.de",
        "frm": "Jonas Feldhues <jonas@medicanna-westfalen.example.de>",
        "subj": "Kurzer Video-Call nächste Woche?",
        "date": "2026-05-05 18:20 +0200", "parent": "ack_medicanna",
        "text": """Hi Friederike,

ich bin Jonas, Head of Quality bei Medicanna Westfalen. Deine Bewerbung hat mir echt gut gefallen – gerade dein Hintergrund aus der Apotheke mit BtM-Dokumentation ist bei uns Gold wert.

Hast du Lust auf einen Video-Call, um uns gegenseitig kennenzulernen? Ich hätte Dienstag (12.05.) um 16 Uhr oder Mittwoch (13.05.) um 9:30 Uhr Zeit. Wir nutzen Google Meet, den Link schicke ich dir, sobald du dich für einen Termin entschieden hast.

Liebe Grüße
Jonas

Jonas Feldhues | Head of Quality & QP-Assistenz
Medicanna Westfalen GmbH | Am Hawerkamp 29 | 48155 Münster""",
    },
    {
        "id": "inv_galenova_ac", "kind": "interview_invitation", "lang": "de",
        "company": "Galenova", "contact": "",
        "frm": "Galenova Talent Acquisition <galenova@myworkday.com>",
        "subj": "Einladung zum Assessment Center – R-10472 Regulatory Affairs Officer",
        "date": "2026-06-15 03:01 -0700", "parent": "ack_galenova",
        "html": html_page(paras(
            "Hallo Friederike,",
            "wir freuen uns, Sie zu unserem eintägigen <b>Assessment Center</b> für die Position "
            "R-10472 Regulatory Affairs Officer einzuladen.",
            "<b>Datum:</b> Mittwoch, 1. Juli 2026<br><b>Uhrzeit:</b> 08:30–16:00 Uhr<br>"
            "<b>Ort:</b> Galenova Campus, Vahrenwalder Straße 269, 30179 Hannover",
            "Der Tag umfasst eine Gruppenübung, eine Fallstudie zu einem Änderungsanzeige-"
            "Verfahren sowie ein Einzelinterview. Bitte bestätigen Sie Ihre Teilnahme über die "
            "Aufgabe in Ihrem Workday-Kandidatenkonto.",
            "Viele Grüße<br>Galenova Talent Acquisition",
        ), brand="GALENOVA", color="#6a1b9a",
            footer="Diese Nachricht wurde von Workday im Auftrag von Galenova versendet."),
    },
    {
        "id": "inv_alpenklin", "kind": "interview_invitation", "lang": "de",
        "company": "Alpenklin", "contact": "k.moser@alpenklin.example.at",
        "frm": "Katharina Moser from Alpenklin <alpenklin@recruitee.com>",
        "reply_to": "Katharina Moser <k.moser@alpenklin.example.at>",
        "subj": "Alpenklin – Einladung zum Teams-Gespräch (Clinical Safety Coordinator)",
        "date": "2026-06-08 10:10 +0200",
        "text": """Liebe Frau Lammersdorf,

herzlichen Dank für Ihre Bewerbung als Clinical Safety Coordinator bei Alpenklin in Wien. Wir würden Sie gerne in einem ersten Gespräch via Microsoft Teams kennenlernen.

Termin: Dienstag, 16. Juni 2026, 14:00 Uhr (MESZ)
Dauer: ca. 45 Minuten
Gesprächspartner: DI Florian Reiter (Head of Clinical Safety) und ich

Den Link erhalten Sie mit der separaten Kalendereinladung. Geben Sie mir bitte kurz Bescheid, ob der Termin für Sie in Ordnung geht.

Liebe Grüße aus Wien
Katharina Moser
People & Culture | Alpenklin CRO
Wiedner Hauptstraße 76, 1040 Wien""",
    },
    {
        "id": "inv_pvkontor_phone", "kind": "interview_invitation", "lang": "de",
        "company": "PV-Kontor", "contact": "h.lueke@pv-kontor.example.de",
        "frm": "Heike Lüke <h.lueke@pv-kontor.example.de>",
        "name_enc": ("windows-1252", "q"),
        "subj": "AW: Bewerbung als Case Processing Associate",
        "date": "2026-09-10 08:58 +0200", "parent": "own_de_application_pvkontor", "quote": "gt",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Guten Morgen Frau Lammersdorf,

danke für Ihre Bewerbung! Ich würde gern einmal mit Ihnen telefonieren – ganz unkompliziert, ca. 20 Minuten.

Ginge es am Mittwoch, den 16.09., um 10:00 Uhr? Ich rufe Sie dann auf Ihrer Handynummer an.

Schöne Grüße
Heike Lüke
Teamleitung Case Processing
PV-Kontor | Hafenweg 24 | 48155 Münster""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "inv_clinvia_screen", "kind": "interview_invitation", "lang": "en",
        "company": "Clinvia Research", "contact": "aoife.brennan@clinvia.example.ie",
        "frm": "Aoife Brennan via Greenhouse <no-reply@greenhouse-mail.io>",
        "reply_to": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Clinvia Research - let's schedule a call",
        "date": "2026-01-29 14:47 +0000",
        "text": """Hi Friederike,

Thanks so much for your interest in the Pharmacovigilance Associate role here at Clinvia Research! I'd love to set up a 30-minute introductory call to tell you more about the team and hear about your background.

Please use the link below to choose a time that suits you next week:

https://app.greenhouse.example.net/scheduling/clinvia/7f3a91

Talk soon,
Aoife

Aoife Brennan
Talent Partner, EMEA | Clinvia Research
+353 1 903 4471""",
        "html": html_page(paras(
            "Hi Friederike,",
            "Thanks so much for your interest in the Pharmacovigilance Associate role here at "
            "Clinvia Research! I'd love to set up a 30-minute introductory call to tell you more "
            "about the team and hear about your background.",
            "Please use the link below to choose a time that suits you next week:<br>"
            '<a href="https://app.greenhouse.example.net/scheduling/clinvia/7f3a91">'
            "Pick a time</a>",
            "Talk soon,<br>Aoife",
            "Aoife Brennan<br>Talent Partner, EMEA | Clinvia Research<br>+353 1 903 4471",
        ), lang="en"),
    },
    {
        "id": "inv_clinvia_panel", "kind": "interview_invitation", "lang": "en",
        "company": "Clinvia Research", "contact": "aoife.brennan@clinvia.example.ie",
        "frm": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Invitation: Panel interview - Pharmacovigilance Associate @ Thu 26 Feb 2026 10:00 - 11:30 (GMT)",
        "date": "2026-02-17 16:22 +0000", "parent": "own_en_thanks_clinvia", "quote": "gt",
        "text": """Hi Friederike,

Great news - the team really enjoyed your call with me and would like to invite you to the next stage: a panel interview with Dr. Declan Moriarty (Head of Drug Safety), Ruth Ní Bhriain (Senior PV Scientist) and myself.

When: Thursday 26 February 2026, 10:00-11:30 GMT (11:00-12:30 your time)
Where: Microsoft Teams (link in the calendar invite)
Format: 60 minutes of competency questions, then a 20-minute exercise where you'll triage three mock ICSRs. No preparation needed.

Please accept the calendar invite so we know it works for you.

Best,
Aoife

Aoife Brennan
Talent Partner, EMEA | Clinvia Research""",
        "ics": {"uid": "gh-clinvia-panel-88412@clinvia.example.ie", "seq": 0,
                 "start": "2026-02-26 10:00", "minutes": 90, "tz": "Europe/Dublin",
                 "summary": "Panel interview - Friederike Lammersdorf - PV Associate",
                 "location": "Microsoft Teams"},
    },
    {
        "id": "inv_sentinel_case", "kind": "interview_invitation", "lang": "en",
        "company": "Sentinel PV Services", "contact": "priya.raman@sentinelpv.example.ie",
        "frm": "Priya Raman <priya.raman@sentinelpv.example.ie>",
        "subj": "Next step: case study interview - Drug Safety Associate (German speaker)",
        "date": "2026-06-01 11:03 +0100", "parent": "ack_sentinel",
        "text": """Hello Friederike,

Thank you for your application to Sentinel PV Services. We'd like to invite you to a case study interview for the Drug Safety Associate (German speaker) position.

You'll receive a short anonymised case narrative in German 30 minutes before the call; during the interview we'll ask you to identify the reportable elements and code two adverse events in MedDRA. Please have a pen and paper ready.

Proposed slot: Tuesday 9 June, 14:00 Irish time (15:00 CEST), Zoom.
Meeting ID will follow once you confirm.

Kind regards,
Priya Raman
Recruitment Lead
Sentinel PV Services | Block B, Sandyford Business Park, Dublin 18

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Sentinel PV Services Ltd is registered in Ireland, No. 604217.""",
    },
    {
        "id": "inv_harbourview_video", "kind": "interview_invitation", "lang": "en",
        "company": "Harbourview Pharma", "contact": "c.doyle@harbourview.example.ie",
        "frm": "Ciara Doyle <c.doyle@harbourview.example.ie>",
        "subj": "Interview - Regulatory Affairs Executive",
        "date": "2026-09-03 09:37 +0100",
        "html": html_page(paras(
            "Dear Friederike,",
            "Thank you for applying for the Regulatory Affairs Executive role with Harbourview "
            "Pharma. We were impressed with your application and would like to invite you for a "
            "video interview with our Regulatory Affairs Manager, Colm Hartigan.",
            "Could you let me know your availability on <b>Monday 14th</b> or "
            "<b>Tuesday 15th September</b>, between 9am and 1pm Irish time?",
            "The interview will last around 45 minutes and will take place on Microsoft Teams.",
            "Kind regards,<br>Ciara Doyle<br>HR Generalist<br>Harbourview Pharma<br>"
            "Unit 7, Ringsend Business Park, Dublin 4",
        ), lang="en"),
    },
    {
        "id": "inv_quayside_corrib", "kind": "interview_invitation", "lang": "en",
        "company": "Corrib Clinical", "contact": "mark.fallon@quaysiderecruitment.example.ie",
        "frm": "Mark Fallon <mark.fallon@quaysiderecruitment.example.ie>",
        "subj": "Corrib Clinical interview - Safety Data Specialist",
        "date": "2026-08-12 15:15 +0100", "cte": "quoted-printable",
        "text": """Hi Friederike,

Hope you're well! I'm delighted to say Corrib Clinical would like to meet you for the Safety Data Specialist role we discussed.

First-stage interview: Thursday 20 August at 2pm Irish time (3pm in Münster), via Teams, with Sinéad Kelleher (Safety Data Manager). It's a mix of competency questions and a chat about Argus/ArisG - don't worry that you've only used the training environment, just be honest about it.

Can you confirm you're available? I'll send the link straight after.

Thanks,
Mark

Mark Fallon
Senior Consultant - Life Sciences
Quayside Life Science Recruitment
Custom House Square, Dublin 1 | +353 1 885 2310""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "inv_clinvia_lyon", "kind": "interview_invitation", "lang": "fr",
        "company": "Clinvia Research", "contact": "camille.fournier@clinvia.example.fr",
        "frm": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "Entretien – Chargée de pharmacovigilance (Lyon-Gerland)",
        "date": "2026-04-21 11:26 +0200", "parent": "ack_clinvia_lyon",
        "text": """Bonjour Friederike,

Suite à votre candidature pour le poste de Chargée de pharmacovigilance sur notre site de Lyon-Gerland, j'ai le plaisir de vous proposer un entretien avec Hélène Vasseur, responsable de l'unité de pharmacovigilance, et moi-même.

Date proposée : jeudi 30 avril 2026 à 10h00
Lieu : Clinvia Research, 60 avenue Tony Garnier, 69007 Lyon – ou en visio si le déplacement depuis Münster est compliqué, dites-le-moi simplement.

L'entretien se déroulera en français et en partie en anglais (environ une heure).

Merci de me confirmer votre disponibilité.

Bien cordialement,
Camille Fournier
Talent Acquisition Partner France
Clinvia Research – Lyon""",
    },
    {
        "id": "inv_rhodanie_visio", "kind": "interview_invitation", "lang": "fr",
        "company": "Laboratoires Rhodanie", "contact": "a.morel@rhodanie.example.fr",
        "frm": "Aurélie Morel via SmartRecruiters <noreply@smartrecruiters.com>",
        "reply_to": "Aurélie Morel <a.morel@rhodanie.example.fr>",
        "name_enc": ("utf-8", "q"),
        "subj": "Invitation à un entretien en visioconférence – Laboratoires Rhodanie",
        "date": "2026-02-25 10:48 +0100", "parent": "ack_rhodanie",
        "html": html_page(paras(
            "Bonjour Friederike,",
            "Votre candidature au poste de Chargé(e) d'affaires réglementaires junior a retenu "
            "toute notre attention et nous souhaiterions échanger avec vous lors d'un premier "
            "entretien en visioconférence.",
            "Merci de sélectionner un créneau qui vous convient via le lien ci-dessous :<br>"
            '<a href="https://www.smartrecruiters.example.net/rhodanie/slot/3391">'
            "Choisir un créneau</a>",
            "Les créneaux proposés vont du mardi 3 au jeudi 5 mars 2026.",
            "Au plaisir d'échanger avec vous,<br>Aurélie Morel<br>Chargée de recrutement<br>"
            "Laboratoires Rhodanie",
        ), brand="Laboratoires Rhodanie", color="#c62828", lang="fr"),
    },
    {
        "id": "inv_rhodanie_site", "kind": "interview_invitation", "lang": "fr",
        "company": "Laboratoires Rhodanie", "contact": "a.morel@rhodanie.example.fr",
        "frm": "Aurélie Morel <a.morel@rhodanie.example.fr>",
        "subj": "Second entretien sur site – Laboratoires Rhodanie",
        "date": "2026-03-18 17:30 +0100", "parent": "chg_rhodanie_report", "quote": "gt",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Friederike,

Merci encore pour l'échange de la semaine dernière. Nous avons le plaisir de vous convier à un second entretien, cette fois sur notre site de production de Saint-Fons, avec M. Bertrand Caillaux (directeur des affaires réglementaires) et une personne de l'équipe assurance qualité.

Date : mercredi 1er avril 2026, de 9h30 à 12h00, suivi d'une visite du site.
Adresse : Laboratoires Rhodanie, 14 rue du Docteur Émile Roux, 69190 Saint-Fons.

Vos frais de déplacement seront pris en charge (billet de train à réserver via notre agence, je vous envoie le lien).

Belle soirée,
Aurélie Morel
Chargée de recrutement - Laboratoires Rhodanie""",
    },
    {
        "id": "inv_verneuil_saone", "kind": "interview_invitation", "lang": "fr",
        "company": "Biogénérique Saône", "contact": "p.lacombe@cabinet-verneuil.example.fr",
        "frm": "Pauline Lacombe – Cabinet Verneuil <p.lacombe@cabinet-verneuil.example.fr>",
        "name_enc": ("windows-1252", "q"),
        "subj": "Entretien chez Biogénérique Saône – poste Pharmacovigilance",
        "date": "2026-09-14 12:02 +0200", "cs": "windows-1252", "cte": "8bit",
        "text": """Bonjour Friederike,

Bonne nouvelle : notre client Biogénérique Saône, à Villefranche-sur-Saône, souhaite vous rencontrer pour le poste d'Assistante pharmacovigilance et information médicale.

L'entretien aurait lieu le mardi 22 septembre à 14h30, dans leurs locaux (ZI Nord, 210 rue Ampère). Vous rencontrerez Mme Delphine Reynaud, pharmacien responsable intérimaire, et le DRH.

Pouvez-vous me confirmer votre présence d'ici jeudi ? Je vous appellerai la veille pour faire un point de préparation.

Bien à vous,
Pauline Lacombe
Consultante senior – Santé & Pharma
Cabinet Verneuil Recrutement
12 quai Saint-Antoine, 69002 Lyon""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "inv_verdalia", "kind": "interview_invitation", "lang": "es",
        "company": "Verdalia Farma", "contact": "marta.soler@verdalia.example.es",
        "frm": "Marta Soler <marta.soler@verdalia.example.es>",
        "subj": "Entrevista para el puesto de Técnica de Farmacovigilancia – Verdalia Farma",
        "date": "2026-03-12 12:30 +0100", "parent": "ack_verdalia",
        "text": """Hola Friederike:

Soy Marta Soler, del equipo de People de Verdalia Farma. Gracias por tu candidatura; tu perfil nos ha parecido muy interesante y nos gustaría conocerte.

Te propongo una entrevista por videollamada (Google Meet) el jueves 19 de marzo a las 11:00 h (hora de Barcelona) con Jordi Puigdomènech, responsable de Farmacovigilancia, y conmigo. Durará unos 45 minutos; parte de la conversación será en inglés.

¿Te va bien? Si no, dime qué otra franja te encaja esa semana.

Un saludo,
Marta Soler
People Partner · Verdalia Farma
Carrer de Pujades 120, 08005 Barcelona""",
    },
    {
        "id": "inv_clinvia_bcn", "kind": "interview_invitation", "lang": "es",
        "company": "Clinvia Research", "contact": "lucia.ferrer@clinvia.example.es",
        "frm": "Lucía Ferrer via Greenhouse <no-reply@greenhouse-mail.io>",
        "reply_to": "Lucía Ferrer <lucia.ferrer@clinvia.example.es>",
        "name_enc": ("iso-8859-1", "b"),
        "subj": "Clinvia Research: entrevista para Pharmacovigilance Associate (Barcelona)",
        "date": "2026-04-30 16:05 +0200", "parent": "ack_clinvia_bcn",
        "text": """Hola Friederike:

Gracias por tu interés en Clinvia Research. Nos gustaría invitarte a una entrevista para el puesto de Pharmacovigilance Associate en nuestra oficina de Barcelona.

Será una videollamada de 45 minutos con Albert Casals (PV Team Lead) y conmigo. Puedes elegir el horario que mejor te venga aquí:

https://app.greenhouse.example.net/scheduling/clinvia/bcn-2271

Si tienes cualquier duda, responde directamente a este correo.

Un saludo,
Lucía Ferrer
Talent Partner Iberia · Clinvia Research""",
        "ics": {"uid": "gh-clinvia-bcn-2271@clinvia.example.es", "seq": 0,
                 "start": "2026-05-07 10:00", "minutes": 45, "tz": "Europe/Madrid",
                 "summary": "Entrevista Friederike Lammersdorf - PV Associate Barcelona",
                 "location": "Google Meet", "org": "Lucía Ferrer <lucia.ferrer@clinvia.example.es>"},
    },
    {
        "id": "inv_montjuic_phone", "kind": "interview_invitation", "lang": "es",
        "company": "Laboratorios Montjuïc", "contact": "nvidal@labmontjuic.example.es",
        "frm": "Núria Vidal <nvidal@labmontjuic.example.es>",
        "reply_to": "Selección Laboratorios Montjuïc <rrhh.seleccion@labmontjuic.example.es>",
        "subj": "Entrevista telefónica – Auxiliar de Asuntos Regulatorios",
        "subj_enc": ("windows-1252", "q"),
        "date": "2026-08-18 10:14 +0200", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Buenos días, Friederike:

En relación con tu candidatura para el puesto de Auxiliar de Asuntos Regulatorios en Laboratorios Montjuïc, queremos invitarte a una primera entrevista telefónica de unos 20-25 minutos.

Te llamaríamos el martes 25 de agosto a las 9:30 h (hora peninsular) al número que figura en tu CV. Si ese horario no te viene bien, indícanoslo respondiendo a este correo.

Saludos cordiales,
Núria Vidal
Técnica de Selección
Laboratorios Montjuïc
Passeig de la Zona Franca 111, 08038 Barcelona""",
    },
    {
        "id": "inv_talento_hidrofarma", "kind": "interview_invitation", "lang": "es",
        "company": "Hidrofarma Iberia", "contact": "sergio.navarro@talentofarma.example.es",
        "frm": "Sergio Navarro <sergio.navarro@talentofarma.example.es>",
        "subj": "RE: Candidatura – Farmacovigilancia Barcelona",
        "date": "2026-07-02 13:22 +0200", "parent": "own_es_application_talento", "quote": "gt",
        "text": """Hola Friederike:

Muchas gracias por enviarme tu CV. Te escribo porque uno de nuestros clientes, Hidrofarma Iberia (laboratorio de genéricos en Sant Cugat), busca una Técnica de Farmacovigilancia con alemán y creo que encajas muy bien.

Les he presentado tu perfil y quieren hacerte una entrevista por Teams el jueves 9 de julio a las 16:00 h. La entrevista la hará su Directora Técnica, la Dra. Elena Roig.

¿Me confirmas que te va bien y te paso el enlace?

Un abrazo,
Sergio Navarro
Consultor Senior Life Sciences
Talento Farma Consultores
Av. Diagonal 640, 08017 Barcelona · +34 93 418 27 60""",
    },
]
