"""Corpus 260 — application acknowledgements (21) and offers (10), written by hand.
Words are this module's own."""

from __future__ import annotations

from msgs260_common import ME, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application_received

# ---------------------------------------------------------------- German (10)

add({
    "kind": "application_received", "slug": "ruhrtakt_successfactors_no_individual_reply", "lang": "de",
    "company": "Ruhrtakt Verkehrsbetriebe", "contact": "",
    "key": "ruhrtakt_ack",
    "frm": ("Ruhrtakt Verkehrsbetriebe", "noreply@successfactors.eu"),
    "subject": "Eingangsbestätigung: Verkehrsplaner (m/w/d) Angebotsplanung Bus – Job-ID 48817",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-03-10 07:02", "tz": "+0000",
    "headers": [("Auto-Submitted", "auto-generated"), ("X-SF-Template", "APPL_CONFIRM_DE")],
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Ruhrtakt Verkehrsbetriebe · Karriere", "color": "#00796b",
                   "footer": "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Ruhrtakt Verkehrsbetriebe GmbH, Deggingstraße 40, 44141 Dortmund."},
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

vielen Dank für Ihre Bewerbung auf die Position Verkehrsplaner (m/w/d) Angebotsplanung Bus (Job-ID 48817). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns, sobald wir die Auswahl für die Gespräche getroffen haben. Das kann einige Wochen dauern. Aufgrund der großen Zahl an Zuschriften können wir leider nicht auf jede Nachfrage zum Bearbeitungsstand einzeln antworten – den aktuellen Status sehen Sie jederzeit in Ihrem Kandidatenprofil: https://career5.successfactors.eu/career?company=ruhrtakt

Mit freundlichen Grüßen
Ihr Team Personalgewinnung""",
})

add({
    "kind": "application_received", "slug": "pott_personal_pool_registration", "lang": "de",
    "company": "Pott Personal", "contact": "",
    "key": "pott_ack",
    "frm": ("Pott Personal Bewerberservice", "noreply@pott-personal.example.de"),
    "subject": "Willkommen bei Pott Personal – Ihre Registrierung ist abgeschlossen",
    "date": "2026-02-02 18:44",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Pott Personal", "color": "#d84315",
                   "footer": "Pott Personal GmbH · Königswall 21 · 44137 Dortmund · Diese Nachricht wurde automatisch versendet."},
    "body": """Hallo Herr Nwachukwu-Falk,

schön, dass Sie da sind! Ihr Profil in unserem Bewerberpool ist angelegt, und Ihr Lebenslauf ist hochgeladen.

Ihr persönlicher Ansprechpartner in der Niederlassung Dortmund ist Dennis Kowalczyk. Er schaut sich Ihr Profil in den nächsten Tagen an und ruft Sie an, um Ihre Wünsche (Planung, Disposition, Schichtzeiten) zu besprechen.

Ihre Zugangsdaten für das Bewerberportal haben Sie mit separater E-Mail erhalten.

Ihr Team von Pott Personal""",
})

add({
    "kind": "application_received", "slug": "domstadt_workday_html_only", "lang": "de",
    "company": "Domstadt Bahnen", "contact": "",
    "key": "domstadt_ack",
    "frm": ("Domstadt Bahnen Karriere", "domstadtbahnen@myworkday.com"),
    "subject": "Wir haben Ihre Bewerbung erhalten (R-2026-0117)",
    "date": "2026-01-19 21:33", "tz": "+0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Domstadt Bahnen | Karriere", "color": "#c8102e",
                   "footer": "Diese Nachricht wurde automatisch erstellt. Domstadt Bahnen AG, Ottoplatz 9, 50679 Köln"},
    "body": """Guten Tag Herr Nwachukwu-Falk,

herzlichen Dank für Ihr Interesse an der Position Verkehrsplaner*in Netzentwicklung (R-2026-0117). Ihre Bewerbung ist bei uns eingegangen und wird nun von der Fachabteilung geprüft.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen: https://domstadtbahnen.wd3.myworkday.com/careers

Freundliche Grüße
Ihr Recruiting-Team der Domstadt Bahnen""",
})

add({
    "kind": "application_received", "slug": "hellweg_eingangsbestaetigung_latin1", "lang": "de",
    "company": "Nahverkehrsverbund Hellweg", "contact": "p.nowicki@hellweg-verbund.example.de",
    "key": "hellweg_ack",
    "frm": ("Petra Nowicki", "p.nowicki@hellweg-verbund.example.de"),
    "subject": "Eingangsbestätigung - Ausschreibung 14/2026",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-04-20 09:58", "charset": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 17.04.2026 auf die Ausschreibung 14/2026 "Sachbearbeitung Nahverkehrsplanung".

Die Bewerbungsfrist endet am 30.04.2026. Danach wird die Auswahlkommission die Unterlagen sichten; wir bitten Sie bis dahin um etwas Geduld. Über das Ergebnis der Vorauswahl werden Sie schriftlich informiert.

Hinweis: Ihre personenbezogenen Daten verarbeiten wir ausschließlich zur Durchführung des Auswahlverfahrens (Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 18 DSG NRW).

Mit freundlichen Grüßen
Im Auftrag
Petra Nowicki
Personalservice
Nahverkehrsverbund Hellweg - Zweckverband
Bahnhofstraße 12 · 59423 Unna · Tel.: 02303 555-218""",
})

