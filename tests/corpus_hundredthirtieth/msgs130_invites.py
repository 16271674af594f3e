"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices
(10), written one by one for Florian Mbeki-Hartl."""

from __future__ import annotations

from msgs130_common import button, card_shell, outlook_html, pixel, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

KVWO_UID = "040000008200E00074C5B7101A82E00800000000D0A4E6C2B83ADC010000000000000000100000004F5B2D8C"
SALZACH_UID = "salzachnetz-hr-2026-07-23-1300-mbeki-hartl@salzachnetz.example.at"

# === interview invitations ====================================================================

add({
    "slug": "magistrat_graz_selection_interview",
    "kind": "interview_invitation", "company": "Magistrat Graz", "contact": "harald.tschernko@graz-stadt.example.at", "lang": "de",
    "from": ("Ing. Harald Tschernko", "harald.tschernko@graz-stadt.example.at"),
    "subject": "Einladung zum Auswahlgespräch - IT-Techniker/in Magistrat Graz (GZ: PA-0417/2026)",
    "date": "2026-03-10 13:40 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl!

Wir freuen uns, Ihnen mitteilen zu können, dass Sie aufgrund Ihrer Bewerbung in die engere Auswahl für die Stelle einer IT-Technikerin/eines IT-Technikers im Referat Informations- und Kommunikationstechnik gekommen sind.

Wir laden Sie daher zu einem Auswahlgespräch ein:

Termin: Dienstag, 24. März 2026, 10:00 Uhr
Ort: Amtshaus, Schmiedgasse 00, 3. Stock, Besprechungsraum 312
Dauer: ca. 60 Minuten (inkl. kurzer praktischer Aufgabe am PC)
Kommission: Ing. Harald Tschernko (Referatsleitung), Mag.a Sonja Url (Personalamt), ein Mitglied der Personalvertretung

Bitte bringen Sie einen amtlichen Lichtbildausweis sowie die Originale Ihrer Zeugnisse mit. Sollten Sie den Termin nicht wahrnehmen können, ersuchen wir um Verständigung bis spätestens 20. März.

Mit freundlichen Grüßen

Ing. Harald Tschernko
Referat IKT
Magistrat Graz
Schmiedgasse 00, 8010 Graz
Tel. +43 316 000-5120
""",
})

add({
    "slug": "slot_booking_video_noreply",
    "kind": "interview_invitation", "company": "LinzNet Glasfaser", "contact": "", "lang": "de",
    "from": ("LinzNet Glasfaser Recruiting", "recruiting-noreply@linznet.example.at"),
    "subject": "Bitte wählen Sie einen Termin für Ihr Videointerview",
    "date": "2026-07-06 08:15 +0200",
    "html": table_shell(
        logo="https://karriere.linznet.example.at/img/linznet-logo.svg", alt="LinzNet Glasfaser", accent="#00a19a",
        body=f"""<p>Guten Tag Herr Mbeki-Hartl,</p>
<p>danke für Ihre Bewerbung als <b>Servicetechniker:in Netzbetrieb (FTTH)</b>. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem 30-minütigen Videointerview mit unserem Teamleiter Netzbetrieb, Herrn Stefan Eichinger, ein.</p>
<p>Bitte wählen Sie über den folgenden Button einen passenden Termin aus. Die verfügbaren Zeitfenster liegen zwischen dem 13. und 17. Juli.</p>
{button("https://links.linznet.example.at/c/Ad7f0QpLm2?u=https%3A%2F%2Fkarriere.linznet.example.at%2Fslots%2F8812", "Termin auswählen", "#00a19a")}
<p>Nach Ihrer Auswahl erhalten Sie automatisch eine Kalendereinladung mit dem Link zu Microsoft Teams.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team der LinzNet Glasfaser</p>""",
        footer="""LinzNet Glasfaser GmbH &middot; Wiener Straße 000 &middot; 4020 Linz &middot; FN 000000p &middot; LG Linz<br>
Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht bearbeitet.""",
        track=pixel("https://links.linznet.example.at/o/Ad7f0QpLm2.gif")),
})

add({
    "slug": "hospital_outlook_calendar_request",
    "kind": "interview_invitation", "company": "Krankenhausverbund Wien-Ost", "contact": "petra.wallner-schmid@kvwo.example.at", "lang": "de",
    "from": ("Dr. Petra Wallner-Schmid", "petra.wallner-schmid@kvwo.example.at"),
    "subject": "Einladung: Vorstellungsgespräch IT-Servicetechniker*in – Fr 11.09., 09:30",
    "date": "2026-08-31 10:15 +0200",
    "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Vorstellungsgespräch IT-Servicetechniker*in"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

vielen Dank für Ihre Bewerbung als IT-Servicetechniker*in für den Standort Klinik Donaustadt-Nord. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.

Wann: Freitag, 11. September 2026, 09:30–10:30 Uhr
Wo: Verwaltungsgebäude, Haus C, 2. OG, Raum C2.14, Langobardenstraße 000, 1220 Wien
Gesprächspartner: Dr. Petra Wallner-Schmid (Leitung IT-Betrieb), Michael Horvath (Teamleitung Clientservices)

Bitte nehmen Sie die Kalendereinladung an oder geben Sie uns kurz Bescheid, falls der Termin nicht passt.

Mit freundlichen Grüßen
Petra Wallner-Schmid
Leitung IT-Betrieb
Krankenhausverbund Wien-Ost
""",
    "ics": {"method": "REQUEST", "uid": KVWO_UID, "seq": 0,
            "summary": "Vorstellungsgespräch IT-Servicetechniker*in – Florian Mbeki-Hartl",
            "start": "20260911T093000", "end": "20260911T103000",
            "location": "Haus C, 2. OG, Raum C2.14, Langobardenstraße 000, 1220 Wien",
            "description": "Vorstellungsgespräch mit Dr. Petra Wallner-Schmid und Michael Horvath.",
            "others": [("Michael Horvath", "michael.horvath@kvwo.example.at")]},
})

add({
    "slug": "startup_founder_du_iphone",
    "kind": "interview_invitation", "company": "stackfox", "contact": "ben@stackfox.example.at", "lang": "de",
    "from": ("Ben Aigner", "ben@stackfox.example.at"),
    "subject": "Kennenlernen?",
    "date": "2026-02-23 21:03 +0100",
    "text": """Hi Florian,

danke für deine Bewerbung als IT Allrounder (Office & Infrastruktur) – hat mir echt gut gefallen, vor allem der Teil mit dem Homelab im Keller 😄

Hast du Lust auf ein Kennenlernen? Ich würd vorschlagen Donnerstag 26.2. um 17:30 bei uns im Büro (Neubaugasse 00, 2. Hof, 3. Stock, einfach bei "stackfox" läuten). Dauert ca. 45 min, danach zeig ich dir noch unser Server-Kammerl.

Passt dir das? Sonst schick mir 2–3 Alternativen.

lg Ben
—
Ben Aigner · Co-Founder · stackfox

Gesendet von meinem iPhone
""",
})

add({
    "slug": "swiss_service_desk_roleplay",
    "kind": "interview_invitation", "company": "Helvetic Desk Services", "contact": "sandra.keller@helvetic-desk.example.ch", "lang": "de",
    "from": ("Sandra Keller", "sandra.keller@helvetic-desk.example.ch"),
    "subject": "Einladung zum Vorstellungsgespräch – Service Desk Agent DE/EN",
    "date": "2026-06-15 09:22 +0200",
    "cte": "quoted-printable",
    "text": """Grüezi Herr Mbeki-Hartl

Besten Dank für Ihre Bewerbung als Service Desk Agent DE/EN. Ihr Dossier hat uns angesprochen, und wir würden Sie gerne persönlich kennenlernen.

Wir schlagen Ihnen folgenden Termin vor:
Montag, 22. Juni 2026, 14.00 Uhr
Helvetic Desk Services AG, Pfingstweidstrasse 000, 8005 Zürich, Empfang im Erdgeschoss

Das Gespräch dauert rund eine Stunde. Im zweiten Teil führen Sie mit unserem Teamleiter ein kurzes Rollenspiel durch (telefonische Störungsannahme auf Deutsch und Englisch).

Da Sie aus Wien anreisen würden: Gerne können wir das Gespräch auch per Teams durchführen. Bitte bestätigen Sie uns den Termin bis Mittwoch.

Freundliche Grüsse

Sandra Keller
Recruiting & Onboarding
Helvetic Desk Services AG
Tel. +41 44 000 22 10
""",
})

add({
    "slug": "family_agency_office_visit_1252",
    "kind": "interview_invitation", "company": "Hofbauer & Söhne Personalbereitstellung",
    "contact": "office@hofbauer-personal.example.at", "lang": "de",
    "from": ("Hofbauer & Söhne Personalbereitstellung", "office@hofbauer-personal.example.at"),
    "subject": "Vorstellungstermin bei uns im Büro",
    "date": "2026-04-22 16:10 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

danke für Ihre Bewerbung auf unser Inserat „IT-Techniker (m/w/d) für Kunden im Raum Salzburg“. Wir würden Sie gerne zu einem persönlichen Gespräch in unser Büro einladen, um Sie und Ihre Vorstellungen kennenzulernen. Danach stellen wir Sie – wenn es für beide Seiten passt – unserem Kunden vor.

Vorschlag: Mittwoch, 29. April, 09:00 Uhr
Adresse: Ignaz-Harrer-Straße 00, 5020 Salzburg (Parkplätze im Hof)

Bitte bringen Sie Ihren Lebenslauf ausgedruckt, einen Lichtbildausweis und – falls vorhanden – Ihre Zeugnisse mit.

Geben Sie uns bitte per Antwort auf diese E-Mail oder telefonisch Bescheid, ob der Termin für Sie passt.

Freundliche Grüße

Karin Hofbauer
Hofbauer & Söhne Personalbereitstellung GmbH
Familienunternehmen seit 1978
Tel. 0662 00 00 00
""",
})

