"""other: traps that look like job mail but are not (digests, podcasts, parcels, friends, ...)."""

from __future__ import annotations

from msgs319_common import AUTO, AUTO_REPLY, bulk, html_page, paras

MESSAGES = [
    # ---------------------------------------------------------------- German
    {
        "id": "oth_de_jobalert_digest", "kind": "other", "lang": "de",
        "frm": "Pharmastellen.example Jobagent <jobagent@pharmastellen.example.de>",
        "subj": "12 neue Jobs für „Regulatory Affairs“ in Münster und Umgebung",
        "date": "2026-01-15 06:00 +0100",
        "hdrs": bulk("<jobagent.pharmastellen.example.de>",
                  "<https://pharmastellen.example.de/abmelden?u=83311>"),
        "html": html_page(paras(
            "Hallo Friederike,",
            "hier sind deine neuen Treffer für den Suchauftrag <b>Regulatory Affairs</b>:",
            "<b>Regulatory Affairs Manager (m/w/d)</b> – ein Generikahersteller, Bielefeld<br>"
            "<b>Sachbearbeiter Arzneimittelzulassung</b> – Pharmahandel, Osnabrück<br>"
            "<b>Junior Drug Safety Specialist</b> – CRO, Hannover<br>"
            "… und 9 weitere Stellen",
            "<b>Ratgeber der Woche:</b> Die 10 häufigsten Fragen im Vorstellungsgespräch – und "
            "warum eine Absage kein Grund zum Aufgeben ist. Unfortunately, so heißt es oft in "
            "englischen Absagen – wir erklären, was dahinter steckt.",
        ), brand="pharmastellen", color="#ef6c00",
            footer="Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. "
                   "Abmelden jederzeit möglich."),
    },
    {
        "id": "oth_de_career_newsletter", "kind": "other", "lang": "de",
        "frm": "PTA-Karrierebrief <newsletter@pta-karriere.example.de>",
        "subj": "Karrierebrief März: So gehen Sie mit Absagen um",
        "date": "2026-03-05 07:30 +0100",
        "hdrs": bulk("PTA-Karrierebrief <karrierebrief.pta-karriere.example.de>",
                  "<mailto:abmelden@pta-karriere.example.de>"),
        "text": """PTA-KARRIEREBRIEF | Ausgabe 03/2026

1) Absage erhalten? Fünf Schritte, wie Sie daraus lernen
Eine Absage nach dem Vorstellungsgespräch tut weh. Unsere Expertin erklärt, warum Sie trotzdem um Feedback bitten sollten und wie Sie die Einladung zum nächsten Gespräch besser vorbereiten.

2) Von der Offizin in die Industrie
Drei PTAs erzählen, wie sie den Wechsel in Zulassung, Qualitätssicherung und Pharmakovigilanz geschafft haben – inklusive Gehaltsangebot und Vertragsverhandlung.

3) Termine
Online-Seminar „Interviewtraining für Quereinsteiger“, 18.03., 19 Uhr

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: abmelden@pta-karriere.example.de""",
    },
    {
        "id": "oth_de_podcast_interview", "kind": "other", "lang": "de",
        "frm": "Merle Ostendorf <merle@apothekenfunk.example.de>",
        "subj": "Interviewanfrage für unseren Podcast „Apothekenfunk“",
        "date": "2026-04-22 14:12 +0200",
        "text": """Liebe Frau Lammersdorf,

ich bin Redakteurin beim Podcast „Apothekenfunk“. Ihre Kollegin aus der Löwen-Apotheke hat mir erzählt, dass Sie gerade den Sprung von der Offizin in die Pharmakovigilanz wagen.

Hätten Sie Lust, in einer unserer nächsten Folgen darüber zu sprechen? Das Interview würde ca. 40 Minuten dauern und per Zoom aufgezeichnet. Ich könnte Ihnen Termine am 5. oder 7. Mai anbieten.

Herzliche Grüße
Merle Ostendorf
Redaktion Apothekenfunk""",
    },
    {
        "id": "oth_de_radio_interview", "kind": "other", "lang": "de",
        "frm": "Radio Münsterland Süd – Redaktion <redaktion@rms-radio.example.de>",
        "subj": "Ihr Radiointerview am Donnerstag – Terminbestätigung",
        "date": "2026-06-29 11:04 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hallo Frau Lammersdorf,

vielen Dank, dass Sie bei unserer Reihe "Berufe im Wandel" mitmachen! Hiermit bestätigen wir das Live-Interview im Studio am Donnerstag, 2. Juli, 8:40 Uhr. Bitte seien Sie um 8:15 Uhr am Empfang (Bahnhofstraße 12).

Thema: Fachkräftemangel in Apotheken und warum PTAs in die Industrie wechseln.

Viele Grüße
Tobias Kemper
Redaktion Radio Münsterland Süd""",
    },
    {
        "id": "oth_de_parcel_delay", "kind": "other", "lang": "de",
        "frm": "PaketBlitz Sendungsverfolgung <noreply@paketblitz.example.de>",
        "subj": "Leider verzögert sich Ihre Sendung 00340 4471 2290",
        "date": "2026-02-12 07:45 +0100", "hdrs": AUTO,
        "html": html_page(paras(
            "Guten Tag,",
            "leider verzögert sich die Zustellung Ihrer Sendung <b>00340 4471 2290</b> aufgrund "
            "von Witterungsbedingungen. Wir bitten um Entschuldigung.",
            "Neuer voraussichtlicher Zustelltermin: Montag, 16.02.2026, 10:00–14:00 Uhr.",
            "Sie können den Zustelltermin hier verschieben oder einen Ablageort festlegen.",
        ), brand="PaketBlitz", color="#fbc02d"),
    },
    {
        "id": "oth_de_bank_position", "kind": "other", "lang": "de",
        "frm": "Sparkasse Münsterland-Mitte <service@sparkasse-mm.example.de>",
        "subj": "Ihr Depotauszug: Übersicht Ihrer Positionen zum 30.06.2026",
        "date": "2026-07-02 05:30 +0200", "hdrs": AUTO, "cte": "base64",
        "text": """Sehr geehrte Frau Lammersdorf,

Ihr Depotauszug zum Stichtag 30.06.2026 steht in Ihrem Online-Postfach bereit.

Anzahl der Positionen: 4
Gesamtwert: 8.412,77 EUR
Veränderung zum Vorquartal: +2,3 %

Unser Angebot für Sie: Lassen Sie sich zur Altersvorsorge beraten – vereinbaren Sie einfach einen Termin.

Mit freundlichen Grüßen
Ihre Sparkasse Münsterland-Mitte

Dies ist eine automatisch erstellte Nachricht.""",
    },
    {
        "id": "oth_de_gps_position", "kind": "other", "lang": "de",
        "frm": "FindMyBike <alerts@findmybike.example.com>",
        "subj": "Neue Position Ihres Fahrrads: Münster, Hafenweg",
        "date": "2026-05-16 23:10 +0200", "hdrs": AUTO,
        "text": """Ihr GPS-Tracker „Gazelle blau“ hat eine neue Position gemeldet:

Hafenweg 24, 48155 Münster
Zeit: 16.05.2026, 23:08 Uhr
Genauigkeit: 8 m

Das Fahrrad hat die festgelegte Zone „Zuhause“ verlassen. Wenn Sie das nicht waren, öffnen Sie die App und aktivieren Sie den Diebstahlmodus.

Ihr FindMyBike-Team""",
    },
    {
        "id": "oth_de_landlord_viewing", "kind": "other", "lang": "de",
        "frm": "Hausverwaltung Brüggemann <vermietung@brueggemann-hv.example.de>",
        "name_enc": ("iso-8859-1", "q"),
        "subj": "Einladung zur Wohnungsbesichtigung – Sennestadt, 3 Zimmer",
        "date": "2026-09-21 12:40 +0200", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Lammersdorf,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Elbeallee 17, Bielefeld-Sennestadt.

Gern laden wir Sie zu einem Besichtigungstermin ein: Samstag, 26.09.2026, 11:15 Uhr. Bitte bringen Sie eine Mieterselbstauskunft, die letzten drei Gehaltsnachweise bzw. Ihren neuen Arbeitsvertrag sowie eine Mietschuldenfreiheitsbescheinigung mit.

Leider können wir nicht jeden Interessenten berücksichtigen; wir melden uns nach den Besichtigungen.

Mit freundlichen Grüßen
Hausverwaltung Brüggemann""",
    },
    {
        "id": "oth_de_dentist_moved", "kind": "other", "lang": "de",
        "frm": "Zahnarztpraxis Dr. Hilgemann <praxis@zahnarzt-hilgemann.example.de>",
        "subj": "Ihr Termin wurde verschoben",
        "date": "2026-04-28 16:30 +0200", "hdrs": AUTO,
        "text": """Liebe Patientin, lieber Patient,

leider müssen wir Ihren Termin zur professionellen Zahnreinigung am Mittwoch, 06.05.2026, 15:00 Uhr absagen, da unsere Prophylaxe-Assistentin erkrankt ist.

Ihr neuer Termin: Freitag, 08.05.2026, 08:30 Uhr.

Falls Ihnen der neue Termin nicht passt, rufen Sie uns bitte unter 0251 27 19 03 an.

Ihr Praxisteam Dr. Hilgemann""",
    },
    {
        "id": "oth_de_friend_rejection", "kind": "other", "lang": "de",
        "frm": "Johanna Terbeck <jo.terbeck@example.de>",
        "subj": "Na toll… Absage von der Uniklinik",
        "date": "2026-03-26 21:55 +0100", "cte": "8bit",
        "text": """Hey Frieda,

ich muss mich mal auskotzen: Heute kam die Absage für die Stelle in der Zytostatika-Herstellung. „Leider haben wir uns für eine andere Bewerberin entschieden“ – nach ZWEI Gesprächen und einem Probearbeitstag!

Wie läuft's bei dir? Hast du von dem Klinikum schon was gehört? Lass uns am Wochenende mal telefonieren, ich brauch Zuspruch 😅

Drück dich
Jo""",
    },
    {
        "id": "oth_de_course_refused", "kind": "other", "lang": "de",
        "frm": "Akademie für Arzneimittelsicherheit <kurse@akademie-ams.example.de>",
        "subj": "Ihre Anmeldung zum Kurs „PSUR & Signalmanagement“ – leider kein Platz",
        "date": "2026-08-14 10:00 +0200",
        "text": """Sehr geehrte Frau Lammersdorf,

vielen Dank für Ihre Anmeldung zum Präsenzkurs „PSUR & Signalmanagement“ am 24./25. September 2026 in Hannover.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Position 6) und informieren Sie, falls ein Platz frei wird. Alternativ empfehlen wir den Online-Termin im November.

Mit freundlichen Grüßen
Seminarorganisation
Akademie für Arzneimittelsicherheit""",
    },
    {
        "id": "oth_de_headhunter_cold", "kind": "other", "lang": "de",
        "frm": "Carolin Aufderheide <c.aufderheide@lifescience-search.example.de>",
        "subj": "Spannende Perspektive im Bereich Regulatory Affairs – Interesse?",
        "date": "2026-05-19 08:37 +0200",
        "text": """Guten Morgen Frau Lammersdorf,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Als Personalberaterin für Life Sciences betreue ich derzeit mehrere Mandate im Raum Ostwestfalen, die zu Ihrem Hintergrund passen könnten.

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch über Ihre Wechselmotivation? Dann freue ich mich über eine kurze Antwort.

Beste Grüße
Carolin Aufderheide
Senior Consultant
LifeScience Search Partners | Düsseldorf""",
    },
    {
        "id": "oth_de_ooo_recruiter", "kind": "other", "lang": "de",
        "frm": "Thomas Kessler <t.kessler@kessler-brandt.example.de>",
        "subj": "Abwesenheitsnotiz: Rückfrage zum Weserland-Gespräch",
        "date": "2026-04-20 19:02 +0200", "hdrs": AUTO_REPLY,
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.04.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Anja Brandt (a.brandt@kessler-brandt.example.de, 0511 3574 2291).

Mit freundlichen Grüßen
Thomas Kessler
Kessler & Brandt Personalberatung""",
    },
    {
        "id": "oth_de_counselling_invite", "kind": "other", "lang": "de",
        "frm": "Arbeitsvermittlung Münsterland <beratung@arbeitsvermittlung-ml.example.de>",
        "subj": "Einladung zum Beratungsgespräch am 12.02.2026",
        "date": "2026-01-30 09:20 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

im Rahmen Ihrer beruflichen Neuorientierung laden wir Sie zu einem persönlichen Beratungsgespräch ein.

Termin: Donnerstag, 12.02.2026, 10:30 Uhr
Ort: Wolbecker Straße 45, Raum 2.14
Ihre Beraterin: Frau Schulze Kökelsum

Themen: Förderung Ihrer Weiterbildung Pharmakovigilanz (Bildungsgutschein), Bewerbungsstrategie.

Bitte bringen Sie Ihren Lebenslauf mit. Dieses Schreiben ist keine Stellenvermittlung.

Mit freundlichen Grüßen
Ihre Arbeitsvermittlung Münsterland""",
    },
    {
        "id": "oth_de_rental_esign", "kind": "other", "lang": "de",
        "frm": "Hausverwaltung Brüggemann via SignFlow <sign@signflow.example.com>",
        "subj": "Bitte unterschreiben: Mietvertrag Elbeallee 17, Whg. 3 OG links",
        "date": "2026-10-02 15:15 +0200", "hdrs": AUTO,
        "html": html_page(paras(
            "Hallo Friederike Lammersdorf,",
            "Hausverwaltung Brüggemann hat Ihnen ein Dokument zur Unterschrift gesendet: "
            "<b>Mietvertrag Elbeallee 17, Whg. 3 OG links</b>.",
            "Herzlichen Glückwunsch zur neuen Wohnung! Bitte prüfen und unterschreiben Sie den "
            "Vertrag bis zum 09.10.2026.",
            '<a href="https://signflow.example.com/d/7a91">Dokument prüfen</a>',
        ), brand="SignFlow", color="#455a64"),
    },
    {
        "id": "oth_de_profile_views", "kind": "other", "lang": "de",
        "frm": "Berufsnetz <benachrichtigungen@berufsnetz.example.com>",
        "subj": "Friederike, 7 Personen haben Ihr Profil angesehen",
        "date": "2026-06-06 18:00 +0200",
        "hdrs": bulk("<profilaufrufe.berufsnetz.example.com>",
                  "<https://berufsnetz.example.com/einstellungen/mails>"),
        "html": html_page(paras(
            "Hallo Friederike,",
            "Ihr Profil war diese Woche gefragt: 7 Personen haben es angesehen, darunter eine "
            "Recruiterin bei einem Pharmaunternehmen in Hannover und ein Headhunter aus Basel.",
            "Tipp: Mit Premium sehen Sie, wer Sie zu einem Interview einladen möchte.",
        ), brand="Berufsnetz", color="#1565c0"),
    },
    {
        "id": "oth_de_stammtisch", "kind": "other", "lang": "de",
        "frm": "RA-Stammtisch Westfalen <orga@ra-stammtisch.example.de>",
        "subj": "Einladung: Regulatory-Affairs-Stammtisch am 17. September",
        "date": "2026-09-01 12:00 +0200",
        "hdrs": bulk("RA-Stammtisch Westfalen <stammtisch.ra-stammtisch.example.de>",
                  "<mailto:orga@ra-stammtisch.example.de?subject=abmelden>"),
        "text": """Liebe RA-Interessierte,

unser nächster Stammtisch findet am Donnerstag, 17. September, ab 18:30 Uhr im „Pinkus“ in Münster statt.

Impulsvortrag: „Was ich im ersten Jahr in der Zulassung gern gewusst hätte“ (Kurzinterview mit zwei Quereinsteigerinnen).

Bitte meldet euch bis 14.09. kurz an, damit wir genug Plätze reservieren können.

Viele Grüße
Das Orga-Team""",
    },
    {
        "id": "oth_de_zeugnis", "kind": "other", "lang": "de",
        "frm": "Löwen-Apotheke Münster <inhaber@loewen-apotheke-ms.example.de>",
        "subj": "Ihr Arbeitszeugnis",
        "date": "2026-10-20 13:10 +0200", "cs": "windows-1252", "cte": "8bit",
        "text": """Liebe Friederike,

anbei wie besprochen vorab eine Kopie deines qualifizierten Arbeitszeugnisses, das Original liegt zum Abholen in der Apotheke bereit.

Wir sind wirklich traurig, dich gehen zu lassen, aber freuen uns sehr, dass es mit der Stelle in Bielefeld geklappt hat. Der Abschied am 27.11. steht – Kuchen geht auf uns!

Herzliche Grüße
Matthias Hüwe
Inhaber Löwen-Apotheke""",
        "pdf": [("Arbeitszeugnis_Lammersdorf.pdf", "Arbeitszeugnis", [
            "Loewen-Apotheke Muenster",
            "Frau Friederike Lammersdorf war vom 01.08.2017 bis 30.11.2026 als PTA taetig.",
            "Sie erledigte alle Aufgaben stets zu unserer vollsten Zufriedenheit.",
        ])],
    },
    {
        "id": "oth_de_press_release", "kind": "other", "lang": "de",
        "frm": "Vetoria Tiergesundheit Presse <presse@vetoria.example.de>",
        "subj": "Pressemitteilung: Vetoria eröffnet neues Pharmakovigilanz-Zentrum in Hannover",
        "date": "2026-08-25 10:00 +0200",
        "hdrs": bulk("Vetoria Presseverteiler <presse.vetoria.example.de>",
                  "<mailto:presse@vetoria.example.de?subject=unsubscribe>"),
        "text": """PRESSEMITTEILUNG

Hannover, 25. August 2026 – Vetoria Tiergesundheit eröffnet im Oktober ein neues Zentrum für Pharmakovigilanz und schafft 25 neue Positionen. „Wir bauen unser Angebot für Tierärztinnen und Tierärzte weiter aus“, so Geschäftsführer Dr. Arne Hollmann im Interview mit der Fachpresse.

Die Stellen werden in den kommenden Monaten ausgeschrieben.

Pressekontakt: presse@vetoria.example.de

Sie erhalten diese Mitteilung als Abonnentin unseres Presseverteilers.""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "oth_en_jobalert", "kind": "other", "lang": "en",
        "frm": "PharmaJobs Ireland <alerts@pharmajobs.example.ie>",
        "subj": "Job alert: 5 new Pharmacovigilance jobs in Dublin",
        "date": "2026-02-19 07:00 +0000",
        "hdrs": bulk("<alerts.pharmajobs.example.ie>",
                  "<https://pharmajobs.example.ie/unsubscribe?id=55120>"),
        "html": html_page(paras(
            "Hi Friederike,",
            "New jobs matching <b>pharmacovigilance, Dublin</b>:",
            "Drug Safety Associate - CRO, Dublin 18<br>PV Officer - Generics, Dublin 24<br>"
            "Regulatory Affairs Executive - Pharma, Dublin 4",
            "<b>Career tip:</b> Got an interview invitation? Unfortunately many candidates "
            "forget to research the panel. Read our guide on handling rejection and preparing "
            "for your offer negotiation.",
        ), brand="PharmaJobs Ireland", color="#00695c", lang="en",
            footer="You are receiving this because you created a job alert. Unsubscribe."),
    },
    {
        "id": "oth_en_user_research", "kind": "other", "lang": "en",
        "frm": "Maya from Jobtrail <maya@jobtrail.example.com>",
        "subj": "Quick 30-min interview about your job search? ($40 voucher)",
        "date": "2026-05-07 16:20 +0100",
        "text": """Hi Friederike,

I'm a UX researcher at Jobtrail, the job-application tracker you signed up for last month. We're talking to users about how they keep track of applications, interviews and follow-ups.

Would you be up for a 30-minute user interview over Zoom? As a thank-you we'll send you a $40 gift voucher. Pick any slot here: https://cal.example.com/jobtrail-research

This isn't a job interview, just a chat about your experience with our app!

Thanks,
Maya
UX Research, Jobtrail""",
    },
    {
        "id": "oth_en_friend_forward", "kind": "other", "lang": "en",
        "frm": "Sofia Marchetti <sofia.marchetti@example.it>",
        "subj": "Fwd: Interview invitation - Clinical Trial Assistant",
        "date": "2026-03-09 20:15 +0100",
        "text": """Frieda!! Look what I got - my first interview for a CTA role! Remember the one I told you about in Milan? Any tips from your Clinvia experience? I'm so nervous.

Sofia
""",
        "fwd": {
            "id": "inner_sofia_invite", "kind": "other", "lang": "en",
            "frm": "Giulia Ferri <g.ferri@trialbridge.example.it>",
            "to": "Sofia Marchetti <sofia.marchetti@example.it>",
            "subj": "Interview invitation - Clinical Trial Assistant",
            "date": "2026-03-09 11:02 +0100",
            "text": """Dear Sofia,

Thank you for applying for the Clinical Trial Assistant position at TrialBridge. We would like to invite you to an interview on Monday 16 March at 10:00 at our Milan office, Via Tortona 31.

Kind regards,
Giulia Ferri
HR Specialist, TrialBridge""",
        },
    },
    {
        "id": "oth_en_headhunter_cold", "kind": "other", "lang": "en",
        "frm": "James Whitcombe <james@crestlinetalent.example.co.uk>",
        "subj": "PV opportunities - open to a chat?",
        "date": "2026-07-16 10:40 +0100",
        "text": """Hi Friederike,

I came across your profile and noticed you're moving from community pharmacy into pharmacovigilance - great move! I specialise in drug safety hiring across Europe and I'm regularly working on roles for German speakers.

Nothing specific to share right now, but would you be open to a quick intro call so I know what you're looking for?

Cheers,
James Whitcombe
Principal Consultant, Crestline Talent | London""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "oth_fr_newsletter", "kind": "other", "lang": "fr",
        "frm": "La Lettre Pharma RH <lettre@pharma-rh.example.fr>",
        "subj": "La Lettre Pharma RH – 5 erreurs à éviter en entretien",
        "subj_enc": ("windows-1252", "q"),
        "date": "2026-04-16 08:00 +0200",
        "hdrs": bulk("La Lettre Pharma RH <lettre.pharma-rh.example.fr>",
                  "<https://pharma-rh.example.fr/desinscription>"),
        "html": html_page(paras(
            "<b>Cette semaine dans La Lettre Pharma RH</b>",
            "• Entretien d'embauche : 5 erreurs à éviter face à un jury<br>"
            "• Refus après entretien : comment demander un retour constructif<br>"
            "• Promesse d'embauche ou contrat : quelles différences ?<br>"
            "• Offres d'emploi : 240 postes en affaires réglementaires cette semaine",
            "Malheureusement, beaucoup de candidats négligent la préparation… Lire la suite sur "
            "notre site.",
        ), brand="La Lettre Pharma RH", color="#5d4037", lang="fr",
            footer="Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire."),
    },
    {
        "id": "oth_fr_landlord_visit", "kind": "other", "lang": "fr",
        "frm": "Agence Croix-Rousse Immobilier <location@croixrousse-immo.example.fr>",
        "subj": "Report de la visite de l'appartement rue d'Austerlitz",
        "date": "2026-05-29 17:50 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame,

Nous sommes au regret de devoir reporter la visite du T2 situé 14 rue d'Austerlitz (Lyon 4e), initialement prévue le samedi 30 mai à 11h : le locataire actuel n'est pas disponible.

Nous vous proposons le mardi 2 juin à 18h30. Merci de nous confirmer votre présence.

Cordialement,
Agence Croix-Rousse Immobilier""",
    },
    {
        "id": "oth_fr_du_refused", "kind": "other", "lang": "fr",
        "frm": "Scolarité DU Pharmacovigilance <du-pv@univ-lyon-sante.example.fr>",
        "subj": "DU Pharmacovigilance 2026-2027 – réponse à votre candidature",
        "date": "2026-06-24 14:00 +0200",
        "text": """Madame,

La commission pédagogique du Diplôme universitaire de Pharmacovigilance s'est réunie le 22 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la promotion 2026-2027, le nombre de places étant limité à 24 et la priorité étant donnée aux professionnels exerçant en France.

Vous pouvez présenter une nouvelle candidature l'an prochain.

Le service de scolarité""",
    },
    {
        "id": "oth_fr_headhunter_cold", "kind": "other", "lang": "fr",
        "frm": "Grégoire Saint-Aubin <g.staubin@talents-sante.example.fr>",
        "subj": "Votre profil – affaires réglementaires",
        "date": "2026-07-21 09:15 +0200", "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Friederike,

Je suis chasseur de têtes spécialisé dans la santé et j'ai remarqué votre profil, atypique et intéressant. Je n'ai pas de poste précis à vous présenter aujourd'hui, mais j'aimerais faire votre connaissance pour mieux comprendre votre projet en France.

Seriez-vous disponible pour un court échange téléphonique dans les prochaines semaines ?

Bien cordialement,
Grégoire Saint-Aubin
Talents Santé – Paris""",
    },
    {
        "id": "oth_fr_ooo", "kind": "other", "lang": "fr",
        "frm": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "Réponse automatique : RE: Votre promesse d'embauche à signer – Clinvia Research",
        "date": "2026-06-12 09:48 +0200", "hdrs": AUTO_REPLY,
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 15 juin inclus, sans accès à mes e-mails. Pour toute urgence, vous pouvez contacter talent.france@clinvia.example.fr.

Bien cordialement,
Camille Fournier""",
    },
    {
        "id": "oth_fr_bank_rdv", "kind": "other", "lang": "fr",
        "frm": "Banque du Rhône – Votre conseiller <conseiller@banque-rhone.example.fr>",
        "subj": "Confirmation de votre rendez-vous – ouverture de compte",
        "date": "2026-06-18 12:05 +0200", "hdrs": AUTO,
        "html": html_page(paras(
            "Bonjour Madame Lammersdorf,",
            "Nous vous confirmons votre rendez-vous en visio avec votre conseiller, M. Thierry "
            "Dumas, le <b>lundi 22 juin 2026 à 17h30</b>, pour l'ouverture de votre compte en "
            "France.",
            "Pensez à préparer une pièce d'identité, un justificatif de domicile et, si vous en "
            "disposez, votre promesse d'embauche ou contrat de travail.",
            "À bientôt,<br>Banque du Rhône",
        ), brand="Banque du Rhône", color="#283593", lang="fr"),
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "oth_es_alerts", "kind": "other", "lang": "es",
        "frm": "EmpleoFarma Alertas <alertas@empleofarma.example.es>",
        "subj": "8 nuevas ofertas de empleo para «farmacovigilancia» en Barcelona",
        "date": "2026-04-03 07:15 +0200",
        "hdrs": bulk("<alertas.empleofarma.example.es>",
                  "<https://empleofarma.example.es/baja?u=90211>"),
        "html": html_page(paras(
            "Hola Friederike:",
            "Estas son las nuevas ofertas que coinciden con tu alerta:",
            "Técnico/a de Farmacovigilancia – Laboratorio, Sant Cugat<br>"
            "Drug Safety Associate (alemán) – CRO, Barcelona<br>"
            "Auxiliar de Registros – Genéricos, El Prat",
            "Consejo: ¿te han rechazado tras una entrevista? Descubre cómo pedir feedback y "
            "preparar tu próxima entrevista.",
        ), brand="EmpleoFarma", color="#ad1457", lang="es",
            footer="Recibes este correo porque creaste una alerta. Darse de baja."),
    },
    {
        "id": "oth_es_dentist", "kind": "other", "lang": "es",
        "frm": "Clínica Dental Gràcia <citas@dentalgracia.example.es>",
        "name_enc": ("iso-8859-1", "q"),
        "subj": "Recordatorio de su cita – Clínica Dental Gràcia",
        "date": "2026-05-11 10:00 +0200", "hdrs": AUTO, "cs": "iso-8859-1", "cte": "8bit",
        "text": """Estimada paciente:

Le recordamos su cita de revisión el miércoles 13 de mayo a las 18:30 h con la Dra. Ribas.

Si no puede asistir, le rogamos que nos avise con al menos 24 horas de antelación llamando al 93 217 45 60.

Un saludo,
Clínica Dental Gràcia""",
    },
    {
        "id": "oth_es_master_refused", "kind": "other", "lang": "es",
        "frm": "Secretaría Máster ARF <master.arf@ub-salud.example.es>",
        "subj": "Resolución de admisión – Máster en Asuntos Regulatorios Farmacéuticos",
        "date": "2026-07-06 13:45 +0200",
        "text": """Estimada Sra. Lammersdorf:

Le comunicamos que, tras la valoración de los méritos, su solicitud de admisión al Máster en Asuntos Regulatorios Farmacéuticos (curso 2026-2027) no ha sido admitida en primera resolución. Ha quedado en lista de espera con el número 11.

Le informaremos si se produce alguna vacante antes del 15 de septiembre.

Atentamente,
Secretaría del Máster""",
    },
    {
        "id": "oth_es_headhunter_cold", "kind": "other", "lang": "es",
        "frm": "Beatriz Olmedo <beatriz.olmedo@headlifesciences.example.es>",
        "subj": "¿Hablamos? Perfiles de farmacovigilancia con alemán",
        "date": "2026-05-25 11:30 +0200",
        "text": """Hola Friederike:

Trabajo como headhunter en el sector farmacéutico en Madrid y Barcelona. He visto tu perfil y me ha llamado la atención tu combinación de experiencia en farmacia y alemán nativo.

Ahora mismo no tengo una vacante concreta, pero me gustaría conocerte para tenerte en cuenta en futuros procesos. ¿Te apetece una llamada de 15 minutos?

Un saludo,
Beatriz Olmedo
Head Life Sciences""",
    },
    {
        "id": "oth_es_ooo", "kind": "other", "lang": "es",
        "frm": "Lucía Ferrer <lucia.ferrer@clinvia.example.es>",
        "subj": "Respuesta automática: fuera de la oficina",
        "date": "2026-06-19 08:31 +0200", "hdrs": AUTO_REPLY,
        "text": """Hola:

Estoy fuera de la oficina hasta el 24 de junio con acceso limitado al correo. Responderé a tu mensaje a mi vuelta.

Para temas urgentes, escribe a talent.iberia@clinvia.example.es.

Gracias,
Lucía Ferrer""",
    },
    {
        "id": "oth_es_parcel", "kind": "other", "lang": "es",
        "frm": "EnvíaYa <notificaciones@enviaya.example.es>",
        "name_enc": ("utf-8", "b"),
        "subj": "Lamentablemente tu pedido se retrasa",
        "date": "2026-03-30 09:12 +0200", "hdrs": AUTO,
        "text": """Hola Friederike:

Lamentablemente, tu pedido n.º ES-4471-9920 ha sufrido un retraso en el centro logístico de Zaragoza. La nueva fecha estimada de entrega es el jueves 2 de abril.

Sentimos las molestias. Puedes seguir tu envío en la app de EnvíaYa.

Equipo EnvíaYa""",
    },
    {
        "id": "oth_es_friend_rejection", "kind": "other", "lang": "es",
        "frm": "Irene Casademunt <irene.casademunt@example.es>",
        "subj": "me han rechazado 😩",
        "date": "2026-04-10 22:41 +0200",
        "text": """Friede!!

¿Te acuerdas de la entrevista en el laboratorio de Badalona de la que te hablé? Pues hoy me han escrito: «lamentamos comunicarle que no ha sido seleccionada». Después de tres entrevistas, ¡qué rabia!

¿A ti cómo te fue con lo de Verdalia? Cuéntame y nos consolamos juntas con un vermut cuando vengas a Barcelona.

Besos,
Irene""",
    },
    {
        "id": "oth_es_webinar", "kind": "other", "lang": "es",
        "frm": "Asociación de Farmacovigilancia Catalana <eventos@afvcat.example.es>",
        "subj": "Invitación al webinar: cómo preparar una entrevista en farmacovigilancia",
        "date": "2026-09-07 10:00 +0200",
        "hdrs": bulk("AFVCat Eventos <eventos.afvcat.example.es>",
                  "<mailto:baja@afvcat.example.es>"),
        "text": """Estimada socia:

Te invitamos a nuestro próximo webinar gratuito «Cómo preparar una entrevista de trabajo en farmacovigilancia», el miércoles 16 de septiembre a las 18:00 h.

Ponentes: dos responsables de selección de laboratorios y una CRO compartirán qué buscan en una entrevista, cómo valoran las ofertas y por qué rechazan candidaturas.

Inscripción gratuita en nuestra web.

Un saludo,
Junta Directiva AFVCat""",
    },
]