add({
    "kind": "application_received", "slug": "kanalhafen_personio_du_form", "lang": "de",
    "company": "Kanalhafen Logistik Dortmund", "contact": "",
    "key": "kanalhafen_ack",
    "frm": ("Kanalhafen Logistik Dortmund", "noreply@personio.de"),
    "subject": "Danke für deine Bewerbung, Hartmut!",
    "date": "2026-01-12 22:07",
    "form": "alt", "shell": "ats", "html_cte": "base64",
    "shell_args": {"brand": "Kanalhafen Logistik Dortmund", "color": "#005f73",
                   "footer": "Gesendet über Personio · Bitte antworte nicht auf diese E-Mail."},
    "body": """Hallo Hartmut,

deine Bewerbung als Junior Transportplaner (m/w/d) ist bei uns angekommen – danke dafür!

Unser Team schaut sie sich in den nächsten Tagen an. Wir melden uns spätestens in zwei Wochen bei dir, wie es weitergeht.

Bis dahin: Schau gern auf unserem Instagram-Kanal vorbei, da siehst du, wie es bei uns am Hafen zugeht.

Dein Kanalhafen-Team""",
})

add({
    "kind": "application_received", "slug": "vel_icims_plain_confirmation", "lang": "de",
    "company": "Verkehrsgesellschaft Ennepe-Lenne", "contact": "",
    "key": "vel_ack",
    "frm": ("VEL Karriereportal", "vel-verkehr@icims.com"),
    "subject": "Ihre Bewerbung ist eingegangen - Referenz 2026-4471",
    "date": "2026-06-15 08:12",
    "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

vielen Dank für Ihre Bewerbung als Planer/in Fahrplan und Umlauf (Referenz 2026-4471).

Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen. Bitte sehen Sie von telefonischen Nachfragen ab; wir kommen unaufgefordert auf Sie zu.

Mit freundlichen Grüßen
Personalentwicklung VEL

--
Dies ist eine automatisch versendete Nachricht des VEL-Karriereportals (powered by iCIMS). Antworten an diese Adresse können nicht bearbeitet werden.""",
})

add({
    "kind": "application_received", "slug": "bng_documents_received_reply", "lang": "de",
    "company": "Bochumer Nahverkehrsgesellschaft", "contact": "j.rehbein@bng-bochum.example.de",
    "key": "bng_ack", "parent": "bng_apply",
    "frm": ("Jutta Rehbein", "j.rehbein@bng-bochum.example.de"),
    "subject": "AW: Bewerbung als Mitarbeiter Angebotsplanung (Ihre Anzeige vom 28.07.)",
    "date": "2026-08-04 11:16", "cte": "8bit",
    "body": reply("""Sehr geehrter Herr Nwachukwu-Falk,

vielen Dank, Ihre Unterlagen haben wir erhalten und an Herrn Wiesmann aus der Angebotsplanung weitergeleitet. Wir melden uns in etwa zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Jutta Rehbein
Personalabteilung · Bochumer Nahverkehrsgesellschaft mbH
Universitätsstraße 58 · 44789 Bochum · Tel. 0234 555-1260""",
        "de", "2026-08-03 20:41", ME, """Sehr geehrte Frau Rehbein,

hiermit bewerbe ich mich auf Ihre Stelle als Mitarbeiter Angebotsplanung. Seit 2017 fahre ich im Linienverkehr in Dortmund und habe dabei gelernt, wo Fahrpläne in der Praxis haken.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "application_received", "slug": "transtalent_profile_created", "lang": "de",
    "company": "TransTalent Zeitarbeit", "contact": "s.oezdemir@transtalent.example.de",
    "key": "transtalent_ack",
    "frm": ("Selin Özdemir", "s.oezdemir@transtalent.example.de"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Ihr Profil bei TransTalent ist angelegt",
    "date": "2026-08-17 14:22", "cte": "quoted-printable",
    "body": """Hallo Herr Nwachukwu-Falk,

danke für das nette Gespräch heute Vormittag! Wie versprochen: Ihr Bewerberprofil ist bei uns angelegt, Lebenslauf, Führerschein Klasse D und Ihre Bescheinigung über die Weiterbildung sind drin.

Ich stelle Sie ab sofort bei passenden Kunden im Bereich Verkehrsplanung, Dienst- und Umlaufplanung vor – natürlich nur nach Rücksprache mit Ihnen.

Liebe Grüße
Selin Özdemir
Personaldisposition · TransTalent Zeitarbeit GmbH
Huyssenallee 15 · 45128 Essen · 0201 555 7300""",
})

add({
    "kind": "application_received", "slug": "els_stadtbahn_recruitee_ack", "lang": "de",
    "company": "Emscher-Lippe Stadtbahn", "contact": "",
    "frm": ("Emscher-Lippe Stadtbahn", "noreply@jobs.recruitee.com"),
    "subject": "Bewerbung erhalten: Disponent*in Leitstelle Stadtbahn",
    "date": "2026-05-05 12:30",
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Emscher-Lippe Stadtbahn", "color": "#ad1457",
                   "footer": "Powered by Recruitee · Emscher-Lippe Stadtbahn GmbH, Gelsenkirchen"},
    "body": """Hallo Hartmut,

wir bestätigen den Eingang deiner Bewerbung als Disponent*in Leitstelle Stadtbahn. Vielen Dank für dein Interesse!

So geht es weiter: Unser Recruiting sichtet die Unterlagen gemeinsam mit der Leitstelle. Du hörst in jedem Fall von uns – egal wie die Entscheidung ausfällt.

Viele Grüße aus Gelsenkirchen
Dein ELS-Recruiting""",
})

