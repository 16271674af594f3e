"""Corpus 156: application acknowledgements (21) and offers (10). Hand-written specs."""

from msgs156_common import (
    ats_card,
    button,
    forwarded,
    mso,
    paras_body,
    paras_html,
    signature,
    word_html,
)

ACK = "application_received"
OFF = "offer"

_donau_ack = """Sehr geehrter Herr Kranz-Mwangi!

Vielen Dank für Ihre Bewerbung als Produktionsplaner:in in unserem Werk Wien-Simmering, die am 14. Jänner 2026 bei uns eingelangt ist (Referenz 26-0093).

Wir prüfen alle Unterlagen sorgfältig. Bitte haben Sie Verständnis, dass wir aufgrund der großen Anzahl an Bewerbungen nicht jeder Bewerberin und jedem Bewerber einzeln antworten können. Sollten Sie in die engere Auswahl kommen, melden wir uns innerhalb von vier Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Mit freundlichen Grüßen
Gebäckfabrik Donau – Personalabteilung
"""

_snack_offer_text = """Hi Tobias,

It was great to talk to you this afternoon - and as promised, here's the offer in writing so you have everything in one place.

Role: Production Planner, reporting to Ruth Okafor (Head of Operations)
Start date: Monday 7 September 2026 (flexible by a couple of weeks)
Base salary: EUR 58,000 per year, plus 0.15% share options vesting over four years
Hours: 39 per week, hybrid - three days on site at our Grand Canal kitchen
Holidays: 25 days plus public holidays
Relocation: up to EUR 4,000 towards moving from Munich

The formal contract will come from our HR platform once you give us a verbal yes. Take the weekend to think it over and call me with any questions - we'd love to have you on board.

Ruth

Ruth Okafor | Head of Operations | Snackwise
3 Grand Canal Quay, Dublin 2 | +353 1 555 2207
"""

_sonnkorn_text = """Hallo Tobias,

wie versprochen kommt hier dein Arbeitsvertrag als Produktionsplaner bei der Bio-Hofbäckerei Sonnkorn – zum digitalen Unterschreiben.

Über den Button unten kannst du den Vertrag ansehen und signieren. Der Link ist 14 Tage gültig. Wenn du noch Fragen zu den Schichtzeiten oder zur Probezeit hast, antworte einfach auf diese Mail, die landet direkt bei mir.

Wir freuen uns riesig auf dich ab 1. Oktober!

Marlene Strobl
Personal & Organisation
Bio-Hofbäckerei Sonnkorn · Hofmark 4 · 86551 Aichach
"""

_moulins_text = """Monsieur,

Suite à nos entretiens des 2 et 9 septembre, nous avons le plaisir de vous proposer le poste de Responsable planification et ordonnancement au sein des Moulins de la Robertsau, dans les conditions suivantes :

- Contrat à durée indéterminée, statut cadre
- Prise de poste : lundi 2 novembre 2026
- Rémunération annuelle brute : 48 000 euros sur 13 mois
- Lieu de travail : 14 rue du Havre, 67000 Strasbourg
- Période d'essai : 4 mois

Nous vous remercions de nous faire part de votre réponse avant le 2 octobre. Le contrat de travail vous sera adressé dès réception de votre acceptation.

Dans l'attente de vous compter parmi nous, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Aurélien Klein
Directeur général - Moulins de la Robertsau
14 rue du Havre, 67000 Strasbourg - 03 88 55 20 60
"""

