"""Corpus 290, hand-written: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

RECEIVED: list[dict] = [
    # ------------------------------------------------------------------ German (12)
    {
        "id": "fw_ack", "kind": "application_received", "slug": "foerdewerft_successfactors",
        "lang": "de", "company": "Förde Werft", "contact": "",
        "frm": ("Förde Werft Karriere", "noreply@successfactors.eu"),
        "date": "2026-02-03 07:12", "subject": "Eingangsbestätigung: HR-Assistenz (m/w/d) – Req-ID 4471",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Förde Werft – Karriere", "color": "#1e40af",
                        "footer": "Förde Werft GmbH · Werftstraße 112 · 24143 Kiel · Diese E-Mail wurde automatisch versendet."},
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung auf die Position HR-Assistenz (m/w/d), Req-ID 4471, in Kiel.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns innerhalb von drei Wochen mit einer Rückmeldung zum weiteren Vorgehen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Förde Werft
""",
    },
    {
        "id": "kh_ack", "kind": "application_received", "slug": "klinikum_holtenau_softgarden_html_only",
        "lang": "de", "company": "Klinikum Holtenau", "contact": "",
        "frm": ("Klinikum Holtenau", "noreply@softgarden.io"),
        "date": "2026-01-12 19:44", "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "form": "html", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Klinikum Holtenau – Karriere", "color": "#0f766e",
                        "footer": "Klinikum Holtenau gGmbH · Holtenauer Redder 12 · 24159 Kiel · versendet mit softgarden"},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

herzlichen Dank für Ihre Bewerbung als Assistenz Personalservice (Teilzeit 30 Std.).

Wir haben Ihre Unterlagen erhalten und leiten sie an die zuständigen Personen weiter. Bitte haben Sie Verständnis dafür, dass die Sichtung einige Tage dauern kann.

Mit freundlichen Grüßen
Ihr Personalservice des Klinikums Holtenau
""",
    },
    {
        "id": "ow_ack", "kind": "application_received", "slug": "ostwind_pool_registration",
        "lang": "de", "company": "Ostwind Personal", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Ostwind Personal", "noreply@ostwind-personal.example.de"),
        "reply_to": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-01-19 12:30", "subject": "Willkommen bei Ostwind Personal – Ihre Registrierung",
        "form": "alt", "shell": "simple",
        "text": """Hallo Frau Sørensen-Mbatha,

herzlich willkommen bei Ostwind Personal! Ihre Registrierung in unserem Bewerberpool ist abgeschlossen, Ihren Lebenslauf und Ihre Zeugnisse haben wir erhalten.

Ihr persönlicher Ansprechpartner ist Timo Jacobsen aus unserer Niederlassung Kiel. Er meldet sich in den nächsten Tagen telefonisch, um Ihre Wünsche (Personalassistenz, Raum Kiel/Flensburg, Vollzeit) zu besprechen. Antworten auf diese E-Mail erreichen ihn direkt.

Ihr Team von Ostwind Personal