add({
    "kind": "application_received", "slug": "kessler_cv_in_database_reply_to", "lang": "de",
    "company": "Kessler Executive Search", "contact": "c.kessler@kessler-search.example.de",
    "key": "kessler_ack",
    "frm": ("Kessler Executive Search Sekretariat", "office@kessler-search.example.de"),
    "reply_to": [("Claudia Kessler", "c.kessler@kessler-search.example.de")],
    "subject": "Ihr Lebenslauf",
    "date": "2026-02-09 10:05",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

Ihren Lebenslauf haben wir erhalten und in unsere Kandidatendatenbank aufgenommen. Frau Kessler wird ihn in dieser Woche lesen und sich bei Interesse direkt bei Ihnen melden. Antworten auf diese E-Mail gehen direkt an sie.

Mit freundlichen Grüßen
Tanja Reuter
Assistenz der Geschäftsführung
Kessler Executive Search · Ruhrallee 9 · 45138 Essen""",
})

# ---------------------------------------------------------------- English (5)

add({
    "kind": "application_received", "slug": "maasland_greenhouse_cannot_reply_individually", "lang": "en",
    "company": "Maasland Transit", "contact": "",
    "key": "maasland_ack",
    "frm": ("Maasland Transit", "no-reply@greenhouse-mail.io"),
    "subject": "Thank you for applying to Maasland Transit",
    "date": "2026-05-04 08:16", "tz": "+0000",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Maasland Transit", "color": "#e65100",
                   "footer": "This message was sent by Maasland Transit via Greenhouse. Please do not reply."},
    "body": """Hi Hartmut,

Thank you for your application for the Service Planner position at Maasland Transit. We've received it and our recruiting team will review it carefully.

We receive many applications for each role, so unfortunately we cannot reply to every applicant individually. If your profile matches what we're looking for, a recruiter will contact you within three weeks.

Thanks again for your interest in helping us move South Limburg.

The Maasland Transit Recruiting Team""",
})

add({
    "kind": "application_received", "slug": "mvl_lever_received", "lang": "en",
    "company": "Meuse Valley Logistics", "contact": "",
    "key": "mvl_ack",
    "frm": ("Meuse Valley Logistics", "no-reply@hire.lever.co"),
    "subject": "Meuse Valley Logistics - we've got your application",
    "date": "2026-02-23 15:51", "tz": "+0000",
    "form": "alt", "shell": "ats", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Meuse Valley Logistics", "color": "#00695c"},
    "body": """Hi Hartmut,

Thanks for applying for Transport Planner (Cross-dock, Maastricht). Your application and questionnaire have been submitted successfully.

What happens next: our team reviews every application against the role requirements. You'll hear from us by email either way.

Best,
Meuse Valley Logistics Talent Acquisition""",
})

add({
    "kind": "application_received", "slug": "euregio_ashby_plain_ack", "lang": "en",
    "company": "Euregio Rail Partners", "contact": "",
    "key": "euregio_ack",
    "frm": ("Euregio Rail Partners", "no-reply@ashbyhq.com"),
    "subject": "Application received: Timetable Planner (Aachen/Maastricht)",
    "date": "2026-03-02 12:00", "tz": "+0000",
    "body": """Hi Hartmut,

We've received your application for Timetable Planner (Aachen/Maastricht). Thanks for your interest in Euregio Rail Partners!

Our hiring team reviews applications on a rolling basis. If there's a match, someone from our talent team will get in touch to arrange next steps.

Euregio Rail Partners
Sent via Ashby""",
})

add({
    "kind": "application_received", "slug": "brightpath_registered_after_call", "lang": "en",
    "company": "Brightpath Recruitment", "contact": "sanne.kuipers@brightpath.example.nl",
    "key": "brightpath_ack",
    "frm": ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"),
    "subject": "Great to speak today - you're registered with Brightpath",
    "date": "2026-06-01 17:30",
    "form": "alt", "shell": "simple",
    "body": """Hi Hartmut,

Lovely to speak this afternoon. As promised, I've registered you with Brightpath and saved your CV and right-to-work details on our system, so I can put you forward for planning roles in Limburg and across the border.

Next, I'll send your profile (only with your OK) to two clients I have in mind: a bus operator in Parkstad and a port logistics company in Stein.

Kind regards,
Sanne

Sanne Kuipers | Senior Consultant, Logistics & Mobility
Brightpath Recruitment | Stationsplein 4, 6221 BT Maastricht
+31 43 555 0192""",
})

add({
    "kind": "application_received", "slug": "tricity_bamboohr_received", "lang": "en",
    "company": "Tricity Couriers", "contact": "",
    "frm": ("Tricity Couriers", "noreply@bamboohr.com"),
    "subject": "We've received your CV - Dispatch Planner (Cologne)",
    "date": "2026-07-15 10:02",
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Tricity Couriers", "color": "#2e7d32",
                   "footer": "Sent by BambooHR on behalf of Tricity Couriers. Replies to this address are not monitored."},
    "body": """Hello Hartmut,

We've received your CV for the Dispatch Planner position in Cologne - thank you!

We're reading every application ourselves, so it may take us a couple of weeks to get back to you. We'll update you as soon as we've made a shortlist.

Cheers,
The Tricity Couriers team""",
})

# ---------------------------------------------------------------- French (3)

add({
    "kind": "application_received", "slug": "stm_smartrecruiters_accuse", "lang": "fr",
    "company": "Société des Transports Mosans", "contact": "",
    "key": "stm_ack",
    "frm": ("Société des Transports Mosans", "no-reply@smartrecruiters.com"),
    "enc": {"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
    "subject": "Nous avons bien reçu votre candidature – Planificateur réseau (STM-26-052)",
    "date": "2026-06-01 07:45",
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Société des Transports Mosans", "color": "#c62828",
                   "footer": "Powered by SmartRecruiters. Merci de ne pas répondre à ce message."},
    "body": """Bonjour Hartmut,

Nous vous remercions pour votre candidature au poste de planificateur réseau (réf. STM-26-052). Elle a bien été enregistrée.

Notre équipe recrutement va l'étudier avec attention. Si votre profil est retenu pour la suite du processus, nous prendrons contact avec vous dans les prochaines semaines.

Cordialement,
Le service Recrutement de la STM""",
})

add({
    "kind": "application_received", "slug": "interimplus_inscription_confirmee", "lang": "fr",
    "company": "Intérim Plus Wallonie", "contact": "g.renard@interimplus.example.be",
    "key": "interim_ack",
    "frm": ("Intérim Plus Wallonie", "inscriptions@interimplus.example.be"),
    "reply_to": [("Gaëlle Renard", "g.renard@interimplus.example.be")],
    "enc": {"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q"), "reply_to": ("iso-8859-1", "Q")},
    "subject": "Votre inscription chez Intérim Plus est confirmée",
    "date": "2026-05-04 16:05", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Votre inscription chez Intérim Plus Wallonie est confirmée. Votre CV et votre permis de conduire (catégorie D) ont été ajoutés à votre dossier.

Votre consultante, Gaëlle Renard, vous contactera pour vous proposer des missions de planification et de dispatching dans la région de Liège. Vous pouvez lui répondre directement à ce message.

À bientôt,
Intérim Plus Wallonie - Agence de Liège
Boulevard d'Avroy 52, 4000 Liège""",
})

