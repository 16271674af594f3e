"""Corpus 252: application acknowledgements (21) and offers (10).

Each message is written by hand; only layout comes from msgs252_common.
"""

from __future__ import annotations

from msgs252_common import ats_card

ACK = "application_received"
OFF = "offer"

_RK_ACK = """Sehr geehrter Herr Adeyemi-Huber

Wir bestätigen den Eingang Ihrer Bewerbung für die Position Teamleiter/in Kundendienst Schaden (Req. 4471) und danken Ihnen für Ihr Interesse an der Rheinknie Versicherungen AG.

Ihre Unterlagen werden nun von unserem Recruiting-Team und der zuständigen Fachabteilung geprüft. Wir melden uns innert drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Freundliche Grüsse
Ihr HR-Team der Rheinknie Versicherungen AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
"""

_SUNDNET_ACK = """Guten Tag Lorenz

Vielen Dank für Ihr Interesse an Sundnet Telekom! Wir haben Ihre Bewerbung für die Stelle Teamleiter/in Customer Care (Zürich) erhalten.

Unser Team sieht sich jede Bewerbung genau an. Wenn Ihr Profil zu den Anforderungen passt, meldet sich jemand aus dem Recruiting innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüsse
Talent Acquisition, Sundnet Telekom
"""

_DIALOG_ACK = """Hallo Herr Adeyemi-Huber,

vielen Dank für Ihre Bewerbung als Supervisor Inbound (m/w/d)! Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir schauen uns Ihre Bewerbung in Ruhe an und melden uns so bald wie möglich bei Ihnen. Bis dahin bitten wir noch um etwas Geduld.

Ihr Recruiting-Team von DialogPunkt
"""

_ZHS_ACK = """Hallo Lorenz

Danke, dass du dich als Teamleiter/in Kundendialog bei Zürcher Stromnetz beworben hast! Deine Bewerbung ist bei uns angekommen.

Wir nehmen uns Zeit, jede Bewerbung sorgfältig anzuschauen, und melden uns in den nächsten zwei Wochen. Falls du in der Zwischenzeit deine Angaben ergänzen möchtest, kannst du das in deinem Kandidatenprofil tun.

Herzliche Grüsse
Das Recruiting-Team von Zürcher Stromnetz
"""

_VT_ACK = """Bonjour Lorenz,

Merci pour votre candidature au poste de Responsable d'équipe Service clients. Elle nous est bien parvenue.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais. En attendant, n'hésitez pas à découvrir nos équipes sur notre page carrière.

À bientôt,
L'équipe Talents de Vallée Télécom
"""

_TJ_ACK = """Bonjour Lorenz Adeyemi-Huber,

Nous accusons réception de votre candidature pour le poste de Chef(fe) d'équipe Relation clientèle (réf. 2600187).

En raison du nombre important de dossiers reçus, nous ne pouvons malheureusement pas répondre individuellement à chaque candidat avant la fin de la présélection. Si votre profil est retenu, un membre de notre équipe vous contactera directement.

Vous pouvez suivre l'état de votre candidature depuis votre espace personnel.

Le service Recrutement
Transjura Lignes SA
"""

_EMERALD_ACK = """Hi Lorenz,

Thanks for applying for the Customer Care Team Lead role at Emerald Mobile - we've received your application.

Our Talent team reviews every application by hand, so it may take a little while. If there's a match, we'll be in touch to set up a first conversation.

Best wishes,
The Emerald Mobile Talent Team
"""

_HARBOUR_ACK = """Dear Lorenz,

Thank you for your interest in Harbourline Insurance. This email confirms that we have received your application for Customer Service Team Leader (JR-3318).

You can review your application and its status at any time by signing in to your candidate home.

Talent Acquisition Team
Harbourline Insurance DAC
"""

_CONECTA_ACK = """Hola Lorenz:

¡Gracias por tu interés en Conecta Ibérica! Hemos recibido correctamente tu candidatura para el puesto de Coordinador/a de Atención al Cliente en Zúrich.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo en las próximas semanas.

Saludos cordiales,
Equipo de Selección de Conecta Ibérica
"""

_ALBA_ACK = """Hola Lorenz:

Confirmamos que hemos recibido tu solicitud para el puesto de Jefe/a de Equipo de Atención al Cliente (Ginebra).

Debido al gran volumen de candidaturas, lamentablemente no podemos responder de forma individual a cada persona. Si tu perfil encaja, te contactaremos para los siguientes pasos.

Equipo de Talento
Seguros Alba
"""