Ostwind Personal GmbH · Sophienblatt 88, 24114 Kiel · Amtsgericht Kiel HRB 22107 KI
""",
    },
    {
        "id": "kw_ack", "kind": "application_received", "slug": "kanalwerft_cannot_answer_everyone",
        "lang": "de", "company": "Kanalwerft Rendsburg", "contact": "",
        "frm": ("Kanalwerft Rendsburg – Bewerbermanagement", "no-reply@kanalwerft.example.de"),
        "name_enc": ("utf-8", "Q"),
        "date": "2026-02-23 20:03", "subject": "Ihre Bewerbung: Personalsachbearbeitung (m/w/d)",
        "form": "alt", "shell": "ats", "cs": "windows-1252", "cte": "qp",
        "shell_opts": {"brand": "Kanalwerft Rendsburg", "color": "#374151",
                        "footer": "Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

wir bestätigen den Eingang Ihrer Bewerbung für die Personalsachbearbeitung (m/w/d) an unserem Standort Rendsburg.

Auf unsere Ausschreibung haben sich sehr viele Menschen beworben. Leider können wir deshalb nicht jedem Bewerber einzeln antworten, bevor die Vorauswahl abgeschlossen ist. Wenn Ihr Profil in die engere Wahl kommt, meldet sich Herr Thomsen aus der Personalabteilung persönlich bei Ihnen.

Wir danken Ihnen für Ihre Geduld.

Ihr Bewerbermanagement der Kanalwerft Rendsburg
""",
    },
    {
        "id": "hh_ack", "kind": "application_received", "slug": "hansehochschule_latin1_noreply",
        "lang": "de", "company": "Hanse-Hochschule Lübeck", "contact": "",
        "frm": ("Hanse-Hochschule Lübeck", "bewerbung-noreply@hh-luebeck.example.de"),
        "date": "2026-05-04 09:00", "subject": "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 26/031",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle als Beschäftigte/r in der Personalsachbearbeitung (Kennziffer 26/031).

Nach Ablauf der Bewerbungsfrist am 15. Mai 2026 sichtet die Auswahlkommission alle Unterlagen. Wir bitten um etwas Geduld.

Bitte antworten Sie nicht auf diese E-Mail. Fragen zum Verfahren richten Sie bitte an Frau Albers in der Abteilung Personal und Recht.

Hanse-Hochschule Lübeck
Abteilung Personal und Recht
""",
    },
    {
        "kind": "application_received", "slug": "amt_nordkanal_human_ack_no_interim_news",
        "lang": "de", "company": "Amt Nordkanal", "contact": "h.brodersen@amt-nordkanal.example.de",
        "frm": ("Heike Brodersen", "h.brodersen@amt-nordkanal.example.de"),
        "date": "2026-06-15 10:45", "subject": "Eingangsbestätigung – Stellenausschreibung Nr. 14/2026",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

hiermit bestätige ich den Eingang Ihrer Bewerbung vom 12.06.2026 auf die Stellenausschreibung Nr. 14/2026 (Verwaltungsfachangestellte/r Personal).

Das Auswahlverfahren wird voraussichtlich bis Ende Juli dauern. Wir bitten um Verständnis, dass wir Ihnen bis dahin keine Zwischennachricht geben können.

Mit freundlichen Grüßen
Im Auftrag
Heike Brodersen
Fachbereich Zentrale Dienste / Personal
Amt Nordkanal, Kanalufer 2, 24790 Schacht-Nord
""",
    },
    {
        "kind": "application_received", "slug": "nordlicht_personio_thanks",
        "lang": "de", "company": "Nordlicht Drogerie", "contact": "",
        "frm": ("Nordlicht Drogerie", "noreply@personio.de"),
        "date": "2026-02-16 22:10", "subject": "Danke für deine Bewerbung, Wiebke!",
        "form": "html", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Nordlicht Drogerie · Karriere", "color": "#f59e0b",
                        "footer": "Diese Nachricht wurde über Personio versendet."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hallo Wiebke,

schön, dass du dich für die Stelle als Mitarbeiterin Personaladministration (Teilzeit, Kiel) interessierst! Deine Bewerbung ist bei uns angekommen.

Unser Recruiting-Team schaut sich deine Unterlagen in Ruhe an. In der Regel hörst du innerhalb von zwei Wochen von uns.

Bis bald!
Dein Nordlicht-Recruiting-Team
""",
    },
    {
        "kind": "application_received", "slug": "travemann_softgarden_no_individual_reply",
        "lang": "de", "company": "Marzipanhaus Travemann", "contact": "",
        "frm": ("Marzipanhaus Travemann", "noreply@softgarden.io"),
        "date": "2026-03-23 14:28", "subject": "Eingang Ihrer Bewerbung – Personalassistenz (m/w/d)",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Marzipanhaus Travemann", "color": "#7c2d12",
                        "footer": "Marzipanhaus Travemann · Breite Straße 61 · 23552 Lübeck · versendet mit softgarden"},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als Personalassistenz (m/w/d) in Lübeck. Ihre Unterlagen liegen uns vollständig vor.

Leider ist es uns nicht möglich, jede Bewerbung individuell zu beantworten, solange das Verfahren läuft. Sobald eine Entscheidung gefallen ist, erhalten Sie auf jeden Fall Nachricht von uns.

Mit freundlichen Grüßen
Ihr Personalteam des Marzipanhauses Travemann
""",
    },
    {
        "kind": "application_received", "slug": "hafenkontor_workday_html_only",
        "lang": "de", "company": "Hafenkontor Logistik", "contact": "",
        "frm": ("Hafenkontor Logistik", "hafenkontor@myworkday.com"),
        "date": "2026-04-13 02:51", "tz": "us", "subject": "Vielen Dank für Ihre Bewerbung – R-10442",
        "form": "html", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Hafenkontor Logistik – Karriereportal", "color": "#0c4a6e",
                        "button": ("Zum Kandidatenkonto", "https://wd3.myworkday.com/hafenkontor/d/home.htmld"),
                        "footer": "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Guten Tag Wiebke Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung auf die Stelle R-10442 Assistenz Human Resources (Hamburg-Waltershof).

Wir haben Ihre Bewerbung erhalten und werden sie prüfen. Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto verfolgen.

Hafenkontor Logistik – Talent Acquisition
""",
    },
    {
        "kind": "application_received", "slug": "brueckner_profile_created",
        "lang": "de", "company": "Brückner Zeitarbeit", "contact": "ilka.rahn@brueckner-zeitarbeit.example.de",
        "frm": ("Ilka Rahn", "ilka.rahn@brueckner-zeitarbeit.example.de"),
        "date": "2026-06-03 15:16", "subject": "Ihr Bewerberprofil bei Brückner Zeitarbeit",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "windows-1252", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihr Interesse an Brückner Zeitarbeit. Ihr Bewerberprofil ist angelegt, und Ihre Unterlagen – Lebenslauf, Zeugnis der Bäckerei und das IHK-Zertifikat „Grundlagen Personalwesen“ – sind vollständig.

Außerdem haben wir Ihre Bewerbung auf unsere interne Stelle als Assistenz der Niederlassungsleitung erhalten; dazu melden wir uns gesondert.

Freundliche Grüße
Ilka Rahn
Niederlassungsleitung Lübeck
Brückner Zeitarbeit GmbH · Königstraße 19 · 23552 Lübeck · Tel. 0451 555 7820
""",
    },
    {
        "id": "et_ack", "kind": "application_received", "slug": "elbtor_greenhouse_ack",
        "lang": "de", "company": "Elbtor Versicherung", "contact": "",
        "frm": ("Elbtor Versicherung", "no-reply@greenhouse-mail.io"),
        "date": "2026-09-01 18:22", "subject": "Vielen Dank für Ihre Bewerbung bei Elbtor Versicherung",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Elbtor Versicherung", "color": "#b91c1c", "footer": "Versendet über Greenhouse"},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hallo Frau Sørensen-Mbatha,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personal (w/m/d) in Hamburg. Wir haben Ihre Unterlagen erhalten und freuen uns über Ihr Interesse an Elbtor.

Unser Talent-Acquisition-Team sieht sich jede Bewerbung persönlich an. Wenn Ihr Profil zu unseren Anforderungen passt, melden wir uns für die nächsten Schritte.

Viele Grüße
Ihr Elbtor Talent Acquisition Team
""",
    },
    {
        "id": "kb_ack", "kind": "application_received", "slug": "kaufhaus_brandt_cv_arrived",
        "lang": "de", "company": "Kaufhaus Brandt", "contact": "c.heise@kaufhaus-brandt.example.de",
        "frm": ("Carola Heise", "c.heise@kaufhaus-brandt.example.de"),
        "date": "2026-09-08 10:14", "subject": "AW: Bewerbung als Assistenz Personal – Wiebke Sørensen-Mbatha",
        "subj_enc": ("utf-8", "B"), "reply_of": "kb_app", "quote": "kb_app", "quote_style": "outlook_de",
        "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "qp",
        "text": """Liebe Frau Sørensen-Mbatha,

danke für Ihre Mail – Ihr Lebenslauf und das Anschreiben sind gut bei uns angekommen.

Ich gebe beides heute an unsere Personalleiterin Frau Oltmanns weiter. Sie hören spätestens in zwei Wochen von uns, wie es weitergeht.

Herzliche Grüße
Carola Heise
Personalreferentin
Kaufhaus Brandt GmbH · Mönckebergstraße 31 · 20095 Hamburg
Tel. 040 555 820 14
""",
    },
    # ------------------------------------------------------------------ English (5)
    {
        "id": "mar_ack", "kind": "application_received", "slug": "marselis_workday_html",
        "lang": "en", "company": "Marselis University", "contact": "",
        "frm": ("Marselis University", "marselis@myworkday.com"),
        "date": "2026-03-09 04:12", "tz": "us", "subject": "Application received: HR Assistant (maternity cover) JR-2026-0188",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Marselis University – Careers", "color": "#7f1d1d",
                        "button": ("View your application", "https://wd3.myworkday.com/marselis/d/home.htmld"),
                        "footer": "This is an automated message from Workday. Replies to this address are not monitored."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke,

Thank you for applying for the position HR Assistant (maternity cover), JR-2026-0188, in the Faculty of Arts.

We have received your application and it will be reviewed once the application deadline has passed. You can follow the status of your application in your candidate home.

Kind regards,
Marselis University HR
""",
    },
    {
        "id": "kat_ack", "kind": "application_received", "slug": "kattegat_greenhouse_thanks",
        "lang": "en", "company": "Kattegat Wind Services", "contact": "",
        "frm": ("Kattegat Wind Services", "no-reply@greenhouse-mail.io"),
        "date": "2026-06-01 16:09", "subject": "Thanks for applying to Kattegat Wind Services!",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Kattegat Wind Services", "color": "#075985", "footer": "Sent via Greenhouse"},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hi Wiebke,

Thanks for applying for the People Operations Assistant role in Aarhus! We've received your application.

Our talent team reads every application. If your experience is a match for the role, someone from the team will reach out to you about next steps.

Best wishes,
The Kattegat Wind Services Talent Team
""",
    },
    {
        "id": "js_ack", "kind": "application_received", "slug": "jutland_staffing_profile_live",
        "lang": "en", "company": "Jutland Staffing Partners", "contact": "sune@jutlandstaffing.example.dk",
        "frm": ("Sune Kragh", "sune@jutlandstaffing.example.dk"),
        "date": "2026-04-02 11:35", "subject": "Welcome to Jutland Staffing Partners",
        "form": "alt", "shell": "simple",
        "text": """Hi Wiebke,

Thanks for registering with Jutland Staffing Partners, and for the chat on the phone yesterday. I've received your CV and references, and your profile is now live in our system.

I'll be your consultant. Based on what you told me, I'll be looking for HR or payroll assistant roles in and around Aarhus where English is the working language, ideally starting in May or June.

Speak soon,
Sune Kragh
Senior Consultant
Jutland Staffing Partners | Søndergade 41, 8000 Aarhus C | +45 2211 4470
""",
    },
    {
        "id": "dj_ack", "kind": "application_received", "slug": "djurs_workable_cannot_reply_individually",
        "lang": "en", "company": "Djurs Retail Group", "contact": "",
        "frm": ("Djurs Retail Group", "noreply@workablemail.com"),
        "date": "2026-02-02 08:44", "subject": "Thanks for applying to Djurs Retail Group",
        "form": "html", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Djurs Retail Group", "color": "#166534",
                        "footer": "Sent via Workable. Please do not reply to this email."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke,

Thank you for your application for the HR Coordinator role. This email confirms that we've received it.

Unfortunately, we can't respond to every applicant individually while we review applications. If you are shortlisted, a member of our HR team will contact you by phone or email within three weeks.

Best regards,
Djurs Retail Group
""",
    },
    {
        "id": "hl_ack", "kind": "application_received", "slug": "harbourline_smartrecruiters_ack",
        "lang": "en", "company": "Harbourline Shipping", "contact": "",
        "frm": ("Harbourline Shipping", "noreply@smartrecruiters.com"),
        "date": "2026-01-14 13:27", "tz": "utc", "subject": "Harbourline Shipping: we received your application",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Harbourline Shipping Careers", "color": "#0e7490",
                        "footer": "SmartRecruiters, on behalf of Harbourline Shipping. This mailbox is not monitored."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke Sørensen-Mbatha,

Thank you for applying for the position of HR Assistant (Crewing) in Hamburg. Your application has been received and forwarded to our recruiting team.

We aim to get back to all applicants within two weeks.

Kind regards,
Harbourline Shipping Talent Team
""",
    },
    # ------------------------------------------------------------------ French (2)
    {
        "id": "mlg_ack", "kind": "application_received", "slug": "maison_le_goff_teamtailor_ack",
        "lang": "fr", "company": "Maison Le Goff", "contact": "",
        "frm": ("Maison Le Goff", "no-reply@teamtailor-mail.com"),
        "date": "2026-04-07 21:18", "subject": "Merci pour votre candidature !",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Maison Le Goff – Boulangeries bretonnes", "color": "#92400e",
                        "footer": "Envoyé avec Teamtailor"},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Bonjour Wiebke,

Merci d'avoir postulé au poste d'assistante RH chez Maison Le Goff ! Nous avons bien reçu votre candidature.

Notre équipe RH l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Maison Le Goff
""",
    },
    {
        "id": "ad_ack", "kind": "application_received", "slug": "armor_recruitee_no_individual_answer",
        "lang": "fr", "company": "Armor Distribution", "contact": "",
        "frm": ("Armor Distribution", "armor-distribution@jobs.recruitee.com"),
        "date": "2026-08-03 07:55", "subject": "Accusé de réception – Assistante RH (réf. AD-2026-27)",
        "subj_enc": ("utf-8", "Q"), "form": "html", "shell": "ats", "cs": "iso-8859-1", "cte": "qp",
        "shell_opts": {"brand": "Armor Distribution – Recrutement", "color": "#1d4ed8",
                        "footer": "Message envoyé automatiquement via Recruitee. Merci de ne pas y répondre."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Madame,

Nous accusons réception de votre candidature au poste d'assistante RH (réf. AD-2026-27) et vous remercions de l'intérêt que vous portez à Armor Distribution.

Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles avant la fin de la présélection. Si votre profil est retenu, notre service RH vous contactera directement.

Cordialement,
Le service des ressources humaines
""",
    },
    # ------------------------------------------------------------------ Spanish (2)
    {
        "id": "sl_ack", "kind": "application_received", "slug": "lucentum_cv_received",
        "lang": "es", "company": "Supermercados Lucentum", "contact": "j.llorens@lucentum.example.es",
        "frm": ("Javier Llorens", "j.llorens@lucentum.example.es"),
        "date": "2026-07-06 11:02", "subject": "Hemos recibido tu CV",
        "text": """¡Hola, Wiebke!

Hemos recibido tu CV para el puesto de Auxiliar de RRHH en nuestra oficina central de Alicante. Muchas gracias por pensar en Supermercados Lucentum.

Lo estamos revisando junto con el resto de candidaturas y te diremos algo en cuanto terminemos la primera criba, seguramente la semana que viene.

Un saludo,
Javier Llorens
Técnico de Selección, Supermercados Lucentum
""",
    },
    {
        "kind": "application_received", "slug": "tabarca_icims_receipt",
        "lang": "es", "company": "Astilleros Tabarca", "contact": "",
        "frm": ("Astilleros Tabarca", "donotreply@icims.com"),
        "date": "2026-03-02 04:33", "tz": "us", "subject": "Confirmación de recepción de su candidatura",
        "subj_enc": ("iso-8859-1", "B"), "form": "alt", "shell": "ats", "cs": "iso-8859-1", "cte": "b64",
        "shell_opts": {"brand": "Astilleros Tabarca – Empleo", "color": "#9a3412",
                        "footer": "Mensaje generado automáticamente a través de iCIMS. No responda a este correo."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Estimada Sra. Sørensen-Mbatha:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnico/a de Administración de Personal (ref. 2026-0311) en nuestras instalaciones del puerto de Alicante.

Nuestro equipo de selección revisará su perfil y, si encaja con los requisitos, se pondrá en contacto con usted.

Atentamente,
Departamento de Recursos Humanos
Astilleros Tabarca
""",
    },
]