add({
    "slug": "university_commission_presentation_outlook",
    "kind": "interview_invitation", "company": "Hochschule Isarland", "contact": "stefanie.lorenz@hs-isarland.example.de", "lang": "de",
    "from": ("Prof. Dr. Stefanie Lorenz", "stefanie.lorenz@hs-isarland.example.de"),
    "subject": "Einladung zum Auswahlgespräch: Systemadministrator/in Rechenzentrum (Kennziffer 2026-17)",
    "date": "2026-03-04 11:02 +0100",
    "text_from_html": True,
    "html": outlook_html([
        "Sehr geehrter Herr Mbeki-Hartl,", "",
        "im Namen der Auswahlkommission lade ich Sie herzlich zu einem Auswahlgespräch für die o.&nbsp;g. Stelle ein.", "",
        "<b>Termin:</b> Mittwoch, 18. März 2026, 13:00 Uhr",
        "<b>Ort:</b> Hochschule Isarland, Gebäude B, Raum B&nbsp;104, Am Hochschulpark 0, 85354 Freising", "",
        "Wir bitten Sie, zu Beginn eine kurze Präsentation (max. 10 Minuten) zum Thema „Wie würden Sie einen Ausfall des WLAN in einem Hörsaalgebäude strukturiert eingrenzen?“ zu halten. Anschließend folgt ein Gespräch mit der Kommission von etwa 30 Minuten.", "",
        "Reisekosten können leider nicht erstattet werden. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt; bitte teilen Sie uns ggf. mit, ob Sie Unterstützung benötigen.", "",
        "Bitte bestätigen Sie Ihre Teilnahme bis zum 11. März per E-Mail.", "",
        "Mit freundlichen Grüßen", "",
        "Prof. Dr. Stefanie Lorenz",
        '<span style="color:#7F7F7F">Vorsitzende der Auswahlkommission | Leitung Rechenzentrum</span>',
        '<span style="color:#7F7F7F">Hochschule Isarland | Am Hochschulpark 0 | 85354 Freising</span>',
    ], lang="DE"),
})

add({
    "slug": "small_firm_reply_quote_says_absage",
    "kind": "interview_invitation", "company": "Netzwerk Consulting Pichler", "contact": "thomas@pichler-netzwerk.example.at", "lang": "de",
    "from": ("Thomas Pichler", "thomas@pichler-netzwerk.example.at"),
    "subject": "Re: Bewerbung als Netzwerktechniker – Florian Mbeki-Hartl",
    "date": "2026-05-26 07:45 +0200",
    "reply": "<3f9b1d70-52ae-4c63@example.at>",
    "text": """Grüß Gott Herr Mbeki-Hartl,

danke für Ihre Mail und den Lebenslauf. Wir sind ein kleiner Betrieb (4 Leute) und betreuen hauptsächlich Arztpraxen und Steuerberater im Raum Linz/Urfahr. Ihr Profil passt gut, und dass Sie Kundenkontakt gewohnt sind, ist für uns fast wichtiger als jedes Zertifikat.

Könnten Sie am Dienstag, 2. Juni um 10 Uhr bei uns in der Hauptstraße 00 in Urfahr vorbeikommen? Ein Stündchen sollte reichen. Wir reden ein bisserl, und dann schauen wir uns gemeinsam ein Rack bei einem Kunden ums Eck an.

Schöne Grüße
Thomas Pichler
Netzwerk Consulting Pichler e.U.
0732 00 00 00 | 0664 000 00 00

Am Mo., 25. Mai 2026 um 21:47 Uhr schrieb Florian Mbeki-Hartl <florian.mh@example.at>:
> Sehr geehrter Herr Pichler,
>
> auf einem Jobportal habe ich Ihre Anzeige für einen Netzwerktechniker gesehen und sende Ihnen anbei meinen Lebenslauf. Ich bin derzeit noch als Straßenbahnfahrer tätig und schließe im Juli meine Ausbildung zum IT-Systemtechniker ab.
>
> Sollte mein Profil nicht passen, freue ich mich auch über eine kurze Absage, damit ich planen kann.
>
> Mit freundlichen Grüßen
> Florian Mbeki-Hartl
""",
})

add({
    "slug": "personio_videocall_du",
    "kind": "interview_invitation", "company": "kleinbit", "contact": "mira.haas@kleinbit.example.at", "lang": "de",
    "from": ("kleinbit", "no-reply@personio.de"),
    "reply_to": ("Mira Haas", "mira.haas@kleinbit.example.at"),
    "subject": "Einladung zum Videocall – Junior IT Operations (m/w/d)",
    "date": "2026-06-22 12:30 +0200",
    "html": card_shell(
        logo="https://kleinbit.jobs.personio.de/assets/kleinbit-wordmark.png", alt="kleinbit",
        body="""<p>Hallo Florian,</p>
<p>wir haben uns über deine Bewerbung sehr gefreut und würden dich gerne in einem ersten Videocall kennenlernen! 🎉</p>
<table cellpadding="4" cellspacing="0" style="font-size:15px;">
<tr><td><b>Wann</b></td><td>Donnerstag, 25. Juni 2026, 11:00–11:45 Uhr</td></tr>
<tr><td><b>Wo</b></td><td>Google Meet &ndash; <a href="https://t.personio.de/c/kb-7731?r=https%3A%2F%2Fmeet.example.com%2Fkbt-xqpr-owe">Link zum Call</a></td></tr>
<tr><td><b>Mit wem</b></td><td>Mira (People) und Stefan (Head of IT Ops)</td></tr>
</table>
<p>Wir erzählen dir, wie wir als 20-köpfiges Team rund 3.000 Kassen-Terminals in Apotheken betreuen, und du erzählst uns von dir. Keine Fangfragen, versprochen.</p>
<p>Falls der Termin nicht passt, antworte einfach auf diese Mail.</p>
<p>Bis bald,<br>Mira von kleinbit</p>""",
        footer="""kleinbit GmbH &middot; Conrad-von-Hötzendorf-Straße 00 &middot; 8010 Graz<br>Gesendet mit Personio &middot;
<a href="https://kleinbit.jobs.personio.de/privacy-policy" style="color:#8e8e93;">Datenschutz</a>""",
        track=pixel("https://t.personio.de/o/kb-7731.gif")),
})

add({
    "slug": "teamtailor_transport_control_room",
    "kind": "interview_invitation", "company": "RNS Regionalbus", "contact": "recruiting@rns-bus.example.at", "lang": "de",
    "from": ("RNS Regionalbus", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Recruiting RNS", "recruiting@rns-bus.example.at"),
    "subject": "Einladung zum Gespräch: IT-Techniker:in Leitstelle Wiener Neustadt",
    "date": "2026-01-14 10:05 +0100",
    "html": card_shell(
        logo="https://assets.teamtailor-cdn.com/rns-regionalbus/logo.png", alt="RNS Regionalbus",
        body=f"""<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>wir laden Sie herzlich zu einem persönlichen Gespräch ein:</p>
<p>📅 Dienstag, 20. Jänner 2026, 08:30 Uhr<br>
📍 Leitstelle RNS Regionalbus, Pottendorfer Straße 000, 2700 Wiener Neustadt<br>
👥 Ing. Robert Fuchs (Leitung Leitstellentechnik), Silvia Gartner (Personal)</p>
<p>Da Sie als Straßenbahnfahrer den Blick aus dem Fahrerstand mitbringen, würden wir uns im Gespräch gerne auch über das rechnergestützte Betriebsleitsystem (RBL) unterhalten.</p>
<p>Bitte bestätigen Sie den Termin über den Button. Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
{button("https://app.teamtailor.com/r/rns/interviews/44120/confirm?tt_source=email", "Termin bestätigen", "#d52b1e")}
<p>Mit freundlichen Grüßen<br>Silvia Gartner<br>RNS Regionalbus &ndash; Personal</p>""",
        footer="""RNS Regionalbus GmbH &middot; Wiener Neustadt &middot; FN 000000m<br>
<a href="https://app.teamtailor.com/unsubscribe/c_44120" style="color:#8e8e93;">Abmelden</a>""",
        track=pixel("https://t.teamtailor-mail.com/o/44120a.png")),
})

add({
    "slug": "smartrecruiters_phone_screen_reply_to",
    "kind": "interview_invitation", "company": "Helpdesk24 Deutschland", "contact": "kevin.brandl@helpdesk24.example.de", "lang": "de",
    "from": ("Helpdesk24 Deutschland Recruiting", "no-reply@smartrecruiters.com"),
    "reply_to": ("Kevin Brandl", "kevin.brandl@helpdesk24.example.de"),
    "subject": "Telefoninterview für die Stelle IT-Support Mitarbeiter (m/w/d) 1st Level – München",
    "date": "2026-08-07 14:28 +0000",
    "text_from_html": True,
    "html": table_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/helpdesk24/logo.png", alt="Helpdesk24",
        accent="#ffcc00",
        body="""<p>Hallo Herr Mbeki-Hartl,</p>
<p>vielen Dank für Ihre Bewerbung. Wir würden gerne ein erstes Telefoninterview (ca. 20&ndash;25 Minuten) mit Ihnen führen.</p>
<p>Ich würde Sie am <b>Mittwoch, den 12. August, um 16:15 Uhr</b> unter der Nummer aus Ihrem Lebenslauf (+43 660 000 4471) anrufen. Falls Ihnen die Uhrzeit nicht passt, antworten Sie gerne direkt auf diese E-Mail.</p>
<p>Im Gespräch geht es um Ihre Motivation, Ihre Verfügbarkeit für den Schichtbetrieb (Mo&ndash;Sa, 6&ndash;22 Uhr) und Ihre Gehaltsvorstellung.</p>
<p>Viele Grüße<br>Kevin Brandl<br>Recruiter | Helpdesk24 Deutschland GmbH</p>""",
        footer="""Helpdesk24 Deutschland GmbH &middot; Landsberger Straße 000 &middot; 80687 München &middot; HRB 000000 &middot; Geschäftsführung: Sven Opitz<br>
<a href="https://jobs.smartrecruiters.com/privacy-policy?dcr_ci=Helpdesk24" style="color:#8a8d93;">Datenschutz</a>""",
        track=pixel("https://email.smartrecruiters.com/o/eJwFwcENgDAIAMBdGoCpH.gif")),
})