add({
    "kind": "application_received", "slug": "immo_taleo_pas_de_reponse_individuelle", "lang": "fr",
    "company": "Intercommunale de Mobilité Meuse-Ourthe", "contact": "",
    "frm": ("IMMO Recrutement", "immo-mobilite@taleo.net"),
    "subject": "Accusé de réception de votre candidature - Réf. IMMO-2026-07",
    "enc": {"subject": ("iso-8859-1", "B")},
    "date": "2026-03-30 06:30",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats", "html_charset": "windows-1252", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Intercommunale de Mobilité Meuse-Ourthe", "color": "#283593",
                   "footer": "Message généré automatiquement – merci de ne pas y répondre."},
    "body": """Madame, Monsieur,

Nous accusons réception de votre candidature pour la fonction d’attaché « planification de la mobilité » (réf. IMMO-2026-07).

En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chaque candidat avant la clôture de l’appel. Les candidats présélectionnés seront invités aux épreuves écrites par courriel.

Nous vous remercions de l’intérêt que vous portez à notre intercommunale.

Le service des Ressources humaines""",
})

# ---------------------------------------------------------------- Spanish (3)

add({
    "kind": "application_received", "slug": "nerbioi_personio_recibida", "lang": "es",
    "company": "Autobuses Nerbioi", "contact": "",
    "key": "nerbioi_ack",
    "frm": ("Autobuses Nerbioi", "noreply@personio.de"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-07-06 13:20",
    "form": "alt", "shell": "ats", "cte": "quoted-printable", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Autobuses Nerbioi", "color": "#01579b",
                   "footer": "Enviado a través de Personio. Por favor, no respondas a este correo."},
    "body": """Hola Hartmut:

Gracias por tu interés en el puesto de Técnico/a de planificación en Autobuses Nerbioi. Hemos recibido tu candidatura correctamente.

Nuestro equipo de Recursos Humanos la revisará en los próximos días y te contactaremos si tu perfil encaja con lo que buscamos.

Un saludo,
Equipo de Personas – Autobuses Nerbioi""",
})