MESSAGES = [
    # ================================================================== received, German
    {
        "kind": ACK, "name": "brotwerk_softgarden_ack", "lang": "de",
        "key": "brotwerk-ack",
        "company": "Brotwerk Isartal", "contact": "",
        "sender": ("Brotwerk Isartal", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung: Produktionsplaner (m/w/d) Backwaren",
        "date": "2026-02-03 22:14 +0100",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) Backwaren bei Brotwerk Isartal. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in den nächsten Tagen genau an und melden uns dann bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto verfolgen.

Mit freundlichen Grüßen
Ihr Personalteam von Brotwerk Isartal

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "alpenhof_personio_cannot_reply_individually", "lang": "de",
        "key": "alpenhof-ack",
        "company": "Molkerei Alpenhof", "contact": "",
        "sender": ("Molkerei Alpenhof", "noreply@personio.de"),
        "subject": "Danke für Ihre Bewerbung bei der Molkerei Alpenhof",
        "date": "2026-03-10 07:02 +0100",
        "text": """Grüß Gott Herr Kranz-Mwangi,

herzlichen Dank für Ihr Interesse an der Stelle Schichtleitung Produktionsplanung in Bergheim. Wir haben Ihre Bewerbung erhalten.

Unser Team sieht sich jede Bewerbung persönlich an. Leider ist es uns nicht möglich, jeder Person einzeln zu antworten, solange wir noch sichten. Wenn Ihr Profil passt, meldet sich jemand aus dem Recruiting innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Molkerei Alpenhof eGen

Diese Nachricht wurde über Personio versendet.
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "frischekontor_workday_ack", "lang": "de",
        "key": "frische-ack",
        "company": "Frischekontor Süd", "contact": "",
        "sender": ("Frischekontor Süd", "frischekontor@myworkday.com"),
        "subject": "Wir haben Ihre Bewerbung erhalten – R-10482 Disponent Produktionsplanung",
        "date": "2026-02-05 11:48 -0800",
        "html": ats_card(
            "Frischekontor Süd",
            "#00704a",
            "<p>Guten Tag Tobias Kranz-Mwangi,</p>"
            "<p>vielen Dank für Ihre Bewerbung auf die Position <b>Disponent "
            "Produktionsplanung (R-10482)</b> in Stuttgart-Feuerbach.</p>"
            "<p>Ihre Bewerbung ist erfolgreich in unserem System eingegangen. Sie können den "
            "Status jederzeit auf unserer Karriereseite unter „Meine Bewerbungen“ "
            "einsehen.</p>"
            + button("Zu meinen Bewerbungen",
                     "https://karriere.frischekontor.example.de/kandidat/bewerbungen", "#00704a")
            + "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>",
            "Powered by Workday. Bitte antworten Sie nicht auf diese automatisch erstellte "
            "E-Mail.",
        ),
    },
    {
        "kind": ACK, "name": "personalwerk_registration", "lang": "de",
        "key": "pw-reg",
        "company": "Personalwerk Bayern", "contact": "j.wiesinger@personalwerk.example.de",
        "sender": ("Jana Wiesinger | Personalwerk Bayern", "j.wiesinger@personalwerk.example.de"),
        "subject": "Willkommen bei Personalwerk Bayern – Ihre Registrierung",
        "date": "2026-01-12 16:25 +0100",
        "text": """Hallo Herr Kranz-Mwangi,

schön, dass Sie sich bei uns registriert haben! Ihren Lebenslauf und Ihren Meisterbrief habe ich erhalten und in unserem System angelegt.

Ich bin ab sofort Ihre feste Ansprechpartnerin. Als Nächstes gleiche ich Ihr Profil mit den offenen Einsätzen bei unseren Kunden in der Lebensmittelproduktion im Raum Augsburg ab und melde mich, sobald etwas passt – meistens dauert das nur ein paar Tage.

Damit ich Sie vorstellen darf, brauche ich noch Ihre Zustimmung zur Datenweitergabe; das Formular kommt in einer separaten E-Mail.

Viele Grüße
Jana Wiesinger
Personaldisponentin
Personalwerk Bayern – Niederlassung Augsburg
Halderstraße 21, 86150 Augsburg
Tel. 0821 555 4410

Personalwerk Bayern GmbH · Sitz München · HRB 555712 · Erlaubnis zur Arbeitnehmerüberlassung erteilt durch die Bundesagentur für Arbeit
""",
    },
    {
        "kind": ACK, "name": "sonnenhof_successfactors_latin1_ack", "lang": "de",
        "key": "sonnenhof-ack",
        "company": "Marktkette Sonnenhof", "contact": "",
        "sender": ("Marktkette Sonnenhof Karriere", "noreply@successfactors.eu"),
        "subject": "Bewerbungseingang: Teamleiter Frischeplanung (Gersthofen)",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-26 09:41 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

Ihre Bewerbung für die Position Teamleiter Frischeplanung im Zentrallager Gersthofen ist bei uns eingegangen. Vielen Dank für Ihr Vertrauen.

Wir werden Ihre Unterlagen prüfen und uns so bald wie möglich mit einer Rückmeldung an Sie wenden. Bitte sehen Sie bis dahin von Nachfragen ab.

Freundliche Grüße
Personalgewinnung Marktkette Sonnenhof

Diese E-Mail wurde automatisch versendet.
""",
    },
    {
        "kind": ACK, "name": "donau_taleo_ack_base64", "lang": "de",
        "key": "donau-ack",
        "company": "Gebäckfabrik Donau", "contact": "",
        "sender": ("Gebäckfabrik Donau – Recruiting", "do-not-reply@taleo.net"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Bewerbungsbestätigung Referenz 26-0093",
        "date": "2026-01-14 19:33 +0100",
        "cte": "base64",
        "text": _donau_ack,
        "html": paras_html(_donau_ack), "html_cte": "base64",
    },
    {
        "kind": ACK, "name": "rautenberg_recruitee_du_ack", "lang": "de",
        "key": "rautenberg-ack",
        "company": "Feinbäckerei Rautenberg", "contact": "",
        "sender": ("Feinbäckerei Rautenberg", "rautenberg@jobs.recruitee.com"),
        "subject": "Danke für deine Bewerbung, Tobias!",
        "date": "2026-06-23 20:07 +0200",
        "text": """Hallo Tobias,

super, dass du dich bei der Feinbäckerei Rautenberg als Produktionsplaner*in beworben hast! Deine Unterlagen sind bei uns angekommen.

Wir schauen uns alles in Ruhe an und melden uns in spätestens drei Wochen bei dir. Bis dahin: Backofen an und Daumen drücken.

Dein Team der Feinbäckerei Rautenberg
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "schwabenteig_human_cv_received", "lang": "de",
        "key": "schwaben-ack",
        "company": "Teigwaren Schwabenland", "contact": "p.maurer@schwabenteig.example.de",
        "sender": ("Petra Maurer | Teigwaren Schwabenland", "p.maurer@schwabenteig.example.de"),
        "subject": "AW: Bewerbung Schichtleiter Produktionsplanung",
        "date": "2026-04-29 08:20 +0200",
        "refs": ["<bewerbung.schwaben.0428@example.de>"],
        "html": word_html(mso("""Sehr geehrter Herr Kranz-Mwangi,

Ihre Bewerbung samt Lebenslauf und Zeugnissen ist gestern Abend bei mir eingegangen – herzlichen Dank dafür.

Ich leite Ihre Unterlagen heute an unseren Produktionsleiter, Herrn Häberle, weiter. Sie hören spätestens in zwei Wochen von uns.

Mit freundlichen Grüßen

Petra Maurer
Personalreferentin
Teigwaren Schwabenland
Siemensstraße 7 · 71254 Ditzingen
Telefon 07156 555-230
""")),
        "html_charset": "windows-1252", "html_cte": "quoted-printable",
    },
    {
        "kind": ACK, "name": "alpinefoodtalent_cv_in_pool", "lang": "de",
        "key": "aft-ack",
        "company": "Alpine Food Talent", "contact": "nadja.luethi@alpinefoodtalent.example.ch",
        "sender": ("Nadja Lüthi", "nadja.luethi@alpinefoodtalent.example.ch"),
        "sender_enc": ("utf-8", "Q"),
        "subject": "Ihr Dossier ist bei uns angekommen",
        "date": "2026-07-06 10:55 +0200",
        "text": """Grüezi Herr Kranz-Mwangi

Besten Dank für die Zustellung Ihres Dossiers. Lebenslauf, Meisterbrief und Arbeitszeugnisse sind vollständig bei mir eingetroffen, und ich habe Sie in unseren Kandidatenpool für Food & Beverage aufgenommen.

Ich gehe Ihr Profil in den nächsten Tagen durch. Passt eines unserer laufenden Mandate, rufe ich Sie an, bevor ich Ihre Unterlagen an irgendjemanden weitergebe.

Freundliche Grüsse
Nadja Lüthi
Senior Consultant Food & Beverage
Alpine Food Talent · Seefeldstrasse 69 · 8008 Zürich
""",
    },
    {
        "kind": ACK, "name": "wgkv_eingangsbestaetigung_reference", "lang": "de",
        "key": "wgkv-ack",
        "company": "Wiener Großküchen Verbund", "contact": "",
        "sender": ("Wiener Großküchen Verbund, Bewerbungsmanagement",
                "bewerbung-noreply@wgkv.example.at"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Eingangsbestätigung: Produktionsplanung Zentralküche Favoriten (WGKV-0442)",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-05-18 12:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Produktionsplanung Zentralküche Favoriten.

Ihre Bewerbungsnummer lautet WGKV-0442. Bitte geben Sie diese bei allen Rückfragen an.

Die Bewerbungsfrist endet am 29. Mai 2026. Danach prüft die Auswahlkommission alle Bewerbungen; mit einer Benachrichtigung über den weiteren Verlauf können Sie in der ersten Junihälfte rechnen.

Mit freundlichen Grüßen
Bewerbungsmanagement
Wiener Großküchen Verbund
Laxenburger Straße 88, 1100 Wien
""",
    },
    # ================================================================== received, English
    {
        "kind": ACK, "name": "liffey_greenhouse_ack", "lang": "en",
        "key": "liffey-ack",
        "company": "Liffey Bakehouse", "contact": "",
        "sender": ("Liffey Bakehouse", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Liffey Bakehouse",
        "date": "2026-05-04 21:40 +0100",
        "text": """Hi Tobias,

Thank you for your interest in Liffey Bakehouse! We wanted to let you know that we received your application for Production Planning Lead, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Regards,
Liffey Bakehouse Recruiting

**Please note: this mailbox is not monitored.**
""",
    },
    {
        "kind": ACK, "name": "haferwerk_lever_ack", "lang": "en",
        "key": "haferwerk-ack",
        "company": "Haferwerk", "contact": "",
        "sender": ("Haferwerk", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Haferwerk",
        "date": "2026-04-20 06:55 +0000",
        "html": ats_card(
            "Haferwerk",
            "#c59d5f",
            "<p>Hi Tobias,</p>"
            "<p>Thanks for applying for the <b>Operations Planner (Oat Drinks)</b> role in "
            "Stuttgart. Your application has been received and our team will review it over "
            "the coming weeks.</p>"
            "<p>In the meantime, feel free to learn more about how we make our oat drinks on "
            "our <a href=\"https://haferwerk.example.de/story\">blog</a>.</p>"
            "<p>Best,<br>The Haferwerk Team</p>",
            "Sent via Lever",
        ),
    },
    {
        "kind": ACK, "name": "greenfield_icims_ack", "lang": "en",
        "key": "greenfield-ack",
        "company": "Greenfield Dairies", "contact": "",
        "sender": ("Greenfield Dairies Talent Acquisition", "greenfielddairies@talent.icims.com"),
        "subject": "Application received: Production Scheduler (2026-0417)",
        "date": "2026-03-27 14:09 +0000",
        "text": """Dear Tobias,

Thank you for submitting your application for Production Scheduler (Requisition 2026-0417). This email confirms that we have received it.

A member of our recruiting team will review your qualifications. If your background is a match, we will contact you to discuss next steps. You can check the status of your application at any time by logging in to our careers portal.

Kind regards,
Talent Acquisition
Greenfield Dairies

Please do not reply to this message; this mailbox is not monitored.
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "tempostaff_registration_confirmed", "lang": "en",
        "key": "tempo-reg",
        "company": "TempoStaff", "contact": "megan.walsh@tempostaff.example.ie",
        "sender": ("Megan Walsh", "megan.walsh@tempostaff.example.ie"),
        "subject": "Your registration with TempoStaff",
        "date": "2026-07-15 12:33 +0100",
        "text": """Hi Tobias,

Thanks for coming in to register with us yesterday - it was a pleasure to meet you. I've now got your CV, your right-to-work documents and your HACCP certificate on file, so your registration is complete.

I'll start putting you forward for planning and shift-lead contracts in food manufacturing around Dublin and will always check with you before sending your CV anywhere.

Thanks,
Megan

Megan Walsh | Senior Consultant, Food Manufacturing
TempoStaff Recruitment | 14 Capel Street, Dublin 1 | +353 1 555 3391
""",
    },
    {
        "kind": ACK, "name": "dublindough_bamboohr_cannot_reply", "lang": "en",
        "key": "ddc-ack",
        "company": "Dublin Doughworks", "contact": "",
        "sender": ("Dublin Doughworks", "notifications@app.bamboohr.com"),
        "subject": "We've received your application - Night Shift Planner",
        "date": "2026-05-30 23:02 +0100",
        "text": """Hello Tobias,

Thanks for applying for Night Shift Planner at Dublin Doughworks. We've received your CV and cover letter.

We get a lot of applications for every role and unfortunately we cannot reply to every applicant individually. If we'd like to take things further, someone from the bakery will contact you within 14 days.

Thanks again,
Dublin Doughworks
""",
    },
    # ================================================================== received, French
    {
        "kind": ACK, "name": "kleber_accuse_reception", "lang": "fr",
        "key": "kleber-ack",
        "company": "Boulangeries Kléber", "contact": "sophie.muller@boulangeries-kleber.example.fr",
        "sender": ("Sophie Muller", "sophie.muller@boulangeries-kleber.example.fr"),
        "subject": "Accusé de réception de votre candidature",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-02 08:52 +0200",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Nous accusons bonne réception de votre candidature au poste de responsable planification de notre atelier central et vous en remercions.

Votre dossier est en cours d'étude par notre directeur de production. Nous reviendrons vers vous d'ici une dizaine de jours.

Bien à vous,
Sophie Muller
Responsable ressources humaines
Boulangeries Kléber - 2 rue Lavoisier, 67200 Strasbourg
""",
    },
    {
        "kind": ACK, "name": "interim_alsace_inscription", "lang": "fr",
        "key": "interim-reg",
        "company": "Intérim Alimentaire Alsace", "contact": "julie.weber@interim-alsace.example.fr",
        "sender": ("Julie Weber - Intérim Alimentaire Alsace", "julie.weber@interim-alsace.example.fr"),
        "subject": "Votre inscription chez Intérim Alimentaire Alsace",
        "date": "2026-07-30 15:15 +0200",
        "text": """Bonjour Tobias,

Merci d'être passé à l'agence ce matin. Votre inscription est désormais complète : j'ai bien votre CV, votre pièce d'identité et votre attestation de formation HACCP.

Je vais vous positionner sur des missions de planification et de chef d'équipe dans l'agroalimentaire entre Strasbourg, Obernai et Sélestat. Je vous appelle dès qu'une mission correspond.

À très vite,
Julie Weber
Chargée de recrutement
Intérim Alimentaire Alsace - Agence de Strasbourg
8 quai Kléber, 67000 Strasbourg - 03 88 55 62 10
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "vosges_taleo_ack_latin1", "lang": "fr",
        "key": "vosges-ack",
        "company": "Fromageries des Vosges", "contact": "",
        "sender": ("Fromageries des Vosges", "do-not-reply@taleo.net"),
        "subject": "Confirmation de candidature - Planificateur de production H/F",
        "date": "2026-04-06 17:45 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur Kranz-Mwangi,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Planificateur de production H/F (réf. FV-2026-31) sur notre site de Gérardmer.

Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre personnellement à chacune d'elles dans l'immédiat. Si votre profil retient notre attention, nous vous contacterons dans les meilleurs délais.

La Direction des Ressources Humaines
Fromageries des Vosges

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
        "html": True, "html_charset": "iso-8859-1",
    },
    # ================================================================== received, Spanish
    {
        "kind": ACK, "name": "llevat_workable_ack", "lang": "es",
        "key": "llevat-ack",
        "company": "Obrador Llevat", "contact": "",
        "sender": ("Obrador Llevat", "noreply@candidates.workablemail.com"),
        "subject": "Hemos recibido tu candidatura - Responsable de planificación",
        "date": "2026-06-15 10:22 +0000",
        "text": """Hola Tobias,

Gracias por tu interés en Obrador Llevat. Hemos recibido tu candidatura para el puesto de Responsable de planificación en Barcelona.

Revisaremos tu perfil con atención y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
El equipo de Obrador Llevat

Enviado con Workable
""",
        "html": True,
    },
    {
        "kind": ACK, "name": "vela_smartrecruiters_ack", "lang": "es",
        "key": "vela-ack",
        "company": "Supermercats Vela", "contact": "",
        "sender": ("Supermercats Vela", "noreply@smartrecruiters.com"),
        "subject": "Gracias por tu candidatura en Supermercats Vela",
        "date": "2026-08-03 06:40 +0000",
        "html": ats_card(
            "Supermercats Vela",
            "#0057a8",
            "<p>Hola Tobias,</p>"
            "<p>¡Gracias por inscribirte en la oferta <b>Planificador/a de Producción "
            "Panadería</b>!</p>"
            "<p>Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará y te "
            "informaremos de los siguientes pasos a través de este correo.</p>"
            "<p>Un saludo,<br>Equipo de Talento &middot; Supermercats Vela</p>",
            "Este mensaje se ha enviado a través de SmartRecruiters.",
        ),
    },
    {
        "kind": ACK, "name": "talentogastro_cv_recibido", "lang": "es",
        "key": "talento-ack",
        "company": "Talento Gastro BCN", "contact": "jordi.serra@talentogastro.example.es",
        "sender": ("Jordi Serra", "jordi.serra@talentogastro.example.es"),
        "subject": "Hemos recibido tu CV",
        "date": "2026-08-24 17:26 +0200",
        "text": """Hola Tobias,

Te confirmo que hemos recibido tu CV y la carta de presentación. Ya estás dado de alta en nuestra base de candidatos para producción alimentaria en el área de Barcelona.

Esta semana reviso las vacantes abiertas con nuestros clientes (panificadoras, cerveceras y cocinas centrales) y te llamo para comentarte las que encajan.

Saludos,
Jordi Serra
Consultor · Talento Gastro BCN
Carrer d'Aribau 88, 08036 Barcelona · +34 93 555 70 15
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ================================================================== offers
    {
        "kind": OFF, "name": "brotwerk_formal_offer_pdf", "lang": "de",
        "key": "brotwerk-offer", "refs": ["brotwerk-invite", "brotwerk-move", "brotwerk-thanks"],
        "company": "Brotwerk Isartal", "contact": "s.reithmeier@brotwerk-isartal.example.de",
        "sender": ("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de"),
        "subject": "Ihr Vertragsangebot als Produktionsplaner (m/w/d) Backwaren",
        "date": "2026-03-04 13:10 +0100",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

nach unseren beiden Gesprächen freuen wir uns sehr, Ihnen die Stelle als Produktionsplaner (m/w/d) Backwaren in unserem Werk Garching anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Eckdaten: Eintritt zum 1. Mai 2026, unbefristet, 40 Stunden, Jahresbruttogehalt 56.500 Euro zuzüglich Schichtzulagen in der Übergangsphase.

Bitte lassen Sie uns bis zum 13. März wissen, ob Sie das Angebot annehmen. Für Fragen stehen Herr Hainz und ich Ihnen jederzeit zur Verfügung.

Freundliche Grüße
Sabine Reithmeier
""" + signature(
            "Sabine Reithmeier",
            "Personalreferentin Produktion",
            "Brotwerk Isartal GmbH · Werk Garching",
            "Schleißheimer Straße 90 · 85748 Garching bei München",
            "Tel. +49 89 555 730 12",
        ),
        "pdfs": [("Vertragsangebot_Kranz-Mwangi.pdf", [
            "Brotwerk Isartal GmbH - Vertragsangebot",
            "Herrn Tobias Kranz-Mwangi",
            "",
            "Position: Produktionsplaner (m/w/d) Backwaren, Werk Garching",
            "Eintritt: 1. Mai 2026, unbefristet",
            "Arbeitszeit: 40 Stunden pro Woche",
            "Jahresbruttogehalt: 56.500 EUR",
            "Probezeit: 6 Monate",
            "Annahmefrist: 13. März 2026",
        ])],
    },
    {
        "kind": OFF, "name": "wgkv_contract_for_signature", "lang": "de",
        "key": "wgkv-offer", "refs": ["wgkv-move"],
        "company": "Wiener Großküchen Verbund", "contact": "sandra.woeginger@wgkv.example.at",
        "sender": ("Sandra Wöginger", "sandra.woeginger@wgkv.example.at"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Ihr Dienstvertrag zur Unterzeichnung",
        "date": "2026-07-08 14:44 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

es freut uns sehr, dass Sie sich im Assessment-Center durchgesetzt haben und dass wir uns telefonisch auf die Eckpunkte einigen konnten.

Anbei erhalten Sie Ihren Dienstvertrag als Produktionsplaner in der Zentralküche Favoriten in zweifacher Ausfertigung. Wir ersuchen Sie, beide Exemplare zu unterzeichnen und eines bis 20. Juli an uns zurückzusenden – gerne auch eingescannt per E-Mail.

Dienstbeginn ist der 1. September 2026. Zur Einschulung erhalten Sie in den nächsten Tagen gesondert Informationen.

Herzlich willkommen im Team!

Mit freundlichen Grüßen
Mag.a Sandra Wöginger
Personalentwicklung, Wiener Großküchen Verbund
Laxenburger Straße 88 · 1100 Wien
""",
        "html": True,
        "pdfs": [("Dienstvertrag_Kranz-Mwangi_WGKV.pdf", [
            "Dienstvertrag",
            "abgeschlossen zwischen Wiener Großküchen Verbund und Herrn Tobias Kranz-Mwangi",
            "",
            "1. Verwendung: Produktionsplaner, Zentralküche Favoriten",
            "2. Beginn: 1. September 2026",
            "3. Wochenarbeitszeit: 38,5 Stunden",
            "4. Einstufung: Verwendungsgruppe C, Stufe 4",
            "",
            "Unterschrift Dienstnehmer: ____________________",
        ])],
    },
    {
        "kind": OFF, "name": "falkner_client_named_offer", "lang": "de",
        "key": "falkner-offer", "refs": ["falkner-invite", "falkner-move"],
        "company": "Milchwerke Chiemgau", "contact": "m.falkner@falkner-search.example.de",
        "sender": ("Dr. Matthias Falkner", "m.falkner@falkner-search.example.de"),
        "subject": "Gute Nachrichten aus dem Chiemgau",
        "date": "2026-03-25 18:02 +0100",
        "text": """Lieber Herr Kranz-Mwangi,

ich darf Ihnen heute etwas Erfreuliches mitteilen: Die Milchwerke Chiemgau möchten Ihnen die Position Leitung Produktionsplanung anbieten.

Die Geschäftsführung war nach dem zweiten Gespräch in Traunstein überzeugt. Eckdaten des Angebots: 78.000 Euro fix plus bis zu 10 % Bonus, Dienstwagen, Start nach Absprache, spätestens zum 1. Juli. Das schriftliche Angebot schickt Ihnen die Personalabteilung der Milchwerke direkt in den nächsten Tagen.

Lassen Sie uns morgen telefonieren, bevor Sie antworten – ich habe noch ein paar Hinweise zur Verhandlung.

Mit besten Grüßen
Dr. Matthias Falkner
Managing Partner
Falkner Executive Search · Maximilianstraße 31 · 80539 München
+49 89 555 918 0
""",
    },
    {
        "kind": OFF, "name": "feinkost_maier_verbal_followup", "lang": "de",
        "company": "Feinkost Maier", "contact": "andreas.maier@feinkost-maier.example.de",
        "sender": ("Andreas Maier", "andreas.maier@feinkost-maier.example.de"),
        "subject": "Wie besprochen – unser Angebot",
        "date": "2026-05-20 19:45 +0200",
        "text": """Hallo Herr Kranz-Mwangi,

wie heute Nachmittag am Telefon besprochen, hier noch einmal schriftlich: Wir möchten Sie als Produktionsleiter für unsere Feinkostküche in Augsburg-Haunstetten einstellen.

Eckpunkte, wie am Telefon vereinbart:
- Einstieg zum 1. Juli 2026
- 4.600 Euro brutto im Monat, 13 Gehälter
- Montag bis Freitag, keine Nachtschicht
- 30 Tage Urlaub

Den Vertrag setzt unser Steuerbüro gerade auf. Wenn Sie mir bis Ende der Woche ein kurzes Ja schicken, bekommen Sie ihn Anfang nächster Woche.

Ich freue mich!
Andreas Maier
Geschäftsführer
Feinkost Maier · Inninger Straße 41 · 86179 Augsburg
0821 555 3360
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "kind": OFF, "name": "sonnkorn_esign_contract_reply_to_hr", "lang": "de",
        "company": "Bio-Hofbäckerei Sonnkorn", "contact": "marlene.strobl@sonnkorn.example.de",
        "sender": ("Bio-Hofbäckerei Sonnkorn via SignFlow", "no-reply@signflow.example.com"),
        "reply_to": ("Marlene Strobl", "marlene.strobl@sonnkorn.example.de"),
        "subject": "Bitte unterschreiben: Arbeitsvertrag Produktionsplaner – Sonnkorn",
        "date": "2026-09-08 10:33 +0200",
        "text": _sonnkorn_text + "\nVertrag ansehen und unterschreiben:\n"
        "https://sign.sonnkorn.example.de/envelope/4f1e-77c2\n",
        "html": ats_card(
            "SignFlow",
            "#2b6cb0",
            paras_body(_sonnkorn_text)
            + button("Vertrag ansehen und unterschreiben",
                     "https://sign.sonnkorn.example.de/envelope/4f1e-77c2", "#2b6cb0"),
            "SignFlow – elektronische Signaturen. Diese Nachricht wurde im Auftrag von "
            "Bio-Hofbäckerei Sonnkorn versendet.",
        ),
    },
    {
        "kind": OFF, "name": "snackwise_verbal_offer_followup", "lang": "en",
        "key": "snack-offer", "refs": ["snack-move"],
        "company": "Snackwise", "contact": "ruth.okafor@snackwise.example.ie",
        "sender": ("Ruth Okafor", "ruth.okafor@snackwise.example.ie"),
        "subject": "Your offer from Snackwise",
        "date": "2026-07-24 17:58 +0100",
        "text": _snack_offer_text,
        "html": True,
    },
    {
        "kind": OFF, "name": "tempostaff_client_wants_to_offer", "lang": "en",
        "company": "Portobello Provisions", "contact": "megan.walsh@tempostaff.example.ie",
        "sender": ("Megan Walsh", "megan.walsh@tempostaff.example.ie"),
        "subject": "Portobello Provisions want to make you an offer!",
        "date": "2026-10-08 11:04 +0100",
        "text": """Hi Tobias,

Fantastic news - Portobello Provisions called me this morning and they want to make you an offer for the production planner role at their Rathmines kitchen.

They're proposing a 12-month contract through us at EUR 27.50 an hour, with the clear intention of taking you on permanently after six months. Start date would be Monday 26 October.

I'll send the assignment paperwork over this afternoon. Give me a ring when you've had a chance to think - they'd like an answer by Monday. Their ops director's note to me is below.

Congratulations!
Megan

Megan Walsh | Senior Consultant, Food Manufacturing
TempoStaff Recruitment | 14 Capel Street, Dublin 1 | +353 1 555 3391

""" + forwarded(
            "en", "Grainne Lynch <grainne@portobelloprovisions.example.ie>",
            "Thu, 8 Oct 2026 at 09:12", "Tobias - planner",
            "Megan Walsh <megan.walsh@tempostaff.example.ie>",
            """Megan, we'd like to go ahead with Tobias. Happy with the rate we discussed and a
start on 26 October. Can you put the offer to him today? Thanks, Grainne"""),
    },
    {
        "kind": OFF, "name": "kleber_promesse_embauche_pdf", "lang": "fr",
        "key": "kleber-offer", "refs": ["kleber-move"],
        "company": "Boulangeries Kléber", "contact": "sophie.muller@boulangeries-kleber.example.fr",
        "sender": ("Sophie Muller", "sophie.muller@boulangeries-kleber.example.fr"),
        "subject": "Promesse d'embauche - Responsable planification",
        "date": "2026-07-03 10:12 +0200",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Suite à votre journée d'essai du 25 juin, qui a convaincu toute l'équipe de l'atelier, j'ai le plaisir de vous adresser ci-joint notre promesse d'embauche pour le poste de responsable planification.

Vous y trouverez les conditions convenues : CDI, prise de poste le 1er septembre 2026, rémunération annuelle brute de 42 000 euros, statut agent de maîtrise.

Merci de nous retourner le document signé avant le 15 juillet.

Au plaisir de vous accueillir,
Sophie Muller
Responsable ressources humaines
Boulangeries Kléber - 2 rue Lavoisier, 67200 Strasbourg
03 88 55 40 17
""",
        "html": True,
        "pdfs": [("Promesse_embauche_Kranz-Mwangi.pdf", [
            "Boulangeries Kléber - Promesse d'embauche",
            "M. Tobias Kranz-Mwangi",
            "",
            "Poste : Responsable planification, atelier central de Hautepierre",
            "Contrat : CDI, prise de poste le 1er septembre 2026",
            "Rémunération annuelle brute : 42 000 euros",
            "Statut : agent de maîtrise",
            "",
            "Bon pour accord, date et signature : ____________",
        ])],
    },
    {
        "kind": OFF, "name": "moulins_robertsau_formal_offer", "lang": "fr",
        "company": "Moulins de la Robertsau", "contact": "a.klein@moulins-robertsau.example.fr",
        "sender": ("Aurélien Klein", "a.klein@moulins-robertsau.example.fr"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Proposition d'embauche",
        "date": "2026-09-18 16:40 +0200",
        "text": _moulins_text,
        "html": paras_html(_moulins_text),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": OFF, "name": "talentogastro_montjuic_oferta", "lang": "es",
        "key": "montjuic-offer", "refs": ["talento-montjuic-invite"],
        "company": "Cervesera Montjuïc", "contact": "jordi.serra@talentogastro.example.es",
        "sender": ("Jordi Serra", "jordi.serra@talentogastro.example.es"),
        "subject": "¡Cervesera Montjuïc quiere hacerte una oferta!",
        "date": "2026-09-22 13:14 +0200",
        "text": """Hola Tobias,

¡Buenas noticias! Marta Vidal me acaba de llamar: en Cervesera Montjuïc quieren hacerte una oferta para el puesto de responsable de planificación de producción.

Lo que proponen: contrato indefinido, 41.000 euros brutos anuales, incorporación el 1 de noviembre y horario de mañana. La oferta por escrito te la mandará su departamento de personas esta semana.

¿Hablamos esta tarde para repasarla juntos antes de que respondas?

Enhorabuena,
Jordi Serra
Consultor · Talento Gastro BCN · +34 93 555 70 15
""",
    },
]