add({
    "slug": "swiss_trial_day_1252",
    "kind": "interview_invitation", "company": "Rheintal Informatik", "contact": "urs.good@rheintal-informatik.example.ch", "lang": "de",
    "from": ("Urs Good", "urs.good@rheintal-informatik.example.ch"),
    "subject": "Schnuppertag bei uns",
    "date": "2026-09-14 17:52 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hallo Herr Mbeki-Hartl

Danke für das gute Telefongespräch von gestern. Wie besprochen laden wir Sie gerne zu einem Schnuppertag ein, damit Sie unser Support-Team und unsere Kunden (vor allem KMU und zwei Gemeindeverwaltungen) kennenlernen. Am Ende des Tages setzen wir uns noch zu einem Gespräch mit unserem Geschäftsführer zusammen.

Datum: Freitag, 25. September 2026
Zeit: 08.00 bis ca. 16.30 Uhr
Ort: Rheintal Informatik AG, Bahnhofstrasse 00, 8952 Schlieren (5 Min. ab Bahnhof)

Bitte nehmen Sie gute Schuhe mit, wir sind am Nachmittag bei einem Kunden im Serverraum. Das Mittagessen übernehmen selbstverständlich wir.

Kurze Bestätigung genügt.

Freundliche Grüsse
Urs Good
Teamleiter Support
Rheintal Informatik AG
""",
})

add({
    "slug": "utility_calendar_request_salzburg",
    "kind": "interview_invitation", "company": "Salzach Netz", "contact": "verena.moser@salzachnetz.example.at", "lang": "de",
    "from": ("Verena Moser", "verena.moser@salzachnetz.example.at"),
    "subject": "Einladung: Vorstellungsgespräch Netzwerktechniker:in – Salzach Netz",
    "date": "2026-07-16 09:41 +0200",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Stelle Netzwerktechniker:in Umspannwerke.

Datum: Donnerstag, 23. Juli 2026
Uhrzeit: 13:00–14:30 Uhr
Ort: Salzach Netz, Bayerhamerstraße 00, 5020 Salzburg, Empfang Gebäude A

Ablauf: Gespräch mit Teamleitung und HR (ca. 45 Min.), anschließend eine kurze Führung durch die Netzleitwarte. Bitte führen Sie einen Lichtbildausweis mit sich – der Zutritt zur Warte ist nur mit Besucherausweis möglich.

Beste Grüße
Verena Moser
Human Resources

Salzach Netz GmbH | Bayerhamerstraße 00 | 5020 Salzburg
T +43 662 000 000 | verena.moser@salzachnetz.example.at
""",
    "html": outlook_html([
        "Sehr geehrter Herr Mbeki-Hartl,", "",
        "wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Stelle Netzwerktechniker:in Umspannwerke.", "",
        "<b>Datum:</b> Donnerstag, 23. Juli 2026", "<b>Uhrzeit:</b> 13:00–14:30 Uhr",
        "<b>Ort:</b> Salzach Netz, Bayerhamerstraße 00, 5020 Salzburg, Empfang Gebäude A", "",
        "Ablauf: Gespräch mit Teamleitung und HR (ca. 45 Min.), anschließend eine kurze Führung durch die Netzleitwarte. Bitte führen Sie einen Lichtbildausweis mit sich – der Zutritt zur Warte ist nur mit Besucherausweis möglich.", "",
        "Beste Grüße", "Verena Moser", "Human Resources", "",
        '<span style="font-size:9.0pt;color:#595959">Salzach Netz GmbH | Bayerhamerstraße 00 | 5020 Salzburg<br>T +43 662 000 000 | verena.moser@salzachnetz.example.at</span>',
    ]),
    "ics": {"method": "REQUEST", "uid": SALZACH_UID, "seq": 0,
            "summary": "Vorstellungsgespräch Netzwerktechniker:in – Hr. Mbeki-Hartl",
            "start": "20260723T130000", "end": "20260723T143000",
            "location": "Salzach Netz, Bayerhamerstraße 00, Gebäude A",
            "description": "Gespräch mit Teamleitung Netzleittechnik und HR, danach Führung Netzleitwarte."},
})

add({
    "slug": "second_round_apple_mail_quote",
    "kind": "interview_invitation", "company": "Servicepoint Austria IT", "contact": "lisa.brandstaetter@servicepoint-it.example.at", "lang": "de",
    "from": ("Lisa Brandstätter", "lisa.brandstaetter@servicepoint-it.example.at"),
    "subject": "Re: Vielen Dank für das Gespräch",
    "date": "2026-10-05 09:12 +0200",
    "reply": "<9e2d4b61-0f18-4a77@example.at>",
    "headers": {"X-Mailer": "Apple Mail (2.3774.300.61.1.2)"},
    "text": """Lieber Herr Mbeki-Hartl,

danke für Ihre nette Nachricht – das Gefühl war ganz auf unserer Seite! Wir würden Sie gerne zur zweiten Runde einladen. Diesmal sind unser CTO Herr Demir und zwei Kollegen aus dem 2nd Level dabei; es wird etwas technischer (Active Directory, DHCP/DNS und ein Ticket-Szenario).

Vorschlag: Donnerstag, 8. Oktober, 15:00 Uhr, wieder bei uns am Wienerberg. Alternativ ginge Freitag, 9. Oktober, vormittags.

Herzliche Grüße
Lisa Brandstätter
Talent Acquisition
Servicepoint Austria IT GmbH
Wienerbergstraße 00, 1100 Wien

> Am 02.10.2026 um 18:22 schrieb Florian Mbeki-Hartl <florian.mh@example.at>:
>
> Sehr geehrte Frau Brandstätter,
>
> vielen Dank für das angenehme Gespräch heute. Die Einblicke in Ihr Service-Desk-Team haben mich in meinem Wunsch bestärkt, bei Servicepoint einzusteigen.
>
> Mit freundlichen Grüßen
> Florian Mbeki-Hartl
""",
})

add({
    "slug": "greenhouse_pick_a_time",
    "kind": "interview_invitation", "company": "Kettlebyte", "contact": "tereza.novakova@kettlebyte.example.cz", "lang": "en",
    "from": ("Tereza Nováková via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Tereza Nováková", "tereza.novakova@kettlebyte.example.cz"),
    "subject": "Interview invitation: IT Support Engineer at Kettlebyte",
    "date": "2026-02-03 15:44 +0000",
    "html": card_shell(
        logo="https://prod-heroku.greenhouse-mail.io/organizations/kettlebyte/logo.png", alt="Kettlebyte",
        body=f"""<p>Hi Florian,</p>
<p>Thanks for applying to Kettlebyte! We'd love to set up a 45-minute video interview with you and Ond&#345;ej Mal&yacute;, our IT lead.</p>
<p>Please use the link below to pick a time that works for you. All times are shown in your local time zone (Europe/Vienna).</p>
{button("https://click.greenhouse-mail.io/ls/click?upn=u001.kTy81bA-2FschedulePick", "Select a time", "#24a47f")}
<p><b>What to expect:</b> a conversation about your background, a couple of troubleshooting scenarios (no live coding) and time for your questions.</p>
<p>Looking forward to it,<br>Tereza Nov&aacute;kov&aacute;<br>People Ops, Kettlebyte</p>""",
        footer="""Powered by <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.gh-home" style="color:#8e8e93;">Greenhouse</a>""",
        track=pixel("https://click.greenhouse-mail.io/wf/open?upn=u001.pT7yaH")),
})

