"""Corpus 256: 21 acknowledgements of an application and 10 offers."""

from __future__ import annotations

import msgs256_common as C

ME = C.ME

VERENA = ("Verena Trenkwalder", "verena.trenkwalder@gondelwerk.example.at")
THOMAS = ("Thomas Kirchmair", "thomas.kirchmair@alpenpersonal.example.at")
NADINE = ("Nadine Zürcher", "nadine.zuercher@glaernisch.example.ch")
CAMILLE = ("Camille Roux-Berthier", "camille.roux-berthier@telecables-vercors.example.fr")

ACK_GONDELWERK = """Sehr geehrter Herr Oyelaran-Pichler,

vielen Dank für Ihre Bewerbung als Vertriebskoordinator Innendienst (m/w/d) und Ihr Interesse an Gondelwerk Tirol.

Ihre Unterlagen sind vollständig bei uns eingegangen. Die Fachabteilung sieht sich alle Bewerbungen gemeinsam mit der Personalabteilung an; bitte rechnen Sie mit einer Rückmeldung innerhalb von drei Wochen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr HR-Team von Gondelwerk Tirol

Gondelwerk Tirol GmbH · Grabenweg 68 · 6020 Innsbruck · FN 188431k · Landesgericht Innsbruck"""

ACK_BELLEDONNE = """Bonjour Jakob,

Nous avons bien reçu votre candidature au poste d'assistant(e) commercial(e) grands comptes et nous vous en remercions.

Notre équipe l'étudiera avec attention dans les prochaines semaines. Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles avant la fin de la phase de présélection ; si votre profil est retenu, nous vous contacterons directement.

À bientôt peut-être,
L'équipe Recrutement Belledonne Glisse"""

