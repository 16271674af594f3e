"""Corpus 303: acknowledgements of receipt and offers (hand-written specs)."""

from __future__ import annotations

from msgs303_common import ME

SL_SIG = (
    "Svenja Oltmanns\nPersonalreferentin\nStadtbahn Leinetal GmbH\n"
    "Am Küchengarten 14, 30449 Hannover\nTel. +49 511 7730 218"
)
SL_DISCLAIMER = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
    "Stadtbahn Leinetal GmbH, Sitz Hannover, Amtsgericht Hannover HRB 99812"
)
SL = ("Svenja Oltmanns", "s.oltmanns@stadtbahn-leinetal.example.de")
TARMAC_HR = ("Claire Fontaine", "claire.fontaine@tarmac-services.example.ch")

MESSAGES = [
    # ------------------------------------------------------------ acknowledgements, de
    {
        "id": "sl_ack", "kind": "application_received", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "",
        "date": "2026-02-03 08:41 +0100",
        "frm": ("Stadtbahn Leinetal", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Verkehrsplaner/in (m/w/d) – Eingangsbestätigung",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihr Interesse an der Stadtbahn Leinetal und für Ihre Bewerbung als
Verkehrsplaner/in (m/w/d) im Bereich Angebotsplanung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen alle Bewerbungen sorgfältig
und melden uns in den nächsten drei Wochen bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Recruiting-Team der Stadtbahn Leinetal

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
        "html": True, "cte": "quoted-printable",
        "footer": "Stadtbahn Leinetal GmbH · Am Küchengarten 14 · 30449 Hannover",
    },
    {
        "id": "weserbus_ack", "kind": "application_received", "lang": "de",
        "company": "Weserbus", "contact": "",
        "date": "2026-01-20 14:02 +0000",
        "frm": ("Weserbus Karriere", "noreply@successfactors.eu"),
        "subject": "Eingang Ihrer Bewerbung - Disponent Leitstelle (w/m/d), Ref. 2026-0117",
        "text": """Guten Tag Herr Papadakis,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Disponent Leitstelle (w/m/d) in
Bremen-Sebaldsbrück.

Bitte haben Sie Verständnis dafür, dass die Auswahl einige Zeit in Anspruch nehmen kann.
Sobald wir Ihre Unterlagen gesichtet haben, erhalten Sie eine Nachricht von uns.

Mit freundlichen Grüßen
Weserbus GmbH - Personalgewinnung

Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "nhm_ack", "kind": "application_received", "lang": "de",
        "company": "Nordhessen Mobil", "contact": "reply",
        "date": "2026-02-11 10:15 +0100",
        "frm": ("Nordhessen Mobil Recruiting", "no-reply@personio.de"),
        "reply": ("Bewerbermanagement Nordhessen Mobil", "bewerbung@nordhessen-mobil.example.de"),
        "subject": "Danke für Ihre Bewerbung bei Nordhessen Mobil",
        "text": """Hallo Dimitri Papadakis,

danke, dass Sie sich für die Position „Mitarbeiter Betriebsleitstelle Bus (m/w/d)“ in Kassel
beworben haben. Ihre Bewerbung ist bei uns angekommen.

Unser Team schaut sich Ihre Unterlagen in Ruhe an. Fragen können Sie gern direkt mit einer
Antwort auf diese E-Mail stellen – sie landet bei unserem Bewerbermanagement.

Viele Grüße
Ihr Team von Nordhessen Mobil""",
        "html": True, "cte": "base64",
    },
    {
        "id": "murtal_ack", "kind": "application_received", "lang": "de",
        "company": "Murtal Linien", "contact": "from",
        "date": "2026-02-26 16:48 +0100",
        "frm": ("Katharina Wallner", "k.wallner@murtal-linien.example.at"),
        "subject": "AW: Bewerbung Disponent Fahrdienst – Dimitri Papadakis",
        "text": """Sehr geehrter Herr Papadakis,

danke für Ihre Bewerbung, die ich gestern erhalten habe. Ich habe Ihre Unterlagen an unseren
Betriebsleiter, Herrn Pichler, weitergegeben. Wir melden uns voraussichtlich Mitte März.

Beste Grüße aus Graz
Katharina Wallner
Personalentwicklung
Murtal Linien GmbH
Eggenberger Gürtel 71, 8020 Graz
T +43 316 8841 302""",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "id": "swf_ack", "kind": "application_received", "lang": "de",
        "company": "Stadtwerke Fuldatal", "contact": "",
        "date": "2026-03-09 07:30 +0000",
        "frm": ("Stadtwerke Fuldatal – Karriere", "donotreply@icims.com"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Bewerbung als Schichtleiter Netzleitstelle (m/w/d) bei den Stadtwerken
Fuldatal.

Wir haben Ihre Unterlagen erhalten. Aufgrund der hohen Anzahl an Bewerbungen ist es uns
leider nicht möglich, jedem Bewerber individuell zu antworten. Wenn Ihr Profil zu unseren
Anforderungen passt, nimmt unser Recruiting-Team Kontakt mit Ihnen auf.

Mit freundlichen Grüßen
Stadtwerke Fuldatal
Personal und Organisation""",
        "html": True, "html_only": True, "cte": "quoted-printable",
        "name_enc": ("utf-8", "B"),
    },
    {
        "id": "brinkmann_ack", "kind": "application_received", "lang": "de",
        "company": "Reisedienst Brinkmann", "contact": "from",
        "date": "2026-01-14 19:22 +0100",
        "frm": ("Heike Brinkmann", "bewerbung@brinkmann-reisen.example.de"),
        "subject": "Re: Bewerbung als Disponent Reiseverkehr",
        "parent": "own_app_brinkmann", "quote": True,
        "text": """Hallo Herr Papadakis,

Ihre Bewerbung ist angekommen, danke! Mein Mann und ich sind diese Woche noch mit einer
Gruppe in Südtirol unterwegs. Wir schauen uns alles in Ruhe an, wenn wir zurück sind.

Viele Grüße
Heike Brinkmann
Reisedienst Brinkmann GmbH & Co. KG
Lindener Marktplatz 3, 30449 Hannover""",
    },
    {
        "id": "zeitwerk_ack", "kind": "application_received", "lang": "de",
        "company": "Zeitwerk Personal", "contact": "from",
        "date": "2026-04-14 11:06 +0200",
        "frm": ("Marco Lindemann", "m.lindemann@zeitwerk-personal.example.de"),
        "subject": "Ihre Bewerbung: Disponent Nahverkehr (m/w/d) – Stellen-ID 44817",
        "text": """Guten Tag Herr Papadakis,

vielen Dank für Ihre Bewerbung über unser Portal. Ich bin Ihr Ansprechpartner bei Zeitwerk
Personal in Hannover und habe Ihr Profil erhalten.

Die Stelle ist bei einem Kunden aus dem Verkehrssektor in der Region Hannover angesiedelt,
zunächst in Arbeitnehmerüberlassung mit Option auf Übernahme. Ich prüfe Ihre Unterlagen und
rufe Sie in den nächsten Tagen an.

Freundliche Grüße

Marco Lindemann
Personaldisponent
Zeitwerk Personal GmbH – Niederlassung Hannover
Vahrenwalder Straße 160, 30165 Hannover
Tel. 0511 3380 4412""",
        "cte": "quoted-printable",
    },
    {
        "id": "rheinknie_ack", "kind": "application_received", "lang": "de",
        "company": "Rheinknie Verkehrsbetriebe", "contact": "",
        "date": "2026-03-18 13:55 +0100",
        "frm": ("Rheinknie Verkehrsbetriebe", "noreply@smartrecruiters.com"),
        "subject": "Bewerbung eingegangen: Fachspezialist/in Betriebsplanung 80–100 %",
        "text": """Grüezi Herr Papadakis

Besten Dank für Ihre Bewerbung als Fachspezialist/in Betriebsplanung 80–100 %. Wir haben
Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Sie hören innerhalb von zwei bis drei Wochen von uns.

Freundliche Grüsse
Rheinknie Verkehrsbetriebe AG
Human Resources""",
        "html": True,
    },
    {
        "id": "vgu_ack", "kind": "application_received", "lang": "de",
        "company": "Verkehrsverbund Graz-Umland", "contact": "",
        "date": "2026-05-06 09:12 +0000",
        "frm": ("Verkehrsverbund Graz-Umland", "no-reply@recruitee.com"),
        "subject": "Bestätigung: Ihre Bewerbung ist eingelangt",
        "text": """Sehr geehrter Herr Papadakis,

herzlichen Dank für Ihre Bewerbung als Fahrplanerstellung & Angebotsplanung (w/m/d).

Wir haben Ihre Bewerbung erhalten und melden uns, sobald wir eine erste Sichtung
abgeschlossen haben. Bis dahin bitten wir Sie um etwas Geduld.

Mit freundlichen Grüßen
Das Recruiting-Team
Verkehrsverbund Graz-Umland""",
        "html": True, "html_only": True, "cte": "base64",
    },
    {
        "id": "kessler_ack", "kind": "application_received", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-06-02 17:40 +0200",
        "frm": ("Dr. Annette Kessler", "a.kessler@kessler-roth.example.de"),
        "subject": "Ihre Unterlagen – Teamleitung Disposition, Hansa Kontor Logistik",
        "text": """Sehr geehrter Herr Papadakis,

herzlichen Dank für die Übersendung Ihrer Unterlagen für die Position Teamleitung
Disposition bei unserem Mandanten, der Hansa Kontor Logistik in Bremen.

Ich habe Ihre Bewerbung erhalten und werde sie in den kommenden Tagen mit dem Anforderungs-
profil abgleichen. Selbstverständlich behandeln wir Ihre Angaben streng vertraulich.

Mit besten Grüßen

Dr. Annette Kessler
Partnerin
Kessler & Roth Personalberatung
Schwachhauser Heerstraße 48 · 28209 Bremen
+49 421 6698 120""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    # ------------------------------------------------------------ acknowledgements, en
    {
        "id": "tarmac_ack", "kind": "application_received", "lang": "en",
        "company": "Tarmac Services", "contact": "",
        "date": "2026-05-04 06:03 +0000",
        "frm": ("Tarmac Services", "tarmacservices@myworkday.com"),
        "subject": "Application received: Ramp Operations Planner (R-10422)",
        "text": """Dear Dimitri,

Thank you for applying for the Ramp Operations Planner position (R-10422) at Tarmac Services,
EuroAirport Basel-Mulhouse.

We have received your application and our talent acquisition team will review it shortly. You
can follow the status of your application at any time by signing in to your candidate home
page.

Best regards,
Talent Acquisition
Tarmac Services

This is an automated message; replies to this address are not monitored.""",
        "html": True, "cte": "quoted-printable",
    },
    {
        "id": "orbis_ack", "kind": "application_received", "lang": "en",
        "company": "Orbis Ground Handling", "contact": "",
        "date": "2026-03-02 12:20 +0000",
        "frm": ("Orbis Ground Handling", "no-reply@greenhouse-mail.io"),
        "subject": "Thanks for applying to Orbis Ground Handling",
        "text": """Hi Dimitri,

Thanks for your interest in Orbis Ground Handling! We've received your application for
Turnaround Coordinator – Hannover Airport and our team is reviewing it.

Due to the high volume of applications, we are unable to respond to each applicant
individually. If your background fits what we are looking for, a member of our recruiting
team will be in touch.

Cheers,
The Orbis Talent Team""",
        "html": True,
    },
    {
        "id": "meridian_ack", "kind": "application_received", "lang": "en",
        "company": "Meridian Freight", "contact": "",
        "date": "2026-07-08 15:31 +0000",
        "frm": ("Meridian Freight", "no-reply@hire.lever.co"),
        "subject": "Your application to Meridian Freight",
        "text": """Dimitri,

Thank you for applying to the Linehaul Dispatcher (Bremen) opening at Meridian Freight. We
wanted to let you know that your application has been received.

We'll review your experience and reach out if there's a match. In the meantime, feel free to
learn more about life at Meridian on our careers page.

All the best,
Meridian Freight Recruiting""",
    },
    {
        "id": "cobalt_ack", "kind": "application_received", "lang": "en",
        "company": "Cobalt Mobility", "contact": "reply",
        "date": "2026-04-21 09:47 +0000",
        "frm": ("Cobalt Mobility Hiring Team", "no-reply@ashbyhq.com"),
        "reply": ("Cobalt Mobility Talent", "talent@cobalt-mobility.example.ch"),
        "subject": "We received your application – Operations Analyst, Transit Planning",
        "text": """Hi Dimitri,

Thanks for applying to the Operations Analyst, Transit Planning role at Cobalt Mobility in
Basel. Your application is in and a real person will look at it – usually within ten working
days.

If anything in your application changes, just reply to this email and it will reach our
talent team.

Thanks again,
Cobalt Mobility""",
        "html": True, "cte": "base64",
    },
    # ------------------------------------------------------------ acknowledgements, fr
    {
        "id": "trs_ack", "kind": "application_received", "lang": "fr",
        "company": "Transports Rhône-Saône", "contact": "",
        "date": "2026-05-12 10:04 +0200",
        "frm": ("Transports Rhône-Saône", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature – Régulateur·rice PC Bus",
        "text": """Bonjour Dimitri,

Merci pour votre candidature au poste de Régulateur·rice au poste central bus de
Transports Rhône-Saône à Lyon.

Nous l'avons bien reçue. Notre équipe recrutement l'étudie avec attention et reviendra vers
vous dans les meilleurs délais.

À très bientôt,
L'équipe Talents – Transports Rhône-Saône""",
        "html": True, "cte": "quoted-printable", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "beaujolais_ack", "kind": "application_received", "lang": "fr",
        "company": "Cars du Beaujolais", "contact": "from",
        "date": "2026-06-09 08:58 +0200",
        "frm": ("Sylvie Marchand", "s.marchand@cars-beaujolais.example.fr"),
        "subject": "Accusé de réception de votre candidature",
        "text": """Monsieur,

Nous accusons bonne réception de votre candidature au poste d'exploitant transport de
voyageurs, et nous vous en remercions.

Votre dossier sera examiné par notre directeur d'exploitation. Nous ne manquerons pas de
revenir vers vous d'ici la fin du mois.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Sylvie Marchand
Ressources humaines
Cars du Beaujolais SARL
12 route de Villefranche, 69400 Gleizé
04 74 65 22 18""",
        "cs": "iso-8859-1", "cte": "quoted-printable", "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "confluence_ack", "kind": "application_received", "lang": "fr",
        "company": "Logistique Confluence", "contact": "",
        "date": "2026-06-23 13:27 +0000",
        "frm": ("Logistique Confluence", "no-reply@hire.lever.co"),
        "subject": "Votre candidature chez Logistique Confluence",
        "text": """Bonjour Dimitri,

Nous vous remercions pour votre candidature au poste de Planificateur transport (H/F) à
Corbas.

Nous avons bien reçu votre dossier. Compte tenu du nombre important de candidatures, nous ne
pourrons pas répondre individuellement à chacune d'entre elles ; si votre profil retient notre
attention, nous vous contacterons.

Cordialement,
L'équipe recrutement""",
    },
    {
        "id": "presquile_ack", "kind": "application_received", "lang": "fr",
        "company": "Intérim Presqu'île", "contact": "from",
        "date": "2026-07-15 18:12 +0200",
        "frm": ("Mathilde Roussel", "m.roussel@interim-presquile.example.fr"),
        "subject": "Votre candidature – Agent d'exploitation logistique (mission longue)",
        "text": """Bonjour Monsieur Papadakis,

J'ai bien reçu votre candidature pour la mission d'agent d'exploitation logistique que nous
proposons pour l'un de nos clients, un transporteur de l'est lyonnais.

Je reviens vers vous dès que j'ai pu échanger avec le client sur les profils retenus.

Belle soirée,
Mathilde Roussel
Chargée de recrutement
Intérim Presqu'île – Agence Lyon 2
27 rue de la Charité, 69002 Lyon""",
        "name_enc": ("utf-8", "Q"),
    },
    # ------------------------------------------------------------ acknowledgements, es
    {
        "id": "turia_ack", "kind": "application_received", "lang": "es",
        "company": "Autobuses Turia", "contact": "from",
        "date": "2026-04-07 12:33 +0200",
        "frm": ("Recursos Humanos Autobuses Turia", "rrhh@autobuses-turia.example.es"),
        "subject": "Hemos recibido tu candidatura – Técnico/a de planificación de servicios",
        "text": """Hola Dimitri:

Te confirmamos que hemos recibido tu candidatura para el puesto de Técnico/a de
planificación de servicios en nuestras cocheras de Valencia.

Revisaremos tu perfil en las próximas semanas. Si tienes cualquier duda, puedes escribirnos a
esta misma dirección.

Un saludo,
Departamento de Recursos Humanos
Autobuses Turia, S.A.
Avenida del Cid 88, 46018 Valencia""",
        "cs": "iso-8859-1", "cte": "quoted-printable", "subj_enc": ("utf-8", "B"),
    },
    {
        "id": "translevante_ack", "kind": "application_received", "lang": "es",
        "company": "TransLevante", "contact": "",
        "date": "2026-08-04 07:52 +0000",
        "frm": ("TransLevante", "noreply@workablemail.com"),
        "subject": "Gracias por tu candidatura a Jefe/a de Tráfico – TransLevante",
        "text": """Hola Dimitri,

¡Gracias por tu interés en TransLevante! Hemos recibido correctamente tu candidatura para
Jefe/a de Tráfico en Ribarroja del Turia.

Nuestro equipo la revisará y, si encaja con lo que buscamos, te contactaremos para los
siguientes pasos.

Saludos,
Equipo de Selección de TransLevante""",
        "html": True, "html_only": True,
    },
    {
        "id": "rampa_ack", "kind": "application_received", "lang": "es",
        "company": "Rampa Levante", "contact": "",
        "date": "2026-08-18 10:09 +0000",
        "frm": ("Rampa Levante", "notifications@bamboohr.com"),
        "subject": "Confirmación de recepción de candidatura",
        "text": """Estimado Dimitri Papadakis:

Le agradecemos su interés en Rampa Levante Servicios Aeroportuarios. Su candidatura al puesto
de Coordinador/a de operaciones de rampa en el aeropuerto de Valencia ha sido registrada
correctamente.

Por el volumen de solicitudes no podemos responder de forma personal a cada persona
candidata. Nuestro equipo le contactará si su perfil avanza en el proceso.

Atentamente,
Rampa Levante – Selección""",
        "cte": "base64",
    },
    # ------------------------------------------------------------ offers
    {
        "id": "sl_offer_verbal", "kind": "offer", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "from",
        "date": "2026-04-02 15:26 +0200",
        "frm": SL,
        "subject": "Unser Telefonat heute – Angebot Verkehrsplaner",
        "text": f"""Lieber Herr Papadakis,

wie eben am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als Verkehrsplaner im
Bereich Angebotsplanung anbieten zu können.

Kurz zusammengefasst: Einstieg zum 1. Juni 2026, Eingruppierung in TV-N Niedersachsen
Entgeltgruppe 8, 39 Stunden pro Woche, unbefristet nach sechs Monaten Probezeit. Das
schriftliche Angebot schicke ich Ihnen in den nächsten Tagen zu.

Geben Sie mir gern bis zum 15. April Bescheid, ob Sie annehmen möchten.

Herzliche Grüße
{SL_SIG}

{SL_DISCLAIMER}""",
        "cte": "quoted-printable",
    },
    {
        "id": "sl_offer_letter", "kind": "offer", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "from",
        "date": "2026-04-08 10:02 +0200",
        "frm": SL, "parent": "sl_offer_verbal", "quote": True,
        "subject": "Ihr Vertragsangebot – Verkehrsplaner (m/w/d)",
        "text": f"""Sehr geehrter Herr Papadakis,

anbei erhalten Sie unser schriftliches Vertragsangebot für die Position Verkehrsplaner
(m/w/d). Bitte lesen Sie es in Ruhe durch; bei Fragen zu Entgelt oder Dienstplanmodell rufen
Sie mich gern an.

Mit freundlichen Grüßen
{SL_SIG}""",
        "pdf": [("Vertragsangebot_Papadakis.pdf", [
            "Stadtbahn Leinetal - Personalabteilung",
            "Vertragsangebot fuer Herrn Dimitri Papadakis",
            "Position: Verkehrsplaner (m/w/d), Angebotsplanung",
            "Beginn: 01.06.2026, TV-N Niedersachsen EG 8",
        ])],
        "html": True, "cte": "quoted-printable",
    },
    {
        "id": "sl_contract", "kind": "offer", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "reply",
        "date": "2026-04-20 08:15 +0200",
        "frm": ("Personalabteilung Stadtbahn Leinetal", "personal@stadtbahn-leinetal.example.de"),
        "reply": SL,
        "subject": "Arbeitsvertrag zur Unterschrift",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Zusage! Anbei senden wir Ihnen Ihren Arbeitsvertrag in zweifacher
Ausfertigung als PDF. Bitte unterschreiben Sie beide Exemplare und senden Sie eines bis zum
30. April an uns zurück – per Post oder eingescannt an Frau Oltmanns.

Mit freundlichen Grüßen
Ihre Personalabteilung
Stadtbahn Leinetal GmbH""",
        "pdf": [("Arbeitsvertrag_Papadakis.pdf", [
            "Arbeitsvertrag",
            "zwischen der Stadtbahn Leinetal GmbH und Herrn Dimitri Papadakis",
            "Taetigkeit: Verkehrsplaner, Beginn 01.06.2026",
        ])],
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "zeitwerk_offer", "kind": "offer", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-05-19 13:48 +0200",
        "frm": ("Marco Lindemann", "m.lindemann@zeitwerk-personal.example.de"),
        "subject": "Gute Nachrichten von der Hansa Kontor Logistik",
        "text": """Hallo Herr Papadakis,

ich habe gerade mit der Hansa Kontor Logistik telefoniert: Man möchte Sie ab dem 1. Juli als
Disponent im Nahverkehrsteam einsetzen – zunächst über uns in Überlassung, nach neun Monaten
mit Übernahme. Stundenlohn 21,40 EUR plus Schichtzulagen, wie besprochen.

Wenn Sie zusagen, bereite ich den Vertrag vor und schicke ihn Ihnen zur Unterschrift.

Viele Grüße
Marco Lindemann
Zeitwerk Personal – Niederlassung Hannover
Tel. 0511 3380 4412""",
    },
    {
        "id": "tarmac_contract_de", "kind": "offer", "lang": "de",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-07-02 09:30 +0200",
        "frm": ("Reto Baumgartner", "reto.baumgartner@tarmac-services.example.ch"),
        "subject": "Arbeitsvertrag Ramp Operations Planner – bitte unterzeichnen",
        "parent": "tarmac_offer_revised", "quote": True,
        "text": """Guten Tag Herr Papadakis

Im Anschluss an das Angebot von Frau Fontaine erhalten Sie beiliegend Ihren Arbeitsvertrag
nach Schweizer Recht (Arbeitsort Flughafen, Schweizer Sektor). Bitte unterzeichnen Sie ihn
und senden Sie ihn bis am 10. Juli an mich zurück.

Freundliche Grüsse

Reto Baumgartner
HR Business Partner
Tarmac Services AG · Postfach · 4030 Basel
+41 61 325 77 40""",
        "pdf": [("Arbeitsvertrag_Tarmac_Papadakis.pdf", [
            "Tarmac Services AG - Arbeitsvertrag",
            "Arbeitnehmer: Dimitri Papadakis",
            "Funktion: Ramp Operations Planner, Eintritt 01.09.2026",
        ])],
        "cte": "base64",
    },
    {
        "id": "tarmac_offer_verbal", "kind": "offer", "lang": "en",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-06-12 17:05 +0200",
        "frm": TARMAC_HR,
        "subject": "Following our call – offer for Ramp Operations Planner",
        "text": """Dear Dimitri,

It was a pleasure to speak with you this afternoon. As promised, here is a short summary of
the offer we discussed for the Ramp Operations Planner role:

- start date 1 August 2026, based at EuroAirport, Swiss sector
- annual gross salary CHF 86,400, paid in 13 instalments
- rotating shifts covering 05:00-23:00, five weeks of holiday

The formal offer letter will follow from our French HR office, since the letter is issued by
our Saint-Louis entity. Please let me know if you have any questions in the meantime.

Warm regards,
Claire Fontaine
Talent Acquisition Partner
Tarmac Services | EuroAirport Basel-Mulhouse-Freiburg
+41 61 325 77 12""",
        "html": True,
    },
    {
        "id": "tarmac_offer_revised", "kind": "offer", "lang": "en",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-06-24 11:40 +0200",
        "frm": TARMAC_HR, "parent": "own_tarmac_counter", "quote": True,
        "subject": "RE: Offer – Ramp Operations Planner",
        "text": """Hi Dimitri,

Good news: we can move your start date to 1 September as you asked, and we have raised the
annual salary to CHF 88,000. Everything else stays as in the offer letter.

If that works for you, please confirm by replying to this email and Reto will send the
contract.

Best,
Claire""",
    },
    {
        "id": "tarmac_offer_fr", "kind": "offer", "lang": "fr",
        "company": "Tarmac Services", "contact": "reply",
        "date": "2026-06-16 14:20 +0200",
        "frm": ("Service RH Tarmac Services", "rh-saintlouis@tarmac-services.example.fr"),
        "reply": ("Claire Fontaine", "claire.fontaine@tarmac-services.example.ch"),
        "subject": "Proposition d'embauche – Planificateur des opérations piste",
        "text": """Monsieur Papadakis,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Planificateur des
opérations piste au sein de Tarmac Services, à l'EuroAirport.

Vous trouverez ci-joint notre proposition d'embauche détaillant la rémunération, la date de
prise de poste et les conditions de travail. Nous vous remercions de nous faire part de votre
décision avant le 26 juin 2026.

Nous restons à votre disposition pour tout complément d'information.

Le service des ressources humaines
Tarmac Services SAS – Aéroport de Bâle-Mulhouse, 68300 Saint-Louis

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire.""",
        "pdf": [("Proposition_embauche_Papadakis.pdf", [
            "Tarmac Services - Proposition d'embauche",
            "Monsieur Dimitri Papadakis",
            "Poste: Planificateur des operations piste",
            "Prise de poste: 1er aout 2026",
        ])],
        "cs": "windows-1252", "cte": "quoted-printable", "subj_enc": ("windows-1252", "B"),
    },
    {
        "id": "aerosx_offer", "kind": "offer", "lang": "fr",
        "company": "Aéro Services Saint-Exupéry", "contact": "from",
        "date": "2026-09-15 16:44 +0200",
        "frm": ("Julien Garnier", "j.garnier@aero-sx.example.fr"),
        "subject": "Votre proposition de poste – Superviseur escale",
        "text": """Bonjour Dimitri,

Comme convenu au téléphone ce matin, je vous confirme notre souhait de vous accueillir en
tant que superviseur escale à l'aéroport Lyon-Saint-Exupéry, en CDI, à partir du 2 novembre.

Le salaire proposé est de 2 950 euros bruts mensuels sur 13 mois, avec prime de nuit et
tickets restaurant. Je vous envoie le contrat dès réception de votre accord.

Bien à vous,
Julien Garnier
Responsable d'escale
Aéro Services Saint-Exupéry
Zone fret 2, 69125 Colombier-Saugnieu
+33 4 72 22 91 40""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "turia_offer", "kind": "offer", "lang": "es",
        "company": "Autobuses Turia", "contact": "from",
        "date": "2026-05-28 13:10 +0200",
        "frm": ("Lucía Ferrer Navarro", "l.ferrer@autobuses-turia.example.es"),
        "subject": "Propuesta de incorporación – Técnico de planificación",
        "parent": "turia_resched", "quote": True,
        "text": """Hola Dimitri:

Tras la entrevista del martes, el equipo lo tiene claro: nos gustaría ofrecerte el puesto de
Técnico de planificación de servicios.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 32.500 euros brutos
anuales en 14 pagas, jornada de 38,5 horas e incorporación el 1 de julio. Si te encaja, te
pediría que nos respondieras antes del 5 de junio.

¡Enhorabuena!

Lucía Ferrer Navarro
Responsable de Selección
Autobuses Turia, S.A.
Tel. +34 963 41 27 80""",
        "pdf": [("Carta_oferta_Papadakis.pdf", [
            "Autobuses Turia - Carta de oferta",
            "Candidato: Dimitri Papadakis",
            "Puesto: Tecnico de planificacion de servicios",
        ])],
        "cte": "quoted-printable",
    },
]

_ = ME