add({
    "slug": "lever_first_round_teams",
    "kind": "interview_invitation", "company": "Nordwell IT Services", "contact": "peter.balaz@nordwell.example.sk", "lang": "en",
    "from": ("Nordwell IT Services", "no-reply@hire.lever.co"),
    "reply_to": ("Peter Baláž", "peter.balaz@nordwell.example.sk"),
    "subject": "Nordwell IT Services – interview invitation (Service Desk Team Lead)",
    "date": "2026-03-03 11:20 +0000",
    "text": """Dear Florian,

Thank you for your application for the Service Desk Team Lead role in Bratislava. I'm pleased to invite you to a first-round interview with our Head of End User Services, Zuzana Kováčová, and me.

Date: Tuesday, 10 March 2026
Time: 10:00–11:00 CET
Format: Microsoft Teams (the link will follow in a separate calendar invite)

Please let me know by replying to this email whether this time suits you.

Best regards,
Peter Baláž
Talent Acquisition Partner
Nordwell IT Services
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#2b2b2b;">
<p>Dear Florian,</p>
<p>Thank you for your application for the Service Desk Team Lead role in Bratislava. I'm pleased to invite you to a first-round interview with our Head of End User Services, Zuzana Kováčová, and me.</p>
<p><b>Date:</b> Tuesday, 10 March 2026<br><b>Time:</b> 10:00–11:00 CET<br><b>Format:</b> Microsoft Teams (the link will follow in a separate calendar invite)</p>
<p>Please let me know by replying to this email whether this time suits you.</p>
<p>Best regards,<br>Peter Baláž<br>Talent Acquisition Partner<br>Nordwell IT Services</p>
<img src="https://hire.lever.co/email/open/nw-20260303-77a.png" width="1" height="1" alt="">
</div>
""",
})

add({
    "slug": "workable_warehouse_on_site",
    "html_cte": "base64",
    "kind": "interview_invitation", "company": "Amberline Logistics", "contact": "hana.molnarova@amberline.example.sk", "lang": "en",
    "from": ("Amberline Logistics", "noreply@workablemail.com"),
    "reply_to": ("Hana Molnárová", "hana.molnarova@amberline.example.sk"),
    "subject": "Interview with Amberline Logistics",
    "date": "2026-04-20 09:03 +0000",
    "html": table_shell(
        logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/amberline/logo.png", alt="Amberline Logistics",
        accent="#ff8200", lang="en",
        body="""<p>Hi Florian,</p>
<p>Thanks for your interest in the <b>IT Support Technician (Warehouse Systems)</b> position. We've reviewed your application and would like to invite you to an interview at our Senec distribution centre.</p>
<p><b>When:</b> Thursday, 23 April 2026, 14:00<br>
<b>Where:</b> Amberline Logistics DC Senec, Priemyselná 00, 903 01 Senec &ndash; please come to gate 2 and ask for Hana<br>
<b>Who:</b> Hana Molnárová (HR) and Rastislav Bízik (Warehouse IT Manager)</p>
<p>We'll talk about your experience and walk through the handheld scanners and label printers you would be supporting. Please bring an ID card for your visitor badge.</p>
<p>Reply to this email if you need to change the time.</p>
<p>Best,<br>Hana Molnárová<br>HR Generalist, Amberline Logistics</p>""",
        footer="""Sent by Amberline Logistics via <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#8a8d93;">Workable</a>""",
        track=pixel("https://email.workablemail.com/o/7dd1c.gif")),
})

add({
    "slug": "agency_screening_call_prague",
    "cte": "8bit",
    "kind": "interview_invitation", "company": "Vltava Talent Partners", "contact": "jakub.svoboda@vltavatalent.example.cz", "lang": "en",
    "from": ("Jakub Svoboda", "jakub.svoboda@vltavatalent.example.cz"),
    "subject": "Service Desk role - quick call?",
    "date": "2026-05-04 10:31 +0200",
    "text": """Hi Florian,

Thanks for applying to the Service Desk Analyst (German/English) ad we're running for a client in Prague. Your CV looks interesting - not many tram drivers doing CCNA in their evenings!

Before I can introduce you to the client I need a 20-min screening call with you. Would Thursday 7 May at 11:00 CET work? I'll call you on the Austrian number from your CV. If not, send me a couple of times that suit.

Thanks,
Jakub

Jakub Svoboda | Senior Consultant - IT Infrastructure | Vltava Talent Partners
+420 000 123 456
""",
})

add({
    "slug": "hospital_prague_practical_part",
    "kind": "interview_invitation", "company": "Nemocnice Na Kampě", "contact": "lenka.dvorakova@nnk.example.cz", "lang": "en",
    "from": ("Ing. Lenka Dvořáková", "lenka.dvorakova@nnk.example.cz"),
    "subject": "Invitation to interview – IT Technician (Hospital Information Systems)",
    "date": "2026-05-19 08:57 +0200",
    "henc": "b",
    "text": """Dear Mr. Mbeki-Hartl,

Thank you for your application for the position of IT Technician in our Department of Information Technology. We would like to invite you for an interview at the hospital.

Date and time: Wednesday 27 May 2026 at 9:00
Place: Nemocnice Na Kampě, Building D (Administration), 2nd floor, room 214. Please report to the porter's lodge at the main gate; a colleague will accompany you.

The interview will be held in English and includes a short practical part (replacing a faulty thin client and re-registering it in the domain).

Please confirm your attendance by replying to this email.

Yours sincerely,

Ing. Lenka Dvořáková
Head of IT Department
Nemocnice Na Kampě
Tel.: +420 000 000 214
""",
})

add({
    "slug": "ashby_final_round_schedule",
    "kind": "interview_invitation", "company": "Brightloom", "contact": "tom@brightloom.example.com", "lang": "en",
    "from": ("Brightloom", "no-reply@ashbyhq.com"),
    "reply_to": ("Tom Whitfield", "tom@brightloom.example.com"),
    "subject": "Schedule your final interview with Brightloom",
    "date": "2026-05-27 13:10 +0000",
    "html": card_shell(
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/brightloom.png", alt="Brightloom",
        body=f"""<p>Hi Florian,</p>
<p>Tom would like to schedule your <b>final interview</b> for the IT Support Engineer role. It's 60 minutes on site at our Prague office (Holešovice) with Tom (CTO) and Klára, our office manager &ndash; you'll see the setup you would be looking after.</p>
<p>Please choose a time that suits you:</p>
{button("https://app.ashbyhq.com/interview-scheduling/7f1c2e9a-5b3d/select?utm_source=email", "Choose a time", "#4b3fd6")}
<p>If none of the available times work for you, just reply to this email.</p>
<p>Thanks,<br>The Brightloom team</p>""",
        footer="""Brightloom Ltd &middot; Registered in England and Wales No. 10293847<br>
Sent with <a href="https://www.ashbyhq.com/?utm_source=candidate-email" style="color:#8e8e93;">Ashby</a>""",
        track=pixel("https://app.ashbyhq.com/email/open/7f1c2e9a.gif")),
})