MESSAGES: list[dict] = [
    # ================================================================== application_received
    # ------------------------------------------------------------------ German (11)
    {
        "kind": "application_received", "name": "gondelwerk_personio", "lang": "de",
        "company": "Gondelwerk Tirol", "contact": "",
        "id": "t1-ack",
        "frm": ("Gondelwerk Tirol GmbH", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Vertriebskoordinator Innendienst (m/w/d)",
        "date": "2026-02-09 10:14 +0100",
        "text": ACK_GONDELWERK,
        "html": C.ats_card("Gondelwerk Tirol", "#c8102e", C.paras_html(ACK_GONDELWERK),
                        "Versendet mit Personio. Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.",
                        button=("Zum Bewerberkonto", "https://gondelwerk.jobs.personio.de/application-status")),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
    },
    {
        "kind": "application_received", "name": "isarwerk_greenhouse", "lang": "de",
        "company": "Isarwerk Sports", "contact": "",
        "id": "t2-ack",
        "frm": ("Isarwerk Sports", "no-reply@greenhouse-mail.io"),
        "subject": "Danke für deine Bewerbung bei Isarwerk Sports!",
        "date": "2026-01-19 22:41 +0100",
        "text": """Hi Jakob,

danke, dass du dich als Sales Coordinator DACH bei uns beworben hast! Deine Bewerbung ist bei uns angekommen und liegt jetzt beim Team.

Wie geht's weiter? Wir schauen uns jede Bewerbung von Menschen an, nicht von Algorithmen. Wenn dein Profil zu uns passt, meldet sich jemand aus dem Recruiting bei dir, normalerweise innerhalb von 14 Tagen.

Bis dahin: Schau gern auf unserem Blog vorbei, da erzählen Kolleginnen und Kollegen, wie ihr Alltag bei Isarwerk aussieht.

Sportliche Grüße
Dein Isarwerk Recruiting-Team

Powered by Greenhouse""",
    },
    {
        "kind": "application_received", "name": "alpenpersonal_registration", "lang": "de",
        "company": "Alpen Personal Partner", "contact": "thomas.kirchmair@alpenpersonal.example.at",
        "id": "t6-ack",
        "frm": ("Alpen Personal Partner", "kandidaten-noreply@alpenpersonal.example.at"),
        "reply_to": THOMAS,
        "subject": "Willkommen bei Alpen Personal Partner – Ihre Registrierung",
        "date": "2026-01-12 13:02 +0100",
        "text": """Lieber Herr Oyelaran-Pichler,

danke für Ihre Registrierung in unserem Kandidatenpool. Ihr Lebenslauf und Ihre Angaben zu Wunschregion (Tirol, Südtirol, Bayern) und Wunschposition (Vertriebskoordination, Tourismus) sind bei uns gespeichert.

Ihr persönlicher Ansprechpartner ist Thomas Kirchmair. Er meldet sich in den nächsten Tagen für ein kurzes Kennenlerntelefonat bei Ihnen. Antworten auf diese E-Mail landen direkt bei ihm.

Wichtig: Wir stellen Ihr Profil nur mit Ihrer ausdrücklichen Zustimmung bei einem Kunden vor.

Herzliche Grüße
Ihr Team von Alpen Personal Partner
Museumstraße 9 | 6020 Innsbruck | www.alpenpersonal.example.at""",
        "html": C.simple_html("""Lieber Herr Oyelaran-Pichler,

danke für Ihre Registrierung in unserem Kandidatenpool. Ihr Lebenslauf und Ihre Angaben zu Wunschregion (Tirol, Südtirol, Bayern) und Wunschposition (Vertriebskoordination, Tourismus) sind bei uns gespeichert.

Ihr persönlicher Ansprechpartner ist Thomas Kirchmair. Er meldet sich in den nächsten Tagen für ein kurzes Kennenlerntelefonat bei Ihnen. Antworten auf diese E-Mail landen direkt bei ihm.

Wichtig: Wir stellen Ihr Profil nur mit Ihrer ausdrücklichen Zustimmung bei einem Kunden vor.

Herzliche Grüße
Ihr Team von Alpen Personal Partner
Museumstraße 9 | 6020 Innsbruck | www.alpenpersonal.example.at"""),
    },
    {
        "kind": "application_received", "name": "allgaeu_workday_no_individual_reply", "lang": "de",
        "company": "Allgäuer Seilbahnbau", "contact": "",
        "id": "a-allgaeu",
        "frm": ("Allgäuer Seilbahnbau", "allgaeuer-seilbahnbau@myworkday.com"),
        "subject": "Vielen Dank für Ihre Bewerbung – Vertriebskoordinator (m/w/d), R-2041",
        "date": "2026-04-13 21:17 +0200",
        "html": C.ats_card("Allgäuer Seilbahnbau", "#8a1c1c", """<p>Guten Tag Jakob Oyelaran-Pichler,</p>
<p>wir bestätigen den Eingang Ihrer Bewerbung für die Position <b>Vertriebskoordinator (m/w/d)</b>, Referenz R-2041.</p>
<p>Wir prüfen nun Ihre Unterlagen. Aufgrund der hohen Zahl an Bewerbungen können wir leider nicht jeder Bewerberin und jedem Bewerber einzeln auf Nachfragen antworten. Den aktuellen Status finden Sie jederzeit in Ihrem Kandidatenprofil.</p>
<p>Freundliche Grüße<br>Personalabteilung Allgäuer Seilbahnbau</p>""",
            "Diese Nachricht wurde automatisch über Workday versendet. Antworten an diese Adresse werden nicht gelesen.",
            button=("Kandidatenprofil öffnen", "https://allgaeuer-seilbahnbau.wd3.myworkday.com/candidate/home")),
        "html_cte": "base64",
    },
    {
        "kind": "application_received", "name": "iller_sport_personio", "lang": "de",
        "company": "Iller Sport Vertrieb", "contact": "",
        "id": "a-iller",
        "frm": ("Iller Sport Vertrieb GmbH", "noreply@personio.de"),
        "subject": "Deine Bewerbung ist da!",
        "date": "2026-06-01 07:58 +0200",
        "text": """Hallo Jakob,

super, deine Bewerbung als Koordinator Außendienst (m/w/d) ist bei uns eingegangen.

Unser Team schaut sich deine Unterlagen in Ruhe an. Du hörst spätestens in drei Wochen von uns – versprochen.

Beste Grüße aus Kempten
Dein Recruiting-Team von Iller Sport Vertrieb

Diese E-Mail wurde über Personio versendet.""",
        "cte": "base64",
    },
    {
        "kind": "application_received", "name": "vinschgau_softgarden", "lang": "de",
        "company": "Vinschgau Outdoor Handel", "contact": "",
        "id": "a-vinschgau",
        "frm": ("Vinschgau Outdoor Handel", "vinschgau-outdoor@softgarden.io"),
        "subject": "Bewerbungseingang: Verkaufskoordination Fachhandel Südtirol",
        "date": "2026-07-13 16:44 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle "Verkaufskoordination Fachhandel Südtirol".

Ihre Unterlagen werden nun von unserer Personalabteilung und der Vertriebsleitung gesichtet. Sollten wir weitere Informationen benötigen, melden wir uns bei Ihnen.

Über Ihr softgarden-Bewerberkonto können Sie Ihre Unterlagen jederzeit aktualisieren.

Mit freundlichen Grüßen
Ihr Personalteam
Vinschgau Outdoor Handel GmbH, Schlanders

Versendet über softgarden.""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "name": "schneekristall_successfactors", "lang": "de",
        "company": "Schneekristall Sporthandel", "contact": "",
        "id": "a-schneekristall",
        "frm": ("Schneekristall Sporthandel Karriere", "noreply@successfactors.eu"),
        "subject": "Schneekristall Sporthandel – Bewerbung erhalten (Req. 7731)",
        "date": "2026-08-03 12:06 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

danke für Ihre Bewerbung auf die Position Sales Coordinator Wintersport (Req. 7731). Wir haben Ihre Unterlagen erhalten und an die zuständige Recruiterin weitergeleitet.

Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Schneekristall Sporthandel AG

Dies ist eine automatisch generierte Nachricht aus SAP SuccessFactors. Bitte antworten Sie nicht auf diese E-Mail.""",
    },
    {
        "kind": "application_received", "name": "inntal_personal_cv_received", "lang": "de",
        "company": "Inntal Personalberatung", "contact": "birgit.pfurtscheller@inntal-personal.example.at",
        "id": "a-inntal",
        "frm": ("Birgit Pfurtscheller", "birgit.pfurtscheller@inntal-personal.example.at"),
        "subject": "Ihr Lebenslauf – Vertriebskoordination Seilbahntechnik",
        "date": "2026-08-17 11:39 +0200",
        "text": """Lieber Herr Oyelaran-Pichler,

Ihren Lebenslauf und das Motivationsschreiben habe ich erhalten, danke!

Ich stelle Ihre Unterlagen in den nächsten Tagen anonymisiert meinem Auftraggeber vor, einem Tiroler Hersteller im Seilbahnbereich. Sobald ich eine Rückmeldung habe, rufe ich Sie an.

Herzliche Grüße
Birgit Pfurtscheller
Inntal Personalberatung e.U.
Maria-Theresien-Straße 21, 6020 Innsbruck
+43 512 57 33 80""",
    },
    {
        "kind": "application_received", "name": "tvb_karwendelblick_eingang", "lang": "de",
        "company": "Tourismusverband Karwendelblick", "contact": "monika.rainer@karwendelblick.example.at",
        "id": "a-tvb",
        "frm": ("Monika Rainer", "monika.rainer@karwendelblick.example.at"),
        "subject": "Ihre Bewerbung ist eingelangt",
        "date": "2026-01-26 09:05 +0100",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

Ihre Bewerbung für die Marketing- und Vertriebskoordination ist bei uns eingelangt. Die Bewerbungsfrist läuft noch bis 31. Jänner; danach sieht sich unsere Geschäftsführerin Frau Hechenberger alle Unterlagen an und meldet sich bei den Bewerberinnen und Bewerbern.

Mit freundlichen Grüßen
Monika Rainer
Gästeservice & Sekretariat
Tourismusverband Karwendelblick
Dorfplatz 3, 6170 Zirl
Tel. +43 5238 520 10""",
    },
    {
        "kind": "application_received", "name": "lizum_colleague_passes_on", "lang": "de",
        "company": "Lizum Sporthaus", "contact": "markus.falkner@lizum-sporthaus.example.at",
        "id": "a-lizum",
        "frm": ("Markus Falkner", "markus.falkner@lizum-sporthaus.example.at"),
        "subject": "Re: Bewerbung Filialstelle",
        "date": "2026-08-10 18:20 +0200",
        "text": """Servus Jakob,

deine Bewerbung ist angekommen, ich hab sie dem Chef heute in der Früh auf den Schreibtisch gelegt. Er schaut sie sich nach seinem Urlaub an, also wird's ein bisserl dauern.

Lg Markus

""" + C.schrieb_de("Mo., 10. Aug. 2026 um 07:12", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Hallo Markus,

anbei meine Bewerbung für die Filialstelle, wie am Wochenende besprochen. Magst du sie bitte an deinen Chef weitergeben?

Danke dir!
Jakob"""),
    },
    {
        "kind": "application_received", "name": "suedtirol_bamboohr", "lang": "de",
        "company": "Südtirol Bergsport Vertrieb", "contact": "",
        "id": "a-suedtirol",
        "frm": ("Südtirol Bergsport Vertrieb", "notifications@app.bamboohr.com"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "date": "2026-09-21 08:33 +0200",
        "html": C.ats_card("Südtirol Bergsport Vertrieb", "#3b7d23", """<p>Guten Tag Jakob,</p>
<p>danke für Ihre Bewerbung als <b>Gebietsverkauf Pustertal</b>. Sie ist vollständig bei uns eingegangen.</p>
<p>Wir melden uns, sobald wir alle Bewerbungen gesichtet haben.</p>
<p>Freundliche Grüße<br>Personalbüro Südtirol Bergsport Vertrieb</p>""",
            "Sent via BambooHR. Please do not reply to this automated message."),
    },
    # ------------------------------------------------------------------ English (5)
    {
        "kind": "application_received", "name": "pentland_lever_ack", "lang": "en",
        "company": "Pentland Outdoor", "contact": "",
        "id": "t3-ack",
        "frm": ("Pentland Outdoor", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Pentland Outdoor",
        "date": "2026-03-02 07:20 +0000",
        "text": """Hi Jakob,

Thanks for your interest in the Sales Coordinator (Wholesale) role at Pentland Outdoor. We've received your application and our team will review it shortly.

If your experience looks like a good match, someone from our People team will get in touch about next steps.

Best,
Pentland Outdoor

This message was sent by Lever on behalf of Pentland Outdoor Ltd.""",
    },
    {
        "kind": "application_received", "name": "heatherglen_ashby_ack", "lang": "en",
        "company": "Heatherglen Outfitters", "contact": "",
        "id": "a-heatherglen",
        "frm": ("Heatherglen Outfitters", "no-reply@ashbyhq.com"),
        "subject": "We got your application – Retail Sales Coordinator",
        "date": "2026-05-18 23:02 +0100",
        "html": C.ats_card("Heatherglen Outfitters", "#2f5d50", """<p>Hi Jakob,</p>
<p>Thanks for applying to be our <b>Retail Sales Coordinator</b>. Your application is in, and a real person on our team will read it.</p>
<p>We aim to get back to everyone within two weeks.</p>
<p>The Heatherglen Outfitters Hiring Team</p>""",
            "Sent by Ashby on behalf of Heatherglen Outfitters Ltd. Replies to this address are not monitored.",
            lang="en"),
        "html_cte": "quoted-printable",
    },
    {
        "kind": "application_received", "name": "forth_talent_registration", "lang": "en",
        "company": "Forth Talent Partners", "contact": "priya.sandhu@forthtalent.example.co.uk",
        "id": "a-forth",
        "frm": ("Priya Sandhu", "priya.sandhu@forthtalent.example.co.uk"),
        "subject": "Welcome to Forth Talent Partners",
        "date": "2026-04-20 12:58 +0100",
        "text": """Hi Jakob,

Thanks for registering with Forth Talent Partners and for sending over your CV – it's now on our system, and I'll be your main contact.

I recruit for sales and coordination roles in travel, leisure and outdoor retail across Scotland. I'll never send your CV to a client without asking you first.

Could you let me know your notice period and salary expectations when you have a moment?

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
3 Queen Charlotte Street, Leith, Edinburgh EH6 6AX
Mobile: +44 7700 900 418""",
        "html": C.outlook_html("""Hi Jakob,

Thanks for registering with Forth Talent Partners and for sending over your CV – it's now on our system, and I'll be your main contact.

I recruit for sales and coordination roles in travel, leisure and outdoor retail across Scotland. I'll never send your CV to a client without asking you first.

Could you let me know your notice period and salary expectations when you have a moment?

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
3 Queen Charlotte Street, Leith, Edinburgh EH6 6AX
Mobile: +44 7700 900 418""", lang="EN-GB"),
    },
    {
        "kind": "application_received", "name": "trossachs_cv_received", "lang": "en",
        "company": "Trossachs Travel", "contact": "dougie@trossachs-travel.example.co.uk",
        "id": "a-trossachs",
        "frm": ("Dougie Rennie", "dougie@trossachs-travel.example.co.uk"),
        "subject": "Re: Sales coordinator - winter programme",
        "date": "2026-07-06 20:11 +0100",
        "text": """Got your CV, thanks Jakob. I'll have a proper look at the weekend and come back to you about a call.

Dougie

""" + C.wrote_en("Mon, 6 Jul 2026, 14:03", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Dear Mr Rennie,

Please find attached my CV for the sales coordinator role for your winter programme.

Kind regards,
Jakob"""),
    },
    {
        "kind": "application_received", "name": "nordlys_teamtailor", "lang": "en",
        "company": "Nordlys Ski Rental", "contact": "",
        "id": "a-nordlys",
        "frm": ("Nordlys Ski Rental", "no-reply@teamtailor-mail.com"),
        "subject": "Thanks for your application, Jakob!",
        "date": "2026-08-24 10:49 +0200",
        "text": """Hi Jakob,

Thanks for applying for Sales & Partnerships Coordinator at Nordlys Ski Rental! We've got your application and we'll be in touch as soon as we've had a look.

While you wait, why not follow us on social media to see what life at Nordlys is like?

Best,
The Nordlys team""",
        "html": C.ats_card("Nordlys Ski Rental", "#0a2342", C.paras_html("""Hi Jakob,

Thanks for applying for Sales & Partnerships Coordinator at Nordlys Ski Rental! We've got your application and we'll be in touch as soon as we've had a look.

While you wait, why not follow us on social media to see what life at Nordlys is like?

Best,
The Nordlys team"""), "Nordlys Ski Rental AG · Hardturmstrasse 161 · 8005 Zürich · Sent with Teamtailor", lang="en"),
    },
    # ------------------------------------------------------------------ French (3)
    {
        "kind": "application_received", "name": "vercors_recruitee_ack", "lang": "fr",
        "company": "Télécâbles du Vercors", "contact": "",
        "id": "t4-ack",
        "frm": ("Télécâbles du Vercors", "noreply@jobs.recruitee.com"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Confirmation de votre candidature",
        "date": "2026-04-06 09:30 +0200",
        "text": """Bonjour Jakob Oyelaran-Pichler,

Merci pour votre candidature au poste de coordinateur commercial export. Elle a bien été enregistrée.

Notre équipe RH la transmettra au responsable du recrutement. Vous serez informé de la suite du processus par e-mail.

Cordialement,
L'équipe Ressources humaines
Télécâbles du Vercors

Ce message a été envoyé automatiquement via Recruitee.""",
        "cte": "base64",
    },
    {
        "kind": "application_received", "name": "belledonne_no_individual_reply", "lang": "fr",
        "company": "Belledonne Glisse", "contact": "",
        "id": "a-belledonne",
        "frm": ("Belledonne Glisse", "noreply@smartrecruiters.com"),
        "subject": "Belledonne Glisse : candidature bien reçue",
        "date": "2026-03-04 18:12 +0100",
        "text": ACK_BELLEDONNE,
        "html": C.ats_card("Belledonne Glisse", "#d35400", C.paras_html(ACK_BELLEDONNE),
                        "Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas y répondre.", lang="fr"),
    },
    {
        "kind": "application_received", "name": "isere_altitude_accuse_reception", "lang": "fr",
        "company": "Isère Altitude Tourisme", "contact": "sandrine.morel@isere-altitude.example.fr",
        "id": "a-isere",
        "frm": ("Sandrine Morel (Isère Altitude)", "sandrine.morel@isere-altitude.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Accusé de réception de votre candidature",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-16 10:27 +0100",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Monsieur,

J'accuse bonne réception de votre candidature au poste de chargé(e) de promotion commerciale, reçue le 13 février.

Les candidatures seront examinées après la clôture de l'annonce, le 6 mars. Nous reviendrons vers les candidats présélectionnés dans la quinzaine suivante.

Bien cordialement,
Sandrine Morel
Responsable des ressources humaines
Isère Altitude Tourisme""",
    },
    # ------------------------------------------------------------------ Spanish (2)
    {
        "kind": "application_received", "name": "valira_bamboohr_ack", "lang": "es",
        "company": "Esquí Valira", "contact": "",
        "id": "t5-ack",
        "frm": ("Esquí Valira", "notifications@app.bamboohr.com"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-05-11 19:40 +0200",
        "text": """Hola Jakob:

Gracias por presentar tu candidatura al puesto de Coordinador/a de ventas en Esquí Valira. La hemos recibido correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Saludos,
Equipo de Personas – Esquí Valira

Sent via BambooHR""",
        "html": C.simple_html("""Hola Jakob:

Gracias por presentar tu candidatura al puesto de Coordinador/a de ventas en Esquí Valira. La hemos recibido correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Saludos,
Equipo de Personas – Esquí Valira

Sent via BambooHR""", lang="es"),
        "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "name": "amt_workable_ack", "lang": "es",
        "company": "Andorra Muntanya Turisme", "contact": "",
        "id": "a-amt",
        "frm": ("Andorra Muntanya Turisme", "noreply@workablemail.com"),
        "subject": "Gracias por tu solicitud – Coordinador comercial",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-20 15:15 +0200",
        "html": C.ats_card("Andorra Muntanya Turisme", "#005f73", """<p>Hola Jakob,</p>
<p>Gracias por tu interés en el puesto de <b>Coordinador comercial</b>. Tu solicitud nos ha llegado correctamente.</p>
<p>Debido al gran volumen de candidaturas, solo podremos contactar con las personas preseleccionadas. Esto no significa que tu candidatura no se vaya a revisar: la leeremos con atención.</p>
<p>Un saludo,<br>Equipo de selección de Andorra Muntanya Turisme</p>""",
            "Enviado a través de Workable. Por favor, no respondas a este correo.", lang="es"),
    },
    # ================================================================== offer
    # ------------------------------------------------------------------ German (5)
    {
        "kind": "offer", "name": "gondelwerk_angebot_pdf", "lang": "de",
        "company": "Gondelwerk Tirol", "contact": "verena.trenkwalder@gondelwerk.example.at",
        "id": "t1-offer", "refs": ["t1-ack", "t1-invite", "t1-move", "t1-thanks"],
        "frm": VERENA,
        "subject": "Ihr Angebot: Vertriebskoordinator Innendienst bei Gondelwerk Tirol",
        "date": "2026-03-12 15:03 +0100",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie gerne als Vertriebskoordinator Innendienst in unserem Team begrüßen möchten.

Im Anhang finden Sie unser schriftliches Angebot mit allen Eckdaten: Eintritt am 1. Mai 2026, 38,5 Wochenstunden, Bruttojahresgehalt von 44.800 Euro auf Basis von 14 Gehältern sowie ein Jahresticket für die Innsbrucker Bergbahnen.

Bitte lassen Sie uns bis 20. März wissen, ob Sie das Angebot annehmen. Für Fragen stehen Herr Schöpf und ich Ihnen gerne zur Verfügung.

Freundliche Grüße
""" + """Verena Trenkwalder
Human Resources
Gondelwerk Tirol GmbH | Grabenweg 68 | 6020 Innsbruck
T +43 512 342 700-215""",
        "html": C.outlook_html("""Sehr geehrter Herr Oyelaran-Pichler,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie gerne als Vertriebskoordinator Innendienst in unserem Team begrüßen möchten.

Im Anhang finden Sie unser schriftliches Angebot mit allen Eckdaten: Eintritt am 1. Mai 2026, 38,5 Wochenstunden, Bruttojahresgehalt von 44.800 Euro auf Basis von 14 Gehältern sowie ein Jahresticket für die Innsbrucker Bergbahnen.

Bitte lassen Sie uns bis 20. März wissen, ob Sie das Angebot annehmen. Für Fragen stehen Herr Schöpf und ich Ihnen gerne zur Verfügung.

Freundliche Grüße
Verena Trenkwalder
Human Resources
Gondelwerk Tirol GmbH | Grabenweg 68 | 6020 Innsbruck
T +43 512 342 700-215"""),
        "pdf": ("Angebot_Oyelaran-Pichler.pdf", [
            "Gondelwerk Tirol GmbH - Grabenweg 68 - 6020 Innsbruck",
            "",
            "Herrn Jakob Oyelaran-Pichler, Hoettinger Au 41, 6020 Innsbruck",
            "",
            "Innsbruck, 12. Maerz 2026",
            "Angebot fuer ein Dienstverhaeltnis als Vertriebskoordinator Innendienst",
            "",
            "Eintritt: 1. Mai 2026, unbefristet, Probemonat gemaess Kollektivvertrag",
            "Arbeitszeit: 38,5 Stunden pro Woche",
            "Bruttojahresgehalt: EUR 44.800 (14 Gehaelter)",
            "Zusatz: Jahresticket Innsbrucker Bergbahnen",
            "",
            "Annahme bis 20. Maerz 2026 erbeten.",
            "Verena Trenkwalder, Human Resources",
        ]),
    },
    {
        "kind": "offer", "name": "glaernisch_contract_for_signature", "lang": "de",
        "company": "Glärnisch Schneesport", "contact": "nadine.zuercher@glaernisch.example.ch",
        "id": "t8-offer", "refs": ["t8-invite", "t8-missed", "t8-ill"],
        "frm": NADINE,
        "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-01 11:12 +0200",
        "text": """Grüezi Herr Oyelaran-Pichler

Nach dem schönen Gespräch mit Reto Hählen letzte Woche freuen wir uns, Ihnen die Stelle als Verkaufskoordinator Wintersport anzubieten.

Anbei erhalten Sie den Arbeitsvertrag (Stellenantritt 1. September 2026, Pensum 100 %, Jahreslohn CHF 78'000 brutto, 13 Monatslöhne). Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 15. Juli zurück – gerne auch eingescannt per E-Mail.

Bei Fragen zum Vertrag oder zur Arbeitsbewilligung bin ich jederzeit für Sie da.

Freundliche Grüsse

Nadine Zürcher
HR-Fachfrau
Glärnisch Schneesport AG
Seefeldstrasse 212, 8008 Zürich
+41 44 555 21 70""",
        "pdf": ("Arbeitsvertrag_Glaernisch_Oyelaran-Pichler.pdf", [
            "Glaernisch Schneesport AG - Seefeldstrasse 212 - 8008 Zuerich",
            "ARBEITSVERTRAG",
            "zwischen Glaernisch Schneesport AG und Jakob Oyelaran-Pichler",
            "Funktion: Verkaufskoordinator Wintersport",
            "Stellenantritt: 1. September 2026",
            "Pensum: 100 %  -  Jahreslohn: CHF 78'000 brutto, 13 Monatsloehne",
            "",
            "Ort, Datum: ____________________   Unterschrift: ____________________",
        ]),
    },
    {
        "kind": "offer", "name": "agency_dolomiti_wants_you", "lang": "de",
        "company": "Dolomiti Seilbahntechnik", "contact": "thomas.kirchmair@alpenpersonal.example.at",
        "id": "o-dolomiti", "refs": ["m-dolomiti"],
        "frm": THOMAS,
        "subject": "Dolomiti Seilbahntechnik will dich!",
        "date": "2026-04-02 18:30 +0200",
        "text": """Servus Jakob,

gute Nachrichten: Herr Mair hat mich nach eurem zweiten Gespräch angerufen – Dolomiti Seilbahntechnik möchte dir die Stelle als Vertriebskoordinator für den deutschsprachigen Markt anbieten. Nach dem verpatzten ersten Zoom ist das wirklich eine schöne Wendung.

Die Eckdaten, die er mir genannt hat: Start im Juni, Büro in Bozen mit zwei Homeoffice-Tagen, Einstufung nach dem Handelskollektivvertrag plus Dienstwagen. Das schriftliche Angebot schickt dir die Personalabteilung direkt in den nächsten Tagen.

Ruf mich an, dann gehen wir gemeinsam durch, ob noch etwas nachzuverhandeln ist.

Lg Thomas

--
Thomas Kirchmair
Senior Consultant Sales & Tourism
Alpen Personal Partner GmbH | Museumstraße 9 | 6020 Innsbruck
T +43 512 908 441-12""",
        "cte": "quoted-printable",
    },
    {
        "kind": "offer", "name": "achenseer_verbal_offer_followup", "lang": "de",
        "company": "Achenseer Bergsport", "contact": "florian.rieser@achenseer-bergsport.example.at",
        "id": "achenseer-offer",
        "frm": ("Florian Rieser", "florian.rieser@achenseer-bergsport.example.at"),
        "subject": "Wie besprochen – unser Angebot schriftlich",
        "date": "2026-05-22 17:05 +0200",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Jakob,

danke für das gute Telefonat heute Vormittag. Wie versprochen fasse ich unser Angebot für die Stelle als Verkaufskoordinator noch einmal schriftlich zusammen:

– Start: 1. Juli 2026, Vollzeit, Standort Maurach am Achensee
– Gehalt: € 3.150 brutto monatlich, 14 Mal
– Im Winter zwei Tage pro Monat für Skitests mit Händlern auf der Piste
– Dienstwohnung für die ersten drei Monate, wenn du magst

Den Dienstvertrag bereitet unser Steuerberater vor, du bekommst ihn nächste Woche. Sag mir bitte bis Mittwoch, ob du zusagst.

Beste Grüße
Florian Rieser
Geschäftsführer
Achenseer Bergsport GmbH
Seestraße 12, 6212 Maurach
+43 5243 000 40""",
    },
    {
        "kind": "offer", "name": "sellatal_angebot_pdf", "lang": "de",
        "company": "Sellatal Sportartikel", "contact": "martin.obkircher@sellatal.example.it",
        "id": "o-sellatal", "refs": ["i-sellatal", "s-sellatal"],
        "frm": ("Martin Obkircher", "martin.obkircher@sellatal.example.it"),
        "subject": "Angebot Vertriebskoordinator Handel",
        "date": "2026-07-24 10:40 +0200",
        "text": """Guten Tag Herr Oyelaran-Pichler,

nach unseren beiden Gesprächen freue ich mich, Ihnen im Namen der Geschäftsleitung die Stelle als Vertriebskoordinator Handel anzubieten. Das Angebotsschreiben mit Gehalt und Vertragsbedingungen liegt dieser Nachricht bei.

Wir würden uns freuen, wenn Sie am 1. Oktober bei uns in Bozen beginnen. Um eine Antwort bis 7. August wird gebeten.

Schöne Grüße
Martin Obkircher
Leiter Vertrieb Italien Nord
Sellatal Sportartikel GmbH
Meraner Straße 9, 39100 Bozen""",
        "cte": "base64",
        "pdf": ("Angebot_Sellatal_Vertriebskoordinator.pdf", [
            "Sellatal Sportartikel GmbH - Meraner Strasse 9 - 39100 Bozen (BZ)",
            "Angebotsschreiben",
            "Position: Vertriebskoordinator Handel",
            "Beginn: 1. Oktober 2026",
            "Vertrag: unbefristet, Handels-KV, Einstufung 2. Ebene",
            "Bruttojahresgehalt: EUR 41.500 zuzueglich Leistungspraemie",
            "Antwort erbeten bis: 7. August 2026",
        ]),
    },
    # ------------------------------------------------------------------ English (3)
    {
        "kind": "offer", "name": "cairngorm_offer_letter_pdf", "lang": "en",
        "company": "Cairngorm Cable Systems", "contact": "rhona.mckay@cairngorm-cable.example.co.uk",
        "id": "o-cairngorm", "refs": ["i-cairngorm", "s-cairngorm"],
        "frm": ("Rhona McKay", "rhona.mckay@cairngorm-cable.example.co.uk"),
        "subject": "Offer of employment - Sales Coordinator, Ropeway Projects",
        "date": "2026-10-02 16:05 +0100",
        "text": """Dear Jakob,

Following the assessment day on 22 September, I am delighted to offer you the position of Sales Coordinator, Ropeway Projects, at Cairngorm Cable Systems.

Your offer letter is attached. In summary: a start date of 4 January 2027, a salary of £36,500 per annum, 28 days' holiday plus public holidays, and relocation support of up to £3,000. The offer is subject to references and proof of your right to work in the UK, which we will help you with.

Please sign and return the letter by 16 October, or get in touch if you would like to discuss anything.

Congratulations!

Rhona McKay
HR Advisor
Cairngorm Cable Systems Ltd
Tel: +44 131 496 0810""",
        "pdf": ("Cairngorm_Offer_Letter_JOP.pdf", [
            "Cairngorm Cable Systems Ltd - Unit 8, Newbridge Industrial Estate, Edinburgh EH28 8PJ",
            "PRIVATE AND CONFIDENTIAL",
            "Jakob Oyelaran-Pichler",
            "Offer of employment: Sales Coordinator, Ropeway Projects",
            "Start date: 4 January 2027",
            "Salary: GBP 36,500 per annum",
            "Holiday: 28 days plus public holidays",
            "Relocation: up to GBP 3,000",
            "Please sign and return by 16 October 2026.",
            "Signed: ______________________",
        ]),
    },
    {
        "kind": "offer", "name": "summit_gear_verbal_followup", "lang": "en",
        "company": "Summit Gear Group", "contact": "o.brennan@summitgear.example.com",
        "id": "o-summit", "refs": ["i-summit", "s-summit"],
        "frm": ("Orla Brennan", "o.brennan@summitgear.example.com"),
        "subject": "Following up on our call – your offer",
        "date": "2026-07-30 18:42 +0200",
        "text": """Dear Jakob,

It was a pleasure to speak with you this afternoon and to share the good news in person. As discussed, we would like you to join Summit Gear Group as Sales Coordinator DACH in Munich.

To confirm what we went through on the phone: a start date of 1 October 2026, an annual base salary of EUR 52,000 plus a target bonus of 8%, 30 days of annual leave, and a hybrid schedule with three office days a week.

Our HR team will send the formal contract via DocuSign within the next few days. In the meantime, please let me know if any questions come up.

Kind regards,
Orla Brennan
Talent Partner EMEA
Summit Gear Group
+49 89 6200 1180

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information intended only for the named recipient. Summit Gear Group GmbH, Atelierstraße 1, 81671 München, Amtsgericht München HRB 245 117.""",
        "html": C.simple_html("""Dear Jakob,

It was a pleasure to speak with you this afternoon and to share the good news in person. As discussed, we would like you to join Summit Gear Group as Sales Coordinator DACH in Munich.

To confirm what we went through on the phone: a start date of 1 October 2026, an annual base salary of EUR 52,000 plus a target bonus of 8%, 30 days of annual leave, and a hybrid schedule with three office days a week.

Our HR team will send the formal contract via DocuSign within the next few days. In the meantime, please let me know if any questions come up.

Kind regards,
Orla Brennan
Talent Partner EMEA
Summit Gear Group
+49 89 6200 1180""", lang="en"),
    },
    {
        "kind": "offer", "name": "forth_talent_glencoe_offer", "lang": "en",
        "company": "Glencoe Trails", "contact": "priya.sandhu@forthtalent.example.co.uk",
        "id": "o-forth", "refs": ["a-forth"],
        "frm": ("Priya Sandhu", "priya.sandhu@forthtalent.example.co.uk"),
        "subject": "Glencoe Trails want to make you an offer!",
        "date": "2026-06-24 17:18 +0100",
        "text": """Hi Jakob,

Brilliant news – Glencoe Trails called me an hour ago and the client wants to make you an offer for the Sales & Bookings Coordinator role!

What they've told me so far: £31,000 basic, a commission scheme on group bookings, and a start in early September at their Edinburgh office. The written offer will come from their MD, Alasdair, by the end of the week.

After the Lothian disappointment I'm so pleased for you. Call me when you can and we'll go through it together before you reply.

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
Mobile: +44 7700 900 418""",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ French (1)
    {
        "kind": "offer", "name": "vercors_promesse_embauche_pdf", "lang": "fr",
        "company": "Télécâbles du Vercors", "contact": "camille.roux-berthier@telecables-vercors.example.fr",
        "id": "t4-offer", "refs": ["t4-ack", "t4-invite", "t4-move", "t4-thanks"],
        "frm": CAMILLE,
        "subject": "Promesse d'embauche – coordinateur commercial export",
        "date": "2026-05-13 14:22 +0200",
        "text": """Bonjour Monsieur Oyelaran-Pichler,

J'ai le plaisir de vous annoncer que votre candidature a été retenue à l'issue de la journée d'évaluation du 5 mai.

Vous trouverez ci-joint votre promesse d'embauche pour le poste de coordinateur commercial export, en CDI, à compter du 1er juillet 2026, avec une rémunération annuelle brute de 39 000 euros sur 13 mois.

Nous vous remercions de nous retourner le document signé avant le 27 mai. Je reste à votre disposition pour toute question sur le contrat ou votre installation dans la région.

Bien cordialement,

Camille Roux-Berthier
Chargée de recrutement
Télécâbles du Vercors SAS
45 avenue de l'Europe, 38120 Saint-Égrève
04 76 12 34 56""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "pdf": ("Promesse_embauche_Oyelaran-Pichler.pdf", [
            "Telecables du Vercors SAS - 45 avenue de l'Europe - 38120 Saint-Egreve",
            "PROMESSE D'EMBAUCHE",
            "Monsieur Jakob Oyelaran-Pichler",
            "Poste : coordinateur commercial export - statut ETAM",
            "Contrat : CDI a compter du 1er juillet 2026",
            "Remuneration : 39 000 EUR bruts annuels sur 13 mois",
            "Document a retourner signe avant le 27 mai 2026",
        ]),
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "kind": "offer", "name": "amt_contrato_para_firmar", "lang": "es",
        "company": "Andorra Muntanya Turisme", "contact": "laia.serra@turisme-muntanya.example.ad",
        "id": "o-amt", "refs": ["i-amt", "s-amt"],
        "frm": ("Laia Serra", "laia.serra@turisme-muntanya.example.ad"),
        "subject": "Tu contrato – Coordinador comercial",
        "date": "2026-08-25 13:10 +0200",
        "text": """Hola Jakob,

¡Enhorabuena! Después de la entrevista con nuestra directora de ventas, nos alegra confirmarte que el puesto de coordinador comercial es tuyo.

Te adjunto el contrato para que lo revises y lo firmes. Las condiciones son las que hablamos por teléfono: incorporación el 1 de octubre, contrato indefinido, 2.600 euros brutos mensuales en catorce pagas y forfait de temporada para toda la familia.

Puedes firmarlo electrónicamente o traerlo a la oficina. Necesitamos tu respuesta antes del 4 de septiembre para iniciar los trámites de la autorización de trabajo.

Un abrazo,
Laia Serra
Técnica de selección
Andorra Muntanya Turisme
Plaça de la Rotonda 2, AD500 Andorra la Vella""",
        "cs": "windows-1252", "cte": "8bit",
        "pdf": ("Contrato_Oyelaran-Pichler.pdf", [
            "Andorra Muntanya Turisme - Placa de la Rotonda 2 - AD500 Andorra la Vella",
            "CONTRATO DE TRABAJO INDEFINIDO",
            "Trabajador: Jakob Oyelaran-Pichler",
            "Puesto: Coordinador comercial",
            "Fecha de incorporacion: 1 de octubre de 2026",
            "Retribucion: 2.600 EUR brutos mensuales, 14 pagas",
            "Firma del trabajador: ______________________",
        ]),
    },
]