MSGS = [
    # ================================ application received =================================
    {
        "slug": "rheinknie_sf_ack",
        "kind": ACK, "lang": "de", "company": "Rheinknie Versicherungen", "contact": "",
        "from": ("Rheinknie Versicherungen AG", "no-reply@successfactors.eu"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Teamleiter/in Kundendienst Schaden",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-03 09:14", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _RK_ACK,
        "html": ats_card("Rheinknie Versicherungen – Karriere", "#7f1d1d", _RK_ACK,
                         ("Zum Karriereportal", "https://career5.successfactors.eu/career?company=rheinknie"),
                         "Rheinknie Versicherungen AG · Aeschengraben 12 · 4051 Basel"),
        "cte": "quoted-printable",
    },
    {
        "slug": "sundnet_greenhouse_ack",
        "kind": ACK, "lang": "de", "company": "Sundnet Telekom", "contact": "",
        "from": ("Sundnet Telekom", "no-reply@greenhouse-mail.io"),
        "subject": "Vielen Dank für Ihre Bewerbung bei Sundnet Telekom",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-01-14 18:22", "tz": "utc",
        "html": ats_card("Sundnet Telekom", "#15803d", _SUNDNET_ACK, None,
                         "Gesendet über Greenhouse. Bitte antworten Sie nicht auf diese E-Mail."),
    },
    {
        "slug": "aare_personio_ack",
        "kind": ACK, "lang": "de", "company": "Aare Rail Services", "contact": "",
        "from": ("Aare Rail Services AG", "no-reply@personio.de"),
        "subject": "Bewerbung eingegangen: Teamleiter/in Kundenservice Bahnhof Bern",
        "date": "2026-03-10 07:58",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Herr Adeyemi-Huber

Herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen sind vollständig bei uns eingetroffen und werden nun geprüft.

Wir erhalten für diese Stelle sehr viele Bewerbungen. Leider können wir nicht jeder Person einzeln auf Rückfragen antworten; Sie hören aber in jedem Fall von uns, sobald die Vorauswahl abgeschlossen ist – in der Regel innert 14 Tagen.

Freundliche Grüsse
Aare Rail Services AG – Human Resources
""",
    },
    {
        "slug": "brueckenkopf_registration",
        "kind": ACK, "lang": "de", "company": "Brückenkopf Personal",
        "contact": "dario.frei@brueckenkopf.example.ch",
        "from": ("Dario Frei", "dario.frei@brueckenkopf.example.ch"),
        "subject": "Willkommen bei Brückenkopf Personal – deine Registrierung",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-03-02 16:30",
        "cte": "quoted-printable",
        "text": """Hallo Lorenz

Schön, dass wir uns letzte Woche kennengelernt haben. Hiermit bestätige ich dir, dass dein Dossier mit Lebenslauf, Arbeitszeugnissen und Diplomen bei uns registriert ist. Wir stellen es nur nach Rücksprache mit dir einem Kunden vor.

Deine Wunschkriterien habe ich so erfasst:
– Teamleitung Kundenservice / Contact Center
– Region Basel, Pensum 80–100 %
– Branchen: Energie, Versicherung, Verkehr

Falls etwas nicht stimmt, gib mir Bescheid.

Beste Grüsse
Dario Frei
Personalberater
Brückenkopf Personal AG
Aeschenvorstadt 31, 4051 Basel
061 555 44 27
""",
        "html": "auto",
    },
    {
        "slug": "birsig_workday_ack",
        "kind": ACK, "lang": "de", "company": "Birsig Regiobahn", "contact": "",
        "from": ("Birsig Regiobahn", "birsigbahn@myworkday.com"),
        "subject": "Bewerbung erhalten – Kundenberater/in Reisezentrum mit Teamleitung",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-01-08 20:47", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Lorenz Adeyemi-Huber

Vielen Dank! Ihre Bewerbung für die Stelle Kundenberater/in Reisezentrum mit Teamleitung (R-10442) ist bei uns eingegangen.

Nächste Schritte: Unser Recruiting-Team prüft Ihre Unterlagen. Über Änderungen des Bewerbungsstatus informieren wir Sie per E-Mail.

Birsig Regiobahn AG

Bitte antworten Sie nicht auf diese automatisch versandte E-Mail.
""",
    },
    {
        "slug": "dialogpunkt_softgarden_ack",
        "kind": ACK, "lang": "de", "company": "DialogPunkt", "contact": "",
        "from": ("DialogPunkt GmbH", "no-reply@softgarden.io"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "date": "2026-03-16 12:09", "tz": "de",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _DIALOG_ACK,
        "html": ats_card("DialogPunkt", "#0f766e", _DIALOG_ACK, None,
                         "DialogPunkt GmbH · Habsburgerstrasse 90 · 79104 Freiburg\nDiese Nachricht wurde über softgarden versendet."),
        "cte": "base64",
    },
    {
        "slug": "kzm_bamboo_ack",
        "kind": ACK, "lang": "de", "company": "Kundenzentrum Mittelland", "contact": "",
        "from": ("Kundenzentrum Mittelland", "notifications@bamboohr.com"),
        "subject": "Bewerbung Teamleiter/in Outbound – Bestätigung",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-08-26 13:31",
        "text": """Guten Tag

Ihre Bewerbung ist erfolgreich in unserem System eingegangen. Vielen Dank für Ihr Interesse am Kundenzentrum Mittelland.

Was passiert jetzt? Wir sichten alle Dossiers bis zum Ende der Bewerbungsfrist am 4. September und melden uns danach bei allen Bewerbenden.

Kundenzentrum Mittelland AG, Bern
""",
    },
    {
        "slug": "talentwerk_registration",
        "kind": ACK, "lang": "de", "company": "Talentwerk Luzern",
        "contact": "yvonne.bucher@talentwerk-lu.example.ch",
        "from": ("Yvonne Bucher | Talentwerk Luzern", "yvonne.bucher@talentwerk-lu.example.ch"),
        "subject": "Ihre Registrierung bei Talentwerk Luzern",
        "date": "2026-06-15 17:20",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Grüezi Herr Adeyemi-Huber

Vielen Dank für das gute Gespräch in unserem Büro. Ich bestätige Ihnen hiermit gerne, dass Ihre Unterlagen bei uns eingegangen sind und wir Sie in unsere Kandidatendatenbank aufgenommen haben.

Wir präsentieren Ihr Dossier nur mit Ihrer ausdrücklichen Zustimmung, jeweils pro Stelle. Ein Mandat, über das ich Sie diese Woche informieren möchte, habe ich bereits im Kopf.

Herzlich
Yvonne Bucher
Senior Consultant
Talentwerk Luzern GmbH · Pilatusstrasse 22 · 6003 Luzern
041 555 90 12
""",
    },
    {
        "slug": "zhstromnetz_teamtailor_ack",
        "kind": ACK, "lang": "de", "company": "Zürcher Stromnetz", "contact": "",
        "from": ("Zürcher Stromnetz", "no-reply@teamtailor-mail.com"),
        "from_enc": ("utf-8", "B"),
        "subject": "Danke für deine Bewerbung, Lorenz!",
        "date": "2026-07-06 21:15",
        "text": _ZHS_ACK,
        "html": ats_card("Zürcher Stromnetz", "#0369a1", _ZHS_ACK,
                         ("Mein Kandidatenprofil", "https://zh-stromnetz.teamtailor.com/candidate/profile"),
                         "Zürcher Stromnetz AG · Tramstrasse 35 · 8050 Zürich"),
    },
    {
        "slug": "hvb_dossier_received",
        "kind": ACK, "lang": "de", "company": "Hauptstadt Verkehrsbetriebe",
        "contact": "nicole.lehmann@hvb-bern.example.ch",
        "from": ("Nicole Lehmann", "nicole.lehmann@hvb-bern.example.ch"),
        "subject": "Eingang Ihres Dossiers",
        "date": "2026-06-01 11:50",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Ihr Dossier für die Stelle Teamleitung Kundenzentrum ist heute bei uns eingetroffen – besten Dank. Herr Moser, Leiter Kundenzentrum, wird es in den nächsten Tagen sichten. Sie hören spätestens Mitte Juni von uns.

Freundliche Grüsse
Nicole Lehmann
Personaladministration
HVB Hauptstadt Verkehrsbetriebe, Eigerplatz 2, 3007 Bern
""",
    },
    # French
    {
        "slug": "vallee_teamtailor_ack",
        "kind": ACK, "lang": "fr", "company": "Vallée Télécom", "contact": "",
        "from": ("Vallée Télécom", "no-reply@teamtailor-mail.com"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Nous avons bien reçu votre candidature",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-07 07:45",
        "text": _VT_ACK,
        "html": ats_card("Vallée Télécom", "#be185d", _VT_ACK,
                         ("Découvrir nos équipes", "https://vallee-telecom.teamtailor.com/teams"),
                         "Vallée Télécom SA · Route de Meyrin 210 · 1217 Meyrin", lang="fr"),
        "cte": "quoted-printable",
    },
    {
        "slug": "mutuelle_cv_received",
        "kind": ACK, "lang": "fr", "company": "Mutuelle Lémanique",
        "contact": "emilie.favre@mutuelle-lemanique.example.ch",
        "from": ("Émilie Favre", "emilie.favre@mutuelle-lemanique.example.ch"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Votre CV - superviseur du service à la clientèle",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-02-20 10:03",
        "text": """Monsieur,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de superviseur du service à la clientèle, et vous en remercions.

Votre dossier est en cours d'examen. Je vous contacterai personnellement la semaine prochaine pour la suite.

Émilie Favre
Ressources humaines
Mutuelle Lémanique
Rue du Rhône 88, 1204 Genève

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
""",
    },
    {
        "slug": "transjura_taleo_ack",
        "kind": ACK, "lang": "fr", "company": "Transjura Lignes", "contact": "",
        "from": ("Transjura Lignes - Recrutement", "transjura@taleo.net"),
        "subject": "Accusé de réception - Poste 2600187",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-20 19:30", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _TJ_ACK,
        "html": ats_card("Transjura Lignes", "#1d4ed8", _TJ_ACK,
                         ("Mon espace candidat", "https://transjura.taleo.net/careersection/login"),
                         "Transjura Lignes SA - Rue de la Gare 14 - 2800 Delémont", lang="fr"),
    },
    {
        "slug": "alpha_registration",
        "kind": ACK, "lang": "fr", "company": "Alpha Placement",
        "contact": "karim.benali@alphaplacement.example.ch",
        "from": ("Karim Benali", "karim.benali@alphaplacement.example.ch"),
        "subject": "Inscription confirmée - Alpha Placement",
        "date": "2026-08-17 12:40",
        "text": """Bonjour Lorenz,

Suite à notre entretien de ce matin, je vous confirme votre inscription auprès d'Alpha Placement. Votre dossier est complet : CV, certificats de travail et diplômes.

Nous ne transmettons votre candidature à un client qu'après votre accord explicite. Je vous propose de faire le point par téléphone chaque quinzaine.

Bien à vous,
Karim Benali
Consultant senior
Alpha Placement Sàrl
Boulevard Carl-Vogt 45, 1205 Genève
+41 22 555 60 75
""",
    },
    {
        "slug": "ehr_ack_latin1",
        "kind": ACK, "lang": "fr", "company": "Énergie Haut-Rhin", "contact": "",
        "from": ("Energie Haut-Rhin - Recrutement", "no-reply@ehr.example.fr"),
        "subject": "Accusé de réception de votre candidature",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-23 08:00", "tz": "fr",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

Nous accusons bonne réception de votre candidature au poste de Responsable d'équipe Accueil clients basé à Mulhouse.

Votre dossier sera examiné par notre service des ressources humaines. Nous reviendrons vers vous dans un délai de trois semaines environ.

Énergie Haut-Rhin
Direction des ressources humaines

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    # English
    {
        "slug": "emerald_lever_ack",
        "kind": ACK, "lang": "en", "company": "Emerald Mobile", "contact": "",
        "from": ("Emerald Mobile", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Emerald Mobile",
        "date": "2026-05-04 06:30", "tz": "utc",
        "text": _EMERALD_ACK,
        "html": ats_card("Emerald Mobile", "#047857", _EMERALD_ACK, None,
                         "Sent via Lever on behalf of Emerald Mobile Ltd", lang="en"),
    },
    {
        "slug": "harbourline_workday_ack",
        "kind": ACK, "lang": "en", "company": "Harbourline Insurance", "contact": "",
        "from": ("Harbourline Insurance", "harbourline@myworkday.com"),
        "subject": "Application received: Customer Service Team Leader (JR-3318)",
        "date": "2026-01-19 12:04", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Harbourline Insurance Careers", "#0b3d5c", _HARBOUR_ACK,
                         ("Candidate Home", "https://harbourline.wd3.myworkday.com/careers/userHome"),
                         "Harbourline Insurance DAC, 40 Mespil Road, Dublin 4", lang="en"),
        "html_cte": "base64",
    },
    {
        "slug": "portobello_ashby_ack",
        "kind": ACK, "lang": "en", "company": "Portobello Contact Solutions", "contact": "",
        "from": ("Portobello Contact Solutions", "no-reply@ashbyhq.com"),
        "subject": "We got your application!",
        "date": "2026-02-09 15:16", "tz": "ie",
        "text": """Hey Lorenz,

Thanks for applying to the Team Lead, Multilingual Support position. Your application is in!

We'll review it and come back to you within 10 working days, whatever the outcome.

Portobello Contact Solutions - People Team
""",
    },
    {
        "slug": "quayside_registration",
        "kind": ACK, "lang": "en", "company": "Quayside Recruitment",
        "contact": "aoife.brennan@quayside.example.ie",
        "from": ("Aoife Brennan", "aoife.brennan@quayside.example.ie"),
        "subject": "Welcome to Quayside - you're registered",
        "date": "2026-06-10 16:55", "tz": "ie",
        "text": """Hi Lorenz,

Lovely to speak with you earlier. Just confirming that you're now registered with Quayside Recruitment and your CV is on our system.

As discussed, I'll focus on team lead roles in contact centres, utilities and transport across Dublin, and I won't send your details anywhere without checking with you first.

Talk soon,
Aoife

Aoife Brennan | Senior Consultant
Quayside Recruitment
14 Sir John Rogerson's Quay, Dublin 2
+353 1 555 7731
""",
        "html": "auto",
    },
    # Spanish
    {
        "slug": "conecta_smartrecruiters_ack",
        "kind": ACK, "lang": "es", "company": "Conecta Ibérica", "contact": "",
        "from": ("Conecta Ibérica", "no-reply@smartrecruiters.com"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-03 05:48", "tz": "utc",
        "text": _CONECTA_ACK,
        "html": ats_card("Conecta Ibérica", "#dc2626", _CONECTA_ACK, None,
                         "Conecta Ibérica S.A. · Powered by SmartRecruiters", lang="es"),
        "cte": "base64",
    },
    {
        "slug": "alba_icims_ack",
        "kind": ACK, "lang": "es", "company": "Seguros Alba", "contact": "",
        "from": ("Seguros Alba - Empleo", "careers-noreply@icims.com"),
        "subject": "Confirmación de recepción de tu solicitud",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-08-03 14:12", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _ALBA_ACK,
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    # ======================================== offers ========================================
    {
        "slug": "rheinknie_offer_pdf",
        "kind": OFF, "lang": "de", "company": "Rheinknie Versicherungen",
        "contact": "claudia.vogt@rheinknie.example.ch",
        "from": ("Vogt-Sutter Claudia", "claudia.vogt@rheinknie.example.ch"),
        "subject": "AW: Danke für das Gespräch vom 24. Februar",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-03-06 15:30",
        "reply": "own_rheinknie_thankyou", "quote": "outlook",
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Herzlichen Dank für Ihre Nachricht nach dem Gespräch – die Freude war ganz auf unserer Seite.

Es freut mich sehr, Ihnen im Namen der Rheinknie Versicherungen AG die Stelle als Teamleiter Kundendienst Schaden anbieten zu dürfen. Im Anhang finden Sie unser Vertragsangebot mit den Eckdaten: Eintritt per 1. Mai 2026, Pensum 100 %, Jahreslohn CHF 98'500 brutto (13 Monatslöhne).

Bitte lassen Sie uns bis zum 16. März wissen, ob Sie das Angebot annehmen. Für Fragen stehen Herr Brunner und ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Claudia Vogt-Sutter
Senior Recruiterin
Rheinknie Versicherungen AG
Aeschengraben 12 | 4051 Basel
Direkt +41 61 555 30 47

Rheinknie Versicherungen AG – Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte und informieren Sie den Absender.
""",
        "html": "outlook",
        "atts": [{"pdf": "Vertragsangebot_Adeyemi-Huber.pdf", "title": "Vertragsangebot",
                  "lines": [
                      "Rheinknie Versicherungen AG, Aeschengraben 12, 4051 Basel",
                      "Herrn Lorenz Adeyemi-Huber",
                      "Basel, 6. März 2026",
                      "",
                      "Vertragsangebot",
                      "",
                      "Funktion: Teamleiter Kundendienst Schaden",
                      "Eintritt: 1. Mai 2026",
                      "Pensum: 100 %",
                      "Jahreslohn: CHF 98'500 brutto, ausbezahlt in 13 Monatslöhnen",
                      "Ferien: 25 Arbeitstage",
                      "Probezeit: 3 Monate",
                      "",
                      "Dieses Angebot ist gültig bis 16. März 2026.",
                  ]}],
    },
    {
        "slug": "brueckenkopf_client_offer_energie",
        "kind": OFF, "lang": "de", "company": "Energie Dreiland",
        "contact": "dario.frei@brueckenkopf.example.ch",
        "from": ("Dario Frei", "dario.frei@brueckenkopf.example.ch"),
        "subject": "Energie Dreiland will dich!",
        "date": "2026-04-02 12:14",
        "reply": "brueckenkopf_client_interview_energie",
        "text": """Hallo Lorenz

Ich habe gerade mit Frau Hunziker telefoniert: Energie Dreiland möchte dir die Stelle als Teamleiter Kundenservice anbieten! Sie waren vom zweiten Gespräch begeistert.

Die Eckdaten, wie sie mir genannt wurden:
– Start 1. Juni oder nach Vereinbarung
– 100 %, Lohnband CHF 92'000–100'000, je nach Verhandlung
– 25 Ferientage, Beitrag an das ÖV-Abo

Der schriftliche Vertrag kommt direkt von Energie Dreiland, sobald du grundsätzlich zusagst. Lass uns heute Abend telefonieren, dann besprechen wir, wie wir beim Lohn noch etwas herausholen.

Gratuliere!
Dario

Dario Frei
Personalberater, Brückenkopf Personal AG
061 555 44 27
""",
        "html": "auto",
    },
    {
        "slug": "callwerk_verbal_offer_confirmed",
        "kind": OFF, "lang": "de", "company": "Callwerk",
        "contact": "nadine.imhof@callwerk.example.ch",
        "from": ("Nadine Imhof", "nadine.imhof@callwerk.example.ch"),
        "subject": "Wie besprochen: unser Angebot",
        "date": "2026-09-15 16:58",
        "reply": "callwerk_new_slot_friday",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Herr Adeyemi-Huber

Wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gerne schriftlich, dass wir Sie als Schichtleiter in unserem Contact Center Oerlikon einstellen möchten.

Zusammengefasst: Eintritt 1. November 2026, Pensum 90 %, Monatslohn CHF 6'900 brutto x 13, Schichtzulagen gemäss Reglement. Der Arbeitsvertrag folgt bis Ende Woche per Post.

Ich freue mich sehr, wenn Sie zusagen – geben Sie mir gerne bis Montag Bescheid.

Sonnige Grüsse
Nadine Imhof
Teamleiterin Recruiting | Callwerk AG
""",
    },
    {
        "slug": "seetal_contract_for_signature",
        "kind": OFF, "lang": "de", "company": "Seetal Bahnservice",
        "contact": "martina.kaufmann@seetalbahn.example.ch",
        "from": ("Martina Kaufmann", "martina.kaufmann@seetalbahn.example.ch"),
        "subject": "Ihr Arbeitsvertrag – Teamleitung Kundenservice",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-18 14:05",
        "reply": "seetal_assessment_new_date",
        "cte": "base64",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Nach dem Assessment-Center haben wir Ihnen die Stelle als Teamleiter Kundenservice telefonisch angeboten, und wir danken Ihnen für Ihre mündliche Zusage.

Im Anhang erhalten Sie den Arbeitsvertrag zur Unterzeichnung. Bitte unterschreiben Sie ihn und senden Sie uns ein Exemplar bis 29. Mai zurück; das zweite ist für Ihre Unterlagen.

Wir freuen uns auf die Zusammenarbeit.

Freundliche Grüsse
Martina Kaufmann
Personalentwicklung
Seetal Bahnservice AG
Tribschenstrasse 61, 6005 Luzern
Tel. 041 555 63 80
""",
        "atts": [{"pdf": "Arbeitsvertrag_Seetal_Bahnservice.pdf", "title": "Arbeitsvertrag",
                  "lines": [
                      "Arbeitsvertrag",
                      "zwischen der Seetal Bahnservice AG, Tribschenstrasse 61, 6005 Luzern",
                      "und Herrn Lorenz Adeyemi-Huber",
                      "",
                      "1. Funktion: Teamleiter Kundenservice",
                      "2. Beginn: 1. August 2026, unbefristet",
                      "3. Arbeitszeit: 42 Stunden pro Woche, Schichtbetrieb",
                      "4. Lohn: CHF 7'350 brutto pro Monat, 13-mal",
                      "5. Ferien: 25 Tage",
                      "",
                      "Ort, Datum, Unterschrift Arbeitgeberin / Unterschrift Arbeitnehmer",
                  ]}],
    },
    {
        "slug": "ewpilatus_esign_contract",
        "kind": OFF, "lang": "de", "company": "Elektrizitätswerk Pilatus",
        "contact": "sandra.zurfluh@ew-pilatus.example.ch",
        "from": ("Sandra Zurfluh", "sandra.zurfluh@ew-pilatus.example.ch"),
        "subject": "Ihr Arbeitsvertrag zur elektronischen Unterzeichnung",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-10-08 10:42",
        "text": """Guten Tag Herr Adeyemi-Huber

Nach dem nachgeholten Gespräch vom 29. September freuen wir uns, Ihnen die Stelle als Teamleiter Kundenservice Energie anbieten zu können. Herr Achermann hat Sie ja bereits telefonisch informiert.

Den Arbeitsvertrag haben wir Ihnen soeben zur elektronischen Unterzeichnung bereitgestellt. Sie erhalten dazu eine separate E-Mail unseres Signaturdienstes mit einem persönlichen Link, der zehn Tage gültig ist.

Eckdaten: Stellenantritt 1. Januar 2027, Pensum 100 %, Jahreslohn CHF 101'000.

Freundliche Grüsse
Sandra Zurfluh
HR-Fachfrau
Elektrizitätswerk Pilatus AG, Obergrundstrasse 88, 6005 Luzern
""",
        "html": "outlook",
    },
    {
        "slug": "ram_promesse_embauche_pdf",
        "kind": OFF, "lang": "fr", "company": "Réseau Alsace Mobilité",
        "contact": "jerome.kessler@ram-alsace.example.fr",
        "from": ("Jérôme Kessler", "jerome.kessler@ram-alsace.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Proposition d'embauche - Responsable d'équipe CRC",
        "date": "2026-07-20 11:11", "tz": "fr",
        "reply": "ram_immersion_moved",
        "text": """Monsieur Adeyemi-Huber,

À la suite de la journée d'immersion du 10 juillet et de votre entretien avec Mme Muller, j'ai le plaisir de vous proposer le poste de responsable d'équipe au centre de relation clients de Mulhouse.

Vous trouverez en pièce jointe notre promesse d'embauche précisant les conditions : CDI, statut agent de maîtrise, prise de poste le 1er octobre 2026, rémunération annuelle brute de 41 500 euros sur 13 mois.

Nous vous remercions de nous faire part de votre décision avant le 31 juillet.

Cordialement,
Jérôme Kessler
Chargé de recrutement
Réseau Alsace Mobilité
03 89 55 70 12
""",
        "html": "auto",
        "atts": [{"pdf": "Promesse_embauche_Adeyemi-Huber.pdf", "title": "Promesse d'embauche",
                  "lines": [
                      "Réseau Alsace Mobilité - 9 avenue du Général-Leclerc - 68100 Mulhouse",
                      "Mulhouse, le 20 juillet 2026",
                      "",
                      "Promesse d'embauche",
                      "",
                      "Poste : Responsable d'équipe, centre de relation clients",
                      "Contrat : CDI, statut agent de maîtrise",
                      "Date de prise de poste : 1er octobre 2026",
                      "Rémunération : 41 500 euros bruts annuels, versés sur 13 mois",
                      "Période d'essai : 3 mois, renouvelable une fois",
                  ]}],
    },
    {
        "slug": "sis_offre_engagement",
        "kind": OFF, "lang": "fr", "company": "Services Industriels du Salève",
        "contact": "laurence.gay@sis-saleve.example.ch",
        "from": ("GAY Laurence", "laurence.gay@sis-saleve.example.ch"),
        "subject": "Offre d'engagement",
        "date": "2026-09-28 17:20",
        "reply": "sis_moved_board_meeting",
        "word_lang": "FR-CH",
        "cte": "base64",
        "text": """Monsieur,

Suite à notre entretien téléphonique de ce jour, j'ai le plaisir de vous confirmer par écrit notre offre pour le poste de responsable d'équipe du service clientèle.

La lettre d'offre jointe récapitule les conditions convenues : entrée en fonction le 1er janvier 2027, taux d'activité de 100 %, salaire annuel brut de CHF 99 000 versé en 13 mensualités.

Je vous saurais gré de nous retourner la lettre signée d'ici au 9 octobre.

Meilleures salutations,

Laurence Gay
Spécialiste RH
Services Industriels du Salève
+41 22 555 88 31
""",
        "html": "outlook",
        "atts": [{"pdf": "Lettre_offre_SIS.pdf", "title": "Lettre d'offre",
                  "lines": [
                      "Services Industriels du Salève",
                      "Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates",
                      "",
                      "Lettre d'offre - Monsieur Lorenz Adeyemi-Huber",
                      "Fonction : responsable d'équipe du service clientèle",
                      "Entrée en fonction : 1er janvier 2027",
                      "Taux d'activité : 100 %",
                      "Salaire annuel brut : CHF 99 000, en 13 mensualités",
                      "Bon pour accord, date et signature :",
                  ]}],
    },
    {
        "slug": "voxhub_verbal_offer_summary",
        "kind": OFF, "lang": "en", "company": "Voxhub Contact Centres",
        "contact": "tom.kinsella@voxhub.example.ie",
        "from": ("Tom Kinsella", "tom.kinsella@voxhub.example.ie"),
        "subject": "Following up on our call - your offer",
        "date": "2026-07-28 17:40", "tz": "ie",
        "reply": "voxhub_free_thursday",
        "text": """Hi Lorenz,

Great speaking to you this afternoon - and I'm really glad we could finally tell you the news. As promised, here's a quick written summary of the offer while HR prepares the formal contract:

- Role: Team Lead, DACH Customer Care
- Start: 7 September 2026 (flexible for relocation)
- Salary: EUR 46,000 plus 10% annual bonus
- Relocation support: EUR 3,000 and two weeks' temporary accommodation

Have a think, talk it over at home, and let me know by Friday if you have any questions.

Tom
""",
        "html": "auto",
    },
    {
        "slug": "quayside_client_offer_northside",
        "kind": OFF, "lang": "en", "company": "Northside Utilities",
        "contact": "aoife.brennan@quayside.example.ie",
        "from": ("Aoife Brennan", "aoife.brennan@quayside.example.ie"),
        "subject": "Northside Utilities want to make you an offer!",
        "date": "2026-10-02 15:47", "tz": "ie",
        "reply": "quayside_northside_moved",
        "text": """Lorenz - brilliant news. Northside Utilities have just called: the client wants to make you an offer for the Customer Operations Team Lead role.

They're proposing EUR 52,000 base, 23 days' leave, hybrid after probation, start date 2 November. Brian Kelly would like to call you himself tomorrow morning to talk it through before the paperwork goes out.

Can you give me a ring today? I'd like to go over the numbers with you before that call.

Aoife

Aoife Brennan | Senior Consultant
Quayside Recruitment
+353 1 555 7731
""",
    },
    {
        "slug": "atencion_carta_oferta_pdf",
        "kind": OFF, "lang": "es", "company": "Atención Global Contact",
        "contact": "marta.quiroga@atencionglobal.example.es",
        "from": ("Marta Quiroga", "marta.quiroga@atencionglobal.example.es"),
        "subject": "Carta de oferta – Supervisor/a de equipo (Dublín)",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-05-04 13:25", "tz": "es",
        "reply": "atencion_jornada_moved_seq1",
        "cte": "quoted-printable",
        "text": """Estimado Lorenz:

Nos alegra comunicarte que has sido seleccionado para el puesto de Supervisor/a de equipo en nuestra plataforma de Dublín. ¡Enhorabuena!

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, incorporación el 15 de junio de 2026, salario bruto anual de 44 000 euros y ayuda de reubicación.

Para aceptarla, basta con devolvernos la carta firmada antes del 12 de mayo. Si tienes cualquier duda, llámame.

Atentamente,
Marta Quiroga
Técnica de Selección
Atención Global Contact S.L.
+34 91 555 18 64
""",
        "html": "auto",
        "atts": [{"pdf": "Carta_oferta_Adeyemi-Huber.pdf", "title": "Carta de oferta",
                  "lines": [
                      "Atención Global Contact S.L. - Plataforma de Dublín",
                      "Carta de oferta para D. Lorenz Adeyemi-Huber",
                      "",
                      "Puesto: Supervisor/a de equipo",
                      "Tipo de contrato: indefinido",
                      "Fecha de incorporación: 15 de junio de 2026",
                      "Salario bruto anual: 44 000 EUR",
                      "Ayuda de reubicación: 2 500 EUR",
                      "Firma de aceptación:",
                  ]}],
    },
]