add({
    "slug": "institute_panel_calendar_request",
    "kind": "interview_invitation", "company": "Slovak Institute of Applied Computing", "contact": "martina.zelenakova@siac.example.sk", "lang": "en",
    "from": ("Martina Zelenáková", "martina.zelenakova@siac.example.sk"),
    "subject": "Interview invitation – Network Technician, SIAC",
    "date": "2026-07-14 14:02 +0200",
    "text": """Dear Mr. Mbeki-Hartl,

On behalf of the selection panel I would like to invite you to an interview for the position of Network Technician at the Slovak Institute of Applied Computing.

Date: Tuesday, 21 July 2026
Time: 10:00–11:00
Place: SIAC, Building C, room 3.07, Dúbravská cesta 00, 845 07 Bratislava

The panel consists of doc. Ing. Pavol Krajčí (head of infrastructure), Ing. Róbert Šimko (network operations) and myself. We will ask you to describe how you would segment a campus network for students, staff and building services.

Please accept the attached calendar invitation or let me know if the time does not suit you.

Kind regards,

Martina Zelenáková
HR Officer
Slovak Institute of Applied Computing
""",
    "ics": {"method": "REQUEST", "uid": "siac-hr-8842-20260721T1000@siac.example.sk", "seq": 0,
            "summary": "Interview – Network Technician – F. Mbeki-Hartl",
            "start": "20260721T100000", "end": "20260721T110000",
            "location": "SIAC, Building C, room 3.07",
            "description": "Panel interview, Network Technician.",
            "prodid": "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "tzid": "Europe/Bratislava"},
    "ics_file": True,
})

add({
    "slug": "invite_tech_task_outlook_chain",
    "kind": "interview_invitation", "company": "Tatra Cloud", "contact": "marek.hudak@tatracloud.example.sk", "lang": "en",
    "from": ("Marek Hudák", "marek.hudak@tatracloud.example.sk"),
    "subject": "RE: Application - Junior Network Engineer",
    "date": "2026-06-02 16:40 +0200",
    "reply": "<c70a9e14-2bd8-4f3e@example.at>",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Florian,

Thanks for your patience. We'd like to move you to the next step: a technical interview with me and one of our network engineers, Tuesday 16 June at 15:00 (Bratislava time = Vienna time) via Google Meet. Link: https://meet.example.com/tcl-fmh-0616

Before that, please have a look at the small exercise below - you can send your solution any time before the interview, it's about an hour of work.

Exercise: a customer has three VLANs (office, VoIP, guest) on one access switch and one uplink to a firewall. Guests must reach the internet only; VoIP must get priority. Describe the switch and firewall config (vendor of your choice) and how you would test it.

Regards,
Marek Hudák
Network Team Lead | Tatra Cloud
tatracloud.example.sk

From: Florian Mbeki-Hartl <florian.mh@example.at>
Sent: Friday, May 29, 2026 7:14 PM
To: jobs@tatracloud.example.sk
Subject: Application - Junior Network Engineer

Dear Tatra Cloud team,

I would like to apply for the Junior Network Engineer position advertised on your website. I am currently retraining from tram driver to network technician and will finish my CCNA in July. I look forward to hearing from you.

Kind regards,
Florian Mbeki-Hartl
""",
})

add({
    "slug": "romandie_telecom_video_vous",
    "kind": "interview_invitation", "company": "Réseaux Romands Télécom", "contact": "sophie.chappuis@rrt.example.ch", "lang": "fr",
    "from": ("Sophie Chappuis", "sophie.chappuis@rrt.example.ch"),
    "subject": "Invitation à un entretien – Technicien réseau (Zurich)",
    "date": "2026-08-24 11:06 +0200",
    "cte": "8bit",
    "text": """Bonjour Monsieur Mbeki-Hartl,

Nous vous remercions pour votre candidature au poste de technicien réseau pour notre agence de Zurich-Altstetten. Votre parcours nous a interpellés et nous aimerions vous rencontrer.

Nous vous proposons un entretien par visioconférence le jeudi 3 septembre 2026 à 10h00, d'une durée d'environ 45 minutes, avec M. Laurent Favre, responsable de l'exploitation réseau, et moi-même. L'entretien se déroulera en français ; une partie pourra avoir lieu en allemand, puisque l'équipe de Zurich travaille dans les deux langues.

Merci de nous confirmer votre disponibilité par retour de courriel.

Meilleures salutations,

Sophie Chappuis
Ressources humaines
Réseaux Romands Télécom SA
Avenue de la Gare 00 – 1003 Lausanne
""",
})

add({
    "slug": "prague_french_team_tu",
    "cte": "8bit",
    "kind": "interview_invitation", "company": "Bohemia Helpdesk Solutions", "contact": "julien.mercier@bohemia-helpdesk.example.cz", "lang": "fr",
    "from": ("Julien Mercier", "julien.mercier@bohemia-helpdesk.example.cz"),
    "subject": "Entretien pour le poste de technicien support francophone",
    "date": "2026-09-08 10:48 +0200",
    "text": """Salut Florian,

Merci pour ta candidature ! Je suis Julien, team lead de l'équipe support francophone chez Bohemia Helpdesk à Prague (on gère le service desk de deux chaînes de magasins en France et en Belgique).

Ton profil m'a bien plu, surtout le côté relation client – après des années à renseigner les voyageurs dans un tram, un utilisateur qui n'arrive pas à imprimer ne devrait pas te faire peur 😉

Est-ce que tu serais dispo pour un entretien en visio vendredi 11 septembre à 14h ? Ça dure environ 40 minutes : 20 min de discussion, puis un petit jeu de rôle au téléphone en français.

Dis-moi si ça te va, sinon propose-moi un autre créneau.

À bientôt,
Julien
--
Julien Mercier | Team Lead Support FR | Bohemia Helpdesk Solutions
Praha 8 – Karlín
""",
})

add({
    "slug": "smartrecruiters_entrevista_tu",
    "html_cte": "base64",
    "kind": "interview_invitation", "company": "Iberdesk Services", "contact": "carmen.ortega@iberdesk.example.com", "lang": "es",
    "from": ("Iberdesk Services Talent Acquisition", "no-reply@smartrecruiters.com"),
    "reply_to": ("Carmen Ortega", "carmen.ortega@iberdesk.example.com"),
    "subject": "Invitación a entrevista – Agente de Service Desk con alemán (Praga)",
    "date": "2026-07-08 07:55 +0000",
    "html": table_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/iberdesk/logo.png",
        alt="Iberdesk Services", accent="#f39200", lang="es", font="Helvetica,Arial,sans-serif",
        body=f"""<p>Hola Florian:</p>
<p>¡Gracias por tu candidatura! Nos gustaría conocerte mejor en una entrevista por videollamada.</p>
<p><b>Fecha:</b> martes 14 de julio de 2026<br>
<b>Hora:</b> 11:00 (hora de Praga y Viena)<br>
<b>Duración:</b> 45 minutos &ndash; una parte de la entrevista será en alemán<br>
<b>Plataforma:</b> Microsoft Teams</p>
<p>Por favor, confirma tu asistencia con el botón de abajo. Si necesitas otro horario, responde a este correo.</p>
{button("https://email.smartrecruiters.com/c/eJwVjEEOgyAQRU9Ty4", "Confirmar asistencia", "#f39200")}
<p>Un saludo,<br>Carmen Ortega<br>Talent Acquisition &middot; Iberdesk Services</p>""",
        footer="""Iberdesk Services, s.r.o. &middot; Radlická 00, 150 00 Praha 5<br>
<a href="https://jobs.smartrecruiters.com/privacy-policy?dcr_ci=Iberdesk" style="color:#8a8d93;">Política de privacidad</a>""",
        track=pixel("https://email.smartrecruiters.com/o/eJwVjEEOgyAQRU9Ty4.gif")),
})

add({
    "slug": "invite_videollamada_usted",
    "kind": "interview_invitation", "company": "Rutalia", "contact": "lucia.ferrandez@rutalia.example.com", "lang": "es",
    "from": ("Lucía Ferrández", "lucia.ferrandez@rutalia.example.com"),
    "subject": "Videollamada – Técnico/a de soporte IT (Viena)",
    "date": "2026-09-02 12:20 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable", "henc": "q",
    "text": """Estimado Florian:

Muchas gracias por su candidatura al puesto de Técnico/a de soporte IT para nuestra nueva oficina de Viena. Nos ha llamado mucho la atención su experiencia como conductor de tranvía: en Rutalia desarrollamos software de planificación para operadores de transporte público, y conocer el día a día de un conductor es un valor añadido.

¿Le vendría bien una videollamada el jueves 10 de septiembre a las 16:00 (hora de Madrid, la misma que en Viena)? Participarán nuestro responsable de sistemas, Álvaro Gil, y yo. Será en español, aunque podemos cambiar al inglés si lo prefiere.

Quedo a la espera de su confirmación.

Un cordial saludo,

Lucía Ferrández
Talent & Culture · Rutalia
Calle de Alcalá 000, 28014 Madrid
""",
})

# === reschedules and cancellations ============================================================

add({
    "slug": "hospital_sequence_update_new_time",
    "kind": "interview_reschedule_or_cancel", "company": "Krankenhausverbund Wien-Ost",
    "contact": "petra.wallner-schmid@kvwo.example.at", "lang": "de",
    "from": ("Dr. Petra Wallner-Schmid", "petra.wallner-schmid@kvwo.example.at"),
    "subject": "Aktualisiert: Vorstellungsgespräch IT-Servicetechniker*in – Fr 11.09., 11:00",
    "date": "2026-09-03 15:21 +0200",
    "reply": "hospital_outlook_calendar_request",
    "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Vorstellungsgespräch IT-Servicetechniker*in"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

aufgrund einer kurzfristig angesetzten Systemumstellung im Klinikum muss ich unser Gespräch am Freitag, 11. September, leider von 09:30 auf 11:00 Uhr verschieben. Ort und Gesprächspartner bleiben unverändert.

Die aktualisierte Kalendereinladung finden Sie anbei. Ich bitte um Entschuldigung für die Umstände und freue mich auf das Gespräch.

Mit freundlichen Grüßen
Petra Wallner-Schmid
Leitung IT-Betrieb
Krankenhausverbund Wien-Ost
""",
    "ics": {"method": "REQUEST", "uid": KVWO_UID, "seq": 1,
            "summary": "Vorstellungsgespräch IT-Servicetechniker*in – Florian Mbeki-Hartl",
            "start": "20260911T110000", "end": "20260911T120000",
            "location": "Haus C, 2. OG, Raum C2.14, Langobardenstraße 000, 1220 Wien",
            "description": "Neue Uhrzeit: 11:00 Uhr.",
            "others": [("Michael Horvath", "michael.horvath@kvwo.example.at")]},
})

add({
    "slug": "utility_calendar_cancel_same_uid",
    "kind": "interview_reschedule_or_cancel", "company": "Salzach Netz", "contact": "verena.moser@salzachnetz.example.at", "lang": "de",
    "from": ("Verena Moser", "verena.moser@salzachnetz.example.at"),
    "subject": "Abgesagt: Vorstellungsgespräch Netzwerktechniker:in – Salzach Netz",
    "date": "2026-07-21 16:48 +0200",
    "reply": "utility_calendar_request_salzburg",
    "headers": {"Importance": "high"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

leider muss ich den Termin am Donnerstag absagen: Unser Teamleiter ist wegen einer Störung im Umspannwerk Hallein kurzfristig im Einsatz und kann nicht teilnehmen.

Ich melde mich Anfang nächster Woche mit zwei neuen Terminvorschlägen. Die Stelle ist selbstverständlich weiterhin offen, und wir möchten Sie sehr gerne kennenlernen.

Entschuldigen Sie bitte die Umstände.

Beste Grüße
Verena Moser
Human Resources
Salzach Netz GmbH
""",
    "ics": {"method": "CANCEL", "uid": SALZACH_UID, "seq": 1, "status": "CANCELLED",
            "summary": "Abgesagt: Vorstellungsgespräch Netzwerktechniker:in – Hr. Mbeki-Hartl",
            "start": "20260723T130000", "end": "20260723T143000",
            "location": "Salzach Netz, Bayerhamerstraße 00, Gebäude A",
            "description": "Termin abgesagt, neuer Termin folgt."},
    "ics_8bit": True,
})

add({
    "slug": "magistrat_switched_to_webex",
    "kind": "interview_reschedule_or_cancel", "company": "Magistrat Graz", "contact": "harald.tschernko@graz-stadt.example.at", "lang": "de",
    "from": ("Ing. Harald Tschernko", "harald.tschernko@graz-stadt.example.at"),
    "subject": "AW: Einladung zum Auswahlgespräch - IT-Techniker/in Magistrat Graz (GZ: PA-0417/2026)",
    "date": "2026-03-19 08:34 +0100",
    "reply": "<61c0e9d4-7a3b-4f25@example.at>", "refs": ["magistrat_graz_selection_interview"],
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

aufgrund von Umbauarbeiten im Amtshaus findet das Auswahlgespräch am 24. März nicht vor Ort statt, sondern per Webex. Die Uhrzeit (10:00 Uhr) bleibt gleich. Den Einwahllink erhalten Sie am Vortag vom Personalamt.

Die praktische Aufgabe wird per Bildschirmfreigabe durchgeführt - bitte sorgen Sie für einen PC oder Laptop mit Kamera und Mikrofon.

Mit freundlichen Grüßen
H. Tschernko

-----Ursprüngliche Nachricht-----
Von: Florian Mbeki-Hartl <florian.mh@example.at>
Gesendet: Mittwoch, 11. März 2026 07:55
An: Tschernko Harald <harald.tschernko@graz-stadt.example.at>
Betreff: AW: Einladung zum Auswahlgespräch - IT-Techniker/in Magistrat Graz (GZ: PA-0417/2026)

Sehr geehrter Herr Ing. Tschernko,

vielen Dank für die Einladung. Ich bestätige den Termin am 24. März um 10:00 Uhr und werde die Zeugnisse im Original mitbringen.

Mit freundlichen Grüßen
Florian Mbeki-Hartl
""",
})

add({
    "slug": "founder_ill_move_to_monday",
    "kind": "interview_reschedule_or_cancel", "company": "stackfox", "contact": "ben@stackfox.example.at", "lang": "de",
    "from": ("Ben Aigner", "ben@stackfox.example.at"),
    "subject": "Re: Kennenlernen?",
    "date": "2026-02-25 07:02 +0100",
    "reply": "<d8a2f5b0-3e61-4c9a@example.at>", "refs": ["startup_founder_du_iphone"],
    "text": """Hey Florian,

sorry für die kurzfristige Planänderung – mich hat's voll erwischt (Fieber), Donnerstag wird nix. Können wir auf Montag 2.3., gleiche Uhrzeit, schieben? Sag einfach ob's passt.

lg Ben

Gesendet von meinem iPhone

> Am 23.02.2026 um 22:10 schrieb Florian Mbeki-Hartl <florian.mh@example.at>:
>
> Hallo Ben,
> Donnerstag 17:30 passt mir super, ich komme direkt nach dem Frühdienst. Bis dann!
> Florian
""",
})

add({
    "slug": "agency_moves_office_meeting",
    "kind": "interview_reschedule_or_cancel", "company": "Hofbauer & Söhne Personalbereitstellung",
    "contact": "office@hofbauer-personal.example.at", "lang": "de",
    "from": ("Hofbauer & Söhne Personalbereitstellung", "office@hofbauer-personal.example.at"),
    "subject": "Terminverschiebung – Ihr Vorstellungsgespräch am 29.4.",
    "date": "2026-04-27 08:05 +0200",
    "refs": ["family_agency_office_visit_1252"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

leider müssen wir den vereinbarten Termin am Mittwoch, 29. April, 09:00 Uhr verschieben, da ich an diesem Tag kurzfristig bei einem Kunden in Bischofshofen sein muss.

Wäre Ihnen stattdessen Donnerstag, 30. April, 14:00 Uhr recht? Der Ort bleibt gleich (Ignaz-Harrer-Straße 00).

Bitte um kurze Rückmeldung – danke!

Freundliche Grüße
Karin Hofbauer
Hofbauer & Söhne Personalbereitstellung GmbH
Tel. 0662 00 00 00
""",
})

add({
    "slug": "commission_member_ill_outlook_chain",
    "kind": "interview_reschedule_or_cancel", "company": "Hochschule Isarland", "contact": "rz-sekretariat@hs-isarland.example.de", "lang": "de",
    "from": ("Sekretariat Rechenzentrum", "rz-sekretariat@hs-isarland.example.de"),
    "subject": "AW: Einladung zum Auswahlgespräch: Systemadministrator/in Rechenzentrum (Kennziffer 2026-17)",
    "date": "2026-03-12 10:27 +0100",
    "reply": "<4b7e0c93-d215-4a8f@example.at>", "refs": ["university_commission_presentation_outlook"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

im Auftrag von Frau Prof. Dr. Lorenz muss ich Ihnen leider mitteilen, dass das Auswahlgespräch am 18. März nicht stattfinden kann, da ein Mitglied der Kommission erkrankt ist.

Der neue Termin ist Mittwoch, 25. März 2026, 13:00 Uhr, gleicher Raum (B 104). Die Präsentation bleibt wie angekündigt.

Bitte bestätigen Sie kurz, ob Ihnen dieser Termin möglich ist.

Mit freundlichen Grüßen
i. A. Gabriele Huber
Sekretariat Rechenzentrum
Hochschule Isarland

Von: Florian Mbeki-Hartl <florian.mh@example.at>
Gesendet: Montag, 9. März 2026 20:15
An: Lorenz, Stefanie <stefanie.lorenz@hs-isarland.example.de>
Betreff: AW: Einladung zum Auswahlgespräch: Systemadministrator/in Rechenzentrum (Kennziffer 2026-17)

Sehr geehrte Frau Prof. Dr. Lorenz,

vielen Dank für die Einladung, die ich gerne annehme. Eine Absage einer anderen Hochschule habe ich letzte Woche bekommen – umso mehr freue ich mich über Ihre Einladung.

Mit freundlichen Grüßen
Florian Mbeki-Hartl

Von: Lorenz, Stefanie <stefanie.lorenz@hs-isarland.example.de>
Gesendet: Mittwoch, 4. März 2026 11:02
An: Florian Mbeki-Hartl <florian.mh@example.at>
Betreff: Einladung zum Auswahlgespräch: Systemadministrator/in Rechenzentrum (Kennziffer 2026-17)

Sehr geehrter Herr Mbeki-Hartl,
im Namen der Auswahlkommission lade ich Sie herzlich zu einem Auswahlgespräch für die o. g. Stelle ein. Termin: Mittwoch, 18. März 2026, 13:00 Uhr ...
""",
})

add({
    "slug": "swiss_team_lead_in_training",
    "kind": "interview_reschedule_or_cancel", "company": "Helvetic Desk Services", "contact": "sandra.keller@helvetic-desk.example.ch", "lang": "de",
    "from": ("Sandra Keller", "sandra.keller@helvetic-desk.example.ch"),
    "subject": "Verschiebung Vorstellungsgespräch 22. Juni",
    "date": "2026-06-19 13:15 +0200",
    "refs": ["swiss_service_desk_roleplay"],
    "cte": "base64",
    "text": """Grüezi Herr Mbeki-Hartl

Leider muss ich unser Gespräch vom Montag, 22. Juni verschieben: Unser Teamleiter Service Desk, Herr Baumann, ist an diesem Tag an einer Schulung in Bern.

Ich kann Ihnen neu Mittwoch, 24. Juni um 10.00 Uhr oder Donnerstag, 25. Juni um 15.30 Uhr anbieten, jeweils per Teams oder vor Ort bei uns in Zürich.

Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt. Entschuldigen Sie die Umstände.

Freundliche Grüsse
Sandra Keller
Recruiting & Onboarding
Helvetic Desk Services AG
""",
})

add({
    "slug": "teamtailor_interview_cancelled",
    "kind": "interview_reschedule_or_cancel", "company": "RNS Regionalbus", "contact": "recruiting@rns-bus.example.at", "lang": "de",
    "from": ("RNS Regionalbus", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Recruiting RNS", "recruiting@rns-bus.example.at"),
    "subject": "Ihr Termin wurde abgesagt: Gespräch IT-Techniker:in Leitstelle",
    "date": "2026-01-16 15:37 +0100",
    "html": card_shell(
        logo="https://assets.teamtailor-cdn.com/rns-regionalbus/logo.png", alt="RNS Regionalbus",
        body="""<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>leider müssen wir Ihren Termin am <b>Dienstag, 20. Jänner 2026, 08:30 Uhr</b> absagen. Wegen einer kurzfristigen Betriebsstörung in der Leitstelle sind unsere Gesprächspartner an diesem Tag nicht verfügbar.</p>
<p>Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag. Ihre Bewerbung bleibt selbstverständlich aktiv.</p>
<p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Silvia Gartner<br>RNS Regionalbus &ndash; Personal</p>""",
        footer="""RNS Regionalbus GmbH &middot; Wiener Neustadt<br>
<a href="https://app.teamtailor.com/unsubscribe/c_44120" style="color:#8e8e93;">Abmelden</a>""",
        track=pixel("https://t.teamtailor-mail.com/o/44120b.png")),
})

add({
    "slug": "warehouse_manager_away_move",
    "kind": "interview_reschedule_or_cancel", "company": "Amberline Logistics", "contact": "hana.molnarova@amberline.example.sk", "lang": "en",
    "from": ("Hana Molnárová", "hana.molnarova@amberline.example.sk"),
    "subject": "Change of time - interview Thursday",
    "date": "2026-04-21 16:02 +0200",
    "refs": ["workable_warehouse_on_site"],
    "text": """Hi Florian,

Sorry for the change, but our warehouse IT manager has to be in Žilina on Thursday. Could we move your interview to Monday 27 April at 15:00? Same place (Senec DC, gate 2). Or, if it's easier for you, we can do it on Teams at the same time.

Let me know!

Thanks,
Hana

Hana Molnárová
HR Generalist
Amberline Logistics
+421 000 000 318
""",
})

add({
    "slug": "panel_moves_online_air_con",
    "kind": "interview_reschedule_or_cancel", "company": "Slovak Institute of Applied Computing", "contact": "martina.zelenakova@siac.example.sk", "lang": "en",
    "from": ("Martina Zelenáková", "martina.zelenakova@siac.example.sk"),
    "subject": "Re: Interview invitation – Network Technician, SIAC",
    "date": "2026-07-17 11:45 +0200",
    "reply": "institute_panel_calendar_request",
    "text": """Dear Mr. Mbeki-Hartl,

A short update on Tuesday: because of air-conditioning works in Building C, the panel interview on 21 July will take place online (MS Teams) instead of on site. The time stays the same, 10:00–11:00.

Link: https://teams.example.com/l/meetup-join/19%3ameeting_SIAC8842

We apologise for the change. Please make sure your camera and microphone work; the panel would like to see a short sketch of your network segmentation idea, so have pen and paper ready or a drawing tool open.

Kind regards,
Martina Zelenáková
HR Officer
Slovak Institute of Applied Computing
""",
})

add({
    "slug": "head_of_it_sick_apple_quote",
    "kind": "interview_reschedule_or_cancel", "company": "Nemocnice Na Kampě", "contact": "lenka.dvorakova@nnk.example.cz", "lang": "en",
    "from": ("Ing. Lenka Dvořáková", "lenka.dvorakova@nnk.example.cz"),
    "subject": "Re: Invitation to interview – IT Technician (Hospital Information Systems)",
    "date": "2026-05-22 07:31 +0200",
    "reply": "<8f3a6d21-c49e-4b07@example.at>", "refs": ["hospital_prague_practical_part"],
    "henc": "b",
    "text": """Dear Mr. Mbeki-Hartl,

I am sorry, but I have to postpone our interview on Wednesday - I am on sick leave until the end of next week. Could you come on Thursday 4 June at 9:00 instead? Everything else stays the same.

With apologies,
Lenka Dvořáková

Sent from my iPhone

> On 20 May 2026, at 08:14, Florian Mbeki-Hartl <florian.mh@example.at> wrote:
>
> Dear Ms Dvořáková,
>
> thank you for the invitation. I confirm the interview on Wednesday 27 May at 9:00 and will report to the porter's lodge.
>
> Kind regards,
> Florian Mbeki-Hartl
""",
})

add({
    "slug": "lever_rescheduled_notice",
    "kind": "interview_reschedule_or_cancel", "company": "Nordwell IT Services", "contact": "peter.balaz@nordwell.example.sk", "lang": "en",
    "from": ("Nordwell IT Services", "no-reply@hire.lever.co"),
    "reply_to": ("Peter Baláž", "peter.balaz@nordwell.example.sk"),
    "subject": "Your interview has been rescheduled",
    "date": "2026-03-06 13:02 +0000",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b;max-width:560px;">
<p>Hi Florian,</p>
<p>Your interview for <b>Service Desk Team Lead</b> with Nordwell IT Services has been rescheduled.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e1e1e1;font-size:14px;">
<tr><td style="color:#777;">New time</td><td><b>Thursday, March 12, 2026, 2:00 PM – 3:00 PM (CET)</b></td></tr>
<tr><td style="color:#777;">Previous time</td><td><s>Tuesday, March 10, 2026, 10:00 AM – 11:00 AM (CET)</s></td></tr>
<tr><td style="color:#777;">Location</td><td>Microsoft Teams</td></tr>
<tr><td style="color:#777;">Interviewers</td><td>Zuzana Kováčová, Peter Baláž</td></tr>
</table>
<p>An updated calendar invitation will follow. If you have any questions, reply to this email and Peter will get back to you.</p>
<p style="font-size:11px;color:#999;margin-top:28px;">Sent with <a href="https://hire.lever.co/email/click/nw77b?url=https%3A%2F%2Fwww.lever.co" style="color:#999;">Lever</a></p>
<img src="https://hire.lever.co/email/open/nw-20260306-77b.png" width="1" height="1" alt="">
</div>
""",
})

add({
    "slug": "report_entretien_outlook_fr",
    "kind": "interview_reschedule_or_cancel", "company": "Réseaux Romands Télécom", "contact": "sophie.chappuis@rrt.example.ch", "lang": "fr",
    "from": ("Sophie Chappuis", "sophie.chappuis@rrt.example.ch"),
    "subject": "RE: Invitation à un entretien – Technicien réseau (Zurich)",
    "date": "2026-08-28 08:19 +0200",
    "reply": "<2c5f8e07-91ab-4d36@example.at>", "refs": ["romandie_telecom_video_vous"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Monsieur Mbeki-Hartl,

Je suis au regret de devoir reporter notre entretien de jeudi : M. Favre doit se rendre d'urgence sur un chantier à Winterthour.

Pourrions-nous le décaler au vendredi 4 septembre à 9h00, toujours en visioconférence ? Je vous renverrai le lien Teams dès réception de votre confirmation.

Avec toutes mes excuses,

Sophie Chappuis
Ressources humaines
Réseaux Romands Télécom SA

De : Florian Mbeki-Hartl <florian.mh@example.at>
Envoyé : lundi 24 août 2026 19:02
À : Sophie Chappuis <sophie.chappuis@rrt.example.ch>
Objet : RE: Invitation à un entretien – Technicien réseau (Zurich)

Madame,

Je vous remercie pour votre invitation et vous confirme ma présence le jeudi 3 septembre à 10h00.

Meilleures salutations,
Florian Mbeki-Hartl
""",
})

add({
    "slug": "annule_repropose_tu",
    "cte": "8bit",
    "kind": "interview_reschedule_or_cancel", "company": "Bohemia Helpdesk Solutions", "contact": "julien.mercier@bohemia-helpdesk.example.cz", "lang": "fr",
    "from": ("Julien Mercier", "julien.mercier@bohemia-helpdesk.example.cz"),
    "subject": "Re: Entretien pour le poste de technicien support francophone",
    "date": "2026-09-10 18:37 +0200",
    "reply": "own_confirmation_fr",
    "text": """Salut Florian,

désolé mais je dois annuler notre rdv de vendredi, on a un gros incident chez un client et toute l'équipe est sur le pont. Est-ce que lundi 14 à 10h ça t'irait ? Même lien Teams.

Encore désolé !
Julien
""",
})

add({
    "slug": "cambio_hora_gmail_escribio",
    "kind": "interview_reschedule_or_cancel", "company": "Iberdesk Services", "contact": "carmen.ortega@iberdesk.example.com", "lang": "es",
    "from": ("Carmen Ortega", "carmen.ortega@iberdesk.example.com"),
    "subject": "RE: Invitación a entrevista – cambio de hora",
    "date": "2026-07-13 09:05 +0200",
    "reply": "<a6e1c4f8-3d02-4b59@example.at>", "refs": ["smartrecruiters_entrevista_tu"],
    "text": """Hola Florian:

Te escribo porque tenemos que cambiar la hora de tu entrevista de mañana martes 14 de julio. En lugar de a las 11:00, ¿podrías a las 15:30? El enlace de Teams sigue siendo el mismo.

Perdona las molestias.

Un saludo,
Carmen

Carmen Ortega
Talent Acquisition · Iberdesk Services

El vie, 10 jul 2026 a las 9:41, Florian Mbeki-Hartl (<florian.mh@example.at>) escribió:
> Hola Carmen:
> Confirmo la entrevista del martes 14 a las 11:00. ¡Muchas gracias!
> Saludos,
> Florian
""",
})

# === missed-interview notices =================================================================

add({
    "slug": "waited_in_urfahr",
    "kind": "missed_interview_notice", "company": "Netzwerk Consulting Pichler", "contact": "thomas@pichler-netzwerk.example.at", "lang": "de",
    "from": ("Thomas Pichler", "thomas@pichler-netzwerk.example.at"),
    "subject": "Heute 10 Uhr?",
    "date": "2026-06-02 11:05 +0200",
    "refs": ["small_firm_reply_quote_says_absage"],
    "text": """Grüß Gott Herr Mbeki-Hartl,

wir hatten heute um 10:00 Uhr unser Gespräch bei uns in Urfahr ausgemacht – wir haben bis halb elf auf Sie gewartet, leider vergeblich.

Ist etwas passiert? Falls Sie noch Interesse haben, melden Sie sich bitte bis Freitag, dann finden wir vielleicht noch einen Termin.

Schöne Grüße
Thomas Pichler
Netzwerk Consulting Pichler e.U.
""",
})

add({
    "slug": "did_not_join_teams",
    "kind": "missed_interview_notice", "company": "LinzNet Glasfaser", "contact": "stefan.eichinger@linznet.example.at", "lang": "de",
    "from": ("Eichinger Stefan", "stefan.eichinger@linznet.example.at"),
    "subject": "Videointerview heute 14:00 Uhr",
    "date": "2026-07-15 14:38 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

ich habe heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind dem Call allerdings nicht beigetreten. Auch telefonisch konnte ich Sie nicht erreichen.

Möglicherweise gab es ein technisches Problem? Bitte melden Sie sich bei mir, wenn Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen

Stefan Eichinger
Teamleiter Netzbetrieb
LinzNet Glasfaser GmbH
Wiener Straße 000 | 4020 Linz
""",
})

add({
    "slug": "trial_shift_no_show",
    "kind": "missed_interview_notice", "company": "RNS Regionalbus", "contact": "robert.fuchs@rns-bus.example.at", "lang": "de",
    "from": ("Ing. Robert Fuchs", "robert.fuchs@rns-bus.example.at"),
    "subject": "Probeschicht Samstag",
    "date": "2026-02-09 07:48 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir hatten Sie am Samstag, 7. Februar, ab 06:00 Uhr zur vereinbarten Probeschicht in der Leitstelle erwartet. Leider sind Sie nicht erschienen und haben sich auch nicht abgemeldet. Der Kollege vom Frühdienst hat extra eine Einschulung vorbereitet.

Bitte teilen Sie uns bis Mittwoch mit, ob Sie am weiteren Verfahren noch interessiert sind.

Mit freundlichen Grüßen

Ing. Robert Fuchs
Leitung Leitstellentechnik
RNS Regionalbus GmbH
Pottendorfer Straße 000, 2700 Wiener Neustadt
T +43 2622 000 00-40
""",
})

add({
    "slug": "phone_interview_voicemail_twice",
    "kind": "missed_interview_notice", "company": "TechForce Personalservice", "contact": "daniela.pock@techforce.example.at", "lang": "de",
    "from": ("Daniela Pock", "daniela.pock@techforce.example.at"),
    "subject": "Telefoninterview heute 14:30 – nicht erreicht",
    "date": "2026-08-06 15:02 +0200",
    "text": """Hallo Herr Mbeki-Hartl,

wir hatten für heute 14:30 Uhr ein Telefoninterview vereinbart. Ich habe Sie zweimal unter +43 660 000 4471 angerufen und auf die Mobilbox gesprochen, leider ohne Erfolg.

Wenn Sie weiterhin Interesse an der Position haben, rufen Sie mich bitte zurück oder antworten Sie kurz auf diese Mail.

Freundliche Grüße
Daniela Pock
Recruiterin
TechForce Personalservice GmbH – Niederlassung Graz
T: 0316 000 000-12
""",
})

add({
    "slug": "trial_day_not_appeared_swiss",
    "kind": "missed_interview_notice", "company": "Rheintal Informatik", "contact": "urs.good@rheintal-informatik.example.ch", "lang": "de",
    "from": ("Urs Good", "urs.good@rheintal-informatik.example.ch"),
    "subject": "Schnuppertag heute",
    "date": "2026-09-25 10:17 +0200",
    "refs": ["swiss_trial_day_1252"],
    "charset": "windows-1252", "cte": "8bit",
    "text": """Hallo Herr Mbeki-Hartl

Wir haben Sie heute Morgen um 8 Uhr zum Schnuppertag erwartet. Bis jetzt (10.15 Uhr) sind Sie nicht erschienen, und auf dem Handy erreiche ich nur die Combox.

Ich hoffe, es ist nichts passiert. Bitte geben Sie mir kurz Bescheid.

Gruss
Urs Good
""",
})

add({
    "slug": "teams_no_show_warehouse",
    "kind": "missed_interview_notice", "company": "Amberline Logistics", "contact": "hana.molnarova@amberline.example.sk", "lang": "en",
    "from": ("Hana Molnárová", "hana.molnarova@amberline.example.sk"),
    "subject": "Today's interview",
    "date": "2026-04-27 15:40 +0200",
    "refs": ["warehouse_manager_away_move"],
    "text": """Hi Florian,

we were waiting for you on the Teams call at 15:00 today with our warehouse IT manager, but you didn't join. I also tried your mobile.

Is everything OK? If you're still interested in the role, please let me know by Wednesday and I'll try to find another slot - no promises though, we are close to a decision.

Hana
""",
})

add({
    "slug": "recruiter_tried_to_call",
    "kind": "missed_interview_notice", "company": "Vltava Talent Partners", "contact": "jakub.svoboda@vltavatalent.example.cz", "lang": "en",
    "from": ("Jakub Svoboda", "jakub.svoboda@vltavatalent.example.cz"),
    "subject": "Missed you",
    "date": "2026-05-07 11:24 +0200",
    "refs": ["agency_screening_call_prague"],
    "text": """Hi Florian, tried to call you at 11 as agreed (twice) - went straight to voicemail. Can you let me know when you're free today or tomorrow? The client wants shortlists by Monday.
Jakub

Sent from my iPhone
""",
})

add({
    "slug": "ashby_missed_interview_auto",
    "kind": "missed_interview_notice", "company": "Quickdesk", "contact": "ivana@quickdesk.example.sk", "lang": "en",
    "from": ("Quickdesk Hiring Team", "no-reply@ashbyhq.com"),
    "reply_to": ("Ivana Horváthová", "ivana@quickdesk.example.sk"),
    "subject": "We missed you today",
    "date": "2026-10-08 13:41 +0000",
    "html": card_shell(
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/quickdesk.png", alt="Quickdesk",
        body=f"""<p>Hi Florian,</p>
<p>It looks like you weren't able to join your interview for <b>IT Support Specialist</b> today at 15:00 CEST (Google Meet). Ivana and Matúš waited in the call for 15 minutes.</p>
<p>These things happen! If you'd still like to be considered, you can pick a new time within the next 5 days:</p>
{button("https://app.ashbyhq.com/interview-scheduling/qd-2231/reschedule?utm_source=email", "Pick a new time", "#111111")}
<p>If you're no longer interested, no action is needed. Questions? Just reply to this email.</p>
<p>&mdash; The Quickdesk Hiring Team</p>""",
        footer="""Quickdesk s.r.o. &middot; Bratislava<br>Sent with <a href="https://www.ashbyhq.com/" style="color:#8e8e93;">Ashby</a>""",
        track=pixel("https://app.ashbyhq.com/email/open/qd-2231.gif")),
})

add({
    "slug": "attendu_ce_matin_vous",
    "kind": "missed_interview_notice", "company": "Réseaux Romands Télécom", "contact": "sophie.chappuis@rrt.example.ch", "lang": "fr",
    "from": ("Sophie Chappuis", "sophie.chappuis@rrt.example.ch"),
    "subject": "Entretien de ce matin",
    "date": "2026-09-04 10:02 +0200",
    "refs": ["report_entretien_outlook_fr"],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour Monsieur Mbeki-Hartl,

M. Favre et moi-même vous avons attendu ce matin à 9h00 dans la salle Teams, mais vous ne vous êtes pas connecté. Nous avons également essayé de vous joindre par téléphone, sans succès.

Si vous souhaitez toujours poursuivre le processus, merci de nous contacter d'ici lundi.

Cordialement,

Sophie Chappuis
Ressources humaines
Réseaux Romands Télécom SA
""",
})

add({
    "slug": "no_te_conectaste_ett",
    "kind": "missed_interview_notice", "company": "Talento Global", "contact": "marta.ibanez@talentoglobal.example.com", "lang": "es",
    "from": ("Marta Ibáñez", "marta.ibanez@talentoglobal.example.com"),
    "subject": "No te conectaste a la llamada",
    "date": "2026-10-02 11:31 +0200",
    "text": """Hola Florian:

Te estuvimos esperando en la videollamada de las 11:00 para la preselección del proyecto de soporte en Praga, pero no llegaste a conectarte. ¿Todo bien?

Si sigues interesado, dime cuándo te viene bien esta semana y lo reprogramamos.

Un abrazo,
Marta Ibáñez
Consultora de Selección IT
Talento Global · Madrid – Praga
""",
})