OFFERS: list[dict] = [
    # ------------------------------------------------------------------ German (5)
    {
        "id": "fw_offer", "kind": "offer", "slug": "foerdewerft_formal_pdf",
        "lang": "de", "company": "Förde Werft", "contact": "jana.petersen@foerdewerft.example.de",
        "frm": ("Jana Petersen", "jana.petersen@foerdewerft.example.de"),
        "date": "2026-03-02 14:05", "subject": "Ihr Vertragsangebot – HR-Assistenz (m/w/d)",
        "reply_of": "fw_move", "form": "alt", "shell": "outlook", "mid": "outlook", "cte": "qp",
        "pdfs": [{"name": "Angebot_HR-Assistenz_Soerensen-Mbatha.pdf", "title": "Vertragsangebot HR-Assistenz",
                   "lines": ["Förde Werft GmbH – Personal", "Vertragsangebot für Frau Wiebke Sørensen-Mbatha",
                          "Position: HR-Assistenz (m/w/d), Personalbereich Kiel",
                          "Eintritt: 1. April 2026", "Arbeitszeit: 39 Stunden/Woche",
                          "Vergütung: Haustarif, Entgeltgruppe 5, 3.050 EUR brutto/Monat",
                          "Urlaub: 30 Arbeitstage", "Befristung: keine; Probezeit 6 Monate",
                          "Bitte Rückmeldung bis 13. März 2026."]}],
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

nach den guten Gesprächen freuen wir uns sehr, Ihnen die Position als HR-Assistenz (m/w/d) in unserem Personalbereich anbieten zu können.

Im Anhang finden Sie unser schriftliches Angebot mit allen Eckdaten: Eintritt zum 1. April 2026, 39 Wochenstunden, Vergütung nach Haustarif (Entgeltgruppe 5) und 30 Tage Urlaub.

Bitte geben Sie uns bis zum 13. März Bescheid, ob Sie das Angebot annehmen. Danach schicken wir Ihnen den Arbeitsvertrag zur Unterschrift. Für Fragen bin ich jederzeit erreichbar.

Mit freundlichen Grüßen
Jana Petersen
Recruiting & Personalmarketing
Förde Werft GmbH · Werftstraße 112 · 24143 Kiel · Telefon +49 431 555 6612

Förde Werft GmbH · Sitz Kiel · Amtsgericht Kiel HRB 4410 KI · Geschäftsführung: Hauke Brandt, Dr. Ines Feldmann
""",
    },
    {
        "kind": "offer", "slug": "ostwind_hansekauf_wants_to_offer",
        "lang": "de", "company": "Hansekauf", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-03-18 15:22", "subject": "Hansekauf möchte Ihnen ein Angebot machen!",
        "subj_enc": ("iso-8859-1", "Q"), "reply_of": "ow_hk_move",
        "text": """Hallo Frau Sørensen-Mbatha,

ich habe gerade mit Frau Claußen telefoniert: Hansekauf möchte Ihnen ein Angebot machen!

Die Eckdaten: Einsatz als Assistenz im Personalbüro ab 1. April, 38,5 Stunden, 16,80 Euro pro Stunde in der Überlassung, nach sechs Monaten Übernahme direkt bei Hansekauf nach Handelstarif. Den Überlassungsvertrag bereite ich vor, sobald Sie mir Ihr Okay geben.

Rufen Sie mich gern heute noch an, dann gehen wir alles in Ruhe durch.

Viele Grüße
Timo Jacobsen
Personaldisponent
Ostwind Personal GmbH · Sophienblatt 88, 24114 Kiel · Mobil 0171 555 0192
""",
    },
    {
        "kind": "offer", "slug": "fjordklinik_verbal_offer_follow_up",
        "lang": "de", "company": "Fjordklinik Flensburg", "contact": "nis.carstensen@fjordklinik.example.de",
        "frm": ("Nis Carstensen", "nis.carstensen@fjordklinik.example.de"),
        "date": "2026-07-17 16:35", "subject": "Wie besprochen: Ihr Start bei uns",
        "reply_of": "fk_move", "form": "alt", "shell": "simple", "cte": "qp",
        "text": """Moin Frau Sørensen-Mbatha,

wie heute Nachmittag am Telefon besprochen, möchten wir Sie sehr gern zum 1. September als Assistenz in unserer Personalabteilung einstellen. Das ganze Team war nach Ihrem Probearbeitstag begeistert.

Hier noch einmal die Eckpunkte schriftlich:
- unbefristet, 38,5 Stunden pro Woche
- Vergütung nach TVöD-K, Entgeltgruppe 6
- 30 Tage Urlaub, Jobrad und Zuschuss zum Deutschlandticket

Den Arbeitsvertrag schicken wir Ihnen nächste Woche per Post. Bis dahin: Willkommen an Bord!

Viele Grüße
Nis Carstensen
Leitung Personal, Fjordklinik Flensburg
""",
    },
    {
        "kind": "offer", "slug": "kaufhaus_brandt_contract_for_signature",
        "lang": "de", "company": "Kaufhaus Brandt", "contact": "c.heise@kaufhaus-brandt.example.de",
        "frm": ("Carola Heise", "c.heise@kaufhaus-brandt.example.de"),
        "date": "2026-10-02 11:50", "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "reply_of": "kb_ill", "form": "alt", "shell": "outlook", "mid": "outlook", "cs": "windows-1252", "cte": "qp",
        "pdfs": [{"name": "Arbeitsvertrag_Sørensen-Mbatha.pdf", "title": "Arbeitsvertrag",
                   "lines": ["Arbeitsvertrag zwischen der Kaufhaus Brandt GmbH und",
                          "Frau Wiebke Sørensen-Mbatha",
                          "§ 1 Beginn: 1. November 2026, Tätigkeit: Assistenz Personal",
                          "§ 2 Arbeitszeit: 37,5 Stunden pro Woche",
                          "§ 3 Vergütung: 2.980 EUR brutto monatlich",
                          "§ 4 Probezeit: sechs Monate",
                          "Ort, Datum, Unterschrift Arbeitnehmerin: ____________"]}],
        "text": """Liebe Frau Sørensen-Mbatha,

wie gestern telefonisch angekündigt, erhalten Sie anbei Ihren Arbeitsvertrag als Assistenz Personal zum 1. November 2026.

Bitte drucken Sie ihn zweimal aus, unterschreiben Sie beide Exemplare und schicken Sie uns eines bis zum 12. Oktober zurück – per Post oder eingescannt an diese Adresse. Das zweite Exemplar ist für Ihre Unterlagen.

Wir freuen uns auf Sie!

Herzliche Grüße
Carola Heise
Personalreferentin
Kaufhaus Brandt GmbH · Mönckebergstraße 31 · 20095 Hamburg · Tel. 040 555 820 14
Sitz Hamburg · Amtsgericht Hamburg HRB 55120 · Geschäftsführer: Johannes Brandt
""",
    },
    {
        "kind": "offer", "slug": "travewerft_verbal_offer_confirmed",
        "lang": "de", "company": "Travewerft", "contact": "anke.wulf@travewerft.example.de",
        "frm": ("Anke Wulf", "anke.wulf@travewerft.example.de"),
        "date": "2026-10-21 08:40", "subject": "Unser Telefonat am Freitag",
        "reply_of": "tw_cancel", "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

Sie haben es sich ja schon gedacht, als wir am Freitag telefoniert haben: Wir möchten Sie gern als Sachbearbeiterin Personal einstellen, und ich bestätige Ihnen das hiermit auch schriftlich.

Vorgesehen sind ein Start zum 1. Dezember, eine Vollzeitstelle mit 37 Wochenstunden und eine Vergütung nach dem Tarifvertrag der Metall- und Elektroindustrie, Entgeltgruppe 5. Den Vertrag erhalten Sie in den nächsten Tagen von Frau Timm.

Mit freundlichen Grüßen
Anke Wulf
Personalleiterin
Travewerft GmbH, Skandinavienkai 40, 23570 Lübeck
""",
    },
    # ------------------------------------------------------------------ English (2)
    {
        "kind": "offer", "slug": "nordhavn_formal_offer_pdf",
        "lang": "en", "company": "Nordhavn Foods", "contact": "ida.thorsen@nordhavnfoods.example.dk",
        "frm": ("Ida Thorsen", "ida.thorsen@nordhavnfoods.example.dk"),
        "date": "2026-09-01 10:05", "subject": "Offer of employment – HR Assistant",
        "form": "alt", "shell": "simple", "cte": "qp",
        "pdfs": [{"name": "Nordhavn_Foods_offer_letter.pdf", "title": "Offer of employment",
                   "lines": ["Nordhavn Foods – Offer of employment",
                          "Candidate: Wiebke Sørensen-Mbatha",
                          "Position: HR Assistant, Aarhus site",
                          "Start date: 1 October 2026",
                          "Salary: DKK 31,000 per month plus pension (8% + 4%)",
                          "Hours: 37 per week", "Please sign and return by 8 September 2026."]}],
        "text": """Dear Wiebke,

On behalf of Nordhavn Foods I am delighted to offer you the position of HR Assistant at our Aarhus site.

Your offer letter is attached. In short: start date 1 October 2026, 37 hours a week, a monthly salary of DKK 31,000 plus our pension scheme, and six weeks of paid holiday.

Please sign and return the letter by 8 September. Peter and I really enjoyed our conversation and we hope you will join us.

Warm regards,
Ida Thorsen
HR Business Partner
Nordhavn Foods, Marselisborg Havnevej 20, 8000 Aarhus C
""",
    },
    {
        "kind": "offer", "slug": "jutland_client_wants_to_offer_unnamed",
        "lang": "en", "company": "Jutland Staffing Partners", "contact": "sune@jutlandstaffing.example.dk",
        "frm": ("Sune Kragh", "sune@jutlandstaffing.example.dk"),
        "date": "2026-09-22 17:10", "subject": "Great news!",
        "text": """Hi Wiebke,

Great news: the client you met last Thursday wants to make you an offer!

I can't put every detail in an email until they've signed off internally, but they're proposing a permanent HR assistant role from 1 November, 37 hours, around DKK 29,500 a month plus pension. They're flexible on a later start if you need to give notice in Germany.

Can we talk tomorrow morning? I'll walk you through it and we can agree how to respond.

Cheers,
Sune
Jutland Staffing Partners | +45 2211 4470
""",
    },
    # ------------------------------------------------------------------ French (2)
    {
        "kind": "offer", "slug": "maison_le_goff_proposition_pdf",
        "lang": "fr", "company": "Maison Le Goff", "contact": "soazig.legoff@maisonlegoff.example.fr",
        "frm": ("Soazig Le Goff", "soazig.legoff@maisonlegoff.example.fr"),
        "date": "2026-05-04 11:20", "subject": "Proposition d'embauche – Assistante RH",
        "reply_of": "mlg_move", "cs": "iso-8859-1", "cte": "qp",
        "pdfs": [{"name": "Proposition_embauche_Maison_Le_Goff.pdf", "title": "Proposition d'embauche",
                   "lines": ["Maison Le Goff – Proposition d'embauche",
                          "Madame Wiebke Sørensen-Mbatha",
                          "Poste : assistante RH, CDI, temps plein (35 h)",
                          "Date d'entrée : 1er juin 2026",
                          "Rémunération : 2 150 EUR bruts mensuels sur 13 mois",
                          "Période d'essai : deux mois"]}],
        "text": """Bonjour Wiebke,

Suite à nos échanges du 24 avril, j'ai le plaisir de vous proposer le poste d'assistante RH en CDI au sein de Maison Le Goff.

Vous trouverez ci-joint notre proposition d'embauche détaillée : prise de poste le 1er juin 2026, 35 heures hebdomadaires, 2 150 euros bruts mensuels sur treize mois.

Je vous remercie de me faire part de votre réponse d'ici le 11 mai. Je reste à votre disposition pour en parler de vive voix.

Bien à vous,
Soazig Le Goff
Directrice des ressources humaines
Maison Le Goff - 5 allée des Fourniers - 35000 Rennes - 02 99 55 18 04
""",
    },
    {
        "kind": "offer", "slug": "polyclinique_contract_esignature",
        "lang": "fr", "company": "Polyclinique des Lices", "contact": "h.caradec@polyclinique-lices.example.fr",
        "frm": ("Hélène Caradec", "h.caradec@polyclinique-lices.example.fr"),
        "name_enc": ("iso-8859-1", "Q"), "subj_enc": ("utf-8", "B"),
        "date": "2026-09-25 09:48", "subject": "Votre contrat de travail à signer électroniquement",
        "reply_of": "plc_confirm", "form": "alt", "shell": "outlook", "mid": "outlook", "cs": "windows-1252", "cte": "qp",
        "text": """Madame,

Nous avons le plaisir de vous confirmer votre engagement en qualité d'assistante ressources humaines à compter du 2 novembre 2026.

Votre contrat de travail est disponible pour signature électronique via le lien sécurisé ci-dessous (valable sept jours) :
https://signature.polyclinique-lices.example.fr/contrat/7Q2M-SM

Dès réception du contrat signé, nous vous enverrons votre livret d’accueil et votre planning d’intégration.

Bienvenue parmi nous !
Hélène Caradec
Chargée de recrutement, Polyclinique des Lices – 02 99 55 78 30
""",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "kind": "offer", "slug": "lucentum_oferta",
        "lang": "es", "company": "Supermercados Lucentum", "contact": "j.llorens@lucentum.example.es",
        "frm": ("Javier Llorens", "j.llorens@lucentum.example.es"),
        "date": "2026-07-28 12:44", "subject": "Oferta de empleo – Auxiliar de RRHH",
        "subj_enc": ("utf-8", "B"), "reply_of": "sl_move", "form": "alt", "shell": "simple",
        "text": """Hola, Wiebke:

¡Nos alegra mucho comunicarte que queremos contar contigo como Auxiliar de RRHH en nuestra oficina central!

Te resumo las condiciones: contrato indefinido a jornada completa (40 horas semanales), salario bruto anual de 21.400 € en catorce pagas e incorporación el 1 de septiembre. La semana que viene te enviaremos el contrato para que lo revises.

Dinos si aceptas la oferta antes del 4 de agosto. Cualquier duda, llámame al 965 55 30 71.

Un abrazo,
Javier Llorens
Técnico de Selección, Supermercados Lucentum
""",
    },
]

MESSAGES: list[dict] = RECEIVED + OFFERS