add({
    "kind": "application_received", "slug": "logistica_ria_smartrecruiters_ack", "lang": "es",
    "company": "Logística Ría de Bilbao", "contact": "",
    "key": "ria_ack",
    "frm": ("Logística Ría de Bilbao", "no-reply@smartrecruiters.com"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "Gracias por tu candidatura: Planificador/a de rutas",
    "date": "2026-05-08 08:03",
    "form": "alt", "shell": "ats", "html_cte": "base64", "cte": "base64",
    "shell_args": {"brand": "Logística Ría de Bilbao", "color": "#b71c1c",
                   "footer": "Powered by SmartRecruiters."},
    "body": """Hola Hartmut:

Te confirmamos que hemos recibido tu candidatura para el puesto de Planificador/a de rutas en Zorrotzaurre.

Revisaremos tu perfil y, si avanzas a la siguiente fase, te escribiremos para concertar una conversación. Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil de SmartRecruiters.

Equipo de Talento – Logística Ría de Bilbao""",
})

add({
    "kind": "application_received", "slug": "talento_norte_registro", "lang": "es",
    "company": "Talento Norte ETT", "contact": "a.etxeberria@talentonorte.example.es",
    "key": "talento_ack",
    "frm": ("Ane Etxeberria", "a.etxeberria@talentonorte.example.es"),
    "subject": "Ya estás registrado en Talento Norte",
    "date": "2026-09-21 13:45", "charset": "iso-8859-1", "cte": "8bit",
    "body": """Hola Hartmut:

Encantada de haber hablado contigo esta mañana. Ya estás registrado en nuestra base de datos con tu CV en castellano e inglés, tu carné D y tu disponibilidad a partir de noviembre.

Te iré enviando ofertas de planificación y tráfico en Bizkaia que encajen contigo. Cualquier cambio, me escribes directamente.

Un saludo,
Ane Etxeberria
Consultora - Talento Norte ETT
Gran Vía 45, 48011 Bilbao · 944 555 377""",
})

# ================================================================ offers

# ---------------------------------------------------------------- German (5)

add({
    "kind": "offer", "slug": "bng_verbal_offer_follow_up", "lang": "de",
    "company": "Bochumer Nahverkehrsgesellschaft", "contact": "f.wiesmann@bng-bochum.example.de",
    "key": "bng_verbal", "parent": "bng_trial",
    "frm": ("Frank Wiesmann", "f.wiesmann@bng-bochum.example.de"),
    "cc": [("Jutta Rehbein", "j.rehbein@bng-bochum.example.de")],
    "subject": "Unser Telefonat von heute – Ihr Einstieg in der Angebotsplanung",
    "date": "2026-08-27 16:02", "cte": "quoted-printable",
    "body": """Lieber Herr Nwachukwu-Falk,

wie heute Mittag am Telefon besprochen, möchten wir Sie sehr gern als Mitarbeiter in der Angebotsplanung einstellen. Der Hospitationstag hat uns überzeugt – allen voran Ihr Blick darauf, wo Wendezeiten im Alltag zu knapp sind.

Noch einmal die Eckdaten:
- Eingruppierung: EG 8 TV-N NW, Stufe 3
- Beginn: 1. November 2026, unbefristet
- 39 Stunden/Woche, Gleitzeit, zwei Tage mobiles Arbeiten möglich
- Deutschlandticket Job inklusive

Frau Rehbein schickt Ihnen in den nächsten Tagen den Arbeitsvertrag zur Unterschrift. Bis dahin: Willkommen an Bord – zumindest fast.

Herzliche Grüße
Frank Wiesmann
Abteilungsleiter Angebotsplanung
Bochumer Nahverkehrsgesellschaft mbH · Universitätsstraße 58 · 44789 Bochum""",
})

add({
    "kind": "offer", "slug": "bng_contract_for_signature_pdf", "lang": "de",
    "company": "Bochumer Nahverkehrsgesellschaft", "contact": "j.rehbein@bng-bochum.example.de",
    "key": "bng_contract", "parent": "bng_verbal",
    "frm": ("Jutta Rehbein", "j.rehbein@bng-bochum.example.de"),
    "subject": "Ihr Arbeitsvertrag zur Unterschrift",
    "date": "2026-09-03 10:30", "charset": "windows-1252", "cte": "quoted-printable",
    "pdf": [{"name": "Arbeitsvertrag_Nwachukwu-Falk_BNG.pdf", "title": "Arbeitsvertrag",
             "lines": ["Zwischen der Bochumer Nahverkehrsgesellschaft mbH, Universitätsstraße 58, 44789 Bochum,",
                       "und Herrn Hartmut Nwachukwu-Falk wird folgender Arbeitsvertrag geschlossen:",
                       "§ 1 Beginn: 01.11.2026, unbefristet. Tätigkeit: Mitarbeiter Angebotsplanung.",
                       "§ 2 Probezeit: sechs Monate.", "§ 3 Vergütung: EG 8 TV-N NW, Stufe 3.",
                       "§ 4 Arbeitszeit: 39 Stunden wöchentlich, Gleitzeit nach Dienstvereinbarung.",
                       "", "Bochum, den 03.09.2026", "____________________      ____________________",
                       "Arbeitgeber                          Arbeitnehmer"]}],
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

wie von Herrn Wiesmann angekündigt, erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher Ausfertigung als PDF.

Bitte drucken Sie beide Exemplare aus, unterschreiben Sie sie und senden Sie uns ein Exemplar bis zum 18. September zurück – per Post oder eingescannt an diese Adresse. Für Ihre Personalakte benötigen wir außerdem Ihre Steuer-ID, die Sozialversicherungsnummer und eine Kopie Ihres Führerscheins.

Bei Fragen zum Vertrag rufen Sie mich gern an.

Mit freundlichen Grüßen
Jutta Rehbein
Personalabteilung
Bochumer Nahverkehrsgesellschaft mbH
Universitätsstraße 58 · 44789 Bochum · Tel. 0234 555-1260

Bochumer Nahverkehrsgesellschaft mbH · Sitz Bochum · Amtsgericht Bochum HRB 7712
Geschäftsführer: Volker Tenbrink
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den Empfänger bestimmt.""",
})

add({
    "kind": "offer", "slug": "transtalent_client_rrr_wants_you", "lang": "de",
    "company": "Rheinland Regio Rail", "contact": "s.oezdemir@transtalent.example.de",
    "key": "transtalent_offer", "parent": "transtalent_invite",
    "frm": ("Selin Özdemir", "s.oezdemir@transtalent.example.de"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Rheinland Regio Rail will Sie haben!",
    "date": "2026-09-08 11:48", "cte": "8bit",
    "body": """Hallo Herr Nwachukwu-Falk,

ich hab gerade mit Herrn Wirtz telefoniert: Rheinland Regio Rail möchte Ihnen ein Angebot machen! Er war vom Gespräch und der Führung sehr angetan.

Konkret: Einsatz als Umlaufplaner SEV über uns ab 1. Oktober, 37,5 Stunden, Stundenlohn 24,80 € plus Branchenzuschlag. Nach neun Monaten will RRR Sie fest übernehmen, das steht so auch im Angebot.

Den schriftlichen Einsatzvertrag schicke ich Ihnen morgen. Rufen Sie mich gern heute noch an, wenn Sie Fragen haben – ich freu mich riesig für Sie!

Liebe Grüße
Selin Özdemir
TransTalent Zeitarbeit GmbH · 0201 555 7300""",
})

add({
    "kind": "offer", "slug": "movedata_offer_letter_pdf", "lang": "de",
    "company": "MoveData Analytics", "contact": "jana.okafor@movedata.example.de",
    "parent": "movedata_move",
    "frm": ("Jana Okafor", "jana.okafor@movedata.example.de"),
    "subject": "Dein Angebot von MoveData 🎉",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-09-24 15:15",
    "form": "alt", "shell": "simple", "cte": "quoted-printable",
    "pdf": [{"name": "MoveData_Angebot_Mobility_Planner.pdf", "title": "Angebotsschreiben",
             "lines": ["MoveData Analytics GmbH, Mediapark 5, 50670 Köln", "",
                       "Position: Mobility Planner (Operations Insights)",
                       "Start: 1. Dezember 2026", "Bruttojahresgehalt: 54.000 EUR + 5 % Bonus",
                       "Urlaub: 30 Tage", "Arbeitsort: Köln, hybrid (3 Tage Büro)",
                       "Dieses Angebot gilt bis zum 5. Oktober 2026."]}],
    "body": """Hallo Hartmut,

ich darf es endlich offiziell machen: Wir möchten dich als Mobility Planner im Team von Malte einstellen! Das Interview und deine Analyse des Pünktlichkeitsdatensatzes haben alle überzeugt.

Im Anhang findest du unser Angebotsschreiben mit Gehalt, Startdatum und den wichtigsten Konditionen. Der Arbeitsvertrag folgt, sobald du zusagst.

Gib uns bitte bis zum 5. Oktober Bescheid. Wenn du vorher noch Fragen hast oder mit Malte sprechen möchtest, organisiere ich das gern.

Wir freuen uns auf dich!
Jana

Jana Okafor
Talent Acquisition | MoveData Analytics GmbH
Mediapark 5 · 50670 Köln""",
})

add({
    "kind": "offer", "slug": "wct_outlook_zusage", "lang": "de",
    "company": "Westfalen Cargo Terminal", "contact": "b.termathe@wct-muenster.example.de",
    "parent": "wct_move",
    "frm": ("Birgit Termathe", "b.termathe@wct-muenster.example.de"),
    "subject": "Vertragsangebot Verkehrsplaner KV-Terminal",
    "date": "2026-04-14 09:40", "charset": "windows-1252", "cte": "quoted-printable",
    "form": "alt", "shell": "outlook", "html_charset": "windows-1252",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

nach dem Gespräch am 31. März und Rücksprache mit der Geschäftsführung freue ich mich, Ihnen die Stelle als Verkehrsplaner KV-Terminal (m/w/d) anbieten zu können.

Wir stellen uns einen Beginn zum 1. Juni 2026 vor, Jahresgehalt 49.500 € brutto bei 40 Wochenstunden, 30 Urlaubstage, Jobrad und betriebliche Altersvorsorge. Die ersten drei Monate würden Sie von Herrn Vennemann eingearbeitet.

Bitte lassen Sie mich bis Ende nächster Woche wissen, ob Sie das Angebot annehmen. Den Vertrag bereiten wir dann umgehend vor.

Mit freundlichen Grüßen
Birgit Termathe
Personalreferentin
Westfalen Cargo Terminal GmbH · Am Hafenweg 30 · 48155 Münster · 0251 555 8840

Westfalen Cargo Terminal GmbH · Registergericht Münster HRB 20931 · Geschäftsführung: Dirk Hölscher
Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der beabsichtigte Empfänger sein, löschen Sie diese Nachricht bitte.""",
})

# ---------------------------------------------------------------- English (2)

add({
    "kind": "offer", "slug": "maasland_formal_offer_pdf", "lang": "en",
    "company": "Maasland Transit", "contact": "j.hendriks@maasland-transit.example.nl",
    "parent": "maasland_thanks",
    "frm": ("Joost Hendriks", "j.hendriks@maasland-transit.example.nl"),
    "cc": [("Femke de Wit", "femke.dewit@maasland-transit.example.nl")],
    "subject": "Offer of employment - Service Planner",
    "date": "2026-05-28 10:05",
    "form": "alt", "shell": "outlook",
    "pdf": [{"name": "Maasland_Transit_Offer_Nwachukwu-Falk.pdf", "title": "Offer of Employment",
             "lines": ["Maasland Transit B.V., Spoorweglaan 6, 6221 BS Maastricht", "",
                       "Dear Mr Nwachukwu-Falk,", "",
                       "We are pleased to offer you the position of Service Planner.",
                       "Start date: 1 August 2026. Contract: 12 months, with intent to make permanent.",
                       "Gross salary: EUR 4,150 per month + 8% holiday allowance.",
                       "Working hours: 38 per week. Place of work: Maastricht.",
                       "Please sign and return this letter by 8 June 2026."]}],
    "body": """Dear Hartmut,

It is my pleasure to offer you the position of Service Planner in our network planning team. Your answers during the interview, and your thank-you note afterwards, confirmed what Femke and I both felt: you understand timetables from the side that passengers and drivers actually live.

Please find our formal offer letter attached, including salary, start date and contract terms. If everything looks right, sign it and send it back to Femke by 8 June. We're also happy to help with the practicalities of cross-border commuting.

Warm regards,
Joost Hendriks
Head of Network Planning | Maasland Transit
Spoorweglaan 6, 6221 BS Maastricht | +31 43 555 4400""",
})

add({
    "kind": "offer", "slug": "brightpath_lps_wants_to_offer", "lang": "en",
    "company": "Limburg Port Services", "contact": "sanne.kuipers@brightpath.example.nl",
    "parent": "brightpath_move",
    "frm": ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"),
    "subject": "Good news from Limburg Port Services!",
    "date": "2026-07-02 13:10",
    "body": """Hi Hartmut,

I've just come off the phone with Wouter Kessels - Limburg Port Services want to make you an offer for the Barge & Truck Planner role!

Headlines: permanent contract, start 1 September, EUR 3,900 gross per month plus holiday pay, and they'll cover a TMS course in your first quarter. The written offer will come directly from their HR in the next couple of days.

Give me a ring when you can - I'd love to talk it through with you before you decide.

Kind regards,
Sanne

Sanne Kuipers | Brightpath Recruitment | +31 43 555 0192""",
})

# ---------------------------------------------------------------- French (2)

add({
    "kind": "offer", "slug": "stm_liege_offre_pdf", "lang": "fr",
    "company": "Société des Transports Mosans", "contact": "a.lambotte@stm-liege.example.be",
    "parent": "stm_move",
    "frm": ("Aurélie Lambotte", "a.lambotte@stm-liege.example.be"),
    "enc": {"from": ("iso-8859-1", "B")},
    "subject": "Proposition d'engagement – Planificateur réseau",
    "date": "2026-06-29 14:00", "cte": "quoted-printable",
    "pdf": [{"name": "STM_proposition_engagement_HNF.pdf", "title": "Proposition d'engagement",
             "lines": ["Société des Transports Mosans, Rue Léopold 37, 4000 Liège", "",
                       "Fonction : Planificateur réseau (réf. STM-26-052)",
                       "Contrat : durée indéterminée, temps plein (38 h)",
                       "Entrée en fonction : 1er septembre 2026",
                       "Rémunération : barème B2, 3.480 EUR bruts/mois, chèques-repas",
                       "Réponse souhaitée avant le 10 juillet 2026."]}],
    "body": """Bonjour Monsieur Nwachukwu-Falk,

J'ai le plaisir de vous annoncer que le comité de sélection a retenu votre candidature pour le poste de planificateur réseau. Nous souhaitons vous proposer un contrat à durée indéterminée à partir du 1er septembre 2026.

Vous trouverez en pièce jointe notre proposition d'engagement détaillant la fonction, la rémunération et les avantages. Merci de nous faire part de votre décision avant le 10 juillet.

Félicitations, et au plaisir de vous accueillir dans l'équipe de M. Wéry.

Aurélie Lambotte
Chargée de recrutement – Société des Transports Mosans
Rue Léopold 37, 4000 Liège · +32 4 555 40 12""",
})

add({
    "kind": "offer", "slug": "interimplus_meuse_conteneurs_proposition", "lang": "fr",
    "company": "Meuse Conteneurs", "contact": "g.renard@interimplus.example.be",
    "parent": "interim_invite",
    "frm": ("Gaëlle Renard", "g.renard@interimplus.example.be"),
    "enc": {"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
    "subject": "Meuse Conteneurs souhaite vous faire une proposition !",
    "date": "2026-05-21 12:30", "cte": "8bit",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Excellente nouvelle : M. Kabongo a beaucoup apprécié votre entretien de lundi et Meuse Conteneurs souhaite vous faire une proposition pour la mission de planificateur camion-barge.

Il s'agit d'une mission de six mois à temps plein à partir du 1er juin, au taux horaire de 21,40 € bruts, avec possibilité d'engagement fixe ensuite. Je vous envoie le contrat de mission dès que vous me donnez votre accord.

Appelez-moi quand vous voulez pour en discuter.

Gaëlle Renard
Consultante – Intérim Plus Wallonie
Boulevard d'Avroy 52, 4000 Liège · Tél. +32 4 555 21 90""",
})

# ---------------------------------------------------------------- Spanish (1)

add({
    "kind": "offer", "slug": "cmn_carta_oferta_pdf", "lang": "es",
    "company": "Consorcio de Movilidad del Nervión", "contact": "rrhh.seleccion@cmn.example.es",
    "parent": "cmn_test",
    "frm": ("Selección CMN - Mikel Zubiri", "rrhh.seleccion@cmn.example.es"),
    "subject": "Oferta de incorporación - Técnico/a de planificación de la red",
    "enc": {"subject": ("utf-8", "B"), "from": ("utf-8", "B")},
    "date": "2026-05-04 11:30", "charset": "iso-8859-1", "cte": "quoted-printable",
    "pdf": [{"name": "CMN_oferta_incorporacion.pdf", "title": "Carta de oferta",
             "lines": ["Consorcio de Movilidad del Nervión, Alameda de Recalde 18, Bilbao", "",
                       "Puesto: Técnico/a de planificación de la red (ref. CMN-PL-03)",
                       "Incorporación: 1 de julio de 2026", "Contrato: indefinido, jornada completa",
                       "Retribución bruta anual: 41.200 EUR en 14 pagas",
                       "Plazo de aceptación: 15 de mayo de 2026"]}],
    "body": """Estimado Sr. Nwachukwu-Falk:

Tras la jornada de evaluación del pasado 20 de abril, el tribunal le ha propuesto como candidato seleccionado para el puesto de Técnico/a de planificación de la red.

Nos complace ofrecerle la incorporación al Consorcio a partir del 1 de julio de 2026. Adjuntamos la carta de oferta con las condiciones del contrato.

Le rogamos que nos comunique su aceptación antes del 15 de mayo respondiendo a este correo.

Reciba un cordial saludo,
Mikel Zubiri
Área de Personas - Consorcio de Movilidad del Nervión""",
})
